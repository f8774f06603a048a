import type { TargetMatch } from '@cpd-lens/core';
import { percent } from '../format.ts';

/** The PD targets and SDP objectives this course serves, with the words that matched. */
export function Targets({ targets }: { targets: TargetMatch[] }) {
  const served = targets.filter((t) => t.strength > 0).sort((a, b) => b.strength - a.strength);
  if (!served.length) return <p class="muted">None of your PD targets or school objectives is mentioned on this page.</p>;
  return (
    <ul class="targets">
      {served.map((t) => (
        <li key={`${t.kind}:${t.targetId}`}>
          <span class="target-kind">{t.kind === 'target' ? 'Your target' : 'School objective'}:</span> {t.label}{' '}
          <span class="muted">
            ({percent(t.strength)} match{t.matched.length ? `: ${t.matched.slice(0, 5).join(', ')}` : ''})
          </span>
        </li>
      ))}
    </ul>
  );
}
