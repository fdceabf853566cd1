// Builds the WordPress plugin: integrations/wordpress/ plus the built drop-in (dist/medborger.js, dist/chunks/),
// the block definitions read from custom-elements.json and the guide registry, and the compiled translations,
// zipped as dist/medborger-wordpress.zip (one folder `medborger/`, as WordPress's "Upload plugin" expects).
// Run after `npm run build` (`npm run build:wordpress` does both).
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';
import { widgetsFrom } from '../demo/builder.js';

const SOURCE = 'integrations/wordpress';
const STAGE = 'dist/wordpress/medborger';
const ZIP = 'dist/medborger-wordpress.zip';
const DOMAIN = 'medborger';
const EDITOR_HANDLE = 'medborger-editor';

// The three blocks: which element each one shows, and its editor title and icon (a Dashicon). Everything else
// about a block (its controls, their choices and defaults) comes from custom-elements.json.
const BLOCKS = [
  {
    tag: 'mb-course-calendar',
    title: 'Course calendar',
    description: "Courses on digital self-service from your library's feed.",
    icon: 'calendar-alt',
  },
  {
    tag: 'mb-guide-card',
    title: 'Borger.dk guide',
    description: 'A step-by-step guide to a borger.dk self-service task, with help at the library.',
    icon: 'welcome-learn-more',
  },
  {
    tag: 'mb-model-explainer',
    title: 'Collaboration models',
    description: 'The models for the collaboration between the library and Borgerservice, explained and compared.',
    icon: 'groups',
  },
];

// Editor labels for the attributes (English source; Danish in languages/medborger-da_DK.po). An attribute the
// table does not know is labelled with its own name, so a new attribute still gets a control.
const LABELS = {
  src: 'Feed address',
  format: 'Feed format',
  view: 'View',
  limit: 'Maximum number of courses',
  topic: 'Topics',
  branch: 'Branch',
  category: 'Category',
  from: 'First day (YYYY-MM-DD)',
  to: 'Last day (YYYY-MM-DD)',
  controls: 'Filters the citizen sees',
  now: 'Fixed “now” (demos and tests)',
  timeout: 'Timeout (milliseconds)',
  'no-jsonld': 'Leave out search engine markup',
  'no-print': 'Leave out the print button',
  'heading-level': 'Heading level',
  vocabulary: 'Topic vocabulary (JSON)',
  lang: 'Language',
  guide: 'Guide',
  variant: 'Variant',
  href: 'Page with the full guide',
  'link-target': 'Links to other sites',
  'feedback-url': 'Address for feedback',
  'courses-src': 'Course feed address',
  'courses-format': 'Course feed format',
  selected: 'Model shown first (1–5)',
  'deep-link': 'Chosen model in the page address',
  sections: 'Sections after the models',
  'mb-guide-card src': 'Address of a custom guide (JSON)',
  'mb-model-explainer src': 'Address of your own models (JSON)',
};
// Attributes that hold one address (checked as URLs when rendered), and the one that holds several.
const URL_ATTRIBUTES = ['href', 'feedback-url', 'courses-src'];
const URL_LIST_ATTRIBUTES = ['src'];

function fail(message) {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
}

/** The built-in guides, in the registry's order, with their titles in every language folder that has them. */
function guides() {
  const registry = readFileSync('src/guide-card/guides/index.ts', 'utf8');
  const body = /BUILT_IN_GUIDES\s*=\s*\{([\s\S]*?)\}\s*satisfies/.exec(registry)?.[1];
  if (!body) fail('could not find BUILT_IN_GUIDES in src/guide-card/guides/index.ts');
  const ids = [...body.matchAll(/^\s*'?([a-z0-9-]+)'?\s*:\s*\(\)\s*=>/gm)].map((match) => match[1]);
  if (!ids.length) fail('BUILT_IN_GUIDES lists no guides');
  const langs = readdirSync('locales').filter((lang) => existsSync(`locales/${lang}/guides`));
  return ids.map((id) => {
    const title = (lang) => JSON.parse(readFileSync(`locales/${lang}/guides/${id}.json`, 'utf8')).title;
    return { id, title: Object.fromEntries(langs.map((lang) => [lang, title(lang)])) };
  });
}

/** The block definitions the plugin's PHP and editor script read (widgets.json). */
function blocks(manifest, guideList) {
  const widgets = widgetsFrom(
    manifest,
    BLOCKS.map((block) => block.tag),
    LANGUAGES,
  );
  return BLOCKS.map((block) => {
    const widget = widgets.find((candidate) => candidate.tag === block.tag);
    if (!widget) fail(`custom-elements.json has no <${block.tag}>; run \`npm run analyze\``);
    const fields = widget.fields.map((field) => ({
      name: field.name,
      kind: field.kind,
      choices: field.choices,
      open: field.open,
      default: field.default ?? '',
      label: LABELS[`${block.tag} ${field.name}`] ?? LABELS[field.name] ?? field.name,
      help: field.description.replace(/\s+/g, ' ').trim(),
      url: URL_ATTRIBUTES.includes(field.name) ? 'one' : URL_LIST_ATTRIBUTES.includes(field.name) ? 'list' : '',
    }));
    const guide = fields.find((field) => block.tag === 'mb-guide-card' && field.name === 'guide');
    if (guide) {
      const listed = guide.choices.filter(Boolean);
      const registered = guideList.map((entry) => entry.id);
      if (listed.join() !== registered.join())
        fail(`the guide attribute's type (${listed.join(', ')}) and BUILT_IN_GUIDES (${registered}) differ`);
    }
    return { ...block, name: `medborger/${block.tag.slice(3)}`, slug: block.tag.slice(3), fields };
  });
}

/** Reads a .po file written by hand: one-line msgid/msgstr pairs (msgctxt and plurals are not used). */
function readPo(file) {
  const text = readFileSync(file, 'utf8');
  const unquote = (value) => JSON.parse(value);
  const entries = new Map();
  for (const match of text.matchAll(/^msgid ("(?:[^"\\]|\\.)*")\s*\nmsgstr ("(?:[^"\\]|\\.)*")/gm)) {
    entries.set(unquote(match[1]), unquote(match[2]));
  }
  return entries;
}

/** A GNU .mo file (what PHP's load_plugin_textdomain reads) for the given translations. */
function mo(entries, header) {
  const all = [['', header], ...[...entries].filter(([id, str]) => id && str)].sort(([a], [b]) =>
    Buffer.compare(Buffer.from(a), Buffer.from(b)),
  );
  const originals = all.map(([id]) => Buffer.from(id));
  const translations = all.map(([, str]) => Buffer.from(str));
  const count = all.length;
  const tableStart = 28;
  let offset = tableStart + count * 16;
  const head = Buffer.alloc(offset);
  head.writeUInt32LE(0x950412de, 0);
  head.writeUInt32LE(0, 4);
  head.writeUInt32LE(count, 8);
  head.writeUInt32LE(tableStart, 12);
  head.writeUInt32LE(tableStart + count * 8, 16);
  // No hash table (size 0), but its offset must follow the tables: WordPress's MO reader sizes them by it.
  head.writeUInt32LE(0, 20);
  head.writeUInt32LE(offset, 24);
  const strings = [];
  for (const [table, list] of [
    [tableStart, originals],
    [tableStart + count * 8, translations],
  ]) {
    list.forEach((buffer, index) => {
      head.writeUInt32LE(buffer.length, table + index * 8);
      head.writeUInt32LE(offset, table + index * 8 + 4);
      strings.push(buffer, Buffer.alloc(1));
      offset += buffer.length + 1;
    });
  }
  return Buffer.concat([head, ...strings]);
}

/** The Jed JSON that wp_set_script_translations() hands to wp.i18n in the editor. */
function jed(entries, locale) {
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': 'nplurals=2; plural=(n != 1);' } };
  for (const [id, str] of entries) if (id && str) messages[id] = [str];
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}

/** Every string the plugin translates: __()/esc_html__() literals in its PHP and JS, and the generated labels. */
function translatable(definitions) {
  const found = new Set();
  for (const file of readdirSync(SOURCE, { recursive: true })) {
    if (!/\.(php|js)$/.test(file)) continue;
    const text = readFileSync(join(SOURCE, file), 'utf8');
    for (const match of text.matchAll(/\b(?:__|esc_html__|esc_attr__)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'medborger'/g))
      found.add(match[1].replace(/\\'/g, "'"));
  }
  for (const block of definitions) {
    found.add(block.title).add(block.description);
    for (const field of block.fields) found.add(field.label);
  }
  return found;
}

/** A zip archive (stored paths, deflated data) of every file under `root`, written without any zip tool. */
function zip(root, base) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const files = readdirSync(root, { recursive: true })
    .map((file) => join(root, file))
    .filter((path) => statSync(path).isFile())
    .sort();
  for (const path of files) {
    const name = Buffer.from(relative(base, path).split('\\').join('/'));
    const data = readFileSync(path);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01: the same bytes on every build
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by Unix, so the mode below applies
    local.copy(central, 6, 4, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

if (!existsSync('dist/medborger.js') || !existsSync('dist/chunks'))
  fail('dist/medborger.js is missing; run `npm run build` first');
if (!existsSync('custom-elements.json')) fail('custom-elements.json is missing; run `npm run analyze` first');
// The languages a block offers for `lang`: the language registry (src/core/languages.ts) as built for npm.
const { LANGUAGES } = await import('../dist/npm/core/languages.js');

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const guideList = guides();
const definitions = blocks(manifest, guideList);

const danish = readPo(`${SOURCE}/languages/medborger-da_DK.po`);
const untranslated = [...translatable(definitions)].filter((id) => !danish.get(id));
if (untranslated.length) fail(`no Danish in languages/medborger-da_DK.po for:\n  ${untranslated.join('\n  ')}`);

rmSync('dist/wordpress', { recursive: true, force: true });
mkdirSync(STAGE, { recursive: true });
cpSync(SOURCE, STAGE, { recursive: true });
for (const file of ['medborger.php', 'readme.txt']) {
  const path = join(STAGE, file);
  writeFileSync(path, readFileSync(path, 'utf8').replaceAll('0.0.0-dev', version));
}
writeFileSync(join(STAGE, 'widgets.json'), JSON.stringify({ version, blocks: definitions, guides: guideList }));
const header = 'Content-Type: text/plain; charset=UTF-8\nLanguage: da_DK\nPlural-Forms: nplurals=2; plural=(n != 1);\n';
writeFileSync(join(STAGE, 'languages/medborger-da_DK.mo'), mo(danish, header));
writeFileSync(join(STAGE, `languages/${DOMAIN}-da_DK-${EDITOR_HANDLE}.json`), jed(danish, 'da_DK'));
mkdirSync(join(STAGE, 'assets/chunks'), { recursive: true });
cpSync('dist/medborger.js', join(STAGE, 'assets/medborger.js'));
for (const chunk of readdirSync('dist/chunks').filter((file) => file.endsWith('.js')))
  cpSync(join('dist/chunks', chunk), join(STAGE, 'assets/chunks', chunk));

writeFileSync(ZIP, zip(STAGE, 'dist/wordpress'));
rmSync('dist/wordpress', { recursive: true, force: true });
console.log(
  `build:wordpress: ${ZIP} (${(statSync(ZIP).size / 1024).toFixed(1)} KB): ${definitions.length} blocks, ` +
    `${guideList.length} guides, ${danish.size} Danish strings`,
);
