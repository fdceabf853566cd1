// A minimal widget built on the core, so the core can be tested before and apart from the real widgets.
import { html } from 'lit';
import { MbElement } from '../../src/core/base-element.js';
import { defineOnce } from '../../src/core/define.js';
import { LocalizeController } from '../../src/core/localize.js';
import { formatTime } from '../../src/core/time.js';

export class TestGreeting extends MbElement {
  readonly localize = new LocalizeController(this, 'common');
  renders = 0;

  override render() {
    this.renders += 1;
    const { t, lang } = this.localize;
    return html`<p lang=${lang}>${t('retry')}</p>
      <time datetime="2026-03-03T09:00:00Z">${formatTime(new Date('2026-03-03T09:00:00Z'), lang)}</time>`;
  }
}
defineOnce('mb-test-greeting', TestGreeting);

declare global {
  interface HTMLElementTagNameMap {
    'mb-test-greeting': TestGreeting;
  }
}
