import { css } from 'lit';

/**
 * Styles every widget shares. The host's own box and text settings are `!important` because a host
 * page's rules on the element itself (e.g. `* { all: unset }`, `* { font-size: 40px }`) otherwise
 * win over `:host`; inside the shadow root no host selector reaches. Sizes are in px/em, never rem,
 * since hosts set odd root font sizes. Everything themeable is a `--cpd-*` custom property.
 */
export const sharedStyles = css`
  :host {
    display: block !important;
    box-sizing: border-box !important;
    font-family: var(--cpd-font-family, system-ui, -apple-system, 'Segoe UI', Arial, sans-serif) !important;
    font-size: var(--cpd-font-size, 16px) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    line-height: 1.5 !important;
    color: var(--cpd-color-text, #0b0c0c) !important;
    background: var(--cpd-color-background, #ffffff) !important;
    text-align: start !important;
    text-transform: none !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    visibility: visible !important;
    max-width: var(--cpd-max-width, 48em);
    padding: var(--cpd-space, 16px);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4 {
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.2em;
  }
  p {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--cpd-color-link, #1d70b8);
    text-decoration: underline;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex='-1']:focus {
    outline: 3px solid var(--cpd-color-focus, #ffdd00);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--cpd-color-focus-ring, #0b0c0c);
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    box-shadow: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .field {
    margin: 0 0 1.25em;
  }
  label,
  legend {
    display: block;
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  .hint {
    display: block;
    color: var(--cpd-color-secondary-text, #484949);
    margin: 0 0 0.4em;
  }
  input[type='text'],
  input[type='email'],
  input[type='url'],
  input[type='date'],
  input[type='search'],
  input:not([type]),
  select,
  textarea {
    display: block;
    width: 100%;
    max-width: 100%;
    min-height: 2.5em;
    padding: 0.35em 0.5em;
    font: inherit;
    color: inherit;
    background: var(--cpd-color-input-background, #ffffff);
    border: 2px solid var(--cpd-color-border, #0b0c0c);
    border-radius: var(--cpd-radius, 0);
  }
  input.narrow {
    max-width: 10em;
  }
  textarea {
    min-height: 5em;
    resize: vertical;
  }
  fieldset {
    margin: 0 0 1.25em;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    font-size: 1.1em;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    margin: 0 0 0.5em;
    min-height: 28px;
  }
  .choice input {
    width: 24px;
    height: 24px;
    margin: 0.1em 0 0;
    flex: none;
    accent-color: var(--cpd-color-accent, #00703c);
  }
  .choice label {
    font-weight: 400;
    margin: 0;
  }
  button {
    display: inline-block;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    font: inherit;
    font-weight: 700;
    line-height: 1.2;
    color: var(--cpd-color-accent-text, #ffffff);
    background: var(--cpd-color-accent, #00703c);
    border: 2px solid transparent;
    border-radius: var(--cpd-radius, 0);
    box-shadow: 0 2px 0 var(--cpd-color-accent-shadow, #002d18);
    cursor: pointer;
  }
  button.secondary {
    color: var(--cpd-color-text, #0b0c0c);
    background: var(--cpd-color-secondary, #f3f2f1);
    box-shadow: 0 2px 0 #929191;
  }
  button.link {
    min-height: 24px;
    padding: 0 0.25em;
    color: var(--cpd-color-link, #1d70b8);
    background: none;
    box-shadow: none;
    text-decoration: underline;
    font-weight: 400;
  }
  button[disabled] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .error-summary {
    border: 5px solid var(--cpd-color-error, #d4351c);
    padding: 1em;
    margin: 0 0 1.5em;
  }
  .error-summary ul {
    margin: 0;
    padding: 0 0 0 1.25em;
  }
  .error-summary a {
    color: var(--cpd-color-error, #d4351c);
    font-weight: 700;
  }
  .error-message {
    display: block;
    color: var(--cpd-color-error, #d4351c);
    font-weight: 700;
    margin: 0 0 0.3em;
  }
  .has-error {
    border-left: 5px solid var(--cpd-color-error, #d4351c);
    padding-left: 0.75em;
  }
  .has-error input,
  .has-error textarea,
  .has-error select {
    border-color: var(--cpd-color-error, #d4351c);
  }
  .panel {
    border: 2px solid var(--cpd-color-border, #0b0c0c);
    padding: 1em;
    margin: 0 0 1.25em;
  }
  .notice {
    border-left: 5px solid var(--cpd-color-link, #1d70b8);
    padding: 0.5em 0.75em;
    margin: 0 0 1.25em;
    background: var(--cpd-color-secondary, #f3f2f1);
  }
  dl.figures {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0.25em 1em;
    margin: 0 0 1em;
  }
  dl.figures dt {
    font-weight: 700;
  }
  dl.figures dd {
    margin: 0;
  }
`;
