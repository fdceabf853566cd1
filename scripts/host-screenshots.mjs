// Screenshots of the host-page gallery (test/hosts/*.html) for docs/hosts.md: each page on a desktop and at 320px,
// taken with headless Chromium from the built drop-in. Run `npm run build` first, then `node scripts/host-screenshots.mjs`.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findBrowsers } from './browsers.mjs';
import { createStaticServer, listen } from './static-server.mjs';

const PAGES = ['legacy', 'hazards', 'dark', 'dkfds', 'wordpress'];
const SIZES = [
  { name: 'desktop', width: 1024, height: 900 },
  { name: 'phone', width: 320, height: 900 },
];
const READY = `[...document.querySelectorAll('mb-course-calendar, mb-guide-card, mb-model-explainer')].every((el) =>
  el.shadowRoot?.querySelector('[part~="course"], [part~="card"], [role="tab"]') &&
  !el.shadowRoot.querySelector('[aria-busy="true"]'))`;

const server = createStaticServer('.');
const origin = await listen(server);
const browser = await puppeteer.launch({
  executablePath: findBrowsers().chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--font-render-hinting=none'],
});
mkdirSync('docs/hosts', { recursive: true });
try {
  const page = await browser.newPage();
  for (const name of PAGES) {
    for (const size of SIZES) {
      await page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: 1 });
      await page.goto(`${origin}/test/hosts/${name}.html?lang=da`, { waitUntil: 'load' });
      await page.waitForFunction(READY, { timeout: 20_000 });
      await page.evaluate(() => document.fonts.ready);
      const path = `docs/hosts/${name}-${size.name}.png`;
      await page.screenshot({ path, type: 'png' });
      console.log(path);
    }
  }
} finally {
  await browser.close();
  server.close();
}
