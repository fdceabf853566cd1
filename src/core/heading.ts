import type { TemplateResult } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
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

const TAGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * A real heading element (`h2`–`h6`; a level above 6 gives `h6`). The tag comes from this fixed list, never from
 * data.
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const tag = TAGS[Math.min(6, Math.max(2, level)) - 2];
  const { id, className, part, focusable } = options;
  return staticHtml`<${tag} id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} tabindex=${ifDefined(
    focusable ? '-1' : undefined,
  )}>${content}</${tag}>`;
}
