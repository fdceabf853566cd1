// The embed builder page: pick a widget, fill in its options, see it live, copy the snippet.
import { TAGS } from '../dist/medborger.js';
// The language registry (src/core/languages.ts) as built for npm: a module of its own, without imports.
import { LANGUAGES } from '../dist/npm/core/languages.js';
import { snippetFor, widgetsFrom } from './builder.js';

const TEXT = {
  da: {
    widget: 'Widget',
    options: 'Indstillinger',
    preview: 'Sådan ser den ud',
    snippet: 'Kode til din side',
    copy: 'Kopiér koden',
    copied: 'Koden er kopieret. Sæt den ind i en HTML-blok i dit CMS.',
    copyFailed: 'Koden kunne ikke kopieres automatisk. Markér den, og kopiér den selv.',
    standard: '(standard)',
    yes: 'Til',
    script: 'Adresse på medborger.js',
    missing: 'custom-elements.json mangler. Kør "npm run build" og genindlæs siden.',
    hosting:
      'medborger.js skal ligge sammen med sin mappe chunks/ (læg hele dist/-mappen op). Ligger den på et andet domæne end siden, skal serveren sende Access-Control-Allow-Origin på medborger.js og chunks/*. Offentlige npm-CDN’er (jsDelivr, unpkg) gør det allerede.',
  },
  en: {
    widget: 'Widget',
    options: 'Options',
    preview: 'How it looks',
    snippet: 'Code for your page',
    copy: 'Copy the code',
    copied: 'The code is copied. Paste it into an HTML block in your CMS.',
    copyFailed: 'The code could not be copied automatically. Select it and copy it yourself.',
    standard: '(default)',
    yes: 'On',
    script: 'Address of medborger.js',
    missing: 'custom-elements.json is missing. Run "npm run build" and reload the page.',
    hosting:
      'medborger.js must sit beside its chunks/ folder (upload the whole dist/ folder). On another domain than the page, that server must send Access-Control-Allow-Origin for medborger.js and chunks/*. Public npm CDNs (jsDelivr, unpkg) already do.',
  },
};
// Sample data that ships with the demo, offered for `src`-like fields as absolute addresses: a snippet pasted into
// another page must still find its feed (that page's server then needs CORS, see the README's CMS guide).
const SAMPLES = [
  'data/courses.json',
  'data/dpl-events.json',
  'data/course-calendar/filial-nord.ics',
  'data/models.json',
  'data/guide-card/library-wifi.json',
].map((path) => new URL(path, location.href).href);

const form = document.querySelector('#builder');
const fieldsBox = document.querySelector('#fields');
const preview = document.querySelector('#preview');
const code = document.querySelector('#snippet');
const status = document.querySelector('#copy-status');
const scriptInput = document.querySelector('#script-url');
const select = document.querySelector('#widget');
const lang = () => (document.documentElement.lang === 'en' ? 'en' : 'da');
const t = (key) => TEXT[lang()][key];

let widgets = [];
try {
  const response = await fetch('../custom-elements.json');
  if (!response.ok) throw new Error(String(response.status));
  widgets = widgetsFrom(await response.json(), TAGS, LANGUAGES);
} catch {
  status.textContent = t('missing');
}
scriptInput.value = new URL('../dist/medborger.js', location.href).href;

function label(field, id) {
  const element = document.createElement('label');
  element.htmlFor = id;
  const name = document.createElement('code');
  name.textContent = field.name;
  element.append(name);
  return element;
}

function renderFields() {
  const widget = widgets.find((candidate) => candidate.tag === select.value);
  fieldsBox.replaceChildren();
  for (const field of widget?.fields ?? []) {
    const id = `field-${field.name}`;
    const row = document.createElement('div');
    row.className = 'field';
    const help = document.createElement('p');
    help.id = `${id}-help`;
    help.className = 'help';
    help.textContent = field.description;
    let input;
    if (field.kind === 'choice' && field.open) {
      // Built-in values to pick from, and room for the editor's own (a custom guide's id, say).
      input = document.createElement('input');
      input.type = 'text';
      input.setAttribute('list', `${id}-choices`);
      const choices = document.createElement('datalist');
      choices.id = `${id}-choices`;
      for (const choice of field.choices) choices.append(new Option(choice));
      row.append(choices);
    } else if (field.kind === 'choice') {
      input = document.createElement('select');
      input.append(new Option(t('standard') + (field.default ? `: ${field.default}` : ''), ''));
      for (const choice of field.choices) input.append(new Option(choice, choice));
    } else if (field.kind === 'boolean') {
      input = document.createElement('input');
      input.type = 'checkbox';
    } else {
      input = document.createElement('input');
      input.type = field.kind === 'number' ? 'number' : 'text';
      if (field.default && field.kind === 'number') input.placeholder = field.default;
      if (/src$/.test(field.name)) input.setAttribute('list', 'samples');
    }
    input.id = id;
    input.name = field.name;
    input.setAttribute('aria-describedby', help.id);
    row.append(label(field, id), input, help);
    fieldsBox.append(row);
  }
  update();
}

function values() {
  const result = {};
  for (const input of fieldsBox.querySelectorAll('input, select')) {
    result[input.name] = input.type === 'checkbox' ? input.checked : input.value.trim();
  }
  return result;
}

function update() {
  const tag = select.value;
  if (!tag) return;
  const current = values();
  // Where dist/ must live, as a comment the editor copies with the code (README: Embedding in a CMS).
  code.textContent = `<!-- ${t('hosting')} -->\n${snippetFor({ tag, values: current, scriptUrl: scriptInput.value.trim() })}`;
  // The preview is built with DOM calls, never by parsing the editor's text as HTML.
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(current)) {
    if (value === true) element.setAttribute(name, '');
    else if (value) element.setAttribute(name, value);
  }
  preview.replaceChildren(element);
  status.textContent = '';
}

function localise() {
  for (const element of document.querySelectorAll('[data-builder-text]'))
    element.textContent = t(element.dataset.builderText);
  const chosen = select.value;
  select.replaceChildren(...widgets.map((widget) => new Option(widget.tag, widget.tag)));
  if (chosen) select.value = chosen;
  for (const option of fieldsBox.querySelectorAll('select option[value=""]')) {
    const field = widgets
      .find((widget) => widget.tag === select.value)
      ?.fields.find((f) => `field-${f.name}` === option.parentElement.id);
    option.textContent = t('standard') + (field?.default ? `: ${field.default}` : '');
  }
}

const datalist = document.querySelector('#samples');
for (const sample of SAMPLES) datalist.append(new Option(sample));

localise();
const wanted = new URLSearchParams(location.search).get('widget');
if (wanted && widgets.some((widget) => widget.tag === wanted)) select.value = wanted;
renderFields();
select.addEventListener('change', renderFields);
form.addEventListener('input', (event) => {
  if (event.target !== select) update();
});
form.addEventListener('submit', (event) => event.preventDefault());
new MutationObserver(localise).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });

document.querySelector('#copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(code.textContent);
    status.textContent = t('copied');
  } catch {
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    status.textContent = t('copyFailed');
  }
});
