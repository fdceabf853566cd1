/*
 * The events the guide card fires, besides `mb-error` (core/events.ts). Typed for users through
 * `HTMLElementEventMap`.
 */
import type { Lang } from '../core/localize.js';
import type { FeedbackPayload } from './guide.js';

/** Detail of `mb-guide-show`: a guide is shown (again after a change of language). */
export interface GuideShowDetail {
  guide: string;
  lang: Lang;
}

/** Detail of `mb-feedback`: what was sent, and whether it arrived. */
export interface GuideFeedbackDetail extends FeedbackPayload {
  sent: boolean;
}

declare module '../core/events.js' {
  interface MbEventMap {
    'mb-guide-show': GuideShowDetail;
    /** The course feed (`courses-src`) was read: the common `mb-load` shape. */
    'mb-courses-load': MbLoadDetail;
    /** The course feed (`courses-src`) could not be read: the common `mb-error` shape. */
    'mb-courses-error': MbErrorDetail;
    'mb-feedback': GuideFeedbackDetail;
  }
}
