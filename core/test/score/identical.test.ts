import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Course, defaultPolicy, scoreCourse, type Policy, type Profile, type SchoolPlan, type ScoreOptions } from '../../src/index.ts';
import { plan } from '../helpers.ts';
import { random } from './generate.ts';
import { assistant, customPolicy, teacher, variedCourse, welshPlan } from './varied.ts';

/**
 * Scoring stays the same while it is made faster (issue 24): thousands of varied generated courses,
 * scored under four contexts, must give exactly the results recorded in identical.snapshot.json (a short
 * hash of each result's JSON, and a few results in full to show what changed). The snapshot was recorded
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

/** Every course scored under every scenario, course by course (so no scenario's scoring runs alone). */
function scoreAll(): { hashes: Record<string, string>; samples: Record<string, unknown> } {
  const parts: Record<string, string[]> = Object.fromEntries(Object.keys(SCENARIOS).map((s) => [s, []]));
  const samples: Record<string, unknown> = {};
  courses.forEach((course, i) => {
    for (const [name, s] of Object.entries(SCENARIOS)) {
      const result = scoreCourse(course, s.policy, s.profile, s.plan, s.options);
      parts[name]!.push(hash(result));
      if (SAMPLES.includes(i)) samples[`${name}#${i}`] = JSON.parse(JSON.stringify(result));
    }
  });
  return { hashes: Object.fromEntries(Object.entries(parts).map(([s, h]) => [s, h.join('')])), samples };
}

describe('scoring gives identical results on a large generated set', () => {
  it('generates valid, varied courses', () => {
    const invalid = courses.filter((c) => !Course.safeParse(c).success);
    expect(invalid.length).toBe(0);
    expect(new Set(courses.map((c) => JSON.stringify(c))).size).toBe(COUNT);
  });

  it('matches the recorded results, course by course, and again when scored a second time', () => {
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
    // scored again (any cache now warm), the results are the same
    expect(scoreAll().hashes).toEqual(now.hashes);
  }, 120_000);
});
