/*
 * number.c — numbers as decimal strings, never floats, so nothing is rounded.
 *
 * Arabic numbers are rewritten textually (sign, separators, leading zeros);
 * Chinese numerals are read by ICU's rule-based spellout format for "zh",
 * whose rules know 十/百/千/万/亿, 零 gaps, 两 and the financial forms.
 */
#include "normalize/norm_internal.h"

#include <string.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

/* Characters that can make up a Chinese numeral; ICU decides what they mean. */
static const char cjk_numeral_chars[] = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩点負负";

/* Characters that may start a numeral (not 点, and not a bare 万 or 亿). */
static const char cjk_numeral_starts[] = "零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟兩负負";

/* Byte length of the character at `s` when it is one of `set`, else 0.  Every
 * character of the sets is outside ASCII, so most text is turned away by its
 * first byte. */
static gsize match_any(const char *s, const char *set)
{
    if ((guchar)*s < 0x80)
        return 0;
    gunichar c = g_utf8_get_char_validated(s, -1);
    if (c == (gunichar)-1 || c == (gunichar)-2 || !g_utf8_strchr(set, -1, c))
        return 0;
    return (gsize)(g_utf8_next_char(s) - s);
}

/*
 * Canonical decimal from its parts: no `+`, no leading zeros, decimals as
 * written, and no minus on a zero (`-0` and `0` are the same target).
 */
static char *canonical_decimal(gboolean negative, const char *int_digits, gsize int_len,
                               const char *frac_digits, gsize frac_len)
{
    while (int_len > 1 && *int_digits == '0') {
        int_digits++;
        int_len--;
    }
    gboolean zero = TRUE;
    for (gsize i = 0; i < int_len; i++)
        zero = zero && int_digits[i] == '0';
    for (gsize i = 0; i < frac_len; i++)
        zero = zero && frac_digits[i] == '0';
    /* one allocation of the exact size: this runs for every figure read */
    gboolean minus = negative && !zero;
    gsize len = (minus ? 1 : 0) + (int_len ? int_len : 1) + (frac_len ? 1 + frac_len : 0);
    char *out = g_malloc(len + 1); /* the caller takes it */
    char *w = out;
    if (minus)
        *w++ = '-';
    if (int_len == 0)
        *w++ = '0';
    memcpy(w, int_digits, int_len);
    w += int_len;
    if (frac_len > 0) {
        *w++ = '.';
        memcpy(w, frac_digits, frac_len);
        w += frac_len;
    }
    *w = '\0';
    return out;
}

/*
 * Length of the digit run at `p` in which commas are thousands separators.
 * A comma counts only when followed by exactly three digits, and once one is
 * seen every group must be three digits long; otherwise the number ends
 * before the comma (`5,6` is the number 5 followed by text).  *bad is set
 * when the leading group is longer than three digits (`1234,567`), which is
 * not a number at all.  `digits` (may be NULL) gets the run's digits.
 */
static gsize grouped_digits(const char *p, GString *digits, gboolean *bad)
{
    gsize n = 0, group = 0;
    gboolean grouped = FALSE;
    *bad = FALSE;
    for (;;) {
        if (g_ascii_isdigit(p[n])) {
            if (digits)
                g_string_append_c(digits, p[n]);
            n++;
            group++;
            continue;
        }
        if (p[n] == ',' && g_ascii_isdigit(p[n + 1]) && g_ascii_isdigit(p[n + 2]) &&
            g_ascii_isdigit(p[n + 3]) && !g_ascii_isdigit(p[n + 4])) {
            if ((!grouped && group > 3) || (grouped && group != 3)) {
                *bad = TRUE;
                return n;
            }
            grouped = TRUE;
            group = 0;
            n++;
            continue;
        }
        break;
    }
    if (grouped && group != 3)
        *bad = TRUE;
    return n;
}

/* An integer part this long or longer (commas included) is gathered on the
 * heap: beyond any figure a form prints. */
#define INT_DIGITS_ON_STACK 64

/* Length of the Arabic number at `s`, 0 when none; see jx_norm_number_prefix.
 * `*number` gets a new string (the caller frees it). */
static gsize arabic_prefix(const char *s, char **number)
{
    const char *p = s;
    gboolean negative = FALSE;
    if (*p == '+' || *p == '-') {
        negative = *p == '-';
        p++;
    } else if (g_str_has_prefix(p, "\u2212")) { /* U+2212 MINUS SIGN survives NFKC */
        negative = TRUE;
        p += 3;
    }
    if (!g_ascii_isdigit(*p))
        return 0;
    gboolean bad;
    const char *run = p;
    p += grouped_digits(p, NULL, &bad);
    gsize run_len = (gsize)(p - run);
    const char *frac = NULL;
    gsize frac_len = 0;
    if (!bad && *p == '.' && g_ascii_isdigit(p[1])) {
        frac = ++p;
        while (g_ascii_isdigit(*p))
            p++;
        frac_len = (gsize)(p - frac);
    }
    if (!bad) {
        /* the run's digits without its commas, on the stack unless long:
         * this runs for every figure read */
        char small[INT_DIGITS_ON_STACK];
        char *digits = run_len < sizeof small ? small : g_malloc(run_len + 1);
        gsize n = 0;
        for (gsize i = 0; i < run_len; i++)
            if (run[i] != ',')
                digits[n++] = run[i];
        digits[n] = '\0';
        *number = canonical_decimal(negative, digits, n, frac, frac_len);
        if (digits != small)
            g_free(digits);
    }
    return bad ? 0 : (gsize)(p - s);
}

/*
 * Plain decimal from ICU's decimal-number text, which uses exponent notation
 * for large values (`9.9999999E+15`).  `min_frac` pads the decimals to how
 * many the source wrote (三点零 → "3.0"), as Arabic decimals are kept.
 */
static char *plain_from_icu(const char *icu, int min_frac)
{
    gboolean negative = *icu == '-';
    if (*icu == '-' || *icu == '+')
        icu++;
    GString *digits = g_string_new(NULL);
    long point = -1, exponent = 0;
    const char *p = icu;
    for (; *p && *p != 'E' && *p != 'e'; p++) {
        if (*p == '.')
            point = (long)digits->len;
        else if (g_ascii_isdigit(*p))
            g_string_append_c(digits, *p);
    }
    if (*p)
        exponent = strtol(p + 1, NULL, 10);
    if (point < 0)
        point = (long)digits->len;
    if (exponent > 400 || exponent < -400) { /* not something a spelled numeral gives */
        g_string_free(digits, TRUE);
        return NULL;
    }
    point += exponent;
    while (point > (long)digits->len)
        g_string_append_c(digits, '0');
    while (point < 0) {
        g_string_prepend_c(digits, '0');
        point++;
    }
    while ((long)digits->len - point < min_frac)
        g_string_append_c(digits, '0');
    while ((long)digits->len - point > min_frac && digits->str[digits->len - 1] == '0')
        g_string_truncate(digits, digits->len - 1);
    char *out = canonical_decimal(negative, digits->str, (gsize)point, digits->str + point,
                                  digits->len - (gsize)point);
    g_string_free(digits, TRUE);
    return out;
}

/* How many numeral characters follow 点 in `run` (the decimals as written). */
static int spelled_decimals(const char *run)
{
    const char *dot = strstr(run, "点");
    return dot ? (int)g_utf8_strlen(dot + strlen("点"), -1) : 0;
}

/*
 * Parses a whole run of Chinese numerals with ICU's zh spellout rules `fmt`.
 * Returns the decimal string, or NULL when ICU does not consume all of it.
 * A leading 百/千 gets an implied 一 (`百分之百`), which the rules require.
 */
static char *parse_spelled(UNumberFormat *fmt, const char *run)
{
    const char *text = run;
    char *with_one = NULL;
    if (g_str_has_prefix(run, "百") || g_str_has_prefix(run, "千") ||
        g_str_has_prefix(run, "佰") || g_str_has_prefix(run, "仟"))
        text = with_one = g_strconcat("一", run, NULL);
    UErrorCode err = U_ZERO_ERROR;
    int32_t ulen = 0;
    UChar *u = g_new0(UChar, strlen(text) + 1);
    u_strFromUTF8(u, (int32_t)strlen(text) + 1, &ulen, text, -1, &err);
    char *result = NULL;
    if (U_SUCCESS(err)) {
        char decimal[512];
        int32_t pos = 0;
        int32_t n = unum_parseDecimal(fmt, u, ulen, &pos, decimal, sizeof decimal, &err);
        if (U_SUCCESS(err) && pos == ulen && n > 0 && n < (int32_t)sizeof decimal)
            result = plain_from_icu(decimal, spelled_decimals(run));
    }
    g_free(u);
    g_free(with_one);
    return result;
}

/*
 * ICU's zh spellout format, one per thread, opened on first use and closed
 * when the thread ends.  Opening it parses the whole rule set of the locale
 * (about four million instructions: it was 12% of parsing a table, opened
 * for every 一、 of a label), while a parse with it is a few thousand.  It is
 * a cache of a read-only service, not state: no result depends on whether
 * it was opened before, and a thread never shares it (ICU formats are not
 * safe to use from two threads at once).  NULL when ICU cannot open it.
 */
static void close_spellout(gpointer fmt)
{
    unum_close(fmt);
}

static GPrivate spellout_cache = G_PRIVATE_INIT(close_spellout);

static UNumberFormat *spellout_format(void)
{
    UNumberFormat *fmt = g_private_get(&spellout_cache);
    if (fmt)
        return fmt;
    UErrorCode err = U_ZERO_ERROR;
    fmt = unum_open(UNUM_SPELLOUT, NULL, 0, "zh", NULL, &err);
    if (!fmt || U_FAILURE(err)) {
        if (fmt)
            unum_close(fmt);
        return NULL;
    }
    g_private_set(&spellout_cache, fmt);
    return fmt;
}

/* The longest Chinese numeral worth reading: 九千九百九十九万九千九百九十九亿
 * is 16 characters; a longer run is a list of digits or noise, and reading it
 * would cost one ICU parse per character given back. */
enum { MAX_SPELLED_CHARS = 40 };

/* Bytes of the Chinese-numeral run at `s`, counting characters into *chars;
 * at most `max_chars` characters when that is not negative. */
static gsize cjk_run(const char *s, int max_chars, int *chars)
{
    gsize n = 0;
    *chars = 0;
    if (!match_any(s, cjk_numeral_starts))
        return 0;
    for (gsize len; (max_chars < 0 || *chars < max_chars) &&
                    (len = match_any(s + n, cjk_numeral_chars));
         n += len)
        (*chars)++;
    return n;
}

/* Length of the Chinese numeral at `s`, 0 when none; shortens the run until
 * ICU reads all of it, so `一二三` yields `一二` and leaves `三` as text. */
static gsize spelled_prefix(const char *s, int max_chars, char **number)
{
    int chars;
    gsize n = cjk_run(s, max_chars, &chars);
    if (chars == 0 || chars > MAX_SPELLED_CHARS)
        return 0;
    UNumberFormat *fmt = spellout_format();
    if (!fmt)
        return 0;
    for (; chars > 0; chars--) {
        char *run = g_strndup(s, n);
        *number = parse_spelled(fmt, run);
        g_free(run);
        if (*number)
            break;
        n = (gsize)(g_utf8_find_prev_char(s, s + n) - s);
    }
    return chars > 0 ? n : 0;
}

gsize jx_norm_number_prefix(const char *s, int max_cjk, char **number)
{
    *number = NULL;
    if (!s)
        return 0;
    gsize n = arabic_prefix(s, number);
    if (n > 0 || max_cjk == 0)
        return n;
    return spelled_prefix(s, max_cjk, number);
}

gsize jx_norm_cjk_run_bytes(const char *s)
{
    int chars;
    return s ? cjk_run(s, -1, &chars) : 0;
}

int jx_norm_cjk_numeral_run(const char *s)
{
    /* no numeral character first: no run, Arabic figure or not (the
     * common case, a target such as 27313, is then not parsed twice) */
    int first;
    cjk_run(s, -1, &first);
    if (first == 0)
        return 0;
    char *number = NULL;
    gsize n = arabic_prefix(s, &number);
    g_free(number);
    if (n > 0)
        return 0;
    n = spelled_prefix(s, -1, &number);
    g_free(number);
    return n > 0 ? (int)g_utf8_strlen(s, (gssize)n) : 0;
}

char *jx_norm_number(const char *s)
{
    if (!s)
        return NULL;
    char *own;
    const char *t = jx_norm_text_view(s, &own);
    char *number = NULL;
    /* ICU's spellout parser is costly to build: ask it only when the whole
     * text is made of numeral characters (not for 一级指标, 三级指标…). */
    int max_cjk = jx_norm_cjk_run_bytes(t) == strlen(t) ? -1 : 0;
    gsize n = jx_norm_number_prefix(t, max_cjk, &number);
    if (n == 0 || t[n] != '\0') {
        g_free(number);
        number = NULL;
    }
    g_free(own);
    return number;
}
