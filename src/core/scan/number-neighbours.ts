// What stands right beside a number: the glue, unit, id word or log-prefix field that makes it no code, or Chinese prose.
import { GLUED_AFTER_SET, GLUED_BEFORE_SET, isAsciiDigit, isChinese, isLetter, isSpace, isUpperAscii, isWordChar, spacesEnd, spacesStart } from './char-classes.js';
import { CJK_ERROR_WORD, CJK_NUMBER_WORDS, CJK_UNITS_BEFORE_NO_HAN, EDITION_WORDS, FAILURE_WORDS, MONTH_NAMES, TIMER_CALLS } from './grammar.js';
import { CJK_ID_BY_LAST, CJK_UNITS_BY_FIRST, ID_WORD_SET, JOINERS, UNIT_SET } from './word-tables.js';
import { isXlogField } from './xlog.js';
import { isCodeDigit } from '../code-chars.js';
import { isHanCode } from '../han-script.js';

/** A log field ends right after the number: `|`, `,`, `;` or the end of the line. */
export function endsField(line: string, end: number): boolean {
  if (end >= line.length) return true;
  const next = line.charCodeAt(end);
  return next === 124 || next === 44 || next === 59;
}

/** A number ends where the code ends: not inside a version (4.3.81), a range or pid-tid (22008-22113), a time (09:55) or a word. */
export function endsCleanly(line: string, end: number): boolean {
  // Reads past the line's end are guarded, not left to give NaN: V8 drops optimized code that reads out of bounds.
  if (end >= line.length) return true;
  const next = line.charCodeAt(end);
  if (isWordChar(next)) return false;
  // Arabic locales write the decimal and thousands marks as ٫ and ٬ (String.format's ٤١٫٢٢٣٧٢).
  const mark = next === 46 || next === 44 || next === 58 || next === 45 || next === 0x066b || next === 0x066c;
  if (mark && end + 1 < line.length && isCodeDigit(line.charCodeAt(end + 1))) return false;
  return !(next === 58 && ipv6GroupAt(line, end + 1));
}

const isHexDigit = (c: number) => isAsciiDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

/**
 * An IPv6 address goes on at k, after a group and its colon: `:` (2400:3200::1) or up to four hex digits and a colon
 * (2001:DB8:7:bba4::53, 240e:3b4:e62:1e0::1). Its first group may be a number of Tencent's shape, and the addresses of
 * China's carriers open with 24xx groups.
 */
function ipv6GroupAt(line: string, k: number): boolean {
  if (line.charCodeAt(k) === 58) return true;
  let j = k;
  while (j < line.length && j - k < 4 && isHexDigit(line.charCodeAt(j))) j++;
  return j > k && line.charCodeAt(j) === 58;
}

/** Whether a number follows a Chinese list joiner right after the previous listed code: 9519和9520, 6206、6208. */
export function continuesList(line: string, numberStart: number, listEnd: number): boolean {
  const j = spacesStart(line, numberStart, Math.max(listEnd, numberStart - 4));
  if (j <= listEnd || !JOINERS.has(line[j - 1] as string)) return false;
  return spacesStart(line, j - 1, listEnd) === listEnd;
}

/** `/` and one or two digits right after the number: a date (2024/11/26) or a fraction, where codes have three or more. */
export function datePartAfter(line: string, digitsEnd: number): boolean {
  // Reads past the line's end are guarded, as in endsCleanly(): V8 drops optimized code that reads out of bounds.
  const digitAt = (k: number) => k < line.length && isAsciiDigit(line.charCodeAt(k));
  if (digitsEnd >= line.length || line.charCodeAt(digitsEnd) !== 47 || !digitAt(digitsEnd + 1)) return false;
  return !(digitAt(digitsEnd + 2) && digitAt(digitsEnd + 3));
}

/** Something glued to the number's left makes it part of a word, a path, a version or a value of another field. */
export function gluedBefore(line: string, numberStart: number): boolean {
  const before = line.charCodeAt(numberStart - 1);
  if (before === 58 && failureWordEndsAt(line, numberStart - 1)) return false;
  return numberStart > 0 && (isWordChar(before) || GLUED_BEFORE_SET.has(before));
}

/**
 * Chinese logs put an ASCII colon after a failure word with no space (登录失败:6206, Log.e(TAG, "登录失败:" + code)): that
 * colon introduces the code as the full-width one does, not glue as in 10.0.0.1:9520. Chinese failure words only.
 */
const CJK_FAILURE_WORDS = FAILURE_WORDS.filter((w) => w.charCodeAt(0) > 0x2e80);
function failureWordEndsAt(line: string, end: number): boolean {
  if (end < 2 || line.charCodeAt(end - 1) <= 0x2e80) return false;
  for (const word of CJK_FAILURE_WORDS) if (line.startsWith(word, end - word.length)) return true;
  return false;
}

/** A standalone number: nothing glued to either side that makes it part of something else. */
export function standsAlone(line: string, numberStart: number, digitsEnd: number): boolean {
  if (gluedBefore(line, numberStart)) return false;
  const after = line.charCodeAt(digitsEnd);
  // An arrow to the message is no range (%d->%@ in iOS demos' NSLog: 登录失败: 6206->userSig expired).
  if (after === 45 && line.charCodeAt(digitsEnd + 1) === 62) return true;
  return !(digitsEnd < line.length && GLUED_AFTER_SET.has(after));
}

/**
 * Chinese prose names codes bare, right beside its words or full-width punctuation: 您好，6012问题, 关于 70402 参数非法,
 * 开启离线推送 6012, . A space may stand between.
 */
export function besideChinese(line: string, numberStart: number, digitsEnd: number): boolean {
  let before = numberStart - 1;
  if (isSpace(line.charCodeAt(before))) before--;
  let after = digitsEnd;
  if (isSpace(line.charCodeAt(after))) after++;
  return isChinese(line.charCodeAt(before)) || isChinese(line.charCodeAt(after));
}

const NUMBER_WORDS = new Set<string>(CJK_NUMBER_WORDS);
const BEFORE_NO_HAN = new Set<string>(CJK_UNITS_BEFORE_NO_HAN);

/** The number names or counts a thing: uid 6014, room 9520, retry in 7008, 第 10010 号. */
export function namesAThing(line: string, numberStart: number): boolean {
  let j = numberStart;
  while (j > 0 && numberStart - j < 4 && (isSpace(line.charCodeAt(j - 1)) || line.charCodeAt(j - 1) === 35)) j--;
  const idWords = j > 0 && line.charCodeAt(j - 1) > 0x2e80 ? CJK_ID_BY_LAST.get(line[j - 1] as string) : undefined;
  if (idWords) {
    for (const word of idWords) {
      if (j < word.length || !line.startsWith(word, j - word.length)) continue;
      // 错误编号 6014 is the error's number: its code, not a record's.
      return !(NUMBER_WORDS.has(word) && line.startsWith(CJK_ERROR_WORD, j - word.length - CJK_ERROR_WORD.length));
    }
  }
  let k = j;
  while (k > 0 && j - k <= 16 && isWordChar(line.charCodeAt(k - 1))) k--;
  if (k === j || (k > 0 && isWordChar(line.charCodeAt(k - 1)))) return false;
  return ID_WORD_SET.has(line.slice(k, j).toLowerCase());
}

/** How far back an argument's call is looked for: a callback written inline (`() => { tim.login(options) }`) fits. */
const MAX_CALL_LOOKBACK = 200;
/** A callee's name is read this far back at most (`handler.postDelayed`: the part after the dot). */
const MAX_CALLEE_CHARS = 32;

/** An HTML tag is read back this far at most: a highlighter's `<span class="hljs-number">` fits. */
const MAX_TAG_CHARS = 64;

/**
 * Where the HTML tag that ends at `end` starts (its `<`), or `end` when no tag ends there: one bounded look back, which
 * stops at another `>`.
 */
function tagStart(line: string, end: number): number {
  if (end === 0 || line.charCodeAt(end - 1) !== 62) return end;
  for (let k = end - 1; k > 0 && end - k <= MAX_TAG_CHARS; k--) {
    const c = line.charCodeAt(k - 1);
    if (c === 60) return k - 1;
    if (c === 62) return end;
  }
  return end;
}

/**
 * The number is an argument of a timer call (TIMER_CALLS): setTimeout(fn, 3000), Thread.sleep(2000). The walk back to
 * the call's `(` skips balanced parentheses and is bounded, so each number costs a fixed amount at most.
 */
export function timerArgument(line: string, numberStart: number): boolean {
  let k = spacesStart(line, numberStart, Math.max(0, numberStart - 4));
  // Highlighted code on a documentation page wraps each token in a tag (setTimeout</span>(fn, <span class="hljs-number">2000</span>)).
  k = spacesStart(line, tagStart(line, k), Math.max(0, k - MAX_TAG_CHARS - 4));
  const limit = Math.max(0, numberStart - MAX_CALL_LOOKBACK);
  if (k > 0 && line.charCodeAt(k - 1) === 44) {
    // A later argument: back over the earlier ones to the call's own `(`.
    let depth = 0;
    for (k--; k > limit; k--) {
      const c = line.charCodeAt(k - 1);
      if (c === 41) depth++;
      else if (c === 40 && depth-- === 0) break;
    }
    if (k <= limit) return false;
  }
  if (k === 0 || line.charCodeAt(k - 1) !== 40) return false;
  const nameEnd = tagStart(line, k - 1);
  let nameStart = nameEnd;
  while (nameStart > 0 && nameEnd - nameStart < MAX_CALLEE_CHARS && isWordChar(line.charCodeAt(nameStart - 1))) nameStart--;
  if (nameStart === nameEnd) return false;
  const callee = line.slice(nameStart, nameEnd).toLowerCase();
  // A failure word alone before its code (request failed: timeout(6012)) is no call that waits.
  if (FAILURE_WORD_SET.has(callee)) return false;
  return TIMER_CALLS.some((name) => callee.endsWith(name));
}

const FAILURE_WORD_SET = new Set<string>(FAILURE_WORDS);

const MONTH_SET = new Set<string>(MONTH_NAMES);
const LONGEST_MONTH = Math.max(...MONTH_NAMES.map((m) => m.length));

/** Spaces, commas and dots between a date's parts (Nov 26, 2024; 21 Nov. 2024), this many at most. */
const MAX_DATE_GAP = 3;

/** Where the run of date separators (spaces, `,`, `.`) before `end` starts, looking back at most MAX_DATE_GAP. */
function dateGapStart(line: string, end: number): number {
  let k = end;
  while (k > 0 && end - k < MAX_DATE_GAP) {
    const c = line.charCodeAt(k - 1);
    if (!(isSpace(c) || c === 44 || c === 46)) break;
    k--;
  }
  return k;
}

/** A zone's abbreviation (CST, UTC, PDT, AEST) is this long at most. */
const MAX_ZONE_LETTERS = 5;
const LOG_LEVELS = new Set(['INFO', 'WARN', 'ERROR', 'DEBUG', 'TRACE', 'FATAL']);
/** hh:mm:ss */
const TIME_OF_DAY_LENGTH = 8;

/**
 * Where a time of day (hh:mm:ss) starts that ends at `end`, with its zone's abbreviation after it if any (10:00:01 CST);
 * -1 if none. Reads a fixed number of characters.
 */
function timeOfDayBefore(line: string, end: number): number {
  let k = end;
  let zone = k;
  while (zone > 0 && k - zone < MAX_ZONE_LETTERS && isUpperAscii(line.charCodeAt(zone - 1))) zone--;
  if (zone < k) {
    // A log's level in that place (Nov 26 10:00:01 WARN 2024 …) is no zone: what follows it is the log's message.
    if ((zone > 0 && isWordChar(line.charCodeAt(zone - 1))) || LOG_LEVELS.has(line.slice(zone, k))) return -1;
    k = dateGapStart(line, zone);
    if (k === zone) return -1;
  }
  const start = k - TIME_OF_DAY_LENGTH;
  if (start < 0) return -1;
  for (let i = 0; i < TIME_OF_DAY_LENGTH; i++) {
    const c = line.charCodeAt(start + i);
    if (i === 2 || i === 5 ? c !== 58 : !isAsciiDigit(c)) return -1;
  }
  return start;
}

/**
 * A year of a date written with its month's name: a number of four digits opening with 19 or 20 after the month (October 2022,
 * 21 Nov 2024) or after the month and its day (Oct 10 2022, Nov 26, 2024). The look back is bounded.
 */
export function yearAfterMonth(line: string, numberStart: number, digitsEnd: number): boolean {
  if (digitsEnd - numberStart !== 4) return false;
  const first = line.charCodeAt(numberStart);
  const second = line.charCodeAt(numberStart + 1);
  // 19xx or 20xx.
  if (!((first === 49 && second === 57) || (first === 50 && second === 48))) return false;
  let k = dateGapStart(line, numberStart);
  if (k === numberStart) return false;
  // Unix's date and Java's Date.toString() put the time and its zone between day and year (Tue Nov 26 10:00:01 CST 2024).
  const time = timeOfDayBefore(line, k);
  if (time >= 0) {
    k = dateGapStart(line, time);
    if (k === time) return false;
  }
  // The day between month and year (Oct 10 2022): one or two digits, then the gap before them.
  let day = k;
  while (day > 0 && k - day < 2 && isAsciiDigit(line.charCodeAt(day - 1))) day--;
  if (day < k) {
    if (day > 0 && isWordChar(line.charCodeAt(day - 1))) return false;
    k = dateGapStart(line, day);
    if (k === day) return false;
  }
  let start = k;
  while (start > 0 && k - start <= LONGEST_MONTH && isLetter(line.charCodeAt(start - 1))) start--;
  if (start === k || (start > 0 && isWordChar(line.charCodeAt(start - 1)))) return false;
  return MONTH_SET.has(line.slice(start, k).toLowerCase());
}

/** A unit right after the number makes it a quantity: 7008 ms, 7008 条, 6014毫秒. */
export function unitAfter(line: string, digitsEnd: number): boolean {
  const e = spacesEnd(line, digitsEnd, digitsEnd + 3);
  if (e >= line.length) return false;
  const units = line.charCodeAt(e) > 0x7f || line.charCodeAt(e) === 37 ? CJK_UNITS_BY_FIRST.get(line[e] as string) : undefined;
  if (units) {
    for (const word of units) {
      if (!line.startsWith(word, e)) continue;
      // 张三, 元素, 笔记: the measure word opens a word here, a name or a noun.
      return !(BEFORE_NO_HAN.has(word) && isHanCode(line.charCodeAt(e + word.length)));
    }
  }
  let w = e;
  while (w < line.length && w - e <= 16 && isLetter(line.charCodeAt(w))) w++;
  if (w === e || (w < line.length && isWordChar(line.charCodeAt(w)))) return false;
  return UNIT_SET.has(line.slice(e, w).toLowerCase());
}

/**
 * Log prefixes put process and thread ids beside the level: logcat's "E/Tag( 6014):" and
 * "I/flutter (6014):", threadtime's "11-25 10:00:01.123  6014  6208 E Tag:", Spring Boot's "ERROR 6014 --- [main]"
 * (the Java servers that call Tencent's REST API log so), nginx's "[error] 6014#6014:" (pid#tid) and syslog's
 * "myapp[6014]: error".
 */
const SPRING_PID_AFTER = /^ {1,4}--- \[/;
// syslog's "myapp[6014]:" (the program's name, its pid in brackets, a colon).
const PROGRAM_BRACKET_BEFORE = /[A-Za-z0-9_.-]\[$/;
const BRACKET_COLON_AFTER = /^\]:/;
const PID_TID_AFTER = /^#\d+:/;
const OPEN_PAREN_BEFORE = /\(\s*$/;
const CLOSE_PAREN_COLON_AFTER = /^\s*\)\s*:/;
const TID_LEVEL_AFTER = /^\s+\d+\s+[VDIWEFA]\s/;
const DIGIT_BEFORE = /\d\s+$/;
const LEVEL_AFTER = /^\s+[VDIWEFA]\s/;

export function isProcessId(line: string, numberStart: number, digitsEnd: number): boolean {
  const before = line.slice(Math.max(0, numberStart - 8), numberStart);
  const after = line.slice(digitsEnd, digitsEnd + 12);
  if (OPEN_PAREN_BEFORE.test(before) && CLOSE_PAREN_COLON_AFTER.test(after)) return true;
  if (TID_LEVEL_AFTER.test(after) || SPRING_PID_AFTER.test(after) || PID_TID_AFTER.test(after)) return true;
  if (PROGRAM_BRACKET_BEFORE.test(before) && BRACKET_COLON_AFTER.test(after)) return true;
  if (isXlogField(line, numberStart, digitsEnd)) return true;
  return DIGIT_BEFORE.test(before) && LEVEL_AFTER.test(after);
}

/**
 * An access log's response size, after the request and its status ("POST /v4/error/report HTTP/1.1" 500 10004): the
 * combined log format that nginx and Apache write in front of Tencent's REST calls.
 */
const STATUS_BEFORE = /HTTP\/[\d.]{1,3}" \d{3} $/;
export function isResponseSize(line: string, numberStart: number): boolean {
  return STATUS_BEFORE.test(line.slice(Math.max(0, numberStart - 16), numberStart));
}

/** Spaces between a changelog's entry number and its version, at most: aligned columns. */
const MAX_VERSION_GAP = 4;

/**
 * A version of three parts follows the number after spaces (vim's patch list: `2301  9.0.0322  crash when …`; a
 * changelog's `7001 1.2.3 fix`): the number numbers the entry, an issue or a patch, not an error. Reads a bounded
 * stretch: the gap, then digits, a dot, digits, a dot and a digit, each run at most 8 long.
 */
export function versionAfter(line: string, digitsEnd: number): boolean {
  const start = spacesEnd(line, digitsEnd, digitsEnd + MAX_VERSION_GAP);
  if (start === digitsEnd) return false;
  let k = start;
  for (let part = 0; part < 2; part++) {
    const runStart = k;
    while (k < line.length && k - runStart < 8 && isAsciiDigit(line.charCodeAt(k))) k++;
    if (k === runStart || line.charCodeAt(k) !== 46) return false;
    k++;
  }
  return isAsciiDigit(line.charCodeAt(k));
}

const EDITION_SET = new Set<string>(EDITION_WORDS);
const LONGEST_EDITION_WORD = Math.max(...EDITION_WORDS.map((w) => w.length));

/**
 * The number is a product's edition year (EDITION_WORDS): Windows 2000, Visual Studio 2022, `98, NT, 2000`. Only asked
 * of a year-shaped number; the look back reads a space and a comma at most, then one word no longer than the longest
 * edition word.
 */
export function editionYear(line: string, numberStart: number): boolean {
  let j = numberStart;
  if (j > 0 && isSpace(line.charCodeAt(j - 1))) j--;
  if (j > 0 && line.charCodeAt(j - 1) === 44) j--;
  if (j === numberStart) return false;
  let k = j;
  while (k > 0 && j - k <= LONGEST_EDITION_WORD && isLetter(line.charCodeAt(k - 1))) k--;
  if (k === j || j - k > LONGEST_EDITION_WORD || (k > 0 && isWordChar(line.charCodeAt(k - 1)))) return false;
  return EDITION_SET.has(line.slice(k, j).toLowerCase());
}
