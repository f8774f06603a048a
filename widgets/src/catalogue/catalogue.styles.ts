import { css } from 'lit';

export const styles = css`
  :host {
    --cpd-max-width: 72em;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    gap: 0 1em;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .course {
    border-top: 2px solid var(--cpd-color-border-light, #b1b4b6);
    padding: 1em 0;
  }
  .provider {
    color: var(--cpd-color-secondary-text, #484949);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 1.5em;
  }
  .links a {
    display: inline-block;
    min-height: 24px;
    padding: 2px 0;
  }
  .request {
    font-weight: 700;
  }
`;
