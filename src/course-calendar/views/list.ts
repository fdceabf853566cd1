import { agendaTemplate, prepareAgenda } from './agenda.js';
import { CONTROLS, type CalendarViewDefinition } from './types.js';

/** `list`: an agenda under day headings, every filter, printable. */
export const listView: CalendarViewDefinition = {
  controls: CONTROLS,
  printable: true,
  prepare: prepareAgenda,
  render: agendaTemplate,
};
