import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/course-calendar/define.js';
import { VIEWS } from '../src/course-calendar/views/index.js';

/*
 * The calendar's month view and its "Udskriv kursusoversigt" button, with the demo library's own feed. "Now" is
 * fixed, so the month shown never changes with the date. The printed sheet itself is previewed on screen in
 * "Kursuskalender/Tilføjelser" (a browser cannot show print media in a story).
 */
const NOW = '2026-03-02T09:00:00+01:00';

interface Args {
  src: string;
  view: string;
  topic?: string;
  controls?: string;
  now: string;
  lang?: string;
  noPrint: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Kursuskalender/Måned og udskrift',
  component: 'mb-course-calendar',
  args: { src: '/data/courses.json', view: 'month', now: NOW, noPrint: false },
  argTypes: {
    view: { control: 'inline-radio', options: Object.keys(VIEWS) },
  },
  render: (args) =>
    html`<mb-course-calendar
      src=${args.src}
      view=${args.view}
      topic=${ifDefined(args.topic)}
      controls=${ifDefined(args.controls)}
      now=${args.now}
      lang=${ifDefined(args.lang)}
      ?no-print=${args.noPrint}
    ></mb-course-calendar>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Waits for the month table (its code is a lazy chunk) and chooses a day, as a citizen would. */
async function chooseDay(canvas: HTMLElement, day: string): Promise<void> {
  const calendar = canvas.querySelector('mb-course-calendar')!;
  for (let i = 0; i < 200; i += 1) {
    const button = calendar.shadowRoot
      ?.querySelector('mb-course-month')
      ?.shadowRoot?.querySelector<HTMLButtonElement>(`button[data-day="${day}"]`);
    if (button) {
      button.click();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every attribute as a control; starts in the month view. */
export const Playground: Story = {};

/** March 2026 with its course days; choose a day to list its courses. */
export const Month: Story = {};

/** A day chosen: its courses under a heading naming the day, opening in place as in the list. */
export const MonthDayChosen: Story = {
  play: async ({ canvasElement }) => chooseDay(canvasElement, '2026-03-03'),
};

/** Filters apply to the month: MitID courses only. */
export const MonthFiltered: Story = { args: { topic: 'mitid', controls: 'topic search' } };

/** Too narrow for a month (a 320 px column): the list, with a short note. */
export const MonthNarrow: Story = {
  render: (args) =>
    html`<div style="max-width:320px">
      <mb-course-calendar
        view="month"
        src=${args.src}
        now=${args.now}
        lang=${ifDefined(args.lang)}
      ></mb-course-calendar>
    </div>`,
};

/** The agenda with the "Udskriv kursusoversigt" button, filtered to MitID: the button prints what is shown. */
export const ListWithPrint: Story = { args: { view: 'list', topic: 'mitid' } };

/** English, whatever the page says. */
export const EnglishMonth: Story = { args: { lang: 'en' } };
export const EnglishMonthDayChosen: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => chooseDay(canvasElement, '2026-03-05'),
};
