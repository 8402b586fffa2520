/*
 * target.c — a target table's rows → indicator records.
 *
 * For each row: align its cells to the header's roles (align.c), tell data
 * rows from fragments of a neighbour's cell (wrapped text, a cell cut by a
 * page break), join fragments, resolve merged labels (labels.c), then read
 * the target cells (normalize).  Every data row becomes a record; what had to
 * be inferred is said in its flags.  The parts split out of it are listed
 * in target_row.h.
 */
#include "parse/target_row.h"

#include <stdlib.h>
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

static const char *past_run_in_number(const char *label);

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
    const char *label = past_run_in_number(c->norm);
    return label != c->norm && jx_taxonomy_level1(label);
}

/* A target set wider than its column in a form with no unit column spills
 * its last word into the 备注 column beside it (`≤2023 年 12 月 31` | `日`):
 * that piece, which alone would be dropped as a remark, finishes the target
 * and is read as the unit column's piece is (see target_record).  A real
 * remark (`暂定`, `新增指标`) never makes a text target a number or date. */
static void keep_target_tail_from_remark(built_row *b, const GPtrArray *found,
                                         const jx_role *assign)
{
    const jx_pcell *value = b->by_role[JX_ROLE_VALUE];
    if (!value || !b->text[JX_ROLE_VALUE] || b->text[JX_ROLE_UNIT])
        return;
    for (guint i = 0; i < found->len; i++) {
        const jx_pcell *c = found->pdata[i];
        if (assign[i] != JX_ROLE_OTHER || c->col <= value->col || !c->norm)
            continue;
        if (completes_target(b->text[JX_ROLE_VALUE], c->norm))
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
    keep_target_tail_from_remark(b, found, assign);
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
        jx_role own = c->col >= 0 && c->col < header->n_cols ? header->roles[c->col] : JX_ROLE_NONE;
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

/* Cells a row of a scored table (a self-evaluation: 分值, 得分) fills once,
 * on one line: they never wrap, so the line holding them is the row's own
 * and every other line is a piece of a wrapped cell — a target wrapped over
 * lines (`大于等于 270` / `次`) included, which alone would look like a row. */
static const jx_role anchor_roles[] = {JX_ROLE_SEQ, JX_ROLE_WEIGHT, JX_ROLE_SCORE};

static gboolean has_anchor(const built_row *b)
{
    for (gsize i = 0; i < G_N_ELEMENTS(anchor_roles); i++)
        if (b->by_role[anchor_roles[i]])
            return TRUE;
    return FALSE;
}

/* A fragment: the rest of a neighbour's cell, or a label restated on a line
 * of its own (its text goes to the neighbour).  In a scored table a row is
 * the line with its anchors; elsewhere, a line with a 序号 or a target. */
static gboolean is_fragment(const built_row *b, gboolean scored)
{
    if (scored)
        return !has_anchor(b);
    return !has_value(b) && !b->by_role[JX_ROLE_SEQ];
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
        if (!again->junk && again->uniform && again->offset == with->offset && keeps_level) {
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
            if (v < ANCHOR_MIN_CELLS || v < ANCHOR_SHARE * total[c])
                continue;
            if (anchored && hc - c != shift)
                return 0;
            shift = hc - c;
            anchored = TRUE;
        }
    return shift;
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
 * `*labels` (may be NULL) gets how many of them read as level labels. */
static int cells_in_column(const GPtrArray *all, guint a, guint b, int col, int *labels)
{
    int n = 0, l = 0;
    for (guint i = a; i < b; i++) {
        const GPtrArray *cells = ((const built_row *)all->pdata[i])->source->cells;
        for (guint k = 0; k < cells->len; k++) {
            const jx_pcell *c = cells->pdata[k];
            if (c->col != col || c->rowhead)
                continue;
            n++;
            l += c->kind == JX_CK_LEVEL1 || c->kind == JX_CK_LEVEL2;
        }
    }
    if (labels)
        *labels = l;
    return n;
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
 * level column of the header. */
static int labels_moved_into_label_columns(const GPtrArray *all, guint a, guint b,
                                           const jx_header *h, const int *moves, int width)
{
    int fit = 0;
    for (guint i = a; i < b; i++) {
        const GPtrArray *cells = ((const built_row *)all->pdata[i])->source->cells;
        for (guint k = 0; k < cells->len; k++) {
            const jx_pcell *c = cells->pdata[k];
            int col = c->col + move_of(moves, width, c->col);
            if ((c->kind == JX_CK_LEVEL1 || c->kind == JX_CK_LEVEL2) && !c->rowhead && col >= 0 &&
                col < h->n_cols &&
                (h->roles[col] == JX_ROLE_LEVEL1 || h->roles[col] == JX_ROLE_LEVEL2))
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
    if (labels_moved_into_label_columns(all, a, b, h, moves, width) <=
        labels_moved_into_label_columns(all, a, b, h, zero, 1))
        g_clear_pointer(&moves, g_free);
    return moves;
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
        g_free(votes);
        g_free(total);
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
        int *moves = part_moves(all, a, b, h, width, shift);
        gboolean overhang = FALSE;
        if (!moves && shift == 0) {
            moves = label_overhang_moves(all, a, b, h, width, anchored);
            overhang = moves != NULL;
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
 * the header's column, and realign_parts places its columns.) */
static void names_left_of_header_word(GPtrArray *all, const jx_ptable *table, GHashTable *spans)
{
    const jx_header *h = table->header;
    guint b = all->len ? part_end(all, 0) : 0;
    int width = part_width(all, 0, b);
    int *moves = NULL, from = 0;
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
        from = from ? from : c + 1;
    }
    for (guint i = 0; i < b && moves; i++) {
        built_row *r = all->pdata[i];
        built_row *again = build_row_moved(h, r->source, 0, spans, moves, width);
        again->names_from = from;
        take_rebuilt(all, i, again);
    }
    g_free(moves);
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

/* TRUE when more of part column `col`'s cells went to its own header
 * column than to any other (votes as part_votes gives them). */
static gboolean keeps_own_column(const int *votes, const jx_header *header, int width, int col)
{
    if (col >= width || col >= header->n_cols)
        return FALSE;
    const int *row = votes + col * (header->n_cols + 1);
    for (int h = 0; h < header->n_cols; h++)
        if (h != col && row[h] >= row[col])
            return FALSE;
    return row[col] > 0;
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

/* TRUE when a line of rows [a, b) of `all` sets a label piece in part
 * column `col`, a third label column, beside a level-1 piece in the
 * level-2 column (效益 | 经济, 指标 | 效益): the pair that shows the 效益
 * block's labels moved one column right, each level in its own. */
static gboolean third_level_pair_in_part(const GPtrArray *all, guint a, guint b,
                                         const jx_header *header, int col)
{
    int level2 = role_column(header, JX_ROLE_LEVEL2);
    for (guint i = a; i < b; i++) {
        const built_row *row = all->pdata[i];
        gboolean third = FALSE, level1 = FALSE;
        for (guint k = 0; k < row->source->cells->len; k++) {
            const jx_pcell *c = row->source->cells->pdata[k];
            third |= c->col == col && third_level_piece(c);
            level1 |= c->col == level2 && level1_piece_beside_third(c);
        }
        if (third && level1)
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
            placed_rows += !frag[i];
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
            if (closes_row(own) && best != c && keeps_own_column(votes, header, width, best))
                best = c;
            if (third_label_column(header, c) && best < c && header->roles[best] == JX_ROLE_LEVEL1 &&
                keeps_own_column(votes, header, width, role_column(header, JX_ROLE_LEVEL2)) &&
                third_level_pair_in_part(all, a, b, header, c))
                best = c;
            m->to[c] = best;
            voted[c] = most > 0;
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

/* The rows at least that must show their figures on their second line,
 * none on the first, for every row of two lines to be read so (see
 * jx_trow_count_figure_lines): a tie or a mixed vote leaves a name broken by hand
 * (`筹集保障性租赁` / `住房（二期）`) with its row. */
#define FIGURES_LOW_MIN_ROWS 2

/* Bytes of a block of the arena a table's name gaps live in: a gap and its
 * five arrays take about 150 bytes, a table has one gap per row. */
#define NAME_GAP_ARENA_BLOCK 16384

static GPtrArray *build_rows(const jx_ptable *table)
{
    GPtrArray *all = g_ptr_array_new_with_free_func(built_row_free);
    GHashTable *spans = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (guint i = 0; i < table->rows->len; i++)
        g_ptr_array_add(all, build_row(table->header, table->rows->pdata[i], 0, spans));
    jx_trow_label_rest_read_as_name(all, table->header);
    names_left_of_header_word(all, table, spans);
    realign_parts(all, table, spans);
    realign_blocks(all, table, spans);
    jx_trow_targets_under_their_name(all, table->header);
    if (table_has_role(table->header, JX_ROLE_TASK)) /* (no work items to take) */
        jx_trow_tasks_under_their_name(all, table->header->n_cols);
    g_hash_table_unref(spans);

    guint n = all->len;
    gboolean *frag = g_new0(gboolean, n + 1);
    gboolean scored = table_has_role(table->header, JX_ROLE_WEIGHT) ||
                      table_has_role(table->header, JX_ROLE_SCORE);
    gboolean data_above = FALSE; /* a row above that a wrapped line can go on from */
    for (guint i = 0; i < n; i++) {
        built_row *b = all->pdata[i];
        b->labels_only =
            jx_trow_is_label_row(b, table->header) &&
            !(i + 1 < n && jx_trow_names_row_below(b, all->pdata[i + 1], table->header)) &&
            !(i > 0 && jx_trow_finishes_joined_label(all->pdata[i - 1], b));
        frag[i] = (is_fragment(b, scored) ||
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
                                             jx_trow_level1_row_above(all, i), level2_cells);
    }
    g_hash_table_unref(level2_cells);
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
            if (b->labels_only)
                jx_trow_hand_back_over_labels(pending, data, merged);
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
         * the next): vertically centred cells, so the run splits in half. */
        gboolean centred = prev && next && i0 >= 2 && frag[i0 - 2] && i1 + 2 < n && frag[i1 + 2] &&
                           (centred_table || prev->labels_only || took_line_above(prev) ||
                            !run_holds_own_cell(all, i0, i1));
        /* the row above with cells of its own, past lines of labels alone */
        const built_row *owner = NULL;
        for (guint d = data->len; d-- > 0 && !owner;)
            if (!((const built_row *)data->pdata[d])->labels_only)
                owner = data->pdata[d];
        guint up =
            jx_trow_split_fragment_run(all, frag, i0, i1, prev, owner, next, centred, centred_table,
                                       by_lines, marked, (!gap_at || !centred_table) && !scored,
                                       gap_at != NULL, item_width, cut_width, only_two_lines);
        /* (a centred table's names placed by their column take its labels'
         * lines along: LibreOffice's PDFs) */
        /* the lines of the row above around its other target go up with it */
        for (guint j = i0; j <= i1 && ((const built_row *)all->pdata[j])->rest_of_above; j++)
            up = MAX(up, j - i0 + 1);
        for (guint j = i0; j < i0 + up && j <= i1; j++)
            if (((const built_row *)all->pdata[j])->row_top)
                up = j - i0; /* it and the lines below it go down, whatever else says */
        up = MIN(up, lines_before_date_head(all, i0, i1, up));
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
                     (j == i1 && top_name))) {
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
    g_ptr_array_set_free_func(all, NULL);
    for (guint i = 0; i < all->len; i++)
        if (all->pdata[i])
            built_row_free(all->pdata[i]);
    g_ptr_array_unref(all);
    g_ptr_array_unref(names_taken);
    return data;
}

/* A target read from a row's op, value and unit cells; a figure that states
 * no unit takes the one its column's header states (`header_unit`, may be
 * NULL), and the row is flagged `unit-from-header`. */
/* A target text this long or longer is joined on the heap: one cell of
 * prose written into the value column, beyond a form's usual cell. */
#define TARGET_TEXT_ON_STACK 256

/* Sets `rec`'s text: the raw operator, value and unit cells of `b` in
 * column order, as they stood, joined by ` | `.  Joined on the stack (the
 * record copies it): this runs for every target row. */
static void set_target_text(jx_record *rec, const built_row *b, jx_role op_r, jx_role val_r,
                            jx_role unit_r)
{
    static const char sep[] = " | ";
    const jx_role order[] = {op_r, val_r, unit_r};
    const jx_pcell *cells[3];
    for (int i = 0; i < 3; i++)
        cells[i] = b->by_role[order[i]];
    /* in column order, as they stood */
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (cells[i] && cells[j] && cells[j]->col < cells[i]->col) {
                const jx_pcell *tmp = cells[i];
                cells[i] = cells[j];
                cells[j] = tmp;
            }
    gsize len[3] = {0}, total = 0;
    for (int i = 0; i < 3; i++)
        if (cells[i]) {
            len[i] = strlen(cells[i]->raw);
            total += len[i] + (sizeof sep - 1);
        }
    char small[TARGET_TEXT_ON_STACK];
    char *text = total < sizeof small ? small : g_malloc(total + 1);
    gsize n = 0;
    for (int i = 0; i < 3; i++)
        if (cells[i]) {
            if (n) {
                memcpy(text + n, sep, sizeof sep - 1);
                n += sizeof sep - 1;
            }
            memcpy(text + n, cells[i]->raw, len[i]);
            n += len[i];
        }
    text[n] = '\0';
    jx_record_set_string(rec, JX_F_TEXT, text);
    if (text != small)
        g_free(text);
}

static jx_record *target_record(built_row *b, jx_role op_r, jx_role val_r, jx_role unit_r,
                                const char *header_unit)
{
    jx_target t = {0};
    /* the value read alone, once: it is the target unless the unit column
     * completes it */
    if (b->text[val_r]) {
        /* less a remark run into it (`暂定85%`) */
        char *bare = jx_norm_cut_remarks(b->text[val_r]);
        jx_norm_target(bare ? bare : b->text[val_r], &t);
        g_free(bare);
    }
    /* a date or figure whose last word stands in the unit column (`2019 年 9
     * 月 30` | `日`: a layout set it wider than its column) is read whole */
    gboolean cut = b->text[val_r] && b->text[unit_r] &&
                   jx_trow_completes_read_target(b->text[val_r], &t, b->text[unit_r]);
    if (cut) {
        jx_target_clear(&t);
        char *whole = jx_norm_join(b->text[val_r], b->text[unit_r]);
        jx_norm_target(whole, &t);
        g_free(whole);
    }
    if (b->text[op_r] && t.op == JX_OP_NONE)
        t.op = jx_norm_op(b->text[op_r]);
    /* a remark the 备注 column ran into the unit's (`基本消除` | `暂定`) is no unit */
    if (!t.unit && b->text[unit_r] && !cut && !jx_norm_is_remark(b->text[unit_r])) {
        t.unit = jx_norm_unit(b->text[unit_r]);
        if (!t.unit && b->by_role[unit_r])
            t.unit = jx_norm_unit_before_remark(b->by_role[unit_r]->raw);
        if (!t.unit)
            t.unit = g_strdup(b->text[unit_r]);
    }
    /* a unit set one space before the explanation beside it, right of an
     * empty unit column (`=100 | | % 反映补助对象识别精准率情况`): the
     * explanation's column took both, and the figure went without its unit */
    if (!t.unit && !b->text[unit_r] && unit_r == JX_ROLE_UNIT && t.kind == JX_KIND_NUMBER &&
        b->by_role[JX_ROLE_EXPLAIN])
        t.unit = jx_norm_unit_before_remark(b->by_role[JX_ROLE_EXPLAIN]->raw);
    if (!t.unit && header_unit && t.kind == JX_KIND_NUMBER) {
        t.unit = g_strdup(header_unit);
        add_flag(b, "unit-from-header");
    }
    const char *unit = t.unit;

    jx_record *rec = NULL;
    if (t.kind != JX_KIND_NONE || t.op != JX_OP_NONE || unit) {
        rec = jx_record_new(JX_RECORD_VALUE);
        jx_record_set_string(rec, JX_F_OP, jx_op_symbol(t.op));
        jx_record_set_string(rec, JX_F_VALUE, t.value);
        jx_record_set_string(rec, JX_F_KIND, jx_kind_name(t.kind));
        jx_record_set_string(rec, JX_F_UNIT, unit);
        set_target_text(rec, b, op_r, val_r, unit_r);
    }
    jx_target_clear(&t);
    return rec;
}

/* Sorting a GPtrArray hands the comparator pointers to elements. */
static gint flag_cmp(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A decimal string of a weight or score cell (`20`, `9.5`, `20分`), or NULL. */
static char *points_of(const char *norm)
{
    if (!norm)
        return NULL;
    char *t = g_strstrip(g_strdup(norm));
    if (g_str_has_suffix(t, "分"))
        t[strlen(t) - strlen("分")] = '\0';
    char *num = *t && (g_ascii_isdigit(t[0]) || t[0] == '.') ? jx_norm_number(g_strstrip(t)) : NULL;
    g_free(t);
    return num;
}

/* The 实际完成值 of a self-evaluation row, read like a target (its text as
 * printed), or NULL when the cell is empty.  A value wrapped round its row's
 * line (`2022年6月28` / `日` above and below it, nothing on it) has no cell
 * on the row's line: its lines, joined, are its text. */
static jx_record *actual_record(const built_row *b)
{
    const jx_pcell *c = b->by_role[JX_ROLE_ACTUAL];
    const char *joined = b->text[JX_ROLE_ACTUAL];
    if (!joined || !*joined)
        return NULL;
    jx_target t = {0};
    jx_norm_target(joined, &t);
    jx_record *rec = jx_record_new(JX_RECORD_VALUE);
    jx_record_set_string(rec, JX_F_OP, jx_op_symbol(t.op));
    jx_record_set_string(rec, JX_F_VALUE, t.value);
    jx_record_set_string(rec, JX_F_KIND, jx_kind_name(t.kind));
    jx_record_set_string(rec, JX_F_UNIT, t.unit);
    jx_record_set_string(rec, JX_F_TEXT, c ? c->raw : joined);
    jx_target_clear(&t);
    return rec;
}

/* The fields a self-evaluation row adds to its indicator (records.md). */
static void set_self_evaluation(jx_record *rec, built_row *b)
{
    jx_record *actual = actual_record(b);
    jx_record_set_record(rec, JX_F_ACTUAL, actual);
    const char *wt = b->text[JX_ROLE_WEIGHT], *sc = b->text[JX_ROLE_SCORE];
    char *weight = points_of(wt);
    char *score = points_of(sc);
    jx_record_set_string(rec, JX_F_WEIGHT, weight);
    jx_record_set_string(rec, JX_F_SCORE, score);
    if ((!jx_selfeval_is_blank(wt) && !weight) || (!jx_selfeval_is_blank(sc) && !score))
        add_flag(b, "unreadable-score");
    if (actual && g_strcmp0(jx_record_string(actual, JX_F_KIND), "text") == 0)
        add_flag(b, "actual-text");
    g_free(weight);
    g_free(score);
    /* a dash or 无 says there is no deviation to explain */
    const char *dev = b->text[JX_ROLE_DEVIATION];
    jx_record_set_string(rec, JX_F_DEVIATION, jx_selfeval_is_blank(dev) ? NULL : dev);
    if (b->group_weight) /* absent when the label prints none (records.md) */
        jx_record_set_string(rec, JX_F_GROUP_WEIGHT, b->group_weight);
}

/* TRUE when row `b` holds its 序号 and nothing else (no name, no target,
 * no text of a row): a number whose row's lines went to its neighbours
 * states no indicator. */
static gboolean number_only(const built_row *b)
{
    if (!b->text[JX_ROLE_SEQ])
        return FALSE;
    for (int r = 0; r < JX_ROLE_COUNT; r++)
        if (r != JX_ROLE_SEQ && !is_label_role(r) && b->text[r])
            return FALSE;
    return !has_target(b);
}

/* The most digits a row number run into a label has (999 rows). */
#define RUN_IN_NUMBER_MAX_DIGITS 3

/* `label` past a row number run into it: a browser's print of a narrow
 * 序号 column sets the number one space before the level-1 label in the
 * next column (`4 产出`, `18 效益指标`), and a layout dump that cannot part
 * them gives the label the number (`4产出`, filled down its group).  A
 * label's own numbering stands apart (`1.产出指标`, `一、产出指标`): ASCII
 * digits right before an ideograph, the rest a known label, are the row's
 * number.  A view into `label`, or `label` itself. */
static const char *past_run_in_number(const char *label)
{
    if (!label)
        return NULL;
    gsize digits = 0;
    while (g_ascii_isdigit(label[digits]))
        digits++;
    const char *rest = label + digits;
    if (*rest == ' ') /* the one space a browser leaves (`4 产出`) */
        rest++;
    if (digits == 0 || digits > RUN_IN_NUMBER_MAX_DIGITS ||
        g_unichar_get_script(g_utf8_get_char(rest)) != G_UNICODE_SCRIPT_HAN)
        return label;
    return jx_taxonomy_level1(rest) || jx_taxonomy_level2(NULL, rest) ? rest : label;
}

/* A comparison sign printed in the empty operator column right after a long
 * name (`人均培训成本≤`, `举办招聘会(暂定) ≥`) is read into the name's cell
 * when the two cells touch (an operator column the header finder may not
 * keep, all its other cells empty): a name never ends with a sign, so the
 * sign is the row's operator. */
static void op_off_name_end(built_row *b)
{
    char *name = b->text[JX_ROLE_NAME];
    if (!name || (b->text[JX_ROLE_OP] && *b->text[JX_ROLE_OP]))
        return;
    const char *end = name + strlen(name);
    const char *sign = end;
    while (sign > name) {
        const char *prev = g_utf8_find_prev_char(name, sign);
        if (!prev || !jx_norm_is_op_sign(g_utf8_get_char(prev)))
            break;
        sign = prev;
    }
    if (sign == end || sign == name)
        return;
    char *op = g_strdup(sign);
    if (jx_norm_op(op) == JX_OP_NONE) {
        g_free(op);
        return;
    }
    char *rest = g_strndup(name, (gsize)(sign - name));
    g_strchomp(rest);
    if (!*rest) {
        g_free(rest);
        g_free(op);
        return;
    }
    text_set(b, JX_ROLE_NAME, rest);
    text_set(b, JX_ROLE_OP, op);
}

static void emit_row(const jx_source *src, const jx_ptable *table, int index, built_row *b,
                     const char *l1, const char *l2, jx_record_list *out)
{
    char *split1 = NULL, *split2 = NULL;
    if ((!l2 || !*l2) && jx_labels_split_joined(l1, &split1, &split2)) {
        l1 = split1;
        l2 = split2;
    }
    jx_record *rec = jx_record_new(JX_RECORD_INDICATOR);
    jx_record_set_string(rec, JX_F_DOC, jx_source_name(src));
    jx_record_set_int(rec, JX_F_TABLE, table->index);
    jx_record_set_int(rec, JX_F_ROW, index);
    if (b->page > 0)
        jx_record_set_int(rec, JX_F_PAGE, b->page);
    else
        jx_record_set_null(rec, JX_F_PAGE);
    const char *seq = b->text[JX_ROLE_SEQ];
    const char *own_l1 = b->text[JX_ROLE_LEVEL1]; /* the row's own cell, not filled down */
    if (seq && b->by_role[JX_ROLE_SEQ]->kind == JX_CK_INT)
        jx_record_set_int(rec, JX_F_SEQ, atoi(seq));
    else if (!seq && own_l1 && past_run_in_number(own_l1) != own_l1)
        jx_record_set_int(rec, JX_F_SEQ, atoi(own_l1));
    else
        jx_record_set_null(rec, JX_F_SEQ);
    jx_record_set_string(rec, JX_F_LEVEL1, past_run_in_number(l1));
    jx_record_set_string(rec, JX_F_LEVEL2, past_run_in_number(l2));
    op_off_name_end(b);
    jx_record_set_string(rec, JX_F_NAME, b->text[JX_ROLE_NAME] ? b->text[JX_ROLE_NAME] : "");
    jx_record_set_string(rec, JX_F_TASK, b->text[JX_ROLE_TASK]);
    /* beside an empty group's label, which level-2 heads the row is a guess:
     * the category says only what is certain, the level-1 code */
    gboolean unsure_level2 = has_flag(b, "empty-group-label");
    jx_record_set_string(rec, JX_F_CATEGORY, jx_taxonomy_category(l1, unsure_level2 ? NULL : l2));

    /* the full-year target's fields sit on the record itself; a row with no
     * target cells keeps them null, with an empty text */
    char *unit = jx_trow_header_unit(table->header, JX_ROLE_VALUE);
    jx_record *full = target_record(b, JX_ROLE_OP, JX_ROLE_VALUE, JX_ROLE_UNIT, unit);
    g_free(unit);
    static const jx_field target_fields[] = {JX_F_OP, JX_F_VALUE, JX_F_KIND, JX_F_UNIT};
    for (gsize k = 0; k < G_N_ELEMENTS(target_fields); k++)
        jx_record_set_string(rec, target_fields[k],
                             full ? jx_record_string(full, target_fields[k]) : NULL);
    jx_record_set_string(rec, JX_F_TEXT, full ? jx_record_string(full, JX_F_TEXT) : "");
    if (!full || !jx_record_string(full, JX_F_VALUE))
        add_flag(b, "no-target");
    jx_record_free(full);

    if (table_has_role(table->header, JX_ROLE_HALF_VALUE) ||
        table_has_role(table->header, JX_ROLE_HALF_OP)) {
        char *half_unit = jx_trow_header_unit(table->header, JX_ROLE_HALF_VALUE);
        jx_record_set_record(rec, JX_F_HALF, target_record(b, JX_ROLE_HALF_OP, JX_ROLE_HALF_VALUE,
                                                         JX_ROLE_HALF_UNIT, half_unit));
        g_free(half_unit);
    }
    if (table_has_role(table->header, JX_ROLE_ACTUAL))
        set_self_evaluation(rec, b);
    if (!b->text[JX_ROLE_NAME])
        add_flag(b, "no-name");
    if (b->shifted)
        add_flag(b, "columns-shifted");
    if (b->junk)
        add_flag(b, "unassigned-cell");
    g_ptr_array_sort(b->flags, flag_cmp);
    jx_record_set_list(rec, JX_F_FLAGS, b->flags);
    jx_record_list_append(out, rec);
    g_free(split1);
    g_free(split2);
}

/* The pitch (lines from one row's first line to the next one's, as a rule)
 * of a dump that parts its rows with blank lines; the label resolver judges
 * centring in lines only there (see jx_label_context): a text browser
 * centres a rowspan on its lines, while pdftotext and spreadsheets set a
 * label on a row's own line. */
#define GAPPED_PITCH 2

/* How the rows' lines are known (row_lines). */
typedef enum {
    ROW_LINES_NONE,     /* some row has no lines, or a cell takes several */
    ROW_LINES_ROWS,     /* every row has its lines and its labels on its line */
    ROW_LINES_UNGAPPED, /* ... a row's first line follows the one before's last
                           as a rule, the lines ascend, and some label stands
                           on a line of its own (a PDF's layout text, which
                           sets a centred label on its span's middle line) */
    ROW_LINES_GAPPED    /* ... and blank lines part them (GAPPED_PITCH) */
} row_lines_kind;

/* TRUE when labels-only row `b` is a section row: a level-1 label on a row
 * of its own over rows that hold their level-2 labels (`一、产出指标` over
 * `（一）数量指标 | 名称 | 值`), in a table of one label column (`sections`),
 * or a label merged across columns (the section's cell across the table). */
static gboolean is_section_row(const built_row *b, gboolean sections)
{
    if (!b->labels_only)
        return FALSE;
    if (sections && b->text[JX_ROLE_LEVEL1] && jx_taxonomy_level1(b->text[JX_ROLE_LEVEL1]))
        return TRUE;
    for (guint c = 0; c < b->source->cells->len; c++) {
        const jx_pcell *cell = b->source->cells->pdata[c];
        if (!cell->spanned && cell->origin && cell->origin->colspan > 1)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when some work item (名称) is wrapped over lines of its rows: a layout
 * dump of a centred merged cell sets its pieces on the lines around the
 * middle of its span, between and beside the rows' own lines, so the mean
 * of its pieces' lines says which rows it is centred over where its row
 * alone (the one its first piece joined) does not.  A dump that keeps each
 * cell on its row's line (a cell stream, tab-separated text) wraps none. */
static gboolean work_items_wrapped(const GPtrArray *rows)
{
    for (guint i = 0; i < rows->len; i++)
        if (((const built_row *)rows->pdata[i])->label_pieces[JX_ROLE_TASK] > 1)
            return TRUE;
    return FALSE;
}

/* Line geometry of the rows for the label resolver: fills line_lo/line_hi
 * and, per label role, label_line, and says how far the lines tell where
 * labels stand (row_lines_kind). */
static row_lines_kind row_lines(const GPtrArray *rows, gboolean sections, double *line_lo,
                                double *line_hi, double *const label_line[JX_ROLE_COUNT],
                                int *row_gap)
{
    guint n = rows->len;
    if (n < 3)
        return ROW_LINES_NONE;
    int *steps = g_new(int, n), *gaps = g_new(int, n);
    gboolean label_alone = FALSE; /* a label on a line of its own */
    /* lines that go back (a producer that numbers each page's lines anew)
     * say where rows stand on their page, not how far apart they are */
    gboolean ascending = TRUE;
    for (guint i = 0; i < n; i++) {
        const built_row *b = rows->pdata[i];
        gboolean tall = !b->first_line;
        /* a cell of several lines (pandoc's multiline rows, a quoted CSV
         * field) makes a row taller than its line numbers say */
        for (guint c = 0; c < b->source->cells->len && !tall; c++)
            tall = strchr(((const jx_pcell *)b->source->cells->pdata[c])->raw, '\n') != NULL;
        if (tall) {
            g_free(steps);
            g_free(gaps);
            return ROW_LINES_NONE;
        }
        ascending &= i == 0 || b->first_line > line_hi[i - 1];
        line_lo[i] = b->first_line;
        line_hi[i] = b->last_line;
        /* a section row's label stands alone on its line as any row's
         * cells do: it says nothing of centring */
        gboolean section = is_section_row(b, sections);
        for (gsize k = 0; k < G_N_ELEMENTS(label_roles); k++) {
            jx_role r = label_roles[k];
            label_line[r][i] = b->label_pieces[r] ? b->label_sum[r] / b->label_pieces[r] : b->line;
            label_alone |= b->labels_only && b->label_pieces[r] && !section;
        }
        if (i > 0) {
            const built_row *prev = rows->pdata[i - 1];
            steps[i - 1] = b->first_line - prev->first_line;
            gaps[i - 1] = b->first_line - prev->last_line;
        }
    }
    int m = (int)n - 1;
    qsort(steps, (size_t)m, sizeof *steps, cmp_int);
    qsort(gaps, (size_t)m, sizeof *gaps, cmp_int);
    gboolean gapped = steps[m / 2] == GAPPED_PITCH;
    gboolean adjacent = gaps[m / 2] == 1;
    *row_gap = gaps[m / 2];
    g_free(steps);
    g_free(gaps);
    if (gapped)
        return ROW_LINES_GAPPED;
    return adjacent && ascending && label_alone ? ROW_LINES_UNGAPPED : ROW_LINES_ROWS;
}

/* The widest usual gap between rows' lines where page breaks are closed
 * (close_page_gaps): LibreOffice's print sets rows tight and centres a cut
 * cell over the whole cell; a browser's parts rows with blank lines and
 * sets a cut cell's label by its part on the page (top_of_cut_span). */
#define PAGE_GAP_TIGHT_ROWS 1

/* Moves the lines of rows on a later page than the row before up by the
 * lines the page break put between them beyond the rows' usual gap
 * (`row_gap`): the page's foot, its number and the next page's head, which
 * a layout dump prints between a table's two parts.  A spreadsheet centres
 * a merged cell's label over the whole cell as printed, its rows on both
 * pages and not those lines, so counted in the lines of a cut span pull its
 * middle down by the furniture's height (效益指标 on a page's last row, its
 * group's rest on the next page, read as centred over the rows above).  Not
 * under a header the page repeats (a print range that repeats the header
 * centres each page's part of a cell on its own), nor beside a label read
 * alone on either side of the break (a cut cell's text read on both pages
 * already marks where the break stands). */
static void close_page_gaps(const GPtrArray *rows, int row_gap, double *line_lo,
                            double *line_hi, double *const label_line[JX_ROLE_COUNT])
{
    double shift = 0;
    for (guint i = 1; i < rows->len; i++) {
        const built_row *b = rows->pdata[i], *prev = rows->pdata[i - 1];
        if (prev->page > 0 && b->page > prev->page && !b->header_above && !prev->labels_only &&
            !b->labels_only) {
            double gap = line_lo[i] - line_hi[i - 1] - row_gap;
            if (gap > 0)
                shift += gap;
        }
        line_lo[i] -= shift;
        line_hi[i] -= shift;
        for (gsize k = 0; k < G_N_ELEMENTS(label_roles); k++)
            label_line[label_roles[k]][i] -= shift;
    }
}

/* The first and last line of row `b`'s cells' pieces (0, 0: none known):
 * a fragment of no role joined into the row (a footer's wrapped word) says
 * nothing of its height. */
static void cell_lines(const built_row *b, int *lo, int *hi)
{
    *lo = *hi = 0;
    for (int r = 0; r < JX_ROLE_COUNT; r++) {
        if (!b->head_line[r] || !b->tail_line[r])
            continue;
        *lo = *lo ? MIN(*lo, b->head_line[r]) : b->head_line[r];
        *hi = MAX(*hi, b->tail_line[r]);
    }
}

/* TRUE when a line between lo and hi holds none of row `b`'s cells. */
static gboolean blank_line_inside(const built_row *b, int lo, int hi)
{
    for (int line = lo + 1; line < hi; line++) {
        gboolean covered = FALSE;
        for (int r = 0; r < JX_ROLE_COUNT && !covered; r++)
            covered = b->head_line[r] && b->head_line[r] <= line && line <= b->tail_line[r];
        if (!covered)
            return TRUE;
    }
    return FALSE;
}

/* How many rows' height row `b` stands in a dump whose rows follow each
 * other: one, unless a line among its cells' lines holds none of them (a
 * name at the row's top and its target centred two lines below, a blank
 * line between: the row is that tall in the page), then the lines its
 * cells take beyond those its most wrapped cell runs over.  (A name
 * wrapped over three lines beside a centred target is one row: its lines
 * are no height of the row's own.)  A row holding a label counts one: the
 * label's pieces, wrapped over lines of the rows around, say where the
 * label stands, not how tall the row is. */
static double row_height(const built_row *b)
{
    for (gsize k = 0; k < G_N_ELEMENTS(label_roles); k++)
        if (b->label_pieces[label_roles[k]])
            return 1;
    int lo, hi;
    cell_lines(b, &lo, &hi);
    if (!lo || !blank_line_inside(b, lo, hi))
        return 1;
    int wrapped = 0;
    for (int r = 0; r < JX_ROLE_COUNT; r++)
        if (b->head_line[r] && b->tail_line[r])
            wrapped = MAX(wrapped, b->tail_line[r] - b->head_line[r]);
    return MAX(1, hi - lo + 1 - wrapped);
}

/* Extends line_hi of each tall row of `rows` (a name at its top, its
 * figures centred lower, a blank line between: see row_height) over the
 * padding below it, when TALL_ROW_MIN_BLANKS blank lines or more part it
 * from the next row: its figures' line is its middle, so it reaches as far
 * below that line as its top stands above it.  A label centred on the tall
 * row stands on that line; over the row's lines alone it would read as
 * centred on the row and the next together. */
static void tall_rows_take_padding(const GPtrArray *rows, const double *line_lo, double *line_hi)
{
    for (guint i = 0; i + 1 < rows->len; i++) {
        const built_row *b = rows->pdata[i], *next = rows->pdata[i + 1];
        int lo, hi;
        cell_lines(b, &lo, &hi);
        if (!lo || !b->line || next->page != b->page || !next->first_line ||
            next->first_line - line_hi[i] - 1 < TALL_ROW_MIN_BLANKS ||
            !blank_line_inside(b, lo, hi))
            continue;
        line_hi[i] = MIN(next->first_line - 1, b->line + (b->line - line_lo[i]));
    }
}

/* A group weight written into a label (`产出指标(50分)`, `效益指标（30分）`,
 * `产出指标50分`) is dropped: the label is the group's name.  Takes `label`. */
/* The length of `label` without the group weight it ends with, its
 * digits at [*digits_start, *digits_end); strlen(label) when it ends with
 * none (see jx_trow_strip_group_weight). */
static gsize group_weight_cut(const char *label, gsize *digits_start, gsize *digits_end)
{
    gsize n = strlen(label);
    gsize end = n;
    gboolean closed = end && (label[end - 1] == ')' || label[end - 1] == ']');
    if (closed)
        end--;
    gsize fen = strlen("分");
    if (end < fen || strncmp(label + end - fen, "分", fen) != 0)
        return n;
    end -= fen;
    *digits_end = end;
    while (end && (g_ascii_isdigit(label[end - 1]) || label[end - 1] == '.' || label[end - 1] == ' '))
        end--;
    if (end == *digits_end)
        return n;
    *digits_start = end;
    gboolean opened = end && (label[end - 1] == '(' || label[end - 1] == '[');
    if (opened != closed)
        return n;
    if (opened)
        end--;
    while (end && label[end - 1] == ' ')
        end--;
    return end == 0 ? n : end;
}

char *jx_trow_strip_group_weight(char *label, char **weight)
{
    if (!label)
        return NULL;
    gsize digits_start = 0, digits_end = 0;
    gsize end = group_weight_cut(label, &digits_start, &digits_end);
    if (label[end] == '\0')
        return label;
    if (weight) {
        char *digits = g_strstrip(g_strndup(label + digits_start, digits_end - digits_start));
        g_free(*weight);
        *weight = jx_norm_number(digits);
        g_free(digits);
    }
    label[end] = '\0';
    return label;
}

/* Drops the group weight from every row's labels, keeping the level-1
 * one's as the row's group weight (see jx_trow_strip_group_weight). */
static void strip_group_weights(GPtrArray *rows)
{
    for (guint i = 0; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        static const jx_role weighted[] = {JX_ROLE_LEVEL1, JX_ROLE_LEVEL2};
        for (gsize k = 0; k < G_N_ELEMENTS(weighted); k++) {
            jx_role r = weighted[k];
            gsize start, end;
            /* a label is cut in place: made the row's own first, if it has one */
            if (b->text[r] && b->text[r][group_weight_cut(b->text[r], &start, &end)] != '\0')
                jx_trow_strip_group_weight(text_own(b, r),
                                           r == JX_ROLE_LEVEL1 ? &b->group_weight : NULL);
        }
    }
}

/* TRUE when `text` is nothing but a piece of a group weight (分), 0分),
 * 40分), `)`, `(40`): the rest of a level-1 label whose other piece is read
 * elsewhere, no label of its own. */
static gboolean weight_piece_only(const char *text)
{
    for (const char *p = text; *p;) {
        if (g_ascii_isdigit(*p) || strchr(".()[]", *p))
            p++;
        else if (g_str_has_prefix(p, "分"))
            p += strlen("分");
        else
            return FALSE;
    }
    return *text != '\0';
}

/* A level label joined from pieces (a wrapped cell, fragments) that is no
 * known label but holds one among other text (`产出指标(50标`, `数量指标校数`:
 * a layout dump ran pieces of the cells beside it into it) is that label.
 * A label on one line is as printed, whatever it holds (工程质量指标). */
static void standard_labels_within(GPtrArray *rows, gboolean one_column)
{
    for (guint i = 0; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        for (int level = 1; level <= 2; level++) {
            jx_role r = level == 1 ? JX_ROLE_LEVEL1 : JX_ROLE_LEVEL2;
            const char *t = b->text[r];
            gboolean known =
                t && (level == 1 ? jx_taxonomy_level1(t) : jx_taxonomy_level2(NULL, t)) != NULL;
            /* a form's one label column holds level-2 labels whole too
             * (服务对象满意度 / 指标), which hold a level-1's words
             * (满意度指标) as their own */
            if (!t || known || (level == 1 && jx_labels_joined(t)) ||
                (level == 1 && one_column && jx_taxonomy_level2(NULL, t)))
                continue;
            char *label = b->label_pieces[r] > 1 ? jx_taxonomy_label_within(t, level) : NULL;
            if (!label)
                label = jx_taxonomy_label_headed(t, level);
            if (label)
                text_set(b, r, label);
        }
    }
}

/* A level-1 label wrapped inside the group weight it prints, whose pieces
 * stay apart (产出指标(5 over a row whose line takes 0分) into another
 * cell): the head is the label, its weight unknown, and the tail alone
 * (0分), 分)) no label. */
static void drop_dangling_weights(GPtrArray *rows)
{
    for (guint i = 0; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        char *t = b->text[JX_ROLE_LEVEL1];
        if (!t)
            continue;
        if (weight_piece_only(t)) {
            text_set(b, JX_ROLE_LEVEL1, NULL);
            b->by_role[JX_ROLE_LEVEL1] = NULL;
            b->label_sum[JX_ROLE_LEVEL1] = 0;
            b->label_pieces[JX_ROLE_LEVEL1] = 0;
            continue;
        }
        char *open = strrchr(t, '(');
        if (!open || open == t)
            continue;
        const char *d = open + 1;
        while (g_ascii_isdigit(*d) || *d == '.')
            d++;
        if (*d)
            continue;
        char *head = g_strndup(t, (gsize)(open - t));
        if (known_label(JX_ROLE_LEVEL1, g_strstrip(head))) {
            text_set(b, JX_ROLE_LEVEL1, head);
        } else {
            g_free(head);
        }
    }
}

/* A level label wrapped in a narrow column leaves its last characters on
 * the line below its row (`满意度指` / `标`); where that line is the 总分
 * row's, the piece stands first on it (`标 | 总分 | 100 | 87.5`).  A piece
 * this short with no figure is no indicator's name. */
#define FOOTER_LABEL_TAIL_MAX_CHARS 3

/* TRUE when cell `i` of `cells` is such a label's tail and the next
 * non-empty cell a self-evaluation's footer (see is_footer_row). */
static gboolean footer_after_label_tail(const GPtrArray *cells, guint i)
{
    const jx_pcell *tail = cells->pdata[i];
    if (g_utf8_strlen(tail->norm, -1) > FOOTER_LABEL_TAIL_MAX_CHARS)
        return FALSE;
    for (const char *p = tail->norm; *p; p++)
        if (g_ascii_isdigit(*p))
            return FALSE;
    for (guint k = i + 1; k < cells->len; k++) {
        const jx_pcell *c = cells->pdata[k];
        if (*c->norm)
            return jx_selfeval_is_footer(c->norm);
    }
    return FALSE;
}

/* TRUE when `row` of a self-evaluation closes its indicator rows (总分,
 * 自评得分, 自评等级): the document record holds what it says. */
static gboolean is_footer_row(const jx_prow *row)
{
    const GPtrArray *cells = row->cells;
    for (guint i = 0; i < cells->len; i++) {
        const jx_pcell *c = cells->pdata[i];
        if (c->rowhead || !*c->norm)
            continue;
        return jx_selfeval_is_footer(c->norm) || footer_after_label_tail(cells, i);
    }
    return FALSE;
}

/* The text of `row`'s one non-empty cell, on source line `line`, or NULL. */
static const char *lone_text_on(const jx_prow *row, int line)
{
    const char *text = NULL;
    for (guint i = 0; i < row->cells->len; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        if (!*c->norm)
            continue;
        if (text)
            return NULL;
        text = c->norm;
    }
    return row->line == line ? text : NULL;
}

/* TRUE when `text` is digits with one point among them (`92.6`). */
static gboolean pointed_figure(const char *text)
{
    gsize digits = strspn(text, "0123456789");
    return digits && text[digits] == '.' && text[digits + 1] &&
           strspn(text + digits + 1, "0123456789") == strlen(text + digits + 1);
}

/* TRUE when the row right above the footer row rows[at] is the first line
 * of the footer's score, centred round its line: a layout dump of a PDF
 * with vertically centred cells sets a score a narrow 得分 cell wrapped
 * after its first decimal one line above the 总分 row and its rest one line
 * below (`92.6` / `总分  100` / `0`, see score_round_row in document.c).
 * The line above alone holds a figure with a point, the line below digits
 * alone: no indicator's cell, though it stands among their rows. */
static gboolean footer_score_above(const GPtrArray *rows, guint at)
{
    if (at == 0 || at + 1 >= rows->len)
        return FALSE;
    const jx_prow *footer = rows->pdata[at];
    if (!footer->line)
        return FALSE;
    const char *head = lone_text_on(rows->pdata[at - 1], footer->line - 1);
    const char *rest = lone_text_on(rows->pdata[at + 1], footer->line + 1);
    return head && rest && pointed_figure(head) && *rest &&
           strspn(rest, "0123456789") == strlen(rest);
}

/* A merged label cell cut by a page break is restated whole on the next
 * page (a spreadsheet's and a word processor's PDF both set the cell's text
 * again in its part there), and the parts, joined as a cell's pieces, read
 * the label twice (实施…改善计划实施…改善计划): it is the label once. */
static void restated_labels_once(GPtrArray *rows)
{
    for (guint i = 0; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        for (gsize k = 0; k < G_N_ELEMENTS(label_roles); k++) {
            char *t = b->text[label_roles[k]];
            gsize len = t ? strlen(t) : 0;
            if (len >= 2 && len % 2 == 0 && memcmp(t, t + len / 2, len / 2) == 0 &&
                g_utf8_validate(t, (gssize)(len / 2), NULL))
                t[len / 2] = '\0';
        }
    }
}

const char *jx_trow_level2_above(const GPtrArray *rows, guint at)
{
    const built_row *b = rows->pdata[at];
    for (guint j = at; j-- > 0;) {
        const built_row *a = rows->pdata[j];
        if (a->page != b->page)
            return NULL;
        if (a->text[JX_ROLE_LEVEL2])
            return a->text[JX_ROLE_LEVEL2];
    }
    return NULL;
}

/* A merged level-2 label is printed once over its group's rows, so the same
 * label again on a row under it, in a row with a target and no name, is no
 * second label but the row's name: an indicator named as its group
 * (服务对象满意度 under 服务对象满意度指标), set a column off its names' own
 * by a page's column map, went to the label by its vocabulary. */
static void level2_repeated_as_name(GPtrArray *rows)
{
    for (guint i = 1; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        const jx_pcell *l2 = b->by_role[JX_ROLE_LEVEL2];
        if (!l2 || l2->spanned || !b->text[JX_ROLE_LEVEL2] || b->text[JX_ROLE_NAME] ||
            b->text[JX_ROLE_LEVEL1] || b->labels_only || !has_value(b))
            continue;
        const char *code = jx_taxonomy_level2(NULL, b->text[JX_ROLE_LEVEL2]);
        const char *above = jx_trow_level2_above(rows, i);
        if (code && above && g_strcmp0(code, jx_taxonomy_level2(NULL, above)) == 0)
            move_role(b, JX_ROLE_LEVEL2, JX_ROLE_NAME);
    }
}

/* A name left of which a level-2 label was run in is at least this many
 * characters long: a shorter rest is a label's piece, no indicator. */
#define NAME_AFTER_LABEL_MIN_CHARS 2

/* The byte length of the level-2 label whole (its stem and 指标, as 经济效益指标
 * or 服务对象满意度指标) that name `name` opens with, under level-1 `level1`
 * when that is a known label, followed by a rest of a name: 0 when none. */
static gsize level2_label_opening(const char *name, const char *level1)
{
    const char *l1 = level1 && jx_taxonomy_level1(level1) ? level1 : NULL;
    gsize cut = 0;
    for (const char *at = strstr(name, JX_LABEL_SUFFIX); at; at = strstr(at + 1, JX_LABEL_SUFFIX)) {
        gsize len = (gsize)(at - name) + strlen(JX_LABEL_SUFFIX);
        char *head = g_strndup(name, len);
        /* one the taxonomy lists (under the row's level-1): a free level-1
         * (决策) takes any words as its level-2, 绩效指标明确性 among them */
        gboolean label = jx_taxonomy_level2(NULL, head) && !jx_taxonomy_level1(head) &&
                         (!l1 || jx_taxonomy_lists(l1, head));
        g_free(head);
        if (label)
            cut = len;
    }
    if (!cut)
        return 0;
    const char *rest = name + cut;
    while (*rest == ' ')
        rest++;
    if (g_utf8_strlen(rest, -1) < NAME_AFTER_LABEL_MIN_CHARS || known_label(JX_ROLE_LEVEL1, rest) ||
        known_label(JX_ROLE_LEVEL2, rest) || jx_taxonomy_label_tail(rest))
        return 0;
    /* nor the head of a label wrapped on (服务对象满意 of 服务对象满意度指标) */
    char *opens = jx_taxonomy_label_headed(rest, 2);
    g_free(opens);
    return opens ? 0 : cut;
}

/* A level-2 label cell that fills its column is set a word space from the
 * name beside it, or touching it (`生态效益指标 节能减排效果`,
 * `服务对象满意度指标社会公众满意度` in a layout dump of a browser's print),
 * and the two are read as one cell: a name under the label above, or, in
 * the level-2 column, a label on a row with a target and no name.  A whole
 * level-2 label (stem and 指标: no indicator is named so) opening such a
 * cell is the row's label, the rest its name. */
static void level2_label_run_into_name(GPtrArray *rows)
{
    for (guint i = 0; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        const char *name = b->text[JX_ROLE_NAME], *level2 = b->text[JX_ROLE_LEVEL2];
        if (b->labels_only || (name && level2) || (!name && !(level2 && has_value(b))))
            continue;
        jx_role from = name ? JX_ROLE_NAME : JX_ROLE_LEVEL2;
        const char *text = b->text[from];
        gsize cut = level2_label_opening(text, b->text[JX_ROLE_LEVEL1]);
        if (!cut)
            continue;
        const char *rest = text + cut;
        while (*rest == ' ')
            rest++;
        char *label = g_strndup(text, cut);
        char *own = g_strdup(rest);
        int line = b->head_line[from];
        text_set(b, JX_ROLE_NAME, own);
        text_set(b, JX_ROLE_LEVEL2, label);
        if (from == JX_ROLE_NAME) {
            b->head_line[JX_ROLE_LEVEL2] = b->tail_line[JX_ROLE_LEVEL2] = line;
            b->label_sum[JX_ROLE_LEVEL2] = line;
            b->label_pieces[JX_ROLE_LEVEL2] = line ? 1 : 0;
        } else {
            b->head_line[JX_ROLE_NAME] = b->tail_line[JX_ROLE_NAME] = line;
        }
    }
}

/* The level-2 label a row of a section states in the one label column:
 * a label the taxonomy places under the section's level-1 (数量指标 under
 * 一、产出指标); NULL for anything else (成本指标 as a level-1 of its own
 * stays one: a row of its own is no label of the section's). */
static const char *section_level2(const char *section, const char *label)
{
    if (!section || !label || !jx_taxonomy_level2(jx_taxonomy_level1(section), label))
        return NULL;
    return label;
}

/* Level-2 labels under section rows of a one-label-column table (一、产出指标
 * over `| 名称 | 值` rows and `数量指标 | 名称 | 值` ones): the level-2 labels
 * stand in the level-1 column, each a merged cell over its group's rows, and
 * a form that centres them sets one on its group's middle row, with blank
 * rows above it — a sheet typed by hand does so without a merge.  The
 * level-1 resolution sees section and level-2 labels in one column and fills
 * each down; here each section's rows (after its section row) are split
 * among its level-2 labels as the label resolver splits a level-2 column
 * under its level-1 spans: centred where rows of the section precede its
 * first label, else as the column's other sections show.  `out[i]` is the
 * row's level-2 label, or NULL outside a section. */
static void resolve_in_sections(const GPtrArray *rows, const jx_label_column *l1,
                                const jx_label_context *base, jx_name_words *names,
                                jx_segmenter *seg, const double *label_line,
                                jx_label_column *out)
{
    int n = (int)rows->len;
    char **parent = g_new0(char *, n + 1);
    const char *section = NULL;
    int opened = 0;
    gboolean any = FALSE;
    for (int i = 0; i < n; i++) {
        const built_row *b = rows->pdata[i];
        const char *row_l1 = l1->resolved[i];
        if (b->labels_only && row_l1 && jx_taxonomy_level1(row_l1)) {
            section = row_l1;
            opened++;
            continue; /* the section row is no row of a level-2 group */
        }
        /* a label on a line of its own (a text browser centres a merged
         * cell's label between its rows) stands in its section's span */
        if (!section)
            continue;
        /* the section's rows, one parent span per section row */
        parent[i] = g_strdup_printf("%d", opened);
        jx_label_column_set_explicit(out, i, section_level2(section, b->text[JX_ROLE_LEVEL1]));
        any |= out->explicit_label[i] != NULL;
    }
    if (any) {
        jx_label_context ctx = *base;
        ctx.parent = parent;
        ctx.name_words = names;
        ctx.seg = seg;
        ctx.empty = NULL;
        ctx.label_line = label_line;
        ctx.parents_stated = TRUE;
        jx_labels_resolve(out, &ctx);
    }
    for (int i = 0; i < n; i++)
        g_free(parent[i]);
    g_free(parent);
}

/* What the level-1 column shows by its rows alone, for the level-2 column
 * split with no parent spans yet (one span: its first label on the table's
 * first row shows nothing): a record row above the first level-1 label is
 * a centred (or bottom) merged cell's, and the level-2 labels may then be
 * centred as well or on top (a form may set each column its own way) —
 * the rows' words choose, not a default to the top. */
static jx_placement level1_habit(const GPtrArray *rows, const jx_label_column *l1)
{
    /* labels on lines of their own (a layout dump) stand where their lines
     * put them: the rows do not say which span holds them */
    for (guint i = 0; i < rows->len; i++)
        if (((const built_row *)rows->pdata[i])->labels_only)
            return JX_PLACE_UNKNOWN;
    for (int i = 0; i < l1->n; i++)
        if (l1->explicit_label[i])
            return i > 0 ? JX_PLACE_TOP_OR_CENTRED : JX_PLACE_UNKNOWN;
    return JX_PLACE_UNKNOWN;
}

/* Each row's last page (jx_label_context.end_page): the next page's where
 * a page break cut the row and its rest was joined to it. */
static int *row_end_pages(const GPtrArray *rows)
{
    int *end_pages = g_new0(int, rows->len + 1);
    for (guint i = 0; i < rows->len; i++) {
        const built_row *b = rows->pdata[i];
        end_pages[i] = b->page + (b->page > 0 && has_flag(b, "split-across-pages"));
    }
    return end_pages;
}

/* The level-1 label a level-2 code (`output.cost`) stands under, as the
 * table prints it: the resolved level-1 of the nearest row before `i`, else
 * after, whose code owns that level-2 (产出指标 or 产出), or NULL. */
static const char *owning_level1(const jx_label_column *l1, int n, int i, const char *code)
{
    for (int d = 1; d < n; d++) {
        for (int side = -1; side <= 1; side += 2) {
            int j = i + side * d;
            const char *own = j >= 0 && j < n ? l1->resolved[j] : NULL;
            const char *c = own ? jx_taxonomy_level1(own) : NULL;
            if (c && jx_taxonomy_code_under(code, c))
                return own;
        }
    }
    return NULL;
}

/* A row resolved under a level-1 label both levels know (成本指标: a
 * level-1 since JX_COST_LEVEL1_SINCE, before a level-2 under 产出指标) and
 * under no level-2 label, in a form whose year sets that label under
 * another level-1 (jx_cost_is_level2_in): the label is its level-2, and
 * its level-1 the one the table prints that level-2 under (owning_level1).
 * A browser prints a level-2 cell wider than its column with its text set
 * left, under the level-1 header, and the layout dump reads it there.  The
 * year the form states is the evidence the cell-stream and column-block
 * readers use too (shared_label_as_level2).  Applied to the resolved
 * labels, not before resolving them: moved into the level-2 column, the
 * label would weigh in how the table centres its other labels. */
static void older_form_level2(const jx_label_column *l1, int n, int i, int year,
                              const char **row_l1, const char **row_l2)
{
    const char *label = *row_l1;
    if (!jx_cost_is_level2_in(year) || !label || (*row_l2 && **row_l2) || jx_labels_joined(label))
        return;
    const char *code = jx_taxonomy_level2_elsewhere(label);
    const char *owner = code ? owning_level1(l1, n, i, code) : NULL;
    if (!owner)
        return;
    *row_l2 = label;
    *row_l1 = owner;
}

/* Bytes of a block of a table's group keys (two labels a row). */
#define GROUP_KEYS_BLOCK 4096

/* A work item merged over two one-line rows and wrapped to two lines sets a
 * line beside each row (`落实就业创业扶 | 政策知晓率` over `持政策 | 城乡居民
 * 养老保险待遇按时足额发放率`): the second row's piece goes on the first's
 * item (jx_trow_join_wrapped_labels), which leaves the second row no item of its
 * own, and resolving the column by spans gave it the next item down, whose
 * first line WeasyPrint set right under it (centred on the row below).  The
 * piece on its line says the merged cell covers it: it takes the row
 * above's item when both rows stand in one label group (`groups`, a merged
 * work item never crosses its level-2 group). */
static void item_shared_with_row_above(const GPtrArray *rows, jx_label_column *task,
                                       char *const *groups)
{
    for (guint i = 1; i < rows->len; i++) {
        guint from = ((const built_row *)rows->pdata[i])->item_from_above;
        if (!from)
            continue;
        from--; /* stored one up: 0 is none */
        if (task->resolved[from] && g_strcmp0(groups[i], groups[from]) == 0)
            task->resolved[i] = task->resolved[from];
    }
}

void jx_target_emit(const jx_source *src, const jx_ptable *table, jx_record_list *out)
{
    /* a self-evaluation's indicator rows end at its footer (总分, 自评得分,
     * 自评等级 and what follows): read only the rows above it */
    jx_ptable above = *table;
    if (table_has_role(table->header, JX_ROLE_ACTUAL)) {
        above.rows = g_ptr_array_new();
        guint end = 0;
        while (end < table->rows->len && !is_footer_row(table->rows->pdata[end]))
            end++;
        if (footer_score_above(table->rows, end))
            end--;
        for (guint i = 0; i < end; i++)
            g_ptr_array_add(above.rows, table->rows->pdata[i]);
        table = &above;
    }
    GPtrArray *rows = build_rows(table);
    strip_group_weights(rows);
    GHashTable *lines = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (guint i = 0; i < table->rows->len; i++) {
        const jx_prow *row = table->rows->pdata[i];
        if (row->line)
            g_hash_table_add(lines, LINE_KEY(row->page, row->line));
    }
    gboolean one_column = jx_header_one_label_column(table->header);
    jx_trow_level2_piece_back(rows);
    jx_trow_level1_rest_with_head(rows);
    jx_trow_level1_rest_over_level2(rows);
    jx_trow_level2_label_from_level1_word(rows);
    jx_trow_level1_round_level2(rows);
    jx_trow_level1_stack_in_level2_column(rows);
    jx_trow_join_wrapped_labels(rows, JX_ROLE_LEVEL1, one_column, lines);
    jx_trow_join_wrapped_labels(rows, JX_ROLE_LEVEL2, one_column, lines);
    jx_trow_join_wrapped_labels(rows, JX_ROLE_TASK, one_column, lines);
    gboolean has_level1 = table_has_role(table->header, JX_ROLE_LEVEL1);
    jx_trow_level1_stacked_over_level2(rows, has_level1);
    jx_trow_level1_whole_in_level2_column(rows, has_level1, one_column);
    g_hash_table_unref(lines);
    restated_labels_once(rows);
    level2_repeated_as_name(rows);
    if (table_has_role(table->header, JX_ROLE_LEVEL2))
        level2_label_run_into_name(rows);
    /* a label wrapped over rows (效益指 / 标（30 / 分）) shows its weight once
     * joined */
    strip_group_weights(rows);
    drop_dangling_weights(rows);
    standard_labels_within(rows, one_column);
    int n = (int)rows->len;
    double *line_lo = g_new0(double, n + 1), *line_hi = g_new0(double, n + 1);
    double *label_line[JX_ROLE_COUNT] = {0};
    for (gsize k = 0; k < G_N_ELEMENTS(label_roles); k++)
        label_line[label_roles[k]] = g_new0(double, n + 1);
    int row_gap = 0;
    row_lines_kind known = row_lines(rows, jx_header_one_label_column(table->header), line_lo,
                                     line_hi, label_line, &row_gap);
    if (known != ROW_LINES_NONE && row_gap <= PAGE_GAP_TIGHT_ROWS)
        close_page_gaps(rows, row_gap, line_lo, line_hi, label_line);
    if (known == ROW_LINES_UNGAPPED)
        tall_rows_take_padding(rows, line_lo, line_hi);
    /* what every level is resolved with; each adds its own */
    gboolean by_lines = known == ROW_LINES_GAPPED || known == ROW_LINES_UNGAPPED;
    jx_label_context base = {.line_lo = by_lines ? line_lo : NULL,
                             .line_hi = by_lines ? line_hi : NULL,
                             .line_pitch = GAPPED_PITCH,
                             .lines_ungapped = known == ROW_LINES_UNGAPPED};
    double *heights = g_new0(double, n + 1);
    for (int i = 0; i < n; i++)
        heights[i] = row_height(rows->pdata[i]);
    base.row_height = known == ROW_LINES_UNGAPPED ? heights : NULL;
    if (known == ROW_LINES_ROWS) {
        base.row_first_line = line_lo;
        base.row_last_line = line_hi;
        base.row_gap = row_gap;
    }
    gboolean *labels_only = g_new0(gboolean, n + 1);
    int *pages = g_new0(int, n + 1);
    for (int i = 0; i < n; i++) {
        labels_only[i] = ((const built_row *)rows->pdata[i])->labels_only;
        pages[i] = ((const built_row *)rows->pdata[i])->page;
    }
    base.labels_only = labels_only;
    gboolean *part_start = g_new0(gboolean, n + 1);
    for (int i = 0; i < n; i++)
        part_start[i] = ((const built_row *)rows->pdata[i])->reheaded;
    base.part_start = part_start;
    base.page = pages;
    int *end_pages = row_end_pages(rows);
    base.end_page = end_pages;
    base.lines_on_page = g_strcmp0(jx_source_format(src), "pdf") == 0;
    gboolean *one_line[JX_ROLE_COUNT] = {0};
    for (gsize k = 0; k < G_N_ELEMENTS(label_roles); k++) {
        jx_role r = label_roles[k];
        one_line[r] = g_new0(gboolean, n + 1);
        for (int i = 0; i < n; i++)
            one_line[r][i] = ((const built_row *)rows->pdata[i])->label_pieces[r] == 1;
    }
    jx_label_column l1, l2;
    jx_label_column_init(&l1, n);
    jx_label_column_init(&l2, n);
    /* the names' words, once for every level */
    jx_segmenter *seg = jx_segmenter_borrow();
    const char **name_texts = g_new0(const char *, n + 1);
    for (int i = 0; i < n; i++) {
        built_row *b = rows->pdata[i];
        jx_label_column_set_explicit(&l1, i, b->text[JX_ROLE_LEVEL1]);
        jx_label_column_set_explicit(&l2, i, b->text[JX_ROLE_LEVEL2]);
        name_texts[i] = b->text[JX_ROLE_NAME];
    }
    jx_name_words *names = jx_name_words_new(seg, name_texts, n);
    g_free(name_texts);
    const char **name_category = g_new0(const char *, n + 1);
    for (int i = 0; i < n; i++)
        name_category[i] = jx_taxonomy_norm_name_category(jx_name_words_norm(names, i));
    base.name_category = name_category;
    /* Level 2 alone first: its spans are where level-1 spans may end. */
    jx_label_column probe;
    jx_label_column_init(&probe, n);
    for (int i = 0; i < n; i++)
        jx_label_column_set_explicit(&probe, i, l2.explicit_label[i]);
    jx_label_context ctx = base;
    ctx.name_words = names;
    ctx.seg = seg;
    ctx.empty = "";
    ctx.label_line = label_line[JX_ROLE_LEVEL2];
    ctx.label_one_line = one_line[JX_ROLE_LEVEL2];
    /* (where lines place the labels, each column shows its own) */
    ctx.table_habit = by_lines ? JX_PLACE_UNKNOWN : level1_habit(rows, &l1);
    jx_labels_resolve(&probe, &ctx);
    gboolean *child_start = g_new0(gboolean, n + 1);
    for (int i = 0; i < n; i++)
        child_start[i] = i == 0 || g_strcmp0(probe.resolved[i], probe.resolved[i - 1]) != 0;
    /* Level-1 labels seldom share words with names; how the level-2 labels
     * sit (shown by their words) says how the level-1 ones do. */
    jx_placement *regime = g_new0(jx_placement, n + 1);
    jx_labels_regime(&probe, regime);
    ctx = base;
    ctx.name_words = names;
    ctx.seg = seg;
    ctx.children = probe.resolved;
    ctx.child_start = child_start;
    ctx.regime = regime;
    ctx.middle = probe.middle;
    ctx.empty = "";
    ctx.label_line = label_line[JX_ROLE_LEVEL1];
    ctx.label_one_line = one_line[JX_ROLE_LEVEL1];
    jx_labels_resolve(&l1, &ctx);
    int middle = probe.middle;
    jx_label_column_clear(&probe);
    ctx = base;
    ctx.parent = l1.resolved;
    ctx.name_words = names;
    ctx.seg = seg;
    ctx.regime = regime;
    ctx.middle = middle;
    ctx.empty = "";
    ctx.label_line = label_line[JX_ROLE_LEVEL2];
    ctx.label_one_line = one_line[JX_ROLE_LEVEL2];
    jx_labels_resolve(&l2, &ctx);
    g_free(child_start);
    /* The work item (名称) is a merged cell too, within its level-2 group.
     * Its placement is its own: a form that centres its level-2 labels may
     * set the work items at the top of their rows, so the phrases it shares
     * with the names and its spans' own habit place it, not the level-2
     * labels' regime. */
    jx_label_column task;
    jx_label_column_init(&task, n);
    /* each row's two labels as one key, all in one chunk freed with them */
    char **groups = g_new0(char *, n + 1);
    GStringChunk *group_keys = g_string_chunk_new(GROUP_KEYS_BLOCK);
    GString *key = g_string_sized_new(64);
    for (int i = 0; i < n; i++) {
        jx_label_column_set_explicit(&task, i, ((built_row *)rows->pdata[i])->text[JX_ROLE_TASK]);
        if (!l1.resolved[i])
            continue; /* no key: no level-1 label */
        g_string_assign(key, l1.resolved[i]);
        g_string_append_c(key, '\x1f');
        if (l2.resolved[i])
            g_string_append(key, l2.resolved[i]);
        groups[i] = g_string_chunk_insert_len(group_keys, key->str, (gssize)key->len);
    }
    g_string_free(key, TRUE);
    ctx = base;
    ctx.parent = groups;
    ctx.name_words = names;
    ctx.seg = seg;
    ctx.phrases = TRUE;
    ctx.label_line = label_line[JX_ROLE_TASK];
    /* A layout dump whose work items wrap round their rows: the rows follow
     * each other line by line, and a centred item stands on its span's
     * middle line (ungapped_span_cost), where counting rows alone leaves an
     * even span's edge rows to the items' shared words. */
    if (known == ROW_LINES_ROWS && !base.lines_on_page && work_items_wrapped(rows)) {
        ctx.line_lo = line_lo;
        ctx.line_hi = line_hi;
        ctx.lines_ungapped = TRUE;
    }
    gboolean *item_apart = g_new0(gboolean, n + 1);
    for (int i = 0; i < n && ctx.lines_ungapped; i++)
        item_apart[i] = jx_trow_label_below_row_cells(rows->pdata[i], JX_ROLE_TASK);
    ctx.label_apart = item_apart;
    double *name_line = g_new0(double, n + 1);
    for (int i = 0; i < n; i++)
        name_line[i] = ((const built_row *)rows->pdata[i])->head_line[JX_ROLE_NAME];
    ctx.name_line = name_line;
    jx_labels_resolve(&task, &ctx);
    item_shared_with_row_above(rows, &task, groups);
    ctx.label_apart = NULL;
    g_free(item_apart);
    g_free(name_line);
    g_free(groups);
    g_string_chunk_free(group_keys);
    g_free(regime);
    /* a level-1 label prints its group's weight once: every row of the
     * group (by its resolved label) carries it */
    GHashTable *group_weights = g_hash_table_new(g_str_hash, g_str_equal);
    for (int i = 0; i < n; i++) {
        built_row *b = rows->pdata[i];
        if (b->group_weight && b->text[JX_ROLE_LEVEL1])
            g_hash_table_insert(group_weights, b->text[JX_ROLE_LEVEL1], b->group_weight);
    }
    for (int i = 0; i < n; i++) {
        built_row *b = rows->pdata[i];
        const char *gw = l1.resolved[i] ? g_hash_table_lookup(group_weights, l1.resolved[i]) : NULL;
        if (gw && !b->group_weight)
            b->group_weight = g_strdup(gw);
    }
    g_hash_table_destroy(group_weights);
    int emitted = 0;
    /* one label column (指标类别) under level-1 labels set as rows of their
     * own (`一、产出指标` over `（一）数量指标 | 名称 | 值`): a row's level-2
     * label in that column goes under the last level-1 row — 成本指标 too,
     * a level-1 of its own elsewhere but a level-2 of 产出 under its section
     * (only a section row of its own makes it a level-1 here) */
    gboolean sections = jx_header_one_label_column(table->header);
    gboolean has_level2 = table_has_role(table->header, JX_ROLE_LEVEL2);
    jx_label_column in_section;
    jx_label_column_init(&in_section, n);
    if (sections)
        resolve_in_sections(rows, &l1, &base, names, seg, label_line[JX_ROLE_LEVEL1], &in_section);
    const char *section = NULL;
    for (int i = 0; i < n; i++) {
        built_row *b = rows->pdata[i];
        const char *row_l1 = l1.resolved[i], *row_l2 = l2.resolved[i];
        if (sections && b->labels_only && row_l1 && jx_taxonomy_level1(row_l1))
            section = row_l1;
        else if (sections && section && in_section.resolved[i] && *in_section.resolved[i] &&
                 (!row_l2 || !*row_l2) && !b->labels_only) {
            row_l2 = in_section.resolved[i];
            row_l1 = section;
        } else if (sections && section && row_l1 && (!row_l2 || !*row_l2) &&
                   !b->labels_only && jx_taxonomy_level2(jx_taxonomy_level1(section), row_l1)) {
            row_l2 = row_l1;
            row_l1 = section;
        } else if (!sections && has_level2) {
            older_form_level2(&l1, n, i, table->year, &row_l1, &row_l2);
        }
        if (l1.centred[i] || l2.centred[i])
            add_flag(b, "label-centered");
        else if (l1.inferred[i] || l2.inferred[i])
            add_flag(b, "filled-down");
        if (b->source->before_task) {
            /* no work-item column yet: nothing to fill in */
        } else if (task.resolved[i] && !b->text[JX_ROLE_TASK]) {
            text_set(b, JX_ROLE_TASK, g_strdup(task.resolved[i]));
            add_flag(b, "filled-down");
        } else if (task.resolved[i] && g_strcmp0(task.resolved[i], b->text[JX_ROLE_TASK]) != 0) {
            text_set(b, JX_ROLE_TASK, g_strdup(task.resolved[i]));
        }
        if (!b->labels_only && !number_only(b))
            emit_row(src, table, ++emitted, b, row_l1, row_l2, out);
    }
    jx_label_column_clear(&task);
    jx_label_column_clear(&in_section);
    jx_name_words_free(names);
    jx_segmenter_give_back(seg);
    jx_label_column_clear(&l1);
    jx_label_column_clear(&l2);
    g_free(labels_only);
    g_free(heights);
    g_free(part_start);
    g_free(name_category);
    g_free(pages);
    g_free(end_pages);
    g_free(line_lo);
    g_free(line_hi);
    for (gsize k = 0; k < G_N_ELEMENTS(label_roles); k++) {
        g_free(label_line[label_roles[k]]);
        g_free(one_line[label_roles[k]]);
    }
    g_ptr_array_unref(rows);
    if (table == &above)
        g_ptr_array_unref(above.rows);
}
