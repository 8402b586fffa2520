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

#include <glib/gstdio.h>

#include "parse/parse.h"
#include "pipeline/pipeline.h"
#include "support/dump.h"
#include "support/golden.h"
#include "support/testenv.h"

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

/* TRUE when the record's flags hold `flag`. */
static gboolean has_flag(const jx_record *r, const char *flag)
{
    char *json = jx_record_to_json(r);
    char *quoted = g_strdup_printf("\"%s\"", flag);
    const char *flags = strstr(json, "\"flags\":");
    gboolean found = flags && strstr(flags, quoted) != NULL;
    g_free(quoted);
    g_free(json);
    return found;
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
    "\t\t质量指标\t验收合格率\t≥95百分比\t98%\t15\t15\t\n"
    "\t\t时效指标\t完成时间\t2023年12月31日前\t2023-12-20\t15\t15\t\n"
    "\t效益指标（30分）\t社会效益指标\t人居环境改善\t明显改善\t已完成\t30\t28\t部分村庄保洁不到位，加强管护\n"
    "\t满意度指标(10分)\t服务对象满意度指标\t群众满意度\t≥90%\t92%\t10\t10\t\n"
    "总分\t\t\t\t\t\t100\t92.99\t\n"
    "自评等级\t优\n";

/* The document fields the standard form states of itself. */
static void check_standard_document(const jx_record *doc)
{
    check(doc, "kind", "self-evaluation");
    check(doc, "project", "农村人居环境整治项目");
    check(doc, "org", "某县农业农村局"); /* the code 305- dropped */
    check(doc, "implementer", "某县农村能源站");
    check(doc, "score_total", "92.99");
    check(doc, "weight_total", "100"); /* the 总分 row's figure in the 分值 column */
    check(doc, "grade", "优");
    const jx_record *obj = jx_record_get_record(doc, "objective");
    assert_non_null(obj);
    check(obj, "planned", "完成100个村的人居环境整治。");
    check(obj, "achieved", "完成100个村整治,群众满意。");
}

static void test_standard_document(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(standard);
    const jx_record *doc = nth(l, "document", 0);
    check_standard_document(doc);
    assert_true(jx_record_has(doc, "year"));
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

/* The indicator records of the standard form, whatever form it came in. */
static void check_standard_indicators(const jx_record_list *l)
{
    assert_int_equal(count_type(l, "indicator"), 5); /* no 总分, no 自评等级 */
    const jx_record *r = nth(l, "indicator", 0);
    check(r, "level1", "产出指标"); /* (50分) dropped */
    check(r, "group_weight", "50");  /* … and kept as the group's weight */
    check(r, "level2", "数量指标");
    check(r, "name", "整治村数");
    check(r, "category", "output.quantity");
    check_value(r, ">=", "100", "number", "个");
    check_value(jx_record_get_record(r, "actual"), NULL, "100", "number", "个");
    check_scored(r, "20", "20", NULL);
    r = nth(l, "indicator", 1);
    check(r, "level1", "产出指标"); /* filled down */
    check(r, "group_weight", "50"); /* with the group's weight */
    check(r, "name", "验收合格率");
    check_value(r, ">=", "95", "number", "%"); /* ≥95百分比: the unit written as a word */
    check_value(jx_record_get_record(r, "actual"), NULL, "98", "number", "%");
    check_scored(r, "15", "15", NULL);
    r = nth(l, "indicator", 2);
    check(r, "level1", "产出指标");
    check(r, "level2", "时效指标");
    check_value(r, "<=", "2023-12-31", "date", NULL);
    check_value(jx_record_get_record(r, "actual"), NULL, "2023-12-20", "date", NULL);
    r = nth(l, "indicator", 3);
    check(r, "level1", "效益指标"); /* （30分） dropped */
    check(r, "group_weight", "30");
    check(r, "category", "outcome.social");
    check_value(r, NULL, "明显改善", "text", NULL);
    check_value(jx_record_get_record(r, "actual"), NULL, "已完成", "text", NULL);
    check_scored(r, "30", "28", "部分村庄保洁不到位,加强管护");
    r = nth(l, "indicator", 4);
    check(r, "level1", "满意度指标");
    check(r, "group_weight", "10");
    check(r, "category", "satisfaction.service");
    check(r, "name", "群众满意度");
    check_value(jx_record_get_record(r, "actual"), NULL, "92", "number", "%");
    check_scored(r, "10", "10", NULL);
}

/* Everything the standard form gives: document, funds, indicators. */
static void check_standard(const jx_record_list *l)
{
    check_standard_document(nth(l, "document", 0));
    assert_int_equal(count_type(l, "funds"), 4);
    check_funds(nth(l, "funds", 0), "年度资金总额", "90", "90", "89.974", "10", "99.97", "9.99");
    check_funds(nth(l, "funds", 1), "其中:本年财政拨款", "90", "90", "89.974", NULL, NULL, NULL);
    check_funds(nth(l, "funds", 2), "上年结转资金", NULL, NULL, NULL, NULL, NULL, NULL);
    check_funds(nth(l, "funds", 3), "其他资金", NULL, NULL, NULL, NULL, NULL, NULL);
    assert_int_equal(count_type(l, "score"), 0);
    check_standard_indicators(l);
}

static void test_standard_indicators(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(standard);
    check_standard_indicators(l);
    jx_record_list_free(l);
}

/* The same form as pdftotext -layout writes it: cells parted by spaces,
 * empty cells as blanks, the merged labels on their first row. */
static const char layout[] =
    "          （2023）年度项目支出绩效自评表\n"
    "项目名称           农村人居环境整治项目\n"
    "主管部门           305-某县农业农村局            实施单位             某县农村能源站\n"
    "项目资金（万元）                                 年初预算数           全年预算数       全年执行数         分值                          执行率   得分\n"
    "                   年度资金总额                  90                   90               89.974             10                            99.97%   9.99\n"
    "                   其中：本年财政拨款            90                   90               89.974             —                             —        —\n"
    "                   上年结转资金\n"
    "                   其他资金\n"
    "年度总体目标       预期目标                                                                               实际完成情况\n"
    "                   完成100个村的人居环境整治。                                                            完成100个村整治，群众满意。\n"
    "绩效指标           一级指标                      二级指标             三级指标         年度指标值         实际完成值                    分值     得分    偏差原因分析及改进措施\n"
    "                   产出指标(50分)                数量指标             整治村数         ≥100个             100个                         20       20\n"
    "                                                 质量指标             验收合格率       ≥95百分比          98%                           15       15\n"
    "                                                 时效指标             完成时间         2023年12月31日前   2023-12-20                    15       15\n"
    "                   效益指标（30分）              社会效益指标         人居环境改善     明显改善           已完成                        30       28      部分村庄保洁不到位，加强管护\n"
    "                   满意度指标(10分)              服务对象满意度指标   群众满意度       ≥90%               92%                           10       10\n"
    "总分                                                                                                                                    100      92.99\n"
    "自评等级           优\n";

/* The same as a markdown pipe table (a PDF-to-markdown tool's). */
static const char markdown[] =
    "# （2023）年度项目支出绩效自评表\n"
    "\n"
    "| 项目名称 | 农村人居环境整治项目 |  |  |  |  |  |  |  |\n"
    "|---|---|---|---|---|---|---|---|---|\n"
    "| 主管部门 | 305-某县农业农村局 | 实施单位 | 某县农村能源站 |  |  |  |  |  |\n"
    "| 项目资金（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |  |\n"
    "|  | 年度资金总额 | 90 | 90 | 89.974 | 10 | 99.97% | 9.99 |  |\n"
    "|  | 其中：本年财政拨款 | 90 | 90 | 89.974 | — | — | — |  |\n"
    "|  | 上年结转资金 |  |  |  |  |  |  |  |\n"
    "|  | 其他资金 |  |  |  |  |  |  |  |\n"
    "| 年度总体目标 | 预期目标 |  |  |  | 实际完成情况 |  |  |  |\n"
    "|  | 完成100个村的人居环境整治。 |  |  |  | 完成100个村整治，群众满意。 |  |  |  |\n"
    "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
    "|  | 产出指标(50分) | 数量指标 | 整治村数 | ≥100个 | 100个 | 20 | 20 |  |\n"
    "|  |  | 质量指标 | 验收合格率 | ≥95百分比 | 98% | 15 | 15 |  |\n"
    "|  |  | 时效指标 | 完成时间 | 2023年12月31日前 | 2023-12-20 | 15 | 15 |  |\n"
    "|  | 效益指标（30分） | 社会效益指标 | 人居环境改善 | 明显改善 | 已完成 | 30 | 28 | 部分村庄保洁不到位，加强管护 |\n"
    "|  | 满意度指标(10分) | 服务对象满意度指标 | 群众满意度 | ≥90% | 92% | 10 | 10 |  |\n"
    "| 总分 |  |  |  |  |  | 100 | 92.99 |  |\n"
    "| 自评等级 | 优 |  |  |  |  |  |  |  |\n";

/* The form as a spreadsheet's CSV export: every row as wide as the widest,
 * the first column holding the block labels. */
static char *as_csv(const char *tab_text)
{
    GString *out = g_string_new(NULL);
    char **lines = g_strsplit(tab_text, "\n", -1);
    const int width = 9;
    for (char **l = lines; *l && **l; l++) {
        char **cells = g_strsplit(*l, "\t", -1);
        int n = 0;
        for (; cells[n]; n++) {
            gboolean quote = strchr(cells[n], ',') || strchr(cells[n], '"');
            g_string_append_printf(out, "%s%s%s%s", n ? "," : "", quote ? "\"" : "", cells[n],
                                   quote ? "\"" : "");
        }
        for (; n < width; n++)
            g_string_append_c(out, ',');
        g_string_append_c(out, '\n');
        g_strfreev(cells);
    }
    g_strfreev(lines);
    return g_string_free(out, FALSE);
}

/* Tab-separated, space-aligned, markdown, CSV: one reading. */
/* The standard form as LibreOffice's writer-txt (and lynx -dump) writes it:
 * one cell per line, an empty cell a blank line.  The cell-stream reader
 * puts the funds block and the indicator rows back into grids. */
static void test_one_cell_per_line(void **state)
{
    (void)state;
    GString *text = g_string_new(NULL);
    char **lines = g_strsplit(standard, "\n", -1);
    for (char **line = lines; *line && **line; line++) {
        char **cells = g_strsplit(*line, "\t", -1);
        for (char **cell = cells; *cell; cell++)
            g_string_append_printf(text, "%s\n", *cell);
        g_strfreev(cells);
    }
    g_strfreev(lines);
    jx_record_list *l = parse_text(text->str);
    g_string_free(text, TRUE);
    check(nth(l, "document", 0), "kind", "self-evaluation");
    assert_int_equal(count_type(l, "funds"), 4);
    check_funds(nth(l, "funds", 0), "年度资金总额", "90", "90", "89.974", "10", "99.97", "9.99");
    check_funds(nth(l, "funds", 1), "其中:本年财政拨款", "90", "90", "89.974", NULL, NULL, NULL);
    check_funds(nth(l, "funds", 2), "上年结转资金", NULL, NULL, NULL, NULL, NULL, NULL);
    check_funds(nth(l, "funds", 3), "其他资金", NULL, NULL, NULL, NULL, NULL, NULL);
    check_standard_indicators(l); /* no 总分 row among them */
    jx_record_list_free(l);
}

/* `tab_text` (tab-separated rows) one cell per line: as a word processor's
 * text export writes it (`lynx` FALSE: an empty cell is a blank line), or
 * as a text browser's dump (`lynx` TRUE: every cell followed by a blank
 * line, an empty cell left out).  New string. */
static char *cells_per_line(const char *tab_text, gboolean lynx)
{
    GString *text = g_string_new(NULL);
    char **lines = g_strsplit(tab_text, "\n", -1);
    for (char **line = lines; *line && **line; line++) {
        char **cells = g_strsplit(*line, "\t", -1);
        for (char **cell = cells; *cell; cell++) {
            if (lynx && **cell)
                g_string_append_printf(text, "   %s\n\n", *cell);
            else if (!lynx)
                g_string_append_printf(text, "%s\n", *cell);
        }
        g_strfreev(cells);
    }
    g_strfreev(lines);
    return g_string_free(text, FALSE);
}

/* The head block (项目名称 / value / 主管部门 / value …), the 年度总体目标
 * block (预期目标 / 实际完成情况 / text / text) and the closing lines (总分 /
 * 100 / 92.99, 自评等级 / 优) of a form written one cell per line give the
 * document's fields, in both stream forms. */
static void test_one_cell_per_line_document(void **state)
{
    (void)state;
    for (int lynx = 0; lynx <= 1; lynx++) {
        char *text = cells_per_line(standard, lynx);
        jx_record_list *l = parse_text(text);
        g_free(text);
        check_standard_document(nth(l, "document", 0));
        jx_record_list_free(l);
    }
}

/* A key whose value cell is empty is followed by the next block's label:
 * that label is no value. */
static void test_one_cell_per_line_empty_value(void **state)
{
    (void)state;
    char *text = cells_per_line("（2023）年度项目支出绩效自评表\n"
                                "项目名称\t农村人居环境整治项目\n"
                                "主管部门\t某县农业农村局\t实施单位\t\n"
                                "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
                                "\t年度资金总额\t90\t90\t89.974\t10\t99.97%\t9.99\n",
                                TRUE);
    jx_record_list *l = parse_text(text);
    g_free(text);
    const jx_record *doc = nth(l, "document", 0);
    check(doc, "org", "某县农业农村局");
    check(doc, "implementer", NULL);
    jx_record_list_free(l);
}

/* The standard form with its closing rows replaced by `closing`, read in
 * each form (0: tab-separated, 1: one cell per line with blank lines, 2: a
 * browser's dump): the document's weight_total and score_total. */
static void check_closing(const char *closing, const char *weight_total, const char *score_total)
{
    const char *tail = strstr(standard, "总分\t");
    assert_non_null(tail);
    char *tab = g_strdup_printf("%.*s%s", (int)(tail - standard), standard, closing);
    for (int form = 0; form < 3; form++) {
        char *text = form == 0 ? g_strdup(tab) : cells_per_line(tab, form == 2);
        jx_record_list *l = parse_text(text);
        g_free(text);
        check(nth(l, "document", 0), "weight_total", weight_total);
        check(nth(l, "document", 0), "score_total", score_total);
        jx_record_list_free(l);
    }
    g_free(tab);
}

/* The 总分 row written with the 自评得分 label between the two figures
 * (`总分 | 95 | 自评得分 | 92.99`), in a grid and one cell per line; a 总分
 * row that prints the score alone gives no weight_total. */
static void test_weight_total_forms(void **state)
{
    (void)state;
    check_closing("总分\t\t\t\t\t95\t自评得分\t92.99\t\n自评等级\t优\n", "95", "92.99");
    check_closing("总分\t\t\t\t\t\t\t92.99\t\n", NULL, "92.99");
}

/* A 总分 row whose 自评得分 label wrapped (`自评` over `得分`) and whose score a
 * text browser set a column off, centred over 得分 and the next column: the
 * last of the row's figures is the score. */
static void test_score_total_off_column(void **state)
{
    (void)state;
    const char *tail = strstr(standard, "总分\t");
    assert_non_null(tail);
    char *tab = g_strdup_printf("%.*s%s", (int)(tail - standard), standard,
                                "总分\t\t\t\t\t\t100\t自评\t\t95.8\n\t\t\t\t\t\t\t得分\n");
    jx_record_list *l = parse_text(tab);
    check(nth(l, "document", 0), "score_total", "95.8");
    jx_record_list_free(l);
    g_free(tab);
}

/* The standard form with another funds block: `funds` (its rows, tab-separated)
 * in place of the standard's.  New string. */
static char *with_funds(const char *funds)
{
    const char *head = strstr(standard, "项目资金");
    const char *tail = strstr(standard, "年度总体目标");
    assert_non_null(head);
    assert_non_null(tail);
    return g_strdup_printf("%.*s项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n%s%s",
                           (int)(head - standard), standard, funds, tail);
}

/* A funds block with 年初预算数 left empty, a 其中 row printing no 分值 or
 * 得分, and two rows of nothing: one cell per line, in both forms (blank
 * lines as empty cells; empty cells left out), every figure in its column,
 * no row a guess, and the indicators after the block read as before. */
static void test_funds_stream_empty_cells(void **state)
{
    (void)state;
    char *form = with_funds("\t年度资金总额\t\t1908.57\t1908.57\t20\t100%\t20.00\n"
                            "\t其中：当年财政拨款\t\t1908.57\t1908.57\t\t100%\t\n"
                            "\t上年结转资金\t\t\t\t\t\t\n"
                            "\t其他资金\t\t\t\t\t\t\n");
    for (int lynx = 0; lynx <= 1; lynx++) {
        char *text = cells_per_line(form, lynx);
        jx_record_list *l = parse_text(text);
        g_free(text);
        assert_int_equal(count_type(l, "funds"), 4);
        check_funds(nth(l, "funds", 0), "年度资金总额", NULL, "1908.57", "1908.57", "20", "100",
                    "20.00");
        check_funds(nth(l, "funds", 1), "其中:当年财政拨款", NULL, "1908.57", "1908.57", NULL,
                    "100", NULL);
        check_funds(nth(l, "funds", 2), "上年结转资金", NULL, NULL, NULL, NULL, NULL, NULL);
        check_funds(nth(l, "funds", 3), "其他资金", NULL, NULL, NULL, NULL, NULL, NULL);
        for (guint i = 0; i < 4; i++)
            assert_false(has_flag(nth(l, "funds", i), "stream-ambiguous"));
        check_standard_indicators(l);
        jx_record_list_free(l);
    }
    g_free(form);
}

/* Empty cells left out (a browser's dump): the 分值 is told from an amount
 * by 全年执行数 / 全年预算数 giving the printed 执行率, and a small amount
 * (50 | 45) is not taken for a 分值 with no 得分.  Without the blank lines, a
 * row whose rate no placement explains (100 | 80 | 95%: 年初 and 全年预算数,
 * or 全年预算数 and 执行数?) is flagged a guess; with them it is not. */
static void test_funds_stream_by_shape(void **state)
{
    (void)state;
    char *form = with_funds("\t年度资金总额\t\t150\t145\t10\t96.67%\t9.67\n"
                            "\t其中：财政拨款\t\t50\t45\t\t\t\n"
                            "\t上年结转资金\t100\t80\t\t\t95%\t\n");
    char *text = cells_per_line(form, TRUE);
    jx_record_list *l = parse_text(text);
    g_free(text);
    assert_int_equal(count_type(l, "funds"), 3);
    check_funds(nth(l, "funds", 0), "年度资金总额", NULL, "150", "145", "10", "96.67", "9.67");
    check_funds(nth(l, "funds", 1), "其中:财政拨款", NULL, "50", "45", NULL, NULL, NULL);
    assert_false(has_flag(nth(l, "funds", 0), "stream-ambiguous"));
    assert_false(has_flag(nth(l, "funds", 1), "stream-ambiguous"));
    assert_true(has_flag(nth(l, "funds", 2), "stream-ambiguous"));
    jx_record_list_free(l);
    text = cells_per_line(form, FALSE);
    l = parse_text(text);
    g_free(text);
    check_funds(nth(l, "funds", 2), "上年结转资金", "100", "80", NULL, NULL, "95", NULL);
    assert_false(has_flag(nth(l, "funds", 2), "stream-ambiguous"));
    jx_record_list_free(l);
    g_free(form);
}

/* An indicator named by a label of the taxonomy (服务对象满意度 under
 * 服务对象满意度指标) with its 偏差原因 filled: the 偏差原因 is no name, so
 * the two labels are the row's level-2 and its name, not an empty group's
 * label beside the row's own. */
static void test_label_named_indicator(void **state)
{
    (void)state;
    const char *tail = strstr(standard, "\t满意度指标(10分)");
    assert_non_null(tail);
    char *text = g_strdup_printf("%.*s\t满意度指标(10分)\t服务对象满意度指标\t服务对象满意度\t≥90%%\t85%%"
                                 "\t10\t8\t个别乡镇工作进度滞后，已督促整改\n"
                                 "总分\t\t\t\t\t\t100\t90.99\t\n",
                                 (int)(tail - standard), standard);
    jx_record_list *l = parse_text(text);
    g_free(text);
    const jx_record *r = nth(l, "indicator", 4);
    check(r, "level2", "服务对象满意度指标");
    check(r, "name", "服务对象满意度");
    check(r, "category", "satisfaction.service");
    check(r, "deviation", "个别乡镇工作进度滞后,已督促整改");
    assert_false(has_flag(r, "empty-group-label"));
    jx_record_list_free(l);
}

/* A row given its full points and no 偏差原因, then a row with a short name,
 * a sentence for its target and a text actual: one cell per line (both
 * forms), the short name is the second row's name, not the first row's
 * 偏差原因 with every cell after it one column right — a self-evaluation
 * prints 分值 and 得分 on every row. */
static void test_stream_name_after_full_points(void **state)
{
    (void)state;
    const char *line = strstr(standard, "\t效益指标（30分）");
    assert_non_null(line);
    const char *next = strchr(line, '\n') + 1;
    char *form = g_strdup_printf(
        "%.*s\t效益指标（30分）\t社会效益指标\t服务能力和水平\t有效提高\t完成\t10\t10.0\t\n"
        "\t\t\t群众生产生活条件\t按照项目实施方案要求持续改善，惠及更多群众\t未完成\t10\t5.76\t"
        "满意度调查样本偏少，下一步将扩大调查范围。\n"
        "\t\t可持续影响指标\t项目持续发挥作用年限\t大于3年\t4年\t10\t10\t\n%s",
        (int)(line - standard), standard, next);
    for (int lynx = 0; lynx <= 1; lynx++) {
        char *text = cells_per_line(form, lynx);
        jx_record_list *l = parse_text(text);
        g_free(text);
        const jx_record *full = nth(l, "indicator", 3), *r = nth(l, "indicator", 4);
        check(full, "name", "服务能力和水平");
        check_scored(full, "10", "10.0", NULL);
        check(r, "name", "群众生产生活条件");
        check(r, "value", "按照项目实施方案要求持续改善,惠及更多群众");
        check_value(jx_record_get_record(r, "actual"), NULL, "未完成", "text", NULL);
        check_scored(r, "10", "5.76", "满意度调查样本偏少,下一步将扩大调查范围。");
        jx_record_list_free(l);
    }
    g_free(form);
}

static void test_every_text_form(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(standard);
    check_standard(l);
    jx_record_list_free(l);
    l = parse_named("layout.txt", layout);
    check_standard(l);
    jx_record_list_free(l);
    l = parse_named("s.md", markdown);
    check_standard(l);
    jx_record_list_free(l);
    char *csv = as_csv(standard);
    l = parse_named("s.csv", csv);
    check_standard(l);
    jx_record_list_free(l);
    g_free(csv);
}

/* An HTML export with real spans: the funds label over five rows, the
 * 年度总体目标 label over two, the level-1 label over two indicator rows,
 * the 实施单位 the same as the 主管部门 (no implementer), 自评等级 in one
 * cell with its value after a colon. */
static const char html[] =
    "<html><body><table border=\"1\">\n"
    "<tr><td colspan=\"10\">（2023）年度项目支出绩效自评表</td></tr>\n"
    "<tr><td colspan=\"2\">项目名称</td><td colspan=\"8\">城乡义务教育保障经费</td></tr>\n"
    "<tr><td colspan=\"2\">主管部门</td><td colspan=\"4\">[015001]某区教育局</td><td colspan=\"2\">实施单位</td>"
    "<td colspan=\"2\">[015001]某区教育局</td></tr>\n"
    "<tr><td colspan=\"2\" rowspan=\"5\">项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td>"
    "<td>全年执行数</td><td>分值</td><td>执行率</td><td colspan=\"2\">得分</td></tr>\n"
    "<tr><td>年度资金总额</td><td>1,200.00</td><td>1,150.00</td><td>1,120.50</td><td>10</td><td>97.43%</td>"
    "<td colspan=\"2\">9.74</td></tr>\n"
    "<tr><td>其中：财政拨款</td><td>1,200.00</td><td>1,150.00</td><td>1,120.50</td><td>—</td><td>—</td>"
    "<td colspan=\"2\">—</td></tr>\n"
    "<tr><td>上年结转资金</td><td></td><td></td><td></td><td>—</td><td>—</td><td colspan=\"2\">—</td></tr>\n"
    "<tr><td>其他资金</td><td></td><td></td><td></td><td>—</td><td>—</td><td colspan=\"2\">—</td></tr>\n"
    "<tr><td rowspan=\"2\">年度总体目标</td><td colspan=\"5\">预期目标</td><td colspan=\"4\">实际完成情况</td></tr>\n"
    "<tr><td colspan=\"5\">保障全区义务教育学校正常运转。</td><td colspan=\"4\">全区学校正常运转，经费按时拨付。</td></tr>\n"
    "<tr><td rowspan=\"5\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td>"
    "<td>实际完成值</td><td>分值</td><td>得分</td><td colspan=\"2\">偏差原因分析及改进措施</td></tr>\n"
    "<tr><td rowspan=\"2\">产出指标（50分）</td><td>数量指标</td><td>保障学校数</td><td>≥45所</td><td>45所</td>"
    "<td>25</td><td>25</td><td colspan=\"2\"></td></tr>\n"
    "<tr><td>时效指标</td><td>资金拨付及时率</td><td>100%</td><td>95%</td><td>25</td><td>22</td>"
    "<td colspan=\"2\">个别批次拨付延迟，下年提前下达</td></tr>\n"
    "<tr><td>效益指标（30分）</td><td>社会效益指标</td><td>义务教育巩固率</td><td>≥99%</td><td>99.5%</td>"
    "<td>30</td><td>30</td><td colspan=\"2\"></td></tr>\n"
    "<tr><td>满意度指标（10分）</td><td>服务对象满意度指标</td><td>家长满意度</td><td>≥90%</td><td>93%</td>"
    "<td>10</td><td>10</td><td colspan=\"2\"></td></tr>\n"
    "<tr><td colspan=\"6\">总分</td><td>100</td><td>96.74</td><td colspan=\"2\">自评等级：优</td></tr>\n"
    "</table></body></html>\n";

static void test_html_spans(void **state)
{
    (void)state;
    jx_record_list *l = parse_named("s.html", html);
    const jx_record *doc = nth(l, "document", 0);
    check(doc, "kind", "self-evaluation");
    check(doc, "org", "某区教育局"); /* [015001] dropped */
    check(doc, "implementer", NULL); /* the same unit */
    check(doc, "project", "城乡义务教育保障经费");
    check(doc, "score_total", "96.74"); /* in the 得分 column of the 总分 row */
    check(doc, "weight_total", "100");
    check(doc, "grade", "优");
    check(jx_record_get_record(doc, "objective"), "achieved", "全区学校正常运转,经费按时拨付。");
    assert_int_equal(count_type(l, "funds"), 4);
    check_funds(nth(l, "funds", 0), "年度资金总额", "1200.00", "1150.00", "1120.50", "10", "97.43",
                "9.74");
    check_funds(nth(l, "funds", 1), "其中:财政拨款", "1200.00", "1150.00", "1120.50", NULL, NULL,
                NULL);
    assert_int_equal(count_type(l, "indicator"), 4);
    const jx_record *r = nth(l, "indicator", 1);
    check(r, "level1", "产出指标"); /* from the span */
    check(r, "level2", "时效指标");
    check_value(r, NULL, "100", "number", "%");
    check_value(jx_record_get_record(r, "actual"), NULL, "95", "number", "%");
    check_scored(r, "25", "22", "个别批次拨付延迟,下年提前下达");
    jx_record_list_free(l);
}

/* A table cut by a page break goes on in a grid of its own (a PDF's ruled
 * table on each page): its 总分 row, under the header of the grid before,
 * still gives the weight_total (`总分 | 100 | 自评得分 | 96.74`, the 100 set
 * left of the 分值 column as a spreadsheet merges the 总分 label). */
static void test_weight_total_on_next_page(void **state)
{
    (void)state;
    const char *tail = strstr(html, "<tr><td colspan=\"6\">总分");
    assert_non_null(tail);
    char *cut = g_strdup_printf("%.*s</table>\n<table border=\"1\">\n"
                                "<tr><td colspan=\"5\">总分</td><td>100</td><td>自评得分</td>"
                                "<td>96.74</td><td colspan=\"2\">自评等级：优</td></tr>\n"
                                "</table></body></html>\n",
                                (int)(tail - html), html);
    jx_record_list *l = parse_named("s.html", cut);
    g_free(cut);
    const jx_record *doc = nth(l, "document", 0);
    check(doc, "weight_total", "100");
    check(doc, "score_total", "96.74");
    check(doc, "grade", "优");
    assert_int_equal(count_type(l, "indicator"), 4);
    jx_record_list_free(l);
}

/* A department-wide form: 部门名称 with a bracketed code, no funds block,
 * `总分 | 100 | 自评得分 | 92.5` on one row, units written as words
 * (百分比, 个数), rates (元/人), prose actuals, a month as the actual date. */
static const char department[] =
    "2023年度部门整体支出绩效自评表\n"
    "部门名称\t[015001]某区教育局\n"
    "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    "\t产出指标（50分）\t数量指标\t培训教师人数\t≥500人\t520人\t10\t10\t\n"
    "\t\t质量指标\t培训合格率\t≥95百分比\t96百分比\t10\t10\t\n"
    "\t\t成本指标\t人均培训成本\t≤800元/人\t780元/人\t10\t10\t\n"
    "\t\t时效指标\t完成时间\t2023年11月30日前\t2023年12月\t10\t8\t受疫情影响延期\n"
    "\t效益指标（30分）\t社会效益指标\t教师能力提升\t明显提升\t基本达到\t20\t18\t\n"
    "\t\t\t学校数量\t≥20个数\t22个数\t10\t10\t\n"
    "\t满意度指标（10分）\t服务对象满意度指标\t教师满意度\t≥90%\t达成预期指标\t10\t10\t\n"
    "总分\t100\t自评得分\t92.5\n";

/* The HTML form with its 执行率 cell `97.43%` written as `cell` (HTML):
 * the rate of the 年度资金总额 row. */
static void check_rate_cell(const char *cell, const char *rate)
{
    const char *at = strstr(html, "<td>97.43%</td>");
    assert_non_null(at);
    char *text = g_strdup_printf("%.*s%s%s", (int)(at - html), html, cell,
                                 at + strlen("<td>97.43%</td>"));
    jx_record_list *l = parse_named("s.html", text);
    g_free(text);
    check_funds(nth(l, "funds", 0), "年度资金总额", "1200.00", "1150.00", "1120.50", "10", rate,
                "9.74");
    jx_record_list_free(l);
}

/* A narrow 执行率 column wraps its figure at the point (`97.` over `43%`):
 * the two lines are one figure, not a text that gives no rate.  Two
 * figures side by side (`9 7.43%`) are no figure. */
static void test_funds_wrapped_figure(void **state)
{
    (void)state;
    check_rate_cell("<td>97.<br>43%</td>", "97.43");
    check_rate_cell("<td>97<br>.43%</td>", "97.43");
    check_rate_cell("<td>9 7.43%</td>", NULL);
}

static void test_department(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(department);
    const jx_record *doc = nth(l, "document", 0);
    check(doc, "kind", "self-evaluation");
    check(doc, "org", "某区教育局");
    check(doc, "project", NULL);
    check(doc, "score_total", "92.5");
    check(doc, "weight_total", "100"); /* 总分 | 100 | 自评得分 | 92.5 */
    check(doc, "grade", NULL);
    assert_int_equal(count_type(l, "funds"), 0);
    assert_int_equal(count_type(l, "indicator"), 7);
    const jx_record *r = nth(l, "indicator", 1);
    check_value(r, ">=", "95", "number", "%");
    check_value(jx_record_get_record(r, "actual"), NULL, "96", "number", "%");
    r = nth(l, "indicator", 2);
    check(r, "level2", "成本指标");
    check_value(r, "<=", "800", "number", "元/人");
    check_value(jx_record_get_record(r, "actual"), NULL, "780", "number", "元/人");
    r = nth(l, "indicator", 3);
    check_value(r, "<=", "2023-11-30", "date", NULL);
    check_value(jx_record_get_record(r, "actual"), NULL, "2023-12-31", "date", NULL);
    check_scored(r, "10", "8", "受疫情影响延期");
    r = nth(l, "indicator", 4);
    check_value(jx_record_get_record(r, "actual"), NULL, "基本达到", "text", NULL);
    r = nth(l, "indicator", 5);
    check(r, "level1", "效益指标");
    check(r, "level2", "社会效益指标"); /* filled down */
    check(r, "name", "学校数量");
    check_value(r, ">=", "20", "number", "个");
    check_value(jx_record_get_record(r, "actual"), NULL, "22", "number", "个");
    r = nth(l, "indicator", 6);
    check_value(r, ">=", "90", "number", "%");
    check_value(jx_record_get_record(r, "actual"), NULL, "达成预期指标", "text", NULL);
    check_scored(r, "10", "10", NULL);
    jx_record_list_free(l);
}

/* A funds block whose dump dropped the empty cells (every figure moved
 * left): the figures fill the columns in order; an empty actual is null,
 * a row with no figures at all is still a record. */
static void test_funds_dropped_cells(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("2022年度项目支出绩效自评表\n"
                                   "项目名称\t道路养护\n"
                                   "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
                                   "年度资金总额\t50\t60\t45\t10\t75%\t7.5\n"
                                   "其中：财政拨款\t50\t60\t45\n"
                                   "其他资金\t\t\t\t\t\t\t\n"
                                   "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                                   "产出指标\t数量指标\t养护里程\t≥30公里\t\t20\t0\n"
                                   "\t质量指标\t路面合格率\t≥90%\t91%\t10\t—\t无\n"
                                   "\t时效指标\t完工时间\t2022年10月\t按时\t10\t十\t\n");
    assert_int_equal(count_type(l, "funds"), 3);
    check_funds(nth(l, "funds", 0), "年度资金总额", "50", "60", "45", "10", "75", "7.5");
    check_funds(nth(l, "funds", 1), "其中:财政拨款", "50", "60", "45", NULL, NULL, NULL);
    check_funds(nth(l, "funds", 2), "其他资金", NULL, NULL, NULL, NULL, NULL, NULL);
    assert_int_equal(count_type(l, "indicator"), 3);
    const jx_record *r = nth(l, "indicator", 0);
    check_value(r, ">=", "30", "number", "公里");
    assert_true(jx_record_has(r, "actual"));
    assert_null(jx_record_get_record(r, "actual"));
    check_scored(r, "20", "0", NULL);
    /* a dash for the score, 无 for the deviation: nothing printed, no flag */
    r = nth(l, "indicator", 1);
    check_scored(r, "10", NULL, NULL);
    assert_false(has_flag(r, "unreadable-score"));
    /* a score that is no figure: null, and the row says so */
    r = nth(l, "indicator", 2);
    check_scored(r, "10", NULL, NULL);
    assert_true(has_flag(r, "unreadable-score"));
    assert_true(has_flag(r, "actual-text"));
    jx_record_list_free(l);
}

/* A form without its title (a table cut out of a report): the blocks say
 * what it is; 自评得分 with its figure after a colon in one cell. */
static void test_untitled(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                                   "产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t10\t10\n"
                                   "自评得分：10\n");
    const jx_record *doc = nth(l, "document", 0);
    check(doc, "kind", "self-evaluation");
    check(doc, "score_total", "10");
    check(doc, "weight_total", NULL); /* no 总分 printed */
    assert_int_equal(count_type(l, "indicator"), 1);
    check_value(jx_record_get_record(nth(l, "indicator", 0), "actual"), NULL, "120", "number",
                "人次");
    jx_record_list_free(l);
}

/* A plain target table keeps its records as they were: no self-evaluation
 * keys, no funds. */
static void test_target_table_untouched(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("2023年度项目绩效目标表\n"
                                   "一级指标\t二级指标\t三级指标\t指标值\n"
                                   "产出指标\t数量指标\t培训人次\t≥500人次\n");
    check(nth(l, "document", 0), "kind", "target-table");
    const jx_record *r = nth(l, "indicator", 0);
    assert_false(jx_record_has(r, "actual"));
    assert_false(jx_record_has(r, "weight"));
    assert_false(jx_record_has(r, "deviation"));
    assert_false(jx_record_has(nth(l, "document", 0), "objective"));
    jx_record_list_free(l);
}

/* The form as Word holds it (tests/office/selfeval.docx, written by
 * make_fixtures.py): merged cells as vMerge and gridSpan. */
static void test_docx(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/office/selfeval.docx");
    const jx_record *doc = nth(l, "document", 0);
    check(doc, "kind", "self-evaluation");
    check(doc, "org", "某区教育局");
    check(doc, "implementer", "某区第一中学");
    check(doc, "score_total", "96.5");
    check(jx_record_get_record(doc, "objective"), "planned", "保障学校运转。");
    check(jx_record_get_record(doc, "objective"), "achieved", "学校运转正常。");
    assert_int_equal(count_type(l, "funds"), 2);
    check_funds(nth(l, "funds", 0), "年度资金总额", "100", "100", "95", "10", "95", "9.5");
    check_funds(nth(l, "funds", 1), "其中:财政拨款", "100", "100", "95", NULL, NULL, NULL);
    assert_int_equal(count_type(l, "indicator"), 4);
    const jx_record *r = nth(l, "indicator", 1);
    check(r, "level1", "产出指标"); /* from the vMerge */
    check(r, "name", "校舍安全达标率");
    check_value(r, NULL, "100", "number", "%");
    check_value(jx_record_get_record(r, "actual"), NULL, "98", "number", "%");
    check_scored(r, "25", "23", "个别校舍待修缮");
    r = nth(l, "indicator", 3);
    check(r, "level1", "满意度指标");
    check_value(jx_record_get_record(r, "actual"), NULL, "已完成", "text", NULL);
    jx_record_list_free(l);
}

/* The JSON Lines jx_pipeline_run writes for `path`, read in passes
 * (streaming) when `stream` is set, else held whole. */
static char *run_to_text(const char *path, gboolean stream)
{
    GOutputStream *mem = g_memory_output_stream_new_resizable();
    jx_sink *sink = jx_sink_new(JX_SINK_JSONL, mem, 0);
    GError *error = NULL;
    gboolean ok = jx_pipeline_run(path, 0, sink, stream ? 0 : G_MAXSIZE, &error);
    jx_sink_free(sink);
    g_output_stream_write_all(mem, "", 1, NULL, NULL, NULL);
    g_output_stream_close(mem, NULL, NULL);
    char *text = g_memory_output_stream_steal_data(G_MEMORY_OUTPUT_STREAM(mem));
    g_object_unref(mem);
    if (!ok)
        fail_msg("%s: %s", path, error ? error->message : "?");
    return text;
}

/* The streaming reader gives the records of the held one, byte for byte,
 * for every form above. */
static void test_streamed_equals_held(void **state)
{
    (void)state;
    char *csv = as_csv(standard);
    const struct {
        const char *name, *text;
    } docs[] = {{"s.txt", standard}, {"layout.txt", layout}, {"s.md", markdown},
                {"s.csv", csv},      {"s.html", html},       {"dept.txt", department}};
    char *dir = g_dir_make_tmp("jx-selfeval-XXXXXX", NULL);
    assert_non_null(dir);
    for (gsize i = 0; i < G_N_ELEMENTS(docs); i++) {
        char *path = g_build_filename(dir, docs[i].name, NULL);
        assert_true(g_file_set_contents(path, docs[i].text, -1, NULL));
        char *held = run_to_text(path, FALSE), *streamed = run_to_text(path, TRUE);
        assert_non_null(strstr(held, "\"type\":\"indicator\""));
        if (strcmp(held, streamed) != 0)
            fail_msg("%s: streamed records differ:\n%s\n---\n%s", docs[i].name, held, streamed);
        g_free(held);
        g_free(streamed);
        g_remove(path);
        g_free(path);
    }
    g_rmdir(dir);
    g_free(dir);
    g_free(csv);
}

/* A department's form as an HTML export: the funds label 年度预算情况（万元）
 * spans the rows, which are 年度资金总额, 基本支出 and 项目支出 — the label is
 * no item and the spending rows are items; the org is keyed 部门（单位）名称. */
static const char department_funds_html[] =
    "<html><body><table border=\"1\">\n"
    "<tr><td colspan=\"9\">（2023）年度部门整体支出绩效自评表</td></tr>\n"
    "<tr><td colspan=\"2\">部门（单位）名称</td><td colspan=\"7\">655-营山县民政局</td></tr>\n"
    "<tr><td colspan=\"2\" rowspan=\"4\">年度预算情况（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td>"
    "<td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>\n"
    "<tr><td>年度资金总额</td><td>3055.14</td><td>3055.14</td><td>3042.64</td><td>20</td><td>99.6%</td>"
    "<td>19.92</td></tr>\n"
    "<tr><td>基本支出</td><td>2659.65</td><td>2659.65</td><td>2647.15</td><td></td><td></td><td></td></tr>\n"
    "<tr><td>项目支出</td><td>395.49</td><td>395.49</td><td>395.49</td><td></td><td></td><td></td></tr>\n"
    "<tr><td rowspan=\"2\">年度总体目标</td><td colspan=\"4\">预期目标</td><td colspan=\"4\">实际完成情况</td></tr>\n"
    "<tr><td colspan=\"4\">全面完成年度目标任务。</td><td colspan=\"4\">已完成。</td></tr>\n"
    "<tr><td rowspan=\"2\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td>"
    "<td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>\n"
    "<tr><td>产出指标</td><td>数量指标</td><td>城乡低保保障人数</td><td>≥10,400人</td><td>10,945人</td>"
    "<td>7</td><td>7</td><td></td></tr>\n"
    "</table></body></html>\n";

static void test_department_funds(void **state)
{
    (void)state;
    jx_record_list *l = parse_named("s.html", department_funds_html);
    /* 部门（单位）名称: the bracket is part of the key, no unit of it */
    check(nth(l, "document", 0), "org", "营山县民政局");
    assert_int_equal(count_type(l, "funds"), 3);
    check_funds(nth(l, "funds", 0), "年度资金总额", "3055.14", "3055.14", "3042.64", "20", "99.6",
                "19.92");
    check_funds(nth(l, "funds", 1), "基本支出", "2659.65", "2659.65", "2647.15", NULL, NULL, NULL);
    check_funds(nth(l, "funds", 2), "项目支出", "395.49", "395.49", "395.49", NULL, NULL, NULL);
    jx_record_list_free(l);
}

/* A funds block as pdftotext -layout writes a spreadsheet's PDF: the merged
 * label 项目资金(万元) broken into fragments on the item rows (项目资 beside
 * 其中：本年财政拨款, 金(万元) on a line of its own), and a rate that wrapped
 * (100.00 | %) centred on its row — its head on the line above the row, its
 * % on the line below. */
static const char layout_wrapped_funds[] =
    "                          2024年度项目支出绩效自评表\n"
    "项目名称          2024年应急物资储备经费\n"
    "主管部门          新建区应急管理局                        实施单位       新建区应急管理事务中心\n"
    "                         年初预算数     全年预算数       全年执行数     分值    执行率         得分\n"
    "\n"
    "      年度资金总额             2386.59    2367.94    2328.52    10   98.34%      9.83\n"
    "\n"
    "                                                               100.00\n"
    "项目资 其中：本年财政拨款            2061.43    2061.43    2061.43\n"
    "                                                                 %\n"
    "金(万元)\n"
    "      上年结转资金              174.15     155.50     116.08         74.65%\n"
    "\n"
    "                                                               100.00\n"
    "      其他资金                151.01     151.01     151.01\n"
    "                                                                 %\n"
    "                 预期目标                          实际完成情况\n"
    "年度总\n"
    "    完成储备应急救灾物资；排查整改安全隐患。 截至2024年12月31日，完成储备应急救灾物资。\n"
    "体目标\n";

/* pdftotext -layout of an indicator block whose cells wrap: each row is
 * printed centred on its own line — the line of its 分值 and 得分, which never
 * wrap — with the wrapped cells' lines above and below it.  A target over two
 * lines (大于等于 270 / 次) stands on the lines around its row's, which
 * holds none of it; a deviation over four lines stands two above, two
 * below. */
static const char layout_anchor_rows[] =
    "                          2024 年度项目支出绩效自评表\n"
    "项目名称          2024 年应急物资储备经费\n"
    "绩效指                                                                      偏差原因分析及改进\n"
    "    一级指标       二级指标       三级指标       指标值        实际完成值     分值     得分\n"
    " 标                                                                           措施\n"
    "       产出指标    数量指标                                                      项目前期论证不充\n"
    "                                                                         分，指标设置偏高，\n"
    "                      组织应急演练          39 次       33 次      9      7\n"
    "                                                                         今后将科学合理设定\n"
    "                                                                         绩效目标。\n"
    "                                    大于等于 270\n"
    "                      开展安全生产执法检查                 293 次     7      7\n"
    "                                      次\n"
    "                      储备应急救灾物资       =9500 件     9500 件    9     9.0\n"
    "                  总分                             100   92.33\n";

static void test_layout_anchor_rows(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(layout_anchor_rows);
    assert_int_equal(count_type(l, "indicator"), 3);
    const jx_record *r = nth(l, "indicator", 0);
    check(r, "name", "组织应急演练");
    check_value(r, NULL, "39", "number", "次");
    check_scored(r, "9", "7", "项目前期论证不充分,指标设置偏高,今后将科学合理设定绩效目标。");
    /* the target's two lines join the row between them, which is the one
     * with the weight and score */
    r = nth(l, "indicator", 1);
    check(r, "name", "开展安全生产执法检查");
    check(r, "level2", "数量指标");
    check_value(r, ">=", "270", "number", "次");
    check_value(jx_record_get_record(r, "actual"), NULL, "293", "number", "次");
    check_scored(r, "7", "7", NULL);
    r = nth(l, "indicator", 2);
    check(r, "name", "储备应急救灾物资");
    check_value(r, "=", "9500", "number", "件");
    check_scored(r, "9", "9.0", NULL);
    jx_record_list_free(l);
}

/* A text browser's dump (w3m) of the department form: the header's cells
 * wrap over two lines (年度指 / 标值, 实际完成 / 值), 偏差原因分析及 / 改进措施
 * among them — a header word cut short whose tail alone names the same
 * role.  No indicator was read: the tail made the second line look like a
 * header line of its own. */
static const char layout_wrapped_header[] =
    "                 （2024）年度部门整体支出绩效自评表\n"
    "\n"
    "年度                  预期目标                              实际完成情况\n"
    "总体\n"
    "目标  全面完成年度目标任务：完成松材线虫病疫木 截至2024年12月31日，完成松材线虫病疫木\n"
    "      清理；聘用生态护林员，资金拨付及时率达到 清理；聘用生态护林员，项目已通过验收，\n"
    "      100%，项目验收合格率达到100%。           达到预期效果。\n"
    "\n"
    "绩效  一级指标 二级指标    三级指标    年度指  实际完成  分值   得分  偏差原因分析及\n"
    "指标                                    标值      值                     改进措施\n"
    "\n"
    "      产出指标 数量指标 松材线虫病疫木 ≥77500   80853株    5     5\n"
    "                        清理             株\n"
    "\n"
    "                        聘用生态护林员 ≥510人    510人     3     3\n"
    "\n"
    "               质量指标 补助对象识别精  100%      66%      3     3\n"
    "                        准率\n"
    "\n"
    "      效益指标 社会效益 生态护林员带动 ≥520户    433户    21     9    满意度调查样本\n"
    "                 指标   脱贫户增收                                    偏少，下一步将\n"
    "                                                                      扩大调查范围。\n"
    "\n"
    "                     总分                         100    自评          85.28\n"
    "                                                         得分\n";

static void test_layout_wrapped_header(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(layout_wrapped_header);
    assert_int_equal(count_type(l, "indicator"), 4);
    const jx_record *r = nth(l, "indicator", 0);
    check(r, "level1", "产出指标");
    check(r, "level2", "数量指标");
    check(r, "name", "松材线虫病疫木清理");
    check_value(r, ">=", "77500", "number", "株");
    check_value(jx_record_get_record(r, "actual"), NULL, "80853", "number", "株");
    check_scored(r, "5", "5", NULL);
    r = nth(l, "indicator", 3);
    check(r, "level1", "效益指标");
    check(r, "level2", "社会效益指标");
    check(r, "name", "生态护林员带动脱贫户增收");
    check_value(r, ">=", "520", "number", "户");
    check_scored(r, "21", "9", "满意度调查样本偏少,下一步将扩大调查范围。");
    jx_record_list_free(l);
}

/* A text browser's dump with the level-1 labels wrapped over three lines
 * around their first row (产出指 / 标（50 / 分）): the group weight shows only
 * once the label's lines are joined, and is the group's, not the label's. */
static const char layout_wrapped_weights[] =
    "                           （2023）年度部门整体支出绩效自评表\n"
    "  绩效  一级指  二级指     三级指标      指标值   实际完成值 分值  得分   偏差原因分析\n"
    "  指标    标      标                                                       及改进措施\n"
    "\n"
    "        产出指  数量指  安全生产培训人 ≥4,700人次 4,700人次   8     7.5\n"
    "        标（50    标    次\n"
    "         分）\n"
    "                        开展安全生产执   =450次     450次     11    11\n"
    "                        法检查\n"
    "\n"
    "        效益指  社会效  受灾群众基本生 得到有效保   已完成    15    15\n"
    "        标（30  益指标  活                 障\n"
    "         分）\n"
    "                可持续  长效管理机制    逐步完善    已完成    15   14.8\n"
    "                影响指\n"
    "                  标\n"
    "                       总分                          100     自评        99.30\n"
    "                                                             得分\n"
    "\n"
    "                           自评等级                                     优\n";

static void test_layout_wrapped_weights(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(layout_wrapped_weights);
    assert_int_equal(count_type(l, "indicator"), 4);
    static const struct {
        const char *level1, *group_weight, *level2, *name, *weight, *score;
    } want[] = {
        {"产出指标", "50", "数量指标", "安全生产培训人次", "8", "7.5"},
        {"产出指标", "50", "数量指标", "开展安全生产执法检查", "11", "11"},
        {"效益指标", "30", "社会效益指标", "受灾群众基本生活", "15", "15"},
        {"效益指标", "30", "可持续影响指标", "长效管理机制", "15", "14.8"},
    };
    for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
        const jx_record *r = nth(l, "indicator", i);
        check(r, "level1", want[i].level1);
        check(r, "group_weight", want[i].group_weight);
        check(r, "level2", want[i].level2);
        check(r, "name", want[i].name);
        check(r, "weight", want[i].weight);
        check(r, "score", want[i].score);
    }
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF: a narrow level-1 column wraps
 * 产出指标(40分) as 产出指 / 标(40分 / `)`, and the middle line stands
 * beside a row whose name wraps above and below it (新建全民健身路 / 径).
 * Aligned by order, the label's line was the row's name, the name's lines
 * joined round it (新建全民健身路标(40分径), and the label lost its rest. */
static const char layout_label_across_name[] =
    "              2021年度部门整体支出绩效自评表\n"
    "部门（单位）\n"
    "       [474000]潜山市体育局\n"
    "名称\n"
    "     一级指                      年度指标             偏差原因分析\n"
    "         二级指标        三级指标          实际完成值 分值 得分\n"
    "      标                         值               及改进措施\n"
    "\n"
    "                    新建社会足球场    =7个       7个        4     4\n"
    "\n"
    "                                                            受天气影响，\n"
    "                                                            项目开工时间\n"
    "                  举办全民健身赛 ≥１６场                              推迟，下一步\n"
    "                                        11场次       5    3.0\n"
    "             数量指标 事活动      次                                将加快施工进\n"
    "                                                            度，确保按期\n"
    "                                                            完成。\n"
    "     产出指\n"
    "                    新建全民健身路\n"
    "     标(40分                  >73条        ８２条        5    5.0\n"
    "                    径\n"
    "       )\n"
    "                    检验特种设备    =1000台    1000台      7     7\n"
    "                    健身设施验收合\n"
    "             质量指标           100％        100％       6     6\n"
    "绩效                  格率\n"
    "指标\n"
    "             时效指标 资金兑付及时性 按时完成 按时完成                7    6.5\n"
    "\n"
    "                              ≤１９４\n"
    "                                   ≤1940元/\n"
    "             成本指标 单位建设成本      ０元/平                 6     6\n"
    "                                    平方米\n"
    "                               方米\n"
    "\n"
    "\n"
    "                                   自评\n"
    "         总分                100               97.02\n"
    "                                   得分\n";

static void test_layout_label_across_name(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(layout_label_across_name);
    assert_int_equal(count_type(l, "indicator"), 7);
    static const struct {
        const char *name, *level2, *weight, *score;
    } want[] = {
        {"新建社会足球场", "数量指标", "4", "4"},
        {"举办全民健身赛事活动", "数量指标", "5", "3.0"},
        {"新建全民健身路径", "数量指标", "5", "5.0"},
        {"检验特种设备", NULL, "7", "7"},
    };
    for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
        const jx_record *r = nth(l, "indicator", i);
        check(r, "level1", "产出指标");
        check(r, "group_weight", "40");
        check(r, "name", want[i].name);
        if (want[i].level2)
            check(r, "level2", want[i].level2);
        check(r, "weight", want[i].weight);
        check(r, "score", want[i].score);
    }
    const jx_record *r = nth(l, "indicator", 2);
    check(r, "value", "73");
    check(r, "unit", "条");
    jx_record_list_free(l);
}

/* The header's last line holds only the rest of 偏差原因分析及 (改进措施,
 * longer than a short tail): it is the header's, not the first row's
 * deviation. */
static const char layout_header_tail[] =
    "                                    （2023）年度部门整体支出绩效自评表\n"
    "\n"
    "一级指标     二级指标            三级指标          年度指标值    实际完成值     分值      得分      偏差原因分析及\n"
    "                                                                                                       改进措施\n"
    "\n"
    "                         特困人员救助供养人数       ≥3,040人       3,077人        6        6\n"
    "\n"
    "                         城乡低保保障人数           ≥10,400人      6,945人        7       6.6\n"
    "\n"
    "                         临时救助人次              >2,430人次     2,503人次       6       5.5    受政策调整影响，部分\n"
    "                                                                                                 任务未能按计划实施。\n"
    "             数量指标\n"
    "                         困难残疾人生活补贴发放人    6,200人       6,489人        5       5.0\n"
    "                        总分                                         100      自评得分              91.60\n"
    "\n"
    "                             自评等级                                                           优\n";

static void test_layout_header_tail(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(layout_header_tail);
    assert_int_equal(count_type(l, "indicator"), 4);
    const jx_record *r = nth(l, "indicator", 0);
    check(r, "name", "特困人员救助供养人数");
    check_scored(r, "6", "6", NULL);
    r = nth(l, "indicator", 2);
    check(r, "name", "临时救助人次");
    check_scored(r, "6", "5.5", "受政策调整影响,部分任务未能按计划实施。");
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF: the header line sets `三级指标
 * 年度指标 实际完成值 分值` with single spaces, squeezed to the left of the
 * columns it heads; read by position, 分值 stood over the actual values and
 * every target, weight and score shifted a column. */
static void test_layout_squeezed_header(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-squeezed.txt");
    assert_int_equal(count_type(l, "indicator"), 12);
    const jx_record *r = nth(l, "indicator", 1);
    check(r, "name", "聘用生态护林员");
    check_value(r, ">=", "510", "number", "人");
    check_value(jx_record_get_record(r, "actual"), NULL, "510", "number", "人");
    check_scored(r, "3", "3", NULL);
    r = nth(l, "indicator", 8);
    check(r, "level1", "效益指标");
    check(r, "name", "带动林农增收");
    check_value(r, NULL, "410", "number", "万元");
    check_value(jx_record_get_record(r, "actual"), NULL, "439", "number", "万元");
    check_scored(r, "19", "19", NULL);
    r = nth(l, "indicator", 11);
    check(r, "name", "群众满意度");
    check_value(r, ">=", "91", "number", "%");
    check_scored(r, "7", "7", NULL);
    check(nth(l, "document", 0), "score_total", "85.28");
    jx_record_list_free(l);
}

/* An indicator row as read from a layout dump, checked field by field. */
typedef struct {
    int index; /* among the document's indicators */
    const char *name, *op, *value, *unit, *actual, *weight, *score, *deviation;
} layout_row;

/* Parses repository file `path` and checks each of `rows` (n entries). */
static void check_layout_rows(const char *path, const layout_row *rows, gsize n)
{
    jx_record_list *l = jx_test_parse_repo_file(path);
    for (gsize i = 0; i < n; i++) {
        const jx_record *r = nth(l, "indicator", rows[i].index);
        check(r, "name", rows[i].name);
        check_value(r, rows[i].op, rows[i].value, "number", rows[i].unit);
        check_value(jx_record_get_record(r, "actual"), NULL, rows[i].actual, "number",
                    rows[i].unit);
        check_scored(r, rows[i].weight, rows[i].score, rows[i].deviation);
    }
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF whose budget block, 年度总体目标
 * prose and indicator block stand in one table: the budget figures stood
 * where the indicator columns part, so the target column ran into the
 * actual one (`≥ 17.17 万平方 18.87万平方米`) and the level-1 column into
 * the level-2 one (`效益指标(30分 社会效益指标`).  Columns found for each
 * block on its own read both. */
static void test_layout_sections(void **state)
{
    (void)state;
    static const layout_row rows[] = {
        {1, "改造老旧小区建筑面积", ">=", "17.17", "万平方米", "18.87", "6", "5.8",
         "受天气影响,项目开工时间推迟,下一步将加快施工进度,确保按期完成。"},
        {9, "政策宣传覆盖率", ">=", "98", "%", "100", "17", "17", NULL},
    };
    check_layout_rows("tests/layout/selfeval-calc-sections.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-sections.txt");
    assert_int_equal(count_type(l, "indicator"), 12);
    check(nth(l, "indicator", 9), "level1", "效益指标");
    check(nth(l, "indicator", 9), "level2", "社会效益指标");
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF with narrow columns and a
 * header centred vertically over three lines: 分值, alone on the middle
 * line, stood in the column of 实际完成 / 值 above and below it, so no
 * column was the weights' and targets, weights and scores were misread.
 * It takes the empty column beside them. */
static void test_layout_centred_header(void **state)
{
    (void)state;
    static const layout_row rows[] = {
        {0, "新建全民健身路径", "=", "79", "条", "79", "12", "12", NULL},
        {1, "举办全民健身赛事活动", "=", "30", "场次", "30", "5", "5", NULL},
    };
    check_layout_rows("tests/layout/selfeval-calc-centred-header.txt", rows, G_N_ELEMENTS(rows));
}

/* pdftotext -layout of a spreadsheet's PDF with narrow columns: the
 * indicator header wraps over three lines and the wrapped pieces stand a
 * column off their cells (`值` under 三级指标 finishes 年度指标, `成值` under
 * 年度指标 finishes 实际完, `及` / `改进措施` finish 偏差原因分析).  Joined
 * by the column they stood under, no column was the targets' or the actual
 * values' and the table read as a score table. */
static void test_layout_header_aside(void **state)
{
    (void)state;
    static const layout_row rows[] = {
        {0, "安全生产培训人次", "=", "2300", "人次", "1851", "7", "7", NULL},
        {1, "排查整改安全隐患", "=", "2220", "处", "2220", "4", "4.0", NULL},
        {3, "开展安全生产执法检查", ">=", "140", "次", "158", "7", "7", NULL},
        {2, "储备应急救灾物资", ">=", "1500", "件", "1500", "7", "6.5", NULL},
    };
    check_layout_rows("tests/layout/selfeval-calc-header-aside.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-header-aside.txt");
    for (guint i = 0; i < 5; i++) {
        check(nth(l, "indicator", i), "level1", "产出指标");
        check(nth(l, "indicator", i), "level2", "数量指标");
    }
    check(nth(l, "indicator", 0), "category", "output.quantity");
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF whose dense header the dump
 * squeezed whole: 年度指标 / 实际完成 / 分值 / 得分 / 偏差原因分 stood
 * a column and more left of the targets, actual values, weights and scores
 * (`分值 得分 析及改进措` one space apart), and a wide actual value centred
 * off its column made a column of its own that the header words fell into.
 * The header words, in order, head the body's columns in order (extract's
 * order_squeezed_header); the table read no indicator before. */
static void test_layout_header_squeezed_left(void **state)
{
    (void)state;
    static const char *path = "tests/layout/selfeval-calc-header-squeezed-left.txt";
    static const layout_row rows[] = {
        {0, "培育新型农业经营主体", "=", "11", "家", "11", "7", "7", NULL},
        {1, "新增耕地灌溉面积", "=", "4100", "亩", "4100", "6", "6", NULL},
        {3, "政策知晓率", ">=", "88", "%", "92", "9", "8.8", NULL},
        {8, "受益群众满意度", ">=", "87", "%", "87", "10", "10.0", NULL},
    };
    check_layout_rows(path, rows, G_N_ELEMENTS(rows));
    jx_record_list *l = jx_test_parse_repo_file(path);
    assert_int_equal(count_type(l, "indicator"), 9);
    check(nth(l, "indicator", 5), "level1", "效益指标");
    check(nth(l, "indicator", 5), "level2", "经济效益指标");
    check_scored(nth(l, "indicator", 6), "13", "13.0", NULL);
    jx_record_list_free(l);
}

/* The same dump's funds block: its header wraps too (`年度` / `预算` /
 * `情况` the rows' caption, `全年预算` / `数`, `全年执` / `行数`, `执行` /
 * `率`); the caption, naming no column, failed the fold, so the block read
 * as a score table and gave no funds record. */
static void test_layout_funds_caption(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-header-aside.txt");
    assert_int_equal(count_type(l, "score"), 0);
    check_funds(nth(l, "funds", 0), "年度资金总额", "1273", "1273", "1273", "10", "100.00", "10");
    jx_record_list_free(l);
}

/* The same funds block's rates wrap after their point (`100.0` / `0%`),
 * the last line on a line of its own beside the block label's pieces
 * (`（万`): read as rows, they gave funds records with no item.  They finish
 * the figures of the item row above. */
static void test_layout_funds_figure_tails(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-header-aside.txt");
    assert_int_equal(count_type(l, "funds"), 3);
    check(nth(l, "funds", 0), "rate", "100.00");
    check(nth(l, "funds", 1), "item", "基本支出");
    check(nth(l, "funds", 1), "spent", "939");
    check(nth(l, "funds", 2), "item", "项目支出");
    check(nth(l, "funds", 2), "spent", "334");
    jx_record_list_free(l);
}

/* The same funds block's columns stand apart from its header's in the
 * layout reader's grid, so its rows are read by order; the 基本支出 and
 * 项目支出 rows print no weight or score, and by order their rate went to
 * the weight.  The total's row, every figure there, shows where each
 * figure stands. */
static void test_layout_funds_places(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-header-aside.txt");
    check_funds(nth(l, "funds", 1), "基本支出", "939", "939", "939", NULL, "100.00", NULL);
    check_funds(nth(l, "funds", 2), "项目支出", "334", "334", "334", NULL, "100.00", NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout of a word processor's PDF whose indicator header is
 * centred over three lines: `实际完成` / `值` above and below the middle
 * line, and the middle line's `分值 得分` set tight after 三级指标, 分值 in the
 * column of 实际完成 and 得分 in the weights'.  Stacked as they stood, the
 * column read 实际完成分值 (a weight), no column was the actual values' and
 * the table read as a score table; the run goes a column right, into the
 * column empty on all three lines. */
static void test_layout_centred_run(void **state)
{
    (void)state;
    static const layout_row rows[] = {
        {0, "专利授权量", ">=", "140", "件", "94", "7", "5.45",
         "受政策调整影响,部分任务未能按计划实施。"},
        {7, "档案资料完整率", NULL, "100", "%", "100", "4", "4.0", NULL},
    };
    check_layout_rows("tests/layout/selfeval-writer-centred-run.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-writer-centred-run.txt");
    check(nth(l, "indicator", 0), "level2", "数量指标");
    check(nth(l, "indicator", 6), "name", "特种设备定期检验率");
    check(nth(l, "indicator", 6), "level2", "质量指标");
    check(nth(l, "indicator", 6), "weight", "3");
    jx_record_list_free(l);
}

/* pdftotext -layout of a word processor's PDF whose header wraps in
 * narrow columns, the lower lines' pieces off their cells: `值` under
 * 年度指标值 finishes 实际完成, and `及` / `改进措施`, the rest of
 * 偏差原因分析, stand two columns left, under 分值.  Stacked by column, 分值
 * read 分值及改进措施 and 实际完成 named nothing: a score table. */
static void test_layout_deviation_aside(void **state)
{
    (void)state;
    static const layout_row rows[] = {
        {0, "发放一次性创业补贴", ">=", "520", "户", "388", "12", "5.23", NULL},
        {2, "档案资料完整率", ">=", "99", "%", "100", "10", "10", NULL},
        {3, "政策知晓率", ">=", "85", "%", "89.1", "8", "8", NULL},
    };
    check_layout_rows("tests/layout/selfeval-writer-deviation-aside.txt", rows,
                      G_N_ELEMENTS(rows));
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-writer-deviation-aside.txt");
    check(nth(l, "indicator", 0), "level1", "产出指标");
    check(nth(l, "indicator", 0), "level2", "数量指标");
    check(nth(l, "indicator", 3), "level2", "质量指标");
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF whose level-1 labels wrap inside
 * the group weight they print, each line of the merged cell beside a row
 * of its own: 产出指标(40 / a 质量指标 row / 分).  Not joined across the row
 * between, the pieces read as labels, 产出指标(40 and 分), and every row
 * below 分) lost its level 1. */
static void test_layout_weight_wrapped(void **state)
{
    (void)state;
    static const struct {
        const char *level1, *level2, *name, *category, *group_weight;
    } want[] = {
        {"产出指标", "数量指标", "修缮文物保护单位", "output.quantity", "40"},
        {"产出指标", "质量指标", "场馆免费开放服务达标率", "output.quality", "40"},
        {"产出指标", "时效指标", "项目完成时限", "output.timeliness", "40"},
        {"产出指标", "成本指标", "人均培训成本", "output.cost", "40"},
        {"效益指标", "经济效益指标", "带动文化旅游消费", "outcome.economic", "40"},
        {"满意度指标", "服务对象满意度指标", "群众满意度", "satisfaction.service", "10"},
    };
    static const int at[] = {0, 3, 4, 5, 6, 9};
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-weight-wrapped.txt");
    assert_int_equal(count_type(l, "indicator"), 10);
    for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
        const jx_record *r = nth(l, "indicator", at[i]);
        check(r, "level1", want[i].level1);
        check(r, "level2", want[i].level2);
        check(r, "name", want[i].name);
        check(r, "category", want[i].category);
        check(r, "group_weight", want[i].group_weight);
    }
    check_scored(nth(l, "indicator", 5), "4", "2.94", "受天气影响,项目开工时间推迟,下一步将加快施工进度,确保按期完成。");
    jx_record_list_free(l);
}

/* The same wrap whose pieces stay apart: 产出指标(5 on a line of its own,
 * 0分) in the level-1 column of the next row's middle line (a row whose name
 * wraps round its line, its target, actual value and scores where they
 * belong: taken as laid out).  The two are one label, 产出指标(50分); no row
 * reads 产出指标(5 as its level 1. */
static void test_layout_weight_apart(void **state)
{
    (void)state;
    static const struct {
        int at;
        const char *level2, *name, *category;
    } want[] = {
        {0, "数量指标", "困难残疾人生活补贴发放人数", "output.quantity"},
        {3, "数量指标", "新建社区居家养老服务中心", "output.quantity"},
        {5, "质量指标", "政策知晓率", "output.quality"},
        {6, "时效指标", "项目开工时间", "output.timeliness"},
        {7, "成本指标", "成本节约率", "output.cost"},
    };
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-weight-apart.txt");
    assert_int_equal(count_type(l, "indicator"), 11);
    for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
        const jx_record *r = nth(l, "indicator", want[i].at);
        check(r, "level1", "产出指标");
        check(r, "level2", want[i].level2);
        check(r, "name", want[i].name);
        check(r, "category", want[i].category);
        check(r, "group_weight", "50");
    }
    const jx_record *r = nth(l, "indicator", 8);
    check(r, "level1", "效益指标");
    check(r, "group_weight", "30");
    jx_record_list_free(l);
}

/* pdftotext -layout dumps (selfeval corpus) whose 总分 row the old reading
 * missed: the wrapped 自评得分's first line between the 总分 and the score
 * (calc self-dept s0009: `总分 | 100 | 自评得 | 85.28`, its header wrapped so
 * no one row names 实际完成值), the row alone on the last page outside any
 * grid (calc self-project s0026: `\f总分   100   自评   92.31`), the 总分 and
 * the score one space apart in one cell (writer self-project s0070:
 * `总分 | 100 94.78`), a level label's piece before the 总分 (calc self-dept
 * s0014: `标 | 总分 | 100 | 87.5`). */
static void test_layout_total_rows(void **state)
{
    (void)state;
    static const struct {
        const char *file, *score_total, *grade;
    } want[] = {
        {"tests/layout/selfeval-calc-total-label-piece.txt", "85.28", NULL},
        {"tests/layout/selfeval-calc-total-own-page.txt", "92.31", NULL},
        {"tests/layout/selfeval-writer-total-tight.txt", "94.78", "优"},
        {"tests/layout/selfeval-calc-total-after-label.txt", "87.5", "良"},
    };
    for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
        jx_record_list *l = jx_test_parse_repo_file(want[i].file);
        const jx_record *doc = nth(l, "document", 0);
        check(doc, "kind", "self-evaluation");
        check(doc, "weight_total", "100");
        check(doc, "score_total", want[i].score_total);
        check(doc, "grade", want[i].grade);
        jx_record_list_free(l);
    }
}

/* pdftotext -layout of a Calc PDF: the total score cut in its narrow 得分 cell after its first
 * decimal, the rest on a line of its own under it (`总分 | 100 91.0` / `8`): one score. */
static void test_layout_total_cut(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-total-cut.txt");
    const jx_record *doc = nth(l, "document", 0);
    check(doc, "weight_total", "100");
    check(doc, "score_total", "91.08");
    check(doc, "grade", "优");
    jx_record_list_free(l);
}

/* pdftotext -layout of a word processor's PDF (writer-pdf-layout, selfeval
 * self-dept s0009) whose head row sets its key and value cells one space
 * apart (`部门（单位）名称 桐城市林业局`): normalizing drops that space, so
 * the key was never found and the org was lost (as the project of a text
 * stream printing `项目名称 … 主管部门 …` on one line).  A space stands for
 * the colon only where a line's pieces alternate key and value: a header
 * line of two keys or a key before running text gives no value. */
static void test_layout_key_space_value(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-writer-key-space.txt");
    check(nth(l, "document", 0), "org", "桐城市林业局");
    jx_record_list_free(l);

    l = parse_text("项目名称 实施单位\n主管部门 负责实施项目的组织,按计划完成\n");
    check(nth(l, "document", 0), "project", NULL);
    check(nth(l, "document", 0), "org", NULL);
    jx_record_list_free(l);

    l = parse_text("项目名称\u3000乡村道路改造工程\n");
    check(nth(l, "document", 0), "project", "乡村道路改造工程");
    jx_record_list_free(l);

    /* two pairs on one line, as a text stream of the head rows prints them */
    l = parse_text("项目名称 农村危房改造补助资金 主管部门 某县住房和城乡建设局\n"
                   "实施单位 某县服务中心 年度资金总额(万元) 430.00\n");
    check(nth(l, "document", 0), "project", "农村危房改造补助资金");
    check(nth(l, "document", 0), "org", "某县住房和城乡建设局");
    check(nth(l, "document", 0), "implementer", "某县服务中心");
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0002) whose head row's 实施单位 cell wraps in two lines,
 * centred on the key's line: one line above it, one below, the key's own
 * line empty right of it.  The implementer was lost; the two pieces are its
 * value, and a lone piece on one side only (the funds header's `执行` below)
 * is not. */
static void test_layout_centred_value(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-centred-value.txt");
    const jx_record *doc = nth(l, "document", 0);
    check(doc, "implementer", "湘乡市人力资源和社会保障服务中心");
    check(doc, "org", "湘乡市人力资源和社会保障局");
    check(doc, "project", "就业补助资金");
    jx_record_list_free(l);
}

/* pdftotext -layout of spreadsheets' PDFs (calc-pdf-layout, selfeval
 * self-dept s0014 and s0019) whose head key wraps in its narrow column:
 * `部门（单位）` with the value beside it and `名称` on the next line, or
 * `部门（单位）`, the value centred on the line after and `名称` below.
 * Neither line was a key, and the org was lost.  A line that begins a key
 * and is not followed by its end gives nothing. */
static void test_layout_key_wrapped(void **state)
{
    (void)state;
    static const struct {
        const char *file, *org;
    } want[] = {
        {"tests/layout/selfeval-calc-key-wrapped.txt", "江华瑶族自治县应急管理局"},
        {"tests/layout/selfeval-calc-key-wrapped-centred.txt", "潜山市体育局"},
    };
    for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
        jx_record_list *l = jx_test_parse_repo_file(want[i].file);
        check(nth(l, "document", 0), "org", want[i].org);
        jx_record_list_free(l);
    }
    jx_record_list *l = parse_text("部门（单位） 某县林业局\n年度总体目标\n名称\n");
    check(nth(l, "document", 0), "org", NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout of spreadsheets' PDFs (calc-pdf-layout, selfeval
 * self-project s0026 and s0036) whose head row wraps onto the next line,
 * each rest under the cell it finishes: both values (`627-某市科学技术和工业
 * 信息化` / `局`, `627001-某市科学技术和` / `工业信息化服务中心`), or the key
 * of a narrow column (`实施单` / `位`).  The values were cut, the key not
 * found. */
static void test_layout_head_tails(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-head-tail-value.txt");
    check(nth(l, "document", 0), "org", "上饶市科学技术和工业信息化局");
    check(nth(l, "document", 0), "implementer", "上饶市科学技术和工业信息化服务中心");
    jx_record_list_free(l);
    l = jx_test_parse_repo_file("tests/layout/selfeval-calc-head-tail-key.txt");
    check(nth(l, "document", 0), "org", "宜宾市水利局");
    check(nth(l, "document", 0), "implementer", "宜宾市水利服务中心");
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0018) whose targets and actual values are set tight, one
 * space apart (`≥５２００亩 5,504亩`, `≤2,600万元 2,244万元`): the target keeps
 * its column, the actual value takes the free one beside it. */
static void test_layout_quantities_tight(void **state)
{
    (void)state;
    static const struct {
        int at;
        const char *level1, *level2, *name, *category, *op, *value, *actual, *unit, *weight,
            *score;
    } want[] = {
        {2, "产出指标", "数量指标", "新增造林面积", "output.quantity", ">=", "5200", "5504", "亩",
         "5", "5.0"},
        {5, "成本指标", "经济成本指标", "项目总成本", "cost.economic", "<=", "2600", "2244",
         "万元", "7", "7.0"},
    };
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-quantities-tight.txt");
    for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
        const jx_record *r = nth(l, "indicator", want[i].at);
        check(r, "level1", want[i].level1);
        check(r, "level2", want[i].level2);
        check(r, "name", want[i].name);
        check(r, "category", want[i].category);
        check_value(r, want[i].op, want[i].value, "number", want[i].unit);
        check_value(jx_record_get_record(r, "actual"), NULL, want[i].actual, "number",
                    want[i].unit);
        check_scored(r, want[i].weight, want[i].score, NULL);
    }
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-dept s0044) whose budget block is three rows, too few to give its
 * own columns, above the 年度总体目标 prose (label and two halves, as many
 * pieces as a body line): the indicator block below takes columns of its
 * own, the budget figures no longer parting its cells. */
static void test_layout_funds_short(void **state)
{
    (void)state;
    static const struct {
        int at;
        const char *level2, *name, *op, *value, *unit, *actual, *weight, *score;
    } want[] = {
        {0, "数量指标", "培训乡村医生人次", ">=", "1100", "人次", "1202", "8", "8"},
        {1, "数量指标", "新建标准化村卫生室", ">=", "21", "个", "22", "5", "5"},
        {2, "数量指标", "计划生育特别扶助对象人数", ">=", "2200", "人", "2115", "1", "0"},
        {3, "数量指标", "孕产妇系统管理人数", "=", "12700", "人", "12700", "5", "5.0"},
        {6, "质量指标", "政策知晓率", ">=", "95", "%", "83", "8", "5"},
    };
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-funds-short.txt");
    assert_int_equal(count_type(l, "indicator"), 12);
    for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
        const jx_record *r = nth(l, "indicator", want[i].at);
        check(r, "level1", "产出指标");
        check(r, "level2", want[i].level2);
        check(r, "name", want[i].name);
        check_value(r, want[i].op, want[i].value, "number", want[i].unit);
        check_value(jx_record_get_record(r, "actual"), NULL, want[i].actual, "number",
                    want[i].unit);
        check(r, "weight", want[i].weight);
        check(r, "score", want[i].score);
    }
    const jx_record *r = nth(l, "indicator", 11);
    check(r, "level1", "满意度指标");
    check(r, "level2", "服务对象满意度指标");
    check(r, "name", "服务对象满意度");
    check(r, "category", "satisfaction.service");
    jx_record_list_free(l);
}

/* An indicator's name, levels, category and deviation (NULL: not checked). */
typedef struct {
    guint at;
    const char *name, *level1, *level2, *category, *deviation;
} label_row;

/* Checks indicators of the file at `path` (`n_indicators` in all) against `want`. */
static void check_label_rows(const char *path, guint n_indicators, const label_row *want, gsize n)
{
    jx_record_list *l = jx_test_parse_repo_file(path);
    assert_int_equal(count_type(l, "indicator"), n_indicators);
    for (gsize i = 0; i < n; i++) {
        const jx_record *r = nth(l, "indicator", want[i].at);
        check(r, "name", want[i].name);
        check(r, "level1", want[i].level1);
        check(r, "level2", want[i].level2);
        check(r, "category", want[i].category);
        if (want[i].deviation)
            check(r, "deviation", want[i].deviation);
    }
    jx_record_list_free(l);
}

/* Indicators of whole layout dumps, each checked field by field: its
 * figures as check_layout_rows reads them, its labels as check_label_rows. */
typedef struct {
    layout_row figures;
    const char *level1, *level2, *category;
} whole_row;

#define WHOLE_ROWS_MAX 5

typedef struct {
    const char *path;
    guint n_indicators;
    whole_row rows[WHOLE_ROWS_MAX];
} whole_doc;

static void check_whole_doc(const whole_doc *doc)
{
    layout_row figures[WHOLE_ROWS_MAX];
    label_row labels[WHOLE_ROWS_MAX];
    gsize n = 0;
    for (; n < WHOLE_ROWS_MAX && doc->rows[n].figures.name; n++) {
        const whole_row *w = &doc->rows[n];
        figures[n] = w->figures;
        labels[n] = (label_row){(guint)w->figures.index, w->figures.name, w->level1, w->level2,
                                w->category, w->figures.deviation};
    }
    check_layout_rows(doc->path, figures, n);
    check_label_rows(doc->path, doc->n_indicators, labels, n);
}

/* Indicator headers centred over three lines in pdftotext -layout dumps,
 * whole:
 * - calc-pdf-layout selfeval self-project s0015 wraps its 年度总体目标's last
 *   characters onto a line of their own right above the header (`%。`).
 *   Short, with no figure, that piece read as the header's first line: the
 *   stack of four named no column as a target's and the document had no
 *   target table.  A full stop ends a sentence, never a column name.
 * - writer-pdf-layout selfeval self-project s0076 sets the middle line's
 *   `分值 得分` a column left of their columns (分值 under 实际完成), and the
 *   two-line label right of them (`偏差原因分析及改` / `进措施`) a column left
 *   too: no column was empty right of the run, the run stayed where it
 *   stood, 实际完成 read 实际完成分值值 (a weight) and the table read as a
 *   score table (no indicator).  The run and the labels after it go a
 *   column right, up to the empty column that ends the header
 * - s0015 also squeezes a line from its weight on (`31,831 册 12        7.0
 *   加强资金调度`: the weight one space after the actual value's unit, the
 *   score over the deviation column): its score and text stay one piece,
 *   or the text would open a column of its own and the deviation lines
 *   above it (部分资金拨付 / 滞后，今后将) read as a row. */
static void test_layout_centred_headers(void **state)
{
    (void)state;
    static const whole_doc docs[] = {
        {"tests/layout/selfeval-calc-header-after-prose.txt", 8,
         {{{0, "公益电影放映场次", "=", "2000", "场", "2000", "5", "5", NULL},
           "产出指标", "数量指标", "output.quantity"},
          {{2, "演出质量达标率", NULL, "100", "%", "61.9", "9", "6.90", NULL},
           "产出指标", "质量指标", "output.quality"},
          {{3, "资金拨付及时率", NULL, "100", "%", "100", "7", "7", NULL},
           "产出指标", "时效指标", "output.timeliness"},
          {{4, "项目预算控制率", "<", "100", "%", "79", "9", "9", NULL},
           "产出指标", "成本指标", "output.cost"},
          {{5, "惠及人口", "=", "25", "万人", "18", "16", "11.63", NULL},
           "效益指标", "社会效益指标", "outcome.social"}}},
        {"tests/layout/selfeval-writer-centred-run-aside.txt", 10,
         {{{0, "新增省级以上研发平台", ">=", "8", "个", "9", "5", "5", NULL},
           "产出指标", "数量指标", "output.quantity"},
          {{1, "企业研发费用后补助项目数", "=", "156", "项", "156", "8", "8", NULL},
           "产出指标", "数量指标", "output.quantity"},
          {{3, "项目验收合格率", NULL, "100", "%", "100", "6", "5.5",
            "实际需求少于预期,下一步将根据实际需求调整目标。"},
           "产出指标", "质量指标", "output.quality"},
          {{4, "资金使用合规率", ">=", "100", "%", "100", "5", "5.0", NULL},
           "产出指标", "质量指标", "output.quality"},
          {{7, "新产品销售收入增长", NULL, "9", "%", "6.7", "10", "10", NULL},
           "效益指标", "经济效益指标", "outcome.economic"}}},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(docs); i++)
        check_whole_doc(&docs[i]);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-dept) whose 年度总体目标 prose, a character a column, stands at a
 * third of the table's width on each line: the lines read as no prose, so
 * the budget block and the indicator block were read by one set of
 * columns, the budget figures filled the indicator block's valleys and the
 * names ran into their targets (`≥6个` for a name).  Counted at its printed
 * width the block of prose lines parts the table into its two sections. */
static void test_layout_squeezed_prose(void **state)
{
    (void)state;
    static const char *path = "tests/layout/selfeval-calc-squeezed-prose.txt";
    static const layout_row rows[] = {
        {0, "新建社区居家养老服务中心", ">=", "6", "个", "6", "7", "7", NULL},
        /* (its target's head `≥ 470` under the name's first line, its
         * own line the name's second: one row, see
         * test_layout_target_head_over_row) */
        {2, "孤儿基本生活费发放人数", ">=", "470", "人", "357", "8", "5.75",
         "实际需求少于预期,下一步将根据实际需求调整目标。"},
        {3, "特困人员救助供养人数", "=", "110", "人", "94", "4", "3.9", NULL},
        {6, "养老机构服务质量达标率", ">=", "98", "%", "100", "10", "9.5",
         "个别乡镇工作进度滞后,已督促整改。"},
        {8, "惠及人口", ">", "26", "万人", "17", "15", "15.0", NULL},
        {10, "服务对象满意度", ">=", "93", "%", "85.7", "10", "8.32",
         "受天气影响,项目开工时间推迟,下一步将加快施工进度,确保按期完成。"},
    };
    check_layout_rows(path, rows, G_N_ELEMENTS(rows));
    jx_record_list *l = jx_test_parse_repo_file(path);
    check(nth(l, "indicator", 6), "level2", "质量指标");
    check(nth(l, "indicator", 9), "level1", "效益指标");
    check(nth(l, "indicator", 9), "level2", "可持续影响指标");
    check(nth(l, "indicator", 10), "level1", "满意度指标");
    check(nth(l, "document", 0), "score_total", "94.25");
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-dept) whose last level-2 label wraps in its narrow column onto the
 * 总分 row's line (`服务对象满意度指` / `标 | 总分 | 100 | 87.5`): the row,
 * its first cell no footer word, read as a fourteenth indicator named 总分.
 * A label's tail that short before a footer word leaves the row a footer. */
static void test_layout_footer_after_label_tail(void **state)
{
    (void)state;
    static const whole_doc doc = {
        "tests/layout/selfeval-calc-footer-label-tail.txt", 13,
        {{{12, "社会公众满意度", ">=", "89", "%", "89", "5", "5", NULL},
          "满意度指标", "服务对象满意度指标", "satisfaction.service"}}};
    check_whole_doc(&doc);
    jx_record_list *l = jx_test_parse_repo_file(doc.path);
    check(nth(l, "document", 0), "score_total", "87.5");
    check(nth(l, "document", 0), "weight_total", "100");
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-dept s0024), whole, whose indicator header wraps over two lines in
 * narrow columns, both lower pieces a column left of their cells: `值`
 * under 三级指标 finishes 年度指标, `成值` under 年度指标 finishes 实际完.
 * Once 值 had taken 年度指标's column, 成值 went on in it (年度指标值成值) and
 * the document had no target table.  Its rows, parted by blank lines into
 * grids of their own columns, still run cells together (`产出指 数量指`,
 * `≥11,800 13,451`): only the rows that keep their cells apart are checked,
 * their figures. */
static void test_layout_header_two_aside(void **state)
{
    (void)state;
    static const layout_row rows[] = {
        {1, "新建标准化考点数", ">=", "12", "个", "14", "3", "3", NULL},
        {2, "资金使用合规率", "=", "100", "%", "82.8", "5", "5", NULL},
    };
    check_layout_rows("tests/layout/selfeval-calc-header-two-aside.txt", rows,
                      G_N_ELEMENTS(rows));
}

/* pdftotext -layout of a spreadsheet's PDF over three pages, each laid out
 * anew: the pages after the first set no row-header column (绩效指标), so
 * every column stands one left of the header's.  The placed cells show it;
 * the columns of fragments alone follow them — the level-1 labels centred
 * between rows (效益指标, 满意度指 / 标) are level-1 labels, not the row
 * header, and the wrapped 偏差原因 is the deviation, not a score. */
static void test_layout_pages_shifted(void **state)
{
    (void)state;
    static const label_row want[] = {
        {3, "补助对象识别精准率", "产出指标", "质量指标", "output.quality",
         "部分资金拨付滞后,今后将加强资金调度,提高预算执行效率。"},
        {6, "公共服务满意度提升", "效益指标", "社会效益指标", "outcome.social", NULL},
        {7, "长效管理机制", "效益指标", "可持续影响指标", "outcome.sustainability", NULL},
        {8, "社会公众满意度", "满意度指标", "服务对象满意度指标", "satisfaction.service", NULL},
    };
    check_label_rows("tests/layout/selfeval-calc-pages-shifted.txt", 9, want, G_N_ELEMENTS(want));
}

/* pdftotext -layout of spreadsheets' PDFs in narrow columns: a level label
 * wrapped over lines takes pieces of the cells beside it (`产出指` / `标（50`
 * / `分）` with the `标` of 数量指 / 标 → 产出指标(50标; 数量指标 with the
 * `校数` of 课后服务覆盖学 / 校数).  The standard label such a joined label
 * holds is its label. */
static void test_layout_labels_run_on(void **state)
{
    (void)state;
    static const label_row level1[] = {
        {3, "资金使用合规率", "产出指标", "质量指标", "output.quality", NULL},
        {6, "项目总成本", "产出指标", "成本指标", "output.cost", NULL},
    };
    check_label_rows("tests/layout/selfeval-calc-level1-run-on.txt", 9, level1,
                     G_N_ELEMENTS(level1));
    static const label_row level2[] = {
        {3, "新建学校食堂", "产出指标", "数量指标", "output.quantity", NULL},
    };
    check_label_rows("tests/layout/selfeval-calc-level2-run-on.txt", 10, level2,
                     G_N_ELEMENTS(level2));
}

/* pdftotext -layout of a spreadsheet's PDF (selfeval self-dept s0029): the
 * centred 数量指标 stands beside the wrapped rest of a row's name (`人数` of
 * 城乡居民养老保险参保 / 人数), a line below the row's figures, and no label
 * has a line of its own.  That is positioned text as well: its group is
 * found by the rows' lines, and the group's last row (食品安全抽检批次,
 * three lines under the label and two above 质量指标) stays in it, not in
 * the next label's. */
static void test_layout_level2_beside_wrapped_name(void **state)
{
    (void)state;
    static const label_row want[] = {
        {3, "发放一次性创业补贴", "产出指标", "数量指标", "output.quantity", NULL},
        {4, "食品安全抽检批次", "产出指标", "数量指标", "output.quantity", NULL},
        {5, "补贴资金发放准确率", "产出指标", "质量指标", "output.quality", NULL},
        {6, "档案资料完整率", "产出指标", "质量指标", "output.quality", NULL},
        {7, "年度任务完成时限", "产出指标", "时效指标", "output.timeliness", NULL},
    };
    check_label_rows("tests/layout/selfeval-calc-level2-beside-name.txt", 12, want,
                     G_N_ELEMENTS(want));
}

/* pdftotext -layout: a level label wrapped in its cell whose rest another
 * row took (`服务对象` over `满意度指标` beside the next label, `效益指` over a
 * `标` read elsewhere): the first line begins one standard label alone,
 * which is its label. */
static void test_layout_label_heads(void **state)
{
    (void)state;
    static const label_row level2[] = {
        {8, "服务对象满意度", "满意度指标", "服务对象满意度指标", "satisfaction.service", NULL},
        {9, "受益群众满意度", "满意度指标", "服务对象满意度指标", "satisfaction.service", NULL},
    };
    check_label_rows("tests/layout/selfeval-calc-level2-head.txt", 10, level2,
                     G_N_ELEMENTS(level2));
    static const label_row level1[] = {
        {6, "惠及人口", "效益指标", "社会效益指标", "outcome.social", NULL},
    };
    check_label_rows("tests/layout/selfeval-writer-level1-head.txt", 9, level1,
                     G_N_ELEMENTS(level1));
}

/* pdftotext -layout of a spreadsheet's PDF: a name after labels on its line
 * sits columns left of the names on lines of their own (`数量指标
 * 课后服务覆盖学` over `化解大班额班级`), and so does its wrapped rest (`校数`
 * under `（40分）`).  That is one name column, not two: the rest joins its
 * name. */
static void test_layout_name_drift(void **state)
{
    (void)state;
    static const label_row want[] = {
        {0, "课后服务覆盖学校数", "产出指标", "数量指标", "output.quantity", NULL},
        {3, "新建学校食堂", "产出指标", "数量指标", "output.quantity", NULL},
    };
    check_label_rows("tests/layout/selfeval-calc-name-drift.txt", 4, want, G_N_ELEMENTS(want));
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-name-drift.txt");
    const jx_record *r = nth(l, "indicator", 0);
    check_value(r, ">=", "200", "number", "所");
    check_scored(r, "5", "5", NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF whose names and targets drift
 * after the labels on their line, their wrapped rests alone on the line
 * below (`17个工作` / `日`, `公共服务满意度` / `提升`): each rest stands in the
 * column of the cell above it, and the targets keep their units. */
static void test_layout_rest_drift(void **state)
{
    (void)state;
    static const struct {
        guint at;
        const char *name, *level2, *op, *value, *unit, *weight, *score;
    } want[] = {
        {7, "审批办结时限", "时效指标", NULL, "17", "个工作日", "3", "1"},
        {8, "人均培训成本", "成本指标", "=", "1530", "元/人", "4", "4"},
        {9, "公共服务满意度提升", "社会效益指标", ">=", "4", "个百分点", "21", "13"},
        {10, "长效管理机制", "可持续影响指标", NULL, "建立健全", NULL, "19", "19"},
    };
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-name-rest-drift.txt");
    for (gsize i = 0; i < G_N_ELEMENTS(want); i++) {
        const jx_record *r = nth(l, "indicator", want[i].at);
        assert_non_null(r);
        check(r, "name", want[i].name);
        check(r, "level2", want[i].level2);
        check(r, "op", want[i].op);
        check(r, "value", want[i].value);
        check(r, "unit", want[i].unit);
        check(r, "weight", want[i].weight);
        check(r, "score", want[i].score);
    }
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0011) whose cells are set at the rows' tops and every name
 * wraps below its row (`化解大班额班级 … 35个` / `数` / `资助家庭经济困 …`):
 * a fragment between two rows that each wrap is no centred cell's half
 * when the row above took no line above its own — `数` ends that row's
 * name, not the next one's. */
static void test_layout_rows_wrap_below(void **state)
{
    (void)state;
    static const label_row want[] = {
        {0, "课后服务覆盖学校数", "产出指标", "数量指标", "output.quantity", NULL},
        {1, "化解大班额班级数", "产出指标", "数量指标", "output.quantity", NULL},
        {2, "资助家庭经济困难学生人数", "产出指标", "数量指标", "output.quantity", NULL},
        {3, "新建学校食堂", "产出指标", "数量指标", "output.quantity", NULL},
        {4, "残疾儿童少年义务教育入学率", "产出指标", "质量指标", "output.quality", NULL},
        {5, "工作任务完成及时性", "产出指标", "时效指标", "output.timeliness", NULL},
    };
    check_label_rows("tests/layout/selfeval-calc-rows-wrap-below.txt", 10, want,
                     G_N_ELEMENTS(want));
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0020) whose columns drift onto their neighbours' on a row's
 * line, their rests with them on the next (`可持续影 全民健身设施管` over
 * `响指标 护机制`; `大于等于12` over `场次` in the column the header gives
 * 三级指标): the rest under a cell finishes it (可持续影响指标, the unit
 * 场次), not the name. */
static void test_layout_label_rest_drift(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-label-rest-drift.txt");
    const jx_record *r = nth(l, "indicator", 0);
    check(r, "value", "12");
    check(r, "unit", "场次");
    jx_record_list_free(l);
    static const label_row want[] = {
        {0, "举办全民健身赛事活动", "产出指标", "数量指标", "output.quantity", NULL},
        {5, "服务能力和水平", "效益指标", "社会效益指标", "outcome.social", NULL},
        {6, "全民健身设施管护机制", "效益指标", "可持续影响指标", "outcome.sustainability", NULL},
        {7, "群众满意度", "满意度指标", "服务对象满意度指标", "satisfaction.service", NULL},
    };
    check_label_rows("tests/layout/selfeval-calc-label-rest-drift.txt", 8, want,
                     G_N_ELEMENTS(want));
}

/* pdftotext -layout of a spreadsheet's PDF: a level-1 label wrapped right
 * after its weight's bracket (`产出指标(` over `40分)`), on the line of a row
 * whose name wraps round it: the cell is the level-1 label, not the name,
 * and the rows above it are its group's. */
static void test_layout_level1_bracket(void **state)
{
    (void)state;
    static const label_row want[] = {
        {0, "快检食品数量", "产出指标", "数量指标", "output.quantity", NULL},
        {4, "特种设备定期检验率", "产出指标", "质量指标", "output.quality", NULL},
        {6, "年度任务完成时限", "产出指标", "时效指标", "output.timeliness", NULL},
    };
    check_label_rows("tests/layout/selfeval-calc-level1-bracket.txt", 14, want,
                     G_N_ELEMENTS(want));
}

/* pdftotext -layout of a word processor's PDF with vertically centred
 * cells: 偏差原因分析及 / 改进措施 wraps under the header line (the rest is
 * the header's, not the first row's 偏差原因), and a two-line 偏差原因 stands
 * one line above its row's line and one below. */
static void test_layout_centred_deviation(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-writer-centred.txt");
    const jx_record *doc = nth(l, "document", 0);
    check(doc, "weight_total", "100");
    check(doc, "score_total", "91.60");
    const jx_record *r = nth(l, "indicator", 0);
    check(r, "name", "特困人员救助供养人数");
    check_scored(r, "6", "6", NULL);
    r = nth(l, "indicator", 1);
    check(r, "name", "城乡低保保障人数");
    check_scored(r, "7", "6.6", NULL);
    r = nth(l, "indicator", 2);
    check(r, "name", "临时救助人次");
    check_value(r, ">", "2430", "number", "人次");
    check_scored(r, "6", "5.5", "受政策调整影响,部分任务未能按计划实施。");
    r = nth(l, "indicator", 9);
    check(r, "level1", "效益指标");
    check(r, "level2", "可持续影响指标");
    check(r, "name", "管理制度健全性");
    check(r, "weight", "16");
    check(r, "score", "11.28");
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout) with cells
 * centred vertically: a 偏差原因 of three lines centred on its row's line
 * (`满意度调查样本偏少，` / `… 下一步将扩大调查范围` / `。`) has the line of
 * its level-1 label (`效益指标`), centred on the rows it spans, between its
 * first line and its row.  The first line went to the row above (社会影响力,
 * no 偏差原因 of its own), or, sent down, to the labels' row, which gives no
 * record; the labels stay where they were. */
static void test_layout_deviation_round_label(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-calc-deviation-round-label.txt");
    const jx_record *r = nth(l, "indicator", 8);
    check(r, "name", "社会影响力");
    check(r, "level1", "效益指标");
    check(r, "level2", "社会效益指标");
    check_scored(r, "14", "13.50", NULL);
    r = nth(l, "indicator", 9);
    check(r, "name", "管理制度健全性");
    check(r, "level1", "效益指标");
    check(r, "level2", "可持续影响指标");
    check(r, "weight", "16");
    check(r, "score", "11.28");
    const char *deviation = jx_record_get_string(r, "deviation");
    assert_non_null(deviation);
    assert_true(g_str_has_prefix(deviation, "满意度调查样本偏少,下一步将扩大调查范围。"));
    r = nth(l, "indicator", 10);
    check(r, "name", "救助对象满意度");
    check(r, "level1", "满意度指标");
    check(r, "level2", "服务对象满意度指标");
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-dept s0064): a 偏差原因 of three lines spread over its row's lines and
 * the lines between, among the neighbours' wrapped targets (`年底前部分合同`
 * alone above `=3980批`, `尚未结算，资金` on the row's line, `将于次年支付。`
 * alone after `次`).  The first line went to the row above (开展执法检查, no
 * 偏差原因 of its own), the last to the row below (快检食品数量), and the
 * next row's closing `目标。` to 特种设备定期检验率: the sentence mark says
 * where each cell ends. */
static void test_layout_deviation_spread(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-deviation-spread.txt");
    const jx_record *r = nth(l, "indicator", 2);
    check(r, "name", "开展执法检查");
    check_scored(r, "7", "7", NULL);
    r = nth(l, "indicator", 3);
    check(r, "name", "食品安全抽检批次");
    check_scored(r, "4", "1.6", "年底前部分合同尚未结算,资金将于次年支付。");
    r = nth(l, "indicator", 4);
    check(r, "name", "快检食品数量");
    check_scored(r, "7", "7", NULL);
    r = nth(l, "indicator", 5);
    check(r, "name", "计划生育特别扶助对象人数");
    check_scored(r, "1", "0.5", "实际需求少于预期,下一步将根据实际需求调整目标。");
    r = nth(l, "indicator", 6);
    check(r, "name", "特种设备定期检验率");
    check_scored(r, "3", "3", NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-dept s0094): a 偏差原因 of six lines centred on its row's line
 * (资金使用合规率, none of it there), its first three between the row above
 * (开展执法检查, no 偏差原因) and the row, two of them beside the level-1
 * label's lines (`产出指标` / `（40分）`), none closing a sentence: they went
 * to the row above.  Likewise `满意度调查样` / `本偏少，下一` above
 * 救助对象满意度 went to 兜底保障能力. */
static void test_layout_deviation_over_labels(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-calc-deviation-over-labels.txt");
    /* (a target's head over its row's line, `不低于2,60` / `临时救助人次 …`
     * / `0人次`: see test_layout_target_head_over_row) */
    const jx_record *r = nth(l, "indicator", 1);
    check(r, "name", "临时救助人次");
    check_value(r, ">=", "2600", "number", "人次");
    check_scored(r, "7", "7", NULL);
    r = nth(l, "indicator", 3);
    check(r, "name", "开展执法检查");
    check_scored(r, "3", "3", NULL);
    r = nth(l, "indicator", 4);
    check(r, "name", "资金使用合规率");
    const char *deviation = jx_record_get_string(r, "deviation");
    assert_non_null(deviation);
    assert_true(g_str_has_prefix(deviation, "项目前期论证不充分,指标设置偏高,今后将科学合理"));
    r = nth(l, "indicator", 8);
    check(r, "name", "兜底保障能力");
    check_scored(r, "30", "30", NULL);
    r = nth(l, "indicator", 9);
    check(r, "name", "救助对象满意度");
    check_scored(r, "5", "2.90", "满意度调查样本偏少,下一步将扩大调查范围。");
    jx_record_list_free(l);
}

/* pdftotext -layout of a word processor's PDF (writer-pdf-layout, selfeval
 * self-project s0098): a 偏差原因's first line (`受政策调整影响，部`) alone
 * between the row above (食品安全监管长效机制, no 偏差原因) and the label
 * pieces over the row it belongs to (企业满意度, `分任务未能按计划实` on its
 * line): the row above took it. */
static void test_layout_deviation_below_labels(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-writer-deviation-below-labels.txt");
    guint n = count_type(l, "indicator");
    assert_true(n >= 2);
    const jx_record *r = nth(l, "indicator", n - 2);
    check(r, "name", "食品安全监管长效机制");
    check_scored(r, "16", "16", NULL);
    r = nth(l, "indicator", n - 1);
    check(r, "name", "企业满意度");
    check_scored(r, "10", "5", "受政策调整影响,部分任务未能按计划实施。");
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0018) whose second page is laid out afresh: six columns
 * against the header's ten, the first one mixing level-1 and level-2 label
 * pieces (`可持续影` over `响指标` in the names' column).  The page did not
 * continue the table and its rows were not read; read from the weight and
 * score columns, they are the table's, the level-2 label's last piece on
 * its label, not on the name. */
static void test_layout_scored_page(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-scored-page.txt");
    const jx_record *r = nth(l, "indicator", 9);
    check(r, "name", "政策宣传覆盖率");
    check(r, "level1", "效益指标");
    check(r, "level2", "社会效益指标");
    check_value(r, NULL, "100", "number", "%");
    check_value(jx_record_get_record(r, "actual"), NULL, "100", "number", "%");
    check_scored(r, "5", "5", NULL);
    r = nth(l, "indicator", 10);
    check(r, "name", "持续发挥效益");
    check(r, "level1", "效益指标");
    check(r, "level2", "可持续影响指标");
    check_value(r, NULL, "长期", "text", NULL);
    check_value(jx_record_get_record(r, "actual"), NULL, "长期", "text", NULL);
    check_scored(r, "9", "9", NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0047) whose second page is laid out afresh, six columns
 * against the header's ten, each row's target and actual one space apart
 * in one cell (`1.96平方米 2.14平方米`, `>95% 71%`).  The page did not
 * continue the table and its rows were not read; read from the weight and
 * score columns, the cell holding two values is parted into the target
 * and the actual. */
static void test_layout_scored_page_paired(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-calc-scored-page-paired.txt");
    assert_int_equal(count_type(l, "indicator"), 12);
    const jx_record *r = nth(l, "indicator", 8);
    check(r, "name", "人均体育场地面积");
    check(r, "level1", "效益指标");
    check(r, "level2", "社会效益指标");
    check_value(r, NULL, "1.96", "number", "平方米");
    check_value(jx_record_get_record(r, "actual"), NULL, "2.14", "number", "平方米");
    check_scored(r, "19", "19", NULL);
    r = nth(l, "indicator", 9);
    check(r, "name", "政策宣传覆盖率");
    check_value(r, ">", "95", "number", "%");
    check_value(jx_record_get_record(r, "actual"), NULL, "71", "number", "%");
    check_scored(r, "21", "15.12", NULL);
    r = nth(l, "indicator", 10);
    check(r, "name", "社会公众满意度");
    check(r, "level2", "服务对象满意度指标");
    check_value(r, ">=", "92", "number", "%");
    check_value(jx_record_get_record(r, "actual"), NULL, "92.3", "number", "%");
    check_scored(r, "4", "3.5", NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout of a word processor's PDF (writer-pdf-layout, selfeval
 * self-dept s0024) whose second page is laid out afresh, five columns
 * against the header's eleven, the level-1 and level-2 label columns merged
 * one blank apart in one cell (`成本指 经济成`, `效益指 社会效`).  The page did
 * not continue the table and its rows were not read; read from the weight
 * and score columns, the merged cell is parted into the level-1 piece and
 * the level-2 one, so the rows keep their own levels. */
static void test_layout_scored_page_labels_merged(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file(
        "tests/layout/selfeval-writer-scored-page-labels-merged.txt");
    const jx_record *r = nth(l, "indicator", 8);
    check(r, "name", "成本节约率");
    check(r, "level1", "成本指标");
    check(r, "level2", "经济成本指标");
    check_value(r, ">=", "5", "number", "%");
    check_value(jx_record_get_record(r, "actual"), NULL, "5", "number", "%");
    check_scored(r, "4", "4", NULL);
    r = nth(l, "indicator", 9); /* `标(10 本指标`, `分)` below: the labels go on */
    check(r, "name", "单位建设成本");
    check(r, "level1", "成本指标");
    check(r, "level2", "经济成本指标");
    check_scored(r, "6", "6.0", NULL);
    r = nth(l, "indicator", 10);
    check(r, "name", "惠及人口");
    check(r, "level1", "效益指标");
    check(r, "level2", "社会效益指标");
    check_value(r, ">=", "28", "number", "万人");
    check_value(jx_record_get_record(r, "actual"), NULL, "28", "number", "万人");
    check_scored(r, "30", "30", NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0021) whose second page, laid out afresh, holds one row:
 * the labels merged (`满意度 服务对`), the weight and the score one blank
 * apart (`10 8`), the level-1 label's last line `0分）` under the merged
 * cell and the level-2's `度指标` in the names' column.  One row's pair of
 * numbers may be a total's, so the page was not read; a row carrying its
 * labels is an indicator's, and the label pieces go to their levels. */
static void test_layout_scored_row_labels_merged(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file(
        "tests/layout/selfeval-calc-scored-row-labels-merged.txt");
    const jx_record *r = nth(l, "indicator", 7);
    check(r, "name", "群众满意度");
    check(r, "level1", "满意度指标");
    check(r, "level2", "服务对象满意度指标");
    check_value(r, "=", "94", "number", "%");
    check_value(jx_record_get_record(r, "actual"), NULL, "63.8", "number", "%");
    check_scored(r, "10", "8", "受天气影响,项目开工时间推迟,下一步将加快施工进度,确保按期完成。");
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout) with cells
 * centred vertically: the 总分 row's score, wrapped after its first decimal
 * in the narrow 得分 column, stands one line above the row (`92.6`) and one
 * below (`0`).  Neither the total nor the 总分 was read, and the score's
 * first line joined the last indicator's 实际完成值 (`89百分比92.6`). */
static void test_layout_total_round_score(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-total-round-score.txt");
    const jx_record *doc = nth(l, "document", 0);
    check(doc, "score_total", "92.60");
    check(doc, "weight_total", "100");
    check(doc, "grade", "优");
    guint n = count_type(l, "indicator");
    assert_true(n > 0);
    const jx_record *r = nth(l, "indicator", n - 1);
    check(r, "name", "受益群众满意度");
    check_value(jx_record_get_record(r, "actual"), NULL, "89", "number", "%");
    check_scored(r, "10", "4.0", NULL);
    jx_record_list_free(l);
    /* a word processor's PDF (writer-pdf-layout): the rest (`4`) is the
     * text's last line, which the layout left outside the grid */
    l = jx_test_parse_repo_file("tests/layout/selfeval-writer-total-rest-outside.txt");
    doc = nth(l, "document", 0);
    check(doc, "score_total", "93.84");
    check(doc, "weight_total", "100");
    jx_record_list_free(l);
    /* set on the 总分 row one space after the 总分 (`总分  100 88.2`), its
     * rest (`7`) the text's last line, outside the grid */
    l = jx_test_parse_repo_file("tests/layout/selfeval-calc-total-rest-next-line.txt");
    doc = nth(l, "document", 0);
    check(doc, "score_total", "88.27");
    check(doc, "weight_total", "100");
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout), its first
 * twelve lines: the 实施单位 key and its value one space apart, the value's
 * wrapped rest (`务中心`) under the key.  The rest finished the key
 * (`实施单位务中心`), no key, and the implementer was lost. */
static void test_layout_value_rest_under_key(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-calc-value-rest-under-key.txt");
    const jx_record *doc = nth(l, "document", 0);
    check(doc, "implementer", "泰和县人力资源和社会保障服务中心");
    check(doc, "org", "泰和县人力资源和社会保障局");
    check(doc, "project", "城乡居民基本养老保险补助资金");
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout): the header's
 * 得分 stands over the column the 总分 row's 总分 (`100`) falls in, the
 * score (`97.69`) a column right of it.  The 总分 was read as the score. */
static void test_layout_total_score_column_off(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-calc-total-score-column-off.txt");
    const jx_record *doc = nth(l, "document", 0);
    check(doc, "score_total", "97.69");
    check(doc, "weight_total", "100");
    check(doc, "grade", "优");
    jx_record_list_free(l);
}

static void test_layout_wrapped_funds(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(layout_wrapped_funds);
    assert_int_equal(count_type(l, "funds"), 4);
    check_funds(nth(l, "funds", 0), "年度资金总额", "2386.59", "2367.94", "2328.52", "10", "98.34",
                "9.83");
    check_funds(nth(l, "funds", 1), "其中:本年财政拨款", "2061.43", "2061.43", "2061.43", NULL,
                "100.00", NULL);
    check_funds(nth(l, "funds", 2), "上年结转资金", "174.15", "155.50", "116.08", NULL, "74.65",
                NULL);
    check_funds(nth(l, "funds", 3), "其他资金", "151.01", "151.01", "151.01", NULL, "100.00", NULL);
    jx_record_list_free(l);
}

/* One funds record as expected: item and the six figures. */
typedef struct {
    const char *item, *planned, *adjusted, *spent, *weight, *rate, *score;
} funds_row;

/* Parses repository file `path` and checks that its funds records are `rows`
 * (n entries), field by field. */
static void check_funds_file(const char *path, const funds_row *rows, gsize n)
{
    jx_record_list *l = jx_test_parse_repo_file(path);
    assert_int_equal(count_type(l, "funds"), n);
    for (gsize i = 0; i < n; i++)
        check_funds(nth(l, "funds", (guint)i), rows[i].item, rows[i].planned, rows[i].adjusted,
                    rows[i].spent, rows[i].weight, rows[i].rate, rows[i].score);
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0091) whose funds header is centred over three lines
 * (全年执行 / 数 around the middle one): the middle line's one-line labels
 * `分值 执行率` stand a column left, 分值 under 全年执行.  They move right
 * together into the free column, so the figures below keep their fields.
 * (The 全年执行数 figures wrap, `2196.417` / `1`: their tails are no part
 * of this test.) */
static void test_layout_funds_label_run(void **state)
{
    (void)state;
    static const funds_row rows[] = {
        {"年度资金总额", "2591.0199", "2196.4171", NULL, "10", "100", "10"},
        {"财政拨款", "2591.0199", "2196.4171", NULL, NULL, "100", NULL},
        {"上年结转资金", "0", "0", "0", NULL, NULL, NULL},
        {"其他资金", "0", "0", "0", NULL, NULL, NULL},
    };
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-funds-label-run.txt");
    assert_int_equal(count_type(l, "funds"), G_N_ELEMENTS(rows));
    for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
        const jx_record *r = nth(l, "funds", i);
        check(r, "item", rows[i].item);
        check(r, "planned", rows[i].planned);
        check(r, "adjusted", rows[i].adjusted);
        if (rows[i].spent)
            check(r, "spent", rows[i].spent);
        check(r, "weight", rows[i].weight);
        check(r, "rate", rows[i].rate);
        check(r, "score", rows[i].score);
    }
    jx_record_list_free(l);
}

/* pdftotext -layout: a funds block cut by its label's first line (the rows below a grid of their
 * own), two header words and two figures in one cell each: the figures are placed by their
 * shape. */
static void test_layout_funds_split(void **state)
{
    (void)state;
    static const funds_row rows[] = {
        {"年度资金总额", NULL, "1908.57", "1908.57", "20", "100", "20.00"},
        {"其中:当年财政拨款", NULL, "1908.57", "1908.57", NULL, NULL, NULL},
        {"上年结转资金", NULL, "0.00", "0.00", NULL, NULL, NULL},
        {"其他资金", NULL, "0.00", "0.00", NULL, NULL, NULL},
    };
    check_funds_file("tests/layout/selfeval-calc-funds-split.txt", rows, G_N_ELEMENTS(rows));
}

/* pdftotext -layout (calc-pdf-layout, selfeval self-project s0032): the funds block's label wraps
 * at the margin (`项目资金(` / `万元)`), its first line alone between two rows.  The rows below it
 * line up with the row above and stay in one table with it, so its figures keep their columns. */
/* The funds block of selfeval self-project s0032, read from every converter's dump of it. */
static const funds_row s0032_funds[] = {
    {"年度资金总额", "2611.08", "2665.91", "2189.70", "10", "82.1", "8.21"},
    {"其中:财政拨款", "2611.08", "2665.91", "2189.70", NULL, NULL, NULL},
    {"上年结转资金", NULL, NULL, NULL, NULL, NULL, NULL},
    {"其他资金", NULL, NULL, NULL, NULL, NULL, NULL},
};

static void test_layout_funds_label_between_rows(void **state)
{
    (void)state;
    check_funds_file("tests/layout/selfeval-calc-funds-label-between.txt", s0032_funds,
                     G_N_ELEMENTS(s0032_funds));
}

/* pdftotext -layout (calc-pdf-layout, selfeval self-project s0040, its first 50 lines): a name
 * and its target set tight (`安全生产培训人次 ≥4600人次 4600人次`) part at the target's sign, the
 * actual value moving on a column; a row whose name wraps round its line (`灾后救助资金下达` /
 * `时限`) keeps its text target (`灾后10日内`) in the target's column, its actual value and scores
 * in theirs, instead of reading it as the missing name. */
static void test_layout_name_target_tight(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-name-target-tight.txt");
    assert_int_equal(count_type(l, "indicator"), 9);
    const jx_record *r = nth(l, "indicator", 2);
    check(r, "name", "安全生产培训人次");
    check(r, "level1", "产出指标");
    check(r, "level2", "数量指标");
    check_value(r, ">=", "4600", "number", "人次");
    check_value(jx_record_get_record(r, "actual"), NULL, "4600", "number", "人次");
    check_scored(r, "7", "7", NULL);
    r = nth(l, "indicator", 6);
    check(r, "name", "灾后救助资金下达时限");
    check(r, "level1", "产出指标");
    check(r, "level2", "时效指标");
    check_value(r, NULL, "灾后10日内", "text", NULL);
    check_value(jx_record_get_record(r, "actual"), NULL, "基本达到", "text", NULL);
    check_scored(r, "4", "4", NULL);
    r = nth(l, "indicator", 7);
    check(r, "name", "项目预算控制率");
    check_value(r, "<=", "100", "number", "%");
    check_scored(r, "6", "6", NULL);
    jx_record_list_free(l);
}

/* The indicator named `name` of `l`, or fails. */
static const jx_record *indicator_called(const jx_record_list *l, const char *name)
{
    for (guint k = 0; k < jx_record_list_length(l); k++) {
        const jx_record *r = jx_record_list_get(l, k);
        if (g_strcmp0(jx_record_type(r), "indicator") == 0 &&
            g_strcmp0(jx_record_get_string(r, "name"), name) == 0)
            return r;
    }
    fail_msg("no indicator %s", name);
    return NULL;
}

/* pdftotext -layout of self-evaluations (writer-pdf-layout self-project s0025, calc-pdf-layout
 * self-dept s0024): a date's words keep the column of its first word (dates_keep_column, for
 * a date wider than its column), but a target's date set tight against the actual one's
 * (`2023 年 6 月 2023 年 6 月`) is two dates, and a score before a deviation that opens with
 * 年 (`2.72 年底前部分合`) no date at all: the actual date and the score stay in their columns. */
static void test_layout_dates_keep_apart(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-writer-dates-tight.txt");
    const jx_record *r = indicator_called(l, "年度任务完成时限");
    check_value(r, "<=", "2023-06-30", "date", NULL);
    check_value(jx_record_get_record(r, "actual"), NULL, "2023-06-30", "date", NULL);
    check_scored(r, "8", "8", NULL);
    jx_record_list_free(l);
    l = jx_test_parse_repo_file("tests/layout/selfeval-calc-score-before-year-words.txt");
    r = indicator_called(l, "补助对象识别精准率");
    check_value(r, "=", "100", "number", "%");
    check(r, "score", "2.72");
    jx_record_list_free(l);
}

/* pdftotext -layout (calc-pdf-layout, selfeval self-project s0038, its first 40 lines): a row
 * whose target and actual value both wrap round its line (`≤2021年12月2` / `0日`, `2022年6月28` /
 * `日`), nothing of either on it: the actual value, its lines joined, is read like the target. */
static void test_layout_actual_round_row(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-actual-round-row.txt");
    const jx_record *r = nth(l, "indicator", 6);
    check(r, "name", "年度任务完成时限");
    check(r, "level2", "时效指标");
    check_value(r, "<=", "2021-12-20", "date", NULL);
    const jx_record *actual = jx_record_get_record(r, "actual");
    check_value(actual, NULL, "2022-06-28", "date", NULL);
    check(actual, "text", "2022年6月28日");
    check_scored(r, "5", "3.68", "年底前部分合同尚未结算,资金将于次年支付。");
    r = nth(l, "indicator", 5);
    check(r, "name", "不合格食品核查处置率");
    check_value(jx_record_get_record(r, "actual"), NULL, "80", "number", "%");
    check(jx_record_get_record(r, "actual"), "text", "80%");
    jx_record_list_free(l);
}

/* pdftotext -layout (calc-pdf-layout, selfeval self-dept s0074, its title and indicator block):
 * a spreadsheet's PDF sets the rows tight, one line under the other, and leaves two blank lines
 * under a deviation text wrapped over four lines.  The rows after each such gap (除险加固小型水库,
 * 政策知晓率 at the page's foot, 惠及人口 and 森林资源管护长效机制 on the next page) are more rows
 * of the table, not tables of their own without a header: all 14 are read. */
static void test_layout_dense_double_blank(void **state)
{
    (void)state;
    static const whole_doc doc = {
        "tests/layout/selfeval-calc-double-blank.txt",
        14,
        {{{4, "政策知晓率", ">=", "80", "%", "75.9", "3", "3", NULL},
          "产出指标", "质量指标", "output.quality"},
         {{9, "惠及人口", ">=", "4", "万人", "4", "6", "6", NULL},
          "效益指标", "社会效益指标", "outcome.social"},
         {{10, "公共服务满意度提升", ">=", "4", "个百分点", "2", "2", "1.63",
           "个别乡镇工作进度滞后,已督促整改。"},
          "效益指标", "社会效益指标", "outcome.social"},
         {{11, "森林覆盖率", NULL, "58.7", "%", "39.6", "8", "4.0",
           "项目前期论证不充分,指标设置偏高,今后将科学合理设定绩效目标。"},
          "效益指标", "生态效益指标", "outcome.ecological"},
         {{13, "服务对象满意度", ">=", "95", "%", "98.1", "10", "10.0", NULL},
          "满意度指标", "服务对象满意度指标", "satisfaction.service"}},
    };
    check_whole_doc(&doc);
}

/* pdftotext -layout (calc-pdf-layout, selfeval self-dept): a name as wide as its column and its
 * target set one space apart (`聘用生态护林 ≥670人`, the name's rest `员` on the line below): two
 * cells, the target its column's — not one piece in the names' column with the target inside. */
static void test_layout_name_target_unit_tight(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-name-target-unit-tight.txt");
    const jx_record *r = nth(l, "indicator", 2);
    check(r, "name", "聘用生态护林员");
    check(r, "level1", "产出指标");
    check(r, "level2", "数量指标");
    check_value(r, ">=", "670", "number", "人");
    check_value(jx_record_get_record(r, "actual"), NULL, "637", "number", "人");
    check(r, "weight", "3");
    jx_record_list_free(l);
}

/* pdftotext -layout (calc-pdf-layout, selfeval self-project s0033): a score and the first line
 * of its row's deviation text set one space apart (`9      4.4 受天气影响，项`, `6      5.8
 * 部分资金拨付滞`): two cells, the score its column's, the text the deviation column's — not one
 * piece filling the gap between the two columns. */
static void test_layout_score_deviation_tight(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-calc-score-deviation-tight.txt");
    const jx_record *r = nth(l, "indicator", 0);
    check(r, "name", "城乡居民养老保险参保人数");
    check(r, "level1", "产出指标");
    check(r, "level2", "数量指标");
    check_value(r, "=", "74", "number", "万人");
    check_scored(r, "7", "6.14", "实际需求少于预期,下一步将根据实际需求调整目标。");
    r = nth(l, "indicator", 4);
    check(r, "name", "项目开工时间");
    check(r, "level1", "产出指标");
    check(r, "level2", "时效指标");
    check_value(r, "<=", "2024-12-31", "date", NULL);
    check_value(jx_record_get_record(r, "actual"), NULL, "2025-03-28", "date", NULL);
    check_scored(r, "9", "4.4", "受天气影响,项目开工时间推迟,下一步将加快施工进度,确保按期完成。");
    r = nth(l, "indicator", 6);
    check(r, "name", "社会影响力");
    check(r, "level1", "效益指标");
    check(r, "level2", "社会效益指标");
    check_value(r, NULL, "逐步扩大", "text", NULL);
    check_value(jx_record_get_record(r, "actual"), NULL, "基本达到", "text", NULL);
    check_scored(r, "30", "15.50", "受政策调整影响,部分任务未能按计划实施。");
    r = nth(l, "indicator", 7);
    check(r, "name", "参保群众满意度");
    check(r, "level1", "满意度指标");
    check(r, "level2", "服务对象满意度指标");
    check_value(r, ">=", "97", "number", "%");
    check_value(jx_record_get_record(r, "actual"), NULL, "97", "number", "%");
    check_scored(r, "6", "5.8", "部分资金拨付滞后,今后将加强资金调度,提高预算执行效率。");
    r = nth(l, "indicator", 8);
    check(r, "name", "服务对象满意度");
    check_value(r, ">=", "89", "number", "%");
    check_value(jx_record_get_record(r, "actual"), NULL, "70", "number", "%");
    check_scored(r, "4", "2.5", "项目前期论证不充分,指标设置偏高,今后将科学合理设定绩效目标。");
    jx_record_list_free(l);
}

/* pdftotext -layout of a word processor's PDF (writer-pdf-layout, selfeval self-project s0011),
 * whole: a score and the first line of its deviation text one space apart (`6   5.69
 * 受政策调整影响，`), the text's other lines under it a column left.  Two cells: the score its
 * column's, the text the deviation column's, so the next row's deviation (`3    2      受政策调整
 * 影响，`) is its own too; the rows without deviation around keep their figures. */
static void test_layout_writer_score_deviation_tight(void **state)
{
    (void)state;
    static const whole_doc doc = {
        "tests/layout/selfeval-writer-score-deviation-tight.txt",
        10,
        {{{3, "新建学校食堂", "=", "2", "个", "2", "10", "10", NULL},
          "产出指标", "数量指标", "output.quantity"},
         {{4, "残疾儿童少年义务教育入学率", ">=", "98", "%", "73.9", "6", "5.69",
           "受政策调整影响,部分任务未能按计划实施。"},
          "产出指标", "质量指标", "output.quality"},
         {{9, "家长满意度", ">=", "86", "%", "88", "10", "10.0", NULL},
          "满意度指标", "服务对象满意度指标", "satisfaction.service"}},
    };
    check_whole_doc(&doc);
    jx_record_list *l = jx_test_parse_repo_file(doc.path);
    const jx_record *r = nth(l, "indicator", 5);
    check(r, "name", "工作任务完成及时性");
    check_value(r, NULL, "按计划完成", "text", NULL);
    check_scored(r, "3", "2", "受政策调整影响,部分任务未能按计划实施。");
    jx_record_list_free(l);
}

/* pdftotext -layout (calc-pdf-layout, selfeval self-project s0005), whole: a score and the first
 * line of its row's deviation text read as one cell in the deviation column, the score column
 * empty (`4  2.38 一步将加快施工进`, `5    2      未结算，资金将于`, the text opening with no
 * unit).  By the row's weight (a number, the score no more than it) the cell's figure is the
 * score and the rest the deviation's; the rows around keep their own. */
static void test_layout_score_in_deviation(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-score-in-deviation.txt");
    assert_int_equal(count_type(l, "indicator"), 9);
    const jx_record *r = nth(l, "indicator", 5);
    check(r, "name", "补助对象识别精准率");
    check_value(r, "=", "100", "number", "%");
    check(r, "weight", "4");
    check(r, "score", "2.38");
    assert_false(g_str_has_prefix(jx_record_get_string(r, "deviation"), "2.38"));
    r = nth(l, "indicator", 7);
    check(r, "name", "单位建设成本");
    check_value(r, "<=", "2950", "number", "元/平方米");
    check(r, "weight", "5");
    check(r, "score", "2");
    assert_false(g_str_has_prefix(jx_record_get_string(r, "deviation"), "2"));
    r = nth(l, "indicator", 4);
    check(r, "name", "资金使用合规率");
    check_scored(r, "5", "5", NULL);
    r = nth(l, "indicator", 8);
    check(r, "name", "项目总成本");
    check_scored(r, "5", "5", NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout (calc-pdf-layout, selfeval self-dept s0084), whole: on the table's second
 * page a text actual and its weight one space apart (`健全     基本达成 15          7.1`), the
 * weight column empty on the line of the score.  The page's other rows end in a weight and a
 * score side by side, so the figure (no less than the score) is the weight and the text before
 * it the actual; the rows around keep their own. */
static void test_layout_actual_weight_tight(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-actual-weight-tight.txt");
    assert_int_equal(count_type(l, "indicator"), 13);
    const jx_record *r = nth(l, "indicator", 10);
    check(r, "name", "管理制度健全性");
    check_value(r, NULL, "健全", "text", NULL);
    check_value(jx_record_get_record(r, "actual"), NULL, "基本达成", "text", NULL);
    check_scored(r, "15", "7.1", "满意度调查样本偏少,下一步将扩大调查范围。");
    r = nth(l, "indicator", 9);
    check(r, "name", "群众生产生活条件");
    check_value(jx_record_get_record(r, "actual"), NULL, "已达成", "text", NULL);
    check_scored(r, "15", "15", NULL);
    r = nth(l, "indicator", 11);
    check(r, "name", "服务对象满意度");
    check_value(r, NULL, "90", "number", "%");
    check_scored(r, "4", "4.0", NULL);
    jx_record_list_free(l);
}

/* One indicator's quantitative target and actual value, its weight and score. */
static void check_target_actual(const jx_record *r, const char *op, const char *target,
                                const char *actual, const char *unit, const char *weight,
                                const char *score)
{
    check_value(r, op, target, "number", unit);
    check_value(jx_record_get_record(r, "actual"), NULL, actual, "number", unit);
    check(r, "weight", weight);
    check(r, "score", score);
}

/* pdftotext -layout of one department's self-evaluation (selfeval self-dept s0074) from a
 * spreadsheet's PDF (calc-pdf-layout) and a word processor's (writer-pdf-layout): a crowded
 * row sets its target and its actual value one space apart, the target's unit wrapped below
 * (`≥860万 579万元 10 6.90` / `元`; the word processor spaces figure and unit too:
 * `≥860 万 579 万元`, `≥4 个百 2 个百分` / `分点 点`).  The two values read as one target,
 * the weight as the actual and the score as the weight; each value keeps its own cell. */
static void test_layout_target_actual_tight(void **state)
{
    (void)state;
    static const char *const files[] = {"tests/layout/selfeval-calc-target-actual-tight.txt",
                                        "tests/layout/selfeval-writer-target-actual-tight.txt"};
    for (gsize f = 0; f < G_N_ELEMENTS(files); f++) {
        jx_record_list *l = jx_test_parse_repo_file(files[f]);
        assert_int_equal(count_type(l, "indicator"), 14);
        check_target_actual(indicator_called(l, "带动林农增收"), ">=", "860", "579", "万元", "10",
                            "6.90");
        check_target_actual(indicator_called(l, "惠及人口"), ">=", "4", "4", "万人", "6", "6");
        check_target_actual(indicator_called(l, "公共服务满意度提升"), ">=", "4", "2", "个百分点",
                            "2", "1.63");
        check_target_actual(indicator_called(l, "森林覆盖率"), NULL, "58.7", "39.6", "%", "8", "4.0");
        jx_record_list_free(l);
    }
}

/* pdftotext -layout: a department's funds block whose header words and rates wrap (`全年执` / `行数`,
 * `100.` / `00%`): each rate's lines are one figure of its row. */
static void test_layout_funds_wrapped(void **state)
{
    (void)state;
    static const funds_row rows[] = {
        {"年度资金总额", "448.08", "448.08", "448.08", "10", "100.00", "10"},
        {"基本支出", "74.47", "74.47", "74.47", NULL, "100.00", NULL},
        {"项目支出", "373.61", "373.61", "373.61", NULL, "100.00", NULL},
    };
    check_funds_file("tests/layout/selfeval-calc-funds-wrapped.txt", rows, G_N_ELEMENTS(rows));
}

/* pdftotext -layout: a funds block whose wrapped figures stand above and below their item's line
 * (`1113.725` / `8`, `95.92` / `%`). */
static void test_layout_funds_centred(void **state)
{
    (void)state;
    static const funds_row rows[] = {
        {"年度资金总额", "1190.8923", "1161.0393", "1113.7258", "10", "95.92", "9.59"},
        {"其中:基本支出", "1093.7657", "1054.2321", "1006.9186", NULL, NULL, NULL},
        {"项目支出", "97.1266", "106.8072", "106.8072", NULL, NULL, NULL},
    };
    check_funds_file("tests/layout/selfeval-writer-funds-centred.txt", rows, G_N_ELEMENTS(rows));
}

/* pdftotext -layout: a funds row whose item stands a line above its figures, the rate's `92.35`
 * / `%` round them. */
static void test_layout_funds_off_line(void **state)
{
    (void)state;
    static const funds_row rows[] = {
        {"年度资金总额", "2984.37", "2984.37", "2756.12", "20", "92.35", "18.47"},
        {"财政拨款", "2984.37", "2984.37", "2756.12", NULL, NULL, NULL},
        {"上年结转资金", "0.00", "0.00", "0.00", NULL, NULL, NULL},
        {"其他资金", "0.00", "0.00", "0.00", NULL, NULL, NULL},
    };
    check_funds_file("tests/layout/selfeval-writer-funds-off-line.txt", rows, G_N_ELEMENTS(rows));
}

/* pdftotext -layout of a writer's PDF (writer-pdf-layout, selfeval self-dept s0014, whole): the
 * 全年执行数 header wrapped after 执 in its narrow column (`全年执` / `行数`), the header read
 * with its first line only.  `全年执` names the spent column still, so the block is a funds
 * block (its rows read as score rows before). */
static void test_layout_funds_spent_cut_head(void **state)
{
    (void)state;
    static const funds_row rows[] = {
        {"年度资金总额", "1273", "1273", "1273", "10", "100.00", "10"},
        {"基本支出", "939", "939", "939", NULL, "100.00", NULL},
        {"项目支出", "334", "334", "334", NULL, "100.00", NULL},
    };
    check_funds_file("tests/layout/selfeval-writer-funds-spent-cut-head.txt", rows,
                     G_N_ELEMENTS(rows));
}

/* pdftotext -layout: a rate and a score in one cell (`91.89 9.19`) over the rate's `%`: the sign
 * ends the figure the row's shape says (执行数 / 全年预算数). */
static void test_layout_funds_sign_below(void **state)
{
    (void)state;
    static const funds_row rows[] = {
        {"年度资金总额", "2464", "2590", "2380", "10", "91.89", "9.19"},
        {"其中:本年财政拨款", "2464", "2590", "2380", NULL, "91.89", NULL},
        {"上年结转资金", NULL, NULL, NULL, NULL, NULL, NULL},
        {"其他资金", NULL, NULL, NULL, NULL, NULL, NULL},
    };
    check_funds_file("tests/layout/selfeval-writer-funds-cut-figure.txt", rows, G_N_ELEMENTS(rows));
}

/* pdftotext -layout: a 全年执行数 wrapped in its narrow column (`2544.917` / `1`), the tail a
 * line of digits alone, as a page number is: it stands right under its figure, inside the
 * table, so it is the figure's, in every row that wraps so. */
static void test_layout_funds_figure_tail(void **state)
{
    (void)state;
    static const funds_row rows[] = {
        {"年度资金总额", NULL, "2544.9171", "2544.9171", "10", "100.0", "10"},
        {"其中:财政拨款", NULL, "2544.9171", "2544.9171", NULL, NULL, NULL},
        {"上年结转资金", NULL, "0", "0", NULL, NULL, NULL},
        {"其他资金", NULL, "0", "0", NULL, NULL, NULL},
    };
    check_funds_file("tests/layout/selfeval-writer-funds-figure-tail.txt", rows,
                     G_N_ELEMENTS(rows));
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0070, whole): a funds item wrapped round its row's line
 * with a figure cut in its narrow column (`其中：本年财政拨  1304.192` / `元)
 * 1304.1929  1304.1929` / `款  9`): the line of the item's rest and the
 * figure's tail went to the item below (上年结转资金 read 9), the item
 * read `其中:本年财政拨` and its 全年预算数 `1304.192`. */
static void test_layout_funds_item_round_line(void **state)
{
    (void)state;
    static const funds_row rows[] = {
        {"年度资金总额", "1304.1929", "1304.1929", "1304.1929", "10", "100.0", "10"},
        {"其中:本年财政拨款", "1304.1929", "1304.1929", "1304.1929", NULL, NULL, NULL},
        {"上年结转资金", NULL, NULL, NULL, NULL, NULL, NULL},
        {"其他资金", NULL, NULL, NULL, NULL, NULL, NULL},
    };
    check_funds_file("tests/layout/selfeval-calc-funds-item-round-line.txt", rows,
                     G_N_ELEMENTS(rows));
}

/* pdftotext -layout: a funds header a column off its figures: the columns read far worse than
 * the figures' shape (a percent in 得分), so the shape places them. */
static void test_layout_funds_header_off(void **state)
{
    (void)state;
    static const funds_row rows[] = {
        {"年度资金总额", "740.94", "787.40", "787.40", "10", "100.00", "10"},
        {"财政拨款", "740.94", "787.40", "787.40", NULL, "100.00", NULL},
        {"上年结转资金", "0.00", "0.00", "0.00", NULL, NULL, NULL},
        {"其他资金", "0.00", "0.00", "0.00", NULL, NULL, NULL},
    };
    check_funds_file("tests/layout/selfeval-calc-funds-header-off.txt", rows, G_N_ELEMENTS(rows));
}

/* pdftotext -layout: a funds block in narrow columns: header words, amounts, rates and an item
 * wrapped round their rows. */
static void test_layout_funds_wrapped_item(void **state)
{
    (void)state;
    static const funds_row rows[] = {
        {"年度资金总额", "1699.09", "1682.93", "1651.61", "10", "98.14", "9.81"},
        {"其中:财政拨款", "1448.92", "1448.92", "1448.92", NULL, "100.00", NULL},
        {"上年结转资金", "144.05", "127.89", "110.59", NULL, "86.47", NULL},
        {"其他资金", "106.12", "106.12", "92.10", NULL, "86.79", NULL},
    };
    check_funds_file("tests/layout/selfeval-calc-funds-wrapped-item.txt", rows, G_N_ELEMENTS(rows));
}

/* pdftotext -layout of a whole self-evaluation: a funds header a column off its figures, which
 * the total's row shows (a percent in 得分 by the columns): the rows below it, whose amounts alone
 * read no worse by the columns, are placed by their shape too. */
static void test_layout_funds_doubted(void **state)
{
    (void)state;
    static const funds_row rows[] = {
        {"年度资金总额", NULL, "2954.48", "2954.48", "10", "100.00", "10.00"},
        {"财政拨款", NULL, "2954.48", "2954.48", NULL, "100.00", NULL},
        {"上年结转资金", NULL, "0.00", "0.00", NULL, NULL, NULL},
        {"其他资金", NULL, "0.00", "0.00", NULL, NULL, NULL},
    };
    check_funds_file("tests/layout/selfeval-calc-funds-doubted.txt", rows, G_N_ELEMENTS(rows));
}

/* pdftotext -layout: a funds block whose merged label 项目资金（万元） breaks over the rows (`项目` /
 * `资金` / `（万`): `资金` on a line of its own is a piece of it, no item; amounts wrapped round
 * their rows, the total's 分值, 执行率 and 得分 a line below its item. */
static void test_layout_funds_label_pieces(void **state)
{
    (void)state;
    static const funds_row rows[] = {
        {"年度资金总额", "2664.8882", "3100.678", "3075.2779", "10", "99", "9.92"},
        {"其中:财政拨款", "2445.7744", "2844.4919", "2844.4919", NULL, "100", NULL},
        {"上年结转资金", "154.3362", "191.4085", "166.0084", NULL, "87", NULL},
        {"其他资金", "64.7776", "64.7776", "64.7776", NULL, "100", NULL},
    };
    check_funds_file("tests/layout/selfeval-writer-funds-label-pieces.txt", rows,
                     G_N_ELEMENTS(rows));
}

/* pdftotext -layout: a rate wrapped round its row's line (`98.83` / `%`) with the row's 分值
 * set in its column on that line (`10`): two figures, the rate's pieces one of them.  An item
 * wrapped above its figures' line, its rest below it (`其中：当年财政拨` / `款`). */
static void test_layout_funds_cut_figure(void **state)
{
    (void)state;
    static const funds_row rows[] = {
        {"年度资金总额", "2870", "2916", "2882", "10", "98.83", "9.88"},
        {"其中:当年财政拨款", "2346", "2346", "2346", NULL, NULL, NULL},
        {"上年结转资金", "279", "279", "245", NULL, NULL, NULL},
        {"其他资金", "245", "291", "291", NULL, NULL, NULL},
    };
    check_funds_file("tests/layout/selfeval-calc-funds-cut-figure.txt", rows, G_N_ELEMENTS(rows));
}

/* pdftotext -layout of a Calc PDF (the fixture above): the 全年执行数 amounts a narrow column
 * wraps after their point are centred on their rows (`2196.417` above the row's line, `1` below
 * it).  The lone digits below are the figure's rest, not a page number; and they start no
 * column of their own, which parted the actual values' column further down (`67` / `%`). */
static void test_layout_funds_tail_round_row(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-funds-label-run.txt");
    assert_int_equal(count_type(l, "funds"), 4);
    check(nth(l, "funds", 0), "spent", "2196.4171");
    check(nth(l, "funds", 1), "spent", "2196.4171");
    check(nth(l, "funds", 2), "spent", "0");
    const jx_record *r = nth(l, "indicator", 3);
    check(r, "name", "项目验收合格率");
    check_value(jx_record_get_record(r, "actual"), NULL, "67", "number", "%");
    r = nth(l, "indicator", 5);
    check(r, "name", "资金拨付及时率");
    check_value(jx_record_get_record(r, "actual"), NULL, "100", "number", "%");
    jx_record_list_free(l);
}

/* w3m -dump: an item wrapped in its cell, both lines at one offset (`其中：本年财政拨` / `款`),
 * the grid setting the long first line a column right of the other items and the rest in
 * theirs: the rest is still the item's. */
static void test_w3m_funds_rest_left(void **state)
{
    (void)state;
    static const funds_row rows[] = {
        {"年度资金总额", "2147.28", "2147.28", "2147.28", "10", "100.0", "10"},
        {"其中:本年财政拨款", "1874.96", "1874.96", "1874.96", NULL, NULL, NULL},
        {"上年结转资金", "166.69", "166.69", "166.69", NULL, NULL, NULL},
        {"其他资金", "105.63", "105.63", "105.63", NULL, NULL, NULL},
    };
    check_funds_file("tests/layout/selfeval-w3m-funds-rest-left.txt", rows, G_N_ELEMENTS(rows));
}

/* w3m -dump: as above, every item a column right of the rest (`金(万  其中：本年财政拨` /
 * `元)   款`): the block label's piece left of the rest on its line marks it the item's, and
 * the empty rows below (上年结转资金, 其他资金) stay in the block. */
static void test_w3m_funds_rest_by_label(void **state)
{
    (void)state;
    static const funds_row rows[] = {
        {"年度资金总额", "1304.1929", "1304.1929", "1304.1929", "10", "100.0", "10"},
        {"其中:本年财政拨款", "1304.1929", "1304.1929", "1304.1929", NULL, NULL, NULL},
        {"上年结转资金", NULL, NULL, NULL, NULL, NULL, NULL},
        {"其他资金", NULL, NULL, NULL, NULL, NULL, NULL},
    };
    check_funds_file("tests/layout/selfeval-w3m-funds-rest-by-label.txt", rows,
                     G_N_ELEMENTS(rows));
}

/* w3m -dump: the funds block's last rows left empty (`上年结转资金`, `其他资金` alone on their
 * lines) right above the objective's header (`预期目标 实际完成情况`): the last one is the
 * block's row, not the header's first line. */
static void test_w3m_funds_empty_last(void **state)
{
    (void)state;
    check_funds_file("tests/layout/selfeval-w3m-funds-empty-last.txt", s0032_funds,
                     G_N_ELEMENTS(s0032_funds));
}

/* pdftotext -layout of a word processor's PDF (writer-pdf-layout, selfeval
 * self-dept s0014 and self-project s0018): a target and its actual value set
 * one space apart (`≥4 个百 3 个百`, `≥５２００亩 5,504 亩`), the actual value's
 * figure left of its column, its unit in it.  The figure went into the
 * target (`≥4个百3分点`, `≥5200亩5,504`) and the actual value kept the unit
 * alone; it goes with its unit (extract/layout.c figures_join_units). */
static void test_layout_figure_joins_unit(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-writer-figure-unit.txt");
    const jx_record *r = nth(l, "indicator", 9);
    check(r, "name", "公共服务满意度提升");
    check_value(r, ">=", "4", "number", "个百分点");
    check_value(jx_record_get_record(r, "actual"), NULL, "3", "number", "个百分点");
    check(r, "weight", "21");
    check(r, "score", "13");
    r = nth(l, "indicator", 7);
    check(r, "name", "审批办结时限");
    check_value(r, NULL, "17", "number", "个工作日");
    check_value(jx_record_get_record(r, "actual"), NULL, "24", "number", "个工作日");
    jx_record_list_free(l);
    static const layout_row rows[] = {
        {1, "森林抚育面积", ">=", "15", "万亩", "15", "7", "7", NULL},
        {2, "新增造林面积", ">=", "5200", "亩", "5504", "5", "5.0", NULL},
    };
    check_layout_rows("tests/layout/selfeval-writer-figure-unit-wide.txt", rows,
                      G_N_ELEMENTS(rows));
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0021, whole): label columns so narrow that a wrapped row's
 * last lines stand one space apart, shifted left of their columns
 * (`标（50 标 场`, `标（30 益指标 平`), and the page's column map took the
 * names' rests (场, 平) with the level-2 labels' (数量指标场): the names lost
 * them (新建社会足球, 服务能力和水).  A second piece right of a line's
 * level-2 piece, itself no piece of a label, is the name's. */
static void test_layout_name_rest_beside_label(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-calc-name-rest-beside-label.txt");
    const jx_record *r = nth(l, "indicator", 0);
    check(r, "name", "新建社会足球场");
    check(r, "level2", "数量指标");
    check_value(r, ">=", "5", "number", "个");
    check_scored(r, "12", "12", NULL);
    r = nth(l, "indicator", 4);
    check(r, "name", "服务能力和水平");
    check(r, "level1", "效益指标");
    check(r, "level2", "社会效益指标");
    check_scored(r, "10", "10.0", NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout of a word processor's PDF (writer-pdf-layout, selfeval
 * self-project s0040, whole): a name centred over three lines round its
 * row's figures (`开展安全生产执法` / `=600 次 600 次 6 6` / `检查`), and
 * right under its last line the head of the next row's target wrapped
 * round that row's line (`≥4600 人` / `安全生产培训人次 … 7 7`).  The head's
 * line, lacking a name, drew the name's tail (检查 ≥4600 人): a row's
 * target head misses no name, and the tail is the row above's. */
static void test_layout_name_tail_over_head(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-writer-name-tail-over-head.txt");
    const jx_record *r = nth(l, "indicator", 1);
    check(r, "name", "开展安全生产执法检查");
    check(r, "level2", "数量指标");
    check_value(r, "=", "600", "number", "次");
    check_scored(r, "6", "6", NULL);
    r = nth(l, "indicator", 2);
    check(r, "name", "安全生产培训人次");
    check_value(r, ">=", "4600", "number", "人次");
    check_scored(r, "7", "7", NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0062, whole): a date target and its actual value wrapped
 * over three lines round their row's own line, the heads on the line above
 * it (`≤2024年6月 2024年6月30`), the row's name whole on its own line with
 * its weight and score (`补助资金下达时限 … 8 8.0`), the tails below (`30日
 * 日`); above the heads, the last line of the name of the row above
 * (`指数`).  Read as a row split over two lines (a name line, then a value
 * line), the heads' line made a record of its own with no name, and the
 * row kept the tails (`30 日`). */
static void test_layout_target_head_over_row(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-calc-target-head-over-row.txt");
    assert_int_equal(count_type(l, "indicator"), 10);
    const jx_record *r = nth(l, "indicator", 3);
    check(r, "name", "国省道路况技术状况指数");
    check_scored(r, "9", "9", NULL);
    r = nth(l, "indicator", 4);
    check(r, "name", "补助资金下达时限");
    check(r, "level2", "时效指标");
    check_value(r, "<=", "2024-06-30", "date", NULL);
    check_value(jx_record_get_record(r, "actual"), NULL, "2024-06-30", "date", NULL);
    check_scored(r, "8", "8.0", NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0007, whole): a text target centred over four lines round
 * its row's line, none of them on it (`按照项目实施` / `方案要求持续` /
 * `群众生产生活条件 … 已完成 11 11` / `改善，惠及更` / `多群众`), under a
 * row whose target is a figure whole on its own line (惠及人口, `≥ 4 万人`).
 * The target's first line went on from the figure (`≥ 4万人按照项目实施`):
 * text goes on from no figure, and the row below holds no target on its
 * own line. */
static void test_layout_text_target_over_row(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-calc-text-target-over-row.txt");
    const jx_record *r = nth(l, "indicator", 6);
    check(r, "name", "惠及人口");
    check_value(r, ">=", "4", "number", "万人");
    check_scored(r, "12", "12", NULL);
    r = nth(l, "indicator", 7);
    check(r, "name", "群众生产生活条件");
    check_value(r, NULL, "按照项目实施方案要求持续改善,惠及更多群众", "text", NULL);
    check_value(jx_record_get_record(r, "actual"), NULL, "已完成", "text", NULL);
    check_scored(r, "11", "11", NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0046, whole): a target centred over two lines round its
 * row's line, none of it on that line (`≥380万` / `元`), the actual narrow
 * and centred in its column on the row's line, within the target column's
 * span (`306万元`).  The reader set the actual in the target's column: the
 * target read `≥380万306万元元` (text) and the actual was empty. */
static void test_layout_actual_in_target(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-calc-actual-in-target.txt");
    const jx_record *r = nth(l, "indicator", 0);
    check(r, "name", "技术合同交易额");
    check_value(r, NULL, "13", "number", "亿元");
    check_value(jx_record_get_record(r, "actual"), NULL, "14", "number", "亿元");
    r = nth(l, "indicator", 1);
    check(r, "name", "发放科技创新券");
    check_value(r, ">=", "380", "number", "万元");
    check_value(jx_record_get_record(r, "actual"), NULL, "306", "number", "万元");
    check_scored(r, "8", "7.35", "年底前部分合同尚未结算,资金将于次年支付。");
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-dept s0044, whole): a target and its actual wrapped round their
 * row's line, none of either on it, set left of their columns by the wide
 * characters before them on the line (`社会效益 居民健康素养水平 =3个百分
 * 2个百分` / `指标 提高 点 点`): the target in a grid column of no role
 * left of the target column, the actual in the target column.  The page's
 * column map took both to the target: it read `=3个百分2个百分点点`
 * (text) and the actual was empty. */
static void test_layout_target_pair_left(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-calc-target-pair-left.txt");
    const jx_record *r = nth(l, "indicator", 8);
    check(r, "name", "人均补助标准");
    check_value(r, NULL, "2850", "number", "元/人");
    check_value(jx_record_get_record(r, "actual"), NULL, "2154", "number", "元/人");
    r = nth(l, "indicator", 9);
    check(r, "name", "居民健康素养水平提高");
    check(r, "level2", "社会效益指标");
    check_value(r, "=", "3", "number", "个百分点");
    check_value(jx_record_get_record(r, "actual"), NULL, "2", "number", "个百分点");
    check_scored(r, "20", "11", "实际需求少于预期,下一步将根据实际需求调整目标。");
    jx_record_list_free(l);
}

/* The same dump: a row whose name wraps round its line (`基层医疗卫生服务` /
 * `能力`), its target and actual on that line one blank apart, a grid
 * column left of their columns (`稳步提升 稳步提升 20 20.0`): read by what
 * they are, the target took the name's slot (`稳步提升能力`) and the actual
 * the target's. */
static void test_layout_target_pair_left_on_row(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-calc-target-pair-left.txt");
    const jx_record *r = nth(l, "indicator", 10);
    check(r, "name", "基层医疗卫生服务能力");
    check(r, "level2", "可持续影响指标");
    check_value(r, NULL, "稳步提升", "text", NULL);
    check_value(jx_record_get_record(r, "actual"), NULL, "稳步提升", "text", NULL);
    check_scored(r, "20", "20.0", NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout of a word processor's PDF (writer-pdf-layout, selfeval
 * self-project s0037, whole): the mirror of test_layout_target_pair_left, a target in its
 * column and its actual in a grid column of no role right of it, the
 * actual's column further right (`公共服务满意度 1 个百 1 个百分` / `提升 分点
 * 点`, round the line of the row's weight and score): the target read
 * `1个百1个百分分点点` and the actual was empty. */
static void test_layout_actual_right_of_column(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-writer-actual-right-of-column.txt");
    const jx_record *r = nth(l, "indicator", 8);
    check(r, "name", "公共服务满意度提升");
    check_value(r, NULL, "1", "number", "个百分点");
    check_value(jx_record_get_record(r, "actual"), NULL, "1", "number", "个百分点");
    check_scored(r, "19", "19", NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout of a word processor's PDF (writer-pdf-layout, selfeval
 * self-dept s0074, whole): a target and its actual one blank apart on
 * their row's line (`惠及人口   ≥4 万人 4 万人          6   6`), read as one
 * cell in the target's column: the target read `≥4万人4万人` (text) and
 * the actual was empty. */
static void test_layout_target_actual_one_blank(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-writer-target-actual-one-blank.txt");
    const jx_record *r = nth(l, "indicator", 9);
    check(r, "name", "惠及人口");
    check_value(r, ">=", "4", "number", "万人");
    check_value(jx_record_get_record(r, "actual"), NULL, "4", "number", "万人");
    check_scored(r, "6", "6", NULL);
    r = nth(l, "indicator", 11);
    check(r, "name", "森林覆盖率");
    check_value(jx_record_get_record(r, "actual"), NULL, "39.6", "number", "%");
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0047, whole): the funds block's merged label wrapped over
 * its lines (`项目资` / `金` / `（万元` / `）`), its unit caption's pieces
 * tight against the items (`（万元 年度资金总额`, `） 其中：本年财政拨` / `款`):
 * the items read `(万元年度资金总额` and `)其中:本年财政拨款`. */
static void test_layout_funds_label_into_item(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-calc-funds-label-into-item.txt");
    check_funds(nth(l, "funds", 0), "年度资金总额", "2752.01", "2787.49", "2787.49", "10", "100",
                "10.00");
    check_funds(nth(l, "funds", 1), "其中:本年财政拨款", "2752.01", "2787.49", "2787.49", NULL,
                NULL, NULL);
    check_funds(nth(l, "funds", 2), "上年结转资金", "0.00", "0.00", "0.00", NULL, NULL, NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout of a word processor's PDF (writer-pdf-layout, selfeval
 * self-dept s0069, whole): the label columns' heads stacked over three
 * lines, a wrapped head's lines on either side of its neighbour's one-line
 * head (`绩效指      二级指` / `    一级指标` / ` 标        标`), the two in
 * one grid column: the header read 二级指标 left of 一级指标, and every row
 * its level-2 label as its level 1 (数量指标 / "", category null). */
static void test_layout_level_heads_stacked(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-writer-level-heads-stacked.txt");
    const jx_record *r = nth(l, "indicator", 0);
    check(r, "name", "资助家庭经济困难学生人数");
    check(r, "level1", "产出指标");
    check(r, "level2", "数量指标");
    check(r, "category", "output.quantity");
    r = nth(l, "indicator", 4);
    check(r, "name", "政策知晓率");
    check(r, "level1", "产出指标");
    check(r, "level2", "质量指标");
    r = nth(l, "indicator", 9);
    check(r, "name", "管理制度健全性");
    check(r, "level1", "效益指标");
    check(r, "level2", "可持续影响指标");
    jx_record_list_free(l);
}

/* pdftotext -layout of a word processor's PDF (writer-pdf-layout, selfeval
 * self-dept s0099, whole): a name and a text target each wrapped over two
 * lines round their row's line, none of either on it (`资金兑付及` / `时性`,
 * `按时完` / `成`), the row's actual alone on that line beside its weight
 * (`未完成 4 2.78`), the line a column off the header's.  Read as text, the
 * actual was taken for the name: the name read `资金兑付及未完成时性` and the
 * actual was empty. */
static void test_layout_actual_in_name(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-writer-actual-in-name.txt");
    const jx_record *r = nth(l, "indicator", 7);
    check(r, "name", "资金兑付及时性");
    check(r, "level2", "时效指标");
    check_value(r, NULL, "按时完成", "text", NULL);
    check_value(jx_record_get_record(r, "actual"), NULL, "未完成", "text", NULL);
    check_scored(r, "4", "2.78",
                 "受天气影响,项目开工时间推迟,下一步将加快施工进度,确保按期完成。");
    r = nth(l, "indicator", 8);
    check(r, "name", "惠及人口");
    check_value(jx_record_get_record(r, "actual"), NULL, "17", "number", "万人");
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0076, whole): an actual value's date wrapped at its
 * separator in its narrow column (`2022.12.` / `31`), its pieces joined
 * with a space (`2022.12. 31`, text); joined tight, as jx_norm_text joins a
 * cell's line break inside a figure, it reads as the date. */
static void test_layout_actual_date_wrapped(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-calc-actual-date-wrapped.txt");
    const jx_record *r = nth(l, "indicator", 5);
    check(r, "name", "项目完成时限");
    check_value(r, "<=", "2022-12-31", "date", NULL);
    check_value(jx_record_get_record(r, "actual"), NULL, "2022-12-31", "date", NULL);
    check_scored(r, "9", "9", NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout of a self-evaluation's PDF (selfeval self-project s0048,
 * calc-pdf-layout and writer-pdf-layout, whole): a target centred on its row
 * over three lines of its narrow column, its figure parted from its unit
 * (`≤ 2,960` / `元/平方` / `米`), the actual value's two lines between them
 * (`2,581元/` / `平方米`).  The head, one line apart from the row's own line,
 * went to the row above (资金拨付及时率 `100%≤ 2,960`), the row kept
 * `元/平方米`; the head starts the row's target (the own line alone reads as
 * none, joined it reads `≤ 2,960元/平方米`), so it goes down. */
static void test_layout_target_round_actual(void **state)
{
    (void)state;
    static const layout_row rows[] = {
        {4, "资金拨付及时率", NULL, "100", "%", "100", "7", "7.0", NULL},
        {5, "单位建设成本", "<=", "2960", "元/平方米", "2581", "11", "10",
         "年底前部分合同尚未结算,资金将于次年支付。"},
    };
    check_layout_rows("tests/layout/selfeval-calc-target-round-actual.txt", rows,
                      G_N_ELEMENTS(rows));
    check_layout_rows("tests/layout/selfeval-writer-target-round-actual.txt", rows,
                      G_N_ELEMENTS(rows));
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0081, whole): a target's unit wrapped in its narrow column
 * (`1,690元/平方` / `米`), the rest a line below, starting past the
 * column's edge.  It went to the actual value's column (`1,465元/平方米米`),
 * the target kept a cut unit; the units table says the two pieces are one
 * unit, so the rest takes its head's column (unit_rest_head). */
static void test_layout_unit_rest_below(void **state)
{
    (void)state;
    static const layout_row rows[] = {
        {7, "单位建设成本", NULL, "1690", "元/平方米", "1465", "2", "2", NULL},
        {6, "人均补助标准", "<=", "1760", "元/人", "2115", "8", "6.4",
         "受政策调整影响,部分任务未能按计划实施。"},
    };
    check_layout_rows("tests/layout/selfeval-calc-unit-rest-below.txt", rows,
                      G_N_ELEMENTS(rows));
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0078, whole): 数量指标 on a line of its own under its
 * group's first row (three lines tall, its deviation wrapped round it),
 * 质量指标 on a line of its own between its two rows.  By lines the group
 * boundary could fall after either of 数量指标's rows alike, and
 * 筹集保障性租赁住房 went to 质量指标; each label centred among its group's
 * records (one above, one below) settles it (RECORD_BALANCE_COST). */
static void test_layout_level2_records_balance(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-calc-level2-records-balance.txt");
    static const char *const level2[] = {"数量指标", "数量指标", "质量指标", "质量指标"};
    static const char *const names[] = {"发放住房租赁补贴户数", "筹集保障性租赁住房",
                                        "资金使用合规率", "补助对象识别精准率"};
    for (guint i = 0; i < G_N_ELEMENTS(level2); i++) {
        const jx_record *r = nth(l, "indicator", i);
        check(r, "name", names[i]);
        check(r, "level1", "产出指标");
        check(r, "level2", level2[i]);
    }
    check(nth(l, "indicator", 1), "category", "output.quantity");
    jx_record_list_free(l);
}

/* pdftotext -layout of a word processor's PDF (writer-pdf-layout, selfeval
 * self-dept s0064): a target wrapped above and below its row's line
 * (`不低于 48` / `00 台`) and the actual value on the line between, its
 * figure opening the target's column and its unit in its own (`≥4800 台`).
 * The figure joined the target (`不低于48≥480000台`), the actual value
 * kept the unit alone; it goes with its unit (figures_join_units). */
static void test_layout_figure_opens_column(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-writer-figure-opens-column.txt");
    const jx_record *r = nth(l, "indicator", 1);
    check(r, "name", "检验特种设备");
    check_value(r, ">=", "4800", "number", "台");
    check_value(jx_record_get_record(r, "actual"), ">=", "4800", "number", "台");
    check_scored(r, "7", "7", NULL);
    r = nth(l, "indicator", 3);
    check(r, "name", "食品安全抽检批次");
    check_value(r, "=", "3980", "number", "批次");
    check_value(jx_record_get_record(r, "actual"), NULL, "2399", "number", "批次");
    jx_record_list_free(l);
}

/* pdftotext -layout: a department's funds header wrapped over three lines and folded into the
 * wrong cells (`全年执行分值`, `执行数率`: 全年执行数 named twice, 执行率 never): the form's six columns stand
 * for it and every row is placed by its figures' shape. */
static void test_layout_funds_garbled_header(void **state)
{
    (void)state;
    static const funds_row rows[] = {
        {"年度资金总额", "362.52", "362.52", "362.52", "10", "100.00", "10"},
        {"基本支出", "245.87", "245.87", "245.87", NULL, "100.00", NULL},
        {"项目支出", "116.65", "116.65", "116.65", NULL, "100.00", NULL},
    };
    check_funds_file("tests/layout/selfeval-calc-funds-garbled-header.txt", rows,
                     G_N_ELEMENTS(rows));
}

/* The records of type `type` of tests/layout/`name`.txt, field by field,
 * against tests/layout/`name`.expected.jsonl (the generator's truth). */
static void check_layout_expected(const char *name, const char *type)
{
    char *txt = g_strdup_printf("%s.txt", name);
    jx_test_assert_repo_records("tests/layout", txt, type);
    g_free(txt);
}

/* The funds records of tests/layout/`name`.txt against its expected file. */
static void check_funds_expected(const char *name)
{
    check_layout_expected(name, "funds");
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0082, whole): the narrow 执行率 header wrapped round the
 * header line (`执行` above, `率` below) folds into 全年执行数's cell, which
 * reads `执行全年执行数率`: 执行率 named before 全年执行数 and 分值, and the
 * total's `10 100% 10.00` went to 全年执行数, 分值 and 执行率. */
static void test_layout_funds_rate_head_folded(void **state)
{
    (void)state;
    check_funds_expected("selfeval-calc-funds-rate-head-folded");
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0016, whole): 分值 wrapped in its narrow column (`分` / `值`)
 * and folded into its neighbours' cells, naming nothing: the header named
 * five columns, the total printed six figures, and its 分值 and 执行率
 * were lost. */
static void test_layout_funds_weight_head_split(void **state)
{
    (void)state;
    check_funds_expected("selfeval-calc-funds-weight-head-split");
}

/* pdftotext -layout of a word processor's PDF (writer-pdf-layout, selfeval
 * self-project s0035, whole): 分值 and 执行率 in one grid column, the
 * wrapped rate's head on the item's line (`年度资金总额 … 88.15`), the row's
 * figures a line lower (`… 10  8.81`) and the rate's `%` under them, nearer
 * the next item: the head joined the 分值 below (`88.1510`). */
static void test_layout_funds_rate_head_on_item(void **state)
{
    (void)state;
    check_funds_expected("selfeval-writer-funds-rate-head-on-item");
}

/* pdftotext -layout of a word processor's PDF (writer-pdf-layout, selfeval
 * self-project s0061, whole): the total's 得分 `10` set alone two lines
 * under its item, below the wrapped rate's `%` and over the block label's
 * `金(万`: the line read as a page number and the 得分 was lost. */
static void test_layout_funds_score_below_rate(void **state)
{
    (void)state;
    check_funds_expected("selfeval-writer-funds-score-below-rate");
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0072, whole): 执行率 and 得分 in one grid column (`88.4
 * 8.85`), the rate cut after its point and its tail `6%` on the line
 * below: joined to the last figure it made the 得分 a rate (`8.856%`). */
static void test_layout_funds_rate_tail_beside_score(void **state)
{
    (void)state;
    check_funds_expected("selfeval-calc-funds-rate-tail-beside-score");
}

/* Checks indicator `index` of `l`: its name, level-1, level-2 and category. */
static void check_labels(const jx_record_list *l, guint index, const char *name, const char *level1,
                         const char *level2, const char *category)
{
    const jx_record *r = nth(l, "indicator", index);
    check(r, "name", name);
    check(r, "level1", level1);
    check(r, "level2", level2);
    check(r, "category", category);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0060, whole): the level-1 label printed with its weight in
 * a narrow column (`产出指标(40分)`) squeezed to `产出指` / `标(40` / `分)`
 * and glued to the next column: every row came out with level-1 "" beside
 * its own level-2 (数量指标).  The level-2 label names its level-1
 * (level1_from_owner, parse/target.c). */
static void test_layout_level1_weight_squeezed(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/layout/selfeval-calc-level1-weight-squeezed.txt");
    check_labels(l, 0, "送戏下乡演出场次", "产出指标", "数量指标", "output.quantity");
    check_labels(l, 2, "开展群众文化活动", "产出指标", "数量指标", "output.quantity");
    check_labels(l, 5, "演出质量达标率", "产出指标", "质量指标", "output.quality");
    jx_record_list_free(l);
}

/* The same without the weight (calc-pdf-layout, selfeval self-project
 * s0082, whole): `产出指` / `标` lost to the rows, and a level-2 under two
 * level-1s in the taxonomy (服务对象满意度) is left as it is. */
static void test_layout_level1_weight_squeezed_bare(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-calc-level1-weight-squeezed-bare.txt");
    check_labels(l, 1, "补贴耕地面积", "产出指标", "数量指标", "output.quantity");
    check_labels(l, 4, "补助对象识别精准率", "产出指标", "质量指标", "output.quality");
    check_labels(l, 6, "资金兑付及时性", "产出指标", "时效指标", "output.timeliness");
    check_labels(l, 7, "单位建设成本", "成本指标", "经济成本指标", "cost.economic");
    jx_record_list_free(l);
}

/* The indicator records of tests/layout/`name`.txt against its expected
 * file. */
static void check_indicators_expected(const char *name)
{
    check_layout_expected(name, "indicator");
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0001, whole): a text target wrapped over three lines
 * (`按照项目实施方` / `案要求持续改善` / `，惠及更多群众`), centred on its row,
 * with the level-1 label's line (`效益指标`) between its first line and the
 * row's own: merged into the labels' row, the first line was lost and the
 * target read `案要求持续改善,惠及更多群众`. */
static void test_layout_target_over_label_line(void **state)
{
    (void)state;
    check_indicators_expected("selfeval-calc-target-over-label-line");
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0092, whole): a name wrapped round its row's line leaves its
 * last character alone on the next line, beside the labels' lines
 * (`服务对象满意` / `指标 满意度指 度`), right above the next row's line: the
 * level-2 label's seam (满意度指 / 标) drew the line down, and the rows read
 * `服务对象满意` and `度家长满意度` (keep_suffix_with_name). */
static void test_layout_name_suffix_alone(void **state)
{
    (void)state;
    check_indicators_expected("selfeval-calc-name-suffix-alone");
}

/* The same table through a word processor's PDF (writer-pdf-layout, selfeval
 * self-project s0092, whole). */
static void test_layout_name_suffix_alone_writer(void **state)
{
    (void)state;
    check_indicators_expected("selfeval-writer-name-suffix-alone");
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-dept s0064, whole): 数量指标 centred on its group's lines, the group's
 * last row (计划生育特别扶助对象人数 不少于810人, one short row under a tall
 * one with a wrapped deviation note) nearer the 质量指标 label printed below
 * it: the lines gave it to 质量指标 (output.quality).  A target that counts
 * things above the quality label's own row goes up (counts_up_to_quantity). */
static void test_layout_count_above_quality_label(void **state)
{
    (void)state;
    check_indicators_expected("selfeval-calc-count-above-quality-label");
}

/* The same class through a word processor's PDF (writer-pdf-layout,
 * selfeval self-project s0073, whole): 检验特种设备 4,600 台, the last of four
 * rows round 数量指标, a line above 质量指标 and its one row. */
static void test_layout_count_above_quality_label_writer(void **state)
{
    (void)state;
    check_indicators_expected("selfeval-writer-count-above-quality-label");
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0017, whole): the last row of the 效益指标 group
 * (政策宣传覆盖率 ≥99%, a one-line row under a three-line one) stands a line
 * above 满意度指标, centred on its one row below, and the split gave it
 * 满意度指标 / 服务对象满意度指标.  A row named without a satisfaction word
 * above the satisfaction label goes up (unsatisfied_up_from_satisfaction). */
static void test_layout_outcome_above_satisfaction_label(void **state)
{
    (void)state;
    check_indicators_expected("selfeval-calc-outcome-above-satisfaction-label");
}

/* The same table through a word processor's PDF (writer-pdf-layout,
 * selfeval self-project s0017, whole). */
static void test_layout_outcome_above_satisfaction_label_writer(void **state)
{
    (void)state;
    check_indicators_expected("selfeval-writer-outcome-above-satisfaction-label");
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-dept s0034, whole): level-1 labels print their weight
 * (`满意度指` / `标(10分)`), and the wrapped label's last line stands one
 * space before the level-2 label's (`标(10分) 意度指标`): read as one piece,
 * the label columns ran together, the value columns moved and the last rows
 * took their neighbours' text (`94百分比比`, `参赛群众满意度百分比`). */
static void test_layout_label_after_points(void **state)
{
    (void)state;
    check_indicators_expected("selfeval-calc-label-after-points");
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0078, whole): the narrow level-2 column wraps
 * 服务对象满意度指标 round its row's line (`服务对象满意` / row line / `度指标`),
 * the last line read into the names' column: the row's name read
 * `服务对象满意度度指标` (name_piece_finishes_level2). */
static void test_layout_level2_tail_as_name(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-calc-level2-tail-as-name.txt");
    const jx_record *r = nth(l, "indicator", 8);
    check(r, "name", "服务对象满意度");
    check(r, "level1", "满意度指标");
    check(r, "level2", "服务对象满意度指标");
    check(r, "category", "satisfaction.service");
    check_value(r, ">=", "91", "number", "%");
    check_scored(r, "10", "10", NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout of a word processor's PDF (writer-pdf-layout, selfeval
 * self-dept s0054, whole): the level-2 label stacked three characters a
 * line round its row's line (`服务对` / `象满意` / `度指标`), its last line
 * read as the name's rest (`服务对象满意度度指标`). */
static void test_layout_level2_tail_as_name_writer(void **state)
{
    (void)state;
    jx_record_list *l =
        jx_test_parse_repo_file("tests/layout/selfeval-writer-level2-tail-as-name.txt");
    const jx_record *r = nth(l, "indicator", 11);
    check(r, "name", "服务对象满意度");
    check(r, "level1", "满意度指标");
    check(r, "level2", "服务对象满意度指标");
    check(r, "category", "satisfaction.service");
    check_scored(r, "10", "10.0", NULL);
    jx_record_list_free(l);
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0048, whole): the level-1 label's weight cut before its
 * `分` (`满意度` / `指标(10` / `分)`) and the level-2 label's middle line one
 * space after it (`指标(10 满意度指`): read as one piece, the label columns
 * lost their shape and every row its level-1 label
 * (label_after_cut_points, extract/layout.c). */
static void test_layout_level2_after_cut_points(void **state)
{
    (void)state;
    check_indicators_expected("selfeval-calc-level2-after-cut-points");
}

/* The same in a department's form (calc-pdf-layout, selfeval self-dept
 * s0049, whole): `效益指标(30 经济效益指`, `满意度指标(1 服务对象满`: the
 * satisfaction rows read 效益指标 / 满意度指标. */
static void test_layout_level2_after_cut_points_dept(void **state)
{
    (void)state;
    check_indicators_expected("selfeval-calc-level2-after-cut-points-dept");
}

/* ... and in a word processor's PDF (writer-pdf-layout, selfeval
 * self-project s0067, whole): `效益指标(3 社会效益`, the name
 * 政策宣传覆盖率 read as a level-2 label's rest. */
static void test_layout_level2_after_cut_points_writer(void **state)
{
    (void)state;
    check_indicators_expected("selfeval-writer-level2-after-cut-points");
}

/* pdftotext -layout of a spreadsheet's PDF (calc-pdf-layout, selfeval
 * self-project s0090, whole): a long text target wrapped in a narrow
 * column round its row's line (`按照项目` / `实施方案` / `要求持续` over
 * `群众生产生活条件 | 未完成`, `改善，惠` / `及更多群` / `众` under it),
 * its lines in the grid column right of the row's name, which the layout
 * counts the names': the row read `按照项目实施方案要求持续群众生产生活条件
 * 改善,惠及更多群众` with no target (name_piece_is_text_target). */
static void test_layout_text_target_in_names(void **state)
{
    (void)state;
    check_indicators_expected("selfeval-calc-text-target-in-names");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_standard_document),
        cmocka_unit_test(test_standard_funds),
        cmocka_unit_test(test_standard_indicators),
        cmocka_unit_test(test_every_text_form),
        cmocka_unit_test(test_one_cell_per_line),
        cmocka_unit_test(test_one_cell_per_line_document),
        cmocka_unit_test(test_one_cell_per_line_empty_value),
        cmocka_unit_test(test_weight_total_forms),
        cmocka_unit_test(test_weight_total_on_next_page),
        cmocka_unit_test(test_score_total_off_column),
        cmocka_unit_test(test_funds_stream_empty_cells),
        cmocka_unit_test(test_funds_stream_by_shape),
        cmocka_unit_test(test_label_named_indicator),
        cmocka_unit_test(test_stream_name_after_full_points),
        cmocka_unit_test(test_funds_wrapped_figure),
        cmocka_unit_test(test_html_spans),
        cmocka_unit_test(test_department),
        cmocka_unit_test(test_funds_dropped_cells),
        cmocka_unit_test(test_untitled),
        cmocka_unit_test(test_target_table_untouched),
        cmocka_unit_test(test_streamed_equals_held),
        cmocka_unit_test(test_docx),
        cmocka_unit_test(test_layout_wrapped_funds),
        cmocka_unit_test(test_layout_anchor_rows),
        cmocka_unit_test(test_layout_wrapped_header),
        cmocka_unit_test(test_layout_wrapped_weights),
        cmocka_unit_test(test_layout_label_across_name),
        cmocka_unit_test(test_layout_header_tail),
        cmocka_unit_test(test_layout_squeezed_header),
        cmocka_unit_test(test_layout_sections),
        cmocka_unit_test(test_layout_squeezed_prose),
        cmocka_unit_test(test_layout_footer_after_label_tail),
        cmocka_unit_test(test_layout_centred_header),
        cmocka_unit_test(test_layout_header_aside),
        cmocka_unit_test(test_layout_header_squeezed_left),
        cmocka_unit_test(test_layout_centred_headers),
        cmocka_unit_test(test_layout_header_two_aside),
        cmocka_unit_test(test_layout_funds_caption),
        cmocka_unit_test(test_layout_funds_figure_tails),
        cmocka_unit_test(test_layout_funds_places),
        cmocka_unit_test(test_layout_centred_run),
        cmocka_unit_test(test_layout_deviation_aside),
        cmocka_unit_test(test_layout_weight_wrapped),
        cmocka_unit_test(test_layout_weight_apart),
        cmocka_unit_test(test_layout_total_rows),
        cmocka_unit_test(test_layout_total_cut),
        cmocka_unit_test(test_layout_key_space_value),
        cmocka_unit_test(test_layout_centred_value),
        cmocka_unit_test(test_layout_key_wrapped),
        cmocka_unit_test(test_layout_head_tails),
        cmocka_unit_test(test_layout_rows_wrap_below),
        cmocka_unit_test(test_layout_label_rest_drift),
        cmocka_unit_test(test_layout_quantities_tight),
        cmocka_unit_test(test_layout_funds_short),
        cmocka_unit_test(test_layout_funds_label_run),
        cmocka_unit_test(test_layout_pages_shifted),
        cmocka_unit_test(test_layout_labels_run_on),
        cmocka_unit_test(test_layout_label_heads),
        cmocka_unit_test(test_layout_level2_beside_wrapped_name),
        cmocka_unit_test(test_layout_level1_bracket),
        cmocka_unit_test(test_layout_name_drift),
        cmocka_unit_test(test_layout_rest_drift),
        cmocka_unit_test(test_layout_centred_deviation),
        cmocka_unit_test(test_layout_deviation_round_label),
        cmocka_unit_test(test_layout_deviation_spread),
        cmocka_unit_test(test_layout_deviation_below_labels),
        cmocka_unit_test(test_layout_deviation_over_labels),
        cmocka_unit_test(test_layout_total_round_score),
        cmocka_unit_test(test_layout_scored_page),
        cmocka_unit_test(test_layout_scored_page_paired),
        cmocka_unit_test(test_layout_scored_page_labels_merged),
        cmocka_unit_test(test_layout_scored_row_labels_merged),
        cmocka_unit_test(test_layout_total_score_column_off),
        cmocka_unit_test(test_layout_value_rest_under_key),
        cmocka_unit_test(test_layout_funds_split),
        cmocka_unit_test(test_layout_funds_label_between_rows),
        cmocka_unit_test(test_layout_name_target_tight),
        cmocka_unit_test(test_layout_actual_round_row),
        cmocka_unit_test(test_layout_dates_keep_apart),
        cmocka_unit_test(test_layout_dense_double_blank),
        cmocka_unit_test(test_layout_score_deviation_tight),
        cmocka_unit_test(test_layout_name_target_unit_tight),
        cmocka_unit_test(test_layout_writer_score_deviation_tight),
        cmocka_unit_test(test_layout_score_in_deviation),
        cmocka_unit_test(test_layout_actual_weight_tight),
        cmocka_unit_test(test_layout_target_actual_tight),
        cmocka_unit_test(test_layout_funds_wrapped),
        cmocka_unit_test(test_layout_funds_centred),
        cmocka_unit_test(test_layout_funds_off_line),
        cmocka_unit_test(test_layout_funds_spent_cut_head),
        cmocka_unit_test(test_layout_funds_sign_below),
        cmocka_unit_test(test_layout_funds_header_off),
        cmocka_unit_test(test_layout_funds_figure_tail),
        cmocka_unit_test(test_layout_funds_wrapped_item),
        cmocka_unit_test(test_layout_funds_doubted),
        cmocka_unit_test(test_layout_funds_label_pieces),
        cmocka_unit_test(test_layout_funds_cut_figure),
        cmocka_unit_test(test_layout_funds_tail_round_row),
        cmocka_unit_test(test_w3m_funds_rest_left),
        cmocka_unit_test(test_w3m_funds_rest_by_label),
        cmocka_unit_test(test_w3m_funds_empty_last),
        cmocka_unit_test(test_layout_funds_garbled_header),
        cmocka_unit_test(test_layout_funds_rate_head_folded),
        cmocka_unit_test(test_layout_funds_weight_head_split),
        cmocka_unit_test(test_layout_funds_rate_head_on_item),
        cmocka_unit_test(test_layout_funds_score_below_rate),
        cmocka_unit_test(test_layout_funds_rate_tail_beside_score),
        cmocka_unit_test(test_layout_target_over_label_line),
        cmocka_unit_test(test_layout_label_after_points),
        cmocka_unit_test(test_layout_count_above_quality_label),
        cmocka_unit_test(test_layout_count_above_quality_label_writer),
        cmocka_unit_test(test_layout_outcome_above_satisfaction_label),
        cmocka_unit_test(test_layout_outcome_above_satisfaction_label_writer),
        cmocka_unit_test(test_layout_name_suffix_alone),
        cmocka_unit_test(test_layout_name_suffix_alone_writer),
        cmocka_unit_test(test_layout_figure_joins_unit),
        cmocka_unit_test(test_layout_figure_opens_column),
        cmocka_unit_test(test_layout_target_round_actual),
        cmocka_unit_test(test_layout_actual_date_wrapped),
        cmocka_unit_test(test_layout_name_rest_beside_label),
        cmocka_unit_test(test_layout_name_tail_over_head),
        cmocka_unit_test(test_layout_target_head_over_row),
        cmocka_unit_test(test_layout_actual_in_target),
        cmocka_unit_test(test_layout_target_pair_left),
        cmocka_unit_test(test_layout_target_pair_left_on_row),
        cmocka_unit_test(test_layout_actual_right_of_column),
        cmocka_unit_test(test_layout_actual_in_name),
        cmocka_unit_test(test_layout_target_actual_one_blank),
        cmocka_unit_test(test_layout_funds_label_into_item),
        cmocka_unit_test(test_layout_funds_item_round_line),
        cmocka_unit_test(test_layout_level_heads_stacked),
        cmocka_unit_test(test_layout_text_target_over_row),
        cmocka_unit_test(test_layout_unit_rest_below),
        cmocka_unit_test(test_layout_level2_records_balance),
        cmocka_unit_test(test_layout_level2_tail_as_name),
        cmocka_unit_test(test_layout_level2_tail_as_name_writer),
        cmocka_unit_test(test_layout_level2_after_cut_points),
        cmocka_unit_test(test_layout_level2_after_cut_points_dept),
        cmocka_unit_test(test_layout_level2_after_cut_points_writer),
        cmocka_unit_test(test_layout_text_target_in_names),
        cmocka_unit_test(test_layout_level1_weight_squeezed),
        cmocka_unit_test(test_layout_level1_weight_squeezed_bare),
        cmocka_unit_test(test_department_funds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
