import type { Problem } from '../model/validate.ts';

/** Policy fields in the words a policy author uses. */
const FIELDS: Record<string, string> = {
  schemaVersion: 'Format version',
  id: 'Id',
  name: 'Policy name',
  owner: 'Owner',
  adopted: 'Date adopted',
  criteria: 'The list of criteria',
  bands: 'The list of bands',
  minCoverage: 'Least share known to give a band',
  costs: 'The cost rules section',
  label: 'Name',
  weight: 'Weight',
  judge: 'How it is judged',
  terms: 'Words that count as evidence',
  description: 'Description',
  question: 'Question for the provider',
  sources: 'Sources',
  min: 'Lowest score',
  currency: 'Currency',
  supplyCoverDayRate: 'Supply-cover day rate',
  supplyCoverDayRateByPhase: 'Supply-cover day rate by phase',
  hoursPerDay: 'Hours in a training day',
  vatRate: 'VAT rate',
  vatReclaimable: 'Whether VAT is reclaimed',
  approvalThreshold: 'Cost needing senior approval',
  goodCostPerHour: 'Cost per participant-hour counted as good',
  poorCostPerHour: 'Cost per participant-hour counted as poor',
  goodPricePerParticipant: 'Price per participant counted as good',
  poorPricePerParticipant: 'Price per participant counted as poor',
};

const field = (key: string): string => FIELDS[key] ?? key;
const lower = (s: string): string => (/^[A-Z][a-z]/.test(s) && !/^VAT|^Id$/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** The name a criterion or band goes by in the file: its label, else its place ("criterion 2"). */
function nameOf(raw: unknown, list: 'criteria' | 'bands', index: number): string {
  const items = (raw as Record<string, unknown> | null)?.[list];
  const item = Array.isArray(items) ? (items[index] as Record<string, unknown> | undefined) : undefined;
  const label = typeof item?.label === 'string' && item.label.trim() ? item.label.trim().slice(0, 80) : '';
  const kind = list === 'criteria' ? 'criterion' : 'band';
  return label ? `${kind} ‘${label}’` : `${kind} ${index + 1}`;
}

/** A path such as `criteria[1].weight` said as "weight of criterion ‘Sustained over time’". */
function settingName(path: string, raw: unknown): string {
  const item = /^(criteria|bands)\[(\d+)\](?:\.(\w+))?(.*)$/.exec(path);
  if (item) {
    const owner = nameOf(raw, item[1] as 'criteria' | 'bands', Number(item[2]));
    if (!item[3]) return owner[0]!.toUpperCase() + owner.slice(1);
    return `${field(item[3])}${item[4] ? ` (${item[4].replace(/^[.[]/, '')})` : ''} of ${owner}`;
  }
  const cost = /^costs\.(\w+)(.*)$/.exec(path);
  if (cost) return `${field(cost[1]!)}${cost[2] ? ` (${cost[2].replace(/^[.[]/, '')})` : ''}`;
  return path ? field(path) : 'The file';
}

/**
 * Says a policy problem as one sentence naming the setting the way its author knows it, for people
 * rather than programs: `criteria[1].weight should be a number` becomes
 * "Weight of criterion ‘Sustained over time’ must be a number". `raw` is the file as parsed, for labels.
 */
export function explainPolicyProblem(problem: Problem, raw: unknown): string {
  const message = problem.message
    .replace(/^should /, 'must ')
    .replace(/\b(?:criteria|bands)\[\d+\](?:\.\w+)?|\bcosts\.\w+/g, (p) => lower(settingName(p, raw)));
  return `${settingName(problem.path, raw)} ${message}`;
}
