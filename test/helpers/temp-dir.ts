// Temporary folders for tests, removed when the test file's run ends, so that test runs leave nothing in the temp dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

/** A new empty folder named chaterr-<purpose>-XXXXXX, removed after the last test of the file that made it. */
export function tempDir(purpose: string): string {
  const dir = mkdtempSync(join(tmpdir(), `chaterr-${purpose}-`));
  made.push(dir);
  return dir;
}

// Registered when a test file first imports this module: vitest runs each file in its own module graph.
// A minute: removing scan's 60,000-file tree took over vitest's 10 s default on a loaded two-core machine.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}, 60_000);
