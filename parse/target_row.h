/*
 * target_row.h — what the files of a target table's rows share (internal to
 * parse/, never include/).
 *
 * A target table's rows become records in stages, one file each:
 *   target_labels.c     group labels: moved, joined when wrapped, their
 *                       wrap widths (fills_line);
 *   target.c            the entry point jx_target_emit: rows built, their
 *                       fragments joined, rows → records.
 * Here: built_row, the text_* ownership helpers, the small predicates all of
 * them use (static inline, so each file still inlines them), and the
 * functions one file calls in another (jx_trow_*).
 */
#ifndef JX_PARSE_TARGET_ROW_H
#define JX_PARSE_TARGET_ROW_H

#include "parse/parse.h"

#include <string.h>

/* The cells of one row by role, after alignment. */
typedef struct {
    const jx_pcell *by_role[JX_ROLE_COUNT];
    char *text[JX_ROLE_COUNT]; /* normalized text per role, fragments joined: owned,
                                  or borrowed where `borrowed` says (set them with
                                  text_set, text_borrow, text_transfer) */
    guint32 borrowed; /* bit r: text[r] is a cell's norm, borrowed from the table's
                         rows (which outlive the built rows), not to be freed or
                         written into */
    GPtrArray *flags;          /* char* (static strings) */
    const jx_prow *source;     /* the row as found */
    int line, page;
    gboolean page_start;
    gboolean reheaded; /* the table's header repeated above it (jx_prow) */
    gboolean header_above; /* ... above it or above a fragment merged into it */
    gboolean shifted;
    int offset;       /* how far every aligned cell moved, when all moved alike */
    gboolean uniform; /* every aligned cell moved by `offset` */
    gboolean typed;   /* a cell says by itself what it is: an operator, number, unit, date */
    int rightmost;    /* column of the row's last cell */
    gboolean labels_only; /* nothing but group labels: they place, the row gives no record */
    gboolean row_top; /* the top line of the numbered row below (see mark_top_lines) */
    gboolean by_column; /* its cells are placed by column, as a fragment's (see mark_top_lines) */
    gboolean aligned_whole; /* a row's top line that aligned its name and target as a row does */
    gboolean rest_of_above; /* a line of the row above (see mark_targets_between) */
    gboolean across_labels; /* ... past a line of labels alone (see mark_continuations) */
    gboolean junk;
    int names_from; /* 1 + the grid column its names' moved from (see names_left_of_header_word), 0 */
    int absorbed; /* fragments joined into this row */
    /* 1 + the row whose work item the piece on this row's own line went on,
     * the rows between holding labels alone: one merged cell over both rows
     * (see item_shared_with_row_above); 0 none */
    guint item_from_above;
    /* lines of each role's cell taken from fragments above the row's own
     * line and below it (a vertically centred row wraps a cell both ways) */
    int wrapped_above[JX_ROLE_COUNT], wrapped_below[JX_ROLE_COUNT];
    int first_line, last_line; /* lines the row takes, its fragments' included; 0 unknown */
    int cells_first_line; /* the first of those with a row's own cell (no label; 0 unknown) */
    /* each role's text opens with a piece wrapped on from the same column's
     * line above, as the source's producer knew (a PDF's line spacing) */
    gboolean continues[JX_ROLE_COUNT];
    /* display width of each role's last line of text (a piece as the
     * source set it, see fills_line), and of the widest line of it known to
     * be full: one the next line goes on from inside a word; and of its
     * widest line of all (no line is wider than its column) */
    int tail_width[JX_ROLE_COUNT], full_width[JX_ROLE_COUNT], widest[JX_ROLE_COUNT];
    int head_line[JX_ROLE_COUNT], tail_line[JX_ROLE_COUNT]; /* lines of its first and last
                                                                pieces; 0 unknown */
    double label_sum[JX_ROLE_COUNT]; /* lines of the pieces of each label, summed */
    int label_pieces[JX_ROLE_COUNT];
    char *group_weight; /* the weight its level-1 label printed (产出指标(50分) → "50"),
                           filled to the group's rows once labels are resolved */
} built_row;

/* Label roles whose place in their span is resolved (labels.c). */
static const jx_role label_roles[] = {JX_ROLE_LEVEL1, JX_ROLE_LEVEL2, JX_ROLE_TASK};

static const jx_role text_roles[] = {JX_ROLE_LEVEL1, JX_ROLE_LEVEL2,     JX_ROLE_TASK,
                                     JX_ROLE_NAME,   JX_ROLE_VALUE,      JX_ROLE_HALF_VALUE,
                                     JX_ROLE_ACTUAL, JX_ROLE_DEVIATION};

G_STATIC_ASSERT(JX_ROLE_COUNT <= 32); /* one bit of built_row.borrowed a role */

/* The key of line `line` of page `page` in a set of lines. */
#define LINE_KEY(page, line) GINT_TO_POINTER(((page) << 20) ^ (line))

/* ---- target_labels.c ---- */

/* A merged cell's text wrapped onto the next row (`经济效益` / `指标`), or cut
 * by a page break (`加强企业创新能` / `力建设…`), is one label: when the joined
 * text is a known label and the second part alone is not, or when the second
 * part opens a page and the seam falls inside a word, or when the source's
 * producer knew the second part wraps on from the first (then the first is
 * the nearest text above in the column, whatever rows stand between: a
 * label centred over rows leaves them blank).  The first part may
 * itself be a fragment the row took in (a text browser centres a rowspan's
 * `社会效益指` on a line of its own, `标` on the next row's). */
/* The width the column of `role` wraps its text at, as near as the text
 * tells: the widest of its lines known to be full (a word runs on from it
 * to the next line: 实施农村义务教育学生营 / 养改善计划); where none is but
 * some cell of the column takes two lines or more (its text does wrap),
 * the widest line it has (推进公路安全生命 / 防护工程 parts between two words
 * every time it wraps: its first line is as wide as the column lets a line
 * be); 0 when the column shows no wrapping (a CSV's or a stream's cells,
 * each whole on its row, whatever their widths). */
int jx_trow_wrap_width(const GPtrArray *rows, jx_role role);

/* TRUE when the first piece of row b's label of `role` stands below the
 * row's line and below every line of its other cells (jx_label_context
 * label_apart): between its row and the next, where no cell set at the top
 * of its rows puts it.  A label beside its row's lower lines (a one-row
 * group centred in a row its wrapped target makes tall) says nothing. */
gboolean jx_trow_label_below_row_cells(const built_row *b, jx_role role);

/* Moves the text and cell of role `fr` of row `from`, with their geometry,
 * to role `tr` of row `to` (another row, another role, or both). */
void jx_trow_move_cell(built_row *from, jx_role fr, built_row *to, jx_role tr);

/* A level-1 label wrapped over two lines whose second line is the top line
 * of the next row (WeasyPrint centres a row's cells round a name wrapped
 * over three lines, and pdftotext -layout sets the level-1's `指标` beside
 * the name's first line, under `产出` in the level-2 labels' column): the
 * row below took the rest into its level-2 label (`指标` over `质量指标`
 * read `指标质量指标`).  A level-2 text of two lines, the first right under
 * a level-1 piece of the row above in the same column, the second a known
 * level-2 label, gives its first line back to that level-1 label. */
void jx_trow_level1_rest_over_level2(GPtrArray *rows);

/* A level-2 label of the 产出数量 kind wrapped in its column (`产出` / `数量`,
 * `产出` / a row / `质量`, as WeasyPrint's print of a legacy form sets it):
 * its first line is a level-1 label whole, and went to the level-1 role,
 * the second with it or alone.  A level-1 piece right of the table's
 * leftmost level-1 column, with a piece of one line in its grid column at
 * most LEVEL2_PIECES_APART lines below that joined makes a level-2 label and
 * no level-1, is that level-2 label's first line: the two are joined there. */
void jx_trow_level2_label_from_level1_word(GPtrArray *rows);

/* Work items wrap so in the 名称 column and in a level-2 column that holds
 * them (a department's 履职 group: 加强企业创新能力 / 建设, each line beside a
 * row of its own); level-1 labels are words of the vocabulary. */
void jx_trow_join_wrapped_labels(GPtrArray *rows, jx_role role, gboolean one_column,
                                 GHashTable *lines);

/* A level-1 label wrapped over two lines in the level-2 column's place (a
 * text browser centres a level-1 cell there: `效益` / `指标` under `社会效` /
 * `益`): its first piece, a level-1 label whole, went to the level-1 column,
 * its rest (`指标`, no label) stayed behind and would finish the level-2
 * label above it (社会效益指标).  A rest in the same grid column on the line
 * right below such a piece, that makes it a level-1 label only, goes with
 * it (jx_trow_join_wrapped_labels then joins the two). */
void jx_trow_level1_rest_with_head(GPtrArray *rows);

void jx_trow_level2_piece_back(GPtrArray *rows);

/* A level-1 label wrapped round its group's first row a grid column right
 * of its own, in the level-2 column (a layout dump's columns drift along a
 * line: `效益指` / `23  经济效益  项目区农民人均增收` / `标`, 效益指 standing
 * where the rows above set 经济成本指标), the row's level-2 text then reading
 * 效益指经济效益标: when that text, over three lines or more, parts into a
 * head and a rest, neither a label by itself, that joined make a level-1
 * label only, round a level-2 label the taxonomy places under it, the head
 * and rest are the row's level-1 label.  No level-2 label wraps round
 * another so. */
void jx_trow_level1_round_level2(GPtrArray *rows);

/* A level-1 label set a character a line (`效` / `益` / `指` / `标`, a
 * narrow cell's text) in the level-2 column's place, between that column's
 * labels (a spreadsheet's print that WeasyPrint sets a column off): the
 * level-2 labels took its characters in (`效社会效益指标`, `益`,
 * `指生态效益指标标`) and its rows kept the level-1 label above.  Pieces of
 * a character or two round the level-2 labels of rows in a row, none a
 * label, that joined in order make a level-1 label only, one each of those
 * level-2 labels stands under, are that label's: the first row with a
 * piece takes it, over the lines of its pieces.  No level-2 label holds
 * characters of another label so. */
void jx_trow_level1_stack_in_level2_column(GPtrArray *rows);

/* A level-1 label stacked over its group's first level-2 label in one
 * column (a browser that lays a web page's table out by its content sets a
 * narrow level-1 cell's lines right of their column, so they fall in the
 * level-2 column's place: `效益指` / `标` over `经济效益指` / `标`): the pieces joined
 * read 效益指标经济效益指标, which no label is, and the row kept the level-1
 * label above.  A level-2 text of pieces, on a row with no level-1 label in
 * a table with a level-1 column, that parts into a level-1 label only and a
 * level-2 label the taxonomy places under it, is the two: the level-1 on
 * its first two lines, the level-2 on the rest. */
void jx_trow_level1_stacked_over_level2(GPtrArray *rows, gboolean has_level1);

/* A level-1 label whole in the level-2 column's place (the same drift, the
 * label's lines joined: `效益指` / `标`, `满意度` / `指标`): on a row with no
 * level-1 label, in a table with a level-1 column and more than the one
 * label column, a level-2 text that is a level-1 label and no level-2 one is
 * the row's level-1 label. */
void jx_trow_level1_whole_in_level2_column(GPtrArray *rows, gboolean has_level1,
                                           gboolean one_column);

/* A target (or half-year target) from its cells: the value cell parsed by
 * normalize, an operator or unit in cells of their own filling what the
 * value cell did not state.  NULL when the row has none of these cells. */
/* The unit a column's header states for its figures (`指标值(%)`,
 * `目标值(万元)`: normalized header texts use ASCII brackets), or NULL. */
char *jx_trow_header_unit(const jx_header *h, jx_role role);

/* ---- target.c ---- */

char *jx_trow_strip_group_weight(char *label, char **weight);

/* The level-2 label in force above row rows[at]: the nearest row above on
 * its page with a level-2 label of its own, or NULL. */
const char *jx_trow_level2_above(const GPtrArray *rows, guint at);

static inline gboolean is_label_role(jx_role r)
{
    return r == JX_ROLE_LEVEL1 || r == JX_ROLE_LEVEL2 || r == JX_ROLE_TASK;
}

/* Adds the label pieces of `from` to `into` (a fragment or a wrapped label
 * joined into a row): the label stands at the middle of its pieces. */
static inline void add_label_lines(built_row *into, const built_row *from, jx_role r)
{
    into->label_sum[r] += from->label_sum[r];
    into->label_pieces[r] += from->label_pieces[r];
}

/* Records that row `b`'s cells for the label roles stand on its line. */
static inline void set_label_lines(built_row *b)
{
    for (gsize i = 0; i < G_N_ELEMENTS(label_roles); i++) {
        jx_role r = label_roles[i];
        b->label_sum[r] = b->by_role[r] && b->line ? b->line : 0;
        b->label_pieces[r] = b->by_role[r] && b->line ? 1 : 0;
    }
}

static inline gboolean text_is_borrowed(const built_row *b, jx_role r)
{
    return (b->borrowed >> r) & 1u;
}

/* Row b's text for role r becomes `owned` (a new string b takes, or NULL),
 * the text it had let go. */
static inline void text_set(built_row *b, jx_role r, char *owned)
{
    if (!text_is_borrowed(b, r))
        g_free(b->text[r]);
    b->text[r] = owned;
    b->borrowed &= ~(1u << r);
}

/* Row b's text for role r becomes `norm`, a cell's norm from the table's
 * rows, borrowed: most roles' texts are one cell's, never changed, and a
 * copy of each was the row grouping's most frequent allocation. */
static inline void text_borrow(built_row *b, jx_role r, const char *norm)
{
    text_set(b, r, NULL);
    b->text[r] = (char *)norm; /* never written into or freed: see `borrowed` */
    b->borrowed |= 1u << r;
}

/* Row b's text for role r, made its own (a copy when it was borrowed), to
 * be changed in place. */
static inline char *text_own(built_row *b, jx_role r)
{
    if (b->text[r] && text_is_borrowed(b, r)) {
        b->text[r] = g_strdup(b->text[r]);
        b->borrowed &= ~(1u << r);
    }
    return b->text[r];
}

/* Moves the text of role `fr` of row `from`, owned or borrowed, to role `tr`
 * of row `to` (the same row, or the same role, or neither). */
static inline void text_transfer(built_row *from, jx_role fr, built_row *to, jx_role tr)
{
    gboolean borrowed = text_is_borrowed(from, fr);
    char *text = from->text[fr];
    from->text[fr] = NULL;
    from->borrowed &= ~(1u << fr);
    text_set(to, tr, text);
    if (borrowed)
        to->borrowed |= 1u << tr;
}

static inline gboolean has_flag(const built_row *b, const char *flag)
{
    for (guint i = 0; i < b->flags->len; i++)
        if (strcmp(b->flags->pdata[i], flag) == 0)
            return TRUE;
    return FALSE;
}

static inline void add_flag(built_row *b, const char *flag)
{
    if (!has_flag(b, flag))
        g_ptr_array_add(b->flags, (gpointer)flag);
}

/* A target needs its value: an operator or a unit alone on a line (`度`
 * under `服务对象满意`, `分` closing a wrapped 指标解释) is the end of some
 * neighbour's cell, not a row. */
static inline gboolean is_value_cell(const jx_pcell *c)
{
    return c && c->kind != JX_CK_UNIT && c->kind != JX_CK_OP;
}

static inline gboolean has_value(const built_row *b)
{
    return is_value_cell(b->by_role[JX_ROLE_VALUE]) || is_value_cell(b->by_role[JX_ROLE_HALF_VALUE]);
}

/* TRUE when row b's line is the line right after a's, on a's page. */
static inline gboolean next_line_of(const built_row *a, const built_row *b)
{
    return a->line && b->line && a->page == b->page && !b->page_start && b->line == a->line + 1;
}

/* Blank lines between two rows of one part of a table, or -1 when unknown
 * (no line numbers, or a page break between them). */
static inline int lines_between(const built_row *above, const built_row *below)
{
    if (!above || !below || !above->line || !below->line || below->page_start)
        return -1;
    return below->line - above->line - 1;
}

/* TRUE when the source's producer marked pieces wrapped on from the line
 * above (a PDF's line spacing, see WRAP_EVIDENCE) in some row of `all`. */
static inline gboolean wraps_marked(const GPtrArray *all)
{
    for (guint i = 0; i < all->len; i++)
        for (gsize k = 0; k < G_N_ELEMENTS(text_roles); k++)
            if (((const built_row *)all->pdata[i])->continues[text_roles[k]])
                return TRUE;
    return FALSE;
}

/* TRUE when the rows strictly between rows a and b are all labels alone
 * (no indicator). */
static inline gboolean labels_between(const GPtrArray *rows, guint a, guint b)
{
    for (guint k = a + 1; k < b; k++)
        if (!((const built_row *)rows->pdata[k])->labels_only)
            return FALSE;
    return TRUE;
}

/* Moves row b's text and cell of role `from` to role `to` (a cell that
 * alignment by order read as another kind). */
static inline void move_role(built_row *b, jx_role from, jx_role to)
{
    jx_trow_move_cell(b, from, b, to);
}

static inline gboolean known_label(jx_role role, const char *text)
{
    if (role == JX_ROLE_LEVEL1)
        return jx_taxonomy_level1(text) != NULL;
    if (role == JX_ROLE_LEVEL2)
        return jx_taxonomy_level2(NULL, text) != NULL;
    return FALSE;
}

/* TRUE when the last line of `prev`'s text in `role` had no room left for
 * the first character of `b`'s, in a column that wraps at `width`: the
 * line was broken there, and `b`'s text goes on from it (加强教师队伍建设，开展
 * / 全员培训, each line beside a row of its own).  A line with room for it
 * ended its cell. */
static inline gboolean fills_line(const built_row *prev, const built_row *b, jx_role role,
                                  int width)
{
    const char *next = b->text[role];
    char first[8] = {0};
    g_utf8_strncpy(first, next, 1);
    return prev->tail_width[role] + jx_norm_display_width(first) > width;
}

/* Moves the text of `role` with its geometry from row `from` to row `to`. */
static inline void move_label(built_row *from, built_row *to, jx_role role)
{
    jx_trow_move_cell(from, role, to, role);
}

/* TRUE when `b`'s piece of a level-1 label stands close under `prev`'s
 * (pieces_close) and the two make a known label or begin one (`产出` /
 * `指` begins 产出指标): a label wrapped a character or two a line in a
 * narrow column whose lines fall between the rows it spans (`产` / `出`
 * beside row 3, `指` / `标` beside row 5), as a layout dump of a tightly set
 * print (WeasyPrint) writes it. */
/* TRUE when `text` is a label of either level as it stands. */
static inline gboolean labels_either_level(const char *text)
{
    return jx_taxonomy_level1(text) || jx_taxonomy_level2(NULL, text);
}

#endif /* JX_PARSE_TARGET_ROW_H */
