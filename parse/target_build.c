/*
 * target_build.c — a target table's rows built from their aligned cells.
 *
 * build_row aligns each row's cells to the header's roles (align.c) into a
 * built_row; moved rows (a continued page laid out a column off) are realigned
 * by parts; build_rows then runs the passes of target_marks.c,
 * target_names.c and target_fragments.c over the built rows, in order, and
 * hands the rows, fragments joined, to target.c.
 */
#include "parse/target_row.h"

#include <string.h>

/* A wrapped cell has a few lines; beyond this many, the lines are not one
 * cell (prose laid out as a table) and stay rows of their own. */
#define MAX_FRAGMENTS_PER_ROW 16

/* Rows let go, kept for the thread's next rows.  A built_row (about 1.4 KB)
 * is larger than malloc's caches of small chunks take, so each one allocated
 * and freed anew made malloc sweep its free lists (a tenth of the run's
 * allocator time); a table builds and drops one or more per line.  A row
 * comes back zeroed, its flags emptied: a cache that changes no answer.
 * Bounded; the thread's end frees it. */
#define SPARE_ROWS_MAX 256

static void spare_rows_free(gpointer p)
{
    GPtrArray *spare = p;
    for (guint i = 0; i < spare->len; i++) {
        built_row *b = spare->pdata[i];
        g_ptr_array_unref(b->flags);
        g_free(b);
    }
    g_ptr_array_unref(spare);
}

static GPrivate spare_rows = G_PRIVATE_INIT(spare_rows_free);

built_row *jx_trow_built_row_new(void)
{
    GPtrArray *spare = g_private_get(&spare_rows);
    if (!spare || !spare->len) {
        built_row *b = g_new0(built_row, 1);
        b->flags = g_ptr_array_new();
        return b;
    }
    built_row *b = g_ptr_array_steal_index_fast(spare, spare->len - 1);
    GPtrArray *flags = b->flags;
    memset(b, 0, sizeof *b);
    b->flags = flags;
    return b;
}

static void built_row_free(gpointer p)
{
    built_row *b = p;
    for (int r = 0; r < JX_ROLE_COUNT; r++)
        text_set(b, r, NULL);
    g_free(b->group_weight);
    GPtrArray *spare = g_private_get(&spare_rows);
    if (!spare) {
        spare = g_ptr_array_new();
        g_private_set(&spare_rows, spare);
    }
    if (spare->len < SPARE_ROWS_MAX) {
        g_ptr_array_set_size(b->flags, 0);
        g_ptr_array_add(spare, b);
        return;
    }
    g_ptr_array_unref(b->flags);
    g_free(b);
}

/* A cell that fits no slot in order (a source that puts the operator after
 * the value while its header says before) still fills its role when the
 * cell can only be one thing and that role is empty. */
static jx_role rescue_role(jx_cell_kind kind, const built_row *b)
{
    static const struct {
        jx_cell_kind kind;
        jx_role role;
    } unambiguous[] = {
        {JX_CK_OP, JX_ROLE_OP}, {JX_CK_UNIT, JX_ROLE_UNIT}, {JX_CK_DATE, JX_ROLE_VALUE},
        {JX_CK_TARGET, JX_ROLE_VALUE}, {JX_CK_NUMBER, JX_ROLE_VALUE}, {JX_CK_INT, JX_ROLE_VALUE},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(unambiguous); i++)
        if (unambiguous[i].kind == kind && !b->by_role[unambiguous[i].role])
            return unambiguous[i].role;
    return JX_ROLE_NONE;
}

void jx_trow_place_cell(built_row *b, jx_role r, const jx_pcell *c)
{
    if (r == JX_ROLE_OTHER || r == JX_ROLE_ROWHEAD)
        return;
    b->tail_width[r] = jx_norm_display_width(c->raw);
    b->widest[r] = MAX(b->widest[r], b->tail_width[r]);
    if (!b->text[r])
        b->head_line[r] = b->line;
    b->tail_line[r] = b->line;
    if (!b->by_role[r]) {
        b->by_role[r] = c;
        text_borrow(b, r, c->norm);
        b->continues[r] = c->continues;
        return;
    }
    /* a row placed again by its columns (see jx_trow_place_fragment_by_column)
     * keeps its sign and unit cells in their roles: the same cell placed
     * into its role again is that one cell, not a second line of it
     * (`≥≥ | 93 | %%`) */
    if (c == b->by_role[r])
        return;
    text_set(b, r, jx_norm_join(b->text[r], c->norm));
}

/* Two known level-2 labels side by side before a row's name (`经济效益 |
 * 社会效益 | 服务科技型企业 | ≥400家`): the one next to the name heads the row;
 * the other heads a group the form left without indicators, and is no
 * name.  TRUE for such a label (cell i of `row`).  The name is the text
 * right after the pair: a name that is itself a label (`服务对象满意度指标 |
 * 服务对象满意度 | ≥90%`) has no text after it but a self-evaluation's
 * 偏差原因, which names nothing.  A name that restates its level-2 label
 * (`社会成本指标 | 社会成本 | 无明显社会成本`) is one: it stands under the
 * names' header, and the text under a target's header is its target, ending
 * the row or followed only by what closes a row (closes_row). */
static jx_role header_role(const jx_header *header, int col)
{
    return col >= 0 && col < header->n_cols ? header->roles[col] : JX_ROLE_NONE;
}

/* TRUE when a cell under `role` closes a row without saying more of its
 * indicator (指标解释, 评分标准, 备注, a self-evaluation's reasons). */
static gboolean closes_row(jx_role role)
{
    return role == JX_ROLE_EXPLAIN || role == JX_ROLE_OTHER || role == JX_ROLE_REASON ||
           role == JX_ROLE_DEVIATION;
}

/* TRUE when a cell under `role` is the year's target of a row whose
 * first target `first` stands before it: the half year's, or a mid-term
 * one (中期指标值, a column no record keeps). */
static gboolean year_target_after_other(const jx_header *header, const jx_pcell *first,
                                        jx_role role)
{
    jx_role under = header_role(header, first->col);
    return (under == JX_ROLE_HALF_VALUE || under == JX_ROLE_HALF_OP || under == JX_ROLE_OTHER) &&
           (role == JX_ROLE_OP || role == JX_ROLE_VALUE || role == JX_ROLE_UNIT);
}

/* The role of the first named header column right of column `col`, past
 * columns the header left unnamed (JX_ROLE_NONE when none is named). */
static jx_role named_right_of_unnamed(const jx_header *header, int col)
{
    int c = col + 1;
    while (c < header->n_cols && header_role(header, c) == JX_ROLE_NONE)
        c++;
    return header_role(header, c);
}

static gboolean heads_empty_group(const jx_header *header, const jx_prow *row, guint i)
{
    if (i + 2 >= row->cells->len)
        return FALSE;
    const jx_pcell *here = row->cells->pdata[i], *next = row->cells->pdata[i + 1];
    const jx_pcell *after = row->cells->pdata[i + 2];
    if (here->kind != JX_CK_LEVEL2 || next->kind != JX_CK_LEVEL2 || after->kind != JX_CK_TEXT)
        return FALSE;
    if (!g_str_has_prefix(here->norm, next->norm))
        return TRUE;
    /* the target may be followed by its explanation (社会成本 | 无明显社会成本
     * | 按实际完成比例计分) or by the year's target after the half year's
     * or a mid-term one (社会成本 | 阶段性完成 | 无明显社会成本), nothing
     * else */
    gboolean year_after = FALSE;
    for (guint k = i + 3; k < row->cells->len; k++) {
        jx_role r = header_role(header, ((const jx_pcell *)row->cells->pdata[k])->col);
        year_after |= year_target_after_other(header, after, r);
        if (!closes_row(r) && !year_target_after_other(header, after, r))
            return TRUE;
    }
    jx_role named = header_role(header, next->col), under = header_role(header, after->col);
    /* a text target spanning the operator, value and unit columns starts
     * under the operator's header; a mid-term one before the year's is a
     * target too */
    gboolean target = under == JX_ROLE_VALUE || under == JX_ROLE_HALF_VALUE ||
                      under == JX_ROLE_OP || under == JX_ROLE_HALF_OP ||
                      (under == JX_ROLE_OTHER && year_after);
    /* (a layout dump may set the names' header word a column or more right
     * of the names, over no cell, leaving the names' own columns unnamed) */
    if (named == JX_ROLE_NONE && named_right_of_unnamed(header, next->col) == JX_ROLE_NAME)
        named = JX_ROLE_NAME;
    return named != JX_ROLE_NAME || !target;
}

/* Records how the aligned cells moved: by one offset for all, or not. */
static void note_movement(built_row *b, const jx_header *header, const GPtrArray *cells,
                          const jx_role *assign)
{
    gboolean first = TRUE;
    b->uniform = TRUE;
    for (guint i = 0; i < cells->len; i++) {
        const jx_pcell *c = cells->pdata[i];
        b->rightmost = MAX(b->rightmost, c->col);
        b->typed |= c->kind != JX_CK_TEXT && c->kind != JX_CK_LEVEL1 && c->kind != JX_CK_LEVEL2;
        if (assign[i] == JX_ROLE_NONE)
            continue;
        int moved = role_column(header, assign[i]) - c->col;
        if (first)
            b->offset = moved;
        else if (moved != b->offset)
            b->uniform = FALSE;
        first = FALSE;
    }
}

/* A cell merged over rows (an exact rowspan) keeps, in every row it covers,
 * the role it took in the row where it starts: `spans` maps the grid cell
 * to that role.  Records the roles of the cells that start spans here. */
static void record_spans(const GPtrArray *cells, const jx_role *assign, GHashTable *spans)
{
    for (guint i = 0; spans && i < cells->len; i++) {
        const jx_pcell *c = cells->pdata[i];
        if (!c->spanned && c->origin && jx_cell_rowspan(c->origin) > 1 && assign[i] != JX_ROLE_NONE)
            g_hash_table_replace(spans, (gpointer)c->origin, GINT_TO_POINTER(assign[i]));
    }
}

/* Builds a row.  `moves` (NULL: none; else `n_moves` entries, one per
 * column as found) moves each cell's column that far before the cells are
 * aligned, as if found there: a continued page laid out a column off (see
 * realign_parts); the row keeps the cells as found. */
static built_row *build_row_moved(const jx_header *header, const jx_prow *row, int offset,
                                  GHashTable *spans, const int *moves, int n_moves);

static built_row *build_row(const jx_header *header, const jx_prow *row, int offset,
                            GHashTable *spans)
{
    return build_row_moved(header, row, offset, spans, NULL, 0);
}

/* The thread's two lists of a row's cells while build_row_moved aligns
 * them (the cells kept, and their moved copies), emptied and used again
 * for every row rather than allocated per row. */
static GPrivate row_scratch = G_PRIVATE_INIT((GDestroyNotify)g_ptr_array_unref);

static GPrivate moved_scratch = G_PRIVATE_INIT((GDestroyNotify)g_ptr_array_unref);

static GPtrArray *scratch_cells(GPrivate *key)
{
    GPtrArray *cells = g_private_get(key);
    if (!cells) {
        cells = g_ptr_array_new();
        g_private_set(key, cells);
    }
    g_ptr_array_set_size(cells, 0);
    return cells;
}

/* How far `moves` (n entries) moves a cell found in column `col`. */
static int move_of(const int *moves, int n, int col)
{
    return col < 0 ? moves[0] : moves[MIN(col, n - 1)];
}

/* TRUE when cell `c`, under the 序号 column, is a row number with the
 * row's level-1 label run into it (`1 产出指标`): a browser prints a narrow
 * 序号 column with the label a space after the number, and where a page's
 * labels are written once (one row of the page holds its label) the
 * layout's columns cannot part the two, so the header's 序号 column takes
 * the 一级指标 one.  The cell is the row's level-1 label, its number read
 * off it when the record is written (emit_row). */
static gboolean is_number_run_into_level1(const jx_header *header, const built_row *b,
                                          const jx_pcell *c)
{
    if (c->col < 0 || c->col >= header->n_cols || header->roles[c->col] != JX_ROLE_SEQ ||
        b->by_role[JX_ROLE_SEQ] || b->by_role[JX_ROLE_LEVEL1] || !c->norm)
        return FALSE;
    const char *label = jx_trow_past_run_in_number(c->norm);
    return label != c->norm && jx_taxonomy_level1(label);
}

/* TRUE when the header names the unit of the full-year target's figures
 * (see jx_trow_header_unit). */
static gboolean header_names_value_unit(const jx_header *header)
{
    char *unit = jx_trow_header_unit(header, JX_ROLE_VALUE);
    gboolean names = unit != NULL;
    g_free(unit);
    return names;
}

/* A target set wider than its column in a form with no unit column spills
 * its last word into the 备注 column beside it (`≤2023 年 12 月 31` | `日`,
 * or a figure in full-width digits, each as wide as a Han character, and
 * its unit: `≤ ２７９０` | `元/平方米`): that piece, which alone would be
 * dropped as a remark, finishes the target and is read as the unit
 * column's piece is (see target_record).  A real remark (`暂定`,
 * `新增指标`) never makes a text target a number or date, nor is it the
 * unit of a bare figure (see jx_trow_adds_unit).  Under a header that
 * names the figures' unit (`全年指标值（%）`) a bare figure is whole, and a
 * unit word beside it is another column's (a scoring rule's wrapped `分`). */
static void keep_target_tail_from_remark(built_row *b, const jx_header *header,
                                         const GPtrArray *found, const jx_role *assign)
{
    const jx_pcell *value = b->by_role[JX_ROLE_VALUE];
    if (!value || !b->text[JX_ROLE_VALUE] || b->text[JX_ROLE_UNIT])
        return;
    for (guint i = 0; i < found->len; i++) {
        const jx_pcell *c = found->pdata[i];
        if (assign[i] != JX_ROLE_OTHER || c->col <= value->col || !c->norm)
            continue;
        if (completes_target(b->text[JX_ROLE_VALUE], c->norm) ||
            (jx_trow_adds_unit(b->text[JX_ROLE_VALUE], c->norm) &&
             !header_names_value_unit(header)))
            jx_trow_place_cell(b, JX_ROLE_UNIT, c);
        return; /* only the cell right after the target can be its tail */
    }
}

gboolean jx_trow_level1_or_its_opening(const char *norm)
{
    if (!norm || jx_header_is_rowhead(norm))
        return FALSE;
    if (jx_taxonomy_level1(norm))
        return TRUE;
    char *level1 = jx_taxonomy_label_headed(norm, 1);
    gboolean opens = level1 != NULL;
    g_free(level1);
    return opens;
}

/* TRUE when cell `c`, in the column of the table's row header (年度绩效指标)
 * but none of its words, is row `b`'s level-1 label: a browser that lays a
 * table out by its content sets a narrow level-1 cell's lines off to the
 * left on a continued page, where the row header printed nothing (the
 * merged cell's text stays on its first page), into that column's place
 * (`满意度指` / `标`).  A level-1 label or its opening only, on a row with
 * no level-1 label, in a table that has a level-1 column. */
static gboolean level1_in_rowhead_column(const jx_header *header, const built_row *b,
                                         const jx_pcell *c)
{
    return !c->rowhead && c->col >= 0 && c->col < header->n_cols &&
           header->roles[c->col] == JX_ROLE_ROWHEAD && !b->by_role[JX_ROLE_LEVEL1] &&
           table_has_role(header, JX_ROLE_LEVEL1) && jx_trow_level1_or_its_opening(c->norm);
}

/* A piece of a label in the header's third label column (see
 * third_label_column) that alignment read as a level-1 label (效益, a word
 * of either level, beside its row's figures: 社会 / 效益 / 指标 wrapped down
 * the rows of its group) is the level-2 label's, as the column's fragments
 * are (see third_level_fragment), when the row holds no level-2 label of
 * its own.  `cells` are the row's cells at the header's columns, `assign`
 * their roles (changed in place). */
static void third_level_pieces_as_level2(const jx_header *header, const GPtrArray *cells,
                                         jx_role *assign)
{
    int piece = -1;
    for (guint i = 0; i < cells->len; i++) {
        const jx_pcell *c = cells->pdata[i];
        if (assign[i] == JX_ROLE_LEVEL2)
            return;
        if (assign[i] == JX_ROLE_LEVEL1 && third_label_column(header, c->col) &&
            third_level_piece(c))
            piece = (int)i;
    }
    if (piece >= 0)
        assign[piece] = JX_ROLE_LEVEL2;
}

/* Row `cells` (at the header's columns once moved by `offset`), `assign`
 * their roles (changed in place): a self-evaluation's target and actual a
 * grid column left of their own on the row's line.  pdftotext -layout gives
 * each wide character one place of a line, so a line's figures drift by
 * the wide characters before them, and where the drift parts a grid
 * column of no role off the left of the target column, a row whose name
 * is wrapped round its line (none of it on the line) sets its target in
 * that column and its actual in the target column (`基层医疗卫生服务` /
 * `稳步提升 稳步提升 20 20.0` / `能力`).  Read by what they are, the target
 * took the name's slot and the actual the target's.  When the row's line
 * holds cells in that roleless column and in the target column, none in
 * the name's or the actual's, and its weight, they are its target and its
 * actual. */
static void target_pair_left_of_columns(const jx_header *header, const GPtrArray *cells, int offset,
                                        jx_role *assign)
{
    /* (the actual's column first: a table without one is asked no more) */
    int value = role_column(header, JX_ROLE_ACTUAL) - 1;
    if (value < 1 || header->roles[value] != JX_ROLE_VALUE ||
        header->roles[value - 1] != JX_ROLE_NONE)
        return;
    int name = role_column(header, JX_ROLE_NAME);
    if (name < 0)
        return;
    int left = -1, in_value = -1;
    gboolean weight = FALSE;
    for (guint i = 0; i < cells->len; i++) {
        int col = ((const jx_pcell *)cells->pdata[i])->col + offset;
        if (col == value + 1 || col == name)
            return;
        if (col == value - 1)
            left = (int)i;
        else if (col == value)
            in_value = (int)i;
        weight |= assign[i] == JX_ROLE_WEIGHT;
    }
    if (left < 0 || in_value != left + 1 || !weight)
        return;
    assign[left] = JX_ROLE_VALUE;
    assign[in_value] = JX_ROLE_ACTUAL;
}

static built_row *build_row_moved(const jx_header *header, const jx_prow *row, int offset,
                                  GHashTable *spans, const int *moves, int n_moves)
{
    built_row *b = jx_trow_built_row_new();
    b->source = row;
    if (row->guessed)
        add_flag(b, "stream-ambiguous");
    b->line = row->line;
    b->page = row->page;
    b->page_start = row->page_start;
    b->reheaded = row->reheaded;
    b->header_above = row->reheaded;
    b->first_line = b->last_line = b->cells_first_line = row->line;
    /* The table-wide row header (年度绩效指标) is a label of the whole table,
     * not of any row: leave it out before aligning. */
    jx_prow kept = {.cells = scratch_cells(&row_scratch), .line = row->line};
    for (guint i = 0; i < row->cells->len; i++) {
        jx_pcell *c = row->cells->pdata[i];
        if (c->rowhead)
            continue;
        if (heads_empty_group(header, row, i)) {
            add_flag(b, "empty-group-label");
            continue;
        }
        gpointer known = c->spanned && spans ? g_hash_table_lookup(spans, c->origin) : NULL;
        if (known) {
            jx_trow_place_cell(b, GPOINTER_TO_INT(known), c);
            continue;
        }
        g_ptr_array_add(kept.cells, c);
    }
    /* moved, align copies at the header's columns; place the cells */
    GPtrArray *found = kept.cells;
    jx_pcell *copies = NULL;
    if (moves) {
        copies = g_new(jx_pcell, found->len + 1);
        kept.cells = scratch_cells(&moved_scratch);
        for (guint i = 0; i < found->len; i++) {
            copies[i] = *(const jx_pcell *)found->pdata[i];
            copies[i].col += move_of(moves, n_moves, copies[i].col);
            g_ptr_array_add(kept.cells, &copies[i]);
        }
    }
    jx_role *assign = g_new0(jx_role, kept.cells->len + 1);
    gboolean taken[JX_ROLE_COUNT];
    for (int r = 0; r < JX_ROLE_COUNT; r++)
        taken[r] = b->by_role[r] != NULL; /* by a merged cell from above */
    b->shifted = jx_align_row_offset(header, &kept, offset, taken, assign);
    third_level_pieces_as_level2(header, kept.cells, assign);
    target_pair_left_of_columns(header, kept.cells, offset, assign);
    note_movement(b, header, kept.cells, assign);
    if (moves && found->len) { /* in the columns as found */
        b->rightmost = 0;
        for (guint i = 0; i < found->len; i++)
            b->rightmost = MAX(b->rightmost, ((const jx_pcell *)found->pdata[i])->col);
    }
    for (guint i = 0; i < found->len; i++)
        if (assign[i] != JX_ROLE_NONE)
            jx_trow_place_cell(b, assign[i], found->pdata[i]);
    for (guint i = 0; i < found->len; i++)
        if ((assign[i] == JX_ROLE_ROWHEAD || assign[i] == JX_ROLE_NONE) &&
            level1_in_rowhead_column(header, b, found->pdata[i])) {
            assign[i] = JX_ROLE_LEVEL1;
            jx_trow_place_cell(b, JX_ROLE_LEVEL1, found->pdata[i]);
        }
    keep_target_tail_from_remark(b, header, found, assign);
    record_spans(found, assign, spans);
    /* only once the row is placed: a rescue must not take a role that a
     * cell placed by order fills */
    for (guint i = 0; i < found->len; i++) {
        if (assign[i] != JX_ROLE_NONE)
            continue;
        const jx_pcell *c = found->pdata[i];
        /* a cell no slot took in a label column is the rest of the label
         * above it, whatever it reads as alone (`服务对象满意` / `度`, the
         * unit of degrees) */
        jx_role own = column_role(header, c);
        jx_role r = is_label_role(own) && !b->by_role[own] ? own : rescue_role(c->kind, b);
        if (r == JX_ROLE_NONE && is_number_run_into_level1(header, b, c))
            r = JX_ROLE_LEVEL1;
        if (r == JX_ROLE_NONE)
            b->junk = TRUE;
        else
            jx_trow_place_cell(b, r, c);
    }
    set_label_lines(b);
    g_free(assign);
    g_free(copies);
    return b;
}

/* TRUE when row `b` is plain text (see plain_text_row) on one line, no cell
 * of several lines: in a layout dump or a text table it may be the top
 * line of a taller row, its work item centred on the line below
 * (`群众生产生活条件 | 按照项目实施方案要` / `加强非物质文化遗产保护传承 |
 * 求持续改善`), and its move is a guess.  A row of whole cells (a PDF's
 * ruled cells, wrapped inside) is no such piece: it keeps the move its
 * alignment found. */
static gboolean plain_text_line(const built_row *b)
{
    const GPtrArray *cells = b->source->cells;
    for (guint i = 0; i < cells->len; i++)
        if (strchr(((const jx_pcell *)cells->pdata[i])->raw, '\n'))
            return FALSE;
    return plain_text_row(b);
}

/* TRUE when a cell of row `b` other than its row number is more than plain
 * text: it says what it is (a figure, a label), so its column shows where
 * the row moved (and the row is no plain text, plain_text_row).  A row
 * number alone does not show a block's move: a browser's print sets
 * two-digit numbers a space or two right of one-digit ones (`  24` under
 * `1`), a grid column off, while the row's name and text target
 * (`工作任务完成及时性 | 按计划完成`) stay in their columns. */
static gboolean shows_move_past_row_number(const built_row *b)
{
    const GPtrArray *cells = b->source->cells;
    for (guint i = 0; i < cells->len; i++) {
        const jx_pcell *c = cells->pdata[i];
        if (c != b->by_role[JX_ROLE_SEQ] && c->kind != JX_CK_TEXT && c->kind != JX_CK_EMPTY)
            return TRUE;
    }
    return FALSE;
}

/* A row whose cells all moved by one offset, the same as row `j`'s, and
 * that shows it by more than its row number. */
static gboolean moved_as_block(const built_row *b)
{
    return b->shifted && b->uniform && b->offset != 0 && !b->junk &&
           b->source->cells->len >= 2 && shows_move_past_row_number(b);
}

/* TRUE when row `b`, not shifted, holds nothing but text in the label
 * columns, each cell placed as its own column's label: a line of narrow
 * label columns stacked a piece a line (`指 | 量`, see jx_align_row), no
 * block moved a column off. */
static gboolean label_pieces_in_place(const built_row *b, const jx_header *header)
{
    const GPtrArray *cells = b->source->cells;
    if (b->shifted || !cells->len)
        return FALSE;
    for (guint i = 0; i < cells->len; i++) {
        const jx_pcell *c = cells->pdata[i];
        jx_role r = column_role(header, c);
        if (c->kind != JX_CK_TEXT || !is_label_role(r) || b->by_role[r] != c)
            return FALSE;
    }
    return TRUE;
}

/*
 * Converters shift whole blocks of rows: from a page break on, every row
 * may stand a column to the left.  A row of numbers shows its shift; a row
 * of text only (`资产管理制度健全性 | 健全 | 健全`) fits the header as laid out,
 * or moved as far as its cells fitted (a line of plain text, see
 * plain_text_line), and would be read wrong, and a row whose label could
 * be either level (`人员管理 | 在职人员控制率 | =100%`) may split its cells
 * between offsets.
 * Such a row takes the offset of the nearest row around it that shows one
 * and ends in the same column — when nothing with that ending in between
 * was read as laid out, and when every cell then sits where that offset
 * puts it.
 */
static void realign_blocks(GPtrArray *all, const jx_ptable *table, GHashTable *spans)
{
    guint n = all->len;
    for (guint i = 0; i < n; i++) {
        built_row *b = all->pdata[i];
        gboolean unsure = b->shifted ? !b->uniform || plain_text_line(b) : !b->typed;
        if (!unsure || b->source->cells->len < 2 || label_pieces_in_place(b, table->header))
            continue;
        const built_row *with = NULL;
        for (int dir = -1; dir <= 1 && !with; dir += 2)
            for (gint64 j = (gint64)i + dir; j >= 0 && j < n; j += dir) {
                const built_row *o = all->pdata[j];
                if (o->source->cells->len < 2 || o->rightmost != b->rightmost)
                    continue;
                if (moved_as_block(o))
                    with = o;
                if ((o->typed && !o->shifted) || with)
                    break;
            }
        if (!with)
            continue;
        built_row *again = build_row(table->header, b->source, with->offset, spans);
        /* a known label keeps its level: a level-1 label the row holds in
         * the level-1 column stays there, a known level-2 label never becomes
         * a level-1; only a label that can be either (人员管理) moves with the
         * block */
        const jx_pcell *l1 = b->by_role[JX_ROLE_LEVEL1], *now = again->by_role[JX_ROLE_LEVEL1];
        gboolean keeps_level = (!l1 || l1->kind != JX_CK_LEVEL1 || now) &&
                               (!now || now->kind != JX_CK_LEVEL2);
        /* every row has a name: in a text dump of printed pages, an offset
         * that sends the one the row read as laid out into another slot (a
         * work item's, merged over rows and left empty here) is no shift of
         * this row.  The dump gives each character one place, so a row
         * without a work item sets its figures a column right of the others
         * while its name stays in its column (`农村危房改造户数（以批复为准） |
         * = | 560 | 户`), the same ending as a block moved left further down.
         * (A PDF read directly places its cells by its own geometry, where
         * such a row may be a moved one's: wkhtml-web dept f0059 lost rows.) */
        gboolean keeps_name = !table->page_dump || !b->by_role[JX_ROLE_NAME] ||
                              again->by_role[JX_ROLE_NAME];
        if (!again->junk && again->uniform && again->offset == with->offset && keeps_level &&
            keeps_name) {
            all->pdata[i] = again;
            built_row_free(b);
        } else {
            built_row_free(again);
        }
    }
}

/* The end (exclusive) of the part (page) of `all` that starts at row a. */
static guint part_end(const GPtrArray *all, guint a)
{
    guint b = a + 1;
    while (b < all->len && !((const built_row *)all->pdata[b])->page_start)
        b++;
    return b;
}

/* Columns rows all[a, b) reach. */
static int part_width(const GPtrArray *all, guint a, guint b)
{
    int width = 0;
    for (guint i = a; i < b; i++)
        width = MAX(width, ((const built_row *)all->pdata[i])->rightmost + 1);
    return width;
}

/* votes[c * (n_cols + 1) + h]: cells of part column c that rows all[a, b)
 * placed in header column h, skipping rows where `skip` is set (may be
 * NULL) and, when `evident`, cells that do not say what they are (see
 * self_evident); `total[c]` (may be NULL) counts them per column.  New
 * array of width × (n_cols + 1) entries. */
static int *part_votes(const GPtrArray *all, guint a, guint b, const jx_header *header, int width,
                       const gboolean *skip, gboolean evident, int *total)
{
    int *votes = g_new0(int, (gsize)(width + 1) * (header->n_cols + 1));
    for (guint i = a; i < b; i++) {
        const built_row *r = all->pdata[i];
        if (skip && skip[i])
            continue;
        for (int role = 0; role < JX_ROLE_COUNT; role++) {
            const jx_pcell *c = r->by_role[role];
            int h = c ? role_column(header, role) : -1;
            if (h < 0 || c->col >= width || (evident && !self_evident(c)))
                continue;
            votes[c->col * (header->n_cols + 1) + h]++;
            if (total)
                total[c->col]++;
        }
    }
    return votes;
}

/* Cells of a part column that must agree on the header column they went to
 * before the column counts as known (an anchor). */
#define ANCHOR_MIN_CELLS 2

#define ANCHOR_SHARE 0.9

/* TRUE when `v` of a part column's `total` evident cells went to one header
 * column: ANCHOR_MIN_CELLS of them and ANCHOR_SHARE of the column's. */
static gboolean is_anchor(int v, int total)
{
    return v >= ANCHOR_MIN_CELLS && v >= ANCHOR_SHARE * total;
}

/* How far every anchor of a part moved (see realign_parts), 0 when none
 * did, when they disagree, or when the move would put a column outside
 * the header (a page with an extra column is left to alignment).  A part
 * whose first `leftmost` columns hold no cell of a row may move left by as
 * many (see realign_parts for when it does). */
static int anchors_shift(const int *votes, const int *total, int width, const jx_header *h)
{
    int shift = 0;
    gboolean anchored = FALSE;
    for (int c = 0; c < width; c++)
        for (int hc = 0; hc < h->n_cols; hc++) {
            int v = votes[c * (h->n_cols + 1) + hc];
            if (!is_anchor(v, total[c]))
                continue;
            if (anchored && hc - c != shift)
                return 0;
            shift = hc - c;
            anchored = TRUE;
        }
    return shift;
}

/* Cells of a part column that must mostly go to one header column before
 * the column follows them off a header column of no role (see
 * roleless_column_moves): more than half of them, and this many. */
#define MAJORITY_MIN_CELLS 2

/* The header column most of part column `c`'s evident cells went to
 * (more than half of them, MAJORITY_MIN_CELLS at least), -1 when none. */
static int majority_column(const int *votes, const int *total, int c, const jx_header *h)
{
    for (int hc = 0; hc < h->n_cols; hc++) {
        int v = votes[c * (h->n_cols + 1) + hc];
        if (v >= MAJORITY_MIN_CELLS && 2 * v > total[c])
            return hc;
    }
    return -1;
}

/* TRUE when no row of all[a, b) holds a cell in both part columns c1 and
 * c2: one column of the page the layout parted in two (a column of
 * targets some of whose lines start a grid column left of the rest). */
static gboolean columns_never_share_row(const GPtrArray *all, guint a, guint b, int c1, int c2)
{
    for (guint i = a; i < b; i++) {
        const GPtrArray *cells = ((const built_row *)all->pdata[i])->source->cells;
        gboolean in1 = FALSE, in2 = FALSE;
        for (guint k = 0; k < cells->len; k++) {
            int col = ((const jx_pcell *)cells->pdata[k])->col;
            in1 |= col == c1;
            in2 |= col == c2;
        }
        if (in1 && in2)
            return FALSE;
    }
    return TRUE;
}

/*
 * A page continued without its header, laid out anew by a browser that
 * sizes its columns by their text, may part its value columns otherwise
 * than the header's page: a half-year table's page sets its 半年 and 全年
 * targets in two columns side by side where the header's page kept an
 * operator column of no role between them.  Moved with the anchors, the
 * 全年 column lands on that column of no role, and a row that fills it
 * alone (its half-year target left blank) is aligned by order: its target
 * went to the first value slot, the half-year one.  Such a column, most of
 * whose cells that say what they are went to one header column (the rows
 * that fill both), moves there instead, while the columns keep their
 * order.  On the header's own page (`all` given, rows all[a, b)) it may
 * also join the column left of it where no row fills both: a layout that
 * parted one column of targets in two (see columns_never_share_row).  A
 * page laid out anew (`all` NULL) does not: its columns follow its
 * anchors, and a join there moved some of its parted columns and left
 * the rest (an operators' column the header's put a column off) where
 * alignment no longer read its rows as moved.  `moves` (width + 1
 * entries, NULL: none yet, all by `shift`) is changed or made; returns
 * it, NULL when nothing moves.
 */
static int *roleless_column_moves(int *moves, const int *votes, const int *total, int width,
                                  int shift, const jx_header *h, const GPtrArray *all, guint a,
                                  guint b)
{
    gboolean made = moves == NULL, any = FALSE;
    if (made) {
        moves = g_new(int, width + 1);
        for (int c = 0; c <= width; c++)
            moves[c] = shift;
    }
    for (int c = 0; c < width; c++) {
        int to = c + moves[c], hc = majority_column(votes, total, c, h);
        if (to < 0 || to >= h->n_cols || h->roles[to] != JX_ROLE_NONE || hc < 0 || hc == to ||
            h->roles[hc] == JX_ROLE_NONE)
            continue;
        int prev = c > 0 ? c - 1 + moves[c - 1] : -1;
        int next = c + 1 < width ? c + 1 + moves[c + 1] : h->n_cols;
        /* the columns keep their order; on the header's page the column
         * left of it may take it in where no row fills both */
        if (hc < prev || hc >= next ||
            (hc == prev && (!all || !columns_never_share_row(all, a, b, c - 1, c))))
            continue;
        moves[c] = hc - c;
        any = TRUE;
    }
    if (made && !any)
        g_clear_pointer(&moves, g_free);
    return moves;
}

/* (anchors_shift: the anchors' move alone, the header's bounds aside.) */
static int part_shift(const int *votes, const int *total, int width, int leftmost,
                      const jx_header *h)
{
    int shift = anchors_shift(votes, total, width, h);
    return leftmost + shift >= 0 && width - 1 + shift < h->n_cols ? shift : 0;
}

/* How the level labels of rows all[a, b) (cells that read as a level-1 or
 * level-2 label) stand in the header's label columns once moved by `shift`
 * columns: each in a label column counts one, a level-2 label (社会效益指标,
 * which no level-1 label reads as) in the level-1 column takes one off. */
static int labels_in_label_columns(const GPtrArray *all, guint a, guint b, const jx_header *h,
                                   int shift, int *misplaced)
{
    int fit = 0;
    *misplaced = 0;
    for (guint i = a; i < b; i++) {
        const GPtrArray *cells = ((const built_row *)all->pdata[i])->source->cells;
        for (guint k = 0; k < cells->len; k++) {
            const jx_pcell *c = cells->pdata[k];
            int col = c->col + shift;
            if ((c->kind != JX_CK_LEVEL1 && c->kind != JX_CK_LEVEL2) || col < 0 ||
                col >= h->n_cols)
                continue;
            if (c->kind == JX_CK_LEVEL2 && h->roles[col] == JX_ROLE_LEVEL1)
                (*misplaced)++;
            else if (h->roles[col] == JX_ROLE_LEVEL1 || h->roles[col] == JX_ROLE_LEVEL2)
                fit++;
        }
    }
    return fit;
}

/* The column of the leftmost cell in rows all[a, b) (as found), the
 * table-wide row header aside: a page may set its 年度绩效指标 (wrapped,
 * centred on the table) in a column of its own left of the labels, which
 * no row's cell goes to (see build_row).  `*head` (may be NULL) gets the
 * row header's leftmost column, G_MAXINT when the rows hold none. */
static int part_leftmost(const GPtrArray *all, guint a, guint b, int *head)
{
    int left = G_MAXINT, rowhead = G_MAXINT;
    for (guint i = a; i < b; i++) {
        const GPtrArray *cells = ((const built_row *)all->pdata[i])->source->cells;
        for (guint k = 0; k < cells->len; k++) {
            const jx_pcell *c = cells->pdata[k];
            if (c->rowhead)
                rowhead = MIN(rowhead, c->col);
            else
                left = MIN(left, c->col);
        }
    }
    if (head)
        *head = rowhead;
    return left == G_MAXINT ? 0 : left;
}

/* TRUE when rows all[a, b) hold the table's row header in a column left
 * of every other cell of theirs. */
static gboolean rowhead_column(const GPtrArray *all, guint a, guint b)
{
    int head;
    int left = part_leftmost(all, a, b, &head);
    return head < left;
}

/* Cells of rows all[a, b) found in column `col`, the row header aside;
 * `*passing` (may be NULL) gets how many of them pass `test` (asked with
 * their row's cells): the count the column tests below share. */
static int column_cells_passing(const GPtrArray *all, guint a, guint b, int col,
                                gboolean (*test)(const GPtrArray *row, const jx_pcell *c),
                                int *passing)
{
    int n = 0, p = 0;
    for (guint i = a; i < b; i++) {
        const GPtrArray *cells = ((const built_row *)all->pdata[i])->source->cells;
        for (guint k = 0; k < cells->len; k++) {
            const jx_pcell *c = cells->pdata[k];
            if (c->col != col || c->rowhead)
                continue;
            n++;
            p += test(cells, c);
        }
    }
    if (passing)
        *passing = p;
    return n;
}

/* Whether cell c reads as a level label (its row aside). */
static gboolean is_level_label_cell(const GPtrArray *row, const jx_pcell *c)
{
    (void)row;
    return c->kind == JX_CK_LEVEL1 || c->kind == JX_CK_LEVEL2;
}

/* Cells of rows all[a, b) found in column `col`, the row header aside;
 * `*labels` (may be NULL) gets how many of them read as level labels. */
static int cells_in_column(const GPtrArray *all, guint a, guint b, int col, int *labels)
{
    return column_cells_passing(all, a, b, col, is_level_label_cell, labels);
}

/* How far each of the `width` columns of the part all[a, b) moves: all
 * by `shift` (its anchors', see part_shift), but a column of work items
 * that would land in a level column goes on into the work items' column
 * when the part's column right of it holds nothing: a page laid out anew
 * takes its columns' places from the page before, and a column none of
 * its rows fills stood where the page set its work items (a department's
 * 履职 column, `加强特种设备安全监察`, read as level-2 labels).  NULL when
 * nothing moves. */
static int *part_moves(const GPtrArray *all, guint a, guint b, const jx_header *h, int width,
                       int shift)
{
    int *moves = g_new(int, width + 1);
    gboolean any = shift != 0;
    for (int c = 0; c <= width; c++)
        moves[c] = shift;
    for (int c = 0; c + 1 < width; c++) {
        int to = c + shift, labels;
        if (to < 0 || to + 1 >= h->n_cols ||
            (h->roles[to] != JX_ROLE_LEVEL1 && h->roles[to] != JX_ROLE_LEVEL2) ||
            h->roles[to + 1] != JX_ROLE_TASK || cells_in_column(all, a, b, c, &labels) == 0 ||
            labels > 0 || cells_in_column(all, a, b, c + 1, NULL) > 0)
            continue;
        moves[c] = shift + 1;
        any = TRUE;
    }
    if (!any)
        g_clear_pointer(&moves, g_free);
    return moves;
}

/* Level labels of rows all[a, b) that `moves` (see part_moves) puts in a
 * level column of the header; a level-2 label it puts in the level-1
 * column counts `level2_on_level1` (+1 like any other, or -1 where no
 * level-1 label reads as 社会效益指标: a move that does so is wrong). */
static int labels_in_level_columns(const GPtrArray *all, guint a, guint b, const jx_header *h,
                                   const int *moves, int width, int level2_on_level1)
{
    int fit = 0;
    for (guint i = a; i < b; i++) {
        const GPtrArray *cells = ((const built_row *)all->pdata[i])->source->cells;
        for (guint k = 0; k < cells->len; k++) {
            const jx_pcell *c = cells->pdata[k];
            int col = c->col + move_of(moves, width, c->col);
            if ((c->kind != JX_CK_LEVEL1 && c->kind != JX_CK_LEVEL2) || c->rowhead || col < 0 ||
                col >= h->n_cols)
                continue;
            if (c->kind == JX_CK_LEVEL2 && h->roles[col] == JX_ROLE_LEVEL1)
                fit += level2_on_level1;
            else if (h->roles[col] == JX_ROLE_LEVEL1 || h->roles[col] == JX_ROLE_LEVEL2)
                fit++;
        }
    }
    return fit;
}

/* How far each of the `width` columns of the part all[a, b) moves when its
 * anchors moved `shift` columns left, past the header's first column: a
 * layout dump lays a continued page out afresh, line by line, and lines
 * whose labels stand a column right of the others' (效益指标 | 经济效益指标
 * right of 产出指标 | 质量指标) give the page a label column more than the
 * header has.  When every cell of the page's columns that would land left
 * of the header or in its level columns is a level label, those that
 * would land left of the header go to its first, the
 * level-1 column, and the rest move with the anchors: the page's labels
 * then stand in the header's two level columns, in their lines' order, and
 * alignment reads each by what it is (a level-1 or a level-2 label).  NULL
 * when the page is no such page, or its labels stand no better so. */
static int *label_overhang_moves(const GPtrArray *all, guint a, guint b, const jx_header *h,
                                 int width, int shift)
{
    int left = part_leftmost(all, a, b, NULL);
    if (shift >= 0 || left + shift >= 0 || width - 1 + shift >= h->n_cols || h->n_cols == 0 ||
        h->roles[0] != JX_ROLE_LEVEL1)
        return NULL;
    /* the page's label columns, through the one the anchors' move takes
     * to the level-2 column, hold level labels alone: more label columns
     * than the header's, not a page whose values took a column more */
    int l2 = role_column(h, JX_ROLE_LEVEL2);
    if (l2 < 0)
        return NULL;
    for (int c = left; c < width && c + shift <= l2; c++) {
        int labels, n = cells_in_column(all, a, b, c, &labels);
        if (labels < n)
            return NULL;
    }
    int *moves = g_new(int, width + 1);
    for (int c = 0; c <= width; c++)
        moves[c] = MAX(shift, -c);
    int zero[1] = {0};
    if (labels_in_level_columns(all, a, b, h, moves, width, 1) <=
        labels_in_level_columns(all, a, b, h, zero, 1, 1))
        g_clear_pointer(&moves, g_free);
    return moves;
}

/* Which level cell `c` is a line of, by its text: 1 or 2 when it is a
 * level label, or opens one, of that level alone (`满意` of 满意度指标,
 * `生态` of 生态效益指标); 0 when it says nothing (`指标`, `标`, a piece of
 * either level, `成本`) or is no label's. */
static int label_line_level(const jx_pcell *c)
{
    if (!c->norm || c->rowhead)
        return 0;
    gboolean one = c->kind == JX_CK_LEVEL1 || jx_taxonomy_opens_label(c->norm, 1);
    gboolean two = c->kind == JX_CK_LEVEL2 || jx_taxonomy_opens_label(c->norm, 2);
    return one == two ? 0 : one ? 1 : 2;
}

/* Whether cell c is a level label or a line of one a narrow column
 * wrapped (`可持`, `续影`, `指标`, `标`): a label column's cell. */
static gboolean is_label_line_cell(const GPtrArray *row, const jx_pcell *c)
{
    (void)row;
    return c->kind == JX_CK_LEVEL1 || c->kind == JX_CK_LEVEL2 ||
           (c->norm && (jx_taxonomy_label_piece(c->norm) || jx_taxonomy_label_word(c->norm)));
}

/* Cells of rows all[a, b) that `moves` puts in the header's column of
 * their own level (label_line_level), less those it puts in the other
 * level's column. */
static int label_lines_on_their_level(const GPtrArray *all, guint a, guint b,
                                      const jx_header *h, const int *moves, int width)
{
    int fit = 0;
    for (guint i = a; i < b; i++) {
        const GPtrArray *cells = ((const built_row *)all->pdata[i])->source->cells;
        for (guint k = 0; k < cells->len; k++) {
            const jx_pcell *c = cells->pdata[k];
            int level = label_line_level(c), col = c->col + move_of(moves, width, c->col);
            if (!level || col < 0 || col >= h->n_cols)
                continue;
            jx_role role = h->roles[col];
            if (role == JX_ROLE_LEVEL1 || role == JX_ROLE_LEVEL2)
                fit += (role == JX_ROLE_LEVEL1) == (level == 1) ? 1 : -1;
        }
    }
    return fit;
}

/*
 * How far each of the `width` columns of the part all[a, b) moves when its
 * anchors moved `shift` columns left, past the header's first column by
 * one, and its label columns hold level labels and the lines of labels
 * a narrow column wrapped (`生态` / `环境` / `成本` / `指标`): a layout
 * dump lays a continued page out afresh, line by line, and a label column
 * whose lines start a character apart (`经济` under `成本` a column left of
 * `生态`) parts in two, a grid column more than the header left of the
 * anchors (writer-pdf-layout bureau: 成本/指标 | 经济 | 生态 over the
 * names).  The one pair of neighbouring label columns no row fills both of
 * (columns_never_share_row) is joined: the columns up to its left one keep
 * their place, the rest move with the anchors.  Of the pairs, the one
 * that puts the most label lines of one level alone (label_line_level) in
 * that level's column, more than any other pair, and more than none; NULL
 * when no pair does so, or the page is no such page (label_overhang_moves
 * reads a page of whole labels so parted).
 */
static int *parted_edge_label_moves(const GPtrArray *all, guint a, guint b, const jx_header *h,
                                    int width, int shift)
{
    int left = part_leftmost(all, a, b, NULL);
    int l1 = role_column(h, JX_ROLE_LEVEL1), l2 = role_column(h, JX_ROLE_LEVEL2);
    if (shift >= 0 || left + shift != -1 || l1 != 0 || l2 != 1 ||
        width - 1 + shift >= h->n_cols)
        return NULL;
    /* the page's label columns, through the one the anchors' move takes to
     * the level-2 column, hold label lines alone */
    for (int c = left; c < width && c + shift <= l2; c++) {
        int lines, n = column_cells_passing(all, a, b, c, is_label_line_cell, &lines);
        if (n == 0 || lines < n)
            return NULL;
    }
    int *best = NULL, best_fit = 0;
    gboolean tie = FALSE;
    for (int pair = left; pair + shift + 1 <= l2; pair++) {
        if (!columns_never_share_row(all, a, b, pair, pair + 1))
            continue;
        int *moves = g_new(int, width + 1);
        for (int c = 0; c <= width; c++)
            moves[c] = c <= pair ? shift + 1 : shift;
        int fit = label_lines_on_their_level(all, a, b, h, moves, width);
        if (!best || fit > best_fit) {
            g_free(best);
            best = moves;
            best_fit = fit;
            tie = FALSE;
        } else {
            tie = tie || fit == best_fit;
            g_free(moves);
        }
    }
    int zero[1] = {0};
    if (best && (tie || best_fit <= label_lines_on_their_level(all, a, b, h, zero, 1)))
        g_clear_pointer(&best, g_free);
    return best;
}

/* The moves of row `row` on a page whose label columns overhang the
 * header's (see label_overhang_moves): its level labels among the page's
 * label columns (those `moves` takes to the header's level columns) go by
 * the row, as the dump set them: two go to the level-1 and the level-2
 * column in their order; a level-2 label alone (社会效益指标, which no
 * level-1 reads as) to the level-2 column, wherever the line set it; else
 * each cell moves as its column does (a word of either level, 成本, keeps
 * its column's evidence).  New array. */
static int *row_label_moves(const jx_prow *row, const int *moves, int width, const jx_header *h)
{
    int *own = g_memdup2(moves, sizeof(int) * (gsize)(width + 1));
    int l1 = role_column(h, JX_ROLE_LEVEL1), l2 = role_column(h, JX_ROLE_LEVEL2);
    const jx_pcell *labels[2] = {NULL, NULL};
    int n = 0;
    for (guint k = 0; k < row->cells->len && l1 >= 0 && l2 > l1; k++) {
        const jx_pcell *c = row->cells->pdata[k];
        if (c->rowhead || c->col < 0 || c->col >= width || c->col + moves[c->col] > l2 ||
            (c->kind != JX_CK_LEVEL1 && c->kind != JX_CK_LEVEL2))
            continue;
        if (n < 2)
            labels[n] = c;
        n++;
    }
    if (n == 2 && labels[0]->col < labels[1]->col) {
        own[labels[0]->col] = l1 - labels[0]->col;
        own[labels[1]->col] = l2 - labels[1]->col;
    } else if (n == 1 && labels[0]->kind == JX_CK_LEVEL2) {
        own[labels[0]->col] = l2 - labels[0]->col;
    }
    return own;
}

/* Whether a cell of rows all[a, b) answers `pred` (given `data`): the
 * scan the part tests below share. */
static gboolean any_cell_in_rows(const GPtrArray *all, guint a, guint b,
                                 gboolean (*pred)(const jx_pcell *c, const void *data),
                                 const void *data)
{
    for (guint i = a; i < b; i++) {
        const GPtrArray *cells = ((const built_row *)all->pdata[i])->source->cells;
        for (guint k = 0; k < cells->len; k++)
            if (pred(cells->pdata[k], data))
                return TRUE;
    }
    return FALSE;
}

/* Whether cell c stands in the columns up to *(const int *)last and is
 * neither a number nor a known level label. */
static gboolean other_than_number_or_label_left_of(const jx_pcell *c, const void *last)
{
    return c->col <= *(const int *)last && c->kind != JX_CK_INT && c->kind != JX_CK_LEVEL1 &&
           c->kind != JX_CK_LEVEL2;
}

/* Whether the cells of rows all[a, b) in the columns up to `last` are
 * numbers or known level labels only: a 序号 column, a level label run into
 * a row's number at most (`20 成本指标`).  Other text there (the pieces of
 * a label broken over its lines, `4 产` over `出`) is the page's labels
 * printed in that column, not a label column the page went without. */
static gboolean only_numbers_and_labels_left_of(const GPtrArray *all, guint a, guint b, int last)
{
    return !any_cell_in_rows(all, a, b, other_than_number_or_label_left_of, &last);
}

/* Whether the anchors (see anchors_shift) of a part of `width` columns
 * fall in two runs, the left ones moved by *left_shift and the right ones
 * by *left_shift + step (step 1: a page a column narrower between them,
 * -1: a column wider); sets *last_left to the last left anchor's column
 * and *first_right to the first right one's. */
static gboolean anchors_part_by(const int *votes, const int *total, int width, const jx_header *h,
                                int step, int *left_shift, int *last_left, int *first_right)
{
    int right_shift = 0;
    gboolean left = FALSE, right = FALSE;
    for (int c = 0; c < width; c++)
        for (int hc = 0; hc < h->n_cols; hc++) {
            int v = votes[c * (h->n_cols + 1) + hc];
            if (!is_anchor(v, total[c]))
                continue;
            if (!left || (!right && hc - c == *left_shift)) {
                *left_shift = hc - c;
                left = TRUE;
                *last_left = c;
            } else if (!right && hc - c == *left_shift + step) {
                right_shift = hc - c;
                right = TRUE;
                *first_right = c;
            } else if (!right || hc - c != right_shift) {
                return FALSE;
            }
        }
    return left && right;
}

/* How far each of the `width` columns of the part all[a, b) moves when the
 * columns up to `last_left` move by `left_shift` and the rest by one more
 * (anchors_part_by's two runs): a new array of width + 1, when so moved
 * the page's level labels stand in the header's level columns more often
 * than with every column moved by `kept` (its level-2 labels out of the
 * level-1 column) and no column leaves the header; NULL otherwise. */
static int *two_runs_if_labels_fit(const GPtrArray *all, guint a, guint b, const jx_header *h,
                                   int width, int last_left, int left_shift, int kept)
{
    int *moves = g_new(int, width + 1);
    for (int c = 0; c <= width; c++)
        moves[c] = c <= last_left ? left_shift : left_shift + 1;
    int same[1] = {kept};
    gboolean better = labels_in_level_columns(all, a, b, h, moves, width, -1) >
                      labels_in_level_columns(all, a, b, h, same, 1, -1);
    for (int c = 0; c < width && better; c++)
        better = c + moves[c] >= 0 && c + moves[c] < h->n_cols;
    if (!better)
        g_clear_pointer(&moves, g_free);
    return moves;
}

/* How far each of the `width` columns of the part all[a, b) moves when its
 * anchors (see anchors_shift) disagree by one column, the left ones (the
 * 序号) where the header has them and the right ones (the figures) a
 * column right of that: a layout dump lays a continued page out afresh,
 * and a page with no text in a label column (the level-1 cells merged over
 * the page before's rows print their text there) is a column narrower
 * than the header between them (a header of a level-1 and a level-2
 * column: with one label column, as 指标类型, the page has nothing to lose
 * but its only labels, and a gap there is the header's own).  The columns
 * up to the last left anchor, numbers and labels only in them (see
 * only_numbers_and_labels_left_of), move with the left anchors, the
 * others with the right ones, when the page's level labels then stand in
 * the header's level columns more often (its level-2 labels out of the
 * level-1 column); else NULL.  Left to
 * alignment, a row whose target says nothing of its column (及时, a date
 * with no figure before it) read its name as the level-2 label and its
 * target as the name. */
static int *lost_label_column_moves(const GPtrArray *all, guint a, guint b, const jx_header *h,
                                    const int *votes, const int *total, int width)
{
    int left_shift = 0, last_left = -1, first_right = -1;
    gboolean parted =
        anchors_part_by(votes, total, width, h, 1, &left_shift, &last_left, &first_right);
    /* a column at least between the two: the page's labels */
    if (!parted || first_right - last_left < 2 ||
        !table_has_role(h, JX_ROLE_LEVEL1) || !table_has_role(h, JX_ROLE_LEVEL2) ||
        !only_numbers_and_labels_left_of(all, a, b, last_left))
        return NULL;
    return two_runs_if_labels_fit(all, a, b, h, width, last_left, left_shift, left_shift);
}

/* How far each of the `width` columns of the part all[a, b) moves when its
 * anchors (see anchors_shift) disagree by one column the other way from
 * lost_label_column_moves: the right ones (the figures) a column left of
 * where the left ones (the 序号) put them.  A layout dump lays a continued
 * page out anew, and a row whose 序号 has two digits pushes its narrow
 * label cells a character right: the page parts one label column in two,
 * a grid column more than the header between its anchors.  When every
 * column between the anchors holds cells, the one pair of neighbouring
 * columns there that no row fills both of (columns_never_share_row: one
 * column parted) and whose left one the left anchors take to a level
 * column is joined there: the columns up to it move with the left
 * anchors, the rest with the right ones.  NULL when there is no such pair, more than one, or a column
 * would leave the header.  Left to alignment, the page's names went to
 * the level-2 column and its targets lost their names. */
static int *parted_label_column_moves(const GPtrArray *all, guint a, guint b, const jx_header *h,
                                      const int *votes, const int *total, int width)
{
    int left_shift = 0, last_left = -1, first_right = -1, pair = -1;
    if (!anchors_part_by(votes, total, width, h, -1, &left_shift, &last_left, &first_right) ||
        !table_has_role(h, JX_ROLE_LEVEL1) || !table_has_role(h, JX_ROLE_LEVEL2))
        return NULL;
    /* every column between the anchors filled: a column the page left
     * empty there is the one it has more (a figure column drifted right) */
    for (int c = last_left + 1; c < first_right; c++)
        if (cells_in_column(all, a, b, c, NULL) == 0)
            return NULL;
    for (int c = last_left + 1; c + 1 < first_right; c++) {
        if (!columns_never_share_row(all, a, b, c, c + 1))
            continue;
        if (pair >= 0)
            return NULL;
        pair = c;
    }
    int to = pair + left_shift;
    if (pair < 0 || to < 0 || to >= h->n_cols ||
        (h->roles[to] != JX_ROLE_LEVEL1 && h->roles[to] != JX_ROLE_LEVEL2))
        return NULL;
    int *moves = g_new(int, width + 1);
    for (int c = 0; c <= width; c++)
        moves[c] = c <= pair ? left_shift : left_shift - 1;
    for (int c = 0; c < width; c++)
        if (c + moves[c] < 0 || c + moves[c] >= h->n_cols) {
            g_free(moves);
            return NULL;
        }
    return moves;
}

/* TRUE when `cells` (a row's) hold one right of column `col`. */
static gboolean cell_right_of(const GPtrArray *cells, int col)
{
    for (guint k = 0; k < cells->len; k++)
        if (((const jx_pcell *)cells->pdata[k])->col > col)
            return TRUE;
    return FALSE;
}

/* Whether cell c reads as a level-1 label with cells of its row right of
 * it (beside a name, not alone on its line). */
static gboolean is_level1_beside_row(const GPtrArray *row, const jx_pcell *c)
{
    return c->kind == JX_CK_LEVEL1 && cell_right_of(row, c->col);
}

/* Cells of rows all[a, b) in column `col` that read as a level-1 label
 * and as no level-2 one, beside their row's other cells; `*others` gets
 * the column's other cells, the row header aside.  A label alone on its
 * line (`成本指标` between its two rows) counts among the others: where
 * it stands says less of its rows than a label beside a name. */
static int level1_cells_in_column(const GPtrArray *all, guint a, guint b, int col, int *others)
{
    int level1, n = column_cells_passing(all, a, b, col, is_level1_beside_row, &level1);
    *others = n - level1;
    return level1;
}

/* A page continued without its header, laid out anew by a browser, sets
 * its level labels in columns as narrow as their text, where the header's
 * page may have kept a column of no role between the level-2 labels and
 * the names (三级指标 or 指标内容 centred over two of its grid columns):
 * moved with the page's names and figures, its level-1 column lands in the
 * header's level-2 column, and a 成本指标 there with no level-2 beside it
 * read as the level-2 under 产出指标.  The part's first column holding
 * anything, of level-1 labels alone beside their rows' names, that lands in
 * the level-2 column goes to the level-1 column just left of it (no column
 * of the part before it to pass).  Its level-2 labels stay where the
 * anchors put them: the label columns read them there as they did.
 * `moves` (width + 1 entries) is changed in place. */
static void level1_column_onto_level1(const GPtrArray *all, guint a, guint b, const jx_header *h,
                                      int *moves, int width)
{
    int others = 0, c = 0;
    while (c < width && level1_cells_in_column(all, a, b, c, &others) == 0 && others == 0)
        c++;
    if (c >= width || level1_cells_in_column(all, a, b, c, &others) == 0 || others > 0)
        return;
    int to = c + moves[c];
    if (to <= 0 || to >= h->n_cols || h->roles[to] != JX_ROLE_LEVEL2 ||
        h->roles[to - 1] != JX_ROLE_LEVEL1)
        return;
    moves[c]--;
}

/* The most characters of a wrapped label's piece (社会, 可持, 响指, 度) in
 * a narrow label column: a name is rarely so short, and a label column
 * wrapped a few characters a line holds nothing longer but whole labels. */
#define GAP_LABEL_PIECE_MAX_CHARS 3

/* Whether cell c is a level label, or a piece of Han text short enough to
 * be one's wrapped line (GAP_LABEL_PIECE_MAX_CHARS); its row aside. */
static gboolean is_label_or_piece_cell(const GPtrArray *row, const jx_pcell *c)
{
    (void)row;
    if (c->kind == JX_CK_LEVEL1 || c->kind == JX_CK_LEVEL2)
        return TRUE;
    if (c->kind != JX_CK_TEXT && c->kind != JX_CK_UNIT) /* (度 of 满意度 reads as a unit) */
        return FALSE;
    glong n = 0;
    for (const char *p = c->norm; p && *p; p = g_utf8_next_char(p), n++)
        if (g_unichar_get_script(g_utf8_get_char(p)) != G_UNICODE_SCRIPT_HAN)
            return FALSE;
    return n > 0 && n <= GAP_LABEL_PIECE_MAX_CHARS;
}

/* The header's column of no role between its level-2 column and its
 * names' (三级指标 centred right of the names under it leaves the names'
 * own grid column unnamed), or -1 when it has none. */
static int level2_name_gap(const jx_header *h)
{
    for (int g = 1; g + 1 < h->n_cols; g++)
        if (h->roles[g] == JX_ROLE_NONE && h->roles[g - 1] == JX_ROLE_LEVEL2 &&
            h->roles[g + 1] == JX_ROLE_NAME)
            return g;
    return -1;
}

/* A page continued without its header, laid out anew by a browser, has
 * no grid column for the header page's column of no role between the
 * level-2 labels and the names (level2_name_gap): moved with its names and
 * figures, every label column lands one header column right, its level-2
 * column in that gap and its level-1 column in the level-2's, and the
 * level-2 labels' pieces (社会 / 效益 / 指标, 可持 / 续影 / 响指 / 标) read
 * as names' text.  When the part column that lands in the gap holds level
 * labels and short label pieces alone (is_label_or_piece_cell) and the
 * column right of it lands in the names', the gap column and every column
 * left of it move one column less, as far as the header's first column
 * allows for the columns holding anything, when none of them lands in the
 * header's level-1 column (else nothing changes: a page that set its
 * level-1 labels there and its level-2 in the level-2 column drifted a
 * group's level-2 labels, 社会效 / 益, a column right of the others).
 * (level1_column_onto_level1 moves a level-1 column alone when it holds
 * whole level-1 labels; this takes the label columns whatever their
 * pieces.)  `moves` (width + 1 entries) is changed in place. */
static void label_columns_off_roleless_gap(const GPtrArray *all, guint a, guint b,
                                           const jx_header *h, int *moves, int width)
{
    int g = level2_name_gap(h), c = 0;
    if (g < 0)
        return;
    while (c < width && c + moves[c] != g)
        c++;
    if (c == 0 || c + 1 >= width || c + 1 + moves[c + 1] != g + 1)
        return;
    int pieces, n = column_cells_passing(all, a, b, c, is_label_or_piece_cell, &pieces);
    if (n == 0 || pieces < n)
        return;
    int level1 = role_column(h, JX_ROLE_LEVEL1);
    for (int k = 0; k <= c; k++) {
        if (cells_in_column(all, a, b, k, NULL) == 0)
            continue;
        if (k + moves[k] - 1 < 0 || k + moves[k] == level1)
            return; /* (a page that kept its level-1 column where the
                       header's is has a third label column instead) */
    }
    for (int k = 0; k <= c; k++)
        moves[k]--;
}

/* Puts `again`, all[i] built anew, in its place and frees the old row,
 * unless it read as junk (then `again` is freed and all[i] stays). */
static void take_rebuilt(GPtrArray *all, guint i, built_row *again)
{
    if (again->junk) {
        built_row_free(again);
        return;
    }
    built_row_free(all->pdata[i]);
    all->pdata[i] = again;
}

/* Anchors (see anchors_shift) among the first `width` columns of a part
 * that moved by `shift`. */
static int anchors_moved_by(const int *votes, const int *total, int width, const jx_header *h,
                            int shift)
{
    int n = 0;
    for (int c = 0; c < width; c++) {
        int hc = c + shift;
        if (hc < 0 || hc >= h->n_cols)
            continue;
        int v = votes[c * (h->n_cols + 1) + hc];
        n += is_anchor(v, total[c]);
    }
    return n;
}

/* The header column that column `c` of a part is anchored to (see is_anchor),
 * -1 when none is, -2 when several are. */
static int anchor_of_column(const int *votes, const int *total, int c, const jx_header *h)
{
    int found = -1;
    for (int hc = 0; hc < h->n_cols; hc++)
        if (is_anchor(votes[c * (h->n_cols + 1) + hc], total[c]))
            found = found == -1 ? hc : -2;
    return found;
}

/* How far each of the `width` columns of the part all[a, b) moves when the
 * page lost columns of no role among the header's target columns: a
 * layout dump sets a header word over two grid columns of its page (计量单位
 * over the units and a column right of them), and a continued page laid out
 * afresh has none for the one of no role.  Its anchors (see anchors_shift)
 * then fall in runs, the first where the header has them, each run one
 * column further right than the one before, and each step skips a header
 * column of no role right of the names' column (where the column the
 * step's first anchor had stood in without it).  The page's labels and
 * names stay where they are, so they say nothing of the move; the targets
 * do: a text target (按进度推进 beside 健全, a target wrapped over the lines
 * round its row's 序号) has no kind to place it, and read in the columns
 * as found the year's targets stood a column left of their own, in the
 * operators', and alignment moved the row's texts into the name's and the
 * label columns.  A new array of `width` + 1 (columns between two runs go
 * with the left one), or NULL. */
static int *target_gap_moves(const int *votes, const int *total, int width, const jx_header *h)
{
    int name = role_column(h, JX_ROLE_NAME);
    if (name < 0)
        return NULL;
    int *moves = g_new(int, width + 1);
    int shift = 0, steps = 0;
    gboolean anchored = FALSE;
    for (int c = 0; c < width; c++) {
        int hc = anchor_of_column(votes, total, c, h);
        if (hc == -2 || (hc >= 0 && !anchored && hc != c) ||
            (hc >= 0 && hc - c != shift && hc - c != shift + 1)) {
            g_free(moves);
            return NULL;
        }
        if (hc >= 0 && hc - c == shift + 1) {
            int skipped = c + shift;
            if (skipped <= name || h->roles[skipped] != JX_ROLE_NONE) {
                g_free(moves);
                return NULL;
            }
            shift++;
            steps++;
        }
        anchored |= hc >= 0;
        moves[c] = shift;
    }
    moves[width] = shift;
    for (int c = 0; c < width && steps; c++)
        steps = c + moves[c] < h->n_cols ? steps : 0;
    if (!steps)
        g_clear_pointer(&moves, g_free);
    return moves;
}

/* Anchors the left run must hold for roleless_gap_moves to move the
 * page's label and name columns with them: one column (the figures') may
 * have drifted by itself, two side by side (the operators' and the
 * figures') say the page moved. */
#define GAP_LEFT_ANCHORS 2

/* How far each of the `width` columns of the part all[a, b) moves when its
 * anchors (see anchors_shift) disagree by one column across a column of no
 * role in the header: the header's page may set a header word over two of
 * its grid columns (目标值 over the figures' column and one right of it,
 * holding the figures), and a continued page laid out afresh has no column
 * for the one of no role — its figures' and units' columns then move by
 * one more than its other columns, side by side (a page that also dropped
 * the row header's column: +1 and +2).  When the two runs of anchors are
 * neighbours and the one header column that moving the left columns with
 * the left anchors and the rest with the right ones leaves out has no
 * role, the columns so move; NULL otherwise.  Left to alignment, the
 * page's label columns stood where they were found, a column off the
 * header's: its rows read their labels row by row, and its fragments
 * (label pieces alone on their lines) followed no column. */
static int *roleless_gap_moves(const GPtrArray *all, guint a, guint b, const jx_header *h,
                               const int *votes, const int *total, int width)
{
    int left_shift = 0, last_left = -1, first_right = -1;
    if (!anchors_part_by(votes, total, width, h, 1, &left_shift, &last_left, &first_right) ||
        first_right != last_left + 1)
        return NULL;
    int skipped = last_left + left_shift + 1;
    if (anchors_moved_by(votes, total, last_left + 1, h, left_shift) < GAP_LEFT_ANCHORS ||
        skipped < 0 || skipped >= h->n_cols || h->roles[skipped] != JX_ROLE_NONE ||
        part_leftmost(all, a, b, NULL) + left_shift < 0)
        return NULL;
    /* the page's level labels stand in the header's level columns more
     * often so moved than where they were found: a page that lost a column
     * of no role between its labels and its names (the names' own, left of
     * their header word) too keeps its label columns where they are.  The
     * move is taken for what it does for the labels: where the left columns
     * stay, alignment reads the figures by what they are as it did */
    return two_runs_if_labels_fit(all, a, b, h, width, last_left, left_shift, 0);
}

/*
 * A page continued without its header may be laid out anew: a layout dump
 * finds no row-header column on a page without the 年度绩效指标 label, or an
 * extra one, and text cells (names, work items) have no kind to show where
 * they belong.  The cells that show what they are (operators, numbers,
 * units, dates) show where the page's columns went: each column they agree
 * on is an anchor, and when every anchor moved alike, the page's rows are
 * read again with every column so moved.
 */
static void realign_parts(GPtrArray *all, const jx_ptable *table, GHashTable *spans)
{
    const jx_header *h = table->header;
    for (guint a = part_end(all, 0), b; a < all->len; a = b) {
        b = part_end(all, a);
        int width = part_width(all, a, b);
        int *total = g_new0(int, width + 1);
        int *votes = part_votes(all, a, b, h, width, NULL, TRUE, total);
        int shift = part_shift(votes, total, width, part_leftmost(all, a, b, NULL), h);
        int anchored = anchors_shift(votes, total, width, h);
        int *lost = shift == 0 && anchored == 0
                        ? lost_label_column_moves(all, a, b, h, votes, total, width)
                        : NULL;
        if (!lost && shift == 0 && anchored == 0)
            lost = parted_label_column_moves(all, a, b, h, votes, total, width);
        if (!lost && shift == 0 && anchored == 0)
            lost = roleless_gap_moves(all, a, b, h, votes, total, width);
        if (!lost && shift == 0 && anchored == 0)
            lost = target_gap_moves(votes, total, width, h);
        /* a move left needs a cause and the page's labels to say so: the
         * page set the table's row header (年度绩效指标) in a column of its
         * own left of every row's cells, and more labels stand in the label
         * columns once moved than where they were, no more level-2 labels
         * in the level-1 column.  The anchors alone would move a layout
         * dump's page whose values alone drifted right of their header, or
         * a page of a text dump where a few rows set their level-1 label in
         * the 二级指标 column (alignment's to place, row by row). */
        if (shift < 0) {
            int off_before, off_after;
            int before = labels_in_label_columns(all, a, b, h, 0, &off_before);
            int after = labels_in_label_columns(all, a, b, h, shift, &off_after);
            if (after <= before || off_after > off_before || !rowhead_column(all, a, b))
                shift = 0;
        }
        int *moves = lost ? lost : part_moves(all, a, b, h, width, shift);
        gboolean overhang = FALSE;
        if (!moves && shift == 0) {
            moves = label_overhang_moves(all, a, b, h, width, anchored);
            overhang = moves != NULL;
        }
        gboolean parted_edge = FALSE; /* (the page's own label columns joined) */
        if (!moves && shift == 0) {
            moves = parted_edge_label_moves(all, a, b, h, width, anchored);
            parted_edge = moves != NULL;
        }
        if (!overhang)
            moves = roleless_column_moves(moves, votes, total, width, shift, h, NULL, a, b);
        if (moves && !overhang && !lost && !parted_edge) {
            level1_column_onto_level1(all, a, b, h, moves, width);
            label_columns_off_roleless_gap(all, a, b, h, moves, width);
        }
        for (guint i = a; i < b && moves; i++) {
            built_row *r = all->pdata[i];
            int *row_moves = overhang ? row_label_moves(r->source, moves, width, h) : NULL;
            built_row *again =
                build_row_moved(h, r->source, 0, spans, row_moves ? row_moves : moves, width);
            g_free(row_moves);
            take_rebuilt(all, i, again);
        }
        g_free(moves);
        g_free(votes);
        g_free(total);
    }
}

/* A layout dump centres a header word over its column's text, which may
 * start a grid column left of it (三级指标 right of the names under it): on
 * the header's own page, a column no header word names, holding the rows'
 * text (few of them labels), left of the names' column, which holds nothing
 * below its header word, is the names' column.  Its cells move there: read
 * by alignment alone, a name that is also a label (服务对象满意度) stood as
 * near the level-2 column as the names' and went to the level-2.  (Only
 * the header's page: a page after it lays its columns out anew, without
 * the header's column, and realign_parts places its columns.)  Rows
 * all[0, b) are that page, `width` its columns; returns the moves (width +
 * 1 entries, NULL when none) and sets `from` to the names' column. */
static int *names_left_of_header_word(const GPtrArray *all, const jx_header *h, guint b,
                                      int width, int *from)
{
    int *moves = NULL;
    for (int c = 0; c + 1 < width && c + 1 < h->n_cols; c++) {
        int labels;
        int cells = cells_in_column(all, 0, b, c, &labels);
        if (h->roles[c] != JX_ROLE_NONE || h->roles[c + 1] != JX_ROLE_NAME ||
            (h->texts && h->texts[c] && *h->texts[c]) || cells == 0 || 2 * labels >= cells ||
            cells_in_column(all, 0, b, c + 1, NULL) > 0)
            continue;
        if (!moves)
            moves = g_new0(int, width + 1);
        moves[c] = 1;
        *from = *from ? *from : c + 1;
    }
    return moves;
}

/* Whether cell c is a plain text cell in column *(const int *)col. */
static gboolean text_in_column(const jx_pcell *c, const void *col)
{
    return c->col == *(const int *)col && c->kind == JX_CK_TEXT;
}

/* TRUE when a row of all[a, b) holds a plain text cell (no figure, unit,
 * operator or label) in column `col`. */
static gboolean column_holds_text(const GPtrArray *all, guint a, guint b, int col)
{
    return any_cell_in_rows(all, a, b, text_in_column, &col);
}

/* The end (exclusive) of the rows of all[0, b) laid out under the table's
 * own header: a header repeated on the page (a second form's, its columns
 * set anew) starts rows whose columns are another layout's. */
static guint header_layout_end(const GPtrArray *all, guint b)
{
    for (guint i = 1; i < b; i++)
        if (((const built_row *)all->pdata[i])->reheaded)
            return i;
    return b;
}

/* The header's own page may part a column as a continued page does: a
 * layout dump sets the targets of some rows (`=６０处`, full-width
 * figures) a grid column left of the rest, the first under the header
 * word (目标值), the rest in a column of no role right of it, no row
 * filling both.  A row whose cells say what they are (`=1个百分点`,
 * `540元/人`) still reaches the value slot by order, but a row of text
 * alone (`社会影响力 | 逐步扩大`) ties the name-and-target reading with
 * task-and-name, lost its target and joined the next row as a fragment.
 * So the roleless columns of rows all[0, b) follow their evident cells as
 * a continued page's do (roleless_column_moves), on top of `moves` (width
 * + 1 entries, may be NULL): only a column holding text does, since one
 * whose cells all say what they are reaches its slots by order where it
 * stands (and moving it changes which rows around it read as moved).
 * Returns the moves, or NULL when no column follows. */
static int *roleless_text_columns(const GPtrArray *all, const jx_header *h, guint b, int width,
                                  const int *moves)
{
    int *total = g_new0(int, width + 1);
    int *votes = part_votes(all, 0, b, h, width, NULL, TRUE, total);
    int *own = roleless_column_moves(moves ? g_memdup2(moves, sizeof(int) * (width + 1)) : NULL,
                                     votes, total, width, 0, h, all, 0, b);
    gboolean any = FALSE, ordered = TRUE;
    for (int c = 0; c < width && own; c++) {
        int before = moves ? moves[c] : 0;
        if (own[c] != before && !column_holds_text(all, 0, b, c))
            own[c] = before;
        any |= own[c] != before;
        /* (a column kept back must not pass one that moved) */
        ordered &= c == 0 || c + own[c] >= c - 1 + own[c - 1];
    }
    if (!any || !ordered)
        g_clear_pointer(&own, g_free);
    g_free(votes);
    g_free(total);
    return own;
}

/* Places the columns of the header's own page (rows all[0, part_end)):
 * the names' column a header word stands right of
 * (names_left_of_header_word) and, under the table's own header, the
 * roleless columns of text (roleless_text_columns).  The page's rows are
 * read again once, with every move. */
static void place_header_page_columns(GPtrArray *all, const jx_ptable *table, GHashTable *spans)
{
    const jx_header *h = table->header;
    guint b = all->len ? part_end(all, 0) : 0, own_end = header_layout_end(all, b);
    int width = part_width(all, 0, b), from = 0;
    int *moves = names_left_of_header_word(all, h, b, width, &from);
    int *own = roleless_text_columns(all, h, own_end, width, moves);
    for (guint i = 0; i < b; i++) {
        const int *row_moves = i < own_end && own ? own : moves;
        if (!row_moves)
            continue;
        built_row *r = all->pdata[i];
        built_row *again = build_row_moved(h, r->source, 0, spans, row_moves, width);
        again->names_from = from;
        take_rebuilt(all, i, again);
    }
    g_free(moves);
    g_free(own);
}

/* TRUE when a placed column of part map `m` went to a header column of role `r`. */
static gboolean role_placed(const part_map *m, const gboolean *voted, const jx_header *header,
                            jx_role r)
{
    for (int v = 0; v < m->n_cols; v++)
        if (voted[v] && header->roles[m->to[v]] == r)
            return TRUE;
    return FALSE;
}

/* A part column no placed cell went to stays itself, unless that puts it
 * at or past the header column the next placed column right of it went to
 * (a page that laid a name's column out as two, its placed columns moved
 * left) or past the header's last (a page's last column, 指标解释, one more
 * than the header has): then it moves left as far as that takes, when the
 * place is free — right of the column the placed one left of it went to,
 * or that very column when it holds no labels (a name or work item laid
 * out in two; a level label's pieces are the label resolver's).  Where the
 * placed columns beside it moved right (a page without the row-header
 * column), it moves right with them. */
static void settle_unvoted(part_map *m, const gboolean *voted, const jx_header *header)
{
    for (int c = 0; c < m->n_cols; c++) {
        if (voted[c])
            continue;
        int left = -1, right = -1;
        for (int l = c - 1; l >= 0 && left < 0; l--)
            if (voted[l])
                left = l;
        for (int r = c + 1; r < m->n_cols && right < 0; r++)
            if (voted[r])
                right = r;
        if (left < 0) {
            /* left of every placed column: the labels' side, which moves
             * right with the placed column next to it (a page that set no
             * row header column, its labels in the first): the k-th column
             * left of that placed one goes to the k-th header column of a
             * known role left of where it went */
            if (right < 0 || m->to[right] <= right)
                continue;
            int h = m->to[right];
            for (int k = right - c; k > 0 && h >= 0;) {
                h--;
                if (h >= 0 && header->roles[h] != JX_ROLE_NONE)
                    k--;
            }
            if (h > c)
                m->to[c] = h;
            continue;
        }
        /* right of a placed column that moved right, and at or left of
         * where it went (a page whose columns all moved right, its wrapped
         * 偏差原因 in a column of fragments alone): keeps its offset, to a
         * column of a known role that no placed column holds */
        int moved = m->to[left] - left;
        if (moved > 0 && m->to[c] <= m->to[left] && c + moved < header->n_cols &&
            (right < 0 || c + moved < m->to[right]) && header->roles[c + moved] != JX_ROLE_NONE &&
            !role_placed(m, voted, header, header->roles[c + moved])) {
            m->to[c] = c + moved;
            continue;
        }
        jx_role by = header->roles[m->to[left]];
        int lo = m->to[left] + (by == JX_ROLE_LEVEL1 || by == JX_ROLE_LEVEL2);
        int hi = right >= 0 ? m->to[right] - 1 : G_MAXINT;
        if (right < 0 && m->to[left] < left && c >= header->n_cols)
            hi = c + m->to[left] - left; /* past the header, after the last placed column */
        if (lo <= hi)
            m->to[c] = MIN(m->to[c], hi);
    }
}

/* TRUE when more of part column `col`'s cells went to header column `to`
 * than to any other (votes as part_votes gives them). */
static gboolean keeps_column(const int *votes, const jx_header *header, int width, int col,
                             int to)
{
    if (col < 0 || col >= width || to < 0 || to >= header->n_cols)
        return FALSE;
    const int *row = votes + col * (header->n_cols + 1);
    for (int h = 0; h < header->n_cols; h++)
        if (h != to && row[h] >= row[to])
            return FALSE;
    return row[to] > 0;
}

/* A page continued without its header may lay its narrow level-2 column
 * out a grid column right of the header's, beside its names' column: the
 * column's level-2 labels (经济效 / 益指标 beside a row's name) and its
 * names' column then went to the names' header column alike, the labels
 * as many times at least to the level-2 column (a tie keeps a column
 * where it is).  Part column `c`, mapped to the names' header column as
 * the column right of it is, where more names went, and holding labels
 * placed in the level-2 column just left of the names', is that level-2
 * column: its loose pieces (社会效 / 益指标 alone on their lines) follow
 * it, not the names. */
static void narrow_level2_column(part_map *m, const int *votes, const jx_header *header)
{
    int stride = header->n_cols + 1;
    for (int c = 0; c + 1 < m->n_cols; c++) {
        int h = m->to[c];
        if (h < 1 || h >= header->n_cols || header->roles[h] != JX_ROLE_NAME ||
            header->roles[h - 1] != JX_ROLE_LEVEL2 || m->to[c + 1] != h)
            continue;
        int level2 = votes[c * stride + h - 1], names = votes[c * stride + h];
        if (level2 > 0 && level2 >= names && votes[(c + 1) * stride + h] > names)
            m->to[c] = h - 1;
    }
}

/* TRUE when every cell of row `b`'s line, its part's columns mapped by
 * `to`, stands left of the names' column: a line of label pieces, no
 * row's own line (a name, a target). */
static gboolean labels_only_line(const built_row *b, const jx_header *header, const int *to,
                                 int n_to)
{
    int name = role_column(header, JX_ROLE_NAME);
    for (guint k = 0; k < b->source->cells->len; k++) {
        const jx_pcell *c = b->source->cells->pdata[k];
        int col = c->col < n_to ? to[c->col] : c->col;
        if (!c->rowhead && (name < 0 || col < 0 || col >= name))
            return FALSE;
    }
    return TRUE;
}

/* TRUE when the row on the line right above or under row `i` of `all`, on
 * its page, holds a third label column's piece (see
 * jx_trow_third_level_fragment; `row_map` each row's part map): a layout
 * dump centres each label level in its own merged cell, so the 效益
 * block's level-1 pieces (效益 / 指标, in the level-2 column) and its
 * level-2's (经济 / 效益 / 指标, a column right) fall on alternate lines,
 * the level-1's lines holding no third piece of their own. */
static gboolean third_level_beside(const GPtrArray *all, guint i, const jx_header *header,
                                   part_map **row_map)
{
    const built_row *b = all->pdata[i];
    if (!b->line || !labels_only_line(b, header, row_map[i]->to, row_map[i]->n_cols))
        return FALSE; /* a row's own line (its name beside) has its own labels */
    for (int d = -1; d <= 1; d += 2) {
        if ((d < 0 && i == 0) || (d > 0 && i + 1 >= all->len))
            continue;
        guint j = d < 0 ? i - 1 : i + 1;
        const built_row *o = all->pdata[j];
        if (o->page != b->page || !o->line || o->line - b->line != d)
            continue;
        if (jx_trow_third_level_fragment(o, header, row_map[j]->to, row_map[j]->n_cols))
            return TRUE;
    }
    return FALSE;
}

/* TRUE when a line of rows [a, b) of `all` sets a label piece in part
 * column `col`, a third label column, beside a level-1 piece in the
 * level-2 column (效益 | 经济, 指标 | 效益), or on the line right above or
 * under one: the pair that shows the 效益 block's labels moved one column
 * right, each level in its own.  A layout dump centres each label in its
 * own merged cell, so the two levels' pieces, wrapped in narrow columns,
 * may fall on alternate lines (`效益` and `指标` of 效益指标 on the lines
 * between `可持`, `续影` and `响指` of 可持续影响指标, a column right:
 * writer-pdf-layout bureau b0034), no line holding both. */
static gboolean third_level_pair_in_part(const GPtrArray *all, guint a, guint b, int col,
                                         int level2)
{
    gboolean third_before = FALSE, level1_before = FALSE; /* the line above's */
    for (guint i = a; i < b; i++) {
        const built_row *row = all->pdata[i];
        gboolean third = FALSE, level1 = FALSE;
        for (guint k = 0; k < row->source->cells->len; k++) {
            const jx_pcell *c = row->source->cells->pdata[k];
            third |= c->col == col && third_level_piece(c);
            level1 |= c->col == level2 && level1_piece_beside_third(c);
        }
        if ((third && (level1 || level1_before)) || (level1 && third_before))
            return TRUE;
        third_before = third;
        level1_before = level1;
    }
    return FALSE;
}

/* A page continued without the header's row-header column (绩效指标 set
 * down the first page's rows) lays every column out one header column
 * left: its placed columns moved right.  A level column left of them that
 * kept its own header column on fewer than ANCHOR_MIN_CELLS cells (one
 * row's level-2 piece, 经济效 of 经济效 / 益指标, aligned under the part
 * column's own header column, the level-1's) says nothing against that
 * move: it is left unvoted, and settle_unvoted moves it right with the
 * placed column beside it.  For a part of PART_MANY_ROWS placed rows. */
static void unvote_lone_label_columns(part_map *m, gboolean *voted, const int *votes,
                                      const jx_header *header)
{
    int stride = header->n_cols + 1;
    for (int c = m->n_cols - 2; c >= 0; c--) {
        if (!voted[c] || m->to[c] != c || c >= header->n_cols)
            continue;
        jx_role own = header->roles[c];
        if (own != JX_ROLE_LEVEL1 && own != JX_ROLE_LEVEL2)
            continue;
        int next = c + 1;
        while (next < m->n_cols && !voted[next])
            next++;
        if (next < m->n_cols && m->to[next] > next && votes[c * stride + c] < ANCHOR_MIN_CELLS)
            voted[c] = FALSE;
    }
}

/* The offset the first placed part column right of `c` went by (see
 * part_maps); 0 when none is placed. */
static int placed_shift_right_of(const part_map *m, const gboolean *voted, int c)
{
    for (int r = c + 1; r < m->n_cols; r++)
        if (voted[r])
            return m->to[r] - r;
    return 0;
}

/* A part column that went to the level-1 column, or to the level-2 one
 * the part column left of it keeps, is the header's third label column
 * (see third_label_column) where the columns right of it moved by as much
 * as takes it there (0 on a page laid out as the header's, +1 on one
 * without the row header's column), the part column left of it keeps the
 * level-2 column, and a line sets a piece in it beside a level-1 piece in
 * that level-2 column (third_level_pair_in_part): the 效益 block's labels
 * moved one column right, each level in its own.  Column by column, `m`
 * changed in place. */
static void third_label_column_kept(part_map *m, const gboolean *voted, const int *votes,
                                    const jx_header *header, const GPtrArray *all, guint a,
                                    guint b)
{
    int level2 = role_column(header, JX_ROLE_LEVEL2);
    for (int c = 1; c < m->n_cols && level2 >= 0; c++) {
        int shifts[2] = {0, placed_shift_right_of(m, voted, c)};
        for (int k = 0; k < 2 && (k == 0 || shifts[1] != 0); k++) {
            int third = c + shifts[k];
            if (!third_label_column(header, third) || m->to[c] >= third || m->to[c] < 0 ||
                (header->roles[m->to[c]] != JX_ROLE_LEVEL1 && m->to[c] != level2) ||
                level2 != third - 1 || !keeps_column(votes, header, m->n_cols, c - 1, level2) ||
                !third_level_pair_in_part(all, a, b, c, c - 1))
                continue;
            m->to[c] = third;
            break;
        }
    }
}

/* A part column under a level column of the header goes to the other
 * level's only on ANCHOR_MIN_CELLS of its cells, or with the placed
 * columns right of it (a page that dropped or added a column, all moved
 * alike): a level-2 label's piece alone on its line (效益 of 经济 / 效益 /
 * 指标, 成本 of 成本 / 指标) reads as a level-1 label, and one row aligned
 * so, while the names beside it stayed, says nothing of where the page's
 * level-2 column went.  For a part of PART_MANY_ROWS placed rows. */
static void keep_level_columns_unmoved(part_map *m, const gboolean *voted, const int *votes,
                                       const jx_header *header)
{
    int stride = header->n_cols + 1;
    for (int c = 0; c < m->n_cols && c < header->n_cols; c++) {
        jx_role own = header->roles[c], to = header->roles[m->to[c]];
        gboolean other = (own == JX_ROLE_LEVEL1 && to == JX_ROLE_LEVEL2) ||
                         (own == JX_ROLE_LEVEL2 && to == JX_ROLE_LEVEL1);
        if (other && votes[c * stride + m->to[c]] < ANCHOR_MIN_CELLS &&
            placed_shift_right_of(m, voted, c) != m->to[c] - c)
            m->to[c] = c;
    }
}

/* TRUE when row `b` holds a remark word alone (暂定, 以批复为准: see
 * jx_norm_is_remark), its 备注 cell: its line is a row's own line, as
 * sure as one holding a target, even when the row's target stands on a
 * line below (a tall row's centred figures) and the line reads as a
 * fragment.  Counted among a part's placed rows (part_maps), as it was
 * when the aligner read the remark as the row's target. */
static gboolean states_remark(const built_row *b)
{
    const GPtrArray *cells = b->source->cells;
    for (guint i = 0; i < cells->len; i++) {
        const jx_pcell *c = cells->pdata[i];
        if (c->kind == JX_CK_TEXT && jx_norm_is_remark(c->norm))
            return TRUE;
    }
    return FALSE;
}

/* Rows placed by alignment that make a part long enough for one moved cell
 * to be an exception (see part_maps). */
#define PART_MANY_ROWS 6

static GPtrArray *part_maps(const GPtrArray *all, const gboolean *frag, const jx_header *header,
                            part_map ***row_map)
{
    guint n = all->len;
    GPtrArray *maps = g_ptr_array_new();
    *row_map = g_new0(part_map *, n + 1);
    for (guint a = 0, b; a < n; a = b) {
        b = part_end(all, a);
        int width = part_width(all, a, b);
        part_map *m = g_new0(part_map, 1);
        m->n_cols = width;
        m->to = g_new(int, width + 1);
        int *votes = part_votes(all, a, b, header, width, frag, FALSE, NULL);
        gboolean *voted = g_new0(gboolean, width + 1);
        int placed_rows = 0;
        for (guint i = a; i < b; i++)
            placed_rows += !frag[i] || states_remark(all->pdata[i]);
        for (int c = 0; c < width; c++) {
            /* a column goes elsewhere only when more of its cells went
             * there than stayed under its own header column: one row moved
             * by alignment (a wrapped explanation's tail read as a shifted
             * value) must not take the column's fragments with it */
            int best = c, most = c < header->n_cols ? votes[c * (header->n_cols + 1) + c] : 0;
            for (int h = 0; h < header->n_cols; h++)
                if (votes[c * (header->n_cols + 1) + h] > most) {
                    most = votes[c * (header->n_cols + 1) + h];
                    best = h;
                }
            /* in a part of many rows, one cell that alignment moved from a
             * label column past the next (a wrapped label's last piece
             * beside its row's target, read as the missing name: 社会效益指
             * / 标 | ≥97%) is no column moved: the label pieces in it are
             * labels (in a part of a few rows, one cell is all there is).
             * Nor are a few such cells when the part's own column of the
             * header column they went to keeps its cells there: the page
             * did not move, its centred label pieces (产出指 / 标 over and
             * under the row's line) stood beside a row's target lines
             * (产出指 | 2019年12月) */
            jx_role own = c < header->n_cols ? header->roles[c] : JX_ROLE_NONE;
            /* (a header column's own votes: `best` stays `c` past the
             * header's columns, and a part may be over twice as wide) */
            gboolean stays = best < width && best < header->n_cols &&
                             votes[best * (header->n_cols + 1) + best] > 0;
            if ((own == JX_ROLE_LEVEL1 || own == JX_ROLE_LEVEL2) && best - c >= 2 &&
                (most < ANCHOR_MIN_CELLS || stays) && placed_rows >= PART_MANY_ROWS)
                best = c;
            /* nor does a column no record keeps (指标解释, 备注) go onto
             * a target or name column the part's own column of that place
             * keeps: rows whose target stands on the line under their name
             * (name and explanation on one line, the target alone on the
             * next) align the explanation as a shifted target, yet the
             * page did not move — its targets are in their own column */
            if (closes_row(own) && best != c && keeps_column(votes, header, width, best, best))
                best = c;
            m->to[c] = best;
            voted[c] = most > 0;
        }
        third_label_column_kept(m, voted, votes, header, all, a, b);
        /* (in a part of a few rows, one cell is all there is) */
        if (placed_rows >= PART_MANY_ROWS) {
            keep_level_columns_unmoved(m, voted, votes, header);
            unvote_lone_label_columns(m, voted, votes, header);
        }
        settle_unvoted(m, voted, header);
        narrow_level2_column(m, votes, header);
        g_free(voted);
        g_free(votes);
        g_ptr_array_add(maps, m);
        for (guint i = a; i < b; i++)
            (*row_map)[i] = m;
    }
    return maps;
}

static void part_map_free(gpointer p)
{
    part_map *m = p;
    g_free(m->to);
    g_free(m);
}

gboolean jx_trow_unit_word_ends_text(const char *above, const jx_pcell *c)
{
    if (c->kind != JX_CK_UNIT || !above || !c->norm)
        return FALSE;
    char *joined = jx_norm_join(above, c->norm);
    gboolean text = target_kind(joined) == JX_KIND_TEXT;
    g_free(joined);
    return text;
}

/* The rows a work item's words must head, on their own lines, to be known
 * for one: a department's work items are few and each stands on the lines
 * of several rows, while a work item's first line alone (`做好城乡居民基本
 * 养老保险` over `工作`) stands once. */
#define KNOWN_WORK_ITEM_MIN_ROWS 2

/* Adds `delta` to the rows `counts` says hold `text` as their work item. */
static void count_work_item(GHashTable *counts, const char *text, int delta)
{
    int n = GPOINTER_TO_INT(g_hash_table_lookup(counts, text)) + delta;
    g_hash_table_insert(counts, g_strdup(text), GINT_TO_POINTER(n));
}

/* How many rows of `all` hold each work item (名称), on the lines read so
 * far: a table from a text (a copy) to its count, kept by
 * move_counted_cell as the rules below move cells, so that each ask is one
 * lookup instead of a walk over the table's rows. */
static GHashTable *work_item_counts(const GPtrArray *all)
{
    GHashTable *counts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < all->len; i++) {
        const built_row *o = all->pdata[i];
        if (o->text[JX_ROLE_TASK])
            count_work_item(counts, o->text[JX_ROLE_TASK], 1);
    }
    return counts;
}

/* How many rows other than `b` hold `text` as their work item (`counts`
 * from work_item_counts). */
static int rows_with_work_item(GHashTable *counts, const built_row *b, const char *text)
{
    int n = GPOINTER_TO_INT(g_hash_table_lookup(counts, text));
    return n - (b->text[JX_ROLE_TASK] && strcmp(b->text[JX_ROLE_TASK], text) == 0);
}

/* Moves row `b`'s one cell in role `from` to role `to` (empty). */
static void move_cell_role(built_row *b, jx_role from, jx_role to)
{
    const jx_pcell *c = b->by_role[from];
    b->by_role[from] = NULL;
    text_set(b, from, NULL);
    b->tail_width[from] = b->full_width[from] = b->widest[from] = 0;
    b->head_line[from] = b->tail_line[from] = 0;
    jx_trow_place_cell(b, to, c);
    set_label_lines(b);
}

/* move_cell_role, keeping `counts` (work_item_counts) in step with row
 * `b`'s work item. */
static void move_counted_cell(GHashTable *counts, built_row *b, jx_role from, jx_role to)
{
    if (b->text[JX_ROLE_TASK])
        count_work_item(counts, b->text[JX_ROLE_TASK], -1);
    move_cell_role(b, from, to);
    if (b->text[JX_ROLE_TASK])
        count_work_item(counts, b->text[JX_ROLE_TASK], 1);
}

/* A row's line holding its work item and target but no name (a print that
 * sets names at their rows' tops and centres the other cells: the name
 * stands on a line above), which pdftotext -layout set a few places right
 * of where the page's other lines set their work items (the row header's
 * piece before it, `年度绩  加强生态环境执法监管  ≥ 94 %`): aligned by
 * order, the work item went into the names' column.  A department's work
 * items are few and each heads several rows, so a row's one-cell name that
 * is, word for word, the work item of other rows of the table
 * (KNOWN_WORK_ITEM_MIN_ROWS), on a row that holds none, is its work item:
 * it goes to that role, and the row is left without a name for the lines
 * round it to give (see name_atop_nameless_row).  Only beside a figure or
 * a date: a line whose target is text may be a page laid out afresh, its
 * names where the work items stood and its targets where the names did. */
static void work_items_read_as_names(GPtrArray *all, const gboolean *frag, GHashTable *counts)
{
    for (guint i = 0; i < all->len; i++) {
        built_row *b = all->pdata[i];
        const jx_pcell *c = b->by_role[JX_ROLE_NAME];
        const jx_pcell *value = b->by_role[JX_ROLE_VALUE];
        if (frag[i] || b->labels_only || !c || b->by_role[JX_ROLE_TASK] || b->text[JX_ROLE_TASK] ||
            !is_value_cell(value) || value->kind == JX_CK_TEXT ||
            g_strcmp0(c->norm, b->text[JX_ROLE_NAME]) != 0 ||
            rows_with_work_item(counts, b, c->norm) < KNOWN_WORK_ITEM_MIN_ROWS)
            continue;
        move_counted_cell(counts, b, JX_ROLE_NAME, JX_ROLE_TASK);
    }
}

/* How many cells row `b` holds, the table's row header's pieces aside. */
static guint cells_but_row_header(const built_row *b)
{
    guint n = 0;
    for (guint k = 0; k < b->source->cells->len; k++)
        n += !((const jx_pcell *)b->source->cells->pdata[k])->rowhead;
    return n;
}

/* The mirror of work_items_read_as_names: a tall row's top-set name alone
 * on its line (`年度绩  支持科技计划项目`), right over the row's line that
 * holds a known work item (KNOWN_WORK_ITEM_MIN_ROWS) and a figure but no
 * name, which pdftotext -layout set a few places left of the page's other
 * names, into the work items' column: read as a work item's piece, it went
 * into the row above's work item (做好科技普及工作支持科技计划项目) and the
 * row below was left nameless.  The piece is no work item of the table,
 * and the rows right above and below it hold known work items whole: it is
 * no piece of theirs, and names the row below (name_atop_nameless_row). */
static void names_read_as_work_items(GPtrArray *all, const gboolean *frag, GHashTable *counts)
{
    for (guint i = 1; i + 1 < all->len; i++) {
        built_row *f = all->pdata[i];
        const built_row *above = all->pdata[i - 1], *below = all->pdata[i + 1];
        const jx_pcell *c = f->by_role[JX_ROLE_TASK];
        if (!frag[i] || frag[i - 1] || frag[i + 1] || !c || cells_but_row_header(f) != 1 ||
            g_strcmp0(c->norm, f->text[JX_ROLE_TASK]) != 0 ||
            rows_with_work_item(counts, f, c->norm) > 0 || lines_between(above, f) != 0 ||
            lines_between(f, below) != 0 || !has_value(below) || below->text[JX_ROLE_NAME] ||
            !below->text[JX_ROLE_TASK] || !above->text[JX_ROLE_TASK] ||
            !above->text[JX_ROLE_NAME] ||
            rows_with_work_item(counts, below, below->text[JX_ROLE_TASK]) + 1 <
                KNOWN_WORK_ITEM_MIN_ROWS ||
            rows_with_work_item(counts, above, above->text[JX_ROLE_TASK]) + 1 <
                KNOWN_WORK_ITEM_MIN_ROWS)
            continue;
        move_counted_cell(counts, f, JX_ROLE_TASK, JX_ROLE_NAME);
    }
}

/* The work items the data rows of `all` (not `frag`) open on their own
 * lines, as a set of their texts (copies: a row's text grows as it takes
 * in fragments): a row's item with no item on the line right above it is
 * a cell's first line (`开展中小河流治理`, `加强教师队伍建设，开展全`), not
 * the rest of one (`员培训`).  What opens a work item (see
 * WHOLE_TASK_EVIDENCE). */
static GHashTable *tasks_opened(const GPtrArray *all, const gboolean *frag)
{
    GHashTable *opened = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < all->len; i++) {
        const built_row *b = all->pdata[i], *above = i > 0 ? all->pdata[i - 1] : NULL;
        if (frag[i] || !b->by_role[JX_ROLE_TASK] || !b->text[JX_ROLE_TASK] ||
            (above && above->text[JX_ROLE_TASK] && lines_between(above, b) == 0))
            continue;
        g_hash_table_add(opened, g_strdup(b->text[JX_ROLE_TASK]));
    }
    return opened;
}

/* The rows at least that must show their figures on their second line,
 * none on the first, for every row of two lines to be read so (see
 * jx_trow_count_figure_lines): a tie or a mixed vote leaves a name broken by hand
 * (`筹集保障性租赁` / `住房（二期）`) with its row. */
#define FIGURES_LOW_MIN_ROWS 2

/* Bytes of a block of the arena a table's name gaps live in: a gap and its
 * five arrays take about 150 bytes, a table has one gap per row. */
#define NAME_GAP_ARENA_BLOCK 16384

/* TRUE when fragment `f` is the first line of a joined label cell of the
 * next row's own (`成本指标－生态环境成`: a level-1, a joiner and a
 * level-2's opening, jx_taxonomy_joined_label), between `prev`, which has
 * a label of its own, and `next`, which has none.  A cell's rest never
 * opens with a level-1 and a joiner, so it is no rest of prev's label:
 * chromium-writer-layout variant v0009 sets each row's 指标类型 cell above
 * its name, and the first one on a continued page, under the reprinted
 * header, went up into the row the page before ended with. */
static gboolean opens_own_joined_label(const built_row *f, const built_row *prev,
                                       const built_row *next)
{
    const char *head = f->text[JX_ROLE_LEVEL1];
    return head && prev->text[JX_ROLE_LEVEL1] && !next->text[JX_ROLE_LEVEL1] &&
           !f->text[JX_ROLE_NAME] && jx_taxonomy_joined_label(head);
}

GPtrArray *jx_trow_build_rows(const jx_ptable *table)
{
    GPtrArray *all = g_ptr_array_new_with_free_func(built_row_free);
    GHashTable *spans = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (guint i = 0; i < table->rows->len; i++)
        g_ptr_array_add(all, build_row(table->header, table->rows->pdata[i], 0, spans));
    jx_trow_label_rest_read_as_name(all, table->header);
    place_header_page_columns(all, table, spans);
    realign_parts(all, table, spans);
    realign_blocks(all, table, spans);
    jx_trow_targets_under_their_name(all, table->header);
    if (table_has_role(table->header, JX_ROLE_TASK)) /* (no work items to take) */
        jx_trow_tasks_under_their_name(all, table->header->n_cols);
    g_hash_table_unref(spans);

    guint n = all->len;
    gboolean *frag = g_new0(gboolean, n + 1);
    gboolean scored = scored_table(table->header);
    gboolean data_above = FALSE; /* a row above that a wrapped line can go on from */
    for (guint i = 0; i < n; i++) {
        built_row *b = all->pdata[i];
        b->labels_only =
            jx_trow_is_label_row(b, table->header) &&
            !(i + 1 < n && jx_trow_names_row_below(b, all->pdata[i + 1], table->header)) &&
            !(i > 0 && jx_trow_finishes_joined_label(all->pdata[i - 1], b));
        frag[i] = (jx_trow_is_fragment(b, scored) ||
                   (data_above && jx_trow_wraps_on(b) &&
                    !opens_target_under_whole(all->pdata[i - 1], b)) ||
                   (data_above && jx_trow_only_unkept_columns(b, table->header)) ||
                   (data_above && jx_trow_unkept_figure_beside_pieces(b, table->header)) ||
                   (!scored && jx_trow_unit_rest_as_value(all, i, table->header))) &&
                  !b->labels_only;
        data_above |= !frag[i] && !b->labels_only;
    }
    if (!scored)
        jx_trow_mark_date_heads(all, frag);
    if (!scored)
        jx_trow_mark_numbers_over_targets(all, frag);
    jx_trow_mark_top_lines(all, frag, table->header);
    jx_trow_mark_value_tops(all, frag, table->header);
    jx_trow_mark_targets_between(all, frag, table->header);
    jx_trow_mark_operators_between(all, frag, table->header);
    jx_trow_mark_value_rests_below(all, frag, table->header);
    jx_trow_mark_continuations(all, frag, table->header);
    jx_trow_mark_text_targets_under_names(all, frag, table->header);
    /* a row placed by column (see jx_trow_mark_top_lines) says nothing of where its
     * page's columns went: aligned by order, it read its target as a name,
     * and a page of such rows (按时完成, 有效提高) would take the value
     * column to the names'.  The top line of a row that holds its name and
     * the start of its target (`群众生产生活条件 | 按照项目实施方案要求` over
     * the rest) aligned them as any row does and says where they went. */
    gboolean *unplaced = g_new0(gboolean, n + 1);
    for (guint i = 0; i < n; i++) {
        const built_row *b = all->pdata[i];
        unplaced[i] = (frag[i] && !b->aligned_whole) || b->by_column;
    }
    part_map **row_map;
    GPtrArray *maps = part_maps(all, unplaced, table->header, &row_map);
    g_free(unplaced);
    GHashTable *level2_cells = jx_trow_folded_level2_pieces(all, frag, table->header, row_map);
    for (guint i = 0; i < n; i++) {
        built_row *b = all->pdata[i];
        if (b->by_column) { /* its 序号 is placed again with the rest */
            b->by_role[JX_ROLE_SEQ] = NULL;
            text_set(b, JX_ROLE_SEQ, NULL);
        }
        if (frag[i] || b->by_column)
            jx_trow_place_fragment_by_column(all->pdata[i], table->header, row_map[i]->to,
                                             row_map[i]->n_cols,
                                             i > 0 && !frag[i - 1] ? all->pdata[i - 1] : NULL,
                                             i + 1 < n && !frag[i + 1] ? all->pdata[i + 1] : NULL,
                                             jx_trow_level1_row_above(all, i), level2_cells, all,
                                             frag, third_level_beside(all, i, table->header, row_map));
    }
    g_hash_table_unref(level2_cells);
    GHashTable *counts = work_item_counts(all);
    work_items_read_as_names(all, frag, counts);
    names_read_as_work_items(all, frag, counts);
    g_hash_table_unref(counts);
    jx_trow_level1_rest_in_level2_column(all);
    jx_trow_level2_round_name(all, frag);
    jx_trow_promote_split_rows(all, frag);
    jx_trow_promote_rows_under_top_names(all, frag);
    if (!scored) {
        jx_trow_move_numbers_under_labels(all, frag, table->header);
        jx_trow_promote_rows_between_target_lines(all, frag);
    }
    g_free(row_map);
    g_ptr_array_set_free_func(maps, part_map_free);
    g_ptr_array_unref(maps);

    gboolean centred_table = jx_trow_cells_centred(all, frag);
    /* (the lines as found, before any row takes in its fragments; a text
     * dump's of printed pages, one line per baseline, where a blank line is
     * the space between two rows: a PDF read directly spaces its lines by
     * its own measure) */
    gboolean blanks_shown = table->page_dump && jx_trow_blank_lines_shown(all);
    GPtrArray *data = g_ptr_array_new_with_free_func(built_row_free);
    GPtrArray *pending = g_ptr_array_new(); /* fragments waiting for the next data row */
    gboolean by_lines = jx_trow_rows_are_lines(all), marked = wraps_marked(all);
    /* (before any row takes in its fragments: the lines one by one) */
    int item_width = by_lines && !marked ? jx_trow_wrap_width(all, JX_ROLE_TASK) : 0;
    /* (a page break's cut of a work item, see rest_of_cell_cut_by_page) */
    int cut_width = !by_lines || marked ? 0
                    : item_width        ? item_width
                                        : jx_trow_width_lines_share(all, JX_ROLE_TASK);
    GHashTable *merged = g_hash_table_new(g_direct_hash, g_direct_equal);
    /* (read before the rows take in their fragments) */
    GHashTable *opened = by_lines && !marked ? tasks_opened(all, frag) : NULL;
    /* the name gaps and their arrays, all dropped with the table's rows */
    jx_arena *gap_arena = jx_arena_new(NAME_GAP_ARENA_BLOCK);
    GPtrArray *name_gaps = g_ptr_array_new(); /* borrowed from gap_arena */
    GPtrArray *names_taken = g_ptr_array_new_with_free_func(built_row_free);
    GPtrArray *deferred = g_ptr_array_new(); /* names for the next row with a line */
    int *name_at = g_new(int, n + 1);
    /* names placed by their column where lines are all there is to go by
     * (no measured wraps), in a target table: a self-evaluation's rows are
     * their score lines, its cells set at the rows' tops or centred as its
     * columns go, which one table mixes */
    gboolean tops = jx_trow_names_at_tops(all, frag);
    /* where the rows of two lines set their figures (jx_trow_count_figure_lines):
     * on the second line more often than on the first, and on the second
     * only, FIGURES_LOW_MIN_ROWS rows at least showing it */
    int low = 0, high = 0;
    if (by_lines && !marked && !scored)
        jx_trow_count_figure_lines(all, frag, &low, &high);
    gboolean only_two_lines = low >= FIGURES_LOW_MIN_ROWS && high == 0;
    name_gap **gap_at = by_lines && !marked && !scored && !tops
                            ? jx_trow_place_names_by_column(
                                  all, frag, gap_arena, name_gaps, name_at, centred_table,
                                  low > high, only_two_lines, jx_trow_names_top_set(all, frag))
                            : NULL;
    gboolean gapped = FALSE; /* a blank line between two rows of a stretch */
    for (guint k = 0; k < name_gaps->len; k++)
        gapped |= ((const name_gap *)name_gaps->pdata[k])->n_blanks > 0;
    for (guint i = 0; i < n;) {
        built_row *b = all->pdata[i];
        if (!frag[i]) {
            all->pdata[i] = NULL;
            if (b->labels_only) {
                jx_trow_hand_back_over_labels(pending, data, merged);
                jx_trow_defer_cells_past_labels(pending, deferred, all, frag, i);
            }
            for (guint p = pending->len; p > 0; p--)
                jx_trow_merge_fragment(pending->pdata[p - 1], b, TRUE, merged);
            g_ptr_array_set_size(pending, 0);
            for (guint p = deferred->len; p > 0 && !b->labels_only; p--)
                jx_trow_merge_fragment(deferred->pdata[p - 1], b, TRUE, merged);
            if (!b->labels_only)
                g_ptr_array_set_size(deferred, 0);
            g_ptr_array_add(data, b);
            i++;
            continue;
        }
        /* the run of fragments i0..i1, between data rows */
        guint i0 = i, i1 = i;
        while (i1 + 1 < n && frag[i1 + 1])
            i1++;
        built_row *prev = data->len ? data->pdata[data->len - 1] : NULL;
        built_row *next = i1 + 1 < n ? all->pdata[i1 + 1] : NULL;
        /* Both neighbours wrap (a fragment before the previous row, one after
         * the next): vertically centred cells, so the run splits in half.
         * Where the table sets its names at the rows' tops and the previous
         * row took no line above its own, the fragment before it is the row
         * above's rest, and a run of pieces alone (a work item's second line,
         * `推进小型水库` / `除险加固` over `加强水土保持` / `综合治理`, each
         * opening on its row's line) goes on from the row above. */
        gboolean centred = prev && next && i0 >= 2 && frag[i0 - 2] && i1 + 2 < n && frag[i1 + 2] &&
                           (centred_table || prev->labels_only || took_line_above(prev) ||
                            (!run_holds_own_cell(all, i0, i1) && !tops));
        /* the row above with cells of its own, past lines of labels alone */
        const built_row *owner = NULL;
        for (guint d = data->len; d-- > 0 && !owner;)
            if (!((const built_row *)data->pdata[d])->labels_only)
                owner = data->pdata[d];
        guint up =
            jx_trow_split_fragment_run(all, frag, i0, i1, prev, owner, next, centred, centred_table,
                                       by_lines, marked, (!gap_at || !centred_table) && !scored,
                                       gap_at != NULL, item_width, cut_width, only_two_lines,
                                       blanks_shown, opened);
        /* (a centred table's names placed by their column take its labels'
         * lines along: LibreOffice's PDFs) */
        /* the lines of the row above around its other target go up with it */
        for (guint j = i0; j <= i1 && ((const built_row *)all->pdata[j])->rest_of_above; j++)
            up = MAX(up, j - i0 + 1);
        for (guint j = i0; j < i0 + up && j <= i1; j++)
            if (((const built_row *)all->pdata[j])->row_top)
                up = j - i0; /* it and the lines below it go down, whatever else says */
        up = MIN(up, lines_before_date_head(all, i0, i1, up));
        /* a joined label's first line under a row with a label of its own
         * opens the next row's cell: it and the lines below it go down */
        for (guint j = i0; j < i0 + up && j <= i1 && prev && next; j++)
            if (opens_own_joined_label(all->pdata[j], prev, next)) {
                up = j - i0;
                break;
            }
        /* a wrapped level-2 label's head right above the next row's line
         * (jx_trow_heads_label_of) goes down, with the row's name on the line right
         * above it (a tall row's top): neither goes where the names' column
         * says (jx_trow_place_names_by_column weighs lines, not labels) */
        guint label_top = i1 + 1; /* (none: no line of the run tops a label's row) */
        if (next && jx_trow_heads_label_of(all->pdata[i1], next)) {
            label_top = i1 > i0 && name_over_label_head(all->pdata[i1 - 1], all->pdata[i1]) ? i1 - 1
                                                                                           : i1;
            up = MIN(up, label_top - i0);
        }
        /* a line opening a new group of labels starts the next row: it and
         * the lines below it go down, under a row set at its top (one that
         * took no line above its own), where the names' column does not
         * place the names (see jx_trow_place_names_by_column), in a target table (a
         * self-evaluation's rows are their score lines, its labels centred
         * beside the names' wrapped rests) */
        gboolean at_top = prev && next && !scored && !took_line_above(prev) &&
                          !(gap_at && gap_at[i0]);
        for (guint j = i0; at_top && j < i0 + up && j <= i1; j++)
            if (jx_trow_opens_label_group(all->pdata[j], prev, next) &&
                lines_between(all->pdata[j], j == i1 ? next : all->pdata[j + 1]) == 0 &&
                !run_holds_value(all, j, i1)) {
                up = j - i0;
                break;
            }
        /* right below a line of group labels, a piece of a name goes to the
         * next row when that row has none — unless it goes on from the row
         * above the labels (see jx_trow_cell_text_row): the labels' row keeps no
         * name, and pdftotext sets a centred row's name above its
         * numbered line */
        if (prev && prev->labels_only && next && !next->text[JX_ROLE_NAME])
            for (guint j = i0; j < i0 + up && j <= i1; j++) {
                const built_row *f = all->pdata[j];
                if (f->text[JX_ROLE_NAME] && jx_trow_cell_text_row(data, f) == prev) {
                    up = j - i0;
                    break;
                }
            }
        /* the line of a unit's first piece is the top of the next row: the
         * lines above it are the rows' above, whatever the names' column
         * says (see jx_trow_place_names_by_column) */
        gboolean cut_top = FALSE;
        for (guint j = i0; j <= i1 && !cut_top; j++)
            if (jx_trow_unit_cut_above(all->pdata[j], next)) {
                up = j - i0;
                cut_top = TRUE;
            }
        /* with no row above (the region's first lines), every line goes
         * down to the next row: going up needs a row to go to (jx_trow_cell_text_row
         * read before the start of `data`; a browser's print of a web page,
         * its first lines a tall row's rest) */
        if (!prev && next)
            up = 0;
        name_gap *gap = gap_at && !cut_top ? gap_at[i0] : NULL;
        gboolean by_column = jx_trow_names_by_column(gap, all, i0, up);
        built_row *redirected = NULL;
        gboolean over_labels = FALSE; /* a row's top and the lines below it, past labels */
        gboolean top_name = prev && next && by_lines && !scored &&
                            jx_trow_top_name_of_row_below(all, i0, i1 - i0 + 1, prev, next);
        for (guint j = i0; j <= i1; j++) {
            built_row *f = all->pdata[j];
            gboolean to_next = j - i0 >= up;
            if (gap && gap->total && name_at[j] >= 0 && gap_at[j] == gap && j < label_top) {
                gboolean name_up = name_at[j] < gap->best;
                /* where the line-by-line reading puts it: a row of the gap,
                 * or a row of group labels between them (`质量指标` alone
                 * below `被认定和审核通过的项目及对象`), which states no
                 * indicator — the name goes where its column says then too,
                 * unless blank lines part the rows (a text browser's, whose
                 * labels' rows pass their text on) */
                gboolean to_row =
                    to_next ? next == gap->below : jx_trow_cell_text_row(data, f) == gap->above;
                gboolean there = (to_row || gapped) && (!by_column || name_up != to_next);
                if (!there) {
                    built_row *piece = jx_trow_take_name(f);
                    g_ptr_array_add(names_taken, piece);
                    if (name_up)
                        jx_trow_merge_fragment(piece, gap->above, FALSE, merged);
                    else
                        g_ptr_array_add(deferred, piece);
                }
            }
            gboolean too_many = to_next ? pending->len >= MAX_FRAGMENTS_PER_ROW
                                        : prev && prev->absorbed >= MAX_FRAGMENTS_PER_ROW;
            if ((!prev && !next) || too_many) {
                /* not part of a neighbour's cell: keep it as a row, never drop text */
                all->pdata[j] = NULL;
                add_flag(f, "no-target");
                g_ptr_array_add(data, f);
            } else if (to_next) {
                /* a name's line right above a row of group labels (a
                 * centred row's name over its labels' line, its target
                 * below them) is the name of the row after the labels,
                 * which states no indicator (a tall row's name at its
                 * top, the labels centred lower: TALL_ROW_MIN_BLANKS
                 * blank lines between); a line with a target of its
                 * own is a row's whole, a self-evaluation's rows are
                 * their score lines, and a row after the labels with a
                 * name of its own wants none (the line is another cell's:
                 * a work item's wrapped over the labels; where the producer
                 * marks wrapped lines, names at the rows' tops, the
                 * labels may take several lines, see row_past_labels) */
                if (!scored && next->labels_only && f->text[JX_ROLE_NAME] && !has_target(f) &&
                    !f->text[JX_ROLE_VALUE] && !f->text[JX_ROLE_HALF_VALUE] &&
                    (((next_line_of(f, next) ||
                       lines_between(f, next) >= TALL_ROW_MIN_BLANKS) &&
                      unnamed_after(all, frag, marked ? past_labels(all, frag, i1 + 1) : i1 + 2)) ||
                     (j == i1 && top_name) ||
                     (j == i1 && name_goes_on_past_labels(all, frag, f, i1 + 1)))) {
                    built_row *piece = jx_trow_take_name(f);
                    g_ptr_array_add(names_taken, piece);
                    g_ptr_array_add(deferred, piece);
                }
                if (to_next && next->labels_only && jx_trow_cell_past_label_row(all, frag, i1, f)) {
                    built_row *cell = jx_trow_take_balanced_cells(f);
                    g_ptr_array_add(names_taken, cell);
                    g_ptr_array_add(deferred, cell);
                }
                over_labels |= top_over_labels(f, next);
                g_ptr_array_add(over_labels ? deferred : pending, f);
            } else {
                /* the next pieces of a cell that went on across the labels
                 * follow it */
                built_row *into = redirected && jx_trow_goes_on_from(redirected, f)
                                      ? redirected
                                      : jx_trow_cell_text_row(data, f);
                if (into != prev)
                    redirected = into;
                int last_line = into->last_line;
                jx_trow_merge_fragment(f, into, FALSE, merged);
                /* across the labels' row, the row's lines end before it: the
                 * label resolver reads rows whose lines ascend */
                if (into != prev)
                    into->last_line = last_line;
            }
        }
        i = i1 + 1;
    }
    g_free(frag);
    g_free(gap_at);
    g_free(name_at);
    g_ptr_array_unref(name_gaps);
    jx_arena_free(gap_arena);
    g_ptr_array_unref(deferred);
    g_ptr_array_unref(pending);
    jx_trow_spread_merged_text(data, merged);
    g_hash_table_unref(merged);
    if (opened)
        g_hash_table_unref(opened);
    g_ptr_array_set_free_func(all, NULL);
    for (guint i = 0; i < all->len; i++)
        if (all->pdata[i])
            built_row_free(all->pdata[i]);
    g_ptr_array_unref(all);
    g_ptr_array_unref(names_taken);
    return data;
}
