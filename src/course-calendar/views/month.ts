import { html, nothing } from 'lit';
import { agendaTemplate, prepareAgenda } from './agenda.js';
import { CONTROLS, type CalendarViewDefinition } from './types.js';

// The month table (<mb-course-month>) is its own lazy chunk: most pages show the list.
let monthParts: (typeof import('../month-panel.js'))['monthParts'] | undefined;
let loadingMonth: Promise<void> | undefined;

/**
 * `month`: a month table of course days; choosing a day lists its courses below it. The agenda shows until the
 * month's code has loaded, when nothing is on, and where the element is too narrow for a table.
 *
 * The agenda keeps one place in one template from the first render (before the month's code is here) to a narrow
 * element's folded month, so the month's arrival adds the table beside the list instead of building every course
 * card again: on a phone that second build was a task of 130–180 ms on the bench's phone profile.
 */
export const monthView: CalendarViewDefinition = {
  controls: CONTROLS,
  printable: true,
  prepare(count, total) {
    const list = prepareAgenda(count, total);
    if (monthParts) return list;
    loadingMonth ??= import('../month-panel.js').then((module) => {
      monthParts = module.monthParts;
    });
    // A month that cannot load rejects, and the element leaves the list in place (no re-render, no retry loop).
    return Promise.all([list, loadingMonth]);
  },
  render(ctx) {
    const parts = monthParts && ctx.results.length ? monthParts(ctx) : undefined;
    const list = !parts || ctx.month.narrow;
    return html`${parts?.note ?? nothing}${parts?.month ?? nothing}${list ? agendaTemplate(ctx) : parts.day}${
      parts?.status ?? nothing
    }`;
  },
};
