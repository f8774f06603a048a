import type { ScoreResult } from '@cpd-lens/core';
import { coreSays, englishOnly } from '../../i18n/core-text.ts';
import type { LabelMessages } from '../../i18n/label.ts';
import { locale } from '../../i18n/page.ts';

/** Questions to ask the provider about what the page does not say: core's in the view's language, a school's own as written. */
export function Questions({ questions, t }: { questions: ScoreResult['questions']; t: LabelMessages }) {
  if (!questions.length) return <p class="muted">{t.noQuestions}</p>;
  return (
    <ol class="questions">
      {questions.map((q) => (
        <li key={q.criterionId} lang={englishOnly(q.message, locale.value)}>
          {coreSays(q.message, q.question, locale.value)}
        </li>
      ))}
    </ol>
  );
}
