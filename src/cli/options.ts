// Parsers for option values: each rejects bad input with a message commander turns into a usage error.
import { InvalidArgumentError } from 'commander';
import { halfWidth } from '../core/code-chars.js';
import { SOURCES, type Source } from '../core/types.js';
import { LANGS, type Lang } from '../render/context.js';

/**
 * Full-width digits too, as a Chinese input method types them (`--limit ５`, `--sdkappid １４０００００００１`), and
 * spaces around: they were "expected a whole number".
 */
export function parsePositiveInt(max: number) {
  return (typed: string): number => {
    const value = halfWidth(typed.trim());
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
      throw new InvalidArgumentError(`expected a whole number from 1 to ${max}`);
    }
    return Number(value);
  };
}

/** Any case, as `--lang` and `list SDK` take theirs: `--source SDK` was refused where `list SDK` worked. */
export function parseSource(value: string): Source {
  const source = value.trim().toLowerCase();
  if (!(SOURCES as readonly string[]).includes(source)) throw new InvalidArgumentError(`expected one of ${SOURCES.join(', ')}`);
  return source as Source;
}

/**
 * A language as users name it instead of its code: `cn` (the country code, as in cn.bing.com), and the language's
 * own name. `--lang cn` was refused, exit 2, for what could only mean Chinese.
 */
const LANG_NAMES: ReadonlyMap<string, Lang> = new Map([
  ['cn', 'zh'],
  ['chinese', 'zh'],
  ['中文', 'zh'],
  ['简体中文', 'zh'],
  ['汉语', 'zh'],
  ['english', 'en'],
  ['英文', 'en'],
  ['英语', 'en'],
]);

/**
 * `--lang zh`, and the locale forms CHATERR_LANG takes (`zh_CN`, `zh-Hans`, `en-US`): `--lang zh-CN` was refused
 * (exit 2) where `CHATERR_LANG=zh-CN` gave Chinese.
 */
export function parseLang(value: string): Lang {
  const named = LANG_NAMES.get(value.trim().toLowerCase());
  if (named) return named;
  // Each separator of a locale leads to a part (`zh_CN.UTF-8`, `sr_RS@latin`): `--lang en-`, `--lang zh_` and
  // `--lang 'zh;x'` were taken as en and zh, a typo or a cut-off value read as a language.
  const lang = /^([a-z]+)(?:[_\-.@][a-z0-9]+)*$/.exec(value.trim().toLowerCase())?.[1] ?? '';
  if (!(LANGS as readonly string[]).includes(lang)) throw new InvalidArgumentError(`expected one of ${LANGS.join(', ')}`);
  return lang as Lang;
}
