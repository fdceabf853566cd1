import { css } from 'lit';

/**
 * The design tokens and base rules every widget starts from. Each token is a `--mb-*` custom property with the
 * borger.dk (DKFDS) value as fallback, so a widget looks right on a page with no stylesheet of ours, and a library
 * re-brands every widget by setting `--mb-color-primary` on any ancestor.
 *
 * Contrast: the defaults keep text at 4.5:1 or more and focus rings at 3:1 (see shared/reference/accessibility.md).
 * A library that changes `--mb-color-primary` must pick a colour with 4.5:1 against white, because buttons put
 * `--mb-color-on-primary` (white) text on it.
 */
export const tokens = css`
  :host {
    --_primary: var(--mb-color-primary, #44831e);
    --_on-primary: var(--mb-color-on-primary, #ffffff);
    --_text: var(--mb-color-text, #1a1a1a);
    --_muted: var(--mb-color-muted, #5c5c5c);
    --_link: var(--mb-color-link, #004d99);
    --_surface: var(--mb-color-surface, #ffffff);
    --_surface-alt: var(--mb-color-surface-alt, #f5f5f5);
    --_border: var(--mb-color-border, #8e8e8e);
    --_error: var(--mb-color-error, #b00000);
    --_error-surface: var(--mb-color-error-surface, #ffe0e0);
    --_success-surface: var(--mb-color-success-surface, #ddf7ce);
    --_warning-surface: var(--mb-color-warning-surface, #fff4d6);
    --_focus: var(--mb-focus-color, #454545);
    --_radius: var(--mb-radius, 4px);
    --_space: var(--mb-space, 1rem);
    --_font: var(--mb-font-family, 'IBM Plex Sans', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--mb-font-size, 1rem);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_link);
  }
  /* DKFDS focus: 3px #454545 with a 1px offset, so the ring sits on the page and not on a green button. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_text);
  }
  .button:hover {
    text-decoration: underline;
  }
  .message {
    padding: 0.75em 1em;
    border-left: 6px solid var(--_border);
    background: var(--_surface-alt);
  }
  .message.error {
    border-color: var(--_error);
    background: var(--_error-surface);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
