import { css } from 'lit';
import { viewStyles } from './view.styles.js';

/**
 * The card's own styles, after the shared base (core/theme.ts): the host's size here, the card's look in
 * view.styles.ts. The width is in em, so a card is as many characters wide on a page with large text as on one
 * with small. Until the guide is here, the card holds the height medborger.css reserved for it (--mb-reserve), so
 * the page does not move when it arrives.
 */
export const styles = [
  css`
    :host {
      max-inline-size: var(--mb-guide-card-max-width, 44em);
      --_step: var(--mb-guide-card-step-size, 2.25em);
    }
    .pending {
      min-block-size: var(--mb-reserve, auto);
    }
  `,
  viewStyles,
];
