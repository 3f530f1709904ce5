// The characters a code is written with in logs and chats: ASCII or full-width digits, and any of the minus signs.

export const FULLWIDTH_ZERO = 0xff10;

/** An ASCII digit, or a full-width one (错误码：７０００１, as Chinese input methods type it). */
export const isCodeDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= FULLWIDTH_ZERO && c <= FULLWIDTH_ZERO + 9);

/**
 * A code's sign: the ASCII hyphen-minus, and the minus signs that word processors and Chinese input methods put in its
 * place (the minus sign of docs pasted into a chat, the full-width one beside full-width digits): read as a separator,
 * 错误码 −10001 was reported as 10001, another code.
 */
export const isMinusSign = (c: number): boolean => c === 45 || c === 0x2212 || c === 0xff0d;
