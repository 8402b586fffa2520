/*
 * html.c — HTML documents, read with libxml2's HTML parser: it knows every
 * entity, closes what real pages leave open (<td> without </td>, rows
 * without <tr>) and recovers from broken markup, so this file only walks the
 * tree it builds.
 *
 * Each outermost <table> is laid out with the HTML table model (rowspan,
 * colspan) into a grid whose cells hold the text a reader sees: entities
 * decoded, markup gone, white space collapsed as a browser does, a line break
 * where <br> or a block (<p>, <div>…) parts the cell's lines.  A table nested
 * in a cell stays in that cell's text.  The text between tables keeps its
 * lines and goes to the line classifier, so a markdown file with embedded
 * HTML tables keeps its pipe tables.
 *
 * The walk is iterative (no recursion on hostile nesting) and the parser's
 * own limits bound its depth and memory.
 */
#include "extract/splitter.h"
#include "normalize/normalize.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <string.h>

/* Elements after which running text starts a new line, in prose and inside
 * a cell alike (and <br>, <hr> where they stand). */
static const char *const block_elements[] = {
    "p",   "div",     "li",      "h1",     "h2",     "h3",   "h4",  "h5", "h6",
    "tr",  "table",   "ul",      "ol",     "blockquote", "pre", "section", "article",
    "header", "footer", "center", "dd",    "dt",     "dl",   "caption", "title",
};

static gboolean is_element(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->name && g_ascii_strcasecmp((const char *)n->name, name) == 0;
}

static gboolean is_block(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE)
        return FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(block_elements); i++)
        if (is_element(n, block_elements[i]))
            return TRUE;
    return FALSE;
}

static gboolean is_line_element(const xmlNode *n)
{
    return is_element(n, "br") || is_element(n, "hr");
}

/* Elements whose content is no text at all. */
static gboolean is_skipped(const xmlNode *n)
{
    return n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE ||
           is_element(n, "script") || is_element(n, "style") || is_element(n, "template");
}

static int line_of(const xmlNode *n)
{
    long line = xmlGetLineNo((xmlNode *)n);
    return line > 0 && line < INT_MAX ? (int)line : 0;
}

/* The next node of a depth-first walk of `root`'s subtree after `n`,
 * descending into `n` when `into`; NULL at the end.  `leave` is called for
 * each element whose subtree is finished. */
typedef void (*leave_fn)(const xmlNode *n, gpointer data);

static xmlNode *walk_next(const xmlNode *root, xmlNode *n, gboolean into, leave_fn leave,
                          gpointer data)
{
    if (into && n->children)
        return n->children;
    /* `n` is finished: go on to its next sibling, or finish its parent */
    while (n != root) {
        if (leave && n->type == XML_ELEMENT_NODE)
            leave(n, data);
        if (n->next)
            return n->next;
        n = n->parent;
        if (!n)
            return NULL;
    }
    return NULL;
}

/* ------------------------------------------------------------ cell text */

/* The visible text of an element's content: runs of white space collapsed to
 * one space, a line break at <br> and around blocks, no space at the ends of
 * a line.  Form feeds inside count as page breaks. */
typedef struct {
    GString *out;
    gboolean space; /* a collapsed space is pending */
} cell_text;

static void cell_break(cell_text *ct)
{
    ct->space = FALSE;
    while (ct->out->len && ct->out->str[ct->out->len - 1] == ' ')
        g_string_truncate(ct->out, ct->out->len - 1);
    if (ct->out->len && ct->out->str[ct->out->len - 1] != '\n')
        g_string_append_c(ct->out, '\n');
}

static void cell_leave(const xmlNode *n, gpointer data)
{
    if (is_block(n))
        cell_break(data);
}

static void cell_append(cell_text *ct, const char *s)
{
    for (const char *p = s; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v') {
            ct->space = ct->out->len && ct->out->str[ct->out->len - 1] != '\n';
            continue;
        }
        if (ct->space)
            g_string_append_c(ct->out, ' ');
        ct->space = FALSE;
        g_string_append_c(ct->out, *p);
    }
}

static char *text_of(const xmlNode *el)
{
    cell_text ct = {g_string_new(NULL), FALSE};
    for (xmlNode *n = el->children; n;) {
        gboolean into = !is_skipped(n);
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            cell_append(&ct, (const char *)n->content);
        } else if (is_line_element(n)) {
            cell_break(&ct);
        } else if (is_block(n)) {
            cell_break(&ct);
        }
        n = walk_next(el, n, into, cell_leave, &ct);
    }
    cell_break(&ct);
    while (ct.out->len && ct.out->str[ct.out->len - 1] == '\n')
        g_string_truncate(ct.out, ct.out->len - 1);
    return g_string_free(ct.out, FALSE);
}

/* ------------------------------------------------------------ tables */

typedef struct {
    int row, col, rowspan, colspan;
    char *text;
    int page;
} html_cell;

typedef struct {
    int line, page;
} origin;

typedef struct {
    GArray *cells;   /* html_cell */
    GArray *origins; /* origin per row */
    GArray *covered; /* int per column: first row no longer covered by a rowspan */
    int row;
} html_table;

/* An attribute's whole-number value clamped to [1, max]; 1 when absent or
 * not a number. */
static int span_of(const xmlNode *el, const char *attr, int max)
{
    xmlChar *v = xmlGetProp((xmlNode *)el, (const xmlChar *)attr);
    if (!v)
        return 1;
    const char *p = (const char *)v;
    while (*p == ' ' || *p == '"' || *p == '\'')
        p++;
    gint64 n = 0;
    gboolean digits = FALSE;
    for (; g_ascii_isdigit(*p); p++) {
        if (n < max)
            n = n * 10 + (*p - '0');
        digits = TRUE;
    }
    xmlFree(v);
    return digits && n >= 1 ? (int)MIN(n, (gint64)max) : 1;
}

/* Places a cell by the HTML table model: the first column of the row not
 * covered by a rowspan from above. */
static void place_cell(splitter *sp, html_table *tb, int *col, const xmlNode *el)
{
    int rs = span_of(el, "rowspan", MAX_ROWSPAN);
    int cs = span_of(el, "colspan", MAX_COLS);
    int c = *col;
    while (c < (int)tb->covered->len && g_array_index(tb->covered, int, c) > tb->row)
        c++;
    if (c >= MAX_COLS) {
        sp->dropped++; /* wider than any table */
        return;
    }
    cs = MIN(cs, MAX_COLS - c);
    if ((int)tb->covered->len < c + cs)
        g_array_set_size(tb->covered, c + cs);
    for (int k = c; k < c + cs; k++)
        g_array_index(tb->covered, int, k) = tb->row + rs;
    html_cell hc = {tb->row, c, rs, cs, text_of(el), sp->page};
    g_array_append_val(tb->cells, hc);
    *col = c + cs;
}

static gboolean is_cell(const xmlNode *n)
{
    return is_element(n, "td") || is_element(n, "th");
}

/* Starts a row at `el` (its <tr>, or its first cell when the page left the
 * <tr> out). */
static void start_row(splitter *sp, html_table *tb, const xmlNode *el)
{
    tb->row++;
    origin o = {line_of(el), sp->page};
    g_array_append_val(tb->origins, o);
}

static void take_row(splitter *sp, html_table *tb, const xmlNode *tr)
{
    start_row(sp, tb, tr);
    int col = 0;
    for (const xmlNode *c = tr->children; c; c = c->next)
        if (is_cell(c))
            place_cell(sp, tb, &col, c);
}

/* Cells with no <tr> around them (`<table><td>…`) make a row of their own,
 * with the cells beside them; returns the last one. */
static xmlNode *take_stray_cells(splitter *sp, html_table *tb, xmlNode *first)
{
    start_row(sp, tb, first);
    int col = 0;
    xmlNode *last = first;
    for (xmlNode *c = first; c && (is_cell(c) || c->type != XML_ELEMENT_NODE); c = c->next) {
        if (is_cell(c)) {
            place_cell(sp, tb, &col, c);
            last = c;
        }
    }
    return last;
}

/* Adds the laid-out table as one grid, or as several when a pathological
 * table would break the area guard (rowspans are cut at the seams). */
static void table_emit(splitter *sp, html_table *tb, int table_line, int table_page)
{
    int n_rows = (int)tb->origins->len;
    guint ci = 0;
    int first = 0;
    while (first < n_rows) {
        int end = first;
        gsize cells = 0, width = 0;
        guint cj = ci;
        while (end < n_rows) {
            gsize c2 = cells, w2 = width;
            guint ck = cj;
            for (; ck < tb->cells->len && g_array_index(tb->cells, html_cell, ck).row == end;
                 ck++) {
                const html_cell *hc = &g_array_index(tb->cells, html_cell, ck);
                w2 = MAX(w2, (gsize)(hc->col + hc->colspan));
                c2++;
            }
            if (end > first && !jx_split_area_ok((gsize)(end - first + 1), w2, c2))
                break;
            cells = c2;
            width = w2;
            cj = ck;
            end++;
        }
        grid_builder gb;
        const origin *o = &g_array_index(tb->origins, origin, first);
        jx_grid_builder_start(&gb, first == 0 ? table_line : o->line,
                              first == 0 ? table_page : o->page);
        for (int r = first; r < end; r++) {
            const origin *orr = &g_array_index(tb->origins, origin, r);
            jx_grid_set_row_origin(gb.grid, r - first, orr->line, orr->page);
            gb.rows++;
        }
        for (; ci < cj; ci++) {
            const html_cell *hc = &g_array_index(tb->cells, html_cell, ci);
            int rs = MIN(hc->rowspan, end - hc->row);
            jx_cell *cell = jx_grid_add_cell(gb.grid, hc->row - first, hc->col, rs, hc->colspan,
                                             hc->text);
            cell->page = hc->page;
            gb.cells++;
        }
        jx_grid_builder_finish(sp, &gb);
        if (end < n_rows)
            sp->cut_grids++;
        first = end;
    }
}

/* The rows of `table` in document order: <tr> elements whose nearest table
 * is this one (those of a nested table belong to its cell's text). */
static void split_table(splitter *sp, const xmlNode *table)
{
    html_table tb = {
        .cells = g_array_new(FALSE, FALSE, sizeof(html_cell)),
        .origins = g_array_new(FALSE, FALSE, sizeof(origin)),
        .covered = g_array_new(FALSE, TRUE, sizeof(int)),
        .row = -1,
    };
    int table_line = line_of(table), table_page = sp->page;
    for (xmlNode *n = table->children; n;) {
        gboolean into = TRUE;
        if (is_element(n, "table") || is_skipped(n)) {
            into = FALSE;
        } else if (is_element(n, "caption")) {
            char *cap = text_of(n);
            g_strdelimit(cap, "\n", ' ');
            if (*g_strstrip(cap))
                jx_source_add_line(sp->src, cap, table_line, table_page);
            g_free(cap);
            into = FALSE;
        } else if (is_element(n, "tr")) {
            take_row(sp, &tb, n);
            into = FALSE;
        } else if (is_cell(n)) {
            n = take_stray_cells(sp, &tb, n);
            into = FALSE;
        }
        n = walk_next(table, n, into, NULL, NULL);
    }
    table_emit(sp, &tb, table_line, table_page);
    for (guint i = 0; i < tb.cells->len; i++)
        g_free(g_array_index(tb.cells, html_cell, i).text);
    g_array_free(tb.cells, TRUE);
    g_array_free(tb.origins, TRUE);
    g_array_free(tb.covered, TRUE);
}

/* ------------------------------------------------------------ prose */

/* Running text between tables, line by line as the source has it. */
typedef struct {
    splitter *sp;
    GString *text;
    int line;         /* source line of the pending text's first character */
    int at;           /* source line the walk stands on */
} prose;

static void prose_emit(prose *pr)
{
    if (pr->text->len == 0)
        return;
    gsize n = pr->text->len;
    char *owned = g_string_free(pr->text, FALSE);
    const char *s = owned;
    jx_split_trim(&s, &n);
    jx_split_feed_line(pr->sp, s, n, pr->line, owned);
    pr->text = g_string_new(NULL);
}

static void prose_leave(const xmlNode *n, gpointer data)
{
    if (is_block(n))
        prose_emit(data);
}

/* A text node's characters: a line break ends the pending line (a blank line
 * ends the classifier's run), a form feed turns the page. */
static void prose_text(prose *pr, const xmlNode *n)
{
    /* the parser stamps a text node with the line where its characters were
     * handed over, past their own line breaks (tags between text nodes can
     * hold line breaks too, so the count alone falls behind) */
    const char *s = (const char *)n->content;
    int breaks = 0;
    for (const char *p = s; p && *p; p++)
        breaks += *p == '\n';
    int start = line_of(n) - breaks;
    if (start > pr->at)
        pr->at = start;
    for (const char *p = (const char *)n->content; p && *p; p++) {
        if (*p == '\n' || *p == '\f') {
            gboolean had_text = pr->text->len > 0;
            prose_emit(pr);
            if (!had_text && *p == '\n')
                jx_split_feed_line(pr->sp, "", 0, pr->at, NULL);
            if (*p == '\f')
                jx_split_page_break(pr->sp);
            else
                pr->at++;
            continue;
        }
        if (pr->text->len == 0)
            pr->line = pr->at;
        g_string_append_c(pr->text, *p);
    }
}

void jx_split_html(splitter *sp, const char *text, gsize len)
{
    if (len > INT_MAX) {
        jx_split_plain(sp, text, len); /* beyond the parser's reach: read as text */
        return;
    }
    htmlDocPtr doc = htmlReadMemory(text, (int)len, NULL, "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                        HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                        HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE);
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    prose pr = {sp, g_string_new(NULL), 1, 1};
    for (xmlNode *n = root; n;) {
        gboolean into = !is_skipped(n);
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            prose_text(&pr, n);
        } else if (is_element(n, "table")) {
            prose_emit(&pr);
            jx_split_flush(sp);
            split_table(sp, n);
            into = FALSE;
        } else if (is_line_element(n)) {
            prose_emit(&pr);
        }
        n = walk_next(root, n, into, prose_leave, &pr);
    }
    prose_emit(&pr);
    g_string_free(pr.text, TRUE);
    jx_split_flush(sp);
    if (doc)
        xmlFreeDoc(doc);
}
