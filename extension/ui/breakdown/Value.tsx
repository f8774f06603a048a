import { money, type ValueForMoney } from '@cpd-lens/core';
import { daysText } from './model.ts';
import { coreSays, englishOnly } from '../../i18n/core-text.ts';
import type { LabelMessages } from '../../i18n/label.ts';
import { locale } from '../../i18n/page.ts';

/** Value for money: fee, supply cover, full cost, cost per participant-hour and the budget share. */
export function Value({ value, t }: { value: ValueForMoney; t: LabelMessages }) {
  const c = value.currency;
  const m = (n: number | null) => (n === null ? t.unknown : money(n, c));
  const rows: [string, string][] = [
    [t.feeRow, m(value.feePerParticipant)],
    [t.coverRow, value.coverDays === null ? t.unknown : `${daysText(value.coverDays, t)}, ${m(value.coverCost)}`],
    [t.totalRow, m(value.totalCost)],
    [t.hoursRow, value.hours === null ? t.unknown : `${value.hours}`],
    [t.perHourRow, m(value.costPerParticipantHour)],
  ];
  if (value.remainingBudget !== null && value.shareOfRemainingBudget !== null) rows.push([t.budgetRow, `${Math.round(value.shareOfRemainingBudget * 100)}%`]);
  if (value.needsApproval !== null) rows.push([t.approvalRow, value.needsApproval ? t.yes : t.no]);
  return (
    <>
      <dl class="value">
        {rows.map(([k, v]) => (
          <div key={k} class="value-row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {value.notes.length > 0 && (
        <ul class="notes">
          {value.notes.map((n, i) => {
            const message = value.noteMessages?.[i];
            return (
              <li key={i} lang={englishOnly(message, locale.value)}>
                {coreSays(message, n, locale.value)}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
