/*
 * WCAG 2.2 contrast, computed: relative luminance of sRGB colours and the (L1 + 0.05) / (L2 + 0.05) ratio
 * (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). Any CSS colour is read through the browser's own parser
 * (a canvas's fillStyle normalises it to #rrggbb or rgba()), so names, rgb() and hsl() from the colour picker all work.
 */

const CSS_WIDE = /^(inherit|initial|unset|revert|revert-layer|currentcolor)$/iu;

/** The colour as [r, g, b] in 0–255, or undefined when `value` is not a colour (a length, `inherit`, `var(…)`). */
export function parseColour(value: string): [number, number, number] | undefined {
  const text = value.trim();
  // CSS-wide keywords (`inherit` …) pass CSS.supports('color') but name no colour of their own.
  if (!text || CSS_WIDE.test(text) || !CSS.supports('color', text)) return undefined;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  context.fillStyle = '#000000';
  context.fillStyle = text;
  const normal = String(context.fillStyle);
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(normal);
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/u.exec(normal);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
}

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of an sRGB colour. */
export const luminance = ([r, g, b]: [number, number, number]): number =>
  0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** The contrast ratio of two CSS colours (1 to 21), or undefined when either is not a colour. */
export function contrast(a: string, b: string): number | undefined {
  const first = parseColour(a);
  const second = parseColour(b);
  if (!first || !second) return undefined;
  const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A ratio as a reader sees it ("4,54:1"), cut (not rounded) to two decimals so 4.499 never reads as 4.5. */
export function formatRatio(ratio: number, locale: string): string {
  const cut = Math.floor(ratio * 100) / 100;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(cut)}:1`;
}
