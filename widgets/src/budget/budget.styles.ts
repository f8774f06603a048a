import { css } from 'lit';

export const styles = css`
  figure {
    margin: 0;
  }
  svg {
    width: 100%;
    max-width: 420px;
    height: auto;
    font-size: 14px;
    font-family: inherit;
  }
  svg text {
    fill: var(--cpd-color-text, #0b0c0c);
  }
  svg text.heading {
    font-weight: 700;
  }
  rect.spent {
    fill: var(--cpd-color-spent, #0b0c0c);
  }
  rect.committed {
    fill: var(--cpd-color-committed, #1d70b8);
  }
  rect.remaining {
    fill: var(--cpd-color-remaining, #b1b4b6);
  }
  rect.objective {
    fill: var(--cpd-color-committed, #1d70b8);
  }
`;
