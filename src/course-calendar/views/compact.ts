import { compactTemplate } from './agenda.js';
import type { CalendarViewDefinition } from './types.js';

/** `compact`: the next three courses for a front page, no filters, not printable. */
export const compactView: CalendarViewDefinition = {
  controls: [],
  limit: 3,
  printable: false,
  render: compactTemplate,
};
