/*
 * iCalendar (RFC 5545) feeds: a branch's Outlook calendar, a LibCal or Google "subscribe" link, a CMS export.
 * ical.js does the parsing (unescaping, time zones, recurrence); this module and its three helpers decide what a
 * session is: ics-text.ts cuts and repairs the file, ics-series.ts prepares and bounds each repeating event,
 * ics-event.ts maps one occurrence to a `CourseEvent`. ical.js is about 23 KB gzip, so it is imported here, inside
 * the function: Rollup puts it in a chunk that only pages with an iCalendar feed load. The rules, with the writers
 * and upstream sources they come from, are in docs/data-sources.md ("iCalendar").
 *
 * Reading works in slices like the JSON readers (`slicer` in core/slices.ts): parsing goes one VEVENT at a time, and
 * recurrence is walked step by step, so a large or long-running calendar never blocks the page for long.
 */
import { LoadError } from '../../core/feed.js';
import { slicer } from '../../core/slices.js';
import { copenhagenIso, TIME_ZONE } from '../../core/time.js';
import type { CourseEvent, ReadContext, ReadProblem, ReadResult } from '../model.js';
import { isKnownZone, vtimezoneLines } from '../zoned.js';
import { type Moment, type Shared, textOf, toEvent, toMoment, tzidOf, WINDOWS_ZONES } from './ics-event.js';
import {
  alignRecurrenceId,
  type Component,
  countToUntil,
  type IcalModule,
  jumpStart,
  mergeMasters,
  perRule,
  type PeriodEnd,
  splitPeriods,
  type Time,
} from './ics-series.js';
import { type Block, isRuleLine, repairEvent, splitIcs } from './ics-text.js';

/** The window to expand series in. Sessions that overlap it are kept. */
export interface IcsReadContext extends ReadContext {
  from: Date;
  to: Date;
}

/**
 * Recurrence steps walked per series at most, after the jump to the window; a guard against a rule that never ends
 * (an hourly rule from 1970). A series cut short by it is counted in `skipped` ('too-many-occurrences').
 */
const MAX_STEPS = 100_000;
/** Overrides may move a session by a few weeks; instances this far outside the window are still looked at. */
const MARGIN_MS = 45 * 86_400_000;

/** For `format="auto"`: the text is an iCalendar file (a BOM and leading blank lines allowed). */
export function looksLikeIcs(text: string): boolean {
  return /^\uFEFF?\s*BEGIN:VCALENDAR\s*$/imu.test(
    text
      .slice(0, 512)
      .split(/\r?\n/u)
      .find((l) => l.trim()) ?? '',
  );
}

/** The calendar component: its own properties and every VTIMEZONE that parses (ical.js looks zones up here). */
function calendarOf(ical: IcalModule, header: string[], blocks: Block[]): Component {
  const wrap = (inner: string[]) => ['BEGIN:VCALENDAR', ...inner, 'END:VCALENDAR'].join('\r\n');
  let calendar: Component;
  try {
    calendar = new ical.Component(ical.parse(wrap(header)) as unknown[]);
  } catch {
    calendar = new ical.Component(ical.parse(wrap([])) as unknown[]);
  }
  for (const block of blocks) {
    if (block.name !== 'VTIMEZONE') continue;
    try {
      calendar.addSubcomponent(new ical.Component(ical.parse(block.lines.join('\r\n')) as unknown[]));
    } catch {
      // A zone ical.js cannot read: times in it fall back to the Windows table or Copenhagen time.
    }
  }
  return calendar;
}

/**
 * One VEVENT block as an ical.js component whose parent is the calendar, or `undefined` when it cannot be read.
 * When ical.js rejects the block, each of its properties is tried on its own and the ones that fail are left out
 * (with its alarms): one bad property costs that property, not the event, unless it is the event's rule.
 */
function parseEvent(ical: IcalModule, calendar: Component, block: Block): Component | undefined {
  const { lines, badRule } = repairEvent(block.lines);
  if (badRule) return undefined;
  const make = (inner: string[]) => new ical.Component(ical.parse(inner.join('\r\n')) as unknown[], calendar);
  try {
    return make(lines);
  } catch {
    const kept: string[] = [];
    let depth = 0;
    for (const line of lines.slice(1, -1)) {
      if (/^BEGIN:/iu.test(line)) depth += 1;
      const top = depth === 0;
      if (/^END:/iu.test(line)) depth -= 1;
      if (!top) continue;
      try {
        ical.parse(['BEGIN:VEVENT', line, 'END:VEVENT'].join('\r\n'));
        kept.push(line);
      } catch {
        if (isRuleLine(line)) return undefined;
      }
    }
    try {
      return make(['BEGIN:VEVENT', ...kept, 'END:VEVENT']);
    } catch {
      return undefined;
    }
  }
}

/**
 * ical.js reads values lazily: read each once, and leave out those that fail. Returns 'unreadable' when a rule
 * failed, 'bad-date' when an RDATE or EXDATE did (the series stays without it), else undefined.
 */
function dropBadValues(component: Component): string | undefined {
  let problem: string | undefined;
  for (const property of component.getAllProperties()) {
    try {
      property.getValues();
    } catch {
      component.removeProperty(property);
      if (property.name === 'rrule' || property.name === 'exrule') return 'unreadable';
      if (property.name === 'rdate' || property.name === 'exdate') problem = 'bad-date';
    }
  }
  return problem;
}

/**
 * A `TZID` used without its `VTIMEZONE` (common: `TZID=Europe/Copenhagen` alone) is floating to ical.js, which
 * then compares a series' local times with its UTC `UNTIL` as if they were UTC, and drops the last session. Where
 * we can write the zone's rules (fixed offsets, Central European time) we add the missing `VTIMEZONE`.
 */
function addMissingZones(ical: IcalModule, calendar: Component, used: ReadonlySet<string>): void {
  const defined = new Set(
    calendar.getAllSubcomponents('vtimezone').map((zone) => String(zone.getFirstPropertyValue('tzid'))),
  );
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

interface Entry {
  component: Component;
  index: number;
}

/** What one read shares: the module, the context, where sessions and problems go, and the slice clock. */
interface Run extends Shared {
  events: CourseEvent[];
  problems: ReadProblem[];
  tick: () => Promise<void>;
}

function skip(run: Run, index: number, uid: string | undefined, reason: string): void {
  run.problems.push(uid && !uid.startsWith('#') ? { index, id: uid, reason } : { index, reason });
}
const hasEnd = (item: Component) => item.hasProperty('dtend') || item.hasProperty('duration');

/** Adds one session when it overlaps the window; a reason string from `toEvent` is counted instead. */
function keep(run: Run, entry: Entry, uid: string, result: CourseEvent | string): void {
  if (typeof result === 'string') skip(run, entry.index, uid, result);
  else if (
    overlaps(new Date(result.start), result.end ? new Date(result.end) : undefined, run.context.from, run.context.to)
  )
    run.events.push(result);
}

/** A component that stands for one session: a non-repeating event, or an override whose master is missing. */
function readSingle(run: Run, entry: Entry, master: Component | undefined, uid: string, seriesKey?: string): void {
  const { component } = entry;
  const event = new run.ical.Event(component);
  const start = toMoment(event.startDate, run.floatingZone, tzidOf(component, 'dtstart'));
  if (!start) return skip(run, entry.index, uid, 'bad-start');
  const endZone = tzidOf(component, component.hasProperty('dtend') ? 'dtend' : 'dtstart');
  const end = hasEnd(component) ? toMoment(event.endDate, run.floatingZone, endZone) : undefined;
  const recurrence = seriesKey ? { id: event.recurrenceId ?? event.startDate, seriesKey } : undefined;
  keep(run, entry, uid, toEvent(component, master, uid, start, end, recurrence, run));
}

/** The overrides of a master that ical.js can read, each aligned to the master's kind of date; others counted. */
function usableOverrides(run: Run, master: Component, overrides: Entry[], uid: string): Entry[] {
  return overrides.filter((entry) => {
    try {
      alignRecurrenceId(run.ical, master, entry.component);
      const event = new run.ical.Event(entry.component);
      if (!event.recurrenceId || !toMoment(event.startDate, run.floatingZone, tzidOf(entry.component, 'dtstart')))
        throw new Error('bad override');
      return true;
    } catch {
      skip(run, entry.index, uid, 'bad-override');
      return false;
    }
  });
}

/** One occurrence of a series: the override that replaces it, or the master's slot (with a PERIOD's own end). */
function readOccurrence(
  run: Run,
  entry: Entry,
  event: InstanceType<IcalModule['Event']>,
  next: Time,
  series: { uid: string; periods: Map<string, PeriodEnd> },
): void {
  const details = event.getOccurrenceDetails(next);
  const item = details.item.component;
  const start = toMoment(details.startDate, run.floatingZone, tzidOf(item, 'dtstart'));
  if (!start) return;
  const period = item === event.component ? series.periods.get(next.toString()) : undefined;
  let end: Moment | undefined;
  if (period) end = toMoment(period.end, run.floatingZone, period.tzid);
  else if (hasEnd(item) || start.allDay)
    end = toMoment(details.endDate, run.floatingZone, tzidOf(item, item.hasProperty('dtend') ? 'dtend' : 'dtstart'));
  const recurrence = { id: next, seriesKey: series.uid };
  keep(run, entry, series.uid, toEvent(item, event.component, series.uid, start, end, recurrence, run));
}

/** Walks one copy of a series (one RRULE) from near the window to its end, yielding between slices. */
async function walk(
  run: Run,
  entry: Entry,
  event: InstanceType<IcalModule['Event']>,
  seen: Set<string>,
  series: { uid: string; periods: Map<string, PeriodEnd> },
): Promise<void> {
  const { from, to } = run.context;
  const startMs = event.startDate.toUnixTime() * 1000;
  const length = Math.max(0, event.endDate.toUnixTime() * 1000 - startMs);
  const earliest = from.getTime() - MARGIN_MS - length;
  const iterator = event.iterator(jumpStart(run.ical, event.component, event.startDate, earliest));
  for (let steps = 0; ; steps += 1) {
    if ((steps & 3) === 0) await run.tick();
    if (steps >= MAX_STEPS) return skip(run, entry.index, series.uid, 'too-many-occurrences');
    const next = iterator.next();
    if (!next) return;
    const id = next.toString();
    if (seen.has(id)) continue;
    seen.add(id);
    const at = next.toUnixTime() * 1000;
    if (at > to.getTime() + MARGIN_MS) return;
    if (at >= earliest) readOccurrence(run, entry, event, next, series);
  }
}

/** A master with its overrides: one session, or a series expanded within the window. */
async function readMaster(run: Run, entry: Entry, uid: string, overrides: Entry[]): Promise<void> {
  const master = entry.component;
  const first = new run.ical.Event(master);
  if (!first.isRecurring()) {
    const slot = first.startDate.toString();
    const own = overrides.find((o) => {
      alignRecurrenceId(run.ical, master, o.component);
      return o.component.getFirstPropertyValue('recurrence-id')?.toString() === slot;
    });
    if (own) return readSingle(run, { ...own, index: entry.index }, master, uid, uid);
    return readSingle(run, entry, undefined, uid);
  }
  const usable = usableOverrides(run, master, overrides, uid);
  const seen = new Set<string>();
  for (const copy of perRule(run.ical, master)) {
    const periods = splitPeriods(run.ical, copy);
    const event = new run.ical.Event(copy, { strictExceptions: true });
    for (const override of usable) {
      try {
        event.relateException(override.component);
      } catch {
        skip(run, override.index, uid, 'bad-override');
      }
    }
    if (!(await countToUntil(run.ical, copy, event.startDate, run.tick, MAX_STEPS))) {
      skip(run, entry.index, uid, 'too-many-occurrences');
      continue;
    }
    await walk(run, entry, event, seen, { uid, periods });
  }
}

/** All VEVENTs of one UID: masters merged where they are copies, each with its overrides. */
async function readUid(run: Run, uid: string, masters: Entry[], overrides: Entry[]): Promise<void> {
  if (!masters.length) {
    for (const entry of overrides) tryRead(run, entry, uid, () => readSingle(run, entry, undefined, uid, uid));
    return;
  }
  const indexOf = new Map(masters.map((entry) => [entry.component, entry.index]));
  const merged = mergeMasters(
    run.ical,
    masters.map((entry) => entry.component),
  );
  for (const [n, component] of merged.entries()) {
    const entry = { component, index: indexOf.get(component)! };
    const key = n ? `${uid}#${n + 1}` : uid;
    await run.tick();
    try {
      await readMaster(run, entry, key, n ? [] : overrides);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      skip(run, entry.index, uid, 'unreadable');
    }
  }
}

function tryRead(run: Run, entry: Entry, uid: string, read: () => void): void {
  try {
    read();
  } catch {
    skip(run, entry.index, uid, 'unreadable');
  }
}

/** Parses every VEVENT (in slices), counting those without a start or a title, and groups them by UID. */
async function collect(run: Run, calendar: Component, blocks: Block[]) {
  const parsed: Entry[] = [];
  const zones = new Set<string>();
  for (const block of blocks) {
    if (block.name !== 'VEVENT') continue;
    await run.tick();
    // The zones the event names, read from its text (cheaper than asking ical.js for every property).
    for (const line of block.lines) {
      const tzid = /;TZID=(?:"([^"]*)"|([^;:]*))[;:]/iu.exec(line);
      if (tzid) zones.add((tzid[1] ?? tzid[2]).trim());
    }
    const component = parseEvent(run.ical, calendar, block);
    if (component) parsed.push({ component, index: block.index });
    else skip(run, block.index, undefined, 'unreadable');
  }
  addMissingZones(run.ical, calendar, zones);
  const groups = new Map<string, { masters: Entry[]; overrides: Entry[] }>();
  for (const entry of parsed) {
    await run.tick();
    const { component, index } = entry;
    const uid = textOf(component, 'uid') ?? `#${index}`;
    const problem = dropBadValues(component);
    if (problem === 'unreadable') {
      skip(run, index, undefined, problem);
      continue;
    }
    if (!component.hasProperty('dtstart')) {
      skip(run, index, uid, 'no-start');
      continue;
    }
    if (!textOf(component, 'summary') && !component.hasProperty('recurrence-id')) {
      skip(run, index, uid, 'no-title');
      continue;
    }
    if (problem) skip(run, index, uid, problem);
    const group = groups.get(uid) ?? { masters: [], overrides: [] };
    (component.hasProperty('recurrence-id') ? group.overrides : group.masters).push(entry);
    groups.set(uid, group);
  }
  return groups;
}

/**
 * Reads an iCalendar file into sessions within `[from, to]`, yielding to the page between slices. Records without
 * a start or a title, or that ical.js cannot read, are skipped and counted, as is every part of a series that was
 * not expanded. Text that is not iCalendar at all throws `LoadError('parse')`.
 */
export async function readIcs(text: string, context: IcsReadContext, signal?: AbortSignal): Promise<ReadResult> {
  const { default: ical } = await import('ical.js');
  if (!/BEGIN:VCALENDAR/iu.test(text)) throw new LoadError('parse', 'not iCalendar');
  const { tick } = slicer(signal);
  const { header, blocks } = await splitIcs(text, tick);
  const calendar = calendarOf(ical, header, blocks);
  const hint = textOf(calendar, 'x-wr-timezone');
  const run: Run = {
    ical,
    context,
    floatingZone: hint && isKnownZone(hint) ? hint : TIME_ZONE,
    loadedAt: context.loadedAt ?? copenhagenIso(new Date()),
    events: [],
    problems: [],
    tick,
  };
  const groups = await collect(run, calendar, blocks);
  for (const [uid, { masters, overrides }] of groups) await readUid(run, uid, masters, overrides);

  const { events, problems } = run;
  const order = new Map(events.map((event) => [event, Date.parse(event.start)]));
  events.sort((a, b) => order.get(a)! - order.get(b)! || a.key.localeCompare(b.key));
  problems.sort((a, b) => a.index - b.index);
  return { events, skipped: problems.length, problems };
}
