/*
 * target_names.c — the name column's gaps and names placed by column.
 *
 * solve_name_stretch shares the name lines of a stretch between its rows,
 * place_names_by_column and take_name move names to the rows they belong to;
 * dates and tasks under their names.  Passes of build_rows
 * (target_build.c).
 */
#include "parse/target_row.h"

#include <math.h>

/*
 * Wrapped names placed by their whole column.  Deciding line by line which
 * row a fragment's name goes to, a name wrapped over many lines around its
 * row's line (pdftotext prints a vertically centred cell's lines as many
 * above the row's line as below: `被认定和审核通过的项` / `目及对象均符合规定的`
 * / `= 100 %` / `资格；项目及合同等均` / `达到预期效益`) loses its first line to
 * the row above and its last to the row below.  Over a stretch of rows on
 * one page, each with its line (a target or 序号) and the fragments between
 * them, the names' lines are parted so that every row's name stands as
 * near centred on its line as the whole column allows: a small dynamic
 * programme over the cut in each run of fragments.
 */

/* What a row without a line of name costs, in lines off its place: every
 * row has a name, but a line read as a row may be none (the wrapped rest
 * of a target, `０` under `１６,１０`): a name two lines off is as likely. */
#define NAME_EMPTY_COST 2.0

/* What a numbered row without a name costs (numbered_target_row): its line
 * is surely a row's, never a wrapped rest, so a name-only line two lines
 * above it (a tall row's top line: `服务对 群众满意度` over `满意`, over
 * `25 象满意 = 92 %`) is likelier its own than a second line of the name
 * on the line above it (种粮农民满意度, a whole name already). */
#define NAME_EMPTY_NUMBERED_COST 3.0

/* How much better (in lines, summed over the stretch) the whole column's
 * best parting must place the names than the line-by-line one before it
 * overrides that: more than the half line a two-line name leans either way
 * around its row, a tie the line-by-line evidence (seams inside words,
 * blank lines) decides better. */
#define NAME_PLACE_MARGIN 0.5

/* What a blank line inside a name costs: a blank line parts rows (text
 * browsers and some dumps leave one between rows, see GAP_EVIDENCE); a
 * name across one is two rows' names. */
#define NAME_BLANK_COST 2.0

/* What parting a name's lines inside a word costs (`依照相关资金管理办法组织实`
 * / `施，严格控制成本`): as much as a blank line inside one — the two lines
 * are one cell's, whatever centring them on a row's line would say (a
 * browser sets names at their rows' tops, above a line centred on the
 * row). */
#define NAME_SEAM_COST 2.0

/* Lines of other cells a cell's two lines may have between them: the lines
 * of one cell follow each other, and pdftotext interleaves a line of a
 * neighbour whose lines stand half a line lower (a centred cell of the
 * other parity, the row's own line); more lines between are other rows'. */
#define NAME_HOLE_ALLOWED 1

/* What each further line between two of a name's lines costs: a line off
 * its place, as the cost counts (`新增净化消毒设备` four lines above the name
 * of the row below, each over its own row's line). */
#define NAME_HOLE_COST 1.0

/* The lines without a name between consecutive name lines of a row whose
 * name takes `up`'s lines from t, its own line's and `down`'s up to u,
 * past NAME_HOLE_ALLOWED each.  Where a blank line stands between, rows
 * part there (NAME_BLANK_COST weighs it): those lines count for nothing. */
static int name_hole_lines(const built_row *a, gboolean own, const name_gap *up, int t,
                           const name_gap *down, int u)
{
    int holes = 0, last = 0;
    gboolean started = FALSE;
    int n_up = up ? up->n : 0, n_down = down ? MIN(u, down->n) : 0;
    for (int k = (up ? t : 0); k < n_up + 1 + n_down; k++) {
        int line;
        if (k < n_up)
            line = up->lines[k];
        else if (k == n_up) {
            if (!own)
                continue;
            line = a->line;
        } else
            line = down->lines[k - n_up - 1];
        if (started && !blanks_between(up, down, last, line))
            holes += MAX(0, line - last - 1 - NAME_HOLE_ALLOWED);
        last = line;
        started = TRUE;
    }
    return holes;
}

/* TRUE when row `a`'s own line holds its 序号 and its target's value: a
 * row for certain (see NAME_EMPTY_NUMBERED_COST). */
static gboolean numbered_target_row(const built_row *a)
{
    return a->text[JX_ROLE_SEQ] != NULL && a->text[JX_ROLE_VALUE] != NULL;
}

/* How far off its place a row's name stands, in lines, given the cuts of
 * the gaps above (`up`, cut `t`) and below (`down`, cut `u`; either may be
 * NULL): from the middle of its lines to the row's line, NAME_BLANK_COST
 * more for each blank line inside it and NAME_HOLE_COST for each line of
 * other cells too many between two of its lines (see name_hole_lines);
 * NAME_EMPTY_COST when it has none (NAME_EMPTY_NUMBERED_COST, numbered). */
static double name_row_cost(const built_row *a, const name_gap *up, int t, const name_gap *down,
                            int u, gboolean holes)
{
    gboolean own = a->text[JX_ROLE_NAME] != NULL;
    gboolean from_up = up && t < up->n, from_down = down && u > 0;
    if (!own && !from_up && !from_down)
        return numbered_target_row(a) ? NAME_EMPTY_NUMBERED_COST : NAME_EMPTY_COST;
    int lo = from_up ? up->lines[t] : own ? a->line : down->lines[0];
    int hi = from_down ? down->lines[u - 1] : own ? a->line : up->lines[up->n - 1];
    return fabs((lo + hi) / 2.0 - a->line) +
           NAME_BLANK_COST * blanks_between(up, down, lo, hi) +
           (holes ? NAME_HOLE_COST * name_hole_lines(a, own, up, t, down, u) : 0);
}

/* Solves one stretch: rows `rows[0..m]`, gaps `gaps[1..m]` (gap g between
 * rows g-1 and g), filling each gap's totals and best cut (with `holes`,
 * total_holed and best_holed: a name's holes weighed too).  The totals and
 * the programme's tables go to `arena` (the gaps' own). */
static void solve_name_stretch(built_row *const *rows, name_gap **gaps, int m, jx_arena *arena,
                               gboolean holes)
{
    if (m < 1)
        return;
    double **f = jx_arena_new0_n(arena, double *, m + 2);
    double **b = jx_arena_new0_n(arena, double *, m + 2);
    for (int g = 1; g <= m; g++) {
        f[g] = jx_arena_new_n(arena, double, gaps[g]->n + 1);
        b[g] = jx_arena_new_n(arena, double, gaps[g]->n + 1);
    }
    /* f[g][t]: rows 0..g-1 and the cuts of gaps 1..g; b[g][t]: rows g..m
     * and the cuts of gaps g+1..m */
    for (int t = 0; t <= gaps[1]->n; t++)
        f[1][t] = name_row_cost(rows[0], NULL, 0, gaps[1], t, holes) + gaps[1]->cut[t];
    for (int g = 1; g < m; g++)
        for (int u = 0; u <= gaps[g + 1]->n; u++) {
            double best = INFINITY;
            for (int t = 0; t <= gaps[g]->n; t++)
                best = MIN(best,
                           f[g][t] + name_row_cost(rows[g], gaps[g], t, gaps[g + 1], u, holes));
            f[g + 1][u] = best + gaps[g + 1]->cut[u];
        }
    for (int t = 0; t <= gaps[m]->n; t++)
        b[m][t] = name_row_cost(rows[m], gaps[m], t, NULL, 0, holes);
    for (int g = m - 1; g >= 1; g--)
        for (int t = 0; t <= gaps[g]->n; t++) {
            double best = INFINITY;
            for (int u = 0; u <= gaps[g + 1]->n; u++)
                best = MIN(best, name_row_cost(rows[g], gaps[g], t, gaps[g + 1], u, holes) +
                                     gaps[g + 1]->cut[u] + b[g + 1][u]);
            b[g][t] = best;
        }
    for (int g = 1; g <= m; g++) {
        name_gap *r = gaps[g];
        double *total = jx_arena_new_n(arena, double, r->n + 1);
        int best = 0;
        for (int t = 0; t <= r->n; t++) {
            /* row g-1's cost is in f, row g's in b: the stretch's whole */
            total[t] = f[g][t] + b[g][t];
            if (total[t] < total[best] - 1e-9)
                best = t;
        }
        if (holes) {
            r->total_holed = total;
            r->best_holed = best;
        } else {
            r->total = total;
            r->best = best;
        }
    }
}

/* Fills g->cut (in `arena`, the gap's own): a cut between two of its
 * names' lines right under each other whose seam is inside a word or
 * inside a bracket (see jx_trow_finishes_name_bracket), or between such a line and
 * the own name on the line of the row above or below it, costs
 * NAME_SEAM_COST. */
static void name_gap_cuts(name_gap *g, jx_arena *arena)
{
    g->cut = jx_arena_new0_n(arena, double, g->n + 1);
    /* A gap without names has one cut: its cost is added to every reading
     * of the stretch alike (the costs are halves and small whole numbers,
     * exact in a double), so it moves no choice and is not asked — the seam
     * test segments the joined names with ICU's dictionary, and this is
     * every pair of rows on lines right under each other. */
    if (g->n == 0)
        return;
    for (int t = 0; t <= g->n; t++) {
        const char *up = NULL, *down = NULL;
        int up_line = 0, down_line = 0;
        if (t > 0) {
            up = g->texts[t - 1];
            up_line = g->lines[t - 1];
        } else {
            up = g->above->text[JX_ROLE_NAME];
            up_line = g->above->line;
        }
        if (t < g->n) {
            down = g->texts[t];
            down_line = g->lines[t];
        } else {
            down = g->below->text[JX_ROLE_NAME];
            down_line = g->below->line;
        }
        if (up && down && down_line == up_line + 1 &&
            (jx_norm_seam_inside_word(up, down) || jx_trow_finishes_name_bracket(up, down)))
            g->cut[t] = NAME_SEAM_COST;
    }
}

/* The name pieces of gap `g` go to the row below as one when the first
 * stands close under the name of the row above and would have fit on its
 * last line (see add_unfilled_evidence), the row below having no name of
 * its own: any other cut costs as much as parting a word.  For tables whose
 * cells are not centred (a browser's print, names at their rows' tops). */
static void cut_unfilled_name(name_gap *g, const GPtrArray *all)
{
    const built_row *above = g->above, *below = g->below;
    if (g->n == 0 || !above->text[JX_ROLE_NAME] || !above->tail_line[JX_ROLE_NAME] ||
        below->text[JX_ROLE_NAME] || below->labels_only)
        return;
    int gap = g->lines[0] - above->tail_line[JX_ROLE_NAME] - 1;
    if (gap < 0 || gap > UNFILLED_MAX_GAP)
        return;
    if (!jx_trow_fits_after_name(all, above, g->texts[0], UNFILLED_FIT_CHARS, above->page))
        return;
    for (int t = 1; t <= g->n; t++)
        g->cut[t] += NAME_SEAM_COST;
}

/* How much narrower than its column's widest line a full line of a name
 * may stand, in display columns: one wide character, which a line break
 * may carry to the next line (no line opens on a closing bracket or a
 * comma). */
#define FULL_LINE_SLACK_WIDTH 2

/* TRUE when the one name piece of gap `g`, right under the line of a row
 * whose name `top` stands alone right above that line, is the first line
 * of the name of the row below, which goes on on that row's own line right
 * under the piece (a browser's print of Calc's HTML: `按工作进度要求完成` /
 * `… 按时完成` / `受灾群众基本生活得到救助` / `时间 ≤ 20 小时`).  The piece is
 * a full line of the names' column (as wide as its widest line on any
 * page: a table's columns keep their widths from page to page) and `top`
 * is narrower by more than FULL_LINE_SLACK_WIDTH: a name wraps only when
 * its line is full, so its lines after the first are no wider than that
 * one, and the piece does not go on from `top`.  Not when `top` ends on a
 * mark no name ends on (`扩大服务覆盖面，` / `服务质量达到国家标准`) or runs on
 * into the piece inside a word (`依照相关资` / `金管理办法…`): a name broken
 * by hand, centred round its row's line.  The evidence one row gives, where
 * the table as a whole does not say it sets its names at the rows' tops
 * (jx_trow_names_top_set). */
static gboolean heads_name_below_top(const name_gap *g, const GPtrArray *all, const built_row *top)
{
    const built_row *below = g->below;
    if (g->n != 1 || !below->by_role[JX_ROLE_NAME] || !below->text[JX_ROLE_NAME] ||
        below->line != g->lines[0] + 1)
        return FALSE;
    const char *head = top->text[JX_ROLE_NAME];
    if (ends_running_on(head) || jx_norm_seam_inside_word(head, g->texts[0]))
        return FALSE;
    int piece = jx_norm_display_width(g->texts[0]);
    return piece + FULL_LINE_SLACK_WIDTH >= jx_trow_widest_name_on_page(all, JX_TROW_ANY_PAGE) &&
           piece > jx_norm_display_width(head) + FULL_LINE_SLACK_WIDTH;
}

/* Adds NAME_SEAM_COST to every cut of gap `g` that sends a name piece up,
 * in a table whose names stand at their rows' tops (jx_trow_names_top_set), when
 * the row above holds no name on its line and its name stands alone right
 * above that line (all[above_at - 1]): that row's name ended there, and
 * the pieces under its line are the next row's top (`项目验收合格率` / `5
 * 100 %` / `★工作任务完成及时` / `6 时效 性`).  Marks the gap so: the
 * line-by-line reading, which centres such a name round the line, gives
 * way to the column's when that sends the pieces down (jx_trow_names_by_column).
 * Where the table does not say so (`top_set` FALSE), only for the piece
 * that heads the name of the row below (heads_name_below_top). */
static void cut_under_top_set_name(name_gap *g, const GPtrArray *all, const gboolean *frag,
                                   guint above_at, gboolean top_set)
{
    const built_row *above = g->above;
    if (g->n == 0 || above_at == 0 || above->text[JX_ROLE_NAME] || above->labels_only ||
        !frag[above_at - 1])
        return;
    const built_row *top = all->pdata[above_at - 1];
    if (!top->text[JX_ROLE_NAME] || has_value(top) || lines_between(top, above) != 0 ||
        g->lines[0] != above->line + 1)
        return;
    if (!top_set && !heads_name_below_top(g, all, top))
        return;
    for (int t = 1; t <= g->n; t++)
        g->cut[t] += NAME_SEAM_COST;
    g->under_top_name = TRUE;
}

/* The lines of all[from..to) below line `last` that hold group labels
 * alone (jx_trow_labels_alone): where a tall row's padding stands beside
 * its merged labels' lines, pdftotext prints those lines there instead of
 * blank ones (Chromium's print of a spreadsheet: `服务对象满意度` at the
 * row's top, `满意度 | 服务对象` / `指标 | 满意度指` / `标` beside, `≥ 91 %` at
 * its bottom). */
static int label_lines_under(const GPtrArray *all, guint from, guint to, int last)
{
    int lines = 0;
    for (guint j = from; j < to; j++) {
        const built_row *f = all->pdata[j];
        lines += f->line > last && jx_trow_labels_alone(f);
    }
    return lines;
}

/* The lines of labels alone at least (label_lines_under) that stand for a
 * tall row's padding: one such line right above a row's line is the head
 * of a label centred round that line (LibreOffice's PDFs: `群众满意度` /
 * `满意度指标 服务对象满意度` / `≥92 %` / `指标`), the row's name centred
 * with it; two and more stand between a name at the row's top and its
 * figures at its bottom. */
#define TALL_ROW_MIN_LABEL_LINES 2

/* TRUE when gap `g` holds the top of a tall row (see TALL_ROW_MIN_BLANKS):
 * its lines follow the row above with no blank line, and as many blank
 * lines or more part the last of its names from the row below, which
 * holds a target and no name — lines of labels alone there count as blank
 * ones (`label_lines` of them, see label_lines_under).  The whole column
 * places a name by its row's line, where a centred cell's middle stands; a
 * tall row sets its name at its top, that far above, and the line-by-line
 * reading (see add_tall_row_evidence) places it. */
static gboolean gap_tops_tall_row(const name_gap *g, int label_lines)
{
    const built_row *below = g->below;
    if (g->n == 0 || below->text[JX_ROLE_NAME] || !has_target(below))
        return FALSE;
    int padding = label_lines >= TALL_ROW_MIN_LABEL_LINES ? label_lines : 0;
    for (int k = 0; k < g->n_blanks; k++) {
        if (g->blanks[k] < g->lines[g->n - 1])
            return FALSE;
        padding += g->blanks[k] < below->line;
    }
    return padding >= TALL_ROW_MIN_BLANKS;
}

/* What a name sent across a seam of two label groups costs (see
 * label_seams), each name so sent: more than lines can say the other way
 * (a name three lines under its row's line, three over the next's, which
 * has none: 2.5 against 5), as a row's name and its line are one group's
 * and a group's label is printed inside it — yet finite, as a piece read
 * into the wrong label column may make a seam that is none. */
#define NAME_LABEL_SEAM_COST 4.0

/* Where one label group ends and the next begins in a label column: the
 * line of the last piece of a label spelt whole (`end`) and the line of the
 * next label's first piece (`start`), on one page. */
typedef struct {
    int column; /* which label column (role and grid column) it parts */
    int page, end, start;
} label_seam;

/* What the taxonomy says of a label text (label_facts): asked, a level-1
 * label, a level-2 label, openings asked, a label or a label's opening. */
enum {
    LABEL_ASKED = 1,
    LABEL_LEVEL1 = 2,
    LABEL_LEVEL2 = 4,
    LABEL_OPENS_ASKED = 8,
    LABEL_OPENS = 16,
};

/* The LABEL_* facts of `text`, openings too when `opening`, each asked of
 * the taxonomy once a text: `memo` (text → facts, keys owned) keeps them (a
 * table's label pieces and their joins repeat, every row's the same where
 * a form prints its labels on each). */
static int label_facts(GHashTable *memo, const char *text, gboolean opening)
{
    int f = GPOINTER_TO_INT(g_hash_table_lookup(memo, text));
    if (f && (!opening || (f & LABEL_OPENS_ASKED)))
        return f;
    if (!f)
        f = LABEL_ASKED | (jx_taxonomy_level1(text) ? LABEL_LEVEL1 : 0) |
            (jx_taxonomy_level2(NULL, text) ? LABEL_LEVEL2 : 0);
    if (opening) {
        gboolean opens = (f & (LABEL_LEVEL1 | LABEL_LEVEL2)) || jx_label_opens_either_level(text);
        f |= LABEL_OPENS_ASKED | (opens ? LABEL_OPENS : 0);
    }
    g_hash_table_replace(memo, g_strdup(text), GINT_TO_POINTER(f));
    return f;
}

/* The piece of label role `r` row `b` holds in grid column `col`, or
 * NULL. */
static const char *label_piece_in(const built_row *b, jx_role r, int col)
{
    const jx_pcell *c = b->by_role[r];
    return c && c->col == col && c->norm ? c->norm : NULL;
}

/* Appends to `seams` the seams of label role `r` in grid column `col` of
 * `all` (`column` names the pair): its pieces read down each page, joined
 * while they make a label or a label's opening; a piece that goes on from
 * none, and is a label or opens one, starts the next group — a seam when
 * the pieces before it spelt a level-2 label whole, or a level-1 label in
 * the level-1 role (`效益` read as a level-2 is a level-1's piece; a page's
 * level-2 pieces read as level-1 ones are level-2 labels still).  After a
 * piece no label reads, nothing is sure.  By role and column both:
 * alignment gives a wrapped label's piece the other level's role at times
 * (`效益` of 经济效益指标 beside a target), and a grid column may hold both
 * levels' labels where the level-1's is wide (`社会效益` / `指标` over
 * `效益指标`).  Merged label cells are centred inside their rows, so every
 * line down to `end` is the first group's or above, every line from
 * `start` the second's or below. */
static void add_label_seams(const GPtrArray *all, jx_role r, int col, int column, GArray *seams,
                            GHashTable *memo)
{
    char *acc = NULL; /* the pieces of the label being read, joined */
    int page = 0, end = 0;
    for (guint i = 0; i < all->len; i++) {
        const built_row *b = all->pdata[i];
        const char *piece = label_piece_in(b, r, col);
        if (!piece || !b->line)
            continue;
        if (b->page != page) {
            g_clear_pointer(&acc, g_free);
            page = b->page;
        }
        int whole_label = LABEL_LEVEL1 | LABEL_LEVEL2;
        int of_acc = acc ? label_facts(memo, acc, FALSE) : 0;
        if (acc) {
            char *joined = jx_norm_join(acc, piece);
            /* two labels whole that join into none open none either (a
             * form printing its labels on every row): the taxonomy's
             * openings are not asked */
            gboolean both_whole =
                (of_acc & whole_label) && (label_facts(memo, piece, FALSE) & whole_label);
            int of_joined = label_facts(memo, joined, !both_whole);
            if (of_joined & (both_whole ? whole_label : LABEL_OPENS)) {
                g_free(acc);
                acc = joined;
                end = b->line;
                continue;
            }
            g_free(joined);
        }
        gboolean whole =
            (of_acc & LABEL_LEVEL2) || (r == JX_ROLE_LEVEL1 && (of_acc & LABEL_LEVEL1));
        g_clear_pointer(&acc, g_free);
        if (!(label_facts(memo, piece, TRUE) & LABEL_OPENS))
            continue;
        if (whole) {
            label_seam s = {column, page, end, b->line};
            g_array_append_val(seams, s);
        }
        acc = g_strdup(piece);
        end = b->line;
    }
    g_free(acc);
}

/* The seams of the level-1 and level-2 labels of `all` in every grid
 * column they stand in (see add_label_seams): a new array. */
static GArray *label_seams(const GPtrArray *all)
{
    static const jx_role roles[] = {JX_ROLE_LEVEL1, JX_ROLE_LEVEL2};
    GArray *seams = g_array_new(FALSE, FALSE, sizeof(label_seam));
    GHashTable *memo = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    int column = 0;
    for (gsize k = 0; k < G_N_ELEMENTS(roles); k++) {
        int cols = 0;
        for (guint i = 0; i < all->len; i++) {
            const jx_pcell *c = ((const built_row *)all->pdata[i])->by_role[roles[k]];
            if (c)
                cols = MAX(cols, c->col + 1);
        }
        for (int col = 0; col < cols; col++)
            add_label_seams(all, roles[k], col, column++, seams, memo);
    }
    g_hash_table_unref(memo);
    return seams;
}

/* TRUE when a seam of `seams` on `page` parts line `high` from the lower
 * line `low`: `high` down to its end, its start down to `low`. */
static gboolean seam_parts(const GArray *seams, int page, int high, int low)
{
    for (guint k = 0; k < seams->len; k++) {
        const label_seam *s = &g_array_index(seams, label_seam, k);
        if (s->page == page && high <= s->end && s->start <= low)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when two seams of one label column part line `high` from the lower
 * line `low`: a whole group of that column stands between them.  (A
 * column's seams stand together in `seams`, in the order of their lines.) */
static gboolean group_between(const GArray *seams, int page, int high, int low)
{
    int parting = -1; /* the column of the last seam that parts them */
    for (guint k = 0; k < seams->len; k++) {
        const label_seam *s = &g_array_index(seams, label_seam, k);
        if (s->page != page || high > s->end || s->start > low)
            continue;
        if (s->column == parting)
            return TRUE;
        parting = s->column;
    }
    return FALSE;
}

/* Adds NAME_LABEL_SEAM_COST to every cut of gap `g` (rows on `page`) for
 * each name it sends across a label seam: up to the row above when a seam
 * parts that row's line from the name's, down to the row below when one
 * parts the name's line from that row's (`生态 对生态环境的影响` / `环境` /
 * `定性 无` / `成本` / `指标` / `经济 拉动社会投资` / `效益` / `效益 ≥ 7 亿元`:
 * 拉动社会投资 is the row of 经济效益指标's, below). */
static void cut_across_label_seams(name_gap *g, const GArray *seams, int page)
{
    /* a whole group between the two rows has rows of its own the stretch
     * lost (read as pieces of others): its names have no row to go to */
    if (g->n == 0 || seams->len == 0 || group_between(seams, page, g->above->line, g->below->line))
        return;
    for (int k = 0; k < g->n; k++) {
        gboolean up = seam_parts(seams, page, g->above->line, g->lines[k]);
        gboolean down = seam_parts(seams, page, g->lines[k], g->below->line);
        /* cut t sends names 0..t-1 up, t..n-1 down */
        for (int t = 0; t <= g->n; t++)
            if (k < t ? up : down)
                g->cut[t] += NAME_LABEL_SEAM_COST;
    }
}

/* The gap each fragment of `all` stands in (NULL: none of a stretch) and
 * its index among the gap's names (`name_at`, -1 without a name), the gaps
 * solved.  The gaps and all their arrays are allocated from `arena`, which
 * must outlive every use of them; `made` lists them (borrowed).  A stretch is rows with a line of their
 * own on one page and the lines between them (fragments, rows of group
 * labels alone) on that page; a page break or a row without its line ends
 * it. */
/* TRUE when fragment all[j] is a row's top line (see jx_trow_mark_top_lines) set
 * more than a line above its numbered line, past lines of its targets or
 * of group labels alone: its name is that row's, placed whatever the names'
 * column says.  Centred on the numbered line, the column took the next
 * row's first line for its rest (`群众生产生活条件` / `社会效益指标` / `36 |
 * 持续改善` / `效益指标 | 众` / `公共服务满意度提升`), or gave the name to the
 * row above.  Right above its number, a top's name is where the column puts
 * it anyway. */
static gboolean top_far_above(const GPtrArray *all, const gboolean *frag, guint j)
{
    const built_row *top = all->pdata[j];
    if (!top->row_top)
        return FALSE;
    guint k = j + 1;
    while (k < all->len && (frag[k] || ((const built_row *)all->pdata[k])->labels_only))
        k++;
    return k < all->len && lines_between(top, all->pdata[k]) > 0;
}

void jx_trow_count_figure_lines(const GPtrArray *all, const gboolean *frag, int *low_out,
                                int *high_out)
{
    int low = 0, high = 0;
    for (guint i = 1; i + 1 < all->len; i++) {
        const built_row *above = all->pdata[i - 1], *b = all->pdata[i], *below = all->pdata[i + 1];
        const char *own = b->text[JX_ROLE_NAME];
        if (frag[i] || b->labels_only)
            continue;
        gboolean over = frag[i - 1] && above->text[JX_ROLE_NAME] && lines_between(above, b) == 0;
        gboolean under = frag[i + 1] && below->text[JX_ROLE_NAME] && lines_between(b, below) == 0;
        if (!own) {
            low += over && !under && has_value(b);
            continue;
        }
        gboolean other_under = frag[i + 1] && !below->text[JX_ROLE_NAME] &&
                               lines_between(b, below) == 0;
        if (over && !under && wrapped_into(all, above, b))
            low++;
        else if (under && !over && wrapped_into(all, b, below))
            high++;
        else if (!over && other_under && has_value(b))
            high++;
    }
    *low_out = low;
    *high_out = high;
}

name_gap **jx_trow_place_names_by_column(const GPtrArray *all, const gboolean *frag,
                                         jx_arena *arena, GPtrArray *made, int *name_at,
                                         gboolean centred, gboolean low_figures,
                                         gboolean only_two_lines, gboolean top_set)
{
    guint n = all->len;
    name_gap **at = g_new0(name_gap *, n + 1);
    GPtrArray *rows = g_ptr_array_new(), *gaps = g_ptr_array_new();
    guint last_i = 0; /* index of the stretch's last row */
    GArray *seams = NULL; /* (read when a gap first holds a name) */
    for (guint i = 0; i <= n; i++) {
        const built_row *b = i < n ? all->pdata[i] : NULL;
        if (i < n)
            name_at[i] = -1;
        if (b && (frag[i] || b->labels_only))
            continue;
        gboolean anchor = b && b->line;
        gboolean joins = anchor && rows->len && b->page == ((built_row *)rows->pdata[0])->page;
        for (guint j = last_i + 1; joins && j <= i; j++) {
            const built_row *f = all->pdata[j];
            joins = f->line && f->page == b->page && !f->page_start;
        }
        if (!joins) {
            for (int holes = 0; holes <= 1 && rows->len > 1; holes++)
                solve_name_stretch((built_row *const *)rows->pdata, (name_gap **)gaps->pdata,
                                   (int)gaps->len - 1, arena, holes);
            g_ptr_array_set_size(rows, 0);
            g_ptr_array_set_size(gaps, 0);
            if (anchor) {
                g_ptr_array_add(gaps, NULL); /* none above the first row */
                g_ptr_array_add(rows, (gpointer)b);
                last_i = i;
            }
            continue;
        }
        name_gap *g = jx_arena_new0_n(arena, name_gap, 1);
        g_ptr_array_add(made, g);
        g->lines = jx_arena_new_n(arena, int, i - last_i + 1);
        g->texts = jx_arena_new_n(arena, const char *, i - last_i + 1);
        int span = b->line - ((const built_row *)rows->pdata[rows->len - 1])->line;
        g->blanks = jx_arena_new_n(arena, int, MAX(span, 1));
        g->above = rows->pdata[rows->len - 1];
        g->below = (built_row *)b;
        g->verdict = -1;
        for (guint j = last_i + 1; j <= i; j++) {
            const built_row *f = all->pdata[j], *over = all->pdata[j - 1];
            for (int l = over->line + 1; l < f->line; l++)
                g->blanks[g->n_blanks++] = l;
            /* a cell's rest is no name of its own to place, nor a row's top
             * line far above its number (see top_far_above) or a line known
             * to be the row's above, whose name is that row's */
            if (!frag[j] || j == i || f->across_labels || top_far_above(all, frag, j) ||
                f->rest_of_above)
                continue;
            at[j] = g;
            if (f->text[JX_ROLE_NAME]) {
                name_at[j] = g->n;
                g->lines[g->n] = f->line;
                g->texts[g->n++] = f->text[JX_ROLE_NAME];
            }
        }
        name_gap_cuts(g, arena);
        if (g->n > 0 && !seams)
            seams = label_seams(all);
        if (seams)
            cut_across_label_seams(g, seams, b->page);
        if (!centred)
            cut_unfilled_name(g, all);
        cut_under_top_set_name(g, all, frag, last_i, top_set);
        /* the one name piece of a gap that starts the name below goes down
         * as surely as across a seam */
        for (int t = 1; t <= g->n && i > last_i + 1 && name_at[last_i + 1] == 0 &&
                        jx_trow_centred_top_piece(all, frag, last_i + 1, i - 1, g->above, b,
                                                  low_figures, only_two_lines);
             t++)
            g->cut[t] += NAME_SEAM_COST;
        if (g->n > 0 && gap_tops_tall_row(g, label_lines_under(all, last_i + 1, i,
                                                              g->lines[g->n - 1])))
            g->verdict = 0;
        g->texts = NULL; /* the rows' names: read by the cuts only */
        g_ptr_array_add(gaps, g);
        g_ptr_array_add(rows, (gpointer)b);
        last_i = i;
    }
    if (seams)
        g_array_unref(seams);
    g_ptr_array_unref(rows);
    g_ptr_array_unref(gaps);
    return at;
}

gboolean jx_trow_names_by_column(name_gap *g, const GPtrArray *all, guint i0, guint up)
{
    if (!g || !g->total)
        return FALSE;
    for (guint j = i0; j < i0 + up && j < all->len; j++)
        g->sent_up += ((const built_row *)all->pdata[j])->text[JX_ROLE_NAME] != NULL;
    if (g->verdict < 0) {
        int kept = MIN(g->sent_up, g->n);
        g->verdict = g->total[kept] - g->total[g->best] > NAME_PLACE_MARGIN &&
                     g->total_holed[kept] - g->total_holed[g->best_holed] > NAME_PLACE_MARGIN;
        /* sending every piece down under a top-set name, the column is
         * surer than by the margin (see cut_under_top_set_name) */
        if (g->under_top_name && g->best == 0 && g->best_holed == 0 && kept > 0)
            g->verdict = 1;
    }
    return g->verdict == 1;
}

/* A new row standing where fragment `f` stands (its source row, line,
 * page), with nothing in it yet. */
static built_row *row_on_line_of(const built_row *f)
{
    built_row *p = jx_trow_built_row_new();
    p->source = f->source;
    p->line = f->line;
    p->page = f->page;
    p->page_start = f->page_start;
    return p;
}

built_row *jx_trow_take_name(built_row *f)
{
    built_row *p = row_on_line_of(f);
    /* no first or last line: the rows' extents stay as they were, the label
     * resolver places labels by them */
    move_label(f, p, JX_ROLE_NAME);
    return p;
}

built_row *jx_trow_take_balanced_cells(built_row *f)
{
    built_row *p = row_on_line_of(f);
    for (gsize i = 0; i < G_N_ELEMENTS(balanced_roles); i++)
        if (f->text[balanced_roles[i]])
            move_label(f, p, balanced_roles[i]);
    return p;
}

gboolean jx_trow_unit_cut_above(const built_row *f, const built_row *next)
{
    static const jx_role units[] = {JX_ROLE_UNIT, JX_ROLE_HALF_UNIT};
    static const jx_role values[] = {JX_ROLE_VALUE, JX_ROLE_HALF_VALUE};
    for (gsize i = 0; next && i < G_N_ELEMENTS(units); i++) {
        const jx_pcell *cut = f->by_role[units[i]], *figure = next->by_role[values[i]];
        if (cut && jx_norm_unit_cut(cut->norm) && figure && !next->by_role[units[i]] &&
            (figure->kind == JX_CK_INT || figure->kind == JX_CK_NUMBER))
            return TRUE;
    }
    return FALSE;
}

/* Lines above a unit's last piece its cut first piece may stand on: the
 * row's top line, and the numbered line between (`平方公` / `不低于 | 48.60`
 * / `里`). */
#define UNIT_CUT_LINES_ABOVE 2

gboolean jx_trow_unit_rest_as_value(const GPtrArray *all, guint i, const jx_header *header)
{
    static const jx_role units[] = {JX_ROLE_UNIT, JX_ROLE_HALF_UNIT};
    static const jx_role values[] = {JX_ROLE_VALUE, JX_ROLE_HALF_VALUE};
    const built_row *b = all->pdata[i];
    for (gsize k = 0; k < G_N_ELEMENTS(units); k++) {
        const jx_pcell *rest = b->by_role[values[k]];
        if (!rest || rest->kind != JX_CK_TEXT || column_role(header, rest) != units[k])
            continue;
        for (guint j = i; j > 0 && i - j < UNIT_CUT_LINES_ABOVE; j--) {
            const built_row *up = all->pdata[j - 1];
            if (!next_line_of(up, all->pdata[j]))
                break;
            const jx_pcell *cut = up->by_role[units[k]];
            if (!cut || cut->col != rest->col || !jx_norm_unit_cut(cut->norm))
                continue;
            char *joined = jx_norm_join(cut->norm, rest->norm);
            char *unit = jx_norm_unit(joined);
            gboolean whole = unit != NULL;
            g_free(unit);
            g_free(joined);
            if (whole)
                return TRUE;
        }
    }
    return FALSE;
}

/* TRUE when the name `b` holds beside its targets is the rest of the name
 * numbered row `numbered` opens on its own line, in the same column: a
 * browser sets a row's number, labels and name at the row's top and
 * centres its targets, which for a name wrapped over two lines land on the
 * second (`1 | 产出 | 数量指标 | XX村通组道路硬化里` over `程* | ≥ | 18.9 |
 * 公里`, Chromium's print of Writer's HTML). */
static gboolean name_rest_beside_targets(const built_row *numbered, const built_row *b)
{
    const jx_pcell *head = numbered->by_role[JX_ROLE_NAME], *rest = b->by_role[JX_ROLE_NAME];
    /* (a wrapped label's last piece in the names' column, `18 | 满意度指标 |
     * 服务对象满意度指 | 标` over `服务对象满意度 | 92 %`, opens no name) */
    return head && rest && head->col == rest->col && !jx_taxonomy_label_tail(head->norm) &&
           numbered->head_line[JX_ROLE_NAME] == numbered->line &&
           numbered->tail_line[JX_ROLE_NAME] == numbered->line &&
           b->head_line[JX_ROLE_NAME] == b->line;
}

/* TRUE when row `b`, the line right under numbered row `numbered`, is that
 * row's targets: `numbered` holds its 序号, label pieces and perhaps its
 * name (no target), `b` a target and neither a 序号 nor a name.  A row
 * vertically centred over three lines sets its number on the middle line
 * with the first line of a narrow label (`1 产出指`), its name on the line
 * above and its targets on the line below (`标 数量指标 … 750 个`): two
 * lines a row each would read the name as the first row's and the targets
 * as the next row's.  A row set at its top over narrow label columns puts
 * its number and name on its first line with the labels' first pieces
 * (`1 产出 数量指 开发公益性岗位`) and its targets on the second with the
 * labels' rest (`指标 标 … 750 个`): read as two rows, one had the name
 * and no target, the next the target and no name.  `above` is the row
 * before `numbered`, or NULL. */
static gboolean targets_of_numbered_line(const built_row *above, const built_row *numbered,
                                         const built_row *b)
{
    /* targets right above the number (`项目完成时限 ≤2019 年 9 月 3` over
     * `8 时效指标` over `0日`): the line below is their rest */
    if (above && next_line_of(above, numbered) && has_target(above))
        return FALSE;
    /* a name alone right above a named numbered line is the row's name (its
     * `name` the first line of a label wrapped in the names' column:
     * `★沿线群众满意度` over `10 满意度 服务对象满意度指` over `标 ≥ 88 %`) */
    if (numbered->text[JX_ROLE_NAME] && above && next_line_of(above, numbered) &&
        above->text[JX_ROLE_NAME] && !above->by_role[JX_ROLE_SEQ])
        return FALSE;
    return numbered->by_role[JX_ROLE_SEQ] && !has_target(numbered) && next_line_of(numbered, b) &&
           has_value(b) && !b->by_role[JX_ROLE_SEQ] && !b->text[JX_ROLE_NAME];
}

/* TRUE when row `b`, the line right under numbered row `numbered`, holds
 * that row's targets beside the rest of its name (see
 * name_rest_beside_targets): `numbered` has its 序号 and name and no
 * target, `b` a target and the name's rest, no 序号.  Not when targets
 * with no 序号 of their own stand right above the number (they are
 * `numbered`'s, see targets_of_numbered_line); a row right above with its
 * own number has its own. */
static gboolean targets_under_named_number(const built_row *above, const built_row *numbered,
                                           const built_row *b)
{
    if (above && next_line_of(above, numbered) && has_target(above) &&
        !above->by_role[JX_ROLE_SEQ])
        return FALSE;
    return numbered->by_role[JX_ROLE_SEQ] && !has_target(numbered) && next_line_of(numbered, b) &&
           has_value(b) && !b->by_role[JX_ROLE_SEQ] && name_rest_beside_targets(numbered, b);
}

void jx_trow_mark_numbers_over_targets(GPtrArray *all, gboolean *frag)
{
    for (guint i = 1; i < all->len; i++) {
        built_row *b = all->pdata[i];
        if (frag[i - 1] || frag[i])
            continue;
        if (targets_of_numbered_line(i > 1 ? all->pdata[i - 2] : NULL, all->pdata[i - 1], b))
            frag[i - 1] = TRUE;
        else if (targets_under_named_number(i > 1 ? all->pdata[i - 2] : NULL, all->pdata[i - 1],
                                            b))
            frag[i] = b->rest_of_above = TRUE;
    }
}

void jx_trow_hand_back_over_labels(GPtrArray *pending, GPtrArray *data, GHashTable *merged)
{
    built_row *above = data->len ? data->pdata[data->len - 1] : NULL;
    if (!above || above->labels_only)
        return;
    guint n = 0;
    while (n < pending->len && jx_trow_goes_on_from(above, pending->pdata[n]) &&
           runs_on_in(above, pending->pdata[n], JX_ROLE_VALUE))
        jx_trow_merge_fragment(pending->pdata[n++], above, FALSE, merged);
    g_ptr_array_remove_range(pending, 0, n);
}

/* The value role (value_roles) fragment `f` holds text in, with no group
 * label beside it; JX_ROLE_NONE when none.  (A deviation's line over a
 * label's line is as often the row above's last: a tall remark runs on below
 * its row's figures.) */
static jx_role target_without_labels(const built_row *f)
{
    for (gsize k = 0; k < G_N_ELEMENTS(label_roles); k++)
        if (f->text[label_roles[k]])
            return JX_ROLE_NONE;
    for (gsize k = 0; k < G_N_ELEMENTS(value_roles); k++)
        if (f->text[value_roles[k]])
            return value_roles[k];
    return JX_ROLE_NONE;
}

/* TRUE when the row right after the labels' row `i` is a data row whose
 * cell in role `r` goes on, wrapped, on the fragment line right below it: a
 * tall cell centred on its row's line, whose lines above that line are as
 * likely its own as the row above's (a row with nothing wrapped below takes
 * none from above the labels: `2020年10月31日之` / `前` over `产出/时效指标`
 * is the row above's date). */
static gboolean centred_cell_below(const GPtrArray *all, const gboolean *frag, guint i, jx_role r)
{
    if (i + 2 >= all->len || frag[i + 1] || !frag[i + 2])
        return FALSE;
    const built_row *row = all->pdata[i + 1], *below = all->pdata[i + 2];
    return row && below && !row->labels_only && row->text[r] && below->text[r];
}

void jx_trow_defer_cells_past_labels(GPtrArray *pending, GPtrArray *deferred,
                                     const GPtrArray *all, const gboolean *frag, guint i)
{
    guint kept = 0;
    for (guint p = 0; p < pending->len; p++) {
        built_row *f = pending->pdata[p];
        jx_role r = target_without_labels(f);
        if (r != JX_ROLE_NONE && centred_cell_below(all, frag, i, r))
            g_ptr_array_add(deferred, f);
        else
            pending->pdata[kept++] = f;
    }
    g_ptr_array_set_size(pending, kept);
}

/* At most this many lines stand between two pieces of one wrapped label in
 * a column (the line of a row's target centred between them). */
#define FOLDED_PIECE_GAP 1

/* TRUE when a cell of a row of part `m` in a part column that went to the
 * level-2 header column is a level-2 label or the opening of one: the part
 * has its level-2 labels' column (not a page whose level-2 column itself
 * went to the names', its level-1 pieces to the level-2's). */
static gboolean part_has_level2_labels(GPtrArray *all, part_map **row_map, const part_map *m,
                                       const jx_header *header)
{
    int level2 = role_column(header, JX_ROLE_LEVEL2);
    for (guint j = 0; j < all->len; j++) {
        const built_row *b = all->pdata[j];
        if (row_map[j] != m)
            continue;
        for (guint k = 0; k < b->source->cells->len; k++) {
            const jx_pcell *c = b->source->cells->pdata[k];
            if (c->rowhead || !c->norm || c->col >= m->n_cols || m->to[c->col] != level2 ||
                jx_taxonomy_level1(c->norm))
                continue;
            char *opens = jx_taxonomy_label_headed(c->norm, 2);
            g_free(opens);
            if (opens || jx_taxonomy_level2(NULL, c->norm))
                return TRUE;
        }
    }
    return FALSE;
}

GHashTable *jx_trow_folded_level2_pieces(GPtrArray *all, const gboolean *frag,
                                         const jx_header *header, part_map **row_map)
{
    GHashTable *set = g_hash_table_new(g_direct_hash, g_direct_equal);
    GPtrArray *run = g_ptr_array_new();
    for (guint i = 0; i < all->len; i++) {
        const built_row *a = all->pdata[i];
        if (!frag[i] || !a->line)
            continue;
        for (guint k = 0; k < a->source->cells->len; k++) {
            const jx_pcell *c = a->source->cells->pdata[k];
            char *opens = c->rowhead || !c->norm || jx_taxonomy_level1(c->norm)
                              ? NULL
                              : jx_taxonomy_label_headed(c->norm, 2);
            g_free(opens);
            if (!opens ||
                !jx_trow_folded_between_level2_and_names(header, row_map[i]->to, row_map[i]->n_cols,
                                                         c->col) ||
                !part_has_level2_labels(all, row_map, row_map[i], header))
                continue;
            g_ptr_array_set_size(run, 0);
            g_ptr_array_add(run, (gpointer)c);
            char *joined = g_strdup(c->norm);
            guint done = 0; /* pieces in the run when it last made a label */
            int line = a->line;
            for (guint j = i + 1; j < all->len; j++) {
                const built_row *b = all->pdata[j];
                if (b->page != a->page || row_map[j] != row_map[i] || !b->line ||
                    b->line - line > FOLDED_PIECE_GAP + 1)
                    break;
                const jx_pcell *piece = frag[j] ? cell_in_column(b, c->col) : NULL;
                if (!piece || !piece->norm)
                    continue;
                char *longer = jx_norm_join(joined, piece->norm);
                char *still = jx_taxonomy_label_headed(longer, 2);
                gboolean label = jx_taxonomy_level2(NULL, longer) != NULL;
                g_free(still);
                if (!label && !still) {
                    g_free(longer);
                    break;
                }
                g_free(joined);
                joined = longer;
                g_ptr_array_add(run, (gpointer)piece);
                line = b->line;
                if (label)
                    done = run->len;
            }
            g_free(joined);
            for (guint r = 0; r < done; r++)
                g_hash_table_add(set, run->pdata[r]);
        }
    }
    g_ptr_array_free(run, TRUE);
    return set;
}

/* A date piece that a tail must go on from: a head, or a date's middle
 * ending at its 年 or 月 or in the day's figure (`年 9 月`, `月 31`). */
static const char date_open_end_pattern[] = "[年月]\\s*\\d{0,2}\\s*$";

/* The last text of role `r` before all[at], and its index, or NULL. */
static const char *prev_text_in(const GPtrArray *all, guint at, jx_role r, guint *where)
{
    for (guint i = at; i-- > 0;) {
        const built_row *b = all->pdata[i];
        if (b && b->text[r]) {
            *where = i;
            return b->text[r];
        }
    }
    return NULL;
}

/* TRUE when all[at]'s target of role `r` is a date's tail (`30 日`, `年
 * 12`) going on from an open date piece above it in its column: no target
 * of its own, though `30 日` alone reads as one. */
static gboolean date_tail_in(const GPtrArray *all, guint at, jx_role r)
{
    const char *t = ((const built_row *)all->pdata[at])->text[r];
    guint where = 0;
    gboolean tail = t && holds_date_word(t) && g_regex_match_simple(date_tail_pattern, t, 0, 0);
    const char *above = tail ? prev_text_in(all, at, r, &where) : NULL;
    return above && ((holds_date_word(above) &&
                      g_regex_match_simple(date_open_end_pattern, above, 0, 0)) ||
                     date_head(all, where, r, above));
}

/* TRUE when all[at]'s targets are each a date's tail going on from an open
 * date piece above it in its own column (see date_tail_in): a half-year
 * table's line `日 | 5日` under `2021 年 6 月 30 | 2021 年 12 月 2`. */
static gboolean holds_date_tail_alone(const GPtrArray *all, guint at)
{
    const built_row *b = all->pdata[at];
    if (b->by_role[JX_ROLE_SEQ] || !targets_alone_beside_labels(b))
        return FALSE;
    gboolean tail = FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(value_roles); i++) {
        jx_role r = value_roles[i];
        if (!b->text[r])
            continue;
        if (!date_tail_in(all, at, r))
            return FALSE;
        tail = TRUE;
    }
    return tail;
}

void jx_trow_mark_date_heads(const GPtrArray *all, gboolean *frag)
{
    for (guint i = 0; i < all->len; i++)
        if (!frag[i] && (holds_date_head_alone(all, i) || holds_date_tail_alone(all, i)))
            frag[i] = TRUE;
}

int jx_trow_role_column_held(const GPtrArray *all, int n_cols, int page, jx_role r)
{
    int *count = g_new0(int, n_cols + 1);
    for (guint i = 0; i < all->len; i++) {
        const built_row *b = all->pdata[i];
        const jx_pcell *c = b->by_role[r];
        if (c && c->col >= 0 && c->col < n_cols && (!page || b->page == page))
            count[c->col]++;
    }
    int best = -1;
    for (int c = 0; c < n_cols; c++)
        if (count[c] && (best < 0 || count[c] > count[best]))
            best = c;
    g_free(count);
    return best;
}

/* TRUE when row `b` has a cell left of the names' column (`names`) that is
 * a piece of a label: no merged cell's, no whole label, no 序号 (成 of a
 * label stacked a character a line, 成 / 本 / 指 / 标).  Such a row is a
 * line of cells a dump sets over lines of their own, which the label and
 * fragment readers place. */
static gboolean holds_label_piece(const built_row *b, int names)
{
    const GPtrArray *cells = b->source->cells;
    for (guint i = 0; i < cells->len; i++) {
        const jx_pcell *c = cells->pdata[i];
        if (c->col < names && !c->spanned && c->kind != JX_CK_INT && c->norm && *c->norm &&
            !jx_taxonomy_level1(c->norm) && !jx_taxonomy_level2(NULL, c->norm))
            return TRUE;
    }
    return FALSE;
}

/* TRUE when `name` restates the level-2 label of row `below`, its label
 * word without the label's suffix (社会成本 over 社会成本指标): an indicator
 * named as its group, which forms list under that group. */
static gboolean restates_level2_below(const char *name, const built_row *below)
{
    const char *label = below->text[JX_ROLE_LEVEL2];
    return name && label && jx_label_suffixed_form(label, name);
}

/* TRUE when row `b` holds a name in the names' column and nothing else (no
 * target, no 序号, no label's piece of its own): a name set at the top of
 * its row, the row's figures a line or a page break lower, on row `below`. */
static gboolean name_alone_in_column(const built_row *b, int names, const built_row *below)
{
    const jx_pcell *name = b->by_role[JX_ROLE_NAME];
    /* a label in the names' slot is a row of labels alone (效益 | 生态效益 |
     * 可持续影响), no name — unless it restates the label of the row below
     * (社会成本 at its row's top, 社会成本指标 beside the row's target) */
    if (!name || name->col != names ||
        (jx_label_either_level(b->text[JX_ROLE_NAME]) &&
         !restates_level2_below(b->text[JX_ROLE_NAME], below)))
        return FALSE;
    /* a merged cell's text (a label spanning rows) is every row's it spans,
     * and a whole label beside the name is its group's; a label's piece
     * (社会 of 社会 / 效益 / 指标 stacked over the lines) is a line of a
     * row whose cells a dump sets over lines of their own */
    for (int r = 0; r < JX_ROLE_COUNT; r++)
        if (r != JX_ROLE_NAME && b->text[r] && !(b->by_role[r] && b->by_role[r]->spanned) &&
            !(is_label_role(r) && known_label(r, b->text[r])))
            return FALSE;
    return TRUE;
}

void jx_trow_targets_under_their_name(GPtrArray *all, const jx_header *header)
{
    int names = names_column(all, header->n_cols, 0);
    if (names < 0 || header->roles[names] != JX_ROLE_NAME)
        return;
    int page = -1, page_names = names;
    for (guint i = 1; i < all->len; i++) {
        built_row *b = all->pdata[i];
        const built_row *above = all->pdata[i - 1];
        /* a continued page whose columns the dump moved keeps its names in
         * a column of its own: the header's roles shift with it */
        if (b->page != page) {
            page = b->page;
            page_names = names_column(all, header->n_cols, page);
            if (page_names < 0)
                page_names = names;
        }
        int names_above = above->page == page ? page_names
                                              : names_column(all, header->n_cols, above->page);
        if (names_above < 0)
            names_above = names;
        int shift = names - page_names;
        const jx_pcell *taken = b->by_role[JX_ROLE_NAME];
        if (!taken || taken->col <= page_names || taken->col + shift >= header->n_cols ||
            !name_alone_in_column(above, names_above, b) || holds_label_piece(above, names_above) ||
            holds_label_piece(b, page_names) || !(has_target(b) || b->by_role[JX_ROLE_SEQ]))
            continue;
        jx_role own = header->roles[taken->col + shift];
        if ((own == JX_ROLE_VALUE || own == JX_ROLE_HALF_VALUE) && !b->by_role[own]) {
            move_role(b, JX_ROLE_NAME, own);
        } else if ((own == JX_ROLE_NONE || own == JX_ROLE_OTHER) && !has_target(b)) {
            /* a layout dump's columns need not be the header's: the row's
             * only target is its value */
            move_role(b, JX_ROLE_NAME, JX_ROLE_VALUE);
        } else if ((own == JX_ROLE_NONE || own == JX_ROLE_OTHER) && shift == 0) {
            /* (a page's own column, voted by fewer rows, only ever finds a
             * target: it drops no text) */
            text_set(b, JX_ROLE_NAME, NULL);
            b->by_role[JX_ROLE_NAME] = NULL;
        }
    }
}

/* The work items the rows of `all` hold, as a set of their texts (owned
 * by the rows): a browser centres each row's work item in its column, so
 * one that fills fewer characters starts further right, in no column of
 * its own, but it reads the same on every row of its span. */
static GHashTable *tasks_held(const GPtrArray *all)
{
    GHashTable *held = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < all->len; i++) {
        const built_row *b = all->pdata[i];
        if (b->by_role[JX_ROLE_TASK] && b->text[JX_ROLE_TASK])
            g_hash_table_add(held, (gpointer)b->text[JX_ROLE_TASK]);
    }
    return held;
}

void jx_trow_tasks_under_their_name(GPtrArray *all, int n_cols)
{
    int page = -1, names = -1, tasks = -1;
    GHashTable *held = tasks_held(all);
    for (guint i = 1; i < all->len; i++) {
        built_row *b = all->pdata[i];
        const built_row *above = all->pdata[i - 1];
        if (b->page != page) {
            page = b->page;
            names = names_column(all, n_cols, page);
            tasks = jx_trow_role_column_held(all, n_cols, page, JX_ROLE_TASK);
        }
        const jx_pcell *taken = b->by_role[JX_ROLE_NAME];
        if (!taken || names < 0 || taken->col >= names ||
            !(taken->col == tasks || (taken->norm && g_hash_table_contains(held, taken->norm))) ||
            b->by_role[JX_ROLE_TASK] || !has_value(b) || above->page != page ||
            !name_alone_in_column(above, names, b) || holds_label_piece(above, names))
            continue;
        move_role(b, JX_ROLE_NAME, JX_ROLE_TASK);
        if (b->text[JX_ROLE_TASK]) /* a work item for the rows below too */
            g_hash_table_add(held, (gpointer)b->text[JX_ROLE_TASK]);
    }
    g_hash_table_unref(held);
}

/* Lines apart, at most, of a label's last line and the line of its rest
 * read as a name (jx_trow_label_rest_read_as_name): the next line, or the one
 * after where a line of other cells stands between. */
#define LABEL_REST_MAX_LINES 2

/* Pieces, at most, between a label's first line and its rest read as
 * names (`可持` / `续影` / `响指` / `标`: two): a level-2 label wraps over
 * four lines in the narrowest columns. */
#define LABEL_REST_MAX_MIDDLE 2

/* The role of row `b`'s text in grid column `col` that may open a level-2
 * label: its level-2 label, or a name's text where the row holds no
 * level-2 label (a label's first line that is no label whole, `服务对象满意
 * 度指`, takes an empty name slot as its rest does); JX_ROLE_COUNT when
 * neither stands there. */
static jx_role label_head_in_column(const built_row *b, int col)
{
    const jx_pcell *l2 = b->by_role[JX_ROLE_LEVEL2], *name = b->by_role[JX_ROLE_NAME];
    if (l2 && b->text[JX_ROLE_LEVEL2])
        return l2->col == col ? JX_ROLE_LEVEL2 : JX_ROLE_COUNT;
    if (name && b->text[JX_ROLE_NAME] && name->col == col)
        return JX_ROLE_NAME;
    return JX_ROLE_COUNT;
}

void jx_trow_label_rest_read_as_name(GPtrArray *rows, const jx_header *header)
{
    for (guint i = 1; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        jx_role rest = b->text[JX_ROLE_LEVEL2] ? JX_ROLE_LEVEL2 : JX_ROLE_NAME;
        const jx_pcell *c = b->by_role[rest];
        const char *text = b->text[rest];
        if (!c || !text || c->col < 0 || c->col >= header->n_cols ||
            (header->roles[c->col] != JX_ROLE_LEVEL2 && !third_label_column(header, c->col)) ||
            !jx_taxonomy_label_tail(text) ||
            (rest == JX_ROLE_LEVEL2 && known_label(JX_ROLE_LEVEL2, text)))
            continue;
        /* the pieces above it in its column, nearest first, while they
         * and it end a label together (影响指 over 标, under 可持续) */
        built_row *middle[LABEL_REST_MAX_MIDDLE];
        int n_middle = 0, line = b->line;
        char *acc = g_strdup(text);
        for (guint k = i; k-- > 0;) {
            built_row *above = rows->pdata[k];
            if (above->page != b->page || !above->line || !line ||
                line - above->line > LABEL_REST_MAX_LINES)
                break;
            jx_role head = label_head_in_column(above, c->col);
            if (head == JX_ROLE_COUNT || (rest == JX_ROLE_LEVEL2 && head != JX_ROLE_NAME))
                continue;
            if (joins_into_label(JX_ROLE_LEVEL2, above->text[head], acc)) {
                if (head == JX_ROLE_NAME)
                    move_role(above, JX_ROLE_NAME, JX_ROLE_LEVEL2);
                for (int m = 0; m < n_middle; m++)
                    move_role(middle[m], JX_ROLE_NAME, JX_ROLE_LEVEL2);
                if (rest == JX_ROLE_NAME)
                    move_role(b, JX_ROLE_NAME, JX_ROLE_LEVEL2);
                break;
            }
            char *joined = jx_norm_join(above->text[head], acc);
            gboolean goes_on = head == JX_ROLE_NAME && n_middle < LABEL_REST_MAX_MIDDLE &&
                               jx_taxonomy_label_piece(above->text[head]) &&
                               jx_taxonomy_label_tail(joined);
            g_free(acc);
            acc = joined;
            if (!goes_on)
                break;
            middle[n_middle++] = above;
            line = above->line;
        }
        g_free(acc);
    }
}
