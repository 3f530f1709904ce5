// Gives every reading its Chinese description: Tencent's own wording where it exists, ours from data/ otherwise.
import { codeKey } from '../core/code-key.js';
import type { Entry } from '../core/types.js';
import { markdownToPlain } from './markdown-text.js';
import { parseCodeRef } from './curated-files.js';
import type { ProblemList } from './problems.js';

interface TencentZh {
  line: number;
  code: number;
  name: string;
  zh: string | null;
}

/** Both Tencent files hold one {code, name, zh} object per line; the line number serves file:line problems. */
function parseTencentZh(text: string, file: string, problems: ProblemList): TencentZh[] {
  const out: TencentZh[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim().replace(/,$/, '');
    if (!trimmed.startsWith('{')) return;
    try {
      const value = JSON.parse(trimmed) as Record<string, unknown>;
      const { code, name, zh } = value;
      if (!Number.isSafeInteger(code) || typeof name !== 'string' || (zh !== null && typeof zh !== 'string')) {
        problems.add(file, index + 1, 'record needs an integer code, a name and a zh string or null');
        return;
      }
      out.push({ line: index + 1, code: code as number, name, zh: zh as string | null });
    } catch {
      problems.add(file, index + 1, 'unparsable record');
    }
  });
  return out;
}

/** Our own Chinese descriptions: `source:code | 中文描述`, one per line, # comments. */
export function parseOwnZh(text: string, file: string, problems: ProblemList): Map<string, { line: number; zh: string }> {
  const out = new Map<string, { line: number; zh: string }>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const body = raw.trim();
    if (body === '' || body.startsWith('#')) return;
    const bar = body.indexOf('|');
    const ref = bar > 0 ? parseCodeRef(body.slice(0, bar).trim()) : undefined;
    const zh = bar > 0 ? body.slice(bar + 1).trim() : '';
    if (!ref || zh === '') {
      problems.add(file, index + 1, 'expected "source:code | 中文描述"');
      return;
    }
    const k = codeKey(ref);
    if (out.has(k)) problems.add(file, index + 1, `${k} is described twice`);
    out.set(k, { line: index + 1, zh });
  });
  return out;
}

export interface ChineseTexts {
  nativeZh: string;
  webZh: string;
  ownZh: string;
}

export const CHINESE_FILES = {
  nativeZh: 'data/native-error-descriptions.zh.json',
  webZh: 'data/web-sdk-messages-2.22.1.zh.json',
  ownZh: 'data/descriptions.zh.txt',
} as const;

/**
 * Tencent's wording wins where it exists: the native header's comment for a named native reading, the Web SDK's
 * bundled message for a Web reading. Every other reading must have a line in our own file.
 */
export function attachChinese(entries: Entry[], texts: ChineseTexts, problems: ProblemList): void {
  const nativeByName = new Map<string, TencentZh>();
  for (const n of parseTencentZh(texts.nativeZh, CHINESE_FILES.nativeZh, problems)) nativeByName.set(`${n.code}/${n.name}`, n);
  const webByCode = new Map<number, TencentZh>();
  for (const w of parseTencentZh(texts.webZh, CHINESE_FILES.webZh, problems)) webByCode.set(w.code, w);
  const own = parseOwnZh(texts.ownZh, CHINESE_FILES.ownZh, problems);
  const used = new Set<string>();
  const missing: string[] = [];
  for (const e of entries) {
    const k = codeKey(e);
    // Readings that came with Tencent's Chinese text already (server codes only the REST pages document).
    if (e.descriptionZh !== '' && e.descriptionZhFrom === 'tencent') {
      used.add(k);
      continue;
    }
    let tencent: string | null | undefined;
    if (e.source === 'web') tencent = webByCode.get(e.code)?.zh;
    else for (const name of e.names) tencent ??= nativeByName.get(`${e.code}/${name}`)?.zh;
    const ours = own.get(k);
    if (tencent) {
      e.descriptionZh = markdownToPlain(tencent).text;
      e.descriptionZhFrom = 'tencent';
      if (ours) problems.add(CHINESE_FILES.ownZh, ours.line, `${k} already has Tencent's Chinese text; drop our line`);
    } else if (ours) {
      e.descriptionZh = ours.zh;
      e.descriptionZhFrom = 'chaterr';
    } else {
      missing.push(k);
    }
    used.add(k);
  }
  for (const [k, { line }] of own) if (!used.has(k)) problems.add(CHINESE_FILES.ownZh, line, `${k} is not in the catalogue`);
  // Every reading must carry Chinese text, so a reading without it is an error in our file, pointed at its header.
  if (missing.length > 0) problems.add(CHINESE_FILES.ownZh, 1, `${missing.length} reading(s) lack a Chinese description: ${missing.join(' ')}`);
}
