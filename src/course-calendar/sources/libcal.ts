/*
 * LibCal (Springshare) API 1.1 event JSON, as returned by `GET /1.1/events` (normally through the library's own
 * proxy, because the API needs an OAuth secret). Field by field: docs/data-sources.md. Times come with the
 * calendar's offset; a proxy that drops it leaves Copenhagen wall time, which is what a Danish library means.
 * Private fields (`online_join_url`, its password, `url.admin`, `internal_tags`, set-up and tear-down padding) are
 * never read.
 */
import { LoadError } from '../../core/feed.js';
import type {
  CourseEvent,
  CourseMode,
  CoursePlace,
  CoursePrice,
  CourseSeats,
  CourseSignup,
  CourseStatus,
  ReadContext,
  ReadResult,
} from '../model.js';
import {
  type Json,
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
  text,
} from './common.js';

function price(value: unknown): CoursePrice | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const amount = number(typeof value === 'string' ? value.replace(/[^\d.,-]/g, '') : value);
  if (amount === undefined) {
    const words = text(value);
    if (!words) return undefined;
    return /^(free|gratis)$/i.test(words) ? { free: true } : { free: false, text: words };
  }
  if (amount <= 0) return { free: true };
  return { free: false, amountMinor: Math.round(amount * 100), currency: 'DKK' };
}

/**
 * LibCal has no cancellation field: libraries write it at the start of the title ("AFLYST: MitID-café"). The
 * prefix is read as the status and left out of the title shown.
 */
const CANCELLED_PREFIX = /^\s*(?:[[(]\s*(?:aflyst|cancell?ed)\s*[\])]\s*[:!–-]?|(?:aflyst|cancell?ed)\s*[:!–-])\s*/iu;

function cancelledTitle(title: string): string | undefined {
  const match = CANCELLED_PREFIX.exec(title);
  // "AFLYST:" alone keeps its words as the title.
  return match ? (text(title.slice(match[0].length)) ?? title) : undefined;
}

/**
 * A place name that only says "online" is the mode, not a place: the card already says "Online", and showing both
 * reads "Online Online" (LibCal names the location of an online event so).
 */
export const onlyOnline = (name: string): boolean => /^(online|virtual|virtuel)( event| arrangement)?$/iu.test(name);

function mode(record: Record<string, unknown>): CourseMode {
  const online = number(pick(record, 'online_seats')) ?? 0;
  const physical = number(pick(record, 'physical_seats')) ?? 0;
  if (online > 0 && physical > 0) return 'mixed';
  const type = names(pick(record, 'location'), 'type').join(' ').toLowerCase();
  if (online > 0 || /online|virtual/.test(type)) return 'online';
  return 'inPerson';
}

/** Series: each instance lists the ids of the later dates of its series; join them into one key per series. */
function seriesKeys(list: readonly unknown[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const inSeries = new Set<string>();
  for (const record of list) {
    const id = text(pick(record, 'id'));
    const later = pick(record, 'future_dates');
    if (!id || !Array.isArray(later) || !later.length) continue;
    inSeries.add(id);
    for (const date of later) {
      // Items are `{ event_id, start }` (LibCalTypes.cs in ulsdevteam/libcal-etl, EventDownloadService.php in
      // digitalutsc/drupal_libcal); `id` and a bare id are read too, for proxies that reshape them.
      const other = text(pick(date, 'event_id', 'id') ?? date);
      if (other) {
        inSeries.add(other);
        union(id, other);
      }
    }
  }
  return new Map([...inSeries].map((id) => [id, `libcal-series:${find(id)}`]));
}

/** Status from the title and the sign-up figures; LibCal sends no status of its own. */
function status(record: Json, cancelled: boolean): CourseStatus {
  if (cancelled) return 'cancelled';
  const seats = number(pick(record, 'seats'));
  const taken = number(pick(record, 'seats_taken'));
  if (flag(pick(record, 'registration')) && flag(pick(record, 'has_registration_opened')) === false)
    return 'signupNotOpen';
  if (seats !== undefined && seats > 0 && taken !== undefined && taken >= seats) return 'full';
  return 'scheduled';
}

/** Branch (every `campus`, one object or a list), room and coordinates. */
function place(record: Json): CoursePlace | undefined {
  const branches = names(pick(record, 'campus'));
  const rooms = names(pick(record, 'location')).filter((name) => !onlyOnline(name));
  const geolocation = pick(record, 'geolocation');
  const found = compact({
    branch: branches[0],
    branches: branches.length > 1 ? branches : undefined,
    name: rooms.join(', ') || undefined,
    lat: number(pick(geolocation, 'latitude')),
    lon: number(pick(geolocation, 'longitude')),
  });
  return Object.keys(found).length ? found : undefined;
}

function seats(record: Json, loaded: string): CourseSeats | undefined {
  const capacity = number(pick(record, 'seats'));
  const taken = number(pick(record, 'seats_taken'));
  if (capacity === undefined || capacity <= 0) return undefined;
  return compact({
    capacity,
    left: taken !== undefined ? Math.max(0, capacity - taken) : undefined,
    waitlist: flag(pick(record, 'wait_list')),
    // The API gives the figure as it stands when we ask, so it is as fresh as the load.
    asOf: taken !== undefined ? loaded : undefined,
  });
}

function signup(record: Json, pageUrl: string | undefined): CourseSignup | undefined {
  const registration = flag(pick(record, 'registration'));
  if (registration === undefined) return undefined;
  if (!registration) return { required: false };
  return compact({
    required: true,
    // Sign-up happens on the event's public page.
    url: pageUrl,
    coversWholeSeries: flag(pick(record, 'registration_series_linked')),
    closed: flag(pick(record, 'has_registration_closed')) || undefined,
  });
}

export function readLibCalEvent(
  record: unknown,
  index: number,
  context?: ReadContext,
  series?: Map<string, string>,
): CourseEvent | Skip {
  if (!isObject(record)) return new Skip('not-an-object');
  const id = text(pick(record, 'id')) ?? `#${index}`;
  const written = typeof record.title === 'string' ? text(record.title) : undefined;
  if (!written) return new Skip('no-title', id);
  const withoutPrefix = cancelledTitle(written);
  const allDay = flag(pick(record, 'allday', 'all_day')) ?? false;
  const times = readTimes(pick(record, 'start'), pick(record, 'end'), allDay);
  if (!times) return new Skip(pick(record, 'start') === undefined ? 'no-start' : 'bad-start', id);

  const url = pick(record, 'url');
  const pageUrl = link(typeof url === 'string' ? url : pick(url, 'public'), context);
  const presenter = text(pick(record, 'presenter'));
  const loaded = loadedAt(context);
  const image = link(pick(record, 'featured_image'), context);

  return compact<CourseEvent>({
    key: `libcal:${id}`,
    source: { kind: 'libcal', id, feedUrl: context?.feedUrl ?? '', loadedAt: loaded },
    seriesKey: series?.get(id),
    title: withoutPrefix ?? written,
    teaser: text(pick(record, 'more_info')),
    bodyHtml: text(pick(record, 'description')),
    pageUrl,
    start: times.start,
    end: times.end,
    allDay,
    status: status(record, withoutPrefix !== undefined),
    mode: mode(record),
    place: place(record),
    categories: names(pick(record, 'category')),
    tags: [],
    audiences: names(pick(record, 'audience')),
    languages: [],
    price: price(pick(record, 'registration_cost')),
    seats: seats(record, loaded),
    signup: signup(record, pageUrl),
    images: image ? { main: image, teaser: image } : undefined,
    presenters: presenter ? [presenter] : [],
    partners: [],
  });
}

/** Reads a LibCal 1.1 `/events` response: `{ events: [...] }` or the bare array. */
export async function read(data: unknown, context?: ReadContext, signal?: AbortSignal): Promise<ReadResult> {
  const list = records(data, 'events');
  if (!list) throw new LoadError('invalid', 'not a LibCal events list');
  const series = seriesKeys(list);
  return readInSlices(list, (record, index) => readLibCalEvent(record, index, context, series), signal);
}
