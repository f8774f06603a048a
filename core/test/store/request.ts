import type { CpdRequest } from '../../src/index.ts';
import { phonicsCourse } from '../helpers.ts';

/** A valid CPD request for store and hand-off tests. */
export function sampleRequest(): CpdRequest {
  return {
    schemaVersion: 1,
    id: 'req-1',
    createdAt: '2026-11-01T09:00:00Z',
    requester: { name: 'Alex Morgan', role: 'teacher', staffGroup: 'teaching' },
    course: phonicsCourse(),
    dates: ['2027-01-14'],
    costs: { fee: 474, travel: 0, supplyDays: 1, supplyCost: 218, total: 692 },
    targetIds: ['t1'],
    objectiveIds: ['sdp-1'],
    expectedImpact: { practice: 'Daily phonics follows the programme.', pupils: 'More Year 1 pupils pass the check.' },
    sharing: 'Lead a staff meeting in March.',
    approach: 'course-or-conference',
    evaluation: ['reaction', 'use', 'pupils'],
  };
}
