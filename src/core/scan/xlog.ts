// The fields of a Mars xlog prefix (Tencent's logging library, which the native IM SDKs write with): not codes.

/**
 * xlog opens each line with its level, time, pid and tid, tag and source place:
 * `[E][2026-11-27 +8.0 10:00:01.123][6014, 6208*][imsdk][login_manager.cpp, OnLoginFailed, 321][login failed`. The
 * pid and tid (the main thread's marked `*`) and the source line are numbers on a failure line, so without this
 * they read as bare codes. Each test reads a bounded slice beside the number, so a line costs no more for it.
 */
const PID_BEFORE = /\[$/;
const TID_AFTER = /^, \d{1,7}\*?\]/;
const TID_BEFORE = /\[\d{1,7}, $/;
const TID_END = /^\*?\]/;
// [file.cpp, Function, 321] and [file.cpp, 321]: the source file's extension, then the line number last.
const FILE_FUNCTION_BEFORE = /\.[A-Za-z]{1,5}, [\w:~]{1,60}, $/;
const FILE_BEFORE = /\.[A-Za-z]{1,5}, $/;
const CLOSE_AFTER = /^\]/;

export function isXlogField(line: string, numberStart: number, digitsEnd: number): boolean {
  const before = line.slice(Math.max(0, numberStart - 80), numberStart);
  const after = line.slice(digitsEnd, digitsEnd + 12);
  if (PID_BEFORE.test(before) && TID_AFTER.test(after)) return true;
  if (TID_BEFORE.test(before) && TID_END.test(after)) return true;
  return CLOSE_AFTER.test(after) && (FILE_BEFORE.test(before) || FILE_FUNCTION_BEFORE.test(before));
}
