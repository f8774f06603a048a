import { html, nothing, type TemplateResult } from 'lit';
import { criterionName, EN, judgedName, say, shownTotal, type ScoreResult } from '@cpd-lens/core';
import { formatDays, formatMoney } from './format.ts';
import { translate, type Locale } from './i18n.ts';

export interface ScoreCardOptions {
  /** Show each criterion and the questions for the provider (the full card), or only the headline. */
  detail: boolean;
  /** The policy's approval threshold, for "needs senior approval". */
  approvalThreshold?: number;
  /** The course's title, named in the card's heading (the request form shows its course beside the card). */
  courseTitle?: string;
  /** The heading level of the card's title. */
  headingLevel?: 2 | 3;
  /** Core's sentences in Welsh (`coreWelsh()` of scoring.ts), for a Welsh card: passed in, so this chunk never imports the entry's. */
  welsh?: Readonly<Record<string, string>>;
}

const percent = (n: number) => String(Math.round(n * 100));

/** A band's name in the widget's language (Welsh table given): the default policy's bands in Welsh, a school's own as written. */
export function bandIn(bandId: string, label: string, welsh?: Readonly<Record<string, string>>): string {
  const key = `band.${bandId}` as keyof typeof EN;
  return welsh && EN[key] === label ? say({ key }, welsh, label) : label;
}

/**
 * A score as text first: total, band and coverage in words (never colour alone), the targets it
 * serves, the value figures, and on request every criterion with its evidence and the questions.
 */
export function renderScoreCard(result: ScoreResult, locale: Locale, options: ScoreCardOptions): TemplateResult {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params);
  const v = result.value;
  const money = (n: number | null) => (n === null ? t('money.unknown') : formatMoney(n, locale, v.currency));
  const matched = result.targets.filter((m) => m.strength > 0).sort((a, b) => b.strength - a.strength);
  const title = options.courseTitle ? t('score.titleFor', { course: options.courseTitle.slice(0, 200) }) : t('score.title');
  // no number beside "Not enough information", as on the badge and every other surface
  const total = shownTotal(result);
  // core's sentences in Welsh where a message says them; stored English (marked so) from older records
  const welsh = locale === 'cy' ? (options.welsh ?? {}) : undefined;
  const said = (message: Parameters<typeof say>[0], text: string) => (welsh && message ? html`${say(message, welsh, text)}` : html`<span lang=${welsh ? 'en' : nothing}>${text}</span>`);
  const band = bandIn(result.bandId, result.band, welsh);
  return html`<div class="score-card" part="score-card">
    ${options.headingLevel === 3 ? html`<h3>${title}</h3>` : html`<h2>${title}</h2>`}
    <dl class="figures headline" part="score-figures">
      ${total === null ? nothing : html`<dt>${t('score.total')}</dt>
      <dd><span class="total" part="score-total">${t('score.outOf', { total })}</span></dd>`}
      <dt>${t('score.band')}</dt>
      <dd><span class="band band-${result.bandId}" part="score-band">${band}</span></dd>
      <dt>${t('score.coverage')}</dt>
      <dd part="score-coverage">${t('score.coverageValue', { percent: percent(result.coverage) })}</dd>
    </dl>
    ${total === null ? nothing : html`<meter class="meter" min="0" max="100" low="40" high="70" optimum="100" .value=${total} aria-hidden="true"></meter>`}
    ${result.verdict ? html`<p class="verdict" part="score-verdict">${said(result.verdictMessage, result.verdict)}</p>` : nothing}
    <h4>${t('score.targets')}</h4>
    ${matched.length
      ? html`<ul class="targets">
          ${matched.map((m) => html`<li>${m.label} — ${t('score.strength', { percent: percent(m.strength) })}</li>`)}
        </ul>`
      : html`<p>${t('score.noTargets')}</p>`}
    <h4>${t('score.value')}</h4>
    <dl class="figures">
      <dt>${t('score.fee')}</dt>
      <dd>${money(v.feePerParticipant)}</dd>
      <dt>${t('score.cover')}</dt>
      <dd>${v.coverDays === null ? t('money.unknown') : v.coverDays === 0 ? t('score.noCover') : t('score.coverDays', { days: formatDays(v.coverDays, locale), cost: money(v.coverCost) })}</dd>
      <dt>${t('score.totalCost')}</dt>
      <dd>${money(v.totalCost)}</dd>
      <dt>${t('score.perHour')}</dt>
      <dd>${money(v.costPerParticipantHour)}</dd>
      ${v.remainingBudget !== null ? html`<dt>${t('score.remaining')}</dt><dd>${money(v.remainingBudget)}</dd>` : nothing}
    </dl>
    ${v.needsApproval && options.approvalThreshold !== undefined ? html`<p class="notice">${t('score.needsApproval', { threshold: money(options.approvalThreshold) })}</p>` : nothing}
    ${options.detail
      ? html`<details part="score-criteria">
            <summary>${t('score.criteria')}</summary>
            <ul class="criteria">
              ${result.criteria.map(
                (c) => html`<li>
                  <strong>${said(criterionName(c.id, c.label), c.label)}</strong>: ${said(judgedName(c.score), EN[judgedName(c.score).key])}
                  ${c.evidence.length ? html`<ul>${c.evidence.slice(0, 2).map((e) => html`<li>${e.effect === '-' ? '− ' : ''}${said(e.message, e.text)}</li>`)}</ul>` : nothing}
                </li>`,
              )}
            </ul>
          </details>
          ${result.questions.length
            ? html`<details part="score-questions">
                <summary>${t('score.questions')}</summary>
                <ul>${result.questions.map((q) => html`<li>${said(q.message, q.question)}</li>`)}</ul>
              </details>`
            : nothing}`
      : nothing}
  </div>`;
}
