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
    double w_slack, s_slack; /* each figure's rounding, at its column's places */
    gboolean summary, subtotal;
    int depth;  /* 1 level-1 parent, 2 level-2 parent, 3 leaf (by path) */
    int parent; /* index in the row array, -1 none */
    guint n_children;
    int first_child, next_sibling; /* the children in row order, linked: -1 ends */
    int span_last; /* a parent whose weight cell also covers the groups after it
                      that print no weight: the last of them (row index), else -1 */
} srow;

typedef struct {
    GArray *rows; /* srow */
} stable;

/* Frees rows from build_score_rows. */
static void srows_destroy(gpointer p)
{
    GArray *rows = p;
    for (guint i = 0; i < rows->len; i++) {
        srow *r = &g_array_index(rows, srow, i);
        g_free(r->l1);
        g_free(r->l2);
        g_free(r->name);
    }
    g_array_free(rows, TRUE);
}

/* TRUE for a string with at least one byte. */
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

/* The sum of the weights of row p's children, with their rounding; FALSE when
 * it has none or a child prints no weight. */
static gboolean child_weights(GArray *rows, guint p, jx_dec *sum, double *slack)
{
    guint n = 0;
    *sum = (jx_dec){0, 0};
    *slack = 0;
    for (int j = g_array_index(rows, srow, p).first_child; j >= 0;
         j = g_array_index(rows, srow, j).next_sibling) {
        const srow *c = &g_array_index(rows, srow, j);
        if (!c->has_w)
            return FALSE;
        *sum = jx_dec_add(*sum, c->w);
        *slack += c->w_slack;
        n++;
    }
    return n > 0;
}

/*
 * A weight cell merged over several groups: a whole-system table can print a
 * level-1 weight once for two groups (001's appendix: 决策 40 beside 决策 and
 * 过程, which prints none), so the weight is its own group's and the next
 * groups' together.  Where a parent's children fall short and the sibling
 * groups right after it print no weight of their own and make up exactly the
 * difference, the parent is marked: its weight is no contradiction of the
 * sum (a warning says so) nor of other tables (not compared across).
 */
static void mark_spanning_weights(GArray *rows)
{
    for (guint p = 0; p < rows->len; p++) {
        srow *pr = &g_array_index(rows, srow, p);
        jx_dec acc;
        double slack;
        if (!pr->has_w || pr->summary || !child_weights(rows, p, &acc, &slack) ||
            jx_dec_value(acc) >= jx_dec_value(pr->w) ||
            jx_dec_sum_matches(pr->w, acc, slack + pr->w_slack))
            continue;
        for (guint j = p + 1; j < rows->len; j++) {
            const srow *q = &g_array_index(rows, srow, j);
            if (q->table != pr->table || q->summary)
                break;
            if (q->parent != pr->parent || q->depth != pr->depth)
                continue; /* a descendant of p or of a sibling */
            jx_dec part;
            double ps;
            if (q->has_w || !child_weights(rows, j, &part, &ps))
                break;
            acc = jx_dec_add(acc, part);
            slack += ps;
            if (jx_dec_sum_matches(pr->w, acc, slack + pr->w_slack)) {
                pr->span_last = (int)j;
                break;
            }
            if (jx_dec_value(acc) > jx_dec_value(pr->w))
                break;
        }
    }
}

/* Links each row's children in row order (first_child, next_sibling), so that
 * a parent's children are walked without scanning every row of the document
 * (a scan per parent made the sums quadratic in the rows). */
static void link_children(GArray *rows)
{
    for (guint i = rows->len; i-- > 0;) {
        srow *r = &g_array_index(rows, srow, i);
        if (r->parent < 0)
            continue;
        srow *p = &g_array_index(rows, srow, r->parent);
        r->next_sibling = p->first_child;
        p->first_child = (int)i;
    }
}

/* A label's key (jx_check_label_key, a new string), reusing the previous
 * row's when the label is the same text: a table's rows repeat their level-1
 * and level-2 labels row after row.  `last_raw` and `last_key` (NULL at
 * first) are the previous label and its key, updated here. */
static char *label_key_reusing(const char *raw, const char **last_raw, const char **last_key)
{
    char *key = *last_key && g_strcmp0(raw, *last_raw) == 0 ? g_strdup(*last_key)
                                                            : jx_check_label_key(raw);
    *last_raw = raw;
    *last_key = key;
    return key;
}

/* Every score record of the document, with its tree (a new GArray of srow). */
static GArray *build_score_rows(const jx_check_ctx *ctx)
{
    GArray *rows = g_array_new(FALSE, TRUE, sizeof(srow));
    /* the keys are each row's own (freed with it); the last ones borrowed */
    const char *raw1 = NULL, *key1 = NULL, *raw2 = NULL, *key2 = NULL;
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *rec = jx_check_record(ctx, i);
        if (!rec || jx_record_kind_of(rec) != JX_RECORD_SCORE)
            continue;
        srow r = {.at = i,
                  .rec = rec,
                  .parent = -1,
                  .span_last = -1,
                  .first_child = -1,
                  .next_sibling = -1};
        r.table = jx_record_int(rec, JX_F_TABLE, 0);
        r.code = jx_record_string(rec, JX_F_CODE);
        r.l1 = label_key_reusing(jx_record_string(rec, JX_F_LEVEL1), &raw1, &key1);
        r.l2 = label_key_reusing(jx_record_string(rec, JX_F_LEVEL2), &raw2, &key2);
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
    /* The finest places each table prints its weights and scores with (one
     * pass to find them, one to apply them: linear in the rows). */
    GHashTable *places = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
    for (int pass = 0; pass < 2; pass++)
        for (guint i = 0; i < rows->len; i++) {
            srow *r = &g_array_index(rows, srow, i);
            gpointer got = g_hash_table_lookup(places, &r->table);
            /* packed: weight places in the low byte, score places in the next */
            guint packed = GPOINTER_TO_UINT(got);
            int wp = (int)(packed & 0xff), sp = (int)((packed >> 8) & 0xff);
            if (pass == 0) {
                if (r->has_w)
                    wp = MAX(wp, r->w.places);
                if (r->has_s)
                    sp = MAX(sp, r->s.places);
                gint64 *key = g_new(gint64, 1);
                *key = r->table;
                g_hash_table_replace(places, key, GUINT_TO_POINTER((guint)(wp | sp << 8)));
            } else {
                r->w_slack = r->has_w ? jx_dec_slack_in(r->w, wp) : 0;
                r->s_slack = r->has_s ? jx_dec_slack_in(r->s, sp) : 0;
            }
        }
    g_hash_table_destroy(places);
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
    link_children(rows);
    mark_spanning_weights(rows);
    return rows;
}

/* The score rows of `ctx`'s records, built once and kept in ctx (borrowed). */
static GArray *score_rows(jx_check_ctx *ctx)
{
    if (!ctx->score_rows) {
        ctx->score_rows = build_score_rows(ctx);
        ctx->score_rows_free = srows_destroy;
    }
    return ctx->score_rows;
}

/* How a row is named in a message: "A11.立项依据充分性" or the name. */
static char *row_label(const srow *r)
{
    const char *name = jx_record_string(r->rec, JX_F_NAME);
    if (nonempty(r->code) && name && !g_str_has_prefix(name, r->code))
        return g_strdup_printf("%s.%s", r->code, name);
    return g_strdup(name ? name : "(unnamed)");
}

/* One parent's sum of one field: the printed figure and its children's sum. */
typedef struct {
    gboolean checked, matches;
    jx_dec printed, sum;
    guint n;
    double diff;    /* sum − printed */
    int moved;      /* the row whose place explains the difference, -1 none */
} psum;

/* The row's weight (or score) in `v`; FALSE when it prints none. */
static gboolean field_of(const srow *r, gboolean weight, jx_dec *v)
{
    if (weight ? !r->has_w : !r->has_s)
        return FALSE;
    *v = weight ? r->w : r->s;
    return TRUE;
}

/* The rounding of the row's weight (or score), at its column's places. */
static double slack_of(const srow *r, gboolean weight)
{
    return weight ? r->w_slack : r->s_slack;
}

/* The sum of one field over parent p's children (FALSE when p or a child lacks it). */
static gboolean children_sum(GArray *rows, guint p, gboolean weight, psum *out)
{
    const srow *pr = &g_array_index(rows, srow, p);
    memset(out, 0, sizeof *out);
    out->moved = -1;
    if (!field_of(pr, weight, &out->printed))
        return FALSE;
    double slack = slack_of(pr, weight);
    out->sum = (jx_dec){0, 0};
    for (int j = pr->first_child; j >= 0; j = g_array_index(rows, srow, j).next_sibling) {
        const srow *c = &g_array_index(rows, srow, j);
        jx_dec v;
        if (!field_of(c, weight, &v))
            return FALSE; /* a part without the figure: nothing to add up */
        out->sum = jx_dec_add(out->sum, v);
        slack += slack_of(c, weight);
        out->n++;
    }
    if (out->n == 0)
        return FALSE;
    out->checked = TRUE;
    out->matches = jx_dec_sum_matches(out->printed, out->sum, slack);
    out->diff = jx_dec_value(out->sum) - jx_dec_value(out->printed);
    return TRUE;
}

/* TRUE when row j descends from row p (a bounded walk: the tree is by construction
 * acyclic, but a walk never trusts that). */
static gboolean descends(GArray *rows, guint j, guint p)
{
    int k = g_array_index(rows, srow, j).parent;
    for (guint steps = 0; k >= 0 && steps < rows->len; steps++) {
        if (k == (int)p)
            return TRUE;
        k = g_array_index(rows, srow, k).parent;
    }
    return FALSE;
}

/* TRUE when |v − d| is within the figure's rounding `slack`. */
static gboolean figure_is(jx_dec v, double slack, double d)
{
    return jx_dec_near(jx_dec_value(v), d, slack);
}

/*
 * A parent short by d whose table prints, right after its group, a row worth
 * exactly d — a level-1 group standing alone, or the first indicator of the
 * next group whose own sum is over by d — adds up once that row moves: the
 * label was printed a row or a level off (a merged cell's text on the wrong
 * row), which is a layout slip, not figures that contradict each other.
 * Marks both sums explained by that row.
 */
static void explain_moves(GArray *rows, psum *sums, gboolean weight)
{
    for (guint p = 0; p < rows->len; p++) {
        if (!sums[p].checked || sums[p].matches || sums[p].diff >= 0 || sums[p].moved >= 0)
            continue;
        double d = -sums[p].diff;
        const srow *pr = &g_array_index(rows, srow, p);
        guint end = p;
        for (guint j = p + 1; j < rows->len; j++)
            if (descends(rows, j, p))
                end = j;
        gboolean leaf_seen = FALSE;
        for (guint j = end + 1; j < rows->len && !leaf_seen; j++) {
            const srow *x = &g_array_index(rows, srow, j);
            jx_dec v;
            if (x->table != pr->table || x->summary)
                break;
            leaf_seen = x->n_children == 0;
            if (!field_of(x, weight, &v) || !figure_is(v, slack_of(x, weight), d))
                continue;
            if (x->parent < 0) {
                sums[p].moved = (int)j;
                break;
            }
            psum *q = &sums[x->parent];
            if (q->checked && !q->matches && jx_dec_near(q->diff, d, 0)) {
                sums[p].moved = (int)j;
                q->moved = (int)j;
                break;
            }
            /* A group that prints no figure of its own, stands alone and holds
             * just this row (满意度 → 受益群众满意度 (5) read as a level-1 of its
             * own): the whole group is what belongs under p. */
            const srow *qr = &g_array_index(rows, srow, x->parent);
            jx_dec qv;
            if (!field_of(qr, weight, &qv) && qr->parent < 0 && qr->n_children == 1) {
                sums[p].moved = (int)j;
                break;
            }
        }
    }
}

/* Emits the finding of parent p's sum, an error unless a moved row explains it. */
static void emit_sum(jx_check_ctx *ctx, GArray *rows, guint p, const psum *ps, gboolean weight)
{
    const srow *pr = &g_array_index(rows, srow, p);
    const char *what = weight ? "weight" : "score";
    char *label = row_label(pr), *exp = jx_dec_string(ps->sum), *found = jx_dec_string(ps->printed);
    if (weight && pr->span_last >= 0) {
        const srow *last = &g_array_index(rows, srow, pr->span_last);
        char *ll = row_label(last);
        jx_check_emit(ctx, pr->at, "warning", exp, found,
                      "%s: weight %s, but its parts add up to %s; with the groups after it up "
                      "to %s, which print no weight, they make %s: one weight cell spanning "
                      "several groups?",
                      label, found, exp, ll, found);
        g_free(ll);
    } else if (ps->moved >= 0) {
        const srow *m = &g_array_index(rows, srow, ps->moved);
        char *ml = row_label(m);
        jx_dec mv;
        field_of(m, weight, &mv);
        char *ms = jx_dec_string(mv);
        jx_check_emit(ctx, pr->at, "warning", exp, found,
                      "%s: %s %s, but its parts add up to %s; %s %s (%s), %s, it comes right: "
                      "a label set a row or a level off?",
                      label, what, found, exp, ps->diff < 0 ? "counting" : "leaving out", ml, ms,
                      ps->diff < 0 ? "printed just after its group" : "one of its edge rows");
        g_free(ml);
        g_free(ms);
    } else {
        jx_check_emit(ctx, pr->at, NULL, exp, found,
                      "%s: %s %s, but its %u part%s add%s up to %s", label, what, found, ps->n,
                      ps->n == 1 ? "" : "s", ps->n == 1 ? "s" : "", exp);
    }
    g_free(label);
    g_free(exp);
    g_free(found);
}

/* score.sum: every parent's weight, then score, against its children's. */
void jx_check_score_sum(jx_check_ctx *ctx)
{
    GArray *rows = score_rows(ctx);
    psum *sums = g_new0(psum, rows->len + 1);
    for (int weight = 1; weight >= 0; weight--) {
        for (guint p = 0; p < rows->len; p++)
            children_sum(rows, p, weight, &sums[p]);
        explain_moves(rows, sums, weight);
        for (guint p = 0; p < rows->len; p++)
            if (sums[p].checked && !sums[p].matches)
                emit_sum(ctx, rows, p, &sums[p], weight);
    }
    g_free(sums);
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
        *slack += slack_of(c, weight);
        (*n)++;
    }
    return *n > 0;
}

static char *cross_key(const srow *r);
static GHashTable *table_keys(GArray *rows, char **keys);
static gboolean tables_related(GHashTable *tables, gint64 a, gint64 b);

/* TRUE when the tables holding whole-system totals all print one evaluation:
 * a report of several projects has a 合计 of 100 per project, none of which
 * is the total it states for itself. */
static gboolean one_evaluation(GArray *rows, gboolean (*whole)(GArray *, const srow *))
{
    char **keys = g_new0(char *, rows->len + 1);
    for (guint i = 0; i < rows->len; i++)
        keys[i] = cross_key(&g_array_index(rows, srow, i));
    GHashTable *tables = table_keys(rows, keys);
    gboolean one = TRUE;
    for (guint i = 0; i < rows->len && one; i++) {
        const srow *a = &g_array_index(rows, srow, i);
        if (!a->summary || a->subtotal || !whole(rows, a))
            continue;
        for (guint j = i + 1; j < rows->len && one; j++) {
            const srow *b = &g_array_index(rows, srow, j);
            if (b->summary && !b->subtotal && b->table != a->table && whole(rows, b))
                one = tables_related(tables, a->table, b->table);
        }
    }
    g_hash_table_destroy(tables);
    g_strfreev(keys);
    return one;
}

/* The weight a total row stands for: its own, else its table's leaves'. */
static gboolean total_weight(GArray *rows, const srow *tr, jx_dec *w)
{
    double slack;
    guint n;
    if (tr->has_w) {
        *w = tr->w;
        return TRUE;
    }
    return leaves_sum(rows, tr->table, TRUE, w, &slack, &n);
}

/* TRUE when total row `tr` totals the whole indicator system: its weight is
 * the largest any total row of the document stands for (a table of one
 * dimension, 决策 (20), has a 合计 of its own that is not the report's). */
static gboolean totals_whole(GArray *rows, const srow *tr)
{
    jx_dec w, most = {0, 0};
    if (!total_weight(rows, tr, &w))
        return FALSE;
    for (guint i = 0; i < rows->len; i++) {
        const srow *o = &g_array_index(rows, srow, i);
        jx_dec ow;
        if (o->summary && !o->subtotal && total_weight(rows, o, &ow) && jx_dec_cmp(ow, most) > 0)
            most = ow;
    }
    return jx_dec_cmp(w, most) == 0;
}

/* score.total: every total row against its table's leaves, and a whole-system
 * total against the score the document states. */
void jx_check_score_total(jx_check_ctx *ctx)
{
    GArray *rows = score_rows(ctx);
    jx_dec stated;
    gboolean has_stated =
        ctx->doc && jx_dec_parse(jx_record_string(ctx->doc, JX_F_SCORE_TOTAL), &stated) &&
        one_evaluation(rows, totals_whole);
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
            slack += slack_of(tr, weight);
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
        if (has_stated && tr->has_s && totals_whole(rows, tr) &&
            !jx_dec_sum_matches(tr->s, stated, tr->s_slack + jx_dec_slack(stated))) {
            char *exp = jx_dec_string(stated), *found = jx_dec_string(tr->s);
            jx_check_emit(ctx, tr->at, NULL, exp, found,
                          "%s: the table's total score is %s, but the document states %s",
                          jx_record_string(tr->rec, JX_F_NAME), found, exp);
            g_free(exp);
            g_free(found);
        }
    }
}

/* score.rate: every printed 得分率 against score / weight. */
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
        double slack = 100.0 * (r->s_slack / fabs(w) + fabs(s) * r->w_slack / (w * w));
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
}

/* score.over: scores above their weight or below zero in score tables (a
 * self-evaluation's indicators and funds: selfeval.score-over). */
void jx_check_score_over(jx_check_ctx *ctx)
{
    GArray *rows = score_rows(ctx);
    for (guint i = 0; i < rows->len; i++) {
        const srow *r = &g_array_index(rows, srow, i);
        if (!r->has_s)
            continue;
        char *label = row_label(r);
        jx_check_emit_over(ctx, r->at, label, r->s, r->has_w ? &r->w : NULL);
        g_free(label);
    }
}

/* ---------------------------------------------------------------- codes */

/* score.code: a coded row whose parent by path has a code it does not extend. */
void jx_check_score_code(jx_check_ctx *ctx)
{
    GArray *rows = score_rows(ctx);
    for (guint i = 0; i < rows->len; i++) {
        const srow *r = &g_array_index(rows, srow, i);
        if (!nonempty(r->code) || r->parent < 0 || code_parent(rows, i) >= 0)
            continue;
        /* Placed by its path under a coded parent whose code it does not extend. */
        const srow *p = &g_array_index(rows, srow, r->parent);
        if (!nonempty(p->code) || g_str_has_prefix(r->code, p->code))
            continue;
        char *label = row_label(r), *plabel = row_label(p);
        jx_check_emit(ctx, r->at, NULL, NULL, NULL,
                      "%s is listed under %s, but its code does not begin with %s", label,
                      plabel, p->code);
        g_free(label);
        g_free(plabel);
    }
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

/* The document's grade against its total under its bands: score.grade for
 * reports, selfeval.grade for self-evaluations (the same rule, run under the
 * id of the document's kind). */
static void check_grade(jx_check_ctx *ctx)
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
            if (!r->summary || r->subtotal || !r->has_s || !totals_whole(rows, r))
                continue;
            if (have && jx_dec_cmp(total, r->s) != 0)
                agree = FALSE;
            total = r->s;
            have = TRUE;
        }
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

/* score.grade: a report's grade. */
void jx_check_score_grade(jx_check_ctx *ctx)
{
    if (!jx_check_is_selfeval(ctx))
        check_grade(ctx);
}

/* selfeval.grade: a self-evaluation's grade (its 自评得分 under its bands). */
void jx_check_selfeval_grade(jx_check_ctx *ctx)
{
    if (jx_check_is_selfeval(ctx))
        check_grade(ctx);
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

/* Whether each row's key names exactly one row of its table: a new array
 * indexed by row, from one count of "table\x1fkey" over the rows. */
static gboolean *unique_in_table(GArray *rows, char **keys)
{
    /* key → its slot in `count` (plus one); `slot` the row's */
    GHashTable *slots = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    guint *count = g_new0(guint, rows->len + 1), *slot = g_new0(guint, rows->len + 1), used = 0;
    GString *k = g_string_new(NULL);
    for (guint i = 0; i < rows->len; i++) {
        g_string_truncate(k, 0);
        jx_string_append_int(k, g_array_index(rows, srow, i).table);
        g_string_append_c(k, '\x1f');
        g_string_append(k, keys[i]);
        guint at = GPOINTER_TO_UINT(g_hash_table_lookup(slots, k->str));
        if (at == 0) {
            at = ++used;
            g_hash_table_insert(slots, g_strdup(k->str), GUINT_TO_POINTER(at));
        }
        slot[i] = at - 1;
        count[at - 1]++;
    }
    g_string_free(k, TRUE);
    gboolean *one = g_new0(gboolean, rows->len + 1);
    for (guint i = 0; i < rows->len; i++)
        one[i] = count[slot[i]] == 1;
    g_free(count);
    g_free(slot);
    g_hash_table_destroy(slots);
    return one;
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
    for (guint a = 0; a < occ->len; a++) {
        const srow *ra = &g_array_index(rows, srow, g_array_index(occ, guint, a));
        if (weight ? !ra->has_w || ra->span_last >= 0 : !ra->has_s)
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
        } else if (count == ref_count) {
            /* Prefer as reference an occurrence whose table has no findings. */
            const srow *cur = &g_array_index(rows, srow, g_array_index(occ, guint, ref));
            if (jx_check_table_has_findings(ctx, cur->table, "score.") &&
                !jx_check_table_has_findings(ctx, ra->table, "score."))
                ref = (int)a;
        }
    }
    if (ref < 0 || ref_count == n)
        return;
    const srow *rr = &g_array_index(rows, srow, g_array_index(occ, guint, ref));
    jx_dec rv = weight ? rr->w : rr->s;
    for (guint k = 0; k < occ->len; k++) {
        const srow *r = &g_array_index(rows, srow, g_array_index(occ, guint, k));
        if ((weight ? !r->has_w || r->span_last >= 0 : !r->has_s) ||
            jx_dec_cmp(weight ? r->w : r->s, rv) == 0)
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

/* score.cross-table: each indicator found in several tables, its weight and
 * score compared across them. */
/* Two score tables are compared only when most of the smaller one's
 * indicators are in the other: then both print one evaluation (a chapter's
 * table and the appendix restating the whole system).  Tables of different
 * projects share the common indicators (预算执行率, 满意度 …) but not their own
 * outputs and outcomes, and their differing scores are no contradiction.
 * Three quarters: 001's body tables share all or all but one of their
 * indicators with its appendix; two projects under the common framework
 * share about half. */
#define RELATED_SHARE 0.75

/* The keys of each table: table number → set of keys (borrowed from `keys`). */
static GHashTable *table_keys(GArray *rows, char **keys)
{
    GHashTable *tables = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free,
                                               (GDestroyNotify)g_hash_table_destroy);
    for (guint i = 0; i < rows->len; i++) {
        const srow *r = &g_array_index(rows, srow, i);
        if (r->summary || !*r->name)
            continue;
        GHashTable *set = g_hash_table_lookup(tables, &r->table);
        if (!set) {
            gint64 *t = g_new(gint64, 1);
            *t = r->table;
            set = g_hash_table_new(g_str_hash, g_str_equal);
            g_hash_table_insert(tables, t, set);
        }
        g_hash_table_add(set, keys[i]);
    }
    return tables;
}

/* TRUE when tables a and b print one evaluation (RELATED_SHARE). */
static gboolean tables_related(GHashTable *tables, gint64 a, gint64 b)
{
    GHashTable *sa = g_hash_table_lookup(tables, &a), *sb = g_hash_table_lookup(tables, &b);
    if (!sa || !sb)
        return FALSE;
    if (g_hash_table_size(sa) > g_hash_table_size(sb)) {
        GHashTable *t = sa;
        sa = sb;
        sb = t;
    }
    guint shared = 0;
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, sa);
    while (g_hash_table_iter_next(&it, &key, NULL))
        shared += g_hash_table_contains(sb, key);
    return shared >= RELATED_SHARE * g_hash_table_size(sa);
}

/* The tables' keys (table_keys) and the answers of tables_related so far,
 * "a\x1fb" → answer plus one: each pair of tables is compared once, not once
 * per indicator they share. */
typedef struct {
    GHashTable *tables;
    GHashTable *known;
} related_cache;

/* tables_related(cache->tables, a, b), worked out once per pair. */
static gboolean tables_related_cached(related_cache *cache, gint64 a, gint64 b)
{
    GString *k = g_string_new(NULL);
    jx_string_append_int(k, a);
    g_string_append_c(k, '\x1f');
    jx_string_append_int(k, b);
    guint known = GPOINTER_TO_UINT(g_hash_table_lookup(cache->known, k->str));
    if (known == 0) {
        known = 1u + (guint)tables_related(cache->tables, a, b);
        g_hash_table_insert(cache->known, g_string_free(k, FALSE), GUINT_TO_POINTER(known));
    } else {
        g_string_free(k, TRUE);
    }
    return known == 2;
}

void jx_check_score_cross(jx_check_ctx *ctx)
{
    GArray *rows = score_rows(ctx);
    char **keys = g_new0(char *, rows->len + 1);
    for (guint i = 0; i < rows->len; i++)
        keys[i] = cross_key(&g_array_index(rows, srow, i));
    gboolean *done = g_new0(gboolean, rows->len + 1);
    gboolean *unique = unique_in_table(rows, keys);
    GHashTable *tables = table_keys(rows, keys);
    related_cache related = {tables, g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL)};
    for (guint i = 0; i < rows->len; i++) {
        const srow *r = &g_array_index(rows, srow, i);
        if (done[i] || r->summary || !*r->name || !unique[i])
            continue;
        GArray *occ = g_array_new(FALSE, FALSE, sizeof(guint));
        g_array_append_val(occ, i);
        gboolean codes_clash = FALSE;
        for (guint j = i + 1; j < rows->len; j++) {
            const srow *o = &g_array_index(rows, srow, j);
            if (done[j] || o->summary || o->table == r->table || strcmp(keys[j], keys[i]) != 0 ||
                !unique[j] || !tables_related_cached(&related, r->table, o->table))
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
    g_hash_table_destroy(related.known);
    g_hash_table_destroy(tables);
    g_free(unique);
    g_free(done);
    g_strfreev(keys);
}
