import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Course, ScoreResult } from '../../src/index.ts';
import { fixtures } from '../helpers.ts';
import { cpd } from './harness.ts';

const phonics = join(fixtures, 'phonics-course.json');
type Out = { courses: { course: Course; score: ScoreResult }[] };
const scored = async (...args: string[]) => {
  const r = await cpd(['score', phonics, '--json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as Out).courses[0]!;
};

describe('cpd score --set and --corrections', () => {
  it('scores the course with the corrected price, VAT and delivery, marked as corrected by staff', async () => {
    const before = await scored();
    const after = await scored('--set', 'price=95/participant', '--set', 'vat=exempt', '--set', 'delivery=online-live');
    expect(before.score.cost?.fee).not.toBe(95);
    expect(after.course.price).toMatchObject({ amount: 95, basis: 'per-participant', vat: 'exempt' });
    expect(after.course.delivery).toBe('online-live');
    expect(after.course.provenance?.price).toMatchObject({ source: 'user', confidence: 1, raw: 'Corrected by staff' });
    expect(after.course.corrections?.price).toMatchObject({ amount: 95, basis: 'per-participant', by: 'staff' });
    expect(after.score.cost?.fee).toBe(95);
  });

  it('takes a per-school price with the staff it covers, and says so in the readable report', async () => {
    const r = await cpd(['score', phonics, '--set', 'price=1250/school', '--set', 'covers=40', '--set', 'vat=excluded']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Corrected by staff: price £1,250 per school for up to 40 staff; VAT excluded.');
  });

  it('reads the same corrections from a JSON file, and --set wins over it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cpd-corr-'));
    const file = join(dir, 'corrections.json');
    await writeFile(file, JSON.stringify({ price: { amount: 200, basis: 'per-participant' }, vat: { value: 'exempt' }, status: { value: 'full' } }));
    const fromFile = await scored('--corrections', file);
    expect(fromFile.course.price?.amount).toBe(200);
    expect(fromFile.score.profile?.status).toBe('full');
    const overridden = await scored('--corrections', file, '--set', 'price=150/participant');
    expect(overridden.course.price?.amount).toBe(150);
    expect(overridden.course.corrections?.status?.value).toBe('full');
  });

  it.each([
    [['--set', 'price=lots'], /--set: price "lots" should be an amount and whom it is for/],
    [['--set', 'vat=sometimes'], /--set: vat\.value should be one of: "included", "excluded", "exempt", "unknown"/],
    [['--set', 'covers=40'], /--set: covers needs the price it belongs to/],
    [['--set', 'venue=Leeds'], /--set: venue is not a fact that can be set/],
    [['--set', 'sessions=next Tuesday'], /--set: sessions "next Tuesday" is not a date/],
  ])('refuses a bad value with an error naming the field: %j', async (args, error) => {
    const r = await cpd(['score', phonics, ...args]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(error);
  });

  it('names the field of a bad corrections file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cpd-corr-'));
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ delivery: { value: 'zoom' } }));
    const r = await cpd(['score', phonics, '--corrections', file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`${file}: delivery.value should be one of`);
  });
});
