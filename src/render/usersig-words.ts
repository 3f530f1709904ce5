// The words of the UserSig report, in English and Chinese: labels, durations and what each check found.
import { comparisonMessage, MAX_USERID_BYTES, type Check } from '../core/usersig.js';
import { USERSIG_CODES } from '../core/usersig-codes.js';
import type { Lang } from './context.js';

export interface UserSigWords {
  labels: { userId: string; sdkAppId: string; version: string; issuedAt: string; expiresAt: string; validity: string };
  /** "3 days", "23 h 5 min", "1 min 30 s", "40 s" (coarse on purpose, as a person would say it, but never a third short). */
  duration: (seconds: number) => string;
  seconds: (seconds: number) => string;
  /** An exact value with its rounded reading: "86400 s (1 day)". */
  both: (exact: string, human: string) => string;
  local: (time: string, offset: string) => string;
  ago: (duration: string) => string;
  clockAhead: (duration: string) => string;
  expiredAgo: (duration: string) => string;
  validFor: (duration: string) => string;
  /** What one check found, from its name, result and values. */
  check: (check: Check) => string;
  notChecked: string;
}

function duration(seconds: number, unit: { s: string; min: string; h: string; day: string; days: string }): string {
  const s = Math.abs(seconds);
  if (s < 60) return `${s} ${unit.s}`;
  // Under an hour the seconds count too: a validity of 90 s read "90 s (1 min)", a third of it lost.
  if (s < 3600) return s % 60 === 0 ? `${s / 60} ${unit.min}` : `${Math.floor(s / 60)} ${unit.min} ${s % 60} ${unit.s}`;
  // Under two days, as long as it is told in hours, the minutes count too: a sig made for 3 hours read "valid for 2 h
  // more" a second after it was made, and one for 47 h 59 min "47 h".
  if (s < 2 * 86400 && s % 3600 >= 60) return `${Math.floor(s / 3600)} ${unit.h} ${Math.floor((s % 3600) / 60)} ${unit.min}`;
  if (s < 2 * 86400) return `${Math.floor(s / 3600)} ${unit.h}`;
  const days = Math.floor(s / 86400);
  return days === 1 ? `1 ${unit.day}` : `${days} ${unit.days}`;
}

const EN: UserSigWords = {
  labels: { userId: 'UserID', sdkAppId: 'SDKAppID', version: 'Version', issuedAt: 'Issued at', expiresAt: 'Expires at', validity: 'Validity' },
  duration: (s) => duration(s, { s: 's', min: 'min', h: 'h', day: 'day', days: 'days' }),
  seconds: (s) => `${s} s`,
  both: (exact, human) => `${exact} (${human})`,
  local: (time, offset) => `${time} local, UTC${offset}`,
  ago: (d) => `${d} ago`,
  clockAhead: (d) => `in ${d}, the issuer's clock is ahead`,
  expiredAgo: (d) => `expired ${d} ago`,
  validFor: (d) => `valid for ${d} more`,
  // The core's own English message says it already, but for the compared values, which the renderer caps one by one.
  check: (c) =>
    (c.name === 'identifier' || c.name === 'sdkappid') && c.issued !== undefined ? comparisonMessage(c.name, c.ok, c.code, c.issued, c.expected ?? '') : c.message,
  notChecked: 'signature not checked: no key given (--key-file <path> or CHATERR_SECRET_KEY)',
};

const ZH: UserSigWords = {
  labels: { userId: 'UserID', sdkAppId: 'SDKAppID', version: '版本', issuedAt: '签发时间', expiresAt: '过期时间', validity: '有效期' },
  duration: (s) => duration(s, { s: '秒', min: '分钟', h: '小时', day: '天', days: '天' }),
  seconds: (s) => `${s} 秒`,
  both: (exact, human) => `${exact}（${human}）`,
  local: (time, offset) => `${time}（本地时间，UTC${offset}）`,
  ago: (d) => `${d}前`,
  clockAhead: (d) => `${d}后，签发方的时钟偏快`,
  expiredAgo: (d) => `已过期 ${d}`,
  validFor: (d) => `还有 ${d}有效`,
  check: (c) => {
    switch (c.name) {
      case 'expiry':
        return c.ok ? '未过期' : `UserSig 已过期（服务端 ${USERSIG_CODES.expiry}，SDK ${USERSIG_CODES.expirySdk}）：请让业务服务端重新签发，再重新登录`;
      case 'validity':
        return c.ok
          ? '至少还有 24 小时有效'
          : `24 小时内过期：腾讯建议有效期至少 24 小时，过期后登录会失败（${USERSIG_CODES.expiry} / ${USERSIG_CODES.expirySdk}）`;
      case 'userid':
        return `${c.bytes === undefined ? 'UserID 中有控制字符，例如换行' : `UserID 有 ${c.bytes} 字节`}：SDK 只接受最多 ${MAX_USERID_BYTES} 字节、不含控制字符的 UserID 登录`;
      case 'identifier':
        return c.ok ? `签发给 UserID ${c.issued}` : `签发给 UserID ${c.issued}，但应用登录的是 ${c.expected}（${c.code}）`;
      case 'sdkappid':
        return c.ok ? `签发给 SDKAppID ${c.issued}` : `签发给 SDKAppID ${c.issued}，但应用使用的是 ${c.expected}（${c.code}）`;
      case 'signature':
        return c.ok ? '签名与密钥一致' : `签名与密钥不一致：用了其他密钥签发，或用了其他 SDKAppID 的密钥（${c.code}）`;
    }
  },
  notChecked: '未校验签名：没有提供密钥（--key-file <路径> 或 CHATERR_SECRET_KEY）',
};

export function userSigWords(lang: Lang): UserSigWords {
  return lang === 'zh' ? ZH : EN;
}
