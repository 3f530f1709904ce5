// Assigns each Web SDK code a category: by name where the name says it, else by the number block it sits in.
export interface WebCategory {
  category: string;
  title: string;
}

const CATEGORIES = {
  login: 'Web SDK login errors',
  upload: 'Web SDK upload errors',
  message: 'Web SDK message errors',
  conversation: 'Web SDK conversation errors',
  group: 'Web SDK group errors',
  relationship: 'Web SDK relationship and profile errors',
  network: 'Web SDK network errors',
  internal: 'Web SDK internal errors',
  'sdk-state': 'Web SDK state errors',
  edition: 'Web SDK edition errors',
  signaling: 'Web SDK signaling errors',
} as const;

type Slug = keyof typeof CATEGORIES;

/**
 * The six Web codes that share a number with the server tables say what they are in their names; so do two codes
 * in the state block that are not about SDK state (an edition feature, a profanity hit on a message).
 */
const BY_NAME: Array<[RegExp, Slug]> = [
  // The session was kicked out (KICKED_OUT, KICK_OUT); not CANNOT_KICK_MEMBER_IN_AVCHATROOM, a refused group operation.
  [/KICK(ED)?_OUT/, 'sdk-state'],
  [/A2KEY/, 'login'],
  [/LONG_POLL|OVERLOAD/, 'network'],
  [/COMMERCIAL_ABILITY|^NO_USE$/, 'edition'],
  [/PROFANITY/, 'message'],
];

/** [first, last, slug]: the Web SDK groups its codes in blocks of a hundred or so. */
const BLOCKS: Array<[number, number, Slug]> = [
  [2000, 2039, 'login'],
  [2040, 2099, 'upload'],
  [2100, 2499, 'message'],
  [2500, 2599, 'conversation'],
  [2600, 2699, 'group'],
  [2700, 2799, 'relationship'],
  [2800, 2899, 'network'],
  [2900, 2998, 'internal'],
  [2999, 3020, 'sdk-state'],
  [3021, 3099, 'group'],
  [3100, 3199, 'sdk-state'],
  [8010, 8019, 'signaling'],
  [8020, 8029, 'message'],
];

export function webCategory(code: number, name: string): WebCategory | undefined {
  const slug = BY_NAME.find(([pattern]) => pattern.test(name))?.[1] ?? BLOCKS.find(([lo, hi]) => code >= lo && code <= hi)?.[2];
  return slug ? { category: slug, title: CATEGORIES[slug] } : undefined;
}
