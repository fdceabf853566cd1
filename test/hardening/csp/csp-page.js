// The script of test/hardening/csp/page.html: records every Content-Security-Policy violation, loads the built
// drop-in, uses each widget as a visitor would (a course opened, a guide step opened, the print view with its QR
// code, a model chosen, a long list virtualised) and publishes the result as `window.cspResult` for the test.
const violations = [];
const counted = new WeakSet();
// Listened for on the document and the window (engines differ in where it is seen first); each event counts once.
const record = (event) => {
  if (counted.has(event)) return;
  counted.add(event);
  violations.push({
    directive: event.violatedDirective || event.effectiveDirective,
    blocked: event.blockedURI,
    source: event.sourceFile,
    sample: event.sample,
  });
};
document.addEventListener('securitypolicyviolation', record);
window.addEventListener('securitypolicyviolation', record);

const until = async (test, what, timeout = 20_000) => {
  const started = performance.now();
  for (;;) {
    const value = test();
    if (value) return value;
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
const shadow = (id) => document.getElementById(id).shadowRoot;

async function run() {
  await import('/dist/medborger.js');
  const long = document.getElementById('long');
  long.courses = Array.from({ length: 300 }, (_, i) => ({
    id: `c${i}`,
    title: `Kursus ${i}`,
    start: new Date(Date.parse('2026-03-03T09:00:00Z') + i * 3_600_000).toISOString(),
  }));

  // The calendar: a course opened, its HTML description sanitised.
  const toggle = await until(() => shadow('calendar')?.querySelector('button.toggle'), 'the courses');
  toggle.click();
  await until(() => shadow('calendar').querySelector('.details:not([hidden]) div.body'), 'a sanitised description');

  // The long calendar: rows from the virtualiser (which renders what is in view). The calendar above builds its list
  // a few courses per task: scrolled to before that list is whole, the long one would be pushed out of view again.
  await document.getElementById('calendar').updateComplete;
  await long.updateComplete;
  long.scrollIntoView();
  await until(() => shadow('long')?.querySelector('.virtual .course'), 'virtualised rows');

  // The guide card: a step opened, then the print view with the QR code.
  const guide = document.getElementById('guide');
  const step = await until(() => shadow('guide')?.querySelector('button[aria-expanded]'), 'the guide steps');
  step.click();
  await guide.updateComplete;
  await guide.preparePrint();
  await until(() => shadow('guide').querySelector('svg path'), 'the QR code');
  await until(() => shadow('builtin')?.querySelector('a'), 'the compact built-in guide');

  // The model explainer: another model chosen.
  const tabs = await until(() => {
    const found = shadow('models')?.querySelectorAll('[role="tab"]');
    return found && found.length > 1 ? found : undefined;
  }, 'the model tabs');
  tabs[1].click();
  await until(() => tabs[1].getAttribute('aria-selected') === 'true', 'the chosen model');

  // Let any late style or script work happen before reporting.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return {
    violations,
    rendered: ['calendar', 'long', 'guide', 'builtin', 'models'].map((id) => ({
      id,
      text: (shadow(id)?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
    })),
    adopted: ['calendar', 'guide', 'models'].map((id) => shadow(id).adoptedStyleSheets.length),
    styleElements: ['calendar', 'long', 'guide', 'builtin', 'models'].reduce(
      (n, id) => n + shadow(id).querySelectorAll('style').length,
      0,
    ),
  };
}

window.cspResult = run().then(
  (result) => result,
  (error) => ({ violations, error: String(error) }),
);
