import { judgedName } from '@cpd-lens/core';
import { coreSays, criterionSays } from '../i18n/core-text.ts';
import { fill } from '../i18n/locale.ts';
import { locale, useText } from '../i18n/page.ts';
import { sidepanelText } from '../i18n/sidepanel.ts';
import type { Row } from './model.ts';

/**
 * Every weighted criterion with each course judged in words on core's one scale (strong … poor, a dash
 * for not stated), courses as numbered columns so five fit in 320 px and labels stay in full. Folded by default: the cards already say strengths and gaps.
 */
export function CriteriaMatrix({ rows }: { rows: Row[] }) {
  const t = useText(sidepanelText);
  if (!rows.length) return null;
  const criteria = rows[0]!.result.criteria.filter((c) => c.weight > 0);
  return (
    <details class="matrix">
      <summary>{t.matrixTitle}</summary>
      <p class="hint">{t.matrixIntro}</p>
      <table>
        <caption class="sr-only">{t.matrixCaption}</caption>
        <thead>
          <tr>
            <th scope="col" class="row-name">
              <span class="sr-only">{t.criterion}</span>
            </th>
            {rows.map((r, i) => (
              <th key={r.saved.id} scope="col" class="num">
                <span aria-hidden="true">{i + 1}</span>
                <span class="sr-only">{fill(t.courseN, { n: i + 1 })}: {r.saved.course.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => {
            // the default policy's names in the view's language; a school's own as written
            const name = criterionSays(c, locale.value);
            // the name on a line of its own above the judgements, so five columns of words fit 320 px;
            // the row's header (for screen readers) is the same name, hidden
            return [
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the row holds text only, nothing focusable
              <tr key={`${c.id}-name`} class="name-row" aria-hidden="true">
                <td colSpan={rows.length + 1} lang={name.lang}>
                  {name.text}
                </td>
              </tr>,
              <tr key={c.id}>
                <th scope="row" lang={name.lang} class="row-name">
                  <span class="sr-only">{name.text}</span>
                </th>
                {rows.map((r) => {
                  const score = r.result.criteria.find((x) => x.id === c.id)?.score ?? null;
                  return (
                    <td key={r.saved.id} class="num">
                      {score === null ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span class="sr-only">{t.unknownCell}</span>
                        </>
                      ) : (
                        coreSays(judgedName(score), '', locale.value)
                      )}
                    </td>
                  );
                })}
              </tr>,
            ];
          })}
        </tbody>
      </table>
    </details>
  );
}
