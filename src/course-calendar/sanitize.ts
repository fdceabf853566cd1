/*
 * HTML descriptions from feeds (DPL `body`, LibCal `description`) are untrusted. DOMPurify, a well-kept sanitiser,
 * is loaded only when a description actually contains markup; it keeps a strict allow-list of text structure and
 * links, and every href then passes `safeUrl` (http(s), mailto, tel). Until it has loaded, and if it fails to load,
 * the description shows as plain text.
 */
import type { ReactiveControllerHost } from 'lit';
import { safeUrl } from '../core/url.js';
import type { CourseEvent } from './model.js';

const ALLOWED_TAGS = ['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'a'];

type Purify = (typeof import('dompurify'))['default'];
let purifier: Promise<Purify> | undefined;

function loadPurifier(): Promise<Purify> {
  purifier ??= import('dompurify').then((module) => module.default);
  return purifier;
}

/** Sanitises `html` into a fragment of allowed elements; links are made safe or reduced to their text. */
export async function sanitize(html: string, base?: string): Promise<DocumentFragment> {
  const purify = await loadPurifier();
  const fragment = purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    RETURN_DOM_FRAGMENT: true,
  });
  for (const anchor of fragment.querySelectorAll('a')) {
    const href = safeUrl(anchor.getAttribute('href'), base || undefined);
    if (href) {
      anchor.setAttribute('href', href);
    } else {
      anchor.replaceWith(...anchor.childNodes);
    }
  }
  return fragment;
}

/**
 * A course's long description, sanitised once DOMPurify has loaded (by `prepare`, before render); until then the
 * card shows it as plain text.
 */
export class SanitizedBodies {
  private readonly made = new Map<string, DocumentFragment | null>();

  constructor(private readonly host: ReactiveControllerHost) {}

  get(event: CourseEvent): DocumentFragment | undefined {
    return this.made.get(event.key) ?? undefined;
  }

  /** Starts sanitising the descriptions of these (open) courses that are HTML and not done yet. */
  prepare(events: Iterable<CourseEvent>, looksLikeHtml: (body: string) => boolean): void {
    for (const event of events) {
      const body = event.bodyHtml;
      if (!body || this.made.has(event.key) || !looksLikeHtml(body)) continue;
      this.made.set(event.key, null);
      sanitize(body, event.source.feedUrl).then(
        (fragment) => {
          this.made.set(event.key, fragment);
          this.host.requestUpdate();
        },
        () => undefined, // the text version stays
      );
    }
  }
}
