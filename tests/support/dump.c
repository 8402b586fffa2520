/*
 * dump.c — see dump.h.
 */
#include "dump.h"
#include "golden.h"
#include "testenv.h"

#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

/* The suite's file, opened for appending, or NULL when not collecting. */
static FILE *open_dump(void)
{
    const char *dir = g_getenv("JX_RECORDS_DIR");
    if (!dir || !*dir)
        return NULL;
    g_mkdir_with_parents(dir, 0755);
    char *name = g_strconcat(program_invocation_short_name, ".jsonl", NULL);
    char *path = g_build_filename(dir, name, NULL);
    FILE *f = fopen(path, "a");
    if (!f)
        g_error("cannot append to %s: %s", path, g_strerror(errno));
    g_free(name);
    g_free(path);
    return f;
}

void jx_test_dump_records(const jx_record_list *list)
{
    FILE *f = open_dump();
    if (!f)
        return;
    for (guint i = 0; i < jx_record_list_length(list); i++) {
        char *json = jx_record_to_json(jx_record_list_get(list, i));
        fprintf(f, "%s\n", json);
        g_free(json);
    }
    fclose(f);
}

void jx_test_dump_jsonl(const char *text, gsize len)
{
    FILE *f = open_dump();
    if (!f)
        return;
    fwrite(text, 1, len, f);
    if (len && text[len - 1] != '\n')
        fputc('\n', f);
    fclose(f);
}

jx_record_list *jx_test_parse_repo_file(const char *rel)
{
    char *path = jx_test_path("JX_SOURCE_DIR", rel);
    if (!path)
        g_error("JX_SOURCE_DIR is not set; run the tests through ctest");
    GError *error = NULL;
    jx_record_list *l = jx_parse_path(path, 0, &error);
    if (!l)
        g_error("%s: %s", path, error->message);
    g_free(path);
    jx_test_dump_records(l);
    return l;
}

gboolean jx_test_check_repo_dump(const char *rel, GString *report)
{
    char *txt = g_strdup_printf("%s.txt", rel);
    gboolean same = jx_test_check_repo_document(txt, report);
    g_free(txt);
    return same;
}

gboolean jx_test_check_repo_document(const char *txt, GString *report)
{
    return jx_test_check_repo_records(txt, "indicator", report);
}

gboolean jx_test_check_repo_records(const char *txt, const char *type, GString *report)
{
    const char *dot = strrchr(txt, '.');
    char *rel = dot ? g_strndup(txt, (gsize)(dot - txt)) : g_strdup(txt);
    char *exp = g_strdup_printf("%s.expected.jsonl", rel);
    char *expected_path = jx_test_path("JX_SOURCE_DIR", exp);
    gboolean same = FALSE;
    GError *error = NULL;
    GPtrArray *expected = expected_path ? jx_golden_load(expected_path, &error) : NULL;
    if (!expected_path) {
        g_string_append(report, "JX_SOURCE_DIR is not set; run the tests through ctest\n");
    } else if (!expected) {
        g_string_append_printf(report, "%s: %s\n", expected_path, error->message);
        g_error_free(error);
    } else {
        jx_record_list *got = jx_test_parse_repo_file(txt);
        same = jx_golden_compare(txt, expected, got, type, NULL, report);
        jx_record_list_free(got);
        g_ptr_array_unref(expected);
    }
    g_free(expected_path);
    g_free(rel);
    g_free(exp);
    return same;
}

void jx_test_assert_repo_document(const char *dir, const char *file)
{
    jx_test_assert_repo_records(dir, file, "indicator");
}

void jx_test_assert_repo_records(const char *dir, const char *file, const char *type)
{
    char *path = g_strdup_printf("%s/%s", dir, file);
    GString *report = g_string_new(NULL);
    gboolean same = jx_test_check_repo_records(path, type, report);
    char *problems = g_string_free(report, FALSE);
    g_free(path);
    if (!same)
        fail_msg("%s", problems); /* does not return: the report is the test's last word */
    g_free(problems);
}

void jx_test_assert_repo_dump(const char *dir, const char *rel)
{
    char *txt = g_strdup_printf("%s.txt", rel);
    jx_test_assert_repo_document(dir, txt);
    g_free(txt);
}

const jx_record *jx_test_indicator_named(const jx_record_list *list, const char *name)
{
    for (guint k = 0; k < jx_record_list_length(list); k++) {
        const jx_record *r = jx_record_list_get(list, k);
        if (g_strcmp0(jx_record_type(r), "indicator") == 0 &&
            g_strcmp0(jx_record_get_string(r, "name"), name) == 0)
            return r;
    }
    return NULL;
}

void jx_test_assert_named_rows(const char *dir, const char *rel, const char *const *names,
                               const char *const *keys, guint n_keys)
{
    char *txt = g_strdup_printf("%s/%s.txt", dir, rel);
    char *exp = g_strdup_printf("%s/%s.expected.jsonl", dir, rel);
    char *want = jx_test_path("JX_SOURCE_DIR", exp);
    GError *error = NULL;
    GPtrArray *expected = want ? jx_golden_load(want, &error) : NULL;
    if (!expected)
        fail_msg("%s: %s", exp, error ? error->message : "JX_SOURCE_DIR is not set");
    jx_record_list *got = jx_test_parse_repo_file(txt);
    for (const char *const *name = names; *name; name++) {
        JsonObject *match = jx_golden_named(expected, *name);
        if (!match)
            fail_msg("%s: %s: not in the expected file", exp, *name);
        const jx_record *rec = jx_test_indicator_named(got, *name);
        if (!rec)
            fail_msg("%s: no indicator named %s", txt, *name);
        char *difference = jx_golden_string_difference(match, rec, keys, n_keys);
        if (difference)
            fail_msg("%s: %s: %s", txt, *name, difference);
    }
    jx_record_list_free(got);
    g_ptr_array_unref(expected);
    g_free(txt);
    g_free(exp);
    g_free(want);
}
