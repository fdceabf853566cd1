// Writes the demo site's pages, in Danish and in English, from one source each (demo/pages/*.html), so every page
// carries its own text, header and footer in its HTML and shows them before (and without) any JavaScript.
//
//   node scripts/demo-pages.mjs      (`npm run build` and `npm start` run it; the output is not committed)
//
// A source page is a Danish page with its English beside it:
//   <h1 data-en="Courses and help">Kurser og hjælp</h1>         text: the element holds plain text only
//   <meta name="description" content="…" data-en-content="…" />  an attribute: data-en-<name>
//   <!-- site-head -->                                           the site's stylesheet and the embedding (below)
//   <!-- site-header --> and <!-- site-footer -->                the site's header and footer (below)
// It becomes demo/<name>.html (lang="da") and demo/<name>.en.html (lang="en"). Each page keeps the other language in
// data-da / data-en attributes, which the language switch (demo/demo.js) swaps without reloading, and links to the
// same page in the other language. Links to other demo pages point to the page in the same language. The head gets
// the site's stylesheet inline (no render-blocking request) and a modulepreload of the drop-in and of the chunks the
// page's widgets load, read from the current build in dist/.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = join(ROOT, 'demo', 'pages');
const OUT = join(ROOT, 'demo');
export const LANGUAGES = ['da', 'en'];

/** The site's menu, in its order. */
export const PAGES = [
  ['index', 'Forside', 'Home'],
  ['kurser', 'Kurser og hjælp', 'Courses and help'],
  ['vejledninger', 'Vejledninger', 'Guides'],
  ['samarbejde', 'Bibliotek og Borgerservice', 'Library and Borgerservice'],
  ['hosts', 'På andres sider', 'On other pages'],
  ['byg', 'Byg en widget', 'Build a widget'],
];
// Rollup's chunk names end in an 8-character hash (rollup.config.js, chunkFileNames).
const HASH = '[\\w-]{8}';
const WIDGETS = ['mb-course-calendar', 'mb-guide-card', 'mb-model-explainer'];

/** The file a page has in a language. */
export const fileOf = (name, lang) => (lang === 'da' ? `${name}.html` : `${name}.${lang}.html`);

const header = (name) => `<header class="site">
  <a class="skip" href="#main" data-en="Skip to content">Gå til indhold</a>
  <div class="inner">
    <a class="brand" href="index.html">Hovedbiblioteket</a>
    <nav aria-label="Hovedmenu" data-en-aria-label="Main menu">
      <ul>
${PAGES.map(
  ([page, da, en]) =>
    `        <li><a href="${page}.html"${page === name ? ' aria-current="page"' : ''} data-en="${en}">${da}</a></li>`,
).join('\n')}
      </ul>
    </nav>
    <div class="tools">
      <button type="button" data-lang="da" lang="da">Dansk</button>
      <button type="button" data-lang="en" lang="en">English</button>
      <button type="button" data-brand-switch aria-pressed="false" data-en="Other library">Andet bibliotek</button>
    </div>
  </div>
</header>`;

const footer = `<footer>
  <div class="inner">
    <p data-en="Hovedbiblioteket is a fictional library. All data on this site lives in demo/data.">
      Hovedbiblioteket er et opdigtet bibliotek. Alle data på siden ligger i demo/data.
    </p>
  </div>
</footer>`;

/** What every page with widgets has in its head: the site's stylesheet, then the embedding as the README gives it. */
const siteHead = `<link rel="stylesheet" href="demo.css" />
<!-- The stylesheet holds each widget's box until its code arrives. -->
<link rel="stylesheet" href="../dist/medborger.css" />
<script type="module" src="../dist/medborger.js"></script>
<script type="module" src="demo.js"></script>`;

const indent = (html) =>
  html
    .replace(/\n(?=.)/gu, '\n    ')
    .replace(/^/u, '    ')
    .trimStart();
const words = (text) => text.replace(/\s+/gu, ' ').trim();
const quoted = (text) => words(text).replace(/"/gu, '&quot;');
const other = (lang) => LANGUAGES.find((candidate) => candidate !== lang);

/** Puts `lang` in the page's text and attributes, keeping the other language in data-<other> attributes. */
export function translate(html, lang) {
  const away = other(lang);
  // Scripts and style sheets are not HTML: they are set aside, and put back as they are.
  const aside = [];
  let out = html.replace(/(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2>)/gu, (all, open, tag, body, close) => {
    aside.push(body);
    return `${open}<!--aside ${aside.length - 1}-->${close}`;
  });
  if (lang !== 'da') {
    // <tag … data-en="E">D</tag>  →  <tag … data-da="D">E</tag>
    const text = new RegExp(`<([a-z][\\w-]*)(\\s[^>]*?)?\\sdata-${lang}="([^"]*)"([^>]*)>([\\s\\S]*?)</\\1>`, 'gu');
    out = out.replace(text, (all, tag, before = '', wanted, after, current) => {
      if (current.includes('<')) throw new Error(`demo pages: data-${lang} on an element with markup inside: ${all}`);
      return `<${tag}${before} data-${away}="${quoted(current)}"${after}>${words(wanted)}</${tag}>`;
    });
  }
  out = out.replace(/<([a-z][\w-]*)(\s[^>]*?)?(\s?\/?)>/gu, (all, tag, attributes = '', end) => {
    const list = [...attributes.matchAll(/\s([^\s=]+)(?:="([^"]*)")?/gu)].map(([, name, value]) => [name, value]);
    const prefix = `data-${lang}-`;
    const result = lang === 'da' ? list : list.filter(([name]) => !name.startsWith(prefix));
    if (lang !== 'da') {
      // <meta content="D" data-en-content="E">  →  <meta content="E" data-da-content="D">
      for (const [name, value] of list.filter(([candidate]) => candidate.startsWith(prefix))) {
        const own = name.slice(prefix.length);
        const target = result.find(([candidate]) => candidate === own);
        if (!target) throw new Error(`demo pages: ${name} without ${own}: ${all}`);
        result.push([`data-${away}-${own}`, target[1]]);
        target[1] = value;
      }
    }
    if (tag !== 'link') pageLink(result, lang, away);
    if (tag === 'html') result.find(([name]) => name === 'lang')[1] = lang;
    const switchTo = result.find(([name]) => name === 'data-lang')?.[1];
    if (tag === 'button' && switchTo) setPressed(result, switchTo === lang);
    const written = result.map(([name, value]) => (value === undefined ? ` ${name}` : ` ${name}="${value}"`));
    return `<${tag}${written.join('')}${end.includes('/') ? ' /' : ''}>`;
  });
  return out.replace(/<!--aside (\d+)-->/gu, (all, index) => aside[Number(index)]);
}

function setPressed(attributes, pressed) {
  const entry = attributes.find(([name]) => name === 'aria-pressed');
  if (entry) entry[1] = String(pressed);
  else attributes.push(['aria-pressed', String(pressed)]);
}

/** A link (or a widget's href) to a demo page goes to that page in `lang`; data-<away>-href keeps the other language's. */
function pageLink(attributes, lang, away) {
  const href = attributes.find(([name]) => name === 'href');
  const match = href?.[1].match(/^([a-z-]+)\.html(#.*)?$/u);
  if (!match || !PAGES.some(([page]) => page === match[1])) return;
  href[1] = fileOf(match[1], lang) + (match[2] ?? '');
  attributes.push([`data-${away}-href`, fileOf(match[1], away) + (match[2] ?? '')]);
}

/** The chunks a page with `tags` loads from the drop-in at `dist`, as paths relative to the demo folder. */
export function preloadsFor(tags, lang, dist = join(ROOT, 'dist')) {
  const entry = join(dist, 'medborger.js');
  if (!tags.length || !existsSync(entry)) return [];
  const dropIn = readFileSync(entry, 'utf8');
  const wanted = ['medborger.js'];
  for (const tag of tags) {
    const name = tag.slice('mb-'.length);
    const chunk = dropIn.match(new RegExp(`import\\("\\./(chunks/${name}-${HASH}\\.js)"\\)`, 'u'))?.[1];
    if (chunk) wanted.push(chunk);
    if (lang !== 'da') {
      for (const namespace of ['common', name]) {
        const strings = dropIn.match(new RegExp(`"\\./(chunks/strings/${lang}/${namespace}-${HASH}\\.js)"`, 'u'))?.[1];
        if (strings) wanted.push(strings);
      }
    }
  }
  // Each module's static imports too: the browser would find them only once the module has arrived.
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path) || !existsSync(join(dist, path))) return;
    seen.add(path);
    const code = readFileSync(join(dist, path), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:import|from)\s*"(\.{1,2}\/[^"]+\.js)"/gu)) {
      visit(posix.normalize(posix.join(posix.dirname(path), specifier)));
    }
  };
  wanted.forEach(visit);
  return [...seen].map((path) => `../dist/${path}`);
}

/** One page in one language. */
export function renderPage(name, source, lang, { css = '', preloads = [] } = {}) {
  const tags = WIDGETS.filter((tag) => new RegExp(`<${tag}[\\s>]`, 'u').test(source.replace(/<!--[\s\S]*?-->/gu, '')));
  const links = [
    ...LANGUAGES.map((code) => `<link rel="alternate" hreflang="${code}" href="${fileOf(name, code)}" />`),
    ...(preloads.length ? preloads : preloadsFor(tags, lang)).map(
      (href) => `<link rel="modulepreload" href="${href}" />`,
    ),
  ];
  let page = source
    .replace('<!-- site-head -->', indent(siteHead))
    .replace('<!-- site-header -->', indent(header(name)))
    .replace('<!-- site-footer -->', indent(footer))
    .replace('<link rel="stylesheet" href="demo.css" />', css ? `<style>\n${css.trim()}\n    </style>` : '$&');
  page = translate(page, lang);
  return page.replace('  </head>', `    ${indent(links.join('\n'))}\n  </head>`);
}

/** Writes every page in every language; returns the files written. */
export function writePages() {
  const css = readFileSync(join(OUT, 'demo.css'), 'utf8');
  const written = [];
  for (const file of readdirSync(SOURCES).filter((name) => name.endsWith('.html'))) {
    const name = file.slice(0, -'.html'.length);
    const source = readFileSync(join(SOURCES, file), 'utf8');
    for (const lang of LANGUAGES) {
      const path = join(OUT, fileOf(name, lang));
      writeFileSync(path, renderPage(name, source, lang, { css }));
      written.push(path);
    }
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const written = writePages();
  console.log(`demo pages: ${written.length} written to ${dirname(written[0])}/`);
}
