/*
 * The scan prefilter, compiled to WebAssembly (scripts/build-wasm.mjs): finds the lines that could hold an
 * error code, so that the detector (detect.ts) runs on a few lines instead of all of them.
 *
 * A line is a candidate when one of these holds. Each is a superset of a path through the detector, and a
 * property test checks that every line the detector finds something in is a candidate.
 *  - strong: a key followed by separators and a digit. Keys: code, ret, err/error (also err_id, errorid),
 *    fail/failed/failure, 错误, 返回, 报; and "exception(" (Flutter's PlatformException). Separators are
 *    whitespace, quotes, ':', '=', '-' and any non-ASCII byte (the full-width colon, Unicode spaces, 码).
 *  - weak (default and loose modes): a failure word (error, fail, exception, timeout, timed out, 失败, 错误,
 *    报错, 超时, 异常) and a known code standing alone, as detect.ts's STANDALONE reads it. Loose mode needs
 *    only the standalone known code.
 *
 * A SIMD pass looks at 16 bytes at a time for newlines and for the first three bytes of a key or failure
 * word; only those positions get a closer, scalar look.
 */
#include <stdint.h>
#include <wasm_simd128.h>

#define INPUT_CAP (4u << 20)
#define OUT_CAP 4096u
#define KNOWN_MAX 999999u

enum { MODE_STRICT = 0, MODE_DEFAULT = 1, MODE_LOOSE = 2 };
enum { STRONG = 1, WEAK = 2 };

/* 16 bytes of zeros before the input let a vector read the byte before a line at offset 0. */
static uint8_t input_space[16 + INPUT_CAP + 64];
#define input (input_space + 16)
/* Bit n: n or -n is a known code, for n up to 6 digits. */
static uint8_t known_bits[KNOWN_MAX / 8 + 1];
static uint32_t out_start[OUT_CAP];
static uint32_t out_line[OUT_CAP];
static uint32_t stopped_at;
static uint32_t lines_seen;

__attribute__((export_name("input_ptr"))) uint8_t *input_ptr(void) { return input; }
__attribute__((export_name("input_cap"))) uint32_t input_cap(void) { return INPUT_CAP; }
__attribute__((export_name("known_ptr"))) uint8_t *known_ptr(void) { return known_bits; }
__attribute__((export_name("known_max"))) uint32_t known_max(void) { return KNOWN_MAX; }
__attribute__((export_name("out_start_ptr"))) uint32_t *out_start_ptr(void) { return out_start; }
__attribute__((export_name("out_line_ptr"))) uint32_t *out_line_ptr(void) { return out_line; }
__attribute__((export_name("out_cap"))) uint32_t out_cap(void) { return OUT_CAP; }
/* Where the last scan stopped (its `len`, or the start of a line when the output filled up). */
__attribute__((export_name("stopped_at"))) uint32_t get_stopped_at(void) { return stopped_at; }
/* Newlines the last scan passed before it stopped. */
__attribute__((export_name("lines_seen"))) uint32_t get_lines_seen(void) { return lines_seen; }

static inline uint8_t lower(uint8_t b) { return (b >= 'A' && b <= 'Z') ? (uint8_t)(b | 0x20) : b; }
static inline int is_digit(uint8_t b) { return b >= '0' && b <= '9'; }

/* ASCII-case-insensitive; `word` is lower case. */
static int word_at(uint32_t p, uint32_t end, const char *word) {
  for (; *word; word++, p++)
    if (p >= end || lower(input[p]) != (uint8_t)*word) return 0;
  return 1;
}

static int bytes_at(uint32_t p, uint32_t end, const char *bytes) {
  for (; *bytes; bytes++, p++)
    if (p >= end || input[p] != (uint8_t)*bytes) return 0;
  return 1;
}

static int digit_after_separators(uint32_t q, uint32_t end) {
  for (; q < end; q++) {
    uint8_t b = input[q];
    if (is_digit(b)) return 1;
    if (!(b == ' ' || b == '\t' || b == '\v' || b == '\f' || b == '\r' || b == '"' || b == '\'' || b == ':' || b == '=' || b == '-' || b >= 0x80)) return 0;
  }
  return 0;
}

#define ERROR_CHARS "\xE9\x94\x99\xE8\xAF\xAF"   /* 错误 */
#define RETURNED_CHARS "\xE8\xBF\x94\xE5\x9B\x9E" /* 返回 */
#define REPORT_CHAR "\xE6\x8A\xA5"                /* 报 */
#define WRONG_CHAR "\xE9\x94\x99"                 /* 错, as in 报错 */
#define FAILED_CHARS "\xE5\xA4\xB1\xE8\xB4\xA5"  /* 失败 */
#define TIMEOUT_CHARS "\xE8\xB6\x85\xE6\x97\xB6" /* 超时 */
#define ABNORMAL_CHARS "\xE5\xBC\x82\xE5\xB8\xB8" /* 异常 */

/* What the key or failure word at p makes of its line: STRONG, WEAK or nothing. */
static int trigger_at(uint32_t p, uint32_t end) {
  uint32_t q;
  int failure_word = 0;
  switch (lower(input[p])) {
  case 'c':
    return word_at(p, end, "code") && digit_after_separators(p + 4, end) ? STRONG : 0;
  case 'r':
    return word_at(p, end, "ret") && digit_after_separators(p + 3, end) ? STRONG : 0;
  case 'e':
    if (word_at(p, end, "exception")) return p + 9 < end && input[p + 9] == '(' ? STRONG : WEAK;
    if (!word_at(p, end, "err")) return 0;
    q = p + 3;
    if (word_at(q, end, "or")) {
      q += 2;
      failure_word = 1;
    }
    if (digit_after_separators(q, end)) return STRONG;
    if (q < end && (input[q] == '_' || input[q] == '-' || input[q] == ' ')) q++;
    if (word_at(q, end, "id") && digit_after_separators(q + 2, end)) return STRONG;
    return failure_word ? WEAK : 0;
  case 'f':
    if (!word_at(p, end, "fail")) return 0;
    q = p + 4;
    if (word_at(q, end, "ed")) q += 2;
    else if (word_at(q, end, "ure")) q += 3;
    return digit_after_separators(q, end) ? STRONG : WEAK;
  case 't':
    return word_at(p, end, "timeout") || word_at(p, end, "timed out") ? WEAK : 0;
  default:
    if (bytes_at(p, end, ERROR_CHARS)) return digit_after_separators(p + 6, end) ? STRONG : WEAK;
    if (bytes_at(p, end, RETURNED_CHARS)) return digit_after_separators(p + 6, end) ? STRONG : 0;
    if (bytes_at(p, end, REPORT_CHAR)) {
      if (digit_after_separators(p + 3, end)) return STRONG;
      return bytes_at(p + 3, end, WRONG_CHAR) ? WEAK : 0;
    }
    return bytes_at(p, end, FAILED_CHARS) || bytes_at(p, end, TIMEOUT_CHARS) || bytes_at(p, end, ABNORMAL_CHARS) ? WEAK : 0;
  }
}

/* Bytes that may not touch a standalone number: detect.ts's STANDALONE lookbehind and lookahead. */
static uint8_t not_before[256], not_after[256];

static inline uint32_t digit_mask(const uint8_t *at) {
  v128_t v = wasm_v128_load(at);
  return (uint32_t)wasm_i8x16_bitmask(wasm_u8x16_lt(wasm_i8x16_sub(v, wasm_i8x16_splat('0')), wasm_i8x16_splat(10)));
}

/* The run of digits at s, when it is a standalone known code: 3 to 6 digits, nothing glued on either side. */
static int standalone_known_at(uint32_t s, uint32_t line_start, uint32_t end) {
  uint32_t e = s, value = 0;
  while (e < end && is_digit(input[e]) && e - s < 7) value = value * 10 + (uint32_t)(input[e++] - '0');
  if (e - s < 3 || e - s > 6) return 0;
  if (s > line_start && not_before[input[s - 1]]) {
    /* A minus sign may belong to the number: then the byte before it decides. */
    if (input[s - 1] != '-' || (s - 1 > line_start && not_before[input[s - 2]])) return 0;
  }
  if (e < end) {
    uint8_t next = input[e];
    if (not_after[next]) return 0;
    if ((next == '.' || next == ',' || next == ':') && e + 1 < end && is_digit(input[e + 1])) return 0;
  }
  return (known_bits[value >> 3] >> (value & 7)) & 1;
}

static int has_standalone_known(uint32_t line_start, uint32_t end) {
  for (uint32_t i = line_start; i < end; i += 16) {
    /* Runs of at least three digits start where a digit has two more behind it and none before it. */
    uint32_t before = digit_mask(input + i - 1);
    if (i == line_start) before &= ~1u;
    uint32_t starts = ~before & digit_mask(input + i) & digit_mask(input + i + 1) & digit_mask(input + i + 2) & 0xFFFFu;
    if (end - i < 16) starts &= (1u << (end - i)) - 1;
    while (starts) {
      uint32_t s = i + (uint32_t)__builtin_ctz(starts);
      starts &= starts - 1;
      if (standalone_known_at(s, line_start, end)) return 1;
    }
  }
  return 0;
}

static inline int is_candidate(int flags, uint32_t mode, uint32_t line_start, uint32_t end) {
  if (flags & STRONG) return 1;
  if (mode == MODE_STRICT || (mode == MODE_DEFAULT && !(flags & WEAK))) return 0;
  return has_standalone_known(line_start, end);
}

/*
 * Classes of trigger: the possible bytes at each of their first three places. Bit k of
 * LO[b & 15] & HI[b >> 4] says that byte b may stand in that place of class k (the "shufti" technique); a
 * set's nibble product may admit a few more bytes, which only costs a closer look.
 */
#define CLASSES 7
static const char *const CLASS_BYTES[CLASSES][3] = {
    {"cC", "oO", "dD"},                                                             /* code */
    {"rR", "eE", "tT"},                                                             /* ret */
    {"eE", "rR", "rR"},                                                             /* err, error */
    {"fF", "aA", "iI"},                                                             /* fail */
    {"eE", "xX", "cC"},                                                             /* exception */
    {"tT", "iI", "mM"},                                                             /* timeout, timed out */
    {"\xE5\xE6\xE8\xE9", "\x94\xBF\x8A\xA4\xB6\xBC", "\x99\x94\xA5\xB1\x85\x82"}, /* 错误 返回 报 失败 超时 异常 */
};
static uint8_t lo_table[3][16], hi_table[3][16];
static int ready;

static void init(void) {
  for (int k = 0; k < CLASSES; k++) {
    for (int place = 0; place < 3; place++) {
      for (const char *set = CLASS_BYTES[k][place]; *set; set++) {
        uint8_t b = (uint8_t)*set;
        lo_table[place][b & 15] |= (uint8_t)(1 << k);
        hi_table[place][b >> 4] |= (uint8_t)(1 << k);
      }
    }
  }
  const char *word = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";
  for (const char *c = word; *c; c++) not_before[(uint8_t)*c] = not_after[(uint8_t)*c] = 1;
  for (const char *c = ".:/\\#@=$%+&~-"; *c; c++) not_before[(uint8_t)*c] = 1;
  for (const char *c = "/\\%~-"; *c; c++) not_after[(uint8_t)*c] = 1;
  ready = 1;
}

static inline v128_t classify(const uint8_t *at, v128_t lo, v128_t hi) {
  v128_t v = wasm_v128_load(at);
  return wasm_v128_and(wasm_i8x16_swizzle(lo, wasm_v128_and(v, wasm_i8x16_splat(0x0F))), wasm_i8x16_swizzle(hi, wasm_u8x16_shr(v, 4)));
}

/* Bit j: the three bytes at at[j] may begin a trigger. */
static inline uint32_t triggers_at(const uint8_t *at, v128_t lo0, v128_t hi0, v128_t lo1, v128_t hi1, v128_t lo2, v128_t hi2) {
  v128_t classes = wasm_v128_and(wasm_v128_and(classify(at, lo0, hi0), classify(at + 1, lo1, hi1)), classify(at + 2, lo2, hi2));
  return (uint32_t)wasm_i8x16_bitmask(wasm_i8x16_ne(classes, wasm_i8x16_splat(0)));
}

/*
 * Scans input[from, len), which holds whole lines (the last may lack its newline). Writes the start and the
 * line index (from `from`, 0-based) of each candidate line to out_start/out_line and returns how many. When
 * the output fills up, it stops after the line that filled it: stopped_at and lines_seen say where.
 */
__attribute__((export_name("scan"))) uint32_t scan(uint32_t from, uint32_t len, uint32_t mode) {
  if (!ready) init();
  const v128_t lo0 = wasm_v128_load(lo_table[0]), hi0 = wasm_v128_load(hi_table[0]);
  const v128_t lo1 = wasm_v128_load(lo_table[1]), hi1 = wasm_v128_load(hi_table[1]);
  const v128_t lo2 = wasm_v128_load(lo_table[2]), hi2 = wasm_v128_load(hi_table[2]);
  const v128_t newline = wasm_i8x16_splat('\n');
  uint32_t count = 0, line = 0, line_start = from;
  int flags = 0;
  /* 32 bytes a round: two vectors' masks side by side, so a round with nothing in it is one branch. */
  for (uint32_t i = from; i < len; i += 32) {
    uint32_t triggers = triggers_at(input + i, lo0, hi0, lo1, hi1, lo2, hi2) | (triggers_at(input + i + 16, lo0, hi0, lo1, hi1, lo2, hi2) << 16);
    uint32_t newlines = (uint32_t)wasm_i8x16_bitmask(wasm_i8x16_eq(wasm_v128_load(input + i), newline)) |
                        ((uint32_t)wasm_i8x16_bitmask(wasm_i8x16_eq(wasm_v128_load(input + i + 16), newline)) << 16);
    if (len - i < 32) {
      uint32_t inside = (1u << (len - i)) - 1;
      triggers &= inside;
      newlines &= inside;
    }
    if (triggers == 0 && flags == 0 && mode != MODE_LOOSE) {
      /* Most rounds: no trigger, and no line with one left open. */
      if (newlines) {
        line += (uint32_t)__builtin_popcount(newlines);
        line_start = i + 32 - (uint32_t)__builtin_clz(newlines);
      }
      continue;
    }
    for (uint32_t events = triggers | newlines; events; events &= events - 1) {
      uint32_t bit = (uint32_t)__builtin_ctz(events);
      uint32_t p = i + bit;
      if (newlines & (1u << bit)) {
        if (is_candidate(flags, mode, line_start, p)) {
          out_start[count] = line_start;
          out_line[count] = line;
          if (++count == OUT_CAP) {
            stopped_at = p + 1;
            lines_seen = line + 1;
            return count;
          }
        }
        line++;
        line_start = p + 1;
        flags = 0;
      } else if (!(flags & STRONG)) {
        flags |= trigger_at(p, len);
      }
    }
  }
  if (line_start < len && is_candidate(flags, mode, line_start, len)) {
    out_start[count] = line_start;
    out_line[count] = line;
    count++;
  }
  stopped_at = len;
  lines_seen = line;
  return count;
}
