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
  select {
    max-width: 100%;
  }
  /* a long target's text wraps beside its Remove button instead of pushing it off a 320 px screen */
  .choice.target label {
    flex: 1 1 auto;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .choice.target button {
    flex: none;
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
  /* the step indicator, Back link and step caption (issue 22: a sense of progress) */
  .back-link {
    display: inline-block;
    position: relative;
    margin: 0 0 1em;
    padding-left: 0.9em;
  }
  .back-link::before {
    content: '';
    position: absolute;
    left: 0.15em;
    top: 0.5em;
    width: 0.4em;
    height: 0.4em;
    border: solid currentColor;
    border-width: 0 0 2px 2px;
    transform: rotate(45deg);
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 0.9em;
    list-style: none;
    margin: 0 0 1em;
    padding: 0;
    font-size: 0.875em;
  }
  .steps li {
    display: flex;
    align-items: center;
    gap: 0.35em;
  }
  .steps .n {
    display: inline-grid;
    place-items: center;
    box-sizing: border-box;
    min-width: 1.75em;
    height: 1.75em;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
  }
  .steps .current {
    font-weight: 700;
  }
  .steps .current .n,
  .steps .done .n {
    border-color: var(--cpd-color-accent, #00703c);
  }
  .steps .current .n {
    background: var(--cpd-color-accent, #00703c);
    color: var(--cpd-color-accent-text, #fff);
  }
  @media (forced-colors: active) {
    .steps .current .n {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media (max-width: 39.99em) {
    .steps .name {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  /* a step's heading takes focus so screen readers start there; a mouse user sees no box around it (GOV.UK) */
  #step-title:focus:not(:focus-visible),
  #check-title:focus:not(:focus-visible) {
    outline: none;
  }
  .caption {
    display: block;
    font-size: 0.75em;
    font-weight: 400;
    color: var(--cpd-color-secondary-text, #484949);
  }
  @media (max-width: 59.99em) {
    .layout:not(.last) .preview {
      display: none;
    }
  }
  .score-card h4 {
    font-size: 1em;
    margin: 0.75em 0 0.25em;
  }
`;
