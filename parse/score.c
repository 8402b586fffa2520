/*
 * score.c — an evaluation report's scoring tables → score records.
 *
 * A scoring table lists indicators with their weight (分值) and score (得分),
 * and often the rate (得分率) and why points were lost (扣分原因).  Its rows
 * form a tree — level-1 (决策), level-2 (项目立项), indicators (立项依据充分性) —
 * which tables print in several ways:
 *
 *   (a) one name column, the level told by a code: `A1.项目立项 | 4 | 4 | 100%`
 *       over `A11.立项依据充分性 | 2 | 2 | 100%`;
 *   (b) one column per level, merged cells filled down: `决策 | 项目立项 |
 *       立项依据充分性 | 2 | 2`;
 *   (c) the same with each level's weight in a column of its own: `决策 | 40 |
 *       项目立项 | 4 | 立项依据充分性 | 2 | 2`;
 *   (d) weights written inside the labels: `决策 (20) | 项目立项 (4) | …`;
 *   (e) the transposed summary: `指标 | 决策 | 过程 | … | 合计` over the rows
 *       `分值` and `得分` (read by jx_score_emit_transposed);
 *   (f) summary rows (`合计`, `总分`) anywhere.
 *
 * Cells are matched to the header's columns by align.c (the same matching
 * target tables use), so a row whose empty cells were dropped or padded
 * still lands right; which of several 分值 columns a number filled tells
 * which level it weighs.
 *
 * The path convention (docs/records.md): a leaf row has level1/level2/name;
 * a parent row is a record too, whose name is its own label and whose deeper
 * fields are null — `{level1:"决策", level2:null, name:"决策"}`,
 * `{level1:"决策", level2:"项目立项", name:"项目立项"}` — so a checker finds a
 * node's children from the records alone.
 */
#include "parse/parse.h"

#include <string.h>

#define LEVELS 3 /* level-1, level-2, indicator */

/* Labels of summary rows: their record has the label as name, no path. */
static const char *const summary_words[] = {
    "合计", "总计", "总分", "得分合计", "分值合计", "小计", "综合得分", "总得分", "总分值", "汇总",
};

/* A caption longer than this is a sentence about the table, not its title. */
#define CAPTION_MAX_CHARS 40
/* A level-1 label a caption starts with (决策指标评分结果汇总表) is this short. */
#define CAPTION_LABEL_MAX_CHARS 5
/* An indicator's name is short; a longer text in the name column of a table
 * that explains its indicators is a wrapped piece of an explanation. */
#define NAME_MAX_CHARS 40

gboolean jx_score_is_summary(const char *norm)
{
    if (!norm)
        return FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(summary_words); i++)
        if (strcmp(norm, summary_words[i]) == 0)
            return TRUE;
    return FALSE;
}

/* Header words of a self-evaluation table's actual-value column: such a
 * table (年度指标值 | 实际完成值 | 分值 | 得分) is read by a later version. */
static const char *const actual_words[] = {"实际完成值", "完成值", "实际值"};

gboolean jx_score_is_self_evaluation(const jx_header *h)
{
    gboolean value = FALSE, actual = FALSE;
    for (int c = 0; c < h->n_cols; c++) {
        value |= h->roles[c] == JX_ROLE_VALUE;
        for (gsize w = 0; h->texts && w < G_N_ELEMENTS(actual_words); w++)
            actual |= strstr(h->texts[c], actual_words[w]) != NULL;
    }
    return value && actual;
}

/* ------------------------------------------------------------- cells */

/* A decimal string as printed (separators removed, decimals kept), or NULL
 * when `norm` is not a number.  A trailing % is allowed when `percent`. */
static char *number_of(const char *norm, gboolean percent)
{
    if (!norm || !*norm)
        return NULL;
    char *t = g_strdup(norm);
    g_strstrip(t);
    gsize n = strlen(t);
    if (percent && n && t[n - 1] == '%')
        t[--n] = '\0';
    char *num = n && (g_ascii_isdigit(t[0]) || t[0] == '.' || t[0] == '-') ? jx_norm_number(t)
                                                                          : NULL;
    g_free(t);
    return num;
}

/* Splits an indicator code off a label: `A11.立项依据充分性` → `A11` and
 * `立项依据充分性`.  A code is a capital letter and up to three digits, then a
 * separator or the name itself; a letter alone needs a separator (`A.决策`),
 * so `R&D投入` and `GDP` keep their letters.  A bare code (`A11`, a code
 * column) gives an empty name.  Returns the code (new) or NULL; `*rest`
 * points into `norm` past the code. */
static char *split_code(const char *norm, const char **rest)
{
    *rest = norm;
    if (!norm || !g_ascii_isupper(norm[0]))
        return NULL;
    const char *p = norm + 1;
    while (g_ascii_isdigit(*p) && p - norm <= 3)
        p++;
    int digits = (int)(p - norm - 1);
    if (g_ascii_isdigit(*p))
        return NULL;
    const char *q = p;
    gboolean sep = FALSE;
    while (*q == '.' || *q == ' ' || *q == ':' || g_str_has_prefix(q, "、")) {
        q += *q == '.' || *q == ' ' || *q == ':' ? 1 : strlen("、");
        sep = TRUE;
    }
    gboolean cjk_next = *q && jx_norm_is_cjk(g_utf8_get_char(q));
    if (*q && !sep && !(digits && cjk_next))
        return NULL;
    if (*q && !sep && !digits)
        return NULL;
    *rest = q;
    return g_strndup(norm, p - norm);
}

/* The depth a code gives (A → 1, A1 → 2, A11 → 3), at most LEVELS. */
static int code_depth(const char *code)
{
    int d = (int)strlen(code);
    return MIN(d, LEVELS);
}

/* Splits a weight written inside a label off it: `决策 (20)` → `决策` and
 * "20"; `产出指标(50分)` → `产出指标` and "50".  Returns the weight (new) or
 * NULL, and the label without it (new) in `*label`. */
static char *split_weight(const char *norm, char **label)
{
    const char *open = strrchr(norm, '(');
    gsize n = strlen(norm);
    if (open && n && norm[n - 1] == ')' && open > norm) {
        char *inner = g_strndup(open + 1, norm + n - 1 - (open + 1));
        g_strstrip(inner);
        gsize k = strlen(inner);
        if (g_str_has_suffix(inner, "分"))
            inner[k - strlen("分")] = '\0';
        char *w = number_of(inner, FALSE);
        g_free(inner);
        if (w) {
            *label = g_strstrip(g_strndup(norm, open - norm));
            return w;
        }
    }
    *label = g_strdup(norm);
    return NULL;
}

/* The level-1 label a caption names (`表4-1:决策指标评分结果汇总表` → 决策):
 * its shortest head the taxonomy knows as a level-1.  NULL when none. */
static char *caption_level1(char *const *above)
{
    for (int i = above ? (int)g_strv_length((char **)above) - 1 : -1; i >= 0; i--) {
        const char *line = above[i];
        if (g_utf8_strlen(line, -1) > CAPTION_MAX_CHARS || !strstr(line, "表"))
            continue;
        const char *colon = strrchr(line, ':');
        const char *head = colon ? colon + 1 : line;
        while (*head == ' ')
            head++;
        const char *p = head;
        for (int chars = 1; *p && chars <= CAPTION_LABEL_MAX_CHARS; chars++) {
            p = g_utf8_next_char(p);
            char *prefix = g_strndup(head, p - head);
            if (chars >= 2 && jx_taxonomy_level1(prefix))
                return prefix;
            g_free(prefix);
        }
        return NULL; /* the nearest caption decides */
    }
    return NULL;
}

/* ------------------------------------------------------------- rows */

/* One row of a scoring table, read. */
typedef struct {
    char *label[LEVELS];  /* the label the row writes at each level (cleaned), or NULL */
    char *code[LEVELS];   /* its code, when printed */
    char *weight[LEVELS]; /* the weight printed for that level (own column or in the label) */
    char *score[LEVELS];
    char *rate, *reason;
    char *summary;        /* the summary label (合计) when the row is one */
    gboolean numbers;     /* a weight, score or rate is printed */
    int page;
    GPtrArray *nums;      /* char*: the row's weights and scores in the order they stand */
    GArray *num_levels;   /* int: the level each of them was read for */
} score_row;

static void score_row_clear(score_row *r)
{
    for (int k = 0; k < LEVELS; k++) {
        g_free(r->label[k]);
        g_free(r->code[k]);
        g_free(r->weight[k]);
        g_free(r->score[k]);
    }
    g_free(r->rate);
    g_free(r->reason);
    g_free(r->summary);
    if (r->nums)
        g_ptr_array_unref(r->nums);
    if (r->num_levels)
        g_array_free(r->num_levels, TRUE);
    memset(r, 0, sizeof *r);
}

/* The level a label role writes, or -1. */
static int role_level(jx_role role)
{
    switch (role) {
    case JX_ROLE_LEVEL1: return 0;
    case JX_ROLE_LEVEL2: return 1;
    case JX_ROLE_NAME: return 2;
    default: return -1;
    }
}

/* The level a number in header column `col` belongs to: that of the
 * nearest label column at or left of it (`二级指标 | 分值` weighs the
 * level-2); the indicator's when none is. */
static int column_level(const jx_header *h, int col)
{
    for (int c = MIN(col, h->n_cols - 1); c >= 0; c--) {
        int level = role_level(h->roles[c]);
        if (level >= 0)
            return level;
    }
    return LEVELS - 1;
}

/* Keeps the first value for a slot: a second cell for the same level (a
 * header with two 得分 columns) does not overwrite it. */
static void put(char **slot, char *value)
{
    if (*slot || !value)
        g_free(value);
    else
        *slot = value;
}

/* Reads a label cell into level `level` of `r`: its code and a weight
 * inside it split off; a summary word makes the row a summary. */
static void read_label(score_row *r, int level, const char *norm)
{
    const char *rest;
    char *code = split_code(norm, &rest);
    char *label = NULL;
    char *weight = split_weight(rest, &label);
    if (jx_score_is_summary(label) || jx_score_is_summary(norm)) {
        put(&r->summary, g_strdup(jx_score_is_summary(label) ? label : norm));
        g_free(label);
        g_free(code);
        g_free(weight);
        return;
    }
    if (!*label && code) {
        /* a code column: the code of the label beside it */
        g_free(label);
        put(&r->code[level], code);
        g_free(weight);
        return;
    }
    if (!*label || r->label[level]) {
        g_free(label);
        g_free(code);
        g_free(weight);
        return;
    }
    r->label[level] = label;
    put(&r->code[level], code);
    if (weight) {
        put(&r->weight[level], weight);
        r->numbers = TRUE;
    }
}

/* A code printed in a column of its own (编号 | 指标名称 …). */
static gboolean is_bare_code(const char *norm)
{
    const char *rest;
    char *code = split_code(norm, &rest);
    gboolean bare = code && !*rest;
    g_free(code);
    return bare;
}

/* TRUE when a cell of this kind can stand in a column of this role: a
 * number under 分值/得分/得分率 (or 序号), text under a label, name, reason
 * or explanation. */
static gboolean fits(jx_cell_kind kind, jx_role role)
{
    gboolean number = kind == JX_CK_INT || kind == JX_CK_NUMBER || kind == JX_CK_TARGET;
    switch (role) {
    case JX_ROLE_WEIGHT:
    case JX_ROLE_SCORE:
    case JX_ROLE_RATE: return number;
    case JX_ROLE_SEQ: return kind == JX_CK_INT || kind == JX_CK_TEXT; /* a code column */
    case JX_ROLE_LEVEL1:
    case JX_ROLE_LEVEL2:
    case JX_ROLE_NAME:
    case JX_ROLE_TASK:
    case JX_ROLE_REASON:
    case JX_ROLE_EXPLAIN:
    case JX_ROLE_OTHER: return !number;
    default: return FALSE;
    }
}

/* A row every cell of which fits the column it stands in is read as laid
 * out: a dump that kept its columns (tab-separated text) says where each
 * cell belongs better than what the cell is — `满意度` under 二级指标 is a
 * level-2 there, though the word names a level-1 too.  Fills `assign` and
 * `cols` and returns TRUE, or FALSE to let align.c match the row. */
static gboolean laid_out(const jx_header *h, const jx_prow *row, jx_role *assign, int *cols)
{
    for (guint i = 0; i < row->cells->len; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        if (c->col >= h->n_cols || !fits(c->kind, h->roles[c->col]))
            return FALSE;
    }
    for (guint i = 0; i < row->cells->len; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        assign[i] = h->roles[c->col];
        cols[i] = c->col;
    }
    return TRUE;
}

/* Reads one table row: each cell by the role and column it fills. */
static void read_row(const jx_header *h, const jx_prow *row, score_row *r)
{
    guint n = row->cells->len;
    jx_role *assign = g_new0(jx_role, n + 1);
    int *cols = g_new0(int, n + 1);
    if (!laid_out(h, row, assign, cols))
        jx_align_row_cols(h, row, 0, NULL, assign, cols);
    r->page = row->page;
    r->nums = g_ptr_array_new_with_free_func(g_free);
    r->num_levels = g_array_new(FALSE, FALSE, sizeof(int));
    char *code_cell = NULL;
    for (guint i = 0; i < n; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        const char *norm = c->norm;
        if (is_bare_code(norm) && !code_cell) {
            code_cell = g_strdup(norm);
            continue;
        }
        int level = role_level(assign[i]);
        if (level >= 0) {
            read_label(r, level, norm);
            continue;
        }
        switch (assign[i]) {
        case JX_ROLE_WEIGHT:
        case JX_ROLE_SCORE: {
            char *num = number_of(norm, FALSE);
            int at = column_level(h, cols[i]);
            if (num) {
                r->numbers = TRUE;
                g_ptr_array_add(r->nums, g_strdup(num));
                g_array_append_val(r->num_levels, at);
            }
            put(assign[i] == JX_ROLE_WEIGHT ? &r->weight[at] : &r->score[at], num);
            break;
        }
        case JX_ROLE_RATE: {
            char *num = number_of(norm, TRUE);
            if (num)
                r->numbers = TRUE;
            put(&r->rate, num);
            break;
        }
        case JX_ROLE_REASON:
            /* a dash says there is none */
            if (strspn(norm, "-—–/ ") < strlen(norm))
                put(&r->reason, g_strdup(norm));
            break;
        default:
            /* a summary word in any column (合计 under 序号) */
            if (jx_score_is_summary(norm))
                put(&r->summary, g_strdup(norm));
            break;
        }
    }
    /* a code in its own column names the deepest label of the row */
    if (code_cell) {
        int deepest = -1;
        for (int k = 0; k < LEVELS; k++)
            if (r->label[k])
                deepest = k;
        if (deepest >= 0)
            put(&r->code[deepest], code_cell);
        else
            g_free(code_cell);
    }
    g_free(assign);
    g_free(cols);
}

/* One name column, the level told by the code (form a): `A1.项目立项` is a
 * level-2 row, `A.决策` a level-1 one.  Moves the row's label and numbers to
 * the level its code gives. */
static void place_by_code(score_row *r)
{
    int last = LEVELS - 1;
    if (!r->label[last] || !r->code[last] || r->label[0] || r->label[1])
        return;
    int to = code_depth(r->code[last]) - 1;
    if (to == last)
        return;
    r->label[to] = r->label[last];
    r->code[to] = r->code[last];
    r->label[last] = r->code[last] = NULL;
    if (!r->weight[to]) {
        r->weight[to] = r->weight[last];
        r->weight[last] = NULL;
    }
    if (!r->score[to]) {
        r->score[to] = r->score[last];
        r->score[last] = NULL;
    }
    for (guint i = 0; i < r->num_levels->len; i++)
        if (g_array_index(r->num_levels, int, i) == last)
            g_array_index(r->num_levels, int, i) = to;
}

/* Sentence punctuation: an indicator's name has none, a piece of an
 * explanation wrapped into the name column (`目绩效目标与项目实施相符情况。`)
 * does. */
static gboolean reads_as_sentence(const char *norm)
{
    static const char *const marks[] = {"。", ",", ";", ":"};
    for (gsize i = 0; i < G_N_ELEMENTS(marks); i++)
        if (strstr(norm, marks[i]))
            return TRUE;
    return FALSE;
}

/* A row whose only label is a sentence and that prints no number is the
 * wrapped rest of a neighbour's explanation: its text is no label. */
static void drop_sentence_label(score_row *r)
{
    int last = LEVELS - 1;
    if (r->numbers || r->summary || r->label[0] || r->label[1] || !r->label[last] ||
        !reads_as_sentence(r->label[last]))
        return;
    g_clear_pointer(&r->label[last], g_free);
    g_clear_pointer(&r->code[last], g_free);
}

/*
 * A leaf printed one column left, in its parent's label column
 * (`| | 科技创新驱动力 | 4 | 4 |` under 二级指标 | 分值 | 三级指标 | 分值 | 得分):
 * numbers read for a level deeper than any label the row writes have no
 * label of their own, so the deepest label is theirs — the indicator's name
 * — and the row's numbers, in order, are its weight and score.
 */
static void place_shifted_leaf(score_row *r, gboolean has_score)
{
    int last = LEVELS - 1, deepest = -1;
    for (int k = 0; k < LEVELS; k++)
        if (r->label[k])
            deepest = k;
    if (deepest < 0 || deepest == last)
        return;
    gboolean below = FALSE;
    for (guint i = 0; i < r->nums->len; i++)
        below |= g_array_index(r->num_levels, int, i) > deepest;
    if (!below)
        return;
    /* the numbers from the label on are the leaf's */
    GPtrArray *mine = g_ptr_array_new();
    for (guint i = 0; i < r->nums->len; i++)
        if (g_array_index(r->num_levels, int, i) >= deepest)
            g_ptr_array_add(mine, r->nums->pdata[i]);
    if (mine->len <= (has_score ? 2u : 1u)) {
        r->label[last] = r->label[deepest];
        r->code[last] = r->code[deepest];
        r->label[deepest] = r->code[deepest] = NULL;
        for (int k = deepest; k < LEVELS; k++) {
            g_clear_pointer(&r->weight[k], g_free);
            g_clear_pointer(&r->score[k], g_free);
        }
        r->weight[last] = g_strdup(mine->pdata[0]);
        if (mine->len > 1)
            r->score[last] = g_strdup(mine->pdata[1]);
    }
    g_ptr_array_unref(mine);
}

/* The value of a decimal string; 0 for NULL. */
static double value_of(const char *dec)
{
    return dec ? g_ascii_strtod(dec, NULL) : 0;
}

/* Sums of printed decimals are compared within this: far below any printed
 * precision, above the error of adding a few doubles. */
#define SUM_SLACK 1e-6

/* The leaves' weights from row `from` to the next label at `level` or above
 * (or a summary row). */
static double group_sum(const score_row *rows, guint n, guint from, int level)
{
    double sum = 0;
    for (guint i = from; i < n; i++) {
        const score_row *r = &rows[i];
        gboolean ends = r->summary != NULL;
        for (int k = 0; k <= level; k++)
            ends |= r->label[k] != NULL;
        if (ends && i > from)
            break;
        if (r->label[LEVELS - 1] && r->weight[LEVELS - 1])
            sum += value_of(r->weight[LEVELS - 1]);
    }
    return sum;
}

/*
 * A level-2 label printed one row early.  A layout dump sets a merged
 * label's text on a row of its span that is not the first (centred in the
 * cell), so `社会效益 (21)` can stand on the row of the last indicator of
 * `经济效益 (6)`.  Where the weights are printed they tell: when the leaves
 * of the open level-2 fall short of its weight by exactly the weight of the
 * leaf on the new label's row, the next row writes no label of its own
 * at that level, and the new label's weight is exactly what its leaves from
 * the next row on add up to, that leaf closes the open group and the new
 * label starts on the next row.  Nothing moves without both exact sums, so a
 * table whose sums are wrong in print (or one number changed) keeps them
 * wrong where they are.
 */
static void place_early_labels(score_row *rows, guint n)
{
    const int level = 1, leaf = LEVELS - 1;
    double open_weight = -1, open_sum = 0;
    for (guint i = 0; i < n; i++) {
        score_row *r = &rows[i];
        if (r->summary || r->label[0]) {
            open_weight = -1; /* a new level-1: a new group at every level */
            open_sum = 0;
        }
        if (r->label[level] && r->weight[level] && r->label[leaf] && r->weight[leaf] &&
            !r->label[0] && open_weight >= 0 && i + 1 < n && !rows[i + 1].label[level] &&
            !rows[i + 1].label[0] && rows[i + 1].label[leaf] && rows[i + 1].weight[leaf] &&
            open_sum < open_weight - SUM_SLACK &&
            ABS(open_sum + value_of(r->weight[leaf]) - open_weight) < SUM_SLACK &&
            ABS(group_sum(rows, n, i + 1, level) - value_of(r->weight[level])) < SUM_SLACK) {
            score_row *next = &rows[i + 1];
            next->label[level] = r->label[level];
            next->code[level] = r->code[level];
            next->weight[level] = r->weight[level];
            next->score[level] = r->score[level];
            r->label[level] = r->code[level] = r->weight[level] = r->score[level] = NULL;
            open_weight = -1; /* the group is complete */
            continue;
        }
        if (r->label[level]) {
            open_weight = r->weight[level] ? value_of(r->weight[level]) : -1;
            open_sum = 0;
        }
        if (r->label[leaf] && r->weight[leaf])
            open_sum += value_of(r->weight[leaf]);
    }
}

/* ------------------------------------------------------------- records */

typedef struct {
    const jx_source *src;
    const jx_ptable *table;
    jx_record_list *out;
} emitter;

/* Appends one score record to the emitter's list (NULL fields are null) and
 * returns it, still the list's. */
static jx_record *emit(const emitter *e, int row, int page, const char *code, const char *l1,
                       const char *l2, const char *name, const char *weight, const char *score,
                       const char *rate, const char *reason)
{
    jx_record *rec = jx_record_new(JX_RECORD_SCORE);
    jx_record_set_string(rec, JX_F_DOC, jx_source_name(e->src));
    jx_record_set_int(rec, JX_F_TABLE, e->table->index);
    jx_record_set_int(rec, JX_F_ROW, row);
    if (page > 0)
        jx_record_set_int(rec, JX_F_PAGE, page);
    else
        jx_record_set_null(rec, JX_F_PAGE);
    jx_record_set_string(rec, JX_F_CODE, code);
    jx_record_set_string(rec, JX_F_LEVEL1, l1);
    jx_record_set_string(rec, JX_F_LEVEL2, l2);
    jx_record_set_string(rec, JX_F_NAME, name);
    jx_record_set_string(rec, JX_F_WEIGHT, weight);
    jx_record_set_string(rec, JX_F_SCORE, score);
    jx_record_set_string(rec, JX_F_RATE, rate);
    jx_record_set_string(rec, JX_F_REASON, reason);
    jx_record_list_append(e->out, rec);
    return rec;
}

/* TRUE when a column of the header has `role`. */
static gboolean header_has(const jx_header *h, jx_role role)
{
    for (int c = 0; c < h->n_cols; c++)
        if (h->roles[c] == role)
            return TRUE;
    return FALSE;
}

/* TRUE when the table prints something of its parents: a weight column
 * for a level above the indicators (form c) or a weight inside a parent's
 * label (form d).  Then every parent gets a record, weight null where not
 * printed: a checker sums children under it. */
static gboolean parents_weighted(const jx_header *h, const score_row *rows, guint n)
{
    for (int c = 0; c < h->n_cols; c++)
        if ((h->roles[c] == JX_ROLE_WEIGHT || h->roles[c] == JX_ROLE_SCORE) &&
            column_level(h, c) < LEVELS - 1 && role_level(h->roles[c]) < 0) {
            /* a weight column right of a parent's label column */
            gboolean leaf_after = FALSE;
            for (int k = c + 1; k < h->n_cols; k++)
                leaf_after |= role_level(h->roles[k]) >= 0;
            if (leaf_after)
                return TRUE;
        }
    for (guint i = 0; i < n; i++)
        for (int k = 0; k < LEVELS - 1; k++)
            if (rows[i].label[k] && rows[i].weight[k])
                return TRUE;
    return FALSE;
}

/* A row that carries nothing of its own: no label, no number, no summary
 * word — the wrapped rest of a long explanation (指标解释, 评分标准) or of a
 * reason. */
static gboolean is_fragment(const score_row *r)
{
    return !r->summary && !r->numbers && !r->label[0] && !r->label[1] && !r->label[2];
}

/*
 * The transposed summary (form e): `指标 | 决策 | 过程 | 产出 | 效益 | 合计` over
 * the rows `分值 | …` and `得分 | …`.  One record per column: a level-1
 * parent (`{level1:"决策", level2:null, name:"决策"}`) or, under a summary
 * word, a summary record; its `row` is the column's place among the data
 * columns, since the column is what the record stands for.
 */
static void emit_transposed(const emitter *e)
{
    const jx_header *h = e->table->header;
    int n = h->n_cols;
    char **weight = g_new0(char *, n + 1), **score = g_new0(char *, n + 1),
         **rate = g_new0(char *, n + 1);
    int *page = g_new0(int, n + 1);
    for (guint i = 0; i < e->table->rows->len; i++) {
        const jx_prow *row = e->table->rows->pdata[i];
        jx_role what = JX_ROLE_NONE;
        for (guint k = 0; k < row->cells->len; k++) {
            const jx_pcell *c = row->cells->pdata[k];
            if (c->col == 0) {
                what = jx_header_word_role(c->norm);
                continue;
            }
            if (c->col >= n)
                continue;
            char **slot = what == JX_ROLE_WEIGHT ? &weight[c->col]
                          : what == JX_ROLE_SCORE ? &score[c->col]
                          : what == JX_ROLE_RATE  ? &rate[c->col]
                                                  : NULL;
            if (slot) {
                put(slot, number_of(c->norm, what == JX_ROLE_RATE));
                page[c->col] = page[c->col] ? page[c->col] : row->page;
            }
        }
    }
    int index = 0;
    for (int c = 1; c < n; c++) {
        if (!*h->texts[c])
            continue;
        index++;
        char *label = NULL;
        char *inside = split_weight(h->texts[c], &label);
        const char *w = weight[c] ? weight[c] : inside;
        /* 得分合计 heads the totals' column: a summary, as 合计 does */
        gboolean summary = jx_score_is_summary(label) || jx_header_word_role(label) != JX_ROLE_NONE;
        emit(e, index, page[c], NULL, summary ? NULL : label, NULL, label, w, score[c], rate[c],
             NULL);
        g_free(inside);
        g_free(label);
    }
    for (int c = 0; c < n; c++) {
        g_free(weight[c]);
        g_free(score[c]);
        g_free(rate[c]);
    }
    g_free(weight);
    g_free(score);
    g_free(rate);
    g_free(page);
}

void jx_score_emit(const jx_source *src, const jx_ptable *table, jx_record_list *out)
{
    const jx_header *h = table->header;
    if (h->transposed) {
        emitter te = {src, table, out};
        emit_transposed(&te);
        return;
    }
    guint n = table->rows->len;
    score_row *rows = g_new0(score_row, n + 1);
    for (guint i = 0; i < n; i++) {
        read_row(h, table->rows->pdata[i], &rows[i]);
        place_by_code(&rows[i]);
        drop_sentence_label(&rows[i]);
        place_shifted_leaf(&rows[i], header_has(h, JX_ROLE_SCORE));
    }
    emitter e = {src, table, out};
    /* Tables that explain their indicators (指标解释, 评分标准) list them
     * whether or not a score is printed; elsewhere a row without a number
     * (评价等次 | 优) is no indicator. */
    gboolean explains = header_has(h, JX_ROLE_EXPLAIN);
    gboolean parents = parents_weighted(h, rows, n);
    if (parents)
        place_early_labels(rows, n);
    char *caption = header_has(h, JX_ROLE_LEVEL1) ? NULL : caption_level1(table->above);
    char *path[LEVELS] = {0}, *path_code[LEVELS] = {0};
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    int data_row = 0;
    jx_record *last = NULL; /* the last record, which a wrapped reason continues */
    for (guint i = 0; i < n; i++) {
        score_row *r = &rows[i];
        if (is_fragment(r)) {
            /* a reason wrapped onto the next row belongs to the record above */
            if (r->reason && last) {
                const char *before = jx_record_string(last, JX_F_REASON);
                char *joined = before ? jx_norm_join(before, r->reason) : g_strdup(r->reason);
                jx_record_set_string(last, JX_F_REASON, joined);
                g_free(joined);
            }
            continue;
        }
        int index = ++data_row;
        if (r->summary) {
            const char *w = NULL, *s = NULL;
            for (int k = LEVELS - 1; k >= 0; k--) {
                w = w ? w : r->weight[k];
                s = s ? s : r->score[k];
            }
            last = emit(&e, index, r->page, NULL, NULL, NULL, r->summary, w, s, r->rate, r->reason);
            continue;
        }
        int deepest = -1;
        for (int k = 0; k < LEVELS; k++)
            if (r->label[k]) {
                deepest = k;
                g_free(path[k]);
                g_free(path_code[k]);
                path[k] = g_strdup(r->label[k]);
                path_code[k] = g_strdup(r->code[k]);
                for (int j = k + 1; j < LEVELS; j++)
                    if (!r->label[j]) {
                        g_clear_pointer(&path[j], g_free);
                        g_clear_pointer(&path_code[j], g_free);
                    }
            }
        if (deepest < 0 && !r->numbers)
            continue;
        if (deepest < 0)
            deepest = LEVELS - 1;
        const char *l1 = path[0] ? path[0] : caption;
        if (!r->numbers && !(explains && r->label[deepest]))
            continue; /* 评价等次 | 优: no indicator */
        /* the parents this row writes, before it (form c, d) */
        for (int k = 0; k < deepest; k++) {
            if (!r->label[k] || !(parents || r->weight[k] || r->score[k]))
                continue;
            char *key = g_strdup_printf("%d\x1f%s\x1f%s", k, k ? l1 ? l1 : "" : "", r->label[k]);
            if (!g_hash_table_add(seen, key))
                continue; /* a parent is one record, however often its label is printed */
            emit(&e, index, r->page, r->code[k], k == 0 ? r->label[0] : l1,
                 k == 1 ? r->label[1] : NULL, r->label[k], r->weight[k], r->score[k], NULL, NULL);
        }
        /* a row of numbers under no label of its own continues the indicator
         * above; with none above, its name is empty rather than invented */
        const char *name = path[deepest] ? path[deepest] : "";
        if (deepest == LEVELS - 1 && explains && g_utf8_strlen(name, -1) > NAME_MAX_CHARS)
            continue; /* a piece of an explanation in the name column */
        if (deepest < LEVELS - 1) {
            char *key =
                g_strdup_printf("%d\x1f%s\x1f%s", deepest, deepest ? l1 ? l1 : "" : "", name);
            g_hash_table_add(seen, key);
        }
        last = emit(&e, index, r->page, path_code[deepest] ? path_code[deepest] : r->code[deepest],
             deepest == 0 ? name : l1, deepest == 0 ? NULL : deepest == 1 ? name : path[1], name,
             r->weight[deepest], r->score[deepest], r->rate, r->reason);
    }
    g_hash_table_unref(seen);
    for (int k = 0; k < LEVELS; k++) {
        g_free(path[k]);
        g_free(path_code[k]);
    }
    g_free(caption);
    for (guint i = 0; i < n; i++)
        score_row_clear(&rows[i]);
    g_free(rows);
}
