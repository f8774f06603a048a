import type { Kind } from './values.ts';

/** What an import produces: CPD requests, impact evaluations, or a staff list. */
export type ImportKind = 'requests' | 'evaluations' | 'staff';

/** The fields a mapping may fill for each kind of document, and how each column's text is read. */
export const FIELDS: Readonly<Record<ImportKind, Readonly<Record<string, Kind>>>> = {
  requests: {
    id: 'id',
    createdAt: 'date',
    'requester.name': 'text',
    'requester.email': 'text',
    'requester.staffId': 'id',
    'requester.staffGroup': 'group',
    'requester.role': 'word',
    'course.title': 'text',
    'course.provider': 'text',
    'course.url': 'text',
    'course.totalHours': 'number',
    dates: 'dates',
    'costs.fee': 'money',
    'costs.travel': 'money',
    'costs.supplyDays': 'number',
    'costs.supplyCost': 'money',
    'costs.total': 'money',
    targetIds: 'ids',
    objectiveIds: 'objectives',
    'expectedImpact.practice': 'text',
    'expectedImpact.pupils': 'text',
    sharing: 'text',
    approach: 'word',
    evaluation: 'levels',
    status: 'status',
  },
  evaluations: {
    id: 'id',
    requestId: 'id',
    staffId: 'id',
    staffGroup: 'group',
    courseTitle: 'text',
    provider: 'text',
    completedAt: 'date',
    objectiveIds: 'objectives',
    cost: 'money',
    hours: 'number',
    ...Object.fromEntries(['reaction', 'learning', 'use', 'organisation', 'pupils'].flatMap((l) => [[`levels.${l}.rating`, 'rating'], [`levels.${l}.evidence`, 'text']])),
    'levels.organisation.valueForMoney': 'rating',
  },
  staff: { id: 'id', group: 'group', name: 'text' },
};

const NOT_RECORDED = 'Not recorded in the imported file.';

/**
 * Fills what a school's export does not hold so the document passes its schema, without inventing
 * figures: words say "not recorded", and money is never defaulted (a missing total is an error).
 */
export function withDefaults(kind: ImportKind, doc: Record<string, unknown>, row: number, idPrefix: string): Record<string, unknown> {
  const id = typeof doc.id === 'string' && doc.id ? `${idPrefix}${doc.id}` : `${idPrefix}row-${row}`;
  if (kind === 'staff') return doc;
  if (kind === 'evaluations') return { schemaVersion: 1, objectiveIds: [], levels: {}, ...doc, id };
  const costs = (doc.costs ?? {}) as Record<string, number | undefined>;
  const fee = costs.fee ?? costs.total;
  const travel = costs.travel ?? 0;
  const supplyCost = costs.supplyCost ?? 0;
  const dates = (doc.dates ?? []) as string[];
  return {
    schemaVersion: 1,
    createdAt: dates[0],
    targetIds: [],
    objectiveIds: [],
    expectedImpact: { practice: NOT_RECORDED, pupils: NOT_RECORDED },
    sharing: NOT_RECORDED,
    approach: 'course-or-conference',
    evaluation: ['reaction', 'learning', 'use', 'organisation', 'pupils'],
    ...doc,
    course: { ...(doc.course as object) },
    requester: { ...(doc.requester as object) },
    dates,
    id,
    costs: { fee, travel, supplyDays: costs.supplyDays ?? 0, supplyCost, total: costs.total ?? (fee === undefined ? undefined : fee + travel + supplyCost) },
  };
}
