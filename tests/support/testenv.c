/*
 * testenv.c — locating the corpus, the schema, the CLI and the seeds.
 */
#include "testenv.h"

#include <string.h>

#include "jixiao.h"

/* `rel` under the folder named by environment variable `var`; NULL when unset. */
char *jx_test_path(const char *var, const char *rel)
{
    const char *dir = g_getenv(var);
    if (!dir || !*dir)
        return NULL;
    return rel ? g_build_filename(dir, rel, NULL) : g_strdup(dir);
}

static gint compare_names(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted entry names of `dir`; NULL with `error` set when unreadable. */
char **jx_test_list_dir(const char *dir, GError **error)
{
    GDir *d = g_dir_open(dir, 0, error);
    if (!d)
        return NULL;
    GPtrArray *names = g_ptr_array_new();
    const char *name;
    while ((name = g_dir_read_name(d)))
        g_ptr_array_add(names, g_strdup(name));
    g_dir_close(d);
    g_ptr_array_sort(names, compare_names);
    g_ptr_array_add(names, NULL);
    return (char **)g_ptr_array_free(names, FALSE);
}

gboolean jx_test_must_have_shared(void)
{
    const char *ci = g_getenv("CI");
    return ci && *ci && strcmp(ci, "false") != 0 && strcmp(ci, "0") != 0;
}

/* Loads docs/record.schema.json from the source tree named by JX_SOURCE_DIR. */
jx_schema *jx_test_load_record_schema(GError **error)
{
    char *path = jx_test_path("JX_SOURCE_DIR", "docs/record.schema.json");
    if (!path) {
        g_set_error(error, JX_ERROR, JX_ERROR_IO,
                    "JX_SOURCE_DIR is not set; run the tests through ctest");
        return NULL;
    }
    jx_schema *schema = jx_schema_load(path, error);
    g_free(path);
    return schema;
}
