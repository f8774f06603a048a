import type { Citation, Criterion, Policy } from '../model/policy.ts';
import { defaultCosts } from './default-costs.ts';

const CPL = 'Archway Learning Trust, Continuing Professional Learning Policy (March 2021)';
const TDT = 'David Weston (TDT), “Trust-wide CPD: ensuring value, impact and sustainability”';
const ASCL = 'ASCL, Professional Development Planning for Business Leaders, section 1';
const DFE = 'DfE, Standard for teachers’ professional development (July 2016)';
const EEF = 'EEF, Effective Professional Development guidance report (2021)';

const cpl = (quote: string): Citation => ({ document: CPL, section: '3.1', quote });
const tdt = (quote: string): Citation => ({ document: TDT, section: 'Rigorous commissioning of external CPD', quote });
const ascl = (quote: string): Citation => ({ document: ASCL, section: 'Principles that underpin effective CPD', quote });

/** The default criteria: the 14 of the CPL policy's section 3.1, then the TDT commissioning factors. */
const criteria: Criterion[] = [
  {
    id: 'priorities',
    label: 'Meets identified development priorities',
    weight: 3,
    judge: 'priorities',
    description: 'How closely the course serves your PD targets and the School Development Plan.',
    question: 'Which of our PD targets or SDP objectives will this course move forward, and how?',
    sources: [cpl('meet identified individual, Academy, Trust or national development priorities'), { document: CPL, section: '1.6', quote: 'CPL planning will be integrated with Trust and Academy Development Plans and will be based on priorities identified.' }],
  },
  {
    id: 'good-practice',
    label: 'Based on good practice in development activity',
    weight: 1,
    judge: 'good-practice',
    description: 'Participants practise techniques, get feedback and plan how to use them (EEF mechanisms 6–12).',
    question: 'How will participants practise the techniques, get feedback on them and plan their use in school?',
    sources: [cpl('are based on good practice – in development activity and in teaching and learning; or good practice in specialist business areas'), { document: EEF, section: 'Mechanisms 6–12' }],
  },
  {
    id: 'pupil-outcomes',
    label: 'Helps raise pupils’ achievement',
    weight: 2,
    judge: 'pupil-outcomes',
    question: 'Which pupil outcomes is this course designed to improve, and how will we know?',
    sources: [cpl('help raise standards of pupils’ achievements'), ascl('It is outcome and impact focused.'), { document: DFE, section: 'Part 1', quote: 'Professional development should have a focus on improving and evaluating pupil outcomes.' }],
  },
  {
    id: 'quality-compliance',
    label: 'Raises quality of services, including compliance',
    weight: 1,
    judge: 'compliance',
    question: 'Does this course cover any statutory or compliance requirement (e.g. safeguarding, data protection)?',
    sources: [cpl('help raise the efficiency and/or quality of services provided including ensuring that the Trust and each Academy within the Trust is compliant with all relevant legislation')],
  },
  {
    id: 'role-competency',
    label: 'Fits the role the member of staff is employed in',
    weight: 2,
    judge: 'role-fit',
    question: 'Who is this course designed for: which roles, phases and subjects?',
    sources: [cpl('ensure the competency of staff to carry out the roles in which they are employed'), ascl('Includes leadership and development.')],
  },
  {
    id: 'cultural-diversity',
    label: 'Respects cultural diversity',
    weight: 0.5,
    judge: 'inclusion',
    question: 'How does the course reflect cultural diversity and inclusive practice?',
    sources: [cpl('respect cultural diversity')],
  },
  {
    id: 'provider-expertise',
    label: 'Provided by people with the necessary expertise',
    weight: 1.5,
    judge: 'expertise',
    question: 'Who facilitates the course, and what is their experience and expertise in this area?',
    sources: [cpl('are provided by those with the necessary experience, expertise and skills'), ascl('…with expert input or facilitation.'), { document: EEF, section: 'Mechanism 4', quote: 'Presenting information from a credible source' }],
  },
  {
    id: 'planned-programme',
    label: 'Planned systematically',
    weight: 0.5,
    judge: 'planned',
    question: 'Is there a published programme with dates, aims and outcomes for each session?',
    sources: [cpl('are planned systematically and follow the agreed programme except when dealing with emerging issues'), ascl('Is well led and planned.')],
  },
  {
    id: 'relevant-standards',
    label: 'Based on relevant standards',
    weight: 1,
    judge: 'standards',
    question: 'Which professional standards or frameworks (Teachers’ Standards, ECF, NPQ) is the course aligned with?',
    sources: [cpl('are based, where appropriate, on relevant standards')],
  },
  {
    id: 'research-evidence',
    label: 'Based on current research and inspection evidence',
    weight: 2,
    judge: 'research',
    question: 'What research evidence is the course based on, and is it current?',
    sources: [cpl('are based on current research and inspection evidence'), tdt('the evidence base underpinning it'), ascl('Is evidence-based and involved evidence creation.'), { document: DFE, section: 'Part 2', quote: 'Professional development should be underpinned by robust evidence and expertise.' }],
  },
  {
    id: 'resource-use',
    label: 'Makes effective use of resources',
    weight: 1,
    judge: 'resource-use',
    question: 'Can the course be delivered online, in school or as a twilight, to save travel and supply cover?',
    sources: [cpl('make effective use of resources')],
  },
  {
    id: 'accommodation',
    label: 'Accommodation fit for purpose',
    weight: 0.5,
    judge: 'accommodation',
    question: 'Is the venue accessible and suitably equipped (step-free access, hearing loop, resources)?',
    sources: [cpl('are provided in accommodation which is fit for purpose with appropriate equipment')],
  },
  {
    id: 'value-for-money',
    label: 'Provides value for money',
    weight: 2,
    judge: 'value',
    description: 'Full cost (fee, VAT where not reclaimable, supply cover) per participant-hour.',
    question: 'What is the full price per participant, including VAT, and how many hours of contact does it include?',
    sources: [cpl('provide value for money'), { document: CPL, section: '1.8', quote: 'The Trust will use a range of providers/types of provision and endeavour to source the provision of CPL according to the best value.' }],
  },
  {
    id: 'monitoring-evaluation',
    label: 'Has effective monitoring and evaluation',
    weight: 1,
    judge: 'evaluation',
    question: 'How does the provider evaluate the course’s impact and act on participants’ feedback?',
    sources: [cpl('have effective monitoring and evaluation systems, including seeking out and acting on user feedback to inform the quality of provision')],
  },
  {
    id: 'sustained',
    label: 'Sustained over time',
    weight: 2,
    judge: 'sustained',
    description: 'The most effective CPD runs over two terms or more, with follow-up between sessions.',
    question: 'Over what period does the course run, and what follow-up is there between and after sessions?',
    sources: [ascl('Is a collaborative endeavour, sustained over a period of time, with expert input or facilitation.'), { document: DFE, section: 'Part 4', quote: 'Professional development programmes should be sustained over time.' }, tdt('the scale and scope of its reach (including number of staff and over what period the engagement will be)')],
  },
  {
    id: 'collaboration',
    label: 'Collaborative, with expert challenge',
    weight: 1.5,
    judge: 'collaboration',
    question: 'Will participants work with colleagues (from our school or others) during and after the course?',
    sources: [ascl('Is a collaborative endeavour…'), { document: DFE, section: 'Part 3', quote: 'Professional development should include collaboration and expert challenge.' }, { document: EEF, section: 'Mechanism 7', quote: 'Arranging social support' }],
  },
  {
    id: 'scale-scope',
    label: 'Scale and scope of reach',
    weight: 1,
    judge: 'scale-scope',
    question: 'How many of our staff can take part for this price, and over what period?',
    sources: [tdt('considering the scale and scope of its reach (including number of staff and over what period the engagement will be)')],
  },
  {
    id: 'price-per-participant',
    label: 'Price per participant',
    weight: 1,
    judge: 'price-per-participant',
    question: 'What is the price per participant, and are there discounts for several staff or a whole school?',
    sources: [tdt('the price per participant')],
  },
  {
    id: 'peer-feedback',
    label: 'Feedback from peers who have taken it',
    weight: 1,
    judge: 'peer-feedback',
    question: 'Which schools like ours have used this course, and can we speak to them?',
    sources: [tdt('looking at feedback from peers who have undertaken the external training')],
  },
];

/**
 * The default CPD policy: the trust's 14 criteria (CPL policy 3.1) and the TDT commissioning factors,
 * with the ASCL and DfE principles cited where they agree. Cover rates from the CFE/DfE 2023 survey.
 */
export const defaultPolicy: Policy = {
  schemaVersion: 1,
  id: 'cpd-lens-default',
  name: 'CPD Lens default policy (CPL policy 3.1 + TDT commissioning)',
  owner: 'CPD Lens',
  adopted: '2026-11',
  criteria,
  bands: [
    { id: 'strong', label: 'Strong fit', min: 78 },
    { id: 'good', label: 'Good fit', min: 59 },
    { id: 'partial', label: 'Partial fit', min: 35 },
    { id: 'weak', label: 'Weak fit', min: 0 },
  ],
  prior: 0.5,
  repayment: {
    conditions: ['do not complete the qualification', 'do not pass the qualification', 'do not remain employed by the trust for at least 12 months after completing it'],
    months: 12,
    source: { document: CPL, section: '4.1', quote: 'the Trust may require an agreement with the individual that all or part of the costs incurred are repaid to the Trust in the event that the staff member does not: complete the qualification; pass the qualification; or remain within the employment of the Trust for at least 12 months after the completion of the qualification.' },
  },
  costs: defaultCosts,
};
