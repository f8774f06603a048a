import type { Phase, Role } from '../model/common.ts';
import type { Delivery, Format } from '../model/course.ts';
import type { OpportunityKind } from '../model/course-profile.ts';
import { EN, type CoreKey } from './en.ts';
import { name, type Name } from './message.ts';

/**
 * Names of the codes core writes into its evidence lines (roles, phases, delivery modes, formats, kinds),
 * as messages, so each view says them in its language; English keeps the codes as older versions wrote them.
 */
export const roleName = (role: Role): Name => name(`role.${role}`);
/** A school phase's name, as a message. */
export const phaseName = (phase: Phase): Name => name(`phase.${phase}`);
/** A delivery mode's name, as a message. */
export const deliveryName = (delivery: Delivery): Name => name(`delivery.${delivery}`);
/** A course format's name, as a message. */
export const formatName = (format: Format): Name => name(`format.${format}`);
/** A kind of opportunity's name, as a message. */
export const kindName = (kind: OpportunityKind): Name => name(`kind.${kind}`);

/** A criterion's name as a message when it is the default policy's own; a school's own wording has none and is shown as written. */
export function criterionName(id: string, label: string): Name | undefined {
  const key = `criterion.${id}`;
  return Object.hasOwn(EN, key) && EN[key as CoreKey] === label ? name(key as CoreKey) : undefined;
}
