/*
 * A small screen reader over the browser's own accessibility tree, for the transcripts of four tasks.
 *
 * Why not @guidepup/virtual-screen-reader: version 0.33.0 builds its tree from the light DOM only. Given a page
 * with a <mb-course-calendar>, its whole spoken log is "document" (tried in this repository; upstream pull request
 * guidepup/virtual-screen-reader#183, which would have walked open shadow roots and slots, was closed unmerged).
 * Chromium's accessibility tree is the one real screen readers read on Chromium: it is built from the flat tree, so
 * it crosses shadow roots and slots, and it computes names, roles and states by the browser's own rules. We read it
 * through the DevTools protocol (puppeteer's `accessibility.snapshot`, test/screen-reader/plugin.mjs), so these tests run in Chromium only.
 *
 * The reader does what a screen-reader user does: moves focus with real key presses (Tab, Enter, arrows; sent by
 * the browser's input pipeline, not dispatched from script), hears the focused control and any live region that
 * changed, and reads on with "next item" (the virtual cursor) from where focus is. Each step adds one line to a log:
 * `<key> → <phrase>`. The phrase is role, name and states, in the order NVDA and VoiceOver say them, in English
 * role words (a screen reader speaks its own language; the names are the widget's).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

export interface AxNode {
  role: string;
  name?: string;
  value?: string | number;
  description?: string;
  focused?: boolean;
  expanded?: boolean;
  selected?: boolean;
  checked?: boolean | 'mixed';
  pressed?: boolean | 'mixed';
  disabled?: boolean;
  level?: number;
  busy?: boolean;
  live?: string;
  /** For text runs: the node holding them (runs of one holder are one line). */
  line?: AxNode;
  children?: AxNode[];
}

/** Roles whose content a screen reader reads as one item, with their name. */
const ONE_ITEM = new Set([
  'button',
  'link',
  'heading',
  'checkbox',
  'radio',
  'tab',
  'option',
  'menuitem',
  'textbox',
  'combobox',
  'searchbox',
  'spinbutton',
  'switch',
  'image',
  'img',
  'cell',
  'gridcell',
  'columnheader',
  'rowheader',
  'StaticText',
  'ListBoxOption',
  'Date',
  'DateTime',
  'InputTime',
]);
/** Roles that say nothing of their own: only their content is read. */
const SILENT = new Set([
  'generic',
  'none',
  'presentation',
  'paragraph',
  'LineBreak',
  'RootWebArea',
  'Section',
  'Legend',
  'LabelText',
  'ListMarker',
  'time',
  'Abbr',
  'strong',
  'emphasis',
  'InlineTextBox',
  'definition',
  'listitem',
  'row',
  'rowgroup',
]);
/** Roles a screen reader speaks as one item unless a control sits inside (a heading holding a button). */
const CONTROLS = new Set(['button', 'link', 'checkbox', 'radio', 'tab', 'textbox', 'combobox', 'searchbox']);
/** One-item roles that a screen reader enters when a control sits inside: the control is the item. */
const OPENS_FOR_CONTROLS = new Set(['heading', 'cell', 'gridcell', 'columnheader', 'rowheader']);
const holdsControl = (node: AxNode): boolean =>
  (node.children ?? []).some((child) => CONTROLS.has(child.role) || holdsControl(child));

/** Chromium's internal role names, as a screen reader words them. */
const ROLE_WORDS: Record<string, string> = {
  img: 'image',
  Date: 'date',
  DateTime: 'date and time',
  InputTime: 'time',
  DescriptionList: 'description list',
};

const clean = (text: string | number | undefined) =>
  String(text ?? '')
    .replace(/\s+/gu, ' ')
    .trim();

/** What a screen reader says for one node: role, name, value and states. */
export function phrase(node: AxNode): string {
  const name = OPENS_FOR_CONTROLS.has(node.role) && holdsControl(node) ? '' : clean(node.name);
  if (node.role === 'StaticText') return name;
  const parts = [ROLE_WORDS[node.role] ?? node.role];
  if (name) parts.push(name);
  if (node.role === 'list') parts.push(`${(node.children ?? []).filter((c) => c.role === 'listitem').length} items`);
  const value = clean(node.value);
  if (value && value !== name) parts.push(value);
  if (node.level !== undefined && node.role === 'heading') parts.push(`level ${node.level}`);
  if (node.expanded !== undefined) parts.push(node.expanded ? 'expanded' : 'collapsed');
  if (node.checked !== undefined)
    parts.push(node.checked === 'mixed' ? 'half checked' : node.checked ? 'checked' : 'not checked');
  if (node.pressed !== undefined) parts.push(node.pressed ? 'pressed' : 'not pressed');
  if (node.selected) parts.push('selected');
  if (node.disabled) parts.push('unavailable');
  if (node.busy) parts.push('busy');
  const description = clean(node.description);
  if (description && description !== name) parts.push(description);
  return parts.join(', ');
}

/** The tree in reading order, one entry per item a "next item" command stops at. */
export function items(node: AxNode, out: AxNode[] = [], parentLine?: AxNode): AxNode[] {
  const text = clean(node.name);
  const last = out.at(-1);
  // A label's text right after its control (or a control right after its label) is one item, as readers say it.
  const repeats = node.role === 'StaticText' && last !== undefined && clean(last.name) === text;
  const opens = OPENS_FOR_CONTROLS.has(node.role) && holdsControl(node);
  // A cell holding a button is read as the button; a heading holding one says its level first.
  const speaks =
    !SILENT.has(node.role) &&
    !(opens && node.role !== 'heading') &&
    (node.role !== 'StaticText' || (text !== '' && !repeats));
  // Text runs of one line (a date, a comma, a time) are one item, as a screen reader reads a line; a <br> ends it.
  const previous = out.at(-1);
  if (node.role === 'LineBreak' && previous) previous.line = node;
  if (speaks && node.role === 'StaticText' && previous?.role === 'StaticText' && previous.line === parentLine) {
    previous.name = /^[,.;:)]/u.test(text) ? `${clean(previous.name)}${text}` : `${clean(previous.name)} ${text}`;
  } else if (speaks) out.push(node.role === 'StaticText' ? { ...node, line: parentLine } : node);
  const whole = ONE_ITEM.has(node.role) && !opens;
  if (!whole) for (const child of node.children ?? []) items(child, out, node);
  return out;
}

/**
 * Focus inside a one-item control (the browser's own parts of a date field): the part's role only. The browser
 * names and orders those parts in its own interface language ("Month", "Show date picker" in an English Chromium,
 * day before month in a Danish one), which is not ours to test and would make a transcript depend on the machine.
 */
function partOf(node: AxNode): string {
  return node.role;
}

/** The focused node and its ancestors, root first. */
function focusPath(node: AxNode, path: AxNode[] = []): AxNode[] | undefined {
  const here = [...path, node];
  if (node.focused) return here;
  for (const child of node.children ?? []) {
    const found = focusPath(child, here);
    if (found) return found;
  }
  return undefined;
}

/** The text of live regions (role status or alert, or aria-live) under a root, through shadow roots. */
function liveTexts(root: Element | ShadowRoot): string[] {
  const out: string[] = [];
  const walk = (scope: Element | ShadowRoot) => {
    for (const el of scope.querySelectorAll('*')) {
      const role = el.getAttribute('role');
      const live = el.getAttribute('aria-live');
      if (role === 'status' || role === 'alert' || (live && live !== 'off')) out.push(clean(el.textContent ?? ''));
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));

/** A screen reader reading the page, with live regions watched inside `host`. */
export class Reader {
  readonly log: string[] = [];
  private cursor = -1;
  private live: string[] = [];

  constructor(
    private readonly host: HTMLElement,
    private readonly settle: () => Promise<unknown>,
  ) {}

  private async tree(): Promise<AxNode> {
    return executeServerCommand<AxNode, undefined>('ax-tree');
  }

  /** Waits for the widget to finish what the key started, then for the page to paint. */
  private async quiet(): Promise<void> {
    await this.settle();
    await frame();
    await this.settle();
  }

  /** Live regions whose text changed since the last look, as "live: …" lines (spoken politely after the key). */
  private announcements(): string[] {
    const now = liveTexts(this.host);
    const said = now.filter((text, i) => text !== '' && text !== this.live[i]);
    this.live = now;
    return said.map((text) => `live: ${text}`);
  }

  /** Starts reading: remembers the live regions as they are, so only changes are announced. */
  async start(): Promise<void> {
    await this.quiet();
    this.live = liveTexts(this.host);
  }

  /** Presses a key, then says the focused item and what the live regions announce. */
  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.quiet();
    const tree = await this.tree();
    const list = items(tree);
    const path = focusPath(tree) ?? [];
    const deepest = path.findLast((node) => list.includes(node));
    const focused = deepest ? list.indexOf(deepest) : -1;
    if (focused >= 0) this.cursor = focused;
    const inner = path.at(-1);
    const part = inner && focused >= 0 && inner !== list[focused] ? `, ${partOf(inner)}` : '';
    const spoken = focused >= 0 ? phrase(list[focused]) + part : '(nothing focused)';
    this.log.push(`${key} → ${spoken}`);
    for (const line of this.announcements()) this.log.push(`  ${line}`);
  }

  /** Presses a key until the spoken phrase matches (each press logged), failing after `max` presses. */
  async pressUntil(key: string, wanted: RegExp, max = 30): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.press(key);
      const said = this.log.findLast((line) => !line.startsWith('  ')) ?? '';
      if (wanted.test(said)) return;
    }
    throw new Error(`${key} never reached ${wanted} in ${max} presses:\n${this.log.join('\n')}`);
  }

  /** Reads on with the virtual cursor, `count` items from where it is (the focused control after a key). */
  async next(count = 1): Promise<void> {
    const list = items(await this.tree());
    for (let i = 0; i < count; i++) {
      this.cursor = Math.min(this.cursor + 1, list.length);
      this.log.push(`next → ${this.cursor < list.length ? phrase(list[this.cursor]) : '(end of widget)'}`);
    }
  }

  /** The log as the transcript file holds it. */
  text(title: string): string {
    return `# ${title}\n${this.log.join('\n')}\n`;
  }
}

/**
 * Renders `template` in a focusable host (`#sr-host`), waits with `settle` until the widget is ready, and starts
 * a reader with focus on the host, as if the user had just tabbed up to the widget.
 */
export async function readerFor<E extends HTMLElement>(
  template: unknown,
  tag: string,
  ready: (el: E) => boolean,
): Promise<{ el: E; reader: Reader }> {
  const host = await fixture<HTMLDivElement>(html`<div id="sr-host" tabindex="-1">${template}</div>`);
  const el = host.querySelector<E>(tag)!;
  const settle = async () => {
    await waitUntil(() => ready(el), `${tag} did not settle`, { timeout: 5000 });
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  };
  await settle();
  host.focus();
  const reader = new Reader(host, settle);
  await reader.start();
  return { el, reader };
}

/** Compares a transcript with its reviewed snapshot (or writes it, with `npm run test:transcripts -- --update`). */
export async function matchesTranscript(name: string, reader: Reader, title: string): Promise<void> {
  const text = reader.text(title);
  const { expected } = await executeServerCommand<{ expected: string | null }, { name: string; text: string }>(
    'transcript',
    { name, text },
  );
  if (expected === null) throw new Error(`no transcript ${name}.txt yet: run npm run test:transcripts -- --update`);
  expect(text, `transcript ${name}.txt (npm run test:transcripts -- --update after reading the change)`).to.equal(
    expected,
  );
}
