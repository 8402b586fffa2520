/*
 * target.c — reads one target cell (`≥125家`, `2023年12月31日前`, `健全`)
 * into operator, value, kind and unit.
 *
 * The cell is normalized once; the pieces are then recognised left to right:
 * an optional leading operator, a date or a number, a unit, an optional
 * trailing operator word.  Anything that does not fit that shape completely
 * is qualitative text, kept whole, so that no operator or unit is invented
 * from a sentence that merely starts with a number.
 */
#include "normalize/norm_internal.h"

#include <string.h>

static const char *const kind_names[] = {
    [JX_KIND_NONE] = NULL, [JX_KIND_NUMBER] = "number", [JX_KIND_DATE] = "date",
    [JX_KIND_TEXT] = "text",
};

const char *jx_kind_name(jx_value_kind kind)
{
    if ((unsigned)kind >= G_N_ELEMENTS(kind_names))
        return NULL;
    return kind_names[kind];
}

void jx_target_clear(jx_target *t)
{
    if (!t)
        return;
    g_free(t->value);
    g_free(t->unit);
    *t = (jx_target){0};
}

/*
 * Merges the leading operator with the one a trailing word states.  They must
 * agree when both are given (`≥95%以上`); a contradiction (`≤95%以上`) means the
 * cell is not a plain target, and FALSE sends it to text.
 */
static gboolean merge_ops(jx_op leading, jx_op trailing, jx_op *op)
{
    if (leading != JX_OP_NONE && trailing != JX_OP_NONE && leading != trailing)
        return FALSE;
    *op = leading != JX_OP_NONE ? leading : trailing;
    return TRUE;
}

/* What may end a cell after its value and unit: nothing, a trailing
 * operator word, or `(含)` (inclusive, which the operator already says). */
static gboolean tail_op(const char *s, jx_op leading, jx_op *op)
{
    s = jx_norm_skip_spaces(s);
    if (!*s || strcmp(s, "(含)") == 0)
        return merge_ops(leading, JX_OP_NONE, op);
    jx_op trailing = jx_norm_op_trailing(s);
    return trailing != JX_OP_NONE && merge_ops(leading, trailing, op);
}

/* Reads what follows a number: [unit] [trailing operator].  The unit, if
 * any, goes to *unit (a new string, or NULL); on FALSE *unit is NULL. */
static gboolean unit_and_tail(const char *rest, jx_op leading, jx_op *op, char **unit)
{
    rest = jx_norm_skip_spaces(rest);
    *unit = NULL;
    if (tail_op(rest, leading, op))
        return TRUE;
    GString *found = g_string_new(NULL);
    gsize n = jx_norm_unit_prefix(rest, found);
    if (n > 0 && tail_op(rest + n, leading, op)) {
        *unit = g_string_free(found, FALSE);
        return TRUE;
    }
    g_string_free(found, TRUE);
    return FALSE;
}

/* Fills `out` with a number target; takes ownership of `number` and `unit`. */
static void set_number(jx_target *out, jx_op op, char *number, char *unit)
{
    out->op = op;
    out->kind = JX_KIND_NUMBER;
    out->value = number;
    out->unit = unit;
}

/* TRUE when the numeral p[0..n) ends in 万 or 亿, which may belong to a unit. */
static gboolean ends_with_multiplier(const char *p, gsize n)
{
    const char *last = g_utf8_find_prev_char(p, p + n);
    return last && (strncmp(last, "万", strlen("万")) == 0 || strncmp(last, "亿", strlen("亿")) == 0);
}

/* A number taking at most `max_cjk` Chinese numeral characters, then a unit
 * and a trailing operator word; fills `out` on success. */
static gboolean number_with_tail(const char *p, int max_cjk, jx_op leading, jx_target *out)
{
    char *number = NULL;
    gsize n = jx_norm_number_prefix(p, max_cjk, &number);
    jx_op op;
    char *unit;
    if (n == 0 || !unit_and_tail(p + n, leading, &op, &unit)) {
        g_free(number);
        return FALSE;
    }
    set_number(out, op, number, unit);
    return TRUE;
}

/* What follows a numeral run (or the run less a trailing 万/亿) could end
 * a target: a unit, an operator word, or nothing. */
static gboolean plausible_numeral_tail(const char *p, gsize run, jx_op leading)
{
    jx_op op;
    char *unit;
    gboolean yes = unit_and_tail(p + run, leading, &op, &unit) ||
                   (ends_with_multiplier(p, run) &&
                    unit_and_tail(g_utf8_find_prev_char(p, p + run), leading, &op, &unit));
    g_free(unit);
    return yes;
}

/*
 * A number with its unit at `p`.  A Chinese numeral ending in 万 or 亿 first
 * gives that character to the unit, so `五万元` is 5 万元 as target tables
 * count money, while `五万` alone stays 50000.
 */
static gboolean number_target(const char *p, jx_op leading, jx_target *out)
{
    /* Ask ICU about a numeral run only when a unit or the end follows it
     * (三次, 五万元): most cells starting with 一/三/十 are names. */
    gsize run = jx_norm_cjk_run_bytes(p);
    if (run > 0 && !plausible_numeral_tail(p, run, leading))
        return number_with_tail(p, 0, leading, out);
    int chars = jx_norm_cjk_numeral_run(p);
    if (chars > 1) {
        gsize bytes = (gsize)(g_utf8_offset_to_pointer(p, chars) - p);
        if (ends_with_multiplier(p, bytes) && number_with_tail(p, chars - 1, leading, out))
            return TRUE;
    }
    return number_with_tail(p, chars > 0 ? chars : -1, leading, out);
}

/* `百分之九十五` → 95 %. */
static gboolean spelled_percent(const char *p, jx_op leading, jx_target *out)
{
    if (!g_str_has_prefix(p, "百分之"))
        return FALSE;
    p += strlen("百分之");
    char *number = NULL;
    gsize n = jx_norm_number_prefix(p, -1, &number);
    jx_op op;
    if (n == 0 || !tail_op(p + n, leading, &op)) {
        g_free(number);
        return FALSE;
    }
    set_number(out, op, number, g_strdup("%"));
    return TRUE;
}

/* A date at `p`, optionally followed by a "before" word, which states <=. */
static gboolean date_target(const char *p, jx_op leading, jx_target *out)
{
    char *iso = NULL;
    gsize n = jx_norm_date_prefix(p, &iso);
    if (n == 0)
        return FALSE;
    const char *rest = jx_norm_skip_spaces(p + n);
    jx_op op = leading;
    if (*rest && !(jx_norm_is_before_word(rest) && merge_ops(leading, JX_OP_LE, &op))) {
        g_free(iso);
        return FALSE;
    }
    out->op = op;
    out->kind = JX_KIND_DATE;
    out->value = iso;
    return TRUE;
}

/* What a 备注 column says of its row, the one table of them (parse asks
 * through jx_norm_is_remark and jx_norm_is_remark_cell).  `only_remark`:
 * the word is never anything else, so it is cut from a target's edge, where
 * a narrow print runs the remark into the target (`暂定85%`, `健全
 * 以批复为准`), and is no name's piece wherever it stands; 新增 and 续建
 * open targets and names of their own (新增就业岗位, a name wrapped a word a
 * line: `新增` / `省级` / `以上` …), so only a whole cell of them is one. */
static const struct {
    const char *word;
    gboolean only_remark;
} remark_words[] = {
    {"暂定", TRUE}, {"以批复为准", TRUE}, {"新增指标", TRUE}, {"新增", FALSE}, {"续建", FALSE},
};

/* TRUE when `norm` is a word of remark_words, one that is `only_remark`
 * when `sure`. */
static gboolean remark_word(const char *norm, gboolean sure)
{
    for (gsize i = 0; norm && i < G_N_ELEMENTS(remark_words); i++)
        if ((remark_words[i].only_remark || !sure) && strcmp(norm, remark_words[i].word) == 0)
            return TRUE;
    return FALSE;
}

gboolean jx_norm_is_remark(const char *norm)
{
    return remark_word(norm, TRUE);
}

gboolean jx_norm_is_remark_cell(const char *norm)
{
    return remark_word(norm, FALSE);
}

/* How many bytes of t[0..n) an edge remark word opens (with the spaces
 * after it), 0 when none or when nothing would be left. */
static gsize remark_prefix(const char *t, gsize n)
{
    for (gsize i = 0; i < G_N_ELEMENTS(remark_words); i++) {
        gsize l = strlen(remark_words[i].word);
        if (!remark_words[i].only_remark || l >= n || strncmp(t, remark_words[i].word, l) != 0)
            continue;
        gsize k = l;
        while (k < n && t[k] == ' ')
            k++;
        if (k < n)
            return k;
    }
    return 0;
}

/* How many bytes of t[0..n) an edge remark word closes (with the spaces
 * before it), 0 when none or when nothing would be left. */
static gsize remark_suffix(const char *t, gsize n)
{
    for (gsize i = 0; i < G_N_ELEMENTS(remark_words); i++) {
        gsize l = strlen(remark_words[i].word);
        if (!remark_words[i].only_remark || l >= n || strncmp(t + n - l, remark_words[i].word, l) != 0)
            continue;
        gsize k = l;
        while (k < n && t[n - k - 1] == ' ')
            k++;
        if (k < n)
            return k;
    }
    return 0;
}

/* `t` (normalized) less the remark words at its edges: `t` itself when it
 * has none, else a new string left in *cut (g_free). */
static const char *without_edge_remarks(const char *t, char **cut)
{
    *cut = NULL;
    gsize start = 0, n = strlen(t);
    for (gboolean more = TRUE; more;) {
        gsize k = remark_prefix(t + start, n);
        start += k;
        n -= k;
        gsize m = remark_suffix(t + start, n);
        n -= m;
        more = k || m; /* `≥ 386,400亩暂定以批复为准`: one after another */
    }
    if (start == 0 && n == strlen(t))
        return t;
    *cut = g_strndup(t + start, n);
    return *cut;
}

char *jx_norm_cut_remarks(const char *cell)
{
    if (!cell)
        return NULL;
    char *own, *cut;
    const char *t = jx_norm_text_view(cell, &own);
    without_edge_remarks(t, &cut);
    g_free(own);
    return cut;
}

/* Reads `cell` into `out` (see jx_norm_target, which remembers the answers). */
static gboolean read_target(const char *cell, jx_target *out)
{
    *out = (jx_target){0};
    char *own;
    const char *t = jx_norm_text_view(cell, &own);
    if (!*t) {
        g_free(own);
        return FALSE;
    }
    jx_op leading = JX_OP_NONE;
    const char *p = jx_norm_skip_spaces(t + jx_norm_op_prefix(t, &leading));
    if (*p && (date_target(p, leading, out) || spelled_percent(p, leading, out) ||
               number_target(p, leading, out))) {
        g_free(own);
        return TRUE;
    }
    out->op = JX_OP_NONE;
    out->kind = JX_KIND_TEXT;
    out->value = own ? own : g_strdup(t); /* out takes the normal form */
    return TRUE;
}

/* Targets already read, per thread, by cell text: a table's value column
 * repeats its targets (`100%`, `≥95%`, `是`), and each is read when its cell
 * is classified and again when its row becomes a record.  A cache, like the
 * taxonomy's stem memo, that changes no answer; emptied when it holds this
 * many, so a long run keeps it small. */
#define TARGET_MEMO_MAX 4096

typedef struct {
    gboolean read; /* what read_target returned */
    jx_target t;
} known_target;

static void known_target_free(gpointer p)
{
    known_target *k = p;
    jx_target_clear(&k->t);
    g_free(k);
}

static GPrivate target_memo = G_PRIVATE_INIT((GDestroyNotify)g_hash_table_unref);

/* A copy of `t` with strings of its own. */
static jx_target target_copy(const jx_target *t)
{
    jx_target c = *t;
    c.value = g_strdup(t->value);
    c.unit = g_strdup(t->unit);
    return c;
}

/* The memo's reading of `cell` (non-NULL), read now if it is not there:
 * the memo keeps it, until the next call on this thread may empty it. */
static const known_target *known_reading(const char *cell)
{
    GHashTable *memo = jx_norm_thread_memo(&target_memo, known_target_free, TARGET_MEMO_MAX);
    const known_target *known = g_hash_table_lookup(memo, cell);
    if (!known) {
        known_target *k = g_new(known_target, 1);
        k->read = read_target(cell, &k->t);
        g_hash_table_insert(memo, g_strdup(cell), k);
        known = k;
    }
    return known;
}

gboolean jx_norm_target(const char *cell, jx_target *out)
{
    if (!out)
        return FALSE;
    if (!cell)
        return read_target(cell, out);
    const known_target *known = known_reading(cell);
    *out = target_copy(&known->t);
    return known->read;
}

/* See normalize.h. */
gboolean jx_norm_target_peek(const char *cell, const jx_target **out)
{
    static const jx_target empty = {0};
    if (!cell) {
        *out = &empty;
        return FALSE;
    }
    const known_target *known = known_reading(cell);
    *out = &known->t; /* the memo's: borrowed */
    return known->read;
}
