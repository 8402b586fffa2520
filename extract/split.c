/*
 * split.c — decoded text → LINE and GRID blocks.
 *
 * Text dumps are read line by line.  Each line is classified (tab row, pipe
 * row, markdown separator, 2+-space row, plain); consecutive row lines of one
 * family are held as a "run" and turned into one grid when the run ends,
 * because some families (2+-space rows, pipe rows without outer pipes) are
 * only tables when their neighbours are too.  HTML documents are scanned for
 * <table> elements, laid out with the HTML table model; the markup between
 * tables is stripped and its lines go through the same line classifier, so a
 * markdown file with embedded HTML tables keeps its pipe tables.
 *
 * Every scan moves forward only: no loop re-reads the text from a fixed
 * point, so the cost is linear in the input (1M lines, one 50 MB line, a
 * megabyte of '<' without '>').  Grids are guarded against inputs whose
 * rows × columns would dwarf their cell count (core seals a dense table).
 */
#include "extract/splitter.h"
#include "normalize/normalize.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ entry points */

/* Pages counted from 1 when the text has form feeds; a form feed that ends
 * the text (pdftotext ends every page with one) opens no new page. */
static int count_pages(const char *text, gsize len)
{
    int pages = 0;
    const char *last = NULL;
    for (const char *p = text, *end = text + len; (p = memchr(p, '\f', end - p)); p++) {
        pages++;
        last = p;
    }
    if (!pages)
        return 0;
    if (!jx_split_is_blank(last + 1, (gsize)(text + len - last - 1)))
        pages++;
    return pages;
}

/* A table dumped column by column (plain `pdftotext` without -layout writes a
 * table's cells in its text blocks' order: the 序号 column first, then the
 * labels, the names…) shows its row numbers as a run of lines holding only
 * successive integers.  A row-by-row dump never does: each row's other cells
 * stand between two row numbers.  Five in a row: a numbered list of a
 * paragraph's items carries text beside its numbers, and a shorter run of bare
 * numbers (1, 2, 3) can be the figures of one row's cells. */
#define COLUMN_DUMP_RUN 5

/* The same dump of a table without row numbers shows its value and unit
 * columns as a long run of lines holding only figures, units and operators.
 * A row-by-row dump puts each row's name between its figures and the next
 * row's: at most a row's own figures stand together — three in a target
 * table (序号, a half-year and a full-year target), six or seven in a
 * self-evaluation's funds row (预算数, 执行数, 分值, 执行率, 得分) — so ten
 * with nothing else between them are more than any one row holds. */
#define COLUMN_DUMP_FIGURES 10
/* Lines longer than this (bytes) are never a lone figure, unit or operator. */
#define FIGURE_LINE_MAX 24

/* What one line of a column dump can hold alone. */
typedef enum { LINE_OTHER, LINE_FIGURE, LINE_MARK } line_piece;

static line_piece piece_of_line(const char *s, gsize n)
{
    if (n > FIGURE_LINE_MAX)
        return LINE_OTHER;
    char *raw = g_strndup(s, n);
    char *norm = jx_norm_text(raw);
    line_piece kind = LINE_OTHER;
    const jx_target *t; /* borrowed: only looked at */
    if (jx_norm_target_peek(norm, &t) && t->kind == JX_KIND_NUMBER)
        kind = LINE_FIGURE;
    else if (jx_norm_op(norm) != JX_OP_NONE)
        kind = LINE_MARK;
    else {
        char *unit = jx_norm_unit(norm);
        kind = unit ? LINE_MARK : LINE_OTHER;
        g_free(unit);
    }
    g_free(norm);
    g_free(raw);
    return kind;
}

/* The next non-blank line of the text at *p (before `end`), trimmed, in *s
 * and *n; *at counts the lines passed (from 1).  FALSE at the end. */
static gboolean next_filled_line(const char **p, const char *end, const char **s, gsize *n,
                                 int *at)
{
    while (*p < end) {
        const char *nl = memchr(*p, '\n', (gsize)(end - *p));
        *s = *p;
        *n = (gsize)((nl ? nl : end) - *p);
        *p = nl ? nl + 1 : end;
        ++*at;
        jx_split_trim(s, n);
        if (*n)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when COLUMN_DUMP_FIGURES figures stand on lines of their own with only
 * units and operators (and blank lines) between them; *line is where the run
 * starts. */
static gboolean find_figure_column(const char *text, gsize len, int *line)
{
    int figures = 0, start = 0, at = 0;
    const char *p = text, *s;
    gsize n;
    while (next_filled_line(&p, text + len, &s, &n, &at)) {
        line_piece kind = piece_of_line(s, n);
        if (kind == LINE_OTHER) {
            figures = 0;
            continue;
        }
        if (kind == LINE_FIGURE && figures++ == 0)
            start = at;
        if (figures >= COLUMN_DUMP_FIGURES) {
            *line = start;
            return TRUE;
        }
    }
    return FALSE;
}

/* The first run of COLUMN_DUMP_RUN or more lines each holding one integer
 * following the previous one (blank lines between are skipped).  Returns TRUE
 * and sets *first and *last (the run's numbers) and *line (where it starts,
 * from 1) when there is one. */
static gboolean find_column_dump(const char *text, gsize len, gint64 *first, gint64 *last,
                                 int *line)
{
    gint64 start = 0, prev = 0;
    int run = 0, start_line = 0, at = 0;
    const char *p = text, *s;
    gsize n;
    while (next_filled_line(&p, text + len, &s, &n, &at)) {
        gboolean digits = n <= 4;
        for (gsize i = 0; i < n && digits; i++)
            digits = g_ascii_isdigit(s[i]);
        gint64 v = digits ? g_ascii_strtoll(s, NULL, 10) : -1;
        if (digits && run > 0 && v == prev + 1) {
            prev = v;
            run++;
            continue;
        }
        if (run >= COLUMN_DUMP_RUN)
            break;
        if (digits) {
            start = prev = v;
            start_line = at;
            run = 1;
        } else {
            run = 0;
        }
    }
    *first = start;
    *last = prev;
    *line = start_line;
    return run >= COLUMN_DUMP_RUN;
}

/*
 * See extract.h.  Also sets src->pages (0 without form feeds) and adds
 * warnings for rows cut at MAX_COLS and grids cut by the area guard.
 */
void jx_text_split(jx_source *src, const char *utf8, gsize len)
{
    g_return_if_fail(src != NULL);
    if (!utf8) {
        utf8 = "";
        len = 0;
    }
    /* a PDF's text is a layout dump of its pages, whatever it contains */
    gboolean pdf = g_strcmp0(jx_source_format(src), "pdf") == 0;
    const char *format = pdf ? "text" : jx_text_sniff_format(utf8, len);
    if (strcmp(format, "csv") == 0) {
        jx_csv_split(src, utf8, len);
        return;
    }
    splitter sp = {
        .src = src,
        .page = pdf || memchr(utf8, '\f', len) ? 1 : 0,
        .run = g_array_new(FALSE, FALSE, sizeof(pending_line)),
        .pieces = g_array_new(FALSE, FALSE, sizeof(piece)),
        .buf = g_string_new(NULL),
    };
    if (strcmp(format, "html") == 0)
        jx_split_html(&sp, utf8, len);
    else
        jx_split_plain(&sp, utf8, len);
    jx_split_flush(&sp);
    if (!pdf) /* a PDF knows its pages, empty ones included */
        src->pages = count_pages(utf8, len);
    gint64 first, last;
    int line;
    if (!pdf && find_column_dump(utf8, len, &first, &last, &line))
        jx_source_add_warning(src, "line %d: row numbers %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT
                              " stand one per line with nothing between them: a table written "
                              "column by column, as plain pdftotext (without -layout) writes "
                              "one; its rows are rebuilt from the order of the columns, which "
                              "loses empty cells and can pair a name with another row's target "
                              "— for records to rely on, convert the PDF with `pdftotext "
                              "-layout`, or give jixiao the PDF itself",
                              line, first, last);
    else if (!pdf && find_figure_column(utf8, len, &line))
        jx_source_add_warning(src, "line %d: %d or more figures stand one per line with only "
                              "units and operators between them: a table written column by "
                              "column, as plain pdftotext (without -layout) writes one; its rows "
                              "are rebuilt from the order of the columns, which loses empty "
                              "cells and can pair a name with another row's target — for "
                              "records to rely on, convert the PDF with `pdftotext -layout`, or "
                              "give jixiao the PDF itself",
                              line, COLUMN_DUMP_FIGURES);
    if (sp.wide_rows)
        jx_source_add_warning(src, "%" G_GSIZE_FORMAT " row(s) had more than %d cells; the "
                              "rest of each was kept in its last cell", sp.wide_rows, MAX_COLS);
    if (sp.dropped)
        jx_source_add_warning(src, "%" G_GSIZE_FORMAT " HTML cell(s) beyond column %d were "
                              "dropped", sp.dropped, MAX_COLS);
    if (sp.cut_grids)
        jx_source_add_warning(src, "%" G_GSIZE_FORMAT " very sparse table(s) were cut into "
                              "several grids", sp.cut_grids);
    g_array_free(sp.run, TRUE);
    g_array_free(sp.pieces, TRUE);
    g_string_free(sp.buf, TRUE);
}

/* See extract.h. */
void jx_text_split_page(jx_source *src, const char *utf8, gsize len, int page,
                        int line_base, GHashTable *continued, jx_layout_carry *carry)
{
    splitter sp = {
        .src = src,
        .page = page,
        .line_base = line_base,
        .run = g_array_new(FALSE, FALSE, sizeof(pending_line)),
        .pieces = g_array_new(FALSE, FALSE, sizeof(piece)),
        .buf = g_string_new(NULL),
        .continued = continued,
        .page_part = TRUE,
        .carry = carry,
    };
    jx_split_plain(&sp, utf8, len);
    jx_split_flush(&sp);
    if (sp.wide_rows)
        jx_source_add_warning(src, "page %d: %" G_GSIZE_FORMAT " row(s) had more than %d cells; "
                              "the rest of each was kept in its last cell", page, sp.wide_rows,
                              MAX_COLS);
    g_array_free(sp.run, TRUE);
    g_array_free(sp.pieces, TRUE);
    g_string_free(sp.buf, TRUE);
}

/* TRUE when the text has a <table or <html start tag (any case). */
static gboolean has_html_tags(const char *text, gsize len)
{
    static const char *const names[] = {"table", "html"};
    for (const char *p = text, *end = text + len; (p = memchr(p, '<', end - p)); p++) {
        for (gsize k = 0; k < G_N_ELEMENTS(names); k++) {
            gsize n = strlen(names[k]);
            if ((gsize)(end - p - 1) >= n && g_ascii_strncasecmp(p + 1, names[k], n) == 0 &&
                ((gsize)(end - p - 1) == n || !g_ascii_isalnum(p[1 + n])))
                return TRUE;
        }
    }
    return FALSE;
}

/* TRUE when a markdown delimiter row follows a pipe row of 2+ cells. */
static gboolean has_markdown_table(const char *text, gsize len)
{
    GArray *pieces = g_array_new(FALSE, FALSE, sizeof(piece));
    gboolean prev_row = FALSE, found = FALSE;
    for (const char *p = text, *end = text + len; p < end && !found;) {
        const char *nl = memchr(p, '\n', end - p);
        gsize n = (gsize)((nl ? nl : end) - p);
        gboolean pipe = memchr(p, '|', n) != NULL;
        if (pipe && jx_split_is_pipe_separator(p, n)) {
            found = prev_row;
            prev_row = FALSE;
        } else if (pipe) {
            gboolean outer;
            jx_split_pipes(p, n, pieces, &outer);
            prev_row = pieces->len >= 2;
        } else {
            prev_row = FALSE;
        }
        p = nl ? nl + 1 : end;
    }
    g_array_free(pieces, TRUE);
    return found;
}

/* See extract.h.  Returns a static string. */
const char *jx_text_sniff_format(const char *utf8, gsize len)
{
    if (!utf8 || len == 0)
        return "text";
    if (has_html_tags(utf8, len))
        return "html";
    if (has_markdown_table(utf8, len))
        return "markdown";
    if (jx_csv_sniff(utf8, len))
        return "csv";
    return "text";
}
