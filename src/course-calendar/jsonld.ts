/*
 * schema.org JSON-LD for the courses on show, so search engines can list a library's courses (schema.org's
 * `EducationEvent`, `Course` and `CourseInstance` types; Google's event structured-data guidelines). A single session
 * is an `EducationEvent`; a series is a `Course` with one `CourseInstance` per session; a programme becomes
 * `subEvent`s. Sessions already held are left out: search engines want upcoming events.
 *
 * The script is written into the host's light DOM, never the shadow root: crawlers read the document, and whether
 * they look inside shadow roots is unverified.
 */
import type { Lang } from '../core/localize.js';
import type { CourseEvent } from './model.js';

type Thing = Record<string, unknown>;

export interface JsonLdOptions {
  lang: Lang;
  /** The library that runs the courses. */
  organizer?: { name: string; url?: string };
  /** The page the calendar is on, for sessions that have no page of their own. */
  pageUrl?: string;
  /** Keys of sessions another element on the page already describes (see `keysDescribedElsewhere`). */
  skip?: ReadonlySet<string>;
}

const SCHEMA = 'https://schema.org/';

const EVENT_STATUS: Record<Exclude<CourseEvent['status'], 'held'>, string> = {
  scheduled: 'EventScheduled',
  signupNotOpen: 'EventScheduled',
  full: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
  movedOnline: 'EventMovedOnline',
};

const ATTENDANCE: Record<CourseEvent['mode'], string> = {
  inPerson: 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  mixed: 'MixedEventAttendanceMode',
};

const prune = (thing: Thing): Thing => {
  for (const key of Object.keys(thing)) {
    const value = thing[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete thing[key];
  }
  return thing;
};

function place(event: CourseEvent): Thing | undefined {
  const p = event.place;
  if (!p) return undefined;
  const address = prune({
    '@type': 'PostalAddress',
    streetAddress: p.street,
    postalCode: p.postalCode,
    addressLocality: p.city,
    addressCountry: p.country ?? (p.city || p.postalCode ? 'DK' : undefined),
  });
  const name = [p.name, p.room].filter(Boolean).join(', ') || p.branch;
  return prune({
    '@type': 'Place',
    name,
    address: Object.keys(address).length > 1 ? address : name,
    geo:
      p.lat !== undefined && p.lon !== undefined
        ? { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lon }
        : undefined,
  });
}

function location(event: CourseEvent, options: JsonLdOptions): Thing | Thing[] | undefined {
  const physical = event.mode !== 'online' ? place(event) : undefined;
  const virtualUrl =
    event.mode !== 'inPerson' || event.status === 'movedOnline'
      ? (event.onlineUrl ?? event.pageUrl ?? options.pageUrl)
      : undefined;
  const virtual = virtualUrl ? { '@type': 'VirtualLocation', url: virtualUrl } : undefined;
  if (physical && virtual) return [physical, virtual];
  return physical ?? virtual;
}

function offers(event: CourseEvent, options: JsonLdOptions): Thing | undefined {
  const price = event.price;
  const url = event.signup?.url ?? event.pageUrl ?? options.pageUrl;
  if (!price && !url) return undefined;
  const amount = price?.free ? 0 : price?.amountMinor !== undefined ? price.amountMinor / 100 : undefined;
  const availability =
    event.status === 'full'
      ? 'SoldOut'
      : event.status === 'signupNotOpen'
        ? 'PreOrder'
        : event.status === 'scheduled' || event.status === 'rescheduled' || event.status === 'movedOnline'
          ? 'InStock'
          : undefined;
  return prune({
    '@type': 'Offer',
    price: amount ?? (price?.free === false ? undefined : 0),
    priceCurrency: price?.currency ?? 'DKK',
    availability: availability && SCHEMA + availability,
    validFrom: event.signup?.opensAt,
    url,
  });
}

function organizer(options: JsonLdOptions): Thing | undefined {
  return options.organizer ? prune({ '@type': 'Organization', ...options.organizer }) : undefined;
}

/** The properties every session has, as an Event of `type`. */
function session(event: CourseEvent, type: string, options: JsonLdOptions): Thing {
  const status = EVENT_STATUS[event.status as keyof typeof EVENT_STATUS];
  const programme = (event.programme ?? []).map((item) =>
    prune({
      '@type': 'Event',
      name: item.title,
      startDate: item.start,
      endDate: item.end,
      location: location(event, options),
      performer: item.speaker ? { '@type': 'Person', name: item.speaker } : undefined,
    }),
  );
  return prune({
    '@type': type,
    '@id': `${event.pageUrl ?? options.pageUrl ?? ''}#${encodeURIComponent(event.key)}`,
    name: event.title,
    description: event.teaser,
    startDate: event.start,
    endDate: event.end,
    eventStatus: status && SCHEMA + status,
    eventAttendanceMode: SCHEMA + ATTENDANCE[event.mode],
    location: location(event, options),
    offers: offers(event, options),
    organizer: organizer(options),
    performer: event.presenters.map((name) => ({ '@type': 'Person', name })),
    image: event.images?.main,
    inLanguage: event.languages.length ? event.languages : options.lang,
    audience: event.audiences.length
      ? event.audiences.map((name) => ({ '@type': 'Audience', audienceType: name }))
      : undefined,
    educationalLevel: event.level,
    maximumAttendeeCapacity: event.seats?.capacity,
    remainingAttendeeCapacity: event.seats?.left,
    url: event.pageUrl,
    subEvent: programme,
  });
}

/**
 * The JSON-LD graph for the sessions given: one `EducationEvent` per lone session, one `Course` per series with
 * its sessions as `CourseInstance`s. Held sessions are left out; `undefined` when nothing is left.
 */
export function toJsonLd(events: readonly CourseEvent[], options: JsonLdOptions): Thing | undefined {
  const graph: Thing[] = [];
  const series = new Map<string, CourseEvent[]>();
  for (const event of events) {
    if (event.status === 'held' || options.skip?.has(event.key)) continue;
    if (event.seriesKey) {
      const list = series.get(event.seriesKey) ?? [];
      list.push(event);
      series.set(event.seriesKey, list);
    } else graph.push(session(event, 'EducationEvent', options));
  }
  for (const [key, sessions] of series) {
    if (sessions.length === 1) {
      graph.push(session(sessions[0], 'EducationEvent', options));
      continue;
    }
    const first = sessions[0];
    const instances = sessions.map((event) =>
      prune({
        ...session(event, 'CourseInstance', options),
        courseMode: first.mode === 'online' ? 'online' : first.mode === 'mixed' ? 'blended' : 'onsite',
      }),
    );
    graph.push(
      prune({
        '@type': 'Course',
        '@id': `${first.pageUrl ?? options.pageUrl ?? ''}#${encodeURIComponent(key)}`,
        name: first.title,
        description: first.teaser ?? first.title,
        provider: organizer(options),
        inLanguage: first.languages.length ? first.languages : options.lang,
        educationalLevel: first.level,
        url: first.pageUrl,
        hasCourseInstance: instances,
      }),
    );
  }
  return graph.length ? { '@context': 'https://schema.org', '@graph': graph } : undefined;
}

/** JSON that cannot end the `<script>` it sits in: every `<` (and the line separators JS once choked on) escaped. */
export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/&/gu, '\\u0026')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}

const SELECTOR = ':scope > script[type="application/ld+json"][data-mb-jsonld]';

/**
 * Keeps exactly one `<script type="application/ld+json" data-mb-jsonld>` child in `host`'s light DOM in step with
 * `data`: written when missing, updated in place when the text changed, removed when `data` is `undefined`.
 * `keys` (the sessions described) are noted on the script, so other calendars on the page can leave them out.
 */
export function writeJsonLd(host: Element, data: unknown, keys: readonly string[] = []): void {
  const scripts = [...host.querySelectorAll<HTMLScriptElement>(SELECTOR)];
  for (const extra of scripts.slice(1)) extra.remove();
  let script = scripts[0];
  if (data === undefined) {
    script?.remove();
    return;
  }
  const text = serialiseJsonLd(data);
  if (!script) {
    script = host.ownerDocument.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.mbJsonld = '';
    host.append(script);
  }
  if (script.textContent !== text) script.textContent = text;
  const noted = keys.map(encodeURIComponent).join(' ');
  if (script.dataset.mbKeys !== noted) script.dataset.mbKeys = noted;
}

/** Keys of the sessions that other elements' JSON-LD on the page already describes, so each is described once. */
export function keysDescribedElsewhere(host: Element): Set<string> {
  const keys = new Set<string>();
  for (const script of host.ownerDocument.querySelectorAll<HTMLScriptElement>('script[data-mb-jsonld][data-mb-keys]')) {
    if (script.parentElement === host) continue;
    for (const key of script.dataset.mbKeys!.split(' ')) if (key) keys.add(decodeURIComponent(key));
  }
  return keys;
}

/** The keys of the sessions `toJsonLd` describes for these events (held and skipped ones left out). */
export const describedKeys = (events: readonly CourseEvent[], options: Pick<JsonLdOptions, 'skip'> = {}): string[] =>
  events.filter((event) => event.status !== 'held' && !options.skip?.has(event.key)).map((event) => event.key);
