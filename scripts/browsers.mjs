// Finds the three browser engines the tests run in (Debian's packages), and installs them when asked and allowed,
// with the other Debian packages the tests use: python3-icalendar, and for the WordPress and feed-proxy test
// (test/wordpress/) WordPress with its default theme, MariaDB, PHP and nginx, and the DejaVu fonts the visual test
// draws in.
// Nothing here downloads a browser build of its own: only the operating system's packages are used.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const first = (...paths) => paths.find((path) => path && existsSync(path));
// PHP's MySQL driver, for whichever PHP version Debian has.
const phpMysql = () =>
  first(
    ...(existsSync('/etc/php') ? readdirSync('/etc/php') : []).map((v) => `/etc/php/${v}/mods-available/mysqli.ini`),
  );

/**
 * Flags for Debian's Chromium run headless as root (the sandbox needs a user namespace root does not get), kept off
 * the network (this machine reaches no Google service: background requests only fail and slow the start).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findBrowsers() {
  return {
    chromium: first(
      process.env.CHROME_PATH,
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
    ),
    firefox: first(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'),
    webkitDriver: first(process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver'),
    miniBrowser: first(
      process.env.WEBKIT_BROWSER_PATH,
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    ),
    xvfb: first('/usr/bin/Xvfb'),
    // Not a browser: Python's icalendar, a second, independent parser the tests check our .ics files with.
    pythonIcalendar: first('/usr/lib/python3/dist-packages/icalendar/__init__.py'),
    // Not browsers either: the real WordPress, its database and PHP, and nginx for test/wordpress/.
    wordpress: first('/usr/share/wordpress/wp-settings.php'),
    wordpressTheme: first('/usr/share/wordpress/wp-content/themes/twentytwentythree/style.css'),
    mariadb: first('/usr/sbin/mariadbd'),
    php: first('/usr/bin/php'),
    phpMysql: phpMysql(),
    nginx: first('/usr/sbin/nginx'),
    // Not a program: the font the visual regression test pins (scripts/visual.mjs), regular and bold from -core,
    // oblique and light from -extra, so this machine and a fresh CI machine draw the same letters.
    fontDejaVu: first('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'),
    fontDejaVuExtra: first('/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf'),
  };
}

const PACKAGES = {
  chromium: 'chromium',
  firefox: 'firefox-esr',
  webkitDriver: 'webkit2gtk-driver',
  miniBrowser: 'webkit2gtk-driver',
  xvfb: 'xvfb',
  pythonIcalendar: 'python3-icalendar',
  wordpress: 'wordpress',
  wordpressTheme: 'wordpress-theme-twentytwentythree',
  mariadb: 'mariadb-server',
  php: 'php-cli',
  phpMysql: 'php-mysql',
  nginx: 'nginx',
  fontDejaVu: 'fonts-dejavu-core',
  fontDejaVuExtra: 'fonts-dejavu-extra',
};

export function missingPackages(found = findBrowsers()) {
  return [
    ...new Set(
      Object.entries(found)
        .filter(([, path]) => !path)
        .map(([name]) => PACKAGES[name]),
    ),
  ];
}

// `node scripts/browsers.mjs --install`: install what is missing when running as root with apt-get, else explain.
if (import.meta.url === `file://${process.argv[1]}`) {
  let missing = missingPackages();
  if (
    missing.length &&
    process.argv.includes('--install') &&
    process.getuid?.() === 0 &&
    existsSync('/usr/bin/apt-get')
  ) {
    console.log(`Installing Debian packages: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
    missing = missingPackages();
  }
  if (missing.length) {
    console.error(
      `The tests need Debian's packages: ${missing.join(' ')}\n` +
        `Install them with:  sudo apt-get install -y ${missing.join(' ')}\n` +
        'or point CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH at installed browsers.',
    );
    process.exit(1);
  }
  console.log('Browsers:', JSON.stringify(findBrowsers()));
}
