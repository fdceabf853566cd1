// Shared by the gallery's host pages (test/hosts/*.html): the page's language from `?lang=` (as a CMS language switch
// sets <html lang>), then the built drop-in, exactly as a site loads it.
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
if (lang === 'da' || lang === 'en') document.documentElement.lang = lang;
await import('../../dist/medborger.js');
