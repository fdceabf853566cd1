import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/guide-card/define.js';
import type { MbGuideCard } from '../src/guide-card/guide-card.js';
import { BUILT_IN_GUIDES } from '../src/guide-card/guides/index.js';
import { FORMATS, type FormatId } from '../src/course-calendar/sources/formats.js';
import { LANGUAGES } from '../src/core/languages.js';

interface Args {
  guide: string;
  variant: 'full' | 'compact';
  lang: '' | 'da' | 'en';
  headingLevel: number;
  linkTarget: 'new-window' | 'same-window';
  feedbackUrl: string;
  href: string;
  coursesSrc: string;
  coursesFormat: 'auto' | FormatId;
  now: string;
}

/** Runs `then` on the card once its guide is shown: how stories reach a state a citizen clicks their way to. */
const whenShown = (then: (card: MbGuideCard) => void) => (event: Event) => {
  const card = event.currentTarget as MbGuideCard;
  void card.updateComplete.then(() => then(card));
};
const tickAll = whenShown((card) => {
  for (const box of card.shadowRoot!.querySelectorAll<HTMLInputElement>('.checklist input')) box.click();
});
const openAll = whenShown((card) => card.shadowRoot!.querySelector<HTMLButtonElement>('.show-all')?.click());

const card = (args: Partial<Args>, content: unknown = nothing, onLoad?: (event: Event) => void) =>
  html`<mb-guide-card
    guide=${ifDefined(args.guide || undefined)}
    variant=${ifDefined(args.variant)}
    lang=${ifDefined(args.lang || undefined)}
    heading-level=${ifDefined(args.headingLevel)}
    link-target=${ifDefined(args.linkTarget)}
    feedback-url=${ifDefined(args.feedbackUrl || undefined)}
    href=${ifDefined(args.href || undefined)}
    courses-src=${ifDefined(args.coursesSrc || undefined)}
    courses-format=${ifDefined(args.coursesFormat)}
    now=${ifDefined(args.now || undefined)}
    @mb-guide-show=${onLoad ?? (() => undefined)}
    >${content}</mb-guide-card
  >`;

const meta: Meta<Args> = {
  title: 'Widgets/Guide card',
  component: 'mb-guide-card',
  args: {
    guide: 'change-address',
    variant: 'full',
    lang: '',
    headingLevel: 2,
    linkTarget: 'new-window',
    feedbackUrl: '',
    href: '',
    coursesSrc: '',
    coursesFormat: 'auto',
    now: '',
  },
  argTypes: {
    guide: { control: 'select', options: Object.keys(BUILT_IN_GUIDES) },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    lang: { control: 'inline-radio', options: ['', ...LANGUAGES] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    linkTarget: { control: 'inline-radio', options: ['new-window', 'same-window'] },
    coursesFormat: { control: 'select', options: ['auto', ...Object.keys(FORMATS)] },
  },
  render: (args) => card(args),
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

export const MitID: Story = { args: { guide: 'mitid' } };
export const DigitalPost: Story = { args: { guide: 'digital-post' } };
export const ChangeAddress: Story = { args: { guide: 'change-address' } };
export const HealthCard: Story = { args: { guide: 'health-card' } };
export const EuHealthCard: Story = { args: { guide: 'eu-health-card' } };
export const Passport: Story = { args: { guide: 'passport' } };
export const HousingBenefit: Story = { args: { guide: 'housing-benefit' } };
export const StatePension: Story = { args: { guide: 'state-pension' } };
export const DigitalPowerOfAttorney: Story = { args: { guide: 'digital-power-of-attorney' } };
export const ChangeDoctor: Story = { args: { guide: 'change-doctor' } };
export const ChangeAddressEnglish: Story = { args: { guide: 'change-address', lang: 'en' } };
export const MitIDEnglish: Story = { args: { guide: 'mitid', lang: 'en' } };

/**
 * "Næste kursus" in the help section: the next course on the guide's topic from the library's course feed. The demo
 * feeds hold courses in March–April 2026, so `now` is set to a day before them.
 */
export const WithNextCourse: Story = {
  name: 'Med næste kursus',
  args: { guide: 'mitid', coursesSrc: '/data/courses.json', now: '2026-03-02T09:00:00+01:00' },
};
export const WithNextCourseEnglish: Story = {
  name: 'Med næste kursus (English)',
  args: { ...WithNextCourse.args, lang: 'en' },
};
/** From a DPL CMS feed: the Digital Post guide shows the next Digital Post course. */
export const WithNextCourseFromDpl: Story = {
  name: 'Med næste kursus fra DPL CMS',
  args: {
    guide: 'digital-post',
    coursesSrc: '/data/dpl-events.json',
    coursesFormat: 'dpl',
    now: '2026-03-02T09:00:00+01:00',
  },
};

/** The tile for front pages and campaign areas: title, purpose and one link. */
export const Compact: Story = {
  render: (args) =>
    html`<div style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr))">
      ${['mitid', 'digital-post', 'change-address', 'health-card'].map((guide) =>
        card({ ...args, guide, variant: 'compact', headingLevel: 3 }),
      )}
    </div>`,
};
export const CompactEnglish: Story = { ...Compact, args: { lang: 'en' } };
/** A tile that links to the library's own page with the full guide. */
export const CompactToOwnPage: Story = { args: { guide: 'passport', variant: 'compact', href: '/vejledninger/pas' } };

export const ChecklistTicked: Story = { render: (args) => card(args, nothing, tickAll) };
export const ChecklistTickedEnglish: Story = { ...ChecklistTicked, args: { lang: 'en' } };
export const AllStepsOpen: Story = { args: { guide: 'mitid' }, render: (args) => card(args, nothing, openAll) };
export const AllStepsOpenEnglish: Story = { ...AllStepsOpen, args: { guide: 'mitid', lang: 'en' } };

/** The library's own words in the `help` slot. */
export const LibraryHelp: Story = {
  args: { guide: 'digital-post' },
  render: (args) =>
    card(
      args,
      html`<div slot="help">
        <p>Kom til IT-caféen på Hovedbiblioteket hver tirsdag kl. 10–12. Du behøver ikke at tilmelde dig.</p>
        <p>Tag din telefon og dit MitID med. Vi viser dig, hvordan du gør – du logger selv ind.</p>
      </div>`,
    ),
};

/** The opt-in "Fik du løst opgaven?" form (nothing is sent until the citizen presses "Send svar"). */
export const Feedback: Story = { args: { guide: 'housing-benefit', feedbackUrl: '/feedback' } };
export const FeedbackEnglish: Story = { args: { guide: 'housing-benefit', feedbackUrl: '/feedback', lang: 'en' } };

/** Ready to print: every step open and the QR code drawn. Open the browser's print preview to see the handout. */
export const PrintHandout: Story = {
  args: { guide: 'change-address' },
  render: (args) =>
    card(
      args,
      nothing,
      whenShown((el) => void el.preparePrint()),
    ),
};

/** A library's own guide, loaded from `src` in the guide format (schemas/guide.schema.json). */
export const CustomGuideFromSrc: Story = {
  render: (args) =>
    html`<mb-guide-card
      src="/data/guide-card/library-wifi.json"
      lang=${ifDefined(args.lang || undefined)}
    ></mb-guide-card>`,
};

/** A library's own guide written inline as JSON. */
export const CustomGuideInline: Story = {
  render: (args) =>
    html`<mb-guide-card lang=${ifDefined(args.lang || undefined)}
      ><script type="application/json">
        {
          "id": "print-at-library",
          "title": "Print på biblioteket",
          "purpose": "Sådan printer du fra din egen telefon på biblioteket.",
          "needs": ["Dit lånerkort", "Din telefon"],
          "steps": [
            { "title": "Send filen til printeren", "text": "Brug bibliotekets printside på din telefon." },
            { "title": "Hent dit print", "text": "Log ind på printeren med dit lånerkort." }
          ],
          "action": { "label": "bibliotekets print", "url": "https://bibliotek.example.dk/print" },
          "sources": [{ "label": "Hovedbiblioteket" }],
          "checkedOn": "2026-01-15"
        }
      </script></mb-guide-card
    >`,
};

export const UnknownGuide: Story = { args: { guide: 'tax-return' } };
export const UnknownGuideEnglish: Story = { args: { guide: 'tax-return', lang: 'en' } };
export const InvalidGuide: Story = {
  render: (args) =>
    html`<mb-guide-card lang=${ifDefined(args.lang || undefined)}
      ><script type="application/json">
        { "id": "Not valid", "title": "", "steps": [] }
      </script></mb-guide-card
    >`,
};
export const InvalidGuideEnglish: Story = { ...InvalidGuide, args: { lang: 'en' } };
