// Writes a realistic Tencent Chat log of a given size: SDK, logcat, REST and Flutter lines, about 1% with codes.
// Usage: node bench/generate-log.mjs <out-file> [megabytes=100] [seed=1] [shape=ordinary|dense|rows|crowded]
// `dense` puts a code on every line, `rows` makes every line a code table's row, `crowded` makes every line a JSON
// array of 25,000 replies with codes (about 400 KB): the worst cases for memory.
import { createWriteStream } from 'node:fs';

const [out, mbArg = '100', seedArg = '1', shape = 'ordinary'] = process.argv.slice(2);
const CODED_SHARE = { ordinary: 0.01, dense: 1, rows: 1, crowded: 1 }[shape];
if (!out || CODED_SHARE === undefined) {
  console.error('usage: node bench/generate-log.mjs <out-file> [megabytes] [seed] [ordinary|dense|rows|crowded]');
  process.exit(2);
}
const target = Number(mbArg) * 1024 * 1024;
let seed = Number(seedArg) >>> 0 || 1;
/** xorshift32: the same seed always writes the same file. */
function random() {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const CODES = [6206, 70001, 6014, 7006, 9520, 9519, 10007, 20003, 70013, 90003, 10015, 80001, 6208, -10003, 8001, 10006, 60007];
const pad = (n, w = 2) => String(n).padStart(w, '0');
let clock = Date.UTC(2020, 0, 21, 9, 55, 35);
function stamp() {
  clock += int(0, 900);
  const d = new Date(clock);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}
const pidTid = () => `${int(20000, 23000)}-${int(22000, 23000)}`;

const NOISE = [
  () => `${stamp()} [${pidTid()}] I/imsdk: TIMManager.cpp.754 heartbeat ok seq:${int(1, 99999)} size:${int(10, 9000)} appSeq:${int(1, 5000)}`,
  () => `${stamp()} [${pidTid()}] D/imsdk: ConversationManager.cpp.${int(100, 2000)} sync conversation count=${int(0, 300)} version 6.5.2816`,
  () => `${stamp()} ${int(1000, 9999)} ${int(1000, 9999)} I ImSDK   : connect to 43.${int(0, 255)}.${int(0, 255)}.${int(0, 255)}:${int(1024, 65535)} sdkappid 1400183875`,
  () => `${stamp()} [${pidTid()}] I/imsdk: msg_id=144115${int(100000000, 999999999)}-${int(1000000000, 1999999999)} random=${int(1, 2 ** 31)} delivered`,
  () => `${stamp()} [${pidTid()}] V/TUIKit: render message list, items=${int(1, 50)} cost ${int(1, 900)}ms hash 0x${int(0, 2 ** 31).toString(16)}`,
  () => `${stamp()} [${pidTid()}] I/flutter (${int(1000, 9999)}): onRecvNewMessage userID=user_${int(1, 99999)} elemType=1`,
  () => `${stamp()} POST /v4/openim/sendmsg?sdkappid=1400183875&identifier=admin&random=${int(1, 2 ** 31)} 200 ${int(2, 400)}ms`,
  () => `${stamp()} [${pidTid()}] I/imsdk: 收到新消息 会话 c2c_user${int(1, 9999)} 未读数 ${int(0, 99)}`,
  () => `${stamp()} [${pidTid()}] W/imsdk: network changed, retry connect after ${int(1, 30)}s, timeout 15000`,
  () => `${stamp()} [${pidTid()}] D/imsdk: decode response ok, return value ${int(0, 3)} cost ${int(1, 90)}ms`,
];

const CODED = [
  (c) => `${stamp()} [${pidTid()}] E/imsdk: login failed|code:${c}|desc:see docs`,
  (c) => `${stamp()} [${pidTid()}] E/imsdk: IMCore.cpp.${int(100, 999)} recv error code: ${c} seq:${int(1, 99999)}`,
  (c) => `${stamp()} {"ActionStatus":"FAIL","ErrorInfo":"request failed","ErrorCode":${c}}`,
  (c) => `${stamp()} I/flutter (${int(1000, 9999)}): PlatformException(${c}, request failed, null)`,
  (c) => `${stamp()} [${pidTid()}] E/TUIKit: sendMessage errCode: ${c} errMsg: failed`,
  (c) => `${stamp()} [${pidTid()}] E/imsdk: 登录失败，错误码 ${c}`,
  (c) => `${stamp()} web: TIM error_code=${c} message="request failed"`,
];

/** Rows of a code table pasted into a log, each saying something of its own: every row goes through the row checks. */
const ROWS = [
  (c) => `| ${c} | request ${int(1, 99999)} was refused by the service, try again later |`,
  (c) => `${c}: 第 ${int(1, 99999)} 次请求失败，请稍后重试`,
  (c) => `${c} - the operation ${int(1, 99999)} timed out while waiting for the server`,
];

/** One line of a crowded log: a JSON array of replies, as an app dumps a batch of failed sends. */
const crowdedLine = () => `[${Array.from({ length: 25000 }, () => `{"code":${pick(CODES)}}`).join(',')}]`;

const stream = createWriteStream(out, { highWaterMark: 1 << 20 });
let written = 0;
let coded = 0;
let lines = 0;
let batch = [];
while (written < target) {
  const line =
    shape === 'crowded' ? (coded++, crowdedLine()) : random() < CODED_SHARE ? (coded++, pick(shape === 'rows' ? ROWS : CODED)(pick(CODES))) : pick(NOISE)();
  batch.push(line);
  written += Buffer.byteLength(line) + 1;
  lines++;
  if (batch.length === 2000) {
    if (!stream.write(`${batch.join('\n')}\n`)) await new Promise((r) => stream.once('drain', r));
    batch = [];
  }
}
if (batch.length > 0) stream.write(`${batch.join('\n')}\n`);
stream.end();
await new Promise((r) => stream.once('finish', r));
console.error(`${out}: ${lines} lines, ${coded} with codes (${((coded / lines) * 100).toFixed(2)}%), ${(written / 1048576).toFixed(1)} MiB`);
