import type { Course, Policy, Profile, SchoolPlan } from '../../src/index.ts';
import { defaultPolicy } from '../../src/index.ts';
import { generateCourse } from './generate.ts';

/**
 * Varied generated courses for the identical-output check (identical.test.ts): the bench's plain
 * courses, plus the kinds, funding, statuses, early-bird prices, corrections, conflicts, trainers,
 * accreditation and Welsh wording that take the engine's other paths. Seeded: the same on every run.
 */

const KIND_TITLES = ['NPQ for Senior Leadership (NPQSL)', 'Early career framework induction programme', 'Level 3 Teaching Assistant apprenticeship', 'Designated safeguarding lead refresher (KCSIE)', 'Level 5 Diploma in Education and Training', 'Lesson study in maths', 'Instructional coaching for new teachers', 'Webinar: retrieval practice', 'INSET: whole-school training on oracy', 'First aid at work', 'Dysgu proffesiynol: Cwricwlwm i Gymru', 'Fire safety for school staff'];
const EXTRA_SENTENCES = [
  'Fully funded places are available for eligible schools.',
  'Funded through your apprenticeship levy, or a levy transfer from a large employer.',
  'Funded by the Welsh Government through the national professional learning programme for Wales.',
  'This course is sold out; join the waiting list.',
  'Bookings are now closed.',
  'Sessions run from 4pm to 5.30pm as twilight sessions over two terms.',
  'Six 90-minute sessions over a term, with a gap task between each.',
  'Delivered at your school on an INSET day; we come to you.',
  'The price covers up to five members of staff.',
  'Led by Dr Jo Marking, a former headteacher and Research School lead.',
  '“Brilliant and practical,” said Sam Jones, Year 2 teacher.',
  'Based on the EEF guidance report and cognitive load theory.',
  'Participants complete an evaluation form at the end.',
  'Impact on pupil outcomes is measured with a pre- and post-assessment.',
  'Designed for secondary science teachers and SENCOs.',
  'Free for maintained schools in Harbour Learning Trust.',
  'Starting January 2027, the next cohort is open.',
  '12 months access to the online modules; self-paced.',
  'Mae’r cwrs hwn yn cael ei ariannu gan Lywodraeth Cymru.',
];
const FUNDING_KINDS = ['funded', 'eligible', 'self-funded', 'levy', 'welsh-government', 'not-funded'] as const;
const STATUS = ['open', 'sold-out', 'waiting-list', 'cancelled', 'past'] as const;
const FORMATS = ['course', 'workshop', 'conference', 'webinar', 'programme', 'qualification', 'coaching', 'network', 'visit', 'other'] as const;

/** A generated course with some of the facts extraction reads (kinds, funding, status, charges, corrections…). */
export function variedCourse(rand: () => number, i: number): Course {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const course = generateCourse(rand, i);
  if (rand() < 0.35) course.title = `${pick(KIND_TITLES)} (${i})`;
  const extra: string[] = [];
  for (let k = 0; k < 3; k++) if (rand() < 0.4) extra.push(pick(EXTRA_SENTENCES));
  if (extra.length) course.description = `${course.description ?? ''} ${extra.join(' ')}`;
  if (rand() < 0.3) course.format = pick(FORMATS);
  if (rand() < 0.2) course.accreditation = [pick(['NPQ framework', 'CPD Standards Office', 'Chartered College of Teaching', 'QTS standards'])];
  if (rand() < 0.25) course.funding = [{ kind: pick(FUNDING_KINDS), quote: pick(EXTRA_SENTENCES) }];
  if (rand() < 0.1) course.status = { value: pick(STATUS), quote: 'As the page says.' };
  if (rand() < 0.2) course.trainer = { name: pick(['Dr Jo Marking', 'Sam Patel', 'Alex Rivers']), ...(rand() < 0.5 ? { role: 'Former headteacher' } : {}), quote: 'Led by our trainer.' };
  if (rand() < 0.3) course.bookingUrl = `https://provider.example.org/book/${i}`;
  if (rand() < 0.3) course.url = `https://provider.example.org/course/${i}`;
  if (course.price && rand() < 0.2) course.charges = [{ type: 'early-bird', amount: Math.max(0, course.price.amount - 50), currency: 'GBP', until: pick(['2026-12-31T23:59:00Z', '2027-05-01T00:00:00Z']), quote: 'Early bird price until the deadline' }];
  if (course.price && rand() < 0.3) course.price.text = pick(['£195 + VAT per delegate', 'Free of charge', '£1,200 per school, covering three teachers', 'Funded']);
  if (rand() < 0.08) course.conflicts = [{ field: pick(['price', 'delivery', 'length'] as const), values: ['£350', 'free'], quotes: ['£350', 'Free'] }];
  if (rand() < 0.08) course.corrections = { status: { value: pick(['open', 'full', 'cancelled', 'past'] as const), by: 'staff', at: '2026-11-01T10:00:00Z' } };
  if (rand() < 0.05) course.corrections = { ...course.corrections, price: { amount: 300, basis: pick(['per-participant', 'per-school', 'per-group'] as const), covers: 4, by: 'staff', at: '2026-11-01T10:00:00Z' } };
  if (rand() < 0.1) course.features = [{ kind: 'follow-up', quote: 'A follow-up session six weeks later.' }, { kind: 'schedule', quote: 'Sessions run on Saturday mornings.' }];
  if (rand() < 0.1) course.audience = { ...course.audience, subjects: [pick(['science', 'maths', 'English', 'history'])] };
  return course;
}

/** A school's own policy: other weights, its own terms on a criterion, other bands, prior, coverage, costs and repayment. */
export function customPolicy(): Policy {
  const criteria = defaultPolicy.criteria.map((k, n) => ({ ...k, weight: (k.weight + n) % 4, ...(n === 1 ? { terms: ['oracy', 'phonics'] } : {}) }));
  return {
    ...defaultPolicy,
    id: 'custom',
    criteria,
    bands: [{ id: 'go', label: 'Go for it', min: 60 }, { id: 'maybe', label: 'Maybe', min: 35 }, { id: 'no', label: 'No', min: 0 }],
    prior: 0.4,
    minCoverage: 0.4,
    repayment: { conditions: ['does not complete the qualification', 'leaves within a year'], months: 12, source: { document: 'Our policy', section: '4.1' } },
    costs: { ...defaultPolicy.costs, goodCostPerHour: 20, poorCostPerHour: 90, hoursPerDay: 5, vatReclaimable: false },
  };
}

/** The profiles the check scores for: a primary teacher with targets, and a secondary TA in Wales. */
export const teacher: Profile = {
  schemaVersion: 1, id: 'p1', role: 'teacher', phase: 'primary', subjects: ['English', 'maths'],
  targets: [
    { id: 't1', text: 'Improve the teaching of phonics in Year 1', sdpObjectiveId: 'sdp-1' },
    { id: 't2', text: 'Use retrieval practice to strengthen recall in maths' },
    { id: 't3', text: 'Adapt teaching for pupils with SEND' },
  ],
};
export const assistant: Profile = { schemaVersion: 1, id: 'p2', role: 'teaching-assistant', phase: 'secondary', subjects: ['science'], targets: [{ id: 't1', text: 'Support oracy in science lessons' }] };

/** A Welsh school's plan with peer feedback on one generated provider. */
export function welshPlan(plan: SchoolPlan): SchoolPlan {
  return { ...plan, nation: 'wales', peerFeedback: [{ provider: 'Provider 3', rating: 0.3, from: 'Ysgol Aber' }, { provider: 'Provider 5', rating: 0.9, comment: 'Useful.' }] };
}
