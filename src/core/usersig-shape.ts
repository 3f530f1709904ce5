// Whether a word has the shape of a UserSig, so one pasted where a code belongs is pointed at `chaterr usersig`.

/**
 * TLSSigAPIv2's zlib stream opens with 0x78 0x9c, which base64 writes as "eJ", and a sig runs to a hundred
 * characters and more of its alphabet (with *, - and _ for +, / and =). No code or constant name looks so.
 */
const USERSIG_SHAPE = /^eJ[A-Za-z0-9*_+/=-]{80,}$/;

export function looksLikeUserSig(word: string): boolean {
  return USERSIG_SHAPE.test(word.trim());
}
