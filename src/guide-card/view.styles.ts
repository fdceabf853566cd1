import { css } from 'lit';

/**
 * The card and the tile (view.ts). The chevron is a framed square cut along its diagonal and turned 45°: it points
 * down (and up) in either direction, where two logical borders would swap sides right to left.
 */
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
    margin-block: 1.25em 0.5em;
    margin-inline: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .title {
    margin-block-start: 0;
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
    min-block-size: 44px;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
  }
  .notice {
    margin: 1em 0;
    padding: 0.75em 1em;
    border-inline-start: 6px solid var(--_border);
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
    margin-block-start: 0;
  }
  .checklist li {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    padding: 0.35em 0;
  }
  .checklist input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
  }
  .progress {
    font-weight: 600;
  }
  .step {
    border-block-start: 1px solid var(--_border);
  }
  .step:last-child {
    border-block-end: 1px solid var(--_border);
  }
  .step-heading {
    margin: 0;
    font-size: 1em;
  }
  .step-toggle {
    display: flex;
    align-items: center;
    gap: 0.75em;
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.5em 0;
    border: 0;
    background: none;
    color: var(--_text);
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
    min-inline-size: var(--_step);
    min-block-size: var(--_step);
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
    min-inline-size: 0;
  }
  .optional {
    color: var(--_muted);
    font-weight: 400;
  }
  .chevron {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline: 0.4em;
    border: 2px solid currentColor;
    clip-path: polygon(100% 0, 100% 100%, 0 100%);
    transform: rotate(45deg);
    transition: transform 0.15s;
  }
  [aria-expanded='true'] > .chevron {
    transform: rotate(-135deg);
  }
  /* Indents shrink with the card's width (percentages), so a phone keeps its width for the text. */
  .panel {
    padding-block: 0 0.75em;
    padding-inline: min(calc(var(--_step) + 0.75em), 8%) 0;
  }
  .related {
    margin-inline-start: min(calc(var(--_step) / 2), 3%);
    padding-inline-start: min(calc(var(--_step) / 2), 3%);
    border-inline-start: 2px dashed var(--_border);
  }
  .action {
    margin-block: 1.5em;
    margin-inline: 0;
  }
  /* Text that wraps as text: the new-window note flows on after the label on a narrow screen. */
  .action .button {
    display: inline-block;
  }
  .tile {
    block-size: 100%;
  }
  .new-window {
    font-weight: 400;
  }
  .facts li,
  .sources li {
    padding: 0.2em 0;
  }
  .help {
    margin-block-start: 1.5em;
    padding-block: 0.25em 0.5em;
    padding-inline: 1em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .next-course {
    margin-block: 1em 0.75em;
    margin-inline: 0;
    padding-block: 0.25em 0.75em;
    padding-inline: 1em;
    border-inline-start: 4px solid var(--_primary);
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
    margin-block: 0.5em 0;
    margin-inline: 0;
  }
  .next-course dt {
    margin-block-start: 0.5em;
    font-weight: 600;
  }
  .next-course dd {
    margin: 0;
  }
  .feedback fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    margin-block: 1em 0.5em;
    margin-inline: 0;
    padding: 0;
    border: 0;
  }
  .feedback legend {
    font-weight: 600;
  }
  .feedback fieldset label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 44px;
  }
  .feedback input[type='radio'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
  }
  .feedback textarea {
    display: block;
    inline-size: 100%;
    max-inline-size: 100%;
    padding: 0.5em;
    border: 1px solid var(--_text);
    border-radius: var(--_radius);
  }
  .error-text {
    color: var(--_error);
    font-weight: 600;
  }
  .foot {
    margin-block-start: 1.5em;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_border);
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
    inline-size: 3.5cm;
    block-size: 3.5cm;
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
      max-inline-size: none;
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
