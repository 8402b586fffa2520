/*
 * test_schema.c — the record schema (docs/record.schema.json) and the test
 * validator (tests/support/schema.c) against hand-written records: good ones
 * pass, and each kind of mistake fails with a line naming the bad field.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "support/schema.h"
#include "support/testenv.h"

/* ------------------------------------------------------------ records */

static const char *const good_document =
    "{\"type\":\"document\",\"doc\":\"a.txt\",\"source\":\"corpus/a.txt\","
    "\"sha256\":\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\","
    "\"format\":\"text\",\"encoding\":\"UTF-8\",\"pages\":null,\"title\":\"专项资金绩效目标表\","
    "\"kind\":\"target-table\",\"year\":2023,\"org\":\"南昌市科学技术局\","
    "\"project\":\"市级科技发展专项资金\","
    "\"amount\":{\"value\":\"58600\",\"unit\":\"万元\",\"text\":\"申请金额: 58600\"},"
    "\"warnings\":[]}";

static const char *const good_indicator =
    "{\"type\":\"indicator\",\"doc\":\"a.txt\",\"table\":1,\"row\":4,\"page\":null,\"seq\":4,"
    "\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"企业研发费用后补助项目数\","
    "\"task\":null,\"category\":\"output.quantity\",\"op\":\">=\",\"value\":\"360\","
    "\"kind\":\"number\",\"unit\":\"项\",\"text\":\"≥ | 360 | 项\",\"flags\":[\"filled-down\"]}";

static const char *const good_score =
    "{\"type\":\"score\",\"doc\":\"r.txt\",\"table\":2,\"row\":3,\"page\":null,\"code\":\"A11\","
    "\"level1\":\"决策\",\"level2\":\"项目立项\",\"name\":\"立项依据充分性\",\"weight\":\"3\","
    "\"score\":\"2.5\",\"rate\":\"83.33\",\"reason\":\"依据不足\"}";

static const char *const good_fact =
    "{\"type\":\"fact\",\"doc\":\"r.txt\",\"page\":null,\"subject\":\"“揭榜挂帅”制项目\","
    "\"budget\":{\"value\":\"2200\",\"unit\":\"万元\"},\"spent\":{\"value\":\"900\",\"unit\":"
    "\"万元\"},"
    "\"rate\":\"40.9\",\"text\":\"本项目年度预算2200万元，实际支出900万元，预算执行率40.9%\"}";

static const char *const good_finding =
    "{\"type\":\"finding\",\"doc\":\"r.txt\",\"severity\":\"error\",\"rule\":\"score.sum\","
    "\"message\":\"决策 scores add up to 19.5, the table says 20\","
    "\"where\":{\"table\":2,\"row\":7,\"page\":null},\"expected\":\"20\",\"found\":\"19.5\"}";

/* ------------------------------------------------------------ helpers */

typedef struct {
    jx_schema *schema;
} fixture;

static int setup(void **state)
{
    GError *error = NULL;
    jx_schema *schema = jx_test_load_record_schema(&error);
    if (!schema) {
        fprintf(stderr, "cannot load the record schema: %s\n", error->message);
        g_error_free(error);
        return -1;
    }
    fixture *f = g_new0(fixture, 1);
    f->schema = schema;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    jx_schema_free(f->schema);
    g_free(f);
    return 0;
}

/* `base` with member `key` set to the JSON `value` (removed when NULL). */
static JsonNode *variant(const char *base, const char *key, const char *value)
{
    GError *error = NULL;
    JsonNode *node = json_from_string(base, &error);
    if (!node)
        fail_msg("test record is not JSON: %s", error->message);
    if (key) {
        JsonObject *obj = json_node_get_object(node);
        if (value) {
            JsonNode *v = json_from_string(value, &error);
            if (!v)
                fail_msg("test value %s is not JSON: %s", value, error->message);
            json_object_set_member(obj, key, v);
        } else {
            json_object_remove_member(obj, key);
        }
    }
    return node;
}

/* Asserts `node` is valid. */
static void expect_valid(const jx_schema *schema, JsonNode *node, const char *what)
{
    GString *errors = g_string_new(NULL);
    gboolean ok = jx_schema_validate(schema, node, errors);
    if (!ok)
        fprintf(stderr, "%s should be valid, but:\n%s", what, errors->str);
    g_string_free(errors, TRUE);
    json_node_unref(node);
    assert_true(ok);
}

/* Asserts `node` is invalid and that the errors hold `needle` (a path and
 * reason).  When `only` is TRUE the errors must be exactly one line. */
static void expect_invalid(const jx_schema *schema, JsonNode *node, const char *what,
                           const char *needle, gboolean only)
{
    GString *errors = g_string_new(NULL);
    gboolean ok = jx_schema_validate(schema, node, errors);
    json_node_unref(node);
    guint lines = 0;
    for (const char *p = errors->str; (p = strchr(p, '\n')); p++)
        lines++;
    if (ok)
        fprintf(stderr, "%s should be invalid (expected an error containing '%s')\n", what, needle);
    else if (!strstr(errors->str, needle))
        fprintf(stderr, "%s: errors do not mention '%s':\n%s", what, needle, errors->str);
    else if (only && lines != 1)
        fprintf(stderr, "%s: expected exactly one error line, got %u:\n%s", what, lines,
                errors->str);
    gboolean good = !ok && strstr(errors->str, needle) && (!only || lines == 1);
    g_string_free(errors, TRUE);
    assert_false(ok);
    assert_true(good);
}

/* ------------------------------------------------------------ the record schema */

static void good_records_pass(void **state)
{
    const jx_schema *s = ((fixture *)*state)->schema;
    expect_valid(s, variant(good_document, NULL, NULL), "document");
    expect_valid(s, variant(good_document, "amount", "null"), "document without amount");
    expect_valid(s, variant(good_document, "format", "\"pdf\""), "PDF document");
    expect_valid(s, variant(good_document, "pages", "12"), "document with pages");
    expect_valid(s, variant(good_document, "year", "null"), "document without year");
    expect_valid(s, variant(good_document, "warnings", "[\"page 3 has no text layer\"]"),
                 "document with warnings");
    expect_valid(s, variant(good_indicator, NULL, NULL), "indicator");
    expect_valid(s, variant(good_indicator, "value", "\"-2.5\""), "negative decimal value");
    expect_valid(s, variant(good_indicator, "page", "3"), "indicator with page");
    expect_valid(s, variant(good_indicator, "seq", "null"), "indicator without seq");
    expect_valid(s, variant(good_indicator, "category", "\"decision\""), "level-1 category");
    expect_valid(s, variant(good_indicator, "category", "null"), "unknown category");
    expect_valid(s, variant(good_indicator, "task", "\"科技重大专项\""), "indicator with task");
    expect_valid(s, variant(good_indicator, "level2", "\"\""), "indicator without level2");
    expect_valid(s, variant(good_indicator, "extra", "{\"later\":true}"),
                 "indicator with a key added in a later format (records are additive)");

    JsonNode *date = variant(good_indicator, "kind", "\"date\"");
    json_object_set_string_member(json_node_get_object(date), "value", "2023-12-31");
    json_object_set_string_member(json_node_get_object(date), "op", "<=");
    json_object_set_null_member(json_node_get_object(date), "unit");
    expect_valid(s, date, "date indicator");

    JsonNode *text = variant(good_indicator, "kind", "\"text\"");
    json_object_set_string_member(json_node_get_object(text), "value", "按时完成");
    json_object_set_null_member(json_node_get_object(text), "op");
    json_object_set_null_member(json_node_get_object(text), "unit");
    expect_valid(s, text, "text indicator without op");

    expect_valid(s,
                 variant(good_indicator, "half",
                         "{\"op\":\">=\",\"value\":\"180\",\"kind\":\"number\",\"unit\":\"项\","
                         "\"text\":\"≥180项\"}"),
                 "indicator with a half-year target");
    expect_valid(s, variant(good_indicator, "half", "null"), "indicator with an empty half");

    expect_valid(s, variant(good_score, NULL, NULL), "score");
    JsonNode *total = variant(good_score, "code", "null");
    JsonObject *t = json_node_get_object(total);
    json_object_set_null_member(t, "level1");
    json_object_set_null_member(t, "level2");
    json_object_set_string_member(t, "name", "合计");
    json_object_set_string_member(t, "weight", "100");
    json_object_set_string_member(t, "score", "90.07");
    json_object_set_null_member(t, "rate");
    json_object_remove_member(t, "reason");
    expect_valid(s, total, "score summary row");

    expect_valid(s, variant(good_fact, NULL, NULL), "fact");
    expect_valid(s, variant(good_fact, "budget", "null"), "fact without budget");
    expect_valid(s, variant(good_finding, NULL, NULL), "finding");
    expect_valid(s, variant(good_finding, "rule", "\"score.cross-table\""), "finding rule");
    JsonNode *note = variant(good_finding, "expected", NULL);
    json_object_remove_member(json_node_get_object(note), "found");
    expect_valid(s, note, "non-arithmetic finding");
}

static void wrong_op_fails(void **state)
{
    const jx_schema *s = ((fixture *)*state)->schema;
    expect_invalid(s, variant(good_indicator, "op", "\"=>\""), "op \"=>\"", "/op: ", TRUE);
    expect_invalid(s, variant(good_indicator, "op", "\"≥\""), "op \"≥\"", "/op: ", TRUE);
    expect_invalid(s, variant(good_indicator, "op", "\"\""), "op \"\"", "/op: ", TRUE);
    expect_invalid(s,
                   variant(good_indicator, "half",
                           "{\"op\":\"ge\",\"value\":\"1\",\"kind\":\"number\",\"unit\":null,"
                           "\"text\":\"1\"}"),
                   "half.op \"ge\"", "/half/op: ", TRUE);
}

static void float_number_fails(void **state)
{
    const jx_schema *s = ((fixture *)*state)->schema;
    expect_invalid(s, variant(good_indicator, "value", "360"), "value as a JSON integer",
                   "/value: expected string", FALSE);
    expect_invalid(s, variant(good_indicator, "value", "2.1"), "value as a JSON float",
                   "/value: expected string", FALSE);
    expect_invalid(s, variant(good_score, "weight", "10.5"), "weight as a JSON float",
                   "/weight: expected string, got number 10.5", TRUE);
    expect_invalid(s, variant(good_score, "score", "\"1e3\""), "score with an exponent",
                   "/score: \"1e3\" does not match pattern", TRUE);
    expect_invalid(s, variant(good_score, "rate", "\"68.06%\""), "rate with a percent sign",
                   "/rate: \"68.06%\" does not match pattern", TRUE);
    expect_invalid(s, variant(good_indicator, "value", "\"58,600\""), "thousands separator",
                   "/value: \"58,600\" does not match pattern", TRUE);
    expect_invalid(s, variant(good_indicator, "value", "\"１００\""), "full-width digits",
                   "/value: ", TRUE);
    expect_invalid(s, variant(good_indicator, "value", "\".5\""), "no integer part",
                   "/value: ", TRUE);
    expect_invalid(
        s,
        variant(good_document, "amount", "{\"value\":58600,\"unit\":\"万元\",\"text\":\"58600\"}"),
        "amount.value as a JSON number", "/amount/value: expected string", TRUE);
    expect_invalid(s, variant(good_finding, "found", "19.5"), "finding.found as a float",
                   "/found: ", TRUE);
    expect_invalid(s, variant(good_indicator, "seq", "4.5"), "seq 4.5", "/seq: ", TRUE);
    expect_invalid(s, variant(good_indicator, "seq", "\"4\""), "seq as a string",
                   "/seq: expected integer|null, got string", TRUE);
    expect_invalid(s, variant(good_document, "year", "\"2023\""), "year as a string",
                   "/year: ", TRUE);
}

static void missing_required_key_fails(void **state)
{
    const jx_schema *s = ((fixture *)*state)->schema;
    const char *indicator_keys[] = {"doc",    "table", "row",  "page",     "seq", "level1",
                                    "level2", "name",  "task", "category", "op",  "value",
                                    "kind",   "unit",  "text", "flags",    NULL};
    for (const char **k = indicator_keys; *k; k++) {
        char *needle = g_strdup_printf("/: missing required key \"%s\"", *k);
        expect_invalid(s, variant(good_indicator, *k, NULL), *k, needle, TRUE);
        g_free(needle);
    }
    const char *document_keys[] = {"doc",     "source", "sha256",   "format", "encoding",
                                   "pages",   "title",  "kind",     "year",   "org",
                                   "project", "amount", "warnings", NULL};
    for (const char **k = document_keys; *k; k++) {
        char *needle = g_strdup_printf("/: missing required key \"%s\"", *k);
        expect_invalid(s, variant(good_document, *k, NULL), *k, needle, TRUE);
        g_free(needle);
    }
    expect_invalid(s, variant(good_score, "weight", NULL), "score without weight",
                   "/: missing required key \"weight\"", TRUE);
    expect_invalid(s, variant(good_fact, "text", NULL), "fact without text",
                   "/: missing required key \"text\"", TRUE);
    expect_invalid(s, variant(good_finding, "rule", NULL), "finding without rule",
                   "/: missing required key \"rule\"", TRUE);
    expect_invalid(s,
                   variant(good_indicator, "half",
                           "{\"op\":\">=\",\"value\":\"1\",\"kind\":\"number\",\"text\":\"1\"}"),
                   "half without unit", "/half: missing required key \"unit\"", TRUE);
    expect_invalid(s, variant(good_indicator, "type", NULL), "record without type", "/: ", FALSE);
}

static void bad_date_fails(void **state)
{
    const jx_schema *s = ((fixture *)*state)->schema;
    const char *bad[] = {"\"2023/12/31\"", "\"2023年12月31日\"", "\"2023-12-31T00:00\"",
                         "\"年底\"",       "\"23-12-31\"",       NULL};
    for (const char **v = bad; *v; v++) {
        JsonNode *node = variant(good_indicator, "value", *v);
        json_object_set_string_member(json_node_get_object(node), "kind", "date");
        char *what = g_strdup_printf("date value %s", *v);
        expect_invalid(s, node, what, "/value: ", TRUE);
        g_free(what);
    }
    /* A number kind with a date value is wrong too, and a half-year date. */
    expect_invalid(s, variant(good_indicator, "value", "\"2023-12-31\""),
                   "number kind with a date value", "/value: ", TRUE);
    expect_invalid(s,
                   variant(good_indicator, "half",
                           "{\"op\":\"<=\",\"value\":\"2023.6.30\",\"kind\":\"date\",\"unit\":null,"
                           "\"text\":\"2023.6.30\"}"),
                   "half-year date", "/half/value: ", TRUE);
    expect_invalid(s, variant(good_indicator, "kind", "\"integer\""), "unknown kind",
                   "/kind: ", TRUE);
}

static void bad_category_fails(void **state)
{
    const jx_schema *s = ((fixture *)*state)->schema;
    const char *bad[] = {"\"Output.Quantity\"",
                         "\"output.quantity.extra\"",
                         "\"output.\"",
                         "\"产出\"",
                         "\"output quantity\"",
                         "\"\"",
                         "1",
                         NULL};
    for (const char **v = bad; *v; v++) {
        char *what = g_strdup_printf("category %s", *v);
        expect_invalid(s, variant(good_indicator, "category", *v), what, "/category: ", TRUE);
        g_free(what);
    }
}

static void other_mistakes_fail(void **state)
{
    const jx_schema *s = ((fixture *)*state)->schema;
    expect_invalid(s, variant(good_indicator, "type", "\"bogus\""), "unknown record type",
                   "/: matches no alternative of oneOf", TRUE);
    expect_invalid(s, variant(good_indicator, "table", "0"), "table 0",
                   "/table: 0 is less than the minimum 1", TRUE);
    expect_invalid(s, variant(good_indicator, "row", "-1"), "row -1", "/row: ", TRUE);
    expect_invalid(s, variant(good_indicator, "page", "0"), "page 0", "/page: ", TRUE);
    expect_invalid(s, variant(good_indicator, "flags", "\"filled-down\""), "flags as a string",
                   "/flags: expected array", TRUE);
    expect_invalid(s, variant(good_indicator, "flags", "[\"ok\",3]"), "a number in flags",
                   "/flags/1: expected string", TRUE);
    expect_invalid(s, variant(good_indicator, "unit", "[]"), "unit as a list", "/unit: ", TRUE);
    expect_invalid(s, variant(good_indicator, "half", "\"≥180\""), "half as a string",
                   "/half: ", TRUE);
    expect_invalid(s, variant(good_document, "format", "\"docx\""), "document format",
                   "/format: \"docx\" is not one of", TRUE);
    expect_invalid(s, variant(good_document, "kind", "\"report\""), "document kind",
                   "/kind: ", TRUE);
    expect_invalid(s, variant(good_document, "sha256", "\"abc\""), "short sha256",
                   "/sha256: ", TRUE);
    expect_invalid(s, variant(good_document, "warnings", "null"), "warnings null",
                   "/warnings: ", TRUE);
    expect_invalid(s, variant(good_document, "amount", "{\"value\":\"1\",\"unit\":\"万元\"}"),
                   "amount without text", "/amount: ", TRUE);
    expect_invalid(s, variant(good_document, "doc", "\"corpus/a.txt\""), "doc with a directory",
                   "/doc: ", TRUE);
    expect_invalid(s, variant(good_finding, "severity", "\"fatal\""), "finding severity",
                   "/severity: ", TRUE);
    expect_invalid(s, variant(good_fact, "spent", "{\"value\":\"9百\",\"unit\":\"万元\"}"),
                   "fact spent value", "/spent/value: ", TRUE);
    /* Not an object at all. */
    expect_invalid(s, variant("[1,2]", NULL, NULL), "an array", "/: ", FALSE);
}

/* ------------------------------------------------------------ the validator itself */

static jx_schema *inline_schema(const char *json)
{
    GError *error = NULL;
    jx_schema *s = jx_schema_load_data("inline", json, -1, &error);
    if (!s)
        fail_msg("inline schema rejected: %s", error->message);
    return s;
}

static gboolean valid_json(const jx_schema *s, const char *json)
{
    JsonNode *node = json_from_string(json, NULL);
    assert_non_null(node);
    gboolean ok = jx_schema_validate(s, node, NULL);
    json_node_unref(node);
    return ok;
}

static void validator_keywords(void **state)
{
    (void)state;
    jx_schema *s = inline_schema("{\"type\":\"integer\",\"minimum\":2}");
    assert_true(valid_json(s, "2"));
    assert_true(valid_json(s, "3.0")); /* an integer by value, as the spec says */
    assert_false(valid_json(s, "2.5"));
    assert_false(valid_json(s, "1"));
    assert_false(valid_json(s, "\"3\""));
    jx_schema_free(s);

    s = inline_schema("{\"type\":[\"number\",\"null\"]}");
    assert_true(valid_json(s, "2.5"));
    assert_true(valid_json(s, "7"));
    assert_true(valid_json(s, "null"));
    assert_false(valid_json(s, "true"));
    jx_schema_free(s);

    s = inline_schema("{\"const\":{\"a\":[1,\"x\"]}}");
    assert_true(valid_json(s, "{\"a\":[1.0,\"x\"]}"));
    assert_false(valid_json(s, "{\"a\":[1,\"x\"],\"b\":1}"));
    assert_false(valid_json(s, "{\"a\":[\"x\",1]}"));
    jx_schema_free(s);

    s = inline_schema("{\"enum\":[\"a\",null,3]}");
    assert_true(valid_json(s, "null"));
    assert_true(valid_json(s, "3"));
    assert_false(valid_json(s, "\"b\""));
    jx_schema_free(s);

    /* Patterns search (unanchored) unless anchored, and match UTF-8 text. */
    s = inline_schema("{\"pattern\":\"指标$\"}");
    assert_true(valid_json(s, "\"产出指标\""));
    assert_false(valid_json(s, "\"指标值\""));
    assert_true(valid_json(s, "12")); /* pattern applies to strings only */
    jx_schema_free(s);

    s = inline_schema("{\"$defs\":{\"pos\":{\"type\":\"integer\",\"minimum\":1}},"
                      "\"type\":\"object\",\"required\":[\"a\"],"
                      "\"properties\":{\"a\":{\"$ref\":\"#/$defs/pos\"},"
                      "\"b\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/pos\"}}}}");
    assert_true(valid_json(s, "{\"a\":1,\"b\":[1,2],\"c\":\"anything\"}"));
    assert_false(valid_json(s, "{\"b\":[1]}"));
    assert_false(valid_json(s, "{\"a\":1,\"b\":[1,0]}"));
    assert_false(valid_json(s, "{\"a\":0}"));
    jx_schema_free(s);

    s = inline_schema("{\"oneOf\":[{\"type\":\"integer\"},{\"minimum\":0}]}");
    assert_true(valid_json(s, "-1"));    /* integer only */
    assert_true(valid_json(s, "0.5"));   /* minimum only */
    assert_false(valid_json(s, "3"));    /* both: oneOf needs exactly one */
    assert_false(valid_json(s, "-0.5")); /* neither */
    jx_schema_free(s);

    s = inline_schema("{\"anyOf\":[{\"type\":\"integer\"},{\"minimum\":0}],"
                      "\"allOf\":[{\"type\":\"number\"},true]}");
    assert_true(valid_json(s, "3"));
    assert_false(valid_json(s, "-0.5"));
    assert_false(valid_json(s, "\"3\""));
    jx_schema_free(s);

    s = inline_schema("{\"if\":{\"properties\":{\"k\":{\"const\":\"d\"}},\"required\":[\"k\"]},"
                      "\"then\":{\"properties\":{\"v\":{\"pattern\":\"^[0-9]+$\"}}},"
                      "\"else\":{\"properties\":{\"v\":{\"type\":\"string\"}}}}");
    assert_true(valid_json(s, "{\"k\":\"d\",\"v\":\"12\"}"));
    assert_false(valid_json(s, "{\"k\":\"d\",\"v\":\"x\"}"));
    assert_true(valid_json(s, "{\"k\":\"t\",\"v\":\"x\"}"));
    assert_false(valid_json(s, "{\"k\":\"t\",\"v\":1}"));
    jx_schema_free(s);

    s = inline_schema("false");
    assert_false(valid_json(s, "null"));
    jx_schema_free(s);
}

static void validator_reports_paths(void **state)
{
    (void)state;
    jx_schema *s = inline_schema("{\"properties\":{\"a\":{\"items\":{\"properties\":"
                                 "{\"x/y\":{\"type\":\"string\"}}}}}}");
    JsonNode *node = json_from_string("{\"a\":[{},{\"x/y\":1}]}", NULL);
    GString *errors = g_string_new(NULL);
    assert_false(jx_schema_validate(s, node, errors));
    assert_string_equal(errors->str, "/a/1/x~1y: expected string, got integer 1\n");
    g_string_free(errors, TRUE);
    json_node_unref(node);
    jx_schema_free(s);
}

static void validator_rejects_bad_schemas(void **state)
{
    (void)state;
    const char *bad[] = {
        "{\"additionalProperties\":false}", /* not supported: must not be ignored */
        "{\"$ref\":\"#/$defs/missing\"}",   /* dangling reference */
        "{\"pattern\":\"([\"}",             /* does not compile */
        "{\"type\":\"decimal\"}",           /* no such type */
        "{\"properties\":{\"a\":3}}",       /* a schema must be an object or boolean */
        "{\"oneOf\":[]}",                   /* empty list */
        "not json",
    };
    for (gsize i = 0; i < G_N_ELEMENTS(bad); i++) {
        GError *error = NULL;
        jx_schema *s = jx_schema_load_data("bad", bad[i], -1, &error);
        if (s)
            fprintf(stderr, "schema %s was accepted\n", bad[i]);
        assert_null(s);
        assert_non_null(error);
        assert_non_null(strstr(error->message, "bad"));
        g_error_free(error);
    }
}

int main(void)
{
    /* Line-buffered so the reports interleave with cmocka's messages in order. */
    setvbuf(stdout, NULL, _IOLBF, 0);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(good_records_pass),       cmocka_unit_test(wrong_op_fails),
        cmocka_unit_test(float_number_fails),      cmocka_unit_test(missing_required_key_fails),
        cmocka_unit_test(bad_date_fails),          cmocka_unit_test(bad_category_fails),
        cmocka_unit_test(other_mistakes_fail),     cmocka_unit_test(validator_keywords),
        cmocka_unit_test(validator_reports_paths), cmocka_unit_test(validator_rejects_bad_schemas),
    };
    return cmocka_run_group_tests_name("schema", tests, setup, teardown);
}
