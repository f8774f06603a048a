/**
 * Lenient JSON for JSON-LD blocks, in one linear pass (issue 10: the old regex repair backtracked and a
 * crafted 180 KB block took a minute). Outside strings it drops `//` and `/* *\/` comments, HTML comment
 * markers and trailing commas; inside strings it turns raw control characters into spaces; an
 * unterminated string, comment or bracket at the end is closed. The result is handed to JSON.parse.
 */
export function repairJson(text: string): string {
  const out: string[] = [];
  let chunk = 0;
  let inString = false;
  const closers: string[] = [];
  const n = text.length;
  let i = 0;
  // A pending comma is held back until the next significant character shows it is not trailing.
  let comma = false;
  const flush = (to: number): void => {
    if (to > chunk) out.push(text.slice(chunk, to));
    chunk = to;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) { i += 2; continue; } // backslash escape
      if (c === 0x22) { inString = false; i++; continue; }
      if (c < 0x20) { flush(i); out.push(' '); chunk = ++i; continue; }
      i++;
      continue;
    }
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) { i++; continue; }
    if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) { // line comment
      flush(i);
      let j = i + 2;
      while (j < n && text.charCodeAt(j) !== 0x0a) j++;
      chunk = i = j;
      continue;
    }
    if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) { // block comment
      flush(i);
      const end = text.indexOf('*/', i + 2);
      chunk = i = end < 0 ? n : end + 2;
      continue;
    }
    if (c === 0x3c && text.startsWith('<!--', i)) { flush(i); chunk = i = i + 4; continue; }
    if (c === 0x2d && text.startsWith('-->', i)) { flush(i); chunk = i = i + 3; continue; }
    if (c < 0x20) { flush(i); out.push(' '); chunk = ++i; continue; }
    if (comma) {
      // drop the held comma before a closing bracket, keep it otherwise
      if (c !== 0x5d && c !== 0x7d) out.push(',');
      comma = false;
    }
    if (c === 0x2c) { flush(i); comma = true; chunk = ++i; continue; }
    if (c === 0x22) inString = true;
    else if (c === 0x7b) closers.push('}');
    else if (c === 0x5b) closers.push(']');
    else if ((c === 0x7d || c === 0x5d) && closers.length) closers.pop();
    i++;
  }
  flush(n);
  if (inString) {
    // an escape cut in half at the end (i ran past n) would swallow the closing quote
    out.push(i > n ? '\\"' : '"');
  }
  if (closers.length) out.push(closers.reverse().join(''));
  return out.join('');
}
