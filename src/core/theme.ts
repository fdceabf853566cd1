import { css } from 'lit';

/**
 * The design tokens and base rules every widget starts from. Each token is a `--mb-*` custom property with the
 * borger.dk (DKFDS) value as fallback, so a widget looks right on a page with no stylesheet of ours, and a library
 * re-brands every widget by setting `--mb-color-primary` on any ancestor: buttons, selected chips, tabs and days,
 * accents, and (unless set on their own) links and the focus ring all follow it.
 *
 * Focus follows DKFDS: 3px with a 1px offset, so the ring sits on the page and not on the (primary-coloured) button.
 *
 * Contrast rule: `--mb-color-primary` must have at least 4.5:1 contrast against white (`#7a1f5c` has 9.6:1, the
 * default `#44831e` 4.6:1). Buttons put `--mb-color-on-primary` (white) text on it and links use it on white
 * surfaces, which needs 4.5:1; focus rings and accents need 3:1, which 4.5:1 then gives for free. The focus ring has a
 * 1px offset, so it sits on the page background, not on the primary-coloured button it surrounds: its 3:1 is measured
 * against white. A library whose colour is lighter sets `--mb-color-on-primary` (e.g. `#1a1a1a`) and
 * `--mb-color-link` / `--mb-focus-color` (a darker shade) separately.
 *
 * The host's typography, the host's layout habits kept out. Inherited properties cross the shadow boundary: the
 * font family, colour, direction and visibility of the page are welcome (they make a widget look and read like
 * part of the page), but a theme's text-transform, white-space, text-align, indents, spacing, line-height or the
 * inline-block font-size: 0 trick on a wrapper would break lists and controls, so the root resets those.
 * Sizes are set once here, relative to the text around the element (1em: a 62.5 % root with 1.6rem body text
 * gives the body's 16px, not 10px); inside, every size is in em of this root, so nothing compounds by accident.
 * Below 8px around the element (a wrapper's font-size: 0) the reader's default size is used instead. As a grid or
 * flex item the element may shrink (min-inline-size: 0): its longest word or option never widens the page's column.
 *
 * The `@cssprop` tags below are the one documented set; the manifest build copies them onto every `mb-*` element
 * (custom-elements-manifest.config.mjs), so each widget's docs list them all.
 *
 * @cssprop [--mb-color-primary=#44831e] - Brand colour: primary buttons, selected chips, tabs and days, accents; also links and the focus ring when those are not set. Needs 4.5:1 against white.
 * @cssprop [--mb-color-on-primary=#ffffff] - Text on the brand colour (primary buttons, selected chips and days).
 * @cssprop [--mb-color-link=var(--mb-color-primary, #004d99)] - Link colour; the brand colour when that is set, else borger.dk blue.
 * @cssprop [--mb-focus-color=var(--mb-color-primary, #454545)] - Focus ring (3px, 1px offset); the brand colour when that is set, else borger.dk grey.
 * @cssprop [--mb-color-text=#1a1a1a] - Body text.
 * @cssprop [--mb-color-muted=#5c5c5c] - Secondary text (dates, sources, hints).
 * @cssprop [--mb-color-surface=#ffffff] - Background of cards, cells, chips and inputs.
 * @cssprop [--mb-color-surface-alt=#f5f5f5] - Background of messages, header cells, the selected tab and the filter bar.
 * @cssprop [--mb-color-border=#8e8e8e] - Borders and dividers.
 * @cssprop [--mb-color-error=#b00000] - Error text and the edge of an error message.
 * @cssprop [--mb-color-error-surface=#ffe0e0] - Background of an error message and of a cancelled course's status.
 * @cssprop [--mb-color-success-surface=#ddf7ce] - Background of a day with courses in the month view.
 * @cssprop [--mb-color-warning-surface=#fff4d6] - Background of a status word and of notes.
 * @cssprop [--mb-radius=4px] - Corner radius.
 * @cssprop [--mb-space=1em] - Base spacing.
 * @cssprop [--mb-font-family=inherit] - Font family. By default the page's own, inherited from around the element; set it to use another (e.g. DKFDS's IBM Plex Sans, which the page must load).
 * @cssprop [--mb-font-size=1em] - Base font size. By default the size of the text around the element (never unreadable when a host sets `font-size: 0`); headings and small print scale from it.
 */
export const base = css`
  :host {
    --_primary: var(--mb-color-primary, #44831e);
    --_on-primary: var(--mb-color-on-primary, #ffffff);
    --_text: var(--mb-color-text, #1a1a1a);
    --_muted: var(--mb-color-muted, #5c5c5c);
    --_link: var(--mb-color-link, var(--mb-color-primary, #004d99));
    --_surface: var(--mb-color-surface, #ffffff);
    --_surface-alt: var(--mb-color-surface-alt, #f5f5f5);
    --_border: var(--mb-color-border, #8e8e8e);
    --_error: var(--mb-color-error, #b00000);
    --_error-surface: var(--mb-color-error-surface, #ffe0e0);
    --_success-surface: var(--mb-color-success-surface, #ddf7ce);
    --_warning-surface: var(--mb-color-warning-surface, #fff4d6);
    --_focus: var(--mb-focus-color, var(--mb-color-primary, #454545));
    --_radius: var(--mb-radius, 4px);
    --_space: var(--mb-space, 1em);

    display: block;
    box-sizing: border-box;
    min-inline-size: 0;
    color: var(--_text);
    font-family: var(--mb-font-family, inherit);
    font-size: var(--mb-font-size, max(1em, min(max(1rem, 16px), (8px - 1em) * 100)));
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: anywhere;
    cursor: auto;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
  }
  fieldset {
    min-inline-size: 0;
  }
  legend {
    padding: 0;
  }
  a {
    color: var(--_link);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
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
    min-block-size: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
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
    border-inline-start: 6px solid var(--_border);
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
      animation-iteration-count: 1 !important;
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

/** The same sheet under its first name, which `medborger`'s index exports for custom elements built on our look. */
export const tokens = base;
