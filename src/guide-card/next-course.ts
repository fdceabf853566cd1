/*
 * "Næste kursus" in the card's help section: the next course on the guide's topic from the library's course feed.
 * This module, the calendar's readers and its topic matching load only when a card has `courses-src`, so a card
 * without a feed costs the page nothing more. Reading, topic matching and "what is over" are the calendar's own
 * (read.ts, next.ts → filter.ts, topics.ts): one code path and, on a page with a calendar on the same feed, one
 * read of it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { capitalize, formatDay } from '../core/time.js';
import { safeUrl } from '../core/url.js';
import { addressLine, clockTimes, dayRange, placeLine } from '../course-calendar/format.js';
import type { CourseEvent } from '../course-calendar/model.js';
import { nextCourse } from '../course-calendar/next.js';
import { courseReader } from '../course-calendar/read.js';
import { signupOpen } from '../course-calendar/signup.js';
import type { GuideView } from './view.js';

/** The calendar's reader, so a card and a calendar on one feed share one read of it (core/shared-feeds.ts). */
export { courseReader, nextCourse };

/** Statuses worth a word next to the course; a planned one needs none. */
const STATUS_NOTES = new Set(['full', 'signupNotOpen', 'rescheduled', 'movedOnline'] as const);
type StatusNote = typeof STATUS_NOTES extends Set<infer S> ? S : never;
const hasNote = (status: string): status is StatusNote => STATUS_NOTES.has(status as StatusNote);

/** "Tirsdag 3. marts 2026 kl. 10.00–12.00" in Copenhagen time, with the calendar's clock format. */
function when(view: GuideView, event: CourseEvent): string {
  const { t, lang } = view.localize;
  const start = new Date(event.start);
  const day = capitalize(formatDay(start, lang));
  // An exhibition over several days: its first and last day, as the calendar shows it.
  if (event.allDay) return dayRange(event, lang) ?? day;
  const times = clockTimes(event, lang);
  return times.end
    ? t('nextCourse.timeRange', { day, start: times.start, end: times.end })
    : t('nextCourse.timeStart', { day, start: times.start });
}

function place(view: GuideView, event: CourseEvent): string[] {
  const { t } = view.localize;
  if (event.mode === 'online') return [t('nextCourse.online')];
  const lines = [placeLine(event.place), addressLine(event.place)].filter((line): line is string => !!line);
  if (event.mode === 'mixed') lines.push(t('nextCourse.mixed'));
  return lines;
}

/** Every way to sign up the feed gives, as equals, while sign-up is open; links only through `safeUrl`. */
function signupWays(view: GuideView, event: CourseEvent): unknown[] {
  const { t } = view.localize;
  const signup = event.signup;
  // The calendar's rule: no way to sign up is offered where nobody can sign up (sold out, not open yet, closed).
  if (!signup || !signupOpen(event)) return [];
  const ways: unknown[] = [];
  if (signup.required === false) ways.push(t('nextCourse.signup.notNeeded'));
  const url = safeUrl(signup.url, event.source.feedUrl || undefined);
  if (url) ways.push(view.link(url, t('nextCourse.signup.online')));
  const phone = signup.phone?.trim();
  if (phone) {
    const digits = phone.replace(/[^\d+]/gu, '');
    ways.push(view.link(digits ? safeUrl(`tel:${digits}`) : undefined, t('nextCourse.signup.phone', { phone })));
  }
  const email = signup.email?.trim();
  if (email) {
    const href = /^[^\s@:/]+@[^\s@:/]+$/u.test(email) ? safeUrl(`mailto:${email}`) : undefined;
    ways.push(view.link(href, t('nextCourse.signup.email', { email })));
  }
  if (signup.atDesk) ways.push(t('nextCourse.signup.desk'));
  return ways;
}

/**
 * The box: heading, title, time, place and sign-up, and the course page when the feed has one. It sits in the help
 * section, one heading level below "Få hjælp på biblioteket".
 */
export function renderNextCourse(view: GuideView, event: CourseEvent): TemplateResult {
  const { t } = view.localize;
  const lines = place(view, event);
  const ways = signupWays(view, event);
  const page = safeUrl(event.pageUrl, event.source.feedUrl || undefined);
  return html`<section class="next-course" part="next-course" aria-labelledby="next-course-heading">
    ${view.heading(2, t('nextCourse.heading'), { id: 'next-course-heading' })}
    <p class="course-title">${event.title}</p>
    ${hasNote(event.status) ? html`<p class="course-status">${t(`nextCourse.status.${event.status}`)}</p>` : nothing}
    <dl>
      <dt>${t('nextCourse.when')}</dt>
      <dd><time datetime=${event.start}>${when(view, event)}</time></dd>
      ${
        lines.length
          ? html`<dt>${t('nextCourse.where')}</dt>
              ${lines.map((line) => html`<dd>${line}</dd>`)}`
          : nothing
      }
      ${
        ways.length
          ? html`<dt>${t('nextCourse.signup.heading')}</dt>
              ${ways.map((way) => html`<dd>${way}</dd>`)}`
          : nothing
      }
    </dl>
    ${page ? html`<p class="course-page">${view.link(page, t('nextCourse.more'))}</p>` : nothing}
  </section>`;
}
