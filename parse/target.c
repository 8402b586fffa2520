/*
 * target.c — a target table's rows → indicator records.
 *
 * For each row: align its cells to the header's roles (align.c), tell data
 * rows from fragments of a neighbour's cell (wrapped text, a cell cut by a
 * page break), join fragments, resolve merged labels (labels.c), then read
 * the target cells (normalize).  Every data row becomes a record; what had to
 * be inferred is said in its flags.  The rows are built in target_build.c
 * and the files it uses (see target_row.h); here the entry point
 * jx_target_emit, the last passes over the built rows (group weights,
 * footers, labels resolved by section) and the records (emit_row,
 * target_record).
 */
#include "parse/target_row.h"

#include <stdlib.h>
#include <string.h>

/* A target read from a row's op, value and unit cells; a figure that states
 * no unit takes the one its column's header states (`header_unit`, may be
 * NULL), and the row is flagged `unit-from-header`. */
/* A target text this long or longer is joined on the heap: one cell of
 * prose written into the value column, beyond a form's usual cell. */
#define TARGET_TEXT_ON_STACK 256

/* Sets `rec`'s text: the raw operator, value and unit cells of `b` in
 * column order, as they stood, joined by ` | `.  Joined on the stack (the
 * record copies it): this runs for every target row. */
static void set_target_text(jx_record *rec, const built_row *b, jx_role op_r, jx_role val_r,
                            jx_role unit_r)
{
    static const char sep[] = " | ";
    const jx_role order[] = {op_r, val_r, unit_r};
    const jx_pcell *cells[3];
    for (int i = 0; i < 3; i++)
        cells[i] = b->by_role[order[i]];
    /* in column order, as they stood */
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (cells[i] && cells[j] && cells[j]->col < cells[i]->col) {
                const jx_pcell *tmp = cells[i];
                cells[i] = cells[j];
                cells[j] = tmp;
            }
    gsize len[3] = {0}, total = 0;
    for (int i = 0; i < 3; i++)
        if (cells[i]) {
            len[i] = strlen(cells[i]->raw);
            total += len[i] + (sizeof sep - 1);
        }
    char small[TARGET_TEXT_ON_STACK];
    char *text = total < sizeof small ? small : g_malloc(total + 1);
    gsize n = 0;
    for (int i = 0; i < 3; i++)
        if (cells[i]) {
            if (n) {
                memcpy(text + n, sep, sizeof sep - 1);
                n += sizeof sep - 1;
            }
            memcpy(text + n, cells[i]->raw, len[i]);
            n += len[i];
        }
    text[n] = '\0';
    jx_record_set_string(rec, JX_F_TEXT, text);
    if (text != small)
        g_free(text);
}

static jx_record *target_record(built_row *b, jx_role op_r, jx_role val_r, jx_role unit_r,
                                const char *header_unit)
{
    jx_target t = {0};
    /* the value read alone, once: it is the target unless the unit column
     * completes it */
    if (b->text[val_r]) {
        /* less a remark run into it (`暂定85%`) */
        char *bare = jx_norm_cut_remarks(b->text[val_r]);
        jx_norm_target(bare ? bare : b->text[val_r], &t);
        g_free(bare);
    }
    /* a date or figure whose last word stands in the unit column (`2019 年 9
     * 月 30` | `日`: a layout set it wider than its column) is read whole */
    gboolean cut = b->text[val_r] && b->text[unit_r] &&
                   jx_trow_completes_read_target(b->text[val_r], &t, b->text[unit_r]);
    if (cut) {
        jx_target_clear(&t);
        char *whole = jx_norm_join(b->text[val_r], b->text[unit_r]);
        jx_norm_target(whole, &t);
        g_free(whole);
    }
    if (b->text[op_r] && t.op == JX_OP_NONE)
        t.op = jx_norm_op(b->text[op_r]);
    /* a remark the 备注 column ran into the unit's (`基本消除` | `暂定`) is no unit */
    if (!t.unit && b->text[unit_r] && !cut && !jx_norm_is_remark(b->text[unit_r])) {
        t.unit = jx_norm_unit(b->text[unit_r]);
        if (!t.unit && b->by_role[unit_r])
            t.unit = jx_norm_unit_before_remark(b->by_role[unit_r]->raw);
        if (!t.unit)
            t.unit = g_strdup(b->text[unit_r]);
    }
    /* a unit set one space before the explanation beside it, right of an
     * empty unit column (`=100 | | % 反映补助对象识别精准率情况`): the
     * explanation's column took both, and the figure went without its unit */
    if (!t.unit && !b->text[unit_r] && unit_r == JX_ROLE_UNIT && t.kind == JX_KIND_NUMBER &&
        b->by_role[JX_ROLE_EXPLAIN])
        t.unit = jx_norm_unit_before_remark(b->by_role[JX_ROLE_EXPLAIN]->raw);
    if (!t.unit && header_unit && t.kind == JX_KIND_NUMBER) {
        t.unit = g_strdup(header_unit);
        add_flag(b, "unit-from-header");
    }
    const char *unit = t.unit;

    jx_record *rec = NULL;
    if (t.kind != JX_KIND_NONE || t.op != JX_OP_NONE || unit) {
        rec = jx_record_new(JX_RECORD_VALUE);
        jx_record_set_string(rec, JX_F_OP, jx_op_symbol(t.op));
        jx_record_set_string(rec, JX_F_VALUE, t.value);
        jx_record_set_string(rec, JX_F_KIND, jx_kind_name(t.kind));
        jx_record_set_string(rec, JX_F_UNIT, unit);
        set_target_text(rec, b, op_r, val_r, unit_r);
    }
    jx_target_clear(&t);
    return rec;
}

/* Sorting a GPtrArray hands the comparator pointers to elements. */
static gint flag_cmp(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A decimal string of a weight or score cell (`20`, `9.5`, `20分`), or NULL. */
static char *points_of(const char *norm)
{
    if (!norm)
        return NULL;
    char *t = g_strstrip(g_strdup(norm));
    if (g_str_has_suffix(t, "分"))
        t[strlen(t) - strlen("分")] = '\0';
    char *num = *t && (g_ascii_isdigit(t[0]) || t[0] == '.') ? jx_norm_number(g_strstrip(t)) : NULL;
    g_free(t);
    return num;
}

/* The 实际完成值 of a self-evaluation row, read like a target (its text as
 * printed), or NULL when the cell is empty.  A value wrapped round its row's
 * line (`2022年6月28` / `日` above and below it, nothing on it) has no cell
 * on the row's line: its lines, joined, are its text. */
static jx_record *actual_record(const built_row *b)
{
    const jx_pcell *c = b->by_role[JX_ROLE_ACTUAL];
    const char *joined = b->text[JX_ROLE_ACTUAL];
    if (!joined || !*joined)
        return NULL;
    jx_target t = {0};
    jx_norm_target(joined, &t);
    jx_record *rec = jx_record_new(JX_RECORD_VALUE);
    jx_record_set_string(rec, JX_F_OP, jx_op_symbol(t.op));
    jx_record_set_string(rec, JX_F_VALUE, t.value);
    jx_record_set_string(rec, JX_F_KIND, jx_kind_name(t.kind));
    jx_record_set_string(rec, JX_F_UNIT, t.unit);
    jx_record_set_string(rec, JX_F_TEXT, c ? c->raw : joined);
    jx_target_clear(&t);
    return rec;
}

/* `text` without `own`, when `own` stands in it once and strictly inside
 * (a piece before it and one after): the pieces a cell's wrapped lines set
 * round the row's own cell, joined (a new string); NULL otherwise. */
static char *pieces_round_own(const char *text, const char *own)
{
    const char *at = strstr(text, own);
    gsize own_len = strlen(own);
    if (!at || at == text || !at[own_len] || strstr(at + 1, own))
        return NULL;
    return g_strdup_printf("%.*s%s", (int)(at - text), text, at + own_len);
}

/* Makes row `b`'s own cell of role `from` its actual, the cell's text with
 * it (the text as printed), and leaves `from` the `pieces` wrapped round
 * the row's line (taken), which have no cell there. */
static void own_cell_to_actual(built_row *b, jx_role from, char *pieces)
{
    const jx_pcell *own = b->by_role[from];
    b->by_role[JX_ROLE_ACTUAL] = own;
    b->by_role[from] = NULL;
    text_borrow(b, JX_ROLE_ACTUAL, own->norm);
    text_set(b, from, pieces);
}

/*
 * A self-evaluation's actual read into its target: pdftotext -layout
 * centres a target wrapped over two lines round its row's line, none of it
 * on that line (`≥380万` / row line / `元`), and prints a narrow actual
 * centred in its column on the row's line, to the left of the other rows'
 * actuals, within the target column's span (`306万元`): the reader puts it
 * in the target's column and the row's target reads `≥380万306万元元`, its
 * actual empty.  When row `b` of a table with an actual column has no actual
 * of its own, its target's text is the row's own cell between pieces wrapped
 * above and below, the pieces around it joined are a whole value and so is
 * the own cell, the own cell is the actual and the pieces the target
 * (`≥380万元`, `=3980批次`, `≥8.24公里`).  Whole figures only (a number with
 * its unit, whole_figure): the pieces of a date or a text target wrapped
 * round a figure say nothing of which column it is.
 */
static void actual_out_of_target(built_row *b, const jx_header *header)
{
    const jx_pcell *own = b->by_role[JX_ROLE_VALUE];
    const char *text = b->text[JX_ROLE_VALUE];
    if (!table_has_role(header, JX_ROLE_ACTUAL) || b->text[JX_ROLE_ACTUAL] || !own || !text ||
        b->wrapped_above[JX_ROLE_VALUE] < 1 || b->wrapped_below[JX_ROLE_VALUE] < 1 ||
        b->text[JX_ROLE_OP] || b->text[JX_ROLE_UNIT])
        return;
    if (!whole_figure(own->norm) || whole_figure(text))
        return;
    char *pieces = pieces_round_own(text, own->norm);
    if (!pieces || !whole_figure(pieces)) {
        g_free(pieces);
        return;
    }
    /* the cell moves with its text: the actual's text is the cell's as
     * printed, the target, wrapped round the row's line, has none there */
    own_cell_to_actual(b, JX_ROLE_VALUE, pieces);
}

/*
 * A self-evaluation's target and actual printed one space apart: a narrow
 * target column and the actual's beside it leave a single blank between
 * their values (`≥860万 579万元`, `≥4 万人 4 万人`), the target's unit at
 * times wrapped below (`元`), and the layout reader keeps them as one cell
 * in the target's column: the target read `≥860万579万元元` (text), the
 * actual empty.  When row `b` of a table with an actual column has no
 * actual of its own, its target's text reads as no whole figure, and
 * exactly one blank of its own cell parts it into a whole figure after the
 * blank (a number with its unit: the actual) and, before it, what joined
 * with the target's pieces wrapped round the cell is a whole figure too,
 * the cell is read so.
 */
static void actual_split_from_target(built_row *b, const jx_header *header)
{
    const jx_pcell *own = b->by_role[JX_ROLE_VALUE];
    const char *text = b->text[JX_ROLE_VALUE];
    if (b->text[JX_ROLE_ACTUAL] || !own || !text || !own->norm || !*own->norm ||
        b->text[JX_ROLE_OP] || b->text[JX_ROLE_UNIT] || !strchr(own->raw, ' ') ||
        !table_has_role(header, JX_ROLE_ACTUAL) || whole_figure(text))
        return;
    const char *at = strstr(text, own->norm);
    if (!at || strstr(at + 1, own->norm))
        return;
    char *before = g_strndup(text, (gsize)(at - text));
    const char *after = at + strlen(own->norm);
    char *target = NULL, *actual = NULL;
    int found = 0;
    for (const char *sp = strchr(own->raw, ' '); sp && found < 2; sp = strchr(sp + 1, ' ')) {
        char *raw1 = g_strndup(own->raw, (gsize)(sp - own->raw));
        char *norm1 = jx_norm_text(raw1), *norm2 = jx_norm_text(sp + 1);
        /* the target's pieces above its cell, the part, its pieces below */
        char *joined = g_strconcat(before, norm1, after, NULL);
        if (*norm1 && whole_figure(norm2) && whole_figure(joined)) {
            found++;
            g_free(target);
            g_free(actual);
            target = g_strdup(joined);
            actual = g_strdup(norm2);
        }
        g_free(raw1);
        g_free(norm1);
        g_free(norm2);
        g_free(joined);
    }
    g_free(before);
    if (found != 1) {
        g_free(target);
        g_free(actual);
        return;
    }
    /* the cell held both: neither keeps it as its own */
    b->by_role[JX_ROLE_VALUE] = NULL;
    text_set(b, JX_ROLE_VALUE, target);
    text_set(b, JX_ROLE_ACTUAL, actual);
}

/*
 * A self-evaluation's actual read into its name: pdftotext -layout centres
 * a name and a target each wrapped over two lines round their row's line,
 * none of them on it (`资金兑付及时` / row line / `性`), and prints the
 * actual on that line in its own column (`按时完成`, `基本达到`).  A text
 * reads as a name before anything else (every row has one), so the row's
 * one text cell on its line became its name and the row read
 * `资金兑付及时按时完成性`, its actual empty.  When row `b` of a table whose
 * header sets the actual column right before the weight's has no actual of
 * its own, its own name cell stands right before its weight cell (the
 * line's columns may stand a column off the header's: its place beside the
 * weight says which it is), and the name's text is that cell between
 * pieces wrapped above and below, the own cell is the actual and the
 * pieces the name.
 */
static void actual_out_of_name(built_row *b, const jx_header *header)
{
    const jx_pcell *own = b->by_role[JX_ROLE_NAME], *weight = b->by_role[JX_ROLE_WEIGHT];
    const char *text = b->text[JX_ROLE_NAME];
    /* (the row's own facts first: the header is scanned for few rows) */
    if (b->text[JX_ROLE_ACTUAL] || !own || !text || !own->norm || !weight ||
        own->col + 1 != weight->col || b->wrapped_above[JX_ROLE_NAME] < 1 ||
        b->wrapped_below[JX_ROLE_NAME] < 1)
        return;
    int actual = role_column(header, JX_ROLE_ACTUAL);
    if (actual < 0 || actual + 1 >= header->n_cols || header->roles[actual + 1] != JX_ROLE_WEIGHT)
        return;
    char *pieces = pieces_round_own(text, own->norm);
    if (pieces)
        own_cell_to_actual(b, JX_ROLE_NAME, pieces); /* as in actual_out_of_target */
}

/* The fields a self-evaluation row adds to its indicator (records.md). */
static void set_self_evaluation(jx_record *rec, built_row *b)
{
    jx_record *actual = actual_record(b);
    jx_record_set_record(rec, JX_F_ACTUAL, actual);
    const char *wt = b->text[JX_ROLE_WEIGHT], *sc = b->text[JX_ROLE_SCORE];
    char *weight = points_of(wt);
    char *score = points_of(sc);
    jx_record_set_string(rec, JX_F_WEIGHT, weight);
    jx_record_set_string(rec, JX_F_SCORE, score);
    if ((!jx_selfeval_is_blank(wt) && !weight) || (!jx_selfeval_is_blank(sc) && !score))
        add_flag(b, "unreadable-score");
    if (actual && g_strcmp0(jx_record_string(actual, JX_F_KIND), "text") == 0)
        add_flag(b, "actual-text");
    g_free(weight);
    g_free(score);
    /* a dash or 无 says there is no deviation to explain */
    const char *dev = b->text[JX_ROLE_DEVIATION];
    jx_record_set_string(rec, JX_F_DEVIATION, jx_selfeval_is_blank(dev) ? NULL : dev);
    if (b->group_weight) /* absent when the label prints none (records.md) */
        jx_record_set_string(rec, JX_F_GROUP_WEIGHT, b->group_weight);
}

/* TRUE when row `b` holds its 序号 and nothing else (no name, no target,
 * no text of a row): a number whose row's lines went to its neighbours
 * states no indicator. */
static gboolean number_only(const built_row *b)
{
    if (!b->text[JX_ROLE_SEQ])
        return FALSE;
    for (int r = 0; r < JX_ROLE_COUNT; r++)
        if (r != JX_ROLE_SEQ && !is_label_role(r) && b->text[r])
            return FALSE;
    return !has_target(b);
}

/* The most digits a row number run into a label has (999 rows). */
#define RUN_IN_NUMBER_MAX_DIGITS 3

const char *jx_trow_past_run_in_number(const char *label)
{
    if (!label)
        return NULL;
    gsize digits = 0;
    while (g_ascii_isdigit(label[digits]))
        digits++;
    const char *rest = label + digits;
    if (*rest == ' ') /* the one space a browser leaves (`4 产出`) */
        rest++;
    if (digits == 0 || digits > RUN_IN_NUMBER_MAX_DIGITS ||
        g_unichar_get_script(g_utf8_get_char(rest)) != G_UNICODE_SCRIPT_HAN)
        return label;
    return jx_label_either_level(rest) ? rest : label;
}

/* Splits the comparison signs that close `text` (`人均培训成本≤`, `% =`) off
 * it: TRUE with `*rest` (chomped, never empty) and `*op` (the signs, an
 * operator jx_norm_op knows) newly allocated; FALSE, both untouched, when
 * `text` ends with no such operator or is nothing else. */
static gboolean split_closing_op(const char *text, char **rest, char **op)
{
    const char *end = text + strlen(text);
    const char *sign = end;
    while (sign > text) {
        const char *prev = g_utf8_find_prev_char(text, sign);
        if (!prev || !jx_norm_is_op_sign(g_utf8_get_char(prev)))
            break;
        sign = prev;
    }
    if (sign == end || sign == text || jx_norm_op(sign) == JX_OP_NONE)
        return FALSE;
    char *head = g_strchomp(g_strndup(text, (gsize)(sign - text)));
    if (!*head) {
        g_free(head);
        return FALSE;
    }
    *rest = head;
    *op = g_strdup(sign);
    return TRUE;
}

/* A comparison sign printed in the empty operator column right after a long
 * name (`人均培训成本≤`, `举办招聘会(暂定) ≥`) is read into the name's cell
 * when the two cells touch (an operator column the header finder may not
 * keep, all its other cells empty): a name never ends with a sign, so the
 * sign is the row's operator. */
static void op_off_name_end(built_row *b)
{
    char *rest = NULL, *op = NULL;
    if (!b->text[JX_ROLE_NAME] || (b->text[JX_ROLE_OP] && *b->text[JX_ROLE_OP]) ||
        !split_closing_op(b->text[JX_ROLE_NAME], &rest, &op))
        return;
    text_set(b, JX_ROLE_NAME, rest);
    text_set(b, JX_ROLE_OP, op);
}

/* A form with two targets side by side (半年 | 全年: op | value | unit, twice)
 * whose operator column starts right after the other target's unit column:
 * a print that sets the two cells a word space apart or touching reads the
 * sign into the unit (`% =`, `所≥`: Chromium's and wkhtmltopdf's prints of a
 * web page).  A unit never ends with a sign: where the rest is a unit and
 * the operator column after it holds nothing, the sign is that target's
 * operator. */
static void op_off_unit_end(built_row *b, const jx_header *header)
{
    static const jx_role units[] = {JX_ROLE_HALF_UNIT, JX_ROLE_UNIT};
    static const jx_role next_ops[] = {JX_ROLE_OP, JX_ROLE_HALF_OP};
    for (gsize i = 0; i < G_N_ELEMENTS(units); i++) {
        const char *unit = b->text[units[i]], *op_text = b->text[next_ops[i]];
        int unit_col = role_column(header, units[i]), op_col = role_column(header, next_ops[i]);
        char *rest = NULL, *op = NULL;
        if (!unit || (op_text && *op_text) || unit_col < 0 || op_col <= unit_col ||
            !split_closing_op(unit, &rest, &op))
            continue;
        char *known = jx_norm_unit(rest);
        if (known) {
            text_set(b, units[i], rest);
            text_set(b, next_ops[i], op);
        } else {
            g_free(rest);
            g_free(op);
        }
        g_free(known);
    }
}

/* The category of the last pair of labels asked (jx_taxonomy_category, a
 * static code or NULL): the rows of a group share their labels, and each
 * row asked the taxonomy again (two stem lookups and a walk of its level-2
 * labels).  The caller's, one per table; category_memo_clear frees it. */
typedef struct {
    char *level1, *level2; /* the labels asked (copies; NULL for none) */
    const char *category;
    gboolean known;
} category_memo;

static const char *category_of(category_memo *m, const char *l1, const char *l2)
{
    if (m->known && g_strcmp0(m->level1, l1) == 0 && g_strcmp0(m->level2, l2) == 0)
        return m->category;
    g_free(m->level1);
    g_free(m->level2);
    m->level1 = g_strdup(l1);
    m->level2 = g_strdup(l2);
    m->category = jx_taxonomy_category(l1, l2);
    m->known = TRUE;
    return m->category;
}

static void category_memo_clear(category_memo *m)
{
    g_free(m->level1);
    g_free(m->level2);
    *m = (category_memo){0};
}

/* The fewest characters a name keeps between a label's two pieces taken
 * off its ends: a one-character rest is the label's own middle more likely
 * than a name. */
#define LABEL_AROUND_NAME_MIN_REST 2
/* The most characters the head and tail pieces of a label wrapped round a
 * name can spell together: the longest level label with its code and
 * weight (一、产出指标（30分）, 效益指标—社会效益指标) is well under it.  The
 * search tries every head and tail within it, each a normalization, so
 * without the bound a paragraph-long name cost time cubic in its length. */
#define LABEL_AROUND_NAME_MAX_CHARS 24

/* The level label `head_len` bytes of `head` then `tail` spell (a new
 * string), or NULL when they spell none the taxonomy knows. */
static char *spelt_level_label(const char *head, gsize head_len, const char *tail)
{
    char *joined = g_strdup_printf("%.*s%s", (int)head_len, head, tail);
    if (jx_label_either_level(joined))
        return joined;
    g_free(joined);
    return NULL;
}

/* A layout dump sets a level label wrapped in its narrow column across the
 * lines of the row it is centred on: its first piece on a line before the
 * name's end (`社会效 政策宣传覆盖率`), its rest on a line after (`益`).
 * When those pieces are read into the name's cell as the row's wrapped
 * lines, the name comes out held between them (`社会效政策宣传覆盖率益`,
 * `产资金拨付及时率出`).  A name joined from several lines whose head and
 * tail, put together, spell a level label (社会效 + 益 = 社会效益) is
 * that: the name is what stands between them.  The longest such pair is
 * the label (满意 + 度指标, not 满意 + 指标).  A name whose pieces stand on
 * one line is left as it is (服务对象综合满意度, a PDF's one line, with
 * the labels' wrapped lines joined round it: its words, not a label's
 * pieces), and so is one holding the label whole somewhere: its own
 * words may then open or end with the label's (成本节约率 and a piece 成本
 * after it, not 成 + 本).  Returns the label the pieces spell (a new
 * string), or NULL when the name is left as it is. */
static char *label_off_name_ends(built_row *b)
{
    char *name = b->text[JX_ROLE_NAME];
    if (!name || !b->head_line[JX_ROLE_NAME] ||
        b->tail_line[JX_ROLE_NAME] <= b->head_line[JX_ROLE_NAME])
        return NULL;
    glong n = g_utf8_strlen(name, -1);
    for (glong k = MIN(n - LABEL_AROUND_NAME_MIN_REST, LABEL_AROUND_NAME_MAX_CHARS); k >= 2; k--) {
        for (glong h = 1; h < k; h++) {
            const char *rest = g_utf8_offset_to_pointer(name, h);
            const char *tail = g_utf8_offset_to_pointer(name, n - (k - h));
            char *label = spelt_level_label(name, (gsize)(rest - name), tail);
            if (!label)
                continue;
            if (strstr(name, label)) {
                g_free(label);
                return NULL;
            }
            text_set(b, JX_ROLE_NAME, g_strndup(rest, (gsize)(tail - rest)));
            return label;
        }
    }
    return NULL;
}

/* A narrow level-1 column prints its label with the weight (产出指标(40分));
 * a layout dump squeezes it into pieces (产出指 / 标(40 / 分)) that are
 * glued to the next column and lost to the row, which then comes out with
 * an empty level-1 beside a level-2 of its own (数量指标); the header's own
 * 一级指标 is squeezed the same way, so the table may not know it has a
 * level-1 column.  A row whose level-1 is empty takes the level-1 its
 * level-2 label sits under when the taxonomy puts that label under one
 * level-1 only (jx_taxonomy_owner_level1); otherwise `l1` as it is.
 * Asked only for rows with an empty level-1. */
static const char *level1_from_owner(const char *l1, const char *l2)
{
    if ((l1 && *l1) || !l2 || !*l2)
        return l1;
    const char *owner = jx_taxonomy_owner_level1(l2);
    return owner ? owner : l1;
}

static void emit_row(const jx_source *src, const jx_ptable *table, int index, built_row *b,
                     const char *l1, const char *l2, category_memo *categories,
                     jx_record_list *out)
{
    /* the label a wrapped label's pieces round the name spell stood on the
     * row's own lines: it is the row's, at its level, whatever the group's
     * filled-down label says */
    char *spelt = label_off_name_ends(b);
    if (spelt && jx_taxonomy_level1(spelt))
        l1 = spelt;
    else if (spelt)
        l2 = spelt;
    char *split1 = NULL, *split2 = NULL;
    if ((!l2 || !*l2) && (jx_labels_split_joined(l1, &split1, &split2) ||
                          jx_labels_split_adjacent(l1, &split1, &split2))) {
        l1 = split1;
        l2 = split2;
    } else if (l2 && *l2 && jx_labels_split_adjacent(l1, &split1, &split2)) {
        /* two labels side by side filled down over rows that the level-2
         * column gives a label of their own: the first is their level-1 */
        l1 = split1;
    }
    const char *owned = level1_from_owner(l1, l2);
    if (owned != l1) {
        /* not written on the form: say so, a reader may want the printed one */
        l1 = owned;
        add_flag(b, "level1-from-level2");
    }
    jx_record *rec = jx_record_new(JX_RECORD_INDICATOR);
    jx_record_set_string(rec, JX_F_DOC, jx_source_name(src));
    jx_record_set_int(rec, JX_F_TABLE, table->index);
    jx_record_set_int(rec, JX_F_ROW, index);
    if (b->page > 0)
        jx_record_set_int(rec, JX_F_PAGE, b->page);
    else
        jx_record_set_null(rec, JX_F_PAGE);
    const char *seq = b->text[JX_ROLE_SEQ];
    const char *own_l1 = b->text[JX_ROLE_LEVEL1]; /* the row's own cell, not filled down */
    if (seq && b->by_role[JX_ROLE_SEQ]->kind == JX_CK_INT)
        jx_record_set_int(rec, JX_F_SEQ, atoi(seq));
    else if (!seq && own_l1 && jx_trow_past_run_in_number(own_l1) != own_l1)
        jx_record_set_int(rec, JX_F_SEQ, atoi(own_l1));
    else
        jx_record_set_null(rec, JX_F_SEQ);
    jx_record_set_string(rec, JX_F_LEVEL1, jx_trow_past_run_in_number(l1));
    jx_record_set_string(rec, JX_F_LEVEL2, jx_trow_past_run_in_number(l2));
    op_off_name_end(b);
    op_off_unit_end(b, table->header);
    actual_out_of_target(b, table->header);
    actual_out_of_name(b, table->header);
    actual_split_from_target(b, table->header);
    jx_record_set_string(rec, JX_F_NAME, b->text[JX_ROLE_NAME] ? b->text[JX_ROLE_NAME] : "");
    jx_record_set_string(rec, JX_F_TASK, b->text[JX_ROLE_TASK]);
    /* beside an empty group's label, which level-2 heads the row is a guess:
     * the category says only what is certain, the level-1 code */
    gboolean unsure_level2 = has_flag(b, "empty-group-label");
    jx_record_set_string(rec, JX_F_CATEGORY,
                         category_of(categories, l1, unsure_level2 ? NULL : l2));

    /* the full-year target's fields sit on the record itself; a row with no
     * target cells keeps them null, with an empty text */
    char *unit = jx_trow_header_unit(table->header, JX_ROLE_VALUE);
    jx_record *full = target_record(b, JX_ROLE_OP, JX_ROLE_VALUE, JX_ROLE_UNIT, unit);
    g_free(unit);
    static const jx_field target_fields[] = {JX_F_OP, JX_F_VALUE, JX_F_KIND, JX_F_UNIT};
    for (gsize k = 0; k < G_N_ELEMENTS(target_fields); k++)
        jx_record_set_string(rec, target_fields[k],
                             full ? jx_record_string(full, target_fields[k]) : NULL);
    jx_record_set_string(rec, JX_F_TEXT, full ? jx_record_string(full, JX_F_TEXT) : "");
    if (!full || !jx_record_string(full, JX_F_VALUE))
        add_flag(b, "no-target");
    jx_record_free(full);

    if (table_has_role(table->header, JX_ROLE_HALF_VALUE) ||
        table_has_role(table->header, JX_ROLE_HALF_OP)) {
        char *half_unit = jx_trow_header_unit(table->header, JX_ROLE_HALF_VALUE);
        jx_record_set_record(rec, JX_F_HALF, target_record(b, JX_ROLE_HALF_OP, JX_ROLE_HALF_VALUE,
                                                         JX_ROLE_HALF_UNIT, half_unit));
        g_free(half_unit);
    }
    if (table_has_role(table->header, JX_ROLE_ACTUAL))
        set_self_evaluation(rec, b);
    if (!b->text[JX_ROLE_NAME])
        add_flag(b, "no-name");
    if (b->shifted)
        add_flag(b, "columns-shifted");
    if (b->junk)
        add_flag(b, "unassigned-cell");
    g_ptr_array_sort(b->flags, flag_cmp);
    jx_record_set_list(rec, JX_F_FLAGS, b->flags);
    jx_record_list_append(out, rec);
    g_free(split1);
    g_free(split2);
    g_free(spelt);
}

/* The pitch (lines from one row's first line to the next one's, as a rule)
 * of a dump that parts its rows with blank lines; the label resolver judges
 * centring in lines only there (see jx_label_context): a text browser
 * centres a rowspan on its lines, while pdftotext and spreadsheets set a
 * label on a row's own line. */
#define GAPPED_PITCH 2

/* How the rows' lines are known (row_lines). */
typedef enum {
    ROW_LINES_NONE,     /* some row has no lines, or a cell takes several */
    ROW_LINES_ROWS,     /* every row has its lines and its labels on its line */
    ROW_LINES_UNGAPPED, /* ... a row's first line follows the one before's last
                           as a rule, the lines ascend, and some label stands
                           on a line of its own (a PDF's layout text, which
                           sets a centred label on its span's middle line) */
    ROW_LINES_GAPPED    /* ... and blank lines part them (GAPPED_PITCH) */
} row_lines_kind;

/* TRUE when labels-only row `b` is a section row: a level-1 label on a row
 * of its own over rows that hold their level-2 labels (`一、产出指标` over
 * `（一）数量指标 | 名称 | 值`), in a table of one label column (`sections`),
 * or a label merged across columns (the section's cell across the table). */
static gboolean is_section_row(const built_row *b, gboolean sections)
{
    if (!b->labels_only)
        return FALSE;
    if (sections && b->text[JX_ROLE_LEVEL1] && jx_taxonomy_level1(b->text[JX_ROLE_LEVEL1]))
        return TRUE;
    for (guint c = 0; c < b->source->cells->len; c++) {
        const jx_pcell *cell = b->source->cells->pdata[c];
        if (!cell->spanned && cell->origin && cell->origin->colspan > 1)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when some work item (名称) is wrapped over lines of its rows: a layout
 * dump of a centred merged cell sets its pieces on the lines around the
 * middle of its span, between and beside the rows' own lines, so the mean
 * of its pieces' lines says which rows it is centred over where its row
 * alone (the one its first piece joined) does not.  A dump that keeps each
 * cell on its row's line (a cell stream, tab-separated text) wraps none. */
static gboolean work_items_wrapped(const GPtrArray *rows)
{
    for (guint i = 0; i < rows->len; i++)
        if (((const built_row *)rows->pdata[i])->label_pieces[JX_ROLE_TASK] > 1)
            return TRUE;
    return FALSE;
}

/* TRUE when row `b`'s level-2 label, set on one line (`line`), stands
 * beside a piece of the row's wrapped name, on the name's first or last
 * line, and not on the row's own line: a layout dump (pdftotext -layout)
 * sets a vertically centred merged label on its cell's middle line, which
 * may be a line where only a row's wrapped name goes on (数量指标 beside
 * 人数 of 城乡居民养老保险参保 / 人数, the row's figures a line above) — as
 * much a sign of positioned text as a label on a line of its own.  A dump
 * that keeps each cell on its row's line (html, csv, a cell stream) sets
 * the label on the row's line. */
static gboolean level2_beside_wrapped_name(const built_row *b, double line)
{
    int head = b->head_line[JX_ROLE_NAME], tail = b->tail_line[JX_ROLE_NAME];
    return b->label_pieces[JX_ROLE_LEVEL2] == 1 && b->line && line != b->line && head &&
           head < b->line && tail > b->line && (line == head || line == tail);
}

/* Line geometry of the rows for the label resolver: fills line_lo/line_hi
 * and, per label role, label_line, and says how far the lines tell where
 * labels stand (row_lines_kind). */
static row_lines_kind row_lines(const GPtrArray *rows, gboolean sections, double *line_lo,
                                double *line_hi, double *const label_line[JX_ROLE_COUNT],
                                int *row_gap)
{
    guint n = rows->len;
    if (n < 3)
        return ROW_LINES_NONE;
    int *steps = g_new(int, n), *gaps = g_new(int, n);
    /* a label on a line of its own, or beside a wrapped name's piece only
     * (level2_beside_wrapped_name) */
    gboolean label_alone = FALSE;
    /* lines that go back (a producer that numbers each page's lines anew)
     * say where rows stand on their page, not how far apart they are */
    gboolean ascending = TRUE;
    for (guint i = 0; i < n; i++) {
        const built_row *b = rows->pdata[i];
        gboolean tall = !b->first_line;
        /* a cell of several lines (pandoc's multiline rows, a quoted CSV
         * field) makes a row taller than its line numbers say */
        for (guint c = 0; c < b->source->cells->len && !tall; c++)
            tall = strchr(((const jx_pcell *)b->source->cells->pdata[c])->raw, '\n') != NULL;
        if (tall) {
            g_free(steps);
            g_free(gaps);
            return ROW_LINES_NONE;
        }
        ascending &= i == 0 || b->first_line > line_hi[i - 1];
        line_lo[i] = b->first_line;
        line_hi[i] = b->last_line;
        /* a section row's label stands alone on its line as any row's
         * cells do: it says nothing of centring */
        gboolean section = is_section_row(b, sections);
        for (gsize k = 0; k < G_N_ELEMENTS(label_roles); k++) {
            jx_role r = label_roles[k];
            label_line[r][i] = b->label_pieces[r] ? b->label_sum[r] / b->label_pieces[r] : b->line;
            label_alone |= b->labels_only && b->label_pieces[r] && !section;
        }
        label_alone |= !section && level2_beside_wrapped_name(b, label_line[JX_ROLE_LEVEL2][i]);
        if (i > 0) {
            const built_row *prev = rows->pdata[i - 1];
            steps[i - 1] = b->first_line - prev->first_line;
            gaps[i - 1] = b->first_line - prev->last_line;
        }
    }
    int m = (int)n - 1;
    gboolean gapped = jx_trow_nth_smallest(steps, m, m / 2) == GAPPED_PITCH;
    *row_gap = jx_trow_nth_smallest(gaps, m, m / 2);
    gboolean adjacent = *row_gap == 1;
    g_free(steps);
    g_free(gaps);
    if (gapped)
        return ROW_LINES_GAPPED;
    return adjacent && ascending && label_alone ? ROW_LINES_UNGAPPED : ROW_LINES_ROWS;
}

/* The widest usual gap between rows' lines where page breaks are closed
 * (close_page_gaps): LibreOffice's print sets rows tight and centres a cut
 * cell over the whole cell; a browser's parts rows with blank lines and
 * sets a cut cell's label by its part on the page (top_of_cut_span). */
#define PAGE_GAP_TIGHT_ROWS 1

/* Moves the lines of rows on a later page than the row before up by the
 * lines the page break put between them beyond the rows' usual gap
 * (`row_gap`): the page's foot, its number and the next page's head, which
 * a layout dump prints between a table's two parts.  A spreadsheet centres
 * a merged cell's label over the whole cell as printed, its rows on both
 * pages and not those lines, so counted in the lines of a cut span pull its
 * middle down by the furniture's height (效益指标 on a page's last row, its
 * group's rest on the next page, read as centred over the rows above).  Not
 * under a header the page repeats (a print range that repeats the header
 * centres each page's part of a cell on its own), nor beside a label read
 * alone on either side of the break (a cut cell's text read on both pages
 * already marks where the break stands). */
static void close_page_gaps(const GPtrArray *rows, int row_gap, double *line_lo,
                            double *line_hi, double *const label_line[JX_ROLE_COUNT])
{
    double shift = 0;
    for (guint i = 1; i < rows->len; i++) {
        const built_row *b = rows->pdata[i], *prev = rows->pdata[i - 1];
        if (prev->page > 0 && b->page > prev->page && !b->header_above && !prev->labels_only &&
            !b->labels_only) {
            double gap = line_lo[i] - line_hi[i - 1] - row_gap;
            if (gap > 0)
                shift += gap;
        }
        line_lo[i] -= shift;
        line_hi[i] -= shift;
        for (gsize k = 0; k < G_N_ELEMENTS(label_roles); k++)
            label_line[label_roles[k]][i] -= shift;
    }
}

/* The first and last line of row `b`'s cells' pieces (0, 0: none known):
 * a fragment of no role joined into the row (a footer's wrapped word) says
 * nothing of its height. */
static void cell_lines(const built_row *b, int *lo, int *hi)
{
    *lo = *hi = 0;
    for (int r = 0; r < JX_ROLE_COUNT; r++) {
        if (!b->head_line[r] || !b->tail_line[r])
            continue;
        *lo = *lo ? MIN(*lo, b->head_line[r]) : b->head_line[r];
        *hi = MAX(*hi, b->tail_line[r]);
    }
}

/* The first line of each row's own cells' pieces, its labels' aside (a
 * label wraps round the lines of the rows it heads; 0: none known), into
 * cells_lo, moved as close_page_gaps moved the row's first line
 * (`line_lo`).  Where a converter reads a piece of a row onto a line of
 * the row above (a name on the last line of the row before), the row's
 * first line is not its cells' first: this is. */
static void row_cells_first_line(const GPtrArray *rows, const double *line_lo, double *cells_lo)
{
    for (guint i = 0; i < rows->len; i++) {
        const built_row *b = rows->pdata[i];
        int lo = 0;
        for (int r = 0; r < JX_ROLE_COUNT; r++)
            if (b->head_line[r] && b->tail_line[r] && !is_label_role((jx_role)r))
                lo = lo ? MIN(lo, b->head_line[r]) : b->head_line[r];
        if (lo && b->first_line)
            cells_lo[i] = lo - (b->first_line - line_lo[i]);
    }
}

/* TRUE when a line between lo and hi holds none of row `b`'s cells. */
static gboolean blank_line_inside(const built_row *b, int lo, int hi)
{
    for (int line = lo + 1; line < hi; line++) {
        gboolean covered = FALSE;
        for (int r = 0; r < JX_ROLE_COUNT && !covered; r++)
            covered = b->head_line[r] && b->head_line[r] <= line && line <= b->tail_line[r];
        if (!covered)
            return TRUE;
    }
    return FALSE;
}

/* How many rows' height row `b` stands in a dump whose rows follow each
 * other: one, unless a line among its cells' lines holds none of them (a
 * name at the row's top and its target centred two lines below, a blank
 * line between: the row is that tall in the page), then the lines its
 * cells take beyond those its most wrapped cell runs over.  (A name
 * wrapped over three lines beside a centred target is one row: its lines
 * are no height of the row's own.)  A row holding a label counts one: the
 * label's pieces, wrapped over lines of the rows around, say where the
 * label stands, not how tall the row is. */
static double row_height(const built_row *b)
{
    for (gsize k = 0; k < G_N_ELEMENTS(label_roles); k++)
        if (b->label_pieces[label_roles[k]])
            return 1;
    int lo, hi;
    cell_lines(b, &lo, &hi);
    if (!lo || !blank_line_inside(b, lo, hi))
        return 1;
    int wrapped = 0;
    for (int r = 0; r < JX_ROLE_COUNT; r++)
        if (b->head_line[r] && b->tail_line[r])
            wrapped = MAX(wrapped, b->tail_line[r] - b->head_line[r]);
    return MAX(1, hi - lo + 1 - wrapped);
}

/* Extends line_hi of each tall row of `rows` (a name at its top, its
 * figures centred lower, a blank line between: see row_height) over the
 * padding below it, when TALL_ROW_MIN_BLANKS blank lines or more part it
 * from the next row: its figures' line is its middle, so it reaches as far
 * below that line as its top stands above it.  A label centred on the tall
 * row stands on that line; over the row's lines alone it would read as
 * centred on the row and the next together. */
static void tall_rows_take_padding(const GPtrArray *rows, const double *line_lo, double *line_hi)
{
    for (guint i = 0; i + 1 < rows->len; i++) {
        const built_row *b = rows->pdata[i], *next = rows->pdata[i + 1];
        int lo, hi;
        cell_lines(b, &lo, &hi);
        if (!lo || !b->line || next->page != b->page || !next->first_line ||
            next->first_line - line_hi[i] - 1 < TALL_ROW_MIN_BLANKS ||
            !blank_line_inside(b, lo, hi))
            continue;
        line_hi[i] = MIN(next->first_line - 1, b->line + (b->line - line_lo[i]));
    }
}

/* The length of `label` without the group weight it ends with, its
 * digits at [*digits_start, *digits_end); strlen(label) when it ends with
 * none (see jx_trow_strip_group_weight). */
static gsize group_weight_cut(const char *label, gsize *digits_start, gsize *digits_end)
{
    gsize n = strlen(label);
    gsize end = n;
    gboolean closed = end && (label[end - 1] == ')' || label[end - 1] == ']');
    if (closed)
        end--;
    gsize fen = strlen("分");
    if (end < fen || strncmp(label + end - fen, "分", fen) != 0)
        return n;
    end -= fen;
    *digits_end = end;
    while (end && (g_ascii_isdigit(label[end - 1]) || label[end - 1] == '.' || label[end - 1] == ' '))
        end--;
    if (end == *digits_end)
        return n;
    *digits_start = end;
    gboolean opened = end && (label[end - 1] == '(' || label[end - 1] == '[');
    if (opened != closed)
        return n;
    if (opened)
        end--;
    while (end && label[end - 1] == ' ')
        end--;
    return end == 0 ? n : end;
}

char *jx_trow_strip_group_weight(char *label, char **weight)
{
    if (!label)
        return NULL;
    gsize digits_start = 0, digits_end = 0;
    gsize end = group_weight_cut(label, &digits_start, &digits_end);
    if (label[end] == '\0')
        return label;
    if (weight) {
        char *digits = g_strstrip(g_strndup(label + digits_start, digits_end - digits_start));
        g_free(*weight);
        *weight = jx_norm_number(digits);
        g_free(digits);
    }
    label[end] = '\0';
    return label;
}

/* Drops the group weight from every row's labels, keeping the level-1
 * one's as the row's group weight (see jx_trow_strip_group_weight). */
static void strip_group_weights(GPtrArray *rows)
{
    for (guint i = 0; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        static const jx_role weighted[] = {JX_ROLE_LEVEL1, JX_ROLE_LEVEL2};
        for (gsize k = 0; k < G_N_ELEMENTS(weighted); k++) {
            jx_role r = weighted[k];
            gsize start, end;
            /* a label is cut in place: made the row's own first, if it has one */
            if (b->text[r] && b->text[r][group_weight_cut(b->text[r], &start, &end)] != '\0')
                jx_trow_strip_group_weight(text_own(b, r),
                                           r == JX_ROLE_LEVEL1 ? &b->group_weight : NULL);
        }
    }
}

gboolean jx_weight_piece_only(const char *text)
{
    for (const char *p = text; *p;) {
        if (g_ascii_isdigit(*p) || strchr(".()[]", *p))
            p++;
        else if (g_str_has_prefix(p, "分"))
            p += strlen("分");
        else
            return FALSE;
    }
    return *text != '\0';
}

/* TRUE when `text` may be a level-1 label or a piece of one: a label of
 * either level, a wrapped label's piece or tail, a row header's part, or
 * two labels joined or side by side. */
static gboolean reads_as_label(const char *text)
{
    char *l1 = NULL, *l2 = NULL;
    gboolean adjacent = jx_labels_split_adjacent(text, &l1, &l2);
    g_free(l1);
    g_free(l2);
    return adjacent || jx_taxonomy_label_word(text) || jx_taxonomy_label_piece(text) ||
           jx_taxonomy_row_header_part(text) || jx_taxonomy_row_header_word(text) ||
           jx_labels_joined(text);
}

/* A row whose cells stand a column or two left of the others' (a form's
 * row typed a cell short, `48 | 活动完成时限 | ≤ | 2023年12月31日`) sets
 * its name in the level-1 column: the row has a target and no name, and
 * its level-1 text is no label.  Every indicator row has a name, so that
 * text is the row's name, not a level-1 label (read as one, and centred,
 * it took the level-1 of the rows round it). */
static void name_read_as_level1(GPtrArray *rows)
{
    for (guint i = 0; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        const char *l1 = b->text[JX_ROLE_LEVEL1], *name = b->text[JX_ROLE_NAME];
        if (b->labels_only || (name && *name) || !l1 || !*l1 || reads_as_label(l1))
            continue;
        const char *value = b->text[JX_ROLE_VALUE], *op = b->text[JX_ROLE_OP];
        if ((!value || !*value) && (!op || !*op))
            continue;
        jx_trow_move_cell(b, JX_ROLE_LEVEL1, b, JX_ROLE_NAME);
    }
}

/* TRUE when row `b` has a target of its own (an operator or a value). */
static gboolean has_own_target(const built_row *b)
{
    const char *value = b->text[JX_ROLE_VALUE], *op = b->text[JX_ROLE_OP];
    return (value && *value) || (op && *op);
}

/* A row a cell short (a form leaves its level-1 cell out, or a merged cell
 * above covers it: `<td>资产管理</td><td>固定资产利用率</td><td>=100%</td>`)
 * is laid out by a browser or a spreadsheet a column left: its level-2
 * label in the level-1 column, its name in the level-2 column, its target
 * where the name goes (the aligner then reads the target to its own
 * slots, and the row comes out with two labels and no name).  Read by its
 * content: a row with a target and no name, whose level-2 text is no
 * label of either level nor a label's piece, and whose level-1 text is no
 * level-1 label, holds its name in the level-2 column and its level-2
 * label in the level-1 column; its level-1 is its group's, filled down.
 * Runs after name_read_as_level1 (a row two columns short). */
static void labels_read_a_column_left(GPtrArray *rows)
{
    for (guint i = 0; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        const char *l1 = b->text[JX_ROLE_LEVEL1], *l2 = b->text[JX_ROLE_LEVEL2];
        const char *name = b->text[JX_ROLE_NAME];
        if (b->labels_only || (name && *name) || !l1 || !*l1 || !l2 || !*l2 ||
            !has_own_target(b))
            continue;
        if (jx_taxonomy_level1(l1) || jx_labels_joined(l1) || reads_as_label(l2) ||
            jx_label_either_level(l2))
            continue;
        jx_trow_move_cell(b, JX_ROLE_LEVEL2, b, JX_ROLE_NAME);
        jx_trow_move_cell(b, JX_ROLE_LEVEL1, b, JX_ROLE_LEVEL2);
    }
}

/* A name stacked down a narrow column stands a piece a line: at least
 * this many pieces (a level label wraps in two or three) ... */
#define STACKED_NAME_MIN_PIECES 4
/* ... of no more than this many characters on average (a column one
 * character wide, a line now and then taking two as the print fits them). */
#define STACKED_NAME_MAX_CHARS_PER_PIECE 1.5

/* TRUE when row `b`'s level-2 text was stacked a character or two a line
 * (固 / 定资 / 产 / 利 / 用 / 率): a long text in a column too narrow for it. */
static gboolean level2_stacked(const built_row *b)
{
    const char *l2 = b->text[JX_ROLE_LEVEL2];
    int pieces = b->label_pieces[JX_ROLE_LEVEL2];
    if (!l2 || !*l2 || pieces < STACKED_NAME_MIN_PIECES)
        return FALSE;
    return (double)g_utf8_strlen(l2, -1) <= STACKED_NAME_MAX_CHARS_PER_PIECE * pieces;
}

/* A row a cell short printed by a browser (see labels_read_a_column_left)
 * stacks its name down the narrow level-2 column a character a line, and
 * the lines of that column join the row above's level-2 (资产管理规范性
 * with level-2 固定资产利用率), leaving the row itself its level-2 label in
 * the level-1 column, its target and no name.  Read by content: a row with
 * a target, no name and no level-2 text, whose level-1 text is a level-2
 * label (no level-1 one), under a row with a name of its own whose level-2
 * text is no label and stacked: that text is this row's name, its level-1
 * text its level-2 label (its level-1 the group's, filled down).  Runs
 * before labels_read_a_column_left; linear in rows. */
static void stacked_name_given_to_row_above(GPtrArray *rows)
{
    for (guint i = 1; i < rows->len; i++) {
        built_row *b = rows->pdata[i], *above = rows->pdata[i - 1];
        const char *l1 = b->text[JX_ROLE_LEVEL1], *l2 = b->text[JX_ROLE_LEVEL2];
        const char *name = b->text[JX_ROLE_NAME], *above_name = above->text[JX_ROLE_NAME];
        if (b->labels_only || above->labels_only || (name && *name) || (l2 && *l2) || !l1 ||
            !*l1 || !has_own_target(b) || !above_name || !*above_name || !level2_stacked(above))
            continue;
        const char *stacked = above->text[JX_ROLE_LEVEL2];
        if (jx_taxonomy_level1(l1) || !jx_taxonomy_level2(NULL, l1) || reads_as_label(stacked) ||
            jx_label_either_level(stacked))
            continue;
        jx_trow_move_cell(above, JX_ROLE_LEVEL2, b, JX_ROLE_NAME);
        jx_trow_move_cell(b, JX_ROLE_LEVEL1, b, JX_ROLE_LEVEL2);
    }
}

/* A level label joined from pieces (a wrapped cell, fragments) that is no
 * known label but holds one among other text (`产出指标(50标`, `数量指标校数`:
 * a layout dump ran pieces of the cells beside it into it) is that label.
 * A label on one line is as printed, whatever it holds (工程质量指标). */
static void standard_labels_within(GPtrArray *rows, gboolean one_column)
{
    for (guint i = 0; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        for (int level = 1; level <= 2; level++) {
            jx_role r = level == 1 ? JX_ROLE_LEVEL1 : JX_ROLE_LEVEL2;
            const char *t = b->text[r];
            gboolean known =
                t && (level == 1 ? jx_taxonomy_level1(t) : jx_taxonomy_level2(NULL, t)) != NULL;
            /* a form's one label column holds level-2 labels whole too
             * (服务对象满意度 / 指标), which hold a level-1's words
             * (满意度指标) as their own */
            if (!t || known || (level == 1 && jx_labels_joined(t)) ||
                (level == 1 && one_column && jx_taxonomy_level2(NULL, t)))
                continue;
            char *label = b->label_pieces[r] > 1 ? jx_taxonomy_label_within(t, level) : NULL;
            if (!label)
                label = jx_taxonomy_label_headed(t, level);
            if (label)
                text_set(b, r, label);
        }
    }
}

/* A level-1 label wrapped inside the group weight it prints, whose pieces
 * stay apart (产出指标(5 over a row whose line takes 0分) into another
 * cell): the head is the label, its weight unknown, and the tail alone
 * (0分), 分)) no label. */
static void drop_dangling_weights(GPtrArray *rows)
{
    for (guint i = 0; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        char *t = b->text[JX_ROLE_LEVEL1];
        if (!t)
            continue;
        if (jx_weight_piece_only(t)) {
            text_set(b, JX_ROLE_LEVEL1, NULL);
            b->by_role[JX_ROLE_LEVEL1] = NULL;
            b->label_sum[JX_ROLE_LEVEL1] = 0;
            b->label_pieces[JX_ROLE_LEVEL1] = 0;
            continue;
        }
        char *open = strrchr(t, '(');
        if (!open || open == t)
            continue;
        const char *d = open + 1;
        while (g_ascii_isdigit(*d) || *d == '.')
            d++;
        if (*d)
            continue;
        char *head = g_strndup(t, (gsize)(open - t));
        if (known_label(JX_ROLE_LEVEL1, g_strstrip(head))) {
            text_set(b, JX_ROLE_LEVEL1, head);
        } else {
            g_free(head);
        }
    }
}

/* A level label wrapped in a narrow column leaves its last characters on
 * the line below its row (`满意度指` / `标`); where that line is the 总分
 * row's, the piece stands first on it (`标 | 总分 | 100 | 87.5`).  A piece
 * this short with no figure is no indicator's name. */
#define FOOTER_LABEL_TAIL_MAX_CHARS 3

/* TRUE when cell `i` of `cells` is such a label's tail and the next
 * non-empty cell a self-evaluation's footer (see is_footer_row). */
static gboolean footer_after_label_tail(const GPtrArray *cells, guint i)
{
    const jx_pcell *tail = cells->pdata[i];
    if (g_utf8_strlen(tail->norm, -1) > FOOTER_LABEL_TAIL_MAX_CHARS)
        return FALSE;
    for (const char *p = tail->norm; *p; p++)
        if (g_ascii_isdigit(*p))
            return FALSE;
    for (guint k = i + 1; k < cells->len; k++) {
        const jx_pcell *c = cells->pdata[k];
        if (*c->norm)
            return jx_selfeval_is_footer(c->norm);
    }
    return FALSE;
}

/* TRUE when `row` of a self-evaluation closes its indicator rows (总分,
 * 自评得分, 自评等级): the document record holds what it says. */
static gboolean is_footer_row(const jx_prow *row)
{
    const GPtrArray *cells = row->cells;
    for (guint i = 0; i < cells->len; i++) {
        const jx_pcell *c = cells->pdata[i];
        if (c->rowhead || !*c->norm)
            continue;
        return jx_selfeval_is_footer(c->norm) || footer_after_label_tail(cells, i);
    }
    return FALSE;
}

/* The text of `row`'s one non-empty cell, on source line `line`, or NULL. */
static const char *lone_text_on(const jx_prow *row, int line)
{
    const char *text = NULL;
    for (guint i = 0; i < row->cells->len; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        if (!*c->norm)
            continue;
        if (text)
            return NULL;
        text = c->norm;
    }
    return row->line == line ? text : NULL;
}

/* TRUE when `text` is digits with one point among them (`92.6`). */
static gboolean pointed_figure(const char *text)
{
    gsize digits = strspn(text, "0123456789");
    return digits && text[digits] == '.' && text[digits + 1] &&
           strspn(text + digits + 1, "0123456789") == strlen(text + digits + 1);
}

/* TRUE when the row right above the footer row rows[at] is the first line
 * of the footer's score, centred round its line: a layout dump of a PDF
 * with vertically centred cells sets a score a narrow 得分 cell wrapped
 * after its first decimal one line above the 总分 row and its rest one line
 * below (`92.6` / `总分  100` / `0`, see score_round_row in document.c).
 * The line above alone holds a figure with a point, the line below digits
 * alone: no indicator's cell, though it stands among their rows. */
static gboolean footer_score_above(const GPtrArray *rows, guint at)
{
    if (at == 0 || at + 1 >= rows->len)
        return FALSE;
    const jx_prow *footer = rows->pdata[at];
    if (!footer->line)
        return FALSE;
    const char *head = lone_text_on(rows->pdata[at - 1], footer->line - 1);
    const char *rest = lone_text_on(rows->pdata[at + 1], footer->line + 1);
    return head && rest && pointed_figure(head) && *rest &&
           strspn(rest, "0123456789") == strlen(rest);
}

/* A merged label cell cut by a page break is restated whole on the next
 * page (a spreadsheet's and a word processor's PDF both set the cell's text
 * again in its part there), and the parts, joined as a cell's pieces, read
 * the label twice (实施…改善计划实施…改善计划): it is the label once. */
static void restated_labels_once(GPtrArray *rows)
{
    for (guint i = 0; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        for (gsize k = 0; k < G_N_ELEMENTS(label_roles); k++) {
            char *t = b->text[label_roles[k]];
            gsize len = t ? strlen(t) : 0;
            if (len >= 2 && len % 2 == 0 && memcmp(t, t + len / 2, len / 2) == 0 &&
                g_utf8_validate(t, (gssize)(len / 2), NULL))
                t[len / 2] = '\0';
        }
    }
}

const char *jx_trow_level2_above(const GPtrArray *rows, guint at)
{
    const built_row *b = rows->pdata[at];
    for (guint j = at; j-- > 0;) {
        const built_row *a = rows->pdata[j];
        if (a->page != b->page)
            return NULL;
        if (a->text[JX_ROLE_LEVEL2])
            return a->text[JX_ROLE_LEVEL2];
    }
    return NULL;
}

/* A merged level-2 label is printed once over its group's rows, so the same
 * label again on a row under it, in a row with a target and no name, is no
 * second label but the row's name: an indicator named as its group
 * (服务对象满意度 under 服务对象满意度指标), set a column off its names' own
 * by a page's column map, went to the label by its vocabulary. */
static void level2_repeated_as_name(GPtrArray *rows)
{
    for (guint i = 1; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        const jx_pcell *l2 = b->by_role[JX_ROLE_LEVEL2];
        if (!l2 || l2->spanned || !b->text[JX_ROLE_LEVEL2] || b->text[JX_ROLE_NAME] ||
            b->text[JX_ROLE_LEVEL1] || b->labels_only || !has_value(b))
            continue;
        const char *code = jx_taxonomy_level2(NULL, b->text[JX_ROLE_LEVEL2]);
        const char *above = jx_trow_level2_above(rows, i);
        if (code && above && g_strcmp0(code, jx_taxonomy_level2(NULL, above)) == 0)
            move_role(b, JX_ROLE_LEVEL2, JX_ROLE_NAME);
    }
}

/* A name left of which a level-2 label was run in is at least this many
 * characters long: a shorter rest is a label's piece, no indicator. */
#define NAME_AFTER_LABEL_MIN_CHARS 2

/* The byte length of the level-2 label whole (its stem and 指标, as 经济效益指标
 * or 服务对象满意度指标) that name `name` opens with, under level-1 `level1`
 * when that is a known label, followed by a rest of a name: 0 when none. */
static gsize level2_label_opening(const char *name, const char *level1)
{
    const char *l1 = level1 && jx_taxonomy_level1(level1) ? level1 : NULL;
    gsize cut = 0;
    for (const char *at = strstr(name, JX_LABEL_SUFFIX); at; at = strstr(at + 1, JX_LABEL_SUFFIX)) {
        gsize len = (gsize)(at - name) + strlen(JX_LABEL_SUFFIX);
        char *head = g_strndup(name, len);
        /* one the taxonomy lists (under the row's level-1): a free level-1
         * (决策) takes any words as its level-2, 绩效指标明确性 among them */
        gboolean label = jx_taxonomy_level2(NULL, head) && !jx_taxonomy_level1(head) &&
                         (!l1 || jx_taxonomy_lists(l1, head));
        g_free(head);
        if (label)
            cut = len;
    }
    if (!cut)
        return 0;
    const char *rest = name + cut;
    while (*rest == ' ')
        rest++;
    if (g_utf8_strlen(rest, -1) < NAME_AFTER_LABEL_MIN_CHARS || known_label(JX_ROLE_LEVEL1, rest) ||
        known_label(JX_ROLE_LEVEL2, rest) || jx_taxonomy_label_tail(rest))
        return 0;
    /* nor the head of a label wrapped on (服务对象满意 of 服务对象满意度指标) */
    char *opens = jx_taxonomy_label_headed(rest, 2);
    g_free(opens);
    return opens ? 0 : cut;
}

/* Row b's level-2 text becomes `label` (taken), a label read off the row's
 * name on the name's line `line` (0 when the dump gave none). */
static void level2_off_name_line(built_row *b, char *label, int line)
{
    text_set(b, JX_ROLE_LEVEL2, label);
    b->head_line[JX_ROLE_LEVEL2] = b->tail_line[JX_ROLE_LEVEL2] = line;
    b->label_sum[JX_ROLE_LEVEL2] = line;
    b->label_pieces[JX_ROLE_LEVEL2] = line ? 1 : 0;
}

/* The byte length of the opening of name `name` that, followed by
 * `tail` (the level-2 cell of the row on the next line, 标 or 指标), is a
 * standard level-2 label whole (可持续影响指 + 标), the rest a name of
 * NAME_AFTER_LABEL_MIN_CHARS characters or more, the opening itself a
 * label's first line short of its end (jx_taxonomy_opens_label: no digit
 * of `0-6岁儿童…` over `质量指标` reads as one): 0 when none.  Asked only
 * for a tail that ends a label (jx_taxonomy_label_tail) and is no label
 * whole, one opening per character of the name. */
static gsize wrapped_level2_opening(const char *name, const char *tail)
{
    if (!tail || !jx_taxonomy_label_tail(tail) || known_label(JX_ROLE_LEVEL1, tail) ||
        known_label(JX_ROLE_LEVEL2, tail))
        return 0; /* (a whole label is the row's own, no wrapped piece) */
    gsize cut = 0;
    for (const char *at = g_utf8_next_char(name); *at && !cut; at = g_utf8_next_char(at)) {
        if (g_utf8_strlen(at, -1) < NAME_AFTER_LABEL_MIN_CHARS)
            break;
        char *head = g_strndup(name, (gsize)(at - name));
        char *whole = g_strconcat(head, tail, NULL);
        if (jx_taxonomy_level2(NULL, whole) && !jx_taxonomy_level1(whole) &&
            jx_taxonomy_opens_label(head, 2))
            cut = (gsize)(at - name);
        g_free(whole);
        g_free(head);
    }
    return cut;
}

/* A narrow level-2 cell wrapped over two lines whose first line a layout
 * dump of Chromium's print set touching the name beside it
 * (`可持续影响指管理制度健全性 | 健全` over `标 | 长效管理机制 | 建立健全`):
 * the first line read as the name's opening and the last (标) as the level-2
 * label of the row below.  A row with a name and no level-2 whose name
 * opens with a level-2 label's head that the row on the next line's level-2
 * cell finishes (wrapped_level2_opening) takes the whole label, and so
 * does the row below (one merged cell's two lines). */
static void level2_head_run_into_name(GPtrArray *rows)
{
    for (guint i = 0; i + 1 < rows->len; i++) {
        built_row *b = rows->pdata[i], *below = rows->pdata[i + 1];
        const char *name = b->text[JX_ROLE_NAME], *tail = below->text[JX_ROLE_LEVEL2];
        if (b->labels_only || !name || b->text[JX_ROLE_LEVEL2] || !tail ||
            lines_between(b, below) != 0 || below->labels_only || !below->text[JX_ROLE_NAME])
            continue;
        gsize cut = wrapped_level2_opening(name, tail);
        if (!cut)
            continue;
        char *head = g_strndup(name, cut);
        char *label = g_strconcat(head, tail, NULL);
        char *own = g_strdup(name + cut);
        g_free(head);
        int line = b->head_line[JX_ROLE_NAME];
        text_set(b, JX_ROLE_NAME, own);
        level2_off_name_line(b, g_strdup(label), line);
        text_set(below, JX_ROLE_LEVEL2, g_strdup(label));
        g_free(label);
    }
}

/* A level-2 label cell that fills its column is set a word space from the
 * name beside it, or touching it (`生态效益指标 节能减排效果`,
 * `服务对象满意度指标社会公众满意度` in a layout dump of a browser's print),
 * and the two are read as one cell: a name under the label above, or, in
 * the level-2 column, a label on a row with a target and no name.  A whole
 * level-2 label (stem and 指标: no indicator is named so) opening such a
 * cell is the row's label, the rest its name. */
static void level2_label_run_into_name(GPtrArray *rows)
{
    for (guint i = 0; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        const char *name = b->text[JX_ROLE_NAME], *level2 = b->text[JX_ROLE_LEVEL2];
        if (b->labels_only || (name && level2) || (!name && !(level2 && has_value(b))))
            continue;
        jx_role from = name ? JX_ROLE_NAME : JX_ROLE_LEVEL2;
        const char *text = b->text[from];
        gsize cut = level2_label_opening(text, b->text[JX_ROLE_LEVEL1]);
        if (!cut)
            continue;
        const char *rest = text + cut;
        while (*rest == ' ')
            rest++;
        char *label = g_strndup(text, cut);
        char *own = g_strdup(rest);
        int line = b->head_line[from];
        text_set(b, JX_ROLE_NAME, own);
        if (from == JX_ROLE_NAME) {
            level2_off_name_line(b, label, line);
        } else {
            text_set(b, JX_ROLE_LEVEL2, label);
            b->head_line[JX_ROLE_NAME] = b->tail_line[JX_ROLE_NAME] = line;
        }
    }
}

/* The level-2 label a row of a section states in the one label column:
 * a label the taxonomy places under the section's level-1 (数量指标 under
 * 一、产出指标); NULL for anything else (成本指标 as a level-1 of its own
 * stays one: a row of its own is no label of the section's). */
static const char *section_level2(const char *section, const char *label)
{
    if (!section || !label || !jx_taxonomy_level2(jx_taxonomy_level1(section), label))
        return NULL;
    return label;
}

/* Level-2 labels under section rows of a one-label-column table (一、产出指标
 * over `| 名称 | 值` rows and `数量指标 | 名称 | 值` ones): the level-2 labels
 * stand in the level-1 column, each a merged cell over its group's rows, and
 * a form that centres them sets one on its group's middle row, with blank
 * rows above it — a sheet typed by hand does so without a merge.  The
 * level-1 resolution sees section and level-2 labels in one column and fills
 * each down; here each section's rows (after its section row) are split
 * among its level-2 labels as the label resolver splits a level-2 column
 * under its level-1 spans: centred where rows of the section precede its
 * first label, else as the column's other sections show.  `out[i]` is the
 * row's level-2 label, or NULL outside a section. */
static void resolve_in_sections(const GPtrArray *rows, const jx_label_column *l1,
                                const jx_label_context *base, jx_name_words *names,
                                const double *label_line, jx_label_column *out)
{
    int n = (int)rows->len;
    char **parent = g_new0(char *, n + 1);
    const char *section = NULL;
    int opened = 0;
    gboolean any = FALSE;
    for (int i = 0; i < n; i++) {
        const built_row *b = rows->pdata[i];
        const char *row_l1 = l1->resolved[i];
        if (b->labels_only && row_l1 && jx_taxonomy_level1(row_l1)) {
            section = row_l1;
            opened++;
            continue; /* the section row is no row of a level-2 group */
        }
        /* a label on a line of its own (a text browser centres a merged
         * cell's label between its rows) stands in its section's span */
        if (!section)
            continue;
        /* the section's rows, one parent span per section row */
        parent[i] = g_strdup_printf("%d", opened);
        jx_label_column_set_explicit(out, i, section_level2(section, b->text[JX_ROLE_LEVEL1]));
        any |= out->explicit_label[i] != NULL;
    }
    if (any) {
        jx_label_context ctx = *base;
        ctx.parent = parent;
        ctx.name_words = names;
        ctx.empty = NULL;
        ctx.label_line = label_line;
        ctx.parents_stated = TRUE;
        jx_labels_resolve(out, &ctx);
    }
    for (int i = 0; i < n; i++)
        g_free(parent[i]);
    g_free(parent);
}

/* What the level-1 column shows by its rows alone, for the level-2 column
 * split with no parent spans yet (one span: its first label on the table's
 * first row shows nothing): a record row above the first level-1 label is
 * a centred (or bottom) merged cell's, and the level-2 labels may then be
 * centred as well or on top (a form may set each column its own way) —
 * the rows' words choose, not a default to the top. */
static jx_placement level1_habit(const GPtrArray *rows, const jx_label_column *l1)
{
    /* labels on lines of their own (a layout dump) stand where their lines
     * put them: the rows do not say which span holds them */
    for (guint i = 0; i < rows->len; i++)
        if (((const built_row *)rows->pdata[i])->labels_only)
            return JX_PLACE_UNKNOWN;
    for (int i = 0; i < l1->n; i++)
        if (l1->explicit_label[i])
            return i > 0 ? JX_PLACE_TOP_OR_CENTRED : JX_PLACE_UNKNOWN;
    return JX_PLACE_UNKNOWN;
}

/* Each row's last page (jx_label_context.end_page): the next page's where
 * a page break cut the row and its rest was joined to it. */
static int *row_end_pages(const GPtrArray *rows)
{
    int *end_pages = g_new0(int, rows->len + 1);
    for (guint i = 0; i < rows->len; i++) {
        const built_row *b = rows->pdata[i];
        end_pages[i] = b->page + (b->page > 0 && has_flag(b, "split-across-pages"));
    }
    return end_pages;
}

/* The level-1 label a level-2 code (`output.cost`) stands under, as the
 * table prints it: the resolved level-1 of the nearest row before `i`, else
 * after, whose code owns that level-2 (产出指标 or 产出), or NULL. */
static const char *owning_level1(const jx_label_column *l1, int n, int i, const char *code)
{
    for (int d = 1; d < n; d++) {
        for (int side = -1; side <= 1; side += 2) {
            int j = i + side * d;
            const char *own = j >= 0 && j < n ? l1->resolved[j] : NULL;
            const char *c = own ? jx_taxonomy_level1(own) : NULL;
            if (c && jx_taxonomy_code_under(code, c))
                return own;
        }
    }
    return NULL;
}

/* A row resolved under a level-1 label both levels know (成本指标: a
 * level-1 since JX_COST_LEVEL1_SINCE, before a level-2 under 产出指标) and
 * under no level-2 label, in a form whose year sets that label under
 * another level-1 (jx_cost_is_level2_in): the label is its level-2, and
 * its level-1 the one the table prints that level-2 under (owning_level1).
 * A browser prints a level-2 cell wider than its column with its text set
 * left, under the level-1 header, and the layout dump reads it there.  The
 * year the form states is the evidence the cell-stream and column-block
 * readers use too (shared_label_as_level2).  Applied to the resolved
 * labels, not before resolving them: moved into the level-2 column, the
 * label would weigh in how the table centres its other labels. */
static void older_form_level2(const jx_label_column *l1, int n, int i, int year,
                              const char **row_l1, const char **row_l2)
{
    const char *label = *row_l1;
    if (!jx_cost_is_level2_in(year) || !label || (*row_l2 && **row_l2) || jx_labels_joined(label))
        return;
    const char *code = jx_taxonomy_level2_elsewhere(label);
    const char *owner = code ? owning_level1(l1, n, i, code) : NULL;
    if (!owner)
        return;
    *row_l2 = label;
    *row_l1 = owner;
}

/* Bytes of a block of a table's group keys (two labels a row). */
#define GROUP_KEYS_BLOCK 4096

/* A work item merged over two one-line rows and wrapped to two lines sets a
 * line beside each row (`落实就业创业扶 | 政策知晓率` over `持政策 | 城乡居民
 * 养老保险待遇按时足额发放率`): the second row's piece goes on the first's
 * item (jx_trow_join_wrapped_labels), which leaves the second row no item of its
 * own, and resolving the column by spans gave it the next item down, whose
 * first line WeasyPrint set right under it (centred on the row below).  The
 * piece on its line says the merged cell covers it: it takes the row
 * above's item when both rows stand in one label group (`groups`, a merged
 * work item never crosses its level-2 group). */
static void item_shared_with_row_above(const GPtrArray *rows, jx_label_column *task,
                                       char *const *groups)
{
    for (guint i = 1; i < rows->len; i++) {
        guint from = ((const built_row *)rows->pdata[i])->item_from_above;
        if (!from)
            continue;
        from--; /* stored one up: 0 is none */
        if (task->resolved[from] && g_strcmp0(groups[i], groups[from]) == 0)
            task->resolved[i] = task->resolved[from];
    }
}

/* A continued page's grid may set the row header's pieces (年度绩效指标 a
 * character a line, its page part 效 / 指 / 标) in the level-1 column, and a
 * label's tail may stand apart from its head there (`指标`): no level-1
 * label either, where it made the rows under it a group of their own (效指标,
 * calc-pdf-layout bureau b0047).  Row `b`'s level-1 text, or NULL where it
 * is all or a part of a row header's words and no level-1 label of its own
 * (jx_taxonomy_row_header_part): its rows take the label round them. */
static const char *level1_label_text(const built_row *b)
{
    const char *text = b->text[JX_ROLE_LEVEL1];
    return text && *text && jx_taxonomy_row_header_part(text) ? NULL : text;
}

/* Whether the level-2 column `l2` has a label set on a row above row i.
 * Its explicit labels are set top to bottom (set_row_labels), so the rows
 * above i are already set. */
static gboolean level2_labelled_above(const jx_label_column *l2, int i)
{
    for (int j = 0; j < i; j++)
        if (l2->explicit_label[j] && *l2->explicit_label[j])
            return TRUE;
    return FALSE;
}

/* TRUE when row `b`'s level-1 cell stands on the line that opens both its
 * number and its name: a pair there is the row's own two labels, written
 * in its group's first row (`38 产出指标 质量指标 项目评审合规率`: a run of
 * rows restating its labels, laid out by LibreOffice under a page part
 * whose shifted names fill the label columns, so the page's grid reads the
 * two narrow cells as one: tests/pdf/lo-labels-glued-new-table), not a
 * wide level-2 label run into a centred level-1 label on a row's second
 * line (set_row_labels). */
static gboolean labels_on_numbered_line(const built_row *b)
{
    int line = b->head_line[JX_ROLE_LEVEL1];
    return line && b->text[JX_ROLE_SEQ] && *b->text[JX_ROLE_SEQ] &&
           line == b->head_line[JX_ROLE_SEQ] && line == b->head_line[JX_ROLE_NAME];
}

/* Sets row i's explicit labels in `l1` and `l2` from row `b`'s cells (rows
 * set top to bottom).  Two labels a space apart in the level-1 cell of a
 * row with no level-2 cell (`产出指标 数量指标`: Chromium prints narrow
 * label columns as wide as their words, and `pdftotext -layout` leaves a
 * space between them) go to their columns here, not only when the row is
 * written (emit_row), where no row above has a level-2 label: left joined,
 * the level-2 column lacks its first group's label, the rows above its next
 * label read as a group whose label is centred below its top, and the whole
 * column is placed centred (a label set on its group's top row then takes
 * the rows above it).  Below a level-2 label the column has its first
 * group and its placement from the labels above; a pair there may be a
 * wide level-2 label run into a centred level-1 label on a row's second
 * line (`效益指标 社会效益指标` under 群众看病就医便利程度, its group
 * starting on the row above: chromium-calc-layout standard f0086), and set
 * here it would mark its group's top one row low — unless it stands on
 * the line of the row's number and name (labels_on_numbered_line). */
static void set_row_labels(const built_row *b, jx_label_column *l1, jx_label_column *l2, int i)
{
    const char *level1 = level1_label_text(b), *level2 = b->text[JX_ROLE_LEVEL2];
    char *split1 = NULL, *split2 = NULL;
    if ((!level2 || !*level2) && (labels_on_numbered_line(b) || !level2_labelled_above(l2, i)) &&
        jx_labels_split_adjacent(level1, &split1, &split2)) {
        level1 = split1;
        level2 = split2;
    } else if ((!level1 || !*level1) && jx_labels_split_adjacent(level2, &split1, &split2)) {
        /* the pair in the level-2 cell, the level-1 cell empty: a row
         * header set beside the level-1 label on the same line (`年度绩效指标
         * 效益指标 经济效益指标`) took the level-1 column, the label the
         * level-2's (wkhtml-web dept f0279) */
        level1 = split1;
        level2 = split2;
    }
    jx_label_column_set_explicit(l1, i, level1);
    jx_label_column_set_explicit(l2, i, level2);
    g_free(split1);
    g_free(split2);
}

/* Resolves the level-1 and level-2 columns `l1`, `l2` (their explicit
 * labels set): level 2 alone first, whose spans are where level-1 spans may
 * end and whose placement says the level-1's, then level 1, then level 2
 * under it.  Returns the two splits' score (jx_label_column.score). */
static double resolve_levels(const GPtrArray *rows, const jx_label_context *base,
                             jx_name_words *names, double *const *label_line,
                             gboolean *const *one_line, gboolean by_lines,
                             gboolean placement_only, const gboolean *unscored,
                             jx_label_column *l1, jx_label_column *l2)
{
    int n = (int)rows->len;
    jx_label_column probe;
    jx_label_column_init(&probe, n);
    for (int i = 0; i < n; i++)
        jx_label_column_set_explicit(&probe, i, l2->explicit_label[i]);
    jx_label_context ctx = *base;
    ctx.name_words = names;
    ctx.empty = "";
    ctx.label_line = label_line[JX_ROLE_LEVEL2];
    ctx.label_one_line = one_line[JX_ROLE_LEVEL2];
    /* (where lines place the labels, each column shows its own) */
    ctx.table_habit = by_lines ? JX_PLACE_UNKNOWN : level1_habit(rows, l1);
    jx_labels_resolve(&probe, &ctx);
    gboolean *child_start = jx_labels_child_starts(&probe);
    /* Level-1 labels seldom share words with names; how the level-2 labels
     * sit (shown by their words) says how the level-1 ones do. */
    jx_placement *regime = g_new0(jx_placement, n + 1);
    jx_labels_regime(&probe, regime);
    ctx = *base;
    ctx.placement_only = placement_only;
    ctx.unscored = unscored;
    ctx.name_words = names;
    ctx.children = probe.resolved;
    ctx.child_start = child_start;
    ctx.child_explicit = l2->explicit_label;
    ctx.regime = regime;
    ctx.middle = probe.middle;
    ctx.empty = "";
    ctx.label_line = label_line[JX_ROLE_LEVEL1];
    ctx.label_one_line = one_line[JX_ROLE_LEVEL1];
    jx_labels_resolve(l1, &ctx);
    jx_labels_cede_border_rows(l1, &ctx);
    int middle = probe.middle;
    jx_label_column_clear(&probe);
    ctx = *base;
    ctx.parent = l1->resolved;
    ctx.name_words = names;
    ctx.regime = regime;
    ctx.middle = middle;
    ctx.empty = "";
    ctx.label_line = label_line[JX_ROLE_LEVEL2];
    ctx.label_one_line = one_line[JX_ROLE_LEVEL2];
    jx_labels_resolve(l2, &ctx);
    g_free(child_start);
    g_free(regime);
    return l1->score + l2->score;
}

/* Copies the explicit labels of `from` into `to` (initialized, n rows). */
static void copy_explicit(const jx_label_column *from, jx_label_column *to)
{
    for (int i = 0; i < from->n; i++)
        jx_label_column_set_explicit(to, i, from->explicit_label[i]);
}

/* TRUE when row i's level-1 label is a bare one the taxonomy also sets as
 * a level-2 under another level-1 (成本指标), beside no level-2 of its row:
 * the label may be either level.  Not one numbered as a section (`二、成本
 * 指标`: forms number their level-1 labels), nor one joined to its level-2. */
static gboolean either_level_row(const jx_label_column *l1, const jx_label_column *l2, int i)
{
    const char *label = l1->explicit_label[i];
    return label && !l2->explicit_label[i] && !jx_labels_joined(label) &&
           !jx_taxonomy_after_section_ordinal(label) && jx_taxonomy_level2_elsewhere(label);
}

/* TRUE when some row's level-1 label may be either level (either_level_row)
 * and no level-2 label of the table is one the taxonomy lists under it
 * (经济成本指标 under 成本指标: a level-1 with its own level-2 column), nor
 * a level-1 cell joins its level-2 (`产出指标—数量指标`): a form that
 * names both levels in each row's cell places no group by its rows, and a
 * bare 成本指标 there is its level-1 (or the wrapped tail of a joined one). */
static gboolean label_of_either_level(const jx_label_column *l1, const jx_label_column *l2)
{
    for (int i = 0; i < l1->n; i++)
        if (l1->explicit_label[i] && jx_labels_joined(l1->explicit_label[i]))
            return FALSE;
    gboolean either = FALSE;
    for (int i = 0; i < l1->n; i++) {
        if (!either_level_row(l1, l2, i))
            continue;
        either = TRUE;
        for (int j = 0; j < l2->n; j++)
            if ((l2->explicit_label[j] &&
                 jx_taxonomy_lists(l1->explicit_label[i], l2->explicit_label[j])) ||
                (l1->explicit_label[j] &&
                 jx_taxonomy_lists(l1->explicit_label[i], l1->explicit_label[j])))
                return FALSE;
    }
    return either;
}

/* The grid column of row i's cell of `role`, -1 where it has none. */
static int label_cell_column(const GPtrArray *rows, int i, jx_role role)
{
    const jx_pcell *cell = ((const built_row *)rows->pdata[i])->by_role[role];
    return cell ? cell->col : -1;
}

/* TRUE when every row whose level-1 label may be either level
 * (either_level_row) has it in a column of its own group's level-2 labels:
 * not the column of the level-1 label above it (产出指标), and the one of a
 * level-2 label of the rows from that label down to it.  A layout dump
 * that lets a level-2 column drift left on a part of its page (a row
 * shifted, a page's part restating its labels) gives the label its
 * level-1 cell by alignment, yet the line positions show it as the group's
 * level-2 labels stand; a label in the level-1 labels' own column is one. */
static gboolean either_in_level2_column(const GPtrArray *rows, const jx_label_column *l1,
                                        const jx_label_column *l2)
{
    gboolean any = FALSE;
    for (int i = 0; i < l1->n; i++) {
        if (!either_level_row(l1, l2, i))
            continue;
        int col = label_cell_column(rows, i, JX_ROLE_LEVEL1);
        int above = i - 1;
        while (above >= 0 && (!l1->explicit_label[above] || either_level_row(l1, l2, above)))
            above--;
        if (col < 0 || above < 0 || label_cell_column(rows, above, JX_ROLE_LEVEL1) == col)
            return FALSE;
        gboolean beside = FALSE;
        for (int j = above; j < i && !beside; j++)
            beside = l2->explicit_label[j] && label_cell_column(rows, j, JX_ROLE_LEVEL2) == col;
        if (!beside)
            return FALSE;
        any = TRUE;
    }
    return any;
}

/* TRUE when `label` is the last line of a label a narrow column wrapped
 * (`响指标`, jx_taxonomy_label_tail), not a label of its own (`产出指标` ends
 * 项目产出指标). */
static gboolean wrapped_label_tail(const char *label)
{
    return jx_taxonomy_label_tail(label) && !jx_taxonomy_label_level(label);
}

/* TRUE when each row's label of either level (either_level_row) is written
 * bare, without JX_LABEL_SUFFIX (`成本`), as every level-2 label of the
 * table the taxonomy lists under the level-1 label above it is (`数量`,
 * `质量`, `时效` under 产出; one at least).  The 2021 framework names its
 * level-1 成本指标 in full; a bare 成本 in a form that writes its 产出
 * group's level-2 labels bare is the last of them, whatever the form's
 * year, where the rows place it no better either way (a group's labels on
 * top of it, in one column of a text dump).  One of them keeping the suffix
 * (`数量指标`), or a label's wrapped piece (`响指标`, jx_taxonomy_label_tail)
 * among the labels, is no such form: a narrow column there wraps 指标 off
 * a label (`成本` over `指标`). */
static gboolean either_written_as_level2s(const jx_label_column *l1, const jx_label_column *l2)
{
    for (int i = 0; i < l1->n; i++)
        if (wrapped_label_tail(l1->explicit_label[i]) || wrapped_label_tail(l2->explicit_label[i]))
            return FALSE;
    gboolean any = FALSE;
    for (int i = 0; i < l1->n; i++) {
        if (!either_level_row(l1, l2, i))
            continue;
        if (jx_taxonomy_label_suffixed(l1->explicit_label[i]))
            return FALSE;
        int above = i - 1;
        while (above >= 0 && (!l1->explicit_label[above] || either_level_row(l1, l2, above)))
            above--;
        if (above < 0)
            return FALSE;
        const char *group = l1->explicit_label[above];
        int siblings = 0;
        for (int j = 0; j < l2->n; j++) {
            if (!l2->explicit_label[j] || !jx_taxonomy_lists(group, l2->explicit_label[j]))
                continue;
            if (jx_taxonomy_label_suffixed(l2->explicit_label[j]))
                return FALSE;
            siblings++;
        }
        if (!siblings)
            return FALSE;
        any = TRUE;
    }
    return any;
}

/* Marks (a new array of n + 1) the rows whose level-1 label may be either
 * level (either_level_row). */
static gboolean *either_rows(const jx_label_column *l1, const jx_label_column *l2)
{
    gboolean *either = g_new0(gboolean, l1->n + 1);
    for (int i = 0; i < l1->n; i++)
        either[i] = either_level_row(l1, l2, i);
    return either;
}

/* Moves the level-1 label of each row `either` marks into the level-2
 * column of `l1`, `l2` (explicit labels, not yet resolved): the level-2
 * reading of a label of either level. */
static void either_as_level2(jx_label_column *l1, jx_label_column *l2, const gboolean *either)
{
    for (int i = 0; i < l1->n; i++) {
        if (!either[i])
            continue;
        jx_label_column_set_explicit(l2, i, l1->explicit_label[i]);
        jx_label_column_set_explicit(l1, i, NULL);
    }
}

/* How much better the split of a label of either level as a level-2 must
 * score than as the level-1 it is printed as to be read so: a difference up
 * to the costs that only order equal placements (labels.c: OFF_CENTRE_COST
 * 0.01, the other middle row of an even span 0.05) is no evidence, and
 * the form's year settles it (jx_cost_is_level2_in). */
#define EITHER_LEVEL_MARGIN 0.05

/* Resolves `l1`, `l2` (explicit labels set) where a level-1 label may be
 * either level (label_of_either_level) in a table of both label columns
 * (`two_columns`) of a form whose year does not set it a level-2 already:
 * 成本指标 is a level-1 since JX_COST_LEVEL1_SINCE, yet many later forms keep
 * it a level-2 under 产出指标, among 数量/质量/时效指标 — and a text dump
 * without column bounds (a stream) gives a row's first label as its level-1
 * either way.  The table shows which: the level-1 label before it (产出)
 * is placed on its group's rows (centred, on top), which hold the cost rows
 * or not.  Both readings are split by placement alone (placement_only: the
 * words and the taxonomy favour one reading by the label itself), the label
 * in the level-2 column in both and its own placement counted once
 * (unscored); the level-2 reading is taken where it scores better by more
 * than EITHER_LEVEL_MARGIN, else the year's (a level-1).  Where rows alone
 * place the labels (not `by_lines`), always; where lines do (a PDF's layout
 * text, a browser's), only where the label stands in its group's level-2
 * column (either_in_level2_column): such a dump sets a level-1 cost row's
 * label in the level-1 labels' own column, and weighed there the level-2
 * reading won on true level-1 forms.  A bare label in a form writing its
 * level-2 labels bare (either_written_as_level2s) is read as a level-2
 * where the weighing finds no placement better by EITHER_LEVEL_MARGIN, and
 * where no weighing is done.  Other tables resolve as they are. */
static void cost_reading(const GPtrArray *rows, gboolean two_columns, int year,
                         const jx_label_context *base, jx_name_words *names,
                         double *const *label_line, gboolean *const *one_line,
                         gboolean by_lines, jx_label_column *l1, jx_label_column *l2)
{
    gboolean either = two_columns && !jx_cost_is_level2_in(year) && label_of_either_level(l1, l2);
    if (!either || (by_lines && !either_in_level2_column(rows, l1, l2))) {
        if (either && either_written_as_level2s(l1, l2)) {
            gboolean *rows_either = either_rows(l1, l2);
            either_as_level2(l1, l2, rows_either);
            g_free(rows_either);
        }
        resolve_levels(rows, base, names, label_line, one_line, by_lines, FALSE, NULL, l1, l2);
        return;
    }
    int n = l1->n;
    jx_label_column a1, a2, b1, b2;
    jx_label_column_init(&a1, n);
    jx_label_column_init(&a2, n);
    jx_label_column_init(&b1, n);
    jx_label_column_init(&b2, n);
    copy_explicit(l1, &a1);
    copy_explicit(l2, &a2);
    copy_explicit(l1, &b1);
    copy_explicit(l2, &b2);
    gboolean *unscored = either_rows(l1, l2);
    for (int i = 0; i < n; i++) {
        const char *label = l1->explicit_label[i];
        if (unscored[i]) {
            jx_label_column_set_explicit(&a2, i, label);
            /* the label again on the next row (a page's part restating
             * it) goes on its group, which a level-1 split there would
             * cut (SPLIT_CHILD_COST) where the level-2 one does not */
            if (i > 0 && unscored[i - 1] && g_strcmp0(label, l1->explicit_label[i - 1]) == 0)
                jx_label_column_set_explicit(&a1, i, NULL);
        }
    }
    either_as_level2(&b1, &b2, unscored);
    double as_level1 =
        resolve_levels(rows, base, names, label_line, one_line, by_lines, TRUE, unscored, &a1, &a2);
    double as_level2 =
        resolve_levels(rows, base, names, label_line, one_line, by_lines, TRUE, NULL, &b1, &b2);
    if (as_level2 > as_level1 + EITHER_LEVEL_MARGIN ||
        (as_level2 >= as_level1 - EITHER_LEVEL_MARGIN && either_written_as_level2s(l1, l2)))
        either_as_level2(l1, l2, unscored);
    g_free(unscored);
    jx_label_column_clear(&a1);
    jx_label_column_clear(&a2);
    jx_label_column_clear(&b1);
    jx_label_column_clear(&b2);
    resolve_levels(rows, base, names, label_line, one_line, by_lines, FALSE, NULL, l1, l2);
}

/* Units that tell how well or how fast, not how many: a target in one
 * of them is no count (a ratio, a score, a grade, a limit of a measure). */
static const char *const not_count_units[] = {
    "%", "‰", "个百分点", "分", "级", "星", "倍", "分贝", "℃",
    /* spans of time: a timeliness target's */
    "天", "日", "个工作日", "工作日", "周", "个月", "月", "季度", "年", "小时", "分钟", "秒",
};

/* TRUE when row `b`'s target counts things: a number with a unit, the
 * unit neither one of not_count_units nor a rate of units (元/人, 次/年).
 * One target read. */
static gboolean target_counts_things(const built_row *b)
{
    const jx_target *t = NULL;
    if (!jx_norm_target_peek(b->text[JX_ROLE_VALUE], &t) || t->kind != JX_KIND_NUMBER)
        return FALSE;
    const char *unit = t->unit ? t->unit : b->text[JX_ROLE_UNIT];
    if (!unit || !*unit || strchr(unit, '/'))
        return FALSE;
    for (gsize k = 0; k < G_N_ELEMENTS(not_count_units); k++)
        if (strcmp(unit, not_count_units[k]) == 0)
            return FALSE;
    return TRUE;
}

/* The row after the run of rows of `l2` from `from` on that hold the
 * resolved label `label` but no printed label and count things
 * (target_counts_things), their names telling no category but quantity
 * (`name_category`): n when the run reaches past the label's span. */
static int counting_run_end(const GPtrArray *rows, const jx_label_column *l2,
                            const char *const *name_category, int from, const char *label)
{
    int i = from;
    while (i < l2->n && g_strcmp0(l2->resolved[i], label) == 0 && !l2->explicit_label[i] &&
           !((const built_row *)rows->pdata[i])->labels_only &&
           (!name_category[i] || strcmp(name_category[i], JX_CODE_OUTPUT_QUANTITY) == 0) &&
           target_counts_things(rows->pdata[i]))
        i++;
    return i;
}

/* TRUE when label column `col` changes between rows r and r + 1 from one
 * resolved label to another, neither empty: *x and *y get them. */
static gboolean label_border(const jx_label_column *col, int r, char **x, const char **y)
{
    *x = col->resolved[r];
    *y = col->resolved[r + 1];
    return *x && *y && **x && **y && strcmp(*x, *y) != 0;
}

/* TRUE when the run of rows r + 1 .. end - 1 that would go up over a
 * border at r is not empty and ends at the row printing label `y` in
 * `col`: a run that does not reach its printed label (a label printed on
 * top owns its rows) stays. */
static gboolean run_reaches_label(const jx_label_column *col, int r, int end, const char *y)
{
    return end > r + 1 && end < col->n && g_strcmp0(col->explicit_label[end], y) == 0;
}

/* A merged level-2 cell printed centred on its group (a PDF's layout
 * text, a text browser's) stands on the group's middle line, and a group's
 * rows are of any height (a wrapped deviation note makes one tall), so the
 * line midway between two centred labels is no border: the last rows of a
 * 数量指标 group, short ones under a tall one, stand nearer the 质量指标
 * label printed below them, and the split gives them its span (检验特种设备
 * =1000台 over 质量指标 beside 健身设施验收合格率).  Quality is a rate; a
 * target that counts things (target_counts_things) says the quantity
 * group.  At each border of a quantity span over a quality span under one
 * level-1 label, the quality span's rows that stand above its printed
 * label, all of them counting things and no name telling a category other
 * than quantity (name_category), go up to the quantity label.  The label's
 * own row and those below it stay, as does a run that does not reach the
 * printed label (a label printed on top owns its rows).
 * One pass over the rows; the taxonomy is asked at label borders only, a
 * target read for the rows of a run only. */
static void counts_up_to_quantity(const GPtrArray *rows, const jx_label_column *l1,
                                  jx_label_column *l2, const char *const *name_category)
{
    for (int r = 0; r + 1 < l2->n; r++) {
        char *x;
        const char *y;
        if (!label_border(l2, r, &x, &y) ||
            g_strcmp0(l1->resolved[r], l1->resolved[r + 1]) != 0 ||
            g_strcmp0(jx_taxonomy_level2(NULL, x), JX_CODE_OUTPUT_QUANTITY) != 0 ||
            g_strcmp0(jx_taxonomy_level2(NULL, y), JX_CODE_OUTPUT_QUALITY) != 0)
            continue;
        int end = counting_run_end(rows, l2, name_category, r + 1, y);
        if (!run_reaches_label(l2, r, end, y))
            continue;
        for (int i = r + 1; i < end; i++) {
            l2->resolved[i] = x;
            l2->centred[i] = l2->centred[r];
        }
        r = end - 1;
    }
}

/* The words every satisfaction indicator's name holds (群众满意度,
 * 服务对象满意率): a name without one is no satisfaction indicator. */
static const char *const satisfaction_name_words[] = {"满意"};

/* TRUE when `name` holds one of satisfaction_name_words. */
static gboolean names_satisfaction(const char *name)
{
    for (gsize k = 0; k < G_N_ELEMENTS(satisfaction_name_words); k++)
        if (strstr(name, satisfaction_name_words[k]))
            return TRUE;
    return FALSE;
}

/* The row after the run of rows from `from` on that hold the resolved
 * level-1 label `label` but no printed label of either level, each with a
 * name that names no satisfaction (names_satisfaction). */
static int unsatisfied_run_end(const GPtrArray *rows, const jx_label_column *l1,
                               const jx_label_column *l2, int from, const char *label)
{
    int i = from;
    while (i < l1->n && g_strcmp0(l1->resolved[i], label) == 0 && !l1->explicit_label[i] &&
           !l2->explicit_label[i]) {
        const built_row *b = rows->pdata[i];
        const char *name = b->text[JX_ROLE_NAME];
        if (b->labels_only || !name || !*name || names_satisfaction(name))
            break;
        i++;
    }
    return i;
}

/* The same line-split fault one level up: the last rows of a 效益指标
 * group (服务能力和水平 显著提升, 项目持续发挥作用年限 ≥9年), under a tall
 * row, stand nearer the 满意度指标 label centred below them and take it
 * and its level-2 label (服务对象满意度指标).  Every satisfaction
 * indicator names what it measures (满意度, 满意率): at each border of a
 * level-1 span over a satisfaction span, the satisfaction span's rows that
 * stand above its printed label, none of them printing a label and every
 * one named without a satisfaction word, go up to the span above, with
 * the level-2 label of its last row.  A run that does not reach the
 * printed level-1 label (a label printed on top owns its rows) stays.
 * One pass over the rows; the taxonomy is asked at level-1 borders only. */
static void unsatisfied_up_from_satisfaction(const GPtrArray *rows, jx_label_column *l1,
                                             jx_label_column *l2)
{
    for (int r = 0; r + 1 < l1->n; r++) {
        char *x;
        const char *y;
        if (!label_border(l1, r, &x, &y) ||
            g_strcmp0(jx_taxonomy_level1(y), JX_CODE_SATISFACTION) != 0 ||
            g_strcmp0(jx_taxonomy_level1(x), JX_CODE_SATISFACTION) == 0)
            continue;
        int end = unsatisfied_run_end(rows, l1, l2, r + 1, y);
        if (!run_reaches_label(l1, r, end, y))
            continue;
        for (int i = r + 1; i < end; i++) {
            l1->resolved[i] = x;
            l1->centred[i] = l1->centred[r];
            l2->resolved[i] = l2->resolved[r];
            l2->centred[i] = l2->centred[r];
        }
        r = end - 1;
    }
}

void jx_target_emit(const jx_source *src, const jx_ptable *table, jx_record_list *out)
{
    /* a self-evaluation's indicator rows end at its footer (总分, 自评得分,
     * 自评等级 and what follows): read only the rows above it */
    jx_ptable above = *table;
    if (table_has_role(table->header, JX_ROLE_ACTUAL)) {
        above.rows = g_ptr_array_new();
        guint end = 0;
        while (end < table->rows->len && !is_footer_row(table->rows->pdata[end]))
            end++;
        if (footer_score_above(table->rows, end))
            end--;
        for (guint i = 0; i < end; i++)
            g_ptr_array_add(above.rows, table->rows->pdata[i]);
        table = &above;
    }
    GPtrArray *rows = jx_trow_build_rows(table);
    strip_group_weights(rows);
    GHashTable *lines = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (guint i = 0; i < table->rows->len; i++) {
        const jx_prow *row = table->rows->pdata[i];
        if (row->line)
            g_hash_table_add(lines, LINE_KEY(row->page, row->line));
    }
    gboolean one_column = jx_header_one_label_column(table->header);
    jx_trow_level2_piece_back(rows);
    jx_trow_level1_rest_with_head(rows);
    jx_trow_level1_rest_over_level2(rows);
    jx_trow_level2_label_from_level1_word(rows);
    jx_trow_level1_round_level2(rows);
    jx_trow_level1_stack_in_level2_column(rows);
    jx_trow_level1_tail_to_row_above(rows);
    jx_trow_level2_tail_to_row_above(rows, lines);
    jx_trow_join_wrapped_labels(rows, JX_ROLE_LEVEL1, one_column, lines);
    jx_trow_join_wrapped_labels(rows, JX_ROLE_LEVEL2, one_column, lines);
    jx_trow_join_wrapped_labels(rows, JX_ROLE_TASK, one_column, lines);
    gboolean has_level1 = table_has_role(table->header, JX_ROLE_LEVEL1);
    jx_trow_level1_stacked_over_level2(rows, has_level1);
    jx_trow_level1_whole_in_level2_column(rows, has_level1, one_column);
    g_hash_table_unref(lines);
    restated_labels_once(rows);
    level2_repeated_as_name(rows);
    if (table_has_role(table->header, JX_ROLE_LEVEL2)) {
        level2_label_run_into_name(rows);
        level2_head_run_into_name(rows);
    }
    /* a label wrapped over rows (效益指 / 标（30 / 分）) shows its weight once
     * joined */
    strip_group_weights(rows);
    drop_dangling_weights(rows);
    standard_labels_within(rows, one_column);
    name_read_as_level1(rows);
    stacked_name_given_to_row_above(rows);
    labels_read_a_column_left(rows);
    int n = (int)rows->len;
    double *line_lo = g_new0(double, n + 1), *line_hi = g_new0(double, n + 1);
    double *label_line[JX_ROLE_COUNT] = {0};
    for (gsize k = 0; k < G_N_ELEMENTS(label_roles); k++)
        label_line[label_roles[k]] = g_new0(double, n + 1);
    int row_gap = 0;
    row_lines_kind known = row_lines(rows, jx_header_one_label_column(table->header), line_lo,
                                     line_hi, label_line, &row_gap);
    if (known != ROW_LINES_NONE && row_gap <= PAGE_GAP_TIGHT_ROWS)
        close_page_gaps(rows, row_gap, line_lo, line_hi, label_line);
    if (known == ROW_LINES_UNGAPPED)
        tall_rows_take_padding(rows, line_lo, line_hi);
    /* what every level is resolved with; each adds its own */
    gboolean by_lines = known == ROW_LINES_GAPPED || known == ROW_LINES_UNGAPPED;
    jx_label_context base = {.line_lo = by_lines ? line_lo : NULL,
                             .line_hi = by_lines ? line_hi : NULL,
                             .line_pitch = GAPPED_PITCH,
                             .lines_ungapped = known == ROW_LINES_UNGAPPED};
    double *heights = g_new0(double, n + 1);
    for (int i = 0; i < n; i++)
        heights[i] = row_height(rows->pdata[i]);
    base.row_height = known == ROW_LINES_UNGAPPED ? heights : NULL;
    /* only where lines place the labels does a label ask its rows' cells */
    double *cells_lo = by_lines ? g_new0(double, n + 1) : NULL;
    if (cells_lo)
        row_cells_first_line(rows, line_lo, cells_lo);
    base.cells_lo = cells_lo;
    if (known == ROW_LINES_ROWS) {
        base.row_first_line = line_lo;
        base.row_last_line = line_hi;
        base.row_gap = row_gap;
    }
    gboolean *labels_only = g_new0(gboolean, n + 1);
    int *pages = g_new0(int, n + 1);
    for (int i = 0; i < n; i++) {
        labels_only[i] = ((const built_row *)rows->pdata[i])->labels_only;
        pages[i] = ((const built_row *)rows->pdata[i])->page;
    }
    base.labels_only = labels_only;
    gboolean *part_start = g_new0(gboolean, n + 1);
    for (int i = 0; i < n; i++)
        part_start[i] = ((const built_row *)rows->pdata[i])->reheaded;
    base.part_start = part_start;
    base.page = pages;
    int *end_pages = row_end_pages(rows);
    base.end_page = end_pages;
    base.lines_on_page = g_strcmp0(jx_source_format(src), "pdf") == 0;
    base.page_dump = table->page_dump;
    gboolean *one_line[JX_ROLE_COUNT] = {0};
    for (gsize k = 0; k < G_N_ELEMENTS(label_roles); k++) {
        jx_role r = label_roles[k];
        one_line[r] = g_new0(gboolean, n + 1);
        for (int i = 0; i < n; i++)
            one_line[r][i] = ((const built_row *)rows->pdata[i])->label_pieces[r] == 1;
    }
    jx_label_column l1, l2;
    jx_label_column_init(&l1, n);
    jx_label_column_init(&l2, n);
    /* the names' words, once for every level */
    jx_segmenter *seg = jx_segmenter_borrow();
    const char **name_texts = g_new0(const char *, n + 1);
    for (int i = 0; i < n; i++) {
        built_row *b = rows->pdata[i];
        set_row_labels(b, &l1, &l2, i);
        name_texts[i] = b->text[JX_ROLE_NAME];
    }
    jx_name_words *names = jx_name_words_new(seg, name_texts, n);
    g_free(name_texts);
    const char **name_category = g_new0(const char *, n + 1);
    for (int i = 0; i < n; i++)
        name_category[i] = jx_taxonomy_norm_name_category(jx_name_words_norm(names, i));
    base.name_category = name_category;
    /* (a form of one label column reads it by its sections) */
    gboolean two_columns = !jx_header_one_label_column(table->header) &&
                           table_has_role(table->header, JX_ROLE_LEVEL2);
    cost_reading(rows, two_columns, table->year, &base, names, label_line, one_line, by_lines,
                 &l1, &l2);
    /* The work item (名称) is a merged cell too, within its level-2 group.
     * Its placement is its own: a form that centres its level-2 labels may
     * set the work items at the top of their rows, so the phrases it shares
     * with the names and its spans' own habit place it, not the level-2
     * labels' regime. */
    jx_label_column task;
    jx_label_column_init(&task, n);
    /* each row's two labels as one key, all in one chunk freed with them */
    char **groups = g_new0(char *, n + 1);
    GStringChunk *group_keys = g_string_chunk_new(GROUP_KEYS_BLOCK);
    GString *key = g_string_sized_new(64);
    for (int i = 0; i < n; i++) {
        jx_label_column_set_explicit(&task, i, ((built_row *)rows->pdata[i])->text[JX_ROLE_TASK]);
        if (!l1.resolved[i])
            continue; /* no key: no level-1 label */
        g_string_assign(key, l1.resolved[i]);
        g_string_append_c(key, '\x1f');
        if (l2.resolved[i])
            g_string_append(key, l2.resolved[i]);
        groups[i] = g_string_chunk_insert_len(group_keys, key->str, (gssize)key->len);
    }
    g_string_free(key, TRUE);
    jx_label_context ctx = base;
    ctx.parent = groups;
    ctx.name_words = names;
    ctx.phrases = TRUE;
    ctx.label_line = label_line[JX_ROLE_TASK];
    /* A layout dump whose work items wrap round their rows: the rows follow
     * each other line by line, and a centred item stands on its span's
     * middle line (ungapped_span_cost), where counting rows alone leaves an
     * even span's edge rows to the items' shared words. */
    if (known == ROW_LINES_ROWS && !base.lines_on_page && work_items_wrapped(rows)) {
        ctx.line_lo = line_lo;
        ctx.line_hi = line_hi;
        ctx.lines_ungapped = TRUE;
    }
    /* Where every row has its lines (a layout dump, a text browser's whose
     * blank lines part the rows), a work item below its row's cells or
     * wrapped round them shows a cell centred over rows, whether or not
     * any item wraps (推进养老服务体系建设 alone on the line between two rows
     * of its even span); not on a page's own lines, where items stand as
     * the printed page sets them. */
    gboolean rows_lined = ctx.lines_ungapped || (known != ROW_LINES_NONE && !base.lines_on_page);
    gboolean *item_apart = g_new0(gboolean, n + 1);
    gboolean *item_round = g_new0(gboolean, n + 1);
    for (int i = 0; i < n && rows_lined; i++) {
        item_apart[i] = jx_trow_label_below_row_cells(rows->pdata[i], JX_ROLE_TASK);
        item_round[i] = jx_trow_label_round_row_cells(rows->pdata[i], JX_ROLE_TASK);
    }
    ctx.label_apart = item_apart;
    ctx.label_round = item_round;
    double *name_line = g_new0(double, n + 1);
    for (int i = 0; i < n; i++)
        name_line[i] = ((const built_row *)rows->pdata[i])->head_line[JX_ROLE_NAME];
    ctx.name_line = name_line;
    jx_labels_resolve(&task, &ctx);
    item_shared_with_row_above(rows, &task, groups);
    /* Rows a centred label's line split gave to the group below go back
     * by what they hold.  After the work items are placed: an item is
     * placed by its own lines within the groups as the split read them,
     * and a group changed under it reopens an even span's reading (a
     * moved row's neighbour took the item above; chromium-calc-layout
     * dept f0284). */
    counts_up_to_quantity(rows, &l1, &l2, name_category);
    unsatisfied_up_from_satisfaction(rows, &l1, &l2);
    ctx.label_apart = NULL;
    ctx.label_round = NULL;
    g_free(item_apart);
    g_free(item_round);
    g_free(name_line);
    g_free(groups);
    g_string_chunk_free(group_keys);
    /* a level-1 label prints its group's weight once: every row of the
     * group (by its resolved label) carries it */
    GHashTable *group_weights = g_hash_table_new(g_str_hash, g_str_equal);
    for (int i = 0; i < n; i++) {
        built_row *b = rows->pdata[i];
        if (b->group_weight && b->text[JX_ROLE_LEVEL1])
            g_hash_table_insert(group_weights, b->text[JX_ROLE_LEVEL1], b->group_weight);
    }
    for (int i = 0; i < n; i++) {
        built_row *b = rows->pdata[i];
        const char *gw = l1.resolved[i] ? g_hash_table_lookup(group_weights, l1.resolved[i]) : NULL;
        if (gw && !b->group_weight)
            b->group_weight = g_strdup(gw);
    }
    g_hash_table_destroy(group_weights);
    int emitted = 0;
    /* one label column (指标类别) under level-1 labels set as rows of their
     * own (`一、产出指标` over `（一）数量指标 | 名称 | 值`): a row's level-2
     * label in that column goes under the last level-1 row — 成本指标 too,
     * a level-1 of its own elsewhere but a level-2 of 产出 under its section
     * (only a section row of its own makes it a level-1 here) */
    gboolean sections = jx_header_one_label_column(table->header);
    gboolean has_level2 = table_has_role(table->header, JX_ROLE_LEVEL2);
    jx_label_column in_section;
    jx_label_column_init(&in_section, n);
    if (sections)
        resolve_in_sections(rows, &l1, &base, names, label_line[JX_ROLE_LEVEL1], &in_section);
    const char *section = NULL;
    category_memo categories = {0};
    for (int i = 0; i < n; i++) {
        built_row *b = rows->pdata[i];
        const char *row_l1 = l1.resolved[i], *row_l2 = l2.resolved[i];
        if (sections && b->labels_only && row_l1 && jx_taxonomy_level1(row_l1))
            section = row_l1;
        else if (sections && section && in_section.resolved[i] && *in_section.resolved[i] &&
                 (!row_l2 || !*row_l2) && !b->labels_only) {
            row_l2 = in_section.resolved[i];
            row_l1 = section;
        } else if (sections && section && row_l1 && (!row_l2 || !*row_l2) &&
                   !b->labels_only && jx_taxonomy_level2(jx_taxonomy_level1(section), row_l1)) {
            row_l2 = row_l1;
            row_l1 = section;
        } else if (!sections && has_level2) {
            older_form_level2(&l1, n, i, table->year, &row_l1, &row_l2);
        }
        if (l1.centred[i] || l2.centred[i])
            add_flag(b, "label-centered");
        else if (l1.inferred[i] || l2.inferred[i])
            add_flag(b, "filled-down");
        if (b->source->before_task) {
            /* no work-item column yet: nothing to fill in */
        } else if (task.resolved[i] && !b->text[JX_ROLE_TASK]) {
            text_set(b, JX_ROLE_TASK, g_strdup(task.resolved[i]));
            add_flag(b, "filled-down");
        } else if (task.resolved[i] && g_strcmp0(task.resolved[i], b->text[JX_ROLE_TASK]) != 0) {
            text_set(b, JX_ROLE_TASK, g_strdup(task.resolved[i]));
        }
        if (!b->labels_only && !number_only(b))
            emit_row(src, table, ++emitted, b, row_l1, row_l2, &categories, out);
    }
    category_memo_clear(&categories);
    jx_label_column_clear(&task);
    jx_label_column_clear(&in_section);
    jx_name_words_free(names);
    jx_segmenter_give_back(seg);
    jx_label_column_clear(&l1);
    jx_label_column_clear(&l2);
    g_free(labels_only);
    g_free(heights);
    g_free(cells_lo);
    g_free(part_start);
    g_free(name_category);
    g_free(pages);
    g_free(end_pages);
    g_free(line_lo);
    g_free(line_hi);
    for (gsize k = 0; k < G_N_ELEMENTS(label_roles); k++) {
        g_free(label_line[label_roles[k]]);
        g_free(one_line[label_roles[k]]);
    }
    g_ptr_array_unref(rows);
    if (table == &above)
        g_ptr_array_unref(above.rows);
}
