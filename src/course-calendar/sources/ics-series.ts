/*
 * Repeating events: what ical.js's `Event` and `RecurExpansion` are given, and how far they are walked. ical.js
 * expands RRULE + RDATE − EXDATE in the wall clock of the event's zone and applies RECURRENCE-ID overrides; this
 * module prepares each series so that the answer is right and cheap:
 * - two masters with one UID and one DTSTART (a server that keeps the old copy beside the new) are one series: the
 *   later (higher SEQUENCE, else later in the file) wins, and the EXDATEs of both apply;
 * - an override's RECURRENCE-ID written as a date-time on an all-day series (Exchange writes midnight in its own
 *   zone: `RECURRENCE-ID;TZID=GMT Standard Time:20200416T000000`) is read as that date; an override ical.js cannot
 *   relate is left out and counted, and the series stays;
 * - `RDATE;VALUE=PERIOD` (a start and an end) becomes an RDATE of the start, the end kept for that session;
 * - ical.js 2.2.1 bug 1: `RecurIterator.next()` counts an occurrence twice when it meets the same date again while
 *   skipping months (`FREQ=MONTHLY;COUNT=9;BYDAY=+3WE;BYMONTH=…` yields 8). COUNT is therefore turned into the
 *   UNTIL of its last occurrence, counted on a copy of the rule without COUNT (which ical.js walks right);
 * - ical.js 2.2.1 bug 2: `RecurExpansion._nextRecurrenceIter()` drops the wrong iterator when the first of several
 *   RRULEs ends, so the second rule's later sessions vanish. Each RRULE is expanded on its own copy of the event
 *   (RDATEs on the first, EXDATEs on all) and the sessions are joined, each start once;
 * - a daily or weekly rule without BY-parts that could misalign it starts from its last occurrence before the
 *   window instead of from DTSTART (a series begun in 1970 costs what one begun last month costs).
 */
import type ICAL from 'ical.js';

export type IcalModule = typeof ICAL;
export type Component = InstanceType<IcalModule['Component']>;
export type Time = InstanceType<IcalModule['Time']>;
type Recur = InstanceType<IcalModule['Recur']>;

const DAY_MS = 86_400_000;

/** A rule part list, as ical.js keeps it. */
const partsOf = (rule: Recur): Record<string, unknown[]> => rule.parts;

/** The SEQUENCE of a component, 0 when missing or unreadable. */
function sequenceOf(component: Component): number {
  const value = Number(component.getFirstPropertyValue('sequence'));
  return Number.isFinite(value) ? value : 0;
}

const dtstartText = (component: Component) => String(component.getFirstProperty('dtstart')?.toICALString() ?? '');

/**
 * Masters that share a UID and a DTSTART become one: the newest copy, with every EXDATE of the others. Masters with
 * the same UID but different starts stay apart (some exporters reuse UIDs for unrelated events).
 */
export function mergeMasters(ical: IcalModule, masters: Component[]): Component[] {
  const byStart = new Map<string, Component[]>();
  for (const master of masters) {
    const key = dtstartText(master);
    byStart.set(key, [...(byStart.get(key) ?? []), master]);
  }
  return [...byStart.values()].map((copies) => {
    if (copies.length === 1) return copies[0];
    const newest = copies.reduce((best, copy) => (sequenceOf(copy) >= sequenceOf(best) ? copy : best));
    const have = new Set(newest.getAllProperties('exdate').map((p) => p.toICALString()));
    for (const copy of copies)
      for (const exdate of copy.getAllProperties('exdate'))
        if (!have.has(exdate.toICALString())) {
          have.add(exdate.toICALString());
          newest.addProperty(new ical.Property(exdate.toJSON() as unknown[], newest));
        }
    return newest;
  });
}

/** An all-day series' override whose RECURRENCE-ID is a date-time gets the date of that wall time. */
export function alignRecurrenceId(ical: IcalModule, master: Component, override: Component): void {
  const start: unknown = master.getFirstPropertyValue('dtstart');
  const id: unknown = override.getFirstPropertyValue('recurrence-id');
  if (!(start instanceof ical.Time) || !(id instanceof ical.Time) || !start.isDate || id.isDate) return;
  override.removeAllProperties('recurrence-id');
  const day = ical.Time.fromData({ year: id.year, month: id.month, day: id.day, isDate: true });
  override.addProperty(new ical.Property(['recurrence-id', {}, 'date', day.toString()], override));
}

/** The end an `RDATE;VALUE=PERIOD` gave its session, and the `TZID` it was written in. */
export interface PeriodEnd {
  end: Time;
  tzid?: string;
}

/**
 * Replaces `RDATE;VALUE=PERIOD` values by their starts; returns each start's end (keyed by the start's
 * `toString()`), so those sessions keep the length the period gave them.
 */
export function splitPeriods(ical: IcalModule, master: Component): Map<string, PeriodEnd> {
  const ends = new Map<string, PeriodEnd>();
  for (const property of master.getAllProperties('rdate')) {
    const values = property.getValues() as unknown[];
    if (!values.some((value) => value instanceof ical.Period)) continue;
    const tzid: unknown = property.getParameter('tzid');
    const starts = values.map((value) => {
      if (!(value instanceof ical.Period)) return value;
      const start = value.start;
      ends.set(start.toString(), { end: value.getEnd(), tzid: typeof tzid === 'string' ? tzid : undefined });
      return start;
    });
    master.removeProperty(property);
    for (const start of starts) {
      if (!(start instanceof ical.Time)) continue;
      const rdate = new ical.Property('rdate', master);
      if (typeof tzid === 'string') rdate.setParameter('tzid', tzid);
      rdate.resetType(start.isDate ? 'date' : 'date-time');
      rdate.setValue(start);
      master.addProperty(rdate);
    }
  }
  return ends;
}

/**
 * One copy of the master per RRULE (ical.js bug 2 above); the first keeps the RDATEs. Copies share the master's
 * parent, where ical.js looks up time zones.
 */
export function perRule(ical: IcalModule, master: Component): Component[] {
  const rules = master.getAllProperties('rrule');
  if (rules.length < 2) return [master];
  return rules.map((_, position) => {
    // A deep copy: ical.js components built from `toJSON()` share its arrays.
    const copy = new ical.Component(structuredClone(master.toJSON()) as unknown[], master.parent ?? undefined);
    copy.getAllProperties('rrule').forEach((rule, i) => {
      if (i !== position) copy.removeProperty(rule);
    });
    if (position > 0) copy.removeAllProperties('rdate');
    return copy;
  });
}

/**
 * Replaces a rule's COUNT by the UNTIL of its last occurrence (ical.js bug 1 above), walking a copy of the rule
 * without COUNT from DTSTART. `tick` lets the page breathe during a long count; `limit` bounds the walk.
 * Returns false when the count could not be finished within `limit`.
 */
export async function countToUntil(
  ical: IcalModule,
  component: Component,
  start: Time,
  tick: () => Promise<void>,
  limit: number,
): Promise<boolean> {
  const property = component.getFirstProperty('rrule');
  const rule: unknown = property?.getFirstValue();
  if (!property || !(rule instanceof ical.Recur) || !rule.count) return true;
  const free = rule.clone();
  free.count = null;
  const iterator = free.iterator(start);
  let last: Time | undefined;
  for (let n = 0; n < rule.count; n += 1) {
    if (n >= limit) return false;
    if ((n & 1023) === 1023) await tick();
    const next = iterator.next();
    if (!next) break;
    last = next.clone();
  }
  rule.count = null;
  if (last && (!rule.until || last.compare(rule.until) < 0)) rule.until = last;
  property.setValue(rule);
  return true;
}

/** For the weekly jump: the ical.js weekday number (Sunday 1 … Saturday 7) of a BYDAY entry without ordinal. */
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * A later start from which the single RRULE of `component` yields exactly the tail of its occurrences, at or
 * before `before` (epoch ms); `undefined` when the rule does not allow it (it has COUNT, BY-parts that depend on the
 * alignment, RDATEs to keep, or DTSTART itself is an extra instance the rule does not produce).
 */
export function jumpStart(ical: IcalModule, component: Component, start: Time, before: number): Time | undefined {
  const rules = component.getAllProperties('rrule');
  const rule: unknown = rules[0]?.getFirstValue();
  if (rules.length !== 1 || !(rule instanceof ical.Recur) || rule.count) return undefined;
  if (component.hasProperty('rdate')) return undefined;
  const parts = Object.keys(partsOf(rule)).filter((key) => partsOf(rule)[key]?.length);
  const interval = Math.max(1, rule.interval || 1);
  let period: number;
  if (rule.freq === 'DAILY' && !parts.length) period = interval;
  else if (rule.freq === 'WEEKLY' && parts.every((key) => key === 'BYDAY')) {
    const days = (partsOf(rule).BYDAY ?? []).map(String);
    if (days.some((day) => !WEEKDAYS.includes(day))) return undefined;
    if (days.length && !days.includes(WEEKDAYS[start.dayOfWeek() - 1])) return undefined;
    period = interval * 7;
  } else return undefined;
  const startMs = start.toUnixTime() * 1000;
  const periods = Math.floor((before - startMs) / DAY_MS / period);
  if (periods < 1) return undefined;
  const later = start.clone();
  later.adjust(periods * period, 0, 0, 0);
  return later;
}
