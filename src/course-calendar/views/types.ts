import type { CardContext } from '../card.js';
import type { ReactiveControllerHost } from 'lit';
import type { IndexedEvent } from '../filter.js';

/** A filter the citizen can be shown. */
export type CalendarControl = 'topic' | 'branch' | 'date' | 'search';

/** Every filter, in the order the form shows them. */
export const CONTROLS: readonly CalendarControl[] = ['topic', 'branch', 'date', 'search'];

/** What a view renders from: the courses the filters let through, and the card context they render with. */
export interface ViewContext extends CardContext {
  results: readonly IndexedEvent[];
  /** How many sessions were read, before any filter (a long data set keeps its list virtualised while filtered). */
  total: number;
  /** A filter is set (the empty message says "no match" rather than "no courses"). */
  filtersActive: boolean;
  /** Today in Copenhagen, `YYYY-MM-DD`. */
  today: string;
  /** The month view's own state, kept by the element (it survives re-renders). */
  month: MonthState;
  /**
   * How many of a list's `count` courses to render now: a new list comes a few courses per task (progressive.ts).
   * A virtualised list, which renders only the rows on screen, does not ask.
   */
  take(count: number): number;
}

/**
 * A view of the calendar, described once: what it shows by default and how it renders. The element knows views only
 * through this shape, so a new view is a new file and one line in `views/index.ts` (docs/contributing.md).
 */
export interface CalendarViewDefinition {
  /** The filters shown when the editor sets no `controls`. */
  controls: readonly CalendarControl[];
  /** How many courses at most when the editor sets no `limit` (`undefined`: all). */
  limit?: number;
  /** Whether the "Udskriv kursusoversigt" button shows. */
  printable: boolean;
  /**
   * Loads the code the view needs for `count` courses of `total` read (a lazy chunk), before it renders. Resolves when something
   * new loaded (the element renders again); `undefined` when there is nothing to load.
   */
  prepare?(count: number, total: number): Promise<unknown> | undefined;
  render(context: ViewContext): unknown;
}

/** Below this width in CSS pixels the month table folds away and the list shows (`<mb-course-month narrow-below>`). */
export const MONTH_NARROW_BELOW = 360;

/** The month view's chosen day (`''`: none), and whether it folded away for want of room. */
export class MonthState {
  day = '';
  narrow = false;
  /** Whether `narrow` has been worked out yet (by `guess`, or by the month table itself). */
  private known = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  choose(day: string): void {
    this.day = day;
    this.host.requestUpdate();
  }

  setNarrow(narrow: boolean): void {
    this.known = true;
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.host.requestUpdate();
  }

  /**
   * Before the month table first renders: whether it will be too narrow, from the calendar's own width, so that a
   * phone shows the folded month and the list at once rather than the table and then, a frame later, the list. The
   * table's own measurement (`setNarrow`) has the last word.
   */
  guess(width: number): void {
    if (this.known) return;
    this.known = width > 0;
    this.narrow = width > 0 && width < MONTH_NARROW_BELOW;
  }
}
