/*
 * json_read.c — one line of record JSON back into a jx_record: what the
 * importer reads from its worker processes.  The inverse of
 * jx_record_append_json: strings, integers, null, lists of strings and
 * nested objects; every key must be a key of the contract.
 */
#include "store/store.h"

#include <json-glib/json-glib.h>

static gboolean fill(jx_record *rec, JsonObject *obj, GError **error);

static gboolean bad(GError **error, const char *key, const char *why)
{
    g_set_error(error, JX_ERROR, JX_ERROR_FORMAT, "record key \"%s\": %s", key, why);
    return FALSE;
}

static gboolean set_value(jx_record *rec, jx_field field, const char *key, JsonNode *node,
                          GError **error)
{
    switch (json_node_get_node_type(node)) {
    case JSON_NODE_NULL: jx_record_set_null(rec, field); return TRUE;
    case JSON_NODE_VALUE:
        if (json_node_get_value_type(node) == G_TYPE_STRING)
            jx_record_set_string(rec, field, json_node_get_string(node));
        else if (json_node_get_value_type(node) == G_TYPE_INT64)
            jx_record_set_int(rec, field, json_node_get_int(node));
        else
            return bad(error, key, "numbers in records are decimal strings or integers");
        return TRUE;
    case JSON_NODE_ARRAY: {
        JsonArray *a = json_node_get_array(node);
        GPtrArray *items = g_ptr_array_new();
        for (guint i = 0; i < json_array_get_length(a); i++) {
            JsonNode *el = json_array_get_element(a, i);
            if (!JSON_NODE_HOLDS_VALUE(el) || json_node_get_value_type(el) != G_TYPE_STRING) {
                g_ptr_array_unref(items);
                return bad(error, key, "a list holds strings only");
            }
            g_ptr_array_add(items, (gpointer)json_node_get_string(el));
        }
        jx_record_set_list(rec, field, items);
        g_ptr_array_unref(items);
        return TRUE;
    }
    case JSON_NODE_OBJECT: {
        jx_record *sub = jx_record_new(JX_RECORD_VALUE);
        if (!fill(sub, json_node_get_object(node), error)) {
            jx_record_free(sub);
            return FALSE;
        }
        jx_record_set_record(rec, field, sub);
        return TRUE;
    }
    }
    return bad(error, key, "unexpected value");
}

static gboolean fill(jx_record *rec, JsonObject *obj, GError **error)
{
    GList *members = json_object_get_members(obj); /* in the order of the line */
    gboolean ok = TRUE;
    for (GList *m = members; m && ok; m = m->next) {
        const char *key = m->data;
        jx_field field;
        if (!jx_field_from_name(key, &field))
            ok = bad(error, key, "not a key of the record contract");
        else if (field != JX_F_TYPE)
            ok = set_value(rec, field, key, json_object_get_member(obj, key), error);
    }
    g_list_free(members);
    return ok;
}

jx_record *jx_record_from_json(const char *line, gssize len, GError **error)
{
    JsonParser *parser = json_parser_new_immutable();
    GError *e = NULL;
    jx_record *rec = NULL;
    if (!json_parser_load_from_data(parser, line, len, &e)) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT, "not a JSON record: %s", e->message);
        g_error_free(e);
        goto out;
    }
    JsonNode *root = json_parser_get_root(parser);
    JsonObject *obj = root && JSON_NODE_HOLDS_OBJECT(root) ? json_node_get_object(root) : NULL;
    const char *type = obj ? json_object_get_string_member_with_default(obj, "type", NULL) : NULL;
    jx_record_kind kind = JX_RECORD_VALUE;
    for (int k = JX_RECORD_DOCUMENT; type && k < JX_RECORD_VALUE; k++)
        if (g_strcmp0(jx_record_kind_name((jx_record_kind)k), type) == 0)
            kind = (jx_record_kind)k;
    if (kind == JX_RECORD_VALUE) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT,
                    "not a record: an object with a known \"type\" is expected");
        goto out;
    }
    rec = jx_record_new(kind);
    if (!fill(rec, obj, error)) {
        jx_record_free(rec);
        rec = NULL;
    }
out:
    g_object_unref(parser);
    return rec;
}
