/*
 * figures.c — the figures of running text (amounts, percentages, counts) and
 * the sums a sentence states (`总预算1200万元，其中A 300万元、B 900万元`).
 *
 * The text is read as written, not normalized first: callers need byte
 * ranges in the text they hold (to quote it), and the raw full-width `，` is
 * punctuation while NFKC would make it a `,` that looks like a thousands
 * separator.  So the text is folded one character at a time (full-width
 * digits, `．`, `％` and Kangxi radicals to their NFKC forms, `，` kept), with
 * a map from every folded byte back to the byte it came from.
 */
#include "normalize/norm_internal.h"

#include <string.h>
#include <utf8proc.h>

/* ------------------------------------------------------------ folding */

typedef struct {
    GString *s;   /* the folded text */
    GArray *map;  /* gsize per byte of s (and one past the end): offset in the raw text */
} folded;

/* The folded form of the character at `p` (`len` bytes left), its length
 * in the raw text in *step: see fold(). */
static gunichar fold_char(const char *p, gsize len, gsize *step)
{
    gunichar c = g_utf8_get_char_validated(p, (gssize)len);
    if (c == (gunichar)-1 || c == (gunichar)-2) {
        *step = 1;
        return 0xFFFD;
    }
    *step = (gsize)(g_utf8_next_char(p) - p);
    /* `，` stays: it separates clauses, NFKC would make it a `,` */
    utf8proc_int32_t out[4];
    int boundclass = 0;
    /* unified ideographs and CJK punctuation (but the ideographic
     * space) are their own NFKC: most of Chinese text, no lookup */
    gboolean stable = (c >= 0x4E00 && c <= 0x9FFF) || (c > 0x3000 && c <= 0x303F);
    if (c >= 0x80 && c != 0xFF0C && !stable) {
        utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)c, out, 4,
                                                     UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, &boundclass);
        /* one code point only: `①` → `1` or `㎡` → `m2` would make digits
         * of list marks and units */
        if (n == 1)
            c = (gunichar)out[0];
    }
    if (c == 0x3000 || c == 0xA0 || c == '\t' || c == '\r')
        c = ' ';
    return c;
}

/* Folds `raw` character by character (see the file comment).  Invalid bytes
 * become U+FFFD, each mapped to its own byte. */
static void fold(const char *raw, folded *f)
{
    gsize len = strlen(raw);
    f->s = g_string_sized_new(len + 1);
    f->map = g_array_sized_new(FALSE, FALSE, sizeof(gsize), (guint)len + 1);
    for (gsize i = 0; i < len;) {
        gsize step;
        gunichar c = fold_char(raw + i, len - i, &step);
        gsize before = f->s->len;
        g_string_append_unichar(f->s, c);
        for (gsize b = before; b < f->s->len; b++)
            g_array_append_val(f->map, i);
        i += step;
    }
    g_array_append_val(f->map, len);
}

static void folded_clear(folded *f)
{
    g_string_free(f->s, TRUE);
    g_array_unref(f->map);
}

static gsize raw_at(const folded *f, gsize pos)
{
    return g_array_index(f->map, gsize, pos);
}

/* ------------------------------------------------------------ vocabulary */

/* Units that place a figure in the calendar (a year, a month, a day, a
 * document number), not in an amount. */
static const char *const calendar_units[] = {"年", "月", "日", "号"};

/* Characters that mark a range between two figures (`1～12月`, `80-90分`). */
static const char *const range_marks[] = {"~", "-", "—", "–", "至", "到", "〜"};

/* What a bound may carry between its figure and the range mark (`90（含）-100分`). */
static const char *const bound_marks[] = {"(含)", "（含）", "(不含)", "（不含）"};

/* Brackets that enclose numbering (`（1）`, `〔2018〕`, `[2]`, `【3】`). */
static const char open_brackets[] = "(（[〔【［";
static const char close_brackets[] = ")）]〕】］";

/* Characters after which a number starts a new list item (`；2、…`). */
static const char item_starts[] = "\n;；:：。，,";

/* Money units, the family a sum's total and parts share (each keeps its own). */
static const char *const money_units[] = {"元", "千元", "万元", "亿元"};

/* Words that start a clause about another quantity than the parts of a sum:
 * the parts list has ended (`其中A 100万元、B 200万元，预算执行率90%，结余50万元`). */
static const char *const sum_stop_words[] = {
    "执行率", "使用率", "支出率", "结余", "结转", "余额", "剩余", "尚未", "未支出", "未使用",
    "支出进度", "完成率", "累计", "实际支出", "已支出", "实际使用", "已使用", "到位", "下达",
};

/* ------------------------------------------------------------ helpers */

static gboolean char_in(gunichar c, const char *set)
{
    return c && g_utf8_strchr(set, -1, c) != NULL;
}

/* The character before byte `pos` of `s`, 0 at the start. */
static gunichar char_before(const char *s, gsize pos)
{
    if (pos == 0)
        return 0;
    return g_utf8_get_char(g_utf8_find_prev_char(s, s + pos));
}

/* The character before `pos`, blanks skipped; 0 at the start of `s`. */
static gunichar char_before_blanks(const char *s, gsize pos)
{
    while (pos > 0 && s[pos - 1] == ' ')
        pos--;
    return char_before(s, pos);
}

static gsize skip_blanks(const char *s, gsize pos)
{
    while (s[pos] == ' ')
        pos++;
    return pos;
}

/* ------------------------------------------------------------ one number */

/* The digits of a number as written, read at `p` of the folded text. */
typedef struct {
    gsize len;          /* bytes of the number */
    GString *digits;    /* integer digits without separators, then `.` and the decimals */
    gboolean malformed; /* separators not every three digits, or two points */
    int points;         /* decimal points seen */
    gboolean grouped;   /* written with thousands separators */
} number_scan;

/*
 * Reads the Arabic number at `p` (a digit): digit groups joined by `,` (a
 * comma counts only with a digit right after it), then decimals.  Commas
 * must come every three digits after a first group of one to three; a second
 * decimal point makes the number malformed.
 */
static void scan_number(const char *p, number_scan *n)
{
    gsize i = 0, group = 0, groups = 0;
    n->digits = g_string_new(NULL);
    n->malformed = FALSE;
    n->points = 0;
    n->grouped = FALSE;
    for (;;) {
        if (g_ascii_isdigit(p[i])) {
            g_string_append_c(n->digits, p[i++]);
            group++;
        } else if (p[i] == ',' && n->points == 0 && g_ascii_isdigit(p[i + 1])) {
            if ((groups == 0 && (group < 1 || group > 3)) || (groups > 0 && group != 3))
                n->malformed = TRUE;
            groups++;
            group = 0;
            n->grouped = TRUE;
            i++;
        } else if (p[i] == '.' && g_ascii_isdigit(p[i + 1])) {
            if (groups > 0 && group != 3)
                n->malformed = TRUE;
            groups = 0;
            n->points++;
            if (n->points > 1)
                n->malformed = TRUE;
            g_string_append_c(n->digits, '.');
            group = 0;
            i++;
        } else
            break;
    }
    if (groups > 0 && group != 3)
        n->malformed = TRUE;
    n->len = i;
}

/* The canonical decimal of well-formed digits: no leading zeros (`05` → `5`,
 * `0.5` stays), decimals as written. */
static char *canonical(const char *digits)
{
    while (digits[0] == '0' && g_ascii_isdigit(digits[1]))
        digits++;
    return g_strdup(digits);
}

/* TRUE when the folded text at `p` is a date written with separators
 * (`2023.12.31`, `2023-12-31`, `2023/12/31`); *len gets its length. */
static gboolean separated_date(const char *p, gsize *len)
{
    for (int i = 0; i < 4; i++)
        if (!g_ascii_isdigit(p[i]))
            return FALSE;
    char sep = p[4];
    if (sep != '.' && sep != '-' && sep != '/')
        return FALSE;
    gsize i = 5, d = 0;
    while (g_ascii_isdigit(p[i + d]) && d < 2)
        d++;
    if (d == 0 || p[i + d] != sep)
        return FALSE;
    i += d + 1;
    d = 0;
    while (g_ascii_isdigit(p[i + d]) && d < 2)
        d++;
    if (d == 0 || g_ascii_isdigit(p[i + d]))
        return FALSE;
    *len = i + d;
    return TRUE;
}

/* ------------------------------------------------------------ figures */

/* The unit word at `pos` of the folded text (blanks before it skipped):
 * its canonical form (new string) or NULL; *end gets the byte after it. */
static char *unit_at(const char *s, gsize pos, gsize *end)
{
    gsize at = skip_blanks(s, pos);
    GString *unit = g_string_new(NULL);
    gsize n = jx_norm_unit_prefix(s + at, unit);
    if (n == 0 && g_str_has_prefix(s + at, "号")) { /* 号 is a document number, not a unit */
        g_string_assign(unit, "号");
        n = strlen("号");
    }
    if (n == 0) {
        g_string_free(unit, TRUE);
        *end = pos;
        return NULL;
    }
    *end = at + n;
    return g_string_free(unit, FALSE);
}

/*
 * The unit of the figure a range continues with, when the folded text after
 * `pos` is a range mark and a figure (`～12月`, `-100 分`): NULL otherwise.
 */
static char *range_end_unit(const char *s, gsize pos)
{
    gsize at = skip_blanks(s, pos);
    at += jx_norm_prefix_listed(s + at, bound_marks, G_N_ELEMENTS(bound_marks));
    at = skip_blanks(s, at);
    gsize mark = jx_norm_prefix_listed(s + at, range_marks, G_N_ELEMENTS(range_marks));
    if (!mark)
        return NULL;
    at = skip_blanks(s, at + mark);
    if (!g_ascii_isdigit(s[at]))
        return NULL;
    number_scan n;
    scan_number(s + at, &n);
    g_string_free(n.digits, TRUE);
    gsize end;
    return unit_at(s, at + n.len, &end);
}

/* TRUE when a unit word starts at `pos` of the folded text (`5km`). */
static gboolean has_unit(const char *s, gsize pos)
{
    GString *unit = g_string_new(NULL);
    gsize n = jx_norm_unit_prefix(s + pos, unit);
    g_string_free(unit, TRUE);
    return n > 0;
}

/* TRUE when a number at `start` (folded) with no unit, ending at `end`, is
 * numbering rather than a quantity: a list or section number, a bracketed
 * number (see the header). */
static gboolean is_numbering(const char *s, gsize start, gsize end)
{
    gunichar before = char_before_blanks(s, start);
    gunichar after = g_utf8_get_char(s + skip_blanks(s, end));
    if (char_in(before, open_brackets) && char_in(after, close_brackets))
        return TRUE;
    gboolean item_start = before == 0 || char_in(before, item_starts);
    if (item_start && (after == 0x3001 /* 、 */ || after == '.' || after == ')' ||
                       after == 0xFF09 /* ） */))
        return TRUE;
    return FALSE;
}

void jx_figure_clear(jx_figure *f)
{
    if (!f)
        return;
    g_free(f->text);
    g_free(f->value);
    g_free(f->unit);
    memset(f, 0, sizeof *f);
}

void jx_figures_free(GArray *figures)
{
    if (!figures)
        return;
    for (guint i = 0; i < figures->len; i++)
        jx_figure_clear(&g_array_index(figures, jx_figure, i));
    g_array_unref(figures);
}

/* The figures of the folded text, ranges in `raw`. */
static GArray *figures_of(const char *raw, const folded *f)
{
    GArray *out = g_array_new(FALSE, TRUE, sizeof(jx_figure));
    const char *s = f->s->str;
    gsize pos = 0;
    while (s[pos]) {
        if (!g_ascii_isdigit(s[pos])) {
            pos = (gsize)(g_utf8_next_char(s + pos) - s);
            continue;
        }
        gsize start = pos, date_len;
        gunichar before = char_before(s, start);
        if (separated_date(s + pos, &date_len)) {
            pos += date_len;
            continue;
        }
        number_scan n;
        scan_number(s + pos, &n);
        gsize num_end = start + n.len, end;
        /* a code (`A11`, `COVID-19`): letters glued to the digits */
        if ((before < 0x80 && g_ascii_isalpha((char)before)) ||
            (g_ascii_isalpha(s[num_end]) && !has_unit(s, num_end))) {
            g_string_free(n.digits, TRUE);
            pos = num_end;
            while (g_ascii_isalnum(s[pos]))
                pos++;
            continue;
        }
        char *unit = unit_at(s, num_end, &end);
        if (!unit) {
            unit = range_end_unit(s, num_end);
            end = num_end;
        }
        gboolean skip = char_before_blanks(s, start) == 0x7B2C /* 第: an ordinal */ ||
                        (unit && jx_norm_listed(unit, calendar_units, G_N_ELEMENTS(calendar_units))) ||
                        (!unit && is_numbering(s, start, num_end)) ||
                        /* a section number starting a line or item: `3.1`, `3.1.2` */
                        (!unit && n.points > 0 && !n.grouped &&
                         (before == 0 || char_in(char_before_blanks(s, start), item_starts)));
        if (!skip) {
            jx_figure fig = {0};
            fig.start = raw_at(f, start);
            fig.end = raw_at(f, end);
            fig.text = g_strndup(raw + fig.start, fig.end - fig.start);
            fig.malformed = n.malformed;
            fig.value = n.malformed ? NULL : canonical(n.digits->str);
            fig.unit = unit;
            unit = NULL;
            g_array_append_val(out, fig);
        }
        g_free(unit);
        g_string_free(n.digits, TRUE);
        pos = end > num_end ? end : num_end;
    }
    return out;
}

/* TRUE when the text, folded, holds a run of digits, `,` and `.` in which
 * scan_number could find a malformed number: a comma with a digit after it
 * (the only way to misplace a separator) or two points each with a digit
 * after it.  Every number scan_number reads lies inside one such run.  The
 * text is folded a character at a time, nothing kept. */
static gboolean may_be_malformed(const char *raw)
{
    gsize len = strlen(raw);
    gboolean in_run = FALSE; /* a digit started the run of digits, `,` and `.` */
    gunichar prev = 0;
    int points = 0;
    for (gsize i = 0, step; i < len; i += step) {
        gunichar c = fold_char(raw + i, len - i, &step);
        if (g_ascii_isdigit(c)) {
            if (in_run && (prev == ',' || (prev == '.' && ++points > 1)))
                return TRUE;
            if (!in_run)
                points = 0;
            in_run = TRUE;
        } else if (c != ',' && c != '.') {
            in_run = FALSE;
        }
        prev = c;
    }
    return FALSE;
}

gboolean jx_norm_may_have_malformed_figure(const char *text)
{
    return text && may_be_malformed(text);
}

gboolean jx_norm_has_malformed_figure(const char *text)
{
    if (!text)
        return FALSE;
    if (!may_be_malformed(text))
        return FALSE;
    GArray *figs = jx_norm_figures(text);
    gboolean found = FALSE;
    for (guint i = 0; i < figs->len && !found; i++)
        found = g_array_index(figs, jx_figure, i).malformed;
    jx_figures_free(figs);
    return found;
}

GArray *jx_norm_figures(const char *text)
{
    if (!text)
        return g_array_new(FALSE, TRUE, sizeof(jx_figure));
    folded f;
    fold(text, &f);
    GArray *out = figures_of(text, &f);
    folded_clear(&f);
    return out;
}

/* ------------------------------------------------------------ sums */

/* Work bounds, so that text of any size costs time linear in its length:
 * a statement states its sum at one of its first 其中 (real ones have one or
 * two), and the total is among the few amounts just before it. */
#define SUM_MAX_WHEREOF 16
#define SUM_MAX_TOTALS 4
/* The parts start within this many clauses after 其中 (`其中：`, `其中，4月…拨付`),
 * and a bracket inside the list (`（其中…，…）`) closes within as many. */
#define SUM_IDLE_CLAUSES 3

static gboolean is_money(const char *unit)
{
    return unit && jx_norm_listed(unit, money_units, G_N_ELEMENTS(money_units));
}

/* TRUE when two units belong to one family: both money, or the same unit. */
static gboolean same_family(const char *a, const char *b)
{
    if (!a || !b)
        return FALSE;
    return (is_money(a) && is_money(b)) || strcmp(a, b) == 0;
}

static jx_figure copy_figure(const jx_figure *f)
{
    jx_figure c = *f;
    c.text = g_strdup(f->text);
    c.value = g_strdup(f->value);
    c.unit = g_strdup(f->unit);
    return c;
}

/* Byte offset in `text` where the clause holding `at` ends: the next
 * `，；,;` (a `,` between digits excepted) or `。` (the latter also sets *sentence_end), or the end. */
static gsize clause_end(const char *text, gsize at, gboolean *sentence_end)
{
    static const char *const ends[] = {"，", "；", ",", ";", "。", "\n"};
    *sentence_end = FALSE;
    for (const char *p = text + at; *p; p++) {
        /* every end mark starts with one of these bytes: most bytes are no end */
        if (!strchr(",;\n\xef\xe3", *p))
            continue;
        gsize n = jx_norm_prefix_listed(p, ends, G_N_ELEMENTS(ends));
        /* a `,` between digits separates thousands, not clauses */
        if (n && *p == ',' && p > text && g_ascii_isdigit(p[-1]) && g_ascii_isdigit(p[1]))
            n = 0;
        if (n) {
            *sentence_end = g_str_has_prefix(p, "。");
            return (gsize)(p - text);
        }
    }
    return strlen(text);
}

/* Bracket depth change of the characters in text[from..to). */
static int bracket_delta(const char *text, gsize from, gsize to, int depth)
{
    for (const char *p = text + from; p < text + to && *p; p = g_utf8_next_char(p)) {
        /* every bracket starts with one of these bytes */
        if (!strchr("()[]\xef\xe3", *p))
            continue;
        gunichar c = g_utf8_get_char(p);
        if (char_in(c, open_brackets))
            depth++;
        else if (char_in(c, close_brackets) && depth > 0)
            depth--;
    }
    return depth;
}

/* TRUE when text[from..to) holds a word of sum_stop_words. */
static gboolean names_other_quantity(const char *text, gsize from, gsize to)
{
    char *clause = g_strndup(text + from, to - from);
    gboolean found = FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(sum_stop_words) && !found; i++)
        found = strstr(clause, sum_stop_words[i]) != NULL;
    g_free(clause);
    return found;
}

/*
 * The parts after the 其中 at `at` in the family of `unit` (indices into
 * `figs`, appended to `idx`), read as the header of jx_norm_sum_statement says.
 */
static void parts_after(const char *text, gsize at, const GArray *figs, const char *unit,
                        GArray *idx)
{
    guint i = 0;
    while (i < figs->len && g_array_index(figs, jx_figure, i).start < at)
        i++;
    gsize from = at;
    int depth = 0, idle = 0; /* clauses in a row without a part */
    while (text[from] && idle++ < SUM_IDLE_CLAUSES) {
        gboolean sentence_end;
        gsize to = clause_end(text, from, &sentence_end);
        if (idx->len > 0 && names_other_quantity(text, from, to))
            break;
        guint found = 0;
        gsize cursor = from;
        for (; i < figs->len && g_array_index(figs, jx_figure, i).start < to; i++) {
            const jx_figure *fig = &g_array_index(figs, jx_figure, i);
            depth = bracket_delta(text, cursor, fig->start, depth);
            cursor = fig->start;
            if (depth == 0 && same_family(fig->unit, unit)) {
                g_array_append_val(idx, i);
                found++;
                idle = 0;
            }
        }
        depth = bracket_delta(text, cursor, to, depth);
        if (sentence_end || !text[to] || (found == 0 && idx->len > 0 && depth == 0))
            break;
        from = to + (gsize)(g_utf8_next_char(text + to) - (text + to));
    }
}

gboolean jx_norm_sum_statement(const char *text, jx_figure *total, GArray *parts)
{
    if (total)
        memset(total, 0, sizeof *total);
    if (!text || !total || !parts || !strstr(text, "其中"))
        return FALSE;
    GArray *figs = jx_norm_figures(text);
    gboolean ok = jx_norm_sum_statement_of(text, figs, total, parts);
    jx_figures_free(figs);
    return ok;
}

gboolean jx_norm_sum_statement_of(const char *text, const GArray *figs, jx_figure *total,
                                  GArray *parts)
{
    if (total)
        memset(total, 0, sizeof *total);
    if (!text || !figs || !total || !parts || !strstr(text, "其中"))
        return FALSE;
    gboolean ok = FALSE;
    int tries = 0;
    for (const char *k = strstr(text, "其中"); k && !ok && tries < SUM_MAX_WHEREOF;
         k = strstr(k + 1, "其中"), tries++) {
        gsize at = (gsize)(k - text);
        /* the nearest figure before 其中 whose family has two parts after it */
        int candidates = 0;
        for (guint j = figs->len; j-- > 0 && !ok && candidates < SUM_MAX_TOTALS;) {
            const jx_figure *cand = &g_array_index(figs, jx_figure, j);
            if (cand->end > at || !cand->unit)
                continue;
            candidates++;
            GArray *idx = g_array_new(FALSE, FALSE, sizeof(guint));
            parts_after(text, at + strlen("其中"), figs, cand->unit, idx);
            if (idx->len >= 2) {
                *total = copy_figure(cand);
                for (guint p = 0; p < idx->len; p++) {
                    jx_figure c = copy_figure(&g_array_index(figs, jx_figure,
                                                             g_array_index(idx, guint, p)));
                    g_array_append_val(parts, c);
                }
                ok = TRUE;
            }
            g_array_unref(idx);
        }
    }
    return ok;
}
