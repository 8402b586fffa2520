/*
 * target_fragments.c — telling data rows from fragments of a neighbour's cell.
 *
 * A fragment is a line of a wrapped cell, a cell cut by a page break or a
 * centred row's line above or below it.  is_fragment and the label pieces
 * say which rows are fragments, place_fragment_by_column and merge_fragment
 * join a fragment into its row.  Used by build_rows (target_build.c).
 */
#include "parse/target_row.h"

#include <string.h>

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

gboolean jx_trow_is_fragment(const built_row *b, gboolean scored)
{
    if (scored)
        return !has_anchor(b);
    return !has_value(b) && !b->by_role[JX_ROLE_SEQ];
}

gboolean jx_trow_wraps_on(const built_row *b)
{
    static const jx_role targets[] = {JX_ROLE_VALUE, JX_ROLE_HALF_VALUE};
    gboolean wrapped = FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(targets); i++) {
        jx_role r = targets[i];
        if (b->by_role[r] && !b->continues[r])
            return FALSE;
        wrapped |= b->by_role[r] != NULL;
    }
    return wrapped && !b->by_role[JX_ROLE_SEQ] && !(b->text[JX_ROLE_NAME] && !b->continues[JX_ROLE_NAME]);
}

/* TRUE when row `b` is a level-1 label alone, whole (产出指标), under a
 * header with one label column: the section row of such a form, its label
 * centred across the row (a borderless PDF sets it right of where the names
 * start), which no wrapped name's piece is. */
static gboolean section_label_alone(const built_row *b, const jx_header *header)
{
    const GPtrArray *cells = b->source->cells;
    if (cells->len != 1 || !jx_header_one_label_column(header))
        return FALSE;
    const jx_pcell *c = cells->pdata[0];
    /* a short label (产出) only right of where the names start: centred over
     * the columns (a padded print's section row, WeasyPrint), not the
     * first line of a label wrapped in the label column */
    int name_col = role_column(header, JX_ROLE_NAME);
    gboolean centred = name_col >= 0 && c->col > name_col;
    /* a section's ordinal (二、效益) marks its row where the print set it over
     * the names' column's start (WeasyPrint): no name's piece opens with one */
    gboolean numbered = name_col >= 0 && c->col >= name_col &&
                        jx_taxonomy_after_section_ordinal(c->norm) != NULL;
    return c->kind == JX_CK_LEVEL1 && !c->rowhead && jx_taxonomy_level1(c->norm) &&
           (g_str_has_suffix(c->norm, JX_LABEL_SUFFIX) || centred || numbered) && !has_target(b);
}

gboolean jx_trow_is_label_row(const built_row *b, const jx_header *header)
{
    const GPtrArray *cells = b->source->cells;
    /* a piece of a wrapped name can be a label word too (数量): a label row
     * starts left of the names (where the header's page set them, when
     * left of its header word) */
    int name_col = b->names_from ? b->names_from - 1 : role_column(header, JX_ROLE_NAME);
    if (section_label_alone(b, header))
        return TRUE;
    if (!cells->len || (name_col >= 0 && ((const jx_pcell *)cells->pdata[0])->col >= name_col))
        return FALSE;
    gboolean label = FALSE; /* a row header alone (年度绩效 wrapped) is no label row */
    for (guint i = 0; i < cells->len; i++) {
        jx_cell_kind k = ((const jx_pcell *)cells->pdata[i])->kind;
        gboolean rowhead = ((const jx_pcell *)cells->pdata[i])->rowhead;
        if (k != JX_CK_LEVEL1 && k != JX_CK_LEVEL2 && !rowhead)
            return FALSE;
        label |= !rowhead;
    }
    return label && !has_target(b);
}

gboolean jx_trow_finishes_joined_label(const built_row *above, const built_row *b)
{
    const char *head = above->text[JX_ROLE_LEVEL1], *rest = b->text[JX_ROLE_LEVEL1];
    if (!head || !rest || b->text[JX_ROLE_LEVEL2] || !next_line_of(above, b) ||
        jx_labels_joined(head))
        return FALSE;
    char *joined = jx_norm_join(head, rest);
    gboolean finishes = jx_labels_joined(joined);
    g_free(joined);
    return finishes;
}

gboolean jx_trow_names_row_below(const built_row *b, const built_row *below,
                                 const jx_header *header)
{
    int name_col = role_column(header, JX_ROLE_NAME);
    const GPtrArray *cells = b->source->cells;
    gboolean named = FALSE;
    for (guint i = 1; i < cells->len; i++)
        named |= ((const jx_pcell *)cells->pdata[i])->col == name_col;
    return named && next_line_of(b, below) && has_value(below) && !below->by_role[JX_ROLE_NAME];
}

/* The role of row `above`, on the line right above fragment `b`, whose cell
 * the fragment's cell `c` in the same grid column finishes, or
 * JX_ROLE_NONE: an unknown label (可持续影) made a known one (响指标:
 * 可持续影响指标), a target given its unit or the rest of its figure, or a
 * name given its rest alone on the fragment's line.  A
 * narrow column drifts onto its neighbour's on a row's line, its rest with
 * it on the next: the rest is that cell's, whatever the part's columns say
 * (the names' column, where the header sets 三级指标), and no name finishes
 * a label or a target. */
static jx_role finishes_cell_above(const built_row *b, const built_row *above,
                                    const jx_pcell *c)
{
    static const jx_role roles[] = {JX_ROLE_LEVEL2, JX_ROLE_LEVEL1};
    if (!above || !next_line_of(above, b))
        return JX_ROLE_NONE;
    for (gsize i = 0; i < G_N_ELEMENTS(roles); i++) {
        jx_role r = roles[i];
        const jx_pcell *head = above->by_role[r];
        if (!head || head->col != c->col || b->by_role[r] || known_label(r, above->text[r]))
            continue;
        if (joins_into_label(r, above->text[r], c->norm))
            return r;
    }
    /* and a name's rest, alone on its line under the name in the same grid
     * column, when it is plain text (no figure, unit or sign): a browser
     * centres a row's one-line cells on its wrapped name, and a page whose
     * rows shift their cells (a form's rows of their own widths) may set
     * the next rows' operators where this row's name stands
     * (`揭榜挂帅论证评审通过 | = | 100 %` over `率`) */
    const jx_pcell *name = above->by_role[JX_ROLE_NAME];
    if (name && name->col == c->col && b->source->cells->len == 1 && c->kind == JX_CK_TEXT)
        return JX_ROLE_NAME;
    /* so does a target's rest: its unit under a bare figure (大于等于12 /
     * 场次), or the rest of a figure or unit cut across lines */
    for (gsize i = 0; i < G_N_ELEMENTS(value_roles); i++) {
        jx_role r = value_roles[i];
        const jx_pcell *head = above->by_role[r];
        if (head && head->col == c->col && !b->by_role[r] &&
            (jx_trow_adds_unit(above->text[r], c->norm) ||
             completes_target(above->text[r], c->norm)))
            return r;
    }
    return JX_ROLE_NONE;
}

/* TRUE when normalized `text` is a level-2 label, its opening or its last
 * line (`数量指标`, `社会效`, `标`): a name's wrapped rest (`次`) is none. */
static gboolean level2_piece(const char *text)
{
    if (jx_taxonomy_level2(NULL, text) || jx_taxonomy_label_tail(text))
        return TRUE;
    char *opens = jx_taxonomy_label_headed(text, 2);
    g_free(opens);
    return opens != NULL;
}

/* A fragment line whose two label cells the page's column map both took
 * to the level-2 column holds a level-1 piece and a level-2 piece side by
 * side, the level-1's on the left: narrow label columns wrapped, their
 * last lines (`指标  标`) set a little right of the cells above them, or a
 * page whose narrow level-2 column stands a grid column right (see
 * narrow_level2_column).  Joined, the two made one level-2 (数量指指标标).
 * Places the left one as the level-1's when the right one is a level-2
 * piece (a name's wrapped rest beside a level-2 tail, `标  次`, is no
 * level-1), unless the left is a level-2 label or the opening of one. */
static void level1_beside_narrow_level2(built_row *b, const jx_header *header, const int *to,
                                        int n_to)
{
    int l2 = role_column(header, JX_ROLE_LEVEL2);
    if (l2 < 0 || b->by_role[JX_ROLE_LEVEL1] || !table_has_role(header, JX_ROLE_LEVEL1))
        return;
    const jx_pcell *cells[2] = {NULL, NULL};
    int n = 0;
    for (guint i = 0; i < b->source->cells->len; i++) {
        const jx_pcell *c = b->source->cells->pdata[i];
        if (c->rowhead || c->col < 0 || c->col >= n_to || to[c->col] != l2)
            continue;
        if (n < 2)
            cells[n] = c;
        n++;
    }
    if (n != 2 || cells[0]->col >= cells[1]->col || !cells[0]->norm || !cells[1]->norm ||
        jx_taxonomy_level2(NULL, cells[0]->norm) || !level2_piece(cells[1]->norm))
        return;
    char *opens = jx_taxonomy_label_headed(cells[0]->norm, 2);
    g_free(opens);
    if (opens)
        return;
    b->by_role[JX_ROLE_LEVEL2] = NULL;
    text_set(b, JX_ROLE_LEVEL2, NULL);
    b->tail_width[JX_ROLE_LEVEL2] = b->widest[JX_ROLE_LEVEL2] = 0;
    jx_trow_place_cell(b, JX_ROLE_LEVEL1, cells[0]);
    jx_trow_place_cell(b, JX_ROLE_LEVEL2, cells[1]);
}

/* TRUE when fragment row `f` stands `delta` lines from row `b` on its page
 * and holds a name's text but no level-2 label and no figure. */
static gboolean name_piece_beside(const built_row *f, const built_row *b, int delta)
{
    return f->page == b->page && f->line && b->line && f->line == b->line + delta &&
           f->text[JX_ROLE_NAME] && !f->text[JX_ROLE_LEVEL2] && !has_value(f);
}

void jx_trow_level2_round_name(GPtrArray *all, const gboolean *frag)
{
    for (guint i = 1; i + 1 < all->len; i++) {
        built_row *b = all->pdata[i], *above = all->pdata[i - 1], *below = all->pdata[i + 1];
        if (frag[i] || !frag[i - 1] || !frag[i + 1] || b->labels_only || !b->text[JX_ROLE_NAME] ||
            b->text[JX_ROLE_LEVEL2] || !name_piece_beside(above, b, -1) ||
            !name_piece_beside(below, b, 1))
            continue;
        /* a label column stands left of the names' (a label's lines right
         * of a row's name, `服务对象满` / `度指` / `意度`, read the other way
         * round: the row's "name" is a label piece) */
        const jx_pcell *name = b->by_role[JX_ROLE_NAME], *head = above->by_role[JX_ROLE_NAME],
                       *rest = below->by_role[JX_ROLE_NAME];
        if (!name || !head || !rest || head->col >= name->col || rest->col >= name->col)
            continue;
        char *joined = jx_norm_join(above->text[JX_ROLE_NAME], below->text[JX_ROLE_NAME]);
        gboolean level2 = jx_taxonomy_level2(NULL, joined) && !jx_taxonomy_level1(joined);
        g_free(joined);
        if (!level2)
            continue;
        move_role(above, JX_ROLE_NAME, JX_ROLE_LEVEL2);
        move_role(below, JX_ROLE_NAME, JX_ROLE_LEVEL2);
        set_label_lines(above);
        set_label_lines(below);
    }
}

/* TRUE when `norm`, in grid column `col` that no header word names, is a
 * piece of a level-2 label wrapped in a narrow column (`数量指` / `标`), no
 * label whole, and the column stands between the level-2 labels' and the
 * names': a
 * LibreOffice page whose narrow label column drifted right of its header
 * (`二级指` / `标`) set its pieces a grid column of their own, which as a
 * column beyond the header's read as the names' wrapped text. */
static gboolean unheaded_level2_piece(const jx_header *header, int col, const char *norm)
{
    int level2 = role_column(header, JX_ROLE_LEVEL2), name = role_column(header, JX_ROLE_NAME);
    /* a whole label there may be a name (服务对象满意度 is both) */
    return norm && level2 >= 0 && name > level2 && col > level2 && col < name &&
           level2_piece(norm) && !jx_taxonomy_level1(norm) && !jx_taxonomy_level2(NULL, norm);
}

/* TRUE when cell i of fragment row `b` (its part's columns mapped by
 * `to`) is a whole level-2 label (社会效益, 可持续影响) in a column that no
 * header word names, between the level-2 labels' column and the names',
 * with the row's own name right of it in the names' column and nothing in
 * the level-2 column: a Chromium print centres each group's level-2 label
 * in its merged cell, so a group whose labels are shorter sets them right
 * of the header's level-2 column, in a grid column of their own beside the
 * names (`效益指标 | 社会效益 | 群众生态环境获得感` over `明显增强`).  Read
 * as text beyond the known columns, the label joined the name.  Beside a
 * name of its own it is no name (unheaded_level2_piece leaves a whole
 * label alone: 服务对象满意度 may be a row's name). */
static gboolean unheaded_level2_beside_name(const built_row *b, const jx_header *header,
                                            const int *to, int n_to, guint i)
{
    int level2 = role_column(header, JX_ROLE_LEVEL2), name = role_column(header, JX_ROLE_NAME);
    const jx_pcell *c = b->source->cells->pdata[i];
    int col = c->col < n_to ? to[c->col] : c->col;
    if (level2 < 0 || name <= level2 || col <= level2 || col >= name || c->kind != JX_CK_LEVEL2 ||
        !c->norm || !jx_taxonomy_level2(NULL, c->norm))
        return FALSE;
    gboolean named = FALSE;
    for (guint k = 0; k < b->source->cells->len; k++) {
        const jx_pcell *o = b->source->cells->pdata[k];
        int at = o->col < n_to ? to[o->col] : o->col;
        if (k != i && at == level2)
            return FALSE;
        named |= k > i && at == name && o->kind == JX_CK_TEXT;
    }
    return named;
}

/* TRUE when fragment row `b` holds a label piece in a third label column
 * (see third_label_column), its part's columns mapped by `to`: beside it,
 * the level-2 column's piece is the 效益 block's level-1 (效益 / 指标), and
 * its own is the level-2's (经济 / 效益, 可持 / 续影 / 响). */
gboolean jx_trow_third_level_fragment(const built_row *b, const jx_header *header, const int *to,
                                      int n_to)
{
    for (guint i = 0; i < b->source->cells->len; i++) {
        const jx_pcell *c = b->source->cells->pdata[i];
        int col = c->col < n_to ? to[c->col] : c->col;
        if (!c->rowhead && third_label_column(header, col) && third_level_piece(c))
            return TRUE;
    }
    return FALSE;
}

gboolean jx_trow_folded_between_level2_and_names(const jx_header *header, const int *to, int n_to,
                                                 int col)
{
    int level2 = role_column(header, JX_ROLE_LEVEL2);
    if (col < 0 || col + 1 >= n_to || level2 < 0)
        return FALSE;
    int h = to[col];
    if (h < 0 || h >= header->n_cols || header->roles[h] != JX_ROLE_NAME)
        return FALSE;
    gboolean level2_left = FALSE, names_right = FALSE;
    for (int g = 0; g < col; g++)
        level2_left |= to[g] == level2;
    for (int g = col + 1; g < n_to; g++)
        names_right |= to[g] == h;
    return level2_left && names_right;
}

/* At most this many lines stand between a level-1 label's first piece and
 * its rest: the one row the two-line label is centred on. */
#define LEVEL1_REST_GAP 1

/* TRUE when the row on the line right above row `j` holds a level-2 piece
 * that row `j`'s level-1 piece goes on (`社会` over `效益`: 社会效益), so
 * that piece is a level-2's middle word (社会 / 效益 / 指标), no level-1's
 * opening. */
static gboolean level1_piece_goes_on_level2(GPtrArray *all, guint j)
{
    const built_row *a = all->pdata[j];
    for (guint k = j; k-- > 0;) {
        const built_row *up = all->pdata[k];
        if (up->page != a->page || !up->line || a->line - up->line > 1)
            return FALSE;
        if (up->line != a->line - 1 || !up->text[JX_ROLE_LEVEL2])
            continue;
        char *joined = jx_norm_join(up->text[JX_ROLE_LEVEL2], a->text[JX_ROLE_LEVEL1]);
        gboolean goes_on = level2_piece(joined);
        g_free(joined);
        if (goes_on)
            return TRUE;
    }
    return FALSE;
}

void jx_trow_level1_rest_in_level2_column(GPtrArray *all)
{
    for (guint i = 1; i < all->len; i++) {
        built_row *b = all->pdata[i];
        const jx_pcell *rest = b->by_role[JX_ROLE_LEVEL2];
        if (!rest || !b->line || b->page_start || b->text[JX_ROLE_LEVEL1] ||
            known_label(JX_ROLE_LEVEL2, b->text[JX_ROLE_LEVEL2]))
            continue;
        for (guint j = i; j-- > 0;) {
            const built_row *a = all->pdata[j];
            if (a->page != b->page || !a->line || b->line - a->line > LEVEL1_REST_GAP + 1)
                break;
            const jx_pcell *head = a->by_role[JX_ROLE_LEVEL1];
            if (!head)
                continue;
            char *joined = jx_norm_join(a->text[JX_ROLE_LEVEL1], b->text[JX_ROLE_LEVEL2]);
            gboolean level1 = head->col == rest->col && known_label(JX_ROLE_LEVEL1, joined) &&
                              !known_label(JX_ROLE_LEVEL2, joined) &&
                              !level1_piece_goes_on_level2(all, j);
            g_free(joined);
            if (level1) {
                move_role(b, JX_ROLE_LEVEL2, JX_ROLE_LEVEL1);
                set_label_lines(b);
            }
            break;
        }
    }
}

/* TRUE when fragment cell `c`, none of the row header's words, is the rest
 * (`标`) of the level-1 label row `above` took from the same grid column
 * (`满意度指` / `标`): joined, a level-1 label.  The column's role is the
 * caller's to ask (level1_rest_in_rowhead_column, or a column no header
 * word names: level1_in_unheaded_column). */
static gboolean level1_rest_in_column(const built_row *above, const jx_pcell *c)
{
    const jx_pcell *head = above ? above->by_role[JX_ROLE_LEVEL1] : NULL;
    if (c->rowhead || !head || head->col != c->col || !c->norm)
        return FALSE;
    char *joined = jx_norm_join(above->text[JX_ROLE_LEVEL1], c->norm);
    gboolean level1 = jx_taxonomy_level1(joined) != NULL;
    g_free(joined);
    return level1;
}

/* TRUE when fragment cell `c`, in the row header's column, is the rest of
 * the level-1 label data row `above` took from that column (see
 * level1_in_rowhead_column and level1_rest_in_column). */
static gboolean level1_rest_in_rowhead_column(const jx_header *header, const built_row *above,
                                              const jx_pcell *c)
{
    return c->col >= 0 && c->col < header->n_cols && header->roles[c->col] == JX_ROLE_ROWHEAD &&
           level1_rest_in_column(above, c);
}

/* TRUE when fragment cell `c`, in a grid column no header word names, is
 * the opening of a level-1 label (a line of a cell too narrow for it; a
 * whole label there may be a layout dump's shifted label block, which the
 * row's other pieces place) on row `b`, which has none: a browser
 * that lays a web page's table out by its content sets a narrow level-1
 * cell's lines (`效益指` / `标`) right of their column on a page whose own
 * header has the row header's column too, in the gap between the level-1
 * and level-2 columns, and read as a wrapped name they joined the name
 * (效益指惠及人口标) and the rows took a level-1 label from another group. */
static gboolean level1_in_unheaded_column(const jx_header *header, const built_row *b,
                                          const jx_pcell *c)
{
    return !b->by_role[JX_ROLE_LEVEL1] && table_has_role(header, JX_ROLE_LEVEL1) &&
           jx_trow_level1_or_its_opening(c->norm) && !jx_taxonomy_level1(c->norm);
}

const built_row *jx_trow_level1_row_above(const GPtrArray *all, guint i)
{
    const built_row *b = all->pdata[i];
    for (guint j = i; j-- > 0;) {
        const built_row *a = all->pdata[j];
        if (a->page != b->page || !a->line || !b->line || b->line - a->line > LEVEL1_REST_GAP + 1)
            return NULL;
        if (a->by_role[JX_ROLE_LEVEL1])
            return a;
    }
    return NULL;
}

/* TRUE when fragment cell `c`, which the page's column map takes to the
 * level-2 column, is the rest of a name wrapped beside a level-2 label's
 * line: pdftotext -layout sets the lines of narrow cells one space apart,
 * shifted left of their columns' places (`标（50 标 场`: 产出指标's,
 * 数量指标's and 新建社会足球场's last lines), and the map, reading a column
 * that holds level-2 pieces on other lines, took the name's rest with the
 * label's (数量指标场, the name 新建社会足球).  One line holds one line of a
 * label cell: a second piece right of fragment `b`'s level-2 one (a line
 * of a wrapped label, no whole label), itself no piece of a level-2 label
 * (see level2_piece), is the name's, when the names' column comes right
 * after the level-2 labels' (no work items' column). */
static gboolean name_rest_beside_level2(const built_row *b, const jx_header *header,
                                        const jx_pcell *c)
{
    const jx_pcell *label = b->by_role[JX_ROLE_LEVEL2];
    int level2 = role_column(header, JX_ROLE_LEVEL2), name = role_column(header, JX_ROLE_NAME);
    /* (beside a whole label the line is no wrapped row's, and the piece
     * may be a whole cell: a work item in a column its page's header
     * left unnamed, 社会效益指标 | 开展安全生产专项整治) */
    if (!label || label->col >= c->col || b->by_role[JX_ROLE_NAME] || level2 < 0 ||
        name <= level2 || !c->norm || level2_piece(c->norm) || !label->norm ||
        jx_taxonomy_level2(NULL, label->norm) || table_has_role(header, JX_ROLE_TASK))
        return FALSE;
    for (int k = level2 + 1; k < name; k++)
        if (header->roles[k] != JX_ROLE_NONE)
            return FALSE;
    return TRUE;
}

/* TRUE when `row`, a data row on the line next to a fragment's piece in
 * grid column `col`, is numbered (序号) and states a target but holds no
 * name and no cell in that column: a row that lost its name to the lines
 * round it, not one whose cells a wrapped label column scattered (a form
 * without 序号 whose names went elsewhere) nor one whose own cell the piece
 * goes on (`实施农村义务教育学` over `生营养改善计划`). */
static gboolean nameless_target_row(const built_row *row, int col)
{
    if (!row || !row->by_role[JX_ROLE_SEQ] || !has_target(row) || row->by_role[JX_ROLE_NAME] ||
        row->text[JX_ROLE_NAME])
        return FALSE;
    for (guint i = 0; i < row->source->cells->len; i++)
        if (((const jx_pcell *)row->source->cells->pdata[i])->col == col)
            return FALSE;
    return TRUE;
}

/* TRUE when a data row of `all` (frag[k] FALSE) on fragment `b`'s page
 * holds its name in grid column `col`. */
static gboolean column_holds_names(const GPtrArray *all, const gboolean *frag, const built_row *b,
                                   int col)
{
    for (guint k = 0; k < all->len; k++) {
        const built_row *row = all->pdata[k];
        const jx_pcell *name = row->by_role[JX_ROLE_NAME];
        if (!frag[k] && row->page == b->page && name && name->col == col)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when `r` is one of a target's columns (operator, value, unit; a
 * year's or a half year's). */
static gboolean is_target_role(jx_role r)
{
    for (gsize i = 0; i < G_N_ELEMENTS(target_roles); i++)
        if (target_roles[i] == r)
            return TRUE;
    return FALSE;
}

/* TRUE when fragment cell `c`, which the page's column map takes to a
 * label column, is a line of the name of the data row beside it (`above`
 * right above the fragment, `below` right under it, either NULL): a browser
 * centres a row's one-line cells (序号, target) on its wrapped name, so the
 * name's first line stands above the row's line and its last below; on a
 * page whose rows set their cells at widths of their own (a form's rows
 * of different lengths), the name's column is where other rows set their
 * level-2 labels.  The row is numbered, has a target and no name; the
 * piece is plain text, no label or piece of one, the line's last (a label
 * wrapped beside the name stands left of it: `资产管 固定资产` over
 * `=100%`), and other rows of the page hold their names in its grid column
 * (a level-1 label wrapped a character a line round a row, 产 / 出 / 指 /
 * 标, stands in a column of labels alone).  The same holds where the map
 * takes the piece to a target's column: LibreOffice lays out runs of rows
 * at widths of their own, and a name wrapped round its row in the column
 * where a run shifted a cell right sets its names stands where the rows
 * below, shifted a cell left, set their targets (揭榜挂帅论证评审通 / `27 =
 * 100 %` / 过率, seed 000). */
static gboolean name_line_round_nameless_row(const built_row *b, const built_row *above,
                                             const built_row *below, const jx_pcell *c,
                                             const GPtrArray *all, const gboolean *frag)
{
    const GPtrArray *cells = b->source->cells;
    if (c != cells->pdata[cells->len - 1] || c->kind != JX_CK_TEXT || !c->norm ||
        level2_piece(c->norm) || jx_taxonomy_level1(c->norm))
        return FALSE;
    return ((above && next_line_of(above, b) && nameless_target_row(above, c->col)) ||
            (below && next_line_of(b, below) && nameless_target_row(below, c->col))) &&
           column_holds_names(all, frag, b, c->col);
}

/* The header's actual column when it follows the value column `value`
 * with only columns of no role between them (a layout's drift parts a
 * column, see roleless_column_moves), else -1. */
static int actual_after_value(const jx_header *header, int value)
{
    for (int c = value + 1; c < header->n_cols; c++) {
        if (header->roles[c] == JX_ROLE_ACTUAL)
            return c;
        if (header->roles[c] != JX_ROLE_NONE)
            return -1;
    }
    return -1;
}

/* TRUE when fragment `b`'s cell `c`, which the page's column map `to`
 * (n_to entries) takes to the value column, is the row's actual: a
 * self-evaluation's target and actual set a grid column off their own.
 * pdftotext -layout gives each wide character one place of a line, so a
 * line's figures drift by the wide characters before them (a label's piece
 * and a name, `社会效益 居民健康素养水平`), and where the drift makes a
 * grid column of no role beside the target column, a line sets its target
 * in it and its actual in the target column (`=3个百分 2个百分` / `点 点`),
 * or its target in the target column and its actual in it (`1 个百 1 个百分`
 * / `分点 点`), both round the line of the row's weight and score.  The
 * page's map takes that column to the target's (its other cells are
 * targets), and the row read `=3个百分2个百分点点`.  The cell stands right
 * after another of the fragment's, one of the two in the value column and
 * the other in the roleless column beside it that the map moved there; the
 * header's actual column follows the value's (roleless columns between
 * only) and no cell of the fragment goes there. */
static gboolean actual_beside_moved_target(const built_row *b, const jx_header *header,
                                           const int *to, int n_to, const jx_pcell *c)
{
    int value = role_column(header, JX_ROLE_VALUE), left = c->col - 1;
    int actual = value >= 0 ? actual_after_value(header, value) : -1;
    if (actual < 0 || left < 0 || c->col >= n_to || to[left] != value || to[c->col] != value)
        return FALSE;
    int moved = left == value ? c->col : c->col == value ? left : -1;
    if (moved < 0 || header->roles[moved] != JX_ROLE_NONE)
        return FALSE;
    gboolean beside = FALSE;
    for (guint i = 0; i < b->source->cells->len; i++) {
        const jx_pcell *o = b->source->cells->pdata[i];
        int col = o->col < n_to ? to[o->col] : o->col;
        if (col == actual)
            return FALSE;
        beside |= o->col == left;
    }
    return beside;
}

/* The fewest characters of the line a name's rest wraps from: a name wraps
 * where it fills its cell, while a label column narrow enough to stack its
 * label round a row sets two or three characters a line (`可持` / `续影` /
 * `响指` / `标`). */
#define NAME_LINE_ABOVE_REST_MIN_CHARS 4

/* TRUE when fragment cell `c`, which the page's column map takes to a
 * label column, is the rest of the name of row `above`, on the line right
 * above it, wrapped alone on its line in the same grid column: a row whose
 * label cells hold nothing on its lines (they are merged over the rows
 * above) is set by pdftotext -layout from the left edge, its name where
 * the page's other rows set their labels, and the name's last line
 * (`“双百计划”项目中期考核通过` over `率`) falls there too.  Read as a
 * label, the piece named a whole group (level-2 `率`).  The row states its
 * target on its line (a wrapped label's first line, `服务对象满` over `意度`,
 * read into the names' slot of a row whose target is a line lower, has
 * none), the text above is a line as wide as a name's
 * (NAME_LINE_ABOVE_REST_MIN_CHARS), and the piece is plain text, no label
 * nor piece of one, nor is the text above one or does the piece make it
 * one (a label stacked beside a name stands in a column of its own). */
static gboolean name_rest_in_label_column(const built_row *b, const built_row *above,
                                          const jx_pcell *c)
{
    const jx_pcell *name = above ? above->by_role[JX_ROLE_NAME] : NULL;
    if (!name || name->col != c->col || !next_line_of(above, b) || !has_target(above) ||
        b->source->cells->len != 1 || c->kind != JX_CK_TEXT || !c->norm ||
        level2_piece(c->norm) || jx_trow_level1_or_its_opening(c->norm) ||
        !above->text[JX_ROLE_NAME])
        return FALSE;
    if (g_utf8_strlen(above->text[JX_ROLE_NAME], -1) < NAME_LINE_ABOVE_REST_MIN_CHARS ||
        jx_taxonomy_label_word(above->text[JX_ROLE_NAME]))
        return FALSE;
    char *joined = jx_norm_join(above->text[JX_ROLE_NAME], c->norm);
    gboolean label = jx_taxonomy_label_word(joined);
    g_free(joined);
    return !label;
}

void jx_trow_place_fragment_by_column(built_row *b, const jx_header *header, const int *to,
                                      int n_to, const built_row *above, const built_row *below,
                                      const built_row *level1_above, GHashTable *level2_cells,
                                      const GPtrArray *all, const gboolean *frag,
                                      gboolean third_beside)
{
    for (gsize i = 0; i < G_N_ELEMENTS(text_roles); i++) {
        b->by_role[text_roles[i]] = NULL;
        text_set(b, text_roles[i], NULL);
        b->tail_width[text_roles[i]] = b->full_width[text_roles[i]] = b->widest[text_roles[i]] = 0;
        b->head_line[text_roles[i]] = b->tail_line[text_roles[i]] = 0;
    }
    gboolean third = jx_trow_third_level_fragment(b, header, to, n_to);
    for (guint i = 0; i < b->source->cells->len; i++) {
        const jx_pcell *c = b->source->cells->pdata[i];
        if (c->rowhead)
            continue; /* the table's row header, no row's (see build_row) */
        int col = c->col < n_to ? to[c->col] : c->col;
        jx_role r = col >= 0 && col < header->n_cols ? header->roles[col] : JX_ROLE_NONE;
        gboolean third_level2 = third && r == JX_ROLE_NONE && third_label_column(header, col) &&
                                third_level_piece(c);
        if (third_level2)
            r = JX_ROLE_LEVEL2;
        else if ((third || third_beside) && r == JX_ROLE_LEVEL2 && level1_piece_beside_third(c))
            r = JX_ROLE_LEVEL1;
        if (r == JX_ROLE_NONE && (unheaded_level2_piece(header, col, c->norm) ||
                                  unheaded_level2_beside_name(b, header, to, n_to, i)))
            r = JX_ROLE_LEVEL2;
        if (r == JX_ROLE_NAME && level2_cells && g_hash_table_contains(level2_cells, c))
            r = JX_ROLE_LEVEL2; /* see jx_trow_folded_level2_pieces */
        if (r == JX_ROLE_NONE && (level1_in_unheaded_column(header, b, c) ||
                                  level1_rest_in_column(level1_above, c)))
            r = JX_ROLE_LEVEL1;
        if (r == JX_ROLE_NONE)
            r = JX_ROLE_NAME; /* text beyond the known columns: most likely a wrapped name */
        if (r == JX_ROLE_VALUE && actual_beside_moved_target(b, header, to, n_to, c))
            r = JX_ROLE_ACTUAL;
        if (r == JX_ROLE_LEVEL2 && name_rest_beside_level2(b, header, c))
            r = JX_ROLE_NAME;
        if ((r == JX_ROLE_LEVEL1 || r == JX_ROLE_LEVEL2) &&
            (name_line_round_nameless_row(b, above, below, c, all, frag) ||
             name_rest_in_label_column(b, above, c)))
            r = JX_ROLE_NAME;
        /* (or to a target's column: rows shifted a cell left of the
         * nameless row's set their targets there; alone on its line, for
         * a text target wrapped round its row shares its top line with
         * the row's name or labels: `群众生产生活条件 | 按照项目实施方案要求`) */
        if (is_target_role(r) && b->source->cells->len == 1 &&
            name_line_round_nameless_row(b, above, below, c, all, frag))
            r = JX_ROLE_NAME;
        /* …but a 备注 word alone is its row's remark, wherever it stands */
        if (jx_norm_is_remark(c->norm))
            r = JX_ROLE_OTHER;
        jx_role label = is_label_role(r) ? JX_ROLE_NONE : finishes_cell_above(b, above, c);
        if (label != JX_ROLE_NONE)
            r = label;
        if (r == JX_ROLE_ROWHEAD && level1_rest_in_rowhead_column(header, above, c))
            r = JX_ROLE_LEVEL1;
        /* a label that is only ever a level-1 (效益指标) is one wherever a
         * layout shifted it: the level-2 label beside it stays one, and so
         * does a word of a level-2 wrapped a word a line (社会 / 效益 / 指标) */
        if (r == JX_ROLE_LEVEL2 && c->kind == JX_CK_LEVEL1 && !jx_taxonomy_level2(NULL, c->norm) &&
            !b->by_role[JX_ROLE_LEVEL1] && table_has_role(header, JX_ROLE_LEVEL1) &&
            !c->label_goes_on && !third_level2)
            r = JX_ROLE_LEVEL1;
        /* a column we do not keep (指标解释, 备注) keeps its own wrapped text */
        jx_trow_place_cell(b, r, c);
    }
    level1_beside_narrow_level2(b, header, to, n_to);
    set_label_lines(b);
}

static void append_text(built_row *to, jx_role r, const built_row *from, gboolean prepend)
{
    const char *text = from->text[r];
    if (!to->text[r] || prepend)
        to->continues[r] = from->continues[r];
    to->full_width[r] = MAX(to->full_width[r], from->full_width[r]);
    to->widest[r] = MAX(to->widest[r], from->widest[r]);
    if (to->text[r] && is_label_role(r) &&
        jx_norm_seam_inside_word(prepend ? text : to->text[r], prepend ? to->text[r] : text))
        to->full_width[r] =
            MAX(to->full_width[r], prepend ? from->tail_width[r] : to->tail_width[r]);
    if (!to->text[r] || !prepend) {
        to->tail_width[r] = from->tail_width[r];
        to->tail_line[r] = from->tail_line[r];
    }
    if (!to->text[r] || prepend)
        to->head_line[r] = from->head_line[r];
    char *joined = !to->text[r] ? g_strdup(text)
                   : prepend    ? jx_norm_join(text, to->text[r])
                                : jx_norm_join(to->text[r], text);
    text_set(to, r, joined);
}

void jx_trow_spread_merged_text(GPtrArray *rows, GHashTable *merged)
{
    for (guint i = 0; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        for (gsize k = 0; k < G_N_ELEMENTS(label_roles); k++) {
            jx_role r = label_roles[k];
            const jx_pcell *c = b->by_role[r];
            const built_row *whole = c && c->spanned ? g_hash_table_lookup(merged, c->origin) : NULL;
            if (whole && whole != b && whole->text[r])
                text_set(b, r, g_strdup(whole->text[r]));
        }
    }
}

gboolean jx_trow_is_bare_figure(const char *value)
{
    jx_target t = {0};
    jx_norm_target(value, &t);
    gboolean bare = t.kind == JX_KIND_NUMBER && !t.unit;
    jx_target_clear(&t);
    return bare;
}

/* The word opening a scoring rule's deduction (`扣0.5分`, `扣分`). */
#define DEDUCTION_WORD "扣"

static gboolean is_value_role(jx_role r)
{
    return r == JX_ROLE_VALUE || r == JX_ROLE_HALF_VALUE;
}

/* TRUE when `text` is a scoring rule's deduction alone (`扣0.5分`, `扣分`):
 * the wrapped end of an explanation (`完成目标得满分，每降低1个百分点` /
 * `扣0.5分`) that a layout dump set a few columns left, under the target's
 * column; never the rest of a target. */
static gboolean is_deduction_rest(const char *text)
{
    if (!g_str_has_prefix(text, DEDUCTION_WORD) || !g_str_has_suffix(text, "分"))
        return FALSE;
    const char *p = text + strlen(DEDUCTION_WORD), *end = text + strlen(text) - strlen("分");
    for (; p < end; p++)
        if (!g_ascii_isdigit(*p) && *p != '.')
            return FALSE;
    return TRUE;
}

/* TRUE when fragment `frag`, a line below row `into`, holds as a name piece
 * the last line of the level-2 label `into` holds so far (from its own line
 * or the line above): a narrow level-2 column wraps its label round the
 * row's line (`服务对象满意` / row line / `度指标`, `社会效` / `益指标`), and
 * the layout reader, finding the last line a little right of the label's
 * first (or drifted into the names' grid column), reads it as a name — the
 * name `服务对象满意度度指标`, the label a piece.  The row has its own name
 * on its line, the label so far is no known one, and the two joined make a
 * known level-2 label: the piece is the label's. */
static gboolean name_piece_finishes_level2(const built_row *frag, const built_row *into)
{
    const char *head = into->text[JX_ROLE_LEVEL2], *piece = frag->text[JX_ROLE_NAME];
    return piece && head && frag->by_role[JX_ROLE_NAME] && !frag->by_role[JX_ROLE_LEVEL2] &&
           !frag->text[JX_ROLE_LEVEL2] && into->by_role[JX_ROLE_NAME] && into->text[JX_ROLE_NAME] &&
           !known_label(JX_ROLE_LEVEL2, head) && joins_into_label(JX_ROLE_LEVEL2, head, piece);
}

/* Moves fragment `frag`'s name piece to its level-2 label (see
 * name_piece_finishes_level2), its line counted among the label's lines. */
static void name_piece_to_level2(built_row *frag)
{
    frag->by_role[JX_ROLE_LEVEL2] = frag->by_role[JX_ROLE_NAME];
    frag->by_role[JX_ROLE_NAME] = NULL;
    text_transfer(frag, JX_ROLE_NAME, frag, JX_ROLE_LEVEL2);
    if (frag->line) {
        frag->label_sum[JX_ROLE_LEVEL2] += frag->line;
        frag->label_pieces[JX_ROLE_LEVEL2]++;
    }
}

/* The longest piece of a text target's last line a layout can set left of
 * its column, into the names' (a centred target's last character or two). */
#define TARGET_TAIL_IN_NAMES_MAX_CHARS 2

/* TRUE when fragment `frag`, a line below row `into`, holds nothing but a
 * name piece of a character or two that ends the row's text target inside a
 * word and cannot go on from its name (`众` under `持续改善，惠及更多群`,
 * beside `群众生产生活条件`): a target centred in its column sets its last
 * short line left of the lines above it, where the names stand. */
static gboolean name_piece_ends_text_target(const built_row *frag, const built_row *into)
{
    const char *piece = frag->text[JX_ROLE_NAME];
    const jx_pcell *v = into->by_role[JX_ROLE_VALUE];
    if (!piece || g_utf8_strlen(piece, -1) > TARGET_TAIL_IN_NAMES_MAX_CHARS || !v ||
        v->kind != JX_CK_TEXT || !into->text[JX_ROLE_VALUE] || !into->text[JX_ROLE_NAME])
        return FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(text_roles); i++)
        if (text_roles[i] != JX_ROLE_NAME && frag->text[text_roles[i]])
            return FALSE;
    return jx_norm_seam_inside_word(into->text[JX_ROLE_VALUE], piece) &&
           !jx_norm_seam_inside_word(into->text[JX_ROLE_NAME], piece);
}

/* The fewest characters a line of a long text target wrapped in a narrow
 * column holds, but its last (see name_piece_is_text_target): the rest of a name's or a unit's word cut
 * at a line's end (`高` of `有效提高`, `比` of `百分比`) is one or two. */
#define TEXT_TARGET_LINE_MIN_CHARS 3

/* TRUE when fragment `frag`, a line above or below row `into`
 * (`prepend`: above), holds a text piece read into the names' slot from a
 * grid column right of the row's own name's, beside nothing but label
 * pieces, while the row, named on its own line, has no target on it: a long
 * qualitative target wrapped in a narrow column round its row's line
 * (`按照项目` / `实施方案` over `群众生产生活条件 | 未完成`), set where the
 * layout's columns count it the names'.  The row's name is whole on its
 * line: the piece does not go on from it inside a word (`有效提` / `高`),
 * and a name's wrapped line starts in its own column. */
static gboolean name_piece_is_text_target(const built_row *frag, const built_row *into,
                                          gboolean prepend)
{
    const jx_pcell *p = frag->by_role[JX_ROLE_NAME], *name = into->by_role[JX_ROLE_NAME];
    const char *piece = frag->text[JX_ROLE_NAME], *own = into->text[JX_ROLE_NAME];
    if (!p || !name || p->col <= name->col || p->kind != JX_CK_TEXT || has_target(into) ||
        frag->by_role[JX_ROLE_SEQ] || !piece || !own)
        return FALSE;
    /* (a target's short last line goes on inside a word from its lines
     * above: `及更多群` / `众`) */
    const char *value = into->text[JX_ROLE_VALUE];
    if (g_utf8_strlen(piece, -1) < TEXT_TARGET_LINE_MIN_CHARS &&
        !(!prepend && value && jx_norm_seam_inside_word(value, piece)))
        return FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(text_roles); i++)
        if (text_roles[i] != JX_ROLE_NAME && !is_label_role(text_roles[i]) &&
            frag->text[text_roles[i]])
            return FALSE;
    return !(prepend ? jx_norm_seam_inside_word(piece, own) : jx_norm_seam_inside_word(own, piece));
}

/* The unit `head`, a unit's first part alone no unit, makes with the
 * text of cell `c` on the line below (above when `prepend`), or NULL:
 * `个工作` with `日`. */
static char *unit_finished_by(const jx_pcell *c, const char *head, gboolean prepend)
{
    char *joined = prepend ? jx_norm_join(c->norm, head) : jx_norm_join(head, c->norm);
    char *whole = jx_norm_unit(joined);
    if (!whole)
        g_clear_pointer(&joined, g_free);
    g_free(whole);
    return joined;
}

/* TRUE when fragment `frag`, the line above row `into` (`prepend`), holds
 * an operator but no value for role `value` while `into` holds that value:
 * a browser that centres each cell in its row (Chromium's print of a web
 * page) sets a one-line figure half a line lower than the operator and name
 * beside a label wrapped in two lines (`人均补助标准 | ≤` over `2,550`), and
 * that operator opens the figure below. */
static gboolean sign_opens_value_below(const built_row *frag, const built_row *into,
                                       gboolean prepend, jx_role op, jx_role value)
{
    const jx_pcell *sign = frag->by_role[op];
    const char *name = frag->text[JX_ROLE_NAME];
    /* (a sign read into the name's text, `项目验收合格率≥` (wkhtmltopdf), is
     * taken from the name's end later, with the name's cell) */
    return prepend && sign && !frag->text[value] && !frag->by_role[value] && into->text[value] &&
           !(name && g_str_has_suffix(name, sign->norm));
}

void jx_trow_merge_fragment(built_row *frag, built_row *into, gboolean prepend, GHashTable *merged)
{
    for (gsize i = 0; i < G_N_ELEMENTS(label_roles); i++) {
        const jx_pcell *c = frag->by_role[label_roles[i]];
        if (c && !c->spanned && c->origin && jx_cell_rowspan(c->origin) > 1)
            g_hash_table_replace(merged, (gpointer)c->origin, into);
    }
    /* (a row whose whole target stands on a line of its own below it, see
     * targets_under_named_number, takes that target's unit with its value) */
    gboolean targetless = !has_target(into);
    if (!prepend && name_piece_finishes_level2(frag, into))
        name_piece_to_level2(frag);
    into->absorbed++;
    into->header_above = into->header_above || frag->header_above;
    if (frag->first_line && into->first_line) {
        into->first_line = MIN(into->first_line, frag->first_line);
        if (holds_own_cell(frag))
            into->cells_first_line = MIN(into->cells_first_line, frag->first_line);
        into->last_line = MAX(into->last_line, frag->last_line);
    }
    for (gsize i = 0; i < G_N_ELEMENTS(label_roles); i++)
        add_label_lines(into, frag, label_roles[i]);
    if ((!prepend && name_piece_ends_text_target(frag, into)) ||
        name_piece_is_text_target(frag, into, prepend))
        text_transfer(frag, JX_ROLE_NAME, frag, JX_ROLE_VALUE);
    for (gsize i = 0; i < G_N_ELEMENTS(text_roles); i++) {
        jx_role r = text_roles[i];
        if (!frag->text[r] || same_merged_cell(frag, into, r) ||
            (into->text[r] && is_value_role(r) && is_deduction_rest(frag->text[r])))
            continue;
        append_text(into, r, frag, prepend);
        (prepend ? into->wrapped_above : into->wrapped_below)[r]++;
    }
    /* a unit wrapped in its narrow column (`个工作` / `日`, `元/平方` / `米`)
     * is one unit: the row's unit takes the fragment's where the two make a
     * unit the unit table knows and the row's alone is none */
    /* an operator or a whole unit set on a line of its own beside the row's
     * wrapped value (see jx_trow_mark_operators_between) is the row's when it has
     * none */
    /* a row's number on a line of its own beside the row's cells (see
     * jx_trow_mark_numbers_over_targets) is the row's */
    if (frag->by_role[JX_ROLE_SEQ] && !into->by_role[JX_ROLE_SEQ] && !into->text[JX_ROLE_SEQ]) {
        into->by_role[JX_ROLE_SEQ] = frag->by_role[JX_ROLE_SEQ];
        text_borrow(into, JX_ROLE_SEQ, frag->by_role[JX_ROLE_SEQ]->norm);
    }
    static const jx_role op_roles[] = {JX_ROLE_OP, JX_ROLE_HALF_OP};
    static const jx_role op_values[] = {JX_ROLE_VALUE, JX_ROLE_HALF_VALUE};
    for (gsize i = 0; i < G_N_ELEMENTS(op_roles); i++)
        if ((frag->rest_of_above ||
             sign_opens_value_below(frag, into, prepend, op_roles[i], op_values[i])) &&
            frag->by_role[op_roles[i]] && !into->text[op_roles[i]])
            text_borrow(into, op_roles[i], frag->by_role[op_roles[i]]->norm);
    static const jx_role whole_units[] = {JX_ROLE_UNIT, JX_ROLE_HALF_UNIT};
    static const jx_role their_values[] = {JX_ROLE_VALUE, JX_ROLE_HALF_VALUE};
    for (gsize i = 0; i < G_N_ELEMENTS(whole_units); i++) {
        /* (a unit that finishes the value, `日` of `2023年9月30`, is its rest) */
        const jx_pcell *u = frag->by_role[whole_units[i]];
        const char *value = into->text[their_values[i]];
        if ((frag->rest_of_above || (value && jx_trow_is_bare_figure(value))) && u &&
            u->kind == JX_CK_UNIT && !into->text[whole_units[i]] &&
            (!frag->text[their_values[i]] || (frag->rest_of_above && targetless)) &&
            !(value && completes_target(value, u->norm)))
            text_borrow(into, whole_units[i], u->norm);
    }
    static const jx_role unit_roles[] = {JX_ROLE_UNIT, JX_ROLE_HALF_UNIT};
    static const jx_role unit_values[] = {JX_ROLE_VALUE, JX_ROLE_HALF_VALUE};
    for (gsize i = 0; i < G_N_ELEMENTS(unit_roles); i++) {
        jx_role r = unit_roles[i];
        /* the fragment's cell itself: its text may hold the cell twice (a
         * fragment is placed again by its columns, see
         * jx_trow_place_fragment_by_column, which clears the text roles only) */
        const jx_pcell *piece = frag->by_role[r];
        if (piece && !into->text[r] && into->text[unit_values[i]] &&
            is_cut_unit(piece->norm, into->text[unit_values[i]])) {
            /* a row whose unit is all on the lines around its own (`元/平方`
             * above `不高于 | 1460`, `米` below): the first piece, cut, waits
             * for the rest */
            text_borrow(into, r, piece->norm);
            continue;
        }
        if (!into->text[r])
            continue;
        char *own = jx_norm_unit(into->text[r]);
        char *joined = !own && piece ? unit_finished_by(piece, into->text[r], prepend) : NULL;
        /* the unit column's piece may have lost that role to a unit word
         * beside it (`里 | 分`, the scoring rule's wrapped `扣` / `分`) */
        for (guint c = 0; !own && !joined && c < frag->source->cells->len; c++)
            joined = unit_finished_by(frag->source->cells->pdata[c], into->text[r], prepend);
        if (joined)
            text_set(into, r, joined);
        g_free(own);
    }
    add_flag(into, frag->page_start || (prepend && into->page_start) ? "split-across-pages"
                                                                      : "joined-lines");
}
