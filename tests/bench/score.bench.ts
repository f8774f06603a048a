/**
 * Scoring throughput on one core (`./dev bench score`): 10,000 generated courses against the default
 * policy, a member of staff's targets and a school plan. Three figures, as a catalogue meets them:
 * - scoreCourse: every course read for the first time (its words, facts and verdicts), nothing kept;
 * - a scorer's first scoring: the same, keeping what does not change with the member of staff (issue 24);
 * - scored again: that scorer, the same course objects, for another member of staff: only what depends on
 *   the staff, the plan and the cost is judged again.
 * Aim: ≥ 100,000 courses per second. Each figure is the median of 5 rounds, with the best beside it.
 */
import { createScorer, defaultPolicy, scoreCourse, type Course, type Profile, type Scorer } from '../../core/src/index.ts';
import { benchStaff, generateCourse, random } from '../../core/test/score/generate.ts';
import { plan } from '../../core/test/helpers.ts';

const AIM = 100_000;
const N = 10_000;
const ROUNDS = 5;
const rand = random(2026);
const courses = Array.from({ length: N }, (_, i) => generateCourse(rand, i));
const staff = benchStaff();
const teacher = staff[0];
const schoolPlan = plan();

let sink = 0;
/** A round's time in ms: elapsed, and the CPU time of this process (steadier on a machine shared with other work). */
interface Time {
  wall: number;
  cpu: number;
}
const round = (set: readonly Course[], profile: Profile, score: Scorer = scoreCourse): Time => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const course of set) sink += score(course, defaultPolicy, profile, schoolPlan).total;
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
};

/** The median round, as courses per second, with the best round beside it; by elapsed and by CPU time. */
function report(label: string, times: Time[]): void {
  const f = (n: number): string => n.toLocaleString('en-GB');
  const rate = (ms: number): number => Math.round(N / (ms / 1000));
  const wall = times.map((t) => t.wall).sort((a, b) => a - b);
  const cpu = times.map((t) => t.cpu).sort((a, b) => a - b);
  const median = wall[Math.floor(wall.length / 2)]!;
  const perSecond = rate(median);
  console.log(`  ${label.padEnd(24)} ${f(perSecond).padStart(7)} courses/s on one core, ${((median * 1000) / N).toFixed(1).padStart(5)} µs per course (best round ${f(rate(wall[0]!))}/s; by CPU time ${f(rate(cpu[Math.floor(cpu.length / 2)]!))}/s, best ${f(rate(cpu[0]!))}/s; aim ≥ ${f(AIM)}: ${(perSecond / AIM).toFixed(2)}× the aim)`);
}

// warm up the JIT, the compiled policy and the goals on a copy
round(structuredClone(courses), teacher);
round(structuredClone(courses), teacher, createScorer());
// each round scores a fresh copy of the courses, made outside the timing and let go after it
const plain: Time[] = [];
const first: Time[] = [];
const again: Time[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const set = structuredClone(courses);
  plain.push(round(set, teacher));
  const scorer = createScorer();
  first.push(round(set, teacher, scorer));
  again.push(round(set, staff[1 + (r % 2)]!, scorer));
}
console.log(`scoring ${N.toLocaleString('en-GB')} generated courses (default policy, a member of staff with five targets, a school plan), median of ${ROUNDS} rounds`);
report('scoreCourse', plain);
report("a scorer's first scoring", first);
report('scored again (scorer)', again);
if (sink < 0) console.log(sink);
