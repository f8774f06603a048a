import type { CriterionResult } from '@cpd-lens/core';
import { outOfTen } from '../format.ts';

/** Each criterion of the policy with its score (or "unknown") and the evidence found, quoted as text. */
export function Criteria({ criteria }: { criteria: CriterionResult[] }) {
  const shown = criteria.filter((c) => c.weight > 0);
  return (
    <ul class="criteria">
      {shown.map((c) => (
        <li key={c.id} class="criterion">
          <div class="criterion-head">
            <span class="criterion-label">{c.label}</span>
            <span class={c.score === null ? 'criterion-score unknown' : 'criterion-score'}>{outOfTen(c.score)}</span>
          </div>
          {c.evidence.length > 0 && (
            <ul class="evidence">
              {c.evidence.slice(0, 4).map((e, i) => (
                <li key={i} class={e.effect === '+' ? 'for' : 'against'}>
                  <span class="sr-only">{e.effect === '+' ? 'For: ' : 'Against: '}</span>
                  <span aria-hidden="true" class="effect">
                    {e.effect === '+' ? '+' : '−'}
                  </span>{' '}
                  <q>{e.text}</q>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
