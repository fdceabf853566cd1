import { css } from 'lit';

/** The card and the tile (view.ts). */
export const viewStyles = css`
  .card,
  .tile {
    position: relative;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 1.25em 0 0.5em;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .title {
    margin-top: 0;
    font-size: 1.5em;
  }
  .tile .title {
    font-size: 1.25em;
  }
  p {
    margin: 0.5em 0;
  }
  .purpose {
    font-size: 1.125em;
  }
  .hint {
    color: var(--_muted);
  }
  ul,
  ol {
    margin: 0.5em 0;
    padding: 0;
    list-style: none;
  }
  .function-link {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .notice {
    margin: 1em 0;
    padding: 0.75em 1em;
    border-left: 6px solid var(--_border);
    background: var(--_surface-alt);
  }
  .notice.mitid {
    border-color: var(--_primary);
  }
  .notice.warning {
    background: var(--_warning-surface);
  }
  .notice h1,
  .notice h2,
  .notice h3,
  .notice h4,
  .notice h5,
  .notice h6 {
    margin-top: 0;
  }
  .checklist li {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    padding: 0.35em 0;
  }
  .checklist input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
  }
  .progress {
    font-weight: 600;
  }
  .step {
    border-top: 1px solid var(--_border);
  }
  .step:last-child {
    border-bottom: 1px solid var(--_border);
  }
  .step-heading {
    margin: 0;
    font-size: 1em;
  }
  .step-toggle {
    display: flex;
    align-items: center;
    gap: 0.75em;
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0;
    border: 0;
    background: none;
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .step-toggle:hover .step-title {
    text-decoration: underline;
  }
  .num {
    flex: none;
    display: inline-grid;
    place-items: center;
    min-width: var(--_step);
    min-height: var(--_step);
    padding: 0 0.4em;
    border: 2px solid var(--_primary);
    border-radius: calc(var(--_step) / 2);
    background: var(--_surface);
    line-height: 1.1;
  }
  .num.logic {
    font-size: 0.875em;
    font-weight: 400;
  }
  .step-title {
    flex: 1 1 auto;
    min-width: 0;
  }
  .optional {
    color: var(--_muted);
    font-weight: 400;
  }
  .chevron {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    margin-inline: 0.4em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 0.15s;
  }
  [aria-expanded='true'] > .chevron {
    transform: rotate(-135deg);
  }
  /* Indents shrink with the card's width (percentages), so a phone keeps its width for the text. */
  .panel {
    padding: 0 0 0.75em min(calc(var(--_step) + 0.75em), 8%);
  }
  .related {
    margin-inline-start: min(calc(var(--_step) / 2), 3%);
    padding-inline-start: min(calc(var(--_step) / 2), 3%);
    border-inline-start: 2px dashed var(--_border);
  }
  .action {
    margin: 1.5em 0;
  }
  /* Text that wraps as text: the new-window note flows on after the label on a narrow screen. */
  .action .button {
    display: inline-block;
  }
  .tile {
    height: 100%;
  }
  .new-window {
    font-weight: 400;
  }
  .facts li,
  .sources li {
    padding: 0.2em 0;
  }
  .help {
    margin-top: 1.5em;
    padding: 0.25em 1em 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .next-course {
    margin: 1em 0 0.75em;
    padding: 0.25em 1em 0.75em;
    border-left: 4px solid var(--_primary);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .next-course .course-title {
    margin: 0.25em 0;
    font-weight: 600;
  }
  .next-course .course-status {
    margin: 0.25em 0;
    font-style: italic;
  }
  .next-course dl {
    margin: 0.5em 0 0;
  }
  .next-course dt {
    margin-top: 0.5em;
    font-weight: 600;
  }
  .next-course dd {
    margin: 0;
  }
  .feedback fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    margin: 1em 0 0.5em;
    padding: 0;
    border: 0;
  }
  .feedback legend {
    padding: 0;
    font-weight: 600;
  }
  .feedback fieldset label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
  }
  .feedback input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }
  .feedback textarea {
    display: block;
    width: 100%;
    max-width: 100%;
    padding: 0.5em;
    border: 1px solid var(--_text);
    border-radius: var(--_radius);
    font: inherit;
  }
  .error-text {
    color: var(--_error);
    font-weight: 600;
  }
  .foot {
    margin-top: 1.5em;
    padding-top: 0.5em;
    border-top: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .tile-link {
    font-weight: 600;
  }
  /* One real link, its click area stretched over the tile: screen readers hear the link, not the whole card. */
  .tile .tile-link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .tile:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .tile .tile-link:focus-visible {
    outline: none;
  }
  .print-only {
    display: none;
  }
  .qr svg {
    width: 3.5cm;
    height: 3.5cm;
  }
  .qr .url {
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .num,
    .card,
    .tile {
      border-color: CanvasText;
    }
    .tile:focus-within {
      outline-color: Highlight;
    }
  }
  /* The handout: every step open, no controls, boxes to tick by pen, the QR code to borger.dk. */
  @media print {
    :host {
      max-width: none;
      color: #000;
    }
    .card,
    .tile {
      border: 0;
      padding: 0;
    }
    .tools,
    .show-all,
    .feedback,
    .chevron,
    .checklist + .progress,
    .needs .hint {
      display: none !important;
    }
    .panel[hidden] {
      display: block !important;
    }
    .print-only {
      display: block !important;
    }
    .step,
    .qr {
      break-inside: avoid;
    }
    .checklist input {
      appearance: none;
      border: 2px solid #000;
      border-radius: 0;
      background: #fff;
    }
    .button {
      padding: 0;
      border: 0;
      background: none;
      color: #000;
    }
    .help {
      background: none;
      padding: 0;
    }
    /* On paper the next course keeps its place in the help section, with its web addresses written out. */
    .next-course {
      break-inside: avoid;
      background: none;
    }
    .next-course a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
