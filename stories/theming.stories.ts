import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/course-calendar/define.js';
import '../src/guide-card/define.js';
import '../src/model-explainer/define.js';
import { LANGUAGES } from '../src/core/languages.js';

/** Fixed "now", so the demo courses always lie ahead and the story never changes with the date. */
const NOW = '2026-03-02T09:00:00+01:00';

interface Args {
  /** The whole style of the wrapper: the custom properties a library sets on its page. */
  primary: string;
  onPrimary: string;
  link: string;
  focus: string;
  lang: '' | 'da' | 'en';
}

const style = ({ primary, onPrimary, link, focus }: Args) =>
  [
    primary && `--mb-color-primary: ${primary}`,
    onPrimary && `--mb-color-on-primary: ${onPrimary}`,
    link && `--mb-color-link: ${link}`,
    focus && `--mb-focus-color: ${focus}`,
  ]
    .filter(Boolean)
    .join('; ');

const RULE = `One property re-brands every widget: set \`--mb-color-primary\` on any ancestor (here a wrapper \`<div>\`) and
buttons, selected chips, tabs and days, accents, links and the focus ring all follow it.

**Contrast rule:** \`--mb-color-primary\` must have at least **4.5:1** contrast against white. Buttons put
\`--mb-color-on-primary\` (white) text on it and links use it on white, which needs 4.5:1; focus rings and accents need
3:1, which 4.5:1 gives. The focus ring has a 1px offset, so it sits on the page background and is measured against
white, not against the button it surrounds. \`#7a1f5c\` has 9.6:1; the borger.dk default \`#44831e\` has 4.7:1.
A library with a lighter colour sets \`--mb-color-on-primary\` (dark text), \`--mb-color-link\` and
\`--mb-focus-color\` itself, as the "Lys farve" story shows.

**Kontrastregel (dansk):** \`--mb-color-primary\` skal have mindst 4,5:1 i kontrast mod hvid. Er bibliotekets farve
lysere, sætter man selv \`--mb-color-on-primary\`, \`--mb-color-link\` og \`--mb-focus-color\`.`;

const meta: Meta<Args> = {
  title: 'Tema/Andet bibliotek',
  tags: ['autodocs'],
  args: { primary: '#7a1f5c', onPrimary: '', link: '', focus: '', lang: '' },
  argTypes: {
    primary: { control: 'color', description: '`--mb-color-primary` on the wrapper' },
    onPrimary: { control: 'color', description: '`--mb-color-on-primary` on the wrapper' },
    link: { control: 'color', description: '`--mb-color-link` on the wrapper' },
    focus: { control: 'color', description: '`--mb-focus-color` on the wrapper' },
    lang: { control: 'inline-radio', options: ['', ...LANGUAGES] },
  },
  parameters: { docs: { description: { component: RULE } } },
  render: (args) =>
    html`<div style=${style(args)}>
      <mb-guide-card guide="mitid" lang=${ifDefined(args.lang || undefined)}></mb-guide-card>
      <mb-course-calendar
        src="/data/courses.json"
        now=${NOW}
        topic="mitid"
        lang=${ifDefined(args.lang || undefined)}
      ></mb-course-calendar>
      <mb-model-explainer selected="3" lang=${ifDefined(args.lang || undefined)}></mb-model-explainer>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The demo's second library: plum, `#7a1f5c`, set once on the wrapper. */
export const AndetBibliotek: Story = { name: 'Andet bibliotek' };

/** No property set: the borger.dk look (green buttons, blue links, grey focus ring). */
export const Standard: Story = { name: 'Standard (borger.dk)', args: { primary: '' } };

/** A light brand colour fails 4.5:1 with white, so the library sets dark text, links and focus ring itself. */
export const LightBrand: Story = {
  name: 'Lys farve',
  args: { primary: '#8fd16a', onPrimary: '#1a1a1a', link: '#004d99', focus: '#1a1a1a' },
};

/** The second brand with the widgets in English. */
export const English: Story = { args: { lang: 'en' } };
