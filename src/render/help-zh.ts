// Chinese help: every description and heading the program's --help shows, keyed by its English text, and each
// command's epilogue, keyed by the command.
import type { Lang } from './context.js';
import { cutLengthsIn } from './echo-input.js';
import { translateByPattern, type PatternTranslations } from './i18n.js';

let table: ReadonlyMap<string, string> | undefined;

/**
 * Keyed by the exact English text, so a command's definition stays in one language and in one place; a test walks
 * the whole program and fails when a description has no entry here. Built on first use: most runs never show help.
 */
export function helpZh(): ReadonlyMap<string, string> {
  table ??= new Map([
    // The program and the options every command takes.
    ['Explain Tencent Cloud Chat (Tencent IM) error codes, offline.', '离线解释腾讯云即时通信 IM（Tencent Cloud Chat）的错误码。'],
    ["print the version and the catalogue's sources", '显示版本号和错误码目录的数据来源'],
    ['force coloured output', '强制彩色输出'],
    ['never colour output (also: NO_COLOR=1)', '不使用颜色（也可设置 NO_COLOR=1）'],
    ['output language: en or zh (default: CHATERR_LANG, then the locale)', '输出语言：en 或 zh（默认取 CHATERR_LANG，其次取系统语言环境）'],
    ['show stack traces for unexpected errors', '出现意外错误时显示调用栈'],
    ['show help', '显示帮助'],
    ['display help for command', '显示命令的帮助'],
    ['print one JSON document (schemaVersion 1)', '输出一个 JSON 文档（schemaVersion 1）'],
    ['draw box tables even when stdout is not a terminal', '即使标准输出不是终端，也绘制带边框的表格'],
    ['only sdk, server, sdk-v3 or web', '只看 sdk、server、sdk-v3 或 web'],

    // explain
    ['explain error codes or constant names: meaning, source table, what to do, related codes', '解释错误码或常量名：含义、所属错误码表、处理建议、相关错误码'],
    [
      'codes (70001, -10001, 125000) or names (ERR_SDK_NOT_INITIALIZED, MESSAGE_SEND_FAIL)',
      '错误码（70001、-10001、125000）或常量名（ERR_SDK_NOT_INITIALIZED、MESSAGE_SEND_FAIL）',
    ],

    // search
    ['search codes by words (English or Chinese), constant names or name prefixes', '按关键词（中文或英文）、常量名或常量名前缀搜索错误码'],
    ['what to look for, e.g. frequency, "kicked offline", 被踢下线, ERR_SVR_GROUP', '要查找的内容，例如 frequency、"kicked offline"、被踢下线、ERR_SVR_GROUP'],
    ['how many results at most', '最多显示多少条结果'],
    [
      'only this category (slug, title, unique prefix, or source/slug as in sdk/account)',
      '只看该分类（slug、标题、唯一前缀，或 sdk/account 这样的 来源/slug）',
    ],

    // list
    [
      'list categories with counts and code spans, or the codes in a category, a source or a class',
      '列出分类及其错误码数量和区间，或某个分类、来源、处理类别中的错误码',
    ],
    [
      'a category slug, title or unique prefix (group, recent, ...), or a source (sdk, server, sdk-v3, web)',
      '分类的 slug、标题或唯一前缀（group、recent 等），或来源（sdk、server、sdk-v3、web）',
    ],
    ['list every code, not the categories', '列出全部错误码，而不是分类'],
    [
      'only codes of this triage class (retry, auth, login, call-order, limit, time-window, request, permission, plan, config, webhook, storage, app-code, not-found, conflict, content, ok)',
      '只看该处理类别的错误码（retry、auth、login、call-order、limit、time-window、request、permission、plan、config、webhook、storage、app-code、not-found、conflict、content、ok）',
    ],

    // scan
    ['find and explain the error codes in log files, directories or standard input', '查找并解释日志文件、目录或标准输入中的错误码'],
    [
      'log files (.gz, UTF-16 and GBK too) and directories to read in order; none or - reads standard input',
      '按顺序读取的日志文件（也支持 .gz、UTF-16 和 GBK）和目录；不指定或为 - 时读取标准输入',
    ],
    ['print only the lines that hold codes (with their annotations)', '只输出含有错误码的行（及其标注）'],
    ['put the line number before each line (the default on a terminal)', '在每行前显示行号（输出到终端时默认开启）'],
    ['no line numbers, also on a terminal', '不显示行号，输出到终端时也不显示'],
    ['print only one line per code found, most frequent first, and a total', '只输出汇总：每个错误码一行，出现次数多的在前，最后是总计'],
    ['print the summary as a Markdown table (implies --summary)', '以 Markdown 表格输出汇总（隐含 --summary）'],
    ['print one JSON object per code found (NDJSON); with --summary, one summary document', '每个错误码输出一个 JSON 对象（NDJSON）；与 --summary 一起使用时输出一个汇总文档'],
    ['report keyed codes only (code:6206, "ErrorCode":90003, 错误码 20003)', '只报告带键名的错误码（code:6206、"ErrorCode":90003、错误码 20003）'],
    ['also report every standalone number that is a known code', '同时报告所有单独出现、且是已知错误码的数字'],
    ['print the summary aligned as on a terminal even when stdout is not one (implies --summary)', '即使标准输出不是终端，也像在终端上一样输出对齐的汇总表（隐含 --summary）'],

    // usersig
    [
      'decode a UserSig: who, which app, when it expires, and whether it matches your app and key',
      '解析 UserSig：属于哪个用户、哪个应用、何时过期，以及是否与你的应用和密钥匹配',
    ],
    ['the UserSig, or - to read it from standard input (keeps it out of shell history)', 'UserSig，或用 - 从标准输入读取（不会留在 Shell 历史记录中）'],
    ['the UserID your app logs in with (mismatch: 70013)', '你的应用登录时使用的 UserID（不匹配：70013）'],
    ['the SDKAppID your app uses (mismatch: 70014)', '你的应用使用的 SDKAppID（不匹配：70014）'],
    [
      'verify the signature with the secret key in this file (or set CHATERR_SECRET_KEY); mismatch: 70009',
      '用该文件中的密钥校验签名（也可设置 CHATERR_SECRET_KEY）；不匹配：70009',
    ],
    ['make a test UserSig with your secret key (production sigs belong on your server)', '用你的密钥生成测试用 UserSig（正式环境的 UserSig 应由你的服务端生成）'],
    ['the UserID to sign for', '要签发 UserSig 的 UserID'],
    ['the SDKAppID', 'SDKAppID'],
    ['validity: seconds, or with a unit: 90s, 15m, 24h, 7d (default: 180 days)', '有效期：秒数，或带单位：90s、15m、24h、7d（默认：180 天）'],
    ['the secret key file (or set CHATERR_SECRET_KEY)', '密钥文件（也可设置 CHATERR_SECRET_KEY）'],

    // completion
    ['print a shell completion script (commands, options, categories, sources, classes)', '输出 Shell 补全脚本（命令、选项、分类、来源、处理类别）'],
    ['the shell to complete in', '要补全的 Shell'],
  ]);
  return table;
}

/**
 * Each command's epilogue (examples, exit codes) in Chinese, keyed by the command's path; the English one is the
 * command's own (addHelpText). A test checks every command with an epilogue has one here, with the same example commands.
 */
let epilogues: ReadonlyMap<string, string> | undefined;

export function epiloguesZh(): ReadonlyMap<string, string> {
  epilogues ??= new Map([
    [
      'chaterr',
      `
示例：
  chaterr 70001                          含义和处理建议
  chaterr explain 70001                  同上
  chaterr explain -10001 ERR_SDK_NOT_INITIALIZED 2801
  chaterr search "frequency"             按描述和名称搜索
  chaterr list                           分类列表，附错误码数量和区间
  chaterr scan app.log                   在日志中标注错误码
  tail -f app.log | chaterr scan         同上，日志边写边标注
  chaterr --json explain 70001           输出一个 JSON 文档；--json 也可写在命令之前
  chaterr usersig "$SIG"                 解析并检查 UserSig
  chaterr completion bash                Shell 补全脚本

退出码：0 成功，1 未找到（scan：未发现错误码），2 用法或输入错误，130 使用 scan --summary 时按了 Ctrl-C。`,
    ],
    [
      'chaterr explain',
      `
示例：
  chaterr explain 70001
  chaterr explain -10001                 负数错误码无需加 --
  chaterr explain err_sdk_not_initialized MESSAGE_SEND_FAIL
  chaterr explain 125000                 第三方回调区间 120001-130000 内的任意错误码
  chaterr explain '6014(ERR_SDK_NOT_LOGGED_IN)'  错误码与常量名并列，如日志所写
  chaterr explain 70,001                 带千位分隔符，如表格所显示
  chaterr explain 6014 --lang zh         中文输出（也可设置 CHATERR_LANG=zh 或使用 zh_CN 语言环境）
  chaterr explain 6206 --json | jq '.results[0].readings[0].class'

退出码：0 全部找到，1 有错误码未知，2 有输入不可能是错误码（12abc、70001,6206），或错误码旁是另一个错误码的常量名（'70001 ERR_SDK_NOT_LOGGED_IN'）。`,
    ],
    [
      'chaterr search',
      `
示例：
  chaterr search 频率
  chaterr search "usersig 过期" --limit 5
  chaterr search 群已满
  chaterr search ERR_SVR_GROUP --limit 50
  chaterr search 超时 --source sdk --category network
  chaterr search 黑名单 --json

退出码：0 找到了结果，1 没有匹配的结果，2 用法错误（查询为空、只有标点或常用词，或选项取值无效）。`,
    ],
    [
      'chaterr list',
      `
示例：
  chaterr list
  chaterr list web                       Web SDK 的分类
  chaterr list group                     SDK、服务端和 Web 的群组错误码表
  chaterr list group --source server
  chaterr list group web                 等同于 --source web
  chaterr list recent                    唯一前缀即可
  chaterr list --all                     全部错误码
  chaterr list server --class auth       服务端的登录和 UserSig 错误码
  chaterr list --source web --json

退出码：0 已列出，1 没有这个分类或来源（拼错时给出最接近的），或筛选后为空，2 用法错误。`,
    ],
    [
      'chaterr scan',
      `
示例：
  chaterr scan app.log
  chaterr scan -n logs/                   # logs/ 下的所有文件，带行号
  chaterr scan app.log.1.gz               # gzip 文件边解压边扫描
  adb logcat | chaterr scan -o
  tail -f server.log | chaterr scan --summary    # 按 Ctrl-C 输出目前为止的汇总
  chaterr scan --summary --markdown ci.log >> "$GITHUB_STEP_SUMMARY"
  chaterr scan --json app.log | jq .code

退出码与 grep 一致：0 找到了错误码，1 没有找到，2 出错（无法读取的文件会在标准错误中报告，其余文件照常扫描），130 使用 --summary 时按了 Ctrl-C。`,
    ],
    [
      'chaterr usersig',
      `
示例：
  chaterr usersig eJwtzM0Kgk...
  pbpaste | chaterr usersig -
  chaterr usersig "$SIG" --user alice --sdkappid 1400000000
  CHATERR_SECRET_KEY=... chaterr usersig "$SIG"       同时校验签名
  chaterr usersig generate --user alice --sdkappid 1400000000 --key-file key.txt

退出码：0 UserSig 没有问题，1 使用时会失败（已过期，或属于其他用户、应用或密钥），2 不是 UserSig。
密钥只从 --key-file 或 CHATERR_SECRET_KEY 读取，从不取自命令行，也从不输出。`,
    ],
    [
      'chaterr usersig generate',
      `
仅供本地测试。正式环境请在你的服务端生成 UserSig：打包进 App 或网页的密钥可以被提取，拿到密钥的人可以以你应用中任意用户的身份登录。

示例：
  CHATERR_SECRET_KEY=... chaterr usersig generate --user alice --sdkappid 1400000000 --expire 7d`,
    ],
    [
      'chaterr completion',
      `
安装：
  bash  echo 'source <(chaterr completion bash)' >> ~/.bashrc
  zsh   echo 'source <(chaterr completion zsh)' >> ~/.zshrc      （放在 compinit 之前或之后均可）
  fish  chaterr completion fish > ~/.config/fish/completions/chaterr.fish

退出码：0 已输出脚本，2 用法错误（bash、zsh、fish 以外的 Shell）。`,
    ],
  ]);
  return epilogues;
}

/** commander's own headings. */
const TITLES_ZH: ReadonlyMap<string, string> = new Map([
  ['Usage:', '用法：'],
  ['Arguments:', '参数：'],
  ['Options:', '选项：'],
  ['Commands:', '命令：'],
  ['Global Options:', '全局选项：'],
]);

/** A help text in the language asked for; text with no Chinese entry stays English rather than vanishing. */
export function helpText(text: string, lang: Lang): string {
  return lang === 'zh' ? (helpZh().get(text) ?? text) : text;
}

export function helpTitle(title: string, lang: Lang): string {
  return lang === 'zh' ? (TITLES_ZH.get(title) ?? title) : title;
}

/** A command's epilogue in the language asked for; `path` is its full name (`chaterr usersig generate`). */
export function helpEpilogue(path: string, english: string, lang: Lang): string {
  return lang === 'zh' ? (epiloguesZh().get(path) ?? english) : english;
}

/** commander's "(choices: "bash", "zsh", "fish")" suffix, which it builds from an argument's choices. */
export function helpChoices(choices: string, lang: Lang): string {
  return lang === 'zh' ? `（可选值：${choices.split(', ').join('、')}）` : `(choices: ${choices})`;
}

/** commander's "(default: 10)" suffix, which it builds from the option's default value. */
export function helpDefault(value: string, lang: Lang): string {
  return lang === 'zh' ? `（默认：${value}）` : `(default: ${value})`;
}

/**
 * commander's usage errors, already made safe (commander-message.ts), in Chinese. Each pattern is anchored and
 * holds one free run at most, over a message whose echoed input is capped, so matching stays linear. The echoed
 * input may hold quotes (`--class "x'y"`): its run is greedy up to commander's own text, never a quote-free run.
 */
const COMMANDER_ZH: PatternTranslations = [
  [/^unknown option '(.*)'$/s, (option) => `未知选项 '${option}'`],
  [/^unknown option '(.*)' \(Did you mean ([^?']*)\?\)$/s, (option, hint) => `未知选项 '${option}'（${didYouMeanZh(hint)}）`],
  [/^unknown command '(.*)'$/s, (command) => `未知命令 '${command}'`],
  [/^unknown command '(.*)' \(Did you mean ([^?']*)\?\)$/s, (command, hint) => `未知命令 '${command}'（${didYouMeanZh(hint)}）`],
  [/^missing required argument '([^']*)'$/, (argument) => `缺少必需的参数 '${argument}'`],
  [/^option '([^']*)' argument missing$/, (option) => `选项 '${option}' 缺少取值`],
  [/^required option '([^']*)' not specified$/, (option) => `缺少必需的选项 '${option}'`],
  [
    /^too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\.$/,
    (command, expected, got) => `'${command}' 的参数过多：应为 ${expected} 个，实际为 ${got} 个`,
  ],
  [/^too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/, (expected, got) => `参数过多：应为 ${expected} 个，实际为 ${got} 个`],
  [/^option '([^']*)' argument '(.*)' is invalid\. ([^']*)$/s, (option, value, reason) => `选项 '${option}' 的取值 '${value}' 无效：${parserReasonZh(reason)}`],
  [/^command-argument value '(.*)' is invalid for argument '([^']*)'\. ([^']*)$/s, (value, argument, reason) => `参数 '${argument}' 的取值 '${value}' 无效：${parserReasonZh(reason)}`],
];

/** commander's suggestion: "Did you mean search?" or "Did you mean one of list, scan?". */
function didYouMeanZh(hint: string): string {
  return hint.startsWith('one of ') ? `是否想输入以下之一：${hint.slice('one of '.length)}？` : `是否想输入 ${hint}？`;
}

/** The reasons our option parsers (options.ts) and commander's choices give. */
function parserReasonZh(reason: string): string {
  const range = /^expected a whole number from (\d+) to (\d+)$/.exec(reason);
  if (range) return `应为 ${range[1]} 到 ${range[2]} 之间的整数`;
  const oneOf = /^expected one of (.*)$/.exec(reason);
  if (oneOf) return `应为以下之一：${oneOf[1]}`;
  // usersig generate --expire (commands/usersig.ts parseDuration): the examples are kept as typed, the words translated.
  const duration = /^expected a duration such as (.*) or (\w+), from 1 s to (\d+) years$/.exec(reason);
  if (duration) return `应为时长，例如 ${duration[1]?.split(', ').join('、')} 或 ${duration[2]}，从 1 秒到 ${duration[3]} 年`;
  if (reason === 'M could mean minutes or months: give 15m for minutes, or days, as 180d') return 'M 可能指分钟，也可能指月：分钟请写 15m，月请换算成天，如 180d';
  const choices = /^Allowed choices are (.*)\.$/.exec(reason);
  if (choices) return `可选值为 ${choices[1]}`;
  return reason;
}

/** A commander usage error in the user's language; a message with no pattern here stays as commander wrote it. */
export function commanderMessage(message: string, lang: Lang): string {
  return lang === 'zh' ? cutLengthsIn(translateByPattern(message, COMMANDER_ZH), lang) : message;
}
