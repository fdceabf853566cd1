/*
 * The calendar's views, one line each. The `view` attribute takes these names; the manifest, the embed builder and
 * the IDE data list them from here (custom-elements-manifest.config.mjs reads `keyof typeof VIEWS`).
 */
import { compactView } from './compact.js';
import { listView } from './list.js';
import { monthView } from './month.js';
import type { CalendarViewDefinition } from './types.js';

export const VIEWS = {
  list: listView,
  compact: compactView,
  month: monthView,
} satisfies Record<string, CalendarViewDefinition>;

/** A view of the calendar: `list`, `compact` or `month`. */
export type CalendarView = keyof typeof VIEWS;

export function isView(name: string): name is CalendarView {
  return Object.prototype.hasOwnProperty.call(VIEWS, name);
}
