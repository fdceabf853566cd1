/*
 * LibCal (Springshare) API 1.1 event JSON, as returned by `GET /1.1/events` (normally through the library's own
 * proxy, because the API needs an OAuth secret), as Springshare's API documentation describes it. Times come
 * without an offset in the calendar's own zone, which for a Danish library is Copenhagen. Private fields
 * (`online_join_url`, its password, `url.admin`, `internal_tags`, set-up and tear-down padding) are never read.
 */
import { LoadError } from '../../core/feed.js';
import type { CourseEvent, CourseMode, CoursePrice, CourseStatus, ReadContext, ReadResult } from '../model.js';
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
      const other = text(pick(date, 'id') ?? date);
      if (other) {
        inSeries.add(other);
        union(id, other);
      }
    }
  }
  return new Map([...inSeries].map((id) => [id, `libcal-series:${find(id)}`]));
}

export function readLibCalEvent(
  record: unknown,
  index: number,
  context?: ReadContext,
  series?: Map<string, string>,
): CourseEvent | Skip {
  if (!isObject(record)) return new Skip('not-an-object');
  const id = text(pick(record, 'id')) ?? `#${index}`;
  const title = typeof record.title === 'string' ? text(record.title) : undefined;
  if (!title) return new Skip('no-title', id);
  const allDay = flag(pick(record, 'allday', 'all_day')) ?? false;
  const times = readTimes(pick(record, 'start'), pick(record, 'end'), allDay);
  if (!times) return new Skip(pick(record, 'start') === undefined ? 'no-start' : 'bad-start', id);

  const url = pick(record, 'url');
  const pageUrl = link(typeof url === 'string' ? url : pick(url, 'public'), context);
  const seats = number(pick(record, 'seats'));
  const taken = number(pick(record, 'seats_taken'));
  const waitlist = flag(pick(record, 'wait_list'));
  const registration = flag(pick(record, 'registration'));
  const opened = flag(pick(record, 'has_registration_opened'));
  const geolocation = pick(record, 'geolocation');

  let status: CourseStatus = 'scheduled';
  if (registration && opened === false) status = 'signupNotOpen';
  else if (seats !== undefined && seats > 0 && taken !== undefined && taken >= seats) status = 'full';

  const place = compact({
    branch: names(pick(record, 'campus'))[0],
    name: names(pick(record, 'location')).join(', ') || undefined,
    lat: number(pick(geolocation, 'latitude')),
    lon: number(pick(geolocation, 'longitude')),
  });
  const presenter = text(pick(record, 'presenter'));
  const loaded = loadedAt(context);

  return compact<CourseEvent>({
    key: `libcal:${id}`,
    source: { kind: 'libcal', id, feedUrl: context?.feedUrl ?? '', loadedAt: loaded },
    seriesKey: series?.get(id),
    title,
    teaser: text(pick(record, 'more_info')),
    bodyHtml: text(pick(record, 'description')),
    pageUrl,
    start: times.start,
    end: times.end,
    allDay,
    status,
    mode: mode(record),
    place: Object.keys(place).length ? place : undefined,
    categories: names(pick(record, 'category')),
    tags: [],
    audiences: names(pick(record, 'audience')),
    languages: [],
    price: price(pick(record, 'registration_cost')),
    seats:
      seats !== undefined && seats > 0
        ? compact({
            capacity: seats,
            left: taken !== undefined ? Math.max(0, seats - taken) : undefined,
            waitlist,
            // The API gives the figure as it stands when we ask, so it is as fresh as the load.
            asOf: taken !== undefined ? loaded : undefined,
          })
        : undefined,
    signup:
      registration === undefined
        ? undefined
        : registration
          ? compact({
              required: true,
              // Sign-up happens on the event's public page.
              url: pageUrl,
              coversWholeSeries: flag(pick(record, 'registration_series_linked')),
            })
          : { required: false },
    images: (() => {
      const image = link(pick(record, 'featured_image'), context);
      return image ? { main: image, teaser: image } : undefined;
    })(),
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
