// The catalogue's data model: one Entry per (code, source) reading, as generated from data/.

/** Where a reading comes from: the page's three sections, or the Web SDK's ERROR_CODE table. */
export type Source = 'sdk' | 'server' | 'sdk-v3' | 'web';

export const SOURCES: readonly Source[] = ['sdk', 'server', 'sdk-v3', 'web'];

export const SOURCE_TITLES: Record<Source, string> = {
  sdk: 'Chat SDK',
  server: 'Server',
  'sdk-v3': 'SDK V3 (legacy)',
  web: 'Web SDK',
};

/** Triage classes: each answers "what kind of fix does this need?". */
export type TriageClass =
  | 'retry'
  | 'auth'
  | 'login'
  | 'call-order'
  | 'limit'
  | 'time-window'
  | 'request'
  | 'permission'
  | 'plan'
  | 'config'
  | 'webhook'
  | 'storage'
  | 'app-code'
  | 'not-found'
  | 'conflict'
  | 'content'
  | 'ok';

export interface Link {
  text: string;
  url: string;
}

export interface CodeRef {
  code: number;
  source: Source;
}

export interface Entry {
  code: number;
  source: Source;
  category: string;
  categoryTitle: string;
  names: string[];
  description: string;
  /** Chinese description: Tencent's own wording where it exists (descriptionZhFrom "tencent"), else ours. */
  descriptionZh: string;
  descriptionZhFrom: 'tencent' | 'chaterr';
  links: Link[];
  class: TriageClass;
  /** What to do: the code's own guidance (adviceFrom "code") or its class's advice (adviceFrom "class"). */
  advice: string;
  adviceZh: string;
  adviceFrom: 'code' | 'class';
  /** Common causes, as seen in practice; empty when the code has no guidance of its own. */
  causes: string[];
  causesZh: string[];
  /** Where the causes and advice come from (the page, SDK docs, public issue threads); empty for class advice. */
  adviceSources: Link[];
  /**
   * Tencent's own error strings seen with this reading in public logs and REST replies (a native log's desc, a REST
   * ErrorInfo), verbatim, from data/log-messages.tsv; absent when none is recorded.
   */
  messages?: string[];
  /**
   * The server REST APIs whose pages list this reading in their error tables, with what each page says of it (Tencent's
   * Chinese wording), from data/rest-api-errors.tsv; absent when none is recorded.
   */
  restApis?: RestApiError[];
  /**
   * The client SDK methods whose references tie them to this reading, with what each says (Tencent's wording), from
   * data/sdk-api-errors.tsv; absent when none is recorded.
   */
  sdkApis?: RestApiError[];
  /** Web readings only: false where the current Web SDK (3.x) no longer has the code. */
  current?: boolean;
  related: CodeRef[];
  documented: boolean;
  /** Present on the one range row (120001-130000): every number inside resolves to this entry. */
  range?: [number, number];
}

export interface CategoryInfo {
  source: Source;
  category: string;
  title: string;
  count: number;
  min: number;
  max: number;
  /** The blocks of codes the category really holds (src/core/code-spans.ts), stored by the generator. */
  spans?: Array<[number, number]>;
}

/** The official documentation links every reading ends with; Web readings get the Web SDK reference as well. */
export interface OfficialLinks {
  every: Link[];
  web: Link[];
}

/** One source the catalogue was built from, with its date or version (shown by `chaterr --version`). */
export interface CatalogueSource {
  id: string;
  title: string;
  version: string;
  url: string;
}

/** The findings of `chaterr usersig` and the readings each stands for, from data/usersig-checks.txt. */
export interface UserSigCodes {
  expiry: CodeRef[];
  identifier: CodeRef[];
  sdkappid: CodeRef[];
  signature: CodeRef[];
  malformed: CodeRef[];
  /** Readings whose card points to `chaterr usersig`. */
  checkable: CodeRef[];
}

/** Small facts about the catalogue, generated apart from the entries so commands that need only these load little. */
export interface CatalogueFacts {
  /** How many readings the catalogue has, and how many carry guidance of their own. */
  readings: number;
  guided: number;
  sources: CatalogueSource[];
  usersig: UserSigCodes;
}

/** The generated file's payload. */
export interface CatalogueData {
  entries: Entry[];
  categories: CategoryInfo[];
}

/** One row of an API table: a REST API page's error table, or an SDK method's reference. */
export interface RestApiError {
  /** The REST path's last segment (import_group_msg), or the SDK method (getGroupMemberList). */
  api: string;
  /** The page's Chinese title: 导入群消息 (an SDK method's own name where its reference gives none). */
  titleZh: string;
  /** What the page's table (or the method's reference) says of the code for this API, in Tencent's words. */
  descriptionZh: string;
  /** The page. */
  source: string;
}
