// `npm run test:transcripts`: runs the screen-reader transcript tests (test/screen-reader/) in Chromium, comparing
// each spoken log with its reviewed snapshot. `npm run test:transcripts -- --update` writes the snapshots instead:
// read the diff (`git diff test/screen-reader/transcripts/`) as a listener would before committing it.
import { spawnSync } from 'node:child_process';

const update = process.argv.includes('--update');
const result = spawnSync('npx', ['web-test-runner'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    MB_BROWSERS: 'chromium',
    MB_TEST_FILES: 'test/screen-reader/**/*.test.ts',
    ...(update ? { MB_UPDATE_TRANSCRIPTS: '1' } : {}),
  },
});
process.exit(result.status ?? 1);
