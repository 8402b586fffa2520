/*
 * record.c — canonical records, typed: a kind and an ordered list of
 * (field, value) slots.  The order is the order fields were first set, which
 * is the order of the JSON keys ("type" always first).  JSON is written here,
 * once, when a record leaves the library; nothing inside reads records by
 * string key or parses JSON.
 */
#include "core.h"

#include <string.h>

typedef enum { VALUE_NULL, VALUE_STRING, VALUE_INT, VALUE_LIST, VALUE_RECORD } value_tag;

typedef struct {
    jx_field field;
    value_tag tag;
    union {
        char *s;
        gint64 i;
        char **list; /* NULL-terminated */
        jx_record *sub;
    } u;
} slot;

/* The largest record of the contract (a self-evaluation indicator) has 22
 * keys; most have fewer, so one allocation of this many slots usually serves. */
#define SLOTS_AT_FIRST 24

/* A record's string values are kept in blocks of its own, newest first,
 * that never move (a value read stays valid while others are set): one
 * allocation for many strings, where each string was one, all freed with the
 * record. */
typedef struct text_block {
    struct text_block *next;
    gsize size, used;
    char data[];
} text_block;

/* Bytes of a record's first text block: the strings of most records fit. */
#define TEXT_BLOCK_FIRST 256

struct jx_record {
    jx_record_kind kind;
    guint n, cap;
    slot *slots;      /* the record's own allocation's (slots_inline) until they
                         outgrow it, then an allocation of their own */
    gboolean slots_inline;
    text_block *text; /* newest first; the last is the record's own allocation's */
    guint8 at[JX_F_COUNT]; /* at[f]: 1 + the index of field f's slot, 0 for none
                              (see find) */
};

/* A record, its first slots and its first text block are one allocation:
 * the parser makes a record per indicator, and three allocations each (and
 * one more per list and list item) were a tenth of what was left of its
 * allocator traffic.  The parts are laid out in this order, each aligned as
 * its fields need (slots and blocks hold pointers and sizes). */
G_STATIC_ASSERT(sizeof(struct jx_record) % G_ALIGNOF(slot) == 0);
G_STATIC_ASSERT(sizeof(slot) % G_ALIGNOF(text_block) == 0);

/* a record has at most one slot per field: its index fits in `at` */
G_STATIC_ASSERT(JX_F_COUNT < 256);

struct jx_record_list {
    GPtrArray *items; /* owns jx_record* */
};

/* A JSON key and its length in bytes (the writer copies keys without
 * measuring them, a strlen call for each of a record's fields). */
typedef struct {
    const char *name;
    guint8 len;
} field_name;

#define FIELD_NAME(s) {(s), sizeof(s) - 1}

/* JSON keys, indexed by jx_field: data, so a new key of the contract is one
 * enum value and one string. */
static const field_name field_names[JX_F_COUNT] = {
    [JX_F_TYPE] = FIELD_NAME("type"),
    [JX_F_DOC] = FIELD_NAME("doc"),
    [JX_F_SOURCE] = FIELD_NAME("source"),
    [JX_F_SHA256] = FIELD_NAME("sha256"),
    [JX_F_FORMAT] = FIELD_NAME("format"),
    [JX_F_ENCODING] = FIELD_NAME("encoding"),
    [JX_F_PAGES] = FIELD_NAME("pages"),
    [JX_F_TITLE] = FIELD_NAME("title"),
    [JX_F_KIND] = FIELD_NAME("kind"),
    [JX_F_YEAR] = FIELD_NAME("year"),
    [JX_F_ORG] = FIELD_NAME("org"),
    [JX_F_PROJECT] = FIELD_NAME("project"),
    [JX_F_AMOUNT] = FIELD_NAME("amount"),
    [JX_F_WARNINGS] = FIELD_NAME("warnings"),
    [JX_F_NOTES] = FIELD_NAME("notes"),
    [JX_F_IMPLEMENTER] = FIELD_NAME("implementer"),
    [JX_F_OBJECTIVE] = FIELD_NAME("objective"),
    [JX_F_SCORE_TOTAL] = FIELD_NAME("score_total"),
    [JX_F_GRADE] = FIELD_NAME("grade"),
    [JX_F_TABLE] = FIELD_NAME("table"),
    [JX_F_ROW] = FIELD_NAME("row"),
    [JX_F_PAGE] = FIELD_NAME("page"),
    [JX_F_SEQ] = FIELD_NAME("seq"),
    [JX_F_LEVEL1] = FIELD_NAME("level1"),
    [JX_F_LEVEL2] = FIELD_NAME("level2"),
    [JX_F_NAME] = FIELD_NAME("name"),
    [JX_F_TASK] = FIELD_NAME("task"),
    [JX_F_CATEGORY] = FIELD_NAME("category"),
    [JX_F_OP] = FIELD_NAME("op"),
    [JX_F_VALUE] = FIELD_NAME("value"),
    [JX_F_UNIT] = FIELD_NAME("unit"),
    [JX_F_TEXT] = FIELD_NAME("text"),
    [JX_F_HALF] = FIELD_NAME("half"),
    [JX_F_FLAGS] = FIELD_NAME("flags"),
    [JX_F_ACTUAL] = FIELD_NAME("actual"),
    [JX_F_WEIGHT] = FIELD_NAME("weight"),
    [JX_F_SCORE] = FIELD_NAME("score"),
    [JX_F_DEVIATION] = FIELD_NAME("deviation"),
    [JX_F_CODE] = FIELD_NAME("code"),
    [JX_F_RATE] = FIELD_NAME("rate"),
    [JX_F_REASON] = FIELD_NAME("reason"),
    [JX_F_ITEM] = FIELD_NAME("item"),
    [JX_F_PLANNED] = FIELD_NAME("planned"),
    [JX_F_ADJUSTED] = FIELD_NAME("adjusted"),
    [JX_F_SPENT] = FIELD_NAME("spent"),
    [JX_F_BUDGET] = FIELD_NAME("budget"),
    [JX_F_SUBJECT] = FIELD_NAME("subject"),
    [JX_F_SEVERITY] = FIELD_NAME("severity"),
    [JX_F_RULE] = FIELD_NAME("rule"),
    [JX_F_MESSAGE] = FIELD_NAME("message"),
    [JX_F_WHERE] = FIELD_NAME("where"),
    [JX_F_EXPECTED] = FIELD_NAME("expected"),
    [JX_F_FOUND] = FIELD_NAME("found"),
    [JX_F_ACHIEVED] = FIELD_NAME("achieved"),
    [JX_F_EVALUATOR] = FIELD_NAME("evaluator"),
    [JX_F_BANDS] = FIELD_NAME("bands"),
    [JX_F_FACT] = FIELD_NAME("fact"),
    [JX_F_AVAILABLE] = FIELD_NAME("available"),
    [JX_F_GROUP_WEIGHT] = FIELD_NAME("group_weight"),
    [JX_F_WEIGHT_TOTAL] = FIELD_NAME("weight_total"),
};

static const char *const kind_names[] = {
    [JX_RECORD_DOCUMENT] = "document", [JX_RECORD_INDICATOR] = "indicator",
    [JX_RECORD_SCORE] = "score",       [JX_RECORD_FUNDS] = "funds",
    [JX_RECORD_BUDGET] = "budget",     [JX_RECORD_FACT] = "fact",
    [JX_RECORD_FINDING] = "finding",   [JX_RECORD_VALUE] = NULL,
};

const char *jx_field_name(jx_field field)
{
    return (unsigned)field < JX_F_COUNT ? field_names[field].name : NULL;
}

gboolean jx_field_from_name(const char *name, jx_field *field)
{
    if (!name)
        return FALSE;
    for (int f = 0; f < JX_F_COUNT; f++)
        if (strcmp(field_names[f].name, name) == 0) {
            *field = (jx_field)f;
            return TRUE;
        }
    return FALSE;
}

const char *jx_record_kind_name(jx_record_kind kind)
{
    return (unsigned)kind < G_N_ELEMENTS(kind_names) ? kind_names[kind] : NULL;
}

/* ---------------------------------------------------------------- building */

/* A new empty record with room for `cap` slots and a first text block of
 * `text_bytes`, in one allocation (see struct jx_record). */
static jx_record *record_new(jx_record_kind kind, guint cap, gsize text_bytes)
{
    gsize bytes = sizeof(jx_record) + (gsize)cap * sizeof(slot) + sizeof(text_block) + text_bytes;
    jx_record *rec = g_malloc(bytes);
    rec->kind = kind;
    rec->n = 0;
    rec->cap = cap;
    rec->slots = (slot *)(rec + 1);
    rec->slots_inline = TRUE;
    rec->text = (text_block *)(rec->slots + cap);
    rec->text->next = NULL;
    rec->text->size = text_bytes;
    rec->text->used = 0;
    memset(rec->at, 0, sizeof rec->at);
    return rec;
}

jx_record *jx_record_new(jx_record_kind kind)
{
    return record_new(kind, kind == JX_RECORD_VALUE ? 6 : SLOTS_AT_FIRST, TEXT_BLOCK_FIRST);
}

/* A copy of value[0..len) and a NUL in the record's text blocks. */
static char *keep_text(jx_record *rec, const char *value, gsize len)
{
    text_block *b = rec->text;
    if (b->size - b->used < len + 1) {
        gsize size = MAX(b->size * 2, TEXT_BLOCK_FIRST);
        b = g_malloc(sizeof *b + MAX(size, len + 1));
        b->next = rec->text;
        b->size = MAX(size, len + 1);
        b->used = 0;
        rec->text = b;
    }
    char *at = b->data + b->used;
    memcpy(at, value, len);
    at[len] = '\0';
    b->used += len + 1;
    return at;
}

static void slot_clear(slot *s)
{
    switch (s->tag) {
    case VALUE_STRING: break; /* in the record's text blocks */
    case VALUE_LIST: g_free(s->u.list); break; /* its strings in the text blocks */
    case VALUE_RECORD: jx_record_free(s->u.sub); break;
    default: break;
    }
    s->tag = VALUE_NULL;
}

void jx_record_free(jx_record *rec)
{
    if (!rec)
        return;
    for (guint i = 0; i < rec->n; i++)
        slot_clear(&rec->slots[i]);
    if (!rec->slots_inline)
        g_free(rec->slots);
    while (rec->text->next) { /* the last block is the record's own */
        text_block *next = rec->text->next;
        g_free(rec->text);
        rec->text = next;
    }
    g_free(rec);
}

/* The slot of `field`, or NULL: found by its index (`at`), not by a walk
 * of the slots — a reader asks for a record's fields one by one (the
 * importer's frame some thirty a row, the checker and the parser more),
 * and the walk was half a slot list a field. */
static const slot *find(const jx_record *rec, jx_field field)
{
    if (!rec || (unsigned)field >= JX_F_COUNT || !rec->at[field])
        return NULL;
    return &rec->slots[rec->at[field] - 1];
}

/* The slot of `field`, cleared for a new value: the existing one (a replaced
 * value keeps its place) or a new one at the end.  "type" is the kind's. */
static slot *put(jx_record *rec, jx_field field)
{
    g_return_val_if_fail(rec != NULL && (unsigned)field < JX_F_COUNT && field != JX_F_TYPE, NULL);
    slot *s = (slot *)find(rec, field);
    if (s) {
        slot_clear(s);
        return s;
    }
    if (rec->n == rec->cap) {
        rec->cap *= 2;
        if (rec->slots_inline) {
            slot *own = g_new(slot, rec->cap);
            memcpy(own, rec->slots, rec->n * sizeof(slot));
            rec->slots = own;
            rec->slots_inline = FALSE;
        } else {
            rec->slots = g_renew(slot, rec->slots, rec->cap);
        }
    }
    s = &rec->slots[rec->n++];
    s->field = field;
    s->tag = VALUE_NULL;
    rec->at[field] = (guint8)rec->n;
    return s;
}

/* Sets `field` to the first `len` bytes of `value` (len no more than its
 * length; NULL value: the field is null). */
static void set_string_exact(jx_record *rec, jx_field field, const char *value, gsize len)
{
    slot *s = put(rec, field);
    if (s && value) {
        s->tag = VALUE_STRING;
        s->u.s = keep_text(rec, value, len);
    }
}

/* The length is the string's own: no second bound scan (strnlen) as the
 * _len form needs for a caller's bound. */
void jx_record_set_string(jx_record *rec, jx_field field, const char *value)
{
    set_string_exact(rec, field, value, value ? strlen(value) : 0);
}

void jx_record_set_string_len(jx_record *rec, jx_field field, const char *value, gsize len)
{
    set_string_exact(rec, field, value, value ? strnlen(value, len) : 0);
}

void jx_record_set_int(jx_record *rec, jx_field field, gint64 value)
{
    slot *s = put(rec, field);
    if (s) {
        s->tag = VALUE_INT;
        s->u.i = value;
    }
}

void jx_record_set_null(jx_record *rec, jx_field field)
{
    put(rec, field);
}

void jx_record_set_record(jx_record *rec, jx_field field, jx_record *sub)
{
    slot *s = put(rec, field);
    if (!s) {
        jx_record_free(sub);
        return;
    }
    if (sub) {
        s->tag = VALUE_RECORD;
        s->u.sub = sub;
    }
}

void jx_record_set_list(jx_record *rec, jx_field field, const GPtrArray *values)
{
    slot *s = put(rec, field);
    if (!s || !values)
        return;
    char **list = g_new(char *, values->len + 1);
    guint n = 0;
    for (guint i = 0; i < values->len; i++)
        if (values->pdata[i])
            list[n++] = keep_text(rec, values->pdata[i], strlen(values->pdata[i]));
    list[n] = NULL;
    s->tag = VALUE_LIST;
    s->u.list = list;
}

/* A copy of NULL-terminated `list` whose strings are in `rec`'s blocks. */
static char **copy_list(jx_record *rec, char *const *list)
{
    guint n = g_strv_length((char **)list);
    char **copy = g_new(char *, n + 1);
    for (guint i = 0; i < n; i++)
        copy[i] = keep_text(rec, list[i], strlen(list[i]));
    copy[n] = NULL;
    return copy;
}

jx_record *jx_record_copy(const jx_record *rec)
{
    if (!rec)
        return NULL;
    jx_record *copy = record_new(rec->kind, MAX(rec->n, 1u), TEXT_BLOCK_FIRST);
    copy->n = rec->n;
    memcpy(copy->at, rec->at, sizeof copy->at);
    for (guint i = 0; i < rec->n; i++) {
        const slot *s = &rec->slots[i];
        slot *d = &copy->slots[i];
        *d = *s;
        if (s->tag == VALUE_STRING)
            d->u.s = keep_text(copy, s->u.s, strlen(s->u.s));
        else if (s->tag == VALUE_LIST)
            d->u.list = copy_list(copy, s->u.list);
        else if (s->tag == VALUE_RECORD)
            d->u.sub = jx_record_copy(s->u.sub);
    }
    return copy;
}

/* ---------------------------------------------------------------- reading */

jx_record_kind jx_record_kind_of(const jx_record *rec)
{
    return rec ? rec->kind : JX_RECORD_VALUE;
}

const char *jx_record_string(const jx_record *rec, jx_field field)
{
    if (field == JX_F_TYPE)
        return rec ? jx_record_kind_name(rec->kind) : NULL;
    const slot *s = find(rec, field);
    return s && s->tag == VALUE_STRING ? s->u.s : NULL;
}

gint64 jx_record_int(const jx_record *rec, jx_field field, gint64 fallback)
{
    const slot *s = find(rec, field);
    return s && s->tag == VALUE_INT ? s->u.i : fallback;
}

const jx_record *jx_record_sub(const jx_record *rec, jx_field field)
{
    const slot *s = find(rec, field);
    return s && s->tag == VALUE_RECORD ? s->u.sub : NULL;
}

const char *const *jx_record_list_of(const jx_record *rec, jx_field field)
{
    const slot *s = find(rec, field);
    return s && s->tag == VALUE_LIST ? (const char *const *)s->u.list : NULL;
}

gboolean jx_record_has_field(const jx_record *rec, jx_field field)
{
    if (field == JX_F_TYPE)
        return rec && rec->kind != JX_RECORD_VALUE;
    return find(rec, field) != NULL;
}

/* The field named `key`, or JX_F_COUNT (never stored) for an unknown key. */
static jx_field field_of(const char *key)
{
    jx_field f;
    return jx_field_from_name(key, &f) ? f : JX_F_COUNT;
}

const char *jx_record_type(const jx_record *rec)
{
    return rec ? jx_record_kind_name(rec->kind) : NULL;
}

gboolean jx_record_has(const jx_record *rec, const char *key)
{
    return jx_record_has_field(rec, field_of(key));
}

const char *jx_record_get_string(const jx_record *rec, const char *key)
{
    return jx_record_string(rec, field_of(key));
}

gint64 jx_record_get_int(const jx_record *rec, const char *key, gint64 fallback)
{
    return jx_record_int(rec, field_of(key), fallback);
}

const jx_record *jx_record_get_record(const jx_record *rec, const char *key)
{
    return jx_record_sub(rec, field_of(key));
}

char **jx_record_get_strv(const jx_record *rec, const char *key)
{
    const char *const *list = jx_record_list_of(rec, field_of(key));
    return list ? g_strdupv((char **)list) : NULL;
}

char **jx_record_keys(const jx_record *rec)
{
    GStrvBuilder *b = g_strv_builder_new();
    if (rec && rec->kind != JX_RECORD_VALUE)
        g_strv_builder_add(b, field_names[JX_F_TYPE].name);
    for (guint i = 0; rec && i < rec->n; i++)
        g_strv_builder_add(b, field_names[rec->slots[i].field].name);
    char **v = g_strv_builder_end(b);
    g_strv_builder_unref(b);
    return v;
}

/* ---------------------------------------------------------------- JSON */

/* A JSON string: the characters RFC 8259 requires escaped (quote, backslash,
 * U+0000–U+001F) plus DEL, with the short forms for \b \f \n \r \t; all
 * other text, UTF-8 included, as is — as json-glib writes it, except that
 * U+001F is escaped too. */
/* The bytes a JSON string cannot hold as they are: controls, DEL, the quote
 * and the backslash (every byte of a multi-byte UTF-8 character passes). */
static const guint8 json_escaped[256] = {
    [0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1,
    [0x07] = 1, [0x08] = 1, [0x09] = 1, [0x0A] = 1, [0x0B] = 1, [0x0C] = 1, [0x0D] = 1,
    [0x0E] = 1, [0x0F] = 1, [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1,
    [0x15] = 1, [0x16] = 1, [0x17] = 1, [0x18] = 1, [0x19] = 1, [0x1A] = 1, [0x1B] = 1,
    [0x1C] = 1, [0x1D] = 1, [0x1E] = 1, [0x1F] = 1, ['"'] = 1,  ['\\'] = 1, [0x7F] = 1,
};

/* Appends n bytes to out: a record's JSON is a few hundred short pieces,
 * and where the string has room (a sink reuses one line) a copy is all
 * g_string_append_len's call does. */
static inline void put_bytes(GString *out, const char *p, gsize n)
{
    if (out->allocated_len - out->len > n) {
        memcpy(out->str + out->len, p, n);
        out->len += n;
        out->str[out->len] = '\0';
    } else {
        g_string_append_len(out, p, (gssize)n);
    }
}

#define PUT_LITERAL(out, lit) put_bytes((out), (lit), sizeof(lit) - 1)

/* Bytes a step of the escape scan reads at once (a 64-bit word). */
#define JSON_SCAN_STEP 8
/* 0x01 in every byte of a word; times a byte value, that value in every byte. */
#define BYTES_ONES G_GUINT64_CONSTANT(0x0101010101010101)
#define BYTES_HIGHS (BYTES_ONES * 0x80)

/* TRUE when a byte of `w` (JSON_SCAN_STEP bytes of a text) needs escaping:
 * exactly the bytes json_escaped marks (below 0x20, the quote, the
 * backslash, DEL).  Each term keeps a byte's high bit when the byte is not
 * that kind (every byte holds at least what it subtracts, so no borrow
 * crosses into the next byte), and a byte with its own high bit set (UTF-8)
 * never needs escaping.  Most of a record is Chinese text with none: a step
 * asks eight bytes with a few word operations instead of a table read and
 * a branch each. */
static inline gboolean word_needs_escape(guint64 w)
{
    guint64 low7 = w & ~BYTES_HIGHS;
    guint64 plain = ((low7 | BYTES_HIGHS) - BYTES_ONES * 0x20) &
                    (((low7 ^ (BYTES_ONES * '"')) | BYTES_HIGHS) - BYTES_ONES) &
                    (((low7 ^ (BYTES_ONES * '\\')) | BYTES_HIGHS) - BYTES_ONES) &
                    (((low7 ^ (BYTES_ONES * 0x7F)) | BYTES_HIGHS) - BYTES_ONES);
    return (~(plain | w) & BYTES_HIGHS) != 0;
}

/* Appends the escaped form of byte c (json_escaped[c] set) to out. */
static void put_escaped(GString *out, guchar c)
{
    static const char hex[] = "0123456789abcdef";
    switch (c) {
    case '"': PUT_LITERAL(out, "\\\""); break;
    case '\\': PUT_LITERAL(out, "\\\\"); break;
    case '\b': PUT_LITERAL(out, "\\b"); break;
    case '\f': PUT_LITERAL(out, "\\f"); break;
    case '\n': PUT_LITERAL(out, "\\n"); break;
    case '\r': PUT_LITERAL(out, "\\r"); break;
    case '\t': PUT_LITERAL(out, "\\t"); break;
    default:
        PUT_LITERAL(out, "\\u00");
        g_string_append_c(out, hex[c >> 4]);
        g_string_append_c(out, hex[c & 0xF]);
    }
}

/* Appends bytes [p, stop) of a text to out escaped, the pending run of
 * plain bytes starting at *run; *run ends past the last escape. */
static void put_escaping(GString *out, const char **run, const char *p, const char *stop)
{
    for (; p < stop; p++) {
        guchar c = (guchar)*p;
        if (!json_escaped[c])
            continue;
        put_bytes(out, *run, (gsize)(p - *run));
        *run = p + 1;
        put_escaped(out, c);
    }
}

/* See core.h.  Runs of bytes that need no escape are copied whole; the scan
 * passes over them a word at a time (word_needs_escape), the last word
 * overlapping the one before when the length is not a multiple of the step,
 * and reads byte by byte only the words that hold an escape and texts
 * shorter than a word. */
void jx_json_append_string(GString *out, const char *s)
{
    g_string_append_c(out, '"');
    const char *run = s;
    const char *end = s + strlen(s);
    const char *p = s;
    if (end - s < JSON_SCAN_STEP) {
        put_escaping(out, &run, p, end);
    } else {
        while (p < end) {
            /* the last step ends at the end, overlapping bytes already passed */
            const char *at = end - p < JSON_SCAN_STEP ? end - JSON_SCAN_STEP : p;
            guint64 w;
            memcpy(&w, at, sizeof w);
            if (word_needs_escape(w))
                put_escaping(out, &run, p, at + JSON_SCAN_STEP);
            p = at + JSON_SCAN_STEP;
        }
    }
    put_bytes(out, run, (gsize)(end - run));
    g_string_append_c(out, '"');
}

static void json_record(GString *out, const jx_record *rec);

/* See core.h.  A record has a few integers (row, seq, table), and printf's
 * format parsing cost more than the rest of a record's JSON. */
void jx_string_append_int(GString *out, gint64 v)
{
    char buf[24];
    char *p = buf + sizeof buf;
    guint64 u = v < 0 ? (guint64)0 - (guint64)v : (guint64)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    put_bytes(out, p, (gsize)(buf + sizeof buf - p));
}

static void json_value(GString *out, const slot *s)
{
    switch (s->tag) {
    case VALUE_STRING: jx_json_append_string(out, s->u.s); break;
    case VALUE_INT: jx_string_append_int(out, s->u.i); break;
    case VALUE_LIST:
        g_string_append_c(out, '[');
        for (char **v = s->u.list; *v; v++) {
            if (v != s->u.list)
                g_string_append_c(out, ',');
            jx_json_append_string(out, *v);
        }
        g_string_append_c(out, ']');
        break;
    case VALUE_RECORD: json_record(out, s->u.sub); break;
    default: PUT_LITERAL(out, "null"); break;
    }
}

static void json_record(GString *out, const jx_record *rec)
{
    g_string_append_c(out, '{');
    gboolean first = TRUE;
    if (rec->kind != JX_RECORD_VALUE) {
        PUT_LITERAL(out, "\"type\":");
        jx_json_append_string(out, kind_names[rec->kind]);
        first = FALSE;
    }
    for (guint i = 0; i < rec->n; i++) {
        if (!first)
            g_string_append_c(out, ',');
        first = FALSE;
        /* a key is a plain ASCII name: nothing to escape */
        const field_name *key = &field_names[rec->slots[i].field];
        g_string_append_c(out, '"');
        put_bytes(out, key->name, key->len);
        PUT_LITERAL(out, "\":");
        json_value(out, &rec->slots[i]);
    }
    g_string_append_c(out, '}');
}

/* Appends the record as one line of JSON (no newline) to `out`. */
void jx_record_append_json(const jx_record *rec, GString *out)
{
    json_record(out, rec);
}

char *jx_record_to_json(const jx_record *rec)
{
    GString *out = g_string_sized_new(256);
    json_record(out, rec);
    return g_string_free(out, FALSE);
}

char *jx_record_get_text(const jx_record *rec, const char *key)
{
    jx_field field = field_of(key);
    if (field == JX_F_TYPE)
        return g_strdup(jx_record_type(rec) ? jx_record_type(rec) : "");
    const slot *s = find(rec, field);
    if (!s)
        return g_strdup("");
    switch (s->tag) {
    case VALUE_STRING: return g_strdup(s->u.s);
    case VALUE_INT: return g_strdup_printf("%" G_GINT64_FORMAT, s->u.i);
    case VALUE_LIST: return g_strjoinv(";", s->u.list);
    case VALUE_RECORD: return jx_record_to_json(s->u.sub);
    default: return g_strdup("");
    }
}

/* ---------------------------------------------------------------- lists */

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

jx_record *jx_record_list_take(jx_record_list *list, guint i)
{
    if (!list || i >= list->items->len)
        return NULL;
    jx_record *rec = g_ptr_array_index(list->items, i);
    list->items->pdata[i] = NULL;
    return rec;
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
