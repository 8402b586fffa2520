/*
 * docx.c — Word documents (.docx) read from word/document.xml.
 *
 * A .docx states its tables exactly, so nothing is guessed here: every w:tbl
 * is a grid laid out on the table's grid columns — w:gridBefore skips
 * columns at a row's start, w:gridSpan is a column span, a w:vMerge that
 * restarts opens a row span which each following w:vMerge continue in the
 * same column extends (w:hMerge, Word 97's horizontal merge, the same way
 * along the row).  A cell's paragraphs are its lines ('\n' between them).
 *
 * A table nested in a cell is the cell's text (its rows as lines, its cells
 * parted by a space), as the HTML reader keeps it — except when the outer
 * table is a single-cell frame around the content, a common way of drawing
 * a border round a form: then the cell is read as body text, so the real
 * table inside is a grid of its own.
 *
 * The paragraphs before, between and after the tables go through the line
 * classifier as the text readers' lines do (a paragraph is a line; a line
 * break inside it parts lines; tabs stay tabs, so a list aligned with tabs
 * is still a table).  A .docx has no pages and no line numbers until it is
 * laid out, so blocks carry neither.  Deleted revisions, field codes, hidden
 * runs (w:vanish) and the fallback copies of drawings are not text a reader
 * sees, and are skipped.
 */
#include "extract/office.h"
#include "extract/splitter.h"

#include <string.h>

#define W "wordprocessingml"

typedef struct {
    jx_source *src;
    splitter *sp;
    gsize cut;
} docx_reader;

static void walk_body(docx_reader *dr, const xmlNode *container);

/* Elements whose content a reader does not see. */
static gboolean is_hidden(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE)
        return TRUE;
    const char *name = (const char *)n->name;
    if (jx_xml_is(n, W, "del") || jx_xml_is(n, W, "delText") || jx_xml_is(n, W, "instrText") ||
        jx_xml_is(n, W, "moveFrom") || jx_xml_is(n, W, "rPr") || jx_xml_is(n, W, "pPr") ||
        jx_xml_is(n, W, "tcPr") || jx_xml_is(n, W, "trPr") || jx_xml_is(n, W, "tblPr") ||
        jx_xml_is(n, W, "sdtPr") || jx_xml_is(n, W, "sectPr") || jx_xml_is(n, W, "fldData"))
        return TRUE;
    /* mc:Fallback repeats mc:Choice's content for older readers */
    return strcmp(name, "Fallback") == 0;
}

/* Appends the visible text under `n` (runs, hyperlinks, fields' results,
 * content controls, text boxes) to `out`. */
static void text_under(const xmlNode *n, GString *out);

static void cell_text_into(const xmlNode *tc, GString *out);

/* A nested table as text: rows as lines, cells parted by a space. */
static void nested_table_text(const xmlNode *tbl, GString *out)
{
    for (const xmlNode *tr = tbl->children; tr; tr = tr->next) {
        if (!jx_xml_is(tr, W, "tr"))
            continue;
        if (out->len && out->str[out->len - 1] != '\n')
            g_string_append_c(out, '\n');
        gboolean first = TRUE;
        for (const xmlNode *tc = tr->children; tc; tc = tc->next) {
            if (!jx_xml_is(tc, W, "tc"))
                continue;
            GString *t = g_string_new(NULL);
            cell_text_into(tc, t);
            if (t->len) {
                if (!first)
                    g_string_append_c(out, ' ');
                g_string_append(out, t->str);
                first = FALSE;
            }
            g_string_free(t, TRUE);
        }
    }
}

/* TRUE when a run is formatted as hidden text (w:vanish), which Word
 * neither shows nor prints. */
static gboolean is_vanished_run(const xmlNode *r)
{
    const xmlNode *v = jx_xml_child(jx_xml_child(r, W, "rPr"), W, "vanish");
    if (!v)
        return FALSE;
    char *val = jx_xml_attr(v, "val");
    gboolean on = !val || !(strcmp(val, "0") == 0 || strcmp(val, "false") == 0 ||
                            strcmp(val, "off") == 0);
    g_free(val);
    return on;
}

static void text_under(const xmlNode *n, GString *out)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || is_hidden(c))
            continue;
        if (jx_xml_is(c, W, "r") && is_vanished_run(c))
            continue;
        if (jx_xml_is(c, W, "t")) {
            xmlChar *s = xmlNodeGetContent(c);
            if (s)
                g_string_append(out, (const char *)s);
            xmlFree(s);
        } else if (jx_xml_is(c, W, "tab") || jx_xml_is(c, W, "ptab")) {
            g_string_append_c(out, '\t');
        } else if (jx_xml_is(c, W, "br") || jx_xml_is(c, W, "cr")) {
            g_string_append_c(out, '\n');
        } else if (jx_xml_is(c, W, "noBreakHyphen")) {
            g_string_append_c(out, '-');
        } else if (jx_xml_is(c, W, "p")) {
            /* a paragraph inside a text box: a line of its own */
            if (out->len && out->str[out->len - 1] != '\n')
                g_string_append_c(out, '\n');
            text_under(c, out);
            g_string_append_c(out, '\n');
        } else if (jx_xml_is(c, W, "tbl")) {
            nested_table_text(c, out);
            g_string_append_c(out, '\n');
        } else {
            text_under(c, out);
        }
    }
}

/* Trims white space and line breaks at both ends of `s`. */
static void trim_lines(GString *s)
{
    gsize a = 0;
    while (a < s->len && g_ascii_isspace(s->str[a]))
        a++;
    g_string_erase(s, 0, (gssize)a);
    while (s->len && g_ascii_isspace(s->str[s->len - 1]))
        g_string_truncate(s, s->len - 1);
}

/* The text of a cell: its paragraphs (and nested tables) as lines. */
static void cell_text_into(const xmlNode *tc, GString *out)
{
    GString *t = g_string_new(NULL);
    text_under(tc, t);
    /* empty paragraphs leave empty lines: a cell's text has none */
    gboolean nl = FALSE;
    for (gsize i = 0; i < t->len; i++) {
        char ch = t->str[i];
        if (ch == '\n') {
            nl = TRUE;
            continue;
        }
        if (nl && out->len)
            g_string_append_c(out, '\n');
        nl = FALSE;
        g_string_append_c(out, ch == '\t' ? ' ' : ch);
    }
    trim_lines(out);
    g_string_free(t, TRUE);
}

/* The integer w:val of child `prop` of `pr`, or `fallback`. */
static int prop_int(const xmlNode *pr, const char *prop, int fallback)
{
    const xmlNode *c = jx_xml_child(pr, W, prop);
    char *v = c ? jx_xml_attr(c, "val") : NULL;
    int n = fallback;
    if (v) {
        gint64 x = g_ascii_strtoll(v, NULL, 10);
        n = x < 0 ? 0 : (int)MIN(x, (gint64)MAX_COLS);
    }
    g_free(v);
    return n;
}

typedef enum { MERGE_NONE, MERGE_RESTART, MERGE_CONTINUE } merge_kind;

/* A w:vMerge or w:hMerge: "restart" opens a merge; no value (or "continue")
 * goes on with the one above or to the left. */
static merge_kind merge_of(const xmlNode *tcpr, const char *prop)
{
    const xmlNode *c = jx_xml_child(tcpr, W, prop);
    if (!c)
        return MERGE_NONE;
    char *v = jx_xml_attr(c, "val");
    merge_kind k = v && strcmp(v, "restart") == 0 ? MERGE_RESTART : MERGE_CONTINUE;
    g_free(v);
    return k;
}

/* Calls `fn` for each child of `n` named `local`, looking through the
 * wrappers (content controls, custom XML) Word may put around rows and cells. */
typedef void (*each_fn)(const xmlNode *el, gpointer data);

static void each_child(const xmlNode *n, const char *local, each_fn fn, gpointer data)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (jx_xml_is(c, W, local))
            fn(c, data);
        else if (jx_xml_is(c, W, "sdt"))
            each_child(jx_xml_child(c, W, "sdtContent") ? jx_xml_child(c, W, "sdtContent") : c,
                       local, fn, data);
        else if (jx_xml_is(c, W, "customXml") || jx_xml_is(c, W, "sdtContent"))
            each_child(c, local, fn, data);
    }
}

typedef struct {
    GArray *cells; /* jx_office_cell */
    GArray *owner; /* int per column: index in cells of the vertical merge open there, or -1 */
    int row, col;
    int last;      /* index of the row's last cell (for w:hMerge), -1 none */
    gboolean any;  /* the row has a cell */
    GArray *seen;  /* gboolean per column: covered by a cell of this row */
} table_layout;

static void set_owner(table_layout *tl, int col, int cs, int idx)
{
    if ((int)tl->owner->len < col + cs) {
        int old = (int)tl->owner->len;
        g_array_set_size(tl->owner, col + cs);
        g_array_set_size(tl->seen, col + cs);
        for (int k = old; k < col + cs; k++)
            g_array_index(tl->owner, int, k) = -1;
    }
    for (int k = col; k < col + cs; k++) {
        g_array_index(tl->owner, int, k) = idx;
        g_array_index(tl->seen, gboolean, k) = TRUE;
    }
}

static void take_cell(const xmlNode *tc, gpointer data)
{
    table_layout *tl = data;
    const xmlNode *pr = jx_xml_child(tc, W, "tcPr");
    int cs = MAX(1, prop_int(pr, "gridSpan", 1));
    if (tl->col >= MAX_COLS)
        return; /* wider than any table */
    cs = MIN(cs, MAX_COLS - tl->col);
    merge_kind vm = merge_of(pr, "vMerge"), hm = merge_of(pr, "hMerge");
    GString *text = g_string_new(NULL);
    cell_text_into(tc, text);
    tl->any = TRUE;

    if (hm == MERGE_CONTINUE && tl->last >= 0) {
        jx_office_cell *left = &g_array_index(tl->cells, jx_office_cell, tl->last);
        left->colspan += cs;
        set_owner(tl, tl->col, cs, vm == MERGE_NONE ? -1 : tl->last);
        tl->col += cs;
        g_string_free(text, TRUE);
        return;
    }
    int above = tl->col < (int)tl->owner->len ? g_array_index(tl->owner, int, tl->col) : -1;
    if (vm == MERGE_CONTINUE && above >= 0) {
        jx_office_cell *top = &g_array_index(tl->cells, jx_office_cell, above);
        top->rowspan = tl->row - top->row + 1;
        if (text->len) { /* Word hides it; a reader of the XML should not lose it */
            char *joined = *top->text ? g_strconcat(top->text, "\n", text->str, NULL)
                                      : g_strdup(text->str);
            g_free(top->text);
            top->text = joined;
        }
        set_owner(tl, tl->col, cs, above);
        tl->last = above;
        tl->col += cs;
        g_string_free(text, TRUE);
        return;
    }
    jx_office_cell oc = {tl->row, tl->col, 1, cs, g_string_free(text, FALSE)};
    g_array_append_val(tl->cells, oc);
    int idx = (int)tl->cells->len - 1;
    set_owner(tl, tl->col, cs, vm == MERGE_RESTART ? idx : -1);
    tl->last = idx;
    tl->col += cs;
}

static void take_row(const xmlNode *tr, gpointer data)
{
    table_layout *tl = data;
    const xmlNode *pr = jx_xml_child(tr, W, "trPr");
    tl->col = prop_int(pr, "gridBefore", 0);
    tl->last = -1;
    tl->any = FALSE;
    for (guint k = 0; k < tl->seen->len; k++)
        g_array_index(tl->seen, gboolean, k) = FALSE;
    each_child(tr, "tc", take_cell, tl);
    if (!tl->any)
        return; /* a row without cells holds nothing (and costs area) */
    /* a merge stops at a row that does not reach its column */
    for (guint k = 0; k < tl->owner->len; k++)
        if (!g_array_index(tl->seen, gboolean, k))
            g_array_index(tl->owner, int, k) = -1;
    tl->row++;
}

/* Counts the cells of a table (through wrappers) and finds the first. */
static void count_cell(const xmlNode *tc, gpointer data)
{
    const xmlNode **first = data;
    if (!first[0])
        first[0] = tc;
    first[1] = (const xmlNode *)((gintptr)first[1] + 1);
}

static void count_row(const xmlNode *tr, gpointer data)
{
    each_child(tr, "tc", count_cell, data);
}

/* The only cell of a one-cell table that holds a table, or NULL. */
static const xmlNode *frame_cell(const xmlNode *tbl)
{
    const xmlNode *first[2] = {NULL, NULL};
    each_child(tbl, "tr", count_row, first);
    if ((gintptr)first[1] != 1)
        return NULL;
    for (const xmlNode *c = first[0]->children; c; c = c->next)
        if (jx_xml_is(c, W, "tbl"))
            return first[0];
    return NULL;
}

static void read_table(docx_reader *dr, const xmlNode *tbl)
{
    jx_split_flush(dr->sp);
    const xmlNode *frame = frame_cell(tbl);
    if (frame) {
        walk_body(dr, frame);
        jx_split_feed_line(dr->sp, "", 0, 0, NULL); /* the frame ends a run */
        jx_split_flush(dr->sp);
        return;
    }
    table_layout tl = {
        .cells = g_array_new(FALSE, FALSE, sizeof(jx_office_cell)),
        .owner = g_array_new(FALSE, FALSE, sizeof(int)),
        .seen = g_array_new(FALSE, TRUE, sizeof(gboolean)),
        .last = -1,
    };
    each_child(tbl, "tr", take_row, &tl);
    if (tl.row > 0)
        jx_office_emit_table(dr->src, tl.cells, tl.row, &dr->cut);
    g_array_free(tl.cells, TRUE);
    g_array_free(tl.owner, TRUE);
    g_array_free(tl.seen, TRUE);
}

/* A paragraph: its lines to the classifier (an empty one is a blank line). */
static void read_paragraph(docx_reader *dr, const xmlNode *p)
{
    GString *t = g_string_new(NULL);
    text_under(p, t);
    const char *s = t->str, *end = t->str + t->len;
    if (t->len == 0)
        jx_split_feed_line(dr->sp, "", 0, 0, NULL);
    while (s < end) {
        const char *nl = memchr(s, '\n', (gsize)(end - s));
        const char *e = nl ? nl : end;
        const char *a = s;
        gsize n = (gsize)(e - s);
        jx_split_trim(&a, &n);
        char *line = g_strndup(a, n);
        jx_split_feed_line(dr->sp, line, n, 0, line); /* the run frees it */
        s = nl ? nl + 1 : end;
    }
    g_string_free(t, TRUE);
}

static void walk_body(docx_reader *dr, const xmlNode *container)
{
    for (const xmlNode *c = container->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || is_hidden(c))
            continue;
        if (jx_xml_is(c, W, "p"))
            read_paragraph(dr, c);
        else if (jx_xml_is(c, W, "tbl"))
            read_table(dr, c);
        else if (jx_xml_is(c, W, "sdt") || jx_xml_is(c, W, "sdtContent") ||
                 jx_xml_is(c, W, "customXml") || jx_xml_is(c, W, "ins") ||
                 jx_xml_is(c, W, "moveTo") || strcmp((const char *)c->name, "AlternateContent") == 0 ||
                 strcmp((const char *)c->name, "Choice") == 0)
            walk_body(dr, c);
    }
}

gboolean jx_docx_read(jx_source *src, const guint8 *data, gsize len, GError **error)
{
    jx_zip *z = jx_zip_open(data, len, error);
    if (!z)
        return FALSE;
    char *part = jx_ooxml_main_part(z, "word/document.xml");
    gsize n = 0;
    char *xml = jx_zip_read(z, part, &n, error);
    jx_zip_free(z);
    if (!xml) {
        g_free(part);
        return FALSE;
    }
    xmlDoc *doc = jx_xml_parse(xml, n, part, error);
    g_free(xml);
    if (!doc) {
        g_free(part);
        return FALSE;
    }
    const xmlNode *body = jx_xml_child(xmlDocGetRootElement(doc), W, "body");
    if (!body) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT,
                    "part %s has no w:body: not a Word document's text; save it again from "
                    "Word or WPS", part);
        xmlFreeDoc(doc);
        g_free(part);
        return FALSE;
    }
    splitter sp = {
        .src = src,
        .page = 0,
        .run = g_array_new(FALSE, FALSE, sizeof(pending_line)),
        .pieces = g_array_new(FALSE, FALSE, sizeof(piece)),
        .buf = g_string_new(NULL),
    };
    docx_reader dr = {src, &sp, 0};
    walk_body(&dr, body);
    jx_split_flush(&sp);
    if (sp.wide_rows)
        jx_source_add_warning(src, "%" G_GSIZE_FORMAT " row(s) had more than %d cells; the "
                              "rest of each was kept in its last cell", sp.wide_rows, MAX_COLS);
    if (dr.cut || sp.cut_grids)
        jx_source_add_warning(src, "%" G_GSIZE_FORMAT " very sparse table(s) were cut into "
                              "several grids", dr.cut + sp.cut_grids);
    g_array_free(sp.run, TRUE);
    g_array_free(sp.pieces, TRUE);
    g_string_free(sp.buf, TRUE);
    xmlFreeDoc(doc);
    g_free(part);
    return TRUE;
}
