/*
 * taxonomy.c — the standard indicator taxonomy (财预〔2020〕10号 and the 2021
 * core-indicator guidance; "Category codes" in records.md) as data.
 *
 * Labels are compared by their stem: normalized, with an indicator code
 * (`A11.`, `C1.`, `(一)`), a weight (`决策 (20)`, `项目立项（4）`, a footnote
 * digit) and the `指标` suffix removed, because tables write the same label
 * all these ways.
 */
#include "normalize/norm_internal.h"

#include <string.h>

static const struct {
    const char *stem;
    const char *code;
} level1_labels[] = {
    {"产出", "output"},       {"项目产出", "output"},   {"成本", "cost"},
    {"效益", "outcome"},      {"效果", "outcome"},      {"项目效益", "outcome"},
    {"满意度", "satisfaction"}, {"满意", "satisfaction"}, {"决策", "decision"},
    {"项目决策", "decision"}, {"过程", "process"},      {"项目过程", "process"},
    {"履职", "duty"},         {"履职效能", "duty"},
};

static const char *const label_heads[] = {"序号", "一级指标", "二级指标", "三级指标"};

const char *const *jx_taxonomy_label_heads(gsize *n)
{
    *n = G_N_ELEMENTS(label_heads);
    return label_heads;
}

gboolean jx_taxonomy_opens_label_head(const char *text, gboolean *whole)
{
    gboolean opens = FALSE, equal = FALSE;
    for (gsize k = 0; text && *text && k < G_N_ELEMENTS(label_heads) && !equal; k++) {
        opens |= g_str_has_prefix(label_heads[k], text);
        equal = strcmp(label_heads[k], text) == 0;
    }
    if (whole)
        *whole = equal;
    return opens;
}

/* Level-1 codes whose level-2 labels are not standardized: any level-2 under
 * them is coded with the level-1 code alone. */
static const char *const free_level1[] = {"decision", "process", "duty"};

/*
 * Level-2 stems under their level-1.  A stem may sit under more than one
 * level-1: 成本 is both level-1 (cost) and level-2 under 产出, and evaluation
 * frameworks put 服务对象满意度 under 效益.  With no level-1 given, the first
 * row wins, so rows are in order of how usual the pairing is.  The free
 * level-1s list their common level-2 labels so a lone label still finds them.
 */
static const struct {
    const char *level1;
    const char *stem;
    const char *code;
} level2_labels[] = {
    {"output", "数量", "output.quantity"},
    {"output", "产出数量", "output.quantity"},
    {"output", "质量", "output.quality"},
    {"output", "产出质量", "output.quality"},
    {"output", "时效", "output.timeliness"},
    {"output", "产出时效", "output.timeliness"},
    {"output", "成本", "output.cost"},
    {"output", "产出成本", "output.cost"},
    {"cost", "经济成本", "cost.economic"},
    {"cost", "社会成本", "cost.social"},
    {"cost", "生态环境成本", "cost.environmental"},
    {"cost", "生态成本", "cost.environmental"},
    {"cost", "环境成本", "cost.environmental"},
    {"outcome", "经济效益", "outcome.economic"},
    {"outcome", "社会效益", "outcome.social"},
    {"outcome", "生态效益", "outcome.ecological"},
    {"outcome", "生态环境效益", "outcome.ecological"},
    {"outcome", "可持续影响", "outcome.sustainability"},
    {"outcome", "可持续发展影响", "outcome.sustainability"},
    {"satisfaction", "服务对象满意度", "satisfaction.service"},
    {"outcome", "服务对象满意度", "satisfaction.service"},
    {"outcome", "满意度", "satisfaction.service"},
    {"decision", "项目立项", "decision"},
    {"decision", "绩效目标", "decision"},
    {"decision", "资金投入", "decision"},
    {"decision", "计划制定", "decision"},
    {"decision", "目标设定", "decision"},
    {"decision", "预算编制", "decision"},
    {"process", "资金管理", "process"},
    {"process", "组织实施", "process"},
    {"process", "预算执行", "process"},
    {"process", "预算管理", "process"},
    {"process", "资产管理", "process"},
    {"process", "业务管理", "process"},
    {"process", "财务管理", "process"},
    {"process", "项目管理", "process"},
    {"process", "人员管理", "process"},
    {"process", "机构建设", "process"},
    {"process", "制度建设", "process"},
    {"process", "制度管理", "process"},
    {"process", "信息公开", "process"},
    {"process", "绩效管理", "process"},
    {"process", "政府采购", "process"},
    {"duty", "职责履行", "duty"},
    {"duty", "重点工作", "duty"},
    {"duty", "重点工作履行", "duty"},
};

/* Removes a leading indicator code or ordinal: `A11.`, `C1.`, `1.`, `1、`,
 * `一、`, `(一)`, `(1)`.  Returns a pointer into `s`. */
static const char *skip_code(const char *s)
{
    if (*s == '(') {
        const char *close = strchr(s, ')');
        return close && close - s <= 10 && close[1] ? close + 1 : s;
    }
    const char *p = s;
    if (g_ascii_isalpha(*p) && g_ascii_isdigit(p[1]))
        p++;
    while (g_ascii_isdigit(*p) || (*p == '.' && g_ascii_isdigit(p[1])))
        p++;
    if (p == s) {
        /* only a numeral followed by 、 is a list code: check before asking ICU */
        if (!g_str_has_prefix(s + jx_norm_cjk_run_bytes(s), "、"))
            return s;
        const char *after = g_utf8_offset_to_pointer(s, jx_norm_cjk_numeral_run(s));
        return after > s && g_str_has_prefix(after, "、") ? after + strlen("、") : s;
    }
    if (*p == '.' || *p == ' ')
        return p + 1;
    if (g_str_has_prefix(p, "、"))
        return p + strlen("、");
    return (*p & 0x80) ? p : s; /* `A1` before Latin text or nothing is no code */
}

/* TRUE when s[0..len) is a weight: digits, an optional decimal part, optional 分. */
static gboolean is_weight(const char *s, gsize len)
{
    gsize i = 0;
    while (i < len && (g_ascii_isdigit(s[i]) || (i > 0 && s[i] == '.')))
        i++;
    if (i == 0)
        return FALSE;
    return i == len || (len - i == strlen("分") && strncmp(s + i, "分", len - i) == 0);
}

/* Length of `s` without a trailing weight (`(20)`, `(4分)`, `20分`) or
 * footnote digits (`产出数量⁴`, which NFKC made `产出数量4`). */
static gsize without_weight(const char *s, gsize len)
{
    if (len > 0 && s[len - 1] == ')') {
        const char *open = g_strrstr_len(s, (gssize)len, "(");
        if (open && is_weight(open + 1, (gsize)(s + len - 1 - (open + 1))))
            len = (gsize)(open - s);
    }
    if (len > strlen("分") && strncmp(s + len - strlen("分"), "分", strlen("分")) == 0 &&
        g_ascii_isdigit(s[len - strlen("分") - 1]))
        len -= strlen("分");
    while (len > 0 && (g_ascii_isdigit(s[len - 1]) || s[len - 1] == '.' || s[len - 1] == ' '))
        len--;
    return len;
}

/* The comparable stem of a label (see the file comment); a new string. */
/* `label` normalized (into `*own`, to free, when not already) less its
 * code and weight: the start of what is left, its length in `*len`. */
static const char *label_core(const char *label, char **own, gsize *len)
{
    const char *p = jx_norm_skip_spaces(skip_code(jx_norm_text_view(label, own)));
    *len = without_weight(p, strlen(p));
    return p;
}

/* TRUE when p[0..len) is longer than JX_LABEL_SUFFIX and ends with it. */
static gboolean ends_with_label_suffix(const char *p, gsize len)
{
    gsize suffix = strlen(JX_LABEL_SUFFIX);
    return len > suffix && memcmp(p + len - suffix, JX_LABEL_SUFFIX, suffix) == 0;
}

/* Stems already made, per thread: label placement asks for the stems of a
 * table's few labels for every row (jx_taxonomy_lists, _level1, _level2).
 * Emptied when it holds this many, so a long run keeps it small. */
#define STEM_MEMO_MAX 4096
/* Slots of its table, a power of two: twice the entries it may hold, so
 * that a probe's run of taken slots stays short. */
#define STEM_MEMO_SLOTS (2 * STEM_MEMO_MAX)

/* The stem memo: label → stem, open addressing with linear probing, each
 * slot's label hash beside it so that a probe compares a text only where
 * the hashes agree.  A GHashTable asked through jx_norm_thread_memo cost
 * about 250 instructions a hit (a call per hash and per comparison, the
 * size checked), and every distinct cell text and every row's labels are
 * asked (~27 K asks over the 40 speed files). */
typedef struct {
    char *entry[STEM_MEMO_SLOTS]; /* the label, then its stem (owned); NULL: free */
    guint hash[STEM_MEMO_SLOTS];
    guint used[STEM_MEMO_MAX]; /* the taken slots: emptying frees them alone */
    guint count;
} stem_table;

/* Frees every entry of `t`, which is then empty. */
static void stem_table_empty(stem_table *t)
{
    for (guint k = 0; k < t->count; k++)
        g_clear_pointer(&t->entry[t->used[k]], g_free);
    t->count = 0;
}

static void stem_table_free(gpointer p)
{
    stem_table_empty(p);
    g_free(p);
}

static GPrivate stem_memo = G_PRIVATE_INIT(stem_table_free);

/* label_stem of `label`, owned by the memo: valid until the next call.
 * A new entry is one allocation, the label (the memo's key, which frees
 * it) with its stem after it: most texts asked are asked once (every
 * distinct cell text's level, jx_taxonomy_label_level), and two copies
 * each were as many allocations as the stems' making. */
static const char *label_stem(const char *label)
{
    stem_table *memo = g_private_get(&stem_memo);
    if (!memo) {
        memo = g_new0(stem_table, 1);
        g_private_set(&stem_memo, memo);
    } else if (memo->count >= STEM_MEMO_MAX) {
        stem_table_empty(memo);
    }
    gsize label_len = strlen(label);
    guint h = jx_norm_str_hash(label), at = h & (STEM_MEMO_SLOTS - 1);
    for (; memo->entry[at]; at = (at + 1) & (STEM_MEMO_SLOTS - 1))
        if (memo->hash[at] == h && strcmp(memo->entry[at], label) == 0)
            return memo->entry[at] + label_len + 1;
    char *own;
    gsize len;
    const char *p = label_core(label, &own, &len);
    if (ends_with_label_suffix(p, len))
        len -= strlen(JX_LABEL_SUFFIX);
    char *key = g_malloc(label_len + 1 + len + 1), *stem = key + label_len + 1;
    memcpy(key, label, label_len + 1);
    memcpy(stem, p, len);
    stem[len] = '\0';
    g_free(own);
    memo->entry[at] = key;
    memo->hash[at] = h;
    memo->used[memo->count++] = at;
    return stem;
}

/* Whether stems `a` and `b` (non-empty) can be equal: their first bytes, up
 * to three, agree.  Checked before strcmp in the tables' loops, which run
 * for each label of each row. */
static inline gboolean same_start(const char *a, const char *b)
{
    return a[0] == b[0] && (!a[0] || (a[1] == b[1] && (!a[1] || a[2] == b[2])));
}

/* The static code string equal to `s` when it is a level-1 code.  Asked of
 * every record's level-1 label (jx_taxonomy_category, _level2): the first
 * byte turns a label away before strcmp does. */
static const char *as_level1_code(const char *s)
{
    for (gsize i = 0; i < G_N_ELEMENTS(level1_labels); i++)
        if (level1_labels[i].code[0] == s[0] && strcmp(level1_labels[i].code, s) == 0)
            return level1_labels[i].code;
    return NULL;
}

/* TRUE when `code` is one of free_level1.  Its own loop, inlined where
 * the standard stems are walked (jx_taxonomy_label_tail asks it 50 000
 * times over 40 files): a call to jx_norm_listed in another unit cost 2.8 M
 * instructions more there. */
static gboolean is_free(const char *code)
{
    for (gsize i = 0; i < G_N_ELEMENTS(free_level1); i++)
        if (free_level1[i][0] == code[0] && strcmp(free_level1[i], code) == 0)
            return TRUE;
    return FALSE;
}

/* The level-1 code of stem s[0..len), or NULL. */
static const char *level1_of_stem(const char *s, gsize len)
{
    for (gsize i = 0; i < G_N_ELEMENTS(level1_labels); i++)
        if (level1_labels[i].stem[0] == s[0] && strlen(level1_labels[i].stem) == len &&
            memcmp(level1_labels[i].stem, s, len) == 0)
            return level1_labels[i].code;
    return NULL;
}

/* jx_taxonomy_level1 of `label`, whose label_stem is `stem`. */
static const char *level1_of_label(const char *label, const char *stem)
{
    const char *code = level1_of_stem(stem, strlen(stem));
    /* a level-1 label whose group weight a wrap cut right after its bracket
     * (`产出指标(` over `40分)`): a level-1 label wraps so in a narrow
     * column, a name seldom (a level-2 label is a name's word too:
     * 服务对象满意度( over 含续建) is a name) */
    gsize len = strlen(stem);
    if (!code && len > strlen("指标(") && g_str_has_suffix(stem, "指标(")) {
        char *norm = jx_norm_text(label); /* the bracket last, no digit cut after it */
        if (g_str_has_suffix(g_strchomp(norm), "("))
            code = level1_of_stem(stem, len - strlen("指标("));
        g_free(norm);
    }
    return code;
}

const char *jx_taxonomy_level1(const char *label)
{
    return label ? level1_of_label(label, label_stem(label)) : NULL;
}

/* level2_labels by the first two bytes of their stems (a hash of them,
 * STEM_BUCKETS buckets), each bucket's in the table's order: a stem can be
 * equal only to those that share its bucket (same_start compares those
 * bytes first), and the first of them that is, is the one the walk of the
 * whole table finds.  Every distinct cell text is asked its level
 * (jx_taxonomy_label_level, from jx_cell_classify): the walk of all 46
 * stems per text was 4 M instructions over the 40 speed files. */
#define STEM_BUCKETS 64

/* Orders entries 0..n-1 by bucket, each bucket's entries in their own
 * order (a counting sort): bucket b's are order[k] for first[b] <= k <
 * first[b + 1].  `bucket` holds each entry's bucket, each below
 * `n_buckets`; `first` has n_buckets + 1 slots.  The lookup indexes below
 * are built so, once, and a walk of one bucket finds the same first match
 * as a walk of the whole table. */
static void index_by_bucket(const guint *bucket, gsize n, guint n_buckets, guint16 *first,
                            guint16 *order)
{
    memset(first, 0, (n_buckets + 1) * sizeof *first);
    for (gsize i = 0; i < n; i++)
        first[bucket[i] + 1]++;
    for (guint b = 0; b < n_buckets; b++)
        first[b + 1] = (guint16)(first[b + 1] + first[b]);
    guint16 *next = g_memdup2(first, n_buckets * sizeof *first);
    for (gsize i = 0; i < n; i++)
        order[next[bucket[i]]++] = (guint16)i;
    g_free(next);
}

typedef struct {
    guint16 by_bucket[G_N_ELEMENTS(level2_labels)];
    guint16 first[STEM_BUCKETS + 1];
} stem_index;

static guint stem_bucket(const char *stem)
{
    guchar b0 = (guchar)stem[0], b1 = b0 ? (guchar)stem[1] : 0;
    return (b0 * 7u + b1) % STEM_BUCKETS;
}

static const stem_index *level2_index(void)
{
    static stem_index index;
    static gsize made = 0;
    if (g_once_init_enter(&made)) {
        guint bucket[G_N_ELEMENTS(level2_labels)];
        for (gsize i = 0; i < G_N_ELEMENTS(level2_labels); i++)
            bucket[i] = stem_bucket(level2_labels[i].stem);
        index_by_bucket(bucket, G_N_ELEMENTS(level2_labels), STEM_BUCKETS, index.first,
                        index.by_bucket);
        g_once_init_leave(&made, 1);
    }
    return &index;
}

/* The index of the first level-2 entry whose stem is `stem` (non-empty) and
 * whose level-1 code is `l1` (NULL: any), or -1. */
static gssize level2_entry(const char *l1, const char *stem)
{
    const stem_index *index = level2_index();
    guint b = stem_bucket(stem);
    for (guint k = index->first[b]; k < index->first[b + 1]; k++) {
        guint16 i = index->by_bucket[k];
        if (same_start(level2_labels[i].stem, stem) &&
            (!l1 || strcmp(level2_labels[i].level1, l1) == 0) &&
            strcmp(level2_labels[i].stem, stem) == 0)
            return i;
    }
    return -1;
}

/* The code of level-2 stem `stem` under level-1 code `l1` (NULL: any), as
 * jx_taxonomy_level2 gives it. */
static const char *level2_of_stem(const char *l1, const char *stem)
{
    if (!*stem)
        return NULL;
    if (l1 && is_free(l1))
        return l1;
    gssize i = level2_entry(l1, stem);
    return i >= 0 ? level2_labels[i].code : NULL;
}

/* The level-1 code a caller means: a code as is, or a label's code. */
static const char *resolve_level1(const char *level1)
{
    if (!level1)
        return NULL;
    const char *code = as_level1_code(level1);
    return code ? code : jx_taxonomy_level1(level1);
}

const char *jx_taxonomy_level2(const char *level1, const char *label)
{
    const char *l1 = resolve_level1(level1);
    if ((level1 && !l1) || !label)
        return NULL;
    return level2_of_stem(l1, label_stem(label));
}

int jx_taxonomy_label_level(const char *label)
{
    if (!label)
        return 0;
    /* one stem for both questions: each is a memo lookup otherwise */
    const char *stem = label_stem(label);
    if (level1_of_label(label, stem))
        return 1;
    return level2_of_stem(NULL, stem) ? 2 : 0;
}

gboolean jx_taxonomy_lists(const char *level1, const char *label)
{
    const char *l1 = jx_taxonomy_level1(level1);
    if (!l1 || !label)
        return FALSE;
    const char *stem = label_stem(label);
    return *stem && level2_entry(l1, stem) >= 0;
}

/* The standard spelling of each level-1 label the level-2 labels of the
 * national framework sit under (财预〔2020〕10号): what a form prints in its
 * level-1 column, less the weight (产出指标(40分)). */
static const struct {
    const char *code;
    const char *label;
} standard_level1_labels[] = {
    {"output", "产出指标"},
    {"cost", "成本指标"},
    {"outcome", "效益指标"},
};

const char *jx_taxonomy_owner_level1(const char *label)
{
    if (!label || !*label)
        return NULL;
    const char *stem = label_stem(label);
    /* a label that is a level-1 itself (成本指标) names no owner for sure */
    if (!*stem || level1_of_label(label, stem))
        return NULL;
    const stem_index *index = level2_index();
    guint b = stem_bucket(stem);
    const char *owner = NULL;
    for (guint k = index->first[b]; k < index->first[b + 1]; k++) {
        guint16 i = index->by_bucket[k];
        if (strcmp(level2_labels[i].stem, stem) != 0)
            continue;
        if (owner && strcmp(owner, level2_labels[i].level1) != 0)
            return NULL; /* under two level-1s (服务对象满意度): no owner */
        owner = level2_labels[i].level1;
    }
    for (gsize i = 0; owner && i < G_N_ELEMENTS(standard_level1_labels); i++)
        if (strcmp(standard_level1_labels[i].code, owner) == 0)
            return standard_level1_labels[i].label;
    return NULL;
}

gboolean jx_taxonomy_code_under(const char *code, const char *level1)
{
    return g_str_has_prefix(code, level1) && code[strlen(level1)] == '.';
}

const char *jx_taxonomy_level2_elsewhere(const char *label)
{
    const char *code = label ? jx_taxonomy_level2(NULL, label) : NULL;
    const char *own = code ? jx_taxonomy_level1(label) : NULL;
    return own && !jx_taxonomy_code_under(code, own) ? code : NULL;
}

gboolean jx_taxonomy_label_suffixed(const char *label)
{
    if (!label)
        return FALSE;
    char *own;
    gsize len;
    const char *p = label_core(label, &own, &len);
    gboolean suffixed = ends_with_label_suffix(p, len);
    g_free(own);
    return suffixed;
}

const char *jx_taxonomy_category(const char *level1, const char *level2)
{
    const char *l1 = resolve_level1(level1);
    if (!l1)
        return NULL;
    const char *code = level2 ? jx_taxonomy_level2(l1, level2) : NULL;
    return code ? code : l1;
}

/* TRUE when stem `stem` of level `level` is a standard label's (no free level-1's). */
static gboolean standard_stem(int level, gsize i, const char **stem)
{
    if (level == 1) {
        *stem = level1_labels[i].stem;
        return !is_free(level1_labels[i].code);
    }
    *stem = level2_labels[i].stem;
    return !is_free(level2_labels[i].level1);
}

/* The suffix every standard label ends in, after its stem. */
#define LABEL_SUFFIX "指标"

/* TRUE when `norm` (`len` bytes) begins label `stem`+LABEL_SUFFIX without
 * being all of it: asked of the stem and the suffix in place, so that the
 * labels `norm` cannot open are passed over without being written out. */
static gboolean opens_stem_label(const char *stem, const char *norm, gsize len)
{
    gsize stem_len = strlen(stem);
    if (len <= stem_len)
        return strncmp(stem, norm, len) == 0;
    return len - stem_len < sizeof LABEL_SUFFIX - 1 && strncmp(stem, norm, stem_len) == 0 &&
           strncmp(LABEL_SUFFIX, norm + stem_len, len - stem_len) == 0;
}

/* The level-2 entries whose labels normalized `norm` (`len` bytes) may
 * begin, in table order: *n of them, at the returned indexes, or NULL when
 * every entry may (all `n` of the table, in order).  A text of two bytes
 * or more that begins a label, or that a label's stem begins, shares the
 * stem's first two bytes and so its bucket (level2_index); the level-2
 * opening is asked of every short text a label column's stack may hold. */
static const guint16 *level2_heads_of(const char *norm, gsize len, gsize *n)
{
    if (len < 2)
        return NULL;
    const stem_index *index = level2_index();
    guint b = stem_bucket(norm);
    *n = (gsize)(index->first[b + 1] - index->first[b]);
    return &index->by_bucket[index->first[b]];
}

/* The one standard label of level `level` that normalized `text` holds
 * (`head` FALSE) or begins without finishing (`head` TRUE); a label
 * within another counts as the longer; NULL when none or two differ,
 * *clashed (may be NULL) then TRUE when two differ. */
static char *one_standard_label(const char *text, int level, gboolean head, gboolean *clashed)
{
    char *own;
    const char *norm = jx_norm_text_view(text, &own);
    gsize n = level == 1 ? G_N_ELEMENTS(level1_labels) : G_N_ELEMENTS(level2_labels);
    char *found = NULL;
    gboolean clash = FALSE;
    /* each standard label in turn, in one buffer (made at the first that
     * fits): only the one found is kept */
    GString *label = NULL;
    gsize norm_len = strlen(norm);
    /* the entries to try, in table order: where the text must begin the
     * label, a level-2 stem's bucket alone (the same matches, in the same
     * order, as the whole table) */
    const guint16 *order = head && level == 2 ? level2_heads_of(norm, norm_len, &n) : NULL;
    for (gsize k = 0; k < n && !clash; k++) {
        gsize i = order ? order[k] : k;
        const char *stem;
        if (!standard_stem(level, i, &stem) || (head && !opens_stem_label(stem, norm, norm_len)))
            continue;
        if (!label)
            label = g_string_sized_new(32);
        g_string_assign(label, stem);
        g_string_append(label, LABEL_SUFFIX);
        gboolean fits = head || strstr(norm, label->str) != NULL;
        if (!fits || (found && strstr(found, label->str))) {
            continue;
        } else if (!found || strstr(label->str, found)) {
            g_free(found);
            found = g_strdup(label->str);
        } else {
            clash = TRUE;
        }
    }
    if (label)
        g_string_free(label, TRUE);
    g_free(own);
    if (clash)
        g_clear_pointer(&found, g_free);
    if (clashed)
        *clashed = clash;
    return found;
}

char *jx_taxonomy_label_within(const char *text, int level)
{
    return text ? one_standard_label(text, level, FALSE, NULL) : NULL;
}

char *jx_taxonomy_label_headed(const char *text, int level)
{
    return text && g_utf8_strlen(text, -1) >= 2 ? one_standard_label(text, level, TRUE, NULL) : NULL;
}

gboolean jx_taxonomy_opens_label(const char *text, int level)
{
    if (!text || g_utf8_strlen(text, -1) < 2)
        return FALSE;
    gboolean clash = FALSE;
    char *found = one_standard_label(text, level, TRUE, &clash);
    gboolean opens = found || clash;
    g_free(found);
    return opens;
}

/* Marks that join a level-1 and a level-2 label in one cell of a form with a
 * single label column (指标类型: `产出指标-数量指标`, `效益指标/社会效益指标`).
 * pandoc's markdown writes an em dash `---` and an en dash `--` (its smart
 * punctuation, as it writes a curly quote plain): before the `-` they hold. */
static const char *const label_joiners[] = {"---", "--", "-", "—", "/", "\\", ">", "→", "·"};

const char *const *jx_taxonomy_label_joiners(gsize *n)
{
    *n = G_N_ELEMENTS(label_joiners);
    return label_joiners;
}

/* TRUE when `second`, after a joiner, is a level-2 label the taxonomy lists
 * under level-1 code `code`, or the first line of one a narrow column
 * wrapped (`服务对象满意` of 服务对象满意度指标). */
static gboolean level2_or_its_opening(const char *code, const char *second)
{
    if (!*second)
        return FALSE;
    if (jx_taxonomy_level2(code, second))
        return TRUE;
    char *label = jx_taxonomy_label_headed(second, 2);
    gboolean opens = label && jx_taxonomy_level2(code, label);
    g_free(label);
    return opens;
}

const char *jx_taxonomy_joined_head(const char *text, gsize k, const char **rest)
{
    const char *at = k < G_N_ELEMENTS(label_joiners) ? strstr(text, label_joiners[k]) : NULL;
    *rest = NULL;
    if (!at || at == text)
        return NULL;
    *rest = at + strlen(label_joiners[k]);
    char *first = g_strndup(text, (gsize)(at - text));
    const char *code = jx_taxonomy_level1(first);
    g_free(first);
    return code;
}

gboolean jx_taxonomy_joined_label(const char *text)
{
    if (!text)
        return FALSE;
    char *norm = g_strstrip(jx_norm_text(text));
    gboolean joined = FALSE;
    for (gsize k = 0; k < G_N_ELEMENTS(label_joiners) && !joined; k++) {
        const char *rest;
        const char *code = jx_taxonomy_joined_head(norm, k, &rest);
        joined = code && level2_or_its_opening(code, rest);
    }
    g_free(norm);
    return joined;
}

/* TRUE when `norm` (norm_len bytes) ends the label `stem` + `指标` without
 * being all of it.  Compared in place: the label was concatenated for every
 * standard stem (about 22) on every call, 28 000 allocations over 40 bench
 * files where none is needed. */
static gboolean proper_tail_of_label(const char *stem, const char *norm, gsize norm_len)
{
    static const char suffix[] = "指标";
    gsize suffix_len = sizeof suffix - 1, stem_len = strlen(stem);
    if (norm_len >= stem_len + suffix_len) /* as long: all of it, or no tail */
        return FALSE;
    if (norm_len <= suffix_len)
        return memcmp(suffix + suffix_len - norm_len, norm, norm_len) == 0;
    gsize in_stem = norm_len - suffix_len;
    return memcmp(norm + in_stem, suffix, suffix_len) == 0 &&
           memcmp(stem + stem_len - in_stem, norm, in_stem) == 0;
}

/* TRUE when normalized `text` ends a standard label of level 1 or 2 (its
 * stem and `指标`) without being all of it (`标`, `益指标`, `度指标`). */
gboolean jx_taxonomy_label_tail(const char *text)
{
    if (!text || !*text)
        return FALSE;
    char *norm = jx_norm_text(text);
    gsize norm_len = strlen(norm);
    gboolean tail = FALSE;
    for (int level = 1; level <= 2 && !tail; level++) {
        gsize n = level == 1 ? G_N_ELEMENTS(level1_labels) : G_N_ELEMENTS(level2_labels);
        for (gsize i = 0; i < n && !tail; i++) {
            const char *stem;
            if (!standard_stem(level, i, &stem))
                continue;
            tail = proper_tail_of_label(stem, norm, norm_len);
        }
    }
    g_free(norm);
    return tail;
}

/* The words of a table-wide row-header column (年度绩效指标 over all the
 * rows), which a narrow column sets a character or two a line
 * (`产` / `出` / `及` / `效` / `益` / `指` / `标`). */
static const char *const row_header_words[] = {"年度绩效指标", "年度绩效目标", "产出及效益指标"};

/* A label's piece is at most this long: a narrow label column holds two to
 * five characters a line (`可持` / `续影` / `响指` / `标`, `服务对象满`). */
#define MAX_LABEL_PIECE_CHARS 5

/* TRUE when `norm` is a part, not all, of `word`. */
static gboolean strictly_within(const char *word, const char *norm)
{
    return strcmp(word, norm) != 0 && strstr(word, norm) != NULL;
}

/* TRUE when `norm` is a part, not all, of a standard label of level 1 or 2
 * (its stem and `指标`), and no label's stem of its own (质量, 经济效益: a
 * score table's names). */
static gboolean within_standard_label(const char *norm)
{
    gboolean within = FALSE, stem_itself = FALSE;
    GString *label = g_string_sized_new(32);
    for (int level = 1; level <= 2 && !stem_itself; level++) {
        gsize n = level == 1 ? G_N_ELEMENTS(level1_labels) : G_N_ELEMENTS(level2_labels);
        for (gsize i = 0; i < n && !stem_itself; i++) {
            const char *stem;
            gboolean standard = standard_stem(level, i, &stem);
            stem_itself = strcmp(stem, norm) == 0;
            if (!standard)
                continue;
            g_string_assign(label, stem);
            g_string_append(label, "指标");
            within = within || strictly_within(label->str, norm);
        }
    }
    g_string_free(label, TRUE);
    return within && !stem_itself;
}

gboolean jx_taxonomy_label_piece(const char *text)
{
    if (!text || !*text)
        return FALSE;
    char *norm = jx_norm_text(text);
    glong chars = g_utf8_strlen(norm, -1);
    gboolean piece = FALSE;
    if (chars >= 1 && chars <= MAX_LABEL_PIECE_CHARS && !jx_taxonomy_level1(norm)) {
        piece = within_standard_label(norm);
        for (gsize k = 0; k < G_N_ELEMENTS(row_header_words) && !piece; k++)
            piece = strictly_within(row_header_words[k], norm);
    }
    g_free(norm);
    return piece;
}

/* See normalize.h. */
gboolean jx_taxonomy_standard_level2(const char *label)
{
    const char *code = jx_taxonomy_level2(NULL, label);
    return code && strchr(code, '.');
}

gboolean jx_taxonomy_label_word(const char *text)
{
    char *head1 = jx_taxonomy_label_headed(text, 1), *head2 = jx_taxonomy_label_headed(text, 2);
    gboolean label = head1 || head2 || jx_taxonomy_label_tail(text) || jx_taxonomy_level1(text) ||
                     jx_taxonomy_level2(NULL, text);
    g_free(head1);
    g_free(head2);
    return label;
}

/* TRUE when `text`, normalized, is one of the row-header words (`whole`)
 * or opens one (not `whole`); FALSE for NULL or empty text.  The two tests
 * the public functions below make. */
static gboolean row_header_word_matches(const char *text, gboolean whole)
{
    if (!text || !*text)
        return FALSE;
    char *norm = jx_norm_text(text);
    gboolean match = FALSE;
    for (gsize k = 0; k < G_N_ELEMENTS(row_header_words) && !match; k++)
        match = *norm && (whole ? strcmp(row_header_words[k], norm) == 0
                                : g_str_has_prefix(row_header_words[k], norm));
    g_free(norm);
    return match;
}

gboolean jx_taxonomy_row_header_word(const char *text)
{
    return row_header_word_matches(text, TRUE);
}

gboolean jx_taxonomy_opens_row_header(const char *text)
{
    return row_header_word_matches(text, FALSE);
}

/* The numerals of a form's top-level list (`一、产出指标`). */
static const char section_numerals[] = "一二三四五六七八九十";

gboolean jx_taxonomy_list_numeral(gunichar ch)
{
    /* (not NUL: g_utf8_strchr finds the empty string anywhere) */
    return ch >= 0x80 && g_utf8_strchr(section_numerals, -1, ch) != NULL;
}

const char *jx_taxonomy_after_section_ordinal(const char *norm)
{
    const char *p = norm;
    while (*p && jx_taxonomy_list_numeral(g_utf8_get_char(p)))
        p = g_utf8_next_char(p);
    return p > norm && g_str_has_prefix(p, "、") ? p + strlen("、") : NULL;
}

gboolean jx_taxonomy_row_header_part(const char *text)
{
    if (!text || !*text)
        return FALSE;
    char *norm = jx_norm_text(text);
    gboolean part = *norm != '\0' && !jx_taxonomy_level1(norm);
    gboolean within = FALSE;
    for (gsize k = 0; k < G_N_ELEMENTS(row_header_words) && part && !within; k++)
        within = strstr(row_header_words[k], norm) != NULL;
    g_free(norm);
    return part && within;
}

/*
 * The endings that tell an indicator's output category by its name: a rate
 * of conformity is a quality indicator (验收合格率, 资料完整率), a deadline a
 * timeliness one (完成时限, 拨付及时率), a unit cost or a budget's control a
 * cost one (人均补助标准, 预算控制率), a count a quantity one (培训人次,
 * 造林面积).  Longest first where one ends another (及时率 before 率 words).
 */
static const struct {
    const char *ending;
    const char *code;
} name_endings[] = {
    {"及时率", "output.timeliness"}, {"及时性", "output.timeliness"},
    {"时限", "output.timeliness"},   {"完成时间", "output.timeliness"},
    {"开工时间", "output.timeliness"}, {"合格率", "output.quality"},
    {"完整率", "output.quality"},    {"合规率", "output.quality"},
    {"准确率", "output.quality"},    {"精准率", "output.quality"},
    {"达标率", "output.quality"},    {"符合率", "output.quality"},
    {"知晓率", "output.quality"},    {"完好率", "output.quality"},
    {"控制率", "output.cost"},       {"节约率", "output.cost"},
    {"补助标准", "output.cost"},     {"建设成本", "output.cost"},
    {"培训成本", "output.cost"},     {"总成本", "output.cost"},
    {"管理费用", "output.cost"},
    {"人数", "output.quantity"},     {"人次", "output.quantity"},
    {"面积", "output.quantity"},     {"长度", "output.quantity"},
    {"里程", "output.quantity"},     {"数量", "output.quantity"},
    {"场次", "output.quantity"},     {"次数", "output.quantity"},
    {"户数", "output.quantity"},     {"批次", "output.quantity"},
    {"授权量", "output.quantity"},   {"开放时长", "output.quantity"},
    {"有效率", "output.quality"},    {"处置率", "output.quality"},
    {"检验率", "output.quality"},
    /* the common outcome indicators, by what their names end in: what an
     * economy gains (带动相关产业增收, 节约财政资金), a society (群众获得感,
     * 惠及人口), the environment (节能减排效果), what lasts (长效管理机制,
     * 项目持续发挥作用年限).  Not 满意度: a satisfaction label shares that word
     * with its rows already, and a row run into the next one's name
     * (群众出行条件★沿线群众满意度) must not pull its group along */
    {"产业增收", "outcome.economic"}, {"人均增收", "outcome.economic"},
    {"社会投资", "outcome.economic"}, {"财政资金", "outcome.economic"},
    {"获得感", "outcome.social"},     {"惠及人口", "outcome.social"},
    {"社会影响力", "outcome.social"},
    {"种粮积极性", "outcome.social"}, {"均衡发展水平", "outcome.social"},
    {"基本生活", "outcome.social"}, {"低保标准", "outcome.social"},
    {"事故发生率", "outcome.social"}, {"达标学校比例", "outcome.social"},
    {"生产生活条件", "outcome.social"}, {"满意度提升", "outcome.social"},
    {"减排效果", "outcome.ecological"}, {"生态环境的改善", "outcome.ecological"},
    {"水土流失治理度", "outcome.ecological"},
    {"长效机制", "outcome.sustainability"}, {"管理机制", "outcome.sustainability"},
    {"管护机制", "outcome.sustainability"}, {"作用年限", "outcome.sustainability"},
    {"使用年限", "outcome.sustainability"}, {"持续发挥效益", "outcome.sustainability"},
};

/* Verbs a count opens its name with (新建学校食堂, 发放科技创新券: how many
 * were built, given out): a quantity indicator when no ending says more. */
static const char *const quantity_verbs[] = {
    "新建", "新增", "购置", "发放", "开展", "下派", "支持", "举办", "改造", "改扩建",
    "淘汰", "聘用", "资助", "配备", "化解", "修缮", "储备", "组织", "排查",
};

/* name_endings measured and indexed once: each ending's bytes, and the
 * endings by their last byte, each byte's in the table's order (from
 * by_last[first[b]] up to by_last[first[b + 1]]).  Every row's name is held
 * against the endings; only those ending in its last byte can match, and
 * the first of them in the table's order that does is the one the whole
 * table's walk would find. */
typedef struct {
    gsize lens[G_N_ELEMENTS(name_endings)];
    guint16 by_last[G_N_ELEMENTS(name_endings)];
    guint16 first[257];
} ending_index;

static const ending_index *name_ending_index(void)
{
    static ending_index index;
    static gsize made = 0;
    if (g_once_init_enter(&made)) {
        guint bucket[G_N_ELEMENTS(name_endings)];
        for (gsize i = 0; i < G_N_ELEMENTS(name_endings); i++) {
            index.lens[i] = strlen(name_endings[i].ending);
            bucket[i] = (guchar)name_endings[i].ending[index.lens[i] - 1];
        }
        index_by_bucket(bucket, G_N_ELEMENTS(name_endings), 256, index.first, index.by_last);
        g_once_init_leave(&made, 1);
    }
    return &index;
}

const char *jx_taxonomy_name_category(const char *name)
{
    if (!name)
        return NULL;
    char *own;
    const char *code = jx_taxonomy_norm_name_category(jx_norm_text_view(name, &own));
    g_free(own);
    return code;
}

const char *jx_taxonomy_norm_name_category(const char *norm)
{
    if (!norm)
        return NULL;
    char *own = NULL;
    /* a qualifier in brackets or a mark after the name (`合格率（暂定）`, `时限*`) */
    const char *cut = strpbrk(norm, "(*");
    if (cut)
        norm = own = g_strndup(norm, (gsize)(cut - norm));
    const char *code = NULL;
    gsize len = strlen(norm);
    const ending_index *index = name_ending_index();
    guchar last = len ? (guchar)norm[len - 1] : 0;
    for (guint k = index->first[last]; len && k < index->first[last + 1] && !code; k++) {
        guint16 i = index->by_last[k];
        gsize elen = index->lens[i];
        if (elen <= len && memcmp(norm + len - elen, name_endings[i].ending, elen) == 0)
            code = name_endings[i].code;
    }
    /* a mark before the name (★ a key indicator) */
    const char *start = norm;
    if (g_str_has_prefix(start, "★"))
        start += strlen("★");
    if (!code && !g_str_has_suffix(norm, "率") &&
        jx_norm_prefix_listed(start, quantity_verbs, G_N_ELEMENTS(quantity_verbs)))
        code = "output.quantity";
    g_free(own);
    return code;
}
