import { agendaTemplate, prepareAgenda } from './agenda.js';
import { CONTROLS, type CalendarViewDefinition } from './types.js';

// The month table (<mb-course-month>) is its own lazy chunk: most pages show the list.
let renderMonthPanel: (typeof import('../month-panel.js'))['renderMonthPanel'] | undefined;
let loadingMonth: Promise<void> | undefined;

/**
 * `month`: a month table of course days; choosing a day lists its courses below it. The agenda shows until the
 * month's code has loaded, when nothing is on, and where the element is too narrow for a table.
 */
export const monthView: CalendarViewDefinition = {
  controls: CONTROLS,
  printable: true,
  prepare(count, total) {
    const list = prepareAgenda(count, total);
    if (renderMonthPanel) return list;
    loadingMonth ??= import('../month-panel.js').then((module) => {
      renderMonthPanel = module.renderMonthPanel;
    });
    // A month that cannot load rejects, and the element leaves the list in place (no re-render, no retry loop).
    return Promise.all([list, loadingMonth]);
  },
  render: (ctx) => (renderMonthPanel && ctx.results.length ? renderMonthPanel(ctx) : agendaTemplate(ctx)),
};
