/*
 * The event the model explainer fires besides `mb-load` and `mb-error` (core/events.ts). Typed for users through
 * `HTMLElementEventMap`.
 */

/** Detail of `mb-model-select`: the reader chose a model. */
export interface ModelSelectDetail {
  id: string;
  displayNumber: number;
  scaleRank: number;
  /** The model's name in the widget's language. */
  name: string;
}

declare module '../core/events.js' {
  interface MbEventMap {
    'mb-model-select': ModelSelectDetail;
  }
}
