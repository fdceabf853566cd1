/*
 * The calendar's month view as the calendar shows it: the month table (<mb-course-month>), the chosen day's
 * courses below it, and the list where there is no room for a month. A lazy chunk with the month element itself,
 * loaded the first time a calendar has `view="month"`, so pages with the list do not carry it. A chosen day's courses
 * render through the same card template functions as the list (card.ts), so they look and work exactly the same.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { fromCopenhagenTime } from '../core/time.js';
import { courseCard, dayHeadingTemplate } from './card.js';
import './define-month.js';
import { extraT } from './extra-strings.js';
import { dayHeading } from './format.js';
import type { ViewContext } from './views/types.js';

/** Noon on a `YYYY-MM-DD` day in Copenhagen: a safe instant to format that day with. */
function dayDate(key: string): Date {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  return fromCopenhagenTime(year, month, day, 12);
}

/** The month view's parts, which views/month.ts places around the list (see there). */
export interface MonthParts {
  /** "Kalenderen er for smal til en måned …", where the element is too narrow. */
  note: unknown;
  month: TemplateResult;
  /** The chosen day's courses (or that it has none); nothing before a day is chosen. */
  day: unknown;
  status: TemplateResult;
}

/**
 * Choosing a day keeps focus on the day (as in a date picker, so the arrow keys go on from there); a polite status
 * says how many courses it has and that they follow the calendar, and Tab goes straight to them. Changing the month
 * lets go of the chosen day (its list would belong to another month); the month element announces the month. Where
 * the element is too narrow, the month stays, folded away, only to say when there is room again.
 */
export function monthParts(ctx: ViewContext): MonthParts {
  const { day, narrow } = ctx.month;
  const t = extraT(ctx.lang);
  const chosen = day ? ctx.results.filter((item) => item.firstDay === day) : [];
  const last = ctx.results.reduce((max, item) => (item.firstDay > max ? item.firstDay : max), ctx.today);
  const date = day ? dayDate(day) : undefined;
  const month = html`<mb-course-month
    .folded=${narrow}
    part="month"
    lang=${ctx.lang}
    today=${ctx.today}
    min=${ctx.today.slice(0, 7)}
    max=${last.slice(0, 7)}
    .selected=${day}
    .events=${ctx.results.map((item) => item.event)}
    @mb-day-select=${(event: CustomEvent<{ day: string }>) => ctx.month.choose(event.detail.day)}
    @mb-month-change=${() => ctx.month.choose('')}
    @mb-month-narrow=${(event: CustomEvent<{ narrow: boolean }>) => {
      // The signal comes from a ResizeObserver; folding the month in the same frame would resize what it
      // observes and end in a "ResizeObserver loop" error, so the switch waits for the next frame.
      const { narrow: now } = event.detail;
      requestAnimationFrame(() => ctx.month.setNarrow(now));
    }}
  ></mb-course-month>`;
  const dayList = date
    ? html`<section class="day month-day">
        ${dayHeadingTemplate(date, ctx)}
        ${
          chosen.length
            ? html`<ul class="list" part="list" role="list">
                ${repeat(
                  chosen,
                  (item) => item.event.key,
                  (item) => html`<li class="course" part="course">${courseCard(item, false, ctx)}</li>`,
                )}
              </ul>`
            : html`<p class="message empty" part="message">${t('month.dayEmpty')}</p>`
        }
      </section>`
    : nothing;
  return {
    note: narrow ? html`<p class="note" part="message">${t('month.narrow')}</p>` : nothing,
    month,
    day: dayList,
    status: html`<p class="visually-hidden" role="status">
      ${date && !narrow ? t('month.chosen', { day: dayHeading(date, ctx.lang), count: chosen.length }) : nothing}
    </p>`,
  };
}
