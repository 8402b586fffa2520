/*
 * stacked.c — rows a layout dump printed column after column, put back
 * side by side.
 *
 * Chromium's print of a spreadsheet's HTML sets the cells of a few rows so
 * that pdftotext -layout prints them one column at a time: the rows' names
 * on k lines, then their operators on the next k lines, their figures on
 * the k after, their units on the k after those (`发放住房租赁补贴户数（中心城区）`
 * / `新建改造排水管网（乡镇）` / `≥` / `≥` / `90` / `56.9` / `户` / `公里`).
 * Read line by line every name is a row without a target and every figure a
 * row without a name.  The stack is recognised by its shape alone: runs of
 * k lines each, each run right of the one before with no place shared, one
 * run after the first all operators or figures; the j-th lines of the runs
 * are one row.  A run may hold two columns side by side (`=  1300` over
 * `2920`): a table's own rows, line under line, share their places.
 */
#include "extract/splitter.h"
#include "normalize/normalize.h"

#include <string.h>

/* The most rows a stack holds: the prints seen stack two; past a few rows
 * a run of lines alone in a column is a wrapped cell, not a stack. */
#define STACK_MAX_ROWS 4

/* The runs at least a stack holds: the names and two more columns (an
 * operator, a figure, a unit).  Two runs, one line each beside the other,
 * are a wrapped name over a wrapped cell of the row below (a tall row's
 * top-set name over its centred text), not a stack. */
#define STACK_MIN_RUNS 3

/* One line of the text: its bytes, and its text's first and last places
 * (one place a character, as a layout dump counts them). */
typedef struct {
    const char *s;
    gsize n;
    int start;         /* place of its first character; -1 when blank */
    int end;           /* place after its last character; -2 until asked (line_end) */
    gboolean target;   /* its text opens with an operator sign or a digit */
    gboolean page_cut; /* a form feed stands in it */
} text_line;

/* Fills tl's start, target and page_cut (its leading spaces are its
 * start's places: one byte a place); its end is left to line_end. */
static void describe(text_line *tl)
{
    tl->start = -1;
    tl->end = -2;
    tl->target = FALSE;
    tl->page_cut = memchr(tl->s, '\f', tl->n) != NULL;
    gsize lead = 0;
    while (lead < tl->n && tl->s[lead] == ' ')
        lead++;
    if (lead == tl->n)
        return;
    tl->start = (int)lead;
    const char *p = tl->s + lead;
    gunichar c = g_utf8_get_char_validated(p, (gssize)(tl->n - lead));
    tl->target = c != (gunichar)-1 && c != (gunichar)-2 &&
                 (jx_norm_is_op_sign(c) || g_unichar_isdigit(c));
}

/* The place after line tl's last character, counted when first asked: a
 * line's places are walked only where its start already fits a stack. */
static int line_end(text_line *tl)
{
    if (tl->end == -2) {
        const char *end = tl->s + tl->n;
        while (end > tl->s && end[-1] == ' ')
            end--;
        tl->end = tl->start + (int)g_utf8_strlen(tl->s + tl->start, end - (tl->s + tl->start));
    }
    return tl->end;
}

/* The runs of a stack of k rows opening at lines[i] (1 when there is none):
 * see the file's comment.  Without `exact`, each run's lines are measured
 * by their starts only (a line ends after it starts): a test that lets
 * every stack through at the cost of no line's end. */
static int stack_runs(text_line *lines, gsize n, gsize i, int k, gboolean exact)
{
    int runs = 0, right = -1;
    gboolean targets = FALSE;
    for (gsize a = i; a + (gsize)k <= n; a += (gsize)k, runs++) {
        int from = G_MAXINT, to = -1;
        gboolean all_targets = TRUE;
        for (gsize j = a; j < a + (gsize)k; j++) {
            text_line *tl = &lines[j];
            if (tl->start < 0 || tl->page_cut)
                return runs < STACK_MIN_RUNS || !targets ? 1 : runs;
            from = MIN(from, tl->start);
            to = MAX(to, exact ? line_end(tl) : tl->start + 1);
            all_targets &= tl->target;
        }
        if (runs > 0 && from <= right)
            break;
        targets |= runs > 0 && all_targets;
        right = to;
    }
    return runs < STACK_MIN_RUNS || !targets ? 1 : runs;
}

/* Appends line `tl`'s text to `out` at its own places, `out` holding
 * `placed` places so far; returns the places it holds after. */
static int place_text(GString *out, int placed, text_line *tl)
{
    for (; placed < tl->start; placed++)
        g_string_append_c(out, ' ');
    const char *p = tl->s;
    for (int k = 0; k < tl->start; k++)
        p = g_utf8_next_char(p);
    const char *end = tl->s + tl->n;
    while (end > p && end[-1] == ' ')
        end--;
    g_string_append_len(out, p, end - p);
    return line_end(tl);
}

GString *jx_split_unstacked(const char *text, gsize len)
{
    GArray *lines = g_array_new(FALSE, FALSE, sizeof(text_line));
    for (const char *p = text, *end = text + len; p < end;) {
        const char *nl = memchr(p, '\n', end - p);
        text_line tl = {p, (gsize)((nl ? nl : end) - p), -1, -2, FALSE, FALSE};
        if (tl.n && p[tl.n - 1] == '\r')
            tl.n--;
        describe(&tl);
        g_array_append_val(lines, tl);
        p = nl ? nl + 1 : end;
    }
    text_line *tl = (text_line *)lines->data;
    gsize n = lines->len;
    GString *out = NULL;
    const char *copied = text; /* text up to here is in `out` already */
    for (gsize i = 0; i < n; i++) {
        int k = 2, runs = 1;
        /* (a stack's second run starts right of its first line: most
         * lines open no stack by that alone) */
        for (; k <= STACK_MAX_ROWS && runs == 1 && i + (gsize)(STACK_MIN_RUNS * k) <= n; k++)
            if (tl[i].start >= 0 && tl[i + (gsize)k].start > tl[i].start &&
                stack_runs(tl, n, i, k, FALSE) > 1)
                runs = stack_runs(tl, n, i, k, TRUE);
        if (runs == 1)
            continue;
        k--;
        if (!out)
            out = g_string_sized_new(len);
        g_string_append_len(out, copied, tl[i].s - copied);
        for (int j = 0; j < k; j++) {
            int placed = 0;
            for (int r = 0; r < runs; r++)
                placed = place_text(out, placed, &tl[i + (gsize)(r * k + j)]);
            g_string_append_c(out, '\n');
        }
        gsize last = i + (gsize)(runs * k) - 1;
        const char *after = tl[last].s + tl[last].n;
        while (after < text + len && *after != '\n')
            after++; /* (its '\r') */
        copied = after < text + len ? after + 1 : after;
        i = last;
    }
    if (out)
        g_string_append_len(out, copied, text + len - copied);
    g_array_free(lines, TRUE);
    return out;
}
