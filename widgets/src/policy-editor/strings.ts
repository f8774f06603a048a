/**
 * English and Welsh text of the policy editor. Kept beside the editor rather than in the shared
 * `internal/i18n.ts` table because the editor is an admin tool in its own chunk: staff-facing widgets
 * never download these strings (issue 14's size budget). Same rules as the shared table: the Welsh
 * table must have every English key; placeholders are `{name}` (or `{name|rule}`: `fillIn`). Welsh should be checked by a Welsh speaker.
 */
import { fillIn, type Locale } from '../internal/i18n.ts';
import type { PublishFailure } from './publish.ts';

const en = {
  'pe.title': 'Edit your CPD policy',
  'pe.intro': 'Change how CPD Lens judges courses for your school. Your changes are checked as you type. When you have finished, download the policy file or publish it.',
  'pe.start': 'Start from',
  'pe.startDefault': 'Start again from the CPD Lens default policy',
  'pe.load': 'Load a policy file',
  'pe.loadHint': 'A policy.json file, at most 2 MB.',
  'pe.loaded': 'Loaded {file}.',
  'pe.reset': 'Started again from the default policy.',
  'pe.tooBig': 'The file {file} is {size} MB. A policy file must be 2 MB or smaller.',
  'pe.notLoaded': 'The file {file} was not loaded:',
  'pe.unreadable': 'The file {file} could not be read.',
  'pe.about': 'About this policy',
  'pe.name': 'Policy name',
  'pe.owner': 'Who owns the policy',
  'pe.criteria': 'What the policy looks at',
  'pe.criteriaHint': 'Turn off what your school does not look at. A higher weight makes a criterion count for more of the score: its share, out of 100% for all criteria, is beside it.',
  'pe.criterion': 'Criterion',
  'pe.use': 'Use',
  'pe.useNamed': 'Use “{criterion}”',
  'pe.weight': 'Weight',
  'pe.weightNamed': 'Weight of “{criterion}”',
  'pe.weightHint': '0 to 100',
  // each weight's share of the score, beside it (issue 22)
  'pe.shareNamed': '{share}% of the score',
  'pe.bands': 'Judgements',
  'pe.bandsHint': 'A course gets the highest judgement whose lowest score it reaches. One judgement must start at 0.',
  'pe.bandName': 'Name of judgement {n}',
  'pe.bandMin': 'Lowest score for judgement {n}',
  'pe.addBand': 'Add a judgement',
  'pe.removeBand': 'Remove judgement {n}',
  'pe.money': 'Money',
  'pe.cover': 'Supply cover',
  'pe.coverHint': 'What a day of supply cover costs your school, in pounds.',
  'pe.coverDefault': 'Day rate',
  'pe.coverPhase': 'Day rate for {phase}',
  'pe.coverPhaseHint': 'Leave blank to use the day rate.',
  'pe.hoursPerDay': 'Hours of training that make a day out of school',
  'pe.vat': 'VAT',
  'pe.vatRate': 'VAT rate (%)',
  'pe.schoolType': 'Type of school',
  'pe.schoolTypeHint': 'Maintained schools and academies recover VAT on CPD; independent schools do not.',
  'pe.schoolType.none': 'Not set (use the answer below)',
  'pe.schoolType.maintained': 'Maintained school',
  'pe.schoolType.academy': 'Academy',
  'pe.schoolType.independent': 'Independent school',
  'pe.vatReclaimable': 'Can the school reclaim VAT?',
  'pe.vatReclaimableHint': 'Used only when the type of school is not set.',
  'pe.yes': 'Yes',
  'pe.no': 'No',
  'pe.approval': 'Senior approval is needed for requests costing more than (£)',
  'pe.value': 'Value for money',
  'pe.goodCostPerHour': 'Good value: full cost per hour of training at or below (£)',
  'pe.poorCostPerHour': 'Poor value: full cost per hour of training at or above (£)',
  'pe.goodPrice': 'Good value: fee per participant at or below (£)',
  'pe.poorPrice': 'Poor value: fee per participant at or above (£)',
  'pe.judgement': 'When the course page does not say',
  'pe.prior': 'Score given to a criterion the page cannot tell (%)',
  'pe.priorHint': 'Leave blank for {percent}: unknown counts as neither good nor bad, until the provider answers.',
  'pe.minCoverage': 'Say “not enough information” when the page tells less than (%) of what the policy looks at',
  'pe.minCoverageHint': 'Leave blank for {percent}.',
  'pe.repayment': 'Repaying a funded qualification (CPL policy 4.1)',
  'pe.repaymentHint': 'Shown on qualifications, NPQs and apprenticeships: staff may have to repay the cost if they…',
  'pe.repaymentOn': 'Staff may have to repay a funded qualification',
  'pe.condition': 'Condition {n}',
  'pe.addCondition': 'Add a condition',
  'pe.removeCondition': 'Remove condition {n}',
  'pe.months': 'Months staff must stay after completing it',
  'pe.save': 'Save the policy',
  'pe.download': 'Download policy.json',
  'pe.downloaded': 'policy.json downloaded. Check it with: cpd policy check policy.json',
  'pe.publish': 'Publish to the intranet',
  'pe.publishing': 'Publishing…',
  'pe.published': 'Published. Staff see the new policy the next time their page loads.',
  'pe.publishFailed': 'Could not publish ({reason}). Your changes are still here: try again, or download the file.',
  'pe.howToPublish': 'How to publish the file',
  'pe.howToPublish1': 'Download policy.json and upload it to your intranet, for example a SharePoint document library everyone in the school can read.',
  'pe.howToPublish2': 'Copy the file’s address. In the CPD Lens extension, paste it into “Policy file” on the setup page; for the widgets, put the policy into the school’s configuration file as "policy".',
  'pe.howToPublish3': 'Ask your IT team to push the address to every member of staff if the extension is managed by the school.',
  'pe.schema': 'The file follows the policy JSON Schema',
  'pe.problems': 'This policy has {count} problems. Fix them before you download or publish it.',
  'pe.problem': 'This policy has 1 problem. Fix it before you download or publish it.',
  'pe.ok': 'This policy has no problems.',
  'pe.name.weight': 'Weight of “{criterion}”',
  'pe.name.criterion': 'Criterion {n}',
  'pe.name.criteria': 'What the policy looks at',
  'pe.name.bands': 'Judgements',
  'pe.name.bandName': 'Name of judgement {n}',
  'pe.name.bandMin': 'Lowest score for judgement {n}',
  'pe.name.band': 'Judgement {n}',
  'pe.name.cover': 'Supply cover day rate',
  'pe.name.condition': 'Repayment condition {n}',
  'pe.name.conditions': 'Repayment conditions',
  'pe.name.other': 'The setting {path}',
  'pe.phase.early-years': 'early years',
  'pe.phase.primary': 'primary',
  'pe.phase.secondary': 'secondary',
  'pe.phase.post-16': 'post-16',
  'pe.phase.special': 'special schools',
  'pe.phase.all-through': 'all-through schools',
  'pe.phase.further-education': 'further education',
  // --- issue 25: the reason the editor itself gives when publishing gets no answer
  'pe.noAnswer': 'no answer in time',
  // --- issue 25: why publishing failed, said in the editor's language (publish.ts gives codes, never English)
  'pe.why.not-url': 'the publishing address must be a web address starting with https://',
  'pe.why.credentials': 'the publishing address must not contain a user name or password',
  'pe.why.not-https': 'the publishing address must start with https:// (http:// only on this computer, for testing)',
  'pe.why.said': '{status}: {detail}',
  'pe.why.unreachable': 'the publishing address could not be reached',
  // --- end of why publishing failed
} as const;

export type EditorKey = keyof typeof en;

const cy: Record<EditorKey, string> = {
  'pe.title': 'Golygu eich polisi dysgu proffesiynol',
  'pe.intro': 'Newidiwch sut mae CPD Lens yn barnu cyrsiau ar gyfer eich ysgol. Caiff eich newidiadau eu gwirio wrth i chi deipio. Pan fyddwch wedi gorffen, lawrlwythwch ffeil y polisi neu ei chyhoeddi.',
  'pe.start': 'Dechrau o',
  'pe.startDefault': 'Dechrau eto o bolisi diofyn CPD Lens',
  'pe.load': 'Llwytho ffeil polisi',
  'pe.loadHint': 'Ffeil policy.json, 2 MB ar y mwyaf.',
  'pe.loaded': 'Wedi llwytho {file}.',
  'pe.reset': 'Wedi dechrau eto o’r polisi diofyn.',
  'pe.tooBig': 'Mae’r ffeil {file} yn {size} MB. Rhaid i ffeil polisi fod yn 2 MB neu’n llai.',
  'pe.notLoaded': 'Ni chafodd y ffeil {file} ei llwytho:',
  'pe.unreadable': 'Nid oedd modd darllen y ffeil {file}.',
  'pe.about': 'Am y polisi hwn',
  'pe.name': 'Enw’r polisi',
  'pe.owner': 'Pwy sy’n berchen ar y polisi',
  'pe.criteria': 'Beth mae’r polisi’n edrych arno',
  'pe.criteriaHint': 'Diffoddwch yr hyn nad yw eich ysgol yn edrych arno. Mae pwysiad uwch yn gwneud i faen prawf gyfrif am fwy o’r sgôr: mae ei gyfran, allan o 100% i’r holl feini prawf, wrth ei ymyl.',
  'pe.criterion': 'Maen prawf',
  'pe.use': 'Defnyddio',
  'pe.useNamed': 'Defnyddio “{criterion}”',
  'pe.weight': 'Pwysiad',
  'pe.weightNamed': 'Pwysiad “{criterion}”',
  'pe.weightHint': '0 i 100',
  // each weight's share of the score, beside it (issue 22)
  'pe.shareNamed': '{share}% o’r sgôr',
  'pe.bands': 'Bandiau barn',
  'pe.bandsHint': 'Mae cwrs yn cael y band uchaf y mae ei sgôr yn cyrraedd ei sgôr isaf. Rhaid i un band ddechrau ar 0.',
  'pe.bandName': 'Enw band {n}',
  'pe.bandMin': 'Sgôr isaf band {n}',
  'pe.addBand': 'Ychwanegu band',
  'pe.removeBand': 'Dileu band {n}',
  'pe.money': 'Arian',
  'pe.cover': 'Cyflenwi',
  'pe.coverHint': 'Faint mae diwrnod o athro cyflenwi yn ei gostio i’ch ysgol, mewn punnoedd.',
  'pe.coverDefault': 'Cyfradd ddyddiol',
  'pe.coverPhase': 'Cyfradd ddyddiol ar gyfer {phase}',
  'pe.coverPhaseHint': 'Gadewch yn wag i ddefnyddio’r gyfradd ddyddiol.',
  'pe.hoursPerDay': 'Oriau o hyfforddiant sy’n gwneud diwrnod allan o’r ysgol',
  'pe.vat': 'TAW',
  'pe.vatRate': 'Cyfradd TAW (%)',
  'pe.schoolType': 'Math o ysgol',
  'pe.schoolTypeHint': 'Mae ysgolion a gynhelir ac academïau yn adennill TAW ar ddysgu proffesiynol; ni all ysgolion annibynnol wneud hynny.',
  'pe.schoolType.none': 'Heb ei osod (defnyddio’r ateb isod)',
  'pe.schoolType.maintained': 'Ysgol a gynhelir',
  'pe.schoolType.academy': 'Academi',
  'pe.schoolType.independent': 'Ysgol annibynnol',
  'pe.vatReclaimable': 'A all yr ysgol adennill TAW?',
  'pe.vatReclaimableHint': 'Dim ond pan nad yw’r math o ysgol wedi’i osod.',
  'pe.yes': 'Gall',
  'pe.no': 'Na all',
  'pe.approval': 'Mae angen cymeradwyaeth uwch ar gyfer ceisiadau sy’n costio mwy na (£)',
  'pe.value': 'Gwerth am arian',
  'pe.goodCostPerHour': 'Gwerth da: cost lawn yr awr o hyfforddiant hyd at (£)',
  'pe.poorCostPerHour': 'Gwerth gwael: cost lawn yr awr o hyfforddiant o (£)',
  'pe.goodPrice': 'Gwerth da: ffi fesul cyfranogwr hyd at (£)',
  'pe.poorPrice': 'Gwerth gwael: ffi fesul cyfranogwr o (£)',
  'pe.judgement': 'Pan nad yw tudalen y cwrs yn dweud',
  'pe.prior': 'Sgôr i faen prawf na all y dudalen ei ddweud (%)',
  'pe.priorHint': 'Gadewch yn wag ar gyfer {percent}: nid yw anhysbys yn dda nac yn ddrwg, nes i’r darparwr ateb.',
  'pe.minCoverage': 'Dweud “dim digon o wybodaeth” pan fo’r dudalen yn dweud llai na (%) o’r hyn mae’r polisi’n edrych arno',
  'pe.minCoverageHint': 'Gadewch yn wag ar gyfer {percent}.',
  'pe.repayment': 'Ad-dalu cymhwyster wedi’i ariannu (polisi dysgu proffesiynol, adran 4.1)',
  'pe.repaymentHint': 'Dangosir ar gymwysterau, NPQs a phrentisiaethau: efallai y bydd rhaid i staff ad-dalu’r gost os…',
  'pe.repaymentOn': 'Efallai y bydd rhaid i staff ad-dalu cymhwyster wedi’i ariannu',
  'pe.condition': 'Amod {n}',
  'pe.addCondition': 'Ychwanegu amod',
  'pe.removeCondition': 'Dileu amod {n}',
  'pe.months': 'Misoedd y mae’n rhaid i staff aros ar ôl ei gwblhau',
  'pe.save': 'Cadw’r polisi',
  'pe.download': 'Lawrlwytho policy.json',
  'pe.downloaded': 'Wedi lawrlwytho policy.json. Gwiriwch ef gyda: cpd policy check policy.json',
  'pe.publish': 'Cyhoeddi ar y fewnrwyd',
  'pe.publishing': 'Yn cyhoeddi…',
  'pe.published': 'Wedi cyhoeddi. Bydd staff yn gweld y polisi newydd y tro nesaf y bydd eu tudalen yn llwytho.',
  'pe.publishFailed': 'Nid oedd modd cyhoeddi ({reason}). Mae eich newidiadau yma o hyd: rhowch gynnig arall arni, neu lawrlwythwch y ffeil.',
  'pe.howToPublish': 'Sut i gyhoeddi’r ffeil',
  'pe.howToPublish1': 'Lawrlwythwch policy.json a’i llwytho i fyny i’ch mewnrwyd, er enghraifft llyfrgell ddogfennau SharePoint y gall pawb yn yr ysgol ei darllen.',
  'pe.howToPublish2': 'Copïwch gyfeiriad y ffeil. Yn estyniad CPD Lens, gludwch ef yn “Ffeil polisi” ar y dudalen gosod; ar gyfer y teclynnau, rhowch y polisi yn ffeil ffurfweddu’r ysgol fel "policy".',
  'pe.howToPublish3': 'Gofynnwch i’ch tîm TG anfon y cyfeiriad at bob aelod o staff os yw’r ysgol yn rheoli’r estyniad.',
  'pe.schema': 'Mae’r ffeil yn dilyn Sgema JSON y polisi',
  'pe.problems': 'Mae gan y polisi hwn {count} o broblemau. Cywirwch nhw cyn i chi ei lawrlwytho neu ei gyhoeddi.',
  'pe.problem': 'Mae gan y polisi hwn 1 broblem. Cywirwch hi cyn i chi ei lawrlwytho neu ei gyhoeddi.',
  'pe.ok': 'Nid oes gan y polisi hwn unrhyw broblemau.',
  'pe.name.weight': 'Pwysiad “{criterion}”',
  'pe.name.criterion': 'Maen prawf {n}',
  'pe.name.criteria': 'Beth mae’r polisi’n edrych arno',
  'pe.name.bands': 'Bandiau barn',
  'pe.name.bandName': 'Enw band {n}',
  'pe.name.bandMin': 'Sgôr isaf band {n}',
  'pe.name.band': 'Band {n}',
  'pe.name.cover': 'Cyfradd ddyddiol cyflenwi',
  'pe.name.condition': 'Amod ad-dalu {n}',
  'pe.name.conditions': 'Amodau ad-dalu',
  'pe.name.other': 'Y gosodiad {path}',
  'pe.phase.early-years': 'y blynyddoedd cynnar',
  'pe.phase.primary': 'cynradd',
  'pe.phase.secondary': 'uwchradd',
  'pe.phase.post-16': 'ôl-16',
  'pe.phase.special': 'ysgolion arbennig',
  'pe.phase.all-through': 'ysgolion pob oed',
  'pe.phase.further-education': 'addysg bellach',
  // --- issue 25
  'pe.noAnswer': 'dim ateb mewn pryd',
  // --- issue 25: why publishing failed
  'pe.why.not-url': 'rhaid i’r cyfeiriad cyhoeddi fod yn gyfeiriad gwe sy’n dechrau gyda https://',
  'pe.why.credentials': 'ni ddylai’r cyfeiriad cyhoeddi gynnwys enw defnyddiwr na chyfrinair',
  'pe.why.not-https': 'rhaid i’r cyfeiriad cyhoeddi ddechrau gyda https:// (http:// ar y cyfrifiadur hwn yn unig, i brofi)',
  'pe.why.said': '{status}: “{detail}”',
  'pe.why.unreachable': 'nid oedd modd cyrraedd y cyfeiriad cyhoeddi',
  // --- end of why publishing failed
};

const tables: Record<Locale, Record<EditorKey, string>> = { en, cy };

/** The editor's text for a key in a locale, placeholders filled in as text (never markup). */
export function editorText(locale: Locale, key: EditorKey, params?: Record<string, string | number>): string {
  return fillIn(tables[locale][key], params);
}

/** Why publishing failed, in the editor's language (issue 25): the receiver's own words are quoted in Welsh. */
export function publishReason(locale: Locale, failure: PublishFailure): string {
  switch (failure.kind) {
    case 'address':
      return editorText(locale, `pe.why.${failure.issue}`);
    case 'status':
      return failure.detail ? editorText(locale, 'pe.why.said', { status: failure.status, detail: failure.detail }) : String(failure.status);
    case 'no-answer':
      return editorText(locale, 'pe.noAnswer');
    default:
      return editorText(locale, 'pe.why.unreachable');
  }
}

/** Core's most common check messages in Welsh (core speaks English); anything else stays as core says it. */
const CY_MESSAGES: [RegExp, string][] = [
  [/^is missing$/, 'ar goll'],
  [/^should be a number$/, 'dylai fod yn rhif'],
  [/^should be a whole number$/, 'dylai fod yn rhif cyfan'],
  [/^should not be empty$/, 'ni ddylai fod yn wag'],
  [/^should be at most (.+)$/, 'dylai fod yn $1 ar y mwyaf'],
  [/^should be at least (.+)$/, 'dylai fod yn $1 o leiaf'],
  [/^should be more than (.+)$/, 'dylai fod yn fwy na $1'],
  [/^should be less than (.+)$/, 'dylai fod yn llai na $1'],
  [/^is too long \(at most (\d+) characters\)$/, 'yn rhy hir ($1 nod ar y mwyaf)'],
];

/** A check message from core in the reader's language, where a translation exists. */
export function checkMessage(locale: Locale, message: string): string {
  if (locale !== 'cy') return message;
  for (const [pattern, welsh] of CY_MESSAGES) if (pattern.test(message)) return message.replace(pattern, welsh);
  return message;
}
