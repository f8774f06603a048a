import { css, html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from './i18n.ts';

/**
 * GOV.UK's date input (day, month and year fields, not the browser's date control) and its
 * validation, shared by the request form and the impact evaluation. The checks are pure, so they
 * are unit-tested in Node; the messages follow GOV.UK's patterns ("… must include a month",
 * "… must be a real date").
 */
export type DatePart = 'day' | 'month' | 'year';
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** A problem with one date: the message, and which of its fields to mark (the first is focused). */
export interface DateProblem {
  key: MessageKey;
  parts: DatePart[];
}

const MISSING: Record<string, MessageKey> = {
  day: 'v.date.day',
  month: 'v.date.month',
  year: 'v.date.year',
  'day,month': 'v.date.dayMonth',
  'day,year': 'v.date.dayYear',
  'month,year': 'v.date.monthYear',
};

/** Splits an ISO date (YYYY-MM-DD) into the three fields; anything else gives empty fields. */
export function partsOf(iso: string | undefined): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1]! } : { day: '', month: '', year: '' };
}

/** The ISO date the three fields make, or null when they are not a real date. */
export function isoOf(parts: DateParts): string | null {
  const [d, m, y] = [parts.day, parts.month, parts.year].map((s) => s.trim());
  if (!/^\d{1,2}$/.test(d!) || !/^\d{1,2}$/.test(m!) || !/^\d{4}$/.test(y!)) return null;
  const day = Number(d);
  const month = Number(m);
  const year = Number(y);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Checks one date input. Blank is fine when optional, else `enterKey` ("Enter the first day of the
 * course"); some fields blank: "… must include a month"; otherwise it must be a real date.
 */
export function checkDate(parts: DateParts, required: boolean, enterKey: MessageKey): DateProblem | null {
  const blank = DATE_PARTS.filter((p) => parts[p].trim() === '');
  if (blank.length === 3) return required ? { key: enterKey, parts: ['day'] } : null;
  if (blank.length) return { key: MISSING[blank.join(',')]!, parts: blank };
  return isoOf(parts) ? null : { key: 'v.date.real', parts: [...DATE_PARTS] };
}

export interface DateInputOptions {
  /** The prefix of the three fields' ids: `${id}-day`, `${id}-month`, `${id}-year`. */
  id: string;
  legend: string;
  hint: string;
  labels: Record<DatePart, string>;
  value: DateParts;
  /** The error message to show (already in words), and the fields to mark. */
  error?: { text: string; prefix: string; parts: readonly DatePart[] };
  onInput: (part: DatePart, value: string) => void;
  optional?: string;
}

/** The GOV.UK date input: a fieldset with a legend, hint, error message and three narrow numeric fields. */
export function renderDateInput(o: DateInputOptions): TemplateResult {
  const described = [`${o.id}-hint`, o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field date-group ${o.error ? 'has-error' : ''}">
    <fieldset role="group" aria-describedby=${described}>
      <legend>${o.legend}${o.optional ? html` <span class="optional">${o.optional}</span>` : nothing}</legend>
      <span id="${o.id}-hint" class="hint">${o.hint}</span>
      ${o.error ? html`<p id="${o.id}-error" class="error-message"><span class="visually-hidden">${o.error.prefix}</span> ${o.error.text}</p>` : nothing}
      <div class="date-input">
        ${DATE_PARTS.map((part) => {
          const bad = o.error?.parts.includes(part) ?? false;
          return html`<div class="date-item">
            <label for="${o.id}-${part}">${o.labels[part]}</label>
            <input
              id="${o.id}-${part}"
              name="${o.id}-${part}"
              class="date-${part} ${bad ? 'error' : ''}"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              spellcheck="false"
              .value=${o.value[part]}
              aria-invalid=${bad ? 'true' : nothing}
              @input=${(e: Event) => o.onInput(part, (e.target as HTMLInputElement).value)}
            />
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

/** Layout of the date input: the three fields side by side, sized for 2, 2 and 4 digits. */
export const dateInputStyles = css`
  .date-group fieldset {
    margin: 0;
  }
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .date-item label {
    font-weight: 400;
  }
  /* The shared text-input look, sized for 2, 2 and 4 digits. */
  .date-item input {
    width: 3.5em;
  }
  .date-item input.date-year {
    width: 5em;
  }
  .has-error .date-item input:not(.error) {
    border-color: var(--cpd-color-border, #0b0c0c);
  }
  .date-item input.error {
    border-color: var(--cpd-color-error, #d4351c);
  }
`;
