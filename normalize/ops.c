/*
 * ops.c — comparison operators as target tables write them, as data.
 *
 * Spellings are matched after jx_norm_text (so `＞＝` arrives as `>=` and
 * `$\geq$` as `≥`); the raw LaTeX names are listed too for callers that pass
 * un-normalized text to the internal helpers.
 */
#include "normalize/norm_internal.h"

#include <string.h>

/* Operators that precede the value (`≥95%`, `不低于95%`) or fill a 计算符号 cell. */
static const struct {
    const char *text;
    jx_op op;
} leading_ops[] = {
    {"≥", JX_OP_GE},      {"≧", JX_OP_GE},        {"⩾", JX_OP_GE},       {">=", JX_OP_GE},
    {"=>", JX_OP_GE},     {"\\geq", JX_OP_GE},    {"\\ge", JX_OP_GE},    {"不低于", JX_OP_GE},
    {"不少于", JX_OP_GE}, {"大于等于", JX_OP_GE}, {"大于或等于", JX_OP_GE}, {"不小于", JX_OP_GE},
    {"至少", JX_OP_GE},   {"≤", JX_OP_LE},        {"≦", JX_OP_LE},       {"⩽", JX_OP_LE},
    {"<=", JX_OP_LE},     {"=<", JX_OP_LE},       {"\\leq", JX_OP_LE},   {"\\le", JX_OP_LE},
    {"不高于", JX_OP_LE}, {"不超过", JX_OP_LE},   {"不大于", JX_OP_LE},  {"不多于", JX_OP_LE},
    {"小于等于", JX_OP_LE}, {"小于或等于", JX_OP_LE}, {"最多", JX_OP_LE}, {"=", JX_OP_EQ},
    {"==", JX_OP_EQ},     {"＝", JX_OP_EQ},       {"等于", JX_OP_EQ},    {">", JX_OP_GT},
    {"＞", JX_OP_GT},     {"大于", JX_OP_GT},     {"超过", JX_OP_GT},    {"高于", JX_OP_GT},
    {"多于", JX_OP_GT},   {"<", JX_OP_LT},        {"＜", JX_OP_LT},      {"小于", JX_OP_LT},
    {"低于", JX_OP_LT},   {"少于", JX_OP_LT},
};

/* Words that follow the value and state its direction (`95%以上`). */
static const struct {
    const char *text;
    jx_op op;
} trailing_ops[] = {
    {"以上", JX_OP_GE},     {"及以上", JX_OP_GE}, {"或以上", JX_OP_GE}, {"(含)以上", JX_OP_GE},
    {"以上(含)", JX_OP_GE}, {"以下", JX_OP_LE},   {"及以下", JX_OP_LE}, {"或以下", JX_OP_LE},
    {"(含)以下", JX_OP_LE}, {"以下(含)", JX_OP_LE}, {"以内", JX_OP_LE}, {"之内", JX_OP_LE},
    {"(含)以内", JX_OP_LE}, {"以内(含)", JX_OP_LE},
};

static const char *const op_symbols[] = {
    [JX_OP_NONE] = NULL, [JX_OP_EQ] = "=", [JX_OP_GE] = ">=",
    [JX_OP_LE] = "<=",   [JX_OP_GT] = ">", [JX_OP_LT] = "<",
};

const char *jx_op_symbol(jx_op op)
{
    if ((unsigned)op >= G_N_ELEMENTS(op_symbols))
        return NULL;
    return op_symbols[op];
}

/* A LaTeX name such as `\le` matches only as a whole word, not inside `\left`. */
static gboolean ends_cleanly(const char *entry, const char *rest)
{
    return entry[0] != '\\' || !g_ascii_isalpha(*rest);
}

/* The signs jx_norm_is_op_sign answers for. */
static const gunichar op_signs[] = {0x2265 /* ≥ */, 0x2264 /* ≤ */, '>', '<', '=',
                                    0xFF1E /* ＞ */, 0xFF1C /* ＜ */, 0xFF1D /* ＝ */};

gboolean jx_norm_is_op_sign(gunichar c)
{
    for (gsize i = 0; i < G_N_ELEMENTS(op_signs); i++)
        if (op_signs[i] == c)
            return TRUE;
    return FALSE;
}

gsize jx_norm_op_prefix(const char *s, jx_op *op)
{
    gsize best = 0;
    *op = JX_OP_NONE;
    for (gsize i = 0; i < G_N_ELEMENTS(leading_ops); i++) {
        if (leading_ops[i].text[0] != s[0]) /* most texts open with no operator's byte */
            continue;
        gsize n = strlen(leading_ops[i].text);
        if (n > best && strncmp(leading_ops[i].text, s, n) == 0 &&
            ends_cleanly(leading_ops[i].text, s + n)) {
            best = n;
            *op = leading_ops[i].op;
        }
    }
    return best;
}

/* Copy of `s` without ASCII spaces: `> =` and `大于 等于` are still one operator. */
static char *without_spaces(const char *s)
{
    GString *out = g_string_new(NULL);
    for (; *s; s++)
        if (*s != ' ')
            g_string_append_c(out, *s);
    return g_string_free(out, FALSE);
}

jx_op jx_norm_op_lookup(const char *s)
{
    /* most texts hold no space: looked up as they are, not copied */
    char *copy = strchr(s, ' ') ? without_spaces(s) : NULL;
    const char *t = copy ? copy : s;
    jx_op op = JX_OP_NONE;
    for (gsize i = 0; i < G_N_ELEMENTS(leading_ops); i++)
        if (jx_norm_may_start(leading_ops[i].text, t) && strcmp(leading_ops[i].text, t) == 0)
            op = leading_ops[i].op;
    g_free(copy);
    return op;
}

jx_op jx_norm_op_trailing(const char *s)
{
    for (gsize i = 0; i < G_N_ELEMENTS(trailing_ops); i++)
        if (trailing_ops[i].text[0] == s[0] && strcmp(trailing_ops[i].text, s) == 0)
            return trailing_ops[i].op;
    return JX_OP_NONE;
}

/* What `lookup` finds for the normalized text of `s`. */
static jx_op normalized_op(const char *s, jx_op (*lookup)(const char *))
{
    if (!s)
        return JX_OP_NONE;
    char *own;
    jx_op op = lookup(jx_norm_text_view(s, &own));
    g_free(own);
    return op;
}

/* Every trailing operator word holds 以 or 之 (以上, 以内, 之内 …), so a text
 * with neither holds none: two scans instead of one a word.  Checked against
 * the table once, so that a word added without them turns the shortcut off
 * instead of being missed. */
static gboolean trailing_marks_cover(void)
{
    static gsize covered = 0; /* 0 not yet known, 1 no, 2 yes */
    if (g_once_init_enter(&covered)) {
        gsize yes = 2;
        for (gsize i = 0; i < G_N_ELEMENTS(trailing_ops); i++)
            if (!strstr(trailing_ops[i].text, "以") && !strstr(trailing_ops[i].text, "之"))
                yes = 1;
        g_once_init_leave(&covered, yes);
    }
    return covered == 2;
}

gboolean jx_norm_holds_word_after(const char *s)
{
    if (!s)
        return FALSE;
    if (!trailing_marks_cover() || strstr(s, "以") || strstr(s, "之"))
        for (gsize i = 0; i < G_N_ELEMENTS(trailing_ops); i++)
            if (strstr(s, trailing_ops[i].text))
                return TRUE;
    return jx_norm_holds_before_word(s);
}

jx_op jx_norm_op_after(const char *s)
{
    return normalized_op(s, jx_norm_op_trailing);
}

jx_op jx_norm_op(const char *s)
{
    return normalized_op(s, jx_norm_op_lookup);
}

jx_op jx_norm_op_normalized(const char *norm)
{
    return norm ? jx_norm_op_lookup(norm) : JX_OP_NONE;
}
