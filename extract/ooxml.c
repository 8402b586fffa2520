/*
 * ooxml.c — what the Office readers share: telling an Office file by its
 * content (not its name), parsing a package's XML safely, and handing a laid
 * out table to the source as grids.
 */
#include "extract/office.h"
#include "extract/splitter.h"

#include <libxml/parser.h>
#include <string.h>

/* ------------------------------------------------------------ detection */

static const guint8 ole_magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

/* TRUE when the compound file has a directory entry named `name` (ASCII).
 * Entries are 128 bytes, name first in UTF-16LE, its byte length with the
 * terminator at offset 64; sectors start at multiples of 512 after the
 * header, so every entry starts at a multiple of 128.  Checking the
 * alignment and the length field too keeps text that merely mentions the
 * name (a .doc's own UTF-16 text) from counting. */
static gboolean ole_has_entry(const guint8 *data, gsize len, const char *name)
{
    gsize n = strlen(name);
    guint8 pat[64];
    for (gsize i = 0; i < n; i++) {
        pat[2 * i] = (guint8)name[i];
        pat[2 * i + 1] = 0;
    }
    pat[2 * n] = pat[2 * n + 1] = 0; /* the terminator ends the name */
    for (gsize p = 512; p + 128 <= len; p += 128) {
        if (memcmp(data + p, pat, 2 * n + 2) != 0)
            continue;
        guint16 name_len = (guint16)(data[p + 64] | (data[p + 65] << 8));
        if (name_len == 2 * n + 2)
            return TRUE;
    }
    return FALSE;
}

/* The kind a package's [Content_Types].xml gives its main part: the content
 * type ending in ".main+xml" names it (…wordprocessingml.document.main+xml,
 * …spreadsheetml.sheet.main+xml, the macro-enabled and template ones). */
static jx_office_kind kind_of_content_types(const char *xml)
{
    for (const char *p = xml; (p = strstr(p, "ContentType=")); p++) {
        const char *v = p + strlen("ContentType=");
        char q = *v;
        if (q != '"' && q != '\'')
            continue;
        const char *end = strchr(v + 1, q);
        if (!end)
            break;
        char *type = g_ascii_strdown(v + 1, end - v - 1);
        jx_office_kind k = JX_OFFICE_NONE;
        if (g_str_has_suffix(type, ".main+xml")) {
            if (strstr(type, "wordprocessingml") || strstr(type, "ms-word"))
                k = JX_OFFICE_DOCX;
            else if (strstr(type, "spreadsheetml") || strstr(type, "ms-excel"))
                k = JX_OFFICE_XLSX;
        }
        g_free(type);
        if (k != JX_OFFICE_NONE)
            return k;
    }
    return JX_OFFICE_NONE;
}

jx_office_kind jx_office_sniff(const guint8 *data, gsize len)
{
    if (len >= 8 && memcmp(data, ole_magic, 8) == 0) {
        /* an encrypted .docx/.xlsx is an OLE container holding the package */
        if (ole_has_entry(data, len, "EncryptedPackage") ||
            ole_has_entry(data, len, "EncryptionInfo"))
            return JX_OFFICE_ENCRYPTED;
        /* checked first: a .doc embedding a spreadsheet holds a Workbook too */
        if (ole_has_entry(data, len, "WordDocument"))
            return JX_OFFICE_DOC;
        if (ole_has_entry(data, len, "Workbook") || ole_has_entry(data, len, "Book"))
            return JX_OFFICE_XLS;
        return JX_OFFICE_OLE;
    }
    /* RTF: what Word saves as "Word 97-2003" on many sites, and many a .doc
     * is one; LibreOffice reads it as it reads a .doc */
    if (len >= 5 && memcmp(data, "{\\rtf", 5) == 0)
        return JX_OFFICE_DOC;
    if (len < 4 || memcmp(data, "PK\x03\x04", 4) != 0)
        return JX_OFFICE_NONE;
    jx_zip *z = jx_zip_open(data, len, NULL);
    if (!z)
        return JX_OFFICE_ZIP; /* a damaged zip: its reader says why */
    jx_office_kind kind = JX_OFFICE_NONE;
    char *types = jx_zip_read(z, "[Content_Types].xml", NULL, NULL);
    if (types)
        kind = kind_of_content_types(types);
    g_free(types);
    /* a package whose content types are missing or odd still has its usual parts */
    if (kind == JX_OFFICE_NONE && jx_zip_has(z, "word/document.xml"))
        kind = JX_OFFICE_DOCX;
    if (kind == JX_OFFICE_NONE && jx_zip_has(z, "xl/workbook.xml"))
        kind = JX_OFFICE_XLSX;
    jx_zip_free(z);
    return kind == JX_OFFICE_NONE ? JX_OFFICE_ZIP : kind;
}

const char *jx_office_format(jx_office_kind kind)
{
    switch (kind) {
    case JX_OFFICE_DOCX: return "docx";
    case JX_OFFICE_XLSX: return "xlsx";
    case JX_OFFICE_DOC: return "doc";
    case JX_OFFICE_XLS: return "xls";
    default: return NULL;
    }
}

gboolean jx_office_read(jx_source *src, jx_office_kind kind, const guint8 *data, gsize len,
                        GError **error)
{
    switch (kind) {
    case JX_OFFICE_DOCX:
        return jx_docx_read(src, data, len, error);
    case JX_OFFICE_XLSX:
        return jx_xlsx_read(src, data, len, error);
    case JX_OFFICE_DOC:
    case JX_OFFICE_XLS:
        return jx_office_convert_read(src, kind, data, len, error);
    case JX_OFFICE_ENCRYPTED:
        g_set_error(error, JX_ERROR, JX_ERROR_UNSUPPORTED,
                    "the Office document is protected by a password; open it in Word, Excel "
                    "or WPS, remove the password (save without encryption) and parse the copy");
        return FALSE;
    case JX_OFFICE_OLE:
        g_set_error(error, JX_ERROR, JX_ERROR_UNSUPPORTED,
                    "an OLE compound file that is neither a Word (.doc, .wps) nor an Excel "
                    "(.xls, .et) document; save it as .docx or .xlsx");
        return FALSE;
    case JX_OFFICE_ZIP: {
        /* tell a damaged package from a zip of something else */
        GError *local = NULL;
        jx_zip *z = jx_zip_open(data, len, &local);
        if (!z) {
            g_propagate_error(error, local);
            return FALSE;
        }
        jx_zip_free(z);
        g_set_error(error, JX_ERROR, JX_ERROR_UNSUPPORTED,
                    "a zip archive that is not a Word or Excel document (no word/document.xml "
                    "or xl/workbook.xml); unpack it and parse the files inside");
        return FALSE;
    }
    default:
        g_set_error(error, JX_ERROR, JX_ERROR_UNSUPPORTED, "not an Office document");
        return FALSE;
    }
}

/* ------------------------------------------------------------ XML */

xmlDoc *jx_xml_parse(const char *bytes, gsize len, const char *part, GError **error)
{
    if (len > G_MAXINT) {
        g_set_error(error, JX_ERROR, JX_ERROR_TOO_LARGE, "part %s is too large to parse", part);
        return NULL;
    }
    /* no XML_PARSE_NOENT (entities stay unexpanded), no DTD loading, no
     * network; libxml2's default limits on depth and expansion stay on */
    xmlDoc *doc = xmlReadMemory(bytes, (int)len, part, NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc || !xmlDocGetRootElement(doc)) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT,
                    "part %s is not well-formed XML; save the document again from Word, Excel "
                    "or WPS", part);
        if (doc)
            xmlFreeDoc(doc);
        return NULL;
    }
    return doc;
}

gboolean jx_xml_is(const xmlNode *n, const char *ns, const char *local)
{
    return n && n->type == XML_ELEMENT_NODE && n->name &&
           strcmp((const char *)n->name, local) == 0 &&
           (!ns || (n->ns && n->ns->href && strstr((const char *)n->ns->href, ns)));
}

char *jx_xml_attr(const xmlNode *n, const char *local)
{
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (a->name && strcmp((const char *)a->name, local) == 0) {
            xmlChar *v = xmlNodeGetContent((const xmlNode *)a);
            char *s = g_strdup(v ? (const char *)v : "");
            xmlFree(v);
            return s;
        }
    }
    return NULL;
}

xmlNode *jx_xml_child(const xmlNode *n, const char *ns, const char *local)
{
    for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (jx_xml_is(c, ns, local))
            return c;
    return NULL;
}

/* ------------------------------------------------------------ tables */

void jx_office_emit_table(jx_source *src, GArray *cells, int n_rows, gsize *cut)
{
    guint ci = 0;
    int first = 0;
    while (first < n_rows) {
        /* as many rows as the area guard allows (a real table: all of them) */
        int end = first;
        gsize n = 0, width = 0;
        guint cj = ci;
        while (end < n_rows) {
            gsize n2 = n, w2 = width;
            guint ck = cj;
            for (; ck < cells->len && g_array_index(cells, jx_office_cell, ck).row == end; ck++) {
                const jx_office_cell *oc = &g_array_index(cells, jx_office_cell, ck);
                w2 = MAX(w2, (gsize)(oc->col + oc->colspan));
                n2++;
            }
            if (end > first && !jx_split_area_ok((gsize)(end - first + 1), w2, n2))
                break;
            n = n2;
            width = w2;
            cj = ck;
            end++;
        }
        jx_grid *grid = jx_grid_new();
        for (int r = first; r < end; r++)
            jx_grid_set_row_origin(grid, r - first, 0, 0);
        for (; ci < cj; ci++) {
            jx_office_cell *oc = &g_array_index(cells, jx_office_cell, ci);
            jx_grid_add_cell(grid, oc->row - first, oc->col, MIN(oc->rowspan, end - oc->row),
                             oc->colspan, oc->text);
        }
        jx_source_add_grid(src, grid, 0, 0);
        if (end < n_rows && cut)
            (*cut)++;
        first = end;
    }
    for (guint i = 0; i < cells->len; i++)
        g_free(g_array_index(cells, jx_office_cell, i).text);
    g_array_set_size(cells, 0);
}

/* ------------------------------------------------------------ relationships */

/* `target` resolved against the folder `base` ("xl/"; "" for the root): an
 * absolute target starts at the package root, "../" climbs a folder. */
static char *resolve_target(const char *base, const char *target)
{
    if (target[0] == '/')
        return g_strdup(target + 1);
    char **parts = g_strsplit(base, "/", -1);
    GPtrArray *path = g_ptr_array_new();
    for (char **p = parts; *p; p++)
        if (**p)
            g_ptr_array_add(path, *p);
    char **tp = g_strsplit(target, "/", -1);
    for (char **p = tp; *p; p++) {
        if (strcmp(*p, "..") == 0) {
            if (path->len)
                g_ptr_array_set_size(path, path->len - 1);
        } else if (**p && strcmp(*p, ".") != 0) {
            g_ptr_array_add(path, *p);
        }
    }
    g_ptr_array_add(path, NULL);
    char *out = g_strjoinv("/", (char **)path->pdata);
    g_ptr_array_free(path, TRUE);
    g_strfreev(parts);
    g_strfreev(tp);
    return out;
}

GHashTable *jx_ooxml_rels(jx_zip *z, const char *rels_part, const char *base, const char *type_suffix)
{
    GHashTable *map = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    gsize n = 0;
    char *xml = jx_zip_read(z, rels_part, &n, NULL);
    xmlDoc *doc = xml ? jx_xml_parse(xml, n, rels_part, NULL) : NULL;
    g_free(xml);
    if (!doc)
        return map;
    for (const xmlNode *r = xmlDocGetRootElement(doc)->children; r; r = r->next) {
        if (!jx_xml_is(r, NULL, "Relationship"))
            continue;
        char *id = jx_xml_attr(r, "Id"), *target = jx_xml_attr(r, "Target");
        char *type = jx_xml_attr(r, "Type"), *mode = jx_xml_attr(r, "TargetMode");
        if (id && target && (!mode || strcmp(mode, "External") != 0) &&
            (!type_suffix || (type && g_str_has_suffix(type, type_suffix)))) {
            g_hash_table_replace(map, id, resolve_target(base, target));
            id = NULL;
        }
        g_free(id);
        g_free(target);
        g_free(type);
        g_free(mode);
    }
    xmlFreeDoc(doc);
    return map;
}

char *jx_ooxml_main_part(jx_zip *z, const char *fallback)
{
    GHashTable *rels = jx_ooxml_rels(z, "_rels/.rels", "", "/officeDocument");
    char *part = NULL;
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, rels);
    while (!part && g_hash_table_iter_next(&it, &k, &v))
        if (jx_zip_has(z, v))
            part = g_strdup(v);
    g_hash_table_unref(rels);
    return part ? part : g_strdup(fallback);
}
