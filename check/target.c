/*
 * target.c — the rules on target tables (indicator records): 序号 gaps and
 * repeats, level-2 labels under the wrong level-1, percentages out of range
 * for bounded rates, and indicators listed twice.
 */
#include "check/check.h"
#include "normalize/normalize.h"

#include <string.h>

/* ---------------------------------------------------------------- seq.gap */

/* seq.gap: each target table's 序号 in row order. */
void jx_check_seq_gap(jx_check_ctx *ctx)
{
    gint64 table = -1, prev = 0;
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *rec = jx_check_record(ctx, i);
        if (!rec || jx_record_kind_of(rec) != JX_RECORD_INDICATOR)
            continue;
        gint64 t = jx_record_int(rec, JX_F_TABLE, 0);
        if (t != table) {
            table = t;
            prev = 0;
        }
        if (!jx_record_has_field(rec, JX_F_SEQ))
            continue;
        gint64 seq = jx_record_int(rec, JX_F_SEQ, -1);
        if (seq < 0)
            continue; /* a sub-row without its own 序号 */
        if (seq == 1 && prev > 1) {
            prev = 1; /* numbering that starts again per group: a new list, not a gap */
            continue;
        }
        if (seq == prev + 1) {
            prev = seq; /* the next number: nothing to say (most rows) */
            continue;
        }
        /* the numbers as text only for a finding: a row in order needs none */
        char *exp = g_strdup_printf("%" G_GINT64_FORMAT, prev + 1);
        char *found = g_strdup_printf("%" G_GINT64_FORMAT, seq);
        if (seq == prev)
            jx_check_emit(ctx, i, NULL, exp, found, "序号 %s repeats the row before's", found);
        else if (seq > prev + 1 && seq - prev - 1 == 1)
            jx_check_emit(ctx, i, NULL, exp, found, "序号 %s follows %" G_GINT64_FORMAT
                          ": %s is missing", found, prev, exp);
        else if (seq > prev + 1)
            jx_check_emit(ctx, i, NULL, exp, found,
                          "序号 %s follows %" G_GINT64_FORMAT ": %s to %" G_GINT64_FORMAT
                          " are missing",
                          found, prev, exp, seq - 1);
        else if (seq < prev)
            jx_check_emit(ctx, i, NULL, exp, found,
                          "序号 %s comes after %" G_GINT64_FORMAT " (expected %s)", found, prev,
                          exp);
        g_free(exp);
        g_free(found);
        prev = MAX(prev, seq);
    }
}

/* ---------------------------------------------------------------- taxonomy */

/* The level-1 part of a category code ("outcome.social" → "outcome"); new string. */
static char *code_level1(const char *code)
{
    const char *dot = strchr(code, '.');
    return dot ? g_strndup(code, (gsize)(dot - code)) : g_strdup(code);
}

/* Where the taxonomy files a (level-1, level-2) pair that it does not list
 * together: the level-1 codes of both, or NULL when the pair is fine or
 * unknown to it (no evidence either way).  A new string. */
static char *misfiled(const char *l1, const char *l2, const char **c1)
{
    *c1 = jx_taxonomy_level1(l1);
    if (!*c1 || jx_taxonomy_lists(l1, l2))
        return NULL;
    const char *other = jx_taxonomy_level2(NULL, l2);
    if (!other)
        return NULL; /* a label the taxonomy does not know */
    char *o1 = code_level1(other);
    /* 服务对象满意度 under 效益 is the 2020 common framework's own place for it. */
    if (strcmp(o1, *c1) == 0 || (strcmp(*c1, "outcome") == 0 && strcmp(o1, "satisfaction") == 0)) {
        g_free(o1);
        return NULL;
    }
    return o1;
}

/* A pair's verdict, kept for the rows after: the same labels repeat down a
 * table, and each taxonomy lookup normalizes them anew. */
typedef struct {
    const char *c1;
    char *o1; /* NULL: filed as the taxonomy files it */
} pair_verdict;

static void pair_verdict_free(gpointer p)
{
    pair_verdict *v = p;
    g_free(v->o1);
    g_free(v);
}

/* taxonomy.level2: each (level-1, level-2) group of a target table, once. */
void jx_check_taxonomy_level2(jx_check_ctx *ctx)
{
    /* keyed by label pairs, tens of bytes: jx_norm_str_hash (as duplicates) */
    GHashTable *seen = g_hash_table_new_full(jx_norm_str_hash, g_str_equal, g_free, NULL);
    GHashTable *verdicts =
        g_hash_table_new_full(jx_norm_str_hash, g_str_equal, g_free, pair_verdict_free);
    GString *pair = g_string_new(NULL);
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *rec = jx_check_record(ctx, i);
        if (!rec || jx_record_kind_of(rec) != JX_RECORD_INDICATOR)
            continue;
        const char *l1 = jx_record_string(rec, JX_F_LEVEL1);
        const char *l2 = jx_record_string(rec, JX_F_LEVEL2);
        if (!l1 || !*l1 || !l2 || !*l2 || strcmp(l1, l2) == 0)
            continue;
        g_string_assign(pair, l1);
        g_string_append_c(pair, '\x1f');
        g_string_append(pair, l2);
        pair_verdict *v = g_hash_table_lookup(verdicts, pair->str);
        if (!v) {
            v = g_new(pair_verdict, 1);
            v->o1 = misfiled(l1, l2, &v->c1);
            g_hash_table_insert(verdicts, g_strdup(pair->str), v);
        }
        if (!v->o1)
            continue;
        char *key = g_strdup_printf("%" G_GINT64_FORMAT "\x1f%s", jx_record_int(rec, JX_F_TABLE, 0),
                                    pair->str);
        if (!g_hash_table_contains(seen, key)) {
            g_hash_table_add(seen, key); /* the table owns it now */
            key = NULL;
            /* Labels the parser inferred may be what is wrong, not the document. */
            char **flags = jx_record_get_strv(rec, "flags");
            char *joined = flags && flags[0] ? g_strjoinv(", ", flags) : NULL;
            jx_check_emit(ctx, i, NULL, NULL, NULL,
                          "level-2 %s is filed under %s (%s), but the taxonomy places it under "
                          "%s%s%s%s",
                          l2, l1, v->c1, v->o1, joined ? " (the row's labels were inferred: " : "",
                          joined ? joined : "", joined ? "; check the source)" : "");
            g_free(joined);
            g_strfreev(flags);
        }
        g_free(key);
    }
    g_string_free(pair, TRUE);
    g_hash_table_destroy(verdicts);
    g_hash_table_destroy(seen);
}

/* ---------------------------------------------------------------- percent range */

/* Words of a name that make a rate bounded by 100%: a share of a whole. */
static const char *const bounded_words[] = {"满意度", "满意率"};
/* Words that make a 率 free to pass 100%: growth, execution and the like. */
static const char *const unbounded_words[] = {
    "增长", "增幅", "增加", "提高", "提升", "回报", "收益", "利润", "完成",
    "执行", "利用", "贡献", "溢价", "超额", "负债", "周转", "变化", "下降",
    "降低", "节约", "带动", "拉动", "比上年", "同比", "环比", "倍",
};

/* TRUE when an indicator named `name` cannot exceed 100%. */
static gboolean bounded_rate(const char *name)
{
    for (guint i = 0; i < G_N_ELEMENTS(bounded_words); i++)
        if (strstr(name, bounded_words[i]))
            return TRUE;
    if (!g_str_has_suffix(name, "率"))
        return FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(unbounded_words); i++)
        if (strstr(name, unbounded_words[i]))
            return FALSE;
    return TRUE;
}

/* The 100 that a bounded percentage may reach. */
#define PERCENT_MAX_UNITS 100

/* Flags target `t` (the row itself, its half or its actual) of the indicator
 * `name` when it states more than 100% as a floor or a value. */
static void check_percent(jx_check_ctx *ctx, guint at, const char *name, const jx_record *t,
                          const char *what)
{
    if (!t)
        return;
    const char *unit = jx_record_string(t, JX_F_UNIT);
    const char *op = jx_record_string(t, JX_F_OP);
    jx_dec v;
    if (!unit || strcmp(unit, "%") != 0 || !jx_dec_parse(jx_record_string(t, JX_F_VALUE), &v))
        return;
    if (op && (strcmp(op, "<=") == 0 || strcmp(op, "<") == 0))
        return; /* an upper bound above 100% says nothing wrong */
    jx_dec max = {PERCENT_MAX_UNITS, 0};
    if (jx_dec_cmp(v, max) <= 0)
        return;
    char *found = jx_dec_string(v);
    const char *text = jx_record_string(t, JX_F_TEXT);
    jx_check_emit(ctx, at, NULL, "100", found, "%s: %s %s is above 100%%, which a %s cannot reach",
                  name, what, text && *text ? text : found,
                  strstr(name, "满意") ? "满意度" : "rate of this kind");
    g_free(found);
}

/* value.percent-range: the target, half-year target and actual value of each
 * bounded-rate indicator. */
void jx_check_percent_range(jx_check_ctx *ctx)
{
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *rec = jx_check_record(ctx, i);
        if (!rec || jx_record_kind_of(rec) != JX_RECORD_INDICATOR)
            continue;
        const char *name = jx_record_string(rec, JX_F_NAME);
        if (!name || !bounded_rate(name))
            continue;
        check_percent(ctx, i, name, rec, "target");
        check_percent(ctx, i, name, jx_record_sub(rec, JX_F_HALF), "half-year target");
        check_percent(ctx, i, name, jx_record_sub(rec, JX_F_ACTUAL), "actual value");
    }
}

/* ---------------------------------------------------------------- duplicates */

/* indicator.duplicate: the second and later listing of an indicator in a table. */
/* The label key of `label` (jx_check_label_key), kept in `memo` (raw label →
 * key, both owned): a table's level-1, level-2 and task labels repeat on
 * every row. */
static const char *memo_label_key(GHashTable *memo, const char *label)
{
    label = label ? label : "";
    const char *key = g_hash_table_lookup(memo, label);
    if (!key) {
        char *made = jx_check_label_key(label);
        g_hash_table_insert(memo, g_strdup(label), made);
        key = made;
    }
    return key;
}

/* The labels that with the name make an indicator: the work item is part of
 * it (按时完成 for two tasks is two indicators). */
static const jx_field duplicate_parts[] = {JX_F_LEVEL1, JX_F_LEVEL2, JX_F_TASK};

void jx_check_duplicate(jx_check_ctx *ctx)
{
    /* keys of a hundred bytes and more (a name's and three labels' keys),
     * each hashed at its lookup and again at its insert: hashed eight bytes
     * a step (jx_norm_str_hash), where g_str_hash's byte a step was a third
     * of this check's work */
    GHashTable *first = g_hash_table_new_full(jx_norm_str_hash, g_str_equal, g_free, NULL);
    GHashTable *labels = g_hash_table_new_full(jx_norm_str_hash, g_str_equal, g_free, g_free);
    GString *key = g_string_new(NULL);
    /* the last row's labels and their keys (in `labels`): a label most
     * often repeats the row above's, and a comparison is cheaper than a
     * hash lookup */
    const char *last_raw[G_N_ELEMENTS(duplicate_parts)] = {NULL};
    const char *last_key[G_N_ELEMENTS(duplicate_parts)] = {NULL};
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *rec = jx_check_record(ctx, i);
        if (!rec || jx_record_kind_of(rec) != JX_RECORD_INDICATOR)
            continue;
        /* the key: the table, the name's label key, then the labels' */
        g_string_truncate(key, 0);
        jx_string_append_int(key, jx_record_int(rec, JX_F_TABLE, 0));
        g_string_append_c(key, '\x1f');
        gsize name_at = key->len;
        jx_check_label_key_append(key, jx_record_string(rec, JX_F_NAME));
        if (key->len == name_at)
            continue;
        for (gsize k = 0; k < G_N_ELEMENTS(duplicate_parts); k++) {
            const char *raw = jx_record_string(rec, duplicate_parts[k]);
            raw = raw ? raw : "";
            if (!last_raw[k] || strcmp(raw, last_raw[k]) != 0) {
                last_raw[k] = raw;
                last_key[k] = memo_label_key(labels, raw);
            }
            g_string_append_c(key, '\x1f');
            g_string_append(key, last_key[k]);
        }
        gpointer prev;
        if (g_hash_table_lookup_extended(first, key->str, NULL, &prev)) {
            const jx_record *p = jx_check_record(ctx, GPOINTER_TO_UINT(prev));
            jx_check_emit(ctx, i, NULL, NULL, NULL,
                          "%s is listed again (first at row %" G_GINT64_FORMAT " of the table)",
                          jx_record_string(rec, JX_F_NAME), jx_record_int(p, JX_F_ROW, 0));
        } else {
            g_hash_table_insert(first, g_strdup(key->str), GUINT_TO_POINTER(i));
        }
    }
    g_string_free(key, TRUE);
    g_hash_table_destroy(labels);
    g_hash_table_destroy(first);
}
