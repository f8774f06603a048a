import type { TargetMatch } from '@cpd-lens/core';
import { fill } from '../../i18n/locale.ts';
import type { LabelMessages } from '../../i18n/label.ts';

/** The PD targets and SDP objectives this course serves, with the words that matched. */
export function Targets({ targets, t }: { targets: TargetMatch[]; t: LabelMessages }) {
  const served = targets.filter((x) => x.strength > 0).sort((a, b) => b.strength - a.strength);
  if (!served.length) return <p class="muted">{t.noMatch}</p>;
  return (
    <ul class="targets">
      {served.map((x) => (
        <li key={`${x.kind}:${x.targetId}`}>
          <span class="target-kind">{x.kind === 'target' ? t.yourTarget : t.objective}</span> {x.label}{' '}
          <span class="muted">
            ({fill(t.match, { percent: Math.round(x.strength * 100) })}
            {x.matched.length ? `: ${x.matched.slice(0, 5).join(', ')}` : ''})
          </span>
        </li>
      ))}
    </ul>
  );
}
