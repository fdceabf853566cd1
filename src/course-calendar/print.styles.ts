import { css } from 'lit';

/**
 * Print styles for the element that shows the sheet. On screen the sheet is hidden; in print everything marked
 * `.screen-only` (filters, buttons, the month view) is hidden and the sheet fills the page in large type, one
 * course never split across two pages. `@page` rules do not apply inside a shadow root, so A4 and its margins are
 * set by the widths here (the browser's print dialog still chooses the paper).
 */
export const printStyles = css`
  .print-sheet {
    display: none;
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 16pt;
      line-height: 1.35;
    }
    .screen-only {
      display: none !important;
    }
    .print-sheet {
      display: block;
      max-inline-size: 180mm;
    }
    .print-title {
      font-size: 26pt;
      margin-block: 0 8mm;
      margin-inline: 0;
    }
    .print-list {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .print-course {
      display: flex;
      gap: 8mm;
      align-items: flex-start;
      justify-content: space-between;
      padding: 6mm 0;
      border-block-start: 1pt solid #000;
      break-inside: avoid;
      page-break-inside: avoid;
    }
    .print-when {
      font-size: 16pt;
      font-weight: 700;
      margin: 0;
    }
    .print-course-title {
      font-size: 22pt;
      margin: 1mm 0;
    }
    .print-place {
      margin: 0;
    }
    .print-qr {
      flex: 0 0 35mm;
      inline-size: 35mm;
      margin: 0;
      text-align: center;
      font-size: 9pt;
    }
    .print-qr svg {
      display: block;
      inline-size: 35mm;
      block-size: 35mm;
    }
    .print-footer {
      font-size: 10pt;
      margin-block-start: 6mm;
    }
  }
`;
