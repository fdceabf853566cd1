import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/course-calendar/define-month.js';
import type { CourseEvent } from '../src/course-calendar/model.js';
import { readIcs } from '../src/course-calendar/sources/ics.js';
import { docsIntro, widget, type WidgetArgs } from './support/widget.js';

/*
 * The month view on its own: the calendar shows it for `view="month"`. Data: the branch's Outlook calendar in
 * demo/data (a weekly IT café across the spring DST change, one week left out, one session moved); `today` is fixed.
 */
const TAG = 'mb-course-month';
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

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Kursuskalender/Månedselementet',
  component: TAG,
  tags: ['autodocs'],
  args: { month: '2026-03', today: '2026-03-10' },
  loaders: [loadBranch],
  render: (args, { loaded }) => widget(TAG, args, { props: { events: (loaded as { events: CourseEvent[] }).events } }),
  parameters: {
    docs: {
      description: {
        component: docsIntro(
          TAG,
          'Månedsvisningen for sig selv: én tabel for én måned, som kursuskalenderen viser for `view="month"`.',
        ),
      },
    },
  },
};
export default meta;
type Story = StoryObj<WidgetArgs>;

/** March 2026, today the 10th, the IT café's days marked. */
export const CourseDays: Story = { name: 'En måned med kursusdage' };

/** A day chosen: the calendar then lists that day's courses under the table. */
export const DayChosen: Story = { name: 'En dag valgt', args: { selected: '2026-03-05' } };

/** The first and last month one may visit: the buttons say so with `aria-disabled` and keep focus. */
export const RangeEnds: Story = { name: 'Første og sidste måned', args: { min: '2026-03', max: '2026-03' } };

/** A month without courses. */
export const EmptyMonth: Story = { name: 'En måned uden kurser', args: { month: '2026-07' } };

/** 320 px wide: the table still fits; the element sets `narrow`, so the calendar may show its list instead. */
export const Narrow: Story = {
  name: '320 px bred',
  render: (args, context) => {
    const column = document.createElement('div');
    column.style.width = '320px';
    column.append(meta.render!(args, context) as HTMLElement);
    return column;
  },
};
