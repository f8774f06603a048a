import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Course, createScorer, defaultPolicy, scoreCourse, type Policy, type Profile, type SchoolPlan, type ScoreOptions, type Scorer } from '../../src/index.ts';
import { plan } from '../helpers.ts';
import { random } from './generate.ts';
import { assistant, customPolicy, teacher, variedCourse, welshPlan } from './varied.ts';

/**
 * Scoring stays the same while it is made faster (issue 24): thousands of varied generated courses,
 * scored under four contexts, must give exactly the results recorded in identical.snapshot.json (a short
 * hash of each result's JSON, and a few results in full to show what changed), and so must a scorer that
 * keeps what it read of each course, scoring the set a first and a second time. The snapshot was recorded
 * from the engine before the speed work; a deliberate change of scoring records it again with
 * CPD_RECORD_IDENTICAL=1 and says why in its commit.
 */

const COUNT = 3000;
const SNAPSHOT = join(import.meta.dirname, 'identical.snapshot.json');
const SAMPLES = [17, 404];

interface Scenario {
  policy: Policy;
  profile?: Profile;
  plan?: SchoolPlan;
  options?: ScoreOptions;
}

const welsh: Policy = { ...defaultPolicy, nation: 'wales' };
const SCENARIOS: Record<string, Scenario> = {
  bare: { policy: defaultPolicy },
  teacher: { policy: defaultPolicy, profile: teacher, plan: plan(), options: { now: '2027-03-01T10:00:00Z', cohort: 4 } },
  wales: { policy: welsh, profile: assistant, plan: welshPlan(plan()), options: { now: '2026-12-07T09:00:00Z' } },
  custom: { policy: customPolicy(), profile: teacher, options: { now: '2027-06-01T00:00:00Z', cohort: 10 } },
};

interface Snapshot {
  courses: number;
  /** Per scenario, each course's 8-hex-digit hash, joined. */
  hashes: Record<string, string>;
  samples: Record<string, unknown>;
}

const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 8);

const rand = random(24);
const courses = Array.from({ length: COUNT }, (_, i) => variedCourse(rand, i));

/**
 * Every course scored under every scenario: course by course (each course meets the four contexts in turn),
 * or scenario by scenario (a catalogue scored for one context, then the next).
 */
function scoreAll(score: Scorer = scoreCourse, order: 'course' | 'scenario' = 'course'): { hashes: Record<string, string>; samples: Record<string, unknown> } {
  const names = Object.keys(SCENARIOS);
  const parts: Record<string, string[]> = Object.fromEntries(names.map((s) => [s, []]));
  const samples: Record<string, unknown> = {};
  const one = (name: string, i: number): void => {
    const s = SCENARIOS[name]!;
    const result = score(courses[i]!, s.policy, s.profile, s.plan, s.options);
    parts[name]![i] = hash(result);
    if (SAMPLES.includes(i)) samples[`${name}#${i}`] = JSON.parse(JSON.stringify(result));
  };
  if (order === 'course') for (let i = 0; i < COUNT; i++) for (const name of names) one(name, i);
  else for (const name of names) for (let i = 0; i < COUNT; i++) one(name, i);
  return { hashes: Object.fromEntries(Object.entries(parts).map(([s, h]) => [s, h.join('')])), samples };
}

describe('scoring gives identical results on a large generated set', () => {
  it('generates valid, varied courses', () => {
    const invalid = courses.filter((c) => !Course.safeParse(c).success);
    expect(invalid.length).toBe(0);
    expect(new Set(courses.map((c) => JSON.stringify(c))).size).toBe(COUNT);
  });

  it('matches the recorded results, course by course, with scoreCourse and with a scorer', () => {
    const now = scoreAll();
    if (process.env['CPD_RECORD_IDENTICAL']) {
      writeFileSync(SNAPSHOT, `${JSON.stringify({ courses: COUNT, hashes: now.hashes, samples: now.samples } satisfies Snapshot)}\n`);
    }
    const recorded = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Snapshot;
    expect(recorded.courses).toBe(COUNT);
    for (const name of Object.keys(SCENARIOS)) {
      const differ: number[] = [];
      for (let i = 0; i < COUNT; i++) if (now.hashes[name]!.slice(i * 8, i * 8 + 8) !== recorded.hashes[name]!.slice(i * 8, i * 8 + 8)) differ.push(i);
      expect(differ, `${name}: courses whose result changed`).toEqual([]);
    }
    expect(now.samples).toEqual(recorded.samples);
    // a scorer that keeps what it read of each course gives the same results, the first time and again
    // (course by course, each course meets another day or policy every time; scenario by scenario, what it kept is used)
    const scorer = createScorer();
    expect(scoreAll(scorer).hashes).toEqual(now.hashes);
    expect(scoreAll(scorer, 'scenario').hashes).toEqual(now.hashes);
    expect(scoreAll(scorer, 'scenario').hashes).toEqual(now.hashes);
  }, 300_000);
});
