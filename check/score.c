/*
 * score.c — the rules on score tables: sums at every level, totals, rates,
 * scores over their weight, the grade, and the same indicator across tables.
 *
 * A score table's rows form a tree.  Codes give it when printed (A → A1 →
 * A11: a row's parent is the row whose code is the longest proper prefix of
 * its own); otherwise the path does: a level-1 parent is {level1, level2
 * null, name = level1}, a level-2 parent {level1, level2, name = level2}, a
 * leaf anything else, under the level-2 parent of its level2 when the table
 * has one, else under the level-1 parent of its level1.  Summary rows (合计,
 * 总分) stand outside the tree.
 */
#include "check/check.h"
#include "normalize/normalize.h"

#include <math.h>
#include <string.h>

typedef struct {
    guint at; /* index in the records */
    const jx_record *rec;
    gint64 table;
    const char *code;
    char *l1, *l2, *name; /* label keys (jx_check_label_key) */
    jx_dec w, s, r;
    gboolean has_w, has_s, has_r;
    gboolean summary, subtotal;
    int depth;  /* 1 level-1 parent, 2 level-2 parent, 3 leaf (by path) */
    int parent; /* index in the row array, -1 none */
    guint n_children;
} srow;

typedef struct {
    GArray *rows; /* srow */
} stable;

static void srows_free(GArray *rows)
{
    for (guint i = 0; i < rows->len; i++) {
        srow *r = &g_array_index(rows, srow, i);
        g_free(r->l1);
        g_free(r->l2);
        g_free(r->name);
    }
    g_array_free(rows, TRUE);
}

static gboolean nonempty(const char *s)
{
    return s && *s;
}

/* The parent of row i by code: the row of the same table whose code is the
 * longest proper prefix of i's. */
static int code_parent(GArray *rows, guint i)
{
    const srow *r = &g_array_index(rows, srow, i);
    if (!nonempty(r->code))
        return -1;
    int best = -1;
    gsize best_len = 0, len = strlen(r->code);
    for (guint j = 0; j < rows->len; j++) {
        const srow *p = &g_array_index(rows, srow, j);
        if (j == i || p->table != r->table || p->summary || !nonempty(p->code))
            continue;
        gsize pl = strlen(p->code);
        if (pl < len && pl > best_len && strncmp(p->code, r->code, pl) == 0) {
            best = (int)j;
            best_len = pl;
        }
    }
    return best;
}

/* The nearest row of i's table at `depth` whose own label (`name`) is `key`
 * and whose level1 agrees with `l1` (when both are known); rows before i win. */
static int path_row(GArray *rows, guint i, int depth, const char *key, const char *l1)
{
    const srow *r = &g_array_index(rows, srow, i);
    int best = -1;
    guint best_dist = G_MAXUINT;
    for (guint j = 0; j < rows->len; j++) {
        const srow *p = &g_array_index(rows, srow, j);
        if (j == i || p->table != r->table || p->summary || p->depth != depth ||
            strcmp(p->name, key) != 0)
            continue;
        if (l1 && *l1 && *p->l1 && strcmp(p->l1, l1) != 0)
            continue;
        /* Parents are printed above their children: one above is nearer than any below. */
        guint dist = j < i ? i - j : rows->len + (j - i);
        if (dist < best_dist) {
            best = (int)j;
            best_dist = dist;
        }
    }
    return best;
}

/* Every score record of the document, with its tree. */
static GArray *score_rows(const jx_check_ctx *ctx)
{
    GArray *rows = g_array_new(FALSE, TRUE, sizeof(srow));
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *rec = jx_check_record(ctx, i);
        if (!rec || jx_record_kind_of(rec) != JX_RECORD_SCORE)
            continue;
        srow r = {.at = i, .rec = rec, .parent = -1};
        r.table = jx_record_int(rec, JX_F_TABLE, 0);
        r.code = jx_record_string(rec, JX_F_CODE);
        r.l1 = jx_check_label_key(jx_record_string(rec, JX_F_LEVEL1));
        r.l2 = jx_check_label_key(jx_record_string(rec, JX_F_LEVEL2));
        r.name = jx_check_label_key(jx_record_string(rec, JX_F_NAME));
        r.has_w = jx_dec_parse(jx_record_string(rec, JX_F_WEIGHT), &r.w);
        r.has_s = jx_dec_parse(jx_record_string(rec, JX_F_SCORE), &r.s);
        r.has_r = jx_dec_parse(jx_record_string(rec, JX_F_RATE), &r.r);
        r.summary = jx_check_is_summary(jx_record_string(rec, JX_F_NAME), &r.subtotal);
        if (*r.l1 && !*r.l2 && strcmp(r.name, r.l1) == 0)
            r.depth = 1;
        else if (*r.l2 && strcmp(r.name, r.l2) == 0)
            r.depth = 2;
        else
            r.depth = 3;
        g_array_append_val(rows, r);
    }
    for (guint i = 0; i < rows->len; i++) {
        srow *r = &g_array_index(rows, srow, i);
        if (r->summary)
            continue;
        int p = code_parent(rows, i);
        if (p < 0 && r->depth == 3 && *r->l2)
            p = path_row(rows, i, 2, r->l2, r->l1);
        if (p < 0 && r->depth >= 2 && *r->l1)
            p = path_row(rows, i, 1, r->l1, NULL);
        r->parent = p;
        if (p >= 0)
            g_array_index(rows, srow, p).n_children++;
    }
    return rows;
}

/* How a row is named in a message: "A11.立项依据充分性" or the name. */
static char *row_label(const srow *r)
{
    const char *name = jx_record_string(r->rec, JX_F_NAME);
    if (nonempty(r->code) && name && !g_str_has_prefix(name, r->code))
        return g_strdup_printf("%s.%s", r->code, name);
    return g_strdup(name ? name : "(unnamed)");
}

/* Checks one field (weight or score) of parent p against its children. */
static void check_children_sum(jx_check_ctx *ctx, GArray *rows, guint p, gboolean weight)
{
    const srow *pr = &g_array_index(rows, srow, p);
    if (weight ? !pr->has_w : !pr->has_s)
        return;
    jx_dec sum = {0, 0};
    double slack = jx_dec_slack(weight ? pr->w : pr->s);
    guint n = 0;
    for (guint j = 0; j < rows->len; j++) {
        const srow *c = &g_array_index(rows, srow, j);
        if (c->parent != (int)p)
            continue;
        if (weight ? !c->has_w : !c->has_s)
            return; /* a part without the figure: nothing to add up */
        jx_dec v = weight ? c->w : c->s;
        sum = jx_dec_add(sum, v);
        slack += jx_dec_slack(v);
        n++;
    }
    jx_dec printed = weight ? pr->w : pr->s;
    if (n == 0 || jx_dec_sum_matches(printed, sum, slack))
        return;
    char *label = row_label(pr), *exp = jx_dec_string(sum), *found = jx_dec_string(printed);
    jx_check_emit(ctx, pr->at, NULL, exp, found,
                  "%s: %s %s, but its %u indicators' %ss add up to %s", label,
                  weight ? "weight" : "score", found, n, weight ? "weight" : "score", exp);
    g_free(label);
    g_free(exp);
    g_free(found);
}

void jx_check_score_sum(jx_check_ctx *ctx)
{
    GArray *rows = score_rows(ctx);
    for (guint p = 0; p < rows->len; p++) {
        if (g_array_index(rows, srow, p).n_children == 0)
            continue;
        check_children_sum(ctx, rows, p, TRUE);
        check_children_sum(ctx, rows, p, FALSE);
    }
    srows_free(rows);
}

/* The sum of one field over the leaves of `table` (rows outside summaries with
 * no children); FALSE when a leaf lacks it or there is none. */
static gboolean leaves_sum(GArray *rows, gint64 table, gboolean weight, jx_dec *sum,
                           double *slack, guint *n)
{
    *sum = (jx_dec){0, 0};
    *slack = 0;
    *n = 0;
    for (guint j = 0; j < rows->len; j++) {
        const srow *c = &g_array_index(rows, srow, j);
        if (c->table != table || c->summary || c->n_children > 0)
            continue;
        if (weight ? !c->has_w : !c->has_s)
            return FALSE;
        jx_dec v = weight ? c->w : c->s;
        *sum = jx_dec_add(*sum, v);
        *slack += jx_dec_slack(v);
        (*n)++;
    }
    return *n > 0;
}

void jx_check_score_total(jx_check_ctx *ctx)
{
    GArray *rows = score_rows(ctx);
    jx_dec stated;
    gboolean has_stated =
        ctx->doc && jx_dec_parse(jx_record_string(ctx->doc, JX_F_SCORE_TOTAL), &stated);
    for (guint t = 0; t < rows->len; t++) {
        const srow *tr = &g_array_index(rows, srow, t);
        if (!tr->summary || tr->subtotal)
            continue;
        for (int weight = 1; weight >= 0; weight--) {
            if (weight ? !tr->has_w : !tr->has_s)
                continue;
            jx_dec sum, printed = weight ? tr->w : tr->s;
            double slack;
            guint n;
            if (!leaves_sum(rows, tr->table, weight, &sum, &slack, &n))
                continue;
            slack += jx_dec_slack(printed);
            if (jx_dec_sum_matches(printed, sum, slack))
                continue;
            char *exp = jx_dec_string(sum), *found = jx_dec_string(printed);
            const char *label = jx_record_string(tr->rec, JX_F_NAME);
            jx_check_emit(ctx, tr->at, NULL, exp, found,
                          "%s: %s %s, but the %u indicators of the table add up to %s", label,
                          weight ? "weight" : "score", found, n, exp);
            g_free(exp);
            g_free(found);
        }
        if (has_stated && tr->has_s &&
            !jx_dec_sum_matches(tr->s, stated, jx_dec_slack(tr->s) + jx_dec_slack(stated))) {
            char *exp = jx_dec_string(stated), *found = jx_dec_string(tr->s);
            jx_check_emit(ctx, tr->at, NULL, exp, found,
                          "%s: the table's total score is %s, but the document states %s",
                          jx_record_string(tr->rec, JX_F_NAME), found, exp);
            g_free(exp);
            g_free(found);
        }
    }
    srows_free(rows);
}

void jx_check_score_rate(jx_check_ctx *ctx)
{
    GArray *rows = score_rows(ctx);
    for (guint i = 0; i < rows->len; i++) {
        const srow *r = &g_array_index(rows, srow, i);
        if (!r->has_r || !r->has_w || !r->has_s || r->w.units == 0)
            continue;
        double w = jx_dec_value(r->w), s = jx_dec_value(r->s);
        double exact = 100.0 * s / w;
        /* The inputs' rounding moves the quotient by ds/w + s·dw/w². */
        double slack = 100.0 * (jx_dec_slack(r->s) / fabs(w) +
                                fabs(s) * jx_dec_slack(r->w) / (w * w));
        jx_dec_verdict v = jx_dec_compare(r->r, exact, slack);
        if (v == JX_DEC_MATCH)
            continue;
        char *label = row_label(r), *exp = jx_dec_format(exact, r->r.places),
             *found = jx_dec_string(r->r), *fine = jx_dec_format(exact, r->r.places + 2),
             *ss = jx_dec_string(r->s), *ws = jx_dec_string(r->w);
        if (v == JX_DEC_TRUNCATED)
            jx_check_emit(ctx, r->at, "warning", exp, found,
                          "%s: 得分率 %s%% is %s / %s = %s%% cut, not rounded (%s%%)", label,
                          found, ss, ws, fine, exp);
        else
            jx_check_emit(ctx, r->at, NULL, exp, found,
                          "%s: 得分率 %s%%, but score %s / weight %s = %s%%", label, found, ss,
                          ws, fine);
        g_free(label);
        g_free(exp);
        g_free(found);
        g_free(fine);
        g_free(ss);
        g_free(ws);
    }
    srows_free(rows);
}

void jx_check_score_over(jx_check_ctx *ctx)
{
    GArray *rows = score_rows(ctx);
    for (guint i = 0; i < rows->len; i++) {
        const srow *r = &g_array_index(rows, srow, i);
        if (!r->has_s)
            continue;
        gboolean negative = r->s.units < 0;
        gboolean over = r->has_w && jx_dec_cmp(r->s, r->w) > 0;
        if (!negative && !over)
            continue;
        char *label = row_label(r), *ss = jx_dec_string(r->s);
        char *ws = r->has_w ? jx_dec_string(r->w) : NULL;
        if (over)
            jx_check_emit(ctx, r->at, NULL, ws, ss, "%s: score %s is above its weight %s",
                          label, ss, ws);
        else
            jx_check_emit(ctx, r->at, NULL, "0", ss, "%s: score %s is negative", label, ss);
        g_free(label);
        g_free(ss);
        g_free(ws);
    }
    srows_free(rows);
}

/* ---------------------------------------------------------------- grade */

/* The bands used when a document prints none: the common 优/良/中/差 cut at
 * 90, 80 and 60 points (财预〔2020〕10号 and the provincial rules after it). */
static const char *const default_bands[] = {"优>=90", "良>=80", "中>=60", "差>=0", NULL};

/* Parses "优>=90" / "良>80" into the grade (new string), strictness and minimum. */
static gboolean parse_band(const char *band, char **grade, gboolean *strict, jx_dec *min)
{
    const char *op = strchr(band, '>');
    if (!op || op == band)
        return FALSE;
    *strict = op[1] != '=';
    if (!jx_dec_parse(op + (*strict ? 1 : 2), min))
        return FALSE;
    *grade = g_strndup(band, (gsize)(op - band));
    return TRUE;
}

/* TRUE when two grade words name the same grade (优 / 优秀). */
static gboolean same_grade(const char *a, const char *b)
{
    return g_str_has_prefix(a, b) || g_str_has_prefix(b, a);
}

void jx_check_score_grade(jx_check_ctx *ctx)
{
    if (!ctx->doc)
        return;
    const char *grade = jx_record_string(ctx->doc, JX_F_GRADE);
    if (!nonempty(grade))
        return;
    jx_dec total;
    const char *from = "the document's total score";
    if (!jx_dec_parse(jx_record_string(ctx->doc, JX_F_SCORE_TOTAL), &total)) {
        /* No stated total: the tables' total rows, when they agree. */
        GArray *rows = score_rows(ctx);
        gboolean have = FALSE, agree = TRUE;
        for (guint i = 0; i < rows->len && agree; i++) {
            const srow *r = &g_array_index(rows, srow, i);
            if (!r->summary || r->subtotal || !r->has_s)
                continue;
            if (have && jx_dec_cmp(total, r->s) != 0)
                agree = FALSE;
            total = r->s;
            have = TRUE;
        }
        srows_free(rows);
        if (!have || !agree)
            return;
        from = "the score tables' total";
    }
    char **bands = jx_record_get_strv(ctx->doc, "bands");
    const char *const *use = bands && bands[0] ? (const char *const *)bands : default_bands;
    char *expected = NULL;
    for (guint i = 0; use[i] && !expected; i++) {
        char *g = NULL;
        gboolean strict;
        jx_dec min;
        if (!parse_band(use[i], &g, &strict, &min))
            continue;
        int c = jx_dec_cmp(total, min);
        if (c > 0 || (c == 0 && !strict))
            expected = g;
        else
            g_free(g);
    }
    if (expected && !same_grade(expected, grade)) {
        char *ts = jx_dec_string(total);
        char *bs = g_strjoinv("、", (char **)use);
        jx_check_emit(ctx, 0, NULL, NULL, NULL,
                      "grade %s, but %s %s is %s under the bands %s%s", grade, from, ts,
                      expected, bs, use == default_bands ? " (the usual ones: none printed)" : "");
        g_free(ts);
        g_free(bs);
    }
    g_free(expected);
    g_strfreev(bands);
}

/* ---------------------------------------------------------------- cross-table */

/* The key an indicator is matched by across tables: a level-1 row by its
 * taxonomy code (决策 = 决策指标 = 决策 (20)), any other by its label key. */
static char *cross_key(const srow *r)
{
    if (r->depth == 1) {
        const char *code = jx_taxonomy_level1(r->name);
        if (code)
            return g_strconcat("l1:", code, NULL);
    }
    return g_strconcat("n:", r->name, NULL);
}

/* TRUE when `key` names exactly one row of table `table` in `keys`. */
static gboolean unique_in_table(GArray *rows, char **keys, guint i)
{
    const srow *r = &g_array_index(rows, srow, i);
    for (guint j = 0; j < rows->len; j++)
        if (j != i && g_array_index(rows, srow, j).table == r->table &&
            strcmp(keys[j], keys[i]) == 0)
            return FALSE;
    return TRUE;
}

/* Compares one field over the occurrences `occ` (row indices, one per table). */
static void cross_field(jx_check_ctx *ctx, GArray *rows, GArray *occ, gboolean weight)
{
    guint n = 0;
    for (guint k = 0; k < occ->len; k++) {
        const srow *r = &g_array_index(rows, srow, g_array_index(occ, guint, k));
        if (weight ? r->has_w : r->has_s)
            n++;
    }
    if (n < 2)
        return;
    /* The value most occurrences print is taken as the document's; on a tie,
     * the occurrence whose own table does not add up is the odd one, else the
     * later one. */
    int ref = -1;
    guint ref_count = 0;
    gboolean tie = FALSE;
    for (guint a = 0; a < occ->len; a++) {
        const srow *ra = &g_array_index(rows, srow, g_array_index(occ, guint, a));
        if (weight ? !ra->has_w : !ra->has_s)
            continue;
        guint count = 0;
        for (guint b = 0; b < occ->len; b++) {
            const srow *rb = &g_array_index(rows, srow, g_array_index(occ, guint, b));
            if ((weight ? rb->has_w : rb->has_s) &&
                jx_dec_cmp(weight ? ra->w : ra->s, weight ? rb->w : rb->s) == 0)
                count++;
        }
        if (count > ref_count) {
            ref = (int)a;
            ref_count = count;
            tie = FALSE;
        } else if (count == ref_count) {
            tie = TRUE;
            /* Prefer as reference an occurrence whose table has no findings. */
            const srow *cur = &g_array_index(rows, srow, g_array_index(occ, guint, ref));
            if (jx_check_table_has_findings(ctx, cur->table, "score.") &&
                !jx_check_table_has_findings(ctx, ra->table, "score."))
                ref = (int)a;
        }
    }
    if (ref < 0 || ref_count == n)
        return;
    (void)tie;
    const srow *rr = &g_array_index(rows, srow, g_array_index(occ, guint, ref));
    jx_dec rv = weight ? rr->w : rr->s;
    for (guint k = 0; k < occ->len; k++) {
        const srow *r = &g_array_index(rows, srow, g_array_index(occ, guint, k));
        if ((weight ? !r->has_w : !r->has_s) || jx_dec_cmp(weight ? r->w : r->s, rv) == 0)
            continue;
        char *label = row_label(r), *exp = jx_dec_string(rv),
             *found = jx_dec_string(weight ? r->w : r->s);
        jx_check_emit(ctx, r->at, NULL, exp, found,
                      "%s: %s %s here, but %s in table %" G_GINT64_FORMAT
                      " (row %" G_GINT64_FORMAT ")",
                      label, weight ? "weight" : "score", found, exp, rr->table,
                      jx_record_int(rr->rec, JX_F_ROW, 0));
        g_free(label);
        g_free(exp);
        g_free(found);
    }
}

void jx_check_score_cross(jx_check_ctx *ctx)
{
    GArray *rows = score_rows(ctx);
    char **keys = g_new0(char *, rows->len + 1);
    for (guint i = 0; i < rows->len; i++)
        keys[i] = cross_key(&g_array_index(rows, srow, i));
    gboolean *done = g_new0(gboolean, rows->len + 1);
    for (guint i = 0; i < rows->len; i++) {
        const srow *r = &g_array_index(rows, srow, i);
        if (done[i] || r->summary || !*r->name || !unique_in_table(rows, keys, i))
            continue;
        GArray *occ = g_array_new(FALSE, FALSE, sizeof(guint));
        g_array_append_val(occ, i);
        gboolean codes_clash = FALSE;
        for (guint j = i + 1; j < rows->len; j++) {
            const srow *o = &g_array_index(rows, srow, j);
            if (done[j] || o->summary || o->table == r->table || strcmp(keys[j], keys[i]) != 0 ||
                !unique_in_table(rows, keys, j))
                continue;
            if (nonempty(r->code) && nonempty(o->code) && strcmp(r->code, o->code) != 0)
                codes_clash = TRUE;
            done[j] = TRUE;
            g_array_append_val(occ, j);
        }
        if (occ->len > 1 && !codes_clash) {
            cross_field(ctx, rows, occ, TRUE);
            cross_field(ctx, rows, occ, FALSE);
        }
        g_array_free(occ, TRUE);
    }
    g_free(done);
    g_strfreev(keys);
    srows_free(rows);
}
