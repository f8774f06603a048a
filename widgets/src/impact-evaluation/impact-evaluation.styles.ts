import { css } from 'lit';

/** The 1–5 scales with words at both ends, the levels, and GOV.UK's notification banner. */
export const styles = css`
  /* Five equal columns, radio above its number, so the scale never wraps mid-way on a phone. */
  .scale {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
    gap: 0.5em;
    max-width: 32em;
  }
  .scale .scale-point {
    flex-direction: column;
    align-items: center;
    text-align: center;
    gap: 0.25em;
  }
  .scale .choice label {
    font-weight: 700;
  }
  .scale .anchor {
    display: block;
    font-weight: 400;
    font-size: 0.9em;
    color: var(--cpd-color-secondary-text, #484949);
  }
  .rating legend {
    font-size: 1em;
  }
  .optional {
    font-weight: 400;
  }
  section.level h3 {
    font-size: 1.1em;
  }
  .notification-banner {
    border: 5px solid var(--cpd-color-link, #1d70b8);
    background: var(--cpd-color-link, #1d70b8);
    margin: 0 0 1.5em;
  }
  .notification-banner.success {
    border-color: var(--cpd-color-accent, #00703c);
    background: var(--cpd-color-accent, #00703c);
  }
  .notification-banner.error {
    border-color: var(--cpd-color-error, #d4351c);
    background: var(--cpd-color-error, #d4351c);
  }
  .banner-header {
    padding: 0.1em 0.75em 0.2em;
  }
  .banner-header h2 {
    margin: 0;
    font-size: 1em;
    color: #ffffff;
  }
  .banner-content {
    background: var(--cpd-color-background, #ffffff);
    padding: 0.75em;
  }
  .banner-heading {
    font-size: 1.2em;
    font-weight: 700;
  }
`;
