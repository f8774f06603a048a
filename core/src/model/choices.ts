/**
 * Choices a request offers, as plain lists: the schemas (`Approach`, `ImpactLevel`) are built from them,
 * and a view can show them without loading zod and the schemas (the request form's size budget, issue 14).
 */

/** The CPL approaches of the trust policy's section 3.2. */
export const APPROACHES = [
  'course-or-conference',
  'in-school-training',
  'external-expert',
  'school-visit',
  'secondment',
  'shadowing',
  'award-bearing',
  'research',
  'distance-learning',
  'practical-experience',
  'networks',
  'producing-resources',
  'coaching-mentoring',
  'partnership',
] as const;

/** Guskey's five levels, as the CPL policy's section 5.1 names them. */
export const IMPACT_LEVELS = ['reaction', 'learning', 'use', 'organisation', 'pupils'] as const;

/** How a course is delivered (the `Delivery` schema is built from this list). */
export const DELIVERIES = ['face-to-face', 'online-live', 'online-self-paced', 'blended', 'in-school'] as const;

/** Funded routes a page can state (the profile's `Funding.route`); a staff correction may also say "none". */
export const FUNDING_ROUTES = ['npq-dfe', 'ecf', 'apprenticeship-levy', 'levy-transfer', 'welsh-national', 'grant', 'fully-funded'] as const;
