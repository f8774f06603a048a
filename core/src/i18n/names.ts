import type { Phase, Role } from '../model/common.ts';
import type { Delivery, Format } from '../model/course.ts';
import type { OpportunityKind } from '../model/course-profile.ts';
import { EN, type CoreKey } from './en.ts';
import { name, type Name } from './message.ts';

/**
 * Names of the codes core writes into its evidence lines (roles, phases, delivery modes, formats, kinds),
 * as messages, so each view says them in its language; English keeps the codes as older versions wrote them.
 * Each name is made once per code: a key string built afresh at every call would be hashed again at each
 * table lookup, and scoring says several names for every course (issue 24).
 */
export function namer<T extends string>(prefix: string): (code: T) => Name {
  const made = new Map<string, Name>();
  return (code) => {
    let n = made.get(code);
    if (!n) made.set(code, (n = name(`${prefix}.${code}` as CoreKey)));
    return n;
  };
}

/** A role's name, as a message. */
export const roleName = namer<Role>('role');
/** A school phase's name, as a message. */
export const phaseName = namer<Phase>('phase');
/** A delivery mode's name, as a message. */
export const deliveryName = namer<Delivery>('delivery');
/** A course format's name, as a message. */
export const formatName = namer<Format>('format');
/** A kind of opportunity's name, as a message. */
export const kindName = namer<OpportunityKind>('kind');

/** A criterion's name as a message when it is the default policy's own; a school's own wording has none and is shown as written. */
export function criterionName(id: string, label: string): Name | undefined {
  const key = `criterion.${id}`;
  return Object.hasOwn(EN, key) && EN[key as CoreKey] === label ? name(key as CoreKey) : undefined;
}

/** The one scale every surface shows a criterion's 0..1 score on. */
export type JudgedLevel = 'strong' | 'good' | 'some' | 'weak' | 'poor' | 'unstated';

/** A criterion's 0..1 score as a level: strong ≥ 0.8, good ≥ 0.6, some ≥ 0.4, weak ≥ 0.2, else poor; "unstated" when the page does not say. */
export function judgedLevel(score: number | null | undefined): JudgedLevel {
  if (score === null || score === undefined) return 'unstated';
  if (score >= 0.8) return 'strong';
  if (score >= 0.6) return 'good';
  if (score >= 0.4) return 'some';
  if (score >= 0.2) return 'weak';
  return 'poor';
}

/** A criterion's score in words, as a message ("strong", "not stated"), so every view says it on the same scale. */
export const judgedName = (score: number | null | undefined): Name => name(`judged.${judgedLevel(score)}`);
