import { css } from 'lit';
import { tokens } from '../core/theme.js';

/** The tokens and the host's own size; the card's look is in view.styles.ts. */
export const hostStyles = [
  tokens,
  css`
    :host {
      max-width: var(--mb-guide-card-max-width, 44rem);
      --_step: var(--mb-guide-card-step-size, 2.25em);
    }
  `,
];
