/*
 * store.h — what the writers of store/ share.
 */
#ifndef JX_STORE_H
#define JX_STORE_H

#include "core/core.h"

/* Appends `s` as one RFC 4180 field: quoted when it holds a comma, a quote
 * or a line break, its quotes doubled. */
void jx_csv_append_field(GString *line, const char *s);

/* TRUE for a plain decimal number (`58600`, `-2.5`, `+0.5`): what a NUMERIC
 * column takes, and a spreadsheet reads as a number, not a formula.  FALSE
 * for NULL. */
gboolean jx_store_is_decimal(const char *s);
/* TRUE when a spreadsheet would run the text as a formula (it starts with
 * = + - @ or a tab or carriage return, and is no plain number): flat
 * outputs for Excel give it a leading '. */
gboolean jx_csv_runs_as_formula(const char *s);

/* The calls behind a sink that is not a stream (a database). */
typedef gboolean (*sink_write_fn)(jx_sink *sink, const jx_record *rec, GError **error);
typedef gboolean (*jx_sink_end_fn)(jx_sink *sink, GError **error);

/* A new sink whose writes go to `write` and whose jx_sink_end_document goes
 * to `end`; jx_sink_flush does nothing (a database commits whole documents);
 * jx_sink_free calls `release(impl)` (none when NULL).  `impl` must not be NULL. */
jx_sink *jx_sink_new_custom(sink_write_fn write, jx_sink_end_fn end, GDestroyNotify release,
                            gpointer impl);
/* The `impl` of a custom sink. */
gpointer jx_sink_impl(jx_sink *sink);
/* What jx_sink_write_json calls on a custom sink that can use the JSON it is
 * given (a database stores it as the `record` column). */
typedef gboolean (*sink_write_json_fn)(jx_sink *sink, const jx_record *rec, const char *json,
                                       GError **error);
void jx_sink_set_write_json(jx_sink *sink, sink_write_json_fn write_json);

#endif /* JX_STORE_H */
