import { css } from 'lit';

/** The month view's own look (month-view.ts), after the shared base: sizes in em, sides logical. */
export const monthStyles = css`
  .bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  .bar .button {
    min-inline-size: 44px;
    padding: 0.25em 0.6em;
  }
  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
    text-decoration: none;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  caption {
    font-weight: 700;
    font-size: 1.15em;
    padding-block-end: 0.25em;
  }
  th {
    font-weight: 600;
    font-size: 0.875em;
    padding: 0.25em 0;
  }
  td {
    padding: 1px;
    text-align: center;
  }
  td button {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.125em 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  td button.has {
    background: var(--mb-month-course-day, var(--_success-surface));
    font-weight: 700;
  }
  .count {
    font-size: 0.75em;
    line-height: 1.1;
  }
  td button[aria-current='date'] {
    border-width: 3px;
    border-color: var(--_text);
  }
  td button[aria-current='date'] .num {
    text-decoration: underline;
  }
  td button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  @media (forced-colors: active) {
    td button[aria-pressed='true'] {
      border-color: Highlight;
      border-width: 3px;
    }
  }
  @media (prefers-contrast: more) {
    td button[aria-pressed='true']:not(:focus-visible) {
      outline: 2px solid var(--_on-primary);
      outline-offset: -6px;
    }
  }
`;
