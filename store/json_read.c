/*
 * json_read.c — one line of record JSON back into a jx_record: what the
 * importer reads from its worker processes.  The inverse of
 * jx_record_append_json: strings, integers, null, lists of strings and
 * nested objects; every key must be a key of the contract.
 *
 * Two readers: a direct one for lines that start with their "type" key, as
 * jx_record_append_json writes them — it builds the record as it reads,
 * with no document tree in between (the importer reads every record of
 * every document: json-glib's tree was a fifth of its time) — and
 * json-glib for any other order of keys.  Both take the same JSON and give
 * the same records and the same errors.
 */
#include "store/store.h"

#include <errno.h>
#include <string.h>

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
        if (json_node_get_value_type(node) == G_TYPE_STRING) {
            /* json-glib lets a lone surrogate escape through as bytes that
             * are no UTF-8; the direct reader refuses such a string, and so
             * does this one */
            if (!g_utf8_validate(json_node_get_string(node), -1, NULL))
                return bad(error, key, "a string that is not UTF-8");
            jx_record_set_string(rec, field, json_node_get_string(node));
        } else if (json_node_get_value_type(node) == G_TYPE_INT64) {
            jx_record_set_int(rec, field, json_node_get_int(node));
        } else {
            return bad(error, key, "numbers in records are decimal strings or integers");
        }
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
            if (!g_utf8_validate(json_node_get_string(el), -1, NULL)) {
                g_ptr_array_unref(items);
                return bad(error, key, "a string that is not UTF-8");
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

/* A new, empty record of the kind named `type`; NULL with `error` set when
 * no kind has that name (or `type` is NULL). */
static jx_record *record_of_type(const char *type, GError **error)
{
    for (int k = JX_RECORD_DOCUMENT; type && k < JX_RECORD_VALUE; k++)
        if (strcmp(jx_record_kind_name((jx_record_kind)k), type) == 0)
            return jx_record_new((jx_record_kind)k);
    g_set_error(error, JX_ERROR, JX_ERROR_FORMAT,
                "not a record: an object with a known \"type\" is expected");
    return NULL;
}

/* ---------------------------------------------------------------- direct reader */

struct jx_json_reader {
    GString *text;      /* a string with escapes, unescaped; reused */
    GHashTable *fields; /* key → its jx_field + 1: the contract's names, looked up once */
    /* The key that followed each key (and, at JX_F_COUNT, began an object)
     * last time: records of one kind repeat their keys in one order, so the
     * next key is nearly always known and compared, not hashed. */
    jx_field follows[JX_F_COUNT + 1];
};

typedef struct {
    const char *p, *end;
    /* the string just read: in the line itself when it had no escape (not
     * ended by a NUL then), else jr->text->str (unescaped there) */
    const char *s;
    gsize len;
    jx_json_reader *jr;
    GError **error;
} reader;

jx_json_reader *jx_json_reader_new(void)
{
    jx_json_reader *jr = g_new0(jx_json_reader, 1);
    jr->text = g_string_new(NULL);
    jr->fields = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (int f = 0; f <= JX_F_COUNT; f++)
        jr->follows[f] = JX_F_COUNT;
    return jr;
}

void jx_json_reader_free(jx_json_reader *jr)
{
    if (!jr)
        return;
    g_string_free(jr->text, TRUE);
    g_hash_table_destroy(jr->fields);
    g_free(jr);
}

/* The string just read as a C string (copied into the reader's text when it
 * lies in the line). */
static const char *string_cstr(reader *r)
{
    if (r->s != r->jr->text->str) {
        g_string_truncate(r->jr->text, 0);
        g_string_append_len(r->jr->text, r->s, (gssize)r->len);
        r->s = r->jr->text->str;
    }
    return r->s;
}

/* Whether the string just read is the name of `field`. */
static gboolean string_is(const reader *r, jx_field field)
{
    if (field >= JX_F_COUNT)
        return FALSE;
    const char *name = jx_field_name(field);
    return strncmp(name, r->s, r->len) == 0 && name[r->len] == '\0';
}

/* The field named by the string just read, the key after `prev` (JX_F_COUNT:
 * the first of an object): the one that followed `prev` last time when it
 * is that, else through the reader's memory of names. */
static gboolean field_of(reader *r, jx_field prev, jx_field *field)
{
    jx_field *guess = &r->jr->follows[prev];
    if (string_is(r, *guess)) {
        *field = *guess;
        return TRUE;
    }
    const char *key = string_cstr(r);
    gpointer known = g_hash_table_lookup(r->jr->fields, key);
    if (known) {
        *field = (jx_field)(GPOINTER_TO_INT(known) - 1);
    } else {
        if (!jx_field_from_name(key, field))
            return FALSE;
        g_hash_table_insert(r->jr->fields, g_strdup(key), GINT_TO_POINTER((int)*field + 1));
    }
    *guess = *field;
    return TRUE;
}

static gboolean syntax(reader *r, const char *why)
{
    g_set_error(r->error, JX_ERROR, JX_ERROR_FORMAT, "not a JSON record: %s", why);
    return FALSE;
}

static void skip_space(reader *r)
{
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r'))
        r->p++;
}

/* Takes `c` (after white space), or fails. */
static gboolean expect(reader *r, char c)
{
    skip_space(r);
    if (r->p >= r->end || *r->p != c) {
        char *why = g_strdup_printf("'%c' expected", c);
        syntax(r, why);
        g_free(why);
        return FALSE;
    }
    r->p++;
    return TRUE;
}

static int hex4(const char *p)
{
    int v = 0;
    for (int i = 0; i < 4; i++) {
        int d = g_ascii_xdigit_value(p[i]);
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* Reads a \uXXXX escape (and the low half of a surrogate pair) at r->p,
 * just past the 'u', into r->jr->text. */
static gboolean read_unicode(reader *r)
{
    int c = r->end - r->p >= 4 ? hex4(r->p) : -1;
    if (c < 0)
        return syntax(r, "a bad \\u escape");
    r->p += 4;
    if (c >= 0xD800 && c <= 0xDBFF) {
        int lo = r->end - r->p >= 6 && r->p[0] == '\\' && r->p[1] == 'u' ? hex4(r->p + 2) : -1;
        if (lo < 0xDC00 || lo > 0xDFFF)
            return syntax(r, "half a surrogate pair");
        r->p += 6;
        c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
    } else if (c >= 0xDC00 && c <= 0xDFFF) {
        return syntax(r, "half a surrogate pair");
    }
    if (c == 0)
        return syntax(r, "a NUL in a string");
    g_string_append_unichar(r->jr->text, (gunichar)c);
    return TRUE;
}

/* The end of the run of plain string bytes at `p`: the first quote,
 * backslash or control character, or `end`.  The quote is found with
 * memchr (the run is mostly CJK text, three bytes a character); the run
 * before it is then looked over once for the two others. */
static const char *plain_run(const char *p, const char *end)
{
    const char *quote = memchr(p, '"', (gsize)(end - p));
    const char *stop = quote ? quote : end;
    for (const char *q = p; q < stop; q++)
        if (*q == '\\' || (guchar)*q < 0x20)
            return q;
    return stop;
}

/* Reads a string (after white space): r->s and r->len.  One without
 * escapes is left where it lies in the line; one with escapes is unescaped
 * into r->jr->text. */
static gboolean read_string(reader *r)
{
    if (!expect(r, '"'))
        return FALSE;
    GString *text = r->jr->text;
    const char *start = r->p;
    r->p = plain_run(r->p, r->end);
    if (r->p < r->end && *r->p == '"') {
        r->s = start;
        r->len = (gsize)(r->p - start);
        r->p++;
    } else {
        g_string_truncate(text, 0);
        g_string_append_len(text, start, r->p - start);
        for (;;) {
            if (r->p >= r->end)
                return syntax(r, "a string without its end");
            char c = *r->p++;
            if (c == '"')
                break;
            if (c != '\\')
                return syntax(r, "a control character in a string");
            if (r->p >= r->end)
                return syntax(r, "a string without its end");
            c = *r->p++;
            switch (c) {
            case '"': case '\\': case '/': g_string_append_c(text, c); break;
            case 'b': g_string_append_c(text, '\b'); break;
            case 'f': g_string_append_c(text, '\f'); break;
            case 'n': g_string_append_c(text, '\n'); break;
            case 'r': g_string_append_c(text, '\r'); break;
            case 't': g_string_append_c(text, '\t'); break;
            case 'u':
                if (!read_unicode(r))
                    return FALSE;
                break;
            default: return syntax(r, "a bad escape in a string");
            }
            const char *run = r->p;
            r->p = plain_run(r->p, r->end);
            g_string_append_len(text, run, r->p - run);
        }
        r->s = text->str;
        r->len = text->len;
    }
    if (!g_utf8_validate_len(r->s, r->len, NULL))
        return syntax(r, "a string that is not UTF-8");
    return TRUE;
}

static gboolean read_fields(reader *r, jx_record *rec);

/* Reads a list of strings (at its '['). */
static gboolean read_list(reader *r, jx_record *rec, jx_field field, const char *key)
{
    r->p++;
    GPtrArray *items = g_ptr_array_new_with_free_func(g_free);
    gboolean ok = TRUE;
    skip_space(r);
    if (r->p < r->end && *r->p == ']') {
        r->p++;
    } else {
        for (;;) {
            skip_space(r);
            if (r->p < r->end && *r->p != '"') {
                ok = bad(r->error, key, "a list holds strings only");
                break;
            }
            if (!(ok = read_string(r)))
                break;
            g_ptr_array_add(items, g_strndup(r->s, r->len));
            skip_space(r);
            if (r->p < r->end && *r->p == ',') {
                r->p++;
                continue;
            }
            ok = expect(r, ']');
            break;
        }
    }
    if (ok)
        jx_record_set_list(rec, field, items);
    g_ptr_array_unref(items);
    return ok;
}

/* Reads an integer (at its first character); a fraction or an exponent is
 * no record number. */
static gboolean read_number(reader *r, jx_record *rec, jx_field field, const char *key)
{
    const char *start = r->p;
    if (*r->p == '-')
        r->p++;
    const char *digits = r->p;
    while (r->p < r->end && g_ascii_isdigit(*r->p))
        r->p++;
    if (r->p == digits)
        return syntax(r, "a bad value");
    if (r->p < r->end && (*r->p == '.' || *r->p == 'e' || *r->p == 'E'))
        return bad(r->error, key, "numbers in records are decimal strings or integers");
    /* a copy to end it for strtoll (the line is no C string); more digits
     * than a gint64 holds do not fit anyway */
    char text[24];
    gsize len = (gsize)(r->p - start);
    char *stop = NULL;
    gint64 v = 0;
    gboolean fits = len < sizeof text;
    if (fits) {
        memcpy(text, start, len);
        text[len] = '\0';
        errno = 0;
        v = g_ascii_strtoll(text, &stop, 10);
        fits = errno == 0 && stop && !*stop;
    }
    if (!fits)
        return bad(r->error, key, "numbers in records are decimal strings or integers");
    jx_record_set_int(rec, field, v);
    return TRUE;
}

/* Reads one value of `key` into `rec`. */
static gboolean read_value(reader *r, jx_record *rec, jx_field field, const char *key)
{
    skip_space(r);
    if (r->p >= r->end)
        return syntax(r, "a value expected");
    switch (*r->p) {
    case '"':
        if (!read_string(r))
            return FALSE;
        jx_record_set_string_len(rec, field, r->s, r->len);
        return TRUE;
    case '[': return read_list(r, rec, field, key);
    case '{': {
        r->p++;
        jx_record *sub = jx_record_new(JX_RECORD_VALUE);
        if (!read_fields(r, sub)) {
            jx_record_free(sub);
            return FALSE;
        }
        jx_record_set_record(rec, field, sub);
        return TRUE;
    }
    case 'n':
        if (r->end - r->p >= 4 && memcmp(r->p, "null", 4) == 0) {
            r->p += 4;
            jx_record_set_null(rec, field);
            return TRUE;
        }
        return syntax(r, "a bad value");
    case 't':
    case 'f': return bad(r->error, key, "numbers in records are decimal strings or integers");
    default: return read_number(r, rec, field, key);
    }
}

/* Reads the members of an object (just past its '{', or past its "type"
 * member and the comma or '}' after it is still to come) up to its '}'. */
static gboolean read_members(reader *r, jx_record *rec, gboolean first, jx_field prev)
{
    skip_space(r);
    if (first && r->p < r->end && *r->p == '}') {
        r->p++;
        return TRUE;
    }
    for (;;) {
        if (!first) {
            skip_space(r);
            if (r->p < r->end && *r->p == '}') {
                r->p++;
                return TRUE;
            }
            if (!expect(r, ','))
                return FALSE;
        }
        first = FALSE;
        if (!read_string(r))
            return FALSE;
        /* once known the key is the field's own name (jx_field_name), which
         * the value's messages use: no copy per member */
        jx_field field;
        if (!expect(r, ':'))
            return FALSE; /* (the string read is the key still: expect reads none) */
        if (!field_of(r, prev, &field))
            return bad(r->error, string_cstr(r), "not a key of the record contract");
        prev = field;
        const char *key = jx_field_name(field);
        gboolean ok;
        if (field == JX_F_TYPE) {
            /* the kind is the record's own, not a field (as fill() above):
             * its value is read, to be well-formed, into a record thrown
             * away, under a field a record can hold ("type" it cannot) */
            jx_record *ignored = jx_record_new(JX_RECORD_VALUE);
            ok = read_value(r, ignored, JX_F_DOC, key);
            jx_record_free(ignored);
        } else {
            ok = read_value(r, rec, field, key);
        }
        if (!ok)
            return FALSE;
    }
}

static gboolean read_fields(reader *r, jx_record *rec)
{
    return read_members(r, rec, TRUE, JX_F_COUNT);
}

/* The record of a line that starts {"type":"…", read directly; NULL with
 * *direct FALSE when the line starts otherwise (json-glib then reads it). */
static jx_record *read_direct(jx_json_reader *jr, const char *line, gsize len,
                              gboolean *direct, GError **error)
{
    static const char lead[] = "{\"type\":\"";
    *direct = len > sizeof lead - 1 && memcmp(line, lead, sizeof lead - 1) == 0;
    if (!*direct)
        return NULL;
    reader r = {line + sizeof lead - 2, line + len, NULL, 0, jr, error};
    jx_record *rec = read_string(&r) ? record_of_type(string_cstr(&r), error) : NULL;
    if (!rec)
        return NULL;
    gboolean ok = read_members(&r, rec, FALSE, JX_F_TYPE);
    skip_space(&r);
    if (ok && r.p != r.end)
        ok = syntax(&r, "more after the record");
    if (!ok) {
        jx_record_free(rec);
        rec = NULL;
    }
    return rec;
}

/* ---------------------------------------------------------------- entry */

jx_record *jx_record_from_json(const char *line, gssize len, GError **error)
{
    jx_json_reader *jr = jx_json_reader_new();
    jx_record *rec = jx_json_reader_read(jr, line, len, error);
    jx_json_reader_free(jr);
    return rec;
}

jx_record *jx_json_reader_read(jx_json_reader *jr, const char *line, gssize len,
                               GError **error)
{
    gsize n = len < 0 ? strlen(line) : (gsize)len;
    gboolean direct;
    jx_record *fast = read_direct(jr, line, n, &direct, error);
    if (direct)
        return fast;
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
    rec = record_of_type(type, error);
    if (rec && !fill(rec, obj, error)) {
        jx_record_free(rec);
        rec = NULL;
    }
out:
    g_object_unref(parser);
    return rec;
}
