// GBK and GB18030 bytes for tests, as `iconv -t GBK` / `-t GB18030` writes them (Node has no encoder for them).

/** `登录失败，错误码：6206\n` in GBK. */
export const GBK_LINE = Buffer.from('b5c7c2bccaa7b0dca3acb4edcef3c2eba3ba363230360a', 'hex');
export const GBK_LINE_TEXT = '登录失败，错误码：6206\n';
