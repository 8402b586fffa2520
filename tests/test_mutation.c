/*
 * test_mutation.c — the checker against documents consistent by construction,
 * and against the same documents with one number changed.
 *
 * A seeded GRand writes evaluation reports in the forms of the reference
 * report (../shared/seeds/001_evaluation_report.txt): a coded score table
 * (`指标名称 | 分值 | 得分 | 得分率`, `A1.项目立项`, `A11.立项依据充分性`, a 合计 row),
 * the whole-system table (`一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分`
 * with a 总分 row), a budget table (`序号 | 项目分类 | 预算金额 | 使用金额 | 预算执行率`
 * under `单位：万元`, with a 合计 row), the grade with its bands, and prose in
 * the forms of 003 (`本项目年度预算…万元，…实际支出…万元，预算执行率…%`,
 * `项目总预算…万元，其中…`).  Each document is extracted and parsed as a user's
 * would be (jx_extract_bytes, jx_parse_source) and checked: no error allowed.
 * Then one number at a time is changed — a score, a weight, a rate, a total,
 * a budget figure, a spent amount, a part of a prose sum, the grade — and the
 * checker must flag that very place (the record the parser made of the
 * changed row, sentence or the document) with a rule that says what broke.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/core.h"

/* Documents written; each is checked whole, then with MUTATIONS_PER_DOC of
 * its numbers changed one at a time (kinds taken in turn, so every kind is
 * tried about DOCS × MUTATIONS_PER_DOC / N_KINDS times).  Enough to cover
 * every kind some hundred times in a suite that runs under ASan. */
#define DOCS 240
#define MUTATIONS_PER_DOC 4
#define SEED 20261202

/* ---------------------------------------------------------------- the model */

/* Every figure as printed, in hundredths; the whole-system table has its own
 * copies (_sys) so that one table can be changed without the other. */
typedef struct {
    char *name;
    gint64 w, s;   /* hundredths of a point */
    gint64 rate;   /* printed 得分率, hundredths of a percent */
    gint64 s_sys;
} leaf;

typedef struct {
    const char *name;
    GArray *leaves; /* leaf */
    gint64 w, s, rate;
} level2;

typedef struct {
    const char *name;
    char code;
    GPtrArray *l2s; /* level2* */
    gint64 w, s;
} level1;

typedef struct {
    char *name;
    gint64 budget, spent; /* hundredths of 万元 */
    gint64 rate;          /* hundredths of a percent */
} brow_m;

typedef struct {
    char *subject;
    gint64 budget, spent; /* hundredths of 万元 */
    gint64 rate;          /* tenths of a percent when one decimal */
    gboolean planned;     /* the sentence states 计划支出 too */
} fact_m;

typedef struct {
    GPtrArray *l1s; /* level1* */
    gint64 total_w, total_s;
    gboolean split;       /* the coded form as one table per level-1, each with its 合计 */
    gint64 coded_total_s; /* the first coded table's 合计 score */
    gint64 system_total_s;
    gint64 summary_total_s; /* the transposed summary's 得分合计 */
    GArray *budget;       /* brow_m */
    gint64 budget_total, spent_total, total_rate;
    gboolean subtotals;             /* two groups, each closed by a 小计 (001's 表 in 万元) */
    guint sub_split;                /* rows [0, split) and [split, n) */
    gint64 sub_budget[2], sub_spent[2];
    GArray *facts;        /* fact_m */
    gint64 sum_total, sum_a, sum_b; /* 项目总预算 and its two parts, whole 万元 */
    gint64 sum_spent, sum_rate;     /* that project's spending (hundredths) and rate (tenths) */
    const char *grade;
} doc_m;

static const struct {
    const char *name;
    char code;
    const char *l2s[4];
} l1_pool[] = {
    {"决策", 'A', {"项目立项", "绩效目标", "资金投入", NULL}},
    {"过程", 'B', {"资金管理", "组织实施", NULL}},
    {"产出", 'C', {"产出数量", "产出质量", "产出时效", "产出成本"}},
    {"效益", 'D', {"经济效益", "社会效益", "可持续影响", "满意度"}},
};

static const char *const leaf_words[] = {
    "立项依据充分性", "立项程序规范性", "绩效目标合理性", "绩效指标明确性", "预算编制科学性",
    "资金分配合理性", "资金到位率",     "预算执行率",     "资金使用合规性", "管理制度健全性",
    "制度执行有效性", "支持项目数量",   "验收通过率",     "完成及时性",     "成本控制有效性",
    "研发投入强度",   "成交额增长",     "资源配置有效率", "创新能力提升",   "补助对象满意度",
};

static const char *const budget_names[] = {
    "科技重大专项", "创新引导计划", "创新平台计划", "科技人才计划",
    "科技条件建设", "待安排资金",   "科普活动",     "成果转化专项",
};

static const char *const fact_subjects[] = {
    "“揭榜挂帅”制项目", "科技创新赋能行动专项工作经费", "产业技术研究院运营经费",
    "工业数字研究院补助经费", "科创飞地建设奖补专项", "周末工程师人才驿站项目",
};

/* Rounds num/den to the nearest integer, halves up (den > 0, num >= 0). */
static gint64 div_round(gint64 num, gint64 den)
{
    return (2 * num + den) / (2 * den);
}

/* A figure in hundredths as a report prints it: "2", "1.38", "0.2" (trailing zeros dropped). */
static void put_hundredths(GString *out, gint64 v, gboolean separators)
{
    gint64 whole = v / 100, frac = v % 100;
    if (separators && whole >= 1000)
        g_string_append_printf(out, "%" G_GINT64_FORMAT ",%03" G_GINT64_FORMAT, whole / 1000,
                               whole % 1000);
    else
        g_string_append_printf(out, "%" G_GINT64_FORMAT, whole);
    if (frac % 10)
        g_string_append_printf(out, ".%02" G_GINT64_FORMAT, frac);
    else if (frac)
        g_string_append_printf(out, ".%" G_GINT64_FORMAT, frac / 10);
}

static void model_free(doc_m *m)
{
    for (guint i = 0; i < m->l1s->len; i++) {
        level1 *a = g_ptr_array_index(m->l1s, i);
        for (guint j = 0; j < a->l2s->len; j++) {
            level2 *b = g_ptr_array_index(a->l2s, j);
            for (guint k = 0; k < b->leaves->len; k++)
                g_free(g_array_index(b->leaves, leaf, k).name);
            g_array_free(b->leaves, TRUE);
            g_free(b);
        }
        g_ptr_array_free(a->l2s, TRUE);
        g_free(a);
    }
    g_ptr_array_free(m->l1s, TRUE);
    for (guint i = 0; i < m->budget->len; i++)
        g_free(g_array_index(m->budget, brow_m, i).name);
    g_array_free(m->budget, TRUE);
    for (guint i = 0; i < m->facts->len; i++)
        g_free(g_array_index(m->facts, fact_m, i).subject);
    g_array_free(m->facts, TRUE);
}

/* Recomputes every derived figure (sums, rates, totals, grade) from the leaves
 * and rows: the model is then consistent. */
static void settle(doc_m *m)
{
    m->total_w = m->total_s = 0;
    for (guint i = 0; i < m->l1s->len; i++) {
        level1 *a = g_ptr_array_index(m->l1s, i);
        a->w = a->s = 0;
        for (guint j = 0; j < a->l2s->len; j++) {
            level2 *b = g_ptr_array_index(a->l2s, j);
            b->w = b->s = 0;
            for (guint k = 0; k < b->leaves->len; k++) {
                leaf *c = &g_array_index(b->leaves, leaf, k);
                c->rate = div_round(c->s * 10000, c->w);
                c->s_sys = c->s;
                b->w += c->w;
                b->s += c->s;
            }
            b->rate = div_round(b->s * 10000, b->w);
            a->w += b->w;
            a->s += b->s;
        }
        m->total_w += a->w;
        m->total_s += a->s;
    }
    m->system_total_s = m->summary_total_s = m->total_s;
    m->coded_total_s =
        m->split ? ((const level1 *)g_ptr_array_index(m->l1s, 0))->s : m->total_s;
    m->budget_total = m->spent_total = 0;
    for (guint i = 0; i < m->budget->len; i++) {
        brow_m *r = &g_array_index(m->budget, brow_m, i);
        r->rate = div_round(r->spent * 10000, r->budget);
        m->budget_total += r->budget;
        m->spent_total += r->spent;
    }
    m->total_rate = div_round(m->spent_total * 10000, m->budget_total);
    for (guint g = 0; g < 2; g++) {
        m->sub_budget[g] = m->sub_spent[g] = 0;
        for (guint i = g ? m->sub_split : 0; i < (g ? m->budget->len : m->sub_split); i++) {
            m->sub_budget[g] += g_array_index(m->budget, brow_m, i).budget;
            m->sub_spent[g] += g_array_index(m->budget, brow_m, i).spent;
        }
    }
    for (guint i = 0; i < m->facts->len; i++) {
        fact_m *f = &g_array_index(m->facts, fact_m, i);
        f->rate = div_round(f->spent * 1000, f->budget); /* tenths of a percent */
    }
    m->sum_rate = div_round(m->sum_spent * 10, m->sum_total);
    gint64 t = m->total_s;
    m->grade = t >= 9000 ? "优" : t >= 8000 ? "良" : t >= 6000 ? "中" : "差";
}

static void model_new(doc_m *m, GRand *rng)
{
    memset(m, 0, sizeof *m);
    m->l1s = g_ptr_array_new();
    guint word = (guint)g_rand_int_range(rng, 0, G_N_ELEMENTS(leaf_words));
    guint serial = 0;
    for (guint i = 0; i < G_N_ELEMENTS(l1_pool); i++) {
        level1 *a = g_new0(level1, 1);
        a->name = l1_pool[i].name;
        a->code = l1_pool[i].code;
        a->l2s = g_ptr_array_new();
        guint n2 = 0;
        while (n2 < 4 && l1_pool[i].l2s[n2])
            n2++;
        guint take = (guint)g_rand_int_range(rng, 1, (gint32)n2 + 1);
        for (guint j = 0; j < take; j++) {
            level2 *b = g_new0(level2, 1);
            b->name = l1_pool[i].l2s[j];
            b->leaves = g_array_new(FALSE, TRUE, sizeof(leaf));
            guint nl = (guint)g_rand_int_range(rng, 1, 4);
            for (guint k = 0; k < nl; k++) {
                leaf c = {0};
                /* Unique names: a word of the pool and, past its end, a serial. */
                const char *w = leaf_words[(word + serial) % G_N_ELEMENTS(leaf_words)];
                c.name = serial < G_N_ELEMENTS(leaf_words) ? g_strdup(w)
                                                           : g_strdup_printf("%s%u", w, serial);
                serial++;
                c.w = 100 * g_rand_int_range(rng, 1, 7);
                c.s = g_rand_int_range(rng, (gint32)(c.w / 2), (gint32)c.w + 1);
                if (g_rand_boolean(rng))
                    c.s = c.s / 10 * 10; /* one decimal, or none, as often as two */
                g_array_append_val(b->leaves, c);
            }
            g_ptr_array_add(a->l2s, b);
        }
        g_ptr_array_add(m->l1s, a);
    }
    m->budget = g_array_new(FALSE, TRUE, sizeof(brow_m));
    guint nb = (guint)g_rand_int_range(rng, 3, 7);
    for (guint i = 0; i < nb; i++) {
        brow_m r = {.name = g_strdup(budget_names[i])};
        r.budget = 100 * (gint64)g_rand_int_range(rng, 50, 40000) + g_rand_int_range(rng, 0, 100);
        r.spent = g_rand_int_range(rng, (gint32)(r.budget / 20), (gint32)r.budget + 1);
        g_array_append_val(m->budget, r);
    }
    m->subtotals = g_rand_boolean(rng);
    m->sub_split = (guint)g_rand_int_range(rng, 1, (gint32)nb);
    m->facts = g_array_new(FALSE, TRUE, sizeof(fact_m));
    guint nf = (guint)g_rand_int_range(rng, 2, 5);
    for (guint i = 0; i < nf; i++) {
        fact_m f = {.subject = g_strdup(fact_subjects[i])};
        f.budget = 100 * (gint64)g_rand_int_range(rng, 10, 3000);
        f.spent = g_rand_int_range(rng, (gint32)(f.budget / 10), (gint32)f.budget + 1);
        if (g_rand_boolean(rng))
            f.spent = f.spent / 100 * 100; /* whole 万元 as often as not */
        f.planned = g_rand_boolean(rng);
        g_array_append_val(m->facts, f);
    }
    m->sum_a = g_rand_int_range(rng, 50, 900);
    m->sum_b = g_rand_int_range(rng, 50, 900);
    m->sum_total = m->sum_a + m->sum_b;
    m->split = g_rand_boolean(rng);
    m->sum_spent = g_rand_int_range(rng, (gint32)(m->sum_total * 10), (gint32)(m->sum_total * 100));
    settle(m);
}

/* ---------------------------------------------------------------- the text */

static void put_rate(GString *out, gint64 hundredths)
{
    put_hundredths(out, hundredths, FALSE);
    g_string_append_c(out, '%');
}

static char *render(const doc_m *m)
{
    GString *t = g_string_new("2023年度科技发展专项绩效评价报告\n\n一、项目概况\n\n");
    for (guint i = 0; i < m->facts->len; i++) {
        const fact_m *f = &g_array_index(m->facts, fact_m, i);
        static const char *const nums[] = {"一", "二", "三", "四", "五", "六"};
        g_string_append_printf(t, "（%s）%s\n\n本项目年度预算", nums[i % 6], f->subject);
        put_hundredths(t, f->budget, FALSE);
        g_string_append(t, "万元，");
        if (f->planned) {
            g_string_append(t, "1～12月计划支出");
            put_hundredths(t, f->budget, FALSE);
            g_string_append(t, "万元，");
        }
        g_string_append(t, "实际支出");
        put_hundredths(t, f->spent, FALSE);
        g_string_append_printf(t, "万元，预算执行率%" G_GINT64_FORMAT, f->rate / 10);
        if (f->rate % 10)
            g_string_append_printf(t, ".%" G_GINT64_FORMAT, f->rate % 10);
        g_string_append(t, "%。对照批复的绩效目标，各项工作按计划完成。\n\n");
    }
    /* A budget broken down (text.sum), then the spending a sentence later: one fact. */
    g_string_append_printf(t,
                           "（七）科研条件建设项目\n\n项目总预算%" G_GINT64_FORMAT
                           "万元，其中基本支出%" G_GINT64_FORMAT "万元、项目支出%" G_GINT64_FORMAT
                           "万元。实际支出",
                           m->sum_total, m->sum_a, m->sum_b);
    put_hundredths(t, m->sum_spent, FALSE);
    g_string_append_printf(t, "万元，预算执行率%" G_GINT64_FORMAT, m->sum_rate / 10);
    if (m->sum_rate % 10)
        g_string_append_printf(t, ".%" G_GINT64_FORMAT, m->sum_rate % 10);
    g_string_append(t, "%。\n\n");

    g_string_append(t, "表 1-2: 科技发展专项资金使用情况\n\n单位：万元\n\n"
                       "序号\t项目分类\t预算金额\t使用金额\t预算执行率\n");
    for (guint i = 0; i < m->budget->len; i++) {
        const brow_m *r = &g_array_index(m->budget, brow_m, i);
        g_string_append_printf(t, "%u\t%s\t", i + 1, r->name);
        put_hundredths(t, r->budget, TRUE);
        g_string_append_c(t, '\t');
        put_hundredths(t, r->spent, TRUE);
        g_string_append_c(t, '\t');
        put_rate(t, r->rate);
        g_string_append_c(t, '\n');
        if (m->subtotals && (i + 1 == m->sub_split || i + 1 == m->budget->len)) {
            guint g = i + 1 == m->budget->len;
            g_string_append(t, "小计\t\t");
            put_hundredths(t, m->sub_budget[g], TRUE);
            g_string_append_c(t, '\t');
            put_hundredths(t, m->sub_spent[g], TRUE);
            g_string_append_c(t, '\n');
        }
    }
    g_string_append(t, "合计\t\t");
    put_hundredths(t, m->budget_total, TRUE);
    g_string_append_c(t, '\t');
    put_hundredths(t, m->spent_total, TRUE);
    g_string_append_c(t, '\t');
    put_rate(t, m->total_rate);
    g_string_append(t, "\n\n二、综合评价情况及评价结论\n\n经综合评价，本项目综合得分");
    put_hundredths(t, m->total_s, FALSE);
    g_string_append_printf(t, "分，评价等级为“%s”。\n\n", m->grade);

    /* The transposed summary (001's 表 3-1): one column per level-1. */
    g_string_append(t, "表 3-1：项目绩效评分汇总表\n\n指标");
    for (guint i = 0; i < m->l1s->len; i++)
        g_string_append_printf(t, "\t%s", ((const level1 *)g_ptr_array_index(m->l1s, i))->name);
    g_string_append(t, "\t得分合计\n分值");
    for (guint i = 0; i < m->l1s->len; i++) {
        g_string_append_c(t, '\t');
        put_hundredths(t, ((const level1 *)g_ptr_array_index(m->l1s, i))->w, FALSE);
    }
    g_string_append_c(t, '\t');
    put_hundredths(t, m->total_w, FALSE);
    g_string_append(t, "\n得分");
    for (guint i = 0; i < m->l1s->len; i++) {
        g_string_append_c(t, '\t');
        put_hundredths(t, ((const level1 *)g_ptr_array_index(m->l1s, i))->s, FALSE);
    }
    g_string_append_c(t, '\t');
    put_hundredths(t, m->summary_total_s, FALSE);
    g_string_append(t, "\n\n");

    /* The coded tables: one for all, or one per level-1 (001's 表 4-1, 4-3 …). */
    for (guint i = 0; i < m->l1s->len; i++) {
        const level1 *a = g_ptr_array_index(m->l1s, i);
        if (i == 0 || m->split)
            g_string_append_printf(t, "表 4-%u：%s指标评分结果汇总表\n\n指标名称\t分值\t得分\t得分率\n",
                                   i + 1, m->split ? a->name : "");
        for (guint j = 0; j < a->l2s->len; j++) {
            const level2 *b = g_ptr_array_index(a->l2s, j);
            g_string_append_printf(t, "%c%u.%s\t", a->code, j + 1, b->name);
            put_hundredths(t, b->w, FALSE);
            g_string_append_c(t, '\t');
            put_hundredths(t, b->s, FALSE);
            g_string_append_c(t, '\t');
            put_rate(t, b->rate);
            g_string_append_c(t, '\n');
            for (guint k = 0; k < b->leaves->len; k++) {
                const leaf *c = &g_array_index(b->leaves, leaf, k);
                g_string_append_printf(t, "%c%u%u.%s\t", a->code, j + 1, k + 1, c->name);
                put_hundredths(t, c->w, FALSE);
                g_string_append_c(t, '\t');
                put_hundredths(t, c->s, FALSE);
                g_string_append_c(t, '\t');
                put_rate(t, c->rate);
                g_string_append_c(t, '\n');
            }
        }
        if (m->split || i + 1 == m->l1s->len) {
            gint64 w = m->split ? a->w : m->total_w;
            gint64 sc = i == 0 || !m->split ? m->coded_total_s : a->s;
            g_string_append(t, "合计\t");
            put_hundredths(t, w, FALSE);
            g_string_append_c(t, '\t');
            put_hundredths(t, sc, FALSE);
            g_string_append_c(t, '\t');
            put_rate(t, div_round(sc * 10000, w));
            g_string_append(t, m->split ? "\n\n" : "");
        }
    }
    g_string_append(t, "\n\n附件 1: 绩效评价指标体系及得分情况表\n\n"
                       "一级指标\t分值\t二级指标\t分值\t三级指标\t分值\t得分\n");
    for (guint i = 0; i < m->l1s->len; i++) {
        const level1 *a = g_ptr_array_index(m->l1s, i);
        for (guint j = 0; j < a->l2s->len; j++) {
            const level2 *b = g_ptr_array_index(a->l2s, j);
            for (guint k = 0; k < b->leaves->len; k++) {
                const leaf *c = &g_array_index(b->leaves, leaf, k);
                if (j == 0 && k == 0) {
                    g_string_append_printf(t, "%s\t", a->name);
                    put_hundredths(t, a->w, FALSE);
                    g_string_append_c(t, '\t');
                } else {
                    g_string_append(t, "\t\t");
                }
                if (k == 0) {
                    g_string_append_printf(t, "%s\t", b->name);
                    put_hundredths(t, b->w, FALSE);
                    g_string_append_c(t, '\t');
                } else {
                    g_string_append(t, "\t\t");
                }
                g_string_append_printf(t, "%s\t", c->name);
                put_hundredths(t, c->w, FALSE);
                g_string_append_c(t, '\t');
                put_hundredths(t, c->s_sys, FALSE);
                g_string_append_c(t, '\n');
            }
        }
    }
    g_string_append(t, "总分\t");
    put_hundredths(t, m->total_w, FALSE);
    g_string_append(t, "\t\t");
    put_hundredths(t, m->total_w, FALSE);
    g_string_append(t, "\t\t");
    put_hundredths(t, m->total_w, FALSE);
    g_string_append_c(t, '\t');
    put_hundredths(t, m->system_total_s, FALSE);
    g_string_append(t, "\n评价等次\n90（含）-100 分为优、80（含）-90 分为良、60（含）-80 分为中、60 "
                       "分以下为差\n");
    return g_string_free(t, FALSE);
}

/* ---------------------------------------------------------------- mutations */

typedef enum {
    MUT_LEAF_SCORE,    /* a leaf's score in the coded table */
    MUT_LEAF_WEIGHT,   /* a leaf's weight in the coded table */
    MUT_LEAF_RATE,     /* a leaf's 得分率 */
    MUT_L2_SCORE,      /* a level-2 row's score in the coded table */
    MUT_TOTAL,         /* the first coded table's 合计 score */
    MUT_SUMMARY_TOTAL, /* the transposed summary's 得分合计 */
    MUT_SYSTEM_SCORE,  /* a leaf's score in the whole-system table */
    MUT_BUDGET,        /* a budget row's 预算金额 */
    MUT_SPENT,         /* a budget row's 使用金额 */
    MUT_BUDGET_RATE,   /* a budget row's 预算执行率 */
    MUT_BUDGET_TOTAL,  /* the budget table's 合计 预算金额 */
    MUT_SUBTOTAL,      /* the first 小计's 使用金额 */
    MUT_FACT_SPENT,    /* a prose 实际支出 */
    MUT_TEXT_SUM,      /* a part of the prose sum */
    MUT_GRADE,         /* the grade */
    N_MUT
} mut_kind;

static const char *const mut_names[N_MUT] = {
    "leaf score",   "leaf weight",  "leaf rate",   "level-2 score", "table total", "summary total",
    "system score", "budget",       "spent",       "budget rate",   "budget total", "subtotal",
    "fact spent",   "prose sum",    "grade",
};

/* The rules that name the change, per kind (any one of them at the place). */
static const char *const mut_rules[N_MUT][3] = {
    {"score.rate", "score.cross-table", "score.over"},
    {"score.rate", "score.cross-table", "score.over"},
    {"score.rate"},
    {"score.sum", "score.rate", "score.over"},
    {"score.total"},
    {"score.total"},
    {"score.cross-table", "score.over"},
    {"budget.rate"},
    {"budget.rate"},
    {"budget.rate"},
    {"budget.rate"},
    {"budget.rate"},
    {"fact.rate"},
    {"text.sum"},
    {"score.grade"},
};

/* A leaf chosen by position a (level-1), b (level-2), c (leaf), wrapped;
 * its level-2 and its code ("C21") too. */
static leaf *pick_leaf(doc_m *m, int a, int b, int c, level2 **l2, char **code)
{
    guint ia = (guint)a % m->l1s->len;
    level1 *x = g_ptr_array_index(m->l1s, ia);
    guint ib = (guint)b % x->l2s->len;
    level2 *y = g_ptr_array_index(x->l2s, ib);
    guint ic = (guint)c % y->leaves->len;
    if (l2)
        *l2 = y;
    if (code)
        *code = g_strdup_printf("%c%u%u", x->code, ib + 1, ic + 1);
    return &g_array_index(y->leaves, leaf, ic);
}

/* A change of `v` (hundredths) by `by`, kept >= 0. */
static gint64 shift(gint64 v, gint64 by)
{
    return v >= by ? v - by : v + by;
}

/* Where the changed number is: a score record by code or by name in the
 * n-th score table, a budget record by name, a fact by its subject or text,
 * or the document. */
typedef struct {
    jx_record_kind kind;
    char *code;        /* score: by code */
    char *name;        /* score/budget: by name */
    int score_table;   /* score by name: the n-th score table, -1 the last */
    char *fact_text;   /* fact: a piece of its text */
} place;

static void place_clear(place *p)
{
    g_free(p->code);
    g_free(p->name);
    g_free(p->fact_text);
    memset(p, 0, sizeof *p);
}

/* Changes one printed number of the consistent model `m`; fills `at`. */
static void mutate(doc_m *m, mut_kind kind, GRand *rng, place *at)
{
    int a = g_rand_int_range(rng, 0, 1000), b = g_rand_int_range(rng, 0, 1000),
        c = g_rand_int_range(rng, 0, 1000);
    level2 *l2;
    char *code = NULL;
    memset(at, 0, sizeof *at);
    at->kind = JX_RECORD_SCORE;
    switch (kind) {
    case MUT_LEAF_SCORE: {
        leaf *x = pick_leaf(m, a, b, c, &l2, &at->code);
        x->s = shift(x->s, 50);
        break;
    }
    case MUT_LEAF_WEIGHT: {
        leaf *x = pick_leaf(m, a, b, c, &l2, &at->code);
        x->w += 100;
        break;
    }
    case MUT_LEAF_RATE: {
        leaf *x = pick_leaf(m, a, b, c, &l2, &at->code);
        /* 10 points: more than a one-decimal score of weight 1 can move its rate (5) */
        x->rate = shift(x->rate, 1000);
        break;
    }
    case MUT_L2_SCORE: {
        pick_leaf(m, a, b, c, &l2, &code);
        code[2] = '\0'; /* "C21" → "C2" */
        at->code = code;
        l2->s = shift(l2->s, 50);
        break;
    }
    case MUT_TOTAL:
        m->coded_total_s = shift(m->coded_total_s, 100);
        at->name = g_strdup("合计");
        at->score_table = 2;
        break;
    case MUT_SUMMARY_TOTAL:
        m->summary_total_s = shift(m->summary_total_s, 100);
        at->name = g_strdup("得分合计");
        at->score_table = 1;
        break;
    case MUT_SYSTEM_SCORE: {
        leaf *x = pick_leaf(m, a, b, c, &l2, NULL);
        x->s_sys = shift(x->s_sys, 50);
        at->name = g_strdup(x->name);
        at->score_table = -1; /* the last: the whole-system table */
        break;
    }
    case MUT_BUDGET:
    case MUT_SPENT:
    case MUT_BUDGET_RATE: {
        brow_m *r = &g_array_index(m->budget, brow_m, (guint)a % m->budget->len);
        gint64 *v = kind == MUT_BUDGET ? &r->budget : kind == MUT_SPENT ? &r->spent : &r->rate;
        /* A tenth of the figure, at least 1 万元 (1%-point for a rate). */
        *v = shift(*v, MAX(*v / 10, 100));
        at->kind = JX_RECORD_BUDGET;
        at->name = g_strdup(r->name);
        break;
    }
    case MUT_BUDGET_TOTAL:
        m->budget_total = shift(m->budget_total, MAX(m->budget_total / 10, 100));
        at->kind = JX_RECORD_BUDGET;
        at->name = g_strdup("合计");
        break;
    case MUT_SUBTOTAL:
        m->subtotals = TRUE; /* a document of the other form gains its 小计 rows, right but one */
        m->sub_spent[0] = shift(m->sub_spent[0], MAX(m->sub_spent[0] / 10, 100));
        at->kind = JX_RECORD_BUDGET;
        at->name = g_strdup("小计");
        break;
    case MUT_FACT_SPENT: {
        fact_m *f = &g_array_index(m->facts, fact_m, (guint)a % m->facts->len);
        f->spent = shift(f->spent, MAX(f->spent / 10, 100));
        at->kind = JX_RECORD_FACT;
        at->fact_text = g_strdup(f->subject);
        break;
    }
    case MUT_TEXT_SUM:
        m->sum_a = shift(m->sum_a, 10);
        at->kind = JX_RECORD_FACT;
        at->fact_text = g_strdup("其中基本支出");
        break;
    case MUT_GRADE: {
        static const char *const grades[] = {"优", "良", "中", "差"};
        const char *g;
        do
            g = grades[g_rand_int_range(rng, 0, 4)];
        while (strcmp(g, m->grade) == 0);
        m->grade = g;
        at->kind = JX_RECORD_DOCUMENT;
        break;
    }
    case N_MUT:
        break;
    }
}

/* The index of the record `at` names in `recs`, or -1. */
static int find_place(const jx_record_list *recs, const place *at)
{
    int score_table = 0, found = -1;
    gint64 last_table = -1;
    for (guint i = 0; i < jx_record_list_length(recs); i++) {
        const jx_record *r = jx_record_list_get(recs, i);
        jx_record_kind k = jx_record_kind_of(r);
        if (k == JX_RECORD_SCORE && jx_record_int(r, JX_F_TABLE, 0) != last_table) {
            last_table = jx_record_int(r, JX_F_TABLE, 0);
            score_table++;
        }
        if (k != at->kind)
            continue;
        const char *name = jx_record_string(r, JX_F_NAME);
        switch (k) {
        case JX_RECORD_DOCUMENT:
            return (int)i;
        case JX_RECORD_SCORE:
            if (at->code) {
                if (g_strcmp0(jx_record_string(r, JX_F_CODE), at->code) == 0)
                    return (int)i;
            } else if ((score_table == at->score_table || at->score_table < 0) && name &&
                       strcmp(name, at->name) == 0) {
                found = (int)i; /* the last one, for the last table */
                if (at->score_table > 0)
                    return found;
            }
            break;
        case JX_RECORD_BUDGET:
            if (name && strcmp(name, at->name) == 0)
                return (int)i;
            break;
        case JX_RECORD_FACT: {
            const char *subject = jx_record_string(r, JX_F_SUBJECT);
            const char *text = jx_record_string(r, JX_F_TEXT);
            if ((subject && strstr(subject, at->fact_text)) || (text && strstr(text, at->fact_text)))
                return (int)i;
            break;
        }
        default:
            break;
        }
    }
    return found;
}

/* TRUE when finding `f` is at record `rec` (index `i` of `recs`). */
static gboolean finding_at(const jx_record *f, const jx_record_list *recs, guint i)
{
    const jx_record *rec = jx_record_list_get(recs, i);
    const jx_record *w = jx_record_sub(f, JX_F_WHERE);
    switch (jx_record_kind_of(rec)) {
    case JX_RECORD_DOCUMENT:
        return w == NULL;
    case JX_RECORD_FACT: {
        gint64 n = 0;
        for (guint k = 0; k <= i; k++)
            if (jx_record_kind_of(jx_record_list_get(recs, k)) == JX_RECORD_FACT)
                n++;
        return w && jx_record_int(w, JX_F_FACT, 0) == n;
    }
    default:
        return w && jx_record_int(w, JX_F_TABLE, -1) == jx_record_int(rec, JX_F_TABLE, -2) &&
               jx_record_int(w, JX_F_ROW, -1) == jx_record_int(rec, JX_F_ROW, -2);
    }
}

/* ---------------------------------------------------------------- running */

/* Parses `text` as the file "gen.txt" would be and checks it. */
static jx_record_list *parse_text(const char *text, jx_record_list **findings)
{
    GError *error = NULL;
    jx_source *src = jx_extract_bytes("gen.txt", "gen.txt", (const guint8 *)text, strlen(text),
                                      &error);
    assert_non_null(src);
    jx_record_list *recs = jx_parse_source(src);
    jx_source_free(src);
    *findings = jx_check_records(recs);
    return recs;
}

/* With JX_MUTATION_SAVE=DIR, a document the checker got wrong is written to
 * DIR/doc-N-WHAT.txt for a person to run `jixiao check` on. */
static void save_text(guint d, const char *what, const char *text)
{
    const char *dir = g_getenv("JX_MUTATION_SAVE");
    if (!dir || !*dir)
        return;
    char *name = g_strdup_printf("%s/doc-%u-%s.txt", dir, d, what);
    for (char *p = strrchr(name, '/') + 1; *p; p++)
        if (*p == ' ')
            *p = '-';
    g_file_set_contents(name, text, -1, NULL);
    g_free(name);
}

static guint count_errors(const jx_record_list *findings)
{
    guint n = 0;
    for (guint i = 0; i < jx_record_list_length(findings); i++)
        if (g_strcmp0(jx_record_string(jx_record_list_get(findings, i), JX_F_SEVERITY),
                      "error") == 0)
            n++;
    return n;
}

static void print_list(const char *what, const jx_record_list *list, jx_record_kind only)
{
    print_message("  %s:\n", what);
    for (guint i = 0; i < jx_record_list_length(list); i++) {
        const jx_record *r = jx_record_list_get(list, i);
        if (only != JX_RECORD_VALUE && jx_record_kind_of(r) != only)
            continue;
        char *j = jx_record_to_json(r);
        print_message("    %s\n", j);
        g_free(j);
    }
}

/* Does the parser read score tables yet?  (The score and prose stages land on
 * their own branches; until they do there is nothing to mutate.) */
static gboolean parser_reads_scores(const jx_record_list *recs)
{
    for (guint i = 0; i < jx_record_list_length(recs); i++)
        if (jx_record_kind_of(jx_record_list_get(recs, i)) == JX_RECORD_SCORE)
            return TRUE;
    return FALSE;
}

/* Whether the parser gives what a kind of change needs: facts from prose, the
 * grade on the document record.  (The prose stage lands on its own branch; a
 * kind it does not serve yet is reported as not applicable, not as caught.) */
static gboolean kind_applies(mut_kind kind, const jx_record_list *recs)
{
    jx_record_kind need = kind == MUT_FACT_SPENT || kind == MUT_TEXT_SUM ? JX_RECORD_FACT
                          : kind == MUT_GRADE                           ? JX_RECORD_DOCUMENT
                                                                        : JX_RECORD_SCORE;
    for (guint i = 0; i < jx_record_list_length(recs); i++) {
        const jx_record *r = jx_record_list_get(recs, i);
        if (jx_record_kind_of(r) != need)
            continue;
        if (need != JX_RECORD_DOCUMENT || jx_record_string(r, JX_F_GRADE))
            return TRUE;
    }
    return FALSE;
}

static void test_mutations(void **state)
{
    (void)state;
    GRand *rng = g_rand_new_with_seed(SEED);
    guint tried[N_MUT] = {0}, caught[N_MUT] = {0}, unplaced[N_MUT] = {0}, na[N_MUT] = {0};
    gboolean applies[N_MUT];
    guint docs = 0, clean = 0, shown = 0;
    for (guint d = 0; d < DOCS; d++) {
        /* Each document comes from its own seed, so that it can be made again
         * for each change. */
        guint32 doc_seed = g_rand_int(rng);
        GRand *own = g_rand_new_with_seed(doc_seed);
        doc_m m;
        model_new(&m, own);
        g_rand_free(own);
        if (d == 0 && g_getenv("JX_MUTATION_SHOW")) {
            char *t0 = render(&m);
            print_message("%s\n", t0);
            g_free(t0);
        }
        char *text = render(&m);
        jx_record_list *findings;
        jx_record_list *recs = parse_text(text, &findings);
        if (d == 0 && !parser_reads_scores(recs)) {
            jx_record_list_free(findings);
            jx_record_list_free(recs);
            g_free(text);
            model_free(&m);
            g_rand_free(rng);
            print_message("the parser makes no score records yet: nothing to mutate\n");
            skip();
        }
        docs++;
        for (guint k = 0; k < N_MUT; k++)
            applies[k] = kind_applies((mut_kind)k, recs);
        if (count_errors(findings) == 0)
            clean++;
        else if (shown++ < 3) {
            print_message("document %u is consistent by construction, yet:\n", d);
            print_list("findings", findings, JX_RECORD_VALUE);
            save_text(d, "whole", text);
        }
        jx_record_list_free(findings);
        jx_record_list_free(recs);
        g_free(text);
        for (guint k = 0; k < MUTATIONS_PER_DOC; k++) {
            mut_kind kind = (mut_kind)((d * MUTATIONS_PER_DOC + k) % N_MUT);
            if (!applies[kind]) {
                na[kind]++;
                continue;
            }
            doc_m mm;
            GRand *again = g_rand_new_with_seed(doc_seed);
            model_new(&mm, again); /* the same document again, from its own seed */
            g_rand_free(again);
            place at;
            mutate(&mm, kind, rng, &at);
            char *mt = render(&mm);
            recs = parse_text(mt, &findings);
            tried[kind]++;
            int i = find_place(recs, &at);
            gboolean ok = FALSE;
            if (i < 0)
                unplaced[kind]++;
            for (guint f = 0; i >= 0 && f < jx_record_list_length(findings) && !ok; f++) {
                const jx_record *x = jx_record_list_get(findings, f);
                const char *rule = jx_record_string(x, JX_F_RULE);
                for (guint r = 0; r < 3 && mut_rules[kind][r] && !ok; r++)
                    ok = g_strcmp0(rule, mut_rules[kind][r]) == 0 &&
                         finding_at(x, recs, (guint)i);
            }
            if (ok)
                caught[kind]++;
            else if (shown++ < 12) {
                print_message("missed: %s in document %u (place %s)\n", mut_names[kind], d,
                              i < 0 ? "not found" : "found");
                save_text(d, mut_names[kind], mt);
                print_list("findings", findings, JX_RECORD_VALUE);
                if (i >= 0) {
                    char *j = jx_record_to_json(jx_record_list_get(recs, (guint)i));
                    print_message("  the changed record: %s\n", j);
                    g_free(j);
                }
            }
            jx_record_list_free(findings);
            jx_record_list_free(recs);
            g_free(mt);
            place_clear(&at);
            model_free(&mm);
        }
        model_free(&m);
    }
    g_rand_free(rng);
    guint all_tried = 0, all_caught = 0;
    print_message("documents %u, without false errors %u\n", docs, clean);
    for (guint k = 0; k < N_MUT; k++) {
        print_message("  %-14s tried %3u caught %3u missed %3u (place not parsed %u)%s\n",
                      mut_names[k], tried[k], caught[k], tried[k] - caught[k], unplaced[k],
                      na[k] ? " — not applicable: the parser does not give what it changes" : "");
        all_tried += tried[k];
        all_caught += caught[k];
    }
    print_message("mutations %u, caught %u, missed %u\n", all_tried, all_caught,
                  all_tried - all_caught);
    assert_int_equal(clean, docs);
    assert_int_equal(all_caught, all_tried);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mutations),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
