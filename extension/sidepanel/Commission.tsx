import { money, percent } from '../ui/format.ts';
import { commissioning, compare } from './model.ts';

/** Commissioning check: the saved courses as options for a cohort, with core's recommendation, reasons and caveats. */
export function Commission() {
  const result = commissioning.value;
  return (
    <section aria-labelledby="commission-title">
      <h2 id="commission-title">Commissioning check</h2>
      <p>
        <label for="cohort">Staff taking part</label>{' '}
        <input id="cohort" type="number" inputMode="numeric" min={1} max={10000} value={compare.cohort.value} onInput={(e) => (compare.cohort.value = e.currentTarget.value)} aria-describedby="cohort-hint" />
        <span id="cohort-hint" class="muted">
          {' '}
          Compares every saved course as an option for this many staff.
        </span>
      </p>
      {result && (
        <>
          <table>
            <caption class="sr-only">Options for {result.cohort} staff</caption>
            <thead>
              <tr>
                <th scope="col">Option</th>
                <th scope="col">Score</th>
                <th scope="col">Known</th>
                <th scope="col">Per participant</th>
                <th scope="col">Per hour</th>
                <th scope="col">For {result.cohort} staff</th>
              </tr>
            </thead>
            <tbody>
              {result.options.map((o, i) => (
                <tr key={i} aria-current={result.recommendation.option === i ? 'true' : undefined}>
                  <th scope="row">
                    {i + 1}. {o.course.title}
                  </th>
                  <td>{o.score.total}</td>
                  <td>{percent(o.score.coverage)}</td>
                  <td>{money(o.pricePerParticipant)}</td>
                  <td>{money(o.costPerParticipantHour)}</td>
                  <td>{money(o.cohortCost)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="recommendation">
            <strong>
              {result.recommendation.option === null ? 'No option can be recommended yet.' : `Recommended: option ${result.recommendation.option + 1}, ${result.options[result.recommendation.option]!.course.title}.`}
            </strong>
          </p>
          <ul>
            {result.recommendation.option !== null && result.recommendation.reasons.map((r) => <li key={r}>{r}</li>)}
            {result.recommendation.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
