import type { Course, Delivery, Profile } from '../../src/index.ts';
import { FEATURE_PHRASES } from '../../src/index.ts';

/** A small seeded PRNG (mulberry32): generated courses are the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = ['phonics and early reading', 'retrieval practice in maths', 'adaptive teaching for pupils with SEND', 'behaviour and routines', 'oracy across the curriculum', 'safeguarding refresher for DSLs', 'middle leadership', 'EAL learners in science', 'assessment and feedback', 'curriculum design in history'];
const DELIVERY: Delivery[] = ['face-to-face', 'online-live', 'online-self-paced', 'blended', 'in-school'];
const KINDS = Object.keys(FEATURE_PHRASES) as (keyof typeof FEATURE_PHRASES)[];

/** A plausible course: random topic, some features stated, maybe a price, maybe dated sessions. */
export function generateCourse(rand: () => number, i: number): Course {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const sentences = [`A course on ${pick(TOPICS)}.`];
  for (let k = 0; k < 4; k++) if (rand() < 0.5) sentences.push(`${pick(FEATURE_PHRASES[pick(KINDS)])} is part of the design.`);
  const course: Course = { title: `${pick(TOPICS)} (${i})`, provider: `Provider ${i % 37}`, description: sentences.join(' ') };
  if (rand() < 0.7) course.price = { amount: Math.round(rand() * 900), currency: 'GBP', vat: pick(['included', 'excluded', 'unknown'] as const), basis: pick(['per-participant', 'per-school', 'funded', 'unknown'] as const), ...(rand() < 0.5 ? { covers: 1 + Math.floor(rand() * 30) } : {}) };
  if (rand() < 0.6) {
    const n = 1 + Math.floor(rand() * 5);
    course.sessions = Array.from({ length: n }, (_, s) => ({ start: `2027-${String(1 + ((s * 2) % 12)).padStart(2, '0')}-1${s}T${rand() < 0.3 ? '16' : '09'}:30:00Z`, hours: 1 + Math.floor(rand() * 6) }));
  }
  if (rand() < 0.5) course.totalHours = 1 + Math.floor(rand() * 30);
  if (rand() < 0.7) course.delivery = pick(DELIVERY);
  if (rand() < 0.4) course.audience = { phases: [pick(['primary', 'secondary', 'all-through'] as const)], roles: [pick(['teacher', 'middle-leader', 'teaching-assistant'] as const)] };
  return course;
}

/**
 * The bench's members of staff (tests/bench/score.bench.ts, and the identical-output check on its workload):
 * a primary teacher with five targets, a secondary teaching assistant and a middle leader sharing some of them.
 */
export function benchStaff(): [Profile, Profile, Profile] {
  const teacher: Profile = {
    schemaVersion: 1,
    id: 'bench',
    role: 'teacher',
    phase: 'primary',
    subjects: ['English', 'maths'],
    targets: [
      { id: 't1', text: 'Improve the teaching of phonics in Year 1', sdpObjectiveId: 'sdp-1' },
      { id: 't2', text: 'Use retrieval practice to strengthen recall in maths', sdpObjectiveId: 'sdp-2' },
      { id: 't3', text: 'Adapt teaching for pupils with SEND' },
      { id: 't4', text: 'Develop oracy through structured classroom talk' },
      { id: 't5', text: 'Lead behaviour routines as a new middle leader' },
    ],
  };
  return [
    teacher,
    { ...teacher, id: 'bench-ta', role: 'teaching-assistant', phase: 'secondary', subjects: ['science'], targets: teacher.targets.slice(2) },
    { ...teacher, id: 'bench-lead', role: 'middle-leader', targets: teacher.targets.slice(0, 3) },
  ];
}
