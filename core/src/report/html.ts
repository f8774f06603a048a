import { money, percent } from '../text/format.ts';
import type { BudgetRollup } from '../budget/rollup.ts';
import type { ImpactReport, ImpactSection } from './impact.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attributes; every interpolated string of a report goes through it. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const fmt = (n: number | null, digits = 1): string => (n === null ? '—' : n.toFixed(digits));

/** A horizontal bar chart of values 0..max as inline SVG, with a title, a description and text labels. */
export function barChart(title: string, bars: readonly { label: string; value: number | null }[], max: number, unit = ''): string {
  const row = 28;
  const width = 560;
  const labelWidth = 240;
  const height = bars.length * row + 10;
  const id = `chart-${title.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
  const items = bars
    .map((b, i) => {
      const y = i * row + 5;
      const w = b.value === null ? 0 : Math.max(0, Math.min(1, b.value / max)) * (width - labelWidth - 70);
      const label = b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label;
      return `<text x="0" y="${y + 17}" font-size="13">${escapeHtml(label)}</text><rect x="${labelWidth}" y="${y + 4}" width="${w.toFixed(1)}" height="18" fill="#1d70b8"></rect><text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 17}" font-size="13">${b.value === null ? 'no data' : escapeHtml(`${fmt(b.value)}${unit}`)}</text>`;
    })
    .join('');
  return `<figure><svg role="img" aria-labelledby="${id}-t" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title id="${id}-t">${escapeHtml(title)}</title>${items}</svg><figcaption>${escapeHtml(title)}</figcaption></figure>`;
}

function levelsTable(caption: string, s: ImpactSection): string {
  const rows = s.levels
    .map((l) => `<tr><th scope="row">${escapeHtml(l.label)}</th><td>${l.rated}</td><td>${fmt(l.mean)}</td><td>${percent(l.reached)}</td><td>${l.distribution.join(' · ')}</td></tr>`)
    .join('');
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr><th scope="col">Level (CPL policy 5.1)</th><th scope="col">Rated</th><th scope="col">Mean (1–5)</th><th scope="col">Rated 4 or 5</th><th scope="col">Ratings 1 · 2 · 3 · 4 · 5</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function valueLine(s: ImpactSection): string {
  const v = s.value;
  return `<p>Spend ${escapeHtml(money(v.spend))} over ${escapeHtml(v.hours)} participant-hours: ${escapeHtml(money(v.costPerParticipantHour))} per participant-hour. Mean value-for-money rating ${escapeHtml(fmt(v.meanValueRating))} out of 5.</p>`;
}

/** A standalone, printable HTML report for governors: no scripts, inline styles, accessible tables and charts. */
export function renderImpactReportHtml(report: ImpactReport, meta: { school: string; year: string; budget?: BudgetRollup }): string {
  const title = `CPD impact report ${meta.year}: ${meta.school}`;
  const b = meta.budget;
  const budget = b
    ? `<section><h2>Budget and equality of access</h2><p>INSET budget ${escapeHtml(money(b.total, b.currency))}: ${escapeHtml(money(b.spent, b.currency))} spent, ${escapeHtml(money(b.committed, b.currency))} committed, ${escapeHtml(money(b.remaining, b.currency))} remaining (${escapeHtml(money(b.pending, b.currency))} more requested).</p>
<table><caption>Who gets CPD</caption><thead><tr><th scope="col">Staff group</th><th scope="col">Staff</th><th scope="col">With CPD</th><th scope="col">Share</th><th scope="col">Spend per head</th></tr></thead><tbody>${b.access.map((a) => `<tr><th scope="row">${escapeHtml(a.group)}</th><td>${a.staff ?? '—'}</td><td>${a.withCpd}</td><td>${percent(a.share)}</td><td>${escapeHtml(money(a.spendPerHead, b.currency))}</td></tr>`).join('')}</tbody></table>
${barChart('Share of each staff group with CPD this year', b.access.map((a) => ({ label: a.group, value: a.share === null ? null : a.share * 100 })), 100, '%')}</section>`
    : '';
  const objectives = report.byObjective
    .map((o) => `<section><h3>${escapeHtml(o.title)}</h3><p>${o.evaluations} evaluation${o.evaluations === 1 ? '' : 's'} from ${o.staff} member${o.staff === 1 ? '' : 's'} of staff.</p>${o.evaluations ? levelsTable(`Five levels: ${o.title}`, o) + valueLine(o) : ''}</section>`)
    .join('');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 Arial,Helvetica,sans-serif;color:#0b0c0c;max-width:60rem;margin:2rem auto;padding:0 1rem}h1,h2,h3{line-height:1.2}table{border-collapse:collapse;width:100%;margin:1rem 0}caption{text-align:left;font-weight:bold;padding:.25rem 0}th,td{border:1px solid #b1b4b6;padding:.35rem .5rem;text-align:left}figure{margin:1rem 0}figcaption{font-size:.9rem;color:#505a5f}@media print{body{margin:0;max-width:none}section{break-inside:avoid}}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>
<p>For the governing body, as the CPL policy's section 5.1 asks: the benefits of CPL undertaken, at each of the five levels, with value for money.</p>
<section><h2>Participation</h2><p>${report.evaluations} impact evaluation${report.evaluations === 1 ? '' : 's'} from ${report.staff} member${report.staff === 1 ? '' : 's'} of staff (${report.byGroup.map((g) => `${escapeHtml(g.group ?? 'group not given')}: ${g.evaluations}`).join(', ')}).</p></section>
<section><h2>The five levels</h2>${levelsTable('Five levels: all CPD this year', report)}
${barChart('Mean rating at each level (out of 5)', report.levels.map((l) => ({ label: l.label, value: l.mean })), 5)}</section>
<section><h2>Value for money</h2>${valueLine(report)}</section>
${budget}
<section><h2>By School Development Plan objective</h2>${objectives}
${barChart('Use in practice by SDP objective (mean out of 5)', report.byObjective.map((o) => ({ label: o.title, value: o.levels.find((l) => l.level === 'use')?.mean ?? null })), 5)}</section>
</main></body></html>
`;
}
