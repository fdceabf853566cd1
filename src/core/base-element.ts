import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { MbEventMap, MbEventName } from './events.js';
import { VERSION } from './version.js';

export type { MbEventName } from './events.js';

/**
 * What every medborger element shares: the release that defined it, a reactive `lang`, and `emit`.
 */
export class MbElement extends LitElement {
  /** The medborger release that defined this element; `defineOnce` compares it on a clash. */
  static readonly mbVersion: string = VERSION;

  /**
   * The language of the widget (`da` or `en`). Left out, the nearest ancestor's `lang` applies, then `<html lang>`;
   * any other language shows Danish.
   */
  @property({ reflect: true }) declare lang: string;

  /**
   * Fires a `CustomEvent` that bubbles and leaves the shadow root, so a page can listen on the element or on
   * `document`. Only the events declared in `MbEventMap` (core/events.ts), each with its one detail shape. Returns
   * `false` when a listener called `preventDefault()` on a cancelable event.
   */
  protected emit<Name extends MbEventName>(
    name: Name,
    detail: MbEventMap[Name],
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }
}
