// Reads the two JSON constant tables, keeping each record's line for file:line problems.
import type { Source } from '../core/types.js';
import type { ProblemList } from './problems.js';

export interface NativeConstant {
  line: number;
  code: number;
  name: string;
  section: Exclude<Source, 'web'>;
}

export interface WebConstant {
  line: number;
  code: number;
  name: string;
  note: string;
}

/** The files hold one object per line; parsing line by line gives every record its line number. */
function records(text: string, file: string, problems: ProblemList): Array<{ line: number; value: Record<string, unknown> }> {
  const out: Array<{ line: number; value: Record<string, unknown> }> = [];
  try {
    JSON.parse(text);
  } catch (error) {
    problems.add(file, 1, `not valid JSON: ${(error as Error).message}`);
  }
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim().replace(/,$/, '');
    if (!trimmed.startsWith('{')) return;
    try {
      out.push({ line: index + 1, value: JSON.parse(trimmed) as Record<string, unknown> });
    } catch {
      problems.add(file, index + 1, 'unparsable record');
    }
  });
  return out;
}

const NATIVE_SECTIONS = new Set(['sdk', 'server', 'sdk-v3']);

export function parseNativeConstants(text: string, file: string, problems: ProblemList): NativeConstant[] {
  const out: NativeConstant[] = [];
  for (const { line, value } of records(text, file, problems)) {
    const { code, name, section } = value;
    if (!Number.isSafeInteger(code) || typeof name !== 'string' || !/^ERR_[A-Z0-9_]+$/.test(name)) {
      problems.add(file, line, 'record needs an integer code and an ERR_* name');
      continue;
    }
    if (typeof section !== 'string' || !NATIVE_SECTIONS.has(section)) {
      problems.add(file, line, `unknown section ${JSON.stringify(section)}`);
      continue;
    }
    out.push({ line, code: code as number, name, section: section as NativeConstant['section'] });
  }
  return out;
}

export function parseWebConstants(text: string, file: string, problems: ProblemList): WebConstant[] {
  const out: WebConstant[] = [];
  for (const { line, value } of records(text, file, problems)) {
    const { code, name, note } = value;
    if (!Number.isSafeInteger(code) || typeof name !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(name) || typeof note !== 'string') {
      problems.add(file, line, 'record needs an integer code, a constant name and a note');
      continue;
    }
    out.push({ line, code: code as number, name, note });
  }
  return out;
}
