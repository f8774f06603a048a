import type { SchoolType } from '../model/common.ts';
import type { Course } from '../model/course.ts';

/**
 * The course with the price a school booking today pays: the rate the page states for the school's
 * kind ("Independent schools: £99 per delegate") replaces the fee stated for others, and an early-bird
 * price replaces the fee while its stated deadline has not passed. Without today, or without a stated
 * deadline, the fee stands (the most the course can cost); an expired early bird is never used.
 */
export function currentPrice(course: Course, today: string | undefined, school?: SchoolType): Course {
  const price = course.price;
  if (!price || !course.charges?.length) return course;
  const rate = school ? course.charges.find((c) => c.type === 'rate' && c.for?.includes(school) && c.currency === price.currency) : undefined;
  // a paying rate beside a free or funded price ("no charge for state-funded schools; independent schools £450") is one place's price
  const basis = rate && rate.amount > 0 && (price.basis === 'free' || price.basis === 'funded') ? 'per-participant' : price.basis;
  const base = rate ? { ...course, price: { ...price, amount: rate.amount, basis, vat: rate.vat && rate.vat !== 'unknown' ? rate.vat : price.vat, text: rate.quote.slice(0, 200) } } : course;
  if (!today) return base;
  const early = course.charges.find((c) => c.type === 'early-bird' && c.until !== undefined && c.until.slice(0, 10) >= today && c.amount < base.price!.amount && c.currency === price.currency);
  if (!early) return base;
  const vat = early.vat && early.vat !== 'unknown' ? early.vat : base.price!.vat;
  return { ...base, price: { ...base.price!, amount: early.amount, vat, text: early.quote.slice(0, 200) } };
}
