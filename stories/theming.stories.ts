import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/course-calendar/define.js';
import '../src/guide-card/define.js';
import '../src/model-explainer/define.js';
import { contrast, formatRatio } from './support/contrast.js';
import { storyStrings } from './support/story-strings.js';
import { NOW } from './support/widget.js';

/*
 * The theme playground: the custom properties a library sets on its page, on a wrapper around all three widgets,
 * with the contrast that matters checked as the colours change and said in words (Danish or English, from the
 * toolbar). Empty controls leave a property unset, so the widgets' own defaults apply.
 */
interface Args {
  '--mb-color-primary': string;
  '--mb-color-on-primary': string;
  '--mb-color-link': string;
  '--mb-focus-color': string;
  '--mb-color-text': string;
  '--mb-color-surface': string;
  '--mb-color-surface-alt': string;
}

/** What a widget uses when the page sets nothing (core/theme.ts); the links and the focus ring follow the primary. */
const DEFAULTS = {
  primary: '#44831e',
  onPrimary: '#ffffff',
  link: '#004d99',
  focus: '#454545',
  text: '#1a1a1a',
  muted: '#5c5c5c',
  surface: '#ffffff',
  surfaceAlt: '#f5f5f5',
};

function effective(args: Args) {
  const primary = args['--mb-color-primary'];
  return {
    primary: primary || DEFAULTS.primary,
    onPrimary: args['--mb-color-on-primary'] || DEFAULTS.onPrimary,
    link: args['--mb-color-link'] || primary || DEFAULTS.link,
    focus: args['--mb-focus-color'] || primary || DEFAULTS.focus,
    text: args['--mb-color-text'] || DEFAULTS.text,
    muted: DEFAULTS.muted,
    surface: args['--mb-color-surface'] || DEFAULTS.surface,
    surfaceAlt: args['--mb-color-surface-alt'] || DEFAULTS.surfaceAlt,
  };
}

function checks(args: Args, locale: string) {
  const t = storyStrings(locale);
  const c = effective(args);
  const rows: [keyof typeof t.checks, string, string, number][] = [
    ['primary', c.primary, '#ffffff', 4.5],
    ['onPrimary', c.onPrimary, c.primary, 4.5],
    ['link', c.link, c.surface, 4.5],
    ['focus', c.focus, c.surface, 3],
    ['text', c.text, c.surface, 4.5],
    ['textAlt', c.text, c.surfaceAlt, 4.5],
    ['muted', c.muted, c.surface, 4.5],
  ];
  const results = rows.map(([key, fore, back, needed]) => {
    const ratio = contrast(fore, back);
    const neededText = formatRatio(needed, locale);
    const words =
      ratio === undefined
        ? t.notAColour
        : ratio >= needed
          ? t.meets(formatRatio(ratio, locale), neededText)
          : t.fails(formatRatio(ratio, locale), neededText);
    return { key, words, ok: ratio !== undefined && ratio >= needed, label: t.checks[key] };
  });
  const failing = results.some((result) => !result.ok);
  return html`<section
    lang=${locale === 'da' ? 'da' : 'en'}
    aria-labelledby="contrast-heading"
    style="font-family:system-ui,sans-serif;background:#ffffff;color:#1a1a1a;border:1px solid #8e8e8e;padding:0.75rem 1rem;margin-block-end:1.5rem"
  >
    <h2 id="contrast-heading" style="font-size:1.125rem;margin:0 0 0.5rem">${t.checksHeading}</h2>
    <ul style="margin:0;padding-inline-start:1.25rem">
      ${results.map(
        (result) =>
          html`<li data-ok=${result.ok}>
            <span aria-hidden="true">${result.ok ? '✓' : '✗'}</span> ${result.label}: <strong>${result.words}</strong>
          </li>`,
      )}
    </ul>
    ${failing ? html`<p style="margin:0.5rem 0 0">${t.advice}</p>` : ''}
  </section>`;
}

const style = (args: Args) =>
  Object.entries(args)
    .filter(([name, value]) => name.startsWith('--mb-') && value)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');

const colour = (description: string) => ({ control: { type: 'color' as const }, description });

const meta: Meta<Args> = {
  title: 'Design/Tema',
  args: {
    '--mb-color-primary': '#7a1f5c',
    '--mb-color-on-primary': '',
    '--mb-color-link': '',
    '--mb-focus-color': '',
    '--mb-color-text': '',
    '--mb-color-surface': '',
    '--mb-color-surface-alt': '',
  },
  argTypes: {
    '--mb-color-primary': colour('Brand colour: buttons, chips, tabs and days; links and focus ring unless set.'),
    '--mb-color-on-primary': colour('Text on the brand colour.'),
    '--mb-color-link': colour('Links; the brand colour when empty.'),
    '--mb-focus-color': colour('Focus ring; the brand colour when empty.'),
    '--mb-color-text': colour('Body text.'),
    '--mb-color-surface': colour('Background of cards, cells, chips and inputs.'),
    '--mb-color-surface-alt': colour('Background of messages, header cells and the selected tab.'),
  },
  parameters: { layout: 'padded', controls: { expanded: false } },
  render: (args, { globals }) =>
    html`${checks(args, String(globals['locale'] ?? 'da'))}
      <div style="${style(args)}; background:${effective(args).surface}; display:grid; gap:1.5rem; padding:0.5rem">
        <mb-guide-card guide="mitid" now=${NOW}></mb-guide-card>
        <mb-course-calendar src="/data/courses.json" now=${NOW} topic="mitid"></mb-course-calendar>
        <mb-model-explainer selected="3"></mb-model-explainer>
      </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Choose the colours and see every widget in them, the contrast checked as you go. Starts with the plum brand. */
export const Playground: Story = { name: 'Temalegeplads' };

/** No property set: the borger.dk look (green buttons, blue links, grey focus ring). */
export const Standard: Story = { name: 'Standard (borger.dk)', args: { '--mb-color-primary': '' } };

/** The demo's second library: plum, `#7a1f5c`, set once on the wrapper. */
export const SecondLibrary: Story = { name: 'Andet bibliotek (blommefarvet)' };

/** A light brand colour fails 4.5:1 with white, so the library sets dark text, links and focus ring itself. */
export const LightBrand: Story = {
  name: 'Lys farve med mørk tekst',
  args: {
    '--mb-color-primary': '#8fd16a',
    '--mb-color-on-primary': '#1a1a1a',
    '--mb-color-link': '#004d99',
    '--mb-focus-color': '#1a1a1a',
  },
};
