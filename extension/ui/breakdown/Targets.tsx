import type { TargetMatch } from '@cpd-lens/core';
import { coreSays } from '../../i18n/core-text.ts';
import { fill } from '../../i18n/locale.ts';
import { locale } from '../../i18n/page.ts';
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
            {x.matched.length ? `: ${matchedSays(x).join(', ')}` : ''})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The matched terms in the view's language (issue 25: "ffoneg", not "phonics", in Welsh); older records keep their English words. */
function matchedSays(x: TargetMatch): string[] {
  const said = x.matchedSaid;
  if (!said || said.length !== x.matched.length) return x.matched.slice(0, 5);
  return said.slice(0, 5).map((m, i) => coreSays(m, x.matched[i]!, locale.value));
}
