// What a screen reader says while a citizen steps through a guide and chooses a model (test/screen-reader/reader.ts
// says how the reader works; Chromium only). The transcripts are reviewed snapshots in transcripts/.
import { html } from '@open-wc/testing';
import '../../src/guide-card/define.js';
import '../../src/model-explainer/define.js';
import type { MbGuideCard } from '../../src/guide-card/guide-card.js';
import type { MbModelExplainer } from '../../src/model-explainer/model-explainer.js';
import { matchesTranscript, readerFor } from './reader.js';

const chromium = navigator.userAgent.includes('Chrome/');

// The accessibility tree is read through the DevTools protocol, which only Chromium offers here: in Firefox and
// WebKit this file has no tests (docs/accessibility.md says so).
if (chromium) {
  describe('what a screen reader says: <mb-guide-card>', () => {
    for (const lang of ['da', 'en']) {
      it(`stepping through a guide (${lang})`, async () => {
        const { reader } = await readerFor<MbGuideCard>(
          html`<mb-guide-card guide="change-address" lang=${lang}></mb-guide-card>`,
          'mb-guide-card',
          (el) => !!el.shadowRoot?.querySelector('.card'),
        );
        await reader.next(6);
        await reader.pressUntil('Tab', /^Tab → checkbox, /u);
        await reader.press('Space');
        await reader.pressUntil('Tab', /^Tab → button, (Trin|Step) 1\b.*collapsed/u);
        await reader.press('Enter');
        await reader.next(5);
        await reader.pressUntil('Tab', /^Tab → button, (Trin|Step) 2\b.*collapsed/u);
        await reader.press('Enter');
        await reader.press('Space');
        await reader.pressUntil('Tab', /^Tab → link, /u);
        await matchesTranscript(`guide-steps.${lang}`, reader, `Stepping through a guide in <mb-guide-card> (${lang})`);
      });
    }
  });

  describe('what a screen reader says: <mb-model-explainer>', () => {
    for (const lang of ['da', 'en']) {
      it(`choosing a model (${lang})`, async () => {
        const { reader } = await readerFor<MbModelExplainer>(
          html`<mb-model-explainer lang=${lang}></mb-model-explainer>`,
          'mb-model-explainer',
          (el) => !!el.shadowRoot?.querySelector('[role="tablist"]'),
        );
        await reader.next(4);
        await reader.pressUntil('Tab', /^Tab → tab, /u);
        await reader.press('ArrowRight');
        await reader.press('ArrowRight');
        await reader.press('Tab');
        await reader.next(6);
        await matchesTranscript(`choose-model.${lang}`, reader, `Choosing a model in <mb-model-explainer> (${lang})`);
      });
    }
  });
}
