import { describe, expect, it } from 'vitest';
import { applyRule, fillTemplate } from '../../src/index.ts';

describe('the one interpolator of the views’ tables', () => {
  it('fills names as text, keeps unknown ones, and never reads inherited keys', () => {
    expect(fillTemplate('Hello {name}, <b>{x}</b> {missing}', { name: '<i>Sam</i>', x: 2 })).toBe('Hello <i>Sam</i>, <b>2</b> {missing}');
    expect(fillTemplate('{toString} {constructor}', {})).toBe('{toString} {constructor}');
    expect(fillTemplate('no values {a}', undefined)).toBe('no values {a}');
  });

  it('applies a Welsh rule when given one, else fills plainly', () => {
    expect(fillTemplate('{days|n:diwrnod}', { days: 2 }, applyRule)).toBe('2 ddiwrnod');
    expect(fillTemplate('{days|n:diwrnod}', { days: 2 })).toBe('2');
  });
});
