// Detection quality on real lines from public threads and docs (test/fixtures/real-log-lines.ts), per split and mode.
// The floors are the figures measured when the rules were last changed: a change that loses recall or adds false
// codes fails here. The held-out half was evaluated only after the rules were written (README, "What counts as a code");
// fresh2 was gathered before the precision rules of 2026-11-26 and evaluated only before and after them; its five misses
// then (code tables copied without marks) led to the unmarked definition-line rule, so it is no longer unseen.
// fresh3 was collected after the rules of 2026-11-26, labelled before the detector saw it and measured once (default
// recall 0.714, 10 false codes, 5/38 hard negatives); its misses, SDK header rows (ERR_… = 7013), then led to the
// constant-name rule, which took its recall to 1.000 with no new false code, so fresh3 is no longer unseen for recall.
// fresh4 was collected the same way later that day and measured once, unseen (default recall 0.864 = 19/22, 7 false
// codes, 7/38 hard negatives flagged); its lines then led to the table-row checks (a row that says something else of
// the number is another product's; a row in source code that repeats the catalogue's description is the code's own),
// NetEase and the phone makers' push services as products, and six-digit unknown codes only in Tencent's range.
// fresh5 was collected the same way on the next round and measured once, unseen (default recall 0.933 = 28/30, 11 false
// codes, 11/54 hard negatives flagged); with the other fresh splits it then led to the app-envelope rule (an object that
// opens with "code" and carries "data" is an app's reply) and to JPush's Cordova plugin and RTM SDKs as products.
// fresh6 was collected the same way at the end of that round and measured once, unseen (default recall 0.889 = 24/27,
// 14 false codes, 13/47 hard negatives flagged); with fresh5 it then led to push aliases (别名, setAlias) as another
// product's feature, to PlatformException(code, , ) with no message counting only in loose mode, and to lists after
// ASCII keys (error code 30004/40004).
// fresh7 was collected at the end of that round to follow the judges' mix (mostly ordinary Tencent Chat lines, a third
// naming a code, a tenth hard negatives) and measured once, unseen (default recall 0.941 = 48/51, 5 false codes, 5/11
// hard negatives flagged); it then led to legacy constant names (data/legacy-names.tsv: ERR_IMSDK_KICKED_BY_OTHERS,
// which Tencent's older docs print before 6208), the full-width ： after a constant name, and other platforms' names
// (wechatpy, TikTok, Lark/Feishu, DingTalk) as products, so it is no longer unseen.
// fresh8 was collected after that to follow the same mix with more of users' own words (issue threads, Q&A, community
// wrappers, UIKit sources) and measured once, unseen (default recall 0.553 = 21/38, 4 false codes, 4/11 hard negatives
// flagged); eight of its misses, Tencent's constant names standing alone (case ERR_SDK_NOT_LOGGED_IN:), then led to
// names counting as their codes in default and loose mode, and two more, map.putInt("code", 6208), to a quoted key
// and its value as a call's two arguments, so it is no longer unseen.
// On 2026-11-27, a table row must also share a telling word with its code's texts (one that fewer than a hundred codes
// use) when it has any (RowAgreement.describes): six false codes fewer on fresh2, fresh4, fresh5, fresh6 and fresh9
// (other products' tables in Chinese and English), one code fewer found on the held-out half ("30001 错误可能的原因有:",
// all common words). Then a keyed code whose record's message (message, msg, errMsg, reason, desc) is about other codes,
// on a line that names no Tencent product, became another product's: five false codes fewer on fresh4, fresh6, fresh7
// and fresh8 (TikTok's errorcode: 10017 with "sdk error. please contact user support.", {code: 2000, message:
// "缺少必要参数"}, Tencent Meeting's 9003), no code lost.
// fresh12 was collected after fresh11 from sources no split cited (a TIMSDK issue, a tls-sig REST reply, five unread REST
// pages, the Unity login page, and 55 hard negatives from other products, OS and HTTP errors) and measured once, unseen
// (default recall 1.000 = 29/29, 8 false codes, 8/55 hard negatives flagged; strict 3/29).
// fresh13 was collected after fresh12 the same way (a TUICallKit callback print, Flutter login pages, the TIMSDK Web
// demo's code, app code around TIMCallBack onError, eight unread REST pages, and 35 hard negatives from other chat, RTC,
// login and push SDKs, app enums and proxies) and measured once, unseen (default recall 1.000 = 24/24, 1 false code,
// 1/35 hard negatives flagged; strict 6/24). The quality report now also prints each miss and false code.
// Issue 11's rules (README, "How well it works") were written on dev, held-out and fresh to fresh9 and only checked on
// fresh10 to fresh13: default false codes 40 -> 24 in the 914 tuning lines and 13 -> 9 in the 410 checked ones, with
// no code lost on any split; the floors below for false codes and hard negatives are the figures after them.
// fresh14 was collected after fresh13 from 47 sources no split cited (Tencent Cloud Q&A questions, REST pages' JSON
// replies, and 20 hard negatives: OpenIM, web WeChat, Baidu, JPush, Xiaomi, Aliyun and Getui push, Pushwoosh, iOS
// errors) and measured once, unseen (default recall 0.955 = 21/22, 5 false codes, 5/20 hard negatives flagged).
// fresh15 was collected after fresh14 from 64 sources no split, query or data file cites by URL (REST pages and other
// documentation for the Tencent lines, as uncited user threads have run out; data/ cites the cloud.tencent.com copies of
// most of those REST pages) and 43 hard negatives, and measured once, unseen (default recall 1.000 = 33/33, 7 false
// codes, 6/43 hard negatives flagged; strict 8/33).
// fresh16 was collected after fresh15 from 62 sources no split, query or data file cites by URL (resolved through G()
// and T()), with every line an earlier split already holds dropped: REST pages in qcloud-documents no split had read for
// the Tencent lines (data/ cites the cloud.tencent.com copies of most of them) and 54 hard negatives from other chat and
// push SDKs, OS, call and HTTP errors and other products' tables, and measured once, unseen (default recall 1.000 =
// 30/30, 1 false code, 1/54 hard negatives flagged; strict 6/30).
// fresh17 was collected after fresh16 from 63 sources no split, query or data file cites by URL (with a blob's branch
// ignored), every line an earlier split holds dropped; as uncited threads naming a code have run out, its 18 Tencent
// lines come from documentation no split had read (REST pages, deprecated 2018 pages, an old iOS draft's TIMFriendStatus
// enum, Web release notes), and its 47 hard negatives from other IM, RTC and push SDKs, WebQQ clients, app enums and
// Tencent's own docs' ids, counts and HTTP statuses; measured once, unseen (default recall 0.556 = 10/18, 3 false codes,
// 2/47 hard negatives flagged; strict 1/18, loose 16/18).
// fresh18 was collected after fresh17 (helper sets20) from 63 sources no split, query or data file cites by URL (a blob's
// branch ignored), every line an earlier split holds dropped; as uncited threads naming a code have run out, its 25 Tencent
// lines come from REST pages no split had read (account import, check, deletion, kick and online status, profile get and
// set, operations data, message-log download, the live-group online list; data/ cites the cloud.tencent.com copies of
// most of them), and its 51 hard negatives from other IM, RTC and push SDKs' threads (Easemob, RongCloud, NetEase
// Yunxin, OpenIM, Stream, Agora, Qiniu, TRTC, JPush, FCM), other apps' APIs and Tencent's own docs' counts and ids;
// measured once, unseen (default recall 1.000 = 25/25, 2 false codes, 2/51 hard negatives flagged; strict 5/25).
// fresh19 was collected after fresh18 (helper sets21) from 58 sources no split, query or data file cites by URL (a blob's
// branch ignored), every line an earlier split holds dropped (50 of 206 read); as uncited threads naming a code have run
// out again, its 33 Tencent lines come from 19 REST pages no split had read (community topics, group message extensions,
// group details, member marks, banned members, group transfer, the numbered all-member push page; data/ cites the
// cloud.tencent.com copies of most of them), and its 47 hard negatives from other IM, RTC, push and login SDKs' threads
// (Agora, WeChat, Sendbird, NetEase Yunxin, OpenIM, Firebase, JPush, Apple CallKit) and the pages' timestamps, marks and
// seqs; measured once, unseen (default recall 0.909 = 30/33, 0 false codes, 0/47 hard negatives flagged; strict 1/33,
// loose 31/33).
// fresh20 was collected after fresh19 (helper sets22) from 45 sources no split, query or data file cites by URL (a blob's
// branch ignored), every line an earlier split holds dropped (44 of 136 read); uncited threads naming a code have run
// out, so its 16 Tencent lines come from the SDK FAQ under 12常见问题, error rows of six REST pages no split had read, the
// TIMSDK mini-program demo's main.js and an app's TUIKit logout callback, and its 32 hard negatives (35%) from other IM,
// push and login SDKs' threads (NetEase Yunxin, Wildfire, Easemob, LeanCloud, WebQQ, Pushwoosh, IBM push, Signal, Zego)
// and apps' own code tables; measured once, unseen (default recall 0.850 = 17/20, 2 false codes, 2/32 hard negatives
// flagged; strict 1/20, loose 20/20). Its misses were then read, so it is no longer unseen (see its floors).
// fresh21 was collected after fresh20 (helper sets23) from 38 sources no split, query or data file cites by URL (a blob's
// branch ignored), no line repeating an earlier split's; uncited users' threads naming a code were not found again, so its
// 10 Tencent lines come from a deprecated REST page under 弃用文档 (group-member-details error rows), a third-party
// gitbook of the Flutter SDK's login API and an iLive demo-docs issue title, and its 33 hard negatives (42%) from TRTC,
// TUICallKit and iLive AVSDK numbers, app wrappers' own codes and other IM, RTC, push and bot SDKs' threads (Mirai,
// CloudBase, WebQQ, Bilibili, Stream, Twilio, Qiniu, Herewhite, Slack, Signal); measured once, unseen (default recall
// 1.000 = 11/11, 1 false code, 1/33 hard negatives flagged; strict 1/11, loose 11/11).
// fresh22 was collected after fresh21 (helper sets24) from 36 sources no split, query or data file cites by URL (a blob's
// branch ignored), no line repeating an earlier split's; uncited users' threads naming a code were not found again, so its
// 13 Tencent lines come from a mirror of the Web login page, a REST page on trtc.io and BlackFire IM's error header, which
// copies ten of Tencent's rows (names, numbers and texts) and renumbers others (6208's name at 2008, 6206's at 2009,
// labelled as another product's); its 32 hard negatives (42%) come from those renumbered rows, TUIRoomKit, Tencent's QQ
// login kit and COS, other chat and push SDKs' tables and threads (Hive TalkPlus, Shoplive, GitpleLive, RCS Biz Center,
// Sendbird, anyRTC, OpenShamrock, Signal) and upload errors (HTTP 400, WeChat's 41005); measured once, unseen (default
// recall 1.000 = 13/13, 3 false codes, 3/32 hard negatives flagged; strict 2/13, loose 13/13 with 4 false codes).
// fresh24 was collected after fresh22 (helper sets26l, while fresh23 was collected on another branch) from 47 sources no
// split, query or data file cites by URL (a blob's branch ignored), no line repeating an earlier split's (22 candidates
// dropped: uncited copies of REST pages repeat the cited copies' rows); uncited users' threads naming a code were not
// found again, so its 17 Tencent lines come from REST pages no split had read (the REST introduction's common errors, the
// all-member-push tag page) and trtc.io's Windows login page, and its 32 hard negatives (38%) from other SMS, push, IM,
// office and RTC products' numbers, several of them Tencent's own (Wilddog SMS's 70001, WeCom's 60011, XG push's 10002,
// OpenIM's 10001), HTTP, SMTP and OS errors; measured once, unseen (default recall 0.889 = 16/18, 3 false codes, 3/32
// hard negatives flagged; strict 0/18 with 2, loose 16/18 with 4).
// Issue 11's second round (2026-11-27) was written on dev, held-out and fresh to fresh11 and only checked on fresh12 to
// fresh14 (their figures, never their lines): first, a known code of 1001 to 1099, the block every product's table opens
// with (SHARED_FIRST_CODES in grammar.ts), counts only on a line that names Tencent or in a row of Tencent's own table:
// default false codes 26 -> 22 on the tuning splits (fresh2's 1001 article, fresh3's TLS ret=1002, fresh9's VMS row and
// WeChat's 1004) and 11 -> 6 on the checked ones, no code lost anywhere.
// Then SMS (sms, 短信) became another product's name: fresh8's row of Tencent Cloud SMS's 60008 went, nothing else moved.
// Then other platforms' credentials (AppSecret, access_token) did, for codes whose catalogue texts never use them:
// fresh6's WeChat row (40001 AppSecret 错误…) went, nothing else moved.
// detect14 (written on the tuning splits, fresh12 to fresh16 checked by their figures only): Windows' socket errors
// (WinError, Winsock, WSA… names), RongCloud's log tags, classes and ptid field, OpenIM's IMSDK.method() object and
// OAuth 2.0's error identifiers became other products' numbering: fresh6 and fresh7 lost a false code each, no split a code.
// detect15 (written on the tuning splits, fresh15 to fresh17 checked by their figures only): the old SDKs' TIMFriendStatus
// names (TIM_ADD_FRIEND_STATUS_PENDING = 30539, #define TIM_… 30515) became legacy constant names, which took fresh10's
// default recall to 35/35 and fresh17's to 16/18 (not blind: the README had named fresh17's enum); then four-digit
// blocks where Tencent numbers nothing (1100-1999, the 5000s) took the generic-number rule, which took web WeChat's Ret
// off fresh14 and WebQQ's retcode off fresh17 in every mode. No split lost a code.
// detect16 (written on the tuning splits, fresh16 to fresh18 checked by their figures only): Tencent's live-streaming and
// video-player SDK (LiteAV), whose event and warning numbers lie over the Web SDK's codes, became another product: its
// classes and callbacks (TXVodPlayer, onPlayEvent) and its constants' prefixes (PLAY_EVT_, PLAY_WARNING_, PUSH_WARNING_…).
// Its 20 lines (an event table of Tencent's live docs, the Flutter player's constants, an iOS player's log) were added to
// fresh15 as a tuning block, labelled as hard negatives: 7 false codes in default and loose mode without the rule, none
// with it; no other line of any split moved.
// detect17 (written on the tuning splits, fresh16 to fresh19 checked by their figures only): codes in Arabic-script digits
// after a key (code=٦٠١٤, as Android's String.format writes them on a phone set to Arabic or Persian) and the direction
// marks such locales put before a minus; no line of any split holds either shape, and no split moved in any mode.
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/core/catalogue.js';
import type { ScanMode } from '../../src/core/scan/detect.js';
import { FRESH10_LINES, FRESH11_LINES, FRESH12_LINES, FRESH13_LINES, FRESH14_LINES, FRESH15_LINES, FRESH16_LINES, FRESH17_LINES, FRESH18_LINES, FRESH19_LINES, FRESH20_LINES, FRESH21_LINES, FRESH22_LINES, FRESH24_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES, FRESH7_LINES, FRESH8_LINES, FRESH9_LINES, FRESH_LINES, REAL_LINES } from '../fixtures/real-log-lines.js';
import { measure, split } from '../helpers/detection-quality.js';

const catalogue = getCatalogue();
const known = catalogue.known;

describe('the real-line set', () => {
  it('has over 200 lines, about half Chinese, with hard negatives, each with its source', () => {
    expect(REAL_LINES.length).toBeGreaterThanOrEqual(200);
    const chinese = REAL_LINES.filter((l) => /[\u4e00-\u9fff]/.test(l.line)).length;
    expect(chinese / REAL_LINES.length).toBeGreaterThan(0.45);
    expect(REAL_LINES.filter((l) => l.hard).length).toBeGreaterThanOrEqual(20);
    for (const l of REAL_LINES) expect(l.source).toMatch(/^https?:\/\//);
    expect(new Set(REAL_LINES.map((l) => l.line)).size).toBe(REAL_LINES.length);
  });

  // Each later split is checked against every split before it, so no line is ever measured twice.
  it.each([
    { name: 'fresh', lines: FRESH_LINES, earlier: [REAL_LINES], min: { lines: 0, hard: 30, coded: 20 } },
    { name: 'fresh2', lines: FRESH2_LINES, earlier: [REAL_LINES, FRESH_LINES], min: { lines: 60, hard: 25, coded: 25 } },
    { name: 'fresh3', lines: FRESH3_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES], min: { lines: 50, hard: 20, coded: 20 } },
    { name: 'fresh4', lines: FRESH4_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES], min: { lines: 60, hard: 30, coded: 20 } },
    { name: 'fresh5', lines: FRESH5_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES], min: { lines: 70, hard: 40, coded: 20 } },
    { name: 'fresh6', lines: FRESH6_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES], min: { lines: 70, hard: 40, coded: 20 } },
    { name: 'fresh7', lines: FRESH7_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES], min: { lines: 80, hard: 10, coded: 40 } },
    { name: 'fresh8', lines: FRESH8_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES, FRESH7_LINES], min: { lines: 80, hard: 10, coded: 35 } },
    { name: 'fresh9', lines: FRESH9_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES, FRESH7_LINES, FRESH8_LINES], min: { lines: 60, hard: 20, coded: 12 } },
    { name: 'fresh10', lines: FRESH10_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES, FRESH7_LINES, FRESH8_LINES, FRESH9_LINES], min: { lines: 60, hard: 8, coded: 20 } },
    { name: 'fresh11', lines: FRESH11_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES, FRESH7_LINES, FRESH8_LINES, FRESH9_LINES, FRESH10_LINES], min: { lines: 30, hard: 3, coded: 10 } },
    { name: 'fresh12', lines: FRESH12_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES, FRESH7_LINES, FRESH8_LINES, FRESH9_LINES, FRESH10_LINES, FRESH11_LINES], min: { lines: 80, hard: 30, coded: 20 } },
    { name: 'fresh13', lines: FRESH13_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES, FRESH7_LINES, FRESH8_LINES, FRESH9_LINES, FRESH10_LINES, FRESH11_LINES, FRESH12_LINES], min: { lines: 100, hard: 30, coded: 20 } },
    { name: 'fresh14', lines: FRESH14_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES, FRESH7_LINES, FRESH8_LINES, FRESH9_LINES, FRESH10_LINES, FRESH11_LINES, FRESH12_LINES, FRESH13_LINES], min: { lines: 90, hard: 20, coded: 20 } },
    { name: 'fresh15', lines: FRESH15_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES, FRESH7_LINES, FRESH8_LINES, FRESH9_LINES, FRESH10_LINES, FRESH11_LINES, FRESH12_LINES, FRESH13_LINES, FRESH14_LINES], min: { lines: 110, hard: 40, coded: 30 } },
    { name: 'fresh16', lines: FRESH16_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES, FRESH7_LINES, FRESH8_LINES, FRESH9_LINES, FRESH10_LINES, FRESH11_LINES, FRESH12_LINES, FRESH13_LINES, FRESH14_LINES, FRESH15_LINES], min: { lines: 130, hard: 50, coded: 30 } },
    { name: 'fresh17', lines: FRESH17_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES, FRESH7_LINES, FRESH8_LINES, FRESH9_LINES, FRESH10_LINES, FRESH11_LINES, FRESH12_LINES, FRESH13_LINES, FRESH14_LINES, FRESH15_LINES, FRESH16_LINES], min: { lines: 130, hard: 45, coded: 18 } },
    { name: 'fresh18', lines: FRESH18_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES, FRESH7_LINES, FRESH8_LINES, FRESH9_LINES, FRESH10_LINES, FRESH11_LINES, FRESH12_LINES, FRESH13_LINES, FRESH14_LINES, FRESH15_LINES, FRESH16_LINES, FRESH17_LINES], min: { lines: 130, hard: 50, coded: 25 } },
    { name: 'fresh19', lines: FRESH19_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES, FRESH7_LINES, FRESH8_LINES, FRESH9_LINES, FRESH10_LINES, FRESH11_LINES, FRESH12_LINES, FRESH13_LINES, FRESH14_LINES, FRESH15_LINES, FRESH16_LINES, FRESH17_LINES, FRESH18_LINES], min: { lines: 150, hard: 45, coded: 30 } },
    { name: 'fresh20', lines: FRESH20_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES, FRESH7_LINES, FRESH8_LINES, FRESH9_LINES, FRESH10_LINES, FRESH11_LINES, FRESH12_LINES, FRESH13_LINES, FRESH14_LINES, FRESH15_LINES, FRESH16_LINES, FRESH17_LINES, FRESH18_LINES, FRESH19_LINES], min: { lines: 90, hard: 30, coded: 16 } },
    { name: 'fresh21', lines: FRESH21_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES, FRESH7_LINES, FRESH8_LINES, FRESH9_LINES, FRESH10_LINES, FRESH11_LINES, FRESH12_LINES, FRESH13_LINES, FRESH14_LINES, FRESH15_LINES, FRESH16_LINES, FRESH17_LINES, FRESH18_LINES, FRESH19_LINES, FRESH20_LINES], min: { lines: 75, hard: 30, coded: 10 } },
    { name: 'fresh22', lines: FRESH22_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES, FRESH7_LINES, FRESH8_LINES, FRESH9_LINES, FRESH10_LINES, FRESH11_LINES, FRESH12_LINES, FRESH13_LINES, FRESH14_LINES, FRESH15_LINES, FRESH16_LINES, FRESH17_LINES, FRESH18_LINES, FRESH19_LINES, FRESH20_LINES, FRESH21_LINES], min: { lines: 75, hard: 30, coded: 13 } },
    { name: 'fresh24', lines: FRESH24_LINES, earlier: [REAL_LINES, FRESH_LINES, FRESH2_LINES, FRESH3_LINES, FRESH4_LINES, FRESH5_LINES, FRESH6_LINES, FRESH7_LINES, FRESH8_LINES, FRESH9_LINES, FRESH10_LINES, FRESH11_LINES, FRESH12_LINES, FRESH13_LINES, FRESH14_LINES, FRESH15_LINES, FRESH16_LINES, FRESH17_LINES, FRESH18_LINES, FRESH19_LINES, FRESH20_LINES, FRESH21_LINES, FRESH22_LINES], min: { lines: 80, hard: 30, coded: 17 } },
  ])('has a $name split with enough lines, hard negatives and Tencent lines with codes, none repeating a line above', ({ lines, earlier, min }) => {
    expect(lines.length).toBeGreaterThanOrEqual(min.lines);
    expect(lines.filter((l) => l.hard).length).toBeGreaterThanOrEqual(min.hard);
    expect(lines.filter((l) => l.codes.length > 0).length).toBeGreaterThanOrEqual(min.coded);
    for (const l of lines) expect(l.source).toMatch(/^https?:\/\//);
    const all = [...earlier.flat(), ...lines].map((l) => l.line);
    expect(new Set(all).size).toBe(all.length);
  });
});

/** Floors per split and mode: recall at least, false codes and flagged hard negatives at most. */
const FLOORS: Record<'dev' | 'held-out' | 'fresh' | 'fresh2' | 'fresh3' | 'fresh4' | 'fresh5' | 'fresh6' | 'fresh7' | 'fresh8' | 'fresh9' | 'fresh10' | 'fresh11' | 'fresh12' | 'fresh13' | 'fresh14' | 'fresh15' | 'fresh16' | 'fresh17' | 'fresh18' | 'fresh19' | 'fresh20' | 'fresh21' | 'fresh22' | 'fresh24', Record<ScanMode, { recall: number; falseCodes: number; hardFlagged: number }>> = {
  dev: {
    strict: { recall: 0.76, falseCodes: 0, hardFlagged: 0 },
    default: { recall: 0.97, falseCodes: 0, hardFlagged: 0 },
    loose: { recall: 0.97, falseCodes: 0, hardFlagged: 0 },
  },
  'held-out': {
    strict: { recall: 0.77, falseCodes: 1, hardFlagged: 1 },
    default: { recall: 0.97, falseCodes: 1, hardFlagged: 1 },
    loose: { recall: 0.97, falseCodes: 1, hardFlagged: 1 },
  },
  fresh: {
    strict: { recall: 0.77, falseCodes: 1, hardFlagged: 1 },
    default: { recall: 0.95, falseCodes: 1, hardFlagged: 1 },
    loose: { recall: 1, falseCodes: 2, hardFlagged: 2 },
  },
  // Far from the targets (recall 0.95, one false code per 200 lines, a tenth of hard negatives); never tuned on.
  // Issue 11's third round: RongCloud's table row that names its App Key (| 20008 | …) went in default and loose mode.
  fresh2: {
    strict: { recall: 0.48, falseCodes: 1, hardFlagged: 1 },
    default: { recall: 1, falseCodes: 1, hardFlagged: 1 },
    loose: { recall: 1, falseCodes: 2, hardFlagged: 2 },
  },
  // Measured once on 2026-11-26, never tuned on (see the header): recall 5/21, 15/21, 19/21; the false codes are
  // TLS-SDK numbers, Xinge's 3000, an Aliyun table of 8001-8010 and 80001, and an unrelated site's 20004.
  fresh3: {
    strict: { recall: 0.228, falseCodes: 0, hardFlagged: 0 },
    default: { recall: 0.99, falseCodes: 1, hardFlagged: 1 },
    loose: { recall: 0.99, falseCodes: 1, hardFlagged: 1 },
  },
  // Seen since its single unseen measurement (see the header). The false codes left: a payment service's table row
  // (| 90001 | message sign error |) and another service's JSON reply without a data field ({"code": 10031, …}).
  // Issue 11's third round: another SDK's enum member aligned far right of its name (VCS_ERR_TOKEN_EXPIRED   = 10007,)
  // went in loose mode.
  fresh4: {
    strict: { recall: 0.5, falseCodes: 0, hardFlagged: 0 },
    default: { recall: 0.95, falseCodes: 0, hardFlagged: 0 },
    loose: { recall: 0.95, falseCodes: 0, hardFlagged: 0 },
  },
  // Seen since its single unseen measurement (see the header). The false codes left: a Twilio table row, a Chinese
  // question about a number, another SDK's "[BUG] code 20001, msg appid is invalid".
  fresh5: {
    strict: { recall: 0.56, falseCodes: 0, hardFlagged: 0 },
    default: { recall: 0.93, falseCodes: 1, hardFlagged: 1 },
    loose: { recall: 0.93, falseCodes: 3, hardFlagged: 3 },
  },
  // Seen since its single unseen measurement (see the header). The false codes left: another product's tables in
  // Chinese that share a word with Tencent's, JPush's codes on lines that name nothing, WeChat's 40001 in prose.
  // detect14: OpenIM's SDK object (IMSDK.deleteMessage() … error 10005) no longer names Tencent, and names OpenIM.
  fresh6: {
    strict: { recall: 0.48, falseCodes: 3, hardFlagged: 2 },
    default: { recall: 0.92, falseCodes: 6, hardFlagged: 5 },
    loose: { recall: 1, falseCodes: 8, hardFlagged: 7 },
  },
  // Measured once on 2026-11-26, unseen (see the header): recall 36/51, 48/51, 48/51. The misses are 6208 written after
  // ERR_IMSDK_KICKED_BY_OTHERS (a constant name the catalogue does not have); the false codes are other products' codes
  // after error-code keys (TikTok's 10004 and 10017, WeChat's 40003, OpenIM's 10002, Lark's 2200). After the rules it
  // led to: 49/51 (the two left glue the name to "code": Error codeERR_IMSDK_KICKED_BY_OTHERS: 6208), and wechatpy's
  // 40003 is no longer reported. detect14: TikTok's AuthResponse(… errorCode=10004, errorMsg=server_error …) went, as
  // OAuth's error identifiers became another product's fields.
  fresh7: {
    strict: { recall: 0.7, falseCodes: 0, hardFlagged: 0 },
    default: { recall: 0.96, falseCodes: 0, hardFlagged: 0 },
    loose: { recall: 0.96, falseCodes: 0, hardFlagged: 0 },
  },
  // Measured once on 2026-11-26, unseen (see the header): recall 1/38, 21/38, 28/38. The misses are codes written as a
  // call's argument (map.putInt("code", 6208), sendEventWithCode:6206), rows of the uni-app kit's code map
  // ([3123, '文本包含本地审核拦截词']) and constant names in an Objective-C switch (case ERR_SDK_NOT_LOGGED_IN:); the false
  // codes are Voximplant's {code: 10010, …}, WeChat's errcode 40001, another app's {code: 2000, …} and the SMS docs' 60008.
  // With constant names standing alone counted: 29/38 default, 36/38 loose; with call arguments ("code", 6208), 31/38
  // default. No new false code on any split. WeChat's reply ({"errcode":40001,"errmsg":…}) no longer counts: 3 false.
  // On 2026-11-27 a comma after a code opening its line ([3123, '文本包含本地审核拦截词'],) became a code table's mark
  // when the row repeats the catalogue: default 31/38 -> 36/38, no new false code on any split.
  fresh8: {
    strict: { recall: 0.07, falseCodes: 1, hardFlagged: 1 },
    default: { recall: 0.94, falseCodes: 1, hardFlagged: 1 },
    loose: { recall: 0.94, falseCodes: 1, hardFlagged: 1 },
  },
  // Measured once on 2026-11-26, unseen (see the header): recall 6/15, 13/15, 13/15. The two misses are 10015 and 10010
  // glued together in an article title ("加入群组报1001510010错误"); the false codes are all hard negatives: the VMS
  // table's 1001 and 3004, OpenIM's "error 20001" and 报错10005, wechat4u's 返回1025, WeChat's 都是1004 and Twilio's
  // "error code = 31008".
  fresh9: {
    strict: { recall: 0.4, falseCodes: 2, hardFlagged: 2 },
    default: { recall: 0.86, falseCodes: 3, hardFlagged: 3 },
    loose: { recall: 0.86, falseCodes: 3, hardFlagged: 3 },
  },
  // Measured once on 2026-11-27, unseen (see the header): recall 0/35, 31/35, 35/35 (strict reads keys only, and this
  // split is doc tables and C headers), with 3, 6 and 7 false codes. The misses were rows of Markdown tables padded for
  // alignment (| 20016           | …) and #define constants of the C API (TIM_ADD_FRIEND_STATUS_IN_SELF_BLACK_LIST 30515);
  // the false codes another service's {"code":3200,…}, a callback reply's "ResultCode": 38000, an unknown ret=1200, 3000
  // as a port (3000端口) and as a timeout in a table, and another product's 10010: "Verification code error". Padded
  // cells then became table rows and 端口 a word that names what a number before it numbers: 33/35, 5 false codes.
  // Issue 11's third round: a parameter table's default (| `connectTimeout` | long | … | 3000 |) went in default and loose.
  fresh10: {
    strict: { recall: 0, falseCodes: 0, hardFlagged: 0 },
    default: { recall: 1, falseCodes: 1, hardFlagged: 1 },
    loose: { recall: 1, falseCodes: 2, hardFlagged: 2 },
  },
  // Measured once on 2026-11-27, after every rule of that day, unseen: recall 3/28, 28/28, 28/28 with one false code in
  // each mode (OpenIM's PlatformException(10006, sdk not init, …), as on fresh2). Its coded lines are all REST table
  // rows and reply fields (ErrorCode, RetCode), so it says little of SDK log shapes. Later on 2026-11-27 a PlatformException
  // whose message is about something else is another plugin's, and that false code is gone (also from fresh and fresh2).
  fresh11: {
    strict: { recall: 0.1, falseCodes: 0, hardFlagged: 0 },
    default: { recall: 1, falseCodes: 0, hardFlagged: 0 },
    loose: { recall: 1, falseCodes: 0, hardFlagged: 0 },
  },
  // Measured once on 2026-11-27, after the fixture was committed and before any rule saw it: recall 3/29, 29/29, 29/29
  // with 6, 8 and 8 false codes, all on hard negatives. Strict misses are the REST pages' table rows and the Unity page's
  // ERR_USER_SIG_EXPIRED (6206) prose. The false codes: OpenIM's errCode: 1001 and 报错20001, iOS's "error code: -999",
  // JPush's 新增错误码 1009, finclip's 1001, pagoPA's "error code 1001", and in default/loose also an admin table's
  // | 1001 | and a song app's "- 3003" error text. Then iOS's -999 (a cancelled load) went: unknown negative three-digit
  // numbers are Tencent's only down to -399.
  fresh12: {
    strict: { recall: 0.103, falseCodes: 1, hardFlagged: 1 },
    default: { recall: 1, falseCodes: 2, hardFlagged: 2 },
    loose: { recall: 1, falseCodes: 2, hardFlagged: 2 },
  },
  // Measured once on 2026-11-27, after the fixture was committed and before any rule saw it: recall 6/24, 24/24, 24/24
  // with 1, 1 and 1 false codes, on one hard negative of 35 (OpenIM's "异常code：1001,异常信息：ArgsError"). Strict
  // misses are the REST pages' table rows (10004 to 31707), the Flutter pages' ERR_USER_SIG_EXPIRED:6206 and
  // (6206) … (70001) prose, and the Web demo's commented-out `imError.code === 2000`.
  fresh13: {
    strict: { recall: 0.25, falseCodes: 0, hardFlagged: 0 },
    default: { recall: 1, falseCodes: 0, hardFlagged: 0 },
    loose: { recall: 1, falseCodes: 0, hardFlagged: 0 },
  },
  // Measured once on 2026-11-27, after the fixture was committed and before any rule saw it: recall 12/22, 21/22, 21/22
  // with 4, 5 and 6 false codes. The default miss is a REST reply cut mid-line ({"result":60008,"errmsg":…); the false
  // codes are other products' numbers beside a weak key (报10006, 报10001错误, Ret 1204, "code": 1011, a WeChat row 1001).
// Issue 11's rules above, written without seeing it, then took its false codes to 3, 4 and 5 (the JPush "code": 1011
// reply's message is about something else), recall unchanged.
  fresh14: {
    strict: { recall: 0.545, falseCodes: 2, hardFlagged: 2 },
    default: { recall: 0.954, falseCodes: 3, hardFlagged: 3 },
    loose: { recall: 0.954, falseCodes: 4, hardFlagged: 4 },
  },
  // Measured once on 2026-11-27, after the fixture was committed and before any rule saw it: recall 8/33, 33/33, 33/33
  // with 4, 7 and 8 false codes. Strict misses are the REST pages' error rows and the Flutter and Unity pages' prose
  // ("the 51010 error will be reported", "it returns 8511 error code"). The false codes: OpenIM's ArgsError = 10002,
  // SdkInternalError = 10006 and NoUpdateError = 10007, Alipay's 添加错误码2002和2003, WeChat devtools' "20003 Error:",
  // an SDK's 会话1001签名过期, and in loose mode also a WeChat errcode int(50002) in a PHP dump. The second round's rules,
  // written without this split, then took the 1001 row off in default and loose mode (the 1001-1099 block), no code lost.
  // Issue 11's third round, by figures only: a name given a number with `=` is that constant's (OpenIM's Go constants,
  // which the README had named from this split's first measurement, so this is no blind check): 4, 6, 7 -> 2, 3, 4.
  // detect16 appended a tuning block of 20 LiteAV lines (see the header): 2, 10, 11 false codes without its rule, 2, 3, 4 with it.
  fresh15: {
    strict: { recall: 0.242, falseCodes: 2, hardFlagged: 1 },
    default: { recall: 1, falseCodes: 3, hardFlagged: 2 },
    loose: { recall: 1, falseCodes: 4, hardFlagged: 3 },
  },
  // Measured once on 2026-11-27, after the fixture was committed and before any rule saw it: recall 6/30, 30/30, 30/30
  // with 1, 1 and 2 false codes. Strict misses are the REST pages' error rows (| 10007 | 操作权限不足… |). The false codes:
  // JPush's 'Error Code 6003' (a Tencent code too) on a line that names no product, and in loose mode also OneBot's
  // "Message 10008 from …", a message id.
  fresh16: {
    strict: { recall: 0.2, falseCodes: 1, hardFlagged: 1 },
    default: { recall: 1, falseCodes: 1, hardFlagged: 1 },
    loose: { recall: 1, falseCodes: 2, hardFlagged: 2 },
  },
  // Measured once on 2026-11-27, after the fixture was committed and before any rule saw it: recall 1/18, 10/18, 16/18
  // with 1, 3 and 3 false codes. Default mode misses the six lines of an old iOS TIMFriendStatus enum
  // (TIM_ADD_FRIEND_STATUS_… = 30515,), a REST row's "例如：10062代表…" and a 2018 REST row "| 10003 | 系统错误，…。 |";
  // loose mode still misses the last two. The false codes: WebQQ's retcode 1202 in a SmartQQ thread (all modes), and
  // Ezviz's token codes 110002/110003 on a line that names no product (default and loose).
  fresh17: {
    strict: { recall: 0.055, falseCodes: 0, hardFlagged: 0 },
    default: { recall: 0.888, falseCodes: 2, hardFlagged: 1 },
    loose: { recall: 0.888, falseCodes: 2, hardFlagged: 1 },
  },
  // Measured once on 2026-11-27, after the fixture was committed and before any rule saw it: recall 5/25, 25/25, 25/25
  // with 2, 2 and 2 false codes, on two hard negatives of 51. Strict misses are the REST pages' error rows
  // (| 70398 | 帐号数超限… |, | 1005 | 文件已过期 |). The false codes, in every mode: RongCloud's "connect 接口返回错误码
  // 31004 即代表 onTokenIncorrect" (the line names the method, not the product) and Qiniu RTC's
  // Code=11001 "join room failed, roomToken invalid".
  fresh18: {
    strict: { recall: 0.2, falseCodes: 2, hardFlagged: 2 },
    default: { recall: 1, falseCodes: 2, hardFlagged: 2 },
    loose: { recall: 1, falseCodes: 2, hardFlagged: 2 },
  },
  // Measured once on 2026-11-27, after the fixture was committed and before any rule saw it: recall 1/33, 30/33, 31/33
  // with no false code and no hard negative of 47 flagged in any mode. Strict finds only a prose line ("…会返回10007错误。");
  // default misses three REST rows: | 80005 |未通过安全检查，安全检查超时|, | 90032|TagsOr 或者 TagsAnd 中的标签个数不能超过10个|
  // and | 90004 |JSON 格式请求包体中 MsgSeq 不是 Number 类型… (a code the catalogue does not know); loose finds 90032.
  fresh19: {
    strict: { recall: 0.03, falseCodes: 0, hardFlagged: 0 },
    default: { recall: 0.909, falseCodes: 0, hardFlagged: 0 },
    loose: { recall: 0.939, falseCodes: 0, hardFlagged: 0 },
  },
  // Measured once on 2026-11-27, after the fixture was committed and before any rule saw it: recall 1/20, 17/20, 20/20
  // with 2 false codes and 2 of 32 hard negatives flagged in every mode (LeanCloud's Code=4401 and a Koa app's
  // errorCode = 10007). Default misses the TIMSDK mini-program demo's event.data.code !== 2800 && … !== 2999 and an
  // app's if (errCode == 6014){, both bare comparisons with no Tencent word on the line; loose finds them. Strict finds
  // only the FAQ title's 返回错误码：116001 (a code the catalogue does not know). Seen since: the lead read those misses
  // and made a comparison after a key (==, ===, !=, !==) one mark, which finds all three in every mode (strict 4/20,
  // default 20/20) with no new false code on any split.
  fresh20: {
    strict: { recall: 0.2, falseCodes: 2, hardFlagged: 2 },
    default: { recall: 1, falseCodes: 2, hardFlagged: 2 },
    loose: { recall: 1, falseCodes: 2, hardFlagged: 2 },
  },
  // Measured once on 2026-11-27, after the fixture was committed and before any rule saw it: recall 1/11, 11/11, 11/11
  // with 1 false code and 1 of 33 hard negatives flagged in every mode (Qiniu's 为什么会出现10054异常？加入房间的时候。, a
  // Tencent code's number in another RTC SDK's question). Strict finds only the issue title 观众加入房间报错10005; it
  // misses the eight REST error rows (| 10002 | … |) and the gitbook's `ERR_USER_SIG_EXPIRED（6206）` line.
  fresh21: {
    strict: { recall: 0.09, falseCodes: 1, hardFlagged: 1 },
    default: { recall: 1, falseCodes: 1, hardFlagged: 1 },
    loose: { recall: 1, falseCodes: 1, hardFlagged: 1 },
  },
  // Measured once on 2026-11-28, after the fixture was committed and before any rule saw it: recall 2/13, 13/13, 13/13
  // with 1, 3 and 4 false codes (1, 3 and 4 of 32 hard negatives flagged). Default and loose read BlackFire IM's renumbered
  // rows (ERR_LOGIN_KICKED_OFF_BY_OTHER = 2008, ERR_USER_SIG_EXPIRED = 2009) as Tencent's 6208 and 6206 by their names;
  // every mode reads WeChat's 上传失败，错误码：41005 as the code of that number; loose also reads RCS Biz Center's 60004 row.
  // Strict finds only the login page's 60020 and 2801 and misses the ten copied header rows and the REST page's 10007.
  // Since, a name given another value in an aligned header (ERR_USER_SIG_EXPIRED       = 2009,) no longer stands for its
  // code, which takes default and loose mode to 1 and 2 false codes (measured after fresh22 was seen).
  fresh22: {
    strict: { recall: 0.153, falseCodes: 1, hardFlagged: 1 },
    default: { recall: 1, falseCodes: 1, hardFlagged: 1 },
    loose: { recall: 1, falseCodes: 2, hardFlagged: 2 },
  },
  // Measured once on 2026-11-28, after the fixture was committed and before any rule saw it: recall 0/18, 16/18, 16/18
  // with 2, 3 and 4 false codes (2, 3 and 4 of 32 hard negatives flagged). Default and loose miss the tag page's rows
  // | 90019 |添加标签请求体非法| and | 90046 |用户 Tag 超过最大个数限制| (codes the catalogue does not know); every mode reads
  // WeCom's error-code: 60011 and its 会返回错误码60011 as Tencent's 60011; default and loose read OpenIM's errCode为10001,
  // and loose XG push's >10002, duplicate register request!!!. Strict finds no code, not even the trtc.io login page's
  // ERR_USER_SIG_EXPIRED (6206) or ERR_SVR_ACCOUNT_USERSIG_EXPIRED (70001) nor the REST introduction's | 60002 | … | rows.
  // Then (seen) the message a Chinese key's code is given (…返回错误码60011,提示没有权限) is judged as an ASCII key's is:
  // one false code fewer in each mode, no code lost on any split.
  fresh24: {
    strict: { recall: 0, falseCodes: 1, hardFlagged: 1 },
    default: { recall: 0.888, falseCodes: 2, hardFlagged: 2 },
    loose: { recall: 0.888, falseCodes: 3, hardFlagged: 3 },
  },
};

const SPLITS = { dev: split(REAL_LINES, 'dev'), 'held-out': split(REAL_LINES, 'held-out'), fresh: FRESH_LINES, fresh2: FRESH2_LINES, fresh3: FRESH3_LINES, fresh4: FRESH4_LINES, fresh5: FRESH5_LINES, fresh6: FRESH6_LINES, fresh7: FRESH7_LINES, fresh8: FRESH8_LINES, fresh9: FRESH9_LINES, fresh10: FRESH10_LINES, fresh11: FRESH11_LINES, fresh12: FRESH12_LINES, fresh13: FRESH13_LINES, fresh14: FRESH14_LINES, fresh15: FRESH15_LINES, fresh16: FRESH16_LINES, fresh17: FRESH17_LINES, fresh18: FRESH18_LINES, fresh19: FRESH19_LINES, fresh20: FRESH20_LINES, fresh21: FRESH21_LINES, fresh22: FRESH22_LINES, fresh24: FRESH24_LINES };

describe.each(['dev', 'held-out', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8', 'fresh9', 'fresh10', 'fresh11', 'fresh12', 'fresh13', 'fresh14', 'fresh15', 'fresh16', 'fresh17', 'fresh18', 'fresh19', 'fresh20', 'fresh21', 'fresh22', 'fresh24'] as const)('detection quality on the %s split', (which) => {
  const lines = SPLITS[which];
  it.each(['strict', 'default', 'loose'] as const)('%s mode keeps its recall and adds no false codes', (mode) => {
    const q = measure(lines, known, mode);
    if (process.env.CHATERR_REPORT_QUALITY) {
      console.log(`${which} ${mode}: ${q.lines} lines, recall ${q.recall.toFixed(3)} (${q.found}/${q.expected}), false codes ${q.falseCodes}, hard negatives flagged ${q.hardFlagged}/${q.hardLines}`);
      for (const m of q.misses) console.log(`${which} ${mode}: miss ${m.missing.join(', ')} in ${JSON.stringify(m.line)}`);
      for (const f of q.falses) console.log(`${which} ${mode}: false ${f.extra.join(', ')} in ${JSON.stringify(f.line)}`);
    }
    const floor = FLOORS[which][mode];
    expect(q.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(q.falseCodes).toBeLessThanOrEqual(floor.falseCodes);
    expect(q.hardFlagged).toBeLessThanOrEqual(floor.hardFlagged);
  });
});
