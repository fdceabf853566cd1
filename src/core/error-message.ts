import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface ErrorMessage {
  /** The message in the widget's language (from `common:errors.*` as a rule). */
  message: string;
  /** Offered as a "Prøv igen" button when set: what trying again does. */
  retry?: () => void;
  /** The button's text (`common:retry`). */
  retryLabel?: string;
  /** `alert` for a failure that replaces the content; `status` for a partial one beside content that still shows. */
  role?: 'alert' | 'status';
  /** A class for the block beside `message`: `error` (default), or `partial` for a source that failed among others. */
  className?: string;
  /** The block's CSS part, as the widget documents it (`message`, `error`), or none. */
  part?: string;
}

/**
 * The one error block every widget shows when its data could not be had: the message, announced, and a button to
 * try again when trying again can help. Styled by the shared `.message` and `.button` rules of each widget.
 */
export function errorMessage(options: ErrorMessage): TemplateResult {
  const { message, retry, retryLabel, role = 'alert', className = 'error', part } = options;
  return html`<div class="message ${className}" part=${ifDefined(part)} role=${role}>
    <p>${message}</p>
    ${retry ? html`<button type="button" class="button secondary" @click=${retry}>${retryLabel}</button>` : nothing}
  </div>`;
}
