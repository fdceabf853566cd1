// Runs a command (the test runner) with WebKit available: starts Xvfb and WebKitWebDriver on loopback, passes
// their address on, and stops both by their own process ids afterwards, whatever the command's outcome.
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { findBrowsers } from './browsers.mjs';

const [command, ...args] = process.argv.slice(2);
const browsers = findBrowsers();
const children = [];
// A visitor far from Copenhagen, whose summer time starts weeks earlier: dates must still show Danish time.
const env = { ...process.env, TZ: process.env.TZ ?? 'America/New_York' };

const waitForPort = (port, timeout = 15_000) =>
  new Promise((resolve, reject) => {
    const started = Date.now();
    const attempt = () => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.once('connect', () => socket.end(resolve));
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() - started > timeout) reject(new Error(`nothing answered on port ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });

function stopAll() {
  for (const child of children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const wanted = (process.env.MB_BROWSERS ?? 'chromium,firefox,webkit').split(',');
if (wanted.includes('webkit') && browsers.webkitDriver && browsers.miniBrowser && browsers.xvfb) {
  const display = `:${90 + Math.floor(Math.random() * 9)}`;
  const port = 4400 + Math.floor(Math.random() * 500);
  children.push(
    spawn(browsers.xvfb, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }),
  );
  children.push(
    spawn(browsers.webkitDriver, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      env: { ...env, DISPLAY: display },
    }),
  );
  await waitForPort(port);
  env.MB_WEBKIT_DRIVER = `http://127.0.0.1:${port}`;
} else if (wanted.includes('webkit')) {
  console.warn('WebKit is not installed (apt-get install webkit2gtk-driver xvfb); its tests are left out of this run.');
}

const run = spawn(command, args, { stdio: 'inherit', env, shell: false });
run.on('exit', (code, signal) => {
  stopAll();
  process.exit(code ?? (signal ? 1 : 0));
});
