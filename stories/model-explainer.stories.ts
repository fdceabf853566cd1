import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/model-explainer/define.js';
import type { MbModelExplainer } from '../src/model-explainer/model-explainer.js';
import { docsIntro, settled, sideBySide, widget, type WidgetArgs } from './support/widget.js';

const TAG = 'mb-model-explainer';
const explainer = (canvas: HTMLElement) => canvas.querySelector<MbModelExplainer>(TAG)!;

/** Plays what a reader does in the widget: the same clicks and choices, through the shadow root. */
async function pickCompetence(canvas: HTMLElement, key: string) {
  const el = explainer(canvas);
  await el.updateComplete;
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#competence')!;
  select.value = key;
  select.dispatchEvent(new Event('change'));
  await settled(canvas);
}

async function answer(canvas: HTMLElement, answers: Record<string, boolean>) {
  const el = explainer(canvas);
  await el.updateComplete;
  for (const [question, value] of Object.entries(answers)) {
    el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${question}"]`)[value ? 0 : 1].click();
    await el.updateComplete;
  }
  el.shadowRoot!.querySelector<HTMLButtonElement>('.assessment button[type="submit"]')!.click();
  await settled(canvas);
}

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Samarbejdsmodeller',
  component: TAG,
  tags: ['autodocs'],
  args: { view: 'interactive', 'heading-level': 2 },
  render: (args) => widget(TAG, args),
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: docsIntro(
          TAG,
          'De fem måder, bibliotek og Borgerservice arbejder sammen på: modellerne som faneblade eller side om ' +
            'side i en tabel, et kompetencefilter og en lille selvtest, der foreslår den model, der ligner jeres.',
        ),
      },
    },
  },
};
export default meta;
type Story = StoryObj<WidgetArgs>;

/** The default: the models on the integration scale as tabs, Model 1 open; every control free to change. */
export const Interactive: Story = { name: 'Model 1 er åben' };

/** Model 5 ("Intet samarbejde"), the zero point of the scale although numbered last. */
export const ZeroPoint: Story = { name: 'Model 5: udgangspunktet på skalaen', args: { selected: 5 } };

/** Model 4, the one with the most competences and examples. */
export const MostIntegrated: Story = { name: 'Model 4: det tætteste samarbejde', args: { selected: 4 } };

/** Every model side by side; this is also what prints. */
export const Table: Story = { name: 'Alle modeller i én tabel', args: { view: 'table' } };

/** The competence filter with a competence chosen: three models need teaching. */
export const CompetenceFilter: Story = {
  name: 'Kompetencefilter: undervisning',
  play: ({ canvasElement }) => pickCompetence(canvasElement, 'teaching'),
};

/** The self-assessment with all questions answered and a suggestion. */
export const SelfAssessment: Story = {
  name: 'Selvtest med forslag',
  play: ({ canvasElement }) =>
    answer(canvasElement, { collaborate: true, sharedPremises: true, libraryStaffTasks: true, partners: false }),
};

/** The self-assessment for a library that does not work with Borgerservice: one answer is enough. */
export const SelfAssessmentNoCollaboration: Story = {
  name: 'Selvtest: intet samarbejde',
  play: ({ canvasElement }) => answer(canvasElement, { collaborate: false }),
};

/** The self-assessment asked for a suggestion before every question was answered. */
export const SelfAssessmentIncomplete: Story = {
  name: 'Selvtest ikke besvaret helt',
  play: ({ canvasElement }) => answer(canvasElement, { collaborate: true }),
};

/** An organisation's own models from `src` (demo/data/models.json), partly without English. */
export const CustomData: Story = { name: 'Egne modeller fra en fil', args: { src: '/data/models.json' } };

/** `src` with data that fails validation: a message, an `mb-error` event, and the built-in models stay. */
export const InvalidData: Story = {
  name: 'Egne modeller kan ikke læses',
  args: { src: '/data/models-invalid.json' },
};

/** Headings start at level 3, for a page where the widget sits under an h2. */
export const HeadingLevel3: Story = { name: 'Overskrifter fra niveau 3', args: { 'heading-level': 3 } };

/** The same widget in Danish and in English, whatever the toolbar says. */
export const SideBySide: Story = {
  name: 'Dansk og engelsk side om side',
  args: { selected: 5 },
  render: (args) => sideBySide((lang) => widget(TAG, args, { lang })),
};
