/*
 * The events the course calendar and its month view fire, besides `mb-load` and `mb-error` (core/events.ts). Typed
 * for users through `HTMLElementEventMap`.
 */
export {};

/** Detail of `mb-course-toggle`: a course was opened or closed. */
export interface CourseToggleDetail {
  key: string;
  open: boolean;
}

/** Detail of `mb-filter-change`: the citizen changed a filter; `count` courses are shown now. */
export interface FilterChangeDetail {
  topics: string[];
  branch: string;
  from: string;
  to: string;
  query: string;
  count: number;
}

/** Detail of `mb-course-export`: a course's `.ics` file was downloaded. */
export interface CourseExportDetail {
  key: string;
  title: string;
  /** How many sessions the file holds. */
  sessions: number;
  fileName: string;
}

/** Detail of `mb-day-select` (month view): a day was chosen. */
export interface DaySelectDetail {
  day: string;
  count: number;
}

/** Detail of `mb-month-change` (month view): another month is shown. */
export interface MonthChangeDetail {
  month: string;
  count: number;
}

/** Detail of `mb-month-narrow` (month view): too narrow for the month table, or wide enough again. */
export interface MonthNarrowDetail {
  narrow: boolean;
}

declare module '../core/events.js' {
  interface MbEventMap {
    'mb-course-toggle': CourseToggleDetail;
    'mb-filter-change': FilterChangeDetail;
    'mb-course-export': CourseExportDetail;
    'mb-day-select': DaySelectDetail;
    'mb-month-change': MonthChangeDetail;
    'mb-month-narrow': MonthNarrowDetail;
  }
}
