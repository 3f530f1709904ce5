// Parses and validates the per-code guidance files (data/guidance/*.md) and attaches them to their readings.
import { codeKey } from '../core/code-key.js';
import type { CodeRef, Entry, Link } from '../core/types.js';
import { parseCodeRef } from './curated-files.js';
import type { ProblemList } from './problems.js';

export const GUIDANCE_DIR = 'data/guidance';

/** One guidance file as read from disk: its repository path and text. */
export interface GuidanceText {
  file: string;
  text: string;
}

export interface Guidance {
  file: string;
  line: number;
  title: string;
  applies: Array<CodeRef & { line: number }>;
  causes: string[];
  causesZh: string[];
  steps: string[];
  stepsZh: string[];
  /** How users report the problem, in their words (index-only: never shown, never in --json). */
  symptoms: string[];
  symptomsZh: string[];
  sources: Link[];
}

/** The sections of a file, exactly these headings in this order; the symptom sections may be left out. */
const SECTIONS = ['Causes', '原因', 'What to do', '处理建议', 'Symptoms', '症状', 'Sources'] as const;
type Section = (typeof SECTIONS)[number];
const OPTIONAL: ReadonlySet<Section> = new Set(['Symptoms', '症状']);
const SYMPTOM_SECTIONS = ['Symptoms', '症状'] as const;

/**
 * The Error Codes page in its English and Chinese homes and their mirrors (www./intl./trtc.io, cloud.tencent.cn,
 * language paths such as /zh/): a source, but it says what a code means, not where practical causes come from nor
 * how users describe a problem. API pages (a REST API's error table, an SDK API reference) are not this page.
 */
const ERROR_CODES_PAGES = ['https://tencentcloud.com/document/product/1047/34348', 'https://cloud.tencent.com/document/product/269/1671', 'https://trtc.io/document/34348'];

/** One spelling per page: https, no www., intl.cloud.tencent.com and cloud.tencent.cn folded in, no language path. */
function canonicalUrl(url: string): string {
  const [, host = '', path = ''] = /^https?:\/\/([^/\s]+)(.*)$/.exec(url) ?? [];
  const folded = host.replace(/^www\./, '').replace(/^intl\.cloud\.tencent\.com$/, 'tencentcloud.com').replace(/^cloud\.tencent\.cn$/, 'cloud.tencent.com');
  return `https://${folded}${path.replace(/^\/[a-z]{2}(?=\/)/, '')}`;
}

export function isErrorCodesPage(url: string): boolean {
  const canonical = canonicalUrl(url.trim());
  return ERROR_CODES_PAGES.some((page) => canonical.startsWith(page) && !/^[\w/]/.test(canonical.slice(page.length)));
}

const CAUSES_RANGE: [number, number] = [2, 4];
const STEPS_RANGE: [number, number] = [1, 5];
/** A symptom is a short phrase a user would type or write in a thread, not a paragraph. */
const SYMPTOMS_MAX = 10;
const SYMPTOM_CHARS: [number, number] = [4, 90];
/** "- phrase [2]" or "- phrase [2, 5]": the phrase, then the numbers of the sources (1-based) it was drawn from. */
const SYMPTOM_ITEM = /^(.*\S)\s+\[(\d{1,2}(?:\s*,\s*\d{1,2})*)\]$/;

/** The README of the directory documents the format and is not guidance. */
export function isGuidanceFile(name: string): boolean {
  return name.endsWith('.md') && name !== 'README.md';
}

function parseSourceLine(body: string, file: string, line: number, problems: ProblemList): Link | undefined {
  const bar = body.indexOf(' | ');
  const url = (bar >= 0 ? body.slice(0, bar) : body).trim();
  const text = bar >= 0 ? body.slice(bar + 3).trim() : '';
  if (!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url)) {
    problems.add(file, line, `source "${url}" is not a URL`);
    return undefined;
  }
  if (text === '') {
    problems.add(file, line, 'source needs " | " and a short note after the URL');
    return undefined;
  }
  return { text, url };
}

/**
 * Checks one symptom section: short phrases in the section's language, no repeats, each citing by number the
 * sources it was drawn from, and at least one of those a user's report (a thread, a Q&A page), not the Error
 * Codes page, which says what the code means, not how users describe it. Returns the phrases without citations.
 */
function checkSymptoms(
  section: (typeof SYMPTOM_SECTIONS)[number],
  items: ReadonlyArray<{ line: number; body: string }>,
  heading: number | undefined,
  sourceItems: ReadonlyArray<{ line: number; body: string }>,
  { file, problems }: { file: string; problems: ProblemList },
): string[] {
  if (heading !== undefined && items.length === 0) problems.add(file, heading, `"${section}" is empty; leave the section out or give "- phrase [source number]"`);
  if (items.length > SYMPTOMS_MAX) problems.add(file, heading ?? 1, `"${section}" has ${items.length} phrases; give at most ${SYMPTOMS_MAX}`);
  const zh = section === '症状';
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (const item of items) {
    const match = SYMPTOM_ITEM.exec(item.body);
    if (!match?.[1] || !match[2]) {
      problems.add(file, item.line, `a symptom must end with the numbers of its sources, as in "- kicked offline after login [2]"`);
      continue;
    }
    const phrase = match[1].trim();
    const length = [...phrase].length;
    if (length < SYMPTOM_CHARS[0] || length > SYMPTOM_CHARS[1]) {
      problems.add(file, item.line, `symptom has ${length} characters; give ${SYMPTOM_CHARS[0]} to ${SYMPTOM_CHARS[1]}`);
    }
    const han = /\p{Script=Han}/u.test(phrase);
    if (zh && !han) problems.add(file, item.line, '"症状" phrases are Chinese; this one has no Chinese text');
    if (!zh && han) problems.add(file, item.line, '"Symptoms" phrases are English; put Chinese ones under "## 症状"');
    const key = phrase.toLowerCase();
    if (seen.has(key)) problems.add(file, item.line, `symptom "${phrase}" is listed twice`);
    seen.add(key);
    const cited = match[2].split(',').map((n) => Number(n.trim()));
    const bad = cited.filter((n) => n < 1 || n > sourceItems.length);
    if (bad.length > 0) {
      problems.add(file, item.line, `symptom cites source ${bad.join(', ')}, but "Sources" lists ${sourceItems.length}`);
    } else if (cited.every((n) => isErrorCodesPage(sourceItems[n - 1]?.body ?? ''))) {
      problems.add(file, item.line, 'symptom cites only the Error Codes page; cite the thread, Q&A page or API page it was written from');
    }
    phrases.push(phrase);
  }
  return phrases;
}

/** Reads one file; every problem is reported with file:line and the file is returned only when it is whole. */
export function parseGuidanceFile({ file, text }: GuidanceText, problems: ProblemList): Guidance | undefined {
  const before = problems.problems.length;
  const lines = text.split(/\r?\n/);
  let title = '';
  const applies: Guidance['applies'] = [];
  let appliesSeen = false;
  const items: Record<Section, Array<{ line: number; body: string }>> = { Causes: [], 原因: [], 'What to do': [], 处理建议: [], Symptoms: [], 症状: [], Sources: [] };
  const headingLine = new Map<Section, number>();
  let section: Section | undefined;
  let lastIndex = -1;
  const reportedMissing = new Set<Section>();

  lines.forEach((raw, index) => {
    const line = index + 1;
    const body = raw.trim();
    if (body === '') return;
    if (!title) {
      if (body.startsWith('# ') && body.length > 2) title = body.slice(2).trim();
      else problems.add(file, line, 'the file must open with "# Title"');
      if (!title) title = '(untitled)';
      return;
    }
    if (body.startsWith('applies:')) {
      if (appliesSeen || section) problems.add(file, line, '"applies:" must come once, right after the title');
      appliesSeen = true;
      for (const token of body.slice('applies:'.length).trim().split(/\s+/).filter(Boolean)) {
        const ref = parseCodeRef(token);
        if (ref) applies.push({ ...ref, line });
        else problems.add(file, line, `"${token}" is not a source:code reference`);
      }
      return;
    }
    if (body.startsWith('#')) {
      const name = body.replace(/^##\s+/, '');
      const index = (SECTIONS as readonly string[]).indexOf(name);
      if (!body.startsWith('## ') || index < 0) {
        problems.add(file, line, `unknown heading "${body}"; the sections are ${SECTIONS.map((x) => `"## ${x}"`).join(', ')}`);
        section = undefined;
        return;
      }
      if (index <= lastIndex) {
        problems.add(file, line, `"## ${name}" comes twice or out of order`);
        section = undefined;
        return;
      }
      for (const skipped of SECTIONS.slice(lastIndex + 1, index)) {
        if (OPTIONAL.has(skipped)) continue;
        problems.add(file, line, `missing section "## ${skipped}" before "## ${name}"`);
        reportedMissing.add(skipped);
      }
      lastIndex = index;
      section = SECTIONS[index] as Section;
      headingLine.set(section, line);
      return;
    }
    if (!section) {
      problems.add(file, line, 'text outside a section');
      return;
    }
    const numbered = section === 'What to do' || section === '处理建议';
    const match = numbered ? /^\d+\.\s+(.+)$/.exec(body) : /^-\s+(.+)$/.exec(body);
    if (!match?.[1]) {
      problems.add(file, line, numbered ? `a step in "${section}" must be "1. text"` : `an item in "${section}" must be "- text"`);
      return;
    }
    items[section].push({ line, body: match[1].trim() });
  });

  if (!title) problems.add(file, 1, 'empty file');
  if (!appliesSeen || applies.length === 0) problems.add(file, 2, 'missing "applies: source:code ..." line');
  for (const s of SECTIONS) if (!headingLine.has(s) && !reportedMissing.has(s) && !OPTIONAL.has(s)) problems.add(file, lines.length, `missing section "## ${s}"`);
  const count = (s: Section) => items[s].length;
  const at = (s: Section) => headingLine.get(s) ?? lines.length;
  if (headingLine.has('Causes') && (count('Causes') < CAUSES_RANGE[0] || count('Causes') > CAUSES_RANGE[1])) {
    problems.add(file, at('Causes'), `"Causes" has ${count('Causes')} item(s); give ${CAUSES_RANGE[0]} to ${CAUSES_RANGE[1]}`);
  }
  if (headingLine.has('What to do') && (count('What to do') < STEPS_RANGE[0] || count('What to do') > STEPS_RANGE[1])) {
    problems.add(file, at('What to do'), `"What to do" has ${count('What to do')} step(s); give ${STEPS_RANGE[0]} to ${STEPS_RANGE[1]}`);
  }
  if (headingLine.has('原因') && count('原因') !== count('Causes')) {
    problems.add(file, at('原因'), `"原因" has ${count('原因')} item(s) but "Causes" has ${count('Causes')}; they must match one to one`);
  }
  if (headingLine.has('处理建议') && count('处理建议') !== count('What to do')) {
    problems.add(file, at('处理建议'), `"处理建议" has ${count('处理建议')} step(s) but "What to do" has ${count('What to do')}; they must match one to one`);
  }
  for (const s of ['What to do', '处理建议'] as const) {
    items[s].forEach((item, i) => {
      if (!new RegExp(`^${i + 1}\\.`).test(lines[item.line - 1]?.trim() ?? '')) problems.add(file, item.line, `step ${i + 1} of "${s}" is numbered out of order`);
    });
  }
  for (const zh of ['原因', '处理建议'] as const) {
    for (const item of items[zh]) if (!/[\u4e00-\u9fff]/.test(item.body)) problems.add(file, item.line, `"${zh}" items are Chinese; this one has no Chinese text`);
  }
  if (headingLine.has('Sources') && count('Sources') === 0) problems.add(file, at('Sources'), 'no sources: list at least one "- URL | note"');
  const sources: Link[] = [];
  for (const item of items.Sources) {
    const link = parseSourceLine(item.body, file, item.line, problems);
    if (link) sources.push(link);
  }
  const symptoms = Object.fromEntries(
    SYMPTOM_SECTIONS.map((s) => [s, checkSymptoms(s, items[s], headingLine.get(s), items.Sources, { file, problems })]),
  ) as Record<(typeof SYMPTOM_SECTIONS)[number], string[]>;
  if (problems.problems.length !== before) return undefined;
  if (sources.length > 0 && sources.every((l) => isErrorCodesPage(l.url))) {
    problems.notice(file, at('Sources'), 'cites only the Error Codes page; also cite where the causes come from (SDK docs, issue threads)');
  }
  return {
    file,
    line: 1,
    title,
    applies,
    causes: items.Causes.map((i) => i.body),
    causesZh: items['原因'].map((i) => i.body),
    steps: items['What to do'].map((i) => i.body),
    stepsZh: items['处理建议'].map((i) => i.body),
    symptoms: symptoms.Symptoms,
    symptomsZh: symptoms['症状'],
    sources,
  };
}

const numberedLines = (steps: string[]) => steps.map((s, i) => `${i + 1}. ${s}`).join('\n');

/**
 * Parses every file, checks each applies-reference against the catalogue and that no reading is covered twice,
 * then gives each covered reading its own causes, steps and sources (adviceFrom "code").
 */
export function attachGuidance(entries: Map<string, Entry>, files: GuidanceText[], problems: ProblemList): Guidance[] {
  const parsed: Guidance[] = [];
  const owner = new Map<string, { file: string; line: number }>();
  for (const f of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const g = parseGuidanceFile(f, problems);
    if (!g) continue;
    let ok = true;
    for (const ref of g.applies) {
      const k = codeKey(ref);
      const entry = entries.get(k);
      if (!entry) {
        problems.add(g.file, ref.line, `${k} is not a reading in the catalogue`);
        ok = false;
        continue;
      }
      const earlier = owner.get(k);
      if (earlier) {
        problems.add(g.file, ref.line, `${k} already has guidance in ${earlier.file}:${earlier.line}`);
        ok = false;
        continue;
      }
      owner.set(k, { file: g.file, line: ref.line });
    }
    if (!ok) continue;
    parsed.push(g);
    for (const ref of g.applies) {
      const entry = entries.get(codeKey(ref)) as Entry;
      entry.causes = [...g.causes];
      entry.causesZh = [...g.causesZh];
      entry.advice = numberedLines(g.steps);
      entry.adviceZh = numberedLines(g.stepsZh);
      entry.adviceFrom = 'code';
      entry.adviceSources = g.sources.map((s) => ({ ...s }));
    }
  }
  return parsed;
}

/** What the search index adds to a reading from its guidance file: how users report the problem, per language. */
export interface ReadingSymptoms {
  en: string[];
  zh: string[];
}

/**
 * Each guided reading's symptom phrases, by "source:code". They go into the search index only: they are users'
 * words, good for finding a code, but not statements about it to show on a card or in --json.
 */
export function symptomsByReading(files: GuidanceText[], problems: ProblemList): Map<string, ReadingSymptoms> {
  const out = new Map<string, ReadingSymptoms>();
  for (const f of files) {
    const g = parseGuidanceFile(f, problems);
    if (!g || (g.symptoms.length === 0 && g.symptomsZh.length === 0)) continue;
    for (const ref of g.applies) out.set(codeKey(ref), { en: [...g.symptoms], zh: [...g.symptomsZh] });
  }
  return out;
}
