/*
 * prose.c — what the running text of a report states: `fact` records
 * (budget, spent amount, execution rate per project section) and the report's
 * own metadata (total score, grade, grading bands, evaluator).
 *
 * Lines come in document order, before the tables are known (the streaming
 * reader sees prose in its first pass and tables in its second), so what a
 * line states is kept with its line number, and what turns out to lie inside
 * a table — a cell-stream table is read from lines too — is dropped when the
 * results are asked for.  Only lines are read: grids are tables.
 *
 * Every vocabulary is a table below; the heuristics' thresholds are named
 * constants.
 */
#include "parse/parse.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ================================================================ vocabulary */

/* What a word before a figure says the figure is. */
typedef enum {
    ROLE_BUDGET,  /* the project's budget */
    ROLE_FUNDED,  /* money granted or arrived (下达, 到位, 财政拨付): the budget
                     only when no budget is stated */
    ROLE_SPENT,   /* money spent */
    ROLE_RATE,    /* execution rate, percent */
    ROLE_PLANNED, /* planned spending (计划支出): not spent, read so that its
                     支出 is not taken for spending */
    ROLE_OTHER,   /* other rates (及时率, 符合率): they end a word's reach */
} role;

enum { WORD_ADJACENT = 1 << 0, /* the figure must follow at once (`本项目210万元`) */
       WORD_PAYER = 1 << 1 };  /* 拨付: spending, unless the finance bureau pays */

/*
 * The words, longest first wherever one contains another (the scan takes the
 * longest word at each place).  Which amount is the budget follows 003's
 * authors and the budget.rate rule of issue 11: the budget is what was
 * budgeted (年度预算, 总预算, 预算资金, 安排资金); money granted, applied for
 * or arrived (下达, 申请, 到位, a 财政拨付 to the project) is another amount,
 * which a rate may be computed on, and stands for the budget only where the
 * text states none (`财政共计拨付204万元 … 使用率61.93%`).
 */
static const struct {
    const char *word;
    role role;
    unsigned flags;
} fact_words[] = {
    {"年度总预算", ROLE_BUDGET, 0},   {"年度预算", ROLE_BUDGET, 0},
    {"全年预算", ROLE_BUDGET, 0},     {"总预算", ROLE_BUDGET, 0},
    {"预算资金", ROLE_BUDGET, 0},     {"预算金额", ROLE_BUDGET, 0},
    {"预算总额", ROLE_BUDGET, 0},     {"预算数", ROLE_BUDGET, 0},
    {"预算批复", ROLE_BUDGET, 0},     {"批复预算", ROLE_BUDGET, 0},
    {"调整后预算", ROLE_BUDGET, 0},   {"安排资金", ROLE_BUDGET, 0},
    {"安排预算", ROLE_BUDGET, 0},     {"预算安排", ROLE_BUDGET, 0},
    {"预算", ROLE_BUDGET, 0},         {"本项目", ROLE_BUDGET, WORD_ADJACENT},
    {"该项目", ROLE_BUDGET, WORD_ADJACENT},
    /* the year-start budget is another amount: rates are on the full-year one */
    {"年初预算", ROLE_FUNDED, 0},     {"年初预算数", ROLE_FUNDED, 0},
    {"到位资金", ROLE_FUNDED, 0},     {"资金到位", ROLE_FUNDED, 0},
    {"下达资金", ROLE_FUNDED, 0},     {"下达指标", ROLE_FUNDED, 0},
    {"下达", ROLE_FUNDED, 0},         {"到位", ROLE_FUNDED, 0},
    {"申请资金", ROLE_FUNDED, 0},     {"申请金额", ROLE_FUNDED, 0},
    {"资金总规模", ROLE_FUNDED, 0},   {"总规模", ROLE_FUNDED, 0},
    {"实际支出", ROLE_SPENT, 0},      {"累计支出", ROLE_SPENT, 0},
    {"已支出", ROLE_SPENT, 0},        {"支出", ROLE_SPENT, 0},
    {"实际使用", ROLE_SPENT, 0},      {"已使用", ROLE_SPENT, 0},
    {"使用资金", ROLE_SPENT, 0},      {"使用", ROLE_SPENT, 0},
    {"实际执行", ROLE_SPENT, 0},      {"执行数", ROLE_SPENT, 0},
    {"已拨付", ROLE_SPENT, WORD_PAYER}, {"拨付", ROLE_SPENT, WORD_PAYER},
    {"预算执行率", ROLE_RATE, 0},     {"资金执行率", ROLE_RATE, 0},
    {"执行率", ROLE_RATE, 0},         {"资金使用率", ROLE_RATE, 0},
    {"使用率", ROLE_RATE, 0},         {"资金支出率", ROLE_RATE, 0},
    {"支出率", ROLE_RATE, 0},         {"支出进度", ROLE_RATE, 0},
    {"执行进度", ROLE_RATE, 0},
    /* `实际支出900万元，占年度预算的40.9%` */
    {"占预算", ROLE_RATE, 0},         {"占年度预算", ROLE_RATE, 0},
    {"占全年预算", ROLE_RATE, 0},     {"占预算资金", ROLE_RATE, 0},
    {"计划支出", ROLE_PLANNED, 0},    {"计划支", ROLE_PLANNED, 0},
    {"计划使用", ROLE_PLANNED, 0},    {"计划拨付", ROLE_PLANNED, 0},
    {"预计支出", ROLE_PLANNED, 0},
    {"及时率", ROLE_OTHER, 0},        {"符合率", ROLE_OTHER, 0},
    {"准确率", ROLE_OTHER, 0},        {"完成率", ROLE_OTHER, 0},
    {"满意度", ROLE_OTHER, 0},        {"到位率", ROLE_OTHER, 0},
};

/* The payer whose 拨付 brings money to the project instead of spending it. */
static const char *const funding_payers[] = {"财政"};

/* The money units and what one of each is worth in 元. */
static const struct {
    const char *unit;
    double yuan;
} money_units[] = {{"元", 1}, {"千元", 1e3}, {"万元", 1e4}, {"亿元", 1e8}};

/*
 * Words that introduce the funds which actually reached the project — money
 * arrived, received, issued or the budget as adjusted — stated anywhere in a
 * section (`…预算执行率77.21%。…我局于2023年7月14日收到财政拨付的…经费共计
 * 28万元`): a rate may be computed on them rather than on the budget.  They
 * are read apart from fact_words (a statement may hold both: 调整后预算 is
 * also a budget word, 拨付 a spending or funding one).  Longest first where
 * one contains another.
 */
static const char *const available_words[] = {
    "到位资金", "资金到位", "拨付到位", "实际到位", "收到", "实际下达", "下达指标", "调整后预算",
};
/* What may follow an available word and makes it another thing (到位率). */
static const char *const available_not_before[] = {"率"};

/* Words that say nothing of what a statement is about: the project itself,
 * its money, time.  A statement whose words before its first figure are only
 * these is about its section's project. */
static const char *const generic_subject_words[] = {
    "本项目", "该项目", "此项目", "项目", "本单位", "我单位", "我局", "本部门", "单位",
    "部门", "资金", "金额", "经费", "整体", "总体", "全部", "合计", "共计", "累计", "共",
    "其中", "截至", "截止", "目前", "全年", "年度", "当年", "本年", "今年", "年底", "年末",
    "底", "实际", "已经", "已", "财政", "总", "均", "的", "为", "达到", "约", "该", "本",
    "此", "由于", "因", "于", "月", "年", "日", "号", "至", "~", "-", ":", " ",
};

/* Headings that name a part of the report, not a project: they end with one
 * of these (`绩效目标实现情况`, `存在的问题和下一步改进措施`, `资金投入及使用`). */
static const char *const structure_endings[] = {
    "情况", "问题", "措施", "建议", "结论", "概况", "目标", "分析", "原则", "方法",
    "依据", "背景", "做法", "经验", "说明", "内容", "范围", "程序", "意见", "思路",
    "过程", "阶段", "使用", "投入", "执行", "安排", "附件", "指标", "标准", "体系",
    "目的", "对象", "实施", "成效", "效益", "产出", "决策", "管理", "评价", "简介",
    /* an indicator's name heads its analysis (`(2) 预算执行率`, `立项依据充分性`) */
    "率", "性", "满意度",
};

/* Marks that end a sentence (statements are sentences; 其中 continues one). */
static const char *const sentence_ends[] = {"。", "；", ";", "！", "？", "!", "?"};

/* Marks that end a clause inside a normalized sentence (a `,` between
 * digits excepted: it separates thousands). */
static const char clause_marks[] = ",;。!?、";

/* ---------------------------------------------------------- report metadata */

/* Words that introduce the report's total score.  Only words for the total:
 * a dimension's 得分 (`决策指标…得分为20分`) is not the report's, and 总分值
 * is the maximum, not the score. */
static const char *const score_words[] = {
    "综合评价得分", "综合评价分数", "综合评分", "综合得分", "评价总得分", "总得分",
    "评价得分",     "自评得分",     "自评总分", "评分结果", "最终得分",   "评价分数",
    "绩效评分",     "总评分",       "得分合计",
};
/* A total score is at most this: a larger figure is an amount. */
#define SCORE_MAX 1000

/* Words that introduce the grade, and the grades (canonical form second). */
static const char *const grade_words[] = {
    "评价等级", "绩效等级", "绩效评级", "综合评级", "评价结果", "绩效评价结果",
    "等级评定", "评定等级", "评价结论", "评级", "等级",
};
/* Words for a score that is not always the total (`决策指标…得分为20分`): the
 * total only in a sentence that also gives the grade, since it is the total
 * that is graded (`经评价，该项目得分为90.07分，评价等级为优`). */
static const char *const graded_score_words[] = {"得分", "总分"};
static const struct {
    const char *word, *grade;
} grades[] = {
    {"优秀", "优"}, {"优", "优"},       {"良好", "良"},       {"良", "良"},
    {"中等", "中"}, {"中", "中"},       {"不合格", "不合格"}, {"合格", "合格"},
    {"不及格", "不及格"}, {"及格", "及格"}, {"较差", "差"}, {"差", "差"},
};
/* What may stand between a grade word and its grade (`评级为“优”`, `等级：优`). */
static const char *const grade_fillers[] = {
    "为", "是", "评定为", "评为", "定为", "结果为", "属于", ":", " ", "\"", "“", "'", "‘",
    "「", "『",
};
/* What may follow a grade: the statement goes on or ends. */
static const char *const grade_closers[] = {
    "\"", "”", "'", "’", "」", "』", ",", "。", ";", ".", "等级", "级", "档", ")", " ",
};

/* Keys of the evaluator in `key: value` lines, and the endings of an
 * organisation's name (what makes a value confidently a firm). */
static const char *const evaluator_keys[] = {
    "评价机构",     "评价单位",     "第三方评价机构", "第三方机构", "受托机构", "受托单位",
    "评价组织单位", "评价机构名称", "评价单位名称",   "第三方机构名称",
};
static const char *const org_endings[] = {
    "有限责任公司", "有限公司", "股份公司", "公司", "会计师事务所", "事务所", "研究院",
    "研究所", "研究中心", "咨询中心", "评估中心", "大学", "学院", "协会", "学会",
};
/* Longest name an evaluator has; longer text is a sentence. */
#define EVALUATOR_MAX_CHARS 40
#define EVALUATOR_MIN_CHARS 4
/* Self-references (`我公司`): the firm is not named. */
static const char *const self_references[] = {"我公司", "本公司", "我所", "本所", "我单位", "我们"};

/* Band bounds: how a band's lower bound is written. */
static const char *const below_words[] = {"以下", "低于", "不足", "不到", "未达到", "<", "小于"};
static const char *const strict_words[] = {"不含", "超过", "高于", "大于", ">"};
/* …and what says "at least", which contains a below word (不低于 ⊃ 低于). */
static const char *const at_least_words[] = {"不低于", "不少于", "不小于", "以上", "≥", ">=", "大于等于"};
static const char *const range_words[] = {"-", "~", "至", "到", "—", "–"};

/* Work and memory bounds.  A statement longer than this is no sentence (a
 * dump of a table, noise) and is not read: reading one costs time in the
 * product of its words and figures.  A paragraph of wrapped lines is read
 * in pieces of at most this many bytes, so a document of lines that never
 * end a sentence does not gather in memory. */
#define STATEMENT_MAX_BYTES 4096
#define PARAGRAPH_MAX_BYTES 16384
/* Headings and statements kept for the facts: plenty for any report; past
 * it the rest of a (huge) document's prose is not read, and the document
 * record says so. */
#define PROSE_EVENTS_MAX 200000

/* How many candidates of one metadata field are kept before the tables are
 * known: the first prose one wins, and a report repeats its conclusion a few
 * times at most, so the first few hold it even when some lie in a table. */
#define META_CANDIDATES_MAX 16

/* =============================================================== helpers */

static gsize suffix_in(const char *s, gsize len, const char *const *list, gsize n)
{
    gsize best = 0;
    for (gsize i = 0; i < n; i++) {
        gsize l = strlen(list[i]);
        if (l > best && l <= len && strncmp(s + len - l, list[i], l) == 0)
            best = l;
    }
    return best;
}

/* What one `unit` is worth in 元; 0 when it is no money unit (or NULL). */
static double money_yuan(const char *unit)
{
    for (gsize i = 0; unit && i < G_N_ELEMENTS(money_units); i++)
        if (strcmp(unit, money_units[i].unit) == 0)
            return money_units[i].yuan;
    return 0;
}

static gboolean is_money(const char *unit)
{
    return money_yuan(unit) > 0;
}

/* TRUE when the byte at `p` of `s` ends a clause (see clause_marks). */
static gboolean clause_end_at(const char *s, const char *p)
{
    /* every mark starts with one of these bytes: most bytes are no mark */
    if (!*p || !strchr(",;!?\xe3", *p))
        return FALSE;
    if (*p == ',' && p > s && g_ascii_isdigit(p[-1]) && g_ascii_isdigit(p[1]))
        return FALSE;
    gunichar c = g_utf8_get_char(p);
    return c && g_utf8_strchr(clause_marks, -1, c) != NULL;
}

/* Start and end (bytes) of the clause of normalized `s` holding `at`. */
static void clause_around(const char *s, gsize at, gsize *start, gsize *end)
{
    gsize b = 0;
    for (const char *p = s; *p && (gsize)(p - s) < at; p = g_utf8_next_char(p))
        if (clause_end_at(s, p))
            b = (gsize)(g_utf8_next_char(p) - s);
    *start = b;
    const char *p = s + at;
    while (*p && !clause_end_at(s, p))
        p = g_utf8_next_char(p);
    *end = (gsize)(p - s);
}

/* ================================================================= spans */

/* Lines of the document that are rows of a table: [first, last] per table. */
typedef struct {
    int first, last;
} span;

static gboolean in_spans(const GArray *spans, int line)
{
    if (line <= 0)
        return FALSE;
    for (guint i = 0; i < spans->len; i++) {
        const span *s = &g_array_index(spans, span, i);
        if (line >= s->first && line <= s->last)
            return TRUE;
    }
    return FALSE;
}

/* ============================================================== headings */

typedef enum {
    STYLE_CN_DUN,    /* 一、 */
    STYLE_CN_PAREN,  /* (一) */
    STYLE_AR_DOT,    /* 1. */
    STYLE_AR_DUN,    /* 1、 */
    STYLE_AR_PAREN,  /* (1) */
    STYLE_AR_DOT2,   /* 1.1 */
    STYLE_AR_DOT3,   /* 1.1.1 */
    STYLE_CHAPTER,   /* 第一章, 第一节, 第一部分 */
} heading_style;

static const char cn_digits[] = "一二三四五六七八九十百零〇";

/* A heading is a short line: a project's name, not a sentence. */
#define HEADING_MAX_CHARS 50

static gsize cn_run(const char *s)
{
    const char *p = s;
    while (*p && g_utf8_strchr(cn_digits, -1, g_utf8_get_char(p)))
        p = g_utf8_next_char(p);
    return (gsize)(p - s);
}

/*
 * The numbering style of normalized line `s` when it is a heading (see the
 * header of jx_prose_take_line), -1 otherwise; *rest gets the title after
 * the numbering.
 */
static int heading_style_of(const char *s, const char **rest)
{
    const char *p = s;
    int style = -1;
    gsize n;
    if (*p == '(' && (n = cn_run(p + 1)) && p[1 + n] == ')') {
        style = STYLE_CN_PAREN;
        p += n + 2;
    } else if (*p == '(' && g_ascii_isdigit(p[1])) {
        const char *q = p + 1;
        while (g_ascii_isdigit(*q))
            q++;
        if (*q != ')')
            return -1;
        style = STYLE_AR_PAREN;
        p = q + 1;
    } else if ((n = cn_run(p)) && g_str_has_prefix(p + n, "、")) {
        style = STYLE_CN_DUN;
        p += n + strlen("、");
    } else if (g_str_has_prefix(p, "第") && (n = cn_run(p + strlen("第"))) &&
               (g_str_has_prefix(p + strlen("第") + n, "章") ||
                g_str_has_prefix(p + strlen("第") + n, "节") ||
                g_str_has_prefix(p + strlen("第") + n, "部分"))) {
        style = STYLE_CHAPTER;
        p += strlen("第") + n;
        p += g_str_has_prefix(p, "部分") ? strlen("部分") : strlen("章");
    } else if (g_ascii_isdigit(*p)) {
        int dots = 0;
        while (g_ascii_isdigit(*p) || (*p == '.' && g_ascii_isdigit(p[1]))) {
            dots += *p == '.';
            p++;
        }
        if (*p == '.' && !g_ascii_isdigit(p[1])) {
            p++;
            style = dots == 0 ? STYLE_AR_DOT : dots == 1 ? STYLE_AR_DOT2 : STYLE_AR_DOT3;
        } else if (g_str_has_prefix(p, "、") && dots == 0) {
            p += strlen("、");
            style = STYLE_AR_DUN;
        } else if (dots > 0 && (*p == ' ' || !g_ascii_isdigit(*p))) {
            style = dots == 1 ? STYLE_AR_DOT2 : STYLE_AR_DOT3;
        } else
            return -1;
    } else
        return -1;
    while (*p == ' ')
        p++;
    glong chars = g_utf8_strlen(p, -1);
    /* after an Arabic number a digit continues it (`1.5亿元`): not a heading */
    gboolean arabic = style == STYLE_AR_DOT || style == STYLE_AR_DUN || style == STYLE_AR_DOT2 ||
                      style == STYLE_AR_DOT3;
    if (chars == 0 || chars > HEADING_MAX_CHARS || strstr(p, "。") || strchr(p, ';') ||
        (arabic && g_ascii_isdigit(*p)))
        return -1;
    *rest = p;
    return style;
}

/* TRUE when a heading names a part of the report, not a project. */
static gboolean is_structure_heading(const char *title)
{
    return suffix_in(title, strlen(title), structure_endings, G_N_ELEMENTS(structure_endings)) >
           0;
}

/* ================================================================ facts */

enum { SLOT_BUDGET, SLOT_FUNDED, SLOT_SPENT, SLOT_RATE, SLOT_COUNT };

typedef struct {
    gboolean found;
    char *value; /* decimal; NULL when the figure is malformed */
    char *unit;
} slot;

typedef enum { EV_HEADING, EV_STATEMENT } event_kind;

/* What a prose line holds that matters: a heading, or a statement with at
 * least one of budget, spent, rate. */
typedef struct {
    event_kind kind;
    int line, page;
    int style;     /* heading */
    char *text;    /* heading: its title, normalized; statement: as printed */
    char *subject; /* statement: the subject it names itself, or NULL */
    slot slots[SLOT_COUNT];
    slot available;          /* statement: funds that reached the project (available_words) */
    char *available_subject; /* …and the subject named before its word, or NULL */
} event;

static void event_free(gpointer p)
{
    event *e = p;
    g_free(e->text);
    g_free(e->subject);
    for (int i = 0; i < SLOT_COUNT; i++) {
        g_free(e->slots[i].value);
        g_free(e->slots[i].unit);
    }
    g_free(e->available.value);
    g_free(e->available.unit);
    g_free(e->available_subject);
    g_free(e);
}

typedef struct {
    gsize start, end;
    role role;
    unsigned flags;
} word_at;

/* The fact words of normalized `s`, in order, longest at each place. */
static GArray *find_words(const char *s)
{
    GArray *out = g_array_new(FALSE, FALSE, sizeof(word_at));
    for (const char *p = s; *p;) {
        gsize best = 0, bi = 0;
        for (gsize i = 0; i < G_N_ELEMENTS(fact_words); i++) {
            const char *w = fact_words[i].word;
            /* the first character (three bytes) turns most words away */
            if (w[0] != p[0] || w[1] != p[1] || w[2] != p[2])
                continue;
            gsize n = strlen(w);
            if (n > best && strncmp(p, w, n) == 0) {
                best = n;
                bi = i;
            }
        }
        if (best) {
            word_at w = {(gsize)(p - s), (gsize)(p - s) + best, fact_words[bi].role,
                         fact_words[bi].flags};
            g_array_append_val(out, w);
            p += best;
        } else
            p = g_utf8_next_char(p);
    }
    return out;
}

/* Strips generic words (generic_subject_words) and figures from both ends
 * of `s[0..n)`; returns what is left, new, or NULL when nothing is. */
static char *strip_generic(const char *s, gsize n)
{
    gsize a = 0, b = n;
    for (gboolean moved = TRUE; moved && a < b;) {
        moved = FALSE;
        char *rest = g_strndup(s + a, b - a);
        gsize lead = jx_norm_prefix_listed(rest, generic_subject_words, G_N_ELEMENTS(generic_subject_words));
        gsize trail =
            suffix_in(rest, b - a, generic_subject_words, G_N_ELEMENTS(generic_subject_words));
        g_free(rest);
        if (!lead && g_ascii_isdigit(s[a]))
            while (a + lead < b && (g_ascii_isdigit(s[a + lead]) || s[a + lead] == '.'))
                lead++;
        if (lead && lead <= b - a) {
            a += lead;
            moved = TRUE;
        } else if (trail && trail <= b - a) {
            b -= trail;
            moved = TRUE;
        }
    }
    if (a >= b)
        return NULL;
    char *left = g_strndup(s + a, b - a);
    /* a statement's own subject has a name's length: one character is a word */
    if (g_utf8_strlen(left, -1) < 2)
        g_clear_pointer(&left, g_free);
    return left;
}

/* The subject statement `norm` names before its word `w`, or NULL when the
 * words there are generic (it is about its section's project). */
static char *own_subject(const char *norm, const word_at *w)
{
    gsize cs, ce;
    clause_around(norm, w->start, &cs, &ce);
    return strip_generic(norm + cs, w->start - cs);
}

/* TRUE when `s[0..at)` in the clause from `from` names a payer that funds
 * the project (财政拨付: the money arrives, it is not spent). */
static gboolean funded_by_payer(const char *s, gsize from, gsize at)
{
    char *before = g_strndup(s + from, at - from);
    gboolean found = FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(funding_payers) && !found; i++)
        found = strstr(before, funding_payers[i]) != NULL;
    g_free(before);
    return found;
}

/* TRUE when a figure with `unit` can be what a word of `r` introduces. */
static gboolean unit_fits(role r, const jx_figure *f)
{
    if (r == ROLE_RATE)
        return g_strcmp0(f->unit, "%") == 0;
    return is_money(f->unit);
}

/*
 * Reads one statement (normalized `norm`): each word takes the first figure
 * of its kind after it, before the next word and inside its clause; the
 * parts of a sum the statement states (`其中A 300万元、B 900万元`) are not
 * taken, since they are shares, not the project's amounts.  The first figure
 * of each slot wins.  Fills `e`'s slots and subject; TRUE when a slot is found.
 */
static gboolean read_statement(const char *norm, event *e)
{
    /* most sentences state no amount: no digit, or no word that takes one */
    if (!strpbrk(norm, "0123456789"))
        return FALSE;
    GArray *words = find_words(norm);
    gboolean takes = FALSE;
    for (guint i = 0; i < words->len && !takes; i++) {
        role r = g_array_index(words, word_at, i).role;
        takes = r != ROLE_PLANNED && r != ROLE_OTHER;
    }
    if (!takes) {
        g_array_unref(words);
        return FALSE;
    }
    GArray *figs = jx_norm_figures(norm);
    jx_figure total;
    GArray *parts = g_array_new(FALSE, TRUE, sizeof(jx_figure));
    GArray *part_starts = g_array_new(FALSE, FALSE, sizeof(gsize));
    if (jx_norm_sum_statement(norm, &total, parts)) {
        for (guint i = 0; i < parts->len; i++) {
            jx_figure *p = &g_array_index(parts, jx_figure, i);
            g_array_append_val(part_starts, p->start);
            jx_figure_clear(p);
        }
        jx_figure_clear(&total);
    }
    g_array_unref(parts);
    gboolean any = FALSE, subject_done = FALSE;
    for (guint wi = 0; wi < words->len; wi++) {
        const word_at *w = &g_array_index(words, word_at, wi);
        role r = w->role;
        if (r == ROLE_PLANNED || r == ROLE_OTHER)
            continue;
        gsize cs, ce;
        clause_around(norm, w->start, &cs, &ce);
        if ((w->flags & WORD_PAYER) && funded_by_payer(norm, cs, w->start))
            r = ROLE_FUNDED;
        gsize limit = ce;
        if (wi + 1 < words->len && g_array_index(words, word_at, wi + 1).start < limit)
            limit = g_array_index(words, word_at, wi + 1).start;
        int slot_of[] = {[ROLE_BUDGET] = SLOT_BUDGET, [ROLE_FUNDED] = SLOT_FUNDED,
                         [ROLE_SPENT] = SLOT_SPENT, [ROLE_RATE] = SLOT_RATE};
        slot *sl = &e->slots[slot_of[r]];
        for (guint fi = 0; fi < figs->len; fi++) {
            const jx_figure *f = &g_array_index(figs, jx_figure, fi);
            if (f->start < w->end)
                continue;
            if (f->start >= limit)
                break;
            if ((w->flags & WORD_ADJACENT) && f->start != w->end)
                break;
            gboolean part = FALSE;
            for (guint k = 0; k < part_starts->len && !part; k++)
                part = g_array_index(part_starts, gsize, k) == f->start;
            if (part || !unit_fits(r, f))
                continue;
            if (!sl->found) {
                sl->found = TRUE;
                sl->value = g_strdup(f->value);
                sl->unit = g_strdup(f->unit);
                any = TRUE;
                if (!subject_done) {
                    e->subject = own_subject(norm, w);
                    subject_done = TRUE;
                }
            }
            break;
        }
    }
    g_array_unref(part_starts);
    g_array_unref(words);
    jx_figures_free(figs);
    return any;
}

/*
 * Reads the funds a statement (normalized `norm`) says reached the project:
 * the first well-formed money figure after an available word (available_words),
 * inside its clause and before the next such word.  The first one of the
 * statement wins.  Fills e->available and e->available_subject (the subject
 * named before the word, NULL when generic); TRUE when found.  Work is the
 * statement's words times its figures, as read_statement's.
 */
static gboolean read_available(const char *norm, event *e)
{
    if (!strpbrk(norm, "0123456789"))
        return FALSE;
    /* the words' places, in order (longest at each place) */
    GArray *at = g_array_new(FALSE, FALSE, sizeof(word_at));
    for (const char *p = norm; *p;) {
        gsize n = jx_norm_prefix_listed(p, available_words, G_N_ELEMENTS(available_words));
        if (n && !jx_norm_prefix_listed(p + n, available_not_before, G_N_ELEMENTS(available_not_before))) {
            word_at w = {(gsize)(p - norm), (gsize)(p - norm) + n, ROLE_FUNDED, 0};
            g_array_append_val(at, w);
        }
        p = n ? p + n : g_utf8_next_char(p);
    }
    gboolean found = FALSE;
    if (at->len) {
        GArray *figs = jx_norm_figures(norm);
        for (guint wi = 0; wi < at->len && !found; wi++) {
            const word_at *w = &g_array_index(at, word_at, wi);
            gsize cs, ce;
            clause_around(norm, w->start, &cs, &ce);
            gsize limit = ce;
            if (wi + 1 < at->len && g_array_index(at, word_at, wi + 1).start < limit)
                limit = g_array_index(at, word_at, wi + 1).start;
            for (guint fi = 0; fi < figs->len; fi++) {
                const jx_figure *f = &g_array_index(figs, jx_figure, fi);
                if (f->start < w->end)
                    continue;
                if (f->start >= limit)
                    break;
                if (!f->value || !is_money(f->unit))
                    continue;
                e->available.found = TRUE;
                e->available.value = g_strdup(f->value);
                e->available.unit = g_strdup(f->unit);
                e->available_subject = own_subject(norm, w);
                found = TRUE;
                break;
            }
        }
        jx_figures_free(figs);
    }
    g_array_unref(at);
    return found;
}

/* ======================================================= report metadata */

typedef struct {
    int line;
    char *value;
} candidate;

static void candidate_clear(gpointer p)
{
    g_free(((candidate *)p)->value);
}

typedef struct {
    int line, run;
    char *grade; /* canonical */
    gboolean strict;
    char *min; /* decimal */
} band;

static void band_clear(gpointer p)
{
    band *b = p;
    g_free(b->grade);
    g_free(b->min);
}

/* The grade word at `p`, canonical (static), and its length; NULL when none. */
static const char *grade_at(const char *p, gsize *len)
{
    gsize best = 0;
    const char *g = NULL;
    for (gsize i = 0; i < G_N_ELEMENTS(grades); i++) {
        gsize n = strlen(grades[i].word);
        if (n > best && strncmp(p, grades[i].word, n) == 0) {
            best = n;
            g = grades[i].grade;
        }
    }
    *len = best;
    return g;
}

/* TRUE when a clause states a grading band: `…为优` after a score. */
static gboolean band_grade(const char *clause, const char **grade, gsize *grade_at_byte)
{
    /* the last `为<grade>` ending the clause */
    for (const char *p = strstr(clause, "为"); p; p = strstr(p + 1, "为")) {
        const char *q = p + strlen("为");
        gsize n;
        const char *g = grade_at(q, &n);
        if (!g)
            continue;
        q += n;
        while (*q == ' ')
            q++;
        if (*q == '\0' || jx_norm_prefix_listed(q, grade_closers, G_N_ELEMENTS(grade_closers))) {
            *grade = g;
            *grade_at_byte = (gsize)(p - clause);
            return TRUE;
        }
    }
    return FALSE;
}

/*
 * Reads a band clause (`综合得分在90-100分(含90分)为优`, `90(含)-100分为优`,
 * `60分以下为差`, `90分以上为优`): the lower bound and whether it is
 * included.  A range's lower bound is included unless the text says the
 * upper one is (`(含100分)`), or says 不含; `以上` includes its number, as
 * Chinese regulations read it; the band below a bound (`以下`) starts at 0.
 */
static gboolean read_band(const char *clause, band *out)
{
    const char *grade;
    gsize at;
    if (!band_grade(clause, &grade, &at))
        return FALSE;
    char *head = g_strndup(clause, at);
    GArray *figs = jx_norm_figures(head);
    /* scores only: a percentage or an amount is not a score band */
    guint n = 0;
    const jx_figure *f[2] = {NULL, NULL};
    gboolean ok = figs->len > 0;
    for (guint i = 0; i < figs->len && ok; i++) {
        const jx_figure *x = &g_array_index(figs, jx_figure, i);
        ok = x->value && (!x->unit || strcmp(x->unit, "分") == 0);
        if (ok && n < 2)
            f[n++] = x;
    }
    if (ok) {
        out->grade = g_strdup(grade);
        /* `60分以下`, `低于60分`: the lowest band */
        if (jx_norm_holds_listed(head, below_words, G_N_ELEMENTS(below_words)) &&
            !jx_norm_holds_listed(head, at_least_words, G_N_ELEMENTS(at_least_words)) && n == 1) {
            out->min = g_strdup("0");
            out->strict = FALSE;
        } else if (n == 2 && jx_norm_holds_listed(head + f[0]->end, range_words, G_N_ELEMENTS(range_words))) {
            out->min = g_strdup(f[0]->value);
            /* (含X) naming the upper bound, or 不含 the lower: the lower is excluded */
            char *upper_incl = g_strdup_printf("含%s", f[1]->value);
            char *lower_incl = g_strdup_printf("含%s", f[0]->value);
            gboolean says_upper = strstr(head, upper_incl) && !strstr(head, lower_incl);
            gboolean after_lo_incl = g_str_has_prefix(head + f[0]->end, "(含)");
            out->strict = !after_lo_incl && (says_upper || strstr(head, "不含") != NULL);
            g_free(upper_incl);
            g_free(lower_incl);
        } else {
            out->min = g_strdup(f[0]->value);
            out->strict = jx_norm_holds_listed(head, strict_words, G_N_ELEMENTS(strict_words)) &&
                          !jx_norm_holds_listed(head, at_least_words, G_N_ELEMENTS(at_least_words));
        }
    }
    jx_figures_free(figs);
    g_free(head);
    return ok;
}

/* The total score a normalized clause states after one of `words`, or NULL. */
static char *read_score_after(const char *clause, const char *const *words, gsize n_words)
{
    const char *grade;
    gsize at;
    if (band_grade(clause, &grade, &at))
        return NULL; /* `综合得分在90-100分为优` is a band, not a score */
    for (gsize i = 0; i < n_words; i++) {
        const char *k = strstr(clause, words[i]);
        if (!k)
            continue;
        const char *rest = k + strlen(words[i]);
        if (g_str_has_prefix(rest, "值") || g_str_has_prefix(rest, "率"))
            continue; /* 总分值 is the maximum, 得分率 a rate */
        GArray *figs = jx_norm_figures(rest);
        char *score = NULL;
        if (figs->len) {
            const jx_figure *f = &g_array_index(figs, jx_figure, 0);
            /* `90分`, or a bare number right after the word (`自评得分:95`) */
            const char *gap = rest;
            while (*gap == ' ' || *gap == ':' || g_str_has_prefix(gap, "为"))
                gap += g_str_has_prefix(gap, "为") ? strlen("为") : 1;
            gboolean range = figs->len > 1 && jx_norm_holds_listed(rest, range_words, G_N_ELEMENTS(range_words));
            if (f->value && !range &&
                (g_strcmp0(f->unit, "分") == 0 || (!f->unit && (gsize)(gap - rest) == f->start)) &&
                atof(f->value) <= SCORE_MAX)
                score = g_strdup(f->value);
        }
        jx_figures_free(figs);
        if (score)
            return score;
    }
    return NULL;
}

static char *read_score(const char *clause)
{
    return read_score_after(clause, score_words, G_N_ELEMENTS(score_words));
}

/* The grade a normalized clause states after one of grade_words, or NULL. */
static char *read_grade(const char *clause)
{
    for (gsize i = 0; i < G_N_ELEMENTS(grade_words); i++) {
        for (const char *k = strstr(clause, grade_words[i]); k;
             k = strstr(k + 1, grade_words[i])) {
            const char *p = k + strlen(grade_words[i]);
            gsize n;
            while ((n = jx_norm_prefix_listed(p, grade_fillers, G_N_ELEMENTS(grade_fillers))))
                p += n;
            if (p == k + strlen(grade_words[i]) && *p != '\0')
                continue; /* `等级从非常满意到…`: no filler, no grade right after */
            const char *g = grade_at(p, &n);
            if (!g)
                continue;
            p += n;
            if (*p == '\0' || jx_norm_prefix_listed(p, grade_closers, G_N_ELEMENTS(grade_closers)))
                return g_strdup(g);
        }
    }
    return NULL;
}

/* TRUE when normalized `name` reads as a named organisation: it ends with
 * an organisation's word, a bracket after it aside (`…会计师事务所(特殊普通合伙)`). */
static gboolean is_org_name(const char *name)
{
    glong n = g_utf8_strlen(name, -1);
    gsize len = strlen(name);
    const char *open = len && name[len - 1] == ')' ? strrchr(name, '(') : NULL;
    if (open && open > name)
        len = (gsize)(open - name);
    return n >= EVALUATOR_MIN_CHARS && n <= EVALUATOR_MAX_CHARS && !strchr(name, ' ') &&
           suffix_in(name, len, org_endings, G_N_ELEMENTS(org_endings)) > 0 &&
           !jx_norm_prefix_listed(name, self_references, G_N_ELEMENTS(self_references));
}

/* The organisation name in `s` ending at its first org ending, or NULL. */
static char *org_prefix(const char *s)
{
    for (const char *p = s; *p && !clause_end_at(s, p) && *p != '('; p = g_utf8_next_char(p)) {
        for (gsize i = 0; i < G_N_ELEMENTS(org_endings); i++)
            if (g_str_has_prefix(p, org_endings[i])) {
                /* the longest ending here (有限公司 over 公司) */
                gsize n = jx_norm_prefix_listed(p, org_endings, G_N_ELEMENTS(org_endings));
                char *name = g_strndup(s, (gsize)(p - s) + n);
                if (is_org_name(name))
                    return name;
                g_free(name);
                return NULL;
            }
    }
    return NULL;
}

/*
 * The evaluator a normalized line names: `评价机构:北京某某咨询有限公司`, or
 * `受某局委托,某某事务所对…` / `某某事务所受某局委托…`.  NULL when none is
 * named with confidence (a checklist `评价机构: 第三方机构 专家组`, `我公司`).
 */
static char *read_evaluator(const char *norm)
{
    const char *colon = strchr(norm, ':');
    if (colon) {
        char *key = g_strndup(norm, (gsize)(colon - norm));
        char *bare = g_strdup(g_strstrip(key));
        /* `评价单位(盖章)`: the key's brackets say how it is signed */
        char *paren = strchr(bare, '(');
        if (paren)
            *paren = '\0';
        gboolean is_key = jx_norm_listed(bare, evaluator_keys, G_N_ELEMENTS(evaluator_keys));
        g_free(bare);
        g_free(key);
        if (is_key) {
            char *value = g_strstrip(g_strdup(colon + 1));
            if (is_org_name(value))
                return value;
            g_free(value);
            return NULL;
        }
    }
    const char *shou = strstr(norm, "受");
    const char *wt = shou ? strstr(shou, "委托") : NULL;
    if (!wt)
        return NULL;
    /* the firm after the commission … */
    const char *after = wt + strlen("委托");
    while (*after == ',' || *after == ' ')
        after++;
    char *name = org_prefix(after);
    if (name)
        return name;
    /* … or before it, starting its clause */
    gsize cs, ce;
    clause_around(norm, (gsize)(shou - norm), &cs, &ce);
    char *before = g_strndup(norm + cs, (gsize)(shou - norm) - cs);
    char *trimmed = g_strstrip(before);
    char *found = is_org_name(trimmed) ? g_strdup(trimmed) : NULL;
    g_free(before);
    return found;
}

/* ================================================================= reader */

struct jx_prose {
    GPtrArray *events; /* event* in document order */
    GArray *spans;     /* span: table rows' lines */
    /* the paragraph being read: lines wrapped from one another */
    GString *para;
    int para_line, para_last, para_page;
    gboolean para_open;
    /* report metadata candidates, in document order */
    GArray *scores, *grades, *evaluators; /* candidate */
    GArray *bands;                        /* band */
    int band_run;                         /* run number of the latest band line */
    gboolean last_had_bands;
    int full_at; /* the line where PROSE_EVENTS_MAX was reached (-1: unknown), or 0 */
};

jx_prose *jx_prose_new(void)
{
    jx_prose *p = g_new0(jx_prose, 1);
    p->events = g_ptr_array_new_with_free_func(event_free);
    p->spans = g_array_new(FALSE, FALSE, sizeof(span));
    p->para = g_string_new(NULL);
    p->scores = g_array_new(FALSE, TRUE, sizeof(candidate));
    p->grades = g_array_new(FALSE, TRUE, sizeof(candidate));
    p->evaluators = g_array_new(FALSE, TRUE, sizeof(candidate));
    g_array_set_clear_func(p->scores, candidate_clear);
    g_array_set_clear_func(p->grades, candidate_clear);
    g_array_set_clear_func(p->evaluators, candidate_clear);
    p->bands = g_array_new(FALSE, TRUE, sizeof(band));
    g_array_set_clear_func(p->bands, band_clear);
    return p;
}

void jx_prose_free(jx_prose *p)
{
    if (!p)
        return;
    g_ptr_array_unref(p->events);
    g_array_unref(p->spans);
    g_string_free(p->para, TRUE);
    g_array_unref(p->scores);
    g_array_unref(p->grades);
    g_array_unref(p->evaluators);
    g_array_unref(p->bands);
    g_free(p);
}

static void offer(GArray *list, int line, char *value)
{
    if (!value)
        return;
    if (list->len >= META_CANDIDATES_MAX) {
        g_free(value);
        return;
    }
    candidate c = {line, value};
    g_array_append_val(list, c);
}

/* The report metadata one normalized line states (line `line`). */
static void read_metadata(jx_prose *p, const char *norm, int line)
{
    offer(p->evaluators, line, read_evaluator(norm));
    gboolean bands_here = FALSE;
    /* clauses: a band list runs over 、 and ; as well as lines */
    const char *start = norm;
    for (const char *q = norm;; q = g_utf8_next_char(q)) {
        if (*q && !clause_end_at(norm, q))
            continue;
        char *clause = g_strndup(start, (gsize)(q - start));
        offer(p->scores, line, read_score(clause));
        offer(p->grades, line, read_grade(clause));
        band b = {0};
        if (p->bands->len < META_CANDIDATES_MAX * 4 && read_band(clause, &b)) {
            if (!p->last_had_bands && !bands_here)
                p->band_run++;
            b.line = line;
            b.run = p->band_run;
            g_array_append_val(p->bands, b);
            bands_here = TRUE;
        }
        g_free(clause);
        if (!*q)
            break;
        start = g_utf8_next_char(q);
    }
    p->last_had_bands = bands_here;
    /* a plain 得分 next to the grade, in one sentence */
    const char *from = norm;
    for (const char *q = norm;; q = g_utf8_next_char(q)) {
        if (*q && *q != ';' && !g_str_has_prefix(q, "。"))
            continue;
        char *sentence = g_strndup(from, (gsize)(q - from));
        char *grade = strstr(sentence, "得分") || strstr(sentence, "总分") ? read_grade(sentence)
                                                                          : NULL;
        if (grade) {
            /* clause by clause, so that a band's 分 is not taken */
            const char *c0 = sentence;
            for (const char *c = sentence;; c = g_utf8_next_char(c)) {
                if (*c && !clause_end_at(sentence, c))
                    continue;
                char *clause = g_strndup(c0, (gsize)(c - c0));
                offer(p->scores, line,
                      read_score_after(clause, graded_score_words,
                                       G_N_ELEMENTS(graded_score_words)));
                g_free(clause);
                if (!*c)
                    break;
                c0 = g_utf8_next_char(c);
            }
        }
        g_free(grade);
        g_free(sentence);
        if (!*q)
            break;
        from = g_utf8_next_char(q);
    }
}

/* TRUE when raw `s` has a digit, ASCII or full-width (U+FF10..FF19): a
 * statement without one states no amount, and is not normalized at all. */
static gboolean has_digit(const char *s)
{
    for (const char *p = s; *p; p++)
        if (g_ascii_isdigit(*p) ||
            ((guchar)p[0] == 0xEF && (guchar)p[1] == 0xBC && (guchar)p[2] >= 0x90 &&
             (guchar)p[2] <= 0x99))
            return TRUE;
    return FALSE;
}

/* TRUE when no more events are kept (PROSE_EVENTS_MAX); notes the line. */
static gboolean prose_full(jx_prose *p)
{
    if (p->events->len < PROSE_EVENTS_MAX)
        return FALSE;
    if (!p->full_at)
        p->full_at = p->para_line > 0 ? p->para_line : -1;
    return TRUE;
}

/* Splits the paragraph into statements and keeps those that state a figure. */
static void flush_paragraph(jx_prose *p)
{
    if (!p->para_open)
        return;
    p->para_open = FALSE;
    const char *s = p->para->str;
    GPtrArray *sentences = g_ptr_array_new_with_free_func(g_free);
    const char *from = s;
    for (const char *q = s; *q;) {
        gsize n = jx_norm_prefix_listed(q, sentence_ends, G_N_ELEMENTS(sentence_ends));
        if (n) {
            q += n;
            g_ptr_array_add(sentences, g_strndup(from, (gsize)(q - from)));
            from = q;
        } else
            q = g_utf8_next_char(q);
    }
    if (*from)
        g_ptr_array_add(sentences, g_strdup(from));
    /* a sentence that starts with 其中 goes on with the one before */
    GPtrArray *statements = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < sentences->len; i++) {
        char *t = g_strstrip(g_strdup(sentences->pdata[i]));
        if (statements->len && g_str_has_prefix(t, "其中")) {
            char *joined = g_strconcat(statements->pdata[statements->len - 1], t, NULL);
            g_free(statements->pdata[statements->len - 1]);
            statements->pdata[statements->len - 1] = joined;
            g_free(t);
        } else if (*t)
            g_ptr_array_add(statements, t);
        else
            g_free(t);
    }
    for (guint i = 0; i < statements->len; i++) {
        if (strlen(statements->pdata[i]) > STATEMENT_MAX_BYTES || prose_full(p) ||
            !has_digit(statements->pdata[i]))
            continue;
        char *norm = jx_norm_text(statements->pdata[i]);
        event *e = g_new0(event, 1);
        e->kind = EV_STATEMENT;
        e->line = p->para_line;
        e->page = p->para_page;
        gboolean states = read_statement(norm, e);
        if (read_available(norm, e) || states) {
            e->text = g_strdup(statements->pdata[i]);
            g_ptr_array_add(p->events, e);
        } else
            event_free(e);
        g_free(norm);
    }
    g_ptr_array_unref(statements);
    g_ptr_array_unref(sentences);
    g_string_truncate(p->para, 0);
}

/* TRUE when normalized `norm` ends a sentence (or a heading-like label). */
static gboolean ends_sentence(const char *norm)
{
    gsize n = strlen(norm);
    return n == 0 || suffix_in(norm, n, sentence_ends, G_N_ELEMENTS(sentence_ends)) ||
           norm[n - 1] == ':' || norm[n - 1] == '.';
}

/* TRUE when normalized `norm` reads as running text: it has clause marks. */
static gboolean is_running_text(const char *norm)
{
    return strchr(norm, ',') || strstr(norm, "、") || strstr(norm, "。");
}

void jx_prose_take_line(jx_prose *p, const char *raw, const char *given_norm, int line, int page)
{
    if (!raw)
        return;
    char *norm = given_norm ? g_strdup(given_norm) : jx_norm_text(raw);
    if (!*norm) {
        flush_paragraph(p);
        g_free(norm);
        return;
    }
    read_metadata(p, norm, line);
    const char *title = NULL;
    int style = heading_style_of(norm, &title);
    if (style >= 0) {
        /* a numbered line that states an amount (`1.本项目年度预算100万元，…`)
         * is a statement of a list, not a heading */
        event probe = {0};
        if (read_statement(title, &probe))
            style = -1;
        for (int i = 0; i < SLOT_COUNT; i++) {
            g_free(probe.slots[i].value);
            g_free(probe.slots[i].unit);
        }
        g_free(probe.subject);
    }
    if (style >= 0) {
        flush_paragraph(p);
        if (prose_full(p)) {
            g_free(norm);
            return;
        }
        event *e = g_new0(event, 1);
        e->kind = EV_HEADING;
        e->line = line;
        e->page = page;
        e->style = style;
        e->text = g_strdup(title);
        g_ptr_array_add(p->events, e);
        g_free(norm);
        return;
    }
    /* a line wrapped from the one above (PDF text): running text that stops
     * mid-sentence, followed at once by the next line */
    gboolean wraps = p->para_open && line > 0 && line == p->para_last + 1 &&
                     p->para->len < PARAGRAPH_MAX_BYTES && !ends_sentence(p->para->str) &&
                     is_running_text(p->para->str);
    if (!wraps) {
        flush_paragraph(p);
        p->para_open = TRUE;
        p->para_line = line;
        p->para_page = page;
    }
    char *trimmed = g_strstrip(g_strdup(raw));
    g_string_append(p->para, trimmed);
    g_free(trimmed);
    p->para_last = line;
    g_free(norm);
}

void jx_prose_take_table(jx_prose *p, const jx_ptable *t)
{
    span s = {0, 0};
    for (guint i = 0; i < t->rows->len; i++) {
        const jx_prow *r = t->rows->pdata[i];
        if (r->line <= 0)
            continue;
        if (!s.first || r->line < s.first)
            s.first = r->line;
        if (r->line > s.last)
            s.last = r->line;
    }
    if (s.first)
        g_array_append_val(p->spans, s);
}

/* The first candidate outside the tables: reports state their conclusion
 * first (摘要, 评价结论) and later mention scores of parts and band limits,
 * so the first confident statement is the report's own. */
static const char *first_outside(const GArray *list, const GArray *spans)
{
    for (guint i = 0; i < list->len; i++) {
        const candidate *c = &g_array_index(list, candidate, i);
        if (!in_spans(spans, c->line))
            return c->value;
    }
    return NULL;
}

char *jx_prose_warning(jx_prose *p)
{
    flush_paragraph(p);
    if (!p->full_at)
        return NULL;
    if (p->full_at > 0)
        return g_strdup_printf("prose from line %d on not read for facts (more than %d headings "
                               "and statements)",
                               p->full_at, PROSE_EVENTS_MAX);
    return g_strdup_printf("prose not read for facts past %d headings and statements",
                           PROSE_EVENTS_MAX);
}

void jx_prose_metadata(jx_prose *p, jx_record *doc)
{
    flush_paragraph(p);
    jx_record_set_string(doc, JX_F_SCORE_TOTAL, first_outside(p->scores, p->spans));
    jx_record_set_string(doc, JX_F_GRADE, first_outside(p->grades, p->spans));
    jx_record_set_string(doc, JX_F_EVALUATOR, first_outside(p->evaluators, p->spans));
    /* the first run of band lines outside the tables, best first */
    int run = -1;
    GPtrArray *list = g_ptr_array_new_with_free_func(g_free);
    GArray *chosen = g_array_new(FALSE, FALSE, sizeof(const band *));
    for (guint i = 0; i < p->bands->len; i++) {
        const band *b = &g_array_index(p->bands, band, i);
        if (in_spans(p->spans, b->line) || (run >= 0 && b->run != run))
            continue;
        run = b->run;
        gboolean dup = FALSE;
        for (guint k = 0; k < chosen->len && !dup; k++)
            dup = strcmp(g_array_index(chosen, const band *, k)->grade, b->grade) == 0;
        if (!dup)
            g_array_append_val(chosen, b);
    }
    /* best first: the highest lower bound first (insertion sort, a few bands) */
    for (guint i = 1; i < chosen->len; i++)
        for (guint k = i; k > 0; k--) {
            const band *a = g_array_index(chosen, const band *, k - 1);
            const band *b = g_array_index(chosen, const band *, k);
            if (g_ascii_strtod(a->min, NULL) >= g_ascii_strtod(b->min, NULL))
                break;
            g_array_index(chosen, const band *, k - 1) = b;
            g_array_index(chosen, const band *, k) = a;
        }
    for (guint i = 0; i < chosen->len; i++) {
        const band *b = g_array_index(chosen, const band *, i);
        g_ptr_array_add(list, g_strdup_printf("%s%s%s", b->grade, b->strict ? ">" : ">=", b->min));
    }
    if (list->len)
        jx_record_set_list(doc, JX_F_BANDS, list);
    g_array_unref(chosen);
    g_ptr_array_unref(list);
}

/* ----------------------------------------------------------- facts out */

/* A fact being assembled from the statements of one section. */
typedef struct {
    char *subject;
    int page;
    GString *text;
    slot slots[SLOT_COUNT]; /* borrowed from the events */
} fact;

/* A fact says something the checker can test when it has two of budget,
 * spent and rate: one figure alone (`涉及资金90万元`, `拨付615万元`) states an
 * amount, not how a budget was executed, and such mentions are where prose
 * is least clear about what an amount is. */
#define FACT_MIN_FIELDS 2

static gboolean has_budget(const slot *s)
{
    return s[SLOT_BUDGET].found || s[SLOT_FUNDED].found;
}

/* How the statement's slots meet a fact's: conflict (a slot both have), or
 * what the statement adds. */
static gboolean slots_conflict(const slot *f, const slot *e)
{
    return (f[SLOT_BUDGET].found && e[SLOT_BUDGET].found) ||
           (f[SLOT_SPENT].found && e[SLOT_SPENT].found) ||
           (f[SLOT_RATE].found && e[SLOT_RATE].found) ||
           (f[SLOT_FUNDED].found && e[SLOT_FUNDED].found);
}

static gboolean slots_add(const slot *f, const slot *e)
{
    return (e[SLOT_SPENT].found && !f[SLOT_SPENT].found) ||
           (e[SLOT_RATE].found && !f[SLOT_RATE].found) ||
           (has_budget(e) && !f[SLOT_BUDGET].found);
}

static jx_record *money_record(const slot *s)
{
    if (!s->found || !s->value)
        return NULL;
    jx_record *m = jx_record_new(JX_RECORD_VALUE);
    jx_record_set_string(m, JX_F_VALUE, s->value);
    jx_record_set_string(m, JX_F_UNIT, s->unit);
    return m;
}

/* TRUE when two found, well-formed amounts are the same sum of money
 * (whatever their units: 30万元 = 300000元). */
static gboolean same_money(const slot *a, const slot *b)
{
    if (!a->found || !b->found || !a->value || !b->value)
        return FALSE;
    double x = g_ascii_strtod(a->value, NULL) * money_yuan(a->unit);
    double y = g_ascii_strtod(b->value, NULL) * money_yuan(b->unit);
    return fabs(x - y) <= 1e-9 * fmax(fabs(x), fabs(y));
}

/*
 * The record of fact `f` of document `doc`, or NULL when it states fewer than
 * FACT_MIN_FIELDS fields.  `available` (may be NULL or not found) is the
 * funds its section says reached the section's project: written as the
 * fact's `available` when the fact is about that project (`about_section`)
 * and the amount is not its budget; null otherwise.
 */
static jx_record *fact_record(const fact *f, const char *doc, const slot *available,
                              gboolean about_section)
{
    const slot *budget = f->slots[SLOT_BUDGET].found ? &f->slots[SLOT_BUDGET]
                                                     : &f->slots[SLOT_FUNDED];
    int fields = budget->found + f->slots[SLOT_SPENT].found + f->slots[SLOT_RATE].found;
    if (fields < FACT_MIN_FIELDS)
        return NULL;
    jx_record *r = jx_record_new(JX_RECORD_FACT);
    jx_record_set_string(r, JX_F_DOC, doc);
    if (f->page > 0)
        jx_record_set_int(r, JX_F_PAGE, f->page);
    else
        jx_record_set_null(r, JX_F_PAGE);
    jx_record_set_string(r, JX_F_SUBJECT, f->subject);
    jx_record_set_record(r, JX_F_BUDGET, money_record(budget));
    jx_record_set_record(r, JX_F_SPENT, money_record(&f->slots[SLOT_SPENT]));
    jx_record_set_string(r, JX_F_RATE, f->slots[SLOT_RATE].found ? f->slots[SLOT_RATE].value
                                                                  : NULL);
    jx_record_set_string(r, JX_F_TEXT, f->text->str);
    if (about_section && available && available->found && available->value &&
        !same_money(available, budget))
        jx_record_set_record(r, JX_F_AVAILABLE, money_record(available));
    else
        jx_record_set_null(r, JX_F_AVAILABLE);
    return r;
}

static void fact_free(gpointer p)
{
    fact *f = p;
    g_free(f->subject);
    g_string_free(f->text, TRUE);
    g_free(f);
}

/* TRUE when one subject names the other (`科技管理专项经费` in the section
 * `2023年度科技管理专项经费`): the statement is about its section's project. */
static gboolean same_subject(const char *a, const char *b)
{
    return a && b && (strstr(a, b) || strstr(b, a));
}

/* Writes the facts of one section to `out` and empties `facts`: those about
 * the section's own project (`section_subject`) get the funds it says
 * reached it (`available`, may be NULL). */
static void flush_section(GPtrArray *facts, const char *doc, const char *section_subject,
                          const slot *available, jx_record_list *out)
{
    for (guint j = 0; j < facts->len; j++) {
        const fact *f = facts->pdata[j];
        jx_record *r = fact_record(f, doc, available, g_strcmp0(f->subject, section_subject) == 0);
        if (r)
            jx_record_list_append(out, r);
    }
    g_ptr_array_set_size(facts, 0);
}

/*
 * The facts of the prose read so far (flushes the open paragraph), in
 * document order of their sections; statements inside tables' lines are
 * left out.  A section's available funds are the first ones a statement of
 * it states for the section's own project, before or after its facts.
 */
jx_record_list *jx_prose_facts(jx_prose *p, const char *doc, const char *fallback_subject)
{
    flush_paragraph(p);
    jx_record_list *out = jx_record_list_new();
    /* the outline: headings by numbering style, the deeper after the shallower
     * in the order the styles first appear */
    GPtrArray *stack = g_ptr_array_new(); /* event* headings */
    GPtrArray *facts = g_ptr_array_new_with_free_func(fact_free); /* under the last heading */
    const event *section = NULL;
    const slot *available = NULL; /* borrowed from an event of the section */
    for (guint i = 0; i < p->events->len; i++) {
        const event *e = p->events->pdata[i];
        if (in_spans(p->spans, e->line))
            continue;
        if (e->kind == EV_HEADING) {
            guint k = 0;
            while (k < stack->len && ((const event *)stack->pdata[k])->style != e->style)
                k++;
            g_ptr_array_set_size(stack, k);
            g_ptr_array_add(stack, (gpointer)e);
            const event *named = NULL;
            for (guint j = stack->len; j-- > 0 && !named;)
                if (!is_structure_heading(((const event *)stack->pdata[j])->text))
                    named = stack->pdata[j];
            /* statements join into one fact only under one heading: a
             * report states budget and execution a sentence apart, but what
             * another heading says is about another part or project */
            flush_section(facts, doc, section ? section->text : fallback_subject, available,
                          out);
            available = NULL;
            section = named;
            continue;
        }
        const char *section_subject = section ? section->text : fallback_subject;
        if (!available && e->available.found && e->available.value &&
            (!e->available_subject || same_subject(e->available_subject, section_subject)))
            available = &e->available;
        gboolean states = FALSE;
        for (int s = 0; s < SLOT_COUNT; s++)
            states |= e->slots[s].found;
        if (!states)
            continue; /* it states only the funds that arrived */
        const char *subject = e->subject && !same_subject(e->subject, section_subject)
                                  ? e->subject
                                  : section_subject;
        fact *target = NULL;
        for (guint j = facts->len; j-- > 0 && !target;)
            if (g_strcmp0(((fact *)facts->pdata[j])->subject, subject) == 0)
                target = facts->pdata[j];
        if (target && slots_conflict(target->slots, e->slots))
            target = NULL;
        if (target && !slots_add(target->slots, e->slots))
            continue; /* nothing new (a grant restated after the budget) */
        if (!target) {
            target = g_new0(fact, 1);
            target->subject = g_strdup(subject);
            target->page = e->page;
            target->text = g_string_new(NULL);
            g_ptr_array_add(facts, target);
        }
        g_string_append(target->text, e->text);
        for (int s = 0; s < SLOT_COUNT; s++)
            if (e->slots[s].found && !target->slots[s].found)
                target->slots[s] = e->slots[s];
    }
    flush_section(facts, doc, section ? section->text : fallback_subject, available, out);
    g_ptr_array_unref(facts);
    g_ptr_array_unref(stack);
    return out;
}
