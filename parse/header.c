/*
 * header.c — header rows → column roles, and the kind of table they head.
 *
 * The vocabulary is a table (most specific words first), so a new bureau's
 * header word is one more line, not one more branch.
 */
#include "parse/parse.h"

#include <string.h>

typedef enum { MATCH_EXACT, MATCH_CONTAINS } match_kind;

typedef struct {
    const char *word;
    match_kind match;
    jx_role role;
} header_word;

/* First match wins: longer, more specific words come before the words they contain. */
static const header_word header_words[] = {
    {"年度绩效指标", MATCH_EXACT, JX_ROLE_ROWHEAD},
    {"产出及效益指标", MATCH_EXACT, JX_ROLE_ROWHEAD},
    {"绩效指标", MATCH_EXACT, JX_ROLE_ROWHEAD},
    {"年度指标", MATCH_EXACT, JX_ROLE_ROWHEAD},
    {"序号", MATCH_CONTAINS, JX_ROLE_SEQ},
    {"编号", MATCH_EXACT, JX_ROLE_SEQ},
    /* a score table's code column (D1 | 项目效益): the code, not a name */
    {"指标编号", MATCH_EXACT, JX_ROLE_SEQ},
    {"指标代码", MATCH_EXACT, JX_ROLE_SEQ},
    {"指标编码", MATCH_EXACT, JX_ROLE_SEQ},
    {"代码", MATCH_EXACT, JX_ROLE_SEQ},
    {"编码", MATCH_EXACT, JX_ROLE_SEQ},
    {"一级指标", MATCH_CONTAINS, JX_ROLE_LEVEL1},
    {"二级指标", MATCH_CONTAINS, JX_ROLE_LEVEL2},
    {"三级指标", MATCH_CONTAINS, JX_ROLE_NAME},
    {"指标内容", MATCH_CONTAINS, JX_ROLE_NAME},
    {"绩效指标名称", MATCH_CONTAINS, JX_ROLE_NAME},
    {"指标名称", MATCH_CONTAINS, JX_ROLE_NAME},
    {"具体指标", MATCH_CONTAINS, JX_ROLE_NAME},
    {"指标明细", MATCH_CONTAINS, JX_ROLE_NAME},
    {"指标解释", MATCH_CONTAINS, JX_ROLE_EXPLAIN},
    {"指标说明", MATCH_CONTAINS, JX_ROLE_EXPLAIN},
    {"评分标准", MATCH_CONTAINS, JX_ROLE_EXPLAIN},
    {"评价要点", MATCH_CONTAINS, JX_ROLE_EXPLAIN},
    {"评分细则", MATCH_CONTAINS, JX_ROLE_EXPLAIN},
    {"计分方法", MATCH_CONTAINS, JX_ROLE_EXPLAIN},
    {"扣分标准", MATCH_CONTAINS, JX_ROLE_EXPLAIN},
    {"计算符号", MATCH_CONTAINS, JX_ROLE_OP},
    {"运算符", MATCH_CONTAINS, JX_ROLE_OP},
    {"比较符", MATCH_CONTAINS, JX_ROLE_OP},
    {"符号", MATCH_EXACT, JX_ROLE_OP},
    {"得分率", MATCH_CONTAINS, JX_ROLE_RATE},
    {"扣分原因", MATCH_CONTAINS, JX_ROLE_REASON},
    {"扣分理由", MATCH_CONTAINS, JX_ROLE_REASON},
    {"扣分说明", MATCH_CONTAINS, JX_ROLE_REASON},
    {"得分", MATCH_CONTAINS, JX_ROLE_SCORE},
    {"评分", MATCH_EXACT, JX_ROLE_SCORE},
    {"分值", MATCH_CONTAINS, JX_ROLE_WEIGHT},
    {"权重", MATCH_CONTAINS, JX_ROLE_WEIGHT},
    {"标准分", MATCH_CONTAINS, JX_ROLE_WEIGHT},
    {"半年", MATCH_CONTAINS, JX_ROLE_HALF_VALUE},
    /* a mid-term target (中期指标值 beside 年度指标值) is not the year's: the
     * record has no place for it, and read as the value it would be run
     * together with the year's */
    {"中期", MATCH_CONTAINS, JX_ROLE_OTHER},
    {"实际完成值", MATCH_CONTAINS, JX_ROLE_ACTUAL},
    {"实际值", MATCH_CONTAINS, JX_ROLE_ACTUAL},
    {"完成值", MATCH_CONTAINS, JX_ROLE_ACTUAL},
    {"完成情况", MATCH_CONTAINS, JX_ROLE_OTHER},
    {"偏差", MATCH_CONTAINS, JX_ROLE_DEVIATION},
    /* a self-evaluation's funds block: before 全年 (a target's column) */
    {"年初预算数", MATCH_CONTAINS, JX_ROLE_BUDGET},
    {"全年预算数", MATCH_CONTAINS, JX_ROLE_BUDGET},
    {"全年执行数", MATCH_CONTAINS, JX_ROLE_BUDGET},
    {"指标值", MATCH_CONTAINS, JX_ROLE_VALUE},
    {"目标值", MATCH_CONTAINS, JX_ROLE_VALUE},
    {"预期目标", MATCH_CONTAINS, JX_ROLE_VALUE},
    {"预期值", MATCH_CONTAINS, JX_ROLE_VALUE},
    {"标准值", MATCH_CONTAINS, JX_ROLE_VALUE},
    {"全年", MATCH_CONTAINS, JX_ROLE_VALUE},
    {"目标", MATCH_EXACT, JX_ROLE_VALUE},
    {"年度目标", MATCH_EXACT, JX_ROLE_VALUE},
    {"度量单位", MATCH_CONTAINS, JX_ROLE_UNIT},
    {"计量单位", MATCH_CONTAINS, JX_ROLE_UNIT},
    {"单位", MATCH_EXACT, JX_ROLE_UNIT},
    {"预算金额", MATCH_CONTAINS, JX_ROLE_BUDGET},
    {"使用金额", MATCH_CONTAINS, JX_ROLE_BUDGET},
    {"预算执行率", MATCH_CONTAINS, JX_ROLE_BUDGET},
    {"预算数", MATCH_CONTAINS, JX_ROLE_BUDGET},
    {"执行数", MATCH_CONTAINS, JX_ROLE_BUDGET},
    {"金额占比", MATCH_CONTAINS, JX_ROLE_BUDGET},
    {"金额", MATCH_CONTAINS, JX_ROLE_BUDGET},
    {"执行率", MATCH_CONTAINS, JX_ROLE_BUDGET},
    {"名称", MATCH_EXACT, JX_ROLE_TASK},
    {"工作任务", MATCH_CONTAINS, JX_ROLE_TASK},
    {"任务名称", MATCH_CONTAINS, JX_ROLE_TASK},
    {"项目名称", MATCH_EXACT, JX_ROLE_OTHER},
    {"指标", MATCH_EXACT, JX_ROLE_NAME},
    {"备注", MATCH_CONTAINS, JX_ROLE_OTHER},
    {"指标性质", MATCH_CONTAINS, JX_ROLE_OTHER},
    {"指标方向", MATCH_CONTAINS, JX_ROLE_OTHER},
    /* a form's one label column (see kind_column_words) */
    {"指标类型", MATCH_CONTAINS, JX_ROLE_OTHER},
    {"指标类别", MATCH_CONTAINS, JX_ROLE_OTHER},
    {"指标分类", MATCH_CONTAINS, JX_ROLE_OTHER},
    {"项目类别", MATCH_CONTAINS, JX_ROLE_OTHER},
    {"项目分类", MATCH_CONTAINS, JX_ROLE_OTHER},
    {"主要内容", MATCH_CONTAINS, JX_ROLE_OTHER},
};

static const char *const role_names[JX_ROLE_COUNT] = {
    "none",   "seq",   "rowhead", "level1", "level2", "task",   "name",
    "half-op", "half-value", "half-unit", "op",   "value",  "unit",  "weight",
    "score",  "rate",  "reason",  "budget", "explain", "other", "actual", "deviation",
};

const char *jx_role_name(jx_role role)
{
    return role < JX_ROLE_COUNT ? role_names[role] : "?";
}

const char *jx_table_kind_name(jx_table_kind kind)
{
    static const char *const names[] = {"none",   "target", "score", "system",
                                        "budget", "funds",  "other"};
    return kind <= JX_TABLE_OTHER ? names[kind] : "?";
}

/* Kept with the table kinds: the document builder, the emitter and the cell
 * stream reader all ask. */
gboolean jx_table_extracted(const jx_header *h)
{
    switch (h->kind) {
    case JX_TABLE_TARGET:
    case JX_TABLE_BUDGET:
    case JX_TABLE_SYSTEM:
    case JX_TABLE_FUNDS:
    case JX_TABLE_SCORE: return TRUE;
    default: return FALSE;
    }
}

gsize jx_header_vocab_size(void)
{
    return G_N_ELEMENTS(header_words);
}

const char *jx_header_vocab_word(gsize i)
{
    return i < G_N_ELEMENTS(header_words) ? header_words[i].word : NULL;
}

/* A row (or a stack of wrapped lines) is a header when header words fill at
 * least this share of its non-empty cells: a data row can hold 单位 or 指标
 * in a name, a header row is mostly header words, and real headers keep one
 * or two cells of their own (计算符号 as `符号`, a year column). */
#define HEADER_WORD_SHARE 0.6

/* Header cells sometimes carry a year or a unit note: `2023年目标值`,
 * `指标值(万元)`; matching by containment tolerates those. */
/* Longer texts (characters) are never header cells: names, sentences. */
#define HEADER_CELL_MAX_CHARS 16

/* A text's adjacent pairs of characters, hashed into VOCAB_SLOTS slots.  A
 * word can be in a text only when the slots of its first two characters and
 * of its last two are both among the text's: the same characters stand side
 * by side in the text wherever the word does.  Per slot, two lists name the
 * vocabulary entries whose first pair, and whose last pair, fall in it; the
 * entries on both lists of a text's slots are the only ones worth a string
 * search, in the vocabulary's order (first match wins).  Pairs turn away far
 * more than one character would: most header words open with a few common
 * characters (指, 年, 项) that names hold too, and fourteen open with 指标,
 * which header cells of other roles hold (三级指标, 指标值); their last
 * pairs part them.  A one-character word (none today) stands in every slot. */
#define VOCAB_SLOT_BITS 9
#define VOCAB_SLOTS (1u << VOCAB_SLOT_BITS)
#define VOCAB_MASK_WORDS ((G_N_ELEMENTS(header_words) + 63) / 64)

/* The slot of two adjacent characters, by their keys (next_char_key). */
static guint pair_slot(guint32 first, guint32 second)
{
    guint64 pair = ((guint64)first << 32) | second;
    return (guint)((pair * G_GUINT64_CONSTANT(0x9E3779B97F4A7C15)) >> (64 - VOCAB_SLOT_BITS));
}

/* The bytes a character opening with lead byte `lead` holds (1 for ASCII). */
static guint char_bytes(guchar lead)
{
    return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

/* Skips the continuation bytes at *p (none in valid UTF-8 but inside a
 * character): what stands there opens no character. */
static void skip_stray_bytes(const guchar **p)
{
    while ((**p & 0xC0) == 0x80)
        (*p)++;
}

/* The key of the character at *p (a byte that is not a continuation byte,
 * not the end): its bytes packed, up to the count its lead byte names;
 * moves *p past it and past any stray continuation byte after it, so that
 * every byte that is not a continuation byte opens one character, as
 * jx_header_vocab_find counts them, and a word's characters key the same
 * wherever the word stands. */
static guint32 next_char_key(const guchar **p)
{
    const guchar *q = *p;
    guint32 key = *q++;
    for (guint more = char_bytes((guchar)key) - 1; more && (*q & 0xC0) == 0x80; more--)
        key = (key << 8) | *q++;
    skip_stray_bytes(&q);
    *p = q;
    return key;
}

/* The slots of the first two and of the last two characters of non-empty
 * `word` (the same slot for a two-character word); both are VOCAB_SLOTS
 * when it has one character. */
static void word_slots(const char *word, guint *first_slot, guint *last_slot)
{
    const guchar *p = (const guchar *)word;
    skip_stray_bytes(&p);
    guint32 first = 0, prev = 0;
    guint n = 0;
    *first_slot = *last_slot = VOCAB_SLOTS;
    while (*p) {
        guint32 key = next_char_key(&p);
        if (++n == 1)
            first = key;
        else if (n == 2)
            *first_slot = pair_slot(first, key);
        if (n >= 2)
            *last_slot = pair_slot(prev, key);
        prev = key;
    }
}

/* The vocabulary's entries by slot (bit i: header_words[i]): whose first
 * pair falls in each slot, whose last pair does; one more row, VOCAB_SLOTS,
 * lists the one-character words, which stand in every row. */
typedef struct {
    guint64 first[VOCAB_SLOTS + 1][VOCAB_MASK_WORDS];
    guint64 last[VOCAB_SLOTS + 1][VOCAB_MASK_WORDS];
} vocab_index;

/* The vocabulary's index, made once. */
static const vocab_index *vocab_slots(void)
{
    static vocab_index index;
    static gsize made = 0;
    if (g_once_init_enter(&made)) {
        for (gsize i = 0; i < G_N_ELEMENTS(header_words); i++) {
            guint first, last;
            word_slots(header_words[i].word, &first, &last);
            guint64 bit = G_GUINT64_CONSTANT(1) << (i % 64);
            for (guint s = 0; s <= VOCAB_SLOTS; s++) {
                index.first[s][i / 64] |= s == first || first == VOCAB_SLOTS ? bit : 0;
                index.last[s][i / 64] |= s == last || last == VOCAB_SLOTS ? bit : 0;
            }
        }
        g_once_init_leave(&made, 1);
    }
    return &index;
}

/* What a unit caption says before the unit (金额单位：万元 normalized). */
static const char UNIT_CAPTION_MARK[] = "单位:";

gboolean jx_header_is_unit_caption(const char *norm)
{
    return norm && strstr(norm, UNIT_CAPTION_MARK) != NULL;
}

gssize jx_header_vocab_find(const char *norm)
{
    if (!norm || !*norm)
        return -1;
    const vocab_index *index = vocab_slots();
    guint64 firsts[VOCAB_MASK_WORDS] = {0}, lasts[VOCAB_MASK_WORDS] = {0};
    const guchar *p = (const guchar *)norm;
    skip_stray_bytes(&p);
    glong chars = 0;
    guint32 prev = 0;
    while (*p) {
        guint32 key = next_char_key(&p);
        if (++chars > HEADER_CELL_MAX_CHARS)
            return -1;
        if (chars > 1) {
            guint s = pair_slot(prev, key);
            for (gsize k = 0; k < VOCAB_MASK_WORDS; k++) {
                firsts[k] |= index->first[s][k];
                lasts[k] |= index->last[s][k];
            }
        }
        prev = key;
    }
    if (chars == 1)
        for (gsize k = 0; k < VOCAB_MASK_WORDS; k++) {
            firsts[k] |= index->first[VOCAB_SLOTS][k];
            lasts[k] |= index->last[VOCAB_SLOTS][k];
        }
    for (gsize k = 0; k < VOCAB_MASK_WORDS; k++)
        for (guint64 m = firsts[k] & lasts[k]; m; m &= m - 1) {
            gsize i = k * 64 + (gsize)__builtin_ctzll(m);
            const header_word *w = &header_words[i];
            gboolean hit = w->match == MATCH_EXACT ? strcmp(norm, w->word) == 0
                                                   : strstr(norm, w->word) != NULL;
            if (hit)
                return (gssize)i;
        }
    return -1;
}

jx_role jx_header_word_role(const char *norm)
{
    gssize i = jx_header_vocab_find(norm);
    return i < 0 ? JX_ROLE_NONE : header_words[i].role;
}

/* How many entries the vocabulary opens with that are row-header words
 * matched exactly; *later is TRUE when a row-header word stands further
 * down (none today). */
static gsize rowhead_lead(gboolean *later)
{
    static gsize lead = 0;
    static gboolean after = FALSE;
    static gsize made = 0;
    if (g_once_init_enter(&made)) {
        gsize n = 0;
        while (n < G_N_ELEMENTS(header_words) && header_words[n].role == JX_ROLE_ROWHEAD &&
               header_words[n].match == MATCH_EXACT)
            n++;
        for (gsize i = n; i < G_N_ELEMENTS(header_words); i++)
            after |= header_words[i].role == JX_ROLE_ROWHEAD;
        lead = n;
        g_once_init_leave(&made, 1);
    }
    *later = after;
    return lead;
}

/* TRUE when `norm` is (or, with `prefix`, opens with) one of the row-header
 * words the vocabulary opens with (rowhead_lead); *later as there.  Asked
 * of most cells a row builder places: a word whose first byte differs is
 * passed over without a call. */
static gboolean leading_rowhead_word(const char *norm, gboolean prefix, gboolean *later)
{
    gsize lead = rowhead_lead(later);
    for (gsize i = 0; i < lead; i++) {
        const char *word = header_words[i].word;
        if (norm[0] == word[0] &&
            (prefix ? g_str_has_prefix(norm, word) : strcmp(norm, word) == 0))
            return TRUE;
    }
    return FALSE;
}

/* See parse.h.  The vocabulary opens with the row header's words, matched
 * exactly: a text equal to one of them is the row header whatever follows
 * in the vocabulary, and a text equal to none is one only through a
 * row-header word further down (none today), which the whole search finds. */
gboolean jx_header_is_rowhead(const char *norm)
{
    gboolean later;
    if (!norm)
        return FALSE;
    if (leading_rowhead_word(norm, FALSE, &later))
        return TRUE;
    return later && jx_header_word_role(norm) == JX_ROLE_ROWHEAD;
}

/* See parse.h.  The row header's words are the vocabulary's leading exact
 * ones (jx_header_is_rowhead): a text longer by any pieces is one only when
 * `norm` opens one of them.  A row-header word further down (none today)
 * may be matched otherwise: TRUE then. */
gboolean jx_header_may_grow_into_rowhead(const char *norm)
{
    gboolean later;
    gsize lead = rowhead_lead(&later);
    if (later || !norm)
        return TRUE;
    for (gsize i = 0; i < lead; i++)
        if (g_str_has_prefix(header_words[i].word, norm))
            return TRUE;
    return FALSE;
}

/* See parse.h.  A row-header word further down the vocabulary (none today)
 * may open any text: TRUE then. */
gboolean jx_header_opens_with_rowhead(const char *norm)
{
    gboolean later;
    if (!norm)
        return FALSE;
    return leading_rowhead_word(norm, TRUE, &later) || later;
}

/* The normalized text of a cell of the source grid ("" for none), through
 * the memo of cell facts when there is one (it may be NULL). */
static char *norm_of(jx_facts *facts, const jx_cell *cell)
{
    if (!cell)
        return g_strdup("");
    if (facts)
        return g_strdup(jx_facts_of(facts, jx_cell_text(cell))->norm);
    return jx_norm_text(jx_cell_text(cell));
}

/* The text of the cell covering (row, col), normalized; "" when none. */
static char *cell_norm(const jx_grid *grid, int row, int col)
{
    const jx_cell *cell = jx_grid_cell_covering(grid, row, col);
    return jx_norm_text(cell ? jx_cell_text(cell) : NULL);
}

/* The normalized texts of a row's non-empty cells, left to right. */
static GPtrArray *row_texts(const jx_grid *grid, int row, jx_facts *facts)
{
    GPtrArray *texts = g_ptr_array_new_with_free_func(g_free);
    for (int c = 0; c < jx_grid_n_cols(grid); c++) {
        const jx_cell *cell = jx_grid_cell(grid, row, c);
        char *t = cell ? norm_of(facts, cell) : NULL;
        if (t && *t)
            g_ptr_array_add(texts, t);
        else
            g_free(t);
    }
    return texts;
}

/* TRUE when the row's first non-empty cell is a bare number: a 序号, so a
 * data row (checked on raw text, before any normalization). */
static gboolean starts_with_number(const jx_grid *grid, int row)
{
    for (int c = 0; c < jx_grid_n_cols(grid); c++) {
        const jx_cell *cell = jx_grid_cell(grid, row, c);
        const char *t = cell ? jx_cell_text(cell) : "";
        while (*t == ' ' || *t == '\t')
            t++;
        if (!*t)
            continue;
        const char *p = t;
        while (g_ascii_isdigit(*p))
            p++;
        while (*p == ' ' || *p == '\t')
            p++;
        return p > t && !*p;
    }
    return FALSE;
}

/* The header-word role of `cell` (none for no cell), and in `*filled`
 * whether its normalized text is non-empty.  Through the memo of cell facts
 * when there is one (it may be NULL), which keeps each text's role: asked
 * of the cells of every row a table is read from (jx_header_read). */
static jx_role cell_header_role(const jx_cell *cell, jx_facts *facts, gboolean *filled)
{
    *filled = FALSE;
    if (!cell)
        return JX_ROLE_NONE;
    if (facts) {
        const jx_cell_facts *f = jx_facts_lookup(facts, jx_cell_text(cell));
        *filled = *f->norm != '\0';
        return f->role;
    }
    char *norm = jx_norm_text(jx_cell_text(cell));
    jx_role r = jx_header_word_role(norm);
    *filled = *norm != '\0';
    g_free(norm);
    return r;
}

/* How many of the row's non-empty cells (by their normalized text) are
 * header words; `*filled` gets how many are non-empty. */
static int header_words_in_row(const jx_grid *grid, int row, jx_facts *facts, int *filled)
{
    int words = 0;
    *filled = 0;
    for (int c = 0; c < jx_grid_n_cols(grid); c++) {
        gboolean text;
        jx_role r = cell_header_role(jx_grid_cell(grid, row, c), facts, &text);
        if (text) {
            (*filled)++;
            words += r != JX_ROLE_NONE;
        }
    }
    return words;
}

/* A header row: at least two header words, and header words make up most of
 * its non-empty cells (a data row can contain the word 单位 or 指标). */
static gboolean is_header_row(const jx_grid *grid, int row, int min_words, jx_facts *facts)
{
    if (starts_with_number(grid, row))
        return FALSE;
    int filled, words = header_words_in_row(grid, row, facts, &filled);
    return words >= min_words && words >= HEADER_WORD_SHARE * filled;
}

gboolean jx_header_row(const jx_grid *grid, int row, int min_words, jx_facts *facts)
{
    return is_header_row(grid, row, min_words, facts);
}

/* The row's words joined, to recognize the same header repeated. */
static char *row_signature(const jx_grid *grid, int row, jx_facts *facts)
{
    GPtrArray *texts = row_texts(grid, row, facts);
    GString *sig = g_string_new(NULL);
    for (guint i = 0; i < texts->len; i++) {
        g_string_append(sig, texts->pdata[i]);
        g_string_append_c(sig, '|');
    }
    g_ptr_array_unref(texts);
    return g_string_free(sig, FALSE);
}

/* Half-year groups: an upper cell naming the half-year target turns the
 * operator/value/unit columns under it into their half-year twins. */
static jx_role halve(jx_role role)
{
    switch (role) {
    case JX_ROLE_OP: return JX_ROLE_HALF_OP;
    case JX_ROLE_VALUE: return JX_ROLE_HALF_VALUE;
    case JX_ROLE_UNIT: return JX_ROLE_HALF_UNIT;
    default: return role;
    }
}

/* Upper header cells that head a group of columns the row below names:
 * `2023年目标值` over 计算符号 | 目标值 | 单位, `绩效指标` over 一级指标 | 二级指标 |
 * 三级指标. */
static gboolean is_group_heading(jx_role role)
{
    return role == JX_ROLE_VALUE || role == JX_ROLE_HALF_VALUE || role == JX_ROLE_ROWHEAD;
}

/*
 * Where the lower header row's cells really stand.  A converter that drops
 * empty cells moves `计算符号 | 目标值 | 单位` to the left edge, under 序号 and
 * 一级指标; words under upper cells that name something else give it away.
 * Then the row belongs under the first group heading (`2023年目标值`): its
 * cells are laid from there.  Fills `at` (n_cols) with the column of each
 * lower cell's text, as column indexes into the lower row, or -1.
 */
static void place_lower_row(const jx_grid *grid, int upper, int lower, int n_cols, int *at)
{
    int conflicts = 0, first_group = -1;
    for (int c = 0; c < n_cols; c++) {
        at[c] = c;
        char *up = cell_norm(grid, upper, c);
        char *low = cell_norm(grid, lower, c);
        jx_role ur = jx_header_word_role(up);
        if (first_group < 0 && is_group_heading(ur))
            first_group = c;
        /* a unit caption over the header (金额单位：万元, its 金额 a budget
         * word) names no column: the word under it (指标解释) is that
         * column's own, no sign the row moved */
        if (*up && *low && ur != JX_ROLE_NONE && !is_group_heading(ur) &&
            !jx_header_is_unit_caption(up) && jx_header_word_role(low) != JX_ROLE_NONE)
            conflicts++;
        g_free(up);
        g_free(low);
    }
    if (!conflicts || first_group < 0)
        return;
    int next = first_group;
    for (int c = 0; c < n_cols; c++)
        at[c] = -1;
    for (int c = 0; c < n_cols && next < n_cols; c++) {
        const jx_cell *cell = jx_grid_cell(grid, lower, c);
        char *low = cell_norm(grid, lower, c);
        if (cell && *low)
            at[next++] = c;
        g_free(low);
    }
}

/* The target group headings of header rows first..last-1 (半年（程）指标值,
 * 全年（程）指标值, 2023年目标值), left to right: each heads one set of
 * 计算符号 | 指标值 | 单位 columns in the row below. */
static GArray *value_groups(const jx_grid *grid, int first, int last, int n_cols)
{
    GArray *groups = g_array_new(FALSE, FALSE, sizeof(jx_role));
    for (int c = 0; c < n_cols; c++)
        for (int r = first; r < last; r++) {
            const jx_cell *cell = jx_grid_cell(grid, r, c);
            char *own = NULL;
            jx_role role = cell ? jx_header_word_role(jx_norm_text_view(jx_cell_text(cell), &own))
                                : JX_ROLE_NONE;
            g_free(own);
            if (role == JX_ROLE_VALUE || role == JX_ROLE_HALF_VALUE)
                g_array_append_val(groups, role);
        }
    return groups;
}

static gboolean is_target_part(jx_role role)
{
    return role == JX_ROLE_OP || role == JX_ROLE_VALUE || role == JX_ROLE_UNIT;
}

/*
 * Applies a lower header row over the roles read so far.  An upper cell's
 * group reaches right until the next non-empty upper cell.  The lower row's
 * target columns come in sets (计算符号 | 指标值 | 单位, again for the next
 * heading): the n-th set belongs to the n-th target group heading above, so
 * a half-year heading centred over its set (a layout dump) or written over
 * its first column (a tab dump) heads the same columns.
 */
static void refine(const jx_grid *grid, int first, int upper, int lower, jx_role *roles,
                   int n_cols)
{
    jx_role group = JX_ROLE_NONE;
    int *at = g_new(int, n_cols + 1);
    place_lower_row(grid, upper, lower, n_cols, at);
    GArray *heads = value_groups(grid, first, lower, n_cols);
    guint set = 0;
    unsigned seen = 0;
    for (int c = 0; c < n_cols; c++) {
        char *up = cell_norm(grid, upper, c);
        char *low = at[c] >= 0 ? cell_norm(grid, lower, at[c]) : g_strdup("");
        jx_role r = jx_header_word_role(low);
        if (*up)
            group = jx_header_word_role(up);
        if (*up && *low && group == JX_ROLE_NONE) {
            /* an upper cell that names nothing, wrapped onto this row (一级 / 指标) */
            char *joined = jx_norm_join(up, low);
            jx_role whole = jx_header_word_role(joined);
            g_free(joined);
            if (whole != JX_ROLE_NONE)
                r = whole;
        }
        g_free(up);
        g_free(low);
        if (r == JX_ROLE_NONE)
            continue;
        jx_role head = group;
        if (is_target_part(r) && heads->len) {
            if (seen & (1u << r)) {
                set++;
                seen = 0;
            }
            seen |= 1u << r;
            head = g_array_index(heads, jx_role, MIN(set, heads->len - 1));
        }
        roles[c] = head == JX_ROLE_HALF_VALUE ? halve(r) : r;
    }
    g_array_free(heads, TRUE);
    g_free(at);
}

static jx_role unhalve(jx_role role)
{
    switch (role) {
    case JX_ROLE_HALF_OP: return JX_ROLE_OP;
    case JX_ROLE_HALF_VALUE: return JX_ROLE_VALUE;
    case JX_ROLE_HALF_UNIT: return JX_ROLE_UNIT;
    default: return role;
    }
}

/*
 * The first row of the header view (rows 0..last-1) that names an operator
 * or unit column (计算符号, 度量单位), or last when none does.  The group
 * headings stand above it: a 指标值 on that row or below names a set's value
 * column, not a group, even when a wrapped 运算符 / 号 leaves the second set's
 * 指标值 a line lower than the first's.
 */
static int first_parts_row(const jx_grid *view, int last, int n_cols)
{
    for (int r = 0; r < last; r++)
        for (int c = 0; c < n_cols; c++) {
            char *t = cell_norm(view, r, c);
            jx_role role = unhalve(jx_header_word_role(t));
            g_free(t);
            if (role == JX_ROLE_OP || role == JX_ROLE_UNIT)
                return r;
        }
    return last;
}

/*
 * The target columns of the whole header, left to right, in sets (计算符号 |
 * 指标值 | 单位, again for the next heading), each set under the target group
 * heading of its rank (半年（程）指标值, 全年（程）指标值).  Row by row
 * (refine) a set can be cut in two: a header wrapped over four lines sets
 * a long cell's first line (度量单 / 运算符) on the line of the upper words,
 * above the rest of the set, and its row counted it in the first set.  Over
 * the whole header the sets are whole; they are used when there are as many
 * as headings, two at least.
 */
static void regroup_targets(const jx_grid *view, jx_role *roles, int n_cols)
{
    int rows = jx_grid_n_rows(view);
    GArray *heads = value_groups(view, 0, first_parts_row(view, rows - 1, n_cols), n_cols);
    int *set_of = g_new(int, n_cols + 1);
    int set = 0;
    unsigned seen = 0;
    for (int c = 0; c < n_cols; c++) {
        jx_role r = unhalve(roles[c]);
        set_of[c] = -1;
        if (!is_target_part(r))
            continue;
        if (seen & (1u << r)) {
            set++;
            seen = 0;
        }
        seen |= 1u << r;
        set_of[c] = set;
    }
    if (heads->len >= 2 && (guint)set + 1 == heads->len)
        for (int c = 0; c < n_cols; c++)
            if (set_of[c] >= 0) {
                jx_role r = unhalve(roles[c]);
                roles[c] = g_array_index(heads, jx_role, set_of[c]) == JX_ROLE_HALF_VALUE ? halve(r)
                                                                                          : r;
            }
    g_free(set_of);
    g_array_free(heads, TRUE);
}

/* Header words of a self-evaluation's 项目资金 block: a header naming a
 * year-start or full-year budget, the year's spending and the points the
 * funds earn (分值/得分) is that block; without points it is a report's
 * budget table. */
static const char *const funds_budget_words[] = {"年初预算数", "全年预算数", "调整后预算数", "预算数"};
/* (全年执行, 全年执: the word wrapped before its 数 or its 行数, which a
 * layout dump may leave on a line the header is not read with) */
static const char *const funds_spent_words[] = {"全年执行数", "执行数", "全年执行", "全年执"};

/* TRUE when the column texts (n entries) name a funds block. */
static gboolean funds_block(char *const *texts, int n)
{
    gboolean budget = FALSE, spent = FALSE, points = FALSE;
    for (int c = 0; c < n; c++) {
        points |= strstr(texts[c], "分值") || strstr(texts[c], "得分");
        for (gsize w = 0; w < G_N_ELEMENTS(funds_budget_words); w++)
            budget |= strstr(texts[c], funds_budget_words[w]) != NULL;
        for (gsize w = 0; w < G_N_ELEMENTS(funds_spent_words); w++)
            spent |= strstr(texts[c], funds_spent_words[w]) != NULL;
    }
    return budget && spent && points;
}

/* Headers of a form's one label column (指标类型 | 指标名称 | 指标值), whose
 * cells name the level-1 label, or both labels joined (产出指标-数量指标). */
static const char *const kind_column_words[] = {"指标类型", "指标类别", "指标分类"};

static gboolean is_kind_column(const jx_role *roles, char **texts, int c)
{
    return (roles[c] == JX_ROLE_OTHER || roles[c] == JX_ROLE_NONE) && texts[c] &&
           jx_norm_holds_listed(texts[c], kind_column_words, G_N_ELEMENTS(kind_column_words));
}

/* A table with no level-1 or level-2 column: its 指标类型 column (read as
 * another column, or as none: where 一级指标 stands beside it, it says
 * 定量/定性) is its label column.  Two such columns under the same word
 * (a header over both label columns) are the level-1 and the level-2 one. */
static void settle_kind_column(jx_role *roles, char **texts, int n)
{
    for (int c = 0; c < n; c++)
        if (roles[c] == JX_ROLE_LEVEL1 || roles[c] == JX_ROLE_LEVEL2)
            return;
    for (int c = 0; c < n && texts; c++)
        if (is_kind_column(roles, texts, c)) {
            roles[c] = JX_ROLE_LEVEL1;
            for (int d = c + 1; d < n; d++)
                if (is_kind_column(roles, texts, d) && strcmp(texts[c], texts[d]) == 0) {
                    roles[d] = JX_ROLE_LEVEL2;
                    break;
                }
            return;
        }
}

static jx_table_kind kind_of(const jx_role *roles, int n)
{
    gboolean has[JX_ROLE_COUNT] = {0};
    for (int c = 0; c < n; c++)
        has[roles[c]] = TRUE;
    /* Scores make a score table (self-evaluation tables restate targets
     * beside them); weights alone do not: some bureaus weight the
     * indicators of a target table. */
    gboolean names = has[JX_ROLE_NAME] || has[JX_ROLE_LEVEL1] || has[JX_ROLE_LEVEL2];
    /* a self-evaluation (年度指标值 | 实际完成值 | 分值 | 得分) restates the
     * targets and adds what was achieved: its rows are indicators */
    if (names && has[JX_ROLE_ACTUAL] && (has[JX_ROLE_VALUE] || has[JX_ROLE_SCORE]))
        return JX_TABLE_TARGET;
    if (has[JX_ROLE_SCORE] || has[JX_ROLE_RATE])
        return JX_TABLE_SCORE;
    if (names && (has[JX_ROLE_VALUE] || has[JX_ROLE_HALF_VALUE] || has[JX_ROLE_OP]))
        return JX_TABLE_TARGET;
    if (has[JX_ROLE_WEIGHT])
        return JX_TABLE_SCORE;
    if (has[JX_ROLE_EXPLAIN])
        return JX_TABLE_SYSTEM;
    if (has[JX_ROLE_BUDGET])
        return JX_TABLE_BUDGET;
    return JX_TABLE_OTHER;
}

/* In the 名称/指标内容 layout 名称 is the work item; alone, it is the indicator.
 * Columns left of the labels that no header cell names are the row-header
 * column.  绩效指标 heads the whole table's row-header column (年度绩效指标) or the
 * label columns under it; standing right of the label columns in a header
 * with no name column, it is the name column itself. */
static void settle_task(jx_role *roles, int n)
{
    gboolean has_name = FALSE;
    int last_label = -1;
    for (int c = 0; c < n; c++) {
        has_name |= roles[c] == JX_ROLE_NAME;
        if (roles[c] == JX_ROLE_LEVEL1 || roles[c] == JX_ROLE_LEVEL2)
            last_label = c;
    }
    /* a column left of every label column that no header cell names holds
     * the table-wide row header (年度绩效指标, wrapped over lines or centred
     * over many rows in a layout dump) */
    int first_label = -1;
    for (int c = 0; c < n && first_label < 0; c++)
        if (roles[c] == JX_ROLE_LEVEL1 || roles[c] == JX_ROLE_LEVEL2)
            first_label = c;
    gboolean named_left = FALSE;
    for (int c = 0; c < first_label; c++)
        named_left |= roles[c] != JX_ROLE_NONE;
    if (first_label > 0 && !named_left)
        for (int c = 0; c < first_label; c++)
            roles[c] = JX_ROLE_ROWHEAD;
    else
        /* the row header set left of a named column (产出及效益指标 a
         * character a line left of 序号, writer-pdf-layout bureau b0031):
         * the unnamed columns before the first named one; with no role its
         * characters alone on their lines read as the names' wrapped text */
        for (int c = 0; c < first_label && roles[c] == JX_ROLE_NONE; c++)
            roles[c] = JX_ROLE_ROWHEAD;
    if (has_name)
        return;
    for (int c = last_label + 1; last_label >= 0 && c < n; c++)
        if (roles[c] == JX_ROLE_ROWHEAD) {
            roles[c] = JX_ROLE_NAME;
            return;
        }
    for (int c = 0; c < n; c++)
        if (roles[c] == JX_ROLE_TASK) {
            roles[c] = JX_ROLE_NAME;
            return;
        }
}

/* The texts of rows row..row+k-1 joined column by column, `n_cols` entries
 * ("" where none; columns past the grid's are ""): a header cell wrapped over
 * lines in a layout dump (`一级` over `指标`). */
static char **joined_texts(const jx_grid *grid, int row, int k, int n_cols)
{
    char **texts = g_new0(char *, n_cols + 1);
    for (int c = 0; c < n_cols; c++) {
        texts[c] = g_strdup("");
        for (int r = row; r < row + k && c < jx_grid_n_cols(grid); r++) {
            const jx_cell *cell = jx_grid_cell(grid, r, c);
            if (!cell)
                continue;
            char *joined = jx_norm_join(texts[c], jx_cell_text(cell));
            g_free(texts[c]);
            texts[c] = joined;
        }
    }
    return texts;
}

static char **stacked_texts(const jx_grid *grid, int row, int k)
{
    return joined_texts(grid, row, k, jx_grid_n_cols(grid));
}

/* A header cell wrapped in a layout dump breaks into short pieces (`一级` /
 * `指标`, `半年（程）` / `指标值`); a longer piece is a value, such as a
 * metadata row's paragraph (年度目标 | <p>…</p>), and no part of a header. */
#define HEADER_PIECE_MAX_CHARS 10

/* Lines a wrapped header may take: a group line (年度目标值), the header
 * line, and a sub-header wrapped over two (计算符 / 号); beside them a
 * narrow label column's header set a character a line (一 / 级 / 指 / 标,
 * WeasyPrint) takes up to five and a line under. */
#define HEADER_MAX_LINES 6

/* The last line of a wrapped header word is a short tail: `值`, `位`, `性质`. */
#define HEADER_TAIL_MAX_CHARS 3

/* Blank lines a wrapped header's lines stand apart at most in a text dump:
 * a cell's pieces are set line under line, one wrapped beside a taller
 * cell a line off.  Farther apart, the upper line is a tall row's last
 * line over the header repeated (wkhtmltopdf's print of Calc HTML, its
 * page's centred target `推动公共体育场馆开放  按计划完成` five blank lines
 * over 一级指标 | 二级指标 | …), no piece of it. */
#define HEADER_STACK_MAX_BLANK_LINES 2

/* The mark that ends a sentence: a paragraph's, never a column name's. */
#define SENTENCE_END "。"

/* TRUE when `norm` begins a standard level-1 or level-2 label without
 * finishing it (`产出指`, `效益指`, `服务对象满`): the first line of a label
 * wrapped in the rows, which a browser's print (WeasyPrint) sets right
 * under the header's last line (`一级指` / header line / `标` / `产出指`). */
static gboolean opens_label(const char *norm)
{
    for (int level = 1; level <= 2; level++) {
        char *label = jx_taxonomy_label_headed(norm, level);
        g_free(label);
        if (label)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when a cell may be one line of a wrapped header: no data (number,
 * operator, date or taxonomy label) and short. */
static gboolean piece_judged(const char *norm, glong chars, jx_cell_kind kind, jx_role role)
{
    if (chars > HEADER_PIECE_MAX_CHARS)
        return FALSE;
    gboolean digits = strpbrk(norm, "0123456789") != NULL;
    /* `一级` reads as 1 级: a target without a digit is no data here; nor is
     * a numeral without one, `一` alone, the first line of 一级指标 wrapped a
     * character a line in a narrow column */
    gboolean data = kind != JX_CK_EMPTY && kind != JX_CK_TEXT && kind != JX_CK_UNIT &&
                    !((kind == JX_CK_TARGET || kind == JX_CK_NUMBER) && !digits);
    /* a year with no header word (`(2023` / `年度)`, the line under a title)
     * heads no column; 2023年目标值 does */
    gboolean bare_year = digits && role == JX_ROLE_NONE;
    /* the last piece of a paragraph above the header (`%。` of a wrapped
     * 年度总体目标) */
    gboolean sentence_end = strstr(norm, SENTENCE_END) != NULL;
    return !data && !bare_year && !sentence_end && !(role == JX_ROLE_NONE && opens_label(norm));
}

static gboolean may_be_header_piece(const char *norm)
{
    glong chars = g_utf8_strlen(norm, -1);
    if (chars > HEADER_PIECE_MAX_CHARS)
        return FALSE; /* before classifying: most cells of a table are long names */
    return piece_judged(norm, chars, jx_cell_classify(norm), jx_header_word_role(norm));
}

/* may_be_header_piece for a cell of the source grid, through the memo;
 * `*filled` says whether it has any text. */
static gboolean cell_is_piece(jx_facts *facts, const jx_cell *cell, gboolean *filled)
{
    if (!facts) {
        char *t = jx_norm_text(jx_cell_text(cell));
        *filled = *t != '\0';
        gboolean piece = !*t || may_be_header_piece(t);
        g_free(t);
        return piece;
    }
    jx_cell_facts *f = jx_facts_lookup(facts, jx_cell_text(cell));
    *filled = *f->norm != '\0';
    if (!*f->norm)
        return TRUE;
    if (!f->piece_known) {
        /* its kind, classified once (the text is in the memo: no other entry goes) */
        const jx_cell_facts *k = jx_facts_of(facts, jx_cell_text(cell));
        f->piece = piece_judged(k->norm, k->chars, k->kind, k->role);
        f->piece_known = TRUE;
    }
    return f->piece;
}

static char **centred_stack_texts(const jx_grid *grid, int row, int k, int *moved_to);

/* See parse.h. */
void jx_grid_row_pair(const jx_grid *grid, int r, char **key, char **value)
{
    *key = *value = NULL;
    for (int c = 0; c < jx_grid_n_cols(grid) && !*value; c++) {
        const jx_cell *cell = jx_grid_cell(grid, r, c);
        if (!cell || !*jx_cell_text(cell))
            continue;
        char *t = jx_norm_text(jx_cell_text(cell));
        if (!*key)
            *key = t;
        else
            *value = t;
    }
}

/* See parse.h.  Above a header such a row is no line of it, however short
 * its value. */
gboolean jx_header_metadata_row(const jx_grid *grid, int r)
{
    char *key, *value;
    jx_grid_row_pair(grid, r, &key, &value);
    gboolean meta = key && value && jx_meta_is_key(key) &&
                    jx_header_word_role(value) == JX_ROLE_NONE;
    g_free(key);
    g_free(value);
    return meta;
}

/* TRUE when every cell of row `r` is a short tail (HEADER_TAIL_MAX_CHARS)
 * under text of rows row..r-1 in its column: the last line of words
 * wrapped above it (`单位` under 度量, `号` under 计算符), whatever a key and
 * a value it may read as (单位 | 号). */
static gboolean tails_under(const jx_grid *grid, int row, int r)
{
    char **above = stacked_texts(grid, row, r - row);
    gboolean tails = TRUE;
    for (int c = 0; c < jx_grid_n_cols(grid) && tails; c++) {
        const jx_cell *cell = jx_grid_cell(grid, r, c);
        if (cell && *jx_cell_text(cell))
            tails = *above[c] && g_utf8_strlen(jx_cell_text(cell), -1) <= HEADER_TAIL_MAX_CHARS;
    }
    g_strfreev(above);
    return tails;
}

static gboolean is_whole_header_word(const char *norm);

/* TRUE when `cell` and `other` are one character each and, `cell` above
 * `other` when `above` (else under it), open or make a header word (`一`
 * over `级`, `指` over `标`): lines of a word set a character a line, not a
 * row header's text wrapped down the table's margin (`产` over `出`). */
static gboolean character_lines(const char *cell, const char *other, gboolean above)
{
    if (g_utf8_strlen(cell, -1) != 1 || g_utf8_strlen(other, -1) != 1)
        return FALSE;
    char *two = above ? g_strconcat(cell, other, NULL) : g_strconcat(other, cell, NULL);
    char *norm = jx_norm_text(two);
    gboolean opens = FALSE;
    for (gsize i = 0; i < jx_header_vocab_size() && !opens; i++)
        opens = g_str_has_prefix(jx_header_vocab_word(i), norm) ||
                strstr(jx_header_vocab_word(i), norm) != NULL;
    g_free(norm);
    g_free(two);
    return opens;
}

/* TRUE when the pieces of column `c` on rows `from` to `to` are one
 * character each, on every row between, and open a label column's head
 * (一 / 级 / 指 of 一级指标 set a character a line): a line of such a stack
 * is no title however far under the stack's first character it stands
 * (character_lines sees two lines only). */
static gboolean character_stack(const jx_grid *grid, int from, int to, int c)
{
    GString *joined = g_string_new(NULL);
    gboolean opens = from < to;
    for (int r = from; r <= to && opens; r++) {
        const jx_cell *cell = jx_grid_cell(grid, r, c);
        char *norm = cell ? jx_norm_text(jx_cell_text(cell)) : NULL;
        opens = norm && g_utf8_strlen(norm, -1) == 1;
        if (opens)
            g_string_append(joined, norm);
        g_free(norm);
    }
    opens = opens && jx_taxonomy_opens_label_head(joined->str, NULL);
    g_string_free(joined, TRUE);
    return opens;
}

/* TRUE when a column of rows `row` to `row` + `k` - 1 holds one character
 * on each and they join into a label column's head whole (一 / 级 / 指 / 标):
 * such a stack is the header, though its last line holds header words of
 * its own (标 | 运算符号 | 指标值 | 计量单位) that finish nothing. */
static gboolean completes_character_head(const jx_grid *grid, int row, int k)
{
    gboolean whole = FALSE;
    for (int c = 0; c < jx_grid_n_cols(grid) && !whole && k > 1; c++)
        if (character_stack(grid, row, row + k - 1, c)) {
            char **texts = stacked_texts(grid, row, k);
            jx_taxonomy_opens_label_head(texts[c], &whole);
            g_strfreev(texts);
        }
    return whole;
}

/* TRUE when the pieces of column `c` from row `row` down, within
 * HEADER_MAX_LINES, join into the header word of a row-number or label
 * column whole (序号, 一级指标: jx_taxonomy_label_heads), each a part of it
 * in turn. */
static gboolean stack_is_label_head(const jx_grid *grid, int row, int c)
{
    GString *joined = g_string_new(NULL);
    gboolean head = FALSE, open = TRUE;
    for (int r = row; r < row + HEADER_MAX_LINES && r < jx_grid_n_rows(grid) && open && !head;
         r++) {
        const jx_cell *cell = jx_grid_cell(grid, r, c);
        if (!cell || !*jx_cell_text(cell))
            continue;
        char *own;
        g_string_append(joined, jx_norm_text_view(jx_cell_text(cell), &own));
        g_free(own);
        open = jx_taxonomy_opens_label_head(joined->str, &head);
    }
    g_string_free(joined, TRUE);
    return head;
}

/* The fewest characters of a label head's opening a group line stands over
 * (一级 of 一级指标: one character alone tells nothing). */
#define GROUP_HEAD_MIN_CHARS 2

/* TRUE when `cell` is the row-head word that groups a header's label
 * columns (绩效指标, 年度绩效指标) and `below` the head of a label column, or
 * its opening wrapped (一级 of 一级指标): over an operator or value column
 * such a word is a title above the table. */
static gboolean groups_label_columns(jx_facts *facts, const jx_cell *cell, const jx_cell *below)
{
    char *top = norm_of(facts, cell), *under = norm_of(facts, below);
    gboolean group = jx_header_word_role(top) == JX_ROLE_ROWHEAD && is_whole_header_word(top) &&
                     g_utf8_strlen(under, -1) >= GROUP_HEAD_MIN_CHARS &&
                     jx_taxonomy_opens_label_head(under, NULL);
    g_free(top);
    g_free(under);
    return group;
}

/* is_whole_header_word for a text not yet normalized. */
static gboolean whole_word_text(const char *text)
{
    char *own;
    gboolean whole = is_whole_header_word(jx_norm_text_view(text, &own));
    g_free(own);
    return whole;
}

/* TRUE when the cell at (`r`, `c`) holds more than one character. */
static gboolean wider_than_character(const jx_grid *grid, int r, int c)
{
    const jx_cell *cell = jx_grid_cell(grid, r, c);
    return cell && g_utf8_strlen(jx_cell_text(cell), -1) > 1;
}

/* TRUE when the cell at (`r`, `c`) is the first part of a header word that
 * the cell at (`fullest`, `c`) under it finishes (`序` over `号`: a 序号
 * centred over two header lines wraps), no header word alone, and they are
 * the column's only pieces from the line above the stack's first `top`
 * down: one of a label stacked a character a line (一 / 级 / 指 / 标) is no
 * such part. */
static gboolean wraps_into_word(const jx_grid *grid, int top, int r, int fullest, int c,
                                jx_facts *facts)
{
    /* the line above unseen: the column may be such a stack — unless its
     * piece holds more than the one character a line of one does (`一级指`
     * over `标`: a narrow column's header wrapped at the grid's top) */
    if (top == 0 && !wider_than_character(grid, r, c))
        return FALSE;
    for (int k = MAX(top - 1, 0); k <= fullest; k++) {
        const jx_cell *other = jx_grid_cell(grid, k, c);
        if (k != r && k != fullest && other && *jx_cell_text(other))
            return FALSE;
    }
    const jx_cell *upper = jx_grid_cell(grid, r, c);
    const jx_cell *lower = jx_grid_cell_covering(grid, fullest, c);
    char *top_text = norm_of(facts, upper), *rest = norm_of(facts, lower);
    char *joined = g_strconcat(top_text, rest, NULL);
    gboolean wraps = jx_header_word_role(top_text) == JX_ROLE_NONE &&
                     jx_header_word_role(rest) == JX_ROLE_NONE &&
                     is_whole_header_word(joined);
    g_free(top_text);
    g_free(rest);
    g_free(joined);
    return wraps;
}

/* TRUE when line `r` of a stack begun at row `row` only finishes words of
 * the lines above it: short tails, no column of their own, and none under
 * a word already whole (`产` of the first row's label under 一级指标 set a
 * character a line). */
static gboolean line_finishes_words(const jx_grid *grid, int row, int r)
{
    gboolean finishes = TRUE;
    char **above = stacked_texts(grid, row, r - row);
    for (int c = 0; c < jx_grid_n_cols(grid); c++) {
        const jx_cell *cell = jx_grid_cell(grid, r, c);
        if (cell && *jx_cell_text(cell) &&
            (!*above[c] || g_utf8_strlen(jx_cell_text(cell), -1) > HEADER_TAIL_MAX_CHARS ||
             whole_word_text(above[c])))
            finishes = FALSE;
    }
    g_strfreev(above);
    return finishes;
}

/* TRUE when rows `upper` and `lower` of a text dump stand on one page more
 * than HEADER_STACK_MAX_BLANK_LINES blank lines apart. */
static gboolean lines_far_apart(const jx_grid *grid, int upper, int lower)
{
    int a = jx_grid_row_line(grid, upper), b = jx_grid_row_line(grid, lower);
    return a > 0 && b > 0 && jx_grid_row_page(grid, upper) == jx_grid_row_page(grid, lower) &&
           b - a - 1 > HEADER_STACK_MAX_BLANK_LINES;
}

/* A wrapped header: rows holding only short pieces and no data (no numbers,
 * operators, dates) whose column-wise join reads as a header.  Returns how
 * many rows (0: none) and sets `*named` to the columns the join names. */
static int stacked_header_rows(const jx_grid *grid, int row, int *named, jx_facts *facts)
{
    int n_cols = jx_grid_n_cols(grid), best = 0, best_words = 0;
    *named = 0;
    for (int k = 2; k <= HEADER_MAX_LINES && row + k <= jx_grid_n_rows(grid); k++) {
        if (lines_far_apart(grid, row + k - 2, row + k - 1))
            return best;
        /* every line of the stack, the first included, qualifies (a data row
         * or a metadata row followed by a header row must not read as one
         * wrapped header) */
        int fullest = row, most = -1;
        gboolean by_characters = FALSE; /* a line let in by character_lines */
        for (int r = row; r < row + k; r++) {
            int filled = 0;
            for (int c = 0; c < n_cols; c++) {
                const jx_cell *cell = jx_grid_cell(grid, r, c);
                if (!cell)
                    continue;
                gboolean has_text;
                if (!cell_is_piece(facts, cell, &has_text))
                    return best;
                filled += has_text;
            }
            if (filled > most) {
                most = filled;
                fullest = r;
            }
        }
        /* a line of one cell belongs to the header when it fills a column the
         * fullest line leaves empty (a header cell centred over two lines:
         * `半年（程）指标` above the header line, `值` below it); over a filled
         * column it is a title or a `(2023年度)` line above the header */
        for (int r = row; r < row + k; r++) {
            if (r == fullest)
                continue;
            int filled = 0, over_filled = 0;
            gboolean item = FALSE, caption = FALSE;
            for (int c = 0; c < n_cols; c++) {
                const jx_cell *cell = jx_grid_cell(grid, r, c);
                if (!cell || !*jx_cell_text(cell))
                    continue;
                const jx_cell *below = jx_grid_cell_covering(grid, fullest, c);
                filled++;
                /* one character over or under one character is no title
                 * but a line of a header word set a character a line (`一`
                 * over `级 二级指`), when the two begin or hold one — on the
                 * grid's first line, the line above unseen, only when the
                 * column's stack is a whole row-number or label head (the
                 * header's first lines may have ended the page before:
                 * `指` over `标` of 一/级/指/标 makes a word of its own) */
                gboolean lines = below && *jx_cell_text(below) &&
                                 (row > 0 || r > row || stack_is_label_head(grid, row, c)) &&
                                 (character_lines(jx_cell_text(cell), jx_cell_text(below),
                                                  r < fullest) ||
                                  character_stack(grid, MIN(r, fullest), MAX(r, fullest), c));
                /* nor a piece over the piece finishing its header word */
                gboolean wraps = below && *jx_cell_text(below) && r < fullest &&
                                 wraps_into_word(grid, row, r, fullest, c, facts);
                /* nor the group line over the label columns (绩效指标 over
                 * 一级 | 二级指标 | 三级指标), which a borderless table gives
                 * one column of */
                gboolean group = below && *jx_cell_text(below) && r == row && r < fullest &&
                                 groups_label_columns(facts, cell, below);
                by_characters |= lines;
                over_filled += below && *jx_cell_text(below) && !lines && !wraps && !group;
                char *own;
                const char *norm = jx_norm_text_view(jx_cell_text(cell), &own);
                item = jx_funds_names_item(norm);
                caption |= jx_header_is_unit_caption(norm);
                g_free(own);
            }
            if (filled < 2 && over_filled)
                return best;
            /* nor when it names a funds item: the last row of a funds block
             * above the header, its figures left empty (`其他资金` over `预期目标
             * 实际完成情况` in a text browser's dump) */
            if (filled == 1 && item)
                return best;
            /* nor a unit caption alone (`金额单位：万元` right above the
             * header, over the column its last 单位 heads a line lower) */
            if (filled == 1 && caption)
                return best;
            if (jx_header_metadata_row(grid, r) && !(r > row && tails_under(grid, row, r)))
                return best;
        }
        /* the lines the stack adds to the best so far only finish words of
         * the lines above (`值` under `全年(程)指标`): short tails, no column
         * of their own — every one of them, not the last alone (`产` / `出`
         * of the first row's label under 一级指标 set a character a line:
         * `出` under 一级指标产 finishes no whole word, yet the stack took
         * the first row's lines) */
        gboolean finishes = TRUE;
        for (int r = row + MAX(best, 1); r < row + k && finishes; r++)
            finishes = line_finishes_words(grid, row, r);
        char **texts = centred_stack_texts(grid, row, k, NULL);
        int words = 0, filled = 0;
        unsigned roles = 0; /* the roles the words name, as bits */
        for (int c = 0; c < n_cols; c++)
            if (*texts[c]) {
                jx_role role = jx_header_word_role(texts[c]);
                filled++;
                words += role != JX_ROLE_NONE;
                roles |= role != JX_ROLE_NONE ? 1u << role : 0;
            }
        g_strfreev(texts);
        /* read through lines of a character each, words that all name one
         * role (`指` / `标` beside `指标`: the rests of two labels wrapped in
         * the rows) make no header */
        if (by_characters && words >= 2 && (roles & (roles - 1)) == 0)
            words = 0;
        /* the stack that names the most columns: `指标` over `性质` is one
         * cell, 指标性质, not the name column; of two that name as many, the
         * taller when its last line only finishes words */
        if (words >= 2 && words >= HEADER_WORD_SHARE * filled &&
            (words > best_words || (best && words == best_words && finishes))) {
            best = k;
            best_words = words;
            *named = words;
        }
    }
    return best;
}

/* What a piece of a lower header line must be, given the upper cell it
 * stands under and the role their join names (never none). */
typedef gboolean (*finishing_test)(const char *piece, const char *upper, jx_role joined);

/* How many cells rows row+1..row+k-1 hold, each under a cell of row `row`
 * and joining it into a header word as `test` wants; -1 when one does not.
 * Texts normalized. */
static int cells_finishing(const jx_grid *grid, int row, int k, finishing_test test,
                           jx_facts *facts)
{
    char **texts = stacked_texts(grid, row, k);
    int count = 0;
    for (int r = row + 1; r < row + k && count >= 0; r++)
        for (int c = 0; c < jx_grid_n_cols(grid) && count >= 0; c++) {
            const jx_cell *cell = jx_grid_cell(grid, r, c);
            if (!cell || !*jx_cell_text(cell))
                continue;
            const jx_cell *above = jx_grid_cell(grid, row, c);
            jx_role joined = jx_header_word_role(texts[c]);
            if (!above || !*jx_cell_text(above) || joined == JX_ROLE_NONE) {
                count = -1;
                break;
            }
            char *piece = norm_of(facts, cell);
            char *upper = norm_of(facts, above);
            count = test(piece, upper, joined) ? count + 1 : -1;
            g_free(piece);
            g_free(upper);
        }
    g_strfreev(texts);
    return count;
}

/* TRUE when `norm` is a word of the header vocabulary as it stands (目标值,
 * 三级指标), not a text that only holds one (偏差原因分析及, cut short by a
 * wrap). */
static gboolean is_whole_header_word(const char *norm)
{
    gssize i = jx_header_vocab_find(norm);
    return i >= 0 && strcmp(header_words[i].word, norm) == 0;
}

/* TRUE when `upper` is a header word cut short by a wrap, which its role
 * word names already (偏差原因分析及 over 改进措施), and `piece` under it, no
 * data, is the rest of it. */
static gboolean finishes_cut_word(const char *piece, const char *upper)
{
    return !is_whole_header_word(upper) && may_be_header_piece(piece) &&
           !strpbrk(piece, "0123456789");
}

/* The join names another role than the upper piece alone: `指标` / `性质`,
 * `度量` / `单位` — not 目标值 over a value (逐步扩大) that still reads 目标值;
 * or the piece finishes a cut word (finishes_cut_word). */
static gboolean finishes_word(const char *piece, const char *upper, jx_role joined)
{
    return joined != jx_header_word_role(upper) || finishes_cut_word(piece, upper);
}

/* A short tail (`值`, `位`, `性质`), no data; or the rest of a cut word. */
static gboolean is_tail(const char *piece, const char *upper, jx_role joined)
{
    (void)joined;
    return (g_utf8_strlen(piece, -1) <= HEADER_TAIL_MAX_CHARS && may_be_header_piece(piece)) ||
           finishes_cut_word(piece, upper);
}

/* TRUE when the rows below `row` in a stack of `k` have text only under
 * text of `row` itself, and each such column joins into a header word of
 * another role than the upper piece alone: they finish its words, and are
 * neither a second header line of their own (计算符号 | 指标值 under a 半年
 * group) nor a row of short values under a repeated header. */
static gboolean only_finishes_words(const jx_grid *grid, int row, int k, jx_facts *facts)
{
    return cells_finishing(grid, row, k, finishes_word, facts) >= 0;
}

/* TRUE when the row below header row `row` holds nothing but short tails
 * (`值` under `全年(程)指标`), each under a header cell and finishing it into a
 * header word: the header's own last line, though the word named its role
 * already. */
static gboolean only_tails_below(const jx_grid *grid, int row, jx_facts *facts)
{
    return row + 1 < jx_grid_n_rows(grid) && cells_finishing(grid, row, 2, is_tail, facts) > 0;
}

/* How many columns of row `row` alone a header word names. */
static int named_columns(const jx_grid *grid, int row)
{
    char **texts = stacked_texts(grid, row, 1);
    int words = 0;
    for (int c = 0; texts[c]; c++)
        words += *texts[c] && jx_header_word_role(texts[c]) != JX_ROLE_NONE;
    g_strfreev(texts);
    return words;
}

/* Columns the lower row of a two-row header printed borderless names that
 * its first line does not (一级指标 | 二级指标 | 具体指标 under 绩效指标): more
 * than the pieces of one wrapped label column left under the first line. */
#define LOWER_ROW_MIN_NAMED 2

/* TRUE when row `row` opens no header line of its own (the header's stack
 * ends above it): no header word and no stack of pieces. */
static gboolean ends_header(const jx_grid *grid, int row, jx_facts *facts)
{
    int named;
    return row >= jx_grid_n_rows(grid) ||
           (!is_header_row(grid, row, 1, facts) && !stacked_header_rows(grid, row, &named, facts));
}

/* TRUE when the lines rows row..row+k-1 set in column `col` are the pieces
 * of one wrapped label (`一级指` / `标`), or one line: a line that is a
 * whole column name by itself beside another piece (`指标值` / `位`,
 * `度量单` / `指标解释`) shows a one-row header wrapped out of its columns,
 * each line's pieces belonging to a name beside it, not one label below. */
static gboolean column_holds_one_label(const jx_grid *grid, int row, int k, int col)
{
    int lines = 0;
    gboolean word_alone = FALSE;
    for (int r = row; r < row + k && r < jx_grid_n_rows(grid); r++) {
        const jx_cell *cell = jx_grid_cell(grid, r, col);
        if (!cell || !*jx_cell_text(cell))
            continue;
        char *norm = jx_norm_text(jx_cell_text(cell));
        word_alone |= jx_header_word_role(norm) != JX_ROLE_NONE;
        g_free(norm);
        lines++;
    }
    return lines <= 1 || !word_alone;
}

/* TRUE when the columns stack rows row..row+k-1 fill below an empty top
 * cell each name a column of their own, no two alike (一级指标 | 二级指标 |
 * 具体指标): the tails of labels begun above the stack (`指` / `标` under
 * `一` / `级` lines) read as one word each time. */
static gboolean lower_columns_named_apart(const jx_grid *grid, int row, int k)
{
    char **top = stacked_texts(grid, row, 1), **all = stacked_texts(grid, row, k);
    G_STATIC_ASSERT(JX_ROLE_COUNT <= 32); /* a role a bit of `seen` */
    unsigned seen = 0; /* roles named, as bits */
    gboolean apart = TRUE;
    for (int c = 0; top[c] && all[c] && apart; c++) {
        if (*top[c] || !*all[c])
            continue;
        jx_role role = jx_header_word_role(all[c]);
        apart = role != JX_ROLE_NONE && !(seen & (1u << role)) &&
                column_holds_one_label(grid, row + 1, k - 1, c);
        seen |= 1u << role;
    }
    g_strfreev(top);
    g_strfreev(all);
    return apart;
}

/* TRUE when rows row+1..row+k-1 set nothing under a whole header word of
 * row `row`: the lines below fill the columns the first line leaves empty
 * or finish its pieces (`序` over `号`).  A two-row header printed
 * borderless gives that stack: the cells spanning both rows (年度指标值,
 * 指标解释) on the top line, the lower row's (二级指标, 具体指标) on the
 * bottom one, the group cell over them (绩效指标) a line above the grid;
 * its lower columns named apart (lower_columns_named_apart). */
static gboolean adds_under_no_word(const jx_grid *grid, int row, int k)
{
    char **top = stacked_texts(grid, row, 1);
    gboolean none = TRUE;
    for (int c = 0; top[c] && none; c++) {
        if (!*top[c] || jx_header_word_role(top[c]) == JX_ROLE_NONE)
            continue;
        for (int r = row + 1; r < row + k && none; r++) {
            const jx_cell *cell = jx_grid_cell(grid, r, c);
            none = !cell || !*jx_cell_text(cell);
        }
    }
    g_strfreev(top);
    return none && lower_columns_named_apart(grid, row, k);
}

/* Copies row `row` of `grid` as row `to` of `view`: the cells that start
 * there, with their column spans (a heading over several columns is one
 * heading); a row span ends at the copy. */
static void copy_row(const jx_grid *grid, int row, jx_grid *view, int to)
{
    jx_grid_set_row_origin(view, to, jx_grid_row_line(grid, row), jx_grid_row_page(grid, row));
    for (int c = 0; c < jx_grid_n_cols(grid); c++) {
        const jx_cell *cell = jx_grid_cell(grid, row, c);
        if (cell)
            jx_grid_add_cell(view, to, c, 1, jx_cell_colspan(cell), jx_cell_text(cell));
    }
}

/* TRUE when `piece` closes a bracket `upper` left open: the rest of a
 * wrapped unit (`预算金额(万` / `元)`), which belongs to the cell above even
 * though the cell named its column before it. */
static gboolean closes_bracket(const char *upper, const char *piece)
{
    int open = 0;
    for (const char *p = upper; *p; p++)
        open += *p == '(' ? 1 : *p == ')' ? -1 : 0;
    return open > 0 && strchr(piece, ')') != NULL;
}

/* The row of `view` a piece in column `col` below it continues: the lowest
 * that has text there (`预算金额（万` on the line above `序号 | 项目分类`, its
 * `元）` on the line below), the last when none has. */
static int row_continued(const jx_grid *view, int col)
{
    for (int r = jx_grid_n_rows(view) - 1; r >= 0; r--) {
        char *t = cell_norm(view, r, col);
        gboolean filled = *t != '\0';
        g_free(t);
        if (filled)
            return r;
    }
    return jx_grid_n_rows(view) - 1;
}

/* Characters no header text ends on: a cell ending so was cut by a wrap
 * (`偏差原因分析及` over `改进措施`), however its first words name it. */
static const char *const unfinished_endings[] = {"及", "和", "与", "或", "、", "的"};

static gboolean ends_unfinished(const char *norm)
{
    for (gsize i = 0; i < G_N_ELEMENTS(unfinished_endings); i++)
        if (g_str_has_suffix(norm, unfinished_endings[i]))
            return TRUE;
    return FALSE;
}

/* TRUE when a header word is made across the seam of `above` and `piece`:
 * in their join, in neither alone (实际完 / 成值 → 实际完成值, 年度指标 / 值 →
 * 指标值, 全年预算 / 数 → 全年预算数).  The word that names the join, or
 * another word contained in it that names the same column — its role, or
 * its half-year twin under a half-year word: 半年（程）指标 / 值 makes 指标值
 * though the join is named by 半年, which the upper piece holds already (三级
 * 指标 / 值 makes 指标值 too, but a value is no name: that 值 belongs to the
 * column beside it). */
static gboolean word_across_seam(const char *above, const char *piece, const char *joined)
{
    gssize named = jx_header_vocab_find(joined);
    if (named < 0)
        return FALSE;
    jx_role role = header_words[named].role;
    for (gsize i = 0; i < G_N_ELEMENTS(header_words); i++) {
        const header_word *w = &header_words[i];
        gboolean same_column =
            (gssize)i == named || (w->match == MATCH_CONTAINS &&
                                   (w->role == role || halve(w->role) == role));
        if (same_column && strstr(joined, w->word) && !strstr(above, w->word) &&
            !strstr(piece, w->word))
            return TRUE;
    }
    return FALSE;
}

/* Long header texts a narrow column wraps over several lines, each piece
 * of which the dump may set a column or two off (`偏差原因分` / `析及改进措` /
 * `施`, `偏差原因分析` / `及` / `改进措施` under the weights' column). */
static const char *const wrapped_header_phrases[] = {"偏差原因分析及改进措施"};

/* Columns either side of its own a piece of a wrapped phrase may stand. */
#define PHRASE_PIECE_REACH 2

/* TRUE when `above` and `piece` are consecutive parts of a wrapped header
 * phrase: their join begins one, `above` alone a shorter part of it. */
static gboolean continues_phrase(const char *above, const char *joined)
{
    for (gsize i = 0; i < G_N_ELEMENTS(wrapped_header_phrases); i++)
        if (*above && g_str_has_prefix(wrapped_header_phrases[i], joined))
            return TRUE;
    return FALSE;
}

/* The column within PHRASE_PIECE_REACH of `c` (nearest first, right before
 * left) whose cell `piece` goes on as a wrapped phrase (continues_phrase),
 * not taken by another piece; -1 when none.  Sets `*joined` (owned). */
static int phrase_column(const jx_grid *view, char **folded, int n_cols, int c, const char *piece,
                         char **joined)
{
    for (int d = 0; d <= PHRASE_PIECE_REACH; d++)
        for (int side = 1; side >= (d ? -1 : 1); side -= 2) {
            int t = c + side * d;
            if (t < 0 || t >= n_cols || folded[t])
                continue;
            char *above = cell_norm(view, row_continued(view, t), t);
            char *join = jx_norm_join(above, piece);
            gboolean fits = continues_phrase(above, join);
            g_free(above);
            if (fits) {
                *joined = join;
                return t;
            }
            g_free(join);
        }
    return -1;
}

/* How a piece of a lower header line finishes the header cell `above`
 * (its join `joined`): FINISH_OWN for the cell above it (it names the
 * column, and a cell that named it already was cut inside a word, left a
 * bracket open or ends unfinished), FINISH_NEIGHBOUR for a cell one column
 * aside (a narrow column's wrapped pieces stand off their cell in a layout
 * dump: `值` under 三级指标 finishes 年度指标 into 指标值, `成值` under 年度指标
 * finishes 实际完), NONE when it does not. */
typedef enum { FINISH_NONE, FINISH_NEIGHBOUR, FINISH_OWN } finish_fit;

static finish_fit piece_finishes(const char *above, const char *piece, const char *joined,
                                 gboolean own)
{
    jx_role was = jx_header_word_role(above), now = jx_header_word_role(joined);
    if (!*above || now == JX_ROLE_NONE)
        return FINISH_NONE;
    /* a cell that already names its column is finished, unless the piece
     * completes a word cut at the line's end (全年（程）指 / 标值) or a bracket
     * left open (预算金额（万 / 元）); a piece ending unfinished goes on
     * below (偏差原因分析 / 及 / 改进措施) */
    gboolean cut = closes_bracket(above, piece) || ends_unfinished(above) || ends_unfinished(piece);
    if (own && (was == JX_ROLE_NONE ||
                (was == now && (cut || jx_norm_seam_inside_word(above, piece)))))
        return FINISH_OWN;
    /* a piece that names a column by itself heads its own column: beside
     * an unfinished cell (`二级` / `指标内容`, the middle line of a header
     * wrapped over three) it makes another column's word only by accident */
    jx_role alone = jx_header_word_role(piece);
    if (!own && alone != JX_ROLE_NONE && alone != now)
        return FINISH_NONE;
    /* the piece makes a header word with the cell only across the seam, or
     * goes on with a cell cut short (偏差原因分析及 / 改进措施) */
    if (word_across_seam(above, piece, joined) || (was == now && cut))
        return own ? FINISH_OWN : FINISH_NEIGHBOUR;
    return FINISH_NONE;
}

/* TRUE when column `col` holds the header's leftmost text: the caption
 * of the rows below, not a column's name. */
static gboolean heads_rows(const jx_grid *view, int col)
{
    for (int c = 0; c < col; c++)
        for (int r = 0; r < jx_grid_n_rows(view); r++)
            if (jx_grid_cell_covering(view, r, c))
                return FALSE;
    return TRUE;
}

/* TRUE when no row of `view` has text in column c. */
static gboolean column_unnamed(const jx_grid *view, int c)
{
    for (int r = 0; r < jx_grid_n_rows(view); r++) {
        const jx_cell *cell = jx_grid_cell(view, r, c);
        if (!cell)
            cell = jx_grid_cell_covering(view, r, c);
        if (cell && *cell->text)
            return FALSE;
    }
    return TRUE;
}

/* Row `row` of `grid` as the header `view` would read with a wrapped header
 * cell's last pieces folded in (`度量单` / `位`, `全年（程）指` / `标值`): TRUE,
 * and the folded texts in `folded` (n_cols, owned; NULL where the row has no
 * piece) with the view row each continues in `at`, when every piece is
 * short, holds no data, and finishes the header cell above it (the lowest
 * with text in its column) or, failing that, the one of a column beside it
 * (see piece_finishes); two pieces never finish one cell. */
static gboolean finishes_header(const jx_grid *grid, int row, const jx_grid *view, char **folded,
                                int *at, jx_facts *facts)
{
    int n_cols = jx_grid_n_cols(grid);
    gboolean any = FALSE;
    for (int c = 0; c < n_cols; c++) {
        const jx_cell *cell = jx_grid_cell(grid, row, c);
        char *piece = norm_of(facts, cell);
        if (!*piece) {
            g_free(piece);
            continue;
        }
        /* a piece of a wrapped phrase goes on with it where it stands */
        char *phrase = NULL;
        int goes_on = may_be_header_piece(piece)
                          ? phrase_column(view, folded, n_cols, c, piece, &phrase)
                          : -1;
        gboolean fits = goes_on >= 0;
        if (fits) {
            folded[goes_on] = phrase;
            at[goes_on] = row_continued(view, goes_on);
        }
        /* a header word alone under a column the lines above leave empty
         * names that column: a one-line header cell set on the lower line
         * of a two-line header (`指标性` / `质`, `备注` beside 质 only) */
        if (!fits && c > 0 && column_unnamed(view, c) &&
            jx_header_word_role(piece) != JX_ROLE_NONE) {
            folded[c] = g_strdup(piece);
            at[c] = 0;
            fits = TRUE;
        }
        /* its own column first, then the next one right (a piece wraps at
         * its cell's left edge), then left */
        static const int offsets[] = {0, 1, -1};
        gboolean caption = FALSE;
        for (gsize o = 0; o < G_N_ELEMENTS(offsets) && !fits && may_be_header_piece(piece); o++) {
            int t = c + offsets[o];
            if (t < 0 || t >= n_cols || folded[t])
                continue;
            int t_at = row_continued(view, t);
            char *above = cell_norm(view, t_at, t);
            char *joined = jx_norm_join(above, piece);
            finish_fit fit = piece_finishes(above, piece, joined, offsets[o] == 0);
            /* the rows' caption (`年度` / `预算` / `情况` left of a funds
             * block's columns) names no column, whole or cut: it goes on in
             * its own, but finishes no column's word */
            caption = fit == FINISH_NONE && offsets[o] == 0 && *above && heads_rows(view, c) &&
                      jx_header_word_role(above) == JX_ROLE_NONE &&
                      jx_header_word_role(joined) == JX_ROLE_NONE;
            fits = fit != FINISH_NONE || caption;
            g_free(above);
            if (fits) {
                folded[t] = joined;
                at[t] = t_at;
            } else {
                g_free(joined);
            }
        }
        g_free(piece);
        if (!fits)
            return FALSE;
        any |= !caption;
    }
    return any;
}

/* Sets the cells of `view` that `folded` gives (column c at row at[c]) to
 * their folded texts, keeping their spans. */
static void replace_folded(jx_grid *view, char **folded, const int *at)
{
    for (int c = 0; c < jx_grid_n_cols(view); c++) {
        if (!folded[c])
            continue;
        const jx_cell *cell = jx_grid_cell(view, at[c], c);
        if (cell) {
            jx_grid_set_cell_text(view, (jx_cell *)cell, folded[c]);
        } else if (!jx_grid_cell_covering(view, at[c], c)) {
            jx_grid_add_cell(view, at[c], c, 1, 1, folded[c]);
        }
    }
}

/* The header's text per column (`n_cols` entries, "" where none): its rows
 * joined top to bottom, so a budget table's 预算金额(万元) keeps its unit and
 * 实际到位资金 its qualifier. */
static char **column_texts(const jx_grid *view, int n_cols)
{
    return joined_texts(view, 0, jx_grid_n_rows(view), n_cols);
}

/* TRUE when a budget column of the header (roles, texts) is more than a unit
 * caption the header begins at (金额单位：万元 over a form): the caption's 金额
 * alone names no money column, and read as one it made a form's metadata block
 * (项目名称, 主管部门, its funds row 年度资金总额 | 332 …) a budget table. */
static gboolean names_money_column(const jx_role *roles, char *const *texts, int n)
{
    for (int c = 0; c < n; c++)
        if (roles[c] == JX_ROLE_BUDGET && !(texts && jx_header_is_unit_caption(texts[c])))
            return TRUE;
    return FALSE;
}

/* A report's plan/actual table (计划数量 | 完成数量, 计划情况 | 完成情况) is
 * read like a budget table: planned and achieved side by side, with a 合计
 * to add up.  Its columns are told by these words in the header text; the
 * roles stay as they are, so no target table changes kind. */
static const char *const plan_words[] = {"计划数", "计划情况"};
static const char *const actual_words[] = {"完成数", "完成情况"};

static gboolean plans_and_actuals(char *const *texts, int n)
{
    int plan = -1, actual = -1;
    for (int c = 0; c < n; c++) {
        for (gsize w = 0; w < G_N_ELEMENTS(actual_words); w++)
            if (actual < 0 && strstr(texts[c], actual_words[w]))
                actual = c;
        for (gsize w = 0; w < G_N_ELEMENTS(plan_words); w++)
            if (plan < 0 && c != actual && strstr(texts[c], plan_words[w]))
                plan = c;
    }
    return plan >= 0 && actual >= 0;
}

/* The roles of the words names_figures looks for. */
static gboolean role_names_figures(jx_role r)
{
    return r == JX_ROLE_WEIGHT || r == JX_ROLE_SCORE || r == JX_ROLE_RATE;
}

/* Words that head the row of a transposed summary table (分值, 得分,
 * 得分率 on the rows, the level-1 groups on the columns). */
static gboolean names_figures(const char *norm)
{
    return role_names_figures(jx_header_word_role(norm));
}

/* The header-word role of the cell covering (row, col) (see
 * cell_header_role): asked of the row below every row a table is read from
 * (transposed_header). */
static jx_role covering_role(const jx_grid *grid, int row, int col, jx_facts *facts)
{
    gboolean filled;
    return cell_header_role(jx_grid_cell_covering(grid, row, col), facts, &filled);
}

/* At least this many level-1 groups make a row the columns of a transposed
 * summary: one could be a data row's label. */
#define TRANSPOSED_MIN_GROUPS 2

/*
 * A transposed summary (`指标 | 决策 | 过程 | 产出 | 效益 | 合计` over the rows
 * `分值 | 20 | 20 | 30 | 30 | 100` and `得分 | …`): the header row names the
 * level-1 groups, every other cell being a summary word (合计, 得分合计), and
 * the row below starts with 分值, 得分 or 得分率.  Returns a header with the
 * flag `transposed`, or NULL.
 */
static jx_header *transposed_header(const jx_grid *grid, int row, jx_facts *facts)
{
    int n_cols = jx_grid_n_cols(grid);
    if (row + 1 >= jx_grid_n_rows(grid) || n_cols < 1 + TRANSPOSED_MIN_GROUPS)
        return NULL;
    if (!role_names_figures(covering_role(grid, row + 1, 0, facts)))
        return NULL;
    int groups = 0;
    gboolean others = FALSE;
    for (int c = 1; c < n_cols; c++) {
        char *t = cell_norm(grid, row, c);
        if (jx_taxonomy_level1(t))
            groups++;
        else if (*t && !jx_score_is_summary(t) && !names_figures(t))
            others = TRUE;
        g_free(t);
    }
    if (groups < TRANSPOSED_MIN_GROUPS || others)
        return NULL;
    jx_header *h = g_new0(jx_header, 1);
    h->n_cols = n_cols;
    h->roles = g_new0(jx_role, n_cols);
    h->texts = g_new0(char *, n_cols + 1);
    for (int c = 0; c < n_cols; c++) {
        h->texts[c] = cell_norm(grid, row, c);
        h->roles[c] = c == 0 ? JX_ROLE_NAME : JX_ROLE_OTHER;
    }
    h->n_rows = 1;
    h->kind = JX_TABLE_SCORE;
    h->transposed = TRUE;
    h->signature = row_signature(grid, row, facts);
    h->named_signature = g_strdup(h->signature);
    return h;
}

/* Of the `n` lines from `row` of a header no single line of which reads as
 * one (wrapped over lines), the one naming most columns: a second mark of
 * the header when it repeats (see jx_header_repeats). */
static int signature_row(const jx_grid *grid, int row, int n)
{
    int best = row, most = named_columns(grid, row);
    for (int r = row + 1; r < row + n; r++) {
        int named = named_columns(grid, r);
        if (named > most) {
            most = named;
            best = r;
        }
    }
    return best;
}

/* The text of grid cell (row, col) normalized, "" for none or a cell
 * spanning in from elsewhere. */
static char *own_cell_norm(const jx_grid *grid, int row, int col)
{
    const jx_cell *cell = jx_grid_cell(grid, row, col);
    return cell ? jx_norm_text(jx_cell_text(cell)) : g_strdup("");
}

/* A header centred vertically over three lines sets a two-line label on the
 * lines above and below the middle one (`实际完成` / `值`) and one-line labels
 * on the middle line (`分值 得分`), which pdftotext -layout sets tight after
 * the words left of them: the run of them from the two-line label's column
 * on stands a column left of the columns it heads.  Returns the first
 * column of that run and sets `*last` to its last, when the two lines make
 * a header word only together (see word_across_seam) and every piece is a
 * word with no figure, and a column right of the run is empty on all three
 * lines (where the data stand); -1 when the stack is not such.  `*room` is
 * that column: right after the run, or past the two-line labels the dump set
 * a column left with it (`偏差原因分析及改` / `进措施` over the scores). */
static int centred_middle_run(const jx_grid *grid, int row, int k, int *last, int *room)
{
    int n_cols = jx_grid_n_cols(grid);
    if (k != 3)
        return -1;
    for (int first = 0; first + 1 < n_cols; first++) {
        char *top = own_cell_norm(grid, row, first), *mid = own_cell_norm(grid, row + 1, first);
        char *bottom = own_cell_norm(grid, row + 2, first);
        char *two = jx_norm_join(top, bottom);
        gboolean split = *top && *mid && *bottom && !strpbrk(mid, "0123456789") &&
                         jx_header_word_role(mid) != JX_ROLE_NONE &&
                         word_across_seam(top, bottom, two);
        g_free(top);
        g_free(mid);
        g_free(bottom);
        g_free(two);
        if (!split)
            continue;
        int end = first;
        for (;;) {
            char *next = own_cell_norm(grid, row + 1, end + 1);
            gboolean word = *next && !strpbrk(next, "0123456789") &&
                            jx_header_word_role(next) != JX_ROLE_NONE;
            g_free(next);
            if (!word)
                break;
            end++;
        }
        if (end + 1 >= n_cols)
            continue;
        int gap = end + 1;
        for (gboolean empty = FALSE; gap < n_cols && !empty; gap += !empty) {
            empty = TRUE;
            for (int r = row; r < row + k && empty; r++)
                empty = !jx_grid_cell_covering(grid, r, gap);
        }
        /* labels set off with the run are the header's last, two-line ones
         * (no middle line's word right of the run), and an empty column
         * past them ends the header: a column further right with a label
         * of its own heads data of its own */
        gboolean ends = gap < n_cols;
        for (int c = end + 1; c < n_cols && ends; c++)
            for (int r = row; r < row + k && ends; r++)
                ends = (c <= gap && r != row + 1) || !jx_grid_cell_covering(grid, r, c);
        if (gap > end + 1 && !ends)
            continue;
        *last = end;
        *room = gap;
        return first;
    }
    return -1;
}

/* The stack's texts column by column, each lower line's pieces folded
 * into the cell they go on (see finishes_header): a piece of a wrapped
 * phrase into that phrase's cell within reach, a piece making a header
 * word only with the cell beside its own into that one, any other into
 * its own column as stacked_texts joins it. */
static char **folded_stack_texts(const jx_grid *grid, int row, int k, int *moved_to)
{
    int n_cols = jx_grid_n_cols(grid);
    char **texts = g_new0(char *, n_cols + 1);
    for (int c = 0; c < n_cols; c++)
        texts[c] = own_cell_norm(grid, row, c);
    jx_grid *view = jx_grid_new();
    char **taken = g_new0(char *, n_cols + 1); /* this line's folds, by column */
    for (int r = row + 1; r < row + k; r++) {
        /* the texts so far as one view row, for phrase_column */
        for (int c = 0; c < n_cols; c++)
            if (*texts[c])
                jx_grid_add_cell(view, r - row - 1, c, 1, 1, texts[c]);
        for (int c = 0; c < n_cols; c++) {
            char *piece = own_cell_norm(grid, r, c);
            if (!*piece || !may_be_header_piece(piece)) {
                if (*piece)
                    taken[c] = jx_norm_join(taken[c] ? taken[c] : texts[c], piece);
                g_free(piece);
                continue;
            }
            char *joined = NULL;
            int t = phrase_column(view, taken, n_cols, c, piece, &joined);
            char *own = jx_norm_join(texts[c], piece);
            /* a column a piece from the left took already (`值` under 三级指标
             * into 年度指标) leaves its own piece to the next one (`成值`
             * under 年度指标 into 实际完), as finishes_header reads it */
            if (t < 0 && (taken[c] || piece_finishes(texts[c], piece, own, TRUE) == FINISH_NONE))
                for (int d = 1; d >= -1 && t < 0; d -= 2) {
                    int to = c + d;
                    if (to < 0 || to >= n_cols || taken[to])
                        continue;
                    char *join = jx_norm_join(texts[to], piece);
                    if (piece_finishes(texts[to], piece, join, FALSE) == FINISH_NEIGHBOUR) {
                        t = to;
                        joined = join;
                        if (moved_to)
                            moved_to[c] = to;
                    } else {
                        g_free(join);
                    }
                }
            if (t < 0) {
                t = c;
                joined = jx_norm_join(taken[c] ? taken[c] : texts[c], piece);
            }
            g_free(own);
            g_free(taken[t]);
            taken[t] = joined;
            g_free(piece);
        }
        for (int c = 0; c < n_cols; c++)
            if (taken[c]) {
                g_free(texts[c]);
                texts[c] = taken[c];
                taken[c] = NULL;
            }
    }
    g_free(taken);
    jx_grid_free(view);
    return texts;
}

/* The stack's texts column by column (stacked_texts), with the middle
 * line's run of one-line labels (centred_middle_run) set a column right. */
static char **centred_stack_texts(const jx_grid *grid, int row, int k, int *moved_to)
{
    int last, room, first = centred_middle_run(grid, row, k, &last, &room);
    if (first < 0)
        return folded_stack_texts(grid, row, k, moved_to);
    int n_cols = jx_grid_n_cols(grid);
    char **texts = g_new0(char *, n_cols + 1);
    for (int c = 0; c < n_cols; c++) {
        int mid_col = c > first && c <= last + 1 ? c - 1 : c == first ? -1 : c;
        /* the two-line labels between the run and the empty column go a
         * column right with it */
        int edge_col = c <= last || c > room ? c : c == last + 1 ? -1 : c - 1;
        char *top = edge_col >= 0 ? own_cell_norm(grid, row, edge_col) : g_strdup("");
        char *bottom = edge_col >= 0 ? own_cell_norm(grid, row + 2, edge_col) : g_strdup("");
        char *mid = mid_col >= 0 ? own_cell_norm(grid, row + 1, mid_col) : g_strdup("");
        char *upper = jx_norm_join(top, mid);
        texts[c] = jx_norm_join(upper, bottom);
        g_free(top);
        g_free(mid);
        g_free(bottom);
        g_free(upper);
    }
    return texts;
}

/* TRUE when the header read so far is one row of target group headings
 * alone (半年（程）指标值 | 全年（程）指标值): the columns they group are named
 * by the lines below, which may be a header wrapped over lines that are no
 * header rows one by one (`一级指` / `序号 … 度量 计算符` / `标 计算符号 …`). */
static gboolean only_group_headings(const jx_grid *view, int n_cols)
{
    if (jx_grid_n_rows(view) != 1)
        return FALSE;
    int groups = 0;
    for (int c = 0; c < n_cols; c++) {
        char *t = cell_norm(view, 0, c);
        jx_role r = jx_header_word_role(t);
        g_free(t);
        if (r != JX_ROLE_NONE && r != JX_ROLE_VALUE && r != JX_ROLE_HALF_VALUE)
            return FALSE;
        groups += r != JX_ROLE_NONE;
    }
    return groups > 0;
}

/* TRUE when no cell of `view` (the header read so far) names an operator
 * or a unit: its target columns are still to be named by the rows below. */
static gboolean names_no_target_column(const jx_grid *view, int n_cols)
{
    int rows = jx_grid_n_rows(view);
    return first_parts_row(view, rows, n_cols) == rows;
}

/* TRUE when every column the `k` lines from row `row` of `grid` fill is
 * one `view` leaves empty or heads with a target group heading: the lower
 * half of a header whose upper cells span its two rows (序号 | 一级指标 |
 * 三级指标 beside nothing; below them `计算符` / `年度指标值 单位` / `号`, a
 * narrow cell wrapped round its neighbours).  A browser's print pads cells
 * with whole blank lines (wkhtmltopdf): the lower half is no header row
 * alone, nor only a tail of the upper one. */
static gboolean stack_under_unnamed(const jx_grid *grid, int row, int k, const jx_grid *view,
                                    int n_cols)
{
    char **texts = centred_stack_texts(grid, row, k, NULL);
    gboolean under = TRUE;
    for (int c = 0; c < n_cols && under; c++) {
        if (!*texts[c])
            continue;
        for (int r = 0; r < jx_grid_n_rows(view) && under; r++) {
            char *t = cell_norm(view, r, c);
            under = !*t || is_group_heading(jx_header_word_role(t));
            g_free(t);
        }
    }
    g_strfreev(texts);
    return under;
}

/* How many lines from row `next` make the lower rows of the header read so
 * far (`view`) as one wrapped stack, or 0: under target group headings
 * alone (only_group_headings), or under columns the header leaves unnamed
 * while it names no target column yet (stack_under_unnamed). */
static int lower_stack_rows(const jx_grid *grid, int next, const jx_grid *view, int n_cols,
                            jx_facts *facts)
{
    int named;
    if (only_group_headings(view, n_cols))
        return stacked_header_rows(grid, next, &named, facts);
    if (!names_no_target_column(view, n_cols))
        return 0;
    int k = stacked_header_rows(grid, next, &named, facts);
    return k && stack_under_unnamed(grid, next, k, view, n_cols) ? k : 0;
}

/* Adds the `k` lines of a header wrapped from row `row` of `grid` (see
 * stacked_header_rows) to `view` as one row, their texts folded. */
static void add_stack_row(const jx_grid *grid, int row, int k, jx_grid *view)
{
    int to = jx_grid_n_rows(view);
    char **texts = centred_stack_texts(grid, row, k, NULL);
    jx_grid_set_row_origin(view, to, jx_grid_row_line(grid, row), jx_grid_row_page(grid, row));
    for (int c = 0; texts[c]; c++)
        if (*texts[c])
            jx_grid_add_cell(view, to, c, 1, 1, texts[c]);
    g_strfreev(texts);
}

/* A label column wrapped a character or two a line (`二级指` / `标`) sets
 * its lines' starts apart by a place, and a layout dump's column finder
 * can part them into two columns: the header's piece (`标`) then finishes
 * the word of the column beside its own (folded_stack_texts, `moved_to`),
 * and its column, named by nothing else, holds the same cells' other lines
 * (`数量指` / `标`).  It is that label column's: an unnamed column so drifted
 * takes its neighbour's label role (the label's lines join as wrapped). */
/* A layout dump squeezes a header line left of its columns: the 指标性质
 * words (`指标性` / `质`) stand a column left of the 定性 / 定量 marks
 * under them, and the marks' own column, named by nothing, read as the
 * rest of each row's name (`服务能力和水平定性`, and a text target's row
 * joined to the one above).  An unnamed column right of the header's last
 * named one whose cells below are all such marks, MARK_COLUMN_MIN_CELLS
 * or more, is a column no record keeps, as 指标性质 is. */
#define MARK_COLUMN_MIN_CELLS 2

/* Counts the filled cells of column `col` from row `from` down into
 * `*filled`, and those of them whose normalized text `is` accepts into
 * `*matching`. */
static void count_cells_below(const jx_grid *grid, int from, int col,
                              gboolean (*is)(const char *), int *filled, int *matching)
{
    *filled = *matching = 0;
    for (int r = from; r < jx_grid_n_rows(grid); r++) {
        const jx_cell *cell = jx_grid_cell(grid, r, col);
        if (!cell || !*jx_cell_text(cell))
            continue;
        char *own;
        const char *t = jx_norm_text_view(jx_cell_text(cell), &own);
        (*filled)++;
        *matching += is(t) ? 1 : 0;
        g_free(own);
    }
}

static gboolean is_mark(const char *t)
{
    return jx_cell_classify(t) == JX_CK_MARK;
}

static gboolean holds_marks_only(const jx_grid *grid, int from, int col)
{
    int filled, marks;
    count_cells_below(grid, from, col, is_mark, &filled, &marks);
    return marks == filled && marks >= MARK_COLUMN_MIN_CELLS;
}

static void unnamed_mark_columns(const jx_grid *grid, int body, jx_role *roles, int n_cols)
{
    int last_named = -1;
    for (int c = 0; c < n_cols; c++)
        if (roles[c] != JX_ROLE_NONE)
            last_named = c;
    for (int c = last_named + 1; c < n_cols && last_named >= 0; c++)
        if (holds_marks_only(grid, body, c))
            roles[c] = JX_ROLE_OTHER;
}

static gboolean holds_labels_below(const jx_grid *grid, int from, int col);

static void label_drift_columns(const jx_grid *grid, int body, jx_role *roles,
                                const int *moved_to, int n_cols)
{
    for (int c = 0; c < n_cols; c++) {
        int to = moved_to[c];
        if (roles[c] == JX_ROLE_NONE && to >= 0 &&
            (roles[to] == JX_ROLE_LEVEL1 || roles[to] == JX_ROLE_LEVEL2) &&
            !holds_labels_below(grid, body, c))
            roles[c] = roles[to];
    }
}

/* TRUE when `t` opens a label or is a level-1 or level-2 one whole. */
static gboolean opens_any_label(const char *t)
{
    return opens_label(t) || jx_label_either_level(t);
}

/* TRUE when most filled cells of column `col` from row `from` on open a
 * label (数量, 产出指标): a column of labels of its own, not the rests of
 * the labels beside it (`标`), however its header's piece was folded (a
 * browser's `二级指` / `标` whose 标 stands in the labels' column, 二级指 over
 * the names). */
static gboolean holds_labels_below(const jx_grid *grid, int from, int col)
{
    int filled, labels;
    count_cells_below(grid, from, col, opens_any_label, &filled, &labels);
    return 2 * labels > filled;
}

jx_role jx_header_label_head(const char *norm)
{
    jx_role r = is_whole_header_word(norm) ? jx_header_word_role(norm) : JX_ROLE_NONE;
    return r == JX_ROLE_LEVEL1 || r == JX_ROLE_LEVEL2 ? r : JX_ROLE_NONE;
}

/* A two-row header whose lower line names only the label columns (`绩效指标`
 * over 一级指标 | 二级指标, 指标名称 | 目标值 | 单位 spanning both lines) sets
 * that line as near the first row as the line above it: a browser's
 * borderless print reads it as that row's labels.  Label heads standing
 * whole on the first body row, in columns the header leaves unnamed or
 * gives the group heading (绩效指标, read as a row header's word: a row
 * header's column holds no label head under it), name them (the table
 * reader drops them from the row: jx_header_label_head). */
static void label_heads_atop_body(const jx_grid *grid, int body, jx_role *roles, int n_cols)
{
    if (body >= jx_grid_n_rows(grid))
        return;
    for (int c = 0; c < n_cols; c++) {
        if (roles[c] != JX_ROLE_NONE && roles[c] != JX_ROLE_ROWHEAD)
            continue;
        char *t = cell_norm(grid, body, c);
        jx_role head = jx_header_label_head(t);
        if (head != JX_ROLE_NONE)
            roles[c] = head;
        g_free(t);
    }
}

/* The columns of a header line made only of target parts (计算符号 | 指标值 |
 * 单位), side by side: TRUE with the first and last in `*first`, `*last`;
 * FALSE when the line holds another word or a gap between its words. */
static gboolean target_parts_line(const jx_grid *view, int row, int n_cols, int *first, int *last)
{
    *first = *last = -1;
    for (int c = 0; c < n_cols; c++) {
        char *t = cell_norm(view, row, c);
        gboolean part = is_target_part(unhalve(jx_header_word_role(t)));
        gboolean filled = *t != '\0';
        g_free(t);
        if (!filled)
            continue;
        if (!part || (*last >= 0 && *last != c - 1))
            return FALSE;
        if (*first < 0)
            *first = c;
        *last = c;
    }
    return *first >= 0;
}

/*
 * A browser's print gives each character one place in the dump, so a
 * two-line header's lines drift apart: the upper line (序号 | 一级指标 |
 * 二级指标 | 三级指标 | 2023年度指标值) spreads a grid column or two right of
 * its columns while the lower line (计算符号 | 指标值 | 单位) stands over its
 * data.  Read as a lower line moved off its columns (place_lower_row), it
 * would be laid from under the heading, past the data.  The data lines
 * tell which line drifted: the upper line's last word, the group heading,
 * stands over a column that holds nothing below, every column up to the
 * lower line's last holds data, and the upper words left of the heading,
 * one at least standing over the lower line, are exactly as many as the
 * columns left of it.  Then the upper words take one column each, the
 * heading over the lower line.  Returns the header view (two rows) so
 * re-laid, a new grid, or NULL when the evidence is not all there.
 */
static jx_grid *undrift_upper_line(const jx_grid *view, const jx_grid *grid, int body, int n_cols)
{
    int lower_first, lower_last;
    if (jx_grid_n_rows(view) != 2 || body >= jx_grid_n_rows(grid) ||
        !target_parts_line(view, 1, n_cols, &lower_first, &lower_last) || lower_first == 0)
        return NULL;
    int words = 0, heading = -1, drifted = 0;
    for (int c = 0; c < n_cols; c++) {
        const jx_cell *cell = jx_grid_cell(view, 0, c);
        char *t = cell_norm(view, 0, c);
        jx_role r = jx_header_word_role(t);
        gboolean filled = *t != '\0';
        g_free(t);
        if (!filled)
            continue;
        if (heading >= 0 || jx_cell_colspan(cell) > 1)
            return NULL;
        if (r == JX_ROLE_VALUE || r == JX_ROLE_HALF_VALUE)
            heading = c;
        else {
            words++;
            drifted += c >= lower_first;
        }
    }
    if (heading <= lower_last || !drifted || words != lower_first ||
        !jx_grid_col_blank_from(grid, body, heading))
        return NULL;
    for (int c = 0; c <= lower_last; c++)
        if (jx_grid_col_blank_from(grid, body, c))
            return NULL;
    jx_grid *laid = jx_grid_new();
    jx_grid_set_row_origin(laid, 0, jx_grid_row_line(view, 0), jx_grid_row_page(view, 0));
    int to = 0;
    for (int c = 0; c < heading; c++) {
        char *t = cell_norm(view, 0, c);
        if (*t)
            jx_grid_add_cell(laid, 0, to++, 1, 1, jx_cell_text(jx_grid_cell(view, 0, c)));
        g_free(t);
    }
    jx_grid_add_cell(laid, 0, lower_first, 1, 1, jx_cell_text(jx_grid_cell(view, 0, heading)));
    copy_row(view, 1, laid, 1);
    return laid;
}

/* A header read with its level-2 label column right before its level-1
 * one is read in a form's order: every form sets its label columns from
 * the broad to the narrow (一级指标, 二级指标, 三级指标).  A layout dump that
 * sets a wrapped head's lines on either side of its neighbour's one-line
 * head (`二级指` / `一级指标` / `标`, the two a few characters apart) parts
 * no column between them, and the lower rows' placing (jx_header_lower_row)
 * moved the level-1 word a column right of the level-2 one it shares its
 * grid column with.  The two columns' roles and texts trade places. */
static void level_columns_in_order(jx_role *roles, char **texts, int n_cols)
{
    for (int c = 0; c + 1 < n_cols; c++)
        if (roles[c] == JX_ROLE_LEVEL2 && roles[c + 1] == JX_ROLE_LEVEL1) {
            roles[c] = JX_ROLE_LEVEL1;
            roles[c + 1] = JX_ROLE_LEVEL2;
            char *t = texts[c];
            texts[c] = texts[c + 1];
            texts[c + 1] = t;
        }
}

jx_header *jx_header_read(const jx_grid *grid, int row, jx_facts *facts)
{
    /* a header line may itself read as a header and still be the first line
     * of a wrapped one (`指标` over `性质`, `度量` over `单位`): the stack wins
     * when the lines below only finish its cells' words and it names more
     * columns */
    int stacked_named;
    int stacked = stacked_header_rows(grid, row, &stacked_named, facts);
    gboolean own_line = is_header_row(grid, row, 2, facts);
    if (own_line) {
        if (stacked && !completes_character_head(grid, row, stacked) &&
            (stacked_named <= named_columns(grid, row) ||
             (!only_finishes_words(grid, row, stacked, facts) &&
              !(stacked_named >= named_columns(grid, row) + LOWER_ROW_MIN_NAMED &&
                adds_under_no_word(grid, row, stacked) &&
                ends_header(grid, row + stacked, facts)))))
            stacked = 0;
        if (!stacked && only_tails_below(grid, row, facts))
            stacked = 2;
    } else if (!stacked) {
        return transposed_header(grid, row, facts);
    }
    int n_cols = jx_grid_n_cols(grid), n_rows = jx_grid_n_rows(grid);
    jx_header *h = g_new0(jx_header, 1);
    h->n_cols = n_cols;
    h->roles = g_new0(jx_role, n_cols ? n_cols : 1);
    int *moved_to = g_new(int, n_cols + 1);
    for (int c = 0; c < n_cols; c++)
        moved_to[c] = -1;
    char **texts = centred_stack_texts(grid, row, stacked ? stacked : 1, moved_to);
    for (int c = 0; c < n_cols; c++)
        h->roles[c] = jx_header_word_role(texts[c]);
    h->n_rows = stacked ? stacked : 1;
    /* The header as read: its rows, with wrapped cells' last pieces folded
     * into the row above them. */
    jx_grid *view = jx_grid_new();
    jx_grid_set_row_origin(view, 0, jx_grid_row_line(grid, row), jx_grid_row_page(grid, row));
    for (int c = 0; c < n_cols; c++)
        if (*texts[c])
            jx_grid_add_cell(view, 0, c, 1, 1, texts[c]);
    g_strfreev(texts);
    char **folded = g_new0(char *, n_cols + 1);
    int *at = g_new0(int, n_cols + 1);
    /* Lower header rows: made only of header words (one is enough). */
    while (row + h->n_rows < n_rows) {
        int next = row + h->n_rows;
        gboolean own = is_header_row(grid, next, 1, facts);
        int sub = !own ? lower_stack_rows(grid, next, view, n_cols, facts) : 0;
        if (sub) {
            add_stack_row(grid, next, sub, view);
            h->n_rows += sub;
            continue;
        }
        if (own) {
            copy_row(grid, next, view, jx_grid_n_rows(view));
        } else {
            gboolean fits = finishes_header(grid, next, view, folded, at, facts);
            if (fits)
                replace_folded(view, folded, at);
            for (int c = 0; c < n_cols; c++)
                g_clear_pointer(&folded[c], g_free);
            if (!fits)
                break;
        }
        h->n_rows++;
    }
    g_free(folded);
    g_free(at);
    jx_grid *laid = undrift_upper_line(view, grid, row + h->n_rows, n_cols);
    if (laid) {
        /* the roles read off the drifted line are void */
        jx_grid_free(view);
        view = laid;
        for (int c = 0; c < n_cols; c++)
            h->roles[c] = JX_ROLE_NONE;
    }
    /* roles: the first row's words, refined by each row below */
    for (int c = 0; c < n_cols; c++) {
        char *t = cell_norm(view, 0, c);
        jx_role r = jx_header_word_role(t);
        if (r != JX_ROLE_NONE)
            h->roles[c] = r;
        g_free(t);
    }
    for (int v = 1; v < jx_grid_n_rows(view); v++)
        refine(view, 0, v - 1, v, h->roles, n_cols);
    regroup_targets(view, h->roles, n_cols);
    label_drift_columns(grid, row + h->n_rows, h->roles, moved_to, n_cols);
    unnamed_mark_columns(grid, row + h->n_rows, h->roles, n_cols);
    label_heads_atop_body(grid, row + h->n_rows, h->roles, n_cols);
    g_free(moved_to);
    h->texts = column_texts(view, n_cols);
    jx_grid_free(view);
    level_columns_in_order(h->roles, h->texts, n_cols);
    settle_task(h->roles, n_cols);
    settle_kind_column(h->roles, h->texts, n_cols);
    h->kind = kind_of(h->roles, n_cols);
    if (h->kind == JX_TABLE_BUDGET && !names_money_column(h->roles, h->texts, n_cols))
        h->kind = JX_TABLE_OTHER;
    if (h->kind == JX_TABLE_OTHER && plans_and_actuals(h->texts, n_cols))
        h->kind = JX_TABLE_BUDGET;
    if (h->kind != JX_TABLE_TARGET && funds_block(h->texts, n_cols))
        h->kind = JX_TABLE_FUNDS;
    h->signature = row_signature(grid, row, facts);
    int named_row = own_line ? row : signature_row(grid, row, h->n_rows);
    h->named_signature = named_row == row ? g_strdup(h->signature)
                                          : row_signature(grid, named_row, facts);
    return h;
}

void jx_header_free(jx_header *header)
{
    if (!header)
        return;
    g_free(header->roles);
    g_strfreev(header->texts);
    g_free(header->signature);
    g_free(header->named_signature);
    g_free(header);
}

/* Parts `line` (its characters from byte `at` on) into one piece for each
 * cell of `row` from `i` on, in order, each piece joined with its cell a
 * header word while neither alone is one: `joined[i..]` get the words,
 * `roles[i..]` their roles.  TRUE when such a parting exists (the first
 * found, shortest pieces first). */
static gboolean part_wrapped(const char *line, gsize at, const jx_prow *row, guint i,
                             char **joined, jx_role *roles)
{
    if (i == row->cells->len)
        return line[at] == '\0';
    const jx_pcell *c = row->cells->pdata[i];
    if (c->spanned || jx_header_word_role(c->norm) != JX_ROLE_NONE)
        return FALSE;
    for (const char *end = g_utf8_next_char(line + at); end[-1] != '\0' && *line; ) {
        char *piece = g_strndup(line + at, (gsize)(end - (line + at)));
        char *word = g_strconcat(piece, c->norm, NULL);
        jx_role role = jx_header_word_role(word);
        gboolean fits = role != JX_ROLE_NONE && jx_header_word_role(piece) == JX_ROLE_NONE &&
                        part_wrapped(line, (gsize)(end - line), row, i + 1, joined, roles);
        g_free(piece);
        if (fits) {
            joined[i] = word;
            roles[i] = role;
            return TRUE;
        }
        g_free(word);
        if (!*end)
            break;
        end = g_utf8_next_char(end);
    }
    return FALSE;
}

/* A line above a header longer than this is no header cell's first line. */
#define WRAPPED_HEAD_MAX_CHARS 12

/* See parse.h. */
gboolean jx_header_join_wrapped(jx_header *h, const char *above, const jx_prow *row)
{
    if (!above || !row->cells->len || g_utf8_strlen(above, -1) > WRAPPED_HEAD_MAX_CHARS)
        return FALSE;
    for (guint i = 0; i < row->cells->len; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        if (c->col >= h->n_cols || h->roles[c->col] != JX_ROLE_NONE)
            return FALSE;
    }
    char *line = g_strdup(above);
    g_strdelimit(line, "\t", ' ');
    /* the pieces' spaces (if the line kept them) part nothing here */
    char **bits = g_strsplit(line, " ", -1);
    g_free(line);
    line = g_strjoinv("", bits);
    g_strfreev(bits);
    char **joined = g_new0(char *, row->cells->len + 1);
    jx_role *roles = g_new0(jx_role, row->cells->len + 1);
    gboolean fits = *line && part_wrapped(line, 0, row, 0, joined, roles);
    if (fits) {
        if (!h->texts)
            h->texts = g_new0(char *, h->n_cols + 1);
        for (int c = 0; c < h->n_cols; c++)
            if (!h->texts[c])
                h->texts[c] = g_strdup("");
        for (guint i = 0; i < row->cells->len; i++) {
            int col = ((const jx_pcell *)row->cells->pdata[i])->col;
            h->roles[col] = roles[i];
            g_free(h->texts[col]);
            h->texts[col] = g_strdup(joined[i]);
        }
        settle_kind_column(h->roles, h->texts, h->n_cols);
    }
    g_strfreev(joined);
    g_free(roles);
    g_free(line);
    return fits;
}

/* A header cell's first line set alone above the header row is this short
 * at most (`一级` of a narrow column's 一级/指标); a longer line is a caption. */
#define HEAD_ABOVE_MAX_CHARS 4

/* TRUE when some column of `h` other than `col` has `role`. */
static gboolean role_taken(const jx_header *h, jx_role role, int col)
{
    for (int c = 0; c < h->n_cols; c++)
        if (c != col && h->roles[c] == role)
            return TRUE;
    return FALSE;
}

/* See parse.h. */
gboolean jx_header_join_head_above(jx_header *h, const char *above, int col)
{
    if (!above || h->kind != JX_TABLE_TARGET || col < 0 || col >= h->n_cols || !h->texts ||
        !h->texts[col] || !*h->texts[col])
        return FALSE;
    char *piece = jx_norm_text(above);
    char *word = g_strconcat(piece, h->texts[col], NULL);
    jx_role role = jx_header_word_role(word);
    gboolean fits = g_utf8_strlen(piece, -1) <= HEAD_ABOVE_MAX_CHARS &&
                    jx_header_word_role(piece) == JX_ROLE_NONE && role != JX_ROLE_NONE &&
                    role != h->roles[col] && !role_taken(h, role, col);
    g_free(piece);
    if (fits) {
        h->roles[col] = role;
        g_free(h->texts[col]);
        h->texts[col] = word;
        settle_task(h->roles, h->n_cols);
        settle_kind_column(h->roles, h->texts, h->n_cols);
    } else {
        g_free(word);
    }
    return fits;
}

/* See parse.h. */
void jx_header_insert_column(jx_header *h, int at, jx_role role, const char *text)
{
    g_return_if_fail(at >= 0 && at <= h->n_cols);
    jx_role *roles = g_new0(jx_role, h->n_cols + 1);
    char **texts = g_new0(char *, h->n_cols + 2);
    for (int c = 0, k = 0; c <= h->n_cols; c++) {
        if (c == at) {
            roles[c] = role;
            texts[c] = g_strdup(text);
            continue;
        }
        roles[c] = h->roles[k];
        texts[c] = g_strdup(h->texts && h->texts[k] ? h->texts[k] : "");
        k++;
    }
    g_free(h->roles);
    g_strfreev(h->texts);
    h->roles = roles;
    h->texts = texts;
    h->n_cols++;
}

/* See parse.h. */
gboolean jx_header_one_label_column(const jx_header *h)
{
    gboolean level1 = FALSE;
    for (int c = 0; c < h->n_cols; c++) {
        if (h->roles[c] == JX_ROLE_LEVEL2)
            return FALSE;
        level1 |= h->roles[c] == JX_ROLE_LEVEL1;
    }
    return level1;
}

/* TRUE when every word of `signature` (see row_signature) opens one of the
 * header words of the row-number and label columns (jx_taxonomy_label_heads),
 * two characters of it at least: narrow columns wrap them (`序号 | 一级` over
 * `指标 | 二级指标`). */
static gboolean label_heads_only(const char *signature)
{
    char **words = g_strsplit(signature, "|", -1);
    gboolean all = words[0] && *words[0];
    for (char **w = words; *w && all; w++)
        if (**w)
            all = g_utf8_strlen(*w, -1) >= 2 && jx_taxonomy_opens_label_head(*w, NULL);
    g_strfreev(words);
    return all;
}

/* TRUE when headers `h` and `open`, wrapped over a different number of
 * lines, name the same columns, their lines joined: a page laid out anew
 * wraps the header again where its columns come out narrower (`一级` /
 * `二级指标 …` / `指标` under a header of one line), and no line of it is the
 * other's. */
static gboolean same_columns_wrapped_otherwise(const jx_header *h, const jx_header *open)
{
    if (h->n_rows == open->n_rows || h->n_cols != open->n_cols || !h->texts || !open->texts)
        return FALSE;
    for (int c = 0; c < h->n_cols; c++)
        if (g_strcmp0(h->texts[c], open->texts[c]) != 0)
            return FALSE;
    return TRUE;
}

/* How many cells `signature` joins. */
static int signature_cells(const char *signature)
{
    int n = 0;
    for (const char *p = signature; *p; p++)
        n += *p == '|';
    return n;
}

/* `signature` without its cell bounds and spaces, a new string. */
static char *signature_words(const char *signature)
{
    GString *out = g_string_new(NULL);
    for (const char *p = signature; *p; p++)
        if (*p != '|' && *p != ' ')
            g_string_append_c(out, *p);
    return g_string_free(out, FALSE);
}

/* The column of `parted` whose header word `joined` runs into the next
 * one's cell: the first whose text is not the next text of `joined`, or
 * -1.  Its next column with a text is `*next`. */
static int run_on_column(const jx_header *joined, const jx_header *parted, int *next)
{
    int k = 0;
    for (int c = 0; joined->texts && parted->texts && c < joined->n_cols; c++) {
        if (!joined->texts[c] || !*joined->texts[c])
            continue;
        while (k < parted->n_cols && (!parted->texts[k] || !*parted->texts[k]))
            k++;
        if (k == parted->n_cols)
            return -1;
        if (strcmp(joined->texts[c], parted->texts[k]) != 0) {
            *next = k + 1;
            while (*next < parted->n_cols && (!parted->texts[*next] || !*parted->texts[*next]))
                (*next)++;
            return *next < parted->n_cols ? k : -1;
        }
        k++;
    }
    return -1;
}

/* TRUE when the cell of `joined` holding two header words is the target's
 * and its unit's (`年度指标值 计量单位`): its rows' cells hold a target with
 * its unit, which a target cell's reading parts (`36 条`).  Two other
 * columns run together (`二级指标 指标内容`, a PDF read by position) run
 * labels into names, and a target run into its remark (`目标值 备注`) takes
 * the remark's text, which only the page's own columns part. */
static gboolean target_cell_runs_on(const jx_header *joined, const jx_header *parted)
{
    int next = -1, k = run_on_column(joined, parted, &next);
    return k >= 0 && (parted->roles[k] == JX_ROLE_VALUE || parted->roles[k] == JX_ROLE_HALF_VALUE) &&
           (parted->roles[next] == JX_ROLE_UNIT || parted->roles[next] == JX_ROLE_HALF_UNIT);
}

/* Headers of one line only, one pair of words run together into the
 * target's cell of the first: a page that runs more of them together
 * (`指标内容 指标值 指标解释`), other columns (`二级指标 指标内容`), or the
 * words of a header wrapped over lines (`指标 | 二级指标 三级指标`), runs its
 * rows' cells together as well, and they read no better joined to the
 * table; a later page that runs two together (`全年指标值（%） 备注`) lays
 * its rows out anew, which the first page's columns do not fit. */
gboolean jx_header_parts_open(const jx_header *h, const jx_header *open)
{
    int more = signature_cells(h->signature) - signature_cells(open->signature);
    if (h->n_rows > 1 || open->n_rows > 1 || more != 1 || !target_cell_runs_on(open, h))
        return FALSE;
    char *a = signature_words(h->signature), *b = signature_words(open->signature);
    gboolean same = *a && strcmp(a, b) == 0;
    g_free(a);
    g_free(b);
    return same;
}

/* The first line of a header wrapped over narrow label columns is the
 * same in every such form (`序号 | 一级`): where both headers wrap so, the
 * line naming most columns says whether one repeats the other (a page
 * whose columns part otherwise heads its rows in columns of its own). */
gboolean jx_header_repeats(const jx_header *h, const jx_header *open)
{
    gboolean named = strcmp(h->named_signature, open->named_signature) == 0;
    if (h->n_rows > 1 && open->n_rows > 1 && label_heads_only(h->signature))
        return named;
    return named || strcmp(h->signature, open->signature) == 0 ||
           same_columns_wrapped_otherwise(h, open);
}

/* Where header words of a flattened two-row header go: a group word of the
 * upper row (`绩效指标`, `指标值`) is replaced by the words under it, which
 * a stream gives after the whole upper row. */
static gboolean group_takes(jx_role group, jx_role child)
{
    if (group == JX_ROLE_ROWHEAD)
        return child == JX_ROLE_LEVEL1 || child == JX_ROLE_LEVEL2 || child == JX_ROLE_TASK ||
               child == JX_ROLE_NAME;
    if (group == JX_ROLE_VALUE || group == JX_ROLE_HALF_VALUE)
        return child == JX_ROLE_OP || child == JX_ROLE_VALUE || child == JX_ROLE_UNIT ||
               child == JX_ROLE_HALF_OP || child == JX_ROLE_HALF_VALUE ||
               child == JX_ROLE_HALF_UNIT;
    return FALSE;
}

gboolean jx_header_lower_row(const jx_role *roles, int k, int n, int *owner)
{
    gboolean parts = FALSE;
    int g = 0, run = k; /* the current group and the first word of its run */
    for (int t = k; t < n; t++) {
        /* a role the current group has taken already starts the next group's
         * run (半年: 符号|指标值|单位, 全年: 符号|指标值|单位) */
        int before = g;
        for (int u = run; u < t && g < k; u++)
            if (roles[u] == roles[t]) {
                g++;
                break;
            }
        while (g < k && !group_takes(roles[g], roles[t]))
            g++;
        if (g == k)
            return FALSE;
        if (g != before || t == k)
            run = t;
        owner[t] = g;
        parts |= roles[t] != JX_ROLE_VALUE && roles[t] != JX_ROLE_HALF_VALUE;
    }
    /* a group spans two columns or more: a word over one column is that
     * column's own header (指标值 over nothing but 计量单位 is no group);
     * and a target's group holds the target (指标值 | 计量单位 | 运算符号
     * side by side are three columns, not a group over the last two) */
    for (int t = k; t < n; t++) {
        int span = 0;
        gboolean value = FALSE;
        for (int u = k; u < n; u++)
            if (owner[u] == owner[t]) {
                span++;
                value |= roles[u] == JX_ROLE_VALUE || roles[u] == JX_ROLE_HALF_VALUE;
            }
        gboolean target_group = roles[owner[t]] == JX_ROLE_VALUE ||
                                roles[owner[t]] == JX_ROLE_HALF_VALUE;
        if (span < 2 || (target_group && !value))
            return FALSE;
    }
    return parts;
}
