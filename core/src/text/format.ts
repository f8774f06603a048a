const SYMBOLS: Record<string, string> = { GBP: '£', EUR: '€', USD: '$' };

/** Formats money for people, fast and locale-free: £1,250 or £92.27; "unknown" for null. */
export function money(amount: number | null | undefined, currency = 'GBP'): string {
  if (amount === null || amount === undefined) return 'unknown';
  const symbol = SYMBOLS[currency] ?? `${currency} `;
  const fixed = Number.isInteger(amount) ? amount.toString() : amount.toFixed(2);
  // most amounts are under a thousand: no separator to put in, and no pattern to run (scoring says several per course)
  const point = fixed.indexOf('.');
  if ((point < 0 ? fixed.length : point) - (amount < 0 ? 1 : 0) <= 3) return symbol + fixed;
  return symbol + fixed.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Formats a share 0..1 as a whole percentage; "unknown" for null. */
export const percent = (share: number | null | undefined): string => (share === null || share === undefined ? 'unknown' : `${Math.round(share * 100)}%`);
