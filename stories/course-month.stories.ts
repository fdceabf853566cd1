import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/course-calendar/define-month.js';
import type { CourseEvent } from '../src/course-calendar/model.js';
import { readIcs } from '../src/course-calendar/sources/ics.js';

/*
 * The month view on its own: the calendar shows it for `view="month"`. Data: the branch's Outlook calendar in
 * demo/data (a weekly IT café across the spring DST change, one week left out, one session moved).
 */
const loadBranch = async () => {
  const text = await (await fetch('/data/course-calendar/filial-nord.ics')).text();
  const { events } = await readIcs(text, {
    from: new Date('2026-01-01T00:00:00+01:00'),
    to: new Date('2026-12-31T00:00:00+01:00'),
    feedUrl: '/data/course-calendar/filial-nord.ics',
    loadedAt: '2026-03-01T09:00:00+01:00',
  });
  return { events };
};

interface Args {
  month: string;
  today: string;
  min?: string;
  max?: string;
  selected?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Kursuskalender/Månedsvisning',
  component: 'mb-course-month',
  args: { month: '2026-03', today: '2026-03-10' },
  loaders: [loadBranch],
  render: (args, { loaded }) =>
    html`<mb-course-month
      month=${args.month}
      today=${args.today}
      min=${ifDefined(args.min)}
      max=${ifDefined(args.max)}
      selected=${ifDefined(args.selected)}
      lang=${ifDefined(args.lang)}
      .events=${(loaded as { events: CourseEvent[] }).events}
    ></mb-course-month>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** A day chosen: the calendar then lists that day's courses under the table. */
export const DayChosen: Story = { args: { selected: '2026-03-05' } };

/** The first and last month one may visit: the buttons say so with `aria-disabled` and keep focus. */
export const RangeEnds: Story = { args: { min: '2026-03', max: '2026-03' } };

/** A month without courses. */
export const EmptyMonth: Story = { args: { month: '2026-07' } };

export const English: Story = { args: { lang: 'en' } };

/** 320 px wide: the table still fits; the element sets `narrow`, so the calendar may show its list instead. */
export const Narrow: Story = {
  render: (args, context) => html`<div style="width:320px">${meta.render!(args, context)}</div>`,
};
