import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/guide-card/define.js';
import { BUILT_IN_GUIDES } from '../../src/guide-card/guides/index.js';

// Alone in its file (its own page), so the only guide content this page has asked for is the one below.
describe('<mb-guide-card> guide content', () => {
  it('downloads only the guide the page shows, not all ten', async () => {
    const el = await fixture(html`<mb-guide-card guide="passport"></mb-guide-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.card'), 'the guide did not load');
    const requested = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /\/guides\//.test(path));
    const guides = Object.keys(BUILT_IN_GUIDES).filter((id) =>
      requested.some((path) => new RegExp(`/guides/${id}\\.(ts|js|json)$`).test(path)),
    );
    expect(guides).to.deep.equal(['passport']);
    expect(requested.some((path) => path.endsWith('/locales/da/guides/passport.json'))).to.equal(true);
    expect(requested.some((path) => path.endsWith('/locales/en/guides/passport.json'))).to.equal(true);
  });
});
