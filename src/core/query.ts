// Classifies what a user typed: a code, a constant name, plain words, or input that cannot be a code.
import { asciiTwin } from './code-chars.js';
import { hasWord } from './han-script.js';
import { withoutUserSigs } from './usersig-shape.js';

export type Query =
  /** `pairedName`: the constant name the code was given beside (`6014(ERR_SDK_NOT_LOGGED_IN)`), its last part. */
  | { kind: 'code'; code: number; pairedName?: string }
  | { kind: 'name'; name: string }
  | { kind: 'words'; text: string }
  | {
      kind: 'invalid';
      reason: string;
      /** Set when the input is several codes in one word ("70001,6206"). */
      several?: true;
      /** Set when the input is a calendar date (2024-11-27), whose year is no code. */
      date?: true;
    }
  /** Two codes joined by a dash, as `list` prints the webhook range (120001-130000). */
  | { kind: 'span'; min: number; max: number };

/** The longest documented codes have six digits; a dozen leaves room and stays far inside safe integers. */
const MAX_CODE_DIGITS = 12;

/**
 * Full-width forms (７０００１, －１０００１, and ＥＲＲ＿ＳＤＫ＿ＮＯＴ＿ＬＯＧＧＥＤ＿ＩＮ as a Chinese input method in full-width
 * mode types a name, which was "not an error code or constant name"), the Unicode minus, and every other script's
 * decimal digits: an app's UI under an Arabic, Persian, Hindi or Bengali locale formats its error code in that
 * locale's digits (٧٠٠٠١, ۷۰۰۰۱, ७०००१), which were "not an error code or constant name" (exit 1). Full-width
 * punctuation stays as typed: the patterns below read it, and an error quotes it as it was typed.
 */
function asciiForms(text: string): string {
  return text.replace(/[\uff0b\uff0d\uff21-\uff3a\uff3f\uff41-\uff5a\u2212]|[^0-9\P{Nd}]/gu, asciiTwin);
}

/**
 * Characters that show as nothing but come along when a code or name is copied from a web page or a chat app: the
 * zero-width space, joiners and word joiner that pages put in long constant names to let them break, the byte-order
 * mark, the soft hyphen. Left in, `70001` followed by one is "not a number" in a message that looks like `70001`.
 * Also the direction marks (LRM, RLM, the Arabic letter mark) that ICU's number formatting puts before a negative
 * number in Arabic, Persian, Hebrew and Urdu locales (`Intl.NumberFormat('ar-EG')` writes -10001 as ALM, `-` and
 * Arabic-Indic digits; `'he'` writes LRM then `-10001`): a code copied out of such an app's UI was "not an error code
 * or constant name" (exit 1), though it looks like `-10001`.
 */
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u2060\ufeff]/g;

/** The text without the characters INVISIBLE names (a secret key copied from the console's page holds them too). */
export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Quote and bracket pairs a code or name is copied with, out of JSON (`"code":"70001"`), a chat message (“6206”,
 * 「6206」) or a log's call (PlatformException(6206, …) gives `(6206`, a selection may take both brackets).
 */
const WRAPPER_PAIRS: Record<string, string> = {
  '"': '"', "'": "'", '`': '`', '“': '”', '‘': '’', '「': '」', '『': '』', '(': ')', '[': ']', '{': '}', '（': '）', '【': '】',
  // A Markdown table's row or cell (`| 6014 | ERR_SDK_NOT_LOGGED_IN |`).
  '|': '|',
};
/** Punctuation a copied code ends with when it was taken from a sentence or a list (6206, / 6206。 / 6206;). */
const TRAILING_PUNCTUATION = new Set(',;.:，；。：、');

/** Every mark of WRAPPER_PAIRS, opening or closing. */
const WRAPPER_MARKS = new RegExp(`[${[...new Set(Object.entries(WRAPPER_PAIRS).flat())].map((mark) => `\\${mark}`).join('')}]`, 'g');

/** Each closing mark of WRAPPER_PAIRS with its opening one. */
const WRAPPER_OPENERS: Record<string, string> = Object.fromEntries(Object.entries(WRAPPER_PAIRS).map(([open, close]) => [close, open]));

function withoutTrailingPunctuation(text: string): string {
  // A walk from the end, not a pattern: a pattern's run anchored at the end is retried from every start.
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(text[end - 1] as string)) end--;
  return text.slice(0, end).trim();
}

/**
 * The word out of the marks it was copied with, a layer at a time: quotes inside a call's brackets
 * (`"ERR_USER_SIG_EXPIRED")` out of PlatformException(6206, "ERR_USER_SIG_EXPIRED")), brackets doubled (`((6014))`)
 * were one layer short, "not an error code or constant name". Halves are dropped from one end only, so two different
 * marks (`"70001'`) are still no pair. Up to four layers, as a secret key's marks are read (usersig-shape.ts): each
 * layer costs one pass over the word, so the whole stays linear.
 */
function unwrapped(text: string): string {
  let word = withoutTrailingPunctuation(text);
  let halfEnd: Layer | undefined;
  for (let layer = 0; layer < MAX_WRAPPERS; layer++) {
    const [inner, dropped] = unwrappedOnce(word);
    if (dropped === 'none' || (dropped !== 'pair' && halfEnd !== undefined && dropped !== halfEnd)) break;
    if (dropped !== 'pair') halfEnd = dropped;
    word = inner;
  }
  return word;
}
const MAX_WRAPPERS = 4;
/** What one layer dropped: a whole pair, the half at the start or at the end, or nothing. */
type Layer = 'pair' | 'start' | 'end' | 'none';

function unwrappedOnce(text: string): [string, Layer] {
  const trimmed = withoutTrailingPunctuation(text);
  const close = WRAPPER_PAIRS[trimmed[0] ?? ''];
  if (close !== undefined && trimmed.length >= 2 && trimmed.endsWith(close)) return [withoutTrailingPunctuation(trimmed.slice(1, -1).trim()), 'pair'];
  // Half of a pair, as a selection out of a call or a JSON object takes it: `(6206,` out of PlatformException(6206,
  // …), `6014)` or `"errCode":6014}`. They were "not a number" or "not an error code". A mark is dropped only when
  // its other half is nowhere in the word (`f(6014` keeps its words; a pair inside stays).
  const first = trimmed[0] ?? '';
  const last = trimmed[trimmed.length - 1] ?? '';
  // A lone mark (`|`, `(`) stays itself, which holds no code, name or word.
  if (trimmed.length < 2) return [trimmed, 'none'];
  if (close !== undefined && !trimmed.includes(close, 1)) return [withoutTrailingPunctuation(trimmed.slice(1).trim()), 'start'];
  const open = WRAPPER_OPENERS[last];
  if (open !== undefined && first !== open && !trimmed.slice(0, -1).includes(open)) return [withoutTrailingPunctuation(trimmed.slice(0, -1).trim()), 'end'];
  return [trimmed, 'none'];
}

/**
 * A constant as code spells it, after its class or namespace: `TIM.ERROR_CODE.MESSAGE_SEND_FAIL` and
 * `TencentCloudChat.ERROR_CODE.…` (the Web SDK's docs), `BaseConstants.ERR_SDK_NOT_LOGGED_IN` (Android),
 * `TIMErrCode.ERR_…`. The name is the last part. Each qualifier ends at its dot, so the pattern cannot backtrack.
 */
const QUALIFIED_NAME = /^(?:[A-Za-z_$][\w$]*\.)+([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)$/;

/**
 * A code with the key a log or a reply gives it, copied whole: `code:6206`, `errCode=6014`, `"ErrorCode":70001`,
 * `错误码：6206`. Read as the code; explain sent them to search, which found other codes. The key's characters and
 * the separator's never overlap, so the pattern cannot backtrack.
 */
const KEYED_CODE = /^["'“]?([A-Za-z\u4e00-\u9fff][\w\u4e00-\u9fff.-]*(?: [A-Za-z][\w.-]*)?)["'”]?\s*[:=：]\s*([+-]?\d{1,12})$/;
/**
 * The same with only a space after the key, as a sentence or a log prints it (`Error 70001`, `错误码 6206`, `code
 * 70001`): "not an error code or constant name" (exit 1), though scan reads them as codes. Only a key that is an
 * error code's own word, so `retry 3` and `timeout 3000` stay words.
 */
const SPACED_KEYED_CODE = /^([A-Za-z\u4e00-\u9fff][A-Za-z_\u4e00-\u9fff]*(?: [A-Za-z]+)?)\s+([+-]?\d{1,12})$/;
const SPACED_CODE_KEY = /^(?:(?:error|err)(?:[ _]?code|[ _]?no|[ _]?id)?|errcode|errno|errid|code|ret|ret[ _]?code|result[ _]?code|错误码|错误|错误代码|返回码)$/i;
/**
 * A code beside its constant name, as logs print the pair and tables list it: `6014(ERR_SDK_NOT_LOGGED_IN)` and
 * `6014 - ERR_SDK_NOT_LOGGED_IN` were "not a number", `ERR_SDK_NOT_LOGGED_IN(6014)` "not an error code or constant
 * name". The code is read; its card shows the name. Between them: brackets, spaces, or a dash (also an en or em
 * dash, as documents set it), a colon, or the comma, bar or slash of a CSV row, a Markdown table or a log. Each
 * space run is followed by a character no space is, so the patterns backtrack only along one run.
 */
const CODE_THEN_NAME = /^([+-]?\d{1,12})(?:\s*[(（]\s*([A-Za-z][\w.]*)\s*[)）]|(?:\s+|\s*[-–—:：,，|/]\s*)([A-Za-z][\w.]*))$/;
const NAME_THEN_CODE = /^([A-Za-z][\w.]*)(?:\s*[(（]\s*([+-]?\d{1,12})\s*[)）]|(?:\s+|\s*[-–—,，|/]\s*)([+-]?\d{1,12}))$/;
/**
 * Only a key that names an error code: `timeout:3000` is a setting, and search still reads it as words. Read word by
 * word (camelCase, snake_case and dots split: errCode, iRet, resultCode, ERRCODE): found anywhere in the key, `ret`
 * and `err` read `retry: 3`, `secret: 70001` and `interrupted: 6014` as codes, and `chaterr retry: 3` was explained
 * (exit 1) where `chaterr retry 3` is an unknown command (exit 2).
 */
const namesCode = (key: string): boolean =>
  /错误|返回码/.test(key) || key.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])/).some((word) => /^(?:err|ret(?:code|val|no|num|msg)?$|[a-z]*code$)/i.test(word));
/**
 * A constant's name as the key, as an enum or a table gives the pair (`MESSAGE_SEND_FAIL: 2100`, `TIM.ERROR_CODE.…
 * = 2100`): upper case, so a setting's key (`timeout_ms:3000`) stays words. Each qualifier ends at its dot: linear.
 */
const CONSTANT_KEY = /^(?:[A-Za-z_$][\w$]*\.)*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** The marks that group thousands (`70,001`, `70 001`, `٧٠٬٠٠١`), as a character class's contents: one list for each pattern. */
const GROUP_MARKS = ',\\u00a0\\u202f\\u066c';
/**
 * A code as a spreadsheet or a dashboard formats it, its thousands grouped by commas (`70,001`, `-10,001`, `6,014`): it
 * was "several codes: give each as a word of its own (70 001)". No code is a positive number below 1000 (0 aside),
 * so a list's first code never has three digits or fewer before such a comma. The no-break spaces that French,
 * Russian and other locales group with (Intl.NumberFormat writes `70 001` with U+202F) group too: no one types
 * them between the codes of a list. So does the Arabic thousands separator (U+066C), with which Arabic and Persian
 * locales group their digits (`٧٠٬٠٠١`): it was "not a number" (exit 2).
 */
const GROUPED_THOUSANDS = new RegExp(`^([+-]?)(\\d{1,3}(?:[${GROUP_MARKS}]\\d{3})+)$`);
const GROUP_MARK = new RegExp(`[${GROUP_MARKS}]`, 'g');
/** Whether a text holds a group mark at all (GROUP_MARK's flag g would carry its position from test to test). */
const HAS_GROUP_MARK = new RegExp(`[${GROUP_MARKS}]`);
/**
 * The same grouped code inside a list or beside a name (`70,001 6,014`, `6,014(ERR_SDK_NOT_LOGGED_IN)`): the list's
 * advice split it at its commas ("give each as a word of its own (70 001 6 014)"), and the pair was "not a number".
 * A code starts where no digit or comma stands before it, so `6206,100` stays two; the group run backtracks only
 * along its own groups.
 */
const GROUPED_CODE = new RegExp(`(?<![\\d${GROUP_MARKS}])\\d{1,3}(?:[${GROUP_MARKS}]\\d{3})+(?!\\d)`, 'g');
/**
 * Codes joined by commas, semicolons or slashes, ASCII or Chinese, or by spaces alone, as a list, a sentence or a
 * log (`30004/40004`) gives them; quoted whole (`"70001 6206"`) they were "not a number" or an unknown command.
 * Linear: every run is separated.
 */
const SEVERAL_CODES = /^[+-]?\d+(?:\s*[,，、;；/]\s*[+-]?\d+|\s+[+-]?\d+)+$/;
const CODE_SEPARATOR = /\s*[,，、;；/]\s*|\s+/;
const MAX_LISTED_CODES = 8;
/**
 * A span of codes as `list` prints one (120001-130000, 4001–4005), or as a Chinese input method types its dash:
 * the full-width tilde and the wave dash (120001～130000) were "not a number".
 */
const SPAN = /^([+-]?\d{1,12})\s*[-–—~～〜]\s*([+-]?\d{1,12})$/;

/**
 * A calendar date, as a log line's timestamp opens: `2024-11-27`, `2024/11/27`, `2024.11.27`, `2024年11月27日`, the
 * three words `2024 11 27` that explain joins when they are typed apart, or `11/27/2024`, perhaps with a time after
 * it and a code's key before it (`error 2024 11 27`, pasted from a log). Its year is no code: `explain error 2024 11
 * 27` showed the Web code 2024's card, and `2024/11/27` was "several codes: give each as a word of its own (2024 11
 * 27)", advice that led there. Years from the Unix epoch's to this century's last, real months and days; each run
 * is bounded: linear. The key is captured for parseQuery to check.
 */
const DATE_YEAR = '(?:19[7-9]\\d|20\\d\\d)';
const DATE_MONTH = '(?:0?[1-9]|1[0-2])';
const DATE_DAY = '(?:0?[1-9]|[12]\\d|3[01])';
/** The date and its time, whose separator groups are numbered from `group` on (each separator is used twice). */
function dateBody(group: number): string {
  return (
    `(?:${DATE_YEAR}(?:([-/.])${DATE_MONTH}\\${group}${DATE_DAY}| ${DATE_MONTH} ${DATE_DAY}|年${DATE_MONTH}月${DATE_DAY}日?)|${DATE_DAY}([-/.])${DATE_DAY}\\${group + 1}${DATE_YEAR})` +
    `(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?`
  );
}
const DATE = new RegExp(`^(?:([A-Za-z\\u4e00-\\u9fff][\\w\\u4e00-\\u9fff]{0,20}(?: [A-Za-z]\\w{0,20})?)(?:\\s*[:=：]\\s*|\\s+))?${dateBody(2)}$`);
/** The same dates among other words, as a log line's timestamp is pasted into a search ("login failed 2024-11-27"). */
const DATE_IN_TEXT = new RegExp(`(?<![\\p{N}.:/-])${dateBody(1)}(?![\\p{N}])`, 'gu');

/**
 * `text` with each calendar date in it blanked out, the same length: search read the year of "login failed
 * 2024-11-27" as the Web code 2024 among the words and listed it first. Digits must be ASCII (halfWidth first).
 */
export function withoutDates(text: string): string {
  // A date has digits: most searches have none, and skip compiling the pattern (half a millisecond of their start-up).
  if (!/[0-9]/.test(text)) return text;
  return text.replace(DATE_IN_TEXT, (date) => ' '.repeat(date.length));
}

export function parseQuery(raw: string): Query {
  const visible = withoutInvisibles(raw).trim();
  const text = asciiForms(unwrapped(visible));
  // A lone mark that unwrapping drops (`:`, `,`, `。`, as `6014 : 6206` pasted unquoted gives one) was "empty input",
  // where a lone `-` or `|` holds no code; empty quotes (`""`) stay empty input.
  if (text === '' && [...visible].length === 1) return { kind: 'invalid', reason: `"${abbreviate(visible)}" holds no code, name or word: give an error code such as 70001 or a name such as ERR_SDK_NOT_INITIALIZED` };
  if (text === '') return { kind: 'invalid', reason: 'empty input: give an error code such as 70001 or a name such as ERR_SDK_NOT_INITIALIZED' };
  // Every reading below but the last few needs a digit (asciiForms made every script's digits ASCII): a query of words
  // goes straight to those, and search's start-up compiles none of the dozen patterns it would fail (about 2 ms).
  if (!/[0-9]/.test(text)) return nameOrWords(text);
  const integer = /^([+-]?)(\d+)$/.exec(text);
  if (integer?.[2] !== undefined) {
    const digits = integer[2].replace(/^0+(?=\d)/, '');
    if (digits.length > MAX_CODE_DIGITS) return { kind: 'invalid', reason: `"${abbreviate(text)}" has ${digits.length} digits; no error code is that long` };
    const value = Number(`${integer[1] === '-' ? '-' : ''}${digits}`);
    return { kind: 'code', code: value === 0 ? 0 : value };
  }
  const date = DATE.exec(text);
  // Only after a code's own key (`error`, `错误码`, `errCode:`): a constant's name before a date stays a word of its own.
  if (date && (date[1] === undefined || (!CONSTANT_KEY.test(date[1]) && (namesCode(date[1]) || SPACED_CODE_KEY.test(date[1]))))) {
    return { kind: 'invalid', reason: `"${abbreviate(text)}" is a date, not an error code: give the code alone, or pipe the log line to chaterr scan`, date: true };
  }
  const grouped = GROUPED_THOUSANDS.exec(text);
  if (grouped?.[2] !== undefined) return parseQuery(`${grouped[1] ?? ''}${grouped[2].replace(GROUP_MARK, '')}`);
  const codesText = HAS_GROUP_MARK.test(text) ? text.replace(GROUPED_CODE, (code) => code.replace(GROUP_MARK, '')) : text;
  // Codes copied as a list ("70001,6206") are one word to the shell: say how to give them rather than "not a number".
  if (SEVERAL_CODES.test(codesText)) return severalCodes(codesText, text);
  // Codes each in its own quotes or brackets (`(6014) (6206)`, `"6014" "6206"`), one word to the shell: the outer
  // marks came off as a pair, and the rest was "6014) (6206 is not a number". The list as above, the word as given.
  const unmarked = codesText.replace(WRAPPER_MARKS, ' ').trim();
  if (unmarked !== codesText && SEVERAL_CODES.test(unmarked)) return severalCodes(unmarked, asciiForms(visible));
  // The name must be a constant's (it holds an underscore): `Error(6014)` and `f(6014)` stay words.
  const codeFirst = CODE_THEN_NAME.exec(codesText);
  const nameFirst = codeFirst ? undefined : NAME_THEN_CODE.exec(codesText);
  const paired = codeFirst ? { code: codeFirst[1], name: codeFirst[2] ?? codeFirst[3] } : nameFirst ? { code: nameFirst[2] ?? nameFirst[3], name: nameFirst[1] } : undefined;
  if (paired?.code !== undefined && paired.name?.includes('_')) {
    // The name comes along: explain tells a pair that disagrees (6014(ERR_SVR_ACCOUNT_USERSIG_EXPIRED)) from one that agrees.
    return pairedWith(parseQuery(paired.code), paired.name);
  }
  const keyed = KEYED_CODE.exec(codesText);
  const key = keyed?.[1] ?? '';
  if (keyed?.[2] !== undefined && (namesCode(key) || CONSTANT_KEY.test(key))) {
    // A constant's name as the key (`ERR_SDK_NOT_LOGGED_IN = 6014`) is a pair too: explain checks that they agree.
    const code = parseQuery(keyed[2]);
    return key.includes('_') ? pairedWith(code, key) : code;
  }
  const spaced = SPACED_KEYED_CODE.exec(codesText);
  if (spaced?.[2] !== undefined && SPACED_CODE_KEY.test(spaced[1] ?? '')) return parseQuery(spaced[2]);
  const span = SPAN.exec(codesText);
  if (span) return { kind: 'span', min: Number(span[1]), max: Number(span[2]) };
  if (/^[+-]?(\d|\.\d)/.test(text)) {
    const what = /^[+-]?\d*\.\d+$/.test(text) ? 'not a whole number' : 'not a number';
    return { kind: 'invalid', reason: `"${abbreviate(text)}" is ${what}: error codes are whole decimal numbers such as 70001 or -10001` };
  }
  // Only punctuation or emoji (`!!!`, `👍`) is no code, name or word: pointing it at search, which finds nothing in it,
  // was no help.
  return nameOrWords(text);
}

/** The readings of a query that is no code: a constant name (bare or qualified), words, or nothing to search for. */
function nameOrWords(text: string): Query {
  if (!hasWord(text)) return { kind: 'invalid', reason: `"${abbreviate(text)}" holds no code, name or word: give an error code such as 70001 or a name such as ERR_SDK_NOT_INITIALIZED` };
  if (/^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)+$/.test(text)) return { kind: 'name', name: text };
  const qualified = QUALIFIED_NAME.exec(text);
  if (qualified?.[1] !== undefined) return { kind: 'name', name: qualified[1] };
  return { kind: 'words', text };
}

/** The several codes in `codesText` as a usage error that lists them, quoting `text`. */
function severalCodes(codesText: string, text: string): Query {
  const codes = codesText.split(CODE_SEPARATOR);
  // A "code" of thousands of digits is cut as any echo: `1 999…` wrote every digit back into the terminal.
  const listed = codes.map((code) => (code.length > MAX_CODE_DIGITS + 1 ? `${code.slice(0, MAX_CODE_DIGITS)}...` : code));
  const shown = listed.length > MAX_LISTED_CODES ? [...listed.slice(0, MAX_LISTED_CODES), '…'] : listed;
  return { kind: 'invalid', reason: `"${abbreviate(text)}" holds several codes: give each as a word of its own (${shown.join(' ')})`, several: true };
}

/** A code read beside a constant's name keeps the name's last part (TIM.ERROR_CODE.X: X), for explain to compare. */
function pairedWith(query: Query, name: string): Query {
  return query.kind === 'code' ? { ...query, pairedName: name.slice(name.lastIndexOf('.') + 1) } : query;
}

/** The word as an error quotes it: short, and with no UserSig in it (`1$SIG` quoted the sig's first 20 characters). */
function abbreviate(word: string): string {
  const text = withoutUserSigs(word);
  return text.length > 24 ? `${text.slice(0, 21)}...` : text;
}
