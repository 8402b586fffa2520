/*
 * test_seeds.c — the reference documents in ../shared/seeds (real documents,
 * see seeds/README.md).  Skipped, with a SKIP line, when that folder is absent.
 *
 *   expected_seeds     every seed with an .expected.jsonl beside it gives
 *                      exactly the indicator records it lists
 *   evaluation_report  001_evaluation_report.txt parses; its indicators match
 *                      tests/seeds/001_evaluation_report.expected.jsonl (when
 *                      present) and none of them is a score-table row
 *   every_seed         every seed document parses, its document record first;
 *                      its records go to schema_check (docs/record.schema.json)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "support/golden.h"
#include "support/score.h"
#include "support/dump.h"
#include "support/testenv.h"

typedef struct {
    char *seeds; /* the seeds folder, or NULL when absent */
} fixture;

static int setup(void **state)
{
    fixture *f = g_new0(fixture, 1);
    *state = f;
    char *seeds = jx_test_path("JX_SHARED_DIR", "seeds");
    if (seeds && g_file_test(seeds, G_FILE_TEST_IS_DIR))
        f->seeds = seeds;
    else if (jx_test_must_have_shared()) {
        fprintf(stderr, "%s not found, and CI is set: the seed tests may not pass by skipping "
                        "(set JX_SHARED_DIR to the shared folder)\n",
                seeds ? seeds : "shared/seeds");
        g_free(seeds);
        return -1;
    } else {
        printf("SKIP: ../shared/seeds not found; seed tests skipped\n");
        g_free(seeds);
    }
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    g_free(f->seeds);
    g_free(f);
    return 0;
}

/* Parses seeds/NAME or fails the test with the library's message. */
static jx_record_list *parse_seed(const fixture *f, const char *name)
{
    char *path = g_build_filename(f->seeds, name, NULL);
    GError *error = NULL;
    jx_record_list *records = jx_parse_path(path, 0, &error);
    g_free(path);
    if (!records)
        fail_msg("seeds/%s: cannot parse: %s", name, error->message);
    return records;
}

/*
 * Every seed NAME.EXT with a NAME.expected.jsonl beside it gives exactly the
 * indicator records it lists: each one that is not "optional" strictly
 * matched (level2 may be any of "level2_alt"), none produced that is not
 * expected.  Compared with the accuracy scorer (tests/support/score.h).
 */
static void expected_seeds(void **state)
{
    const fixture *f = *state;
    if (!f->seeds)
        skip();
    GError *error = NULL;
    char **names = jx_test_list_dir(f->seeds, &error);
    if (!names)
        fail_msg("seeds: %s", error->message);
    guint compared = 0, failures = 0;
    for (char **n = names; *n; n++) {
        if (!g_str_has_suffix(*n, ".expected.jsonl"))
            continue;
        char *stem = g_strndup(*n, strlen(*n) - strlen(".expected.jsonl"));
        char *doc = NULL;
        for (char **m = names; *m && !doc; m++)
            if (g_str_has_prefix(*m, stem) && (*m)[strlen(stem)] == '.' &&
                !g_str_has_suffix(*m, ".jsonl"))
                doc = g_strdup(*m);
        if (!doc) {
            fprintf(stderr, "seeds/%s: no document beside it\n", *n);
            failures++;
            g_free(stem);
            continue;
        }
        char *doc_path = g_build_filename(f->seeds, doc, NULL);
        char *expected_path = g_build_filename(f->seeds, *n, NULL);
        char *label = g_strdup_printf("seeds/%s", doc);
        jx_score_doc *scored = jx_score_file(label, doc_path, expected_path);
        const jx_score_tally *t = &scored->tally;
        printf("%s: %u/%u expected indicator records right (%u optional), %u produced\n", label,
               t->strict.tp, t->expected + t->optional, t->optional, t->produced);
        if (!jx_score_doc_fully_right(scored)) {
            failures++;
            if (scored->error)
                printf("%s: %s\n", label, scored->error);
            for (guint i = 0; i < scored->problems->len; i++)
                printf("%s: %s\n", label, (char *)scored->problems->pdata[i]);
        }
        compared++;
        jx_score_doc_free(scored);
        g_free(label);
        g_free(expected_path);
        g_free(doc_path);
        g_free(doc);
        g_free(stem);
    }
    g_strfreev(names);
    assert_true(compared > 0);
    assert_int_equal(failures, 0);
}

static void evaluation_report(void **state)
{
    const fixture *f = *state;
    if (!f->seeds)
        skip();
    jx_record_list *records = parse_seed(f, "001_evaluation_report.txt");
    guint problems = 0;

    /* A score-table row is not an indicator: no 得分 column label, no code. */
    GRegex *code = g_regex_new("^[A-Z][0-9]{1,3}\\s*[.．、]", 0, 0, NULL);
    for (guint i = 0; i < jx_record_list_length(records); i++) {
        const jx_record *rec = jx_record_list_get(records, i);
        if (g_strcmp0(jx_record_type(rec), "indicator") != 0)
            continue;
        const char *name = jx_record_get_string(rec, "name");
        if (name && (strstr(name, "得分") || g_regex_match(code, name, 0, NULL))) {
            fprintf(stderr,
                    "seeds/001_evaluation_report.txt: record %u (indicator, table %" G_GINT64_FORMAT
                    ", row %" G_GINT64_FORMAT "): name \"%s\" is a score-table row\n",
                    i + 1, jx_record_get_int(rec, "table", 0), jx_record_get_int(rec, "row", 0),
                    name);
            problems++;
        }
    }
    g_regex_unref(code);

    char *expected_path =
        jx_test_path("JX_SOURCE_DIR", "tests/seeds/001_evaluation_report.expected.jsonl");
    if (expected_path && g_file_test(expected_path, G_FILE_TEST_EXISTS)) {
        GError *error = NULL;
        GPtrArray *expected = jx_golden_load(expected_path, &error);
        if (!expected)
            fail_msg("%s", error->message);
        jx_golden_tally tally = {0};
        GString *report = g_string_new(NULL);
        if (!jx_golden_compare("seeds/001_evaluation_report.txt", expected, records, "indicator",
                               &tally, report)) {
            fputs(report->str, stdout);
            problems++;
        }
        printf("seeds/001_evaluation_report.txt: %u/%u indicator records right\n", tally.right,
               jx_golden_count_type(expected, "indicator"));
        g_string_free(report, TRUE);
        g_ptr_array_unref(expected);
    } else {
        printf("note: tests/seeds/001_evaluation_report.expected.jsonl not found; "
               "001 indicators not compared\n");
    }
    g_free(expected_path);
    jx_record_list_free(records);
    assert_int_equal(problems, 0);
}

static void every_seed(void **state)
{
    const fixture *f = *state;
    if (!f->seeds)
        skip();
    GError *error = NULL;
    char **names = jx_test_list_dir(f->seeds, &error);
    if (!names)
        fail_msg("seeds: %s", error->message);
    guint documents = 0, failures = 0;
    for (char **n = names; *n; n++) {
        if (g_str_has_suffix(*n, ".expected.jsonl") || strcmp(*n, "README.md") == 0 ||
            (*n)[0] == '.')
            continue;
        char *path = g_build_filename(f->seeds, *n, NULL);
        gboolean regular = g_file_test(path, G_FILE_TEST_IS_REGULAR);
        if (!regular) {
            g_free(path);
            continue;
        }
        documents++;
        jx_record_list *records = jx_parse_path(path, 0, &error);
        g_free(path);
        if (!records) {
            fprintf(stderr, "seeds/%s: cannot parse: %s\n", *n, error->message);
            g_clear_error(&error);
            failures++;
            continue;
        }
        jx_test_dump_records(records); /* validated by schema_check */
        guint bad = 0;
        const jx_record *first = jx_record_list_get(records, 0);
        if (!first || g_strcmp0(jx_record_type(first), "document") != 0 ||
            g_strcmp0(jx_record_get_string(first, "doc"), *n) != 0) {
            fprintf(stderr, "seeds/%s: the first record is not its document record (doc \"%s\")\n",
                    *n, *n);
            bad++;
        }
        printf("seeds/%s: %u records\n", *n, jx_record_list_length(records));
        if (bad)
            failures++;
        jx_record_list_free(records);
    }
    g_strfreev(names);
    assert_true(documents > 0);
    assert_int_equal(failures, 0);
}

int main(void)
{
    /* Line-buffered so the reports interleave with cmocka's messages in order. */
    setvbuf(stdout, NULL, _IOLBF, 0);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(expected_seeds),
        cmocka_unit_test(evaluation_report),
        cmocka_unit_test(every_seed),
    };
    return cmocka_run_group_tests_name("seeds", tests, setup, teardown);
}
