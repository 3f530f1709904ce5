// Times the WebAssembly scan prefilter alone over a log, and checks that other builds of it pick the same lines.
// Usage: npx tsx bench/prefilter-speed.ts <log> [--runs N] [--mode default|strict|loose|all] [--module <generated.ts>]...
//   Each --module is a generated module file (src/core/scan/wasm/line-prefilter.generated.ts of some commit); the
//   current one is always timed first. Modules are timed in turn, A B A B, on the same 1 MiB regions (cut at line
//   ends, as scan reads them), and their candidate lines are compared: any difference is an error. Each is reported
//   as the median wall time and CPU time (steadier on a busy machine) of its runs, and the median of its per-run
//   CPU-time ratios against the current module.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getCatalogue } from '../src/core/catalogue.js';
import { lastLineEnd, type PrefilterExports } from '../src/core/scan/line-prefilter.js';

type Exports = PrefilterExports;
const { WebAssembly: wasmApi } = globalThis as unknown as {
  WebAssembly: { Module: new (b: Uint8Array) => object; Instance: new (m: object, i: object) => { exports: unknown } };
};

const args = process.argv.slice(2);
const option = (name: string): string[] => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1] as string] : []));
const log = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!log) {
  console.error('usage: npx tsx bench/prefilter-speed.ts <log> [--runs N] [--mode M|all] [--module <generated.ts>]...');
  process.exit(2);
}
const runs = Number(option('--runs')[0] ?? 7);
const modeArg = option('--mode')[0] ?? 'default';
const modes = modeArg === 'all' ? ['strict', 'default', 'loose'] : [modeArg];
const MODE_NUMBER: Record<string, number> = { strict: 0, default: 1, loose: 2 };
const modulePaths = [resolve('src/core/scan/wasm/line-prefilter.generated.ts'), ...option('--module').map((p) => resolve(p))];

/** A known-code table as line-prefilter.ts builds it. */
function knownTable(max: number): Uint8Array {
  const table = new Uint8Array((max >> 3) + 1);
  for (const [low, high] of getCatalogue().known.spans()) {
    const from = low <= 0 && high >= 0 ? 0 : Math.min(Math.abs(low), Math.abs(high));
    const to = Math.min(max, Math.max(Math.abs(low), Math.abs(high)));
    for (let n = from; n <= to; n++) table[n >> 3] = (table[n >> 3] as number) | (1 << (n & 7));
  }
  return table;
}

const text = readFileSync(log);
/** 1 MiB regions cut after their last line end, as the CLI reads them. */
const regions: Buffer[] = [];
for (let from = 0; from < text.length; ) {
  let to = Math.min(text.length, from + (1 << 20));
  if (to < text.length) to = from + lastLineEnd(text.subarray(from, to)) + 1;
  regions.push(text.subarray(from, to));
  from = to;
}

interface Prefilter {
  name: string;
  /** Wall and CPU time of the scan calls per run, ms. */
  times: number[];
  cpuTimes: number[];
  run(mode: number): { ms: number; cpuMs: number; lines: number[] };
}

async function load(path: string): Promise<Prefilter> {
  const { LINE_PREFILTER_WASM_BASE64 } = (await import(pathToFileURL(path).href)) as { LINE_PREFILTER_WASM_BASE64: string };
  const wasm = new wasmApi.Instance(new wasmApi.Module(Buffer.from(LINE_PREFILTER_WASM_BASE64, 'base64')), {}).exports as Exports;
  const memory = new Uint8Array(wasm.memory.buffer);
  memory.set(knownTable(wasm.known_max()), wasm.known_ptr());
  const input = wasm.input_ptr();
  const outLines = new Uint32Array(wasm.memory.buffer, wasm.out_line_ptr(), wasm.out_cap());
  return {
    name: path,
    times: [],
    cpuTimes: [],
    run(mode) {
      let ms = 0;
      let cpuMs = 0;
      let lineBase = 0;
      const lines: number[] = [];
      for (const region of regions) {
        memory.set(region, input);
        const start = process.hrtime.bigint();
        const cpuStart = process.cpuUsage();
        for (let at = 0; at < region.length; at = wasm.stopped_at()) {
          const count = wasm.scan(at, region.length, mode);
          for (let i = 0; i < count; i++) lines.push(lineBase + (outLines[i] as number));
          lineBase += wasm.lines_seen();
        }
        const cpu = process.cpuUsage(cpuStart);
        cpuMs += (cpu.user + cpu.system) / 1000;
        ms += Number(process.hrtime.bigint() - start) / 1e6;
      }
      return { ms, cpuMs, lines };
    },
  };
}

const prefilters = await Promise.all(modulePaths.map(load));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
console.log(`${log}: ${(text.length / 2 ** 20).toFixed(1)} MiB in ${regions.length} regions`);
let differ = false;
for (const mode of modes) {
  const reference = prefilters[0]?.run(MODE_NUMBER[mode] as number).lines ?? [];
  for (const p of prefilters.slice(1)) {
    const lines = p.run(MODE_NUMBER[mode] as number).lines;
    if (lines.length !== reference.length || lines.some((l, i) => l !== reference[i])) {
      differ = true;
      console.error(`  ${mode}: ${p.name} picks ${lines.length} lines, the current module ${reference.length}: they differ`);
    }
  }
  for (const p of prefilters) {
    p.times = [];
    p.cpuTimes = [];
  }
  for (let r = 0; r < runs; r++) {
    for (const p of prefilters) {
      const { ms, cpuMs } = p.run(MODE_NUMBER[mode] as number);
      p.times.push(ms);
      p.cpuTimes.push(cpuMs);
    }
  }
  console.log(`${mode}: ${reference.length} candidate lines; median of ${runs} runs, alternating (wall, CPU, CPU ratio to the first)`);
  const base = prefilters[0] as Prefilter;
  for (const p of prefilters) {
    const ratio = median(p.cpuTimes.map((t, r) => t / (base.cpuTimes[r] as number)));
    console.log(`  ${median(p.times).toFixed(1).padStart(7)} ms  ${median(p.cpuTimes).toFixed(1).padStart(7)} ms CPU  ${ratio.toFixed(2)}  ${p.name}`);
  }
}
if (differ) process.exitCode = 1;
