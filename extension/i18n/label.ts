/**
 * Every string of the on-page badge (`BADGE`, kept small: it ships in the content script) and of the
 * label (`LABEL`, the extension page that explains a score), in English and Welsh. Welsh terms follow
 * the widgets' (`widgets/src/internal/i18n.ts`): sgôr, cyflenwi, cost lawn, cwestiynau i’w gofyn i’r darparwr.
 */

const badgeEn = {
  brand: 'CPD Lens',
  /** What a score badge's accessible name adds after its visible words. */
  details: 'Score out of 100{about}, {known}% of criteria known',
  unscored: 'Too little is known to score{about}: {known}% of criteria known',
  about: ' for {title}',
  saved: 'Saved',
  requested: 'Requested',
  attended: 'Attended',
  past: 'Event has passed',
  full: 'Fully booked',
  closed: 'Bookings closed',
  courses: '{count} courses',
  coursesName: 'CPD Lens: {count} courses scored on this page',
  /** The toolbar button's tooltip for one course: its score and band, or only the band when too little is known. */
  toolbar: 'CPD Lens: {total}, {band}',
  toolbarUnscored: 'CPD Lens: {band}',
  listTitle: 'CPD Lens: courses on this page',
  frameTitle: 'CPD Lens label: how this course fits your school’s policy',
  /** The default policy's band names (a school's own are shown as written); every view's band names come from here. */
  bands: { strong: 'Strong fit', good: 'Good fit', partial: 'Partial fit', weak: 'Weak fit', insufficient: 'Not enough information' },
};

export type BadgeMessages = typeof badgeEn;

const badgeCy: BadgeMessages = {
  brand: 'CPD Lens',
  details: 'Sgôr allan o 100{about}, {known}% o’r meini prawf yn hysbys',
  unscored: 'Rhy ychydig yn hysbys i roi sgôr{about}: {known}% o’r meini prawf yn hysbys',
  about: ' ar gyfer {title}',
  saved: 'Wedi’i gadw',
  requested: 'Cais wedi’i wneud',
  attended: 'Wedi’i fynychu',
  past: 'Mae’r digwyddiad wedi bod',
  full: 'Dim lleoedd ar ôl',
  closed: 'Archebu wedi cau',
  courses: '{count} cwrs',
  coursesName: 'CPD Lens: sgoriwyd {count} cwrs ar y dudalen hon',
  toolbar: 'CPD Lens: {total}, {band}',
  toolbarUnscored: 'CPD Lens: {band}',
  listTitle: 'CPD Lens: cyrsiau ar y dudalen hon',
  frameTitle: 'Label CPD Lens: sut mae’r cwrs hwn yn cyd-fynd â pholisi eich ysgol',
  bands: { strong: 'Addasrwydd cryf', good: 'Addasrwydd da', partial: 'Addasrwydd rhannol', weak: 'Addasrwydd gwan', insufficient: 'Dim digon o wybodaeth' },
};

/** The badge's messages (content script). */
export const BADGE = { en: badgeEn, cy: badgeCy };

/** A band in a language: the default policy's bands translated, a school's own shown as written (badge and toolbar). */
export function badgeBand(bandId: string | undefined, band: string, t: BadgeMessages): string {
  const id = bandId as keyof BadgeMessages['bands'] | undefined;
  return id && Object.hasOwn(badgeEn.bands, id) && badgeEn.bands[id] === band ? t.bands[id] : band;
}

const labelEn = {
  title: 'How this course fits your school’s policy',
  close: 'Close the label',
  outOf: 'out of 100',
  scoreName: 'Score {total} out of 100, {band}',
  coverage: {
    most: 'The page answers {known}% of what the policy looks at: a well-founded score.',
    some: 'The page answers only {known}% of what the policy looks at: ask about the rest.',
    little: 'The page answers just {known}% of what the policy looks at: a first guess only.',
  },
  why: 'Why',
  for: 'For',
  against: 'Against',
  noReasons: 'Nothing on the page stands out for or against.',
  cost: 'Cost to the school',
  costUnknown: 'The page gives no price.',
  fee: 'fee {amount}',
  vat: 'VAT {amount}',
  vatRecoverable: 'no VAT to pay: your school gets it back',
  // issue 21: a shared price as the school's total, VAT the page does not state, travel on top
  feeShared: 'fee {total} for the school, up to {share} staff ({each} per head)',
  vatUnknown: 'VAT not stated',
  travelExtra: 'plus travel',
  cover: 'supply cover for {days} {amount}',
  total: 'total {amount}',
  perHour: '{amount} per person per hour of training',
  funded: 'Funded route: {check}',
  fundedShort: 'Funded: check the conditions with the provider.',
  ask: 'Ask the provider',
  noQuestions: 'The page answers every question the policy asks.',
  status: {
    past: 'This event has already happened: it cannot be booked.',
    full: 'This event is fully booked.',
    closed: 'Bookings for this event have closed.',
  },
  // the badge's state words, the same on every surface
  marks: { saved: badgeEn.saved, requested: badgeEn.requested, attended: badgeEn.attended },
  save: 'Save course',
  request: 'Start a request',
  // issue 21: a past event leads somewhere: save it for its next run, and ask about future dates
  saveNext: 'Save for the next run',
  askNextRun: 'Ask the provider: “When does this course run next, and can we book a place now?”',
  more: 'All criteria, targets and costs',
  back: 'Back to the summary',
  /** The name of the label's scrolling region in its first view. */
  summary: 'Why, cost and questions',
  noTargets: 'No PD targets yet:',
  addTargets: 'add your role, phase and targets',
  setup: 'Set up CPD Lens',
  real: 'Real CPD Lens? Its toolbar button shows {total} too.',
  realUnscored: 'Real CPD Lens? Its toolbar button says “{band}” too.',
  scale: 'Each criterion is judged strong, good, some, weak or poor, or not stated when the page does not say; the total is out of 100.',
  groups: { fit: 'Fit', quality: 'Quality and evidence', value: 'Value', practical: 'Practicalities' },
  weight: 'weight {share}%',
  unknown: 'not known',
  evidenceFor: 'For:',
  evidenceAgainst: 'Against:',
  targets: 'Your PD targets',
  yourTarget: 'Your target:',
  objective: 'School objective:',
  match: '{percent}% match',
  noMatch: 'None of your PD targets or school objectives is mentioned on this page.',
  value: 'Value for money',
  feeRow: 'Fee per participant',
  coverRow: 'Supply cover',
  totalRow: 'Full cost',
  hoursRow: 'Contact hours',
  perHourRow: 'Cost per person per hour of training',
  budgetRow: 'Share of remaining budget',
  approvalRow: 'Needs senior approval',
  yes: 'Yes',
  no: 'No',
  questions: 'Questions to ask the provider',
  savedNotice: 'Saved. Open CPD Lens → Compare to see it beside your other courses.',
  requestNotice: 'Your school’s request form opened in a new tab with this course filled in.',
  noForm: 'Your school’s request form address is not set. Add it in CPD Lens settings, or save the course and copy or download the request from Compare.',
  pastNotice: 'This event has passed, so CPD Lens will not start a request for it.',
  failed: 'CPD Lens could not do that just now; try again.',
  hidden: 'CPD Lens did not act: this page may be hiding or covering the label. Save the course and start the request from CPD Lens → Compare.',
  loading: 'Loading…',
  gone: 'This label has expired. Close it and open the badge again.',
  // issue 20: the page changed its course after the label opened
  changed: 'The page changed {what} after this label opened. Check the course below, then press Start a request again.',
  changedParts: { title: 'the course’s title', price: 'the price', dates: 'the dates' },
  day: '{days} day',
  days: '{days} days',
  // --- issue 25: the label page's own title (the tab or frame name screen readers announce)
  pageTitle: 'CPD Lens label',
};

export type LabelMessages = typeof labelEn;

const labelCy: LabelMessages = {
  title: 'Sut mae’r cwrs hwn yn cyd-fynd â pholisi eich ysgol',
  close: 'Cau’r label',
  outOf: 'allan o 100',
  scoreName: 'Sgôr {total} allan o 100, {band}',
  coverage: {
    most: 'Mae’r dudalen yn ateb {known}% o’r hyn y mae’r polisi’n edrych arno: sgôr â sail dda.',
    some: 'Dim ond {known}% o’r hyn y mae’r polisi’n edrych arno a atebir: holwch am y gweddill.',
    little: 'Dim ond {known}% o’r hyn y mae’r polisi’n edrych arno a atebir: amcan cyntaf yn unig.',
  },
  why: 'Pam',
  for: 'O blaid',
  against: 'Yn erbyn',
  noReasons: 'Does dim byd ar y dudalen yn sefyll allan o blaid nac yn erbyn.',
  cost: 'Cost i’r ysgol',
  costUnknown: 'Nid yw’r dudalen yn rhoi pris.',
  fee: 'ffi {amount}',
  vat: 'TAW {amount}',
  vatRecoverable: 'dim TAW i’w thalu: mae’ch ysgol yn ei chael yn ôl',
  // issue 21: a shared price as the school's total, VAT the page does not state, travel on top
  feeShared: 'ffi {total} i’r ysgol, hyd at {share} aelod o staff ({each} y pen)',
  vatUnknown: 'TAW heb ei nodi',
  travelExtra: 'a theithio',
  cover: 'cyflenwi am {days} {amount}',
  total: 'cyfanswm {amount}',
  perHour: '{amount} y person am bob awr o hyfforddiant',
  funded: 'Llwybr wedi’i ariannu: {check}',
  fundedShort: 'Wedi’i ariannu: holwch y darparwr am yr amodau.',
  ask: 'Gofynnwch i’r darparwr',
  noQuestions: 'Mae’r dudalen yn ateb pob cwestiwn y mae’r polisi’n ei ofyn.',
  status: {
    past: 'Mae’r digwyddiad hwn wedi bod: does dim modd ei archebu.',
    full: 'Does dim lleoedd ar ôl ar y digwyddiad hwn.',
    closed: 'Mae archebu ar gyfer y digwyddiad hwn wedi cau.',
  },
  marks: { saved: badgeCy.saved, requested: badgeCy.requested, attended: badgeCy.attended },
  save: 'Cadw’r cwrs',
  request: 'Dechrau cais',
  // issue 21: a past event leads somewhere: save it for its next run, and ask about future dates
  saveNext: 'Cadw ar gyfer y tro nesaf',
  askNextRun: 'Gofynnwch i’r darparwr: “Pryd mae’r cwrs hwn yn rhedeg nesaf, ac a allwn ni archebu lle nawr?”',
  more: 'Pob maen prawf, targed a chost',
  back: 'Yn ôl i’r crynodeb',
  summary: 'Pam, cost a chwestiynau',
  noTargets: 'Dim targedau dysgu proffesiynol eto:',
  addTargets: 'ychwanegwch eich rôl, eich cyfnod a’ch targedau',
  setup: 'Gosod CPD Lens',
  real: 'CPD Lens go iawn? Mae’r bar offer yn dangos {total} hefyd.',
  realUnscored: 'CPD Lens go iawn? Mae’r bar offer yn dweud “{band}” hefyd.',
  scale: 'Mae pob maen prawf wedi’i farnu’n gryf, da, rhywfaint, gwan neu wael, neu heb ei nodi pan nad yw’r dudalen yn dweud; mae’r cyfanswm allan o 100.',
  groups: { fit: 'Addasrwydd', quality: 'Ansawdd a thystiolaeth', value: 'Gwerth', practical: 'Ymarferoldeb' },
  weight: 'pwysiad {share}%',
  unknown: 'anhysbys',
  evidenceFor: 'O blaid:',
  evidenceAgainst: 'Yn erbyn:',
  targets: 'Eich targedau dysgu proffesiynol',
  yourTarget: 'Eich targed:',
  objective: 'Amcan yr ysgol:',
  match: '{percent}% yn cyfateb',
  noMatch: 'Nid yw’r dudalen hon yn sôn am yr un o’ch targedau dysgu proffesiynol na’ch amcanion yng Nghynllun Datblygu’r Ysgol.',
  value: 'Gwerth am arian',
  feeRow: 'Ffi fesul cyfranogwr',
  coverRow: 'Cyflenwi',
  totalRow: 'Cost lawn',
  hoursRow: 'Oriau cyswllt',
  perHourRow: 'Cost y person am bob awr o hyfforddiant',
  budgetRow: 'Cyfran o’r gyllideb sy’n weddill',
  approvalRow: 'Angen cymeradwyaeth uwch',
  yes: 'Oes',
  no: 'Nac oes',
  questions: 'Cwestiynau i’w gofyn i’r darparwr',
  savedNotice: 'Wedi’i gadw. Agorwch CPD Lens → Cymharu i’w weld wrth ymyl eich cyrsiau eraill.',
  requestNotice: 'Agorodd ffurflen gais eich ysgol mewn tab newydd gyda’r cwrs hwn wedi’i lenwi.',
  noForm: 'Nid yw cyfeiriad ffurflen gais eich ysgol wedi’i osod. Ychwanegwch ef yng ngosodiadau CPD Lens, neu gadwch y cwrs a chopïo neu lawrlwytho’r cais o’r dudalen Cymharu.',
  pastNotice: 'Mae’r digwyddiad hwn wedi bod, felly ni fydd CPD Lens yn dechrau cais ar ei gyfer.',
  failed: 'Ni allai CPD Lens wneud hynny ar hyn o bryd; rhowch gynnig arall arni.',
  hidden: 'Ni weithredodd CPD Lens: efallai fod y dudalen hon yn cuddio neu’n gorchuddio’r label. Cadwch y cwrs a dechrau’r cais o CPD Lens → Cymharu.',
  loading: 'Yn llwytho…',
  gone: 'Mae’r label hwn wedi dod i ben. Caewch ef ac agorwch y bathodyn eto.',
  changed: 'Newidiodd y dudalen {what} ar ôl i’r label hwn agor. Gwiriwch y cwrs isod, yna pwyswch Dechrau cais eto.',
  changedParts: { title: 'deitl y cwrs', price: 'y pris', dates: 'y dyddiadau' },
  day: '{days|n:diwrnod}',
  days: '{days|n:diwrnod}',
  // --- issue 25
  pageTitle: 'Label CPD Lens',
};

/** The label's messages (extension page). */
export const LABEL = { en: labelEn, cy: labelCy };
