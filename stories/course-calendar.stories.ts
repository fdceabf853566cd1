import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import libcal from '../test/course-calendar/fixtures/libcal.json' with { type: 'json' };
import partial from '../test/course-calendar/fixtures/courses.json' with { type: 'json' };
import '../src/course-calendar/define.js';
import { FORMATS } from '../src/course-calendar/sources/formats.js';
import { VIEWS } from '../src/course-calendar/views/index.js';

/** Every story fixes "now", so the demo data always lies ahead and the stories never change with the date. */
const NOW = '2026-03-02T09:00:00+01:00';

/*
 * Storybook has no slow or failing server, so the Loading stories hold a request to a `/__pending__/` address open
 * until the widget aborts it, and the error stories get a 503 for `/__expected-error__/` without a network request
 * (a real 404 would also log a browser console error). No other address is affected.
 */
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.includes('/__expected-error__/')) return Promise.resolve(new Response('', { status: 503 }));
  if (!url.includes('/__pending__/')) return realFetch(input, init);
  return new Promise<Response>((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
  });
};

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

interface Args {
  src?: string;
  format: string;
  view: string;
  limit?: number;
  topic?: string;
  branch?: string;
  category?: string;
  from?: string;
  to?: string;
  controls?: string;
  now: string;
  lang?: string;
  courses?: unknown;
  timeout?: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Kursuskalender',
  component: 'mb-course-calendar',
  args: { src: '/data/courses.json', format: 'auto', view: 'list', now: NOW },
  argTypes: {
    format: { control: 'select', options: ['auto', ...Object.keys(FORMATS)] },
    view: { control: 'inline-radio', options: Object.keys(VIEWS) },
    src: { control: 'text' },
    courses: { table: { disable: true } },
  },
  render: (args) =>
    html`<mb-course-calendar
      src=${ifDefined(args.src)}
      format=${args.format}
      view=${args.view}
      limit=${ifDefined(args.limit)}
      topic=${ifDefined(args.topic)}
      branch=${ifDefined(args.branch)}
      category=${ifDefined(args.category)}
      from=${ifDefined(args.from)}
      to=${ifDefined(args.to)}
      controls=${ifDefined(args.controls)}
      timeout=${ifDefined(args.timeout)}
      now=${args.now}
      lang=${ifDefined(args.lang)}
      .courses=${args.courses ?? nothing}
    ></mb-course-calendar>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Every attribute as a control. Data: the demo library's own JSON feed. */
export const Playground: Story = {};

/** The agenda read from a DPL CMS events feed (prices in whole kroner, five states, a series). */
export const DplFeed: Story = { args: { src: '/data/dpl-events.json', format: 'dpl' } };

/** A LibCal API 1.1 response (seats and seats taken, wait list, campus, audience, presenter). */
export const LibCalFeed: Story = { args: { src: undefined, format: 'libcal', courses: libcal } };

/** "Our next courses" for a front page or sidebar. */
export const Compact: Story = { args: { view: 'compact', limit: 3 } };

/** An editor's preset: MitID courses only, with just the topic chips shown. */
export const PresetTopic: Story = { args: { topic: 'mitid', controls: 'topic search' } };

/** The IT café series at one branch, no controls. */
export const PresetCategoryNoControls: Story = { args: { category: 'IT-café', controls: 'none' } };

/** The skeleton while the feed loads (`aria-busy`). */
export const Loading: Story = { args: { src: '/__pending__/courses.json', timeout: 3_600_000 } };

/** No upcoming courses. */
export const Empty: Story = { args: { now: '2030-01-01T00:00:00+01:00' } };

/** The feed could not be fetched: a message and "Prøv igen". */
export const LoadFailed: Story = { args: { src: '/__expected-error__/courses.json' } };

/** Some records could not be read: they are skipped, counted and mentioned. */
export const Partial: Story = { args: { src: undefined, format: 'json', courses: partial } };

/** A whole municipality's feed: only the rows on screen are rendered. */
export const BigFeed: Story = { args: { src: undefined, format: 'dpl', courses: bigFeed } };

/** English, whatever the page says. */
export const English: Story = { args: { lang: 'en' } };
export const EnglishCompact: Story = { args: { lang: 'en', view: 'compact' } };
export const EnglishLoading: Story = { args: { lang: 'en', src: '/__pending__/courses.json', timeout: 3_600_000 } };
export const EnglishEmpty: Story = { args: { lang: 'en', now: '2030-01-01T00:00:00+01:00' } };
export const EnglishLoadFailed: Story = { args: { lang: 'en', src: '/__expected-error__/courses.json' } };
export const EnglishPartial: Story = { args: { lang: 'en', src: undefined, format: 'json', courses: partial } };
