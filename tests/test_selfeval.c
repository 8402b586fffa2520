/*
 * test_selfeval.c — self-evaluation tables (项目支出绩效自评表, 部门整体支出
 * 绩效自评表, 财预〔2020〕10号) → the document record's self-evaluation
 * fields, funds records and indicator records with actual/weight/score/
 * deviation (parse/funds.c, parse/target.c, parse/document.c).  Inputs are
 * small documents written here, one per block variant; records are checked
 * field by field.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "parse/parse.h"
#include "support/dump.h"

static jx_record_list *parse_named(const char *name, const char *text)
{
    GError *error = NULL;
    jx_source *src = jx_extract_bytes(name, name, (const guint8 *)text, strlen(text), &error);
    assert_non_null(src);
    jx_record_list *list = jx_parse_source(src);
    jx_source_free(src);
    jx_test_dump_records(list); /* the schema_check test validates them */
    return list;
}

static jx_record_list *parse_text(const char *text)
{
    return parse_named("s.txt", text);
}

static guint count_type(const jx_record_list *l, const char *type)
{
    guint n = 0;
    for (guint k = 0; k < jx_record_list_length(l); k++)
        n += g_strcmp0(jx_record_type(jx_record_list_get(l, k)), type) == 0;
    return n;
}

/* The i-th record of `type` (0-based), or fails the test. */
static const jx_record *nth(const jx_record_list *l, const char *type, guint i)
{
    guint seen = 0;
    for (guint k = 0; k < jx_record_list_length(l); k++) {
        const jx_record *r = jx_record_list_get(l, k);
        if (g_strcmp0(jx_record_type(r), type) == 0 && seen++ == i)
            return r;
    }
    fail_msg("no %s record %u (%u in all)", type, i, count_type(l, type));
    return NULL;
}

/* A string field equal to `want`, NULL meaning null (or absent). */
static void check(const jx_record *r, const char *key, const char *want)
{
    const char *got = jx_record_get_string(r, key);
    if (g_strcmp0(got, want) != 0)
        fail_msg("%s: got %s, want %s", key, got ? got : "null", want ? want : "null");
}

/* One funds record: item and the six figures. */
static void check_funds(const jx_record *r, const char *item, const char *planned,
                        const char *adjusted, const char *spent, const char *weight,
                        const char *rate, const char *score)
{
    check(r, "item", item);
    check(r, "planned", planned);
    check(r, "adjusted", adjusted);
    check(r, "spent", spent);
    check(r, "weight", weight);
    check(r, "rate", rate);
    check(r, "score", score);
}

/* A target-like object (the target on the record, or its `actual`). */
static void check_value(const jx_record *v, const char *op, const char *value, const char *kind,
                        const char *unit)
{
    assert_non_null(v);
    check(v, "op", op);
    check(v, "value", value);
    check(v, "kind", kind);
    check(v, "unit", unit);
}

/* One indicator's self-evaluation fields. */
static void check_scored(const jx_record *r, const char *weight, const char *score,
                         const char *deviation)
{
    check(r, "weight", weight);
    check(r, "score", score);
    check(r, "deviation", deviation);
}

/* The standard project form, tab-separated: codes in the head, the funds
 * block with dashes and empty cells, group weights in the level-1 labels,
 * a 总分 row with 自评得分 in its 得分 column, a grade row. */
static const char standard[] =
    "（2023）年度项目支出绩效自评表\n"
    "项目名称\t农村人居环境整治项目\n"
    "主管部门\t305-某县农业农村局\t实施单位\t某县农村能源站\n"
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "\t年度资金总额\t90\t90\t89.974\t10\t99.97%\t9.99\n"
    "\t其中：本年财政拨款\t90\t90\t89.974\t—\t—\t—\n"
    "\t上年结转资金\t\t\t\t—\t—\t—\n"
    "\t其他资金\t\t\t\t—\t—\t—\n"
    "年度总体目标\t预期目标\t\t\t\t实际完成情况\n"
    "\t完成100个村的人居环境整治。\t\t\t\t完成100个村整治，群众满意。\n"
    "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    "\t产出指标(50分)\t数量指标\t整治村数\t≥100个\t100个\t20\t20\t\n"
    "\t\t质量指标\t验收合格率\t≥95%\t98%\t15\t15\t\n"
    "\t\t时效指标\t完成时间\t2023年12月31日前\t2023-12-20\t15\t15\t\n"
    "\t效益指标（30分）\t社会效益指标\t人居环境改善\t明显改善\t已完成\t30\t28\t部分村庄保洁不到位，加强管护\n"
    "\t满意度指标(10分)\t服务对象满意度指标\t群众满意度\t≥90%\t92%\t10\t10\t\n"
    "总分\t\t\t\t\t\t100\t92.99\t\n"
    "自评等级\t优\n";

static void test_standard_document(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(standard);
    const jx_record *doc = nth(l, "document", 0);
    check(doc, "kind", "self-evaluation");
    check(doc, "project", "农村人居环境整治项目");
    check(doc, "org", "某县农业农村局"); /* the code 305- dropped */
    check(doc, "implementer", "某县农村能源站");
    check(doc, "score_total", "92.99");
    check(doc, "grade", "优");
    assert_true(jx_record_has(doc, "year"));
    const jx_record *obj = jx_record_get_record(doc, "objective");
    assert_non_null(obj);
    check(obj, "planned", "完成100个村的人居环境整治。");
    check(obj, "achieved", "完成100个村整治,群众满意。");
    jx_record_list_free(l);
}

static void test_standard_funds(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(standard);
    assert_int_equal(count_type(l, "funds"), 4);
    check_funds(nth(l, "funds", 0), "年度资金总额", "90", "90", "89.974", "10", "99.97", "9.99");
    check_funds(nth(l, "funds", 1), "其中:本年财政拨款", "90", "90", "89.974", NULL, NULL, NULL);
    check_funds(nth(l, "funds", 2), "上年结转资金", NULL, NULL, NULL, NULL, NULL, NULL);
    check_funds(nth(l, "funds", 3), "其他资金", NULL, NULL, NULL, NULL, NULL, NULL);
    assert_int_equal(count_type(l, "score"), 0);
    jx_record_list_free(l);
}

static void test_standard_indicators(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(standard);
    assert_int_equal(count_type(l, "indicator"), 5); /* no 总分, no 自评等级 */
    const jx_record *r = nth(l, "indicator", 0);
    check(r, "level1", "产出指标"); /* (50分) dropped */
    check(r, "level2", "数量指标");
    check(r, "name", "整治村数");
    check(r, "category", "output.quantity");
    check_value(r, ">=", "100", "number", "个");
    check_value(jx_record_get_record(r, "actual"), NULL, "100", "number", "个");
    check_scored(r, "20", "20", NULL);
    r = nth(l, "indicator", 2);
    check(r, "level1", "产出指标");
    check_value(r, "<=", "2023-12-31", "date", NULL);
    check_value(jx_record_get_record(r, "actual"), NULL, "2023-12-20", "date", NULL);
    r = nth(l, "indicator", 3);
    check(r, "level1", "效益指标");
    check(r, "category", "outcome.social");
    check_value(r, NULL, "明显改善", "text", NULL);
    check_value(jx_record_get_record(r, "actual"), NULL, "已完成", "text", NULL);
    check_scored(r, "30", "28", "部分村庄保洁不到位,加强管护");
    r = nth(l, "indicator", 4);
    check(r, "level1", "满意度指标");
    check(r, "name", "群众满意度");
    check_scored(r, "10", "10", NULL);
    jx_record_list_free(l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_standard_document),
        cmocka_unit_test(test_standard_funds),
        cmocka_unit_test(test_standard_indicators),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
