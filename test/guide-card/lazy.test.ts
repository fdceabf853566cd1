import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/guide-card/define.js';
import { BUILT_IN_GUIDES } from '../../src/guide-card/guides/index.js';

// Alone in its file (its own page), so everything this page has requested comes from the one card below.
const requested = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

async function passportCard(): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(html`<mb-guide-card guide="passport"></mb-guide-card>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.card'), 'the guide did not load');
  return el;
}

describe('<mb-guide-card> on a page', () => {
  it('downloads only the guide it shows, not all ten, and only in the page’s language', async () => {
    const el = await passportCard();
    const guides = Object.keys(BUILT_IN_GUIDES).filter((id) =>
      requested().some((path) => new RegExp(`/guides/${id}\\.(ts|js|json)$`).test(path)),
    );
    expect(guides).to.deep.equal(['passport']);
    expect(requested().some((path) => path.endsWith('/locales/da/guides/passport.json'))).to.equal(true);
    expect(requested().some((path) => path.endsWith('/locales/en/guides/passport.json'))).to.equal(false);
    // Switched to English, the card loads the guide in English and shows it.
    const title = () => el.shadowRoot!.querySelector('.title')?.textContent?.trim();
    const danish = title();
    el.setAttribute('lang', 'en');
    await waitUntil(() => title() !== danish, 'the guide did not change language', { timeout: 5000 });
    expect(requested().some((path) => path.endsWith('/locales/en/guides/passport.json'))).to.equal(true);
    expect(title()).to.include('Apply for or renew a passport');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
  });

  it('loads no course reader without a course feed (courses-src)', async () => {
    await passportCard();
    const courseCode = requested().filter(
      (path) => path.includes('/src/course-calendar/') || path.endsWith('/next-course.ts') || path.includes('ical.js'),
    );
    expect(courseCode).to.deep.equal([]);
  });

  it('loads the QR library only when the page is printed', async () => {
    const el = await passportCard();
    const qrLibrary = () => requested().filter((path) => path.includes('/lean-qr/'));
    expect(qrLibrary()).to.deep.equal([]);
    window.dispatchEvent(new Event('beforeprint'));
    await waitUntil(() => el.shadowRoot!.querySelector('.qr svg'), 'no QR code after beforeprint', { timeout: 5000 });
    window.dispatchEvent(new Event('afterprint'));
    expect(qrLibrary().length).to.be.greaterThan(0);
  });
});
