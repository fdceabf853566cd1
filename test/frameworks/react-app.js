// A React 19 page using medborger from npm, as the README's recipe shows: the widgets' own entries, properties set
// from React state, and mb-* events heard through React 19's `on<event-name>` props.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import 'medborger/model-explainer.js';
import 'medborger/guide-card.js';
import 'medborger/course-calendar.js';

function LibraryPage({ courses, now }) {
  const [model, setModel] = useState(3);
  const [heard, setHeard] = useState([]);
  const hear = (text) => setHeard((list) => [...list, text]);
  return h(
    'main',
    null,
    h('button', { type: 'button', id: 'pick-2', onClick: () => setModel(2) }, 'Model 2'),
    h('mb-model-explainer', {
      selected: model,
      'onmb-model-select': (event) => {
        setModel(event.detail.displayNumber);
        hear(`model ${event.detail.displayNumber}`);
      },
    }),
    h('mb-guide-card', { guide: 'mitid', 'onmb-guide-show': (event) => hear(`guide ${event.detail.guide}`) }),
    h('mb-course-calendar', { courses, now, 'onmb-load': (event) => hear(`courses ${event.detail.count}`) }),
    h('output', null, heard.join(', ')),
  );
}

export function mount(container, props) {
  const root = createRoot(container);
  flushSync(() => root.render(h(LibraryPage, props)));
  return { unmount: () => root.unmount() };
}
