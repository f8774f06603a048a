import type { ScoreResult } from '@cpd-lens/core';
import type { LabelMessages } from '../../i18n/label.ts';

/** Questions to ask the provider about what the page does not say. */
export function Questions({ questions, t }: { questions: ScoreResult['questions']; t: LabelMessages }) {
  if (!questions.length) return <p class="muted">{t.noQuestions}</p>;
  return (
    <ol class="questions">
      {questions.map((q) => (
        <li key={q.criterionId}>{q.question}</li>
      ))}
    </ol>
  );
}
