// Starts and stops the servers of the WordPress and feed-proxy tests: MariaDB in a throwaway data directory, PHP's
// built-in server with Debian's WordPress, nginx with its own prefix. Every server listens on a free port (or a
// socket in the throwaway directory) and is stopped by its own process group id, never by name.
import { spawn, execFileSync } from 'node:child_process';
import { writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';

const started = [];

/** A TCP port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what, check, timeout = 30_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`${what} did not start within ${timeout / 1000} s`);
    await sleep(100);
  }
}

/** Starts a server in its own process group, so stopping it also stops the workers it forks. */
function start(name, command, args, options = {}) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], ...options });
  let errors = '';
  child.stderr?.on('data', (chunk) => (errors = (errors + chunk).slice(-4000)));
  const entry = { name, child, errors: () => errors, exited: false };
  child.on('exit', () => (entry.exited = true));
  started.push(entry);
  return entry;
}

/** Stops every server this module started (SIGTERM to its process group, SIGKILL after 5 s). */
export async function stopAll() {
  for (const entry of started.reverse()) {
    if (entry.exited) continue;
    try {
      process.kill(-entry.child.pid, 'SIGTERM');
    } catch {
      continue;
    }
    const end = Date.now() + 5000;
    while (!entry.exited && Date.now() < end) await sleep(50);
    if (!entry.exited) {
      try {
        process.kill(-entry.child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  started.length = 0;
}

const asRoot = process.getuid?.() === 0;

/** MariaDB on a socket in `dir`, with an empty `wordpress` database; root logs in without a password. */
export async function startMariadb(dir) {
  execFileSync(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${dir}/db`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...(asRoot ? ['--user=root'] : []),
    ],
    { stdio: 'ignore' },
  );
  const socket = `${dir}/mysql.sock`;
  const server = start('mariadb', '/usr/sbin/mariadbd', [
    '--no-defaults',
    `--datadir=${dir}/db`,
    `--socket=${socket}`,
    `--pid-file=${dir}/mariadb.pid`,
    '--skip-networking',
    '--innodb-buffer-pool-size=32M',
    '--skip-log-bin',
    ...(asRoot ? ['--user=root'] : []),
  ]);
  const client = (sql) =>
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', sql], { stdio: 'pipe' });
  await until('MariaDB', () => {
    if (server.exited) throw new Error(`MariaDB stopped: ${server.errors()}`);
    client('SELECT 1');
    return true;
  });
  client('CREATE DATABASE wordpress CHARACTER SET utf8mb4');
  return socket;
}

/**
 * Debian's WordPress served by `php -S`, with its own configuration file in /etc/wordpress (Debian's wp-config.php
 * reads `config-<WORDPRESS_CONFIG>.php`) and wp-content in `dir`. Returns the base URL and a function that runs
 * test/wordpress/site.php against the same site.
 */
export async function startWordpress(dir, socket) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const name = `medborger-test-${randomBytes(6).toString('hex')}`;
  const config = `/etc/wordpress/config-${name}.php`;
  const content = `${dir}/wp-content`;
  for (const sub of ['plugins', 'themes', 'uploads', 'upgrade']) execFileSync('mkdir', ['-p', `${content}/${sub}`]);
  execFileSync('ln', ['-s', '/usr/share/wordpress/wp-content/themes/twentytwentythree', `${content}/themes/`]);
  const salts = ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE']
    .flatMap((key) => [`${key}_KEY`, `${key}_SALT`])
    .map((key) => `define('${key}', '${randomBytes(24).toString('hex')}');`)
    .join('\n');
  writeFileSync(
    config,
    `<?php
// Written by medborger's test/wordpress/run.mjs for one test run, and removed by it.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${base}/wp-content');
define('WP_HOME', '${base}');
define('WP_SITEURL', '${base}');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${dir}/debug.log');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('FS_METHOD', 'direct');
${salts}
`,
  );
  const env = {
    ...process.env,
    WORDPRESS_CONFIG: name,
    MB_WP_CONTENT: content,
    MB_WP_HOST: `127.0.0.1:${port}`,
    PHP_CLI_SERVER_WORKERS: '4',
  };
  const router = new URL('./router.php', import.meta.url).pathname;
  const server = start('php', 'php', ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', router], { env });
  const site = (command, extra = {}) => {
    const script = new URL('./site.php', import.meta.url).pathname;
    const out = execFileSync('php', [script, command], { env: { ...env, ...extra }, encoding: 'utf8' });
    return JSON.parse(out.slice(out.indexOf('{')));
  };
  await until('php -S', async () => {
    if (server.exited) throw new Error(`php -S stopped: ${server.errors()}`);
    await fetch(`${base}/wp-includes/js/wp-emoji.js`);
    return true;
  });
  return { base, content, site, removeConfig: () => rmSync(config, { force: true }) };
}

/** nginx with `conf` (a whole nginx.conf) and its own prefix in `dir`, in the foreground. */
export async function startNginx(dir, conf, port) {
  writeFileSync(`${dir}/nginx.conf`, conf);
  const server = start('nginx', '/usr/sbin/nginx', [
    '-p',
    `${dir}/`,
    '-c',
    `${dir}/nginx.conf`,
    '-e',
    `${dir}/error.log`,
  ]);
  await until('nginx', async () => {
    if (server.exited) throw new Error(`nginx stopped: ${server.errors()}`);
    await fetch(`http://127.0.0.1:${port}/`);
    return true;
  });
}
