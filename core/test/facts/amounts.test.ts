import { describe, expect, it } from 'vitest';
import { chooseFee, readAmounts, readParts } from '../../src/facts/index.ts';
import { lines, partsOf } from './parts.ts';

const types = (html: string): string[] => readAmounts(partsOf(html)).map((a) => `${a.type}:${a.price.amount}`);

describe('amounts typed by their context', () => {
  it('a charge, an add-on, travel, a deposit and a sum in prose are never the fee', () => {
    expect(types('<p>Cost: £225 per delegate.</p><p>A £75 non-attendance charge applies.</p><p>An optional follow-up session is £450.</p><p>Travel expenses of £60 are added.</p><p>A deposit of £300 secures your place.</p><p>The government has committed over £100m of investment.</p>'))
      .toEqual(['fee:225', 'penalty:75', 'add-on:450', 'travel:60', 'deposit:300', 'prose:100']);
  });

  it('reads an amount under a Cancellation heading as a charge, and under Related courses as another course', () => {
    expect(types('<h2>Cancellations</h2><p>Late cancellations are charged £50.</p><h2>Related courses</h2><ul><li>Phonics day – £199</li></ul>')).toEqual(['penalty:50', 'other-course:199']);
  });

  it('tells member, concession and early-bird prices from the fee, and keeps the early bird’s deadline', () => {
    const a = readAmounts(lines('Price: SEA members £185 · Non-members £245', 'Trainees £30', 'Early bird £380 + VAT until 30 November 2026', 'Additional colleagues from the same school: £150 each'));
    expect(a.map((x) => x.type)).toEqual(['member', 'fee', 'concession', 'early-bird', 'concession']);
    expect(chooseFee(a)?.price.amount).toBe(245);
    expect(a[3]!.until).toBe('30 November 2026');
  });

  it('keeps a per-school price with its cap and reads the basis said before it', () => {
    const facts = readParts(lines('Price: £1,250 per school (up to 40 staff), plus travel', 'Whole-school licence £650 + VAT per year'));
    expect(facts.price).toMatchObject({ amount: 1250, basis: 'per-school', covers: 40 });
    expect(readAmounts(lines('Whole-school licence £650 + VAT per year'))[0]!.price.basis).toBe('per-school');
    expect(readParts(lines('£240 per school, which allows up to three teachers to attend')).price?.covers).toBe(3);
  });

  it('takes VAT stated elsewhere in the block when the fee’s own line says nothing, and keeps unknown otherwise', () => {
    expect(readParts(lines('Fee: £245', 'All prices include VAT.')).price?.vat).toBe('included');
    expect(readParts(lines('Fee: £79 per delegate', 'Our training is not subject to VAT.')).price?.vat).toBe('exempt');
    expect(readParts(lines('Fee: £79 per delegate')).price?.vat).toBe('unknown');
  });
});
