import { Lexicon } from './lexicon.ts';
import { CONCEPTS_CY } from './thesaurus-cy.ts';

/**
 * UK education terms, grouped into concepts. A target that says "SEND" and a course that says
 * "special educational needs" meet on the concept `send`. `broader` lets "dyslexia" serve a SEND target
 * at reduced strength. Every entry is readable: matching is explainable, never a model.
 */
export const CONCEPTS: Readonly<Record<string, { label: string; terms: readonly string[]; broader?: readonly string[] }>> = {
  send: { label: 'SEND', terms: ['SEND', 'SEN', 'special educational needs', 'special educational needs and disabilities', 'special needs', 'additional needs', 'learning difficulties', 'ehcp', 'education health and care plan', 'send code of practice', 'graduated approach', 'adaptive teaching'] },
  // issue 25: Wales's additional learning needs (ALN) system, and its curriculum
  aln: { label: 'ALN', terms: ['ALN', 'additional learning needs', 'alnco', 'aln code', 'individual development plan'], broader: ['send'] },
  'curriculum-wales': { label: 'Curriculum for Wales', terms: ['curriculum for wales', 'four purposes', 'areas of learning and experience', 'what matters statements', 'progression steps'], broader: ['curriculum'] },
  senco: { label: 'SENCO', terms: ['senco', 'sendco', 'npq senco', 'npqsenco', 'special educational needs coordinator', 'nasenco'], broader: ['send', 'leadership'] },
  autism: { label: 'autism', terms: ['autism', 'autistic', 'ASD', 'ASC', 'autism spectrum'], broader: ['send'] },
  adhd: { label: 'ADHD', terms: ['ADHD', 'attention deficit'], broader: ['send'] },
  dyslexia: { label: 'dyslexia', terms: ['dyslexia', 'dyslexic', 'specific learning difficulties', 'spld'], broader: ['send', 'reading'] },
  eal: { label: 'EAL', terms: ['EAL', 'english as an additional language', 'multilingual learners', 'bilingual learners', 'new to english', 'esol'], broader: ['inclusion'] },
  safeguarding: { label: 'safeguarding', terms: ['safeguarding', 'child protection', 'kcsie', 'keeping children safe in education', 'keeping learners safe', 'prevent duty', 'online safety', 'working together to safeguard children'] },
  dsl: { label: 'DSL', terms: ['DSL', 'designated safeguarding lead', 'deputy dsl', 'designated safeguarding'], broader: ['safeguarding', 'leadership'] },
  ect: { label: 'ECT', terms: ['ECT', 'ECTs', 'early career teacher', 'early career teachers', 'early career framework', 'ECF', 'NQT', 'newly qualified teacher', 'ect induction', 'statutory induction', 'newly qualified teachers', 'induction mentor', 'ecf mentor', 'early career mentor'] },
  mentoring: { label: 'mentoring and coaching', terms: ['mentor', 'mentoring', 'coach', 'coaching', 'instructional coaching', 'mentor training'] },
  npq: { label: 'NPQ', terms: ['npq', 'npqs', 'national professional qualification', 'npqh', 'npqsl', 'npqml', 'npqlt', 'npqltd', 'npqlbc', 'npqll', 'npqel', 'npqeyl'], broader: ['leadership'] },
  leadership: { label: 'leadership', terms: ['leadership', 'leader', 'leaders', 'middle leader', 'middle leadership', 'senior leader', 'senior leadership', 'headship', 'headteacher', 'subject lead', 'subject leader', 'head of department', 'executive leadership'] },
  phonics: { label: 'phonics', terms: ['phonics', 'systematic synthetic phonics', 'sssp', 'phonics screening check', 'letters and sounds', 'read write inc', 'little wandle', 'decoding'], broader: ['reading'] },
  reading: { label: 'reading', terms: ['reading', 'early reading', 'reading fluency', 'fluency', 'comprehension', 'reading for pleasure', 'disciplinary literacy'], broader: ['literacy'] },
  literacy: { label: 'literacy', terms: ['literacy', 'oracy', 'vocabulary', 'writing', 'spelling', 'grammar', 'spag', 'handwriting', 'english'] },
  oracy: { label: 'oracy', terms: ['oracy', 'speaking and listening', 'talk for learning', 'classroom talk', 'voice 21'], broader: ['literacy'] },
  maths: { label: 'maths', terms: ['maths', 'mathematics', 'numeracy', 'mastery', 'teaching for mastery', 'maths hub', 'maths hubs', 'arithmetic', 'times tables', 'multiplication tables check', 'ncetm', 'fractions', 'algebra'] },
  science: { label: 'science', terms: ['science', 'biology', 'chemistry', 'physics', 'stem', 'practical science', 'working scientifically'] },
  computing: { label: 'computing', terms: ['computing', 'computer science', 'coding', 'ncce', 'digital literacy'] },
  edtech: { label: 'digital and AI', terms: ['edtech', 'digital', 'technology', 'artificial intelligence', 'AI', 'generative AI', 'chatgpt', 'online learning', 'remote learning'] },
  retrieval: { label: 'retrieval practice', terms: ['retrieval practice', 'retrieval', 'low stakes quizzing', 'low-stakes quizzing', 'spaced practice', 'spacing', 'interleaving', 'testing effect', 'knowledge organisers'], broader: ['cognitive-science'] },
  'cognitive-science': { label: 'cognitive science', terms: ['cognitive science', 'cognitive load', 'cognitive load theory', 'working memory', 'long-term memory', 'memory', 'dual coding', 'rosenshine', 'principles of instruction', 'metacognition', 'self-regulated learning', 'self-regulation'] },
  metacognition: { label: 'metacognition', terms: ['metacognition', 'metacognitive', 'self-regulated learning', 'self-regulation', 'thinking about thinking'], broader: ['cognitive-science'] },
  assessment: { label: 'assessment and feedback', terms: ['assessment', 'formative assessment', 'assessment for learning', 'afl', 'effective feedback', 'feedback to pupils', 'written feedback', 'verbal feedback', 'marking', 'questioning', 'hinge questions', 'summative assessment', 'moderation', 'standardisation'] },
  behaviour: { label: 'behaviour', terms: ['behaviour', 'behavior', 'behaviour management', 'classroom management', 'routines', 'attendance', 'exclusions', 'relational practice', 'restorative practice', 'trauma-informed', 'trauma informed', 'attachment'] },
  wellbeing: { label: 'wellbeing and mental health', terms: ['wellbeing', 'well-being', 'mental health', 'mental health first aid', 'senior mental health lead', 'resilience', 'workload', 'emotional literacy', 'pshe', 'rshe', 'relationships education'] },
  disadvantage: { label: 'disadvantaged pupils', terms: ['disadvantaged', 'disadvantage', 'pupil premium', 'closing the gap', 'attainment gap', 'social mobility', 'poverty', 'free school meals', 'fsm', 'pupil development grant', 'PDG'], broader: ['inclusion'] },
  inclusion: { label: 'inclusion', terms: ['inclusion', 'inclusive', 'inclusive practice', 'equity', 'equality', 'diversity', 'edi', 'anti-racism', 'anti-racist', 'belonging'] },
  'early-years': { label: 'early years', terms: ['early years', 'eyfs', 'early years foundation stage', 'nursery', 'reception class', 'reception year', 'preschool', 'pre-school', 'communication and language'] },
  curriculum: { label: 'curriculum', terms: ['curriculum', 'curriculum design', 'curriculum intent', 'sequencing', 'knowledge-rich', 'subject knowledge', 'subject-specific pedagogy', 'deep dive', 'deep dives'] },
  instruction: { label: 'explicit instruction', terms: ['explicit instruction', 'direct instruction', 'modelling', 'worked examples', 'scaffolding', 'i do we do you do', 'responsive teaching', 'checking for understanding', 'cold calling', 'adaptive teaching'] },
  ofsted: { label: 'Ofsted and inspection', terms: ['ofsted', 'inspection', 'inspection framework', 'eif', 'estyn', 'education inspection framework', 'school improvement', 'self-evaluation', 'quality of education'] },
  governance: { label: 'governance', terms: ['governance', 'governor', 'governors', 'trustee', 'trustees', 'governing board'] },
  finance: { label: 'school business and finance', terms: ['finance', 'budget', 'budgeting', 'procurement', 'school business', 'business manager', 'school business professional', 'HR', 'human resources', 'estates', 'health and safety', 'gdpr', 'data protection'] },
  'teaching-assistants': { label: 'teaching assistants', terms: ['teaching assistant', 'teaching assistants', 'TA', 'TAs', 'support staff', 'hlta', 'learning support assistant', 'lsa'] },
  'post-16': { label: 'post-16 and careers', terms: ['post-16', 'sixth form', 'A level', 'a-level', 'careers', 'careers education', 'gatsby benchmarks', 'further education', 'FE'] },
  pe: { label: 'PE and sport', terms: ['PE', 'physical education', 'sport', 'sports premium', 'outdoor learning'] },
  arts: { label: 'arts and music', terms: ['art', 'arts', 'music', 'drama', 'dance', 'design and technology'] },
  humanities: { label: 'humanities', terms: ['history', 'geography', 'RE', 'religious education', 'humanities', 'citizenship'] },
  languages: { label: 'modern languages', terms: ['MFL', 'modern foreign languages', 'languages', 'french', 'spanish', 'german', 'welsh', 'cymraeg'] },
};

/** A concept's terms in English and Welsh (issue 25: a Welsh target meets an English page, and the reverse). */
export const termsOf = (id: string): readonly string[] => [...(CONCEPTS[id]?.terms ?? []), ...(CONCEPTS_CY[id] ?? [])];

/** The one compiled lexicon of all concepts, in both languages. */
export const conceptLexicon = new Lexicon(Object.fromEntries(Object.keys(CONCEPTS).map((id) => [id, termsOf(id)])));

/** Broader concepts of `id` (one level), e.g. dyslexia → send, reading. */
export function broaderOf(id: string): readonly string[] {
  return BROADER.get(id) ?? NONE;
}

const NONE: readonly string[] = [];
/** Each concept's broader concepts, looked up by id for every concept a course names (scoring throughput, issue 24). */
const BROADER: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(CONCEPTS).map(([id, c]) => [id, c.broader ?? NONE]));
