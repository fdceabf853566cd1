/*
 * Our own JSON format, documented in schemas/course-events.schema.json: what a library writes by hand or exports
 * from its own system. Close to `CourseEvent`, with a few things made easier for a person writing it: one record
 * may list several `sessions` (a four-evening course), prices are in kroner, and programme times may be written as
 * "10.15" on the session's own day.
 */
import { LoadError } from '../../core/feed.js';
import { dayKey, fromCopenhagenTime, parseDateTime } from '../../core/time.js';
import {
  COURSE_STATUSES,
  type CourseEvent,
  type CourseMode,
  type CoursePlace,
  type CoursePrice,
  type CourseSeats,
  type CourseSignup,
  type CourseStatus,
  type ProgrammeItem,
  type ReadContext,
  type ReadResult,
} from '../model.js';
import {
  Skip,
  compact,
  flag,
  isObject,
  link,
  loadedAt,
  names,
  number,
  pick,
  readInSlices,
  readTimes,
  records,
  shared,
  text,
  copenhagenIso,
} from './common.js';

const MODES: CourseMode[] = ['inPerson', 'online', 'mixed'];

function status(value: unknown): CourseStatus {
  const raw = text(value);
  return (COURSE_STATUSES as readonly string[]).includes(raw ?? '') ? (raw as CourseStatus) : 'scheduled';
}

function price(value: unknown): CoursePrice | undefined {
  if (value === undefined || value === null) return undefined;
  const amount = number(isObject(value) ? value.amount : value);
  const words = isObject(value)
    ? text(value.text)
    : typeof value === 'string' && amount === undefined
      ? text(value)
      : undefined;
  const free = (isObject(value) ? flag(value.free) : undefined) ?? (amount !== undefined ? amount <= 0 : false);
  if (amount === undefined && !words && !free) return undefined;
  return compact({
    free,
    amountMinor: !free && amount !== undefined ? Math.round(amount * 100) : undefined,
    currency: !free && amount !== undefined ? (text(pick(value, 'currency'))?.toUpperCase() ?? 'DKK') : undefined,
    text: words,
  });
}

const CLOCK = /^(\d{1,2})[.:](\d{2})$/;

/** A programme time: full ISO, or "10.15" / "10:15" on the session's Copenhagen day. */
function programmeTime(value: unknown, day: string): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const clock = CLOCK.exec(raw);
  if (clock) {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const hour = Number(clock[1]);
    const minute = Number(clock[2]);
    if (hour > 23 || minute > 59) return undefined;
    return copenhagenIso(fromCopenhagenTime(y, m, d, hour, minute));
  }
  const date = parseDateTime(raw);
  return date ? copenhagenIso(date) : undefined;
}

function programme(value: unknown, start: string): ProgrammeItem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const day = dayKey(new Date(start));
  const items = value
    .map((item) => {
      const title = text(pick(item, 'title'));
      const at = programmeTime(pick(item, 'start', 'time'), day);
      if (!title || !at) return undefined;
      return compact<ProgrammeItem>({
        start: at,
        end: programmeTime(pick(item, 'end'), day),
        title,
        speaker: text(pick(item, 'speaker', 'speakers')) ?? (names(pick(item, 'speakers')).join(', ') || undefined),
      });
    })
    .filter((item): item is ProgrammeItem => !!item);
  return items.length ? items : undefined;
}

/** `place`: a branch may be one name or a list of names (a course held in several branches). */
function readPlace(value: unknown): CoursePlace | undefined {
  if (!isObject(value)) return undefined;
  const branches = names(value.branch);
  const place = compact({
    name: text(value.name),
    room: text(value.room),
    branch: branches[0],
    // Several branches: the branch filter finds the course under each.
    branches: branches.length > 1 ? branches : undefined,
    street: text(value.street),
    postalCode:
      typeof value.postalCode === 'number' ? String(value.postalCode).padStart(4, '0') : text(value.postalCode),
    city: text(value.city),
    country: text(value.country)?.toUpperCase(),
    lat: number(value.lat),
    lon: number(value.lon),
    accessibility: text(value.accessibility),
  });
  return Object.keys(place).length ? place : undefined;
}

function readSeats(value: unknown, session: unknown): CourseSeats | undefined {
  if (!isObject(value)) return undefined;
  const asOf = parseDateTime(pick(value, 'updatedAt', 'asOf'));
  return compact({
    capacity: number(value.capacity),
    left: number(pick(session, 'seatsLeft')) ?? number(value.left),
    waitlist: flag(value.waitlist),
    asOf: asOf ? shared(copenhagenIso(asOf)) : undefined,
  });
}

function readSignup(value: unknown, context: ReadContext | undefined): CourseSignup | undefined {
  if (!isObject(value)) return undefined;
  return compact({
    required: flag(value.required),
    url: link(value.url, context),
    phone: text(value.phone),
    email: text(value.email),
    atDesk: flag(value.atDesk),
    opensAt: text(value.opensAt),
    closesAt: text(value.closesAt),
    coversWholeSeries: flag(pick(value, 'wholeSeries', 'coversWholeSeries')),
  });
}

function one(record: unknown, index: number, context?: ReadContext): CourseEvent[] | Skip {
  if (!isObject(record)) return new Skip('not-an-object');
  const id = text(pick(record, 'id', 'key')) ?? `#${index}`;
  const title = typeof record.title === 'string' ? text(record.title) : undefined;
  if (!title) return new Skip('no-title', id);
  const allDay = flag(pick(record, 'allDay', 'all_day')) ?? false;
  const sessionList = Array.isArray(record.sessions) && record.sessions.length ? record.sessions : [record];
  const many = sessionList.length > 1 || Array.isArray(record.sessions);

  const place = readPlace(pick(record, 'place'));
  const seatsValue = pick(record, 'seats');
  const signupValue = pick(record, 'signup');
  const modeValue = text(pick(record, 'mode')) as CourseMode | undefined;
  const image = link(pick(record, 'image'), context);
  const loaded = loadedAt(context);
  const bring = names(pick(record, 'bring'));

  const events: CourseEvent[] = [];
  for (const [n, session] of sessionList.entries()) {
    const times = readTimes(pick(session, 'start'), pick(session, 'end'), flag(pick(session, 'allDay')) ?? allDay);
    if (!times) continue;
    const sessionId = many ? (text(pick(session, 'id')) ?? `${id}-${n + 1}`) : id;
    events.push(
      compact<CourseEvent>({
        key: `medborger:${sessionId}`,
        source: { kind: 'medborger', id: sessionId, feedUrl: context?.feedUrl ?? '', loadedAt: loaded },
        seriesKey: text(pick(record, 'series', 'seriesKey')) ?? (many ? id : undefined),
        title,
        teaser: text(pick(record, 'teaser')),
        bodyHtml: text(pick(record, 'description', 'bodyHtml')),
        pageUrl: link(pick(record, 'url', 'pageUrl'), context),
        start: times.start,
        end: times.end,
        allDay: flag(pick(session, 'allDay')) ?? allDay,
        timeText: text(pick(record, 'timeText')),
        status: status(pick(session, 'status') ?? pick(record, 'status')),
        mode: modeValue && MODES.includes(modeValue) ? modeValue : 'inPerson',
        onlineUrl: link(pick(record, 'onlineUrl'), context),
        place,
        categories: names(pick(record, 'categories')),
        tags: names(pick(record, 'tags')),
        audiences: names(pick(record, 'audiences')),
        languages: names(pick(record, 'languages')),
        level: text(pick(record, 'level')),
        price: price(pick(record, 'price')),
        seats: readSeats(seatsValue, session),
        signup: readSignup(signupValue, context),
        images: image ? { main: image, teaser: image } : undefined,
        presenters: names(pick(record, 'presenters')),
        partners: names(pick(record, 'partners')),
        programme: programme(pick(session, 'programme') ?? pick(record, 'programme'), times.start),
        bring: bring.length ? bring : undefined,
        updatedAt: text(pick(record, 'updatedAt')),
      }),
    );
  }
  if (!events.length) return new Skip(pick(sessionList[0], 'start') === undefined ? 'no-start' : 'bad-start', id);
  return events;
}

/** Reads our own format: `{ "courses": [...] }` or a bare array of courses. */
export async function read(data: unknown, context?: ReadContext, signal?: AbortSignal): Promise<ReadResult> {
  const list = records(data, 'courses', 'events');
  if (!list) throw new LoadError('invalid', 'not a course list');
  return readInSlices(list, (record, index) => one(record, index, context), signal);
}
