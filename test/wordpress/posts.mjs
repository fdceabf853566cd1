// The posts the WordPress test writes, as an editor would: the three blocks, the shortcode in classic content, the
// embed builder's snippet in Custom HTML blocks, and a classic-editor paste (which wpautop formats). What each
// widget must show is read from the project's own data: course titles from the feed, guide titles and model names
// from locales/da (the test site is Danish).
import { readFileSync } from 'node:fs';
import { snippetFor } from '../../demo/builder.js';

export const NOW = '2026-03-02T09:00:00+01:00';
const FEED = '/wp-content/uploads/kurser.json';
const SCRIPT = 'https://cdn.example.dk/medborger/dist/medborger.js';
const HOSTILE = '"><img src="x" onerror="window.__mbHacked=1"><script>window.__mbHacked=2</script>';
// Shortcode attribute values may not hold < or > (WordPress's Shortcode API), so this one tries to break out of
// the attribute's quotes instead.
const HOSTILE_SHORTCODE = '" onmouseover="window.__mbHacked=3" x="';

const json = (path) => JSON.parse(readFileSync(path, 'utf8'));
const courseTitles = json('demo/data/courses.json').courses.map((course) => course.title);
const modelNames = Object.values(json('locales/da/model-explainer-models.json').models).map((model) => model.name);
const calendar = { tag: 'mb-course-calendar', what: 'courses from the feed', texts: courseTitles };
const models = { tag: 'mb-model-explainer', what: 'the models', texts: modelNames };
const guide = (id) => ({
  tag: 'mb-guide-card',
  what: `the guide "${json(`locales/da/guides/${id}.json`).title}"`,
  texts: [json(`locales/da/guides/${id}.json`).title],
});

/** A block comment as the block editor serializes it (no `<`, `>`, `&` or `--` in the JSON). */
function block(name, attributes = {}) {
  const text = JSON.stringify(attributes)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/--/g, '\\u002d\\u002d');
  return `<!-- wp:${name} ${text} /-->`;
}
const html = (markup) => `<!-- wp:html -->\n${markup}\n<!-- /wp:html -->`;

/** @param {'author' | 'admin'} role */
export function posts(role) {
  return [
    {
      title: `Blokke (${role})`,
      content: [
        block('medborger/course-calendar', { src: FEED, now: NOW, view: 'compact', 'heading-level': '3' }),
        block('medborger/guide-card', { guide: 'mitid', now: HOSTILE, 'feedback-url': 'javascript:alert(1)' }),
        block('medborger/model-explainer', { view: 'table', lang: 'xx" onmouseover="window.__mbHacked=4' }),
      ].join('\n\n'),
      expect: [calendar, guide('mitid'), models],
      // An Author's block attributes go through KSES when saved (the markup in the value is rewritten, inertly);
      // an Administrator's arrive as written and must come out escaped.
      hostile: role === 'admin' ? { now: HOSTILE } : {},
    },
    {
      title: `Kortkode (${role})`,
      content: [
        'Kurser og vejledninger på biblioteket.',
        `[medborger widget="course-calendar" src="${FEED}" now="${NOW}" view="compact" no-print]`,
        '[medborger guide-card guide="digital-post"]',
        `[medborger widget="guide-card" guide="passport" now='${HOSTILE_SHORTCODE}' href="javascript:alert(1)"]`,
        '[medborger widget="model-explainer" src="javascript:alert(1)"]',
      ].join('\n\n'),
      expect: [calendar, guide('digital-post'), guide('passport'), models],
      // An Author's shortcode text goes through KSES first, which rewrites the markup in it: the value that
      // arrives differs, but must be just as inert.
      hostile: role === 'admin' ? { now: HOSTILE_SHORTCODE } : {},
    },
    {
      title: `Indsat kode (${role})`,
      pasted: true,
      content: [
        html(snippetFor({ tag: 'mb-course-calendar', values: { src: FEED, now: NOW }, scriptUrl: SCRIPT })),
        html(snippetFor({ tag: 'mb-guide-card', values: { guide: 'health-card' }, scriptUrl: SCRIPT })),
        html(
          snippetFor({ tag: 'mb-model-explainer', values: { selected: '3' }, scriptUrl: SCRIPT }).replace(
            '<mb-model-explainer',
            '<mb-model-explainer data-mb-hostile onclick="window.__mbHacked=5" style="background:url(javascript:alert(1))"',
          ),
        ),
      ].join('\n\n'),
      expect: [calendar, guide('health-card'), models],
      hostile: role === 'author' ? {} : undefined,
    },
    {
      title: `Klassisk editor (${role})`,
      pasted: true,
      content: [
        'Her er vejledningen om pas:',
        snippetFor({ tag: 'mb-guide-card', values: { guide: 'passport', variant: 'compact' }, scriptUrl: SCRIPT }),
        'Og om folkepension:',
        '<mb-guide-card guide="state-pension">\nLæs om folkepension på borger.dk.\n\nSpørg på biblioteket, hvis du vil have hjælp.\n</mb-guide-card>',
      ].join('\n\n'),
      expect: [guide('passport'), guide('state-pension')],
    },
  ];
}
