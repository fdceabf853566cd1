/**
 * Loads a widget's code when its tag first appears on the page.
 *
 * The drop-in must cost a page little: a front page with one course teaser should not download the model explainer.
 * So `dist/medborger.js` carries Lit, i18next and the core, and each widget arrives as its own chunk the moment the
 * page (or a script, later) puts its tag in the document. Custom elements upgrade when they are defined, so markup
 * written before the chunk arrives simply comes to life; until then the editor's light-DOM content shows.
 *
 * A tag inside another component's shadow root cannot be seen from the document: call `load(tag)` for those, or
 * import the widget's own entry (`medborger/<widget>.js`).
 */
import { prepareIntl } from './time.js';

export type WidgetLoaders = Readonly<Record<string, () => Promise<unknown>>>;

export class Autoloader {
  private readonly loaders: WidgetLoaders;
  private readonly started = new Map<string, Promise<void>>();
  private observer: MutationObserver | undefined;

  constructor(loaders: WidgetLoaders) {
    this.loaders = loaders;
  }

  /** Loads (once) the code that defines `tag`. Resolves when the element is defined. */
  load(tag: string): Promise<void> {
    const name = tag.toLowerCase();
    const loader = this.loaders[name];
    if (!loader) return Promise.reject(new Error(`medborger: no widget is called <${name}>`));
    let loading = this.started.get(name);
    if (!loading) {
      // Every widget writes dates or numbers through Intl: its data loads while the widget's code downloads.
      prepareIntl();
      // A tag another copy of medborger already defined needs nothing from us.
      loading = customElements.get(name)
        ? Promise.resolve()
        : loader().then(
            () => undefined,
            (error: unknown) => {
              this.started.delete(name); // let a later appearance try again
              console.error(`medborger: could not load <${name}>`, error);
              throw error;
            },
          );
      this.started.set(name, loading);
    }
    return loading;
  }

  /** Loads every widget whose tag is inside `root`. */
  discover(root: ParentNode): void {
    for (const tag of Object.keys(this.loaders)) {
      if (this.started.has(tag)) continue;
      const present = (root instanceof Element && root.localName === tag) || root.querySelector(tag) !== null;
      if (present) this.load(tag).catch(() => undefined);
    }
  }

  /** Looks at the page now and at everything added to it later, until every widget has been loaded. */
  watch(document_: Document = document): void {
    this.discover(document_);
    if (this.observer || this.started.size === Object.keys(this.loaders).length) return;
    this.observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) this.discover(node);
      }
      if (this.started.size === Object.keys(this.loaders).length) this.stop();
    });
    this.observer.observe(document_.documentElement, { childList: true, subtree: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
