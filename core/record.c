/*
 * record.c — canonical records as ordered JSON objects (json-glib keeps the
 * order in which members were added, which gives "type" first).
 */
#include "core.h"

struct jx_record {
    JsonObject *obj;
    GHashTable *subs; /* key → jx_record* views of nested objects, built on demand */
};

struct jx_record_list {
    GPtrArray *items; /* owns jx_record* */
};

static jx_record *record_wrap(JsonObject *obj)
{
    jx_record *rec = g_new0(jx_record, 1);
    rec->obj = json_object_ref(obj);
    return rec;
}

jx_record *jx_record_new(const char *type)
{
    JsonObject *obj = json_object_new();
    jx_record *rec = record_wrap(obj);
    json_object_unref(obj);
    if (type)
        json_object_set_string_member(rec->obj, "type", type);
    return rec;
}

void jx_record_free(jx_record *rec)
{
    if (!rec)
        return;
    if (rec->subs)
        g_hash_table_unref(rec->subs);
    json_object_unref(rec->obj);
    g_free(rec);
}

JsonObject *jx_record_json(const jx_record *rec) { return rec->obj; }

static void forget_sub(jx_record *rec, const char *key)
{
    if (rec->subs)
        g_hash_table_remove(rec->subs, key);
}

/* json_object_set_member keeps a replaced member at its first position. */
void jx_record_set_string(jx_record *rec, const char *key, const char *value)
{
    forget_sub(rec, key);
    if (value)
        json_object_set_string_member(rec->obj, key, value);
    else
        json_object_set_null_member(rec->obj, key);
}

void jx_record_set_int(jx_record *rec, const char *key, gint64 value)
{
    forget_sub(rec, key);
    json_object_set_int_member(rec->obj, key, value);
}

void jx_record_set_null(jx_record *rec, const char *key)
{
    forget_sub(rec, key);
    json_object_set_null_member(rec->obj, key);
}

void jx_record_set_record(jx_record *rec, const char *key, jx_record *sub)
{
    forget_sub(rec, key);
    if (!sub) {
        json_object_set_null_member(rec->obj, key);
        return;
    }
    json_object_set_object_member(rec->obj, key, json_object_ref(sub->obj));
    jx_record_free(sub);
}

void jx_record_set_list(jx_record *rec, const char *key, const GPtrArray *values)
{
    forget_sub(rec, key);
    if (!values) {
        json_object_set_null_member(rec->obj, key);
        return;
    }
    JsonArray *arr = json_array_sized_new(values->len);
    for (guint i = 0; i < values->len; i++) {
        const char *s = g_ptr_array_index((GPtrArray *)values, i);
        if (s)
            json_array_add_string_element(arr, s);
    }
    json_object_set_array_member(rec->obj, key, arr);
}

const char *jx_record_type(const jx_record *rec)
{
    return jx_record_get_string(rec, "type");
}

gboolean jx_record_has(const jx_record *rec, const char *key)
{
    return rec && key && json_object_has_member(rec->obj, key);
}

static JsonNode *member(const jx_record *rec, const char *key)
{
    if (!rec || !key)
        return NULL;
    return json_object_get_member(rec->obj, key);
}

const char *jx_record_get_string(const jx_record *rec, const char *key)
{
    JsonNode *node = member(rec, key);
    if (!node || JSON_NODE_TYPE(node) != JSON_NODE_VALUE ||
        json_node_get_value_type(node) != G_TYPE_STRING)
        return NULL;
    return json_node_get_string(node);
}

gint64 jx_record_get_int(const jx_record *rec, const char *key, gint64 fallback)
{
    JsonNode *node = member(rec, key);
    if (!node || JSON_NODE_TYPE(node) != JSON_NODE_VALUE ||
        json_node_get_value_type(node) != G_TYPE_INT64)
        return fallback;
    return json_node_get_int(node);
}

const jx_record *jx_record_get_record(const jx_record *rec, const char *key)
{
    JsonNode *node = member(rec, key);
    if (!node || JSON_NODE_TYPE(node) != JSON_NODE_OBJECT)
        return NULL;
    jx_record *self = (jx_record *)rec;
    if (!self->subs)
        self->subs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify)jx_record_free);
    jx_record *sub = g_hash_table_lookup(self->subs, key);
    if (!sub) {
        sub = record_wrap(json_node_get_object(node));
        g_hash_table_insert(self->subs, g_strdup(key), sub);
    }
    return sub;
}

char **jx_record_get_strv(const jx_record *rec, const char *key)
{
    JsonNode *node = member(rec, key);
    if (!node || JSON_NODE_TYPE(node) != JSON_NODE_ARRAY)
        return NULL;
    JsonArray *arr = json_node_get_array(node);
    GStrvBuilder *b = g_strv_builder_new();
    for (guint i = 0; i < json_array_get_length(arr); i++) {
        JsonNode *el = json_array_get_element(arr, i);
        if (JSON_NODE_TYPE(el) == JSON_NODE_VALUE &&
            json_node_get_value_type(el) == G_TYPE_STRING)
            g_strv_builder_add(b, json_node_get_string(el));
    }
    char **v = g_strv_builder_end(b);
    g_strv_builder_unref(b);
    return v;
}

char **jx_record_keys(const jx_record *rec)
{
    GList *members = json_object_get_members(rec->obj);
    GStrvBuilder *b = g_strv_builder_new();
    for (GList *l = members; l; l = l->next)
        g_strv_builder_add(b, l->data);
    g_list_free(members);
    char **v = g_strv_builder_end(b);
    g_strv_builder_unref(b);
    return v;
}

char *jx_record_to_json(const jx_record *rec)
{
    JsonNode *root = json_node_new(JSON_NODE_OBJECT);
    json_node_set_object(root, rec->obj);
    JsonGenerator *gen = json_generator_new();
    json_generator_set_root(gen, root);
    char *s = json_generator_to_data(gen, NULL);
    g_object_unref(gen);
    json_node_unref(root);
    return s;
}

char *jx_record_get_text(const jx_record *rec, const char *key)
{
    JsonNode *node = member(rec, key);
    if (!node || JSON_NODE_HOLDS_NULL(node))
        return g_strdup("");
    switch (JSON_NODE_TYPE(node)) {
    case JSON_NODE_VALUE: {
        GType t = json_node_get_value_type(node);
        if (t == G_TYPE_STRING)
            return g_strdup(json_node_get_string(node));
        if (t == G_TYPE_INT64)
            return g_strdup_printf("%" G_GINT64_FORMAT, json_node_get_int(node));
        if (t == G_TYPE_BOOLEAN)
            return g_strdup(json_node_get_boolean(node) ? "true" : "false");
        if (t == G_TYPE_DOUBLE)
            return g_strdup_printf("%.17g", json_node_get_double(node));
        return g_strdup("");
    }
    case JSON_NODE_ARRAY: {
        char **v = jx_record_get_strv(rec, key);
        char *s = g_strjoinv(";", v);
        g_strfreev(v);
        return s;
    }
    case JSON_NODE_OBJECT: {
        JsonGenerator *gen = json_generator_new();
        json_generator_set_root(gen, node);
        char *s = json_generator_to_data(gen, NULL);
        g_object_unref(gen);
        return s;
    }
    default:
        return g_strdup("");
    }
}

jx_record_list *jx_record_list_new(void)
{
    jx_record_list *list = g_new0(jx_record_list, 1);
    list->items = g_ptr_array_new_with_free_func((GDestroyNotify)jx_record_free);
    return list;
}

void jx_record_list_append(jx_record_list *list, jx_record *rec)
{
    g_ptr_array_add(list->items, rec);
}

guint jx_record_list_length(const jx_record_list *list) { return list ? list->items->len : 0; }

const jx_record *jx_record_list_get(const jx_record_list *list, guint i)
{
    if (!list || i >= list->items->len)
        return NULL;
    return g_ptr_array_index(list->items, i);
}

void jx_record_list_free(jx_record_list *list)
{
    if (!list)
        return;
    g_ptr_array_unref(list->items);
    g_free(list);
}
