/*
 * text.c — text-field normalization: markup removal, NFKC (utf8proc), the
 * radical look-alikes NFKC leaves alone, and white space as Chinese text
 * wants it (no spaces between CJK characters, one space between Latin words).
 */
#include "normalize/norm_internal.h"

#include <string.h>
#include <utf8proc.h>

/*
 * Simplified-Chinese radicals (CJK Radicals Supplement) that some office
 * suites emit in place of the ideograph they look like (`⻓期` for `长期`).
 * NFKC maps only U+2E9F and U+2EF3 of this block, so the rest of the whole-
 * character forms come from Unicode's EquivalentUnifiedIdeograph data.
 * Component-only radicals (⻐ 钅, ⻠ 饣) have no standalone use and are left.
 * Kangxi radicals come from the same suites and from browsers' PDFs
 * (wkhtmltopdf with WenQuanYi writes `农村⼾用` for 农村户用): NFKC maps them
 * to the traditional form (戶), which no simplified-Chinese document means,
 * so the ones whose form has a simplified one go to that (⼾ 户, ⾨ 门, ⾞ 车).
 */
static const struct {
    gunichar radical;
    gunichar ideograph;
} radical_forms[] = {
    {0x2E8E, 0x5140}, {0x2E9C, 0x65E5}, {0x2E9D, 0x6708}, {0x2EA0, 0x6C11}, {0x2EA9, 0x738B},
    {0x2EC1, 0x864E}, {0x2EC4, 0x897F}, {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC9, 0x8D1D},
    {0x2ECB, 0x8F66}, {0x2ED1, 0x9577}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8}, {0x2ED8, 0x9752},
    {0x2ED9, 0x97E6}, {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF},
    {0x2EE1, 0x9996}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C},
    {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}, {0x2EEA, 0x9EFE},
    {0x2EEC, 0x9F50}, {0x2EEE, 0x9F7F}, {0x2EF0, 0x9F99},
    {0x2F3E, 0x6237}, {0x2F92, 0x89C1}, {0x2F99, 0x8D1D}, {0x2F9E, 0x8F66}, {0x2FA7, 0x957F},
    {0x2FA8, 0x95E8}, {0x2FAD, 0x9752}, {0x2FB1, 0x97E6}, {0x2FB4, 0x9875}, {0x2FB5, 0x98CE},
    {0x2FB6, 0x98DE}, {0x2FBA, 0x9A6C}, {0x2FC2, 0x9C7C}, {0x2FC3, 0x9E1F}, {0x2FC4, 0x5364},
    {0x2FC6, 0x9EA6}, {0x2FC8, 0x9EC4}, {0x2FCC, 0x9EFE}, {0x2FD1, 0x9F50}, {0x2FD2, 0x9F7F},
    {0x2FD3, 0x9F99}, {0x2FD4, 0x9F9F},
};

/* The unified ideograph a radical look-alike stands for, or `c` itself. */
static gunichar unify_radical(gunichar c)
{
    if (c < 0x2E80 || c > 0x2FDF)
        return c;
    for (gsize i = 0; i < G_N_ELEMENTS(radical_forms); i++)
        if (radical_forms[i].radical == c)
            return radical_forms[i].ideograph;
    return c;
}

/*
 * NFKC of valid UTF-8 `s`, with default-ignorable characters (soft hyphen,
 * zero-width space, BOM) removed and control characters turned into spaces
 * (line breaks) or removed.  Falls back to a copy should utf8proc fail, so a
 * caller always gets text back.
 */
static char *nfkc(const char *s)
{
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t n =
        utf8proc_map((const utf8proc_uint8_t *)s, 0, &out,
                     UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                         UTF8PROC_IGNORE | UTF8PROC_STRIPCC | UTF8PROC_NLF2LF);
    if (n < 0 || !out) {
        free(out);
        return g_strdup(s);
    }
    char *copy = g_strdup((const char *)out);
    free(out);
    return copy;
}

/*
 * Whether a space between `left` and `right` carries meaning.  Chinese text
 * puts no spaces between words, so spaces next to a wide (CJK) character
 * come from layout (wrapped lines, justified PDF text).  Nor does a space
 * before closing punctuation or after an opening bracket: NFKC has made the
 * full-width `，` of `2.20% ，` a narrow `,`, whose space is layout too.
 * Between other narrow characters one space stays: Latin words stay apart.
 */
static gboolean space_matters(gunichar left, gunichar right)
{
    if (jx_norm_is_wide(left) || jx_norm_is_wide(right))
        return FALSE;
    if (right < 0x80 && strchr(",.;:!?)]}%", (int)right))
        return FALSE;
    return !(left < 0x80 && strchr("([{", (int)left));
}

/*
 * Collapses white space, keeping one space only where it matters (see
 * space_matters).  Also unifies radical look-alikes, which is a
 * per-character pass anyway.
 */
/* Digits on both sides of a line break: a number its cell wrapped
 * (`2021年12月2` / `5日`), one number again. */
static gboolean wrapped_number(gunichar left, gunichar right)
{
    return g_unichar_isdigit(left) && g_unichar_isdigit(right);
}

/* What parts the figures of a date or decimal (`2022-11-30`, `2022.10.16`,
 * `28.1`, `2022/6/30`). */
static gboolean is_figure_separator(gunichar c)
{
    return c == '-' || c == '.' || c == '/';
}

/* A line break inside a date or decimal its cell wrapped at a separator
 * (`2022-11-` / `30`, `28.` / `1`, `2021-11` / `-30之前`): digit, separator
 * and digit around it (`before` the character before `left`, `after` the
 * one after `right`, 0 for none), one figure again. */
static gboolean wrapped_figure(gunichar before, gunichar left, gunichar right, gunichar after)
{
    if (wrapped_number(left, right))
        return TRUE;
    if (is_figure_separator(left))
        return g_unichar_isdigit(before) && g_unichar_isdigit(right);
    return is_figure_separator(right) && g_unichar_isdigit(left) && g_unichar_isdigit(after);
}

/* Valid UTF-8 `s` (NFKC's output, or fold_common's) with its runs of
 * spaces tidied.  Never longer than `s`: a run of spaces gives one at most,
 * and a radical look-alike and its ideograph take three bytes each; so
 * written into one buffer, where a GString append per character cost more
 * than the reading. */
static char *tidy_spaces(const char *s)
{
    char *out = g_malloc(strlen(s) + 1), *o = out;
    gunichar prev = 0, before = 0;
    gboolean pending = FALSE, broken = FALSE;
    for (const char *p = s; *p; p = g_utf8_next_char(p)) {
        /* ASCII, most of what is read here, and the ideographs, most of
         * the rest, without a call to decode them */
        const guchar *u = (const guchar *)p;
        gboolean ideograph = jx_norm_ideograph_bytes(u);
        gunichar c = *u < 0x80   ? (gunichar)*u
                     : ideograph ? jx_norm_three_byte_char(u)
                                 : g_utf8_get_char(p);
        if (jx_norm_is_space(c) || c == 0x3000) {
            pending = TRUE;
            broken |= c == '\n' || c == '\r';
            continue;
        }
        c = unify_radical(c);
        /* the character after is read only where a wrapped figure can be */
        if (pending && prev && space_matters(prev, c) &&
            !(broken && wrapped_figure(before, prev, c, g_utf8_get_char(g_utf8_next_char(p)))))
            *o++ = ' ';
        pending = broken = FALSE;
        if (c < 0x80) {
            *o++ = (char)c;
        } else if (ideograph) { /* its own bytes: unify_radical keeps it */
            memcpy(o, p, 3);
            o += 3;
        } else {
            o += g_unichar_to_utf8(c, o);
        }
        before = prev;
        prev = c;
    }
    *o = '\0';
    return out;
}

/* Code points that every rule here leaves as they are: NFKC-stable, not
 * markup, not white space.  Most table cells are made only of these. */
static inline gboolean is_stable(gunichar c)
{
    if (c < 0x80)
        return c > 0x20 && c < 0x7F && c != '<' && c != '&' && c != '$' && c != '\\' &&
               c != '*' && c != '"'; /* markup's and TeX's (a strchr per character was a call) */
    return (c >= 0x4E00 && c <= 0x9FFF) || c == 0x3001 || c == 0x3002 ||
           (c >= 0x300A && c <= 0x3011) || (c >= 0x2018 && c <= 0x201D) || c == 0x2014 ||
           c == 0x2264 || c == 0x2265 || c == 0x00D7 || c == 0x00B7;
}

/* Full-width forms of ASCII `!`..`~` (U+FF01..U+FF5E): NFKC maps each to
 * the ASCII character U+FEE0 below it. */
#define FULLWIDTH_FIRST 0xFF01
#define FULLWIDTH_LAST 0xFF5E
#define FULLWIDTH_OFFSET 0xFEE0

/* The full-width form (U+FF01..U+FF5E) of a stable ASCII character: its
 * NFKC is that character, U+FEE0 below it. */
static inline gboolean is_fullwidth_stable(gunichar c)
{
    return c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST && is_stable(c - FULLWIDTH_OFFSET);
}

/*
 * The normal form of `s` when it is valid UTF-8 whose every character is
 * stable, a space, the ideographic space or the full-width form of a stable
 * ASCII character (`，：（）；％` and full-width digits, in nearly every line
 * of Chinese prose); NULL when some other character needs the whole pass.
 * Text of stable characters alone is its own normal form, the common case
 * of a table cell.  For the others the whole pass — markup removal, NFKC,
 * the spaces — comes to mapping each full-width form to its ASCII character
 * (its NFKC, which composes with nothing around it) and tidying the spaces:
 * markup needs one of the characters is_stable turns away, and spaces are
 * markup only inside TeX math, which needs a `$`.
 */
static char *fold_common(const char *s, gboolean *same)
{
    gboolean changes = FALSE;
    const guchar *p = (const guchar *)s;
    while (*p) {
        if (jx_norm_ideograph_bytes(p)) {
            p += 3;
            continue;
        }
        gunichar c = jx_norm_next_bmp_char(&p);
        if (c == 0)
            return NULL; /* invalid, or beyond what any rule here keeps */
        if (is_stable(c))
            continue;
        if (c != ' ' && c != 0x3000 && !is_fullwidth_stable(c))
            return NULL;
        changes = TRUE;
    }
    if (!changes) {
        if (same) {
            *same = TRUE;
            return NULL;
        }
        return g_memdup2(s, (gsize)((const char *)p - s) + 1);
    }
    /* the pass above checked every character: decoded again inline, each
     * written as one byte or copied (never longer than `s`) */
    char *out = g_malloc((gsize)((const char *)p - s) + 1), *o = out;
    for (const guchar *q = (const guchar *)s; *q;) {
        if (jx_norm_ideograph_bytes(q)) { /* kept as it is */
            memcpy(o, q, 3);
            o += 3;
            q += 3;
            continue;
        }
        const guchar *at = q;
        gunichar c = jx_norm_next_bmp_char(&q);
        if (c == ' ' || c == 0x3000)
            *o++ = ' ';
        else if (is_fullwidth_stable(c))
            *o++ = (char)(c - FULLWIDTH_OFFSET);
        else
            for (; at < q; at++)
                *o++ = (char)*at;
    }
    *o = '\0';
    char *tidy = tidy_spaces(out);
    g_free(out);
    return tidy;
}

/* OCR reads figures with Latin look-alikes: 0 as O or o, 1 as l or I
 * (`2O19年`, `1,5OO户`, `≥9l%`).  Where a run of digits and look-alikes (with
 * the `,` and `.` inside a number) holds a real digit and no Latin letter
 * stands on either side of it, the reading is certain and the look-alikes
 * are the digits they stand for; `ISO9001`, `CO2` and `5G` keep their
 * letters.  In place: each swap keeps the byte length. */
static gboolean is_lookalike(char c)
{
    return c == 'O' || c == 'o' || c == 'l' || c == 'I';
}

/* The digit look-alike `c` stands for. */
static char lookalike_digit(char c)
{
    return (c == 'O' || c == 'o') ? '0' : '1';
}

static void undo_figure_lookalikes(char *s)
{
    for (char *p = s; *p;) {
        if (!g_ascii_isdigit(*p) && !is_lookalike(*p)) {
            p++;
            continue;
        }
        char *start = p;
        gboolean digit = FALSE, lookalike = FALSE;
        while (g_ascii_isdigit(*p) || is_lookalike(*p) ||
               ((*p == ',' || *p == '.') && p > start &&
                (g_ascii_isdigit(p[1]) || is_lookalike(p[1])))) {
            digit |= g_ascii_isdigit(*p) != 0;
            lookalike |= is_lookalike(*p);
            p++;
        }
        gboolean letter_before = start > s && g_ascii_isalpha(start[-1]);
        gboolean letter_after = g_ascii_isalpha(*p);
        if (digit && lookalike && !letter_before && !letter_after)
            for (char *q = start; q < p; q++)
                if (is_lookalike(*q))
                    *q = lookalike_digit(*q);
    }
}

/* A whole text of two or three look-alikes holding both a one (l, I) and a
 * zero (O, o) — `lO`, `lOO`, `lOl` — is a figure with no digit left for
 * undo_figure_lookalikes to be sure by: OCR's row number 10 or target 100.
 * No Latin word or code of a Chinese form is written so, while one or two
 * alone (`I`, `II`, `O`) are Roman numerals and marks, and stay. */
static void undo_lookalike_figure_cell(char *s)
{
    gsize n = strlen(s);
    gboolean one = FALSE, zero = FALSE;
    if (n < 2 || n > 3)
        return;
    for (gsize i = 0; i < n; i++) {
        if (!is_lookalike(s[i]))
            return;
        one |= s[i] == 'l' || s[i] == 'I';
        zero |= s[i] == 'O' || s[i] == 'o';
    }
    if (one && zero)
        for (gsize i = 0; i < n; i++)
            s[i] = lookalike_digit(s[i]);
}

/* A run of look-alikes with no digit at all (`≤lO个工作日`, `2020年lI月`,
 * `lOO%`) is a figure where a figure's neighbours stand beside it: a
 * comparison sign or a date's 年 / 月 before it (spaces between), a date's
 * part, a percent sign or a magnitude after it.  A Latin letter on either
 * side keeps it a word (`IO口`, `I级`). */
static const char *const figure_before[] = {"≥", "≤", "≦", "≧", "<", ">", "=", "年", "月"};
static const char *const figure_after[] = {"%", "年", "月", "日", "万", "亿"};

static gboolean figure_stands_before(const char *s, const char *start)
{
    const char *p = start;
    while (p > s && p[-1] == ' ')
        p--;
    for (gsize i = 0; i < G_N_ELEMENTS(figure_before); i++) {
        gsize n = strlen(figure_before[i]);
        if ((gsize)(p - s) >= n && memcmp(p - n, figure_before[i], n) == 0)
            return TRUE;
    }
    return FALSE;
}

static gboolean figure_stands_after(const char *end)
{
    for (gsize i = 0; i < G_N_ELEMENTS(figure_after); i++)
        if (g_str_has_prefix(end, figure_after[i]))
            return TRUE;
    return FALSE;
}

static void undo_lookalike_runs_in_figures(char *s)
{
    for (char *p = s; *p;) {
        if (!is_lookalike(*p)) {
            p++;
            continue;
        }
        char *start = p;
        while (is_lookalike(*p))
            p++;
        gboolean letter_before = start > s && g_ascii_isalnum(start[-1]);
        gboolean letter_after = g_ascii_isalnum(*p);
        if (!letter_before && !letter_after &&
            (figure_stands_before(s, start) || figure_stands_after(p)))
            for (char *q = start; q < p; q++)
                *q = lookalike_digit(*q);
    }
}

/* OCR's figure look-alikes read back as digits: the three readings above,
 * in order.  In place. */
static void undo_lookalikes(char *s)
{
    if (!strpbrk(s, "OolI")) /* most text holds no look-alike at all */
        return;
    undo_figure_lookalikes(s);
    undo_lookalike_figure_cell(s);
    undo_lookalike_runs_in_figures(s);
}

/* Kangxi radicals (U+2F00..U+2FDF: UTF-8 E2 BC 80 .. E2 BF 9F) that stand
 * for a simplified ideograph, replaced before NFKC would make them
 * traditional; in place (both forms are three bytes). */
static void unify_kangxi_before_nfkc(char *s)
{
    for (char *p = s; (p = strchr(p, '\xe2')) != NULL; p++) {
        guchar b = (guchar)p[1];
        if (b < 0xBC || b > 0xBF)
            continue;
        gunichar c = g_utf8_get_char_validated(p, 3), u = unify_radical(c);
        if (u != c && g_unichar_to_utf8(u, NULL) == 3)
            g_unichar_to_utf8(u, p);
    }
}

/* The whole pass of jx_norm_text, for a text fold_common cannot take:
 * markup removal, NFKC, the spaces (a new string).  Most such texts are
 * markup around characters fold_common takes (a cell whose rich text a
 * converter kept as HTML, `<p>一是…</p> <p>二是…</p>`): once the markup is
 * gone, fold_common gives what NFKC and the spaces would, without NFKC's
 * pass over every character (the costliest step of reading such a cell). */
static char *norm_whole(const char *s)
{
    char *valid = g_utf8_make_valid(s, -1);
    char *plain = jx_norm_strip_markup(valid);
    g_free(valid);
    char *tidy = fold_common(plain, NULL);
    if (!tidy) {
        unify_kangxi_before_nfkc(plain);
        char *folded = nfkc(plain);
        tidy = tidy_spaces(folded);
        g_free(folded);
    }
    g_free(plain);
    return tidy;
}

char *jx_norm_text(const char *s)
{
    if (!s || !*s)
        return g_strdup("");
    char *tidy = fold_common(s, NULL);
    if (!tidy)
        tidy = norm_whole(s);
    undo_lookalikes(tidy);
    return tidy;
}

/* See normalize.h.  A text of stable characters alone with no figure
 * look-alike (O o l I) is its own normal form: fold_common leaves it, and
 * the look-alike passes need one of those letters. */
const char *jx_norm_text_view(const char *s, char **owned)
{
    *owned = NULL;
    if (!s || !*s)
        return "";
    gboolean same = FALSE;
    char *tidy = fold_common(s, &same);
    if (same && !strpbrk(s, "OolI"))
        return s;
    if (same)
        tidy = g_strdup(s);
    else if (!tidy)
        tidy = norm_whole(s);
    undo_lookalikes(tidy);
    *owned = tidy;
    return tidy;
}

/* Last character of non-empty valid UTF-8 `s`. */
static gunichar last_char(const char *s)
{
    return g_utf8_get_char(g_utf8_find_prev_char(s, s + strlen(s)));
}

/* The character before the last of non-empty valid UTF-8 `s`, 0 for none. */
static gunichar char_before_last(const char *s)
{
    const char *last = g_utf8_find_prev_char(s, s + strlen(s));
    const char *before = last ? g_utf8_find_prev_char(s, last) : NULL;
    return before ? g_utf8_get_char(before) : 0;
}

/*
 * Whether a wrapped line needs a space at the seam: only between Latin
 * words, i.e. when the next fragment starts with a letter or digit and the
 * previous one ends with one or with sentence punctuation.  `100` + `%` and
 * `(` + `x` join tight, and so does a date or decimal wrapped at its
 * separator (`2021.11.` + `25`, see wrapped_figure; `before` the character
 * before `left`, `after` the one after `right`, 0 for none).
 */
static gboolean seam_needs_space(gunichar before, gunichar left, gunichar right, gunichar after)
{
    if (jx_norm_is_wide(left) || jx_norm_is_wide(right) ||
        wrapped_figure(before, left, right, after))
        return FALSE;
    if (!g_unichar_isalnum(right))
        return FALSE;
    return g_unichar_isalnum(left) || (left < 0x80 && strchr(",.;:!?)]", (int)left));
}

char *jx_norm_join(const char *a, const char *b)
{
    char *own_a, *own_b;
    const char *na = jx_norm_text_view(a, &own_a);
    const char *nb = jx_norm_text_view(b, &own_b);
    char *joined;
    if (!*na || !*nb)
        joined = g_strconcat(na, nb, NULL);
    else if (seam_needs_space(char_before_last(na), last_char(na), g_utf8_get_char(nb),
                              g_utf8_get_char(g_utf8_next_char(nb))))
        joined = g_strconcat(na, " ", nb, NULL);
    else
        joined = g_strconcat(na, nb, NULL);
    g_free(own_a);
    g_free(own_b);
    return joined;
}

const char *jx_norm_skip_spaces(const char *s)
{
    while (*s == ' ')
        s++;
    return s;
}

gboolean jx_norm_is_page_number(const char *s)
{
    if (!s)
        return FALSE;
    GString *t = g_string_new(NULL);
    for (const char *p = s; *p; p++)
        if (*p != ' ')
            g_string_append_c(t, *p);
    static const char *const pattern =
        "^[-—–_]*(第?[0-9]+页?(共[0-9]+页)?|[0-9]+/[0-9]+|Page[0-9]+(of[0-9]+)?)[-—–_]*$";
    /* every form has a digit: most lines are turned away before the regex
     * is compiled (this runs on each short line of a text document) */
    gboolean yes = t->len > 0 && t->len <= 40 && strpbrk(t->str, "0123456789") &&
                   g_regex_match_simple(pattern, t->str, G_REGEX_CASELESS, 0);
    g_string_free(t, TRUE);
    return yes;
}
