// Benchmark data: N course sessions in our JSON course format (schemas/course-events.schema.json), and the very same
// sessions as FullCalendar event objects. Deterministic: the same seed and N give the same data on every machine.
// Plain JavaScript without imports, so the bench page (browser) and bench/run.mjs (Node) use one copy.

/** The bench's "now": every session lies after it, within the calendar year it starts. */
export const NOW = '2026-01-01T08:00:00+01:00';
export const YEAR = 2026;
/** What the filter run types into the search field; `FILTER_SHARE` of the sessions match it, and nothing else does. */
export const FILTER_QUERY = 'sundhed';
export const FILTER_SHARE = 0.1;

/** mulberry32: a small, fast, seeded PRNG (public domain). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Course families as libraries run them. The sundhed.dk family is the one the filter keeps; "sundhed" occurs in no
// other family, branch, room, teaser or tag, so both libraries' filters keep exactly the same sessions.
const HEALTH = {
  titles: ['Sundhed.dk – find din journal og dine prøvesvar', 'Sundhed.dk og Min Læge-appen'],
  teaser: 'Se dine prøvesvar, bestil tid hos lægen og forny recepter på sundhed.dk og i appen Min Læge.',
  tags: ['sundhed.dk', 'Min Læge'],
  minutes: 120,
};
const FAMILIES = [
  {
    titles: ['MitID – kom godt i gang', 'MitID-appen: skift telefon', 'MitID for pårørende'],
    teaser: 'Vi hjælper dig med at sætte MitID-appen op og logge ind på borger.dk og i banken.',
    tags: ['MitID', 'borger.dk'],
    minutes: 120,
  },
  {
    titles: ['Digital Post for begyndere', 'Digital Post: svar og vedhæft filer', 'Digital Post på tablet'],
    teaser: 'Læs og svar på post fra det offentlige i appen Digital Post og på borger.dk.',
    tags: ['Digital Post', 'e-Boks'],
    minutes: 120,
  },
  {
    titles: ['IT-café: spørg om din telefon', 'IT-café for seniorer', 'Åben IT-hjælp'],
    teaser: 'Kom forbi med din telefon, tablet eller computer. Frivillige hjælper, du skal ikke tilmelde dig.',
    tags: ['IT-café'],
    minutes: 90,
  },
  {
    titles: ['Borger.dk: find din selvbetjening', 'Flyt adresse og skift læge på borger.dk'],
    teaser: 'Find rundt på borger.dk og brug selvbetjeningen til flytning, pas og kørekort.',
    tags: ['borger.dk'],
    minutes: 90,
  },
  {
    titles: ['Skat: årsopgørelse og forskudsopgørelse', 'Tjek din årsopgørelse på skat.dk'],
    teaser: 'Log ind på skat.dk med MitID og ret din forskudsopgørelse sammen med en vejleder.',
    tags: ['skat.dk'],
    minutes: 120,
  },
  {
    titles: ['Netbank og MobilePay – sikkert', 'Pas på svindel på nettet'],
    teaser: 'Sådan genkender du falske beskeder og betaler trygt med netbank og MobilePay.',
    tags: ['Netsikkerhed'],
    minutes: 120,
  },
  {
    titles: ['Digital træner: uddannelse for frivillige', 'Bliv digital hjælper på biblioteket'],
    teaser: 'Et forløb for frivillige, der vil hjælpe andre med MitID, Digital Post og borger.dk.',
    tags: ['Digital træner'],
    minutes: 180,
  },
  {
    titles: ['Pension og boligstøtte på borger.dk', 'Søg boligstøtte digitalt'],
    teaser: 'Vi gennemgår ansøgningen trin for trin, så du kan søge selv derhjemme.',
    tags: ['borger.dk', 'Udbetaling Danmark'],
    minutes: 120,
  },
  {
    titles: ['E-bøger og lydbøger på eReolen', 'Kom i gang med din nye tablet'],
    teaser: 'Lån e-bøger og lydbøger og få styr på de vigtigste apps på din tablet.',
    tags: ['eReolen'],
    minutes: 90,
  },
];
const BRANCHES = [
  ['Hovedbiblioteket', 'Bibliotekstorvet 1', '8000', 'Aarhus C'],
  ['Filial Nord', 'Nordvej 12', '8200', 'Aarhus N'],
  ['Bibliotek Vest', 'Vestergade 40', '8210', 'Aarhus V'],
  ['Lystrup Bibliotek', 'Lystrup Centervej 2', '8520', 'Lystrup'],
  ['Tranbjerg Bibliotek', 'Tranbjerg Torv 3', '8310', 'Tranbjerg J'],
  ['Risskov Bibliotek', 'Fortevej 3', '8240', 'Risskov'],
  ['Viby Bibliotek', 'Skanderborgvej 170', '8260', 'Viby J'],
  ['Hasle Bibliotek', 'Kirkevangen 2', '8210', 'Aarhus V'],
];
const ROOMS = ['Mødelokale 2', 'Læringsrummet', 'Caféområdet', 'Salen', 'Studierummet'];
const TRAINERS = ['Lise Holm', 'Ahmad Rahimi', 'Birgit Sørensen', 'Jens Østergaard', 'Mette Kjær', 'Ole Bach'];
const SLOTS = [
  [9, 30],
  [10, 0],
  [13, 0],
  [14, 0],
  [16, 30],
  [19, 0],
];

const pad = (n) => String(n).padStart(2, '0');

/** Copenhagen's UTC offset on a day of YEAR: summer time from the last Sunday of March to the last of October. */
function offsetOn(month, day) {
  const lastSunday = (m) => {
    const last = new Date(Date.UTC(YEAR, m, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const summer =
    (month > 3 || (month === 3 && day >= lastSunday(3))) && (month < 10 || (month === 10 && day < lastSunday(10)));
  return summer ? '+02:00' : '+01:00';
}

/** An ISO date-time with Copenhagen's offset, from day-of-year index and minutes after midnight. */
function copenhagenIso(dayIndex, minutes) {
  const date = new Date(Date.UTC(YEAR, 0, 1 + dayIndex));
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return `${YEAR}-${pad(month)}-${pad(day)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00${offsetOn(month, day)}`;
}

/**
 * `n` sessions in our JSON course format, one record per session, sorted by start, from 2 January to 31 December
 * of YEAR (all after NOW). Exactly round(n × FILTER_SHARE) of them match FILTER_QUERY.
 */
export function generateCourses(n, seed = 20260101) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const healthCount = Math.round(n * FILTER_SHARE);
  // Which sessions are health sessions: a seeded shuffle of the indices, so they spread over the year.
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const health = new Set(order.slice(0, healthCount));
  const days = new Date(Date.UTC(YEAR, 11, 31)).getTime() / 86_400_000 - Date.UTC(YEAR, 0, 2) / 86_400_000 + 1;
  const courses = [];
  for (let i = 0; i < n; i += 1) {
    const family = health.has(i) ? HEALTH : pick(FAMILIES);
    // Spread evenly over the year (sorted by construction), on one of the day's usual slots.
    const dayIndex = 1 + Math.floor((i * days) / n);
    const [hour, minute] = pick(SLOTS);
    const startMinutes = hour * 60 + minute;
    const [branch, street, postalCode, city] = pick(BRANCHES);
    const capacity = pick([8, 10, 12, 16, 20]);
    const roll = next();
    const status = roll < 0.02 ? 'cancelled' : roll < 0.07 ? 'full' : 'scheduled';
    const dropIn = family.tags.includes('IT-café');
    courses.push({
      id: `bench-${i + 1}`,
      title: pick(family.titles),
      teaser: family.teaser,
      url: `https://bibliotek.example/kurser/bench-${i + 1}`,
      start: copenhagenIso(dayIndex, startMinutes),
      end: copenhagenIso(dayIndex, Math.min(startMinutes + family.minutes, 23 * 60 + 59)),
      status,
      place: { branch, room: pick(ROOMS), street, postalCode, city },
      categories: ['Digital hjælp'],
      tags: family.tags,
      audiences: next() < 0.3 ? ['Seniorer'] : ['Voksne'],
      languages: ['da'],
      level: pick(['Begynder', 'Let øvet']),
      price: 0,
      seats: dropIn
        ? undefined
        : { capacity, left: status === 'full' ? 0 : Math.floor(next() * capacity) + 1, updatedAt: NOW },
      signup: dropIn
        ? { required: false }
        : { required: true, url: `https://bibliotek.example/tilmelding/bench-${i + 1}`, phone: '89 40 92 00' },
      presenters: [`Digital træner ${pick(TRAINERS)}`],
    });
  }
  // In order of start, as a feed lists them (same-day slots were drawn at random).
  courses.sort((a, b) => a.start.localeCompare(b.start));
  return { library: 'Aarhus Kommunes Biblioteker (benchmark)', courses };
}

/**
 * The one mapping from our JSON course format to a FullCalendar event object: the same id, title, start, end and
 * link; the rest goes to `extendedProps`, where a site would keep it for its own rendering. `search` is the text a
 * search field compares (title, teaser, place, tags, presenters, lower-cased), computed here, before any timing.
 */
export function toFullCalendarEvent(course) {
  const place = course.place ?? {};
  return {
    id: course.id,
    title: course.title,
    start: course.start,
    end: course.end,
    url: course.url,
    classNames: course.status === 'scheduled' ? [] : [`status-${course.status}`],
    extendedProps: {
      teaser: course.teaser,
      status: course.status,
      branch: place.branch,
      room: place.room,
      search: [course.title, course.teaser, place.branch, place.room, place.city, ...course.tags, ...course.presenters]
        .join(' ')
        .toLocaleLowerCase('da'),
    },
  };
}

/** The sessions the filter keeps (both libraries must show exactly these). */
export const matches = (feed) =>
  feed.courses.filter((course) => toFullCalendarEvent(course).extendedProps.search.includes(FILTER_QUERY));

/**
 * The ids either library may show first: every session with the earliest start (libraries order sessions that start
 * together differently).
 */
export const firstIds = (courses) => new Set(courses.filter((c) => c.start === courses[0].start).map((c) => c.id));

/** DPL CMS's five states (EventState.php), from ours. */
const DPL_STATE = { scheduled: 'Active', full: 'SoldOut', cancelled: 'Cancelled' };

/**
 * The same session as the DPL CMS events API sends it (`/api/v1/events`, one record per event instance), in the shape
 * of test/course-calendar/fixtures/dpl-upstream.json (dpl-cms's openapi.json and EventRestMapper.php): snake_case
 * keys, `zip_code` an integer, the street with its trailing space, prices in whole kroner, `series.uuid`.
 */
export function toDplEvent(course, index) {
  const place = course.place;
  const uuid = (n) => `c8177097-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    uuid: uuid(index + 1),
    title: course.title,
    url: course.url,
    created_at: '2025-12-01T09:00:00+01:00',
    updated_at: NOW,
    ticket_manager_relevance: !!course.signup.url,
    state: DPL_STATE[course.status],
    all_day: false,
    date_time: { start: course.start, end: course.end },
    description: course.teaser,
    body: `<p>${course.teaser}</p><p>${course.presenters.join(', ')}.</p>`,
    branches: [place.branch],
    address: {
      locationType: 'physical',
      street: `${place.street} `,
      zip_code: Number(place.postalCode),
      city: place.city,
      country: 'DK',
      location: place.room,
    },
    categories: course.categories,
    tags: course.tags,
    partners: [],
    ticket_categories: [{ uuid: uuid(900_000_000 + index), title: 'Standard', price: { currency: 'DKK', value: 0 } }],
    ...(course.seats ? { ticket_capacity: course.seats.capacity } : {}),
    // A one-off event is a series of one in DPL.
    series: { uuid: uuid(800_000_000 + index) },
    external_data: course.signup.url ? { url: course.signup.url, admin_url: 'https://billetto.dk/ADMIN-ONLY' } : {},
    screen_names: [],
  };
}

/** `n` sessions as one DPL CMS events API response: a bare array, sorted by start, as dpl-cms sends it. */
export const generateDplFeed = (n, seed) => generateCourses(n, seed).courses.map(toDplEvent);
