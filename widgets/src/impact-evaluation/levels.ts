import { html, nothing, type TemplateResult } from 'lit';
import type { ImpactLevel } from '@cpd-lens/core';
import type { MessageKey } from '../internal/i18n.ts';

export const RATINGS = [1, 2, 3, 4, 5] as const;

type T = (key: MessageKey, params?: Record<string, string>) => string;

export interface ScaleOptions {
  /** Radio name and id prefix (`${name}-1` … `${name}-5`). */
  name: string;
  legend: string;
  /** The words at either end of the scale. */
  low: string;
  high: string;
  value: string;
  onPick: (value: string) => void;
  error?: { id: string; text: string; prefix: string };
}

/**
 * A 1–5 scale as GOV.UK radios in a row, with words at both ends ("1 Not at all" … "5 Very much")
 * that are part of the first and last labels, so a screen reader hears them too.
 */
export function renderScale(o: ScaleOptions): TemplateResult {
  return html`<fieldset class="rating" aria-describedby=${o.error ? o.error.id : nothing}>
    <legend>${o.legend}</legend>
    ${o.error ? html`<p id=${o.error.id} class="error-message"><span class="visually-hidden">${o.error.prefix}</span> ${o.error.text}</p>` : nothing}
    <div class="scale">
      ${RATINGS.map(
        (n) => html`<span class="choice scale-point">
          <input type="radio" id="${o.name}-${n}" name=${o.name} value=${n} .checked=${o.value === String(n)} @change=${() => o.onPick(String(n))} />
          <label for="${o.name}-${n}"
            >${n}${n === 1 ? html` <span class="anchor">${o.low}</span>` : n === 5 ? html` <span class="anchor">${o.high}</span>` : nothing}</label
          >
        </span>`,
      )}
    </div>
  </fieldset>`;
}

/** The prompt for each level: the question the CPL policy's section 5.1 asks of it (Guskey's five levels). */
export function levelPrompt(t: T, level: ImpactLevel): string {
  return t(`ev.prompt.${level}` as MessageKey);
}
