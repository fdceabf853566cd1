import { css } from 'lit';

/** The explainer's own look, after the shared base (core/theme.ts): sizes in em of its root, sides logical.
 * The table scrolls with `overflow-x`: Chromium and WebKit do not know `overflow-inline` yet. The filter's select
 * is 100% wide (up to 40em) rather than as wide as its longest option: a percentage width adds nothing to the
 * page's min-content width, so a long model name never widens a host's grid column. While custom data loads, the
 * explainer holds the height medborger.css reserved for it (--mb-reserve).
 */
export const styles = css`
  :host {
    --_scale: var(--mb-model-explainer-scale-color, var(--_primary));
    --_column: var(--mb-model-explainer-column-width, 11em);
  }
  .pending {
    min-block-size: var(--mb-reserve, auto);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin-block: 1.5em 0.5em;
    margin-inline: 0;
    line-height: 1.25;
  }
  section:first-of-type > :first-child {
    margin-block-start: 0;
  }
  p {
    margin-block: 0 0.75em;
    margin-inline: 0;
  }
  .scale-note,
  .meta,
  .level,
  .original,
  .none,
  .hint,
  .scroll-hint {
    color: var(--_muted);
  }
  .meta {
    font-size: 0.9em;
  }

  /* The scale: the models as tabs, from no collaboration to the most. */
  .scale-ends {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    margin-block: 0 0.25em;
    margin-inline: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .scale-ends span:last-child {
    text-align: end;
  }
  [role='tablist'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    gap: 0.5em;
  }
  [role='tab'] {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25em;
    min-block-size: 44px;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-block-end-width: 4px;
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    text-align: start;
    cursor: pointer;
    transition: background-color 0.15s ease;
  }
  [role='tab']:hover {
    background: var(--_surface-alt);
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--_primary);
    background: var(--_surface-alt);
  }
  .tab-number,
  .col-number {
    display: block;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .tab-name,
  .col-name {
    display: block;
    font-weight: 600;
  }
  [role='tab'][aria-selected='true'] .tab-name {
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }
  .tab-level {
    font-size: 0.85em;
  }
  .scale {
    display: flex;
    gap: 2px;
    inline-size: 100%;
    margin-block-start: auto;
  }
  .scale span {
    flex: 1;
    block-size: 6px;
    border: 1px solid var(--_border);
  }
  .scale span.on {
    background: var(--_scale);
    border-color: var(--_scale);
  }
  [role='tabpanel'] {
    padding: 1em;
    border: 1px solid var(--_border);
    border-block-start: 0;
    border-end-start-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  [role='tabpanel'] > :first-child {
    margin-block-start: 0;
  }
  .competences {
    margin-block: 0 0.75em;
    margin-inline: 0;
    padding-inline-start: 1.25em;
  }
  .competences li {
    margin-block-end: 0.4em;
  }
  .competence-label {
    font-weight: 600;
  }
  .competence-detail {
    display: block;
  }
  blockquote.note {
    margin-block: 0 0.75em;
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 4px solid var(--_border);
    font-style: italic;
  }

  /* The comparison table: hidden on screen in the interactive view, always shown in print. */
  .interactive + .table-view {
    display: none;
  }
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    /* Equal model columns that fill the width, never narrower than --mb-model-explainer-column-width: below that
       the table scrolls inside its region. --_models is set from the number of models. */
    table-layout: fixed;
    inline-size: max(100%, calc(10em + var(--_models, 5) * var(--_column)));
    font-size: 0.9375em;
    border-collapse: collapse;
    /* Whole words in the cells: a column grows to its longest word, and the region scrolls instead. */
    overflow-wrap: break-word;
    hyphens: auto;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  /* A class rather than an inline style, which a strict Content-Security-Policy would block. */
  .models-1 {
    --_models: 1;
  }
  .models-2 {
    --_models: 2;
  }
  .models-3 {
    --_models: 3;
  }
  .models-4 {
    --_models: 4;
  }
  thead th:first-child {
    inline-size: 10em;
  }
  th,
  td {
    padding: 0.5em 0.6em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  th {
    background: var(--_surface-alt);
  }
  td .competences {
    padding-inline-start: 1em;
  }

  /* Filter and self-assessment. */
  select {
    display: block;
    inline-size: 100%;
    max-inline-size: 40em;
    min-block-size: 44px;
    margin-block: 0.25em 0.75em;
    margin-inline: 0;
  }
  .matches {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .matches > li {
    padding: 0.75em 0;
    border-block-start: 1px solid var(--_border);
  }
  .match-name {
    font-weight: 600;
    margin: 0;
  }
  fieldset {
    margin-block: 0 0.75em;
    margin-inline: 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  fieldset label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 44px;
    margin-inline-end: 1.5em;
  }
  input[type='radio'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.75em 0;
  }
  .result:not(:empty) {
    margin-block-start: 0.75em;
    padding: 0.75em 1em;
    border-inline-start: 6px solid var(--_primary);
    background: var(--_surface-alt);
  }
  .answers-heading {
    font-weight: 600;
    margin-block: 0.75em 0.25em;
    margin-inline: 0;
  }
  .answers dt {
    font-weight: 600;
  }
  .answers dd {
    margin-block: 0 0.5em;
    margin-inline: 0;
  }
  .figure-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .figure {
    padding: 0.5em 0;
    border-block-start: 1px solid var(--_border);
  }
  .value {
    font-size: 1.25em;
  }
  .attribution {
    font-weight: 600;
  }
  .message.error {
    margin-block-end: 1em;
  }

  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      border-color: Highlight;
    }
    .scale span.on {
      background: CanvasText;
    }
    .result:not(:empty) {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .interactive,
    .filter,
    form,
    .intro,
    .actions,
    .scroll-hint,
    .message,
    button {
      display: none !important;
    }
    .interactive + .table-view {
      display: block;
    }
    .table-wrap {
      overflow: visible;
    }
    table {
      inline-size: 100%;
    }
    th,
    td {
      font-size: 9pt;
    }
    /* "Udskriv resultatet" prints the self-assessment result alone. */
    .print-assessment > :not(.assessment) {
      display: none !important;
    }
  }
`;
