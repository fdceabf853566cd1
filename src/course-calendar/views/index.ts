/*
 * The calendar's views, one line each. The `view` attribute takes these names; the manifest, the embed builder and
 * the IDE data list them from here (custom-elements-manifest.config.mjs reads `keyof typeof VIEWS`).
 */
import { compactView } from './compact.js';
import { listView } from './list.js';
import { monthView } from './month.js';
import { CONTROLS, type CalendarControl, type CalendarViewDefinition } from './types.js';

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

/** The view of that name; an unknown name gets the list. */
export function viewOf(name: string): CalendarViewDefinition {
  return isView(name) ? VIEWS[name] : VIEWS.list;
}

/** The filters to show: the editor's `controls` (space-separated, `none` for none), else the view's default. */
export function controlsOf(view: CalendarViewDefinition, controls: string | undefined): Set<CalendarControl> {
  const names = (controls ?? view.controls.join(' ')).split(/[\s,]+/u);
  return new Set(names.filter((w): w is CalendarControl => (CONTROLS as readonly string[]).includes(w)));
}
