/*
 * labels.c — merged label cells (一级指标, 二级指标) spread over their rows.
 *
 * A text dump writes a merged cell's label once.  Most converters put it on
 * the first row of the span (fill down); where the cell was vertically
 * centred it lands on the middle row, and the rows above it are blank.  The
 * centred case is recognized per span of the parent level: its first row has
 * no label but a later row does.  Then every label is taken to sit in the
 * middle of its span, and where the middle is ambiguous (even spans, labels a
 * row off centre) the rows go to the label whose words their names share
 * (资金管理 / 资金到位率) — ICU word segmentation, in normalize.
 */
#include "parse/parse.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void jx_label_column_init(jx_label_column *col, int n)
{
    col->n = n;
    col->explicit_label = g_new0(char *, n + 1);
    col->resolved = g_new0(char *, n + 1);
    col->inferred = g_new0(gboolean, n + 1);
    col->centred = g_new0(gboolean, n + 1);
}

void jx_label_column_clear(jx_label_column *col)
{
    for (int i = 0; i < col->n; i++) {
        g_free(col->explicit_label[i]);
        g_free(col->resolved[i]);
    }
    g_free(col->explicit_label);
    g_free(col->resolved);
    g_free(col->inferred);
    g_free(col->centred);
    memset(col, 0, sizeof *col);
}

static void set_resolved(jx_label_column *col, int i, const char *label, gboolean centred)
{
    g_free(col->resolved[i]);
    col->resolved[i] = g_strdup(label);
    col->inferred[i] = col->explicit_label[i] == NULL && label && *label;
    col->centred[i] = centred && col->explicit_label[i] == NULL;
}

static void fill_down(jx_label_column *col, int a, int b, const char *empty)
{
    const char *current = empty;
    for (int i = a; i <= b; i++) {
        if (col->explicit_label[i])
            current = col->explicit_label[i];
        set_resolved(col, i, current, FALSE);
    }
}

/* The centred split of rows a..b among k labels at rows pos[]: span i holds
 * its label's row and has it in the middle (± tol rows).  Solved by dynamic
 * programming over where each span starts; fit[i][r] scores row r under
 * label i.  Fills start[] and returns TRUE when a split exists. */
typedef struct {
    int a, b, k, tol;
    const int *pos;
    double *const *fit;
    const gboolean *child_start; /* may be NULL: rows where a child-level span starts */
    double *memo; /* k × (b-a+1), NAN unknown */
    int *choice;  /* end row chosen for (i, s) */
} centring;

static double best_from(centring *c, int i, int s)
{
    gsize slot = (gsize)i * (c->b - c->a + 1) + (s - c->a);
    if (!isnan(c->memo[slot]))
        return c->memo[slot];
    double best = -INFINITY;
    int p = c->pos[i];
    int last = i + 1 < c->k ? c->pos[i + 1] - 1 : c->b;
    for (int e = p; e <= last; e++) {
        if (i + 1 == c->k && e != c->b)
            continue;
        int above = p - s, below = e - p;
        if (abs(above - below) > c->tol)
            continue;
        /* Shared words decide; then a group made of whole child groups;
         * among equal splits the most centred wins. */
        double here = -0.01 * abs(above - below);
        if (c->child_start && e < c->b && !c->child_start[e + 1])
            here -= 0.5;
        /* fit[i] holds prefix sums: rows s..e in one subtraction */
        here += c->fit[i][e - c->a + 1] - c->fit[i][s - c->a];
        double rest = i + 1 < c->k ? best_from(c, i + 1, e + 1) : 0;
        if (here + rest > best) {
            best = here + rest;
            c->choice[slot] = e;
        }
    }
    c->memo[slot] = best;
    return best;
}

static void centre(jx_label_column *col, int a, int b, char *const *names,
                   const gboolean *child_start)
{
    int n = b - a + 1, k = 0;
    int *pos = g_new(int, n);
    for (int i = a; i <= b; i++)
        if (col->explicit_label[i])
            pos[k++] = i;
    /* fit[i][j]: shared-word score of rows a..a+j-1 under label i (prefix
     * sums).  A span never passes its neighbours' label rows, so only rows
     * in that window are scored: one word segmentation per row and label
     * that could matter, not per pair. */
    jx_segmenter *seg = jx_segmenter_new();
    char ***row_words = g_new0(char **, n);
    for (int r = a; r <= b; r++)
        row_words[r - a] = names && names[r] ? jx_segmenter_words(seg, names[r]) : NULL;
    double **fit = g_new(double *, k);
    for (int i = 0; i < k; i++) {
        fit[i] = g_new0(double, n + 1);
        char **label_words = jx_segmenter_words(seg, col->explicit_label[pos[i]]);
        int lo = i > 0 ? pos[i - 1] + 1 : a, hi = i + 1 < k ? pos[i + 1] - 1 : b;
        for (int r = a; r <= b; r++) {
            double here = 0;
            if (r >= lo && r <= hi && row_words[r - a])
                here = jx_norm_shared_chars(row_words[r - a], label_words);
            fit[i][r - a + 1] = fit[i][r - a] + here;
        }
        g_strfreev(label_words);
    }
    for (int r = 0; r < n; r++)
        g_strfreev(row_words[r]);
    g_free(row_words);
    jx_segmenter_free(seg);
    centring c = {.a = a, .b = b, .k = k, .pos = pos, .fit = fit, .child_start = child_start};
    c.memo = g_new(double, (gsize)k * n);
    c.choice = g_new0(int, (gsize)k * n);
    gboolean found = FALSE;
    /* exact centring first; looser only if the labels are not centred */
    for (int tol = 1; tol <= n && !found; tol = tol < 2 ? tol + 1 : n) {
        c.tol = tol;
        for (gsize i = 0; i < (gsize)k * n; i++)
            c.memo[i] = NAN;
        found = isfinite(best_from(&c, 0, a));
    }
    if (found) {
        int s = a;
        for (int i = 0; i < k; i++) {
            int e = c.choice[(gsize)i * n + (s - a)];
            for (int r = s; r <= e; r++)
                set_resolved(col, r, col->explicit_label[pos[i]], TRUE);
            s = e + 1;
        }
    } else {
        /* cannot happen with tol = n, kept as a safe default */
        fill_down(col, a, b, col->explicit_label[pos[0]]);
    }
    for (int i = 0; i < k; i++)
        g_free(fit[i]);
    g_free(fit);
    g_free(pos);
    g_free(c.memo);
    g_free(c.choice);
}

static void resolve_span(jx_label_column *col, int a, int b, char *const *names,
                         const char *empty, const gboolean *child_start)
{
    int first = -1;
    for (int i = a; i <= b && first < 0; i++)
        if (col->explicit_label[i])
            first = i;
    if (first < 0 || first == a)
        fill_down(col, a, b, empty);
    else
        centre(col, a, b, names, child_start);
}

void jx_labels_resolve(jx_label_column *col, char *const *parent, char *const *names,
                       const char *empty, const gboolean *child_start)
{
    int a = 0;
    for (int i = 1; i <= col->n; i++) {
        gboolean boundary = i == col->n || (parent && g_strcmp0(parent[i], parent[i - 1]) != 0);
        if (boundary) {
            resolve_span(col, a, i - 1, names, empty, child_start);
            a = i;
        }
    }
}
