// Decides the output language once: --lang, then CHATERR_LANG, then the POSIX locale (LC_ALL, LC_MESSAGES, LANG).
import type { Lang } from '../render/context.js';

/** zh, zh_CN.UTF-8, zh-Hans, zh_TW: Chinese; anything else (en_US, C, POSIX, fr_FR) English. */
export function langOfLocale(locale: string): Lang {
  return /^zh(?:[_\-.@]|$)/i.test(locale.trim()) ? 'zh' : 'en';
}

export function resolveLang(flag: Lang | undefined, env: Record<string, string | undefined>): Lang {
  if (flag) return flag;
  if (env.CHATERR_LANG) return langOfLocale(env.CHATERR_LANG);
  // POSIX order: the first of these that is set and non-empty names the locale for messages.
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return locale ? langOfLocale(locale) : 'en';
}
