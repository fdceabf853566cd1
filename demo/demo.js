// The demo site's own chrome: a da/en switch that sets <html lang> (as a CMS language switch does) and a second
// brand. Page texts carry both languages in data-da / data-en. Nothing is stored and nothing is sent anywhere.
const params = new URLSearchParams(location.search);
const root = document.documentElement;

// One header and footer for every page of the demo site.
const PAGES = [
  ['index.html', 'Forside', 'Home'],
  ['kurser.html', 'Kurser og hjælp', 'Courses and help'],
  ['vejledninger.html', 'Vejledninger', 'Guides'],
  ['samarbejde.html', 'Bibliotek og Borgerservice', 'Library and Borgerservice'],
  ['hosts.html', 'På andres sider', 'On other pages'],
  ['byg.html', 'Byg en widget', 'Build a widget'],
];
const current = location.pathname.split('/').pop() || 'index.html';
const header = document.querySelector('header.site');
if (header) {
  header.innerHTML = `<a class="skip" href="#main" data-da="Gå til indhold" data-en="Skip to content"></a>
    <div class="inner">
      <a class="brand" href="index.html" data-keep-lang>Hovedbiblioteket</a>
      <nav data-label-da="Hovedmenu" data-label-en="Main menu"><ul>${PAGES.map(
        ([href, da, en]) =>
          `<li><a href="${href}" data-keep-lang data-da="${da}" data-en="${en}"${href === current ? ' aria-current="page"' : ''}></a></li>`,
      ).join('')}</ul></nav>
      <div class="tools">
        <button type="button" data-lang="da" lang="da">Dansk</button>
        <button type="button" data-lang="en" lang="en">English</button>
        <button type="button" data-brand-switch data-da="Andet bibliotek" data-en="Other library"></button>
      </div>
    </div>`;
}
const footer = document.querySelector('footer');
if (footer) {
  footer.innerHTML = `<div class="inner"><p data-da="Hovedbiblioteket er et opdigtet bibliotek. Alle data på siden ligger i demo/data."
    data-en="Hovedbiblioteket is a fictional library. All data on this site lives in demo/data."></p></div>`;
}

function setLanguage(lang) {
  root.lang = lang;
  for (const element of document.querySelectorAll('[data-label-da]')) {
    element.setAttribute('aria-label', element.dataset[lang === 'en' ? 'labelEn' : 'labelDa']);
  }
  for (const element of document.querySelectorAll('[data-da]')) {
    element.textContent = element.dataset[lang] ?? element.dataset.da;
  }
  for (const link of document.querySelectorAll('a[data-keep-lang]')) {
    const url = new URL(link.href);
    url.searchParams.set('lang', lang);
    link.href = url.href;
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
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

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    setLanguage(button.dataset.lang);
    const url = new URL(location.href);
    url.searchParams.set('lang', button.dataset.lang);
    history.replaceState(history.state, '', url);
  });
}
for (const button of document.querySelectorAll('[data-brand-switch]')) {
  button.addEventListener('click', () => setBrand(root.dataset.brand === 'north' ? 'default' : 'north'));
}

setLanguage(params.get('lang') === 'en' ? 'en' : 'da');
setBrand(params.get('brand') ?? 'default');
