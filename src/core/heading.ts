import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * The one clamp rule for a widget's `heading-level`: rounded to a whole number, `2` when it is not a number, and
 * kept between 2 (a page has its own h1) and `max`, the deepest level the widget's top headings may take so the
 * levels it puts below them still exist (6 minus how deep it nests).
 */
export function headingLevel(value: unknown, max = 6): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) ? Math.min(max, Math.max(2, level)) : 2;
}

export interface HeadingOptions {
  id?: string;
  className?: string;
  part?: string;
  /** Focusable by script only (`tabindex="-1"`), for a heading focus moves to. */
  focusable?: boolean;
}

/**
 * A real heading element (`h2`–`h6`; a level above 6 gives `h6`). The tag comes from this fixed list, never from
 * data. (Five plain templates rather than one with a static tag: `lit/static-html.js` would then travel in the
 * drop-in for this alone.)
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const { id, className: c, part: p } = options;
  const t = options.focusable ? -1 : undefined;
  // A line break inside a heading would be a text node, so these lines stay long.
  // prettier-ignore
  switch (Math.min(6, Math.max(2, level))) {
    case 2: return html`<h2 id=${ifDefined(id)} class=${ifDefined(c)} part=${ifDefined(p)} tabindex=${ifDefined(t)}>${content}</h2>`;
    case 3: return html`<h3 id=${ifDefined(id)} class=${ifDefined(c)} part=${ifDefined(p)} tabindex=${ifDefined(t)}>${content}</h3>`;
    case 4: return html`<h4 id=${ifDefined(id)} class=${ifDefined(c)} part=${ifDefined(p)} tabindex=${ifDefined(t)}>${content}</h4>`;
    case 5: return html`<h5 id=${ifDefined(id)} class=${ifDefined(c)} part=${ifDefined(p)} tabindex=${ifDefined(t)}>${content}</h5>`;
    default: return html`<h6 id=${ifDefined(id)} class=${ifDefined(c)} part=${ifDefined(p)} tabindex=${ifDefined(t)}>${content}</h6>`;
  }
}
