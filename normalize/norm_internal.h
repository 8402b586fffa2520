/*
 * norm_internal.h — helpers shared by the normalize/ sources only.
 *
 * The public contract is normalize.h.  These functions work on text that is
 * already valid UTF-8 and (except jx_norm_strip_markup) already normalized by
 * jx_norm_text, so that the value parsers can run on one normalized copy of a
 * cell instead of normalizing again at every step.
 */
#ifndef JX_NORM_INTERNAL_H
#define JX_NORM_INTERNAL_H

#include "normalize/normalize.h"

/* The calling thread's memo kept behind `key` (text keys, owned; values
 * freed with `value_free`), made on first use and owned by the thread.
 * Emptied when it holds `max` entries, so a caller about to insert keeps
 * it bounded over a long run: a memo hands out answers, so starting over
 * changes none. */
GHashTable *jx_norm_thread_memo(GPrivate *key, GDestroyNotify value_free, guint max);

/*
 * Removes HTML tags, decodes entities, rewrites LaTeX math fragments and drops
 * markdown emphasis.  `s` must be valid UTF-8.  Block-level tags become a
 * space so that words on both sides do not run together.  Returns a new string.
 */
char *jx_norm_strip_markup(const char *s);

/* The code point of the three-byte UTF-8 sequence at `q`, its bytes taken
 * as they are (the caller has checked them). */
static inline gunichar jx_norm_three_byte_char(const guchar *q)
{
    return ((gunichar)(q[0] & 0x0F) << 12) | ((gunichar)(q[1] & 0x3F) << 6) | (q[2] & 0x3F);
}

/* The code point of the one- to three-byte UTF-8 sequence at *p, moving *p
 * past it; 0 for a sequence that is not valid UTF-8 (overlong, a surrogate,
 * a stray continuation byte) or takes four bytes: every character the fast
 * path of jx_norm_text keeps is in the Basic Multilingual Plane, so either
 * sends the text to the whole pass, as g_utf8_validate did.  Inline, where
 * GLib's validation and decoding were a call per character of every cell
 * (jx_norm_display_width asks it too, and decodes the rest with GLib). */
static inline gunichar jx_norm_next_bmp_char(const guchar **p)
{
    const guchar *q = *p;
    if (q[0] < 0x80) {
        *p = q + 1;
        return q[0];
    }
    if (q[0] >= 0xC2 && q[0] <= 0xDF) {
        if ((q[1] & 0xC0) != 0x80)
            return 0;
        *p = q + 2;
        return ((gunichar)(q[0] & 0x1F) << 6) | (q[1] & 0x3F);
    }
    if (q[0] >= 0xE0 && q[0] <= 0xEF) {
        if ((q[1] & 0xC0) != 0x80 || (q[2] & 0xC0) != 0x80)
            return 0;
        gunichar c = jx_norm_three_byte_char(q);
        if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
            return 0;
        *p = q + 3;
        return c;
    }
    return 0;
}

/* Lead bytes of the three-byte UTF-8 forms of U+5000..U+9FFF, and the
 * second byte from which lead 0xE4 is at U+4E00 or above (E4 B8 80). */
#define JX_IDEOGRAPH_LEAD_FIRST 0xE5
#define JX_IDEOGRAPH_LEAD_LAST 0xE9
#define JX_IDEOGRAPH_LEAD_LOW 0xE4
#define JX_IDEOGRAPH_LOW_SECOND_FIRST 0xB8

/* TRUE when `q` opens the well-formed three-byte form of a CJK ideograph
 * U+4E00..U+9FFF, the character of a Chinese cell: what
 * jx_norm_next_bmp_char would decode to a code point in that range (never
 * overlong nor a surrogate), told on the bytes alone, so that the loops
 * that meet one on every character of every cell (text.c's fold_common,
 * jx_norm_display_width) pass it over without decoding it (about twenty
 * instructions a character).  Reads q[1] and q[2] only when the byte
 * before them is not NUL. */
static inline gboolean jx_norm_ideograph_bytes(const guchar *q)
{
    gboolean lead = (q[0] >= JX_IDEOGRAPH_LEAD_FIRST && q[0] <= JX_IDEOGRAPH_LEAD_LAST) ||
                    (q[0] == JX_IDEOGRAPH_LEAD_LOW && q[1] >= JX_IDEOGRAPH_LOW_SECOND_FIRST);
    return lead && (q[1] & 0xC0) == 0x80 && (q[2] & 0xC0) == 0x80;
}

/* TRUE for characters next to which a space carries no meaning in Chinese
 * text: ideographs, radicals, CJK punctuation, kana, hangul, full-width forms. */
gboolean jx_norm_is_wide(gunichar c);

/* The canonical unit when normalized `s` is exactly a known unit (or a rate
 * of known units), as a new string (g_free), else NULL. */
char *jx_norm_unit_lookup(const char *s);

/* Byte length of the longest known unit (or rate of units: 元/人·月) at the
 * start of normalized `s`, 0 when none; the canonical unit is appended to
 * `unit`. */
gsize jx_norm_unit_prefix(const char *s, GString *unit);

/* The operator when normalized `s` (spaces ignored) is exactly an operator. */
jx_op jx_norm_op_lookup(const char *s);

/* Byte length of the longest operator (symbol or word) at the start of
 * normalized `s`, 0 when none; the operator goes to *op. */
gsize jx_norm_op_prefix(const char *s, jx_op *op);

/* The operator a trailing word states when normalized `s` is exactly one
 * (以上 → GE, 以下/以内 → LE, …), else JX_OP_NONE. */
jx_op jx_norm_op_trailing(const char *s);

/*
 * Byte length of the number at the start of normalized `s` (Arabic digits
 * with sign, separators and decimals, or a run of Chinese numerals), 0 when
 * none.  The canonical decimal string goes to *number (g_free).  `max_cjk`
 * limits how many Chinese numeral characters may be taken (-1: no limit), so
 * a caller can give back a trailing 万/亿 that belongs to a unit (`五万元`).
 */
gsize jx_norm_number_prefix(const char *s, int max_cjk, char **number);

/* Number of Chinese numeral characters jx_norm_number_prefix took for `s`
 * (0 when the number there is not in Chinese numerals). */
int jx_norm_cjk_numeral_run(const char *s);

/* Byte length of the run of Chinese numeral characters at `s`, without
 * asking ICU whether they make a number: a cheap test before the costly one. */
gsize jx_norm_cjk_run_bytes(const char *s);

/* Byte length of the date at the start of normalized `s`, 0 when none; the
 * ISO date goes to *iso (g_free). */
gsize jx_norm_date_prefix(const char *s, char **iso);

/* TRUE when normalized `s` is a "before" word that may follow a deadline
 * (前, 之前, 以前, 前完成 …). */
gboolean jx_norm_is_before_word(const char *s);
/* TRUE when normalized `s` holds a "before" word anywhere. */
gboolean jx_norm_holds_before_word(const char *s);

/* Skips ASCII spaces (the only white space jx_norm_text leaves). */
const char *jx_norm_skip_spaces(const char *s);

#endif /* JX_NORM_INTERNAL_H */
