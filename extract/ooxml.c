/*
 * ooxml.c — what the Office readers share: parsing a package's XML safely,
 * finding its main part, and handing a laid out table to the source as
 * grids.  Which reader a file goes to is officekind.c's.
 */
#include "extract/office.h"
#include "extract/splitter.h"

#include <libxml/parser.h>
#include <string.h>

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
