import '@cpd-lens/core/node';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coursesInHtml, isOffscreenRead } from '../offscreen/read.ts';

const fixture = readFileSync(new URL('../../tests/fixtures/extension/course.html', import.meta.url), 'utf8');
const read = { target: 'cpd-lens-offscreen', type: 'read-html', html: '<p></p>', url: 'https://provider.example/', context: 'provider' };

describe('reading a page in the extension', () => {
  it('finds the course in a page’s HTML, as the badge used to in the page', () => {
    const [course, ...rest] = coursesInHtml(fixture, 'https://provider.example/course', 'provider');
    expect(rest).toEqual([]);
    expect(course).toMatchObject({ title: 'Metacognition in the Primary Classroom' });
    expect(course!.sessions?.length).toBe(3);
  });

  it('answers an empty list for broken or hostile HTML, never an exception', () => {
    expect(coursesInHtml('<scr<script>ipt>alert(1)</script><img src=x onerror=alert(1)>', 'https://provider.example/', 'asked')).toEqual([]);
    expect(coursesInHtml('', 'not a url', 'provider')).toEqual([]);
  });

  it.each([
    ['another target', { ...read, target: 'someone-else' }],
    ['a context it does not know', { ...read, context: 'trusted' }],
    ['HTML that is not text', { ...read, html: 42 }],
    ['null', null],
  ])('the offscreen document ignores %s', (_, message) => {
    expect(isOffscreenRead(message)).toBe(false);
  });

  it('the offscreen document takes a well-formed read request', () => {
    expect(isOffscreenRead(read)).toBe(true);
  });
});
