import type { ValueForMoney } from '@cpd-lens/core';
import { money, percent } from '../format.ts';

/** Value for money: fee, supply cover, full cost, cost per participant-hour and the budget share. */
export function Value({ value }: { value: ValueForMoney }) {
  const c = value.currency;
  const rows: [string, string][] = [
    ['Fee per participant', money(value.feePerParticipant, c)],
    ['Supply cover', value.coverDays === null ? 'unknown' : `${value.coverDays} day${value.coverDays === 1 ? '' : 's'}, ${money(value.coverCost, c)}`],
    ['Full cost', money(value.totalCost, c)],
    ['Contact hours', value.hours === null ? 'unknown' : `${value.hours}`],
    ['Cost per participant-hour', money(value.costPerParticipantHour, c)],
  ];
  if (value.remainingBudget !== null) rows.push(['Share of remaining budget', percent(value.shareOfRemainingBudget)]);
  if (value.needsApproval !== null) rows.push(['Needs senior approval', value.needsApproval ? 'Yes' : 'No']);
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
          {value.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </>
  );
}
