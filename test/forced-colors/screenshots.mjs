// Screenshots of each widget in forced colours for the docs (docs/accessibility/forced-colors-*.png):
//
//   node test/forced-colors/screenshots.mjs
//
// Bundles src/medborger.ts with esbuild, opens a page with the three widgets in Debian's Chromium at 1280 px, puts
// each in a main state (a course open and a topic chosen, a day chosen in the month view, a guide step open, a
// model chosen), with keyboard focus on the control that changed, emulates `forced-colors: active`, and writes one
// small palette PNG per widget (test/visual/png.mjs).
import { writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowsers } from '../../scripts/browsers.mjs';
import { createStaticServer, listen } from '../../scripts/static-server.mjs';
import { PNG } from 'pngjs';
import { encode, posterise } from '../visual/png.mjs';

const NOW = '2026-03-02T09:00:00+01:00';
const MAX_HEIGHT = 1000;
const PAGE = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Tvungne farver</title>
<style>body { margin: 16px; font-family: 'DejaVu Sans', sans-serif; } section { max-width: 60rem; margin-bottom: 24px; }</style>
<script type="module" src="/__shots__/medborger.js"></script></head>
<body>
<section id="calendar"><mb-course-calendar src="/demo/data/courses.json" now="${NOW}" limit="3"></mb-course-calendar></section>
<section id="month"><mb-course-calendar view="month" src="/demo/data/courses.json" now="${NOW}"></mb-course-calendar></section>
<section id="guide"><mb-guide-card guide="mitid"></mb-guide-card></section>
<section id="models"><mb-model-explainer></mb-model-explainer></section>
</body></html>`;

/** In the page: gives keyboard focus to the control that changed in one widget. */
function focusIn(name) {
  const host = document.querySelector(`#${name} > *`).shadowRoot;
  const control = {
    calendar: () => host.querySelector('button.toggle'),
    month: () => host.querySelector('mb-course-month').shadowRoot.querySelector('button[aria-pressed="true"]'),
    guide: () => host.querySelector('.step-toggle'),
    models: () => host.querySelector('[role="tab"][aria-selected="true"]'),
  }[name]();
  control.focus({ focusVisible: true });
}

/** In the page: puts each widget in its state and returns once all have rendered it. */
async function prepare() {
  const until = async (find) => {
    for (let i = 0; i < 200; i += 1) {
      const found = find();
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`never found: ${find}`);
  };
  const shadow = (selector) => document.querySelector(selector).shadowRoot;
  const chip = await until(() => shadow('#calendar mb-course-calendar').querySelector('.chip input'));
  chip.click();
  const toggle = await until(() => shadow('#calendar mb-course-calendar').querySelector('button.toggle'));
  toggle.click();
  const month = await until(() => shadow('#month mb-course-calendar').querySelector('mb-course-month')?.shadowRoot);
  const day = await until(() => month.querySelector('button[data-day="2026-03-05"]'));
  day.click();
  const step = await until(() => shadow('#guide mb-guide-card').querySelector('.step-toggle'));
  step.click();
  const tabs = await until(() => [...shadow('#models mb-model-explainer').querySelectorAll('[role="tab"]')][2]);
  tabs.click();
  const all = [...document.querySelectorAll('mb-course-calendar, mb-guide-card, mb-model-explainer')];
  await Promise.all(all.map((element) => element.updateComplete));
  await document.fonts.ready;
}

const bundle = await build({
  entryPoints: ['src/medborger.ts'],
  bundle: true,
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
const files = createStaticServer('.').listeners('request')[0];
const server = createServer((request, response) => {
  if (request.url === '/__shots__/page.html') response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  else if (request.url === '/__shots__/medborger.js')
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle.outputFiles[0].text);
  else files(request, response);
});
const base = await listen(server);
const browser = await puppeteer.launch({
  executablePath: findBrowsers().chromium,
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.emulateTimezone('Europe/Copenhagen');
  await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
  await page.goto(`${base}/__shots__/page.html`, { waitUntil: 'networkidle0' });
  await page.evaluate(prepare);
  await page.waitForNetworkIdle({ idleTime: 200 });
  mkdirSync('docs/accessibility', { recursive: true });
  for (const name of ['calendar', 'month', 'guide', 'models']) {
    const element = await page.$(`#${name}`);
    await page.evaluate(focusIn, name);
    const full = PNG.sync.read(Buffer.from(await element.screenshot({ type: 'png' })));
    // The top of a long widget is enough for the docs, and keeps the file small.
    const png = new PNG({ width: full.width, height: Math.min(full.height, MAX_HEIGHT) });
    PNG.bitblt(full, png, 0, 0, png.width, png.height, 0, 0);
    posterise(png);
    const file = `docs/accessibility/forced-colors-${name}.png`;
    writeFileSync(file, encode(png));
    console.log(`${file}: ${png.width}×${png.height}`);
  }
} finally {
  await browser.close();
  server.close();
}
