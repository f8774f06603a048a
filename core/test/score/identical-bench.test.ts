import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScorer, defaultPolicy, scoreCourse, type Profile, type Scorer } from '../../src/index.ts';
import { plan } from '../helpers.ts';
import { benchStaff, generateCourse, random } from './generate.ts';

/**
 * The bench's own workload gives the same results while scoring is made faster (issue 24): the bench's
 * generated courses (its seed) under the default policy and the school plan, for the bench's three members
 * of staff and for nobody, must hash as recorded in identical-bench.snapshot.json (a sha256 per 1,000 courses
 * per member of staff, and one over everything), with scoreCourse, and with a scorer the first time and
 * again. Recorded from the engine before the speed work; a deliberate change of scoring records it again
 * with CPD_RECORD_IDENTICAL=1 and says why in its commit.
 */

const COUNT = 3000;
const BLOCK = 1000;
const SNAPSHOT = join(import.meta.dirname, 'identical-bench.snapshot.json');

const [teacher, assistant, lead] = benchStaff();
const STAFF: Record<string, Profile | undefined> = { none: undefined, teacher, assistant, lead };

/** Per member of staff: the sha256 of each block of results' JSON, then one over all of them. */
type Hashes = Record<string, string[]>;

const rand = random(2026);
const courses = Array.from({ length: COUNT }, (_, i) => generateCourse(rand, i));
const schoolPlan = plan();

function scoreAll(score: Scorer): Hashes {
  const out: Hashes = {};
  const all = createHash('sha256');
  for (const [name, profile] of Object.entries(STAFF)) {
    const blocks: string[] = [];
    for (let start = 0; start < COUNT; start += BLOCK) {
      const block = createHash('sha256');
      for (let i = start; i < start + BLOCK; i++) {
        const json = JSON.stringify(score(courses[i]!, defaultPolicy, profile, schoolPlan));
        block.update(json);
        all.update(json);
      }
      blocks.push(block.digest('hex'));
    }
    out[name] = blocks;
  }
  out['all'] = [all.digest('hex')];
  return out;
}

describe("scoring gives identical results on the bench's workload", () => {
  it('matches the recorded hashes with scoreCourse and with a scorer, the first time and again', () => {
    const now = scoreAll(scoreCourse);
    if (process.env['CPD_RECORD_IDENTICAL']) writeFileSync(SNAPSHOT, `${JSON.stringify(now, null, 1)}\n`);
    const recorded = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Hashes;
    expect(now).toEqual(recorded);
    const scorer = createScorer();
    expect(scoreAll(scorer)).toEqual(recorded);
    expect(scoreAll(scorer)).toEqual(recorded);
  }, 300_000);
});
