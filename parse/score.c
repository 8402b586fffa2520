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

/* A caption longer than this is a sentence about the table, not its title. */
#define CAPTION_MAX_CHARS 40
/* A level-1 label a caption starts with (决策指标评分结果汇总表) is this short. */
#define CAPTION_LABEL_MAX_CHARS 5
/* An indicator's name is short; a longer text in the name column of a table
 * that explains its indicators is a wrapped piece of an explanation. */
#define NAME_MAX_CHARS 40

gboolean jx_score_is_self_evaluation(const jx_header *h)
{
    gboolean value = FALSE, actual = FALSE;
    for (int c = 0; c < h->n_cols; c++) {
        value |= h->roles[c] == JX_ROLE_VALUE;
        actual |= h->roles[c] == JX_ROLE_ACTUAL;
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
    int line;             /* the source line the row stands on, 0 unknown */
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

/* Frees what row `r` holds at `level` (label, code, weight, score), before a
 * group's label and figures are moved there: a row without a label at a
 * level may still have had a figure read into it, which the move replaces. */
static void clear_level(score_row *r, int level)
{
    g_clear_pointer(&r->label[level], g_free);
    g_clear_pointer(&r->code[level], g_free);
    g_clear_pointer(&r->weight[level], g_free);
    g_clear_pointer(&r->score[level], g_free);
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
gboolean jx_score_is_bare_code(const char *norm)
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

/* The column a cell standing under no header word belongs to (a layout
 * dump opened a column between 分值 and 三级指标 for a weight printed off
 * its header: `满意度 | | 9 | 服务对象满意度`): the column left of it, else
 * the one right of it, when it has a role the cell fits and no other cell
 * of the row stands in it.  -1 when neither. */
static int neighbour_column(const jx_header *h, const jx_prow *row, guint i)
{
    const jx_pcell *c = row->cells->pdata[i];
    for (int step = -1; step <= 1; step += 2) {
        int col = c->col + step;
        if (col < 0 || col >= h->n_cols || h->roles[col] == JX_ROLE_NONE ||
            !fits(c->kind, h->roles[col]))
            continue;
        gboolean taken = FALSE;
        for (guint k = 0; k < row->cells->len; k++)
            taken |= k != i && ((const jx_pcell *)row->cells->pdata[k])->col == col;
        if (!taken)
            return col;
    }
    return -1;
}

/* A row every cell of which fits the column it stands in is read as laid
 * out: a dump that kept its columns (tab-separated text) says where each
 * cell belongs better than what the cell is — `满意度` under 二级指标 is a
 * level-2 there, though the word names a level-1 too.  Fills `assign` and
 * `cols` and returns TRUE, or FALSE to let align.c match the row. */
static gboolean laid_out(const jx_header *h, const jx_prow *row, jx_role *assign, int *cols)
{
    guint n = row->cells->len;
    for (guint i = 0; i < n; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        int col = c->col;
        if (col < h->n_cols && h->roles[col] == JX_ROLE_NONE)
            col = neighbour_column(h, row, i);
        if (col < 0 || col >= h->n_cols || !fits(c->kind, h->roles[col]))
            return FALSE;
        assign[i] = h->roles[col];
        cols[i] = col;
    }
    return TRUE;
}

/* Reads one table row: each cell by the role and column it fills.  A bare
 * code (D1) is the code of the row's label wherever it stands, so it is kept
 * out of the matching: as text it would outbid the label the taxonomy knows
 * (项目效益) for the name column when a dump moved the columns. */
static void read_row(const jx_header *h, const jx_prow *row, score_row *r)
{
    guint n = row->cells->len;
    jx_role *assign = g_new0(jx_role, n + 1);
    int *cols = g_new0(int, n + 1);
    jx_prow matched = *row;
    matched.cells = g_ptr_array_new();
    GArray *origin = g_array_new(FALSE, FALSE, sizeof(guint)); /* matched cell → row cell */
    gboolean code_seen = FALSE;
    for (guint i = 0; i < n; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        cols[i] = -1;
        if (!code_seen && jx_score_is_bare_code(c->norm)) {
            code_seen = TRUE; /* the first is the code, as read below */
            continue;
        }
        g_ptr_array_add(matched.cells, row->cells->pdata[i]);
        g_array_append_val(origin, i);
    }
    guint m = matched.cells->len;
    jx_role *massign = g_new0(jx_role, m + 1);
    int *mcols = g_new0(int, m + 1);
    if (!laid_out(h, &matched, massign, mcols))
        jx_align_row_cols(h, &matched, 0, NULL, massign, mcols);
    for (guint k = 0; k < m; k++) {
        assign[g_array_index(origin, guint, k)] = massign[k];
        cols[g_array_index(origin, guint, k)] = mcols[k];
    }
    g_free(massign);
    g_free(mcols);
    g_array_free(origin, TRUE);
    g_ptr_array_unref(matched.cells);
    r->page = row->page;
    r->line = row->line;
    r->nums = g_ptr_array_new_with_free_func(g_free);
    r->num_levels = g_array_new(FALSE, FALSE, sizeof(int));
    char *code_cell = NULL;
    for (guint i = 0; i < n; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        const char *norm = c->norm;
        if (jx_score_is_bare_code(norm) && !code_cell) {
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
            clear_level(next, level);
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

/*
 * TRUE when the weights printed for the parents agree with their children as
 * the labels stand: every level-2 weight is the sum of the leaf weights of
 * its rows, every level-1 weight the sum of its level-2 weights (of its leaf
 * weights where no level-2 weight is printed), and at least one parent
 * weight is printed.  Arithmetic that comes out exact everywhere confirms
 * where the labels stand better than any reading of their placement can, so
 * such a table is not re-seated (a tab-separated table with its labels on
 * the first row of each group, whose names share no words with its labels).
 */
static gboolean parent_weights_agree(const score_row *rows, guint n)
{
    const int leaf = LEVELS - 1;
    gboolean any = FALSE;
    for (int level = 0; level < leaf; level++) {
        double want = -1, sum = 0, leaf_sum = 0;
        gboolean child_weights = FALSE;
        for (guint i = 0; i <= n; i++) {
            const score_row *r = i < n ? &rows[i] : NULL;
            gboolean closes = !r || r->summary || r->label[level] ||
                              (level > 0 && r->label[0]);
            if (closes && want >= 0) {
                double got = level == 0 && child_weights ? sum : leaf_sum;
                if (ABS(got - want) >= SUM_SLACK)
                    return FALSE;
                any = TRUE;
            }
            if (!r)
                break;
            if (closes) {
                want = r->label[level] && r->weight[level] ? value_of(r->weight[level]) : -1;
                sum = leaf_sum = 0;
                child_weights = FALSE;
            }
            if (level == 0 && r->label[1] && r->weight[1]) {
                sum += value_of(r->weight[1]);
                child_weights = TRUE;
            }
            if (r->label[leaf] && r->weight[leaf])
                leaf_sum += value_of(r->weight[leaf]);
        }
    }
    return any;
}

/* ------------------------------------------------------------- centred labels */

/* A row that carries nothing of its own: no label, no number, no summary
 * word — the wrapped rest of a long explanation (指标解释, 评分标准) or of a
 * reason. */
static gboolean is_fragment_row(const score_row *r)
{
    return !r->summary && !r->numbers && !r->label[0] && !r->label[1] && !r->label[2];
}

/* Moves row `from`'s label at `level` (its code, weight and score with it)
 * to row `to`, which writes none there. */
static void move_label(score_row *rows, guint from, guint to, int level)
{
    score_row *f = &rows[from], *t = &rows[to];
    clear_level(t, level);
    t->label[level] = f->label[level];
    t->code[level] = f->code[level];
    t->weight[level] = f->weight[level];
    t->score[level] = f->score[level];
    f->label[level] = f->code[level] = f->weight[level] = f->score[level] = NULL;
    t->numbers |= t->weight[level] || t->score[level];
    /* a row left with no label and no figure (a label's own line) is empty */
    gboolean any = f->rate != NULL;
    for (int k = 0; k < LEVELS; k++)
        any |= f->label[k] || f->weight[k] || f->score[k];
    f->numbers = any;
}

/* A row of nothing but group labels (and their weights): a dump set a
 * merged label's text on a line of its own between the rows of its span. */
static gboolean is_label_row(const score_row *r)
{
    int leaf = LEVELS - 1;
    return !r->summary && !r->label[leaf] && !r->weight[leaf] && !r->score[leaf] && !r->rate &&
           (r->label[0] || r->label[1]);
}

/* One run of rows the resolver takes: the rows that make records (member),
 * and for each level the row each member's label was printed on (owner; -1
 * none), a label's own line going to a neighbouring member without one. */
typedef struct {
    int n;
    guint *member;
    int *owner[LEVELS - 1];
    double *line_lo, *line_hi, *label_line[LEVELS - 1];
    gboolean lines; /* every row's line is known and they rise */
} label_run;

/* Fills `run` with the rows from `from` up to the next summary row (合计
 * closes the groups above it): members are the rows that are neither a
 * wrapped fragment nor, in a table that centred its labels, a line of
 * labels.  Such a line's labels go to the member below when it prints none
 * at that level, else to the one above, else stay where they are (filled
 * down as printed): below, so that a span's first row shows no label when
 * the label is centred, which is how labels.c tells the region's placement.
 * Returns where the next run starts. */
static guint label_run_fill(label_run *run, const score_row *rows, guint n, guint from)
{
    guint end = from;
    while (end < n && !rows[end].summary)
        end++;
    /* a table that opens with a line of labels prints its parents on rows of
     * their own, above their children (top): those rows are members, read
     * as they stand; one that opens with an indicator centred them */
    guint first = from;
    while (first < end && is_fragment_row(&rows[first]))
        first++;
    gboolean centred = first < end && !is_label_row(&rows[first]);
    run->n = 0;
    for (guint i = from; i < end; i++)
        if (!is_fragment_row(&rows[i]) && !(centred && is_label_row(&rows[i])))
            run->member[run->n++] = i;
    run->lines = TRUE;
    for (int i = 0; i < run->n; i++) {
        const score_row *r = &rows[run->member[i]];
        run->line_lo[i] = run->line_hi[i] = r->line;
        run->lines &= r->line > 0 && (i == 0 || r->line > rows[run->member[i - 1]].line);
        for (int k = 0; k < LEVELS - 1; k++) {
            run->owner[k][i] = r->label[k] ? (int)run->member[i] : -1;
            run->label_line[k][i] = r->line;
        }
    }
    int at = -1; /* the last member before row i */
    for (guint i = from; i < end; i++) {
        if (at + 1 < run->n && run->member[at + 1] == i) {
            at++;
            continue;
        }
        const score_row *r = &rows[i];
        /* a wrapped line (a reason's rest) makes the member above taller */
        if (at >= 0 && r->line > run->line_hi[at] && (!is_label_row(r) || r->reason))
            run->line_hi[at] = r->line;
        if (!is_label_row(r) || !centred)
            continue;
        for (int k = 0; k < LEVELS - 1; k++) {
            if (!r->label[k])
                continue;
            int to = at + 1 < run->n && run->owner[k][at + 1] < 0 ? at + 1
                     : at >= 0 && run->owner[k][at] < 0             ? at
                                                                    : -1;
            if (to >= 0) {
                run->owner[k][to] = (int)i;
                run->label_line[k][to] = r->line;
            }
        }
    }
    return end + 1;
}

/* Seats one level's labels at the first row of the span the resolver gave
 * them (`col` the run's labels): the records fill each label down from
 * where it stands. */
static void seat_labels(score_row *rows, const label_run *run, const jx_label_column *col,
                        int level)
{
    for (int i = 0; i < run->n; i++) {
        int owner = run->owner[level][i];
        if (owner < 0)
            continue;
        int top = i;
        while (top > 0 && g_strcmp0(col->resolved[top - 1], col->resolved[i]) == 0 &&
               run->owner[level][top - 1] < 0)
            top--;
        guint to = run->member[top];
        if ((guint)owner != to && !rows[to].label[level])
            move_label(rows, (guint)owner, to, level);
    }
}

/* The rows' pitch in lines: the median step between members (1 in a layout
 * dump, 2 in a text browser's that parts rows with blank lines); centring
 * is judged with half of it as slack each way (labels.c). */
static double run_pitch(const label_run *run)
{
    if (run->n < 2)
        return 1;
    int *steps = g_new(int, run->n);
    for (int i = 1; i < run->n; i++)
        steps[i - 1] = (int)(run->line_lo[i] - run->line_lo[i - 1]);
    /* a median by insertion: runs are a table's rows, a few dozen */
    for (int i = 1; i < run->n - 1; i++)
        for (int j = i; j > 0 && steps[j - 1] > steps[j]; j--) {
            int t = steps[j];
            steps[j] = steps[j - 1];
            steps[j - 1] = t;
        }
    int median = steps[(run->n - 1) / 2];
    g_free(steps);
    return MAX(1, median);
}

/*
 * Merged level labels (form b, c) in a dump that centred them: a layout dump
 * sets a merged cell's text on the middle line of its span, and a text
 * browser on the middle of its lines, so a label can stand below rows that
 * are its own, on a row or on a line of its own between two.  The level-1
 * and level-2 labels are resolved by the machinery target tables use
 * (labels.c: the words the labels share with the names, the taxonomy, the
 * placement the region shows; centring judged in lines where the rows'
 * lines are known), as jx_target_emit does, and each label is then seated
 * at the first row of its span, where the records fill it down from.  A
 * table that fills its labels down is left as it is: its labels stand on
 * the first row of their spans already.
 */
static void resolve_centred_labels(score_row *rows, guint n)
{
    label_run run = {.member = g_new0(guint, n + 1),
                     .line_lo = g_new0(double, n + 1),
                     .line_hi = g_new0(double, n + 1)};
    for (int k = 0; k < LEVELS - 1; k++) {
        run.owner[k] = g_new0(int, n + 1);
        run.label_line[k] = g_new0(double, n + 1);
    }
    jx_segmenter *seg = jx_segmenter_new();
    for (guint from = 0; from < n;) {
        from = label_run_fill(&run, rows, n, from);
        int m = run.n;
        if (m < 2)
            continue;
        jx_label_column l1, l2, probe;
        jx_label_column_init(&l1, m);
        jx_label_column_init(&l2, m);
        jx_label_column_init(&probe, m);
        const char **name_texts = g_new0(const char *, m + 1);
        for (int i = 0; i < m; i++) {
            const score_row *r = &rows[run.member[i]];
            int o1 = run.owner[0][i], o2 = run.owner[1][i];
            jx_label_column_set_explicit(&l1, i, o1 >= 0 ? rows[o1].label[0] : NULL);
            jx_label_column_set_explicit(&l2, i, o2 >= 0 ? rows[o2].label[1] : NULL);
            jx_label_column_set_explicit(&probe, i, l2.explicit_label[i]);
            name_texts[i] = r->label[LEVELS - 1];
        }
        jx_name_words *names = jx_name_words_new(seg, name_texts, m);
        g_free(name_texts);
        jx_label_context base = {.name_words = names, .empty = ""};
        if (run.lines) {
            base.line_lo = run.line_lo;
            base.line_hi = run.line_hi;
            base.line_pitch = run_pitch(&run);
            base.label_inside = TRUE;
        }
        /* level 2 alone first: its spans are where level-1 spans may end,
         * and how its labels sit (shown by their words) says how the
         * level-1 ones do */
        jx_label_context ctx = base;
        ctx.label_line = run.lines ? run.label_line[1] : NULL;
        jx_labels_resolve(&probe, &ctx);
        gboolean *child_start = jx_labels_child_starts(&probe);
        jx_placement *regime = g_new0(jx_placement, m + 1);
        jx_labels_regime(&probe, regime);
        ctx = base;
        ctx.children = probe.resolved;
        ctx.child_start = child_start;
        ctx.regime = regime;
        ctx.label_line = run.lines ? run.label_line[0] : NULL;
        jx_labels_resolve(&l1, &ctx);
        ctx = base;
        ctx.parent = l1.resolved;
        ctx.regime = regime;
        ctx.label_line = run.lines ? run.label_line[1] : NULL;
        jx_labels_resolve(&l2, &ctx);
        seat_labels(rows, &run, &l1, 0);
        seat_labels(rows, &run, &l2, 1);
        g_free(regime);
        g_free(child_start);
        jx_name_words_free(names);
        jx_label_column_clear(&probe);
        jx_label_column_clear(&l1);
        jx_label_column_clear(&l2);
    }
    jx_segmenter_free(seg);
    for (int k = 0; k < LEVELS - 1; k++) {
        g_free(run.owner[k]);
        g_free(run.label_line[k]);
    }
    g_free(run.member);
    g_free(run.line_lo);
    g_free(run.line_hi);
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
        place_shifted_leaf(&rows[i], table_has_role(h, JX_ROLE_SCORE));
    }
    emitter e = {src, table, out};
    /* Tables that explain their indicators (指标解释, 评分标准) list them
     * whether or not a score is printed; elsewhere a row without a number
     * (评价等次 | 优) is no indicator. */
    gboolean explains = table_has_role(h, JX_ROLE_EXPLAIN);
    gboolean parents = parents_weighted(h, rows, n);
    if ((table_has_role(h, JX_ROLE_LEVEL1) || table_has_role(h, JX_ROLE_LEVEL2)) &&
        !parent_weights_agree(rows, n))
        resolve_centred_labels(rows, n);
    if (parents)
        place_early_labels(rows, n);
    char *caption = table_has_role(h, JX_ROLE_LEVEL1) ? NULL : caption_level1(table->above);
    char *path[LEVELS] = {0}, *path_code[LEVELS] = {0};
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    int data_row = 0;
    jx_record *last = NULL; /* the last record, which a wrapped reason continues */
    for (guint i = 0; i < n; i++) {
        score_row *r = &rows[i];
        if (is_fragment_row(r)) {
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
