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
                          GHashTable *continued)
{
    splitter sp = {
        .src = src,
        .page = page,
        .run = g_array_new(FALSE, FALSE, sizeof(pending_line)),
        .pieces = g_array_new(FALSE, FALSE, sizeof(piece)),
        .buf = g_string_new(NULL),
        .continued = continued,
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
