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

/* The same for an HTML document (a spreadsheet's export: captions in rows
 * of the table's own grid). */
static jx_record_list *parse_html(const char *html)
{
    GError *error = NULL;
    jx_source *src =
        jx_extract_bytes("r.html", "r.html", (const guint8 *)html, strlen(html), &error);
    assert_non_null(src);
    jx_record_list *list = jx_parse_source(src);
    jx_source_free(src);
    jx_test_dump_records(list);
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

/* The code column headed 指标编号, beside labels that also name a level 1
 * elsewhere (满意度): the code is no name, the label is the row's. */
static void test_code_column_headed(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("表 4-4：效益指标评分结果汇总表\n"
                                   "\n"
                                   "指标编号\t指标名称\t分值\t得分\t得分率\n"
                                   "D1\t项目效益\t15\t14.5\t97%\n"
                                   "D11\t经济效益\t15\t14.5\t97%\n"
                                   "D2\t满意度\t15\t10.15\t68%\n"
                                   "D21\t服务对象满意度\t15\t10.15\t68%\n"
                                   "合计\t\t30\t24.65\t82%\n");
    assert_int_equal(count_type(l, "score"), 5);
    check_score(nth(l, "score", 0), "D1", "效益", "项目效益", "项目效益", "15", "14.5", "97");
    check_score(nth(l, "score", 1), "D11", "效益", "项目效益", "经济效益", "15", "14.5", "97");
    check_score(nth(l, "score", 2), "D2", "效益", "满意度", "满意度", "15", "10.15", "68");
    check_score(nth(l, "score", 3), "D21", "效益", "满意度", "服务对象满意度", "15", "10.15", "68");
    check_score(nth(l, "score", 4), NULL, NULL, NULL, "合计", "30", "24.65", "82");
    jx_record_list_free(l);
}

/* The same laid out with spaces, the name column's header one column right
 * of its cells: the codes stay codes, the labels names. */
static void test_code_column_space_aligned(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("                  表 4-4：效益指标评分结果汇总表\n"
                                   " 指标编号           指标名称           分值     得分      得分率\n"
                                   "D1      项目效益                   15     14.5    97%\n"
                                   "D11     经济效益                   15     14.5    97%\n"
                                   "D2      满意度                    15     10.15   68%\n"
                                   "D21     服务对象满意度                15     10.15   68%\n"
                                   "合计                             30     24.65   82%\n");
    assert_int_equal(count_type(l, "score"), 5);
    check_score(nth(l, "score", 0), "D1", "效益", "项目效益", "项目效益", "15", "14.5", "97");
    check_score(nth(l, "score", 1), "D11", "效益", "项目效益", "经济效益", "15", "14.5", "97");
    check_score(nth(l, "score", 2), "D2", "效益", "满意度", "满意度", "15", "10.15", "68");
    check_score(nth(l, "score", 3), "D21", "效益", "满意度", "服务对象满意度", "15", "10.15", "68");
    check_score(nth(l, "score", 4), NULL, NULL, NULL, "合计", "30", "24.65", "82");
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

/* A self-evaluation table (年度指标值 and 实际完成值 beside 分值/得分) gives
 * indicators (test_selfeval.c), no score records and no warning. */
static void test_self_evaluation_skipped(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                                   "产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t10\t10\n");
    assert_int_equal(count_type(l, "score"), 0);
    assert_int_equal(count_type(l, "indicator"), 1);
    assert_false(warns(l, "score table(s) recognized but not extracted"));
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

/* A spreadsheet's export sets the title, the caption and the unit line in
 * rows of the table's grid above its header: the unit is read there as from
 * a line above the table. */
static void test_budget_unit_in_grid(void **state)
{
    (void)state;
    jx_record_list *l = parse_html(
        "<html><body><table>"
        "<tr><td colspan=5>2022年度乡村振兴专项绩效评价报告</td></tr>"
        "<tr><td colspan=5>表 1-2：2022年度乡村振兴专项资金使用情况</td></tr>"
        "<tr><td colspan=5 align=right>单位：万元</td></tr>"
        "<tr><td>序号</td><td>项目分类</td><td>预算金额</td><td>使用金额</td><td>预算执行率</td></tr>"
        "<tr><td>1</td><td>生态环境治理</td><td>14,986.50</td><td>11,604.79</td><td>77.43%</td></tr>"
        "<tr><td>合计</td><td></td><td>14,986.50</td><td>11,604.79</td><td>77.43%</td></tr>"
        "</table></body></html>");
    assert_int_equal(count_type(l, "budget"), 2);
    const jx_record *r = nth(l, "budget", 0);
    check(r, "name", "生态环境治理");
    check(jx_record_get_record(r, "budget"), "value", "14986.50");
    check(jx_record_get_record(r, "budget"), "unit", "万元");
    check(jx_record_get_record(r, "spent"), "value", "11604.79");
    check(jx_record_get_record(r, "spent"), "unit", "万元");
    check(r, "rate", "77.43");
    r = nth(l, "budget", 1);
    check(r, "name", "合计");
    check(jx_record_get_record(r, "budget"), "unit", "万元");
    jx_record_list_free(l);
}

/* A layout dump: the unit line far to the right above the header, read with
 * the header's grid. */
static void test_budget_unit_line_laid_out(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "              表 1-2：2022 年度乡村振兴专项资金使用情况\n"
        "                                                        单位：万元\n"
        "    序号       项目分类      预算金额       使用金额        预算执行率\n"
        "     1   生态环境治理       14,986.50   11,604.79   77.43%\n"
        "     2   科技人才计划       13,332.59   9,983.44    74.88%\n"
        "    合计                28,319.09   21,588.23   76.23%\n");
    assert_int_equal(count_type(l, "budget"), 3);
    const jx_record *r = nth(l, "budget", 1);
    check(r, "name", "科技人才计划");
    check(jx_record_get_record(r, "budget"), "value", "13332.59");
    check(jx_record_get_record(r, "budget"), "unit", "万元");
    check(jx_record_get_record(r, "spent"), "value", "9983.44");
    check(jx_record_get_record(r, "spent"), "unit", "万元");
    check(r, "rate", "74.88");
    jx_record_list_free(l);
}

/* A layout dump wraps a header cell with its unit over three lines — the
 * bracket opened on the line above the header's own, closed on the line
 * below (`预算金额（万` / `序号 项目分类 … 预算执行率` / `元）`): the unit is the
 * column's. */
static void test_budget_unit_wrapped(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "             表 1-2：2020 年度义务教育专项资金使用情况\n"
        "\n"
        "                     预算金额（万       使用金额（万\n"
        "    序号       项目分类                             预算执行率\n"
        "                       元）           元）\n"
        "     1   义务教育保障        4,002.64    2,229.00   55.69%\n"
        "     2   创新平台计划       32,495.63   13,289.06   40.89%\n"
        "    合计                36,498.27   15,518.06   42.52%\n");
    assert_int_equal(count_type(l, "budget"), 3);
    const jx_record *r = nth(l, "budget", 0);
    check(r, "name", "义务教育保障");
    check(jx_record_get_record(r, "budget"), "value", "4002.64");
    check(jx_record_get_record(r, "budget"), "unit", "万元");
    check(jx_record_get_record(r, "spent"), "value", "2229.00");
    check(jx_record_get_record(r, "spent"), "unit", "万元");
    check(r, "rate", "55.69");
    check(nth(l, "budget", 2), "name", "合计");
    jx_record_list_free(l);
}

/* (a) in a spreadsheet's export: the caption that names the level-1 is a
 * row of the table's grid, not a paragraph. */
static void test_caption_in_grid(void **state)
{
    (void)state;
    jx_record_list *l = parse_html(
        "<html><body><table>"
        "<tr><td colspan=4>2022年度公共卫生专项绩效评价报告</td></tr>"
        "<tr><td colspan=4>表 4-4：效益指标评分结果汇总表</td></tr>"
        "<tr><td>指标名称</td><td>分值</td><td>得分</td><td>得分率</td></tr>"
        "<tr><td>D1.项目效益</td><td>14</td><td>13</td><td>92.86%</td></tr>"
        "<tr><td>D11.经济效益</td><td>4</td><td>3.6</td><td>90.00%</td></tr>"
        "<tr><td>D2.满意度</td><td>16</td><td>16</td><td>100.00%</td></tr>"
        "<tr><td>D21.服务对象满意度</td><td>16</td><td>16</td><td>100.00%</td></tr>"
        "<tr><td>合计</td><td>30</td><td>29</td><td>96.67%</td></tr>"
        "</table></body></html>");
    assert_int_equal(count_type(l, "score"), 5);
    check_score(nth(l, "score", 0), "D1", "效益", "项目效益", "项目效益", "14", "13", "92.86");
    check_score(nth(l, "score", 1), "D11", "效益", "项目效益", "经济效益", "4", "3.6", "90.00");
    check_score(nth(l, "score", 2), "D2", "效益", "满意度", "满意度", "16", "16", "100.00");
    check_score(nth(l, "score", 3), "D21", "效益", "满意度", "服务对象满意度", "16", "16",
                "100.00");
    check_score(nth(l, "score", 4), NULL, NULL, NULL, "合计", "30", "29", "96.67");
    jx_record_list_free(l);
}

/* One score record's path and figures, by name: `name` under `l1`/`l2`. */
static void check_path(const jx_record_list *l, guint i, const char *l1, const char *l2,
                       const char *name, const char *weight, const char *score)
{
    const jx_record *r = nth(l, "score", i);
    check(r, "name", name);
    check(r, "level1", l1);
    check(r, "level2", l2);
    check(r, "weight", weight);
    check(r, "score", score);
}

/* (b) in a layout dump (pdftotext -layout): merged labels centred in their
 * span, on a row's line (绩效目标, 资金管理, 过程) or on a line of their own
 * between two rows (项目立项, 决策, 组织实施), a reason wrapped under a label.
 * Each indicator gets the labels of the span it stands in, not the nearest
 * label above it. */
static void test_centred_labels_layout(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
                                   " 一级指标    二级指标       三级指标   分值    得分         扣分原因\n"
                                   "                立项依据充分性     4     4\n"
                                   "        项目立项\n"
                                   "                立项程序规范性     3     3\n"
                                   "                绩效目标合理性     1      1\n"
                                   "        绩效目标    绩效指标明确性     1     0.6    预算执行率偏低，年底仍\n"
                                   " 决策\n"
                                   "                                         有结余\n"
                                   "                预算编制科学性     4    3.18    预算执行率偏低，年底仍\n"
                                   "        资金投入                             有结余\n"
                                   "                资金分配合理性     7     7\n"
                                   "                资金到位率       4     4\n"
                                   "        资金管理    预算执行率       3     2.6    部分项目产出未达预期\n"
                                   " 过程             资金使用合规性     3    2.95    部分项目产出未达预期\n"
                                   "                管理制度健全性     4     4\n"
                                   "        组织实施\n"
                                   "                制度执行有效性     6     6\n"
                                   "               合计          40   37.33\n");
    assert_int_equal(count_type(l, "score"), 12);
    check_path(l, 0, "决策", "项目立项", "立项依据充分性", "4", "4");
    check_path(l, 1, "决策", "项目立项", "立项程序规范性", "3", "3");
    check_path(l, 2, "决策", "绩效目标", "绩效目标合理性", "1", "1");
    check_path(l, 3, "决策", "绩效目标", "绩效指标明确性", "1", "0.6");
    check(nth(l, "score", 3), "reason", "预算执行率偏低,年底仍有结余");
    check_path(l, 4, "决策", "资金投入", "预算编制科学性", "4", "3.18");
    check_path(l, 5, "决策", "资金投入", "资金分配合理性", "7", "7");
    check_path(l, 6, "过程", "资金管理", "资金到位率", "4", "4");
    check_path(l, 7, "过程", "资金管理", "预算执行率", "3", "2.6");
    check_path(l, 8, "过程", "资金管理", "资金使用合规性", "3", "2.95");
    check_path(l, 9, "过程", "组织实施", "管理制度健全性", "4", "4");
    check_path(l, 10, "过程", "组织实施", "制度执行有效性", "6", "6");
    check_path(l, 11, NULL, NULL, "合计", "40", "37.33");
    jx_record_list_free(l);
}

/* The same in a text browser's dump (w3m), rows parted by blank lines: a
 * label centred on its span's lines. */
static void test_centred_labels_browser(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
                                   "       一级指标    二级指标           三级指标          分值    得分          扣分原因\n"
                                   "\n"
                                   "                               立项依据充分性             4       4\n"
                                   "                 项目立项\n"
                                   "                               立项程序规范性             3       3\n"
                                   "\n"
                                   "                               绩效目标合理性             1       1\n"
                                   "                 绩效目标\n"
                                   "      决策                     绩效指标明确性             1      0.6   预算执行率偏低，年底仍\n"
                                   "                                                                       有结余\n"
                                   "\n"
                                   "                               预算编制科学性             4     3.18   预算执行率偏低，年底仍\n"
                                   "                 资金投入                                              有结余\n"
                                   "\n"
                                   "                               资金分配合理性             7       7\n"
                                   "\n"
                                   "                               资金到位率                 4       4\n"
                                   "\n"
                                   "                 资金管理      预算执行率                 3      2.6   部分项目产出未达预期\n"
                                   "\n"
                                   "      过程                     资金使用合规性             3     2.95   部分项目产出未达预期\n"
                                   "\n"
                                   "                               管理制度健全性             4       4\n"
                                   "                 组织实施\n"
                                   "                               制度执行有效性             6       6\n"
                                   "\n"
                                   "                           合计                         40    37.33\n");
    assert_int_equal(count_type(l, "score"), 12);
    check_path(l, 0, "决策", "项目立项", "立项依据充分性", "4", "4");
    check_path(l, 2, "决策", "绩效目标", "绩效目标合理性", "1", "1");
    check_path(l, 5, "决策", "资金投入", "资金分配合理性", "7", "7");
    check_path(l, 6, "过程", "资金管理", "资金到位率", "4", "4");
    check_path(l, 8, "过程", "资金管理", "资金使用合规性", "3", "2.95");
    check_path(l, 9, "过程", "组织实施", "管理制度健全性", "4", "4");
    check_path(l, 10, "过程", "组织实施", "制度执行有效性", "6", "6");
    jx_record_list_free(l);
}

/* (c) in a layout dump: the level weights beside their centred labels
 * (`项目立项 7` on a line of its own, `决策 20 绩效目标 8`).  The parents are
 * records with their weights; their children are the rows of their span. */
static void test_centred_labels_weighted(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
                                   "     一级指标   分值    二级指标    分值         三级指标   分值    得分\n"
                                   "                                  立项依据充分性   5      5\n"
                                   "                 项目立项         7\n"
                                   "                                  立项程序规范性   2      2\n"
                                   "                                  绩效目标合理性   4     3.57\n"
                                   "     决策     20   绩效目标         8\n"
                                   "                                  绩效指标明确性   4      4\n"
                                   "                                  预算编制科学性    1     0.6\n"
                                   "                 资金投入         5\n"
                                   "                                  资金分配合理性   4     3.32\n"
                                   "                                  资金到位率     2     1.55\n"
                                   "                 资金管理         9   预算执行率     3      3\n"
                                   "     过程     20                    资金使用合规性   4     3.14\n"
                                   "                                  管理制度健全性   4      4\n"
                                   "                 组织实施     11\n"
                                   "                                  制度执行有效性   7      7\n"
                                   "                         合计                 40   37.18\n");
    assert_int_equal(count_type(l, "score"), 19);
    check_path(l, 0, "决策", NULL, "决策", "20", NULL);
    check_path(l, 1, "决策", "项目立项", "项目立项", "7", NULL);
    check_path(l, 2, "决策", "项目立项", "立项依据充分性", "5", "5");
    check_path(l, 3, "决策", "项目立项", "立项程序规范性", "2", "2");
    check_path(l, 4, "决策", "绩效目标", "绩效目标", "8", NULL);
    check_path(l, 5, "决策", "绩效目标", "绩效目标合理性", "4", "3.57");
    check_path(l, 6, "决策", "绩效目标", "绩效指标明确性", "4", "4");
    check_path(l, 7, "决策", "资金投入", "资金投入", "5", NULL);
    check_path(l, 9, "决策", "资金投入", "资金分配合理性", "4", "3.32");
    check_path(l, 10, "过程", NULL, "过程", "20", NULL);
    check_path(l, 11, "过程", "资金管理", "资金管理", "9", NULL);
    check_path(l, 12, "过程", "资金管理", "资金到位率", "2", "1.55");
    check_path(l, 14, "过程", "资金管理", "资金使用合规性", "4", "3.14");
    check_path(l, 15, "过程", "组织实施", "组织实施", "11", NULL);
    check_path(l, 16, "过程", "组织实施", "管理制度健全性", "4", "4");
    check_path(l, 17, "过程", "组织实施", "制度执行有效性", "7", "7");
    check_path(l, 18, NULL, NULL, "合计", "40", "37.18");
    jx_record_list_free(l);
}

/* A layout dump that opened a column of its own for a weight printed off its
 * header (`满意度 | | 9 | 服务对象满意度`): the weight is the column's beside
 * it, and the row read as laid out, so 满意度 — a level-1 word elsewhere —
 * is the level-2 its column says. */
static void test_weight_off_its_column(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
                                   "     一级指标   分值    二级指标    分值         三级指标   分值    得分\n"
                                   "                                  经济效益      3      3\n"
                                   "                                  社会效益      2     1.53\n"
                                   "                 项目效益     11\n"
                                   "     效益     20                    生态效益      2      2\n"
                                   "                                  可持续影响     4      4\n"
                                   "                 满意度          9   服务对象满意度   9      9\n"
                                   "                         合计                 20    19.53\n");
    assert_int_equal(count_type(l, "score"), 9);
    check_path(l, 0, "效益", NULL, "效益", "20", NULL);
    check_path(l, 1, "效益", "项目效益", "项目效益", "11", NULL);
    check_path(l, 5, "效益", "项目效益", "可持续影响", "4", "4");
    check_path(l, 6, "效益", "满意度", "满意度", "9", NULL);
    check_path(l, 7, "效益", "满意度", "服务对象满意度", "9", "9");
    check_path(l, 8, NULL, NULL, "合计", "20", "19.53");
    jx_record_list_free(l);
}

/* Parents printed on rows of their own above their children (the table
 * opens with a line of labels): they head the rows below them, as printed;
 * no row moves to the label after it. */
static void test_parent_rows_on_top(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
                                   "一级指标\t分值\t二级指标\t分值\t三级指标\t分值\t得分\n"
                                   "决策\t20\t项目立项\t7\n"
                                   "\t\t立项依据充分性\t5\t5\n"
                                   "\t\t立项程序规范性\t2\t2\n"
                                   "\t绩效目标\t13\n"
                                   "\t\t绩效目标合理性\t4\t3.57\n"
                                   "\t\t绩效指标明确性\t9\t9\n"
                                   "过程\t20\t资金管理\t20\n"
                                   "\t\t资金到位率\t20\t19\n"
                                   "合计\t40\t\t\t\t\t38.57\n");
    assert_int_equal(count_type(l, "score"), 11);
    check_path(l, 0, "决策", NULL, "决策", "20", NULL);
    check_path(l, 1, "决策", "项目立项", "项目立项", "7", NULL);
    check_path(l, 2, "决策", "项目立项", "立项依据充分性", "5", "5");
    check_path(l, 3, "决策", "项目立项", "立项程序规范性", "2", "2");
    check_path(l, 4, "决策", "绩效目标", "绩效目标", "13", NULL);
    check_path(l, 6, "决策", "绩效目标", "绩效指标明确性", "9", "9");
    check_path(l, 7, "过程", NULL, "过程", "20", NULL);
    check_path(l, 9, "过程", "资金管理", "资金到位率", "20", "19");
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

/* ------------------------------------------------------------- cell streams */

/* `tsv` as a converter writes it one cell per line: LibreOffice's text
 * export (`lynx` FALSE) puts every cell on a line of its own, an empty one
 * as a blank line; a text browser's dump (`lynx` TRUE) parts the cells with
 * blank lines and leaves empty cells out.  Lines without a tab stay lines.
 * A new string. */
static char *as_stream(const char *tsv, gboolean lynx)
{
    GString *out = g_string_new(NULL);
    char **lines = g_strsplit(tsv, "\n", -1);
    for (char **line = lines; *line; line++) {
        if (!strchr(*line, '\t')) {
            if (**line)
                g_string_append_printf(out, "%s\n%s", *line, lynx ? "\n" : "");
            continue;
        }
        char **cells = g_strsplit(*line, "\t", -1);
        for (char **cell = cells; *cell; cell++) {
            if (lynx && **cell)
                g_string_append_printf(out, "%s\n\n", *cell);
            else if (!lynx)
                g_string_append_printf(out, "%s\n", *cell);
        }
        g_strfreev(cells);
    }
    g_strfreev(lines);
    return g_string_free(out, FALSE);
}

static jx_record_list *parse_stream(const char *tsv, gboolean lynx)
{
    char *text = as_stream(tsv, lynx);
    jx_record_list *l = parse_text(text);
    g_free(text);
    return l;
}

/* (a) in a cell stream: the same records as from its columns. */
static void test_stream_codes(void **state)
{
    (void)state;
    for (int lynx = 0; lynx <= 1; lynx++) {
        jx_record_list *l = parse_stream(form_a, lynx);
        check_form_a(l);
        jx_record_list_free(l);
    }
}

/* (b) in a cell stream: merged labels written once, on the first row of
 * their group (a blank line in their place, or nothing); a level-2 group
 * named with a level-1 word (项目效益 under 效益); the total. */
static const char *const stream_levels = "一级指标\t二级指标\t三级指标\t分值\t得分\t得分率\n"
                                         "决策\t项目立项\t立项依据充分性\t3\t3\t100.00%\n"
                                         "\t\t立项程序规范性\t2\t1.5\t75.00%\n"
                                         "\t绩效目标\t绩效目标合理性\t4\t4\t100.00%\n"
                                         "效益\t项目效益\t社会效益\t5\t4.6\t92.00%\n"
                                         "\t\t可持续影响\t6\t6\t100.00%\n"
                                         "\t满意度\t服务对象满意度\t10\t9\t90.00%\n"
                                         "合计\t30\t28.1\t93.67%\n";

static void test_stream_levels(void **state)
{
    (void)state;
    for (int lynx = 0; lynx <= 1; lynx++) {
        jx_record_list *l = parse_stream(stream_levels, lynx);
        assert_int_equal(count_type(l, "score"), 7);
        check_score(nth(l, "score", 0), NULL, "决策", "项目立项", "立项依据充分性", "3", "3",
                    "100.00");
        check_score(nth(l, "score", 1), NULL, "决策", "项目立项", "立项程序规范性", "2", "1.5",
                    "75.00");
        check_score(nth(l, "score", 2), NULL, "决策", "绩效目标", "绩效目标合理性", "4", "4",
                    "100.00");
        check_score(nth(l, "score", 3), NULL, "效益", "项目效益", "社会效益", "5", "4.6", "92.00");
        check_score(nth(l, "score", 4), NULL, "效益", "项目效益", "可持续影响", "6", "6", "100.00");
        check_score(nth(l, "score", 5), NULL, "效益", "满意度", "服务对象满意度", "10", "9",
                    "90.00");
        check_score(nth(l, "score", 6), NULL, NULL, NULL, "合计", "30", "28.1", "93.67");
        assert_false(warns(l, "stops inside a row"));
        jx_record_list_free(l);
    }
}

/* (c) in a cell stream: each level's weight stays with its label, a row's
 * score is not the next row's level weight. */
static void test_stream_level_weights(void **state)
{
    (void)state;
    static const char *const tsv = "一级指标\t分值\t二级指标\t分值\t三级指标\t分值\t得分\n"
                                   "决策\t20\t项目立项\t7\t立项依据充分性\t5\t5\n"
                                   "\t\t\t\t立项程序规范性\t2\t2\n"
                                   "\t\t绩效目标\t13\t绩效目标合理性\t4\t3.57\n"
                                   "\t\t\t\t绩效指标明确性\t9\t9\n"
                                   "合计\t20\t18.57\n";
    const char *const want[][5] = {
        /* level1, level2, name, weight, score */
        {"决策", NULL, "决策", "20", NULL},
        {"决策", "项目立项", "项目立项", "7", NULL},
        {"决策", "项目立项", "立项依据充分性", "5", "5"},
        {"决策", "项目立项", "立项程序规范性", "2", "2"},
        {"决策", "绩效目标", "绩效目标", "13", NULL},
        {"决策", "绩效目标", "绩效目标合理性", "4", "3.57"},
        {"决策", "绩效目标", "绩效指标明确性", "9", "9"},
        {NULL, NULL, "合计", "20", "18.57"},
    };
    for (int lynx = 0; lynx <= 1; lynx++) {
        jx_record_list *l = parse_stream(tsv, lynx);
        assert_int_equal(count_type(l, "score"), G_N_ELEMENTS(want));
        for (guint i = 0; i < G_N_ELEMENTS(want); i++)
            check_score(nth(l, "score", i), NULL, want[i][0], want[i][1], want[i][2], want[i][3],
                        want[i][4], NULL);
        jx_record_list_free(l);
    }
}

/* (d) and (e) in a cell stream: the level-1 summary upright and transposed. */
static void test_stream_summary(void **state)
{
    (void)state;
    for (int lynx = 0; lynx <= 1; lynx++) {
        jx_record_list *l = parse_stream("表 3-1：综合评分结果表\n"
                                         "一级指标\t分值\t得分\t得分率\n"
                                         "决策\t20\t18.49\t92.45%\n"
                                         "过程\t20\t17.79\t88.95%\n"
                                         "合计\t40\t36.28\t90.70%\n",
                                         lynx);
        assert_int_equal(count_type(l, "score"), 3);
        check_score(nth(l, "score", 0), NULL, "决策", NULL, "决策", "20", "18.49", "92.45");
        check_score(nth(l, "score", 1), NULL, "过程", NULL, "过程", "20", "17.79", "88.95");
        check_score(nth(l, "score", 2), NULL, NULL, NULL, "合计", "40", "36.28", "90.70");
        jx_record_list_free(l);
        l = parse_stream("表 3-1：综合评分结果表\n"
                         "指标\t决策\t过程\t产出\t效益\t合计\n"
                         "分值\t10\t30\t30\t30\t100\n"
                         "得分\t6.42\t27.35\t24.69\t27.19\t85.65\n"
                         "评价结论为“良”。\n",
                         lynx);
        assert_int_equal(count_type(l, "score"), 5);
        check_score(nth(l, "score", 0), NULL, "决策", NULL, "决策", "10", "6.42", NULL);
        check_score(nth(l, "score", 3), NULL, "效益", NULL, "效益", "30", "27.19", NULL);
        check_score(nth(l, "score", 4), NULL, NULL, NULL, "合计", "100", "85.65", NULL);
        jx_record_list_free(l);
    }
}

/* A budget table in a cell stream, 合计 over the 序号 and 项目分类 columns;
 * the report goes on after it. */
static void test_stream_budget(void **state)
{
    (void)state;
    for (int lynx = 0; lynx <= 1; lynx++) {
        jx_record_list *l =
            parse_stream("表 1-2：2022年度乡村振兴专项资金使用情况\n"
                         "单位：万元\n"
                         "序号\t项目分类\t预算金额\t使用金额\t预算执行率\n"
                         "1\t生态环境治理\t14,986.50\t11,604.79\t77.43%\n"
                         "2\t科技人才计划\t1,488\t782\t52.55%\n"
                         "合计\t\t16,474.50\t12,386.79\t75.19%\n"
                         "四、主要经验及做法\n"
                         "项目单位建立健全了资金管理制度，专款专用，资金使用规范，项目按期完成并通过验收。\n",
                         lynx);
        assert_int_equal(count_type(l, "budget"), 3);
        const jx_record *r = nth(l, "budget", 0);
        check(r, "name", "生态环境治理");
        check(jx_record_get_record(r, "budget"), "value", "14986.50");
        check(jx_record_get_record(r, "budget"), "unit", "万元");
        check(jx_record_get_record(r, "spent"), "value", "11604.79");
        check(r, "rate", "77.43");
        r = nth(l, "budget", 1);
        check(r, "name", "科技人才计划");
        check(jx_record_get_record(r, "budget"), "value", "1488");
        check(jx_record_get_record(r, "spent"), "value", "782");
        check(r, "rate", "52.55");
        r = nth(l, "budget", 2);
        check(r, "name", "合计");
        check(jx_record_get_record(r, "budget"), "value", "16474.50");
        check(jx_record_get_record(r, "spent"), "value", "12386.79");
        check(r, "rate", "75.19");
        assert_false(warns(l, "stops inside a row"));
        jx_record_list_free(l);
    }
}

/* A budget table as plain pdftotext gives it: a cell a block, a header cell
 * wrapped inside its bracket (`预算金额（万` / `元）`) keeps its unit, and the
 * 合计 merged over two columns comes after its row's figures. */
static void test_stream_budget_wrapped_header(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("表 1-2：2020年度义务教育专项资金使用情况\n"
                                   "序号\n\n项目分类\n\n预算金额（万\n元）\n\n使用金额（万\n元）\n\n"
                                   "预算执行率\n\n1\n\n义务教育保障\n\n4,002.64\n\n2,229.00\n\n55.69%\n\n"
                                   "2\n\n创新平台计划\n\n32,495.63\n\n13,289.06\n\n40.89%\n\n"
                                   "36,498.27\n\n15,518.06\n\n42.52%\n\n合计\n");
    assert_int_equal(count_type(l, "budget"), 3);
    const jx_record *r = nth(l, "budget", 1);
    check(r, "name", "创新平台计划");
    check(jx_record_get_record(r, "budget"), "value", "32495.63");
    check(jx_record_get_record(r, "budget"), "unit", "万元");
    check(jx_record_get_record(r, "spent"), "value", "13289.06");
    check(jx_record_get_record(r, "spent"), "unit", "万元");
    check(r, "rate", "40.89");
    r = nth(l, "budget", 2);
    check(r, "name", "合计");
    check(jx_record_get_record(r, "budget"), "value", "36498.27");
    check(jx_record_get_record(r, "spent"), "value", "15518.06");
    check(r, "rate", "42.52");
    jx_record_list_free(l);
}

/* A fuzzer's find (fuzz/corpus/text/score_label_moved_over_figure.txt): a
 * score table one cell a line, broken by undecodable bytes, where a group's
 * label and figures move onto a row that had a figure read in at that level.
 * The row's figure leaked; LeakSanitizer fails this test if it does again. */
static void test_moved_label_frees_replaced_figure(void **state)
{
    (void)state;
    jx_record_list *list =
        jx_test_parse_repo_file("fuzz/corpus/text/score_label_moved_over_figure.txt");
    assert_true(jx_record_list_length(list) >= 1);
    jx_record_list_free(list);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_codes),
        cmocka_unit_test(test_moved_label_frees_replaced_figure),
        cmocka_unit_test(test_codes_space_aligned),
        cmocka_unit_test(test_code_levels),
        cmocka_unit_test(test_code_column),
        cmocka_unit_test(test_code_column_headed),
        cmocka_unit_test(test_code_column_space_aligned),
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
        cmocka_unit_test(test_budget_unit_in_grid),
        cmocka_unit_test(test_budget_unit_line_laid_out),
        cmocka_unit_test(test_budget_unit_wrapped),
        cmocka_unit_test(test_caption_in_grid),
        cmocka_unit_test(test_centred_labels_layout),
        cmocka_unit_test(test_centred_labels_browser),
        cmocka_unit_test(test_centred_labels_weighted),
        cmocka_unit_test(test_parent_rows_on_top),
        cmocka_unit_test(test_weight_off_its_column),
        cmocka_unit_test(test_kinds),
        cmocka_unit_test(test_stream_codes),
        cmocka_unit_test(test_stream_levels),
        cmocka_unit_test(test_stream_level_weights),
        cmocka_unit_test(test_stream_summary),
        cmocka_unit_test(test_stream_budget),
        cmocka_unit_test(test_stream_budget_wrapped_header),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
