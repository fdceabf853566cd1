import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/guide-card/define.js';
import type { MbGuideCard } from '../src/guide-card/guide-card.js';
import { docsIntro, NOW, sideBySide, until, widget, type WidgetArgs, type WidgetOptions } from './support/widget.js';

/*
 * The guide card, one story per guide and per state. `now` is fixed in every story: the "Næste kursus" box reads
 * the demo feeds, whose courses lie in March–June 2026.
 */
const TAG = 'mb-guide-card';

/** Runs `then` on the card once its guide is shown: how stories reach a state a citizen clicks their way to. */
const whenShown = (then: (card: MbGuideCard) => void) => (event: Event) => {
  const card = event.currentTarget as MbGuideCard;
  void card.updateComplete.then(() => then(card));
};
const tickAll = whenShown((card) => {
  for (const box of card.shadowRoot!.querySelectorAll<HTMLInputElement>('.checklist input')) box.click();
});
const openAll = whenShown((card) => card.shadowRoot!.querySelector<HTMLButtonElement>('.show-all')?.click());

const shadowOf = (canvas: HTMLElement) => canvas.querySelector(TAG)?.shadowRoot;
const all = (canvas: HTMLElement, selector: string, test: (el: Element) => boolean) => {
  const found = [...(shadowOf(canvas)?.querySelectorAll(selector) ?? [])];
  return found.length > 0 && found.every(test);
};

const card = (args: WidgetArgs, options: WidgetOptions = {}) => widget(TAG, { ...args, now: NOW }, options);

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Borger.dk-vejledning',
  component: TAG,
  tags: ['autodocs'],
  args: { guide: 'change-address', variant: 'full', 'heading-level': 2, 'link-target': 'new-window' },
  render: (args) => card(args),
  parameters: {
    docs: {
      description: {
        component: docsIntro(
          TAG,
          'Én opgave på borger.dk trin for trin: det skal du bruge (en tjekliste), trinene, ét link til ' +
            'borger.dk, "Har du ikke MitID?" og hvor biblioteket kan hjælpe. Ti vejledninger er indbygget; ' +
            'biblioteket kan skrive sine egne.',
        ),
      },
    },
  },
};
export default meta;
type Story = StoryObj<WidgetArgs>;

/* Each built-in guide, by its Danish title. */
export const ChangeAddress: Story = { name: 'Meld flytning' };
export const MitID: Story = { name: 'Få MitID', args: { guide: 'mitid' } };
export const DigitalPost: Story = { name: 'Læs Digital Post', args: { guide: 'digital-post' } };
export const HealthCard: Story = { name: 'Bestil nyt sundhedskort', args: { guide: 'health-card' } };
export const EuHealthCard: Story = { name: 'Bestil det blå EU-sygesikringskort', args: { guide: 'eu-health-card' } };
export const Passport: Story = { name: 'Ansøg om eller forny pas', args: { guide: 'passport' } };
export const HousingBenefit: Story = { name: 'Søg boligstøtte', args: { guide: 'housing-benefit' } };
export const StatePension: Story = { name: 'Søg folkepension', args: { guide: 'state-pension' } };
export const DigitalPowerOfAttorney: Story = { name: 'Digital Fuldmagt', args: { guide: 'digital-power-of-attorney' } };
export const ChangeDoctor: Story = { name: 'Skift læge', args: { guide: 'change-doctor' } };

/** "Næste kursus" in the help section: the next course on the guide's topic from the library's course feed. */
export const WithNextCourse: Story = {
  name: 'Med bibliotekets næste kursus',
  args: { guide: 'mitid', 'courses-src': '/data/courses.json' },
};

/** From a DPL CMS feed: the Digital Post guide shows the next Digital Post course. */
export const WithNextCourseFromDpl: Story = {
  name: 'Med næste kursus fra DPL CMS',
  args: { guide: 'digital-post', 'courses-src': '/data/dpl-events.json', 'courses-format': 'dpl' },
};

/** The tile for front pages and campaign areas: title, purpose and one link. */
export const Compact: Story = {
  name: 'Fliser til forsiden',
  args: { variant: 'compact', 'heading-level': 3 },
  render: (args) => {
    const grid = document.createElement('div');
    grid.setAttribute('style', 'display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr))');
    for (const guide of ['mitid', 'digital-post', 'change-address', 'health-card'])
      grid.append(card({ ...args, guide }));
    return grid;
  },
};

/** A tile that links to the library's own page with the full guide. */
export const CompactToOwnPage: Story = {
  name: 'Flise til bibliotekets egen side',
  args: { guide: 'passport', variant: 'compact', href: '/vejledninger/pas' },
};

export const ChecklistTicked: Story = {
  name: 'Tjeklisten krydset af',
  render: (args) => card(args, { on: { 'mb-guide-show': tickAll } }),
  play: ({ canvasElement }) =>
    until(canvasElement, () => all(canvasElement, '.checklist input', (box) => (box as HTMLInputElement).checked)),
};

export const AllStepsOpen: Story = {
  name: 'Alle trin åbne',
  args: { guide: 'mitid' },
  render: (args) => card(args, { on: { 'mb-guide-show': openAll } }),
  play: ({ canvasElement }) =>
    until(canvasElement, () => all(canvasElement, '.show-all', (button) => button.ariaExpanded === 'true')),
};

/** The library's own words in the `help` slot. */
export const LibraryHelp: Story = {
  name: 'Bibliotekets egen hjælp',
  args: { guide: 'digital-post' },
  render: (args) =>
    card(args, {
      content: html`<div slot="help">
        <p>Kom til IT-caféen på Hovedbiblioteket hver tirsdag kl. 10–12. Du behøver ikke at tilmelde dig.</p>
        <p>Tag din telefon og dit MitID med. Vi viser dig, hvordan du gør – du logger selv ind.</p>
      </div>`,
    }),
};

/** The opt-in "Fik du løst opgaven?" form (nothing is sent until the citizen presses "Send svar"). */
export const Feedback: Story = {
  name: 'Fik du løst opgaven?',
  args: { guide: 'housing-benefit', 'feedback-url': '/feedback' },
};

/** Ready to print: every step open and the QR code drawn. Open the browser's print preview to see the handout. */
export const PrintHandout: Story = {
  name: 'Klar til udskrift',
  render: (args) => card(args, { on: { 'mb-guide-show': whenShown((el) => void el.preparePrint()) } }),
  play: ({ canvasElement }) => until(canvasElement, () => Boolean(shadowOf(canvasElement)?.querySelector('.qr svg'))),
};

/** A library's own guide, loaded from `src` in the guide format (schemas/guide.schema.json). */
export const CustomGuideFromSrc: Story = {
  name: 'Bibliotekets egen vejledning fra en fil',
  args: { guide: undefined, src: '/data/guide-card/library-wifi.json' },
};

/** A library's own guide written inline as JSON. */
export const CustomGuideInline: Story = {
  name: 'Bibliotekets egen vejledning skrevet i siden',
  args: { guide: undefined },
  render: (args) =>
    card(args, {
      content: html`<script type="application/json">
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
      </script>`,
    }),
};

/** A guide id the card does not know: a clear message, nothing else. */
export const UnknownGuide: Story = { name: 'Ukendt vejledning', args: { guide: 'tax-return' } };

/** An inline guide that fails validation. */
export const InvalidGuide: Story = {
  name: 'Vejledningen kan ikke læses',
  args: { guide: undefined },
  render: (args) =>
    card(args, {
      content: html`<script type="application/json">
        { "id": "Not valid", "title": "", "steps": [] }
      </script>`,
    }),
};

/** The same guide in Danish and in English, whatever the toolbar says. */
export const SideBySide: Story = {
  name: 'Dansk og engelsk side om side',
  args: { guide: 'mitid' },
  render: (args) => sideBySide((lang) => card(args, { lang, content: nothing })),
};
