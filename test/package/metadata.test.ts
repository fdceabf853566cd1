import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';

// What an integrator's editor reads from the built package (run `npm run build` first; the test command does):
// custom-elements.json, VS Code's HTML custom data, JetBrains' web-types and the TypeScript tag map.
const WIDGETS = ['mb-course-calendar', 'mb-guide-card', 'mb-model-explainer'];

interface Described {
  name?: string;
  description?: string | { value?: string };
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: Described[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}
interface VsCodeData {
  tags: { name: string; description: Described['description']; attributes: Described[] }[];
}
interface WebTypes {
  contributions: { html: { elements: { name: string; description: string; attributes: Described[] }[] } };
}

async function json<T>(path: string): Promise<T> {
  const response = await fetch(path);
  expect(response.ok, `${path} exists (status ${response.status})`).to.equal(true);
  return (await response.json()) as T;
}

const text = (description: Described['description']) =>
  (typeof description === 'string' ? description : (description?.value ?? '')).trim();

/** `mb-x: attribute "y"` for each item without a description, so a failure names what to document. */
const undocumented = (owner: string, kind: string, items: Described[] = []) =>
  items.filter((item) => !text(item.description)).map((item) => `${owner}: ${kind} "${item.name ?? ''}"`);

let manifest: Manifest;
let elements: Declaration[];

describe('editor and IDE metadata in the built package', () => {
  before(async () => {
    manifest = await json<Manifest>('/custom-elements.json');
    elements = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName?.startsWith('mb-'));
  });

  describe('custom-elements.json', () => {
    it('lists all three widgets', () => {
      expect(elements.map((element) => element.tagName)).to.include.members(WIDGETS);
    });

    it('describes every element and every attribute, event, slot, part and CSS property', () => {
      const missing = elements.flatMap((element) => {
        const tag = element.tagName!;
        return [
          ...(text(element.summary) || text(element.description) ? [] : [`${tag}: no summary`]),
          ...undocumented(tag, 'attribute', element.attributes),
          ...undocumented(tag, 'event', element.events),
          ...undocumented(tag, 'slot', element.slots),
          ...undocumented(tag, 'part', element.cssParts),
          ...undocumented(tag, 'CSS property', element.cssProperties),
        ];
      });
      expect(missing).to.deep.equal([]);
    });

    it('lists the shared theme properties on every widget, --mb-color-primary first among them', () => {
      for (const element of elements) {
        const names = (element.cssProperties ?? []).map((property) => property.name);
        expect(names, element.tagName).to.include.members([
          '--mb-color-primary',
          '--mb-color-on-primary',
          '--mb-color-link',
          '--mb-focus-color',
          '--mb-color-text',
          '--mb-color-surface',
          '--mb-color-border',
        ]);
      }
    });
  });

  it('VS Code custom data lists the three widgets with every attribute described', async () => {
    const vscode = await json<VsCodeData>('/dist/vscode.html-custom-data.json');
    expect(vscode.tags.map((tag) => tag.name)).to.include.members(WIDGETS);
    const missing = vscode.tags.flatMap((tag) => [
      ...(text(tag.description) ? [] : [`${tag.name}: no description`]),
      ...undocumented(tag.name, 'attribute', tag.attributes),
    ]);
    expect(missing).to.deep.equal([]);
    for (const element of elements) {
      const tag = vscode.tags.find((candidate) => candidate.name === element.tagName);
      expect(
        tag?.attributes.map((attribute) => attribute.name),
        `${element.tagName} has the manifest's attributes`,
      ).to.have.members((element.attributes ?? []).filter((a) => a.name).map((a) => a.name));
    }
  });

  it('web-types lists the three widgets with every attribute described', async () => {
    const webTypes = await json<WebTypes>('/dist/web-types.json');
    const tags = webTypes.contributions.html.elements;
    expect(tags.map((tag) => tag.name)).to.include.members(WIDGETS);
    const missing = tags.flatMap((tag) => [
      ...(text(tag.description) ? [] : [`${tag.name}: no description`]),
      ...undocumented(tag.name, 'attribute', tag.attributes),
    ]);
    expect(missing).to.deep.equal([]);
    for (const element of elements) {
      const tag = tags.find((candidate) => candidate.name === element.tagName);
      expect(
        tag?.attributes.map((attribute) => attribute.name),
        `${element.tagName} has the manifest's attributes`,
      ).to.have.members((element.attributes ?? []).filter((a) => a.name).map((a) => a.name));
    }
  });

  it('package.json points editors at the metadata files', async () => {
    const pkg = await json<{ 'web-types'?: string; customElements?: string; exports: Record<string, unknown> }>(
      '/package.json',
    );
    expect(pkg['web-types']).to.equal('./dist/web-types.json');
    expect(pkg.customElements).to.equal('custom-elements.json');
    expect(pkg.exports['./web-types.json']).to.equal('./dist/web-types.json');
    expect(pkg.exports['./vscode.html-custom-data.json']).to.equal('./dist/vscode.html-custom-data.json');
    expect(pkg.exports['./custom-elements.json']).to.equal('./custom-elements.json');
  });

  it('the TypeScript declarations map each tag to its class', async () => {
    // Read from disk by the test runner: its dev server would compile a served `.ts` file (a `.d.ts` too) to JS.
    const files: Record<string, string> = {
      'mb-course-calendar': '../../dist/types/course-calendar/define.d.ts',
      'mb-guide-card': '../../dist/types/guide-card/define.d.ts',
      'mb-model-explainer': '../../dist/types/model-explainer/define.d.ts',
    };
    for (const [tag, file] of Object.entries(files)) {
      const source = await readFile({ path: file });
      expect(source, `${file} exists`).to.be.a('string');
      expect(source, file).to.match(/interface HTMLElementTagNameMap\s*\{/u);
      expect(source, file).to.match(new RegExp(`['"]${tag}['"]\\s*:\\s*Mb\\w+;`, 'u'));
    }
  });
});
