// Text as its UTF-8 bytes, one character per byte: the form of a file read as latin1, which Node reads several times
// faster than it decodes UTF-8 (the search terms' 300 KB table, mostly Chinese, is read so at every search).

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Whether every character is ASCII, whose UTF-8 bytes are its characters. */
const isAscii = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
};

/** The UTF-8 bytes of `text`, each as the character of that code (é is "\xc3\xa9"). */
export function toUtf8Bytes(text: string): string {
  if (isAscii(text)) return text;
  let bytes = '';
  for (const byte of encoder.encode(text)) bytes += String.fromCharCode(byte);
  return bytes;
}

/** The text whose UTF-8 bytes these are (the inverse of toUtf8Bytes). */
export function fromUtf8Bytes(bytes: string): string {
  if (isAscii(bytes)) return bytes;
  const array = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) array[i] = bytes.charCodeAt(i);
  return decoder.decode(array);
}
