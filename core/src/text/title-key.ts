/** A key for comparing titles: lower case letters and digits only. */
export function titleKey(s: string): string {
  return s.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, ' ').trim();
}
