import { describe, expect, it } from 'vitest';
import '@cpd-lens/core/node';
import { findTitleElement } from '../badge/locate.ts';

const doc = (body: string): Document => new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');

describe('where a catalogue badge goes', () => {
  it("takes the card's heading, not a button that carries the title for screen readers only", () => {
    const page = doc('<div class="card"><h3>Maths Mastery in Key Stage 1</h3><p>Course · Primary</p><a class="button" href="https://provider.example/cpd/maths">View course<span class="visually-hidden"> Maths Mastery in Key Stage 1</span></a></div>');
    expect(findTitleElement(page, { title: 'Maths Mastery in Key Stage 1', url: 'https://provider.example/cpd/maths' })?.tagName).toBe('H3');
  });

  it('takes a link whose text is the title when no heading is, and nothing rather than a guess', () => {
    const page = doc('<ul><li><a href="/cpd/phonics">Phonics for Year 1</a> – Thursday 4 March 2027</li></ul>');
    expect(findTitleElement(page, { title: 'Phonics for Year 1' })?.tagName).toBe('A');
    expect(findTitleElement(page, { title: 'Reading for pleasure' })).toBeNull();
  });
});
