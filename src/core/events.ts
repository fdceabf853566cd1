/*
 * Every event a medborger element fires, with its one detail shape. Core declares the two every widget shares;
 * each widget declares its own in its events.ts by adding to `MbEventMap`. `HTMLElementEventMap` follows, so
 * `el.addEventListener('mb-load', (event) => event.detail.count)` is typed for users, and `emit` accepts only
 * these names with these details.
 */
import type { LoadErrorKind } from './feed.js';

/** Detail of `mb-load`: data was read and is shown. The same shape from every widget. */
export interface MbLoadDetail {
  /** How many records are shown: course sessions, or models. */
  count: number;
  /** How many records could not be used and are left out. */
  skipped: number;
  /** How many records were listed twice across several sources and shown once (0 with one source). */
  duplicates: number;
  /** The format of each source read (`json`, `dpl`, `libcal`, `ics`), in the order given. */
  formats: string[];
  /** The addresses read (`[]` for a property, inline JSON or built-in data). */
  urls: string[];
  /** The addresses that could not be had this time (with several sources; the others are shown). */
  failed: string[];
}

/** Why a widget could not show what it was asked to: a load error, or a guide id the card does not know. */
export type MbErrorKind = LoadErrorKind | 'unknown-guide';

/** Detail of `mb-error`: something could not be loaded or used. The same shape from every widget. */
export interface MbErrorDetail {
  kind: MbErrorKind;
  /** The message the widget shows (or would show), in its language. */
  message: string;
  /** What is wrong with invalid data, item by item, for the editor (technical, in English); else `[]`. */
  problems: string[];
  /** The address that failed, when there was one. */
  url?: string;
}

/** Event name → detail. Widgets add their own events with `declare module '…/core/events.js'`. */
export interface MbEventMap {
  'mb-load': MbLoadDetail;
  'mb-error': MbErrorDetail;
}

/** The name of every event a medborger element fires. */
export type MbEventName = keyof MbEventMap;

/** `MbEventMap` as DOM events. */
export type MbEvents = { [Name in MbEventName]: CustomEvent<MbEventMap[Name]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends MbEvents {}
}

/** An `mb-load` detail with the defaults filled in. */
export function loadDetail(detail: Partial<MbLoadDetail> & Pick<MbLoadDetail, 'count'>): MbLoadDetail {
  return { skipped: 0, duplicates: 0, formats: [], urls: [], failed: [], ...detail };
}
