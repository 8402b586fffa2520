/*
 * testenv.c — locating the corpus, the CLI and the seeds.
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
