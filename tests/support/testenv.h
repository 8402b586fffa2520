/*
 * testenv.h — where the test suites find things.  ctest sets
 *   JX_SOURCE_DIR  the repository root (corpus/, docs/, tests/seeds/)
 *   JX_CLI         the built `jixiao` binary
 *   JX_SHARED_DIR  the shared folder beside the repository (seeds/)
 *   CI             set (non-empty) on continuous integration
 */
#ifndef JX_TEST_ENV_H
#define JX_TEST_ENV_H

#include <glib.h>


G_BEGIN_DECLS

/* A new path: `rel` (may be NULL) under the directory named by the
 * environment variable `var`, or NULL when `var` is unset or empty. */
char *jx_test_path(const char *var, const char *rel);

/* The names of the entries of `dir`, sorted (byte order), as a new
 * NULL-terminated vector (free with g_strfreev); NULL with `error` set when
 * the folder cannot be read. */
char **jx_test_list_dir(const char *dir, GError **error);

/* TRUE when a missing shared folder must fail the tests that need it instead
 * of skipping them: CI is set (and not "false" or "0"), so a run that cannot
 * see the reference documents does not pass by testing nothing. */
gboolean jx_test_must_have_shared(void);


G_END_DECLS

#endif /* JX_TEST_ENV_H */
