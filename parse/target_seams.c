/*
 * target_seams.c — where one row's lines end and the next row's begin.
 *
 * A run of fragments between two rows is cut where the evidence (the
 * *_evidence functions: widths of lines, labels, page breaks, balance of
 * cells) weighs most: seam_evidence and split_fragment_run;
 * keep_runs_together keeps a cell's lines whole.  Used by build_rows
 * (target_build.c) and the fragment passes.
 */
#include "parse/target_row.h"

#include <math.h>
#include <stdlib.h>

/* The name's column alone (seams inside its brackets). */
static const jx_role name_role[] = {JX_ROLE_NAME};

/* Evidence, in points, that a fragment belongs with the row below rather
 * than the row above (negative: above).  A seam inside a word is the
 * strongest sign; a blank line on one side only says where rows part (text
 * browsers and some dumps leave one between rows); a neighbour missing the
 * very cell the fragment holds (its name printed on the line above, as
 * pdftotext does with vertically centred rows) is next; then the page
 * break: a fragment that opens a page ends the previous page's cell. */
#define SEAM_EVIDENCE 4.0

#define GAP_EVIDENCE 2.5

/* more than CONTINUITY_EVIDENCE: a row must have a name, while the work
 * item above may be the end of another cell (养改善计划) */
#define MISSING_CELL_EVIDENCE 2.0

#define PAGE_EVIDENCE 1.0

/* A vertically centred row (pdftotext) prints a wrapped cell as many lines
 * above its own line as below: a row whose cell has more lines above than
 * below so far takes the next line of that cell.  As strong as a missing
 * cell: both say where a cell's lines must go to make it whole. */
#define BALANCE_EVIDENCE 2.0

/* A piece the source's producer knew to wrap on from the cell above (a
 * PDF's line spacing) is that cell's: a measured fact, stronger than any
 * reading of the text. */
#define WRAP_EVIDENCE 8.0

/* The same holds for the whole row: a row that took lines above its own
 * line (its value's, centred in the row) spans as many below it, whatever
 * cells they hold (a name set at the row's top wraps past the value line,
 * and the next row's name starts right after).  Weaker than a seam or a
 * missing cell: pdftotext may print two cells' lines as one. */
#define ROW_BALANCE_EVIDENCE 1.5

/* Cells every row has one of: a row without one is missing it, and a
 * fragment holding it is the row's. */
static const jx_role fillable_roles[] = {JX_ROLE_NAME, JX_ROLE_VALUE, JX_ROLE_HALF_VALUE};

/* A work item (名称) is merged over rows: rows lack it as a rule, so a
 * fragment of one continues the cell on the line next to it — the one above
 * or below that has text in its column.  (Labels centred on lines of their
 * own are placed by the label resolver instead.) */
static const jx_role merged_roles[] = {JX_ROLE_TASK};

#define CONTINUITY_EVIDENCE 1.5

/* A merged cell of two lines centred on a row without its text prints one
 * line right above the row's line and one right below (推进学前教育普及普惠发 /
 * 化解大班额班级数 … / 展): both are that row's, one cell.  Stronger than a
 * missing cell or continuity: the lines' places say it. */
#define STRADDLE_EVIDENCE 3.0

/* TRUE when `piece` is a day of the month (`30 日`, `31日`): the rest of a
 * date cut after its month (`≤2024 年 9 月`), which alone reads as that
 * month's last day. */
static gboolean is_day(const char *piece)
{
    const char *p = piece;
    while (*p == ' ')
        p++;
    if (!g_ascii_isdigit(*p))
        return FALSE;
    while (g_ascii_isdigit(*p) || *p == ' ')
        p++;
    return g_str_has_prefix(p, "日");
}

/* TRUE when `piece` is the operator word written after a figure or a date
 * (`前`, `之前`, `以上`), wrapped onto the next line: `before` alone reads
 * with no operator, joined with one and the same value. */
static gboolean adds_trailing_op(const char *before, const jx_target *alone, const char *piece)
{
    if ((alone->kind != JX_KIND_DATE && alone->kind != JX_KIND_NUMBER) || alone->op != JX_OP_NONE)
        return FALSE;
    /* the word must be in the piece (`before` reads with none): most pieces
     * are units, and reading the join is the costly part */
    if (!jx_norm_holds_word_after(piece))
        return FALSE;
    jx_target joined_t = {0};
    char *joined = jx_norm_join(before, piece);
    jx_norm_target(joined, &joined_t);
    gboolean adds = joined_t.kind == alone->kind && joined_t.op != JX_OP_NONE &&
                    g_strcmp0(joined_t.value, alone->value) == 0 &&
                    g_strcmp0(joined_t.unit, alone->unit) == 0;
    g_free(joined);
    jx_target_clear(&joined_t);
    return adds;
}

gboolean jx_trow_completes_read_target(const char *before, const jx_target *alone,
                                       const char *piece)
{
    if (adds_trailing_op(before, alone, piece))
        return TRUE;
    jx_target joined_t = {0};
    gboolean completes = FALSE;
    if (alone->kind == JX_KIND_TEXT || (alone->kind == JX_KIND_DATE && is_day(piece))) {
        char *joined = jx_norm_join(before, piece);
        jx_norm_target(joined, &joined_t);
        completes = alone->kind == JX_KIND_DATE
                        ? joined_t.kind == JX_KIND_DATE
                        : joined_t.kind != JX_KIND_TEXT && joined_t.kind != JX_KIND_NONE;
        g_free(joined);
    }
    jx_target_clear(&joined_t);
    return completes;
}

gboolean jx_trow_adds_unit(const char *before, const char *piece)
{
    jx_target alone = {0}, joined_t = {0};
    jx_norm_target(before, &alone);
    gboolean adds = FALSE;
    if (alone.kind == JX_KIND_NUMBER && !alone.unit) {
        char *joined = jx_norm_join(before, piece);
        jx_norm_target(joined, &joined_t);
        adds = joined_t.kind == JX_KIND_NUMBER && joined_t.unit &&
               g_strcmp0(joined_t.value, alone.value) == 0 && joined_t.op == alone.op;
        g_free(joined);
    }
    jx_target_clear(&alone);
    jx_target_clear(&joined_t);
    return adds;
}

/* Seam evidence over `roles`: `joins(first, second)` says the two texts are
 * one cell cut in two; the fragment joining the data row next to it leans
 * that way. */
static double seam_evidence(const built_row *frag, const built_row *above, const built_row *below,
                            const built_row *prev, const built_row *next, const jx_role *roles,
                            gsize n_roles, gboolean (*joins)(const char *, const char *))
{
    double e = 0;
    for (gsize i = 0; i < n_roles; i++) {
        jx_role r = roles[i];
        if (!frag->text[r])
            continue;
        gboolean with_prev = above == prev && prev->text[r] && joins(prev->text[r], frag->text[r]);
        gboolean with_next = below == next && next->text[r] && joins(frag->text[r], next->text[r]);
        e += SEAM_EVIDENCE * (with_next - with_prev);
    }
    return e;
}

/* TRUE when fragment `f` holds something of a row's own cells: a name, a
 * work item or a target. */
static gboolean holds_row_cells(const built_row *f)
{
    static const jx_role row_roles[] = {JX_ROLE_NAME, JX_ROLE_TASK, JX_ROLE_VALUE,
                                        JX_ROLE_HALF_VALUE};
    for (gsize i = 0; i < G_N_ELEMENTS(row_roles); i++)
        if (f->text[row_roles[i]])
            return TRUE;
    return FALSE;
}

/* TRUE when fragment `f` holds the first line of a level-1 label its narrow
 * column wrapped (`产出指` over the row, `标` under it) and nothing of a
 * row's name, work item or targets: the top of the row below, never the end
 * of a cell above — a label's first line is no label's rest.  Opening a page
 * under its header repeated (WeasyPrint), it went to the page before's last
 * row, and the row below kept `标` for its level-1. */
static gboolean opens_level1_cell(const built_row *f)
{
    const char *label = f->text[JX_ROLE_LEVEL1];
    return label && !jx_taxonomy_level1(label) && jx_trow_level1_or_its_opening(label) &&
           !holds_row_cells(f) && !f->text[JX_ROLE_LEVEL2];
}

/* TRUE when fragment `f` holds the first line of a level-2 label its narrow
 * column wrapped (`生态效益指` over the row, `标` under it) and nothing of a
 * row's own cells, its level-1 beside it at most: like opens_level1_cell,
 * the top of the row below.  Under a header WeasyPrint repeats atop a page
 * it went to the page before's last row, whose label was whole already
 * (社会效益指标生态效益指标). */
static gboolean opens_level2_cell(const built_row *f)
{
    const char *label = f->text[JX_ROLE_LEVEL2];
    if (!label || jx_taxonomy_level2(NULL, label) || holds_row_cells(f) ||
        (f->text[JX_ROLE_LEVEL1] && !jx_trow_level1_or_its_opening(f->text[JX_ROLE_LEVEL1])))
        return FALSE;
    char *whole = jx_taxonomy_label_headed(label, 2);
    gboolean opens = whole != NULL;
    g_free(whole);
    return opens;
}

/* A fragment that opens a label its level's column does not yet hold, under
 * a row whose label in that column it cannot go on from, starts the label
 * of the rows below: a merged cell is its rows' alone, so the first line of
 * the next group's label (`可持续` under `益` of 生态效益, `服务对象满意`
 * under `标` of 可持续影响指标), printed on a line of its own between two
 * rows, is none of the row above's.  As strong as a missing cell: the
 * labels' words say where the line goes. */
#define LABEL_OPENING_EVIDENCE MISSING_CELL_EVIDENCE

/* TRUE when `piece`, in label role `r`, opens a label of its level (its
 * first line, two characters or more) and `before`, the label text of the
 * row above in that column, joined with it makes no label, no label's
 * opening and no label's piece: `piece` begins a label cell of its own. */
static gboolean opens_label_after(jx_role r, const char *before, const char *piece)
{
    int level = r == JX_ROLE_LEVEL1 ? 1 : r == JX_ROLE_LEVEL2 ? 2 : 0;
    if (!level || !before || !piece)
        return FALSE;
    if (!jx_taxonomy_opens_label(piece, level))
        return FALSE;
    /* (either level: a browser sets a level-2 label's lines in the level-1
     * column at times, `服务对象` over `满意度指`) */
    char *joined = jx_norm_join(before, piece);
    gboolean apart = !jx_label_either_level(joined) && !jx_taxonomy_opens_label(joined, 1) &&
                     !jx_taxonomy_opens_label(joined, 2) && !jx_taxonomy_label_piece(joined);
    g_free(joined);
    return apart;
}

/* TRUE when fragment `f` holds text in role `r` and in no other. */
static gboolean text_only_in(const built_row *f, jx_role r)
{
    for (int k = JX_ROLE_NONE + 1; k < JX_ROLE_COUNT; k++)
        if (k != (int)r && f->text[k])
            return FALSE;
    return f->text[r] != NULL;
}

/* TRUE when row `b` holds a work item and no other cell: a line of a
 * centred work item alone (`推进公路安全生命防护工`). */
static gboolean work_item_alone(const built_row *b)
{
    return !b->labels_only && text_only_in(b, JX_ROLE_TASK);
}

/* Evidence for the row below from a fragment that is a label's first line
 * alone (no label whole: a known label may end the cell above, its group's
 * rows placed by the label resolver). */
static double label_opening_evidence(const built_row *frag, const built_row *above,
                                     const built_row *prev)
{
    static const jx_role roles[] = {JX_ROLE_LEVEL1, JX_ROLE_LEVEL2};
    double e = 0;
    for (gsize i = 0; i < G_N_ELEMENTS(roles); i++) {
        jx_role r = roles[i];
        if (above == prev && text_only_in(frag, r) && !known_label(r, frag->text[r]) &&
            opens_label_after(r, prev->text[r], frag->text[r]))
            e += LABEL_OPENING_EVIDENCE;
    }
    return e;
}

static double next_evidence(const built_row *frag, const built_row *above, const built_row *below,
                            const built_row *prev, const built_row *next)
{
    /* a target wrapped mid-unit is as strong a sign as a seam inside a word */
    double e = seam_evidence(frag, above, below, prev, next, value_roles,
                             G_N_ELEMENTS(value_roles), completes_target) +
               seam_evidence(frag, above, below, prev, next, text_roles,
                             G_N_ELEMENTS(text_roles), jx_norm_seam_inside_word);
    /* so is a bracket a name opens on one line and closes on the next
     * (`国省道路面养护里程（含` / `续建）`): no name starts inside one */
    e += seam_evidence(frag, above, below, prev, next, name_role, G_N_ELEMENTS(name_role),
                       jx_trow_finishes_name_bracket);
    e += label_opening_evidence(frag, above, prev);
    int gap_above = lines_between(above, frag), gap_below = lines_between(frag, below);
    if (gap_above > 0 && gap_below == 0)
        e += GAP_EVIDENCE;
    else if (gap_above == 0 && gap_below > 0)
        e -= GAP_EVIDENCE;
    /* a fragment opening a page with a name starts a row there, its work
     * item with it: the row above, on the page before, is no line next to
     * it (a work item alone, or with the rest of a value, may be the rest
     * of the row the break cut) */
    gboolean starts_row = frag->page_start && frag->text[JX_ROLE_NAME] != NULL;
    for (gsize i = 0; i < G_N_ELEMENTS(merged_roles); i++) {
        jx_role r = merged_roles[i];
        gboolean up = above->text[r] != NULL && !starts_row;
        gboolean down = below->text[r] != NULL;
        if (frag->text[r] && up != down)
            e += down ? CONTINUITY_EVIDENCE : -CONTINUITY_EVIDENCE;
    }
    /* a fragment that opens a page ends the previous page's cell; one before a
     * break is no more the next row's than any line (a wrapped name's last
     * line just before a footer belongs above) — but a level-1 label's first
     * line opens a cell, and so does a level-2 label's (see
     * opens_level1_cell, opens_level2_cell) */
    if (frag->page_start)
        e += opens_level1_cell(frag) || opens_level2_cell(frag) ? PAGE_EVIDENCE : -PAGE_EVIDENCE;
    return e;
}

/* A fragment of the run all[i0..i0+k) holding text in role r, with `from`
 * the first place looked at and `step` +1 or -1: its index, or -1 (the
 * run's end). */
static int run_text(const GPtrArray *all, guint i0, guint k, int from, int step, jx_role r)
{
    for (int j = from; j >= 0 && j < (int)k; j += step)
        if (((const built_row *)all->pdata[i0 + j])->text[r])
            return j;
    return -1;
}

/* Evidence from pieces the source's producer knew to wrap on from the
 * cell above (see WRAP_EVIDENCE), into e[0..k): a chain of such pieces
 * that starts in the row above goes up with it; a chain that the next
 * row's text wraps on from goes down. */
static void add_wrap_evidence(const GPtrArray *all, guint i0, guint k, const built_row *prev,
                              const built_row *next, double *e)
{
    gboolean *up = g_new0(gboolean, k + 1), *down = g_new0(gboolean, k + 1);
    for (gsize i = 0; i < G_N_ELEMENTS(text_roles); i++) {
        jx_role r = text_roles[i];
        for (guint j = 0; j < k; j++) {
            const built_row *frag = all->pdata[i0 + j];
            int a = run_text(all, i0, k, (int)j - 1, -1, r);
            up[j] = frag->text[r] && frag->continues[r] && (a >= 0 ? up[a] : prev->text[r] != NULL);
        }
        for (guint j = k; j-- > 0;) {
            const built_row *frag = all->pdata[i0 + j];
            int z = run_text(all, i0, k, (int)j + 1, 1, r);
            const built_row *below = z >= 0 ? all->pdata[i0 + z] : next;
            down[j] = frag->text[r] && below->text[r] && below->continues[r] &&
                      (z < 0 || down[z]);
        }
        for (guint j = 0; j < k; j++)
            e[j] += WRAP_EVIDENCE * (down[j] - up[j]);
    }
    g_free(up);
    g_free(down);
}

int jx_trow_nth_smallest(int *v, int n, int k)
{
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        int pivot = v[lo + (hi - lo) / 2], i = lo, j = hi;
        /* v[lo..j] <= pivot <= v[i..hi], and between them all equal it */
        while (i <= j) {
            while (v[i] < pivot)
                i++;
            while (v[j] > pivot)
                j--;
            if (i <= j) {
                int t = v[i];
                v[i++] = v[j];
                v[j--] = t;
            }
        }
        if (k <= j)
            hi = j;
        else if (k >= i)
            lo = i;
        else
            break;
    }
    return v[k];
}

gboolean jx_trow_rows_are_lines(const GPtrArray *all)
{
    int *steps = g_new(int, all->len + 1);
    int m = 0;
    for (guint i = 1; i < all->len; i++) {
        const built_row *a = all->pdata[i - 1], *b = all->pdata[i];
        if (a->line && b->line && a->page == b->page && !b->page_start)
            steps[m++] = b->line - a->line;
    }
    gboolean yes = m > 0 && jx_trow_nth_smallest(steps, m, m / 2) == 1;
    g_free(steps);
    return yes;
}

/* TRUE when a value of `frag` finishes the target `prev` began (`2017 年
 * 10` / `月 31 日以前`): the row's line may be a line of its wrapped target,
 * not the row's middle, so its height says nothing of where it ends. */
static gboolean completes_prev_target(const built_row *frag, const built_row *prev)
{
    for (gsize i = 0; i < G_N_ELEMENTS(value_roles); i++) {
        jx_role r = value_roles[i];
        if (frag->text[r] && prev->text[r] && completes_target(prev->text[r], frag->text[r]))
            return TRUE;
    }
    return FALSE;
}

/* Evidence from the row above's balance around its own line (see
 * ROW_BALANCE_EVIDENCE), into e[0..k): a fragment holding a row's own cell
 * no farther below prev's line than prev's first such line is above it
 * goes up, one farther down.  Only for a row that took such lines above
 * it, on its page. */
static void add_row_balance_evidence(const GPtrArray *all, guint i0, guint k,
                                     const built_row *prev, double *e)
{
    int above = prev->line && prev->cells_first_line ? prev->line - prev->cells_first_line : 0;
    if (above <= 0)
        return;
    for (guint j = 0; j < k; j++) {
        const built_row *frag = all->pdata[i0 + j];
        if (!frag->line || frag->page != prev->page || frag->page_start || frag->line <= prev->line)
            return;
        if (holds_own_cell(frag) && !completes_prev_target(frag, prev))
            e[j] += frag->line - prev->line <= above ? -ROW_BALANCE_EVIDENCE : ROW_BALANCE_EVIDENCE;
    }
}

#define TALL_ROW_EVIDENCE SEAM_EVIDENCE

static const built_row *row_past_labels(const GPtrArray *all, guint at);

/* TRUE when fragment `b` holds no text of any role (a row header's piece,
 * read as no cell of the rows). */
static gboolean holds_no_text(const built_row *b)
{
    for (int r = 0; r < JX_ROLE_COUNT; r++)
        if (b->text[r])
            return FALSE;
    return TRUE;
}

/* How many of the run's k fragments from i0 count for a tall row's top:
 * up to the last that holds text.  Those after it stand in the padding
 * (the table's row header centred over its rows, `年度绩效` / `指标`, its
 * lines beside the blank ones) and part the name from the row below as
 * blank lines do. */
static guint tall_row_top_fragments(const GPtrArray *all, guint i0, guint k)
{
    while (k > 1 && holds_no_text(all->pdata[i0 + k - 1]))
        k--;
    return k;
}

/* The blank lines between a tall row's top `last` and `row` below it, past
 * the rows of group labels alone from all[at]: the lines of such labels
 * between (centred over a span the tall row ends, `项目总成本` / `产出指标` /
 * blank / blank / `≤12,480万元`) are no padding, nor do they part the name
 * from its row — a name right over a labels' line and its figures right
 * under it is a row of two lines, not a tall one. */
static int tall_row_padding(const GPtrArray *all, guint at, const built_row *last,
                            const built_row *row)
{
    int labels = 0;
    for (; at < all->len && ((const built_row *)all->pdata[at])->labels_only; at++)
        labels++;
    int between = lines_between(last, row);
    return between < 0 ? between : between - labels;
}

/* Adds TALL_ROW_EVIDENCE to the run's last fragment (of k from i0) holding
 * text (see tall_row_top_fragments) when it holds a name, the run follows
 * `prev`'s line with no blank line and TALL_ROW_MIN_BLANKS blank lines or
 * more part it from `next`, which (or the row after it, when it holds
 * group labels alone) holds a target and no name. */
static void add_tall_row_evidence(const GPtrArray *all, guint i0, guint k, const built_row *prev,
                                  const built_row *next, double *e)
{
    /* the labels centred over the span the tall row ends stand in it too */
    const built_row *row = next->labels_only ? row_past_labels(all, i0 + k) : next;
    guint at = i0 + k; /* next's */
    k = tall_row_top_fragments(all, i0, k);
    const built_row *first = all->pdata[i0], *last = all->pdata[i0 + k - 1];
    if (!row || !last->text[JX_ROLE_NAME] || row->text[JX_ROLE_NAME] || !has_target(row) ||
        lines_between(prev, first) != 0 ||
        tall_row_padding(all, at, last, row) < TALL_ROW_MIN_BLANKS)
        return;
    for (guint j = 1; j < k; j++)
        if (lines_between(all->pdata[i0 + j - 1], all->pdata[i0 + j]) != 0)
            return;
    e[k - 1] += TALL_ROW_EVIDENCE;
}

/* A row made taller than a line by the label merged over it, in a print
 * that sets names at their rows' tops and centres the other cells (Calc's
 * HTML printed by wkhtmltopdf): its name alone right under the row above,
 * then its labels' lines and its target with no name, line under line
 * (`小区长效管理机制` / `可持续影响指标` / `健全`), or blank lines apart and
 * more of them under the target than over it (the row's padding, the name
 * at its top: `项目持续发挥作用年限` / 2 blank lines / `可持续影响指标` /
 * `≥ 9 年` / 4 blank lines).  The name is that row's, when the row above is
 * one line whole (its name ends there; a name's piece running on inside a
 * word is its): as strong as a seam.  A page break between them is no
 * line between: a spreadsheet prints a row whole on one page, so a name
 * opening a page over a row without one is that row's top (`项目完成时限
 * ≤ 2022年12月31日` / page break / `经济 人均补助标准` / `成本` / `成本 ≤
 * 1,930 元/人`). */
#define TOP_NAME_EVIDENCE SEAM_EVIDENCE

/* The blank lines at least that part a top-set name from the cells of a
 * table's last row, which has no bottom padding to measure them against:
 * as many as TALL_ROW_MIN_RUN in extract (a tall row's top padding), not
 * the one blank line rows of a padded print stand apart by. */
#define LAST_TALL_ROW_MIN_BLANKS 3

/* The row from all[at] on past lines of labels alone, line under line, or
 * n when a blank line parts them. */
static guint row_under_label_lines(const GPtrArray *all, guint at)
{
    guint j = at;
    while (j < all->len && ((const built_row *)all->pdata[j])->labels_only)
        j++;
    for (guint m = at; m < j && j < all->len; m++)
        if (lines_between(all->pdata[m], all->pdata[m + 1]) != 0)
            return all->len;
    return j;
}

gboolean jx_trow_labels_alone(const built_row *b)
{
    if (b->labels_only)
        return TRUE;
    gboolean label = FALSE;
    for (int r = 0; r < JX_ROLE_COUNT; r++)
        if (b->text[r]) {
            if (r != JX_ROLE_LEVEL1 && r != JX_ROLE_LEVEL2)
                return FALSE;
            label = TRUE;
        }
    return label;
}

/* TRUE when the rows from all[at] on, if any, are lines of labels alone
 * (jx_trow_labels_alone). */
static gboolean only_labels_from(const GPtrArray *all, guint at)
{
    for (; at < all->len; at++)
        if (!jx_trow_labels_alone(all->pdata[at]))
            return FALSE;
    return TRUE;
}

/* TRUE when the rows from all[at] on, lines of labels alone, stand line
 * under line down to a row with a target and no name or 序号. */
static gboolean unnamed_target_under_labels(const GPtrArray *all, guint at)
{
    guint j = row_under_label_lines(all, at);
    if (j == at || j >= all->len)
        return FALSE;
    const built_row *row = all->pdata[j];
    return has_value(row) && !row->text[JX_ROLE_NAME] && !row->by_role[JX_ROLE_SEQ];
}

/* How many of the run's k fragments from i0 reach down to a tall row's
 * top-set name: the lines of labels alone blank lines under the fragment
 * above them (a label merged over the last rows, centred beside the tall
 * row's cells: `受益群众满意度` / 4 blank lines / `服务对象满意度指` / the row's
 * cells / `标`) stand in its padding, as tall_row_top_fragments' do; a
 * line of a work item alone right over a target's line is a piece of the
 * tall row's centred work item wrapped round that line, the row's own, not
 * a fragment the name reaches down to (`社会公众满意度` / 4 blank lines /
 * `推进公路安全生命防护工` / `程  ≥ 93 %`). */
static guint top_name_fragments(const GPtrArray *all, guint i0, guint k)
{
    guint kn = k;
    if (kn > 1 && i0 + k < all->len && work_item_alone(all->pdata[i0 + kn - 1]) &&
        has_value(all->pdata[i0 + k]) &&
        lines_between(all->pdata[i0 + kn - 1], all->pdata[i0 + k]) == 0)
        return kn - 1;
    while (kn > 1 && jx_trow_labels_alone(all->pdata[i0 + kn - 1]))
        kn--;
    if (kn < k && lines_between(all->pdata[i0 + kn - 1], all->pdata[i0 + kn]) <= 0)
        return k;
    return kn;
}

gboolean jx_trow_top_name_of_row_below(const GPtrArray *all, guint i0, guint k,
                                       const built_row *prev, const built_row *next)
{
    guint at = i0 + k; /* next's */
    k = top_name_fragments(all, i0, k);
    const built_row *first = all->pdata[i0], *last = all->pdata[i0 + k - 1];
    if (!last->text[JX_ROLE_NAME] || has_target(last) || last->text[JX_ROLE_VALUE] ||
        !prev->text[JX_ROLE_NAME] || !has_value(prev) ||
        prev->tail_line[JX_ROLE_NAME] != prev->line ||
        (lines_between(prev, first) != 0 && !first->page_start) || last->page != next->page)
        return FALSE;
    for (guint j = 0; j < k; j++) {
        const built_row *f = all->pdata[i0 + j];
        if (has_value(f) || (j && lines_between(all->pdata[i0 + j - 1], f) != 0))
            return FALSE;
    }
    if (jx_norm_seam_inside_word(prev->text[JX_ROLE_NAME], last->text[JX_ROLE_NAME]))
        return FALSE;
    int gap = lines_between(last, next);
    if (gap == 0)
        return next->labels_only && unnamed_target_under_labels(all, at);
    guint r = row_under_label_lines(all, at);
    if (r >= all->len)
        return FALSE;
    const built_row *row = all->pdata[r], *after = r + 1 < all->len ? all->pdata[r + 1] : NULL;
    if (!has_value(row) || row->text[JX_ROLE_NAME] || row->by_role[JX_ROLE_SEQ])
        return FALSE;
    /* the table's last row (the labels' lines centred beside it aside):
     * the page's end or the notes under it cut its bottom padding off (see
     * LAST_TALL_ROW_MIN_BLANKS) */
    if (only_labels_from(all, r + 1))
        return gap >= LAST_TALL_ROW_MIN_BLANKS;
    return after->page == row->page && lines_between(row, after) > gap;
}

static void add_top_name_evidence(const GPtrArray *all, guint i0, guint k, const built_row *prev,
                                  const built_row *next, double *e)
{
    if (jx_trow_top_name_of_row_below(all, i0, k, prev, next))
        e[top_name_fragments(all, i0, k) - 1] += TOP_NAME_EVIDENCE;
}

/* A row taller than a line, in a print that sets names at their rows' tops
 * and centres the other cells (Chromium's print of Calc's HTML): its name
 * alone right under the row above, then, line under line, the lines its
 * work item wrapped over or its labels stand on, and its target, with no
 * name, on the line its centred cells fall on (`拉动社会投资 ≥ 5 亿元` /
 * `服务能力和水平` / `社会效益指标 推进公路安全生命防护` / `工程 显著提升`;
 * `排查整改安全隐患（暂定）` / `加强防灾减灾救灾能力建设 1,670 处`).  Read
 * as the rest of the name above, the row above took a second name and the
 * row below none.  The name is the row below's when it is the run's only
 * name, its first line: the row above holds its own name and target (the
 * name not going on inside a word), and the row below a target and no
 * name nor 序号.  A centred print puts the row below's name there too (a
 * name of two lines round its row's nameless line opens above it).  As
 * strong as a seam. */
#define NAME_ATOP_ROW_EVIDENCE SEAM_EVIDENCE

/* TRUE when the run all[i0..i0+k) between `prev` and `next` opens with the
 * top-set name of `next` (see NAME_ATOP_ROW_EVIDENCE): its first fragment
 * holds a name and no target, right under `prev`'s line; the others hold
 * no name and no target, line under line down to `next`'s line; `prev`
 * holds a name and a value, `next` a value and neither a name nor 序号. */
static gboolean name_atop_nameless_row(const GPtrArray *all, guint i0, guint k,
                                       const built_row *prev, const built_row *next)
{
    const built_row *first = all->pdata[i0], *last = all->pdata[i0 + k - 1];
    if (!first->text[JX_ROLE_NAME] || has_target(first) || has_value(first) ||
        !prev->text[JX_ROLE_NAME] || !has_value(prev) || lines_between(prev, first) != 0 ||
        next->labels_only || !has_value(next) || next->text[JX_ROLE_NAME] ||
        next->by_role[JX_ROLE_SEQ] || lines_between(last, next) != 0)
        return FALSE;
    for (guint j = 1; j < k; j++) {
        const built_row *f = all->pdata[i0 + j];
        if (f->text[JX_ROLE_NAME] || has_target(f) || has_value(f) ||
            lines_between(all->pdata[i0 + j - 1], f) != 0)
            return FALSE;
    }
    return !jx_norm_seam_inside_word(prev->text[JX_ROLE_NAME], first->text[JX_ROLE_NAME]);
}

static void add_name_atop_row_evidence(const GPtrArray *all, guint i0, guint k,
                                       const built_row *prev, const built_row *next, double *e)
{
    if (name_atop_nameless_row(all, i0, k, prev, next))
        e[0] += NAME_ATOP_ROW_EVIDENCE;
}

/* Lines of a column that reach its widest line before that width is taken
 * for the column's own: one line alone may be a short cell's whole text. */
#define SHARED_WIDTH_MIN_LINES 2

int jx_trow_width_lines_share(const GPtrArray *all, jx_role r)
{
    int widest = 0, reach = 0;
    for (guint i = 0; i < all->len; i++) {
        int w = ((const built_row *)all->pdata[i])->widest[r];
        if (w > widest) {
            widest = w;
            reach = 0;
        }
        reach += w == widest;
    }
    return reach >= SHARED_WIDTH_MIN_LINES ? widest : 0;
}

/* TRUE when `piece`, opening a page, is the rest of `prev`'s cell in role r
 * that the page break cut: prev's last line of it, on the page before, had
 * no room left for the piece's first character in a column that wraps at
 * `width` (开展农作物病虫害统 / page break / 防统治). */
static gboolean rest_of_cell_cut_by_page(const built_row *prev, const built_row *piece, jx_role r,
                                         int width)
{
    return piece->page_start && width > 0 && prev->text[r] && piece->text[r] &&
           prev->page != piece->page && fills_line(prev, piece, r, width);
}

/* Evidence that merged cells straddle a row (see STRADDLE_EVIDENCE), into
 * e[0..k): the run's last fragment, right above next's line, goes down
 * when next lacks the cell and the line right below next holds the rest of
 * it (a fragment) — not when next is a line of group labels alone, no row's
 * line (a form printing its labels on every row sets them at the row's top,
 * between the item above's last line and the row's own item) — unless it
 * opens a page and finishes prev's cell the
 * break cut (rest_of_cell_cut_by_page: the line below is another cell's
 * top); its first, right below prev's line, goes up when prev took the cell
 * from the line right above its own.  `width`: the work items' wrap width. */
static void add_straddle_evidence(const GPtrArray *all, guint i0, guint k, const built_row *prev,
                                  const built_row *next, int width, double *e)
{
    guint i1 = i0 + k - 1;
    const built_row *first = all->pdata[i0], *last = all->pdata[i1];
    const built_row *after = i1 + 2 < all->len ? all->pdata[i1 + 2] : NULL;
    for (gsize i = 0; i < G_N_ELEMENTS(merged_roles); i++) {
        jx_role r = merged_roles[i];
        if (last->text[r] && !next->text[r] && !next->labels_only && after && after->text[r] &&
            !has_value(after) &&
            !after->by_role[JX_ROLE_SEQ] && next_line_of(last, next) && next_line_of(next, after) &&
            !(k == 1 && rest_of_cell_cut_by_page(prev, last, r, width)))
            e[k - 1] += STRADDLE_EVIDENCE;
        if (first->text[r] && !prev->by_role[r] && prev->wrapped_above[r] > 0 &&
            prev->wrapped_below[r] == 0 && prev->first_line == prev->line - 1 &&
            next_line_of(prev, first))
            e[0] -= STRADDLE_EVIDENCE;
    }
}

/* Lines holding role r in the run of fragments that follows row all[i]
 * (frag marks fragments), counted from its start until a line without it
 * or a blank line: the part of a cell wrapped below that row. */
static int wrapped_on_below(const GPtrArray *all, const gboolean *frag, guint i, jx_role r)
{
    int lines = 0;
    for (guint j = i + 1; j < all->len && frag[j]; j++) {
        const built_row *b = all->pdata[j];
        if (!b->text[r] || lines_between(all->pdata[j - 1], b) != 0)
            break;
        lines++;
    }
    return lines;
}

/* Cells a label row on a line of its own may part from their row: a
 * self-evaluation's 偏差原因, sentences centred over many lines.  (A
 * target's few lines round a label row are the label resolver's and the
 * split's to judge: moving them past the labels misplaced targets' pieces.) */
static const jx_role past_label_roles[] = {JX_ROLE_DEVIATION};

/* TRUE when r is one of past_label_roles. */
static gboolean past_label_role(jx_role r)
{
    for (gsize i = 0; i < G_N_ELEMENTS(past_label_roles); i++)
        if (past_label_roles[i] == r)
            return TRUE;
    return FALSE;
}

/* TRUE when row all[i] is a row of group labels alone that holds nothing
 * in role r. */
static gboolean labels_without(const GPtrArray *all, const gboolean *frag, guint i, jx_role r)
{
    const built_row *b = all->pdata[i];
    return !frag[i] && b->labels_only && !b->text[r];
}

/* Lines holding role r below data row all[i], as wrapped_on_below counts
 * them, with rows of group labels alone passed over: pdftotext sets a label
 * centred on its rows on a line of its own, between the lines of a cell
 * centred beside it (`满意度调查样本偏少，` / `效益指标` / `… 下一步将扩大调查
 * 范围` / `。`). */
static int wrapped_below_past_labels(const GPtrArray *all, const gboolean *frag, guint i, jx_role r)
{
    int lines = 0;
    for (guint j = i + 1; j < all->len && lines_between(all->pdata[j - 1], all->pdata[j]) == 0;
         j++) {
        if (labels_without(all, frag, j, r))
            continue;
        if (!frag[j] || !((const built_row *)all->pdata[j])->text[r])
            break;
        lines++;
    }
    return lines;
}

/* The data row right below a row of group labels alone that follows a run
 * of fragments ending at all[i1], holding nothing in role r while the data
 * row holds a cell of r on its own line; NULL when there is none. */
static const built_row *row_past_label_row(const GPtrArray *all, const gboolean *frag, guint i1,
                                           jx_role r)
{
    guint at = i1 + 1;
    if (at + 1 >= all->len || !labels_without(all, frag, at, r) || frag[at + 1] ||
        lines_between(all->pdata[at], all->pdata[at + 1]) != 0)
        return NULL;
    const built_row *owner = all->pdata[at + 1];
    return owner->labels_only || !owner->by_role[r] ? NULL : owner;
}

/* How many lines of role r right above the data row below a run of
 * fragments ending at all[i1] are that row's cell, centred on its line in a
 * table that centres its cells (see the balance below in
 * jx_trow_split_fragment_run), when a row of group labels alone stands between the
 * run and that row (row_past_label_row): as many as the cell has below its
 * line, rows of labels alone passed over.  0 when no such label row stands
 * there, or when the row above the run holds such a cell on its own line or
 * is labels alone (the lines round a label row go on from it: see the
 * balance below). */
static int owed_past_labels(const GPtrArray *all, const gboolean *frag, guint i1,
                            const built_row *prev, jx_role r, gboolean cells_centred)
{
    if (!past_label_role(r) || !cells_centred || prev->by_role[r] || prev->labels_only ||
        !row_past_label_row(all, frag, i1, r))
        return 0;
    return wrapped_below_past_labels(all, frag, i1 + 2, r);
}

gboolean jx_trow_cell_past_label_row(const GPtrArray *all, const gboolean *frag, guint i1,
                                     const built_row *f)
{
    static const jx_role own_roles[] = {JX_ROLE_LEVEL1, JX_ROLE_LEVEL2, JX_ROLE_TASK,
                                        JX_ROLE_NAME};
    for (gsize i = 0; i < G_N_ELEMENTS(own_roles); i++)
        if (f->text[own_roles[i]])
            return FALSE;
    gboolean held = FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(balanced_roles); i++) {
        jx_role r = balanced_roles[i];
        if (f->text[r] && (!past_label_role(r) || !row_past_label_row(all, frag, i1, r)))
            return FALSE;
        held |= f->text[r] != NULL;
    }
    return held;
}

/* The last of fragments all[i0, i0 + j) holding text in role r, or -1. */
static int text_before(const GPtrArray *all, guint i0, int j, jx_role r)
{
    while (j-- > 0)
        if (((const built_row *)all->pdata[i0 + j])->text[r])
            return j;
    return -1;
}

/* The first of fragments all[i0 + j, i0 + k) holding text in role r, or k. */
static guint text_from(const GPtrArray *all, guint i0, guint j, guint k, jx_role r)
{
    while (j < k && !((const built_row *)all->pdata[i0 + j])->text[r])
        j++;
    return j;
}

/* Moves cut `t` of fragments all[i0, i0 + k) between rows prev and next
 * (those before it go up, the rest down) off a value cell's lines that run
 * on from one to the next (see runs_on), lines of other cells alone between
 * them (a row's 定性 centred among its target's lines): they are one cell's,
 * and go together — down when the last of them runs on into the next row's
 * own value, up when the line right above the first holds text of that
 * cell's column (the value they go on with); else the cut stays. */
static guint keep_runs_together(const GPtrArray *all, guint i0, guint k, const built_row *prev,
                                const built_row *next, guint t)
{
#define FRAG(j) ((const built_row *)all->pdata[i0 + (j)])
    /* all down, but the first line goes on from the text of the row above
     * (`持续改善` / `，惠及更多群众`): its lines that run on go up, unless the
     * last runs on into the next row's own value */
    for (gsize i = 0; i < G_N_ELEMENTS(balanced_roles) && t == 0 && prev && k > 0; i++) {
        jx_role r = balanced_roles[i];
        const jx_pcell *own = prev->by_role[r], *first = FRAG(0)->by_role[r];
        if (!own || own->kind != JX_CK_TEXT || !first || first->kind != JX_CK_TEXT ||
            !runs_on(prev->text[r], FRAG(0)->text[r]))
            continue;
        guint last = 0;
        for (guint a; (a = text_from(all, i0, last + 1, k, r)) < k &&
                      runs_on_in(FRAG(last), FRAG(a), r);)
            last = a;
        if (text_from(all, i0, last + 1, k, r) < k || !runs_on_in(FRAG(last), next, r))
            t = last + 1;
    }
    for (gsize i = 0; i < G_N_ELEMENTS(balanced_roles) && t > 0 && t < k; i++) {
        jx_role r = balanced_roles[i];
        int above = text_before(all, i0, (int)t, r);
        guint below = text_from(all, i0, t, k, r);
        if (above < 0 || below >= k || !runs_on_in(FRAG(above), FRAG(below), r))
            continue;
        guint first = (guint)above, last = below;
        for (int b; (b = text_before(all, i0, (int)first, r)) >= 0 &&
                    runs_on_in(FRAG(b), FRAG(first), r);)
            first = (guint)b;
        for (guint a; (a = text_from(all, i0, last + 1, k, r)) < k &&
                      runs_on_in(FRAG(last), FRAG(a), r);)
            last = a;
        const built_row *over = first > 0 ? FRAG(first - 1) : prev;
        if (text_from(all, i0, last + 1, k, r) == k && runs_on_in(FRAG(last), next, r))
            t = first;
        else if (over->text[r] && next_line_of(over, FRAG(first)))
            t = last + 1;
    }
#undef FRAG
    return t;
}

/* TRUE when `next` is a line of group labels alone, no row: it misses no
 * cell, and takes no line of a cell of the row above it (`按照项目实施方案要
 * 求` / `持续改善，惠及更多群` / `效益指标` / `众`) — unless role `r` of
 * fragment `f` cannot go on from that row's: text under a typed target
 * (`≥1.7百分比` over `按照项目实施方`) that does not finish it, the start of
 * the next row's own cell. */
static gboolean goes_on_over_labels(const built_row *prev, const built_row *f,
                                    const built_row *next, jx_role r)
{
    if (!next->labels_only)
        return FALSE;
    const jx_pcell *a = prev->by_role[r], *c = f->by_role[r];
    gboolean typed_above = (r == JX_ROLE_VALUE || r == JX_ROLE_HALF_VALUE) && a && c &&
                           a->kind != JX_CK_TEXT && c->kind == JX_CK_TEXT &&
                           !completes_target(prev->text[r], f->text[r]);
    return !typed_above;
}

/* A name's lines fill its column (a browser wraps Chinese text at any
 * character): a name piece whose first two characters would still have fit
 * on the last line of the name right above it (that line short of the
 * widest name line of its page) starts a name of its own, the next row's
 * when that row (no row of labels alone) has none (Chromium sets names at
 * their rows' tops, a row's target lower: the next row's name stands right
 * under the row above, `新建港湾式候车亭` over `农村公路优良中等路` / `率`
 * over `… ≥ 84 %`).  A
 * row with a name of its own leaves the piece to the name above: a name
 * broken by hand (a word processor's line break, `排查整改安全` / `隐患（中心
 * 城区）`) ends a line anywhere.  As strong as a seam. */
#define UNFILLED_EVIDENCE SEAM_EVIDENCE

int jx_trow_widest_name_on_page(const GPtrArray *all, int page)
{
    int widest = 0;
    for (guint i = 0; i < all->len; i++) {
        const built_row *b = all->pdata[i];
        if (b && (page < 0 || b->page == page))
            widest = MAX(widest, b->widest[JX_ROLE_NAME]);
    }
    return widest;
}

gboolean jx_trow_fits_after_name(const GPtrArray *all, const built_row *above, const char *text,
                                 int chars, int page)
{
    char first[4 * UNFILLED_FIT_CHARS + 1] = {0};
    g_utf8_strncpy(first, text, MIN(chars, UNFILLED_FIT_CHARS));
    return above->tail_width[JX_ROLE_NAME] + jx_norm_display_width(first) <=
           jx_trow_widest_name_on_page(all, page);
}

/* TRUE when name piece `f`, `gap` lines under the last line of `prev`'s
 * name, starts row `next` in a table whose producer marks wrapped pieces (a
 * browser's print of Calc's HTML: names at the rows' tops, the other cells
 * centred below): it stands on the very next line, which is `prev`'s own (a
 * row of one line, its name whole there), the producer left it unmarked (a
 * row's padding above it, not a leading), and `next` stands on its page (a
 * row's top and middle are never parted by a page break; a long name
 * wrapped at a page's foot, the next row on the page after, is in
 * Chromium's Noto as far below its first line as a row).  A name broken by
 * hand (0-6岁儿童 / 健康管理人数, centred round its row's figures) stands a
 * line further down, across the row's own line. */
static gboolean unmarked_name_under(const built_row *f, const built_row *prev,
                                    const built_row *next, int gap)
{
    return gap == 0 && !f->continues[JX_ROLE_NAME] && prev->tail_line[JX_ROLE_NAME] == prev->line &&
           next->page == f->page;
}

/* The first row from all[at] on that is no row of group labels alone, or
 * NULL. */
static const built_row *row_past_labels(const GPtrArray *all, guint at)
{
    while (at < all->len && ((const built_row *)all->pdata[at])->labels_only)
        at++;
    return at < all->len ? all->pdata[at] : NULL;
}

/* TRUE when name piece j of the run of k fragments from i0 closes the name
 * `prev` wrapped round its own line (`0-6岁儿童` / `1 | 43,680人` /
 * `健康管理人数`): `prev`'s name starts above its line, the piece stands
 * right under that line and blank lines part it from what follows (the
 * run's next fragment, or `next`), as they part the table's rows.  A name
 * broken by hand ends its lines anywhere, so the width the piece would have
 * fitted in says nothing; a browser's next row set at its top stands as
 * tight over its own line as under the row above. */
static gboolean closes_name_round_row(const GPtrArray *all, guint i0, guint k, int j,
                                      const built_row *prev, const built_row *next)
{
    const built_row *f = all->pdata[i0 + (guint)j];
    const built_row *below = (guint)j + 1 < k ? all->pdata[i0 + (guint)j + 1] : next;
    return prev->head_line[JX_ROLE_NAME] && prev->head_line[JX_ROLE_NAME] < prev->line &&
           lines_between(prev, f) == 0 && lines_between(f, below) > 0;
}

/* Adds UNFILLED_EVIDENCE to e[j] for the name piece j of the run of k
 * fragments from i0 that would have fitted on `prev`'s last name line: a
 * browser's print wraps a name only when its line is full, so a piece that
 * fits was never that name's and starts `next`'s (which has no name).
 * Where the producer marks wrapped pieces (`marked`, a PDF's line spacing),
 * widths are not asked (the widest name fills its line whole, and the name
 * after it fits nowhere): a piece right under a row of one line that it left
 * unmarked starts `next`'s (unmarked_name_under). */
static void add_unfilled_evidence(const GPtrArray *all, guint i0, guint k, const built_row *prev,
                                  const built_row *next, gboolean marked, double *e)
{
    int j = run_text(all, i0, k, 0, 1, JX_ROLE_NAME);
    /* where names stand at the rows' tops, a row's group labels centred
     * beside it may stand between its name and its figures: the row whose
     * name it is comes after them (jx_trow_build_rows hands it the name) */
    if (marked && next->labels_only)
        next = row_past_labels(all, i0 + k);
    if (j < 0 || !next || !prev->text[JX_ROLE_NAME] || !prev->tail_line[JX_ROLE_NAME] ||
        next->labels_only)
        return;
    const built_row *f = all->pdata[i0 + j];
    /* (a name of `next`'s own that only closes the bracket the piece left
     * open, `政策宣传覆盖率（以批复` / `为准） | =100%`, is that name's rest) */
    if (next->text[JX_ROLE_NAME] &&
        !(j + 1 == (int)k &&
          jx_trow_finishes_name_bracket(f->text[JX_ROLE_NAME], next->text[JX_ROLE_NAME])))
        return;
    for (guint m = 0; m < k; m++)
        if (has_value(all->pdata[i0 + m]))
            return; /* a row of its own stands among the lines (see run_holds_value) */
    int gap = f->line - prev->tail_line[JX_ROLE_NAME] - 1;
    if (f->page != prev->page || gap < 0 || gap > UNFILLED_MAX_GAP ||
        closes_name_round_row(all, i0, k, j, prev, next))
        return;
    if (marked) {
        if (unmarked_name_under(f, prev, next, gap))
            e[j] += UNFILLED_EVIDENCE;
        return;
    }
    if (jx_trow_fits_after_name(all, prev, f->text[JX_ROLE_NAME], UNFILLED_FIT_CHARS, f->page))
        e[j] += UNFILLED_EVIDENCE;
}

/* A name piece right under a one-line name it would have fitted after (see
 * add_unfilled_evidence), right above a row with a name of its own, is the
 * first line of that row's name when the name is wrapped over three lines
 * centred on the row's line, going on to the line right below it
 * (`按指南要求在网上进行申报，第三` / `方独立评审，审核认定程序执行到 … 100%` /
 * `位`: the line a browser wraps first is full, as wide as the middle one at
 * least), or when the piece ends on a mark no sentence ends on (`依照相关资金
 * 管理办法组织实施，` / `严格控制成本 … 控制在预算范围内`): a name broken by hand
 * (`人均管理` / `费用（以批复为准）`) ends its lines anywhere, but neither so
 * nor as wide.  As strong as a seam. */
#define CENTRED_TOP_EVIDENCE SEAM_EVIDENCE

/* TRUE when name piece `f`, on a line of its own under `prev`'s one-line
 * name (right under it, or past UNFILLED_MAX_GAP lines of other cells: a
 * work item's rest, `开展农作物病虫害统` / `防统治`), would have fitted on
 * that line. */
static gboolean fits_under_name(const GPtrArray *all, const built_row *f, const built_row *prev)
{
    int gap = lines_between(prev, f);
    if (!prev->text[JX_ROLE_NAME] || prev->tail_line[JX_ROLE_NAME] != prev->line || gap < 0 ||
        gap > UNFILLED_MAX_GAP)
        return FALSE;
    return jx_trow_fits_after_name(all, prev, f->text[JX_ROLE_NAME], UNFILLED_FIT_CHARS, f->page);
}

static gboolean text_alone(const built_row *f, jx_role r);

/* TRUE when name piece `f`, on the line between rows `prev` and `next`, is
 * the first line of `next`'s name of two lines: it stands in the column of
 * `next`'s name, `prev` is a row of one line (its name starts and ends on
 * the row's own line) and `next`'s name ends on its own line.  A browser's
 * print of Calc's HTML sets a name at its row's top and the row's figures
 * centred, which in some tables land on the name's second line
 * (`排查整改安全` / `6 | 隐患（中心城区） | ≥1,410 | 处`), a name broken by hand
 * as much as a wrapped one (see jx_trow_count_figure_lines): there a second
 * line of `prev`'s name would have held `prev`'s figures. */
static gboolean two_line_name_over_one_line_row(const built_row *f, const built_row *prev,
                                                const built_row *next)
{
    const jx_pcell *piece = f->by_role[JX_ROLE_NAME], *own = next->by_role[JX_ROLE_NAME];
    return piece && own && piece->col == own->col && prev->head_line[JX_ROLE_NAME] == prev->line &&
           prev->tail_line[JX_ROLE_NAME] == prev->line &&
           next->head_line[JX_ROLE_NAME] == next->line &&
           next->tail_line[JX_ROLE_NAME] == next->line;
}

/* TRUE when fragment all[i], alone between rows `prev` and `next` on the
 * line right under `prev`'s and right above `next`'s, is the first line of
 * `next`'s two-line name in a table whose rows of two lines hold their
 * figures on the second line (see two_line_name_over_one_line_row): there
 * `prev`'s name, had it wrapped, would have put `prev`'s figures on the
 * piece's line; and `prev`'s line has room left, so no column wrapped it
 * there.  The piece is `next`'s however wide it is (`档案资料完整率` over
 * `农村集中供水工程水质` over `10 | 达标率 | ≥87%`: too long to have fitted
 * after `prev`'s name, yet no rest of it).  Not where `next`'s name goes
 * on below its line (a name centred round its row), nor for a wrapped
 * label's last piece (`服务对象满意度` over `指标`: no name's first line). */
static gboolean first_line_between_two_line_rows(const GPtrArray *all, const gboolean *is_frag,
                                                 guint i, guint i1, const built_row *prev,
                                                 const built_row *next)
{
    const built_row *f = all->pdata[i];
    if (i1 != i || !text_alone(f, JX_ROLE_NAME) || !next_line_of(prev, f) ||
        !next_line_of(f, next) || !two_line_name_over_one_line_row(f, prev, next) ||
        wrapped_into(all, prev, f) || jx_taxonomy_label_tail(f->text[JX_ROLE_NAME]))
        return FALSE;
    guint after = i1 + 2;
    const built_row *rest = after < all->len && is_frag[after] ? all->pdata[after] : NULL;
    return !(rest && rest->text[JX_ROLE_NAME] && next_line_of(next, rest));
}

gboolean jx_trow_centred_top_piece(const GPtrArray *all, const gboolean *is_frag, guint i, guint i1,
                                   const built_row *prev, const built_row *next, gboolean two_lines,
                                   gboolean only_two_lines)
{
    const built_row *f = all->pdata[i];
    if (!f->text[JX_ROLE_NAME] || !next->text[JX_ROLE_NAME] || run_holds_value(all, i, i1))
        return FALSE;
    if (only_two_lines && first_line_between_two_line_rows(all, is_frag, i, i1, prev, next))
        return TRUE;
    if (!fits_under_name(all, f, prev))
        return FALSE;
    const built_row *second = NULL, *line = f;
    for (guint j = i + 1; j <= i1 + 1 && j < all->len; j++) {
        const built_row *b = all->pdata[j];
        if (!b->text[JX_ROLE_NAME] || !next_line_of(line, b))
            return FALSE;
        second = second ? second : b;
        line = b;
    }
    if (line != next)
        return FALSE;
    if (ends_running_on(f->text[JX_ROLE_NAME]))
        return TRUE;
    guint after = i1 + 2;
    const built_row *rest = after < all->len && is_frag[after] ? all->pdata[after] : NULL;
    gboolean goes_below = rest && rest->text[JX_ROLE_NAME] && next_line_of(next, rest);
    if (two_lines && !goes_below && i1 == i && text_alone(f, JX_ROLE_NAME) &&
        two_line_name_over_one_line_row(f, prev, next))
        return TRUE;
    return (goes_below || i1 > i) && f->tail_width[JX_ROLE_NAME] >= second->tail_width[JX_ROLE_NAME];
}

/* A fragment opening a page with a name and, whole, the work item the row
 * above states starts a row of its own (a browser's print restates each
 * row's work item, `做好科技普及工作 开展科技活动周宣传` under `做好科技普及工作
 * 发放科技创新券 ≥ 550`): the rest of a cell the break cut is a piece, not a
 * work item stated again.  More than PAGE_EVIDENCE, less than a seam inside
 * a word (a name's rest may still be the row above's). */
#define RESTATED_TASK_EVIDENCE 2.0

/* Adds RESTATED_TASK_EVIDENCE to e[0] when the run's first fragment, `frag`,
 * opens a page restating `prev`'s work item beside a name. */
static void add_restated_task_evidence(const built_row *frag, const built_row *prev, double *e)
{
    const char *task = frag->text[JX_ROLE_TASK];
    if (frag->page_start && frag->text[JX_ROLE_NAME] && task && !frag->continues[JX_ROLE_TASK] &&
        g_strcmp0(task, prev->text[JX_ROLE_TASK]) == 0)
        e[0] += RESTATED_TASK_EVIDENCE;
}

/* A work item wrapped over three lines and centred on its row (pdftotext
 * -layout of a browser's print: `开展送戏下乡` / `和公益电影放 | 项目开工时间` /
 * `映`) leaves between two rows the last line of the item above and the
 * first line of the item below.  A line of the column right after one with
 * room left (that cell ended there) that is itself full (its text goes on
 * below, onto the row's own line of the column) opens the next row's item:
 * the column's width says so as surely as a seam inside a word, which the
 * seam between two words (`乡` / `和`) does not show.  Only where some line
 * of the column is known full (jx_trow_wrap_width). */
#define WRAPPED_ITEM_EVIDENCE SEAM_EVIDENCE

/* Lines of other columns (a row header's `年度绩`) that may stand between
 * such a line and the row's own line of the column. */
#define WRAPPED_ITEM_GAP 1

/* The mirror of WRAPPED_ITEM_EVIDENCE: the run's last line of the work
 * item column, going on from a full line above it (a word runs on) and
 * itself with room left for the next row's own item (that cell ended
 * there), is the rest of the item above: it cannot be the top of `next`'s
 * item, which would have filled it before going on to the row's line
 * (Chromium's tight print: `加强基层医疗卫生机构` / `能力建设` right above
 * `做好重大传染病防控工 | ★扶助资金发放准确率`).  Found as surely as the
 * line that opens an item, and weighed as much. */
#define ENDED_ITEM_EVIDENCE WRAPPED_ITEM_EVIDENCE

/* Weighs the run's last fragment holding a piece of a work item by the
 * seams round it, where `next` holds its item on its own line and the
 * column's line above the piece (in the run or `prev`'s) stands right
 * above it on its page: when that line has room left and the piece fills
 * its line, the piece opens `next`'s item (WRAPPED_ITEM_EVIDENCE added; it
 * must then stand on next's page, right above its line) — and that line
 * with room left, a fragment under a full line, takes as much the other
 * way; when that line is full and the piece has room for `next`'s first
 * character, the piece ends the item above (ENDED_ITEM_EVIDENCE
 * subtracted). */
static void add_item_seam_evidence(const GPtrArray *all, guint i0, guint k,
                                   const built_row *prev, const built_row *next, int width,
                                   double *e)
{
    const jx_role r = JX_ROLE_TASK;
    int j = run_text(all, i0, k, (int)k - 1, -1, r);
    if (j < 0 || width <= 0 || !next->by_role[r] || !next->text[r] ||
        next->head_line[r] != next->line)
        return;
    const built_row *f = all->pdata[i0 + (guint)j];
    int a = run_text(all, i0, k, j - 1, -1, r);
    const built_row *above = a >= 0 ? all->pdata[i0 + (guint)a] : prev;
    if (!above->text[r] || above->page != f->page || f->line - above->line - 1 > WRAPPED_ITEM_GAP)
        return;
    gboolean above_full = fills_line(above, f, r, width), piece_full = fills_line(f, next, r, width);
    if (above_full && !piece_full) {
        e[j] -= ENDED_ITEM_EVIDENCE;
        return;
    }
    if (above_full || !piece_full || f->page != next->page ||
        next->line - f->line - 1 > WRAPPED_ITEM_GAP)
        return;
    e[j] += WRAPPED_ITEM_EVIDENCE;
    /* …and the line with room left is the rest of the item above when the
     * column's line above it is full (a row header's line between keeps
     * the seam `放` / `映` from showing) */
    int z = a >= 0 ? run_text(all, i0, k, a - 1, -1, r) : -1;
    const built_row *over = z >= 0 ? all->pdata[i0 + (guint)z] : prev;
    if (a >= 0 && over->text[r] && over->page == above->page &&
        above->line - over->line - 1 <= WRAPPED_ITEM_GAP && fills_line(over, above, r, width))
        e[a] -= WRAPPED_ITEM_EVIDENCE;
}

/* A qualitative target's line (`按照项目实施方案要求持续`) cannot go on from a
 * figure: below a row whose own line states a figure or a date, it is the
 * first line of the text target of the row below, centred round that row
 * (WeasyPrint's rows, pdftotext -layout setting the name on the middle line
 * and the target's last line as the row's).  As strong as a balanced cell. */
#define TEXT_AFTER_FIGURE_EVIDENCE BALANCE_EVIDENCE

/* TRUE when row `f` holds text in role `r` and in no other text role. */
static gboolean text_alone(const built_row *f, jx_role r)
{
    for (gsize i = 0; i < G_N_ELEMENTS(text_roles); i++)
        if (text_roles[i] != r && f->text[text_roles[i]])
            return FALSE;
    return f->text[r] != NULL;
}

/* TRUE when row `f` holds text in role `r` and otherwise labels or a work
 * item only (cells merged over rows, set beside any line of them). */
static gboolean text_beside_labels(const built_row *f, jx_role r)
{
    for (gsize i = 0; i < G_N_ELEMENTS(text_roles); i++)
        if (text_roles[i] != r && !is_label_role(text_roles[i]) && f->text[text_roles[i]])
            return FALSE;
    return f->text[r] != NULL;
}

/* Adds TEXT_AFTER_FIGURE_EVIDENCE, into e[0..k), to the fragments of the
 * run from i0 holding pieces of a text target above a fragment holding a
 * name that leans down already (e > 0), from the run's end up to the first
 * piece that is none (a figure, a unit finishing `prev`'s, or a piece
 * beside other text: a row's own line), when `prev` states a figure or a
 * date on its own line and `next` holds a text target and no name: the row
 * is that name's, its target centred round it.  Below a row whose target
 * is text the same holds of a piece ending with a mark that goes on
 * (ends_running_on), beside labels or not: the row above's target ended on
 * its own line, and this one goes on below, round the name. */
static void add_text_after_figure_evidence(const GPtrArray *all, guint i0, guint k,
                                           const built_row *prev, const built_row *next, double *e)
{
    for (gsize i = 0; i < G_N_ELEMENTS(value_roles); i++) {
        jx_role r = value_roles[i];
        if (!prev->by_role[r] || !prev->text[r] || !next->text[r] || next->text[JX_ROLE_NAME] ||
            target_kind(next->text[r]) != JX_KIND_TEXT)
            continue;
        jx_value_kind above = target_kind(prev->text[r]);
        gboolean after_figure = above == JX_KIND_NUMBER || above == JX_KIND_DATE;
        if (!after_figure && (above != JX_KIND_TEXT || ends_running_on(prev->text[r])))
            continue;
        gboolean name_below = FALSE;
        for (guint j = k; j-- > 0;) {
            const built_row *f = all->pdata[i0 + j];
            const char *piece = f->text[r];
            gboolean own_line = after_figure ? !text_alone(f, r) : !text_beside_labels(f, r);
            if (piece &&
                (target_kind(piece) != JX_KIND_TEXT || own_line ||
                 completes_target(prev->text[r], piece) || jx_trow_adds_unit(prev->text[r], piece)))
                break;
            if (piece && name_below && (after_figure || ends_running_on(piece)))
                e[j] += TEXT_AFTER_FIGURE_EVIDENCE;
            name_below |= f->text[JX_ROLE_NAME] != NULL && e[j] > 0;
        }
    }
}

/* Lines of the run of fragments after row all[i] (frag marks fragments)
 * that hold role r, up to the next row: the most a cell of that row
 * centred round its own line can have wrapped below it. */
static int pieces_in_run_below(const GPtrArray *all, const gboolean *frag, guint i, jx_role r)
{
    int pieces = 0;
    for (guint j = i + 1; j < all->len && frag[j]; j++)
        pieces += ((const built_row *)all->pdata[j])->text[r] != NULL;
    return pieces;
}

/* Adds TEXT_AFTER_FIGURE_EVIDENCE, into e[0..k), to the pieces of a text
 * target right above row `next` (all[i0 + k]), from the run's end up to
 * the first line that is none (a line without it, a figure, a piece
 * finishing `prev`'s target, a piece beside a row's other cells), when
 * `next` is a scored row's own line (its 分值 or 得分 there) holding a name
 * and no target, and `prev` states a figure or a date on its own line:
 * pdftotext -layout centres a self-evaluation's text target over an even
 * count of lines round its row's line, none of them on it (`按照项目实施` /
 * `方案要求持续` / `群众生产生活条件 … 11 11` / `改善，惠及更` / `多群众`),
 * and text goes on from no figure.  No more pieces than the lines of that
 * column below the row's line, up to the next row, and one: the target's
 * lines balance round its row. */
static void add_text_over_scored_row_evidence(const GPtrArray *all, const gboolean *is_frag,
                                              guint i0, guint k, const built_row *prev,
                                              const built_row *next, double *e)
{
    if (!next->text[JX_ROLE_NAME] || !scores_on_line(next))
        return;
    for (gsize i = 0; i < G_N_ELEMENTS(value_roles); i++) {
        jx_role r = value_roles[i];
        if (next->text[r] || !prev->by_role[r] || !prev->text[r])
            continue;
        jx_value_kind above = target_kind(prev->text[r]);
        if (above != JX_KIND_NUMBER && above != JX_KIND_DATE)
            continue;
        int room = pieces_in_run_below(all, is_frag, i0 + k, r) + 1;
        for (guint j = k; j-- > 0 && room > 0; room--) {
            const built_row *f = all->pdata[i0 + j];
            const char *piece = f->text[r];
            if (!piece || target_kind(piece) != JX_KIND_TEXT || !text_beside_labels(f, r) ||
                completes_target(prev->text[r], piece) || jx_trow_adds_unit(prev->text[r], piece))
                break;
            e[j] += TEXT_AFTER_FIGURE_EVIDENCE;
        }
    }
}

/* A text target of two lines centred round its row (WeasyPrint's rows
 * printed by pdftotext -layout: `按照项目实施方案要求持续改善，惠及` /
 * `群众生产生活条件` / `更多群众`, three lines touching) sets its first
 * line right above the row's name, which holds no target, and its tail
 * right below, which reads as the row: the line above the name is that
 * row's, and so is the name's line.  Only where a line empty in the
 * target's column (or a page break) parts it from the target above: a
 * row's own tail touches it.  As strong as a cell straddling its row: the
 * lines' places say it. */
#define TARGET_ROUND_NAME_EVIDENCE STRADDLE_EVIDENCE

/* The nearest text of role `r` above the run's fragment j (the run's or
 * `prev`'s: the row above with cells of its own, past rows of labels
 * alone), or NULL. */
static const char *text_above_in(const GPtrArray *all, guint i0, guint j, const built_row *prev,
                                 jx_role r)
{
    for (guint a = j; a-- > 0;) {
        const built_row *f = all->pdata[i0 + a];
        if (f->text[r])
            return f->text[r];
    }
    return prev->text[r];
}

/* TRUE when the piece of role `r` on the run's fragment j stands apart from
 * the text of `r` above it (the run's or `prev`'s, as in text_above_in): a
 * line without it, or a page break, between them. */
static gboolean column_parted_above(const GPtrArray *all, guint i0, guint j,
                                    const built_row *prev, jx_role r)
{
    const built_row *piece = all->pdata[i0 + j];
    for (guint a = j; a-- > 0;) {
        const built_row *f = all->pdata[i0 + a];
        if (f->text[r])
            return f->page != piece->page || piece->line - f->line > 1;
    }
    if (!prev->text[r] || !prev->tail_line[r])
        return TRUE;
    return prev->page != piece->page || piece->line - prev->tail_line[r] > 1;
}

/* TRUE when `piece` may go on from the text `above` of its column: the rest
 * of a figure or a unit cut over lines (`≤1,210元/` / `平方米`, `≤1,210 元`
 * / `/平方米`), which joined reads as no text. */
static gboolean finishes_above(const char *above, const char *piece)
{
    if (!above)
        return FALSE;
    if (completes_target(above, piece) || jx_trow_adds_unit(above, piece))
        return TRUE;
    char *joined = jx_norm_join(above, piece);
    gboolean figure = target_kind(joined) != JX_KIND_TEXT;
    g_free(joined);
    return figure;
}

/* Adds TARGET_ROUND_NAME_EVIDENCE to e[k - 2] and e[k - 1] when the run's
 * last two fragments are the first line of `next`'s text target and
 * `next`'s name (see TARGET_ROUND_NAME_EVIDENCE); `owner` is the row above
 * with cells of its own (`prev`, or the row above it when `prev` is a line
 * of labels alone). */
static void add_target_round_name_evidence(const GPtrArray *all, guint i0, guint k,
                                           const built_row *owner, const built_row *next,
                                           double *e)
{
    if (k < 2 || !owner || next->text[JX_ROLE_NAME])
        return;
    const built_row *name = all->pdata[i0 + k - 1], *piece = all->pdata[i0 + k - 2];
    if (!name->text[JX_ROLE_NAME] || piece->text[JX_ROLE_NAME] || lines_between(name, next) != 0 ||
        lines_between(piece, name) != 0)
        return;
    for (gsize i = 0; i < G_N_ELEMENTS(value_roles); i++) {
        jx_role r = value_roles[i];
        if (!next->by_role[r] || !next->text[r] || !piece->text[r] || name->text[r] ||
            target_kind(next->text[r]) != JX_KIND_TEXT ||
            target_kind(piece->text[r]) != JX_KIND_TEXT ||
            !column_parted_above(all, i0, k - 2, owner, r) ||
            finishes_above(text_above_in(all, i0, k - 2, owner, r), piece->text[r]))
            continue;
        e[k - 2] += TARGET_ROUND_NAME_EVIDENCE;
        e[k - 1] += TARGET_ROUND_NAME_EVIDENCE;
        return;
    }
}

/* A date cut over the lines of a narrow value column (LibreOffice and
 * Chromium wrap `2024年9月30日` as `2024 年 9` / `月 30 日`, or as `2024 年` /
 * `9 月 30` / `日`, centred on the row's line): its head (a year and its
 * 年, perhaps with a month and a day's figure, no 日) cannot end a cell,
 * so a fragment holding one goes down with the rest below it, and the
 * pieces after it in the run with it; a tail (from the 年, the 月 or the
 * day's 日 on) above any head cannot open a cell, so it goes up.  As
 * strong as a seam inside a word: the text says where the cut is. */
#define DATE_CUT_EVIDENCE SEAM_EVIDENCE

/* Adds DATE_CUT_EVIDENCE to e[0..k) for the run's value pieces alone on
 * their lines (a piece of another cell beside one says its own way): a
 * date's tails before any head up, a head and the pieces after it down. */
static void add_date_cut_evidence(const GPtrArray *all, guint i0, guint k, double *e)
{
    for (gsize i = 0; i < G_N_ELEMENTS(value_roles); i++) {
        jx_role r = value_roles[i];
        gboolean after_head = FALSE;
        for (guint j = 0; j < k; j++) {
            const built_row *f = all->pdata[i0 + j];
            const char *t = f->text[r];
            if (!t || !targets_alone_beside_labels(f))
                continue;
            after_head |= date_head(all, i0 + j, r, t);
            if (after_head)
                e[j] += DATE_CUT_EVIDENCE;
            else if (holds_date_word(t) && g_regex_match_simple(date_tail_pattern, t, 0, 0))
                e[j] -= DATE_CUT_EVIDENCE;
        }
    }
}

/* A work item on a line between two rows that opens a cell (a row of the
 * table opens the very text on its own line, see `opened`) or restates the
 * whole item of the row above (a browser's print restating each row's
 * item, `开展全民健身赛事活动` twice) continues no cell of the row above:
 * two items joined are two cells (`实施农村供水工程建设` over `开展中小河流
 * 治理`).  It opens the item of the row below, which states none on its
 * own line: Chromium's print of Calc's HTML sets a work item at its first
 * row's top, beside the first line of that row's wrapped name (`开展中小河
 * 流治理 农村集中供水工程水质达标` over `率 ≥ 88 %`).  As strong as a seam:
 * the texts say it. */
#define WHOLE_TASK_EVIDENCE SEAM_EVIDENCE

/* Adds WHOLE_TASK_EVIDENCE to the run's first fragment holding a work
 * item, when that item opens a cell or restates `prev`'s, the seam between
 * them inside no word, `prev` holding on its own line an item that opens a
 * cell too (no piece it took in) and `next` none (see
 * WHOLE_TASK_EVIDENCE).  `opened`: the items rows open
 * on their own lines (a set of texts; NULL: nothing asked). */
static void add_whole_task_evidence(const GPtrArray *all, GHashTable *opened, guint i0, guint k,
                                    const built_row *prev, const built_row *next, double *e)
{
    const jx_role r = JX_ROLE_TASK;
    int j = run_text(all, i0, k, 0, 1, r);
    if (!opened || j < 0 || !prev->by_role[r] || !prev->text[r] || next->text[r])
        return;
    const built_row *f = all->pdata[i0 + (guint)j];
    const char *task = f->text[r];
    if (f->continues[r] || !g_hash_table_contains(opened, prev->text[r]) ||
        (g_strcmp0(task, prev->text[r]) != 0 && !g_hash_table_contains(opened, task)) ||
        jx_norm_seam_inside_word(prev->text[r], task))
        return;
    e[j] += WHOLE_TASK_EVIDENCE;
}

/* The score of cut t of a run's evidence e[0..k) (see jx_trow_split_fragment_run):
 * the fragments before t go up, the rest down. */
static double cut_score(const double *e, guint k, guint t)
{
    double score = 0;
    for (guint j = 0; j < k; j++)
        score += j < t ? -e[j] : e[j];
    return score;
}

/* Moves cut t of fragments all[i0, i0 + k) off a name wrapped on the next
 * line: a name piece as wide as the page's widest name line, with no room
 * left for the first character of the piece right under it
 * (`农村公路优良中等路` / `率`, a browser wrapping a top-set name over its
 * centred figures), was broken there by its column, and the two lines are
 * one cell's.  They go together, to whichever side the run's evidence
 * favours: the cut before them or the cut after them.  (Whether the seam
 * falls inside a word is no sign here: a lone character reads as a word of
 * its own, `率`, and two names' seam may read as one, `台` / `新认定…`.) */
static guint keep_name_whole(const GPtrArray *all, guint i0, guint k, const double *e, guint t)
{
#define FRAG(j) ((const built_row *)all->pdata[i0 + (j)])
    if (t == 0 || t >= k)
        return t;
    int above = text_before(all, i0, (int)t, JX_ROLE_NAME);
    guint below = text_from(all, i0, t, k, JX_ROLE_NAME);
    if (above < 0 || below >= k || !next_line_of(FRAG(above), FRAG(below)))
        return t;
    const char *rest = FRAG(below)->text[JX_ROLE_NAME];
    char lead[8] = {0};
    g_utf8_strncpy(lead, rest, 1);
    gboolean full = FRAG(above)->tail_width[JX_ROLE_NAME] + jx_norm_display_width(lead) >
                    jx_trow_widest_name_on_page(all, FRAG(below)->page);
    if (!full)
        return t;
    guint first = (guint)above, last = below;
    return cut_score(e, k, first) >= cut_score(e, k, last + 1) ? first : last + 1;
#undef FRAG
}

/* The characters that end an indicator's name and never open a word of
 * one: the nouns of a measure (合格率, 满意度, 及时性).  A name's line holding
 * one of them alone is the last line of a name a narrow column wrapped (a
 * wrapped line is full, only the last may be one character).  (Not 数 or 量:
 * they open words, 数量指标 cut `数` / `量指标` in a label's column.) */
static const char *const name_suffixes[] = {"率", "度", "性"};

/* TRUE when `name` is one of name_suffixes alone. */
static gboolean lone_name_suffix(const char *name)
{
    for (gsize i = 0; name && i < G_N_ELEMENTS(name_suffixes); i++)
        if (strcmp(name, name_suffixes[i]) == 0)
            return TRUE;
    return FALSE;
}

/* Moves cut `t` of fragments all[i0, i0 + k) between rows prev and next off
 * a name's last line that holds a lone suffix (lone_name_suffix): it ends
 * the name in the line of that column nearest above it, a fragment of the
 * run that the cut sends up or prev's own, and goes up with it (pdftotext
 * sets a name round its row's line and its last character a line or two
 * lower: `服务对象满意` / `度`, a label's line between at times; a browser's
 * `资金兑付` / `及时` / `性`).  Else the cut stays. */
static guint keep_suffix_with_name(const GPtrArray *all, guint i0, guint k,
                                   const built_row *prev, guint t)
{
#define FRAG(j) ((const built_row *)all->pdata[i0 + (j)])
    if (t >= k)
        return t;
    guint j = text_from(all, i0, t, k, JX_ROLE_NAME);
    if (j >= k || FRAG(j)->page_start || !lone_name_suffix(FRAG(j)->text[JX_ROLE_NAME]))
        return t;
    int above = text_before(all, i0, (int)j, JX_ROLE_NAME);
    gboolean name_above = above >= 0 || prev->text[JX_ROLE_NAME] != NULL;
    return name_above ? j + 1 : t;
#undef FRAG
}

/* TRUE when `piece`, the nearest line of role r's column above row `next`'s
 * own line, is the first part of that row's unit cut round it (`个工作` above
 * `审批办结时限 | ≤13`, `日` below in a narrow unit column): alone no unit,
 * the row's value a bare figure, and joined with `rest`, the first line of
 * that column below the row, a whole unit. */
static gboolean unit_cut_round(const built_row *next, jx_role r, jx_role value, const char *piece,
                               const char *rest)
{
    if (!piece || !rest || next->text[r] || !next->text[value] ||
        !is_cut_unit(piece, next->text[value]))
        return FALSE;
    char *joined = jx_norm_join(piece, rest);
    char *unit = jx_norm_unit(joined);
    gboolean whole = unit != NULL;
    g_free(unit);
    g_free(joined);
    return whole;
}

/*
 * A self-evaluation's 偏差原因 is prose, its cell's last line ending on a
 * sentence mark (`…设定绩效目标。`).  pdftotext -layout spreads such a cell
 * over the lines of its row and the lines between, so its pieces stand
 * among the neighbours' wrapped targets, above the row's own line and
 * below it (`年底前部分合同` / `=3980批` / `食品安全抽检批次 … 尚未结算，资金` /
 * `次` / `将于次年支付。`).  The text says whose a piece is: while the row
 * above's 偏差原因 ends on no sentence mark, the run's pieces go on from it,
 * up to the one that ends a sentence; the pieces after the run's last
 * sentence mark, ending on none, go on below, into the row below's cell (a
 * cell of the rows further down starts below that row's line).  The
 * sentences closed between say nothing.  As strong as a seam inside a
 * word: the marks say where the cells part.  Not next to a row of labels
 * alone (the pieces round it are the label resolver's, see
 * owed_past_labels).
 */
#define DEVIATION_SENTENCE_EVIDENCE SEAM_EVIDENCE

/* The marks a 偏差原因's sentence ends on (the text normalized). */
static const char *const sentence_end_marks[] = {"。", "！", "？", "!", "?"};

/* TRUE when `text` ends on a sentence mark (see sentence_end_marks). */
static gboolean ends_on_sentence_mark(const char *text)
{
    for (gsize i = 0; i < G_N_ELEMENTS(sentence_end_marks); i++)
        if (g_str_has_suffix(text, sentence_end_marks[i]))
            return TRUE;
    return FALSE;
}

/* TRUE when fragment `f` holds text in role r alone. */
static gboolean text_in_role_alone(const built_row *f, jx_role r)
{
    for (int x = 0; x < JX_ROLE_COUNT; x++)
        if (f->text[x] && x != (int)r)
            return FALSE;
    return f->text[r] != NULL;
}

/* Adds DEVIATION_SENTENCE_EVIDENCE to e[0..k) for the 偏差原因 pieces alone on
 * their lines in the run all[i0, i0 + k) between `prev` and `next` (see
 * above; a line holding another cell's piece too is weighed by that). */
static void add_deviation_sentence_evidence(const GPtrArray *all, guint i0, guint k,
                                            const built_row *prev, const built_row *next,
                                            double *e)
{
    const jx_role r = JX_ROLE_DEVIATION;
    if (prev->labels_only || next->labels_only)
        return;
    gboolean open = prev->text[r] && !ends_on_sentence_mark(prev->text[r]);
    guint j = 0;
    for (; j < k && open; j++) {
        const built_row *f = all->pdata[i0 + j];
        if (!f->text[r])
            continue;
        if (text_in_role_alone(f, r))
            e[j] -= DEVIATION_SENTENCE_EVIDENCE;
        open = !ends_on_sentence_mark(f->text[r]);
    }
    if (open)
        return;
    /* the pieces after the run's last sentence mark go on below */
    guint from = j;
    gboolean trailing = FALSE;
    for (guint t = j; t < k; t++) {
        const char *text = ((const built_row *)all->pdata[i0 + t])->text[r];
        if (!text)
            continue;
        trailing = !ends_on_sentence_mark(text);
        if (!trailing)
            from = t + 1;
    }
    for (guint t = from; trailing && t < k; t++)
        if (text_in_role_alone(all->pdata[i0 + t], r))
            e[t] += DEVIATION_SENTENCE_EVIDENCE;
}

/* TRUE when `text` reads as a figure's or a date's target (no text). */
static gboolean reads_as_figure(const char *text)
{
    const jx_target *t; /* borrowed: only looked at */
    jx_norm_target_peek(text, &t);
    return t->kind == JX_KIND_NUMBER || t->kind == JX_KIND_DATE;
}

/* TRUE when `head`, a piece of a value column above row `next`'s own line,
 * starts that row's target: the own line alone reads as no target (a unit
 * cut off its figure, a figure's tail: `元/平方`, `０元/平`), the head
 * joined to it reads as one, or joined to it and to `rest`, the first piece
 * of the column below the row (`≤ 2,960` / `元/平方` / `米`). */
static gboolean heads_target(const char *head, const char *own, const char *rest)
{
    if (reads_as_figure(own))
        return FALSE;
    char *joined = jx_norm_join(head, own);
    gboolean heads = reads_as_figure(joined);
    if (!heads && rest) {
        char *whole = jx_norm_join(joined, rest);
        heads = reads_as_figure(whole);
        g_free(whole);
    }
    g_free(joined);
    return heads;
}

/*
 * A narrow value column wraps a target centred on its row over three lines
 * or more, its figure parted from its unit (`≤ 2,960` / `元/平方` / `米`,
 * `≤１９４` / `０元/平` / `方米`), and the next column's cell wraps too, its
 * lines set between (the actual value's `2,581元/` / `平方米`): the pieces of
 * the two cells share the lines round the row's.  The target's piece
 * nearest above the row's own line, with no line of its column between,
 * is that row's when it starts the row's target (heads_target) and
 * finishes nothing of the row above's (whose target then reads whole
 * without it).  As strong as a seam inside a word: the column's text runs
 * on across the lines of the other.
 */
static void add_target_head_evidence(const GPtrArray *all, const gboolean *is_frag, guint i0,
                                     guint k, const built_row *prev, const built_row *next,
                                     double *e)
{
    guint after = i0 + k + 1; /* the first line past the row below's own */
    for (gsize i = 0; i < G_N_ELEMENTS(value_roles); i++) {
        jx_role r = value_roles[i];
        int j = text_before(all, i0, (int)k, r);
        if (j < 0 || !next->text[r])
            continue;
        const char *head = ((const built_row *)all->pdata[i0 + (guint)j])->text[r];
        /* (a head right above the row's line completing it: weighed by
         * next_evidence's seam already) */
        if ((guint)j + 1 == k && completes_target(head, next->text[r]))
            continue;
        if (prev->text[r] &&
            (completes_target(prev->text[r], head) || jx_trow_adds_unit(prev->text[r], head)))
            continue;
        const char *rest = NULL;
        for (guint a = after; !rest && a < all->len && is_frag[a]; a++)
            rest = ((const built_row *)all->pdata[a])->text[r];
        if (heads_target(head, next->text[r], rest))
            e[j] += SEAM_EVIDENCE;
    }
}

/* TRUE when fragment `f` holds nothing but pieces of the table-wide row
 * header (年度绩效 / 指标, printed down the table's left side and centred
 * on all of it): no cell of any row, its line says nothing of where rows
 * part.  pdftotext sets such a piece on any line, the blank one between two
 * rows as well, which then shows no gap. */
static gboolean rowhead_alone(const built_row *f)
{
    const GPtrArray *cells = f->source ? f->source->cells : NULL;
    if (!cells || !cells->len)
        return FALSE;
    for (guint i = 0; i < cells->len; i++)
        if (!((const jx_pcell *)cells->pdata[i])->rowhead)
            return FALSE;
    return TRUE;
}

gboolean jx_trow_blank_lines_shown(const GPtrArray *all)
{
    for (guint i = 0; i + 1 < all->len; i++)
        if (lines_between(all->pdata[i], all->pdata[i + 1]) > 0)
            return TRUE;
    return FALSE;
}

/* Marks in read_blank[0..k) the fragments of the run of k from i0 (between
 * rows `prev` and `next`) that stand on a blank line between two rows: lines
 * of the row header alone (rowhead_alone), one after another, with a line
 * of text right above them and right below them — where the table's print
 * leaves blank lines at all (`shown`, jx_trow_blank_lines_shown).  Beside a
 * blank line, the blank line shows the gap itself, and such a line may be
 * a tall row's (a name at the row's top, the row header's piece, the row's
 * padding below). */
static void mark_rowhead_on_blank(const GPtrArray *all, guint i0, guint k, const built_row *prev,
                                  const built_row *next, gboolean shown, gboolean *read_blank)
{
    for (guint j = 0; j < k; j++)
        read_blank[j] = FALSE;
    for (guint j = 0; shown && j < k;) {
        if (!rowhead_alone(all->pdata[i0 + j])) {
            j++;
            continue;
        }
        guint end = j; /* the block j..end of row-header lines */
        gboolean tight = TRUE;
        while (end + 1 < k && rowhead_alone(all->pdata[i0 + end + 1])) {
            tight &= lines_between(all->pdata[i0 + end], all->pdata[i0 + end + 1]) == 0;
            end++;
        }
        const built_row *above = j == 0 ? prev : all->pdata[i0 + j - 1];
        const built_row *below = end + 1 == k ? next : all->pdata[i0 + end + 1];
        if (tight && lines_between(above, all->pdata[i0 + j]) == 0 &&
            lines_between(all->pdata[i0 + end], below) == 0)
            for (guint m = j; m <= end; m++)
                read_blank[m] = TRUE;
        j = end + 1;
    }
}

/* The line next above fragment j of the run of fragments from i0, past
 * lines read as blank (`read_blank`, see mark_rowhead_on_blank): a fragment
 * of the run, or `prev`. */
static const built_row *line_above_in_run(const GPtrArray *all, guint i0, guint j,
                                          const built_row *prev, const gboolean *read_blank)
{
    while (j > 0 && read_blank[j - 1])
        j--;
    return j == 0 ? prev : all->pdata[i0 + j - 1];
}

/* The line next below fragment j of the run of k fragments from i0, past
 * lines read as blank: a fragment of the run, or `next`. */
static const built_row *line_below_in_run(const GPtrArray *all, guint i0, guint k, guint j,
                                          const built_row *next, const gboolean *read_blank)
{
    while (j + 1 < k && read_blank[j + 1])
        j++;
    return j + 1 == k ? next : all->pdata[i0 + j + 1];
}

/* TRUE when row `b` took its name from lines above its own line, which
 * holds none of it: a name centred round the row's figures, whose lines
 * below that line are still to come (`国省道路况技术状况` / `84` / `指数`). */
static gboolean name_round_own_line(const built_row *b)
{
    return b->text[JX_ROLE_NAME] && !b->by_role[JX_ROLE_NAME];
}

guint jx_trow_split_fragment_run(GPtrArray *all, const gboolean *is_frag, guint i0, guint i1,
                                 const built_row *prev, const built_row *owner,
                                 const built_row *next, gboolean centred, gboolean cells_centred,
                                 gboolean by_lines, gboolean marked, gboolean filled_names,
                                 gboolean names_placed, int item_width, int cut_width,
                                 gboolean only_two_lines, gboolean blanks_shown,
                                 GHashTable *opened_tasks)
{
    guint k = i1 - i0 + 1;
    if (!prev)
        return 0;
    if (!next)
        return k;
    double *e = g_new(double, k);
    gboolean *read_blank = g_new(gboolean, k);
    mark_rowhead_on_blank(all, i0, k, prev, next, blanks_shown, read_blank);
    for (guint j = 0; j < k; j++) {
        const built_row *frag = all->pdata[i0 + j];
        e[j] = next_evidence(frag, line_above_in_run(all, i0, j, prev, read_blank),
                             line_below_in_run(all, i0, k, j, next, read_blank), prev, next);
    }
    g_free(read_blank);
    add_restated_task_evidence(all->pdata[i0], prev, e);
    if (by_lines && !marked)
        add_item_seam_evidence(all, i0, k, prev, next, item_width, e);
    /* a neighbour missing a cell every row has takes the nearest fragment
     * holding one (only that one: the rest may be the other row's) */
    for (gsize i = 0; i < G_N_ELEMENTS(fillable_roles); i++) {
        jx_role r = fillable_roles[i];
        if (!prev->text[r] == !next->text[r])
            continue;
        for (guint step = 0; step < k; step++) {
            guint j = next->text[r] ? step : k - 1 - step;
            const built_row *f = all->pdata[i0 + j];
            if (f->text[r]) {
                if (!goes_on_over_labels(prev, f, next, r) &&
                    !(r == JX_ROLE_NAME && name_round_own_line(prev) &&
                      jx_trow_heads_named_row(all, is_frag, i1 + 1)))
                    e[j] += next->text[r] ? -MISSING_CELL_EVIDENCE : MISSING_CELL_EVIDENCE;
                break;
            }
        }
    }
    add_wrap_evidence(all, i0, k, prev, next, e);
    if (filled_names) /* a target table's names, unless centred and placed by column */
        add_unfilled_evidence(all, i0, k, prev, next, marked, e);
    /* (names placed by their column weigh it there, see jx_trow_place_names_by_column) */
    /* (the run's first name piece: a work item's rest may stand above it) */
    int top = run_text(all, i0, k, 0, 1, JX_ROLE_NAME);
    if (filled_names && by_lines && !marked && !names_placed && top >= 0 &&
        jx_trow_centred_top_piece(all, is_frag, i0 + (guint)top, i1, prev, next, FALSE,
                                  only_two_lines))
        e[top] += CENTRED_TOP_EVIDENCE;
    /* the rest of a target cut inside its figure or unit (`≥11.9 万平方` /
     * `米`) finishes it across lines where its column is empty (a work
     * item's line between): as strong as a seam right below it */
    for (gsize i = 0; i < G_N_ELEMENTS(value_roles); i++) {
        jx_role r = value_roles[i];
        int j = run_text(all, i0, k, 0, 1, r);
        if (j > 0 && prev->text[r] &&
            completes_target(prev->text[r], ((const built_row *)all->pdata[i0 + j])->text[r]))
            e[j] -= SEAM_EVIDENCE;
    }
    /* a unit cut round the row below (see unit_cut_round) is that row's:
     * the seam inside the unit's word lies across the row's line */
    static const jx_role cut_units[] = {JX_ROLE_UNIT, JX_ROLE_HALF_UNIT};
    static const jx_role cut_values[] = {JX_ROLE_VALUE, JX_ROLE_HALF_VALUE};
    for (gsize i = 0; i < G_N_ELEMENTS(cut_units) && i1 + 2 < all->len && is_frag[i1 + 2]; i++) {
        jx_role r = cut_units[i];
        /* (cells, not texts: a fragment's text may hold its cell twice) */
        int j = text_before(all, i0, (int)k, r);
        const jx_pcell *piece = j >= 0 ? ((const built_row *)all->pdata[i0 + (guint)j])->by_role[r]
                                       : NULL;
        const jx_pcell *rest = ((const built_row *)all->pdata[i1 + 2])->by_role[r];
        if (piece && rest && unit_cut_round(next, r, cut_values[i], piece->norm, rest->norm))
            e[j] += SEAM_EVIDENCE;
    }
    /* a cell of the row above with more lines above its row's line than
     * below takes the lines of it that follow, up to balance — when the
     * row's own line holds none of it (an even count of lines, centred);
     * with a line of it there, an odd count balances around it or an even
     * one leans either way */
    for (gsize i = 0; i < G_N_ELEMENTS(balanced_roles); i++) {
        jx_role r = balanced_roles[i];
        int owed = prev->by_role[r] ? 0 : prev->wrapped_above[r] - prev->wrapped_below[r];
        for (guint j = 0; j < k && owed > 0; j++)
            if (((const built_row *)all->pdata[i0 + j])->text[r]) {
                e[j] -= BALANCE_EVIDENCE;
                owed--;
            }
    }
    /* a label cut around the row below (`可持续影响指` above its line, `标`
     * below): the piece nearest that row whose text runs on, inside a word,
     * into the first piece of it below the row is that row's — when the row
     * holds no label on its own line: one that does is the middle of a span
     * of several rows, whose labels the label resolver places by their
     * lines (see labels.c), and moving a piece between its rows shifts the
     * spans it finds */
    guint after = i1 + 2;
    gboolean own_labels = prev->labels_only;
    for (gsize i = 0; i < G_N_ELEMENTS(label_roles); i++)
        own_labels |= next->by_role[label_roles[i]] != NULL;
    for (gsize i = 0; i < G_N_ELEMENTS(label_roles) && !own_labels && after < all->len &&
                      is_frag[after];
         i++) {
        jx_role r = label_roles[i];
        const char *rest = ((const built_row *)all->pdata[after])->text[r];
        for (guint j = k; j-- > 0 && rest && !next->text[r];) {
            const char *t = ((const built_row *)all->pdata[i0 + j])->text[r];
            if (!t)
                continue;
            if (jx_norm_seam_inside_word(t, rest))
                e[j] += SEAM_EVIDENCE;
            break;
        }
    }
    /* a name's head right above a line of group labels alone, going on
     * inside a word into the name of the row under them, is that row's (see
     * name_goes_on_past_labels): as strong as a seam right below it */
    if (next->labels_only) {
        const built_row *last = all->pdata[i1];
        if (name_goes_on_past_labels(all, is_frag, last, i1 + 1))
            e[k - 1] += SEAM_EVIDENCE;
    }
    /* a cell of the row below with lines of it right below the row's line
     * is centred on that line when none of it stands there (a top-aligned
     * cell starts there), or when the table centres its cells (an odd
     * count, one line on the row's): as many of its lines stand above, the
     * nearest ones */
    for (gsize i = 0; i < G_N_ELEMENTS(balanced_roles); i++) {
        jx_role r = balanced_roles[i];
        /* a row of labels alone owns no such cell: lines of it round the
         * labels' line go on from the row above that holds one on its own
         * line, or stand between two lines of labels */
        int owed = (next->by_role[r] && !cells_centred) ||
                           (next->labels_only && (prev->by_role[r] || prev->labels_only))
                       ? 0
                       : wrapped_on_below(all, is_frag, i1 + 1, r);
        owed = MAX(owed, owed_past_labels(all, is_frag, i1, prev, r, cells_centred));
        for (guint j = k; j-- > 0 && owed > 0;)
            if (((const built_row *)all->pdata[i0 + j])->text[r]) {
                e[j] += BALANCE_EVIDENCE;
                owed--;
            }
    }
    if (by_lines)
        add_text_after_figure_evidence(all, i0, k, prev, next, e);
    add_target_round_name_evidence(all, i0, k, owner, next, e);
    if (by_lines)
        add_row_balance_evidence(all, i0, k, prev, e);
    if (by_lines && !marked)
        add_straddle_evidence(all, i0, k, prev, next, cut_width, e);
    if (by_lines)
        add_tall_row_evidence(all, i0, k, prev, next, e);
    if (by_lines)
        add_top_name_evidence(all, i0, k, prev, next, e);
    if (by_lines)
        add_name_atop_row_evidence(all, i0, k, prev, next, e);
    if (by_lines)
        add_date_cut_evidence(all, i0, k, e);
    add_whole_task_evidence(all, opened_tasks, i0, k, prev, next, e);
    add_deviation_sentence_evidence(all, i0, k, prev, next, e);
    add_target_head_evidence(all, is_frag, i0, k, prev, next, e);
    add_text_over_scored_row_evidence(all, is_frag, i0, k, prev, next, e);
    /* score(t) = Σ_{j<t} -e[j] + Σ_{j>=t} e[j]; start from t = k */
    guint fallback = centred ? k / 2 : k;
    double score = 0;
    for (guint j = 0; j < k; j++)
        score -= e[j];
    double best = score;
    guint best_t = k;
    for (guint t = k; t-- > 0;) {
        score += 2 * e[t];
        if (score > best + 1e-9 || (fabs(score - best) <= 1e-9 && t == fallback)) {
            best = score;
            best_t = t;
        }
    }
    if (fabs(best) <= 1e-9)
        best_t = fallback; /* no evidence either way */
    /* (not in a self-evaluation's table: its names wrap round their score
     * lines in columns so narrow that every line but a name's last is full,
     * and the run holds the rest of one name and the top of the next; nor
     * where the producer marks wrapped pieces, which say it (WRAP_EVIDENCE):
     * a web page's narrow names printed by wkhtmltopdf fill line after line) */
    if (filled_names && !marked)
        best_t = keep_name_whole(all, i0, k, e, best_t);
    best_t = keep_suffix_with_name(all, i0, k, prev, best_t);
    g_free(e);
    return keep_runs_together(all, i0, k, prev, next, best_t);
}
