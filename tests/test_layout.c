/*
 * test_layout.c — target tables read from real `pdftotext -layout` dumps.
 *
 * Each case is a dump the bench converters made (tests/layout/<converter>/
 * <family>/<id>.txt, kept as it came out: see tests/layout/README.md) with
 * the generator's ground truth beside it (<id>.expected.jsonl); every
 * indicator is compared with it field by field (tests/support/golden.h).
 * A case stands for one class of layout the reader once got wrong, named
 * in its comment.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "support/dump.h"
#include "support/golden.h"
#include "support/testenv.h"

/* Parses tests/layout/`rel`.txt from its path, as the CLI would, and
 * compares its indicators with tests/layout/`rel`.expected.jsonl. */
static void check_dump(const char *rel)
{
    jx_test_assert_repo_dump("tests/layout", rel);
}

/* A row set vertically centred over lines, its name on the line above the
 * line with its 序号 and a qualitative target (`对周边群众生产生活的影响` over
 * `9 | 无`, `有效降低`): read by order, the target took the empty name slot
 * and the name line went to the row above.  The target stands right of the
 * names' column, so it is no name. */
static void text_target_below_name(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/standard/f0201");
    check_dump("writer-pdf-layout/standard/f0201");
}

/* The indicator of tests/layout/`rel`.txt named `name` has `want` in its
 * string field `key` (`half.value`: the field of its half-year target). */
static void check_field(const char *rel, const char *name, const char *key, const char *want)
{
    char *txt = g_strdup_printf("tests/layout/%s.txt", rel);
    jx_record_list *got = jx_test_parse_repo_file(txt);
    gboolean found = FALSE;
    for (guint k = 0; k < jx_record_list_length(got) && !found; k++) {
        const jx_record *r = jx_record_list_get(got, k);
        if (g_strcmp0(jx_record_type(r), "indicator") != 0 ||
            g_strcmp0(jx_record_get_string(r, "name"), name) != 0)
            continue;
        found = TRUE;
        const char *field = key;
        if (g_str_has_prefix(key, "half.")) {
            r = jx_record_get_record(r, "half");
            field = key + strlen("half.");
        }
        const char *got_value = r ? jx_record_get_string(r, field) : NULL;
        if (g_strcmp0(got_value, want) != 0)
            fail_msg("%s: %s: %s %s, want %s", txt, name, key, got_value ? got_value : "null",
                     want ? want : "null");
    }
    if (!found)
        fail_msg("%s: no indicator named %s", txt, name);
    jx_record_list_free(got);
    g_free(txt);
}

/* A metadata block whose 项目名称 value wraps over two lines (医疗服务与保障能力提升补 /
 * 助资金) around the line `项目名称 | 主管部门 | 汝城县卫生健康局`: the cell after the key
 * is the next key, no project, so the table names none of its own (its indicators
 * said `"project":"主管部门"`, as if a second project's table). */
static void project_key_beside_key(void **state)
{
    (void)state;
    check_dump("writer-pdf-layout/split/f0232");
    jx_record_list *got = jx_test_parse_repo_file("tests/layout/writer-pdf-layout/split/f0232.txt");
    guint indicators = 0;
    for (guint k = 0; k < jx_record_list_length(got); k++) {
        const jx_record *r = jx_record_list_get(got, k);
        if (g_strcmp0(jx_record_type(r), "indicator") != 0)
            continue;
        indicators++;
        assert_false(jx_record_has(r, "project"));
    }
    assert_int_equal(indicators, 13);
    jx_record_list_free(got);
}

/* A work item (名称) whose cell wraps, each line beside rows of its own, a
 * line of another column between two of its lines at times: the pieces are
 * one label where a word runs on over the seam (落实农村客运补贴政 / 策), or
 * where the first line had no room left for the next one's first character
 * (加强教师队伍建设，开展 / 全员培训: as wide as the column's lines known to
 * be full). */
static void wrapped_work_item(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/dept/f0099");
    static const char *const names[] = {"档案资料完整率", "仪器设备验收合格率", "资金拨付及时率",
                                        "工作任务完成及时性", "人均管理费用"};
    for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
        check_field("calc-pdf-layout/dept/f0184", names[i], "task", "加强教师队伍建设,开展全员培训");
}

/* Half-year and full-year targets under a header wrapped over four lines:
 * the half-year set's 计算符 stands on the line of the upper words, its 号
 * under the set's other words, and read row by row the set was cut in two,
 * the full-year operator column counted as a half-year one. */
static void four_line_half_year_header(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/half/f0033");
}

/* An explanation column (指标解释) whose cells wrap: the first line of each
 * stands on the line of the row's name, above its 序号 and target.  Placed
 * by column, those lines must stay explanations: one tail (`0.5分`) read as a
 * shifted target is no reason to map the whole column onto the targets. */
static void explanation_above_target(void **state)
{
    (void)state;
    static const struct {
        const char *name, *value;
    } rows[] = {{"XX村通组道路硬化里程", "2.55"}, {"国省道路面养护里程(含续建)", "164"},
                {"安全生命防护工程里程", "289"},  {"新建港湾式候车亭", "53"}};
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++)
        check_field("calc-pdf-layout/split/f0002", rows[i].name, "value", rows[i].value);
}

/* A work item cut by a page break, restated whole on the next page (the
 * PDF sets the cell's text again in its part there): joined with its part
 * on the first page it read twice. */
static void work_item_restated_over_page_break(void **state)
{
    (void)state;
    static const char *const names[] = {"★补助资金下达时限", "项目完成时限", "资金拨付及时率"};
    for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
        check_field("calc-pdf-layout/dept/f0004", names[i], "task",
                    "实施农村义务教育学生营养改善计划");
}

/* A name that is a label word too (服务对象满意度), right of its level-2
 * label on the line above its row's level-1 label and target: the line
 * read as labels alone and the row had no name. */
static void label_word_as_name(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/standard/f0186");
}

/* A qualitative target wrapped over three lines, its first on the name's
 * line, the next on the line of the row's 序号 and labels (`18 | 效益 | 社会
 * 效益指标 | 要求持续改善，惠`): that piece read as the row's name and the
 * name line as a row of its own. */
static void wrapped_target_beside_labels(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/split/f0047");
}

/* A qualitative target wrapped over five lines below its row's line
 * (按照项目实 / 施方案要求 / 持续改善， / 惠及更多群 / 众): the lines between
 * two rows were split between them, and the next row's target began with
 * the rest of this one (惠及更多群众有所改善).  Lines that run on from one
 * to the next (a mark no sentence ends on, a word over the seam) stay
 * together. */
static void wrapped_target_runs_on(void **state)
{
    (void)state;
    check_dump("writer-pdf-layout/split/f0262");
}

/* A work item cut by a page break with no footer between (a form feed):
 * 加强教师队伍建设，开展 on the last line of one page, 全员培训 on the second
 * of the next; the pieces are one label, as on one page. */
static void work_item_over_form_feed(void **state)
{
    (void)state;
    static const char *const names[] = {"新建学校食堂", "营养改善计划受益学生人数",
                                        "课后服务覆盖学校数"};
    for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
        check_field("writer-pdf-layout/dept/f0184", names[i], "task",
                    "加强教师队伍建设,开展全员培训");
}

/* A work item merged over two rows that a page break cuts between them:
 * its first line full beside the page's last row (开展农作物病虫害统), its rest
 * atop the next page (防统治, there under a reprinted header in f0024)
 * right above the second row, the next item's first line right below it.
 * The rest was read as the top of a cell straddling the second row and
 * went down to it: each row kept half the item. */
static void work_item_cut_by_page_between_rows(void **state)
{
    (void)state;
    static const struct {
        const char *rel, *name, *task;
    } rows[] = {
        {"writer-pdf-layout/dept/f0104", "工作任务完成及时性", "开展农作物病虫害统防统治"},
        {"writer-pdf-layout/dept/f0104", "项目开工时间", "开展农作物病虫害统防统治"},
        {"writer-pdf-layout/dept/f0104", "人均补助标准", "落实耕地地力保护补贴政策"},
        {"writer-pdf-layout/dept/f0024", "审批办结时限", "加强非物质文化遗产保护传承"},
        {"writer-pdf-layout/dept/f0024", "在规定时间内完成资金拨付", "加强非物质文化遗产保护传承"},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++)
        check_field(rows[i].rel, rows[i].name, "task", rows[i].task);
}

/* A table's last row alone on a continued page, its empty label columns
 * dropped, under the rest of a cell the break cut (`作` of
 * 做好特困人员救助供养工, `满意度` of 科技特派员服务对象), its sign, figure and
 * unit in columns of their own: the page held no whole row by the old
 * reading, so its lines were no rows of the table and the row was lost. */
static void last_row_alone_under_cut_rest(void **state)
{
    (void)state;
    check_dump("writer-pdf-layout/dept/f0179");
    check_dump("writer-pdf-layout/dept/f0219");
}

/* The same rows on a continued page whose header stands at other column
 * offsets: there the rows read by order (the target taking the name slot)
 * outnumbered the numeric ones and mapped the page's value column onto the
 * names', which undid the placement by column (资金兑付及时性按时完成). */
static void text_target_below_name_continued_page(void **state)
{
    (void)state;
    static const struct {
        const char *name, *value;
    } rows[] = {{"资金兑付及时性", "按时完成"}, {"服务能力和水平", "有效提高"},
                {"粮食综合生产能力", "稳步提升"}, {"社会影响力", "逐步扩大"},
                {"节能减排效果", "明显"},       {"对生态环境的改善", "有所改善"},
                {"工程长效管护机制", "建立健全"}, {"管理制度健全性", "健全"}};
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
        check_field("calc-pdf-layout/standard/f0001", rows[i].name, "value", rows[i].value);
        check_field("writer-pdf-layout/standard/f0001", rows[i].name, "value", rows[i].value);
    }
}

/* A tall row right under a row of one line, its name set at its top and
 * its labels, work item and qualitative target centred below it (Calc's
 * PDF, and its HTML printed by Chromium: `节能减排效果` / `实施城镇老旧小区改`
 * / `生态效益指标 | 造 | 明显`), the next row whole right under its last
 * line.  Aligned by order, the target read as a name; the line beside it
 * held a whole label or a work item's piece, not label pieces alone, or
 * stood over a whole row, so it was taken for no row's target, and the
 * tall row went into the row above (居民居住条件★节能减排效果, 明显改善明显). */
static void text_target_beside_item_under_top_name(void **state)
{
    (void)state;
    check_dump("chromium-calc-layout/dept/f0244");
    check_dump("calc-pdf-layout/dept/f0109");
    static const struct {
        const char *name, *value;
    } rows[] = {{"公共服务满意度提升", "5"},       {"困难群众基本生活", "得到有效保障"},
                {"长效管理机制", "逐步完善"}, {"管理制度健全性", "健全"}};
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++)
        check_field("chromium-calc-layout/dept/f0264", rows[i].name, "value", rows[i].value);
    check_field("chromium-calc-layout/dept/f0264", "管理制度健全性", "task", "做好特困人员救助供养工作");
}

/* A half-year form's continued page laid out afresh without the header's
 * roleless columns among its target columns (Calc's HTML printed by
 * Chromium: the first page's 计量单位 over the units and a column right of
 * them, the next page one column narrower there): the year's targets stood
 * a column left of their own, in the operators', and a row whose targets
 * are text (群众生产生活条件's, wrapped round its 序号's line: `30 | 方案要求持续
 * | 求持续改善，惠及更`) read its half-year target's piece as the level-1
 * label, which every row after it took (方案要求持续 for 效益指标).  The
 * page's anchors (operators, figures, units) say where its target columns
 * went; its labels and names stay (target_gap_moves). */
static void target_columns_lost_on_page(void **state)
{
    (void)state;
    static const struct {
        const char *name, *key, *value;
    } rows[] = {
        {"惠及人口(含续建)", "level1", "效益指标"},  {"群众获得感", "level1", "效益指标"},
        {"政策宣传覆盖率", "level2", "社会效益指标"}, {"管理制度健全性", "level1", "效益指标"},
        {"管理制度健全性", "value", "健全"},         {"管理制度健全性", "half.value", "阶段性完成"},
        {"公众对生态环境满意度", "level2", "服务对象满意度指标"},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++)
        check_field("chromium-calc-layout/half/f0188", rows[i].name, rows[i].key, rows[i].value);
    /* a one-target form's page the same way narrower: a cost row's text
     * target (`实际按下拨文件为准`) no longer takes the row above's name */
    check_field("chromium-calc-layout/dept/f0299", "成本节约率", "value", "1");
    check_field("chromium-calc-layout/dept/f0299", "成本节约率", "unit", "%");
}

/* A browser's page of a numbered form laid out afresh, far narrower than
 * the first, whose rows count on from the first page's (26, 27, …): a tall
 * row sets its 序号, labels and name on one line and its targets on the
 * next, unnumbered (`35 | 满意指标 | 服务对象满意度` over `指标 | ≥ | 87 | % |
 * ≥ | 87 | %`).  That line read as an unnumbered row, the page as no
 * continuation, and its eleven rows were lost (numbered_throughout,
 * targets_of_row_above). */
static void targets_below_numbered_line(void **state)
{
    (void)state;
    static const struct {
        const char *name, *key, *value;
    } rows[] = {
        {"群众出行条件", "value", "明显改善"},   {"服务能力和水平", "value", "显著提升"},
        {"政策宣传覆盖率", "value", "100"},     {"沿线群众满意度", "value", "87"},
        {"受益群众满意度", "value", "90"},       {"受益群众满意度", "level1", "满意指标"},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++)
        check_field("chromium-calc-layout/half/f0298", rows[i].name, rows[i].key, rows[i].value);
}

/* The qualitative target of row 群众生产生活条件 in tests/layout/`rel`.txt
 * came out whole, all its wrapped lines joined. */
static void check_whole_target(const char *rel)
{
    check_field(rel, "群众生产生活条件", "value", "按照项目实施方案要求持续改善,惠及更多群众");
}

/* A qualitative target wrapped round a line of group labels centred on its
 * row (`群众生产生活条件 | 按照项目实施方案要求持` / `效益指标 | 社会效益指标`
 * / `续改善，惠及更多群众`): the last line went into the labels' row, which
 * gives no record, and the target lost its tail. */
static void target_wrapped_round_labels(void **state)
{
    (void)state;
    check_whole_target("writer-pdf-layout/standard/f0221");
    check_whole_target("calc-pdf-layout/standard/f0176");
    /* parted between words (`持续` / `改善`), a level-1 label beside the
     * piece (`效益指标 … 改善，惠及更多群众`) */
    check_whole_target("calc-pdf-layout/standard/f0191");
    /* two lines below the labels (`善，惠及更多群` / `众`): both go on */
    check_whole_target("writer-pdf-layout/legacy/f0030");
}

/* A qualitative target wrapped over three lines, its first on the name's
 * line, the next on the 序号 line beside the next line of the row's
 * explanation (`按照项目实施方案要求 达到目标值得满分…` over `33 | 持续改善，
 * 惠及更多群 | 分`): the explanation's tail kept the numbered line from
 * reading as the rest of the target, and the name line stood as a row of
 * its own. */
static void wrapped_target_beside_explanation(void **state)
{
    (void)state;
    check_whole_target("calc-pdf-layout/standard/f0001");
    check_whole_target("writer-pdf-layout/standard/f0001");
}

/* A name that restates its level-2 label, the row's qualitative target
 * after it (`社会成本指标 | 社会成本 | 无明显社会成本`): read as two labels, the
 * first one heading a group left empty and the target as the name, the row
 * had no target and went into the row above. */
static void name_restating_its_label(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/standard/f0006");
}

/* A row's name on the line right below a line of group labels, above the
 * row's numbered line (`数量指标` / `场馆免费开放时长（中心城区` / `6 |
 * ≥1,340小时` / `）`): the name line went up into the labels' row, which
 * gives no record, and the row kept only the name's last piece. */
static void name_below_labels_line(void **state)
{
    (void)state;
    check_field("calc-pdf-layout/standard/f0216", "场馆免费开放时长(中心城区)", "value", "1340");
    check_field("calc-pdf-layout/standard/f0216", "补助对象识别精准率", "value", "100");
}

/* A work item wrapped over two lines, each beside a row of its own, parted
 * between two words (推进公路安全生命 / 防护工程, 落实农村客运补贴 / 政策):
 * no line of the column was known to be full, so the pieces stood as two
 * labels.  The column's widest line is as wide as it lets a line be. */
static void work_item_wrapped_between_words(void **state)
{
    (void)state;
    check_dump("writer-pdf-layout/dept/f0089");
}

/* Work items set as merged cells, some groups' first rows blank (centred
 * cells), others' first rows holding their item: one column, one cell
 * style, so those groups are centred too (检验特种设备, the second row of
 * its group, belongs to the item centred below it, not the one on the
 * group's first row). */
static void work_items_centred_column_wide(void **state)
{
    (void)state;
    check_field("calc-pdf-layout/dept/f0284", "检验特种设备", "task", "推进知识产权创造运用");
}

/* A work item centred over two rows, its two lines one beside each
 * (实施农村义务教育学生营 / 养改善计划 beside 档案资料完整率 and 政策知晓率),
 * the next item on the row after: read on the first piece's row, the item
 * stands on the upper of its span's two middle rows, where a centred
 * two-line cell sets its first line — not on the lower one, which would
 * give 政策知晓率 to the next item. */
static void work_item_upper_middle(void **state)
{
    (void)state;
    static const char *const names[] = {"档案资料完整率", "政策知晓率"};
    for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
        check_field("writer-pdf-layout/dept/f0004", names[i], "task",
                    "实施农村义务教育学生营养改善计划");
}

/* Work items centred over rows of one line each, wrapped round them
 * (推进学前教育普及普惠发 / 展 on the lines above and below 化解大班额班级数,
 * centred on rows 6..8): counted by rows alone, the first piece's row is
 * as near the middle of rows 5..8 as of 6..8, and the words the item shares
 * with the row above (学前教育, ★新增学前教育学位数) took that row from the
 * item above it; so did 学生 (资助家庭经济困难学生人数) for the item above
 * that.  By its pieces' lines each item stands on its own span's middle. */
static void work_item_centred_by_its_lines(void **state)
{
    (void)state;
    static const char *const dept = "calc-pdf-layout/dept/f0004";
    check_field(dept, "资助家庭经济困难学生人数", "task", "加强教师队伍建设,开展全员培训");
    check_field(dept, "★新增学前教育学位数", "task", "加强教师队伍建设,开展全员培训");
    check_field(dept, "适龄儿童少年入学率", "task", "实施农村义务教育学生营养改善计划");
}

/* A work item merged over an even number of rows, centred: a layout dump
 * sets it on a line of its own between the two middle rows
 * (推进养老服务体系建设 between 新建社区居家养老服务中心 and 特困人员救助供养人数,
 * over 养老机构床位数 .. 临时救助人次), where no cell set at its group's
 * top prints it.  Its column showing no habit (its other items head
 * one-row groups), the item was read from the top of its row, and the two
 * blank rows above it went to the item before (发放困难残疾人生活补贴).
 * Writer's and Calc's PDFs (Chromium's, Writer's own), no item wrapped. */
static void work_item_between_two_rows(void **state)
{
    (void)state;
    check_dump("chromium-writer-layout/dept/f0069");
    static const char *const names[] = {"养老机构床位数", "新建社区居家养老服务中心",
                                        "特困人员救助供养人数"};
    for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
        check_field("calc-pdf-layout/dept/f0069", names[i], "task", "推进养老服务体系建设");
}

/* ... and in a text browser's dump (w3m -dump; rows parted by blank lines)
 * items set below their rows' lines (推进农村危房改造 under 工作任务完成及时性,
 * over it and 审批办结时限) show the column's cells centred: read from the top, the first
 * group's items took the rows above their own (加装电梯数量 under
 * 实施城镇老旧小区改造, not 推进农村危房改造, centred over seven rows). */
static void w3m_work_items_below_rows(void **state)
{
    (void)state;
    check_dump("w3m/dept/f0214");
}

/* A work item wrapped round its row's cells (推进学前教育普及普惠发 / 化解大班额班级数
 * / 展), a one-line piece above and below: a cell set at its group's top
 * starts level with its first row, so this one is centred on its row, over
 * 改扩建校舍面积 above and 配备教学仪器设备学校数 below. */
static void work_item_wrapped_round_its_row(void **state)
{
    (void)state;
    check_field("writer-pdf-layout/dept/f0004", "改扩建校舍面积", "task", "推进学前教育普及普惠发展");
}

/* A text browser's dump (w3m -dump of the Writer HTML; rows parted by
 * blank lines) centring two-line work items over an even count of rows
 * (加强教师队伍建设，开 / 展全员培训 on lines 22-23 of the rows on lines 20..26): the
 * browser rounds the room above a centred cell down, so the item stands on
 * its span's middle line or half a line above, never below — which tells
 * the four rows it heads from the three above the middle. */
static void w3m_work_item_even_span(void **state)
{
    (void)state;
    check_dump("w3m/dept/f0004");
}

/* A text browser's dump (links -dump of the variant family's HTML; rows
 * parted by blank lines): 森林覆盖率提高 on its line between 社会效益指标's
 * row and 生态效益指标's, in 生态效益指标's group.  The browser sets a rowspan
 * cell by rules of its own, not centred among its records as a printed page
 * is: the records' balance round a label (labels.c, RECORD_BALANCE_COST)
 * weighs only in a dump of printed pages (jx_grid_is_page_dump), and here
 * it would give the row to 社会效益指标. */
static void browser_dump_no_record_balance(void **state)
{
    (void)state;
    check_dump("links/variant/v0033");
    check_field("links/variant/v0033", "森林覆盖率提高", "level2", "生态效益指标");
}

/* One 指标类别 column under section rows, its level-2 labels centred on
 * lines of their own between the rows (`经济成本指标` under `成本指标`): a
 * level-2 label alone in the one label column was aligned to the names'
 * column (a level-2 is no level-1's), and a row of labels alone cut its
 * section's span in two, so the rows above it had no level-2 and those
 * below took the label after.  The one label column is its own level's
 * column for both levels, and the label stands in its section's span. */
static void one_label_column_lone_labels(void **state)
{
    (void)state;
    check_dump("w3m/variant/v0011");
}

/* Work items that share words with indicators of other items
 * (做好城乡居民基本养老保险工作 and 城乡居民养老保险待遇按时足额发放率, an
 * indicator of 落实就业创业扶持政策): where the item stands decides, the
 * words only break ties. */
static void work_item_words_weigh_little(void **state)
{
    (void)state;
    check_dump("w3m/dept/f0019");
}

/* Level-2 labels that are work items (a 履职 group's rows under
 * 加强企业创新能力建设), wrapped in their narrow column with each line beside
 * a row of its own (加强企业创新能力 / 建设, 实施农村义务教 / 育学生营养改善 /
 * 计划): one label, as a 名称 column's work items are; read line by line,
 * each piece was a label of its own and the rows under it took `建设`.  Not
 * joined: a known label whole over the next one's first piece (社会效益指标 /
 * 可持续影响指 / 标), nor two cells each centred on a row of its own
 * (做好城乡居民基 / 本养老保险工作 over 开展职业技能提 / 升行动), whose lines
 * fill the column as a wrapped piece's do. */
static void level2_work_item_wrapped(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/half/f0068");
    check_dump("writer-pdf-layout/half/f0208");
    check_dump("calc-pdf-layout/half/f0268");
    check_dump("writer-pdf-layout/standard/f0226");
}

/* A level-2 label wrapped round the line of the row it is centred on
 * (服务对象满意 / 17 | 满意度 | 群众满意度 / 度指标): the first piece stands on
 * a line of its own, taken in by row 16 above.  Joined on row 16, the label
 * read as set on top of 16..18, so the level-1 labels were read as set on
 * top too: 满意度 took 17 and 18 only, 16 went to 效益, and 17 and 18 lost
 * their level-2 label.  It is row 17's, centred over 16..18. */
static void label_wrapped_round_its_row(void **state)
{
    (void)state;
    static const char *const rels[] = {"calc-pdf-layout/half/f0128", "writer-pdf-layout/half/f0128"};
    static const char *const names[] = {"受益群众满意度", "群众满意度", "沿河群众满意度"};
    for (gsize r = 0; r < G_N_ELEMENTS(rels); r++)
        for (gsize i = 0; i < G_N_ELEMENTS(names); i++) {
            check_field(rels[r], names[i], "level1", "满意度");
            check_field(rels[r], names[i], "level2", "服务对象满意度指标");
            check_field(rels[r], names[i], "category", "satisfaction.service");
        }
    check_field(rels[0], "水土流失治理度", "level1", "效益");
    check_field(rels[0], "水土流失治理度", "level2", "生态效益指标");
}

/* A form that repeats its labels on every row, the work item too: wrapped
 * (做好城乡居民基本养老 / 保险工作), each line beside a row of its own, the same
 * two pieces again in every group the item spans.  Where the second piece
 * had nothing close under it (a row's wrapped target between), it read as
 * a label stated whole there, and no pair was joined anywhere; with the
 * first piece right over it, it is that pair's second piece again. */
static void repeated_wrapped_work_item(void **state)
{
    (void)state;
    static const char *const rels[] = {"calc-pdf-layout/dept/f0299", "writer-pdf-layout/dept/f0299"};
    static const char *const names[] = {"举办招聘会", "发放一次性创业补贴", "资金使用合规率",
                                        "培训合格率", "资金拨付及时率", "成本节约率"};
    for (gsize r = 0; r < G_N_ELEMENTS(rels); r++)
        for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
            check_field(rels[r], names[i], "task", "做好城乡居民基本养老保险工作");
    check_field(rels[0], "补贴性职业技能培训人次", "task", "落实就业创业扶持政策");
}

/* check_field for each `key, want` pair after `name`, up to a NULL key. */
static void check_fields(const char *rel, const char *name, ...)
{
    va_list ap;
    va_start(ap, name);
    for (const char *key; (key = va_arg(ap, const char *)) != NULL;)
        check_field(rel, name, key, va_arg(ap, const char *));
    va_end(ap);
}

/* Tall rows whose name stands at the top and whose qualitative target is
 * centred lower (Chromium's print of Calc HTML), past lines that are no
 * name: the first line of the row's work item, which the grid set in a
 * column no header word heads left of the names' and alignment by order
 * read as a name (`服务能力和水平` / `社会效益指标 | 建设高标准农田，提升耕地质`
 * / `量 | 显著提升`), or the blank line of the row's padding under the row
 * header's piece (`服务能力和水平` / `效指标` / blank / `社会效益指标 |
 * 推进知识产权创造运用 | 显著提升`).  The target's line was taken for no
 * row's, the row was lost and its name went into the row above
 * (`单位建设成本服务能力和水平`). */
static void text_target_under_top_name_past_item_or_padding(void **state)
{
    (void)state;
    check_dump("chromium-calc-layout/dept/f0144");
    static const char *const rel = "chromium-calc-layout/dept/f0009";
    check_fields(rel, "服务能力和水平", "value", "显著提升", "level2", "社会效益指标", "task",
                 "推进知识产权创造运用", NULL);
    check_fields(rel, "单位建设成本", "op", "<=", "value", "1210", "unit", "元/平方米", NULL);
}

/* Level-2 labels centred over their groups on lines of a layout dump that
 * leave a boundary row open (an even group's label on the upper middle
 * line, the next group's on its exact middle, or the reverse): the row's
 * name tells its category by its ending (抽检批次, 开放时长: counts;
 * 监测数据有效率: quality), and the row went to the neighbouring group when
 * the ending was no word of the vocabulary. */
static void boundary_row_by_name_ending(void **state)
{
    (void)state;
    check_dump("chromium-calc-layout/dept/f0014");
    static const char *const rel = "chromium-calc-layout/dept/f0204";
    check_fields(rel, "场馆免费开放时长(以批复为准)", "level2", "数量指标", "category",
                 "output.quantity", "task", "开展全民健身赛事活动", NULL);
    check_fields(rel, "按计划进度完成", "level2", "时效指标", NULL);
}

/* A line between two rows holding a work item that opens a cell (some row
 * opens the same item on its own line) or restates the row above's, beside
 * the first line of a wrapped name (Chromium's print of Calc's HTML: `开展中
 * 小河流治理 农村集中供水工程水质达标` over `率 ≥ 88 %`, `开展全民健身赛事活动
 * 培训社会体育` over `指导员（一期）* ≥320人`): the row above's own line holds
 * a whole item of its own, so the line continued none of its cells, but it
 * went up, and the row above read two items and two names joined. */
static void whole_work_item_opens_row_below(void **state)
{
    (void)state;
    check_dump("chromium-calc-layout/dept/f0259");
    static const char *const rel = "chromium-calc-layout/dept/f0139";
    check_fields(rel, "新建社会足球场(中心城区)", "value", "9", "task", "开展全民健身赛事活动",
                 NULL);
    check_fields(rel, "培训社会体育指导员(一期)*", "value", "320", "task",
                 "开展全民健身赛事活动", NULL);
}

/* A name wrapped over three lines centred on its row's line, its first
 * line under the rest of the row above's work item (`开展农作物病虫害统 |
 * 人均培训成本` / `防统治` / `依照相关资金管理办法` / `组织实施，严格控制成 |
 * 实际按下拨文件为准` / `本`, Chromium's print of Writer's HTML): the run's
 * first line, the item's rest, was asked for the top of the row's name, so
 * the name's first line went to the row above (人均培训成本依照相关资金管理
 * 办法, 组织实施,严格控制成本). */
static void centred_name_top_under_item_rest(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/dept/f0104";
    check_fields(rel, "人均培训成本", "value", "1940", "unit", "元/人", NULL);
    check_fields(rel, "依照相关资金管理办法组织实施,严格控制成本", "value", "实际按下拨文件为准",
                 NULL);
}

/* A page after a break that a browser's print laid out by its own text
 * (Chromium, each character one place in the dump): its columns stand
 * elsewhere than the header page's, yet each word still overlaps one of
 * them (chromium-writer-layout dept f0054: the page's work items under the
 * header page's level-1 column, its names under the level-2 one, long names
 * running over the gap into the work items' column).  Read by those
 * columns, the page's names went to the work items, its items to the
 * level-2 labels; its own columns, which no piece crosses, read it. */
static void page_laid_out_afresh_reads_own_columns(void **state)
{
    (void)state;
    check_dump("chromium-writer-layout/dept/f0104");
    check_dump("chromium-calc-layout/dept/f0134");
    static const char *const rel = "chromium-writer-layout/dept/f0054";
    check_fields(rel, "★完成黑臭水体整治", "value", "8", "task", "打好蓝天保卫战", "level2",
                 "数量指标", NULL);
    check_fields(rel, "档案资料完整率", "value", "96", "task", "开展农村环境综合整治", NULL);
    check_fields(rel, "补助对象识别精准率*", "level2", "质量指标", "task", "推进水污染防治",
                 NULL);
    check_fields(rel, "按指南要求在网上进行申报,第三方独立评审,审核认定程序执行到位", "task",
                 "打好蓝天保卫战", "level1", "产出指标", NULL);
}

/* A work item that fills its column and the name after it, printed with
 * no space between them (Chromium's print of Writer's HTML, each character
 * one place in the dump: `开展送戏下乡和公益电影放公益电影放映场次`, the
 * item's first line run into the name; `推进公共文化场馆免费开放新增图书馆
 * 藏书`, a whole item run into it): the solid word read as the work item and
 * the row had no name.  The page's other items wrapped at that width
 * (`加强非物质文化遗产保护传` / `承`) show where the item ends, and the
 * names' column starts there. */
static void item_and_name_printed_tight(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/dept/f0029";
    check_fields(rel, "公益电影放映场次", "value", "4320", "task", "开展送戏下乡和公益电影放映",
                 NULL);
    check_fields(rel, "人均补助标准", "value", "2740", "task", "推进公共文化场馆免费开放",
                 NULL);
    check_fields(rel, "成本节约率", "value", "2", "task", "加强非物质文化遗产保护传承", NULL);
    check_fields(rel, "长效管理机制", "value", "逐步完善", "task", "推进公共文化场馆免费开放",
                 NULL);
    check_fields("chromium-writer-layout/dept/f0174", "新增图书馆藏书", "value", "23000",
                 "task", "推进公共文化场馆免费开放", NULL);
}

/* A page after a break that repeats the header, laid out anew by a
 * browser's print, parts one of the header's columns in two where its
 * cells start apart and no row fills both: `%` a character right of `次`
 * under 单位 (chromium-writer-layout dept f0194), the text targets
 * (`明显增强`) a column left of the figures under 指标值 (f0004).  The
 * repeated header's map of the page's columns to the first page's was
 * dropped for two columns going to one, and the page's rows, read by
 * alignment where they stood, gave their names to the work items and their
 * items to the level-2 labels (which the labels' reading then spread to
 * the first page's rows). */
static void repeated_header_column_parted(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/dept/f0194";
    check_fields(rel, "新建污水处理设施", "level2", "产出数量", "task", "打好蓝天保卫战", NULL);
    check_fields(rel, "开展执法检查", "value", "470", "task", "打好蓝天保卫战", "level2",
                 "产出数量", NULL);
    check_fields(rel, "污水处理设施出水达标率", "value", "94", "level2", "产出质量", "task",
                 "加强生态环境执法监管", NULL);
    static const char *const doc = "chromium-writer-layout/dept/f0004";
    check_fields(doc, "政策宣传覆盖率", "value", "98", "level2", "社会效益指标", "task",
                 "推进学前教育普及普惠发展", NULL);
    check_fields(doc, "项目持续发挥作用年限", "value", "7", "level2", "可持续影响指标", NULL);
    check_fields(doc, "学生满意度", "value", "87", "task", "实施农村义务教育学生营养改善计划",
                 NULL);
}

/* A page after a break that repeats the header, laid out anew by a
 * browser's print: pdftotext -layout sets a line's pieces a single space
 * apart where they fill their cells, so a short work item and its name
 * (`做好应急物资储备 惠及人口`) stand left of the other rows' items and names,
 * and the page found a column of its own for those items, which no header
 * word names (chromium-writer-layout dept f0129).  The repeated header's
 * map was dropped for two columns going to one, and the page's rows, read
 * where they stood, took the level-2 labels for level-1 ones
 * (可持续影响指标, 服务对象标满意度) and lost their categories. */
static void repeated_header_pieces_set_left(void **state)
{
    (void)state;
    check_dump("chromium-writer-layout/dept/f0129");
}

/* ... and a page whose level-2 labels, wrapped and centred row by row,
 * drift apart in two grid columns, the second named by no header word
 * (chromium-writer-layout dept f0194: 经济效益, 社会效益 a column right of
 * 产出时效): the map was dropped, and a text target's rows lost their names
 * (群众获得感 and 群众生产生活条件 read as one). */
static void repeated_header_label_column_parted(void **state)
{
    (void)state;
    check_dump("chromium-writer-layout/dept/f0194");
}

/* A level-1 label the form repeats on every row, wrapped in its narrow
 * column (chromium-writer-layout bureau b0011: `产出` on each row's line,
 * `指标` on the next, between it and the next row): the row below took the
 * rest in as its first piece and read `指标产出`, the row above `产出`.  The
 * vocabulary spells 产出指标, never 指标产出: the rest goes back up. */
static void level1_repeated_rest_to_row_above(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/bureau/b0011";
    check_fields(rel, "改造提升供水管网", "level1", "产出指标", NULL);
    check_fields(rel, "除险加固小型水库(以批复为准)", "level1", "产出指标", "category",
                 "output.quantity", NULL);
    check_fields(rel, "农村集中供水工程水质达标率", "level1", "产出指标", "category",
                 "output.quality", NULL);
    check_fields(rel, "工作任务完成及时性", "level1", "产出指标", "category",
                 "output.timeliness", NULL);
    check_fields(rel, "项目预算控制率", "level1", "产出指标", "category", "output.cost", NULL);
}

/* A short region read by the wrong metric (chromium-writer-layout bureau
 * b0048: the indicator header over its first three rows, the rest of the
 * table on the next pages).  Chromium gives every character one place;
 * read by display width, the header's words sit a column or two off their
 * cells and `三级指标` joined `年度指标值` in one cell, so the header had no
 * value column and no table was found.  The page dump's regions so far
 * line up by one place a character: that reading holds. */
static void short_region_reads_by_dump_metric(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/bureau/b0048";
    check_fields(rel, "发放一次性创业补贴", "op", ">=", "value", "30", "unit", "户", NULL);
    check_fields(rel, "举办招聘会", "op", ">=", "value", "15", "unit", "场", NULL);
    check_fields(rel, "城镇新增就业人数", "level1", "产出", "op", ">=", "value", "3000", "unit",
                 "人", NULL);
    check_fields(rel, "人均培训成本", "level2", "产出成本", "value", "960", "unit", "元/人",
                 NULL);
    check_fields(rel, "参保群众满意度", "level1", "满意度", "level2", "服务对象满意度", "op",
                 ">=", "value", "91", "unit", "%", NULL);
}

/* The social-outcome rows of a 效益 block cut from their centred
 * 社会效益指标 label by a page break (chromium-writer-layout f0289: the
 * label on page 1 by the group's first rows, 生态效益指标 on page 2 after
 * the group's last): the rows on page 1 below the label (城乡低保标准,
 * 困难群众基本生活, 社会影响力 …) went to the ecological label while no
 * ending of theirs said what they were. */
static void social_outcome_rows_by_name_ending(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/dept/f0289";
    check_fields(rel, "政策宣传覆盖率", "level2", "社会效益指标", "category", "outcome.social",
                 NULL);
    check_fields(rel, "城乡低保标准", "level2", "社会效益指标", "category", "outcome.social",
                 NULL);
    check_fields(rel, "困难群众基本生活", "level2", "社会效益指标", "category",
                 "outcome.social", NULL);
    check_fields(rel, "社会影响力", "level2", "社会效益指标", NULL);
}

/* A header centred on its middle line, the value columns' words wrapped
 * round it: `半年（程）指标 | 全年（程）指标` above the level words, `值 | 值`
 * below.  Under 全年（程）指标 the 值 made 指标值, which names the join; under
 * 半年（程）指标 the join is named by 半年, which the upper piece holds
 * already, so the line was no header line and became an indicator whose
 * targets were `值`.  指标值, made across the seam, names the same column
 * (its half-year twin): the line is the header's last. */
static void value_tails_below_centred_header(void **state)
{
    (void)state;
    static const char *const rels[] = {"calc-pdf-layout/half/f0213", "writer-pdf-layout/half/f0213"};
    for (gsize r = 0; r < G_N_ELEMENTS(rels); r++) {
        char *txt = g_strdup_printf("tests/layout/%s.txt", rels[r]);
        jx_record_list *got = jx_test_parse_repo_file(txt);
        for (guint k = 0; k < jx_record_list_length(got); k++) {
            const jx_record *rec = jx_record_list_get(got, k);
            if (g_strcmp0(jx_record_get_string(rec, "value"), "值") == 0)
                fail_msg("%s: the header's last line read as an indicator", txt);
        }
        jx_record_list_free(got);
        g_free(txt);
        check_fields(rels[r], "新建港湾式候车亭", "value", "69", "level1", "产出指标", "level2",
                     "数量指标", NULL);
    }
}

/* The second value group's 运算符 wrapped over two lines (`运算符` / `号`),
 * its 指标值 and 度量单位 centred on the second: the first group's 指标值
 * stands on the line above the second's.  Counted as a group heading, that
 * first 指标值 gave three headings for two sets, the whole-header regrouping
 * was not used, and the row-by-row reading put the second set under the
 * first heading: both sets half-year, their figures run together (`415`). */
static void value_group_under_wrapped_operator(void **state)
{
    (void)state;
    static const char rel[] = "chromium-calc-layout/half/f0298-head";
    check_fields(rel, "危桥改造数量", "op", ">=", "value", "15", "unit", "座", "half.value", "4",
                 NULL);
    check_fields(rel, "新建港湾式候车亭", "value", "66", "half.value", "40", NULL);
    check_fields(rel, "安全生命防护工程里程", "value", "117", "half.value", "47", NULL);
}


/* A row of a Calc table printed by Chromium whose name is set at its top,
 * on the line above, the work item wrapped round the row and only the
 * full-year target given (`新建标准化村卫生室` over `履职 | 落实计划生育家庭奖
 * | ≥15个` over `励扶助政策`; `16 | 加强生态环境执法监管 | =72台` in a
 * numbered form).  Read by order, the work item took the empty name slot:
 * the name above joined it (新建标准化村卫生室落实计划生育家庭奖) and the
 * rows below took the wrong work item.  The target stands in the full-year
 * column, the half-year one empty, so the row is not moved left: the text
 * in the work items' column is the row's work item. */
static void work_item_beside_full_year_target_only(void **state)
{
    (void)state;
    check_dump("chromium-calc-layout/half/f0098");
    check_dump("chromium-calc-layout/half/f0198");
    check_fields("chromium-calc-layout/half/f0098", "新建标准化村卫生室", "value", "15", "level2",
                 "落实计划生育家庭奖励扶助政策", NULL);
    check_fields("chromium-calc-layout/half/f0198", "培育新型农业经营主体", "value", "62",
                 "level2", "开展农作物病虫害统防统治", NULL);
}

/* A short continued page laid out with one column more than the header
 * (pdftotext sets a short name's line left of a long one's: names stand
 * in two columns, `持续发挥效益` under the header's 名称, `扩大服务覆盖面…`
 * right of it; an explanation's 指标解释 past the header's last column).
 * The page's targets show its columns moved one left; the columns no row
 * placed a cell in move with them, in the header's order: the names are
 * names, not work items, and the explanation no part of a name
 * (乘客满意度达到目标值得满分…). */
static void page_with_extra_column(void **state)
{
    (void)state;
    static const char *const dept = "calc-pdf-layout/dept/f0004";
    check_fields(dept, "扩大服务覆盖面,服务质量达到国家标准*", "value", "达到或超过", "task",
                 "实施农村义务教育学生营养改善计划", NULL);
    check_fields(dept, "项目持续发挥作用年限", "op", ">=", "value", "7", "unit", "年", "level2",
                 "可持续影响指标", NULL);
    check_fields(dept, "学生满意度", "value", "87", "level1", "满意度指标", NULL);
    static const char *const legacy = "calc-pdf-layout/legacy/f0040";
    static const struct {
        const char *name, *value;
    } rows[] = {{"乘客满意度", "89"}, {"受益群众满意度", "88"}};
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++)
        check_fields(legacy, rows[i].name, "op", ">=", "value", rows[i].value, "unit", "%",
                     "level1", "满意度", "level2", "满意度", NULL);
}

/* A target cut inside its unit in its narrow column, its rest on a line
 * below with another line between: a line of group labels (`≤1,210元/` /
 * `成本指标` / `运用 … 平方米`) or a work item's line (`≥11.9 万平方` /
 * `发展保障性租赁住房` / `米`).  The rest finishes the figure's unit: it is
 * that row's, not the next row's, whatever stands between. */
static void target_unit_cut_across_a_line(void **state)
{
    (void)state;
    static const struct {
        const char *rel, *name, *op, *value, *unit;
    } rows[] = {
        {"calc-pdf-layout/dept/f0009", "单位建设成本", "<=", "1210", "元/平方米"},
        {"writer-pdf-layout/dept/f0274", "改造老旧小区建筑面积", ">=", "11.9", "万平方米"},
        {"writer-pdf-layout/dept/f0274", "项目验收合格率", "=", "100", "%"},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++)
        check_fields(rows[i].rel, rows[i].name, "op", rows[i].op, "value", rows[i].value, "kind",
                     "number", "unit", rows[i].unit, NULL);
    check_field(rows[0].rel, rows[0].name, "task", "推进知识产权创造运用");
    check_field(rows[1].rel, rows[1].name, "task", "发展保障性租赁住房");
    check_field(rows[2].rel, rows[2].name, "task", "实施城镇老旧小区改造");
}

/* Half-year and full-year targets both cut inside their units, their
 * rests on the next line (`≤900 元/平方 | ≤1,500 元/平` over `米 | 方米`):
 * that line finishes the targets above it, no row of its own (it read as
 * one, a record with the target `方米`, and the row kept `≤1,500元/平`).
 * So does a day under a date cut after its month (`≤2024 年 9 月` / `30
 * 日`), though the month alone reads as a date. */
static void targets_cut_inside_units(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/half/f0248";
    check_fields(rel, "单位建设成本", "op", "<=", "value", "1500", "kind", "number", "unit",
                 "元/平方米", "level1", "成本指标", NULL);
    check_fields(rel, "★年度任务完成时限", "value", "2024-09-30", "kind", "date", NULL);
    jx_record_list *got = jx_test_parse_repo_file("tests/layout/writer-pdf-layout/half/f0248.txt");
    gboolean half_checked = FALSE;
    for (guint k = 0; k < jx_record_list_length(got); k++) {
        const jx_record *r = jx_record_list_get(got, k);
        const char *value = jx_record_get_string(r, "value");
        if (g_strcmp0(value, "方米") == 0 ||
            (g_strcmp0(value, "30") == 0 && g_strcmp0(jx_record_get_string(r, "unit"), "日") == 0))
            fail_msg("a record of the line that finishes the target above it");
        if (g_strcmp0(jx_record_get_string(r, "name"), "单位建设成本") != 0)
            continue;
        const jx_record *half = jx_record_get_record(r, "half");
        assert_non_null(half);
        assert_string_equal(jx_record_get_string(half, "value"), "900");
        assert_string_equal(jx_record_get_string(half, "unit"), "元/平方米");
        half_checked = TRUE;
    }
    assert_true(half_checked);
    jx_record_list_free(got);
}

/* Names wrapped over many lines, centred on their rows' lines (pdftotext
 * prints as many of a centred cell's lines above the row's line as below:
 * `被认定和审核通过的项` / `目及对象均符合规定的` / `= 100 %` / `资格；项目及合
 * 同等均` / `达到预期效益`).  Placed line by line, the first line went to
 * the row above (`城镇新增就业人数被认定和审核通过的项`) and the last to the
 * row below (`达到预期效益政策知晓率`, `等均达到预期效益审批办结时限`), or to
 * a line of group labels alone that states no indicator; placed by their
 * whole column, each row's name is centred on its line. */
static void names_centred_by_column(void **state)
{
    (void)state;
    static const char *const writer = "writer-pdf-layout/dept/f0019";
    check_fields(writer, "城镇新增就业人数", "op", ">=", "value", "17900", "unit", "人", NULL);
    check_fields(writer, "被认定和审核通过的项目及对象均符合规定的资格;项目及合同等均达到预期效益",
                 "op", "=", "value", "100", "unit", "%", NULL);
    check_fields(writer, "政策知晓率", "value", "82", "unit", "%", NULL);
    static const char *const calc = "calc-pdf-layout/dept/f0034";
    check_fields(calc, "审批办结时限", "value", "18", "unit", "个工作日", "task",
                 "开展安全生产专项整治", NULL);
    /* its first line above a line of group labels alone (`质量指标`) */
    check_fields(calc, "被认定和审核通过的项目及对象均符合规定的资格;项目及合同等均达到预期效益",
                 "op", "=", "value", "100", "unit", "%", "task", "做好应急物资储备", NULL);
}

/* A row centred on three lines, its full-year target wrapped round its
 * one-line half-year target (`年度任务完成时限（暂定） | | ≤2022年10月31` /
 * ` | ≤2022-06-30 |` / ` | | 日`; `按照项目实施方案要` over `稳步推进 |
 * 求持续改善，惠及更` over `多群众`), the middle line beside the group
 * labels: the middle line read as a row of its own with no name, the last
 * line as its rest, and the row kept neither its half-year target nor the
 * end of its full-year one.  A centred label may stand on a line of its own
 * between the name's line and the middle one (`★群众生产生活条件 | 按照项目实
 * 施方` / `社会效益指标` / `效益指标 | 按进度推进 | 案要求持续改善` / `，惠及更多群
 * 众`), and the last line read as a row too (a text target alone). */
static void half_target_inside_wrapped_target(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/half/f0073");
    check_dump("calc-pdf-layout/half/f0123");
    check_dump("writer-pdf-layout/half/f0103");
    static const char *const rel = "calc-pdf-layout/half/f0143";
    check_fields(rel, "年度任务完成时限(暂定)", "op", "<=", "value", "2022-10-31", "kind", "date",
                 "level1", "产出指标", "level2", "时效指标", NULL);
    check_fields(rel, "年度任务完成时限(暂定)", "half.value", "2022-06-30", NULL);
    check_fields(rel, "单位建设成本", "op", "<=", "value", "1760", "unit", "元/平方米", "level1",
                 "成本指标", "level2", "经济成本指标", NULL);
    check_fields(rel, "单位建设成本", "half.value", "1056", "half.unit", "元/平方米", NULL);
    jx_record_list *got = jx_test_parse_repo_file("tests/layout/calc-pdf-layout/half/f0143.txt");
    for (guint k = 0; k < jx_record_list_length(got); k++) {
        const jx_record *r = jx_record_list_get(got, k);
        const char *name = jx_record_get_string(r, "name");
        if (g_strcmp0(jx_record_type(r), "indicator") == 0 && (!name || !*name))
            fail_msg("a record of a line of the row above it");
    }
    jx_record_list_free(got);
}

/* A deadline whose operator word wrapped onto a line of its own, two lines
 * below the date, a centred label between (`2017年11月30日` / `时效` /
 * `以前`): the date alone reads as a whole target, so the word was taken
 * for no rest of it, and the deadline lost its operator (<=). */
static void deadline_word_wrapped(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/legacy/f0245");
}

/* A unit wrapped in its narrow column round its row's numbered line, none
 * of it on that line (`个工作` above `12 | 时效 | 12`, `日` below; `元/平方`
 * above `8 | 不高于 | 1460`, `米` below): the row had no unit of its own to
 * join the pieces to, and both were dropped. */
static void unit_wrapped_round_its_row(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/split/f0022");
    check_fields("calc-pdf-layout/split/f0142", "单位建设成本", "op", "<=", "value", "1460", "unit",
                 "元/平方米", NULL);
}

/* A scoring rule wrapped onto the line below its row (`完成目标得满分，每
 * 降低1个百分点扣` / `0.5分`), beside a narrow level-1 label's rest (`效益指`
 * / `标`) and a unit's (`个百分` above `36 | … | ≥1`, `点` below): aligned by
 * order, the score points became the target of a row named `标` or `点`,
 * and the unit lost its end (个百分). */
static void score_points_beside_label_rest(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/legacy/f0010";
    check_fields(rel, "公共服务满意度提升", "op", ">=", "value", "1", "unit", "个百分点", NULL);
    check_fields(rel, "农村自来水普及率", "op", ">=", "value", "80", "unit", "%", "level1",
                 "效益指标", NULL);
    char *txt = g_strdup_printf("tests/layout/%s.txt", rel);
    jx_record_list *got = jx_test_parse_repo_file(txt);
    for (guint k = 0; k < jx_record_list_length(got); k++) {
        const jx_record *rec = jx_record_list_get(got, k);
        if (g_strcmp0(jx_record_get_string(rec, "unit"), "分") == 0)
            fail_msg("%s: a scoring rule's points read as the target of a row named %s", txt,
                     jx_record_get_string(rec, "name"));
    }
    jx_record_list_free(got);
    g_free(txt);
}

/* A level-1 label wrapped round its row (`产出指` / `11 | 产出数量 | …` /
 * `标`) on the first line of a page under its header repeated (WeasyPrint):
 * the label's first line went to the page before's last row, as a cell's
 * rest opening a page does, and the row kept `标` for its level-1. */
static void level1_opening_tops_page(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/legacy/f0010";
    check_fields(rel, "治理河道长度", "level1", "产出指标", "level2", "产出数量", NULL);
    check_fields(rel, "除险加固小型水库(二期)", "level1", "产出指标", NULL);
    check_fields(rel, "社会影响力", "level1", "效益指标", "value", "进一步扩大", NULL);
    check_dump(rel);
}

/* A line of group labels alone right below the last line of a cell of the
 * row above it (`保护沿河人口（以批复为准` / `不低于5.1万人 | ≥5.1万人` / `）` /
 * `效益`): it is no row, and misses no name or target; read as one, it took
 * the piece, which was lost with it. */
static void cell_end_above_labels_line(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/half/f0273");
    check_dump("writer-pdf-layout/half/f0273");
}

/* A row's operator on the middle line of three, beside its level-2 label,
 * its date wrapped round it (`项目完成时限 | 2023年9月30` / `时效指标 | ≤` /
 * `日`): the operator's line read as a fragment of no row, and the deadline
 * lost its operator. */
static void operator_inside_wrapped_value(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/split/f0102");
    /* the same on a page whose repeated header pdftotext laid out a column
     * off the first page's (an empty column found between the labels): the
     * operator stands in the 指标值 column, the date's rest `0日` in 计量单位,
     * and only what they are says where they went */
    check_fields("writer-pdf-layout/dept/f0299", "项目完成时限", "op", "<=", "value", "2020-11-30",
                 "kind", "date", NULL);
}

/* A row's unit alone on the middle line of three, its figure cut inside
 * its digits round it (`补贴耕地面积 | =４８３,１０` / `亩` / `０`): the
 * figure's rest read as a row of its own, the figure as text and the unit
 * was lost. */
static void unit_inside_wrapped_figure(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/legacy/f0110");
    check_dump("writer-pdf-layout/legacy/f0110");
}

/* A numbered row whose qualitative target starts on the line below its
 * name's (`社会效益指标 | 群众生产生活条件` / `按照项目实施方` / `29 |
 * 案要求持续改善` / `，惠及更多群众`): the name's line and the target's first
 * line read as a row of their own, the numbered line had no name. */
static void target_starts_below_name_line(void **state)
{
    (void)state;
    check_fields("calc-pdf-layout/split/f0017", "群众生产生活条件", "value",
                 "按照项目实施方案要求持续改善,惠及更多群众", "level2", "社会效益指标", NULL);
}

/* A numbered row centred over four lines whose top line (its name and its
 * qualitative target's first piece) a line of group labels alone parts
 * from its numbered line (`群众生产生活条件 | 按照项目实施方案要` /
 * `社会效益指标` / `8 | 效益指标 | 求持续改善，惠及更` / `多群众`): the top
 * line stood as a row of its own and the numbered line's piece as a target
 * with no name. */
static void top_line_over_labels_line(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/split/f0287";
    check_fields(rel, "群众生产生活条件", "value", "按照项目实施方案要求持续改善,惠及更多群众", "level1",
                 "效益指标", "level2", "社会效益指标", NULL);
    check_dump(rel);
}

/* A numbered row whose two qualitative targets (半年 and 全年) wrap over
 * different numbers of lines, each centred on the row: the year's first
 * piece on the name's line, the half year's below it, the two alternating
 * or side by side down to the numbered line and past it
 * (`群众生产生活条件 | | 按照项目实` / `| 按照项目实施方 | 施方案要求` / `30 |
 * 案要求持续改善 | 持续改善，`): the line that started the half year's
 * target read as a row with no name, the name's line as a row of its own. */
static void two_targets_wrapped_unevenly(void **state)
{
    (void)state;
    static const char *const rels[] = {"calc-pdf-layout/half/f0298",
                                       "writer-pdf-layout/half/f0298"};
    for (gsize i = 0; i < G_N_ELEMENTS(rels); i++)
        check_fields(rels[i], "群众生产生活条件", "value", "按照项目实施方案要求持续改善,惠及更多群众",
                     "half.value", "按照项目实施方案要求持续改善,惠及更多群众", NULL);
}

/* A numbered row whose narrow level-2 column wraps its label round the
 * row's lines, the label's rest on the numbered line beside the target's
 * next piece (`社会效益指 | 群众生产生活条件 | 按照项目实施方` / `12 | 标 |
 * 案要求持续改善` / `，惠及更多群众`): the rest of the label kept the numbered
 * line from being the row's, which stood as a row of its own. */
static void label_rest_on_numbered_line(void **state)
{
    (void)state;
    check_fields("calc-pdf-layout/split/f0142", "群众生产生活条件", "value",
                 "按照项目实施方案要求持续改善,惠及更多群众", "level2",
                 "社会效益指标", NULL);
}

/* A numbered row centred over four lines whose number stands alone on its
 * line (or beside a one-line cell of a column no record keeps, a 中期指标值
 * `持续提升` read by order as its name), its name above, its target
 * starting between them and ending below beside a group label centred on
 * the row (`群众生产生活条件` / `按照项目实施方案要求持 | 按照项目实施方案要求持续改` /
 * `10 | 效益指标` / `社会效益指标 | 续改善，惠及更多群众 | 善，惠及更多群众`): the
 * label kept the last line from the row, the number's neighbour kept the
 * lines above from it. */
static void target_round_number_beside_labels(void **state)
{
    (void)state;
    static const char *const rels[] = {"calc-pdf-layout/variant/v0042",
                                       "calc-pdf-layout/variant/v0058"};
    for (gsize i = 0; i < G_N_ELEMENTS(rels); i++) {
        check_fields(rels[i], "群众生产生活条件", "value",
                     "按照项目实施方案要求持续改善,惠及更多群众", "level2", "社会效益指标", NULL);
        check_dump(rels[i]);
    }
}

/* A row with no 序号 centred over three lines whose middle line holds a
 * level-2 label centred on its group beside the target's next piece
 * (`群众生产生活条件 | 按照项目实施方` / `社会效益 | 定性 | 案要求持续改善` /
 * `，惠及更多群众`), or the rests of its name and labels cut inside their
 * words and its work item (`社会效益指 | 群众生产生活条 | 按照项目实施方案要` /
 * `标 | 推进水污染防治 | 件 | 求持续改善，惠及更`): the middle line read as a
 * row of its own. */
static void middle_line_beside_labels(void **state)
{
    (void)state;
    check_fields("calc-pdf-layout/legacy/f0290", "群众生产生活条件", "value",
                 "按照项目实施方案要求持续改善,惠及更多群众", "level2",
                 "社会效益", NULL);
    check_fields("calc-pdf-layout/half/f0288", "群众生产生活条件", "value",
                 "按照项目实施方案要求持续改善,惠及更多群众", "half.value",
                 "按照项目实施方案要求持续改善,惠及更多群众", NULL);
    check_fields("calc-pdf-layout/dept/f0119", "群众生产生活条件", "value",
                 "按照项目实施方案要求持续改善,惠及更多群众", "task",
                 "推进水污染防治", "level2", "社会效益指标", NULL);
    /* the line above it, a name's rest (`，严格控制成本`), stays that name's */
    check_fields("calc-pdf-layout/dept/f0119", "依照相关资金管理办法组织实施,严格控制成本", "value",
                 "控制在预算范围内", NULL);
}

/* A row with no 序号 whose text target wraps past a line of group labels
 * alone, the name's line above the labels' line (`群众生产生活条件` /
 * `社会效益指标 | 按照项目实施方案要求持` / `打好蓝天保卫战` / `续改善，惠及更多群众`):
 * the lines went down to the labels' row, which keeps no cell, and the
 * target was cut. */
static void target_rest_over_labels_row(void **state)
{
    (void)state;
    check_fields("calc-pdf-layout/dept/f0054", "群众生产生活条件", "value",
                 "按照项目实施方案要求持续改善,惠及更多群众", "task",
                 "打好蓝天保卫战", NULL);
}

/* A name wrapped round its row's line with a level-2 label centred on its
 * group on the line between (`依照相关资` / `成本指标` / `金管理办法组织实施，
 * 严格控制成本 | 实际按下拨文件为准`): the head went to the row above
 * (`★项目预算控制率依照相关资`), the row kept the rest.  The head goes on
 * from inside a word into the name under the labels. */
static void name_head_over_labels_line(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/dept/f0054";
    check_fields(rel, "依照相关资金管理办法组织实施,严格控制成本", "value", "实际按下拨文件为准",
                 "level2", "成本指标", NULL);
    check_fields(rel, "★项目预算控制率", "op", "<=", "value", "100", "unit", "%", NULL);
}

/* A row with no 序号 centred over five lines, its narrow level-2 label
 * wrapped between them: `群众生产生活条 | 按照项目实施方案` / `社会效益指` / `件 |
 * 要求持续改善，惠` / `标` / `及更多群众`.  The name's rest and the target's
 * lines past the label's pieces read as a row of their own, and the last
 * line went into the next row's target (`及更多群众616元/人·月以上`). */
static void target_lines_past_label_pieces(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/legacy/f0080";
    check_fields(rel, "群众生产生活条件", "value", "按照项目实施方案要求持续改善,惠及更多群众", "level2", "社会效益指标", NULL);
    check_fields(rel, "城乡低保标准", "op", ">=", "value", "616", "unit", "元/人·月", NULL);
}

/* A row's 序号 alone on its line, its name and target wrapped round it
 * (`年度任务完成时限（以批复为准 | 2023年12月20日` / `29` / `） | 之前`;
 * `群众生产生活条件 | 按照项目实施方案要求持续` / `10` / `改善，惠及更多群众`;
 * `社会效益指 | 群众生产生活条件 | 按照项目实施方` / `标 | 案要求持续改` / `12`
 * / `善，惠及更多群` / `众`): a line of digits alone read as a page number
 * and was dropped, the row lost its number and its lines parted. */
static void number_alone_between_lines(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/split/f0107");
    check_dump("calc-pdf-layout/standard/f0251");
    check_dump("writer-pdf-layout/split/f0142");
}

/* A page continued without its header that opens with its labels on lines
 * of their own at the margin (`成本指标` / `单位建设成本（含续建） | ≤2290元/
 * 平方米` / ` 经济成本指标`): the level-2 label alone, wider than a short
 * piece, ended the layout region, the table ended with it and the page's
 * rows were not read. */
static void level2_label_line_in_region(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/variant/v0006";
    check_fields(rel, "单位建设成本(含续建)", "value", "2290", "unit", "元/平方米", "level1", "成本指标",
                 "level2", "经济成本指标", NULL);
    check_fields(rel, "项目总成本", "op", "<=", "value", "1190", "unit", "万元", NULL);
    check_fields(rel, "项目区农民人均增收", "op", ">=", "value", "760", "level2", "经济效益指标", NULL);
}

/* A numbered row centred on three lines, its deadline wrapped round the
 * 序号's line (`年度任务完成时限 | 2023 年 12 月 2` / `13 | ≤` / `0日`): the
 * line below, nothing but the date's rest, read as a row of its own (`0
 * 日`) and the deadline was cut (`2023年12月2`, text). */
static void value_rest_below_numbered_line(void **state)
{
    (void)state;
    check_dump("writer-pdf-layout/split/f0022");
}

/* Level-2 labels centred on lines of their own between the rows of their
 * groups, a level-1 label's line inside the next group (`成本指标` between
 * 人均管理费用 and 严格执行补助标准…, `社会效益指标` between the second and
 * third of its four rows, `效益指标` two lines below it): counted as rows,
 * the labels' own lines made the split a row up centre both labels as well,
 * and 严格执行补助标准… went to 社会效益指标. */
static void labels_lines_no_rows(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/dept/f0014");
}

/* A level-1 label wrapped round the line of a level-2 label alone
 * (`满意度指` / `服务对象满意度指标` / `标`, each set by its own middle): the
 * labels' line between the pieces is no row of the group, and the pieces
 * are one label (they read as two groups, 满意度指 and 标). */
static void level1_wrapped_round_labels_line(void **state)
{
    (void)state;
    check_fields("calc-pdf-layout/dept/f0009", "社会公众满意度", "level1", "满意度指标", "level2",
                 "服务对象满意度指标", NULL);
}

/* A qualitative target wrapped round lines of group labels alone, a work
 * item beside its second line (`群众生产生活条件 | 按照项目实施方案要求` /
 * `效益 | 发展保障性租赁住房 | 持续改善，惠及更多群` / `社会效益指标` / `众`):
 * the lines beside and below the labels' line went to that line, which
 * gives no record — taken for a row whose target wraps round it — and the
 * target lost them. */
static void target_wrapped_round_labels_lines(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/dept/f0124");
    /* two lines of labels, one on each side of the second line */
    check_whole_target("calc-pdf-layout/dept/f0284");
    /* the work item beside it is that row's, centred on its lines: its
     * column still centres its items (work_items_centred_column_wide) */
    check_field("calc-pdf-layout/dept/f0284", "检验特种设备", "task", "推进知识产权创造运用");
}

/* A level-1 label with no level 2 under it, merged over both label columns
 * and centred between them (`成本指标` between 一级指标 and 二级指标): the
 * layout found a column of its own there, which no header word names, and
 * the label was read as a piece of the name (成本指标项目总成本). */
static void level1_between_label_columns(void **state)
{
    (void)state;
    check_fields("calc-pdf-layout/dept/f0209", "项目总成本", "level1", "成本指标", "level2", "",
                 "task", "建设高标准农田,提升耕地质量", NULL);
    check_fields("calc-pdf-layout/dept/f0209", "人均补助标准", "level1", "成本指标", "level2", "",
                 NULL);
}

/* The same, printed by a browser (Chromium's print of Writer's HTML): the
 * level-2 column's labels are centred but of near one width (经济效益指标,
 * 社会效益指标, 可持续影响指标, a shorter 时效指标), so the middle halves of
 * their starts and middles both show no spread, and `成本指标`, set a
 * character or two left of them, was read as the level-2 label of 产出's
 * cost rows (产出 / 成本指标, output.cost).  Their whole spread shows the
 * centring (merged_over_two, centred_without). */
static void level1_between_label_columns_near_one_width(void **state)
{
    (void)state;
    check_dump("chromium-writer-layout/half/f0218");
    static const char *const rel = "chromium-writer-layout/half/f0293";
    check_fields(rel, "单位建设成本", "level1", "成本指标", "level2", "", "category", "cost", NULL);
    check_fields(rel, "项目总成本", "level1", "成本指标", "level2", "", "category", "cost", NULL);
}

/* A form that sets each label cell its own way (Chromium's print): most
 * labels on their group's first row, some centred over their rows, alone
 * on the line between two of them (效益指标; 履职 between its two rows).
 * The column's habit (top) read such a label as heading the row below
 * only, and the rows above went to the group before (群众获得感 under
 * 产出指标 / 成本; 聘用生态护林员 under 过程, and the 过程 rows up under
 * 决策).  A label
 * wedged between two records is centred whatever the column's habit
 * (labels.c, centred_by_its_lines). */
static void label_wedged_between_records_is_centred(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/legacy/f0270";
    check_fields(rel, "群众获得感", "level1", "效益指标", "level2", "社会效益", "category",
                 "outcome.social", NULL);
    check_fields(rel, "群众生产生活条件", "level1", "效益指标", "level2", "社会效益", NULL);
    check_fields(rel, "社会公众满意度", "level1", "满意度指标", "level2", "满意度", NULL);
    static const char *const calc = "chromium-calc-layout/half/f0108";
    check_fields(calc, "公用经费控制率", "level1", "过程", "level2", "预算执行", NULL);
    check_fields(calc, "支付进度符合率", "level1", "过程", "level2", "预算执行", NULL);
    check_fields(calc, "聘用生态护林员", "level1", "履职", NULL);
}

/* Labels on a line of their own between two records that are no cell
 * centred over both (label_wedged_between_records_is_centred is):
 * Chromium's print of a spreadsheet's HTML (chromium-calc-layout legacy
 * f0210) read 参赛群众满意度 on the last line of the row above, its figures
 * under 满意度指标 — the label stands beside that record's cells, on top of
 * its group, and centred it took 政策宣传覆盖率 from the 效益 group; a word
 * processor's PDF of a form that states both labels on every row
 * (writer-pdf-layout standard f0176) sets 效益指标 社会效益指标 in the middle
 * of 群众生产生活条件's own wrapped cells, the row below labelled again —
 * centred, its cell said the column centres, and the last row, its name
 * read as a label (named ""), lost its level-2.  A label is centred by its
 * lines only where the record below starts below it and states no label of
 * the column; so centred, it says nothing of its column's other cells
 * (labels.c, centred_by_its_lines; rows_stacked_column_after_column). */
static void wedged_label_beside_its_own_rows(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/legacy/f0210";
    check_fields(rel, "政策宣传覆盖率", "level1", "效益指标", "level2", "社会效益指标", "category",
                 "outcome.social", NULL);
    check_fields(rel, "参赛群众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 NULL);
    static const char *const writer = "writer-pdf-layout/standard/f0176";
    check_fields(writer, "群众生产生活条件", "level1", "效益指标", "level2", "社会效益指标", NULL);
    check_fields(writer, "", "level1", "满意度指标", "level2", "服务对象满意度指标", NULL);
}

/* Two narrow label cells beside each other, both wrapped after their
 * column's width and set right of their columns (Chromium's print of a
 * spreadsheet's HTML: `效益 经济效` over `指标 益`): each line crowds two
 * pieces into one column.  Set right line by line, the first line moved
 * 效益 left (its right column taken), the second moved 益 right (one space
 * after 指标): 指标 joined the level-2 label (经济效指标), 益 the name
 * (项目区农民人均增收益), and the group's level-1 read 效益.  A line whose
 * pieces each start where a piece of the line above starts takes those
 * pieces' columns (extract/layout.c, stacked_lines_follow_heads).  w3m's
 * dump of the HTML sets the same cells so (`效益  经济效` / `指标  益指标`). */
static void wrapped_labels_side_by_side_follow_heads(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/bureau/b0005";
    check_fields(rel, "项目区农民人均增收", "level1", "效益指标", "level2", "经济效益", "category",
                 "outcome.economic", NULL);
    check_fields(rel, "受益群众饮水安全保障水平", "level1", "效益指标", "level2", "社会效益",
                 NULL);
    check_fields(rel, "持续发挥效益", "level1", "效益指标", NULL);
    check_dump("w3m/bureau/b0030");
}

/* Chromium's print of a spreadsheet's HTML centres each group's level-2
 * label in its merged cell: the 效益 groups' shorter labels (社会效益,
 * 生态效益, 可持续影响) stand right of the header's level-2 column, in the
 * grid column of no role that the header leaves before its names
 * (三级指标 centred right of them), beside their first row's name on a
 * line whose target is a line lower (`效益指标 | 社会效益 | 群众生态环境获得感`
 * over `明显增强`).  Placed by column, the label read as text beyond the
 * known columns and joined the name (社会效益群众生态环境获得感), and the
 * group lost its level-2.  A whole level-2 label there beside a name of
 * its own is the level-2 (parse/target_fragments.c,
 * unheaded_level2_beside_name). */
static void level2_label_in_blank_column_beside_name(void **state)
{
    (void)state;
    check_dump("chromium-calc-layout/bureau/b0033");
}

/* A continued page laid out anew by Chromium has no grid column for the
 * header page's blank column between the level-2 labels and the names
 * (三级指标 centred right of its names): moved with the page's names and
 * figures, its level-1 column landed in the header's level-2 column and
 * its level-2 column, wrapped a few characters a line (社会 / 效益 / 指标,
 * 可持 / 续影 / 响指 / 标), in the blank one, where its pieces read as
 * names (社会服务能力和水平指标, level-1 满意, level-2 度指标).  When the
 * column landing in the blank holds labels and short pieces alone and
 * nothing lands in the level-1 column, the label columns move one less
 * (parse/target_build.c, label_columns_off_roleless_gap). */
static void label_columns_of_page_without_blank_column(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/bureau/b0012";
    check_fields(rel, "服务能力和水平", "level1", "效益指标", "level2", "社会效益指标", "category",
                 "outcome.social", NULL);
    check_fields(rel, "管理制度健全性", "level2", "可持续影响指标", NULL);
    check_fields(rel, "学生满意度", "level1", "满意度指标", "level2", "服务对象满意度", NULL);
    check_fields(rel, "家长满意度", "level1", "满意度指标", "level2", "服务对象满意度", NULL);
    check_dump("chromium-writer-layout/bureau/b0013");
}

/* A narrow level-2 cell wrapped over two lines whose first line Chromium's
 * print of a word processor's table set touching the name beside it
 * (`可持续影响指管理制度健全性 | 健全` over `标 | 长效管理机制 | 建立健全`):
 * the first line read as the name's opening (可持续影响指管理制度健全性) and
 * the last as the level-2 label of the row below (标).  A name opening with
 * a level-2 label's head that the next line's level-2 piece finishes gives
 * both rows the whole label (parse/target.c, level2_head_run_into_name). */
static void level2_head_touching_name(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/variant/v0024";
    check_fields(rel, "管理制度健全性", "level1", "效益指标", "level2", "可持续影响指标", "category",
                 "outcome.sustainability", NULL);
    check_fields(rel, "持续发挥效益", "level2", "可持续影响指标", NULL);
    check_fields(rel, "长效管理机制", "level2", "可持续影响指标", NULL);
    check_fields(rel, "兜底保障能力", "level2", "社会效益指标", NULL);
    check_fields(rel, "节能减排效果", "level2", "生态效益指标", NULL);
}

/* A continued page laid out anew, its level-1 labels in its first column,
 * the columns its rows' figures and names show moved right past both label
 * columns (and the empty one between them): the first column, which no
 * placed cell showed, stayed in the row header's, and `满意度指标` was lost. */
static void level1_column_of_moved_page(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/dept/f0209");
}

/* A later page laid out anew under a header that leaves a blank column
 * between its operator and value columns (`符号 | | 指标值`, the word set
 * left of its cells) and a blank one before the names' (三级指标 right of
 * its cells): the page (Chromium's PDF of a word processor's table) keeps
 * only the level-2 column of its labels (`质量指` / `标`), the names, the
 * operators, the values and the units.  The header's target columns were
 * not one target's, so the page's columns went unmapped and were read by
 * order: the labels' column fell under the row header's, 质量指 and 时效指
 * were lost and their tails (`标`) read as the level-2 label of 17 rows.
 * A blank column among the target's is passed over (parse/table.c,
 * single_target_columns). */
static void target_page_under_blank_target_column(void **state)
{
    (void)state;
    check_dump("chromium-writer-layout/bureau/b0035");
}

/* A bureau form whose row header (年度绩效目标) takes the first column sets
 * the 效益 block's labels a column right, each level in its own merged cell:
 * the level-1's pieces (`效益` / `指标`) in the level-2 column, the
 * level-2's (`经济` / `效益` / `指标`) a column right, on alternate lines.
 * The two stacks end a line apart (`指标` / `指标`), which read as a repeated
 * header and ended the table after one row; and the level-1's tail, on a
 * line of its own with no third-column piece, read as a level-2 piece
 * (level-1 效益, level-2 指标).  A label tail a few rows under an opening
 * left of the names is no header (only_label_tails, parse/table.c), and a
 * level-1 piece in the level-2 column beside a third-column piece on the
 * line above or under it is the level-1's (third_level_beside,
 * parse/target_build.c).  The expected records are the corpus's, less the
 * three last rows still lost (可持续影响 wrapped over four lines, the
 * satisfaction row under it). */
static void third_level_labels_on_alternate_lines(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/bureau/b0046");
}

/* A row centred over three lines at a page's foot, its 序号 alone on the
 * middle one (`群众生产生活条件 | 按照项目实施方案要求持续改善，` / `18` /
 * `惠及更多群众`), a level-1 label set one character a line down the
 * table's left edge (`年` / `度` / `绩` … beside the rows' numbers): the
 * numbers above opened no line, so the lone `18` was not counted with
 * them, read as a page number and ended the table there; the row lost its
 * number and its target's last line. */
static void seq_alone_beside_vertical_label_at_page_foot(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/bureau/b0022";
    check_fields(rel, "群众生产生活条件", "value", "按照项目实施方案要求持续改善,惠及更多群众",
                 "level2", "社会效益指标", NULL);
}

/* A page's repeated header whose 指标内容 stands right of the names it
 * heads, over no text of its own, the names' column found left of it with
 * no header word (`名称 … 指标内容` over `实施城镇老旧小区改造 | 居民居住条件`):
 * mapped to the open header, the two columns fell on one and the map was
 * given up, and the page's names were lost. */
static void repeated_header_word_right_of_its_column(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/dept/f0189");
}

/* A row's cells cut by a line of labels alone set by its own middle
 * (`推进农村人居环境整治提 | 依照相关资金管理办法组织实施，严 | 实际按下拨文件` /
 * `成本指标` / `升 | 格控制成本 | 为准`): the line below, holding a name and a
 * target, read as a row of its own (格控制成本 / 为准), or its name went to
 * the next row (格控制成本人均培训成本). */
static void row_cut_by_labels_line(void **state)
{
    (void)state;
    check_fields("calc-pdf-layout/dept/f0144", "依照相关资金管理办法组织实施,严格控制成本", "value",
                 "实际按下拨文件为准", "task", "推进农村人居环境整治提升", NULL);
    check_fields("calc-pdf-layout/dept/f0144", "人均培训成本", "value", "2180", "task",
                 "培育新型农业经营主体和高素质农民", NULL);
}

/* A continued page whose level-2 labels wrap in their column, one last
 * piece beside its row's target (`社会效益指` / … / `标 | ≥97%`): read as that
 * row's missing name, the one piece took the whole label column to the
 * names', and every wrapped label of the page went into a name
 * (项目总成本经济成本指, 标单位建设成本). */
static void wrapped_label_piece_moves_no_column(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/dept/f0024";
    check_fields(rel, "项目总成本", "level1", "成本指标", "level2", "经济成本指标", NULL);
    check_fields(rel, "单位建设成本", "level2", "经济成本指标", NULL);
    check_fields(rel, "对生态环境的影响", "level2", "生态环境成本指标", NULL);
    check_fields(rel, "观众满意度", "level2", "服务对象满意度指标", NULL);
}

/* Group labels wider than their column, wrapped and centred on their rows:
 * the first line runs up to the row's name, one space after it, the rest
 * stands centred two lines below (`社会效益指 群众获得感` / `效益指标` /
 * `标`; `实施国土绿化提升行 森林抚育面积` / `10 履职` / `动`).  The rests
 * started where no column does, and the column found there ran the labels'
 * first lines into the names (社会效益指群众获得感标). */
static void label_rest_centred_below(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/legacy/f0235");
    check_dump("writer-pdf-layout/half/f0018");
}

/* A qualitative target wrapped over five lines, centred on its row's
 * numbered line, two of them above it (`群众生产生活条件 | 按照项目实施方` /
 * `案要求持续改` / `18 | 效益` / `善，惠及更多群` / `众`): the two lines above
 * stood as a row of their own, the numbered row kept the rest with no
 * name. */
static void target_wrapped_round_numbered_line(void **state)
{
    (void)state;
    check_dump("writer-pdf-layout/split/f0047");
    /* the explanation wrapped beside the target's lines (`方案要求持续 | 扣分`) */
    check_dump("calc-pdf-layout/legacy/f0010");
}

/* A qualitative target wrapped over five lines below its row's line, the
 * row's 定性 alone on the third (`按照项目实施方` / `案要求持续改` / `定性` /
 * `善，惠及更多群` / `众`): the lines that run on were kept together only
 * line after line, so the 定性 line parted them and the last two went to
 * the next row's target. */
static void target_lines_round_other_cell(void **state)
{
    (void)state;
    check_dump("writer-pdf-layout/legacy/f0020");
}

/* A qualitative target whose next line starts with a mark no text starts
 * with (`优先支持节能降耗` / `、环保等活动中提`; `案要求持续改善` / `，惠及更多
 * 群众`): the line went to the next row, and so did the 定性 line with a
 * piece of the target beside it. */
static void target_line_opening_on_a_mark(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/legacy/f0230");
    check_whole_target("calc-pdf-layout/legacy/f0020");
    check_field("calc-pdf-layout/legacy/f0020", "粮食综合生产能力", "value", "稳步提升");
}

/* Rows of five lines, each level-1 label wrapped in two pieces centred
 * round the row's line (`改造提升供水管网` / `产出指` / `产出数量 … =16 公里`
 * / ` 标`), where a two-line deadline puts a label's first piece beside
 * the target's (`产出指 | 2019年12月`): alignment read two such pieces as
 * the row's missing name, the level-1 column went over to the names, and
 * every label piece of the page ran into a name (改造提升供水管网产出指标). */
static void label_pieces_beside_target_lines(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/legacy/f0295";
    check_fields(rel, "改造提升供水管网", "level1", "产出指标", "level2", "产出数量", "op", "=",
                 "value", "16", "unit", "公里", NULL);
    check_fields(rel, "补助对象识别精准率", "level1", "产出指标", "level2", "产出质量", "op", "=",
                 "value", "100", "unit", "%", NULL);
    check_fields(rel, "年度任务完成时限", "level1", "产出指标", "level2", "产出时效", "op", "<=",
                 "value", "2019-12-31", "kind", "date", NULL);
}

/* Rows of five lines whose one-line names stand at their rows' tops, two
 * lines above the row's line and four below the line of the row above
 * (`新增净化消毒设备` / `产出指` / `产出数量 … =54 套` / `标` / `扣0.5分` /
 * `巩固提升受益人口`): centring names on their rows' lines gave every other
 * row two names (新增净化消毒设备巩固提升受益人口) and the next none.  A
 * cell's lines have no more than one line of other cells between them. */
static void names_at_tops_over_row_lines(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/legacy/f0295");
    check_dump("writer-pdf-layout/legacy/f0295");
}

/* A text dump's pages (form feeds) carry a borderless table's columns from
 * page to page as a PDF's pages do: a continued page's own columns merged
 * the labels with the names where a level-2 label ran into the name column
 * (`可持续影响 管理制度健全性`, `服务对象满意 受益群众满意度`; `开展全民健身赛` /
 * `★补助资金下达时限` / `事活动`). */
static void text_pages_carry_columns(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/half/f0003");
    check_dump("calc-pdf-layout/dept/f0164");
}

/* A qualitative target wrapped from its name's line onto the numbered
 * line, beside the row's 指标方向 (`群众生产生活条件 | 按照项目实施方案要` /
 * `34 | 求持续改善，惠及更 | 定性`): with a cell of a column no record keeps
 * beside it, the piece on the numbered line read as the row's name. */
static void target_piece_beside_unkept_cell(void **state)
{
    (void)state;
    check_whole_target("calc-pdf-layout/split/f0192");
}

/* A level-2 label wrapped over the table's last two rows, its last piece a
 * unit alone (`服务对象满意` / `度`, degrees): no slot took it by order, and
 * it went to the row's unit, the label losing it. */
static void label_piece_reading_as_unit(void **state)
{
    (void)state;
    check_field("calc-pdf-layout/half/f0118", "群众满意度*", "level2", "服务对象满意度");
    check_field("calc-pdf-layout/half/f0118", "健身群众满意度*", "level2", "服务对象满意度");
    check_dump("writer-pdf-layout/legacy/f0300");
}

/* The level-1 label of the table's last two rows alone at the margin on
 * the line between them (`服务对象满意度指 | 群众满意度*` / `满意度指标` /
 * `标 | ★沿河群众满意度`): five characters wide, it read as a note that ends
 * the table, and the last row was lost with it. */
static void group_label_line_at_margin(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/split/f0172");
    check_dump("calc-pdf-layout/half/f0143");
}

/* A level-2 label centred on the one row of its group on a page's last
 * line, the group running on, unlabelled, over the next page's first rows
 * (`社会效益指标` beside 重大食品安全事故, a form feed, three rows more, then
 * `生态效益指标`): taken as its group's top, the group ended a row on and
 * the next label took the rest, as if it stood at their bottom.  A label
 * below its one row's middle on a page's last row (a spreadsheet's
 * `时效指标` over two rows of its page, restated on the next) heads no such
 * cut group. */
static void label_alone_on_page_end(void **state)
{
    (void)state;
    check_dump("writer-pdf-layout/dept/f0014");
    check_field("calc-pdf-layout/dept/f0104", "按计划进度完成", "level2", "时效指标");
    check_field("calc-pdf-layout/dept/f0104", "资金兑付及时性", "level2", "时效指标");
}

/* Rows of plain text on a page moved a column right of the header (a
 * row-header column of its own): a name over the first line of its wrapped
 * target, the work item centred on the line below (`群众生产生活条件 |
 * 按照项目实施方案要` / `加强非物质文化遗产保护传承 | 求持续改善，惠及更`), or
 * whole rows of a work item, a name and a qualitative target.  Aligned by
 * their order alone, their cells moved as far as fitted, one column more
 * than the page's rows with figures: the name read as a work item, the
 * target as a name, and the lines went into the row above
 * (项目区农民人均增收群众生产生活条件).  Plain text shows no column: such a row
 * moves as the rows with figures around it. */
static void plain_text_rows_move_with_page(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/dept/f0044";
    check_fields(rel, "项目区农民人均增收", "op", ">=", "value", "380", "unit", "元", "task",
                 "开展送戏下乡和公益电影放映", NULL);
    check_fields(rel, "群众生产生活条件", "value", "按照项目实施方案要求持续改善,惠及更多群众",
                 "task", "加强非物质文化遗产保护传承", "level1", "效益指标", NULL);
    static const char *const rows = "calc-pdf-layout/dept/f0194";
    check_fields(rows, "群众获得感", "value", "有效提升", "task", "加强生态环境执法监管", NULL);
    check_fields(rows, "群众生态环境获得感", "value", "明显增强", "task", "打好蓝天保卫战",
                 "level1", "效益指标", NULL);
    check_fields(rows, "服务能力和水平", "value", "显著提升", "task", "打好蓝天保卫战", NULL);
    check_fields(rows, "化学需氧量排放量削减", "op", ">=", "value", "680", "unit", "吨", "level2",
                 "生态效益", NULL);
}

/* A unit wrapped in its narrow column round its row's figure, its first
 * piece on the name's line (`单位建设成本 | 元/平方` / `≤ | 1,410` / `米`;
 * `审批办结时限 | 个工作` / `= | 18` / `日`; the half-year unit too): plain
 * text, the piece scored as the row's value as well as its unit, and the
 * name's line became a row of its own (单位建设成本 | 元/平方), the figure's
 * another, with no name.  The piece starts a unit the table knows: it is
 * the row's unit, and its line the top of the row with the figure. */
static void unit_cut_round_figure(void **state)
{
    (void)state;
    static const char *const rels[] = {"calc-pdf-layout/dept/f0299", "writer-pdf-layout/dept/f0299"};
    for (gsize r = 0; r < G_N_ELEMENTS(rels); r++) {
        check_fields(rels[r], "单位建设成本", "op", "<=", "value", "1410", "unit", "元/平方米",
                     "task", "开展职业技能提升行动", NULL);
        /* the line above, the rest of the row above across a labels' line */
        check_fields(rels[r], "依照相关资金管理办法组织实施,严格控制成本", "value",
                     "实际按下拨文件为准", NULL);
    }
    static const char *const split = "calc-pdf-layout/split/f0097";
    check_fields(split, "新增水土流失治理面积", "op", "=", "value", "53.70", "unit", "平方公里",
                 NULL);
    check_fields(split, "审批办结时限", "op", "=", "value", "18", "unit", "个工作日", NULL);
    /* the unit's rest beside the name's (`新增水土流失治理面积（ | 平方公` /
     * `不低于 | 48.60` / `二期） | 里`): text in the unit's column, read by
     * order as a value, made the line a row of its own */
    check_fields(split, "新增水土流失治理面积(二期)", "op", ">=", "value", "48.60", "unit", "平方公里",
                 NULL);
    check_fields("calc-pdf-layout/half/f0298", "审批办结时限", "value", "9", "unit", "个工作日",
                 "half.op", "<=", "half.value", "4", "half.unit", "个工作日", NULL);
}

/* wkhtmltopdf pads its cells: the layout dump holds two blank lines between
 * rows (one in LibreOffice's), which ended every table after its header —
 * no record (and two between a Calc table's header and its first row).  The page's commonest gap between rows is the gap a table may
 * hold: all 38 rows, first to last. */
static void rows_two_blank_lines_apart(void **state)
{
    (void)state;
    static const char *const rel = "wkhtml-writer-layout/standard/f0001";
    check_fields(rel, "高素质农民培训人数", "value", "980", "unit", "人", "level1", "产出指标",
                 "level2", "数量指标", NULL);
    check_fields(rel, "项目完成时限", "value", "2019-09-30", "level2", "时效指标", NULL);
    check_fields(rel, "社会公众满意度", "op", ">=", "value", "87", "unit", "%", "level2",
                 "服务对象满意度指标", NULL);
    /* rows one blank line apart, the header two above the first: a header
     * may stand one blank line further off than the rows */
    static const char *const calc = "wkhtml-calc-layout/half/f0008";
    check_fields(calc, "中长期规划制定健全性", "value", "健全", "level1", "决策", "level2",
                 "计划制定", "half.value", "健全", NULL);
    check_fields(calc, "政府采购执行率", "op", ">=", "value", "100", "half.op", ">=", "half.value",
                 "100", NULL);
    check_fields(calc, "社会公众满意度", "op", ">=", "value", "86", "level1", "满意度", NULL);
}

/* wkhtmltopdf rounds its cells' padding to whole lines unevenly: most rows
 * stand one blank line apart, but now and then (after a row whose name
 * wraps, most often) two, and a two-line header stands two above the first
 * row.  Each longer gap ended the table: the rows after it were a region of
 * their own, read with columns of their own, and no header; most indicators
 * were lost.  On a page whose rows are parted by blank lines, a region
 * holds one blank line more between rows — not after a paragraph: the
 * 年度总体目标 above a Chromium table two blank lines off is no row of it
 * (read as one, the table's indicators took the metadata's project). */
static void rows_gap_one_line_longer(void **state)
{
    (void)state;
    check_dump("wkhtml-calc-layout/split/f0062");
    static const char *const split = "wkhtml-calc-layout/split/f0152";
    check_fields(split, "建设空气质量自动监测站", "op", ">=", "value", "7", "unit", "个", "level1",
                 "产出指标", "level2", "产出数量", NULL);
    check_fields(split, "完成黑臭水体整治", "op", ">", "value", "1", "unit", "条", "level2",
                 "产出数量", NULL);
    check_fields(split, "淘汰燃煤小锅炉(县直单位)", "op", ">=", "value", "87", "unit", "台",
                 "level2", "产出数量", NULL);
    check_fields(split, "开展执法检查(新建)", "op", NULL, "value", "290", "unit", "次", NULL);
    check_fields(split, "项目验收合格率", "value", "100", "unit", "%", "level2", "产出质量", NULL);
    check_fields(split, "污水处理设施出水达标率", "op", ">=", "value", "95", "level2", "产出质量",
                 NULL);
    check_fields(split, "对周边群众生产生活的影响", "value", "较小", "level1", "成本指标", "level2",
                 "社会成本指标", NULL);
    static const char *const meta = "chromium-writer-layout/standard/f0246";
    check_dump(meta);
    check_fields(meta, "筹集保障性租赁住房", "project", NULL, "value", "2530", "level1", "产出指标",
                 "level2", "数量指标", NULL);
}

/* WeasyPrint pads its cells: a header wrapped over four to six lines
 * (`绩效指标` / `序` / `年度指标值` / `号 一级指` / `二级指标` / `标`) stands two
 * blank lines above the first row and its rows two apart, on pages too
 * short to show that gap often.  Two of its lines having several pieces,
 * the header took no extra blank line (one line of several pieces did), so
 * it stood alone; or it took the first row and left the last alone on its
 * page, no table (`26 | 社会公众满意度 | > | 86 | %`).  A header of several
 * lines may stand one blank line further, and its rows then as far apart. */
static void padded_header_rows_as_far_apart(void **state)
{
    (void)state;
    check_dump("weasy-writer-layout/standard/f0001");
    static const char *const split = "weasy-writer-layout/split/f0022";
    check_fields(split, "服务对象满意度", "op", ">=", "value", "95", "unit", "%", "level1", "满意度",
                 NULL);
    check_fields(split, "社会公众满意度", "op", ">", "value", "86", "unit", "%", "level1", "满意度",
                 NULL);
}

/* A browser prints HTML whose name cells are set at their rows' tops, the
 * figures centred: a wrapped name starts on its row's line and goes on
 * below (`公益电影放映场次（农村地` over `区）`, the next row's `送戏下乡` right
 * under it), or stands above it (`开展安全生产执法检查（县直单` over `13 |
 * 位） | 不低于280次`).  Placing names by their whole column centres each on
 * its row's line and gave `区）` to the row below.  A table whose rows start
 * their wrapped names on their own lines more often than they centre them
 * is no such table; and the column's placing never parts a name inside a
 * word (`依照相关资金管理办法组织实` / `施，严格控制成本`), which it had
 * centred on the row above. */
static void names_set_at_row_tops(void **state)
{
    (void)state;
    check_dump("chromium-writer-layout/legacy/f0250");
    check_dump("chromium-calc-layout/standard/f0091");
    static const char *const dept = "chromium-calc-layout/dept/f0069";
    check_fields(dept, "项目开工时间", "value", "2019-06-30", "level2", "时效指标", "task",
                 "做好特困人员救助供养工作", NULL);
    check_fields(dept, "依照相关资金管理办法组织实施,严格控制成本", "value", "实际按下拨文件为准",
                 "level2", "成本指标", "task", "推进养老服务体系建设", NULL);
    check_fields(dept, "成本节约率", "op", "=", "value", "5", "unit", "%", NULL);
}

/* A browser's print sets labels and names at their rows' tops and the
 * figures lower: the line that opens a new group of labels (`预算管理 |
 * 预决算信息公开度（暂`) stands right under the row above (`9 | 政府采购执行
 * 率 | = | 100 | %`) and went up into it, the next row keeping only `定）`.
 * A line opening a new label group, its name going on from nothing above,
 * starts the next row. */
static void label_group_line_starts_row(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/half/f0093";
    check_fields(rel, "政府采购执行率", "level2", "预算执行", "op", "=", "value", "100", "unit", "%",
                 NULL);
    check_fields(rel, "预决算信息公开度(暂定)", "level1", "过程", "level2", "预算管理", "value",
                 "公开", "half.value", "公开", NULL);
}

/* WeasyPrint sets a level-1 label wrapped over its group's rows right under
 * the header, whose own 一级指 / 标 wraps round the header line: `标` and
 * `产出指` both went into the header (一级指标产出指 still names the level-1
 * column), the group read `标` for its label.  A piece opening a known label
 * is a row's, no header's. */
static void label_head_under_wrapped_header(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/half/f0003";
    check_fields(rel, "储备应急救灾物资", "level1", "产出指标", "level2", "产出数量", NULL);
    check_dump(rel);
}

/* WeasyPrint centres 序号 over the header's two lines and wraps it, `序`
 * above the line of 一级 / 指标值 and `号` on the line of 二级指标 /
 * 指标内容: the one-cell `序` line over a filled column read as a title
 * above the header, the header lost its 序号 and its name column, and every
 * row its labels.  A one-cell line whose piece and the piece under it make
 * a header word (序 + 号), alone in their column, is the header's. */
static void wrapped_seq_over_header_lines(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/standard/f0011";
    check_fields(rel, "安全生产培训人次*", "level1", "产出指标", "level2", "数量指标", "value",
                 "4300", NULL);
    check_dump(rel);
}

/* WeasyPrint centres a row's cells round a name wrapped over three lines,
 * and pdftotext -layout sets the first line above the row's number: the
 * level-1 label 产出 / 指标, its first line beside row 7, has its second
 * beside that first line of row 8, over row 8's 质量指标 in the same column.
 * Row 8 read `指标质量指标` for its level-2 label, the group kept `产出`.
 * The rest goes back to the level-1 label above it. */
static void level1_rest_over_next_level2(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/standard/f0036-table";
    check_fields(rel, "开展安全生产执法检查", "level1", "产出指标", "level2", "数量指标", NULL);
    check_fields(rel, "储备应急救灾物资(二期)", "level1", "产出指标", "level2", "数量指标", NULL);
    check_fields(rel, "救灾资金发放准确率(含续建)", "level1", "产出指标", "level2", "质量指标",
                 "value", "100", NULL);
    check_fields(rel, "项目总成本*", "level1", "产出指标", "level2", "成本指标", NULL);
}

/* WeasyPrint centres a work item wrapped over three lines on its row, and
 * pdftotext -layout sets its first line above the row's, its last below:
 * between two rows stand the last line of one item and the first of the
 * next (`映` / `开展送戏下乡`), the row header's `年度绩` beside.  The seam
 * between two words (`乡` / `和`) says nothing, so both lines went to the row
 * above or both to the row below, and the item read three times over
 * (开展送戏下乡和公益电影放映开展送戏下乡…).  The full line opens the next
 * row's item, the line with room left under a full one ends the item above. */
static void item_wrapped_over_three_lines(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/dept/f0044";
    static const char *const item = "开展送戏下乡和公益电影放映";
    static const char *const names[] = {"项目开工时间", "年度任务完成时限", "审批办结时限",
                                        "按计划进度完成", "公共服务满意度提升",
                                        "服务能力和水平", "政策宣传覆盖率"};
    for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
        check_fields(rel, names[i], "task", item, NULL);
    check_fields(rel, "项目开工时间", "level1", "产出指标", "level2", "时效指标", NULL);
    check_fields(rel, "惠及人口", "level1", "效益指标", "level2", "社会效益指标", "task",
                 "实施文物保护修缮工程", NULL);
    check_fields(rel, "社会影响力", "level1", "效益指标", "level2", "社会效益指标", "task",
                 "加强非物质文化遗产保护传承", NULL);
}

/* A spreadsheet form types each label once, on its group's middle row, and
 * labels a group a page break cuts on its first page only; its HTML
 * printed (wkhtmltopdf, Chromium) drops the break: 数量指标 stands centred
 * over its group's first 9 rows of 15, the other 6 run on unlabelled
 * before 质量指标.  Read as 质量指标 placed at the bottom of those 6 and of 3
 * of its own rows, every label after it was pushed down a group (项目验收合
 * 格率 under 时效指标, 单位建设成本 too).  The group above runs on instead. */
static void group_run_on_past_its_centred_label(void **state)
{
    (void)state;
    static const char *const rels[] = {"wkhtml-calc-layout/half/f0028",
                                       "chromium-calc-layout/half/f0028"};
    for (gsize r = 0; r < G_N_ELEMENTS(rels); r++) {
        check_fields(rels[r], "新认定高新技术企业(城区)", "level1", "产出", "level2", "数量指标",
                     "value", "92", NULL);
        check_fields(rels[r], "新增省级以上研发平台(二期)", "level2", "数量指标", NULL);
        check_fields(rels[r], "项目验收合格率", "level2", "质量指标", NULL);
        check_fields(rels[r], "补助对象识别精准率", "level2", "质量指标", NULL);
        check_fields(rels[r], "单位建设成本", "level2", "成本指标", "value", "1750", NULL);
        check_fields(rels[r], "人均补助标准", "level2", "成本指标", NULL);
    }
}

/* WeasyPrint's print of a legacy form wraps its level-2 labels of the
 * 产出数量 kind in their narrow column, `产出` over `数量` beside a row and
 * `产出` / the row 政策知晓率 / `质量`, each line by its own middle: the first
 * line, a level-1 label whole, went to the level-1 role (`数量` with it),
 * the first rows read no level-2 label and the next ones the wrong group
 * (`质量` from 农机购置补贴机具数量 on).  A level-1 word right of the level-1
 * column whose piece below in its column makes a level-2 label with it is
 * that label's first line. */
static void level2_label_opening_with_level1_word(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/legacy/f0020-head";
    check_fields(rel, "★补贴耕地面积", "level1", "产出", "level2", "产出数量", NULL);
    check_fields(rel, "农作物病虫害统防统治面积", "level1", "产出", "level2", "产出数量", NULL);
    check_fields(rel, "补贴耕地面积(乡镇)", "level2", "产出数量", "value", "636400", NULL);
    check_fields(rel, "项目验收合格率", "level2", "产出质量", NULL);
    check_fields(rel, "政策知晓率", "level1", "产出", "level2", "产出质量", NULL);
    check_fields(rel, "项目工程验收合格率", "level2", "产出质量", NULL);
}

/* WeasyPrint centres a row's cells round its name's line and pdftotext
 * -layout sets a qualitative target wrapped over two lines above and below
 * it (`按照项目实施方案要求持续改` / `群众生产生活条件` / `善，惠及更多群众`):
 * the target's last line reads as the row, and its first line went up to
 * the row above, whose figure (`= 350 元`) it cannot go on from (`350按照项目
 * 实施方案要求持续改`, the row below keeping `善，惠及更多群众`). */
static void text_target_line_not_after_figure(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/bureau/b0001-head";
    check_fields(rel, "项目区农民人均增收", "op", "=", "value", "350", "unit", "元", NULL);
    check_fields(rel, "群众生产生活条件", "value", "按照项目实施方案要求持续改善,惠及更多群众",
                 "kind", "text", NULL);
    check_fields(rel, "服务能力和水平", "value", "有效提高", NULL);
}

/* A padded browser print (WeasyPrint) whose first page holds the metadata
 * block, the header and two rows: too few gaps to show its rows stand three
 * blank lines apart, so the header, three above the first row, was no part
 * of the table, nor was any page's row: no record came out.  A page too
 * short to show its rows' gap takes the document's. */
static void short_first_page_takes_document_gap(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/split/f0007";
    check_fields(rel, "森林抚育面积", "level1", "产出指标", "op", ">=", "value", "10", NULL);
    check_dump(rel);
}

/* The same print's first page (WeasyPrint) ending its metadata block with
 * the 年度绩效目标 paragraph two blank lines above the header: with the
 * document's gap between rows, the paragraph took the header in, and the
 * table had none (no record).  A paragraph keeps to its page's own gap. */
static void paragraph_keeps_page_gap(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/split/f0002";
    check_fields(rel, "安全生命防护工程里程", "value", "289", "unit", "公里", NULL);
    check_fields(rel, "新建港湾式候车亭", "op", "=", "value", "53", NULL);
}

/* A split form printed by WeasyPrint, its level-2 column wrapping each label
 * (`社会效益指` over the row's line, `标` under it): page 2 ends on row 20's
 * `标`, page 3 opens under its repeated header with row 21's `生态效益指`.
 * A line opening a page went to the page before's last row, whose label was
 * whole already: both rows read 社会效益指标生态效益指标.  A level-2 label's
 * first line opens its cell, as a level-1's does. */
static void level2_opening_atop_page_starts_row(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/split/f0047";
    check_fields(rel, "惠及人口*", "level2", "社会效益指标", "value", "18", NULL);
    check_fields(rel, "节能减排效果", "level2", "生态效益指标", "value", "明显", NULL);
    check_dump(rel);
}

/* A department's table printed by WeasyPrint: the second page is laid out
 * anew, its work items (`加强特种设备安全监察`) a column left of the page
 * before's, and the column between them and the names holds nothing.  The
 * page's figures moved it one column right, the work items into the level-2
 * column (read as level-2 labels, the rows' 数量指标 lost).  A column of
 * work items landing in a level column goes on into the empty one. */
static void work_items_past_empty_column(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/dept/f0014";
    check_fields(rel, "专利授权量", "task", "加强特种设备安全监察", "level2", "数量指标", "value",
                 "650", NULL);
    check_fields(rel, "食品安全抽检批次(城区)", "task", "开展食品安全抽检监测", "level2",
                 "数量指标", NULL);
}

/* A word processor's half-year form printed by WeasyPrint: a qualitative
 * target in both target columns wrapped round its row's line, the name alone on it
 * (`按照项目实施方案要求持续改善，` twice / `群众生产生活条件` / `惠及更多群众`
 * twice).  The last line, a target under no name, was promoted to a row of
 * its own: the row kept the first line alone, and a nameless row stated
 * the rest.  Held as the rest of the row above, it is no row. */
static void target_tail_round_lone_name(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/half/f0028";
    check_fields(rel, "群众生产生活条件", "value", "按照项目实施方案要求持续改善,惠及更多群众",
                 "half.value", "按照项目实施方案要求持续改善,惠及更多群众", NULL);
    jx_record_list *got =
        jx_test_parse_repo_file("tests/layout/weasy-writer-layout/half/f0028.txt");
    guint indicators = 0;
    for (guint k = 0; k < jx_record_list_length(got); k++) {
        const jx_record *r = jx_record_list_get(got, k);
        if (g_strcmp0(jx_record_type(r), "indicator") != 0)
            continue;
        indicators++;
        const char *name = jx_record_get_string(r, "name");
        assert_true(name && *name);
    }
    assert_int_equal(indicators, 38);
    jx_record_list_free(got);
}

/* A spreadsheet's one-label-column form printed by WeasyPrint: each joined
 * label (`产出-数量指标`) wraps in its narrow cell round its rows, its first
 * line `产出-数量指` alone at the margin, wider than a short piece.  Read as
 * text, that line ended the table after its first two rows (资金使用合规率
 * and 成本节约率 lost, the others labelled `标`).  A line opening so with a
 * level-1 label and a joining mark stays in the table, and so does a
 * label's last line as wide (`济成本指标` under `成本指标-经`), which ended
 * it too (成本节约率 labelled `成本指标-经`, the rows below lost). */
static void joined_label_line_stays_in_table(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/variant/v0002-head";
    check_fields(rel, "公益电影放映场次", "op", ">=", "value", "920", "level1", "产出", "level2",
                 "数量指标", NULL);
    check_fields(rel, "资金使用合规率", "op", ">=", "value", "100", "level2", "质量指标", NULL);
    check_fields(rel, "项目完成时限", "value", "2022-11-30", "level2", "时效指标", NULL);
    check_fields(rel, "成本节约率", "value", "5", "unit", "%", "level1", "成本指标", "level2",
                 "经济成本指标", NULL);
    check_fields(rel, "对周边群众生产生活的影响(暂定)", "value", "无", "level2", "社会成本指标",
                 NULL);
    check_fields(rel, "群众满意度", "op", ">=", "value", "93", "level2", "服务对象满意度指标", NULL);
}

/* The same form's joined label cell over a page break: its six rows three
 * on each page, pdftotext -layout prints the cell where its middle falls,
 * `产出-数量指` atop page 2 (right after the form feed) and `标` under the
 * page's first row.  The region of page 2 opened under that first line and
 * lost it: all four rows round the break read `标`, and the two below went
 * to the next label (质量指标).  A page opening on a joined label's first
 * line goes on with the table the page before ended. */
static void joined_label_atop_page_stays_in_table(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/variant/v0002-break";
    check_fields(rel, "★公益电影放映场次", "value", "3540", "level1", "产出", "level2", "数量指标",
                 NULL);
    check_fields(rel, "修缮文物保护单位", "value", "4", "unit", "处", "level1", "产出", "level2",
                 "数量指标", NULL);
    check_fields(rel, "新增图书馆藏书*", "value", "53400", "level1", "产出", "level2", "数量指标",
                 NULL);
    check_fields(rel, "送戏下乡演出场次", "op", ">=", "value", "50", "level2", "数量指标", NULL);
    check_fields(rel, "演出质量达标率*", "value", "100", "level2", "质量指标", NULL);
    check_fields(rel, "项目开工时间", "value", "2022-12-31", "level2", "时效指标", NULL);
}

/* WeasyPrint centres a level-2 label wrapped in the one label column of a
 * form round its row, and pdftotext -layout sets `经济效益` above the row's
 * line and `指标` below: the first line is a level-2 label whole, so the
 * two were not joined, the row read `经济效益`, and `社会效益` / `指标`
 * round the second of its two rows lost that row to the next label
 * (城市内涝积水点 read 生态效益).  A label whole and a rest that is none,
 * joined into a longer level-2 label, are one cell. */
static void level2_label_wrapped_round_its_row(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/variant/v0007-benefit";
    check_fields(rel, "项目区农民人均增收", "level1", "二、效益指标", "level2", "经济效益指标",
                 "value", "1120", NULL);
    check_fields(rel, "受益居民户数(以批复为准)", "level2", "社会效益指标", NULL);
    check_fields(rel, "城市内涝积水点(含续建)", "level2", "社会效益指标", "category",
                 "outcome.social", NULL);
    check_fields(rel, "节能减排效果", "level2", "生态效益指标", NULL);
    check_fields(rel, "管理制度健全性", "level2", "可持续影响指标", NULL);
}

/* WeasyPrint centres a narrow column's level-2 label over its rows, and
 * pdftotext -layout sets the first line of the next group's label on a
 * line of its own between two rows (legacy f0035: `可持续` under the row
 * whose line ends 生态效益 with `益`; bureau b0002: `服务对象满意` under the
 * row whose line ends 可持续影响指标 with `标`).  With nothing else to say
 * where it went, the line went up and ran the two labels into one
 * (生态效益可持续影响).  A label's opening that cannot go on from the label
 * above starts the label of the rows below. */
static void label_opening_between_rows_goes_down(void **state)
{
    (void)state;
    static const char *const legacy = "weasy-calc-layout/legacy/f0035";
    check_fields(legacy, "对生态环境的改善", "level2", "生态效益", "category",
                 "outcome.ecological", NULL);
    check_fields(legacy, "节能减排效果", "level2", "生态效益", NULL);
    check_fields(legacy, "安全生产长效机制", "level1", "效益指标", "level2", "可持续影响",
                 "category", "outcome.sustainability", NULL);
    static const char *const bureau = "weasy-calc-layout/bureau/b0002";
    check_fields(bureau, "持续发挥效益", "level2", "可持续影响指标", "value", "长期有效", NULL);
    check_fields(bureau, "项目持续发挥作用年限", "level2", "可持续影响指标", "op", ">", "value",
                 "6", NULL);
    check_fields(bureau, "受灾群众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "category", "satisfaction.service", NULL);
}

/* WeasyPrint's print of a spreadsheet's HTML (weasy-calc-layout, legacy
 * f0035) sets the level-2 label 满意度 (a word that is a level-1 too) in its
 * own column on one line with a row whose name is a level-2 label itself
 * (`满意度 | 服务对象满意度 | =93 | %`), between the level-1's lines `满意` /
 * `指标`.  With two known labels on the line, 满意度 read as a level-1 moved
 * right: the group's level-1 became 满意度指标, its level-2 nothing.  A name
 * that is a group's label, in the names' column, leaves the label beside it
 * the row's only one, its own column's. */
static void label_beside_name_of_its_group(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/legacy/f0035";
    check_fields(rel, "服务对象满意度", "level1", "满意指标", "level2", "满意度", "op", "=",
                 "value", "93", "unit", "%", NULL);
    check_fields(rel, "受灾群众满意度", "level1", "满意指标", "level2", "满意度", NULL);
    check_fields(rel, "群众满意度", "level1", "满意指标", "level2", "满意度", "value", "85",
                 NULL);
}

/* WeasyPrint's print of a legacy form centres the level-1 label 满意度指标
 * over the table's last two rows, on a line of its own between them, and
 * wraps the level-2 label 服务对象满意度指 / 标 round that line.  Counted as a
 * row, that line made the level-2 label on the first of the two rows look
 * set on top of three, and so the region's habit top: the level-1 label,
 * on top of its second row, left the first under 效益指标, the second with
 * no level-2 label.  Only rows holding a record show where a label sits. */
static void level1_line_between_two_rows_no_row_of_span(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/legacy/f0045";
    check_fields(rel, "受益群众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "category", "satisfaction.service", "value", "90", NULL);
    check_fields(rel, "企业满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "category", "satisfaction.service", "op", ">=", "value", "86", NULL);
    check_fields(rel, "对生态环境的改善", "level1", "效益指标", "level2", "生态效益指标", NULL);
    check_dump(rel);
}

/* In a dense table every whole statement of a work item has the next
 * item's first line close under it: where a row's item filled its column's
 * line (做好城乡居民基 / 本养老保险工作, set on top of its row), the next row's
 * `开展职业技能提` read as its third line (做好城乡居民基本养老保险工作开展职业
 * 技能提升行动), and that row kept no item.  An item the table states just so
 * elsewhere, over the opening of another it states whole, no row stating
 * the two joined, is two cells. */
static void next_item_opening_under_whole_item(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/dept/f0019";
    check_fields(rel, "节约财政资金", "task", "做好城乡居民基本养老保险工作", "level2",
                 "经济效益指标", NULL);
    check_fields(rel, "社会影响力", "task", "开展职业技能提升行动", "level2", "社会效益指标",
                 "value", "逐步扩大", NULL);
}

/* WeasyPrint sets a work item merged over two one-line rows and wrapped to
 * two lines a line beside each row (`落实就业创业扶 | 政策知晓率` over `持政策 |
 * 城乡居民养老保险待遇按时足额发放率`, the level-2 label's line between), and
 * centres the next item on the row below, its first line right under the
 * second row.  The second row's piece went on the first's item, which left
 * it none of its own, and the column's spans gave it the next item.  The
 * piece on its line says the merged cell covers it. */
static void item_merged_over_two_rows_line_by_line(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/dept/f0019";
    check_fields(rel, "政策知晓率", "task", "落实就业创业扶持政策", "level2", "质量指标", NULL);
    check_fields(rel, "城乡居民养老保险待遇按时足额发放率", "task", "落实就业创业扶持政策",
                 "level2", "质量指标", "value", "100", NULL);
    check_fields(rel, "培训合格率", "task", "做好城乡居民基本养老保险工作", NULL);
    check_fields(rel, "城镇新增就业人数", "task", "落实就业创业扶持政策", NULL);
}

/* Chromium sets names at their rows' tops and the figures lower: the next
 * row's name (`审批办结时限（以批`) stands right under a row whose name
 * (`资金拨付及时率`) ends on a line far short of the names' column, and
 * went up into it, the next row keeping only `复为准）`.  A name piece that
 * would have fit on the line above starts a name of its own. */
static void name_under_unfilled_line_starts_row(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/dept/f0099";
    check_fields(rel, "资金拨付及时率", "value", "100", "unit", "%", NULL);
    check_fields(rel, "审批办结时限(以批复为准)", "op", "<=", "value", "6", NULL);
    /* the same where the names' column places names (see
     * place_names_by_column): `政策知晓率` under `专利授权量 | 3,920件`, over
     * `推进知识产权创造运用 | 93%` */
    static const char *const placed = "chromium-calc-layout/dept/f0009";
    check_fields(placed, "专利授权量", "value", "3920", NULL);
    check_fields(placed, "政策知晓率", "value", "93", "unit", "%", NULL);
}

/* Chromium wraps a top-set name at its column's width and centres the
 * row's figures lower: `农村公路优良中等路` fills its line as the page's
 * widest names do, `率` stands alone under it, and the row's `≥ 84 %` two
 * lines further down.  Cut between the two pieces, the first went up into
 * the row above (`新建港湾式候车亭农村公路优良中等路`) and the row kept
 * `率`.  A name line with no room left for the next piece's first
 * character goes on there: the two lines go together. */
static void full_name_line_keeps_its_rest(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/dept/f0099";
    check_fields(rel, "新建港湾式候车亭", "op", "=", "value", "35", "unit", "个", NULL);
    check_fields(rel, "农村公路优良中等路率", "op", ">=", "value", "84", "unit", "%", "level2",
                 "产出质量", "task", "落实农村客运补贴政策", NULL);
}

/* A continued page whose columns Chromium's dump moves one left (bureau
 * b0002's second page: names from column 3, not 4): a name alone at its
 * row's top (`对生态环境的改善`), then the row's 序号 and text target
 * (`32 | 效益指标 | 明显`) one line lower.  The target filled the empty
 * name slot and the name went up into the row above; the names' column
 * asked of the whole table was not this page's, so the target was not
 * known to stand right of it.  Each page's names' column is its own. */
static void target_under_name_on_moved_page(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/bureau/b0002";
    check_fields(rel, "政策宣传覆盖率", "op", ">", "value", "95", "unit", "%", NULL);
    check_fields(rel, "对生态环境的改善", "value", "明显", "kind", "text", NULL);
    check_fields(rel, "持续发挥效益", "value", "长期有效", "kind", "text", NULL);
}

/* Chromium's print of Calc's HTML with the work items' column left of the
 * names': a name alone at its row's top (`国省道路况技术状况指数`), the row's
 * labels, work item and figure a line lower (`产出指标 | 产出质量 |
 * 推进公路安全生命防护工 | 86`).  The work item filled the empty name slot
 * and the name went up into the row above
 * (`安全生命防护工程里程国省道路况技术状况指数`).  Text in the page's work
 * items' column under a name alone is the row's work item. */
static void task_under_top_name_is_no_name(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/dept/f0089";
    check_fields(rel, "危桥改造数量", "value", "24", "unit", "座", "task", "推进公路安全生命防护工程",
                 NULL);
    check_fields(rel, "安全生命防护工程里程", "value", "99", "unit", "公里", NULL);
    check_fields(rel, "国省道路况技术状况指数", "value", "86", "level2", "产出质量", "task",
                 "推进公路安全生命防护工程", NULL);
}

/* Chromium's print of Calc's HTML sets a tall row's name at its top and
 * its figures a line lower, no blank line between (`免费开放场馆数量（农村地区）`
 * / `=8个`): a name alone on its line wider than half the table read as a
 * paragraph and ended the table there, its rows down to the next page's
 * lost (legacy f0250: 28 of 39 rows).  A line whose text the line below
 * leaves clear, its figures right of it, is a row's name. */
static void name_over_figures_keeps_table(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/legacy/f0250";
    check_fields(rel, "免费开放场馆数量(农村地区)", "op", "=", "value", "8", "unit", "个", "level2",
                 "数量", NULL);
    check_fields(rel, "非遗传承人培训人次(一期)", "op", ">=", "value", "290", "unit", "人次",
                 NULL);
    check_fields(rel, "开展群众文化活动(续建)", "op", ">=", "value", "80", "unit", "场次", NULL);
    check_fields(rel, "免费开放场馆数量(乡镇)", "op", ">=", "value", "14", "unit", "个", NULL);
    check_fields(rel, "新增图书馆藏书(乡镇)", "op", "=", "value", "46800", "unit", "册", NULL);
    check_fields(rel, "亩均补助标准", "op", "<=", "value", "530", "unit", "元/亩", "level2", "成本",
                 NULL);
    check_fields(rel, "群众满意度", "op", "=", "value", "85", "unit", "%", "level1", "满意度指标",
                 NULL);
}

/* A form with a 指标解释 column whose text wraps to a last line of a score
 * (`完成目标得满分，每降低1个百分点扣` / `0.5分`), set beside the row's target
 * (`=3万元/人`, the name a line above): a figure was no cell the 指标解释
 * column could hold, so the row read as shifted, the target in the name's
 * slot and `0.5分` as the target (variant v0052, Chromium's print of Calc's
 * HTML).  A figure may stand in that column, as in 备注. */
static void score_line_of_explanation_stays_there(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/variant/v0052";
    check_fields(rel, "人均管理费用*", "op", "=", "value", "3", "unit", "万元/人", NULL);
    check_fields(rel, "人均培训成本", "op", "<=", "value", "700", "unit", "元/人", NULL);
}

/* A name wrapped inside its bracket (`国省道路面养护里程（含` / `2 | 续建） | ≥ |
 * 164`), set at its row's top by Chromium's print of Calc's HTML, the rest
 * beside the row's 序号 and figures: the first line went to the row above
 * (`XX村通组道路硬化里程国省道路面养护里程(含`) and the row kept `续建)`.  A
 * bracket opened on one line and closed on the next is one name's, as a
 * word cut there is (split f0002). */
static void name_cut_inside_bracket(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/split/f0002";
    check_fields(rel, "XX村通组道路硬化里程", "op", ">=", "value", "2.55", "unit", "公里", NULL);
    check_fields(rel, "国省道路面养护里程(含续建)", "op", ">=", "value", "164", "unit", "公里",
                 NULL);
    check_fields(rel, "国省道路面养护里程(城区)", "value", "72", "unit", "公里", NULL);
    check_fields(rel, "国省道路面养护里程(县直单位)", "op", ">=", "value", "125", "unit", "公里",
                 NULL);
    check_fields(rel, "新建港湾式候车亭(县直单位)", "op", ">=", "value", "51", "unit", "个", NULL);
    check_fields(rel, "农村公路提质改造里程(城区)", "value", "69.3", "unit", "公里", NULL);
}

/* A name of two lines under a row of one, printed by Chromium from Calc's
 * HTML (`新建社区居家养老` / `2 | 服务中心 | ≥ | 18 | 个` under `1 |
 * 孤儿基本生活费发放人数 | 560 | 人`): the row's figures land on the name's
 * second line, and the first line, with room for it on the line above, went
 * to the row above (`孤儿基本生活费发放人数新建社区居家养老`, the row below
 * keeping `服务中心`).  The table's other names of two lines, their figures on
 * the second line too, say where its figures stand (split f0257). */
static void two_line_name_under_one_line_row(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/split/f0257";
    check_fields(rel, "孤儿基本生活费发放人数", "value", "560", "unit", "人", NULL);
    check_fields(rel, "新建社区居家养老服务中心", "op", ">=", "value", "18", "unit", "个", NULL);
    check_dump(rel);
}

/* The same, the first line too wide to have fitted after the one-line name
 * above (`档案资料完整率 | = 100 %` over `农村集中供水工程水质` over `10 |
 * 达标率 | ≥87%`), the table read with its names at their rows' tops: the
 * line went to the row above (`档案资料完整率农村集中供水工程水质`, the row
 * below keeping `达标率`).  Every row of two lines in the table holds its
 * figures on the second line, and the name above ends with room left on
 * its line, so no column wrapped it there (variant v0030). */
static void wide_first_line_under_one_line_row(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/variant/v0030";
    check_fields(rel, "档案资料完整率", "op", "=", "value", "100", "unit", "%", NULL);
    check_fields(rel, "农村集中供水工程水质达标率", "op", ">=", "value", "87", "unit", "%",
                 "level2", "质量指标", NULL);
    check_fields(rel, "拉动社会投资", "op", ">=", "value", "1", "unit", "亿元", NULL);
    check_fields(rel, "受益群众饮水安全保障水平", "value", "明显提升", "level2", "社会效益指标",
                 NULL);
}

/* A one-line name set at its row's top, over the row's centred 序号 and
 * figures, with the next row's name of two lines right under that line
 * (`项目验收合格率` / `5 | 100 %` / `★工作任务完成及时` / `6 | 时效 | 性`),
 * printed by Chromium from Calc's HTML: centring names on their rows'
 * lines gave the next row's first line to the row above
 * (`项目验收合格率★工作任务完成及时`, the row below keeping `性`).  The
 * table's other rows of one-line names over a nameless 序号 line, the next
 * row's name on the line right under it (`单位建设成本` / `7 | 成本指标 | ≤
 * 2,240` / `8 | 社会效益 | 群众获得感`), say its names stand at their rows'
 * tops (split f0062, f0297). */
static void name_under_top_set_one_line_row(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/split/f0062";
    check_fields(rel, "项目验收合格率", "value", "100", "unit", "%", NULL);
    check_fields(rel, "★工作任务完成及时性", "value", "按计划完成", "level2", "时效", NULL);
    check_dump(rel);
    static const char *const other = "chromium-calc-layout/split/f0297";
    check_fields(other, "排查整改安全隐患(中心城区)", "op", "=", "value", "2000", "unit", "处",
                 NULL);
    check_fields(other, "开展安全生产执法检查(续建)", "op", ">=", "value", "380", "unit", "次",
                 NULL);
}

/* A page continued with its two-digit 序号 set a grid column right of the
 * first page's one-digit ones (`  26` under `1`), its names and text
 * targets where they were (`工作任务完成及时性 | 按计划完成`), printed by
 * Chromium from Calc's HTML: the row number alone, read as a block of rows
 * moved left, took the rows of text targets a column left with it, the
 * name into the label column, the target into the names'.  A row number
 * alone does not show such a move (moved_as_block). */
static void row_number_alone_moves_no_block(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/variant/v0011";
    check_fields(rel, "工作任务完成及时性", "value", "按计划完成", "level2", "时效指标", NULL);
    check_fields(rel, "灾后救助资金下达时限", "value", "灾后10日内", NULL);
    check_fields(rel, "社会影响力", "value", "进一步扩大", "level2", "社会效益指标", NULL);
    check_fields(rel, "生产安全事故死亡人数", "value", "较上年下降", NULL);
    check_fields(rel, "群众获得感", "value", "有效提升", NULL);
    check_dump(rel);
}

/* A layout dump sets labels on lines of their own for its own reasons (a
 * tall row's space as blank lines, 质量指标 on 产出指标's line between two
 * rows): read as votes for centring, as on a printed page's own lines, they
 * turned the level-2 column centred and its groups' edges a row off
 * (专利授权量 under 质量指标, 政策宣传覆盖率 under 可持续影响指标).  Only a PDF's
 * own lines vote (vote_labels_alone). */
static void dump_lines_alone_cast_no_vote(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/dept/f0009";
    check_fields(rel, "专利授权量", "level2", "数量指标", NULL);
    check_fields(rel, "政策宣传覆盖率", "level2", "社会效益指标", NULL);
}

/* A spreadsheet centres a merged label over its whole cell: 产出数量 over 23
 * rows, 13 on one page and 10 on the next, stands beside the first page's
 * last row and is read again, cut by the break, on a line of its own over
 * the next page's first row.  Read as two labels, the rows after the
 * second went to the next label (产出质量) and every group below ran a
 * label off (产出时效 rows under 产出质量, 产出成本 under 产出时效). */
static void label_cut_by_page_break_is_one(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/dept/f0139";
    static const char *const quantity[] = {"★培训社会体育指导员(县直单位)", "培训社会体育指导员(新建)",
                                           "新建社会足球场(中心城区)"};
    for (gsize i = 0; i < G_N_ELEMENTS(quantity); i++)
        check_fields(rel, quantity[i], "level1", "产出", "level2", "产出数量", NULL);
    check_fields(rel, "政策知晓率", "level2", "产出质量", NULL);
    check_fields(rel, "补助资金下达时限", "level2", "产出时效", NULL);
    check_fields(rel, "资金兑付及时性", "level2", "产出时效", NULL);
    check_fields(rel, "成本节约率", "level2", "产出成本", NULL);
}

/* A form's one label column (指标类别) joining both levels in a cell
 * (`产出/数量指标`), centred on its group's rows: on a line that holds no
 * name of its own (`13 | 产出/质量指标 | ≥98.03%`, the name wrapped round it)
 * or beside a name's wrapped rest (`产出/数量指标 | 保鲜设施`), the label read
 * as plain text took the name slot and became part of the name; its group's
 * rows went to the next label.  The cell is a label, whatever it joins. */
static void joined_label_beside_wrapped_name(void **state)
{
    (void)state;
    static const char *const rels[] = {"calc-pdf-layout/variant/v0008",
                                       "writer-pdf-layout/variant/v0008"};
    for (gsize r = 0; r < G_N_ELEMENTS(rels); r++) {
        check_fields(rels[r], "建设农产品产地冷藏保鲜设施", "level1", "产出", "level2", "数量指标",
                     "category", "output.quantity", "value", "16", NULL);
        check_fields(rels[r], "培育新型农业经营主体(二期)", "level2", "数量指标", NULL);
        check_fields(rels[r], "农产品质量安全例行监测合格率", "level1", "产出", "level2", "质量指标",
                     "category", "output.quality", "value", "98.03", NULL);
        check_fields(rels[r], "补贴资金发放准确率", "level2", "质量指标", NULL);
        check_fields(rels[r], "项目工程验收合格率", "level2", "质量指标", NULL);
        check_fields(rels[r], "农民种粮积极性", "level1", "效益", "level2", "社会效益指标", NULL);
        check_fields(rels[r], "化肥农药使用量", "level2", "生态效益指标", NULL);
    }
}

/* A joined label (产出指标—数量指标) wrapped in its narrow column round its
 * row's line (`产出指标—数量指 | 巩固提升受益人口` / `2 | =6.1万人` / `标`):
 * joined again it is no level-1 the taxonomy knows whole, so the standard
 * label it opens with (产出指标) replaced it and the level-2 was lost.  A
 * label that parts into a level-1 and a level-2 is kept whole. */
static void joined_label_wrapped(void **state)
{
    (void)state;
    static const char *const rels[] = {"calc-pdf-layout/variant/v0056",
                                       "writer-pdf-layout/variant/v0056"};
    for (gsize r = 0; r < G_N_ELEMENTS(rels); r++) {
        check_fields(rels[r], "巩固提升受益人口", "level1", "产出指标", "level2", "数量指标",
                     "category", "output.quantity", NULL);
        check_fields(rels[r], "档案资料完整率", "level2", "质量指标", NULL);
        check_fields(rels[r], "对生态环境的改善", "level1", "效益指标", "level2", "生态效益指标",
                     NULL);
        check_fields(rels[r], "工程长效运行管护机制", "level2", "可持续影响指标", NULL);
        check_fields(rels[r], "群众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                     "category", "satisfaction.service", NULL);
        check_fields(rels[r], "新建集中供水工程", "level2", "数量指标", NULL);
    }
}

/* One label column whose level-2 label stands on its row's middle line
 * beside the value, the name wrapped onto the lines round it (`6 |
 * 社会效益指标 | 改善，惠及更多群众`, `（一）数量指标 | ＞4900户` under
 * `农村户用厕所改造`): the name slot was empty on that line, and a level-2
 * label scores better there than in the level-1 slot, so the label became
 * the line's name (a row named 社会效益指标).  The form's only label column
 * is the level-2 labels' own. */
static void level2_beside_value_in_one_label_column(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/variant/v0026");
    check_dump("writer-pdf-layout/variant/v0026");
    static const char *const rels[] = {"calc-pdf-layout/variant/v0052",
                                       "writer-pdf-layout/variant/v0052"};
    for (gsize r = 0; r < G_N_ELEMENTS(rels); r++) {
        check_fields(rels[r], "农村户用厕所改造", "level1", "一、产出", "level2", "(一)数量指标",
                     "value", "4900", NULL);
        check_fields(rels[r], "★资金使用合规率", "level2", "(二)质量指标", "value", "100", NULL);
        check_fields(rels[r], "补助资金下达时限", "level2", "(三)时效指标", NULL);
        check_fields(rels[r], "★农村户用厕所改造", "level1", "一、产出指标", "level2",
                     "(一)数量指标", NULL);
    }
}

/* The indicator records of `got`, in order (borrowed from it). */
static GPtrArray *indicators_of(const jx_record_list *got)
{
    GPtrArray *out = g_ptr_array_new();
    for (guint k = 0; k < jx_record_list_length(got); k++) {
        const jx_record *r = jx_record_list_get(got, k);
        if (g_strcmp0(jx_record_type(r), "indicator") == 0)
            g_ptr_array_add(out, (gpointer)r);
    }
    return out;
}

/* A row whose explanation wraps over three lines and whose target and
 * unit stand each on a line of their own: a browser's print dumped
 * (chromium-writer-layout, legacy f0295) sets `=16` on the row's top line
 * and `公里` one space before the explanation's middle line (`公里 造提升供水
 * 管网的`); wkhtmltopdf's (wkhtml-calc-layout, legacy f0285) sets `%` on the
 * line above `不低于90.8`.  The unit's line was joined to the row, but only
 * a unit beside a wrapped target was taken, and the row had none.  A whole
 * unit on any line of a row whose target is a bare figure is its unit. */
static void unit_on_own_line_of_tall_row(void **state)
{
    (void)state;
    static const char *const doc = "chromium-writer-layout/legacy/f0295";
    check_fields(doc, "改造提升供水管网", "op", "=", "value", "16", "unit", "公里", NULL);
    check_fields(doc, "巩固提升受益人口", "op", ">=", "value", "2.7", "unit", "万人", NULL);
    check_fields(doc, "补助对象识别精准率", "value", "100", "unit", "%", NULL);
    check_fields(doc, "资金使用合规率", "value", "100", "unit", "%", NULL);
    check_fields("wkhtml-calc-layout/legacy/f0285", "空气质量优良天数比例", "op", ">=", "value",
                 "90.8", "unit", "%", NULL);
    check_dump("wkhtml-calc-layout/legacy/f0285");
}

/* A browser's print dumped (chromium-writer-layout, legacy f0200, f0290,
 * f0020) sets a text target over four lines and its 定性 centred beside
 * the third (`按照项目实施方` / `案要求持续改` / `定性 | 善，惠及更多群` /
 * `众`).  The second line was a fragment already (alone, or beside a
 * centred 社会效益), so the third was not weighed as its next piece and
 * read as a row of its own, no name: `按照项目实施方案要求持续改` and
 * `善，惠及更多群众` apart.  A page reprinted at other widths (f0020: an
 * extra column for the 定性 marks) moves the columns, so the third line
 * goes on by the roles it was aligned to, inside a word (`改` / `善`). */
static void text_target_third_piece_beside_mark(void **state)
{
    (void)state;
    static const char *const want = "按照项目实施方案要求持续改善,惠及更多群众";
    check_field("chromium-writer-layout/legacy/f0200", "群众生产生活条件", "value", want);
    check_field("chromium-writer-layout/legacy/f0290", "群众生产生活条件", "value", want);
    check_field("chromium-writer-layout/legacy/f0290", "群众生产生活条件", "level2", "社会效益");
    check_field("chromium-writer-layout/legacy/f0020", "群众生产生活条件", "value", want);
    check_dump("chromium-writer-layout/legacy/f0020");
}

/* A browser's print dumped (chromium-writer-layout, legacy f0275, f0200)
 * sets a unit one space before the 指标解释 or 评分标准 text beside it, both
 * right of the unit column, which stays empty (`=100 | | % 反映补助对象识别
 * 精准率情况`): the explanation's column took both, and the figure went
 * without its unit.  The unit before the space is the figure's. */
static void unit_before_explanation_past_unit_column(void **state)
{
    (void)state;
    static const char *const doc = "chromium-writer-layout/legacy/f0275";
    check_fields(doc, "补助对象识别精准率", "op", "=", "value", "100", "unit", "%", NULL);
    check_fields(doc, "档案资料完整率", "op", "=", "value", "100", "unit", "%", NULL);
    check_fields("chromium-writer-layout/legacy/f0200", "科技特派员服务对象满意度", "op", ">=",
                 "value", "89", "unit", "%", NULL);
    check_dump("chromium-writer-layout/legacy/f0200");
}

/* A browser's print dumped (chromium-writer-layout, legacy f0065, f0075)
 * centres a text target in its column and sets its last line, one
 * character, left of the lines above it, where the names stand
 * (`群众生产生活条件 | 按照项目实施方案要求` / `持续改善，惠及更多群` / `众`):
 * the character went to the name (`群众生产生活条件众`) and left the target
 * short.  A piece of a character or two that ends the target inside a word
 * and cannot go on from the name is the target's. */
static void target_tail_in_names_column(void **state)
{
    (void)state;
    static const char *const want = "按照项目实施方案要求持续改善,惠及更多群众";
    check_field("chromium-writer-layout/legacy/f0075", "群众生产生活条件", "value", want);
    check_field("chromium-writer-layout/legacy/f0065", "群众生产生活条件", "value", want);
    check_dump("chromium-writer-layout/legacy/f0065");
}

/* A browser's print dumped (chromium-writer-layout, legacy f0015) sets an
 * explanation's wrapped end (`完成目标得满分，每降低1个百分点` / `扣0.5分`) a
 * few columns left of its first line, under the target's column on a
 * page whose columns are narrower: the line was joined to the row's target
 * (`≥93%扣0.5分`, `按计划完成扣0.5分`), no figure.  A scoring rule's
 * deduction alone is never the rest of a target. */
static void deduction_rest_under_target(void **state)
{
    (void)state;
    static const char *const doc = "chromium-writer-layout/legacy/f0015";
    check_fields(doc, "教师培训合格率", "op", ">=", "value", "93", "unit", "%", NULL);
    check_fields(doc, "资金拨付及时率", "value", "100", "unit", "%", NULL);
    check_fields(doc, "补助资金下达时限", "op", "<=", "value", "2019-06-30", "kind", "date", NULL);
    check_fields(doc, "工作任务完成及时性", "value", "按计划完成", NULL);
}

/* A browser's print dumped (chromium-calc-layout, split f0092) whose unit
 * and the 备注 beside it stand one space apart (`82          % 新增指标`): the
 * unit cell read `%新增指标`, no unit, and the whole text was kept as the
 * indicator's unit.  The word before the space is the unit.  The same
 * converter's Writer prints (legacy f0165) set the 指标解释 text so
 * (`100      % 反映项目验收合格率`). */
static void unit_before_remark_one_space(void **state)
{
    (void)state;
    check_field("chromium-calc-layout/split/f0092", "政策知晓率", "op", ">=");
    check_field("chromium-calc-layout/split/f0092", "政策知晓率", "value", "82");
    check_field("chromium-calc-layout/split/f0092", "政策知晓率", "unit", "%");
    static const char *const doc = "chromium-writer-layout/legacy/f0165";
    check_field(doc, "项目验收合格率", "value", "100");
    check_field(doc, "项目验收合格率", "unit", "%");
    check_field(doc, "带动相关产业增收", "op", "=");
    check_field(doc, "带动相关产业增收", "value", "180");
    check_field(doc, "带动相关产业增收", "unit", "万元");
    check_field(doc, "护林员满意度", "op", ">=");
    check_field(doc, "护林员满意度", "value", "85");
    check_field(doc, "护林员满意度", "unit", "%");
}

/* A browser's print dumped (chromium-writer-layout, split f0072) whose
 * 项目名称 value wraps onto the next line (`2020年某某专项资` / `金`).  The
 * document read the whole name, the table its first line: the indicators,
 * whose project then differed from the document's, each named a project of
 * their own.  Both read the name with its rest. */
static void project_name_wrapped(void **state)
{
    (void)state;
    jx_record_list *got =
        jx_test_parse_repo_file("tests/layout/chromium-writer-layout/split/f0072.txt");
    assert_string_equal(jx_record_get_string(jx_record_list_get(got, 0), "project"),
                        "2020年大气污染防治专项资金");
    GPtrArray *ind = indicators_of(got);
    assert_true(ind->len > 30);
    for (guint k = 0; k < ind->len; k++)
        assert_null(jx_record_get_string(ind->pdata[k], "project"));
    g_ptr_array_unref(ind);
    jx_record_list_free(got);
}

/* A browser's print dumped (chromium-writer-layout, bureau b0010) whose
 * page breaks between the two lines of the indicator header: the first
 * (`序号 一级指标 … 2023年度指标值`) ends page 1 alone, the second (`计算符号
 * 指标值 单位`) opens page 2 over the rows.  Alone on its page the first line
 * was read as text, the table had no header and no indicator came out.  It
 * is held for the next page and heads the table there; the same under a
 * paragraph's last line, no blank line between (b0016). */
static void header_line_ends_page(void **state)
{
    (void)state;
    jx_record_list *got =
        jx_test_parse_repo_file("tests/layout/chromium-writer-layout/bureau/b0010.txt");
    GPtrArray *ind = indicators_of(got);
    assert_int_equal(ind->len, 21);
    const jx_record *first = ind->pdata[0];
    assert_string_equal(jx_record_get_string(first, "level1"), "产出指标");
    assert_string_equal(jx_record_get_string(first, "name"), "开展安全生产执法检查");
    assert_string_equal(jx_record_get_string(first, "op"), ">");
    assert_string_equal(jx_record_get_string(first, "value"), "440");
    assert_string_equal(jx_record_get_string(first, "unit"), "次");
    g_ptr_array_unref(ind);
    jx_record_list_free(got);

    got = jx_test_parse_repo_file("tests/layout/chromium-writer-layout/bureau/b0016.txt");
    ind = indicators_of(got);
    assert_int_equal(ind->len, 14);
    g_ptr_array_unref(ind);
    jx_record_list_free(got);
}

/* The same dump (chromium-writer-layout, bureau b0010): a browser's print
 * gives each character one place, so the header's two lines drift apart.
 * The upper line (`序号 一级指标 二级指标 三级指标 2023年度指标值`) stands a
 * grid column or two right of its columns, 三级指标 over the value column
 * and 2023年度指标值 past the data, while the lower line (`计算符号 指标值
 * 单位`) stands over its data.  Read as a lower line moved off its
 * columns, it was laid from under 2023年度指标值, past the grid: no value
 * column, and the text targets (no operator, no unit to place them) were
 * lost.  The data lines tell the upper line drifted: each of its words
 * takes one column left of the lower line, the heading over it. */
static void header_upper_line_drifted_right(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/bureau/b0010";
    check_fields(rel, "灾后救助资金下达时限", "level2", "产出时效", "value", "灾后10日内", "kind",
                 "text", NULL);
    check_fields(rel, "对周边群众生产生活的影响*", "level2", "社会成本指标", "value", "无", NULL);
    check_fields(rel, "受灾群众基本生活", "level1", "效益指标", "value", "得到有效保障", NULL);
    check_fields(rel, "节能减排效果", "value", "明显", NULL);
    check_fields(rel, "开展安全生产执法检查", "level1", "产出指标", "level2", "产出数量", "op", ">",
                 "value", "440", "unit", "次", NULL);
    check_fields(rel, "单位建设成本", "value", "1750", "unit", "元/平方米", NULL);
}

/* The same converter (bureau b0038): the header's words wrap in narrow
 * label columns, so the line of header pieces ending page 1 has a line
 * of their rests under it (`序 一级 二级指 … 2023年度指标值` over `号 指标
 * 标`), the rest of the header (`计算符号 指标值 度量单位`) opening page 2.
 * The rests' line kept the tail from being held for the next page: no
 * indicator came out. */
static void wrapped_header_ends_page(void **state)
{
    (void)state;
    jx_record_list *got =
        jx_test_parse_repo_file("tests/layout/chromium-writer-layout/bureau/b0038.txt");
    GPtrArray *ind = indicators_of(got);
    assert_true(ind->len >= 16);
    const jx_record *first = ind->pdata[0];
    assert_string_equal(jx_record_get_string(first, "level1"), "产出指标");
    assert_string_equal(jx_record_get_string(first, "level2"), "数量指标");
    assert_string_equal(jx_record_get_string(first, "name"), "支持科技计划项目");
    assert_string_equal(jx_record_get_string(first, "op"), ">=");
    assert_string_equal(jx_record_get_string(first, "value"), "38");
    assert_string_equal(jx_record_get_string(first, "unit"), "项");
    g_ptr_array_unref(ind);
    jx_record_list_free(got);
}

/* TRUE when the document record of tests/layout/`rel`.txt warns with a
 * message holding `says`. */
static gboolean document_warns(const char *rel, const char *says)
{
    char *txt = g_strdup_printf("tests/layout/%s.txt", rel);
    jx_record_list *got = jx_test_parse_repo_file(txt);
    char **w = jx_record_get_strv(jx_record_list_get(got, 0), "warnings");
    gboolean said = FALSE;
    for (char **p = w; p && *p; p++)
        said |= strstr(*p, says) != NULL;
    g_strfreev(w);
    jx_record_list_free(got);
    g_free(txt);
    return said;
}

/* Chromium's PDFs through pdftotext -layout finish a narrow label column's
 * labels on a line of their own (`指标 | 指标` in chromium-writer-layout
 * bureau b0011; chromium-calc-layout bureau b0046's `度 | 指标 | 指标`, one
 * tail under an empty cell, is now read: third_level_labels_on_alternate_lines).
 * Where the tails stand in no column the open header heads as a label
 * level, nor each under a cell opening a standard label, the line reads as
 * another table's header, and the rows under it went to that table, which
 * gives no records: lost with no word said.  They are said, naming their
 * lines. */
static void rows_under_inner_header_are_said(void **state)
{
    (void)state;
    static const struct {
        const char *rel, *says;
    } docs[] = {
        {"chromium-writer-layout/bureau/b0011",
         "lines 50-59: 8 row(s) of target table 1 under a line read as another table's header "
         "(指标 | 指标); not read"},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(docs); i++)
        if (!document_warns(docs[i].rel, docs[i].says))
            fail_msg("%s: no warning names the rows under the label tails", docs[i].rel);
}

/* A continued page laid out afresh (chromium-writer-layout, bureau b0046,
 * page 2: seven columns against the header page's nine) whose narrow label
 * columns finish their labels on a line of their own (`成本 | 经济成本`
 * over `指标 | 指标`): the tails stood in no column the open header heads
 * as a label level, so the line read as another table's header and the
 * page's rows went to a table of no records (said, not read).  Under cells
 * opening standard labels on the row above, the tails finish those labels.
 * The page's rows then take their levels from the page's columns: it has
 * no column for the row header's (绩效目标) nor for the one of no role
 * right of the header's figures (目标值 over two grid columns), so its
 * operators and figures moved one header column, its units two; moved
 * alike up to the figures, its label columns land on the header's, the
 * 效益 block's level-1 labels in the level-2 column and its level-2 ones in
 * the third label column (经济 / 效益 / 指标), read as the header page's
 * would be.  Before, the 效益 block's pieces went to the level-1 label. */
static void label_tails_on_page_laid_out_afresh(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/bureau/b0046";
    check_fields(rel, "对周边群众生产生活的影响", "level1", "成本指标", "level2", "社会成本指标",
                 "value", "较小", NULL);
    check_fields(rel, "施工期扬尘污染投诉", "level1", "成本指标", "level2", "生态环境成本指标",
                 "op", "<=", "value", "0", "unit", "次", NULL);
    check_fields(rel, "节约财政资金", "level1", "效益指标", "level2", "经济效益指标", "value",
                 "239", "unit", "万元", NULL);
    check_fields(rel, "拉动社会投资", "level1", "效益指标", "level2", "经济效益指标", "op", ">=",
                 "value", "7", "unit", "亿元", NULL);
    check_fields(rel, "惠及人口", "level1", "效益指标", "level2", "社会效益指标", "value", "3",
                 "unit", "万人", NULL);
}

/* The same converter (legacy f0060): the header (`一级指标 二级指标 指标名称
 * 指标性 指标值 度量单位 评分标准` over `质`) ends page 1, and pdftotext sets
 * page 2, its text narrower, in fewer characters: held for page 2, the
 * header's pieces stood off that page's columns (二级指标 over the names,
 * three headers in the last column), and the table read as a score table of
 * nothing right.  Held lines with as many pieces as the page's columns take
 * them in order. */
static void held_header_other_scale(void **state)
{
    (void)state;
    check_dump("chromium-writer-layout/legacy/f0060");
}

/* The same converter (bureau b0002, its first two pages): page 2 holds rows
 * of page 1's table with empty label columns (序号, name and target only),
 * set anew in five columns against a header of nine (its 指标值 a column
 * apart from the figures, a row-header column): more columns lost than a
 * continuation may lose, page 2's rows were not read.  The header's columns
 * no row filled do not count, and a page that goes on with the numbering
 * (5 after 4) continues the table. */
static void continuation_without_label_columns(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/bureau/b0002-p12";
    jx_record_list *got =
        jx_test_parse_repo_file("tests/layout/chromium-writer-layout/bureau/b0002-p12.txt");
    GPtrArray *ind = indicators_of(got);
    assert_int_equal(ind->len, 12);
    g_ptr_array_unref(ind);
    jx_record_list_free(got);
    check_fields(rel, "排查整改安全隐患", "level1", "产出指标", "level2", "数量指标", "op", ">=",
                 "value", "700", "unit", "处", NULL);
    check_fields(rel, "安全生产培训人次(中心城区)", "value", "400", NULL);
}

/* The same converter (bureau b0002, its first three pages): page 2 ends in
 * a row whose name wrapped (`12 安全生产培训人次（中心` over `城区）`), and
 * page 3, set anew in five columns, goes on with 13.  The numbering was
 * asked of the table's last row, the wrapped line with no 序号: page 3's
 * rows were not read. */
static void continuation_after_wrapped_row(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/bureau/b0002-p123";
    jx_record_list *got =
        jx_test_parse_repo_file("tests/layout/chromium-writer-layout/bureau/b0002-p123.txt");
    GPtrArray *ind = indicators_of(got);
    assert_int_equal(ind->len, 20);
    g_ptr_array_unref(ind);
    jx_record_list_free(got);
    check_fields(rel, "储备应急救灾物资(县直单位)", "op", ">=", "value", "2700", "unit", "件",
                 NULL);
    check_fields(rel, "组织应急演练(中心城区)", "op", "=", "value", "18", "unit", "次", NULL);
}

/* The same converter (bureau b0035, its first two pages): a form with no
 * 序号 column whose page 2 holds rows of page 1's groups, set anew in four
 * columns (name, operator, figure, unit) against a header of nine: more
 * columns lost than a continuation may lose and no numbering to go on
 * with, page 2's rows were not read.  A later page whose rows are a name
 * and a target each continues the table. */
static void continuation_of_name_target_rows(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/bureau/b0035-p12";
    jx_record_list *got =
        jx_test_parse_repo_file("tests/layout/chromium-writer-layout/bureau/b0035-p12.txt");
    GPtrArray *ind = indicators_of(got);
    assert_int_equal(ind->len, 16);
    g_ptr_array_unref(ind);
    jx_record_list_free(got);
    check_fields(rel, "公益林管护面积", "level2", "数量指标", "op", "=", "value", "171.54", "unit",
                 "万亩", NULL);
    check_fields(rel, "松材线虫病疫木清理(农村地区)", "op", ">=", "value", "33300", "unit", "株",
                 NULL);
}

/* The same converter (bureau b0040, page 1): narrow label columns wrap
 * every row over two lines, its number, labels' first pieces and name on
 * the first (`1 产出 数量指 开发公益性岗位`), the labels' rest and its
 * target on the second (`指标 标 … 750 个`).  Read as two rows, one had the
 * name and no target, the next the target and no name. */
static void name_line_over_target_line(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/bureau/b0040-p1";
    jx_record_list *got =
        jx_test_parse_repo_file("tests/layout/chromium-writer-layout/bureau/b0040-p1.txt");
    GPtrArray *ind = indicators_of(got);
    assert_int_equal(ind->len, 3);
    g_ptr_array_unref(ind);
    jx_record_list_free(got);
    check_fields(rel, "开发公益性岗位", "level2", "数量指标", "value", "750", "unit", "个", NULL);
    check_fields(rel, "城乡居民养老保险参保人数", "op", ">=", "value", "63", "unit", "万人", NULL);
    check_fields(rel, "举办招聘会", "op", "=", "value", "65", "unit", "场", NULL);
}

/* The same converter (bureau b0040, whole): page 2, continued without its
 * header, is laid out anew, and a row whose 序号 has two digits (`10 效益
 * 社会效 惠及人口`) pushes its narrow label cells a character right: the
 * page parts the level-2 column in two, a grid column more than the header
 * between the 序号 and the figures.  Its first line (`4 产出 质量指 补贴资金
 * 发放准确率`, one space between its cells) fits the page's own columns, not
 * the first page's: read as prose, it ended the table and the page's
 * twelve rows were lost; read with the page, its names went to the level-2
 * column.  The parted columns are one, the page's rows read whole. */
static void parted_label_column_on_continued_page(void **state)
{
    (void)state;
    check_dump("chromium-writer-layout/bureau/b0040");
}

/* The same converter (bureau b0032; half f0178): a page after the header's
 * holds no text in the level-1 column (the merged 产出指标 printed its text
 * on the page before), and the dump lays it out anew a column narrower than
 * the header: its 序号 stand under 序号, its labels, names and targets a
 * column left of their headers.  A row whose target is text
 * (`12 资金兑付及时性 及时`) or a date with no figure before it reads by
 * where its cells stand: the name went to the level-2 label, the target to
 * the name.  The page's anchors disagree by that one column (序号 where
 * they were, the figures a column right): the columns right of the 序号
 * move with the figures, which puts the page's level-2 labels in the
 * level-2 column. */
static void page_without_level1_column(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/bureau/b0032";
    check_fields(rel, "资金兑付及时性", "level1", "产出指标", "level2", "时效指标", "value", "及时",
                 "kind", "text", NULL);
    check_fields(rel, "工作任务完成及时性", "level2", "时效指标", "value", "按时完成", NULL);
    check_fields(rel, "项目完成时限", "level2", "时效指标", "op", "<=", "value", "2024-09-30",
                 NULL);
    check_fields(rel, "供水保证率", "level2", "质量指标", "value", "94", "unit", "%", NULL);
    static const char *const half = "chromium-writer-layout/half/f0178";
    check_fields(half, "工作任务完成及时性", "level2", "时效指标", "value", "按时完成",
                 "half.value", "按时完成", NULL);
    check_fields(half, "项目完成时限", "op", "<=", "value", "2019-12-31", NULL);
    check_fields(half, "筹集保障性租赁住房(一期)", "op", ">=", "value", "400", "unit", "套", NULL);
}

/* The same converter (bureau b0043): the header's page keeps a column of
 * no role between 二级指标 and 三级指标 (三级指标 centred over two grid
 * columns), the next page, laid out anew, none.  Moved with the page's
 * names and figures, its level-1 column (`成本指标 单位建设成本 1,040元/平方米
 * 以下`) landed in the level-2 column, and 成本指标 with no level-2 read as
 * the level-2 under the 产出指标 above.  The level-1 column goes to the
 * header's level-1 column; its level-2 labels stay read as they were. */
static void level1_column_past_roleless_column(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/bureau/b0043";
    check_fields(rel, "单位建设成本", "level1", "成本指标", "category", "cost", "value", "1040",
                 NULL);
    check_fields(rel, "资金拨付及时率", "level1", "产出指标", "level2", "产出时效", NULL);
    check_fields(rel, "节约财政资金", "level1", "效益指标", "level2", "经济效益", NULL);
    check_fields(rel, "服务能力和水平", "level1", "效益指标", "level2", "社会效益", NULL);
}

/* The same converter (dept f0024, its first two pages): the work items
 * (名称) stand each on the first row of its group, blank cells under it,
 * while the level-2 labels are centred, 质量指标 and 时效指标 on lines of
 * their own between two rows.  The groups whose first record starts under
 * such a line voted the work-item column centred, and every item took the
 * rows above it (非遗传承人培训人次 under 开展送戏下乡和公益电影放映).  A
 * label followed by more blank rows than it and the next could share
 * centred (加强非物质文化遗产保护传承 over seven) shows them on top; a line
 * of another column's label above a group's first record shows nothing. */
static void work_items_on_top_under_centred_levels(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/dept/f0024-p12";
    static const char *const first = "实施文物保护修缮工程", *second = "开展送戏下乡和公益电影放映";
    check_fields(rel, "送戏下乡演出场次", "task", first, NULL);
    check_fields(rel, "非遗传承人培训人次", "task", first, "value", "200", NULL);
    check_fields(rel, "修缮文物保护单位(一期)", "task", first, NULL);
    check_fields(rel, "公益电影放映场次", "task", second, NULL);
    check_fields(rel, "修缮文物保护单位(农村地区)", "task", second, NULL);
    check_fields(rel, "新增图书馆藏书", "task", "加强非物质文化遗产保护传承", NULL);
    check_fields(rel, "公益电影放映场次(乡镇)", "task", "加强非物质文化遗产保护传承", NULL);
}

/* The same converter (dept f0034): each work item (名称) set on its one
 * row, one line, the rows a line apart, so two items stand on adjacent
 * lines (加强防灾减灾救灾能力建设 over 开展安全生产专项整治) as a wrapped
 * item's two lines do, the first as wide as the column.  They were joined
 * into one item.  A line followed here by one piece and elsewhere by
 * another (做好应急物资储备), the next piece opening a cell elsewhere,
 * ended its cell: a cell wrapped at one width breaks the same way every
 * time. */
static void work_items_on_adjacent_lines(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/dept/f0034";
    static const char *const first = "加强防灾减灾救灾能力建设", *second = "开展安全生产专项整治";
    check_fields(rel, "排查整改安全隐患", "task", first, "value", "60", NULL);
    check_fields(rel, "储备应急救灾物资", "task", second, NULL);
    check_fields(rel, "项目持续发挥作用年限", "task", first, NULL);
    check_fields(rel, "扩大服务覆盖面,服务质量达到国家标准", "task", second, NULL);
    check_fields(rel, "群众满意度", "task", first, "value", "89", NULL);
}

/* A word processor's PDF (writer-pdf-layout, bureau b0027): page 2,
 * continued without its header, sets part of its narrow level-2 column a
 * grid column right, beside the names (`经济效 | 项目区农民人均增收`), and
 * that column's loose pieces (`社会效`, `益指标` on lines of their own)
 * followed the names' column into the name between them
 * (社会效办学条件达标学校比例益指标), its level-2 label lost. */
static void narrow_level2_pieces_beside_names(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/bureau/b0027";
    check_fields(rel, "办学条件达标学校比例", "level2", "社会效益指标", "value", "93", NULL);
    check_fields(rel, "家庭经济困难学生因贫失学情况", "level2", "社会效益指标", NULL);
    check_fields(rel, "服务能力和水平", "level2", "社会效益指标", NULL);
    check_fields(rel, "项目区农民人均增收", "level2", "经济效益指标", NULL);
}

/* A browser's print (wkhtml-writer-layout, bureau b0058): narrow label
 * columns wrap the first row's labels, their last lines (`指标  标`) on a
 * line of their own that the page's column map set both in the level-2
 * column: joined there, the group's labels read 产出 and 数量指指标标. */
static void level1_tail_beside_level2_tail(void **state)
{
    (void)state;
    static const char *const rel = "wkhtml-writer-layout/bureau/b0058";
    static const char *const names[] = {"新增图书馆藏书", "修缮文物保护单位", "送戏下乡演出场次"};
    for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
        check_fields(rel, names[i], "level1", "产出指标", "level2", "数量指标", NULL);
    check_fields(rel, "单位建设成本", "level1", "产出指标", "level2", "成本指标", NULL);
}

/* The same converter (dept f0219, its first two pages): page 2 opens on
 * a row's first line whose work item and name stand one space apart
 * (`做好科技普及工作 开展科技活动周宣传`), one piece, no region of its own;
 * read as prose it ended the table and page 2's rows were not read.  Its
 * words fit the columns page 1 carried and a region starts under it: the
 * region starts with it; and, restating the work item of page 1's last row,
 * it starts a row of its own rather than finishing that row's name. */
static void page_opening_row_line_over_region(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/dept/f0219-p12";
    jx_record_list *got =
        jx_test_parse_repo_file("tests/layout/chromium-writer-layout/dept/f0219-p12.txt");
    GPtrArray *ind = indicators_of(got);
    assert_true(ind->len >= 12);
    g_ptr_array_unref(ind);
    jx_record_list_free(got);
    check_fields(rel, "支持科技计划项目", "task", "做好科技普及工作", "op", ">=", "value", "104",
                 "unit", "项", NULL);
    check_fields(rel, "技术合同交易额", "task", "推进高新技术企业倍增计划", "op", ">=", "value",
                 "19", "unit", "亿元", NULL);
    check_fields(rel, "政策知晓率", "level2", "产出质量", "op", ">=", "value", "93", "unit", "%",
                 NULL);
    /* that first line restates the work item of page 1's last row: it
     * starts a row of its own (its name was glued onto page 1's last one,
     * `发放科技创新券开展科技活动周宣传`, and its figures' row was named `活动`) */
    check_fields(rel, "发放科技创新券", "task", "做好科技普及工作", "op", ">=", "value", "550",
                 "unit", "万元", NULL);
    check_fields(rel, "开展科技活动周宣传活动", "task", "做好科技普及工作", "op", ">", "value",
                 "3", "unit", "次", NULL);
}

/* Browser-printed narrow label columns: a row's number one space before
 * its level-1 label (`18 满意度指标 服务对象满意度 ★公众…`) under a header
 * setting `序号 一级指标` one space apart.  The space between a figure and
 * wide text joined them (level1 `18满意度指标`; on page 2, with no level-1
 * label, the level-2 label took the level-1 slot). */
static void row_number_tight_before_label(void **state)
{
    (void)state;
    check_dump("chromium-writer-layout/half/f0283");
}

/* Work items of one row each, set at their rows' tops and wrapped a line
 * below (`加强防灾减灾 | 排查整改安全隐患` / `救灾能力建设`, then
 * `开展安全生产 | 安全生产培训人次` / `专项整治`): each piece filling the
 * column's width, the second item was read as the first's next line and
 * the two joined into one label for all their rows.  Each opens on its own
 * row's line: two cells. */
static void work_items_set_at_row_tops(void **state)
{
    (void)state;
    const char *rel = "chromium-writer-layout/half/f0038";
    check_dump(rel);
    check_fields(rel, "排查整改安全隐患", "level2", "加强防灾减灾救灾能力建设", "value", "1520",
                 NULL);
    check_fields(rel, "安全生产培训人次", "level2", "开展安全生产专项整治", "value", "2800", NULL);
    check_fields(rel, "储备应急救灾物资", "level2", "开展安全生产专项整治", "value", "4400", NULL);
}

/* Level-2 cells of one row each set at their rows' tops and wrapped a line
 * below (`推进小型水库 | 巩固提升受益人口*` / `除险加固`, then `加强水土保持 |
 * ★治理河道长度` / `综合治理`; a bureau's `质量` / `指标`), in a table that sets
 * its names at their rows' tops, the row above the first with a name's rest
 * above its line (`人员管理制度健全` / `性`).  A fragment before the row above
 * and one after the row below read as cells centred on both: the lone piece
 * between them (`除险加固`) went down and joined the next row's item, and the
 * two items became one label for all their rows. */
static void level2_wrapped_under_top_set_rows(void **state)
{
    (void)state;
    const char *rel = "chromium-writer-layout/half/f0013";
    check_fields(rel, "巩固提升受益人口*", "level2", "推进小型水库除险加固", "value", "11.0", NULL);
    check_fields(rel, "★治理河道长度", "level2", "加强水土保持综合治理", "value", "27.9", NULL);
    check_fields(rel, "新增净化消毒设备", "level2", "加强水土保持综合治理", "value", "42", NULL);
    rel = "chromium-writer-layout/bureau/b0012";
    check_fields(rel, "仪器设备验收合格率", "level2", "质量指标", "value", "100", NULL);
    check_fields(rel, "项目完成时限", "level2", "时效指标", NULL);
}

/* Half-year targets wider than the grid sets their column (chromium-writer-
 * layout half f0078): each unit one space after its figure stood over the
 * year's column, before that column's own target (`270 人       540 人`,
 * `≥ １,６２０ 人 ≥ 5,400 人`), and opened the year's target (`人540人`,
 * `人≥ 5,400人`), the half-year target without its unit.  A unit alone
 * right after a figure of the column before, a sign or a figure after it
 * in its own column, is the figure's. */
static void half_year_unit_before_year_target(void **state)
{
    (void)state;
    const char *rel = "chromium-writer-layout/half/f0078";
    check_fields(rel, "孤儿基本生活费发放人数", "value", "540", "unit", "人", "half.value", "270",
                 "half.unit", "人", NULL);
    check_fields(rel, "城乡低保保障人数", "op", ">=", "value", "5400", "unit", "人", "half.value",
                 "1620", "half.unit", "人", NULL);
}

/* A two-line header whose last column's word (`备注`) stands alone on the
 * lower line, under no word of the upper one (`指标性` / `质` beside it):
 * the line was read as a row, its pieces put in the first row below
 * (`质备注新建集中供水工程`) or, after a repeated header, on the page
 * before's last row (`98备注`). */
static void header_word_alone_on_lower_line(void **state)
{
    (void)state;
    const char *rel = "chromium-writer-layout/split/f0027";
    check_fields(rel, "新建集中供水工程", "level1", "产出指标", "value", "12", NULL);
    check_fields(rel, "政策宣传覆盖率", "value", "98", "unit", "%", NULL);
    check_fields(rel, "水土流失治理度", "value", "70", NULL);
    check_fields(rel, "农村自来水普及率", "level1", "效益指标", NULL);
}

/* A browser's print of a narrow 序号 column (chromium-writer-layout) sets
 * a row's number one space before its level-1 label on a page continued
 * without the header (split f0027: `18 效益指标 经济效益指标 拉动社会投资`),
 * or on a line of the number and labels alone (bureau b0056: `2 产出 数量`,
 * `4 产` over `出`): the dump cannot part them, and the label took the
 * number (`18效益指标`, `4产出`) down its whole group.  Digits run into a
 * known label are the row's number: the label goes without them, and the
 * row whose own label cell held them takes them as its 序号. */
static int seq_of(const char *rel, const char *name);

static void row_number_run_into_label(void **state)
{
    (void)state;
    const char *split = "chromium-writer-layout/split/f0027";
    check_fields(split, "拉动社会投资", "level1", "效益指标", "level2", "经济效益指标", NULL);
    check_fields(split, "项目区农民人均增收", "level1", "效益指标", "value", "900", NULL);
    assert_int_equal(seq_of(split, "拉动社会投资"), 18);
    const char *bureau = "chromium-writer-layout/bureau/b0056-head";
    check_fields(bureau, "新增图书馆藏书", "level1", "产出", "level2", "数量指标", NULL);
    check_fields(bureau, "免费开放场馆数量", "level1", "产出", "value", "20", NULL);
    check_fields(bureau, "开展群众文化活动", "level1", "产出", "value", "145", NULL);
    check_fields(bureau, "公益电影放映场次(二期)", "level1", "产出", "value", "3610", NULL);
    assert_int_equal(seq_of(bureau, "开展群众文化活动"), 4);
}

/* A browser's print of a narrow 序号 column sets a centred row's number
 * one space before its level-1 label and the first line of its wrapped
 * level-2 label, alone on their line above the row's name (split f0027,
 * page 4: `30 满意度指标 服务对象满意度指` over `标` over `社会公众满意度`):
 * left with the number, the labels stood a column left, the level-2 label
 * went to the row above (工程设计使用年限) and the row kept the group's
 * level 1 above it.  With a line of a number before a row's cells on the
 * page, the number is the row's 序号 there too. */
static void row_number_before_labels_alone(void **state)
{
    (void)state;
    const char *rel = "chromium-writer-layout/split/f0027";
    check_fields(rel, "工程设计使用年限", "level1", "效益指标", "level2", "可持续影响指标", NULL);
    check_fields(rel, "社会公众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "value", "90", "unit", "%", NULL);
}

/* A form of one label column (指标类型) sets its level-1 labels on rows of
 * their own over it (`成本指标` over `经济成本指标 成本节约率 ≥4%`).  A page
 * laid out anew under the repeated header (variant v0055, page 3) finds
 * them a column of their own left of the label column, which the first
 * page's held them in: taken for the table-wide row header's, they were
 * dropped, and every row after took the page before's 产出指标 / 时效指标. */
static void level1_rows_left_of_label_column(void **state)
{
    (void)state;
    const char *rel = "chromium-writer-layout/variant/v0055";
    check_fields(rel, "成本节约率", "level1", "成本指标", "level2", "经济成本指标", NULL);
    check_fields(rel, "节约财政资金", "level1", "效益指标", "level2", "经济效益指标", NULL);
    check_fields(rel, "家长满意度", "level1", "满意度指标", "level2", "服务对象满意度指标", NULL);
    check_fields(rel, "资金拨付及时率", "level1", "产出指标", "level2", "时效指标", NULL);
}

/* A metadata row whose placeholder cells of dashes (`------------`, `---`)
 * wrap in a narrow column right above the indicator table (a browser's
 * print: `----- ---` over `--`): read as a pandoc table's column rule, it
 * took the table below as its rows, cut at the dashes' columns, and no
 * indicator came out.  A rule spans the lines it rules. */
static void dash_placeholder_above_table(void **state)
{
    (void)state;
    const char *rel = "chromium-form-layout/dash-placeholder";
    check_fields(rel, "完成农村道路面积", "op", ">=", "value", "535", "unit", "亩", NULL);
    check_fields(rel, "文化广场单位成本", "value", "1034", "unit", "元/亩", NULL);
    check_fields(rel, "卫生室长效管护机制", "value", "健全", NULL);
    check_fields(rel, "田间机耕路群众满意度", "value", "90", "unit", "%", NULL);
}

/* Narrow label columns printed by a browser whose header's 序号 wraps in
 * its column (`序` over `号`): no 序号 word says the numbers have a column, so
 * a group's first row, its number one space before its labels (`1 产出指标
 * 数量指标 培训校舍人次 …`), joined number and label, and the numbers of the
 * rows below went into that cell too (level1 `1产出指标2`).  The rows' own
 * count says the number is the row's 序号. */
static void row_number_counted_before_label(void **state)
{
    (void)state;
    static const char *const rels[] = {"chromium-form-layout/number-tight-label",
                                       "wkhtml-form-layout/number-tight-label"};
    for (gsize r = 0; r < G_N_ELEMENTS(rels); r++) {
        check_fields(rels[r], "培训校舍人次", "level1", "产出指标", "level2", "数量指标", "value",
                     "2491", NULL);
        check_fields(rels[r], "改造校舍公里数", "level1", "产出指标", "level2", "数量指标", NULL);
        check_fields(rels[r], "文化广场验收合格率", "level1", "产出指标", "level2", "质量指标",
                     NULL);
        check_fields(rels[r], "文化广场单位成本", "level1", "成本指标", "level2", "经济成本指标",
                     NULL);
        check_fields(rels[r], "古建筑群众满意度", "level1", "满意度指标", "level2",
                     "服务对象满意度指标", "value", "100", NULL);
    }
}

/* Narrow label columns printed by a browser whose labels stand one space
 * apart (`满意度指标 服务对象满意度指标 农村道路群众满意度`) on the few lines
 * that hold them, a page's pairs each a column off the other's: no valley
 * parted the two label columns, one line had a piece more than the columns
 * found and kept both labels in one cell (level1 `满意度指标服务对象满意度指标`,
 * no level 2), and the page's qualitative rows lost their names.  A column
 * holding two pieces one space apart on two lines is two. */
static void label_columns_one_space_apart(void **state)
{
    (void)state;
    const char *rel = "chromium-form-layout/labels-one-space";
    check_fields(rel, "农村道路群众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "value", "90", NULL);
    check_fields(rel, "文化广场群众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 NULL);
    check_fields(rel, "田间机耕路长效管护机制", "level1", "效益指标", "level2", "可持续影响指标",
                 "value", "健全", NULL);
    check_fields(rel, "农村道路长效管护机制", "value", "健全", NULL);
}

/* w3m dumps narrow label columns with each label wrapped a word a line
 * inside its row's block (`效益` / `指标` beside `社会` / `效益` / `指标`),
 * an unnamed row-header column (产 / 出 / 及 …) beside the first blocks
 * only.  Below the row header's last character the value line's `指标`,
 * two columns right of it, was read as the row header and `效益` as the
 * level-1 (level1 `效益`, level2 `社会指标`).  The row header is its own
 * column's. */
static void w3m_label_pieces_right_of_row_header(void **state)
{
    (void)state;
    const char *rel = "w3m-bureau-labels-wrapped";
    check_fields(rel, "拉动社会投资", "level1", "效益指标", "level2", "经济效益指标", NULL);
    check_fields(rel, "保护沿河人口", "level1", "效益指标", "level2", "社会效益指标", "value",
                 "4.89", "unit", "万人", NULL);
    check_fields(rel, "水土流失治理度", "level1", "效益指标", "level2", "生态效益指标", "value",
                 "81", NULL);
}

/* Both narrow label columns wrapped a word a line in w3m's row block
 * (`效益` / `指标` beside `经济` / `效益` / `指标`): the level-2's middle word,
 * a level-1 word on the line of the row's figures beside the level-1's own
 * piece (`指标 | 效益 | ≥ | 430`), was read as a level-1 moved right (level1
 * `效益`, level2 `经济指标`, and the rows below filled down so). */
static void w3m_level1_word_inside_level2(void **state)
{
    (void)state;
    const char *rel = "w3m-bureau-level2-wrapped";
    check_fields(rel, "项目区农民人均增收", "level1", "效益指标", "level2", "经济效益指标", "value",
                 "430", NULL);
    check_fields(rel, "项目区粮食亩均增产", "level1", "效益指标", "level2", "经济效益指标", NULL);
}

/* The same wrap where the level-2's middle word (社会 / 效益 / 指标) stands
 * on a line of its own beside only the rest of a wrapped target (`效益 |
 * 及更多群众`), or beside the row's target with no level-1 piece (`效益 |
 * 定性 | 显著提升`, the name on the line above): that 效益, alone a level-1
 * word, was made the row's level-1 (level1 `效益`, level2 `社会指标`).  It
 * goes on with the unfinished label above it in its column. */
static void w3m_level2_middle_word_on_fragment(void **state)
{
    (void)state;
    const char *rows = "w3m-bureau-level2-target-line";
    check_fields(rows, "服务能力和水平", "level1", "效益指标", "level2", "社会效益指标", "value",
                 "显著提升", NULL);
    check_fields(rows, "群众获得感", "level1", "效益指标", "level2", "社会效益指标", NULL);
    check_fields(rows, "拉动社会投资", "level1", "效益指标", "level2", "经济效益指标", NULL);
    const char *rel = "w3m-bureau-level2-pairs";
    check_fields(rel, "群众生产生活条件", "level1", "效益指标", "level2", "社会效益指标", NULL);
    check_fields(rel, "节能减排效果", "level1", "效益指标", "level2", "生态效益指标", "value", "明显",
                 NULL);
    check_fields(rel, "对周边群众生产生活的影响", "level1", "成本指标", "level2", "社会成本指标",
                 NULL);
}

/* Label columns a few characters wide wrap their labels over the lines of
 * a row's block, its figures on the middle line, its name on the top one:
 * the middle line's level-2 piece beside the row's 序号 (`12 | 指标 | 影响指
 * | ≥ | 8`), or beside a text target a 定性 mark types (`续影 | 定性 |
 * 健全`), was aligned by order into the empty name slot (name
 * `项目持续发挥作用年限影响指`, level2 `可持续标`).  It is the label's piece. */
static void w3m_label_piece_beside_figures(void **state)
{
    (void)state;
    const char *rel = "w3m-bureau-numbered-label-pieces";
    check_fields(rel, "项目持续发挥作用年限", "level1", "效益指标", "level2", "可持续影响指标",
                 "value", "8", "unit", "年", NULL);
    check_fields(rel, "受益群众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "value", "91", NULL);
    check_fields(rel, "服务对象满意度", "level2", "服务对象满意度指标", "value", "85", NULL);
    const char *marked = "w3m-bureau-level2-target-line";
    check_fields(marked, "管理制度健全性", "level1", "效益指标", "level2", "可持续影响指标",
                 "value", "健全", NULL);
}

/* A form whose one label column holds the level-2 labels (指标类别, the
 * level-1 on section rows) wraps `服务对象满意度 / 指标` in w3m's dump: the
 * joined label, no known level-1, was cut down to the level-1 within it
 * (`满意度指标`) and the rows lost their level-2. */
static void w3m_one_column_level2_wrapped(void **state)
{
    (void)state;
    const char *rel = "w3m-one-column-level2-wrapped";
    check_fields(rel, "服务对象满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "category", "satisfaction.service", NULL);
    check_fields(rel, "对生态环境的改善", "level1", "效益指标", "level2", "生态效益指标", NULL);
}

/* A one-column form's joined labels wrapped in w3m's 指标类型 column after
 * the level-2's first words (`成本指标－生态环境` over `成本指标`): the rest,
 * a label by itself, was taken for a row of labels and dropped (level1
 * `成本指标-生态环境`, no level 2).  A rest that makes a level-2 placed under
 * the joined level-1 finishes the cell. */
static void w3m_joined_label_rest_on_next_line(void **state)
{
    (void)state;
    const char *rel = "w3m-joined-label-wrapped";
    check_fields(rel, "施工期扬尘污染投诉", "level1", "成本指标", "level2", "生态环境成本指标",
                 "value", "0", NULL);
    check_fields(rel, "社会公众满意度", "level1", "效益指标", "level2", "服务对象满意度指标",
                 NULL);
    check_fields(rel, "教师满意度", "level1", "效益指标", "level2", "服务对象满意度指标", NULL);
    check_fields(rel, "成本节约率", "level1", "成本指标", "level2", "经济成本指标", NULL);
}

/* The indicator of `got` (parsed from `file`) named `name` has, for each
 * pair of the NULL-ended list of field names and wanted texts that
 * follows, the text in that string field (`half.op`: the field of its
 * half-year target; "": none). */
static void check_named(const char *file, const jx_record_list *got, const char *name, ...)
{
    const jx_record *r = jx_test_indicator_named(got, name);
    if (!r)
        fail_msg("%s: no indicator named %s", file, name);
    va_list ap;
    va_start(ap, name);
    for (const char *key; (key = va_arg(ap, const char *)) != NULL;) {
        const char *want = va_arg(ap, const char *);
        const jx_record *of = r;
        const char *field = key;
        if (g_str_has_prefix(key, "half.")) {
            of = jx_record_get_record(r, "half");
            field = key + strlen("half.");
        }
        const char *v = of ? jx_record_get_string(of, field) : NULL;
        if (g_strcmp0(v ? v : "", want) != 0)
            fail_msg("%s: %s: %s %s, want %s", file, name, key, v ? v : "(null)", want);
    }
    va_end(ap);
}

/* A borderless table printed by a word processor (LibreOffice Writer/Web,
 * borders removed from a generated form) whose pages 2 and 3 hold one row
 * each, the label columns empty: read as lines, the first ended the table
 * and the 28 rows of the pages after were "not read".  Each lone row sets
 * its words in the columns the page before carried: rows of that table. */
static void lone_row_on_page_continues_table(void **state)
{
    (void)state;
    jx_record_list *got = jx_test_parse_repo_file("tests/layout/lo-web-plain/dept/f0184.pdf");
    static const char *const want[][2] = {
        {"新增学前教育学位数", "2340"}, {"新增学前教育学位数(一期)", "810"},
        {"新建学校食堂", "4"},          {"人均培训成本", "1840"},
        {"教师满意度", "89"},
    };
    for (gsize k = 0; k < G_N_ELEMENTS(want); k++) {
        const jx_record *r = jx_test_indicator_named(got, want[k][0]);
        if (!r)
            fail_msg("f0184.pdf: no indicator named %s", want[k][0]);
        if (g_strcmp0(jx_record_get_string(r, "value"), want[k][1]) != 0)
            fail_msg("f0184.pdf: %s: value %s, want %s", want[k][0],
                     jx_record_get_string(r, "value"), want[k][1]);
    }
    jx_record_list_free(got);
    /* the lone row's target wrapped onto the line below its name (`社会公众满意度`
     * / `≥ 85 %`, the work item's `造` under it): all three lines are the row */
    got = jx_test_parse_repo_file("tests/layout/lo-web-plain/dept/f0274.pdf");
    const jx_record *r = jx_test_indicator_named(got, "社会公众满意度");
    if (!r || g_strcmp0(jx_record_get_string(r, "value"), "85") != 0)
        fail_msg("f0274.pdf: 社会公众满意度: value %s, want 85",
                 r ? jx_record_get_string(r, "value") : "(no indicator)");
    jx_record_list_free(got);
}

/* A web page printed to PDF by wkhtmltopdf (wkhtml-web bureau b0014): page
 * 1's grid sets the vertical labels' characters (产/出/指/标) and the
 * header's in columns of their own, 12 filled; page 2 comes as two grids of
 * names and targets, 11 and 7 columns, the second opening with level labels
 * (经济成本指标 | 成本节约率 | ≥ | 2 | %) and stating most targets by a
 * column mark (定性 | 进一步扩大).  Too narrow for the table and on the page
 * the table had reached already, the second grid was "not read": its 15
 * rows were lost. */
static void web_page_of_rows_continues_wide_table(void **state)
{
    (void)state;
    static const char *const file = "tests/layout/wkhtml-web/bureau/b0014.pdf";
    jx_record_list *got = jx_test_parse_repo_file(file);
    static const char *const want[][4] = {
        /* name, level2, value, unit ("" for none) */
        {"年度任务完成时限", "时效", "2023-12-31", ""},
        {"成本节约率", "经济成本指标", "2", "%"},
        {"社会影响力", "社会效益", "进一步扩大", ""},
        {"持续发挥效益", "可持续影响", "长期", ""},
    };
    for (gsize k = 0; k < G_N_ELEMENTS(want); k++) {
        const jx_record *r = jx_test_indicator_named(got, want[k][0]);
        if (!r)
            fail_msg("%s: no indicator named %s", file, want[k][0]);
        const char *fields[] = {"level2", "value", "unit"};
        for (gsize i = 0; i < G_N_ELEMENTS(fields); i++) {
            const char *v = jx_record_get_string(r, fields[i]);
            if (g_strcmp0(v ? v : "", want[k][i + 1]) != 0)
                fail_msg("%s: %s: %s %s, want %s", file, want[k][0], fields[i], v ? v : "(null)",
                         want[k][i + 1]);
        }
    }
    jx_record_list_free(got);
}

/* A web page printed to PDF by Chromium (chromium-web dept f0044, a
 * 名称/指标内容 form whose targets are all combined: =100%, ≥139场次): page 1
 * holds no character of the 年度绩效指标 row header, page 2 sets it in a
 * column of its own in pieces of four characters (`年度绩效` / `指标`), one
 * column wider than the header.  The pieces were too long for a row header
 * and no bare number showed the columns moved, so every name on page 2
 * took its task's pieces (加强非物质文化遗资金兑付及时性…产保护传承). */
static void web_rowhead_column_on_later_page(void **state)
{
    (void)state;
    static const char *const file = "tests/layout/chromium-web/dept/f0044.pdf";
    jx_record_list *got = jx_test_parse_repo_file(file);
    static const char *const want[][4] = {
        /* name, task, level2, value */
        {"资金使用合规率", "实施文物保护修缮工程", "质量指标", "100"},
        {"演出质量达标率", "开展送戏下乡和公益电影放映", "质量指标", "100"},
        {"项目完成时限", "加强非物质文化遗产保护传承", "时效指标", "2019-09-30"},
    };
    for (gsize k = 0; k < G_N_ELEMENTS(want); k++) {
        const jx_record *r = jx_test_indicator_named(got, want[k][0]);
        if (!r)
            fail_msg("%s: no indicator named %s", file, want[k][0]);
        const char *fields[] = {"task", "level2", "value"};
        for (gsize i = 0; i < G_N_ELEMENTS(fields); i++)
            if (g_strcmp0(jx_record_get_string(r, fields[i]), want[k][i + 1]) != 0)
                fail_msg("%s: %s: %s %s, want %s", file, want[k][0], fields[i],
                         jx_record_get_string(r, fields[i]), want[k][i + 1]);
    }
    jx_record_list_free(got);
}

/* A web page printed to PDF by Chromium (chromium-web dept f0279): a page
 * break leaves a wrapped row's lines above page 2's grid, and the browser
 * centres the row's target on its lines, so the first holds its text cells
 * alone (`推进公路安全生命防护工 拉动社会投资` over `≥ 5 亿元` over `程`).
 * With no target on it the line read as text after the table: the table
 * ended there and every row of page 2 was lost. */
static void web_row_first_line_atop_page(void **state)
{
    (void)state;
    static const char *const file = "tests/layout/chromium-web/dept/f0279.pdf";
    jx_record_list *got = jx_test_parse_repo_file(file);
    check_named(file, got, "服务能力和水平", "task", "推进公路安全生命防护工程", "level2",
                "社会效益指标", "value", "显著提升", "unit", "", NULL);
    check_named(file, got, "惠及人口", "task", "落实农村客运补贴政策", "level2", "社会效益指标",
                "value", "26", "unit", "万人", NULL);
    check_named(file, got, "对生态环境的改善", "task", "推进公路安全生命防护工程", "level2",
                "生态效益指标", "value", "明显", "unit", "", NULL);
    jx_record_list_free(got);
}

/* A web page printed to PDF by Chromium (chromium-web dept f0019): the
 * browser centres each cell in its row, so beside a label wrapped in two
 * lines (`成本指` / `标`) a one-line figure stands half a line below the
 * name and its operator (`人均补助标准 | ≤ | 元/` over `2,550` over `人`).
 * The figure's line took the name's line in, but not its operator: the
 * target lost its ≤. */
static void web_sign_over_centred_value(void **state)
{
    (void)state;
    static const char *const file = "tests/layout/chromium-web/dept/f0019.pdf";
    jx_record_list *got = jx_test_parse_repo_file(file);
    check_named(file, got, "人均补助标准", "op", "<=", "value", "2550", "unit", "元/人", "level2",
                "经济成本指标", NULL);
    check_named(file, got, "项目完成时限", "op", "<=", "value", "2024-12-31", "unit", "", "level2",
                "时效指标", NULL);
    jx_record_list_free(got);
}

/* A web page printed to PDF by Chromium (chromium-web dept f0014, a
 * 名称/指标内容 form whose header has a column of no role between the work
 * items and the names): page 2 opens inside merged cells of page 1, so its
 * grid drops the row-header and level-1 columns and holds four (level-2
 * labels, work items, names, targets).  Read by order each column stood
 * left of its own: the names went to the level-2 labels and were lost. */
static void web_later_page_columns_by_targets(void **state)
{
    (void)state;
    static const char *const file = "tests/layout/chromium-web/dept/f0014.pdf";
    jx_record_list *got = jx_test_parse_repo_file(file);
    check_named(file, got, "食品安全抽检批次(城区)", "task", "开展食品安全抽检监测", "level2",
                "数量指标", "value", "4510", "unit", "批次", NULL);
    check_named(file, got, "抽检任务完成率", "task", "推进知识产权创造运用", "level2", "质量指标",
                "value", "100", NULL);
    check_named(file, got, "档案资料完整率", "task", "开展食品安全抽检监测", "level2", "质量指标",
                "op", "=", "value", "100", NULL);
    check_named(file, got, "项目完成时限", "task", "开展食品安全抽检监测", "level2", "时效指标",
                "value", "2021-10-31", NULL);
    jx_record_list_free(got);
}

/* A web page printed to PDF by Chromium (chromium-web dept f0184): page 2
 * drops the row-header and level-1 columns and parts the operator column
 * in two (`≥` set left of `=` and `>`), so its grid is one column short of
 * the header on the left and one over on the right.  Read by order the
 * names went to the work items' column: 新建学校食堂, 课后服务覆盖学校数 and
 * 档案资料完整率 came out nameless.  (The work items beside them still go
 * to the level-2 column: see the report's leftovers.) */
static void web_later_page_parted_operators(void **state)
{
    (void)state;
    static const char *const file = "tests/layout/chromium-web/dept/f0184.pdf";
    jx_record_list *got = jx_test_parse_repo_file(file);
    check_named(file, got, "新建学校食堂", "op", "=", "value", "4", "unit", "个", NULL);
    check_named(file, got, "课后服务覆盖学校数", "op", ">", "value", "243", "unit", "所", NULL);
    check_named(file, got, "档案资料完整率", "op", "=", "value", "100", "unit", "%", NULL);
    check_named(file, got, "营养改善计划受益学生人数", "op", ">", "value", "41100", "unit", "人",
                NULL);
    jx_record_list_free(got);
}

/* A web page printed to PDF by Chromium (chromium-web dept f0209): the
 * header's row-header (年度绩效指标) and level-1 (一级指标) cells wrap in
 * their narrow columns, their first lines set one space apart at the
 * margin (`年度绩效 一级指` over `二级指标 名称 指标内容 目标值`, then
 * `指标 标`).  That line was taken for text above the table, and the
 * level-1 column, its header only `标`, was read as none: all 18 rows came
 * out with no level-1 label. */
static void web_row_header_wrapped_with_label_heads(void **state)
{
    (void)state;
    static const char *const file = "tests/layout/chromium-web/dept/f0209.pdf";
    jx_record_list *got = jx_test_parse_repo_file(file);
    check_named(file, got, "农作物病虫害统防统治面积", "level1", "产出指标", "level2", "数量指标",
                "task", "建设高标准农田,提升耕地质量", "op", "=", "value", "24", "unit", "万亩",
                NULL);
    check_named(file, got, "人均补助标准", "level1", "成本指标", "level2", "", "value", "950",
                NULL);
    check_named(file, got, "农业总产值增长率", "level1", "效益指标", "level2", "经济效益指标",
                "value", "6", NULL);
    check_named(file, got, "管理制度健全性", "level1", "效益指标", "level2", "可持续影响指标",
                "value", "健全", NULL);
    check_named(file, got, "项目区农户满意度", "level1", "满意度指标", "level2",
                "服务对象满意度指标", NULL);
    jx_record_list_free(got);
}

/* A web page printed to PDF by Chromium (chromium-web half f0093, a 半年 |
 * 全年 form: op | value | unit twice): the full year's operator column
 * starts a word space after the half year's unit, and the two read as one
 * piece (`固定资产利用率 | = | 100 | % = | 100 | %`): the half year's unit
 * took the sign (`% =`) and the full year's target lost it. */
static void web_sign_closing_half_unit(void **state)
{
    (void)state;
    static const char *const file = "tests/layout/chromium-web/half/f0093.pdf";
    jx_record_list *got = jx_test_parse_repo_file(file);
    check_named(file, got, "固定资产利用率", "op", "=", "unit", "%", "half.op", "=", "half.unit",
                "%", NULL);
    check_named(file, got, "学生满意度", "op", ">=", "unit", "%", "half.op", ">=", "half.unit", "%",
                NULL);
    jx_record_list_free(got);
}

/* A header wrapped in narrow label columns over three lines, its first line
 * a row of openings one space apart at the margin (`一级 二级指` over
 * `三级指标 指标目标值 备注` over `指标 标`): as wide as a heading, it was
 * left out of the table, whose labels then read as names (level1 "").  A
 * middle line's own header word (`指标内容` between `二级` and `指标`) heads
 * its own column: folded into its neighbour (二级指标内容) it took the names'
 * column, and every name went empty. */
static void label_header_wrapped_at_margin(void **state)
{
    (void)state;
    static const char *const bureau = "calc-pdf-layout/bureau/b0004";
    check_fields(bureau, "新增省级以上研发平台", "level1", "产出指标", "level2", "数量指标",
                 "op", ">=", "value", "10", "unit", "个", NULL);
    check_fields(bureau, "资金拨付及时率", "level1", "产出指标", "level2", "时效指标", "value",
                 "100", NULL);
    check_fields(bureau, "项目总成本", "level1", "产出指标", "level2", "成本指标", "value", "480",
                 NULL);
    static const char *const legacy = "weasy-calc-layout/legacy/f0025";
    check_fields(legacy, "筹集保障性租赁住房", "level1", "产出指标", "value", "120", "unit", "套",
                 NULL);
    check_fields(legacy, "改造老旧小区建筑面积", "level1", "产出指标", "value", "41.1", "unit",
                 "万平方米", NULL);
}

/* A header wrapped a word a line over narrow label columns takes more lines
 * than a table's lead usually does (`2022年度指标值` / `一级 二级` / `三级指标`
 * / `指标 指标` / `计算符号 指标值 度量单位`): the table began at its last
 * line, its label columns unnamed, and no target table was found.
 * wkhtmltopdf's text spells the head's 一 and 二 as Kangxi radicals (`⼀级
 * ⼆级`). */
static void label_header_wrapped_word_a_line(void **state)
{
    (void)state;
    check_fields("calc-pdf-layout/bureau/b0012", "新建标准化考点数", "op", ">=", "value", "2",
                 "unit", "个", NULL);
    static const char *const wkhtml = "wkhtml-writer-layout/bureau/b0049";
    check_fields(wkhtml, "改造老旧小区建筑面积", "level1", "产出指标", "level2", "数量指标",
                 "value", "33", NULL);
    check_fields(wkhtml, "筹集保障性租赁住房(新建)", "level1", "产出指标", "level2", "数量指标",
                 "value", "870", NULL);
}

/* WeasyPrint's print of a spreadsheet's HTML (weasy-calc-layout, legacy
 * f0025, its output rows) sets every label at the top of its cell: 产出, the
 * level-1 label's first line, stands on a line of its own above the first
 * row, whose line holds 数量.  That label-only line made 数量 stand below
 * its group's first row, as a centred or bottom label does: 数量 kept the
 * first row alone and 质量 took the sixteen rows after it (时效 the quality
 * rows).  A label on its group's first record row is on top. */
static void label_on_first_record_row_on_top(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/legacy/f0025-output";
    check_fields(rel, "筹集保障性租赁住房", "level1", "产出指标", "level2", "数量", "value", "120",
                 NULL);
    check_fields(rel, "农村危房改造户数", "level2", "数量", "value", "820", NULL);
    check_fields(rel, "农村危房改造户数(县直单位)", "level2", "数量", "value", "190", NULL);
    check_fields(rel, "项目验收合格率", "level2", "质量", "value", "100", NULL);
    check_fields(rel, "档案资料完整率", "level2", "质量", "value", "97", NULL);
    check_fields(rel, "项目开工时间", "level2", "时效", NULL);
}

/* WeasyPrint's print of a spreadsheet's HTML (weasy-calc-layout, legacy
 * f0050) sets its narrow 度量单位 column's units too wide for it over two
 * lines round the row's line: `个工作` above `审批办结时限* | ≤13`, `日`
 * below; `个百分` above `公共服务满意度提升 | ≥1`, `点` below.  The piece
 * above went up to the row before it and was lost (unit null, or the rest
 * `点` alone).  A piece no unit alone that joins the rest below the row into
 * one is that row's. */
static void unit_cut_round_its_row(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/legacy/f0050";
    check_fields(rel, "审批办结时限*", "op", "<=", "value", "13", "unit", "个工作日", NULL);
    check_fields(rel, "公共服务满意度提升", "op", ">=", "value", "1", "unit", "个百分点",
                 "level2", "社会效益指标", NULL);
    /* the rows above keep theirs: a text target, a unit of its own */
    check_fields(rel, "工作任务完成及时性", "value", "按时完成", "kind", "text", NULL);
    check_fields(rel, "政策宣传覆盖率", "value", "100", "unit", "%", NULL);
    check_fields(rel, "补助资金下达时限", "kind", "date", NULL);
}

/* WeasyPrint's prints set a long qualitative target centred in the last
 * column, wrapped round its row, with the row's name alone on the middle
 * line, its labels merged over lines above or below it
 * (`按照项目实施方案要求持续改善，惠及更多群` / `★群众生产生活条件` / `众`): with
 * no line of several pieces between, the target's first line, wider than a
 * cell, ended the table, and every row below it was lost (weasy-calc-layout
 * legacy f0050: 6 records; weasy-writer-layout bureau b0001: 6).  The
 * middle line may be the name alone, left of the target's columns. */
static void target_round_lone_name(void **state)
{
    (void)state;
    check_dump("weasy-calc-layout/legacy/f0050");
    check_dump("weasy-writer-layout/bureau/b0001");
    check_fields("weasy-calc-layout/legacy/f0050", "★群众生产生活条件", "value",
                 "按照项目实施方案要求持续改善,惠及更多群众", "level2", "社会效益指标", NULL);
    check_fields("weasy-calc-layout/legacy/f0050", "受益群众满意度*", "value", "94", "level1",
                 "满意度指标", NULL);
    check_fields("weasy-writer-layout/bureau/b0001", "群众生产生活条件", "value",
                 "按照项目实施方案要求持续改善,惠及更多群众", NULL);
    check_fields("weasy-writer-layout/bureau/b0001", "群众满意度", "value", "92", "unit", "%",
                 NULL);
}

/* A half-year form's two text targets wrapped round their row's name line
 * (`按进度推 | 显著提` / `服务能力和水平` / `进 | 升`, WeasyPrint's print of
 * Calc's HTML): the last line goes on from the first, but its 升 alone is
 * a unit's name, so the line read as typed and became a row of its own,
 * the targets cut (`显著提`, and a nameless row `升`).  A unit that ends a
 * text target above it into a text is that text's tail. */
static void text_target_tail_a_unit(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/half/f0048";
    check_fields(rel, "服务能力和水平", "value", "显著提升", "kind", "text", "half.value",
                 "按进度推进", "level2", "社会效益", NULL);
    /* the rows round it keep theirs */
    check_fields(rel, "服务对象满意度", "value", "89", "unit", "%", NULL);
    check_fields(rel, "绩效目标合理性", "value", "合理", "half.value", "按进度推进", NULL);
    jx_record_list *got = jx_test_parse_repo_file("tests/layout/weasy-calc-layout/half/f0048.txt");
    for (guint k = 0; k < jx_record_list_length(got); k++) {
        const jx_record *r = jx_record_list_get(got, k);
        if (g_strcmp0(jx_record_type(r), "indicator") == 0)
            assert_non_null(jx_record_get_string(r, "name"));
    }
    jx_record_list_free(got);
}

/* Two pages' headers wrapped over narrow label columns begin with the same
 * line (`序号 一级`) though the pages part their columns otherwise (page 1
 * ran 二级指标 and 三级指标 into one column): read as a repeat, page 2's rows
 * took page 1's columns and the names went into the labels' (`14资金使用合规率
 * 15资金拨付及时率`).  The line naming most columns decides. */
static void wrapped_header_first_line_no_repeat(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/bureau/b0005";
    check_fields(rel, "资金使用合规率", "op", ">=", "value", "100", "unit", "%", NULL);
    check_fields(rel, "资金拨付及时率", "value", "100", "unit", "%", NULL);
}

/* A word processor's PDF (writer-pdf-layout, bureau b0013, its first page)
 * whose narrow level-2 column holds labels wrapped over two lines on only
 * two lines of the page (`数量指` / `标`), each set one space before the
 * name beside it (`数量指 加装电梯数量`, `标 新建改造排水管网`): too few
 * lines for a column of their own, the fragments ran into the names
 * (`数量指加装电梯数量`, level2 ""). */
static void label_fragment_before_name(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/bureau/b0013";
    check_fields(rel, "加装电梯数量", "level1", "产出指标", "level2", "数量指标", "value", "33",
                 "unit", "部", NULL);
    check_fields(rel, "新建改造排水管网", "level2", "数量指标", "op", ">=", "value", "6.8",
                 NULL);
    check_fields(rel, "新建改造排水管网(中心城区)", "level2", "数量指标", "value", "40.8", NULL);
}

/* A spreadsheet's PDF (calc-pdf-layout, bureau b0040, lines 1-47) whose
 * header wraps 序号 a character a line (`序 一级 二级指` / `具体指标 …` /
 * `号 指标  标`): the lone 序 kept the first line from reading as label
 * heads, the table began on the second, and every row's labels and number
 * read as rows of their own (name "产出", no label, no number). */
static void label_heads_after_seq_char(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/bureau/b0040";
    check_fields(rel, "举办招聘会", "level1", "产出指标", "level2", "数量指标", "op",
                 "=", "value", "65", "unit", "场", NULL);
    check_fields(rel, "资金拨付及时率", "level2", "时效指标", "value", "100", NULL);
}

/* A spreadsheet's PDF (calc-pdf-layout, bureau b0009) whose narrow level-2
 * column wraps each label over two lines, centred line by line: `社会效` /
 * `益指标` start where the header's `二级指` does, `数量指` / `标` a
 * character or two right of it.  The starts parted the column in two
 * touching ones no line filled both of, and the second's pieces ran into
 * the names (`数量指特困人员救助供养人数标`, level2 empty). */
static void label_column_pieces_alternate(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/bureau/b0009";
    check_fields(rel, "特困人员救助供养人数", "level1", "产出指标", "level2", "数量指标", "op",
                 ">=", "value", "670", "unit", "人", NULL);
    check_fields(rel, "养老机构床位数", "level2", "数量指标", "value", "1070", NULL);
    check_fields(rel, "档案资料完整率", "level2", "质量指标", "value", "98", NULL);
    check_fields(rel, "★项目预算控制率", "level1", "产出指标", "level2", "成本指标", "op", "<=",
                 "value", "100", NULL);
    check_fields(rel, "群众获得感*", "level1", "效益指标", "level2", "社会效益指标", "value",
                 "明显增强", NULL);
}

/* The same converter (bureau b0004, lines 1-45): the table's last row sets
 * its labels and long name one space apart at the margin (`效益 经济效
 * 新产品销售收入增长`), its target on the line below and the labels' rest
 * under that (`指标 益指标`).  No line of several pieces after it, the
 * table ended a row early and the row was lost. */
static void last_row_labels_one_space_apart(void **state)
{
    (void)state;
    check_fields("calc-pdf-layout/bureau/b0004", "新产品销售收入增长", "level1", "效益指标",
                 "level2", "经济效益指标", "value", "7", "unit", "%", NULL);
}

/* A spreadsheet's PDF (calc-pdf-layout, bureau b0049, whole) whose last
 * page sets a level-2 label a word a line in its narrow column, one space
 * before the names (`社会 受益居民户数` / `效益 服务能力和水平` / `指标 政策宣传覆盖率`):
 * the column finder read the middle line a grid column right, its 效益 in
 * the names' column and the name in the operators'.  Placed as the row's
 * level-1 (a level-1 word), 效益 left 社会指标 behind and the rows read
 * level1 效益.  A middle piece whose neighbours right above and below make
 * a level-2 label with it is that label's, whatever its column. */
static void level2_middle_piece_column_off(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/bureau/b0049";
    check_fields(rel, "受益居民户数", "level1", "效益指标", "level2", "社会效益指标", "op", ">=",
                 "value", "2700", "unit", "户", NULL);
    check_fields(rel, "服务能力和水平", "level1", "效益指标", "level2", "社会效益指标", "value",
                 "显著提升", NULL);
    check_fields(rel, "居民居住条件", "level1", "效益指标", "level2", "社会效益指标", NULL);
}

/* The same converter (bureau b0014, whole): on its second page the level-1
 * label 效益指标 stands in the level-2 column and the level-2 label in the
 * names' (`社会效` / `服务能力和水平` / `益`, the label's two lines round the
 * row's), the name itself a column right.  The pieces, read as the name's
 * wrapped lines, made `社会效服务能力和水平益` and the level-2 went empty.  Two
 * name pieces right above and below a row, left of its name's column, that
 * make a level-2 label together are that label. */
static void level2_round_name_column_off(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/bureau/b0014";
    check_fields(rel, "服务能力和水平", "level2", "社会效益", "value", "显著提升", NULL);
    check_fields(rel, "居民居住条件", "level2", "社会效益", "value", "明显改善", NULL);
}

/* A level label wrapped in its narrow column across a row's lines, its
 * first piece on a line before the name's end and its rest after it, read
 * into the name's cell as the row's wrapped lines: the name came out held
 * between them (calc-pdf-layout bureau b0003, whole: `社会效 政策宣传覆盖率`
 * over `益`, 社会效政策宣传覆盖率益; writer-pdf-layout bureau b0056, whole:
 * `数量` / `指标` round 修缮文物保护单位; b0003, whole: `满意` / `度指标`
 * round 企业满意度, the longest pair the label, not 满意 + 指标).  A name
 * joined from several lines whose head and tail spell a level label
 * together is what stands between them, and the label is the row's at its
 * level (the group's filled down said 指标, 效益指标 there). */
static void label_pieces_round_name(void **state)
{
    (void)state;
    check_fields("calc-pdf-layout/bureau/b0003", "政策宣传覆盖率", "level2", "社会效益", "op", ">",
                 "value", "92", "unit", "%", NULL);
    check_fields("writer-pdf-layout/bureau/b0056", "修缮文物保护单位", "level1", "产出", "level2",
                 "数量指标", "op", ">=", "value", "7", "unit", "处", NULL);
    check_fields("writer-pdf-layout/bureau/b0003", "企业满意度", "level1", "满意度指标", "value",
                 "91", "unit", "%", NULL);
}

/* The same document: the level-1 label wrapped round a row in the level-2
 * column (`效益  益` / `居民居住条件` / `指标`), its first piece only ever a
 * level-1.  Its rest `指标` was read as the level-2's and overrode the
 * group's (社会效 / 益: 社会效益指标), the level-1 left `效益`.  A level-2
 * piece in the grid column of a level-1 piece a row above, which joined to
 * it makes a level-1 label, is that label's rest. */
static void level1_rest_in_level2_column(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/bureau/b0014";
    check_fields(rel, "社会影响力", "level1", "效益指标", "level2", "社会效益", NULL);
    check_fields(rel, "政策宣传覆盖率", "level1", "效益指标", "level2", "社会效益", "value", "96",
                 NULL);
    check_fields(rel, "持续发挥效益", "level1", "效益指标", "level2", "可持续影响", "value", "长期",
                 NULL);
}

/* A word processor's PDF of a bureau's form (writer-pdf-layout, bureau
 * b0038): the level-1 label wrapped over two numbered rows in the level-2
 * column (`5 | 产出 | 资金使用合规率` / `标` / `6 | 指标 | 补助对象识别精准率`),
 * the level-2's pieces a column right.  The rest on row 6's own line was
 * read as that row's level-2 and dropped, and all eight rows kept `产出`.
 * A level-2 piece of a data row that joined to the level-1 piece above in
 * its column makes a level-1 label is that label's rest, as a fragment's. */
static void level1_rest_on_numbered_row(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/bureau/b0038";
    check_fields(rel, "支持科技计划项目", "level1", "产出指标", "level2", "数量指标", "value", "38",
                 NULL);
    check_fields(rel, "补助对象识别精准率", "level1", "产出指标", "level2", "质量指标", "value",
                 "100", NULL);
    check_fields(rel, "单位建设成本", "level1", "产出指标", "level2", "成本指标", "value", "3130",
                 "unit", "元/平方米", NULL);
    check_fields(rel, "引进推广新技术新成果", "level1", "效益指标", "level2", "社会效益指标",
                 "value", "53", NULL);
}

/* A word processor's PDF of a bureau's form laid out afresh on its second
 * page (writer-pdf-layout, bureau b0012): the level-2 column's groups each
 * centred by itself, `   经济` / `   效益` / `   指标` over one group and
 * `     社会` / `     效益` / `     指标` over the next, two places apart.
 * The run of that column split at the second edge into two grid columns,
 * the page's level-1 tails (`指标` in both label columns) read as another
 * table's header, and its 28 rows were not read.  A narrow column of label
 * pieces with no line starting in both parts is one column. */
static void label_column_groups_drifted(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/bureau/b0012";
    check_fields(rel, "单位建设成本", "level1", "成本指标", "level2", "经济成本指标", "op", "<",
                 "value", "2130", "unit", "元/平方米", NULL);
    check_fields(rel, "对生态环境的影响", "level1", "成本指标", "level2", "生态环境成本指标",
                 "value", "无", NULL);
    check_fields(rel, "拉动社会投资", "level1", "效益指标", "op", ">=", "value", "7", "unit",
                 "亿元", NULL);
    check_fields(rel, "服务能力和水平", "level1", "效益指标", "level2", "社会效益指标", "value",
                 "显著提升", NULL);
    check_fields(rel, "管理制度健全性", "level1", "效益指标", "level2", "可持续影响指标", "value",
                 "健全", NULL);
    check_fields(rel, "家长满意度", "op", ">=", "value", "86", "unit", "%", NULL);
}

/* LibreOffice's PDFs of a bureau form whose two label columns are a
 * character or two wide and centred on the satisfaction group each by
 * itself (calc-pdf-layout bureau b0012 and b0049, writer-pdf-layout bureau
 * b0012): `pdftotext -layout` sets the level-2 column's lines between the
 * level-1 column's (`   服务` / `满意` / `   对象` / `度指 ≥ 87%` / `   满意` /
 * ` 标` / `   度 社会公众满意度`), round the first row's value line.  The
 * level-2 piece 满意 (a level-1 label alone) went to level 1 (`满意标`), the
 * level-1 piece 度指 beside the figures took the name's slot, 服务对象 and
 * 满意度 were read as two labels, and the last line 标 of the group above
 * (可持续影响指 / 标) opened this group's level-2 label (`标服务对象`).
 * A stack's piece read with the pieces over it in its column, a line
 * apart, is its label's (jx_pcell.label_goes_on, goes_on_label_stack);
 * short level-2 pieces a line apart that begin a known label join
 * (level2_lines_close); a level-2 tail goes back to the label it finishes
 * (jx_trow_level2_tail_to_row_above). */
static void satisfaction_stack_round_value_line(void **state)
{
    (void)state;
    check_dump("writer-pdf-layout/bureau/b0012");
    static const char *const calc = "calc-pdf-layout/bureau/b0012-satisfaction";
    check_fields(calc, "管理制度健全性", "level1", "效益指标", "level2", "可持续影响指标", "value",
                 "健全", NULL);
    check_fields(calc, "学生满意度", "level1", "满意度指标", "level2", "服务对象满意度", "category",
                 "satisfaction.service", "value", "89", NULL);
    check_fields(calc, "服务对象满意度", "level1", "满意度指标", "level2", "服务对象满意度", "op",
                 ">=", "value", "86", NULL);
    check_fields(calc, "家长满意度", "level1", "满意度指标", "level2", "服务对象满意度", "value",
                 "86", NULL);
    static const char *const b0049 = "calc-pdf-layout/bureau/b0049";
    check_fields(b0049, "住户满意度", "level1", "满意度指标", "level2", "服务对象满意度", "value",
                 "91", NULL);
    check_fields(b0049, "受益群众满意度", "level1", "满意度指标", "level2", "服务对象满意度",
                 "op", ">=", "value", "87", NULL);
    check_fields(b0049, "社会公众满意度", "level1", "满意度指标", "level2", "服务对象满意度",
                 "op", "=", "value", "88", NULL);
}

/* Chromium's PDF of a form with a 指标性质 column after the names
 * (chromium-writer-layout, legacy f0210): on its second page the column's
 * 定量 / 定性 stand a place or two apart as the names before them run long,
 * two-character words in two parts of one run, like a label column's
 * drifted groups.  Joined as such, the page had one column fewer and its
 * level-2 labels were read as level 1.  Label columns stand left of the
 * names: only pieces with nothing but pieces before them on their line
 * count (label_piece_leading), so the 性质 column stays as it was read. */
static void short_words_after_names_not_label_column(void **state)
{
    (void)state;
    check_dump("chromium-writer-layout/legacy/f0210");
}

/* A word processor's PDF of a bureau's form (writer-pdf-layout, bureau
 * b0031): the row header 产出及效益指标 stands a character a line in a
 * column of its own left of the 序号 column, no header word over it.  Only
 * a column left of the label columns with no named column beside it was
 * the row header's, so this one had no role: its characters alone on
 * their lines (`及`, `效`, `益`) were read as the names' wrapped text
 * (`养老机构床位数及`).  An unheaded column left of every named one, the
 * labels' columns right of them, is the row header's. */
static void rowhead_column_left_of_seq(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/bureau/b0031";
    check_fields(rel, "养老机构床位数", "level1", "产出", "level2", "数量指标", "value", "1760",
                 "unit", "张", NULL);
    check_fields(rel, "特困人员救助供养人数*", "level2", "数量指标", "op", "=", "value", "190",
                 NULL);
    check_fields(rel, "低保对象认定准确率", "level1", "产出", "level2", "质量指标", "value", "100",
                 "unit", "%", NULL);
}

/* A word processor's PDF of a bureau's form (writer-pdf-layout, bureau
 * b0034, whole): the level-1 header 一级指标 wraps in its narrow column,
 * `一级` on the line of the group heading over the figures (`2022 年目标值`,
 * the year parted from its word) and `指标` under the header row.  The
 * line above held several cells, so `一级` was not joined: the column read
 * `指标` (a name's) and every level-1 field came out empty, the label
 * pieces run into the level-2's (产出质量指标).  A header cell's first line
 * beside a group heading is the first line of that cell all the same. */
static void head_above_beside_group_heading(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/bureau/b0034";
    check_fields(rel, "新增学前教育学位数", "level1", "产出指标", "level2", "数量指标", "op", "=",
                 "value", "750", "unit", "个", NULL);
    check_fields(rel, "学生资助资金发放准确率(暂定)", "level1", "产出指标", "level2", "质量指标",
                 "value", "100", NULL);
    check_fields(rel, "补助资金下达时限", "level1", "产出指标", "level2", "时效指标", NULL);
    check_fields(rel, "成本节约率", "level1", "成本指标", "level2", "经济成本指标", "value", "4",
                 NULL);
}

/* The 效益 block of a bureau's form, its level-1 labels a column right
 * in the level-2 column and its level-2 labels in a third label column
 * (writer-pdf-layout bureau b0034, whole; calc-pdf-layout bureau b0034,
 * whole): a layout dump centres each label in its merged cell, so the
 * wrapped pieces of the two levels fall on alternate lines (`效益` and
 * `指标` between `可持`, `续影`, `响指`), no line holding both.  The block
 * was read where the header's columns put it (办学条件达标学校比例 under
 * 成本指标 / 标社会, the row 社会成本 above it lost).
 * A level-1 piece on the line above or under a third column's piece shows
 * the block moved as one beside it does. */
static void third_label_column_on_alternate_lines(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/bureau/b0034";
    check_fields(rel, "社会成本", "level1", "成本指标", "level2", "社会成本指标", "value",
                 "无明显社会成本", NULL);
    check_fields(rel, "办学条件达标学校比例", "level1", "效益指标", "level2", "社会效益指标", "op",
                 ">=", "value", "88", "unit", "%", NULL);
    check_fields(rel, "公共服务满意度提升", "level1", "效益指标", "level2", "社会效益指标", "value",
                 "1", "unit", "个百分点", NULL);
    check_fields("calc-pdf-layout/bureau/b0034", "社会成本", "level1", "成本指标", "level2",
                 "社会成本指标", "value", "无明显社会成本", NULL);
}

/* A spreadsheet's PDF of a bureau's form (calc-pdf-layout, bureau b0029,
 * whole): the row header 产出及效益指标, merged over the whole table, is
 * centred halfway down it in its narrow column (`产出` / `及效` / `益指` /
 * `标`), and under its last piece two blank lines part it from the next
 * row, a tall one whose name stands at its top (`项目区农民人均增收` over
 * `1380 元`).  The gap ended the table's region and the name opened none:
 * the five rows under it were lost.  A gap under the row header's last
 * piece lies inside the table it heads. */
static void gap_under_centred_row_header(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/bureau/b0029";
    check_fields(rel, "项目区农民人均增收", "level1", "效益指标", "level2", "经济效益指标", "value",
                 "1380", "unit", "元", NULL);
    check_fields(rel, "节约财政资金", "op", "=", "value", "214", "unit", "万元", NULL);
    check_fields(rel, "森林蓄积量", "level2", "生态效益指标", "value", "202.75", "unit", "万立方米",
                 NULL);
    check_fields(rel, "服务对象满意度", "level1", "满意度指标", "op", ">=", "value", "89", NULL);
}

/* A spreadsheet's PDF of a bureau's form (calc-pdf-layout, bureau b0038):
 * the level-1 label 产出指标, centred on page 1 over rows its cell's page
 * part holds, is printed again atop page 2 two lines high (`产出` /
 * `指标`, three blank lines) over the group's last row.  The region opened
 * under it; the page's rows lost the label that says the group goes on
 * past the break, and the level-2 spans of page 1 were read as centred
 * over a group a row shorter (企业研发费用后补助项目数 under 质量指标).  A
 * whole level-1 label stacked atop a continued page is read with the page. */
static void level1_stack_atop_page(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/bureau/b0038";
    check_fields(rel, "企业研发费用后补助项目数", "level1", "产出指标", "level2", "数量指标",
                 "value", "221", NULL);
    check_fields(rel, "政策知晓率", "level2", "质量指标", NULL);
    check_fields(rel, "单位建设成本", "level1", "产出指标", "level2", "成本指标", "value", "3130",
                 NULL);
    check_fields(rel, "项目区农民人均增收", "level1", "效益指标", "level2", "经济效益指标", NULL);
}

/* A word processor's PDF of a bureau's form (writer-pdf-layout, bureau
 * b0035): page 2 sets the level-2 labels (`质量` / `指标`, `时效` / `指标`)
 * in a column beside the names, its level-1 column empty but for the
 * 效益 block's pieces.  One row's level-2 piece alone on its line (`效益`
 * of 经济 / 效益 / 指标) reads as a level-1 label, and its one vote took
 * the page's whole level-2 column to level 1: eleven rows read 质量指标 /
 * 时效指标 as their level-1 and no level-2.  A level column goes to the
 * other level's only on ANCHOR_MIN_CELLS cells or with the columns right
 * of it. */
static void level2_column_kept_on_lone_vote(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/bureau/b0035";
    check_fields(rel, "造林成活率", "level1", "产出指标", "level2", "质量指标", "category",
                 "output.quality", "value", "90.5", NULL);
    check_fields(rel, "档案资料完整率", "level1", "产出指标", "level2", "质量指标", NULL);
    check_fields(rel, "资金拨付及时率", "level1", "产出指标", "level2", "时效指标", "category",
                 "output.timeliness", NULL);
    check_fields(rel, "项目完成时限", "level1", "产出指标", "level2", "时效指标", "value",
                 "2019-11-30", NULL);
}

/* The same form's last two groups (writer-pdf-layout, bureau b0035): the
 * 效益 block's level-1 stack (`效益` / `指标`) and its level-2 stacks
 * (`经济` / `效益` / `指标`) end a line apart, the level-1 tail (`指标`) on
 * the line after its head's with the level-2 label's `效益` between, then
 * the level-2 tail alone: the two tails read as a two-line header
 * (一级 / 指标 beside 二级 / 指标), an inner table of no kind, which ended
 * the target table there — the last row of page 2 and all of page 3 (seven
 * rows) lost.  A tail finishes a label whose previous piece stands a few
 * lines up in its column (LABEL_TAIL_REACH), the lines between empty
 * there, in the open header's level-1 column or left of it (the page is
 * laid out afresh without the row header's column). */
static void label_tails_a_line_apart(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/bureau/b0035";
    check_fields(rel, "带动相关产业增收", "level1", "效益指标", "level2", "经济效益指标", "value",
                 "2100", NULL);
    check_fields(rel, "群众生产生活条件", "level1", "效益指标", "level2", "社会效益指标", "value",
                 "按照项目实施方案要求持续改善,惠及更多群众", NULL);
    check_fields(rel, "林区群众生产生活条件", "level1", "效益指标", "level2", "社会效益指标",
                 "value", "明显改善", NULL);
    check_fields(rel, "森林蓄积量", "level2", "生态效益指标", "value", "761.1", "unit", "万立方米",
                 NULL);
    check_fields(rel, "持续发挥效益", "level2", "可持续影响指标", "value", "长期", NULL);
    check_fields(rel, "受益群众满意度", "level1", "满意度指标", "category", "satisfaction.service",
                 "value", "93", NULL);
}

/* A browser's layout dump of a word processor's page (chromium-writer-layout,
 * bureau b0047): page 3 is set without the row header column, every part
 * column one header column left of its own (the names' and figures' moved
 * right).  The level-2 column (`时效指` / `标`) kept its own header column,
 * the level-1's, on one row's piece (`经济效`) aligned there: the 时效 rows
 * read 时效指标 as their level-1 and no level-2.  A level column that keeps
 * its place on fewer than ANCHOR_MIN_CELLS cells, the placed columns right
 * of it moved right, moves with them. */
static void level_column_moves_with_page(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/bureau/b0047";
    check_fields(rel, "资金拨付及时率", "level1", "产出指标", "level2", "时效指标", "category",
                 "output.timeliness", NULL);
    check_fields(rel, "年度任务完成时限", "level1", "产出指标", "level2", "时效指标", "value",
                 "2022-10-31", NULL);
    check_fields(rel, "项目开工时间", "level1", "产出指标", "level2", "时效指标", NULL);
}

/* A spreadsheet's PDF of a bureau's form (calc-pdf-layout, bureau b0047):
 * the row header 绩效指标, a character a line in a column of its own on
 * page 1, is printed again atop page 2 (`绩` / `效` / `指` / `标`), where the
 * page's grid sets it in the level-1 column.  Its pieces joined (效指标)
 * made the page's rows a level-1 group of their own, and their level-2
 * labels moved with it (时效指标 over the 质量指标 rows the page break
 * parted).  A level-1 text that is a part of a row header's words and no
 * level-1 label is no label of its rows. */
static void rowhead_pieces_in_level1_column(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/bureau/b0047";
    check_fields(rel, "补贴资金发放准确率", "level1", "产出指标", "level2", "质量指标", "value",
                 "100", NULL);
    check_fields(rel, "项目工程验收合格率", "level1", "产出指标", "level2", "质量指标", NULL);
    check_fields(rel, "资金拨付及时率", "level1", "产出指标", "level2", "时效指标", "op", "=",
                 NULL);
    check_fields(rel, "项目区农民人均增收", "level1", "效益指标", "level2", "经济效益指标", NULL);
}

/* The same document's page 3 holds two rows alone, their names and
 * targets wrapped round the row header's characters (`绩` / `效` / `指` /
 * `标` beside `群众生产生活条件` / `按照项目实施方案要求…`), four lines in
 * three columns of their own: too narrow to continue the table, it ended
 * it, and page 4's rows, a full page in the table's columns, were read as
 * no table's.  A short page of no whole row after the table's pages lets
 * the page after it say whether the table goes on; its lines are reported
 * unread. */
static void short_page_between_pages(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/bureau/b0047";
    check_fields(rel, "群众获得感", "level1", "效益指标", "level2", "社会效益指标", "value",
                 "有效提升", NULL);
    check_fields(rel, "惠及人口", "level2", "社会效益指标", "op", ">=", "value", "25", "unit",
                 "万人", NULL);
    check_fields(rel, "农作物秸秆综合利用率", "level1", "效益指标", "level2", "生态效益指标",
                 "value", "92", NULL);
}

/* The same converter (bureau b0057, lines 16-40): the narrow level-2
 * column's pieces (`时效指` beside `项目完成时限`, `标` two lines below) stand
 * a grid column of their own between the level-2 column and the names', no
 * header word over it.  Beyond the header's columns they read as the names'
 * wrapped text (`时效指项目完成时限标`, level2 质量指标 from above).  A level-2
 * piece in an unnamed column between the two is the level-2's. */
static void level2_piece_in_unheaded_column(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/bureau/b0057-output";
    check_fields(rel, "项目完成时限", "level1", "产出指标", "level2", "时效指标", "op", "<=", NULL);
    check_fields(rel, "人均补助标准", "level2", "成本指标", "value", "2800", "unit", "元/人",
                 NULL);
    check_fields(rel, "农村危房改造户数", "level2", "数量指标", "value", "620", NULL);
}

/* The same document further on (bureau b0057, lines 16-57): the same
 * column's pieces, and rows lower down whose name was missing took one for
 * their name (`可持续 | 健全`, `象满意 | ≥ 93`), so the page's column map
 * folded the pieces' column into the names'.  The pieces ran into the names
 * (`城市内涝积水点社会效`, `益指标服务能力和水平`) and every row from
 * 项目完成时限 down kept 质量指标.  Fragment pieces in a column folded into
 * the names' between the level-2 column and the names', that begin a
 * level-2 label and with the pieces under them finish it, are that label. */
static void level2_pieces_in_folded_column(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/bureau/b0057-folded";
    check_fields(rel, "项目完成时限", "level2", "时效指标", "value", "2021-12-31", NULL);
    check_fields(rel, "人均补助标准", "level2", "成本指标", "value", "2800", NULL);
    check_fields(rel, "城市内涝积水点", "level1", "效益指标", "level2", "社会效益指标", "value",
                 "基本消除", NULL);
    check_fields(rel, "服务能力和水平", "level2", "社会效益指标", "value", "显著提升", NULL);
    check_fields(rel, "节能减排效果", "level2", "生态效益指标", "value", "明显", NULL);
}

/* A level-2 label wrapped over three lines of a narrow column, its pieces
 * on the lines of two rows that hold no name of their own there (calc b0057
 * lines 34-38: `长效管理机制` / `可持续 | 健全` / `影响指` / `小区长效管理机制` /
 * `标 | 健全`): read by order, each row took its piece for its name's rest
 * (长效管理机制可持续影响指, 小区长效管理机制标).  The tail `标` with the
 * pieces right above it in its column ends a label (影响指标) and, with the
 * first, spells it whole (可持续影响指标): every piece is the label's. */
static void level2_rest_over_three_lines_read_as_names(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/bureau/b0057-folded";
    check_fields(rel, "长效管理机制", "level2", "可持续影响指标", "value", "健全", NULL);
    check_fields(rel, "小区长效管理机制", "level2", "可持续影响指标", "value", "健全", NULL);
}

/* A text document's PDF through wkhtmltopdf (wkhtml-writer-layout, bureau
 * b0008, lines 32-105): the same folded column (`经济效` / `益指标`, a row
 * taking `影响指` for its name), and the level-1 label wrapped round a row
 * in the level-2 column (`效益` / `惠及人口` / `指标`).  With the level-1's
 * rest taken back (level1_rest_in_level2_column) and the pieces left in the
 * names, the level-2 column had no label in the whole 效益指标 group: its
 * labels' placement, read over the whole column, moved the output groups'
 * (造林成活率 under 时效指标).  Both read, every group keeps its own. */
static void level2_pieces_in_folded_column_wkhtml(void **state)
{
    (void)state;
    static const char *const rel = "wkhtml-writer-layout/bureau/b0008-effect";
    check_fields(rel, "造林成活率", "level2", "质量指标", "value", "87", NULL);
    check_fields(rel, "单位建设成本", "level2", "成本指标", "value", "1040", NULL);
    check_fields(rel, "惠及人口", "level1", "效益指标", "level2", "社会效益指标", "value", "23",
                 NULL);
    check_fields(rel, "森林覆盖率", "level1", "效益指标", "level2", "生态效益指标", NULL);
}

/* A spreadsheet's PDF (calc-pdf-layout, bureau b0053, lines 1-22) whose funds row
 * (`年度资金总额 332 其中：本级财政资金 332.00 其他资金 0`) stands in the metadata
 * block under the unit caption `金额单位：万元`: the caption's 金额 was read as a
 * budget column's header word, the metadata block as a budget table and the funds
 * row as a budget record.  A unit caption names no column; the funds row is the
 * document's amount, and the indicators still follow. */
static void unit_caption_names_no_column(void **state)
{
    (void)state;
    jx_record_list *got =
        jx_test_parse_repo_file("tests/layout/calc-pdf-layout/bureau/b0053-head.txt");
    guint budgets = 0, indicators = 0;
    for (guint k = 0; k < jx_record_list_length(got); k++) {
        const char *type = jx_record_type(jx_record_list_get(got, k));
        budgets += g_strcmp0(type, "budget") == 0;
        indicators += g_strcmp0(type, "indicator") == 0;
    }
    assert_int_equal(budgets, 0);
    assert_int_equal(indicators, 8);
    jx_record_list_free(got);
    static const char *const rel = "calc-pdf-layout/bureau/b0053-head";
    check_fields(rel, "新建港湾式候车亭", "level1", "产出指标", "level2", "数量指标", "value", "9",
                 "unit", "个", NULL);
}

/* A text browser's dump of a report's budget table (w3m -dump, reports
 * budget r0059, its table): the header cells `预算金额（万元` and `使用金额（万元`
 * wrap their closing bracket onto a line of their own and stand two spaces
 * apart.  The reading that gives a wide character one column lined the
 * pieces up as well as the right one (display width, two) and laid the two
 * header cells over one column: the budget table lost its spent column and
 * its units.  A reading that parts every piece wins a near tie. */
static void w3m_wrapped_header_cells_apart(void **state)
{
    (void)state;
    jx_record_list *got =
        jx_test_parse_repo_file("tests/layout/w3m-report-budget-wrapped-header.txt");
    guint budgets = 0;
    const jx_record *first = NULL, *total = NULL;
    for (guint k = 0; k < jx_record_list_length(got); k++) {
        const jx_record *rec = jx_record_list_get(got, k);
        if (g_strcmp0(jx_record_type(rec), "budget") != 0)
            continue;
        budgets++;
        if (g_strcmp0(jx_record_get_string(rec, "name"), "公共卫生服务") == 0)
            first = rec;
        if (g_strcmp0(jx_record_get_string(rec, "name"), "合计") == 0)
            total = rec;
    }
    assert_int_equal(budgets, 8);
    assert_non_null(first);
    assert_non_null(total);
    const jx_record *budget = jx_record_get_record(first, "budget");
    const jx_record *spent = jx_record_get_record(first, "spent");
    assert_non_null(budget);
    assert_non_null(spent);
    assert_string_equal(jx_record_get_string(budget, "value"), "25593.78");
    assert_string_equal(jx_record_get_string(budget, "unit"), "万元");
    assert_string_equal(jx_record_get_string(spent, "value"), "14969.29");
    assert_string_equal(jx_record_get_string(spent, "unit"), "万元");
    assert_string_equal(jx_record_get_string(first, "rate"), "58.49");
    spent = jx_record_get_record(total, "spent");
    assert_non_null(spent);
    assert_string_equal(jx_record_get_string(spent, "value"), "117064.45");
    assert_string_equal(jx_record_get_string(total, "rate"), "56.92");
    jx_record_list_free(got);
}

/* A word processor's HTML printed by wkhtmltopdf (wkhtml-writer-layout,
 * bureau b0028) whose rows are centred over three lines, each row's level-1
 * label wrapped round them (`产出` beside the name, `指标` alone on the line
 * under the target).  The lone `指标` is plain text, which scores the name
 * better than a label: it ran into the next row's name (`产出补贴耕地面积*指标`)
 * and the level-1 labels fell apart.  A wrapped label's line in its own label
 * column stays a label. */
static void wrapped_label_line_stays_label(void **state)
{
    (void)state;
    static const char *const rel = "wkhtml-writer-layout/bureau/b0028";
    check_fields(rel, "补贴耕地面积*", "level1", "产出指标", "op", "=", "value", "509600", "unit",
                 "亩", NULL);
    check_fields(rel, "资金使用合规率", "level1", "产出指标", "value", "100", NULL);
    check_fields(rel, "★农业总产值增长率", "level1", "效益指标", "level2", "经济效益", "op", ">=",
                 "value", "7", NULL);
    check_fields(rel, "带动相关产业增收", "level1", "效益指标", "value", "400", "unit", "万元",
                 NULL);
}

/* A word processor's HTML printed by wkhtmltopdf whose header's upper cells
 * span its two rows (序号 | 一级指标 | … | 指标内容 on the first line) and whose
 * narrow operator cell wraps round the lower row (`计算符` / `年度指标值 单位` /
 * `号`), the group heading over the targets (年度目标值, 半年（程）指标值) a
 * blank line above.  The lower lines are no header row alone, nor the upper
 * line's tails: the header ended after its first line, named no target
 * column, and no indicator was read.  Lines naming only the columns the
 * header above leaves unnamed are its lower row. */
static void lower_header_under_unnamed_columns(void **state)
{
    (void)state;
    static const char *const split = "wkhtml-writer-layout/split/f0272-head";
    check_fields(split, "送戏下乡演出场次", "level1", "产出指标", "level2", "数量指标", "op", ">=",
                 "value", "300", "unit", "场", NULL);
    check_fields(split, "非遗传承人培训人次", "value", "560", "unit", "人次", NULL);
    check_fields(split, "新增图书馆藏书", "value", "56300", "unit", "册", NULL);
    static const char *const half = "wkhtml-writer-layout/half/f0298-head";
    check_fields(half, "危桥改造数量", "op", ">=", "value", "15", "unit", "座", "half.op", ">=",
                 "half.value", "4", "half.unit", "座", NULL);
    check_fields(half, "国省道路面养护里程", "value", "35", "unit", "公里", "half.value", "18",
                 NULL);
}

/* A spreadsheet's HTML printed by wkhtmltopdf (old WebKit), whose rows stand
 * line under line: the last row a merged label spans takes the height the
 * label needs past the rows', its name at its top (`亩均补助标准`), its
 * centred cells and the label four blank lines lower (`成本指标 ≤428元/亩
 * ≤1,070元/亩`), four blank lines again to the next row.  The runs of blank
 * lines ended the table (the rows after it read as no table's), the name
 * ran into the row above (`年度任务完成时限亩均补助标准`), the figures made a
 * row without a name, and the label over the tall row took the next row
 * too. */
static void tall_row_padded_round_middle(void **state)
{
    (void)state;
    static const char *const half = "wkhtml-calc-layout/half/f0023-tall";
    check_fields(half, "年度任务完成时限", "op", "<=", "value", "2020-12-31", NULL);
    check_fields(half, "亩均补助标准", "level1", "产出指标", "level2", "成本指标", "op", "<=",
                 "value", "1070", "unit", "元/亩", "half.value", "428", NULL);
    check_fields(half, "★拉动社会投资", "level1", "效益指标", "level2", "经济效益指标", "value",
                 "8", "unit", "亿元", NULL);
    check_fields(half, "★惠及人口", "level2", "社会效益指标", "value", "25", NULL);
    /* the table's last row, the span's labels centred in it */
    static const char *const dept = "wkhtml-calc-layout/dept/f0169";
    check_fields(dept, "群众满意度", "value", "87", "unit", "%", NULL);
    check_fields(dept, "受益群众满意度", "level1", "满意度指标", "op", "=", "value", "93", "unit",
                 "%", NULL);
}

/* A spreadsheet's HTML printed by wkhtmltopdf (wkhtml-calc-layout, bureau
 * b0024) whose row header (年度绩效指标) stands in a column two characters
 * wide left of the header's first column, wrapped `年度` / `绩效` / `指标`
 * beside a tall row (`★补助资金下达时限`, three blank lines, its label and
 * target, four blank lines).  The padding joins the rows above and below
 * into one grid a column wider than the header (指标内容 over 运算符号 in
 * one column): the row header's column took the header's level-1, every
 * level-2 label read as a level-1 and the names took the next labels. */
static void wide_rowhead_column_before_header(void **state)
{
    (void)state;
    static const char *const doc = "wkhtml-calc-layout/bureau/b0024";
    check_fields(doc, "新增净化消毒设备", "level1", "产出指标", "level2", "数量指标", "op", ">=",
                 "value", "58", "unit", "套", NULL);
    check_fields(doc, "★改造提升供水管网", "level1", "产出指标", "level2", "数量指标", "value",
                 "147", NULL);
    check_fields(doc, "供水保证率", "level2", "质量指标", "value", "90", NULL);
    check_fields(doc, "★补助资金下达时限", "level1", "产出指标", "level2", "时效指标", "op", "<=",
                 "value", "2024-12-31", NULL);
    check_fields(doc, "单位建设成本", "level1", "成本指标", "level2", "经济成本指标", "value",
                 "1600", "unit", "元/平方米", NULL);
    check_fields(doc, "社会公众满意度", "level1", "满意指标", "level2", "服务对象满意度指标",
                 "value", "91", NULL);
}

/* A spreadsheet's HTML printed by wkhtmltopdf (wkhtml-calc-layout), rows
 * line under line, whose page ends on a tall row: its name at its top right
 * under the row above (`受灾群众满意度`), its figures and labels three or four
 * blank lines lower as the page's last text, no bottom padding under them.
 * With no second run of blank lines below, the padding was no tall row's:
 * it ended the table, the name ran into the row above
 * (`项目持续发挥作用年限受灾群众满意度`) and the figures made no record. */
static void tall_row_ends_page(void **state)
{
    (void)state;
    static const char *const bureau = "wkhtml-calc-layout/bureau/b0002-foot";
    check_fields(bureau, "项目持续发挥作用年限", "level2", "可持续影响指标", "op", ">", "value", "6",
                 "unit", "年", NULL);
    check_fields(bureau, "受灾群众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "op", ">=", "value", "89", "unit", "%", NULL);
    /* the lower lines' labels stand where no row above holds one: the task
     * and the target line them up */
    static const char *const dept = "wkhtml-calc-layout/dept/f0204";
    check_fields(dept, "项目持续发挥作用年限", "level2", "可持续影响指标", "value", "3", NULL);
    check_fields(dept, "服务对象满意度", "level1", "满意指标", "level2", "服务对象满意度指标", "op",
                 ">=", "value", "89", NULL);
    /* the page's last row, named as the row above */
    jx_record_list *got = jx_test_parse_repo_file("tests/layout/wkhtml-calc-layout/dept/f0204.txt");
    const jx_record *last = NULL;
    for (guint k = 0; k < jx_record_list_length(got); k++)
        if (g_strcmp0(jx_record_type(jx_record_list_get(got, k)), "indicator") == 0)
            last = jx_record_list_get(got, k);
    assert_non_null(last);
    assert_string_equal(jx_record_get_string(last, "name"), "服务对象满意度");
    assert_string_equal(jx_record_get_string(last, "task"), "开展全民健身赛事活动");
    assert_string_equal(jx_record_get_string(last, "value"), "92");
    jx_record_list_free(got);
}

/* The same print, the table's last row tall over the form's notes
 * (wkhtml-calc-layout, dept f0024): its name at its top right under the
 * row above (`观众满意度`), four blank lines, its level-2 label's first line,
 * its figures, the label's last line, and `备注：…` right under them, no
 * bottom padding.  The padding ended the table: the row's figures were
 * read as no row, and its name ran into the row above. */
static void tall_last_row_over_notes(void **state)
{
    (void)state;
    static const char *const dept = "wkhtml-calc-layout/dept/f0024-notes";
    check_fields(dept, "非物质文化遗产保护传承水平", "level2", "社会效益指标", "task",
                 "加强非物质文化遗产保护传承", "value", "有效提升", NULL);
    check_fields(dept, "观众满意度", "level1", "满意度", "level2", "服务对象满意度指标", "task",
                 "实施文物保护修缮工程", "op", ">=", "value", "93", "unit", "%", NULL);
    check_dump(dept);
}

/* The same print, the table's last row tall, its name at its top (alone,
 * `住户满意度`, or beside its task, `做好城乡居民基本养老保险工作  受益群众满意度`)
 * and its target alone four blank lines lower, then the page's end or the
 * notes (`说明：…`): the padding ended the table, the target was dropped and
 * the name ran into the row above (`社会公众满意度住户满意度`). */
static void tall_last_row_target_alone(void **state)
{
    (void)state;
    static const char *const page_end = "wkhtml-calc-layout/dept/f0134-last";
    check_fields(page_end, "社会公众满意度", "task", "推进农村危房改造", "op", ">=", "value", "90",
                 "unit", "%", NULL);
    check_fields(page_end, "住户满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "task", "推进农村危房改造", "op", ">=", "value", "95.5", "unit", "%", NULL);
    check_dump(page_end);
    static const char *const notes = "wkhtml-calc-layout/dept/f0234-last";
    check_fields(notes, "群众满意度", "level1", "满意度", "level2", "服务对象满意度", "task",
                 "落实就业创业扶持政策", "value", "85", "unit", "%", NULL);
    check_fields(notes, "受益群众满意度", "level1", "满意度", "level2", "服务对象满意度", "task",
                 "做好城乡居民基本养老保险工作", "op", ">=", "value", "90", "unit", "%", NULL);
}

/* The same print, the table's last row tall over the page's end
 * (wkhtml-calc-layout, dept f0059): its name at its top right under the
 * row above (`受益群众满意度`), four blank lines, its label's first line
 * (`服务对象满意度指`), its task and target, the label's last line (`标`).
 * No row below shows its bottom padding, so the name read as the rest of
 * the row above (`持续发挥效益受益群众满意度`) and the target row went
 * unnamed; the name of a table's last row that far over its cells is its
 * own. */
static void tall_last_row_keeps_top_name(void **state)
{
    (void)state;
    static const char *const dept = "wkhtml-calc-layout/dept/f0059";
    check_fields(dept, "持续发挥效益", "level2", "可持续影响指标", "task", "推进小型水库除险加固",
                 "value", "长期有效", NULL);
    check_fields(dept, "受益群众满意度", "level2", "服务对象满意度指标", "task",
                 "加强水土保持综合治理", "op", ">=", "value", "91", "unit", "%", NULL);
}

/* The same print (wkhtml-calc-layout, dept f0269): a tall row's name at
 * its top right under the row above (`持续发挥效益` under `水土流失治理度
 * ≥ 74 %`), a blank line, its label, task and target (`可持续影响指标 …
 * 长期`), three blank lines of its bottom padding, then the next row — the
 * first of a new part of the table, which the blank lines opened.  The
 * padding was measured only within one part, so the name ran into the row
 * above and the target into the row below (`长期健全`); the lines of one
 * page count whatever part they open. */
static void tall_row_padding_over_part_start(void **state)
{
    (void)state;
    static const char *const dept = "wkhtml-calc-layout/dept/f0269";
    check_fields(dept, "水土流失治理度", "level2", "生态效益指标", "op", ">=", "value", "74",
                 "unit", "%", NULL);
    check_fields(dept, "持续发挥效益", "level2", "可持续影响指标", "task", "实施农村供水工程建设",
                 "value", "长期", NULL);
    check_fields(dept, "工程长效运行管护机制", "level2", "可持续影响指标", "task",
                 "实施农村供水工程建设", "value", "健全", NULL);
}

/* The same print, the table's last row tall (wkhtml-calc-layout, dept
 * f0279, lines 44-51): its name at its top right under the row above
 * (`社会公众满意度` under `社会公众满意度 ≥ 86 %`), four blank lines, then its
 * centred work item wrapped round its target's line (`推进公路安全生命防护工`
 * / `程  ≥ 93 %`).  The work item's first line stood between the name and
 * the target, so the name ran into the row above
 * (`社会公众满意度社会公众满意度`) and the target made a row without a name;
 * that line is the tall row's own, not where its name ends. */
static void top_name_over_wrapped_task(void **state)
{
    (void)state;
    static const char *const dept = "wkhtml-calc-layout/dept/f0279";
    check_dump(dept);
    check_fields(dept, "社会公众满意度", "task", "做好普通国省道日常养护", "op", ">=", "value",
                 "86", "unit", "%", NULL);
}

/* The same print, the table's last row tall (wkhtml-calc-layout, dept
 * f0174, lines 39-52): its name at its top right under the row above
 * (`社会公众满意度` under `读者满意度 ≥89%`), a blank line, the table-wide row
 * header's line (`年度绩效指标`, centred over the whole table), four blank
 * lines, its target alone (`≥88%`), four blank lines, the notes.  The
 * header's line ended the table: the target was lost and the name ran into
 * the row above (`读者满意度社会公众满意度`).  A row header's line alone in
 * that padding stays in the table, and the padding reaches up past it. */
static void row_header_in_last_row_padding(void **state)
{
    (void)state;
    static const char *const dept = "wkhtml-calc-layout/dept/f0174";
    check_dump(dept);
    check_fields(dept, "社会公众满意度", "level1", "满意度指标", "task", "加强非物质文化遗产保护传承",
                 "op", ">=", "value", "88", "unit", "%", NULL);
}

/* The same print, the header repeated mid-page (wkhtml-calc-layout, dept
 * f0164, lines 32-47): a part's last row tall, its name at its top
 * (`工作任务完成及时性` under `资金使用合规率 =100%`), its work item and target
 * centred lower (`推动公共体育场馆开放  按计划完成`), five blank lines, then
 * 一级指标 | 二级指标 | … again.  The target's line read as the first line
 * of the header wrapped over two, its row was lost and the name ran into
 * the row above (`资金使用合规率工作任务完成及时性`): lines that far apart
 * are no one wrapped header. */
static void target_line_over_repeated_header(void **state)
{
    (void)state;
    static const char *const dept = "wkhtml-calc-layout/dept/f0164";
    check_fields(dept, "资金使用合规率", "task", "推动公共体育场馆开放", "op", "=", "value", "100",
                 "unit", "%", NULL);
    check_fields(dept, "★补助资金下达时限", "level2", "产出时效", "value", "2020-12-25", NULL);
}

/* The same print, the table's last row tall with the row header's lines
 * (`年度绩效` / `指标`) in its padding between its name (`读者满意度`) and
 * its figures: they part the name from the figures as blank lines do, but
 * the name, no longer the run's last line, went to the row above
 * (`长效管理机制读者满意度`) and the figures made a row without a name. */
static void tall_row_padding_holds_rowhead(void **state)
{
    (void)state;
    static const char *const doc = "wkhtml-calc-layout/dept/f0029-foot";
    check_fields(doc, "长效管理机制", "level2", "可持续影响", "value", "逐步完善", NULL);
    check_fields(doc, "读者满意度", "task", "开展送戏下乡和公益电影放映", "value", "92", "unit", "%",
                 NULL);
}

/* A spreadsheet's HTML printed by wkhtmltopdf (wkhtml-calc-layout, variant
 * v0021) with a mid-term target column before the year's (中期目标值 |
 * 年度目标值): a tall row's name stands at its top (`管理制度健全性`), its
 * text targets on a lower line (`健全 健全`, beside a label at most).  Read
 * as a row moved a column left, the mid-term target took the name's slot
 * (a record named `健全`) and the name ran into the row above
 * (`工程设计使用年限管理制度健全性`).  A line of nothing but the two targets
 * in their own columns is as laid out. */
static void text_targets_under_top_name_mid_term(void **state)
{
    (void)state;
    static const char *const doc = "wkhtml-calc-layout/variant/v0021";
    check_fields(doc, "工程设计使用年限", "level2", "可持续影响指标", "op", ">=", "value", "28",
                 "unit", "年", NULL);
    check_fields(doc, "管理制度健全性", "level1", "效益", "level2", "可持续影响指标", "value", "健全",
                 NULL);
    check_fields(doc, "持续发挥效益", "level1", "效益指标", "level2", "可持续影响指标", "value",
                 "长期有效", NULL);
    check_fields(doc, "工程长效运行管护机制", "level2", "可持续影响指标", "value", "健全", NULL);
    jx_record_list *got =
        jx_test_parse_repo_file("tests/layout/wkhtml-calc-layout/variant/v0021.txt");
    for (guint k = 0; k < jx_record_list_length(got); k++) {
        const char *name = jx_record_get_string(jx_record_list_get(got, k), "name");
        assert_true(g_strcmp0(name, "健全") != 0 && g_strcmp0(name, "长期有效") != 0);
    }
    jx_record_list_free(got);
}

/* A word processor's HTML printed by wkhtmltopdf (wkhtml-writer-layout,
 * standard f0091): the page break cuts a tall row, and page 2 opens on its
 * rest (`16 城区） 大于等于750处`) over four blank lines of its padding.  The
 * line alone made no region, read as prose it ended the table, and every
 * row of page 2 was reported as having no header. */
static void page_opens_on_padded_cut_row(void **state)
{
    (void)state;
    static const char *const doc = "wkhtml-writer-layout/standard/f0091";
    check_fields(doc, "组织应急演练(二期)", "level1", "产出指标", "level2", "数量指标", "op", ">=",
                 "value", "7", "unit", "次", NULL);
    check_fields(doc, "政策知晓率", "level2", "质量指标", "op", ">=", "value", "80", "unit", "%",
                 NULL);
    check_fields(doc, "受灾群众基本生活得到救助时间", "level2", "时效指标", "op", "<=", "value", "12",
                 "unit", "小时", NULL);
    check_fields(doc, "社会影响力", "level1", "效益指标", "level2", "社会效益指标", "value",
                 "逐步扩大", NULL);
}

/* The same print (wkhtml-writer-layout, standard f0091): the break cuts
 * that tall row's name too, its first line (`排查整改安全隐患（中心`) the
 * first page's last text, alone under the row before's padding, its rest
 * (`城区）`) on the second's first line.  Read as text after the table the
 * head was lost; held for the next page it joins its rest there, in the
 * column its own page set it in (the pages set their columns apart). */
static void name_cut_by_page_break(void **state)
{
    (void)state;
    static const char *const doc = "wkhtml-writer-layout/standard/f0091";
    check_fields(doc, "排查整改安全隐患(中心城区)", "level1", "产出指标", "level2", "数量指标",
                 "op", ">=", "value", "750", "unit", "处", NULL);
    check_fields(doc, "储备应急救灾物资(城区)", "op", ">=", "value", "4000", "unit", "件", NULL);
    check_fields(doc, "组织应急演练(二期)", "value", "7", "unit", "次", NULL);
}

/* The same print (wkhtml-writer-layout, dept f0199) with the row header
 * (年度绩效指标) in a column of its own, centred over both pages: `年度绩`
 * the first page's last line, `效指标` on the second's first, the cut row's
 * rest beside it (`供水保证率 不少于 90 %`) over four blank lines.  The
 * page's rows were lost; with them read, the pieces apart read as a level-1
 * label (年度绩效指标) over the page's rows. */
static void rowhead_pieces_parted_by_page_break(void **state)
{
    (void)state;
    static const char *const doc = "wkhtml-writer-layout/dept/f0199";
    check_fields(doc, "工程验收合格率", "level1", "产出指标", "value", "100", NULL);
    check_fields(doc, "供水保证率", "level1", "产出指标", "level2", "产出质量", "op", ">=", "value",
                 "90", "unit", "%", NULL);
    check_fields(doc, "档案资料完整率", "level1", "产出指标", "level2", "产出质量", "value", "95",
                 NULL);
    check_fields(doc, "年度任务完成时限", "level1", "产出指标", "level2", "产出时效", "op", "<=",
                 "value", "2019-09-30", NULL);
    check_fields(doc, "农村自来水普及率", "level1", "效益指标", "level2", "社会效益", "value", "89",
                 NULL);
}

/* A spreadsheet's HTML printed by wkhtmltopdf (wkhtml-calc-layout): Calc
 * writes its text cells valign=top and the rest middle, so a row a merged
 * label makes taller than a line sets its name alone right under the row
 * above and its target lower, the label's lines between, line under line
 * (`持续发挥效益` / `可持续影响指标` / `长期有效`, bureau b0001; `小区长效管理机制`
 * / `可持续影响指标` / `健全`, split f0082).  The name ran into the row
 * above's (`公路养护长效机制持续发挥效益`), whose target took the lower one
 * (`健全长期有效`) or left it a row without a name. */
static void top_name_over_label_lines(void **state)
{
    (void)state;
    check_dump("wkhtml-calc-layout/bureau/b0001");
    check_dump("wkhtml-calc-layout/split/f0082");
}

/* The same print where blank lines of the tall row's padding part its name
 * from its labels and target, more of them under the target than over it
 * (`项目持续发挥作用年限` / 2 blank lines / `可持续影响指标` / `≥ 9 年` / 4 blank
 * lines, split f0162; legacy f0230 alike), or part its name from its
 * target alone (`政策宣传覆盖率` / 1 blank line / `97%` / 3 blank lines,
 * variant v0006, lines 1-2, 16-18 and 70-94).  The runs ended the table
 * (`97%` fell out of every region) or the name went up into the row above
 * (`★管理制度健全性项目持续发挥作用年限`) and the target made a row of its own. */
static void top_name_over_padding(void **state)
{
    (void)state;
    check_dump("wkhtml-calc-layout/legacy/f0230");
    static const char *const split = "wkhtml-calc-layout/split/f0162";
    check_fields(split, "★管理制度健全性", "value", "健全", NULL);
    check_fields(split, "项目持续发挥作用年限", "level1", "效益指标", "level2", "可持续影响指标", "op",
                 ">=", "value", "9", "unit", "年", NULL);
    static const char *const variant = "wkhtml-calc-layout/variant/v0006-tail";
    check_fields(variant, "惠及人口", "value", "2", "unit", "万人", NULL);
    check_fields(variant, "政策宣传覆盖率", "level2", "社会效益指标", "value", "97", "unit", "%",
                 NULL);
    check_fields(variant, "空气质量优良天数比例", "level2", "生态效益指标", "value", "88.4", NULL);
}

/* A browser's print of a spreadsheet's HTML (chromium-calc-layout, bureau
 * b0040, lines 1-52) whose rows are centred over three lines: the name on
 * the first, the 序号 with the level-1 label's first line on the middle one
 * (`1 产出指`), the label's rest, the level-2 label and the targets on the
 * last (`标 数量指标 … 750 个`).  The numbered line and the target line each
 * read as a row: every name took the targets of the row above.  The
 * numbered line is the row's, its targets the line below. */
static void numbered_line_over_targets(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/bureau/b0040";
    check_fields(rel, "开发公益性岗位", "level1", "产出指标", "level2", "数量指标", "value", "750",
                 "unit", "个", NULL);
    check_fields(rel, "城乡居民养老保险参保人数", "op", ">=", "value", "63", "unit", "万人", NULL);
    check_fields(rel, "举办招聘会", "op", "=", "value", "65", "unit", "场", NULL);
    check_fields(rel, "资金拨付及时率", "level2", "时效指标", "op", "=", "value", "100", NULL);
    check_fields(rel, "拉动社会投资", "level1", "效益指标", "value", "8", "unit", "亿元", NULL);
}

/* A browser's print of a spreadsheet's HTML (chromium-calc-layout, bureau
 * b0029 and b0024, whole) whose tall rows set the name at the top and the
 * figures at the bottom, the merged labels' lines between them in place of
 * blank padding (`森林蓄积量 … 202.75 万立方米` / `指标` / `服务对象满意度` /
 * `满意度 | 服务对象` / `指标 | 满意度指` / `标` / `不少于89%`).  The line-by-line
 * reading gave the name to the row below; the whole names' column, which
 * places a name by its row's line, took it back to the row above, one line
 * from it (`森林蓄积量服务对象满意度`), and the figures were left unnamed. */
static void column_keeps_off_top_name_over_label_lines(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/bureau/b0029";
    check_fields(rel, "森林蓄积量", "value", "202.75", "unit", "万立方米", NULL);
    check_fields(rel, "服务对象满意度", "level1", "满意度指标", "level2", "服务对象满意度指标", "op",
                 ">=", "value", "89", "unit", "%", NULL);
    static const char *const rel2 = "chromium-calc-layout/bureau/b0024";
    check_fields(rel2, "持续发挥效益", "value", "长期有效", NULL);
    check_fields(rel2, "社会公众满意度", "op", ">=", "value", "91", "unit", "%", NULL);
}

/* A browser's print of a spreadsheet's HTML (chromium-calc-layout, bureau
 * b0019, whole) where pdftotext printed two rows column after column: their
 * names on two lines, then their operators, figures and units two lines
 * each (`产出数量 新增净化消毒设备` / `除险加固小型水库` / `=` / `≥` / `34` / `４` /
 * `套` / `座`).  Read line by line the first name took nothing and the second
 * ran into it over the first figure with the second's unit
 * (`新增净化消毒设备除险加固小型水库`, 4 套).  The j-th lines of the runs are
 * one row. */
static void rows_stacked_column_after_column(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/bureau/b0019";
    check_fields(rel, "新增净化消毒设备", "level2", "产出数量", "op", "=", "value", "34", "unit",
                 "套", NULL);
    check_fields(rel, "除险加固小型水库", "level2", "产出数量", "op", ">=", "value", "4", "unit",
                 "座", NULL);
    /* (bureau b0060, whole: a run holding two columns, `=  1300` over `2920`,
     * and one with a remark beside the second unit, `批次  暂定`) */
    static const char *const rel2 = "chromium-calc-layout/bureau/b0060";
    check_fields(rel2, "检验特种设备", "op", "=", "value", "1300", "unit", "台", NULL);
    check_fields(rel2, "食品安全抽检批次", "value", "2920", "unit", "批次", NULL);
}

/* A browser's print of a spreadsheet's HTML (chromium-calc-layout, bureau
 * b0027, its first page) whose header wraps 一级 over 指标 in a narrow
 * level-1 column, and whose tall rows set their number and the level-1
 * label's first line alone on a line, one space apart (`6 产出` over `指标`,
 * the name and targets on lines of their own).  Read as one word, the
 * number and the label stood in the 序号 column: no row of the page had a
 * level-1 label.  The row numbers go on from line to line (5, 6, 7): the
 * number is the row's, the label its column's. */
static void number_over_lone_level1_label(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/bureau/b0027-p1";
    check_fields(rel, "课后服务覆盖学校数", "level1", "产出指标", "level2", "数量指标", "value",
                 "233", NULL);
    check_fields(rel, "资助家庭经济困难学生人数", "level1", "产出指标", "level2", "数量指标", "op",
                 ">", "value", "5300", "unit", "人", NULL);
    check_fields(rel, "审批办结时限", "level1", "产出指标", "level2", "时效指标", "value", "19",
                 NULL);
    check_fields(rel, "项目区农民人均增收", "level1", "效益指标", "level2", "经济效益指标", NULL);
}

/* A browser's print of a spreadsheet's HTML (chromium-calc-layout, dept
 * f0164) whose tall rows set their name at the top and the task and
 * figures one blank line lower (`政策宣传覆盖率` / blank / `推动公共体育场馆
 * 开放 95%`), right under a row of one line: the name went up to that row
 * (`★补助资金下达时限政策宣传覆盖率`) and its own row had none. */
static void tall_row_name_one_blank_above(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/dept/f0164";
    check_fields(rel, "政策宣传覆盖率", "level1", "效益指标", "level2", "社会效益", "value", "95",
                 "unit", "%", NULL);
    check_fields(rel, "★补助资金下达时限", "op", "<=", "value", "2020-12-25", NULL);
    check_fields(rel, "举办全民健身赛事活动", "op", ">=", "value", "69", "unit", "场次", NULL);
}

/* A browser's print of a spreadsheet's HTML (chromium-calc-layout, dept
 * f0044, its first page) whose names are centred on their rows' lines: a
 * name of three lines stands one above its row's line and one below
 * (`按指南要求在网上进行申报，第三` / `方独立评审，审核认定程序执行到 … 100%` /
 * `位`), a name of two lines its first above (`依照相关资金管理办法组织实施，`
 * / `严格控制成本 … 控制在预算范围内`).  Each first line went to the one-line
 * name of the row above (`文物修缮工程验收合格率按指南要求…第三`), whose line
 * it would have fitted on: a browser wraps a name only where its line is
 * full; so does the first of three lines of a name over two lines between
 * the rows, its row's target on the last (`被认定和审核通过的项目及` under
 * `城镇新增就业人数 ≥ 17,900 人`). */
static void centred_name_top_under_short_name(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/dept/f0044-p1";
    check_fields(rel, "文物修缮工程验收合格率", "value", "100", "level2", "质量指标", NULL);
    check_fields(rel, "按指南要求在网上进行申报,第三方独立评审,审核认定程序执行到位", "value",
                 "100", "task", "加强非物质文化遗产保护传承", NULL);
    check_fields(rel, "按计划进度完成", "value", "按时完成", "level2", "时效指标", NULL);
    check_fields(rel, "依照相关资金管理办法组织实施,严格控制成本", "value", "控制在预算范围内",
                 "level2", "成本指标", NULL);
    /* the same over two lines of fragments, its row's target on the name's
     * last line (f0019, its first 24 lines) */
    static const char *const two = "chromium-calc-layout/dept/f0019-head";
    check_fields(two, "城镇新增就业人数", "op", ">=", "value", "17900", "unit", "人", NULL);
    check_fields(two, "被认定和审核通过的项目及对象均符合规定的资格;项目及合同等均达到预期效益",
                 "op", "=", "value", "100", "unit", "%", NULL);
}

/* A browser's print of a spreadsheet's HTML (chromium-calc-layout, half
 * f0243, its first 14 lines) whose unit caption `金额单位：万元` stands right
 * above the header line, over the column the year's 单位 heads a line
 * lower: read as the first line of a header stacked over three lines, it
 * folded the whole header into one row (`金额单位:万元单位`, a money
 * column), the half-year and the year's target columns in one set: every
 * row lost its half-year operator and unit and its year's operator. */
static void unit_caption_over_header(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/half/f0243-head";
    check_fields(rel, "快检食品数量", "op", ">=", "value", "18000", "unit", "批次", "half.op", ">=",
                 "half.value", "7200", "half.unit", "批次", NULL);
    check_fields(rel, "不合格食品核查处置率", "op", "=", "half.op", "=", "half.unit", "%", NULL);
}

/* A browser's print of a word processor's and a spreadsheet's HTML
 * (chromium-writer-layout and chromium-calc-layout, bureau b0030, whole)
 * with no blank lines: the unit caption `金额单位：万元` over the 指标解释
 * column, the lone `2023年目标值` over the value column a line lower, then
 * the header line.  The header's rows start at the caption, and the
 * header line under it read as a lower row moved off its columns (指标解释
 * under the caption's 金额, a budget word: two words of other columns one
 * over the other): laid out from under 2023年目标值, it lost the label and
 * name columns, and 指标解释 was taken for the names' column: every name
 * was its row's explanation.  A unit caption names no column. */
static void unit_caption_beside_lone_header_line(void **state)
{
    (void)state;
    check_dump("chromium-writer-layout/bureau/b0030");
    static const char *const rel = "chromium-calc-layout/bureau/b0030";
    check_fields(rel, "非遗传承人培训人次", "level1", "产出指标", "level2", "数量指标", "op", "=",
                 "value", "380", "unit", "人次", NULL);
    check_fields(rel, "审批办结时限", "level2", "时效指标", "op", "<=", "value", "16", "unit",
                 "个工作日", NULL);
    check_fields(rel, "节约财政资金", "level1", "效益指标", "level2", "经济效益指标", "value", "108",
                 "unit", "万元", NULL);
}

/* A browser's print of a spreadsheet's HTML (chromium-calc-layout, a
 * bureau form generated with seed 1818, its header and first twelve rows)
 * whose 序号 and 一级指标 columns are a few characters wide: the header
 * says `序 一级` (and `号 指标` below), the first row `1 产出 数量指标 …`,
 * one space between each.  The level-1 column holds one label, so no
 * valley parts it from the numbers: `1 产出` was one cell, its level1
 * `1产出` for every row.  Two header words of different columns in one
 * column make it two. */
static void header_words_part_narrow_columns(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/bureau/s1818-b0006-head";
    check_fields(rel, "农作物病虫害统防统治面积", "level1", "产出", "level2", "数量指标", "value",
                 "21", "unit", "万亩", NULL);
    check_fields(rel, "农村户用厕所改造", "level1", "产出", "op", "=", "value", "4000", NULL);
    check_fields(rel, "资金使用合规率(含续建)", "level1", "产出", "level2", "质量指标", "op", ">=",
                 NULL);
    check_fields(rel, "人均补助标准", "level1", "产出", "level2", "成本指标", "value", "360", NULL);
}

/* WeasyPrint's print of a spreadsheet's HTML (weasy-calc-layout, a bureau
 * form generated with seed 1818, its header and rows 4-18): the last
 * group's level-1 label set one space after its row's number (`16 满意度指标
 * 服务对象满意度 …`), the only such line, while the other groups' labels
 * stand alone in the column (`产出指标`, `效益指标`).  One tight line was left
 * as it was (its number and label one cell): the number column ran into
 * the level-1 column, whose labels went to the wrong rows (`成本指标` for
 * the output rows) and row 16 read `16满意度指标`.  A lone tight line parts
 * its number where other lines show the label column. */
static void lone_numbered_label_parted(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/bureau/s1818-b0009-rows";
    check_fields(rel, "服务对象满意度", "level1", "满意度指标", "level2", "服务对象满意度", "op",
                 ">=", "value", "88", "unit", "%", NULL);
    check_fields(rel, "农村户用厕所改造", "level1", "产出指标", "value", "3300", NULL);
    check_fields(rel, "资金兑付及时性", "level1", "产出指标", "level2", "时效指标", NULL);
    check_fields(rel, "政策宣传覆盖率", "level1", "效益指标", "level2", "社会效益指标", NULL);
}

/* WeasyPrint sets a narrow label column's header a character a line (`一` /
 * `级` / `指` / `标`, the group line 年度目标值 on the first): `一` alone read
 * as a figure, no header piece, so the header began a line lower and its
 * 一级指标 column went unnamed (every indicator's level1 empty).  Its rows'
 * level-1 label is wrapped so too, its lines between the rows it spans
 * (`产` / `出` beside row 3, `指` / `标` beside row 5): pieces close under
 * each other that make a known label are one, whatever rows stand between. */
static void label_header_wrapped_character_a_line(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/bureau/b0008-head";
    check_fields(rel, "松材线虫病疫木清理", "level1", "产出指标", "level2", "数量指标", "value",
                 "37500", NULL);
    check_fields(rel, "造林成活率", "level1", "产出指标", "level2", "质量指标", "op", "=", NULL);
    check_fields(rel, "项目开工时间", "level1", "产出指标", "level2", "时效指标", NULL);
    check_fields(rel, "单位建设成本", "level1", "产出指标", "level2", "成本指标", "value", "1040",
                 NULL);
}

/* The same header over a level-2 column whose lines start a place apart
 * (`二级指` / `标`, `数量指` / `标`): the dump's columns part the two, and the
 * header's `标` finishes 二级指标 in the column beside its own.  Its column,
 * unnamed, held every row's `标`, which went into the names
 * (`场馆免费开放时长标`); it is the level-2 column's. */
static void label_column_drifted_a_place(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/bureau/b0006-head";
    check_fields(rel, "场馆免费开放时长", "level1", "产出", "level2", "数量指标", "op", ">=",
                 "value", "2060", NULL);
    check_fields(rel, "档案资料完整率", "level2", "质量指标", "value", "100", NULL);
    check_fields(rel, "资金拨付及时率", "level2", "时效指标", "unit", "%", NULL);
}

/* A spreadsheet's HTML printed by WeasyPrint (bureau b0004, page 1): its
 * narrow columns are as wide as their text, so every gap between two cells
 * is the same two paddings (`产      新增省` / `出   数量 级以上` /
 * `大于等于10个`, three spaces most of them), and the dump was taken for
 * text joined by a fixed run of spaces: each line's n-th piece became
 * column n, and no row kept its name, level-1 label nor target.  The
 * pieces line up in columns; they are laid out. */
static void tight_columns_one_gap_laid_out(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/bureau/b0004-head";
    check_fields(rel, "新增省级以上研发平台", "level1", "产出指标", "level2", "数量指标", "op",
                 ">=", "value", "10", "unit", "个", NULL);
    check_fields(rel, "下派科技特派员", "level2", "数量指标", "op", "=", "value", "38", NULL);
    check_fields(rel, "项目验收合格率", "level2", "质量指标", "value", "100", "unit", "%", NULL);
    check_fields(rel, "资金拨付及时率", "level1", "产出指标", "level2", "时效指标", "value",
                 "100", NULL);
    check_fields(rel, "亩均补助标准", "level2", "成本指标", "op", "<=", "value", "530", "unit",
                 "元/亩", NULL);
}

/* A page continued without its header that the dump laid out afresh, line
 * by line: the 效益指标 lines set their labels a column right of the other
 * lines' (`效益指标 | 经济效益指标` where `产出指标 | 质量指标` set theirs'
 * second), so the page has three label columns where the header has two,
 * and its anchors (operators, figures, units) moved two columns left would
 * put its first label column off the header.  The page stayed unmoved: its
 * work items read as names, its names as targets.  Moved with its anchors,
 * the overhanging label column goes onto the level-1 column and each line's
 * labels take the two level columns by order and level. */
static void continued_page_labels_overhang(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/dept/f0264");
    static const char *const rel = "calc-pdf-layout/dept/f0264";
    check_fields(rel, "资金使用合规率", "task", "发放困难残疾人生活补贴", "level1", "产出指标",
                 "level2", "质量指标", "value", "100", NULL);
    check_fields(rel, "项目区农民人均增收", "level1", "效益指标", "level2", "经济效益指标",
                 "task", "落实城乡最低生活保障政策", NULL);
    check_fields(rel, "社会公众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "value", "89", NULL);
}

/* A half-year table's group line (半年（程）指标值 | 全年（程）指标值) over a
 * header wrapped over four lines (`一级指` / `序号 … 度量 计算符 度量` /
 * `标 计算符号 指标值 指标值` / `单位 号 单位`): the group line was a header
 * of its own, the wrapped header below it another, and no column was the
 * half-year's (`按进度推进规范` one target).  The stack under a line of group
 * headings alone is the header's lower row; its last line of tails
 * (`单位 | 号`) is no metadata row. */
static void group_line_over_wrapped_header(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/half/f0018-head";
    check_fields(rel, "预算编制规范性", "value", "规范", "half.value", "按进度推进", NULL);
    check_fields(rel, "人员管理制度健全性", "value", "健全", "half.value", "阶段性完成", NULL);
    check_fields(rel, "在职人员控制率", "op", "<=", "value", "100", "unit", "%", "half.op", "<=",
                 "half.value", "100", NULL);
}

/* A padded print whose every row wraps its work item round its line
 * (`加强非物质文化遗产保护` / row / `传承`) and stands two blank lines from the
 * next: no two lines of several pieces stand apart by blank lines alone,
 * so the page showed no gap between rows, took one blank line for it, and
 * read every row as a table of its own (names and work items run
 * together).  The runs between the wrapped lines are the rows' gap. */
static void rows_apart_round_wrapped_lines(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/dept/f0044-head";
    check_fields(rel, "开展群众文化活动", "task", "加强非物质文化遗产保护传承", "op", ">=", "value",
                 "139", "unit", "场次", NULL);
    check_fields(rel, "新增图书馆藏书", "task", "加强非物质文化遗产保护传承", "value", "6200", NULL);
    check_fields(rel, "修缮文物保护单位", "level2", "数量指标", "value", "7", "unit", "处", NULL);
}

/* A page break inside a two-level header: the page ends with the header's
 * upper lines (`一` / `序 级` / `二级指标 具体指标` … under the group heading
 * 年度目标值), the next page opens with the heading's sub-heads (`计算符号
 * 指标值 单位`).  Read apart, the upper lines opened a table of nothing and
 * the sub-heads none: not one row was read.  The sub-heads go under the
 * group heading's column, the label columns left of them keep their heads. */
static void header_parted_by_page_break(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/bureau/b0008-head";
    check_fields(rel, "松材线虫病疫木清理", "level1", "产出指标", "level2", "数量指标", "value",
                 "37500", "unit", "株", NULL);
    check_fields(rel, "公益林管护面积", "op", ">=", "value", "130.70", "unit", "万亩", NULL);
    check_fields(rel, "单位建设成本", "level2", "成本指标", "op", "<=", "value", "1040", "unit",
                 "元/平方米", NULL);
}

/* The next project's form set under a table, its narrow key column's
 * 项目名称 wrapped round the value's line (`项目` / `重大传染病防控经费 主管部门
 * …` / `名称`): no row named the project, so the form's header, the same as
 * the first table's, read as that table's page break, the metadata lines as
 * two indicators of it and the second table's rows as its own.  The key's
 * two pieces make 项目名称; the header after opens the project's table. */
static void next_form_key_wrapped_round_value(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/variant/v0010";
    check_fields(rel, "开展健康教育讲座次数", "project", "重大传染病防控经费", "level1", "一、产出指标",
                 "level2", "数量指标", NULL);
    check_fields(rel, "受益群众满意度", "project", "重大传染病防控经费", NULL);
    check_fields(rel, "孕产妇系统管理人数", "project", NULL, "level1", "一、产出指标", NULL);
    char *txt = g_strdup_printf("tests/layout/%s.txt", rel);
    jx_record_list *got = jx_test_parse_repo_file(txt);
    for (guint k = 0; k < jx_record_list_length(got); k++) {
        const jx_record *r = jx_record_list_get(got, k);
        if (g_strcmp0(jx_record_type(r), "indicator") == 0 &&
            g_strcmp0(jx_record_get_string(r, "name"), "重大传染病防控经费") == 0)
            fail_msg("%s: the next form's metadata read as an indicator", txt);
    }
    jx_record_list_free(got);
    g_free(txt);
}

/* Section rows (`二、效益`, `三、满意度`: a level-1 label with its ordinal,
 * no 指标 after it) printed by WeasyPrint over the names' column's start,
 * not right of it: read as a wrapped name's piece, the label ran into the
 * name above (亩均补助标准二、效益) and the section's rows kept the level-2
 * labels as their level-1.  An ordinal opens no name's piece. */
static void section_ordinal_over_names_column(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/variant/v0007";
    check_fields(rel, "居民居住条件", "level1", "二、效益", "level2", "社会效益指标", NULL);
    check_fields(rel, "社会影响力", "level1", "二、效益", "level2", "社会效益指标", NULL);
    check_fields(rel, "对生态环境的改善(暂定)", "level1", "二、效益", "level2", "生态效益指标",
                 "value", "有所改善", NULL);
}

/* The same print: a page break right under the second project's header
 * and its first section row (`指标类型 三级指标 …` over `一、产出`, blank
 * lines apart, at page 2's foot), the rows under the header reprinted atop
 * page 3.  One line of several pieces is no region: header and section
 * were read as text, and the section's rows kept no level-1 label.  The
 * page's tail is held for the next page (above_section_label). */
static void section_row_alone_at_page_foot(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/variant/v0007";
    check_fields(rel, "改造老旧小区建筑面积", "level1", "一、产出", "level2", "数量指标", "value",
                 "29.6", NULL);
    check_fields(rel, "加装电梯数量", "level1", "一、产出", "level2", "数量指标", NULL);
    check_fields(rel, "亩均补助标准", "level1", "一、产出", "level2", "成本指标", NULL);
}

/* The same print: the form's head with its narrow key column, 项目名称
 * wrapped round the value's line (`项目` / `农村危房改造补助资金 主管部门 …` /
 * `名称`), the value set in with the key's pieces in one column.  The
 * document took the second form's project as its own, and the second
 * table's indicators named none.  A name between a wrapped key's pieces
 * is its value. */
static void form_key_wrapped_round_value_in_its_column(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/variant/v0007";
    jx_record_list *got =
        jx_test_parse_repo_file("tests/layout/weasy-writer-layout/variant/v0007.txt");
    assert_string_equal(jx_record_get_string(jx_record_list_get(got, 0), "project"),
                        "农村危房改造补助资金");
    jx_record_list_free(got);
    check_fields(rel, "改造老旧小区", "project", "保障性租赁住房补助资金", NULL);
    check_fields(rel, "新建改造排水管网", "project", NULL, NULL);
    check_dump(rel);
}

/* WeasyPrint centres a two-line text target round its row: its first line
 * right above the row's name, which holds no target, its tail right below
 * (`按照项目实施方案要求持续改善，惠及更` / `社会效益 群众生产生活条件` /
 * `多群众`).  The tail read as the row, the name as a fragment, and the
 * first line went to the row above — below a line of labels alone it was
 * lost, below a page break it joined the last row of the page before.  A
 * line without the target's column parts it from the target above: it is
 * the row's below, and so is the name. */
static void text_target_round_name_line(void **state)
{
    (void)state;
    static const char *const under_labels = "weasy-writer-layout/legacy/f0030";
    static const char *const over_break = "weasy-writer-layout/legacy/f0015";
    check_fields(under_labels, "群众生产生活条件", "level1", "效益指标", "level2", "社会效益",
                 "value", "按照项目实施方案要求持续改善,惠及更多群众", "kind", "text", NULL);
    check_fields(under_labels, "惠及人口", "value", "23", "unit", "万人", NULL);
    check_fields(over_break, "群众生产生活条件", "value",
                 "按照项目实施方案要求持续改善,惠及更多群众", NULL);
    check_fields(over_break, "群众获得感", "value", "明显增强", NULL);
    check_dump(under_labels);
    check_dump(over_break);
}

/* The same header with `一` alone on its line, over `级 二级指`: a line of
 * one cell over a filled column read as a title above the header, so the
 * header began at `级` and its 一级指标 column went unnamed.  One character
 * is no title.  (A stack whose words all name one role, `指` / `标` beside
 * `指标` in the rows, is still no header.) */
static void label_header_first_character_alone(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/bureau/b0007-head";
    check_fields(rel, "开展安全生产执法检查", "level1", "产出指标", "level2", "数量指标", "op", ">=",
                 "value", "500", NULL);
    check_fields(rel, "安全生产培训人次", "level1", "产出指标", "value", "3300", "unit", "人次",
                 NULL);
}

/* A level-1 label wrapped two characters a line beside three rows, each
 * line beside a row of its own (`满意` / `度指` / `标`): no two pieces made a
 * known label, so each row took one as its label.  Close pieces that begin
 * a known label (满意度指 → 满意度指标) go on into it. */
static void level1_pieces_beginning_a_label(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/split/f0032-part";
    check_fields(rel, "服务对象满意度", "level1", "满意度指标", "value", "93", NULL);
    check_fields(rel, "群众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标", NULL);
    check_fields(rel, "受益群众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "value", "91.5", NULL);
}

/* A padded print of a one-label-column form sets its section row (产出)
 * centred across the table on a line of its own: a short label, it was
 * no section row (only 产出指标 was), and the first row's target took it
 * in (`产出>3个`).  Right of where the names start it is no wrapped label's
 * piece but the section. */
static void short_section_label_centred(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/variant/v0006-head";
    check_fields(rel, "建设空气质量自动监测站", "level1", "产出", "level2", "数量指标", "op", ">",
                 "value", "3", "unit", "个", NULL);
    check_fields(rel, "开展执法检查", "level1", "产出", "level2", "数量指标", "value", "340", NULL);
}

/* The one label column of a form (指标分类) holds level-2 labels, wrapped
 * in a narrow column beside two rows (`数量指` / `标`): joined only into
 * level-1 labels, they stayed two pieces and the rows took the next group's
 * label (质量指标).  Close pieces there that make a level-2 label are one. */
static void one_label_column_level2_pieces(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/variant/v0005-head";
    check_fields(rel, "新增学前教育学位数", "level1", "产出指标", "level2", "数量指标", NULL);
    check_fields(rel, "新建标准化考点数", "level2", "数量指标", "op", ">=", "value", "8", NULL);
    check_fields(rel, "残疾儿童少年义务教育入学率", "level2", "质量指标", NULL);
}

/* The same column wraps 服务对象满意度指标 over three lines, one beside each
 * of its rows (`服务对` / `象满意` / `度指标`): the first two make no label and
 * no label's end, so no pair joined, and each row took its own piece as its
 * level-1 label (`服务对`, `象满意`, `度指标`), no level-2.  Two pieces that
 * open a level-2 label are its first lines; the third finishes it. */
static void one_label_column_three_line_label(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/variant/v0005-tail";
    check_fields(rel, "受益群众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "op", ">=", "value", "90", "unit", "%", NULL);
    check_fields(rel, "群众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "value", "85", NULL);
    check_fields(rel, "社会公众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "value", "94", NULL);
    check_fields(rel, "社会影响力", "level1", "效益指标", "level2", "社会效益指标", NULL);
}

/* A text target wrapped round its name, the name alone on the middle line
 * (`按照项目实施方案要求持续改善，` / 群众生产生活条件 / `惠及更多群众`), under a
 * row whose target is text too (群众获得感 | 明显增强), its first line beside
 * the group's label: WeasyPrint's rows set tight, no blank line between.
 * Only below a figure or a date did such a first line go down with its
 * name; here it went up, 群众获得感 read `明显增强按照…改善,` and the name
 * below kept `惠及更多群众`.  A line ending on a mark no sentence ends on
 * goes on below, round the name, as after a figure. */
static void text_target_round_name_after_text(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/variant/v0006-social";
    check_fields(rel, "群众获得感", "value", "明显增强", "level1", "效益", NULL);
    check_fields(rel, "群众生产生活条件", "value", "按照项目实施方案要求持续改善,惠及更多群众",
                 "level2", "社会效益指标", NULL);
    check_fields(rel, "惠及人口", "op", "=", "value", "2", "unit", "万人", NULL);
}

/* A name as wide as its column leaves its target one space after it
 * (`淘汰燃煤小锅炉（县直单位） 77台`): one piece, too wide for a wrapped
 * cell's line, it ended the layout region, the table with it, and the 25
 * rows under it were read under no header.  One space between a wide
 * character and a figure is two cells set tight, as between two wide
 * characters. */
static void name_and_target_one_space_apart(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/variant/v0006-head";
    check_fields(rel, "淘汰燃煤小锅炉(县直单位)", "level2", "数量指标", "value", "77", "unit", "台",
                 NULL);
    check_fields(rel, "开展执法检查(县直单位)", "level1", "产出", "level2", "数量指标", "op", ">=",
                 "value", "350", NULL);
    check_fields(rel, "★建设空气质量自动监测站(中心城区)", "level2", "数量指标", "op", ">=",
                 "value", "1", "unit", "个", NULL);
}

/* A word processor's PDF (writer-pdf-layout, a bureau form's header, page
 * 1's rows and page 2's first rows): page 2 sets its names in its first
 * column, and a name wrapped round its row's figures (`筹集保障性租赁` /
 * `≥ 2290 套` / `住房（二期）`) starts at the margin, as wide as a
 * paragraph's line may be: it ended the region after the page's first
 * row, and the page's rows were read under no header.  A line starting
 * where the rows above start, the row's figures right of it below and its
 * rest under it, is a cell's first line. */
static void name_wrapped_round_figures_at_margin(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/bureau/b0049-p12";
    check_fields(rel, "筹集保障性租赁住房(二期)", "op", ">=", "value", "2290", "unit", "套", NULL);
    check_fields(rel, "改造老旧小区(乡镇)", "level1", "产出指标", "level2", "数量指标", "value", "21",
                 NULL);
    check_fields(rel, "补助对象识别精准率", "level2", "质量指标", "op", "=", "value", "100", NULL);
}

/* A word processor's HTML printed by WeasyPrint (weasy-writer-layout, a
 * half-year form, page 1's rows and page 2's): page 2 repeats the header,
 * its columns narrower, 一级指标 wrapped round the line of the others
 * (`一级` / `二级指标 指标名称 …` / `指标`).  No line of it was page 1's
 * one-line header, so it opened a table of its own, its rows under no label
 * (产出 / 数量指标 stand on page 1 only) or the next group's.  A header
 * naming the same columns, its lines joined, repeats the open one. */
static void header_repeated_wrapped_otherwise(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/half/f0028-p12";
    check_fields(rel, "发放科技创新券(乡镇)", "level1", "产出", "level2", "数量指标", "op", "=",
                 "value", "1000", NULL);
    check_fields(rel, "新增省级以上研发平台(二期)", "level1", "产出", "level2", "数量指标", "value",
                 "11", NULL);
}

/* A LibreOffice PDF's page laid out anew by `pdftotext -layout`: its
 * level-1 label (效益指标) stands once, on its run's first line, in a place
 * no body line has text in, the names a column right of where the page
 * before set them.  The valleys found no column there and the label went to
 * the row numbers' column: the page's labels read as names and fragments
 * (level1 产出指标, `项目开工时间降低群众出行成本`).  A level-1 label whole
 * clear of every column, its row going on right of it, is a column. */
static void level1_label_apart_of_columns(void **state)
{
    (void)state;
    const char *rel = "writer-level1-apart";
    check_fields(rel, "项目开工时间", "op", "<=", "value", "2021-12-31", NULL);
    check_fields(rel, "降低群众出行成本", "level1", "效益指标", "level2", "经济效益指标", "value",
                 "有效降低", NULL);
    check_fields(rel, "带动相关产业增收", "level1", "效益指标", "level2", "经济效益指标", "value",
                 "160", "unit", "万元", NULL);
    check_fields(rel, "政策宣传覆盖率", "level1", "效益指标", "level2", "社会效益指标", "value",
                 "94.5", NULL);
    check_fields(rel, "社会影响力", "level1", "效益指标", "value", "逐步扩大", NULL);
    check_fields(rel, "长效管理机制", "level1", "效益指标", "level2", "可持续影响指标", "value",
                 "建立健全", NULL);
}

/* A date wider than its column (`2020 年 12 月 25 日`, writer-pdf-layout
 * bureau: the day and its 日 stand over the unit column): a figure between
 * two of a date's parts in order (`月 25 日`) is no actual value's figure
 * going with its unit (extract/layout.c figures_join_units, inside_date);
 * moved, the date lost its day and read as the year 2020 with unit 年. */
static void date_across_unit_column(void **state)
{
    (void)state;
    check_fields("writer-pdf-layout/bureau/b0026", "项目开工时间", "value", "2020-12-25", "kind",
                 "date", "unit", NULL, NULL);
}

/* A word processor's PDF sets a project name's year apart from the rest
 * (`2019 年农村饮水安全巩固提升工程`: the font changes), and the form's head
 * row reads as 项目名称 | 2019 | 年农村…: the document's project was the
 * year alone, the table's the whole name, and every indicator said it
 * belonged to another project than the document's.  A year alone goes on in
 * the next cell, for the document as for its tables. */
static void project_year_cut_from_name(void **state)
{
    (void)state;
    const char *rel = "writer-project-year-cut";
    char *txt = g_strdup_printf("tests/layout/%s.txt", rel);
    jx_record_list *got = jx_test_parse_repo_file(txt);
    const jx_record *doc = jx_record_list_length(got) ? jx_record_list_get(got, 0) : NULL;
    assert_non_null(doc);
    assert_string_equal(jx_record_type(doc), "document");
    assert_string_equal(jx_record_get_string(doc, "project"), "2019年农村饮水安全巩固提升工程");
    jx_record_list_free(got);
    g_free(txt);
    check_field(rel, "新增净化消毒设备", "project", NULL);
    check_field(rel, "除险加固小型水库", "project", NULL);
    check_field(rel, "补助对象识别精准率", "project", NULL);
}

/* A browser's print of a form whose head row holds two pairs
 * (chromium-writer-layout, variant v0023: `项目名称 X 主管部门 Y`), dumped
 * with -layout and read as two cells, the key and the rest of the line:
 * the document's project and every later table's ran on into the next pair
 * (`重大传染病防控经费主管部门茶陵县卫生健康委员会`).  The value ends
 * before the next key, and that key's value is read too. */
static void project_pairs_in_one_cell(void **state)
{
    (void)state;
    const char *rel = "chromium-writer-layout/variant/v0023";
    char *txt = g_strdup_printf("tests/layout/%s.txt", rel);
    jx_record_list *got = jx_test_parse_repo_file(txt);
    const jx_record *doc = jx_record_list_length(got) ? jx_record_list_get(got, 0) : NULL;
    assert_non_null(doc);
    assert_string_equal(jx_record_type(doc), "document");
    assert_string_equal(jx_record_get_string(doc, "project"), "2023年基本公共卫生服务补助");
    assert_string_equal(jx_record_get_string(doc, "org"), "茶陵县卫生健康委员会");
    jx_record_list_free(got);
    g_free(txt);
    check_field(rel, "计划生育特别扶助对象人数", "project", NULL);
    check_field(rel, "0-6岁儿童健康管理人数", "project", "重大传染病防控经费");
    check_field(rel, "群众满意度", "project", "重大传染病防控经费");
}

/* A header whose last line is one character (`位`, the rest of 计量单) under
 * a line of pieces: one character alone is no title only over or under
 * another one (a label header set a character a line); here the two lines
 * read as a header of their own, and the page's rows lost their table. */
static void header_tail_character_under_piece(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/split/f0167-head";
    check_fields(rel, "高素质农民培训人数", "level1", "产出指标", "level2", "数量指标", "op", ">=",
                 "value", "1340", "unit", "人", NULL);
    check_fields(rel, "项目验收合格率", "level2", "质量指标", "value", "100", NULL);
}

/* The 序号 and group labels of a row on a line of their own, the name and
 * the target on the line below (Chromium's print of a Writer HTML form,
 * dumped by pdftotext -layout: the level-2 label wrapped over more lines
 * than the name's, `15 | 满意指标 | 服务对象满意度指` over `标` over
 * `受益群众满意度（以批复为准） | 大于等于95.5％`, or its rest on the
 * numbered line, `18 | 满意度指标 | 服务对象满意度指 | 标`).  The numbered
 * line was read as a row with the label's piece for its name and no
 * target, the row below as one with no 序号. */
static int seq_of(const char *rel, const char *name)
{
    char *txt = g_strdup_printf("tests/layout/%s.txt", rel);
    jx_record_list *got = jx_test_parse_repo_file(txt);
    int seq = -1, named = 0;
    for (guint k = 0; k < jx_record_list_length(got); k++) {
        const jx_record *r = jx_record_list_get(got, k);
        const char *n = jx_record_get_string(r, "name");
        if (g_strcmp0(jx_record_type(r), "indicator") != 0)
            continue;
        if (!n || !*n || g_str_has_prefix(n, "服务对象满意度指"))
            fail_msg("%s: a row read from a line of labels: %s", txt, n ? n : "null");
        if (g_strcmp0(n, name) == 0 && named++ == 0)
            seq = (int)jx_record_get_int(r, "seq", -1);
    }
    jx_record_list_free(got);
    g_free(txt);
    return seq;
}

static void numbered_labels_over_row(void **state)
{
    (void)state;
    static const char *const a = "chromium-writer-layout/standard/seed78-f0026";
    static const char *const b = "chromium-writer-layout/standard/seed78-f0056";
    assert_int_equal(seq_of(a, "受益群众满意度(以批复为准)"), 15);
    check_fields(a, "受益群众满意度(以批复为准)", "level1", "满意指标", "level2", "服务对象满意度指标",
                 "op", ">=", "value", "95.5", "unit", "%", NULL);
    check_fields(a, "服务对象满意度", "level2", "服务对象满意度指标", "value", "90", NULL);
    assert_int_equal(seq_of(b, "群众满意度"), 17);
    assert_int_equal(seq_of(b, "服务对象满意度"), 18);
    check_fields(b, "群众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标", "value", "95",
                 NULL);
    check_fields(b, "服务对象满意度", "level1", "满意度指标", "level2", "服务对象满意度指标", "value",
                 "92", "unit", "%", NULL);
}

/* One 指标类型 column joining both labels (`产出指标－数量指标`), each set
 * on a line of its own between its two rows, at the margin, or its first
 * line so (`满意度指标－服务对象满意` over its rows, `度指标` below): read as
 * running text, each such line ended the table, its label lost and the
 * rows above taken by the next label a row shares a line with. */
static void joined_label_alone_between_rows(void **state)
{
    (void)state;
    static const char *const rels[] = {"calc-pdf-layout/variant/v0045-joined-labels",
                                       "writer-pdf-layout/variant/v0045-joined-labels"};
    for (gsize i = 0; i < G_N_ELEMENTS(rels); i++) {
        check_fields(rels[i], "公益林管护面积", "level1", "产出指标", "level2", "数量指标", NULL);
        check_fields(rels[i], "森林抚育面积", "level2", "数量指标", NULL);
        check_fields(rels[i], "补助对象识别精准率", "level2", "质量指标", NULL);
        check_fields(rels[i], "资金拨付及时率", "level2", "时效指标", NULL);
        check_fields(rels[i], "带动林农增收", "level1", "效益指标", "level2", "经济效益指标", NULL);
        check_fields(rels[i], "惠及人口", "level2", "社会效益指标", NULL);
        check_fields(rels[i], "林区群众生产生活条件", "level2", "社会效益指标", NULL);
        check_fields(rels[i], "社会公众满意度", "level1", "满意度指标", "level2",
                     "服务对象满意度指标", NULL);
        check_fields(rels[i], "服务对象满意度", "level1", "满意度指标", "value", "93", NULL);
    }
}

/* A joined label whose cell wrapped its last word onto the next row's line
 * (`效益指标-经济效益` over `指标`): the level-2 reads whole without it
 * (经济效益), so the rest stood as a label of its own, the next row's
 * level-1 `指标`.  No cell is so: it finishes the label above. */
static void joined_label_rest_below(void **state)
{
    (void)state;
    static const char *const writer = "writer-pdf-layout/variant/v0044-joined-label-rest";
    check_fields(writer, "项目区农民人均增收", "level1", "效益指标", "level2", "经济效益指标",
                 NULL);
    check_fields(writer, "★节约财政资金", "level1", "效益指标", "level2", "经济效益指标", NULL);
    check_fields(writer, "公共服务满意度提升*", "level2", "社会效益指标", NULL);
    static const char *const calc = "calc-pdf-layout/variant/v0031-joined-label-rest";
    check_fields(calc, "拉动社会投资", "level1", "效益指标", "level2", "经济效益指标", NULL);
    check_fields(calc, "项目区农民人均增收", "level1", "效益指标", NULL);
    check_fields(calc, "政策宣传覆盖率", "level1", "效益指标", "level2", "社会效益指标", NULL);
}

/* A joined label's words (`效益指标-社会效益指标`) weigh as little as its
 * standard parts' do: 拉动社会投资 shares 社会 with the social label, yet
 * stands in the economic group, under its label's row, the social label on
 * the next row.  Weighed as a free label's, the shared word outweighed
 * where the labels stand and took the row into the social group, in
 * Writer's dumps and Calc's alike (and over labels centred between rows,
 * variant v0013). */
static void joined_label_words_weigh_as_standard(void **state)
{
    (void)state;
    static const char *const rels[] = {"calc-pdf-layout/variant/v0014",
                                       "writer-pdf-layout/variant/v0014"};
    for (gsize i = 0; i < G_N_ELEMENTS(rels); i++) {
        check_fields(rels[i], "拉动社会投资", "level1", "效益指标", "level2", "经济效益指标",
                     "category", "outcome.economic", "op", ">=", "value", "6", "unit", "亿元",
                     NULL);
        check_dump(rels[i]);
    }
}

/* 备注 words on bureau forms (calc-pdf-layout, bureau b0014, b0037, b0058):
 * a row centred over two lines puts its remark on the name's line and its
 * target on the other.  Set in the target's column the remark ran into the
 * target (`暂定85%`, `暂定健全`), in the unit's it was taken for the unit
 * (`基本消除 | 暂定`): the target is read less it. */
static void remark_words_beside_targets(void **state)
{
    (void)state;
    static const struct {
        const char *rel, *name, *op, *value, *unit;
    } rows[] = {
        {"calc-pdf-layout/bureau/b0014", "城市内涝积水点", NULL, "基本消除", NULL},
        {"calc-pdf-layout/bureau/b0037", "管理制度健全性", NULL, "健全", NULL},
        {"calc-pdf-layout/bureau/b0058", "服务对象满意度", NULL, "85", "%"},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
        check_field(rows[i].rel, rows[i].name, "op", rows[i].op);
        check_field(rows[i].rel, rows[i].name, "value", rows[i].value);
        check_field(rows[i].rel, rows[i].name, "unit", rows[i].unit);
    }
}

/* A joined label cut inside its level-2 (`满意度指标—服务对象`), its rest
 * (`满意度`) two lines down beside the row's target: the rest, a level-1
 * label alone, stood as a label of its own and the cut head as the level-1
 * of both rows, their level-2 lost.  Joined, they are the one cell. */
static void joined_label_cut_in_level2(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/variant/v0039-joined-label-cut";
    check_fields(rel, "服务对象满意度", "level1", "满意度指标", "level2", "服务对象满意度", NULL);
    check_fields(rel, "社会公众满意度", "level1", "满意度指标", "level2", "服务对象满意度", NULL);
    check_fields(rel, "管理制度健全性", "level1", "效益指标", "level2", "可持续影响指标", NULL);
}

/* A table's last rows alone on a continued page whose row-header column
 * is empty: pdftotext drops it and sets the page's cells further left, each
 * column by its own amount, two cells one space apart; no line made a
 * region and the rows were lost.  The page before's columns, moved to
 * where the page's own rows start them, read it. */
static void continued_page_without_label_columns(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/dept/f0154");
    check_fields("calc-pdf-layout/dept/f0154", "受益群众满意度", "level1", "满意度",
                 "level2", "服务对象满意度指标", "task", "加强教师队伍建设,开展全员培训",
                 "value", "85", NULL);
    check_fields("calc-pdf-layout/dept/f0154", "群众满意度", "level2", "服务对象满意度指标",
                 "task", "实施农村义务教育学生营养改善计划", "value", "92", NULL);
}

/* The same on a continued page whose rows make a region of their own: the
 * table's row-header column (年度绩效指标) is empty there, so pdftotext
 * sets the page's cells further left or right, each column by its own
 * amount, and read alone the page's columns stood one to the left of the
 * table's (the level-1 label as the row header, the level-2 as the
 * level-1).  The page before's columns, moved to where the page starts
 * them, read it; the page's first column is not the table's leading one
 * (narrower or wider than it). */
static void continued_region_without_row_header(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/dept/f0079");
    check_fields("calc-pdf-layout/dept/f0079", "受益群众满意度", "level1", "满意度指标",
                 "level2", "服务对象满意度", "task", "实施文物保护修缮工程", "value", "90",
                 NULL);
    check_dump("weasy-calc-layout/dept/f0014");
    check_fields("weasy-calc-layout/dept/f0014", "长效管理机制", "level1", "效益指标",
                 "level2", "可持续影响指标", NULL);
}

/* A continued page whose row-header and level-1 columns are both empty:
 * pdftotext drops the two and sets the page's cells a dozen characters
 * left, so the wide carried columns still took its pieces where they had
 * stood and its level-2 label (质量指标, as wide as 年度绩效) stood where the
 * row header had.  Read by its own columns, the page's centred work items
 * parted in two (`加快城市排水防涝设施建设` a character left of
 * `实施城镇老旧小区改造`), and its rows took a work item for their level-2
 * label and the next one's for their own.  The page's targets stand left
 * of the carried targets' column: the page moved, and the carried columns,
 * moved to its pieces by their order, read it, a row whose name wrapped
 * (`筹集保障性租赁住房` / `（农村地区）   = 2,320 套`) no bar to that. */
static void continued_page_without_two_label_columns(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/dept/f0124-p12";
    check_dump(rel);
    check_fields(rel, "新建改造排水管网(二期)", "level1", "产出", "level2", "数量指标", "task",
                 "加快城市排水防涝设施建设", "value", "19.8", NULL);
    check_fields(rel, "筹集保障性租赁住房(农村地区)", "level2", "数量指标", "task",
                 "实施城镇老旧小区改造", "value", "2320", NULL);
    check_fields(rel, "工程质量验收合格率", "level1", "产出", "level2", "质量指标", "task",
                 "发展保障性租赁住房", "value", "100", NULL);
}

/* A header word centred over its column's text, the names starting a grid
 * column left of 三级指标, which heads nothing below it: a name that is also
 * a level-2 label (服务对象满意度, under the label 服务对象满意度 of the rows
 * above) stood as near the level-2 column as the names' and went to the
 * level-2, the row left without a name.  On the header's page the names'
 * column is the one left of the word. */
static void names_left_of_header_word(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/half/f0233");
    check_fields("calc-pdf-layout/half/f0233", "服务对象满意度", "level2", "服务对象满意度", "value",
                 "90", NULL);
    /* …and such a name on a line of its own above its row's labels and
     * target is no row of labels alone: it stands in the names' column */
    check_dump("calc-pdf-layout/legacy/f0265");
    check_fields("calc-pdf-layout/legacy/f0265", "服务对象满意度", "level2", "服务对象满意度", "value",
                 "89", NULL);
}

/* A year's date wrapped round its row's middle line (`2021年12月25` / `日`),
 * the half-year's whole date on that line between the two operators (`≤ |
 * 2021年6月30日 | ≤`): the year's operator on the middle line kept the line
 * from being the row's rest, which read as a row of its own (`<= | 日`), the
 * date cut.  (tests/layout/calc-pdf-layout/half/f0153-dates.txt: the first
 * page's lines of calc-pdf-layout/half/f0153.) */
static void half_date_between_wrapped_year(void **state)
{
    (void)state;
    static const char *const names[] = {"年度任务完成时限", "补助资金下达时限"};
    for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
        check_fields("calc-pdf-layout/half/f0153-dates", names[i], "op", "<=", "value",
                     "2021-12-25", "half.op", "<=", "half.value", "2021-06-30", NULL);
}

/* A half-year table whose next page, laid out anew, finds a column of its own
 * between 指标值 and 计量单位 (figures set right past the header word: `> 4 万亩`)
 * that the first page had not: the repeated header then mapped to none of the
 * open header's columns, and a text target in the year's 指标值 (`规范`,
 * `进一步扩大`) was read as its unit.  The unnamed column folds into the value
 * column on its left. */
static void continued_page_value_column_parted(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/half/f0203");
    check_fields("calc-pdf-layout/half/f0203", "社会影响力", "value", "进一步扩大", "unit", NULL,
                 "half.value", "阶段性完成", NULL);
    check_fields("calc-pdf-layout/half/f0203", "森林抚育面积", "value", "12", "half.value", "4",
                 NULL);
}

/* A narrow value column's dates, LibreOffice centring each on its row:
 * `2024 年` / `10 月 31` (the row's line) / `日`, and `2024 年 9` / (the row's
 * line, no value) / `月 30 日`.  A date's head went up to the row above
 * (or stood as a row of its own) and its tail down to the row below; the
 * head now goes down, the tail up (tests/layout/writer-date-cut-round-row.txt,
 * a document made for it, printed by LibreOffice, pdftotext -layout). */
static void date_cut_round_row(void **state)
{
    (void)state;
    const char *rel = "writer-date-cut-round-row";
    check_fields(rel, "培训考核合格率", "value", "90", "unit", "%", NULL);
    check_fields(rel, "活动完成时限", "value", "2024-10-31", "kind", "date", "op", "<=", NULL);
    check_fields(rel, "项目验收完成时限", "value", "2024-09-30", "kind", "date", NULL);
    check_fields(rel, "补助发放时限", "value", "2023-09-30", "kind", "date", NULL);
    check_fields(rel, "资金拨付完成时限", "value", "2025-06-30", "kind", "date", NULL);
    jx_record_list *got = jx_test_parse_repo_file("tests/layout/writer-date-cut-round-row.txt");
    guint indicators = 0;
    for (guint k = 0; k < jx_record_list_length(got); k++)
        indicators += g_strcmp0(jx_record_type(jx_record_list_get(got, k)), "indicator") == 0;
    assert_int_equal(indicators, 6);
    jx_record_list_free(got);
}

/* Narrower still, LibreOffice cuts a date after its year (`2024` / `年 9 月`
 * / `30 日`, a blank line between rows): the year alone read as a page
 * number and went, the rest read as text, and `30 日` alone as a row of its
 * own (30 days).  A year over its 年 is no page number (extract/plain.c),
 * heads a date, and the day's tail goes on from the open date above it
 * (tests/layout/writer-date-year-alone.txt, a document made for it). */
static void date_year_alone_over_rest(void **state)
{
    (void)state;
    const char *rel = "writer-date-year-alone";
    check_fields(rel, "评审完成时限", "value", "2023-06-30", "kind", "date", NULL);
    check_fields(rel, "项目验收完成时限", "value", "2024-10-31", "kind", "date", NULL);
    check_fields(rel, "补助标准执行率", "value", "100", "unit", "%", NULL);
    jx_record_list *got = jx_test_parse_repo_file("tests/layout/writer-date-year-alone.txt");
    guint day_rows = 0;
    for (guint k = 0; k < jx_record_list_length(got); k++) {
        const jx_record *r = jx_record_list_get(got, k);
        if (g_strcmp0(jx_record_type(r), "indicator") != 0)
            continue;
        const char *value = jx_record_get_string(r, "value");
        const char *name = jx_record_get_string(r, "name");
        assert_false(value && g_str_has_prefix(value, "年"));
        day_rows += (!name || !*name) && g_strcmp0(jx_record_get_string(r, "unit"), "日") == 0;
    }
    assert_int_equal(day_rows, 0);
    jx_record_list_free(got);
}

/* A browser's print dumped (chromium-writer-layout, dept f0014) whose
 * pages 2 and 3 drop the empty label cells: each level-2 label stands alone
 * on the one line between two rows of its group (`质量指标` between the
 * second and third of its four rows, `时效指标` and `成本指标` between their
 * two).  Dumps held no such line as evidence, and the column, its first
 * label on its first row (a label a page break cut, set on top), read every
 * label as its group's head: nine rows a group off, 成本指标 carried over
 * the page onto 效益指标's first rows.  A label wedged between two
 * records' lines is centred (parse/labels.c, wedged_between_records). */
static void label_wedged_between_rows(void **state)
{
    (void)state;
    const char *rel = "chromium-writer-layout/dept/f0014";
    check_fields(rel, "抽检任务完成率", "level2", "质量指标", NULL);
    check_fields(rel, "资金兑付及时性", "level2", "时效指标", NULL);
    check_fields(rel, "人均管理费用", "level2", "成本指标", NULL);
    check_fields(rel, "重大食品安全事故", "level1", "效益指标", "level2", "社会效益指标", NULL);
    check_fields(rel, "群众获得感", "level2", "社会效益指标", NULL);
    check_dump(rel);
}

/* wkhtmltopdf's print of a department form's Calc HTML dumped
 * (wkhtml-calc-layout, half f0043): the level-2 labels stand on lines of
 * their own between rows, one of them a blank line further from one row
 * than from the other (centred over rows of unequal heights).  Counting
 * only labels tight between two rows, the column was read otherwise: of
 * 预算执行's three rows the first went to 目标设定, the last to 资产管理,
 * and 周边群众满意度 to 效益's last group.  One blank line on one side
 * still counts (WEDGE_SLACK_LINES). */
static void label_wedged_one_line_off(void **state)
{
    (void)state;
    const char *rel = "wkhtml-calc-layout/half/f0043";
    check_fields(rel, "“三公经费”变动率", "level1", "过程", "level2", "预算执行", NULL);
    check_fields(rel, "支付进度符合率", "level2", "预算执行", NULL);
    check_fields(rel, "建设空气质量自动监测站(含续建)", "level2", "推进水污染防治", NULL);
    check_fields(rel, "周边群众满意度", "level1", "满意度", "level2", "服务对象满意度", NULL);
}

/* wkhtmltopdf's print of Calc's HTML dumped (wkhtml-calc-layout, half):
 * a row's name set at its top, a qualitative target wrapped over lines
 * centred on the row's own line below it, the row's other target (the
 * half-year's, one line) on that line (`降低能耗，保护生态环境` /
 * `优先支持节能降耗、环保等活动中提` / `15 | 稳步推进` / `供技术支撑的项目`).
 * The target's first line read as a row of its own under the name, and the
 * numbered row took the half-year target as its name, the year's rest as
 * its target.  The same with both targets wrapped side by side (f0278),
 * with no 序号 column (f0213: the line with the other target is the row's),
 * and with a blank line of the tall row's padding under the name (f0298). */
static void text_target_round_other_target(void **state)
{
    (void)state;
    check_dump("wkhtml-calc-layout/half/f0218");
    check_dump("wkhtml-calc-layout/half/f0278");
    check_dump("wkhtml-calc-layout/half/f0213");
    static const char *const rel = "wkhtml-calc-layout/half/f0298";
    check_fields(rel, "群众生产生活条件", "level1", "效益指标", "level2", "社会效益指标", "value",
                 "按照项目实施方案要求持续改善,惠及更多群众", "half.value",
                 "按照项目实施方案要求持续改善,惠及更多群众", NULL);
    check_fields(rel, "政策宣传覆盖率", "value", "100", "unit", "%", NULL);
    /* a date wrapped so, its operator word on the line below the row's
     * (`2021年12月31日` / `26 | ≤ | 2021年6月30日` / `前`) */
    check_fields(rel, "补助资金下达时限", "op", "<=", "value", "2021-12-31", "kind", "date",
                 "half.value", "2021-06-30", NULL);
}

/* wkhtmltopdf's print of Calc's HTML dumped (wkhtml-calc-layout, half):
 * a tall row whose name stands at its top and whose cells stand on the
 * block's last line, no blank line between (a merged label's line or
 * none), then its bottom padding, two blank lines where rows stand one
 * apart, then the table's last row (`受益群众满意度` / `满意度指标 |
 * 服务对象满意度 | ≥ 95 %` / 2 blank lines / `受灾群众满意度 | 93 % | 93%`).
 * The gap ended the table, and the last row was lost. */
static void last_row_under_top_name_block(void **state)
{
    (void)state;
    check_dump("wkhtml-calc-layout/half/f0003");
    check_dump("wkhtml-calc-layout/half/f0123");
}

/* wkhtmltopdf's print of Calc's HTML dumped (wkhtml-calc-layout, dept):
 * the table's last row, tall, its name at its top, the label merged over
 * the rows (年度绩效指标, the rows' first column) printed between the name
 * and the row's centred cells, a run of blank lines over the label (f0079)
 * or none (f0219) and one under it (`受益群众满意度` / 3 blank lines /
 * `年度绩效指` / `标` / 4 blank lines / `满意度指标 | 服务对象满意度 | … |
 * ≥ 90 %`).  The table ended at the name: the row's cells were lost and
 * its name joined the row above. */
static void last_row_round_merged_label(void **state)
{
    (void)state;
    check_dump("wkhtml-calc-layout/dept/f0079");
    check_dump("wkhtml-calc-layout/dept/f0219");
}

/* The same print (wkhtml-calc-layout, dept f0249): the merged label's two
 * lines fall either side of the centred cells of a row whose name stands
 * at its top, with no blank line between (`化解大班额班级数` / `年度绩效指` /
 * `不少于26个` / `标`; `满意指标 | 服务对象满意度 | 受益群众满意度` /
 * `年度绩效指` / `加强教师队伍建设，开展全员培训 | ≥89%` / `标`).  The row's
 * line holds one or two pieces, too few to line up with the rows above: the
 * table ended at the label, the row's cells were lost, and the rows after
 * were read anew with 标 as their level-1 label. */
static void merged_label_round_tall_row(void **state)
{
    (void)state;
    static const char *const dept = "wkhtml-calc-layout/dept/f0249";
    check_dump(dept);
    check_fields(dept, "化解大班额班级数", "op", ">=", "value", "26", "unit", "个", "level2",
                 "产出数量", "task", "落实学生资助政策", NULL);
    check_fields(dept, "亩均补助标准", "op", "<=", "value", "1220", "unit", "元/亩", "level1",
                 "产出指标", "level2", "产出成本", NULL);
    check_fields(dept, "受益群众满意度", "op", ">=", "value", "89", "unit", "%", "level1",
                 "满意指标", "level2", "服务对象满意度", "task", "加强教师队伍建设,开展全员培训",
                 NULL);
}

/* A long target centred in the last column and wrapped round its row
 * (`按照项目实施方案要求持续改善，惠及更多` over `社会效益指标 | 群众生产生活条件`,
 * `群众` under them): its first line, one piece wider than half the table,
 * ended the layout region, and the rows after it (no header of their own)
 * were lost.  A line whose cells below all stand left of it, its tail under
 * it inside its columns, is a cell wrapped round its row. */
static void target_wrapped_round_row_last_column(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/standard/f0016";
    check_fields(rel, "群众生产生活条件", "level1", "效益", "level2", "社会效益指标", "value",
                 "按照项目实施方案要求持续改善,惠及更多群众", NULL);
    check_fields(rel, "PM2.5年均浓度", "op", ">=", "value", "26", "unit", "微克/立方米", NULL);
    check_fields(rel, "农村生活污水治理率", "level1", "效益", "level2", "生态效益指标", "value",
                 "41", NULL);
}

/* A level-1 label wrapped round its group's first row a column right of
 * its own (`效益指` / `23  经济效益  项目区农民人均增收` / `标`, the dump's
 * columns drifting along the line): the level-2 column took it, the row's
 * level-2 label read 效益指经济效益标 and the group's rows kept 成本指标,
 * the level-1 label above.  A head and rest round a level-2 label that
 * joined make a level-1 label are the row's level-1 label. */
static void level1_label_round_level2_label(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/bureau/b0005";
    check_fields(rel, "项目区农民人均增收", "level1", "效益指标", "level2", "经济效益", "value",
                 "360", NULL);
    check_fields(rel, "社会影响力", "level1", "效益指标", "level2", "社会效益", NULL);
    check_fields(rel, "水土流失治理度", "level1", "效益指标", "level2", "生态效益", NULL);
    check_fields(rel, "人均补助标准", "level1", "成本指标", "level2", "经济成本指标", NULL);
}

/* A level-1 label set a character a line (`效` / `益` / `指` / `标`) in the
 * level-2 column's place, between that column's labels: the level-2 labels
 * took its characters in (`效社会效益指标`, `益`, `指生态效益指标标`) and the
 * group's rows read 产出指标 above them or 满意度指标 below.  Pieces round
 * the level-2 labels of rows in a row that joined make a level-1 label are
 * that label. */
static void level1_stack_between_level2_labels(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/bureau/b0001";
    check_fields(rel, "项目区农民人均增收", "level1", "效益指标", "level2", "经济效益指标", NULL);
    check_fields(rel, "服务能力和水平", "level1", "效益指标", "level2", "社会效益指标", "value",
                 "有效提高", NULL);
    check_fields(rel, "节能减排效果", "level1", "效益指标", "level2", "生态效益指标", NULL);
    check_fields(rel, "持续发挥效益", "level1", "效益指标", "level2", "可持续影响指标", NULL);
    check_fields(rel, "单位建设成本", "level1", "产出指标", "level2", "成本指标", NULL);
    check_fields(rel, "群众满意度", "level1", "满意度指标", "level2", "服务对象满意度", NULL);
}

/* The same print: a long name between its row's work item and target
 * wrapped round its row (`被认定和审核通过的项目及对象均符合规定的资格；项目及`
 * over `推进知识产权创造运用 | ≥100%`, `合同等均达到预期效益` under them).
 * Read only where the row's other cells all stand left of the name (a
 * target in the last column), the three lines were no row: the name was
 * lost and the table ended there, every row below it with it.  The middle
 * line may hold cells right of the name too, a column gap clear of it. */
static void name_wrapped_round_middle_column(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/dept/f0014";
    check_fields(rel, "被认定和审核通过的项目及对象均符合规定的资格;项目及合同等均达到预期效益",
                 "task", "推进知识产权创造运用", "op", ">=", "value", "100", NULL);
    check_fields(rel, "人均管理费用", "op", "=", "value", "2", "unit", "万元/人", NULL);
    check_fields(rel, "节能减排效果", "value", "明显", NULL);
}

/* A date set wider than its column in a form with no unit column, its
 * last word in the 备注 column beside it (`≤2023 年 12 月 31` | `日`): the
 * remark was dropped and the target read as text `≤2023年12月31`.  The
 * piece finishes the target, so it is its tail (a real remark, `暂定`, stays
 * out of it). */
static void target_tail_in_remark_column(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/variant/v0006";
    check_fields(rel, "项目开工时间(暂定)", "op", "<=", "value", "2023-12-31", "kind", "date",
                 "unit", NULL, NULL);
    check_fields(rel, "补助资金下达时限", "op", "<=", "value", "2023-12-31", "kind", "date", NULL);
    check_fields(rel, "资金兑付及时性", "value", "按时完成", "kind", "text", NULL);
    check_fields(rel, "审批办结时限", "op", "<=", "value", "10", "unit", "个工作日", NULL);
    check_dump(rel);
}

/* The same print, whole: its level-2 labels stand on lines of their own in
 * the blank gap between two rows of their groups (`时效指标` between
 * `资金兑付及时性` and `项目完成时限`), centred, and the dump sets its other
 * labels on their rows' lines, so no line geometry went to the resolver and
 * nothing showed the centring: each label was read as heading the rows
 * below it (抽检任务完成率 under 数量指标, 重大食品安全事故 under 成本指标).
 * A label inside the gap between two records, no wider than the dump's gap
 * between rows and its own line, votes for centring
 * (in_gap_between_records). */
static void label_in_gap_between_rows(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/dept/f0014";
    check_fields(rel, "抽检任务完成率", "level2", "质量指标", NULL);
    check_fields(rel, "资金兑付及时性", "level2", "时效指标", NULL);
    check_fields(rel, "人均管理费用", "level2", "成本指标", NULL);
    check_fields(rel, "重大食品安全事故", "level1", "效益指标", "level2", "社会效益指标", NULL);
    check_dump(rel);
}

/* A half-year table's date targets wrapped in both value columns at once,
 * line for line (writer-pdf-layout half f0153): the heads beside the name
 * (`2021 年 6 月 30 | 2021 年 12 月 2`), both operators on the next line,
 * both tails on the third (`日 | 5日`).  Each reading of a date's tail and
 * of an operator line looked at one value column and gave up when the
 * other target's piece stood beside it: the row read text targets without
 * their operators and a row of its own `5日`. */
static void dates_wrapped_side_by_side(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/half/f0153";
    static const char *const names[] = {"年度任务完成时限", "补助资金下达时限"};
    for (gsize n = 0; n < G_N_ELEMENTS(names); n++)
        check_fields(rel, names[n], "op", "<=", "value", "2021-12-25", "kind", "date",
                     "half.op", "<=", "half.value", "2021-06-30", "half.kind", "date", NULL);
    check_dump(rel);
}

/* A name restating its level-2 label in a half-year table (`社会成本指标 |
 * 社会成本 | 阶段性完成 | 无明显社会成本`, writer- and calc-pdf-layout half
 * f0133): the year's target after the half year's was taken for more than
 * the row's target, so 社会成本指标 was read as the label of a group left
 * without indicators, 社会成本 as the row's level-2 and 阶段性完成 as its
 * name.  The year's target closes the row as an explanation does. */
static void name_restates_level2_in_half_table(void **state)
{
    (void)state;
    static const char *const rels[] = {"writer-pdf-layout/half/f0133",
                                       "calc-pdf-layout/half/f0133"};
    for (gsize r = 0; r < G_N_ELEMENTS(rels); r++) {
        check_fields(rels[r], "社会成本", "level1", "成本指标", "level2", "社会成本指标",
                     "category", "cost.social", "value", "无明显社会成本", "half.value",
                     "阶段性完成", NULL);
        check_dump(rels[r]);
    }
}

/* A name wrapped over its row's lines, its brackets finished on the line
 * under the row's (`危桥改造数量（县直单` / `8 | 数量指标 | ≥ | 6 | 座` / `位）`
 * beside the 指标解释's rest `0.5分`, calc-pdf-layout split f0002; `社会公众满意
 * 度（含续` / `10 | 满意度指标 | ≥89% | ≥89%` / `度 | 建）` beside the level-2
 * label's rest, writer-pdf-layout half f0138), or its bracketed qualifier
 * alone there (`（城区）`): the rest's line was read as a row of its own, its
 * target the explanation's `0.5分`, or went with the next row's name.  It
 * finishes the name above inside its brackets, so it is that row's
 * (closes_name_above). */
static void name_bracket_rest_below_row(void **state)
{
    (void)state;
    static const char *const split = "calc-pdf-layout/split/f0002";
    check_fields(split, "危桥改造数量(县直单位)", "op", ">=", "value", "6", "unit", "座", NULL);
    check_fields(split, "农村公路提质改造里程(城区)", "value", "69.3", "unit", "公里", "level2",
                 "数量指标", NULL);
    jx_record_list *got = jx_test_parse_repo_file("tests/layout/calc-pdf-layout/split/f0002.txt");
    for (guint k = 0; k < jx_record_list_length(got); k++) {
        const char *name = jx_record_get_string(jx_record_list_get(got, k), "name");
        if (g_strcmp0(name, "位)") == 0 || g_strcmp0(name, "(城区)") == 0)
            fail_msg("%s: a name's rest read as a row of its own", split);
    }
    jx_record_list_free(got);
    static const char *const half = "writer-pdf-layout/half/f0138";
    check_fields(half, "社会公众满意度(含续建)", "op", ">=", "value", "89", "half.value", "89",
                 NULL);
    check_fields(half, "沿线群众满意度", "op", ">=", "value", "93", NULL);
    check_dump(half);
}

/* The same name restating its level-2 label in two more forms: beside a
 * mid-term target before the year's (`社会成本指标 | 社会成本 | 无明显社会成本
 * | 无明显社会成本` under 中期指标值 | 年度指标值, writer-pdf-layout variant
 * v0049), a column no record keeps, and under a header whose names' word
 * (指标内容) stands a column right of the names, over no cell, leaving the
 * names' own column unnamed (calc-pdf-layout split f0177).  社会成本指标 was
 * read as the label of a group left without indicators: the row took
 * 社会成本 as its level-2 and its target as its name, or went with the row
 * above (`项目总成本社会成本`). */
static void name_restates_level2_beside_other_columns(void **state)
{
    (void)state;
    static const char *const rels[] = {"writer-pdf-layout/variant/v0049",
                                       "calc-pdf-layout/split/f0177"};
    for (gsize r = 0; r < G_N_ELEMENTS(rels); r++) {
        check_fields(rels[r], "社会成本", "level1", "成本指标", "level2", "社会成本指标",
                     "category", "cost.social", "value", "无明显社会成本", NULL);
        check_dump(rels[r]);
    }
    check_fields("calc-pdf-layout/split/f0177", "项目总成本", "op", "<=", "value", "2290", "unit",
                 "万元", NULL);
}

/* A header squeezed left of its columns (calc-pdf-layout split f0262): its
 * 指标性 / 质 stands a column left of the 定性 / 定量 marks under it, whose
 * own column, named by nothing, read as the rest of each row's name
 * (`服务能力和水平定性`), and a row with a text target went on from the one
 * above (`服务能力和水平群众获得感定性`, its target `显著提升明显增强`).  An
 * unnamed column right of the header's last named one holding only marks is
 * a column no record keeps (unnamed_mark_columns). */
static void mark_column_right_of_squeezed_header(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/split/f0262";
    check_fields(rel, "服务能力和水平", "value", "显著提升", "level2", "社会效益指标", NULL);
    check_fields(rel, "群众获得感", "value", "明显增强", "level2", "社会效益指标", NULL);
    check_fields(rel, "企业满意度", "op", ">=", "value", "93", "unit", "%", NULL);
    check_dump(rel);
}

/* A name cut between words beside a text target cut inside one
 * (`严格执行补助标准，不超 | 实际按下拨文` over `预算安排 | 件为准`,
 * writer-pdf-layout dept f0129; the test checks the rows named): the line
 * below went on with the row only when the name's seam fell inside a word,
 * so the two lines were two rows.  The target's seam inside 文件 says the
 * same (goes_on_with_name_cut). */
static void name_cut_beside_target_cut_inside_word(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/dept/f0129";
    check_fields(rel, "严格执行补助标准,不超预算安排", "value", "实际按下拨文件为准", "kind", "text",
                 "level1", "产出指标", "level2", "成本指标", NULL);
    check_fields(rel, "人均培训成本", "op", "<=", "value", "2480", "unit", "元/人", NULL);
}

/* A row centred over lines that a page break cut (wkhtml-writer-layout
 * legacy f0095, pages 2-3): `项目完成时限 | 2019年10月31日` closes page 2,
 * `25 | 定量 | 前` opens page 3.  The numbered line was a row of its own with
 * no name and the target `前`, the top line another without its operator:
 * the piece finishing the top's target makes the two one row. */
static void top_line_before_page_break(void **state)
{
    (void)state;
    static const char *const rel = "wkhtml-writer-layout/legacy/f0095";
    check_fields(rel, "项目完成时限", "level1", "产出指标", "level2", "产出时效", "op", "<=",
                 "value", "2019-10-31", "kind", "date", NULL);
    jx_record_list *got = jx_test_parse_repo_file("tests/layout/wkhtml-writer-layout/legacy/f0095.txt");
    for (guint k = 0; k < jx_record_list_length(got); k++) {
        const jx_record *rec = jx_record_list_get(got, k);
        if (g_strcmp0(jx_record_type(rec), "indicator") == 0)
            assert_true(g_strcmp0(jx_record_get_string(rec, "value"), "前") != 0);
    }
    jx_record_list_free(got);
}

/* A narrow level-2 column's wrapped labels set where the header puts the
 * names (calc-pdf-layout bureau b0022, page 2: `社会效 | 社会影响力`,
 * `服务对 | 群众满意度`, the names a column right of the header's 三级指标):
 * on a line holding the piece and a name but no target, the piece read as
 * the name and the name as a text target, and the rows around took the
 * pieces into their names (`种粮农民满意度群众满意度`).  The piece beside a
 * name is its label's. */
static void label_piece_beside_name_off_header(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/bureau/b0022";
    check_fields(rel, "种粮农民满意度", "op", ">=", "value", "87", "unit", "%", "level1", "满意指标",
                 "level2", "服务对象满意度指标", NULL);
    check_fields(rel, "群众满意度", "op", "=", "value", "92", "unit", "%", "level2",
                 "服务对象满意度指标", NULL);
    jx_record_list *got = jx_test_parse_repo_file("tests/layout/calc-pdf-layout/bureau/b0022.txt");
    for (guint k = 0; k < jx_record_list_length(got); k++) {
        const jx_record *rec = jx_record_list_get(got, k);
        if (g_strcmp0(jx_record_type(rec), "indicator") != 0)
            continue;
        assert_string_not_equal(jx_record_get_string(rec, "name"), "社会效");
        assert_string_not_equal(jx_record_get_string(rec, "name"), "生态效");
    }
    jx_record_list_free(got);
}

/* A level-1 and a level-2 label one space apart on a row's line, then the
 * name (`1 产出指标 数量指标 新建灌溉渠道长度`): Chromium prints narrow label
 * columns each as wide as its word, and on a page whose only labelled row is
 * this one `pdftotext -layout` gives no gap to part them, so the grid holds
 * both in the level-1 cell.  Read as one level-1 (产出指标数量指标), every row
 * of the group lost its level-2 and category.  An invented form of that
 * shape (its HTML beside it), printed as corpus/gen/seeds.py prints. */
static void two_labels_one_space_apart(void **state)
{
    (void)state;
    check_dump("chromium-layout/bureau/labels-one-space");
}

/* Label columns a character wide (a department form whose prose rows, a
 * paragraph in the third column, leave the two label columns the width of
 * one character): Chromium stacks 一级指标 / 二级指标 and every label a
 * character a line, and pdftotext -layout prints a line's two stacked
 * characters with no space between (`一二`, `指指`, `策目`, `程管`).  Read
 * as one word, the header was lost and the pairs ran into the names
 * (`指指标标绩水利发展规划编制完整性`), every row without its labels.  An
 * invented form of that shape (its HTML beside it), printed as
 * corpus/gen/seeds.py prints. */
static void stacked_characters_set_tight(void **state)
{
    (void)state;
    check_dump("chromium-layout/dept/labels-stacked-tight");
}

/* Rows set a column left of the header (a bureau form whose rows leave
 * their level-1 and level-2 cells out and their names stand under 二级指标,
 * an empty cell after them): pdftotext -layout sets those names where the
 * page's other rows set their level-2 labels, and a name's wrapped rest
 * alone on the next line (`新型经营主体扶持对象审核合规` over `率`) there too.
 * Read as a label, the rest named the whole group (level-2 `率`, `及时率`)
 * and the name lost it.  An invented form of that shape (its HTML beside
 * it), printed as corpus/gen/seeds.py prints.  (Its last row's 序号, beside
 * a level-1 label wrapped over two lines, is still lost: the records file
 * holds 20, the test checks the rows of this class.) */
static void name_rest_under_name_in_label_column(void **state)
{
    (void)state;
    const char *rel = "chromium-layout/bureau/names-left-tail";
    check_fields(rel, "冷藏保鲜设施建设补助资金兑付及时率", "level2", "质量指标", "category",
                 "output.quality", "value", "100", NULL);
    check_fields(rel, "新型经营主体扶持对象审核合规率", "level2", "质量指标", "category",
                 "output.quality", "value", "100", NULL);
    check_fields(rel, "培训学员满意率", "level2", "质量指标", "category", "output.quality",
                 "value", "95", NULL);
    check_fields(rel, "农产品质量安全例行监测合格率", "level2", "质量指标", NULL);
}

/* A row typed a cell right (`8 | | | 质量指标 | 农田建设工程验收合格率 | = |
 * 100 | %`, as the reference table ../shared/seeds/000 types its row 25)
 * under a name wrapped to a second line (`育项目数`): Chromium prints the
 * label where the names stand and the name where the operators do, and
 * the wrapped rest, alone on its line over the row, was read as the row's
 * name set on its top line, the rest of the row placed by column (name
 * `育项目数质量指标`, the group without its 质量指标).  A numbered line that
 * holds a label of its own under that line's text is no row whose empty
 * name slot a target took.  An invented form of that shape (its HTML
 * beside it), printed by Chromium as corpus/gen/seeds.py prints.  (Its
 * last row, under a satisfaction label stacked over three lines, is still
 * lost: the records file holds 22, the test checks the rows of this
 * class.) */
static void label_shifted_right_under_wrapped_name(void **state)
{
    (void)state;
    const char *rel = "chromium-layout/bureau/label-shifted-right";
    check_fields(rel, "支持“一村一品”示范村镇建设和农产品品牌培育项目数", "level2", "数量指标",
                 "value", "8", NULL);
    check_fields(rel, "农田建设工程验收合格率", "level2", "质量指标", "category",
                 "output.quality", "value", "100", NULL);
    check_fields(rel, "合作社规范运营达标率", "level2", "质量指标", "value", "90", NULL);
}

/* Labels set at their groups' tops (a form of the reference table
 * ../shared/seeds/000's shape: the first page part labelled once, both
 * labels a space apart on its first row, `1 产出指标 数量指标 …`): the
 * level-2 column, missing the first group's label, read the rows above
 * its next label as a group centred on it, and the whole column centred:
 * 时效指标 and 社会效益指标 took the last rows of the groups above them.
 * The two labels go to their columns before the columns are placed.  An
 * invented form of that shape (its HTML beside it), printed by Chromium as
 * corpus/gen/seeds.py prints.  (Its row 14, under a level-1 label wrapped
 * over two lines, still loses its 序号: the records file holds 61, the test
 * checks the rows of this class.) */
static void labels_placed_top_after_joined_first_row(void **state)
{
    (void)state;
    const char *rel = "chromium-layout/bureau/labels-placed-top";
    check_fields(rel, "重点实验室资金支付准确率", "level2", "质量指标", NULL);
    check_fields(rel, "信息平台正常运行率", "level2", "质量指标", "category", "output.quality", NULL);
    check_fields(rel, "农业宣传活动形式", "level2", "质量指标", NULL);
    check_fields(rel, "补助标准控制率", "level1", "成本指标", "category", "cost", NULL);
    check_fields(rel, "农业科技投入占财政支出比重", "level2", "经济效益指标", "category",
                 "outcome.economic", NULL);
    check_fields(rel, "农产品交易额", "level2", "经济效益指标", NULL);
    check_fields(rel, "全县新型农业经营主体", "level2", "社会效益指标", NULL);
}

/* A pair of labels a space apart in a row's level-1 cell below rows that
 * already have level-2 labels (Chromium's print of Calc's HTML,
 * chromium-calc-layout standard f0086: `13 群众看病就医便利程度` / `效益指标
 * 社会效益指标 城乡居民公共卫生差距` / `14 … 逐步缩小`, 效益指标 and
 * 社会效益指标 centred over rows 13 and 14, the wide level-2 label run into
 * the level-1 cell on row 14's first line).  Split before the columns are
 * placed, the pair set 社会效益指标's group at row 14's top and row 13 took
 * 产出指标 / 成本指标 from the group above; the early split is for a
 * level-2 column with no label above the pair (set_row_labels).  (The
 * document's row 18, `效益指标 可持续影响指标 持续发挥效益` over `18 长期`,
 * is still read wrong: name and target joined, the next group's label.) */
static void label_pair_below_labelled_rows(void **state)
{
    (void)state;
    const char *rel = "chromium-calc-layout/standard/f0086";
    check_fields(rel, "人均管理费用", "level1", "产出指标", "level2", "成本指标", NULL);
    check_fields(rel, "群众看病就医便利程度", "level1", "效益指标", "level2", "社会效益指标",
                 "category", "outcome.social", "value", "明显提高", NULL);
    check_fields(rel, "城乡居民公共卫生差距", "level1", "效益指标", "level2", "社会效益指标",
                 "category", "outcome.social", "value", "逐步缩小", NULL);
    check_fields(rel, "惠及人口", "level1", "效益指标", "level2", "社会效益指标", NULL);
    check_fields(rel, "项目持续发挥作用年限", "level2", "可持续影响指标", "category",
                 "outcome.sustainability", NULL);
}

/* A row typed a cell short (`13 | 工程完工时限 | | ≤ | 2024年12月31日`, as
 * the reference table ../shared/seeds/000 types its row 48): LibreOffice
 * prints its name under 一级指标, wrapped there.  Read as a level-1 label
 * and centred, it named the level-1 of the four rows above it and of its
 * own, which lost its name.  The row has a target and no name, and its
 * level-1 text is no label: it is the row's name.  An invented form of
 * that shape (its HTML beside it), printed by LibreOffice (Writer/Web) as
 * corpus/gen/seeds.py prints and dumped with pdftotext -layout. */
static void name_typed_in_level1_cell(void **state)
{
    (void)state;
    check_dump("lo-layout/bureau/shifted-name");
}

/* A name wrapped round its row (`层农技人员培训新品` / `27 = 100 %` /
 * `种率`) in a run of rows typed a cell right (`27 | | | | name | = | 100 |
 * %`, as the reference table ../shared/seeds/000 types its rows 25-27),
 * laid out by LibreOffice above rows typed a cell left: the name's lines
 * stand where the rows below set their operators, the page's column map
 * took them to the operator's column, and the row lost its name (empty).
 * Plain text beside a numbered row with a target and no name, in a grid
 * column where other rows of the page hold their names, is the row's
 * name's line.  An invented form of that shape (its HTML beside it),
 * printed by LibreOffice (Writer/Web) as corpus/gen/seeds.py prints and
 * dumped with pdftotext -layout. */
static void name_wrapped_in_target_column(void **state)
{
    (void)state;
    const char *rel = "lo-layout/bureau/name-wrapped-in-target-column";
    check_dump(rel);
    check_fields(rel, "层农技人员培训新品种率", "level2", "质量指标", "op", "=", "value", "100",
                 "unit", "%", NULL);
    check_fields(rel, "业科技示范推广基率", "level2", "质量指标", "value", "100", NULL);
    check_fields(rel, "新技术引进试验率", "level2", "质量指标", "op", ">=", NULL);
}

/* A word processor breaking a borderless table's page inside a row whose
 * name wraps (the reference table ../shared/seeds/000, row 20, printed by
 * LibreOffice as corpus/gen/seeds.py prints it and dumped with pdftotext
 * -layout): the name's first line `全市科技管理综合能力提升研修班开` with the
 * row's target at page 3's foot, its last line `班次数` alone atop page 4.
 * Short, that line was read as page debris and the name lost its end. */
static void name_tail_atop_next_page(void **state)
{
    (void)state;
    const char *rel = "lo-layout/seeds/000-borderless";
    check_dump(rel);
    check_fields(rel, "全市科技管理综合能力提升研修班开班次数", "level2", "数量指标", "op", "=",
                 "value", "2", "unit", "次", NULL);
}

/* A one-row header wrapped out of its columns (chromium-writer-layout
 * legacy f0170, page 2): under the top line (一级指标 二级指标 指标名称 指标性)
 * the other names and their tails share columns with their neighbours'
 * (指标值 / 位, 度量单 / 指标解释).  Read as a two-row header's lower row,
 * those columns named 指标值位 and 度量单指标解释 and the rows came out
 * without their units.  Whatever rows the table gives are its own, field
 * by field. */
static void wrapped_header_no_lower_row(void **state)
{
    (void)state;
    const char *rel = "tests/layout/chromium-writer-layout/legacy/f0170";
    char *txt = g_strdup_printf("%s.txt", rel), *exp = g_strdup_printf("%s.expected.jsonl", rel);
    char *want = jx_test_path("JX_SOURCE_DIR", exp);
    GError *error = NULL;
    GPtrArray *expected = want ? jx_golden_load(want, &error) : NULL;
    assert_non_null(expected);
    jx_record_list *got = jx_test_parse_repo_file(txt);
    static const char *const keys[] = {"level1", "level2", "op", "value", "unit"};
    for (guint k = 0; k < jx_record_list_length(got); k++) {
        const jx_record *rec = jx_record_list_get(got, k);
        if (g_strcmp0(jx_record_type(rec), "indicator") != 0)
            continue;
        const char *name = jx_record_get_string(rec, "name");
        JsonObject *match = jx_golden_named(expected, name);
        if (!match)
            fail_msg("%s: produced %s, no row of the table", txt, name ? name : "(no name)");
        char *difference = jx_golden_string_difference(match, rec, keys, G_N_ELEMENTS(keys));
        if (difference)
            fail_msg("%s: %s: %s", txt, name, difference);
    }
    jx_record_list_free(got);
    g_ptr_array_unref(expected);
    g_free(txt);
    g_free(exp);
    g_free(want);
}

/* The rows of tests/layout/`rel`.txt named in `names` (NULL-ended) are
 * produced, each agreeing with the record of its name in the expected file
 * beside the dump on the labels, the target and the category. */
static void check_named_as_expected(const char *rel, const char *const *names)
{
    static const char *const keys[] = {"level1", "level2", "category", "op",
                                       "value",  "kind",   "unit"};
    jx_test_assert_named_rows("tests/layout", rel, names, keys, G_N_ELEMENTS(keys));
}

/* A row a cell short (../shared/seeds/002 types its row 61 `<td>资产管理</td>
 * <td>固定资产利用率</td><td>=100%</td>`, the level-1 cell left out under
 * 过程's merged cell), printed by LibreOffice a column left: 资产管 / 理 in the
 * level-1 column, 固定资产 / 利用率 in the level-2 column, =100% under the
 * names.  Read by columns, the row had two labels and no name (资产管理 /
 * 固定资产利用率 / "").  A row with a target and no name whose level-2
 * text is no label holds its name there and its level-2 label in the
 * level-1 column.  The seed's LibreOffice print dumped with pdftotext
 * -layout, its expected records beside (rows further on, cut apart by
 * the layout, are not yet read right: only this row is checked). */
static void row_a_cell_short_read_a_column_left(void **state)
{
    (void)state;
    static const char *const names[] = {"固定资产利用率", NULL};
    check_named_as_expected("lo-layout/seeds/row-a-cell-short", names);
}

/* The same row a cell short printed by Chromium: its name stacked a
 * character a line down the narrow level-2 column (固 / 定资 / 产 / 利 /
 * 用 / 率 beside 资 / 产 / 管 / 理 in the level-1 column), whose lines the
 * row above took as its level-2 (资产管理规范性 with level-2 固定资产利用率),
 * the row itself left with level-1 资产管理, =100% and no name.  A row
 * with a target, no name and no level-2, whose level-1 text is a level-2
 * label, under a row whose level-2 text is stacked and no label, has that
 * text for its name.  The seed's Chromium print dumped with pdftotext
 * -layout, its expected records beside (rows further on are not yet read
 * right: only these rows are checked). */
static void row_a_cell_short_name_stacked(void **state)
{
    (void)state;
    static const char *const names[] = {"固定资产利用率", "资金使用合规性", NULL};
    check_named_as_expected("chromium-layout/seeds/row-a-cell-short-stacked", names);
}

/* A page's last row set one space apart, a work item and a name each as
 * wide as its column (`推进农村人居环境整 农作物秸秆综合利用率` over `≥91%`
 * and `治提升`), after a table of many rows: read as a line too wide to be a
 * cell, it ended the table above it and the row was lost as text. */
static void joined_last_row_on_page(void **state)
{
    (void)state;
    check_fields("calc-pdf-layout/dept/f0104", "农作物秸秆综合利用率", "level1", "效益", "level2",
                 "生态效益指标", "task", "推进农村人居环境整治提升", "op", ">=", "value", "91",
                 "unit", "%", NULL);
}

/* A continued page opening on a row of a work item and a name set one
 * space apart (calc-pdf-layout dept f0149, page 2: `做好重大传染病防控工 节能减排效果`,
 * its target and the item's tail `作` on the lines below): wider than a
 * cell, the line was no part of the region under it, and the page's rows
 * were lost with it. */
static void continued_page_opens_on_joined_row(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/dept/f0149");
    check_fields("calc-pdf-layout/dept/f0104", "社会公众满意度", "level1", "满意度", "level2",
                 "服务对象满意度指标", "value", "85", "unit", "%", NULL);
}

/* A merged label cell cut by a page break, which LibreOffice centres over
 * the whole cell as printed (writer-pdf-layout half f0178: 质量指标 over
 * rows on both sides of `第1页`): the page's foot, its number and the next
 * page's head are no lines of the span; counted, they pulled its middle
 * down and 工作任务完成及时性, the next page's row, went to the label above. */
static void label_centred_over_page_break_furniture(void **state)
{
    (void)state;
    check_dump("writer-pdf-layout/half/f0178");
    check_fields("writer-pdf-layout/half/f0178", "工作任务完成及时性", "level2", "时效指标",
                 "category", "output.timeliness", NULL);
}

/* A continued page opening on a row of a work item and a name set one
 * space apart under the level-1 label its merged cell printed again atop
 * the page (calc-pdf-layout dept f0179, page 2: `效益指标` over
 * `做好特困人员救助供养工 扩大服务覆盖面，`): the row read as a heading over
 * the rows below, the table ended there and the page's four rows were
 * lost; their labels centred over both pages' rows place the first page's
 * rows too. */
static void continued_page_opens_on_joined_row_under_level1(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/dept/f0179");
    check_fields("calc-pdf-layout/dept/f0179", "项目持续发挥作用年限", "level1", "效益指标",
                 "level2", "可持续影响指标", "task", "推进养老服务体系建设", "value", "3", "unit",
                 "年", NULL);
}

/* A continued page opening, under the row header's pieces the break parted
 * (`年度绩效指` / `标`), on a narrow row of a work item and a name set one
 * space apart (calc-pdf-layout dept f0279, page 2: `落实农村客运补贴 惠及人口`,
 * its target alone below, the item's tail `政策` under that): the region's
 * lead ran out before a line of several pieces, the row was lost and its
 * target went unnamed to the work item of the page before. */
static void continued_page_opens_on_narrow_joined_row(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/dept/f0279");
    check_fields("calc-pdf-layout/dept/f0279", "惠及人口", "level1", "效益指标", "level2",
                 "社会效益指标", "task", "落实农村客运补贴政策", "op", ">=", "value", "26", "unit",
                 "万人", NULL);
    check_fields("calc-pdf-layout/dept/f0279", "节能减排效果", "task", "做好普通国省道日常养护",
                 "value", "明显", NULL);
}

/* A continued page that drops the row-header column (年度绩效指标, empty
 * there) and opens on a work item and a name set one space apart
 * (writer-pdf-layout dept f0149, page 2): its grid one column narrower than
 * the header, read by order each name fell under the work items' column
 * and joined its work item. */
static void continued_page_without_row_header_column(void **state)
{
    (void)state;
    check_dump("writer-pdf-layout/dept/f0149");
    check_fields("writer-pdf-layout/dept/f0149", "拉动社会投资", "task",
                 "加强基层医疗卫生机构能力建设", "level2", "经济效益", "op", ">=", "value", "6",
                 "unit", "亿元", NULL);
}

/* A continued page of whole rows whose label and work-item cells, merged
 * over the break, are empty there: pdftotext drops those columns, as many
 * as they are, and sets the page's cells at its own left edge
 * (writer-pdf-layout dept f0104, page 3: `社会公众满意度   ８５％`, three
 * columns dropped; half f0113, page 2's first line `新认定高新技术企业   ≥ 25
 * 家   ≥ 84 家`, two).  Each line a name and, last, its target, the page
 * before's columns go to the page's pieces by order from the right: the
 * rows were lost (f0104) or read in columns of their own, which the pages
 * after carried (f0113: level-2 labels one row off, a wrapped target's tail
 * in the next row's). */
static void continued_whole_rows_without_label_columns(void **state)
{
    (void)state;
    check_fields("writer-pdf-layout/dept/f0104", "社会公众满意度", "level1", "满意度", "level2",
                 "服务对象满意度指标", "task", "建设高标准农田,提升耕地质量", "value", "85", "unit",
                 "%", NULL);
    check_fields("writer-pdf-layout/dept/f0104", "受益农户满意度", "level1", "满意度", "op",
                 ">=", "value", "89", NULL);
    check_fields("writer-pdf-layout/half/f0113", "补助对象识别精准率", "level1", "产出指标",
                 "level2", "质量指标", "value", "100", NULL);
    check_fields("writer-pdf-layout/half/f0113", "管理制度健全性*", "level2", "可持续影响指标",
                 "value", "健全", NULL);
}

/* wkhtmltopdf's print of Calc's HTML dumped, its header's 指标名称 set a
 * column right of the names (wkhtml-calc-layout): rows set tight, with no
 * blank line between, round a level-2 label on a line of its own
 * (`学生资助资金发放准确率 | 100%` / `质量指标` / `教师培训合格率 | ≥92%`,
 * variant v0055) or one under the other (`孤儿基本生活费发放人数 | 490人以上`
 * / `城乡低保保障人数 | 29,600人`, standard f0076).  Its name off the
 * header's column, the lower row read as the rest of the one above and
 * was lost (or joined it). */
static void rows_tight_under_labels_or_targets(void **state)
{
    (void)state;
    check_dump("wkhtml-calc-layout/variant/v0055");
    check_dump("wkhtml-calc-layout/standard/f0076");
}

/* wkhtmltopdf's print of Calc's HTML dumped (wkhtml-calc-layout, dept
 * f0229): a name wrapped inside its bracket, its first line right under the
 * one-line name of the row above and with room left after it there
 * (`服务能力和水平 | 显著提升` / `参与群众文化活动人次（以批复` / `为准） | = 20
 * 万人次`).  The rest on the row's line read as the row's own name, and the
 * first line went up to the row above. */
static void bracket_name_under_short_name(void **state)
{
    (void)state;
    check_dump("wkhtml-calc-layout/dept/f0229");
}

/* A name alone at a page's top over a row with a target and no name
 * (calc-pdf-layout bureau b0012: `项目完成时限 ≤ 2022年12月31日` ends page
 * 1, page 2 opens on `经济 人均补助标准` over `成本 ≤ 1,930 元/人`): the
 * fragment opening a page was taken for the rest of the row above, which
 * became 项目完成时限人均补助标准, and the row below was left without a
 * name.  A spreadsheet prints a row whole on one page: the name is the
 * lower row's top. */
static void name_at_page_top_over_its_row(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/bureau/b0012-page-top";
    check_fields(rel, "项目完成时限", "level1", "产出指标", "level2", "时效指标", "op", "<=",
                 "value", "2022-12-31", NULL);
    check_fields(rel, "人均补助标准", "level1", "成本指标", "op", "<=", "value", "1930", "unit",
                 "元/人", NULL);
}

/* A row's name past the last lines of the label group above, on the line
 * that opens its own group's label (LibreOffice's PDFs of bureau forms,
 * narrow label columns: calc b0012 `生态 对生态环境的影响` / `环境` / `定性
 * 无` / `成本` / `指标` / `经济 拉动社会投资` / `效益` / `效益 ≥ 7 亿元`, and
 * `可持 管理制度健全性` / `续影` / `定性 健全` / `响指` / `标` / `服务
 * 学生满意度` / … / `定量 89 %`; writer b0011 `社会 保护沿河人口` / … / `生态
 * 水土流失治理度` / `效益` / `效益 81 %`).  The names' column, weighing lines
 * alone, gave the name to the row above, as near or nearer
 * (对生态环境的影响拉动社会投资), and left its row without one.  A merged
 * label is printed inside its rows: a name below a seam of two groups'
 * labels is no row's above it. */
static void name_past_label_seam(void **state)
{
    (void)state;
    static const char *const calc = "calc-pdf-layout/bureau/b0012-page-top";
    check_fields(calc, "对生态环境的影响", "value", "无", NULL);
    check_fields(calc, "拉动社会投资", "op", ">=", "value", "7", "unit", "亿元", NULL);
    check_fields(calc, "管理制度健全性", "value", "健全", NULL);
    check_fields(calc, "学生满意度", "value", "89", "unit", "%", NULL);
    static const char *const writer = "writer-pdf-layout/bureau/b0011";
    check_fields(writer, "保护沿河人口", "op", "=", "value", "4.89", "unit", "万人", NULL);
    check_fields(writer, "水土流失治理度", "value", "81", "unit", "%", NULL);
}

/* A level-2 label atop a continued page, alone over the page's first rows
 * (calc-pdf-layout bureau b0002: `社会效益指标` atop page 3, a blank line,
 * `31 效益指标 政策宣传覆盖率 > 95 %`, the next group's `生态效益指标` two
 * rows lower; half f0188: `社会效益指标` and `效益指标` atop page 3 over a
 * reprinted header and rows 36 and 37).  A spreadsheet's PDF prints a
 * merged label cell a page break parts on both pages; the line opened no
 * region and was lost, and the rows under it took the next group's label
 * (31 生态效益指标). */
static void level2_label_atop_continued_page(void **state)
{
    (void)state;
    check_dump("calc-pdf-layout/bureau/b0002");
    check_dump("calc-pdf-layout/half/f0188");
}

/* A continued page opening on a row whose whole level-2 label and first
 * name a layout dump set one space apart (writer-pdf-layout variant v0058:
 * `服务对象满意度 服务对象满意度` atop page 2 over `16 满意度 ≧95 ≥95`;
 * wkhtml-writer-layout legacy f0215: `服务对象满意度 企业满意度` over `95 %`).
 * Taken for a label column's wrapped pieces, the line opened no region: the
 * page's rows were lost (v0058) or lost their label and first name (f0215,
 * level-2 `指标`, name ""). */
static void whole_level2_label_opens_continued_page(void **state)
{
    (void)state;
    check_dump("writer-pdf-layout/variant/v0058");
    check_dump("wkhtml-writer-layout/legacy/f0215");
}

/* Chromium's print of Writer's HTML dumped (chromium-writer-layout,
 * standard f0276): a page break cut a row off alone on page 2, its cells
 * three spaces apart (`新建社会足球场（农   9个   新增指标` over `村地区）`), no
 * region of its own; read as text after the table it ended the table, and
 * the rows of pages 3 and 4, headerless, went unread.  The line states a
 * target, so it is held until page 3's grid says the table goes on. */
static void cut_row_atop_page_keeps_table(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/standard/f0276";
    check_fields(rel, "档案资料完整率", "level1", "产出指标", "level2", "质量指标", "op", "=",
                 "value", "100", "unit", "%", NULL);
    check_fields(rel, "项目完成时限", "level2", "时效指标", "value", "2021-11-30", NULL);
    check_fields(rel, "人均补助标准", "level1", "成本指标", "level2", "经济成本指标", "value",
                 "1940", "unit", "元/人", NULL);
    check_fields(rel, "惠及人口", "level1", "效益指标", "level2", "社会效益指标", "op", ">=",
                 "value", "26", "unit", "万人", NULL);
    check_fields(rel, "群众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "value", "91", NULL);
}

/* WeasyPrint stacks a level-2 label a character a line in a column one
 * character wide, and pdftotext -layout rounds the same glyph x to one
 * display column or the next from line to line (`质` / `量` two columns left
 * of `数` / `量`, the header's `二` / `级` right of them): the column read as
 * two that never share a line, and the pieces ran into the names
 * (`质量档案资料完整率产指出标`, level1 empty).  Two such columns of single
 * characters a character apart are one. */
static void stacked_label_column_split_joined(void **state)
{
    (void)state;
    static const char *const rel = "weasy-calc-layout/bureau/b0009-stacked";
    check_fields(rel, "养老机构床位数", "level1", "产出指标", "level2", "数量指标", "op", ">",
                 "value", "1070", "unit", "张", NULL);
    check_fields(rel, "档案资料完整率", "level1", "产出指标", "level2", "质量指标", "op", ">=",
                 "value", "98", NULL);
    check_fields(rel, "项目完成时限*(以批复为准)", "level2", "时效指标", NULL);
    check_fields(rel, "★项目预算控制率", "level2", "成本指标", "value", "100", NULL);
    check_fields(rel, "群众获得感*", "level1", "效益指标", "level2", "社会效益指标", "value",
                 "明显增强", NULL);
}

/* A spreadsheet's HTML printed by wkhtmltopdf (wkhtml-calc-layout, dept
 * f0059) whose 指标值 cells start anywhere in their column, set
 * neither left nor right: a few shared starts cut the column in two, the
 * wide targets (`按时完成`, `明显改善`) fell into the unheaded part left of the
 * value's and, on a line with no task, the row shifted into its neighbour's
 * (`资金兑付及时性按工作进度要求完成 (及时按时完成)`).  A part of the table's
 * last column most of whose pieces run on into the rest is that column's. */
static void scattered_value_column_whole(void **state)
{
    (void)state;
    static const char *const dept = "wkhtml-calc-layout/dept/f0059";
    check_fields(dept, "资金兑付及时性", "level2", "时效指标", "task", "推进小型水库除险加固",
                 "value", "及时", NULL);
    check_fields(dept, "按工作进度要求完成", "level2", "时效指标", "value", "按时完成", NULL);
    check_fields(dept, "节能减排效果", "level2", "生态效益指标", "value", "明显", NULL);
    check_fields(dept, "河道生态环境", "level2", "生态效益指标", "task", "推进小型水库除险加固",
                 "value", "明显改善", NULL);
}

/* Chromium's print of Writer's HTML dumped (chromium-writer-layout,
 * variant v0022): a level-2 label that fills its column set one space
 * before a name opening with Latin letters (`数量指标 XX村通组道路硬化里程`)
 * was one piece, which no Han character after the space parted: the one
 * cell starting at the level-2 column took the names under it there, and
 * every row of the table lost its name to the level-2 label. */
static void latin_name_one_space_after_label(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/variant/v0022";
    check_fields(rel, "XX村通组道路硬化里程", "level1", "产出指标", "level2", "数量指标", "op",
                 "=", "value", "10.81", "unit", "公里", NULL);
    check_fields(rel, "补贴农村客运车辆", "level2", "数量指标", "op", ">=", "value", "520", "unit",
                 "辆", NULL);
    check_fields(rel, "危桥改造数量(二期)", "level2", "数量指标", "value", "13", "unit", "座",
                 NULL);
    check_fields(rel, "国省道路况技术状况指数", "level2", "质量指标", "op", ">", "value", "84",
                 NULL);
}

/* Chromium's print of Writer's HTML dumped (chromium-writer-layout, legacy
 * f0075 and standard f0011): a level-2 label cell filled to its edge sets
 * the name beside it one space off (`生态效益指标 ★节能减排效果`) or touching
 * (`服务对象满意度指标受灾群众满意度`), and the two were read as one name
 * under the level-2 label of the rows above, or as the level-2 label of a
 * row without a name (half f0158).  A name opening with a whole
 * level-2 label on a row without one of its own is that label and a name. */
static void level2_label_run_into_name(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/legacy/f0075";
    check_fields(rel, "★政策宣传覆盖率", "level1", "效益指标", "level2", "社会效益指标", "op", ">=",
                 "value", "91", NULL);
    check_fields(rel, "★节能减排效果", "level2", "生态效益指标", "category", "outcome.ecological",
                 "value", "明显", NULL);
    check_fields(rel, "对生态环境的改善", "level2", "生态效益指标", "value", "明显", NULL);
    check_fields(rel, "工程设计使用年限", "level2", "可持续影响指标", "value", "29", "unit", "年",
                 NULL);
    check_dump("chromium-writer-layout/standard/f0011");
    check_fields("chromium-writer-layout/standard/f0011", "受灾群众满意度", "level1", "满意度指标",
                 "level2", "服务对象满意度指标", "value", "89", "unit", "%", NULL);
    /* the two in the level-2 column, the row's name empty (half f0158) */
    check_fields("chromium-writer-layout/half/f0158", "农作物秸秆综合利用率", "level1", "效益指标",
                 "level2", "生态效益指标", "op", ">=", "value", "93", "half.value", "93", NULL);
}

/* A level-2 label wrapped a word a line round a tall row (`社会` on the
 * row's name line, `效益` on the line below its target line), its last word
 * a level-1 label's short form: read as the next row's level-1 label, it
 * gave the row `社会` and the rows below `效益`.  Its head right above the
 * row's line and it right below, on a line of no name or target, it is the
 * label's rest (writer-pdf-layout bureau b0037). */
static void level2_rest_below_tall_row(void **state)
{
    (void)state;
    const char *rel = "writer-pdf-layout/bureau/b0037";
    check_fields(rel, "服务能力和水平(含续建)", "level1", "效益指标", "level2", "社会效益",
                 "category", "outcome.social", "value", "有效提高", NULL);
    check_fields(rel, "拉动社会投资", "level1", "效益指标", "level2", "经济效益", "value", "4",
                 NULL);
    check_fields(rel, "安全生产长效机制", "level1", "效益指标", "level2", "可持续影响", NULL);
    check_fields(rel, "管理制度健全性", "level1", "效益指标", "level2", "可持续影响", NULL);
}

/* A level-1 label stacked a piece a line in its narrow column (`满意` /
 * `度指` / `标`, each beside a row), the level-2 column's `满意` / `度` a
 * column right on the lines between: the level-2 head, a level-1 word by
 * itself, went to the level-1 role, the stack's first line stayed a label
 * of its own, and the first row read 满意 with no level-2, the others the
 * level-2 `度` (calc-pdf-layout and writer-pdf-layout bureau b0037). */
static void level2_head_between_level1_lines(void **state)
{
    (void)state;
    static const char *const rels[] = {"calc-pdf-layout/bureau/b0037",
                                       "writer-pdf-layout/bureau/b0037"};
    for (gsize i = 0; i < G_N_ELEMENTS(rels); i++) {
        check_fields(rels[i], "社会公众满意度", "level1", "满意度指标", "level2", "满意度", "op",
                     ">=", "value", "91", NULL);
        check_fields(rels[i], "受灾群众满意度", "level1", "满意度指标", "level2", "满意度", "value",
                     "90", NULL);
        check_fields(rels[i], "企业满意度", "level1", "满意度指标", "level2", "满意度", "value",
                     "88", NULL);
    }
}

/* A date's day alone under its head cut after the month, a cell of the
 * half-year column centred between (`补助资金下达时限 ≤2019-11-` /
 * `≤2019-06-30` / `30`), near the foot of page 1: read as a page number,
 * the table ended there and every row of page 2 was lost
 * (wkhtml-writer-layout half f0053). */
static void date_day_under_cut_head(void **state)
{
    (void)state;
    static const char *const rel = "wkhtml-writer-layout/half/f0053";
    check_fields(rel, "补助资金下达时限", "op", "<=", "value", "2019-11-30", "kind", "date",
                 "half.value", "2019-06-30", NULL);
    check_fields(rel, "项目完成时限", "level2", "时效指标", "value", "2019-12-20", NULL);
    check_fields(rel, "老年人满意度(含续建)", "level1", "满意度指标", "value", "90", NULL);
    check_dump(rel);
}

/* A name broken by hand and centred round its row's line (`0-6岁儿童` /
 * `1 产出指标 产出数量 43,680人 145,600人` / `健康管理人数`), blank lines
 * parting the rows: the last line would have fitted after the first, and
 * read as the next row's name top it went there
 * (wkhtml-writer-layout half f0148). */
static void name_closed_round_its_row(void **state)
{
    (void)state;
    static const char *const rel = "wkhtml-writer-layout/half/f0148";
    check_fields(rel, "0-6岁儿童健康管理人数", "value", "145600", "half.value", "43680", NULL);
    check_fields(rel, "65岁及以上老年人健康管理人数", "op", "=", "value", "5700", NULL);
    check_dump(rel);
}

/* A spreadsheet's HTML printed by wkhtmltopdf (wkhtml-calc-layout), rows
 * one blank line apart, a row made tall by its text target wrapped over
 * two lines: its name at its top, the target's lines under it (the row's
 * number centred between them), no blank line inside, and two blank lines
 * under them (`群众生产生活条件` / `按照项目实施方案要求持` / `16` /
 * `续改善，惠及更多群众`).  The longer run ended the table there: the block
 * went to no table and the row was lost. */
static void wrapped_target_under_top_name(void **state)
{
    (void)state;
    check_dump("wkhtml-calc-layout/variant/v0050");
    /* (v0027's number, alone between the target's lines, reads as a page
     * number: the row keeps no seq, so its fields are checked one by one) */
    static const char *const numbered = "wkhtml-calc-layout/variant/v0027";
    check_fields(numbered, "群众生产生活条件", "level1", "效益指标", "level2", "社会效益指标",
                 "value", "按照项目实施方案要求持续改善,惠及更多群众", "kind", "text", NULL);
    check_fields(numbered, "困难群众基本生活", "level2", "社会效益指标", "value", "得到有效保障",
                 NULL);
    check_fields(numbered, "老年人满意度", "level2", "服务对象满意度", "value", "94", NULL);
    static const char *const bare = "wkhtml-calc-layout/variant/v0050";
    check_fields(bare, "群众生产生活条件", "level2", "社会效益指标", "value",
                 "按照项目实施方案要求持续改善,惠及更多群众", NULL);
    check_fields(bare, "对生态环境的改善", "level2", "生态效益指标", "value", "明显", NULL);
}

/* A bureau's form with a third label level (bureau b0005, whole, through
 * LibreOffice's PDFs): the 效益 block sets its level-1 label in the level-2
 * column (`效益` / `指标`) and its level-2 labels in a column no header word
 * names (`经济` / `效益`, `可持` / `续影` / `响`).  The labels alignment
 * read as level-1 ones took that column to the level-1's, so every piece of
 * it read as a level-1 (效益经济效益, 可持), and the level-2 went empty.  A
 * line that sets a piece there beside a level-1 piece in the level-2
 * column keeps the column where it is, and each piece takes its level. */
static void third_label_level_beside_level2(void **state)
{
    (void)state;
    static const char *const rels[] = {"calc-pdf-layout/bureau/b0005",
                                       "writer-pdf-layout/bureau/b0005"};
    for (gsize r = 0; r < G_N_ELEMENTS(rels); r++) {
        check_fields(rels[r], "项目区农民人均增收", "level1", "效益指标", "level2", "经济效益",
                     "value", "360", NULL);
        check_fields(rels[r], "公共服务满意度提升", "level1", "效益指标", "level2", "社会效益",
                     "value", "1", NULL);
        check_fields(rels[r], "社会影响力", "level1", "效益指标", "level2", "社会效益", "value",
                     "逐步扩大", NULL);
    }
}

/* A tall row beside a label column too narrow for a word (bureau b0007
 * through LibreOffice Calc's PDF): its name on its first line, beside the
 * label's first piece (`可持 | 长效管理机制`), its target centred lower
 * (`健全`), the label's other pieces (`续影`, `响指`, `标`) on lines of
 * their own between and below.  No whole label stood between name and
 * target, so both went into the row above (管理制度健全性长效管理机制,
 * 健全健全), and that row's place shifted the next group's label up. */
static void tall_row_name_over_narrow_label_pieces(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/bureau/b0007";
    check_fields(rel, "长效管理机制", "level1", "效益指标", "level2", "可持续影响指标", "value",
                 "健全", "kind", "text", NULL);
    check_fields(rel, "管理制度健全性", "value", "健全", NULL);
    check_fields(rel, "群众满意度", "level1", "满意度指标", "level2", "服务对象满意度", "value",
                 "89", "unit", "%", NULL);
}

/* A numbered row centred over two lines in a layout dump (bureau b0005
 * through LibreOffice's PDFs): the name on the line above the 序号 line,
 * beside a narrow label's first piece (`社会 | 受益群众饮水安全保障水平`),
 * the qualitative target alone on the 序号 line (`24 | 有效提升`).  The
 * label piece made the name's line count as shifted, so the target stayed
 * in the name slot it took by order and the two read as one name; so did a
 * name that is a level-2 word beside its own group's label (`社会成本指 |
 * 社会成本` over `22 | 无明显社会成本`).  The label's next piece on the 序号
 * line (`可持 | 持续发挥效益` over `31 | 续影 | 长期有效`) filled the name
 * slot there, and the row lost its name. */
static void text_target_under_name_beside_label_piece(void **state)
{
    (void)state;
    static const char *const rels[] = {"calc-pdf-layout/bureau/b0005",
                                       "writer-pdf-layout/bureau/b0005"};
    for (gsize r = 0; r < G_N_ELEMENTS(rels); r++) {
        check_fields(rels[r], "受益群众饮水安全保障水平", "level2", "社会效益", "value",
                     "有效提升", "kind", "text", NULL);
        check_fields(rels[r], "节能减排效果", "level2", "生态效益", "value", "明显", "kind",
                     "text", NULL);
        check_fields(rels[r], "社会成本", "level2", "社会成本指标", "value", "无明显社会成本",
                     NULL);
    }
    check_fields(rels[0], "持续发挥效益", "level2", "可持续影响", "value", "长期有效", "kind",
                 "text", NULL);
}

/* A page break leaves a table's last row alone on the form's last page,
 * over the notes and signatures that close the form (`满意度  服务对象满意度
 * …  林农满意度  ≥94%` over `注：…` and `填报人：…`, pdftotext -layout of a
 * word processor's and of a browser's PDF): one line of several pieces made
 * no region, and read as running text the row was lost. */
static void last_row_alone_over_notes(void **state)
{
    (void)state;
    check_dump("writer-pdf-layout/dept/f0094");
    check_dump("chromium-writer-layout/dept/f0244");
}

/* A layout dump sets a cell's text that fills its column one space from
 * the next cell (`生态效益指标 ★对生态环境的改善`, pdftotext -layout of a
 * browser's PDF).  A table's next page of a few such rows, its columns
 * moved so that the page before's no longer fit them, showed no edge
 * between the two columns and read label and name as one cell: the name
 * went into the label, and the next row's name was lost.  Where the page
 * before's column starts and two rows set a word there, the column parts. */
static void tight_cells_parted_where_page_before_did(void **state)
{
    (void)state;
    const char *rel = "chromium-writer-layout/split/f0197";
    check_fields(rel, "★对生态环境的改善", "level1", "效益指标", "level2", "生态效益指标",
                 "value", "有所改善", NULL);
    check_fields(rel, "服务对象满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "value", "91", NULL);
}

/* A form's signature fields set apart right under its table's last row
 * (`单位负责人：…   财务负责人：…   填报人：…`, `填报人：…   联系电话：…
 * 填报日期：…`, pdftotext -layout of a word processor's PDF) were read as
 * one more row: a field starting inside the cells above parted the work
 * item and name columns where none is, and the page's rows lost their
 * labels and names.  A line of keyed fields only, right under the table,
 * one of them inside a word of the table's lines (the row right above, or
 * a wrapped name's line higher up, standard f0276), now ends the table. */
static void signature_line_under_last_row(void **state)
{
    (void)state;
    check_dump("writer-pdf-layout/dept/f0169");
    check_dump("writer-pdf-layout/dept/f0044");
    check_dump("writer-pdf-layout/standard/f0276");
}

/* WeasyPrint's print of a bureau form's Calc HTML (pdftotext -layout)
 * sets a name as wide as its column one space before the 计算符号 column's
 * sign (`安全生产培训人次 =        3700`); the other rows set their signs
 * alone at the same start (`>` beside `产出数量`, the name wrapped above and
 * below).  Joined to the name, the sign hid the valley between the two
 * columns: names and signs read as one column, the header's 三级指标 and
 * 计算符号 as one cell, and no row kept its name. */
static void sign_one_space_after_full_name(void **state)
{
    (void)state;
    const char *rel = "weasy-calc-layout/bureau/b0010";
    check_fields(rel, "开展安全生产执法检查", "level2", "产出数量", "op", ">", "value", "440",
                 "unit", "次", NULL);
    check_fields(rel, "组织应急演练", "value", "23", "unit", "次", NULL);
    check_fields(rel, "安全生产培训人次", "level1", "产出指标", "op", "=", "value", "3700",
                 "unit", "人次", NULL);
    check_fields(rel, "储备应急救灾物资", "op", ">=", "value", "7900", "unit", "件", NULL);
    check_fields(rel, "排查整改安全隐患*", "op", ">=", "value", "1670", NULL);
    check_fields(rel, "储备应急救灾物资(城区)", "op", "=", "value", "6800", NULL);
    check_fields(rel, "项目完成时限", "op", "<=", "value", "2023-12-25", NULL);
    check_fields(rel, "惠及人口", "level1", "效益指标", "op", "=", "value", "4", "unit", "万人",
                 NULL);
}

/* A level-2 label on one line, on the first row of a group a page break
 * cuts, the group's other rows on the next page under the repeated header
 * (`质量指标 | 加强生态环境执法监管 | 项目验收合格率`, two rows, the break,
 * `按指南要求…`; 时效指标 over 项目完成时限, the break, 在规定时间内完成资金拨付):
 * a word processor sets a cut cell's label on top of its first part.  Read
 * as centred over the rows round it, the next label took the group's lower
 * rows (质量指标 rows as 时效指标, 时效指标 ones as 经济成本指标). */
static void label_atop_group_cut_by_page(void **state)
{
    (void)state;
    check_dump("chromium-writer-layout/dept/f0064");
    static const char *const rel = "writer-pdf-layout/dept/f0024";
    check_fields(rel, "政策知晓率", "level1", "产出", "level2", "质量指标", NULL);
    check_fields(rel, "资金使用合规率", "level2", "质量指标", "task", "开展送戏下乡和公益电影放映",
                 NULL);
    check_fields(rel, "档案资料完整率", "level2", "质量指标", NULL);
    check_fields(rel, "在规定时间内完成资金拨付", "level1", "产出", "level2", "时效指标", NULL);
}

/* A word processor's table printed by Chromium and dumped with pdftotext
 * -layout parts its rows with blank lines; the row header's pieces
 * (`年度绩效` / `指标`, `年度绩` / `效指标`), centred down the table's left
 * side, may stand on such a blank line, right under a row's line and over
 * the next row's wrapped work item (`指标` over `产出数量 加强非物质文化遗产保`
 * / `护传承` / `免费开放场馆数量`) or its labels (`效指标` over `满意度指标
 * 服务对象满意`).  The line showed no gap, the pieces below went up with no
 * evidence either way: the row above read two work items joined
 * (实施文物保护修缮工程加强非物质文化遗产保护传承), or its labels were the
 * next group's (持续发挥效益 as 满意度指标). */
static void rowhead_line_on_blank_between_rows(void **state)
{
    (void)state;
    check_dump("chromium-writer-layout/dept/f0079");
    check_dump("chromium-writer-layout/dept/f0189");
}

/* Rows whose figures stand a column right of the header's while their name
 * stands in the names' own column (Chromium's print of Calc's HTML gives
 * each character one place, so a row without a work item sets `= | 560 |
 * 户` a column right of `推进农村危房改造 新建改造排水管网 ≥ 12.7 公里`; a
 * word processor's PDF sets `实施城镇老旧小区改造 住户满意度* ≥ 88 %` so on
 * a page laid out afresh), the same ending as rows further down that a
 * block moved: realigned by that block's offset, the name went into the
 * work item's slot and the row had none (name "", task 农村危房改造户数…). */
static void realigned_row_keeps_its_name(void **state)
{
    (void)state;
    check_dump("chromium-calc-layout/dept/f0239");
    check_dump("writer-pdf-layout/dept/f0189");
}

/* A form that prints its group labels on every row, at the row's top
 * (Chromium's print of a word processor's table: `效益指标 社会效益` on a
 * line of its own, then `落实农村客运补贴` / `道路交通事故发生率 ≤3%` /
 * `政策`), under a row whose work item wrapped once (`推进公路安全生命 社会影
 * 响力` / `防护工程`): the item's last line stood right above the labels' line
 * and the next item right below it, which read as one item straddling a
 * row's line; but a line of labels alone holds no row's cells, so no cell
 * straddles it.  The line went down, and three rows read two items joined
 * (推进公路安全生命防护工程落实农村客运补贴政策). */
static void item_straddles_no_labels_line(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/dept/f0089";
    check_field(rel, "社会影响力", "task", "推进公路安全生命防护工程");
    check_field(rel, "道路交通事故发生率", "task", "落实农村客运补贴政策");
    check_field(rel, "政策宣传覆盖率", "task", "落实农村客运补贴政策");
}

/* A browser's print dumped (chromium-writer-layout, split f0017) sets the
 * header of a first page of three rows with one space between two words
 * (`年度指标值 计量单位`), which leaves no valley: one header cell; the later
 * pages, fuller, part them.  Their header was no repeat of the first, so
 * the second page opened a table of its own whose first rows have no
 * labels, read as rows above a centred label: the 数量指标 rows took
 * 效益指标 and 质量指标.  The same words with the target's and its unit's
 * parted under the first target table are its header again. */
static void first_header_words_parted_on_next_page(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/split/f0017";
    check_fields(rel, "新建社会足球场", "level1", "产出指标", "level2", "数量指标", "value", "12",
                 "unit", "个", NULL);
    check_fields(rel, "场馆免费开放时长(二期)", "level1", "产出指标", "level2", "数量指标", NULL);
    check_fields(rel, "场馆开放达标率", "level1", "产出指标", "level2", "质量指标", NULL);
    check_fields(rel, "项目预算控制率", "level1", "产出指标", "level2", "成本指标", NULL);
    check_fields(rel, "经常参加体育锻炼人数比例", "level1", "效益指标", "level2", "社会效益指标",
                 NULL);
    check_dump(rel);
}

/* Work items centred over their rows, each row one line: the one-line item
 * 推进农村危房改造 stands on a line of its own between 工作任务完成及时性 and
 * 审批办结时限, below every cell of the row it is read with — where no cell
 * set at its group's top puts it.  That is the column's only sign of
 * centring besides a span whose first rows precede its first item; with
 * one vote it took no placement, every item read as its group's top, and
 * quantity items' edges went one row up (发放住房租赁补贴户数(县直单位) and
 * 加装电梯数量 each to the item above its own). */
static void work_item_below_its_row_centred(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/dept/f0214";
    check_dump(rel);
    check_fields(rel, "加装电梯数量", "task", "推进农村危房改造", "level2", "产出数量", NULL);
    check_fields(rel, "筹集保障性租赁住房", "task", "推进农村危房改造", NULL);
    check_fields(rel, "改造老旧小区", "task", "推进农村危房改造", NULL);
    check_fields(rel, "发放住房租赁补贴户数(县直单位)", "task", "实施城镇老旧小区改造", NULL);
}

/* A level-2 label wrapped over two lines (`服务对象满意度` / `指标`) beside a
 * tall last row whose name Chromium sets at the row's top and its figures
 * on a centred line below, printed from Calc's HTML: the label's rest
 * shares the figures' line, no name stands there, and it took the name's
 * slot (`指标 | = 87 %`), the row's own name going to the row above
 * (`新建校舍设计使用年限社会公众满意度`).  A label's tail in the level-2
 * column that finishes the label right above it is that label's
 * (label_rest_read_as_name). */
static void level2_rest_on_figures_line(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/split/f0217";
    check_fields(rel, "社会公众满意度", "value", "87", "level2", "服务对象满意度指标", NULL);
    check_fields(rel, "新建校舍设计使用年限", "value", "33", NULL);
    check_dump(rel);
}

/* The same tall rows, three in a row, where the label's first line is no
 * label yet (`服务对象满意度指` / `标`), each row's name at its top beside
 * the start of its 指标解释 (`消费者满意度 | 完成目标得满分…`), the label's
 * head on the line below and its rest on the figures' line: the head read
 * as a name and the names' column, weighing lines, put each name with the
 * row above (群众满意度消费者满意度), the last row left nameless.  The head
 * goes to the level-2 label and, with the name right above it, to its own
 * row (label_rest_read_as_name, heads_label_of). */
static void level2_head_over_figures_line(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/legacy/f0235";
    check_fields(rel, "群众满意度", "op", "=", "value", "93", "level2", "服务对象满意度指标", NULL);
    check_fields(rel, "消费者满意度", "op", ">=", "value", "86", "level2", "服务对象满意度指标",
                 NULL);
    check_fields(rel, "社会公众满意度", "op", ">=", "value", "92", "level2",
                 "服务对象满意度指标", NULL);
    check_fields(rel, "★长效管理机制", "value", "建立健全", NULL);
}

/* A row whose name restates its level-2 label (`社会成本指标 | 社会成本 |
 * 无明显社会成本`) in Chromium's print of Calc's HTML, where the names'
 * header word (指标内容) stands two columns right of the names, over no
 * cell, the columns between unnamed: the restating name was taken for a
 * second level-2 label heading a group the form left empty and dropped,
 * and the row, its target read as the name, ran into the row above
 * (项目总成本社会成本, 2290无明显社会成本).  The header word past unnamed
 * columns names the names' column (heads_empty_group). */
static void restated_label_under_far_name_head(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/split/f0177";
    check_fields(rel, "社会成本", "level1", "成本指标", "level2", "社会成本指标", "value",
                 "无明显社会成本", NULL);
    check_fields(rel, "项目总成本", "level2", "经济成本指标", "op", "<=", "value", "2290", "unit",
                 "万元", NULL);
    check_dump(rel);
}

/* The same name set alone at its tall row's top (`社会成本`), its 序号,
 * level-2 label and text target on the line below (`17 | 社会成本指标 |
 * 无明显社会成本`): a label word in the names' slot read as a row of labels,
 * no name, so the target kept the name's slot and the name ran into the
 * row above (人均补助标准社会成本).  A name restating the level-2 label of
 * the row right below is that row's name (name_alone_in_column). */
static void restated_label_name_atop_row(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/split/f0022";
    check_fields(rel, "社会成本", "level1", "成本指标", "level2", "社会成本指标", "value",
                 "无明显社会成本", NULL);
    check_fields(rel, "人均补助标准", "op", "<=", "value", "2740", "unit", "元/人", NULL);
    check_dump(rel);
}

/* A form of several projects printed by Chromium from Calc's HTML, a page
 * breaking right under the third project's header (v0052: page 2 ends
 * `指标类型 指标名称 全年指标值(%) 指标解释`, page 3 opens with its rows):
 * the dump's region over the project's metadata block read the header in
 * that block's two columns, its words run together in one cell, too few
 * header words for a foot header, and the next page's rows, under no
 * header, were lost (16 records).  A cell of header words alone, spaces
 * apart, gives each a column of its own (keep_foot_head), and the rows are
 * read under it. */
static void foot_header_words_run_together(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/variant/v0052";
    check_fields(rel, "亩均补助标准", "level1", "一、产出", "level2", "(四)成本指标", "op", "<=",
                 "value", "980", "unit", "元/亩", "project", "农作物病虫害统防统治补助资金", NULL);
    check_fields(rel, "项目区粮食亩均增产", "level2", "(一)经济效益指标", "op", "=", "value",
                 "95", "unit", "公斤", NULL);
    check_fields(rel, "持续发挥效益", "level2", "(四)可持续影响指标", "value", "长期", NULL);
    check_fields(rel, "种粮农民满意度", "level1", "三、满意度", "op", ">=", "value", "93", "unit",
                 "%", "project", "农作物病虫害统防统治补助资金", NULL);
}

/* wkhtmltopdf centres the table-wide row header's cell (年度绩效指标,
 * merged over every row) over the page's rows, and its narrow column wraps
 * it: `年度绩效指` alone at the margin between two rows, its `标` opening
 * the next row's line (`标  推进公共文化场馆免费开放 项目预算控制率  ≤100%`,
 * f0174) or alone under it (f0039).  Read as text outside the table, the
 * line ended it there and every row below was lost or read without its
 * header (wkhtml-writer-layout dept f0174, f0039). */
static void row_header_line_between_rows(void **state)
{
    (void)state;
    static const char *const rel = "wkhtml-writer-layout/dept/f0174";
    check_fields(rel, "项目预算控制率", "level1", "产出指标", "level2", "成本指标", "task",
                 "推进公共文化场馆免费开放", "op", "<=", "value", "100", "unit", "%", NULL);
    check_fields(rel, "人均补助标准", "level2", "成本指标", "task", "加强非物质文化遗产保护传承",
                 "op", "<", "value", "1710", "unit", "元/人", NULL);
    check_fields(rel, "读者满意度", "level1", "满意度指标", "level2", "服务对象满意度", "value",
                 "89", NULL);
    check_dump(rel);
    static const char *const alone = "wkhtml-writer-layout/dept/f0039";
    check_fields(alone, "工程质量验收合格率", "level1", "产出指标", "level2", "产出质量", NULL);
    check_fields(alone, "项目完成时限", "level1", "产出指标", "level2", "产出时效", "value",
                 "2020-12-31", NULL);
    check_dump(alone);
}

/* wkhtmltopdf's print of Writer's HTML sets a tall row's task and name one
 * space apart at its top (`推进知识产权创 社会公众满意度`, each as wide as
 * its column), centres its target alone on the line below (`=87%`) and the
 * task's rest under it.  After the table's last line of several pieces
 * such a row was a mere continuation: the table ended at the row above
 * and its last rows were lost (wkhtml-writer-layout dept f0009: two such
 * rows round a level-1 label's lines; f0274: one after two blank lines). */
static void joined_row_over_lone_target(void **state)
{
    (void)state;
    static const char *const rel = "wkhtml-writer-layout/dept/f0009";
    check_fields(rel, "社会公众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "task", "推进知识产权创造运用", "op", "=", "value", "87", "unit", "%", NULL);
    check_dump(rel);
    static const char *const apart = "wkhtml-writer-layout/dept/f0274";
    check_fields(apart, "社会公众满意度", "level1", "满意度指标", "task", "实施城镇老旧小区改造",
                 "op", ">=", "value", "85", "unit", "%", NULL);
    check_dump(apart);
}

/* A browser's print of a form before 2021 sets the level-2 label 成本指标
 * left of its column, under the level-1 header (`成本指标 | 建设高标准农田… |
 * 项目预算控制率`, Chromium's print of Writer's HTML, dept f0169; of Calc's,
 * legacy f0045): read as a level-1 of its own, the group's rows lost
 * 产出指标 and their level-2.  The form's year (2019, 2017) sets 成本指标
 * under 产出指标; a form of 2024 keeps it a level-1 (split f0132). */
static void cost_level1_of_older_form(void **state)
{
    (void)state;
    check_fields("chromium-writer-layout/dept/f0169", "项目预算控制率(含续建)", "level1", "产出指标",
                 "level2", "成本指标", "category", "output.cost", "task", "建设高标准农田,提升耕地质量",
                 NULL);
    static const char *const legacy = "chromium-calc-layout/legacy/f0045";
    check_fields(legacy, "人均管理费用", "level1", "产出指标", "level2", "成本指标", "category",
                 "output.cost", "value", "5", "unit", "万元/人", NULL);
    check_fields(legacy, "人均补助标准", "level1", "产出指标", "level2", "成本指标", "category",
                 "output.cost", "value", "1080", "unit", "元/人", NULL);
    static const char *const newer = "chromium-calc-layout/split/f0132";
    check_fields(newer, "人均补助标准", "level1", "成本指标", "level2", "", "category", "cost", NULL);
    check_fields(newer, "成本节约率", "level1", "成本指标", "level2", "", "category", "cost", NULL);
    check_dump(newer);
}

/* A form of 2021 or later that keeps 成本指标 a level-2 under 产出指标,
 * dumped with its level-2 column drifting left where the label stands:
 * Calc's PDF restating 产出指标 atop a page's part (`产出 | 人均补助标准` /
 * `成本指标 | <260元/人` / `指标`, bureau b0045), Chromium's print of Calc's
 * HTML shifting the rows under 时效指标 (`12 | 成本指标 | 人均管理费用`,
 * standard f0086).  Aligned, the label took the level-1 cell and the year
 * kept it a level-1 of its own; it stands in the column of its group's
 * level-2 labels, not of 产出指标, so both splits are weighed, and the
 * level-2 one wins. */
static void cost_level2_in_its_groups_column(void **state)
{
    (void)state;
    check_fields("calc-pdf-layout/bureau/b0045", "人均补助标准", "level1", "产出指标", "level2",
                 "成本指标", "category", "output.cost", "op", "<", "value", "260", NULL);
    check_fields("chromium-calc-layout/standard/f0086", "人均管理费用", "level1", "产出指标",
                 "level2", "成本指标", "category", "output.cost", "value", "5", "unit", "万元/人",
                 NULL);
}

/* Chromium's print of Writer's HTML dumped (chromium-writer-layout, split
 * f0062, variant v0009): a row sets its number, labels and name at its top
 * and centres its targets, which for a name wrapped over two lines land on
 * the second, beside the name's rest (`9 | 生态效益 | 对生态环境的` over
 * `改善 | 明显`; `4 | 产出指标－数量指标 | 新增学前教育学位数（含续` over `建）
 * | =4400个 | =2200个`, right under a numbered row of its own).  Read as two
 * rows, the numbered one had the name's first line and no target, the next
 * the target under the name's rest; the line under a numbered named row
 * with no target, holding targets and the rest of the name in its column,
 * is that row's. */
static void targets_beside_name_rest(void **state)
{
    (void)state;
    static const char *const split = "chromium-writer-layout/split/f0062";
    check_fields(split, "对生态环境的改善", "level1", "效益", "level2", "生态效益", "value",
                 "明显", NULL);
    check_dump(split);
    static const char *const variant = "chromium-writer-layout/variant/v0009";
    check_fields(variant, "新增学前教育学位数(含续建)", "op", "=", "value", "2200", "unit",
                 "个", NULL);
    check_dump(variant);
}

/* Chromium's print of Writer's HTML dumped (chromium-writer-layout
 * variant v0047, v0056): a tall row's 序号 and the joined label merged down
 * its group (`2 产出指标—数量指` / `标`, the narrow 指标类型 column
 * wrapped) stand on one line, one space apart, the row's name and targets
 * under them.  Read as text, that line ended the table (the rows below
 * became tables of their own, without labels); kept, the number joined the
 * label's column.  The number goes down to its name's line, the label
 * stands as a centred cell between rows. */
static void number_beside_joined_label(void **state)
{
    (void)state;
    check_dump("chromium-writer-layout/variant/v0047");
    static const char *const rel = "chromium-writer-layout/variant/v0056";
    check_fields(rel, "巩固提升受益人口", "level1", "产出指标", "level2", "数量指标", "value",
                 "6.1", "unit", "万人", NULL);
    check_fields(rel, "惠及人口", "level1", "效益指标", "level2", "社会效益指标", "value", "14",
                 NULL);
    check_fields(rel, "对生态环境的改善", "level1", "效益指标", "level2", "生态效益指标", NULL);
    check_fields(rel, "工程长效运行管护机制", "level1", "效益指标", "level2", "可持续影响指标",
                 NULL);
    check_fields(rel, "群众满意度", "level1", "满意度指标", "level2", "服务对象满意度指标",
                 "value", "86", NULL);
}

/* A row of a name and a target only, the name wrapped over two lines
 * centred in its cell and the target alone on the middle line
 * (`城乡居民养老保险待遇按时足额发放` / `=100%` / `率`), standing under the
 * table's last line of several pieces (the page's last row, over a
 * reprinted header or a page break): read as a mere continuation, the
 * table ended at the row above and the row was lost (writer-pdf-layout and
 * wkhtml-writer-layout standard f0041; weasy-writer-layout variant v0006,
 * its page's last row one blank line under the row above). */
static void name_round_lone_target_last(void **state)
{
    (void)state;
    static const char *const rels[] = {"writer-pdf-layout/standard/f0041",
                                       "wkhtml-writer-layout/standard/f0041"};
    for (gsize r = 0; r < G_N_ELEMENTS(rels); r++) {
        check_fields(rels[r], "城乡居民养老保险待遇按时足额发放率", "level1", "产出指标",
                     "level2", "产出质量", "op", "=", "value", "100", "unit", "%", NULL);
        check_dump(rels[r]);
    }
    check_fields("weasy-writer-layout/variant/v0006", "淘汰燃煤小锅炉(县直单位)", "level1",
                 "产出", "level2", "数量指标", "value", "77", "unit", "台", NULL);
}

/* A continued page opening on rows of a name and a target only, each name
 * wrapped round its lone target (`完成农村环境整治建制村` / `≥53个` /
 * `（县直单位）`), blank lines between them: no line of several pieces
 * stood in the page's first lines, the page's region started at the first
 * row holding a remark and the rows above it were lost
 * (weasy-writer-layout variant v0006, page 2). */
static void page_opens_on_names_round_targets(void **state)
{
    (void)state;
    static const char *const rel = "weasy-writer-layout/variant/v0006";
    check_fields(rel, "完成农村环境整治建制村(县直单位)", "level1", "产出", "level2", "数量指标",
                 "op", ">=", "value", "53", "unit", "个", NULL);
    check_fields(rel, "开展执法检查(县直单位)", "level1", "产出", "level2", "数量指标", "op",
                 ">=", "value", "350", "unit", "次", NULL);
}

/* Chromium's tight print of a department form wraps each row's work item
 * at its column's width, a line beside the row and the rest on the line
 * below, right above the next row's own line (`推进公路安全生命` / `防护工程`,
 * then `落实农村客运补贴 | 惠及人口`, a page break between in f0279;
 * `加强非物质文化遗产` / `保护传承` over `开展送戏下乡和公益 | 对生态环境的影响`
 * in f0024).  The rest, with no evidence either way, went down to the next
 * row, whose item it then opened, and the two items were joined on the row
 * above (`…防护工程落实农村客运补贴政策`), the row below left none.  A line
 * going on from a full line, with room left for the next row's first
 * character, ended its cell: it is the row above's. */
static void item_rest_with_room_left_goes_up(void **state)
{
    (void)state;
    check_dump("chromium-writer-layout/dept/f0279");
    check_dump("chromium-writer-layout/dept/f0024");
}

/* A header label centred over its column, right of where the column's
 * cells start (`具体指标` over names set at the cell's left), which the
 * page's reading parts into a column of its own that only the header
 * fills.  The continued page (its rows only, set on a grid of its own)
 * shows one column fewer: the page before's columns moved to it one each
 * from the right left the row numbers' column empty and set every label
 * one column right, the level-1 成本指标 in the level-2 slot
 * (chromium-writer-layout split f0187, page 2). */
static void head_only_column_takes_no_moved_column(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/split/f0187";
    check_fields(rel, "成本节约率", "level1", "成本指标", "level2", "", "category", "cost",
                 "op", "=", "value", "4", "unit", "%", NULL);
    check_fields(rel, "补助资金下达时限", "level1", "产出指标", "level2", "时效指标", "value",
                 "2021-12-31", NULL);
    check_fields(rel, "节约财政资金", "level1", "效益指标", "level2", "经济效益指标", "value",
                 "236", NULL);
}

/* A continued page set anew without the row-header column (年度绩效指标,
 * its characters on the page before) while its level-1 and level-2 label
 * columns hold text (`满意度指标 服务对象满意度` / `指标`): read by order,
 * each label stood one column left of its own (the level-2 labels as
 * level-1, the level-1 ones as the row header), the work items as level-2
 * labels and the names as work items; the page's rows lost their names. */
static void continued_page_labels_without_row_header(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/dept/f0004";
    check_fields(rel, "惠及人口", "level1", "效益指标", "level2", "社会效益指标", "task",
                 "加强教师队伍建设,开展全员培训", "op", "=", "value", "25", "unit", "万人", NULL);
    check_fields(rel, "政策宣传覆盖率", "level2", "社会效益指标", "task",
                 "推进学前教育普及普惠发展", "value", "98", NULL);
    check_fields(rel, "项目持续发挥作用年限", "level2", "可持续影响指标", "value", "7", "unit",
                 "年", NULL);
    check_fields(rel, "持续发挥效益", "level2", "可持续影响指标", "value", "长期有效", NULL);
}

/* A layout dump that parts its column of targets in two on the header's
 * own page: the first rows' targets (full-width `=６０处`) under the header
 * word 目标值, the rest a grid column right of it, in a column of no role,
 * no row filling both.  A row of text alone there (`社会影响力 | 逐步扩大`,
 * its work item a merged cell centred on another line) tied the
 * name-and-target reading with task-and-name, lost its target and joined
 * the next row (社会影响力公共服务满意度提升, 逐步扩大=1个百分点). */
static void header_page_targets_parted_in_two_columns(void **state)
{
    (void)state;
    check_dump("chromium-calc-layout/dept/f0034");
    check_field("chromium-calc-layout/dept/f0034", "社会影响力", "value", "逐步扩大");
    check_field("chromium-calc-layout/dept/f0034", "公共服务满意度提升", "value", "1");
}

/* A dump that gives each character one place (the text of Chromium's print)
 * sets wide text that follows wide text on its line right of where the same
 * column starts on a line of its own (`推进水污染防治 补助对象识别精` beside
 * `准率` and `资金使用合规率` alone): the column finder parted the names'
 * column in two, its header word 指标内容 over the right half, and the left
 * half's wrapped tails (`准率`, `限`, `本`) and whole names were read as
 * another column (补助对象识别精, level-2 labels taken from the work items).
 * The right part, every piece of it after wide text, none on a line with
 * the left part's, is the left part's drift. */
static void names_column_drifted_right(void **state)
{
    (void)state;
    check_dump("chromium-writer-layout/dept/f0119");
    static const char *const rel = "chromium-calc-layout/dept/f0224";
    check_fields(rel, "群众生产生活条件", "value", "按照项目实施方案要求持续改善,惠及更多群众",
                 "level2", "社会效益指标", NULL);
    check_fields(rel, "节能减排效果", "value", "明显", "level2", "生态效益指标", NULL);
}

/* Word processor's PDFs of bureau forms (writer-pdf-layout, whole) with no
 * 序号 column, whose later page a layout dump laid out afresh: the level-2
 * column's lines start a character apart from one group to the next
 * (`经济` / `效益` under `成本` / `指标`, `社会` / `可持` a column right), so
 * the page parts its level-2 column in two, a grid column more than the
 * header left of its figures, and its figures' move (one left) would take
 * its level-1 column off the header.  Left as found, the page's labels
 * stood a column off: its level-2 pieces went to the names (`可持` as a
 * name over `改造后房屋安全使用年限`) and its rows took the labels of the
 * page before (产出指标 | 成本指标).  The two level-2 columns no row fills
 * both of are joined, the others move with the figures. */
static void level2_column_parted_on_page_laid_anew(void **state)
{
    (void)state;
    static const char *const b0049 = "writer-pdf-layout/bureau/b0049";
    /* (its level-1, 效益指标, is not checked here since the satisfaction
     * stack below it reads whole, 满意度指标 on lines 67–71 beside three
     * rows: the resolver's count of records either side of the label ties
     * with the 效益 group above and gives this row to 满意度指标; see
     * satisfaction_stack_round_value_line) */
    check_fields(b0049, "改造后房屋安全使用年限", "level2", "可持续影响指标", "op", ">=", "value",
                 "18", "unit", "年", NULL);
    check_fields(b0049, "社会公众满意度", "level1", "满意度指标", "level2", "服务对象满意度",
                 "value", "88", NULL);
    check_fields(b0049, "住户满意度", "level1", "满意度指标", "category", "satisfaction.service",
                 "value", "91", NULL);
    check_fields(b0049, "受益群众满意度", "level1", "满意度指标", "category",
                 "satisfaction.service", "value", "87", NULL);
    static const char *const b0007 = "writer-pdf-layout/bureau/b0007";
    check_fields(b0007, "服务能力和水平", "level1", "效益指标", "level2", "社会效益指标", "value",
                 "显著提升", NULL);
    check_fields(b0007, "政策宣传覆盖率", "level1", "效益指标", "level2", "社会效益指标", "value",
                 "92.5", NULL);
    check_fields(b0007, "企业满意度", "level1", "满意度指标", "category", "satisfaction.service",
                 "value", "90", NULL);
}

/* A numbered row a line and a half tall under a row of one line: its name
 * alone on its top line (`服务对 群众满意度`, the label columns' first
 * pieces beside it), its 序号 and target two lines lower, centred on the
 * row (`25 象满意 = 92 %`).  The name line went up as the second line of
 * the name above (种粮农民满意度群众满意度) and row 25 had no name: the
 * column's parting counted a row without a name as dear as a name two lines
 * off, a tie the line-by-line reading decided.  A numbered row's line is a
 * row's for certain: left without a name it costs more
 * (NAME_EMPTY_NUMBERED_COST).  writer-pdf-layout bureau b0022; Chromium's
 * print of the same kind of form (chromium-web bureau b0040, 拉动社会投资
 * under 节约财政资金) the same. */
static void name_line_over_numbered_row(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/bureau/b0022";
    check_fields(rel, "种粮农民满意度", "op", ">=", "value", "87", "unit", "%", NULL);
    check_fields(rel, "群众满意度", "op", "=", "value", "92", "unit", "%", "level2",
                 "服务对象满意度指标", NULL);
    static const char *const file = "tests/layout/chromium-web/bureau/b0040.pdf";
    jx_record_list *got = jx_test_parse_repo_file(file);
    static const char *const want[][4] = {
        /* name, op, value, unit */
        {"节约财政资金", NULL, "272", "万元"},
        {"拉动社会投资", ">=", "8", "亿元"},
    };
    for (gsize k = 0; k < G_N_ELEMENTS(want); k++) {
        const jx_record *r = jx_test_indicator_named(got, want[k][0]);
        if (!r)
            fail_msg("%s: no indicator named %s", file, want[k][0]);
        const char *fields[] = {"op", "value", "unit"};
        for (gsize i = 0; i < G_N_ELEMENTS(fields); i++)
            if (g_strcmp0(jx_record_get_string(r, fields[i]), want[k][i + 1]) != 0)
                fail_msg("%s: %s: %s %s, want %s", file, want[k][0], fields[i],
                         jx_record_get_string(r, fields[i]), want[k][i + 1]);
    }
    jx_record_list_free(got);
}

/* Chromium's print of Calc's HTML sets a name at its row's top and the
 * row's figures centred under it (`按工作进度要求完成` over `产出指标 时效指标
 * … 按时完成`); the next row's name of two lines starts right under that
 * row's line, its first line full (`受灾群众基本生活得到救助`), its rest on
 * its own row's line (`时间 … ≤ 20 小时`).  The piece went up into the name
 * above (按工作进度要求完成受灾群众基本生活得到救助, and a row named 时间):
 * the table as a whole shows no names set at the tops, and a name broken
 * by hand wraps round its row the same way.  A first line wider than the
 * name above it by more than a character and as wide as the column's
 * widest never goes on from that name. */
static void full_name_line_under_top_set_row(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/dept/f0159";
    check_fields(rel, "按工作进度要求完成", "value", "按时完成", "level2", "时效指标", NULL);
    check_fields(rel, "受灾群众基本生活得到救助时间", "op", "<=", "value", "20", "unit", "小时",
                 "level2", "时效指标", NULL);
}

/* A continued page opening on a row whose work item and name Chromium's
 * layout dump set one space apart, the name marked as a key indicator
 * (`加强基层医疗 ★公共服务满意度`, its target on the line below): only two
 * wide characters one space apart were taken for cells set tight, so the
 * line was running text after the table, which ended the table there, and
 * every row of the page was lost (`no header of their own`). */
static void page_opens_on_marked_name_set_tight(void **state)
{
    (void)state;
    static const char *const rel = "chromium-writer-layout/dept/f0074";
    check_fields(rel, "城乡居民对基本公共卫生服务满意度", "op", ">=", "value", "93", "level1",
                 "满意度指标", NULL);
    check_fields(rel, "服务对象满意度", "value", "90", "task", "实施国家基本公共卫生服务项目", NULL);
    check_fields(rel, "社会公众满意度*", "value", "87", "level2", "服务对象满意度", NULL);
}

/* Rows a line and a half tall in Chromium's print of Calc's HTML, each
 * name set at its row's top and the row's other cells centred a line
 * lower: the name alone, or with its work item, right under a row of one
 * line, the target with no name on the line under it (`开展安全生产专项整治
 * 安全生产培训人次` / `不低于 3,500 人次`, `项目验收合格率` / `100 %`).  Read
 * as the rest of the row above, the top line took its work item up with it
 * and the rows round it were given the wrong work items
 * (`加强防灾减灾救灾能力建设开展安全生产专项整治做好应急物资储备`). */
static void top_set_name_over_nameless_row_line(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/dept/f0114";
    check_fields(rel, "开展安全生产执法检查", "value", "790", "task", "加强防灾减灾救灾能力建设", NULL);
    check_fields(rel, "安全生产培训人次", "value", "3500", "unit", "人次", "task", "开展安全生产专项整治",
                 NULL);
    check_fields(rel, "政策知晓率", "value", "93", "level2", "质量指标", "task", "做好应急物资储备",
                 NULL);
    check_fields(rel, "项目验收合格率", "value", "100", "unit", "%", "level2", "质量指标", "task",
                 "加强防灾减灾救灾能力建设", NULL);
}

/* A row's line holding its work item and figures but no name (Chromium's
 * print of Calc's HTML, the name set at the row's top on a line above),
 * which pdftotext -layout set a few places right of the page's other work
 * items (`年度绩  加强生态环境执法监管  ≥ 94 %`): aligned by order, the work
 * item was read as the row's name, and the name above went into the row
 * above (`完成黑臭水体整治污水处理设施出水达标率`).  The work item heads
 * other rows of the table word for word. */
static void work_item_drifted_into_names_column(void **state)
{
    (void)state;
    static const char *const rel = "chromium-calc-layout/dept/f0194";
    check_fields(rel, "完成黑臭水体整治", "value", "7", "task", "开展农村环境综合整治", NULL);
    check_fields(rel, "污水处理设施出水达标率", "op", ">=", "value", "94", "unit", "%", "task",
                 "加强生态环境执法监管", NULL);
    check_fields(rel, "补助资金下达时限", "value", "2019-09-30", "task", "推进水污染防治", NULL);
    check_fields(rel, "人均补助标准", "value", "1760", "unit", "元/人", "task", "加强生态环境执法监管",
                 NULL);
    check_fields(rel, "节约财政资金", "value", "186", "level2", "经济效益", "task",
                 "开展农村环境综合整治", NULL);
}

/* A tall row's name set at its top (Chromium's print of Calc's HTML), alone
 * on its line right over the row's line of work item and figures, which
 * pdftotext -layout set a few places left of the page's other names, in
 * the work items' column (`防洪标准达标率` / `质量指标  开展中小河流治理  100
 * %`): read as a work item's piece, it went into the row above's work item
 * (加强水土保持综合治理防洪标准达标率) and the row below had no name.  The
 * piece is no work item of the table, and the rows round it hold known
 * work items whole. */
static void top_name_drifted_into_work_items_column(void **state)
{
    (void)state;
    check_dump("chromium-calc-layout/dept/f0269");
    check_fields("chromium-calc-layout/dept/f0269", "防洪标准达标率", "value", "100", "unit", "%",
                 "level2", "质量指标", "task", "开展中小河流治理", NULL);
}

/* A long qualitative target wrapped over three lines of its narrow value
 * column (Writer's PDF), its row's name cut inside a word beside the second
 * (`群众生产生活条 | 按照项目实施方案` / `件 | 要求持续改善，惠` / `及更多群众`),
 * the next row's name set over its own lines right below: the second line,
 * already a fragment, was passed over, the third was not seen as the
 * target's, and the next row's name took it down (★政策宣传覆盖率 read
 * `及更多群众≥ 93%`, the target cut at `惠`). */
static void text_target_third_line_under_name_cut(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/dept/f0119";
    check_fields(rel, "群众生产生活条件", "value", "按照项目实施方案要求持续改善,惠及更多群众", NULL);
    check_fields(rel, "★政策宣传覆盖率", "op", ">=", "value", "93", "unit", "%", NULL);
    check_dump(rel);
}

/* A level-1 cell centred over a two-row group with no level-2 label prints
 * on its lower line (成本指标 beside 项目预算控制率, 成本节约率 on the line
 * above), in Chromium's prints of a spreadsheet's and a word processor's
 * table alike.  The level-2 split ran the group above (时效指标) over the
 * row above the label, whose taxonomy kept that row under 产出指标; the
 * row above belongs to the label as much as the label's own row does
 * (labels.c row_lent_by_crossing_child). */
static void level1_on_lower_middle_line(void **state)
{
    (void)state;
    check_dump("chromium-calc-layout/standard/f0236");
    check_dump("chromium-writer-layout/standard/f0236");
}

/* A figure typed in full-width digits (`≤ ２７９０ 元/平方米`), each as wide as
 * a Han character, set wider than the target column of a form with no
 * unit column: on a continued page laid out afresh the unit, one space
 * after the figure, stands where the 备注 column's remarks start and the
 * page's columns part it from the figure; it was dropped as a remark and
 * the target lost its unit.  writer-pdf-layout bureau b0058, whole. */
static void unit_of_wide_figure_in_remark_column(void **state)
{
    (void)state;
    check_dump("writer-pdf-layout/bureau/b0058");
}

/* A row placed again by its columns on a continued page laid out afresh
 * (its level-2 label's lines round it: `社会效` / `16 | 办学条件达标学校比例 |
 * ≥ | 93 | %` / `益指标`) keeps the cells it holds in the target's sign and
 * unit roles, and placed again they went into them a second time: the
 * target read `≥≥ | 93 | %%`, its operator lost.  writer-pdf-layout bureau
 * b0027 (the same in calc-pdf-layout's). */
static void sign_and_unit_placed_once(void **state)
{
    (void)state;
    static const char *const rel = "writer-pdf-layout/bureau/b0027";
    check_fields(rel, "办学条件达标学校比例", "op", ">=", "value", "93", "unit", "%", NULL);
    check_fields(rel, "群众满意度", "op", ">=", "value", "91", "unit", "%", NULL);
}

/* The row header 年度绩效指标, wrapped two characters a line in a column
 * as narrow as its text left of the row numbers, sets its lines one space
 * before a row's number (`年度 10`, `绩效 11`, `指标 12`, on both sides of
 * a page break): read as one piece, `年度10` was the row's level-1 label
 * and its 序号 was lost.  calc-pdf-layout bureau b0058. */
static void row_number_after_row_header_piece(void **state)
{
    (void)state;
    static const char *const rel = "calc-pdf-layout/bureau/b0058";
    check_fields(rel, "资金拨付及时率", "level1", "产出指标", "level2", "时效指标", "value", "100",
                 NULL);
    check_fields(rel, "人均补助标准", "level1", "产出指标", "level2", "成本指标", "unit", "元/人",
                 NULL);
    check_fields(rel, "单位建设成本", "level1", "产出指标", "level2", "成本指标", NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_target_below_name),
        cmocka_unit_test(row_number_tight_before_label),
        cmocka_unit_test(work_items_set_at_row_tops),
        cmocka_unit_test(level2_wrapped_under_top_set_rows),
        cmocka_unit_test(half_year_unit_before_year_target),
        cmocka_unit_test(project_name_wrapped),
        cmocka_unit_test(unit_before_remark_one_space),
        cmocka_unit_test(header_line_ends_page),
        cmocka_unit_test(header_upper_line_drifted_right),
        cmocka_unit_test(wrapped_header_ends_page),
        cmocka_unit_test(rows_under_inner_header_are_said),
        cmocka_unit_test(label_tails_on_page_laid_out_afresh),
        cmocka_unit_test(held_header_other_scale),
        cmocka_unit_test(continuation_without_label_columns),
        cmocka_unit_test(continuation_after_wrapped_row),
        cmocka_unit_test(continuation_of_name_target_rows),
        cmocka_unit_test(name_line_over_target_line),
        cmocka_unit_test(parted_label_column_on_continued_page),
        cmocka_unit_test(page_without_level1_column),
        cmocka_unit_test(level1_column_past_roleless_column),
        cmocka_unit_test(narrow_level2_pieces_beside_names),
        cmocka_unit_test(level1_tail_beside_level2_tail),
        cmocka_unit_test(page_opening_row_line_over_region),
        cmocka_unit_test(work_items_on_top_under_centred_levels),
        cmocka_unit_test(work_items_on_adjacent_lines),
        cmocka_unit_test(header_word_alone_on_lower_line),
        cmocka_unit_test(row_number_run_into_label),
        cmocka_unit_test(row_number_before_labels_alone),
        cmocka_unit_test(level1_rows_left_of_label_column),
        cmocka_unit_test(lone_row_on_page_continues_table),
        cmocka_unit_test(web_page_of_rows_continues_wide_table),
        cmocka_unit_test(web_rowhead_column_on_later_page),
        cmocka_unit_test(web_row_first_line_atop_page),
        cmocka_unit_test(web_sign_over_centred_value),
        cmocka_unit_test(web_sign_closing_half_unit),
        cmocka_unit_test(web_later_page_columns_by_targets),
        cmocka_unit_test(web_later_page_parted_operators),
        cmocka_unit_test(web_row_header_wrapped_with_label_heads),
        cmocka_unit_test(rows_two_blank_lines_apart),
        cmocka_unit_test(rows_gap_one_line_longer),
        cmocka_unit_test(names_set_at_row_tops),
        cmocka_unit_test(unit_on_own_line_of_tall_row),
        cmocka_unit_test(deduction_rest_under_target),
        cmocka_unit_test(text_target_third_piece_beside_mark),
        cmocka_unit_test(unit_before_explanation_past_unit_column),
        cmocka_unit_test(target_tail_in_names_column),
        cmocka_unit_test(padded_header_rows_as_far_apart),
        cmocka_unit_test(wrapped_work_item),
        cmocka_unit_test(four_line_half_year_header),
        cmocka_unit_test(explanation_above_target),
        cmocka_unit_test(work_item_restated_over_page_break),
        cmocka_unit_test(label_word_as_name),
        cmocka_unit_test(wrapped_target_beside_labels),
        cmocka_unit_test(wrapped_target_runs_on),
        cmocka_unit_test(work_item_over_form_feed),
        cmocka_unit_test(work_item_cut_by_page_between_rows),
        cmocka_unit_test(last_row_alone_under_cut_rest),
        cmocka_unit_test(text_target_below_name_continued_page),
        cmocka_unit_test(text_target_beside_item_under_top_name),
        cmocka_unit_test(text_target_under_top_name_past_item_or_padding),
        cmocka_unit_test(boundary_row_by_name_ending),
        cmocka_unit_test(whole_work_item_opens_row_below),
        cmocka_unit_test(centred_name_top_under_item_rest),
        cmocka_unit_test(page_laid_out_afresh_reads_own_columns),
        cmocka_unit_test(repeated_header_column_parted),
        cmocka_unit_test(repeated_header_pieces_set_left),
        cmocka_unit_test(repeated_header_label_column_parted),
        cmocka_unit_test(item_and_name_printed_tight),
        cmocka_unit_test(social_outcome_rows_by_name_ending),
        cmocka_unit_test(level1_repeated_rest_to_row_above),
        cmocka_unit_test(short_region_reads_by_dump_metric),
        cmocka_unit_test(target_wrapped_round_labels),
        cmocka_unit_test(wrapped_target_beside_explanation),
        cmocka_unit_test(name_restating_its_label),
        cmocka_unit_test(name_below_labels_line),
        cmocka_unit_test(work_item_wrapped_between_words),
        cmocka_unit_test(work_items_centred_column_wide),
        cmocka_unit_test(work_item_upper_middle),
        cmocka_unit_test(work_item_centred_by_its_lines),
        cmocka_unit_test(w3m_work_item_even_span),
        cmocka_unit_test(work_item_between_two_rows),
        cmocka_unit_test(w3m_work_items_below_rows),
        cmocka_unit_test(work_item_wrapped_round_its_row),
        cmocka_unit_test(browser_dump_no_record_balance),
        cmocka_unit_test(one_label_column_lone_labels),
        cmocka_unit_test(work_item_words_weigh_little),
        cmocka_unit_test(level2_work_item_wrapped),
        cmocka_unit_test(label_wrapped_round_its_row),
        cmocka_unit_test(repeated_wrapped_work_item),
        cmocka_unit_test(page_with_extra_column),
        cmocka_unit_test(target_unit_cut_across_a_line),
        cmocka_unit_test(targets_cut_inside_units),
        cmocka_unit_test(value_tails_below_centred_header),
        cmocka_unit_test(value_group_under_wrapped_operator),
        cmocka_unit_test(work_item_beside_full_year_target_only),
        cmocka_unit_test(names_centred_by_column),
        cmocka_unit_test(half_target_inside_wrapped_target),
        cmocka_unit_test(deadline_word_wrapped),
        cmocka_unit_test(unit_wrapped_round_its_row),
        cmocka_unit_test(score_points_beside_label_rest),
        cmocka_unit_test(level1_opening_tops_page),
        cmocka_unit_test(cell_end_above_labels_line),
        cmocka_unit_test(operator_inside_wrapped_value),
        cmocka_unit_test(value_rest_below_numbered_line),
        cmocka_unit_test(level2_label_line_in_region),
        cmocka_unit_test(number_alone_between_lines),
        cmocka_unit_test(target_starts_below_name_line),
        cmocka_unit_test(unit_inside_wrapped_figure),
        cmocka_unit_test(labels_lines_no_rows),
        cmocka_unit_test(level1_wrapped_round_labels_line),
        cmocka_unit_test(target_wrapped_round_labels_lines),
        cmocka_unit_test(level1_between_label_columns),
        cmocka_unit_test(level1_between_label_columns_near_one_width),
        cmocka_unit_test(label_wedged_between_records_is_centred),
        cmocka_unit_test(wedged_label_beside_its_own_rows),
        cmocka_unit_test(wrapped_labels_side_by_side_follow_heads),
        cmocka_unit_test(level2_label_in_blank_column_beside_name),
        cmocka_unit_test(label_columns_of_page_without_blank_column),
        cmocka_unit_test(level2_head_touching_name),
        cmocka_unit_test(level1_column_of_moved_page),
        cmocka_unit_test(target_page_under_blank_target_column),
        cmocka_unit_test(third_level_labels_on_alternate_lines),
        cmocka_unit_test(seq_alone_beside_vertical_label_at_page_foot),
        cmocka_unit_test(repeated_header_word_right_of_its_column),
        cmocka_unit_test(row_cut_by_labels_line),
        cmocka_unit_test(wrapped_label_piece_moves_no_column),
        cmocka_unit_test(label_rest_centred_below),
        cmocka_unit_test(target_wrapped_round_numbered_line),
        cmocka_unit_test(target_lines_round_other_cell),
        cmocka_unit_test(target_line_opening_on_a_mark),
        cmocka_unit_test(label_pieces_beside_target_lines),
        cmocka_unit_test(names_at_tops_over_row_lines),
        cmocka_unit_test(text_pages_carry_columns),
        cmocka_unit_test(target_piece_beside_unkept_cell),
        cmocka_unit_test(label_piece_reading_as_unit),
        cmocka_unit_test(group_label_line_at_margin),
        cmocka_unit_test(label_alone_on_page_end),
        cmocka_unit_test(plain_text_rows_move_with_page),
        cmocka_unit_test(unit_cut_round_figure),
        cmocka_unit_test(joined_label_beside_wrapped_name),
        cmocka_unit_test(joined_label_wrapped),
        cmocka_unit_test(level2_beside_value_in_one_label_column),
        cmocka_unit_test(project_key_beside_key),
        cmocka_unit_test(label_group_line_starts_row),
        cmocka_unit_test(label_head_under_wrapped_header),
        cmocka_unit_test(wrapped_seq_over_header_lines),
        cmocka_unit_test(level1_rest_over_next_level2),
        cmocka_unit_test(group_run_on_past_its_centred_label),
        cmocka_unit_test(level2_label_opening_with_level1_word),
        cmocka_unit_test(text_target_line_not_after_figure),
        cmocka_unit_test(short_first_page_takes_document_gap),
        cmocka_unit_test(paragraph_keeps_page_gap),
        cmocka_unit_test(level2_opening_atop_page_starts_row),
        cmocka_unit_test(work_items_past_empty_column),
        cmocka_unit_test(target_tail_round_lone_name),
        cmocka_unit_test(joined_label_line_stays_in_table),
        cmocka_unit_test(joined_label_atop_page_stays_in_table),
        cmocka_unit_test(level2_label_wrapped_round_its_row),
        cmocka_unit_test(label_opening_between_rows_goes_down),
        cmocka_unit_test(label_beside_name_of_its_group),
        cmocka_unit_test(level1_line_between_two_rows_no_row_of_span),
        cmocka_unit_test(item_merged_over_two_rows_line_by_line),
        cmocka_unit_test(next_item_opening_under_whole_item),
        cmocka_unit_test(name_under_unfilled_line_starts_row),
        cmocka_unit_test(full_name_line_keeps_its_rest),
        cmocka_unit_test(target_under_name_on_moved_page),
        cmocka_unit_test(task_under_top_name_is_no_name),
        cmocka_unit_test(name_over_figures_keeps_table),
        cmocka_unit_test(score_line_of_explanation_stays_there),
        cmocka_unit_test(name_cut_inside_bracket),
        cmocka_unit_test(two_line_name_under_one_line_row),
        cmocka_unit_test(wide_first_line_under_one_line_row),
        cmocka_unit_test(name_under_top_set_one_line_row),
        cmocka_unit_test(row_number_alone_moves_no_block),
        cmocka_unit_test(label_cut_by_page_break_is_one),
        cmocka_unit_test(dump_lines_alone_cast_no_vote),
        cmocka_unit_test(dash_placeholder_above_table),
        cmocka_unit_test(row_number_counted_before_label),
        cmocka_unit_test(label_columns_one_space_apart),
        cmocka_unit_test(w3m_label_pieces_right_of_row_header),
        cmocka_unit_test(w3m_level1_word_inside_level2),
        cmocka_unit_test(w3m_level2_middle_word_on_fragment),
        cmocka_unit_test(w3m_label_piece_beside_figures),
        cmocka_unit_test(w3m_one_column_level2_wrapped),
        cmocka_unit_test(w3m_joined_label_rest_on_next_line),
        cmocka_unit_test(label_header_wrapped_at_margin),
        cmocka_unit_test(label_header_wrapped_word_a_line),
        cmocka_unit_test(wrapped_header_first_line_no_repeat),
        cmocka_unit_test(label_on_first_record_row_on_top),
        cmocka_unit_test(unit_cut_round_its_row),
        cmocka_unit_test(target_round_lone_name),
        cmocka_unit_test(text_target_tail_a_unit),
        cmocka_unit_test(label_fragment_before_name),
        cmocka_unit_test(label_heads_after_seq_char),
        cmocka_unit_test(label_column_pieces_alternate),
        cmocka_unit_test(last_row_labels_one_space_apart),
        cmocka_unit_test(level2_middle_piece_column_off),
        cmocka_unit_test(level2_round_name_column_off),
        cmocka_unit_test(label_pieces_round_name),
        cmocka_unit_test(level1_rest_in_level2_column),
        cmocka_unit_test(level1_rest_on_numbered_row),
        cmocka_unit_test(label_column_groups_drifted),
        cmocka_unit_test(satisfaction_stack_round_value_line),
        cmocka_unit_test(short_words_after_names_not_label_column),
        cmocka_unit_test(rowhead_column_left_of_seq),
        cmocka_unit_test(head_above_beside_group_heading),
        cmocka_unit_test(third_label_column_on_alternate_lines),
        cmocka_unit_test(gap_under_centred_row_header),
        cmocka_unit_test(level1_stack_atop_page),
        cmocka_unit_test(level2_column_kept_on_lone_vote),
        cmocka_unit_test(level_column_moves_with_page),
        cmocka_unit_test(short_page_between_pages),
        cmocka_unit_test(rowhead_pieces_in_level1_column),
        cmocka_unit_test(level2_piece_in_unheaded_column),
        cmocka_unit_test(level2_pieces_in_folded_column),
        cmocka_unit_test(level2_rest_over_three_lines_read_as_names),
        cmocka_unit_test(level2_pieces_in_folded_column_wkhtml),
        cmocka_unit_test(numbered_labels_over_row),
        cmocka_unit_test(unit_caption_names_no_column),
        cmocka_unit_test(w3m_wrapped_header_cells_apart),
        cmocka_unit_test(wrapped_label_line_stays_label),
        cmocka_unit_test(lower_header_under_unnamed_columns),
        cmocka_unit_test(tall_row_padded_round_middle),
        cmocka_unit_test(wide_rowhead_column_before_header),
        cmocka_unit_test(tall_row_ends_page),
        cmocka_unit_test(tall_last_row_over_notes),
        cmocka_unit_test(tall_last_row_target_alone),
        cmocka_unit_test(tall_last_row_keeps_top_name),
        cmocka_unit_test(tall_row_padding_over_part_start),
        cmocka_unit_test(tall_row_padding_holds_rowhead),
        cmocka_unit_test(top_name_over_wrapped_task),
        cmocka_unit_test(row_header_in_last_row_padding),
        cmocka_unit_test(target_line_over_repeated_header),
        cmocka_unit_test(text_targets_under_top_name_mid_term),
        cmocka_unit_test(page_opens_on_padded_cut_row),
        cmocka_unit_test(name_cut_by_page_break),
        cmocka_unit_test(rowhead_pieces_parted_by_page_break),
        cmocka_unit_test(numbered_line_over_targets),
        cmocka_unit_test(number_over_lone_level1_label),
        cmocka_unit_test(column_keeps_off_top_name_over_label_lines),
        cmocka_unit_test(rows_stacked_column_after_column),
        cmocka_unit_test(tall_row_name_one_blank_above),
        cmocka_unit_test(centred_name_top_under_short_name),
        cmocka_unit_test(unit_caption_over_header),
        cmocka_unit_test(unit_caption_beside_lone_header_line),
        cmocka_unit_test(header_words_part_narrow_columns),
        cmocka_unit_test(lone_numbered_label_parted),
        cmocka_unit_test(label_header_wrapped_character_a_line),
        cmocka_unit_test(label_column_drifted_a_place),
        cmocka_unit_test(tight_columns_one_gap_laid_out),
        cmocka_unit_test(continued_page_labels_overhang),
        cmocka_unit_test(group_line_over_wrapped_header),
        cmocka_unit_test(rows_apart_round_wrapped_lines),
        cmocka_unit_test(label_header_first_character_alone),
        cmocka_unit_test(header_parted_by_page_break),
        cmocka_unit_test(next_form_key_wrapped_round_value),
        cmocka_unit_test(section_ordinal_over_names_column),
        cmocka_unit_test(section_row_alone_at_page_foot),
        cmocka_unit_test(form_key_wrapped_round_value_in_its_column),
        cmocka_unit_test(level1_pieces_beginning_a_label),
        cmocka_unit_test(short_section_label_centred),
        cmocka_unit_test(one_label_column_level2_pieces),
        cmocka_unit_test(one_label_column_three_line_label),
        cmocka_unit_test(text_target_round_name_after_text),
        cmocka_unit_test(name_and_target_one_space_apart),
        cmocka_unit_test(name_wrapped_round_figures_at_margin),
        cmocka_unit_test(header_repeated_wrapped_otherwise),
        cmocka_unit_test(header_tail_character_under_piece),
        cmocka_unit_test(level1_label_apart_of_columns),
        cmocka_unit_test(project_year_cut_from_name),
        cmocka_unit_test(project_pairs_in_one_cell),
        cmocka_unit_test(joined_label_alone_between_rows),
        cmocka_unit_test(joined_label_rest_below),
        cmocka_unit_test(joined_label_words_weigh_as_standard),
        cmocka_unit_test(joined_label_cut_in_level2),
        cmocka_unit_test(top_line_over_labels_line),
        cmocka_unit_test(two_targets_wrapped_unevenly),
        cmocka_unit_test(label_rest_on_numbered_line),
        cmocka_unit_test(target_round_number_beside_labels),
        cmocka_unit_test(middle_line_beside_labels),
        cmocka_unit_test(target_rest_over_labels_row),
        cmocka_unit_test(name_head_over_labels_line),
        cmocka_unit_test(target_lines_past_label_pieces),
        cmocka_unit_test(remark_words_beside_targets),
        cmocka_unit_test(continued_page_without_label_columns),
        cmocka_unit_test(date_across_unit_column),
        cmocka_unit_test(continued_region_without_row_header),
        cmocka_unit_test(continued_page_without_two_label_columns),
        cmocka_unit_test(top_name_over_label_lines),
        cmocka_unit_test(top_name_over_padding),
        cmocka_unit_test(continued_page_value_column_parted),
        cmocka_unit_test(names_left_of_header_word),
        cmocka_unit_test(half_date_between_wrapped_year),
        cmocka_unit_test(date_cut_round_row),
        cmocka_unit_test(date_year_alone_over_rest),
        cmocka_unit_test(label_wedged_between_rows),
        cmocka_unit_test(label_wedged_one_line_off),
        cmocka_unit_test(name_wrapped_round_middle_column),
        cmocka_unit_test(label_in_gap_between_rows),
        cmocka_unit_test(target_tail_in_remark_column),
        cmocka_unit_test(target_wrapped_round_row_last_column),
        cmocka_unit_test(text_target_round_other_target),
        cmocka_unit_test(last_row_under_top_name_block),
        cmocka_unit_test(last_row_round_merged_label),
        cmocka_unit_test(merged_label_round_tall_row),
        cmocka_unit_test(level1_label_round_level2_label),
        cmocka_unit_test(level1_stack_between_level2_labels),
        cmocka_unit_test(dates_wrapped_side_by_side),
        cmocka_unit_test(name_restates_level2_in_half_table),
        cmocka_unit_test(name_bracket_rest_below_row),
        cmocka_unit_test(name_restates_level2_beside_other_columns),
        cmocka_unit_test(mark_column_right_of_squeezed_header),
        cmocka_unit_test(name_cut_beside_target_cut_inside_word),
        cmocka_unit_test(wrapped_header_no_lower_row),
        cmocka_unit_test(joined_last_row_on_page),
        cmocka_unit_test(rows_tight_under_labels_or_targets),
        cmocka_unit_test(bracket_name_under_short_name),
        cmocka_unit_test(top_line_before_page_break),
        cmocka_unit_test(label_piece_beside_name_off_header),
        cmocka_unit_test(continued_page_opens_on_joined_row),
        cmocka_unit_test(continued_page_opens_on_narrow_joined_row),
        cmocka_unit_test(label_centred_over_page_break_furniture),
        cmocka_unit_test(continued_page_opens_on_joined_row_under_level1),
        cmocka_unit_test(continued_page_without_row_header_column),
        cmocka_unit_test(continued_whole_rows_without_label_columns),
        cmocka_unit_test(name_at_page_top_over_its_row),
        cmocka_unit_test(name_past_label_seam),
        cmocka_unit_test(level2_label_atop_continued_page),
        cmocka_unit_test(whole_level2_label_opens_continued_page),
        cmocka_unit_test(cut_row_atop_page_keeps_table),
        cmocka_unit_test(stacked_label_column_split_joined),
        cmocka_unit_test(scattered_value_column_whole),
        cmocka_unit_test(latin_name_one_space_after_label),
        cmocka_unit_test(level2_label_run_into_name),
        cmocka_unit_test(level2_rest_below_tall_row),
        cmocka_unit_test(level2_head_between_level1_lines),
        cmocka_unit_test(date_day_under_cut_head),
        cmocka_unit_test(name_closed_round_its_row),
        cmocka_unit_test(wrapped_target_under_top_name),
        cmocka_unit_test(third_label_level_beside_level2),
        cmocka_unit_test(tall_row_name_over_narrow_label_pieces),
        cmocka_unit_test(text_target_under_name_beside_label_piece),
        cmocka_unit_test(last_row_alone_over_notes),
        cmocka_unit_test(item_wrapped_over_three_lines),
        cmocka_unit_test(tight_cells_parted_where_page_before_did),
        cmocka_unit_test(text_target_round_name_line),
        cmocka_unit_test(signature_line_under_last_row),
        cmocka_unit_test(sign_one_space_after_full_name),
        cmocka_unit_test(label_atop_group_cut_by_page),
        cmocka_unit_test(rowhead_line_on_blank_between_rows),
        cmocka_unit_test(realigned_row_keeps_its_name),
        cmocka_unit_test(item_straddles_no_labels_line),
        cmocka_unit_test(first_header_words_parted_on_next_page),
        cmocka_unit_test(work_item_below_its_row_centred),
        cmocka_unit_test(level2_rest_on_figures_line),
        cmocka_unit_test(level2_head_over_figures_line),
        cmocka_unit_test(restated_label_under_far_name_head),
        cmocka_unit_test(restated_label_name_atop_row),
        cmocka_unit_test(foot_header_words_run_together),
        cmocka_unit_test(row_header_line_between_rows),
        cmocka_unit_test(targets_beside_name_rest),
        cmocka_unit_test(number_beside_joined_label),
        cmocka_unit_test(joined_row_over_lone_target),
        cmocka_unit_test(cost_level1_of_older_form),
        cmocka_unit_test(cost_level2_in_its_groups_column),
        cmocka_unit_test(name_round_lone_target_last),
        cmocka_unit_test(page_opens_on_names_round_targets),
        cmocka_unit_test(item_rest_with_room_left_goes_up),
        cmocka_unit_test(head_only_column_takes_no_moved_column),
        cmocka_unit_test(continued_page_labels_without_row_header),
        cmocka_unit_test(header_page_targets_parted_in_two_columns),
        cmocka_unit_test(names_column_drifted_right),
        cmocka_unit_test(level2_column_parted_on_page_laid_anew),
        cmocka_unit_test(name_line_over_numbered_row),
        cmocka_unit_test(label_tails_a_line_apart),
        cmocka_unit_test(two_labels_one_space_apart),
        cmocka_unit_test(stacked_characters_set_tight),
        cmocka_unit_test(full_name_line_under_top_set_row),
        cmocka_unit_test(name_rest_under_name_in_label_column),
        cmocka_unit_test(name_wrapped_in_target_column),
        cmocka_unit_test(name_tail_atop_next_page),
        cmocka_unit_test(row_a_cell_short_read_a_column_left),
        cmocka_unit_test(row_a_cell_short_name_stacked),
        cmocka_unit_test(page_opens_on_marked_name_set_tight),
        cmocka_unit_test(name_typed_in_level1_cell),
        cmocka_unit_test(label_shifted_right_under_wrapped_name),
        cmocka_unit_test(labels_placed_top_after_joined_first_row),
        cmocka_unit_test(label_pair_below_labelled_rows),
        cmocka_unit_test(top_set_name_over_nameless_row_line),
        cmocka_unit_test(work_item_drifted_into_names_column),
        cmocka_unit_test(top_name_drifted_into_work_items_column),
        cmocka_unit_test(target_columns_lost_on_page),
        cmocka_unit_test(targets_below_numbered_line),
        cmocka_unit_test(text_target_third_line_under_name_cut),
        cmocka_unit_test(level1_on_lower_middle_line),
        cmocka_unit_test(unit_of_wide_figure_in_remark_column),
        cmocka_unit_test(sign_and_unit_placed_once),
        cmocka_unit_test(row_number_after_row_header_piece),
    };
    return cmocka_run_group_tests_name("layout", tests, NULL, NULL);
}
