/*
 * budget.c — a report's budget tables → budget records.
 *
 * `序号 | 项目分类 | 预算金额 | 使用金额 | 预算执行率` and its kin (计划/实际,
 * 预算数/执行数, 实际到位资金/实际支出资金): one record per row that prints an
 * amount, with the amount budgeted, the amount spent and the printed rate,
 * enough for a checker to recompute the rate and add the rows up to their
 * 小计 and 合计.
 *
 * What a money column holds is read from its header text (a vocabulary,
 * below).  A row's numbers go to those columns by what they are rather than
 * where they stand: a percent is the rate, the other amounts fill the money
 * columns — in order when the row has as many as there are columns (a dump
 * may have shifted them: 001's 小计 rows stand one column right), else each
 * to the money column nearest to where it stands.
 */
#include "parse/parse.h"

#include <string.h>

typedef enum { COL_NONE = 0, COL_BUDGET, COL_SPENT, COL_RATE, COL_SHARE, COL_NAME, COL_CLASS, COL_SKIP } col_kind;

/* Header words, first match wins: the rate words before the amounts they
 * contain (预算执行率 is no 预算), 到位 before 实际 (实际到位资金 is what the
 * rate divides by), a share of the total (金额占比) is no execution rate. */
static const struct {
    const char *word;
    col_kind kind;
} column_words[] = {
    {"执行率", COL_RATE}, {"使用率", COL_RATE}, {"完成率", COL_RATE}, {"支出率", COL_RATE},
    {"支出进度", COL_RATE}, {"占比", COL_SHARE}, {"比例", COL_SHARE}, {"比重", COL_SHARE},
    {"依据", COL_SKIP},   {"备注", COL_SKIP},   {"说明", COL_SKIP},   {"序号", COL_SKIP},
    {"到位", COL_BUDGET}, {"预算", COL_BUDGET}, {"计划", COL_BUDGET}, {"批复", COL_BUDGET},
    {"调整后", COL_BUDGET}, {"使用", COL_SPENT}, {"执行", COL_SPENT}, {"支出", COL_SPENT},
    {"实际", COL_SPENT},  {"完成", COL_SPENT},  {"金额", COL_BUDGET}, {"项目名称", COL_NAME},
    {"名称", COL_NAME},   {"明细", COL_NAME},   {"类别", COL_CLASS},  {"分类", COL_CLASS},
    {"项目", COL_CLASS},  {"内容", COL_CLASS},
};

static col_kind column_kind(const char *text)
{
    for (gsize i = 0; text && *text && i < G_N_ELEMENTS(column_words); i++)
        if (strstr(text, column_words[i].word))
            return column_words[i].kind;
    return COL_NONE;
}

/* The unit a header text states in brackets (`预算金额（万元）`), or NULL. */
static char *bracket_unit(const char *text)
{
    const char *open = text ? strchr(text, '(') : NULL;
    if (!open)
        return NULL;
    const char *close = strchr(open, ')');
    char *inside = g_strndup(open + 1, close ? close - open - 1 : (gssize)strlen(open + 1));
    char *unit = jx_norm_unit(g_strstrip(inside));
    g_free(inside);
    return unit;
}

/* The unit a line above the table states (`单位：万元`, `金额单位:元`), or NULL. */
static char *line_unit(char *const *above)
{
    for (int i = above ? (int)g_strv_length((char **)above) - 1 : -1; i >= 0; i--) {
        const char *at = strstr(above[i], "单位:");
        if (!at)
            continue;
        char *unit = g_strdup(at + strlen("单位:"));
        g_strstrip(unit);
        char *known = jx_norm_unit(unit);
        g_free(unit);
        if (known)
            return known;
    }
    return NULL;
}

/* A decimal string as printed, or NULL; `*percent` says a % followed it. */
static char *amount_of(const char *norm, gboolean *percent)
{
    *percent = FALSE;
    char *t = g_strstrip(g_strdup(norm));
    gsize n = strlen(t);
    if (n && t[n - 1] == '%') {
        t[--n] = '\0';
        *percent = TRUE;
    }
    char *num = n && (g_ascii_isdigit(t[0]) || t[0] == '-') ? jx_norm_number(t) : NULL;
    g_free(t);
    return num;
}

static jx_record *money(const char *value, const char *unit)
{
    if (!value)
        return NULL;
    jx_record *m = jx_record_new(JX_RECORD_VALUE);
    jx_record_set_string(m, JX_F_VALUE, value);
    jx_record_set_string(m, JX_F_UNIT, unit);
    return m;
}

/*
 * A table that has only a budget column (001's 表 4-2: 项目类别 | 序号 |
 * 项目名称 | 预算金额 | 预算编制依据) prints a project's amount over several
 * rows, the rows after the first holding only an amount (科技重大项目 1,458 /
 * 1,004.40 / 1,074).  Every row that prints an amount is a record, its name
 * filled down from the row above when it has none: so the amounts between
 * two summary rows add up to the 小计 that closes them, and the 小计 rows to
 * the 合计, which is what a checker needs; joining the pieces into one
 * record would hide which printed figure is wrong.
 */
void jx_budget_emit(const jx_source *src, const jx_ptable *table, jx_record_list *out)
{
    const jx_header *h = table->header;
    int n_cols = h->n_cols;
    col_kind *kinds = g_new0(col_kind, n_cols + 1);
    int money_cols[2] = {-1, -1}, rate_col = -1, share_col = -1;
    char *unit_above = line_unit(table->above);
    char *unit[2] = {0};
    for (int c = 0; c < n_cols; c++) {
        kinds[c] = h->texts ? column_kind(h->texts[c]) : COL_NONE;
        if (h->roles[c] == JX_ROLE_SEQ)
            kinds[c] = COL_SKIP;
        if (kinds[c] == COL_SPENT && money_cols[1] < 0)
            money_cols[1] = c;
        else if (kinds[c] == COL_RATE && rate_col < 0)
            rate_col = c;
        else if (kinds[c] == COL_SHARE && share_col < 0)
            share_col = c;
    }
    /* The budget is the amount column nearest before the spent one (年初预算数
     * | 全年预算数 | 全年执行数: the rate divides by the adjusted budget; 预算金额
     * | 实际到位资金 | 实际支出资金: by the funds in place); with none spent,
     * the last amount column; with none before the spent one, the first. */
    for (int c = 0; c < n_cols; c++)
        if (kinds[c] == COL_BUDGET && (money_cols[1] < 0 || c < money_cols[1]))
            money_cols[0] = c;
    if (money_cols[0] < 0)
        for (int c = 0; c < n_cols && money_cols[0] < 0; c++)
            if (kinds[c] == COL_BUDGET)
                money_cols[0] = c;
    for (int k = 0; k < 2; k++)
        if (money_cols[k] >= 0)
            unit[k] = h->texts ? bracket_unit(h->texts[money_cols[k]]) : NULL;
    for (int k = 0; k < 2; k++)
        if (!unit[k])
            unit[k] = g_strdup(unit_above);
    /* the money columns in the order they stand, for numbers read in order */
    int ordered[2], n_ordered = 0;
    for (int c = 0; c < n_cols; c++)
        if (c == money_cols[0] || c == money_cols[1])
            ordered[n_ordered++] = c;

    char *last_name = NULL;
    int data_row = 0;
    for (guint i = 0; i < table->rows->len; i++) {
        const jx_prow *row = table->rows->pdata[i];
        GPtrArray *amounts = g_ptr_array_new_with_free_func(g_free);
        GArray *at = g_array_new(FALSE, FALSE, sizeof(int));
        char *rate = NULL, *name = NULL, *summary = NULL;
        int name_rank = -1;
        GString *text = g_string_new(NULL);
        for (guint k = 0; k < row->cells->len; k++) {
            const jx_pcell *c = row->cells->pdata[k];
            g_string_append_printf(text, "%s%s", text->len ? " | " : "", c->raw);
            col_kind kind = c->col < n_cols ? kinds[c->col] : COL_NONE;
            gboolean percent;
            char *num = amount_of(c->norm, &percent);
            if (jx_score_is_summary(c->norm) || strcmp(c->norm, "总规模") == 0) {
                g_free(summary);
                summary = g_strdup(c->norm);
            } else if (num && percent) {
                /* a percent in a share column (金额占比) is no execution rate */
                if (rate_col >= 0 && c->col != share_col && !rate)
                    rate = g_strdup(num);
            } else if (num && kind == COL_SKIP && c->kind == JX_CK_INT) {
                /* a 序号 */
            } else if (num) {
                g_ptr_array_add(amounts, g_strdup(num));
                g_array_append_val(at, c->col);
            } else if (kind != COL_SKIP && kind != COL_RATE && *c->norm &&
                       strspn(c->norm, "-—–/ ") < strlen(c->norm)) {
                /* the most specific name: 项目名称 over 项目分类 over any text */
                int rank = kind == COL_NAME ? 2 : kind == COL_CLASS ? 1 : 0;
                if (rank > name_rank) {
                    g_free(name);
                    name = g_strdup(c->norm);
                    name_rank = rank;
                }
            }
            g_free(num);
        }
        char *slot[2] = {0};
        int n_amounts = (int)amounts->len;
        /* a rate column printed without a % sign: the number standing in it
         * beyond the money columns' count */
        if (!rate && rate_col >= 0 && n_amounts > n_ordered) {
            for (int k = n_amounts - 1; k >= 0; k--)
                if (g_array_index(at, int, k) == rate_col) {
                    rate = g_strdup(amounts->pdata[k]);
                    g_ptr_array_remove_index(amounts, k);
                    g_array_remove_index(at, k);
                    n_amounts--;
                    break;
                }
        }
        /* An amount in another amount column (年初预算数 beside the budget
         * chosen) is no part of the record.  As many amounts as money columns
         * and none of them elsewhere: in order, wherever the dump set them;
         * otherwise each by its column, the nearest money column for one
         * standing in none. */
        gboolean elsewhere = FALSE;
        for (int k = 0; k < n_amounts; k++) {
            int col = g_array_index(at, int, k);
            col_kind kind = col < n_cols ? kinds[col] : COL_NONE;
            elsewhere |= (kind == COL_BUDGET || kind == COL_SPENT || kind == COL_SHARE) &&
                         col != money_cols[0] && col != money_cols[1];
        }
        if (n_amounts == n_ordered && !elsewhere) {
            for (int k = 0; k < n_amounts; k++)
                slot[ordered[k] == money_cols[0] ? 0 : 1] = g_strdup(amounts->pdata[k]);
        } else {
            for (int k = 0; k < n_amounts && n_ordered; k++) {
                int col = g_array_index(at, int, k), best = 0;
                col_kind kind = col < n_cols ? kinds[col] : COL_NONE;
                if (col != money_cols[0] && col != money_cols[1] &&
                    (kind == COL_BUDGET || kind == COL_SPENT || kind == COL_SHARE))
                    continue;
                for (int m = 1; m < n_ordered; m++)
                    if (ABS(ordered[m] - col) < ABS(ordered[best] - col))
                        best = m;
                int s = ordered[best] == money_cols[0] ? 0 : 1;
                if (!slot[s])
                    slot[s] = g_strdup(amounts->pdata[k]);
            }
        }
        if (slot[0] || slot[1] || rate) {
            const char *shown = summary ? summary : name ? name : last_name;
            jx_record *rec = jx_record_new(JX_RECORD_BUDGET);
            jx_record_set_string(rec, JX_F_DOC, jx_source_name(src));
            jx_record_set_int(rec, JX_F_TABLE, table->index);
            jx_record_set_int(rec, JX_F_ROW, ++data_row);
            if (row->page > 0)
                jx_record_set_int(rec, JX_F_PAGE, row->page);
            else
                jx_record_set_null(rec, JX_F_PAGE);
            jx_record_set_string(rec, JX_F_NAME, shown);
            jx_record_set_record(rec, JX_F_BUDGET, money(slot[0], unit[0]));
            jx_record_set_record(rec, JX_F_SPENT, money(slot[1], unit[1]));
            jx_record_set_string(rec, JX_F_RATE, rate);
            jx_record_set_string(rec, JX_F_TEXT, text->str);
            jx_record_list_append(out, rec);
            if (name && !summary) {
                g_free(last_name);
                last_name = g_strdup(name);
            }
        }
        g_free(slot[0]);
        g_free(slot[1]);
        g_free(rate);
        g_free(name);
        g_free(summary);
        g_string_free(text, TRUE);
        g_ptr_array_unref(amounts);
        g_array_free(at, TRUE);
    }
    g_free(last_name);
    g_free(unit[0]);
    g_free(unit[1]);
    g_free(unit_above);
    g_free(kinds);
}
