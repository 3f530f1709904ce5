// The detector finds codes in real log shapes and never flags timestamps, ids, versions, ports or other libraries' codes.
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/core/catalogue.js';
import { findCodesInLine, MAX_FINDINGS_PER_LINE, type ScanMode } from '../../src/core/scan/detect.js';
import { NEGATIVES, POSITIVES } from '../helpers/log-lines.js';

const catalogue = getCatalogue();
const isKnown = (code: number) => catalogue.isKnown(code);
const codesIn = (line: string, mode: ScanMode = 'default') => findCodesInLine(line, isKnown, mode, catalogue.known).map((f) => f.code);
/** Without the catalogue's table-row checks: what the detector reads from the line's shape alone. */
const codesByShape = (line: string, mode: ScanMode = 'default') => findCodesInLine(line, isKnown, mode, { hasName: catalogue.known.hasName }).map((f) => f.code);

describe('findCodesInLine (default mode)', () => {
  it.each(POSITIVES)('finds the codes in %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it.each(NEGATIVES.map((l) => [l]))('reports nothing in %j', (line) => {
    expect(codesIn(line)).toEqual([]);
  });

  it('reports column and matched text', () => {
    expect(findCodesInLine('login failed|code:6206|desc', isKnown)).toEqual([{ code: 6206, column: 14, match: 'code:6206' }]);
    expect(findCodesInLine('错误码 20003', isKnown)[0]).toEqual({ code: 20003, column: 1, match: '错误码 20003' });
    expect(findCodesInLine('{"ActionStatus":"FAIL","ErrorCode":90003}', isKnown)[0]).toEqual({ code: 90003, column: 24, match: '"ErrorCode":90003' });
  });

  it('reports at most MAX_FINDINGS_PER_LINE codes of one line, the first ones, so a crafted line cannot fill memory', () => {
    const crowded = `error ${'6014 '.repeat(60_000)}`;
    const findings = findCodesInLine(crowded, isKnown, 'default', catalogue.known);
    expect(findings).toHaveLength(MAX_FINDINGS_PER_LINE);
    expect(findings[0]).toEqual({ code: 6014, column: 1, match: 'error 6014' });
    expect(findings[findings.length - 1]?.column).toBe(7 + 5 * (MAX_FINDINGS_PER_LINE - 1));
    // A real crowded line (the benchmark's JSON lines hold 25,000 codes) is reported whole.
    expect(findCodesInLine(`error ${'6014 '.repeat(25_000)}`, isKnown, 'default', catalogue.known)).toHaveLength(25_000);
  });
});

describe('modes', () => {
  it('--strict takes keyed codes only', () => {
    expect(codesIn('send message failed with 6013', 'strict')).toEqual([]);
    expect(codesIn('login failed code:6206', 'strict')).toEqual([6206]);
    expect(codesIn('PlatformException(6206, x)', 'strict')).toEqual([6206]);
  });

  it('--loose takes every standalone known code, even without failure words', () => {
    expect(codesIn('delivered 6206 to peer')).toEqual([]);
    expect(codesIn('delivered 6206 to peer', 'loose')).toEqual([6206]);
    expect(codesIn('2020-01-21 09:55:35.297 [22008-22113] v4.3.81', 'loose')).toEqual([]);
  });
});

describe('rules from real shapes (README, "What counts as a code")', () => {
  it.each([
    ['6017: 直播群不支持该操作', [6017]],
    ['9520 | request timed out', [9520]],
    ['- 6014 - not logged in', [6014]],
    ['| 10007 | 操作权限不足 |', [10007]],
    ['6013 The IM SDK has not been initialized.', [6013]],
    ['70001 帐号体系 userSig 已过期', [70001]],
    // A Markdown table's cells padded to their column's width.
    ['| 20016           | 消息撤回超过了时间限制（默认2分钟）。         |', [20016]],
  ])('reads the definition line %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
    expect(codesIn(line, 'strict')).toEqual([]);
  });

  it.each([
    ['50001 | The current application needs to purchase the TUICallKit Group Call Version Package to use |', 50001],
    ['8001 请求网络异常,请求失败。8002 请求参数错误。', 8001],
    ['| 2001 | 音频设备打开失败 | 请检查麦克风权限 |', 2001],
  ])("reads no code from another product's table row that says something else of the number: %j", (line, code) => {
    expect(codesByShape(line, 'loose')).toContain(code);
    expect(codesIn(line)).not.toContain(code);
    expect(codesIn(line, 'loose')).not.toContain(code);
  });

  it.each([
    ['{code: 10007, msg: "验证码发送过于频繁"}', []],
    ['result: errorCode=10017, errorMessage="third-party login canceled by user"', []],
    // Its message shares a telling word with the code's texts, or says too little to judge, or the line names Tencent.
    ['{code: 6014, message: "用户未登录"}', [6014]],
    ['login failed, code: 6206, desc: sig expired', [6206]],
    ['code:6014 msg:', [6014]],
    ['TIM: {code: 10007, msg: "验证码发送过于频繁"}', [10007]],
    // The chat UIKit's components tag their Android lines with their names, so those lines name Tencent.
    ['E/TUIChat-ChatPresenter: sendMessage fail, code = 7508 , desc = connect server failed', [7508]],
    ['E/TUILogin: onError code = 6014 , desc = connect server failed', [6014]],
    ['code = 6014 , desc = connect server failed', []],
    // A Chinese key's code and the message a sentence gives it after 提示 or 错误信息 (WeCom's docs: 60011 is no permission there).
    ['调用API创建群聊会返回错误码60011，提示没有权限', []],
    ['错误码：10010，错误信息：群组不存在', [10010]],
    ['错误码70001，提示签名过期', [70001]],
  ])("reads a keyed code as another product's when its record's message is about other codes: %j", (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
    expect(codesIn(line, 'loose')).toEqual(expected);
  });

  it.each([
    ['| 10007 | 操作权限不足 |', [10007]],
    ['40006 | Internal server error when setting data, please', [40006]],
    ['70500 | 服务器内部错误,请稍后重试 |', [70500]],
    ['4004 | 画像メッセージの失敗です。無効な画像フォーマットです。 |', [4004]],
  ])('keeps a table row that shares a telling word with the catalogue, or is in a language it cannot judge: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it.each([
    ["    2999: { msg: 'sendMessage 接口需要 SDK 处于 ready 状态后才能调用。' },", [2999]],
    ["    2501: { msg: '没有找到相应的用户或群组，请检查传入参数' },", [2501]],
    // A kit's code-to-message map as an array of pairs.
    ["  [2999, '接口需要 SDK 处于 ready 状态后才能调用。'],", [2999]],
  ])("reads a code table in source code when its row repeats the catalogue's description: %j", (line, expected) => {
    expect(codesByShape(line)).toEqual([]);
    expect(codesIn(line)).toEqual(expected);
  });

  it.each(["    2999: { msg: 'unrelated text here' },", '    6014: { handler: onLogin },', "  [6014, 'unrelated text here'],"])('reads no code from a keyed table whose row says nothing the catalogue says: %j', (line) => {
    expect(codesIn(line)).toEqual([]);
  });

  // Made-up replies in the shapes of real ones: an app's envelope numbers its own errors, Tencent's replies and errors do not look like it.
  it.each([
    ['{"code":10004,"data":null,"message":"请先登录后再操作"}', []],
    ['{"code": 6014, "msg": "token missing", "data": {}}', []],
    // Spaced inside the braces, as hand-formatted JSON and some serialisers write it.
    ['{ "code": 10004, "data": null, "message": "请先登录后再操作" }', []],
    ['{\t"code":6014,"msg":"token missing","data":{}}', []],
    ['{"code":70001,"msg":"UserSig 已过期，请重新生成 UserSig","data":null}', [70001]],
    ['{"message":"参数非法，请检查必填字段是否填充","code":10004,"data":null}', [10004]],
    // Without a data field it is no app envelope, but its message is about another code than 10004 (参数非法), on a
    // line that names no Tencent product: another product's error. With Tencent's own words it stays.
    ['{"code":10004,"message":"请先登录后再操作"}', []],
    ['{"code":10004,"message":"参数非法，请检查必填字段"}', [10004]],
    // Tencent's own string for the code (data/log-messages.tsv), however few words it has.
    ['{"code":9506,"msg":"Out of frequency limit.","data":null}', [9506]],
    ['{"code":6026,"message":"no previous login","data":null}', [6026]],
    ['{"code":6026,"msg":"Out of frequency limit.","data":null}', []],
    // The Flutter SDK's V2TimValueCallback serialises as {"code":…,"desc":…,"data":…}: desc carries Tencent's string.
    ['{"code":6206,"desc":"用户签名过期","data":null}', [6206]],
    ['flutter: {"code":9506,"desc":"Out of frequency limit.","data":null}', [9506]],
    ['{"code":6026,"desc":"Out of frequency limit.","data":null}', []],
    ['{"code":10004,"desc":"请先登录后再操作","data":null}', []],
    // The Web SDK's TIM.EVENT.ERROR event is {name, data: {code, message}}: "data" holds the code's object, not beside it.
    ['{"name":"error","data":{"code":2801,"message":"request timeout"}}', [2801]],
    ['TIM.EVENT.ERROR {"name":"error","data":{"code":6014,"message":"not logged in"}}', [6014]],
    // Python's json.dumps and PHP's json_encode escape Chinese by default; an escaped quote does not end the message.
    ['{"code": 70001, "msg": "\\u5e10\\u53f7\\u4f53\\u7cfb userSig \\u5df2\\u8fc7\\u671f", "data": null}', [70001]],
    ['{"code":70001,"msg":"\\"x\\" UserSig 已过期，请重新生成 UserSig","data":null}', [70001]],
    ['{"code":10004,"data":null,"message":"\\u8bf7\\u5148\\u767b\\u5f55"}', []],
  ])("reads an app's reply envelope ({\"code\":…,\"data\":…}) as Tencent's only when its message is Tencent's: %j", (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  // Made up in the shapes of JPush's threads: aliases are a push SDK's feature, and its Flutter plugin passes no message.
  it.each(['给用户设置别名时报错6002', 'JPush.setAlias failed, errorCode: 6022', 'Unhandled Exception: PlatformException(6022, , )'])(
    "reads no code from a line about a push alias, or from a PlatformException with no message: %j",
    (line) => {
      expect(codesIn(line)).toEqual([]);
    },
  );

  it('reads a list of codes after an ASCII key, known codes only', () => {
    expect(codesIn('What should I do if error code 30004/40004 is returned')).toEqual([30004, 40004]);
    expect(codesIn('login failed, code: 6014 / 6206')).toEqual([6014, 6206]);
    // An unknown number does not continue a list after an ASCII key, as it may after a strong Chinese one.
    expect(codesIn('send failed, code: 6014/2020')).toEqual([6014]);
  });

  // 2022 to 2025 are Web SDK codes and 1001 to 1005 server ones: a year, a date or a count after a listed code is none.
  it.each([
    ['errCode: 6014、2024年11月开始出现', [6014]],
    ['登录失败 code: 6014 和 2024 年的版本一样', [6014]],
    ['error code: 6014/2024/11/26', [6014]],
    ['login failed, code: 6014 / 2000 ms', [6014]],
    ['失败 code: 6014 和 1001 个用户', [6014]],
    ['错误码 6014、2000条', [6014]],
    ['错误码 6206/2024年', [6206]],
    // Still lists: the last item may close the line, and a list may go on past a quantity-free item.
    ['error code: 9520/10004/70001', [9520, 10004, 70001]],
    ['错误码：6206、6208', [6206, 6208]],
  ])('reads no year, date or quantity as a code continuing a list: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it('still reads a PlatformException that carries its message, and an empty one in loose mode', () => {
    expect(codesIn('PlatformException(6206, Execution Error, userSig expired)')).toEqual([6206]);
    expect(codesIn('PlatformException(6022, , )', 'loose')).toEqual([6022]);
    // After a name the number is the message itself, and what follows it is the details, which may well be empty.
    expect(codesIn('Unhandled Exception: PlatformException(Sdk_Not_Login, 6014, , null)')).toEqual([6014]);
    expect(codesIn('PlatformException(Sdk_Not_Login, 6014, )', 'strict')).toEqual([6014]);
  });

  it("reads no NSURLError as a code: negative four-digit numbers, and three-digit ones past Tencent's -302", () => {
    expect(codesIn('Task <1A2B>.<1> HTTP load failed (error code: -999 [1:89])')).toEqual([]);
    expect(codesIn('NSURLErrorDomain error code: -1001')).toEqual([]);
    // Tencent's own negative three-digit codes, known or merely shaped like them, still count after a key.
    expect(codesIn('login failed, code: -302')).toEqual([-302]);
    expect(codesIn('recv error code: -210')).toEqual([-210]);
  });

  it("reads no code from another plugin's PlatformException whose message is about something else", () => {
    // OpenIM's Flutter plugin: its 10006 is "sdk not init", Tencent's a frequency limit.
    expect(codesIn('Unhandled Exception: PlatformException(10006, sdk not init, null, null)')).toEqual([]);
    expect(codesIn('FlutterError: PlatformException(10006, sdk not init, null, null), #0      StandardMethodCodec.decodeEnvelope')).toEqual([]);
    // Tencent's own messages, with the null of absent details, and a line that names Tencent's SDK, still count.
    expect(codesIn('PlatformException(6014, Sdk_Not_Login, null)')).toEqual([6014]);
    expect(codesIn('PlatformException(40002, Err_Profile_To_Account_Empty, Err_Profile_To_Account_Empty)')).toEqual([40002]);
    expect(codesIn('Unhandled Exception: PlatformException(10004, all defined key is invalid, all defined key is invalid)')).toEqual([10004]);
    expect(codesIn('tencent_cloud_chat_sdk: PlatformException(10006, sdk not init, null, null)')).toEqual([10006]);
  });

  it.each(['window.plugins.jPushPlugin.setAlias() 返回错误码6003', 'RTM login failed, error code: -10012'])("reads no code from JPush's plugin or an RTM SDK: %j", (line) => {
    expect(codesIn(line)).toEqual([]);
  });

  it.each(['vivo推送,turnOnPush状态码为10003', '网易云中会提示发送失败 Code: 2201', '登录授权失败(错误码：110404)'])(
    "reads no code from a phone maker's push service, NetEase, or a six-digit number outside Tencent's ranges: %j",
    (line) => {
      expect(codesIn(line)).toEqual([]);
    },
  );

  it.each([
    ['Requesting history messages always times out 10001 Network timeout error', []],
    ['send message failed 6014 not logged in', [6014]],
    ['login failed 70001 UserSig expired, generate a new one', [70001]],
  ])('judges the words right after a bare number like a table row: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it.each([
    ['        map.putInt("code", 6208);', [6208]],
    ["json.put('errCode', 6014)", [6014]],
    ['params.put("count", 6014)', []],
    ['code, 6208 was the third value', []],
  ])('reads a quoted key and its value given as a call\'s two arguments: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  // Source pasted into a log or an issue: an SDK demo's event.data.code !== 2800, an app's if (errCode == 6014).
  it.each([
    ['                if (errCode == 6014){', [6014]],
    ['  if (event.data.code !== 2800 && event.data.code !== 2999) {', [2800, 2999]],
    ['if (imError.code === 10007) {', [10007]],
    ['if (code != 6014 && retries > 3)', [6014]],
    ['if (ret==-10003)', [-10003]],
  ])('reads a code a key is compared with, in every mode: %j', (line, expected) => {
    for (const mode of ['strict', 'default', 'loose'] as const) expect(codesIn(line, mode)).toEqual(expected);
  });

  it.each([
    // A comparison names the code the source handles; it vouches for no number the catalogue does not know.
    ['if (code != 6632) {', 'default'],
    ['if (res.code === 401) {', 'default'],
    // Another key's value stays another key's, compared or assigned (seq: 9520).
    ['if (seq == 9520) {', 'loose'],
    ['while (port != 9520)', 'loose'],
    // Two marks are no comparison: Go's := and a stray = = are as before.
    ['code := 6014', 'default'],
    // A run of four '=' or more is a rule, not a comparison (no comparison is longer than === or !==).
    ['code ==== 6014', 'default'],
    ['errCode !=== 6014', 'default'],
    ['errCode ========== 6014', 'default'],
  ] as const)('reads no code from the comparison %j (%s mode)', (line, mode) => {
    expect(codesIn(line, mode)).toEqual([]);
  });

  it.each([
    ['        case ERR_SDK_NOT_LOGGED_IN:', [6014]],
    ['if (code == ERR_IN_PROGESS) { retry(); }', [6015]],
    ['login failed: ERR_SVR_ACCOUNT_USERSIG_EXPIRED, ERR_SVR_ACCOUNT_USERSIG_EXPIRED again', [70001]],
    // Beside its value, the value is read (once); beside another number, that number decides.
    ['返回 ERR_USER_SIG_EXPIRED(6206) 或 ERR_SVR_ACCOUNT_USERSIG_EXPIRED(70001) 错误码', [6206, 70001]],
    ['static const int ERR_SDK_NOT_INITIALIZED = -1002;', []],
    // Another product's header that renumbers Tencent's names, its values aligned in a column.
    ['    ERR_USER_SIG_EXPIRED                        = 2009,    ///< UserSig 过期，请重新获取有效的 UserSig 后再重新登录。', []],
    ['ERR_SUCC', []],
    ['MY_ERR_SDK_NOT_LOGGED_IN and ERR_SDK_NOT_LOGGED_INX', []],
    ['[JPush] ERR_SDK_NOT_LOGGED_IN', []],
    ['            case TIM_ADD_FRIEND_STATUS_PENDING:', [30539]],
    ['case TIMFriendStatus.TIM_ADD_FRIEND_STATUS_IN_OTHER_SIDE_BLACK_LIST: case ERR_SDK_NOT_LOGGED_IN:', [30525, 6014]],
    // An older header gave this name another value, which the catalogue does not know: the value decides, not the name.
    ['#define TIM_ADD_FRIEND_STATUS_SELF_FRIEND_FULL\t\t\t\t30519//加好友时有效：好友数量已满', []],
  ])('reads a Tencent constant name that stands alone as its code, in default mode: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
    if (!/\d{4}/.test(line)) expect(codesIn(line, 'strict')).toEqual([]);
  });

  it.each([
    ['    ERR_SDK_INTERFACE_NOT_SUPPORT               = 7013,    // 套餐包不支持', [7013]],
    ['ERR_SDK_COMM_FILE_SIZE_EMPTY: 7006', [7006]],
    ['ERR_HTTP_NO_CLEARTEXT_TRAFFIC_PERMISSION: 6029', [6029]],
    // A legacy name (data/legacy-names.tsv) after the full-width colon of Tencent's Chinese docs.
    ['如果此用户在其他终端被踢，登录将会失败，返回错误码（`ERR_IMSDK_KICKED_BY_OTHERS：6208`）', [6208]],
    // The old SDKs' relationship results (TIMFriendStatus, data/legacy-names.tsv): the iOS enum and the Windows SDK's #define.
    ['    TIM_ADD_FRIEND_STATUS_PENDING                           = 30539,', [30539]],
    ['#define TIM_ADD_FRIEND_STATUS_IN_SELF_BLACK_LIST\t\t30515 ', [30515]],
    ['#define TIM_RESPONSE_FRIEND_STATUS_NO_REQ                   30614//响应好友申请时有效：对方没有申请过好友', [30614]],
  ])('reads the value of a Tencent constant the catalogue knows: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
    expect(codesIn(line, 'strict')).toEqual([]);
  });

  it.each(['ERR_NETWORK = 1001', 'ERR_NETWORK：1001', '#define TIM_FRIEND_STATUS_BUSY 30539', '#define MY_TIM_ADD_FRIEND_STATUS_PENDING 30539', 'MY_ERR_SDK_COMM_FILE_SIZE_EMPTY = 7006', 'ERR_NETWORK + 7006', 'HELLO_ANSWER_KICKED_OUT = 1002 // web'])(
    'reads no constant value where the name is unknown, not a whole word, not assigned or not native: %j',
    (line) => {
      expect(codesIn(line)).toEqual([]);
    },
  );

  it.each([
    // Go const blocks (OpenIM's sdkerrs: ArgsError = …), C# and TypeScript enums: a name given a number with `=`, even a
    // name that ends in a failure word, or one aligned far right of its name.
    '\tArgsError                = 10002 //输入参数错误',
    'SdkInternalError = 10006 // SDK internal error',
    '\tNetworkTimeoutError          = 10001',
    '  ResourceLoadNotCompleteError = 10004 // Resource initialization incomplete, error',
    '    VCS_ERR_TOKEN_EXPIRED                     = 10007,   // "token 已过期"',
    '    LoginFailed                                = 6014, // login error',
  ])("reads a number given another table's name with `=` as that constant's value, in every mode: %j", (line) => {
    expect(codesIn(line)).toEqual([]);
    expect(codesIn(line, 'loose')).toEqual([]);
    expect(codesIn(line, 'strict')).toEqual([]);
  });

  it.each([
    ['onError: 6206 userSig expired', [6206]],
    ['errorCode                    = 6014 failed', [6014]],
    ['    ERR_SDK_NET_WAIT_SEND_TIMEOUT               = 9519,    // 请求包已进入待发送队列', [9519]],
    ['login failed, error = 6014', [6014]],
    // A line that names Tencent is no other SDK's constant table: the aligned value was dropped since the `=` rule.
    ['[TIM] lastErrorCode                  = 6014', [6014]],
    ['[imsdk] login failed, lastError                   = 70001', [70001]],
    ['TIMLog: login onError = 6014', [6014]],
    ['[TIM] V2TIMManager login onFailure = 70001', [70001]],
    // A callback or variable an app's own log prints (Log.e(TAG, "onError = " + code)) opens in lower case, where a
    // table's constants (ArgsError, LoginFailed) are UpperCamel: it keeps its code on a line that names nothing.
    ['D/ChatActivity: login onError = 6206', [6206]],
    ['loginFailed = 6014', [6014]],
    ['onFailure = 6014, desc = not logged in', [6014]],
  ])('still reads a callback, a key or a Tencent constant before its number: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it.each([
    // A parameter table's row: a cell holds only a type name, so its numbers are a field's values and defaults.
    ['| `connectTimeout` | long    | HTTP 连接超时（毫秒）         | 3000   |', []],
    ['| timeout | Integer | 请求超时时间，默认 9520 |', []],
    ['| retryTimes | int | 失败后的重试次数 | 6014 |', []],
    // Error tables never type their cells, and a keyed code in a typed row still counts.
    ['| 9520 | 请求超时 | request timed out |', [9520]],
    ['| ErrorCode | Integer | 失败时为错误码，如 code: 70001 |', [70001]],
    ['| 6014 | 未登录，long 类型的参数无效 |', [6014]],
  ])("reads a parameter table's numbers as its fields' values: %j", (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
    expect(codesIn(line, 'loose')).toEqual(expected);
  });

  it.each(['6013 messages synced', '2000 OK', '10004 Items in queue', '6014 Done ok', '70001 Sig'])(
    'reads a number opening a line with no mark as a code only before a description: %j',
    (line) => {
      expect(codesIn(line)).toEqual([]);
    },
  );

  it.each([
    ['状态码 6014', [6014]],
    ['提示 70001', [70001]],
    ['一直遇到 9520', [9520]],
    ['偶尔出现6012', [6012]],
    ['您好，6012问题，最新版本有较大优化', [6012]],
    ['开启离线推送 6012, 登录是正常的', [6012]],
  ])('reads a code in Chinese prose: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it.each([
    'setTimeout(fn, 3000);',
    'setTimeout(() => { tim.login(options) }, 2000) // retry after error',
    'Thread.sleep(3000); // wait after login failed',
    'handler.postDelayed(runnable, 2000) after error',
    // The same calls highlighted on a documentation page, each token in a tag.
    '<span class="hljs-built_in">setTimeout</span>(errorMsg, <span class="hljs-number">2000</span>); // error',
    'socket.<span class="hljs-built_in">setTimeout</span>(<span class="hljs-number">3000</span>); // timeout',
    // A server's port.
    "}).listen(3000); // on error, see the log",
  ])('reads the argument of a timer call as a delay, not a code: %j', (line) => {
    expect(codesIn(line, 'default')).toEqual([]);
  });

  it.each([
    // JavaScript's Date, an HTTP header's date, Java's logging, prose: the years 2000 to 2003 and 2022 to 2025 are Web SDK codes too.
    'Mon Oct 10 2022 15:30:00 GMT+0800 (China Standard Time) login failed',
    'Thu, 21 Nov 2024 10:00:01 GMT error',
    'Nov 26, 2024 10:00:01 AM com.example.ChatService error',
    'Skip two tests that have started failing on i386 since October 2022',
  ])('reads a year after its month as a date, not a code: %j', (line) => {
    expect(codesIn(line)).toEqual([]);
  });

  it.each([
    ['<td>2000</td><td>SDKAppID missing, login failed</td>', [2000]],
    ['<span class="hljs-title">login</span>(<span class="hljs-number">6014</span>) failed', [6014]],
  ])('still reads a code in an HTML cell or tag that no timer call holds: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it.each([
    ['Mon Oct 10 2022 15:30:00 GMT+0800 login failed, code: 2024', [2024]],
    ['login failed 2024', [2024]],
  ])('still reads a year-shaped code away from a month: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it.each([
    // Other SDKs' callbacks and exceptions name their product when the line does not: Twilio Voice, RongCloud, Agora,
    // Sendbird, Easemob, Firebase.
    'onConnectFailure: CallException code = 31005, Connection error',
    'connect failed: onTokenIncorrect, code 31004',
    'onJoinChannelSuccess then error 20003 on rejoin',
    'SendBirdException: code 800102, error 20001 in handler',
    'EMError 6014 login failed',
    'FirebaseException: error 20003 while fetching token',
  ])("reads a number beside another SDK's callback or exception as that SDK's: %j", (line) => {
    expect(codesIn(line)).toEqual([]);
  });

  it.each([
    // A changelog's entry, patch and test numbers (vim's patch list, curl's changelog).
    '  2301  9.0.0322  crash when no errors and the fix fails',
    '  7001  9.0.0909  error message for layout change does not match action',
    'test 2500 failed, see the log',
    'patch 6014 failed to apply',
    // A product's edition year (the openjdk test report, a Unity build on Windows).
    'java.net.SocketTimeoutException on 98, NT, 2000 for JSSE',
    'SocketException "socket closed" exception on Windows 2000.',
    'error MSB8020: The build tools for Visual Studio 2022 cannot be found',
  ])('reads a changelog entry number, a test or patch number or an edition year as no code: %j', (line) => {
    expect(codesIn(line)).toEqual([]);
  });

  it.each([
    ['6014 5.1 login failed', [6014]],
    ['error 2022 on Windows', [2022]],
    ['Windows: error 2000, SDKAppID missing', [2000]],
  ])('still reads a code beside a two-part version or after an edition word that does not hold it: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it.each([
    // Copyright lines (Debian's copyright files, a man page's authors): a year and its holder, no failure in sight.
    '2002 Joel de Guzman',
    ' 2001 Red Hat Software',
    'Copyright (C) 2000 辛立仁 <hsin@med.cgu.edu.tw>',
    '2001 Henrique de Moraes Holschuh',
  ])('reads a year that opens a line with a name after it as a date, not a code: %j', (line) => {
    expect(codesIn(line)).toEqual([]);
  });

  it.each([
    // The Web SDK's table, with its marks, and a year-shaped code on a failing line: still codes.
    ['| 2025 | Repeated login. |', [2025]],
    ['2000 SDKAppID missing, login failed', [2000]],
    ['登录 2022 错误', [2022]],
  ])('still reads a year-shaped code in a table row or on a failing line: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it.each([
    // A backend's database errors: PHP's PDO with MySQL's client error, PostgreSQL's SQLSTATE.
    'PDOException: SQLSTATE[HY000] [2002] No such file or directory',
    'ERROR:  could not serialize access due to concurrent update (SQLSTATE 40001)',
    'pq: could not serialize access (SQLSTATE 40001) error',
    // Numbers padded with a zero: SQLSTATE's class table, an octal flag.
    '08006    E    ERRCODE_CONNECTION_FAILURE                                     connection_failure',
    '#define IPC_EXCL	02000		/* Fail if key exists.  */',
    // IPv6 addresses: the documentation prefix, a public DNS server.
    'failed from 2001:DB8:7:bba4::53 for <*.example.nl. NSEC IN>',
    'dns lookup failed: 2400:3200:baba::1',
    'DNS 2400:3200::1 timeout',
    // Counts on a build's or a batch job's failing line.
    '[ERROR] Failed to execute goal on project: 2 errors, 6014 warnings',
    'fatal error: 2000 warnings generated',
    'sync failed after 7008 retries',
    // An app's own orders, counts and amounts in Chinese.
    '订单 6014 支付失败',
    'payment declined: amount 2000 exceeds the card limit',
    '失败次数 2000',
    '金额 2000 元 支付失败',
  ])('reads a database error, a zero-padded number, an IPv6 address or a count as no code: %j', (line) => {
    expect(codesIn(line)).toEqual([]);
  });

  it.each([
    // MongoDB's duplicate key error, in the backends that call Tencent's REST API.
    'MongoServerError: E11000 duplicate key error collection: app.users index: userId_1 dup key, code 11000',
    // Java's timers: a task's delay.
    'timer.schedule(task, 2000); // retry after login failed',
    'new Timer(3000) error',
    // Timeouts set by a call: Kotlin's coroutines, OkHttp's builder.
    'withTimeout(3000) { login() } failed',
    'builder.readTimeout(3000) error',
    // Unix's date and Java's Date.toString(): the time and its zone between day and year.
    'Tue Nov 26 10:00:01 CST 2024 ERROR connection failed',
  ])('reads a MongoDB error, a Java timer and a date printed by Date.toString() as no code: %j', (line) => {
    expect(codesIn(line)).toEqual([]);
  });

  it.each([
    // A name after the code (张 a surname), a word a measure word opens (元素, 笔记): the code stands.
    ['登录失败，错误码：6206 张三', [6206]],
    ['报错 6014 元素为空', [6014]],
    ['提示 70001 笔记', [70001]],
    // 错误编号, "error number": the error's own number, not a record's.
    ['发送失败 错误编号 10016', [10016]],
    ['错误编号 6014', [6014]],
    // A log's level after the time is no zone: the number after it opens the message.
    ['Nov 26 10:00:01 WARN 2024 login failed', [2024]],
  ])('reads a code before a name or a noun a measure word opens, after 错误编号, and after a log level: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it.each([
    ['onError(6014, "not logged in")', [6014]],
    // A failure word alone before its code in parentheses is no call that sets a timeout.
    ['request failed: timeout(6012)', [6012]],
    ['login failed (6014)', [6014]],
  ])('still reads the argument of another call as a code: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it.each(['year 2001 instead of error.', 'fixed bug 6014, crash on error', 'fixed stupid error in revision 10054', 'room 9520 join failed', 'uid 6014 timeout', '第 10010 号任务 失败', 'error at line 6014', '时间点：2022年2月9日', '相同网络环境下, 118 版本 IM 登陆超时', '主进程打开的3000端口连接超时'])(
    'reads %j as naming or counting a thing, not a code',
    (line) => {
      expect(codesIn(line)).toEqual([]);
    },
  );

  it.each([
    // A placeholder password or id by a failure word, a bug number opening a changelog's line: no code, though the webhook's
    // range (120001-130000) holds the number.
    ['login failed 123456', [], [123456]],
    ['password 123456 wrong, login failed', [], [123456]],
    ['报错 123456', [], [123456]],
    ['124029   ppc compile failed', [], [124029]],
    // The webhook's code in a reply's or callback's code field is the webhook's answer.
    ['send failed, ErrorCode: 120005', [120005], [120005]],
    ['{"ActionStatus":"FAIL","ErrorInfo":"rejected by webhook","ErrorCode":120003}', [120003], [120003]],
    ['发送失败，错误码：120002', [120002], [120002]],
  ])('reads a number of the webhook range only after a code key: %j', (line, byDefault, byLoose) => {
    expect(codesIn(line)).toEqual(byDefault);
    expect(codesIn(line, 'loose')).toEqual(byLoose);
  });

  it.each([
    // OpenIM's ArgsError, Tencent Cloud SMS's and VMS's first errors, a WeChat question, a chat app's code map.
    ['异常code：1001,异常信息：ArgsError', []],
    ['{"result":1004,"errmsg":"package format errorcannot get /tel/mobile"}', []],
    ['1001 | sig 校验失败 | 请核查 API 的 sig 格式说明。 |', []],
    ['同问题,深圳,WiFi,4G都是1004', []],
    ['1003: 发送消息频繁。。。。', []],
    ['报错 6014 和 1002', [6014]],
    // Tencent's own: its REST reply (ActionStatus), a line that names the SDK, a row of its table.
    ['{"ActionStatus":"FAIL","ErrorInfo":"file not ready","ErrorCode":1004}', [1004]],
    ['TIM: get_history failed, code: 1002', [1002]],
    ['TIM: 报错 6014 和 1002', [6014, 1002]],
    ['| 1004 | The file has not been generated yet, or no message is delivered in the requested period. |', [1004]],
  ])('takes a code of 1001 to 1099, which every product numbers from, only where the line says it is Tencent\'s: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
    expect(codesIn(line, 'loose')).toEqual(expected);
  });

  it('suppresses codes on a line that names another chat or push product, unless it names Tencent too', () => {
    expect(codesIn('[JPush] code: 6014 failed')).toEqual([]);
    expect(codesIn('I/F-OpenIMSDK(native call flutter)(19361): onError: { code:10006, message:sdk not init}')).toEqual([]);
    expect(codesIn('TIM: sendMessage failed code: 6014 (agora rtc also running)')).toEqual([6014]);
    expect(codesIn('request timeout after agora rtc failed, code: 6014')).toEqual([]);
    // TUICallKit's engine numbers its own errors, by name or in its message (README, "Never reported").
    expect(codesIn('TUICallEngineError code: 6014 failed')).toEqual([]);
    // SMS services number their errors over Tencent's (Tencent Cloud SMS's 1014 and 60008 among them).
    expect(codesIn('| InternalError.Timeout | 请求下发短信超时,请参考 60008错误详解。 |')).toEqual([]);
    expect(codesIn('send sms failed, code: 10004')).toEqual([]);
    expect(codesIn('TIM: sms login done, then login failed, code: 6206')).toEqual([6206]);
  });

  it.each([
    // WeChat's (and other OAuth platforms') credentials, which Tencent Chat never asks for.
    ['40001 AppSecret 错误或者 AppSecret 不属于这个公众号,请开发者确认 AppSecret 的正确性', []],
    ['request failed, error 40001: access_token is invalid or not latest', []],
    ['login failed: 70001, app_secret missing', []],
    // The catalogue's own advice for Tencent's push-certificate codes names the vendor's AppSecret.
    ['离线推送失败 错误码 -197，已核对 AppSecret', [-197]],
    ['TIM: access_token refreshed, then login failed code: 70001', [70001]],
    // The app key other chat and push SDKs initialise with (Tencent Chat's app is its SDKAppID), one word or two.
    ['| 20008 | 测试人数超限, 请前往开发者后台 -> 应用 -> App Key -> 测试用户数,增加测试人数', []],
    ['login failed, error 10001: invalid appkey', []],
    ['errorcode:10001,metadata: appKey - not defined in manifest', []],
    ['send failed code=10004, message=app_key does not exist', []],
    ['push failed, error 6014, app-key mismatch', []],
    ['TIM: login failed code: 6014, app key of the vendor push set', [6014]],
    ['离线推送失败 错误码 -197，已核对 App Key', [-197]],
    ['send failed code: 6014, apps keyed by user', [6014]],
  ])("takes a code on a line that names another platform's credential for that platform's: %j", (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
    expect(codesIn(line, 'loose')).toEqual(expected);
  });

  it.each([
    // Windows' own numbers: Python's OSError on Windows and native code printing Winsock's error (10054 and 10060 are
    // Tencent group codes too).
    ['ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接。', []],
    ['TimeoutError: [WinError 10060] A connection attempt failed because the connected party did not respond', []],
    ['tcp connect failed, Winsock error 10060', []],
    ['socket recv failed (WSAECONNRESET), error 10054', []],
    ['[net.c:88] ERROR: WSAGetLastError(): 10054', []],
    ['TIM: [WinError 10054] dropped, then joinGroup failed, code: 10010', [10010]],
    ['joinGroup failed, error 10010', [10010]],
    // Only Winsock's names in capitals: wsauth is no Winsock name.
    ['login via wsauth failed, code: 6206', [6206]],
    // RongCloud's SDK logs under its own tags and classes, with a ptid field in its JSON events.
    ['I/[RC:L-connect-R]: {"ptid":"1416-132","code":31004}', []],
    ['D/RongLog: [ RongIMClient ] [connect] onError, errorCode: 10010', []],
    ['RCCoreClient connect failed, errorCode: 31010', []],
    // OpenIM's JavaScript SDK object, called with a method, is not Tencent's imsdk.
    ['IMSDK.getSelfUserInfo() 报错 10005', []],
    ['await IMSDK.login({ userID }) failed, errCode: 10102', []],
    ['IMSDK 版本 4.6.1 登录报错 6206', [6206]],
    ['ImSDK.framework login failed, code: 6206', [6206]],
    ['TIM: IMSDK.login failed, code: 6206', [6206]],
    // Android's media player numbers its playback errors from 1000 to 7000, over the Web SDK's and the Chat SDK's.
    ['- Media3 errorCode: 2001', []],
    ['androidx.media3.common.PlaybackException: Source error, errorCode=6002', []],
    ['E/ExoPlayerImplInternal: Playback error, code: 4001', []],
    // OAuth 2.0's error identifiers: a sign-in provider's reply, whose numbers are its own.
    ['AuthResponse(authCode=, errorCode=10004, errorMsg=server_error, authError=server_error)', []],
    ['sign in failed: access_denied, error code: 10007', []],
    ['channel connect completed|error code:9508|error msg:ERR_ACCESS_DENIED', [9508]],
    // Tencent's live-streaming and video-player SDK (LiteAV) numbers its events and warnings over the Web SDK's codes:
    // its event table, classes and constants name it; a constant's prefix counts only at a word's start.
    ['| 2103 | PLAY_WARNING_RECONNECT | Network disconnected and auto reconnection has started |', []],
    ['V2TXLivePlayer onWarning, code: 2105', []],
    ['TXLiveConstants.PLAY_EVT_CONNECT_SUCC, error 2001', []],
    ['TIM: login failed after PLAY_WARNING_RECONNECT, code: 6206', [6206]],
    ['REPLAY_WARNING failed, code: 6206', [6206]],
  ])("takes a number on a line of Windows' sockets, RongCloud's or OpenIM's SDK, ExoPlayer, LiteAV or an OAuth reply for theirs: %j", (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
    expect(codesIn(line, 'loose')).toEqual(expected);
  });

  it.each([
    // Server teams post Tencent's REST replies to Feishu and DingTalk alert bots: the reply's ActionStatus is Tencent's.
    ['[Feishu alert] {"ActionStatus":"FAIL","ErrorInfo":"Fail to Parse json data of body, Please check it","ErrorCode":90001}', [90001]],
    ['钉钉告警 sendmsg {"ActionStatus":"FAIL","ErrorInfo":"Invalid format of To_Account","ErrorCode":90003}', [90003]],
    ['dingtalk notify: ErrorCode: 70001 ErrorInfo: UserSig expired', []],
  ])("keeps a Tencent REST reply's code on a line that names another product: %j", (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it('lets a strong key vouch for an unknown code after a space only where a failing log field ends', () => {
    expect(codesIn('/Login failed, code 6707|msg RawData packet timeout')).toEqual([6707]);
    expect(codesIn('the timeout error code -1001 for http-client')).toEqual([]);
    expect(codesIn('login code 6707|msg')).toEqual([]);
  });

  it('takes no negative 4-digit number for a Tencent code (those are NSURLError codes)', () => {
    expect(codesIn('Task <1> finished with error - code: -1002')).toEqual([]);
    expect(codesIn('code: -10005')).toEqual([-10005]);
  });

  it('reads WeChat\'s errcode/errmsg pair as WeChat\'s numbering: a known code counts only with Tencent\'s words for it', () => {
    expect(codesIn('{"errcode":40029,"errmsg":"invalid code"}')).toEqual([]);
    expect(codesIn('{"errcode":40001,"errmsg":"invalid credential, access_token is invalid or not latest"}')).toEqual([]);
    expect(codesIn('{"errcode":40163}')).toEqual([40163]);
    expect(codesIn('{"errcode":70001,"errmsg":"UserSig expired. Please generate a new one."}')).toEqual([70001]);
    expect(codesIn('errcode: 40163|desc: failed')).toEqual([40163]);
  });

  it.each([
    ['登录失败 错误代码 40029', []],
    ['init failed, ret=1200', []],
    ['init failed, error code: 1025', []],
    ['TIM: init failed, ret=1200', [1200]],
    ['调用导入接口返回70346', [70346]],
    ['recv error code: -210', [-210]],
    // Four-digit blocks where Tencent numbers nothing (1100 to 1999, the 5000s): web WeChat's and WebQQ's replies.
    ["服务器端收到'BaseResponse': {'Ret': 1101, 'ErrMsg': '', 'RawMsg': ''}，就无法传送图片了。", []],
    ['{"BaseResponse": {"Ret": 1102,"ErrMsg": ""},"MsgID": ""}', []],
    ['我也出现retcode=1101  怎么解决呢？', []],
    ['login failed, code: 5012', []],
    ['TIM: login failed, code: 5012', [5012]],
    ['recv error code: 6707, errmsg: RawData packet timeout', [6707]],
  ])('vouches for an unknown generic number (a round one, or one just past a round base) only on a line that names Tencent: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it.each([
    ['push failed, code 20001, msg appid is invalid', []],
    ['sendMessage errCode: 1001 "Request Parameter Error"', []],
    ['sso err 1002 errmsg wait serverResp timeout', []],
    ['Login failed, code 6707|msg RawData packet timeout', [6707]],
    ['onError: code 8010, msg inviteID invalid or invitation has been processed', [8010]],
    ['TIM: send failed, code 20001, msg appid is invalid', [20001]],
  ])("reads a keyed code's adjacent message about other codes as another product's: %j", (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it.each([
    ['  // 初始化失败,其中1001:重复初始化、1002:创建底层引擎失败', []],
    ['    throw new BusinessException("JsCode 无效", 6002);', []],
    ['  CODE_40001(40001, "access_token 无效或 AppSecret 错误"),', []],
    ['8003 请求超时。8004 移动网络未开启。8010 无网络连接(网络错误)。', []],
    ["  [80001, '消息或者资料中文本存在敏感内容,发送失败'],", [80001]],
    ["  80002: '您发送的消息超过最大长度限制（>8KB）',", [80002]],
    ['其中，70001 定义为 UserSig 已过期，70003 定义为 UserSig 被截断导致校验失败', [70001, 70003]],
    // A user's own words for the code (the catalogue says 参数非法) are no other product's description.
    ['失败 10004: 参数错误', [10004]],
    ['加群失败 10015 群组ID非法', [10015]],
  ])('judges the text a standalone code is paired with (a colon, Chinese words, a string argument): %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it('takes a code for another product\'s when its Chinese name stands right before the key', () => {
    expect(codesIn('【微信错误 errcode=40029】')).toEqual([]);
    expect(codesIn('支付宝错误码：40004')).toEqual([]);
    expect(codesIn('腾讯云 IM 错误码：40004')).toEqual([40004]);
  });

  it.each([
    ['微信登录失败 错误代码 40029 invalid code', []],
    ['wechat oauth failed, code: 40163', []],
    ['weixin 返回 45011', []],
    ['微信小程序 登录失败 错误码 70001', [70001]],
    ['登录失败 错误代码 40163', [40163]],
    ['login failed, code: 40163', [40163]],
  ])('vouches for known codes only on a line that names WeChat (its 40xxx codes look like ours): %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it.each([
    ['response: {"event":"Login","operationID":"17526","errMsg":"x","errCode":10006}', []],
    ["{'code': '40004', 'msg': 'Business Failed', 'sub_code': 'ACQ.X', 'sub_msg': 'y'}", []],
    ['createGroup failed: code=10005, msg="*errors.withStack not implement"', []],
    ['alipay trade failed, code: 40004', []],
    ['TIM: getConversationList failed, operationID:17526, code:6014', [6014]],
    ['{"code": 40004, "msg": "x"}', [40004]],
  ])('reads another product\'s response fields or name (OpenIM operationID, Alipay sub_code) as its numbering: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it.each([
    ['flutter: {msg: 初始化失败, data: , code: 500000}', []],
    ['login failed, code: 600017', []],
    ['login failed, code: 200102', []],
    ['upload failed, code: 114005', [114005]],
    ['upload failed, code: 139998', [139998]],
    ['upload failed, code: 140000', []],
  ])('lets a key vouch for an unknown six-digit code only in Tencent\'s six-digit range (114000 to 139999): %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it.each([
    ['新增-46662错误码和说明', [-46662]],
    ['返回 6006 错误码', [6006]],
    ['您好，6707，表示网络已断开', [6707]],
    ['6708 表示请求超时', [6708]],
    ['-1019错误码增加描述', []],
    ['abc6707错误码', []],
    ['v4.3.6707错误码', []],
    ['微信 40029错误码', []],
    ['融云 31002错误码', []],
    ['２０００９错误码', []],
  ])('reads a Chinese key after the number (N错误码, N，表示) as naming it, known or not: %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
    expect(codesIn(line, 'strict')).toEqual(expected);
  });

  it('takes an NSError-style domain before the key as another library\'s (SINErrorDomainCapability error 2001)', () => {
    expect(codesIn('failed. (SINErrorDomainCapability error 2001.)')).toEqual([]);
    expect(codesIn('send failed. error 2001.')).toEqual([2001]);
  });
});
