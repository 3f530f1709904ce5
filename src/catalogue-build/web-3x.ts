// Reads the current Web SDK table (@tencentcloud/chat 3.x, extracted by scripts/web-table.mjs) and our
// descriptions for the codes that 3.x added, keeping each record's line for file:line problems.
import type { ProblemList } from './problems.js';

export interface Web3Table {
  version: string;
  /** code -> 3.x name and the line it is on. */
  codes: Map<number, { name: string; line: number }>;
}

export function parseWeb3Table(text: string, file: string, problems: ProblemList): Web3Table {
  const codes = new Map<number, { name: string; line: number }>();
  let version = '';
  try {
    const whole = JSON.parse(text) as { version?: unknown };
    if (typeof whole.version === 'string') version = whole.version;
    else problems.add(file, 1, 'the table needs a "version" string');
  } catch (error) {
    problems.add(file, 1, `not valid JSON: ${(error as Error).message}`);
    return { version, codes };
  }
  // Records in "codes" sit one per line; the lists after it ({code, name} too) are comparisons, not the table.
  let inCodes = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (/^"codes"\s*:/.test(trimmed)) inCodes = true;
    else if (/^"\w+"\s*:/.test(trimmed)) inCodes = false;
    if (!inCodes || !trimmed.startsWith('{')) return;
    const line = index + 1;
    try {
      const { code, name } = JSON.parse(trimmed.replace(/,$/, '')) as Record<string, unknown>;
      if (!Number.isSafeInteger(code) || typeof name !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
        problems.add(file, line, 'record needs an integer code and a constant name');
        return;
      }
      const earlier = codes.get(code as number);
      if (earlier) problems.add(file, line, `code ${String(code)} appears twice (first at line ${earlier.line})`);
      else codes.set(code as number, { name, line });
    } catch {
      problems.add(file, line, 'unparsable record');
    }
  });
  if (codes.size === 0) problems.add(file, 1, 'no codes found in "codes"');
  return { version, codes };
}

/** `code | English description`, one per line, # comments. */
export function parseWeb3Descriptions(text: string, file: string, problems: ProblemList): Map<number, { line: number; text: string }> {
  const out = new Map<number, { line: number; text: string }>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const body = raw.trim();
    if (body === '' || body.startsWith('#')) return;
    const match = /^(-?\d+)\s*\|\s*(\S.*)$/.exec(body);
    if (!match?.[1] || !match[2]) {
      problems.add(file, index + 1, 'expected "code | description"');
      return;
    }
    const code = Number(match[1]);
    if (out.has(code)) problems.add(file, index + 1, `code ${code} is described twice`);
    out.set(code, { line: index + 1, text: match[2].trim() });
  });
  return out;
}
