/*
 * test_prose.c — what parse/prose.c reads from running text: fact records
 * (budget, spent, rate per project section, in the sentence forms of real
 * self-evaluation and evaluation reports) and the report metadata of the
 * document record (score_total, grade, evaluator, bands).  Inputs are small
 * documents written here; every record goes to schema_check too.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "parse/parse.h"
#include "pipeline/pipeline.h"
#include "support/dump.h"

#define OR_NULL(s) ((s) ? (s) : "null")

/* The JSON Lines jx_pipeline_run writes for `path`, held or streamed. */
static char *run_to_text(const char *path, gsize stream_above)
{
    GOutputStream *mem = g_memory_output_stream_new_resizable();
    jx_sink *sink = jx_sink_new(JX_SINK_JSONL, mem, 0);
    GError *error = NULL;
    gboolean ok = jx_pipeline_run(path, 0, sink, stream_above, &error);
    if (!ok)
        fail_msg("%s: %s", path, error->message);
    jx_sink_free(sink);
    g_output_stream_write_all(mem, "", 1, NULL, NULL, NULL);
    g_output_stream_close(mem, NULL, NULL);
    char *text = g_memory_output_stream_steal_data(G_MEMORY_OUTPUT_STREAM(mem));
    g_object_unref(mem);
    return text;
}

/* Parses UTF-8 text as a document named t.txt; returns the records.  The
 * streaming reader (facts gathered in its first pass, emitted after its last)
 * must give the same bytes as reading it held. */
static jx_record_list *parse_text(const char *text)
{
    GError *error = NULL;
    jx_source *src = jx_extract_bytes("t.txt", "t.txt", (const guint8 *)text, strlen(text), &error);
    assert_non_null(src);
    jx_record_list *list = jx_parse_source(src);
    jx_source_free(src);
    jx_test_dump_records(list);

    char *dir = g_dir_make_tmp("jx-prose-XXXXXX", NULL);
    assert_non_null(dir);
    char *path = g_build_filename(dir, "t.txt", NULL);
    assert_true(g_file_set_contents(path, text, -1, NULL));
    char *held = run_to_text(path, G_MAXSIZE), *streamed = run_to_text(path, 0);
    if (strcmp(held, streamed) != 0)
        fail_msg("streamed records differ from held ones:\n%s\n---\n%s", held, streamed);
    g_free(held);
    g_free(streamed);
    g_unlink(path);
    g_rmdir(dir);
    g_free(path);
    g_free(dir);
    return list;
}

/* The facts of `list` as lines "subject | budget | spent | rate", joined by
 * "\n" (money as "value unit"; null as "null"). */
static char *facts_summary(const jx_record_list *list)
{
    GString *out = g_string_new(NULL);
    for (guint i = 0; i < jx_record_list_length(list); i++) {
        const jx_record *r = jx_record_list_get(list, i);
        if (g_strcmp0(jx_record_type(r), "fact") != 0)
            continue;
        const jx_record *b = jx_record_get_record(r, "budget");
        const jx_record *s = jx_record_get_record(r, "spent");
        char *bt = b ? g_strdup_printf("%s %s", jx_record_get_string(b, "value"),
                                       jx_record_get_string(b, "unit"))
                     : g_strdup("null");
        char *st = s ? g_strdup_printf("%s %s", jx_record_get_string(s, "value"),
                                       jx_record_get_string(s, "unit"))
                     : g_strdup("null");
        g_string_append_printf(out, "%s%s | %s | %s | %s", out->len ? "\n" : "",
                               OR_NULL(jx_record_get_string(r, "subject")), bt, st,
                               OR_NULL(jx_record_get_string(r, "rate")));
        /* a fact keeps its sentence, and follows the document's tables */
        assert_non_null(jx_record_get_string(r, "text"));
        assert_true(i > 0);
        g_free(bt);
        g_free(st);
    }
    return g_string_free(out, FALSE);
}

static void check_facts(const char *text, const char *expected)
{
    jx_record_list *list = parse_text(text);
    char *got = facts_summary(list);
    if (strcmp(got, expected) != 0)
        fail_msg("facts of\n%s\nare\n%s\nwant\n%s", text, got, expected);
    g_free(got);
    jx_record_list_free(list);
}

/* ------------------------------------------------------------------ facts */

static void test_sentence_forms(void **state)
{
    (void)state;
    /* the common form: budget, planned (not spent), spent, rate */
    check_facts("（一）“揭榜挂帅”制项目\n1.绩效目标实现情况\n"
                "本项目年度预算2200万元，1～12月计划支出2200万元，实际支出900万元，预算执行率40.9%。\n",
                "“揭榜挂帅”制项目 | 2200 万元 | 900 万元 | 40.9");
    /* thousands separators, 亿元 and 元 */
    check_facts("（一）水利工程\n本项目年度预算1.2亿元，实际支出11,000万元，预算执行率91.67%。\n",
                "水利工程 | 1.2 亿元 | 11000 万元 | 91.67");
    check_facts("（二）培训经费\n本项目年度预算1,200,000元，实际支出1,000,000元，执行率83.33%。\n",
                "培训经费 | 1200000 元 | 1000000 元 | 83.33");
    /* 总预算 with its parts: the parts' 支出 is a category, not spending */
    check_facts("一、项目概况\n（一）综合项目\n"
                "项目总预算1200万元，其中基本支出300万元、项目支出900万元，实际支出1100万元，执行率91.67%。\n",
                "综合项目 | 1200 万元 | 1100 万元 | 91.67");
    /* planned spending alone is not spending */
    check_facts("（三）会议经费\n本项目年度预算50万元，1～12月计划支出50万元，预算执行率100%。\n",
                "会议经费 | 50 万元 | null | 100");
    check_facts("（十）特派员经费\n本项目年度预算96万元，1～12月计划支96万元，实际支出96万元，预算执行率100%。\n",
                "特派员经费 | 96 万元 | 96 万元 | 100");
}

static void test_other_amounts(void **state)
{
    (void)state;
    /* 到位资金 stands for the budget only where none is stated */
    check_facts("（一）平台建设\n到位资金500万元，实际支出450万元，资金使用率90%。\n",
                "平台建设 | 500 万元 | 450 万元 | 90");
    check_facts("（一）平台建设\n年度预算600万元，到位资金500万元，实际支出450万元，执行率90%。\n",
                "平台建设 | 600 万元 | 450 万元 | 90");
    /* 使用率, 支出进度, and `本项目210万元` */
    check_facts("（七）研发后补助\n本项目210万元，截止12月底，资金已使用201.12219万元，使用率达到95.77%，部分指标完成。\n",
                "研发后补助 | 210 万元 | 201.12219 万元 | 95.77");
    check_facts("（一）科普活动\n本项目年度预算100万元，已支出60万元，支出进度60%。\n",
                "科普活动 | 100 万元 | 60 万元 | 60");
    /* the rate is on the full-year budget, not the year-start one */
    check_facts("（一）部门运转\n年初预算数120万元，全年预算数150万元，全年执行数135万元，执行率90%。\n",
                "部门运转 | 150 万元 | 135 万元 | 90");
    /* `占年度预算的` states the rate */
    check_facts("（一）部门运转\n年度预算200万元，实际支出150万元，占年度预算的75%。\n",
                "部门运转 | 200 万元 | 150 万元 | 75");
    /* 财政拨付 brings money; the bureau's 拨付 spends it */
    check_facts("（一）人才经费\n财政拨付资金80万元，市科技局已拨付72万元，拨付率90%。\n",
                "人才经费 | 80 万元 | 72 万元 | null");
}

static void test_statements_join(void **state)
{
    (void)state;
    /* a statement cut by ；, and a malformed amount (spent read, value lost) */
    check_facts("（二十五）研究院建设经费\n"
                "本项目年度预算12,500万元，1～12月计划支出12,500万元；截止12月19日，实际支出11,25791万元，"
                "预算执行率90.06%。\n",
                "研究院建设经费 | 12500 万元 | null | 90.06");
    /* sub-items that name themselves are theirs; the whole's rate joins the whole */
    check_facts("（六）2023年度科技管理专项经费\n1.绩效目标实现情况\n"
                "2023年度科技管理专项经费财政共计拨付204万元，其中包括评审管理费54万元，调查分析费150万元。\n"
                "截止2023年12月底，评审管理费用使用41万元，使用率达到75.93%；调查分析费使用26万元。\n"
                "金额整体使用率达到61.93%，拨付对象政策符合率100%。\n",
                "2023年度科技管理专项经费 | 204 万元 | null | 61.93\n"
                "评审管理费用 | null | 41 万元 | 75.93");
    /* what another heading states is not joined */
    check_facts("（一）甲项目\n1.预算安排\n本项目年度预算100万元。\n2.预算执行\n实际支出80万元，执行率80%。\n",
                "甲项目 | null | 80 万元 | 80");
    /* a sentence wrapped over lines (PDF text, dumps) is joined again */
    check_facts("（一）甲项目\n本项目年度预算2200万元，1～12月计划支出\n2200万元，实际支出900万元，预算执行率40.9%。\n",
                "甲项目 | 2200 万元 | 900 万元 | 40.9");
    /* a sentence starting with 其中 goes on with the one before */
    check_facts("（三）运营经费\n本项目年度预算500万元，实际支出500万元。其中，4月拨付250万元，12月拨付250万元，"
                "预算执行率100%。\n",
                "运营经费 | 500 万元 | 500 万元 | 100");
}

/* The facts of `text` as lines "subject | available" (money as "value
 * unit"; null as "null"), compared with `expected`. */
static void check_available(const char *text, const char *expected)
{
    jx_record_list *list = parse_text(text);
    GString *got = g_string_new(NULL);
    for (guint i = 0; i < jx_record_list_length(list); i++) {
        const jx_record *r = jx_record_list_get(list, i);
        if (g_strcmp0(jx_record_type(r), "fact") != 0)
            continue;
        const jx_record *a = jx_record_get_record(r, "available");
        char *at = a ? g_strdup_printf("%s %s", jx_record_get_string(a, "value"),
                                       jx_record_get_string(a, "unit"))
                     : g_strdup("null");
        g_string_append_printf(got, "%s%s | %s", got->len ? "\n" : "",
                               OR_NULL(jx_record_get_string(r, "subject")), at);
        g_free(at);
    }
    if (strcmp(got->str, expected) != 0)
        fail_msg("available funds of\n%s\nare\n%s\nwant\n%s", text, got->str, expected);
    g_string_free(got, TRUE);
    jx_record_list_free(list);
}

/* `available`: the funds a section says reached its project, in any sentence
 * of it, when they are not the budget. */
static void test_available(void **state)
{
    (void)state;
    /* 003: stated a sentence after the fact, by 收到财政拨付的…共计 */
    check_available("（二）专项工作经费\n1.绩效目标实现情况\n"
                    "本项目年度预算30万元，1～12月计划支出30万元，实际支出21.62万元，预算执行率77.21%。"
                    "由于财政拨付资金具有滞后性，我局于2023年7月14日收到财政拨付的专项工作经费共计28万元。\n",
                    "专项工作经费 | 28 万元");
    /* the fact's own sentence is unchanged by it */
    check_facts("（二）专项工作经费\n"
                "本项目年度预算30万元，实际支出21.62万元，预算执行率77.21%。我局收到财政拨付的经费共计28万元。\n",
                "专项工作经费 | 30 万元 | 21.62 万元 | 77.21");
    /* a paragraph before the fact, 实际下达指标; and 资金到位, 调整后预算 */
    check_available("（三十）招商经费\n因财政预算批复15万元，实际下达指标10万元。\n"
                    "本项目年度预算15万元，实际支出10万元，预算执行率100%。\n",
                    "招商经费 | 10 万元");
    check_available("（一）平台建设\n年度预算600万元，实际支出450万元，执行率90%。\n截至年底资金到位500万元。\n",
                    "平台建设 | 500 万元");
    check_available("（一）平台建设\n年度预算600万元，实际支出450万元，执行率90%。调整后预算500万元。\n",
                    "平台建设 | 500 万元");
    /* the same amount as the budget, in any unit: not set */
    check_available("（一）平台建设\n年度预算30万元，实际支出21万元，执行率70%。资金到位30万元。\n",
                    "平台建设 | null");
    check_available("（一）平台建设\n年度预算30万元，实际支出21万元，执行率70%。到位资金300,000元。\n",
                    "平台建设 | null");
    /* another section's funds are not this one's, nor another subject's */
    check_available("（一）甲项目\n本项目年度预算30万元，实际支出21.62万元，预算执行率77.21%。\n"
                    "（二）乙项目\n我局收到财政拨付的经费共计28万元。\n",
                    "甲项目 | null");
    check_available("（一）甲项目\n本项目年度预算30万元，实际支出21.62万元，预算执行率77.21%。"
                    "乙工程资金到位28万元。\n",
                    "甲项目 | null");
    /* 到位率 is a rate, not funds; a figure that is no money is not taken */
    check_available("（一）平台建设\n年度预算600万元，实际支出450万元，执行率75%，资金到位率100%。"
                    "收到文件3份。\n",
                    "平台建设 | null");
    /* a malformed amount is not an amount */
    check_available("（一）平台建设\n年度预算600万元，实际支出450万元，执行率90%。到位资金5,00万元。\n",
                    "平台建设 | null");
}

static void test_not_facts(void **state)
{
    (void)state;
    /* one figure alone states no execution */
    check_facts("（八）引导经费\n本项目年度预算180万元，截止12月底资金已全部使用完。\n", "");
    check_facts("（九）科技活动周\n涉及资金90万元。截止12月底，资金已全部使用完毕。\n", "");
    /* no money words at all */
    check_facts("（一）平台\n共召开3次会议，满意度达到95%，完成率100%。\n", "");
    /* table rows are the table finder's: no facts from them */
    check_facts("序号\t项目分类\t预算金额\t使用金额\t预算执行率\n"
                "1\t平台\t500\t480\t96%\n"
                "2\t说明\t本项目年度预算100万元，实际支出90万元，执行率90%\t\t\n",
                "");
    /* odd input reads as nothing, without a crash */
    check_facts("（一）\n预算\n实际支出\n执行率%\n1～12月\n其中\n", "");
}

/* The page of each fact of `text`, joined by ",", "null" for none. */
static char *fact_pages(const char *text)
{
    jx_record_list *list = parse_text(text);
    GString *out = g_string_new(NULL);
    for (guint i = 0; i < jx_record_list_length(list); i++) {
        const jx_record *r = jx_record_list_get(list, i);
        if (g_strcmp0(jx_record_type(r), "fact") != 0)
            continue;
        gint64 page = jx_record_get_int(r, "page", 0);
        if (page)
            g_string_append_printf(out, "%s%" G_GINT64_FORMAT, out->len ? "," : "", page);
        else
            g_string_append_printf(out, "%snull", out->len ? "," : "");
    }
    jx_record_list_free(list);
    return g_string_free(out, FALSE);
}

static void test_pages(void **state)
{
    (void)state;
    /* a text dump that marks its pages with form feeds: the page of the
     * statement's first line */
    char *pages = fact_pages("（一）甲项目\n本项目年度预算10万元，实际支出1万元，预算执行率10%。\n\f"
                             "（二）乙项目\n本项目年度预算20万元，实际支出20万元，预算执行率100%。\n");
    assert_string_equal(pages, "1,2");
    g_free(pages);
    pages = fact_pages("（一）甲项目\n本项目年度预算10万元，实际支出1万元，预算执行率10%。\n");
    assert_string_equal(pages, "null");
    g_free(pages);
}

static void test_subjects(void **state)
{
    (void)state;
    /* a heading that names a part of the report is not a subject; the
     * document's project stands in when no heading names one */
    check_facts("项目名称：城乡供水一体化\n一、项目基本情况\n（一）资金投入及使用\n"
                "截至2022年12月31日，本项目实际支出 1,152 万元，预算执行率 90%。\n",
                "城乡供水一体化 | null | 1152 万元 | 90");
    /* a numbered line stating amounts is a statement, not a heading */
    check_facts("（一）乙项目\n1.本项目年度预算100万元，实际支出90万元\n", "乙项目 | 100 万元 | 90 万元 | null");
    /* no heading and no project: no subject */
    check_facts("本项目年度预算100万元，实际支出90万元，预算执行率90%。\n", "null | 100 万元 | 90 万元 | 90");
    /* numbering styles nest by first appearance */
    check_facts("一、部门项目\n（一）甲项目\n1.实施情况\n（1）资金情况\n"
                "本项目年度预算10万元，实际支出1万元，预算执行率10%。\n"
                "（二）乙项目\n本项目年度预算20万元，实际支出20万元，预算执行率100%。\n",
                "甲项目 | 10 万元 | 1 万元 | 10\n乙项目 | 20 万元 | 20 万元 | 100");
}

/* ----------------------------------------------------------- metadata */

/* The document record's score_total, grade, evaluator and bands as one line. */
static char *report_summary(const char *text)
{
    jx_record_list *list = parse_text(text);
    const jx_record *doc = jx_record_list_get(list, 0);
    assert_true(jx_record_has(doc, "score_total") && jx_record_has(doc, "grade") &&
                jx_record_has(doc, "evaluator"));
    char **bands = jx_record_get_strv(doc, "bands");
    char *joined = bands ? g_strjoinv(",", bands) : g_strdup("absent");
    char *out = g_strdup_printf("%s | %s | %s | %s",
                                OR_NULL(jx_record_get_string(doc, "score_total")),
                                OR_NULL(jx_record_get_string(doc, "grade")),
                                OR_NULL(jx_record_get_string(doc, "evaluator")), joined);
    g_free(joined);
    g_strfreev(bands);
    jx_record_list_free(list);
    return out;
}

static void check_report(const char *text, const char *expected)
{
    char *got = report_summary(text);
    if (strcmp(got, expected) != 0)
        fail_msg("report metadata of\n%s\nis  %s\nwant %s", text, got, expected);
    g_free(got);
}

static void test_report_metadata(void **state)
{
    (void)state;
    check_report("某项目绩效评价报告\n委托单位：某市财政局\n评价机构：江西正信项目管理咨询有限公司\n"
                 "评价小组对本项目进行客观评价，最终评分结果为 90.07 分，绩效评级为“优”。\n"
                 "该项目绩效评价采用定性评价和定量评价相结合的方法，总分值为 100 分。\n"
                 "综合得分在 90-100 分（含 90 分）为优；\n综合得分在 80-90 分（含 80 分）为良；\n"
                 "综合得分在 60-80 分（含 60 分）为中；\n综合得分在 60 分以下为差。\n",
                 "90.07 | 优 | 江西正信项目管理咨询有限公司 | 优>=90,良>=80,中>=60,差>=0");
    /* bands in one line, the bound after the figure; grade after 等级： */
    check_report("某项目绩效评价报告\n评分标准：90（含）-100 分为优、80（含）-90 分为良、60（含）-80 分为中、"
                 "60 分以下为差。\n经评价，本项目评价得分 85.5 分，等级：良。\n",
                 "85.5 | 良 | null | 优>=90,良>=80,中>=60,差>=0");
    /* 以上 includes its number; an upper bound named by 含 excludes the lower */
    check_report("某部门整体支出绩效自评报告\n综合得分90分以上为优秀，80-90分（含90分）为良好，60分以下为差。\n"
                 "自评得分：92分，评价等级为\"优秀\"。\n",
                 "92 | 优 | null | 优>=90,良>80,差>=0");
    /* bounds written before the figure */
    check_report("某项目绩效评价报告\n得分不低于90分为优；低于60分为差。\n",
                 "null | null | null | 优>=90,差>=0");
    /* a plain 得分 is the total where the sentence grades it; 评价结论 gives a grade */
    check_report("某项目绩效评价报告\n决策指标分值为 20 分，得分为 18 分。\n"
                 "经评价，该项目得分为 86.5 分，评价结论为“良”。\n",
                 "86.5 | 良 | null | absent");
    /* an evaluator's name may end with its legal form in brackets */
    check_report("某项目绩效评价报告\n第三方机构名称：江西某某会计师事务所（特殊普通合伙）\n",
                 "null | null | 江西某某会计师事务所(特殊普通合伙) | absent");
    /* the evaluator named by a commission, before or after it */
    check_report("某项目绩效评价报告\n受某市财政局委托，江西某某会计师事务所对本项目开展了绩效评价。\n",
                 "null | null | 江西某某会计师事务所 | absent");
    check_report("某项目绩效评价报告\n北京某某咨询有限公司受某市科技局委托，对本项目开展了绩效评价。\n",
                 "null | null | 北京某某咨询有限公司 | absent");
    /* not confident: a checklist, a self-reference, a part's score, the maximum */
    check_report("某项目绩效评价报告\n评价机构： 第三方机构 专家组 项目单位评价组\n"
                 "受某局委托，我公司对本项目开展了评价。\n项目决策指标分值为 20 分，得分为 20 分。\n"
                 "总分值为 100 分。满意度等级从非常满意到不满意。\n",
                 "null | null | null | absent");
    /* a target table states none of it */
    check_report("专项资金绩效目标表\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人数\t≥100人\n",
                 "null | null | null | absent");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sentence_forms), cmocka_unit_test(test_other_amounts),
        cmocka_unit_test(test_statements_join), cmocka_unit_test(test_not_facts),
        cmocka_unit_test(test_subjects),        cmocka_unit_test(test_report_metadata),
        cmocka_unit_test(test_pages),           cmocka_unit_test(test_available),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
