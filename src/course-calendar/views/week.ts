import { agendaTemplate } from './agenda.js';
import type { CalendarViewDefinition } from './types.js';

/** `week`: the next seven days as an agenda, with a search box only, not printable. */
export const weekView: CalendarViewDefinition = {
  controls: ['search'],
  printable: false,
  render: (ctx) => {
    const end = new Date(ctx.now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
    return agendaTemplate({ ...ctx, results: ctx.results.filter((item) => item.firstDay < end) });
  },
};
