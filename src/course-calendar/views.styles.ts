import { css } from 'lit';

/**
 * Styles of the calendar's month view and print button, kept apart from the list's styles. The notice-board sheet's
 * own styles (print.styles.ts) are adopted only while it prints.
 */
export const viewStyles = css`
  /* Folded away where there is no room for a month: it stays only to say when there is room again. */
  mb-course-month[folded] {
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
  }
  /* While the notice-board sheet prints, it is all there is on paper. */
  @media print {
    .calendar.printing > :not(.print-sheet) {
      display: none !important;
    }
  }
  /* Printed without the button (the browser's own print command): the courses on show, without the controls. */
  @media print {
    .filters,
    .print-action,
    mb-course-month {
      display: none;
    }
  }
`;
