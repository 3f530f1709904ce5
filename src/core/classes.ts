// The fixed set of triage classes and the advice each one gives ("what to do"), in English and Chinese.
import type { TriageClass } from './types.js';

export interface ClassInfo {
  label: string;
  advice: string;
  adviceZh: string;
}

/**
 * Each class names one kind of fix. A class is split when one sentence would mislead part of its codes: a bad
 * UserSig (auth) needs a new sig, a lost login (login) only a new login; a call made too early (call-order) is
 * not a bad parameter; a recall past its window (time-window) is not a rate limit.
 */
export const TRIAGE_CLASSES: Record<TriageClass, ClassInfo> = {
  retry: {
    label: 'transient',
    advice: 'Transient or internal failure: retry with backoff; if it persists, report it to Tencent with the request details.',
    adviceZh: '临时或内部错误：稍后退避重试；如持续出现，带上请求详情和日志联系腾讯云 IM 技术支持。',
  },
  auth: {
    label: 'UserSig',
    advice:
      'The UserSig or login ticket is expired, malformed or made for another user, app or key: have your server issue a new UserSig (right SDKAppID, UserID and secret key), then log in with it.',
    adviceZh: 'UserSig 或登录票据已过期、格式错误，或与 UserID、SDKAppID、密钥不匹配：由服务端用正确的 SDKAppID、UserID 和密钥重新签发 UserSig，再用它登录。',
  },
  login: {
    label: 'login state',
    advice:
      'The user is not logged in right now (never logged in, logged out, or kicked offline by another login): log in (again) and wait for its success callback; the UserSig itself is fine while it is valid.',
    adviceZh: '当前未处于登录状态（尚未登录、已登出，或被其他端登录踢下线）：重新调用 login 并等待成功回调后再操作；UserSig 在有效期内无需重新生成。',
  },
  'call-order': {
    label: 'call order',
    advice: 'The call came too early: initialize the SDK, wait for its callback, log in, wait for that callback, then make this call.',
    adviceZh: '调用时机过早：先初始化 SDK 并等待回调，再登录并等待成功回调，之后再调用该接口。',
  },
  limit: {
    label: 'limit',
    advice: 'A frequency, size or count limit was hit: slow down, batch, or reduce the payload.',
    adviceZh: '触发了频率、大小或数量限制：降低调用频率、合并批量处理，或减小数据量。',
  },
  'time-window': {
    label: 'time window',
    advice:
      'The operation is allowed only within a time window that has passed (for a recall, 2 minutes by default): it cannot be done now; where the console offers it, lengthen the window for future messages.',
    adviceZh: '该操作只能在限定时间内进行，而时间已过（例如撤回默认 2 分钟内）：现在无法再执行；如控制台支持，可为以后的消息调整时限。',
  },
  request: {
    label: 'bad request',
    advice: 'The call itself is wrong: fix the parameters or format named in the description.',
    adviceZh: '调用本身有误：按描述修正参数或格式。',
  },
  permission: {
    label: 'permission',
    advice: 'The caller is not allowed to do this: check roles, membership, blocklists and admin accounts.',
    adviceZh: '调用者无权执行该操作：检查角色、群成员身份、黑名单和 App 管理员账号。',
  },
  plan: {
    label: 'plan',
    advice: 'Your edition, package or billing does not cover this: upgrade the edition or buy the add-on in the console, or renew if the service was suspended.',
    adviceZh: '当前套餐、增值包或计费状态不支持该功能：在控制台升级版本或购买相应功能；若服务因欠费或到期被停用，请续费。',
  },
  config: {
    label: 'configuration',
    advice: 'A console setting, certificate or allowlist needs attention: fix it in the Chat console (or the app\'s platform settings).',
    adviceZh: '需要调整控制台配置、证书或白名单：在即时通信 IM 控制台（或应用的平台设置）中修正。',
  },
  webhook: {
    label: 'webhook',
    advice:
      'Your own webhook (third-party callback) rejected the request, failed or timed out: check your callback server\'s logs and reply, and the callback URL and timeout policy in the console.',
    adviceZh: '你的第三方回调（webhook）拒绝了请求、出错或超时：检查回调服务器的日志和应答，以及控制台中的回调地址和超时策略。',
  },
  storage: {
    label: 'local storage',
    advice: 'Local storage on the device failed: check the app\'s file permissions and free disk space; if the local database is damaged, clear the SDK\'s data directory and log in again.',
    adviceZh: '设备本地存储出错：检查应用的文件读写权限和剩余磁盘空间；如本地数据库损坏，清除 SDK 的数据目录后重新登录。',
  },
  'app-code': {
    label: 'app code',
    advice: 'The error came from your own code: a callback or event handler you passed to the SDK threw. Fix that handler; the SDK call itself is fine.',
    adviceZh: '错误来自你自己的代码：传给 SDK 的回调或事件处理函数抛出了异常。请修正该函数，SDK 调用本身没有问题。',
  },
  'not-found': {
    label: 'not found',
    advice: 'The target (user, group, message, file) does not exist: check the ID before calling.',
    adviceZh: '目标（用户、群组、消息、文件）不存在：调用前检查 ID 是否正确。',
  },
  conflict: {
    label: 'conflict',
    advice: 'The state already exists or an operation is in progress: check state first, then retry once.',
    adviceZh: '状态已存在或操作正在进行：先确认当前状态，再视情况重试一次。',
  },
  content: {
    label: 'content',
    advice: 'The content was rejected by moderation: change the content, or review the moderation rules in the console.',
    adviceZh: '内容未通过审核：修改内容，或在控制台检查内容审核规则。',
  },
  ok: {
    label: 'success',
    advice: 'Not an error: 0 means the call succeeded.',
    adviceZh: '不是错误：0 表示调用成功。',
  },
};

export const TRIAGE_CLASS_NAMES = Object.keys(TRIAGE_CLASSES) as TriageClass[];

export function isTriageClass(value: string): value is TriageClass {
  return Object.hasOwn(TRIAGE_CLASSES, value);
}
