import type { ReactiveControllerHost } from 'lit';
import type { Lang } from '../core/localize.js';
import type { CourseEvent } from './model.js';

/** The detail of `mb-course-export`. */
export interface CourseExportDetail {
  key: string;
  title: string;
  sessions: number;
  fileName: string;
}

/**
 * "Tilføj til kalender": writes a course's `.ics` file (every session of its series) with the lazily loaded writer
 * and offers it. `failed` names the course whose file could not be made (the writer did not load, e.g. after a new
 * release), so its card can say so.
 */
export class CourseExport {
  failed?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly exported: (detail: CourseExportDetail) => void,
  ) {}

  async download(event: CourseEvent, all: readonly CourseEvent[], lang: Lang, now: Date): Promise<void> {
    this.failed = undefined;
    this.host.requestUpdate();
    const writer = await import('./export-ics.js').catch(() => undefined);
    if (!writer) {
      this.failed = event.key;
      this.host.requestUpdate();
      return;
    }
    const { downloadIcs, icsFileName, sessionsOf, toIcs } = writer;
    const sessions = sessionsOf(event, all);
    const fileName = icsFileName(sessions[0] ?? event, lang);
    downloadIcs(await toIcs(sessions, { lang, now }), fileName);
    this.exported({ key: event.key, title: event.title, sessions: sessions.length, fileName });
  }
}
