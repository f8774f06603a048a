import { css } from 'lit';

/** Layout of the request form: questions and the score preview side by side when there is room. */
export const styles = css`
  :host {
    --cpd-max-width: 72em;
  }
  .title .school {
    font-weight: 400;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5em;
    align-items: start;
  }
  @media (min-width: 60em) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(16em, 1fr);
    }
    .preview {
      position: sticky;
      top: 1em;
    }
  }
  fieldset.all {
    margin: 0;
  }
  fieldset fieldset {
    margin-bottom: 1.5em;
  }
  .optional {
    font-weight: 400;
  }
  .hint.inline {
    display: inline;
  }
  .add-target {
    border-left: 4px solid var(--cpd-color-border-light, #b1b4b6);
    padding-left: 0.75em;
    margin-top: 0.75em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    align-items: center;
  }
  .status {
    min-height: 1.5em;
    margin: 0 0 1em;
    font-weight: 700;
  }
  .preview meter {
    width: 100%;
    height: 1em;
  }
  .score-card h4 {
    font-size: 1em;
    margin: 0.75em 0 0.25em;
  }
`;
