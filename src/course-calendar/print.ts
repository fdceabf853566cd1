/*
 * The notice-board print: the filtered list of courses on A4 in large type, each with a QR code that leads to its
 * sign-up or page, for the board in the library's entrance or a handout at the desk.
 *
 * QR codes come from lean-qr (about 4 KB gzip), imported only when a sheet is prepared, so a page that never prints
 * never loads it. The codes are our own SVG markup made from a URL that passed `safeUrl`; lean-qr strips quotes and
 * non-printable characters from every attribute it writes, so the markup can be rendered as SVG.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../core/localize.js';
import { capitalize, formatDay, formatTime } from '../core/time.js';
import { safeUrl } from '../core/url.js';
import { extraT } from './extra-strings.js';
import { dayRange } from './format.js';
import type { CourseEvent } from './model.js';

import { printStyles } from './print.styles.js';

export { printStyles };

/** Quiet zone around a code, in modules: the QR standard asks for four. */
const QUIET_ZONE = 4;

/** A QR code for `url` as SVG markup (black on white, scalable, with the standard quiet zone). */
export async function qrSvg(url: string): Promise<string> {
  const [{ generate, correction }, { toSvgSource }] = await Promise.all([
    import('lean-qr'),
    import('lean-qr/extras/svg'),
  ]);
  // Medium error correction survives a crease or a pin through the paper without making the code too dense.
  const code = generate(url, { minCorrectionLevel: correction.M });
  return toSvgSource(code, { on: '#000', off: '#fff', pad: QUIET_ZONE, width: null, height: null });
}

/**
 * The code's markup as an SVG element, parsed as XML (no scripts run, no HTML parsing) rather than through an
 * unsafe-markup directive; a fresh node per render, as a node can sit in one place only.
 */
function svgNode(markup: string): Node {
  return document.importNode(new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement, true);
}

/** Where a course's QR code leads: its sign-up link, else its page; nothing when neither is a safe web link. */
export function printTarget(event: CourseEvent): string | undefined {
  for (const candidate of [event.signup?.url, event.pageUrl]) {
    const url = safeUrl(candidate);
    if (url && /^https?:/u.test(url)) return url;
  }
  return undefined;
}

/** QR codes for the courses' targets, keyed by course key; one code per distinct URL. */
export async function qrCodes(events: readonly CourseEvent[]): Promise<Map<string, string>> {
  const byUrl = new Map<string, Promise<string>>();
  const codes = new Map<string, string>();
  await Promise.all(
    events.map(async (event) => {
      const url = printTarget(event);
      if (!url) return;
      if (!byUrl.has(url)) byUrl.set(url, qrSvg(url));
      codes.set(event.key, await byUrl.get(url)!);
    }),
  );
  return codes;
}

/**
 * The "Udskriv" action: makes the QR codes (loading lean-qr now, not before), lets the element render the sheet
 * with them, then opens the browser's print dialog. `show` resolves once the sheet is in the DOM (for a Lit element:
 * set a state and return `updateComplete`).
 */
export async function printCourses(
  events: readonly CourseEvent[],
  show: (qr: ReadonlyMap<string, string>) => Promise<unknown>,
  target: Pick<Window, 'print'> = window,
): Promise<void> {
  await show(await qrCodes(events));
  target.print();
}

/**
 * The sheet itself: a heading, then one block per course with day, time, title, place and its QR code. Hidden on
 * screen by `printStyles`; shown, and the screen view hidden, when printing. Untrusted text goes in as text only.
 */
export function renderPrintSheet(
  events: readonly CourseEvent[],
  options: { lang: Lang; title: string; qr: ReadonlyMap<string, string>; now: Date },
): TemplateResult {
  const t = extraT(options.lang);
  return html`<section class="print-sheet" lang=${options.lang}>
    <h2 class="print-title">${options.title}</h2>
    <ol class="print-list" role="list">
      ${events.map((event) => {
        const start = new Date(event.start);
        const end = event.end ? new Date(event.end) : undefined;
        const qr = options.qr.get(event.key);
        const place = [...new Set([event.place?.name, event.place?.room, event.place?.branch].filter(Boolean))].join(
          ', ',
        );
        return html`<li class="print-course">
          <div class="print-text">
            <p class="print-when">
              ${
                // An exhibition over several days shows its first and last day, as on screen.
                (event.allDay && dayRange(event, options.lang)) ||
                html`${capitalize(formatDay(start, options.lang))}${
                  event.allDay
                    ? nothing
                    : html`,
                      ${formatTime(start, options.lang)}${end ? html`–${formatTime(end, options.lang)}` : nothing}`
                }`
              }
            </p>
            <h3 class="print-course-title">${event.title}</h3>
            ${place ? html`<p class="print-place">${place}</p>` : nothing}
          </div>
          ${
            qr
              ? html`<figure class="print-qr">
                  <div role="img" aria-label=${t('print.qrLabel', { title: event.title })}>${svgNode(qr)}</div>
                  <figcaption>${t('print.scan')}</figcaption>
                </figure>`
              : nothing
          }
        </li>`;
      })}
    </ol>
    <p class="print-footer">${t('print.printedAt', { date: formatDay(options.now, options.lang) })}</p>
  </section>`;
}

/**
 * Adds the sheet's styles to an element's adopted style sheets while it prints (`adopt`), or takes them away again:
 * constructed sheets, like Lit's own static styles, so a strict `style-src` policy allows them, and a page that never
 * prints does not carry them.
 */
export function adoptPrintStyles(root: ShadowRoot | null, adopt: boolean): void {
  const sheet = printStyles.styleSheet;
  if (!sheet || !root) return;
  const others = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  root.adoptedStyleSheets = adopt ? [...others, sheet] : others;
}
