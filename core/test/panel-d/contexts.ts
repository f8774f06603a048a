/**
 * The school contexts of the expert panel: a member of staff (Profile) and their school's plan, with the
 * school type the UK cost model needs (VAT is recoverable for maintained schools and academies, not for
 * most independent schools). `schoolType` is not in the SchoolPlan schema yet: the engine is expected
 * to read `plan.schoolType`.
 */
import type { Profile, SchoolPlan } from '../../src/index.ts';

export type SchoolType = 'maintained' | 'academy' | 'independent';
/** A school plan with the school type the cost model reads. */
export type PanelPlan = SchoolPlan & { schoolType: SchoolType; nation?: 'england' | 'wales' };

export interface PanelContext {
  id: ContextId;
  label: string;
  profile: Profile;
  plan: PanelPlan;
}

export type ContextId = 'primary' | 'secondary' | 'independent' | 'wales' | 'business';

const primary: PanelContext = {
  id: 'primary',
  label: 'Year 1 teacher and English lead, Oak Lane Primary (maintained, England)',
  profile: {
    schemaVersion: 1, id: 'p-teacher', role: 'teacher', staffGroup: 'teaching', phase: 'primary', subjects: ['English', 'Maths'],
    targets: [
      { id: 'p-t1', code: 'T1', text: 'Improve the teaching of phonics and early reading in Year 1', sdpObjectiveId: 'p-sdp1' },
      { id: 'p-t2', code: 'T2', text: 'Adapt teaching for pupils with SEND in my class', sdpObjectiveId: 'p-sdp3' },
      { id: 'p-t3', code: 'T3', text: 'Renew my deputy designated safeguarding lead (DSL) training' },
    ],
  },
  plan: {
    schemaVersion: 1, id: 'oak-lane-2026', school: 'Oak Lane Primary School', year: '2026-27', schoolType: 'maintained', nation: 'england',
    objectives: [
      { id: 'p-sdp1', code: 'SDP1', title: 'Raise attainment in early reading and phonics', keywords: ['phonics', 'early reading', 'fluency'] },
      { id: 'p-sdp2', code: 'SDP2', title: 'Secure fluency in number through teaching for mastery in maths', keywords: ['maths mastery', 'number fluency'] },
      { id: 'p-sdp3', code: 'SDP3', title: 'Improve outcomes for pupils with SEND through adaptive teaching', keywords: ['SEND', 'adaptive teaching'] },
      { id: 'p-sdp4', code: 'SDP4', title: 'Consistent behaviour routines in every class', keywords: ['behaviour routines'] },
    ],
    budget: { total: 12000, currency: 'GBP' },
    commitments: [{ id: 'p-c1', description: 'Maths subscription', amount: 1800, status: 'spent', objectiveId: 'p-sdp2' }],
  },
};

const secondary: PanelContext = {
  id: 'secondary',
  label: 'Head of science, Riverside Academy (secondary academy in a MAT, England)',
  profile: {
    schemaVersion: 1, id: 's-hos', role: 'middle-leader', staffGroup: 'teaching', phase: 'secondary', subjects: ['Science', 'Chemistry'],
    targets: [
      { id: 's-t1', code: 'T1', text: 'Make feedback and assessment in science more effective and less time-consuming', sdpObjectiveId: 's-sdp1' },
      { id: 's-t2', code: 'T2', text: 'Coach teachers in my department to improve their practice', sdpObjectiveId: 's-sdp2' },
      { id: 's-t3', code: 'T3', text: 'Teach disciplinary literacy in science: reading and writing like scientists', sdpObjectiveId: 's-sdp3' },
    ],
  },
  plan: {
    schemaVersion: 1, id: 'riverside-2026', school: 'Riverside Academy', year: '2026-27', schoolType: 'academy', nation: 'england',
    objectives: [
      { id: 's-sdp1', code: 'SDP1', title: 'Feedback and assessment that move learning forward', keywords: ['feedback', 'formative assessment'] },
      { id: 's-sdp2', code: 'SDP2', title: 'Instructional coaching for every teacher', keywords: ['instructional coaching', 'coaching'] },
      { id: 's-sdp3', code: 'SDP3', title: 'Reading and disciplinary literacy across the curriculum', keywords: ['disciplinary literacy'] },
    ],
    budget: { total: 30000, currency: 'GBP' },
    commitments: [],
  },
};

const independent: PanelContext = {
  id: 'independent',
  label: 'Maths teacher and aspiring head of department, St Aldhelm’s School (independent, England)',
  profile: {
    schemaVersion: 1, id: 'i-teacher', role: 'teacher', staffGroup: 'teaching', phase: 'secondary', subjects: ['Mathematics'],
    targets: [
      { id: 'i-t1', code: 'T1', text: 'Teach Key Stage 3 maths for mastery', sdpObjectiveId: 'i-sdp1' },
      { id: 'i-t2', code: 'T2', text: 'Prepare to lead a department as a middle leader', sdpObjectiveId: 'i-sdp2' },
    ],
  },
  plan: {
    schemaVersion: 1, id: 'st-aldhelms-2026', school: 'St Aldhelm’s School', year: '2026-27', schoolType: 'independent', nation: 'england',
    objectives: [
      { id: 'i-sdp1', code: 'SDP1', title: 'Teaching for mastery in Key Stage 3 mathematics', keywords: ['maths mastery', 'mastery'] },
      { id: 'i-sdp2', code: 'SDP2', title: 'Develop the next generation of middle leaders', keywords: ['middle leadership', 'middle leaders'] },
      { id: 'i-sdp3', code: 'SDP3', title: 'Support for pupils with special educational needs', keywords: ['SEND', 'SENCO'] },
    ],
    budget: { total: 20000, currency: 'GBP' },
    commitments: [],
  },
};

const wales: PanelContext = {
  id: 'wales',
  label: 'Year 4 teacher, Ysgol Gynradd Bryn Glas (maintained primary, Wales)',
  profile: {
    schemaVersion: 1, id: 'w-teacher', role: 'teacher', staffGroup: 'teaching', phase: 'primary', subjects: ['Languages, Literacy and Communication'],
    targets: [
      { id: 'w-t1', code: 'T1', text: 'Plan progression and assessment under the Curriculum for Wales', sdpObjectiveId: 'w-sdp1' },
      { id: 'w-t2', code: 'T2', text: 'Support learners with additional learning needs (ALN) under the ALN Code', sdpObjectiveId: 'w-sdp2' },
    ],
  },
  plan: {
    schemaVersion: 1, id: 'bryn-glas-2026', school: 'Ysgol Gynradd Bryn Glas', year: '2026-27', schoolType: 'maintained', nation: 'wales',
    objectives: [
      { id: 'w-sdp1', code: 'SDP1', title: 'Curriculum for Wales: progression and assessment', keywords: ['Curriculum for Wales', 'progression'] },
      { id: 'w-sdp2', code: 'SDP2', title: 'Implement the ALN reform and the ALN Code', keywords: ['ALN', 'additional learning needs'] },
      { id: 'w-sdp3', code: 'SDP3', title: 'Welsh language across the school', keywords: ['Welsh language', 'Cymraeg'] },
    ],
    budget: { total: 8000, currency: 'GBP' },
    commitments: [],
  },
};

const business: PanelContext = {
  id: 'business',
  label: 'School business manager (no class), Riverside Academy (academy, England)',
  profile: {
    schemaVersion: 1, id: 'b-sbm', role: 'business-leader', staffGroup: 'support', subjects: [],
    targets: [{ id: 'b-t1', code: 'T1', text: 'Gain a school business professional qualification in finance, procurement and HR' }],
  },
  plan: { ...secondary.plan, id: 'riverside-2026-business' },
};

export const CONTEXTS: Record<ContextId, PanelContext> = { primary, secondary, independent, wales, business };
