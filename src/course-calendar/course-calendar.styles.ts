import { css } from 'lit';
import { viewStyles } from './views.styles.js';

/**
 * The calendar's own look, after the shared base (core/theme.ts): every size in em of the widget's root, every
 * side a logical one (inline/block), so it follows the page's text size and direction.
 *
 * The day heading's spacing is divided by its own size, so the gaps stay those of the root. The toggle's chevron
 * is a framed square cut along its diagonal and turned 45°: it points down (and up) in either direction, where two
 * logical borders would swap sides right to left. The filter's fields are 100% wide rather than as wide as their
 * longest option: a percentage width adds nothing to the page's min-content width, so a long branch name never
 * widens a host's grid column. The tick on a chosen chip is a second, non-colour cue.
 *
 * In order: filters, the agenda, compact, states. No comments inside the CSS: they would ship to every visitor.
 */
export const styles = [
  css`
    :host {
      --_chip-radius: var(--mb-calendar-chip-radius, 999px);
      --_status-surface: var(--mb-calendar-status-surface, var(--_warning-surface));
      --_cancelled-surface: var(--mb-calendar-cancelled-surface, var(--_error-surface));
      --_row-gap: var(--mb-calendar-row-gap, 0.75em);
    }
    .calendar {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
      min-inline-size: 0;
    }
    ul,
    ol,
    p,
    h2,
    h3,
    h4,
    h5,
    h6,
    dd {
      margin: 0;
    }
    ul,
    ol {
      padding: 0;
    }
    ul[role='list'],
    ol[role='list'] {
      list-style: none;
    }
    h2,
    h3,
    h4,
    h5,
    h6 {
      line-height: 1.3;
    }

    .filters {
      display: flex;
      flex-direction: column;
      gap: 0.75em;
      padding: 0.75em;
      background: var(--_surface-alt);
      border-radius: var(--_radius);
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend {
      margin-block-end: 0.375em;
      font-weight: 600;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    .chip {
      position: relative;
      display: inline-flex;
    }
    .chip input {
      position: absolute;
      opacity: 0;
      inset: 0;
      inline-size: 100%;
      block-size: 100%;
      margin: 0;
      cursor: pointer;
    }
    .chip span {
      display: inline-flex;
      align-items: center;
      min-block-size: 44px;
      padding: 0.25em 0.875em;
      border: 2px solid var(--_primary);
      border-radius: var(--_chip-radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .chip input:checked + span {
      background: var(--_primary);
      color: var(--_on-primary);
    }
    .chip input:checked + span::before {
      content: '✓';
      margin-inline-end: 0.375em;
    }
    .chip input:focus-visible + span {
      outline: 3px solid var(--_focus);
      outline-offset: 1px;
    }
    .fields,
    .dates {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      align-items: flex-end;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      min-inline-size: 0;
      flex: 1 1 10em;
    }
    .field span {
      font-weight: 600;
    }
    input[type='date'],
    input[type='search'],
    select {
      inline-size: 100%;
      min-block-size: 44px;
      padding: 0.375em 0.5em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .reset {
      align-self: flex-start;
    }
    .count {
      font-weight: 600;
    }

    .day + .day {
      margin-block-start: 1.5em;
    }
    .day-heading {
      font-size: 1.25em;
      padding-block-end: calc(0.25em / 1.25);
      margin-block-end: calc(var(--_row-gap) / 1.25);
      border-block-end: 1px solid var(--_border);
    }
    .day ul {
      display: flex;
      flex-direction: column;
      gap: var(--_row-gap);
    }
    .virtual {
      display: block;
      position: relative;
      min-block-size: 1px;
    }
    .virtual .row {
      inline-size: 100%;
      padding-block-end: var(--_row-gap);
    }
    .virtual .day-row {
      padding-block-start: 1em;
    }
    .course-card {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      padding-block: 0.75em;
      padding-inline: 1em 0.75em;
      border: 1px solid var(--_border);
      border-inline-start: 6px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .course-card.status-cancelled,
    .course-card.status-held {
      border-inline-start-color: var(--_border);
    }
    .title-heading {
      font-size: 1.125em;
    }
    .toggle {
      display: inline;
      padding: 0;
      margin: 0;
      border: 0;
      background: none;
      color: var(--_link);
      font-weight: 600;
      text-align: start;
      text-decoration: underline;
      cursor: pointer;
    }
    .toggle::after {
      content: '';
      display: inline-block;
      inline-size: 0.5em;
      block-size: 0.5em;
      margin-inline-start: 0.5em;
      border: 2px solid currentColor;
      clip-path: polygon(100% 0, 100% 100%, 0 100%);
      transform: translateY(-0.2em) rotate(45deg);
      transition: transform 0.15s;
    }
    .toggle[aria-expanded='true']::after {
      transform: translateY(0.05em) rotate(-135deg);
    }
    .status-cancelled .title {
      text-decoration: line-through;
    }
    .meta,
    .facts {
      display: flex;
      flex-wrap: wrap;
      column-gap: 1em;
      color: var(--_muted);
    }
    .meta time {
      color: var(--_text);
      font-weight: 600;
    }
    .status {
      align-self: flex-start;
      padding: 0 0.5em;
      border: 1px solid currentColor;
      border-radius: var(--_radius);
      background: var(--_status-surface);
      font-weight: 600;
    }
    .status-cancelled .status {
      background: var(--_cancelled-surface);
    }
    .series {
      font-style: italic;
    }
    .details {
      margin-block-start: 0.5em;
      padding-block-start: 0.5em;
      border-block-start: 1px solid var(--_surface-alt);
      display: flex;
      flex-direction: column;
      gap: 0.5em;
    }
    .details[hidden] {
      display: none;
    }
    .details .sub {
      font-size: 1em;
    }
    .details ul:not([role]) {
      padding-inline-start: 1.25em;
    }
    .details .plain {
      list-style: none;
      padding: 0;
    }
    dl {
      display: grid;
      grid-template-columns: minmax(6em, max-content) minmax(0, 1fr);
      gap: 0.25em 1em;
      margin: 0;
    }
    dt {
      font-weight: 600;
    }
    .programme {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
    }
    .programme li {
      display: grid;
      grid-template-columns: minmax(4.5em, max-content) minmax(0, 1fr);
      gap: 0.75em;
    }
    .programme time {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    .speaker {
      color: var(--_muted);
    }
    .body {
      white-space: pre-line;
    }
    div.body {
      white-space: normal;
    }

    .compact {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
    }
    .compact .course-card {
      border-inline-start-width: 4px;
      padding: 0.5em 0.75em;
    }

    .skeleton {
      min-block-size: var(--mb-reserve, auto);
      display: flex;
      flex-direction: column;
      gap: var(--_row-gap);
    }
    .bone {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
      padding: 1em;
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .bone span {
      display: block;
      block-size: 0.875em;
      inline-size: 60%;
      border-radius: var(--_radius);
      background: #dcdcdc;
      animation: pulse 1.4s ease-in-out infinite;
    }
    .bone span:first-child {
      inline-size: 35%;
    }
    .bone span:last-child {
      inline-size: 80%;
    }
    @keyframes pulse {
      50% {
        opacity: 0.5;
      }
    }
    .message {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.5em;
    }
    .message.partial {
      background: var(--_warning-surface);
      margin-block-end: 1em;
    }
    .note {
      color: var(--_muted);
      font-size: 0.875em;
    }

    @media (max-width: 30em) {
      dl {
        grid-template-columns: minmax(0, 1fr);
      }
      dd {
        margin-block-end: 0.25em;
      }
    }
    @media (forced-colors: active) {
      .course-card,
      .chip span,
      .status {
        border-color: CanvasText;
      }
      .chip input:checked + span {
        forced-color-adjust: none;
        border-color: Highlight;
        background: Highlight;
        color: HighlightText;
      }
      .chip input:focus-visible + span {
        outline-color: CanvasText;
      }
      .bone span {
        background: GrayText;
      }
    }
  `,
  viewStyles,
];
