import type { StaffGroup } from '../model/common.ts';
import type { CpdRequest, ImpactEvaluation } from '../model/request.ts';

/** A member of staff as a staff list gives them: their id and group. */
interface StaffRef {
  id: string;
  group: StaffGroup;
}

/** The contact hours a request's course gives one participant: the cost record's, else the course's own figure. */
export const requestHours = (r: CpdRequest): number | undefined => r.costs.record?.hours ?? r.course.totalHours;

/**
 * Evaluations joined to the requests they name (`requestId`): what the evaluation does not say itself —
 * cost, contact hours, member of staff, staff group, SDP objectives — comes from its request, and the
 * staff list gives a group to a known staff id. What an evaluation says itself wins, except its
 * objectives: the request's, when it names any, are what the CPD was commissioned for.
 */
export function joinEvaluations(evaluations: readonly ImpactEvaluation[], requests: readonly CpdRequest[], staff: readonly StaffRef[] = []): ImpactEvaluation[] {
  const byId = new Map(requests.map((r) => [r.id, r]));
  return evaluations.map((e) => {
    const r = e.requestId ? byId.get(e.requestId) : undefined;
    const out: ImpactEvaluation = { ...e };
    if (r) {
      const hours = requestHours(r);
      if (out.cost === undefined) out.cost = r.costs.total;
      if (out.hours === undefined && hours !== undefined) out.hours = hours;
      if (!out.staffId && r.requester.staffId) out.staffId = r.requester.staffId;
      if (!out.staffGroup && r.requester.staffGroup) out.staffGroup = r.requester.staffGroup;
      // the request records what the CPD was for; a page's fixed objective-ids only stand in without one
      if (r.objectiveIds.length) out.objectiveIds = [...r.objectiveIds];
      if (!out.provider && r.course.provider) out.provider = r.course.provider;
    }
    if (!out.staffGroup && out.staffId) {
      const group = staff.find((s) => s.id === out.staffId)?.group;
      if (group) out.staffGroup = group;
    }
    return out;
  });
}

/**
 * Requests as the year's figures count them: one that has an impact evaluation took place, so a request
 * still marked submitted, approved or booked counts as completed (spent); declined and draft stay as they are.
 */
export function withEvaluatedDone(requests: readonly CpdRequest[], evaluations: readonly ImpactEvaluation[]): CpdRequest[] {
  const evaluated = new Set(evaluations.flatMap((e) => (e.requestId ? [e.requestId] : [])));
  return requests.map((r) => (evaluated.has(r.id) && (r.status === undefined || r.status === 'submitted' || r.status === 'approved' || r.status === 'booked') ? { ...r, status: 'completed' } : r));
}
