/*
 * schema.c — the JSON Schema subset described in schema.h.
 *
 * Loading checks the whole schema once (keywords, patterns, references) and
 * compiles every pattern, so validation never meets a schema problem and the
 * loaded schema is immutable (safe to share between tests).
 */
#include "schema.h"
#include "golden.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "core/core.h"

/* Guards against a $ref cycle that never reaches the instance. */
#define MAX_DEPTH 128
/* Instance values longer than this are shortened in messages. */
#define MAX_RENDER 80

struct jx_schema {
    char *name;         /* file name, for messages */
    JsonParser *parser; /* owns the tree */
    JsonNode *root;     /* borrowed from parser */
    GHashTable *regex;  /* pattern text → GRegex* */
};

/* ------------------------------------------------------------ loading */

static const char *const annotation_keywords[] = {"$schema",     "$id",      "$comment", "title",
                                                  "description", "examples", "default",  NULL};

static const char *const type_names[] = {"null",   "boolean", "integer", "number",
                                         "string", "array",   "object",  NULL};

static gboolean in_list(const char *const *list, const char *s)
{
    for (; *list; list++)
        if (strcmp(*list, s) == 0)
            return TRUE;
    return FALSE;
}

/* Appends `key` to a JSON pointer, escaping '~' and '/' (RFC 6901). */
static char *pointer_child(const char *path, const char *key)
{
    GString *s = g_string_new(path);
    g_string_append_c(s, '/');
    for (const char *p = key; *p; p++) {
        if (*p == '~')
            g_string_append(s, "~0");
        else if (*p == '/')
            g_string_append(s, "~1");
        else
            g_string_append_c(s, *p);
    }
    return g_string_free(s, FALSE);
}

static char *pointer_index(const char *path, guint i)
{
    return g_strdup_printf("%s/%u", path, i);
}

/* Resolves "#", "#/a/b" against `root`; NULL when it leads nowhere. */
static JsonNode *resolve_ref(JsonNode *root, const char *ref)
{
    if (!ref || ref[0] != '#')
        return NULL;
    char *decoded = g_uri_unescape_string(ref + 1, NULL);
    if (!decoded)
        return NULL;
    JsonNode *node = root;
    if (decoded[0] != '\0') {
        if (decoded[0] != '/') {
            g_free(decoded);
            return NULL;
        }
        char **parts = g_strsplit(decoded + 1, "/", -1);
        for (char **p = parts; node && *p; p++) {
            GString *token = g_string_new(NULL);
            for (const char *c = *p; *c; c++) {
                if (c[0] == '~' && c[1] == '1') {
                    g_string_append_c(token, '/');
                    c++;
                } else if (c[0] == '~' && c[1] == '0') {
                    g_string_append_c(token, '~');
                    c++;
                } else {
                    g_string_append_c(token, *c);
                }
            }
            if (JSON_NODE_HOLDS_OBJECT(node)) {
                node = json_object_get_member(json_node_get_object(node), token->str);
            } else if (JSON_NODE_HOLDS_ARRAY(node)) {
                char *end = NULL;
                guint64 i = g_ascii_strtoull(token->str, &end, 10);
                JsonArray *arr = json_node_get_array(node);
                node = (token->len && end && *end == '\0' && i < json_array_get_length(arr))
                           ? json_array_get_element(arr, (guint)i)
                           : NULL;
            } else {
                node = NULL;
            }
            g_string_free(token, TRUE);
        }
        g_strfreev(parts);
    }
    g_free(decoded);
    return node;
}

static gboolean load_fail(const jx_schema *s, GError **error, const char *where, const char *fmt,
                          ...) G_GNUC_PRINTF(4, 5);

/* Sets `error` to "FILE: schema at POINTER: what" and returns FALSE. */
static gboolean load_fail(const jx_schema *s, GError **error, const char *where, const char *fmt,
                          ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *what = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    g_set_error(error, JX_ERROR, JX_ERROR_FORMAT, "%s: schema at %s: %s", s->name,
                where[0] ? where : "/", what);
    g_free(what);
    return FALSE;
}

static gboolean check_schema_node(jx_schema *s, JsonNode *node, const char *where, GError **error);

static gboolean check_schema_list(jx_schema *s, JsonNode *node, const char *where, GError **error)
{
    if (!JSON_NODE_HOLDS_ARRAY(node) || json_array_get_length(json_node_get_array(node)) == 0)
        return load_fail(s, error, where, "must be a non-empty array of schemas");
    JsonArray *arr = json_node_get_array(node);
    for (guint i = 0; i < json_array_get_length(arr); i++) {
        char *p = pointer_index(where, i);
        gboolean ok = check_schema_node(s, json_array_get_element(arr, i), p, error);
        g_free(p);
        if (!ok)
            return FALSE;
    }
    return TRUE;
}

static gboolean check_schema_map(jx_schema *s, JsonNode *node, const char *where, GError **error)
{
    if (!JSON_NODE_HOLDS_OBJECT(node))
        return load_fail(s, error, where, "must be an object of schemas");
    JsonObject *obj = json_node_get_object(node);
    GList *keys = json_object_get_members(obj);
    gboolean ok = TRUE;
    for (GList *l = keys; ok && l; l = l->next) {
        char *p = pointer_child(where, l->data);
        ok = check_schema_node(s, json_object_get_member(obj, l->data), p, error);
        g_free(p);
    }
    g_list_free(keys);
    return ok;
}

static gboolean is_string_node(JsonNode *node)
{
    return JSON_NODE_HOLDS_VALUE(node) && json_node_get_value_type(node) == G_TYPE_STRING;
}

static gboolean is_number_node(JsonNode *node)
{
    if (!JSON_NODE_HOLDS_VALUE(node))
        return FALSE;
    GType t = json_node_get_value_type(node);
    return t == G_TYPE_INT64 || t == G_TYPE_DOUBLE;
}

static gboolean check_keyword(jx_schema *s, const char *key, JsonNode *value, const char *where,
                              GError **error)
{
    if (in_list(annotation_keywords, key))
        return TRUE;
    if (strcmp(key, "$defs") == 0 || strcmp(key, "properties") == 0)
        return check_schema_map(s, value, where, error);
    if (strcmp(key, "items") == 0 || strcmp(key, "if") == 0 || strcmp(key, "then") == 0 ||
        strcmp(key, "else") == 0)
        return check_schema_node(s, value, where, error);
    if (strcmp(key, "oneOf") == 0 || strcmp(key, "anyOf") == 0 || strcmp(key, "allOf") == 0)
        return check_schema_list(s, value, where, error);
    if (strcmp(key, "const") == 0)
        return TRUE;
    if (strcmp(key, "enum") == 0) {
        if (!JSON_NODE_HOLDS_ARRAY(value))
            return load_fail(s, error, where, "enum must be an array");
        return TRUE;
    }
    if (strcmp(key, "type") == 0) {
        if (is_string_node(value)) {
            if (!in_list(type_names, json_node_get_string(value)))
                return load_fail(s, error, where, "unknown type \"%s\"",
                                 json_node_get_string(value));
            return TRUE;
        }
        if (!JSON_NODE_HOLDS_ARRAY(value))
            return load_fail(s, error, where, "type must be a string or an array");
        JsonArray *arr = json_node_get_array(value);
        for (guint i = 0; i < json_array_get_length(arr); i++) {
            JsonNode *el = json_array_get_element(arr, i);
            if (!is_string_node(el) || !in_list(type_names, json_node_get_string(el)))
                return load_fail(s, error, where, "type list holds an unknown type");
        }
        return TRUE;
    }
    if (strcmp(key, "pattern") == 0) {
        if (!is_string_node(value))
            return load_fail(s, error, where, "pattern must be a string");
        const char *pattern = json_node_get_string(value);
        if (g_hash_table_contains(s->regex, pattern))
            return TRUE;
        GError *rerr = NULL;
        GRegex *re = g_regex_new(pattern, G_REGEX_OPTIMIZE, 0, &rerr);
        if (!re) {
            gboolean r = load_fail(s, error, where, "bad pattern: %s", rerr->message);
            g_error_free(rerr);
            return r;
        }
        g_hash_table_insert(s->regex, g_strdup(pattern), re);
        return TRUE;
    }
    if (strcmp(key, "required") == 0) {
        if (!JSON_NODE_HOLDS_ARRAY(value))
            return load_fail(s, error, where, "required must be an array");
        JsonArray *arr = json_node_get_array(value);
        for (guint i = 0; i < json_array_get_length(arr); i++)
            if (!is_string_node(json_array_get_element(arr, i)))
                return load_fail(s, error, where, "required must list strings");
        return TRUE;
    }
    if (strcmp(key, "minimum") == 0) {
        if (!is_number_node(value))
            return load_fail(s, error, where, "minimum must be a number");
        return TRUE;
    }
    if (strcmp(key, "$ref") == 0) {
        if (!is_string_node(value) || !resolve_ref(s->root, json_node_get_string(value)))
            return load_fail(s, error, where, "$ref %s does not resolve in this document",
                             is_string_node(value) ? json_node_get_string(value) : "(non-string)");
        return TRUE;
    }
    return load_fail(s, error, where, "unsupported keyword \"%s\"", key);
}

static gboolean check_schema_node(jx_schema *s, JsonNode *node, const char *where, GError **error)
{
    if (JSON_NODE_HOLDS_VALUE(node) && json_node_get_value_type(node) == G_TYPE_BOOLEAN)
        return TRUE;
    if (!JSON_NODE_HOLDS_OBJECT(node))
        return load_fail(s, error, where, "a schema must be an object or a boolean");
    JsonObject *obj = json_node_get_object(node);
    GList *keys = json_object_get_members(obj);
    gboolean ok = TRUE;
    for (GList *l = keys; ok && l; l = l->next) {
        char *p = pointer_child(where, l->data);
        ok = check_keyword(s, l->data, json_object_get_member(obj, l->data), p, error);
        g_free(p);
    }
    g_list_free(keys);
    return ok;
}

/* Parses and checks a schema held in memory; NULL with `error` set (see schema.h). */
jx_schema *jx_schema_load_data(const char *name, const char *json, gssize len, GError **error)
{
    jx_schema *s = g_new0(jx_schema, 1);
    s->name = g_strdup(name ? name : "(schema)");
    s->regex =
        g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_regex_unref);
    s->parser = json_parser_new();
    GError *perr = NULL;
    if (!json_parser_load_from_data(s->parser, json, len, &perr)) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT, "%s: not valid JSON: %s", s->name,
                    perr->message);
        g_error_free(perr);
        jx_schema_free(s);
        return NULL;
    }
    s->root = json_parser_get_root(s->parser);
    if (!s->root || !check_schema_node(s, s->root, "", error)) {
        if (!s->root)
            g_set_error(error, JX_ERROR, JX_ERROR_FORMAT, "%s: empty schema", s->name);
        jx_schema_free(s);
        return NULL;
    }
    return s;
}

/* Reads and checks the schema file at `path`; NULL with `error` set. */
jx_schema *jx_schema_load(const char *path, GError **error)
{
    char *text = NULL;
    gsize len = 0;
    if (!g_file_get_contents(path, &text, &len, error)) {
        g_prefix_error(error, "cannot read schema: ");
        return NULL;
    }
    jx_schema *s = jx_schema_load_data(path, text, (gssize)len, error);
    g_free(text);
    return s;
}

/* Releases a schema and its compiled patterns; NULL is allowed. */
void jx_schema_free(jx_schema *schema)
{
    if (!schema)
        return;
    g_clear_object(&schema->parser);
    g_hash_table_unref(schema->regex);
    g_free(schema->name);
    g_free(schema);
}

/* ------------------------------------------------------------ validation */

typedef enum {
    ERR_OTHER,
    ERR_TYPE,  /* the instance at `path` has the wrong JSON type */
    ERR_CONST, /* the instance at `path` is not the const / not in the enum */
} err_kind;

typedef struct {
    char *path;
    char *msg;
    err_kind kind;
} verr;

static void verr_free(verr *e)
{
    g_free(e->path);
    g_free(e->msg);
    g_free(e);
}

static void add_err(GPtrArray *errs, const char *path, err_kind kind, char *msg)
{
    verr *e = g_new0(verr, 1);
    e->path = g_strdup(path);
    e->msg = msg;
    e->kind = kind;
    g_ptr_array_add(errs, e);
}

static GPtrArray *errs_new(void)
{
    return g_ptr_array_new_with_free_func((GDestroyNotify)verr_free);
}

/* A short JSON rendering of an instance for messages. */
static char *render(JsonNode *node)
{
    char *s = json_to_string(node, FALSE);
    if (strlen(s) <= MAX_RENDER)
        return s;
    const char *cut = g_utf8_find_prev_char(s, s + MAX_RENDER);
    char *out = g_strdup_printf("%.*s…", (int)(cut ? cut - s : MAX_RENDER), s);
    g_free(s);
    return out;
}

static const char *instance_type(JsonNode *node)
{
    switch (JSON_NODE_TYPE(node)) {
    case JSON_NODE_NULL:
        return "null";
    case JSON_NODE_OBJECT:
        return "object";
    case JSON_NODE_ARRAY:
        return "array";
    case JSON_NODE_VALUE:
        break;
    }
    GType t = json_node_get_value_type(node);
    if (t == G_TYPE_INT64)
        return "integer";
    if (t == G_TYPE_DOUBLE)
        return "number";
    if (t == G_TYPE_BOOLEAN)
        return "boolean";
    if (t == G_TYPE_STRING)
        return "string";
    return "unknown";
}

static gboolean number_value(JsonNode *node, double *out)
{
    if (!is_number_node(node))
        return FALSE;
    *out = json_node_get_value_type(node) == G_TYPE_INT64 ? (double)json_node_get_int(node)
                                                          : json_node_get_double(node);
    return TRUE;
}

static gboolean type_matches(JsonNode *node, const char *name)
{
    const char *actual = instance_type(node);
    if (strcmp(name, actual) == 0)
        return TRUE;
    if (strcmp(name, "number") == 0)
        return strcmp(actual, "integer") == 0;
    if (strcmp(name, "integer") == 0 && strcmp(actual, "number") == 0) {
        /* The spec counts 1.0 as an integer. */
        double d = json_node_get_double(node);
        return isfinite(d) && floor(d) == d;
    }
    return FALSE;
}

/* Equality as JSON Schema defines it: numbers by value, objects by key set. */
static gboolean json_equal(JsonNode *a, JsonNode *b)
{
    double da, db;
    if (number_value(a, &da) && number_value(b, &db)) {
        if (json_node_get_value_type(a) == G_TYPE_INT64 &&
            json_node_get_value_type(b) == G_TYPE_INT64)
            return json_node_get_int(a) == json_node_get_int(b);
        return da == db;
    }
    if (JSON_NODE_TYPE(a) != JSON_NODE_TYPE(b))
        return FALSE;
    switch (JSON_NODE_TYPE(a)) {
    case JSON_NODE_NULL:
        return TRUE;
    case JSON_NODE_VALUE: {
        GType t = json_node_get_value_type(a);
        if (t != json_node_get_value_type(b))
            return FALSE;
        if (t == G_TYPE_STRING)
            return strcmp(json_node_get_string(a), json_node_get_string(b)) == 0;
        if (t == G_TYPE_BOOLEAN)
            return json_node_get_boolean(a) == json_node_get_boolean(b);
        return FALSE;
    }
    case JSON_NODE_ARRAY: {
        JsonArray *x = json_node_get_array(a), *y = json_node_get_array(b);
        guint n = json_array_get_length(x);
        if (n != json_array_get_length(y))
            return FALSE;
        for (guint i = 0; i < n; i++)
            if (!json_equal(json_array_get_element(x, i), json_array_get_element(y, i)))
                return FALSE;
        return TRUE;
    }
    case JSON_NODE_OBJECT: {
        JsonObject *x = json_node_get_object(a), *y = json_node_get_object(b);
        if (json_object_get_size(x) != json_object_get_size(y))
            return FALSE;
        GList *keys = json_object_get_members(x);
        gboolean eq = TRUE;
        for (GList *l = keys; eq && l; l = l->next) {
            JsonNode *v = json_object_get_member(y, l->data);
            eq = v && json_equal(json_object_get_member(x, l->data), v);
        }
        g_list_free(keys);
        return eq;
    }
    }
    return FALSE;
}

typedef struct {
    const jx_schema *schema;
} vctx;

static gboolean validate_node(const vctx *c, JsonNode *schema, JsonNode *inst, const char *path,
                              GPtrArray *errs, int depth);

/* TRUE when `p` is `base` itself (own == TRUE) or a direct member of it. */
static gboolean path_is_member_of(const char *p, const char *base, gboolean own)
{
    size_t n = strlen(base);
    if (strncmp(p, base, n) != 0)
        return FALSE;
    if (p[n] == '\0')
        return own;
    return p[n] == '/' && strchr(p + n + 1, '/') == NULL;
}

/* A branch of oneOf/anyOf is "ruled out" when it fails on the instance's own
 * type or on a const/enum of the instance or of one of its direct members:
 * it was never the alternative meant.  Its other errors are not interesting. */
static const verr *ruling_out_error(GPtrArray *errs, const char *path)
{
    for (guint i = 0; i < errs->len; i++) {
        const verr *e = g_ptr_array_index(errs, i);
        if (e->kind == ERR_TYPE && strcmp(e->path, path) == 0)
            return e;
        if (e->kind == ERR_CONST && path_is_member_of(e->path, path, TRUE))
            return e;
    }
    return NULL;
}

static void report_no_alternative(const char *keyword, GPtrArray **branch_errs, guint n,
                                  const char *path, GPtrArray *errs)
{
    guint remaining = 0;
    for (guint i = 0; i < n; i++)
        if (!ruling_out_error(branch_errs[i], path))
            remaining++;
    if (remaining == 0) {
        GString *msg = g_string_new(NULL);
        g_string_append_printf(msg, "matches no alternative of %s:", keyword);
        for (guint i = 0; i < n; i++) {
            const verr *e = ruling_out_error(branch_errs[i], path);
            g_string_append(msg, i ? " | " : " ");
            if (strcmp(e->path, path) != 0)
                g_string_append_printf(msg, "%s: ", e->path);
            g_string_append(msg, e->msg);
        }
        add_err(errs, path, ERR_OTHER, g_string_free(msg, FALSE));
        return;
    }
    for (guint i = 0; i < n; i++) {
        if (ruling_out_error(branch_errs[i], path))
            continue;
        for (guint j = 0; j < branch_errs[i]->len; j++) {
            const verr *e = g_ptr_array_index(branch_errs[i], j);
            if (remaining == 1)
                add_err(errs, e->path, e->kind, g_strdup(e->msg));
            else
                add_err(errs, e->path, ERR_OTHER,
                        g_strdup_printf("%s (alternative %u of %s at %s)", e->msg, i + 1, keyword,
                                        path[0] ? path : "/"));
        }
    }
}

static gboolean validate_alternatives(const vctx *c, const char *keyword, JsonArray *list,
                                      JsonNode *inst, const char *path, GPtrArray *errs, int depth)
{
    guint n = json_array_get_length(list);
    GPtrArray **branch_errs = g_new0(GPtrArray *, n);
    guint matched = 0;
    GString *which = g_string_new(NULL);
    for (guint i = 0; i < n; i++) {
        branch_errs[i] = errs_new();
        if (validate_node(c, json_array_get_element(list, i), inst, path, branch_errs[i],
                          depth + 1)) {
            g_string_append_printf(which, "%s%u", matched ? ", " : "", i + 1);
            matched++;
        }
    }
    gboolean ok;
    if (matched == 0) {
        report_no_alternative(keyword, branch_errs, n, path, errs);
        ok = FALSE;
    } else if (matched > 1 && strcmp(keyword, "oneOf") == 0) {
        add_err(errs, path, ERR_OTHER,
                g_strdup_printf("matches %u alternatives of oneOf (%s); exactly one must match",
                                matched, which->str));
        ok = FALSE;
    } else {
        ok = TRUE;
    }
    for (guint i = 0; i < n; i++)
        g_ptr_array_unref(branch_errs[i]);
    g_free(branch_errs);
    g_string_free(which, TRUE);
    return ok;
}

static gboolean validate_type(JsonNode *type, JsonNode *inst, const char *path, GPtrArray *errs)
{
    GString *expected = g_string_new(NULL);
    gboolean ok = FALSE;
    if (is_string_node(type)) {
        ok = type_matches(inst, json_node_get_string(type));
        g_string_append(expected, json_node_get_string(type));
    } else {
        JsonArray *arr = json_node_get_array(type);
        for (guint i = 0; i < json_array_get_length(arr); i++) {
            const char *t = json_array_get_string_element(arr, i);
            ok = ok || type_matches(inst, t);
            g_string_append_printf(expected, "%s%s", i ? "|" : "", t);
        }
    }
    if (!ok) {
        char *shown = JSON_NODE_HOLDS_NULL(inst) ? g_strdup("") : render(inst);
        add_err(errs, path, ERR_TYPE,
                g_strdup_printf("expected %s, got %s%s%s", expected->str, instance_type(inst),
                                *shown ? " " : "", shown));
        g_free(shown);
    }
    g_string_free(expected, TRUE);
    return ok;
}

static gboolean validate_enum(JsonArray *choices, JsonNode *inst, const char *path, GPtrArray *errs)
{
    guint n = json_array_get_length(choices);
    for (guint i = 0; i < n; i++)
        if (json_equal(json_array_get_element(choices, i), inst))
            return TRUE;
    GString *msg = g_string_new(NULL);
    char *shown = render(inst);
    g_string_append_printf(msg, "%s is not one of ", shown);
    g_free(shown);
    for (guint i = 0; i < n; i++) {
        char *choice = render(json_array_get_element(choices, i));
        g_string_append_printf(msg, "%s%s", i ? ", " : "", choice);
        g_free(choice);
    }
    add_err(errs, path, ERR_CONST, g_string_free(msg, FALSE));
    return FALSE;
}

static gboolean validate_object_keywords(const vctx *c, JsonObject *sch, JsonNode *inst,
                                         const char *path, GPtrArray *errs, int depth)
{
    if (!JSON_NODE_HOLDS_OBJECT(inst))
        return TRUE;
    JsonObject *obj = json_node_get_object(inst);
    gboolean ok = TRUE;
    JsonNode *required = json_object_get_member(sch, "required");
    if (required) {
        JsonArray *arr = json_node_get_array(required);
        for (guint i = 0; i < json_array_get_length(arr); i++) {
            const char *key = json_array_get_string_element(arr, i);
            if (!json_object_has_member(obj, key)) {
                add_err(errs, path, ERR_OTHER, g_strdup_printf("missing required key \"%s\"", key));
                ok = FALSE;
            }
        }
    }
    JsonNode *props = json_object_get_member(sch, "properties");
    if (props) {
        JsonObject *pobj = json_node_get_object(props);
        GList *keys = json_object_get_members(pobj);
        for (GList *l = keys; l; l = l->next) {
            JsonNode *member = json_object_get_member(obj, l->data);
            if (!member)
                continue;
            char *p = pointer_child(path, l->data);
            if (!validate_node(c, json_object_get_member(pobj, l->data), member, p, errs,
                               depth + 1))
                ok = FALSE;
            g_free(p);
        }
        g_list_free(keys);
    }
    return ok;
}

static gboolean validate_node(const vctx *c, JsonNode *schema, JsonNode *inst, const char *path,
                              GPtrArray *errs, int depth)
{
    if (depth > MAX_DEPTH) {
        add_err(errs, path, ERR_OTHER, g_strdup("schema nesting too deep ($ref cycle?)"));
        return FALSE;
    }
    if (JSON_NODE_HOLDS_VALUE(schema)) { /* boolean schema */
        if (json_node_get_boolean(schema))
            return TRUE;
        add_err(errs, path, ERR_OTHER, g_strdup("no value is allowed here"));
        return FALSE;
    }
    JsonObject *sch = json_node_get_object(schema);
    gboolean ok = TRUE;
    JsonNode *kw;

    if ((kw = json_object_get_member(sch, "$ref"))) {
        JsonNode *target = resolve_ref(c->schema->root, json_node_get_string(kw));
        ok = validate_node(c, target, inst, path, errs, depth + 1) && ok;
    }
    if ((kw = json_object_get_member(sch, "type")))
        ok = validate_type(kw, inst, path, errs) && ok;
    if ((kw = json_object_get_member(sch, "const")) && !json_equal(kw, inst)) {
        char *want = render(kw), *got = render(inst);
        add_err(errs, path, ERR_CONST, g_strdup_printf("expected %s, got %s", want, got));
        g_free(want);
        g_free(got);
        ok = FALSE;
    }
    if ((kw = json_object_get_member(sch, "enum")))
        ok = validate_enum(json_node_get_array(kw), inst, path, errs) && ok;
    if ((kw = json_object_get_member(sch, "pattern")) && is_string_node(inst)) {
        const char *pattern = json_node_get_string(kw);
        GRegex *re = g_hash_table_lookup(c->schema->regex, pattern);
        if (!g_regex_match(re, json_node_get_string(inst), 0, NULL)) {
            char *shown = render(inst);
            add_err(errs, path, ERR_OTHER,
                    g_strdup_printf("%s does not match pattern %s", shown, pattern));
            g_free(shown);
            ok = FALSE;
        }
    }
    double min, value;
    if ((kw = json_object_get_member(sch, "minimum")) && number_value(kw, &min) &&
        number_value(inst, &value) && value < min) {
        char *shown = render(inst), *limit = render(kw);
        add_err(errs, path, ERR_OTHER,
                g_strdup_printf("%s is less than the minimum %s", shown, limit));
        g_free(shown);
        g_free(limit);
        ok = FALSE;
    }
    ok = validate_object_keywords(c, sch, inst, path, errs, depth) && ok;
    if ((kw = json_object_get_member(sch, "items")) && JSON_NODE_HOLDS_ARRAY(inst)) {
        JsonArray *arr = json_node_get_array(inst);
        for (guint i = 0; i < json_array_get_length(arr); i++) {
            char *p = pointer_index(path, i);
            ok = validate_node(c, kw, json_array_get_element(arr, i), p, errs, depth + 1) && ok;
            g_free(p);
        }
    }
    if ((kw = json_object_get_member(sch, "allOf"))) {
        JsonArray *arr = json_node_get_array(kw);
        for (guint i = 0; i < json_array_get_length(arr); i++)
            ok =
                validate_node(c, json_array_get_element(arr, i), inst, path, errs, depth + 1) && ok;
    }
    if ((kw = json_object_get_member(sch, "anyOf")))
        ok = validate_alternatives(c, "anyOf", json_node_get_array(kw), inst, path, errs, depth) &&
             ok;
    if ((kw = json_object_get_member(sch, "oneOf")))
        ok = validate_alternatives(c, "oneOf", json_node_get_array(kw), inst, path, errs, depth) &&
             ok;
    if ((kw = json_object_get_member(sch, "if"))) {
        GPtrArray *ignored = errs_new();
        gboolean cond = validate_node(c, kw, inst, path, ignored, depth + 1);
        g_ptr_array_unref(ignored);
        JsonNode *branch = json_object_get_member(sch, cond ? "then" : "else");
        if (branch)
            ok = validate_node(c, branch, inst, path, errs, depth + 1) && ok;
    }
    return ok;
}

/* Validates `instance`; FALSE with "PATH: reason" lines appended to `errors`. */
gboolean jx_schema_validate(const jx_schema *schema, JsonNode *instance, GString *errors)
{
    g_return_val_if_fail(schema && instance, FALSE);
    vctx c = {.schema = schema};
    GPtrArray *errs = errs_new();
    gboolean ok = validate_node(&c, schema->root, instance, "", errs, 0);
    if (errors) {
        for (guint i = 0; i < errs->len; i++) {
            const verr *e = g_ptr_array_index(errs, i);
            g_string_append_printf(errors, "%s: %s\n", e->path[0] ? e->path : "/", e->msg);
        }
    }
    /* Every failing keyword adds an error; a FALSE without one would be a bug here. */
    g_warn_if_fail(ok == (errs->len == 0));
    g_ptr_array_unref(errs);
    return ok;
}

/* Validates one JSON object (wrapped in a temporary node). */
gboolean jx_schema_validate_object(const jx_schema *schema, JsonObject *obj, GString *errors)
{
    JsonNode *node = json_node_new(JSON_NODE_OBJECT);
    json_node_set_object(node, obj);
    gboolean ok = jx_schema_validate(schema, node, errors);
    json_node_unref(node);
    return ok;
}

/* Validates a library record through its JSON object. */
gboolean jx_schema_validate_record(const jx_schema *schema, const jx_record *rec, GString *errors)
{
    JsonObject *obj = jx_golden_record_object(rec);
    gboolean ok = jx_schema_validate_object(schema, obj, errors);
    json_object_unref(obj);
    return ok;
}
