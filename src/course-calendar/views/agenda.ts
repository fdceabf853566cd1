/*
 * The list views as pure template functions: the agenda under day headings, and the compact list. Both render each
 * course with `courseCard`, so they differ only in how courses are grouped.
 */
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { courseCard, dayHeadingTemplate } from '../card.js';
import type { IndexedEvent } from '../filter.js';
import type { CalendarT } from '../text.js';
import type { ViewContext } from './types.js';

/** Above this many rows the list renders only what is on screen (the virtualizer is loaded then, not before). */
export const VIRTUALIZE_ABOVE = 200;
/**
 * A list of a long data set stays in the virtualizer while the filters narrow it, down to this many courses. Leaving
 * it for a full list on every keystroke cost more than the filter itself: 100 of 1,000 courses took longer to tear
 * down and lay out than the 15 rows the virtualizer shows. Below this a list is short enough to render whole.
 */
export const SHORT_LIST = 25;

/** Whether `count` courses, of `total` read, are rendered through the virtualizer. */
export const virtualised = (count: number, total = count): boolean =>
  count > VIRTUALIZE_ABOVE || (total > VIRTUALIZE_ABOVE && count > SHORT_LIST);

type Virtualize = (typeof import('@lit-labs/virtualizer/virtualize.js'))['virtualize'];
let virtualize: Virtualize | undefined;
let loadingVirtualizer: Promise<void> | undefined;

/** Loads the virtualizer the first time a list is long enough to need it. */
export function prepareAgenda(count: number, total = count): Promise<unknown> | undefined {
  if (!virtualised(count, total) || virtualize) return undefined;
  return (loadingVirtualizer ??= import('@lit-labs/virtualizer/virtualize.js').then((module) => {
    virtualize = module.virtualize;
  }));
}

type Row = { type: 'day'; key: string; date: Date } | { type: 'course'; key: string; item: IndexedEvent };

/** The courses under their days; a course that began before today (and goes on) is listed under today. */
function rowsOf(results: readonly IndexedEvent[], ctx: ViewContext): Row[] {
  const rows: Row[] = [];
  let current = '';
  for (const item of results) {
    const day = item.firstDay < ctx.today ? ctx.today : item.firstDay;
    if (day !== current) {
      current = day;
      rows.push({ type: 'day', key: `day:${day}`, date: day === item.firstDay ? new Date(item.startMs) : ctx.now });
    }
    rows.push({ type: 'course', key: item.event.key, item });
  }
  return rows;
}

/** The rows up to the `count`th course, without a day heading left with none of its courses. */
function firstCourses(rows: Row[], count: number): Row[] {
  let seen = 0;
  let end = rows.findIndex((row) => row.type === 'course' && ++seen > count);
  if (end === -1) return rows;
  while (end > 0 && rows[end - 1].type === 'day') end -= 1;
  return rows.slice(0, end);
}

/** While the first data is read: three grey placeholder rows, and "Henter kurser …" for screen readers. */
export function skeletonTemplate(t: CalendarT): TemplateResult {
  return html`<div class="skeleton" part="list" aria-busy="true">
    <p class="visually-hidden" role="status">${t('loading')}</p>
    ${[0, 1, 2].map(() => html`<div class="bone" aria-hidden="true"><span></span><span></span><span></span></div>`)}
  </div>`;
}

/** The empty message: no courses at all, or none that match the filters. */
export function emptyTemplate(ctx: ViewContext): TemplateResult {
  return html`<div class="message empty" part="message">
    <p>${ctx.filtersActive ? ctx.t('noMatch') : ctx.t('empty')}</p>
    <slot name="empty"></slot>
  </div>`;
}

/** The compact list: the next few courses, each with its day in its time line. */
export function compactTemplate(ctx: ViewContext): TemplateResult {
  if (!ctx.results.length) return emptyTemplate(ctx);
  return html`<ul class="list compact" part="list" role="list" aria-busy=${ctx.loading ? 'true' : 'false'}>
    ${repeat(
      ctx.results.slice(0, ctx.take(ctx.results.length)),
      (item) => item.event.key,
      (item) => html`<li class="course" part="course">${courseCard(item, true, ctx)}</li>`,
    )}
  </ul>`;
}

/** The agenda: sections per day, each a list of courses; virtualised when `virtualised` says so. */
export function agendaTemplate(ctx: ViewContext): TemplateResult {
  if (!ctx.results.length) return emptyTemplate(ctx);
  const rows = rowsOf(ctx.results, ctx);
  const busy = ctx.loading ? 'true' : 'false';
  if (virtualised(ctx.results.length, ctx.total)) {
    if (virtualize)
      return html`<div class="list virtual" part="list" aria-busy=${busy}>
        ${virtualize({
          items: rows,
          keyFunction: (row: Row) => row.key,
          renderItem: (row: Row) =>
            row.type === 'day'
              ? html`<div class="row day-row">${dayHeadingTemplate(row.date, ctx)}</div>`
              : html`<div class="row course" part="course">${courseCard(row.item, false, ctx)}</div>`,
        })}
      </div>`;
    // While the virtualizer loads, show the first rows only: rendering 10,000 rows would block the page.
    rows.splice(VIRTUALIZE_ABOVE);
  }
  // A new list comes a few courses per task (progressive.ts).
  const shown = firstCourses(rows, ctx.take(rows.filter((row) => row.type === 'course').length));
  const days: { row: Row & { type: 'day' }; items: IndexedEvent[] }[] = [];
  for (const row of shown) {
    if (row.type === 'day') days.push({ row, items: [] });
    else days.at(-1)!.items.push(row.item);
  }
  return html`<div class="list agenda" part="list" aria-busy=${busy}>
    ${repeat(
      days,
      (day) => day.row.key,
      (day) =>
        html`<section class="day">
          ${dayHeadingTemplate(day.row.date, ctx)}
          <ul role="list">
            ${repeat(
              day.items,
              (item) => item.event.key,
              (item) => html`<li class="course" part="course">${courseCard(item, false, ctx)}</li>`,
            )}
          </ul>
        </section>`,
    )}
  </div>`;
}
