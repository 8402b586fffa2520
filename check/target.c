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
    /* the last pair looked up and its verdict: a table's rows repeat the
     * labels of the row above (filled down), and two comparisons are
     * cheaper than writing the pair out and hashing it */
    const char *last_l1 = NULL, *last_l2 = NULL;
    pair_verdict *v = NULL;
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *rec = jx_check_record(ctx, i);
        if (!rec || jx_record_kind_of(rec) != JX_RECORD_INDICATOR)
            continue;
        const char *l1 = jx_record_string(rec, JX_F_LEVEL1);
        const char *l2 = jx_record_string(rec, JX_F_LEVEL2);
        if (!l1 || !*l1 || !l2 || !*l2 || strcmp(l1, l2) == 0)
            continue;
        /* `pair` holds the last pair's text: this row's when they are equal */
        if (!v || strcmp(l1, last_l1) != 0 || strcmp(l2, last_l2) != 0) {
            g_string_assign(pair, l1);
            g_string_append_c(pair, '\x1f');
            g_string_append(pair, l2);
            last_l1 = l1;
            last_l2 = l2;
            v = g_hash_table_lookup(verdicts, pair->str);
            if (!v) {
                v = g_new(pair_verdict, 1);
                v->o1 = misfiled(l1, l2, &v->c1);
                g_hash_table_insert(verdicts, g_strdup(pair->str), v);
            }
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

/* The block size of the duplicate keys' store: a table's keys (tens of
 * bytes each, a few hundred rows) in one or two blocks. */
#define KEY_CHUNK_BYTES 16384

/* The labels' part of an indicator's duplicate key — each part's label key
 * after a 0x1f — appended to `key`.  `last_raw` and `last_key` hold the
 * labels of the last row asked and their keys (in `labels`, jx_check_label_key
 * kept by memo_label_key): a label most often repeats the row above's, and a
 * comparison is cheaper than a hash lookup. */
static void append_label_keys(GString *key, const jx_record *rec, GHashTable *labels,
                              const char **last_raw, const char **last_key)
{
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
}

/* Starts `key` as a row's duplicate key: its table, 0x1f, its name's label
 * key.  FALSE when the name's key is empty (no indicator to compare). */
static gboolean start_duplicate_key(GString *key, const jx_record *rec)
{
    g_string_truncate(key, 0);
    jx_string_append_int(key, jx_record_int(rec, JX_F_TABLE, 0));
    g_string_append_c(key, '\x1f');
    gsize name_at = key->len;
    jx_check_label_key_append(key, jx_record_string(rec, JX_F_NAME));
    return key->len > name_at;
}

/* A value of the names table of jx_check_duplicate: the first row with the
 * name (its index in the check), and whether that row's whole key is in the
 * keys table yet (set when a second row has the name).  The table's key is
 * the name part's hash (jx_norm_str_hash), not its text: two names of one
 * hash are taken for one name, which costs their rows' whole keys and
 * nothing else — the whole keys are compared as text. */
#define NAME_ROW(v) (GPOINTER_TO_UINT(v) >> 1)
#define NAME_KEYED(v) (GPOINTER_TO_UINT(v) & 1u)
#define NAME_VALUE(row, keyed) GUINT_TO_POINTER(((row) << 1) | (keyed))

/* indicator.duplicate: a row whose whole key — table, name's label key and
 * the three labels' keys, 0x1f between them — is an earlier row's.
 *
 * Most rows' names are their table's only: a row is first looked up by its
 * key up to the first 0x1f after the table (its name's key, or the part of
 * it before a 0x1f: two equal whole keys have that part equal, whatever
 * their parts hold) — by that part's hash, so that a name's text is never
 * copied — and only a name met before (or one of the same hash) has its
 * labels' keys made and its whole key compared — with the first row of
 * that name's, made then.  The findings are those of comparing every row's
 * whole key: every row past a name's first has its whole key in `whole`,
 * and the first row's goes in when the second comes. */
void jx_check_duplicate(jx_check_ctx *ctx)
{
    /* keys of tens of bytes and more: hashed eight bytes a step
     * (jx_norm_str_hash), where g_str_hash's byte a step was a third of
     * this check's work; the whole keys in `kept`, one block for the lot
     * (a key of every row was a malloc, a copy and, at the end, a free);
     * the names by their hash alone (copying each row's name part was a
     * seventh of this check's work) */
    GHashTable *names = g_hash_table_new(NULL, NULL); /* direct: the hash is the key */
    GHashTable *whole = g_hash_table_new(jx_norm_str_hash, g_str_equal);
    GStringChunk *kept = g_string_chunk_new(KEY_CHUNK_BYTES);
    GHashTable *labels = g_hash_table_new_full(jx_norm_str_hash, g_str_equal, g_free, g_free);
    GString *key = g_string_new(NULL);
    const char *last_raw[G_N_ELEMENTS(duplicate_parts)] = {NULL};
    const char *last_key[G_N_ELEMENTS(duplicate_parts)] = {NULL};
    for (guint i = 0; i < jx_check_n(ctx); i++) {
        const jx_record *rec = jx_check_record(ctx, i);
        if (!rec || jx_record_kind_of(rec) != JX_RECORD_INDICATOR ||
            !start_duplicate_key(key, rec))
            continue;
        /* the name part: up to the first 0x1f after the table's */
        const char *sep = strchr(key->str, '\x1f');
        const char *cut = strchr(sep + 1, '\x1f');
        gsize name_len = cut ? (gsize)(cut - key->str) : key->len;
        key->str[name_len] = '\0'; /* hashed in place, the 0x1f put back below */
        gpointer name_at = GUINT_TO_POINTER(jx_norm_str_hash(key->str)), seen;
        key->str[name_len] = cut ? '\x1f' : '\0';
        gboolean met = g_hash_table_lookup_extended(names, name_at, NULL, &seen);
        if (!met)
            g_hash_table_insert(names, name_at, NAME_VALUE(i, 0u));
        if (!met)
            continue; /* the name's first row: no earlier key can be its */
        guint row = NAME_ROW(seen);
        if (!NAME_KEYED(seen)) {
            /* a second row of the name: the first row's whole key, now */
            GString *first = g_string_new(NULL);
            start_duplicate_key(first, jx_check_record(ctx, row));
            append_label_keys(first, jx_check_record(ctx, row), labels, last_raw, last_key);
            g_hash_table_insert(whole, g_string_chunk_insert_len(kept, first->str,
                                                                 (gssize)first->len),
                                GUINT_TO_POINTER(row));
            g_string_free(first, TRUE);
            g_hash_table_insert(names, name_at, NAME_VALUE(row, 1u));
        }
        append_label_keys(key, rec, labels, last_raw, last_key);
        gpointer prev;
        if (g_hash_table_lookup_extended(whole, key->str, NULL, &prev)) {
            const jx_record *p = jx_check_record(ctx, GPOINTER_TO_UINT(prev));
            jx_check_emit(ctx, i, NULL, NULL, NULL,
                          "%s is listed again (first at row %" G_GINT64_FORMAT " of the table)",
                          jx_record_string(rec, JX_F_NAME), jx_record_int(p, JX_F_ROW, 0));
        } else {
            g_hash_table_insert(whole, g_string_chunk_insert_len(kept, key->str, (gssize)key->len),
                                GUINT_TO_POINTER(i));
        }
    }
    g_string_free(key, TRUE);
    g_hash_table_destroy(labels);
    g_hash_table_destroy(names);
    g_hash_table_destroy(whole);
    g_string_chunk_free(kept);
}
