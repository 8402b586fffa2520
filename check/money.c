/*
 * money.c — the rules on money: budget tables (rates and column sums), rates
 * stated in prose, malformed numbers and sums stated in prose.
 */
#include "check/check.h"
#include "normalize/normalize.h"

#include <math.h>
#include <string.h>

/* An amount with its unit's worth in 元 and its rounding (in its own unit). */
typedef struct {
    jx_dec d;
    double yuan;
    double slack;
} money;

/* Reads an amount record; its slack is its own places' until a column says more. */
static gboolean read_money(const jx_record *amount, money *m)
{
    if (!jx_check_amount(amount, &m->d, &m->yuan))
        return FALSE;
    m->slack = jx_dec_slack(m->d);
    return TRUE;
}

/* The amount in 元. */
static double money_value(money m)
{
    return jx_dec_value(m.d) * m.yuan;
}

/* A figure of running text as money; FALSE when it is not an amount of money
 * or not readable. */
static gboolean figure_money(const jx_figure *f, money *m)
{
    if (f->malformed || !f->value || !f->unit || strcmp(f->unit, "%") == 0)
        return FALSE;
    jx_record *amount = jx_record_new(JX_RECORD_VALUE);
    jx_record_set_string(amount, JX_F_VALUE, f->value);
    jx_record_set_string(amount, JX_F_UNIT, f->unit);
    gboolean ok = read_money(amount, m);
    jx_record_free(amount);
    return ok;
}

/* The amounts a text states (its figures in money units), appended to `out`. */
static void text_amounts(const jx_check_ctx *ctx, const char *text, GArray *out)
{
    if (!text)
        return;
    const GArray *figs = jx_check_figures(ctx, text);
    for (guint i = 0; i < figs->len; i++) {
        money m;
        if (figure_money(&g_array_index(figs, jx_figure, i), &m))
            g_array_append_val(out, m);
    }
}

/* TRUE when two amounts are the same sum of money (the same 元, whatever the unit). */
static gboolean same_amount(money a, money b)
{
    return jx_dec_near(money_value(a), money_value(b), 0);
}

/* Removes one amount equal to `m` from `amounts`: a text names its own budget
 * and spent amount once each, and what is left are the other amounts it states
 * (`计划支出10万元` beside `实际支出10万元` stays). */
static void drop_one(GArray *amounts, money m)
{
    for (guint k = 0; k < amounts->len; k++)
        if (same_amount(g_array_index(amounts, money, k), m)) {
            g_array_remove_index(amounts, k);
            return;
        }
}

/* A fact as a subject of budget rows: its index, its subject's label key,
 * and the amounts it states (NULL until first asked for). */
typedef struct {
    guint at;
    char *key;
    GArray *amounts; /* money */
} fact_subject;

/* Frees a fact_subject's key and amounts. */
static void fact_subject_clear(gpointer p)
{
    fact_subject *s = p;
    g_free(s->key);
    if (s->amounts)
        g_array_free(s->amounts, TRUE);
}

/* The facts of the document with their subjects' label keys (a new GArray of
 * fact_subject), made once for all the budget rows that ask. */
static GArray *fact_subjects(const jx_check_ctx *ctx)
{
    GArray *out = g_array_new(FALSE, TRUE, sizeof(fact_subject));
    g_array_set_clear_func(out, fact_subject_clear);
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *f = jx_check_record(ctx, i);
        if (!f || jx_record_kind_of(f) != JX_RECORD_FACT)
            continue;
        fact_subject s = {i, jx_check_label_key(jx_record_string(f, JX_F_SUBJECT)), NULL};
        g_array_append_val(out, s);
    }
    return out;
}

/* The amounts fact `s` states: the money figures of its text, or its budget
 * and spent when it has no text; worked out at the first call and kept. */
static const GArray *fact_amounts(const jx_check_ctx *ctx, fact_subject *s)
{
    if (s->amounts)
        return s->amounts;
    s->amounts = g_array_new(FALSE, FALSE, sizeof(money));
    const jx_record *f = jx_check_record(ctx, s->at);
    const char *text = jx_record_string(f, JX_F_TEXT);
    money m;
    if (text && *text) {
        text_amounts(ctx, text, s->amounts);
        return s->amounts;
    }
    if (read_money(jx_record_sub(f, JX_F_BUDGET), &m))
        g_array_append_val(s->amounts, m);
    if (read_money(jx_record_sub(f, JX_F_SPENT), &m))
        g_array_append_val(s->amounts, m);
    return s->amounts;
}

/* The amounts stated for the subject `name` elsewhere in the document: the
 * money figures of the text of each fact whose subject is the same (label
 * keys equal, or one contains the other), or its budget and spent when it
 * has no text.  `subjects` is fact_subjects of the document (made at the
 * first call when NULL; the caller frees it). */
static void subject_amounts(const jx_check_ctx *ctx, GArray **subjects, const char *name,
                            guint self, GArray *out)
{
    char *key = jx_check_label_key(name);
    if (g_utf8_strlen(key, -1) < 2) {
        g_free(key);
        return;
    }
    if (!*subjects)
        *subjects = fact_subjects(ctx);
    for (guint k = 0; k < (*subjects)->len; k++) {
        fact_subject *s = &g_array_index(*subjects, fact_subject, k);
        const char *sk = s->key;
        if (s->at == self || !(*sk && (strstr(sk, key) || strstr(key, sk))))
            continue;
        const GArray *amounts = fact_amounts(ctx, s);
        g_array_append_vals(out, amounts->data, amounts->len);
    }
    g_free(key);
}

/* spent / denominator as a percentage, and what the inputs' rounding allows on it. */
static double rate_of(money spent, money den, double *slack)
{
    double s = money_value(spent), b = money_value(den);
    double ds = spent.slack * spent.yuan, db = den.slack * den.yuan;
    *slack = 100.0 * (ds / fabs(b) + fabs(s) * db / (b * b));
    return 100.0 * s / b;
}

/* Checks `rate` against spent / budget for the record at `at` (`label`
 * names its subject); `others` are other amounts stated for the same
 * subject, tried in order when the budget does not give the rate.  When
 * `first_is` is not NULL it says what others[0] is (`the funds the section
 * says reached it, 28万元`), and a warning over that amount names it. */
static void check_rate(jx_check_ctx *ctx, guint at, const char *label, money budget,
                       money spent, jx_dec rate, const GArray *others, const char *first_is)
{
    if (money_value(budget) == 0)
        return;
    double slack, exact = rate_of(spent, budget, &slack);
    jx_dec_verdict v = jx_dec_compare(rate, exact, slack);
    if (v == JX_DEC_MATCH)
        return;
    char *found = jx_dec_string(rate), *exp = jx_dec_format(exact, rate.places),
         *fine = jx_dec_format(exact, rate.places + 2), *ss = jx_dec_string(spent.d),
         *bs = jx_dec_string(budget.d);
    if (v == JX_DEC_TRUNCATED) {
        jx_check_emit(ctx, at, "warning", exp, found,
                      "%s: rate %s%% is %s / %s = %s%% cut, not rounded (%s%%)", label, found,
                      ss, bs, fine, exp);
        goto out;
    }
    for (guint k = 0; others && k < others->len; k++) {
        money o = g_array_index(others, money, k);
        double os;
        if (money_value(o) == 0)
            continue;
        double alt = rate_of(spent, o, &os);
        if (jx_dec_compare(rate, alt, os) != JX_DEC_MATCH)
            continue;
        char *osd = jx_dec_string(o.d);
        if (k == 0 && first_is)
            jx_check_emit(ctx, at, "warning", exp, found,
                          "%s: rate %s%% is %s / %s, over %s, not %s / %s = %s%%", label, found,
                          ss, osd, first_is, ss, bs, fine);
        else
            jx_check_emit(ctx, at, "warning", exp, found,
                          "%s: rate %s%% is %s / %s, over another amount the document states "
                          "for it (到位资金, 计划支出, 调整后预算?), not %s / %s = %s%%",
                          label, found, ss, osd, ss, bs, fine);
        g_free(osd);
        goto out;
    }
    jx_check_emit(ctx, at, NULL, exp, found, "%s: rate %s%%, but %s / %s = %s%%", label, found,
                  ss, bs, fine);
out:
    g_free(found);
    g_free(exp);
    g_free(fine);
    g_free(ss);
    g_free(bs);
}

/* ---------------------------------------------------------------- budget tables */

typedef struct {
    guint at;
    const jx_record *rec;
    gint64 table;
    gboolean summary, subtotal;
    gboolean has_b, has_s;
    money b, s;
} brow;

/* Every budget record of the document (a new GArray of brow), each figure
 * with its column's rounding. */
static GArray *budget_rows(const jx_check_ctx *ctx)
{
    GArray *rows = g_array_new(FALSE, TRUE, sizeof(brow));
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *rec = jx_check_record(ctx, i);
        if (!rec || jx_record_kind_of(rec) != JX_RECORD_BUDGET)
            continue;
        brow r = {.at = i, .rec = rec, .table = jx_record_int(rec, JX_F_TABLE, 0)};
        r.summary = jx_check_is_summary(jx_record_string(rec, JX_F_NAME), &r.subtotal);
        r.has_b = read_money(jx_record_sub(rec, JX_F_BUDGET), &r.b);
        r.has_s = read_money(jx_record_sub(rec, JX_F_SPENT), &r.s);
        g_array_append_val(rows, r);
    }
    /* Each figure's rounding at its column's finest places (1,185 among
     * 5,461.40): one pass to find them per table, one to apply them. */
    GHashTable *places = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
    for (int pass = 0; pass < 2; pass++)
        for (guint i = 0; i < rows->len; i++) {
            brow *r = &g_array_index(rows, brow, i);
            /* packed: budget places in the low byte, spent places in the next */
            guint packed = GPOINTER_TO_UINT(g_hash_table_lookup(places, &r->table));
            int bp = (int)(packed & 0xff), sp = (int)((packed >> 8) & 0xff);
            if (pass == 0) {
                if (r->has_b)
                    bp = MAX(bp, r->b.d.places);
                if (r->has_s)
                    sp = MAX(sp, r->s.d.places);
                gint64 *key = g_new(gint64, 1);
                *key = r->table;
                g_hash_table_replace(places, key, GUINT_TO_POINTER((guint)(bp | sp << 8)));
            } else {
                r->b.slack = jx_dec_slack_in(r->b.d, bp);
                r->s.slack = jx_dec_slack_in(r->s.d, sp);
            }
        }
    g_hash_table_destroy(places);
    return rows;
}

/* Compares a summary row's column with the sum of rows [from, to). */
static void check_column(jx_check_ctx *ctx, GArray *rows, guint t, guint from, guint to,
                         gboolean budget)
{
    const brow *tr = &g_array_index(rows, brow, t);
    if (budget ? !tr->has_b : !tr->has_s)
        return;
    money total = budget ? tr->b : tr->s;
    jx_dec sum = {0, 0};
    double slack = total.slack;
    guint n = 0;
    for (guint j = from; j < to; j++) {
        const brow *r = &g_array_index(rows, brow, j);
        if (r->summary || r->table != tr->table || (budget ? !r->has_b : !r->has_s))
            continue;
        money m = budget ? r->b : r->s;
        if (m.yuan != total.yuan)
            return; /* mixed units in one column: not summed here */
        sum = jx_dec_add(sum, m.d);
        slack += m.slack;
        n++;
    }
    if (n == 0 || jx_dec_sum_matches(total.d, sum, slack))
        return;
    char *exp = jx_dec_string(sum), *found = jx_dec_string(total.d);
    jx_check_emit(ctx, tr->at, NULL, exp, found, "%s: %s %s, but its %u rows add up to %s",
                  jx_record_string(tr->rec, JX_F_NAME), budget ? "budget" : "spent", found, n,
                  exp);
    g_free(exp);
    g_free(found);
}

/* budget.rate: each row's rate against spent / budget, then each summary row
 * against the rows it sums. */
void jx_check_budget_rate(jx_check_ctx *ctx)
{
    GArray *rows = budget_rows(ctx);
    GArray *others = g_array_new(FALSE, FALSE, sizeof(money));
    GArray *subjects = NULL; /* fact_subjects, made when a row first asks */
    for (guint i = 0; i < rows->len; i++) {
        const brow *r = &g_array_index(rows, brow, i);
        jx_dec rate;
        if (!r->has_b || !r->has_s || !jx_dec_parse(jx_record_string(r->rec, JX_F_RATE), &rate))
            continue;
        const char *name = jx_record_string(r->rec, JX_F_NAME);
        /* Rows after it under the same name with a spent figure and neither a
         * budget nor a rate continue its spending (a cell of several lines:
         * 0, 140, 70 against one budget of 810). */
        money spent = r->s;
        for (guint j = i + 1; j < rows->len; j++) {
            const brow *c = &g_array_index(rows, brow, j);
            if (c->table != r->table || c->summary || c->has_b || !c->has_s ||
                jx_record_string(c->rec, JX_F_RATE) ||
                g_strcmp0(jx_record_string(c->rec, JX_F_NAME), name) != 0 ||
                c->s.yuan != spent.yuan)
                break;
            spent.d = jx_dec_add(spent.d, c->s.d);
        }
        g_array_set_size(others, 0);
        if (name && !r->summary)
            subject_amounts(ctx, &subjects, name, r->at, others);
        /* The row's own figures, where the prose repeats them, are not other amounts. */
        drop_one(others, r->b);
        drop_one(others, spent);
        check_rate(ctx, r->at, name ? name : "(unnamed)", r->b, spent, rate, others, NULL);
    }
    /* Column sums: a 小计 sums the rows since the previous summary row of its
     * table; a 合计 sums every row of its table that is not a summary. */
    for (guint i = 0; i < rows->len; i++) {
        const brow *r = &g_array_index(rows, brow, i);
        if (!r->summary)
            continue;
        guint from = 0, to = rows->len;
        if (r->subtotal) {
            to = i;
            from = i;
            while (from > 0) {
                const brow *p = &g_array_index(rows, brow, from - 1);
                if (p->table != r->table || p->summary)
                    break;
                from--;
            }
        }
        check_column(ctx, rows, i, from, to, TRUE);
        check_column(ctx, rows, i, from, to, FALSE);
    }
    if (subjects)
        g_array_free(subjects, TRUE);
    g_array_free(others, TRUE);
    g_array_free(rows, TRUE);
}

/* ---------------------------------------------------------------- facts */

/* fact.rate: each fact with a budget, spending and a rate; the funds its
 * section says reached the project (`available`, tried first and named in
 * the warning) and the other amounts of its own text may explain a rate its
 * budget does not. */
void jx_check_fact_rate(jx_check_ctx *ctx)
{
    GArray *others = g_array_new(FALSE, FALSE, sizeof(money));
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *f = jx_check_record(ctx, i);
        if (!f || jx_record_kind_of(f) != JX_RECORD_FACT)
            continue;
        money b, s;
        jx_dec rate;
        if (!read_money(jx_record_sub(f, JX_F_BUDGET), &b) ||
            !read_money(jx_record_sub(f, JX_F_SPENT), &s) ||
            !jx_dec_parse(jx_record_string(f, JX_F_RATE), &rate))
            continue;
        g_array_set_size(others, 0);
        text_amounts(ctx, jx_record_string(f, JX_F_TEXT), others);
        drop_one(others, b);
        drop_one(others, s);
        const jx_record *avail = jx_record_sub(f, JX_F_AVAILABLE);
        money a;
        char *first_is = NULL;
        if (read_money(avail, &a)) {
            g_array_prepend_val(others, a);
            first_is = g_strdup_printf("the funds its section says reached it (available %s%s)",
                                       jx_record_string(avail, JX_F_VALUE),
                                       jx_record_string(avail, JX_F_UNIT)
                                           ? jx_record_string(avail, JX_F_UNIT)
                                           : "");
        }
        const char *subject = jx_record_string(f, JX_F_SUBJECT);
        check_rate(ctx, i, subject ? subject : "(no subject)", b, s, rate, others, first_is);
        g_free(first_is);
    }
    g_array_free(others, TRUE);
}

/* ---------------------------------------------------------------- funds */

/* A funds figure (a plain decimal string, in the block's one unit). */
static gboolean funds_money(const jx_record *rec, jx_field field, money *m)
{
    if (!jx_dec_parse(jx_record_string(rec, field), &m->d))
        return FALSE;
    m->yuan = 1;
    m->slack = jx_dec_slack(m->d);
    return TRUE;
}

/* selfeval.funds-rate (was funds.rate): each 项目资金 row's 执行率 against 全年执行数 / 全年预算数. */
void jx_check_funds_rate(jx_check_ctx *ctx)
{
    GArray *others = g_array_new(FALSE, FALSE, sizeof(money));
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *f = jx_check_record(ctx, i);
        if (!f || jx_record_kind_of(f) != JX_RECORD_FUNDS || jx_check_row_guessed(f))
            continue;
        money adjusted, planned, spent;
        jx_dec rate;
        gboolean has_adj = funds_money(f, JX_F_ADJUSTED, &adjusted);
        gboolean has_plan = funds_money(f, JX_F_PLANNED, &planned);
        if (!funds_money(f, JX_F_SPENT, &spent) || (!has_adj && !has_plan) ||
            !jx_dec_parse(jx_record_string(f, JX_F_RATE), &rate))
            continue;
        /* 执行率 is 全年执行数 / 全年预算数; 年初预算数 is the other amount it may
         * have been taken over by mistake. */
        g_array_set_size(others, 0);
        if (has_adj && has_plan)
            g_array_append_val(others, planned);
        const char *item = jx_record_string(f, JX_F_ITEM);
        check_rate(ctx, i, item ? item : "(funds)", has_adj ? adjusted : planned, spent, rate,
                   others, NULL);
    }
    g_array_free(others, TRUE);
}

/* Decimal places tried when a malformed amount is read again: a misplaced
 * separator in 万元 hides at most the 元 (4 places). */
#define MALFORMED_MAX_PLACES 4

/*
 * A malformed amount of a fact that states a budget and a rate but no
 * readable spending: its digits with the point put back where spent / budget
 * gives the stated rate (`11,25791万元` → 11257.91 of 12500 is 90.06%).  The
 * reading as a new string ("11257.91万元"), or NULL when no place does.
 */
static char *malformed_reading(const jx_record *fact, const jx_figure *f)
{
    money budget;
    jx_dec rate;
    if (jx_record_sub(fact, JX_F_SPENT) || !f->unit ||
        !read_money(jx_record_sub(fact, JX_F_BUDGET), &budget) ||
        !jx_dec_parse(jx_record_string(fact, JX_F_RATE), &rate) || money_value(budget) == 0)
        return NULL;
    GString *digits = g_string_new(NULL);
    for (const char *p = f->text; *p; p++)
        if (g_ascii_isdigit(*p))
            g_string_append_c(digits, *p);
    char *found = NULL;
    for (int places = 0; places <= MALFORMED_MAX_PLACES && !found && digits->len > (gsize)places;
         places++) {
        GString *v = g_string_new_len(digits->str, (gssize)(digits->len - (gsize)places));
        if (places)
            g_string_append_printf(v, ".%s", digits->str + digits->len - places);
        jx_record *amount = jx_record_new(JX_RECORD_VALUE);
        jx_record_set_string(amount, JX_F_VALUE, v->str);
        jx_record_set_string(amount, JX_F_UNIT, f->unit);
        money spent;
        if (read_money(amount, &spent)) {
            /* rate_of sets the slack: it must run before the slack is read (the
             * order of a call's arguments is unspecified) */
            double slack = 0;
            double exact = rate_of(spent, budget, &slack);
            if (jx_dec_compare(rate, exact, slack) == JX_DEC_MATCH)
                found = g_strconcat(v->str, f->unit, NULL);
        }
        jx_record_free(amount);
        g_string_free(v, TRUE);
    }
    g_string_free(digits, TRUE);
    return found;
}

/* number.malformed: each malformed figure of a fact's or budget row's text,
 * once per text. */
void jx_check_number_malformed(jx_check_ctx *ctx)
{
    GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *rec = jx_check_record(ctx, i);
        jx_record_kind kind = rec ? jx_record_kind_of(rec) : JX_RECORD_VALUE;
        if (kind != JX_RECORD_FACT && kind != JX_RECORD_BUDGET)
            continue;
        const char *text = jx_record_string(rec, JX_F_TEXT);
        /* Facts cut from one sentence share its text: one finding for it.
         * A text that cannot hold a malformed figure is not read at all. */
        if (!text || !g_hash_table_add(seen, (gpointer)text) ||
            !jx_norm_may_have_malformed_figure(text))
            continue;
        const GArray *figs = jx_check_figures(ctx, text);
        for (guint k = 0; k < figs->len; k++) {
            const jx_figure *f = &g_array_index(figs, jx_figure, k);
            if (!f->malformed)
                continue;
            char *reading = kind == JX_RECORD_FACT ? malformed_reading(rec, f) : NULL;
            if (reading)
                jx_check_emit(ctx, i, NULL, NULL, NULL,
                              "%s cannot be read as printed (its separators or points are "
                              "misplaced); read as %s it gives the rate the text states",
                              f->text, reading);
            else
                jx_check_emit(ctx, i, NULL, NULL, NULL,
                              "%s cannot be read as printed: its separators or points are "
                              "misplaced, so the amount is unknown",
                              f->text);
            g_free(reading);
        }
    }
    g_hash_table_destroy(seen);
}

/* text.sum: each sum a fact's text states (jx_norm_sum_statement), once per
 * text; parts in other money units are converted, compared within their
 * rounding. */
void jx_check_text_sum(jx_check_ctx *ctx)
{
    GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *rec = jx_check_record(ctx, i);
        if (!rec || jx_record_kind_of(rec) != JX_RECORD_FACT)
            continue;
        const char *text = jx_record_string(rec, JX_F_TEXT);
        if (!text || !g_hash_table_add(seen, (gpointer)text))
            continue;
        jx_figure total;
        GArray *parts = g_array_new(FALSE, TRUE, sizeof(jx_figure));
        g_array_set_clear_func(parts, (GDestroyNotify)jx_figure_clear);
        if (strstr(text, "其中") &&
            jx_norm_sum_statement_of(text, jx_check_figures(ctx, text), &total, parts)) {
            money t, p;
            gboolean ok = figure_money(&total, &t) && parts->len >= 2;
            jx_dec sum = {0, 0};
            double slack = ok ? t.slack : 0, fsum = 0;
            gboolean same_unit = TRUE;
            GString *terms = g_string_new(NULL);
            for (guint k = 0; ok && k < parts->len; k++) {
                const jx_figure *f = &g_array_index(parts, jx_figure, k);
                ok = figure_money(f, &p);
                if (!ok)
                    break;
                same_unit = same_unit && p.yuan == t.yuan;
                sum = jx_dec_add(sum, p.d);
                fsum += money_value(p);
                slack += p.slack * p.yuan / t.yuan;
                g_string_append_printf(terms, "%s%s", k ? " + " : "", f->text);
            }
            if (ok) {
                double exact = same_unit ? jx_dec_value(sum) : fsum / t.yuan;
                jx_dec shown = same_unit ? sum : (jx_dec){0, 0};
                gboolean match = same_unit ? jx_dec_sum_matches(t.d, sum, slack)
                                           : fabs(exact - jx_dec_value(t.d)) <= slack;
                if (!match) {
                    char *exp = same_unit ? jx_dec_string(shown)
                                          : jx_dec_format(exact, MAX(t.d.places, 2));
                    char *found = jx_dec_string(t.d);
                    jx_check_emit(ctx, i, NULL, exp, found,
                                  "the text states a total of %s, but its parts %s add up to "
                                  "%s%s",
                                  total.text, terms->str, exp, total.unit ? total.unit : "");
                    g_free(exp);
                    g_free(found);
                }
            }
            g_string_free(terms, TRUE);
            jx_figure_clear(&total);
        }
        g_array_free(parts, TRUE);
    }
    g_hash_table_destroy(seen);
}
