import type { Course } from '../model/course.ts';

/**
 * The course with the price a school booking today pays: an early-bird price replaces the fee while its
 * stated deadline has not passed. Without today, or without a stated deadline, the fee stands (the most
 * the course can cost); an expired early bird is never used.
 */
export function currentPrice(course: Course, today: string | undefined): Course {
  const price = course.price;
  if (!price || !today || !course.charges?.length) return course;
  const early = course.charges.find((c) => c.type === 'early-bird' && c.until !== undefined && c.until.slice(0, 10) >= today && c.amount < price.amount && c.currency === price.currency);
  if (!early) return course;
  const vat = early.vat && early.vat !== 'unknown' ? early.vat : price.vat;
  return { ...course, price: { ...price, amount: early.amount, vat, text: early.quote.slice(0, 200) } };
}
