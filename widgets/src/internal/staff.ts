import type { StaffGroup } from '@cpd-lens/core';

const GROUPS: readonly string[] = ['teaching', 'support', 'leadership'];
const ID = /^[A-Za-z0-9][\w.:-]{0,119}$/;

/**
 * The member of staff a widget's documents belong to, from the element's `staff-id` and `staff-group`
 * attributes (the intranet fills them from its sign-in): what the budget's "who gets CPD" and `cpd record`
 * need. A value that is not a valid id or group is left out rather than refused.
 */
export function staffOf(el: Element): { staffId?: string; staffGroup?: StaffGroup } {
  const id = el.getAttribute('staff-id')?.trim() ?? '';
  const group = el.getAttribute('staff-group')?.trim().toLowerCase() ?? '';
  return { ...(ID.test(id) ? { staffId: id } : {}), ...(GROUPS.includes(group) ? { staffGroup: group as StaffGroup } : {}) };
}
