// Opens every story of the static Storybook build in Debian's Chromium, in Danish and in English, and fails on a
// render error, a console error, an uncaught exception, a failed or outside request, or an axe violation.
// Docs pages are opened too (render and errors only: Storybook's own docs chrome is not ours to audit).
import { readFileSync, existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findBrowsers, CHROMIUM_ARGS } from './browsers.mjs';
import { createStaticServer, listen } from './static-server.mjs';

const ROOT = 'storybook-static';
if (!existsSync(`${ROOT}/index.json`)) {
  console.error(`story smoke: ${ROOT}/index.json is missing; run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const { chromium } = findBrowsers();
if (!chromium) {
  console.error('story smoke: Chromium not found (apt-get install -y chromium, or set CHROME_PATH).');
  process.exit(1);
}

const entries = Object.values(JSON.parse(readFileSync(`${ROOT}/index.json`, 'utf8')).entries);
if (!entries.some((entry) => entry.type === 'story')) {
  console.error('story smoke: the Storybook build has no stories.');
  process.exit(1);
}
const axeSource = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const server = createStaticServer(ROOT);
const base = await listen(server);
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: [...CHROMIUM_ARGS],
});

const failures = [];
let checked = 0;

async function check(entry, locale) {
  const page = await browser.newPage();
  const problems = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.origin === base) request.continue();
    else {
      problems.push(`request outside localhost: ${request.url()}`);
      request.abort();
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // A request our own widget aborted on purpose (src changed, element removed) is not a failure.
    if (!/ERR_ABORTED/.test(reason) || !request.url().startsWith(base))
      problems.push(`request failed: ${request.url()} ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().includes('/__expected-error__/'))
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}&globals=locale:${locale}`;
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForFunction(() => /sb-show-(main|errordisplay|nopreview)/.test(document.body.className), {
      timeout: 20_000,
    });
    const shown = await page.evaluate(() => document.body.className);
    if (!shown.includes('sb-show-main')) {
      const text = await page.evaluate(
        () => document.querySelector('#error-message, .sb-errordisplay')?.textContent ?? '',
      );
      problems.push(`did not render: ${text.trim().slice(0, 300)}`);
    }
    // Let widgets load their data and settle.
    await page.waitForNetworkIdle({ idleTime: 250, timeout: 10_000 }).catch(() => {});
    await page.evaluate(async () => {
      const pending = [...document.querySelectorAll('*')].filter((el) => el.tagName.startsWith('MB-'));
      await Promise.all(pending.map((el) => el.updateComplete));
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    if (entry.type === 'story') {
      const lang = await page.evaluate(() => document.documentElement.lang);
      if (lang !== locale) problems.push(`the locale toolbar did not set <html lang="${locale}"> (got "${lang}")`);
      // A story must show something, and every mb-* element in it must be defined (a forgotten define is silent).
      const shownElements = await page.evaluate(() => {
        const root = document.querySelector('#storybook-root');
        const undefinedTags = [...(root?.querySelectorAll('*') ?? [])]
          .filter((el) => el.localName.startsWith('mb-') && !el.matches(':defined'))
          .map((el) => el.localName);
        return { empty: !root || (root.children.length === 0 && !root.textContent?.trim()), undefinedTags };
      });
      if (shownElements.empty) problems.push('the story renders nothing');
      for (const tag of new Set(shownElements.undefinedTags)) problems.push(`<${tag}> is never defined`);
      await page.evaluate(axeSource);
      // Storybook's own a11y addon may be running axe in the same page; wait for it instead of failing.
      let violations;
      for (let attempt = 0; !violations; attempt += 1) {
        try {
          violations = await page.evaluate(async () => {
            const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
            return result.violations.map(
              (v) =>
                `${v.id}: ${v.help} (${v.nodes
                  .map((n) => n.target.join(' '))
                  .slice(0, 3)
                  .join('; ')})`,
            );
          });
        } catch (error) {
          if (!/already running/i.test(error.message) || attempt >= 20) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
      for (const violation of violations) problems.push(`axe ${violation}`);
    }
  } catch (error) {
    problems.push(`could not be checked: ${error.message}`);
  }
  await page.close();
  checked += 1;
  if (problems.length) failures.push({ name: `${entry.title} › ${entry.name} [${locale}]`, problems });
}

try {
  for (const entry of entries) {
    for (const locale of entry.type === 'story' ? ['da', 'en'] : ['da']) await check(entry, locale);
  }
} finally {
  await browser.close();
  server.close();
}

for (const { name, problems } of failures) {
  console.error(`✗ ${name}`);
  for (const problem of [...new Set(problems)]) console.error(`    ${problem}`);
}
const stories = entries.filter((entry) => entry.type === 'story').length;
console.log(`story smoke: ${checked} pages (${stories} stories × da/en, ${entries.length - stories} docs pages)`);
console.log(`stories: ${checked - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
