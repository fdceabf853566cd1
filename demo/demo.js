// The demo site's own chrome: a da/en switch and a second brand. Each page is written in both languages
// (scripts/demo-pages.mjs: demo/<page>.html in Danish, demo/<page>.en.html in English), so its text is in the HTML.
// The page keeps the other language's words in data-<lang> (text) and data-<lang>-<attribute> attributes; the
// switch swaps them in place and sets <html lang>, as a CMS language switch does, so the widgets change language
// without a reload, and the address becomes the page in that language. Nothing is stored or sent anywhere.
const root = document.documentElement;
const words = (text) => text.replace(/\s+/gu, ' ').trim();

/** Shows the page in `lang`, keeping the language it leaves in data-<lang> attributes. */
function setLanguage(lang) {
  const from = root.lang;
  if (lang === from) return;
  const own = `data-${lang}`;
  for (const element of document.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name);
      if (name === own) {
        element.setAttribute(`data-${from}`, words(element.textContent));
        element.textContent = value;
      } else if (name.startsWith(`${own}-`)) {
        const target = name.slice(own.length + 1);
        element.setAttribute(`data-${from}-${target}`, element.getAttribute(target) ?? '');
        element.setAttribute(target, value);
      } else continue;
      element.removeAttribute(name);
    }
  }
  root.lang = lang;
  for (const button of document.querySelectorAll('button[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

function setBrand(brand) {
  if (brand === 'north') root.dataset.brand = 'north';
  else delete root.dataset.brand;
  for (const button of document.querySelectorAll('[data-brand-switch]')) {
    button.setAttribute('aria-pressed', String(root.dataset.brand === 'north'));
  }
}

for (const button of document.querySelectorAll('button[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang;
    const page = document.querySelector(`link[rel="alternate"][hreflang="${lang}"]`);
    setLanguage(lang);
    if (!page) return;
    // The same page in the chosen language, so a reload or a shared link keeps it.
    const url = new URL(page.href);
    const params = new URLSearchParams(location.search);
    params.delete('lang');
    url.search = params.toString();
    url.hash = location.hash;
    history.replaceState(history.state, '', url);
  });
}
for (const button of document.querySelectorAll('[data-brand-switch]')) {
  button.addEventListener('click', () => setBrand(root.dataset.brand === 'north' ? 'default' : 'north'));
}

// Older links carry the language as ?lang=en; the page is then switched in place.
const params = new URLSearchParams(location.search);
if (params.get('lang') === 'en' || params.get('lang') === 'da') setLanguage(params.get('lang'));
if (params.get('brand')) setBrand(params.get('brand'));
