import { css } from 'lit';

export const styles = css`
  :host {
    border: 2px solid var(--cpd-color-border, #0b0c0c);
  }
  meter {
    width: 100%;
    height: 1em;
  }
  h4 {
    font-size: 1em;
    margin: 0.75em 0 0.25em;
  }
  details {
    margin: 0 0 0.75em;
  }
  summary {
    cursor: pointer;
    color: var(--cpd-color-link, #1d70b8);
    text-decoration: underline;
    min-height: 24px;
  }
`;
