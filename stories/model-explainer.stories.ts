import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/model-explainer/define.js';
import type { MbModelExplainer } from '../src/model-explainer/model-explainer.js';

interface Args {
  selected?: number;
  view?: 'interactive' | 'table';
  src?: string;
  'deep-link'?: boolean;
  'heading-level'?: number;
  lang?: string;
}

const render = (args: Args) =>
  html`<mb-model-explainer
    selected=${args.selected ?? nothing}
    view=${args.view ?? nothing}
    src=${args.src ?? nothing}
    ?deep-link=${args['deep-link'] ?? false}
    heading-level=${args['heading-level'] ?? nothing}
    lang=${args.lang ?? nothing}
  ></mb-model-explainer>`;

const explainer = (canvas: HTMLElement) => canvas.querySelector<MbModelExplainer>('mb-model-explainer')!;

/** Plays what a reader does in the widget: the same clicks and choices, through the shadow root. */
async function pickCompetence(canvas: HTMLElement, key: string) {
  const el = explainer(canvas);
  await el.updateComplete;
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#competence')!;
  select.value = key;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function answer(canvas: HTMLElement, answers: Record<string, boolean>) {
  const el = explainer(canvas);
  await el.updateComplete;
  for (const [question, value] of Object.entries(answers)) {
    el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${question}"]`)[value ? 0 : 1].click();
    await el.updateComplete;
  }
  el.shadowRoot!.querySelector<HTMLButtonElement>('.assessment button[type="submit"]')!.click();
  await el.updateComplete;
}

const meta: Meta<Args> = {
  title: 'Widgets/Model explainer',
  component: 'mb-model-explainer',
  render,
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<Args>;

/** Every attribute as a control. */
export const Playground: Story = { args: { selected: 1, view: 'interactive', 'heading-level': 2 } };

/** The default: the models on the integration scale as tabs, Model 1 open. */
export const Interactive: Story = {};

/** Model 5 ("Intet samarbejde"), the zero point of the scale although numbered last. */
export const ZeroPoint: Story = { args: { selected: 5 } };

/** Model 4, the one with the most competences and examples. */
export const MostIntegrated: Story = { args: { selected: 4 } };

/** Every model side by side; this is also what prints. */
export const Table: Story = { args: { view: 'table' } };

/** The competence filter with a competence chosen: three models need teaching. */
export const CompetenceFilter: Story = {
  play: ({ canvasElement }) => pickCompetence(canvasElement, 'teaching'),
};

/** The self-assessment with all questions answered and a suggestion. */
export const SelfAssessment: Story = {
  play: ({ canvasElement }) =>
    answer(canvasElement, { collaborate: true, sharedPremises: true, libraryStaffTasks: true, partners: false }),
};

/** The self-assessment asked for a suggestion before every question was answered. */
export const SelfAssessmentIncomplete: Story = {
  play: ({ canvasElement }) => answer(canvasElement, { collaborate: true }),
};

/** An organisation's own models from `src` (demo/data/models.json), partly without English. */
export const CustomData: Story = { args: { src: '/data/models.json' } };

/** `src` with data that fails validation: a message, an `mb-error` event, and the built-in models stay. */
export const InvalidData: Story = { args: { src: '/data/models-invalid.json' } };

/** Headings start at level 3, for a page where the widget sits under an h2. */
export const HeadingLevel3: Story = { args: { 'heading-level': 3 } };

/** English, whatever the page language. */
export const English: Story = { args: { lang: 'en' } };

export const EnglishZeroPoint: Story = { args: { lang: 'en', selected: 5 } };

export const EnglishTable: Story = { args: { lang: 'en', view: 'table' } };

export const EnglishCompetenceFilter: Story = {
  args: { lang: 'en' },
  play: ({ canvasElement }) => pickCompetence(canvasElement, 'marketing'),
};

export const EnglishSelfAssessment: Story = {
  args: { lang: 'en' },
  play: ({ canvasElement }) => answer(canvasElement, { collaborate: false }),
};

export const EnglishCustomData: Story = { args: { lang: 'en', src: '/data/models.json' } };

export const EnglishInvalidData: Story = { args: { lang: 'en', src: '/data/models-invalid.json' } };
