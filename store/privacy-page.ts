/**
 * Makes docs/privacy.html, the privacy page both stores link to, from PRIVACY.md (the statement the tests
 * hold to the code), so the two never differ: `node store/privacy-page.ts` writes it, and
 * extension/test/privacy.test.ts fails when the committed page is stale. Only the Markdown PRIVACY.md
 * uses is understood: headings, paragraphs, lists, **bold**, *italic*, `code` and links.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One line's inline Markdown as HTML; links to files in the repository become their plain text. */
function inline(text: string): string {
  return escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_all, label: string, href: string) => (/^https:\/\//.test(href) ? `<a href="${href}">${label}</a>` : label));
}

/** The privacy page's HTML for a Markdown statement. */
export function privacyHtml(markdown: string): string {
  const body: string[] = [];
  let title = 'Privacy';
  // read through a function so TypeScript does not narrow it across close(), which clears it
  let open: { kind: 'p' | 'ul' | 'ol'; items: string[] } | null = null;
  const current = () => open;
  const close = () => {
    const block = current();
    if (!block) return;
    body.push(block.kind === 'p' ? `<p>${inline(block.items.join(' '))}</p>` : `<${block.kind}>\n${block.items.map((i) => `  <li>${inline(i)}</li>`).join('\n')}\n</${block.kind}>`);
    open = null;
  };
  const start = (kind: 'p' | 'ul' | 'ol') => {
    if (current()?.kind === kind) return current()!;
    close();
    open = { kind, items: [] };
    return open;
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    const bullet = /^- (.*)$/.exec(line);
    const numbered = /^\d+\. (.*)$/.exec(line);
    if (!line.trim()) close();
    else if (heading) {
      close();
      if (heading[1] === '#') title = heading[2]!;
      body.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`);
    } else if (bullet || numbered) start(bullet ? 'ul' : 'ol').items.push((bullet ?? numbered)![1]!);
    else {
      const block = current();
      if (block && block.kind !== 'p' && /^\s/.test(line)) block.items[block.items.length - 1] += ` ${line.trim()}`;
      else start('p').items.push(line.trim());
    }
  }
  close();
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c}code{font-size:.9em}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the page is written; GitHub Pages publishes docs/ as the project's site. */
export const privacyPagePath = join(root, 'docs/privacy.html');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(privacyPagePath, privacyHtml(readFileSync(join(root, 'PRIVACY.md'), 'utf8')));
  console.log(`wrote ${privacyPagePath}`);
}
