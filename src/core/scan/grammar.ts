// The scan grammar, in one place: keys, failure words, units, id words and boundary characters. The detector
// (detect.ts, with its tables in word-tables.ts and char-classes.ts) builds its tables from this file, and
// scripts/build-wasm.mjs generates the WebAssembly prefilter's C tables (wasm/grammar.generated.h) from it. Add a word
// here, then run `npm run wasm`.

/**
 * ASCII keys that name an error code, compared with the whole identifier before the separator, ignoring case.
 * A `~` between parts stands for nothing, `_` or `-`: `err~code` is errcode, err_code and err-code.
 * Strong keys make an unknown number worth reporting when a real separator (`:`, `=`) follows them.
 */
export const STRONG_KEYS = ['code', 'err~code', 'error~code', 'ret', 'ret~code', 'result~code', 'err~id', 'error~id'] as const;

/** Failure words used as keys (`failed: 70001`, `Error: 6206`): they vouch for known codes only. */
export const WEAK_KEYS = ['fail', 'failed', 'failure', 'err', 'error'] as const;

/** Chinese keys before a code (no word boundary in Chinese): 错误码 20003, 返回70346. Strong ones vouch for unknown codes. */
export const STRONG_CJK_KEYS = ['错误码', '错误代码', '错误号', '返回码', '报错码', '返回'] as const;

/**
 * Chinese words that, right before a number, say it is the code being talked about: 报9519, 加群报错10007,
 * 状态码 6014, 提示 70001, 遇到 9520, 出现 6012. They vouch for known codes only.
 */
export const WEAK_CJK_KEYS = ['报错', '报', '状态码', '提示', '遇到', '出现', '返回错误', '错误信息'] as const;

/** Flutter's exception, whose first argument (or second, after a name) is the code: PlatformException(6206, ...). */
export const PLATFORM_EXCEPTION = 'PlatformException(';
/** What the prefilter looks for to pass a PlatformException line on (a superset; it shares the 'exc' trigger). */
export const PLATFORM_EXCEPTION_TRIGGER = 'exception(';

/**
 * The native SDKs' constant names start so (ERR_SDK_INTERFACE_NOT_SUPPORT = 7013 in an SDK header or enum doc): a
 * line holding one is a candidate, and the detector reports the value of a name the catalogue knows. The old SDKs'
 * relationship results were TIM_ names (TIMFriendStatus in ImSDK's TIMFriendshipDefine.h, `#define`s in the Windows
 * SDK: TIM_ADD_FRIEND_STATUS_PENDING = 30539), which data/legacy-names.tsv gives their codes.
 */
export const CONSTANT_NAME_PREFIXES = ['err_', 'tim_'] as const;

/** Joins a Chinese list of codes after a Chinese key: 报9519和9520错误, 错误码 6206、6208. */
export const CJK_LIST_JOINERS = ['和', '与', '及', '或', '、', '/'] as const;

/**
 * Words that make a line about failure: the default mode trusts a standalone known code only in such a line.
 * Matched anywhere, ignoring ASCII case.
 */
export const FAILURE_WORDS = ['error', 'fail', 'exception', 'timeout', 'timed out', '失败', '错误', '报错', '超时', '异常'] as const;

/**
 * After a number, these make it a quantity (7008 ms, 共 7008 条, 6014 个, 6014毫秒) or name what it numbers (3000端口, a
 * port): never a code.
 */
export const UNIT_WORDS = ['ms', 'msec', 'msecs', 's', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'b', 'byte', 'bytes', 'kb', 'mb', 'gb', 'kib', 'mib', 'px', 'x', 'times', 'items', 'messages', 'msgs', 'users', 'members',
  // Counts that build tools and batch jobs print on their failing lines (2 errors, 6014 warnings; 2000 warnings generated).
  'errors', 'warnings', 'failures', 'retries', 'attempts', 'requests', 'files', 'lines', 'rows', 'records', 'entries', 'tests'] as const;
export const CJK_UNIT_WORDS = ['条', '个', '次', '秒', '毫秒', '分钟', '小时', '天', '人', '字节', '位', '行', '页', '号', '名', '年', '月', '日', '版本', '版', '端口', '%', '％', '元', '件', '张', '笔'] as const;
/**
 * Measure words that also open common words: 张 a surname (错误码：6206 张三), 元 in 元素 and 元数据, 笔 in 笔记. They
 * make a quantity only where no Han character follows them (金额 2000 元, 转账失败 20003 笔, 发送失败 6014 张).
 */
export const CJK_UNITS_BEFORE_NO_HAN = ['元', '张', '笔'] as const;
/**
 * Id words that mean "number": after 错误 (错误编号 6014, "error number") they name the error's own number, its code.
 */
export const CJK_NUMBER_WORDS = ['编号', '序号'] as const;
export const CJK_ERROR_WORD = '错误';

/**
 * Right before a standalone number, these words say it names or counts a thing (an id, a count, a port, a line
 * number): `uid 6014 timeout`, `room 9520 join failed`, `retry in 7008`. The number is then not a code.
 */
export const ID_WORDS = [
  'seq', 'sequence', 'size', 'len', 'length', 'pid', 'tid', 'uid', 'id', 'port', 'line', 'offset', 'count', 'time', 'times', 'version', 'ver',
  'appid', 'sdkappid', 'retry', 'retries', 'attempt', 'after', 'in', 'of', 'at', 'row', 'col', 'column', 'step', 'page', 'index', 'idx', 'no', 'num',
  'number', 'room', 'roomid', 'group', 'groupid', 'user', 'userid', 'task', 'order', 'msgid', 'channel', 'uin', 'tinyid', 'build', 'issue', 'pr',
  'took', 'cost', 'wait', 'waited', 'elapsed', 'total', 'limit', 'max', 'min', 'bug', 'year', 'revision', 'rev',
  // An app's own business records and amounts (order 6014 payment failed, amount 2000 declined).
  'amount', 'price', 'balance', 'quantity', 'qty', 'invoice', 'sku', 'product', 'item',
  // A project's own test cases and patches in its changelog and CI output (passes test 2500 and 2502, patch 7001 fails).
  'test', 'patch',
] as const;

/**
 * Calls whose numbers are delays in milliseconds or seconds, matched at the end of the callee's name ignoring case
 * (setTimeout, Thread.sleep, handler.postDelayed; Java's timer.schedule(task, 2000) and new Timer(3000), Android's
 * CountDownTimer; the timeouts that Kotlin's withTimeout(3000) and OkHttp's connectTimeout(3000, …) set):
 * `setTimeout(() => login(), 3000)` pasted from an app waits, it fails nothing.
 */
export const TIMER_CALLS = ['settimeout', 'setinterval', 'sleep', 'delay', 'delayed', 'wait', 'schedule', 'timer', 'timeout',
  // Not a timer, but as plainly no code: the port a server listens on (app.listen(3000), proxy.listen(8001)), in the
  // Node and Python backends' code pasted beside their errors.
  'listen'] as const;

/**
 * Months, full and abbreviated: a year-shaped number after one (and its day) is the year of a date, as JavaScript's
 * Date prints it (Mon Oct 10 2022 15:30:00 GMT, then the zone), HTTP headers (Thu, 21 Nov 2024 10:00:01 GMT) and Java's logging
 * (Nov 26, 2024 10:00:01 AM). The years 2000 to 2003 and 2022 to 2025 are Web SDK codes too.
 */
export const MONTH_NAMES = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
] as const;
/**
 * Products named with a year for their edition (Windows 2000, Visual Studio 2022, Office 2003, SQL Server 2022), and
 * the others of a list of them (98, NT, 2000): a year-shaped number right after one, perhaps after a comma, is the
 * edition, not the Web SDK's 2000 to 2003 or 2022 to 2025. Compared with the whole word before it, ignoring case.
 */
export const EDITION_WORDS = ['windows', 'win', 'nt', 'xp', 'vista', 'server', 'studio', 'vs', 'office', 'excel', 'word', 'outlook', 'exchange'] as const;
export const CJK_ID_WORDS = [
  '第', '共', '房间', '房间号', '端口', '用户', '群号', '任务', '行', '耗时', '用时', '超过', '总共', '大约', '约',
  // An app's own business records and amounts on its failing lines (订单 6014 支付失败, 失败次数 2000, 金额 2000 元).
  '订单', '订单号', '单号', '编号', '序号', '次数', '数量', '金额', '余额',
] as const;

/**
 * Names of other products and systems: a number keyed or standing alone right after one of these is that
 * product's code, not Tencent's (NSURLError code: -1002, HTTP status code: 404, [Agora] error 110).
 * Matched at the end of the 40 characters before the key, ignoring case, with up to 3 non-word characters after.
 */
export const FOREIGN_KEY_CONTEXT = [
  'NSURLError', 'NSError', 'NSPOSIXErrorDomain', 'NSCocoaErrorDomain', 'NSURLErrorDomain', 'kCFErrorDomainCFNetwork', 'WKErrorDomain', 'SQLite',
  'http', 'https', 'status', 'statusCode', 'errno', 'OSStatus', 'socket', 'grpc', 'curl', 'signal', 'exit', 'exited',
  // Windows' error numbers, even on a line that names Tencent too ([WinError 10054], Winsock error 10060): see FOREIGN_PRODUCTS.
  'WinError', 'Winsock',
] as const;

/**
 * Other products' names in Chinese: right before a key (微信错误 errcode=…, 微信错误码：…), optionally followed
 * by a failure word, they say the code is that product's.
 */
export const FOREIGN_CJK_KEY_CONTEXT = ['微信', '支付宝', '华为', '小米', '极光', '个推', '融云', '环信', '云信', '声网', '即构', '阿里云', '友盟'] as const;
/** Failure words that may stand between a product's name and its key: 微信错误 errcode, 支付宝报错码. */
export const CJK_KEY_CONTEXT_FILLERS = ['错误', '报错', '异常'] as const;

/**
 * WeChat's (and WeCom's) APIs answer `{"errcode":…,"errmsg":"invalid code"}`: this key, in exactly this lower
 * case, with `errmsg` on the same line, names WeChat's numbering, so no number after it is Tencent Chat's, even one
 * the catalogue knows (WeChat's 40001 is an invalid access token; Tencent's REST replies say ErrorCode/ErrorInfo),
 * unless the text after it repeats what the catalogue says of the code.
 */
export const WECHAT_CODE_KEY = 'errcode';
export const WECHAT_MESSAGE_KEY = 'errmsg';

/**
 * Other chat, push and RTC products and other systems: on a line that names one (and no Tencent marker), a
 * number is that product's code. Matched as whole words, ignoring case.
 */
export const FOREIGN_PRODUCTS = [
  'agora', 'rongcloud', 'rongim', 'rong_im', 'easemob', 'hyphenate', 'sendbird', 'pubnub', 'getstream', 'zego', 'zegocloud', 'jpush', 'jiguang',
  'getui', 'mipush', 'hms', 'hmspush', 'huaweipush', 'firebase', 'fcm', 'apns', 'onesignal', 'umeng', 'netease', 'nim', 'yunxin', 'cometchat',
  'twilio', 'vonage', 'openim', 'openimsdk', 'tuicallengine', 'tuicallengineerror', 'mqtt', 'okhttp', 'retrofit', 'nginx', 'mysql', 'redis', 'win32', 'hresult',
  // Other chat, RTC, push and payment SDKs whose lines or threads are in our real-line sets (test/fixtures).
  'alipay', 'starrtc', 'quickblox', 'linphone', 'turms', 'xmtp', 'sinch', 'leancloud', 'wildfirechat', 'mirai', 'jmessage', 'mixpush',
  'onepush', 'fluwx', 'wxerror', 'micromsg', 'nimuikit', 'sealtalk', 'streamchat', 'fbchat', 'wechaty', 'nexmo',
  '融云', '环信', '网易云信', '云信', '极光', '个推', '友盟', '声网', '即构', '华为推送', '小米推送',
  // NetEase's brand (网易云信, 网易云, 网易七鱼) and the other phone makers' push services, which number their own codes.
  '网易', 'vivo推送', 'oppo推送', 'OPPO推送', '魅族推送', '荣耀推送',
  // JPush's Cordova plugin object (window.plugins.jPushPlugin), and RTM, the name of Agora's and others' real-time
  // messaging SDKs (Tencent's chat is never called that): both seen with numbers Tencent also uses.
  'jpushplugin', 'rtm',
  // Other platforms' open APIs and SDKs that apps call beside Tencent Chat, each with its own numbering: WeChat's Python
  // clients, TikTok/Douyin, Lark/Feishu and DingTalk.
  'wechatpy', 'wxpy', 'tiktok', 'douyin', '抖音', 'larksuite', 'feishu', '飞书', 'dingtalk', '钉钉',
  // Text messages, which Tencent Chat does not send: SMS services number their errors over Tencent's (Tencent Cloud
  // SMS's 1004 and 60008 among them, from the same backend family and SDKAppIDs as the old IM API), and no text of the
  // catalogue names them. A line that also names Tencent (腾讯云短信) still counts as Tencent's, as every marker does.
  'sms', '短信',
  // Windows' own error numbers, whose Windows Sockets block (from 10004, WSAEINTR: WSAECONNRESET is 10054, WSAETIMEDOUT
  // 10060) lies over Tencent's group codes: Python's OSError on Windows (ConnectionResetError: [WinError 10054] …,
  // TimeoutError: [WinError 10060] …), and native code that prints Winsock's error (Winsock error 10060, WSAGetLastError(): …).
  // Winsock's own names (WSAECONNRESET, WSAStartup) are told by their prefix (WINSOCK_PREFIX).
  'winerror', 'winsock',
  // Databases' errors in the backends that call Tencent's REST API: the SQL standard's SQLSTATE (PostgreSQL's could not
  // serialize access (SQLSTATE 40001)) and PHP's PDO with MySQL's client errors (PDOException: SQLSTATE[HY000] [2002]
  // Connection refused), whose numbers lie over the Web SDK's 2000s and the profile codes.
  'sqlstate', 'pdoexception',
  // MongoDB's duplicate key error (MongoServerError: E11000 duplicate key error …, code 11000), the commonest error of
  // the Node and Python backends that keep an app's accounts; its code 11000 is a group code of Tencent's.
  'mongodb', 'mongo', 'mongoose', 'pymongo', 'mongoerror', 'mongoservererror', 'mongobulkwriteerror', 'e11000',
  // RongCloud's Android SDK logs under its own tags (D/RongLog: [ RongIMClient ] [connect] …) and classes (RongCoreClient,
  // and RCIMClient and RCCoreClient on iOS), whose connection codes (310xx: a wrong token, a kicked device) and database
  // errors (330xx) lie over Tencent's relationship codes.
  'ronglog', 'rongimclient', 'rongcoreclient', 'rcimclient', 'rccoreclient',
  // Android's media player, which a chat app's voice and video messages play through: ExoPlayer's and Media3's
  // PlaybackException numbers its errors in blocks from 1000 to 7000 (2001 a failed network connection, 4001 a decoder
  // that failed to start, 6001 to 6008 DRM errors), over the Web SDK's and the Chat SDK's own (Media3 errorCode: 2001;
  // E/ExoPlayerImplInternal: … com.google.android.exoplayer2.ExoPlaybackException: Source error).
  'exoplayer', 'exoplayer2', 'media3', 'playbackexception', 'exoplaybackexception', 'exoplayerimplinternal',
  // Tencent's live-streaming and video-player SDK (LiteAV), whose players and pushers report events and warnings, not
  // Chat errors, numbered over the Web SDK's codes (PLAY_EVT_CONNECT_SUCC 2001, PLAY_WARNING_RECONNECT 2103,
  // PUSH_WARNING_SERVER_DISCONNECT 3004): its classes, listeners and the callbacks that carry those events (onPlayEvent,
  // onPushEvent). Its constants are told by their prefixes (FOREIGN_CONSTANT_PREFIXES).
  'txliveplayer', 'txlivepusher', 'txvodplayer', 'txliveconstants', 'txvodconstants', 'v2txliveplayer', 'v2txlivepusher',
  'v2txlivecode', 'txliveplaylistener', 'txlivepushlistener', 'txvodplaylistener', 'itxliveplaylistener',
  'itxlivepushlistener', 'itxvodplaylistener', 'onplayevent', 'onpushevent',
  // Other chat, RTC, voice and push SDKs' own callbacks, exceptions and entry classes, which their users' lines name when
  // they name no product (onConnectFailure … error code = 31008 is Twilio Voice's Call.Listener; connect … 31004 …
  // onTokenIncorrect is RongCloud's ConnectCallback): Twilio Voice, RongCloud, Agora, Sendbird, Easemob, NetEase Yunxin,
  // ZEGO, PubNub, Firebase, JPush, Getui and CometChat. Tencent's SDKs name none of them (its listeners say onConnectFailed,
  // onError, onUserSigExpired).
  'onconnectfailure', 'callexception', 'ontokenincorrect', 'ondatabaseopened', 'rcconnectionstatus', 'onjoinchannelsuccess',
  'onrejoinchannelsuccess', 'rtcengine', 'agorartcengine', 'agorartcenginekit', 'irtcengineeventhandler', 'sendbirdexception',
  'sbderror', 'sbdmain', 'emclient', 'emerror', 'hyphenateexception', 'emchatmanager', 'nimsdk', 'nimloginmanager',
  'nimremoteerrorcode', 'zegoexpressengine', 'onroomstateupdate', 'pnstatus', 'firebaseexception', 'firebasemessaging',
  'firebaseauthexception', 'jpushinterface', 'jpushmodule', 'jpushservice', 'gtintentservice', 'igexin', 'gexinsdk',
  'cometchatexception',
] as const;

/**
 * The prefixes of LiteAV's event, warning and error constants (TXLiveConstants and TXVodConstants: PLAY_EVT_CONNECT_SUCC,
 * PLAY_WARNING_RECONNECT, PUSH_WARNING_DNS_FAIL, VOD_PLAY_EVT_…; V2TXLiveCode's V2TXLIVE_WARNING_…), compared ignoring
 * case at a word's start. Its docs' event tables (| 2103 | PLAY_WARNING_RECONNECT | Network disconnected … |, the same
 * rows in Chinese) and the apps that log those events name one beside the number: a line that does reports LiteAV's
 * numbering, as FOREIGN_PRODUCTS says. Tencent Chat's own constants start with ERR_ (CONSTANT_NAME_PREFIXES).
 */
export const FOREIGN_CONSTANT_PREFIXES = ['play_evt_', 'play_warning_', 'play_err_', 'push_evt_', 'push_warning_', 'push_err_', 'vod_play_', 'v2txlive_'] as const;

/**
 * The prefix of Windows Sockets' own names, matched case-sensitively at a word's start and followed by a capital:
 * its functions and error constants (WSAGetLastError, WSAStartup, WSAECONNRESET, WSAETIMEDOUT). A line that names one
 * reports Winsock's numbers, as FOREIGN_PRODUCTS' winsock says.
 */
export const WINSOCK_PREFIX = 'WSA';

/**
 * OpenIM's JavaScript SDK object as its demos and users call it (IMSDK.login({…}), IMSDK.deleteMessage(…)): written so,
 * in capitals and followed by a method in lower camel case, imsdk names OpenIM's SDK, not Tencent's (whose own
 * `imsdk` is a package, log tag or framework name: com.tencent.imsdk, p1 = imsdk, ImSDK.framework). Compared
 * case-sensitively, with the `.` and a lower-case letter after it.
 */
export const FOREIGN_SDK_OBJECT = 'IMSDK';

/**
 * Field names and error helpers that only other products' responses carry, matched like FOREIGN_PRODUCTS (whole
 * words, ignoring case): OpenIM's `"operationID":…` and its Go `*errors.withStack`, Alipay's `'sub_code'`/`'sub_msg'`.
 * A line holding one is that product's response even when it names no product (response: {…"operationID":…,
 * "errCode":10006}; {'code': '40004', 'msg': 'Business Failed', 'sub_code': …}). RongCloud's SDK logs its events as JSON
 * with a `ptid` (process and thread) field under tags of its own ([RC:L-connect-R]: {"ptid":"10802-1*","code":-1002}).
 */
export const FOREIGN_FIELDS = [
  'operationid', 'withstack', 'sub_code', 'sub_msg', 'ptid',
  // OAuth 2.0's error identifiers (its RFC's sections 4.1.2.1 and 5.2), which sign-in providers answer with
  // ({"error": "invalid_grant", "error_description": …}; TikTok's AuthResponse(… errorCode=…, errorMsg=server_error, …)):
  // Tencent Chat signs users in with a UserSig, not OAuth, so the numbers beside one are the provider's. Tencent's own
  // ERR_ACCESS_DENIED is one word, not access_denied.
  'invalid_request', 'unauthorized_client', 'access_denied', 'unsupported_response_type', 'invalid_scope', 'server_error',
  'temporarily_unavailable', 'invalid_client', 'invalid_grant', 'unsupported_grant_type',
] as const;

/**
 * Push aliases, a feature of other push SDKs (JPush, Getui, MiPush) that Tencent Chat does not have: a line about
 * setting one reports that SDK's codes, matched like FOREIGN_PRODUCTS (设置别名出现6002, setAlias :{"errorCode":6014},
 * 绑定别名的时候 … PlatformException(6022, , )). JPush numbers its alias and tag errors 6001 to 6027, over Tencent's.
 */
export const FOREIGN_FEATURES = ['setalias', 'deletealias', 'getalias', 'bindalias', '别名'] as const;

/**
 * Credentials of other platforms' open APIs: WeChat's (and other OAuth platforms') AppSecret and access_token, which
 * Tencent Chat never asks for (it signs with a UserSig made from the SDKAppID's key). A line that names one reports that
 * platform's codes (AppSecret 错误或者 AppSecret 不属于这个公众号 with WeChat's 40001; errcode …, invalid appsecret;
 * access_token is invalid or not latest), matched as whole words ignoring case, except for a code whose own texts in the
 * catalogue use the word: Tencent's push-certificate codes tell users to check the vendor's AppSecret.
 */
export const FOREIGN_CREDENTIALS = ['appsecret', 'app_secret', 'access_token', 'appkey', 'app_key'] as const;

/**
 * The app key, which the other chat and push SDKs initialise with and name in their errors (NetEase Yunxin's `appkey
 * not exist`, Easemob's `invalid appkey`, RongCloud's `App Key`, JPush's `code=1004, message=app_key does not
 * exist`, Meizu and Aliyun push's AppKey) while Tencent Chat identifies an app by its SDKAppID, is a credential of
 * FOREIGN_CREDENTIALS too, also written as two words: APP_KEY_WORDS[0], one space or `-`, then APP_KEY_WORDS[1].
 * Tencent's own texts name a push vendor's AppKey only for its offline-push codes, which Catalogue.mentions keeps.
 */
export const APP_KEY_WORDS = ['app', 'key'] as const;
/** What a line names when it writes APP_KEY_WORDS apart: one of FOREIGN_CREDENTIALS. */
export const APP_KEY_CREDENTIAL = 'appkey';

/**
 * WeChat's names. A line that names WeChat may carry WeChat's numbering, whose 40xxx and 45xxx codes look like
 * Tencent Chat's (小程序微信登录失败 错误代码 40xxx; 微信偶尔 会返回 40xxx 错误): there, keys vouch for known codes only.
 * Matched anywhere, ignoring ASCII case.
 */
export const WECHAT_NAMES = ['微信', 'wechat', 'weixin'] as const;

/**
 * The ranges (inclusive) an unknown number must fall in for a strong key to vouch for it as a Tencent code. Tencent's
 * six-digit codes all lie between 114000 and 130000; other SDKs' six-digit codes (Aliyun's 5xxxxx and 6xxxxx, an ad
 * SDK's 2xxxxx, JMessage's 8xxxxx) lie above, up to 999999 at six digits. Negative four-digit numbers are NSURLError codes,
 * and so are the negative three-digit numbers past Tencent's (-302 and -203 to -195 are its only ones): -999, a cancelled
 * load, ends many an iOS log line (`HTTP load failed (error code: -999 [1:89])`).
 */
export const TENCENT_CODE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [1000, 99999],
  [114000, 139999],
  [-399, -100],
  [-99999, -10000],
];

/**
 * Products number their errors up from round bases, so the first numbers after one (1001, 2001, 10004, 20003, 40001)
 * and round numbers themselves (1200, 3200, 38000) are many products' codes at once: such a number, unknown to the
 * catalogue, is taken as Tencent's only on a line that names Tencent. A number of four digits or more is generic when it
 * is a multiple of GENERIC_ROUND or lies less than GENERIC_OFFSET above its leading digit's base (1000 to 1099, 30000
 * to 30099). WeChat's 40029 (an invalid login code) is one; Tencent's 6632 and 70346, which the catalogue lacks, are not.
 */
export const GENERIC_ROUND = 100;
export const GENERIC_OFFSET = 100;

/**
 * Four-digit blocks where the catalogue has no code at all (Tencent numbers its four-digit codes from 1000 to 1099 and
 * in the 2000s, 3000s, 4000s and 6000s to 9000s), which other products fill: web WeChat's `"BaseResponse": {"Ret": 1101,
 * …}` and its synccheck's `retcode:"1102"` (the threads of ItChat, WeixinBot and other web WeChat clients), WebQQ's
 * `retcode` 1202. An unknown number in one is as many products' as a generic one (GENERIC_OFFSET), and counts only on a
 * line that names Tencent.
 */
export const FOREIGN_FOUR_DIGIT_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [1100, 1999],
  [5000, 5999],
];

/**
 * The first codes after 1000 (1001 to 1099), which nearly every product's table opens with: OpenIM's ArgsError, WeChat's
 * invalid token, Tencent Cloud SMS's and VMS's signature checks, mini-program platforms' and payment services' first
 * errors. Tencent Chat's own (1001 to 1005) come only from the message-history download API, whose replies carry
 * ActionStatus, and its Web SDK's 1002 is an internal heartbeat state: a number in this block is Tencent's only on a
 * line that names Tencent, or where the words after it repeat what the catalogue says of it (a row of Tencent's table).
 */
export const SHARED_FIRST_CODES: readonly [number, number] = [1001, 1099];

/**
 * A table cell holding only one of these type names makes its row a parameter table's (name | type | description |
 * default): its numbers are the field's values, defaults and ranges, not codes (`| connectTimeout | long | HTTP
 * 连接超时（毫秒） | 3000 |`; Tencent's own callback docs: `| ResultCode | Integer | 必填 | … [38000,39000] |`). Error
 * tables never type their cells. Compared with the whole cell, ignoring case and the spaces around it.
 */
export const TYPE_CELL_WORDS = ['int', 'integer', 'long', 'short', 'number', 'string', 'boolean', 'bool', 'float', 'double', 'int32', 'int64', 'uint32', 'uint64', 'array', 'object'] as const;

/**
 * Chinese keys that follow the code they name: 新增8003错误码, 返回6006错误码, 官网文档对于6017错误码, 增加-4xxxx错误码, and
 * the code defined in prose: 您好，6707，表示网络已断开. At most two of KEY_AFTER_SEPARATORS may stand between. They
 * vouch for unknown codes shaped like Tencent's. Chinese only: the prefilter looks for them in lines with non-ASCII bytes.
 */
export const CJK_KEYS_AFTER = ['错误码', '表示'] as const;
export const KEY_AFTER_SEPARATORS = ' ，,　';

/** Characters that may not touch a standalone number on its left (besides letters, digits and `_`), or on its right. */
export const GLUED_BEFORE = '.:/\\#@=$%+&~-';
export const GLUED_AFTER = '/\\%~-';

/** Between a key and its number: spaces, quotes and at most one of these marks. */
export const KEY_MARKS = ':=：';
export const KEY_QUOTES = `"'`;
/**
 * After a quoted key's closing quote, this may stand in for a mark: the key and its value as a call's two arguments
 * (map.putInt("code", 6208), json.put("errCode", 6014)). Only right after a quote, so `code, 6208` is no key.
 */
export const ARGUMENT_MARK = ',';
/** At most this many separator characters between a key and its number: one bounded run, never a chain. */
export const MAX_SEPARATOR_RUN = 16;

/**
 * A definition line opens with a known code, then one of these marks, then words: `6017: 直播群不支持该操作`,
 * `9520 | request timed out`, `- 6014 - not logged in`. Leading list and table markers may come first. An ASCII
 * mark right after the code needs a space or a non-ASCII character after it; after spaces, `:` does not count
 * (`21 09:55` is a time), so that the prefilter's byte classes for these shapes admit no digit where a digit follows.
 */
export const DEFINITION_MARKS = ':：|-';
export const DEFINITION_MARKS_AFTER_SPACE = '：|-';
export const DEFINITION_LEADERS = ' \t|*>-•#`[';
/**
 * A code table in source code may also put a comma between a code and its message (`[3123, '文本包含本地审核拦截词'],`
 * in a kit's code-to-message map): such a row counts only when the message repeats what the catalogue says of the
 * code, never as a definition line (`6014, 6206 and 6208` opening a sentence is a list).
 */
export const CODE_TABLE_MARKS = ',';

/**
 * Names that mark a line as Tencent Chat's own, even when it names another product too; matched where no
 * letter comes before them (OpenIMSDK is not imsdk), ignoring case. The SDK's `TIM` prefix (TIM:, TIMManager, TIM.js) counts too, in capitals only, so that
 * "timeout" does not.
 */
export const TENCENT_MARKERS = [
  'tencent', 'imsdk', 'v2tim', 'tuikit', 'qcloud', '腾讯', '即时通信', '云通信',
  // The chat UIKit's components, whose Android logs tag every line with the component's name (TUIChatLog writes under
  // `TUIChat-` + the class's tag, TUIGroupLog under `TUIGroup-`, TUIOfflinePushLog under `TUIOfflinePush-`), and
  // TUILogin, the kit's wrapper of the chat login. Not TUICore or TUICallKit: the call kit's lines carry TRTC's codes.
  'tuichat', 'tuiconversation', 'tuicontact', 'tuigroup', 'tuicommunity', 'tuiofflinepush', 'tuisearch', 'tuilogin',
  // The status field of Tencent's REST replies ({"ActionStatus":"FAIL","ErrorInfo":…,"ErrorCode":90001}), which server
  // teams post to Feishu and DingTalk alert bots: the reply is Tencent's whatever the line says around it.
  'actionstatus',
] as const;
