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

/* ================================================================ self-evaluation tables */

/*
 * The 项目支出绩效自评表 of 财预〔2020〕10号 as a tab-separated dump: the head
 * (项目名称, 主管部门, 实施单位), the 项目资金（万元） block (年度资金总额 and its
 * 其中 rows: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), the 年度总体目标,
 * the 绩效指标 block (一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 |
 * 得分 | 偏差原因分析及改进措施, group weights in the level-1 labels, labels
 * printed once per merged span), `总分 | 100 | 自评得分 | X` and the 自评等级.
 * Consistent by construction; then one figure changed, for each rule of
 * selfeval.*, and the checker must name that rule at that row.
 */

#define SE_DOCS 120
#define SE_MUTATIONS_PER_DOC 4
#define SE_SEED 20261213

typedef struct {
    const char *item;
    gint64 planned, adjusted, spent; /* hundredths of 万元; -1 an empty cell */
    gint64 rate;                     /* hundredths of a percent; -1 empty */
    gint64 weight, score;            /* hundredths of a point; -1 empty */
} se_funds;

typedef enum { SE_NUM, SE_DATE, SE_TEXT } se_kind;

typedef struct {
    const char *l1, *l2, *name, *unit;
    se_kind kind;
    gint64 target, actual;   /* numbers: whole units; dates: days in December (deadline 31) */
    gboolean missed_word;    /* a text actual saying not done */
    gint64 weight, score;    /* tenths of a point */
    const char *deviation;
} se_ind;

typedef struct {
    char *project;
    const char *org, *implementer;
    se_funds funds[4];
    guint n_funds;
    GArray *ind; /* se_ind */
    gint64 group_w[3];
    gboolean paren_full; /* （50分） rather than (50) */
    gboolean label_col;  /* the form's merged first column (项目资金（万元）, 绩效指标) kept */
    gint64 total;        /* hundredths of a point, the 自评得分 */
    const char *grade;
} se_doc_m;

typedef struct {
    const char *l1, *l2, *name, *unit;
    se_kind kind;
    gint64 lo, hi;
} se_pool_row;

static const se_pool_row se_pool[] = {
    {"产出指标", "数量指标", "培训农民人数", "人次", SE_NUM, 200, 2000},
    {"产出指标", "数量指标", "新建高标准农田", "亩", SE_NUM, 500, 5000},
    {"产出指标", "数量指标", "发放补贴户数", "户", SE_NUM, 50, 900},
    {"产出指标", "质量指标", "项目验收合格率", "%", SE_NUM, 90, 100},
    {"产出指标", "质量指标", "设备完好率", "%", SE_NUM, 85, 99},
    {"产出指标", "时效指标", "项目完成时间", NULL, SE_DATE, 0, 0},
    {"产出指标", "成本指标", "人均培训成本", "元/人", SE_NUM, 300, 900},
    {"效益指标", "经济效益指标", "带动农户增收", "万元", SE_NUM, 20, 300},
    {"效益指标", "社会效益指标", "群众生产条件改善", NULL, SE_TEXT, 0, 0},
    {"效益指标", "社会效益指标", "受益人口数", "人", SE_NUM, 1000, 20000},
    {"效益指标", "生态效益指标", "化肥使用量减少", "%", SE_NUM, 3, 15},
    {"效益指标", "可持续影响指标", "长效管护机制", NULL, SE_TEXT, 0, 0},
    {"满意度指标", "服务对象满意度指标", "受益群众满意度", "%", SE_NUM, 85, 95},
    {"满意度指标", "服务对象满意度指标", "参训学员满意度", "%", SE_NUM, 85, 95},
};

static const char *const se_orgs[] = {"305-某县农业农村局", "[015001]某区教育局",
                                      "某市卫生健康委员会", "某县水利局"};
static const char *const se_impls[] = {"某县农业技术推广中心", "某区第一中学", "某市疾病预防控制中心",
                                       "某县水利工程管理站"};
static const char *const se_done[] = {"已完成", "达到预期", "效果显著", "已建立"};
static const char *const se_not_done[] = {"未完成", "未达到预期", "部分完成"};

/* Splits `total` whole points into `n` parts of at least 2 (whole points). */
static void se_split(GRand *rng, gint64 total, guint n, gint64 *out)
{
    gint64 left = total;
    for (guint i = 0; i < n; i++) {
        if (i + 1 == n) {
            out[i] = left;
            break;
        }
        gint64 rest = (gint64)(n - i - 1) * 2;
        gint64 hi = MIN(left - rest, left / (gint64)(n - i) * 2);
        out[i] = g_rand_int_range(rng, 2, (gint32)MAX(3, hi + 1));
        if (out[i] > left - rest)
            out[i] = left - rest;
        left -= out[i];
    }
}

/* The funds score in hundredths: 分值 × printed 执行率, capped (both in hundredths). */
static gint64 se_funds_score(gint64 weight, gint64 rate)
{
    return MIN(div_round(weight * rate, 10000), weight);
}

static const char *se_grade_of(gint64 total)
{
    return total >= 9000 ? "优" : total >= 8000 ? "良" : total >= 6000 ? "中" : "差";
}

/* Recomputes what follows from the figures: rates, sums, the funds score, the total. */
static void se_settle(se_doc_m *m)
{
    se_funds *t = &m->funds[0];
    t->planned = t->adjusted = t->spent = 0;
    for (guint i = 1; i < m->n_funds; i++) {
        se_funds *f = &m->funds[i];
        if (f->planned < 0)
            continue;
        t->planned += f->planned;
        t->adjusted += f->adjusted;
        t->spent += f->spent;
        f->rate = div_round(f->spent * 10000, f->adjusted);
    }
    t->rate = div_round(t->spent * 10000, t->adjusted);
    t->score = se_funds_score(t->weight, t->rate);
    gint64 sum = t->score;
    for (guint i = 0; i < m->ind->len; i++)
        sum += g_array_index(m->ind, se_ind, i).score * 10;
    m->total = sum;
    m->grade = se_grade_of(sum);
}

static void se_model_new(se_doc_m *m, GRand *rng)
{
    memset(m, 0, sizeof *m);
    m->project = g_strdup_printf("%d年%s项目", 2023, g_rand_boolean(rng) ? "农业技术推广" : "基础设施维护");
    guint o = (guint)g_rand_int_range(rng, 0, G_N_ELEMENTS(se_orgs));
    m->org = se_orgs[o];
    m->implementer = se_impls[o];
    m->paren_full = g_rand_boolean(rng);
    m->label_col = g_rand_boolean(rng);
    /* Funds: 财政拨款, 上年结转资金 (sometimes none), 其他资金 (usually none). */
    static const char *const items[] = {"年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金"};
    m->n_funds = 4;
    for (guint i = 0; i < 4; i++) {
        se_funds *f = &m->funds[i];
        f->item = items[i];
        f->weight = f->score = -1;
        f->planned = f->adjusted = f->spent = f->rate = -1;
        if (i == 0)
            continue;
        gboolean present = i == 1 || (i == 2 && g_rand_int_range(rng, 0, 3) > 0) ||
                           (i == 3 && g_rand_int_range(rng, 0, 4) == 0);
        if (!present)
            continue;
        f->planned = g_rand_int_range(rng, 500, 50000);
        if (g_rand_boolean(rng))
            f->planned = f->planned / 100 * 100; /* whole 万元 */
        f->adjusted = f->planned + (i == 1 && g_rand_boolean(rng) ? g_rand_int_range(rng, 0, 2000) : 0);
        f->spent = f->adjusted - (g_rand_boolean(rng) ? 0 : g_rand_int_range(rng, 0, (gint32)(f->adjusted / 8 + 1)));
    }
    m->funds[0].weight = 1000;
    /* Indicators: 产出 + 效益 + 满意度 = 90, whole points per indicator. */
    m->ind = g_array_new(FALSE, TRUE, sizeof(se_ind));
    static const char *const l1s[] = {"产出指标", "效益指标", "满意度指标"};
    gint64 gw[3];
    gw[2] = g_rand_int_range(rng, 1, 3) * 5;
    gw[0] = g_rand_int_range(rng, 8, 12) * 5;
    gw[1] = 90 - gw[0] - gw[2];
    for (guint g = 0; g < 3; g++) {
        m->group_w[g] = gw[g];
        /* this group's pool rows, a random subset of 1..4 of them, in pool order */
        guint cand[16], nc = 0;
        for (guint k = 0; k < G_N_ELEMENTS(se_pool); k++)
            if (strcmp(se_pool[k].l1, l1s[g]) == 0)
                cand[nc++] = k;
        guint want = g == 2 ? 1 + (guint)g_rand_int_range(rng, 0, 2) : 2 + (guint)g_rand_int_range(rng, 0, (gint32)MIN(nc - 1, 4));
        want = MIN(want, nc);
        gint64 ws[8];
        se_split(rng, gw[g], want, ws);
        guint taken = 0;
        for (guint k = 0; k < nc && taken < want; k++) {
            if (nc - k > want - taken && g_rand_int_range(rng, 0, 3) == 0)
                continue;
            const se_pool_row *p = &se_pool[cand[k]];
            se_ind x = {p->l1, p->l2, p->name, p->unit, p->kind, 0, 0, FALSE, ws[taken] * 10, 0, NULL};
            if (p->kind == SE_NUM) {
                x.target = g_rand_int_range(rng, (gint32)p->lo, (gint32)p->hi + 1);
                x.actual = x.target + g_rand_int_range(rng, 0, 5);
                if (strcmp(p->l2, "成本指标") == 0)
                    x.actual = x.target - g_rand_int_range(rng, 0, 5);
                if (x.unit && strcmp(x.unit, "%") == 0 && x.actual > 100)
                    x.actual = 100;
            } else if (p->kind == SE_DATE) {
                x.target = 31;
                x.actual = g_rand_int_range(rng, 10, 32);
            }
            x.score = x.weight;
            /* A third of the rows lose points, with the reason printed. */
            if (g_rand_int_range(rng, 0, 3) == 0) {
                x.score = x.weight - 5 * g_rand_int_range(rng, 1, 9);
                x.score = MAX(x.score, 0);
                x.deviation = "受天气影响部分工作推迟，已督促整改";
                if (p->kind == SE_NUM && strcmp(p->l2, "成本指标") != 0 && x.target > 5)
                    x.actual = x.target - 1 - g_rand_int_range(rng, 0, 3);
            }
            g_array_append_val(m->ind, x);
            taken++;
        }
        /* keep the group's weights adding up exactly */
        gint64 sum = 0;
        guint first = m->ind->len - taken;
        for (guint k = first; k < m->ind->len; k++)
            sum += g_array_index(m->ind, se_ind, k).weight;
        se_ind *last = &g_array_index(m->ind, se_ind, m->ind->len - 1);
        gint64 full = last->score == last->weight;
        last->weight += gw[g] * 10 - sum;
        if (full)
            last->score = last->weight;
        else
            last->score = MIN(last->score, last->weight);
    }
    se_settle(m);
}

static void se_model_free(se_doc_m *m)
{
    g_free(m->project);
    g_array_free(m->ind, TRUE);
}

/* Tenths as printed: "20", "17.5". */
static void put_tenths(GString *t, gint64 v)
{
    if (v % 10)
        g_string_append_printf(t, "%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT, v / 10, v % 10 < 0 ? -(v % 10) : v % 10);
    else
        g_string_append_printf(t, "%" G_GINT64_FORMAT, v / 10);
}

/* Hundredths with two places kept: "9.60", "96.00". */
static void put_fixed2(GString *t, gint64 v)
{
    g_string_append_printf(t, "%" G_GINT64_FORMAT ".%02" G_GINT64_FORMAT, v / 100, v % 100);
}

static void se_put_value(GString *t, const se_ind *x, gboolean target)
{
    if (x->kind == SE_NUM) {
        const char *u = x->unit ? x->unit : "";
        gboolean cost = strcmp(x->l2, "成本指标") == 0;
        if (target)
            g_string_append(t, cost ? "≤" : "≥");
        g_string_append_printf(t, "%" G_GINT64_FORMAT "%s", target ? x->target : x->actual, u);
    } else if (x->kind == SE_DATE) {
        gint64 d = target ? x->target : x->actual;
        if (target)
            g_string_append(t, "≤");
        if (d > 31)
            g_string_append_printf(t, "2024年1月%" G_GINT64_FORMAT "日", d - 31);
        else
            g_string_append_printf(t, "2023年12月%" G_GINT64_FORMAT "日", d);
    } else if (target) {
        g_string_append(t, strcmp(x->name, "长效管护机制") == 0 ? "健全" : "明显改善");
    } else {
        g_string_append(t, x->missed_word ? se_not_done[x->actual % 3] : se_done[x->actual % 4]);
    }
}

static char *se_render(const se_doc_m *m)
{
    GString *t = g_string_new("项目支出绩效自评表\n（2023年度）\n");
    g_string_append_printf(t, "项目名称\t%s\n主管部门\t%s\t实施单位\t%s\n", m->project, m->org,
                           m->implementer);
    g_string_append_printf(t, "项目资金（万元）\t%s年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n",
                           m->label_col ? "\t" : "");
    for (guint i = 0; i < m->n_funds; i++) {
        const se_funds *f = &m->funds[i];
        g_string_append_printf(t, "%s%s\t", m->label_col ? "\t" : "", f->item);
        gint64 money[3] = {f->planned, f->adjusted, f->spent};
        for (guint k = 0; k < 3; k++) {
            if (money[k] >= 0)
                put_hundredths(t, money[k], FALSE);
            g_string_append_c(t, '\t');
        }
        if (f->weight >= 0)
            put_hundredths(t, f->weight, FALSE);
        else
            g_string_append(t, "—");
        g_string_append_c(t, '\t');
        if (f->rate >= 0) {
            put_fixed2(t, f->rate);
            g_string_append_c(t, '%');
        }
        g_string_append_c(t, '\t');
        if (f->score >= 0)
            put_fixed2(t, f->score);
        else
            g_string_append(t, "—");
        g_string_append_c(t, '\n');
    }
    g_string_append(t, "年度总体目标\t预期目标\t实际完成情况\n");
    g_string_append_printf(t, "\t按期完成%s建设任务，改善群众生产生活条件\t已按期完成建设任务，群众生产生活条件明显改善\n",
                           m->project);
    g_string_append_printf(t, "%s一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n",
                           m->label_col ? "绩效指标\t" : "");
    const char *l1 = NULL, *l2 = NULL;
    guint g = 0;
    for (guint i = 0; i < m->ind->len; i++) {
        const se_ind *x = &g_array_index(m->ind, se_ind, i);
        if (m->label_col)
            g_string_append_c(t, '\t');
        if (!l1 || strcmp(l1, x->l1) != 0) {
            if (l1)
                g++;
            g_string_append_printf(t, m->paren_full ? "%s（%" G_GINT64_FORMAT "分）" : "%s(%" G_GINT64_FORMAT ")", x->l1,
                                   m->group_w[g]);
            l2 = NULL;
        }
        g_string_append_c(t, '\t');
        if (!l2 || strcmp(l2, x->l2) != 0 || x->l1 != l1)
            g_string_append(t, x->l2);
        l1 = x->l1;
        l2 = x->l2;
        g_string_append_printf(t, "\t%s\t", x->name);
        se_put_value(t, x, TRUE);
        g_string_append_c(t, '\t');
        se_put_value(t, x, FALSE);
        g_string_append_c(t, '\t');
        put_tenths(t, x->weight);
        g_string_append_c(t, '\t');
        put_tenths(t, x->score);
        g_string_append_printf(t, "\t%s\n", x->deviation ? x->deviation : "");
    }
    g_string_append(t, "总分\t100\t自评得分\t");
    put_fixed2(t, m->total);
    g_string_append_printf(t, "\n自评等级\t%s\n", m->grade);
    return g_string_free(t, FALSE);
}

/* A decimal string of tenths or fixed hundredths (new string). */
static char *se_str(gint64 v, gboolean tenths)
{
    GString *t = g_string_new(NULL);
    if (tenths)
        put_tenths(t, v);
    else
        put_fixed2(t, v);
    return g_string_free(t, FALSE);
}

static void se_set_value(jx_record *r, const se_ind *x, gboolean target)
{
    GString *text = g_string_new(NULL);
    se_put_value(text, x, target);
    gboolean cost = strcmp(x->l2, "成本指标") == 0;
    gint64 v = target ? x->target : x->actual;
    char *value;
    if (x->kind == SE_NUM)
        value = g_strdup_printf("%" G_GINT64_FORMAT, v);
    else if (x->kind == SE_DATE)
        value = v > 31 ? g_strdup_printf("2024-01-%02" G_GINT64_FORMAT, v - 31)
                       : g_strdup_printf("2023-12-%02" G_GINT64_FORMAT, v);
    else
        value = g_strdup(text->str);
    jx_record_set_string(r, JX_F_OP, !target || x->kind == SE_TEXT ? NULL : cost || x->kind == SE_DATE ? "<=" : ">=");
    jx_record_set_string(r, JX_F_VALUE, value);
    jx_record_set_string(r, JX_F_KIND, x->kind == SE_NUM ? "number" : x->kind == SE_DATE ? "date" : "text");
    jx_record_set_string(r, JX_F_UNIT, x->kind == SE_NUM ? x->unit : NULL);
    jx_record_set_string(r, JX_F_TEXT, text->str);
    g_free(value);
    g_string_free(text, TRUE);
}

/* The records a parser that reads the table perfectly gives (docs/records.md):
 * the funds rows 1–4 and the indicators after them, all of table 1. */
static jx_record_list *se_records(const se_doc_m *m)
{
    jx_record_list *l = jx_record_list_new();
    jx_record *d = jx_record_new(JX_RECORD_DOCUMENT);
    jx_record_set_string(d, JX_F_DOC, "gen.txt");
    jx_record_set_string(d, JX_F_KIND, "self-evaluation");
    char *total = se_str(m->total, FALSE);
    jx_record_set_string(d, JX_F_SCORE_TOTAL, total);
    g_free(total);
    jx_record_set_string(d, JX_F_GRADE, m->grade);
    jx_record_set_string(d, JX_F_WEIGHT_TOTAL, "100");
    jx_record_list_append(l, d);
    for (guint i = 0; i < m->n_funds; i++) {
        const se_funds *f = &m->funds[i];
        jx_record *r = jx_record_new(JX_RECORD_FUNDS);
        jx_record_set_string(r, JX_F_DOC, "gen.txt");
        jx_record_set_int(r, JX_F_TABLE, 1);
        jx_record_set_int(r, JX_F_ROW, i + 1);
        jx_record_set_string(r, JX_F_ITEM, f->item);
        gint64 v[6] = {f->planned, f->adjusted, f->spent, f->weight, f->rate, f->score};
        jx_field fl[6] = {JX_F_PLANNED, JX_F_ADJUSTED, JX_F_SPENT, JX_F_WEIGHT, JX_F_RATE, JX_F_SCORE};
        for (guint k = 0; k < 6; k++) {
            GString *t = g_string_new(NULL);
            if (k == 4 || k == 5)
                put_fixed2(t, v[k]);
            else
                put_hundredths(t, v[k], FALSE);
            jx_record_set_string(r, fl[k], v[k] < 0 ? NULL : t->str);
            g_string_free(t, TRUE);
        }
        jx_record_list_append(l, r);
    }
    guint g = 0;
    for (guint i = 0; i < m->ind->len; i++) {
        const se_ind *x = &g_array_index(m->ind, se_ind, i);
        if (i > 0 && strcmp(g_array_index(m->ind, se_ind, i - 1).l1, x->l1) != 0)
            g++;
        jx_record *r = jx_record_new(JX_RECORD_INDICATOR);
        jx_record_set_string(r, JX_F_DOC, "gen.txt");
        jx_record_set_int(r, JX_F_TABLE, 1);
        jx_record_set_int(r, JX_F_ROW, m->n_funds + i + 1);
        jx_record_set_string(r, JX_F_LEVEL1, x->l1);
        jx_record_set_string(r, JX_F_LEVEL2, x->l2);
        jx_record_set_string(r, JX_F_NAME, x->name);
        se_set_value(r, x, TRUE);
        jx_record *a = jx_record_new(JX_RECORD_VALUE);
        se_set_value(a, x, FALSE);
        jx_record_set_record(r, JX_F_ACTUAL, a);
        char *w = se_str(x->weight, TRUE), *sc = se_str(x->score, TRUE);
        char *gw = g_strdup_printf("%" G_GINT64_FORMAT, m->group_w[g]);
        jx_record_set_string(r, JX_F_WEIGHT, w);
        jx_record_set_string(r, JX_F_SCORE, sc);
        jx_record_set_string(r, JX_F_DEVIATION, x->deviation);
        jx_record_set_string(r, JX_F_GROUP_WEIGHT, gw);
        g_free(w);
        g_free(sc);
        g_free(gw);
        jx_record_list_append(l, r);
    }
    return l;
}

typedef enum {
    SE_MUT_RATE,     /* a funds row's 执行率 */
    SE_MUT_FSCORE,   /* the funds 得分 */
    SE_MUT_FSUM,     /* the 年度资金总额's 年初预算数 */
    SE_MUT_OVER,     /* an indicator's score above its weight */
    SE_MUT_WEIGHT,   /* an indicator's weight */
    SE_MUT_TOTAL,    /* the 自评得分 */
    SE_MUT_MISSED,   /* an actual that misses its target, full weight kept */
    SE_MUT_GRADE,    /* the 自评等级 */
    SE_N_MUT
} se_mut_kind;

static const char *const se_mut_names[SE_N_MUT] = {
    "funds rate", "funds score", "funds sum", "score over", "weight", "total", "missed target", "grade",
};
static const char *const se_mut_rules[SE_N_MUT] = {
    "selfeval.funds-rate", "selfeval.funds-score", "selfeval.funds-sum", "selfeval.score-over",
    "selfeval.weights",    "selfeval.total",       "selfeval.missed-target", "selfeval.grade",
};

/* Where the change is: a funds row by item, an indicator by name, the
 * document, or the first indicator of a level-1 group. */
typedef struct {
    jx_record_kind kind;
    const char *item, *name, *group;
} se_place;

/* Changes one figure of `m`; FALSE when the document has nothing to change of that kind. */
static gboolean se_mutate(se_doc_m *m, se_mut_kind kind, GRand *rng, se_place *at)
{
    guint n = m->ind->len;
    guint pick = (guint)g_rand_int_range(rng, 0, (gint32)n);
    memset(at, 0, sizeof *at);
    switch (kind) {
    case SE_MUT_RATE: {
        guint i = (guint)g_rand_int_range(rng, 0, (gint32)m->n_funds);
        while (m->funds[i].rate < 0)
            i = (i + 1) % m->n_funds;
        m->funds[i].rate = shift(m->funds[i].rate, 500);
        at->kind = JX_RECORD_FUNDS;
        at->item = m->funds[i].item;
        return TRUE;
    }
    case SE_MUT_FSCORE:
        m->funds[0].score = shift(m->funds[0].score, 50);
        at->kind = JX_RECORD_FUNDS;
        at->item = m->funds[0].item;
        return TRUE;
    case SE_MUT_FSUM:
        m->funds[0].planned += 100 * g_rand_int_range(rng, 1, 20);
        at->kind = JX_RECORD_FUNDS;
        at->item = m->funds[0].item;
        return TRUE;
    case SE_MUT_OVER: {
        se_ind *x = &g_array_index(m->ind, se_ind, pick);
        x->score = x->weight + 10 * g_rand_int_range(rng, 1, 4);
        at->kind = JX_RECORD_INDICATOR;
        at->name = x->name;
        return TRUE;
    }
    case SE_MUT_WEIGHT: {
        se_ind *x = &g_array_index(m->ind, se_ind, pick);
        x->weight += 10;
        at->kind = JX_RECORD_INDICATOR;
        at->group = x->l1; /* the group's first row, or the document without group weights */
        return TRUE;
    }
    case SE_MUT_TOTAL:
        m->total += g_rand_boolean(rng) || m->total < 200 ? 100 : -100;
        at->kind = JX_RECORD_DOCUMENT;
        return TRUE;
    case SE_MUT_MISSED:
        for (guint k = 0; k < n; k++) {
            se_ind *x = &g_array_index(m->ind, se_ind, (pick + k) % n);
            if (x->score != x->weight)
                continue;
            if (x->kind == SE_NUM) {
                if (strcmp(x->l2, "成本指标") == 0)
                    x->actual = x->target + 1 + g_rand_int_range(rng, 0, 5);
                else if (x->target > 1)
                    x->actual = x->target - 1 - g_rand_int_range(rng, 0, (gint32)MIN(5, x->target - 1));
                else
                    continue;
            } else if (x->kind == SE_DATE) {
                x->actual = 32 + g_rand_int_range(rng, 0, 20);
            } else {
                x->missed_word = TRUE;
            }
            at->kind = JX_RECORD_INDICATOR;
            at->name = x->name;
            return TRUE;
        }
        return FALSE;
    case SE_MUT_GRADE: {
        static const char *const grades[] = {"优", "良", "中", "差"};
        const char *gr;
        do
            gr = grades[g_rand_int_range(rng, 0, 4)];
        while (strcmp(gr, m->grade) == 0);
        m->grade = gr;
        at->kind = JX_RECORD_DOCUMENT;
        return TRUE;
    }
    case SE_N_MUT:
        break;
    }
    return FALSE;
}

/* The record `at` names, or -1. */
static int se_find_place(const jx_record_list *recs, const se_place *at)
{
    gboolean group_weights = FALSE;
    for (guint i = 0; i < jx_record_list_length(recs); i++)
        if (jx_record_string(jx_record_list_get(recs, i), JX_F_GROUP_WEIGHT))
            group_weights = TRUE;
    for (guint i = 0; i < jx_record_list_length(recs); i++) {
        const jx_record *r = jx_record_list_get(recs, i);
        jx_record_kind k = jx_record_kind_of(r);
        if (at->group && !group_weights)
            return k == JX_RECORD_DOCUMENT ? (int)i : -1;
        if (k != at->kind)
            continue;
        if (k == JX_RECORD_DOCUMENT)
            return (int)i;
        if (k == JX_RECORD_FUNDS) {
            const char *item = jx_record_string(r, JX_F_ITEM);
            /* 其中：财政拨款 may be read as 财政拨款 */
            const char *want = g_str_has_prefix(at->item, "其中：") ? at->item + strlen("其中：") : at->item;
            if (item && strstr(item, want))
                return (int)i;
        } else if (k == JX_RECORD_INDICATOR) {
            if (at->group) {
                const char *l1 = jx_record_string(r, JX_F_LEVEL1);
                if (l1 && g_str_has_prefix(l1, at->group))
                    return (int)i;
            } else if (g_strcmp0(jx_record_string(r, JX_F_NAME), at->name) == 0) {
                return (int)i;
            }
        }
    }
    return -1;
}

/* Does the parser read self-evaluation tables yet (funds and scored indicators)? */
static gboolean parser_reads_selfeval(const jx_record_list *recs)
{
    gboolean funds = FALSE, ind = FALSE;
    for (guint i = 0; i < jx_record_list_length(recs); i++) {
        const jx_record *r = jx_record_list_get(recs, i);
        funds = funds || jx_record_kind_of(r) == JX_RECORD_FUNDS;
        ind = ind || (jx_record_kind_of(r) == JX_RECORD_INDICATOR && jx_record_string(r, JX_F_WEIGHT));
    }
    return funds && ind;
}

/* The records of `m` and their findings: parsed from its text, or (`direct`)
 * as a perfect parser would give them. */
static jx_record_list *se_records_of(const se_doc_m *m, gboolean direct, char **text,
                                     jx_record_list **findings)
{
    *text = se_render(m);
    if (!direct)
        return parse_text(*text, findings);
    jx_record_list *recs = se_records(m);
    *findings = jx_check_records(recs);
    return recs;
}

static void run_selfeval_mutations(gboolean direct)
{
    GRand *rng = g_rand_new_with_seed(SE_SEED);
    guint tried[SE_N_MUT] = {0}, caught[SE_N_MUT] = {0}, unplaced[SE_N_MUT] = {0}, na[SE_N_MUT] = {0};
    /* findings of other rules beside the expected one (errors and warnings), and
     * findings at the changed place by another rule: what "exactly that finding" costs */
    guint others[SE_N_MUT] = {0}, others_here[SE_N_MUT] = {0};
    guint docs = 0, clean = 0, shown = 0;
    for (guint d = 0; d < SE_DOCS; d++) {
        guint32 doc_seed = g_rand_int(rng);
        GRand *own = g_rand_new_with_seed(doc_seed);
        se_doc_m m;
        se_model_new(&m, own);
        g_rand_free(own);
        char *text;
        jx_record_list *findings;
        jx_record_list *recs = se_records_of(&m, direct, &text, &findings);
        if (d == 0 && g_getenv("JX_MUTATION_SHOW"))
            print_message("%s\n", text);
        if (d == 0 && !direct && !parser_reads_selfeval(recs)) {
            jx_record_list_free(findings);
            jx_record_list_free(recs);
            g_free(text);
            se_model_free(&m);
            g_rand_free(rng);
            print_message("the parser makes no funds records or scored indicators of a "
                          "self-evaluation table yet: nothing to mutate (selfeval.* are "
                          "tested on hand-built records in test_check)\n");
            skip();
        }
        docs++;
        gboolean grade_read = FALSE;
        for (guint i = 0; i < jx_record_list_length(recs); i++)
            if (jx_record_kind_of(jx_record_list_get(recs, i)) == JX_RECORD_DOCUMENT &&
                jx_record_string(jx_record_list_get(recs, i), JX_F_GRADE))
                grade_read = TRUE;
        if (count_errors(findings) == 0)
            clean++;
        else if (shown++ < 3) {
            print_message("self-evaluation %u is consistent by construction, yet:\n", d);
            print_list("findings", findings, JX_RECORD_VALUE);
            save_text(d, "se-whole", text);
        }
        jx_record_list_free(findings);
        jx_record_list_free(recs);
        g_free(text);
        se_model_free(&m);
        for (guint k = 0; k < SE_MUTATIONS_PER_DOC; k++) {
            se_mut_kind kind = (se_mut_kind)((d * SE_MUTATIONS_PER_DOC + k) % SE_N_MUT);
            if (kind == SE_MUT_GRADE && !grade_read) {
                na[kind]++;
                continue;
            }
            se_doc_m mm;
            GRand *again = g_rand_new_with_seed(doc_seed);
            se_model_new(&mm, again);
            g_rand_free(again);
            se_place at;
            if (!se_mutate(&mm, kind, rng, &at)) {
                na[kind]++;
                se_model_free(&mm);
                continue;
            }
            char *mt;
            recs = se_records_of(&mm, direct, &mt, &findings);
            tried[kind]++;
            int i = se_find_place(recs, &at);
            gboolean ok = FALSE;
            if (i < 0)
                unplaced[kind]++;
            for (guint f = 0; i >= 0 && f < jx_record_list_length(findings) && !ok; f++) {
                const jx_record *x = jx_record_list_get(findings, f);
                ok = g_strcmp0(jx_record_string(x, JX_F_RULE), se_mut_rules[kind]) == 0 &&
                     finding_at(x, recs, (guint)i);
            }
            for (guint f = 0; f < jx_record_list_length(findings); f++) {
                const jx_record *x = jx_record_list_get(findings, f);
                if (g_strcmp0(jx_record_string(x, JX_F_RULE), se_mut_rules[kind]) == 0 ||
                    g_strcmp0(jx_record_string(x, JX_F_SEVERITY), "info") == 0)
                    continue;
                others[kind]++;
                if (i >= 0 && finding_at(x, recs, (guint)i))
                    others_here[kind]++;
            }
            if (ok)
                caught[kind]++;
            else if (shown++ < 12) {
                print_message("missed: %s in self-evaluation %u (place %s)\n", se_mut_names[kind], d,
                              i < 0 ? "not found" : "found");
                save_text(d, se_mut_names[kind], mt);
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
            se_model_free(&mm);
        }
    }
    g_rand_free(rng);
    guint all_tried = 0, all_caught = 0;
    print_message("%s self-evaluations %u, without false errors %u\n",
                  direct ? "records of" : "parsed", docs, clean);
    for (guint k = 0; k < SE_N_MUT; k++) {
        print_message("  %-14s %-24s tried %3u caught %3u missed %3u (place not parsed %u, not "
                      "applicable %u; other findings %u, at the place %u)\n",
                      se_mut_names[k], se_mut_rules[k], tried[k], caught[k], tried[k] - caught[k],
                      unplaced[k], na[k], others[k], others_here[k]);
        all_tried += tried[k];
        all_caught += caught[k];
    }
    print_message("self-evaluation mutations %u, caught %u, missed %u\n", all_tried, all_caught,
                  all_tried - all_caught);
    assert_int_equal(clean, docs);
    assert_int_equal(all_caught, all_tried);
}

/* The rules on the records a perfect parser gives: the generator and the
 * rules agree, whatever the parser does. */
static void test_selfeval_records(void **state)
{
    (void)state;
    run_selfeval_mutations(TRUE);
}

/* The same documents as text, through the parser. */
static void test_selfeval_mutations(void **state)
{
    (void)state;
    run_selfeval_mutations(FALSE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mutations),
        cmocka_unit_test(test_selfeval_records),
        cmocka_unit_test(test_selfeval_mutations),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
