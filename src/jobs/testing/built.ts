// For tests that run compiled code (worker threads, worker processes): builds dist/ once
// when it is missing. `npm test` builds before running, so this is for a bare `vitest run`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI = `${REPO}bin/newsgraph.js`;

/** Builds dist/ with tsc when the file that proves it was built is missing. */
export function ensureBuilt(): void {
  if (existsSync(`${REPO}dist/jobs/pool/extract-thread.js`) && existsSync(`${REPO}dist/cli/commands/worker.js`)) return;
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: REPO, stdio: 'inherit' });
}
