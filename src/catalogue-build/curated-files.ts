// Parses the two curated line-based data files: related-code groups and hand class overrides.
import { isTriageClass } from '../core/classes.js';
import { codeKey } from '../core/code-key.js';
import { SOURCES, type CodeRef, type Source, type TriageClass } from '../core/types.js';
import type { ProblemList } from './problems.js';

export interface RelatedGroup {
  line: number;
  id: string;
  title: string;
  members: CodeRef[];
}

export interface ClassOverride {
  line: number;
  ref: CodeRef;
  cls: TriageClass;
  reason: string;
}

/** Yields the meaningful lines of a curated file: comments (#) and blank lines are skipped. */
function* contentLines(text: string): Generator<{ line: number; body: string }> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const body = (lines[i] ?? '').trim();
    if (body !== '' && !body.startsWith('#')) yield { line: i + 1, body };
  }
}

/** "server:70001" -> {code: 70001, source: "server"}. */
export function parseCodeRef(token: string): CodeRef | undefined {
  const match = /^([a-z0-9-]+):(-?\d+)$/.exec(token);
  if (!match?.[1] || !match[2] || !(SOURCES as readonly string[]).includes(match[1])) return undefined;
  return { source: match[1] as Source, code: Number(match[2]) };
}

export function parseRelatedGroups(text: string, file: string, problems: ProblemList): RelatedGroup[] {
  const groups: RelatedGroup[] = [];
  const ids = new Set<string>();
  for (const { line, body } of contentLines(text)) {
    const parts = body.split('|').map((p) => p.trim());
    if (parts.length !== 3 || !parts[0] || !parts[1] || !parts[2]) {
      problems.add(file, line, 'expected "id | title | source:code source:code ..."');
      continue;
    }
    const [id, title, refs] = parts as [string, string, string];
    if (ids.has(id)) problems.add(file, line, `group id "${id}" is used twice`);
    ids.add(id);
    const members: CodeRef[] = [];
    for (const token of refs.split(/\s+/)) {
      const ref = parseCodeRef(token);
      if (ref) members.push(ref);
      else problems.add(file, line, `"${token}" is not a source:code reference`);
    }
    if (members.length < 2) problems.add(file, line, `group "${id}" needs at least two codes`);
    groups.push({ line, id, title, members });
  }
  return groups;
}

export function parseClassOverrides(text: string, file: string, problems: ProblemList): ClassOverride[] {
  const out: ClassOverride[] = [];
  const seen = new Set<string>();
  for (const { line, body } of contentLines(text)) {
    const match = /^(\S+)\s+(\S+)\s*(?:#\s*(.*))?$/.exec(body);
    const ref = match?.[1] ? parseCodeRef(match[1]) : undefined;
    if (!match || !ref) {
      problems.add(file, line, 'expected "source:code class  # reason"');
      continue;
    }
    const cls = match[2] ?? '';
    if (!isTriageClass(cls)) {
      problems.add(file, line, `unknown class "${cls}"`);
      continue;
    }
    const key = codeKey(ref);
    if (seen.has(key)) problems.add(file, line, `${key} is overridden twice`);
    seen.add(key);
    out.push({ line, ref, cls, reason: match[3] ?? '' });
  }
  return out;
}
