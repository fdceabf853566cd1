// Opens every story of the static Storybook build in Debian's Chromium, in every language the registry ships
// (src/core/languages.ts, read from the built preview; `--pseudo` adds the pseudo-locales of the toolbar), and fails
// on a render error, a console error, an uncaught exception, a failed or outside request, or an axe violation.
// Docs pages are opened too (render and errors only: Storybook's own docs chrome is not ours to audit), and the
// design pages are checked for what they promise: a computed contrast for every colour token, and the theme
// playground's checks in words. Pages are opened one at a time (MB_SMOKE_PAGES=n opens n at once, for an idle machine: most of a page's time
// is spent waiting for its data and for axe; on a busy machine parallel pages time out).
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

/** The registry's languages, as the built preview (.storybook/preview.ts) reports them. */
async function registryLanguages() {
  const page = await browser.newPage();
  try {
    await page.goto(`${base}/iframe.html`, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForFunction(() => globalThis.__medborgerLanguages, { timeout: 20_000 });
    const { shipped, registered } = await page.evaluate(() => globalThis.__medborgerLanguages);
    return process.argv.includes('--pseudo') ? registered : shipped;
  } finally {
    await page.close();
  }
}

/** What the design pages promise, beyond rendering: problems found, or none. */
async function designChecks(page, entry) {
  if (entry.id.startsWith('design-designtokens--'))
    return page.evaluate(() => {
      const rows = [...document.querySelectorAll('#storybook-root tbody tr')];
      const problems = rows.length ? [] : ['the tokens page lists no token'];
      for (const row of rows) {
        const [name, value, , white, surface, surfaceAlt] = [...row.children].map((cell) => cell.textContent.trim());
        if (!/^--mb-[a-z0-9-]+$/.test(name)) problems.push(`a token row is named "${name}"`);
        if (!value) problems.push(`${name} has no value`);
        const shown = value.split(/\s/)[0];
        const colour = CSS.supports('color', shown) && !/^(inherit|initial|unset|revert|currentcolor)/i.test(shown);
        if (colour && ![white, surface, surfaceAlt].every((ratio) => /^\d+([.,]\d+)?:1$/.test(ratio)))
          problems.push(`${name} is a colour without a computed contrast`);
      }
      return problems;
    });
  if (entry.id.startsWith('design-tema--'))
    return page.evaluate(() => {
      const checks = [...document.querySelectorAll('#storybook-root li[data-ok]')];
      const words = checks.filter((item) => /\d:1/.test(item.textContent) && item.querySelector('strong')?.textContent);
      return checks.length && words.length === checks.length ? [] : ['the contrast checks are missing or wordless'];
    });
  return [];
}

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
    if (entry.type === 'story') {
      // A story that clicks its way to a state (a play function) is checked in that state, once it has played.
      const phase = await page
        .waitForFunction(
          () => {
            const current = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
            return (!current || /^(completed|finished|errored|aborted)$/.test(current)) && (current ?? 'none');
          },
          { timeout: 20_000 },
        )
        .then((handle) => handle.jsonValue())
        .catch(() => 'timed out');
      if (!/^(completed|finished|none)$/.test(phase)) problems.push(`the story's play function ${phase}`);
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
      problems.push(...(await designChecks(page, entry)));
    }
  } catch (error) {
    problems.push(`could not be checked: ${error.message}`);
  }
  await page.close();
  checked += 1;
  if (problems.length) failures.push({ name: `${entry.title} › ${entry.name} [${locale}]`, problems });
}

const started = Date.now();
let languages = [];
try {
  languages = await registryLanguages();
  const queue = entries.flatMap((entry) =>
    (entry.type === 'story' ? languages : languages.slice(0, 1)).map((locale) => [entry, locale]),
  );
  const workers = Math.max(1, Number(process.env.MB_SMOKE_PAGES) || 1);
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await check(...job);
    }),
  );
} finally {
  await browser.close();
  server.close();
}

for (const { name, problems } of failures.sort((a, b) => a.name.localeCompare(b.name))) {
  console.error(`✗ ${name}`);
  for (const problem of [...new Set(problems)]) console.error(`    ${problem}`);
}
const stories = entries.filter((entry) => entry.type === 'story').length;
console.log(
  `story smoke: ${checked} pages (${stories} stories × ${languages.join('/')}, ${entries.length - stories} docs pages)` +
    ` in ${Math.round((Date.now() - started) / 1000)} s`,
);
console.log(`stories: ${checked - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
