import { html, nothing, svg, type TemplateResult } from 'lit';
import type { SchoolPlan } from '@cpd-lens/core';
import { CpdElement } from '../internal/base.ts';
import '../internal/i18n-widgets.ts'; // this widget's English text (the request form's page does without it)
import { schoolObjectives } from '@cpd-lens/core';
import { formatMoney } from '../internal/format.ts';
import { sharedStyles } from '../internal/shared.styles.ts';
import { styles } from './budget.styles.ts';

/** The budget's figures: pure sums over the plan's commitments. */
export function budgetFigures(plan: SchoolPlan): { total: number; spent: number; committed: number; remaining: number; byObjective: Map<string, number> } {
  let spent = 0;
  let committed = 0;
  const byObjective = new Map<string, number>();
  for (const c of plan.commitments) {
    if (c.status === 'spent') spent += c.amount;
    else committed += c.amount;
    const key = c.objectiveId ?? '';
    byObjective.set(key, (byObjective.get(key) ?? 0) + c.amount);
  }
  const r = (n: number) => Math.round(n * 100) / 100;
  return { total: plan.budget.total, spent: r(spent), committed: r(committed), remaining: r(plan.budget.total - spent - committed), byObjective };
}

/**
 * The INSET budget for the year: the total, what is spent, what is committed and what is still
 * available, with an SVG chart whose every bar carries its figure as text (never colour alone),
 * and the spending per School Development Plan objective. Reads the configuration's `plan`.
 *
 * @tag cpd-budget
 * @summary INSET budget, committed and spent, with a chart.
 *
 * @attr config-src - URL of the school's JSON configuration (needs `plan`).
 * @attr lang - `cy` for Welsh, `en` for English; otherwise the nearest `lang` on the page.
 * @prop {SchoolConfig} config - The school's configuration as an object.
 *
 * @csspart figures - The table of figures.
 * @csspart chart - The SVG chart.
 * @csspart config-error - The box shown when the configuration is wrong.
 *
 * @cssproperty --cpd-color-spent - Bar colour for money spent.
 * @cssproperty --cpd-color-committed - Bar colour for money committed.
 * @cssproperty --cpd-color-remaining - Bar colour for money still available.
 * @cssproperty --cpd-font-family - Font of all text.
 * @cssproperty --cpd-color-text - Text colour.
 */
export class CpdBudget extends CpdElement {
  static override styles = [sharedStyles, styles];

  override render(): TemplateResult {
    const problems = this.renderConfigProblems();
    if (problems !== nothing) return html`${problems}`;
    const plan = this._config?.plan;
    if (!plan) return html`<p class="notice">${this.t('budget.noPlan')}</p>`;
    const f = budgetFigures(plan);
    const money = (n: number) => formatMoney(n, this.locale, plan.budget.currency);
    const objectives = schoolObjectives(this._config);
    const rows = [...f.byObjective.entries()].map(([id, amount]) => {
      const o = objectives.find((x) => x.id === id);
      return { label: id ? (o ? `${o.code ? `${o.code}: ` : ''}${o.title}` : id) : this.t('budget.other'), amount };
    });
    // 360 units wide, legend stacked: at 400 px the chart is drawn near its own size (14 px text), never shrunk to 9 px
    const width = 360;
    const scale = (n: number) => (Math.max(f.total, f.spent + f.committed) > 0 ? (n / Math.max(f.total, f.spent + f.committed)) * width : 0);
    const segments = [
      { cls: 'spent', key: 'budget.spent' as const, amount: f.spent },
      { cls: 'committed', key: 'budget.committed' as const, amount: f.committed },
      { cls: 'remaining', key: 'budget.remaining' as const, amount: Math.max(f.remaining, 0) },
    ];
    let x = 0;
    const barH = 28;
    const top = 148;
    const chartH = top + rows.length * 48;
    const maxRow = Math.max(1, ...rows.map((r) => r.amount));
    return html`<h2>${this.t('budget.title', { year: plan.year })}</h2>
      <dl class="figures" part="figures">
        <dt>${this.t('budget.total')}</dt>
        <dd class="total">${money(f.total)}</dd>
        <dt>${this.t('budget.spent')}</dt>
        <dd class="spent">${money(f.spent)}</dd>
        <dt>${this.t('budget.committed')}</dt>
        <dd class="committed">${money(f.committed)}</dd>
        <dt>${this.t('budget.remaining')}</dt>
        <dd class="remaining">${money(f.remaining)}</dd>
      </dl>
      ${f.remaining < 0 ? html`<p class="notice">${this.t('budget.over', { amount: money(-f.remaining) })}</p>` : nothing}
      <figure>
        <svg part="chart" viewBox="0 0 ${width} ${chartH}" role="img" aria-labelledby="chart-title">
          <title id="chart-title">${this.t('budget.chart')}: ${segments.map((s) => `${this.t(s.key)} ${money(s.amount)}`).join(', ')}</title>
          ${segments.map((s) => {
            const w = scale(s.amount);
            const part = svg`<rect class=${s.cls} x=${x} y="0" width=${w} height=${barH}></rect>`;
            x += w;
            return part;
          })}
          ${segments.map((s, i) => svg`<rect class=${s.cls} x="0" y=${38 + i * 22} width="14" height="14"></rect><text x="20" y=${50 + i * 22}>${this.t(s.key)}: ${money(s.amount)}</text>`)}
          <text x="0" y="124" class="heading">${this.t('budget.byObjective')}</text>
          ${rows.map((r, i) => svg`<text x="0" y=${top + i * 48}>${r.label.length > 44 ? `${r.label.slice(0, 43)}…` : r.label}</text>
            <rect class="objective" x="0" y=${top + 6 + i * 48} width=${Math.max((r.amount / maxRow) * (width - 110), 2)} height="14"></rect>
            <text x=${Math.max((r.amount / maxRow) * (width - 110), 2) + 6} y=${top + 18 + i * 48}>${money(r.amount)}</text>`)}
        </svg>
      </figure>`;
  }
}
