/*
 * golden.h — comparing produced records with an expected .jsonl file.
 *
 * The expected file says what must be true, not everything that is: for each
 * record type it contains, the produced records of that type are compared
 * with the expected ones in order, their count must match, and every key an
 * expected record has must be present in the produced record with an equal
 * value.  Keys the expected record lacks are not looked at, and produced
 * records of types the expected file does not mention are ignored.
 *
 * Equality is deep JSON equality: strings byte for byte, integers with
 * integers, null with null, lists element by element, and nested objects on
 * the keys the expected object has.
 */
#ifndef JX_TEST_GOLDEN_H
#define JX_TEST_GOLDEN_H

#include <glib.h>
#include <json-glib/json-glib.h>

#include "jixiao.h"

G_BEGIN_DECLS

/* Running totals over one or more comparisons (zero-initialize). */
typedef struct {
    guint right;      /* expected records whose every expected field matched */
    guint wrong;      /* expected records with a mismatch or missing, plus produced extras */
    guint mismatches; /* problems found: field mismatches, count and missing/extra records */
} jx_golden_tally;

/*
 * Reads a JSON Lines file: one JSON object with a string "type" per line;
 * blank lines are skipped.  Returns a new array of JsonObject* (it owns a
 * reference to each; free with g_ptr_array_unref), or NULL with `error` set
 * naming "FILE:LINE" of the first bad line.
 */
/* A record as the JSON object its JSON Lines output parses to: what a user
 * reads, so tests compare that.  Returns a new reference (json_object_unref). */
JsonObject *jx_golden_record_object(const jx_record *rec);

GPtrArray *jx_golden_load(const char *path, GError **error);

/* Parses JSON Lines text in memory the same way; `name` is used in errors. */
GPtrArray *jx_golden_parse(const char *name, const char *text, gsize len, GError **error);

/* How many of the `expected` objects have "type" == `type`. */
guint jx_golden_count_type(const GPtrArray *expected, const char *type);

/* The first of the `expected` objects whose "name" is `name`, or NULL.
 * Borrowed from `expected`. */
JsonObject *jx_golden_named(const GPtrArray *expected, const char *name);

/* The first of `keys` (`n` of them) whose string value differs between the
 * expected object `want` and the record `got` (absent and null are alike),
 * said as "KEY: expected X, got Y" (a new string; g_free), or NULL when all
 * agree. */
char *jx_golden_string_difference(JsonObject *want, const jx_record *got, const char *const *keys,
                                  gsize n);

/*
 * Compares the records `got` with `expected` (objects from jx_golden_load).
 * `only_type` restricts the comparison to one record type; NULL compares
 * every type present in `expected`.  Adds to `tally` (may be NULL) and
 * appends one line per problem to `report` (may be NULL):
 *   LABEL: record N (TYPE, seq S, name NAME): field F: expected X, got Y
 *   LABEL: TYPE records: expected N, got M
 *   LABEL: record N (…): missing from the output
 *   LABEL: record N (…): produced but not expected
 * where N counts records of that type from 1, F is a dotted key path
 * ("half.op") and X, Y are JSON ("absent" for a missing key).  At most 100
 * lines are written per call; a last line says how many were left out.
 * Returns TRUE when there was no problem.
 */
gboolean jx_golden_compare(const char *label, const GPtrArray *expected, const jx_record_list *got,
                           const char *only_type, jx_golden_tally *tally, GString *report);

G_END_DECLS

#endif /* JX_TEST_GOLDEN_H */
