// Adds <script type="module" src="?dist"> to the page as a CMS page has it, then records what came of it in
// `window.crossOrigin`: whether the browser ran the drop-in or refused it, and whether each widget's chunk arrived.
const dist = new URLSearchParams(location.search).get('dist');
const TAGS = ['mb-course-calendar', 'mb-guide-card', 'mb-model-explainer'];

window.crossOrigin = (async () => {
  const dropIn = await new Promise((resolve) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = dist;
    script.addEventListener('load', () => resolve('loaded'));
    script.addEventListener('error', () => resolve('refused'));
    document.head.append(script);
  });
  if (dropIn === 'refused') return { dropIn, widgets: [] };
  // The same module the script tag ran (one URL, one module): its `load` waits for each widget's chunk.
  const { load } = await import(dist);
  const widgets = await Promise.allSettled(TAGS.map((tag) => load(tag)));
  return { dropIn, widgets: widgets.map((result) => result.status) };
})();
