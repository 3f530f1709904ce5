// Decides the output language once: --lang, then CHATERR_LANG, then the POSIX locale (LC_ALL, LC_MESSAGES, LANG).
import type { Lang } from '../render/context.js';
import { parseLang } from './options.js';

/** zh, zh_CN.UTF-8, zh-Hans, zh_TW: Chinese; anything else (en_US, C, POSIX, fr_FR) English. */
export function langOfLocale(locale: string): Lang {
  return /^zh(?:[_\-.@]|$)/i.test(locale.trim()) ? 'zh' : 'en';
}

/** CHATERR_LANG takes what --lang takes (`cn`, `中文`), and any locale besides. */
function chosenLang(value: string): Lang {
  try {
    return parseLang(value);
  } catch {
    return langOfLocale(value);
  }
}

export function resolveLang(flag: Lang | undefined, env: Record<string, string | undefined>): Lang {
  if (flag) return flag;
  if (env.CHATERR_LANG) return chosenLang(env.CHATERR_LANG);
  // POSIX order: the first of these that is set and non-empty names the locale for messages.
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return locale ? langOfLocale(locale) : 'en';
}

/**
 * The `--lang` of a command line, read before commander parses it, so that help and commander's own usage errors
 * (which it prints while parsing) are in the language the run will use. An invalid value is left for commander
 * to refuse; options after `--` are arguments.
 */
export function langInArgv(argv: readonly string[]): Lang | undefined {
  let found: Lang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[++i] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === undefined) continue;
    try {
      found = parseLang(value);
    } catch {
      // Not a language: commander reports it in the language the rest of the line and the environment give.
    }
  }
  return found;
}
