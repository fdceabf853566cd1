/*
 * The DPL CMS events API (`/api/v1/events?_format=json`): one unpaged array of every published event instance.
 * Field by field: docs/data-sources.md. Its keys mix snake_case and camelCase, so every key is read in both
 * spellings; `zip_code` is an integer; prices are whole kroner; series come as `series.uuid`.
 */
import { LoadError } from '../../core/feed.js';
import type { CourseEvent, CoursePrice, CourseStatus, PriceTier, ReadContext, ReadResult } from '../model.js';
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

/** DPL's five states (EventState.php) and what they mean to a citizen. */
export const DPL_STATES: Record<string, CourseStatus> = {
  TicketSaleNotOpen: 'signupNotOpen',
  Active: 'scheduled',
  SoldOut: 'full',
  Cancelled: 'cancelled',
  Occurred: 'held',
};

function status(value: unknown): CourseStatus {
  const raw = text(value);
  if (!raw) return 'scheduled';
  // Match case-insensitively: an export tool that lower-cases enum values should not cancel anything silently.
  const found = Object.entries(DPL_STATES).find(([state]) => state.toLowerCase() === raw.toLowerCase());
  return found ? found[1] : 'scheduled';
}

/**
 * Ticket categories to a price. `price.value` is in whole kroner: the OpenAPI text says "minor unit", but
 * EventRestMapper.php sends `intval()` of the editor's decimal kroner field ('65.00' → 65) and DPL's own
 * PriceFormatter.php shows 65 as "65 DKK". An event without ticket categories is free to attend: DPL's
 * formatPriceRange() words an empty list of prices "Free", and so does its event list.
 */
function price(value: unknown): CoursePrice {
  const tiers: PriceTier[] = [];
  for (const category of Array.isArray(value) ? value : []) {
    const amount = number(pick(pick(category, 'price'), 'value'));
    if (amount === undefined || amount < 0) continue;
    tiers.push({
      label: text(pick(category, 'title')) ?? '',
      amountMinor: Math.round(amount * 100),
      currency: text(pick(pick(category, 'price'), 'currency'))?.toUpperCase() ?? 'DKK',
    });
  }
  if (!tiers.length) return { free: true };
  const lowest = tiers.reduce((a, b) => (b.amountMinor < a.amountMinor ? b : a));
  const free = tiers.every((tier) => tier.amountMinor === 0);
  return compact({
    free,
    amountMinor: free ? undefined : lowest.amountMinor,
    currency: free ? undefined : lowest.currency,
    tiers: tiers.length > 1 ? tiers : undefined,
  });
}

/** `zip_code` is an integer in DPL: 800 must become "0800". */
function postalCode(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return String(value).padStart(4, '0');
  return text(value);
}

/** `teaserImage` (4:3, the list image) and `image` (the main image). */
function images(record: Json, context: ReadContext | undefined): CourseEvent['images'] {
  const found = compact({
    teaser: link(pick(pick(record, 'teaserImage', 'teaser_image'), 'url'), context),
    main: link(pick(pick(record, 'image'), 'url'), context),
  });
  return Object.keys(found).length ? found : undefined;
}

/** `address.location`, unless an online event's location only says "Online" (the card says that already). */
function placeName(value: unknown, locationType: string | undefined): string | undefined {
  const name = text(value);
  return name && !(locationType === 'online' && /^online$/iu.test(name)) ? name : undefined;
}

export function readDplEvent(record: unknown, index: number, context?: ReadContext): CourseEvent | Skip {
  if (!isObject(record)) return new Skip('not-an-object');
  const id = text(pick(record, 'uuid', 'id')) ?? `#${index}`;
  const title = text(pick(record, 'title'));
  if (!title || typeof pick(record, 'title') !== 'string') return new Skip('no-title', id);
  const dateTime = pick(record, 'date_time', 'dateTime');
  const allDay = flag(pick(record, 'all_day', 'allDay')) ?? false;
  const times = readTimes(pick(dateTime, 'start'), pick(dateTime, 'end'), allDay);
  if (!times) return new Skip(pick(dateTime, 'start') === undefined ? 'no-start' : 'bad-start', id);

  const address = pick(record, 'address');
  const locationType = text(pick(address, 'locationType', 'location_type'))?.toLowerCase();
  const branches = names(pick(record, 'branches'));
  const place = compact({
    branch: branches[0],
    // Every branch: the branch filter must find the event under each (DPL sends `branches` as a list of names).
    branches: branches.length > 1 ? branches : undefined,
    name: placeName(pick(address, 'location'), locationType),
    room: text(pick(address, 'locationAdditional', 'location_additional')),
    street: text(pick(address, 'street')),
    postalCode: postalCode(pick(address, 'zip_code', 'zipCode', 'postal_code', 'postalCode')),
    city: text(pick(address, 'city')),
    country: text(pick(address, 'country'))?.toUpperCase(),
  });
  const capacity = number(pick(record, 'ticket_capacity', 'ticketCapacity'));
  const signupUrl = link(pick(pick(record, 'external_data', 'externalData'), 'url'), context);
  const seriesKey = text(pick(pick(record, 'series'), 'uuid', 'id'));

  return compact<CourseEvent>({
    key: `dpl:${id}`,
    source: { kind: 'dpl', id, feedUrl: context?.feedUrl ?? '', loadedAt: loadedAt(context) },
    seriesKey: seriesKey ? `dpl-series:${seriesKey}` : undefined,
    title,
    teaser: text(pick(record, 'description')),
    bodyHtml: text(pick(record, 'body')),
    pageUrl: link(pick(record, 'url'), context),
    start: times.start,
    end: times.end,
    allDay,
    status: status(pick(record, 'state')),
    mode: locationType === 'online' ? 'online' : 'inPerson',
    place: Object.keys(place).length ? place : undefined,
    categories: names(pick(record, 'categories')),
    tags: names(pick(record, 'tags')),
    audiences: [],
    languages: [],
    price: price(pick(record, 'ticket_categories', 'ticketCategories')),
    // DPL has no seats-left field; availability lives in the ticket system, so only the capacity is known.
    seats: capacity !== undefined && capacity >= 0 ? { capacity } : undefined,
    signup: signupUrl ? { required: true, url: signupUrl } : undefined,
    images: images(record, context),
    presenters: [],
    partners: names(pick(record, 'partners')),
    updatedAt: text(pick(record, 'updated_at', 'updatedAt')),
  });
}

/** Reads a DPL CMS events API response (an array, or an object holding one under `events` / `data`). */
export async function read(data: unknown, context?: ReadContext, signal?: AbortSignal): Promise<ReadResult> {
  const list = records(data, 'events', 'data', 'items');
  if (!list) throw new LoadError('invalid', 'not a DPL events list');
  return readInSlices(list, (record, index) => readDplEvent(record, index, context), signal);
}
