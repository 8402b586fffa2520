/*
 * sink.c — writing records out: JSON Lines (every record) and CSV (one row
 * per indicator, for spreadsheets).  Later sinks (SQLite, PostgreSQL) plug in
 * behind the same three calls: write, flush, free.
 */
#include "store/store.h"

#include <string.h>

struct jx_sink {
    /* A sink of another kind (a database) sets these; the stream fields stay empty. */
    jx_sink_end_fn end;
    GDestroyNotify release;
    gpointer impl;
    jx_sink_format format;
    unsigned flags;
    GOutputStream *raw;
    GBufferedOutputStream *out;
    sink_write_fn write;
    sink_write_json_fn write_json; /* NULL: jx_sink_write_json writes the record */
    gboolean started;          /* CSV: BOM and header written */
    jx_record *last_document;  /* CSV: the document the next indicators belong to (a copy) */
    GString *line;             /* the line being written, reused */
};

/* The CSV columns: document context first, then the indicator fields, then
 * the half-year target flattened.  Data, not code: a new field is a new row. */
typedef struct {
    const char *header;
    jx_field field;  /* in the record (or the document, or "half") */
    enum { FROM_INDICATOR, FROM_DOCUMENT, FROM_HALF } from;
} csv_column;

static const csv_column csv_columns[] = {
    {"doc", JX_F_DOC, FROM_INDICATOR},       {"title", JX_F_TITLE, FROM_DOCUMENT},
    {"year", JX_F_YEAR, FROM_DOCUMENT},      {"org", JX_F_ORG, FROM_DOCUMENT},
    {"project", JX_F_PROJECT, FROM_DOCUMENT}, {"table", JX_F_TABLE, FROM_INDICATOR},
    {"row", JX_F_ROW, FROM_INDICATOR},       {"page", JX_F_PAGE, FROM_INDICATOR},
    {"seq", JX_F_SEQ, FROM_INDICATOR},       {"level1", JX_F_LEVEL1, FROM_INDICATOR},
    {"level2", JX_F_LEVEL2, FROM_INDICATOR}, {"name", JX_F_NAME, FROM_INDICATOR},
    {"task", JX_F_TASK, FROM_INDICATOR},     {"category", JX_F_CATEGORY, FROM_INDICATOR},
    {"op", JX_F_OP, FROM_INDICATOR},         {"value", JX_F_VALUE, FROM_INDICATOR},
    {"kind", JX_F_KIND, FROM_INDICATOR},     {"unit", JX_F_UNIT, FROM_INDICATOR},
    {"text", JX_F_TEXT, FROM_INDICATOR},     {"half_op", JX_F_OP, FROM_HALF},
    {"half_value", JX_F_VALUE, FROM_HALF},   {"half_kind", JX_F_KIND, FROM_HALF},
    {"half_unit", JX_F_UNIT, FROM_HALF},     {"half_text", JX_F_TEXT, FROM_HALF},
    {"flags", JX_F_FLAGS, FROM_INDICATOR},
};

static gboolean put(jx_sink *sink, const char *s, gsize len, GError **error)
{
    return g_output_stream_write_all(G_OUTPUT_STREAM(sink->out), s, len, NULL, NULL, error);
}

static gboolean jsonl_write(jx_sink *sink, const jx_record *rec, GError **error)
{
    g_string_truncate(sink->line, 0);
    jx_record_append_json(rec, sink->line);
    g_string_append_c(sink->line, '\n');
    return put(sink, sink->line->str, sink->line->len, error);
}

/* Spreadsheets run a cell that starts with = + - or @ as a formula (`= | 20 | 项`
 * would become an error, a crafted document could run code), and some strip a
 * leading tab or carriage return and then do the same (OWASP's list).  A plain
 * number (`-5`, `+0.5`) is only a number; anything else behind those
 * characters (`-1+cmd|…`) gets a leading ' that makes it text. */
static const char formula_starts[] = "=+-@\t\r";

/* See store.h. */
gboolean jx_store_is_decimal(const char *s)
{
    if (!s)
        return FALSE;
    if (*s == '+' || *s == '-')
        s++;
    gboolean digits = FALSE, point = FALSE;
    for (; *s; s++) {
        if (g_ascii_isdigit(*s))
            digits = TRUE;
        else if (*s == '.' && !point)
            point = TRUE;
        else
            return FALSE;
    }
    return digits;
}

/* See store.h. */
gboolean jx_csv_runs_as_formula(const char *s)
{
    return *s && strchr(formula_starts, *s) && !jx_store_is_decimal(s);
}

/* RFC 4180: quote a field holding a separator, quote or line break. */
/* See store.h. */
void jx_csv_append_field(GString *line, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        g_string_append(line, s);
        return;
    }
    g_string_append_c(line, '"');
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            g_string_append_c(line, '"');
        g_string_append_c(line, *p);
    }
    g_string_append_c(line, '"');
}

static void csv_field(GString *line, const char *s, gboolean guard)
{
    char *guarded = NULL;
    if (guard && jx_csv_runs_as_formula(s))
        s = guarded = g_strconcat("'", s, NULL);
    jx_csv_append_field(line, s);
    g_free(guarded);
}

static gboolean csv_start(jx_sink *sink, GError **error)
{
    GString *line = g_string_new(NULL);
    if (sink->flags & JX_SINK_CSV_BOM)
        g_string_append(line, "\xEF\xBB\xBF");
    for (gsize i = 0; i < G_N_ELEMENTS(csv_columns); i++) {
        if (i)
            g_string_append_c(line, ',');
        csv_field(line, csv_columns[i].header, FALSE);
    }
    g_string_append(line, "\r\n");
    gboolean ok = put(sink, line->str, line->len, error);
    g_string_free(line, TRUE);
    sink->started = TRUE;
    return ok;
}

/* A field as CSV text: strings as is, integers in decimal, lists joined with
 * ";", a nested object as JSON; null or absent as "". */
static char *field_text(const jx_record *rec, jx_field field)
{
    const char *key = jx_field_name(field);
    return rec && key ? jx_record_get_text(rec, key) : g_strdup("");
}

static char *csv_value(jx_sink *sink, const jx_record *rec, const csv_column *col)
{
    switch (col->from) {
    case FROM_DOCUMENT:
        /* an indicator naming its own project (a document of several) says it */
        if (jx_record_has_field(rec, col->field))
            return field_text(rec, col->field);
        return field_text(sink->last_document, col->field);
    case FROM_HALF: return field_text(jx_record_sub(rec, JX_F_HALF), col->field);
    default: return field_text(rec, col->field);
    }
}

static gboolean csv_write(jx_sink *sink, const jx_record *rec, GError **error)
{
    jx_record_kind kind = jx_record_kind_of(rec);
    if (kind == JX_RECORD_DOCUMENT) {
        jx_record_free(sink->last_document);
        sink->last_document = jx_record_copy(rec);
        return TRUE;
    }
    if (kind != JX_RECORD_INDICATOR)
        return TRUE;
    if (!sink->started && !csv_start(sink, error))
        return FALSE;
    GString *line = g_string_new(NULL);
    for (gsize i = 0; i < G_N_ELEMENTS(csv_columns); i++) {
        if (i)
            g_string_append_c(line, ',');
        char *v = csv_value(sink, rec, &csv_columns[i]);
        csv_field(line, v, (sink->flags & JX_SINK_CSV_GUARD) != 0);
        g_free(v);
    }
    g_string_append(line, "\r\n");
    gboolean ok = put(sink, line->str, line->len, error);
    g_string_free(line, TRUE);
    return ok;
}

jx_sink *jx_sink_new(jx_sink_format format, GOutputStream *out, unsigned flags)
{
    g_return_val_if_fail(G_IS_OUTPUT_STREAM(out), NULL);
    jx_sink *sink = g_new0(jx_sink, 1);
    sink->format = format;
    sink->flags = flags;
    sink->raw = g_object_ref(out);
    sink->out = G_BUFFERED_OUTPUT_STREAM(g_buffered_output_stream_new_sized(out, 1 << 16));
    g_filter_output_stream_set_close_base_stream(G_FILTER_OUTPUT_STREAM(sink->out), FALSE);
    sink->write = format == JX_SINK_CSV ? csv_write : jsonl_write;
    sink->line = g_string_sized_new(1024);
    return sink;
}

/* See store.h. */
jx_sink *jx_sink_new_custom(sink_write_fn write, jx_sink_end_fn end, GDestroyNotify release,
                            gpointer impl)
{
    jx_sink *sink = g_new0(jx_sink, 1);
    sink->write = write;
    sink->end = end;
    sink->release = release;
    sink->impl = impl;
    return sink;
}

gpointer jx_sink_impl(jx_sink *sink)
{
    return sink->impl;
}

void jx_sink_set_write_json(jx_sink *sink, sink_write_json_fn write_json)
{
    sink->write_json = write_json;
}

gboolean jx_sink_write_json(jx_sink *sink, const jx_record *rec, const char *json,
                            GError **error)
{
    g_return_val_if_fail(sink != NULL && rec != NULL && json != NULL, FALSE);
    return sink->write_json ? sink->write_json(sink, rec, json, error)
                            : sink->write(sink, rec, error);
}

gboolean jx_sink_write(jx_sink *sink, const jx_record *rec, GError **error)
{
    g_return_val_if_fail(sink != NULL && rec != NULL, FALSE);
    return sink->write(sink, rec, error);
}

gboolean jx_sink_end_document(jx_sink *sink, GError **error)
{
    g_return_val_if_fail(sink != NULL, FALSE);
    return sink->end ? sink->end(sink, error) : jx_sink_flush(sink, error);
}

gboolean jx_sink_write_list(jx_sink *sink, const jx_record_list *list, GError **error)
{
    for (guint i = 0; i < jx_record_list_length(list); i++)
        if (!jx_sink_write(sink, jx_record_list_get(list, i), error))
            return FALSE;
    return TRUE;
}

gboolean jx_sink_flush(jx_sink *sink, GError **error)
{
    /* A database sink commits whole documents only (jx_sink_end_document):
     * the pipeline's flush after each table must not commit half of one. */
    if (sink->impl)
        return TRUE;
    /* A CSV of a batch without indicators still gets its header, so a
     * spreadsheet opens an empty table rather than an empty file. */
    if (sink->format == JX_SINK_CSV && !sink->started && !csv_start(sink, error))
        return FALSE;
    return g_output_stream_flush(G_OUTPUT_STREAM(sink->out), NULL, error) &&
           g_output_stream_flush(sink->raw, NULL, error);
}

void jx_sink_free(jx_sink *sink)
{
    if (!sink)
        return;
    if (sink->impl) {
        if (sink->release)
            sink->release(sink->impl);
        g_free(sink);
        return;
    }
    /* Dropping the last reference closes the buffering stream, which writes
     * what is still buffered; the caller's stream stays open. */
    g_object_unref(sink->out);
    g_object_unref(sink->raw);
    jx_record_free(sink->last_document);
    g_string_free(sink->line, TRUE);
    g_free(sink);
}
