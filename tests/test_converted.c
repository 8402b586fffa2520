/*
 * test_converted.c — accuracy on the converted corpus, and the scorer itself.
 *
 *   converted_corpus   scores every document of corpus/converted/<converter>/<family>/
 *                      (tests/support/score.h), prints the converter × family table, and
 *                      fails when a cell is below F1 0.98 or strict F1 0.95 — or, for a
 *                      cell listed in corpus/converted/floors.tsv (not there yet), below
 *                      its floor — listing the worst documents' mismatches.  Without corpus/converted it prints a
 *                      SKIP line and passes; a corpus/converted with no document fails.
 *                      Without LibreOffice the writer-doc and calc-xls cells (read through
 *                      it) are printed but not held, with a SKIP line saying why.
 *   score_*            the scorer on hand-made records, so a pass means what it says:
 *                      perfect match in another order, a missing and an extra record, a
 *                      level1 mistake (loose right, strict wrong), optional records,
 *                      level2_alt, half-year targets, JSON types, document fields, a
 *                      self-evaluation table (actual, weight, score, deviation, funds rows,
 *                      its document fields), failed documents, the tree walk and the
 *                      threshold check.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "support/golden.h"
#include "support/score.h"
#include "support/testenv.h"

#define MIN_F1 0.98
#define MIN_STRICT_F1 0.95

/* The expected records most unit tests start from: a document and three indicators. */
static const char base_expected[] =
    "{\"type\":\"document\",\"doc\":\"x.txt\",\"title\":\"项目支出绩效目标表\",\"kind\":"
    "\"target-table\",\"year\":2023}\n"
    "{\"type\":\"indicator\",\"doc\":\"x.txt\",\"seq\":1,\"level1\":\"产出指标\",\"level2\":"
    "\"数量指标\",\"name\":\"培训人次\",\"task\":null,\"category\":\"output.quantity\",\"op\":\">=\","
    "\"value\":\"500\",\"kind\":\"number\",\"unit\":\"人次\"}\n"
    "{\"type\":\"indicator\",\"doc\":\"x.txt\",\"seq\":2,\"level1\":\"产出指标\",\"level2\":"
    "\"质量指标\",\"name\":\"合格率\",\"task\":null,\"category\":\"output.quality\",\"op\":\">=\","
    "\"value\":\"95\",\"kind\":\"number\",\"unit\":\"%\"}\n"
    "{\"type\":\"indicator\",\"doc\":\"x.txt\",\"seq\":3,\"level1\":\"满意度指标\",\"level2\":"
    "\"服务对象满意度指标\",\"name\":\"群众满意度\",\"task\":null,\"category\":"
    "\"satisfaction.service\",\"op\":null,\"value\":\"满意\",\"kind\":\"text\",\"unit\":null}\n";

/* JSON Lines text → array of JsonObject* (fails the test on a bad line). */
static GPtrArray *jsonl(const char *text)
{
    GError *error = NULL;
    GPtrArray *out = jx_golden_parse("test", text, strlen(text), &error);
    if (!out)
        fail_msg("%s", error->message);
    return out;
}

/* The lines of base_expected in the order given by `order` (indices 0–3, -1 ends),
 * each indicator line passed through `edit` (a "from\x1fto" substitution applied to the
 * line with index `edit_line`, or NULL), joined into new JSON Lines text. */
static char *lines_of(const char *text, const int *order, int edit_line, const char *edit)
{
    char **lines = g_strsplit(text, "\n", -1);
    GString *out = g_string_new(NULL);
    for (const int *o = order; *o >= 0; o++) {
        char *line = g_strdup(lines[*o]);
        if (edit && *o == edit_line) {
            char **pair = g_strsplit(edit, "\x1f", 2);
            char *at = strstr(line, pair[0]);
            if (!at)
                fail_msg("edit \"%s\" not found in line %d", pair[0], *o);
            char *changed = g_strdup_printf("%.*s%s%s", (int)(at - line), line, pair[1],
                                            at + strlen(pair[0]));
            g_free(line);
            line = changed;
            g_strfreev(pair);
        }
        g_string_append(out, line);
        g_string_append_c(out, '\n');
        g_free(line);
    }
    g_strfreev(lines);
    return g_string_free(out, FALSE);
}

/* Scores produced text against expected text. */
static jx_score_doc *score_text(const char *expected_text, const char *produced_text)
{
    GPtrArray *expected = jsonl(expected_text), *produced = jsonl(produced_text);
    jx_score_doc *doc = jx_score_records("x.txt", expected, produced);
    g_ptr_array_unref(expected);
    g_ptr_array_unref(produced);
    return doc;
}

/* Asserts the loose and strict counts of `doc`. */
static void assert_counts(const jx_score_doc *doc, guint ltp, guint lfp, guint lfn, guint stp,
                          guint sfp, guint sfn)
{
    const jx_score_tally *t = &doc->tally;
    if (t->loose.tp != ltp || t->loose.fp != lfp || t->loose.fn != lfn || t->strict.tp != stp ||
        t->strict.fp != sfp || t->strict.fn != sfn) {
        for (guint i = 0; i < doc->problems->len; i++)
            printf("  %s\n", (char *)g_ptr_array_index(doc->problems, i));
        fail_msg("loose %u/%u/%u strict %u/%u/%u, wanted loose %u/%u/%u strict %u/%u/%u",
                 t->loose.tp, t->loose.fp, t->loose.fn, t->strict.tp, t->strict.fp, t->strict.fn,
                 ltp, lfp, lfn, stp, sfp, sfn);
    }
}

/* The problem line of `doc` starting with `prefix`, or fail. */
static const char *problem_with(const jx_score_doc *doc, const char *prefix)
{
    for (guint i = 0; i < doc->problems->len; i++)
        if (g_str_has_prefix(g_ptr_array_index(doc->problems, i), prefix))
            return g_ptr_array_index(doc->problems, i);
    fail_msg("no problem line starts with \"%s\"", prefix);
    return NULL;
}

static void score_perfect_in_another_order(void **state)
{
    (void)state;
    /* Same records, indicators reversed, with keys the scorer does not look at. */
    char *produced = lines_of(base_expected, (const int[]){0, 3, 2, 1, -1}, 2,
                              "\"unit\":\"%\"}\x1f\"unit\":\"%\",\"text\":\"≥95%\","
                              "\"flags\":[\"columns-shifted\"],\"table\":1}");
    jx_score_doc *doc = score_text(base_expected, produced);
    assert_counts(doc, 3, 0, 0, 3, 0, 0);
    assert_int_equal(doc->tally.expected, 3);
    assert_int_equal(doc->tally.produced, 3);
    assert_int_equal(doc->tally.fields_total, 2); /* title, year; no notes expected */
    assert_int_equal(doc->tally.fields_right, 2);
    assert_true(jx_score_doc_fully_right(doc));
    assert_int_equal(doc->problems->len, 0);
    assert_true(jx_score_f1(&doc->tally.strict) == 1.0);
    jx_score_doc_free(doc);
    g_free(produced);
}

/* A self-evaluation table: indicators with actual/weight/score/deviation, funds rows, and
 * the document fields of its kind. */
static const char self_expected[] =
    "{\"type\":\"document\",\"doc\":\"x.txt\",\"title\":\"(2023)年度项目支出绩效自评表\",\"kind\":"
    "\"self-evaluation\",\"year\":2023,\"org\":\"某县农业农村局\",\"implementer\":null,\"project\":"
    "\"高标准农田建设\",\"score_total\":\"93.5\",\"grade\":\"优\"}\n"
    "{\"type\":\"indicator\",\"doc\":\"x.txt\",\"level1\":\"产出指标\",\"level2\":\"数量指标\","
    "\"name\":\"建设面积\",\"task\":null,\"category\":\"output.quantity\",\"op\":\">=\",\"value\":"
    "\"5000\",\"kind\":\"number\",\"unit\":\"亩\",\"actual\":{\"op\":null,\"value\":\"4500\",\"kind\":"
    "\"number\",\"unit\":\"亩\"},\"weight\":\"20\",\"score\":\"16\",\"deviation\":\"受天气影响\"}\n"
    "{\"type\":\"indicator\",\"doc\":\"x.txt\",\"level1\":\"满意度指标\",\"level2\":"
    "\"服务对象满意度指标\",\"name\":\"群众满意度\",\"task\":null,\"category\":"
    "\"satisfaction.service\",\"op\":\">=\",\"value\":\"90\",\"kind\":\"number\",\"unit\":\"%\","
    "\"actual\":{\"op\":null,\"value\":\"95\",\"kind\":\"number\",\"unit\":\"%\"},\"weight\":\"10\","
    "\"score\":\"10\",\"deviation\":null}\n"
    "{\"type\":\"funds\",\"doc\":\"x.txt\",\"item\":\"年度资金总额\",\"planned\":\"90\",\"adjusted\":"
    "\"90\",\"spent\":\"89.974\",\"weight\":\"10\",\"rate\":\"99.97\",\"score\":\"9.99\"}\n"
    "{\"type\":\"funds\",\"doc\":\"x.txt\",\"item\":\"上年结转资金\",\"planned\":null,\"adjusted\":"
    "null,\"spent\":null,\"weight\":null,\"rate\":null,\"score\":null}\n";

static void score_self_evaluation(void **state)
{
    (void)state;
    const int all[] = {0, 4, 3, 2, 1, -1};
    char *same = lines_of(self_expected, all, 1,
                          "\"deviation\":\"受天气影响\"}\x1f\"deviation\":\"受天气影响。\",\"text\":\"x\"}");
    jx_score_doc *doc = score_text(self_expected, same);
    assert_counts(doc, 4, 0, 0, 4, 0, 0); /* the deviation's text is not compared, only its presence */
    assert_int_equal(doc->tally.fields_total, 8); /* title year kind org implementer project score_total grade */
    assert_int_equal(doc->tally.fields_right, 8);
    jx_score_doc_free(doc);
    g_free(same);

    struct {
        int line;
        const char *edit;
        guint l[3], s[3];
    } cases[] = {
        {1, "\"value\":\"4500\"\x1f\"value\":\"4600\"", {3, 1, 1}, {3, 1, 1}},  /* actual */
        {1, "\"weight\":\"20\"\x1f\"weight\":\"2\"", {3, 1, 1}, {3, 1, 1}},
        {2, "\"score\":\"10\"\x1f\"score\":\"1\"", {3, 1, 1}, {3, 1, 1}},
        {1, "\"deviation\":\"受天气影响\"\x1f\"deviation\":null", {4, 0, 0}, {3, 1, 1}},
        {2, "\"deviation\":null\x1f\"deviation\":\"\"", {4, 0, 0}, {4, 0, 0}}, /* "" is none */
        {3, "\"rate\":\"99.97\"\x1f\"rate\":\"99.9\"", {3, 1, 1}, {3, 1, 1}},
        {3, "\"planned\":\"90\"\x1f\"planned\":null", {3, 1, 1}, {3, 1, 1}},
        {4, "\"item\":\"上年结转资金\"\x1f\"item\":\"其他资金\"", {3, 1, 1}, {3, 1, 1}},
        /* read as a target table: no actual, so no match (another profile) */
        {2, ",\"actual\":{\"op\":null,\"value\":\"95\",\"kind\":\"number\",\"unit\":\"%\"},\"weight\":"
            "\"10\",\"score\":\"10\",\"deviation\":null}\x1f}", {3, 1, 1}, {3, 1, 1}},
    };
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *produced = lines_of(self_expected, all, cases[i].line, cases[i].edit);
        doc = score_text(self_expected, produced);
        assert_counts(doc, cases[i].l[0], cases[i].l[1], cases[i].l[2], cases[i].s[0],
                      cases[i].s[1], cases[i].s[2]);
        jx_score_doc_free(doc);
        g_free(produced);
    }

    /* the document fields of a self-evaluation: a wrong kind and grade */
    char *produced = lines_of(self_expected, all, 0,
                              "\"kind\":\"self-evaluation\"\x1f\"kind\":\"other\"");
    char **parts = g_strsplit(produced, "\"grade\":\"优\"", 2);
    char *both = g_strjoinv("\"grade\":null", parts);
    doc = score_text(self_expected, both);
    assert_int_equal(doc->tally.fields_total, 8);
    assert_int_equal(doc->tally.fields_right, 6);
    assert_non_null(problem_with(doc, "kind: expected \"self-evaluation\""));
    assert_non_null(problem_with(doc, "grade: expected \"优\", got null"));
    jx_score_doc_free(doc);
    g_strfreev(parts);
    g_free(both);
    g_free(produced);
}

static void score_missing_record(void **state)
{
    (void)state;
    char *produced = lines_of(base_expected, (const int[]){0, 1, 3, -1}, -1, NULL);
    jx_score_doc *doc = score_text(base_expected, produced);
    assert_counts(doc, 2, 0, 1, 2, 0, 1);
    assert_false(jx_score_doc_fully_right(doc));
    assert_string_equal(problem_with(doc, "missed"),
                        "missed #2 合格率 (>= 95 %); no produced record is like it");
    assert_true(jx_score_recall(&doc->tally.loose) == 2.0 / 3.0);
    assert_true(jx_score_precision(&doc->tally.loose) == 1.0);
    jx_score_doc_free(doc);
    g_free(produced);

    /* A wrong unit: missed, and the closest produced record says what differs. */
    produced = lines_of(base_expected, (const int[]){0, 1, 2, 3, -1}, 1,
                        "\"unit\":\"人次\"\x1f\"unit\":\"次\"");
    doc = score_text(base_expected, produced);
    assert_counts(doc, 2, 1, 1, 2, 1, 1);
    assert_string_equal(problem_with(doc, "missed"),
                        "missed #1 培训人次 (>= 500 人次); closest produced #1 培训人次 "
                        "(>= 500 次): unit \"人次\" → \"次\"");
    problem_with(doc, "extra  produced #1 培训人次 (>= 500 次) 产出指标/数量指标");
    jx_score_doc_free(doc);
    g_free(produced);
}

static void score_extra_record(void **state)
{
    (void)state;
    char *produced = lines_of(base_expected, (const int[]){0, 1, 2, 3, 3, -1}, -1, NULL);
    jx_score_doc *doc = score_text(base_expected, produced);
    assert_counts(doc, 3, 1, 0, 3, 1, 0);
    assert_false(jx_score_doc_fully_right(doc));
    assert_int_equal(doc->problems->len, 1);
    assert_string_equal(problem_with(doc, "extra"),
                        "extra  produced #3 群众满意度 (满意) 满意度指标/服务对象满意度指标");
    jx_score_doc_free(doc);
    g_free(produced);

    /* No produced indicator at all, nothing expected: F1 1, precision and recall undefined. */
    jx_score_doc *none = score_text("{\"type\":\"document\",\"doc\":\"x.txt\"}\n",
                                    "{\"type\":\"document\",\"doc\":\"x.txt\"}\n");
    assert_counts(none, 0, 0, 0, 0, 0, 0);
    assert_true(jx_score_f1(&none->tally.loose) == 1.0);
    assert_true(jx_score_precision(&none->tally.loose) < 0);
    assert_true(jx_score_recall(&none->tally.loose) < 0);
    jx_score_doc_free(none);
}

static void score_level1_mistake_is_loose_right_strict_wrong(void **state)
{
    (void)state;
    char *produced = lines_of(base_expected, (const int[]){0, 1, 2, 3, -1}, 2,
                              "\"level1\":\"产出指标\"\x1f\"level1\":\"效益指标\"");
    jx_score_doc *doc = score_text(base_expected, produced);
    assert_counts(doc, 3, 0, 0, 2, 1, 1);
    assert_false(jx_score_doc_fully_right(doc));
    assert_int_equal(doc->problems->len, 1);
    assert_string_equal(problem_with(doc, "wrong"),
                        "wrong  #2 合格率 (>= 95 %): level1 \"产出指标\" → \"效益指标\"");
    jx_score_doc_free(doc);
    g_free(produced);

    /* The strict matching is its own: two rows alike but for level1, produced in the other
     * order, are both strictly right even if the loose pairing crossed them. */
    const char *twins =
        "{\"type\":\"indicator\",\"name\":\"a\",\"op\":null,\"value\":\"1\",\"kind\":\"number\","
        "\"unit\":null,\"level1\":\"产出指标\",\"level2\":\"\",\"category\":\"output\","
        "\"task\":null}\n"
        "{\"type\":\"indicator\",\"name\":\"a\",\"op\":null,\"value\":\"1\",\"kind\":\"number\","
        "\"unit\":null,\"level1\":\"效益指标\",\"level2\":\"\",\"category\":\"outcome\","
        "\"task\":null}\n";
    char *swapped = lines_of(twins, (const int[]){1, 0, -1}, -1, NULL);
    doc = score_text(twins, swapped);
    assert_counts(doc, 2, 0, 0, 2, 0, 0);
    jx_score_doc_free(doc);
    g_free(swapped);
}

/* A later project's table (several projects in one document): its records' `project` is
 * compared strictly, like level1; an absent and a null project are the same. */
static void score_project_is_strict(void **state)
{
    (void)state;
    const char *expected =
        "{\"type\":\"indicator\",\"name\":\"a\",\"op\":null,\"value\":\"1\",\"kind\":\"number\","
        "\"unit\":null,\"level1\":\"产出指标\",\"level2\":\"\",\"category\":\"output\","
        "\"task\":null}\n"
        "{\"type\":\"indicator\",\"name\":\"a\",\"op\":null,\"value\":\"1\",\"kind\":\"number\","
        "\"unit\":null,\"level1\":\"产出指标\",\"level2\":\"\",\"category\":\"output\","
        "\"task\":null,\"project\":\"乡村道路养护\"}\n";
    /* the project left out of the second table's record: loosely right, strictly wrong */
    char *produced = lines_of(expected, (const int[]){0, 1, -1}, 1,
                              ",\"project\":\"乡村道路养护\"\x1f,\"project\":null");
    jx_score_doc *doc = score_text(expected, produced);
    assert_counts(doc, 2, 0, 0, 1, 1, 1);
    assert_non_null(strstr(problem_with(doc, "wrong"), "project \"乡村道路养护\" → null"));
    jx_score_doc_free(doc);
    g_free(produced);
    /* both named, in the other order: right */
    produced = lines_of(expected, (const int[]){1, 0, -1}, -1, NULL);
    doc = score_text(expected, produced);
    assert_counts(doc, 2, 0, 0, 2, 0, 0);
    jx_score_doc_free(doc);
    g_free(produced);
}

static void score_optional_records(void **state)
{
    (void)state;
    /* Two identical optional rows (as seed 002 has) and a required row with the same loose
     * key as the optional ones but another level1. */
    const char *expected =
        "{\"type\":\"indicator\",\"name\":\"协助部门\",\"op\":null,\"value\":\"满意\",\"kind\":"
        "\"text\",\"unit\":null,\"level1\":\"满意度\",\"level2\":\"服务对象满意度\","
        "\"category\":\"satisfaction.service\",\"task\":null,\"optional\":true}\n"
        "{\"type\":\"indicator\",\"name\":\"协助部门\",\"op\":null,\"value\":\"满意\",\"kind\":"
        "\"text\",\"unit\":null,\"level1\":\"满意度\",\"level2\":\"服务对象满意度\","
        "\"category\":\"satisfaction.service\",\"task\":null,\"optional\":true}\n"
        "{\"type\":\"indicator\",\"name\":\"协助部门\",\"op\":null,\"value\":\"满意\",\"kind\":"
        "\"text\",\"unit\":null,\"level1\":\"效益\",\"level2\":\"社会效益\","
        "\"category\":\"outcome\",\"task\":null}\n";
    const char *one_required =
        "{\"type\":\"indicator\",\"name\":\"协助部门\",\"op\":null,\"value\":\"满意\",\"kind\":"
        "\"text\",\"unit\":null,\"level1\":\"效益\",\"level2\":\"社会效益\","
        "\"category\":\"outcome\",\"task\":null}\n";
    const char *one_optional =
        "{\"type\":\"indicator\",\"name\":\"协助部门\",\"op\":null,\"value\":\"满意\",\"kind\":"
        "\"text\",\"unit\":null,\"level1\":\"满意度\",\"level2\":\"服务对象满意度\","
        "\"category\":\"satisfaction.service\",\"task\":null}\n";

    /* Optional rows not produced: neither missed nor anything else. */
    jx_score_doc *doc = score_text(expected, one_required);
    assert_counts(doc, 1, 0, 0, 1, 0, 0);
    assert_int_equal(doc->tally.expected, 1);
    assert_int_equal(doc->tally.optional, 2);
    assert_true(jx_score_doc_fully_right(doc));
    assert_int_equal(doc->problems->len, 0);
    jx_score_doc_free(doc);

    /* The required row and one optional row produced: both true positives. */
    char *both = g_strconcat(one_optional, one_required, NULL);
    doc = score_text(expected, both);
    assert_counts(doc, 2, 0, 0, 2, 0, 0);
    jx_score_doc_free(doc);
    g_free(both);

    /* Only the optional reading produced: loosely it is the required row's (required rows
     * are served first), strictly it is an optional row's and the required one is missed. */
    doc = score_text(expected, one_optional);
    assert_counts(doc, 1, 0, 0, 1, 0, 1);
    problem_with(doc, "wrong  协助部门 (满意): level1 \"效益\" → \"满意度\"");
    jx_score_doc_free(doc);

    /* An optional row produced three times: two match, the third is extra. */
    char *thrice = g_strconcat(one_required, one_optional, one_optional, one_optional, NULL);
    doc = score_text(expected, thrice);
    assert_counts(doc, 3, 1, 0, 3, 1, 0);
    jx_score_doc_free(doc);
    g_free(thrice);
}

static void score_level2_alt(void **state)
{
    (void)state;
    const char *expected =
        "{\"type\":\"indicator\",\"name\":\"资产管理规范性\",\"op\":null,\"value\":\"规范\","
        "\"kind\":\"text\",\"unit\":null,\"level1\":\"过程\",\"level2\":\"预算管理\","
        "\"category\":\"process\",\"task\":null,\"level2_alt\":[\"资产管理\"]}\n";
    const char *as_alt =
        "{\"type\":\"indicator\",\"name\":\"资产管理规范性\",\"op\":null,\"value\":\"规范\","
        "\"kind\":\"text\",\"unit\":null,\"level1\":\"过程\",\"level2\":\"资产管理\","
        "\"category\":\"process\",\"task\":null}\n";
    const char *as_other =
        "{\"type\":\"indicator\",\"name\":\"资产管理规范性\",\"op\":null,\"value\":\"规范\","
        "\"kind\":\"text\",\"unit\":null,\"level1\":\"过程\",\"level2\":\"组织实施\","
        "\"category\":\"process\",\"task\":null}\n";
    char *as_main = lines_of(expected, (const int[]){0, -1}, 0,
                             ",\"level2_alt\":[\"资产管理\"]\x1f");
    jx_score_doc *doc = score_text(expected, as_main);
    assert_counts(doc, 1, 0, 0, 1, 0, 0);
    jx_score_doc_free(doc);
    g_free(as_main);

    doc = score_text(expected, as_alt);
    assert_counts(doc, 1, 0, 0, 1, 0, 0);
    jx_score_doc_free(doc);

    doc = score_text(expected, as_other);
    assert_counts(doc, 1, 0, 0, 0, 1, 1);
    assert_string_equal(problem_with(doc, "wrong"),
                        "wrong  资产管理规范性 (规范): level2 \"预算管理\" → \"组织实施\"");
    jx_score_doc_free(doc);
}

static void score_half_year_and_json_types(void **state)
{
    (void)state;
    const char *expected =
        "{\"type\":\"indicator\",\"name\":\"a\",\"op\":\">=\",\"value\":\"95\",\"kind\":\"number\","
        "\"unit\":\"%\",\"half\":{\"op\":\">=\",\"value\":\"90\",\"kind\":\"number\","
        "\"unit\":\"%\"}}\n"
        "{\"type\":\"indicator\",\"name\":\"b\",\"op\":\"=\",\"value\":\"1\",\"kind\":\"number\","
        "\"unit\":\"项\",\"half\":null}\n"
        "{\"type\":\"indicator\",\"name\":\"c\",\"op\":\"=\",\"value\":\"2\",\"kind\":\"number\","
        "\"unit\":\"项\"}\n";
    /* The half-year text is not compared; a null half and an absent one are the same. */
    const char *same =
        "{\"type\":\"indicator\",\"name\":\"a\",\"op\":\">=\",\"value\":\"95\",\"kind\":\"number\","
        "\"unit\":\"%\",\"text\":\"≥95%\",\"half\":{\"op\":\">=\",\"value\":\"90\",\"kind\":"
        "\"number\",\"unit\":\"%\",\"text\":\"≥90%\"}}\n"
        "{\"type\":\"indicator\",\"name\":\"b\",\"op\":\"=\",\"value\":\"1\",\"kind\":\"number\","
        "\"unit\":\"项\"}\n"
        "{\"type\":\"indicator\",\"name\":\"c\",\"op\":\"=\",\"value\":\"2\",\"kind\":\"number\","
        "\"unit\":\"项\",\"half\":null}\n";
    jx_score_doc *doc = score_text(expected, same);
    assert_counts(doc, 3, 0, 0, 3, 0, 0);
    jx_score_doc_free(doc);

    /* A different half-year value, a half where none is, and 2 as a number not a string. */
    const char *differ =
        "{\"type\":\"indicator\",\"name\":\"a\",\"op\":\">=\",\"value\":\"95\",\"kind\":\"number\","
        "\"unit\":\"%\",\"half\":{\"op\":\">=\",\"value\":\"85\",\"kind\":\"number\","
        "\"unit\":\"%\"}}\n"
        "{\"type\":\"indicator\",\"name\":\"b\",\"op\":\"=\",\"value\":\"1\",\"kind\":\"number\","
        "\"unit\":\"项\",\"half\":{\"op\":null,\"value\":\"1\",\"kind\":\"number\","
        "\"unit\":\"项\"}}\n"
        "{\"type\":\"indicator\",\"name\":\"c\",\"op\":\"=\",\"value\":2,\"kind\":\"number\","
        "\"unit\":\"项\"}\n";
    doc = score_text(expected, differ);
    assert_counts(doc, 0, 3, 3, 0, 3, 3);
    assert_string_equal(problem_with(doc, "missed a"),
                        "missed a (>= 95 %); closest produced a (>= 95 %): half "
                        "{\"op\":\">=\",\"value\":\"90\",\"kind\":\"number\",\"unit\":\"%\"} → "
                        "{\"op\":\">=\",\"value\":\"85\",\"kind\":\"number\",\"unit\":\"%\"}");
    assert_string_equal(problem_with(doc, "missed c"),
                        "missed c (= 2 项); closest produced c (= 2 项): value \"2\" → 2");
    jx_score_doc_free(doc);
}

static void score_document_fields(void **state)
{
    (void)state;
    const char *expected = "{\"type\":\"document\",\"doc\":\"x.txt\",\"title\":\"绩效目标表\","
                           "\"kind\":\"target-table\",\"year\":2023,\"notes\":[\"注：以批复为准\"]}\n";
    /* Right title and notes, wrong year; kind and keys not expected are not compared. */
    const char *produced = "{\"type\":\"document\",\"doc\":\"x.txt\",\"title\":\"绩效目标表\","
                           "\"kind\":\"other\",\"year\":2022,\"notes\":[\"注：以批复为准\"],"
                           "\"org\":\"某局\"}\n";
    jx_score_doc *doc = score_text(expected, produced);
    assert_int_equal(doc->tally.fields_total, 3);
    assert_int_equal(doc->tally.fields_right, 2);
    assert_int_equal(doc->problems->len, 1);
    assert_string_equal(g_ptr_array_index(doc->problems, 0), "year: expected 2023, got 2022");
    assert_true(jx_score_doc_fully_right(doc)); /* no indicator problem */
    jx_score_doc_free(doc);

    /* No produced document record: every expected field is wrong. */
    doc = score_text(expected, "{\"type\":\"finding\"}\n");
    assert_int_equal(doc->tally.fields_total, 3);
    assert_int_equal(doc->tally.fields_right, 0);
    assert_string_equal(g_ptr_array_index(doc->problems, 0),
                        "title: expected \"绩效目标表\", got no document record");
    jx_score_doc_free(doc);

    /* A null year expected matches a null or absent year. */
    doc = score_text("{\"type\":\"document\",\"year\":null}\n", "{\"type\":\"document\"}\n");
    assert_int_equal(doc->tally.fields_total, 1);
    assert_int_equal(doc->tally.fields_right, 1);
    jx_score_doc_free(doc);
}

static void score_failed_document(void **state)
{
    (void)state;
    char *expected_text = g_strconcat(
        base_expected,
        "{\"type\":\"indicator\",\"name\":\"o\",\"op\":null,\"value\":\"1\",\"kind\":\"number\","
        "\"unit\":null,\"optional\":true}\n",
        NULL);
    GPtrArray *expected = jsonl(expected_text);
    jx_score_doc *doc = jx_score_failed("a/b/x.txt", expected, "cannot parse: empty");
    assert_string_equal(doc->error, "cannot parse: empty");
    assert_int_equal(doc->tally.failed, 1);
    assert_int_equal(doc->tally.expected, 3);
    assert_int_equal(doc->tally.optional, 1);
    assert_counts(doc, 0, 0, 3, 0, 0, 3);
    assert_int_equal(doc->tally.fields_total, 2);
    assert_int_equal(doc->tally.fields_right, 0);
    assert_false(jx_score_doc_fully_right(doc));
    assert_string_equal(g_ptr_array_index(doc->problems, 0),
                        "not scored: cannot parse: empty (3 expected indicator records counted "
                        "as missed)");
    jx_score_doc_free(doc);
    g_ptr_array_unref(expected);
    g_free(expected_text);
}

/* Removes the folder `path` and everything under it (test scratch folders only). */
static void remove_tree(const char *path)
{
    GDir *d = g_dir_open(path, 0, NULL);
    if (d) {
        const char *name;
        while ((name = g_dir_read_name(d))) {
            char *child = g_build_filename(path, name, NULL);
            if (g_file_test(child, G_FILE_TEST_IS_DIR) &&
                !g_file_test(child, G_FILE_TEST_IS_SYMLINK))
                remove_tree(child);
            else
                g_remove(child);
            g_free(child);
        }
        g_dir_close(d);
    }
    g_rmdir(path);
}

/* Writes `text` to `dir`/`name`, failing the test on error. */
static void write_file(const char *dir, const char *name, const char *text, gsize len)
{
    char *path = g_build_filename(dir, name, NULL);
    GError *error = NULL;
    if (!g_file_set_contents(path, text, (gssize)len, &error))
        fail_msg("%s", error->message);
    g_free(path);
}

/* Copies corpus/`name` from the source tree into `dir`. */
static void copy_corpus_file(const char *dir, const char *name)
{
    char *src = jx_test_path("JX_SOURCE_DIR", "corpus");
    if (!src)
        fail_msg("JX_SOURCE_DIR is not set; run the tests through ctest");
    char *path = g_build_filename(src, name, NULL);
    char *text = NULL;
    gsize len = 0;
    GError *error = NULL;
    if (!g_file_get_contents(path, &text, &len, &error))
        fail_msg("%s", error->message);
    write_file(dir, name, text, len);
    g_free(text);
    g_free(path);
    g_free(src);
}

static void score_tree_walk_and_check(void **state)
{
    (void)state;
    GError *error = NULL;
    char *root = g_dir_make_tmp("jx-score-XXXXXX", &error);
    if (!root)
        fail_msg("%s", error->message);
    char *fam = g_build_filename(root, "conv", "fam", NULL);
    char *empty_fam = g_build_filename(root, "conv", "nothing", NULL);
    g_mkdir_with_parents(fam, 0700);
    g_mkdir_with_parents(empty_fam, 0700);
    write_file(root, "accuracy.md", "ignored", 7); /* files above the families are ignored */

    copy_corpus_file(fam, "01_education_standard_tab.txt");
    copy_corpus_file(fam, "01_education_standard_tab.expected.jsonl");
    /* A document that cannot be parsed, one expected file alone, one file alone. */
    write_file(fam, "02_empty.txt", "", 0);
    write_file(fam, "02_empty.expected.jsonl", base_expected, strlen(base_expected));
    write_file(fam, "03_alone.expected.jsonl", base_expected, strlen(base_expected));
    write_file(fam, "04_image.png", "x", 1);

    jx_score_tree *tree = jx_score_tree_run(root, &error);
    if (!tree)
        fail_msg("%s", error->message);
    assert_int_equal(tree->cells->len, 2);
    const jx_score_cell *cell = g_ptr_array_index(tree->cells, 0);
    assert_string_equal(cell->converter, "conv");
    assert_string_equal(cell->family, "fam");
    assert_int_equal(cell->docs->len, 3);
    assert_int_equal(cell->tally.documents, 3);
    assert_int_equal(cell->tally.failed, 2);
    assert_int_equal(tree->unscored->len, 1);
    assert_string_equal(g_ptr_array_index(tree->unscored, 0), "conv/fam/04_image.png");

    const jx_score_doc *good = g_ptr_array_index(cell->docs, 0);
    assert_string_equal(good->label, "conv/fam/01_education_standard_tab.txt");
    assert_null(good->error);
    char *expected_path = g_build_filename(fam, "01_education_standard_tab.expected.jsonl", NULL);
    GPtrArray *expected = jx_golden_load(expected_path, &error);
    assert_non_null(expected);
    assert_int_equal(good->tally.expected, jx_golden_count_type(expected, "indicator"));
    assert_true(good->tally.produced > 0); /* its accuracy is test_golden's business */
    g_ptr_array_unref(expected);
    g_free(expected_path);

    const jx_score_doc *empty = g_ptr_array_index(cell->docs, 1);
    assert_non_null(strstr(empty->error, "cannot parse"));
    assert_int_equal(empty->tally.loose.fn, 3);
    const jx_score_doc *alone = g_ptr_array_index(cell->docs, 2);
    assert_string_equal(alone->label, "conv/fam/03_alone.expected.jsonl");
    assert_non_null(strstr(alone->error, "no document 03_alone.EXT"));

    const jx_score_cell *none = g_ptr_array_index(tree->cells, 1);
    assert_string_equal(none->family, "nothing");
    assert_int_equal(none->tally.documents, 0);

    jx_score_tally all;
    jx_score_tree_total(tree, NULL, &all);
    assert_int_equal(all.documents, 3);
    assert_int_equal(all.expected, good->tally.expected + 6);

    char *table = jx_score_tree_table(tree);
    assert_non_null(strstr(table, "| converter | family | docs | expected |"));
    assert_non_null(strstr(table, "| conv | fam | 3 |"));
    assert_non_null(strstr(table, "| conv | nothing | 0 | 0 | 0 | 0 | – | – | – | – | 0/0 | – |"));
    assert_non_null(strstr(table, "| **conv** | **all** | 3 |"));
    assert_non_null(strstr(table, "| **all** | **all** | 3 |"));
    assert_non_null(strstr(table, "- conv/fam/02_empty.txt: cannot parse:"));
    g_free(table);

    /* Two failed documents pull F1 down; the empty family fails whatever the minimums. */
    GString *report = g_string_new(NULL);
    assert_false(jx_score_tree_check(tree, 0.0, 0.0, report));
    assert_non_null(strstr(report->str, "conv/nothing: no document with expected records"));
    assert_null(strstr(report->str, "conv/fam:"));
    g_string_truncate(report, 0);
    assert_false(jx_score_tree_check(tree, 0.98, 0.95, report));
    assert_non_null(strstr(report->str, "conv/fam: F1 "));

    GString *list = g_string_new(NULL);
    jx_score_tree_list(tree, TRUE, 1, 1, list);
    assert_true(g_str_has_prefix(list->str, "conv/fam/"));
    assert_non_null(strstr(list->str, "more documents with problems\n"));
    g_string_free(list, TRUE);
    jx_score_tree_free(tree);

    /* --only: a converter/family pattern takes its cells, a bare name a converter's all. */
    static const struct {
        const char *pattern;
        guint cells;
        const char *first; /* family of the first cell */
    } only_cases[] = {
        {"conv/fam", 1, "fam"}, {"*/nothing", 1, "nothing"}, {"conv", 2, NULL},
        {"co*", 2, NULL},       {"other", 0, NULL},          {"conv/f*", 1, "fam"},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(only_cases); i++) {
        const char *only[] = {only_cases[i].pattern, NULL};
        tree = jx_score_tree_run_only(root, only, &error);
        assert_non_null(tree);
        assert_int_equal(tree->cells->len, only_cases[i].cells);
        if (only_cases[i].first)
            assert_string_equal(((jx_score_cell *)g_ptr_array_index(tree->cells, 0))->family,
                                only_cases[i].first);
        jx_score_tree_free(tree);
    }

    /* Without the empty family, with the minimums at 0, the check passes. */
    g_rmdir(empty_fam);
    tree = jx_score_tree_run(root, &error);
    assert_non_null(tree);
    g_string_truncate(report, 0);
    assert_true(jx_score_tree_check(tree, 0.0, 0.0, report));
    assert_string_equal(report->str, "");

    /* A floor stands in for the target for its cell, and holds: below it fails. */
    double f1 = jx_score_f1(&((const jx_score_cell *)g_ptr_array_index(tree->cells, 0))->tally.loose);
    char *floors_text = g_strdup_printf("# converter family min-F1 min-strict-F1\n"
                                        "conv fam %.4f 0\n", f1 - 0.001);
    write_file(root, "floors.tsv", floors_text, strlen(floors_text));
    char *floors_path = g_build_filename(root, "floors.tsv", NULL);
    GHashTable *floors = jx_score_floors_load(floors_path, &error);
    assert_non_null(floors);
    assert_true(jx_score_tree_check_floors(tree, 0.98, 0.95, floors, report));
    g_hash_table_unref(floors);
    g_free(floors_text);
    floors_text = g_strdup_printf("conv\tfam\t%.4f\t0\n", f1 + 0.001);
    write_file(root, "floors.tsv", floors_text, strlen(floors_text));
    floors = jx_score_floors_load(floors_path, &error);
    assert_false(jx_score_tree_check_floors(tree, 0.0, 0.0, floors, report));
    assert_non_null(strstr(report->str, "conv/fam: F1 "));
    g_hash_table_unref(floors);
    g_free(floors_text);
    write_file(root, "floors.tsv", "conv fam high 0\n", 16);
    assert_null(jx_score_floors_load(floors_path, &error));
    assert_non_null(strstr(error->message, "floors.tsv:1:"));
    g_clear_error(&error);
    g_remove(floors_path);
    g_free(floors_path);
    jx_score_tree_free(tree);

    /* An empty tree scores nothing and does not pass; a missing one is an error. */
    char *conv = g_build_filename(root, "conv", NULL);
    remove_tree(conv);
    tree = jx_score_tree_run(root, &error);
    assert_non_null(tree);
    assert_int_equal(tree->cells->len, 0);
    assert_false(jx_score_tree_check(tree, 0.0, 0.0, NULL));
    jx_score_tree_free(tree);
    remove_tree(root);
    assert_null(jx_score_tree_run(root, &error));
    assert_non_null(error);
    g_clear_error(&error);

    g_string_free(report, TRUE);
    g_free(conv);
    g_free(empty_fam);
    g_free(fam);
    g_free(root);
}

static void converted_corpus(void **state)
{
    (void)state;
    char *root = jx_test_path("JX_SOURCE_DIR", "corpus/converted");
    if (!root)
        fail_msg("JX_SOURCE_DIR is not set; run the tests through ctest");
    if (!g_file_test(root, G_FILE_TEST_EXISTS)) {
        printf("SKIP: corpus/converted not found; converted-corpus accuracy not measured\n");
        g_free(root);
        skip();
    }
    GError *error = NULL;
    jx_score_tree *tree = jx_score_tree_run(root, &error);
    if (!tree)
        fail_msg("corpus/converted: %s", error->message);
    char *table = jx_score_tree_table(tree);
    printf("converted: corpus/converted, minimum F1 %.2f and strict F1 %.2f per cell\n\n%s\n",
           MIN_F1, MIN_STRICT_F1, table);
    g_free(table);
    jx_score_tally all;
    jx_score_tree_total(tree, NULL, &all);
    /* cells still below the target hold their floors (corpus/converted/floors.tsv) */
    char *floors_path = g_build_filename(root, "floors.tsv", NULL);
    GHashTable *floors = NULL;
    if (g_file_test(floors_path, G_FILE_TEST_EXISTS)) {
        floors = jx_score_floors_load(floors_path, &error);
        if (!floors)
            fail_msg("%s", error->message);
        printf("converted: %u cell(s) below the target hold the floors of %s\n",
               g_hash_table_size(floors), floors_path);
    }
    g_free(floors_path);
    /* .doc and .xls are read through LibreOffice: without it they fail by
     * design (one line each), so their cells are not held to anything */
    const char *forced = g_getenv("JX_SOFFICE"); /* as the library finds it */
    char *soffice = forced && *forced ? g_strdup(forced) : g_find_program_in_path("soffice");
    if (!soffice || !g_file_test(soffice, G_FILE_TEST_IS_EXECUTABLE)) {
        static const char *const legacy[] = {"writer-doc", "calc-xls"};
        static const char *const families[] = {"standard", "split", "half", "dept", "legacy"};
        if (!floors)
            floors = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
        for (gsize c = 0; c < G_N_ELEMENTS(legacy); c++)
            for (gsize f = 0; f < G_N_ELEMENTS(families); f++)
                g_hash_table_replace(floors, g_strdup_printf("%s/%s", legacy[c], families[f]),
                                     g_new0(double, 2));
        printf("SKIP: soffice is not installed; writer-doc and calc-xls are scored but not held "
               "(apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)\n");
    }
    g_free(soffice);
    GString *report = g_string_new(NULL);
    gboolean ok = jx_score_tree_check_floors(tree, MIN_F1, MIN_STRICT_F1, floors, report);
    if (floors)
        g_hash_table_unref(floors);
    if (all.documents == 0) {
        g_string_append(report, "corpus/converted has no <converter>/<family>/<id>.<ext> with an "
                                "<id>.expected.jsonl beside it; a run that scores nothing does "
                                "not pass\n");
        ok = FALSE;
    }
    if (!ok) {
        fprintf(stderr, "converted: FAIL:\n%s", report->str);
        GString *list = g_string_new(NULL);
        jx_score_tree_list(tree, TRUE, 10, 8, list);
        if (list->len)
            fprintf(stderr, "\nworst documents:\n%s", list->str);
        g_string_free(list, TRUE);
    }
    g_string_free(report, TRUE);
    jx_score_tree_free(tree);
    g_free(root);
    assert_true(ok);
}

int main(void)
{
    /* Line-buffered so the reports interleave with cmocka's messages in order. */
    setvbuf(stdout, NULL, _IOLBF, 0);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(score_perfect_in_another_order),
        cmocka_unit_test(score_missing_record),
        cmocka_unit_test(score_extra_record),
        cmocka_unit_test(score_level1_mistake_is_loose_right_strict_wrong),
        cmocka_unit_test(score_optional_records),
        cmocka_unit_test(score_project_is_strict),
        cmocka_unit_test(score_level2_alt),
        cmocka_unit_test(score_half_year_and_json_types),
        cmocka_unit_test(score_document_fields),
        cmocka_unit_test(score_self_evaluation),
        cmocka_unit_test(score_failed_document),
        cmocka_unit_test(score_tree_walk_and_check),
        cmocka_unit_test(converted_corpus),
    };
    return cmocka_run_group_tests_name("converted", tests, NULL, NULL);
}
