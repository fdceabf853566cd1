/*
 * HTML descriptions from feeds (DPL `body`, LibCal `description`) are untrusted. The browser's own sanitiser (the
 * HTML Sanitizer API, `Element.setHTML`: Chromium and Firefox have it) cleans them where there is one; elsewhere
 * DOMPurify, a well-kept sanitiser, is loaded, and only when a description actually contains markup (11 KB gzip
 * that most citizens then never download). Either way the result keeps a strict allow-list of text structure and
 * links, and every href then passes `safeUrl` (http(s), mailto, tel). Until it is done, and if DOMPurify fails to
 * load, the description shows as plain text.
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

/**
 * Elements that go with their content (DOMPurify's default `FORBID_CONTENTS`, so both ways give the same text);
 * every other element not allowed gives way to its content.
 */
const DROP_WITH_CONTENT = [
  'annotation-xml',
  'audio',
  'colgroup',
  'desc',
  'foreignobject',
  'head',
  'iframe',
  'math',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'script',
  'style',
  'svg',
  'template',
  'thead',
  'title',
  'video',
  'xmp',
];

type SetHtml = (html: string, options?: object) => void;

/**
 * The browser's sanitiser, where it has one: `setHTML`, which whatever its configuration keeps no script, no event
 * handler and no `javascript:` URL, in a document of its own that loads nothing; then the same allow-list as
 * DOMPurify's: other elements give way to their content, other attributes go.
 */
function nativeSanitize(html: string): DocumentFragment | undefined {
  const inert = document.implementation.createHTMLDocument('');
  const holder = inert.createElement('div');
  const setHtml = (holder as unknown as { setHTML?: SetHtml }).setHTML;
  if (typeof setHtml !== 'function') return undefined;
  try {
    setHtml.call(holder, html, { sanitizer: { removeElements: DROP_WITH_CONTENT } });
  } catch {
    return undefined; // a browser that reads this configuration otherwise: DOMPurify does it
  }
  // Innermost first, so an element's children are settled before it gives way to them.
  for (const element of [...holder.querySelectorAll('*')].reverse()) {
    const name = element.localName;
    if (DROP_WITH_CONTENT.includes(name) || element.namespaceURI !== holder.namespaceURI) element.remove();
    else if (!ALLOWED_TAGS.includes(name)) element.replaceWith(...element.childNodes);
    else
      for (const { name: attribute } of [...element.attributes])
        if (!(name === 'a' && attribute === 'href')) element.removeAttribute(attribute);
  }
  const fragment = document.createDocumentFragment();
  fragment.append(...holder.childNodes);
  return fragment;
}

/** Sanitises `html` into a fragment of allowed elements; links are made safe or reduced to their text. */
export async function sanitize(html: string, base?: string): Promise<DocumentFragment> {
  const fragment =
    nativeSanitize(html) ??
    (await loadPurifier()).sanitize(html, {
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
