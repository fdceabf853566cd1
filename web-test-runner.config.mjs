// Browser tests in Chromium, Firefox and WebKit, all from Debian's packages (see scripts/browsers.mjs).
// `npm run test:browsers` starts WebKit's driver first; a plain `web-test-runner` runs Chromium and Firefox.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { findBrowsers } from './scripts/browsers.mjs';

process.env.TZ ??= 'America/New_York';
const found = findBrowsers();
const wanted = (process.env.MB_BROWSERS ?? 'chromium,firefox,webkit').split(',');
const quiet = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const browsers = [];
if (wanted.includes('chromium')) {
  if (!found.chromium) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROME_PATH).');
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: found.chromium, headless: true, args: ['--no-sandbox', ...quiet] },
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

export default {
  rootDir: '.',
  files: process.env.MB_TEST_FILES ?? 'test/**/*.test.ts',
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' })],
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
