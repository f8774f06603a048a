import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, ScoreResult } from '../../src/index.ts';
import { fixtures } from '../helpers.ts';
import { cpd } from './harness.ts';

const f = (name: string) => join(fixtures, name);
const tmp = () => mkdtemp(join(tmpdir(), 'cpd-cli-'));

describe('cpd score', () => {
  it('prints a readable table with criteria, targets, value and questions', async () => {
    const { code, stdout, stderr } = await cpd(['score', f('phonics-course.json'), '--profile', f('profile.json'), '--plan', f('plan.json')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Score \d+\/100, Strong fit\. \d+% of the policy's weight could be judged/);
    expect(stdout).toContain('Meets identified development priorities');
    expect(stdout).toContain('PD target “Improve the teaching of phonics in Year 1”');
    expect(stdout).toMatch(/Meets identified development priorities +\d+% +(strong|good|some|weak|poor|not stated)/);
    expect(stdout).toMatch(/£81\.73 per person per hour\s+of training/);
    expect(stdout).toContain('Questions to ask the provider:');
  });

  it('--json prints the documented shape', async () => {
    const { code, stdout } = await cpd(['score', f('phonics-course.json'), '--json', '--profile', f('profile.json')]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { courses: { course: { title: string }; score: unknown }[] };
    expect(out.courses).toHaveLength(1);
    expect(out.courses[0]!.course.title).toMatch(/phonics/);
    expect(check(ScoreResult, out.courses[0]!.score).ok).toBe(true);
    expect(Object.keys(out.courses[0]!.score as object)).toEqual(expect.arrayContaining(['total', 'band', 'coverage', 'criteria', 'targets', 'questions', 'value']));
  });

  it('scores a list of courses and a { courses } file', async () => {
    const dir = await tmp();
    const course = JSON.parse(await readFile(f('phonics-course.json'), 'utf8'));
    await writeFile(join(dir, 'list.json'), JSON.stringify([course, { ...course, title: 'Second' }]));
    await writeFile(join(dir, 'wrapped.json'), JSON.stringify({ courses: [course] }));
    const { code, stdout } = await cpd(['score', join(dir, 'list.json'), join(dir, 'wrapped.json'), '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { courses: unknown[] }).courses).toHaveLength(3);
  });

  it('scores an HTML page with schema.org JSON-LD', async () => {
    const dir = await tmp();
    const page = `<!doctype html><html><head><title>Shop</title><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Course', name: 'Adaptive teaching for SEND', description: 'Evidence-based, led by specialists.', provider: { '@type': 'Organization', name: 'Bright Futures CPD' }, offers: { '@type': 'Offer', price: '195', priceCurrency: 'GBP' } })}</script></head><body><h1>Adaptive teaching for SEND</h1></body></html>`;
    await writeFile(join(dir, 'page.html'), page);
    const { code, stdout, stderr } = await cpd(['score', join(dir, 'page.html'), '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { courses: { course: { title: string; price?: { amount: number } } }[] };
    expect(out.courses[0]!.course.title).toBe('Adaptive teaching for SEND');
    expect(out.courses[0]!.course.price?.amount).toBe(195);
  });

  it('fetches a URL and reports an unreachable one in one line', async () => {
    const course = await readFile(f('phonics-course.json'), 'utf8');
    const ok = await cpd(['score', 'https://provider.example/course.json', '--json'], async () => new Response(course, { headers: { 'content-type': 'application/json' } }));
    expect(ok.code).toBe(0);
    const down = await cpd(['score', 'https://nowhere.example/course']);
    expect(down).toMatchObject({ code: 2, stdout: '' });
    expect(down.stderr).toBe('https://nowhere.example/course: could not be reached (getaddrinfo ENOTFOUND)\n');
    const missing = await cpd(['score', 'https://provider.example/gone'], async () => new Response('no', { status: 404, statusText: 'Not Found' }));
    expect(missing.stderr).toBe('https://provider.example/gone: the server answered 404 Not Found\n');
  });
});

describe('bad input gets one clear message naming the file and field, exit code 2, no stack trace', () => {
  it.each([
    [['score', 'missing.json'], /^missing\.json: no such file\n$/],
    [['score', f('phonics-course.json'), '--policy', f('broken-policy.json')], /broken-policy\.json: criteria\[0\]\.weight should be a number/],
    [['score', f('phonics-course.json'), '--profile', f('plan.json')], /plan\.json: role is missing/],
    [['score', f('phonics-course.json'), '--bogus'], /Unknown option '--bogus'/],
    [['score'], /name at least one course file or URL/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['policy', 'check', f('broken-policy.json')], /criteria\[1\]\.judge should be one of/],
    [['report', '--plan', f('year/plan.json'), '--evaluations', f('year/evaluations.json'), '--out', '/no-such-folder/r.html'], /^\/no-such-folder\/r\.html: cannot be written \(ENOENT\)\n$/],
  ])('cpd %j', async (argv, message) => {
    const { code, stderr } = await cpd(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('invalid JSON names the file and the syntax error', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'bad.json'), '{ "title": "x", }');
    const { code, stderr } = await cpd(['score', join(dir, 'bad.json')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad\.json: is not valid JSON \(/);
  });

  it('an invalid course names the field', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'c.json'), JSON.stringify({ title: 'x', url: 'javascript:alert(1)' }));
    const { code, stderr } = await cpd(['score', join(dir, 'c.json')]);
    expect(code).toBe(2);
    expect(stderr).toBe(`${join(dir, 'c.json')}: url is not in the expected format\n`);
  });

  it('a policy with duplicate ids or no weights is refused with reasons', async () => {
    const dir = await tmp();
    const policy = JSON.parse((await cpd(['policy', 'default'])).stdout);
    policy.criteria[1].id = policy.criteria[0].id;
    await writeFile(join(dir, 'p.json'), JSON.stringify(policy));
    const { code, stderr } = await cpd(['policy', 'check', join(dir, 'p.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain('criteria[1].id repeats the id "priorities" of criteria[0]');
  });
});

describe('cpd policy and schema', () => {
  it('checks the default policy and shows each criterion’s share', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'p.json'), (await cpd(['policy', 'default'])).stdout);
    const { code, stdout } = await cpd(['policy', 'check', join(dir, 'p.json')]);
    expect(code).toBe(0);
    expect(stdout.replace(/\s+/g, ' ')).toMatch(/valid — “CPD Lens default policy.*”, 19 criteria, 4 bands/);
  });

  it('prints and writes JSON Schemas', async () => {
    const one = await cpd(['schema', 'policy']);
    expect(JSON.parse(one.stdout).$id).toMatch(/policy\.schema\.json$/);
    const dir = await tmp();
    const all = await cpd(['schema', '--out', dir]);
    expect(all.code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'request.schema.json'), 'utf8')).title).toBe('CPD Lens request');
  });
});
