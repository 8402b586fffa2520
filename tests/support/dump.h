/*
 * dump.h — records the suites produce, kept for the schema check.
 *
 * Every record a suite parses is appended, as the JSON Lines a user would
 * read, to $JX_RECORDS_DIR/<suite>.jsonl; the ctest `schema_check` runs after
 * all suites and validates them with a maintained JSON Schema validator
 * (tests/schema_check.py).  Without JX_RECORDS_DIR (a suite run by hand)
 * nothing is written.
 */
#ifndef JX_TEST_DUMP_H
#define JX_TEST_DUMP_H

#include "jixiao.h"

G_BEGIN_DECLS

/* Appends every record of `list`. */
void jx_test_dump_records(const jx_record_list *list);
/* Appends `len` bytes of JSON Lines as they are (CLI output). */
void jx_test_dump_jsonl(const char *text, gsize len);
/* Parses the repository's file `rel` (under $JX_SOURCE_DIR) as a user would,
 * appends its records (see above) and returns them; aborts the suite when
 * JX_SOURCE_DIR is unset or the file cannot be parsed. */
jx_record_list *jx_test_parse_repo_file(const char *rel);
/* Parses the repository's file `rel`.txt as above and compares its indicator
 * records field by field with `rel`.expected.jsonl (tests/support/golden.h);
 * TRUE when they are equal, else the problems are appended to `report`. */
gboolean jx_test_check_repo_dump(const char *rel, GString *report);
/* The same for `dir`/`rel` (tests/layout, tests/ruled …), failing the
 * running cmocka test with the problems when they differ. */
void jx_test_assert_repo_dump(const char *dir, const char *rel);
/* The same for a document of any kind: the repository's file `file` (its
 * extension kept: .html, .csv, .xlsx …) against the .expected.jsonl beside it
 * (the file's name without its extension). */
gboolean jx_test_check_repo_document(const char *file, GString *report);
/* The same for `dir`/`file`, failing the running cmocka test. */
void jx_test_assert_repo_document(const char *dir, const char *file);
/* The same two for the records of type `type` ("funds", "score" …) in
 * place of the indicators. */
gboolean jx_test_check_repo_records(const char *file, const char *type, GString *report);
void jx_test_assert_repo_records(const char *dir, const char *file, const char *type);
/* The first indicator of `list` named `name`, or NULL; owned by `list`. */
const jx_record *jx_test_indicator_named(const jx_record_list *list, const char *name);
/* Parses the repository's dump `dir`/`rel`.txt and compares, on the fields
 * `keys` (`n_keys` of them), each indicator named in `names` (NULL-ended)
 * with the first record of that name in `dir`/`rel`.expected.jsonl, failing
 * the running cmocka test when a name is missing on either side or a field
 * differs: for dumps read right only in part. */
void jx_test_assert_named_rows(const char *dir, const char *rel, const char *const *names,
                               const char *const *keys, guint n_keys);

G_END_DECLS

#endif /* JX_TEST_DUMP_H */
