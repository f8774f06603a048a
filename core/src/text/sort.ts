/**
 * Sorts a short list in place, stably, as `Array.prototype.sort` with the same comparison would: an
 * insertion sort, cheaper for the handful of reasons and matches sorted for every course scored.
 */
export function sortShort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i - 1;
    while (j >= 0 && compare(list[j]!, item) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}
