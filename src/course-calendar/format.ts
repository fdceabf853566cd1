/*
 * Dates, times, prices and places in words, in Copenhagen time and the widget's language. The element adds the
 * translated words around these (locales/<lang>/course-calendar.json); everything here comes from Intl.
 */
import type { Lang } from '../core/localize.js';
import { intlFormat } from '../core/intl.js';
import { intlLocale } from '../core/languages.js';
import { capitalize, dateFormat, dayKey, formatDay } from '../core/time.js';
import type { CourseEvent, CoursePlace, CoursePrice } from './model.js';

/** "10.00" / "10:00"; hours without a leading zero, as Danish public sites write them ("9.30"). */
export function clock(date: Date, lang: Lang): string {
  // Browsers disagree on "9.30" and "09.30" for a numeric hour; drop the zero ourselves so all show the same.
  return dateFormat(lang, { hour: 'numeric', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(date)
    .map(({ type, value }) => (type === 'hour' ? String(Number(value)) : value))
    .join('');
}

/** Start and end clock times of a timed session. */
export function clockTimes(event: CourseEvent, lang: Lang): { start: string; end?: string } {
  const start = new Date(event.start);
  const end = event.end ? new Date(event.end) : undefined;
  return {
    start: clock(start, lang),
    end: end && end.getTime() > start.getTime() && dayKey(end) === dayKey(start) ? clock(end, lang) : undefined,
  };
}

/** "10.00–12.00" for the eye (an accessible name says "10.00 til 12.00" instead: a dash may be read aloud). */
export function timeRange(event: CourseEvent, lang: Lang): string {
  const { start, end } = clockTimes(event, lang);
  return end ? `${start}–${end}` : start;
}

/** "Tirsdag 3. marts 2026": a day heading. */
export function dayHeading(date: Date, lang: Lang, year = true): string {
  return capitalize(formatDay(date, lang, { year }));
}

/** "3. mar." style short date for the compact view: "tir. 3. mar." / "Tue 3 Mar". */
export function shortDate(date: Date, lang: Lang): string {
  return dateFormat(lang, { weekday: 'short', day: 'numeric', month: 'short' })
    .format(date)
    .replace(/\s*den\s*/u, ' ')
    .replace(',', '');
}

/** A cached currency format; `null` for a currency code the browser does not know. */
function currencyFormat(lang: Lang, currency: string, whole: boolean): Intl.NumberFormat | null {
  try {
    return intlFormat(Intl.NumberFormat, intlLocale(lang), {
      style: 'currency',
      currency,
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: 2,
    });
  } catch {
    return null;
  }
}

/** "50 kr." / "DKK 50" from minor units (øre). */
export function money(amountMinor: number, currency: string, lang: Lang): string {
  const amount = amountMinor / 100;
  const format = currencyFormat(lang, currency, Number.isInteger(amount));
  // An unknown currency code from a feed: show the number and the code as given.
  return format ? format.format(amount) : `${amount.toLocaleString(intlLocale(lang))} ${currency}`;
}

/**
 * A price in words. Free and paid tickets read as DPL CMS words them (dpl-cms
 * web/modules/custom/dpl_event/src/PriceFormatter.php, formatPriceRange): only free tickets, or none at all, is
 * "free"; free and paid tickets is "free – the highest price". Paid tickets of different prices read "from the
 * lowest" (DPL writes "lowest - highest"); one price is that price. `words` are the translated phrases.
 */
export function priceWords(
  price: CoursePrice | undefined,
  lang: Lang,
  words: { free: string; freeTo: (highest: string) => string; from: (lowest: string) => string },
): string | undefined {
  if (!price) return undefined;
  const tiers: { amountMinor?: number; currency?: string }[] = price.tiers?.length ? price.tiers : [price];
  const paid = tiers.filter((tier) => (tier.amountMinor ?? 0) > 0).sort((a, b) => a.amountMinor! - b.amountMinor!);
  const [low, high = low] = [paid[0], paid[paid.length - 1]];
  if (!low) return price.free || tiers.some((tier) => tier.amountMinor === 0) ? words.free : price.text;
  const say = (tier: typeof low) => money(tier.amountMinor!, tier.currency ?? 'DKK', lang);
  if (paid.length < tiers.length) return words.freeTo(say(high));
  return high.amountMinor! > low.amountMinor! ? words.from(say(low)) : say(low);
}

/**
 * The first and last day of a session that spans several days, in words ("16. marts – 30. april"); undefined for a
 * session within one day. An all-day end is exclusive (the next midnight), so the last day is the one before it.
 */
export function dayRange(event: CourseEvent, lang: Lang): string | undefined {
  const start = new Date(event.start);
  const last = new Date(Math.max(+start, Date.parse(event.end ?? event.start) - (event.allDay ? 1 : 0)));
  const day = (date: Date) => formatDay(date, lang, { weekday: false, year: false });
  return dayKey(last) === dayKey(start) ? undefined : `${day(start)} – ${day(last)}`;
}

/** "Eksempelvej 1, 8000 Aarhus C". */
export function addressLine(place: CoursePlace | undefined): string | undefined {
  if (!place) return undefined;
  const town = [place.postalCode, place.city].filter(Boolean).join(' ');
  const line = [place.street, town].filter(Boolean).join(', ');
  return line || undefined;
}

/** "Hovedbiblioteket, Mødelokale 2": branch, place and room without repeats. */
export function placeLine(place: CoursePlace | undefined): string | undefined {
  if (!place) return undefined;
  const branches = place.branches?.length ? place.branches : [place.branch];
  const parts = [...branches, place.name, place.room].filter((p): p is string => !!p);
  const unique = parts.filter((p, i) => parts.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i);
  return unique.join(', ') || undefined;
}

/** Collapses HTML to plain text without a DOM (tags out, common entities in, block ends become line breaks). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1\s*>/giu, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|h\d)>/giu, '\n')
    .replace(/<[^>]*>/gu, '')
    .replace(/&nbsp;/giu, ' ')
    .replace(/&amp;/giu, '&')
    .replace(/&lt;/giu, '<')
    .replace(/&gt;/giu, '>')
    .replace(/&quot;/giu, '"')
    .replace(/&#39;|&apos;/giu, "'")
    .replace(/[ \t]+/gu, ' ')
    .replace(/\s*\n\s*/gu, '\n')
    .trim();
}

/** True when a description carries markup worth sanitising rather than showing as text. */
export const looksLikeHtml = (value: string): boolean => /<\/?[a-z][\s\S]*>/iu.test(value);
