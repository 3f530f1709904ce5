// The codes that `chaterr usersig` reports and the readings whose card points to it: data/usersig-checks.txt,
// through the generated facts module, so no code number is written in src/.
import { codeKey } from './code-key.js';
import { CATALOGUE_FACTS } from './facts.generated.js';
import type { CodeRef, Source } from './types.js';

const { usersig } = CATALOGUE_FACTS;

function codeIn(refs: CodeRef[], source: Source): number {
  const ref = refs.find((r) => r.source === source);
  if (!ref) throw new Error(`data/usersig-checks.txt gives no ${source} code`);
  return ref.code;
}

/** One code per finding (the server's; expiry also has the native SDK's), as Tencent reports it. */
export const USERSIG_CODES = {
  expiry: codeIn(usersig.expiry, 'server'),
  expirySdk: codeIn(usersig.expiry, 'sdk'),
  identifier: codeIn(usersig.identifier, 'server'),
  sdkappid: codeIn(usersig.sdkappid, 'server'),
  signature: codeIn(usersig.signature, 'server'),
  malformed: usersig.malformed.map((r) => r.code),
} as const;

/** `source:code` of every reading that `chaterr usersig` can confirm or rule out by looking inside the sig. */
export const USERSIG_CHECKABLE: ReadonlySet<string> = new Set(usersig.checkable.map(codeKey));
