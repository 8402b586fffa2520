/*
 * funds.c — a self-evaluation's 项目资金 block → funds records, and the
 * small readers of self-evaluation forms shared with document.c and target.c.
 *
 * The block (财预〔2020〕10号):
 *
 *   项目资金（万元） |                | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
 *                    | 年度资金总额   | 90         | 90         | 89.974     | 10   | 99.97% | 9.99
 *                    | 其中：本年财政拨款 | 90     | 90         | 89.974     | —    | —      | —
 *                    | 上年结转资金   |            |            |            | —    | —      | —
 *
 * The first column is a merged label; each row is an item (as printed) and
 * up to six figures.  Figures go to their header column; a dump that dropped
 * the empty cells (every figure moved left) gives them in header order.
 */
#include "parse/parse.h"

#include <math.h>
#include <string.h>

static gboolean is_blank_mark(const char *norm);

/* What a funds column holds, from its header text (first match wins: 预算执行率
 * before 执行数, 全年执行数 before 全年预算数 …). */
typedef jx_funds_col fcol;

static const struct {
    const char *word;
    fcol col;
} funds_words[] = {
    {"执行率", JX_FC_RATE},     {"得分", JX_FC_SCORE},        {"分值", JX_FC_WEIGHT},
    {"权重", JX_FC_WEIGHT},     {"年初预算", JX_FC_PLANNED},  {"年初", JX_FC_PLANNED},
    {"调整后预算", JX_FC_ADJUSTED}, {"全年预算", JX_FC_ADJUSTED}, {"调整", JX_FC_ADJUSTED},
    {"执行数", JX_FC_SPENT},    {"实际支出", JX_FC_SPENT},    {"支出数", JX_FC_SPENT},
    /* 全年执行数 wrapped after 执行 (a layout dump's narrow column: `全年执行` /
     * `数`, the 数 left on a line the header is not read with) */
    {"全年执行", JX_FC_SPENT},
    /* … or after 执 (`全年执` / `行数`), a column narrower by one character */
    {"全年执", JX_FC_SPENT},
    /* the first lines of 全年预算数 and 执行率 wrapped in narrow columns */
    {"全年预", JX_FC_ADJUSTED}, {"执行", JX_FC_RATE},
    /* a lone 预算数 (older forms: 预算数 | 执行数 | 执行率 | 得分) is the budget as set */
    {"预算数", JX_FC_PLANNED},
};

static const jx_field fc_field[] = {
    [JX_FC_PLANNED] = JX_F_PLANNED, [JX_FC_ADJUSTED] = JX_F_ADJUSTED, [JX_FC_SPENT] = JX_F_SPENT,
    [JX_FC_WEIGHT] = JX_F_WEIGHT,   [JX_FC_RATE] = JX_F_RATE,         [JX_FC_SCORE] = JX_F_SCORE,
};
#define FC_COUNT (JX_FC_SCORE + 1)

jx_funds_col jx_funds_column(const char *text)
{
    for (gsize i = 0; text && i < G_N_ELEMENTS(funds_words); i++)
        if (strstr(text, funds_words[i].word))
            return funds_words[i].col;
    return JX_FC_NONE;
}

/* The columns header text `text` names, left to right, into `named` (room
 * for FC_COUNT); their count.  A layout dump may set two headers' words in
 * one cell (`分值 执行率`); at each place the first word of funds_words
 * that starts there wins, as in jx_funds_column. */
static int columns_named(const char *text, fcol *named)
{
    int k = 0;
    for (const char *p = text; *p && k < FC_COUNT;) {
        gsize len = 0;
        for (gsize i = 0; i < G_N_ELEMENTS(funds_words) && !len; i++)
            if (g_str_has_prefix(p, funds_words[i].word)) {
                len = strlen(funds_words[i].word);
                named[k++] = funds_words[i].col;
            }
        p += len ? len : 1;
    }
    return k;
}

/* Cells that say "nothing here" in a self-evaluation: the form's dashes. */
static const char *const blank_marks[] = {"-", "—", "——", "/", "－", "--", "无", "不适用"};

gboolean jx_selfeval_is_blank(const char *norm)
{
    return !norm || !*norm || is_blank_mark(norm);
}

static gboolean is_blank_mark(const char *norm)
{
    for (gsize i = 0; i < G_N_ELEMENTS(blank_marks); i++)
        if (strcmp(norm, blank_marks[i]) == 0)
            return TRUE;
    return FALSE;
}

/* A figure of a funds cell as a decimal string: `89.974`, `99.97%` (the
 * percent sign dropped: rates are percent), `1,200.5`; NULL when none. */
static char *figure_of(const char *norm)
{
    if (!norm || !*norm)
        return NULL;
    char *t = g_strstrip(g_strdup(norm));
    /* a narrow column wraps a figure at its point (`100.` / `00%`), and the
     * lines join with a space; two figures side by side (`20 100%`, a
     * layout dump's neighbours) stay apart */
    char *space = strchr(t, ' ');
    if (space && !strchr(space + 1, ' ') && strspn(t, "0123456789., %") == strlen(t) &&
        space > t && (space[-1] == '.' || space[1] == '.' || strcmp(space + 1, "%") == 0))
        memmove(space, space + 1, strlen(space + 1) + 1);
    gsize n = strlen(t);
    if (n && t[n - 1] == '%')
        t[--n] = '\0';
    /* a unit written after the figure (万元, 分) says nothing more here */
    static const char *const tails[] = {"万元", "元", "分"};
    for (gsize i = 0; i < G_N_ELEMENTS(tails); i++)
        if (g_str_has_suffix(t, tails[i]) && n > strlen(tails[i])) {
            t[n - strlen(tails[i])] = '\0';
            break;
        }
    char *num = *t && (g_ascii_isdigit(t[0]) || t[0] == '.' || t[0] == '-') ? jx_norm_number(t)
                                                                           : NULL;
    g_free(t);
    return num;
}

/* Words of the rows of a funds block (an item is named by one of them). */
static const char *const item_words[] = {"资金总额", "财政拨款", "结转", "其他资金", "其中",
                                         "自筹",     "合计",     "资金",     "小计",
                                         /* a department's form: its rows by kind of spending */
                                         "基本支出", "项目支出"};

static gboolean names_item(const char *norm)
{
    return jx_norm_holds_listed(norm, item_words, G_N_ELEMENTS(item_words));
}

/* The merged label of the block (项目资金（万元）; 年度预算执行情况（万元） or
 * 年度预算情况（万元） in a department's form) is no item. */
static const char *const block_labels[] = {"项目资金", "资金情况", "预算执行情况", "年度预算执行",
                                           "预算执行", "预算情况"};

static gboolean is_block_label(const char *norm)
{
    return jx_norm_holds_listed(norm, block_labels, G_N_ELEMENTS(block_labels));
}

/* The whole merged labels a layout dump breaks into fragments over the
 * block's rows (`项目` / `资金` / `(万` / `元)`), in both bracket forms. */
static const char *const whole_block_labels[] = {"项目资金(万元)", "项目资金（万元）",
                                                 "年度预算执行情况(万元)", "年度预算执行情况（万元）",
                                                 "年度预算情况(万元)", "年度预算情况（万元）"};

/* TRUE when `norm` is a piece of a merged block label (`资金` is no item). */
static gboolean is_label_fragment(const char *norm)
{
    for (gsize i = 0; i < G_N_ELEMENTS(whole_block_labels); i++)
        if (strstr(whole_block_labels[i], norm))
            return TRUE;
    return FALSE;
}

/* The item a row names: its first text cell that names an item, else its
 * first text cell that is no block label.  A layout dump (pdftotext -layout)
 * sets the merged block label's fragments (项目资 | 金(万元)) on the rows
 * beside the items, so the first text cell is not always the item. */
static const char *row_item(const jx_prow *row)
{
    const char *first = NULL;
    for (guint i = 0; i < row->cells->len; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        if (!*c->norm || is_blank_mark(c->norm))
            continue;
        char *f = figure_of(c->norm);
        if (f) {
            g_free(f);
            continue;
        }
        if (is_block_label(c->norm) || is_label_fragment(c->norm))
            continue;
        if (names_item(c->norm))
            return c->norm;
        if (!first)
            first = c->norm;
    }
    return first;
}

gboolean jx_funds_names_item(const char *norm)
{
    return norm && names_item(norm) && !is_block_label(norm);
}

/* Whether a row names an item and prints a figure. */
static gboolean is_item_row(const jx_prow *row)
{
    const char *item = row_item(row);
    if (!item || !names_item(item))
        return FALSE;
    for (guint i = 0; i < row->cells->len; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        char *f = figure_of(c->norm);
        if (f) {
            g_free(f);
            return TRUE;
        }
    }
    return FALSE;
}

/* TRUE when `norm` may be the last line of a figure a narrow column wrapped
 * after its point (`0%`, `00%`, `%`, `3` under `100.0`, `100.`, `1,682.9`):
 * digits and a percent sign at most. */
static gboolean is_figure_tail(const char *norm)
{
    gsize digits = strspn(norm, "0123456789");
    return *norm && (norm[digits] == '\0' || strcmp(norm + digits, "%") == 0);
}

/* TRUE when `below`, the row right under item row `row`, holds nothing but
 * the last lines of `row`'s figures wrapped after their points (`100.` /
 * `00%` of a rate): each of its texts a figure tail (is_figure_tail) under
 * a figure of `row` with a point and no percent sign yet, or a piece of the
 * block label (`（万`, `元）`).  A layout dump sets the tails on a line of
 * their own. */
static gboolean holds_figure_tails(const jx_prow *row, const jx_prow *below)
{
    const char *item = row_item(below);
    if (!is_item_row(row) || (item && names_item(item)))
        return FALSE;
    int tails = 0;
    for (guint i = 0; i < below->cells->len; i++) {
        const jx_pcell *c = below->cells->pdata[i];
        if (!*c->norm || c->norm == item)
            continue;
        const jx_pcell *up = jx_prow_cell(row, c->col);
        if (!is_figure_tail(c->norm) || !up || !strchr(up->norm, '.') || strchr(up->norm, '%'))
            return FALSE;
        tails++;
    }
    return tails > 0;
}

/* TRUE when `piece` (`len` bytes) holds a bracket: a piece of a block
 * label's unit caption (`(万元)`), never the start of an item's name. */
static gboolean holds_bracket(const char *piece, gsize len)
{
    for (gsize i = 0; i < len; i++)
        if (piece[i] == '(' || piece[i] == ')')
            return TRUE;
    return g_strstr_len(piece, (gssize)len, "（") || g_strstr_len(piece, (gssize)len, "）");
}

/* The item `item` names without a piece of the block label's unit caption
 * run into its head: a layout dump sets the merged label's lines (`项目资` /
 * `金` / `（万元` / `）`) on the items' lines, and where a piece stands
 * tight against the item the reader keeps both in one cell
 * (`(万元年度资金总额`, `)其中:本年财政拨款`, `(万元)其中:财政拨款`).  The
 * longest head that is a piece of a whole block label and holds a bracket,
 * its rest naming an item, is dropped (a pointer into `item`). */
static const char *item_past_label_piece(const char *item)
{
    const char *past = item;
    for (const char *p = g_utf8_next_char(item); *p; p = g_utf8_next_char(p)) {
        gsize len = (gsize)(p - item);
        char *head = g_strndup(item, len);
        if (holds_bracket(item, len) && is_label_fragment(head) && names_item(p))
            past = p;
        g_free(head);
    }
    return past;
}

/* Emits one funds record; `shifted`: its figures were placed in header
 * order, not by their columns (records.md: funds.flags). */
static void emit_one(const jx_source *src, const jx_ptable *table, const jx_prow *row, int *emitted,
                     const char *item, char **val, gboolean shifted, jx_record_list *out)
{
    jx_record *rec = jx_record_new(JX_RECORD_FUNDS);
    jx_record_set_string(rec, JX_F_DOC, jx_source_name(src));
    jx_record_set_int(rec, JX_F_TABLE, table->index);
    jx_record_set_int(rec, JX_F_ROW, ++*emitted);
    if (row->page > 0)
        jx_record_set_int(rec, JX_F_PAGE, row->page);
    else
        jx_record_set_null(rec, JX_F_PAGE);
    jx_record_set_string(rec, JX_F_ITEM, item ? item_past_label_piece(item) : "");
    for (int k = JX_FC_PLANNED; k < FC_COUNT; k++) {
        jx_record_set_string(rec, fc_field[k], val[k]);
        g_free(val[k]);
        val[k] = NULL;
    }
    /* what the reading guessed, sorted as an indicator's flags are */
    GPtrArray *flags = g_ptr_array_new();
    if (shifted)
        g_ptr_array_add(flags, (gpointer) "columns-shifted");
    if (row->guessed)
        g_ptr_array_add(flags, (gpointer) "stream-ambiguous");
    jx_record_set_list(rec, JX_F_FLAGS, flags);
    g_ptr_array_unref(flags);
    jx_record_list_append(out, rec);
}

/* A figure of a funds row: a cell, or one of the figures a cell holds side
 * by side (`text`, owned). */
typedef struct {
    const jx_pcell *cell;
    char *text;
} rowfig;

static void fig_clear(gpointer p)
{
    g_free(((rowfig *)p)->text);
}

/* Appends to `figs` the figures of cell `c` when it holds two or more side
 * by side, parted by spaces (a layout dump joins neighbouring columns' figures
 * into one cell: `20 100%`, `10 100% 10`); FALSE, nothing added, otherwise. */
static gboolean add_side_by_side(const jx_pcell *c, GArray *figs)
{
    char **parts = g_strsplit(c->norm, " ", -1);
    guint n = 0;
    gboolean all = TRUE;
    for (char **p = parts; *p && all; p++) {
        if (!**p)
            continue;
        char *f = figure_of(*p);
        all = f != NULL || is_blank_mark(*p);
        g_free(f);
        n++;
    }
    if (all && n >= 2)
        for (char **p = parts; *p; p++)
            if (**p) {
                rowfig one = {c, g_strdup(*p)};
                g_array_append_val(figs, one);
            }
    g_strfreev(parts);
    return all && n >= 2;
}

/* How many of a row's figures `figs` are no empty cell holding its place. */
static guint filled_figures(const GArray *figs)
{
    guint n = 0;
    for (guint i = 0; i < figs->len; i++) {
        const rowfig *f = &g_array_index(figs, rowfig, i);
        n += f->text || *f->cell->norm;
    }
    return n;
}

/* The columns of `k` figure texts `texts` (in order) by their shape (see
 * jx_funds_place_by_shape), under the header's `n` figure columns `order`;
 * JX_FC_NONE for a dash left out and an empty text (a cell holding its
 * place).  `*score` gets how well it reads.  NULL when there are more
 * figures than columns. */
static fcol *place_by_shape(const fcol *order, int n, gboolean adjusted, char **texts, guint k,
                            double *score)
{
    jx_funds_placing p = {order, MIN(n, JX_FUNDS_MAX_COLS), adjusted, {0}};
    const char **filled = g_new0(const char *, k + 1);
    guint m = 0;
    for (guint i = 0; i < k; i++)
        if (*texts[i])
            filled[m++] = texts[i];
    gboolean sure;
    fcol *at = NULL;
    if (m && jx_funds_place_by_shape(&p, filled, (int)m, &sure)) {
        *score = jx_funds_placement_score(&p);
        at = g_new(fcol, k);
        for (guint i = 0; i < k; i++) {
            at[i] = JX_FC_NONE;
            for (int j = 0; j < p.n; j++)
                if (p.cell[j] == texts[i])
                    at[i] = order[j];
        }
    }
    g_free(filled);
    return at;
}

/* The most pairs of figures in one cell whose order best_order tries. */
#define MAX_SWAPPED_PAIRS 3

/* Two figures of one cell (`figs`, their texts `texts`) stand in the order
 * the grid gave, which a wrapped figure and the item line's own in one
 * column do not tell (see merge_wrapped_rows): each such pair is swapped
 * when the row's figures read better by their shape so. */
static void best_order(const fcol *order, int n, gboolean adjusted, GArray *figs, char **texts)
{
    /* a percent sign wrapped under a cell of several figures ends the one
     * the shape says (`91.89 9.19` over `%`: the 执行率 is 91.89%) */
    for (guint i = 0; i < figs->len; i++) {
        const rowfig *a = &g_array_index(figs, rowfig, i);
        guint last = i;
        while (last + 1 < figs->len && g_array_index(figs, rowfig, last + 1).cell == a->cell &&
               g_array_index(figs, rowfig, last + 1).text)
            last++;
        gsize len = strlen(texts[last]);
        gboolean one_sign = a->text && last > i && len > 1 && texts[last][len - 1] == '%';
        for (guint j = i; j < last && one_sign; j++)
            one_sign = !strchr(texts[j], '%');
        if (one_sign) {
            double best = -G_MAXDOUBLE;
            guint best_at = last;
            texts[last][len - 1] = '\0';
            for (guint at = i; at <= last; at++) {
                char *old = texts[at];
                texts[at] = g_strconcat(old, "%", NULL);
                double score = -G_MAXDOUBLE, swapped = -G_MAXDOUBLE;
                g_free(place_by_shape(order, n, adjusted, texts, figs->len, &score));
                if (last == i + 1) {
                    /* …in either order (a pair's order is tried below) */
                    char *t = texts[i];
                    texts[i] = texts[last];
                    texts[last] = t;
                    g_free(place_by_shape(order, n, adjusted, texts, figs->len, &swapped));
                    texts[last] = texts[i];
                    texts[i] = t;
                    score = MAX(score, swapped);
                }
                g_free(texts[at]);
                texts[at] = old;
                if (score > best + 1e-9 || (at == last && score >= best - 1e-9)) {
                    best = score;
                    best_at = at;
                }
            }
            char *old = texts[best_at];
            texts[best_at] = g_strconcat(old, "%", NULL);
            g_free(old);
        }
        i = last;
    }

    guint pair[MAX_SWAPPED_PAIRS];
    int pairs = 0;
    for (guint i = 0; i + 1 < figs->len && pairs < MAX_SWAPPED_PAIRS; i++) {
        const rowfig *a = &g_array_index(figs, rowfig, i), *b = &g_array_index(figs, rowfig, i + 1);
        gboolean alone = (i == 0 || g_array_index(figs, rowfig, i - 1).cell != a->cell) &&
                         (i + 2 >= figs->len || g_array_index(figs, rowfig, i + 2).cell != a->cell);
        if (a->text && b->text && a->cell == b->cell && alone) {
            pair[pairs++] = i;
            i++;
        }
    }
    double best = -G_MAXDOUBLE;
    guint best_mask = 0;
    for (guint mask = 0; mask < (1u << pairs); mask++) {
        char **tried = g_memdup2(texts, sizeof(char *) * figs->len);
        for (int p = 0; p < pairs; p++)
            if (mask & (1u << p)) {
                char *t = tried[pair[p]];
                tried[pair[p]] = tried[pair[p] + 1];
                tried[pair[p] + 1] = t;
            }
        double score = -G_MAXDOUBLE;
        g_free(place_by_shape(order, n, adjusted, tried, figs->len, &score));
        g_free(tried);
        if (score > best) {
            best = score;
            best_mask = mask;
        }
    }
    for (int p = 0; p < pairs; p++)
        if (best_mask & (1u << p)) {
            guint i = pair[p];
            char *t = texts[i];
            texts[i] = texts[i + 1];
            texts[i + 1] = t;
            rowfig f = g_array_index(figs, rowfig, i);
            g_array_index(figs, rowfig, i) = g_array_index(figs, rowfig, i + 1);
            g_array_index(figs, rowfig, i + 1) = f;
        }
}

/* How well figure texts `texts` read in the columns `at` (k of each) give
 * them, under the header's figure columns `order` (see place_by_shape). */
static double columns_score(const fcol *order, int n, gboolean adjusted, char **texts,
                            const fcol *at, guint k)
{
    jx_funds_placing p = {order, MIN(n, JX_FUNDS_MAX_COLS), adjusted, {0}};
    for (guint i = 0; i < k; i++)
        for (int j = 0; j < p.n && *texts[i]; j++)
            if (order[j] == at[i] && !p.cell[j]) {
                p.cell[j] = texts[i];
                break;
            }
    return jx_funds_placement_score(&p);
}

/* A row's figures read by their shape rather than under the header's
 * columns when the shape reads this much better (see the FP_ weights): more
 * than an amount column left empty costs (a form that prints 年初预算数 and
 * leaves 全年预算数 empty), less than a percent out of 执行率. */
#define FUNDS_COLUMNS_DOUBT 3.0

/* ------------------------------------------------ rows over several lines */

/*
 * A layout dump sets a funds row over several lines: cells that wrapped in
 * their narrow columns are centred on the row (`100.00` above the item's
 * line, `%` below it; `2859.34` on it, `44` below), a word processor's
 * centres a row's one-line cells a line off its item (`10 99% 9.92` under
 * `年度资金总额 2664.8882`), and an item that wrapped leaves its rest below
 * (`其中：当年财政拨` / `款`).  Lines of nothing but such pieces (and
 * fragments of the block's merged label left of the figures) go to the
 * item row nearest them, within WRAP_MAX_LINES; a line as near the one
 * above as the one below goes up when its pieces only end figures (`%`,
 * `0%`, `44`), down when they start them.  Each column's pieces are joined
 * in line order.
 */
#define WRAP_MAX_LINES 3

/* TRUE when `norm` is a figure or a piece of one: digits, points, commas,
 * a percent sign (`100.`, `44`, `%`, `00%`). */
static gboolean is_figure_piece(const char *norm)
{
    return *norm && strspn(norm, "0123456789.,%") == strlen(norm) && strpbrk(norm, "0123456789%");
}

/* TRUE when `norm` can only end a figure: a percent sign, or a point's
 * rest (`%`, `0%`, `.5`), or digits, which end a figure cut after its point
 * as often as they make one. */
static gboolean ends_figure(const char *norm)
{
    return *norm == '%' || *norm == '.' || is_figure_tail(norm);
}

/* The rest of an item wrapped in its column is short (`款`, `拨款`). */
#define ITEM_REST_MAX_CHARS 4

typedef enum { WR_OTHER, WR_ITEM, WR_PIECES, WR_REST } wrap_kind;

/* What row `row` is to the block: an item's, one of figure pieces (and label
 * fragments left of column `first_fig`), one of a short text left of the
 * figures (maybe a wrapped item's rest), or another.  `*rest_col` gets the
 * column of that text (one such text only, else -1). */
static wrap_kind wrap_kind_of(const jx_prow *row, int first_fig, int *rest_col)
{
    if (is_item_row(row) || (row_item(row) && names_item(row_item(row))))
        return WR_ITEM;
    int pieces = 0, texts = 0;
    for (guint i = 0; i < row->cells->len; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        if (!*c->norm)
            continue;
        if (c->col >= first_fig && !is_figure_piece(c->norm))
            return WR_OTHER;
        pieces += c->col >= first_fig;
        if (c->col < first_fig && !is_block_label(c->norm) && !is_label_fragment(c->norm) &&
            g_utf8_strlen(c->norm, -1) <= ITEM_REST_MAX_CHARS) {
            texts++;
            *rest_col = c->col;
        }
    }
    if (texts != 1)
        *rest_col = -1; /* (one short text only may be an item's rest) */
    if (row->line <= 0)
        return WR_OTHER;
    return pieces ? WR_PIECES : texts == 1 ? WR_REST : WR_OTHER;
}

/* `above`, figures side by side (`10 100.0 10`, `88.4 8.85`), with the
 * tail `below` of a percent cut after its point (`0%`, `6%`) joined to the
 * first of them with a point and no percent sign, or NULL when `above` is
 * one figure, `below` no such tail, or none takes it.  Only the 执行率
 * prints a percent, and it stands left of the 得分 that may share its grid
 * column (the 分值 left of it is whole points): joined to the last figure
 * the tail made the 得分 a rate (`100%`, `8.856%`). */
static char *percent_tail_into_part(const char *above, const char *below)
{
    gsize bn = strlen(below);
    if (!strchr(above, ' ') || *below == '.' || *below == '%' || !bn || below[bn - 1] != '%' ||
        !is_figure_tail(below))
        return NULL;
    char **parts = g_strsplit(above, " ", -1);
    char *joined = NULL;
    for (char **p = parts; *p && !joined; p++) {
        if (!is_figure_piece(*p))
            break;
        if (strchr(*p, '.') && !strchr(*p, '%')) {
            char *whole = g_strconcat(*p, below, NULL);
            g_free(*p);
            *p = whole;
            joined = g_strjoinv(" ", parts);
        }
    }
    gboolean all_figures = TRUE;
    for (char **p = parts; *p; p++)
        all_figures &= is_figure_piece(*p) || strchr(*p, '%') != NULL;
    if (!all_figures) {
        g_free(joined);
        joined = NULL;
    }
    g_strfreev(parts);
    return joined;
}

/* Joins the piece `below` to the text `above` of its column: right on when
 * it finishes a figure cut at its point or before its percent sign, else
 * with a space (two figures the grid set in one column). */
static char *join_pieces(const char *above, const char *below)
{
    char *into_part = percent_tail_into_part(above, below);
    if (into_part)
        return into_part;
    gsize n = strlen(above);
    gboolean cut = (n && above[n - 1] == '.') || *below == '.' || *below == '%' ||
                   (strchr(above, '.') && !strchr(above, '%') && is_figure_tail(below));
    return g_strconcat(above, cut ? "" : " ", below, NULL);
}

/* How add_to_column joins a text to what its column holds. */
typedef enum {
    JOIN_PIECES, /* pieces of one figure, or of two the grid set in one column */
    JOIN_WORDS,  /* the lines of a wrapped text */
    JOIN_APART   /* two figures: the item line's own beside a wrapped one */
} join_how;

/* Adds `text` to column `col` of the made row `row` (cells kept in column
 * order), joined after what the column holds as `how` says. */
static void add_to_column(jx_prow *row, int col, const char *text, join_how how)
{
    guint at = 0;
    for (; at < row->cells->len; at++) {
        jx_pcell *c = row->cells->pdata[at];
        if (c->col == col) {
            char *joined = how == JOIN_WORDS    ? jx_norm_join(c->norm, text)
                           : how == JOIN_PIECES ? join_pieces(c->norm, text)
                                                : g_strconcat(c->norm, " ", text, NULL);
            jx_prow_set_texts(row, col, joined, joined);
            g_free(joined);
            return;
        }
        if (c->col > col)
            break;
    }
    jx_pcell like = {.col = col};
    g_ptr_array_insert(row->cells, (gint)at, jx_pcell_new(&like, text, text));
}

/* The item row above row r of `in` (kinds `kind`) whose item a short text
 * in column `rest_col` of row r finishes (the rest of an item wrapped in
 * its column), or -1: the nearest item row above, past pieces rows only,
 * on the page and within WRAP_MAX_LINES, its item in that column, or
 * right of it where the text stands in the block's items' column
 * `items_col` or right of a piece of the block label on its line. */
static int item_row_of_rest(const GPtrArray *in, const wrap_kind *kind, guint r, int rest_col,
                            int items_col)
{
    const jx_prow *row = in->pdata[r];
    int up = (int)r - 1;
    while (up >= 0 && kind[up] != WR_ITEM && kind[up] != WR_OTHER)
        up--;
    if (up < 0 || kind[up] != WR_ITEM)
        return -1;
    const jx_prow *item_row = in->pdata[up];
    const char *item = row_item(item_row);
    /* left of the item's column, the rest needs the items' column, or a
     * piece of the block label left of it on its line (`元）  款`) */
    int lo = items_col;
    for (guint i = 0; i < row->cells->len; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        if (c->col < rest_col && (is_block_label(c->norm) || is_label_fragment(c->norm)))
            lo = MIN(lo, c->col + 1);
    }
    gboolean same_col = FALSE;
    for (guint i = 0; i < item_row->cells->len; i++) {
        const jx_pcell *c = item_row->cells->pdata[i];
        same_col |= c->norm == item && (c->col == rest_col || (rest_col >= lo && rest_col < c->col));
    }
    return same_col && item_row->page == row->page && row->line - item_row->line <= WRAP_MAX_LINES
               ? up
               : -1;
}

/* TRUE when `own`, a figure on an item's line, is the head of a figure a
 * narrow column wrapped round the row, and its column's `n` lines below
 * are another whole figure (`first`) and then that head's tail (`last`, a
 * percent sign ending it: `%`, `6%`, `0%`).  A layout dump sets an item
 * on the top line of its row where the row's other figures sit a line
 * lower, so a wrapped 执行率 (`88.15` / `%`) opens on the item's line above
 * the 分值 a grid column shares with it (`88.15` / `10` / `%`). */
static gboolean head_over_figure(const char *own, int n, const char *first, const char *last)
{
    if (n != 2 || !own || !first || !last || !is_figure_piece(own) || strchr(own, '%'))
        return FALSE;
    gsize len = strlen(last);
    if (!len || last[len - 1] != '%' || !is_figure_tail(last))
        return FALSE;
    char *f = figure_of(first);
    gboolean whole = f && !strchr(first, '%') && first[strlen(first) - 1] != '.';
    g_free(f);
    return whole;
}

/* TRUE when item row `item_row` holds, in each column from `first_fig` on
 * where row `row` has a piece, a figure cut before its percent sign (a
 * figure piece with none): the heads `row`'s pieces end. */
static gboolean heads_over(const jx_prow *item_row, const jx_prow *row, int first_fig)
{
    int heads = 0;
    for (guint i = 0; i < row->cells->len; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        if (c->col < first_fig || !*c->norm)
            continue;
        const jx_pcell *up = jx_prow_cell(item_row, c->col);
        if (!up || !is_figure_piece(up->norm) || strchr(up->norm, '%'))
            return FALSE;
        heads++;
    }
    return heads > 0;
}

/* The rows of a funds block with each item row's wrapped lines folded into
 * it (see above): a new array of borrowed rows, the rows it made added to
 * `made`. */
static GPtrArray *merge_wrapped_rows(const GPtrArray *in, int first_fig, GPtrArray *made)
{
    guint n = in->len;
    wrap_kind *kind = g_new(wrap_kind, n + 1);
    int *to = g_new(int, n + 1); /* the item row a pieces row goes to, or -1 */
    int *rest_col = g_new(int, n + 1); /* a WR_REST row's text's column */
    for (guint r = 0; r < n; r++) {
        rest_col[r] = -1;
        kind[r] = wrap_kind_of(in->pdata[r], first_fig, &rest_col[r]);
        to[r] = -1;
    }
    /* the leftmost column an item of the block stands in: a grid may set a
     * long item a column right of the others (its words reach into the next
     * column) while its short rest below stays in theirs (a text browser's
     * `其中：当年财政拨` / `款`, both lines starting at one offset) */
    int items_col = G_MAXINT;
    for (guint r = 0; r < n; r++) {
        const jx_prow *row = in->pdata[r];
        const char *item = kind[r] == WR_ITEM ? row_item(row) : NULL;
        for (guint i = 0; item && i < row->cells->len; i++) {
            const jx_pcell *c = row->cells->pdata[i];
            if (c->norm == item)
                items_col = MIN(items_col, c->col);
        }
    }
    for (guint r = 0; r < n; r++) {
        if (kind[r] == WR_REST) {
            to[r] = item_row_of_rest(in, kind, r, rest_col[r], items_col);
            continue;
        }
        if (kind[r] != WR_PIECES)
            continue;
        const jx_prow *row = in->pdata[r];
        /* figure pieces beside an item's rest (`款  9`): the item's line and
         * its figures' heads above, the row's line between (`其中：本年财政拨
         * 1304.192` / `元) 1304.1929 1304.1929` / `款 9`); the rest never
         * opens the item below, so its line goes up with it */
        if (rest_col[r] >= 0 && (to[r] = item_row_of_rest(in, kind, r, rest_col[r], items_col)) >= 0)
            continue;
        rest_col[r] = -1; /* its text is no item's rest */
        int up = -1, down = -1;
        for (int k = (int)r - 1; k >= 0 && up < 0 && kind[k] != WR_OTHER; k--)
            up = kind[k] == WR_ITEM ? k : -1;
        for (guint k = r + 1; k < n && down < 0 && kind[k] != WR_OTHER; k++)
            down = kind[k] == WR_ITEM ? (int)k : -1;
        int du = up >= 0 ? row->line - ((const jx_prow *)in->pdata[up])->line : G_MAXINT;
        int dd = down >= 0 ? ((const jx_prow *)in->pdata[down])->line - row->line : G_MAXINT;
        if (up >= 0 && ((const jx_prow *)in->pdata[up])->page != row->page)
            du = G_MAXINT;
        if (down >= 0 && ((const jx_prow *)in->pdata[down])->page != row->page)
            dd = G_MAXINT;
        gboolean ends = TRUE;
        for (guint i = 0; i < row->cells->len; i++) {
            const jx_pcell *c = row->cells->pdata[i];
            if (c->col >= first_fig && *c->norm && !ends_figure(c->norm))
                ends = FALSE;
        }
        /* a line of figure ends under an item line holding their heads
         * (`88.15` on the item's line, `10` on the next, `%` on the one
         * after, nearer the item below) ends those heads */
        gboolean ends_heads_above = ends && up >= 0 && du <= WRAP_MAX_LINES &&
                                    heads_over(in->pdata[up], row, first_fig);
        int best = du < dd || (du == dd && ends) || ends_heads_above ? up : down;
        int dist = MIN(du, dd);
        if (best >= 0 && dist > 0 && dist <= WRAP_MAX_LINES)
            to[r] = best;
    }
    GPtrArray *out = g_ptr_array_new();
    for (guint r = 0; r < n; r++) {
        if (to[r] >= 0)
            continue; /* folded into its item row */
        const jx_prow *row = in->pdata[r];
        gboolean any = FALSE;
        for (guint k = 0; k < n && !any; k++)
            any = to[k] == (int)r;
        if (kind[r] != WR_ITEM || !any) {
            g_ptr_array_add(out, (gpointer)row);
            continue;
        }
        jx_prow *m = g_new0(jx_prow, 1);
        *m = *row;
        m->cells = g_ptr_array_new_with_free_func(jx_pcell_free);
        m->block = NULL; /* the row's cells stay the row's */
        const jx_pcell *item_cell = NULL;
        const char *item = row_item(row);
        for (guint i = 0; i < row->cells->len; i++) {
            const jx_pcell *c = row->cells->pdata[i];
            if (c->norm == item)
                item_cell = c;
        }
        /* each column's pieces from the lines above the item's, on it and
         * below it */
        int width = 0;
        for (guint k = 0; k < n; k++)
            if (to[k] == (int)r || k == r) {
                const jx_prow *part = in->pdata[k];
                for (guint i = 0; i < part->cells->len; i++)
                    width = MAX(width, ((const jx_pcell *)part->cells->pdata[i])->col + 1);
            }
        GString **above = g_new0(GString *, width), **below = g_new0(GString *, width);
        /* each column's lines below the item's, the first and the last */
        int *below_n = g_new0(int, width);
        const char **below_first = g_new0(const char *, width);
        const char **below_last = g_new0(const char *, width);
        char *item_rest = NULL;
        for (guint k = 0; k < n; k++) {
            if (to[k] != (int)r)
                continue;
            const jx_prow *part = in->pdata[k];
            for (guint i = 0; i < part->cells->len; i++) {
                const jx_pcell *c = part->cells->pdata[i];
                if (!*c->norm)
                    continue;
                if (k > r && item_cell &&
                    (c->col == item_cell->col || c->col == rest_col[k])) {
                    char *joined = item_rest ? jx_norm_join(item_rest, c->norm)
                                             : g_strdup(c->norm); /* the item's rest, below */
                    g_free(item_rest);
                    item_rest = joined;
                    continue;
                }
                if (c->col < first_fig)
                    continue;
                if (k > r) {
                    below_n[c->col]++;
                    below_first[c->col] = below_first[c->col] ? below_first[c->col] : c->norm;
                    below_last[c->col] = c->norm;
                }
                GString **at = k < r ? &above[c->col] : &below[c->col];
                if (!*at) {
                    *at = g_string_new(c->norm);
                } else {
                    char *joined = join_pieces((*at)->str, c->norm);
                    g_string_assign(*at, joined);
                    g_free(joined);
                }
            }
        }
        for (guint i = 0; i < row->cells->len; i++) {
            const jx_pcell *c = row->cells->pdata[i];
            if (*c->norm)
                add_to_column(m, c->col, c->norm, JOIN_APART);
        }
        for (int col = 0; col < width; col++) {
            /* a figure the item line cuts (`98.83` / `10` / `%`): the pieces
             * above and below are one figure, the item line's another; a
             * piece above that ends at a point goes on with the item line's */
            const jx_pcell *own = jx_prow_cell(m, col);
            if (!above[col] && own &&
                head_over_figure(own->norm, below_n[col], below_first[col], below_last[col])) {
                /* the item line holds the head of a wrapped figure, the
                 * next line another figure, the last the head's tail */
                char *whole = join_pieces(own->norm, below_last[col]);
                char *both = g_strconcat(below_first[col], " ", whole, NULL);
                jx_prow_set_texts(m, col, both, both);
                g_free(both);
                g_free(whole);
            } else if (above[col] && below[col] && own) {
                char *joined = join_pieces(above[col]->str, below[col]->str);
                add_to_column(m, col, joined, JOIN_APART);
                g_free(joined);
            } else {
                if (above[col] && own) {
                    gsize len = above[col]->len;
                    char *joined = len && above[col]->str[len - 1] == '.'
                                       ? g_strconcat(above[col]->str, own->norm, NULL)
                                       : g_strconcat(above[col]->str, " ", own->norm, NULL);
                    jx_prow_set_texts(m, col, joined, joined);
                    g_free(joined);
                } else if (above[col]) {
                    add_to_column(m, col, above[col]->str, JOIN_PIECES);
                }
                if (below[col])
                    add_to_column(m, col, below[col]->str, JOIN_PIECES);
            }
        }
        for (int col = 0; col < width; col++) {
            if (above[col])
                g_string_free(above[col], TRUE);
            if (below[col])
                g_string_free(below[col], TRUE);
        }
        g_free(above);
        g_free(below);
        g_free(below_n);
        g_free(below_first);
        g_free(below_last);
        if (item_rest && item_cell) {
            jx_pcell *c = jx_prow_cell(m, item_cell->col);
            char *joined = jx_norm_join(c->norm, item_rest);
            jx_prow_set_texts(m, item_cell->col, joined, joined);
            g_free(joined);
        }
        g_free(item_rest);
        g_ptr_array_add(made, m);
        g_ptr_array_add(out, m);
    }
    g_free(kind);
    g_free(to);
    g_free(rest_col);
    return out;
}

/* The form's figure columns, left to right (财预〔2020〕10号). */
static const fcol form_columns[] = {JX_FC_PLANNED, JX_FC_ADJUSTED, JX_FC_SPENT,
                                    JX_FC_WEIGHT,  JX_FC_RATE,     JX_FC_SCORE};

/* TRUE when the header's `n` named columns `order` run against the form's
 * order while one of its `n_cols` cells names two (`shared`): a layout dump
 * folds a narrow column's wrapped header (`执行` above 分值's line, `率`
 * below) into a neighbour's cell, and the stacked lines read top to bottom
 * (`执行全年执行数率`, `执行分值`), which says nothing of left to right.  A
 * header of one word a cell in another order is a form's own and stays. */
static gboolean folded_against_form(const fcol *order, int n, const gboolean *shared, int n_cols)
{
    gboolean any_shared = FALSE;
    for (int c = 0; c < n_cols; c++)
        any_shared |= shared[c];
    for (int i = 1; i < n && any_shared; i++)
        if (order[i] < order[i - 1])
            return TRUE;
    return FALSE;
}

/* The figures row `row` prints from grid column `first_fig` on: cells that
 * read as a figure, and each figure of a cell holding several side by side. */
static guint row_figures(const jx_prow *row, int first_fig)
{
    guint n = 0;
    for (guint i = 0; i < row->cells->len; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        if (c->col < first_fig || !*c->norm || is_blank_mark(c->norm))
            continue;
        char *f = figure_of(c->norm);
        if (f) {
            n++;
            g_free(f);
            continue;
        }
        GArray *figs = g_array_new(FALSE, FALSE, sizeof(rowfig));
        g_array_set_clear_func(figs, fig_clear);
        if (add_side_by_side(c, figs))
            n += filled_figures(figs);
        g_array_unref(figs);
    }
    return n;
}

/* TRUE when the header lost a column of the form: its `n` named columns
 * `order` are fewer than the form's, in the form's order, and a row of
 * `rows` prints more figures than it names (no more than the form has).  A
 * layout dump splits a narrow column's header into pieces (`分` / `值`,
 * `执行` / `率`) that fold into neighbours' cells and name nothing, while
 * the rows print the form's six figures. */
static gboolean lost_a_column(const GPtrArray *rows, int first_fig, int n, const fcol *order)
{
    if (n < 1 || n >= (int)G_N_ELEMENTS(form_columns))
        return FALSE;
    for (int i = 1; i < n; i++)
        if (order[i] <= order[i - 1])
            return FALSE;
    for (guint r = 0; r < rows->len; r++) {
        guint k = row_figures(rows->pdata[r], first_fig);
        if (k > (guint)n && k <= G_N_ELEMENTS(form_columns))
            return TRUE;
    }
    return FALSE;
}

/* Emits one funds record per row of the block that names an item or prints a
 * figure; the block ends at the first row that does neither (the 年度总体目标
 * rows a form may run on with).  A layout dump centres a cell that wrapped
 * (100.00 | % of a rate) on its row: the part above, on a row of its own with
 * no item, goes to the item row right after it where that row's column is
 * empty; the part below (a lone %, a fragment of the block label) is skipped
 * when an item row follows within two rows. */
void jx_funds_emit(const jx_source *src, const jx_ptable *table, jx_record_list *out)
{
    const jx_header *h = table->header;
    fcol *cols = g_new0(fcol, h->n_cols + 1);
    int n_fig_cols = 0, first_fig_col = h->n_cols;
    fcol order[FC_COUNT];
    gboolean planned = FALSE, adjusted = FALSE;
    gboolean *shared = g_new0(gboolean, h->n_cols + 1); /* a cell heading two columns */
    for (int c = 0; c < h->n_cols; c++) {
        fcol named[FC_COUNT];
        int k = h->texts ? columns_named(h->texts[c], named) : 0;
        cols[c] = k ? named[0] : JX_FC_NONE;
        shared[c] = k > 1;
        for (int j = 0; j < k && n_fig_cols < FC_COUNT; j++) {
            order[n_fig_cols++] = named[j];
            first_fig_col = MIN(first_fig_col, c);
            planned |= named[j] == JX_FC_PLANNED;
            adjusted |= named[j] == JX_FC_ADJUSTED;
        }
    }
    /* a header that names a column twice was read garbled (a layout dump's
     * wrapped words folded into the wrong cells: `全年执行分值` | `执行数率`):
     * the form's columns stand for it, and no row is read by its columns */
    gboolean garbled = FALSE;
    for (int j = 0; j < n_fig_cols; j++)
        for (int i = 0; i < j; i++)
            garbled |= order[i] == order[j];
    garbled |= folded_against_form(order, n_fig_cols, shared, h->n_cols);
    GPtrArray *made = g_ptr_array_new_with_free_func((GDestroyNotify)jx_prow_free);
    GPtrArray *rows = merge_wrapped_rows(table->rows, first_fig_col, made);
    garbled |= lost_a_column(rows, first_fig_col, n_fig_cols, order);
    if (garbled) {
        n_fig_cols = (int)G_N_ELEMENTS(form_columns);
        memcpy(order, form_columns, sizeof form_columns);
        planned = adjusted = TRUE;
    }
    gboolean after_part = FALSE; /* past a row of another grid than the header's */
    gboolean doubted = FALSE;    /* a row above read far better by shape */
    int emitted = 0;
    char *carry[FC_COUNT] = {0};
    const jx_prow *carry_row = NULL;
    gboolean carry_shifted = FALSE;
    fcol *places = NULL; /* by grid column, the figures' places a full row showed */
    int places_n = 0;
    for (guint r = 0; r < rows->len; r++) {
        const jx_prow *row = rows->pdata[r];
        const char *item = row_item(row);
        char *val[FC_COUNT] = {0};
        GArray *figs = g_array_new(FALSE, FALSE, sizeof(rowfig)); /* figure cells, in order */
        g_array_set_clear_func(figs, fig_clear);
        /* a row of a grid after the header's (the block cut by a line the
         * table reader could not place) has columns of its own */
        after_part |= r > 0 && row->page_start;
        gboolean by_column = !after_part && !doubted && !garbled, side_by_side = FALSE;
        /* the row below holding the last lines of this row's figures */
        const jx_prow *tails = r + 1 < rows->len && holds_figure_tails(row, rows->pdata[r + 1])
                                   ? rows->pdata[r + 1]
                                   : NULL;
        for (guint i = 0; i < row->cells->len; i++) {
            const jx_pcell *c = row->cells->pdata[i];
            rowfig one = {c, NULL};
            if (!*c->norm || is_blank_mark(c->norm)) {
                if (c->col >= first_fig_col)
                    g_array_append_val(figs, one); /* holds its place */
                continue;
            }
            char *f = figure_of(c->norm);
            if (!f) {
                /* figures of two columns in one cell (`20 100%`) */
                side_by_side |= add_side_by_side(c, figs);
                continue;
            }
            g_free(f);
            g_array_append_val(figs, one);
            if (c->col >= h->n_cols || cols[c->col] == JX_FC_NONE || shared[c->col])
                by_column = FALSE;
        }
        if (side_by_side && filled_figures(figs) > (guint)n_fig_cols) {
            /* more figures than columns: the cell is no two figures but
             * text that reads as none (`9 7.43%` in an 执行率 cell) */
            for (guint i = figs->len; i-- > 0;)
                if (g_array_index(figs, rowfig, i).text)
                    g_array_remove_index(figs, i);
            side_by_side = FALSE;
        }
        by_column &= !side_by_side;
        if (!item && !figs->len) {
            g_array_unref(figs);
            continue;
        }
        /* a row placed by order that fills every figure column tells where
         * the block's figures stand; a later row with fewer figures, all in
         * those places, is read by them (`939 | 939 | 939 | 100.00%` under
         * the total's `1273 | 1273 | 1273 | 10 | 100.00% | 10`: no weight) */
        /* (places by grid column say nothing in another grid, nor where
         * two figures share a cell) */
        gboolean by_place = !by_column && !after_part && !side_by_side &&
                            figs->len < (guint)n_fig_cols && places;
        for (guint i = 0; i < figs->len && by_place; i++) {
            const jx_pcell *c = g_array_index(figs, rowfig, i).cell;
            by_place = c->col < places_n && places[c->col] != JX_FC_NONE;
        }
        if (!by_column && !after_part && !side_by_side && figs->len == (guint)n_fig_cols &&
            n_fig_cols > 1) {
            int most = 0;
            for (guint i = 0; i < figs->len; i++)
                most = MAX(most, g_array_index(figs, rowfig, i).cell->col + 1);
            g_free(places);
            places = g_new(fcol, most);
            places_n = most;
            for (int k = 0; k < most; k++)
                places[k] = JX_FC_NONE;
            for (guint i = 0; i < figs->len; i++)
                places[g_array_index(figs, rowfig, i).cell->col] = order[i];
        }
        /* each figure's whole text, the lines a layout dump set below it
         * joined */
        char **wholes = g_new0(char *, figs->len + 1);
        for (guint i = 0; i < figs->len; i++) {
            const rowfig *fg = &g_array_index(figs, rowfig, i);
            const jx_pcell *tail =
                tails && !fg->text ? jx_prow_cell(tails, fg->cell->col) : NULL;
            wholes[i] = fg->text ? g_strdup(fg->text)
                        : tail && *fg->cell->norm ? g_strconcat(fg->cell->norm, tail->norm, NULL)
                                                  : g_strdup(fg->cell->norm);
        }
        if (side_by_side && !by_place)
            best_order(order, n_fig_cols, planned && adjusted, figs, wholes);
        double shape_score = 0;
        fcol *by_shape = by_place ? NULL
                                  : place_by_shape(order, n_fig_cols, planned && adjusted, wholes,
                                                   figs->len, &shape_score);
        if (by_column && by_shape) {
            /* a layout dump may set the header's words a column off its
             * figures: columns that read far worse than the shape are
             * doubted */
            fcol *at = g_new(fcol, figs->len + 1);
            for (guint i = 0; i < figs->len; i++) {
                const jx_pcell *c = g_array_index(figs, rowfig, i).cell;
                at[i] = c->col < h->n_cols ? cols[c->col] : JX_FC_NONE;
            }
            by_column = shape_score < columns_score(order, n_fig_cols, planned && adjusted,
                                                    wholes, at, figs->len) +
                                          FUNDS_COLUMNS_DOUBT;
            doubted = !by_column; /* and so for the rows below */
            g_free(at);
        }
        gboolean any_figure = FALSE;
        for (guint i = 0; i < figs->len; i++) {
            const jx_pcell *c = g_array_index(figs, rowfig, i).cell;
            char *f = figure_of(wholes[i]);
            any_figure |= f != NULL;
            fcol at = by_column  ? (c->col < h->n_cols ? cols[c->col] : JX_FC_NONE)
                      : by_place ? places[c->col]
                      : by_shape ? by_shape[i]
                                 : (i < (guint)n_fig_cols ? order[i] : JX_FC_NONE);
            if (at != JX_FC_NONE && f && !val[at])
                val[at] = f;
            else
                g_free(f);
        }
        g_free(by_shape);
        g_strfreev(wholes);
        g_array_unref(figs);
        gboolean next_is_item = r + 1 < rows->len && is_item_row(rows->pdata[r + 1]);
        if (!any_figure && !(item && names_item(item))) {
            for (int k = 0; k < FC_COUNT; k++)
                g_free(val[k]);
            /* the tail of a wrapped cell, or of the block label: an item row
             * follows within two rows */
            if (next_is_item ||
                (r + 2 < rows->len && is_item_row(rows->pdata[r + 2])))
                continue;
            break;        /* neither a figure nor an item: the block has ended */
        }
        if (!item && by_column && next_is_item && !carry_row) {
            /* the head of a cell wrapped around the next row */
            for (int k = 0; k < FC_COUNT; k++)
                carry[k] = val[k];
            carry_row = row;
            carry_shifted = !by_column;
            continue;
        }
        gboolean merged_shifted = FALSE; /* took shifted figures from the row above */
        if (carry_row) {
            gboolean fits = TRUE;
            for (int k = 0; k < FC_COUNT; k++)
                if (carry[k] && val[k])
                    fits = FALSE;
            if (fits) {
                merged_shifted = carry_shifted;
                for (int k = 0; k < FC_COUNT; k++)
                    if (carry[k]) {
                        val[k] = carry[k];
                        carry[k] = NULL;
                    }
            } else {
                emit_one(src, table, carry_row, &emitted, NULL, carry, carry_shifted, out);
            }
            carry_row = NULL;
        }
        emit_one(src, table, row, &emitted, item, val, !by_column || merged_shifted, out);
        if (tails)
            r++; /* read with this row */
    }
    if (carry_row)
        emit_one(src, table, carry_row, &emitted, NULL, carry, carry_shifted, out);
    g_ptr_array_unref(rows);
    g_ptr_array_unref(made);
    g_free(places);
    g_free(shared);
    g_free(cols);
}

/* ---------------------------------------------------- placing by shape */

/*
 * Which columns a funds row's figures fill when nothing else says (a text
 * browser's dump leaves empty cells out; a layout dump sets the block's
 * figures off its header's words): the placement that reads best wins — a
 * percent is the 执行率, 全年执行数 / 全年预算数 gives the printed 执行率,
 * 分值 × 执行率 the 得分, a 分值 or 得分 is no amount above 100, and the
 * columns forms leave empty are 年初预算数 and (in the 其中 rows) 分值,
 * 执行率 and 得分.
 */
/* Weights of a placement of a funds row's figures (see placement_score). */
#define FP_PERCENT_IN_RATE 3.0     /* a percent is what 执行率 holds */
#define FP_PERCENT_ELSEWHERE (-6.0)
#define FP_BARE_RATE (-1.0)        /* a rate printed without % is rare */
#define FP_DASH_IN_POINTS 0.5      /* the form's dashes stand in 分值, 执行率, 得分 */
#define FP_POINTS_OVER (-3.0)      /* a 分值 or 得分 above MAX_FUNDS_POINTS is an amount */
#define FP_POINTS_ALONE (-1.0)     /* a 分值 goes with a 得分, and the other way round */
#define FP_RATE_AGREES 4.0         /* 执行数 / 预算数 gives the printed 执行率 */
#define FP_RATE_DISAGREES (-1.0)
#define FP_SCORE_AGREES 2.0        /* 分值 × 执行率 (capped) gives the printed 得分 */
#define FP_EMPTY_PLANNED (-0.2)    /* 年初预算数: the amount forms leave empty */
#define FP_EMPTY_POINTS (-0.3)     /* 其中 rows print no 分值, 执行率, 得分 */
#define FP_EMPTY_AMOUNT (-1.5)     /* 全年预算数, 执行数: printed where any amount is */
#define FP_SURE_MARGIN 1.0         /* a placement this far ahead of the next is no guess */
/* A funds 分值 or 得分 is points out of the 总分 (100). */
#define MAX_FUNDS_POINTS 100.0
/* 得分 = 分值 × 执行率 holds within this, beyond the printed places: forms
 * compute it from the unrounded rate. */
#define FUNDS_SCORE_SLACK 0.01


/* A figure of a funds cell: its value and its decimals (`98.34%` → 98.34, 2). */
static gboolean funds_value(const char *norm, double *v, int *places)
{
    char *t = g_strdup(norm);
    char *w = t;
    for (const char *p = norm; *p; p++)
        if (*p != ',' && *p != '%')
            *w++ = *p;
    *w = '\0';
    char *end = NULL;
    *v = g_ascii_strtod(t, &end);
    gboolean ok = end && end != t && *end == '\0';
    const char *dot = strchr(t, '.');
    *places = dot ? (int)strlen(dot + 1) : 0;
    g_free(t);
    return ok;
}

/* Half a unit in the last printed place of a figure with `places` decimals. */
static double half_unit(int places)
{
    return 0.5 * pow(10, -places);
}

typedef jx_funds_placing fplace;

/* The cost of leaving a funds column empty (see the FP_ weights). */
static double empty_cost(jx_funds_col col, gboolean adjusted)
{
    switch (col) {
    case JX_FC_PLANNED: return adjusted ? FP_EMPTY_PLANNED : FP_EMPTY_AMOUNT;
    case JX_FC_ADJUSTED:
    case JX_FC_SPENT: return FP_EMPTY_AMOUNT;
    default: return FP_EMPTY_POINTS;
    }
}

/* See parse.h. */
double jx_funds_placement_score(const fplace *p)
{
    double score = 0, v[JX_FUNDS_MAX_COLS] = {0};
    int places[JX_FUNDS_MAX_COLS] = {0};
    gboolean fig[JX_FUNDS_MAX_COLS] = {0};
    int at[JX_FC_SCORE + 1]; /* the column of each kind that holds a figure, or -1 */
    for (int k = 0; k <= JX_FC_SCORE; k++)
        at[k] = -1;
    for (int j = 0; j < p->n; j++) {
        jx_funds_col col = p->cols[j];
        const char *cell = p->cell[j];
        gboolean points = col == JX_FC_WEIGHT || col == JX_FC_RATE || col == JX_FC_SCORE;
        if (!cell) {
            score += empty_cost(col, p->adjusted);
            continue;
        }
        if (jx_selfeval_is_blank(cell)) {
            score += points ? FP_DASH_IN_POINTS : 0;
            continue;
        }
        fig[j] = funds_value(cell, &v[j], &places[j]);
        if (fig[j] && at[col] < 0)
            at[col] = j;
        if (strchr(cell, '%'))
            score += col == JX_FC_RATE ? FP_PERCENT_IN_RATE : FP_PERCENT_ELSEWHERE;
        else if (col == JX_FC_RATE)
            score += FP_BARE_RATE;
        else if ((col == JX_FC_WEIGHT || col == JX_FC_SCORE) && fig[j] && v[j] > MAX_FUNDS_POINTS)
            score += FP_POINTS_OVER;
    }
    int rate = at[JX_FC_RATE], weight = at[JX_FC_WEIGHT], points = at[JX_FC_SCORE];
    int spent = at[JX_FC_SPENT], budget = at[JX_FC_ADJUSTED] >= 0 ? at[JX_FC_ADJUSTED]
                                                                  : at[JX_FC_PLANNED];
    if ((weight >= 0) != (points >= 0))
        score += FP_POINTS_ALONE;
    if (rate >= 0 && spent >= 0 && budget >= 0 && v[budget] > 0) {
        double exact = v[spent] / v[budget] * 100;
        double slack = half_unit(places[rate]) +
                       100 * (half_unit(places[spent]) / v[budget] +
                              v[spent] * half_unit(places[budget]) / (v[budget] * v[budget]));
        score += fabs(exact - v[rate]) <= slack + 1e-9 ? FP_RATE_AGREES : FP_RATE_DISAGREES;
    }
    if (rate >= 0 && weight >= 0 && points >= 0) {
        double exact = MIN(v[weight] * v[rate] / 100, v[weight]);
        double slack = half_unit(places[points]) + v[weight] * half_unit(places[rate]) / 100 +
                       FUNDS_SCORE_SLACK;
        if (fabs(exact - v[points]) <= slack + 1e-9)
            score += FP_SCORE_AGREES;
    }
    return score;
}

/* See parse.h. */
gboolean jx_funds_place_by_shape(fplace *p, const char *const *cells, int k, gboolean *sure)
{
    if (k > p->n)
        return FALSE;
    double best = -G_MAXDOUBLE, second = -G_MAXDOUBLE;
    guint best_mask = 0;
    for (guint mask = 0; mask < (1u << p->n); mask++) {
        if (__builtin_popcount(mask) != k)
            continue;
        for (int j = 0, i = 0; j < p->n; j++)
            p->cell[j] = mask & (1u << j) ? cells[i++] : NULL;
        double s = jx_funds_placement_score(p);
        if (s > best) {
            second = best;
            best = s;
            best_mask = mask;
        } else if (s > second) {
            second = s;
        }
    }
    for (int j = 0, i = 0; j < p->n; j++)
        p->cell[j] = best_mask & (1u << j) ? cells[i++] : NULL;
    *sure = k == p->n || best - second >= FP_SURE_MARGIN;
    return TRUE;
}


/* Row labels that close a self-evaluation's indicator rows. */
static const char *const footer_words[] = {"自评得分", "自评总分", "自评等级", "评价等级",
                                           "自评结果", "等级",     "综合评价"};

gboolean jx_selfeval_is_footer(const char *norm)
{
    if (!norm || !*norm)
        return FALSE;
    if (jx_score_is_summary(norm))
        return TRUE;
    for (gsize i = 0; i < G_N_ELEMENTS(footer_words); i++)
        if (g_str_has_prefix(norm, footer_words[i]))
            return TRUE;
    return FALSE;
}

/* An organisation code is at least this many digits (`305`, `015001`): a
 * name that starts with one or two digits (`1号院`) keeps them. */
#define ORG_CODE_MIN_DIGITS 3

char *jx_selfeval_strip_code(const char *norm)
{
    if (!norm)
        return NULL;
    const char *p = norm;
    gboolean bracket = *p == '[' || *p == '(';
    if (bracket)
        p++;
    else if (g_str_has_prefix(p, "【"))
        p += strlen("【"), bracket = TRUE;
    const char *digits = p;
    while (g_ascii_isdigit(*p))
        p++;
    if (p - digits < ORG_CODE_MIN_DIGITS)
        return g_strdup(norm);
    if (bracket) {
        if (*p == ']' || *p == ')')
            p++;
        else if (g_str_has_prefix(p, "】"))
            p += strlen("】");
        else
            return g_strdup(norm);
    }
    while (*p == '-' || *p == '_' || *p == ' ' || *p == ':' || *p == '.')
        p++;
    if (g_str_has_prefix(p, "、"))
        p += strlen("、");
    /* a code must be followed by a name */
    return *p ? g_strdup(p) : g_strdup(norm);
}
