// Browser tests in Chromium, Firefox and WebKit, all from Debian's packages (see scripts/browsers.mjs).
// `npm run test:browsers` starts WebKit's driver first; a plain `web-test-runner` runs Chromium and Firefox.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, findBrowsers } from './scripts/browsers.mjs';
import { writePseudoLocales } from './scripts/pseudo-locales.mjs';
import { createStaticServer, listen } from './scripts/static-server.mjs';
import { emulateContrastPlugin } from './test/forced-colors/emulate-plugin.mjs';
import { transcriptPlugin } from './test/screen-reader/plugin.mjs';

process.env.TZ ??= 'America/New_York';
// The pseudo-locales en-XA and ar-XB (test/languages/), generated from English before every run.
writePseudoLocales();
const found = findBrowsers();
const wanted = (process.env.MB_BROWSERS ?? 'chromium,firefox,webkit').split(',');
const quiet = CHROMIUM_ARGS.filter((flag) => flag !== '--no-sandbox');

const browsers = [];
if (wanted.includes('chromium')) {
  if (!found.chromium) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROME_PATH).');
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: found.chromium,
        headless: true,
        args: ['--no-sandbox', ...quiet, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
      },
    }),
  );
}
if (wanted.includes('firefox') && found.firefox) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: found.firefox, headless: true },
    }),
  );
}
if (wanted.includes('webkit') && process.env.MB_WEBKIT_DRIVER) {
  const driver = new URL(process.env.MB_WEBKIT_DRIVER);
  browsers.push(
    webdriverLauncher({
      hostname: driver.hostname,
      port: Number(driver.port),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: found.miniBrowser, args: ['--automation'] },
      },
    }),
  );
}

/**
 * Serves `/__bundle__/<name>.js` as test/frameworks/<name>.js bundled with esbuild: a React or Vue page that imports
 * medborger by its package name, which resolves through package.json `exports` to the built dist/npm modules.
 */
const frameworkApps = {
  name: 'framework-apps',
  async serve(context) {
    const match = /^\/__bundle__\/([\w-]+)\.js$/.exec(context.path);
    if (!match) return undefined;
    const result = await build({
      entryPoints: [`test/frameworks/${match[1]}.js`],
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      define: {
        'process.env.NODE_ENV': '"production"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    });
    return { body: result.outputFiles[0].text, type: 'js' };
  },
};

/*
 * `executeServerCommand('validate-ics', text)` in a test: checks an .ics file we wrote with a second, independent
 * parser (Debian's Python `icalendar`, scripts/validate-ics.py) and returns what it read, or `{ error }`.
 */
const validateIcs = {
  name: 'validate-ics',
  executeCommand({ command, payload }) {
    if (command !== 'validate-ics') return undefined;
    return new Promise((resolve) => {
      const python = spawn(process.env.MB_PYTHON ?? '/usr/bin/python3', ['scripts/validate-ics.py']);
      let out = '';
      let err = '';
      python.stdout.on('data', (chunk) => (out += chunk));
      python.stderr.on('data', (chunk) => (err += chunk));
      python.on('error', (error) => resolve({ error: String(error) }));
      python.on('close', (code) => {
        try {
          resolve({ ...JSON.parse(out), exitCode: code });
        } catch {
          resolve({ error: err || out || `exit ${code}`, exitCode: code });
        }
      });
      python.stdin.end(String(payload), 'utf8');
    });
  },
};

/*
 * `executeServerCommand('hosting-origins')` in a test (test/hosts/hosting.test.ts): three static servers of the built
 * `dist/` folder on 127.0.0.1, another origin than the test page's localhost, as a site's CDN or static host would
 * be: `cors` sends `Access-Control-Allow-Origin: *` on every file, `entryOnly` on medborger.js but not on the
 * chunks, `plain` on nothing. Started with the test server, stopped with it.
 */
const hostingServers = [];
const hostingOrigins = {};
const hostingPlugin = {
  name: 'hosting-origins',
  async serverStart() {
    const allow = { 'access-control-allow-origin': '*' };
    const kinds = {
      cors: () => allow,
      entryOnly: (path) => (path === '/medborger.js' ? allow : {}),
      plain: () => ({}),
    };
    for (const [kind, headers] of Object.entries(kinds)) {
      const server = createStaticServer('dist', { headers });
      hostingServers.push(server);
      hostingOrigins[kind] = await listen(server);
    }
  },
  serverStop() {
    for (const server of hostingServers.splice(0)) server.close();
  },
  executeCommand({ command }) {
    return command === 'hosting-origins' ? hostingOrigins : undefined;
  },
};

/*
 * `executeServerCommand('locale-files')` in a test: the JSON files in each locales/<lang>/ folder, as
 * `{ da: ['common.json', …, 'guides/mitid.json', …], en: […] }`, so a test checks the folders against the registries
 * (languages, built-in guides) without a list of its own.
 */
const localeFiles = {
  name: 'locale-files',
  executeCommand({ command }) {
    if (command !== 'locale-files') return undefined;
    const folders = readdirSync('locales', { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const files = (lang) =>
      readdirSync(`locales/${lang}`, { recursive: true })
        .map((file) => String(file).replaceAll('\\', '/'))
        .filter((file) => file.endsWith('.json'))
        .sort();
    return Object.fromEntries(folders.map(({ name }) => [name, files(name)]));
  },
};

/*
 * Routes for the hardening suites (test/hardening/), each a fault a real feed server can have:
 * - `/__status__/<code>`: answers with that HTTP status.
 * - `/__hang__/<id>`: never answers; `/__hang__/<id>/state` tells whether the browser opened it and closed it
 *   (an aborted fetch closes the connection).
 * - `/__flaky__/<id>/<path>`: the first request for `<id>` never answers, later ones serve `/<path>`.
 * - `/__delay__/<ms>/<path>`: serves `/<path>` after `<ms>` milliseconds (answers in another order than asked).
 * - `/test/hardening/csp/page.html`: served with a strict Content-Security-Policy header.
 */
const hangs = new Map();
const faultRoutes = [
  async (ctx, next) => {
    const path = ctx.path;
    let match;
    if ((match = /^\/__status__\/(\d{3})$/.exec(path))) {
      ctx.status = Number(match[1]);
      ctx.body = `status ${match[1]}`;
      return;
    }
    if ((match = /^\/__hang__\/([\w-]+)\/state$/.exec(path))) {
      ctx.set('cache-control', 'no-store');
      ctx.body = hangs.get(match[1]) ?? { opened: 0, closed: 0 };
      return;
    }
    const hang = /^\/__hang__\/([\w-]+)$/.exec(path);
    const flaky = /^\/__flaky__\/([\w-]+)\/(.+)$/.exec(path);
    if (hang || (flaky && !hangs.has(flaky[1]))) {
      const id = (hang ?? flaky)[1];
      const state = hangs.get(id) ?? { opened: 0, closed: 0 };
      hangs.set(id, state);
      state.opened += 1;
      // Waits until the browser gives up on the request (or a minute, so the server can always stop).
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 60_000);
        ctx.res.once('close', () => {
          state.closed += 1;
          clearTimeout(timer);
          resolve();
        });
      });
      ctx.respond = false;
      return;
    }
    if (flaky) {
      ctx.url = `/${flaky[2]}`;
      return next();
    }
    if ((match = /^\/__delay__\/(\d+)\/(.+)$/.exec(path))) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(match[1]), 5000)));
      ctx.url = `/${match[2]}`;
      return next();
    }
    await next();
    if (path === '/test/hardening/csp/page.html') {
      ctx.set('content-security-policy', "default-src 'self'; script-src 'self'; style-src 'self'");
    }
    return undefined;
  },
];

export default {
  rootDir: '.',
  files: process.env.MB_TEST_FILES ?? 'test/**/*.test.ts',
  nodeResolve: { exportConditions: ['development', 'browser'] },
  middleware: faultRoutes,
  plugins: [
    frameworkApps,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }),
    validateIcs,
    hostingPlugin,
    emulateContrastPlugin,
    // The browser's own accessibility tree and the transcripts' snapshots (test/screen-reader/).
    transcriptPlugin(),
    localeFiles,
  ],
  browsers,
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 85, branches: 75, functions: 80, lines: 85 },
  },
};
