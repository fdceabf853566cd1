import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// The framework pages are bundled on request from test/frameworks/*-app.js with the package's own npm entries
// (see the `framework-apps` plugin in web-test-runner.config.mjs), so this runs the built dist/npm code.
interface Mounted {
  unmount(): void;
}
type Mount = (container: HTMLElement, props: { courses: unknown; now: string }) => Mounted;

const courses = {
  courses: [
    {
      id: 'mitid-1',
      title: 'MitID – kom godt i gang',
      start: '2026-03-03T10:00:00+01:00',
      end: '2026-03-03T12:00:00+01:00',
      topics: ['mitid'],
    },
  ],
};

for (const framework of ['react', 'vue']) {
  describe(`medborger in a ${framework === 'react' ? 'React 19' : 'Vue 3'} page`, () => {
    let page: Mounted | undefined;
    let container: HTMLElement;

    beforeEach(async () => {
      container = await fixture<HTMLElement>(html`<div></div>`);
      const { mount } = (await import(/* @vite-ignore */ `/__bundle__/${framework}-app.js`)) as { mount: Mount };
      page = mount(container, { courses, now: '2026-03-01T09:00:00+01:00' });
    });
    afterEach(() => page?.unmount());

    const heard = () => container.querySelector('output')!.textContent ?? '';
    const selectedTab = () =>
      container
        .querySelector('mb-model-explainer')!
        .shadowRoot!.querySelector('[role="tab"][aria-selected="true"]')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim() ?? '';

    it('shows every widget, upgraded from the npm entries', async () => {
      for (const tag of ['mb-model-explainer', 'mb-guide-card', 'mb-course-calendar']) {
        expect(customElements.get(tag), tag).to.not.equal(undefined);
        const element = container.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        await element.updateComplete;
        expect(element.shadowRoot, tag).to.not.equal(null);
      }
    });

    it('passes properties from the framework’s state, also when the state changes', async () => {
      await waitUntil(() => selectedTab().includes('Model 3'), 'model 3 from the initial state');
      container.querySelector<HTMLButtonElement>('#pick-2')!.click();
      await waitUntil(() => selectedTab().includes('Model 2'), 'model 2 after the framework’s state changed');
    });

    it('hears mb-* events in the framework', async () => {
      await waitUntil(() => heard().includes('guide mitid') && heard().includes('courses 1'), 'mb-load events');
      const tabs = container
        .querySelector('mb-model-explainer')!
        .shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]');
      const model4 = [...tabs].find((tab) => tab.textContent?.includes('Model 4'))!;
      model4.click();
      await waitUntil(() => heard().includes('model 4'), 'mb-model-select in the framework');
      await waitUntil(() => selectedTab().includes('Model 4'));
    });
  });
}
