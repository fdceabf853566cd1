import { LitElement, type PropertyDeclarations } from 'lit';
import type { MbEventMap, MbEventName } from './events.js';
import { stringsPending } from './localize.js';
import { VERSION } from './version.js';

export type { MbEventName } from './events.js';

/**
 * What every medborger element shares: the release that defined it, a reactive `lang`, and `emit`.
 */
export class MbElement extends LitElement {
  /** The medborger release that defined this element; `defineOnce` compares it on a clash. */
  static readonly mbVersion: string = VERSION;

  /**
   * The reactive properties, declared in a static block rather than with decorators, as in every medborger element
   * (docs/architecture.md, "The component pattern"). Lit merges a subclass's block with this one.
   */
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
  };

  /**
   * The language of the widget (`da` or `en`: the languages of src/core/languages.ts). Left out, the nearest
   * ancestor's `lang` applies, then `<html lang>`; any other language shows Danish. The widget writes in the
   * language's own direction unless a `dir` on the element, or on the way to the `lang` that applies, says otherwise.
   */
  declare lang: string;

  /**
   * Holds each update back until the strings of the language the element resolves to have loaded (they load per
   * language, core/languages.ts), so the first render, and the first after a language switch, is never a row of keys.
   * `updateComplete` waits for them too.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = stringsPending(this);
    return waiting ? waiting.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

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
