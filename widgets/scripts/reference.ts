/** Writes dist-cdn/reference.md, the element reference, from the custom elements manifest (never by hand). */
import { readFileSync, writeFileSync } from 'node:fs';

interface Item { name: string; description?: string; type?: { text: string }; fieldName?: string; privacy?: string; static?: boolean; kind?: string }
interface Decl { kind: string; name: string; tagName?: string; summary?: string; description?: string; attributes?: Item[]; members?: Item[]; events?: Item[]; cssParts?: Item[]; cssProperties?: Item[] }

const manifest = JSON.parse(readFileSync('dist-cdn/custom-elements.json', 'utf8')) as { modules: { declarations?: Decl[] }[] };
const cell = (s = '') => s.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const table = (title: string, head: string[], rows: string[][]) =>
  rows.length ? `\n#### ${title}\n\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n${rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}\n` : '';
let out = '# CPD Lens widgets: element reference\n\nGenerated from `custom-elements.json` by `pnpm --filter @cpd-lens/widgets docs`.\n';
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    out += `\n## \`<${d.tagName}>\`\n\n${d.summary ?? ''}\n\n${d.description ?? ''}\n`;
    out += table('Attributes', ['Attribute', 'Property', 'Description'], (d.attributes ?? []).filter((a) => !a.name.startsWith('_')).map((a) => [`\`${a.name}\``, a.fieldName ? `\`${a.fieldName}\`` : '', a.description ?? '']));
    out += table('Properties', ['Property', 'Type', 'Description'], (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && m.description && !m.name.startsWith('_')).map((m) => [`\`${m.name}\``, m.type?.text ?? '', m.description ?? '']));
    out += table('Events', ['Event', 'Type', 'Description'], (d.events ?? []).filter((e) => e.name).map((e) => [`\`${e.name}\``, e.type?.text ?? '', e.description ?? '']));
    out += table('CSS parts', ['Part', 'Description'], (d.cssParts ?? []).map((p) => [`\`::part(${p.name})\``, p.description ?? '']));
    out += table('CSS custom properties', ['Property', 'Description'], (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']));
  }
}
writeFileSync('dist-cdn/reference.md', out);
