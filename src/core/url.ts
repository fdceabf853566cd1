/**
 * Links from feeds and JSON are untrusted. Only web, mail and phone links are ever rendered; `javascript:`,
 * `data:` and anything that does not parse give `undefined`, and the caller shows the text without a link.
 *
 * Relative URLs resolve against `base` (the feed's own address, or the page).
 */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export function safeUrl(
  value: unknown,
  base: string | URL = globalThis.location?.href ?? 'https://invalid.invalid/',
): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Browsers drop tabs and newlines inside URLs, which is how "java\nscript:" slips past naive checks.
  // eslint-disable-next-line no-control-regex
  const trimmed = value.replace(/[\u0000-\u001F\u007F]/gu, '').trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** True when the link leaves the page's own site, so it can open in a new window and say so. */
export function isExternal(href: string, page: string = globalThis.location?.href ?? ''): boolean {
  try {
    const url = new URL(href);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== new URL(page).origin;
  } catch {
    return false;
  }
}
