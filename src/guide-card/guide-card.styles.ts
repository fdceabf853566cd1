import { css } from 'lit';
import { tokens } from '../core/theme.js';

/** The card's own styles before its view loads: the tokens and its size. */
export const hostStyles = [
  tokens,
  css`
    :host {
      max-width: var(--mb-guide-card-max-width, 44rem);
      --_step: var(--mb-guide-card-step-size, 2.25em);
    }
  `,
];
