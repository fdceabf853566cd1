/*
 * The course card as pure template functions, as Lion's calendar renders its days through `dayTemplate`: each takes
 * a course and a small context of words, state and callbacks, and returns a template. The list, the compact list
 * and the month view all render a course through `courseCard`, so a course looks and works the same everywhere. An
 * open course's details are card-details.ts, a lazy chunk loaded as soon as there are courses to open.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../core/heading.js';
import type { IndexedEvent } from './filter.js';
import { dayHeading, placeLine } from './format.js';
import type { CourseEvent } from './model.js';
import { accessibleName, priceText, seatsLine, seriesLine, statusWord, whenText, type Words } from './text.js';
import type { Topic } from './topics.js';

/** What a course card needs from the calendar besides the course. */
export interface CardContext extends Words {
  /** "Now", for "updated at" and what counts as today. */
  now: Date;
  /** A prefix unique to the element, for the ids that tie a button to its details. */
  uid: string;
  /** The level of the day headings (already clamped); titles sit one below. */
  level: number;
  /** Every series in the data, by series key. */
  series: ReadonlyMap<string, readonly CourseEvent[]>;
  /** The topic vocabulary in use. */
  topics: readonly Topic[];
  /** Data is being read again (the list says it is busy). */
  loading: boolean;
  isOpen(key: string): boolean;
  toggle(key: string): void;
  /** The course's sanitised description, once the sanitiser has made it. */
  body(event: CourseEvent): DocumentFragment | undefined;
  exportCourse(event: CourseEvent): void;
  /** An open course's details (card-details.ts, a lazy chunk the card controller loads). */
  details(item: IndexedEvent, series: string | undefined, compact: boolean): unknown;
  /** The key of the course whose `.ics` file could not be made. */
  exportFailed?: string;
}

/** A day heading of the agenda ("Tirsdag 3. marts 2026") at the editor's level. */
export function dayHeadingTemplate(date: Date, ctx: CardContext): TemplateResult {
  return heading(ctx.level, dayHeading(date, ctx.lang), { className: 'day-heading', part: 'day-heading' });
}

/** A card's words, worked out once per course, language and minute (see `cardWords`). */
interface CardWords {
  name: { before: string; after: string };
  status?: string;
  place?: string;
  series?: string;
  seats?: string;
  price?: string;
  /** The time line, with the day (compact) and without, made when first shown. */
  when: { compact?: string; full?: string };
}

const cardWordsCache = new WeakMap<CourseEvent, { t: unknown; series: unknown; stamp: string; words: CardWords }>();

/**
 * The words of a course's card. Working them out (dates and times through Intl, a dozen translations) is most of
 * what rendering a card costs, and a list re-renders every card when one opens, a filter changes or a feed is read
 * again; so they are kept per course until the language, the strings, the series or the minute change.
 */
function cardWords(event: CourseEvent, ctx: CardContext): CardWords {
  const stamp = `${ctx.lang} ${Math.floor(ctx.now.getTime() / 60_000)}`;
  const cached = cardWordsCache.get(event);
  if (cached && cached.t === ctx.t && cached.series === ctx.series && cached.stamp === stamp) return cached.words;
  const words: CardWords = {
    name: accessibleName(event, ctx),
    status: statusWord(event, ctx),
    place: placeLine(event.place),
    series: seriesLine(event, ctx.series, ctx),
    seats: seatsLine(event, ctx.now, ctx),
    price: priceText(event, ctx),
    when: {},
  };
  cardWordsCache.set(event, { t: ctx.t, series: ctx.series, stamp, words });
  return words;
}

/** One course: its button (named with day, time, title and status), facts, and its details when open. */
export function courseCard(item: IndexedEvent, compact: boolean, ctx: CardContext): TemplateResult {
  const { t } = ctx;
  const event = item.event;
  const open = ctx.isOpen(event.key);
  const detailsId = `${ctx.uid}-${event.key.replace(/[^\w-]/gu, '_')}`;
  const { name, status, place, series, seats, price, when } = cardWords(event, ctx);
  // "true" while open: the button's aria-expanded, and aria-hidden on the summary lines, because an open course's
  // details say its time, place, series, price and seats again, each with its label. A screen reader reads them
  // there, not twice in a row (the transcript open-course heard both). The status stays.
  const opened = open ? 'true' : 'false';
  const toggle = html`<button
    type="button"
    class="toggle"
    part="toggle"
    aria-expanded=${opened}
    aria-controls=${detailsId}
    @click=${() => ctx.toggle(event.key)}
  >
    <span class="visually-hidden">${name.before}</span><span class="title">${event.title}</span
    ><span class="visually-hidden">${name.after}</span>
  </button>`;
  return html`<article class="course-card status-${event.status}" data-key=${event.key}>
    ${compact ? toggle : heading(ctx.level + 1, toggle, { className: 'title-heading' })}
    <p class="meta" aria-hidden=${opened}>
      <time datetime=${event.start}>${(when[compact ? 'compact' : 'full'] ??= whenText(event, compact, ctx))}</time>
      ${place ? html`<span class="place">${place}</span>` : nothing}
      ${event.mode !== 'inPerson' ? html`<span class="mode">${t(event.mode)}</span>` : nothing}
    </p>
    ${status ? html`<p class="status" part="status">${status}</p>` : nothing}
    ${series && !compact ? html`<p class="series" aria-hidden=${opened}>${series}</p>` : nothing}
    ${
      seats || price
        ? html`<p class="facts" aria-hidden=${opened}>
            ${price ? html`<span class="price">${price}</span>` : nothing}
            ${seats ? html`<span class="seats">${seats}</span>` : nothing}
          </p>`
        : nothing
    }
    <div class="details" part="details" id=${detailsId} ?hidden=${!open}>
      ${open ? ctx.details(item, series, compact) : nothing}
    </div>
  </article>`;
}
