import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Lang } from '../core/localize.js';
import type { CardContext } from './card.js';
import { looksLikeHtml } from './format.js';
import type { CourseEvent } from './model.js';
import type { SanitizedBodies } from './sanitize.js';

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

type Details = typeof import('./card-details.js');
let details: Details | undefined;
let loadingDetails: Promise<Details> | undefined;
let detailsFailed = false;

/** Loads the details templates once for every calendar on the page. */
function loadDetails(): Promise<Details> {
  loadingDetails ??= import('./card-details.js').then(
    (module) => (details = module),
    (error: unknown) => {
      detailsFailed = true;
      throw error;
    },
  );
  return loadingDetails;
}

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
export class CardController implements ReactiveController {
  private expanded = new Set<string>();
  private readonly uid = `mb-cc-${++ids}`;
  private readonly exporter: CourseExport;
  /** The sanitiser's cache, made once the details' code (which carries the sanitiser) has loaded. */
  private bodies?: SanitizedBodies;
  /** The courses opened so far, whose descriptions are sanitised once the sanitiser is there. */
  private readonly opened = new Map<string, CourseEvent>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly cards: CardHost,
  ) {
    this.exporter = new CourseExport(host, (detail) => cards.exported(detail));
    host.addController(this);
  }

  /** Before each render: the descriptions of the courses opened so far start to be sanitised (once each). */
  hostUpdate(): void {
    if (!details || !this.opened.size) return;
    this.bodies ??= new details.SanitizedBodies(this.host);
    this.bodies.prepare(this.opened.values(), looksLikeHtml);
    this.opened.clear();
  }

  /** Once there are courses to open, their details' code loads (before anyone opens one). */
  hostUpdated(): void {
    if (details || detailsFailed || !this.cards.events().length) return;
    loadDetails().then(
      () => this.host.requestUpdate(),
      () => this.host.requestUpdate(), // an open course says its details could not be had
    );
  }

  /** While a course is open and its details' code still loads: settles when it has (or failed). */
  get pending(): Promise<unknown> | undefined {
    return details || detailsFailed || !this.expanded.size ? undefined : loadDetails().catch(() => undefined);
  }

  /** Opens or closes a course; an opened course's HTML description starts to be sanitised. */
  toggle(key: string): void {
    const open = !this.expanded.has(key);
    this.expanded = new Set(this.expanded);
    if (open) {
      this.expanded.add(key);
      const event = this.cards.events().find((candidate) => candidate.key === key);
      if (event) this.opened.set(key, event);
    } else this.expanded.delete(key);
    this.host.requestUpdate();
    this.cards.toggled({ key, open });
  }

  /** The card context: the calendar's words and data, with this controller's state and callbacks. */
  context(
    base: Omit<CardContext, 'uid' | 'isOpen' | 'toggle' | 'body' | 'exportCourse' | 'exportFailed' | 'details'>,
  ): CardContext {
    const context: CardContext = {
      ...base,
      uid: this.uid,
      isOpen: (key) => this.expanded.has(key),
      toggle: (key) => this.toggle(key),
      body: (event) => this.bodies?.get(event),
      exportCourse: (event) => void this.exporter.download(event, this.cards.events(), base.lang, base.now),
      exportFailed: this.exporter.failed,
      details: (item, series, compact) =>
        details
          ? details.courseDetails(item, series, compact, context)
          : detailsFailed
            ? html`<p class="message error" part="message" role="alert">${base.t('common:errors.network')}</p>`
            : nothing,
    };
    return context;
  }
}
