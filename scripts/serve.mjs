// Serves the demo library site on the built widgets: http://localhost:8000/demo/ (PORT changes the port). It writes
// the demo pages first (scripts/demo-pages.mjs), so they carry the current build's chunk names. Text is compressed as
// the browser asks, and the cache policy is a site's: hashed chunks for a year, everything else revalidated.
import { existsSync } from 'node:fs';
import { writePages } from './demo-pages.mjs';
import { createStaticServer, listen } from './static-server.mjs';

if (!existsSync('dist/medborger.js')) {
  console.error('dist/medborger.js is missing: run `npm start` (it builds first) or `npm run build`.');
  process.exit(1);
}
writePages();
const port = Number(process.env.PORT ?? 8000);
const url = await listen(createStaticServer('.', { index: '/demo/', caching: true }), port);
console.log(`medborger demo: ${url}/demo/ (English: ${url}/demo/index.en.html)  (Ctrl+C stops it)`);
