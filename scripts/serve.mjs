// Serves the demo library site on the built widgets: http://localhost:8000/demo/ (PORT changes the port).
import { existsSync } from 'node:fs';
import { createStaticServer, listen } from './static-server.mjs';

if (!existsSync('dist/medborger.js')) {
  console.error('dist/medborger.js is missing: run `npm start` (it builds first) or `npm run build`.');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8000);
const url = await listen(createStaticServer('.', { index: '/demo/' }), port);
console.log(`medborger demo: ${url}/demo/  (Ctrl+C stops it)`);
