// A Vue 3 page using medborger from npm, as the README's recipe shows: a template compiled with
// `isCustomElement` for mb-* tags, properties bound with `.prop`, and mb-* events heard with `@`.
import { createApp } from 'vue/dist/vue.esm-bundler.js';
import 'medborger/model-explainer.js';
import 'medborger/guide-card.js';
import 'medborger/course-calendar.js';

const LibraryPage = {
  props: ['courses', 'now'],
  data: () => ({ model: 3, heard: [] }),
  template: `
    <main>
      <button type="button" id="pick-2" @click="model = 2">Model 2</button>
      <mb-model-explainer :selected.prop="model"
        @mb-model-select="model = $event.detail.displayNumber; heard.push('model ' + $event.detail.displayNumber)"></mb-model-explainer>
      <mb-guide-card guide="mitid" @mb-guide-show="heard.push('guide ' + $event.detail.guide)"></mb-guide-card>
      <mb-course-calendar :courses.prop="courses" :now="now"
        @mb-load="heard.push('courses ' + $event.detail.count)"></mb-course-calendar>
      <output>{{ heard.join(', ') }}</output>
    </main>`,
};

export function mount(container, props) {
  const app = createApp(LibraryPage, props);
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('mb-');
  app.mount(container);
  return { unmount: () => app.unmount() };
}
