/*
 * The scan prefilter, compiled to WebAssembly (scripts/build-wasm.mjs): finds the lines that could hold an
 * error code, so that the detector (detect.ts) runs on a few lines instead of all of them.
 *
 * Its words and byte classes come from the scan grammar (src/core/scan/grammar.ts) through the generated
 * grammar.generated.h; this file holds only the logic. A line is a candidate when one of these holds. Each is a
 * superset of a path through the detector, and property tests check that every line the detector finds
 * something in is a candidate.
 *  - strong: a key followed by separators and a digit (also a full-width or Arabic-script one), or Flutter's
 *    "PlatformException(". Separators are whitespace, quotes (a backslash before one too), ':', '=', '-' and any
 *    non-ASCII byte.
 *  - weak (default and loose modes): a failure word and a known code standing alone, as detect.ts reads it.
 *    Loose mode needs only the standalone known code.
 *  - definition (default and loose modes): the line opens with a known code, then ':', '|' or '-'.
 *  - Chinese (all modes): a known code standing alone in a line with any non-ASCII byte, as detect.ts reads a
 *    code after a weak Chinese key (报, 提示: not among the prefilter's words) or beside Chinese words.
 *  - key after (all modes): a run of three digits or more, at most two separators, then a Chinese key that
 *    follows its code (6017错误码, 6707，表示), as key-context.ts's keyAfter() reads it, known code or not. Only lines
 *    where such a key is among the words found get this look.
 *
 * Lines end at LF, CRLF or a lone CR (old Mac logs).
 *
 * The detector blanks terminal colour sequences (ESC [ digits/; m) to spaces before it reads a line (char-classes.ts's
 * COLOUR_SEQUENCE); this file reads bytes as they are, so each look that crosses a separator or a line's head reads
 * past such a sequence as past the detector's blanks (colour_end(), colour_start()), and the byte classes admit ESC
 * where a blank may stand. It skips a sequence even where a digit or sign follows it, which the detector keeps: that
 * only passes a line more.
 *
 * A SIMD pass looks at 32 bytes a round for line ends and for the first three bytes of a word or of a
 * definition line's number; only those positions get a closer, scalar look.
 */
#include <stdint.h>
#include <wasm_simd128.h>

#include "grammar.generated.h"

#define INPUT_CAP (4u << 20)
#define OUT_CAP 4096u
#define KNOWN_MAX 999999u

enum { MODE_STRICT = 0, MODE_DEFAULT = 1, MODE_LOOSE = 2 };
enum { STRONG = 1, WEAK = 2, DEFINITION = 4, NON_ASCII = 8, AFTER_KEY = 16 };

/* 32 bytes of zeros before the input let vectors read the two blocks before a line at offset 0. */
static uint8_t input_space[32 + INPUT_CAP + 64];
#define input (input_space + 32)
/* Bit n: n or -n is a known code, for n up to 6 digits. */
static uint8_t known_bits[KNOWN_MAX / 8 + 1];
static uint32_t out_start[OUT_CAP];
static uint32_t out_line[OUT_CAP];
/* Where each candidate line ends: its LF or lone CR, or the scan's `len` when it runs to the region's end. */
static uint32_t out_end[OUT_CAP];
static uint32_t stopped_at;
static uint32_t lines_seen;

__attribute__((export_name("input_ptr"))) uint8_t *input_ptr(void) { return input; }
__attribute__((export_name("input_cap"))) uint32_t input_cap(void) { return INPUT_CAP; }
__attribute__((export_name("known_ptr"))) uint8_t *known_ptr(void) { return known_bits; }
__attribute__((export_name("known_max"))) uint32_t known_max(void) { return KNOWN_MAX; }
__attribute__((export_name("out_start_ptr"))) uint32_t *out_start_ptr(void) { return out_start; }
__attribute__((export_name("out_line_ptr"))) uint32_t *out_line_ptr(void) { return out_line; }
__attribute__((export_name("out_end_ptr"))) uint32_t *out_end_ptr(void) { return out_end; }
__attribute__((export_name("out_cap"))) uint32_t out_cap(void) { return OUT_CAP; }
/* Where the last scan stopped (its `len`, or the start of a line when the output filled up). */
__attribute__((export_name("stopped_at"))) uint32_t get_stopped_at(void) { return stopped_at; }
/* Newlines the last scan passed before it stopped. */
__attribute__((export_name("lines_seen"))) uint32_t get_lines_seen(void) { return lines_seen; }

static inline uint8_t lower(uint8_t b) { return (b >= 'A' && b <= 'Z') ? (uint8_t)(b | 0x20) : b; }
static inline int is_digit(uint8_t b) { return b >= '0' && b <= '9'; }

/* The byte that opens a terminal colour sequence. */
#define ESC 0x1bu
/* At most this many digits and `;` inside a colour sequence, as char-classes.ts's COLOUR_SEQUENCE reads one. */
#define COLOUR_PARAMETERS_MAX 32u
/* What may stand between a key and its code, as detect.ts counts blanks too (MAX_SEPARATOR_RUN). */
#define SEPARATOR_RUN_MAX 16u

static inline int is_colour_parameter(uint8_t b) { return is_digit(b) || b == ';'; }

/* Where the colour sequence that opens at q ends (before `end`), or q when none opens there. Bounded. */
static uint32_t colour_end(uint32_t q, uint32_t end) {
  if (q + 2 >= end || input[q] != ESC || input[q + 1] != '[') return q;
  uint32_t r = q + 2;
  while (r < end && r - (q + 2) < COLOUR_PARAMETERS_MAX && is_colour_parameter(input[r])) r++;
  return r < end && input[r] == 'm' ? r + 1 : q;
}

/* Where the colour sequence whose `m` is at q - 1 opens (from line_start on), or q when none ends there. Bounded. */
static uint32_t colour_start(uint32_t q, uint32_t line_start) {
  if (q < line_start + 3 || input[q - 1] != 'm') return q;
  uint32_t r = q - 1;
  while (r > line_start && q - 1 - r < COLOUR_PARAMETERS_MAX && is_colour_parameter(input[r - 1])) r--;
  return r >= line_start + 2 && input[r - 1] == '[' && input[r - 2] == ESC ? r - 2 : q;
}

/* What may stand between a key and its code; '!' for a comparison in source (code !== 2800). */
static inline int is_key_separator(uint8_t b) {
  return b == ' ' || b == '\t' || b == '\v' || b == '\f' || b == '\r' || b == '"' || b == '\'' || b == ':' || b == '=' || b == '-' || b == '!' || b >= 0x80;
}

/*
 * How far after a key its code may start: SEPARATOR_RUN_MAX separators of up to three bytes each (a UTF-16 unit, as
 * the detector counts them, is at most three UTF-8 bytes; a colour sequence counts a unit a byte), a sign of up to
 * three, rounded up. Unbounded, every non-ASCII byte was a separator, so each key of a line of Chinese looked to the
 * region's end: a 1 MiB line of 错误码 took 345 s (quadratic), one of 60,000 bytes 3.2 s.
 */
#define KEY_TO_CODE_BYTES_MAX 64u

static int digit_after_separators(uint32_t q, uint32_t end) {
  if (end - q > KEY_TO_CODE_BYTES_MAX + 1) end = q + KEY_TO_CODE_BYTES_MAX + 1;
  for (; q < end; q++) {
    uint8_t b = input[q];
    if (is_digit(b)) return 1;
    /* A full-width digit (U+FF10 to U+FF19) is EF BC 90 to EF BC 99. */
    if (b == 0xEF && q + 2 < end && input[q + 1] == 0xBC && input[q + 2] >= 0x90 && input[q + 2] <= 0x99) return 1;
    /* An Arabic-Indic digit (U+0660 to U+0669) is D9 A0 to D9 A9, an extended one (U+06F0 to U+06F9) DB B0 to DB B9. */
    if (b == 0xD9 && q + 1 < end && input[q + 1] >= 0xA0 && input[q + 1] <= 0xA9) return 1;
    if (b == 0xDB && q + 1 < end && input[q + 1] >= 0xB0 && input[q + 1] <= 0xB9) return 1;
    /* A quoted key and its value as a call's arguments: "code", 6208. */
    if (b == ARGUMENT_MARK && (input[q - 1] == '"' || input[q - 1] == '\'')) continue;
    /* JSON escaped inside a string ({\"ErrorCode\":70001}): a backslash before a quote, as keyBefore() skips it. */
    if (b == '\\' && q + 1 < end && (input[q + 1] == '"' || input[q + 1] == '\'')) continue;
    if (!is_key_separator(b)) {
      /*
       * A colour sequence between (code \x1b[31m 6014): the detector reads it as blanks. Marked unlikely: laid out
       * on the common path, it made scan() 3 to 4 % slower over a log of keyed lines.
       */
      if (__builtin_expect(b != ESC, 1)) return 0;
      uint32_t r = colour_end(q, end);
      if (r == q) return 0;
      q = r - 1;
    }
  }
  return 0;
}

/* The grammar word w at p, ASCII-case-insensitive; its end goes to *after. */
static int word_at(uint32_t p, uint32_t end, const char *w, uint32_t *after) {
  for (; *w; w++) {
    if ((uint8_t)*w == WORD_JOINER) {
      if (p < end && (input[p] == '_' || input[p] == '-')) p++;
      continue;
    }
    if (p >= end || lower(input[p]) != (uint8_t)*w) return 0;
    p++;
  }
  *after = p;
  return 1;
}

/* What the words starting at p make of the line: STRONG, WEAK, AFTER_KEY or nothing. */
static int words_at(uint32_t p, uint32_t end) {
  int flags = 0;
  uint32_t after;
  uint8_t first = lower(input[p]);
  for (int k = WORDS_FROM[first]; k < WORDS_FROM[first + 1]; k++) {
    if (!word_at(p, end, WORDS[k].bytes, &after)) continue;
    if (WORDS[k].kinds & WORD_OPEN) return STRONG;
    if (WORDS[k].kinds & WORD_AFTER) flags |= AFTER_KEY;
    if ((WORDS[k].kinds & WORD_KEY) && digit_after_separators(after, end)) return STRONG;
    if (WORDS[k].kinds & WORD_FAILURE) flags |= WEAK;
  }
  return flags;
}

/* Bytes that may not touch a standalone number: number-neighbours.ts's standsAlone(). */
static uint8_t not_before[256], not_after[256], definition_leader[256];

static inline uint32_t digit_mask(v128_t v) {
  return (uint32_t)wasm_i8x16_bitmask(wasm_u8x16_lt(wasm_i8x16_sub(v, wasm_i8x16_splat('0')), wasm_i8x16_splat(10)));
}

/* Whitespace as the detector reads it in ASCII (its isSpace()). */
static inline int is_ascii_space(uint8_t b) { return b == ' ' || (b >= '\t' && b <= '\r'); }

/*
 * Whether a weak Chinese key may stand before the number at s: before it and its minus sign, a non-ASCII byte after
 * at most 16 bytes of separators (whitespace, quotes, ':', '=', '!', ',' after a quote, colour sequences), as key-context.ts's
 * keyBefore() walks them (报:6014, 提示 = -6014, 状态码-20009/, 报\x1b[31m 6014). detect.ts reads such a number as keyed,
 * with no check of the bytes glued to it, so the prefilter must not either.
 */
static int after_chinese(uint32_t s, uint32_t line_start) {
  uint32_t n = s > line_start && input[s - 1] == '-' ? s - 1 : s;
  /* q - 1 is the byte looked at: the key's last byte may stand right before 16 separators. */
  for (uint32_t q = n; q > line_start && q + SEPARATOR_RUN_MAX >= n;) {
    uint8_t c = input[q - 1];
    if (c >= 0x80) return 1;
    if (is_ascii_space(c) || c == '"' || c == '\'' || c == ':' || c == '=' || c == '!') {
      q--;
    } else if (c == ARGUMENT_MARK && q >= line_start + 2 && (input[q - 2] == '"' || input[q - 2] == '\'')) {
      q--;
    } else if (c == '\\' && (input[q] == '"' || input[q] == '\'')) {
      /* A backslash before a quote (报\"6014), which keyBefore() skips as part of the quote. */
      q--;
    } else {
      uint32_t r = colour_start(q, line_start);
      if (r == q) return 0;
      q = r;
    }
  }
  return 0;
}

/*
 * Whether a non-ASCII byte stands right beside the number s..e (through at most one ASCII space), or beside its
 * minus sign: number-neighbours.ts's besideChinese(), for which a Chinese character or full-width mark must stand there (a
 * non-ASCII space there is passed on too; the detector decides).
 */
static int non_ascii_before(uint32_t p, uint32_t line_start) {
  if (p <= line_start) return 0;
  uint8_t c = input[p - 1];
  if (c >= 0x80) return 1;
  return is_ascii_space(c) && p - 1 > line_start && input[p - 2] >= 0x80;
}

static int beside_non_ascii(uint32_t s, uint32_t e, uint32_t line_start, uint32_t end) {
  if (non_ascii_before(s, line_start)) return 1;
  if (s > line_start && input[s - 1] == '-' && non_ascii_before(s - 1, line_start)) return 1;
  if (e < end) {
    uint8_t c = input[e];
    if (c >= 0x80) return 1;
    if (is_ascii_space(c) && e + 1 < end && input[e + 1] >= 0x80) return 1;
  }
  return 0;
}

static inline int is_hex_digit(uint8_t b) { return is_digit(b) || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F'); }

/*
 * An IPv6 address goes on at k, after a group and its colon: a second colon (2400:3200::1) or up to four hex digits
 * and a colon (2001:DB8:7:bba4::53), as number-neighbours.ts's endsCleanly() reads it. Bounded.
 */
static int ipv6_group_at(uint32_t k, uint32_t end) {
  if (k < end && input[k] == ':') return 1;
  uint32_t j = k;
  while (j < end && j - k < 4 && is_hex_digit(input[j])) j++;
  return j > k && j < end && input[j] == ':';
}

/*
 * How closely a line is looked at. FULL: any standalone known code (loose mode, or a line about failure).
 * CHINESE: a line whose only reason is its non-ASCII bytes; in default mode a code counts there after a weak
 * Chinese key or, with 4 digits or more, beside a Chinese character, as detect.ts reads it. CHINESE_KEYED:
 * the same in strict mode, where only the key counts.
 */
enum { FULL = 0, CHINESE = 1, CHINESE_KEYED = 2 };

/*
 * The run of digits at s, when it is a known code that the detector could report as `how` says. Inlined into
 * has_standalone_known(), which stays out of line: one call a line, not one a digit run (clang chose the other way
 * round once after_chinese() grew).
 */
static inline __attribute__((always_inline)) int standalone_known_at(uint32_t s, uint32_t line_start, uint32_t end, int how) {
  uint32_t e = s, value = 0;
  while (e < end && is_digit(input[e]) && e - s < 7) value = value * 10 + (uint32_t)(input[e++] - '0');
  if (e - s < 3 || e - s > 6) return 0;
  if (!((known_bits[value >> 3] >> (value & 7)) & 1)) return 0;
  int keyed = after_chinese(s, line_start);
  if (keyed) return 1;
  if (how == CHINESE_KEYED || (how == CHINESE && e - s < 4)) return 0;
  if (s > line_start && not_before[input[s - 1]]) {
    /* A minus sign may belong to the number: then the byte before it decides. */
    if (input[s - 1] != '-' || (s - 1 > line_start && not_before[input[s - 2]])) return 0;
  }
  if (e < end) {
    uint8_t next = input[e];
    if (not_after[next]) return 0;
    if ((next == '.' || next == ',' || next == ':') && e + 1 < end && is_digit(input[e + 1])) return 0;
    if (next == ':' && ipv6_group_at(e + 1, end)) return 0;
  }
  return how == FULL || beside_non_ascii(s, e, line_start, end);
}

/*
 * Where a code may count in a line looked at for its Chinese (CHINESE, CHINESE_KEYED), a non-ASCII byte stands
 * near it: in the 18 bytes before its first digit (after_chinese(): a minus sign, 16 separators, the key's last
 * byte; beside_non_ascii() before it or its minus sign), or 3 to 7 bytes after it (beside_non_ascii() after a code
 * of 3 to 6 digits). Bits 0 to 17 and 21 to 25 of a 64-bit window of non-ASCII bytes whose bit 32 is the block's
 * first byte, shifted right by NEAR_SHIFT + j.
 */
#define NEAR_CHINESE 0x3E3FFFFull
#define NEAR_SHIFT 14u

/*
 * Whether a run of digits from `from` on in the line is a known code that the detector could report as `how` says.
 * In a line looked at for its Chinese, `from` is 7 bytes before its first non-ASCII byte (NEAR_CHINESE); else the
 * line start.
 */
__attribute__((noinline)) static int has_standalone_known(uint32_t line_start, uint32_t from, uint32_t end, int how) {
  /*
   * One vector load per 16 bytes: a block's digit mask, with the next block's beside it for the two digits a
   * run start needs after it and the previous block's last digit for the one before it. Runs of at least three
   * digits start where a digit has two more behind it and none before it (none at the line start). In a line
   * looked at for its Chinese, the non-ASCII bytes of the block before, this one and the next pass over the
   * runs with none near them (thread ids, user ids) without a closer look; the two blocks before are in the window
   * too, as the key of after_chinese() may stand 18 bytes before.
   */
  v128_t bytes = wasm_v128_load(input + from);
  uint32_t here = digit_mask(bytes), carry = from > line_start && is_digit(input[from - 1]);
  uint64_t high = ((uint64_t)(uint32_t)wasm_i8x16_bitmask(bytes) << 32) | ((uint64_t)(uint32_t)wasm_i8x16_bitmask(wasm_v128_load(input + from - 16)) << 16) |
                  (uint32_t)wasm_i8x16_bitmask(wasm_v128_load(input + from - 32));
  for (uint32_t i = from; i < end; i += 16) {
    bytes = wasm_v128_load(input + i + 16);
    uint32_t next = digit_mask(bytes);
    high |= (uint64_t)(uint32_t)wasm_i8x16_bitmask(bytes) << 48;
    uint32_t window = here | (next << 16);
    uint32_t starts = window & (window >> 1) & (window >> 2) & ~((window << 1) | carry) & 0xFFFFu;
    if (end - i < 16) starts &= (1u << (end - i)) - 1;
    while (starts) {
      uint32_t bit = (uint32_t)__builtin_ctz(starts);
      starts &= starts - 1;
      if (how != FULL && !((high >> (bit + NEAR_SHIFT)) & NEAR_CHINESE)) continue;
      if (standalone_known_at(i + bit, line_start, end, how)) return 1;
    }
    carry = (here >> 15) & 1u;
    here = next;
    high >>= 16;
  }
  return 0;
}

/*
 * The number whose last digit is at p opens its line (after list or table markers and colour sequences, which the
 * detector reads as blanks: \x1b[1m| 6014 |) and is a known code: definition-lines.ts's isDefinitionLine(), less the checks
 * after the number.
 */
static int definition_at(uint32_t p, uint32_t line_start) {
  uint32_t s = line_start;
  while (s <= p && s - line_start < 32) {
    uint32_t r;
    if (definition_leader[input[s]] || input[s] >= 0x80) s++;
    else if ((r = colour_end(s, p + 1)) > s) s = r;
    else break;
  }
  if (s > line_start && input[s - 1] == '-') s--; /* the sign of a negative code */
  if (s <= p && input[s] == '-') s++;
  if (p + 1 - s < 3 || p + 1 - s > 6) return 0;
  uint32_t value = 0;
  for (uint32_t q = s; q <= p; q++) {
    if (!is_digit(input[q])) return 0;
    value = value * 10 + (uint32_t)(input[q] - '0');
  }
  return (known_bits[value >> 3] >> (value & 7)) & 1;
}

/* The separator of KEY_AFTER_SEPARATORS that starts at q (and ends by `end`): its length, or 0. */
static uint32_t separator_at(uint32_t q, uint32_t end) {
  for (int k = 0; k < KEY_AFTER_SEPARATOR_COUNT; k++) {
    const char *sep = KEY_AFTER_SEPARATORS[k];
    uint32_t n = 0;
    while (sep[n] && q + n < end && input[q + n] == (uint8_t)sep[n]) n++;
    if (!sep[n]) return n;
  }
  return 0;
}

/* At most two separators from e, then a key that follows its code (6017错误码, 6707，表示). */
static int key_after_at(uint32_t e, uint32_t end) {
  for (int seps = 0; seps < 2; seps++) {
    uint32_t n = separator_at(e, end);
    if (n == 0) break;
    e += n;
  }
  for (int k = 0; k < KEY_AFTER_COUNT; k++) {
    const char *key = KEYS_AFTER[k];
    uint32_t i = 0;
    while (key[i] && e + i < end && input[e + i] == (uint8_t)key[i]) i++;
    if (!key[i]) return 1;
  }
  return 0;
}

/*
 * A run of at least three digits followed by a key that follows its code: key-context.ts's keyAfter(), less its checks
 * of the number. Like has_standalone_known(), one vector load per 16 bytes finds where digit runs end; only those
 * get a closer, scalar look.
 */
static int has_key_after(uint32_t line_start, uint32_t end) {
  uint32_t here = digit_mask(wasm_v128_load(input + line_start));
  for (uint32_t i = line_start; i < end; i += 16) {
    uint32_t next = digit_mask(wasm_v128_load(input + i + 16));
    uint32_t window = here | (next << 16);
    /* A run ends where a digit has no digit after it. */
    uint32_t ends = window & ~(window >> 1) & 0xFFFFu;
    if (end - i < 16) ends &= (1u << (end - i)) - 1;
    while (ends) {
      uint32_t s = i + (uint32_t)__builtin_ctz(ends);
      ends &= ends - 1;
      if (s >= line_start + 2 && is_digit(input[s - 1]) && is_digit(input[s - 2]) && key_after_at(s + 1, end)) return 1;
    }
    here = next;
  }
  return 0;
}

/* chinese_at: the line's first non-ASCII byte, when flags has NON_ASCII. */
static inline int is_candidate(int flags, uint32_t mode, uint32_t line_start, uint32_t chinese_at, uint32_t end) {
  if (flags & STRONG) return 1;
  if ((flags & DEFINITION) && mode != MODE_STRICT) return 1;
  /*
   * A standalone known code counts in loose mode anywhere; in a line with non-ASCII bytes in every mode (a weak
   * Chinese key such as 报 or 提示 before it, or Chinese words beside it); and in default mode in a line about failure.
   */
  if (mode == MODE_LOOSE || (mode == MODE_DEFAULT && (flags & WEAK))) {
    if (has_standalone_known(line_start, line_start, end, FULL)) return 1;
  } else if (flags & NON_ASCII) {
    /* A code counts here only with a non-ASCII byte at most 7 bytes after it (NEAR_CHINESE): none starts earlier. */
    uint32_t from = chinese_at > line_start + 7 ? chinese_at - 7 : line_start;
    if (has_standalone_known(line_start, from, end, mode == MODE_STRICT ? CHINESE_KEYED : CHINESE)) return 1;
  }
  return (flags & AFTER_KEY) && has_key_after(line_start, end);
}

/*
 * Bit k of LO[b & 15] & HI[b >> 4] says that byte b may stand in that place of class k (the "shufti"
 * technique; CLASS_BYTES comes from the grammar); a set's nibble product may admit a few more bytes, which only
 * costs a closer look. The fourth place is worked out here from the words (fourth_place_of()): a word class's
 * first three bytes fire on `TIMManager`, `retry` and `return`, its fourth does not. Definition classes admit any
 * fourth byte: their bits in the fourth place's tables are set before use (classes_of()) and hold something else,
 * the bytes that may open a definition line (head_lanes()).
 */
static uint8_t lo_table[4][16], hi_table[4][16];
static int ready;

static inline void admit(int place, uint8_t b, uint8_t classes) {
  lo_table[place][b & 15] |= classes;
  hi_table[place][b >> 4] |= classes;
}

/*
 * Admits in the fourth place of `classes` each byte that may follow the word `w` from its byte `at` on, when words_at()
 * can make anything of it: the word's own next byte (either case; an optional joiner, or what comes after it), or,
 * after its last byte, a separator or digit for a key (digit_after_separators()) and any byte for other words.
 */
static void fourth_place_of(const struct grammar_word *w, int at, uint8_t classes) {
  uint8_t b = (uint8_t)w->bytes[at];
  if (b == WORD_JOINER) {
    admit(3, '_', classes);
    admit(3, '-', classes);
    fourth_place_of(w, at + 1, classes);
  } else if (b != 0) {
    admit(3, b, classes);
    if (b >= 'a' && b <= 'z') admit(3, (uint8_t)(b - 0x20), classes);
  } else {
    for (int c = 0; c < 256; c++) {
      /* ESC: a colour sequence between a key and its code (err\x1b[0m 6014), which digit_after_separators() reads past. */
      if (w->kinds != WORD_KEY || is_digit((uint8_t)c) || is_key_separator((uint8_t)c) || c == ESC) admit(3, (uint8_t)c, classes);
    }
  }
}

/* Out of line: run once, it would only make scan() slower to compile. */
__attribute__((noinline)) static void init(void) {
  for (int k = 0; k < CLASSES; k++) {
    for (int place = 0; place < 3; place++) {
      for (const char *set = CLASS_BYTES[k][place]; *set; set++) admit(place, (uint8_t)*set, (uint8_t)(1 << k));
    }
  }
  /* The word classes whose first three places admit a word's first three bytes are those that fire on it. */
  for (int k = 0; k < WORD_COUNT; k++) {
    uint8_t classes = (uint8_t)~DEFINITION_CLASSES;
    for (int place = 0; place < 3; place++) {
      uint8_t b = (uint8_t)WORDS[k].bytes[place];
      classes &= lo_table[place][b & 15] & hi_table[place][b >> 4];
    }
    fourth_place_of(&WORDS[k], 3, classes);
  }
  /*
   * The definition bits of the fourth place: the bytes that may stand before a definition line's code besides its
   * digits (place 0's definition bits). The top bit takes the bytes from 0x80 and the leaders from 0x20 to 0x2F
   * (space, #, *, -), the other one the other leaders and a colour sequence's own bytes. As nibble products they
   * admit more bytes: all of 0x20 to 0x2F, and a few more such as `=`, `{` and some letters. That only costs a closer look (definition_at()) where
   * one of them follows a line's leaders and digits; the `:` of a timestamp still ends its head.
   */
  _Static_assert(DEFINITION_CLASSES == 0xC0u, "the fourth place's definition bits are 0x80 and 0x40");
  for (int c = 0x80; c < 256; c++) admit(3, (uint8_t)c, 0x80);
  for (const char *c = DEFINITION_LEADERS; *c; c++) admit(3, (uint8_t)*c, ((uint8_t)*c >> 4) == 2 ? 0x80 : 0x40);
  /* A colour sequence's bytes (its `[` is a leader, its digits are place 0's): the detector reads it as blanks. */
  admit(3, ESC, 0x40);
  admit(3, ';', 0x40);
  admit(3, 'm', 0x40);
  const char *word = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";
  for (const char *c = word; *c; c++) not_before[(uint8_t)*c] = not_after[(uint8_t)*c] = 1;
  for (const char *c = GLUED_BEFORE; *c; c++) not_before[(uint8_t)*c] = 1;
  for (const char *c = GLUED_AFTER; *c; c++) not_after[(uint8_t)*c] = 1;
  for (const char *c = DEFINITION_LEADERS; *c; c++) definition_leader[(uint8_t)*c] = 1;
  ready = 1;
}

/*
 * The low and high nibbles of each byte of v. The high ones come from a 16-bit shift and a mask: V8 builds the mask
 * of an 8-bit shift anew at each use, and this form keeps it in a register.
 */
static inline v128_t low_nibbles(v128_t v) { return wasm_v128_and(v, wasm_i8x16_splat(0x0F)); }
static inline v128_t high_nibbles(v128_t v) { return wasm_v128_and(wasm_u16x8_shr(v, 4), wasm_i8x16_splat(0x0F)); }

/*
 * A 16-byte block, looked up once: lane j of place[k] holds the classes that byte j may stand in place k of.
 * A class's four places are then put side by side by moving place k's lanes down by k (SHIFTED), with the
 * next block's first lanes coming in behind: each block's bytes are loaded and split into nibbles once, not
 * once for each place, and its lookups are shared by the two rounds' halves that read it.
 */
struct block {
  v128_t place[4];
};

static inline struct block look_up(const uint8_t *at, const v128_t *lo, const v128_t *hi) {
  const v128_t v = wasm_v128_load(at), low = low_nibbles(v), high = high_nibbles(v);
  struct block b;
  for (int k = 0; k < 4; k++) b.place[k] = wasm_v128_and(wasm_i8x16_swizzle(lo[k], low), wasm_i8x16_swizzle(hi[k], high));
  return b;
}

/* Lanes k to 15 of here, then lanes 0 to k - 1 of next: one byte-align instruction in V8 (palignr). */
#define SHIFTED(here, next, k)                                                                                          \
  wasm_i8x16_shuffle(here, next, k, k + 1, k + 2, k + 3, k + 4, k + 5, k + 6, k + 7, k + 8, k + 9, k + 10, k + 11, \
                     k + 12, k + 13, k + 14, k + 15)

/*
 * The trigger classes that the four bytes from lane j of `here` (going on into `next`) may begin, in lane j.
 * Definition classes admit any fourth byte: their bits there are set here.
 */
static inline v128_t classes_of(const struct block *here, const struct block *next) {
  const v128_t any_fourth = wasm_i8x16_splat((int8_t)DEFINITION_CLASSES);
  const v128_t fourth = SHIFTED(wasm_v128_or(here->place[3], any_fourth), wasm_v128_or(next->place[3], any_fourth), 3);
  return wasm_v128_and(wasm_v128_and(here->place[0], SHIFTED(here->place[1], next->place[1], 1)),
                       wasm_v128_and(SHIFTED(here->place[2], next->place[2], 2), fourth));
}

/* Bit j: lane j is not zero. A saturating add sets the sign bit of each such lane (cheaper in V8 than a compare). */
static inline uint32_t nonzero_lanes(v128_t lanes) { return (uint32_t)wasm_i8x16_bitmask(wasm_u8x16_add_sat(lanes, wasm_i8x16_splat(0x7F))); }

/*
 * Bit j: lane j has a definition class. They are the top two bits (checked below), so adding 0x40 with
 * saturation sets the sign bit of exactly those lanes: two instructions, where a mask would take three.
 */
_Static_assert(DEFINITION_CLASSES == 0xC0u, "definition_lanes() needs the definition classes in the top two bits");
static inline uint32_t definition_lanes(v128_t lanes) { return (uint32_t)wasm_i8x16_bitmask(wasm_u8x16_add_sat(lanes, wasm_i8x16_splat(0x40))); }

/*
 * Bit j: byte j of the block may stand in a definition line's head, before or in its code: a digit (place 0's
 * definition bits, which admit every digit, as a code may end in any), a leader or a byte from 0x80 (the fourth
 * place's, see init()), or a few more bytes. Two lookups fewer a block than a table of its own.
 */
static inline uint32_t head_lanes(const struct block *b) {
  return nonzero_lanes(wasm_v128_and(wasm_v128_or(b->place[0], b->place[3]), wasm_i8x16_splat((int8_t)DEFINITION_CLASSES)));
}

/*
 * Scans input[from, len), which holds whole lines (the last may lack its line end). Writes the start, the line
 * index (from `from`, 0-based) and the end of each candidate line to out_start/out_line/out_end and returns how
 * many. When
 * the output fills up, it stops after the line that filled it: stopped_at and lines_seen say where. A carriage
 * return as the region's last byte ends a line (the caller never cuts a region between CR and LF).
 */
__attribute__((export_name("scan"))) uint32_t scan(uint32_t from, uint32_t len, uint32_t mode) {
  if (!ready) init();
  v128_t lo[4], hi[4];
  for (int place = 0; place < 4; place++) {
    lo[place] = wasm_v128_load(lo_table[place]);
    hi[place] = wasm_v128_load(hi_table[place]);
  }
  uint32_t count = 0, line = 0, line_start = from, chinese_at = from;
  int flags = 0;
  /*
   * Whether the line open at the start of a round is still in its head: no byte since its start but leaders,
   * bytes from 0x80, digits and colour sequences (and the few more that head_lanes() admits). Only there can a
   * definition line's code end (definition_at), so definition
   * triggers elsewhere (the `35.064 [` of every timestamp) are dropped without a closer look.
   */
  uint32_t head_open = 1;
  /* The block that starts the next round, looked up by the round before. */
  struct block ahead = look_up(input + from, lo, hi);
  /* 32 bytes a round: two vectors' masks side by side, so a round with nothing in it is one branch. */
  for (uint32_t i = from; i < len; i += 32) {
    const struct block first = ahead, second = look_up(input + i + 16, lo, hi);
    ahead = look_up(input + i + 32, lo, hi);
    const v128_t classes_a = classes_of(&first, &second), classes_b = classes_of(&second, &ahead);
    /*
     * Lanes with any class, and those with a definition class. A definition class begins with a digit, where a
     * word class never does; and where a digit fires, the closer look below only ever asks definition_at().
     */
    uint32_t triggers = nonzero_lanes(classes_a) | (nonzero_lanes(classes_b) << 16);
    uint32_t definitions = definition_lanes(classes_a) | (definition_lanes(classes_b) << 16);
    const v128_t a = wasm_v128_load(input + i), b = wasm_v128_load(input + i + 16);
    const v128_t a_cr = wasm_i8x16_eq(a, wasm_i8x16_splat('\r')), b_cr = wasm_i8x16_eq(b, wasm_i8x16_splat('\r'));
    uint32_t newlines = (uint32_t)wasm_i8x16_bitmask(wasm_i8x16_eq(a, wasm_i8x16_splat('\n'))) |
                        ((uint32_t)wasm_i8x16_bitmask(wasm_i8x16_eq(b, wasm_i8x16_splat('\n'))) << 16);
    /* One mask for the rare bytes: the sign bit is set for a non-ASCII byte and for a carriage return. */
    uint32_t high = (uint32_t)wasm_i8x16_bitmask(wasm_v128_or(a, a_cr)) | ((uint32_t)wasm_i8x16_bitmask(wasm_v128_or(b, b_cr)) << 16);
    if (high) {
      uint32_t returns = (uint32_t)wasm_i8x16_bitmask(a_cr) | ((uint32_t)wasm_i8x16_bitmask(b_cr) << 16);
      if (returns) {
        /* A carriage return ends a line unless a newline follows it (CRLF). */
        uint32_t followed = (uint32_t)wasm_i8x16_bitmask(wasm_i8x16_eq(wasm_v128_load(input + i + 1), wasm_i8x16_splat('\n'))) |
                            ((uint32_t)wasm_i8x16_bitmask(wasm_i8x16_eq(wasm_v128_load(input + i + 17), wasm_i8x16_splat('\n'))) << 16);
        newlines |= returns & ~followed;
        high &= ~returns;
      }
      /* Non-ASCII bytes; loose mode looks at every line anyway. */
      if (mode == MODE_LOOSE) high = 0;
    }
    if (len - i <= 32) {
      uint32_t inside = len - i == 32 ? 0xFFFFFFFFu : (1u << (len - i)) - 1;
      triggers &= inside;
      newlines &= inside;
      high &= inside;
      /* The byte after the region is not ours to read: a carriage return at its end ends the last line. */
      if (input[len - 1] == '\r') newlines |= 1u << (len - 1 - i);
    }
    /*
     * Definition triggers (none in strict mode) only count in their line's head: the others are dropped. The
     * head bytes that follow a line start without a break: adding a line start's bit to its run of head bytes
     * carries through the run, so the run's bits are those that the sum clears; the carry out of the last bit
     * says that the run goes on into the next round.
     */
    if (mode != MODE_STRICT) {
      /* Line ends are never head bytes, whatever the nibble products admit: a run has one start. */
      uint32_t head = (head_lanes(&first) | (head_lanes(&second) << 16)) & ~newlines;
      uint64_t sum = (uint64_t)head + (((newlines << 1) | head_open) & head);
      definitions &= ~(head & ~(uint32_t)sum);
      head_open = (uint32_t)(sum >> 32) | (newlines >> 31);
    }
    triggers &= ~definitions;
    if ((triggers | high) == 0 && flags == 0 && mode != MODE_LOOSE) {
      /* Most rounds: no trigger, and no line with one left open. */
      if (newlines) {
        line += (uint32_t)__builtin_popcount(newlines);
        line_start = i + 32 - (uint32_t)__builtin_clz(newlines);
      }
      continue;
    }
    for (uint32_t events = triggers | newlines | high; events; events &= events - 1) {
      uint32_t bit = (uint32_t)__builtin_ctz(events);
      uint32_t p = i + bit;
      if (high & (1u << bit)) {
        /* One non-ASCII byte is enough: drop this line's others from this round (triggers stay). */
        if (!(flags & NON_ASCII)) chinese_at = p;
        flags |= NON_ASCII;
        uint32_t above = ~((2u << bit) - 1);
        uint32_t next_end = newlines & above;
        uint32_t rest_of_line = next_end ? ((next_end & (0u - next_end)) - 1) & above : above;
        events &= ~(high & rest_of_line & ~triggers);
        if (!(triggers & (1u << bit))) continue;
      }
      if (newlines & (1u << bit)) {
        if (is_candidate(flags, mode, line_start, chinese_at, p)) {
          out_start[count] = line_start;
          out_line[count] = line;
          out_end[count] = p;
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
        if (is_digit(input[p])) {
          /* Only word classes start with a letter or a non-ASCII byte; a digit is a definition line's code. */
          if (mode != MODE_STRICT && !(flags & DEFINITION) && definition_at(p, line_start)) flags |= DEFINITION;
        } else {
          flags |= words_at(p, len);
        }
      }
    }
  }
  if (line_start < len && is_candidate(flags, mode, line_start, chinese_at, len)) {
    out_start[count] = line_start;
    out_line[count] = line;
    out_end[count] = len;
    count++;
  }
  stopped_at = len;
  lines_seen = line;
  return count;
}

/*
 * Line numbering for `scan -n` on a pipe: copies input[from, len) to numbered_out[out_from, out_end), putting the
 * affix's first before_len bytes, the line number (when with_numbers) and its next after_len bytes in front of
 * each line (lines end at LF, as the printer counts them). One pass, 16 bytes a step, instead of a few calls into
 * the runtime per line. Nothing is written at or past out_end.
 */
#define NUMBERED_SPACE (3u << 20)
#define AFFIX_CAP 1024u
static uint8_t numbered_out[NUMBERED_SPACE];
static uint8_t affix[AFFIX_CAP + 16];
static uint32_t numbered_consumed, numbered_at_line_start;
static double numbered_next_line;

__attribute__((export_name("numbered_ptr"))) uint8_t *numbered_ptr(void) { return numbered_out; }
__attribute__((export_name("numbered_space"))) uint32_t numbered_space(void) { return NUMBERED_SPACE; }
__attribute__((export_name("affix_ptr"))) uint8_t *affix_ptr(void) { return affix; }
__attribute__((export_name("affix_cap"))) uint32_t affix_cap(void) { return AFFIX_CAP; }
/* Where the last numbering call stopped in its input, the number of the next line, and whether one starts there. */
__attribute__((export_name("numbered_consumed"))) uint32_t get_numbered_consumed(void) { return numbered_consumed; }
__attribute__((export_name("numbered_next_line"))) double get_numbered_next_line(void) { return numbered_next_line; }
__attribute__((export_name("numbered_at_line_start"))) uint32_t get_numbered_at_line_start(void) { return numbered_at_line_start; }

/*
 * Returns where the output ends in numbered_out; it stops early (numbered_consumed < len) when the room left
 * before out_end could not take one more prefix and 32 bytes. The caller leaves at least that much room.
 */
__attribute__((export_name("number_lines"), no_builtin("memcpy"))) uint32_t number_lines(uint32_t from, uint32_t len, double next_line, uint32_t at_line_start,
                                                                                      uint32_t before_len, uint32_t after_len, uint32_t with_numbers,
                                                                                      uint32_t out_from, uint32_t out_end) {
  uint64_t line = (uint64_t)next_line;
  uint32_t p = from, o = out_from;
  /* A prefix (with up to 20 digits) and two 16-byte stores fit between limit and out_end. */
  const uint32_t limit = out_end - (before_len + after_len + 20 + 32);
  while (p < len && o < limit) {
    if (at_line_start) {
      /* 16 bytes a step, as memcpy is not linked in: the stores past the affix are overwritten next. */
      for (uint32_t k = 0; k < before_len; k += 16) wasm_v128_store(numbered_out + o + k, wasm_v128_load(affix + k));
      o += before_len;
      if (with_numbers) {
        uint8_t digits[20];
        uint32_t count = 0;
        uint64_t rest = line;
        do {
          digits[count++] = (uint8_t)('0' + rest % 10);
          rest /= 10;
        } while (rest);
        while (count) numbered_out[o++] = digits[--count];
      }
      for (uint32_t k = 0; k < after_len; k += 16) wasm_v128_store(numbered_out + o + k, wasm_v128_load(affix + before_len + k));
      o += after_len;
      at_line_start = 0;
    }
    /* The line's bytes up to its LF, 16 at a time; the store may run past them, into bytes written next. */
    for (;;) {
      v128_t v = wasm_v128_load(input + p);
      wasm_v128_store(numbered_out + o, v);
      uint32_t left = len - p;
      uint32_t ends = (uint32_t)wasm_i8x16_bitmask(wasm_i8x16_eq(v, wasm_i8x16_splat('\n')));
      if (left < 16) ends &= (1u << left) - 1;
      if (ends) {
        uint32_t step = (uint32_t)__builtin_ctz(ends) + 1;
        p += step;
        o += step;
        at_line_start = 1;
        line++;
        break;
      }
      uint32_t step = left < 16 ? left : 16;
      p += step;
      o += step;
      if (p >= len || o >= limit) break;
    }
  }
  numbered_consumed = p;
  numbered_next_line = (double)line;
  numbered_at_line_start = at_line_start;
  return o;
}
