import { css } from 'lit';

export const styles = css`
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }
  .scale .choice label {
    font-weight: 700;
  }
  .rating legend {
    font-size: 1em;
  }
  .optional {
    font-weight: 400;
  }
  .status {
    min-height: 1.5em;
    font-weight: 700;
  }
  section.level h3 {
    font-size: 1.1em;
  }
`;
