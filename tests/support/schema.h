/*
 * schema.h — a small JSON Schema (draft 2020-12) validator over json-glib
 * nodes, for the test suites.
 *
 * It supports exactly the keywords docs/record.schema.json uses:
 *   type (a name or a list; "integer" is a number with no fractional part),
 *   const, enum, pattern (GRegex/PCRE, unanchored search as in the spec),
 *   required, properties, items (single schema), minimum, $ref to a JSON
 *   pointer inside the same document ("#/$defs/x"), oneOf, anyOf, allOf,
 *   if/then/else, boolean schemas, and the annotations $schema, $id, $comment,
 *   title, description, examples, default.
 * Any other keyword makes jx_schema_load fail, so a schema never silently
 * relies on something the validator ignores.
 */
#ifndef JX_TEST_SCHEMA_H
#define JX_TEST_SCHEMA_H

#include <glib.h>
#include <json-glib/json-glib.h>

#include "jixiao.h"

G_BEGIN_DECLS

typedef struct jx_schema jx_schema;

/*
 * Reads and checks the schema in the file at `path`: valid JSON, only
 * supported keywords, every pattern compiles, every $ref resolves.
 * Returns a new schema (free with jx_schema_free) or NULL with `error` set;
 * the message names the file and the JSON pointer of the problem.
 */
jx_schema *jx_schema_load(const char *path, GError **error);

/*
 * As jx_schema_load, from `len` bytes of JSON text in memory (-1: NUL-
 * terminated).  `name` is used in error messages (may be NULL).
 */
jx_schema *jx_schema_load_data(const char *name, const char *json, gssize len, GError **error);

/* Releases the schema.  NULL is allowed. */
void jx_schema_free(jx_schema *schema);

/*
 * Validates `instance` against the schema's root.  Returns TRUE when valid.
 * Otherwise returns FALSE and, when `errors` is not NULL, appends one line
 * per problem: "PATH: reason\n", PATH being a JSON pointer into the instance
 * ("/half/value", "/" for the root).  For oneOf/anyOf with no matching branch,
 * the branches ruled out by a const/enum mismatch on a direct member (the
 * "type" dispatch) are not reported, so the lines name the real problem.
 */
gboolean jx_schema_validate(const jx_schema *schema, JsonNode *instance, GString *errors);

/* As jx_schema_validate, for one JSON object (e.g. a record from a .jsonl). */
gboolean jx_schema_validate_object(const jx_schema *schema, JsonObject *obj, GString *errors);

/* As jx_schema_validate, for a record produced by the library. */
gboolean jx_schema_validate_record(const jx_schema *schema, const jx_record *rec, GString *errors);

G_END_DECLS

#endif /* JX_TEST_SCHEMA_H */
