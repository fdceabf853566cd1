/**
 * The one model every course feed maps into. One `CourseEvent` is one dated session: a four-evening course is four
 * `CourseEvent`s sharing a `seriesKey`. Readers (sources/*.ts) build these; the element, filters, the series summary
 * and later outputs (iCalendar, JSON-LD, print) only read them.
 *
 * Everything here is plain data (strings, numbers, booleans, arrays), so it can be cloned, cached, sent to a worker
 * or written back out as our own JSON format (schemas/course-events.schema.json) without loss.
 */
import type { FormatId, JsonFormatId } from './sources/formats.js';

/** Where a session stands. docs/data-sources.md says how each feed's values map here. */
export type CourseStatus =
  'scheduled' | 'signupNotOpen' | 'full' | 'cancelled' | 'held' | 'postponed' | 'rescheduled' | 'movedOnline';

export const COURSE_STATUSES: readonly CourseStatus[] = [
  'scheduled',
  'signupNotOpen',
  'full',
  'cancelled',
  'held',
  'postponed',
  'rescheduled',
  'movedOnline',
];

/**
 * The kind of feed a session came from: a format of the registry (sources/formats.ts), so a new format's reader can
 * name itself; our own JSON format is `medborger`.
 */
export type SourceKind = Exclude<FormatId, 'json'> | 'medborger';

/** In the library, online, or both. */
export type CourseMode = 'inPerson' | 'online' | 'mixed';

export interface CourseSource {
  kind: SourceKind;
  /** The record's own id in that feed (DPL `uuid`, LibCal `id`, …). */
  id: string;
  /** The address the feed was read from; empty for inline data. */
  feedUrl: string;
  /** ISO date-time the feed was read. */
  loadedAt: string;
}

export interface CoursePlace {
  /** The venue or place line ("Mødelokale 2", "Hovedbiblioteket"). */
  name?: string;
  room?: string;
  /** The library branch (the first, when the feed names several). */
  branch?: string;
  /**
   * Every branch the feed names, when it names more than one (DPL `branches[]`, LibCal `campus[]`): the branch
   * filter finds the session under each of them.
   */
  branches?: string[];
  street?: string;
  /** Always a string: "0800" must keep its leading zero. */
  postalCode?: string;
  city?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  lat?: number;
  lon?: number;
  /** Free text about step-free access and the like. */
  accessibility?: string;
}

export interface PriceTier {
  label: string;
  /** In minor units (øre): 5000 = 50 kr. Readers convert: DPL and LibCal send whole kroner. */
  amountMinor: number;
  /** ISO 4217, e.g. DKK. */
  currency: string;
}

export interface CoursePrice {
  free: boolean;
  /** The lowest price, in minor units (øre). */
  amountMinor?: number;
  currency?: string;
  /** The feed's own wording when the price is not a number ("Gratis for medlemmer"). */
  text?: string;
  tiers?: PriceTier[];
}

export interface CourseSeats {
  capacity?: number;
  /** Seats still free; undefined when the feed does not say (DPL never does). */
  left?: number;
  /** A waiting list is in use. */
  waitlist?: boolean;
  /** ISO date-time the seat figure was read or last updated. */
  asOf?: string;
}

/**
 * Every way to sign up, as equals. A citizen without MitID or a smartphone must see the phone number and the desk as
 * clearly as the link.
 */
export interface CourseSignup {
  /** False when no sign-up is needed ("Bare mød op"); undefined when the feed does not say. */
  required?: boolean;
  url?: string;
  phone?: string;
  email?: string;
  /** Sign-up at the library's desk. */
  atDesk?: boolean;
  /** ISO date-time sign-up opens / closes. */
  opensAt?: string;
  closesAt?: string;
  /** One sign-up covers every session of the series. */
  coversWholeSeries?: boolean;
  /** The feed says sign-up has closed (LibCal `has_registration_closed`). */
  closed?: boolean;
}

/** One item of a workshop's programme ("10.15 Historier og praktiske erfaringer v. Jørgen Bartholdy"). */
export interface ProgrammeItem {
  /** ISO date-time with offset. */
  start: string;
  end?: string;
  title: string;
  speaker?: string;
}

export interface CourseEvent {
  /** `${source.kind}:${source.id}`; used for de-duplication, `.ics` UIDs and JSON-LD. */
  key: string;
  source: CourseSource;
  /** The same value for every session of one course (DPL `series.uuid`, an iCalendar UID, …). */
  seriesKey?: string;
  title: string;
  /** Short plain text. */
  teaser?: string;
  /** The long description as the feed gave it (may be HTML): sanitise or reduce to text before showing it. */
  bodyHtml?: string;
  pageUrl?: string;
  /** ISO 8601 with offset. For an all-day session, midnight Copenhagen time of its (first) day. */
  start: string;
  end?: string;
  allDay: boolean;
  /** The source's own wording when no time could be read. */
  timeText?: string;
  status: CourseStatus;
  mode: CourseMode;
  /** A public page for the online session; never a private join link. */
  onlineUrl?: string;
  place?: CoursePlace;
  categories: string[];
  tags: string[];
  audiences: string[];
  /** Languages of teaching, as BCP 47 tags: ['da']. */
  languages: string[];
  /** e.g. "Begynder". */
  level?: string;
  price?: CoursePrice;
  seats?: CourseSeats;
  signup?: CourseSignup;
  images?: { teaser?: string; main?: string };
  presenters: string[];
  partners: string[];
  programme?: ProgrammeItem[];
  /** "Det skal du have med". */
  bring?: string[];
  updatedAt?: string;
}

/** What a reader tells about records it could not use. */
export interface ReadProblem {
  /** Position of the record in the feed. */
  index: number;
  /** The record's id when it had one. */
  id?: string;
  /** A short machine-readable reason: 'not-an-object', 'no-title', 'no-start', 'bad-start', … */
  reason: string;
}

export interface ReadResult {
  events: CourseEvent[];
  /** Records that could not become a `CourseEvent`. */
  skipped: number;
  problems?: ReadProblem[];
}

export interface ReadContext {
  /** The feed's address, for `source.feedUrl` and for resolving relative links. */
  feedUrl?: string;
  /** ISO date-time the data was loaded; default now. */
  loadedAt?: string;
}

/** The JSON formats the element reads (the JSON entries of the format registry, sources/formats.ts). */
export type FeedFormat = JsonFormatId;

/** A reader: plain data in, plain data out. May be called on huge arrays; see `readInSlices` in sources/slices.ts. */
export type FeedReader = (data: unknown, context?: ReadContext) => ReadResult | Promise<ReadResult>;

/** Start as a `Date`; readers guarantee `start` parses. */
export const startOf = (event: CourseEvent): Date => new Date(event.start);

/** End as a `Date`, or the start when there is none. */
export const endOf = (event: CourseEvent): Date => new Date(event.end ?? event.start);
