import type { ReactiveControllerHost } from 'lit';
import type { Lang } from '../core/localize.js';
import type { CardContext } from './card.js';
import { looksLikeHtml } from './format.js';
import type { CourseEvent } from './model.js';
import { SanitizedBodies } from './sanitize.js';

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
class CourseExport {
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

let ids = 0;

export interface CardHost {
  /** Every session read. */
  events(): readonly CourseEvent[];
  toggled(detail: { key: string; open: boolean }): void;
  exported(detail: CourseExportDetail): void;
}

/**
 * The state behind the course cards: which courses are open, their sanitised descriptions, and the `.ics` export.
 * It completes the card context the templates render with, so the templates never reach into the element.
 */
export class CardController {
  private expanded = new Set<string>();
  private readonly uid = `mb-cc-${++ids}`;
  private readonly exporter: CourseExport;
  private readonly bodies: SanitizedBodies;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly cards: CardHost,
  ) {
    this.exporter = new CourseExport(host, (detail) => cards.exported(detail));
    this.bodies = new SanitizedBodies(host);
  }

  /** Opens or closes a course; an opened course's HTML description starts to be sanitised. */
  toggle(key: string): void {
    const open = !this.expanded.has(key);
    this.expanded = new Set(this.expanded);
    if (open) {
      this.expanded.add(key);
      this.bodies.prepare(
        this.cards.events().filter((event) => event.key === key),
        looksLikeHtml,
      );
    } else this.expanded.delete(key);
    this.host.requestUpdate();
    this.cards.toggled({ key, open });
  }

  /** The card context: the calendar's words and data, with this controller's state and callbacks. */
  context(
    base: Omit<CardContext, 'uid' | 'isOpen' | 'toggle' | 'body' | 'exportCourse' | 'exportFailed'>,
  ): CardContext {
    return {
      ...base,
      uid: this.uid,
      isOpen: (key) => this.expanded.has(key),
      toggle: (key) => this.toggle(key),
      body: (event) => this.bodies.get(event),
      exportCourse: (event) => void this.exporter.download(event, this.cards.events(), base.lang, base.now),
      exportFailed: this.exporter.failed,
    };
  }
}
