import { css } from 'lit';
import { tokens } from '../core/theme.js';

export const styles = [
  tokens,
  css`
    :host {
      --_chip-radius: var(--mb-calendar-chip-radius, 999px);
      --_status-surface: var(--mb-calendar-status-surface, var(--_warning-surface));
      --_cancelled-surface: var(--mb-calendar-cancelled-surface, var(--_error-surface));
      --_row-gap: var(--mb-calendar-row-gap, 0.75rem);
    }
    .calendar {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
      min-width: 0;
    }
    ul,
    ol {
      margin: 0;
      padding: 0;
    }
    ul[role='list'],
    ol[role='list'] {
      list-style: none;
    }
    p {
      margin: 0;
    }
    h2,
    h3,
    h4,
    h5,
    h6 {
      margin: 0;
      line-height: 1.3;
    }

    /* Filters */
    .filters {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      padding: 0.75rem;
      background: var(--_surface-alt);
      border-radius: var(--_radius);
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    legend {
      padding: 0;
      margin-bottom: 0.375rem;
      font-weight: 600;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .chip {
      position: relative;
      display: inline-flex;
    }
    .chip input {
      position: absolute;
      opacity: 0;
      inset: 0;
      width: 100%;
      height: 100%;
      margin: 0;
      cursor: pointer;
    }
    .chip span {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
      padding: 0.25rem 0.875rem;
      border: 2px solid var(--_primary);
      border-radius: var(--_chip-radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .chip input:checked + span {
      background: var(--_primary);
      color: var(--_on-primary);
    }
    /* The tick is a second, non-colour cue for a chosen chip. */
    .chip input:checked + span::before {
      content: '✓';
      margin-inline-end: 0.375rem;
    }
    .chip input:focus-visible + span {
      outline: 3px solid var(--_focus);
      outline-offset: 1px;
    }
    .fields,
    .dates {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: flex-end;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      min-width: 0;
      flex: 1 1 10rem;
    }
    .field span {
      font-weight: 600;
    }
    input[type='date'],
    input[type='search'],
    select {
      min-height: 44px;
      max-width: 100%;
      padding: 0.375rem 0.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }
    .reset {
      align-self: flex-start;
    }
    .count {
      font-weight: 600;
    }

    /* The agenda */
    .day + .day {
      margin-top: 1.5rem;
    }
    .day-heading {
      font-size: 1.25rem;
      padding-bottom: 0.25rem;
      margin-bottom: var(--_row-gap);
      border-bottom: 1px solid var(--_border);
    }
    .day ul {
      display: flex;
      flex-direction: column;
      gap: var(--_row-gap);
    }
    .virtual {
      display: block;
      position: relative;
      min-height: 1px;
    }
    .virtual .row {
      width: 100%;
      padding-bottom: var(--_row-gap);
    }
    .virtual .day-row {
      padding-top: 1rem;
    }
    .course-card {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      padding: 0.75rem 0.75rem 0.75rem 1rem;
      border: 1px solid var(--_border);
      border-left: 6px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .course-card.status-cancelled,
    .course-card.status-held {
      border-left-color: var(--_border);
    }
    .title-heading {
      font-size: 1.125rem;
    }
    .toggle {
      display: inline;
      padding: 0;
      margin: 0;
      border: 0;
      background: none;
      color: var(--_link);
      font: inherit;
      font-weight: 600;
      text-align: start;
      text-decoration: underline;
      cursor: pointer;
    }
    .toggle::after {
      content: '';
      display: inline-block;
      width: 0.5em;
      height: 0.5em;
      margin-inline-start: 0.5em;
      border-right: 2px solid currentColor;
      border-bottom: 2px solid currentColor;
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
      column-gap: 1rem;
      color: var(--_muted);
    }
    .meta time {
      color: var(--_text);
      font-weight: 600;
    }
    .status {
      align-self: flex-start;
      padding: 0 0.5rem;
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
      margin-top: 0.5rem;
      padding-top: 0.5rem;
      border-top: 1px solid var(--_surface-alt);
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .details[hidden] {
      display: none;
    }
    .details .sub {
      font-size: 1rem;
    }
    .details ul:not([role]) {
      padding-inline-start: 1.25rem;
    }
    .details .plain {
      list-style: none;
      padding: 0;
    }
    dl {
      display: grid;
      grid-template-columns: minmax(6rem, max-content) minmax(0, 1fr);
      gap: 0.25rem 1rem;
      margin: 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .programme {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .programme li {
      display: grid;
      grid-template-columns: minmax(4.5rem, max-content) minmax(0, 1fr);
      gap: 0.75rem;
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

    /* Compact */
    .compact {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .compact .course-card {
      border-left-width: 4px;
      padding: 0.5rem 0.75rem;
    }

    /* States */
    .skeleton {
      display: flex;
      flex-direction: column;
      gap: var(--_row-gap);
    }
    .bone {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      padding: 1rem;
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .bone span {
      display: block;
      height: 0.875rem;
      width: 60%;
      border-radius: var(--_radius);
      background: #dcdcdc;
      animation: pulse 1.4s ease-in-out infinite;
    }
    .bone span:first-child {
      width: 35%;
    }
    .bone span:last-child {
      width: 80%;
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
      gap: 0.5rem;
    }
    .message.partial {
      background: var(--_warning-surface);
      margin-block-end: 1rem;
    }
    .note {
      color: var(--_muted);
      font-size: 0.875rem;
    }

    @media (max-width: 30rem) {
      dl {
        grid-template-columns: minmax(0, 1fr);
      }
      dd {
        margin-bottom: 0.25rem;
      }
    }
    @media (forced-colors: active) {
      .course-card,
      .chip span,
      .status {
        border-color: CanvasText;
      }
      .chip input:checked + span {
        background: Highlight;
        color: HighlightText;
      }
      .bone span {
        background: GrayText;
      }
    }
  `,
];
