// Shared by the tests of the calendar's modules and of the element's lazily loaded parts.
import { formatDay, formatTime } from '../../src/core/time.js';
import type { CourseEvent } from '../../src/course-calendar/model.js';

/** "tirsdag 3. marts 2026 10.00": the Copenhagen wall time a citizen reads. */
export const copenhagenWall = (iso: string): string =>
  `${formatDay(new Date(iso), 'da')} ${formatTime(new Date(iso), 'da')}`;

/** A session with every required field; tests override what they are about. */
export function course(overrides: Partial<CourseEvent> & { id?: string } = {}): CourseEvent {
  const { id = 'mitid-1', ...rest } = overrides;
  return {
    key: `medborger:${id}`,
    source: { kind: 'medborger', id, feedUrl: '', loadedAt: '2026-02-01T12:00:00+01:00' },
    title: 'MitID – kom godt i gang',
    start: '2026-03-03T10:00:00+01:00',
    end: '2026-03-03T12:00:00+01:00',
    allDay: false,
    status: 'scheduled',
    mode: 'inPerson',
    categories: [],
    tags: [],
    audiences: [],
    languages: ['da'],
    presenters: [],
    partners: [],
    ...rest,
  };
}

/**
 * Loads the lazily loaded modules a test file exercises once, before its tests, so that a cold module load on a busy
 * machine cannot time out a test; and runs each test's `cleanups` (restored stubs) after it, last added first.
 */
export function warmUpAndCleanUp(cleanups: (() => void)[], ...modules: (() => Promise<unknown>)[]): void {
  before(async function () {
    this.timeout(60_000);
    await Promise.all(modules.map((load) => load()));
  });
  afterEach(() => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  });
}
