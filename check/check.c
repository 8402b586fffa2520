/*
 * check.c — the consistency checker's driver: the rule table, findings and
 * their order, and the text a person reads.
 *
 * Each rule is a function over one document's records (check/score.c,
 * check/money.c, check/target.c, check/selfeval.c); the table below says its id, its usual
 * severity and what it checks, and is what `jixiao check --list-rules`
 * prints.  Findings are gathered with the index of the record they are about
 * and sorted by it, so they come out in document order.
 */
#include "check/check.h"
#include "normalize/normalize.h"

#include <string.h>

/* The rule table: id, usual severity, what it checks, the function.  Written
 * once and expanded twice (the public descriptions, the functions). */
#define JX_CHECK_RULES(X)                                                                      \
    X("score.sum", "error",                                                                    \
      "a parent indicator's weight and score equal the sums of its children's, at every level", \
      jx_check_score_sum)                                                                      \
    X("score.total", "error",                                                                  \
      "a total row (合计, 总分) equals the sum of the table's indicators and the total the "   \
      "document states",                                                                       \
      jx_check_score_total)                                                                    \
    X("score.rate", "error",                                                                   \
      "a printed 得分率 equals score / weight within what its printed precision allows",      \
      jx_check_score_rate)                                                                     \
    X("score.over", "error", "a score is neither above its weight nor negative",               \
      jx_check_score_over)                                                                     \
    X("score.grade", "error",                                                                  \
      "the grade follows from the total score under the document's bands (else 90/80/60)",    \
      jx_check_score_grade)                                                                    \
    X("score.code", "warning",                                                                 \
      "an indicator code that does not continue its parent's (D51 printed under D3)",          \
      jx_check_score_code)                                                                     \
    X("score.cross-table", "error",                                                            \
      "an indicator listed in several tables has the same weight and score in each",           \
      jx_check_score_cross)                                                                    \
    X("budget.rate", "error",                                                                  \
      "a budget row's rate equals spent / budget, and 合计/小计 rows equal the sums of their " \
      "rows (warning when the rate follows from another amount the text states)",              \
      jx_check_budget_rate)                                                                    \
    X("fact.rate", "error",                                                                    \
      "a rate stated in prose equals the spent amount over the budget stated with it "         \
      "(warning when it follows from another amount of the same text)",                        \
      jx_check_fact_rate)                                                                      \
    X("selfeval.funds-rate", "error",                                                          \
      "a self-evaluation's 执行率 equals 全年执行数 / 全年预算数 (warning when it follows from "  \
      "年初预算数 instead, or is cut instead of rounded)",                                      \
      jx_check_funds_rate)                                                                     \
    X("selfeval.funds-score", "error",                                                         \
      "a funds row's 得分 equals 分值 × 执行率, capped at 分值 (warning when it follows by "     \
      "another common rule: cut, or rounded to one decimal)",                                  \
      jx_check_selfeval_funds_score)                                                           \
    X("selfeval.funds-sum", "error",                                                           \
      "the 年度资金总额 row equals the sum of its 其中 rows, column by column",                 \
      jx_check_selfeval_funds_sum)                                                             \
    X("selfeval.score-over", "error",                                                          \
      "a self-evaluation's indicator or funds score is neither above its weight nor negative", \
      jx_check_selfeval_score_over)                                                            \
    X("selfeval.weights", "error",                                                             \
      "a level-1 group's weights add up to the group weight printed in its label, and all "    \
      "weights with the funds' 分值 to the 总分 (100)",                                         \
      jx_check_selfeval_weights)                                                               \
    X("selfeval.total", "error",                                                               \
      "the 自评得分 equals the sum of the indicators' and the funds' scores",                  \
      jx_check_selfeval_total)                                                                 \
    X("selfeval.missed-target", "warning",                                                     \
      "an actual value that misses its target given the full weight (info: a met target "      \
      "with points deducted and no 偏差原因)",                                                  \
      jx_check_selfeval_missed_target)                                                         \
    X("selfeval.grade", "error",                                                               \
      "a self-evaluation's grade follows from its 自评得分 under the printed bands (else "      \
      "90/80/60)",                                                                             \
      jx_check_selfeval_grade)                                                                 \
    X("number.malformed", "warning",                                                           \
      "a number that cannot be right as printed (a misplaced separator: 11,25791万元)",        \
      jx_check_number_malformed)                                                               \
    X("text.sum", "error",                                                                     \
      "a total stated in prose equals the parts listed with it (总预算1200万元，其中…)",       \
      jx_check_text_sum)                                                                       \
    X("seq.gap", "warning", "a target table's 序号 runs without gaps or repeats",              \
      jx_check_seq_gap)                                                                        \
    X("taxonomy.level2", "warning",                                                            \
      "a level-2 label that the taxonomy places under another level-1", jx_check_taxonomy_level2) \
    X("value.percent-range", "warning",                                                        \
      "a percentage above 100% for a 满意度 or a bounded rate (合格率, 覆盖率, …)",           \
      jx_check_percent_range)                                                                  \
    X("indicator.duplicate", "warning",                                                        \
      "the same indicator (level-1, level-2, task, name) twice in one target table",           \
      jx_check_duplicate)

#define RULE_INFO(id, sev, summary, fn) {id, sev, summary},
#define RULE_FN(id, sev, summary, fn) fn,
static const jx_check_rule rule_info[] = {JX_CHECK_RULES(RULE_INFO)};
static const jx_check_fn rule_fns[] = {JX_CHECK_RULES(RULE_FN)};
G_STATIC_ASSERT(G_N_ELEMENTS(rule_info) == G_N_ELEMENTS(rule_fns));

const jx_check_rule *jx_check_rules(guint *n)
{
    if (n)
        *n = G_N_ELEMENTS(rule_info);
    return rule_info;
}

/* ---------------------------------------------------------------- findings */

typedef struct {
    guint at;  /* index of the record the finding is about */
    guint seq; /* emission order, to keep the sort stable */
    jx_record *finding;
} check_pending;

/* Frees a pending finding (its record, if not handed on). */
static void pending_free(gpointer p)
{
    check_pending *c = p;
    jx_record_free(c->finding);
    g_free(c);
}

const jx_record *jx_check_record(const jx_check_ctx *ctx, guint i)
{
    return jx_record_list_get(ctx->records, i);
}

const GArray *jx_check_figures(const jx_check_ctx *ctx, const char *text)
{
    if (!text)
        return NULL;
    GArray *figs = g_hash_table_lookup(ctx->figures, text);
    if (!figs) {
        figs = jx_norm_figures(text);
        g_hash_table_insert(ctx->figures, (gpointer)text, figs);
    }
    return figs;
}

guint jx_check_n(const jx_check_ctx *ctx)
{
    return jx_record_list_length(ctx->records);
}

/* The `where` of a finding about `rec` (index `at`): null for the document. */
static jx_record *where_of(const jx_check_ctx *ctx, const jx_record *rec, guint at)
{
    jx_record_kind kind = jx_record_kind_of(rec);
    if (kind == JX_RECORD_DOCUMENT)
        return NULL;
    jx_record *w = jx_record_new(JX_RECORD_VALUE);
    if (kind == JX_RECORD_FACT) {
        guint n = at < ctx->fact_index->len ? g_array_index(ctx->fact_index, guint, at) : 0;
        jx_record_set_int(w, JX_F_FACT, n);
    } else {
        gint64 t = jx_record_int(rec, JX_F_TABLE, 0), r = jx_record_int(rec, JX_F_ROW, 0);
        if (t > 0)
            jx_record_set_int(w, JX_F_TABLE, t);
        else
            jx_record_set_null(w, JX_F_TABLE);
        if (r > 0)
            jx_record_set_int(w, JX_F_ROW, r);
        else
            jx_record_set_null(w, JX_F_ROW);
    }
    gint64 page = jx_record_int(rec, JX_F_PAGE, 0);
    if (page > 0)
        jx_record_set_int(w, JX_F_PAGE, page);
    else
        jx_record_set_null(w, JX_F_PAGE);
    return w;
}

void jx_check_emit(jx_check_ctx *ctx, guint at, const char *severity, const char *expected,
                   const char *found, const char *fmt, ...)
{
    const jx_record *rec = jx_check_record(ctx, at);
    if (!rec)
        return;
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    jx_record *f = jx_record_new(JX_RECORD_FINDING);
    jx_record_set_string(f, JX_F_DOC, ctx->doc_id);
    jx_record_set_string(f, JX_F_SEVERITY, severity ? severity : ctx->severity);
    jx_record_set_string(f, JX_F_RULE, ctx->rule);
    jx_record_set_string(f, JX_F_MESSAGE, msg);
    jx_record_set_record(f, JX_F_WHERE, where_of(ctx, rec, at));
    jx_record_set_string(f, JX_F_EXPECTED, expected);
    jx_record_set_string(f, JX_F_FOUND, found);
    g_free(msg);
    check_pending *c = g_new(check_pending, 1);
    c->at = at;
    c->seq = ctx->pending->len;
    c->finding = f;
    g_ptr_array_add(ctx->pending, c);
}

gboolean jx_check_emit_over(jx_check_ctx *ctx, guint at, const char *label, jx_dec s,
                            const jx_dec *w)
{
    gboolean over = w && jx_dec_cmp(s, *w) > 0;
    if (!over && s.units >= 0)
        return FALSE;
    char *ss = jx_dec_string(s), *ws = w ? jx_dec_string(*w) : NULL;
    if (over)
        jx_check_emit(ctx, at, NULL, ws, ss, "%s: score %s is above its weight %s", label, ss, ws);
    else
        jx_check_emit(ctx, at, NULL, "0", ss, "%s: score %s is negative", label, ss);
    g_free(ss);
    g_free(ws);
    return TRUE;
}

gboolean jx_check_table_has_findings(const jx_check_ctx *ctx, gint64 table,
                                     const char *rule_prefix)
{
    for (guint i = 0; i < ctx->pending->len; i++) {
        const check_pending *c = g_ptr_array_index(ctx->pending, i);
        const char *rule = jx_record_string(c->finding, JX_F_RULE);
        const jx_record *w = jx_record_sub(c->finding, JX_F_WHERE);
        if (w && jx_record_int(w, JX_F_TABLE, 0) == table && rule &&
            g_str_has_prefix(rule, rule_prefix))
            return TRUE;
    }
    return FALSE;
}

/* FALSE when the UTF-8 sequence that starts with byte `lead` (>= 0x80) is
 * surely no white space (jx_norm_is_space).  The white space above ASCII —
 * Unicode's space, line and paragraph separators: U+00A0, U+1680,
 * U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 — starts with C2,
 * E1, E2 or E3; the Chinese characters of a label (E4–E9) are skipped
 * without being decoded and looked up, which was most of a key's cost. */
static inline gboolean may_lead_space(guchar lead)
{
    return lead == 0xC2 || (lead >= 0xE1 && lead <= 0xE3);
}

/* See check.h. */
void jx_check_label_key_append(GString *s, const char *label)
{
    const gsize base = s->len; /* the key starts here */
    const char *p = label ? label : "";
    /* the text up to its first invalid byte, validated once */
    const char *valid;
    g_utf8_validate(p, -1, &valid);
    /* without its spaces: the runs between them copied whole; ASCII (the
     * digits, brackets and codes of labels) without decoding */
    const char *run = p;
    while (p < valid) {
        guchar lead = (guchar)*p;
        if (lead >= 0x80 && !may_lead_space(lead)) {
            p = g_utf8_next_char(p); /* a CJK character (most of a label): no space */
            continue;
        }
        gunichar c = lead < 0x80 ? (gunichar)lead : g_utf8_get_char(p);
        const char *next = lead < 0x80 ? p + 1 : g_utf8_next_char(p);
        if (jx_norm_is_space(c)) {
            g_string_append_len(s, run, p - run);
            run = next;
        }
        p = next;
    }
    g_string_append_len(s, run, valid - run);
    /* A leading code: ASCII letters and digits, then '.', '、' or nothing before CJK. */
    const char *key = s->str + base;
    gsize n = s->len - base, k = 0;
    while (k < n && g_ascii_isalnum(key[k]))
        k++;
    if (k > 0 && k < n && g_ascii_isalpha(key[0])) {
        if (key[k] == '.')
            g_string_erase(s, (gssize)base, (gssize)k + 1);
        else if ((guchar)key[k] >= 0x80)
            g_string_erase(s, (gssize)base, (gssize)k);
    }
    /* A trailing weight in brackets: (20), （4分）, (2.5). */
    const char *opens[] = {"(", "（"};
    const char *closes[] = {")", "）"};
    for (guint i = 0; i < G_N_ELEMENTS(opens); i++) {
        key = s->str + base;
        if (!g_str_has_suffix(key, closes[i]))
            continue;
        char *o = g_strrstr(key, opens[i]);
        if (!o || o == key)
            continue;
        const char *q = o + strlen(opens[i]);
        const char *end = s->str + s->len - strlen(closes[i]);
        gboolean digits = q < end;
        for (const char *d = q; d < end && digits; d++)
            digits = g_ascii_isdigit(*d) || *d == '.';
        if (!digits && end - q > 3 && strncmp(end - 3, "分", 3) == 0) {
            digits = TRUE;
            for (const char *d = q; d < end - 3 && digits; d++)
                digits = g_ascii_isdigit(*d) || *d == '.';
            digits = digits && end - 3 > q;
        }
        if (digits)
            g_string_truncate(s, (gsize)(o - s->str));
    }
}

char *jx_check_label_key(const char *label)
{
    GString *s = g_string_sized_new(label ? strlen(label) : 0);
    jx_check_label_key_append(s, label);
    return g_string_free(s, FALSE);
}

/* Orders pending findings by the record they are about, then by emission. */
static gint pending_order(gconstpointer a, gconstpointer b)
{
    const check_pending *x = *(check_pending *const *)a, *y = *(check_pending *const *)b;
    if (x->at != y->at)
        return x->at < y->at ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

jx_record_list *jx_check_records(const jx_record_list *records)
{
    jx_record_list *out = jx_record_list_new();
    if (!records || jx_record_list_length(records) == 0)
        return out;
    jx_check_ctx ctx = {.records = records, .doc_id = "-"};
    guint n = jx_record_list_length(records);
    ctx.fact_index = g_array_sized_new(FALSE, TRUE, sizeof(guint), n);
    guint facts = 0;
    for (guint i = 0; i < n; i++) {
        const jx_record *rec = jx_record_list_get(records, i);
        guint k = 0;
        if (rec && jx_record_kind_of(rec) == JX_RECORD_FACT)
            k = ++facts;
        else if (rec && !ctx.doc && jx_record_kind_of(rec) == JX_RECORD_DOCUMENT)
            ctx.doc = rec;
        g_array_append_val(ctx.fact_index, k);
    }
    const char *id = ctx.doc ? jx_record_string(ctx.doc, JX_F_DOC) : NULL;
    if (!id) {
        const jx_record *first = jx_record_list_get(records, 0);
        id = first ? jx_record_string(first, JX_F_DOC) : NULL;
    }
    ctx.doc_id = id ? id : "-";
    ctx.pending = g_ptr_array_new_with_free_func(pending_free);
    /* by the text's bytes: facts cut from one sentence share its text */
    ctx.figures = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                        (GDestroyNotify)jx_figures_free);
    for (guint r = 0; r < G_N_ELEMENTS(rule_info); r++) {
        ctx.rule = rule_info[r].id;
        ctx.severity = rule_info[r].severity;
        rule_fns[r](&ctx);
    }
    if (ctx.score_rows_free)
        ctx.score_rows_free(ctx.score_rows);
    g_ptr_array_sort(ctx.pending, pending_order);
    for (guint i = 0; i < ctx.pending->len; i++) {
        check_pending *c = g_ptr_array_index(ctx.pending, i);
        jx_record_list_append(out, c->finding);
        c->finding = NULL;
    }
    g_ptr_array_free(ctx.pending, TRUE);
    g_array_free(ctx.fact_index, TRUE);
    g_hash_table_destroy(ctx.figures);
    return out;
}

/* ---------------------------------------------------------------- vocabulary */

/* Labels of summary rows.  `subtotal`: the sum of a group (小计), not of the table. */
static const struct {
    const char *label;
    gboolean subtotal;
} summary_labels[] = {
    {"合计", FALSE},     {"总计", FALSE},   {"总分", FALSE},     {"得分合计", FALSE},
    {"总得分", FALSE},   {"综合得分", FALSE}, {"得分总计", FALSE}, {"总规模", FALSE},
    {"合计得分", FALSE}, {"总体", FALSE},   {"小计", TRUE},      {"分项合计", TRUE},
};

/* The flags (records.md) that say a row's cells were placed by a guess. */
static const char *const guess_flags[] = {"stream-ambiguous", "columns-shifted",
                                          "unassigned-cell"};

gboolean jx_check_row_guessed(const jx_record *rec)
{
    const char *const *flags = jx_record_list_of(rec, JX_F_FLAGS);
    gboolean guessed = FALSE;
    for (const char *const *f = flags; f && *f && !guessed; f++)
        for (gsize i = 0; i < G_N_ELEMENTS(guess_flags) && !guessed; i++)
            guessed = strcmp(*f, guess_flags[i]) == 0;
    return guessed;
}

gboolean jx_check_is_summary(const char *name, gboolean *subtotal)
{
    if (subtotal)
        *subtotal = FALSE;
    if (!name)
        return FALSE;
    char *s = g_strdup(name);
    /* "合 计", "合计：" as printed: blanks and a trailing colon are not part of the label. */
    char *w = s;
    for (const char *p = name; *p; p++)
        if (!g_ascii_isspace(*p))
            *w++ = *p;
    *w = '\0';
    if (g_str_has_suffix(s, ":"))
        s[strlen(s) - 1] = '\0';
    gboolean found = FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(summary_labels) && !found; i++)
        if (strcmp(s, summary_labels[i].label) == 0) {
            found = TRUE;
            if (subtotal)
                *subtotal = summary_labels[i].subtotal;
        }
    g_free(s);
    return found;
}

/* Money units, in 元. */
static const struct {
    const char *unit;
    double yuan;
} money_units[] = {
    {"元", 1}, {"千元", 1e3}, {"万元", 1e4}, {"百万元", 1e6}, {"亿元", 1e8}, {"万", 1e4},
};

gboolean jx_check_amount(const jx_record *amount, jx_dec *d, double *yuan_factor)
{
    if (!amount || !jx_dec_parse(jx_record_string(amount, JX_F_VALUE), d))
        return FALSE;
    const char *unit = jx_record_string(amount, JX_F_UNIT);
    *yuan_factor = 1;
    if (!unit || !*unit)
        return TRUE; /* the table's unit line: the same for every figure of it */
    for (guint i = 0; i < G_N_ELEMENTS(money_units); i++)
        if (strcmp(unit, money_units[i].unit) == 0) {
            *yuan_factor = money_units[i].yuan;
            return TRUE;
        }
    return FALSE;
}

/* ---------------------------------------------------------------- text */

static const char *const severities[] = {"error", "warning", "info"};

/* Where a finding is, for a person: "table 3, row 12, page 4", "fact 2 (page 5) «subject»". */
static void append_where(GString *out, const jx_record *f, const jx_record_list *records)
{
    const jx_record *w = jx_record_sub(f, JX_F_WHERE);
    if (!w) {
        g_string_append(out, "document");
        return;
    }
    gint64 page = jx_record_int(w, JX_F_PAGE, 0);
    gint64 fact = jx_record_int(w, JX_F_FACT, 0);
    if (fact > 0) {
        g_string_append_printf(out, "fact %" G_GINT64_FORMAT, fact);
        if (page > 0)
            g_string_append_printf(out, ", page %" G_GINT64_FORMAT, page);
        const char *subject = NULL;
        guint k = 0;
        for (guint i = 0; records && i < jx_record_list_length(records) && !subject; i++) {
            const jx_record *r = jx_record_list_get(records, i);
            if (r && jx_record_kind_of(r) == JX_RECORD_FACT && ++k == (guint)fact)
                subject = jx_record_string(r, JX_F_SUBJECT);
        }
        if (subject)
            g_string_append_printf(out, " «%s»", subject);
        return;
    }
    g_string_append_printf(out, "table %" G_GINT64_FORMAT ", row %" G_GINT64_FORMAT,
                           jx_record_int(w, JX_F_TABLE, 0), jx_record_int(w, JX_F_ROW, 0));
    if (page > 0)
        g_string_append_printf(out, ", page %" G_GINT64_FORMAT, page);
}

char *jx_check_format_text(const jx_record *document, const jx_record_list *records,
                           const jx_record_list *findings)
{
    guint n = findings ? jx_record_list_length(findings) : 0;
    const char *doc = document ? jx_record_string(document, JX_F_DOC) : NULL;
    if (!doc && n > 0)
        doc = jx_record_string(jx_record_list_get(findings, 0), JX_F_DOC);
    guint counts[G_N_ELEMENTS(severities)] = {0};
    for (guint i = 0; i < n; i++) {
        const char *sev = jx_record_string(jx_record_list_get(findings, i), JX_F_SEVERITY);
        for (guint s = 0; s < G_N_ELEMENTS(severities); s++)
            if (sev && strcmp(sev, severities[s]) == 0)
                counts[s]++;
    }
    GString *out = g_string_new(NULL);
    g_string_append_printf(out, "%s: %u error%s, %u warning%s, %u info\n", doc ? doc : "-",
                           counts[0], counts[0] == 1 ? "" : "s", counts[1],
                           counts[1] == 1 ? "" : "s", counts[2]);
    for (guint s = 0; s < G_N_ELEMENTS(severities); s++) {
        if (!counts[s])
            continue;
        g_string_append_printf(out, "  %s (%u)\n", severities[s], counts[s]);
        for (guint i = 0; i < n; i++) {
            const jx_record *f = jx_record_list_get(findings, i);
            const char *sev = jx_record_string(f, JX_F_SEVERITY);
            if (!sev || strcmp(sev, severities[s]) != 0)
                continue;
            g_string_append(out, "    ");
            append_where(out, f, records);
            const char *rule = jx_record_string(f, JX_F_RULE);
            const char *msg = jx_record_string(f, JX_F_MESSAGE);
            g_string_append_printf(out, "  [%s] %s\n", rule ? rule : "?", msg ? msg : "");
        }
    }
    return g_string_free(out, FALSE);
}
