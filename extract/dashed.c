/*
 * dashed.c — tables laid out by rules of dashes, as pandoc writes them in
 * markdown and plain text (docx → markdown/plain):
 *
 *   multiline table                        simple table
 *   (or, headerless, opened by the column rule itself)
 *   ----------------------------           序号   一级指标   指标值
 *   序号   一级指标     指标值               ------ ---------- --------
 *   ------ ------------ ----------           1      产出指标   ≥5项
 *   1      产出指标     ≥5项                  2      质量指标   100%
 *          (wrapped)
 *                                          (a blank line ends it)
 *   2      质量指标     100%
 *   ----------------------------
 *
 * The column rule (dash runs under the header) gives every column's extent
 * exactly, in display columns (CJK characters are two wide, as pandoc counts
 * them); each line is cut at those columns.  In a multiline table a row is
 * every line up to the next blank line, its pieces joined per column.
 */
#include "extract/extract.h"

#include <string.h>

/* A markdown horizontal rule or setext underline is one run of dashes; a
 * column rule has two runs or more, each this long at least. */
#define MIN_RULE_DASHES 2
/* A multiline table's top and bottom lines are one long run. */
#define MIN_FULL_DASHES 10
/* Header lines between a multiline table's top line and its column rule. */
#define MAX_HEADER_LINES 4
/* pandoc sizes a table's rules to its columns: no line of the table runs
 * past the rule's end by more than the rule is wide.  Dashes that do not
 * span the lines around them are text: a placeholder cell (`---------`) of
 * a layout dump, wrapped in a narrow column over two or three lines
 * (`----` / `---- ---` / `-`), above the table the dump goes on with. */
#define RULE_MAX_OVERRUN 1.0

typedef struct {
    const char *s;
    gsize n;
} slice;

/* The line at `p` (without '\n' or a trailing '\r'); *next is the start of
 * the next line. */
static slice line_at(const char *p, const char *end, const char **next)
{
    return (slice){p, jx_text_line(p, end, next)};
}

static gboolean blank(slice l)
{
    for (gsize i = 0; i < l.n; i++)
        if (l.s[i] != ' ' && l.s[i] != '\t')
            return FALSE;
    return TRUE;
}

/* The dash runs of a line made only of dashes and spaces, as display
 * columns [start, end); FALSE for any other line.  Fills `starts` (int). */
static gboolean dash_runs(slice l, GArray *starts, int *runs, int *shortest)
{
    g_array_set_size(starts, 0);
    *runs = 0;
    *shortest = G_MAXINT;
    int run = 0;
    for (gsize i = 0; i <= l.n; i++) {
        char c = i < l.n ? l.s[i] : ' ';
        if (c == '-') {
            if (run == 0) {
                int start = (int)i;
                g_array_append_val(starts, start);
            }
            run++;
        } else if (c == ' ') {
            if (run) {
                (*runs)++;
                *shortest = MIN(*shortest, run);
            }
            run = 0;
        } else {
            return FALSE;
        }
    }
    return *runs > 0;
}

/* The display column after the last text of line `l`. */
static int line_extent(slice l)
{
    int col = 0, end = 0;
    for (const char *p = l.s, *stop = l.s + l.n; p < stop;) {
        int bytes;
        col += jx_text_char_width(p, stop, &bytes);
        if (*p != ' ' && *p != '\t')
            end = col;
        p += bytes;
    }
    return end;
}

/* TRUE when line `l` runs past a rule ending at display column `rule_end`
 * by more than RULE_MAX_OVERRUN of the rule's width. */
static gboolean overruns_rule(slice l, int rule_end)
{
    return line_extent(l) > (1.0 + RULE_MAX_OVERRUN) * rule_end;
}

static gboolean is_column_rule(slice l, GArray *starts)
{
    int runs, shortest;
    return dash_runs(l, starts, &runs, &shortest) && runs >= 2 && shortest >= MIN_RULE_DASHES;
}

static gboolean is_full_rule(slice l, GArray *scratch)
{
    int runs, shortest;
    return dash_runs(l, scratch, &runs, &shortest) && runs == 1 && shortest >= MIN_FULL_DASHES;
}

/* Appends line `l` cut at the column starts to the per-column texts
 * (joined with '\n' to what a column already holds). */
static void cut_line(slice l, const GArray *starts, GPtrArray *cols)
{
    int col = 0, k = 0;
    const char *p = l.s, *end = l.s + l.n;
    GString *piece = g_string_new(NULL);
    while (p <= end) {
        int bytes = 1, width = 1;
        if (p < end)
            width = jx_text_char_width(p, end, &bytes);
        /* the column this character starts in */
        int next_k = k;
        while (next_k + 1 < (int)starts->len && col >= g_array_index(starts, int, next_k + 1))
            next_k++;
        if (p == end || next_k != k) {
            char *t = g_strstrip(g_strdup(piece->str));
            if (*t) {
                GString *cell = cols->pdata[k];
                if (cell->len)
                    g_string_append_c(cell, '\n');
                g_string_append(cell, t);
            }
            g_free(t);
            g_string_truncate(piece, 0);
            k = next_k;
        }
        if (p == end)
            break;
        g_string_append_len(piece, p, bytes);
        col += width;
        p += bytes;
    }
    g_string_free(piece, TRUE);
}

typedef struct {
    jx_grid *grid;
    GPtrArray *cols; /* GString* per column: the row being read */
    int rows;
    int row_line;    /* source line of the row being read, 0 when none */
} table_builder;

/*
 * pandoc writes markdown with smart punctuation: a curly quote of the
 * document is written as a plain `"`, a literal plain one as `\"`.  Reads
 * the plain quotes of a cell back as the curly ones they stand for: an
 * opening one before text, a closing one after it; escaped ones are left
 * for markup removal to unescape.  Rewrites `cell` in place.
 */
static void smart_quotes(GString *cell)
{
    if (!memchr(cell->str, '"', cell->len))
        return;
    GString *out = g_string_sized_new(cell->len + 8);
    gboolean open = FALSE;
    for (gsize i = 0; i < cell->len; i++) {
        char c = cell->str[i];
        if (c == '\\' && i + 1 < cell->len) {
            g_string_append_c(out, c);
            g_string_append_c(out, cell->str[++i]);
            continue;
        }
        if (c != '"') {
            g_string_append_c(out, c);
            continue;
        }
        g_string_append(out, open ? "\u201d" : "\u201c");
        open = !open;
    }
    g_string_assign(cell, out->str);
    g_string_free(out, TRUE);
}

static void row_flush(table_builder *tb, int page)
{
    gboolean any = FALSE;
    for (guint c = 0; c < tb->cols->len; c++)
        any |= ((GString *)tb->cols->pdata[c])->len > 0;
    if (any) {
        jx_grid_set_row_origin(tb->grid, tb->rows, tb->row_line, page);
        for (guint c = 0; c < tb->cols->len; c++) {
            GString *cell = tb->cols->pdata[c];
            smart_quotes(cell);
            jx_grid_add_cell(tb->grid, tb->rows, (int)c, 1, 1, cell->str);
            g_string_truncate(cell, 0);
        }
        tb->rows++;
    }
    tb->row_line = 0;
}

static void row_add_line(table_builder *tb, slice l, const GArray *starts, int line)
{
    if (!tb->row_line)
        tb->row_line = line;
    cut_line(l, starts, tb->cols);
}

gsize jx_dashed_table(const char *p, const char *end, int line, int page, jx_grid **out)
{
    *out = NULL;
    GArray *starts = g_array_new(FALSE, FALSE, sizeof(int));
    GArray *scratch = g_array_new(FALSE, FALSE, sizeof(int));
    const char *next;
    slice first = line_at(p, end, &next);
    gboolean multiline = is_full_rule(first, scratch);
    /* the header: up to the column rule; a table whose first line is the
     * column rule has none (pandoc's headerless multiline table) */
    gboolean headerless = is_column_rule(first, starts);
    multiline |= headerless;
    const char *header_start = multiline ? next : p;
    const char *q = header_start, *rule_end = headerless ? next : NULL;
    int header_lines = 0, rule_width = headerless ? line_extent(first) : 0;
    while (!headerless && q < end && header_lines <= (multiline ? MAX_HEADER_LINES : 1)) {
        slice l = line_at(q, end, &next);
        if (is_column_rule(l, starts)) {
            rule_end = next;
            rule_width = line_extent(l);
            break;
        }
        if (blank(l) || memchr(l.s, '\f', l.n))
            break;
        header_lines++;
        q = next;
    }
    gboolean overrun = FALSE;
    for (const char *h = header_start; rule_end && h < q && !overrun; h = next)
        overrun = overruns_rule(line_at(h, end, &next), rule_width);
    if (!rule_end || (header_lines == 0 && !headerless) || overrun) {
        g_array_free(starts, TRUE);
        g_array_free(scratch, TRUE);
        return 0;
    }

    table_builder tb = {jx_grid_new(), g_ptr_array_new(), 0, 0};
    for (guint c = 0; c < starts->len; c++)
        g_ptr_array_add(tb.cols, g_string_new(NULL));
    int at = line + (multiline ? 1 : 0);
    for (const char *h = header_start; h < q; h = next, at++)
        row_add_line(&tb, line_at(h, end, &next), starts, at);
    row_flush(&tb, page);
    if (!headerless)
        at++; /* the column rule under the header */

    /* the body: a multiline table runs to its bottom rule, rows split by
     * blank lines; a simple table's lines are rows, up to a blank line */
    const char *b = rule_end;
    int blanks = 0;
    while (b < end) {
        slice l = line_at(b, end, &next);
        if (memchr(l.s, '\f', l.n))
            break;
        if (blank(l)) {
            if (!multiline || ++blanks >= 2)
                break;
            row_flush(&tb, page);
        } else if (is_full_rule(l, scratch) || is_column_rule(l, scratch)) {
            b = next;
            at++;
            break; /* the bottom rule ends the table */
        } else if (overruns_rule(l, rule_width)) {
            overrun = TRUE;
            break;
        } else {
            blanks = 0;
            row_add_line(&tb, l, starts, at);
            if (!multiline)
                row_flush(&tb, page);
        }
        b = next;
        at++;
    }
    row_flush(&tb, page);
    for (guint c = 0; c < tb.cols->len; c++)
        g_string_free(tb.cols->pdata[c], TRUE);
    g_ptr_array_unref(tb.cols);
    g_array_free(starts, TRUE);
    g_array_free(scratch, TRUE);
    if (overrun) {
        jx_grid_free(tb.grid);
        return 0;
    }
    *out = tb.grid;
    return (gsize)(b - p);
}
