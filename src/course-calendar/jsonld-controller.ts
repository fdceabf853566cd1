import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../core/localize.js';
import type { CourseEvent } from './model.js';

/** The JSON-LD describes at most this many of the courses on show (the first ones). */
export const JSONLD_LIMIT = 100;

export interface JsonLdSource {
  /** The courses on show, or none when JSON-LD is off or nothing is read. */
  events(): readonly CourseEvent[];
  lang(): Lang;
}

/**
 * Describes the courses on show to search engines as schema.org events in a `<script type="application/ld+json"
 * data-mb-jsonld>` child of the element (light DOM, where crawlers read it), kept in step with the filters and the
 * data after every update. Its code is a lazy chunk, loaded the first time there is something to describe.
 */
export class JsonLdController implements ReactiveController {
  private module?: Promise<typeof import('./jsonld.js')>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: JsonLdSource,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // At most the first JSONLD_LIMIT: a whole municipality's feed (50,000 sessions) would write megabytes of
    // JSON-LD into the page on every render and hold it for seconds.
    const events = this.source.events().slice(0, JSONLD_LIMIT);
    if (!this.module && !events.length) return;
    this.module ??= import('./jsonld.js');
    const lang = this.source.lang();
    void this.module.then(({ keysDescribedElsewhere, toJsonLd, writeJsonLd }) => {
      const data = events.length
        ? toJsonLd(events, { lang, pageUrl: location.href, skip: keysDescribedElsewhere(this.host) })
        : undefined;
      writeJsonLd(this.host, data, data ? events.map((event) => event.key) : []);
    });
  }
}
