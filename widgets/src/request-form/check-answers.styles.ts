import { css } from 'lit';

/** The summary list: label, answer and Change link in a row when there is room, stacked on a phone */
export const checkAnswersStyles = css`
  .summary-list {
    margin: 0 0 2em;
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    border-bottom: 1px solid var(--cpd-color-border-light, #b1b4b6);
    padding: 0.5em 0;
  }
  .summary-row dt {
    font-weight: 700;
  }
  .summary-row dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .summary-row ul {
    margin: 0;
    padding-left: 1.25em;
  }
  @media (min-width: 40em) {
    .summary-row {
      grid-template-columns: 30% minmax(0, 1fr) auto;
      gap: 1em;
    }
    .summary-actions {
      text-align: end;
    }
  }
`;
