/*
 * cellstream.c — tables whose text lost its columns.
 *
 * Text copied from a web page, a browser dump (lynx), plain `pdftotext` and
 * many scrapes give a table as a stream of cells: one cell per line or
 * paragraph, cells joined by single spaces, `|` between cells, or no
 * separator at all.  Merged cells are simply absent from the stream, so
 * rows have no fixed length and nothing but the cells themselves says where
 * one row ends and the next begins.
 *
 * This reader lives in parse/, not extract/, because rebuilding the rows
 * needs what parse knows: the header vocabulary gives the columns and their
 * order, and what a cell is (a level-1 label, a target, a number, a name)
 * decides which column it fills.  It turns a stream back into an ordinary
 * grid — the header row, then one row per indicator with every cell in its
 * column — and hands it to the table finder like any other grid, so the
 * rest of parse (labels filled down, targets read, notes) is shared.
 *
 * How a stream is read:
 *  1. A header is found by its vocabulary: three or more header words
 *     (序号, 一级指标, 三级指标, 指标值 …), one per line, several on one
 *     line, or run together (`序号一级指标二级指标`).  A header flattened
 *     from two rows (`绩效指标` over 一级|二级|三级) is put back in order.
 *  2. The body runs to a note or signature line, a title, a new header or
 *     the end of the text.
 *  3. The body is cut into pieces: lines, words between spaces or pipes,
 *     and — inside text run together — the places where a known label ends
 *     or digits start.  A dynamic programme then chooses which pieces form
 *     one cell, which column each cell fills and where each row starts,
 *     maximizing how well each cell fits its column (the weights below)
 *     with the header's column order as the constraint.
 *
 * Score and budget tables of evaluation reports are read the same way when
 * their header is one (分值, 得分, 得分率, 预算金额 …: two columns of figures
 * and one that names rows): the cells fit by kind as such tables hold them
 * (fit_scored: a label of any level is a name, 合计 names its row, figures
 * and percents fill the figure columns), a level weight is written only
 * beside its label, two figures on lines of their own are two cells, and
 * running text or a numbered section heading ends the stream.  The
 * transposed level-1 summary (指标 | 决策 | … | 合计 over 分值, 得分) has a
 * header the vocabulary alone cannot find and rows of nothing but figures:
 * its groups are gathered after the word that heads it and its rows are
 * read by rule (read_transposed).  Target tables are read as before.
 */
#include "parse/parse.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- weights */

/* A header needs this many words: two header words occur in running text. */
#define MIN_HEADER_WORDS 3
/* A header word stands alone on its line; a longer line is running text. */
#define MAX_HEADER_WORD_CHARS 16
/* A stream longer than this many lines is cut into tables of this size:
 * memory stays bounded and the finder joins the parts as page breaks. */
#define MAX_STREAM_LINES 4000
/* At most this many pieces make one cell (a name wrapped over lines, a
 * target written `≥ 16 万亩`, a sentence of 指标解释 cut into words). */
#define MAX_CELL_PIECES 12
/* A body line that reads as a title ends the stream when it is this short. */
#define MAX_TITLE_CHARS 40

/* Joining two pieces into one cell, by what separated them: a space inside
 * a line rarely separates cells of a target (`≥ 16 万亩`); a line break is a
 * cell boundary unless the line above was wrapped; text run together has
 * no boundary at all, so joining costs nothing and splitting costs a little
 * (SPLIT_SOFT), which the vocabulary must outweigh. */
#define JOIN_SPACE 0.4
#define JOIN_LINE 1.2
#define JOIN_WRAPPED_LINE 0.3
#define SPLIT_SOFT 0.6
/* Where the whole table shows a work item ends (cut_shared_items), text run
 * together parts for free and joining across costs what splitting would. */
#define JOIN_ACROSS_ITEM SPLIT_SOFT
/* A line this close to the stream's longest line was wrapped by the
 * converter, so the next line likely continues the same cell. */
#define WRAPPED_LINE_SHARE 0.85
/* When the stream's lines hold whole rows (single spaces, run together), a
 * row that starts inside a line is unlikely. */
#define ROW_MIDLINE 6.0
/* …and a row that goes on over a line break as unlikely (a wrapped row). */
#define ROW_OVER_LINE 2.0
/* Lines holding this many pieces on average hold rows, not single cells. */
#define ROW_LINE_PIECES 2.5
/* A work item heading a free level-1's group is a short phrase (up to a
 * department's 培育新型农业经营主体和高素质农民, 16); as a level-2 cell it fits
 * less well than a taxonomy label, better than a name that swallows it. */
#define FREE_LABEL_CHARS 20
#define FREE_LABEL_FIT 0.2
/* …and one that reads as a work item whole (see is_work_item) fits better
 * than a name does, less than a taxonomy label: a row whose item and name
 * stand before a single target keeps its half-year column empty rather
 * than take the name for a text target. */
#define WORK_ITEM_FIT 1.5
/* A year (which sets 成本指标's level: jx_cost_is_level2_in) is read from
 * lines this short (titles, `（2023年度）`). */
#define MAX_YEAR_LINE_CHARS 60
/* Blank lines between most lines part cells (a text browser's dump). */
#define BLANK_PARTED_SHARE 0.7

/* The cost of a row leaving a column empty.  Labels are merged cells and
 * are absent from most rows; a name or a target is in every row. */
static double skip_cost(jx_role role)
{
    switch (role) {
    case JX_ROLE_SEQ: return 1.0;
    case JX_ROLE_NAME: return 4.5;
    case JX_ROLE_VALUE: return 2.5;
    case JX_ROLE_HALF_VALUE: return 1.0;
    /* a half-year target is the one left out more often than the year's:
     * a lone operator or unit goes with the year's target */
    case JX_ROLE_HALF_OP:
    case JX_ROLE_HALF_UNIT: return 0.05;
    case JX_ROLE_WEIGHT:
    case JX_ROLE_SCORE: return 1.0;
    case JX_ROLE_TASK: return 0.3;
    /* a self-evaluation's 实际完成值 is in nearly every row; its
     * 偏差原因 is written only where the target was missed */
    case JX_ROLE_ACTUAL: return 1.5;
    case JX_ROLE_UNIT:
    case JX_ROLE_EXPLAIN:
    case JX_ROLE_DEVIATION:
    case JX_ROLE_REASON: return 0.3;
    default: return 0.1; /* labels (merged), operators, other columns */
    }
}

double jx_stream_skip_cost(jx_role role)
{
    return skip_cost(role);
}

/* TRUE when `norm` ends with an operator word (`…(续建)不少于`): the
 * operator of a target run into a name. */
#define MAX_OP_SUFFIX_CHARS 4

static gboolean ends_with_op_word(const char *norm)
{
    const char *end = norm + strlen(norm), *p = end;
    for (int n = 1; n <= MAX_OP_SUFFIX_CHARS && p > norm; n++) {
        p = g_utf8_prev_char(p);
        if (n >= 2 && p > norm && jx_norm_op(p) != JX_OP_NONE)
            return TRUE;
    }
    return FALSE;
}

/* Qualitative targets as tables print them: where one ends text run
 * together (`群众获得感有效提升`), a name may end before it. */
static const char *const qualitative_targets[] = {
    "按时完成", "按期完成", "及时完成", "全面完成", "有效提升", "有效提高", "明显提升",
    "明显提高", "明显改善", "明显增强", "逐步提高", "逐步提升", "逐步改善", "稳步提升",
    "稳步提高", "显著提升", "显著提高", "持续改善", "持续提升", "有所改善", "有所提高",
    "不断提高", "进一步提高", "进一步提升", "得到改善", "得到提升", "达到预期", "符合要求",
    "建立健全", "阶段性完成", "按进度推进", "稳步推进", "较上年下降", "较上年提高", "按计划完成",
    "进一步扩大", "逐步扩大", "逐步完善", "基本消除", "显著增强", "健全", "完善",
    "及时", "合格", "达标", "良好", "规范", "长期", "有效", "合理", "明确", "科学", "公开",
    "合规", "明显", "显著", "提高", "提升", "改善", "增强", "下降",
};

/* The shape of most other qualitative targets: a word of degree or manner,
 * then a word of change (有效提升, 进一步巩固, 得到有效保障, 总体稳定向好). */
static const char *const degree_words[] = {
    "有效", "明显", "显著", "逐步", "持续", "进一步", "不断", "稳步", "有所", "基本",
    "总体", "全面", "日益", "得到", "大幅", "较大", "长期", "切实", "积极",
};
static const char *const change_words[] = {
    "提升", "提高", "改善", "增强", "扩大", "完善", "巩固", "降低", "减少", "缩小", "丰富",
    "健全", "保障", "下降", "增加", "加强", "推进", "稳定", "向好", "好转", "优化", "发挥",
    "调动", "坚持", "发挥作用", "避免",
};
/* Such a target is a short phrase; a longer text with those words at its
 * ends is a name (有效提升基层医疗卫生服务能力). */
#define MAX_QUALITATIVE_CHARS 8

/* Words a target stated as a clause opens with (`按照项目实施方案要求持续
 * 改善，惠及更多群众`, `根据实际需要`, a bound `控制在预算范围内`, a standard
 * `达到或超过`, `实际按下拨文件为准`): inside text run together a cell may
 * start there, and a target column takes such a text as well as a short
 * qualitative target — where it stands whole on its line, or run together
 * (a clause a PDF's raw text wrapped over lines is as likely a name's). */
static const char *const target_openers[] = {"按照", "根据", "控制在", "达到或", "实际按"};
/* …of which these open a sentence: only such a one is a target wherever it
 * stands whole on a line (a bound or a standard alone on a line is a
 * target as well, but a raw PDF dump prints every cell's lines apart, and
 * there `控制在…` was measured to move more cells wrong than right). */
#define SENTENCE_OPENERS 2
#define MAX_CLAUSE_TARGET_CHARS 30

/* Marks that part clauses inside one cell: text run together never starts
 * a cell with one (`…持续改善` + `，惠及更多群众`). */
static const char *const clause_marks_inside[] = {"，", ",", "、", "；", ";", "："};

static gboolean opens_with_clause_mark(const char *text)
{
    return jx_norm_prefix_listed(text, clause_marks_inside, G_N_ELEMENTS(clause_marks_inside)) > 0;
}

/* TRUE when `s` ends with a word of `words`. */
static gboolean ends_with_any(const char *s, const char *const *words, gsize n)
{
    for (gsize i = 0; i < n; i++)
        if (g_str_has_suffix(s, words[i]))
            return TRUE;
    return FALSE;
}

/* TRUE when a whole cell (normalized) reads as a qualitative target: one of
 * the targets tables print, or a short phrase of degree and change. */
static gboolean is_qualitative_target(const char *norm, glong chars)
{
    if (chars > MAX_QUALITATIVE_CHARS)
        return FALSE;
    if (jx_norm_listed(norm, qualitative_targets, G_N_ELEMENTS(qualitative_targets)))
        return TRUE;
    return jx_norm_prefix_listed(norm, degree_words, G_N_ELEMENTS(degree_words)) &&
           ends_with_any(norm, change_words, G_N_ELEMENTS(change_words));
}

gboolean jx_stream_is_qualitative(const char *norm)
{
    return is_qualitative_target(norm, g_utf8_strlen(norm, -1));
}

/* A duty group's work item (履职 | 推进小型水库除险加固 | 巩固提升受益人口*)
 * is a verb of work and its object, ending in a word that closes such a
 * phrase; run into the row's name it is cut after the first such word the
 * name does not go on with (整治 | 提升… is one item, 整治提升). */
static const char *const item_verbs[] = {"推进", "加强", "开展", "落实", "做好", "改善", "实施", "打好", "推动", "培育"};
static const char *const item_ends[] = {"建设", "整治", "治理", "防治", "统防统治", "加固", "发展",
                                        "政策", "条件", "补偿", "计划", "工作", "提升", "监管", "行动", "活动", "开放", "农民"};
/* the object between verb and ending word is this long at least */
#define MIN_ITEM_OBJECT_CHARS 2

/* TRUE when a cell reads as a work item whole: a verb of work, its object
 * and an ending word (改善义务教育学校办学条件). */
static gboolean is_work_item(const char *norm, glong chars)
{
    if (chars < 2 + MIN_ITEM_OBJECT_CHARS + 2 || chars > FREE_LABEL_CHARS ||
        !jx_norm_prefix_listed(norm, item_verbs, G_N_ELEMENTS(item_verbs)))
        return FALSE;
    return ends_with_any(norm, item_ends, G_N_ELEMENTS(item_ends));
}

gboolean jx_stream_is_work_item(const char *norm)
{
    return is_work_item(norm, g_utf8_strlen(norm, -1));
}

/* How well a cell of kind `k` (and `chars` characters) fits a column of
 * role `role`.  Recognized kinds in their own column score high, text in a
 * text column a little, anything in the wrong column negative. */
/* How well a joined label (产出指标-数量指标) fits the one label column:
 * better than its level-1 alone (a known label, 4) by more than a name
 * gains by taking the rest: text run together as `成本指标-社会成本指标社会成本`
 * read `成本指标` | `-社会成本指标社会成本` (a text name, 1) over the joined
 * label and the name `社会成本` (a label's word, 0 as a name).  Two labels in
 * one cell are surer than one: 4 + 1, and a margin of 1. */
#define JOINED_LABEL_FIT 6.0

/* What the whole stream says about how its cells read. */
typedef struct {
    gboolean cost_level1; /* 成本指标 alone is a level-1 (see jx_cost_is_level2_in) */
    gboolean free_groups; /* a level-1 whose level-2 cells are free text (决策,
                             过程, 履职: work items, not taxonomy labels) heads
                             some of its rows */
    gboolean scored;      /* a score or budget table: rows are indicators (or
                             items) with figures, a name may be a label of any
                             level (`D1.项目效益`) and a summary row (合计) closes it */
    gboolean selfeval;    /* a self-evaluation's indicators (实际完成值 column):
                             every row prints its 分值 and 得分 */
    gboolean run_together; /* cells run together: a target stated as a
                              clause (see target_openers) is cut out of text
                              where it opens; a qualitative target is cut
                              out by its words (see add_word) and, cut out
                              whole, fits a target column as it does where
                              cells part (a mark column run on after it,
                              `进一步扩大定性以批复为准`, must not take the
                              row's target for its 备注) */
} fit_context;

/* In a score or budget table a summary word (合计, 小计) is the name of its
 * row: it fits the columns that name rows, and the 序号 column a little (a
 * merged 序号|名称 cell is written in the first of them). */
#define SUMMARY_NAME_FIT 1.5
#define SUMMARY_SEQ_FIT 0.5
/* A label of any level names a score table's row (`D1.项目效益`,
 * `D11.经济效益` are indicators of levels 1 and 2 scored like the rest). */
#define SCORED_LABEL_NAME_FIT 1
/* A 序号 is a small whole number, as are many weights and scores beside it:
 * in a score or budget table it is told by where it stands, so it fits less
 * than a figure in a figure column. */
#define SCORED_SEQ_FIT 1.5
/* A score table's level-2 groups may carry words the target framework has
 * as level-1 labels (项目效益 under 效益): a level-1 label in the level-2
 * column fits, less than in its own. */
#define SCORED_LEVEL1_AS_LEVEL2_FIT 2
/* A percent is what a rate column holds; a bare figure may be a rate too. */
#define RATE_PERCENT_FIT 3
#define RATE_FIGURE_FIT 1.5
/* A money column holds figures (14,986.50); a 执行率 column among them a
 * percent. */
#define BUDGET_FIGURE_FIT 2
/* …and is filled in every row, like a score (see skip_cost). */
#define BUDGET_SKIP 1.0
#define BUDGET_PERCENT_FIT 1.5
/* A dash in a figure column fits it, less than a figure. */
#define BLANK_FIGURE_FIT 1
/* A self-evaluation prints 分值 and 得分 on every indicator row: leaving one
 * empty costs more than in a target or score table (skip_cost), so a row
 * does not swallow the next row's name as its 偏差原因 and shift the next
 * row's cells one column right. */
#define SELFEVAL_POINTS_SKIP 2.0

/* How well a cell fits a column of a score or budget table where that
 * differs from a target table's (see fit): NAN when it does not. */
static double fit_scored(jx_role role, jx_cell_kind k, const char *norm)
{
    gboolean figure = k == JX_CK_INT || k == JX_CK_NUMBER;
    gboolean percent = k == JX_CK_TARGET && strchr(norm, '%');
    /* a dash (—) is a figure cell the form leaves empty: 其中：本年财政拨款
     * prints no 分值, 执行率 or 得分 */
    if (*norm && jx_selfeval_is_blank(norm) &&
        (role == JX_ROLE_WEIGHT || role == JX_ROLE_SCORE || role == JX_ROLE_RATE ||
         role == JX_ROLE_BUDGET))
        return BLANK_FIGURE_FIT;
    if (jx_score_is_summary(norm)) {
        switch (role) {
        case JX_ROLE_NAME:
        case JX_ROLE_TASK:
        case JX_ROLE_LEVEL1:
        case JX_ROLE_LEVEL2:
        case JX_ROLE_OTHER: return SUMMARY_NAME_FIT;
        case JX_ROLE_SEQ: return SUMMARY_SEQ_FIT;
        default: return -4;
        }
    }
    switch (role) {
    case JX_ROLE_NAME:
        return k == JX_CK_LEVEL1 || k == JX_CK_LEVEL2 ? SCORED_LABEL_NAME_FIT : NAN;
    case JX_ROLE_LEVEL2:
        /* a label both levels know (满意度) is a level-2 under the four
         * groups a score table is made of (决策, 过程, 产出, 效益) */
        if (k != JX_CK_LEVEL1)
            return NAN;
        return jx_taxonomy_level2(NULL, norm) ? 4.5 : SCORED_LEVEL1_AS_LEVEL2_FIT;
    case JX_ROLE_SEQ:
        /* 序号 or 指标编号: a small number, or an indicator code (D1, A11) */
        return (k == JX_CK_INT && g_utf8_strlen(norm, -1) <= 3) || jx_score_is_bare_code(norm)
                   ? SCORED_SEQ_FIT
                   : NAN;
    case JX_ROLE_RATE:
        return percent ? RATE_PERCENT_FIT : figure ? RATE_FIGURE_FIT : -4;
    case JX_ROLE_BUDGET:
        return figure ? BUDGET_FIGURE_FIT : percent ? BUDGET_PERCENT_FIT : -4;
    default:
        return NAN;
    }
}

/* Character classes whose change may part cells run together. */
typedef enum { CC_OTHER, CC_DIGIT, CC_OP } char_class;

static char_class class_of(gunichar c)
{
    if (g_unichar_isdigit(c) || c == '.' || c == ',')
        return CC_DIGIT;
    if (jx_norm_is_op_sign(c) || c == 0x2267 /* ≧ */ || c == 0x2266 /* ≦ */)
        return CC_OP;
    return CC_OTHER;
}

/* TRUE when text holds an operator symbol (≥, ≧, <, = …). */
static gboolean holds_op_symbol(const char *norm)
{
    for (const char *p = norm; *p; p = g_utf8_next_char(p))
        if (class_of(g_utf8_get_char(p)) == CC_OP)
            return TRUE;
    return FALSE;
}

/* A label the taxonomy knows at both levels (满意度) in the level-2 column:
 * below a level-1 label's 4, so alone it stays a level-1, above what a name
 * gets, so after a level-1 label it is the level-2 and not a name's head. */
#define SHARED_LABEL_AS_LEVEL2_FIT 2

/* A qualitative target (按时完成, 有效提升) is what a target column holds,
 * as sure a sign as a figure; as a name or a work item it would be a phrase
 * that names nothing. */
#define QUALITATIVE_TARGET_FIT 2
#define QUALITATIVE_AS_NAME_FIT (-1)
/* …and a name in a target column fits as badly as a long sentence. */
#define NAME_AS_TARGET_FIT (-1)

/* TRUE when a label opens with a form's top-level list ordinal (`一、产出指标`):
 * a label so numbered heads a section, the level-1 whatever level its words
 * could be (满意度指标). */
static gboolean opens_with_section_ordinal(const char *norm)
{
    return jx_taxonomy_after_section_ordinal(norm) != NULL;
}

/* Two labels joined in one cell are at most this long (效益指标—可持续影响指标
 * is 14 characters). */
#define MAX_JOINED_LABEL_CHARS 24

/* A text whose ending or opening verb tells an output category (森林抚育面积,
 * 聘用生态护林员): a count or a rate, which a target cell never is.  An
 * outcome's ending (群众获得感, 长效管理机制) reads as well as a qualitative
 * target and tells nothing here. */
static gboolean names_output(const char *norm)
{
    const char *code = jx_taxonomy_name_category(norm);
    return code && g_str_has_prefix(code, "output.");
}

static double fit(jx_role role, jx_cell_kind k, glong chars, const char *norm, gboolean whole,
                  const fit_context *ctx)
{
    if (ctx->scored) {
        double f = fit_scored(role, k, norm);
        if (!isnan(f))
            return f;
    }
    if (k == JX_CK_TEXT && (ctx->run_together || whole) && chars <= MAX_CLAUSE_TARGET_CHARS &&
        jx_norm_prefix_listed(norm, target_openers,
                              ctx->run_together ? G_N_ELEMENTS(target_openers) : SENTENCE_OPENERS) &&
        (role == JX_ROLE_VALUE || role == JX_ROLE_HALF_VALUE || role == JX_ROLE_ACTUAL))
        return QUALITATIVE_TARGET_FIT;
    if (k == JX_CK_TEXT && is_qualitative_target(norm, chars)) {
        switch (role) {
        case JX_ROLE_VALUE:
        case JX_ROLE_HALF_VALUE:
        case JX_ROLE_ACTUAL: return QUALITATIVE_TARGET_FIT;
        case JX_ROLE_NAME:
        case JX_ROLE_TASK: return QUALITATIVE_AS_NAME_FIT;
        default: break;
        }
    }
    switch (role) {
    case JX_ROLE_SEQ:
        return k == JX_CK_INT && chars <= 3 ? 2.5 : -6;
    case JX_ROLE_LEVEL1:
    case JX_ROLE_LEVEL2: {
        /* a label is read with its weight (`产出指标(50分)`, `决策 20`), but
         * a bare figure after it is rather the next cell run into it */
        gboolean bare_figure = *norm && g_ascii_isdigit(norm[strlen(norm) - 1]);
        jx_cell_kind own = role == JX_ROLE_LEVEL1 ? JX_CK_LEVEL1 : JX_CK_LEVEL2;
        /* a form's one label column joins both levels (产出指标-数量指标):
         * as sure a label as one the taxonomy knows, and surer than the
         * level-1 it opens with alone (see JOINED_LABEL_FIT), which it is
         * classified as */
        if ((k == JX_CK_TEXT || k == JX_CK_LEVEL1) && role == JX_ROLE_LEVEL1 &&
            chars <= MAX_JOINED_LABEL_CHARS && jx_labels_joined(norm))
            return JOINED_LABEL_FIT;
        if (k == own)
            return bare_figure ? 1 : 4;
        /* a label both levels know: 成本指标 is a level-1 since 财预〔2021〕
         * 101号 and was a level-2 under 产出指标 before.  In tables of older
         * years it fills the level-2 column unless a level-2 follows it */
        gboolean section = k == JX_CK_LEVEL1 && opens_with_section_ordinal(norm);
        if (k == JX_CK_LEVEL1 && role == JX_ROLE_LEVEL2 && !ctx->cost_level1 && !section &&
            jx_taxonomy_level2(NULL, norm))
            return bare_figure ? 1 : 4.5;
        /* other labels both levels know (满意度 under 满意度) fill the
         * level-2 column after a level-1 label: less well than their own
         * (in text run together too: such a word is cut there only where a
         * row's labels stand, see add_word) */
        if (k == JX_CK_LEVEL1 && role == JX_ROLE_LEVEL2 && !section &&
            jx_taxonomy_level2(NULL, norm))
            return bare_figure ? 1 : SHARED_LABEL_AS_LEVEL2_FIT;
        /* under a free level-1 a level-2 cell is any short text */
        if (k == JX_CK_TEXT && role == JX_ROLE_LEVEL2 && ctx->free_groups && chars <= FREE_LABEL_CHARS)
            return is_work_item(norm, chars) ? WORK_ITEM_FIT : FREE_LABEL_FIT;
        return k == JX_CK_TEXT && chars <= 10 ? (role == JX_ROLE_LEVEL1 ? -2 : -1.5) : -6;
    }
    case JX_ROLE_TASK:
        return k == JX_CK_TEXT ? 0.5 : k == JX_CK_LEVEL2 ? -1 : -4;
    case JX_ROLE_NAME:
        /* a name holds no operator: one inside is a target run into it */
        if (k == JX_CK_TEXT && !holds_op_symbol(norm) && !ends_with_op_word(norm))
            return chars <= 2 ? -1 : chars <= 30 ? 1 : 0.2; /* a name is a phrase */
        if (k == JX_CK_TEXT)
            return -1;
        return k == JX_CK_LEVEL2 ? 0 : -4;
    case JX_ROLE_HALF_VALUE:
    case JX_ROLE_VALUE:
    case JX_ROLE_ACTUAL: /* what was achieved reads like the target */
        switch (k) {
        case JX_CK_TARGET: return 3;
        case JX_CK_INT:
        case JX_CK_NUMBER:
        case JX_CK_DATE: return 2;
        /* a text a name's ending or opening verb tells the category of
         * (森林抚育面积, 聘用生态护林员) names an indicator, it states no target */
        case JX_CK_TEXT:
            return role == JX_ROLE_HALF_VALUE && whole && names_output(norm)
                       ? NAME_AS_TARGET_FIT
                   : chars <= 12                   ? 0.3
                   : chars <= 30                   ? -0.3
                                                   : -1;
        case JX_CK_MARK: return -1;
        default: return -4;
        }
    case JX_ROLE_HALF_OP:
    case JX_ROLE_OP:
        return k == JX_CK_OP ? 3 : k == JX_CK_MARK ? 2 : -4;
    case JX_ROLE_HALF_UNIT:
    case JX_ROLE_UNIT:
        return k == JX_CK_UNIT ? 3 : k == JX_CK_TEXT && chars <= 4 ? 0 : -4;
    case JX_ROLE_WEIGHT:
    case JX_ROLE_SCORE:
    case JX_ROLE_RATE:
        return k == JX_CK_INT || k == JX_CK_NUMBER ? 2 : k == JX_CK_TARGET && strchr(norm, '%') ? 1
                                                                                               : -4;
    case JX_ROLE_EXPLAIN:
    case JX_ROLE_REASON:
    case JX_ROLE_DEVIATION:
    case JX_ROLE_OTHER:
    case JX_ROLE_NONE:
        if (k == JX_CK_TEXT)
            return chars > 12 ? 1 : 0.5;
        /* marks (定量, 正向) fill the columns that hold nothing we keep */
        if (k == JX_CK_MARK)
            return role == JX_ROLE_OTHER ? 2 : -0.5;
        return k == JX_CK_TARGET ? -0.5 : k == JX_CK_INT ? -1.5 : -2;
    default:
        return -4;
    }
}

/* ------------------------------------------------------------- section rows */

/* A form's one label column (指标类别) set under level-1 labels on rows of
 * their own (`一、产出指标` over `（一）数量指标 | 名称 | 值`) shows this many
 * level-2 labels alone: one could be a name. */
#define MIN_SECTION_LABELS 2

/* TRUE when `norm` is a level-2 label and no level-1 one. */
static gboolean is_level2_only(const char *norm)
{
    return g_utf8_strlen(norm, -1) <= MAX_JOINED_LABEL_CHARS && !jx_taxonomy_level1(norm) &&
           jx_taxonomy_level2(NULL, norm);
}

/* ------------------------------------------------------------- lines */

typedef struct {
    char *raw;
    int line;
    int page;
} sline;

static void sline_clear(gpointer p)
{
    g_free(((sline *)p)->raw);
}

/* ------------------------------------------------------------- header words */

/* The words of `s` between runs of white space (ASCII, U+3000) and, with
 * `pipes`, `|`: a new vector (g_strfreev), no empty words. */
static char **split_words(const char *s, gboolean pipes)
{
    GPtrArray *out = g_ptr_array_new();
    const char *start = NULL;
    for (const char *p = s;; p = g_utf8_next_char(p)) {
        gunichar c = *p ? g_utf8_get_char(p) : 0;
        gboolean sep = !c || g_unichar_isspace(c) || c == 0x3000 || (pipes && c == '|');
        if (sep && start) {
            g_ptr_array_add(out, g_strndup(start, (gsize)(p - start)));
            start = NULL;
        } else if (!sep && !start) {
            start = p;
        }
        if (!c)
            break;
    }
    g_ptr_array_add(out, NULL);
    return (char **)g_ptr_array_free(out, FALSE);
}

/* A bracketed note after a header word stays with it (`指标值(万元)`). */
#define MAX_BRACKET_NOTE_BYTES 12

/* A header word may carry a few characters before the vocabulary's word:
 * a year (`2023年目标值`), `年度` (`年度指标值`), `半年(程)`. */
#define MAX_WORD_PREFIX_CHARS 6

/* Words that qualify a header word before it, with an optional bracketed
 * note (`半年(程)指标值`, `全年目标值`, `年度指标值`, `指标目标值`,
 * `中期指标值`: one column, not 中期 | 指标值). */
static const char *const header_qualifiers[] = {"半年", "全年", "年度", "本年",
                                                "上年", "指标", "中期"};

/* Costs of a cut into header words: each word costs WORD_COST (the fewest
 * words that cover the text win: `半年(程)指标值` is one word), each
 * character before a vocabulary word that is no year and no qualifier
 * PREFIX_CHAR_COST (`年度指标值|指标解释`, not `年度指标|值指标解释`). */
#define WORD_COST 1
#define PREFIX_CHAR_COST 2

static int prefix_cost(const char *p, const char *q)
{
    while (p < q && (g_ascii_isdigit(*p) || g_str_has_prefix(p, "年")))
        p += g_ascii_isdigit(*p) ? 1 : strlen("年");
    for (gsize i = 0; i < G_N_ELEMENTS(header_qualifiers); i++)
        if (g_str_has_prefix(p, header_qualifiers[i])) {
            p += strlen(header_qualifiers[i]);
            if (*p == '(') {
                const char *close = strchr(p, ')');
                if (close && close < q)
                    p = close + 1;
            }
            break;
        }
    int cost = WORD_COST;
    for (; p < q; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        cost += g_unichar_isdigit(c) || c == 0x5E74 /* 年 */ || c == 0x5EA6 /* 度 */
                    ? 0
                    : PREFIX_CHAR_COST;
    }
    return cost;
}

#define NO_CUT G_MAXINT

/* The header vocabulary's words by their first byte, for the cut below:
 * it tries every word at every character of a text, and a word whose first
 * byte is not the character's cannot match there (the words are never
 * empty).  Within a byte, the words keep the vocabulary's order, so the cut
 * meets the candidates in the order the whole vocabulary gave them. */
typedef struct {
    gsize n;
    const char **word;
    gsize *len;
    guint start[257]; /* order[start[b] .. start[b + 1]): the words led by byte b */
    guint *order;
} vocab_index;

static void vocab_index_init(vocab_index *vx)
{
    vx->n = jx_header_vocab_size();
    vx->word = g_new(const char *, vx->n);
    vx->len = g_new(gsize, vx->n);
    vx->order = g_new(guint, vx->n);
    guint count[257] = {0};
    for (gsize v = 0; v < vx->n; v++) {
        vx->word[v] = jx_header_vocab_word(v);
        vx->len[v] = strlen(vx->word[v]);
        count[(guchar)vx->word[v][0] + 1]++;
    }
    vx->start[0] = 0;
    for (int b = 1; b <= 256; b++)
        vx->start[b] = vx->start[b - 1] + count[b];
    guint next[256];
    memcpy(next, vx->start, sizeof next);
    for (gsize v = 0; v < vx->n; v++)
        vx->order[next[(guchar)vx->word[v][0]]++] = (guint)v;
}

static void vocab_index_clear(vocab_index *vx)
{
    g_free(vx->word);
    g_free(vx->len);
    g_free(vx->order);
}

/* TRUE when a vocabulary word starts within the first few characters of
 * `text`: most lines of a document are not headers, and this says so
 * before the cut below is tried. */
static gboolean starts_with_header_word(const vocab_index *vx, const char *text)
{
    const char *q = text;
    for (int prefix = 0; prefix <= MAX_WORD_PREFIX_CHARS && *q; prefix++) {
        guchar b = (guchar)*q;
        for (guint k = vx->start[b]; k < vx->start[b + 1]; k++) {
            gsize v = vx->order[k];
            if (strncmp(q, vx->word[v], vx->len[v]) == 0)
                return TRUE;
        }
        q = g_utf8_next_char(q);
    }
    return FALSE;
}

/* Header lines run together are short; a longer text is no header, and
 * the cut below costs its length times the vocabulary. */
#define MAX_HEADER_RUN_BYTES 240

/* The cheapest cut of `text` into header words (see prefix_cost), the
 * words appended to `out`: a dynamic programme from the end of the text
 * (best[i]: the cost of cutting text[i..] and the end of its first word),
 * so any text costs its length times the vocabulary, never more.  FALSE
 * (and `out` as it was) when no cut covers it. */
static gboolean segment_header(const char *text, GPtrArray *out)
{
    gsize n = strlen(text);
    if (!n || n > MAX_HEADER_RUN_BYTES)
        return FALSE;
    vocab_index vx;
    vocab_index_init(&vx);
    if (!starts_with_header_word(&vx, text)) {
        vocab_index_clear(&vx);
        return FALSE;
    }
    int *best = g_new(int, n + 1);
    gsize *word_end = g_new0(gsize, n + 1);
    for (gsize i = 0; i < n; i++)
        best[i] = NO_CUT;
    best[n] = 0;
    for (gsize i = n; i-- > 0;) {
        if ((text[i] & 0xC0) == 0x80)
            continue; /* not the start of a character */
        const char *p = text + i, *q = p;
        for (int prefix = 0; prefix <= MAX_WORD_PREFIX_CHARS && *q; prefix++) {
            int pc = prefix_cost(p, q);
            guchar lead = (guchar)*q;
            for (guint k = vx.start[lead]; k < vx.start[lead + 1] && pc < best[i]; k++) {
                gsize v = vx.order[k];
                const char *w = vx.word[v];
                if (!jx_norm_may_start(w, q))
                    continue;
                gsize len = vx.len[v];
                if (strncmp(q, w, len) != 0)
                    continue;
                const char *end = q + len;
                if (*end == '(') {
                    const char *close = strchr(end, ')');
                    if (close && close - end <= MAX_BRACKET_NOTE_BYTES)
                        end = close + 1;
                }
                gsize e = (gsize)(end - text);
                if (best[e] == NO_CUT || pc + best[e] >= best[i])
                    continue;
                char *word = g_strndup(p, (gsize)(end - p));
                gboolean known = jx_header_word_role(word) != JX_ROLE_NONE;
                g_free(word);
                if (known) {
                    best[i] = pc + best[e];
                    word_end[i] = e;
                }
            }
            q = g_utf8_next_char(q);
        }
    }
    gboolean ok = best[0] != NO_CUT;
    for (gsize i = 0; ok && i < n; i = word_end[i])
        g_ptr_array_add(out, g_strndup(text + i, word_end[i] - i));
    g_free(best);
    g_free(word_end);
    vocab_index_clear(&vx);
    return ok;
}

/* A header word as a whole this short is one word, whatever words it holds
 * (`指标目标值` is not 指标 + 目标值); two words run together are longer. */
#define MAX_ONE_WORD_CHARS 6

/* The characters of header word `norm` without a bracketed note closing it
 * (`中期目标值(%)` is as long as 中期目标值): a unit noted after a word makes
 * it no longer a run of two words. */
static glong word_chars(const char *norm)
{
    gsize n = strlen(norm);
    const char *open = strrchr(norm, '(');
    if (n && norm[n - 1] == ')' && open && open > norm &&
        (gsize)(norm + n - open) <= MAX_BRACKET_NOTE_BYTES)
        return g_utf8_strlen(norm, open - norm);
    return g_utf8_strlen(norm, -1);
}

/* TRUE when a cut of a text that is one header word as a whole (`whole`)
 * leaves a qualifier on its own (`半年(程)` | `指标值`): the qualifier belongs
 * to the word after it.  Words from `out[from]` on. */
static gboolean has_bare_qualifier(const GPtrArray *out, guint from, gboolean whole)
{
    if (!whole)
        return FALSE;
    for (guint i = from; i < out->len; i++) {
        const char *w = out->pdata[i];
        for (gsize q = 0; q < G_N_ELEMENTS(header_qualifiers); q++) {
            gsize n = strlen(header_qualifiers[q]);
            if (strncmp(w, header_qualifiers[q], n) == 0 && (!w[n] || w[n] == '('))
                return TRUE;
        }
    }
    return FALSE;
}

/* TRUE when normalized `norm` is one header word as it stands. */
static gboolean is_header_word(const char *norm)
{
    return g_utf8_strlen(norm, -1) <= MAX_HEADER_WORD_CHARS &&
           jx_header_word_role(norm) != JX_ROLE_NONE;
}

/* A token cut into this many header words shows a text whose cells ran
 * together (see header_words_of). */
#define MIN_RUN_WORDS 3

/* The header words a line is made of, normalized, appended to `out`; FALSE
 * (and `out` as it was) when any part of the line is not a header word.
 * Words may stand between spaces or pipes, or run together
 * (`序号一级指标二级指标`); `run_together` (may be NULL) is set when they do. */
static gboolean header_words_of(const char *raw, GPtrArray *out, gboolean *run_together)
{
    guint start = out->len;
    char **tokens = split_words(raw, TRUE);
    gboolean ok = TRUE;
    for (char **t = tokens; *t && ok; t++) {
        char *norm = jx_norm_text(*t);
        /* words run together, else one word as it stands: a word matched
         * by containment can hold another's text (`半年(程)指标值` is one
         * word, not 半年 + 指标值; `绩效指标指标值` is two) */
        guint before = out->len;
        gboolean whole = is_header_word(norm);
        if ((!whole || word_chars(norm) > MAX_ONE_WORD_CHARS) && segment_header(norm, out) &&
            out->len - before >= 2 && !has_bare_qualifier(out, before, whole)) {
            /* two words in one token may be one header cell naming two
             * things (指标编号); three or more are cells run together */
            if (run_together && out->len - before >= MIN_RUN_WORDS)
                *run_together = TRUE;
            g_free(norm);
            continue;
        }
        g_ptr_array_set_size(out, before);
        if (whole) {
            g_ptr_array_add(out, norm);
            continue;
        }
        ok = FALSE;
        g_free(norm);
    }
    g_strfreev(tokens);
    if (!ok)
        g_ptr_array_set_size(out, start);
    return ok && out->len > start;
}

/* The one header word a line is, or NULL. */
static char *header_word(const char *raw)
{
    char *norm = jx_norm_text(raw);
    if (!is_header_word(norm)) {
        g_free(norm);
        return NULL;
    }
    return norm;
}

/* TRUE when the text is the row-header word (年度绩效指标): it heads the
 * rows, it is none of their cells. */
static gboolean is_rowhead_word(const char *raw)
{
    char *word = header_word(raw);
    gboolean rowhead = word && jx_header_word_role(word) == JX_ROLE_ROWHEAD;
    g_free(word);
    return rowhead;
}

/* TRUE when a line names what a transposed summary's row holds (分值, 得分,
 * 得分率): it starts a row. */
static gboolean names_figures(const char *raw)
{
    char *w = header_word(raw);
    jx_role r = w ? jx_header_word_role(w) : JX_ROLE_NONE;
    g_free(w);
    return r == JX_ROLE_WEIGHT || r == JX_ROLE_SCORE || r == JX_ROLE_RATE;
}

/* A cell of the header grid a stream's header words make. */
typedef struct {
    int row, col, rowspan, colspan;
    char *text; /* borrowed from the words */
} hcell;

/* TRUE when one of the first `n` header roles heads the names' column.
 * A row-header word (绩效指标) after such a header is the first body
 * row's merged row-header cell, which a word processor's text export
 * writes straight after the header (it holds a position of that row, see
 * finish_positions, but heads no group); where no word heads the names
 * (序号|一级|二级|绩效指标) it is their header. */
static gboolean names_headed(const jx_role *roles, int n)
{
    for (int i = 0; i < n; i++)
        if (roles[i] == JX_ROLE_NAME)
            return TRUE;
    return FALSE;
}

/* Puts the header words of a stream back into the header they came from:
 * when a tail of the words is a lower header row (the longest tail the
 * group words before it can take, in order), two rows — each group word
 * spanning its words, the others spanning both rows — else one row.  A
 * row-header word first (年度绩效指标), heading the rows and not a column,
 * is left out; one last under a header that names its names (see
 * names_headed) is kept as the last column but takes no part in finding
 * the lower row.  Fills `cells` (hcell) and returns the number of rows. */
static int header_layout(GPtrArray *words, GArray *cells)
{
    int n = (int)words->len;
    jx_role *roles = g_new(jx_role, n);
    int *owner = g_new(int, n);
    for (int i = 0; i < n; i++)
        roles[i] = jx_header_word_role(words->pdata[i]);
    /* the first body row's row-header cell written after the header stands
     * in no lower row: it keeps its column, after the header's */
    int trailing = n > 1 && roles[n - 1] == JX_ROLE_ROWHEAD && names_headed(roles, n - 1);
    n -= trailing;
    int k = 1;
    while (k < n && !jx_header_lower_row(roles, k, n, owner))
        k++;
    int rows = k < n ? 2 : 1, col = 0;
    for (int g = 0; g < k; g++) {
        int span = 0;
        for (int t = k; t < n; t++)
            if (owner[t] == g) {
                hcell lower = {1, col + span, 1, 1, words->pdata[t]};
                g_array_append_val(cells, lower);
                span++;
            }
        /* a row-header word first heads the rows (年度绩效指标), not a
         * column; further on it heads the names (序号|一级|二级|绩效指标) */
        if (!span && g == 0 && roles[g] == JX_ROLE_ROWHEAD)
            continue;
        hcell upper = {0, col, span ? 1 : rows, MAX(span, 1), words->pdata[g]};
        g_array_append_val(cells, upper);
        col += MAX(span, 1);
    }
    if (trailing) {
        hcell rowhead = {0, col, rows, 1, words->pdata[n]};
        g_array_append_val(cells, rowhead);
    }
    g_free(owner);
    g_free(roles);
    return rows;
}

static void add_header_cells(jx_grid *g, const GArray *cells)
{
    for (guint i = 0; i < cells->len; i++) {
        const hcell *h = &g_array_index(cells, hcell, i);
        jx_grid_add_cell(g, h->row, h->col, h->rowspan, h->colspan, h->text);
    }
}

/* ------------------------------------------------------------- pieces */

typedef enum {
    BREAK_HARD,  /* a blank line, a pipe, the start: never inside a cell */
    BREAK_LINE,  /* a line break */
    BREAK_WRAP,  /* a line break after a line the converter wrapped */
    BREAK_SPACE, /* spaces inside a line */
    BREAK_SOFT,  /* nothing: text run together, split where the vocabulary says */
} break_kind;

typedef struct {
    char *text;       /* raw text of the piece */
    break_kind brk;   /* what separates it from the piece before */
    gboolean line_start; /* first piece of its line */
    gboolean known_cut;  /* the whole table shows a cell ends before it: a
                            work item (cut_shared_items) or an explanation
                            (ending_at) */
    int line, page;
    gboolean wrapped;    /* a block of several lines (see body_pieces) */
} piece;

static void piece_clear(gpointer p)
{
    g_free(((piece *)p)->text);
}

static void add_piece(GArray *pieces, const char *s, gsize n, break_kind brk, gboolean line_start,
                      const sline *l)
{
    piece pc = {.text = g_strndup(s, n), .brk = brk, .line_start = line_start, .line = l->line,
                .page = l->page};
    g_array_append_val(pieces, pc);
}

/* A 序号 opening a row run together has at most this many digits. */
#define MAX_SEQ_DIGITS 3

/* Known labels in text run together: the end of a level-1 or level-2 label
 * found at a position is a place cells may part (`产出指标数量指标培训…`). */
#define MAX_LABEL_CHARS 10
#define SHORT_LABEL_CHARS 2

/* A level-2 label's list ordinal (`（一）`, `(二)`): at most this many
 * characters, which the label's own MAX_LABEL_CHARS do not count
 * (`（一）服务对象满意度指标` is a label of 9 characters, not a 10-character
 * one and `指标` run into the name after it). */
#define MAX_ORDINAL_CHARS 4

/* The characters of the bracketed list ordinal `p` opens with, or 0. */
static glong bracketed_ordinal_chars(const char *p)
{
    static const char *const opens[] = {"（", "("}, *const closes[] = {"）", ")"};
    for (gsize k = 0; k < G_N_ELEMENTS(opens); k++) {
        if (!g_str_has_prefix(p, opens[k]))
            continue;
        const char *q = p + strlen(opens[k]);
        glong n = 1;
        for (; *q && n < MAX_ORDINAL_CHARS; n++, q = g_utf8_next_char(q)) {
            if (!jx_taxonomy_list_numeral(g_utf8_get_char(q)))
                break;
        }
        for (gsize c = 0; c < G_N_ELEMENTS(closes); c++)
            if (n > 1 && g_str_has_prefix(q, closes[c]))
                return n + 1;
    }
    return 0;
}

static glong label_at(const char *p)
{
    /* a 序号 before a label is a cell of its own (the taxonomy would read
     * `1产出指标` as a label with its code) */
    if (g_ascii_isdigit(*p))
        return 0;
    char buf[(MAX_LABEL_CHARS + MAX_ORDINAL_CHARS) * 4 + 1];
    glong best = 0;
    const char *q = p;
    glong most = MAX_LABEL_CHARS + bracketed_ordinal_chars(p);
    for (glong n = 1; n <= most && *q; n++) {
        /* a figure after a label is a cell of its own, not its weight */
        if (g_ascii_isdigit(*q))
            break;
        q = g_utf8_next_char(q);
        gsize len = (gsize)(q - p);
        if (len >= sizeof buf)
            break;
        memcpy(buf, p, len);
        buf[len] = '\0';
        if (n >= 2 && (jx_label_either_level(buf)))
            best = (glong)len;
    }
    return best;
}

/* The bytes of the level-1 label a known label at `p` of `len` bytes begins
 * with when the rest is a level-2 label (`产出` of `产出数量指标`), or 0:
 * two label cells run together that the taxonomy also reads as one. */
static gsize fused_level1_at(const char *p, glong len)
{
    char buf[MAX_LABEL_CHARS * 4 + 1];
    if (len <= 0 || (gsize)len >= sizeof buf)
        return 0;
    memcpy(buf, p, (gsize)len);
    buf[len] = '\0';
    const char *q = buf;
    for (glong n = 1; n < MAX_LABEL_CHARS && *q; n++) {
        q = g_utf8_next_char(q);
        if (!*q)
            break;
        gsize k = (gsize)(q - buf);
        char c = buf[k];
        buf[k] = '\0';
        gboolean level1 = n >= 2 && jx_taxonomy_level1(buf);
        buf[k] = c;
        if (level1 && g_utf8_strlen(q, -1) >= 2 && jx_taxonomy_level2(NULL, q))
            return k;
    }
    return 0;
}

/* TRUE when the `n` bytes at `p` end with JX_LABEL_SUFFIX, as a level-2
 * label in the framework's own style does. */
static gboolean fused_rest_is_indicator(const char *p, gsize n)
{
    gsize k = strlen(JX_LABEL_SUFFIX);
    return n > k && memcmp(p + n - k, JX_LABEL_SUFFIX, k) == 0;
}

/* TRUE when rows of text run together write level-2 labels without the
 * level-1 word some of them could carry (`质量指标…` where `产出质量指标`
 * would read as one label too): that form's `产出数量指标` is the level-1
 * cell 产出 run into the level-2 cell 数量指标.  A form whose level-2
 * labels carry the word (产出指标 | 产出数量, 产出质量) writes none bare. */
static gsize rowhead_prefix(const char *raw);

/* Past the 序号 that opens a row at `p` (`5数量新建…`: at most
 * MAX_SEQ_DIGITS digits), or `p` itself where none does. */
static const char *past_row_number(const char *p)
{
    const char *end = p;
    while (g_ascii_isdigit(*end) && end - p < MAX_SEQ_DIGITS)
        end++;
    return g_ascii_isdigit(*end) ? p : end;
}

/* Where the labels of body line `raw` stand: past its row-header word, the
 * spaces after it and its 序号. */
static const char *row_labels_at(const char *raw)
{
    const char *p = raw + rowhead_prefix(raw);
    while (*p == ' ')
        p++;
    return past_row_number(p);
}

static gboolean writes_bare_level2(const GArray *lines)
{
    GPtrArray *fused = g_ptr_array_new_with_free_func(g_free); /* level-1 words seen fused */
    GPtrArray *bare = g_ptr_array_new_with_free_func(g_free);  /* labels opening rows */
    for (guint i = 0; i < lines->len; i++) {
        const char *p = row_labels_at(g_array_index(lines, sline, i).raw);
        /* the labels a row opens with: level-1, level-2 */
        for (int k = 0; k < 2; k++) {
            glong len = label_at(p);
            if (len <= 0)
                break;
            gsize l1 = fused_level1_at(p, len);
            if (l1)
                g_ptr_array_add(fused, g_strndup(p, l1));
            else
                g_ptr_array_add(bare, g_strndup(p, (gsize)len));
            p += len;
        }
    }
    gboolean yes = FALSE;
    for (guint f = 0; f < fused->len && !yes; f++)
        for (guint b = 0; b < bare->len && !yes; b++) {
            const char *label = bare->pdata[b];
            if (jx_taxonomy_level1(label) || !jx_taxonomy_level2(NULL, label))
                continue;
            char *joined = g_strconcat(fused->pdata[f], label, NULL);
            yes = g_utf8_strlen(joined, -1) <= MAX_LABEL_CHARS && jx_taxonomy_level2(NULL, joined);
            g_free(joined);
        }
    g_ptr_array_unref(fused);
    g_ptr_array_unref(bare);
    return yes;
}

/* The short labels (成本, 数量) whose full form (成本指标) opens a row of
 * `lines`: a form writes each label one way, so where its rows write 成本指标
 * a row opening `成本节约率…` opens with a name, not with the label 成本.
 * A set of new strings (free with g_hash_table_unref). */
static GHashTable *labels_written_full(const GArray *lines)
{
    GHashTable *full = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    gsize suffix = strlen(JX_LABEL_SUFFIX);
    for (guint i = 0; i < lines->len; i++) {
        const char *p = row_labels_at(g_array_index(lines, sline, i).raw);
        while (*p == ' ')
            p++;
        glong len = label_at(p);
        if (len <= 0 || !fused_rest_is_indicator(p, (gsize)len))
            continue;
        char *bare = g_strndup(p, (gsize)len - suffix);
        if (g_utf8_strlen(bare, -1) <= SHORT_LABEL_CHARS &&
            (jx_label_either_level(bare)))
            g_hash_table_add(full, bare);
        else
            g_free(bare);
    }
    return full;
}

/* The bytes of the longest unit at `p` (`人次`, `万元`, `元/人`), or 0:
 * after a figure, where a unit ends text run together may part. */
#define MAX_UNIT_CHARS 6

/* The bytes of the longest word at `p`, of `min` to `max` characters, that
 * `is_word` accepts, or 0. */
static gsize longest_word_at(const char *p, int min, int max, gboolean (*is_word)(const char *))
{
    gsize best = 0;
    const char *q = p;
    for (int n = 1; n <= max && *q; n++) {
        q = g_utf8_next_char(q);
        if (n < min)
            continue;
        char *w = g_strndup(p, (gsize)(q - p));
        if (is_word(w))
            best = (gsize)(q - p);
        g_free(w);
    }
    return best;
}

static gboolean is_unit(const char *w)
{
    char *unit = jx_norm_unit(w);
    gboolean yes = unit != NULL;
    g_free(unit);
    return yes;
}

static gsize unit_at(const char *p)
{
    return longest_word_at(p, 1, MAX_UNIT_CHARS, is_unit);
}

/* The bytes of a date at `p` (`2023年12月31日`, `2023-12-31`, `2023.12`),
 * or 0: its parts are figures and units, but it is one cell. */
static gsize date_at(const char *p)
{
    const char *q = p;
    int digits = 0;
    while (g_ascii_isdigit(*q) && digits < 5) {
        q++;
        digits++;
    }
    if (digits != 4)
        return 0;
    static const char *const seps[] = {"年", "-", ".", "/"};
    for (gsize i = 0; i < G_N_ELEMENTS(seps); i++) {
        if (!g_str_has_prefix(q, seps[i]))
            continue;
        const char *r = q + strlen(seps[i]);
        int md = 0;
        while (g_ascii_isdigit(r[md]) && md < 3)
            md++;
        if (md < 1 || md > 2)
            return 0;
        r += md;
        if (i == 0) {
            if (!g_str_has_prefix(r, "月"))
                return 0;
            r += strlen("月");
            int d = 0;
            while (g_ascii_isdigit(r[d]) && d < 3)
                d++;
            if (d >= 1 && d <= 2) {
                r += d;
                if (g_str_has_prefix(r, "日"))
                    r += strlen("日");
                else if (g_str_has_prefix(r, "号"))
                    r += strlen("号");
            }
        } else if (g_str_has_prefix(r, seps[i]) && g_ascii_isdigit(r[1])) {
            /* a day has two digits at most: a year run on after it is the
             * next date (`2021-06-302021-12-25`, half-year and year) */
            r++;
            int d = 0;
            while (g_ascii_isdigit(r[d]) && d < 2)
                d++;
            r += d;
        }
        /* 前, 之前, 以前 belong to the date (a deadline) */
        static const char *const befores[] = {"之前", "以前", "前"};
        for (gsize b = 0; b < G_N_ELEMENTS(befores); b++)
            if (g_str_has_prefix(r, befores[b])) {
                r += strlen(befores[b]);
                break;
            }
        return (gsize)(r - p);
    }
    return 0;
}

/* The bytes of a word at `p` that states a target's direction after its
 * figure (以上, 及以下, 以内), or 0. */
#define MAX_TRAILING_OP_CHARS 3

static gboolean is_op_after(const char *w)
{
    return jx_norm_op_after(w) != JX_OP_NONE;
}

static gsize trailing_op_at(const char *p)
{
    return longest_word_at(p, 1, MAX_TRAILING_OP_CHARS, is_op_after);
}

/* The bytes of an operator word at `p` (不低于, 不高于, 大于等于), or 0. */
#define MAX_OP_WORD_CHARS 4

static gboolean is_op_word(const char *w)
{
    return jx_norm_op(w) != JX_OP_NONE;
}

static gsize op_word_at(const char *p)
{
    if (!(*p & 0x80))
        return 0; /* symbols are cut by their character class */
    return longest_word_at(p, 2, MAX_OP_WORD_CHARS, is_op_word);
}

/* TRUE when `s` is made of words of degree and change only (得到有效保障 =
 * 得到 + 有效 + 保障): a phrase of that shape whose middle holds another word
 * (基本生活有效保障, 积极性明显提高) ends a name with its last words only. */
static gboolean made_of_degree_and_change(const char *s)
{
    if (!*s)
        return TRUE;
    for (int pass = 0; pass < 2; pass++) {
        const char *const *words = pass ? change_words : degree_words;
        gsize n = pass ? G_N_ELEMENTS(change_words) : G_N_ELEMENTS(degree_words);
        for (gsize i = 0; i < n; i++)
            if (g_str_has_prefix(s, words[i]) && made_of_degree_and_change(s + strlen(words[i])))
                return TRUE;
    }
    return FALSE;
}

/* The start of the longest phrase of degree and change (see degree_words)
 * that ends the first `n` bytes of `w` (`…兜底保障能力进一步增强`), no longer
 * than MAX_QUALITATIVE_CHARS and made of such words only: a byte offset > 0,
 * or -1. */
static gssize degree_change_suffix(const char *w, gsize n)
{
    char *head = g_strndup(w, n);
    gssize best = -1;
    if (ends_with_any(head, change_words, G_N_ELEMENTS(change_words))) {
        const char *p = head + n;
        for (int k = 0; k < MAX_QUALITATIVE_CHARS && p > head; k++) {
            p = g_utf8_prev_char(p);
            if (p > head && jx_norm_prefix_listed(p, degree_words, G_N_ELEMENTS(degree_words)) &&
                made_of_degree_and_change(p))
                best = p - head;
        }
    }
    g_free(head);
    return best;
}

/* Targets made of two listed ones (长期 + 有效): text run together cuts
 * the compound whole, where the list alone would cut it in two and leave
 * the first half to the name (`持续发挥效益长期` | `有效`).  A cell of its own
 * is read whole anyway. */
static const char *const compound_targets[] = {"长期有效"};

gboolean jx_stream_is_compound_target(const char *norm)
{
    return jx_norm_listed(norm, compound_targets, G_N_ELEMENTS(compound_targets));
}

/* Targets of a cost indicator that states what the project does not cost
 * (对周边群众生产生活的影响 | 无, 社会成本 | 无明显社会成本): a word of absence or
 * smallness alone, or a phrase opening with absence and a degree, at most
 * MAX_QUALITATIVE_CHARS long.  A name rarely ends so, except 有无 (asks,
 * states nothing). */
static const char *const absence_targets[] = {"无", "较小", "较低", "轻微"};
static const char *const absence_openers[] = {"无明显", "无不良", "无重大", "无负面"};
static const char *const absence_question = "有无";

gboolean jx_stream_is_absence_target(const char *norm)
{
    if (jx_norm_listed(norm, absence_targets, G_N_ELEMENTS(absence_targets)))
        return TRUE;
    return g_utf8_strlen(norm, -1) <= MAX_QUALITATIVE_CHARS &&
           jx_norm_prefix_listed(norm, absence_openers, G_N_ELEMENTS(absence_openers));
}

/* The start of a target of absence (see absence_targets) that ends the first
 * `n` bytes of `w` (a byte offset > 0), or -1. */
static gssize absence_suffix(const char *w, gsize n)
{
    char *head = g_strndup(w, n);
    gssize best = -1;
    const char *p = head + n;
    for (int k = 0; k < MAX_QUALITATIVE_CHARS && p > head; k++) {
        p = g_utf8_prev_char(p);
        if (p > head && jx_norm_prefix_listed(p, absence_openers, G_N_ELEMENTS(absence_openers)))
            best = p - head;
    }
    if (best < 0 && !g_str_has_suffix(head, absence_question))
        for (gsize i = 0; i < G_N_ELEMENTS(absence_targets); i++) {
            gsize k = strlen(absence_targets[i]);
            if (k < n && g_str_has_suffix(head, absence_targets[i]))
                best = (gssize)(n - k);
        }
    g_free(head);
    return best;
}

/* The start of a qualitative target that ends the first `n` bytes of `w`
 * (a byte offset > 0), or -1. */
static gssize qualitative_suffix(const char *w, gsize n)
{
    gssize best = -1;
    /* the same target twice, half-year and year (`健全健全`): the second */
    for (gsize k = 3; k * 2 < n; k++)
        if (memcmp(w + n - k, w + n - 2 * k, k) == 0 && g_utf8_validate(w + n - k, (gssize)k, NULL) &&
            jx_norm_is_cjk(g_utf8_get_char(w + n - k)))
            best = (gssize)(n - k);
    if (best >= 0)
        return best;
    for (gsize i = 0; i < G_N_ELEMENTS(qualitative_targets); i++) {
        gsize k = strlen(qualitative_targets[i]);
        if (k < n && memcmp(w + n - k, qualitative_targets[i], k) == 0 &&
            (best < 0 || (gssize)(n - k) < best))
            best = (gssize)(n - k);
    }
    for (gsize i = 0; i < G_N_ELEMENTS(compound_targets); i++) {
        gsize k = strlen(compound_targets[i]);
        if (k < n && memcmp(w + n - k, compound_targets[i], k) == 0 &&
            (best < 0 || (gssize)(n - k) < best))
            best = (gssize)(n - k);
    }
    gssize shaped = degree_change_suffix(w, n);
    if (shaped > 0 && (best < 0 || shaped < best))
        best = shaped;
    gssize absent = absence_suffix(w, n);
    if (absent > 0 && (best < 0 || absent < best))
        best = absent;
    return best;
}

/* A qualitative target this long is a phrase of its own even inside text
 * (`显著提升`); shorter ones (`提升`) are words of names too. */
#define MIN_INNER_TARGET_BYTES 12
#define MAX_INNER_TARGETS 4

/* Offsets before and after the long qualitative targets inside `w` (not at
 * its start or end), into `cuts` (2 * MAX_INNER_TARGETS entries); their count. */
static int inner_targets(const char *w, gssize *cuts)
{
    int n = 0;
    gsize len = strlen(w);
    for (gsize i = 0; i < G_N_ELEMENTS(qualitative_targets) && n < 2 * MAX_INNER_TARGETS; i++) {
        const char *t = qualitative_targets[i];
        gsize k = strlen(t);
        if (k < MIN_INNER_TARGET_BYTES)
            continue;
        const char *hit = strstr(w, t);
        if (!hit || hit == w || (gsize)(hit - w) + k >= len)
            continue;
        cuts[n++] = hit - w;
        cuts[n++] = hit - w + (gssize)k;
    }
    return n;
}

static gboolean is_cut(const gssize *cuts, int n, gssize at)
{
    for (int i = 0; i < n; i++)
        if (cuts[i] == at)
            return TRUE;
    return FALSE;
}

/* The pieces one word is cut into: the first keeps the word's own break
 * (and its place at the start of a line), the rest follow with none. */
typedef struct {
    GArray *pieces;
    break_kind brk;
    gboolean line_start;
    gboolean first;
    const sline *l;
} word_cutter;

static void emit_piece(word_cutter *wc, const char *s, gsize n)
{
    add_piece(wc->pieces, s, n, wc->first ? wc->brk : BREAK_SOFT, wc->first && wc->line_start,
              wc->l);
    wc->first = FALSE;
}

/* A figure run together with itself has halves of at least this many
 * digits: `11` is a figure, `9191` two. */
#define MIN_TWIN_DIGITS 2
/* Four digits from here to YEAR_LAST read as a year (2020), not 20 | 20. */
#define YEAR_FIRST 1900
#define YEAR_LAST 2099

/* TRUE when the `n` bytes at `s` are a figure written twice with nothing
 * between (`9191`, `100100`): a mid-term and a year's target alike, run
 * together where the converter dropped the cells' separators. */
static gboolean twin_figure(const char *s, gsize n)
{
    if (n % 2 || n < 2 * MIN_TWIN_DIGITS)
        return FALSE;
    for (gsize i = 0; i < n; i++)
        if (!g_ascii_isdigit(s[i]))
            return FALSE;
    if (s[0] == '0' || memcmp(s, s + n / 2, n / 2) != 0)
        return FALSE;
    int year = 0;
    for (gsize i = 0; n == 4 && i < n; i++)
        year = year * 10 + (s[i] - '0');
    return !(year >= YEAR_FIRST && year <= YEAR_LAST);
}

/* Emits a piece; a twin figure as its two halves, which the row's reading
 * joins again where the table holds one target a row (SPLIT_SOFT). */
static void emit(word_cutter *wc, const char *s, gsize n)
{
    if (twin_figure(s, n)) {
        emit_piece(wc, s, n / 2);
        emit_piece(wc, s + n / 2, n / 2);
        return;
    }
    emit_piece(wc, s, n);
}

/* Cuts a word (no spaces) into pieces where cells may part: around known
 * labels, where digits or operators start or end, and after the unit
 * that follows a figure. */
/* TRUE when the short label of `len` bytes at `p` is a label of one level
 * only (产出, 数量, 质量; not 成本): after a row's 序号 such a word opens its
 * label cell (`5数量新建港湾式候车亭`, `8产出安全生命防护工程里程`), where a
 * word both levels know opens names as often (`50成本节约率`). */
static gboolean short_label_of_one_level(const char *p, glong len)
{
    char *w = g_strndup(p, (gsize)len);
    gboolean yes = (jx_taxonomy_level1(w) != NULL) != (jx_taxonomy_level2(NULL, w) != NULL);
    g_free(w);
    return yes;
}

/* The byte offset of the first mark (定量, 定性, 正向 …: see jx_cell_mark_at)
 * past the start of `w`, or 0. */
static gsize first_mark(const char *w)
{
    for (const char *p = g_utf8_next_char(w); *p; p = g_utf8_next_char(p))
        if (jx_cell_mark_at(p))
            return (gsize)(p - w);
    return 0;
}

/* The first place after its start where `w` opens a target stated as a
 * clause (see target_openers), or -1. */
static gssize clause_target_at(const char *w)
{
    gssize first = -1;
    for (gsize i = 0; i < G_N_ELEMENTS(target_openers); i++) {
        const char *hit = strstr(w + 1, target_openers[i]);
        if (hit && (first < 0 || hit - w < first))
            first = hit - w;
    }
    return first;
}

/* TRUE when the label ending at `p` (from `label`) is a level-1 whose
 * group takes the short label of `len` bytes at `p` as its level-2
 * (`产出数量`): right after a label such a word is a label cell too.  One
 * no group takes there (`成本指标成本节约率`: 成本 is no level-2 under
 * 成本; after a level-2 comes a name) is a name's first word. */
static gboolean takes_level2(const char *label, const char *p, glong len)
{
    char *head = g_strndup(label, (gsize)(p - label));
    char *word = g_strndup(p, (gsize)len);
    const char *code = jx_taxonomy_level1(head);
    gboolean takes = code && jx_taxonomy_level2(code, word);
    g_free(head);
    g_free(word);
    return takes;
}

/* TRUE when the short label of `len` bytes at `p` is in `written_full`. */
static gboolean short_written_full(GHashTable *written_full, const char *p, glong len)
{
    if (!written_full)
        return FALSE;
    char *word = g_strndup(p, (gsize)len);
    gboolean yes = g_hash_table_contains(written_full, word);
    g_free(word);
    return yes;
}

/* Cuts a word of text run together into pieces (see label_at and the cuts
 * below).  `split_fused`: the table writes level-2 labels bare, so a fused
 * label is two cells wherever it stands; `opens_groups`: the word is the
 * first row of a table, where a fused label at the row's head is two. */
static void add_word(GArray *pieces, const char *w, break_kind brk, gboolean line_start,
                     gboolean split_fused, gboolean opens_groups, GHashTable *written_full,
                     const sline *l)
{
    word_cutter wc = {pieces, brk, line_start, TRUE, l};
    const char *start = w, *p = w;
    /* where a row's labels stand: the start of its line, or after the 序号
     * that opens it (`5数量新建港湾式候车亭`) */
    const char *row_head = line_start ? past_row_number(w) : w;
    char_class prev = CC_OTHER;
    const char *after_label = NULL; /* the label just cut, if the text is right after it */
    /* a year's and a half-year's qualitative targets may both end it
     * (`…合理性按进度推进合理`): up to two cuts, the last first */
    gssize qual[2 + 2 * MAX_INNER_TARGETS];
    int n_qual = 0;
    gsize qual_end = strlen(w);
    for (int q = 0; q < 2; q++) {
        gssize at = qualitative_suffix(w, qual_end);
        if (at <= 0)
            break;
        qual[n_qual++] = at;
        qual_end = (gsize)at;
    }
    /* a mark run on after the target (`群众获得感有效提升定性暂定`: the 指标性质
     * column): the target ends before it as it would end the text */
    gsize mark = first_mark(w);
    if (mark && n_qual < 2) {
        gssize at = qualitative_suffix(w, mark);
        if (at > 0)
            qual[n_qual++] = at;
    }
    /* a long qualitative target inside the text, the 指标解释 run on after
     * it (`显著提升全部完成得满分`): cuts before and after it */
    n_qual += inner_targets(w, qual + n_qual);
    /* a target stated as a clause (`按照…要求持续改善，…`) holds qualitative
     * words of its own: no cut after where it opens */
    gssize clause = clause_target_at(w);
    if (clause > 0)
        for (int q = 0; q < n_qual; q++)
            if (qual[q] > clause)
                qual[q] = clause;
    while (*p) {
        gsize date = date_at(p);
        if (date) {
            /* a date is one piece: no cut at its 年 and 月 */
            if (p > start)
                emit(&wc, start, (gsize)(p - start));
            emit(&wc, p, date);
            p += date;
            start = p;
            prev = CC_OTHER;
            continue;
        }
        /* the mark joining a level-1 and a level-2 label in one 指标类型
         * cell (`满意度/服务对象满意度群众…`) is a piece of its own, and the
         * text after it still stands right after the level-1: a level-2
         * written without its 指标 parts from the name there */
        gsize joiner = after_label && p == start ? jx_labels_joiner_at(p) : 0;
        if (joiner) {
            emit(&wc, p, joiner);
            p += joiner;
            start = p;
            prev = CC_OTHER;
            continue;
        }
        glong label = label_at(p);
        /* two label cells the taxonomy also reads as one: the level-1
         * first, the rest after it — where the rest is a level-2 in the
         * 指标 style (`产出数量指标`: forms that prefix the level-1 word
         * write 产出数量 without it) or the rows say so (writes_bare_level2) */
        gsize fused = label > 0 ? fused_level1_at(p, label) : 0;
        if (fused && (split_fused || (opens_groups && p == row_head) ||
                      fused_rest_is_indicator(p + fused, (gsize)label - fused)))
            label = (glong)fused;
        /* a two-character label (数量, 成本) inside text is as likely a
         * name's word: it parts cells only where a row's labels stand, at
         * the word's start or right after another label */
        if (label > 0 && g_utf8_strlen(p, label) <= SHORT_LABEL_CHARS && p != w &&
            (after_label ? !takes_level2(after_label, p, label)
                         : p != row_head || !short_label_of_one_level(p, label)))
            label = 0;
        /* …and none at all where the table writes it in full (see
         * labels_written_full), unless text stops right after it */
        if (label > 0 && g_utf8_strlen(p, label) <= SHORT_LABEL_CHARS && p[label] &&
            !after_label && short_written_full(written_full, p, label))
            label = 0;
        /* a label without its 指标 inside text (公共服务满意度提升) is a
         * name's word as well: it parts cells only where a row's labels
         * stand, at its head or right after another label */
        if (label > 0 && p != w && p != row_head && !after_label &&
            !fused_rest_is_indicator(p, (gsize)label))
            label = 0;
        if (!label)
            label = (glong)jx_cell_mark_at(p);
        gsize op_word = label ? 0 : op_word_at(p);
        if (op_word && p == start) {
            /* an operator word opening a piece: no cut inside it (不低于
             * holds 低于) */
            p += op_word;
            prev = CC_OTHER;
            continue;
        }
        if (!label && p > start &&
            (op_word || is_cut(qual, n_qual, p - w) ||
             jx_norm_prefix_listed(p, target_openers, G_N_ELEMENTS(target_openers))))
            label = -1; /* a cut, with no piece of its own */
        gunichar c = g_utf8_get_char(p);
        char_class cc = class_of(c);
        gboolean cut = p > start && (label || (cc != prev && !(prev == CC_OP && cc == CC_DIGIT)));
        if (cut) {
            emit(&wc, start, (gsize)(p - start));
            start = p;
        }
        gsize unit = prev == CC_DIGIT && cc != CC_DIGIT ? unit_at(p) : 0;
        /* a word that states the target's direction after it stays with
         * the unit (`560万元以上`): it is no cell of its own */
        if (unit)
            unit += trailing_op_at(p + unit);
        if (unit && !label) {
            emit(&wc, p, unit);
            p += unit;
            start = p;
            prev = CC_OTHER;
            continue;
        }
        if (label < 0) {
            /* the cut is made: the text goes on from here (no cut inside an
             * operator word: 不低于 holds 低于) */
            prev = cc;
            p = op_word ? p + op_word : g_utf8_next_char(p);
            continue;
        }
        if (label) {
            /* the label is one piece; what follows starts a new one */
            emit(&wc, p, (gsize)label);
            after_label = p;
            p += label;
            start = p;
            prev = CC_OTHER;
            continue;
        }
        after_label = NULL;
        prev = cc;
        p = g_utf8_next_char(p);
    }
    if (p > start)
        emit(&wc, start, (gsize)(p - start));
}

static gboolean is_bare_figure(const char *raw)
{
    char *t = g_strstrip(g_strdup(raw));
    gboolean bare = *t != '\0';
    for (const char *p = t; *p; p++)
        bare &= g_ascii_isdigit(*p) != 0;
    g_free(t);
    return bare;
}

/* The bytes of a row-header word (年度绩效指标) that a line run together
 * starts with, or 0: it heads the rows, it is none of their cells. */
static gsize rowhead_prefix(const char *raw)
{
    for (gsize i = 0; i < jx_header_vocab_size(); i++) {
        const char *w = jx_header_vocab_word(i);
        if (g_str_has_prefix(raw, w) && jx_header_word_role(w) == JX_ROLE_ROWHEAD &&
            raw[strlen(w)])
            return strlen(w);
    }
    return 0;
}

/* Work items run into their indicators' names.  A table with a 名称 (work
 * item) column run together gives `实施学生营养改善计划新建标准化考点数`:
 * no vocabulary knows where the item ends, but an item heads several rows,
 * so the longest beginning two pieces share tells it.  A shared beginning
 * counts when it is this long and both pieces go on with an ideograph for
 * at least SHARED_REST_CHARS more (`新建全民健身路径` / `…路径(城区)` share a
 * name, not an item). */
#define SHARED_PREFIX_CHARS 4
#define SHARED_REST_CHARS 3
#define MAX_SHARED_PIECES 2000

/* The characters two texts begin with in common. */
static glong common_prefix_chars(const char *a, const char *b, gsize *bytes)
{
    glong n = 0;
    const char *p = a, *q = b;
    while (*p && *q) {
        const char *pn = g_utf8_next_char(p), *qn = g_utf8_next_char(q);
        if (pn - p != qn - q || memcmp(p, q, (gsize)(pn - p)) != 0)
            break;
        p = pn;
        q = qn;
        n++;
    }
    *bytes = (gsize)(p - a);
    return n;
}

/* Brackets a work item never ends inside: a shared beginning that opens one
 * is a name's, with its qualifier to follow (`修缮文物保护单位（一期）`). */
static const char *const open_brackets[] = {"(", "（", "《", "["};
static const char *const close_brackets[] = {")", "）", "》", "]"};

/* TRUE when the first `n` bytes of `s` leave a bracket open. */
static gboolean leaves_bracket_open(const char *s, gsize n)
{
    int depth = 0;
    for (const char *p = s; p < s + n; p = g_utf8_next_char(p))
        for (gsize k = 0; k < G_N_ELEMENTS(open_brackets); k++) {
            if (g_str_has_prefix(p, open_brackets[k]))
                depth++;
            else if (g_str_has_prefix(p, close_brackets[k]) && depth > 0)
                depth--;
        }
    return depth > 0;
}

/* Marks a name may open with (★ a key indicator, * one the notes explain). */
static const char *const name_marks[] = {"★", "☆", "▲", "*", "＊"};

static gboolean goes_on_with_ideograph(const char *rest)
{
    for (gsize k = 0; k < G_N_ELEMENTS(name_marks); k++)
        if (g_str_has_prefix(rest, name_marks[k])) {
            rest += strlen(name_marks[k]);
            break;
        }
    return *rest && jx_norm_is_cjk(g_utf8_get_char(rest)) &&
           g_utf8_strlen(rest, -1) >= SHARED_REST_CHARS;
}

/* TRUE when a piece is a level-1 or level-2 label the taxonomy knows. */
static gboolean is_label_piece(const piece *pc)
{
    return g_utf8_strlen(pc->text, -1) <= MAX_LABEL_CHARS + bracketed_ordinal_chars(pc->text) &&
           (jx_label_either_level(pc->text));
}

/* The shared beginnings that some piece opens right after a label, in the
 * same line (`质量指标` + `开展职业技能提升行动…`): a work item stands there,
 * as the first cell of its group.  A name's beginning two rows share
 * (`城乡居民养老保险参保人数`, `…待遇按时足额发放率`) opens lines only.
 * A new set of the keys of `counts`. */
static GHashTable *items_after_labels(const GArray *pieces, guint n, GHashTable *counts)
{
    GHashTable *sure = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 1; i < n; i++) {
        const piece *pc = &g_array_index(pieces, piece, i);
        if (pc->brk != BREAK_SOFT || !is_label_piece(&g_array_index(pieces, piece, i - 1)))
            continue;
        GHashTableIter it;
        gpointer key;
        g_hash_table_iter_init(&it, counts);
        while (g_hash_table_iter_next(&it, &key, NULL))
            if (g_str_has_prefix(pc->text, key))
                g_hash_table_add(sure, key);
    }
    return sure;
}

/* The text of a piece with the pieces run on after it (no break between:
 * a label cut out of a name, `…计划学生` + `满意度`): what goes on after a
 * shared beginning is read there.  A new string. */
static char *run_text(const GArray *pieces, guint i)
{
    GString *t = g_string_new(g_array_index(pieces, piece, i).text);
    for (guint k = i + 1; k < pieces->len && k - i < MAX_CELL_PIECES &&
                          g_array_index(pieces, piece, k).brk == BREAK_SOFT;
         k++)
        g_string_append(t, g_array_index(pieces, piece, k).text);
    return g_string_free(t, FALSE);
}

/* run_text of the first n pieces: a new vector (g_strfreev). */
static char **run_texts(const GArray *pieces, guint n)
{
    char **runs = g_new0(char *, n + 1);
    for (guint i = 0; i < n; i++)
        runs[i] = run_text(pieces, i);
    return runs;
}

/* Cuts each piece that begins with a work item other pieces share. */
static void cut_shared_items(GArray *pieces)
{
    guint n = MIN(pieces->len, MAX_SHARED_PIECES);
    GHashTable *counts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    char **runs = run_texts(pieces, n);
    for (guint i = 0; i < n; i++) {
        const char *a = g_array_index(pieces, piece, i).text;
        for (guint j = i + 1; j < n; j++) {
            const char *b = g_array_index(pieces, piece, j).text;
            gsize bytes;
            if (common_prefix_chars(a, b, &bytes) < SHARED_PREFIX_CHARS ||
                !goes_on_with_ideograph(runs[i] + bytes) ||
                !goes_on_with_ideograph(runs[j] + bytes) || leaves_bracket_open(a, bytes))
                continue;
            char *prefix = g_strndup(a, bytes);
            /* an item ends where a word does: a beginning that ends inside
             * one (`加强企业创新能` / `力建设`, a cell a page break split) is
             * no item */
            if (jx_norm_seam_inside_word(prefix, runs[i] + bytes) ||
                jx_norm_seam_inside_word(prefix, runs[j] + bytes)) {
                g_free(prefix);
                continue;
            }
            guint c = GPOINTER_TO_UINT(g_hash_table_lookup(counts, prefix));
            g_hash_table_replace(counts, prefix, GUINT_TO_POINTER(c + 1));
        }
    }
    if (!g_hash_table_size(counts)) {
        g_hash_table_unref(counts);
        g_strfreev(runs);
        return;
    }
    GHashTable *sure = items_after_labels(pieces, n, counts);
    guint inserted = 0;
    for (guint i = 0; i < pieces->len && i - inserted < n; i++) {
        piece *pc = &g_array_index(pieces, piece, i);
        const char *run = runs[i - inserted];
        /* the item most pieces share; of equals, the longer */
        gsize best = 0;
        guint best_count = 0;
        gpointer best_key = NULL;
        GHashTableIter it;
        gpointer key, value;
        g_hash_table_iter_init(&it, counts);
        while (g_hash_table_iter_next(&it, &key, &value)) {
            gsize len = strlen(key);
            guint c = GPOINTER_TO_UINT(value);
            if (g_str_has_prefix(pc->text, key) && goes_on_with_ideograph(run + len) &&
                (c > best_count || (c == best_count && len > best))) {
                best = len;
                best_count = c;
                best_key = key;
            }
        }
        /* an item that is the whole piece is cut from what runs on already */
        if (!best || !pc->text[best])
            continue;
        piece rest = {.text = g_strdup(pc->text + best), .brk = BREAK_SOFT,
                      .known_cut = g_hash_table_contains(sure, best_key), .line = pc->line,
                      .page = pc->page};
        pc->text[best] = '\0';
        g_array_insert_val(pieces, i + 1, rest);
        i++;
        inserted++;
    }
    g_hash_table_unref(sure);
    g_hash_table_unref(counts);
    g_strfreev(runs);
}

/* TRUE when piece i stands where a row's work item does: at the start of
 * its line, after the row's 序号, or right after a label in the same line. */
static gboolean at_item_place(const GArray *pieces, guint i)
{
    const piece *pc = &g_array_index(pieces, piece, i);
    if (pc->line_start)
        return TRUE;
    if (i == 0 || pc->brk != BREAK_SOFT)
        return FALSE;
    const piece *prev = &g_array_index(pieces, piece, i - 1);
    return is_label_piece(prev) || (prev->line_start && is_bare_figure(prev->text));
}

/* The longest of `stated` that `run` begins with and goes on after with
 * a name (see goes_on_with_ideograph): its bytes, or 0. */
static gsize stated_prefix(const char *run, const GPtrArray *stated)
{
    gsize best = 0;
    for (guint k = 0; k < stated->len; k++) {
        const char *phrase = stated->pdata[k];
        gsize len = strlen(phrase);
        if (len > best && g_str_has_prefix(run, phrase) && goes_on_with_ideograph(run + len))
            best = len;
    }
    return best;
}

/* Cuts the work items the text outside the table lists (stated_phrases)
 * off the names they run into, where a row's item stands: the text says
 * where the item ends, as a shared beginning does (cut_shared_items). */
static void cut_stated_items(GArray *pieces, const GPtrArray *stated)
{
    if (!stated->len)
        return;
    for (guint i = 0; i < pieces->len; i++) {
        if (!at_item_place(pieces, i))
            continue;
        char *run = run_text(pieces, i);
        gsize item = stated_prefix(run, stated);
        g_free(run);
        if (!item)
            continue;
        /* the piece the item ends in: cut it there, or mark the next */
        guint k = i;
        gsize done = 0;
        while (done + strlen(g_array_index(pieces, piece, k).text) < item)
            done += strlen(g_array_index(pieces, piece, k++).text);
        piece *pc = &g_array_index(pieces, piece, k);
        gsize at = item - done;
        if (pc->text[at]) {
            piece rest = {.text = g_strdup(pc->text + at), .brk = BREAK_SOFT, .known_cut = TRUE,
                          .line = pc->line, .page = pc->page};
            pc->text[at] = '\0';
            g_array_insert_val(pieces, k + 1, rest);
        } else {
            g_array_index(pieces, piece, k + 1).known_cut = TRUE;
        }
        i = k + 1;
    }
}

/* TRUE when `text` begins a name after a work item: a mark, a figure or an
 * ideograph, with enough of the name after it, and no ending word that
 * would make the item go on. */
static gboolean opens_name_after_item(const char *rest)
{
    if (jx_norm_prefix_listed(rest, item_ends, G_N_ELEMENTS(item_ends)))
        return FALSE;
    if (g_ascii_isdigit(*rest))
        return g_utf8_strlen(rest, -1) >= SHARED_REST_CHARS;
    return goes_on_with_ideograph(rest);
}

/* The bytes of the work item `text` opens with, or 0. */
static gsize duty_item_prefix(const char *text)
{
    if (!jx_norm_prefix_listed(text, item_verbs, G_N_ELEMENTS(item_verbs)))
        return 0;
    const char *p = text;
    for (int n = 0; n < 2 + MIN_ITEM_OBJECT_CHARS && *p; n++)
        p = g_utf8_next_char(p);
    for (; *p; p = g_utf8_next_char(p))
        for (gsize k = 0; k < G_N_ELEMENTS(item_ends); k++) {
            gsize len = strlen(item_ends[k]);
            const char *end = p + len;
            if (strncmp(p, item_ends[k], len) == 0 && *end && opens_name_after_item(end))
                return (gsize)(end - text);
        }
    return 0;
}

/* Cuts the work items of a duty group (履职) off the names they run into
 * where a row's item stands, as cut_stated_items does with stated ones. */
static void cut_duty_items(GArray *pieces)
{
    gboolean duty = FALSE;
    for (guint i = 0; i < pieces->len; i++) {
        piece *pc = &g_array_index(pieces, piece, i);
        const char *code =
            g_utf8_strlen(pc->text, -1) <= MAX_LABEL_CHARS ? jx_taxonomy_level1(pc->text) : NULL;
        if (code) {
            duty = strcmp(code, "duty") == 0;
            continue;
        }
        if (!duty || is_label_piece(pc) || !at_item_place(pieces, i))
            continue;
        gsize at = duty_item_prefix(pc->text);
        if (!at)
            continue;
        piece rest = {.text = g_strdup(pc->text + at), .brk = BREAK_SOFT, .known_cut = TRUE,
                      .line = pc->line, .page = pc->page};
        pc->text[at] = '\0';
        g_array_insert_val(pieces, i + 1, rest);
        i++;
    }
}

/* ------------------------------------------------------------- explanations */

/* An explanation column's text as the table writes it where the row's
 * target is a figure and parts it for sure (`≥24.1公里` | `完成目标得满分，
 * 每降低1个百分点扣0.5分`): a whole text, or a template its rows fill with
 * their names (`反映` … `情况`, `考核` … `是否达到预期`), the beginning and
 * the end two such texts share. */
typedef struct {
    char *head, *tail; /* the text begins with head and ends with tail */
} ending;

static void ending_clear(gpointer p)
{
    ending *e = p;
    g_free(e->head);
    g_free(e->tail);
    g_free(e);
}

/* An explanation is this long at least; a template's beginning this long
 * and with its end this long together (`反映`…`情况`). */
#define MIN_ENDING_CHARS 4
#define MIN_ENDING_HEAD_CHARS 2
#define MAX_KNOWN_ENDINGS 64

/* The characters two texts end with in common, no more than `max`. */
static glong common_suffix_chars(const char *a, const char *b, glong max, gsize *bytes)
{
    const char *p = a + strlen(a), *q = b + strlen(b);
    glong n = 0;
    while (p > a && q > b && n < max) {
        const char *pp = g_utf8_prev_char(p), *qq = g_utf8_prev_char(q);
        if (p - pp != q - qq || memcmp(pp, qq, (gsize)(p - pp)) != 0)
            break;
        p = pp;
        q = qq;
        n++;
    }
    *bytes = strlen(a) - (gsize)(p - a);
    return n;
}

static void add_ending(GPtrArray *endings, const char *head, gsize head_bytes, const char *tail)
{
    for (guint i = 0; i < endings->len; i++) {
        const ending *e = endings->pdata[i];
        if (strlen(e->head) == head_bytes && !memcmp(e->head, head, head_bytes) &&
            !strcmp(e->tail, tail))
            return;
    }
    ending *e = g_new(ending, 1);
    e->head = g_strndup(head, head_bytes);
    e->tail = g_strdup(tail);
    g_ptr_array_add(endings, e);
}

/* Where in `w` a known ending begins that runs to its end, the first such
 * place after some text of the row's own (MIN_ENDING_HEAD_CHARS characters
 * other than the 序号's digits): a byte offset, or 0. */
static gsize ending_at(const char *w, const GPtrArray *endings)
{
    gsize n = strlen(w);
    const char *p = w;
    while (g_ascii_isdigit(*p))
        p++;
    for (int k = 0; k < MIN_ENDING_HEAD_CHARS && *p; k++)
        p = g_utf8_next_char(p);
    for (; *p; p = g_utf8_next_char(p)) {
        gsize rest = n - (gsize)(p - w);
        for (guint i = 0; i < endings->len; i++) {
            const ending *e = endings->pdata[i];
            gsize h = strlen(e->head), t = strlen(e->tail);
            if (rest >= h + t && g_str_has_prefix(p, e->head) && g_str_has_suffix(p, e->tail))
                return (gsize)(p - w);
        }
    }
    return 0;
}

static gboolean opens_with_bare_property(const char *p);

/* The bytes of the row-header cell (年度绩效指标) that heads the row of
 * text run together `raw`, or 0 where its words are a name's subject: the
 * rest opens with a property that names nothing alone (`绩效指标明确性`)
 * and no label (`年度绩效指标产出指标…`). */
static gsize heading_rowhead(const char *raw)
{
    gsize n = rowhead_prefix(raw);
    return n && (label_at(raw + n) > 0 || !opens_with_bare_property(raw + n)) ? n : 0;
}

/* The pieces of the body lines.  `blank_parted`: the lines between blank
 * lines are one cell (a browser wraps a cell over lines and parts cells with
 * blank lines).  `opens_table`: the body is a table's first (not the rows
 * under a repeated header), whose first row opens its first group: a
 * label there that the taxonomy reads as one or as two (`1产出数量举办…`)
 * is the level-1 cell run into the level-2 cell, whatever the other rows
 * write (the rows under this header may hold no other label). */
static GArray *body_pieces(const GArray *lines, gboolean blank_parted, glong longest,
                           gboolean run_together, const GPtrArray *endings, gboolean opens_table)
{
    GArray *pieces = g_array_new(FALSE, TRUE, sizeof(piece));
    g_array_set_clear_func(pieces, piece_clear);
    GString *cell = g_string_new(NULL);
    gboolean split_fused = run_together && writes_bare_level2(lines);
    GHashTable *written_full = run_together ? labels_written_full(lines) : NULL;
    gboolean first_row = run_together && opens_table;
    for (guint i = 0; i < lines->len; i++) {
        const sline *l = &g_array_index(lines, sline, i);
        gboolean gap = i == 0 || l->line - g_array_index(lines, sline, i - 1).line > 1 ||
                       l->page != g_array_index(lines, sline, i - 1).page;
        /* the row-header cell (年度绩效指标) again where a page broke the
         * table, and page furniture (`- 1 -`, `第2页`); a bare figure is a
         * cell (a 序号) */
        if (is_rowhead_word(l->raw) || (jx_norm_is_page_number(l->raw) && !is_bare_figure(l->raw)))
            continue;
        if (blank_parted) {
            /* the block up to the next gap is one cell */
            g_string_assign(cell, l->raw);
            guint j = i + 1;
            while (j < lines->len && g_array_index(lines, sline, j).line -
                                             g_array_index(lines, sline, j - 1).line == 1) {
                char *joined = jx_norm_join(cell->str, g_array_index(lines, sline, j).raw);
                g_string_assign(cell, joined);
                g_free(joined);
                j++;
            }
            char *t = jx_norm_text(cell->str);
            if (*t) {
                add_piece(pieces, t, strlen(t), BREAK_HARD, TRUE, l);
                g_array_index(pieces, piece, pieces->len - 1).wrapped = j > i + 1;
            }
            g_free(t);
            i = j - 1;
            continue;
        }
        break_kind brk = gap ? BREAK_HARD : BREAK_LINE;
        if (!gap && !run_together) {
            /* the line above was wrapped: it is as long as lines get, or the
             * line break falls inside a word (`加强企业创新能` / `力建设`) */
            char *above = g_strstrip(g_strdup(g_array_index(lines, sline, i - 1).raw));
            if ((double)g_utf8_strlen(above, -1) >= WRAPPED_LINE_SHARE * (double)longest ||
                jx_norm_seam_inside_word(above, l->raw))
                brk = BREAK_WRAP;
            g_free(above);
        }
        /* pipes part cells for sure; spaces maybe; text run together is cut
         * where the vocabulary may part it */
        const char *text = l->raw;
        if (run_together)
            text += heading_rowhead(text);
        char **cells = g_strsplit(text, "|", -1);
        gboolean line_start = TRUE;
        for (char **c = cells; *c; c++) {
            char **words = split_words(*c, FALSE);
            gboolean cell_start = TRUE;
            for (char **w = words; *w; w++) {
                if (!**w)
                    continue;
                /* the row-header cell (年度绩效指标) heading the first row */
                if (line_start && w[1] && is_rowhead_word(*w))
                    continue;
                break_kind b = line_start ? brk : cell_start ? BREAK_HARD : BREAK_SPACE;
                /* an explanation the table writes elsewhere, run on after
                 * the line's last cells: cut off first (see known_endings) */
                gsize end = run_together && endings && !w[1] && !c[1] ? ending_at(*w, endings) : 0;
                if (end) {
                    char *head = g_strndup(*w, end);
                    add_word(pieces, head, b, line_start, split_fused, first_row, written_full, l);
                    g_free(head);
                    add_piece(pieces, *w + end, strlen(*w + end), BREAK_SOFT, FALSE, l);
                    g_array_index(pieces, piece, pieces->len - 1).known_cut = TRUE;
                } else if (run_together)
                    add_word(pieces, *w, b, line_start, split_fused, first_row, written_full, l);
                else
                    add_piece(pieces, *w, strlen(*w), b, line_start, l);
                line_start = FALSE;
                cell_start = FALSE;
            }
            g_strfreev(words);
        }
        g_strfreev(cells);
        first_row = FALSE;
    }
    g_string_free(cell, TRUE);
    if (written_full)
        g_hash_table_unref(written_full);
    return pieces;
}

/* ------------------------------------------------------------- rows */

/* One cell the programme chose: pieces [first, last] in column `col`. */
typedef struct {
    guint first, last;
    int col;
    gboolean row_start;
    double fit; /* how well the cell fits its column (see fit) */
} chosen;

/* The text of pieces [i, j] as one cell: spaces and line breaks kept where
 * they were (normalization joins them as wrapped text). */
static char *cell_text(const GArray *pieces, guint i, guint j)
{
    GString *s = g_string_new(NULL);
    for (guint k = i; k <= j; k++) {
        const piece *pc = &g_array_index(pieces, piece, k);
        if (k > i)
            g_string_append(s, pc->brk == BREAK_SOFT    ? ""
                               : pc->brk == BREAK_SPACE ? " "
                                                        : "\n");
        g_string_append(s, pc->text);
    }
    return g_string_free(s, FALSE);
}

static double join_cost(break_kind b)
{
    switch (b) {
    case BREAK_SOFT: return 0;
    case BREAK_SPACE: return JOIN_SPACE;
    case BREAK_WRAP: return JOIN_WRAPPED_LINE;
    case BREAK_LINE: return JOIN_LINE;
    default: return G_MAXDOUBLE;
    }
}

typedef struct {
    double score;
    int prev_col;   /* column of the cell before; -1 at the start */
    guint start;    /* first piece of this cell */
    gboolean row_start;
    double fit;     /* the cell's own fit to its column */
} dp_cell;

#define NEG_INF (-1e300)

/* TRUE when the text is a figure: a number or a percent. */
static gboolean is_figure(jx_facts *memo, const char *text)
{
    const jx_cell_facts *f = jx_facts_of(memo, text);
    return f->kind == JX_CK_INT || f->kind == JX_CK_NUMBER ||
           (f->kind == JX_CK_TARGET && strchr(f->norm, '%'));
}

/* A figure in a label's weight column (see choose_cells) with no label
 * before it is rather the last figure of the row above or the first of the
 * next: this outweighs a skipped score column. */
#define ANCHORED_ALONE 3.0

/*
 * Chooses cells, columns and rows for `pieces` under the columns `roles`
 * (n entries).  Returns the chosen cells in order (a new array).
 */
static GArray *choose_cells(const GArray *pieces, const jx_role *roles, int n, gboolean row_lines,
                            const fit_context *ctx, jx_facts *memo)
{
    guint P = pieces->len;
    /* a score table's weight column right of a label column is the label's
     * (一级指标 | 分值 | 二级指标 | 分值 …): merged with it, written on the
     * label's row only */
    gboolean *anchored = g_new0(gboolean, n);
    for (int c = 1; c < n; c++)
        anchored[c] = ctx->scored && roles[c] == JX_ROLE_WEIGHT &&
                      (roles[c - 1] == JX_ROLE_LEVEL1 || roles[c - 1] == JX_ROLE_LEVEL2);
    /* skip[c] = cost of leaving columns [0, c) empty */
    double *skip = g_new0(double, n + 1);
    for (int c = 0; c < n; c++)
        skip[c + 1] = skip[c] + (anchored[c]                                 ? skip_cost(roles[c - 1])
                                 : ctx->scored && roles[c] == JX_ROLE_BUDGET ? BUDGET_SKIP
                                 : ctx->selfeval && (roles[c] == JX_ROLE_WEIGHT ||
                                                     roles[c] == JX_ROLE_SCORE)
                                     ? SELFEVAL_POINTS_SKIP
                                     : skip_cost(roles[c]));
#define SKIPPED(a, b) ((b) > (a) ? skip[b] - skip[a] : 0.0) /* columns [a, b) */
    dp_cell *dp = g_new(dp_cell, (gsize)P * n);
    for (gsize k = 0; k < (gsize)P * n; k++)
        dp[k].score = NEG_INF;
    double *fits = g_new(double, n);
    for (guint j = 0; j < P; j++) {
        double joined = 0;
        for (guint i = j + 1; i-- > 0 && j - i < MAX_CELL_PIECES;) {
            const piece *first = &g_array_index(pieces, piece, i);
            if (i < j) {
                const piece *next = &g_array_index(pieces, piece, i + 1);
                double jc = join_cost(next->brk);
                if (jc == G_MAXDOUBLE)
                    break;
                /* two figures on lines of their own are two cells (weight
                 * and score), never one wrapped figure */
                if (ctx->scored && (next->brk == BREAK_LINE || next->brk == BREAK_WRAP) &&
                    is_figure(memo, first->text) && is_figure(memo, next->text))
                    break;
                joined += jc + (next->known_cut ? JOIN_ACROSS_ITEM : 0);
            }
            /* a cell run together does not open with a clause mark */
            if (first->brk == BREAK_SOFT && opens_with_clause_mark(first->text))
                continue;
            char *text = cell_text(pieces, i, j);
            const jx_cell_facts *f = jx_facts_of(memo, text);
            for (int c = 0; c < n; c++)
                fits[c] = fit(roles[c], f->kind, f->chars, f->norm, i == j && !first->wrapped,
                              ctx);
            g_free(text);
            double split = first->brk == BREAK_SOFT && !first->known_cut ? SPLIT_SOFT : 0;
            double midline = row_lines && !first->line_start ? ROW_MIDLINE : 0;
            double over_line = row_lines && first->line_start ? ROW_OVER_LINE : 0;
            for (int c = 0; c < n; c++) {
                dp_cell best = {NEG_INF, -1, i, FALSE, 0};
                if (i == 0) {
                    best.score = -SKIPPED(0, c);
                    best.row_start = TRUE;
                } else {
                    for (int q = 0; q < n; q++) {
                        double before = dp[(gsize)(i - 1) * n + q].score;
                        if (before == NEG_INF)
                            continue;
                        /* a label's weight without its label before it */
                        double alone = anchored[c] ? ANCHORED_ALONE : 0;
                        /* the same row goes on */
                        if (q < c) {
                            double s = before - SKIPPED(q + 1, c) - split - over_line -
                                       (q == c - 1 ? 0 : alone);
                            if (s > best.score)
                                best = (dp_cell){s, q, i, FALSE, 0};
                        }
                        /* a new row starts with this cell */
                        double s = before - SKIPPED(q + 1, n) - SKIPPED(0, c) - split - midline -
                                   alone;
                        if (s > best.score)
                            best = (dp_cell){s, q, i, TRUE, 0};
                    }
                }
                if (best.score == NEG_INF)
                    continue;
                best.score += fits[c] - joined;
                best.fit = fits[c];
                dp_cell *slot = &dp[(gsize)j * n + c];
                if (best.score > slot->score)
                    *slot = best;
            }
        }
    }
    GArray *cells = g_array_new(FALSE, FALSE, sizeof(chosen));
    if (P) {
        int col = -1;
        double top = NEG_INF;
        for (int c = 0; c < n; c++) {
            double s = dp[(gsize)(P - 1) * n + c].score;
            if (s != NEG_INF && s - SKIPPED(c + 1, n) > top) {
                top = s - SKIPPED(c + 1, n);
                col = c;
            }
        }
        guint j = P - 1;
        while (col >= 0) {
            const dp_cell *d = &dp[(gsize)j * n + col];
            chosen ch = {d->start, j, col, d->row_start, d->fit};
            g_array_prepend_val(cells, ch);
            if (d->start == 0)
                break;
            j = d->start - 1;
            col = d->prev_col;
        }
    }
#undef SKIPPED
    g_free(anchored);
    g_free(fits);
    g_free(dp);
    g_free(skip);
    return cells;
}

/* ------------------------------------------------------------- the reader */

typedef enum { CS_IDLE, CS_HEADER, CS_BODY } cs_state;

struct jx_cellrun {
    cs_state state;
    GArray *held;       /* sline: every line held since the header started */
    guint body_at;      /* index in `held` of the first body line */
    GPtrArray *words;   /* header words, normalized, as the stream gives them */
    sline prev;         /* the line before, in CS_IDLE (a header word's first half) */
    char *tentative;    /* a short line in the header that may join the next */
    jx_header *header;  /* the header read from the words, in CS_BODY */
    GArray *hcells;     /* hcell: the header grid the words make */
    gboolean run_together; /* the header's words ran together: so may the cells */
    gboolean transposed;   /* the words are a transposed summary's (指标 | 决策 | …
                              | 合计): its rows are 分值, 得分 … with a figure per group */
    int year;              /* the first year a line before the table states, or 0 */
    GPtrArray *stated;     /* phrases the text outside tables lists (see
                              stated_phrases): work items a table may run
                              into names */
    char *read_header;     /* the words of the last header whose stream was read
                              as a table, joined; a stream under the same words
                              again is that table going on (see finish_stream) */
    jx_facts *memo;
    jx_cellrun_grid_fn grid_fn;
    jx_cellrun_line_fn line_fn;
    gpointer data;
};

jx_cellrun *jx_cellrun_new(jx_cellrun_grid_fn grid_fn, jx_cellrun_line_fn line_fn, gpointer data)
{
    jx_cellrun *c = g_new0(jx_cellrun, 1);
    c->held = g_array_new(FALSE, TRUE, sizeof(sline));
    g_array_set_clear_func(c->held, sline_clear);
    c->words = g_ptr_array_new_with_free_func(g_free);
    c->hcells = g_array_new(FALSE, FALSE, sizeof(hcell));
    c->memo = jx_facts_new();
    c->stated = g_ptr_array_new_with_free_func(g_free);
    c->grid_fn = grid_fn;
    c->line_fn = line_fn;
    c->data = data;
    return c;
}

static void reset(jx_cellrun *c)
{
    g_array_set_size(c->held, 0);
    g_ptr_array_set_size(c->words, 0);
    g_clear_pointer(&c->tentative, g_free);
    g_clear_pointer(&c->header, jx_header_free);
    g_array_set_size(c->hcells, 0);
    c->body_at = 0;
    c->run_together = FALSE;
    c->transposed = FALSE;
    c->state = CS_IDLE;
    jx_facts_clear(c->memo);
}

void jx_cellrun_free(jx_cellrun *c)
{
    if (!c)
        return;
    reset(c);
    g_array_unref(c->held);
    g_ptr_array_unref(c->words);
    g_array_unref(c->hcells);
    g_free(c->prev.raw);
    g_free(c->read_header);
    g_ptr_array_unref(c->stated);
    jx_facts_free(c->memo);
    g_free(c);
}

static void hold(jx_cellrun *c, const char *raw, int line, int page)
{
    sline l = {g_strdup(raw), line, page};
    g_array_append_val(c->held, l);
}

/* Gives every held line back to the finder as the lines they are. */
static void replay(jx_cellrun *c)
{
    for (guint i = 0; i < c->held->len; i++) {
        const sline *l = &g_array_index(c->held, sline, i);
        c->line_fn(l->raw, l->line, l->page, c->data);
    }
}

/* TRUE when a column of role `role` names a row: a target table's name or
 * work item; in a score or budget table (`scored`) also a label column (the
 * level-1 summary has nothing else) and an unnamed one (项目分类). */
static gboolean names_row(jx_role role, gboolean scored)
{
    if (role == JX_ROLE_NAME || role == JX_ROLE_TASK)
        return TRUE;
    return scored && (role == JX_ROLE_LEVEL1 || role == JX_ROLE_LEVEL2 || role == JX_ROLE_OTHER);
}

/* TRUE when a column of role `role` holds what a row states: a target table's
 * target; a score or budget table's figures. */
static gboolean states_row(jx_role role, gboolean scored)
{
    if (!scored)
        return role == JX_ROLE_VALUE || role == JX_ROLE_HALF_VALUE;
    return role == JX_ROLE_WEIGHT || role == JX_ROLE_SCORE || role == JX_ROLE_RATE ||
           role == JX_ROLE_BUDGET;
}

/* A score or budget table's header names at least this many columns of
 * figures (分值 and 得分; 预算 and 使用 or 执行率): a unit line (金额单位：万元)
 * before a target table's header words names one. */
#define MIN_FIGURE_COLUMNS 2

/* TRUE when a header of a score or budget table read from a stream is one:
 * its columns of figures (see MIN_FIGURE_COLUMNS) and one that names rows. */
static gboolean scored_header(const jx_header *h)
{
    int figures = 0;
    gboolean names = FALSE;
    for (int k = 0; k < h->n_cols; k++) {
        figures += states_row(h->roles[k], TRUE);
        names |= names_row(h->roles[k], TRUE);
    }
    return figures >= MIN_FIGURE_COLUMNS && names;
}

/* The header of a transposed summary's words (指标, then the groups), with
 * `first` the first body line (分值) that the header reader needs to see
 * below them; FALSE when they make none. */
static gboolean transposed_accept(jx_cellrun *c, const char *first)
{
    jx_grid *g = jx_grid_new();
    g_array_set_size(c->hcells, 0);
    for (guint i = 0; i < c->words->len; i++) {
        hcell h = {0, (int)i, 1, 1, c->words->pdata[i]};
        g_array_append_val(c->hcells, h);
    }
    add_header_cells(g, c->hcells);
    char *below = jx_norm_text(first);
    jx_grid_add_cell(g, 1, 0, 1, 1, below);
    g_free(below);
    jx_header *h = jx_header_read(g, 0, NULL);
    gboolean ok = h && h->transposed && h->n_cols == (int)c->words->len && jx_table_extracted(h);
    jx_grid_free(g);
    if (!ok) {
        jx_header_free(h);
        return FALSE;
    }
    c->header = h;
    return TRUE;
}

/* The header grid the words make (see header_layout) as the header reader
 * reads it, or NULL when it reads no header of every word. */
static jx_header *read_words(jx_cellrun *c)
{
    g_array_set_size(c->hcells, 0);
    int rows = header_layout(c->words, c->hcells);
    jx_grid *g = jx_grid_new();
    add_header_cells(g, c->hcells);
    jx_header *h = jx_grid_n_cols(g) >= MIN_HEADER_WORDS ? jx_header_read(g, 0, NULL) : NULL;
    gboolean whole = h && h->n_rows == rows && h->n_cols == jx_grid_n_cols(g);
    jx_grid_free(g);
    if (!whole) {
        jx_header_free(h);
        return NULL;
    }
    return h;
}

/* The header a 项目资金 block's item column gets: the block's label is a
 * merged cell left of the items (项目资金（万元）), a line of its own before
 * the figure columns' words in a stream, and no header word. */
#define FUNDS_LABEL "项目资金"

/* The header the words make, when it is a table this version reads (target,
 * score, budget, a self-evaluation's funds block): the header grid of the words (see header_layout) read by
 * the header reader.  `first` is the first body line. */
static gboolean header_accept(jx_cellrun *c, const char *first)
{
    if (c->transposed)
        return transposed_accept(c, first);
    if (c->words->len < MIN_HEADER_WORDS)
        return FALSE;
    jx_header *h = read_words(c);
    if (h && h->kind == JX_TABLE_FUNDS && !scored_header(h) && c->words->len &&
        strcmp(c->words->pdata[0], FUNDS_LABEL) != 0) {
        /* a self-evaluation's 项目资金 block: its items stand under the
         * block's merged label, which is no header word (see funds_label) */
        jx_header_free(h);
        g_ptr_array_insert(c->words, 0, g_strdup(FUNDS_LABEL));
        h = read_words(c);
        if (h && h->roles[0] == JX_ROLE_NONE)
            h->roles[0] = JX_ROLE_NAME;
    }
    gboolean whole = h != NULL;
    /* target tables, and the score and budget tables this version reads */
    gboolean wanted = h && (h->kind == JX_TABLE_TARGET ||
                            ((h->kind == JX_TABLE_SCORE || h->kind == JX_TABLE_BUDGET ||
                              h->kind == JX_TABLE_FUNDS) &&
                             jx_table_extracted(h) && scored_header(h)));
    if (!whole || !wanted) {
        jx_header_free(h);
        return FALSE;
    }
    c->header = h;
    return TRUE;
}

/* An explanation that repeats its row's name (`考核` 危桥改造数量 `是否达到预期`)
 * is a template the other rows fill with theirs: its text around the name,
 * where that is long enough to tell (see MIN_ENDING_CHARS). */
static void add_name_template(GPtrArray *endings, const char *text, const char *name)
{
    const char *hit = g_utf8_strlen(name, -1) >= MIN_ENDING_HEAD_CHARS ? strstr(text, name) : NULL;
    if (!hit)
        return;
    const char *tail = hit + strlen(name);
    glong head_chars = g_utf8_strlen(text, hit - text);
    if (head_chars >= MIN_ENDING_HEAD_CHARS &&
        head_chars + g_utf8_strlen(tail, -1) >= MIN_ENDING_CHARS)
        add_ending(endings, text, (gsize)(hit - text), tail);
}

/* The explanations of the rows whose target the programme read as a figure
 * (a certain reading: digits and units part it from what runs on), as
 * endings: each text whole, and the template each two share. */
static GPtrArray *known_endings(const GArray *pieces, const GArray *cells, const jx_role *roles,
                                jx_facts *memo)
{
    GPtrArray *texts = g_ptr_array_new_with_free_func(g_free);
    GPtrArray *endings = g_ptr_array_new_with_free_func(ending_clear);
    /* a target with its operator or unit (`≥13万人`, `100` | `%`), not a
     * bare figure (a 序号 may be read as one) */
    gboolean target = FALSE, figure = FALSE, unit = FALSE;
    char *name = NULL; /* the row's name, where it has one */
    for (guint k = 0; k < cells->len && texts->len < MAX_KNOWN_ENDINGS; k++) {
        const chosen *ch = &g_array_index(cells, chosen, k);
        if (ch->row_start) {
            target = figure = unit = FALSE;
            g_clear_pointer(&name, g_free);
        }
        jx_role role = roles[ch->col];
        char *text = cell_text(pieces, ch->first, ch->last);
        jx_cell_kind kind = jx_facts_of(memo, text)->kind;
        if (role == JX_ROLE_NAME && !name)
            name = g_strdup(text);
        if (role == JX_ROLE_VALUE || role == JX_ROLE_HALF_VALUE) {
            target |= kind == JX_CK_TARGET;
            figure |= kind == JX_CK_INT || kind == JX_CK_NUMBER;
        }
        unit |= (role == JX_ROLE_UNIT || role == JX_ROLE_HALF_UNIT) && kind == JX_CK_UNIT;
        if ((role == JX_ROLE_EXPLAIN || role == JX_ROLE_OTHER) && (target || (figure && unit)) &&
            kind == JX_CK_TEXT && g_utf8_strlen(text, -1) >= MIN_ENDING_CHARS) {
            if (name)
                add_name_template(endings, text, name);
            g_ptr_array_add(texts, text);
            text = NULL;
        }
        g_free(text);
    }
    g_free(name);
    for (guint i = 0; i < texts->len; i++) {
        const char *a = texts->pdata[i];
        add_ending(endings, a, strlen(a), "");
        for (guint j = i + 1; j < texts->len; j++) {
            const char *b = texts->pdata[j];
            gsize hb, tb;
            glong hc = common_prefix_chars(a, b, &hb);
            if (hc < MIN_ENDING_HEAD_CHARS || !strcmp(a, b))
                continue;
            glong room = MIN(g_utf8_strlen(a, -1), g_utf8_strlen(b, -1)) - hc;
            glong tc = common_suffix_chars(a, b, room, &tb);
            if (hc + tc >= MIN_ENDING_CHARS)
                add_ending(endings, a, hb, a + strlen(a) - tb);
        }
    }
    g_ptr_array_unref(texts);
    return endings;
}

/* One row of the chosen cells: where it starts and what it holds. */
typedef struct {
    guint first;                 /* index in the chosen cells of its first cell */
    gboolean name, target;       /* a cell in a name (or work item) / target column */
    gboolean fit_name, fit_target; /* …that fits its column (see fit) */
    gboolean cut;                /* a cell of it was cut out of text run together */
} row_summary;

/* The rows of the chosen cells, in order (a new array of row_summary); a
 * row's name and target are read as names_row and states_row say. */
static GArray *summarize_rows(const GArray *pieces, const GArray *cells, const jx_role *roles,
                              gboolean scored)
{
    GArray *rows = g_array_new(FALSE, TRUE, sizeof(row_summary));
    for (guint k = 0; k < cells->len; k++) {
        const chosen *ch = &g_array_index(cells, chosen, k);
        if (ch->row_start || k == 0) {
            row_summary r = {.first = k};
            g_array_append_val(rows, r);
        }
        row_summary *r = &g_array_index(rows, row_summary, rows->len - 1);
        jx_role role = roles[ch->col];
        gboolean name = names_row(role, scored);
        gboolean target = states_row(role, scored);
        r->name |= name;
        r->target |= target;
        r->fit_name |= name && ch->fit > 0;
        r->fit_target |= target && ch->fit > 0;
        r->cut |= g_array_index(pieces, piece, ch->first).brk == BREAK_SOFT ||
                  (ch->last + 1 < pieces->len &&
                   g_array_index(pieces, piece, ch->last + 1).brk == BREAK_SOFT);
    }
    return rows;
}

/* The longest body line, in characters: lines near it were wrapped. */
static glong longest_line(const GArray *lines)
{
    glong m = 0;
    for (guint i = 0; i < lines->len; i++) {
        char *t = g_strstrip(g_strdup(g_array_index(lines, sline, i).raw));
        m = MAX(m, g_utf8_strlen(t, -1));
        g_free(t);
    }
    return m;
}

/* A score or budget table's last row whose summary label a PDF dump gives
 * after its figures (a label merged over 序号 and 项目分类 is centred, and
 * plain pdftotext reads it last: `… | 40,652.25 | 24,352.73 | 59.90% | 合计`):
 * the programme reads a row of figures with no name, then a row of the label
 * alone.  Moves the label into the row of figures, in its column, when that
 * column is left of the row's first cell.  TRUE when it moved. */
static gboolean label_after_figures(const GArray *pieces, GArray *cells, const GArray *rows,
                                    jx_facts *memo)
{
    if (rows->len < 2)
        return FALSE;
    const row_summary *figures = &g_array_index(rows, row_summary, rows->len - 2);
    const row_summary *label = &g_array_index(rows, row_summary, rows->len - 1);
    if (figures->name || !figures->target || label->first != cells->len - 1)
        return FALSE;
    chosen last = g_array_index(cells, chosen, cells->len - 1);
    chosen *head = &g_array_index(cells, chosen, figures->first);
    char *text = cell_text(pieces, last.first, last.last);
    gboolean summary = jx_score_is_summary(jx_facts_of(memo, text)->norm);
    g_free(text);
    if (!summary || last.col >= head->col)
        return FALSE;
    head->row_start = FALSE;
    last.row_start = TRUE;
    g_array_remove_index(cells, cells->len - 1);
    g_array_insert_val(cells, figures->first, last);
    return TRUE;
}

/* Most lines stand between blank lines: a browser's cell-per-block dump. */
static gboolean blank_parted(const GArray *lines)
{
    if (lines->len < 2)
        return FALSE;
    guint gaps = 0;
    for (guint i = 1; i < lines->len; i++)
        gaps += g_array_index(lines, sline, i).line - g_array_index(lines, sline, i - 1).line > 1;
    return (double)gaps >= BLANK_PARTED_SHARE * (double)(lines->len - 1);
}

/* Builds the grid of the stream: the header row(s), then the chosen rows.
 * `guessed` gets, per grid row, whether the reading of that row is a guess:
 * a cell of it was cut out of text run together, or it has no name or no
 * target (see jx_cellrun_grid_fn). */
static jx_grid *build_grid(jx_cellrun *c, const GArray *pieces, const GArray *cells,
                           const GArray *rows, GArray *guessed)
{
    jx_grid *g = jx_grid_new();
    const sline *first = &g_array_index(c->held, sline, 0);
    add_header_cells(g, c->hcells);
    int header_rows = c->header->n_rows;
    for (int r = 0; r < header_rows; r++)
        jx_grid_set_row_origin(g, r, first->line, first->page);
    g_array_set_size(guessed, (guint)header_rows);
    for (guint i = 0; i < rows->len; i++) {
        const row_summary *rs = &g_array_index(rows, row_summary, i);
        guint end = i + 1 < rows->len ? g_array_index(rows, row_summary, i + 1).first : cells->len;
        int row = header_rows + (int)i;
        const piece *pc = &g_array_index(pieces, piece, g_array_index(cells, chosen, rs->first).first);
        jx_grid_set_row_origin(g, row, pc->line, pc->page);
        gboolean guess = rs->cut || !rs->name || !rs->target;
        g_array_append_val(guessed, guess);
        for (guint k = rs->first; k < end; k++) {
            const chosen *ch = &g_array_index(cells, chosen, k);
            char *text = cell_text(pieces, ch->first, ch->last);
            jx_grid_add_cell(g, row, ch->col, 1, 1, text);
            g_free(text);
        }
    }
    return g;
}

/* TRUE when a level-1 code is a free one (decision, process, duty): it
 * takes a level-2 label it has never seen. */
static gboolean is_free_code(const char *code)
{
    return code && jx_taxonomy_level2(code, "任一工作事项");
}

/* TRUE when a piece is a level-1 label whose group takes any level-2 text
 * (the taxonomy lists no level-2 labels for it: 决策, 过程, 履职). */
static gboolean has_free_level1(const GArray *pieces)
{
    for (guint i = 0; i < pieces->len; i++) {
        const char *t = g_array_index(pieces, piece, i).text;
        const char *code = g_utf8_strlen(t, -1) <= MAX_LABEL_CHARS ? jx_taxonomy_level1(t) : NULL;
        if (is_free_code(code))
            return TRUE;
    }
    return FALSE;
}

/* TRUE when a level-2 label under 成本指标 (经济成本指标, 社会成本指标 …) is
 * among the pieces.  The self-evaluation form (财预〔2020〕10号) has
 * 成本指标 a level-2 under 产出指标 whatever the year it is filled for; only
 * a level-2 of its own under it makes it a level-1 there. */
static gboolean has_cost_level2(const GArray *pieces)
{
    for (guint i = 0; i < pieces->len; i++) {
        char *norm = jx_norm_text(g_array_index(pieces, piece, i).text);
        gboolean cost = strcmp(norm, "成本指标") != 0 && g_str_has_suffix(norm, "成本指标") &&
                        g_utf8_strlen(norm, -1) <= MAX_LABEL_CHARS &&
                        jx_taxonomy_level2(NULL, norm);
        g_free(norm);
        if (cost)
            return TRUE;
    }
    return FALSE;
}

/* A form that numbers its level-1 labels as sections (`一、产出指标`,
 * `二、效益指标`) numbers a level-1 成本指标 as well: where this many
 * level-1 labels are numbered, a bare 成本指标 is the level-2 under 产出
 * whatever the year (forms kept the older taxonomy after 2021). */
#define MIN_NUMBERED_LEVEL1 2

static gboolean numbers_level1s(const GArray *pieces)
{
    guint numbered = 0;
    for (guint i = 0; i < pieces->len && numbered < MIN_NUMBERED_LEVEL1; i++) {
        char *norm = jx_norm_text(g_array_index(pieces, piece, i).text);
        numbered += g_utf8_strlen(norm, -1) <= MAX_LABEL_CHARS &&
                    opens_with_section_ordinal(norm) && jx_taxonomy_level1(norm);
        g_free(norm);
    }
    return numbered >= MIN_NUMBERED_LEVEL1;
}

/* A stream is read as a table when this share of its rows has a name and
 * a target each: a stream in some other order (plain `pdftotext` gives a
 * table column by column) reads as rows of stray pieces, and its lines are
 * better given back as lines than as records that are wrong. */
#define MIN_SOUND_ROWS 0.7

static gboolean reads_soundly(const GArray *rows)
{
    guint n = rows->len, sound = 0;
    gboolean last_sound = FALSE;
    for (guint i = 0; i < n; i++) {
        /* a name and a target that fit their columns, not stray pieces
         * forced into them */
        const row_summary *r = &g_array_index(rows, row_summary, i);
        last_sound = r->fit_name && r->fit_target;
        sound += last_sound;
    }
    /* a stream cut off inside its last row is still a table (see
     * cut_off_warning): that row does not count */
    if (n > 1 && !last_sound)
        n--;
    return n && (double)sound >= MIN_SOUND_ROWS * (double)n;
}

/* The header words as one string, `|` between them. */
static char *joined_words(const GPtrArray *words)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < words->len; i++) {
        if (i)
            g_string_append_c(s, '|');
        g_string_append(s, words->pdata[i]);
    }
    return g_string_free(s, FALSE);
}

/* A continued table's stream (see finish_stream) still needs this share
 * of rows with a name and a target that fit: half, not MIN_SOUND_ROWS. */
#define MIN_SOUND_ROWS_CONTINUED 0.5

static gboolean reads_at_all(const GArray *rows)
{
    guint sound = 0;
    for (guint i = 0; i < rows->len; i++) {
        const row_summary *r = &g_array_index(rows, row_summary, i);
        sound += r->fit_name && r->fit_target;
    }
    return rows->len && (double)sound >= MIN_SOUND_ROWS_CONTINUED * (double)rows->len;
}

/* A stream that stops inside a row (a scrape cut off, a page the copy left
 * out): its last row has no name or no target.  The row is kept, flagged;
 * the document says where the stream stopped.  A new string, or NULL. */
static char *cut_off_warning(const GArray *pieces, const GArray *cells, const GArray *rows)
{
    if (!rows->len)
        return NULL;
    const row_summary *last = &g_array_index(rows, row_summary, rows->len - 1);
    if (last->name && last->target)
        return NULL;
    gboolean name = last->name;
    const chosen *first = &g_array_index(cells, chosen, last->first);
    const piece *pc = &g_array_index(pieces, piece, first->first);
    return g_strdup_printf("line %d: the table's text stops inside a row (it has no %s); the "
                           "row is kept and flagged stream-ambiguous — check the source for the "
                           "rest of the table",
                           pc->line, name ? "target" : "name");
}

/* The grid of a transposed summary's body: each word that names figures
 * (分值, 得分) starts a row, the figures after it fill the group columns in
 * order.  NULL when the pieces are not that: a figure with no row, a row
 * whose figures do not fill every column, a piece that is no figure. */
static jx_grid *read_transposed(jx_cellrun *c, const GArray *pieces)
{
    int n = c->header->n_cols, row = 0, col = n - 1;
    gboolean ok = pieces->len > 0;
    jx_grid *g = jx_grid_new();
    add_header_cells(g, c->hcells);
    const sline *first = &g_array_index(c->held, sline, 0);
    jx_grid_set_row_origin(g, 0, first->line, first->page);
    for (guint i = 0; i < pieces->len && ok; i++) {
        const piece *pc = &g_array_index(pieces, piece, i);
        if (names_figures(pc->text)) {
            ok = col == n - 1; /* the row before is whole */
            row++;
            col = 0;
            jx_grid_set_row_origin(g, row, pc->line, pc->page);
        } else {
            col++;
            ok = col < n && is_figure(c->memo, pc->text);
        }
        if (ok)
            jx_grid_add_cell(g, row, col, 1, 1, pc->text);
    }
    if (!ok || col != n - 1) {
        jx_grid_free(g);
        return NULL;
    }
    return g;
}

/* ------------------------------------------------------------- funds */

/*
 * A self-evaluation's 项目资金 block as a stream is read by rule, not by the
 * programme: each row is an item (年度资金总额, 其中：财政拨款, 上年结转资金 …)
 * and the figures and dashes after it, up to the next item; the first cell
 * that is neither ends the block.  Which columns a row's figures fill when
 * it has fewer than the header's figure columns:
 *  - a word processor's text export writes one cell per line and an empty
 *    cell as a blank line: where every row spans the header's width in
 *    lines, the blank lines before a figure say how many columns it skips;
 *  - a text browser's dump (blank lines between all cells) leaves empty
 *    cells out: the placement of the figures that reads best wins — a
 *    percent is the 执行率, 全年执行数 / 全年预算数 gives the printed 执行率,
 *    分值 × 执行率 the 得分, a 分值 or 得分 is no amount above 100, and the
 *    columns forms leave empty are 年初预算数 and (in the 其中 rows) 分值,
 *    执行率 and 得分.  A row whose best placement is not clearly ahead of
 *    the next is flagged as a guess.
 */

/* One cell of a funds block's stream. */
typedef struct {
    char *norm;   /* normalized text */
    guint body;   /* index of its first line in the body */
    int line, page;
    int gap;      /* blank lines before it */
} ftoken;

static void ftoken_clear(gpointer p)
{
    g_free(((ftoken *)p)->norm);
}

/* The block's cells: a line each, or (`parted`: a browser's dump) the lines
 * between two blank lines joined. */
static GArray *funds_tokens(const GArray *body, gboolean parted)
{
    GArray *tokens = g_array_new(FALSE, TRUE, sizeof(ftoken));
    g_array_set_clear_func(tokens, ftoken_clear);
    for (guint i = 0; i < body->len; i++) {
        const sline *l = &g_array_index(body, sline, i);
        int gap = i ? l->line - g_array_index(body, sline, i - 1).line - 1 : 0;
        char *text = g_strdup(l->raw);
        guint j = i + 1;
        for (; parted && j < body->len &&
               g_array_index(body, sline, j).line - g_array_index(body, sline, j - 1).line == 1;
             j++) {
            char *joined = jx_norm_join(text, g_array_index(body, sline, j).raw);
            g_free(text);
            text = joined;
        }
        ftoken t = {jx_norm_text(text), i, l->line, l->page, MAX(gap, 0)};
        g_free(text);
        g_array_append_val(tokens, t);
        i = j - 1;
    }
    return tokens;
}

/* One row of a funds block: its item token and its figure tokens. */
typedef struct {
    guint item, first, n;
} frow;

/* TRUE when a one-cell-per-line body writes every empty cell as a blank
 * line: each row but the last spans the item, the figure columns and the
 * next row's empty label cell (or not: a block label beside the first row
 * only), in lines. */
static gboolean blank_lines_are_cells(const GArray *tokens, const GArray *rows, int n)
{
    for (guint r = 0; r + 1 < rows->len; r++) {
        const frow *a = &g_array_index(rows, frow, r), *b = &g_array_index(rows, frow, r + 1);
        int span = g_array_index(tokens, ftoken, b->item).line -
                   g_array_index(tokens, ftoken, a->item).line;
        if (span != n + 1 && span != n + 2)
            return FALSE;
    }
    return rows->len > 1;
}

/* The rows of a funds block's cells `tokens` under `n` figure columns (a new
 * array of frow), `*end` the index of the first cell after the block; NULL
 * when they are no such block (a figure before any item, more figures in a
 * row than columns, no item). */
static GArray *funds_rows(jx_facts *memo, const GArray *tokens, int n, guint *end)
{
    GArray *rows = g_array_new(FALSE, FALSE, sizeof(frow));
    gboolean ok = TRUE;
    guint t = 0;
    for (; t < tokens->len && ok; t++) {
        const char *norm = g_array_index(tokens, ftoken, t).norm;
        gboolean cell = is_figure(memo, norm) || jx_selfeval_is_blank(norm);
        if (!cell && jx_funds_names_item(norm)) {
            frow r = {t, t + 1, 0};
            g_array_append_val(rows, r);
        } else if (cell && rows->len) {
            frow *r = &g_array_index(rows, frow, rows->len - 1);
            r->n++;
            ok = r->n <= (guint)n;
        } else if (cell) {
            ok = FALSE; /* a figure before any item */
        } else {
            break; /* the block has ended */
        }
    }
    *end = t;
    if (!ok || !rows->len) {
        g_array_unref(rows);
        return NULL;
    }
    return rows;
}

/* Places row `fr`'s cells in `p` by the blank lines before each (an empty
 * cell each, see blank_lines_are_cells).  FALSE, `p` left empty, when they
 * skip past the last column. */
static gboolean place_by_gaps(jx_funds_placing *p, const GArray *tokens, const frow *fr)
{
    int at = -1;
    for (guint i = 0; i < fr->n; i++) {
        const ftoken *t = &g_array_index(tokens, ftoken, fr->first + i);
        at += 1 + t->gap;
        if (at >= p->n) {
            memset(p->cell, 0, sizeof p->cell);
            return FALSE;
        }
        p->cell[at] = t->norm;
    }
    return TRUE;
}

/*
 * Reads a funds block's body (see above) into a grid under the header:
 * `guessed` gets per grid row whether its placement is a guess, `*rest` the
 * index in `body` of the first line after the block (body->len when it
 * runs to the end).  NULL when the body is no such block (a figure before
 * any item, more figures than columns).
 */
static jx_grid *read_funds(jx_cellrun *c, const GArray *body, gboolean parted, GArray *guessed,
                           guint *rest)
{
    const jx_header *h = c->header;
    int item_col = -1, n = 0, fcols[JX_FUNDS_MAX_COLS];
    jx_funds_col kinds[JX_FUNDS_MAX_COLS];
    gboolean planned = FALSE, adjusted = FALSE;
    for (int k = 0; k < h->n_cols; k++) {
        jx_funds_col col = h->texts ? jx_funds_column(h->texts[k]) : JX_FC_NONE;
        if (col != JX_FC_NONE && n < JX_FUNDS_MAX_COLS) {
            kinds[n] = col;
            fcols[n++] = k;
            planned |= col == JX_FC_PLANNED;
            adjusted |= col == JX_FC_ADJUSTED;
        } else if (names_row(h->roles[k], TRUE) && item_col < 0) {
            item_col = k;
        }
    }
    if (item_col < 0 || n == 0)
        return NULL;
    GArray *tokens = funds_tokens(body, parted);
    guint end = 0;
    GArray *rows = funds_rows(c->memo, tokens, n, &end);
    *rest = end < tokens->len ? g_array_index(tokens, ftoken, end).body : body->len;
    if (!rows) {
        g_array_unref(tokens);
        return NULL;
    }
    gboolean by_gaps = !parted && blank_lines_are_cells(tokens, rows, n);
    jx_grid *g = jx_grid_new();
    add_header_cells(g, c->hcells);
    const sline *first = &g_array_index(c->held, sline, 0);
    for (int r = 0; r < h->n_rows; r++)
        jx_grid_set_row_origin(g, r, first->line, first->page);
    g_array_set_size(guessed, (guint)h->n_rows);
    for (guint r = 0; r < rows->len; r++) {
        const frow *fr = &g_array_index(rows, frow, r);
        const ftoken *item = &g_array_index(tokens, ftoken, fr->item);
        int row = h->n_rows + (int)r;
        jx_grid_set_row_origin(g, row, item->line, item->page);
        jx_grid_add_cell(g, row, item_col, 1, 1, item->norm);
        jx_funds_placing p = {kinds, n, planned && adjusted, {0}};
        const char *cells[JX_FUNDS_MAX_COLS] = {0};
        for (guint i = 0; i < fr->n; i++)
            cells[i] = g_array_index(tokens, ftoken, fr->first + i).norm;
        gboolean sure = TRUE;
        if (!by_gaps || !place_by_gaps(&p, tokens, fr))
            jx_funds_place_by_shape(&p, cells, (int)fr->n, &sure);
        for (int j = 0; j < n; j++)
            if (p.cell[j])
                jx_grid_add_cell(g, row, fcols[j], 1, 1, p.cell[j]);
        gboolean guess = !sure;
        g_array_append_val(guessed, guess);
    }
    g_array_unref(rows);
    g_array_unref(tokens);
    return g;
}

/* Hands over the grid of a funds block's body `body` (borrowed lines of
 * the held ones; see read_funds) and looks at the lines after the block
 * afresh.  FALSE, nothing done, when the body is no funds block. */
static gboolean finish_funds(jx_cellrun *c, const GArray *body, gboolean parted)
{
    GArray *guessed = g_array_new(FALSE, TRUE, sizeof(gboolean));
    guint rest = 0;
    jx_grid *g = read_funds(c, body, parted, guessed, &rest);
    if (!g) {
        g_array_unref(guessed);
        return FALSE;
    }
    /* the lines after the block, kept before reset frees the held ones */
    GArray *after = g_array_new(FALSE, TRUE, sizeof(sline));
    g_array_set_clear_func(after, sline_clear);
    for (guint i = rest; i < body->len; i++) {
        const sline *l = &g_array_index(body, sline, i);
        sline copy = {g_strdup(l->raw), l->line, l->page};
        g_array_append_val(after, copy);
    }
    reset(c);
    c->grid_fn(g, guessed, NULL, c->data);
    g_array_unref(guessed);
    for (guint i = 0; i < after->len; i++) {
        const sline *l = &g_array_index(after, sline, i);
        jx_cellrun_take_line(c, l->raw, l->line, l->page);
    }
    g_array_unref(after);
    return TRUE;
}

/* ------------------------------------------------------ positional streams */

/*
 * Writer's text export (`soffice --convert-to txt`) writes every cell of a
 * table row on its own line, in row order: an empty line for each empty cell
 * and for each position a vertical merge covers, one line for a cell merged
 * across columns, and a line per paragraph or manual line break inside a
 * cell.  Its blank lines are positions, not separators: read by the table's
 * width, a row is that many lines, and the table is rebuilt as a grid (merged
 * labels written once, filled down by the table reader) instead of guessed as
 * a stream whose empty cells left no trace.  read_positions reads the body
 * so and says whether the whole table bears it out; else the stream is read
 * as before.
 */

/* A line's position says its column: however poorly its text fits there (a
 * work item of 16 characters as a free level-2), it weighs no more than
 * this against reading the row at its width. */
#define POS_MIN_FIT (-2.0)
/* A cell spreads over at most this many lines (a name with a manual line
 * break or two paragraphs). */
#define MAX_POS_CELL_LINES 3
/* Joining lines into one cell (a manual break, a second paragraph): a cost
 * the fit of the cells it keeps in place outweighs, and below an extra
 * blank line's, whose place is a split group's rows (see pos_rows). */
#define POS_JOIN_COST 1.0
/* One line over two label columns (成本指标 over 一级|二级): rarer than a
 * join, and only label columns are merged so. */
#define POS_SPAN_COST 2.5
/* A blank line over: a column split in some rows only (a third label column
 * under 效益, `| 效益指标 | 经济效益指标`) gives those rows an empty cell more.
 * Cheaper than a join (which would glue two cells of text), dearer than an
 * empty cell read in its column. */
#define POS_EXTRA_BLANK_COST 1.0
/* …and a row opening such a group without a label (see pos_rows) pays this
 * more: a row of blank labels one line too long is rather a cell broken
 * over two lines (a join) than the first of a split group. */
#define POS_SPLIT_OPEN_COST 1.5
/* A row has at most this many joins, spans and extra blanks together: more is no row of
 * this width. */
#define MAX_POS_ROW_SHIFT 2
/* A blank line that is no cell (a paragraph between two parts of a table a
 * page split): dearer than any empty cell, so rows are realigned through it
 * only when the rows after it fit much better so. */
#define POS_GAP_COST 3.0
/* The table reads by position when, over all its rows, this share is
 * exactly its width in lines, a line a cell (a few rows hold a break, a
 * merge or a split column)… */
#define MIN_EXACT_ROW_SHARE 0.75
/* …this share has a name and a target that fit their columns (a stream
 * without blank positions, read so, misaligns at its first absent cell)… */
#define MIN_POS_SOUND_SHARE 0.9
/* …and it has at least this many rows: one row proves no width, and two
 * line up by chance in a dump that is no table export (plain pdftotext's
 * few lines between two page footers). */
#define MIN_POS_ROWS 3

typedef struct {
    const char *text; /* borrowed; NULL for a blank line */
    int line, page;
} pos_line;

/* How a row's lines fill its columns: per cell the column it starts in,
 * how many columns it spans (0: an extra blank line, no cell) and how many
 * lines it takes. */
typedef struct {
    int col, span, lines;
} pos_cell;

typedef struct {
    guint start, len; /* its lines */
    gboolean drops;   /* it drops a blank line (see POS_EXTRA_BLANK_COST) */
} pos_row;

/* The fits of every position to every column (see fit), an empty cell
 * costing what an absent one does (skip_cost); joins of k lines in
 * `joined[(k - 2)]`. */
typedef struct {
    const pos_line *lines;
    guint n;         /* lines, the padding after the last text included */
    guint end;       /* the line after the last text */
    int w;           /* columns */
    const jx_role *roles;
    double *single;  /* n × w */
    double *joined;  /* (MAX_POS_CELL_LINES - 1) × n × w; NEG_INF where no join */
} pos_fits;

static gboolean pos_spannable(jx_role r)
{
    return r == JX_ROLE_LEVEL1 || r == JX_ROLE_LEVEL2 || r == JX_ROLE_NONE;
}

static void pos_fits_fill(pos_fits *pf, const fit_context *ctx, jx_facts *memo)
{
    guint n = pf->n;
    int w = pf->w;
    pf->single = g_new(double, (gsize)n * w);
    pf->joined = g_new(double, (gsize)(MAX_POS_CELL_LINES - 1) * n * w);
    for (guint p = 0; p < n; p++) {
        for (int k = 1; k <= MAX_POS_CELL_LINES; k++) {
            double *out = k == 1 ? pf->single + (gsize)p * w
                                 : pf->joined + ((gsize)(k - 2) * n + p) * w;
            gboolean whole = p + k <= n;
            for (guint i = p; whole && i < p + k; i++)
                whole = pf->lines[i].text != NULL || k == 1;
            if (!whole) {
                for (int c = 0; c < w; c++)
                    out[c] = NEG_INF;
                continue;
            }
            if (k == 1 && !pf->lines[p].text) {
                for (int c = 0; c < w; c++)
                    out[c] = -skip_cost(pf->roles[c]);
                continue;
            }
            GString *s = g_string_new(NULL);
            for (guint i = p; i < p + k; i++) {
                if (i > p)
                    g_string_append_c(s, '\n');
                g_string_append(s, pf->lines[i].text);
            }
            const jx_cell_facts *f = jx_facts_of(memo, s->str);
            for (int c = 0; c < w; c++)
                out[c] = MAX(fit(pf->roles[c], f->kind, f->chars, f->norm, TRUE, ctx), POS_MIN_FIT);
            g_string_free(s, TRUE);
        }
    }
}

static double pos_fit(const pos_fits *pf, guint p, int k, int c)
{
    return k == 1 ? pf->single[(gsize)p * pf->w + c]
                  : pf->joined[((gsize)(k - 2) * pf->n + p) * pf->w + c];
}

/* The best way lines [p, p + len) fill the w columns, extra blank lines
 * allowed when `drops`, its score, and (when `cells` is given) the cells in
 * order; `*dropped` says whether it drops a blank line, `*labelled` whether
 * a label column holds a known label.  NEG_INF when they cannot. */
static double align_row(const pos_fits *pf, guint p, guint len, gboolean drops, GArray *cells,
                        gboolean *dropped, gboolean *labelled)
{
    int w = pf->w;
    gsize cols = (gsize)w + 1;
    double *a = g_new(double, (len + 1) * cols);
    pos_cell *from = g_new0(pos_cell, (len + 1) * cols);
    for (gsize k = 0; k < (len + 1) * cols; k++)
        a[k] = NEG_INF;
    a[0] = 0;
    for (guint i = 0; i < len; i++)
        for (int c = 0; c < w; c++) {
            double here = a[i * cols + c];
            if (here == NEG_INF)
                continue;
            for (int k = 1; k <= MAX_POS_CELL_LINES && i + k <= len; k++) {
                double f = pos_fit(pf, p + i, k, c);
                if (f == NEG_INF)
                    break;
                double s = here + f - (k - 1) * POS_JOIN_COST;
                gsize to = (i + k) * cols + c + 1;
                if (s > a[to]) {
                    a[to] = s;
                    from[to] = (pos_cell){c, 1, k};
                }
            }
            /* an extra blank line (see POS_EXTRA_BLANK_COST) */
            if (drops && !pf->lines[p + i].text &&
                here - POS_EXTRA_BLANK_COST > a[(i + 1) * cols + c]) {
                a[(i + 1) * cols + c] = here - POS_EXTRA_BLANK_COST;
                from[(i + 1) * cols + c] = (pos_cell){c, 0, 1};
            }
            /* one line over two label columns (blank: the position such a
             * cell merged over rows covers) */
            if (c + 1 < w && pos_spannable(pf->roles[c]) && pos_spannable(pf->roles[c + 1])) {
                double s = here + pos_fit(pf, p + i, 1, c) - POS_SPAN_COST;
                gsize to = (i + 1) * cols + c + 2;
                if (s > a[to]) {
                    a[to] = s;
                    from[to] = (pos_cell){c, 2, 1};
                }
            }
        }
    double best = a[len * cols + w];
    gboolean drop = FALSE, label = FALSE;
    if (best != NEG_INF) {
        if (cells)
            g_array_set_size(cells, 0);
        guint i = len;
        int c = w;
        while (i > 0) {
            pos_cell pc = from[i * cols + c];
            if (cells)
                g_array_prepend_val(cells, pc);
            i -= pc.lines;
            c -= pc.span;
            drop |= pc.span == 0;
            /* a label the taxonomy knows: any short text fits a free
             * group's level-2 column (FREE_LABEL_FIT) */
            label |= pc.span > 0 && pf->lines[p + i].text &&
                     (pf->roles[pc.col] == JX_ROLE_LEVEL1 || pf->roles[pc.col] == JX_ROLE_LEVEL2) &&
                     pos_fit(pf, p + i, pc.lines, pc.col) > FREE_LABEL_FIT;
        }
    }
    if (dropped)
        *dropped = drop;
    if (labelled)
        *labelled = label;
    g_free(from);
    g_free(a);
    return best;
}

/* Markers in pos_rows' back pointers. */
#define POS_START G_MAXUINT
#define POS_GAP (G_MAXUINT - 1)

/* A step of pos_rows: where the row (or gap) before started, and in which
 * state (whether it dropped a blank line). */
typedef struct {
    guint from;
    int state;
} pos_step;

/* The rows that read lines [0, n) best: a row may start at any of the
 * first `lead` + 1 lines (blank lines before the first text may be the
 * header's empty cells or the first row's), must start before the line
 * after the last text (pf->end) and ends at or after it.  A row drops a
 * blank line (a column split in its group's rows only) freely when it holds
 * a label or goes on from a row that dropped one; a group's first row
 * without a label pays POS_SPLIT_OPEN_COST more, as such a row is rather a
 * cell broken over two lines.  NULL when none. */
static GArray *pos_rows(const pos_fits *pf, guint lead)
{
    guint n = pf->n, end = pf->end;
    int w = pf->w;
    double *best = g_new(double, (n + 1) * 2);
    pos_step *back = g_new(pos_step, (n + 1) * 2);
    for (guint q = 0; q <= n; q++)
        for (int s = 0; s < 2; s++) {
            best[q * 2 + s] = q <= lead && s == 0 ? 0 : NEG_INF;
            back[q * 2 + s] = (pos_step){POS_START, 0};
        }
    guint shortest = (guint)MAX(1, w - MAX_POS_ROW_SHIFT), longest = (guint)w + MAX_POS_ROW_SHIFT;
#define POS_RELAX(q2, s2, v, step)                                                                 \
    do {                                                                                           \
        if ((v) > best[(q2) * 2 + (s2)]) {                                                         \
            best[(q2) * 2 + (s2)] = (v);                                                           \
            back[(q2) * 2 + (s2)] = (step);                                                        \
        }                                                                                          \
    } while (0)
    for (guint q = 0; q < end; q++)
        for (int s = 0; s < 2; s++) {
            double here = best[q * 2 + s];
            if (here == NEG_INF)
                continue;
            if (!pf->lines[q].text && q >= lead)
                POS_RELAX(q + 1, s, here - POS_GAP_COST, ((pos_step){POS_GAP, s}));
            for (guint len = shortest; len <= longest && q + len <= n; len++) {
                double plain = align_row(pf, q, len, FALSE, NULL, NULL, NULL);
                if (plain != NEG_INF)
                    POS_RELAX(q + len, 0, here + plain, ((pos_step){q, s}));
                gboolean dropped, labelled;
                double split = align_row(pf, q, len, TRUE, NULL, &dropped, &labelled);
                if (split != NEG_INF && dropped)
                    POS_RELAX(q + len, 1,
                              here + split - (labelled || s ? 0 : POS_SPLIT_OPEN_COST),
                              ((pos_step){q, s}));
            }
        }
#undef POS_RELAX
    guint at = end;
    int st = 0;
    for (guint q = end; q <= n; q++)
        for (int s = 0; s < 2; s++)
            if (best[q * 2 + s] > best[at * 2 + st]) {
                at = q;
                st = s;
            }
    GArray *rows = NULL;
    if (best[at * 2 + st] != NEG_INF && back[at * 2 + st].from != POS_START) {
        rows = g_array_new(FALSE, FALSE, sizeof(pos_row));
        while (back[at * 2 + st].from != POS_START) {
            pos_step b = back[at * 2 + st];
            if (b.from == POS_GAP) {
                at--;
                continue;
            }
            pos_row r = {b.from, at - b.from, st == 1};
            g_array_prepend_val(rows, r);
            at = b.from;
            st = b.state;
        }
    }
    g_free(back);
    g_free(best);
    return rows;
}

/* What a positional reading of a table says for itself (see
 * MIN_EXACT_ROW_SHARE, MIN_POS_SOUND_SHARE). */
typedef struct {
    guint rows, exact, sound, empties;
} pos_evidence;

static pos_evidence pos_weigh(const pos_fits *pf, const GArray *rows)
{
    pos_evidence e = {.rows = rows->len};
    GArray *cells = g_array_new(FALSE, FALSE, sizeof(pos_cell));
    for (guint r = 0; r < rows->len; r++) {
        const pos_row *pr = &g_array_index(rows, pos_row, r);
        align_row(pf, pr->start, pr->len, pr->drops, cells, NULL, NULL);
        /* a row is exact when each line is one cell of one column */
        gboolean exact = TRUE;
        gboolean name = FALSE, target = FALSE;
        guint p = pr->start;
        for (guint k = 0; k < cells->len; k++) {
            const pos_cell *pc = &g_array_index(cells, pos_cell, k);
            exact &= pc->span == 1 && pc->lines == 1;
            if (!pc->span) {
                p++;
                continue;
            }
            double f = pos_fit(pf, p, pc->lines, pc->col);
            gboolean text = pf->lines[p].text != NULL;
            e.empties += !text && p < pf->end;
            name |= text && f > 0 && names_row(pf->roles[pc->col], FALSE);
            target |= text && f > 0 && states_row(pf->roles[pc->col], FALSE);
            p += pc->lines;
        }
        e.exact += exact;
        e.sound += name && target;
    }
    g_array_unref(cells);
    return e;
}

static gboolean pos_convincing(const pos_evidence *e)
{
    return e->rows >= MIN_POS_ROWS && e->empties > 0 &&
           e->exact >= MIN_EXACT_ROW_SHARE * e->rows && e->sound >= MIN_POS_SOUND_SHARE * e->rows;
}

/* One reading of the body by position under `w` columns of `roles`. */
typedef struct {
    pos_fits fits;
    GArray *rows;
    pos_evidence ev;
} pos_reading;

static void pos_reading_clear(pos_reading *r)
{
    g_free(r->fits.single);
    g_free(r->fits.joined);
    if (r->rows)
        g_array_unref(r->rows);
}

static gboolean pos_read(pos_reading *r, const GArray *lines, guint lead, guint end,
                         const jx_role *roles, int w, const fit_context *ctx, jx_facts *memo)
{
    *r = (pos_reading){.fits = {(const pos_line *)lines->data, lines->len, end, w, roles, NULL, NULL}};
    pos_fits_fill(&r->fits, ctx, memo);
    r->rows = pos_rows(&r->fits, lead);
    if (!r->rows)
        return FALSE;
    r->ev = pos_weigh(&r->fits, r->rows);
    return pos_convincing(&r->ev);
}

/* The body's lines as positions: `lead` blank lines before the first (the
 * blank lines between the header's last word and it), a blank one for each
 * line skipped between two on the same page, and `pad` blank ones after the
 * last (the last row's empty cells). */
static GArray *pos_lines_of(const GArray *body, guint lead, guint pad)
{
    GArray *out = g_array_new(FALSE, FALSE, sizeof(pos_line));
    const sline *first = &g_array_index(body, sline, 0);
    for (guint i = 0; i < lead; i++) {
        pos_line b = {NULL, first->line - (int)(lead - i), first->page};
        g_array_append_val(out, b);
    }
    for (guint i = 0; i < body->len; i++) {
        const sline *l = &g_array_index(body, sline, i);
        if (i > 0) {
            const sline *prev = &g_array_index(body, sline, i - 1);
            for (int k = prev->line + 1; prev->page == l->page && k < l->line; k++) {
                pos_line b = {NULL, k, l->page};
                g_array_append_val(out, b);
            }
        }
        pos_line t = {l->raw, l->line, l->page};
        g_array_append_val(out, t);
    }
    const sline *last = &g_array_index(body, sline, body->len - 1);
    for (guint i = 0; i < pad; i++) {
        pos_line b = {NULL, last->line + 1 + (int)i, last->page};
        g_array_append_val(out, b);
    }
    return out;
}

/* The grid of a positional reading: the header words shifted `shift`
 * columns right (a row-header column the header leaves unnamed), then a row
 * per reading row, each cell in its column. */
static jx_grid *pos_grid(jx_cellrun *c, const pos_reading *r, int shift, GArray *guessed)
{
    jx_grid *g = jx_grid_new();
    const sline *first = &g_array_index(c->held, sline, 0);
    for (guint i = 0; i < c->hcells->len; i++) {
        const hcell *h = &g_array_index(c->hcells, hcell, i);
        jx_grid_add_cell(g, h->row, h->col + shift, h->rowspan, h->colspan, h->text);
    }
    int header_rows = c->header->n_rows;
    for (int row = 0; row < header_rows; row++)
        jx_grid_set_row_origin(g, row, first->line, first->page);
    g_array_set_size(guessed, (guint)header_rows);
    GArray *cells = g_array_new(FALSE, FALSE, sizeof(pos_cell));
    const pos_line *lines = r->fits.lines;
    for (guint i = 0; i < r->rows->len; i++) {
        const pos_row *pr = &g_array_index(r->rows, pos_row, i);
        int row = header_rows + (int)i;
        align_row(&r->fits, pr->start, pr->len, pr->drops, cells, NULL, NULL);
        guint p = pr->start;
        while (p + 1 < pr->start + pr->len && !lines[p].text)
            p++;
        jx_grid_set_row_origin(g, row, lines[p].line, lines[p].page);
        gboolean name = FALSE, target = FALSE;
        p = pr->start;
        for (guint k = 0; k < cells->len; k++) {
            const pos_cell *pc = &g_array_index(cells, pos_cell, k);
            if (lines[p].text && pc->span) {
                GString *s = g_string_new(NULL);
                for (int j = 0; j < pc->lines; j++) {
                    if (j)
                        g_string_append_c(s, '\n');
                    g_string_append(s, lines[p + j].text);
                }
                jx_grid_add_cell(g, row, pc->col, 1, pc->span, s->str);
                g_string_free(s, TRUE);
                double f = pos_fit(&r->fits, p, pc->lines, pc->col);
                name |= f > 0 && names_row(r->fits.roles[pc->col], FALSE);
                target |= f > 0 && states_row(r->fits.roles[pc->col], FALSE);
            }
            p += pc->lines;
        }
        gboolean guess = !name || !target;
        g_array_append_val(guessed, guess);
    }
    g_array_unref(cells);
    return g;
}

/* Reads the body by position (see above) under the header's columns, or
 * under them after a leading column the header leaves unnamed (a
 * row-header column: 年度绩效指标 merged down the rows, its header cell
 * empty or left out of the words); hands the grid over and returns TRUE
 * when the whole table bears the reading out. */
static gboolean finish_positions(jx_cellrun *c, const GArray *body, const fit_context *ctx)
{
    if (!body->len || c->body_at == 0)
        return FALSE;
    const sline *head = &g_array_index(c->held, sline, c->body_at - 1);
    const sline *first = &g_array_index(body, sline, 0);
    int n = c->header->n_cols;
    guint lead = head->page == first->page && first->line - head->line > 1
                     ? (guint)MIN(first->line - head->line - 1, n)
                     : 0;
    GArray *lines = pos_lines_of(body, lead, (guint)n + 1);
    guint end = lines->len - (guint)n - 1;
    jx_role *shifted = g_new(jx_role, n + 1);
    shifted[0] = JX_ROLE_NONE;
    memcpy(shifted + 1, c->header->roles, sizeof(jx_role) * n);
    pos_reading plain, wide;
    gboolean plain_ok = pos_read(&plain, lines, lead, end, c->header->roles, n, ctx, c->memo);
    gboolean wide_ok = pos_read(&wide, lines, lead, end, shifted, n + 1, ctx, c->memo);
    /* both read: the one whose rows are more often exactly its width */
    if (plain_ok && wide_ok)
        plain_ok = plain.ev.exact * wide.ev.rows >= wide.ev.exact * plain.ev.rows;
    gboolean ok = plain_ok || wide_ok;
    if (ok) {
        GArray *guessed = g_array_new(FALSE, TRUE, sizeof(gboolean));
        jx_grid *g = plain_ok ? pos_grid(c, &plain, 0, guessed) : pos_grid(c, &wide, 1, guessed);
        g_free(c->read_header);
        c->read_header = joined_words(c->words);
        reset(c);
        c->grid_fn(g, guessed, NULL, c->data);
        g_array_unref(guessed);
    }
    pos_reading_clear(&plain);
    pos_reading_clear(&wide);
    g_free(shifted);
    g_array_unref(lines);
    return ok;
}

/* TRUE when a piece is a level-2 label of a free level-1 (预算执行 under
 * 过程): a work phrase the taxonomy lists, which names begin with too. */
static gboolean is_free_level2_piece(const piece *pc)
{
    if (!is_label_piece(pc) || jx_taxonomy_level1(pc->text))
        return FALSE;
    return is_free_code(jx_taxonomy_level2(NULL, pc->text));
}

/* TRUE when piece i opens its row's cells: first in its line, or right
 * after the row's 序号. */
static gboolean at_row_head(const GArray *pieces, guint i)
{
    const piece *pc = &g_array_index(pieces, piece, i);
    if (pc->line_start)
        return !is_bare_figure(pc->text);
    const piece *prev = i ? &g_array_index(pieces, piece, i - 1) : NULL;
    return prev && pc->brk == BREAK_SOFT && prev->line_start && is_bare_figure(prev->text);
}

/* A name that states a property with no subject (合理性, 覆盖率, 率): the
 * subject is the word before it, a level-2 label only by its look
 * (绩效目标合理性, 政府采购执行率).  Such a property is this short and ends
 * with one of these. */
#define MAX_BARE_PROPERTY_CHARS 3
static const char *const property_endings[] = {"性", "率", "度"};

static gboolean is_bare_property(const char *text)
{
    /* a mark or a bracketed note after it (`覆盖率*（暂定）`) is no subject */
    gsize n = strlen(text);
    for (const char *p = text; *p; p = g_utf8_next_char(p))
        if (jx_norm_prefix_listed(p, name_marks, G_N_ELEMENTS(name_marks)) ||
            jx_norm_prefix_listed(p, open_brackets, G_N_ELEMENTS(open_brackets))) {
            n = (gsize)(p - text);
            break;
        }
    char *core = g_strndup(text, n);
    gboolean yes = *core && g_utf8_strlen(core, -1) <= MAX_BARE_PROPERTY_CHARS &&
                   ends_with_any(core, property_endings, G_N_ELEMENTS(property_endings));
    g_free(core);
    return yes;
}

/* TRUE when `p` opens with such a property of the full length
 * (`明确性明确`: 明确性; a shorter one is as often a word, 年度). */
static gboolean opens_with_bare_property(const char *p)
{
    const char *q = p;
    for (int n = 0; n < MAX_BARE_PROPERTY_CHARS; n++) {
        if (!*q)
            return FALSE;
        q = g_utf8_next_char(q);
    }
    char *head = g_strndup(p, (gsize)(q - p));
    gboolean yes = is_bare_property(head);
    g_free(head);
    return yes;
}

/* Joins back a free level-2 label cut off a row's head where its group has
 * ended: a merged label heads its group once and a table that repeats it
 * writes it on every row, so the same label after rows without it begins
 * a name (预算执行 | 支付进度符合率 … `7预算执行率`).  Where the table merges
 * its labels (a row opens with no label), the label of the group still open
 * on the row right after it begins a name too (预算编制 | 预算编制规范性 /
 * `6预算编制科学性`), and so does any free label before a bare property
 * (`绩效目标合理性`). */
static void join_ended_free_labels(GArray *pieces)
{
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    GHashTable *ended = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    gboolean merges = FALSE;
    for (guint i = 0; i < pieces->len && !merges; i++)
        merges = at_row_head(pieces, i) && !is_label_piece(&g_array_index(pieces, piece, i));
    for (guint i = 0; i < pieces->len; i++) {
        piece *pc = &g_array_index(pieces, piece, i);
        if (!at_row_head(pieces, i)) {
            /* a label after the row's level-1 heads its group */
            if (is_free_level2_piece(pc))
                g_hash_table_add(seen, g_strdup(pc->text));
            continue;
        }
        GHashTableIter it;
        gpointer key;
        g_hash_table_iter_init(&it, seen);
        while (g_hash_table_iter_next(&it, &key, NULL))
            if (strcmp(key, pc->text) != 0 || merges)
                g_hash_table_add(ended, g_strdup(key));
        if (!is_free_level2_piece(pc))
            continue;
        const piece *next = i + 1 < pieces->len ? &g_array_index(pieces, piece, i + 1) : NULL;
        gboolean heads_name = g_hash_table_contains(ended, pc->text) ||
                              (merges && next && is_bare_property(next->text));
        if (!heads_name || !next || next->brk != BREAK_SOFT) {
            g_hash_table_add(seen, g_strdup(pc->text));
            continue;
        }
        char *joined = g_strconcat(pc->text, g_array_index(pieces, piece, i + 1).text, NULL);
        g_free(pc->text);
        pc->text = joined;
        g_array_remove_index(pieces, i + 1);
    }
    g_hash_table_unref(ended);
    g_hash_table_unref(seen);
}

/* The pieces of a stream's body (see body_pieces), with the work items the
 * table and the text before it show cut off the names they run into. */
static GArray *stream_pieces(jx_cellrun *c, const GArray *body, gboolean parted,
                             const GPtrArray *endings)
{
    char *words = joined_words(c->words);
    gboolean opens_table = !c->read_header || strcmp(c->read_header, words) != 0;
    g_free(words);
    GArray *pieces =
        body_pieces(body, parted, longest_line(body), c->run_together, endings, opens_table);
    gboolean items = FALSE;
    for (int k = 0; k < c->header->n_cols; k++)
        items |= c->header->roles[k] == JX_ROLE_TASK;
    /* work items head rows in a 名称 column, or as the level-2 cells of a
     * free level-1 (履职 | 实施国土绿化提升行动 | 森林抚育面积) */
    if ((items || has_free_level1(pieces)) && c->run_together) {
        cut_shared_items(pieces);
        cut_stated_items(pieces, c->stated);
        cut_duty_items(pieces);
        join_ended_free_labels(pieces);
    }
    return pieces;
}

/* Reads the held body as rows and hands the grid over; when nothing reads,
 * the lines go back as lines. */
/* Words of a column of targets the record does not keep (中期指标值 beside
 * 年度指标值: the header reads it as another column). */
static const char *const set_aside_target_words[] = {"中期"};

gboolean jx_stream_sets_aside_targets(const char *norm)
{
    return jx_norm_holds_listed(norm, set_aside_target_words, G_N_ELEMENTS(set_aside_target_words));
}

/* The roles the cells of a stream are fitted to: the header's, but a column
 * of targets set aside (see set_aside_target_words) holds targets as the
 * year's column does: read as another column's text, a mid-term target
 * (`16,550件`) would rather run into the name before it. */
static jx_role *fit_roles(const jx_header *h)
{
    jx_role *roles = g_memdup2(h->roles, sizeof(jx_role) * (gsize)h->n_cols);
    for (int k = 0; k < h->n_cols && h->texts && h->kind == JX_TABLE_TARGET; k++)
        if (roles[k] == JX_ROLE_OTHER && h->texts[k] &&
            jx_norm_holds_listed(h->texts[k], set_aside_target_words,
                                 G_N_ELEMENTS(set_aside_target_words)))
            roles[k] = JX_ROLE_ACTUAL; /* fits as a target does (see fit) */
    return roles;
}

/* A target table's header of one label column (指标类别, read as the level-1
 * column) and no level-2 column: the index of that column, or -1. */
static int one_label_column(const jx_header *h)
{
    int l1 = -1;
    for (int k = 0; k < h->n_cols; k++) {
        if (h->roles[k] == JX_ROLE_LEVEL2)
            return -1;
        if (h->roles[k] == JX_ROLE_LEVEL1)
            l1 = k;
    }
    return h->kind == JX_TABLE_TARGET ? l1 : -1;
}

/* Pieces a joined label is cut into in text run together: the level-1,
 * the joiner, the level-2 (`产出` `/` `数量指标`: add_word cuts at labels). */
#define JOINED_LABEL_PIECES 3

/* TRUE when pieces from `i` on, run together (no break but a soft one
 * between them), join a level-1 and a level-2 label in one cell. */
static gboolean joined_across_pieces(const GArray *pieces, guint i)
{
    GString *run = g_string_new(g_array_index(pieces, piece, i).text);
    gboolean joined = FALSE;
    for (guint k = i + 1; k < pieces->len && k < i + JOINED_LABEL_PIECES && !joined; k++) {
        const piece *pc = &g_array_index(pieces, piece, k);
        if (pc->brk != BREAK_SOFT)
            break;
        g_string_append(run, pc->text);
        char *norm = jx_norm_text(run->str);
        joined = g_utf8_strlen(norm, -1) <= MAX_JOINED_LABEL_CHARS && jx_labels_joined(norm);
        g_free(norm);
    }
    g_string_free(run, TRUE);
    return joined;
}

/* TRUE when the pieces of a stream under one label column hold section
 * rows: level-2 labels alone (see MIN_SECTION_LABELS), none joined to its
 * level-1 (`产出指标-数量指标` fills the one column whole) — in one piece, or
 * in pieces run together (`1产出/数量指标培育…`: add_word cut the labels
 * apart, and 数量指标 alone looked like a section's level-2; so widened,
 * the row's 序号 stood after the level-1 column and the label ran into the
 * name or took the 序号). */
static gboolean holds_section_rows(const GArray *pieces)
{
    guint level2 = 0;
    for (guint i = 0; i < pieces->len; i++) {
        char *norm = jx_norm_text(g_array_index(pieces, piece, i).text);
        gboolean joined = g_utf8_strlen(norm, -1) <= MAX_JOINED_LABEL_CHARS && jx_labels_joined(norm);
        level2 += is_level2_only(norm);
        g_free(norm);
        if (joined || joined_across_pieces(pieces, i))
            return FALSE;
    }
    return level2 >= MIN_SECTION_LABELS;
}

/* A stream under one label column with section rows is read as the two
 * label columns the form's rows hold: the section's level-1 and the row's
 * level-2, as a table with both columns writes them (a level-1 label once
 * over its group, the level-2 labels beside their rows).  The section's
 * column is the first: a section row stands before the 序号 of the row
 * below it.  The header word heads both (see settle_kind_column); FALSE
 * and the header as it was when the header so widened reads otherwise. */
static gboolean widen_label_column(jx_cellrun *c, const GArray *pieces)
{
    int k = one_label_column(c->header);
    if (k < 0 || !holds_section_rows(pieces))
        return FALSE;
    GArray *wide = g_array_new(FALSE, TRUE, sizeof(hcell));
    for (guint i = 0; i < c->hcells->len; i++) {
        hcell h = g_array_index(c->hcells, hcell, i);
        if (h.col == k && h.colspan == 1) {
            hcell section = h;
            section.col = 0;
            g_array_append_val(wide, section);
        }
        h.col++;
        g_array_append_val(wide, h);
    }
    jx_grid *g = jx_grid_new();
    add_header_cells(g, wide);
    jx_header *h = jx_header_read(g, 0, NULL);
    jx_grid_free(g);
    gboolean ok = h && h->kind == JX_TABLE_TARGET && h->n_cols == c->header->n_cols + 1 &&
                  h->roles[0] == JX_ROLE_LEVEL1 && h->roles[k + 1] == JX_ROLE_LEVEL2;
    if (!ok) {
        jx_header_free(h);
        g_array_unref(wide);
        return FALSE;
    }
    jx_header_free(c->header);
    c->header = h;
    g_array_unref(c->hcells);
    c->hcells = wide;
    return TRUE;
}

static void finish_stream(jx_cellrun *c)
{
    if (c->state != CS_BODY) {
        /* a header that never ended (a tentative line among it too): lines */
        replay(c);
        reset(c);
        return;
    }
    GArray *body = g_array_new(FALSE, TRUE, sizeof(sline));
    for (guint i = c->body_at; i < c->held->len; i++) {
        const sline *l = &g_array_index(c->held, sline, i);
        sline copy = {l->raw, l->line, l->page}; /* borrowed */
        g_array_append_val(body, copy);
    }
    gboolean parted = blank_parted(body);
    if (c->header->kind == JX_TABLE_FUNDS && !c->run_together && finish_funds(c, body, parted)) {
        g_array_unref(body);
        return;
    }
    GArray *pieces = stream_pieces(c, body, parted, NULL);
    if (c->header->transposed) {
        jx_grid *g = read_transposed(c, pieces);
        g_array_unref(body);
        g_array_unref(pieces);
        if (!g) {
            replay(c);
            reset(c);
            return;
        }
        GArray *guessed = g_array_new(FALSE, TRUE, sizeof(gboolean));
        g_array_set_size(guessed, (guint)jx_grid_n_rows(g));
        reset(c);
        c->grid_fn(g, guessed, NULL, c->data);
        g_array_unref(guessed);
        return;
    }
    widen_label_column(c, pieces);
    /* lines that hold several pieces hold rows */
    guint line_starts = 0;
    for (guint i = 0; i < pieces->len; i++)
        line_starts += g_array_index(pieces, piece, i).line_start;
    gboolean row_lines = !parted && line_starts &&
                         (double)pieces->len / line_starts >= ROW_LINE_PIECES;
    /* the year the form is for, as the lines before it say: 成本指标 is a
     * level-1 from 2021 on (and where no year is said, as today's forms) */
    gboolean scored = c->header->kind != JX_TABLE_TARGET;
    gboolean selfeval = FALSE;
    for (int k = 0; k < c->header->n_cols; k++)
        selfeval |= c->header->roles[k] == JX_ROLE_ACTUAL;
    gboolean cost_level1 = !jx_cost_is_level2_in(c->year) &&
                           (!selfeval || has_cost_level2(pieces)) && !numbers_level1s(pieces);
    fit_context ctx = {cost_level1, has_free_level1(pieces), scored, selfeval, c->run_together};
    /* blank lines that are positions (a word processor's text export); not
     * gated on blank_parted: such an export of a table of many empty cells
     * looks parted like a browser's dump, and the whole table's evidence
     * (finish_positions) tells them apart */
    if (!c->run_together && !scored && finish_positions(c, body, &ctx)) {
        g_array_unref(body);
        g_array_unref(pieces);
        return;
    }
    jx_role *roles = fit_roles(c->header);
    GArray *cells = choose_cells(pieces, roles, c->header->n_cols, row_lines, &ctx, c->memo);
    /* text run together: the explanations read where they part for sure
     * show where they start in the other rows; read again with those cuts */
    if (c->run_together && !scored) {
        GPtrArray *endings = known_endings(pieces, cells, c->header->roles, c->memo);
        if (endings->len) {
            g_array_unref(pieces);
            g_array_unref(cells);
            pieces = stream_pieces(c, body, parted, endings);
            cells = choose_cells(pieces, roles, c->header->n_cols, row_lines, &ctx, c->memo);
        }
        g_ptr_array_unref(endings);
    }
    g_free(roles);
    g_array_unref(body);
    GArray *rows = summarize_rows(pieces, cells, c->header->roles, scored);
    if (scored && label_after_figures(pieces, cells, rows, c->memo)) {
        g_array_unref(rows);
        rows = summarize_rows(pieces, cells, c->header->roles, scored);
    }
    /* the same header again (a page repeated it): the table goes on, and a
     * few rows that read poorly (a sentence as a target) do not make its
     * continuation something else */
    char *words = joined_words(c->words);
    gboolean continued = c->read_header && strcmp(c->read_header, words) == 0 &&
                         reads_at_all(rows);
    if (!continued && !reads_soundly(rows)) {
        g_free(words);
        g_array_unref(rows);
        g_array_unref(cells);
        g_array_unref(pieces);
        replay(c);
        reset(c);
        return;
    }
    g_free(c->read_header);
    c->read_header = words;
    GArray *guessed = g_array_new(FALSE, TRUE, sizeof(gboolean));
    jx_grid *g = build_grid(c, pieces, cells, rows, guessed);
    char *warning = cut_off_warning(pieces, cells, rows);
    g_array_unref(rows);
    g_array_unref(cells);
    g_array_unref(pieces);
    reset(c);
    c->grid_fn(g, guessed, warning, c->data);
    g_free(warning);
    g_array_unref(guessed);
}

/* A body line that ends the stream: a note, a signature, a title. */
/* TRUE when a line names a project (`项目名称:X`, `项目名称 X`). */
static gboolean opens_project(const char *raw, const char *norm)
{
    char *project = jx_meta_project_line(raw, norm);
    g_free(project);
    return project != NULL;
}

static gboolean ends_stream(const char *raw)
{
    char *norm = jx_norm_text(raw);
    gboolean end = jx_note_classify(norm) != JX_NOTE_NONE;
    /* the next project's table of a document of several opens with its
     * name (`项目名称` alone on its line, `项目名称:X`, `项目名称 X`) */
    if (!end)
        end = jx_meta_is_project_key(norm) || opens_project(raw, norm);
    if (!end && g_utf8_strlen(norm, -1) <= MAX_TITLE_CHARS && g_str_has_suffix(norm, "表") &&
        (strstr(norm, "绩效") || strstr(norm, "目标")))
        end = TRUE;
    g_free(norm);
    return end;
}

/* A score or budget table's cells are names, labels, figures and (扣分原因,
 * 评分标准) sentences: a line longer than this in a table without a column
 * of sentences is running text after it. */
#define MAX_SCORED_CELL_CHARS 40

/* Numerals a section heading starts with, before 、 (四、主要经验及做法). */
static const char *const heading_numerals[] = {"一", "二", "三", "四", "五", "六",
                                               "七", "八", "九", "十"};

/* TRUE when a body line ends a score or budget table's stream: running text
 * (see MAX_SCORED_CELL_CHARS) or a section heading (`四、…`). */
static gboolean ends_scored_stream(const jx_header *h, const char *raw)
{
    if (h->kind == JX_TABLE_TARGET || h->transposed)
        return FALSE;
    char *norm = jx_norm_text(raw);
    gboolean sentences = FALSE;
    for (int k = 0; k < h->n_cols; k++)
        sentences |= h->roles[k] == JX_ROLE_REASON || h->roles[k] == JX_ROLE_EXPLAIN;
    gboolean end = !sentences && g_utf8_strlen(norm, -1) > MAX_SCORED_CELL_CHARS;
    const char *p = norm;
    while (!end && *p) {
        gsize i = 0;
        for (; i < G_N_ELEMENTS(heading_numerals); i++)
            if (g_str_has_prefix(p, heading_numerals[i]))
                break;
        if (i == G_N_ELEMENTS(heading_numerals))
            break;
        p += strlen(heading_numerals[i]);
        end = p > norm && g_str_has_prefix(p, "、");
    }
    g_free(norm);
    return end;
}

/* Words a self-evaluation's closing rows start with (总分 | 100 | 92.62,
 * 自评得分): they follow the indicators and are no indicator. */
static const char *const selfeval_footers[] = {"总分", "自评得分", "自评总分", "自评等级"};

/* TRUE when a body line closes a self-evaluation's indicators (its header
 * has a 实际完成值 column): a total or grade row, read as a line. */
static gboolean ends_selfeval_stream(const jx_header *h, const char *raw)
{
    gboolean selfeval = FALSE;
    for (int k = 0; k < h->n_cols; k++)
        selfeval |= h->roles[k] == JX_ROLE_ACTUAL;
    if (!selfeval)
        return FALSE;
    char *norm = jx_norm_text(raw);
    gboolean end = FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(selfeval_footers) && !end; i++)
        end = g_str_has_prefix(norm, selfeval_footers[i]);
    g_free(norm);
    return end;
}

/* A body line that opens another header: a word only headers hold. */
static gboolean opens_header(const char *raw)
{
    char *w = header_word(raw);
    if (!w) {
        GPtrArray *words = g_ptr_array_new_with_free_func(g_free);
        gboolean many = header_words_of(raw, words, NULL) && words->len >= MIN_HEADER_WORDS;
        g_ptr_array_unref(words);
        return many;
    }
    jx_role r = jx_header_word_role(w);
    gboolean strong = r == JX_ROLE_SEQ || (r == JX_ROLE_LEVEL1 && strstr(w, "一级指标"));
    g_free(w);
    return strong;
}


/* The year a short line states (`2019年度项目支出绩效目标表`, `（2023年度）`),
 * or 0. */
static int year_stated(const char *raw)
{
    return jx_stream_year_stated(raw);
}

int jx_stream_year_stated(const char *raw)
{
    if (g_utf8_strlen(raw, -1) > MAX_YEAR_LINE_CHARS)
        return 0;
    for (const char *p = raw; *p; p++) {
        if ((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0')) {
            if (g_ascii_isdigit(p[2]) && g_ascii_isdigit(p[3]) && !g_ascii_isdigit(p[4]) &&
                (p == raw || !g_ascii_isdigit(p[-1])) && g_str_has_prefix(p + 4, "年"))
                return atoi(p);
        }
    }
    return 0;
}

static void take_idle(jx_cellrun *c, const char *raw, int line, int page);

/* A list in running text (部门职能职责概述: `…；实施国土绿化提升行动；做好
 * 公益林管护和补偿；…`) names the work items a department's table heads its
 * rows with: its phrases between semicolons, and their parts between
 * commas (`建设高标准农田，提升耕地质量`), of SHARED_PREFIX_CHARS to this
 * many characters, are kept for cut_stated_items.  At most MAX_STATED. */
#define MAX_STATED_CHARS 24
#define MAX_STATED 256

static void add_stated(GPtrArray *stated, const char *phrase)
{
    char *t = g_strstrip(g_strdup(phrase));
    glong n = g_utf8_strlen(t, -1);
    if (n >= SHARED_PREFIX_CHARS && n <= MAX_STATED_CHARS && stated->len < MAX_STATED)
        g_ptr_array_add(stated, t);
    else
        g_free(t);
}

/* The parts of `s` between any of `marks`: a new vector (g_strfreev). */
static char **split_at_marks(const char *s, const char *const *marks, gsize n_marks)
{
    GPtrArray *out = g_ptr_array_new();
    const char *start = s, *p = s;
    while (*p) {
        gsize mark = 0;
        for (gsize k = 0; k < n_marks && !mark; k++)
            if (g_str_has_prefix(p, marks[k]))
                mark = strlen(marks[k]);
        if (!mark) {
            p = g_utf8_next_char(p);
            continue;
        }
        g_ptr_array_add(out, g_strndup(start, (gsize)(p - start)));
        p += mark;
        start = p;
    }
    g_ptr_array_add(out, g_strndup(start, (gsize)(p - start)));
    g_ptr_array_add(out, NULL);
    return (char **)g_ptr_array_free(out, FALSE);
}

static const char *const clause_marks[] = {"；", ";", "。"};
static const char *const comma_marks[] = {"，", ","};

static void stated_phrases(GPtrArray *stated, const char *raw)
{
    if (!strstr(raw, "；") && !strchr(raw, ';'))
        return;
    char **clauses = split_at_marks(raw, clause_marks, G_N_ELEMENTS(clause_marks));
    for (char **cl = clauses; *cl; cl++) {
        add_stated(stated, *cl);
        char **parts = split_at_marks(*cl, comma_marks, G_N_ELEMENTS(comma_marks));
        if (parts[0] && parts[1])
            for (char **p = parts; *p; p++)
                add_stated(stated, *p);
        g_strfreev(parts);
    }
    g_strfreev(clauses);
}

/* The header has ended at `raw`: the body starts at held line `body_at`
 * when the words make a target table's header; else every held line goes
 * back as a line and `raw` is looked at afresh. */
static void begin_body(jx_cellrun *c, guint body_at, const char *raw, int line, int page)
{
    if (!header_accept(c, raw)) {
        replay(c);
        reset(c);
        take_idle(c, raw, line, page);
        return;
    }
    c->state = CS_BODY;
    c->body_at = body_at;
    if (ends_stream(raw)) {
        finish_stream(c);
        c->line_fn(raw, line, page, c->data);
        return;
    }
    hold(c, raw, line, page);
}

/* Header words that head a transposed summary's first column, over the
 * words of its rows (分值, 得分): `指标 | 决策 | 过程 | … | 合计`.  A target
 * table's name column (指标名称) heads names, never such a row. */
static const char *const transposed_heads[] = {"指标", "一级指标", "评价指标"};

/* TRUE when a header line is a column of a transposed summary: after one
 * header word that heads its rows (see transposed_heads) or another such
 * column, a level-1 group (决策, 过程 …) or a summary word (合计). */
static gboolean transposed_column(const jx_cellrun *c, const char *raw)
{
    if (!c->transposed) {
        if (c->words->len != 1 || c->tentative)
            return FALSE;
        gboolean head = FALSE;
        for (gsize i = 0; i < G_N_ELEMENTS(transposed_heads); i++)
            head |= strcmp(c->words->pdata[0], transposed_heads[i]) == 0;
        if (!head)
            return FALSE;
    }
    char *norm = jx_norm_text(raw);
    gboolean column = (g_utf8_strlen(norm, -1) <= MAX_LABEL_CHARS && jx_taxonomy_level1(norm)) ||
                      jx_score_is_summary(norm);
    g_free(norm);
    return column;
}

/* The longest tail of a header word wrapped inside its bracketed note
 * (`预算金额（万` / `元）`). */
#define MAX_BRACKET_TAIL_CHARS 6

/* TRUE when `raw` is the rest of the last header word, whose bracket it
 * closes (`预算金额（万` then `元）`): the word is made whole in c->words. */
static gboolean finishes_bracket(jx_cellrun *c, const char *raw)
{
    if (!c->words->len || c->tentative)
        return FALSE;
    const char *last = c->words->pdata[c->words->len - 1];
    const char *open = strrchr(last, '(');
    if (!open || strchr(open, ')'))
        return FALSE;
    char *norm = jx_norm_text(raw);
    const char *close = strchr(norm, ')');
    gboolean tail = close && close[1] == '\0' && g_utf8_strlen(norm, -1) <= MAX_BRACKET_TAIL_CHARS;
    char *joined = tail ? jx_norm_join(last, norm) : NULL;
    g_free(norm);
    if (!joined || jx_header_word_role(joined) != jx_header_word_role(last)) {
        g_free(joined);
        return FALSE;
    }
    g_free(c->words->pdata[c->words->len - 1]);
    c->words->pdata[c->words->len - 1] = joined;
    return TRUE;
}

/* The longest tail of a self-evaluation's 偏差原因分析及改进措施 wrapped
 * over two lines (`偏差原因分析及` / `改进措施`). */
#define MAX_DEVIATION_TAIL_CHARS 6

/* TRUE when `raw` is the rest of the last header word, a deviation column's
 * (`偏差原因分析及` then `改进措施`): the word is made whole in c->words. */
static gboolean finishes_deviation(jx_cellrun *c, const char *raw)
{
    if (!c->words->len || c->tentative)
        return FALSE;
    const char *last = c->words->pdata[c->words->len - 1];
    if (jx_header_word_role(last) != JX_ROLE_DEVIATION || g_str_has_suffix(last, "措施"))
        return FALSE;
    char *norm = jx_norm_text(raw);
    gboolean tail = g_str_has_suffix(norm, "措施") &&
                    g_utf8_strlen(norm, -1) <= MAX_DEVIATION_TAIL_CHARS;
    if (tail) {
        char *joined = jx_norm_join(last, norm);
        g_free(c->words->pdata[c->words->len - 1]);
        c->words->pdata[c->words->len - 1] = joined;
    }
    g_free(norm);
    return tail;
}

/* A line in the header: another header word, or the first body line. */
static void take_header(jx_cellrun *c, const char *raw, int line, int page)
{
    if (transposed_column(c, raw)) {
        g_ptr_array_add(c->words, jx_norm_text(raw));
        c->transposed = TRUE;
        hold(c, raw, line, page);
        return;
    }
    if (c->transposed) {
        /* the columns have ended: the rows begin (分值 …) */
        begin_body(c, c->held->len, raw, line, page);
        return;
    }
    if (finishes_bracket(c, raw) || finishes_deviation(c, raw)) {
        hold(c, raw, line, page);
        return;
    }
    if (c->tentative) {
        /* a header word wrapped over two lines (`年度绩效` / `指标`) */
        char *joined = jx_norm_join(c->tentative, raw);
        gboolean word = jx_header_word_role(joined) != JX_ROLE_NONE;
        if (word) {
            g_ptr_array_add(c->words, joined);
            g_clear_pointer(&c->tentative, g_free);
            hold(c, raw, line, page);
            return;
        }
        g_free(joined);
        g_clear_pointer(&c->tentative, g_free);
        /* the short line was the first body line */
        begin_body(c, c->held->len - 1, raw, line, page);
        return;
    }
    if (header_words_of(raw, c->words, &c->run_together)) {
        hold(c, raw, line, page);
        return;
    }
    char *norm = jx_norm_text(raw);
    glong chars = g_utf8_strlen(norm, -1);
    g_free(norm);
    if (chars <= MAX_HEADER_WORD_CHARS / 2 && chars > 0) {
        c->tentative = g_strdup(raw);
        hold(c, raw, line, page);
        return;
    }
    begin_body(c, c->held->len, raw, line, page);
}

static void take_idle(jx_cellrun *c, const char *raw, int line, int page)
{
    GPtrArray *words = c->words;
    if (header_words_of(raw, words, &c->run_together)) {
        /* a header word wrapped over this line and the one before */
        if (words->len == 1 && c->prev.raw && c->prev.line == line - 1) {
            char *joined = jx_norm_join(c->prev.raw, raw);
            if (jx_header_word_role(joined) != JX_ROLE_NONE &&
                jx_header_word_role(words->pdata[0]) != jx_header_word_role(joined)) {
                g_free(words->pdata[0]);
                words->pdata[0] = joined;
            } else {
                g_free(joined);
            }
        }
        c->state = CS_HEADER;
        hold(c, raw, line, page);
        g_clear_pointer(&c->prev.raw, g_free);
        return;
    }
    g_free(c->prev.raw);
    c->prev = (sline){g_strdup(raw), line, page};
    if (!c->year)
        c->year = year_stated(raw);
    stated_phrases(c->stated, raw);
    c->line_fn(raw, line, page, c->data);
}

/* TRUE when a body line goes on with a transposed summary: its first word
 * names figures (分值) or is a figure. */
static gboolean continues_transposed(jx_cellrun *c, const char *raw)
{
    char **words = split_words(raw, TRUE);
    gboolean goes_on = words[0] && (names_figures(words[0]) || is_figure(c->memo, words[0]));
    g_strfreev(words);
    return goes_on;
}

/* A repeated header's upper row has at most this many words (绩效指标 |
 * 指标名称 | 目标值 | 度量单位 over 一级指标 | 二级指标). */
#define MAX_UPPER_HEADER_WORDS 8

/* A body line opens another header (a page repeated it): the stream ends,
 * and the header words held just before the line — the upper row of a
 * two-row header, whose words open no header alone (绩效指标) — go with
 * the new header, not into the old table's last row. */
static void reopen_header(jx_cellrun *c, const char *raw, int line, int page)
{
    guint keep = c->held->len;
    while (keep > c->body_at + 1 && c->held->len - keep < MAX_UPPER_HEADER_WORDS) {
        char *w = header_word(g_array_index(c->held, sline, keep - 1).raw);
        g_free(w);
        if (!w)
            break;
        keep--;
    }
    GArray *upper = g_array_new(FALSE, TRUE, sizeof(sline));
    g_array_set_clear_func(upper, sline_clear);
    for (guint i = keep; i < c->held->len; i++) {
        const sline *l = &g_array_index(c->held, sline, i);
        sline copy = {g_strdup(l->raw), l->line, l->page};
        g_array_append_val(upper, copy);
    }
    g_array_set_size(c->held, keep);
    finish_stream(c);
    for (guint i = 0; i < upper->len; i++) {
        const sline *l = &g_array_index(upper, sline, i);
        jx_cellrun_take_line(c, l->raw, l->line, l->page);
    }
    g_array_unref(upper);
    jx_cellrun_take_line(c, raw, line, page);
}

void jx_cellrun_take_line(jx_cellrun *c, const char *raw, int line, int page)
{
    switch (c->state) {
    case CS_IDLE:
        take_idle(c, raw, line, page);
        break;
    case CS_HEADER:
        take_header(c, raw, line, page);
        break;
    case CS_BODY:
        if (c->header->transposed && !continues_transposed(c, raw)) {
            /* a transposed summary holds nothing but its rows' words and
             * figures: anything else follows it */
            finish_stream(c);
            take_idle(c, raw, line, page);
        } else if (ends_selfeval_stream(c->header, raw)) {
        finish_stream(c);
        c->line_fn(raw, line, page, c->data);
    } else if (ends_scored_stream(c->header, raw)) {
            finish_stream(c);
            take_idle(c, raw, line, page);
        } else if (ends_stream(raw)) {
            finish_stream(c);
            c->line_fn(raw, line, page, c->data);
        } else if (opens_header(raw)) {
            reopen_header(c, raw, line, page);
        } else if (c->held->len - c->body_at >= MAX_STREAM_LINES) {
            finish_stream(c);
            take_idle(c, raw, line, page);
        } else {
            hold(c, raw, line, page);
        }
        break;
    }
}

void jx_cellrun_finish(jx_cellrun *c)
{
    finish_stream(c);
    g_clear_pointer(&c->prev.raw, g_free);
}
