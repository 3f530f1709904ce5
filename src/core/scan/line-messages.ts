// The messages a line pairs with a code: a record's message field, the words right after the code, a JSON envelope's text.
import { charSet, isLetter, isSpace, isWordChar, spacesEnd, spacesStart } from './char-classes.js';
import { FULLWIDTH_COLON } from './constant-names.js';
import { MAX_ROW_CHARS } from './row-agreement.js';

/**
 * The fields an envelope's text may stand in. `desc` is the Chat SDK's own name for it (onError(code, desc)), and the
 * Flutter SDK's V2TimValueCallback serialises as {"code":…,"desc":…,"data":…}, the envelope's very shape.
 */
const ENVELOPE_MESSAGE_KEYS = ['"message"', '"msg"', '"desc"'] as const;

/**
 * The envelope's message: the first `"message"`, `"msg"` or `"desc"` string value, JSON escapes decoded, at most MAX_ROW_CHARS
 * characters ('' if none). Python's json.dumps and PHP's json_encode write Chinese as \uXXXX by default, and an app
 * relaying Tencent's string through them must still be heard; an escaped quote does not end the string.
 */
export function envelopeMessage(line: string): string {
  for (const field of ENVELOPE_MESSAGE_KEYS) {
    const at = line.indexOf(field);
    if (at < 0) continue;
    const colon = spacesEnd(line, at + field.length, line.length);
    if (line.charCodeAt(colon) !== 58) continue;
    const quote = spacesEnd(line, colon + 1, line.length);
    if (line.charCodeAt(quote) !== 34) continue;
    return jsonStringAt(line, quote + 1);
  }
  return '';
}

/**
 * The keys of a record's message, in any case: one alternation of literals, searched once per line. `error_info` is
 * no such key (Tencent Meeting's holds an object), but ErrorInfo is a Tencent REST reply's, on a line that names it.
 */
const MESSAGE_KEY = /errormessage|error_message|errormsg|error_msg|errmsg|message|msg|reason|description|desc/i;

/**
 * The value of the line's first message key (`message: "缺少必要参数"`, `errorMsg=server_error`, `"msg":"…"`), as a
 * row for the row checks: quoted, up to its closing quote; bare, up to `,`, `;`, `|`, `}`, `)` or a Chinese character
 * after Latin text (a user's words after a log's value). At most MAX_ROW_CHARS characters; '' when there is none.
 */
export function messageField(line: string): string {
  const found = MESSAGE_KEY.exec(line);
  if (found === null) return '';
  let k = found.index + found[0].length;
  // The key must end there (message, not messages or msgid), and a mark must follow it.
  if (k < line.length && isWordChar(line.charCodeAt(k))) return '';
  if (line.charCodeAt(k) === 34 || line.charCodeAt(k) === 39) k++;
  k = spacesEnd(line, k, k + 4);
  const mark = line.charCodeAt(k);
  if (mark !== 58 && mark !== 61 && mark !== 0xff1a) return '';
  return messageValueAt(line, spacesEnd(line, k + 1, k + 5));
}

/** A message's value from `k`: quoted, up to its closing quote; bare, as messageField() says. */
function messageValueAt(line: string, k: number): string {
  const quote = line.charCodeAt(k);
  const quoted = quote === 34 || quote === 39;
  if (quoted) k++;
  let end = k;
  let latin = false;
  while (end < line.length && end - k < MAX_ROW_CHARS) {
    const c = line.charCodeAt(end);
    if (quoted ? c === quote : c === 44 || c === 59 || c === 124 || c === 125 || c === 41 || (latin && c > 0x2e80)) break;
    if (isLetter(c)) latin = true;
    end++;
  }
  return ` ${line.slice(k, end)}`;
}

/**
 * Keys of the message that follows a code in a log record (code 20001, msg appid is invalid; err 1002 errmsg wait
 * serverResp timeout; code: 70009, error: UserSig verification failed). Compared with the whole word, ignoring case.
 * No `info` key: ErrorInfo is a Tencent REST reply's own field, worded per API.
 */
const MESSAGE_AFTER_KEYS = new Set(['msg', 'message', 'errmsg', 'errormsg', 'error_msg', 'errormessage', 'error_message', 'desc', 'description', 'reason', 'error']);
const LONGEST_MESSAGE_AFTER_KEY = Math.max(...[...MESSAGE_AFTER_KEYS].map((k) => k.length));

/**
 * The message right after a code, as a record pairs them: after at most three of `, ; |` and spaces, either a message
 * key and its value (`, msg appid is invalid`, `|msg RawData packet timeout`) or a quoted string (`errCode: 1001 "Request
 * Parameter Error"`). '' when neither follows. Bounded: a few characters of separators and key, then one value.
 */
export function messageAfter(line: string, digitsEnd: number): string {
  let k = digitsEnd;
  while (k < line.length && k - digitsEnd < 3 && isMessageSeparator(line.charCodeAt(k))) k++;
  const cjkKey = k > digitsEnd ? CJK_MESSAGE_AFTER_KEYS.find((key) => line.startsWith(key, k)) : undefined;
  if (cjkKey !== undefined) {
    k = spacesEnd(line, k + cjkKey.length, k + cjkKey.length + 2);
    const mark = line.charCodeAt(k);
    if (mark === 58 || mark === 0xff1a) k = spacesEnd(line, k + 1, k + 3);
    return messageValueAt(line, k);
  }
  let w = k;
  while (w < line.length && w - k <= LONGEST_MESSAGE_AFTER_KEY && isWordChar(line.charCodeAt(w))) w++;
  if (w > k && !(w < line.length && isWordChar(line.charCodeAt(w))) && MESSAGE_AFTER_KEYS.has(line.slice(k, w).toLowerCase())) {
    k = w;
    if (line.charCodeAt(k) === 34 || line.charCodeAt(k) === 39) k++;
    k = spacesEnd(line, k, k + 4);
    const mark = line.charCodeAt(k);
    if (mark === 58 || mark === 61 || mark === 0xff1a) k = spacesEnd(line, k + 1, k + 5);
    else if (k === w) return '';
    return messageValueAt(line, k);
  }
  const quote = line.charCodeAt(k);
  return k > digitsEnd && (quote === 34 || quote === 39) ? messageValueAt(line, k) : '';
}
const isMessageSeparator = (c: number) => c === 32 || c === 44 || c === 59 || c === 124 || c === 9 || c === 0xff0c || c === 0xff1b;
/**
 * The words a Chinese sentence or log puts before a code's message (返回错误码60011，提示没有权限; 错误码：10010，错误信息：群组不存在),
 * after a separator; the longer first, as find() takes the first that fits.
 */
const CJK_MESSAGE_AFTER_KEYS = ['提示信息', '错误信息', '报错信息', '错误描述', '提示', '描述', '原因'];

/**
 * The text a standalone code is paired with in the middle of a line, as code lists and code maps pair them: after a
 * colon (其中1001:重复初始化、1002:创建底层引擎失败), after one space before Chinese words (8002 请求参数错误。8003 请求超时。),
 * or as the string argument beside it in a call (CODE_40001(40001, "access_token 无效"), BusinessException("JsCode 无效",
 * 6002)). '' when none: a code in prose, in a list or at the end of a sentence stands alone. Bounded windows only.
 */
export function ownText(line: string, numberStart: number, digitsEnd: number): string {
  const next = line.charCodeAt(digitsEnd);
  // As in a definition line, an ASCII colon needs a space or a non-ASCII character after it: 6017:v4.3 is no pair.
  const glued = digitsEnd + 1 < line.length ? line.charCodeAt(digitsEnd + 1) : 0;
  if (next === FULLWIDTH_COLON || (next === 58 && (isSpace(glued) || glued > 0x7f))) {
    const k = spacesEnd(line, digitsEnd + 1, digitsEnd + 3);
    const after = line.charCodeAt(k);
    if (after === 34 || after === 39) return messageValueAt(line, k);
    return isLetter(after) || isIdeograph(after) ? clauseAt(line, k) : '';
  }
  if (next === 32 && isIdeograph(line.charCodeAt(digitsEnd + 1))) return clauseAt(line, digitsEnd + 1);
  if (next === 44) {
    const k = spacesEnd(line, digitsEnd + 1, digitsEnd + 3);
    if (line.charCodeAt(k) === 34 || line.charCodeAt(k) === 39) return messageValueAt(line, k);
  }
  return stringArgumentBefore(line, numberStart);
}

/**
 * A code's description in a list of them, up to the clause's end (、 。 ； ; |): the next code's description is not its
 * own (8002 请求参数错误。8003 请求超时。). At most MAX_ROW_CHARS characters.
 */
function clauseAt(line: string, start: number): string {
  let end = start;
  while (end < line.length && end - start < MAX_ROW_CHARS && !CLAUSE_ENDS.has(line.charCodeAt(end))) end++;
  return ` ${line.slice(start, end)}`;
}
const CLAUSE_ENDS = charSet('、。；;|');

/** CJK ideographs, not their punctuation: words, where `，` or `。` after a code only ends its clause. */
const isIdeograph = (c: number) => c >= 0x3400 && c <= 0x9fff;

/** The quoted string right before `"text", 6002` as a call's previous argument, at most MAX_ROW_CHARS back; else ''. */
function stringArgumentBefore(line: string, numberStart: number): string {
  const j = spacesStart(line, numberStart, Math.max(0, numberStart - 2));
  if (j < 2 || line.charCodeAt(j - 1) !== 44) return '';
  const close = spacesStart(line, j - 1, Math.max(0, j - 3)) - 1;
  const quote = line.charCodeAt(close);
  if (close < 1 || (quote !== 34 && quote !== 39)) return '';
  // A bounded walk back, not lastIndexOf: a line of `", 6002` after one `'` must not be searched to its start each time.
  let open = close - 1;
  while (open >= 0 && close - open <= MAX_ROW_CHARS && line.charCodeAt(open) !== quote) open--;
  return open >= 0 && line.charCodeAt(open) === quote ? ` ${line.slice(open + 1, close)}` : '';
}

const HEX4 = /^[0-9A-Fa-f]{4}$/;

/** A JSON string's text from `start` (just past its opening quote), decoded, cut at MAX_ROW_CHARS: bounded work. */
function jsonStringAt(line: string, start: number): string {
  let out = '';
  for (let k = start; k < line.length && out.length < MAX_ROW_CHARS; k++) {
    const c = line.charCodeAt(k);
    if (c === 34) break;
    if (c !== 92 || k + 1 >= line.length) {
      out += line[k];
      continue;
    }
    const hex = line.charCodeAt(k + 1) === 117 ? line.slice(k + 2, k + 6) : '';
    if (HEX4.test(hex)) {
      out += String.fromCharCode(parseInt(hex, 16));
      k += 5;
    } else {
      // \" \\ \/ stand for themselves; \n, \t and the like for a space, which is all the words need.
      const next = line[k + 1] as string;
      out += next === '"' || next === '\\' || next === '/' ? next : ' ';
      k++;
    }
  }
  return out;
}
