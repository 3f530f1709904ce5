// Derives an entry's triage class from its text by ordered rules; data/class-overrides.txt corrects the rest.
import type { TriageClass } from '../core/types.js';

/**
 * First matching rule wins, so the order encodes precedence: a billing hint beats "exceeds the limit", local
 * storage beats "permission", a webhook beats moderation words, a UserSig problem (auth) beats a lost login, a
 * recall window beats "limit", and "try again" only decides when nothing more specific spoke.
 */
const RULES: Array<[TriageClass, RegExp]> = [
  ['plan', /\b(edition|purchase|billing|prepaid|prepayment|upgrade your app|quota of \d+ groups|commercial|arrears|overdue)\b|COMMERCIAL_ABILITY|PREPAID_ARREARS/i],
  ['storage', /local (database|I\/O|storage|file system)|\bdisk\b|read\/write permission|IO_OPERATION|DATABASE_OPERATE|LOADMSG/i],
  ['app-code', /callback threw|app's own (callback|handler)|UNCAUGHT_ERROR|ONPROGRESS_FUNCTION/i],
  ['webhook', /webhook|third-party callback|callback (failed|prior|timed out)|App backend returned/i],
  ['content', /sensitive|moderation|pornographic|illegal or blocked files|CONTENT_ATTACK|PROFANITY/i],
  ['call-order', /not initiali[sz]ed|NOT_INITIALIZED|SDK_IS_NOT_READY|before SDK_READY|initiali[sz]e (the SDK )?first/i],
  ['auth', /usersig|\bticket\b|\bA2\b|a2key|\bkey expired|\bcookie\b|SSO signature|TinyId conversion|\bkey\b.*(required|empty|does not match)|NO_USERSIG|NO_A2KEY|NO_TINYID/i],
  ['login', /not logged in|not been authenticated|log(ged)? ?in again|logged out because|kicked|forcibly logged out|log in first|auto login|login failed|USER_NOT_LOGGED_IN|LOGIN_FAILED|LOGGED_OUT/i],
  ['config', /\bconsole\b|certificate|is configured|not enabled|feature is not enabled|NO_SDKAPPID|COS_UNDETECTED|upload plugin/i],
  ['time-window', /after the time limit|time limit (is|was) reached|recall(ed)? within|too old to/i],
  ['limit', /frequen|too many|too long|too frequent|exceed|limit|maximum|upper bound|reached the max|quota|over the limit|\bonce per\b|queue is full|OVER_FREQUENCY/i],
  ['retry', /time(d)? ?out|timeout|network|internal (server |service )?error|system error|overload|too busy|try again|disconnect|reconnect|connection|unknown error|SSO error|socket|NETWORK/i],
  ['permission', /permission|not allowed|admin|owner|not a member|blocklist|blacklist|muted|muting|forbidden|prohibit|denied|not authorized|cannot be joined|private group|disabled|not friends|not a friend/i],
  ['not-found', /does not exist|doesn't exist|not exist|not found|no such|is missing|not registered|cannot find|no message in|NOT_FOUND|NOT_EXIST|CANNOT_FIND/i],
  ['conflict', /already|in progress|in process|repeated|conflict|has been (processed|canceled|recalled)|cannot be recalled|EXISTED|REPEAT_LOGIN/i],
  ['request', /invalid|incorrect|parameter|format|missing|empty|must|parse|illegal|not supported|does not support|unsupported|mismatch|required|null|INVALID|ILLEGAL|CANNOT|NEED|NOT_/i],
];

export const DEFAULT_CLASS: TriageClass = 'retry';

export function classifyText(text: string): TriageClass {
  for (const [cls, pattern] of RULES) if (pattern.test(text)) return cls;
  return DEFAULT_CLASS;
}
