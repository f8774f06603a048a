import type { ScoreResult } from '@cpd-lens/core';

/** Questions to ask the provider about what the page does not say. */
export function Questions({ questions }: { questions: ScoreResult['questions'] }) {
  if (!questions.length) return <p class="muted">The page answers every question the policy asks.</p>;
  return (
    <ol class="questions">
      {questions.map((q) => (
        <li key={q.criterionId}>{q.question}</li>
      ))}
    </ol>
  );
}
