/*
 * target_labels.c — the group labels of a target table's rows.
 *
 * The wrap widths of the label and item columns (wrap_width), labels
 * wrapped over lines joined (join_wrapped_labels), and the repairs of
 * level-1 and level-2 pieces set in each other's column, which target.c
 * runs on the built rows before labels.c resolves each label's span.
 */
#include "parse/target_row.h"

#include <math.h>
#include <string.h>

/* TRUE when `head` and `tail` are the pieces of a level-1 label wrapped
 * inside the group weight it prints (产出指标(40 / 分), 产出指标(5 / 0分),
 * 满意度指标( / 10分)): joined, it is a known label once the weight is
 * dropped, and `tail` is part of the weight alone. */
static gboolean weight_wrapped(jx_role role, const char *head, const char *tail)
{
    if (role != JX_ROLE_LEVEL1 || !head || !tail || known_label(role, tail))
        return FALSE;
    char *label = jx_norm_join(head, tail);
    gsize n = strlen(label);
    jx_trow_strip_group_weight(label, NULL);
    gboolean known = strlen(label) < n && known_label(role, label) &&
                     strlen(tail) <= n - strlen(label);
    g_free(label);
    return known;
}

/* TRUE when `head` and `tail` joined make a level-1 label and the opening
 * of its group weight, the bracket still open (`产出指` / `标(40分`: a narrow
 * level-1 column of a spreadsheet's PDF wraps 产出指标(40分) over three
 * lines, and a layout dump sets each beside another row; the `)` comes
 * last, see weight_wrapped). */
static gboolean weight_opened(jx_role role, const char *head, const char *tail)
{
    if (role != JX_ROLE_LEVEL1 || !head || !tail || known_label(role, tail))
        return FALSE;
    char *joined = jx_norm_join(head, tail);
    gboolean opened = !strchr(joined, ')') && weight_wrapped(role, joined, ")");
    g_free(joined);
    return opened;
}

int jx_trow_wrap_width(const GPtrArray *rows, jx_role role)
{
    int width = 0;
    for (guint i = 0; i < rows->len; i++) {
        const built_row *b = rows->pdata[i], *prev = i > 0 ? rows->pdata[i - 1] : NULL;
        width = MAX(width, b->full_width[role]);
        if (prev && b->text[role] && prev->text[role] && lines_between(prev, b) == 0 &&
            jx_norm_seam_inside_word(prev->text[role], b->text[role]))
            width = MAX(width, prev->tail_width[role]);
    }
    gboolean wraps = FALSE;
    for (guint i = 0; i < rows->len && !wraps; i++) {
        const built_row *b = rows->pdata[i];
        wraps = b->text[role] && b->head_line[role] && b->tail_line[role] > b->head_line[role];
    }
    /* no line is wider than its column: a line known full narrower than
     * another line of the column (打好蓝天保卫战 beside 加强生态环境执法 /
     * 监管) was full only to the word it broke at */
    if (width > 0 || wraps)
        for (guint i = 0; i < rows->len; i++)
            width = MAX(width, ((const built_row *)rows->pdata[i])->widest[role]);
    return width;
}

/* TRUE when `b`'s text in `role` took lines above its row's line and as
 * many below: a cell centred on its own row (a vertically centred layout
 * sets a whole cell so), not a piece of one merged over rows, whose pieces
 * stand each beside a row of its own. */
static gboolean centred_on_row(const built_row *b, jx_role role)
{
    int head = b->head_line[role], tail = b->tail_line[role];
    return head && tail && head < b->line && tail > b->line && b->line - head == tail - b->line;
}

/* TRUE when `b`'s text in `role` opens on its row's own line and goes on
 * below it: a cell set at the top of its own row (a top-aligned layout, as
 * Chromium prints a writer table's cells), not a piece of one merged over
 * rows, which opens on its first row's line and goes on beside the rows
 * below, each a line of its own. */
static gboolean set_at_row_top(const built_row *b, jx_role role)
{
    int head = b->head_line[role], tail = b->tail_line[role];
    return head && tail && head == b->line && tail > b->line;
}

/* Lines that may stand between two pieces of one wrapped work item, each
 * beside rows of its own: pdftotext sets the lines of each cell by its own
 * baselines, so another column's line can fall between two of the cell's
 * (落实农村客运补贴政 / 路率 / 策). */
#define MAX_PIECE_GAP 1

/* TRUE when the first piece of `b`'s text in `role` stands close under the
 * last piece of `prev`'s, on its page (see MAX_PIECE_GAP), with text on
 * every line between (`lines`, the table's lines that hold any: a cell's
 * lines follow each other, so a blank line parts two cells). */
static gboolean pieces_close(const built_row *prev, const built_row *b, jx_role role,
                             GHashTable *lines)
{
    /* a page break between them (a form feed, no footer: the lines go on
     * from one page to the next) cuts the cell as any line does */
    if ((b->page != prev->page && b->page != prev->page + 1) || !prev->tail_line[role] ||
        !b->head_line[role])
        return FALSE;
    int gap = b->head_line[role] - prev->tail_line[role] - 1;
    if (gap < 0 || gap > MAX_PIECE_GAP)
        return FALSE;
    for (int l = prev->tail_line[role] + 1; l < b->head_line[role]; l++)
        if (!g_hash_table_contains(lines, LINE_KEY(b->page, l)) &&
            !g_hash_table_contains(lines, LINE_KEY(prev->page, l)))
            return FALSE;
    return TRUE;
}

/* The nearest row of `rows` after row i holding text of `role`, or NULL. */
static const built_row *row_below_holding(const GPtrArray *rows, guint i, jx_role role)
{
    for (guint k = i + 1; k < rows->len; k++)
        if (((const built_row *)rows->pdata[k])->text[role])
            return rows->pdata[k];
    return NULL;
}

/* The nearest row of `rows` before row i holding text of `role`, or NULL. */
static const built_row *row_above_holding(const GPtrArray *rows, guint i, jx_role role)
{
    for (guint u = i; u > 0; u--)
        if (((const built_row *)rows->pdata[u - 1])->text[role])
            return rows->pdata[u - 1];
    return NULL;
}

/* TRUE when one of x and y begins the other. */
static gboolean same_start(const char *x, const char *y)
{
    return g_str_has_prefix(x, y) || g_str_has_prefix(y, x);
}

/* TRUE when `second` is the text of `role` in some row of `rows` other than
 * rows a and b with no piece close over it (pieces_close), or one that does
 * not end in `first`: a line that opens a cell elsewhere (a work item whole,
 * not the rest of one, 监测 under 开展食品安全抽检 every time). */
static gboolean preceded_otherwise(const GPtrArray *rows, jx_role role, const char *first,
                                   const char *second, guint a, guint b, GHashTable *lines)
{
    for (guint i = 1; i < rows->len; i++) {
        const built_row *r = rows->pdata[i];
        if (i == a || i == b || g_strcmp0(r->text[role], second) != 0)
            continue;
        const built_row *up = row_above_holding(rows, i, role);
        if (!up || !pieces_close(up, r, role, lines) ||
            !g_str_has_suffix(up->text[role], first))
            return TRUE;
    }
    return FALSE;
}

/* TRUE when `first` is the text of `role` in some row of `rows` other than
 * rows a and b with a piece close under it (pieces_close) that is neither
 * `second` nor `first` again: a cell wrapped at one width breaks its text
 * the same way every time it is printed, so a line followed here by one
 * piece and there by another ended its cell — work items each set on a row
 * of its own, one line each, the rows one line apart (加强防灾减灾救灾能力建设
 * over 开展安全生产专项整治 here, over 做好应急物资储备 there).  A piece
 * that runs on into more text, or is the start of `second`, is the same
 * (工作 read with the next page's pieces after it). */
static gboolean followed_otherwise(const GPtrArray *rows, jx_role role, const char *first,
                                   const char *second, guint a, guint b, GHashTable *lines)
{
    for (guint i = 0; i < rows->len; i++) {
        const built_row *r = rows->pdata[i];
        if (i == a || i == b || g_strcmp0(r->text[role], first) != 0)
            continue;
        const built_row *next = row_below_holding(rows, i, role);
        if (next && pieces_close(r, next, role, lines) && !same_start(next->text[role], second) &&
            g_strcmp0(next->text[role], first) != 0)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when `text` is the whole text of `role` in some row of `rows`
 * other than rows a and b: no piece stands close under it (see
 * pieces_close), or the one that does says the same (a form that repeats
 * the work item on every row).  A label stated whole elsewhere is no piece
 * of a wrapped one.  Where `above` (may be NULL) stands close over it there,
 * it is the same pair's second piece again, not a label stated whole (a form
 * that repeats a wrapped work item on its rows: 做好城乡居民基本养老 /
 * 保险工作, each time). */
static gboolean stated_elsewhere(const GPtrArray *rows, jx_role role, const char *text,
                                 const char *above, guint a, guint b, GHashTable *lines)
{
    for (guint i = 0; i < rows->len; i++) {
        const built_row *r = rows->pdata[i];
        if (i == a || i == b || g_strcmp0(r->text[role], text) != 0)
            continue;
        const built_row *next = row_below_holding(rows, i, role);
        const built_row *up = row_above_holding(rows, i, role);
        if (above && up && g_strcmp0(up->text[role], above) == 0 && pieces_close(up, r, role, lines))
            continue;
        if (!next || !pieces_close(r, next, role, lines) || g_strcmp0(next->text[role], text) == 0)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when some row of `rows` other than rows a and b holds `text` whole
 * in `role`. */
static gboolean text_in_other_row(const GPtrArray *rows, jx_role role, const char *text, guint a,
                                  guint b)
{
    for (guint i = 0; i < rows->len; i++)
        if (i != a && i != b && g_strcmp0(((const built_row *)rows->pdata[i])->text[role], text) == 0)
            return TRUE;
    return FALSE;
}

/* TRUE when `piece` opens a text other rows than a and b hold whole in
 * `role` (more follows it there). */
static gboolean opens_text_in_other_row(const GPtrArray *rows, jx_role role, const char *piece,
                                        guint a, guint b)
{
    for (guint i = 0; i < rows->len; i++) {
        const char *t = ((const built_row *)rows->pdata[i])->text[role];
        if (i != a && i != b && t && g_str_has_prefix(t, piece) && strlen(t) > strlen(piece))
            return TRUE;
    }
    return FALSE;
}

/* TRUE when `above`, a work item rows a and b's table states elsewhere
 * just so, is followed by `piece`, the first line of another item it
 * states elsewhere whole, and no row states the two joined (做好城乡居民基本养老保险工作 over 开展职业技能提, where
 * 开展职业技能提升行动 is another row's): two cells, however full the line
 * above — in a dense table every whole statement of an item has the next
 * item's first line close under it, which stated_elsewhere does not count. */
static gboolean next_item_opening(const GPtrArray *rows, jx_role role, const char *above,
                                  const char *piece, guint a, guint b)
{
    if (!text_in_other_row(rows, role, above, a, b) ||
        !opens_text_in_other_row(rows, role, piece, a, b))
        return FALSE;
    /* the two joined, stated elsewhere, say they are one item */
    char *joined = jx_norm_join(above, piece);
    gboolean stated = text_in_other_row(rows, role, joined, a, b) ||
                      opens_text_in_other_row(rows, role, joined, a, b);
    g_free(joined);
    return !stated;
}

/* A label's pieces balanced around a row's line stand on it: their middle
 * within this of the line (lines are whole numbers; half a line off is a
 * label between two rows, which the resolver places by its lines). */
#define LABEL_ON_LINE 0.25

/* The line a label's pieces stand around (their mean). */
static double label_middle(const built_row *b, jx_role role)
{
    return b->label_pieces[role] ? b->label_sum[role] / b->label_pieces[role] : b->line;
}

gboolean jx_trow_label_below_row_cells(const built_row *b, jx_role role)
{
    int head = b->head_line[role];
    if (!head || !b->head_line[JX_ROLE_NAME] || b->line >= head)
        return FALSE;
    for (int r = 0; r < JX_ROLE_COUNT; r++)
        if (r != (int)role && (b->head_line[r] >= head || b->tail_line[r] >= head))
            return FALSE;
    return TRUE;
}

gboolean jx_trow_label_round_row_cells(const built_row *b, jx_role role)
{
    int head = b->head_line[role], tail = b->tail_line[role];
    if (!head || tail <= head || !b->head_line[JX_ROLE_NAME])
        return FALSE;
    for (int r = 0; r < JX_ROLE_COUNT; r++)
        if (r != (int)role && b->head_line[r] && (b->head_line[r] <= head || b->tail_line[r] >= tail))
            return FALSE;
    return TRUE;
}

void jx_trow_move_cell(built_row *from, jx_role fr, built_row *to, jx_role tr)
{
    text_transfer(from, fr, to, tr);
    to->by_role[tr] = from->by_role[fr];
    from->by_role[fr] = NULL;
    to->continues[tr] = from->continues[fr];
    to->tail_width[tr] = from->tail_width[fr];
    to->full_width[tr] = from->full_width[fr];
    to->widest[tr] = from->widest[fr];
    to->head_line[tr] = from->head_line[fr];
    to->tail_line[tr] = from->tail_line[fr];
    to->label_sum[tr] = from->label_sum[fr];
    to->label_pieces[tr] = from->label_pieces[fr];
    from->label_sum[fr] = 0;
    from->label_pieces[fr] = 0;
}

/* TRUE when `text` is the last piece of a wrapped label and nothing else
 * (`指标`, `益指标`: no label by itself): a joined label whose level-2 reads
 * whole without it (`效益指标-经济效益` over `指标`, the 指标类型 cell
 * wrapped) still ends with it, as no cell of its own is so. */
static gboolean label_rest_only(const char *text)
{
    return jx_taxonomy_label_tail(text) && !jx_label_either_level(text);
}

/* TRUE when `head` is a joined label cut inside its level-2 (`满意度指标—
 * 服务对象`: no joined label yet, the opening of one) that `rest` finishes
 * (`满意度`, a label by itself too): in a form's one label column the two
 * are one cell wrapped, whatever `rest` reads as alone. */
static gboolean finishes_cut_joined(const char *head, const char *rest)
{
    if (!head || !rest || !jx_taxonomy_joined_label(head) || jx_labels_joined(head))
        return FALSE;
    char *joined = jx_norm_join(head, rest);
    gboolean finishes = jx_labels_joined(joined);
    g_free(joined);
    return finishes;
}

/* TRUE when `head` and `piece`, pieces of a label (neither a label or a
 * label's end), join into the opening of a level-2 label only: the first two
 * lines of a label wrapped over three in a narrow column (`服务对` / `象满意`
 * / `度指标`), the third finishing it in the next join. */
static gboolean opens_level2_over_lines(const char *head, const char *piece, const char *joined)
{
    if (!jx_taxonomy_label_piece(head) || !jx_taxonomy_label_piece(piece) ||
        jx_taxonomy_label_tail(piece))
        return FALSE;
    char *label = jx_taxonomy_label_headed(joined, 2);
    gboolean opens = label != NULL;
    g_free(label);
    return opens;
}

/* TRUE when `head`, a level-2 label whole (经济效益) and no level-1 one, and
 * `rest`, no label by itself (指标), join into a level-2 label (经济效益指标):
 * a narrow column wrapped the longer label round its row's line (WeasyPrint
 * centres the cell, pdftotext -layout sets `经济效益` above the row and `指标`
 * below), and the shorter reading of the head alone is only its first line. */
static gboolean level2_finished_by_rest(const char *head, const char *rest, const char *joined)
{
    return jx_taxonomy_level2(NULL, head) && !jx_taxonomy_level1(head) && label_rest_only(rest) &&
           jx_taxonomy_level2(NULL, joined) && !jx_taxonomy_level1(joined);
}

/* TRUE when `b`'s piece of a level-1 label stands close under `prev`'s
 * (pieces_close) and the two make a known label or begin one (`产出` /
 * `指` begins 产出指标): a label wrapped a character or two a line in a
 * narrow column whose lines fall between the rows it spans (`产` / `出`
 * beside row 3, `指` / `标` beside row 5), as a layout dump of a tightly set
 * print (WeasyPrint) writes it. */
static gboolean level1_lines_close(const built_row *prev, const built_row *b, jx_role role,
                                   gboolean one_column, GHashTable *lines)
{
    if (role != JX_ROLE_LEVEL1 || !prev->text[role] || !b->text[role] ||
        !pieces_close(prev, b, role, lines))
        return FALSE;
    char *joined = jx_norm_join(prev->text[role], b->text[role]);
    char *headed = jx_taxonomy_label_headed(joined, 1);
    gboolean known = known_label(role, joined) || headed;
    /* the one label column of a form holds level-2 labels too (数量指 / 标),
     * and pairs of them joined (产出-数量指 / 标): pieces neither of which
     * is a label already (一、产出 over 数量指标 are two) */
    if (one_column && !known && !jx_label_either_level(prev->text[role]) &&
        !jx_label_either_level(b->text[role]))
        known = jx_taxonomy_level2(NULL, joined) ||
                (jx_labels_joined(joined) &&
                 (!jx_labels_joined(prev->text[role]) || label_rest_only(b->text[role]))) ||
                opens_level2_over_lines(prev->text[role], b->text[role], joined);
    if (one_column && !known)
        known = level2_finished_by_rest(prev->text[role], b->text[role], joined);
    g_free(headed);
    g_free(joined);
    return known;
}

/* Characters of a line of a level-2 label stacked in its narrow column, at
 * most (服务 / 对象 / 满意 / 度, 服务对 / 象满意 / 度指标): a name or a work
 * item wraps wider lines. */
#define LEVEL2_STACK_LINE_MAX_CHARS 3

/* TRUE when `b`'s piece of a level-2 label stands close under `prev`'s
 * (pieces_close), a stack's short line (LEVEL2_STACK_LINE_MAX_CHARS), the
 * text above (its lines joined so far) no label alone, and the two make a known level-2
 * label or begin one (服务 / 对象 begins 服务对象满意度): LibreOffice centres
 * two narrow label columns on their rows each by itself, and a layout dump
 * sets the level-2 column's lines between the level-1 column's, a line
 * apart, some of them beside the group's rows (`   服务` / `满意` /
 * `   对象` / `度指 ≥ 87%` / `   满意` / ` 标` / `   度 社会公众满意度`). */
static gboolean level2_lines_close(const built_row *prev, const built_row *b, jx_role role,
                                   GHashTable *lines)
{
    if (role != JX_ROLE_LEVEL2 || !prev->text[role] || !b->text[role] ||
        g_utf8_strlen(b->text[role], -1) > LEVEL2_STACK_LINE_MAX_CHARS ||
        jx_label_either_level(prev->text[role]) || !pieces_close(prev, b, role, lines))
        return FALSE;
    char *joined = jx_norm_join(prev->text[role], b->text[role]);
    char *headed = jx_taxonomy_label_headed(joined, 2);
    gboolean known = known_label(role, joined) || headed;
    g_free(headed);
    g_free(joined);
    return known;
}

/* Whether the first piece of a text fits (see first_piece_that_fits):
 * `piece` the piece, `joined` the label above joined with it, `after` the
 * text after it. */
typedef gboolean (*piece_fits_fn)(const char *piece, const char *joined, const char *after);

/* The length in bytes of the shortest first piece of `text` (at least one
 * character, never all of it) that `fits` with `head` joined to it; 0 when
 * none does. */
static gsize first_piece_that_fits(const char *head, const char *text, piece_fits_fn fits)
{
    for (const char *p = g_utf8_next_char(text); *p; p = g_utf8_next_char(p)) {
        char *piece = g_strndup(text, (gsize)(p - text));
        char *joined = jx_norm_join(head, piece);
        gboolean yes = fits(piece, joined, p);
        g_free(joined);
        g_free(piece);
        if (yes)
            return (gsize)(p - text);
    }
    return 0;
}

/* Moves the first `cut` bytes of row b's `role` text, its head piece, to
 * the end of the `to` label of the row above, with the piece's line (b's
 * head line of that role) and the pieces' counts and line sums of both
 * rows; b's head line of the role is left to the caller. */
static void give_head_to_label_above(built_row *above, jx_role to, built_row *b, jx_role role,
                                     gsize cut)
{
    const char *text = b->text[role];
    int line = b->head_line[role];
    char *head = g_strndup(text, cut);
    text_set(above, to, jx_norm_join(above->text[to], head));
    g_free(head);
    text_set(b, role, g_strdup(text + cut));
    above->tail_line[to] = line;
    above->label_sum[to] += line;
    above->label_pieces[to]++;
    b->label_sum[role] -= line;
    b->label_pieces[role]--;
}

/* The same to the level-1 label of the row above. */
static void give_head_to_level1_above(built_row *above, built_row *b, jx_role role, gsize cut)
{
    give_head_to_label_above(above, JX_ROLE_LEVEL1, b, role, cut);
}

/* A level-1 label's rest opening level-2 text (`指标` of `指标质量指标`):
 * the rest no label by itself, the head joined with it a level-1 label only
 * (产出 + 指标), the text after it a known level-2 label whole. */
static gboolean level1_rest_opening(const char *piece, const char *joined, const char *after)
{
    return label_rest_only(piece) && known_label(JX_ROLE_LEVEL2, after) &&
           jx_taxonomy_level1(joined) && !jx_taxonomy_level2(NULL, joined);
}

void jx_trow_level1_rest_over_level2(GPtrArray *rows)
{
    for (guint i = 1; i < rows->len; i++) {
        built_row *b = rows->pdata[i], *above = rows->pdata[i - 1];
        const jx_pcell *head = above->by_role[JX_ROLE_LEVEL1], *below = b->by_role[JX_ROLE_LEVEL2];
        const char *text = b->text[JX_ROLE_LEVEL2];
        if (!head || !below || head->col != below->col || !text || b->text[JX_ROLE_LEVEL1] ||
            !above->text[JX_ROLE_LEVEL1] || above->page != b->page || b->page_start ||
            !above->tail_line[JX_ROLE_LEVEL1] || b->label_pieces[JX_ROLE_LEVEL2] != 2 ||
            b->head_line[JX_ROLE_LEVEL2] != above->tail_line[JX_ROLE_LEVEL1] + 1 ||
            b->tail_line[JX_ROLE_LEVEL2] != b->head_line[JX_ROLE_LEVEL2] + 1 ||
            (above->text[JX_ROLE_LEVEL2] &&
             above->tail_line[JX_ROLE_LEVEL2] >= b->head_line[JX_ROLE_LEVEL2] - 1))
            continue;
        gsize cut = first_piece_that_fits(above->text[JX_ROLE_LEVEL1], text, level1_rest_opening);
        if (!cut)
            continue;
        give_head_to_level1_above(above, b, JX_ROLE_LEVEL2, cut);
        b->head_line[JX_ROLE_LEVEL2]++;
    }
}

/* The first piece of a level-1 label read as one row's (`指标产出`) that
 * finishes the label above into a known level-1 label (产出 + 指标) and
 * leaves a rest that is a known label or begins one (产出). */
static gboolean level1_tail_for_above(const char *piece, const char *joined, const char *after)
{
    (void)piece;
    return jx_taxonomy_level1(joined) &&
           (known_label(JX_ROLE_LEVEL1, after) || jx_taxonomy_opens_label(after, 1));
}

void jx_trow_level1_tail_to_row_above(GPtrArray *rows)
{
    for (guint i = 1; i < rows->len; i++) {
        built_row *b = rows->pdata[i], *above = rows->pdata[i - 1];
        const char *text = b->text[JX_ROLE_LEVEL1];
        int head = b->head_line[JX_ROLE_LEVEL1];
        if (!text || !above->text[JX_ROLE_LEVEL1] || b->label_pieces[JX_ROLE_LEVEL1] < 2 ||
            !b->line || head >= b->line || !above->tail_line[JX_ROLE_LEVEL1] ||
            above->tail_line[JX_ROLE_LEVEL1] >= head ||
            (b->page != above->page && b->page != above->page + 1) ||
            known_label(JX_ROLE_LEVEL1, text))
            continue;
        gsize cut = first_piece_that_fits(above->text[JX_ROLE_LEVEL1], text, level1_tail_for_above);
        if (!cut)
            continue;
        give_head_to_level1_above(above, b, JX_ROLE_LEVEL1, cut);
        /* the rest's first line: exact when one or two pieces are left (the
         * pieces' lines are summed), else the row's own line it stands at */
        int left = b->label_pieces[JX_ROLE_LEVEL1], last = b->tail_line[JX_ROLE_LEVEL1];
        b->head_line[JX_ROLE_LEVEL1] = left == 1   ? last
                                       : left == 2 ? (int)b->label_sum[JX_ROLE_LEVEL1] - last
                                                   : b->line;
    }
}

/* The first piece of a level-2 label read as a row's (`标服务对象`) that
 * finishes the label above into a known level-2 label (可持续影响指 + 标)
 * and leaves a rest that is a known level-2 label or begins one (服务对象). */
static gboolean level2_tail_for_above(const char *piece, const char *joined, const char *after)
{
    return known_label(JX_ROLE_LEVEL2, joined) && !known_label(JX_ROLE_LEVEL2, piece) &&
           (known_label(JX_ROLE_LEVEL2, after) || jx_taxonomy_opens_label(after, 2));
}

void jx_trow_level2_tail_to_row_above(GPtrArray *rows, GHashTable *lines)
{
    for (guint i = 1; i < rows->len; i++) {
        built_row *b = rows->pdata[i], *above = rows->pdata[i - 1];
        const char *text = b->text[JX_ROLE_LEVEL2], *head_text = above->text[JX_ROLE_LEVEL2];
        int head = b->head_line[JX_ROLE_LEVEL2];
        if (!b->labels_only || !text || !head_text || b->label_pieces[JX_ROLE_LEVEL2] < 2 ||
            !head ||
            !pieces_close(above, b, JX_ROLE_LEVEL2, lines) ||
            known_label(JX_ROLE_LEVEL2, head_text) || known_label(JX_ROLE_LEVEL2, text))
            continue;
        gsize cut = first_piece_that_fits(head_text, text, level2_tail_for_above);
        if (!cut)
            continue;
        give_head_to_label_above(above, JX_ROLE_LEVEL2, b, JX_ROLE_LEVEL2, cut);
        /* the rest's first line, as jx_trow_level1_tail_to_row_above reads it */
        int left = b->label_pieces[JX_ROLE_LEVEL2], last = b->tail_line[JX_ROLE_LEVEL2];
        b->head_line[JX_ROLE_LEVEL2] = left == 1   ? last
                                       : left == 2 ? (int)b->label_sum[JX_ROLE_LEVEL2] - last
                                                   : head + 1;
    }
}

/* Lines apart, at most, of the two pieces of a level-2 label wrapped round a
 * row's line (`产出` / the row / `质量`: a layout dump sets each line of a
 * merged cell by its own middle). */
#define LEVEL2_PIECES_APART 2

/* The grid column of the leftmost level-1 piece of the rows, or G_MAXINT
 * when no row holds one. */
static int level1_first_col(const GPtrArray *rows)
{
    int first = G_MAXINT;
    for (guint i = 0; i < rows->len; i++) {
        const jx_pcell *c = ((const built_row *)rows->pdata[i])->by_role[JX_ROLE_LEVEL1];
        if (c)
            first = MIN(first, c->col);
    }
    return first;
}

/* The label role of row `n` whose cell stands in grid column `col`, or
 * JX_ROLE_COUNT when neither label cell does; a level-1 text of no cell of
 * its own (a fragment's the row took in) counts when `under` (its line
 * right under the piece above tells where it stands). */
static jx_role label_role_in_col(const built_row *n, int col, gboolean under)
{
    const jx_pcell *l1 = n->by_role[JX_ROLE_LEVEL1], *l2 = n->by_role[JX_ROLE_LEVEL2];
    if ((l1 && l1->col == col) || (!l1 && under && n->text[JX_ROLE_LEVEL1]))
        return JX_ROLE_LEVEL1;
    if (l2 && l2->col == col)
        return JX_ROLE_LEVEL2;
    return JX_ROLE_COUNT;
}

/* JX_ROLE_LEVEL2 when row `b`'s level-2 cell stands in grid column `col`,
 * else JX_ROLE_COUNT. */
static jx_role own_level2_in_col(const built_row *b, int col)
{
    const jx_pcell *l2 = b->by_role[JX_ROLE_LEVEL2];
    return b->text[JX_ROLE_LEVEL2] && l2 && l2->col == col ? JX_ROLE_LEVEL2 : JX_ROLE_COUNT;
}

void jx_trow_level2_label_from_level1_word(GPtrArray *rows)
{
    int first_col = level1_first_col(rows);
    for (guint i = 0; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        const jx_pcell *piece = b->by_role[JX_ROLE_LEVEL1];
        if (!piece || piece->col <= first_col || !b->text[JX_ROLE_LEVEL1] ||
            b->label_pieces[JX_ROLE_LEVEL1] != 1 || !b->tail_line[JX_ROLE_LEVEL1])
            continue;
        /* the rest in the row's own level-2 cell, or in a row below while
         * this row has none */
        for (guint j = i; j < rows->len && j <= i + LEVEL2_PIECES_APART; j++) {
            built_row *n = rows->pdata[j];
            gboolean under = n->head_line[JX_ROLE_LEVEL1] == b->tail_line[JX_ROLE_LEVEL1] + 1;
            jx_role r = j == i ? own_level2_in_col(b, piece->col)
                               : label_role_in_col(n, piece->col, under);
            if (n->page != b->page || (j > i && (n->page_start || b->text[JX_ROLE_LEVEL2])))
                break;
            if (r == JX_ROLE_COUNT)
                continue;
            int apart = n->head_line[r] - b->tail_line[JX_ROLE_LEVEL1];
            if (!n->text[r] || n->label_pieces[r] != 1 || apart < 1 || apart > LEVEL2_PIECES_APART)
                break;
            char *joined = jx_norm_join(b->text[JX_ROLE_LEVEL1], n->text[r]);
            if (!jx_taxonomy_level2(NULL, joined) || jx_taxonomy_level1(joined)) {
                g_free(joined);
                break;
            }
            int tail = n->tail_line[r], pieces = n->label_pieces[r];
            double sum = n->label_sum[r];
            text_set(n, r, NULL);
            n->by_role[r] = NULL;
            n->label_sum[r] = 0;
            n->label_pieces[r] = 0;
            n->head_line[r] = n->tail_line[r] = 0;
            move_role(b, JX_ROLE_LEVEL1, JX_ROLE_LEVEL2);
            text_set(b, JX_ROLE_LEVEL2, joined);
            b->tail_line[JX_ROLE_LEVEL2] = tail;
            b->label_sum[JX_ROLE_LEVEL2] += sum;
            b->label_pieces[JX_ROLE_LEVEL2] += pieces;
            break;
        }
    }
}

/* TRUE when row `b` is a row of its own: a name on its own line. */
static gboolean holds_own_name(const built_row *b)
{
    return b->text[JX_ROLE_NAME] && b->line && b->head_line[JX_ROLE_NAME] == b->line;
}

void jx_trow_join_wrapped_labels(GPtrArray *rows, jx_role role, gboolean one_column,
                                 GHashTable *lines)
{
    gboolean items = role == JX_ROLE_TASK || role == JX_ROLE_LEVEL2;
    int width = items ? jx_trow_wrap_width(rows, role) : 0;
    /* where the producer marks wrapped pieces (a PDF's line spacing), two
     * pieces it did not mark are two cells, however often they recur as a
     * pair (see stated_elsewhere) */
    gboolean marked = wraps_marked(rows);
    for (guint i = 1; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        gboolean wraps = b->text[role] && b->continues[role];
        guint at = i - 1; /* prev's index */
        if ((wraps || items || role == JX_ROLE_LEVEL1) && b->text[role])
            while (at > 0 && !((built_row *)rows->pdata[at])->text[role])
                at--;
        built_row *prev = rows->pdata[at];
        if (!wraps && at != i - 1 && !pieces_close(prev, b, role, lines))
            prev = rows->pdata[at = i - 1];
        /* a level-1 label's rows stand between its pieces only when the
         * piece below ends its group weight (产出指标(40 | a row | 分));
         * lines of labels alone may (`满意度指` / `服务对象满意度指标` / `标`:
         * a layout dump sets each label's lines by its own middle) */
        if (!wraps && !items && at != i - 1 && !labels_between(rows, at, i) &&
            !weight_wrapped(role, prev->text[role], b->text[role]) &&
            !level1_lines_close(prev, b, role, one_column, lines))
            prev = rows->pdata[at = i - 1];
        if (!b->text[role] || !prev || !prev->text[role])
            continue;
        gboolean cut_joined = one_column && role == JX_ROLE_LEVEL1 &&
                              finishes_cut_joined(prev->text[role], b->text[role]) &&
                              pieces_close(prev, b, role, lines);
        /* a known label whole is its own cell, unless it is the rest of an
         * opening the line above left unfinished that joined with it makes
         * a known label (生态环境 / 成本指标: 成本指标 is a label too) */
        gboolean finishes_opening = !known_label(role, prev->text[role]) &&
                                    joins_into_label(role, prev->text[role], b->text[role]) &&
                                    pieces_close(prev, b, role, lines);
        if (known_label(role, b->text[role]) && !cut_joined && !finishes_opening)
            continue;
        char *joined = jx_norm_join(prev->text[role], b->text[role]);
        /* a work item wrapped onto the next line, which holds a row of its
         * own (实施农村义务教育学生营 / 养改善计划 | 政策知晓率 | 93%); a
         * known label whole ends its cell (社会效益指标 over 可持续影响指),
         * and so do two cells each centred on its row (做好城乡居民基 /
         * 本养老保险工作 over 开展职业技能提 / 升行动) or each set at its
         * row's top (加强防灾减灾 / 救灾能力建设 over 开展安全生产 / 专项整治,
         * each opening on its row's line) */
        gboolean next_line = items && !known_label(role, prev->text[role]) &&
                             !(centred_on_row(prev, role) && centred_on_row(b, role)) &&
                             !(set_at_row_top(prev, role) && set_at_row_top(b, role)) &&
                             pieces_close(prev, b, role, lines);
        gboolean known = wraps || cut_joined || known_label(role, joined) ||
                         level1_lines_close(prev, b, role, one_column, lines) ||
                         level2_lines_close(prev, b, role, lines) ||
                         weight_wrapped(role, prev->text[role], b->text[role]) ||
                         weight_opened(role, prev->text[role], b->text[role]) ||
                         ((b->page_start || next_line) &&
                          jx_norm_seam_inside_word(prev->text[role], b->text[role])) ||
                         (next_line && width && fills_line(prev, b, role, width) &&
                          g_strcmp0(prev->text[role], b->text[role]) != 0 &&
                          !stated_elsewhere(rows, role, prev->text[role], NULL, at, i, lines) &&
                          !(followed_otherwise(rows, role, prev->text[role], b->text[role], at,
                                               i, lines) &&
                            preceded_otherwise(rows, role, prev->text[role], b->text[role], at, i,
                                               lines)) &&
                          !stated_elsewhere(rows, role, b->text[role],
                                            marked ? NULL : prev->text[role], at, i, lines) &&
                          !next_item_opening(rows, role, prev->text[role], b->text[role], at, i));
        if (known) {
            text_set(prev, role, joined);
            prev->tail_width[role] = b->tail_width[role];
            prev->widest[role] = MAX(prev->widest[role], b->widest[role]);
            prev->tail_line[role] = b->tail_line[role];
            if (role == JX_ROLE_TASK && holds_own_name(prev) && holds_own_name(b) &&
                labels_between(rows, at, i))
                b->item_from_above = at + 1;
            text_set(b, role, NULL);
            b->by_role[role] = NULL;
            add_label_lines(prev, b, role);
            b->label_sum[role] = 0;
            b->label_pieces[role] = 0;
            add_flag(prev, b->page_start ? "split-across-pages" : "joined-lines");
            /* the label is the row's its pieces are centred on (服务对象满意 /
             * 度指标 above and below the line of 17 | 满意度 | 群众满意度, the
             * first piece on a line of its own, taken in by row 16 above):
             * it is centred there, not on top of 16.  A label that starts
             * on its row's line (产出指 / 标(40 / 分), each line beside a row)
             * stands on top of its rows; a work item's placement is its own
             * (phrases, its spans' habit) */
            if (role != JX_ROLE_TASK && b->page == prev->page && b->line && prev->line &&
                prev->label_pieces[role] && prev->head_line[role] != prev->line &&
                fabs(b->line - label_middle(prev, role)) <= LABEL_ON_LINE &&
                fabs(prev->line - label_middle(prev, role)) > LABEL_ON_LINE)
                move_label(prev, b, role);
        } else {
            g_free(joined);
        }
    }
}

void jx_trow_level1_rest_with_head(GPtrArray *rows)
{
    for (guint i = 1; i < rows->len; i++) {
        built_row *b = rows->pdata[i], *above = rows->pdata[i - 1];
        const jx_pcell *rest = b->by_role[JX_ROLE_LEVEL2], *head = above->by_role[JX_ROLE_LEVEL1];
        const char *tail = b->text[JX_ROLE_LEVEL2];
        if (!rest || !head || !tail || head->col != rest->col || b->text[JX_ROLE_LEVEL1] ||
            above->text[JX_ROLE_LEVEL2] || !above->text[JX_ROLE_LEVEL1] ||
            !next_line_of(above, b) || jx_label_either_level(tail))
            continue;
        char *joined = jx_norm_join(above->text[JX_ROLE_LEVEL1], tail);
        gboolean level1_only = jx_taxonomy_level1(joined) && !jx_taxonomy_level2(NULL, joined);
        g_free(joined);
        if (level1_only)
            move_role(b, JX_ROLE_LEVEL2, JX_ROLE_LEVEL1);
    }
    /* ... and the rest on the line below its head's within one row (a
     * fragment's text the row took in, no cell of its own) */
    for (guint i = 0; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        const char *head = b->text[JX_ROLE_LEVEL1], *tail = b->text[JX_ROLE_LEVEL2];
        if (!head || !tail || b->by_role[JX_ROLE_LEVEL2] || !b->tail_line[JX_ROLE_LEVEL1] ||
            b->head_line[JX_ROLE_LEVEL2] != b->tail_line[JX_ROLE_LEVEL1] + 1 ||
            b->tail_line[JX_ROLE_LEVEL2] != b->head_line[JX_ROLE_LEVEL2] ||
            jx_label_either_level(tail))
            continue;
        /* a level-2 piece on the line above the head is a level-2 label
         * wrapped round the row's line (服务对象满意度 / row / 指标): the rest
         * is its */
        gboolean level2_above = FALSE;
        for (guint j = i >= 2 ? i - 2 : 0; j <= i && !level2_above; j++) {
            const built_row *o = rows->pdata[j];
            level2_above = o->text[JX_ROLE_LEVEL2] && o->tail_line[JX_ROLE_LEVEL2] &&
                           o->page == b->page &&
                           o->tail_line[JX_ROLE_LEVEL2] == b->head_line[JX_ROLE_LEVEL1] - 1;
        }
        if (level2_above)
            continue;
        char *joined = jx_norm_join(head, tail);
        if (!jx_label_either_level(joined)) {
            g_free(joined);
            continue;
        }
        text_set(b, JX_ROLE_LEVEL1, joined);
        b->tail_line[JX_ROLE_LEVEL1] = b->tail_line[JX_ROLE_LEVEL2];
        b->label_sum[JX_ROLE_LEVEL1] += b->label_sum[JX_ROLE_LEVEL2];
        b->label_pieces[JX_ROLE_LEVEL1] += b->label_pieces[JX_ROLE_LEVEL2];
        b->label_sum[JX_ROLE_LEVEL2] = 0;
        b->label_pieces[JX_ROLE_LEVEL2] = 0;
        text_set(b, JX_ROLE_LEVEL2, NULL);
        b->head_line[JX_ROLE_LEVEL2] = b->tail_line[JX_ROLE_LEVEL2] = 0;
    }
}

/* TRUE when row `b`'s level-1 piece stands right under row `above`'s
 * level-2 piece, or is the rest of a two-line level-2 label centred on
 * `above`'s line: its head on the line above that line, the piece on the
 * line below it (`社会` / `24 … 有效提升` / `效益`, a tall row whose name
 * LibreOffice sets on its top line). */
static gboolean piece_under_level2(const built_row *above, const built_row *b)
{
    int head = above->tail_line[JX_ROLE_LEVEL2], piece = b->head_line[JX_ROLE_LEVEL1];
    return piece == head + 1 ||
           (above->line && head == above->line - 1 && piece == above->line + 1 &&
            !b->text[JX_ROLE_NAME] && !has_value(b));
}

/* ... and a level-1 word that is the middle piece of a level-2 label
 * wrapped over three lines (`社会` / `效益` / `指标`): the piece went to the
 * level-1 column, a label whole, and its neighbours joined without it
 * (社会指标).  A piece in the same grid column on the line right below a
 * level-2 piece that is no label by itself, which together make a level-2
 * label, goes back to it. */
static void level2_middle_back(GPtrArray *rows);
static void level2_head_between_level1_lines(GPtrArray *rows);

void jx_trow_level2_piece_back(GPtrArray *rows)
{
    for (guint i = 1; i < rows->len; i++) {
        built_row *b = rows->pdata[i], *above = rows->pdata[i - 1];
        const jx_pcell *piece = b->by_role[JX_ROLE_LEVEL1], *head = above->by_role[JX_ROLE_LEVEL2];
        const char *start = above->text[JX_ROLE_LEVEL2];
        /* the level-2 piece may be a fragment's text the row took in (no
         * cell of its own): the label lines tell the two are one above the
         * other */
        if (!piece || !start || (head && head->col != piece->col) || b->text[JX_ROLE_LEVEL2] ||
            !b->text[JX_ROLE_LEVEL1] || b->page != above->page || !above->tail_line[JX_ROLE_LEVEL2] ||
            !piece_under_level2(above, b) || jx_label_either_level(start))
            continue;
        char *joined = jx_norm_join(start, b->text[JX_ROLE_LEVEL1]);
        gboolean level2 = jx_taxonomy_level2(NULL, joined) && !jx_taxonomy_level1(joined);
        g_free(joined);
        if (level2)
            move_role(b, JX_ROLE_LEVEL1, JX_ROLE_LEVEL2);
    }
    level2_middle_back(rows);
    level2_head_between_level1_lines(rows);
}

/* TRUE when the label pieces of `role` in `a` and `role_b` in `b` stand on
 * lines right one above the other on one page. */
static gboolean piece_right_above(const built_row *a, jx_role role_a, const built_row *b,
                                  jx_role role_b)
{
    return a->page == b->page && a->tail_line[role_a] && b->head_line[role_b] &&
           b->head_line[role_b] == a->tail_line[role_a] + 1;
}

/* ... and the same middle piece set a grid column off its neighbours (a
 * layout dump's column finder read the piece's run with the name beside it
 * a column right: `社会 受益居民户数` / `效益 服务能力和水平` / `指标 政策宣传覆盖率`,
 * 效益's column then reading as the level-1 one): the level-2 pieces right
 * above and right below it, neither a label by itself, which with it make a
 * level-2 label and no level-1, are the evidence the column was not. */
static void level2_middle_back(GPtrArray *rows)
{
    for (guint i = 1; i + 1 < rows->len; i++) {
        built_row *b = rows->pdata[i];
        const built_row *above = rows->pdata[i - 1], *below = rows->pdata[i + 1];
        const char *start = above->text[JX_ROLE_LEVEL2], *rest = below->text[JX_ROLE_LEVEL2];
        if (!b->text[JX_ROLE_LEVEL1] || b->text[JX_ROLE_LEVEL2] || !start || !rest ||
            below->text[JX_ROLE_LEVEL1] ||
            b->head_line[JX_ROLE_LEVEL1] != b->tail_line[JX_ROLE_LEVEL1] ||
            !piece_right_above(above, JX_ROLE_LEVEL2, b, JX_ROLE_LEVEL1) ||
            !piece_right_above(b, JX_ROLE_LEVEL1, below, JX_ROLE_LEVEL2) ||
            jx_label_either_level(start) || jx_label_either_level(rest))
            continue;
        char *head = jx_norm_join(start, b->text[JX_ROLE_LEVEL1]);
        char *joined = jx_norm_join(head, rest);
        gboolean level2 = jx_taxonomy_level2(NULL, joined) && !jx_taxonomy_level1(joined);
        g_free(joined);
        g_free(head);
        if (level2)
            move_role(b, JX_ROLE_LEVEL1, JX_ROLE_LEVEL2);
    }
}

/* ... and a level-2 label's first line between the lines of a level-1
 * label stacked in its narrow column (`满意` / `度指` / `标`, the level-2
 * column's `满意` / `度` a column right, each on the line between two of
 * the level-1's): a level-1 word by itself (满意), it went to the level-1
 * role, and the stack's first line stayed a label of its own (满意) while
 * the level-2 column lost its head.  A level-1 piece on a line of its own,
 * a grid column right of the level-1 pieces right above and right below it
 * (one column), which joined without it make a level-1 label or its
 * opening and with it none, is the level-2 column's. */
static void level2_head_between_level1_lines(GPtrArray *rows)
{
    for (guint i = 1; i + 1 < rows->len; i++) {
        built_row *b = rows->pdata[i];
        const built_row *above = rows->pdata[i - 1], *below = rows->pdata[i + 1];
        const jx_pcell *piece = b->by_role[JX_ROLE_LEVEL1];
        const jx_pcell *head = above->by_role[JX_ROLE_LEVEL1], *rest = below->by_role[JX_ROLE_LEVEL1];
        if (!piece || !head || !rest || b->text[JX_ROLE_LEVEL2] || head->col != rest->col ||
            piece->col <= head->col ||
            b->head_line[JX_ROLE_LEVEL1] != b->tail_line[JX_ROLE_LEVEL1] ||
            !piece_right_above(above, JX_ROLE_LEVEL1, b, JX_ROLE_LEVEL1) ||
            !piece_right_above(b, JX_ROLE_LEVEL1, below, JX_ROLE_LEVEL1))
            continue;
        char *apart = jx_norm_join(above->text[JX_ROLE_LEVEL1], below->text[JX_ROLE_LEVEL1]);
        char *head_in = jx_norm_join(above->text[JX_ROLE_LEVEL1], b->text[JX_ROLE_LEVEL1]);
        char *with = jx_norm_join(head_in, below->text[JX_ROLE_LEVEL1]);
        gboolean level2 = jx_trow_level1_or_its_opening(apart) && !jx_trow_level1_or_its_opening(with);
        g_free(with);
        g_free(head_in);
        g_free(apart);
        if (level2)
            move_role(b, JX_ROLE_LEVEL1, JX_ROLE_LEVEL2);
    }
}

/* Row b's level-2 text becomes `label` (taken; NULL for none) on `line`. */
static void level2_on_line(built_row *b, char *label, int line)
{
    text_set(b, JX_ROLE_LEVEL2, label);
    b->head_line[JX_ROLE_LEVEL2] = b->tail_line[JX_ROLE_LEVEL2] = label ? line : 0;
    b->label_sum[JX_ROLE_LEVEL2] = label ? line : 0;
    b->label_pieces[JX_ROLE_LEVEL2] = label ? 1 : 0;
}

/* Row b's level-1 text becomes `label` (taken), a label's two pieces on
 * lines `first` and `last` (its head and tail, round the rows it spans). */
static void level1_over_lines(built_row *b, char *label, int first, int last)
{
    text_set(b, JX_ROLE_LEVEL1, label);
    b->head_line[JX_ROLE_LEVEL1] = first;
    b->tail_line[JX_ROLE_LEVEL1] = last;
    b->label_sum[JX_ROLE_LEVEL1] = first + last;
    b->label_pieces[JX_ROLE_LEVEL1] = 2;
}

void jx_trow_level1_round_level2(GPtrArray *rows)
{
    for (guint i = 0; i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        const char *text = b->text[JX_ROLE_LEVEL2];
        if (!text || b->text[JX_ROLE_LEVEL1] || !b->head_line[JX_ROLE_LEVEL2] ||
            b->tail_line[JX_ROLE_LEVEL2] < b->head_line[JX_ROLE_LEVEL2] + 2 ||
            jx_label_either_level(text))
            continue;
        char *level1 = NULL, *level2 = NULL;
        for (const char *m = g_utf8_next_char(text); *m && !level1; m = g_utf8_next_char(m))
            for (const char *r = g_utf8_next_char(m); *r && !level1; r = g_utf8_next_char(r)) {
                char *head = g_strndup(text, (gsize)(m - text));
                char *label = g_strndup(m, (gsize)(r - m));
                char *joined = jx_norm_join(head, r);
                const char *code = jx_taxonomy_level1(joined);
                if (code && !jx_taxonomy_level2(NULL, joined) && !jx_label_either_level(head) &&
                    !jx_label_either_level(r) && jx_taxonomy_level2(code, label)) {
                    level1 = joined;
                    level2 = label;
                } else {
                    g_free(joined);
                    g_free(label);
                }
                g_free(head);
            }
        if (!level1)
            continue;
        int head_line = b->head_line[JX_ROLE_LEVEL2], tail_line = b->tail_line[JX_ROLE_LEVEL2];
        level1_over_lines(b, level1, head_line, tail_line);
        /* the level-2 label stands on the line between */
        level2_on_line(b, level2, (head_line + tail_line) / 2);
    }
}

/* The most characters of a level-1 label set a character or two a line
 * (`效` / `益` / `指` / `标`) one line of its stack holds. */
#define STACK_PIECE_MAX_CHARS 2

/* The most rows a level-1 stack stands beside (one line each, a level-2
 * label's between). */
#define STACK_MAX_ROWS 6

/* Row b's level-2 text parted into the pieces of a character stack it took
 * in and the label between them: `效社会效益指标` → `效` + 社会效益指标,
 * `指生态效益指标标` → `指` + 生态效益指标 + `标`, `益` → `益` alone.  Sets
 * *head and *tail (new strings, NULL when none) and *label (a new string, the
 * level-2 label, or NULL), and returns TRUE; FALSE when the text is a label
 * whole or parts no such way. */
static gboolean stack_pieces_round(const char *text, char **head, char **label, char **tail)
{
    *head = *label = *tail = NULL;
    if (!text || jx_label_either_level(text))
        return FALSE;
    if (g_utf8_strlen(text, -1) <= STACK_PIECE_MAX_CHARS) {
        *head = g_strdup(text);
        return TRUE;
    }
    glong n = g_utf8_strlen(text, -1);
    for (glong pre = 0; pre <= STACK_PIECE_MAX_CHARS; pre++)
        for (glong post = 0; post <= STACK_PIECE_MAX_CHARS; post++) {
            if (pre + post == 0 || pre + post >= n)
                continue;
            const char *m = g_utf8_offset_to_pointer(text, pre);
            const char *r = g_utf8_offset_to_pointer(text, n - post);
            char *mid = g_strndup(m, (gsize)(r - m));
            if (jx_taxonomy_level2(NULL, mid) && !jx_taxonomy_level1(mid)) {
                *head = pre ? g_strndup(text, (gsize)(m - text)) : NULL;
                *tail = post ? g_strdup(r) : NULL;
                *label = mid;
                return TRUE;
            }
            g_free(mid);
        }
    return FALSE;
}

void jx_trow_level1_stack_in_level2_column(GPtrArray *rows)
{
    /* one buffer for every row's run of pieces: most rows hold none */
    GString *pieces = g_string_new(NULL);
    for (guint i = 0; i < rows->len; i++) {
        g_string_truncate(pieces, 0);
        char *joined = NULL;
        guint end = i;
        const char *code = NULL;
        int first_line = 0, last_line = 0, line = 0;
        /* the longest run of pieces that makes a label (效益 opens 效益指标) */
        for (guint j = i; j < rows->len && j < i + STACK_MAX_ROWS; j++) {
            built_row *b = rows->pdata[j];
            char *head, *label, *tail;
            if (b->text[JX_ROLE_LEVEL1] || b->page != ((built_row *)rows->pdata[i])->page ||
                !stack_pieces_round(b->text[JX_ROLE_LEVEL2], &head, &label, &tail))
                break;
            if (head)
                g_string_append(pieces, head);
            if (tail)
                g_string_append(pieces, tail);
            if (!first_line)
                first_line = b->head_line[JX_ROLE_LEVEL2];
            line = b->tail_line[JX_ROLE_LEVEL2];
            g_free(head);
            g_free(label);
            g_free(tail);
            if (j > i && jx_taxonomy_level1(pieces->str) && !jx_taxonomy_level2(NULL, pieces->str)) {
                code = jx_taxonomy_level1(pieces->str);
                g_free(joined);
                joined = g_strdup(pieces->str);
                end = j + 1;
                last_line = line;
            }
        }
        /* every level-2 label left stands under the level-1 label */
        for (guint j = i; code && j < end; j++) {
            char *head, *label, *tail;
            stack_pieces_round(((built_row *)rows->pdata[j])->text[JX_ROLE_LEVEL2], &head, &label,
                               &tail);
            if (label && !jx_taxonomy_level2(code, label))
                code = NULL;
            g_free(head);
            g_free(label);
            g_free(tail);
        }
        if (!code || !first_line || !last_line) {
            g_free(joined);
            continue;
        }
        for (guint j = i; j < end; j++) {
            built_row *b = rows->pdata[j];
            char *head, *label, *tail;
            stack_pieces_round(b->text[JX_ROLE_LEVEL2], &head, &label, &tail);
            /* the level-2 label stands on the line its pieces leave */
            int at = head && !tail   ? b->tail_line[JX_ROLE_LEVEL2]
                     : tail && !head ? b->head_line[JX_ROLE_LEVEL2]
                                     : (b->head_line[JX_ROLE_LEVEL2] + b->tail_line[JX_ROLE_LEVEL2]) / 2;
            level2_on_line(b, label, at);
            g_free(head);
            g_free(tail);
        }
        level1_over_lines(rows->pdata[i], joined, first_line, last_line);
        i = end - 1;
    }
    g_string_free(pieces, TRUE);
}

/* The byte length of the level-1 label that opens level-2 text `text` and
 * is followed by a level-2 label the taxonomy places under it, neither a
 * label of the other level (效益指标 of 效益指标经济效益指标); 0 when none. */
static gsize level1_opening_level2(const char *text)
{
    for (const char *p = g_utf8_next_char(text); *p; p = g_utf8_next_char(p)) {
        char *head = g_strndup(text, (gsize)(p - text));
        const char *code = jx_taxonomy_level2(NULL, head) ? NULL : jx_taxonomy_level1(head);
        gboolean fits = code && jx_taxonomy_level2(code, p) && !jx_taxonomy_level1(p);
        g_free(head);
        if (fits)
            return (gsize)(p - text);
    }
    return 0;
}

void jx_trow_level1_stacked_over_level2(GPtrArray *rows, gboolean has_level1)
{
    for (guint i = 0; has_level1 && i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        const char *text = b->text[JX_ROLE_LEVEL2];
        if (!text || b->text[JX_ROLE_LEVEL1] || b->label_pieces[JX_ROLE_LEVEL2] < 2 ||
            !b->head_line[JX_ROLE_LEVEL2] || jx_label_either_level(text))
            continue;
        gsize cut = level1_opening_level2(text);
        if (!cut)
            continue;
        int first = b->head_line[JX_ROLE_LEVEL2], last = b->tail_line[JX_ROLE_LEVEL2];
        char *rest = g_strdup(text + cut);
        level1_over_lines(b, g_strndup(text, cut), first, MIN(first + 1, last));
        level2_on_line(b, rest, MAX(first + 1, last));
    }
}

void jx_trow_level1_whole_in_level2_column(GPtrArray *rows, gboolean has_level1,
                                           gboolean one_column)
{
    for (guint i = 0; has_level1 && !one_column && i < rows->len; i++) {
        built_row *b = rows->pdata[i];
        const char *text = b->text[JX_ROLE_LEVEL2];
        if (text && !b->text[JX_ROLE_LEVEL1] && jx_taxonomy_level1(text) &&
            !jx_taxonomy_level2(NULL, text))
            move_role(b, JX_ROLE_LEVEL2, JX_ROLE_LEVEL1);
    }
}

char *jx_trow_header_unit(const jx_header *h, jx_role role)
{
    for (int c = 0; h && c < h->n_cols; c++) {
        if (h->roles[c] != role || !h->texts || !h->texts[c])
            continue;
        const char *open = strrchr(h->texts[c], '(');
        const char *close = open ? strchr(open, ')') : NULL;
        if (!close || close[1])
            return NULL;
        char *inner = g_strndup(open + 1, (gsize)(close - open - 1));
        char *unit = jx_norm_unit_normalized(inner);
        g_free(inner);
        return unit;
    }
    return NULL;
}
