/*
 * cell.c — what a cell is, judged from its text alone.
 *
 * The order of the tests matters and is the point of this file: an operator
 * before a number (`=` is not a number), a unit before a label, a combined
 * target (`≥125家`) before free text.  Position is not considered here; align.c
 * weighs it.
 */
#include "parse/parse.h"

#include <string.h>

/* A 序号 is a short whole number; longer ones are values (2000, 1200000).
 * Four digits number any real table's rows. */
#define SEQ_MAX_DIGITS 4

static gboolean is_small_int(const char *s)
{
    gsize n = strlen(s);
    if (n == 0 || n > SEQ_MAX_DIGITS)
        return FALSE;
    for (gsize i = 0; i < n; i++)
        if (!g_ascii_isdigit(s[i]))
            return FALSE;
    return TRUE;
}

/* A combined target states more than a bare value: an operator, a unit or a
 * date together with the value. */
static gboolean is_combined_target(const char *norm)
{
    const jx_target *t; /* borrowed: only looked at */
    return jx_norm_target_peek(norm, &t) && (t->kind == JX_KIND_NUMBER || t->kind == JX_KIND_DATE) &&
           (t->op != JX_OP_NONE || t->unit != NULL || t->kind == JX_KIND_DATE);
}

/* Words real tables write in the operator or direction columns that state no
 * operator: the indicator is qualitative, or which way is better. */
static const char *const column_marks[] = {"定性", "定量", "正向", "反向", "中性", "正向指标", "反向指标"};

static gboolean is_mark(const char *norm)
{
    for (gsize i = 0; i < G_N_ELEMENTS(column_marks); i++)
        if (strcmp(norm, column_marks[i]) == 0)
            return TRUE;
    return FALSE;
}

gsize jx_cell_mark_at(const char *p)
{
    gsize best = 0;
    for (gsize i = 0; i < G_N_ELEMENTS(column_marks); i++) {
        gsize n = strlen(column_marks[i]);
        if (n > best && strncmp(p, column_marks[i], n) == 0)
            best = n;
    }
    return best;
}

/* Cheap facts that rule out most tests for most cells: an operator or a unit
 * is a few characters, a label a few more, and a number, date or combined
 * target of any length has a digit or is short (三次, 百分之九十五). */
#define SHORT_CHARS 8
#define LABEL_CHARS 24

jx_cell_kind jx_cell_classify(const char *norm)
{
    if (!norm || !*norm)
        return JX_CK_EMPTY;
    glong chars = g_utf8_strlen(norm, -1);
    gboolean is_short = chars <= SHORT_CHARS;
    gboolean numeric = is_short || strpbrk(norm, "0123456789") != NULL;
    if (is_short && is_mark(norm))
        return JX_CK_MARK;
    /* `norm` is normalized already: not jx_norm_op/jx_norm_unit, which
     * would normalize it again */
    if (is_short && jx_norm_op_normalized(norm) != JX_OP_NONE)
        return JX_CK_OP;
    if (is_small_int(norm))
        return JX_CK_INT;
    if (numeric) {
        char *num = jx_norm_number(norm);
        if (num) {
            g_free(num);
            return JX_CK_NUMBER;
        }
    }
    if (is_short) {
        char *unit = jx_norm_unit_normalized(norm);
        g_free(unit);
        if (unit)
            return JX_CK_UNIT;
    }
    if (numeric) {
        char *date = jx_norm_date(norm);
        if (date) {
            g_free(date);
            return JX_CK_DATE;
        }
        if (is_combined_target(norm))
            return JX_CK_TARGET;
    }
    if (chars > LABEL_CHARS)
        return JX_CK_TEXT;
    int level = jx_taxonomy_label_level(norm);
    if (level == 1)
        return JX_CK_LEVEL1;
    if (level == 2)
        return JX_CK_LEVEL2;
    /* a level-1 and level-2 label in one cell (产出/数量指标, 产出指标-质量指标)
     * heads the row's group as a level-1 label does */
    return jx_labels_joined(norm) ? JX_CK_LEVEL1 : JX_CK_TEXT;
}

/* The labels of a table's summary rows.  Here, with what cells are, because
 * both the header reader (a caption is not a summary) and the score and
 * budget readers ask. */
#define SUMMARY_WORD(s) {s, sizeof(s) - 1}
static const struct {
    const char *word;
    gsize len; /* compared first: every cell of every row is asked */
} summary_words[] = {
    SUMMARY_WORD("合计"),     SUMMARY_WORD("总计"),     SUMMARY_WORD("总分"),
    SUMMARY_WORD("得分合计"), SUMMARY_WORD("分值合计"), SUMMARY_WORD("小计"),
    SUMMARY_WORD("综合得分"), SUMMARY_WORD("总得分"),   SUMMARY_WORD("总分值"),
    SUMMARY_WORD("汇总"),
};

gboolean jx_score_is_summary(const char *norm)
{
    if (!norm)
        return FALSE;
    gsize n = strlen(norm);
    for (gsize i = 0; i < G_N_ELEMENTS(summary_words); i++)
        if (n == summary_words[i].len && memcmp(norm, summary_words[i].word, n) == 0)
            return TRUE;
    return FALSE;
}
