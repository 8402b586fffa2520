/*
 * golden.c — expected-record comparison (see golden.h).
 */
#include "golden.h"

#include <stdarg.h>
#include <string.h>

#include "core/core.h"

#define MAX_REPORT_LINES 100
#define MAX_SHOWN 120

/* One comparison in progress. */
typedef struct {
    const char *label;
    GString *report;
    guint lines;   /* lines written to report */
    guint omitted; /* lines not written because of the cap */
    guint problems;
} cmp;

static void say(cmp *c, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

static void say(cmp *c, const char *fmt, ...)
{
    c->problems++;
    if (!c->report)
        return;
    if (c->lines >= MAX_REPORT_LINES) {
        c->omitted++;
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    g_string_append_printf(c->report, "%s: ", c->label);
    g_string_append_vprintf(c->report, fmt, ap);
    g_string_append_c(c->report, '\n');
    va_end(ap);
    c->lines++;
}

/* The string member `key` of `obj`, or `fallback` when absent or not a string. */
static const char *str_member(JsonObject *obj, const char *key, const char *fallback)
{
    JsonNode *node = json_object_get_member(obj, key);
    if (!node || !JSON_NODE_HOLDS_VALUE(node) || json_node_get_value_type(node) != G_TYPE_STRING)
        return fallback;
    return json_node_get_string(node);
}

/* Parses JSON Lines text into JsonObject* records; NULL with `error` naming NAME:LINE
 * of the first line that is not a JSON object with a string "type". */
GPtrArray *jx_golden_parse(const char *name, const char *text, gsize len, GError **error)
{
    GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify)json_object_unref);
    JsonParser *parser = json_parser_new();
    const char *p = text, *end = text + len;
    for (guint line = 1; p < end; line++) {
        const char *nl = memchr(p, '\n', (gsize)(end - p));
        const char *stop = nl ? nl : end;
        char *chunk = g_strndup(p, (gsize)(stop - p));
        p = nl ? nl + 1 : end;
        g_strstrip(chunk);
        if (!*chunk) {
            g_free(chunk);
            continue;
        }
        GError *perr = NULL;
        gboolean ok = json_parser_load_from_data(parser, chunk, -1, &perr);
        g_free(chunk);
        JsonNode *root = ok ? json_parser_get_root(parser) : NULL;
        if (!ok || !root || !JSON_NODE_HOLDS_OBJECT(root) ||
            !str_member(json_node_get_object(root), "type", NULL)) {
            g_set_error(error, JX_ERROR, JX_ERROR_FORMAT, "%s:%u: %s", name, line,
                        perr ? perr->message : "not a JSON object with a string \"type\"");
            g_clear_error(&perr);
            g_object_unref(parser);
            g_ptr_array_unref(out);
            return NULL;
        }
        g_ptr_array_add(out, json_object_ref(json_node_get_object(root)));
    }
    g_object_unref(parser);
    return out;
}

/* Reads `path` and parses it as jx_golden_parse does; NULL with `error` set. */
GPtrArray *jx_golden_load(const char *path, GError **error)
{
    char *text = NULL;
    gsize len = 0;
    if (!g_file_get_contents(path, &text, &len, error))
        return NULL;
    GPtrArray *out = jx_golden_parse(path, text, len, error);
    g_free(text);
    return out;
}

static const char *type_of(JsonObject *obj)
{
    return str_member(obj, "type", "");
}

/* Counts the objects of `expected` whose "type" is `type`. */
guint jx_golden_count_type(const GPtrArray *expected, const char *type)
{
    guint n = 0;
    for (guint i = 0; i < expected->len; i++)
        if (strcmp(type_of(g_ptr_array_index(expected, i)), type) == 0)
            n++;
    return n;
}

JsonObject *jx_golden_named(const GPtrArray *expected, const char *name)
{
    for (guint e = 0; e < expected->len; e++) {
        JsonObject *o = g_ptr_array_index(expected, e);
        if (g_strcmp0(json_object_get_string_member_with_default(o, "name", NULL), name) == 0)
            return o;
    }
    return NULL;
}

char *jx_golden_string_difference(JsonObject *want, const jx_record *got, const char *const *keys,
                                  gsize n)
{
    for (gsize f = 0; f < n; f++) {
        const char *w = json_object_get_string_member_with_default(want, keys[f], NULL);
        const char *g = jx_record_get_string(got, keys[f]);
        if (g_strcmp0(w, g) != 0)
            return g_strdup_printf("%s: expected %s, got %s", keys[f], w ? w : "null",
                                   g ? g : "null");
    }
    return NULL;
}

/* JSON text of a value for messages, shortened; "absent" for NULL. */
static char *shown(JsonNode *node)
{
    if (!node)
        return g_strdup("absent");
    char *s = json_to_string(node, FALSE);
    if (strlen(s) <= MAX_SHOWN)
        return s;
    const char *cut = g_utf8_find_prev_char(s, s + MAX_SHOWN);
    char *out = g_strdup_printf("%.*s…", (int)(cut ? cut - s : MAX_SHOWN), s);
    g_free(s);
    return out;
}

/* "indicator, seq 12, name 培训人次" — enough to find the record. */
static char *identity(JsonObject *obj)
{
    GString *s = g_string_new(type_of(obj));
    JsonNode *seq = json_object_get_member(obj, "seq");
    if (seq && JSON_NODE_HOLDS_VALUE(seq) && json_node_get_value_type(seq) == G_TYPE_INT64)
        g_string_append_printf(s, ", seq %" G_GINT64_FORMAT, json_node_get_int(seq));
    const char *keys[] = {"code", "name", "rule", "subject", NULL};
    gboolean named = FALSE;
    for (const char **k = keys; *k; k++) {
        const char *v = str_member(obj, *k, NULL);
        if (v) {
            g_string_append_printf(s, ", %s %s", *k, v);
            named = TRUE;
        }
    }
    if (!named) {
        const char *doc = str_member(obj, "doc", NULL);
        if (doc)
            g_string_append_printf(s, ", doc %s", doc);
    }
    return g_string_free(s, FALSE);
}

static gboolean same_value(JsonNode *want, JsonNode *have);

/* Objects match when every key of `want` is in `have` with a matching value. */
static gboolean same_object(JsonObject *want, JsonObject *have)
{
    GList *keys = json_object_get_members(want);
    gboolean eq = TRUE;
    for (GList *l = keys; eq && l; l = l->next) {
        JsonNode *h = json_object_get_member(have, l->data);
        eq = h && same_value(json_object_get_member(want, l->data), h);
    }
    g_list_free(keys);
    return eq;
}

static gboolean same_value(JsonNode *want, JsonNode *have)
{
    if (JSON_NODE_TYPE(want) != JSON_NODE_TYPE(have))
        return FALSE;
    switch (JSON_NODE_TYPE(want)) {
    case JSON_NODE_NULL:
        return TRUE;
    case JSON_NODE_OBJECT:
        return same_object(json_node_get_object(want), json_node_get_object(have));
    case JSON_NODE_ARRAY: {
        JsonArray *w = json_node_get_array(want), *h = json_node_get_array(have);
        guint n = json_array_get_length(w);
        if (n != json_array_get_length(h))
            return FALSE;
        for (guint i = 0; i < n; i++)
            if (!same_value(json_array_get_element(w, i), json_array_get_element(h, i)))
                return FALSE;
        return TRUE;
    }
    case JSON_NODE_VALUE:
        break;
    }
    GType t = json_node_get_value_type(want);
    if (t != json_node_get_value_type(have))
        return FALSE; /* "1" vs 1, 1 vs 1.0: different on purpose */
    if (t == G_TYPE_STRING)
        return strcmp(json_node_get_string(want), json_node_get_string(have)) == 0;
    if (t == G_TYPE_INT64)
        return json_node_get_int(want) == json_node_get_int(have);
    if (t == G_TYPE_DOUBLE)
        return json_node_get_double(want) == json_node_get_double(have);
    if (t == G_TYPE_BOOLEAN)
        return json_node_get_boolean(want) == json_node_get_boolean(have);
    return FALSE;
}

/* Reports every expected field of `want` that `have` does not match,
 * descending into nested objects so the field path is exact.
 * Returns the number of mismatching fields. */
static guint compare_fields(cmp *c, guint n, const char *who, const char *prefix, JsonObject *want,
                            JsonObject *have)
{
    guint bad = 0;
    GList *keys = json_object_get_members(want);
    for (GList *l = keys; l; l = l->next) {
        const char *key = l->data;
        JsonNode *w = json_object_get_member(want, key);
        JsonNode *h = have ? json_object_get_member(have, key) : NULL;
        char *field = prefix ? g_strdup_printf("%s.%s", prefix, key) : g_strdup(key);
        if (h && JSON_NODE_HOLDS_OBJECT(w) && JSON_NODE_HOLDS_OBJECT(h)) {
            bad +=
                compare_fields(c, n, who, field, json_node_get_object(w), json_node_get_object(h));
        } else if (!h || !same_value(w, h)) {
            char *x = shown(w), *y = shown(h);
            say(c, "record %u (%s): field %s: expected %s, got %s", n, who, field, x, y);
            g_free(x);
            g_free(y);
            bad++;
        }
        g_free(field);
    }
    g_list_free(keys);
    return bad;
}

/* See golden.h.  The library writes the JSON; json-glib reads it back. */
JsonObject *jx_golden_record_object(const jx_record *rec)
{
    char *json = jx_record_to_json(rec);
    JsonNode *node = json_from_string(json, NULL);
    g_free(json);
    g_assert(node && JSON_NODE_HOLDS_OBJECT(node));
    JsonObject *obj = json_object_ref(json_node_get_object(node));
    json_node_unref(node);
    return obj;
}

static void compare_type(cmp *c, const char *type, const GPtrArray *expected,
                         const jx_record_list *got, jx_golden_tally *tally)
{
    GPtrArray *want = g_ptr_array_new();
    GPtrArray *have = g_ptr_array_new_with_free_func((GDestroyNotify)json_object_unref);
    for (guint i = 0; i < expected->len; i++)
        if (strcmp(type_of(g_ptr_array_index(expected, i)), type) == 0)
            g_ptr_array_add(want, g_ptr_array_index(expected, i));
    for (guint i = 0; i < jx_record_list_length(got); i++) {
        const jx_record *rec = jx_record_list_get(got, i);
        if (g_strcmp0(jx_record_type(rec), type) == 0)
            g_ptr_array_add(have, jx_golden_record_object(rec));
    }
    if (want->len != have->len)
        say(c, "%s records: expected %u, got %u", type, want->len, have->len);
    guint right = 0, wrong = 0;
    for (guint i = 0; i < want->len; i++) {
        JsonObject *w = g_ptr_array_index(want, i);
        char *who = identity(w);
        if (i >= have->len) {
            say(c, "record %u (%s): missing from the output", i + 1, who);
            wrong++;
        } else if (compare_fields(c, i + 1, who, NULL, w, g_ptr_array_index(have, i)) == 0) {
            right++;
        } else {
            wrong++;
        }
        g_free(who);
    }
    for (guint i = want->len; i < have->len; i++) {
        char *who = identity(g_ptr_array_index(have, i));
        say(c, "record %u (%s): produced but not expected", i + 1, who);
        g_free(who);
        wrong++;
    }
    if (tally) {
        tally->right += right;
        tally->wrong += wrong;
    }
    g_ptr_array_unref(want);
    g_ptr_array_unref(have);
}

/* Compares `got` with `expected` per type, in order; reports problems and adds to
 * `tally` (see golden.h).  TRUE when nothing differs. */
gboolean jx_golden_compare(const char *label, const GPtrArray *expected, const jx_record_list *got,
                           const char *only_type, jx_golden_tally *tally, GString *report)
{
    cmp c = {.label = label ? label : "(records)", .report = report};
    if (only_type) {
        compare_type(&c, only_type, expected, got, tally);
    } else {
        /* Each type present in the expected file, in order of first appearance. */
        GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
        for (guint i = 0; i < expected->len; i++) {
            const char *type = type_of(g_ptr_array_index(expected, i));
            if (g_hash_table_add(seen, (gpointer)type))
                compare_type(&c, type, expected, got, tally);
        }
        g_hash_table_unref(seen);
    }
    if (c.omitted && report)
        g_string_append_printf(report, "%s: … and %u more problems not shown\n", c.label,
                               c.omitted);
    if (tally)
        tally->mismatches += c.problems;
    return c.problems == 0;
}
