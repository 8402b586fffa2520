/*
 * test_golden.c — the golden corpus: every corpus/NAME.EXT that has a
 * corpus/NAME.expected.jsonl beside it is parsed, its records are compared
 * with the expected ones (tests/support/golden.h), and every produced record
 * goes to schema_check (docs/record.schema.json, tests/schema_check.py).
 *
 * Prints one line per document and a total
 *     golden: R records right, W wrong
 * and fails on any mismatch or parse failure.  A corpus with no
 * documents fails too: a golden runner that runs nothing must not pass.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/core.h" /* jx_record_new & co., to build records by hand */
#include "support/golden.h"
#include "support/dump.h"
#include "support/testenv.h"

#define EXPECTED_SUFFIX ".expected.jsonl"

typedef struct {
    guint documents;
    guint failed_documents;
    jx_golden_tally tally;
} totals;

/* Parses one document and compares it; prints its summary line and report. */
static void run_document(const char *corpus, const char *name,
                         const char *expected_name, totals *t)
{
    char *path = g_build_filename(corpus, name, NULL);
    char *expected_path = g_build_filename(corpus, expected_name, NULL);
    char *label = g_strdup_printf("corpus/%s", name);
    GString *report = g_string_new(NULL);
    gboolean ok = TRUE;
    t->documents++;

    GError *error = NULL;
    GPtrArray *expected = jx_golden_load(expected_path, &error);
    if (!expected) {
        printf("%s: FAIL: cannot read the expected records: %s\n", label, error->message);
        g_clear_error(&error);
        t->failed_documents++;
        goto out;
    }
    jx_record_list *records = jx_parse_path(path, 0, &error);
    if (!records) {
        printf("%s: FAIL: cannot parse: %s (%u expected records counted wrong)\n", label,
               error->message, expected->len);
        g_clear_error(&error);
        t->tally.wrong += expected->len;
        t->failed_documents++;
        g_ptr_array_unref(expected);
        goto out;
    }
    jx_golden_tally tally = {0};
    ok = jx_golden_compare(label, expected, records, NULL, &tally, report);
    jx_test_dump_records(records); /* validated by schema_check */
    printf("%s: %s: %u/%u records right, %u problems\n", label, ok ? "ok" : "FAIL", tally.right,
           tally.right + tally.wrong, tally.mismatches);
    if (report->len)
        fputs(report->str, stdout);
    t->tally.right += tally.right;
    t->tally.wrong += tally.wrong;
    if (!ok)
        t->failed_documents++;
    jx_record_list_free(records);
    g_ptr_array_unref(expected);
out:
    g_string_free(report, TRUE);
    g_free(label);
    g_free(expected_path);
    g_free(path);
}

static void corpus_matches_expected(void **state)
{
    (void)state;
    GError *error = NULL;
    char *corpus = jx_test_path("JX_SOURCE_DIR", "corpus");
    if (!corpus)
        fail_msg("JX_SOURCE_DIR is not set; run the golden tests through ctest");
    char **names = jx_test_list_dir(corpus, &error);
    if (!names)
        fail_msg("golden: cannot read the corpus folder %s: %s", corpus, error->message);

    totals t = {0};
    guint orphans = 0;
    for (char **n = names; *n; n++) {
        const char *name = *n;
        if (name[0] == '.')
            continue;
        if (g_str_has_suffix(name, EXPECTED_SUFFIX)) {
            /* An expected file must have its document. */
            gsize stem_len = strlen(name) - strlen(EXPECTED_SUFFIX);
            gboolean found = FALSE;
            for (char **m = names; *m && !found; m++) {
                const char *dot = strrchr(*m, '.');
                found = !g_str_has_suffix(*m, EXPECTED_SUFFIX) && dot &&
                        (gsize)(dot - *m) == stem_len && strncmp(*m, name, stem_len) == 0;
            }
            if (!found) {
                printf("corpus/%s: FAIL: no document corpus/%.*s.EXT beside it\n", name,
                       (int)stem_len, name);
                orphans++;
            }
            continue;
        }
        char *path = g_build_filename(corpus, name, NULL);
        gboolean regular = g_file_test(path, G_FILE_TEST_IS_REGULAR);
        g_free(path);
        const char *dot = strrchr(name, '.');
        if (!regular || !dot)
            continue;
        char *expected_name = g_strdup_printf("%.*s%s", (int)(dot - name), name, EXPECTED_SUFFIX);
        char *expected_path = g_build_filename(corpus, expected_name, NULL);
        if (g_file_test(expected_path, G_FILE_TEST_IS_REGULAR))
            run_document(corpus, name, expected_name, &t);
        else
            printf("corpus/%s: not compared (no %s)\n", name, expected_name);
        g_free(expected_path);
        g_free(expected_name);
    }
    printf("golden: %u documents compared, %u failed\n", t.documents, t.failed_documents);
    printf("golden: %u records right, %u wrong\n", t.tally.right, t.tally.wrong);

    g_strfreev(names);
    if (t.documents == 0) {
        fprintf(stderr,
                "golden: %s has no document with a NAME.expected.jsonl beside it; "
                "a golden run that compares nothing does not pass\n",
                corpus);
        g_free(corpus);
        fail();
    }
    g_free(corpus);
    assert_int_equal(orphans, 0);
    assert_int_equal(t.failed_documents, 0);
    assert_int_equal(t.tally.wrong, 0);
}

/* The comparison helpers themselves, on records built by hand, so a golden
 * pass means what it says. */
static void golden_compare_reports_mismatches(void **state)
{
    (void)state;
    const char *text =
        "{\"type\":\"document\",\"doc\":\"x.txt\"}\n"
        "\n"
        "{\"type\":\"indicator\",\"seq\":1,\"name\":\"培训人次\",\"op\":\">=\",\"value\":\"500\","
        "\"half\":{\"op\":null}}\n"
        "{\"type\":\"indicator\",\"seq\":2,\"name\":\"合格率\",\"op\":\">=\",\"value\":\"95\"}\n";
    GError *error = NULL;
    GPtrArray *expected = jx_golden_parse("x.expected.jsonl", text, strlen(text), &error);
    assert_non_null(expected);
    assert_int_equal(expected->len, 3);
    assert_int_equal(jx_golden_count_type(expected, "indicator"), 2);

    jx_record_list *got = jx_record_list_new();
    jx_record *doc = jx_record_new(JX_RECORD_DOCUMENT);
    jx_record_set_string(doc, JX_F_DOC, "x.txt");
    jx_record_set_string(doc, JX_F_TITLE, "not in the expected file: ignored");
    jx_record_list_append(got, doc);
    jx_record *a = jx_record_new(JX_RECORD_INDICATOR);
    jx_record_set_int(a, JX_F_SEQ, 1);
    jx_record_set_string(a, JX_F_NAME, "培训人次");
    jx_record_set_string(a, JX_F_OP, ">=");
    jx_record_set_string(a, JX_F_VALUE, "500");
    jx_record *half = jx_record_new(JX_RECORD_VALUE);
    jx_record_set_null(half, JX_F_OP);
    jx_record_set_string(half, JX_F_VALUE, "250");
    jx_record_set_record(a, JX_F_HALF, half);
    jx_record_list_append(got, a);
    jx_record *b = jx_record_new(JX_RECORD_INDICATOR);
    jx_record_set_int(b, JX_F_SEQ, 2);
    jx_record_set_string(b, JX_F_NAME, "合格率");
    jx_record_set_null(b, JX_F_OP);
    jx_record_set_int(b, JX_F_VALUE, 95);
    jx_record_list_append(got, b);
    jx_record *finding = jx_record_new(JX_RECORD_FINDING);
    jx_record_list_append(got, finding); /* a type the expected file lacks: ignored */

    jx_golden_tally tally = {0};
    GString *report = g_string_new(NULL);
    assert_false(jx_golden_compare("x.txt", expected, got, NULL, &tally, report));
    assert_string_equal(report->str,
                        "x.txt: record 2 (indicator, seq 2, name 合格率): field op: "
                        "expected \">=\", got null\n"
                        "x.txt: record 2 (indicator, seq 2, name 合格率): field value: "
                        "expected \"95\", got 95\n");
    assert_int_equal(tally.right, 2);
    assert_int_equal(tally.wrong, 1);
    assert_int_equal(tally.mismatches, 2);

    /* One type only; a missing record and a count problem. */
    g_string_truncate(report, 0);
    jx_record_list *short_list = jx_record_list_new();
    jx_record *c = jx_record_new(JX_RECORD_INDICATOR);
    jx_record_set_int(c, JX_F_SEQ, 1);
    jx_record_set_string(c, JX_F_NAME, "培训人次");
    jx_record_set_string(c, JX_F_OP, ">=");
    jx_record_set_string(c, JX_F_VALUE, "500");
    jx_record_list_append(short_list, c);
    jx_golden_tally t2 = {0};
    assert_false(jx_golden_compare("x.txt", expected, short_list, "indicator", &t2, report));
    assert_string_equal(
        report->str, "x.txt: indicator records: expected 2, got 1\n"
                     "x.txt: record 1 (indicator, seq 1, name 培训人次): field half: "
                     "expected {\"op\":null}, got absent\n"
                     "x.txt: record 2 (indicator, seq 2, name 合格率): missing from the output\n");
    assert_int_equal(t2.right, 0);
    assert_int_equal(t2.wrong, 2);

    g_string_free(report, TRUE);
    jx_record_list_free(short_list);
    jx_record_list_free(got);
    g_ptr_array_unref(expected);

    /* A bad line is named by file and line. */
    GPtrArray *bad = jx_golden_parse("y.jsonl", "{\"type\":\"a\"}\n[1]\n", 17, &error);
    assert_null(bad);
    assert_non_null(strstr(error->message, "y.jsonl:2:"));
    g_error_free(error);
}

int main(void)
{
    /* Line-buffered so the reports interleave with cmocka's messages in order. */
    setvbuf(stdout, NULL, _IOLBF, 0);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(golden_compare_reports_mismatches),
        cmocka_unit_test(corpus_matches_expected),
    };
    return cmocka_run_group_tests_name("golden", tests, NULL, NULL);
}
