// Finds the error codes a person would point at in one log line, and not the timestamps, ids, versions or ports around them.

export type ScanMode = 'default' | 'strict' | 'loose';

export interface Finding {
  code: number;
  /** 1-based column (in characters) where the match starts. */
  column: number;
  /** The text that identified the code, e.g. "code:70001" or "PlatformException(6206". */
  match: string;
}

/** Whether a number is a catalogue code: standalone numbers count only when it is. */
export type IsKnownCode = (code: number) => boolean;

/** The catalogue's codes as the scanner needs them: a membership test, and every code as inclusive spans. */
export interface KnownCodes {
  has: IsKnownCode;
  spans(): Iterable<readonly [number, number]>;
}

/**
 * Keys that name an error code. "Strong" keys with a separator (and the Chinese 错误码 "error code" or 返回
 * "returned") make even an unknown number worth reporting; weak ones (a failure word, a bare space for a
 * separator, 报/报错 "reported") only vouch for known codes.
 */
const STRONG_ASCII_KEY = String.raw`(?:err(?:or)?[ _-]?code|errcode|ret[_-]?code|result[_-]?code|err(?:or)?[_-]?id|errid|code|ret)`;
const WEAK_ASCII_KEY = String.raw`(?:failed|failure|fail|error|err)`;
const STRONG_CJK_KEY = '(?:错误码|错误代码|错误号|返回码|报错码|返回)';
const WEAK_CJK_KEY = '(?:报错|报)';
/** A Chinese measure word after the number makes it a quantity: 返回1000条消息 is "returned 1000 messages". */
const CJK_QUANTITY = String.raw`(?!\s*(?:条|个|次|秒|毫秒|分钟|小时|天|人|字节|位|行|页|%))`;
/** Separators between a key and its value: quotes, colon (also full-width), equals; a bare space is weaker. */
const SEPARATOR = String.raw`(\s*["']?\s*[:=：]\s*["']?\s*|\s+)`;
const NUMBER = String.raw`(-?\d+)`;
/** Chinese lists of codes: 报9519和9520错误, 错误码 6206、6208. */
const CONTINUATION = String.raw`\s*(?:和|与|及|或|、|/)\s*(-?\d+)`;

/** A number ends where the code ends: not inside a version (4.3.81), a range or pid-tid (22008-22113), a time (09:55) or a word. */
const NUMBER_END = String.raw`(?![\d.,:]\d|-\d|[A-Za-z_\d])`;

const ASCII_KEYED = new RegExp(
  String.raw`(?<![A-Za-z0-9_])(?:(${STRONG_ASCII_KEY})|(${WEAK_ASCII_KEY}))["']?${SEPARATOR}${NUMBER}${NUMBER_END}`,
  'gi',
);
const CJK_KEYED = new RegExp(String.raw`(?:(${STRONG_CJK_KEY})|(${WEAK_CJK_KEY}))(\s*[:：=]?\s*)${NUMBER}${NUMBER_END}${CJK_QUANTITY}`, 'g');
const CONTINUATION_AT = new RegExp(String.raw`${CONTINUATION}${NUMBER_END}`, 'y');
const PLATFORM_EXCEPTION = /PlatformException\(\s*(?:[A-Za-z_]\w*\s*,\s*)?(-?\d+)(?=\s*[,)])/g;

/**
 * Other libraries' error domains: their "code" is not a Tencent code (NSURLError code: -1002). An NSError
 * domain of the Chat SDK itself (com.tencent.imsdk, V2TIM...) is not foreign.
 */
const FOREIGN_CONTEXT =
  /(?:NSURLError\w*|NS\w*ErrorDomain|NSError|kCF\w*|WKError\w*|Domain=(?!\S*(?:tencent|imsdk|tim|tuikit))\S+|https?|HTTP|status|statusCode|SQLite\w*|errno|OSStatus|socket|grpc|curl)\W{0,3}$/i;

/** A standalone number: nothing glued to either side that makes it part of something else. */
const STANDALONE = /(?<![\w.:/\\#@=$%+&~-])(-?\d{3,6})(?![\w/\\%~-]|[.,:]\d)/g;
/** Right before a standalone number, these words say what the number is, and it is not an error code. */
const NOT_A_CODE_BEFORE = /(?:\b(?:seq|sequence|size|len|length|pid|tid|uid|id|port|line|offset|count|time|times|version|ver|appid|sdkappid|retry|retries|attempt|after|in|of|at|row|col|column|step|page|index|idx|no|num|number|#)\s*$)|(?:[A-Za-z_]\w*["']?\s*[:=：]\s*["']?\s*$)/i;
/** Right after a standalone number, a unit means a quantity. */
const UNIT_AFTER = /^\s*(?:ms|msec|s|sec|secs|seconds?|minutes?|mins?|hours?|bytes?|b|kb|mb|gb|kib|mib|%|px|x|times)\b/i;

const NON_ASCII = /[^\x00-\x7f]/;
/** A real separator, not just a space, between a key and its number. */
const SEPARATOR_MARK = /[:=：]/;

/** Lines that speak of failure: the default mode trusts standalone known codes only there. */
const FAILURE_WORDS = /error|fail|exception|timeout|timed out|失败|错误|报错|超时|异常/i;

/** Tencent codes have 4 to 6 digits, or are negative with 3 to 5; an unknown keyed number must look like one. */
function looksLikeTencentCode(code: number): boolean {
  return (code >= 1000 && code <= 999999) || (code <= -100 && code >= -99999);
}

function takenAt(findings: Finding[], index: number): boolean {
  return findings.some((f) => f.column === index + 1);
}

/** Records a code unless it is success (0), already found there, or unknown without a strong key to vouch for it. */
function addFinding(findings: Finding[], isKnown: IsKnownCode, code: number, index: number, match: string, strong: boolean): void {
  if (code === 0 || takenAt(findings, index)) return;
  if (!isKnown(code) && !(strong && looksLikeTencentCode(code))) return;
  findings.push({ code, column: index + 1, match });
}

/** The rest of a Chinese list after a keyed code: 报9519和9520错误. */
function continueList(line: string, from: number, findings: Finding[], isKnown: IsKnownCode, strong: boolean): void {
  CONTINUATION_AT.lastIndex = from;
  let next: RegExpExecArray | null;
  while ((next = CONTINUATION_AT.exec(line)) !== null && next[1] !== undefined) {
    addFinding(findings, isKnown, Number(next[1]), next.index + next[0].indexOf(next[1]), next[1], strong);
  }
}

export function findCodesInLine(line: string, isKnown: IsKnownCode, mode: ScanMode = 'default'): Finding[] {
  const findings: Finding[] = [];

  ASCII_KEYED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ASCII_KEYED.exec(line)) !== null) {
    const [whole, strongKey, , separator, digits] = m;
    if (digits === undefined || separator === undefined) continue;
    if (FOREIGN_CONTEXT.test(line.slice(Math.max(0, m.index - 40), m.index))) continue;
    const hasSeparator = SEPARATOR_MARK.test(separator);
    // "failed 6013" is a failure word beside a number, not a key: strict mode wants real keys.
    if (mode === 'strict' && strongKey === undefined && !hasSeparator) continue;
    // A quoted JSON key ("ErrorCode":90003) is reported with both its quotes.
    const key = strongKey ?? m[2] ?? '';
    const opening = line[m.index - 1];
    const quoted = (opening === '"' || opening === "'") && whole[key.length] === opening;
    addFinding(findings, isKnown, Number(digits), quoted ? m.index - 1 : m.index, quoted ? `${opening}${whole}` : whole, strongKey !== undefined && hasSeparator);
    // A failure word followed by another key ("failed: code=6014") must not hide that key.
    if (strongKey === undefined) ASCII_KEYED.lastIndex = m.index + whole.length - digits.length;
  }

  // Most lines are ASCII, and the Chinese keys cannot be in them.
  if (NON_ASCII.test(line)) {
    CJK_KEYED.lastIndex = 0;
    while ((m = CJK_KEYED.exec(line)) !== null) {
      const [whole, strongKey, , , digits] = m;
      if (digits === undefined) continue;
      const strong = strongKey !== undefined;
      addFinding(findings, isKnown, Number(digits), m.index, whole, strong);
      continueList(line, CJK_KEYED.lastIndex, findings, isKnown, strong);
    }
  }

  if (line.includes('PlatformException')) {
    PLATFORM_EXCEPTION.lastIndex = 0;
    while ((m = PLATFORM_EXCEPTION.exec(line)) !== null) {
      if (m[1] !== undefined) addFinding(findings, isKnown, Number(m[1]), m.index, m[0], true);
    }
  }

  if (mode !== 'strict' && (mode === 'loose' || FAILURE_WORDS.test(line))) {
    STANDALONE.lastIndex = 0;
    while ((m = STANDALONE.exec(line)) !== null) {
      const digits = m[1];
      if (digits === undefined) continue;
      const code = Number(digits);
      if (!isKnown(code) || takenAt(findings, m.index)) continue;
      if (isInsideKeyedMatch(findings, m.index)) continue;
      if (NOT_A_CODE_BEFORE.test(line.slice(Math.max(0, m.index - 24), m.index))) continue;
      const after = line.slice(m.index + digits.length, m.index + digits.length + 12);
      if (UNIT_AFTER.test(after)) continue;
      if (isProcessId(line.slice(Math.max(0, m.index - 24), m.index), after)) continue;
      addFinding(findings, isKnown, code, m.index, digits, false);
    }
  }

  return findings.sort((a, b) => a.column - b.column);
}

/**
 * Log prefixes put process and thread ids beside the level: logcat's "E/Tag( 6014):" and
 * "I/flutter (6014):", and threadtime's "11-25 10:00:01.123  6014  6208 E Tag:".
 */
const OPEN_PAREN_BEFORE = /\(\s*$/;
const CLOSE_PAREN_COLON_AFTER = /^\s*\)\s*:/;
const TID_LEVEL_AFTER = /^\s+\d+\s+[VDIWEFA]\s/;
const DIGIT_BEFORE = /\d\s+$/;
const LEVEL_AFTER = /^\s+[VDIWEFA]\s/;

function isProcessId(before: string, after: string): boolean {
  if (OPEN_PAREN_BEFORE.test(before) && CLOSE_PAREN_COLON_AFTER.test(after)) return true;
  if (TID_LEVEL_AFTER.test(after)) return true;
  return DIGIT_BEFORE.test(before) && LEVEL_AFTER.test(after);
}

function isInsideKeyedMatch(findings: Finding[], index: number): boolean {
  return findings.some((f) => index >= f.column - 1 && index < f.column - 1 + f.match.length);
}
