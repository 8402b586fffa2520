/*
 * xlsx.c — Excel workbooks (.xlsx) read from their XML.
 *
 * Every sheet, in the workbook's order, is one grid over the part of the
 * sheet that is used — as LibreOffice's HTML export of a sheet is one table
 * (title, metadata, indicator rows and notes alike): parse finds the header
 * and the metadata in it.  Merged ranges are the cells' spans.  A cell's
 * text is what Excel shows: shared and inline strings (rich-text runs joined,
 * phonetic guides left out, _xHHHH_ escapes decoded), numbers through their
 * number format (numfmt.c), TRUE/FALSE, a formula's cached result, an
 * error's code.
 *
 * Empty rows and columns cost nothing in a sheet and a run of them can be a
 * million long; here a run of empty rows (columns) becomes one empty row
 * (column), and the empty rows and columns before the first used ones go.
 * Hidden sheets are not read (they hold lookup lists, not forms) and are
 * named in a warning; so are the sheets of a workbook with several, in the
 * order their grids come.
 *
 * Sheets are read with libxml2's streaming reader: a sheet's XML can be
 * large, and only the cells are needed.
 */
#include "extract/office.h"
#include "extract/splitter.h"

#include <libxml/xmlreader.h>
#include <stdlib.h>
#include <string.h>

#define S "spreadsheetml"

typedef struct {
    GPtrArray *strings; /* shared strings, char* */
    GPtrArray *formats; /* per cellXfs index: the format code (borrowed from codes) or NULL */
    GHashTable *codes;  /* numFmtId → code (custom formats) */
    gboolean date1904;
} workbook;

/* ------------------------------------------------------------ strings */

/* Decodes the _xHHHH_ escapes OOXML strings use for characters XML cannot
 * carry (and for a literal "_x", written _x005F_x); drops carriage returns. */
static char *unescape_xstring(const char *s)
{
    GString *out = g_string_new(NULL);
    for (const char *p = s; *p;) {
        if (p[0] == '_' && p[1] == 'x' && g_ascii_isxdigit(p[2]) && g_ascii_isxdigit(p[3]) &&
            g_ascii_isxdigit(p[4]) && g_ascii_isxdigit(p[5]) && p[6] == '_') {
            gunichar c = (gunichar)strtoul(p + 2, NULL, 16);
            if (c != '\r' && c != 0 && g_unichar_validate(c))
                g_string_append_unichar(out, c);
            p += 7;
        } else if (*p == '\r') {
            p++;
        } else {
            g_string_append_c(out, *p++);
        }
    }
    return g_string_free(out, FALSE);
}

/* The text of a string item (<si>, <is>): its <t>, or its runs' <t>s;
 * <rPh> phonetic guides are not part of what is shown. */
static char *string_item(const xmlNode *si)
{
    GString *t = g_string_new(NULL);
    for (const xmlNode *c = si->children; c; c = c->next) {
        const xmlNode *tn = NULL;
        if (jx_xml_is(c, S, "t"))
            tn = c;
        else if (jx_xml_is(c, S, "r"))
            tn = jx_xml_child(c, S, "t");
        if (tn) {
            xmlChar *v = xmlNodeGetContent(tn);
            if (v)
                g_string_append(t, (const char *)v);
            xmlFree(v);
        }
    }
    char *out = unescape_xstring(t->str);
    g_string_free(t, TRUE);
    return out;
}

static gboolean read_shared_strings(jx_zip *z, const char *part, workbook *wb, GError **error)
{
    if (!jx_zip_has(z, part))
        return TRUE; /* a workbook with no strings has no such part */
    gsize n = 0;
    char *xml = jx_zip_read(z, part, &n, error);
    if (!xml)
        return FALSE;
    xmlDoc *doc = jx_xml_parse(xml, n, part, error);
    g_free(xml);
    if (!doc)
        return FALSE;
    for (const xmlNode *si = xmlDocGetRootElement(doc)->children; si; si = si->next)
        if (jx_xml_is(si, S, "si"))
            g_ptr_array_add(wb->strings, string_item(si));
    xmlFreeDoc(doc);
    return TRUE;
}

/* ------------------------------------------------------------ styles */

static void read_styles(jx_zip *z, const char *part, workbook *wb)
{
    gsize n = 0;
    char *xml = jx_zip_has(z, part) ? jx_zip_read(z, part, &n, NULL) : NULL;
    xmlDoc *doc = xml ? jx_xml_parse(xml, n, part, NULL) : NULL;
    g_free(xml);
    if (!doc)
        return; /* no styles: every number in General */
    const xmlNode *root = xmlDocGetRootElement(doc);
    const xmlNode *fmts = jx_xml_child(root, S, "numFmts");
    for (const xmlNode *f = fmts ? fmts->children : NULL; f; f = f->next) {
        if (!jx_xml_is(f, S, "numFmt"))
            continue;
        char *id = jx_xml_attr(f, "numFmtId"), *code = jx_xml_attr(f, "formatCode");
        if (id && code) {
            g_hash_table_replace(wb->codes, GINT_TO_POINTER(atoi(id)), code);
            code = NULL;
        }
        g_free(id);
        g_free(code);
    }
    const xmlNode *xfs = jx_xml_child(root, S, "cellXfs");
    for (const xmlNode *x = xfs ? xfs->children : NULL; x; x = x->next) {
        if (!jx_xml_is(x, S, "xf"))
            continue;
        char *id = jx_xml_attr(x, "numFmtId");
        int k = id ? atoi(id) : 0;
        g_free(id);
        const char *code = g_hash_table_lookup(wb->codes, GINT_TO_POINTER(k));
        g_ptr_array_add(wb->formats, (gpointer)(code ? code : jx_xlsx_builtin_format(k)));
    }
    xmlFreeDoc(doc);
}

/* ------------------------------------------------------------ sheets */

typedef struct {
    int row, col;
    char *text;
} raw_cell;

typedef struct {
    int r0, c0, r1, c1;
} range;

/* "AB12" (or "$AB$12") → column 27, row 11 (0-based); FALSE when it is no
 * reference within Excel's limits. */
static gboolean parse_ref(const char *s, int *row, int *col)
{
    long c = 0, r = 0;
    const char *p = s;
    while (*p == '$')
        p++;
    for (; g_ascii_isalpha(*p); p++) {
        c = c * 26 + (g_ascii_toupper(*p) - 'A' + 1);
        if (c > 16384)
            return FALSE;
    }
    while (*p == '$')
        p++;
    for (; g_ascii_isdigit(*p); p++) {
        r = r * 10 + (*p - '0');
        if (r > 1048576)
            return FALSE;
    }
    if (*p || c == 0 || r == 0)
        return FALSE;
    *row = (int)r - 1;
    *col = (int)c - 1;
    return TRUE;
}

/* The text a cell shows. */
static char *cell_text(const workbook *wb, const char *type, int style, const char *v,
                       const char *inline_text)
{
    if (type && strcmp(type, "inlineStr") == 0)
        return g_strdup(inline_text ? inline_text : "");
    if (!v)
        return g_strdup("");
    if (type && strcmp(type, "s") == 0) {
        char *end;
        long i = strtol(v, &end, 10);
        if (end != v && i >= 0 && i < (long)wb->strings->len)
            return g_strdup(g_ptr_array_index(wb->strings, i));
        return g_strdup("");
    }
    if (type && strcmp(type, "b") == 0)
        return g_strdup(strcmp(v, "0") == 0 ? "FALSE" : "TRUE");
    if (type && (strcmp(type, "str") == 0 || strcmp(type, "e") == 0 || strcmp(type, "d") == 0))
        return unescape_xstring(v);
    /* a number ("n" or no type) */
    char *end;
    double x = g_ascii_strtod(v, &end);
    if (end == v)
        return g_strdup(v);
    const char *code = style >= 0 && style < (int)wb->formats->len
                           ? g_ptr_array_index(wb->formats, style)
                           : NULL;
    if (code && strcmp(code, "@") == 0)
        code = NULL; /* a number in a text cell shows as General */
    return jx_xlsx_format_number(x, code, wb->date1904);
}

typedef struct {
    GArray *cells;  /* raw_cell */
    GArray *merges; /* range */
} sheet_data;

static char *reader_attr(xmlTextReaderPtr rd, const char *name)
{
    xmlChar *v = xmlTextReaderGetAttribute(rd, (const xmlChar *)name);
    char *s = v ? g_strdup((const char *)v) : NULL;
    xmlFree(v);
    return s;
}

/* Streams the sheet part: its cells and merged ranges. */
static gboolean read_sheet(const workbook *wb, const char *xml, gsize n, const char *part,
                           sheet_data *sd, GError **error)
{
    xmlTextReaderPtr rd = xmlReaderForMemory(xml, (int)n, part, NULL,
                                             XML_PARSE_NONET | XML_PARSE_NOERROR |
                                                 XML_PARSE_NOWARNING);
    if (!rd) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT, "part %s cannot be read", part);
        return FALSE;
    }
    int row = -1, col = -1;
    char *type = NULL, *v = NULL;
    int style = -1;
    GString *text = NULL;   /* the element whose text is being collected */
    GString *inl = NULL;    /* an inline string's text */
    gboolean in_cell = FALSE, in_is = FALSE, in_rph = FALSE, got_sheet = FALSE;
    int ret;
    while ((ret = xmlTextReaderRead(rd)) == 1) {
        int kind = xmlTextReaderNodeType(rd);
        const char *name = (const char *)xmlTextReaderConstLocalName(rd);
        if (!name)
            continue;
        if (kind == XML_READER_TYPE_ELEMENT) {
            gboolean empty = xmlTextReaderIsEmptyElement(rd);
            if (strcmp(name, "worksheet") == 0 || strcmp(name, "sheetData") == 0) {
                got_sheet = TRUE;
            } else if (strcmp(name, "row") == 0) {
                char *r = reader_attr(rd, "r");
                long rr = r ? strtol(r, NULL, 10) : 0;
                row = rr >= 1 && rr <= 1048576 ? (int)rr - 1 : row + 1;
                col = -1;
                g_free(r);
            } else if (strcmp(name, "c") == 0) {
                char *r = reader_attr(rd, "r"), *s = reader_attr(rd, "s");
                int rr = row < 0 ? 0 : row, cc = col + 1;
                if (r && parse_ref(r, &rr, &cc))
                    row = rr;
                col = cc;
                g_free(type);
                type = reader_attr(rd, "t");
                style = s ? atoi(s) : -1;
                g_free(r);
                g_free(s);
                g_free(v);
                v = NULL;
                if (inl)
                    g_string_free(inl, TRUE);
                inl = NULL;
                in_cell = !empty;
                if (empty) {
                    g_free(type);
                    type = NULL;
                }
            } else if (in_cell && strcmp(name, "v") == 0 && !empty) {
                text = g_string_new(NULL);
            } else if (in_cell && strcmp(name, "is") == 0 && !empty) {
                in_is = TRUE;
                inl = g_string_new(NULL);
            } else if (in_is && strcmp(name, "rPh") == 0 && !empty) {
                in_rph = TRUE;
            } else if (in_is && !in_rph && strcmp(name, "t") == 0 && !empty) {
                text = g_string_new(NULL);
            } else if (strcmp(name, "mergeCell") == 0) {
                char *ref = reader_attr(rd, "ref");
                char **ends = ref ? g_strsplit(ref, ":", 2) : NULL;
                range m;
                if (ends && ends[0] && parse_ref(ends[0], &m.r0, &m.c0)) {
                    if (!ends[1] || !parse_ref(ends[1], &m.r1, &m.c1)) {
                        m.r1 = m.r0;
                        m.c1 = m.c0;
                    }
                    if (m.r1 < m.r0) { int t = m.r0; m.r0 = m.r1; m.r1 = t; }
                    if (m.c1 < m.c0) { int t = m.c0; m.c0 = m.c1; m.c1 = t; }
                    g_array_append_val(sd->merges, m);
                }
                g_strfreev(ends);
                g_free(ref);
            }
        } else if (kind == XML_READER_TYPE_TEXT || kind == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
                   kind == XML_READER_TYPE_WHITESPACE || kind == XML_READER_TYPE_CDATA) {
            if (text) {
                const char *val = (const char *)xmlTextReaderConstValue(rd);
                if (val)
                    g_string_append(text, val);
            }
        } else if (kind == XML_READER_TYPE_END_ELEMENT) {
            if (strcmp(name, "v") == 0 && text && in_cell && !in_is) {
                g_free(v);
                v = g_string_free(text, FALSE);
                text = NULL;
            } else if (strcmp(name, "t") == 0 && text && in_is) {
                g_string_append(inl, text->str);
                g_string_free(text, TRUE);
                text = NULL;
            } else if (strcmp(name, "rPh") == 0) {
                in_rph = FALSE;
            } else if (strcmp(name, "is") == 0) {
                in_is = FALSE;
            } else if (strcmp(name, "c") == 0 && in_cell) {
                char *inline_text = inl ? unescape_xstring(inl->str) : NULL;
                char *t = cell_text(wb, type, style, v, inline_text);
                g_free(inline_text);
                if (*t) {
                    raw_cell rc = {row < 0 ? 0 : row, col, t};
                    g_array_append_val(sd->cells, rc);
                } else {
                    g_free(t);
                }
                in_cell = FALSE;
            }
        }
    }
    if (text)
        g_string_free(text, TRUE);
    if (inl)
        g_string_free(inl, TRUE);
    g_free(type);
    g_free(v);
    xmlFreeTextReader(rd);
    if (ret != 0 || !got_sheet) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT,
                    "part %s is not a well-formed worksheet; save the workbook again from "
                    "Excel or WPS", part);
        return FALSE;
    }
    return TRUE;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int cmp_cell(const void *a, const void *b)
{
    const raw_cell *x = a, *y = b;
    if (x->row != y->row)
        return (x->row > y->row) - (x->row < y->row);
    return (x->col > y->col) - (x->col < y->col);
}

/* Maps the used row (column) indexes to compact ones: a run of unused ones
 * between two used becomes one, those before the first go (compact_of). */
typedef struct {
    GArray *used;   /* int, sorted, distinct */
    GArray *mapped; /* int per used */
} compaction;

static void compaction_init(compaction *cp, GArray *values)
{
    g_array_sort(values, cmp_int);
    cp->used = g_array_new(FALSE, FALSE, sizeof(int));
    cp->mapped = g_array_new(FALSE, FALSE, sizeof(int));
    int next = 0;
    for (guint i = 0; i < values->len; i++) {
        int x = g_array_index(values, int, i);
        if (cp->used->len && g_array_index(cp->used, int, cp->used->len - 1) == x)
            continue;
        if (cp->used->len && x - g_array_index(cp->used, int, cp->used->len - 1) >= 2)
            next++; /* the empty run between them */
        g_array_append_val(cp->used, x);
        g_array_append_val(cp->mapped, next);
        next++;
    }
}

/* The compact index of the last kept position at or before x, plus one
 * when x lies in an empty run after it (the run's one kept position). */
static int compact_of(const compaction *cp, int x)
{
    guint lo = 0, hi = cp->used->len;
    while (lo < hi) { /* first used > x */
        guint mid = (lo + hi) / 2;
        if (g_array_index(cp->used, int, mid) <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return -1;
    int u = g_array_index(cp->used, int, lo - 1), m = g_array_index(cp->mapped, int, lo - 1);
    return u == x ? m : m + 1;
}

static void compaction_free(compaction *cp)
{
    g_array_free(cp->used, TRUE);
    g_array_free(cp->mapped, TRUE);
}

/* How many cell-in-range checks hiding covered cells may cost: a hostile
 * sheet of many large ranges over many cells then shows some it would hide. */
#define HIDE_BUDGET 20000000

/* The indexes (in sd->cells, sorted) of the cells inside another cell's
 * merged range, which Excel does not show: a set of gint64 kept in *keys. */
static GHashTable *hidden_cells(const sheet_data *sd, GArray **keys)
{
    GHashTable *set = g_hash_table_new(g_int64_hash, g_int64_equal);
    *keys = g_array_new(FALSE, FALSE, sizeof(gint64));
    GArray *found = *keys;
    gint64 budget = HIDE_BUDGET;
    guint n = sd->cells->len;
    for (guint i = 0; i < sd->merges->len && budget > 0; i++) {
        const range *m = &g_array_index(sd->merges, range, i);
        /* the cells in rows r0..r1: from the first at or after (r0, c0) */
        guint lo = 0, hi = n;
        while (lo < hi) {
            guint mid = (lo + hi) / 2;
            const raw_cell *rc = &g_array_index(sd->cells, raw_cell, mid);
            if (rc->row < m->r0 || (rc->row == m->r0 && rc->col < m->c0))
                lo = mid + 1;
            else
                hi = mid;
        }
        for (guint j = lo; j < n && budget > 0; j++, budget--) {
            const raw_cell *rc = &g_array_index(sd->cells, raw_cell, j);
            if (rc->row > m->r1)
                break;
            if (rc->col >= m->c0 && rc->col <= m->c1 && (rc->row != m->r0 || rc->col != m->c0)) {
                gint64 k = j;
                g_array_append_val(found, k);
            }
        }
    }
    for (guint i = 0; i < found->len; i++)
        g_hash_table_add(set, &g_array_index(found, gint64, i));
    return set;
}

/* Lays the sheet out as one grid (see the top of the file). */
static void emit_sheet(jx_source *src, sheet_data *sd, gsize *cut, gsize *wide)
{
    if (sd->cells->len == 0)
        return;
    g_array_sort(sd->cells, cmp_cell);
    GArray *rows = g_array_new(FALSE, FALSE, sizeof(int)), *cols = g_array_new(FALSE, FALSE, sizeof(int));
    for (guint i = 0; i < sd->cells->len; i++) {
        const raw_cell *rc = &g_array_index(sd->cells, raw_cell, i);
        g_array_append_val(rows, rc->row);
        g_array_append_val(cols, rc->col);
    }
    compaction cr, cc;
    compaction_init(&cr, rows);
    compaction_init(&cc, cols);
    int n_rows = g_array_index(cr.mapped, int, cr.mapped->len - 1) + 1;
    int n_cols = g_array_index(cc.mapped, int, cc.mapped->len - 1) + 1;
    /* merged ranges by their top-left cell */
    GHashTable *merge_at = g_hash_table_new(g_int64_hash, g_int64_equal);
    GArray *keys = g_array_sized_new(FALSE, FALSE, sizeof(gint64), sd->merges->len);
    g_array_set_size(keys, sd->merges->len);
    for (guint i = 0; i < sd->merges->len; i++) {
        const range *m = &g_array_index(sd->merges, range, i);
        gint64 *k = &g_array_index(keys, gint64, i);
        *k = (gint64)m->r0 << 32 | (guint32)m->c0;
        g_hash_table_insert(merge_at, k, (gpointer)m);
    }
    GArray *hidden, *cells = g_array_new(FALSE, FALSE, sizeof(jx_office_cell));
    GHashTable *hidden_at = hidden_cells(sd, &hidden);
    for (guint i = 0; i < sd->cells->len; i++) {
        raw_cell *rc = &g_array_index(sd->cells, raw_cell, i);
        int r = compact_of(&cr, rc->row), c = compact_of(&cc, rc->col);
        int rs = 1, cs = 1;
        gint64 k = (gint64)rc->row << 32 | (guint32)rc->col;
        const range *m = g_hash_table_lookup(merge_at, &k);
        if (m) {
            rs = MIN(compact_of(&cr, m->r1), n_rows - 1) - r + 1;
            cs = MIN(compact_of(&cc, m->c1), n_cols - 1) - c + 1;
        }
        /* a cell inside another's merged range is hidden by Excel; so here */
        gint64 self = i;
        if (c >= MAX_COLS || g_hash_table_contains(hidden_at, &self)) {
            *wide += c >= MAX_COLS;
            g_free(rc->text);
            continue;
        }
        cs = MAX(1, MIN(cs, MAX_COLS - c));
        jx_office_cell oc = {r, c, MAX(rs, 1), cs, rc->text};
        g_array_append_val(cells, oc);
    }
    g_array_set_size(sd->cells, 0);
    jx_office_emit_table(src, cells, n_rows, cut);
    g_hash_table_unref(hidden_at);
    g_array_free(hidden, TRUE);
    g_array_free(cells, TRUE);
    g_hash_table_unref(merge_at);
    g_array_free(keys, TRUE);
    compaction_free(&cr);
    compaction_free(&cc);
    g_array_free(rows, TRUE);
    g_array_free(cols, TRUE);
}

/* ------------------------------------------------------------ workbook */

typedef struct {
    char *name, *part;
    gboolean hidden;
} sheet_ref;

gboolean jx_xlsx_read(jx_source *src, const guint8 *data, gsize len, GError **error)
{
    jx_zip *z = jx_zip_open(data, len, error);
    if (!z)
        return FALSE;
    gboolean ok = FALSE;
    char *book = jx_ooxml_main_part(z, "xl/workbook.xml");
    char *dir = g_path_get_dirname(book);
    if (strcmp(dir, ".") == 0) {
        g_free(dir);
        dir = g_strdup("");
    }
    char *base = *dir ? g_strconcat(dir, "/", NULL) : g_strdup("");
    char *rels_part = g_strdup_printf("%s_rels/%s.rels", base, book + strlen(base));
    GHashTable *rels = jx_ooxml_rels(z, rels_part, base, NULL);
    GHashTable *typed_ss = jx_ooxml_rels(z, rels_part, base, "/sharedStrings");
    GHashTable *typed_st = jx_ooxml_rels(z, rels_part, base, "/styles");
    workbook wb = {
        .strings = g_ptr_array_new_with_free_func(g_free),
        .formats = g_ptr_array_new(),
        .codes = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free),
    };
    GArray *sheets = g_array_new(FALSE, TRUE, sizeof(sheet_ref));
    xmlDoc *doc = NULL;
    gsize n = 0;
    char *xml = jx_zip_read(z, book, &n, error);
    if (!xml)
        goto out;
    doc = jx_xml_parse(xml, n, book, error);
    g_free(xml);
    if (!doc)
        goto out;
    const xmlNode *root = xmlDocGetRootElement(doc);
    const xmlNode *pr = jx_xml_child(root, S, "workbookPr");
    char *d1904 = pr ? jx_xml_attr(pr, "date1904") : NULL;
    wb.date1904 = d1904 && (strcmp(d1904, "1") == 0 || g_ascii_strcasecmp(d1904, "true") == 0);
    g_free(d1904);
    const xmlNode *list = jx_xml_child(root, S, "sheets");
    if (!list) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT,
                    "part %s lists no sheets; save the workbook again from Excel or WPS", book);
        goto out;
    }
    int k = 0;
    for (const xmlNode *s = list->children; s; s = s->next) {
        if (!jx_xml_is(s, S, "sheet"))
            continue;
        k++;
        char *id = jx_xml_attr(s, "id"), *state = jx_xml_attr(s, "state");
        const char *target = id ? g_hash_table_lookup(rels, id) : NULL;
        sheet_ref sr = {jx_xml_attr(s, "name"),
                        target ? g_strdup(target)
                               : g_strdup_printf("%sworksheets/sheet%d.xml", base, k),
                        state && strcmp(state, "visible") != 0};
        if (!sr.name)
            sr.name = g_strdup_printf("Sheet%d", k);
        g_array_append_val(sheets, sr);
        g_free(id);
        g_free(state);
    }
    /* the strings and styles parts: by relationship, else where Excel puts them */
    GHashTableIter it;
    gpointer key, val;
    char *ss = NULL, *st = NULL;
    g_hash_table_iter_init(&it, typed_ss);
    if (g_hash_table_iter_next(&it, &key, &val))
        ss = g_strdup(val);
    g_hash_table_iter_init(&it, typed_st);
    if (g_hash_table_iter_next(&it, &key, &val))
        st = g_strdup(val);
    if (!ss)
        ss = g_strconcat(base, "sharedStrings.xml", NULL);
    if (!st)
        st = g_strconcat(base, "styles.xml", NULL);
    gboolean strings_ok = read_shared_strings(z, ss, &wb, error);
    g_free(ss);
    if (!strings_ok) {
        g_free(st);
        goto out;
    }
    read_styles(z, st, &wb);
    g_free(st);

    gsize cut = 0, wide = 0;
    GPtrArray *read = g_ptr_array_new();
    GPtrArray *hidden = g_ptr_array_new();
    for (guint i = 0; i < sheets->len; i++) {
        sheet_ref *sr = &g_array_index(sheets, sheet_ref, i);
        if (sr->hidden) {
            g_ptr_array_add(hidden, sr->name);
            continue;
        }
        if (!jx_zip_has(z, sr->part))
            continue; /* a chart sheet or a dangling reference: no cells */
        GError *local = NULL;
        char *sx = jx_zip_read(z, sr->part, &n, &local);
        sheet_data sd = {g_array_new(FALSE, FALSE, sizeof(raw_cell)),
                         g_array_new(FALSE, FALSE, sizeof(range))};
        gboolean sheet_ok = sx && read_sheet(&wb, sx, n, sr->part, &sd, &local);
        g_free(sx);
        if (!sheet_ok) {
            for (guint c = 0; c < sd.cells->len; c++)
                g_free(g_array_index(sd.cells, raw_cell, c).text);
            g_array_free(sd.cells, TRUE);
            g_array_free(sd.merges, TRUE);
            g_ptr_array_free(read, TRUE);
            g_ptr_array_free(hidden, TRUE);
            g_propagate_prefixed_error(error, local, "sheet \"%s\": ", sr->name);
            goto out;
        }
        if (sd.cells->len)
            g_ptr_array_add(read, sr->name);
        emit_sheet(src, &sd, &cut, &wide);
        g_array_free(sd.cells, TRUE);
        g_array_free(sd.merges, TRUE);
    }
    if (read->len > 1) {
        GString *w = g_string_new("workbook of several sheets, read in this order:");
        for (guint i = 0; i < read->len; i++)
            g_string_append_printf(w, "%s \"%s\"", i ? "," : "", (char *)read->pdata[i]);
        jx_source_add_warning(src, "%s", w->str);
        g_string_free(w, TRUE);
    }
    if (hidden->len) {
        GString *w = g_string_new("hidden sheet(s) not read:");
        for (guint i = 0; i < hidden->len; i++)
            g_string_append_printf(w, "%s \"%s\"", i ? "," : "", (char *)hidden->pdata[i]);
        jx_source_add_warning(src, "%s", w->str);
        g_string_free(w, TRUE);
    }
    if (wide)
        jx_source_add_warning(src, "%" G_GSIZE_FORMAT " cell(s) beyond column %d were dropped",
                              wide, MAX_COLS);
    if (cut)
        jx_source_add_warning(src, "%" G_GSIZE_FORMAT " very sparse sheet(s) were cut into "
                              "several grids", cut);
    g_ptr_array_free(read, TRUE);
    g_ptr_array_free(hidden, TRUE);
    ok = TRUE;
out:
    if (doc)
        xmlFreeDoc(doc);
    for (guint i = 0; i < sheets->len; i++) {
        g_free(g_array_index(sheets, sheet_ref, i).name);
        g_free(g_array_index(sheets, sheet_ref, i).part);
    }
    g_array_free(sheets, TRUE);
    g_ptr_array_unref(wb.strings);
    g_ptr_array_unref(wb.formats);
    g_hash_table_unref(wb.codes);
    g_hash_table_unref(rels);
    g_hash_table_unref(typed_ss);
    g_hash_table_unref(typed_st);
    g_free(rels_part);
    g_free(base);
    g_free(dir);
    g_free(book);
    jx_zip_free(z);
    return ok;
}
