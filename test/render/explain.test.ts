// Explain cards and problem lines with colour off: the text a user reads, in English and Chinese.
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/core/explain.js';
import { renderExplainCards, renderExplainProblems } from '../../src/render/explain.js';
import { shortCategoryTitle } from '../../src/render/labels.js';
import { fixtureEntry, found, plainContext } from './fixtures.js';
import { widestLine } from '../helpers/width.js';
import { displayWidth } from '../../src/render/text.js';

const ctx = plainContext();

describe('renderExplainCards', () => {
  it('renders a full card', () => {
    expect(renderExplainCards(explain('8001'), ctx)).toMatch(
      new RegExp(
        [
          '^8001  ERR_SDK_MSG_BODY_SIZE_LIMIT',
          'Chat SDK · Message',
          'The message length exceeds the limit of 12 KB. The length of a message is the',
          'sum of the lengths of all elements in the message, and the length of an element',
          'is the sum of the lengths of all fields of the element.',
          '(?:.*\\n)*What to do  \\[limit\\] ',
        ].join('\\n'),
      ),
    );
    expect(renderExplainCards(explain('8001'), ctx)).toContain('Related     server:80002');
  });

  it('shows links, the range and the undocumented note', () => {
    expect(renderExplainCards(explain('6206'), ctx)).toMatch(/Docs {8}Generating UserSig:\s+https:\/\/intl\.cloud\.tencent\.com\/document\/product\/1047\/34385/);
    expect(renderExplainCards(explain('125000'), ctx)).toContain('Range       any code from 120001 to 130000 (125000 is inside it)');
    expect(renderExplainCards(explain('23001'), ctx)).toContain('Note        Not on the Error Codes page');
  });

  it('shows why it happens, each step of what to do on its own line, the sources and the docs', () => {
    expect(renderExplainCards(found(fixtureEntry()), ctx)).toBe(
      [
        '6014  ERR_SDK_NOT_LOGGED_IN',
        'Chat SDK · Account',
        'You have not logged in to the Chat SDK or have been forcibly logged out.',
        'Why         • An API was called before login finished.',
        '            • Another device logged in with the same UserID.',
        'What to do  [auth] Call login after the init callback succeeds.',
        '            Listen for onKickedOffline and log in again.',
        'Related     sdk:6208',
        'Sources     TIMSDK issue 123: https://github.com/TencentCloud/TIMSDK/issues/123',
        'Docs        Error Codes:',
        '            https://www.tencentcloud.com/document/product/1047/34348',
        '',
      ].join('\n'),
    );
  });

  it('shows the strings the SDK logs with the code, quoted, one per line, with controls escaped', () => {
    const card = renderExplainCards(found(fixtureEntry({ messages: ['current user not login', 'sdk not \u001b[2Jinit'] })), ctx);
    expect(card).toContain(['Error text  "current user not login"', '            "sdk not \\x1b[2Jinit"', 'Why         •'].join('\n'));
    expect(renderExplainCards(found(fixtureEntry({ messages: ['current user not login'] })), plainContext(80, 'zh'))).toContain('报错信息    "current user not login"');
    expect(renderExplainCards(found(fixtureEntry()), ctx)).not.toContain('Error text');
  });

  it('names the REST APIs whose error tables list the code, eight at most, and says how many more --json has', () => {
    const row = (api: string) => ({ api, titleZh: '导入群消息', descriptionZh: '直播群不支持', source: 'https://cloud.tencent.com/document/product/269/0' });
    const two = renderExplainCards(found(fixtureEntry({ restApis: [row('import_group_msg'), row('add_group_member')] })), ctx);
    expect(two).toContain('REST APIs   import_group_msg, add_group_member\nWhy');
    const many = renderExplainCards(found(fixtureEntry({ restApis: Array.from({ length: 11 }, (_, i) => row(`api_${i}`)) })), plainContext(200));
    expect(many).toContain('REST APIs   api_0, api_1, api_2, api_3, api_4, api_5, api_6, api_7 and 3 more (--json lists them\n            all)');
    expect(many).not.toContain('api_8');
    expect(renderExplainCards(found(fixtureEntry({ restApis: [row('import_group_msg')] })), plainContext(80, 'zh'))).toContain('REST 接口   import_group_msg');
    expect(renderExplainCards(found(fixtureEntry()), ctx)).not.toContain('REST APIs');
    // SDK methods, each once though two platforms' references name it.
    const sdk = renderExplainCards(found(fixtureEntry({ sdkApis: [row('pinGroupMessage'), row('pinGroupMessage'), row('login')] })), ctx);
    expect(sdk).toContain('SDK APIs    pinGroupMessage, login\n');
  });

  it('leaves out "Why" when no causes are curated', () => {
    expect(renderExplainCards(found(fixtureEntry({ causes: [], causesZh: [] })), ctx)).not.toContain('Why');
  });

  it('renders the card in Chinese with --lang zh, aligned by display width', () => {
    const card = renderExplainCards(found(fixtureEntry()), plainContext(80, 'zh'));
    expect(card).toBe(
      [
        '6014  ERR_SDK_NOT_LOGGED_IN',
        '客户端 SDK · 账号',
        'IM SDK 未登录，请先登录，成功回调之后重试，或者已被踢下线。',
        '常见原因    • 登录完成前调用了接口。',
        '            • 同一 UserID 在另一台设备上登录。',
        '处理建议    [auth] 在初始化回调成功之后再调用 login。',
        '            监听 onKickedOffline，被踢后重新登录。',
        '相关错误码  sdk:6208',
        '依据        TIMSDK issue 123: https://github.com/TencentCloud/TIMSDK/issues/123',
        '文档        Error Codes:',
        '            https://www.tencentcloud.com/document/product/1047/34348',
        '',
      ].join('\n'),
    );
  });

  it('falls back to English text where no Chinese has been written', () => {
    const card = renderExplainCards(found(fixtureEntry({ descriptionZh: '', adviceZh: '', causesZh: [] })), plainContext(80, 'zh'));
    expect(card).toContain('You have not logged in');
    expect(card).toContain('处理建议    [auth] Call login');
    expect(card).toContain('• An API was called');
  });

  it('says when the current Web SDK no longer has a Web code', () => {
    const web = fixtureEntry({ source: 'web', category: 'message', categoryTitle: 'Web SDK message errors', current: false, names: ['MESSAGE_SEND_FAIL'] });
    expect(renderExplainCards(found(web), ctx)).toMatch(/Note {8}The current Web SDK \(3\.x, @tencentcloud\/chat\) no longer has\s+this\s+code/);
    expect(renderExplainCards(found(web), plainContext(80, 'zh'))).toContain('当前的 Web SDK（3.x，@tencentcloud/chat）已没有此错误码');
    expect(renderExplainCards(found({ ...web, current: true }), ctx)).not.toContain('no longer has');
  });

  it('keeps every line of a Chinese card within 60 columns', () => {
    for (const code of ['6014', '6206', '70001', '1002', '20003', '9520']) {
      expect(widestLine(renderExplainCards(explain(code), plainContext(60, 'zh'))), code).toBeLessThanOrEqual(60);
    }
    expect(widestLine(renderExplainCards(found(fixtureEntry()), plainContext(60, 'zh')))).toBeLessThanOrEqual(60);
  });

  it('caps card text near 100 columns on a wide terminal; never cuts a name or a URL', () => {
    const card = renderExplainCards(explain('9517'), plainContext(300));
    expect(widestLine(card)).toBeLessThanOrEqual(100);
    const narrow = renderExplainCards(explain('6206'), plainContext(30));
    expect(narrow).toContain('ERR_USER_SIG_EXPIRED');
    // A URL wider than the terminal stands whole on a line of its own (the terminal wraps it, and it still opens
    // and pastes as one link); it used to be broken at the edge. Every other line fits.
    const lines = narrow.trimEnd().split('\n');
    expect(lines).toContain('https://intl.cloud.tencent.com/document/product/1047/34385');
    for (const line of lines.filter((l) => !/^https:\/\/\S+$/.test(l))) expect(displayWidth(line), line).toBeLessThanOrEqual(30);
    // Piped at 80 columns, a source of 329 characters came out in five pieces.
    const long = renderExplainCards(explain('4005'), plainContext(80));
    const urls = explain('4005').flatMap((r) => r.readings.flatMap((e) => [...e.links, ...e.adviceSources].map((l) => l.url)));
    expect(Math.max(...urls.map((u) => u.length))).toBeGreaterThan(80);
    for (const url of urls) expect(long.split('\n').some((line) => line.endsWith(url)), url).toBe(true);
  });

  it('prints nothing for unknown codes (they go to stderr)', () => {
    expect(renderExplainCards(explain('99999'), ctx)).toBe('');
  });

  it('escapes control characters echoed from user input', () => {
    expect(renderExplainProblems(explain('\x1b[31mword'))).not.toContain('\x1b');
  });
});

describe('shortCategoryTitle', () => {
  it.each([
    ['Account error codes', 'Account'],
    ['Error codes for recent contacts', 'Recent contacts'],
    ['Web SDK login errors', 'Login'],
    ['Web SDK state errors', 'State'],
  ])('%j -> %j', (title, short) => {
    expect(shortCategoryTitle(title)).toBe(short);
  });
});

describe('the REST APIs row of a card in Chinese', () => {
  it('counts the APIs it does not show, as the English row does, not all of them', () => {
    // "forbid_send_msg 等 26 个" read as 26 APIs in all; 10004's pages list 34, eight of them shown.
    const [result] = explain('10004');
    const total = result?.readings[0]?.restApis?.length ?? 0;
    expect(total).toBeGreaterThan(8);
    const zh = renderExplainCards(explain('10004'), { ...ctx, lang: 'zh', width: 200 });
    const en = renderExplainCards(explain('10004'), { ...ctx, width: 200 });
    expect(zh).toContain(`及另外 ${total - 8} 个（--json 列出全部）`);
    expect(en).toContain(`and ${total - 8} more (--json lists them all)`);
  });
});

describe('the search a problem line suggests', () => {
  it('quotes the query so that pasted into a shell it reaches search as shown', () => {
    // `try: chaterr search "say "hi" $HOME"` ran with the quotes dropped and $HOME expanded.
    const problem = (query: string) => renderExplainProblems(explain(query), 'en');
    expect(problem('usersig')).toContain('try: chaterr search "usersig"');
    expect(problem('say "hi" $HOME')).toContain(`try: chaterr search 'say "hi" $HOME'`);
    expect(problem("it's $x")).toContain(`try: chaterr search 'it'\\''s $x'`);
  });

  it('puts a query that opens with a dash after --, so that search takes it as words, not an option', () => {
    // `chaterr explain -- --foo` suggested `chaterr search "--foo"`, which was "unknown option '--foo'".
    expect(renderExplainProblems(explain('--foo'), 'en')).toContain('try: chaterr search -- "--foo"');
    expect(renderExplainProblems(explain('-x'), 'zh')).toContain('试试 chaterr search -- "-x"');
  });
});

describe('where an unknown code would sit, in a sentence', () => {
  it.each([
    ['70346', 'the server account codes'],
    ['-10099', 'the server access layer codes'],
    ['30099', 'the server relationship chain codes'],
    // Lowering the whole label gave "the web sdk internal codes" and "the sdk v3 (legacy) codes".
    ['2992', 'the Web SDK internal codes'],
    ['6108', 'the SDK V3 (legacy) codes'],
  ])('%s: %s', (query, place) => {
    expect(renderExplainProblems(explain(query), 'en')).toContain(`it would sit among ${place} (`);
  });

  it('gives the block of codes the number falls in, in both languages', () => {
    expect(renderExplainProblems(explain('20099'), 'en')).toContain('the server message codes (20001 to 23009)');
    expect(renderExplainProblems(explain('20099'), 'zh')).toContain('（20001 至 23009）');
  });
});

describe('why a word is no code, in Chinese', () => {
  // Under zh these read in English beside Chinese "不是已知的错误码" lines: "holds several codes", "is not a number".
  it.each([
    ['70001 6206', '“70001 6206”包含多个错误码：请分开输入，每个错误码作为一个参数（70001 6206）'],
    ['70001x', '“70001x”不是数字：错误码是十进制整数，如 70001 或 -10001'],
    ['1.5', '“1.5”不是整数：错误码是十进制整数，如 70001 或 -10001'],
    ['130000～120001', '“130000～120001”是一个错误码区间，而不是单个错误码：请给出一个错误码，或用 chaterr list 查看'],
    ['!!!', '“!!!”中没有错误码、常量名或词语：请给出错误码（如 70001）或常量名（如 ERR_SDK_NOT_INITIALIZED）'],
    ['1234567890123456789012', '“1234567890123456789012”有 22 位数字，没有这么长的错误码'],
    ['  ', '输入为空：请给出错误码（如 70001）或常量名（如 ERR_SDK_NOT_INITIALIZED）'],
    [`1"x'y`, `“1"x'y”不是数字：错误码是十进制整数，如 70001 或 -10001`],
  ])('%j', (query, zh) => {
    expect(renderExplainProblems(explain(query), 'zh')).toBe(`chaterr: ${zh}\n`);
    expect(renderExplainProblems(explain(query), 'en')).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
