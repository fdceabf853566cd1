// Builds the drop-in of an earlier commit (default: `main`) into bench/.out/baseline, for bench/run.mjs to compare
// this build's one-feed page against (bench/shared.js). A temporary git worktree, this checkout's node_modules,
// rollup only (no types, no size check); the worktree is removed afterwards.
//
//   node bench/baseline.mjs [ref]
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ref = process.argv[2] ?? 'main';
const dir = join(mkdtempSync(join(tmpdir(), 'mb-baseline-')), 'tree');
const run = (command, args, cwd = ROOT) => execFileSync(command, args, { cwd, stdio: 'inherit' });

run('git', ['worktree', 'add', '--detach', dir, ref]);
try {
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  run(process.execPath, [join(ROOT, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], dir);
  const out = join(ROOT, 'bench', '.out', 'baseline');
  rmSync(out, { recursive: true, force: true });
  cpSync(join(dir, 'dist'), out, { recursive: true });
  console.log(
    `baseline: ${ref} (${execFileSync('git', ['rev-parse', '--short', ref], { cwd: ROOT }).toString().trim()}) in bench/.out/baseline`,
  );
} finally {
  run('git', ['worktree', 'remove', '--force', dir]);
}
