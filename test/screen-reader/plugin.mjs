// Server commands for the screen-reader transcripts (test/screen-reader/), registered in web-test-runner.config.mjs.
//
// `ax-tree`: Chromium's accessibility tree of the page, every node (test/screen-reader/reader.ts reads it).
// `transcript` {name, text}: compares a task's spoken log with its reviewed snapshot,
// test/screen-reader/transcripts/<name>.txt. With MB_UPDATE_TRANSCRIPTS=1 (`npm run test:transcripts -- --update`)
// it writes the snapshot instead; a person reads the diff before committing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const folder = join(process.cwd(), 'test/screen-reader/transcripts');

/** Chromium's whole accessibility tree of the page (all nodes, not puppeteer's "interesting" ones only). */
async function axTree(session) {
  if (session.browser.type !== 'puppeteer') throw new Error('the accessibility tree needs Chromium (CDP)');
  const page = session.browser.getPage(session.id);
  return page.accessibility.snapshot({ interestingOnly: false });
}

export function transcriptPlugin() {
  return {
    name: 'screen-reader-transcript',
    executeCommand({ command, payload, session }) {
      if (command === 'ax-tree') return axTree(session);
      if (command !== 'transcript') return undefined;
      if (!/^[\w.-]+$/u.test(payload?.name ?? '')) throw new Error(`bad transcript name: ${payload?.name}`);
      const file = join(folder, `${payload.name}.txt`);
      if (process.env.MB_UPDATE_TRANSCRIPTS === '1') {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, payload.text, 'utf8');
        return { expected: payload.text, updated: true };
      }
      return { expected: existsSync(file) ? readFileSync(file, 'utf8') : null, updated: false };
    },
  };
}
