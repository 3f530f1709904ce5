// A read of a log file that fails while the caller still works on the chunk before it is the caller's error to report.
import fs, { writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { tempDir } from '../helpers/temp-dir.js';

it('a read that fails while the caller works on the chunk before is reported where the caller reads, not unhandled', async () => {
  const file = join(tempDir('read'), 'app.log');
  writeFileSync(file, 'code:6014 login failed\n'.repeat(2000));
  const original = fs.read;
  let calls = 0;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  (fs as { read: unknown }).read = (...args: unknown[]) => {
    calls++;
    if (calls === 2) {
      const callback = args[args.length - 1] as (error: Error) => void;
      setImmediate(() => callback(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })));
      return;
    }
    return (original as (...a: unknown[]) => void)(...args);
  };
  syncBuiltinESMExports();
  try {
    const { readInput } = await import('../../src/cli/scan-inputs.js');
    let failure: unknown;
    try {
      for await (const chunk of readInput({} as CliIO, file, Buffer.alloc(8192), new AbortController().signal)) {
        expect(chunk.length).toBe(4096);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } catch (error) {
      failure = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((failure as { code?: string } | undefined)?.code).toBe('EIO');
    expect(unhandled).toEqual([]);
  } finally {
    (fs as { read: unknown }).read = original;
    syncBuiltinESMExports();
    process.off('unhandledRejection', onUnhandled);
  }
});
