import type { Meta, StoryObj } from '@storybook/web-components-vite';
import libcal from '../test/course-calendar/fixtures/libcal.json' with { type: 'json' };
import partial from '../test/course-calendar/fixtures/courses.json' with { type: 'json' };
import '../src/course-calendar/define.js';
import { docsIntro, holdStill, NOW, sideBySide, widget, type WidgetArgs } from './support/widget.js';

/*
 * The course calendar, one story per state a citizen or an editor meets. Data: the demo library's feeds in demo/data
 * and the fixtures under test/course-calendar/fixtures; "now" is fixed, so the stories never change with the date.
 * The language comes from the Sprog toolbar; "Dansk og engelsk side om side" shows both at once.
 */
const TAG = 'mb-course-calendar';
const ICS_URL = '/data/course-calendar/filial-nord.ics';
const DPL_URL = '/data/dpl-events.json';

/** 10,000 sessions over a year and a half, like a whole municipality's DPL feed. */
const bigFeed = Array.from({ length: 10_000 }, (_, i) => ({
  uuid: `big-${i}`,
  title: ['MitID – kom godt i gang', 'Digital Post for begyndere', 'IT-café', 'sundhed.dk og Min Læge'][i % 4],
  state: i % 37 === 0 ? 'Cancelled' : 'Active',
  date_time: {
    start: new Date(Date.parse('2026-03-02T09:00:00Z') + i * 3_600_000).toISOString(),
    end: new Date(Date.parse('2026-03-02T10:00:00Z') + i * 3_600_000).toISOString(),
  },
  branches: [['Hovedbiblioteket', 'Filial Nord', 'Filial Syd'][i % 3]],
  tags: [['MitID', 'Digital Post', 'IT-hjælp', 'sundhed.dk'][i % 4]],
}));

const calendar = (args: WidgetArgs, props?: Record<string, unknown>) => widget(TAG, { ...args, now: NOW }, { props });

/**
 * Waits for the month table (its code is a lazy chunk) and chooses a day, as a citizen would. In a column too narrow
 * for a month the calendar shows its list instead (the month element sets `narrow` once it has measured itself), and
 * no day is chosen: the same state every time, whatever the screen width.
 */
async function chooseDay(canvas: HTMLElement, day: string): Promise<void> {
  const el = canvas.querySelector(TAG)!;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  for (let i = 0; i < 200; i += 1) {
    const month = el.shadowRoot?.querySelector('mb-course-month');
    const button = month?.shadowRoot?.querySelector<HTMLButtonElement>(`button[data-day="${day}"]`);
    if (month && button) {
      await frame();
      await frame();
      await (month as Element & { updateComplete: Promise<unknown> }).updateComplete;
      if (!month.hasAttribute('narrow') && month.isConnected) button.click();
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await holdStill(canvas);
}

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Kursuskalender',
  component: TAG,
  tags: ['autodocs'],
  args: { src: '/data/courses.json', format: 'auto', view: 'list' },
  render: (args) => calendar(args),
  parameters: {
    docs: {
      description: {
        component: docsIntro(
          TAG,
          'Bibliotekets kurser og hjælp (MitID, Digital Post, IT-caféen …) fra de feeds, bibliotekerne har: ' +
            'bibliotekets egen JSON, DPL CMS, LibCal og iCalendar (Outlook). Som liste under dagsoverskrifter, ' +
            'kompakt til en forside eller som måned. Vælg et sprog i værktøjslinjen.',
        ),
      },
    },
  },
};
export default meta;
type Story = StoryObj<WidgetArgs>;

/** The demo library's own JSON feed, every control free to change. */
export const FromLibraryFeed: Story = { name: 'Kurser fra bibliotekets feed' };

/** A DPL CMS events feed: prices in whole kroner, five states, a series. */
export const FromDpl: Story = { name: 'Kurser fra DPL CMS', args: { src: DPL_URL, format: 'dpl' } };

/** A LibCal API 1.1 response: seats and seats taken, wait list, campus, audience, presenter. */
export const FromLibCal: Story = {
  name: 'Kurser fra LibCal',
  args: { src: undefined, format: 'libcal' },
  render: (args) => calendar(args, { courses: libcal }),
};

/** A branch's Outlook calendar (`format="ics"`): a weekly series across the DST change, a moved session. */
export const FromOutlook: Story = {
  name: 'Kurser fra en Outlook-kalender (iCalendar)',
  args: { src: ICS_URL, format: 'ics' },
};

/** The DPL feed and the branch's `.ics` in one `src`: the course both list (MitID, 4 March at 10.00) shows once. */
export const SeveralSources: Story = { name: 'To kilder i én kalender', args: { src: `${DPL_URL} ${ICS_URL}` } };

/** One of the two feeds answers 404: the branch's courses show, with a short note naming the feed that failed. */
export const OneSourceFails: Story = {
  name: 'Den ene kilde svarer ikke',
  args: { src: `/data/__expected-error__/missing.json ${ICS_URL}` },
};

/** "Our next courses" for a front page or sidebar. */
export const Compact: Story = { name: 'De næste tre kurser (kompakt)', args: { view: 'compact', limit: 3 } };

/** An editor's preset: MitID courses only, with the topic chips and search; the print button prints what is shown. */
export const PresetTopic: Story = {
  name: 'Kun MitID-kurser, valgt af redaktøren',
  args: { topic: 'mitid', controls: 'topic search' },
};

/** The IT café series, no filters. */
export const PresetCategoryNoControls: Story = {
  name: 'IT-caféen uden filtre',
  args: { category: 'IT-café', controls: 'none' },
};

/** The month view: March 2026 with its course days. */
export const Month: Story = { name: 'Måned', args: { view: 'month' } };

/** A day chosen: its courses under a heading naming the day, opening in place as in the list. */
export const MonthDayChosen: Story = {
  name: 'Måned med en dag valgt',
  args: { view: 'month' },
  play: ({ canvasElement }) => chooseDay(canvasElement, '2026-03-03'),
};

/** Filters apply to the month: MitID courses only. */
export const MonthFiltered: Story = {
  name: 'Måned med kun MitID-kurser',
  args: { view: 'month', topic: 'mitid', controls: 'topic search' },
};

/** Too narrow for a month (a 320 px column): the list, with a short note. */
export const MonthNarrow: Story = {
  name: 'For smal til en måned (320 px)',
  args: { view: 'month' },
  render: (args) => {
    const column = document.createElement('div');
    column.style.maxWidth = '320px';
    column.append(calendar(args));
    return column;
  },
};

/** The skeleton while the feed loads (`aria-busy`), held still for the screenshot. */
export const Loading: Story = {
  name: 'Kurserne hentes',
  args: { src: '/__pending__/courses.json' },
  render: (args) => widget(TAG, { ...args, now: NOW, timeout: 3_600_000 }),
  play: ({ canvasElement }) => holdStill(canvasElement),
};

/** No upcoming courses. */
export const Empty: Story = {
  name: 'Ingen kurser lige nu',
  render: (args) => widget(TAG, { ...args, now: '2030-01-01T00:00:00+01:00' }),
};

/** The feed could not be fetched: a message and "Prøv igen". */
export const LoadFailed: Story = { name: 'Feedet kan ikke hentes', args: { src: '/__expected-error__/courses.json' } };

/** Some records could not be read: they are skipped, counted and mentioned. */
export const Partial: Story = {
  name: 'Nogle kurser kan ikke læses',
  args: { src: undefined, format: 'json' },
  render: (args) => calendar(args, { courses: partial }),
};

/** A whole municipality's feed: only the rows on screen are rendered. */
export const BigFeed: Story = {
  name: 'Hele kommunens feed (10.000 kurser)',
  args: { src: undefined, format: 'dpl' },
  render: (args) => calendar(args, { courses: bigFeed }),
};

/** The same calendar in Danish and in English, whatever the toolbar says. */
export const SideBySide: Story = {
  name: 'Dansk og engelsk side om side',
  args: { view: 'compact', limit: 3 },
  render: (args) => sideBySide((lang) => widget(TAG, { ...args, now: NOW }, { lang })),
};
