// Shared by the tests of the iCalendar, JSON-LD, month and print modules.
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
