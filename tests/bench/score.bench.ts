/**
 * Scoring throughput: 10,000 generated courses against the default policy, a five-target profile
 * and a school plan, on one core. Aim: ≥ 100,000 courses per second.
 */
import { defaultPolicy, scoreCourse, type Profile } from '../../core/src/index.ts';
import { generateCourse, random } from '../../core/test/score/generate.ts';
import { plan } from '../../core/test/helpers.ts';

const AIM = 100_000;
const N = 10_000;
const rand = random(2026);
const courses = Array.from({ length: N }, (_, i) => generateCourse(rand, i));
const profile: Profile = {
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
const schoolPlan = plan();

let sink = 0;
const round = (): number => {
  const start = performance.now();
  for (const course of courses) sink += scoreCourse(course, defaultPolicy, profile, schoolPlan).total;
  return performance.now() - start;
};
round(); // warm up the JIT and the compiled policy, profile and plan
const times = Array.from({ length: 5 }, round).sort((a, b) => a - b);
const median = times[2]!;
const perSecond = Math.round(N / (median / 1000));
console.log(`scoring: ${N.toLocaleString('en-GB')} courses, median of 5 rounds ${median.toFixed(1)} ms`);
console.log(`  ${perSecond.toLocaleString('en-GB')} courses/s on one core (aim ≥ ${AIM.toLocaleString('en-GB')}: ${(perSecond / AIM).toFixed(2)}× the aim)`);
console.log(`  ${((median * 1000) / N).toFixed(1)} µs per course (best round ${(N / (times[0]! / 1000)).toFixed(0)} courses/s)`);
if (sink < 0) console.log(sink);
