/** Money and shares are formatted by core, the same everywhere (no Intl on the badge's hot path). */
export { money, percent } from '@cpd-lens/core';

/** Only http(s) URLs may become links; anything else is shown as text or dropped. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && !parsed.username && !parsed.password ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A tone for a total (colour only: the band text always says it in words). */
export function tone(total: number, bandId: string): 'good' | 'fair' | 'poor' | 'unknown' {
  if (bandId === 'insufficient') return 'unknown';
  return total >= 55 ? 'good' : total >= 35 ? 'fair' : 'poor';
}
