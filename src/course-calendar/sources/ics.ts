/*
 * iCalendar (RFC 5545) feeds: a branch's Outlook calendar, a LibCal or Google "subscribe" link, a CMS export.
 * ical.js does the parsing (unfolding, unescaping, time zones, recurrence); this module decides what a session is
 * and maps it into `CourseEvent`s. ical.js is about 23 KB gzip, so it is imported here, inside the function: Rollup
 * puts it in a chunk that only pages with an iCalendar feed load.
 *
 * Rules (RFC 5545, and what Outlook, Google and LibCal really write):
 * - A `TZID` the browser's IANA database knows is converted with `Intl`; an unknown one (Outlook's Windows names,
 *   "Romance Standard Time") through the file's own `VTIMEZONE`, which ical.js finds in the component tree; failing
 *   that through a short table of Windows names; a time without zone is Copenhagen time (or `X-WR-TIMEZONE`).
 *   We deliberately do not register the file's zones in ical.js's global `TimezoneService`: two feeds on one page
 *   may define the same name differently, and the service would keep whichever came first.
 * - Recurrence (`RRULE` + `RDATE` − `EXDATE`) is expanded by ical.js in the wall clock of the event's zone, so a
 *   weekly 10.00 course stays at 10.00 across the DST change, and only within the window asked for.
 * - `RECURRENCE-ID` overrides replace their instance (moved, renamed, cancelled); `STATUS:CANCELLED` keeps the
 *   session, marked cancelled.
 */
import type ICAL from 'ical.js';
import { LoadError } from '../../core/feed.js';
import { TIME_ZONE } from '../../core/time.js';
import { safeUrl } from '../../core/url.js';
import type { CourseEvent, CourseStatus, ReadContext, ReadProblem, ReadResult } from '../model.js';
import { copenhagenIso, fromZonedTime, isKnownZone, vtimezoneLines } from '../zoned.js';

type IcalModule = typeof ICAL;
type Component = InstanceType<IcalModule['Component']>;
type Time = InstanceType<IcalModule['Time']>;
type IcalEvent = InstanceType<IcalModule['Event']>;

/** The window to expand series in. Sessions that overlap it are kept. */
export interface IcsReadContext extends ReadContext {
  from: Date;
  to: Date;
}

/*
 * Windows zone names Outlook and Exchange write, for a file that uses one without its VTIMEZONE (against RFC 5545,
 * but it happens when a calendar is exported in parts). Only zones a Danish library's partners plausibly use.
 */
const WINDOWS_ZONES: Record<string, string> = {
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

/** Instances looked at per series at most (ten years of a daily series); a guard against a rule that never ends. */
const MAX_OCCURRENCES = 20_000;
/** Overrides may move a session by a few weeks; instances this far outside the window are still looked at. */
const MARGIN_MS = 45 * 86_400_000;
const DAY_MS = 86_400_000;

/** For `format="auto"`: the text is an iCalendar file (a BOM and leading blank lines allowed). */
export function looksLikeIcs(text: string): boolean {
  return /^\uFEFF?\s*BEGIN:VCALENDAR\s*$/imu.test(
    text
      .slice(0, 512)
      .split(/\r?\n/u)
      .find((l) => l.trim()) ?? '',
  );
}

interface Moment {
  date: Date;
  allDay: boolean;
  /** For all-day values: the calendar date, YYYY-MM-DD. */
  day?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The `TZID` parameter of a date property, when it has one. */
function tzidOf(component: Component, name: string): string | undefined {
  const value: unknown = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * The instant an ical.js time stands for, by the zone rules above. `tzid` is the property's own `TZID`: ical.js
 * leaves a zone it has no definition for as floating, so the name must come from the property.
 */
function toMoment(time: Time, floatingZone: string, tzid: string | undefined): Moment | undefined {
  if (time.isDate) {
    const day = `${time.year}-${pad(time.month)}-${pad(time.day)}`;
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
function textOf(component: Component, name: string): string | undefined {
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

/** `DESCRIPTION` is plain text: its first paragraph is the teaser, all of it (escaped) the body. */
function describe(description: string | undefined): Pick<CourseEvent, 'teaser' | 'bodyHtml'> {
  if (!description) return {};
  const paragraphs = description
    .replace(/\r\n?/gu, '\n')
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!paragraphs.length) return {};
  return {
    teaser: paragraphs[0].replace(/\s*\n\s*/gu, ' '),
    bodyHtml: paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/gu, '<br>')}</p>`).join(''),
  };
}

/** The compact form of a recurrence id for keys: 20260331T100000, 20260331 or 20260331T080000Z. */
const idStamp = (time: Time) => time.toString().replace(/[-:]/gu, '').replace(/\.\d+/u, '');

interface Shared {
  ical: IcalModule;
  context: IcsReadContext;
  floatingZone: string;
  loadedAt: string;
}

/** The override, with the master's properties it leaves out (never the master's dates or recurrence). */
function withFallback(ical: IcalModule, own: Component, master: Component): Component {
  const merged = new ical.Component(own.toJSON() as unknown[], own.parent ?? undefined);
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
function toEvent(
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
  if (start.allDay && (!endDate || endDate.getTime() <= start.date.getTime())) {
    endDate = new Date(start.date.getTime() + DAY_MS);
    // Midnight of the next Copenhagen day, not 24 hours later (the DST days are 23 and 25 hours long).
    const next = new Date(Date.UTC(...(start.day!.split('-').map(Number) as [number, number, number])) + DAY_MS);
    endDate = fromZonedTime(TIME_ZONE, next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()) ?? endDate;
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

/**
 * ical.js parses a whole file at once and throws on the first bad value (an unknown `FREQ`, a broken date), which
 * would lose every good event for one bad one. When that happens the file is cut into its top-level components and
 * each is parsed on its own; the `VEVENT`s that still fail are reported by their position.
 */
function parseTolerantly(
  ical: IcalModule,
  text: string,
): { calendar: Component; unreadable: number[]; positions: number[] } {
  const whole = (source: string) => {
    const root = new ical.Component(ical.parse(source) as unknown[]);
    return root.name === 'vcalendar' ? root : root.getFirstSubcomponent('vcalendar');
  };
  if (!/BEGIN:VCALENDAR/iu.test(text)) throw new LoadError('parse', 'not iCalendar');
  try {
    const calendar = whole(text);
    if (!calendar) throw new LoadError('invalid', 'no VCALENDAR');
    const count = calendar.getAllSubcomponents('vevent').length;
    return { calendar, unreadable: [], positions: Array.from({ length: count }, (_, i) => i) };
  } catch (error) {
    if (error instanceof LoadError) throw error;
  }
  // Unfold (a line break followed by one space or tab), then split into top-level blocks.
  const lines = text.replace(/\r?\n[ \t]/gu, '').split(/\r?\n/u);
  const header: string[] = [];
  const blocks: { name: string; lines: string[] }[] = [];
  let depth = 0;
  for (const line of lines) {
    const begin = /^BEGIN:(.+)$/iu.exec(line.trim());
    const end = /^END:(.+)$/iu.test(line.trim());
    if (begin && depth === 0) {
      depth = 1;
      continue;
    }
    if (depth === 1 && begin) blocks.push({ name: begin[1].toUpperCase(), lines: [] });
    if (depth >= 2 || (depth === 1 && begin)) blocks.at(-1)!.lines.push(line);
    else if (depth === 1 && !end && line.trim()) header.push(line);
    if (begin) depth += depth >= 1 ? 1 : 0;
    if (end) depth -= 1;
  }
  const wrap = (inner: string[]) => ['BEGIN:VCALENDAR', ...inner, 'END:VCALENDAR'].join('\r\n');
  const parses = (inner: string[]) => {
    try {
      whole(wrap(inner));
      return true;
    } catch {
      return false;
    }
  };
  const good: string[] = parses(header) ? [...header] : [];
  const unreadable: number[] = [];
  const positions: number[] = [];
  let veventIndex = 0;
  for (const block of blocks) {
    const isEvent = block.name === 'VEVENT';
    if (parses(block.lines)) {
      good.push(...block.lines);
      if (isEvent) positions.push(veventIndex);
    } else if (isEvent) unreadable.push(veventIndex);
    if (isEvent) veventIndex += 1;
  }
  const calendar = whole(wrap(good));
  if (!calendar) throw new LoadError('invalid', 'no VCALENDAR');
  return { calendar, unreadable, positions };
}

/**
 * A `TZID` used without its `VTIMEZONE` (common: `TZID=Europe/Copenhagen` alone) is floating to ical.js, which
 * then compares a series' local times with its UTC `UNTIL` as if they were UTC, and drops the last session. Where
 * we can write the zone's rules (fixed offsets, Central European time) we add the missing `VTIMEZONE`.
 */
function addMissingZones(ical: IcalModule, calendar: Component): void {
  const defined = new Set(
    calendar.getAllSubcomponents('vtimezone').map((zone) => String(zone.getFirstPropertyValue('tzid'))),
  );
  const used = new Set<string>();
  for (const event of calendar.getAllSubcomponents('vevent'))
    for (const property of event.getAllProperties()) {
      const tzid: unknown = property.getParameter('tzid');
      if (typeof tzid === 'string' && tzid.trim()) used.add(tzid.trim());
    }
  for (const tzid of used) {
    if (defined.has(tzid)) continue;
    const lines = vtimezoneLines(tzid, isKnownZone(tzid) ? tzid : (WINDOWS_ZONES[tzid] ?? ''));
    if (!lines) continue;
    const zone = new ical.Component(
      ical.parse(['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR'].join('\r\n')) as unknown[],
    );
    const vtimezone = zone.getFirstSubcomponent('vtimezone');
    // ical.js looks a zone up among the calendar's VTIMEZONEs the first time it reads a date, which is later.
    if (vtimezone) calendar.addSubcomponent(vtimezone);
  }
}

const overlaps = (start: Date, end: Date | undefined, from: Date, to: Date) =>
  start.getTime() <= to.getTime() && (end ?? start).getTime() >= from.getTime();

/**
 * Reads an iCalendar file into sessions within `[from, to]`. Records without a start or a title, or that ical.js
 * cannot read, are skipped and counted. Text that is not iCalendar at all throws `LoadError('parse')`.
 */
export async function readIcs(text: string, context: IcsReadContext): Promise<ReadResult> {
  const { default: ical } = await import('ical.js');
  const { calendar, unreadable, positions } = parseTolerantly(ical, text.replace(/^\uFEFF/u, ''));

  addMissingZones(ical, calendar);
  const hint = textOf(calendar, 'x-wr-timezone');
  const shared: Shared = {
    ical,
    context,
    floatingZone: hint && isKnownZone(hint) ? hint : TIME_ZONE,
    loadedAt: context.loadedAt ?? copenhagenIso(new Date()),
  };
  const { from, to } = context;
  const events: CourseEvent[] = [];
  const problems: ReadProblem[] = unreadable.map((index) => ({ index, reason: 'unreadable' }));

  const vevents = calendar.getAllSubcomponents('vevent');
  // Overrides (RECURRENCE-ID) grouped by UID, so each master gets exactly its own.
  const overrides = new Map<string, { component: Component; index: number }[]>();
  const masters = new Set<string>();
  vevents.forEach((component, index) => {
    const uid = textOf(component, 'uid') ?? `#${index}`;
    if (component.hasProperty('recurrence-id')) {
      const list = overrides.get(uid) ?? [];
      list.push({ component, index });
      overrides.set(uid, list);
    } else masters.add(uid);
  });

  const skip = (at: number, uid: string | undefined, reason: string) => {
    const index = positions[at] ?? at;
    problems.push(uid ? { index, id: uid, reason } : { index, reason });
  };

  const add = (result: CourseEvent | string, index: number, uid: string) => {
    if (typeof result === 'string') skip(index, uid, result);
    else if (overlaps(new Date(result.start), result.end ? new Date(result.end) : undefined, from, to))
      events.push(result);
  };

  vevents.forEach((component, index) => {
    const uidText = textOf(component, 'uid');
    const uid = uidText ?? `#${index}`;
    const isOverride = component.hasProperty('recurrence-id');
    // An override is read with its master; one whose master is missing stands on its own.
    if (isOverride && masters.has(uid)) return;
    try {
      if (!component.hasProperty('dtstart')) return skip(index, uidText, 'no-start');
      if (!textOf(component, 'summary')) return skip(index, uidText, 'no-title');
      const event: IcalEvent = new ical.Event(component, {
        strictExceptions: true,
        exceptions: isOverride ? [] : (overrides.get(uid) ?? []).map((o) => o.component),
      });
      const startZone = tzidOf(component, 'dtstart');
      const endZone = (item: Component) => tzidOf(item, item.hasProperty('dtend') ? 'dtend' : 'dtstart');
      const start = toMoment(event.startDate, shared.floatingZone, startZone);
      if (!start) return skip(index, uidText, 'bad-start');

      if (!event.isRecurring()) {
        const end = component.hasProperty('dtend') || component.hasProperty('duration') ? event.endDate : undefined;
        const recurrence = isOverride ? { id: event.recurrenceId, seriesKey: uid } : undefined;
        return add(
          toEvent(
            component,
            undefined,
            uid,
            start,
            end && toMoment(end, shared.floatingZone, endZone(component)),
            recurrence,
            shared,
          ),
          index,
          uid,
        );
      }

      const iterator = event.iterator();
      for (let count = 0; count < MAX_OCCURRENCES; count += 1) {
        const next = iterator.next();
        if (!next) break;
        const slot = toMoment(next, shared.floatingZone, startZone);
        if (!slot) break;
        if (slot.date.getTime() > to.getTime() + MARGIN_MS) break;
        const details = event.getOccurrenceDetails(next);
        const item = details.item.component;
        const occurrenceStart = toMoment(details.startDate, shared.floatingZone, tzidOf(item, 'dtstart'));
        if (!occurrenceStart) continue;
        const occurrenceEnd = toMoment(details.endDate, shared.floatingZone, endZone(item));
        add(
          toEvent(item, component, uid, occurrenceStart, occurrenceEnd, { id: next, seriesKey: uid }, shared),
          index,
          uid,
        );
      }
    } catch {
      skip(index, uidText, 'unreadable');
    }
  });

  events.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.key.localeCompare(b.key));
  problems.sort((a, b) => a.index - b.index);
  return { events, skipped: problems.length, problems };
}
