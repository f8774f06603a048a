import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Course, Profile, SchoolPlan } from '../src/index.ts';

/** The folder of core's own test fixtures. */
export const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Reads a JSON fixture by file name. */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(fixtures, name), 'utf8')) as T;
}

export const phonicsCourse = (): Course => fixture<Course>('phonics-course.json');
export const profile = (): Profile => fixture<Profile>('profile.json');
export const plan = (): SchoolPlan => fixture<SchoolPlan>('plan.json');

/** A bare course: a title and nothing else the page could tell. */
export const bareCourse = (title = 'Curriculum design workshop'): Course => ({ title });
