/*
 * selfeval.c — the rules on self-evaluation tables (绩效自评表, the form of
 * 财预〔2020〕10号): the 项目资金 block (its 执行率, its 得分, its 年度资金总额 as
 * the sum of its 其中 rows), the indicators' scores against their weights,
 * the weights against the group weights and the 总分, the 自评得分 against the
 * scores, and an actual value that misses its target while the full weight
 * was given.
 *
 * `selfeval.funds-rate` is money.c's jx_check_funds_rate and `selfeval.grade`
 * score.c's grade rule (one implementation each); the rest are here.
 *
 * A row the parser read by a guess (jx_check_row_guessed) is checked by no
 * rule here, and no sum over it: its figures may stand in the wrong column.
 */
#include "check/check.h"

#include <math.h>
#include <string.h>

/* TRUE for a string with at least one byte. */
static gboolean nonempty(const char *s)
{
    return s && *s;
}

/* TRUE when the document is a self-evaluation. */
gboolean jx_check_is_selfeval(const jx_check_ctx *ctx)
{
    return ctx->doc && g_strcmp0(jx_record_string(ctx->doc, JX_F_KIND), "self-evaluation") == 0;
}

/* TRUE for an indicator of a self-evaluation table (it has the 分值 key). */
static gboolean is_selfeval_indicator(const jx_record *rec)
{
    return rec && jx_record_kind_of(rec) == JX_RECORD_INDICATOR &&
           jx_record_has_field(rec, JX_F_WEIGHT);
}

static gboolean is_funds(const jx_record *rec)
{
    return rec && jx_record_kind_of(rec) == JX_RECORD_FUNDS;
}

/* TRUE when one of the records at the indices `rows` (guint) was read by a
 * guess (jx_check_row_guessed): a sum over them says nothing of the
 * document. */
static gboolean any_guessed(const jx_check_ctx *ctx, const GArray *rows)
{
    for (guint k = 0; rows && k < rows->len; k++)
        if (jx_check_row_guessed(jx_check_record(ctx, g_array_index(rows, guint, k))))
            return TRUE;
    return FALSE;
}

/* How a row is named in a message. */
static const char *label_of(const jx_record *rec)
{
    const char *s = jx_record_string(rec, is_funds(rec) ? JX_F_ITEM : JX_F_NAME);
    return s ? s : "(unnamed)";
}

/* The 年度资金总额 row of a 项目资金 block (资金总额, 合计, 总计). */
static gboolean funds_is_total(const jx_record *rec)
{
    const char *item = jx_record_string(rec, JX_F_ITEM);
    return item && (strstr(item, "总额") || jx_check_is_summary(item, NULL));
}

/* Words of the 其中 rows of a 项目资金 block (财政拨款, 本年财政拨款, 上年结转资金,
 * 其他资金, 自筹资金 …).  A row without one is not known to be a part (a label
 * a dump cut, `项目资`), and a sum over unknown rows is not checked. */
static const char *const part_words[] = {"财政", "拨款", "结转", "结余", "其他", "其它",
                                         "自筹", "社会", "上级", "本级", "配套", "专项"};

static gboolean funds_is_part(const jx_record *rec)
{
    const char *item = jx_record_string(rec, JX_F_ITEM);
    for (guint i = 0; item && i < G_N_ELEMENTS(part_words); i++)
        if (strstr(item, part_words[i]))
            return TRUE;
    return FALSE;
}

/* ---------------------------------------------------------------- score-over */

/* An indicator or funds row scored above its weight or below 0. */
static void check_over_record(jx_check_ctx *ctx, guint at, const jx_record *rec)
{
    jx_dec w, s;
    if (!jx_dec_parse(jx_record_string(rec, JX_F_SCORE), &s))
        return;
    gboolean has_w = jx_dec_parse(jx_record_string(rec, JX_F_WEIGHT), &w);
    jx_check_emit_over(ctx, at, label_of(rec), s, has_w ? &w : NULL);
}

/* selfeval.score-over: indicators and funds rows scored above their weight or below 0. */
void jx_check_selfeval_score_over(jx_check_ctx *ctx)
{
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *rec = jx_check_record(ctx, i);
        if ((is_selfeval_indicator(rec) || is_funds(rec)) && !jx_check_row_guessed(rec))
            check_over_record(ctx, i, rec);
    }
}

/* ---------------------------------------------------------------- funds-score */

/* The printed score against `exact` (already capped at the weight): the
 * common rules a table may have used instead, as a name, or NULL. */
static const char *other_rule(jx_dec printed, double exact)
{
    double p = jx_dec_value(printed);
    if (jx_dec_compare(printed, exact, 0) == JX_DEC_TRUNCATED)
        return "the exact score cut, not rounded";
    /* Rounded or cut to one decimal, printed with more (9.90 for 9.87). */
    double one_round = round(exact * 10) / 10, one_cut = floor(exact * 10 + 1e-9) / 10;
    if (printed.places != 1 && jx_dec_near(p, one_round, 0))
        return "the score rounded to one decimal";
    if (jx_dec_near(p, one_cut, 0))
        return "the score cut to one decimal";
    return NULL;
}

/* The score a funds row earns from its figures alone: 分值 `wv` × 全年执行数 /
 * 全年预算数 (年初预算数 when the full-year one is empty), capped at 分值, in
 * `exact`, with the rounding of the two amounts in `slack`; the amounts in
 * `spent` and `budget`.  FALSE when either is missing or the budget is 0. */
static gboolean score_from_spending(const jx_record *f, double wv, jx_dec *spent, jx_dec *budget,
                                    double *exact, double *slack)
{
    if (!jx_dec_parse(jx_record_string(f, JX_F_SPENT), spent) ||
        !(jx_dec_parse(jx_record_string(f, JX_F_ADJUSTED), budget) ||
          jx_dec_parse(jx_record_string(f, JX_F_PLANNED), budget)) ||
        budget->units == 0)
        return FALSE;
    double bv = jx_dec_value(*budget), sv = jx_dec_value(*spent);
    *exact = MIN(wv * sv / bv, wv);
    *slack = wv * (jx_dec_slack(*spent) / fabs(bv) + fabs(sv) * jx_dec_slack(*budget) / (bv * bv));
    return TRUE;
}

/* selfeval.funds-score: 得分 = 分值 × 执行率, capped at 分值. */
void jx_check_selfeval_funds_score(jx_check_ctx *ctx)
{
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *f = jx_check_record(ctx, i);
        jx_dec w, r, s;
        if (!is_funds(f) || jx_check_row_guessed(f) ||
            !jx_dec_parse(jx_record_string(f, JX_F_WEIGHT), &w) ||
            !jx_dec_parse(jx_record_string(f, JX_F_SCORE), &s))
            continue;
        if (!jx_dec_parse(jx_record_string(f, JX_F_RATE), &r)) {
            /* No 执行率 printed: the score against spent / budget alone. */
            jx_dec spent, budget;
            double exact, slack;
            if (!score_from_spending(f, jx_dec_value(w), &spent, &budget, &exact, &slack) ||
                jx_dec_cmp(s, w) > 0 || s.units < 0)
                continue;
            if (jx_dec_compare(s, exact, slack) == JX_DEC_MATCH)
                continue;
            char *exp = jx_dec_format(exact, MAX(s.places, 2)), *found = jx_dec_string(s),
                 *ws = jx_dec_string(w), *ss = jx_dec_string(spent), *bs = jx_dec_string(budget);
            const char *other = other_rule(s, exact);
            jx_check_emit(ctx, i, other ? "warning" : NULL, exp, found,
                          "%s: score %s%s%s, but 分值 %s × %s / %s = %s", label_of(f), found,
                          other ? " is " : "", other ? other : "", ws, ss, bs, exp);
            g_free(exp);
            g_free(found);
            g_free(ws);
            g_free(ss);
            g_free(bs);
            continue;
        }
        if (jx_dec_cmp(s, w) > 0 || s.units < 0)
            continue; /* selfeval.score-over says so */
        double wv = jx_dec_value(w), rv = jx_dec_value(r);
        double exact = MIN(wv * rv / 100.0, wv);
        /* The rate's rounding moves the product by w·dr/100, the weight's by r·dw/100. */
        double slack = wv * jx_dec_slack(r) / 100.0 + rv * jx_dec_slack(w) / 100.0;
        if (jx_dec_compare(s, exact, slack) == JX_DEC_MATCH)
            continue;
        /* A printed rate that is itself wrong (selfeval.funds-rate) is not
         * the score's fault: the score may follow from spent / budget. */
        jx_dec spent, budget;
        double ex2, sl2;
        if (score_from_spending(f, wv, &spent, &budget, &ex2, &sl2) &&
            jx_dec_compare(s, ex2, sl2) == JX_DEC_MATCH)
            continue;
        char *exp = jx_dec_format(exact, MAX(s.places, 2)), *found = jx_dec_string(s),
             *ws = jx_dec_string(w), *rs = jx_dec_string(r);
        const char *other = other_rule(s, exact);
        if (other)
            jx_check_emit(ctx, i, "warning", exp, found,
                          "%s: score %s is %s: 分值 %s × 执行率 %s%% = %s", label_of(f), found,
                          other, ws, rs, exp);
        else
            jx_check_emit(ctx, i, NULL, exp, found,
                          "%s: score %s, but 分值 %s × 执行率 %s%% = %s%s", label_of(f), found, ws,
                          rs, exp, wv * rv / 100.0 > wv ? " (capped at the weight)" : "");
        g_free(exp);
        g_free(found);
        g_free(ws);
        g_free(rs);
    }
}

/* ---------------------------------------------------------------- funds-sum */

/* selfeval.funds-sum: each 年度资金总额 row against its 其中 rows (the funds rows
 * of its table after it, up to the next total), column by column. */
void jx_check_selfeval_funds_sum(jx_check_ctx *ctx)
{
    static const struct {
        jx_field field;
        const char *name;
    } cols[] = {{JX_F_PLANNED, "年初预算数"}, {JX_F_ADJUSTED, "全年预算数"}, {JX_F_SPENT, "全年执行数"}};
    guint n = jx_check_n(ctx);
    for (guint t = 0; t < n; t++) {
        const jx_record *tr = jx_check_record(ctx, t);
        if (!is_funds(tr) || !funds_is_total(tr))
            continue;
        gint64 table = jx_record_int(tr, JX_F_TABLE, 0);
        GArray *parts = g_array_new(FALSE, FALSE, sizeof(guint));
        for (guint j = t + 1; j < n; j++) {
            const jx_record *p = jx_check_record(ctx, j);
            if (!is_funds(p))
                continue;
            if (jx_record_int(p, JX_F_TABLE, 0) != table || funds_is_total(p))
                break;
            g_array_append_val(parts, j);
        }
        gboolean known = !jx_check_row_guessed(tr) && !any_guessed(ctx, parts);
        for (guint k = 0; k < parts->len && known; k++)
            known = funds_is_part(jx_check_record(ctx, g_array_index(parts, guint, k)));
        if (!known)
            g_array_set_size(parts, 0);
        for (guint c = 0; c < G_N_ELEMENTS(cols) && parts->len > 0; c++) {
            jx_dec total, sum = {0, 0}, v;
            if (!jx_dec_parse(jx_record_string(tr, cols[c].field), &total))
                continue;
            /* The column's finest places: a figure printed with fewer had its zeros dropped. */
            int places = total.places;
            guint with = 0;
            for (guint k = 0; k < parts->len; k++)
                if (jx_dec_parse(jx_record_string(jx_check_record(ctx, g_array_index(parts, guint, k)),
                                                  cols[c].field),
                                 &v)) {
                    places = MAX(places, v.places);
                    with++;
                }
            if (with == 0)
                continue; /* no part prints the column: nothing to add up */
            double slack = jx_dec_slack_in(total, places);
            GString *terms = g_string_new(NULL);
            for (guint k = 0; k < parts->len; k++) {
                const jx_record *p = jx_check_record(ctx, g_array_index(parts, guint, k));
                /* An empty cell among printed ones is nothing (其他资金 of 0). */
                if (!jx_dec_parse(jx_record_string(p, cols[c].field), &v))
                    continue;
                sum = jx_dec_add(sum, v);
                slack += jx_dec_slack_in(v, places);
                char *vs = jx_dec_string(v);
                g_string_append_printf(terms, "%s%s %s", terms->len ? " + " : "", label_of(p), vs);
                g_free(vs);
            }
            if (!jx_dec_sum_matches(total, sum, slack)) {
                char *exp = jx_dec_string(sum), *found = jx_dec_string(total);
                jx_check_emit(ctx, t, NULL, exp, found, "%s: %s %s, but its rows %s add up to %s",
                              label_of(tr), cols[c].name, found, terms->str, exp);
                g_free(exp);
                g_free(found);
            }
            g_string_free(terms, TRUE);
        }
        g_array_free(parts, TRUE);
    }
}

/* ---------------------------------------------------------------- the tables */

/* A self-evaluation table: its indicators and its funds rows (record indices). */
typedef struct {
    gint64 table;
    GArray *ind;   /* guint */
    GArray *funds; /* guint */
} se_table;

/* The self-evaluation tables of the document: indicators grouped by table;
 * funds rows go with the indicators of their table, or, when the document
 * has one indicator table only, with it whatever their table number. */
static GArray *se_tables(const jx_check_ctx *ctx)
{
    GArray *tabs = g_array_new(FALSE, TRUE, sizeof(se_table));
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *rec = jx_check_record(ctx, i);
        if (!is_selfeval_indicator(rec))
            continue;
        gint64 t = jx_record_int(rec, JX_F_TABLE, 0);
        se_table *x = NULL;
        for (guint k = 0; k < tabs->len && !x; k++)
            if (g_array_index(tabs, se_table, k).table == t)
                x = &g_array_index(tabs, se_table, k);
        if (!x) {
            se_table nt = {t, g_array_new(FALSE, FALSE, sizeof(guint)),
                           g_array_new(FALSE, FALSE, sizeof(guint))};
            g_array_append_val(tabs, nt);
            x = &g_array_index(tabs, se_table, tabs->len - 1);
        }
        g_array_append_val(x->ind, i);
    }
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *rec = jx_check_record(ctx, i);
        if (!is_funds(rec))
            continue;
        gint64 t = jx_record_int(rec, JX_F_TABLE, 0);
        for (guint k = 0; k < tabs->len; k++) {
            se_table *x = &g_array_index(tabs, se_table, k);
            if (x->table == t || tabs->len == 1) {
                g_array_append_val(x->funds, i);
                break;
            }
        }
    }
    return tabs;
}

static void se_tables_free(GArray *tabs)
{
    for (guint k = 0; k < tabs->len; k++) {
        g_array_free(g_array_index(tabs, se_table, k).ind, TRUE);
        g_array_free(g_array_index(tabs, se_table, k).funds, TRUE);
    }
    g_array_free(tabs, TRUE);
}

/* The funds block's weight (or score): its total row's when it prints one,
 * else the sum of its rows'.  FALSE when no row prints one. */
static gboolean funds_field(const jx_check_ctx *ctx, GArray *funds, jx_field field, jx_dec *out,
                            guint *at)
{
    jx_dec v, sum = {0, 0};
    gboolean any = FALSE;
    for (guint k = 0; k < funds->len; k++) {
        guint i = g_array_index(funds, guint, k);
        const jx_record *f = jx_check_record(ctx, i);
        if (!jx_dec_parse(jx_record_string(f, field), &v))
            continue;
        if (funds_is_total(f)) {
            *out = v;
            *at = i;
            return TRUE;
        }
        if (!any)
            *at = i;
        sum = jx_dec_add(sum, v);
        any = TRUE;
    }
    *out = sum;
    return any;
}

/* The sum of one field over a table's indicators; FALSE when one lacks it. */
static gboolean indicators_sum(const jx_check_ctx *ctx, GArray *ind, jx_field field, jx_dec *sum,
                               double *slack)
{
    *sum = (jx_dec){0, 0};
    *slack = 0;
    int places = 0;
    jx_dec v;
    for (guint k = 0; k < ind->len; k++) {
        if (!jx_dec_parse(jx_record_string(jx_check_record(ctx, g_array_index(ind, guint, k)), field),
                          &v))
            return FALSE;
        places = MAX(places, v.places);
    }
    for (guint k = 0; k < ind->len; k++) {
        jx_dec_parse(jx_record_string(jx_check_record(ctx, g_array_index(ind, guint, k)), field), &v);
        *sum = jx_dec_add(*sum, v);
        *slack += jx_dec_slack_in(v, places);
    }
    return ind->len > 0;
}

/* ---------------------------------------------------------------- weights */

/* The standard 总分 of the form: 100 points. */
#define SELFEVAL_TOTAL_WEIGHT "100"

/* selfeval.weights: each level-1 group's weights against the group weight
 * printed in its label (the indicator's `group_weight`), and all weights with
 * the funds' 分值 against the 总分 (the document's `weight_total` when the
 * parser gives it, else 100 where the 总分 line is printed: the document
 * states a 自评得分). */
void jx_check_selfeval_weights(jx_check_ctx *ctx)
{
    GArray *tabs = se_tables(ctx);
    for (guint k = 0; k < tabs->len; k++) {
        se_table *x = &g_array_index(tabs, se_table, k);
        /* Level-1 groups, in order of their first row. */
        GPtrArray *keys = g_ptr_array_new_with_free_func(g_free);
        for (guint a = 0; a < x->ind->len; a++) {
            guint i = g_array_index(x->ind, guint, a);
            char *key = jx_check_label_key(jx_record_string(jx_check_record(ctx, i), JX_F_LEVEL1));
            gboolean seen = FALSE;
            for (guint b = 0; b < keys->len && !seen; b++)
                seen = strcmp(g_ptr_array_index(keys, b), key) == 0;
            if (seen || !*key) {
                g_free(key);
                continue;
            }
            g_ptr_array_add(keys, key);
            jx_dec gw, sum = {0, 0}, v;
            gboolean has_gw = FALSE, all = TRUE;
            guint n = 0;
            for (guint b = a; b < x->ind->len; b++) {
                const jx_record *r = jx_check_record(ctx, g_array_index(x->ind, guint, b));
                char *rk = jx_check_label_key(jx_record_string(r, JX_F_LEVEL1));
                gboolean same = strcmp(rk, key) == 0;
                g_free(rk);
                if (!same)
                    continue;
                all &= !jx_check_row_guessed(r);
                if (!has_gw && jx_dec_parse(jx_record_string(r, JX_F_GROUP_WEIGHT), &gw))
                    has_gw = TRUE;
                if (jx_dec_parse(jx_record_string(r, JX_F_WEIGHT), &v)) {
                    sum = jx_dec_add(sum, v);
                    n++;
                } else {
                    all = FALSE;
                }
            }
            if (!has_gw || !all || n == 0 || jx_dec_cmp(sum, gw) == 0)
                continue;
            char *exp = jx_dec_string(gw), *found = jx_dec_string(sum);
            jx_check_emit(ctx, i, NULL, exp, found,
                          "%s: the group's weight is printed as %s, but the weights of its %u "
                          "indicators add up to %s",
                          jx_record_string(jx_check_record(ctx, i), JX_F_LEVEL1), exp, n, found);
            g_free(exp);
            g_free(found);
        }
        g_ptr_array_free(keys, TRUE);
        /* All weights with the funds' against the 总分: one table per document,
         * read without a guess. */
        if (tabs->len != 1 || !ctx->doc || any_guessed(ctx, x->ind) || any_guessed(ctx, x->funds))
            continue;
        jx_dec total, iw, fw;
        double slack;
        guint fat = 0;
        const char *printed = jx_record_string(ctx->doc, JX_F_WEIGHT_TOTAL);
        if (!printed && nonempty(jx_record_string(ctx->doc, JX_F_SCORE_TOTAL)))
            printed = SELFEVAL_TOTAL_WEIGHT;
        if (!jx_dec_parse(printed, &total) ||
            !indicators_sum(ctx, x->ind, JX_F_WEIGHT, &iw, &slack) ||
            !funds_field(ctx, x->funds, JX_F_WEIGHT, &fw, &fat))
            continue;
        jx_dec sum = jx_dec_add(iw, fw);
        /* A funds 分值 above the 总分 is no weight: the block's columns were
         * misread (an amount in the 分值 column), which no sum here can say. */
        if (jx_dec_cmp(sum, total) == 0 || jx_dec_cmp(fw, total) > 0)
            continue;
        char *exp = jx_dec_string(total), *found = jx_dec_string(sum), *is = jx_dec_string(iw),
             *fs = jx_dec_string(fw);
        jx_check_emit(ctx, 0, NULL, exp, found,
                      "the weights add up to %s (indicators %s + funds %s), but the 总分 is %s", found,
                      is, fs, exp);
        g_free(exp);
        g_free(found);
        g_free(is);
        g_free(fs);
    }
    se_tables_free(tabs);
}

/* ---------------------------------------------------------------- total */

/* selfeval.total: the 自评得分 against the indicators' and the funds' scores. */
void jx_check_selfeval_total(jx_check_ctx *ctx)
{
    jx_dec stated;
    if (!ctx->doc || !jx_dec_parse(jx_record_string(ctx->doc, JX_F_SCORE_TOTAL), &stated))
        return;
    GArray *tabs = se_tables(ctx);
    se_table *one = tabs->len == 1 ? &g_array_index(tabs, se_table, 0) : NULL;
    if (one && !any_guessed(ctx, one->ind) && !any_guessed(ctx, one->funds)) {
        se_table *x = one;
        jx_dec is, fs = {0, 0};
        double slack;
        guint fat = 0;
        if (indicators_sum(ctx, x->ind, JX_F_SCORE, &is, &slack)) {
            gboolean has_f = funds_field(ctx, x->funds, JX_F_SCORE, &fs, &fat);
            if (has_f) {
                /* the funds score's own rounding, at its printed places */
                slack += jx_dec_slack(fs);
            } else {
                /* No funds score read: the indicators must carry the whole 总分
                 * by themselves, or the points of a block not read are missing. */
                jx_dec iw, tw;
                double ws;
                const char *printed = jx_record_string(ctx->doc, JX_F_WEIGHT_TOTAL);
                if (!jx_dec_parse(printed ? printed : SELFEVAL_TOTAL_WEIGHT, &tw) ||
                    !indicators_sum(ctx, x->ind, JX_F_WEIGHT, &iw, &ws) || jx_dec_cmp(iw, tw) != 0) {
                    se_tables_free(tabs);
                    return;
                }
            }
            jx_dec sum = jx_dec_add(is, fs);
            /* The stated total is a rounding of the sum when printed with fewer places. */
            double tol = slack + (stated.places < sum.places ? jx_dec_half_unit(stated) : 0);
            if (!jx_dec_sum_matches(stated, sum, tol)) {
                char *exp = jx_dec_string(sum), *found = jx_dec_string(stated),
                     *iss = jx_dec_string(is), *fss = jx_dec_string(fs);
                jx_check_emit(ctx, 0, NULL, exp, found,
                              "自评得分 %s, but the scores add up to %s (indicators %s + funds %s)",
                              found, exp, iss, has_f ? fss : "none");
                g_free(exp);
                g_free(found);
                g_free(iss);
                g_free(fss);
            }
        }
    }
    se_tables_free(tabs);
}

/* ---------------------------------------------------------------- missed-target */

/* Words an actual written as text uses for a target not reached; checked
 * before the words for done (未完成 holds 完成). */
static const char *const not_done_words[] = {
    "未完成", "未达到", "未达成", "部分完成", "未达标", "未实现", "尚未", "没有完成", "未按时",
    "未能", "滞后", "延期", "延迟", "不达标", "不合格", "未全部",
};
/* Words for a target reached. */
static const char *const done_words[] = {
    "已完成", "完成", "达到", "达成", "实现", "达标", "按时", "按期", "如期", "合格",
    "符合", "满足", "有效", "良好", "健全", "规范",
};

/* 1: the text says done, 0: not done, -1: neither. */
static int text_done(const char *text)
{
    /* 基本完成 / 基本达到: nearly, which says neither */
    if (!nonempty(text) || strstr(text, "基本"))
        return -1;
    for (guint i = 0; i < G_N_ELEMENTS(not_done_words); i++)
        if (strstr(text, not_done_words[i]))
            return 0;
    for (guint i = 0; i < G_N_ELEMENTS(done_words); i++)
        if (strstr(text, done_words[i]))
            return 1;
    return -1;
}

/* TRUE when the deviation text says nothing (null, a dash, 无). */
static gboolean no_deviation(const char *d)
{
    static const char *const empty[] = {"", "无", "/", "-", "—", "——", "无偏差", "不存在偏差"};
    if (!d)
        return TRUE;
    for (guint i = 0; i < G_N_ELEMENTS(empty); i++)
        if (strcmp(d, empty[i]) == 0)
            return TRUE;
    return FALSE;
}

/* TRUE when the indicator's group is a cost (lower is better). */
static gboolean is_cost(const jx_record *rec)
{
    const char *l1 = jx_record_string(rec, JX_F_LEVEL1), *l2 = jx_record_string(rec, JX_F_LEVEL2);
    return (l1 && strstr(l1, "成本")) || (l2 && strstr(l2, "成本"));
}

/*
 * Whether the actual meets the target: 1 met, 0 missed, -1 unknown.  Numbers
 * are compared only in the same unit; dates as dates (on or before a
 * deadline); text actuals by the words above.  `how` gets a phrase for the
 * message (new string).
 */
static int target_met(const jx_record *rec, char **how)
{
    const jx_record *act = jx_record_sub(rec, JX_F_ACTUAL);
    *how = NULL;
    if (!act)
        return -1;
    const char *tk = jx_record_string(rec, JX_F_KIND), *ak = jx_record_string(act, JX_F_KIND);
    const char *tv = jx_record_string(rec, JX_F_VALUE), *av = jx_record_string(act, JX_F_VALUE);
    const char *op = jx_record_string(rec, JX_F_OP);
    const char *atext = jx_record_string(act, JX_F_TEXT);
    if (!atext)
        atext = av;
    const char *ttext = jx_record_string(rec, JX_F_TEXT);
    if (!ttext)
        ttext = tv;
    if (g_strcmp0(tk, "number") == 0 && g_strcmp0(ak, "number") == 0) {
        jx_dec t, a;
        const char *tu = jx_record_string(rec, JX_F_UNIT), *au = jx_record_string(act, JX_F_UNIT);
        if (!jx_dec_parse(tv, &t) || !jx_dec_parse(av, &a) ||
            g_strcmp0(tu ? tu : "", au ? au : "") != 0)
            return -1;
        int c = jx_dec_cmp(a, t);
        int met;
        if (g_strcmp0(op, ">=") == 0)
            met = c >= 0;
        else if (g_strcmp0(op, ">") == 0)
            met = c > 0;
        else if (g_strcmp0(op, "<=") == 0)
            met = c <= 0;
        else if (g_strcmp0(op, "<") == 0)
            met = c < 0;
        else /* "=" or none: a quantity falls short below it, a cost above it */
            met = is_cost(rec) ? c <= 0 : c >= 0;
        *how = g_strdup_printf("actual %s against target %s", atext, ttext ? ttext : tv);
        return met;
    }
    if (g_strcmp0(tk, "date") == 0 && g_strcmp0(ak, "date") == 0 && tv && av) {
        if (g_strcmp0(op, ">=") == 0 || g_strcmp0(op, ">") == 0)
            return -1; /* not a deadline */
        *how = g_strdup_printf("done %s, deadline %s", av, tv);
        return strcmp(av, tv) <= 0;
    }
    if (g_strcmp0(ak, "number") != 0 && g_strcmp0(ak, "date") != 0) {
        int d = text_done(atext);
        if (d >= 0)
            *how = g_strdup_printf("actual «%s»", atext);
        return d;
    }
    return -1;
}

/* selfeval.missed-target: a missed target given the full weight (warning);
 * a met one with points deducted and no deviation text (info). */
void jx_check_selfeval_missed_target(jx_check_ctx *ctx)
{
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *rec = jx_check_record(ctx, i);
        jx_dec w, s;
        if (!is_selfeval_indicator(rec) || jx_check_row_guessed(rec) ||
            !jx_dec_parse(jx_record_string(rec, JX_F_WEIGHT), &w) ||
            !jx_dec_parse(jx_record_string(rec, JX_F_SCORE), &s) || jx_dec_cmp(s, w) > 0 ||
            s.units < 0)
            continue;
        char *how = NULL;
        int met = target_met(rec, &how);
        char *ws = jx_dec_string(w), *ss = jx_dec_string(s);
        if (met == 0 && jx_dec_cmp(s, w) == 0)
            jx_check_emit(ctx, i, "warning", NULL, NULL,
                          "%s: the target is missed (%s), yet the full weight %s was given",
                          label_of(rec), how, ws);
        else if (met == 1 && jx_dec_cmp(s, w) < 0 &&
                 no_deviation(jx_record_string(rec, JX_F_DEVIATION)))
            jx_check_emit(ctx, i, "info", NULL, NULL,
                          "%s: the target is met (%s), yet %s of %s points were given and no "
                          "deviation is explained",
                          label_of(rec), how, ss, ws);
        g_free(how);
        g_free(ws);
        g_free(ss);
    }
}
