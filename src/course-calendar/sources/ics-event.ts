/*
 * From one iCalendar component and one occurrence's start and end to a `CourseEvent`: how a `TZID` becomes an
 * instant, which properties a session shows, and what an override inherits from its master. The rules are in
 * docs/data-sources.md ("iCalendar").
 */
import type ICAL from 'ical.js';
import { copenhagenIso, fromCopenhagenTime, pad, TIME_ZONE } from '../../core/time.js';
import { safeUrl } from '../../core/url.js';
import type { CourseEvent, CourseStatus, ReadProblem } from '../model.js';
import { fromZonedTime, isKnownZone } from '../zoned.js';
import type { IcsReadContext } from './ics.js';

type IcalModule = typeof ICAL;
type Component = InstanceType<IcalModule['Component']>;
type Time = InstanceType<IcalModule['Time']>;

/*
 * Windows zone names Outlook and Exchange write, for a file that uses one without its VTIMEZONE (against RFC 5545,
 * but it happens when a calendar is exported in parts). Only zones a Danish library's partners plausibly use.
 */
export const WINDOWS_ZONES: Record<string, string> = {
  'Romance Standard Time': 'Europe/Paris',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'FLE Standard Time': 'Europe/Helsinki',
  'E. Europe Standard Time': 'Europe/Chisinau',
  UTC: 'UTC',
};

export interface Moment {
  date: Date;
  allDay: boolean;
  /** For all-day values: the calendar date, YYYY-MM-DD. */
  day?: string;
}

/** The `TZID` parameter of a date property, when it has one. */
export function tzidOf(component: Component, name: string): string | undefined {
  const value: unknown = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * The instant an ical.js time stands for, by the zone rules above. `tzid` is the property's own `TZID`: ical.js
 * leaves a zone it has no definition for as floating, so the name must come from the property.
 */
export function toMoment(time: Time, floatingZone: string, tzid: string | undefined): Moment | undefined {
  if (time.isDate) {
    const day = `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
    const date = fromZonedTime(TIME_ZONE, time.year, time.month, time.day);
    return date && { date, allDay: true, day };
  }
  const zone = time.zone;
  const wall = [time.year, time.month, time.day, time.hour, time.minute, time.second] as const;
  let date: Date | undefined;
  if (zone?.tzid === 'UTC') date = new Date(Date.UTC(wall[0], wall[1] - 1, ...wall.slice(2)));
  else if (tzid && isKnownZone(tzid)) date = fromZonedTime(tzid, ...wall);
  else if (tzid && zone?.component) date = new Date(time.toUnixTime() * 1000);
  else if (tzid && WINDOWS_ZONES[tzid]) date = fromZonedTime(WINDOWS_ZONES[tzid], ...wall);
  else date = fromZonedTime(floatingZone, ...wall);
  return date && !Number.isNaN(date.getTime()) ? { date, allDay: false } : undefined;
}

/** The text of a property's first value, trimmed; ical.js has already unfolded and unescaped it. */
export function textOf(component: Component, name: string): string | undefined {
  const value: unknown = component.getFirstPropertyValue(name);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed || undefined;
}

/** Every value of every `CATEGORIES` line, split on unescaped commas by ical.js. */
function categoriesOf(component: Component): string[] {
  const values = component
    .getAllProperties('categories')
    .flatMap((property) => property.getValues() as unknown[])
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.trim())
    .filter(Boolean);
  return [...new Set(values)];
}

function statusOf(component: Component): CourseStatus {
  return textOf(component, 'status')?.toUpperCase() === 'CANCELLED' ? 'cancelled' : 'scheduled';
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * `DESCRIPTION` is plain text: all of it (escaped) is the body, and when it has several paragraphs the first is
 * also the teaser. A one-paragraph description has no teaser: the opened course would show the same text twice.
 */
function describe(description: string | undefined): Pick<CourseEvent, 'teaser' | 'bodyHtml'> {
  if (!description) return {};
  const paragraphs = description
    .replace(/\r\n?/gu, '\n')
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!paragraphs.length) return {};
  const bodyHtml = paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/gu, '<br>')}</p>`).join('');
  return paragraphs.length > 1 ? { teaser: paragraphs[0].replace(/\s*\n\s*/gu, ' '), bodyHtml } : { bodyHtml };
}

/** The compact form of a recurrence id for keys: 20260331T100000, 20260331 or 20260331T080000Z. */
const idStamp = (time: Time) => time.toString().replace(/[-:]/gu, '').replace(/\.\d+/u, '');

export interface Shared {
  ical: IcalModule;
  context: IcsReadContext;
  floatingZone: string;
  loadedAt: string;
}

/** The override, with the master's properties it leaves out (never the master's dates or recurrence). */
function withFallback(ical: IcalModule, own: Component, master: Component): Component {
  const merged = new ical.Component(structuredClone(own.toJSON()) as unknown[], own.parent ?? undefined);
  const inherited = ['summary', 'description', 'location', 'geo', 'url', 'categories', 'status', 'organizer', 'image'];
  for (const name of inherited)
    if (!merged.hasProperty(name))
      for (const property of master.getAllProperties(name))
        merged.addProperty(new ical.Property(property.toJSON() as unknown[], merged));
  return merged;
}

/**
 * One session from the component that describes it (the master, or an override) and its own start and end. Some
 * calendars write overrides with only what changed; what an override leaves out comes from the master.
 */
export function toEvent(
  own: Component,
  master: Component | undefined,
  uid: string,
  start: Moment,
  end: Moment | undefined,
  recurrence: { id: Time; seriesKey: string } | undefined,
  shared: Shared,
): CourseEvent | ReadProblem['reason'] {
  const item = master && own !== master ? withFallback(shared.ical, own, master) : own;
  const title = textOf(item, 'summary');
  if (!title) return 'no-title';
  const id = recurrence ? `${uid}/${idStamp(recurrence.id)}` : uid;
  let endDate = end?.date;
  // An all-day event without DTEND, or with one at or before its start, lasts its one day (RFC 5545 3.6.1), and is
  // over at the next Copenhagen midnight (not 24 hours later: the DST days are 23 and 25 hours long).
  if (start.allDay && (!endDate || endDate.getTime() <= start.date.getTime())) {
    const [year, month, day] = start.day!.split('-').map(Number) as [number, number, number];
    endDate = fromCopenhagenTime(year, month, day + 1);
  }
  if (endDate && endDate.getTime() < start.date.getTime()) endDate = undefined;

  const location = textOf(item, 'location');
  const locationUrl = location && /^https?:\/\//iu.test(location) ? safeUrl(location) : undefined;
  const geo: unknown = item.getFirstPropertyValue('geo');
  const [lat, lon] = Array.isArray(geo) ? (geo as unknown[]).map(Number) : [];
  const place: CourseEvent['place'] = {};
  if (location && !locationUrl) place.name = location;
  if (Number.isFinite(lat) && Number.isFinite(lon)) Object.assign(place, { lat, lon });

  const organizer = item.getFirstProperty('organizer');
  const organizerName = organizer?.getParameter('cn');
  const image = safeUrl(textOf(item, 'image'), shared.context.feedUrl || undefined);
  const updated: unknown = item.getFirstPropertyValue('last-modified');
  const updatedMoment =
    updated instanceof shared.ical.Time ? toMoment(updated, shared.floatingZone, undefined) : undefined;

  const event: CourseEvent = {
    key: `ics:${id}`,
    source: { kind: 'ics', id, feedUrl: shared.context.feedUrl ?? '', loadedAt: shared.loadedAt },
    title,
    ...describe(textOf(item, 'description')),
    start: copenhagenIso(start.date),
    allDay: start.allDay,
    status: statusOf(item),
    // A Teams or Zoom link as the location is a private join link: it makes the session online, but is not shown.
    mode: locationUrl ? 'online' : 'inPerson',
    categories: categoriesOf(item),
    tags: [],
    audiences: [],
    languages: [],
    presenters: typeof organizerName === 'string' && organizerName.trim() ? [organizerName.trim()] : [],
    partners: [],
  };
  if (recurrence) event.seriesKey = recurrence.seriesKey;
  if (endDate) event.end = copenhagenIso(endDate);
  const pageUrl = safeUrl(textOf(item, 'url'), shared.context.feedUrl || undefined);
  if (pageUrl) event.pageUrl = pageUrl;
  if (Object.keys(place).length) event.place = place;
  if (image) event.images = { main: image };
  if (updatedMoment) event.updatedAt = copenhagenIso(updatedMoment.date);
  return event;
}
