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

/** The month view's chosen day (`''`: none), and whether it folded away for want of room. */
export class MonthState {
  day = '';
  narrow = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  choose(day: string): void {
    this.day = day;
    this.host.requestUpdate();
  }

  setNarrow(narrow: boolean): void {
    this.narrow = narrow;
    this.host.requestUpdate();
  }
}
