import { BADGE } from './label.ts';

/** The toolbar popup's words, in English and Welsh. */
const en = {
  looking: 'Looking at this page…',
  scoring: 'Scoring this page…',
  onPage: 'Courses on this page',
  coursesLabel: 'Courses on this page',
  scoreName: 'CPD Lens score {total} for {title}, {band}, {percent} of criteria known',
  unscoredName: 'CPD Lens: {band} for {title}, {percent} of criteria known',
  openLabel: 'Open the label',
  openLabelFor: 'Open the label for {title}',
  cannotOpen: 'The label could not be opened on the page. Use the CPD Lens badge on the page instead.',
  none: 'CPD Lens has not scored a course on this page.',
  scoreThis: 'Score this page',
  cannotRead: 'CPD Lens cannot read this page. Open the popup from the toolbar button while on the page, or allow this site below.',
  noneFound: 'CPD Lens found no course on this page.',
  always: 'Always score course pages on this site',
  granted: 'CPD Lens will score course pages on this site from now on.',
  refused: 'Access to this site was not given.',
  onSite: 'You and this site',
  onSiteLabel: 'Your courses on this site',
  // the badge's state words, the same on every surface
  state: { saved: BADGE.en.saved, requested: BADGE.en.requested, attended: BADGE.en.attended, past: BADGE.en.past, full: BADGE.en.full, closed: BADGE.en.closed },
  compare: 'Compare saved courses',
};

const cy: typeof en = {
  looking: 'Wrthi’n edrych ar y dudalen hon…',
  scoring: 'Wrthi’n sgorio’r dudalen hon…',
  onPage: 'Cyrsiau ar y dudalen hon',
  coursesLabel: 'Cyrsiau ar y dudalen hon',
  scoreName: 'Sgôr CPD Lens {total} ar gyfer {title}, {band}, {percent} o’r meini prawf yn hysbys',
  unscoredName: 'CPD Lens: {band} ar gyfer {title}, {percent} o’r meini prawf yn hysbys',
  openLabel: 'Agor y label',
  openLabelFor: 'Agor y label ar gyfer {title}',
  cannotOpen: 'Nid oedd modd agor y label ar y dudalen. Defnyddiwch fathodyn CPD Lens ar y dudalen yn lle hynny.',
  none: 'Nid yw CPD Lens wedi sgorio cwrs ar y dudalen hon.',
  scoreThis: 'Sgorio’r dudalen hon',
  cannotRead: 'Ni all CPD Lens ddarllen y dudalen hon. Agorwch y ffenestr naid o fotwm y bar offer tra byddwch ar y dudalen, neu ganiatewch y wefan hon isod.',
  noneFound: 'Ni ddaeth CPD Lens o hyd i gwrs ar y dudalen hon.',
  always: 'Sgorio tudalennau cyrsiau ar y wefan hon bob amser',
  granted: 'Bydd CPD Lens yn sgorio tudalennau cyrsiau ar y wefan hon o hyn ymlaen.',
  refused: 'Ni roddwyd mynediad i’r wefan hon.',
  onSite: 'Chi a’r wefan hon',
  onSiteLabel: 'Eich cyrsiau ar y wefan hon',
  state: { saved: BADGE.cy.saved, requested: BADGE.cy.requested, attended: BADGE.cy.attended, past: BADGE.cy.past, full: BADGE.cy.full, closed: BADGE.cy.closed },
  compare: 'Cymharu cyrsiau wedi’u cadw',
};

export const popupText = { en, cy };
