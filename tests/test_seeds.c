/*
 * test_seeds.c — the reference documents in ../shared/seeds (real documents,
 * see seeds/README.md).  Skipped, with a SKIP line, when that folder is absent.
 *
 *   expected_seeds     every seed with an .expected.jsonl beside it gives
 *                      exactly the indicator records it lists
 *   evaluation_report  001_evaluation_report.txt parses; its indicators match
 *                      tests/seeds/001_evaluation_report.expected.jsonl (when
 *                      present) and none of them is a score-table row
 *   report_scores      001's score and budget tables: the records of each table
 *                      counted against its printed rows, a sample field by field
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

/* The record of `type` in table `table` whose `key` is `value` (the n-th
 * such, 0-based), or NULL. */
static const jx_record *find(const jx_record_list *l, const char *type, gint64 table,
                             const char *key, const char *value, guint n)
{
    for (guint i = 0; i < jx_record_list_length(l); i++) {
        const jx_record *r = jx_record_list_get(l, i);
        if (g_strcmp0(jx_record_type(r), type) == 0 && jx_record_get_int(r, "table", 0) == table &&
            g_strcmp0(jx_record_get_string(r, key), value) == 0 && n-- == 0)
            return r;
    }
    return NULL;
}

static guint count_in(const jx_record_list *l, const char *type, gint64 table)
{
    guint n = 0;
    for (guint i = 0; i < jx_record_list_length(l); i++) {
        const jx_record *r = jx_record_list_get(l, i);
        n += g_strcmp0(jx_record_type(r), type) == 0 && jx_record_get_int(r, "table", 0) == table;
    }
    return n;
}

/* TRUE when the fields of `r` are the `key=value` pairs (`key=` for null;
 * `sub.key` for a nested record's); else says which are not on stderr. */
static gboolean fields_are(const jx_record *r, const char *what, const char *const *pairs)
{
    if (!r) {
        fprintf(stderr, "seeds/001: no record for %s\n", what);
        return FALSE;
    }
    gboolean ok = TRUE;
    for (const char *const *p = pairs; *p; p++) {
        const char *eq = strchr(*p, '=');
        char *key = g_strndup(*p, eq - *p);
        const char *want = eq + 1; /* "" for null */
        char *got = NULL;
        if (strchr(key, '.')) { /* budget.value */
            char **parts = g_strsplit(key, ".", 2);
            const jx_record *sub = jx_record_get_record(r, parts[0]);
            got = sub ? jx_record_get_text(sub, parts[1]) : g_strdup("");
            g_strfreev(parts);
        } else {
            got = jx_record_get_text(r, key); /* integers in decimal, null as "" */
        }
        if (g_strcmp0(got, want) != 0) {
            fprintf(stderr, "seeds/001: %s: %s is \"%s\", want \"%s\"\n", what, key, got, want);
            ok = FALSE;
        }
        g_free(key);
        g_free(got);
    }
    return ok;
}

#define FIELDS(r, what, ...) fields_are(r, what, (const char *const[]){__VA_ARGS__, NULL})

/*
 * 001's score and budget tables (table numbers count every recognized
 * table: 1 the summary on the first pages, 3 表 1-2, 5 表 3-1, 6 表 4-1, 7 表
 * 4-2, 8 表 4-3, 9 表 4-4, 10 表 4-5, 11 表 4-6, 17 表 4-17, 18 附件 1 部门评价表,
 * 19 附件 2 评价体系及得分情况表).  Each table gives as many records as it
 * prints rows (with a record per printed parent where the table weighs its
 * parents), and a sample of them is checked field by field.
 */
static void report_scores(void **state)
{
    const fixture *f = *state;
    if (!f->seeds)
        skip();
    jx_record_list *l = parse_seed(f, "001_evaluation_report.txt");
    guint bad = 0;
    static const struct {
        const char *type;
        gint64 table;
        guint count;
    } counts[] = {
        {"score", 1, 5},   /* 决策 过程 产出 效益 得分合计 */
        {"budget", 3, 7},  /* six categories and 合计 */
        {"score", 5, 5},   /* the transposed 表 3-1 */
        {"score", 6, 9},   /* A1 … A32 */
        {"budget", 7, 36}, /* 表 4-2: every printed amount, 小计 and 合计 included */
        {"score", 8, 7},   /* B1 … B22 */
        {"budget", 9, 7},
        {"budget", 10, 38},
        {"score", 11, 17}, /* C1 … C41, over a page break */
        {"score", 17, 10}, /* D1 … D51 */
        /* 31 indicators, 总分, 5 level-1 and 11 level-2 parents */
        {"score", 18, 31 + 1 + 5 + 11},
        /* 31 indicators, 合计, 5 level-1 and 11 level-2 parents */
        {"score", 19, 31 + 1 + 5 + 11},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(counts); i++) {
        guint n = count_in(l, counts[i].type, counts[i].table);
        if (n != counts[i].count) {
            fprintf(stderr, "seeds/001: table %" G_GINT64_FORMAT ": %u %s records, want %u\n",
                    counts[i].table, n, counts[i].type, counts[i].count);
            bad++;
        }
    }
    /* form a: the codes' levels, the caption's level-1 */
    bad += !FIELDS(find(l, "score", 6, "code", "A12", 0), "A12", "level1=决策", "level2=项目立项",
                   "name=立项程序规范性", "weight=2", "score=2", "rate=100", "reason=");
    bad += !FIELDS(find(l, "score", 6, "code", "A1", 0), "A1", "level1=决策", "level2=项目立项",
                   "name=项目立项", "weight=4", "score=4", "rate=100");
    bad += !FIELDS(find(l, "score", 8, "code", "B12", 0), "B12", "level1=过程", "level2=资金管理",
                   "name=预算执行率", "weight=2", "score=1.38", "rate=69");
    bad += !FIELDS(find(l, "score", 8, "code", "B1", 0), "B1", "weight=10", "score=9.38",
                   "rate=93.80");
    bad += !FIELDS(find(l, "score", 11, "code", "C16", 0), "C16", "level1=产出", "level2=产出数量",
                   "weight=1", "score=0.20", "rate=20");
    bad += !FIELDS(find(l, "score", 11, "code", "C41", 0), "C41", "level2=产出成本", "row=17");
    bad += !FIELDS(find(l, "score", 17, "code", "D51", 0), "D51", "level1=效益", "level2=满意度",
                   "name=补助对象满意度", "weight=3", "score=2.98", "rate=99.33");
    /* the summaries */
    bad += !FIELDS(find(l, "score", 1, "name", "得分合计", 0), "得分合计", "level1=", "level2=",
                   "weight=100", "score=90.07");
    bad += !FIELDS(find(l, "score", 1, "name", "过程", 0), "过程 (summary)", "level1=过程",
                   "level2=", "weight=20", "score=19.38");
    bad += !FIELDS(find(l, "score", 5, "name", "合计", 0), "合计 (表 3-1)", "weight=100",
                   "score=90.07");
    /* form c: parents with their printed weights, a level-1 whose weight is
     * not printed, the leaves, the total */
    bad += !FIELDS(find(l, "score", 18, "name", "决策", 0), "决策 (附件 1)", "level1=决策",
                   "level2=", "weight=40", "score=");
    bad += !FIELDS(find(l, "score", 18, "name", "过程", 0), "过程 (附件 1)", "level2=", "weight=");
    bad += !FIELDS(find(l, "score", 18, "name", "资金管理", 0), "资金管理 (附件 1)",
                   "level1=过程", "level2=资金管理", "weight=10", "score=");
    bad += !FIELDS(find(l, "score", 18, "name", "预算执行率", 0), "预算执行率 (附件 1)",
                   "level1=过程", "level2=资金管理", "weight=2", "score=1.38");
    bad += !FIELDS(find(l, "score", 18, "name", "科技创新驱动力", 0), "科技创新驱动力 (附件 1)",
                   "level1=效益", "level2=社会效益", "weight=4", "score=4");
    bad += !FIELDS(find(l, "score", 18, "name", "总分", 0), "总分 (附件 1)", "level1=",
                   "weight=100", "score=90.07");
    /* form d: weights cleaned off the labels, reasons, the 合计 */
    bad += !FIELDS(find(l, "score", 19, "name", "效果", 0), "效果 (附件 2)", "level1=效果",
                   "level2=", "weight=30", "score=");
    bad += !FIELDS(find(l, "score", 19, "name", "城市科技创新能力", 0), "城市科技创新能力 (附件 2)",
                   "level1=效果", "level2=社会效益", "weight=6", "score=4",
                   "reason=城市科技创新排名下降");
    bad += !FIELDS(find(l, "score", 19, "name", "技术合同登记成交额", 0),
                   "技术合同登记成交额 (附件 2)", "level2=经济效益", "weight=3", "score=3");
    bad += !FIELDS(find(l, "score", 19, "name", "合计", 0), "合计 (附件 2)", "weight=",
                   "score=90.07");
    /* budgets: 表 1-2 */
    bad += !FIELDS(find(l, "budget", 3, "name", "科技重大专项", 0), "科技重大专项 (表 1-2)",
                   "budget.value=5461.40", "budget.unit=万元", "spent.value=4071.20",
                   "spent.unit=万元", "rate=74.54", "row=1");
    bad += !FIELDS(find(l, "budget", 3, "name", "合计", 0), "合计 (表 1-2)", "budget.value=58600",
                   "spent.value=40348.50", "rate=68.85", "row=7");
    /* 表 4-2: a project over several rows, its 小计; the footnote between
     * its pages does not split it */
    bad += !FIELDS(find(l, "budget", 7, "name", "科技重大项目", 2), "科技重大项目 third line",
                   "budget.value=1074", "spent.value=", "rate=", "row=4");
    bad += !FIELDS(find(l, "budget", 7, "name", "小计", 1), "second 小计 (表 4-2)",
                   "budget.value=34215.53", "budget.unit=万元");
    /* 表 4-5: a 小计 whose amounts the dump moved right; a share is no rate */
    bad += !FIELDS(find(l, "budget", 10, "name", "小计", 0), "小计 (表 4-5)",
                   "budget.value=5461.40", "spent.value=4071.20", "rate=");
    bad += !FIELDS(find(l, "budget", 9, "name", "合计", 0), "合计 (表 4-4)", "budget.value=58600",
                   "spent.value=", "rate=");
    char **w = jx_record_get_strv(jx_record_list_get(l, 0), "warnings");
    for (char **p = w; p && *p; p++)
        if (strstr(*p, "not extracted")) {
            fprintf(stderr, "seeds/001: %s\n", *p);
            bad++;
        }
    g_strfreev(w);
    jx_record_list_free(l);
    assert_int_equal(bad, 0);
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
        cmocka_unit_test(report_scores),
        cmocka_unit_test(every_seed),
    };
    return cmocka_run_group_tests_name("seeds", tests, setup, teardown);
}
