// Visual regression test: every story of the static Storybook build (storybook-static/index.json, type "story",
// except those tagged `no-visual`) opened in Debian's Chromium at 320 px and 1280 px, in Danish, screenshot of the
// story's root, compared with the PNG baselines in test/visual/baselines/ using pixelmatch.
//
//   npm run test:visual                 compare; differences go to test/visual/output/ (git-ignored) and fail
//   npm run test:visual -- --update     write missing and changed baselines, delete those of stories that are gone
//   npm run test:visual -- --only=guide run only the stories whose id contains "guide"
//
// Determinism: a fixed time zone, sRGB, deviceScaleFactor 1, one font family (DejaVu Sans, from Debian's
// fonts-dejavu-core; scripts/browsers.mjs installs it), reduced motion, no animation, transition or caret, and a
// screenshot only once every widget has settled (see test/visual/settle.js) and two screenshots in a row agree.
// Baselines are small palette PNGs with colours rounded by a step or two (see test/visual/png.mjs).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer-core';
import { encode, posterise } from '../test/visual/png.mjs';
import { findBrowsers, CHROMIUM_ARGS } from './browsers.mjs';
import { createStaticServer, listen } from './static-server.mjs';

const ROOT = 'storybook-static';
const BASELINES = 'test/visual/baselines';
const OUTPUT = 'test/visual/output';
const WIDTHS = [320, 1280];
/** The tallest screenshot, in CSS pixels: a story longer than this (a very long list) is compared at its top. */
const MAX_HEIGHT = 1200;
/** Pixels that may differ before a screenshot fails: none. Runs on one machine and on a fresh copy agree exactly. */
const MAX_DIFF_PIXELS = 0;
/** pixelmatch's per-pixel colour tolerance (0 to 1): 0, so any change of colour counts. */
const COLOR_THRESHOLD = 0;
const update = process.argv.includes('--update');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const settleSource = readFileSync(new URL('../test/visual/settle.js', import.meta.url), 'utf8');

/** A baseline's file name: the story id in plain ASCII (Danish letters spelt out), then the width. */
export function baselineName(id, width) {
  const ascii = id
    .replace(/å/g, 'aa')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .normalize('NFKD')
    .replace(/[^a-z0-9-]+/gi, '-')
    .toLowerCase();
  return `${ascii}.${width}.png`;
}

function storiesToShoot() {
  if (!existsSync(`${ROOT}/index.json`)) {
    console.error(`visual: ${ROOT}/index.json is missing; run \`npm run build-storybook\` first.`);
    process.exit(1);
  }
  const entries = Object.values(JSON.parse(readFileSync(`${ROOT}/index.json`, 'utf8')).entries);
  const stories = entries.filter((entry) => entry.type === 'story' && !(entry.tags ?? []).includes('no-visual'));
  const shots = stories.flatMap((story) =>
    WIDTHS.map((width) => ({ story, width, file: baselineName(story.id, width) })),
  );
  const seen = new Map();
  for (const shot of shots) {
    if (seen.has(shot.file)) throw new Error(`stories ${seen.get(shot.file)} and ${shot.story.id} share ${shot.file}`);
    seen.set(shot.file, shot.story.id);
  }
  return { shots: only ? shots.filter((shot) => shot.story.id.includes(only)) : shots, all: shots };
}

/** Opens one story at one width and returns its screenshot (PNG bytes), once two screenshots in a row agree. */
async function shoot(page, base, { story, width }) {
  await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
  const url = `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=locale:da;a11y.manual:!true`;
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  await page.waitForFunction(
    () => ['finished', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase),
    { timeout: 20_000, polling: 50 },
  );
  const phase = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.phase);
  // Storybook's last phase, after the render, the play function and the afterEach hooks.
  if (phase !== 'finished') throw new Error(`the story did not render (${phase})`);
  let previous;
  for (let attempt = 0; attempt < 6; attempt += 1) {
    await page.waitForNetworkIdle({ idleTime: 100, timeout: 15_000 });
    const unsettled = await page.evaluate(() => window.__mbVisual.settle(15_000));
    if (unsettled) throw new Error(unsettled);
    const clip = await page.evaluate((max) => {
      const box = document.querySelector('#storybook-root')?.getBoundingClientRect();
      if (!box || box.width < 1 || box.height < 1) return undefined;
      const top = box.top + window.scrollY;
      return {
        x: Math.floor(box.left),
        y: Math.floor(top),
        width: Math.ceil(box.width),
        height: Math.ceil(Math.min(box.height, max)),
      };
    }, MAX_HEIGHT);
    if (!clip) throw new Error('the story renders nothing');
    const shot = Buffer.from(await page.screenshot({ type: 'png', clip, captureBeyondViewport: true }));
    if (previous?.equals(shot)) return shot;
    previous = shot;
  }
  throw new Error('the story kept changing: six screenshots in a row differed');
}

const rgb = (png) => PNG.sync.write(png, { colorType: 2, inputHasAlpha: true, deflateLevel: 9 });

/** Compares one screenshot with its baseline: undefined when equal, else what differs (and writes the images). */
function compare(file, actualBytes) {
  const path = join(BASELINES, file);
  const actual = posterise(PNG.sync.read(actualBytes));
  if (!existsSync(path)) {
    if (update) writeFileSync(path, encode(actual));
    return update ? undefined : 'no baseline';
  }
  const expected = PNG.sync.read(readFileSync(path));
  const stem = join(OUTPUT, file.replace(/\.png$/, ''));
  let problem;
  if (expected.width !== actual.width || expected.height !== actual.height) {
    problem = `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`;
  } else {
    const diff = new PNG({ width: actual.width, height: actual.height });
    const count = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
      threshold: COLOR_THRESHOLD,
      includeAA: true,
    });
    if (count <= MAX_DIFF_PIXELS) return undefined;
    problem = `${count} pixels differ`;
    if (!update) writeFileSync(`${stem}.diff.png`, rgb(diff));
  }
  if (update) {
    writeFileSync(path, encode(actual));
    return undefined;
  }
  writeFileSync(`${stem}.expected.png`, rgb(expected));
  writeFileSync(`${stem}.actual.png`, rgb(actual));
  return problem;
}

async function openBrowser() {
  const { chromium } = findBrowsers();
  if (!chromium) {
    console.error('visual: Chromium not found (apt-get install -y chromium, or set CHROME_PATH).');
    process.exit(1);
  }
  return puppeteer.launch({
    executablePath: chromium,
    headless: true,
    protocolTimeout: 60_000,
    args: [...CHROMIUM_ARGS, '--hide-scrollbars', '--force-color-profile=srgb', '--font-render-hinting=none'],
  });
}

async function newPage(browser) {
  const page = await browser.newPage();
  await page.emulateTimezone('Europe/Copenhagen');
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.evaluateOnNewDocument(settleSource);
  return page;
}

/** Runs the shots on `workers` pages side by side; returns the failures. */
async function run(browser, base, shots, workers) {
  const failures = [];
  const queue = [...shots];
  const worker = async () => {
    let page = await newPage(browser);
    for (let shot = queue.shift(); shot; shot = queue.shift()) {
      const begun = Date.now();
      let bytes;
      // A page that crashed or hung is replaced and the story opened once more: that is the browser, not the story.
      // A story that differs from its baseline is never tried again.
      for (let attempt = 1; !bytes; attempt += 1) {
        try {
          bytes = await shoot(page, base, shot);
        } catch (error) {
          await page.close().catch(() => {});
          page = await newPage(browser);
          if (attempt === 2) {
            failures.push({ shot, problem: `could not be shot: ${error.message.split('\n')[0]}` });
            break;
          }
        }
      }
      const problem = bytes && compare(shot.file, bytes);
      if (problem) failures.push({ shot, problem });
      if (process.env.MB_VISUAL_VERBOSE) console.log(`${shot.file}: ${Date.now() - begun} ms`);
    }
    await page.close().catch(() => {});
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return failures;
}

function removeGone(all) {
  const wanted = new Set(all.map((shot) => shot.file));
  const gone = readdirSync(BASELINES).filter((file) => file.endsWith('.png') && !wanted.has(file));
  for (const file of gone) rmSync(join(BASELINES, file));
  if (gone.length) console.log(`visual: deleted ${gone.length} baselines of stories that no longer exist`);
}

const started = Date.now();
const { shots, all } = storiesToShoot();
mkdirSync(BASELINES, { recursive: true });
rmSync(OUTPUT, { recursive: true, force: true });
mkdirSync(OUTPUT, { recursive: true });
const server = createStaticServer(ROOT);
const base = await listen(server);
const browser = await openBrowser();
let failures;
try {
  failures = await run(browser, base, shots, Number(process.env.MB_VISUAL_WORKERS ?? 2));
} finally {
  await browser.close();
  server.close();
}
if (update && !only) removeGone(all);

failures.sort((a, b) => a.shot.file.localeCompare(b.shot.file));
for (const { shot, problem } of failures)
  console.error(`✗ ${shot.story.title} › ${shot.story.name} @${shot.width}px: ${problem}`);
if (failures.some(({ problem }) => problem === 'no baseline'))
  console.error('  A story without a baseline: look at it, then run `npm run test:visual -- --update`.');
if (failures.some(({ problem }) => problem !== 'no baseline' && !problem.startsWith('could not')))
  console.error(`  Expected, actual and difference images: ${OUTPUT}/. If the change is wanted: --update.`);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `visual: ${shots.length} screenshots (${shots.length / WIDTHS.length} stories × ${WIDTHS.join('/')} px) in ${seconds} s`,
);
console.log(`visual: ${shots.length - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
