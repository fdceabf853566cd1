// End-to-end test of the WordPress plugin in a real WordPress, and of the feed proxy in a real nginx.
// Debian's wordpress, mariadb-server, php-cli, php-mysql and nginx (installed by scripts/browsers.mjs --install);
// a throwaway site on free ports: dist/medborger-wordpress.zip installed and activated from the command line,
// posts written over the REST API as an Author and as an Administrator (each block, the shortcode, the embed
// builder's pasted code), then read in Debian's Chromium as a visitor would. Ends with
// `wordpress: N passed, M failed`. Run after `npm run build` and `node scripts/build-wordpress.mjs`.
import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import puppeteer from 'puppeteer-core';
import { findBrowsers, CHROMIUM_ARGS } from '../../scripts/browsers.mjs';
import { startMariadb, startWordpress, stopAll } from './servers.mjs';
import { testFeedProxy } from './feed-proxy.mjs';
import { posts } from './posts.mjs';
import { testEditor } from './editor.mjs';
import { testWithoutPlugin } from './without-plugin.mjs';

const ZIP = 'dist/medborger-wordpress.zip';
const started = Date.now();
let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) passed += 1;
  else failed += 1;
  console.log(
    `${ok ? '  ✓' : '  ✗'} ${name}${ok || detail === undefined ? '' : `\n      ${String(detail).slice(0, 600)}`}`,
  );
}

const writable = (path) => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};
const { chromium } = findBrowsers();
for (const [what, ok] of [
  [`${ZIP} (run node scripts/build-wordpress.mjs)`, existsSync(ZIP)],
  ['Chromium', Boolean(chromium)],
  ["Debian's wordpress", existsSync('/usr/share/wordpress/wp-settings.php')],
  ['mariadb-server', existsSync('/usr/sbin/mariadbd')],
  ['nginx', existsSync('/usr/sbin/nginx')],
  [
    "write access to /etc/wordpress (Debian's WordPress reads its site settings there; run as root)",
    writable('/etc/wordpress'),
  ],
]) {
  if (!ok) {
    console.error(`wordpress: ${what} is missing (node scripts/browsers.mjs --install installs the Debian packages)`);
    console.log('wordpress: 0 passed, 1 failed');
    process.exit(1);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'medborger-wp-'));
let wordpress;
let browser;
const cleanUp = async () => {
  await browser?.close().catch(() => {});
  await stopAll();
  wordpress?.removeConfig();
  rmSync(dir, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cleanUp().then(() => process.exit(130)));

/** Opens `url` in a fresh page; every console error, uncaught error, failed or outside request is a problem. */
async function openPage(url, origin, { beforeLoad } = {}) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const address = new URL(request.url());
    requests.push(request.url());
    if (['data:', 'blob:'].includes(address.protocol) || address.origin === origin) request.continue();
    else {
      problems.push(`request outside the site: ${request.url()}`);
      request.abort();
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location()?.url?.endsWith('/favicon.ico'))
      problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin === origin)
      problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    // The browser's own favicon request is not the page's.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`a dialog opened: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  await beforeLoad?.(page);
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  return { page, problems, requests };
}

/** REST API call as one of the site's users (application password, Basic auth). */
async function rest(user, route, body) {
  const response = await fetch(`${wordpress.base}/?rest_route=${route}`, {
    method: body ? 'POST' : 'GET',
    headers: {
      Authorization: `Basic ${Buffer.from(`${user.login}:${user.password}`).toString('base64')}`,
      'Content-Type': 'application/json',
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`REST ${route} as ${user.login}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** Opens a published post and checks every widget on it as a visitor sees it. */
async function checkPost(label, post, url) {
  const { page, problems, requests } = await openPage(url, wordpress.base);
  const tags = post.expect.map((widget) => widget.tag);
  const found = await page.evaluate(
    (known) => [...document.querySelectorAll(known.join(','))].map((el) => el.localName),
    [...new Set(tags)],
  );
  check(`${label}: the page has its ${tags.length} widgets`, found.join() === tags.join(), found.join());
  for (const [index, widget] of post.expect.entries()) {
    const shown = await page
      .waitForFunction(
        (tag, position, texts) => {
          const el = document.querySelectorAll(tag)[position];
          if (!el?.matches(':defined')) return false;
          // The text a reader sees, through nested shadow roots.
          const deep = (node) =>
            node.nodeType === Node.TEXT_NODE
              ? node.data
              : [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes].map(deep).join(' ');
          const text = deep(el.shadowRoot ?? el);
          return texts.find((candidate) => text.includes(candidate)) ?? false;
        },
        { timeout: 15_000 },
        widget.tag,
        tags.slice(0, index).filter((tag) => tag === widget.tag).length,
        widget.texts,
      )
      .then((handle) => handle.jsonValue())
      .catch(() => false);
    const seen = shown
      ? ''
      : await page.evaluate(
          (tag, position) => {
            const el = document.querySelectorAll(tag)[position];
            return `${el?.outerHTML.slice(0, 300)} defined=${el?.matches(':defined')} shadow=${el?.shadowRoot?.innerHTML.slice(0, 300)}`;
          },
          widget.tag,
          tags.slice(0, index).filter((tag) => tag === widget.tag).length,
        );
    check(`${label}: <${widget.tag}> is upgraded and shows ${widget.what}`, shown, seen);
  }
  const page_ = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script[src*="medborger.js"]')].map((s) => [s.type, s.src]),
    headStyles: document.head.querySelectorAll(
      'link[rel="stylesheet"][href*="/plugins/medborger/assets/medborger.css"]',
    ).length,
    inside: [...document.querySelectorAll('mb-course-calendar, mb-guide-card, mb-model-explainer')]
      .filter((el) => el.querySelector('p, br'))
      .map((el) => el.outerHTML.slice(0, 200)),
    hacked: window.__mbHacked ?? null,
    images: document.querySelectorAll('img[src="x"]').length,
    attributes: [...document.querySelectorAll('[data-mb-hostile], mb-guide-card, mb-model-explainer')].map((el) => ({
      tag: el.localName,
      now: el.getAttribute('now'),
      feedback: el.getAttribute('feedback-url'),
      src: el.getAttribute('src'),
      onclick: el.getAttribute('onclick'),
      style: el.getAttribute('style'),
    })),
  }));
  const loads = requests.filter((address) => new URL(address).pathname.endsWith('/medborger.js'));
  check(
    `${label}: the drop-in is on the page once, as a module, from the plugin`,
    page_.scripts.length === 1 &&
      page_.scripts[0][0] === 'module' &&
      page_.scripts[0][1].includes('/plugins/medborger/assets/medborger.js') &&
      loads.length === 1,
    JSON.stringify({ scripts: page_.scripts, loads }),
  );
  check(
    `${label}: the widgets' box stylesheet is in <head> once, from the plugin`,
    page_.headStyles === 1,
    page_.headStyles,
  );
  check(`${label}: no <p> or <br> inside our elements`, page_.inside.length === 0, page_.inside.join('\n'));
  check(`${label}: no console error, failed or outside request`, problems.length === 0, problems.join('; '));
  if (post.hostile) {
    const inert =
      page_.hacked === null &&
      page_.images === 0 &&
      page_.attributes.every(
        (a) =>
          !a.onclick &&
          !/javascript:/i.test(a.style ?? '') &&
          !/^\s*javascript:/i.test(`${a.feedback ?? ''}${a.src ?? ''}`),
      );
    check(`${label}: the hostile attribute values are inert`, inert, JSON.stringify(page_));
    if (post.hostile.now)
      check(
        `${label}: the hostile text reaches the element as plain text`,
        page_.attributes.some((a) => a.now === post.hostile.now),
        JSON.stringify(page_.attributes),
      );
  }
  await page.close();
}

try {
  const socket = await startMariadb(dir);
  wordpress = await startWordpress(dir, socket);
  const password = randomBytes(12).toString('hex');
  wordpress.site('install', { MB_WP_PASSWORD: password });
  const site = wordpress.site('prepare', { MB_WP_PASSWORD: password, MB_WP_ZIP: join(process.cwd(), ZIP) });
  check(
    `the zip installs and activates in WordPress ${site.wordpress}`,
    site.active && site.plugins.includes('medborger/medborger.php'),
    JSON.stringify(site),
  );
  check(
    'the Author has no unfiltered_html, the Administrator has',
    !site.users.author.unfiltered_html && site.users.admin.unfiltered_html,
  );
  copyFileSync('demo/data/courses.json', `${wordpress.content}/uploads/kurser.json`);

  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });

  const types = await rest(site.users.admin, '/wp/v2/block-types/medborger/course-calendar&_locale=user');
  check("the block's title is Danish for a Danish user (compiled .mo)", types.title === 'Kursuskalender', types.title);
  for (const [role, user] of Object.entries(site.users)) {
    for (const post of posts(role)) {
      const created = await rest(user, '/wp/v2/posts', { title: post.title, content: post.content, status: 'publish' });
      if (role === 'author' && post.pasted) {
        const saved = await rest(user, `/wp/v2/posts/${created.id}&context=edit`);
        check(
          `${role}, ${post.title}: WordPress removed the pasted <script> and kept the elements`,
          !/<script/i.test(saved.content.raw) && /<mb-/.test(saved.content.raw),
          saved.content.raw.slice(0, 300),
        );
      }
      await checkPost(`${role}, ${post.title}`, post, created.link);
    }
  }
  const plain = await rest(site.users.author, '/wp/v2/posts', {
    title: 'Åbningstider',
    content: '<p>Vi har åbent hver dag.</p>',
    status: 'publish',
  });
  const { page: plainPage } = await openPage(plain.link, wordpress.base);
  const plainScripts = await plainPage.evaluate(() => document.querySelectorAll('script[src*="medborger.js"]').length);
  check('a page without a widget does not load the drop-in', plainScripts === 0, plainScripts);
  await plainPage.close();

  await testEditor({ base: wordpress.base, password, openPage, check });

  const left = wordpress.site('uninstall');
  check('deleting the plugin removes its files', !left.files);
  check(
    'deleting the plugin leaves nothing of it in the database',
    left.options.length === 0 && left.usermeta.length === 0,
    JSON.stringify(left),
  );

  await testWithoutPlugin({
    base: wordpress.base,
    content: wordpress.content,
    users: site.users,
    rest,
    openPage,
    check,
    guideTitle: (id) => JSON.parse(readFileSync(`locales/da/guides/${id}.json`, 'utf8')).title,
  });

  await testFeedProxy({ dir: join(dir, 'nginx'), check, openPage });
} catch (error) {
  check('the WordPress test ran to the end', false, error.stack ?? error);
} finally {
  await cleanUp();
}
console.log(`wordpress: ${passed} passed, ${failed} failed (${Math.round((Date.now() - started) / 1000)} s)`);
process.exit(failed ? 1 : 0);
