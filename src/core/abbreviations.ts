// Abbreviations in Tencent's constant names, spelled out so that names read, and search, as words.

export const NAME_ABBREVIATIONS: Record<string, string> = {
  SUCC: 'success',
  REQ: 'request',
  RSP: 'response',
  MSG: 'message',
  CONV: 'conversation',
  FREQ: 'frequency',
  RSTR: 'restriction',
  SEC: 'security',
  VCODE: 'verification code',
  USERSIG: 'UserSig',
  SDKAPPID: 'SDKAppID',
  HTTP: 'HTTP',
  MSFSDK: 'MSF SDK',
  UNSURPPORT: 'unsupported',
  DEL: 'delete',
  SSO: 'SSO',
  GRP: 'group',
  ATTR: 'attribute',
  PKG: 'package',
  NET: 'network',
  CONN: 'connection',
  SVR: 'server',
  COMM: 'common',
  RES: 'resource',
};

/** "ERR_SVR_GROUP_FREQ_LIMIT" -> "err server group frequency limit". */
export function nameAsWords(name: string): string {
  return name
    .split('_')
    .filter(Boolean)
    .map((w) => NAME_ABBREVIATIONS[w.toUpperCase()] ?? w)
    .join(' ')
    .toLowerCase();
}
