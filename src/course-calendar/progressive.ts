import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Courses in a new list's first render: what a phone shows below the filters before the citizen scrolls. The first
 * render also builds the filters and the heading, so it takes fewer courses than the later ones.
 */
export const FIRST_COURSES = 3;
/** Courses each later render adds, one task apart (about 50 ms on the bench's phone profile). */
export const MORE_COURSES = 6;

/**
 * A list that is not virtualised renders its courses a few at a time. Building a course card (its words through
 * Intl and i18next, then its DOM, style and layout) cost 8–10 ms on the bench's phone profile (a 4× slower CPU), so
 * a library's list of 50 or 150 courses held the page for one task of half a second or more, and even the demo's 11
 * courses made a task of 130 ms. The first render now shows the first `FIRST_COURSES`; each task after it adds
 * `MORE_COURSES` below them, until the list is whole. A new data set starts over; a filter does not (cards already
 * built stay, and their words are cached).
 *
 * The list templates ask through the view context (`ViewContext.take`). `pending` settles when the list is whole:
 * the element's `updateComplete` waits for it, so a test or a script that awaits it finds every course.
 */
export class ProgressiveList implements ReactiveController {
  /** How many courses a list renders now. */
  private shown = FIRST_COURSES;
  /** How many a list asked for during this render (`take`); 0 when no list rendered. */
  private wanted = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private whole: { promise: Promise<void>; resolve: () => void } | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** During a render, a list of `count` courses asks how many to render now. */
  take(count: number): number {
    this.wanted = Math.max(this.wanted, count);
    return Math.min(count, this.shown);
  }

  /**
   * After each render. With no list on screen (nothing yet, a message, the month table, a virtualised list, which
   * renders only what is on screen), the next list starts small; a whole list stays whole through filters and new
   * data; a list not yet whole gets its next courses a task later.
   */
  hostUpdated(): void {
    const wanted = this.wanted;
    this.wanted = 0;
    if (wanted === 0 || this.shown >= wanted) {
      this.shown = wanted === 0 ? FIRST_COURSES : Number.POSITIVE_INFINITY;
      this.settle();
      return;
    }
    if (!this.whole) {
      let resolve = (): void => undefined;
      const promise = new Promise<void>((done) => (resolve = done));
      this.whole = { promise, resolve };
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.shown += MORE_COURSES;
      this.host.requestUpdate();
    });
  }

  /** While a list is not whole yet: settles when it is. */
  get pending(): Promise<void> | undefined {
    return this.whole?.promise;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.shown = FIRST_COURSES;
    this.settle();
  }

  private settle(): void {
    this.whole?.resolve();
    this.whole = undefined;
  }
}
