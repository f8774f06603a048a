/** The words of Firefox's confirming step for "Start a request" (issue 20, item 2), in English and Welsh. */
const en = {
  pageTitle: 'CPD Lens: start a request',
  title: 'Start a request',
  intro: 'Check that this is the course you chose. The provider’s page cannot see or change this tab.',
  course: 'Course',
  provider: 'Provider',
  price: 'Price',
  dates: 'Dates',
  notStated: 'not stated',
  open: 'Open the request form',
  opened: 'The request form has opened in a new tab.',
  gone: 'This request was already opened or has expired. Start it again from the course’s label.',
  /** What the label says in Firefox after "Start a request". */
  labelNotice: 'Check the course in the CPD Lens tab that has opened, then open the request form from there.',
};

const cy: typeof en = {
  pageTitle: 'CPD Lens: dechrau cais',
  title: 'Dechrau cais',
  intro: 'Gwiriwch mai hwn yw’r cwrs a ddewisoch. Ni all tudalen y darparwr weld na newid y tab hwn.',
  course: 'Cwrs',
  provider: 'Darparwr',
  price: 'Pris',
  dates: 'Dyddiadau',
  notStated: 'heb ei nodi',
  open: 'Agor y ffurflen gais',
  opened: 'Mae’r ffurflen gais wedi agor mewn tab newydd.',
  gone: 'Mae’r cais hwn wedi’i agor eisoes neu wedi dod i ben. Dechreuwch ef eto o label y cwrs.',
  labelNotice: 'Gwiriwch y cwrs yn y tab CPD Lens sydd wedi agor, yna agorwch y ffurflen gais oddi yno.',
};

export const confirmText = { en, cy };
