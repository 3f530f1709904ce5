// Parses the catalogue's small facts: its sources with dates and versions, the official documentation links every
// reading gets, and which readings each `chaterr usersig` finding stands for.
import type { CatalogueSource, CodeRef, Link, UserSigCodes } from '../core/types.js';
import { parseCodeRef } from './curated-files.js';
import type { ProblemList } from './problems.js';

export interface CatalogueSourcesFile {
  sources: CatalogueSource[];
  links: { every: Link[]; web: Link[] };
}

const isLink = (v: unknown): v is Link =>
  typeof v === 'object' && v !== null && typeof (v as Link).text === 'string' && /^https:\/\/\S+$/.test(String((v as Link).url));

export function parseCatalogueSources(text: string, file: string, problems: ProblemList): CatalogueSourcesFile {
  const empty: CatalogueSourcesFile = { sources: [], links: { every: [], web: [] } };
  let value: { sources?: unknown; links?: { every?: unknown; web?: unknown } };
  try {
    value = JSON.parse(text) as typeof value;
  } catch (error) {
    problems.add(file, 1, `not valid JSON: ${(error as Error).message}`);
    return empty;
  }
  const lineOf = (needle: string) => Math.max(1, text.split('\n').findIndex((l) => l.includes(needle)) + 1);
  const sources: CatalogueSource[] = [];
  for (const s of Array.isArray(value.sources) ? (value.sources as Array<Record<string, unknown>>) : []) {
    if (['id', 'title', 'version', 'url'].every((k) => typeof s[k] === 'string' && s[k] !== '')) sources.push(s as unknown as CatalogueSource);
    else problems.add(file, lineOf(JSON.stringify(s.id ?? '')), 'a source needs id, title, version and url strings');
  }
  if (sources.length === 0) problems.add(file, 1, 'no sources listed');
  const links = (v: unknown, name: string): Link[] => {
    const list = Array.isArray(v) ? v : [];
    if (list.length === 0) problems.add(file, lineOf(`"${name}"`), `links.${name} needs at least one {text, url}`);
    return list.filter((l, i) => {
      if (isLink(l)) return true;
      problems.add(file, lineOf(`"${name}"`), `links.${name}[${i}] is not a {text, https url}`);
      return false;
    });
  };
  return { sources, links: { every: links(value.links?.every, 'every'), web: links(value.links?.web, 'web') } };
}

const FINDINGS = ['expiry', 'identifier', 'sdkappid', 'signature', 'malformed', 'checkable'] as const;

/** `finding | source:code ...`; every finding must be present once and name only catalogue readings. */
export function parseUserSigChecks(text: string, file: string, problems: ProblemList, known: (ref: CodeRef) => boolean): UserSigCodes {
  const out: Partial<Record<(typeof FINDINGS)[number], CodeRef[]>> = {};
  text.split(/\r?\n/).forEach((raw, index) => {
    const body = raw.trim();
    if (body === '' || body.startsWith('#')) return;
    const line = index + 1;
    const [name = '', refs = ''] = body.split('|').map((p) => p.trim());
    if (!(FINDINGS as readonly string[]).includes(name)) {
      problems.add(file, line, `unknown finding "${name}"; expected one of ${FINDINGS.join(', ')}`);
      return;
    }
    const finding = name as (typeof FINDINGS)[number];
    if (out[finding]) problems.add(file, line, `finding "${finding}" is listed twice`);
    const list: CodeRef[] = [];
    for (const token of refs.split(/\s+/).filter(Boolean)) {
      const ref = parseCodeRef(token);
      if (!ref) problems.add(file, line, `"${token}" is not a source:code reference`);
      else if (!known(ref)) problems.add(file, line, `${token} is not a reading in the catalogue`);
      else list.push(ref);
    }
    if (list.length === 0) problems.add(file, line, `finding "${finding}" names no reading`);
    out[finding] = list;
  });
  for (const f of FINDINGS) if (!out[f]) problems.add(file, 1, `finding "${f}" is missing`);
  return { expiry: [], identifier: [], sdkappid: [], signature: [], malformed: [], checkable: [], ...out };
}
