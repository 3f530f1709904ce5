// Derives an entry's triage class from its text by ordered rules; data/class-overrides.txt corrects the rest.
import type { TriageClass } from '../core/types.js';

/**
 * First matching rule wins, so the order encodes precedence: a billing hint beats "exceeds the limit",
 * a UserSig problem beats "invalid", and "try again" only decides when nothing more specific spoke.
 */
const RULES: Array<[TriageClass, RegExp]> = [
  ['plan', /\b(edition|purchase|billing|prepaid|prepayment|upgrade your app|quota of \d+ groups|commercial)\b|COMMERCIAL_ABILITY|PREPAID_ARREARS/i],
  ['content', /sensitive|moderation|pornographic|illegal or blocked files|security polic|third-party callback|webhook|callback (failed|prior)|App backend returned|CONTENT_ATTACK/i],
  ['auth', /usersig|\bticket\b|\bA2\b|a2key|\bkey expired|not logged in|not been authenticated|log(ged)? ?in again|logged out because|kicked|forcibly logged out|log in first|auto login|\bcookie\b|SSO signature|TinyId conversion|login (failed|is restricted)|\bkey\b.*(required|empty|does not match)|USER_NOT_LOGGED_IN|NO_USERSIG|NO_A2KEY|NO_TINYID|LOGIN_FAILED|LOGGED_OUT/i],
  ['config', /\bconsole\b|certificate|is configured|not enabled|feature is not enabled|NO_SDKAPPID|COS_UNDETECTED|upload plugin/i],
  ['limit', /frequen|too many|too long|too frequent|exceed|limit|maximum|upper bound|reached the max|quota|over the limit|\bonce per\b|queue is full|OVER_FREQUENCY/i],
  ['retry', /time(d)? ?out|timeout|network|internal (server |service )?error|system error|overload|too busy|try again|disconnect|reconnect|connection|unknown error|SSO error|socket|NETWORK|UNCAUGHT/i],
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
