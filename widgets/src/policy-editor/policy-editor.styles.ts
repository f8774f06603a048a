import { css } from 'lit';

export const styles = css`
  .block {
    margin: 0 0 2em;
    padding: 0 0 1em;
    border-bottom: 1px solid var(--cpd-color-border-light, #b1b4b6);
  }
  .section-title {
    font-size: 1.25em;
    margin: 0 0 0.5em;
  }
  table.criteria {
    width: 100%;
    border-collapse: collapse;
    margin: 0 0 1em;
  }
  table.criteria th,
  table.criteria td {
    text-align: left;
    vertical-align: top;
    padding: 0.5em 0.5em 0.5em 0;
    border-bottom: 1px solid var(--cpd-color-border-light, #b1b4b6);
  }
  table.criteria th[scope='row'] {
    font-weight: 400;
  }
  /* four columns must fit 320 px, in Welsh too: narrow figures, headings that wrap */
  table.criteria .num {
    width: 4em;
  }
  table.criteria thead th {
    font-size: 0.8125em;
  }
  table.criteria .num {
    padding-right: 0.25em;
  }
  table.criteria .share {
    display: block;
    margin-top: 0.2em;
    font-size: 0.875em;
    color: var(--cpd-color-secondary-text, #484949);
  }
  table.criteria input[type='checkbox'] {
    width: 24px;
    height: 24px;
    margin: 0.1em 0 0;
    accent-color: var(--cpd-color-accent, #00703c);
  }
  table.criteria input.weight {
    width: 3.5em;
    max-width: 100%;
  }
  tr.off th {
    color: var(--cpd-color-secondary-text, #484949);
    text-decoration: line-through;
  }
  input[aria-invalid='true'] {
    border-color: var(--cpd-color-error, #d4351c);
  }
  .block > button {
    margin: 0 0 1.25em;
  }
  fieldset.band {
    border-left: 4px solid var(--cpd-color-border-light, #b1b4b6);
    padding: 0 0 0 0.75em;
  }
  .band-fields {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    gap: 0 1em;
  }
  .band-fields .field {
    margin: 0 0 0.5em;
  }
  @media (max-width: 30em) {
    .band-fields {
      grid-template-columns: 1fr;
    }
  }
  .phases {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    gap: 0 1em;
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }
  .condition {
    margin: 0 0 0.75em;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 0 0 1em;
  }
  .status.bad {
    color: var(--cpd-color-error, #d4351c);
    font-weight: 700;
  }
  details summary {
    cursor: pointer;
    color: var(--cpd-color-link, #1d70b8);
    text-decoration: underline;
  }
`;
