/*
 * test_sink.c — the JSON Lines and CSV sinks: key order, RFC 4180 quoting,
 * the BOM, formula guarding for spreadsheets, and a header even when a batch
 * has no indicator.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/core.h"

/* Writes the records through a new sink of `format`/`flags`; returns the bytes. */
static char *written(jx_sink_format format, unsigned flags, jx_record **recs, int n)
{
    GOutputStream *mem = g_memory_output_stream_new_resizable();
    jx_sink *sink = jx_sink_new(format, mem, flags);
    GError *error = NULL;
    for (int i = 0; i < n; i++)
        assert_true(jx_sink_write(sink, recs[i], &error));
    assert_true(jx_sink_flush(sink, &error));
    jx_sink_free(sink);
    g_output_stream_write_all(mem, "", 1, NULL, NULL, NULL); /* NUL-terminate */
    g_output_stream_close(mem, NULL, NULL);
    char *data = g_memory_output_stream_steal_data(G_MEMORY_OUTPUT_STREAM(mem));
    g_object_unref(mem);
    return data;
}

static jx_record *document(void)
{
    jx_record *d = jx_record_new("document");
    jx_record_set_string(d, "doc", "a.txt");
    jx_record_set_string(d, "title", "绩效目标表, 2023");
    jx_record_set_int(d, "year", 2023);
    return d;
}

static jx_record *indicator(const char *name, const char *op, const char *text)
{
    jx_record *r = jx_record_new("indicator");
    jx_record_set_string(r, "doc", "a.txt");
    jx_record_set_int(r, "seq", 1);
    jx_record_set_string(r, "name", name);
    jx_record_set_string(r, "op", op);
    jx_record_set_string(r, "value", "-5");
    jx_record_set_string(r, "text", text);
    GPtrArray *flags = g_ptr_array_new();
    g_ptr_array_add(flags, "filled-down");
    g_ptr_array_add(flags, "joined-lines");
    jx_record_set_list(r, "flags", flags);
    g_ptr_array_unref(flags);
    return r;
}

static void test_jsonl(void **state)
{
    (void)state;
    jx_record *recs[] = {document(), indicator("培训\"人次\"", "=", "= | 20 | 项")};
    char *out = written(JX_SINK_JSONL, 0, recs, 2);
    char **lines = g_strsplit(out, "\n", -1);
    assert_int_equal(g_strv_length(lines), 3); /* two lines and the final empty piece */
    assert_true(g_str_has_prefix(lines[0], "{\"type\":\"document\""));
    assert_true(g_str_has_prefix(lines[1], "{\"type\":\"indicator\",\"doc\":\"a.txt\",\"seq\":1"));
    assert_non_null(strstr(lines[1], "\"name\":\"培训\\\"人次\\\"\""));
    g_strfreev(lines);
    g_free(out);
    for (int i = 0; i < 2; i++)
        jx_record_free(recs[i]);
}

static void test_csv_quoting_and_context(void **state)
{
    (void)state;
    jx_record *recs[] = {document(), indicator("a,b", "=", "= | 20 | 项")};
    char *out = written(JX_SINK_CSV, 0, recs, 2);
    assert_true(g_str_has_prefix(out, "doc,title,year,"));
    char **lines = g_strsplit(out, "\r\n", -1);
    assert_true(g_str_has_prefix(lines[1], "a.txt,\"绩效目标表, 2023\",2023,"));
    assert_non_null(strstr(lines[1], ",\"a,b\","));
    assert_non_null(strstr(lines[1], ",=,-5,"));
    assert_non_null(strstr(lines[1], ",filled-down;joined-lines"));
    g_strfreev(lines);
    g_free(out);
    for (int i = 0; i < 2; i++)
        jx_record_free(recs[i]);
}

static void test_csv_excel(void **state)
{
    (void)state;
    jx_record *recs[] = {document(), indicator("@cmd", "=", "= | 20 | 项")};
    char *out = written(JX_SINK_CSV, JX_SINK_CSV_BOM | JX_SINK_CSV_GUARD, recs, 2);
    assert_memory_equal(out, "\xEF\xBB\xBF" "doc,", 7);
    assert_non_null(strstr(out, ",'@cmd,"));
    assert_non_null(strstr(out, ",'=,-5,")); /* a negative number stays a number */
    assert_non_null(strstr(out, ",'= | 20 | 项,"));
    g_free(out);
    for (int i = 0; i < 2; i++)
        jx_record_free(recs[i]);

    /* OWASP's list: + - tab and CR lead formulas too; plain numbers stay numbers */
    static const struct {
        const char *name, *csv;
    } cases[] = {
        {"+1+cmd", ",'+1+cmd,"},     {"-1+cmd", ",'-1+cmd,"},   {"\tcmd", ",'\tcmd,"},
        {"\r=cmd", ",\"'\r=cmd\","}, {"-2.5", ",-2.5,"},       {"+3", ",+3,"},
        {"-", ",'-,"},
    };
    for (gsize k = 0; k < G_N_ELEMENTS(cases); k++) {
        recs[0] = document();
        recs[1] = indicator(cases[k].name, "=", "x");
        out = written(JX_SINK_CSV, JX_SINK_CSV_GUARD, recs, 2);
        if (!strstr(out, cases[k].csv))
            fail_msg("name %s: expected %s in %s", cases[k].name, cases[k].csv, out);
        g_free(out);
        for (int i = 0; i < 2; i++)
            jx_record_free(recs[i]);
    }
}

/* A batch without indicators still gets the header: an empty table, not an empty file. */
static void test_csv_header_only(void **state)
{
    (void)state;
    jx_record *recs[] = {document()};
    char *out = written(JX_SINK_CSV, 0, recs, 1);
    assert_true(g_str_has_prefix(out, "doc,title,"));
    char **lines = g_strsplit(out, "\r\n", -1);
    assert_int_equal(g_strv_length(lines), 2);
    g_strfreev(lines);
    g_free(out);
    jx_record_free(recs[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsonl),
        cmocka_unit_test(test_csv_quoting_and_context),
        cmocka_unit_test(test_csv_excel),
        cmocka_unit_test(test_csv_header_only),
    };
    return cmocka_run_group_tests_name("sinks", tests, NULL, NULL);
}
