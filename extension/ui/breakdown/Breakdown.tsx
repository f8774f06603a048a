import type { ScoreResult } from '@cpd-lens/core';
import { Criteria } from './Criteria.tsx';
import { Questions } from './Questions.tsx';
import { Targets } from './Targets.tsx';
import { Value } from './Value.tsx';

/** The whole explanation of a score, in sections with headings at the given level. */
export function Breakdown({ result, level = 3 }: { result: ScoreResult; level?: 2 | 3 | 4 }) {
  const H = `h${level}` as 'h3';
  return (
    <div class="breakdown">
      <section>
        <H>Criteria</H>
        <Criteria criteria={result.criteria} />
      </section>
      <section>
        <H>Your PD targets</H>
        <Targets targets={result.targets} />
      </section>
      <section>
        <H>Questions to ask the provider</H>
        <Questions questions={result.questions} />
      </section>
      <section>
        <H>Value for money</H>
        <Value value={result.value} />
      </section>
    </div>
  );
}
