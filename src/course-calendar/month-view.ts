import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MbElement } from '../core/base-element.js';
import { inlineArrow } from '../core/languages.js';
import { LocalizeController } from '../core/localize.js';
import { base } from '../core/theme.js';
import { capitalize, dateFormat, dayKey, formatDay, fromCopenhagenTime } from '../core/time.js';
import { EXTRA_NS, extraStrings } from './extra-strings.js';
import { monthStyles } from './month-view.styles.js';
import type { CourseEvent } from './model.js';
import { MONTH_NARROW_BELOW } from './views/types.js';
import {
  addMonths,
  clampDay,
  clampMonth,
  compareMonths,
  countByDay,
  countInMonth,
  firstDay,
  monthOf,
  monthWeeks,
  moveKey,
  type MonthDay,
  type YearMonth,
} from './month.js';

const MONTH = /^(\d{4})-(\d{2})$/u;
const parseMonth = (value: string | undefined): YearMonth | undefined => {
  const match = value ? MONTH.exec(value.trim()) : null;
  if (!match) return undefined;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : undefined;
};
const toDate = (key: string) => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return fromCopenhagenTime(y, m, d, 12);
};

const KEYS: Record<string, Parameters<typeof moveKey>[1]> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'home',
  End: 'end',
  PageUp: 'pageUp',
  PageDown: 'pageDown',
};

/**
 * The month view of the course calendar: one semantic table for one month (WCAG 1.3.1, 2.1.1, 2.4.3, 4.1.3; the
 * WAI-ARIA Authoring Practices' date-picker grid for the keys). It is its own small element, not a render function inside `<mb-course-calendar>`, because it keeps
 * state of its own (the roving focus, the live region's last announcement, its measured width) and needs its own
 * tests; the calendar renders `<mb-course-month>` in its shadow root and listens for `mb-day-select`.
 *
 * Days are buttons named with the full date and the number of courses ("tirsdag 3. marts 2026, 2 kurser", as
 * visually hidden text rather than `aria-label`, so the name never contradicts what is shown); a course day shows
 * its count as text, not only as colour. Arrow keys move between days, Home/End to the week's ends,
 * PageUp/PageDown a month; the previous and next buttons use `aria-disabled` at the ends of the range so focus stays.
 * A month change is announced in a polite live region.
 *
 * Below `narrowBelow` pixels the element sets `narrow` (and fires `mb-month-narrow`), so the calendar can show its
 * list instead (WCAG 1.4.10, reflow); it never switches by itself.
 *
 * @summary A month of course days as one accessible table.
 * @event {CustomEvent<DaySelectDetail>} mb-day-select - A day was chosen. `detail: { day: 'YYYY-MM-DD', count }`.
 * @event {CustomEvent<MonthChangeDetail>} mb-month-change - The month shown changed.
 *   `detail: { month: 'YYYY-MM', count }`.
 * @event {CustomEvent<MonthNarrowDetail>} mb-month-narrow - The element became narrower or wider than `narrowBelow`.
 *   `detail: { narrow }`.
 * @csspart table - The month's table.
 * @csspart day - A day button.
 * @cssprop --mb-month-course-day - Background of a day with courses (default: the success tint).
 */
export class MbCourseMonth extends MbElement {
  static override styles = [base, monthStyles];

  /** The reactive properties and state, in one block (docs/architecture.md, "The component pattern"). */
  static override properties: PropertyDeclarations = {
    events: { attribute: false },
    month: { reflect: true },
    min: {},
    max: {},
    today: {},
    selected: { reflect: true },
    narrowBelow: { type: Number, attribute: 'narrow-below' },
    narrow: { type: Boolean, reflect: true },
    folded: { type: Boolean, reflect: true },
    focusKey: { state: true },
    announcement: { state: true },
  };

  /** The courses to count; a session counts on the day it starts. */
  events: readonly CourseEvent[] = [];

  /** The month shown, `YYYY-MM`. Default: the month of `today`. */
  month = '';

  /** The first month one can go back to, `YYYY-MM`. */
  min = '';

  /** The last month one can go forward to, `YYYY-MM`. */
  max = '';

  /** Today's date, `YYYY-MM-DD` (for `aria-current="date"`). Default: today in Copenhagen. */
  today = '';

  /** The chosen day, `YYYY-MM-DD`. */
  selected = '';

  /** Width in CSS pixels below which `narrow` is set. */
  narrowBelow = MONTH_NARROW_BELOW;

  /** Set while the element is narrower than `narrowBelow`: the calendar may show its list instead. Read-only. */
  narrow = false;

  /**
   * Folded away by the calendar, which shows its list instead: the element renders no table, only watches its width
   * (and says when it is no longer `narrow`). Building a month's table that nobody sees cost a phone 30–40 ms.
   */
  folded = false;

  private focusKey = '';
  private announcement = '';

  private readonly localize = new LocalizeController(this, EXTRA_NS, extraStrings);
  private counts = new Map<string, number>();
  private resizeObserver: ResizeObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = entries[0]?.contentRect.width ?? this.clientWidth;
        this.measure(width);
      });
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  private measure(width: number): void {
    const narrow = width > 0 && width < this.narrowBelow;
    if (narrow !== this.narrow) {
      this.narrow = narrow;
      this.emit('mb-month-narrow', { narrow });
    }
  }

  private get todayKey(): string {
    return /^\d{4}-\d{2}-\d{2}$/u.test(this.today) ? this.today : dayKey(new Date());
  }

  /** The month shown, within the range. */
  get shownMonth(): YearMonth {
    const shown = parseMonth(this.month) ?? monthOf(this.todayKey);
    return clampMonth(shown, parseMonth(this.min), parseMonth(this.max));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events')) this.counts = countByDay(this.events);
    const month = this.shownMonth;
    const prefix = firstDay(month).slice(0, 7);
    if (!this.focusKey.startsWith(prefix)) {
      const candidates = [this.selected, this.todayKey].filter((key) => key.startsWith(prefix));
      this.focusKey = candidates[0] ?? firstDay(month);
    }
  }

  private monthName(month: YearMonth): string {
    return capitalize(
      dateFormat(this.localize.lang, { month: 'long', year: 'numeric' }).format(toDate(firstDay(month))),
    );
  }

  private canGo(delta: number): boolean {
    const target = addMonths(this.shownMonth, delta);
    const min = parseMonth(this.min);
    const max = parseMonth(this.max);
    return !(min && compareMonths(target, min) < 0) && !(max && compareMonths(target, max) > 0);
  }

  private goTo(month: YearMonth, focusKey?: string): boolean {
    const target = clampMonth(month, parseMonth(this.min), parseMonth(this.max));
    if (compareMonths(target, this.shownMonth) === 0) return false;
    const text = firstDay(target).slice(0, 7);
    this.month = text;
    this.focusKey = focusKey ?? clampDay(this.focusKey || firstDay(target), target);
    const count = countInMonth(this.counts, target);
    this.announcement = this.localize.t('month.announce', { month: this.monthName(target), count });
    this.emit('mb-month-change', { month: text, count });
    return true;
  }

  private step(delta: number): void {
    if (this.canGo(delta)) this.goTo(addMonths(this.shownMonth, delta));
    else this.sayEnd(delta);
  }

  /**
   * At the first or last month a key or button press changes nothing on screen; a screen reader user would hear
   * nothing either, so the live region says why.
   */
  private sayEnd(delta: number): void {
    const key = delta < 0 ? 'month.first' : 'month.last';
    // Mid-sentence, so as Intl writes it: "marts 2026" in Danish, "March 2026" in English.
    const format = dateFormat(this.localize.lang, { month: 'long', year: 'numeric' });
    this.announcement = this.localize.t(key, { month: format.format(toDate(firstDay(this.shownMonth))) });
  }

  private choose(key: string): void {
    this.selected = key;
    this.focusKey = key;
    this.emit('mb-day-select', { day: key, count: this.counts.get(key) ?? 0 });
  }

  private async onKeydown(event: KeyboardEvent): Promise<void> {
    const action = KEYS[inlineArrow(event.key, this.localize.dir)];
    if (!action) return;
    event.preventDefault();
    const next = moveKey(this.focusKey, action);
    const month = monthOf(next);
    if (compareMonths(month, this.shownMonth) !== 0) {
      const allowed = clampMonth(month, parseMonth(this.min), parseMonth(this.max));
      if (compareMonths(allowed, month) !== 0) {
        this.sayEnd(compareMonths(month, this.shownMonth));
        return;
      }
      this.goTo(month, next);
    } else this.focusKey = next;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-day="${this.focusKey}"]`)?.focus();
  }

  override render() {
    if (this.folded) return nothing;
    const { lang, dir } = this.localize;
    const month = this.shownMonth;
    const weeks = monthWeeks(month, this.counts);
    const today = this.todayKey;
    return html`<div lang=${lang} dir=${dir}>
      ${this.renderBar()}
      <table part="table">
        <caption>
          ${this.monthName(month)}
        </caption>
        <thead>
          <tr>
            ${this.renderWeekdays(weeks[0].days.map((day) => toDate(day.key)))}
          </tr>
        </thead>
        <tbody @keydown=${this.onKeydown}>
          ${weeks.map(
            (week) =>
              html`<tr>
                ${week.days.map((day) => this.renderDay(day, today))}
              </tr>`,
          )}
        </tbody>
      </table>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /** The previous and next buttons, `aria-disabled` at the ends of the range so focus stays on them. */
  private renderBar() {
    const { t } = this.localize;
    return html`<div class="bar">
      <button
        type="button"
        class="button secondary"
        aria-disabled=${this.canGo(-1) ? 'false' : 'true'}
        @click=${() => this.step(-1)}
      >
        <span aria-hidden="true">‹</span> ${t('month.previous')}
      </button>
      <button
        type="button"
        class="button secondary"
        aria-disabled=${this.canGo(1) ? 'false' : 'true'}
        @click=${() => this.step(1)}
      >
        ${t('month.next')} <span aria-hidden="true">›</span>
      </button>
    </div>`;
  }

  /** The column headers: the short weekday shown, the long one read. */
  private renderWeekdays(weekdays: Date[]) {
    const { lang } = this.localize;
    const long = dateFormat(lang, { weekday: 'long' });
    const short = dateFormat(lang, { weekday: 'short' });
    return weekdays.map(
      (date) =>
        html`<th scope="col">
          <span aria-hidden="true">${short.format(date)}</span><span class="visually-hidden">${long.format(date)}</span>
        </th>`,
    );
  }

  /** One cell: a day of the month as a button named with its date and its number of courses; empty outside it. */
  private renderDay(day: MonthDay, today: string) {
    const { t, lang } = this.localize;
    if (!day.inMonth) return html`<td></td>`;
    return html`<td>
      <button
        type="button"
        part="day"
        class=${day.count ? 'has' : ''}
        data-day=${day.key}
        tabindex=${day.key === this.focusKey ? 0 : -1}
        aria-current=${ifDefined(day.key === today ? 'date' : undefined)}
        aria-pressed=${day.key === this.selected ? 'true' : 'false'}
        @click=${() => this.choose(day.key)}
        @focus=${() => (this.focusKey = day.key)}
      >
        <span class="num" aria-hidden="true">${day.day}</span>
        ${day.count ? html`<span class="count" aria-hidden="true">${day.count}</span>` : nothing}
        <span class="visually-hidden"
          >${t('month.day', { date: formatDay(toDate(day.key), lang), count: day.count })}</span
        >
      </button>
    </td>`;
  }
}
