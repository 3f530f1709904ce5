// Reads the API tables: what each server REST API's error table (data/rest-api-errors.tsv) and each SDK API's reference
// (data/sdk-api-errors.tsv) says of a code, by reading.
import { codeKey } from '../core/code-key.js';
import type { Entry, RestApiError } from '../core/types.js';
import type { ProblemList } from './problems.js';
import { forEachTsvRow, READING_CELL, URL_CELL } from './tsv-cells.js';

export const REST_API_ERRORS_FILE = 'data/rest-api-errors.tsv';
export const SDK_API_ERRORS_FILE = 'data/sdk-api-errors.tsv';

/** The last segment of a REST path: v4/group_open_http_svc/import_group_msg is import_group_msg. */
const API = /^[a-z][a-z0-9_]{1,63}$/u;
/** A client SDK method as its reference writes it: getGroupMemberList, pinGroupMessage. */
const METHOD = /^[A-Za-z][A-Za-z0-9]{1,63}$/u;
const MAX_TITLE_CHARS = 40;
const MAX_DESCRIPTION_CHARS = 200;
// C0, DEL, C1 and the invisible characters a copy from a web page brings along: the text is shown on cards.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

/**
 * The REST APIs that return each server reading, with what the API's page says of the code ("server:10007" -> rows,
 * in file order). Every problem is reported with its line: a reading the catalogue lacks or that is no server
 * reading, an API name that is no path segment, a title or description out of bounds or holding a control
 * character, a source that is no URL, an API given twice for one reading.
 */
export function parseRestApiErrors(text: string, entries: readonly Entry[], problems: ProblemList, file = REST_API_ERRORS_FILE): Map<string, RestApiError[]> {
  return parseApiTable(text, entries, problems, file, 'rest');
}

/**
 * The client SDK APIs whose references tie them to a reading (any source), with what the reference says. The same
 * checks as the REST table's, for a method name (getGroupMemberList) instead of a path segment.
 */
export function parseSdkApiErrors(text: string, entries: readonly Entry[], problems: ProblemList, file = SDK_API_ERRORS_FILE): Map<string, RestApiError[]> {
  return parseApiTable(text, entries, problems, file, 'sdk');
}

function parseApiTable(text: string, entries: readonly Entry[], problems: ProblemList, file: string, kind: 'rest' | 'sdk'): Map<string, RestApiError[]> {
  const readings = new Set(entries.map(codeKey));
  const out = new Map<string, RestApiError[]>();
  const seen = new Map<string, number>();
  forEachTsvRow(text, file, problems, ['reading', 'api', 'title', 'description', 'source URL'], (cells, line) => {
    const [reading, api, titleZh, descriptionZh, source] = cells as [string, string, string, string, string];
    const match = READING_CELL.exec(reading);
    const key = match ? `${match[1]}:${Number(match[2])}` : '';
    let ok = true;
    const problem = (message: string) => {
      problems.add(file, line, message);
      ok = false;
    };
    if (!match) problem(`"${reading}" is not a reading (sdk|server|web|sdk-v3:code)`);
    else if (kind === 'rest' && match[1] !== 'server') problem(`${key} is not a server reading: REST APIs return server codes`);
    else if (!readings.has(key)) problem(`the catalogue has no reading ${key}`);
    if (kind === 'rest' && !API.test(api)) problem(`"${api}" is not a REST API name (the path's last segment, e.g. import_group_msg)`);
    if (kind === 'sdk' && !METHOD.test(api)) problem(`"${api}" is not an SDK method name (letters and digits, e.g. getGroupMemberList)`);
    if (titleZh === '' || titleZh.length > MAX_TITLE_CHARS) problem(`a title is 1 to ${MAX_TITLE_CHARS} characters (this one is ${titleZh.length})`);
    if (descriptionZh === '' || descriptionZh.length > MAX_DESCRIPTION_CHARS) {
      problem(`a description is 1 to ${MAX_DESCRIPTION_CHARS} characters (this one is ${descriptionZh.length})`);
    }
    if (CONTROL.test(titleZh) || CONTROL.test(descriptionZh)) problem('the title or description holds a control character');
    if (!URL_CELL.test(source)) problem(`"${source}" is not a source URL`);
    // An SDK method may be documented once per platform (iOS and Android references), each its own row.
    const pair = kind === 'sdk' ? `${key} ${api} ${source}` : `${key} ${api}`;
    const before = seen.get(pair);
    if (ok && before !== undefined) problem(`${api} is already given for ${key} (line ${before})`);
    if (!ok) return;
    seen.set(pair, line);
    const list = out.get(key) ?? [];
    list.push({ api, titleZh, descriptionZh, source });
    out.set(key, list);
  });
  return out;
}
