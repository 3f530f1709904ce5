// Entries with every guidance field filled, for rendering what data may hold before the catalogue does.
import { Chalk } from 'chalk';
import type { Lang, RenderContext } from '../../src/render/context.js';
import type { Entry } from '../../src/core/types.js';

export function plainContext(width = 80, lang: Lang = 'en', layout: RenderContext['layout'] = 'table'): RenderContext {
  return { chalk: new Chalk({ level: 0 }), width, lang, layout };
}

export function fixtureEntry(overrides: Partial<Entry> = {}): Entry {
  return {
    code: 6014,
    source: 'sdk',
    category: 'account',
    categoryTitle: 'Account error codes',
    names: ['ERR_SDK_NOT_LOGGED_IN'],
    description: 'You have not logged in to the Chat SDK or have been forcibly logged out.',
    descriptionZh: 'IM SDK 未登录，请先登录，成功回调之后重试，或者已被踢下线。',
    descriptionZhFrom: 'tencent',
    links: [{ text: 'Error Codes', url: 'https://www.tencentcloud.com/document/product/1047/34348' }],
    class: 'auth',
    advice: 'Call login after the init callback succeeds.\nListen for onKickedOffline and log in again.',
    adviceZh: '在初始化回调成功之后再调用 login。\n监听 onKickedOffline，被踢后重新登录。',
    adviceFrom: 'code',
    causes: ['An API was called before login finished.', 'Another device logged in with the same UserID.'],
    causesZh: ['登录完成前调用了接口。', '同一 UserID 在另一台设备上登录。'],
    adviceSources: [{ text: 'TIMSDK issue 123', url: 'https://github.com/TencentCloud/TIMSDK/issues/123' }],
    related: [{ code: 6208, source: 'sdk' }],
    documented: true,
    ...overrides,
  };
}

export const found = (entry: Entry, query = String(entry.code)) => [{ query, found: true, readings: [entry] }];
