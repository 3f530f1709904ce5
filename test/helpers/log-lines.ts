// Real-shaped log lines: the codes the detector must find in each, and lines where it must find none.

export const POSITIVES: Array<[string, number[]]> = [
  // native SDK logs
  ['[2020-01-21 09:55:35.297][22008-22113][E][imsdk] login failed|code:6206|desc:UserSig expired', [6206]],
  ['|code:7006|desc:file size empty', [7006]],
  ['IMCore.cpp.754 recv error code: 6707 seq:12', [6707]],
  ['getConversationList fail, code 6014', [6014]],
  ['code=6206 msg=expired', [6206]],
  ['code: -10003 ticket expired', [-10003]],
  // the minus signs of docs and Chinese input methods are signs, not separators (−10001 is not 10001, another code)
  ['错误码 −10001 ticket expired', [-10001]],
  ['登录失败 code: －１０００１', [-10001]],
  // coloured logs saved to a file keep their escape sequences, glued to the key
  ['\x1b[31mE/imsdk: login failed|code:6206|desc:UserSig expired\x1b[0m', [6206]],
  ['\x1b[0;31mcode=9520\x1b[0m request timed out', [9520]],
  ['error_code:11000 community not enabled', [11000]],
  ['onError errCode: 6014 errMsg: not logged in', [6014]],
  ['errid=70013 userid mismatch', [70013]],
  ['ret : 70001', [70001]],
  ['login failed:70001', [70001]],
  ['retCode=80001', [80001]],
  // Android logcat
  ['11-25 10:00:01.123  4321  4400 E TIMManager: login failed, code=6208, desc=kicked', [6208]],
  ['E/imsdk  ( 1234): onError(9520, "wait ack timeout")', [9520]],
  // REST responses
  ['{"ActionStatus":"FAIL","ErrorInfo":"To_Account invalid","ErrorCode":90003}', [90003]],
  ['response: {"code":70402,"message":"invalid parameter"}', [70402]],
  ['{"ErrorCode": 10015, "ErrorInfo": "group id invalid"}', [10015]],
  ['{"code":"70001","msg":"expired"}', [70001]],
  // Flutter
  ['PlatformException(6206, UserSig expired, null, null)', [6206]],
  ['Unhandled Exception: PlatformException(Sdk_Not_Login, 6014, null)', [6014]],
  // Chinese logs
  ['登录失败，错误码 20003', [20003]],
  ['发送失败 错误码7006', [7006]],
  ['加群报错10007', [10007]],
  ['登录返回70346', [70346]],
  ['请求失败 code：10015', [10015]],
  ['一直报9519和9520错误', [9519, 9520]],
  ['错误码：6206、6208', [6206, 6208]],
  // an ASCII colon typed straight after a Chinese failure word introduces the code (Log.e(TAG, "登录失败:" + code))
  ['IM登录失败:6206', [6206]],
  // iOS demos log NSLog(@"登录失败: %d->%@", code, desc): the arrow is no range
  ['登录失败: 6206->userSig expired', [6206]],
  ['发送消息错误:10010, group dismissed', [10010]],
  // a callback named for a failure keys its code (Android Studio's log templates write "onError: " + code + desc)
  ['D/ChatActivity: onError: 6206 userSig expired', [6206]],
  ['loginFailed: 6014', [6014]],
  // unknown codes in a code position are still reported
  ['code:6632 desc:unknown', [6632]],
  ['"ErrorCode":99999', [99999]],
  // standalone known codes in a line about failure
  ['send message failed with 6013', [6013]],
  ['Exception 9520 while waiting', [9520]],
  ['连接超时 9510', [9510]],
  ['timeout -10003 ticket', [-10003]],
  // a code after a Mars xlog prefix
  ['[E][2026-11-27 +8.0 10:00:01.123][6014, 6208*][imsdk][login_manager.cpp, OnLoginFailed, 321][login failed|code:6206|desc:expired', [6206]],
  // iOS, Web and Unity
  ['Error Domain=com.tencent.imsdk Code=70001 "UserSig expired"', [70001]],
  ['[TIMManager] login failed, code:6206 desc:userSig expired', [6206]],
  ['TIM.js [error] login fail: {code: 2801, message: "request timeout"}', [2801]],
  ['com.tencent.imsdk.v2.V2TIMException: code=6014', [6014]],
  ['[TencentIM] Error code 6206: UserSig expired', [6206]],
  ['Error: 6206 UserSig expired', [6206]],
  // one finding per occurrence, in column order
  ['code:6206 then ErrorCode:70001', [6206, 70001]],
  // JSON escaped inside a logged string: a REST reply's body, an event's payload.
  ['http resp body: "{\\"ErrorCode\\":70001,\\"ErrorInfo\\":\\"usersig expired\\"}"', [70001]],
  ['event payload="{\\"code\\":6014,\\"desc\\":\\"not logged in\\"}"', [6014]],
];

export const NEGATIVES: string[] = [
  'code:0 desc:ok',
  '{"ErrorCode":0,"ActionStatus":"OK"}',
  '2020-01-21 09:55:35.297 error happened',
  '[22008-22113] error in thread',
  'imsdk version 4.3.81 failed to load',
  'sdk 6.5.2816 error',
  'TIMManager.cpp.754 error',
  'failed seq:9520 size:6206 appSeq:7008',
  'error seq: 9520',
  'sdkappid 1400183875 login error',
  'error at 0x1A2B6206',
  'connect 10.0.0.1:9520 failed',
  'error: port 6206 in use',
  'NSURLError code: -1002',
  'Error Domain=NSURLErrorDomain Code=-1009 "offline"',
  'HTTP status code: 404',
  'http code 6206 from proxy',
  'retry in 7008 ms after failure',
  'timeout after 6013ms',
  'user_6206 failed',
  'https://example.com/api/6206 error',
  '返回1000条消息 失败',
  'code:200',
  'code: 404 not found',
  'all fine: 6206 messages delivered',
  'decode response ok, return value 6206',
  'stderr: 6206',
  '2020-01-21 15:03:16.331 I/flutter (2622): PlatformException failed',
  '11-25 10:00:01.123  6014  6208 E TIMManager: login failed',
  'E/imsdk( 6014): request failed',
  // another system's word right before a bare number: Winsock's WSAETIMEDOUT and WSAECONNRESET, not Tencent's 10060
  'connect failed errno 10060',
  'recv failed (errno 10054), socket closed',
  'upload failed, http 6014',
  // process ids in server log prefixes: Spring Boot's level and pid, nginx's pid#tid; an access log's response size
  '2026-11-27 10:00:01.123 ERROR 10060 --- [           main] o.s.boot.SpringApplication : Application run failed',
  '2026-11-27T10:00:01.123+08:00  WARN 70001 --- [nio-8080-exec-1] c.e.ImClient : request failed',
  '2026/11/27 10:00:01 [error] 6014#6014: *1 connect() failed (111: Connection refused)',
  'Nov 27 10:00:01 myhost myapp[6014]: error connecting to the IM server',
  // ...but only a failure word's colon: other Chinese words before one name a thing, and a time stays a time
  '用户:6206 登录成功',
  // ...nor does a failure-named key vouch for a number the catalogue does not know
  'onError: 6632',
  '登录失败 10:6014',
  // Mars xlog prefixes, as the native IM SDKs write them: pid, tid (main thread starred), source file and line
  '[E][2026-11-27 +8.0 10:00:01.123][6014, 6208*][imsdk][login_manager.cpp, OnLoginFailed, 321][login failed',
  '[W][2026-11-27 +8.0 10:00:01.123][10004, 10007][ms_network][long_link.cpp, __Run, 6014][connect error',
  '[E][2026-11-27 +8.0 10:00:01.123][1234, 5678][TIMSDK][conversation.cpp, 70001][request failed',
  '127.0.0.1 - - [27/Nov/2026:10:00:01 +0000] "POST /v4/error/report HTTP/1.1" 500 10004 "-" "curl/8.0"',
  // Another field's value in escaped JSON, on a failing line.
  'upload failed "{\\"size\\": 6014, \\"speed\\": 2700}"',
];
