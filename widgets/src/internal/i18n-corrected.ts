/**
 * English text of the request form's note on facts the member of staff corrected in CPD Lens (issue 18):
 * imported with the note's chunk, fetched only for a hand-off that carries corrections, so the first
 * render does not carry it (issue 14's size budget). The Welsh is in `i18n-cy.ts` with the rest.
 */
import { addEnglish } from './i18n.ts';

export const enCorrected = {
  'corrected.lead': 'Corrected by the member of staff in CPD Lens: {facts}.',
  'corrected.price': 'fee {amount} {basis}',
  /** Price bases (per participant, school, group), then the other facts (VAT, sessions, delivery, funding, status), split at "|". */
  'corrected.words': 'per participant|per school|per group|VAT|dates|delivery|funding|status',
  'corrected.covers': 'up to {covers} staff',
} as const;

addEnglish(enCorrected);
