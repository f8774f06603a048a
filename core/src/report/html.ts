import { money, percent } from '../text/format.ts';
import type { BudgetRollup } from '../budget/rollup.ts';
import { STAFF_GROUP_WORDS } from './words.ts';
import type { ImpactReport, ImpactSection } from './impact.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attributes; every interpolated string of a report goes through it. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const fmt = (n: number | null, digits = 1): string => (n === null ? '—' : n.toFixed(digits));

/**
 * A horizontal bar chart of values 0..max as inline SVG, with a title, a description and text labels.
 * Each label sits above its bar and the chart is 360 units wide, so in a 400 px window it is drawn at
 * its own size (14 px text) rather than shrunk; wider screens show it at the same size.
 */
export function barChart(title: string, bars: readonly { label: string; value: number | null }[], max: number, unit = ''): string {
  const row = 44;
  const width = 360;
  const height = bars.length * row + 6;
  const id = `chart-${title.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
  const items = bars
    .map((b, i) => {
      const y = i * row + 4;
      const w = b.value === null ? 0 : Math.max(0, Math.min(1, b.value / max)) * (width - 70);
      const label = b.label.length > 44 ? `${b.label.slice(0, 43)}…` : b.label;
      return `<text x="0" y="${y + 14}" font-size="14">${escapeHtml(label)}</text><rect x="0" y="${y + 20}" width="${w.toFixed(1)}" height="16" fill="#1d70b8"></rect><text x="${(w + 6).toFixed(1)}" y="${y + 33}" font-size="14">${b.value === null ? 'no data' : escapeHtml(`${fmt(b.value, unit === '%' ? 0 : 1)}${unit}`)}</text>`;
    })
    .join('');
  return `<figure><svg role="img" aria-labelledby="${id}-t" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title id="${id}-t">${escapeHtml(title)}</title>${items}</svg><figcaption>${escapeHtml(title)}</figcaption></figure>`;
}

function levelsTable(caption: string, s: ImpactSection): string {
  const rows = s.levels
    .map((l) => `<tr><th scope="row">${escapeHtml(l.label)}</th><td>${l.rated}</td><td>${fmt(l.mean)}</td><td>${percent(l.reached)}</td><td>${l.distribution.join(' · ')}</td></tr>`)
    .join('');
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr><th scope="col">Level</th><th scope="col">Evaluations rating this level</th><th scope="col">Mean rating (1 to 5)</th><th scope="col">Share rating it 4 or 5</th><th scope="col">Number of ratings of 1 · 2 · 3 · 4 · 5</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** A figure's row: what it is, the figure, and what it counts — so no two figures on a page can be confused. */
const figureRow = (label: string, value: string, counts: string): string => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td><td>${escapeHtml(counts)}</td></tr>`;
const figureTable = (caption: string, rows: string): string => `<table><caption>${escapeHtml(caption)}</caption><thead><tr><th scope="col">Figure</th><th scope="col">Amount</th><th scope="col">What it counts</th></tr></thead><tbody>${rows}</tbody></table>`;
const of = (n: number, all: number, noun: string): string => `${n} of the ${all} ${noun}${all === 1 ? '' : 's'}`;

function valueTable(caption: string, s: ImpactSection): string {
  const v = s.value;
  const c = v.counts;
  return figureTable(
    caption,
    figureRow('Cost of the CPD evaluated', money(v.spend), `The costs recorded on the impact evaluations (${of(c.withCost, s.evaluations, 'evaluation')} give one). Not the year’s spending: see the budget.`) +
      figureRow('Participant-hours', `${v.hours}`, `Contact hours recorded on the evaluations (${of(c.withHours, s.evaluations, 'evaluation')} give them).`) +
      figureRow('Cost per person per hour of training', money(v.costPerParticipantHour), `Cost ÷ hours over the ${c.costed} evaluation${c.costed === 1 ? '' : 's'} giving both.`) +
      figureRow('Value-for-money rating', v.meanValueRating === null ? 'no ratings' : `${fmt(v.meanValueRating)} out of 5`, `Mean of ${c.valueRated} rating${c.valueRated === 1 ? '' : 's'} by participants (1 to 5).`),
  );
}

function budgetSection(b: BudgetRollup, evaluatedSpend: number): string {
  const m = (n: number | null) => money(n, b.currency);
  const totals = figureTable(
    'The INSET budget',
    figureRow('INSET budget', b.entered === false ? 'not entered' : m(b.total), b.entered === false ? 'No INSET budget entered in the school plan: no budget check.' : 'The year’s CPD budget in the school plan.') +
      figureRow('Spent', m(b.spent), 'All CPD paid for this year: completed requests and spending recorded in the plan, evaluated or not.') +
      figureRow('Committed', m(b.committed), 'Approved or booked, not yet paid.') +
      figureRow('Remaining', b.entered === false ? '—' : m(b.remaining), 'Budget less spent and committed.') +
      figureRow('Requested', m(b.pending), 'Asked for, not yet approved; not taken off Remaining.'),
  );
  const note = `<p>The ${escapeHtml(m(b.spent))} spent counts all CPD paid for this year; the ${escapeHtml(m(evaluatedSpend))} in “Value for money” counts only the CPD that has an impact evaluation.</p>`;
  const access = `<table><caption>Who gets CPD</caption><thead><tr><th scope="col">Staff group</th><th scope="col">Staff in the group</th><th scope="col">Staff with CPD this year</th><th scope="col">Share with CPD</th><th scope="col">Spent or committed per member of staff</th></tr></thead><tbody>${b.access.map((a) => `<tr><th scope="row">${escapeHtml(STAFF_GROUP_WORDS[a.group])}</th><td>${a.staff ?? 'not given'}</td><td>${a.withCpd}</td><td>${percent(a.share)}</td><td>${escapeHtml(m(a.spendPerHead))}</td></tr>`).join('')}</tbody></table>
<p>Staff with CPD: those with an approved, booked or completed request this year.</p>`;
  return `<section><h2>Budget and equality of access</h2>${totals}${note}${access}
${barChart('Share of each staff group with CPD this year', b.access.map((a) => ({ label: STAFF_GROUP_WORDS[a.group], value: a.share === null ? null : a.share * 100 })), 100, '%')}</section>`;
}

/** Who the evaluations come from, by staff group; an empty year says so rather than "from 0 members of staff ()". */
function participation(report: ImpactReport): string {
  if (!report.evaluations) return 'No impact evaluations have been received yet.';
  const groups = report.byGroup.map((g) => `${escapeHtml(g.group ? STAFF_GROUP_WORDS[g.group] : 'group not given')}: ${g.evaluations}`).join(', ');
  return `${report.evaluations} impact evaluation${report.evaluations === 1 ? '' : 's'} from ${report.staff} member${report.staff === 1 ? '' : 's'} of staff (${groups}).`;
}

/** A standalone, printable HTML report for governors: no scripts, inline styles, accessible tables and charts. */
export function renderImpactReportHtml(report: ImpactReport, meta: { school: string; year: string; budget?: BudgetRollup }): string {
  const title = `CPD impact report ${meta.year}: ${meta.school}`;
  const budget = meta.budget ? budgetSection(meta.budget, report.value.spend) : '';
  const objectives = report.byObjective
    .map((o) => `<section><h3>${escapeHtml(o.title)}</h3><p>${o.evaluations} evaluation${o.evaluations === 1 ? '' : 's'} from ${o.staff} member${o.staff === 1 ? '' : 's'} of staff.</p>${o.evaluations ? levelsTable(`Five levels: ${o.title}`, o) + valueTable(`Value for money: ${o.title}`, o) : ''}</section>`)
    .join('');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 Arial,Helvetica,sans-serif;color:#0b0c0c;max-width:60rem;margin:2rem auto;padding:0 1rem}h1,h2,h3{line-height:1.2}table{border-collapse:collapse;width:100%;margin:1rem 0}caption{text-align:left;font-weight:bold;padding:.25rem 0}th,td{border:1px solid #b1b4b6;padding:.35rem .5rem;text-align:left}figure{margin:1rem 0}figcaption{font-size:.9rem;color:#505a5f}svg{max-width:100%;height:auto}th,td{overflow-wrap:anywhere}@media (max-width:40rem){body{margin:1rem auto;padding:0 .5rem;font-size:15px}th,td{padding:.25rem .3rem}table{font-size:14px}}@media print{body{margin:0;max-width:none}section{break-inside:avoid}}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>
<p>For the governing body: what the professional development staff took this year gave, at five levels from how they found it to what changed for pupils, with value for money.</p>
<section><h2>Participation</h2><p>${participation(report)}</p></section>
<section><h2>The five levels</h2>${levelsTable('Five levels: all CPD this year', report)}
${barChart('Mean rating at each level (out of 5)', report.levels.map((l) => ({ label: l.label, value: l.mean })), 5)}</section>
<section><h2>Value for money</h2>${valueTable('Value for money: all CPD evaluated this year', report)}</section>
${budget}
<section><h2>By School Development Plan objective</h2>${objectives}
${barChart('Use in practice by SDP objective (mean out of 5)', report.byObjective.map((o) => ({ label: o.title, value: o.levels.find((l) => l.level === 'use')?.mean ?? null })), 5)}</section>
</main></body></html>
`;
}
