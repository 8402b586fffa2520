/*
 * test_score.c — score and budget tables of evaluation reports → score and
 * budget records (parse/score.c, parse/budget.c), one test per form a
 * report prints them in.  Inputs are small documents written here, cells
 * tab-separated as reports converted to text have them (and space-aligned
 * where a converter lays columns out with spaces); records are checked field
 * by field.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "parse/parse.h"
#include "support/dump.h"

static jx_record_list *parse_text(const char *text)
{
    GError *error = NULL;
    jx_source *src = jx_extract_bytes("r.txt", "r.txt", (const guint8 *)text, strlen(text), &error);
    assert_non_null(src);
    jx_record_list *list = jx_parse_source(src);
    jx_source_free(src);
    jx_test_dump_records(list); /* the schema_check test validates them */
    return list;
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

/* A field equal to `want`, NULL meaning null. */
static void check(const jx_record *r, const char *key, const char *want)
{
    const char *got = jx_record_get_string(r, key);
    if (g_strcmp0(got, want) != 0)
        fail_msg("%s: got %s, want %s", key, got ? got : "null", want ? want : "null");
}

/* One score record: its path, code and figures. */
static void check_score(const jx_record *r, const char *code, const char *l1, const char *l2,
                        const char *name, const char *weight, const char *score, const char *rate)
{
    check(r, "code", code);
    check(r, "level1", l1);
    check(r, "level2", l2);
    check(r, "name", name);
    check(r, "weight", weight);
    check(r, "score", score);
    check(r, "rate", rate);
}

static gboolean warns(const jx_record_list *l, const char *words)
{
    char **w = jx_record_get_strv(jx_record_list_get(l, 0), "warnings");
    gboolean yes = FALSE;
    for (char **p = w; p && *p; p++)
        yes |= strstr(*p, words) != NULL;
    g_strfreev(w);
    return yes;
}

/* (a) One name column, codes giving the levels; the caption names the
 * level-1, which a table of one group's rows would otherwise lack. */
static const char *const form_a = "表 4-3：过程指标评分结果汇总表\n"
                                  "\n"
                                  "指标名称\t分值\t得分\t得分率\n"
                                  "B1.资金管理\t10\t9.38\t93.80%\n"
                                  "B11.资金到位率\t2\t2\t100%\n"
                                  "B12.预算执行率\t2\t1.38\t69%\n"
                                  "B13.资金使用合规性\t6\t6\t100%\n"
                                  "B2.组织实施\t10\t10\t100%\n"
                                  "B21.管理制度健全性\t4\t4\t100%\n";

static void check_form_a(const jx_record_list *l)
{
    assert_int_equal(count_type(l, "score"), 6);
    const jx_record *b1 = nth(l, "score", 0);
    check_score(b1, "B1", "过程", "资金管理", "资金管理", "10", "9.38", "93.80");
    assert_int_equal(jx_record_get_int(b1, "table", 0), 1);
    assert_int_equal(jx_record_get_int(b1, "row", 0), 1);
    check_score(nth(l, "score", 1), "B11", "过程", "资金管理", "资金到位率", "2", "2", "100");
    const jx_record *b12 = nth(l, "score", 2);
    check_score(b12, "B12", "过程", "资金管理", "预算执行率", "2", "1.38", "69");
    assert_int_equal(jx_record_get_int(b12, "row", 0), 3);
    check(b12, "reason", NULL);
    check_score(nth(l, "score", 4), "B2", "过程", "组织实施", "组织实施", "10", "10", "100");
    check_score(nth(l, "score", 5), "B21", "过程", "组织实施", "管理制度健全性", "4", "4", "100");
    assert_false(warns(l, "not extracted"));
}

static void test_codes(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(form_a);
    check_form_a(l);
    jx_record_list_free(l);
}

/* The same table laid out with spaces. */
static void test_codes_space_aligned(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("表 4-3：过程指标评分结果汇总表\n"
                                   "\n"
                                   "指标名称                 分值    得分    得分率\n"
                                   "B1.资金管理              10      9.38    93.80%\n"
                                   "B11.资金到位率           2       2       100%\n"
                                   "B12.预算执行率           2       1.38    69%\n"
                                   "B13.资金使用合规性       6       6       100%\n"
                                   "B2.组织实施              10      10      100%\n"
                                   "B21.管理制度健全性       4       4       100%\n");
    check_form_a(l);
    jx_record_list_free(l);
}

/* A level-1 row with its own code (`A.决策`) heads the rows under it; no
 * caption needed.  D51 printed under D3 belongs to D3, as a reader takes it. */
static void test_code_levels(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("指标名称\t分值\t得分\t得分率\n"
                                   "D.效益\t6\t5.5\t91.67%\n"
                                   "D3.满意度\t3\t2.98\t99.33%\n"
                                   "D51.补助对象满意度\t3\t2.98\t99.33%\n"
                                   "D4.可持续影响\t3\t2.52\t84%\n");
    assert_int_equal(count_type(l, "score"), 4);
    check_score(nth(l, "score", 0), "D", "效益", NULL, "效益", "6", "5.5", "91.67");
    check_score(nth(l, "score", 1), "D3", "效益", "满意度", "满意度", "3", "2.98", "99.33");
    check_score(nth(l, "score", 2), "D51", "效益", "满意度", "补助对象满意度", "3", "2.98", "99.33");
    check_score(nth(l, "score", 3), "D4", "效益", "可持续影响", "可持续影响", "3", "2.52", "84");
    jx_record_list_free(l);
}

/* A code in a column of its own names the label beside it; without a
 * caption naming a level-1 the level-1 stays null. */
static void test_code_column(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("编号\t指标名称\t分值\t得分\n"
                                   "C1\t产出数量\t18\t12.25\n"
                                   "C11\t科技重大专项支持数量\t2\t1\n");
    assert_int_equal(count_type(l, "score"), 2);
    check_score(nth(l, "score", 0), "C1", NULL, "产出数量", "产出数量", "18", "12.25", NULL);
    check_score(nth(l, "score", 1), "C11", NULL, "产出数量", "科技重大专项支持数量", "2", "1",
                NULL);
    jx_record_list_free(l);
}

/* (b) Level columns filled down, reasons, a dash for no reason, a total. */
static void test_level_columns(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\t二级指标\t三级指标\t分值\t得分\t扣分原因\n"
                                   "决策\t项目立项\t立项依据充分性\t2\t2\t\n"
                                   "\t\t立项程序规范性\t2\t1\t未经集体决策\n"
                                   "\t绩效目标\t绩效目标合理性\t3\t3\t—\n"
                                   "过程\t资金管理\t预算执行率\t5\t4.20\t执行率偏低\n"
                                   "合计\t\t\t12\t10.20\t\n");
    assert_int_equal(count_type(l, "score"), 5);
    check_score(nth(l, "score", 0), NULL, "决策", "项目立项", "立项依据充分性", "2", "2", NULL);
    const jx_record *r = nth(l, "score", 1);
    check_score(r, NULL, "决策", "项目立项", "立项程序规范性", "2", "1", NULL);
    check(r, "reason", "未经集体决策");
    r = nth(l, "score", 2);
    check_score(r, NULL, "决策", "绩效目标", "绩效目标合理性", "3", "3", NULL);
    check(r, "reason", NULL);
    check_score(nth(l, "score", 3), NULL, "过程", "资金管理", "预算执行率", "5", "4.20", NULL);
    r = nth(l, "score", 4);
    check_score(r, NULL, NULL, NULL, "合计", "12", "10.20", NULL);
    assert_int_equal(jx_record_get_int(r, "row", 0), 5);
    jx_record_list_free(l);
}

/* (c) The whole system restated with each level's weight in its own
 * column: a record per distinct parent (weight null where none is printed),
 * then the leaves; a leaf a dump moved into the level-2 column; the total. */
static void test_level_weights(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\t分值\t二级指标\t分值\t三级指标\t分值\t得分\n"
                                   "决策\t20\t项目立项\t4\t立项依据充分性\t2\t2\n"
                                   "\t\t\t\t立项程序规范性\t2\t2\n"
                                   "\t\t资金投入\t16\t预算编制科学性\t16\t15\n"
                                   "过程\t\t资金管理\t10\t资金到位率\t2\t2\n"
                                   "\t\t\t\t预算执行率\t2\t1.38\n"
                                   "\t\t资金使用合规性\t6\t6\t\t\n"
                                   "总分\t100\t\t100\t\t100\t90.07\n");
    const char *const want[][7] = {
        /* level1, level2, name, weight, score, row */
        {"决策", NULL, "决策", "20", NULL, "1"},
        {"决策", "项目立项", "项目立项", "4", NULL, "1"},
        {"决策", "项目立项", "立项依据充分性", "2", "2", "1"},
        {"决策", "项目立项", "立项程序规范性", "2", "2", "2"},
        {"决策", "资金投入", "资金投入", "16", NULL, "3"},
        {"决策", "资金投入", "预算编制科学性", "16", "15", "3"},
        {"过程", NULL, "过程", NULL, NULL, "4"},
        {"过程", "资金管理", "资金管理", "10", NULL, "4"},
        {"过程", "资金管理", "资金到位率", "2", "2", "4"},
        {"过程", "资金管理", "预算执行率", "2", "1.38", "5"},
        {"过程", "资金管理", "资金使用合规性", "6", "6", "6"},
        {NULL, NULL, "总分", "100", "90.07", "7"},
    };
    assert_int_equal(count_type(l, "score"), G_N_ELEMENTS(want));
    for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
        const jx_record *r = nth(l, "score", i);
        check_score(r, NULL, want[i][0], want[i][1], want[i][2], want[i][3], want[i][4], NULL);
        assert_int_equal(jx_record_get_int(r, "row", 0), atoi(want[i][5]));
    }
    jx_record_list_free(l);
}

/* The same form laid out with spaces (pdftotext -layout): empty cells are
 * gone, the cells' places and kinds still say what they are. */
static void test_level_weights_space_aligned(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "一级指标   分值   二级指标     分值   三级指标           分值   得分\n"
        "决策       20     项目立项     4      立项依据充分性     2      2\n"
        "                                      立项程序规范性     2      2\n"
        "                  资金投入     16     预算编制科学性     16     15\n"
        "过程       20     资金管理     20     资金到位率         20     19.38\n"
        "总分       40                  40                        40     38.38\n");
    assert_int_equal(count_type(l, "score"), 10);
    check_score(nth(l, "score", 0), NULL, "决策", NULL, "决策", "20", NULL, NULL);
    check_score(nth(l, "score", 3), NULL, "决策", "项目立项", "立项程序规范性", "2", "2", NULL);
    check_score(nth(l, "score", 4), NULL, "决策", "资金投入", "资金投入", "16", NULL, NULL);
    check_score(nth(l, "score", 8), NULL, "过程", "资金管理", "资金到位率", "20", "19.38", NULL);
    check_score(nth(l, "score", 9), NULL, NULL, NULL, "总分", "40", "38.38", NULL);
    jx_record_list_free(l);
}

/* A tab dump keeps its columns: 满意度 under 二级指标 is a level-2 there,
 * though the word names a level-1 too. */
static void test_laid_out_label(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\t分值\t二级指标\t分值\t三级指标\t分值\t得分\n"
                                   "效益\t10\t可持续影响\t5\t长效运行管护机制\t5\t4.5\n"
                                   "\t\t满意度\t5\t受益群众满意度\t5\t4.5\n");
    assert_int_equal(count_type(l, "score"), 5);
    check_score(nth(l, "score", 3), NULL, "效益", "满意度", "满意度", "5", NULL, NULL);
    check_score(nth(l, "score", 4), NULL, "效益", "满意度", "受益群众满意度", "5", "4.5", NULL);
    jx_record_list_free(l);
}

/* (d) Weights inside labels: cleaned off, on the parents' records; a row
 * holding only the wrapped rest of an explanation is no record. */
static void test_weights_in_labels(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "一级指标\t二级指标\t三级指标\t指标解释\t评分标准\t得分\t扣分原因\n"
        "产出指标(50分)\t产出数量 (30)\t科技重大专项支持数量 (20)\t用以反映支持情况。\t每少一项扣1分。\t18\t少支持2项\n"
        "\t\t\t目标与实施相符情况。\t\t\t\n"
        "\t\t研发投入后补助项目数量 (10)\t用以反映完成情况。\t完成得满分。\t10\t\n"
        "合计\t\t\t\t\t28\t——\n");
    assert_int_equal(count_type(l, "score"), 5);
    check_score(nth(l, "score", 0), NULL, "产出指标", NULL, "产出指标", "50", NULL, NULL);
    check_score(nth(l, "score", 1), NULL, "产出指标", "产出数量", "产出数量", "30", NULL, NULL);
    const jx_record *r = nth(l, "score", 2);
    check_score(r, NULL, "产出指标", "产出数量", "科技重大专项支持数量", "20", "18", NULL);
    check(r, "reason", "少支持2项");
    r = nth(l, "score", 3);
    check_score(r, NULL, "产出指标", "产出数量", "研发投入后补助项目数量", "10", "10", NULL);
    assert_int_equal(jx_record_get_int(r, "row", 0), 2); /* the fragment is no row */
    r = nth(l, "score", 4);
    check_score(r, NULL, NULL, NULL, "合计", NULL, "28", NULL);
    check(r, "reason", NULL);
    jx_record_list_free(l);
}

/* A level-2 label a dump set on the last row of the group above (its merged
 * cell centred): the printed weights place it — 经济效益 (6) needs the 3 of
 * the row 社会效益 stands on — and only when they add up exactly. */
static void test_label_placed_by_weights(void **state)
{
    (void)state;
    const char *text = "一级指标\t二级指标\t三级指标\t指标解释\t得分\n"
                       "效果 (30)\t经济效益 (6)\t研发投入强度 (3)\t占GDP比重\t2.46\n"
                       "\t社会效益 (%s)\t技术合同登记成交额 (3)\t转移转化\t3\n"
                       "\t\t科技投入效能 (6)\t效能\t6\n";
    char *good = g_strdup_printf(text, "6");
    jx_record_list *l = parse_text(good);
    g_free(good);
    assert_int_equal(count_type(l, "score"), 6);
    check_score(nth(l, "score", 3), NULL, "效果", "经济效益", "技术合同登记成交额", "3", "3", NULL);
    const jx_record *r = nth(l, "score", 4);
    check_score(r, NULL, "效果", "社会效益", "社会效益", "6", NULL, NULL);
    assert_int_equal(jx_record_get_int(r, "row", 0), 3);
    check_score(nth(l, "score", 5), NULL, "效果", "社会效益", "科技投入效能", "6", "6", NULL);
    jx_record_list_free(l);
    /* 经济效益 (6) over 研发投入强度 (3) alone, but the next group's weight
     * (9) is what its two rows add up to: as printed */
    const char *other = "一级指标\t二级指标\t三级指标\t指标解释\t得分\n"
                        "效果 (30)\t经济效益 (6)\t研发投入强度 (3)\t占GDP比重\t2.46\n"
                        "\t社会效益 (9)\t技术合同登记成交额 (4)\t转移转化\t3\n"
                        "\t\t科技投入效能 (5)\t效能\t5\n";
    l = parse_text(other);
    check_score(nth(l, "score", 3), NULL, "效果", "社会效益", "社会效益", "9", NULL, NULL);
    check_score(nth(l, "score", 4), NULL, "效果", "社会效益", "技术合同登记成交额", "4", "3", NULL);
    jx_record_list_free(l);
    /* 经济效益 would be complete with the 3, but 社会效益 (7) is not what the
     * rows below it add up to (6): a changed number, not a misplaced label —
     * it stays where printed, so a checker finds the wrong sum there */
    char *changed = g_strdup_printf(text, "7");
    l = parse_text(changed);
    g_free(changed);
    check_score(nth(l, "score", 3), NULL, "效果", "社会效益", "社会效益", "7", NULL, NULL);
    check_score(nth(l, "score", 4), NULL, "效果", "社会效益", "技术合同登记成交额", "3", "3", NULL);
    jx_record_list_free(l);
}

/* (e) The transposed summary: one record per column. */
static void test_transposed(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("表 3-1：项目绩效评分汇总表\n"
                                   "\n"
                                   "指标\t决策\t过程\t产出\t效益\t得分合计\n"
                                   "分值\t20\t20\t30\t30\t100\n"
                                   "得分\t20\t19.38\t23.25\t27.44\t90.07\n");
    assert_int_equal(count_type(l, "score"), 5);
    check_score(nth(l, "score", 0), NULL, "决策", NULL, "决策", "20", "20", NULL);
    const jx_record *r = nth(l, "score", 1);
    check_score(r, NULL, "过程", NULL, "过程", "20", "19.38", NULL);
    assert_int_equal(jx_record_get_int(r, "row", 0), 2);
    check_score(nth(l, "score", 3), NULL, "效益", NULL, "效益", "30", "27.44", NULL);
    check_score(nth(l, "score", 4), NULL, NULL, NULL, "得分合计", "100", "90.07", NULL);
    jx_record_list_free(l);
}

/* An indicator-system table (no 得分): every indicator listed, scores null,
 * weights from the labels. */
static void test_system_table(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\t二级指标\t三级指标\t指标解释\t评分标准\n"
                                   "决策 (20)\t项目立项 (4)\t立项依据充分性 (2)\t是否符合规划\t符合得2分\n"
                                   "\t\t立项程序规范性 (2)\t是否按程序申请\t规范得2分\n");
    assert_int_equal(count_type(l, "score"), 4);
    check_score(nth(l, "score", 0), NULL, "决策", NULL, "决策", "20", NULL, NULL);
    check_score(nth(l, "score", 1), NULL, "决策", "项目立项", "项目立项", "4", NULL, NULL);
    check_score(nth(l, "score", 2), NULL, "决策", "项目立项", "立项依据充分性", "2", NULL, NULL);
    check_score(nth(l, "score", 3), NULL, "决策", "项目立项", "立项程序规范性", "2", NULL, NULL);
    jx_record_list_free(l);
}

/* A self-evaluation table (年度指标值 and 实际完成值 beside 分值/得分) is left
 * for a later version, with the warning saying so. */
static void test_self_evaluation_skipped(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                                   "产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t10\t10\n");
    assert_int_equal(count_type(l, "score"), 0);
    assert_true(warns(l, "score table(s) recognized but not extracted"));
    jx_record_list_free(l);
}

/* The budget table of a report, its header repeated after a page break,
 * the unit on a line above it. */
static void test_budget(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("表 1-2: 科技发展专项资金使用情况\n"
                                   "\n"
                                   "单位：万元\n"
                                   "\n"
                                   "序号\t项目分类\t预算金额\t使用金额\t预算执行率\n"
                                   "1\t科技重大专项\t5,461.40\t4,071.20\t74.54%\n"
                                   "\n"
                                   "序号\t项目分类\t预算金额\t使用金额\t预算执行率\n"
                                   "2\t创新引导计划\t34,215.53\t30,290.72\t88.53%\n"
                                   "合计\t\t39,676.93\t34,361.92\t86.61%\n");
    assert_int_equal(count_type(l, "budget"), 3);
    const jx_record *r = nth(l, "budget", 0);
    check(r, "name", "科技重大专项");
    check(jx_record_get_record(r, "budget"), "value", "5461.40");
    check(jx_record_get_record(r, "budget"), "unit", "万元");
    check(jx_record_get_record(r, "spent"), "value", "4071.20");
    check(jx_record_get_record(r, "spent"), "unit", "万元");
    check(r, "rate", "74.54");
    check(r, "text", "1 | 科技重大专项 | 5,461.40 | 4,071.20 | 74.54%");
    assert_int_equal(jx_record_get_int(r, "table", 0), 1);
    assert_int_equal(jx_record_get_int(r, "row", 0), 1);
    r = nth(l, "budget", 2);
    check(r, "name", "合计");
    check(jx_record_get_record(r, "budget"), "value", "39676.93");
    check(jx_record_get_record(r, "spent"), "value", "34361.92");
    check(r, "rate", "86.61");
    assert_int_equal(jx_record_get_int(r, "row", 0), 3);
    assert_false(warns(l, "not extracted"));
    jx_record_list_free(l);
}

/* Plan and actual columns (预算数/执行数) with the unit in the header; a
 * summary row whose amounts a dump moved one column right. */
static void test_budget_kin(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("项目类别\t序号\t项目名称\t实际到位资金（万元）\t实际支出资金（万元）\t预算执行率\n"
                                   "科技重大专项\t1\t科技重大项目\t1,458\t1,440\t98.77%\n"
                                   "\t\t\t1,004.40\t990\t98.57%\n"
                                   "\t小计\t\t\t2,462.40\t2,430\n");
    assert_int_equal(count_type(l, "budget"), 3);
    const jx_record *r = nth(l, "budget", 1);
    check(r, "name", "科技重大项目"); /* from the row above: the same project's second line */
    check(jx_record_get_record(r, "budget"), "value", "1004.40");
    check(jx_record_get_record(r, "budget"), "unit", "万元");
    check(jx_record_get_record(r, "spent"), "value", "990");
    r = nth(l, "budget", 2);
    check(r, "name", "小计");
    check(jx_record_get_record(r, "budget"), "value", "2462.40");
    check(jx_record_get_record(r, "spent"), "value", "2430");
    check(r, "rate", NULL);
    jx_record_list_free(l);
}

/* Three amounts (年初预算数 | 全年预算数 | 全年执行数): the rate divides by the
 * adjusted budget, the one nearest the spent column; the first is kept out. */
static void test_budget_adjusted(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("项目\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
                                   "设备购置\t100\t120\t108\t90%\n");
    assert_int_equal(count_type(l, "budget"), 1);
    const jx_record *r = nth(l, "budget", 0);
    check(r, "name", "设备购置");
    check(jx_record_get_record(r, "budget"), "value", "120");
    check(jx_record_get_record(r, "spent"), "value", "108");
    check(r, "rate", "90");
    jx_record_list_free(l);
}

/* Only a budget column and a share of the total: no spent amount, no rate
 * (a share is no execution rate); no unit printed, none invented. */
static void test_budget_only(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("序号\t项目分类\t预算金额\t金额占比\n"
                                   "1\t科技重大专项\t5,461.40\t9.32%\n"
                                   "合计\t\t58,600\t100%\n");
    assert_int_equal(count_type(l, "budget"), 2);
    const jx_record *r = nth(l, "budget", 0);
    check(jx_record_get_record(r, "budget"), "value", "5461.40");
    check(jx_record_get_record(r, "budget"), "unit", NULL);
    assert_null(jx_record_get_record(r, "spent"));
    check(r, "rate", NULL);
    check(nth(l, "budget", 1), "name", "合计");
    jx_record_list_free(l);
}

/* A plan/actual table (计划数量 | 完成数量) is read as a budget table: the
 * planned figure and the achieved one, the unit from the line above. */
static void test_plan_actual(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("表 4-11：新型研发机构支持情况\n"
                                   "\n"
                                   "单位：家\n"
                                   "\n"
                                   "项目类别\t序号\t项目名称\t计划数量\t完成数量\n"
                                   "创新平台计划\t1\t新型研发机构\t8\t3\n"
                                   "合计\t\t\t8\t3\n");
    assert_int_equal(count_type(l, "budget"), 2);
    const jx_record *r = nth(l, "budget", 0);
    check(r, "name", "新型研发机构");
    check(jx_record_get_record(r, "budget"), "value", "8");
    check(jx_record_get_record(r, "budget"), "unit", "家");
    check(jx_record_get_record(r, "spent"), "value", "3");
    check(nth(l, "budget", 1), "name", "合计");
    jx_record_list_free(l);
}

/* Score tables make an evaluation report; target tables keep their kind. */
static void test_kinds(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(form_a);
    check(jx_record_list_get(l, 0), "kind", "evaluation-report");
    jx_record_list_free(l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_codes),
        cmocka_unit_test(test_codes_space_aligned),
        cmocka_unit_test(test_code_levels),
        cmocka_unit_test(test_code_column),
        cmocka_unit_test(test_level_columns),
        cmocka_unit_test(test_level_weights),
        cmocka_unit_test(test_level_weights_space_aligned),
        cmocka_unit_test(test_laid_out_label),
        cmocka_unit_test(test_weights_in_labels),
        cmocka_unit_test(test_label_placed_by_weights),
        cmocka_unit_test(test_transposed),
        cmocka_unit_test(test_system_table),
        cmocka_unit_test(test_self_evaluation_skipped),
        cmocka_unit_test(test_budget),
        cmocka_unit_test(test_budget_kin),
        cmocka_unit_test(test_budget_adjusted),
        cmocka_unit_test(test_budget_only),
        cmocka_unit_test(test_plan_actual),
        cmocka_unit_test(test_kinds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
