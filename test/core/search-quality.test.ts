// Search quality on our own set of real users' queries (test/fixtures/search-queries.tsv): floors under the measured hit@3.
import { describe, expect, it } from 'vitest';
import { searchCatalogue } from '../../src/core/search.js';
// @ts-expect-error: a plain ESM script without type declarations, shared with `npm run bench:search`.
import { evaluate, readQueries } from '../../bench/search-quality.mjs';

interface Query {
  id: number;
  lang: string;
  split: string;
  query: string;
  acceptable: string[];
  source: string;
}
interface Group {
  n: number;
  hit3: number;
  hit10: number;
}

// heldout8 (14 English, 30 Chinese) was collected by someone who never ran the search and measured once before the
// third guidance round (64.3% and 73.3% hit@3), then once after it; the "all" figures include it. heldout9 (18
// English, 27 Chinese) was collected the same way and measured once, unseen, before the fourth guidance round and the
// error strings of data/log-messages.tsv (61.1% and 81.5% hit@3). heldout10 (19 English, 27 Chinese; 43 of its 46
// queries phrased from documentation pages, as user threads not yet cited ran out) was measured once, unseen, after
// every change of that round: 73.7% and 85.2% hit@3. heldout11 (6 English, 6 Chinese; 10 of its 12 queries phrased
// from documentation pages, as uncited user threads ran out) was measured once, unseen: 83.3% and 66.7% hit@3.
// heldout14 (20 English, 21 Chinese; 34 of its 41 queries phrased from documentation pages) was measured once, unseen,
// before any change: 75.0% and 71.4% hit@3, 85.0% and 85.7% hit@10.
const queries: Query[] = readQueries();
const { groups } = evaluate(searchCatalogue, queries) as { groups: Map<string, Group> };
const rate = (name: string, k: 'hit3' | 'hit10', from = groups) => {
  const g = from.get(name) as Group;
  return g[k] / g.n;
};
// The floors below were set on the set before heldout5 was added (dev to heldout4, 187 queries); they are kept on
// that set so that adding a harder batch of queries does not lower them. heldout5, heldout6 and heldout7 have floors
// of their own.
const LATER_SPLITS = new Set([
  'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12',
  'heldout13', 'heldout14', 'heldout15', 'heldout16', 'heldout17', 'heldout18', 'heldout19', 'heldout20',
  'heldout21', 'heldout22', 'heldout23', 'heldout24', 'heldout26',
]);
const { groups: earlier } = evaluate(
  searchCatalogue,
  queries.filter((q) => !LATER_SPLITS.has(q.split)),
) as { groups: Map<string, Group> };

describe('search quality', () => {
  it('has a set of at least 100 sourced queries, 60 English and 40 Chinese, at least half held out', () => {
    expect(queries.length).toBeGreaterThanOrEqual(100);
    expect(queries.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(60);
    expect(queries.filter((q) => q.lang === 'zh').length).toBeGreaterThanOrEqual(40);
    expect(queries.every((q) => /^https:\/\/[a-z0-9.-]+\//.test(q.source) && q.acceptable.length > 0)).toBe(true);
    // At least half is held out: evaluated only once the ranking was frozen.
    const heldOut = queries.filter((q) => q.split.startsWith('heldout')).length;
    expect(2 * heldOut).toBeGreaterThanOrEqual(queries.length);
  });

  // Floors sit a little under the figures measured when the set was frozen (README, "Search quality"), so that a
  // change that makes search worse fails here.
  it('puts a right code in the top 3 for most queries, in both languages', () => {
    expect(rate('all all', 'hit3', earlier)).toBeGreaterThanOrEqual(0.82);
    expect(rate('en all', 'hit3', earlier)).toBeGreaterThanOrEqual(0.8);
    expect(rate('zh all', 'hit3', earlier)).toBeGreaterThanOrEqual(0.84);
    // heldout5 (19 English, 13 Chinese; 68.4% and 84.6% hit@3 when added), heldout6 (31 English, 31 Chinese; 74.2%
    // and 51.6% hit@3 when added, 77.9% for the whole set) and the whole set as it stands.
    // Guidance for 67 more readings (2026-11-26, third round) cost heldout5 one English and one Chinese query
    // (68.4% -> 63.2%, 84.6% -> 76.9%) while it won others back elsewhere (README, "Search quality").
    // The fourth round (guidance for 198 more readings, Tencent's logged error strings) cost heldout5 two more Chinese
    // queries (76.9% -> 61.5%), while it took English heldout5 to 73.7% and the whole set from 80.7% to 83.8%.
    expect(rate('en heldout5', 'hit3')).toBeGreaterThanOrEqual(0.73);
    expect(rate('zh heldout5', 'hit3')).toBeGreaterThanOrEqual(0.61);
    expect(rate('en heldout6', 'hit3')).toBeGreaterThanOrEqual(0.74);
    expect(rate('zh heldout6', 'hit3')).toBeGreaterThanOrEqual(0.51);
    // heldout7 (22 English, 28 Chinese) was measured once, after every change of this round: 77.3% and 85.7%.
    expect(rate('en heldout7', 'hit3')).toBeGreaterThanOrEqual(0.75);
    expect(rate('zh heldout7', 'hit3')).toBeGreaterThanOrEqual(0.82);
    // heldout8 after the fourth round: 78.6% and 66.7%; heldout9 after it: 66.7% and 88.9% (61.1% and 81.5% unseen).
    expect(rate('en heldout8', 'hit3')).toBeGreaterThanOrEqual(0.78);
    expect(rate('zh heldout8', 'hit3')).toBeGreaterThanOrEqual(0.66);
    expect(rate('en heldout9', 'hit3')).toBeGreaterThanOrEqual(0.66);
    expect(rate('zh heldout9', 'hit3')).toBeGreaterThanOrEqual(0.88);
    expect(rate('en heldout10', 'hit3')).toBeGreaterThanOrEqual(0.73);
    // 85.2% until the fifth guidance round (history downloads, Web blocklist and module errors): its file for 1005 put
    // the right code first for heldout7's "download link expired after a week", and the shift in word weights cost
    // heldout10's 群里红包消息发得太快被限频了 (10023 from 3rd to 4th), one query each way.
    expect(rate('zh heldout10', 'hit3')).toBeGreaterThanOrEqual(0.81);
    // heldout11 (6 and 6 queries) lost one English query to the REST API error tables (data/rest-api-errors.tsv):
    // 83.3% -> 66.7%; the tables fixed 13 queries across the set and lost 6 (whole set 83.3% -> 84.7%).
    expect(rate('en heldout11', 'hit3')).toBeGreaterThanOrEqual(0.66);
    expect(rate('zh heldout11', 'hit3')).toBeGreaterThanOrEqual(0.66);
    // heldout17 (20 English, 20 Chinese, all phrased from documentation pages no query or data file cites) was measured
    // once, unseen, before any change: 75.0% and 70.0% hit@3, 95.0% and 95.0% hit@10.
    expect(rate('en heldout17', 'hit3')).toBeGreaterThanOrEqual(0.75);
    expect(rate('zh heldout17', 'hit3')).toBeGreaterThanOrEqual(0.7);
    expect(rate('en heldout17', 'hit10')).toBeGreaterThanOrEqual(0.95);
    expect(rate('zh heldout17', 'hit10')).toBeGreaterThanOrEqual(0.95);
    // heldout18 (20 English, 20 Chinese: 38 phrased from REST pages in tencentyun/qcloud-documents no query, earlier
    // line or data file cites by URL, 2 from a developer's words in a React Native wrapper's issue) was measured once,
    // unseen, before any change: 90.0% and 90.0% hit@3, 95.0% and 100.0% hit@10.
    expect(rate('en heldout18', 'hit3')).toBeGreaterThanOrEqual(0.9);
    expect(rate('zh heldout18', 'hit3')).toBeGreaterThanOrEqual(0.9);
    expect(rate('en heldout18', 'hit10')).toBeGreaterThanOrEqual(0.95);
    expect(rate('zh heldout18', 'hit10')).toBeGreaterThanOrEqual(1);
    // heldout19 (20 English, 20 Chinese, all phrased as users ask from documentation pages no query, earlier line or data
    // file cites: 8 REST pages, a deprecated iOS draft, the Web SDK's 2019 release notes) was measured once, unseen,
    // before any change: 90.0% and 90.0% hit@3, 90.0% and 95.0% hit@10.
    expect(rate('en heldout19', 'hit3')).toBeGreaterThanOrEqual(0.9);
    expect(rate('zh heldout19', 'hit3')).toBeGreaterThanOrEqual(0.9);
    expect(rate('en heldout19', 'hit10')).toBeGreaterThanOrEqual(0.9);
    expect(rate('zh heldout19', 'hit10')).toBeGreaterThanOrEqual(0.95);
    // heldout20 (20 English, 20 Chinese, all phrased as users ask from REST pages in tencentyun/qcloud-documents no query,
    // earlier line or data file cites by URL: account management, profiles, operations data, message logs, live-group
    // online list) was measured once, unseen, before any change: 85.0% and 85.0% hit@3, 95.0% and 100.0% hit@10. Then,
    // blind, after search14 (tuned without it): English 80.0% hit@3 (one query fell to 4th) and 100.0% hit@10, Chinese
    // unchanged.
    expect(rate('en heldout20', 'hit3')).toBeGreaterThanOrEqual(0.8);
    expect(rate('zh heldout20', 'hit3')).toBeGreaterThanOrEqual(0.85);
    expect(rate('en heldout20', 'hit10')).toBeGreaterThanOrEqual(1);
    expect(rate('zh heldout20', 'hit10')).toBeGreaterThanOrEqual(1);
    // heldout21 (20 English, 20 Chinese, half short search-box queries and half longer questions, phrased as users ask
    // from REST pages in tencentyun/qcloud-documents no query, earlier line or data file cites by URL: community topics,
    // group message extensions, counters, custom attributes, banned members, group details and transfer, all-member push)
    // was measured once, unseen, before any change: 95.0% and 100.0% hit@3, 100.0% and 100.0% hit@10; the one miss at 3
    // is the short "topic limit exceeded" (6th).
    expect(rate('en heldout21', 'hit3')).toBeGreaterThanOrEqual(0.95);
    expect(rate('zh heldout21', 'hit3')).toBeGreaterThanOrEqual(1);
    expect(rate('en heldout21', 'hit10')).toBeGreaterThanOrEqual(1);
    expect(rate('zh heldout21', 'hit10')).toBeGreaterThanOrEqual(1);
    // heldout22 (20 English, 20 Chinese, half short search-box queries and half longer questions, 34 of them taken from
    // users' own words in a TIMSDK issue, Tencent Cloud Q&A pages and a CSDN post, 13 of the English ones rendered from
    // Chinese users' words; 6 from the SDK FAQ) was measured once, unseen, before any change: 40.0% and 40.0% hit@3,
    // 50.0% and 55.0% hit@10; short queries 35.0% hit@3 (55.0% hit@10), longer ones 45.0% (50.0%).
    expect(rate('en heldout22', 'hit3')).toBeGreaterThanOrEqual(0.4);
    expect(rate('zh heldout22', 'hit3')).toBeGreaterThanOrEqual(0.4);
    expect(rate('en heldout22', 'hit10')).toBeGreaterThanOrEqual(0.5);
    expect(rate('zh heldout22', 'hit10')).toBeGreaterThanOrEqual(0.55);
    // heldout23 (12 English, 12 Chinese, half short search-box queries and half longer questions, 16 of them taken from
    // users' own words in an iLive demo issue and its demo-docs twin, a Tencent Cloud Q&A title and a customer quoted in a
    // Tencent Cloud article, the English ones rendered from them; 8 from the account FAQ) was measured once, unseen, before
    // any change: 33.3% and 50.0% hit@3, 58.3% and 58.3% hit@10; short queries 41.7% hit@3 (50.0% hit@10), longer ones
    // 41.7% (66.7%). All eight 10005 queries (iOS audience joining a room, "no privilege") miss, as do both 60008 ones.
    expect(rate('en heldout23', 'hit3')).toBeGreaterThanOrEqual(0.333);
    expect(rate('zh heldout23', 'hit3')).toBeGreaterThanOrEqual(0.5);
    expect(rate('en heldout23', 'hit10')).toBeGreaterThanOrEqual(0.583);
    expect(rate('zh heldout23', 'hit10')).toBeGreaterThanOrEqual(0.583);
    // heldout24 (20 English, 20 Chinese, all short search-box queries: 29 in users' own words from 15 threads data/'s
    // guidance cites, 11 phrased from documentation pages) was measured once, unseen, before any change: 85.0% and 85.0%
    // hit@3, 95.0% and 90.0% hit@10 (90.0% and 83.3% hit@3 on the 60 collected, before the 20 whose sources
    // data/log-messages.tsv cites were removed).
    expect(rate('en heldout24', 'hit3')).toBeGreaterThanOrEqual(0.85);
    expect(rate('zh heldout24', 'hit3')).toBeGreaterThanOrEqual(0.85);
    expect(rate('en heldout24', 'hit10')).toBeGreaterThanOrEqual(0.95);
    expect(rate('zh heldout24', 'hit10')).toBeGreaterThanOrEqual(0.9);
    // heldout26 (25 English, 25 Chinese short queries: 30 in users' own words from 18 threads, 20 phrased from 13
    // feature and error pages; 42 of the 50 from sources data/'s guidance cites) was measured once, unseen, before any
    // change: 100% and 96.0% hit@3, 100% and 100% hit@10; the 8 from sources no data file cites, 87.5% hit@3.
    expect(rate('en heldout26', 'hit3')).toBeGreaterThanOrEqual(0.96);
    expect(rate('zh heldout26', 'hit3')).toBeGreaterThanOrEqual(0.92);
    expect(rate('en heldout26', 'hit10')).toBeGreaterThanOrEqual(0.96);
    expect(rate('zh heldout26', 'hit10')).toBeGreaterThanOrEqual(0.96);
    // The whole set: 83.8% after the fourth round, 83.5% with heldout10 (466 queries), 83.3% with heldout11 (478),
    // 84.7% with the REST API error tables; 84.6% with heldout12 (521 queries) and words cut where the script changes;
    // 83.9% with guidance for 22 more readings (hit@10 92.7% -> 93.1%): their texts now answer five queries whose
    // labels name other codes (an admin UserSig that expires is 10001's too), and one more query finds its code.
    // heldout14 (41 queries, 73.2% hit@3 unseen) took the whole set (592 queries) to 83.4%; the floor follows it down
    // by a tenth of a point rather than leaving the batch out of the whole set. Symptoms and causes for seven readings,
    // written from the tuning splits' misses (2026-11-27), took the whole set (664 queries) from 85.4% to 87.3%;
    // heldout17 (40 queries, 72.5% hit@3 unseen) then took the whole set (704 queries) to 86.6%; heldout18 (40 queries,
    // 90.0% hit@3 unseen) took it (744 queries) to 86.8%; heldout19 (40 queries, 90.0% hit@3 unseen) took it (784
    // queries) to 87.0%. Guidance families that follow their best reading, 报错 and 出错 read as noise, and group-type
    // synonyms (search13, measured blind on heldout19: unchanged) took it to 88.0%. Failure concepts weighed above a
    // query's other words and edition-gated features and the ticket callback in two guidance files (search14) took it
    // to 89.7%; heldout20 (40 queries, 85.0% hit@3 unseen, 82.5% after search14) took it (824 queries) to 89.4%;
    // heldout21 (40 queries, 97.5% hit@3 unseen) took it (864 queries) to 89.8%; it stood at 91.1% before heldout22, and
    // heldout22 (40 queries in users' own words, 40.0% hit@3 unseen) took it (904 queries) to 88.8%; search16's nested
    // synonym phrases, short users' words, 6015's error text and camelCase API names to 89.4% (heldout22 unchanged, blind);
    // search17's prior from the REST tables, for queries that name no failure, to 90.3%; heldout23 (24 queries in users'
    // own words and the account FAQ, 41.7% hit@3 unseen) took it (928 queries) to 89.0%.
    // heldout24 (40 short queries, 85.0% hit@3 unseen) leaves it at 89.0% (968 queries); search20's edit-message words
    // take it to 89.2% (heldout24, measured blind after them: unchanged); heldout26 (50 queries, 98.0% unseen) takes it
    // (1,018 queries) to 89.6%.
    expect(rate('all all', 'hit3')).toBeGreaterThanOrEqual(0.891);
    // Each language on the whole set: 87.3% English and 88.7% Chinese after search13, 88.3% and 91.0% after search14;
    // 88.1% and 90.8% with heldout20; 88.5% and 91.2% with heldout21; 88.3% and 89.4% with heldout22; 89.0% and 89.8%
    // after search16; 89.6% and 90.9% after search17; 88.2% and 89.8% with heldout23 (24 queries of users' own words,
    // 33% and 50% unseen); 88.6% and 89.8% after search18 (REST fields with underscores as one term, platform words as
    // platforms only) and search19 (Chinese data), heldout23 unchanged; 88.5% and 89.6% with heldout24 (40 short queries,
    // 85.0% and 85.0% unseen); 88.7% and 89.6% after search20 (an edit-message group won heldout15's edit in a live
    // group; heldout24 blind: unchanged).
    expect(rate('en all', 'hit3')).toBeGreaterThanOrEqual(0.886);
    expect(rate('zh all', 'hit3')).toBeGreaterThanOrEqual(0.896);
    // The splits the ranking was built on (dev and the first three held-out rounds) must not slip either.
    expect(rate('all dev', 'hit3')).toBeGreaterThanOrEqual(0.9);
    expect(rate('all heldout', 'hit3')).toBeGreaterThanOrEqual(0.92);
  });

  it('puts a right code in the top 10 for nearly all queries', () => {
    expect(rate('all all', 'hit10', earlier)).toBeGreaterThanOrEqual(0.88);
    // The whole set (420 queries, heldout9 included) measured 91.0% hit@10 when heldout9 was added, 91.7% after the fourth round.
    // 92.3% for the whole set (664 queries) before the round of 2026-11-27 that read the tuning splits' misses, 93.5% after.
    // 93.8% for the whole set (744 queries) before search13, 94.5% after; 94.8% after search14 (784 queries); 95.1%
    // with heldout20 (824); 95.4% with heldout21 (864); 93.7% with heldout22 (904); 94.0% after search16, 94.4% after search17;
    // 93.4% with heldout23 (928); 93.6% with heldout24 (968).
    expect(rate('all all', 'hit10')).toBeGreaterThanOrEqual(0.934);
  });

  it('lists the field that is too long first, not the push tags', () => {
    // Only the push-tag guidance said 太长 (too long), so its codes (90032, 90034) came first for any field too long.
    const first = (query: string) => searchCatalogue(query, { limit: 1 }).map((h) => `${h.entry.source}:${h.entry.code}`)[0];
    expect(first('群名称太长')).toBe('sdk:8502');
    expect(first('昵称太长')).toBe('server:40601');
  });

  const top = (query: string, n: number) => searchCatalogue(query, { limit: n }).map((h) => `${h.entry.source}:${h.entry.code}`);

  it('reads a platform word as the platform, not as a word that a few texts happen to hold', () => {
    // "android" stood in the texts of the empty-file and cleartext-HTTP codes, "flutter" in a read-receipt text.
    expect(top('image too large android', 1)).toEqual(['sdk:7005']);
    expect(top('group does not exist flutter', 1)).toEqual(['server:10010']);
  });

  it('reads a REST field written with underscores as one term', () => {
    // To_Account read as "account" alone ("to" is a stop word), which every account code says.
    expect(top('to_account not registered', 3)).toContain('server:90012');
  });

  it("reads users' words: contractions without their apostrophe, and filler that says how often, not what", () => {
    // "doesnt" was an unknown word, so the not-received phrase "doesn't receive" went unmatched.
    expect(top('doesnt receive messages', 5)).toEqual(top("doesn't receive messages", 5));
    expect(top('wont connect', 5)).toEqual(top("won't connect", 5));
    // "randomly" matched MsgRandom's codes (90005, 60002), which came first.
    expect(top('login randomly fails', 5)).toEqual(top('login fails', 5));
    expect(top('login randomly fails', 3)).not.toContain('server:90005');
    // MsgRandom itself is still a word.
    expect(top('MsgRandom invalid', 3)).toContain('server:90005');
  });

  it('reads "not working" as saying only that something failed, not as the Work group type', () => {
    // "working" matched the Work group type's codes: web:2622, web:2601 and web:2682 filled the top three of "doesnt work".
    const workGroup = ['web:2622', 'web:2601', 'web:2682'];
    for (const query of ['push not working', 'offline push stopped working', "login doesn't work"]) {
      for (const code of top(query, 5)) expect(workGroup, query).not.toContain(code);
    }
    expect(top('push not working', 5)).toEqual(top('push', 5));
    // The Work group itself is still found by its name.
    expect(top('work group cannot dismiss', 1)).toEqual(['web:2622']);
  });

  it('reads a synonym phrase with a typo in it as the phrase', () => {
    // "recieve" was read as receive for its own word, but the not-received phrase went unmatched, and the signaling
    // codes (8010, 8011) came first.
    expect(top('cant recieve messages', 3)).toEqual(top("can't receive messages", 3));
  });

  it('reads a Chinese synonym member no text holds as a word, not as pieces of its neighbours', () => {
    // 登入 (Taiwan's login) is in no text, so 登入失败 was split as 入失 (of 写入失败, a write failed) and lost 失败:
    // the sensitive-text code 40005 came first. 撤消失败 read as 消失 (disappear).
    expect(top('登入失败', 3)).not.toContain('server:40005');
    expect(top('登入失败', 5)).toEqual(top('登入 失败', 5));
    expect(top('撤消失败', 3)).toEqual(top('撤销失败', 3));
  });

  it('lists the no-network codes first for 掉线 (dropped offline), not a code whose advice mentions it in passing', () => {
    // 8515 (group member marks) said marks are cleared 成员退群或掉线后, so 掉线 and 老是掉线 listed it first.
    expect(top('掉线', 1)).toEqual(['sdk:9508']);
    expect(top('老是掉线', 3)).not.toContain('sdk:8515');
    // Its own symptom still finds it.
    expect(top('用户掉线后直播群成员标记没了', 1)).toEqual(['sdk:8515']);
  });

  it.each([
    ['登录后提示被踢下线', 'sdk:6208'],
    ['Kicked off by other device, please login again', 'sdk:6208'],
    ['不是好友不能发消息', 'server:20009'],
    ['UserSig generated by secret key from other SDKAppID', 'server:70009'],
    ['群组不存在或者已经被解散', 'server:10010'],
    // Short search-box queries of the kind the issue lists, each missed until search15 gave its family the words.
    ['login too frequent', 'server:70114'],
    ['登录太频繁', 'server:70114'],
    ['banned from group', 'server:10017'],
    ['消息太大', 'sdk:8001'],
    ['消息里有脏词', 'server:80001'],
    // Chinese users' wording that search19 gave its family (bench/zh-probes.tsv): Taiwan and Hong Kong words, read after
    // the character table (連線逾時 is 连线逾时: connection timed out; 推播憑證 a push certificate; 封鎖 to block), and
    // colloquial forms (加的群太多了, 说不了话); each listed none of these codes in its top 3 before.
    ['連線逾時', 'sdk:9510'],
    ['請求逾時', 'sdk:9520'],
    ['推播憑證', 'server:22001'],
    ['封鎖對方', 'server:30515'],
    ['加的群太多了', 'server:10037'],
    ['说不了话', 'server:10017'],
    // Short queries whose words another family held (bench/short-probes.tsv, search20): a banned or frozen account is
    // the account blocklist, not muting (banned alone stays muting, as in "banned from group"); being logged out
    // against one's will is a kick, not the not-logged-in state that "logged out" alone names.
    ['account banned', 'server:70051'],
    ['account frozen', 'server:70051'],
    ['account locked', 'server:70051'],
    ['keeps getting logged out', 'sdk:6208'],
  ])('answers a sample query "%s" with %s in the top 3', (query, key) => {
    expect(searchCatalogue(query, { limit: 3 }).map((h) => `${h.entry.source}:${h.entry.code}`)).toContain(key);
  });
});
