/*
 * gen.c — jx-bench-gen: writes a large, seeded corpus of synthetic 绩效目标表
 * text dumps for the throughput benchmark (bench/run.sh).
 *
 *   jx-bench-gen -o DIR [-m MB] [-s SEED]
 *
 * Each document is shaped like ../shared/seeds/000_target_table.txt: a
 * metadata block (title, year, 项目名称/申请金额, long paragraphs with <p>
 * debris), the two-row header (序号 一级指标 二级指标 三级指标 YYYY年目标值 /
 * 计算符号 目标值 单位) and 20–400 tab-separated indicator rows, with what
 * real dumps do to them: merged 一级/二级 labels written once (or on the
 * middle row of their span), blank lines at page breaks with or without a
 * repeated header, rows shifted left or right, combined targets (≥125家),
 * dates, qualitative targets, trailing empty cells, CRLF line ends.
 *
 * Output: DIR/docs/doc-NNNNNN.txt and DIR/manifest.tsv, one line per file:
 *   docs/doc-000001.txt <TAB> ENCODING <TAB> BYTES <TAB> ROWS
 * where ENCODING is the name uconv takes (UTF-8, GB18030, UTF-16LE) and ROWS
 * the indicator rows written.  Most files are UTF-8 (a few with a BOM); a
 * share is GB18030 and a share UTF-16LE with a BOM.  The last line on standard
 * output is the summary, key=value separated by spaces:
 *   files=N bytes=N rows=N utf8_files=N gb18030_files=N utf16le_files=N
 * The same seed and size give byte-identical output.
 */
#include <glib.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* Bumped whenever the output for a given seed and size changes, so
 * bench/run.sh knows a cached corpus is stale. */
#define GEN_FORMAT_VERSION 1

#define MIN_ROWS 20
#define MAX_ROWS 400

/* Pick one element of a static array. */
#define PICK(r, arr) ((arr)[g_rand_int_range((r), 0, (gint32)G_N_ELEMENTS(arr))])

/* ---- vocabularies (immutable) ------------------------------------------- */

static const char *const regions[] = {
    "南昌市", "九江市", "赣州市", "宜春市", "上饶市", "吉安市", "抚州市", "景德镇市",
    "萍乡市", "新余市", "鹰潭市", "东湖区", "西湖区", "青山湖区", "红谷滩区", "省级"};

static const char *const subjects[] = {
    "科技", "农业", "水利", "教育", "卫生健康", "文化旅游", "交通", "生态环境", "就业创业",
    "养老服务", "乡村振兴", "城市更新", "数字经济", "中小企业", "社区治理", "公共卫生",
    "林业", "商务", "市场监管", "应急管理", "民政", "体育", "住房保障", "人才发展"};

static const char *const actions[] = {"补助", "新增", "培训", "验收", "支持", "改造",
                                      "认定", "服务", "建设", "扶持", "引进", "评审"};

/* A countable thing, the unit it is counted in and a plausible range. */
typedef struct {
    const char *noun;
    const char *unit;
    int lo, hi;
} counted;

static const counted counted_things[] = {
    {"项目", "项", 1, 500},          {"企业", "家", 5, 3000},
    {"示范基地", "个", 1, 50},       {"培训班", "期", 2, 80},
    {"培训人员", "人次", 50, 20000}, {"农户", "户", 100, 50000},
    {"道路", "公里", 1, 300},        {"设备", "台", 5, 2000},
    {"学校", "所", 1, 120},          {"服务平台", "个", 1, 30},
    {"专利", "件", 5, 800},          {"标准", "项", 1, 40},
    {"科技人才", "名", 10, 2000},    {"宣传活动", "场", 2, 300},
    {"检测样本", "批次", 50, 10000}, {"宣传资料", "份", 500, 100000},
    {"改造面积", "平方米", 1000, 500000}, {"种植面积", "亩", 100, 100000},
    {"医疗机构", "家", 1, 300},      {"服务站点", "个", 2, 400},
    {"研发机构", "个", 1, 60},       {"合作社", "家", 3, 500}};

static const char *const programs[] = {"“双百计划”", "“洪城计划”", "“揭榜挂帅”",
                                       "“专精特新”", "“一村一品”", "“三百工程”"};

static const char *const rates[] = {"验收合格率", "达标率", "完成率", "覆盖率", "准确率",
                                    "合规率",     "使用率", "通过率", "知晓率", "合格率"};

static const char *const activities[] = {"项目验收", "资金拨付", "补助发放", "项目评审",
                                         "工程建设", "政府采购", "培训组织", "设备安装",
                                         "绩效自评", "项目申报", "活动完成", "资金下达"};

static const char *const social_aspects[] = {"公共服务水平", "群众获得感", "办事便利程度",
                                             "社会影响力",   "创新氛围",   "安全保障能力",
                                             "服务能力",     "群众健康水平", "社会知晓度"};

static const char *const qualitative_values[] = {"明显提升", "有效改善", "逐步提高", "显著增强",
                                                 "持续优化", "较好",     "好",       "有所提升"};

static const char *const sustain_values[] = {"健全", "长期", "持续发挥作用", "建立", "持续增强"};

static const char *const satisfied_whom[] = {"服务对象", "受益群众", "项目受益群众", "参训人员",
                                             "企业",     "学生及家长", "患者",     "社会公众",
                                             "项目实施单位"};

static const char *const ops_ge[] = {"≥", "≥", "≥", "≥", "=", "=", "＞", ">="};
static const char *const ops_le[] = {"≤", "≤", "≤", "=", "＜", "<="};
static const char *const qual_ops[] = {"定性", "定性", "=", ""};

static const char *const para_openers[] = {
    "为深入贯彻落实", "为进一步推动", "根据", "按照", "围绕", "结合", "立足", "聚焦"};
static const char *const para_objects[] = {
    "高质量发展要求", "“十四五”规划目标", "省委、省政府决策部署", "年度重点工作任务",
    "民生实事安排", "产业转型升级需要", "基本公共服务均等化要求", "营商环境优化行动"};
static const char *const para_verbs[] = {"加快", "持续", "着力", "全面", "大力", "稳步", "统筹"};
static const char *const para_tails[] = {
    "提升服务质量和效率", "完善体制机制", "强化资金监管", "推进重点项目建设", "扩大覆盖范围",
    "优化资源配置", "增强发展后劲", "提高资金使用效益", "健全长效管理机制", "补齐短板弱项"};
static const char *const ordinals[] = {"一是", "二是", "三是", "四是", "五是", "六是"};

/* ---- document model ------------------------------------------------------ */

typedef enum {
    K_QUANTITY, K_QUALITY, K_TIME, K_COST, K_ECON, K_SOCIAL, K_ECO, K_SUSTAIN, K_SATISFY,
    K_COUNT
} indicator_kind;

/* Relative share of a table's rows each kind gets, and how often it is there. */
static const double kind_weight[K_COUNT] = {5.0, 3.0, 1.5, 1.5, 1.5, 2.0, 0.8, 0.8, 1.0};
static const double kind_presence[K_COUNT] = {1.0, 0.9, 0.75, 0.7, 0.5, 1.0, 0.3, 0.5, 1.0};

/* One indicator row before layout.  Cells point into the row's own buffers
 * or at static strings. */
typedef struct {
    const char *l1, *l2;
    char name[160];
    char op[48];
    char value[64];
    const char *unit;
} gen_row;

/* Per-document choices made once. */
typedef struct {
    int year;
    gboolean crlf;
    gboolean cost_under_output; /* old layout: 产出指标 / 成本指标 */
    gboolean labels_centered;   /* merged labels on the middle row of their span */
    gboolean labels_repeated;   /* every row carries its labels */
    gboolean trailing_tabs;     /* rows end with empty cells */
    double shift_rate, combined_rate;
    const char *satisfy_l1, *satisfy_l2, *econ_l2, *cost_l2;
} doc_style;

/* Returns TRUE with probability p. */
static gboolean chance(GRand *r, double p)
{
    return g_rand_double(r) < p;
}

/* Appends one line end to `s` in the document's style. */
static void end_line(GString *s, const doc_style *st)
{
    g_string_append(s, st->crlf ? "\r\n" : "\n");
}

/* Returns TRUE when amounts in `unit` may have decimals (money, areas,
 * lengths, weights, percentages — not head counts). */
static gboolean unit_is_measure(const char *unit)
{
    static const char *const measures[] = {"万元", "亿元", "元", "公里", "亩", "平方米",
                                           "吨", "%", "万元/个"};
    for (gsize i = 0; i < G_N_ELEMENTS(measures); i++)
        if (strcmp(unit, measures[i]) == 0)
            return TRUE;
    return FALSE;
}

/* Writes a number between lo and hi into buf; when `decimals`, a share get
 * one decimal so number parsing sees both shapes. */
static void random_number(GRand *r, int lo, int hi, gboolean decimals, char *buf, gsize len)
{
    int v = g_rand_int_range(r, lo, hi + 1);
    if (decimals && chance(r, 0.15))
        g_snprintf(buf, len, "%d.%d", v, g_rand_int_range(r, 1, 10));
    else
        g_snprintf(buf, len, "%d", v);
}

/* Writes a percentage target (mostly high, sometimes 100) into buf. */
static void random_percent(GRand *r, int lo, char *buf, gsize len)
{
    if (chance(r, 0.35))
        g_strlcpy(buf, "100", len);
    else
        random_number(r, lo, 99, TRUE, buf, len);
}

/* Writes a date target for year `year` into buf. */
static void random_date(GRand *r, int year, char *buf, gsize len)
{
    switch (g_rand_int_range(r, 0, 5)) {
    case 0: g_snprintf(buf, len, "%d年12月31日", year); break;
    case 1: g_snprintf(buf, len, "%d年6月30日", year); break;
    case 2: g_snprintf(buf, len, "%d年%d月底前", year, g_rand_int_range(r, 3, 13)); break;
    case 3: g_snprintf(buf, len, "%d年%d月%d日", year, g_rand_int_range(r, 1, 13),
                       g_rand_int_range(r, 1, 29)); break;
    default: g_strlcpy(buf, "年底前", len); break;
    }
}

/* Fills a numeric target: operator `op`, a value in [lo, hi], `unit`. */
static void set_numeric(gen_row *row, GRand *r, const char *op, int lo, int hi, const char *unit)
{
    g_strlcpy(row->op, op, sizeof row->op);
    random_number(r, lo, hi, unit_is_measure(unit), row->value, sizeof row->value);
    row->unit = unit;
}

/* Fills a qualitative target (no unit). */
static void set_qualitative(gen_row *row, GRand *r, const char *value)
{
    g_strlcpy(row->op, PICK(r, qual_ops), sizeof row->op);
    g_strlcpy(row->value, value, sizeof row->value);
    row->unit = "";
}

/* Fills a percentage target at least `lo`. */
static void set_percent(gen_row *row, GRand *r, const char *op, int lo)
{
    g_strlcpy(row->op, op, sizeof row->op);
    random_percent(r, lo, row->value, sizeof row->value);
    row->unit = "%";
}

/* Fills name and target of `row` for an indicator of `kind` in `year`. */
static void make_indicator(GRand *r, indicator_kind kind, int year, gen_row *row)
{
    const char *subj = PICK(r, subjects);
    const counted *thing = &PICK(r, counted_things);
    switch (kind) {
    case K_QUANTITY:
        switch (g_rand_int_range(r, 0, 4)) {
        case 0: g_snprintf(row->name, sizeof row->name, "%s%s%s数", PICK(r, actions), subj, thing->noun); break;
        case 1: g_snprintf(row->name, sizeof row->name, "%s%s%s数量", subj, thing->noun, PICK(r, actions)); break;
        case 2: g_snprintf(row->name, sizeof row->name, "%s%s%s数", PICK(r, programs), thing->noun, PICK(r, actions)); break;
        default: g_snprintf(row->name, sizeof row->name, "%s%s%s", PICK(r, actions), subj, thing->noun); break;
        }
        set_numeric(row, r, PICK(r, ops_ge), thing->lo, thing->hi, chance(r, 0.1) ? "个" : thing->unit);
        break;
    case K_QUALITY:
        g_snprintf(row->name, sizeof row->name, "%s%s%s", subj, thing->noun, PICK(r, rates));
        set_percent(row, r, PICK(r, ops_ge), 80);
        break;
    case K_TIME:
        if (chance(r, 0.7)) {
            g_snprintf(row->name, sizeof row->name, "%s%s", PICK(r, activities),
                       chance(r, 0.7) ? "完成时限" : "时间");
            g_strlcpy(row->op, chance(r, 0.75) ? "≤" : (chance(r, 0.5) ? "=" : ""), sizeof row->op);
            random_date(r, year, row->value, sizeof row->value);
            row->unit = "";
        } else {
            g_snprintf(row->name, sizeof row->name, "%s及时率", PICK(r, activities));
            set_percent(row, r, PICK(r, ops_ge), 90);
        }
        break;
    case K_COST:
        switch (g_rand_int_range(r, 0, 5)) {
        case 0:
            g_snprintf(row->name, sizeof row->name, "%s单位成本", thing->noun);
            set_numeric(row, r, PICK(r, ops_le), 1, 5000, chance(r, 0.5) ? "元" : "万元");
            break;
        case 1:
            g_snprintf(row->name, sizeof row->name, "%s成本控制率", subj);
            g_strlcpy(row->op, PICK(r, ops_le), sizeof row->op);
            g_strlcpy(row->value, "100", sizeof row->value);
            row->unit = "%";
            break;
        case 2:
            g_strlcpy(row->name, chance(r, 0.5) ? "预算执行率" : "成本节约率", sizeof row->name);
            set_percent(row, r, "≥", 85);
            break;
        case 3:
            g_snprintf(row->name, sizeof row->name, "%s补助标准", thing->noun);
            set_numeric(row, r, PICK(r, ops_le), 1, 300, chance(r, 0.5) ? "万元/个" : "万元");
            break;
        default:
            g_snprintf(row->name, sizeof row->name, "%s费用", PICK(r, activities));
            set_numeric(row, r, PICK(r, ops_le), 5, 20000, "万元");
            break;
        }
        break;
    case K_ECON:
        switch (g_rand_int_range(r, 0, 5)) {
        case 0:
            g_snprintf(row->name, sizeof row->name, "带动%s产业产值", subj);
            set_numeric(row, r, "≥", 100, 900000, chance(r, 0.2) ? "亿元" : "万元");
            break;
        case 1:
            g_snprintf(row->name, sizeof row->name, "%s企业营业收入增长率", subj);
            set_percent(row, r, "≥", 3);
            break;
        case 2:
            g_strlcpy(row->name, "技术合同登记额", sizeof row->name);
            set_numeric(row, r, "=", 1000, 2000000, "万元");
            break;
        case 3:
            g_strlcpy(row->name, "带动农户人均增收", sizeof row->name);
            set_numeric(row, r, "≥", 200, 8000, "元");
            break;
        default:
            g_strlcpy(row->name, chance(r, 0.5) ? "新增税收" : "节约财政资金", sizeof row->name);
            set_numeric(row, r, "≥", 10, 50000, "万元");
            break;
        }
        break;
    case K_SOCIAL:
        if (chance(r, 0.5)) {
            g_snprintf(row->name, sizeof row->name, "%s%s", subj, PICK(r, social_aspects));
            set_qualitative(row, r, PICK(r, qualitative_values));
        } else if (chance(r, 0.5)) {
            g_snprintf(row->name, sizeof row->name, "%s服务覆盖人数", subj);
            set_numeric(row, r, "≥", 100, 200000, "人次");
        } else {
            gboolean jobs = chance(r, 0.5);
            g_strlcpy(row->name, jobs ? "新增就业岗位" : "受益人口", sizeof row->name);
            set_numeric(row, r, "≥", 10, 9000, jobs ? "个" : "人");
        }
        break;
    case K_ECO:
        switch (g_rand_int_range(r, 0, 3)) {
        case 0:
            g_strlcpy(row->name, chance(r, 0.5) ? "二氧化碳减排量" : "污染物减排量", sizeof row->name);
            set_numeric(row, r, "≥", 10, 90000, "吨");
            break;
        case 1:
            g_strlcpy(row->name, chance(r, 0.5) ? "绿化覆盖率" : "水质达标率", sizeof row->name);
            set_percent(row, r, "≥", 40);
            break;
        default:
            g_snprintf(row->name, sizeof row->name, "%s生态环境质量", PICK(r, regions));
            set_qualitative(row, r, chance(r, 0.5) ? "持续改善" : "明显改善");
            break;
        }
        break;
    case K_SUSTAIN:
        switch (g_rand_int_range(r, 0, 3)) {
        case 0:
            g_snprintf(row->name, sizeof row->name, "%s长效管理机制", subj);
            set_qualitative(row, r, PICK(r, sustain_values));
            break;
        case 1:
            g_strlcpy(row->name, "项目持续发挥作用年限", sizeof row->name);
            set_numeric(row, r, "≥", 3, 20, "年");
            break;
        default:
            g_snprintf(row->name, sizeof row->name, "%s设施正常运行率", subj);
            set_percent(row, r, "≥", 90);
            break;
        }
        break;
    case K_SATISFY:
    default:
        g_snprintf(row->name, sizeof row->name, "%s满意度", PICK(r, satisfied_whom));
        set_percent(row, r, PICK(r, ops_ge), 80);
        break;
    }
}

/* Labels of `kind` in the document's style. */
static void kind_labels(indicator_kind kind, const doc_style *st, const char **l1, const char **l2)
{
    switch (kind) {
    case K_QUANTITY: *l1 = "产出指标"; *l2 = "数量指标"; break;
    case K_QUALITY: *l1 = "产出指标"; *l2 = "质量指标"; break;
    case K_TIME: *l1 = "产出指标"; *l2 = "时效指标"; break;
    case K_COST:
        *l1 = st->cost_under_output ? "产出指标" : "成本指标";
        *l2 = st->cost_under_output ? "成本指标" : st->cost_l2;
        break;
    case K_ECON: *l1 = "效益指标"; *l2 = st->econ_l2; break;
    case K_SOCIAL: *l1 = "效益指标"; *l2 = "社会效益指标"; break;
    case K_ECO: *l1 = "效益指标"; *l2 = "生态效益指标"; break;
    case K_SUSTAIN: *l1 = "效益指标"; *l2 = "可持续影响指标"; break;
    case K_SATISFY:
    default: *l1 = st->satisfy_l1; *l2 = st->satisfy_l2; break;
    }
}

/* Chooses the document-wide style. */
static void choose_style(GRand *r, doc_style *st)
{
    st->year = g_rand_int_range(r, 2021, 2026);
    st->crlf = chance(r, 0.1);
    st->cost_under_output = chance(r, 0.25);
    st->labels_repeated = chance(r, 0.05);
    st->labels_centered = !st->labels_repeated && chance(r, 0.15);
    st->trailing_tabs = chance(r, 0.3);
    st->shift_rate = chance(r, 0.4) ? g_rand_double_range(r, 0.01, 0.08) : 0.0;
    st->combined_rate = chance(r, 0.3) ? g_rand_double_range(r, 0.02, 0.1) : 0.0;
    st->satisfy_l1 = chance(r, 0.85) ? "满意度指标" : "满意指标";
    st->satisfy_l2 = chance(r, 0.8) ? "服务对象满意度指标" : "服务对象满意度";
    st->econ_l2 = chance(r, 0.9) ? "经济效益指标" : "经济效益";
    static const char *const cost_l2s[] = {"经济成本指标", "经济成本指标", "经济成本指标",
                                           "社会成本指标", "生态环境成本指标"};
    st->cost_l2 = PICK(r, cost_l2s);
}

/* Returns a newly allocated array of `n_rows` indicator rows grouped by kind
 * in table order, each kind present by its presence rate. */
static gen_row *plan_rows(GRand *r, const doc_style *st, int n_rows)
{
    int counts[K_COUNT] = {0};
    gboolean present[K_COUNT];
    double total_weight = 0;
    int n_present = 0;
    for (int k = 0; k < K_COUNT; k++) {
        present[k] = chance(r, kind_presence[k]);
        if (present[k]) {
            total_weight += kind_weight[k];
            counts[k] = 1;
            n_present++;
        }
    }
    for (int i = n_present; i < n_rows; i++) {
        double x = g_rand_double(r) * total_weight;
        int k = 0;
        for (; k < K_COUNT - 1; k++) {
            if (!present[k])
                continue;
            if (x < kind_weight[k])
                break;
            x -= kind_weight[k];
        }
        while (!present[k]) /* fell off the end onto an absent kind */
            k--;
        counts[k]++;
    }
    gen_row *rows = g_new0(gen_row, n_rows);
    int at = 0;
    for (int k = 0; k < K_COUNT; k++) {
        for (int i = 0; i < counts[k]; i++, at++) {
            kind_labels((indicator_kind)k, st, &rows[at].l1, &rows[at].l2);
            make_indicator(r, (indicator_kind)k, st->year, &rows[at]);
        }
    }
    return rows;
}

/* Appends a paragraph of `n` sentences, optionally as <p> debris. */
static void append_paragraph(GString *s, GRand *r, int n, gboolean html)
{
    for (int i = 0; i < n; i++) {
        if (html)
            g_string_append_printf(s, "%s<p>%s", i ? " " : "", ordinals[i % G_N_ELEMENTS(ordinals)]);
        g_string_append_printf(s, "%s%s，%s%s%s工作，%s%s%s%s。", PICK(r, para_openers),
                               PICK(r, para_objects), PICK(r, para_verbs), PICK(r, subjects),
                               PICK(r, counted_things).noun, PICK(r, para_verbs), PICK(r, para_tails),
                               chance(r, 0.5) ? "，" : "、", PICK(r, para_tails));
        if (html)
            g_string_append(s, "</p>");
    }
}

/* Appends the metadata block that precedes the table. */
static void append_metadata(GString *s, GRand *r, const doc_style *st)
{
    const char *region = PICK(r, regions);
    const char *subj = PICK(r, subjects);
    end_line(s, st);
    end_line(s, st);
    g_string_append_printf(s, "%s专项资金绩效目标表", chance(r, 0.5) ? "" : subj);
    end_line(s, st);
    end_line(s, st);
    g_string_append_printf(s, "(%d年度)", st->year);
    end_line(s, st);
    end_line(s, st);
    g_string_append(s, "单位:万元");
    end_line(s, st);
    end_line(s, st);
    g_string_append(s, "项目基本信息\t\t\t");
    end_line(s, st);
    g_string_append_printf(s, "项目名称:\t%s%s发展专项资金\t申请金额:\t%d", region, subj,
                           g_rand_int_range(r, 50, 200000));
    end_line(s, st);
    if (chance(r, 0.6)) {
        g_string_append_printf(s, "主管部门:\t%s%s局\t实施单位:\t%s%s服务中心", region, subj,
                               region, subj);
        end_line(s, st);
    }
    g_string_append(s, "立项必要性:\t");
    append_paragraph(s, r, g_rand_int_range(r, 2, 9), FALSE);
    g_string_append(s, "\t\t");
    end_line(s, st);
    g_string_append(s, "实施可行性:\t");
    append_paragraph(s, r, g_rand_int_range(r, 2, 9), FALSE);
    g_string_append(s, "\t\t");
    end_line(s, st);
    g_string_append(s, "项目实施内容:\t");
    append_paragraph(s, r, g_rand_int_range(r, 2, 6), TRUE);
    g_string_append(s, "\t\t");
    end_line(s, st);
    end_line(s, st);
    g_string_append(s, "年度总体目标:\t");
    append_paragraph(s, r, g_rand_int_range(r, 1, 6), TRUE);
    end_line(s, st);
    g_string_append(s, "---------\t---");
    end_line(s, st);
    end_line(s, st);
    g_string_append(s, "年度绩效目标");
    end_line(s, st);
    end_line(s, st);
}

/* Appends the two-row table header. */
static void append_header(GString *s, const doc_style *st)
{
    g_string_append_printf(s, "序号\t一级指标\t二级指标\t三级指标\t%d年目标值\t\t", st->year);
    end_line(s, st);
    g_string_append(s, "\t\t\t\t计算符号\t目标值\t单位");
    end_line(s, st);
}

/* Returns TRUE when a merged label spanning rows [start, end) is written on
 * row i of `page` (page[j] is the page row j is on), in the document's
 * style: on the span's first row, on every row, or on the middle row of the
 * span's part on each page (a vertically centred cell, as a dump renders it).
 * `page_top` is TRUE for the first row after a page break, where dumps often
 * repeat the label. */
static gboolean label_written(const doc_style *st, const int *page, int i, int start, int end,
                              gboolean page_top)
{
    if (st->labels_repeated || page_top)
        return TRUE;
    if (!st->labels_centered)
        return i == start;
    int lo = i, hi = i + 1;
    while (lo > start && page[lo - 1] == page[i])
        lo--;
    while (hi < end && page[hi] == page[i])
        hi++;
    return i == lo + (hi - lo - 1) / 2;
}

/* Appends row `row` (sequence number `seq`) with labels l1/l2 (NULL = not
 * written), maybe combined or shifted as a converter would. */
static void append_row(GString *s, GRand *r, const doc_style *st, const gen_row *row, int seq,
                       const char *l1, const char *l2)
{
    char seqbuf[16], combined[128];
    g_snprintf(seqbuf, sizeof seqbuf, "%d", seq);
    const char *cells[9] = {seqbuf, l1 ? l1 : "", l2 ? l2 : "", row->name, row->op, row->value,
                            row->unit, NULL, NULL};
    int n = 7;
    if (row->unit[0] && row->op[0] && chance(r, st->combined_rate)) {
        /* ≥125家 in one cell: in the operator column or the value column */
        g_snprintf(combined, sizeof combined, "%s%s%s", row->op, row->value, row->unit);
        gboolean in_op = chance(r, 0.5);
        cells[4] = in_op ? combined : "";
        cells[5] = in_op ? "" : combined;
        cells[6] = "";
    }
    if (chance(r, st->shift_rate)) {
        switch (g_rand_int_range(r, 0, 3)) {
        case 0: /* empty label cell dropped: everything after it moves left */
            if (!cells[2][0]) {
                memmove(&cells[2], &cells[3], 4 * sizeof cells[0]);
                cells[6] = "";
            } else if (!cells[1][0]) {
                memmove(&cells[1], &cells[2], 5 * sizeof cells[0]);
                cells[6] = "";
            }
            break;
        case 1: /* name one column left, its gap after it: seq, '', name, '', op, … */
            if (!cells[1][0] && !cells[2][0]) {
                cells[2] = cells[3];
                cells[3] = "";
                cells[7] = "";
                n = 8;
            }
            break;
        default: { /* an extra empty cell before the 二级 label (or the name):
                    * everything from there moves one column right */
            int at = cells[2][0] ? 2 : 3;
            memmove(&cells[at + 1], &cells[at], (gsize)(7 - at) * sizeof cells[0]);
            cells[at] = "";
            n = 8;
            break;
        }
        }
    }
    for (int i = 0; i < n; i++) {
        if (i)
            g_string_append_c(s, '\t');
        g_string_append(s, cells[i]);
    }
    if (st->trailing_tabs)
        g_string_append_c(s, '\t');
    end_line(s, st);
}

/* Appends the table: header, rows with merged labels, page breaks every
 * 12–35 rows (a blank line, sometimes the header again). */
static void append_table(GString *s, GRand *r, const doc_style *st, const gen_row *rows, int n)
{
    int *page = g_new(int, n);
    for (int i = 0, p = 0, next_break = g_rand_int_range(r, 10, 31); i < n; i++) {
        if (i == next_break) {
            p++;
            next_break = i + g_rand_int_range(r, 12, 36);
        }
        page[i] = p;
    }
    append_header(s, st);
    int l1_start = 0, l2_start = 0;
    for (int i = 0; i < n; i++) {
        gboolean page_top = FALSE;
        if (i > 0 && page[i] != page[i - 1]) {
            end_line(s, st);
            if (chance(r, 0.3))
                append_header(s, st);
            page_top = chance(r, 0.5);
        }
        if (i == 0 || rows[i].l1 != rows[i - 1].l1)
            l1_start = i;
        if (i == 0 || rows[i].l2 != rows[i - 1].l2 || rows[i].l1 != rows[i - 1].l1)
            l2_start = i;
        int l1_end = i + 1, l2_end = i + 1;
        while (l1_end < n && rows[l1_end].l1 == rows[i].l1)
            l1_end++;
        while (l2_end < l1_end && rows[l2_end].l2 == rows[i].l2)
            l2_end++;
        gboolean w1 = label_written(st, page, i, l1_start, l1_end, page_top);
        gboolean w2 = label_written(st, page, i, l2_start, l2_end, page_top);
        append_row(s, r, st, &rows[i], i + 1, w1 ? rows[i].l1 : NULL, w2 ? rows[i].l2 : NULL);
    }
    g_free(page);
}

typedef enum { ENC_UTF8, ENC_GB18030, ENC_UTF16LE, ENC_COUNT } doc_encoding;

static const char *const enc_names[ENC_COUNT] = {"UTF-8", "GB18030", "UTF-16LE"};

/* Encodes UTF-8 `text` as `enc` (UTF-16LE always, UTF-8 when `bom`, with a
 * byte-order mark).  Returns a new byte array, or NULL with `error` set. */
static GByteArray *encode(const GString *text, doc_encoding enc, gboolean bom, GError **error)
{
    GByteArray *out = g_byte_array_sized_new((guint)text->len * 2 + 4);
    if (enc == ENC_UTF8) {
        if (bom)
            g_byte_array_append(out, (const guint8 *)"\xEF\xBB\xBF", 3);
        g_byte_array_append(out, (const guint8 *)text->str, (guint)text->len);
        return out;
    }
    gsize written = 0;
    char *conv = g_convert(text->str, (gssize)text->len, enc_names[enc], "UTF-8", NULL,
                           &written, error);
    if (!conv) {
        g_byte_array_unref(out);
        return NULL;
    }
    if (enc == ENC_UTF16LE)
        g_byte_array_append(out, (const guint8 *)"\xFF\xFE", 2);
    g_byte_array_append(out, (const guint8 *)conv, (guint)written);
    g_free(conv);
    return out;
}

/* Writes `data` to `path`, replacing it.  FALSE with `error` set on failure. */
static gboolean write_file(const char *path, const GByteArray *data, GError **error)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data->data, 1, data->len, f) != data->len || fclose(f) != 0) {
        int e = errno;
        g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e), "%s: %s", path,
                    g_strerror(e));
        return FALSE;
    }
    return TRUE;
}

/* Running totals of one generation run. */
typedef struct {
    guint64 files, bytes, rows;
    guint64 files_by_enc[ENC_COUNT];
} gen_totals;

/* Generates, encodes and writes document number `index` into `docs_dir`,
 * appends its manifest line to `manifest` and adds it to `totals`. */
static gboolean write_document(GRand *r, const char *docs_dir, guint64 index, FILE *manifest,
                               gen_totals *totals, GError **error)
{
    doc_style st;
    choose_style(r, &st);
    int n_rows = g_rand_int_range(r, MIN_ROWS, MAX_ROWS + 1);
    gen_row *rows = plan_rows(r, &st, n_rows);
    GString *text = g_string_sized_new(256 + (gsize)n_rows * 96);
    append_metadata(text, r, &st);
    append_table(text, r, &st, rows, n_rows);
    g_free(rows);

    double e = g_rand_double(r);
    doc_encoding enc = e < 0.78 ? ENC_UTF8 : e < 0.92 ? ENC_GB18030 : ENC_UTF16LE;
    gboolean bom = enc == ENC_UTF8 && chance(r, 0.1);
    GByteArray *bytes = encode(text, enc, bom, error);
    g_string_free(text, TRUE);
    if (!bytes)
        return FALSE;

    char name[64];
    g_snprintf(name, sizeof name, "doc-%06" G_GUINT64_FORMAT ".txt", index);
    char *path = g_build_filename(docs_dir, name, NULL);
    gboolean ok = write_file(path, bytes, error);
    g_free(path);
    if (ok) {
        fprintf(manifest, "docs/%s\t%s\t%u\t%d\n", name, enc_names[enc], bytes->len, n_rows);
        totals->files++;
        totals->bytes += bytes->len;
        totals->rows += (guint64)n_rows;
        totals->files_by_enc[enc]++;
    }
    g_byte_array_unref(bytes);
    return ok;
}

/* Generates documents into `out_dir` until they hold at least `mb` million
 * bytes.  Prints the summary line; returns FALSE with `error` set on I/O
 * failure. */
static gboolean generate(const char *out_dir, double mb, guint32 seed, GError **error)
{
    char *docs_dir = g_build_filename(out_dir, "docs", NULL);
    char *manifest_path = g_build_filename(out_dir, "manifest.tsv", NULL);
    gboolean ok = FALSE;
    FILE *manifest = NULL;
    GRand *r = g_rand_new_with_seed(seed);
    gen_totals totals = {0};
    if (g_mkdir_with_parents(docs_dir, 0755) != 0) {
        int e = errno;
        g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e), "%s: %s", docs_dir,
                    g_strerror(e));
        goto out;
    }
    manifest = fopen(manifest_path, "w");
    if (!manifest) {
        int e = errno;
        g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e), "%s: %s", manifest_path,
                    g_strerror(e));
        goto out;
    }
    const guint64 target = (guint64)(mb * 1e6);
    while (totals.bytes < target) {
        if (!write_document(r, docs_dir, totals.files + 1, manifest, &totals, error))
            goto out;
    }
    if (fclose(manifest) != 0) {
        manifest = NULL;
        g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_IO, "%s: write failed", manifest_path);
        goto out;
    }
    manifest = NULL;
    printf("files=%" G_GUINT64_FORMAT " bytes=%" G_GUINT64_FORMAT " rows=%" G_GUINT64_FORMAT
           " utf8_files=%" G_GUINT64_FORMAT " gb18030_files=%" G_GUINT64_FORMAT
           " utf16le_files=%" G_GUINT64_FORMAT "\n",
           totals.files, totals.bytes, totals.rows, totals.files_by_enc[ENC_UTF8],
           totals.files_by_enc[ENC_GB18030], totals.files_by_enc[ENC_UTF16LE]);
    ok = TRUE;
out:
    if (manifest)
        fclose(manifest);
    g_rand_free(r);
    g_free(docs_dir);
    g_free(manifest_path);
    return ok;
}

/* Parses the options and runs the generator.  Exit status: 0 done, 1 I/O
 * error, 2 usage error. */
int main(int argc, char **argv)
{
    char *out_dir = NULL;
    double mb = 300;
    gint64 seed = 20230101;
    gboolean version = FALSE;
    GOptionEntry entries[] = {
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &out_dir, "Write the corpus into DIR", "DIR"},
        {"mb", 'm', 0, G_OPTION_ARG_DOUBLE, &mb, "Total size in millions of bytes (default 300)", "MB"},
        {"seed", 's', 0, G_OPTION_ARG_INT64, &seed, "Random seed (default 20230101)", "SEED"},
        {"version", 0, 0, G_OPTION_ARG_NONE, &version, "Print the output format version", NULL},
        {NULL}};
    GOptionContext *ctx = g_option_context_new("— write a synthetic 绩效目标表 corpus");
    g_option_context_add_main_entries(ctx, entries, NULL);
    GError *error = NULL;
    int status = 0;
    if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
        fprintf(stderr, "jx-bench-gen: %s\n", error->message);
        status = 2;
    } else if (version) {
        printf("jx-bench-gen format %d\n", GEN_FORMAT_VERSION);
    } else if (!out_dir || mb <= 0 || seed < 0 || seed > G_MAXUINT32) {
        fprintf(stderr, "jx-bench-gen: need -o DIR, MB > 0 and 0 <= SEED < 2^32\n");
        status = 2;
    } else if (!generate(out_dir, mb, (guint32)seed, &error)) {
        fprintf(stderr, "jx-bench-gen: %s\n", error->message);
        status = 1;
    }
    g_clear_error(&error);
    g_option_context_free(ctx);
    g_free(out_dir);
    return status;
}
