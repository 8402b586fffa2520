/*
 * target_row.h — what the files of a target table's rows share (internal to
 * parse/, never include/).
 *
 * A target table's rows become records in stages, one file each:
 *   target_build.c      each row's cells aligned to the header's roles
 *                       (built_row), moved rows, and build_rows, which runs
 *                       the passes below in order;
 *   target_fragments.c  is a row a fragment of a neighbour's cell (is_fragment),
 *                       and joining a fragment into its row (merge_fragment);
 *   target_seams.c      the evidence of where one row's lines end and the
 *                       next row's begin (seam_evidence, split_fragment_run);
 *   target_marks.c      the passes that mark rows before they are joined
 *                       (continuations, top lines, targets between rows);
 *   target_names.c      the name gaps (solve_name_stretch), names placed by
 *                       column, dates and tasks under their names;
 *   target_labels.c     group labels: the wrap widths of their columns,
 *                       labels joined when wrapped, level-1/level-2 repairs;
 *   target.c            the entry point jx_target_emit: rows → records.
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
    gboolean row_top; /* the top line of the numbered row below (see jx_trow_mark_top_lines) */
    gboolean by_column; /* its cells are placed by column, as a fragment's (see jx_trow_mark_top_lines) */
    gboolean aligned_whole; /* a row's top line that aligned its name and target as a row does */
    gboolean rest_of_above; /* a line of the row above (see jx_trow_mark_targets_between) */
    gboolean across_labels; /* ... past a line of labels alone (see jx_trow_mark_continuations) */
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

/* The target columns: a year's and a half year's. */
static const jx_role value_roles[] = {JX_ROLE_VALUE, JX_ROLE_HALF_VALUE};

static const jx_role target_roles[] = {JX_ROLE_HALF_OP, JX_ROLE_HALF_VALUE, JX_ROLE_HALF_UNIT,
                                       JX_ROLE_OP,      JX_ROLE_VALUE,      JX_ROLE_UNIT};

static const jx_role text_roles[] = {JX_ROLE_LEVEL1, JX_ROLE_LEVEL2,     JX_ROLE_TASK,
                                     JX_ROLE_NAME,   JX_ROLE_VALUE,      JX_ROLE_HALF_VALUE,
                                     JX_ROLE_ACTUAL, JX_ROLE_DEVIATION};

G_STATIC_ASSERT(JX_ROLE_COUNT <= 32); /* one bit of built_row.borrowed a role */

/* Cells whose lines balance around the row's line; labels are merged over
 * rows and centred over all of them, which the label resolver judges. */
static const jx_role balanced_roles[] = {JX_ROLE_VALUE, JX_ROLE_HALF_VALUE, JX_ROLE_ACTUAL,
                                         JX_ROLE_DEVIATION};

/* In a table whose rows are lines, blank lines part no rows: a run of them
 * is the padding of a tall row (a browser of old WebKit's gives the height
 * a merged label cell needs past its rows' to the last row it spans), its
 * name set at its top, its figures centred this many blank lines lower or
 * more.  A name right under a whole row and that far above a row without
 * one is the lower row's top: as strong as a seam inside a word (the gap
 * says the opposite where blank lines part rows, GAP_EVIDENCE).  One blank
 * line is enough: Chromium sets a spreadsheet's tall row so too, its name
 * at the top and its figures a blank line lower (`政策宣传覆盖率` / blank /
 * `推动公共体育场馆开放 95%`), and a row's wrapped name leaves no blank line
 * between its lines. */
#define TALL_ROW_MIN_BLANKS 1

/* Marks no sentence ends on: a line of text ending so goes on in the next
 * (持续改善， / 惠及更多群). */
static const char *const running_on_marks[] = {",", "、", ";", ":", "(", "，", "；", "："};

/* Marks no text starts with: a line of text starting so goes on from the
 * line above (持续改善 / ，惠及更多群众). */
static const char *const going_on_marks[] = {",", "、", ";", ":", ")", "，", "；", "：", "）", "。"};

/* Lines apart a name piece may stand under the name above it (one line of
 * another column between, a work item's wrapped rest) to be read so. */
#define UNFILLED_MAX_GAP 1

/* How many characters of a name piece must have fitted on the line above
 * for that line to count as unfilled: a word's first two (a CJK word is
 * rarely shorter), not the whole piece, which a wrap may end anywhere. */
#define UNFILLED_FIT_CHARS 2

static const char date_head_pattern[] =
    "^\\s*[≤≥<>=]?\\s*\\d{4}\\s*年(\\s*\\d{1,2}(\\s*月(\\s*\\d{1,2})?)?)?\\s*$";

static const char date_tail_pattern[] = "^\\s*(年|月|日|号|\\d{1,2}\\s*[日号])";

/* a year alone (`2024`, its 年 on the next line: LibreOffice's narrowest
 * columns) is a head only when the next piece of its column opens with
 * that 年: alone it reads as a figure */
static const char year_alone_pattern[] = "^\\s*[≤≥<>=]?\\s*(19|20)\\d{2}\\s*$";

/*
 * Where each column of a row's part of the table stands in the header.  A
 * page continued without its header can lay its columns out anew (a layout
 * dump finds fewer columns where a page has no labels); its data rows show
 * where their cells went (alignment places them by what they are), and its
 * fragments, which have nothing but their column to go by, follow: column
 * c of the part maps to the header column most of its placed cells went
 * to (itself on a tie), or to itself when none was placed.  Returns a new array of n_rows
 * pointers into a new array of part maps (free with part_maps_free).
 */
typedef struct {
    int n_cols;
    int *to; /* part column → header column */
} part_map;

/* The lines between two rows of a stretch (fragments, rows of group
 * labels alone): the lines of its fragments holding a name, and for each
 * cut t (the first t go up) the least cost of the stretch with that cut. */
typedef struct {
    int n;
    int *lines;
    int n_blanks;
    int *blanks; /* its blank lines */
    double *cut; /* for each cut t, what parting a word there costs (NAME_SEAM_COST) */
    const char **texts; /* while it is built: the names of `lines` */
    double *total;
    int best;
    double *total_holed; /* the same with a name's holes weighed (see name_hole_lines) */
    int best_holed;
    built_row *above, *below; /* the rows it parts its names between */
    int sent_up;              /* names the line-by-line reading sent up so far */
    int verdict;              /* the whole column's reading: -1 not yet judged, 0 keep, 1 take */
    gboolean under_top_name;  /* right under a row whose name stands above its line */
} name_gap;

/* The key of line `line` of page `page` in a set of lines. */
#define LINE_KEY(page, line) GINT_TO_POINTER(((page) << 20) ^ (line))

/* ---- target_build.c ---- */

/* A zeroed row with an empty flags array: a spare one when there is one. */
built_row *jx_trow_built_row_new(void);

/* Puts a cell's text under its role; a second cell for one role (a header
 * with two name columns) is joined to the first, and the cell the role
 * holds already changes nothing. */
void jx_trow_place_cell(built_row *b, jx_role r, const jx_pcell *c);

/* TRUE when `norm` is a level-1 label or the first line of one (`满意度指`,
 * `满意度指标`; some frameworks list 满意度 as a level-2 too, which left of
 * the level-1 column no label is), and none of the row header's words. */
gboolean jx_trow_level1_or_its_opening(const char *norm);

/* TRUE when piece `c`, read alone as a unit, is the last character of
 * the text target `above` it (`显著提` / `升`: a word's tail that is also
 * a unit's name): joined, the two still read as text, as no figure's unit
 * does. */
gboolean jx_trow_unit_word_ends_text(const char *above, const jx_pcell *c);

GPtrArray *jx_trow_build_rows(const jx_ptable *table);

/* ---- target_fragments.c ---- */

/* A fragment: the rest of a neighbour's cell, or a label restated on a line
 * of its own (its text goes to the neighbour).  In a scored table a row is
 * the line with its anchors; elsewhere, a line with a 序号 or a target. */
gboolean jx_trow_is_fragment(const built_row *b, gboolean scored);

/* A line whose targets the source's producer knew to be wrapped on from
 * the cells above (`2019 年 10` / `月 31 日`), with no name or 序号 of its
 * own, is the rest of the row above, whatever its pieces look like (when
 * there is one: above the first row stands the header). */
gboolean jx_trow_wraps_on(const built_row *b);

/* A row of whole group labels and nothing else (`效益 | 生态效益 | 可持续影
 * 响`, or a centred label on a line of its own in a layout dump): it is no
 * piece of a neighbour's text.  Its labels take part in placing labels;
 * the row itself states no indicator. */
gboolean jx_trow_is_label_row(const built_row *b, const jx_header *header);

/* TRUE when label row `b`, on the line right below `above`, finishes the
 * level-1 and level-2 labels `above` joins in its one label cell: the cell
 * wrapped after the level-2's first words (`成本指标-生态环境` over
 * `成本指标`, `效益指标-服务对象` over `满意度指标`, as a text browser wraps a
 * narrow 指标类型 column inside the row's block), whose rest is a label by
 * itself.  Only a rest that makes a level-2 the taxonomy places under the
 * joined level-1 counts: another label alone there heads rows of its own. */
gboolean jx_trow_finishes_joined_label(const built_row *above, const built_row *b);

/* TRUE when label row `b` holds a label word in the names' column right of
 * another label, on the line right above a row `below` with a target and
 * no name: that word is the row's name (服务对象满意度 right of its level-2
 * label 服务对象满意度, the level-1 label and the target on the next line, as
 * pdftotext sets a vertically centred row). */
gboolean jx_trow_names_row_below(const built_row *b, const built_row *below,
                                 const jx_header *header);

/* A level-2 label wrapped over two lines round its row's line, set a
 * column right of its own (a LibreOffice page whose narrow label columns
 * drifted right: `数量指` / `农村危房改造户数` / `标`, `社会效` / `服务能力和水平`
 * / `益`): the page's column map took both pieces to the names', and the
 * row's name took them in (数量指农村危房改造户数标).  Two name pieces on the
 * lines right above and right below a row with no level-2 label, which
 * together make a level-2 label and no level-1, are that label's. */
void jx_trow_level2_round_name(GPtrArray *all, const gboolean *frag);

/* TRUE when part column `col` is one the page's column map folded into
 * the names' header column together with a part column right of it, and a
 * part column left of it went to the level-2's: a column standing between
 * the level-2 labels' and the names'. */
gboolean jx_trow_folded_between_level2_and_names(const jx_header *header, const int *to, int n_to,
                                                 int col);

/* A level-1 label wrapped over two lines round a row's line, in a column
 * drifted right onto the level-2's (`效益` / `政策宣传覆盖率 …` / `指标`, a
 * LibreOffice page whose narrow level-1 column moved right of its
 * neighbour's header): its first piece, only ever a level-1, went to the
 * level-1 (jx_trow_place_fragment_by_column), its rest read as the level-2 label and
 * overrode the group's own (社会效益指标 → 指标).  The rest may stand on the
 * next numbered row's line as well, the level-2's own pieces on the line
 * between (Writer's `5 | 产出 | 资金使用合规率` / `标` / `6 | 指标 | 补助对象
 * 识别精准率`): read as that row's level-2, no label, it was dropped and the
 * level-1 left `产出`.  A level-2 piece, no label alone, of a fragment or a
 * data row, in the grid column of a level-1 piece at most LEVEL1_REST_GAP
 * lines of other rows above it on its page, which joined to it makes a
 * level-1 label, is that label's rest — unless that piece goes on a level-2
 * piece right above it (w3m's 社会 / 效益 / 指标). */
void jx_trow_level1_rest_in_level2_column(GPtrArray *all);

/* The row before row `i` of `all` on its page, at most LEVEL1_REST_GAP lines
 * of other rows above it, that holds a level-1 label; NULL when none. */
const built_row *jx_trow_level1_row_above(const GPtrArray *all, guint i);

/* A fragment has no order to align by — often one cell — so its column is
 * the evidence: its text continues the cell above or below in that column
 * (`above` and `below`, the data rows before and after it, or NULL: see
 * finishes_cell_above and name_line_round_nameless_row; `all` the table's
 * rows, frag[k] TRUE for its fragments).  `third_beside`: a row on the
 * line right above or under it holds a third label column's piece
 * (jx_trow_third_level_fragment), so a level-1 piece in its level-2 column
 * is the 效益 block's level-1 (its lines alternate with the level-2's). */
void jx_trow_place_fragment_by_column(built_row *b, const jx_header *header, const int *to,
                                      int n_to, const built_row *above, const built_row *below,
                                      const built_row *level1_above, GHashTable *level2_cells,
                                      const GPtrArray *all, const gboolean *frag,
                                      gboolean third_beside);

/* TRUE when row `b`, its part's columns mapped by `to`, holds a label piece
 * in a third label column (see third_label_column): the 效益 block's
 * level-2 pieces set a column right of the level-2 column, which holds
 * its level-1's. */
gboolean jx_trow_third_level_fragment(const built_row *b, const jx_header *header, const int *to,
                                      int n_to);

/* A merged label cell that a fragment started (the lower part of a cell a
 * page break cut, `标（30分）` under `效益指`) is the whole cell in every row
 * it covers: those rows take the text the fragment's row was given
 * (`效益指标（30分）`), not the part that stood in the fragment. */
void jx_trow_spread_merged_text(GPtrArray *rows, GHashTable *merged);

/* TRUE when `value` is a figure with no unit of its own (`=16`, `≥2.7`):
 * a whole unit a fragment of its row holds is its unit, wherever the
 * fragment stands (a layout dump centres a one-line unit on a row its
 * explanation makes taller: `=16` on the row's top line, `公里` beside the
 * explanation's middle line). */
gboolean jx_trow_is_bare_figure(const char *value);

/* Merges fragment `frag` into `into`.  `merged` (cell → built_row*) notes
 * the merged cells whose first row the fragment was: the rows below that
 * the same cell covers take its whole text from `into` (see
 * jx_trow_spread_merged_text). */
void jx_trow_merge_fragment(built_row *frag, built_row *into, gboolean prepend, GHashTable *merged);

/* ---- target_seams.c ---- */

/* TRUE when `piece` finishes the target `before` began: alone, `before`
 * reads as text (`≤14个工作`, `2023年12月31`, `=2800元/平方`), joined it reads
 * as a number or a date with its unit (`日`, `米` on the next line); or
 * `piece` is the operator word it was written with (see adds_trailing_op). */
/* completes_target, with `alone` the jx_norm_target of `before`. */
gboolean jx_trow_completes_read_target(const char *before, const jx_target *alone,
                                       const char *piece);

/* TRUE when `piece` is the unit of the bare figure `before` wrapped onto the
 * next line (`大于等于12` / `场次`): joined, the same figure with a unit. */
gboolean jx_trow_adds_unit(const char *before, const char *piece);

/* TRUE when the rows of `all` are the lines of a layout dump: one line to
 * the next as a rule (a one-cell-per-line dump, a cell stream, steps by a
 * row's cells, and a text browser's by its blank lines).  Only there do
 * lines measure a row's height. */
gboolean jx_trow_rows_are_lines(const GPtrArray *all);

/* TRUE when fragment `b` holds labels and no other cell: a label's line,
 * whole or a piece of it (`服务对象满意度指`, which no table lists). */
gboolean jx_trow_labels_alone(const built_row *b);

/* TRUE when the run's last fragment (of k from i0, between rows `prev` and
 * `next`; lines of labels alone in its padding aside, top_name_fragments)
 * is the top name of the row at or past `next` (see TOP_NAME_EVIDENCE). */
gboolean jx_trow_top_name_of_row_below(const GPtrArray *all, guint i0, guint k,
                                       const built_row *prev, const built_row *next);

/* The width of the widest line of role r's column among the lines of `all`
 * (each its own row yet) when SHARED_WIDTH_MIN_LINES of them reach it —
 * lines cut there by the column, as wide as it lets them be — else 0. */
int jx_trow_width_lines_share(const GPtrArray *all, jx_role r);

/* TRUE when fragment `f` of the run ending at all[i1], going down, holds
 * nothing but lines of a cell (past_label_roles) of the data row right below
 * the row of group labels alone that follows the run (row_past_label_row):
 * they are that row's, and the labels' row, which gives no record, would
 * lose them. */
gboolean jx_trow_cell_past_label_row(const GPtrArray *all, const gboolean *frag, guint i1,
                                     const built_row *f);

/* TRUE when the first `chars` characters of `text` would have fitted on
 * the last line of `above`'s name, as wide as the widest name line of page
 * `page` (see jx_trow_widest_name_on_page): a column that wraps breaks
 * where the next character no longer fits, so a piece that would have fitted was
 * broken off by hand or is another cell's. */
gboolean jx_trow_fits_after_name(const GPtrArray *all, const built_row *above, const char *text,
                                 int chars, int page);

/* The widest line of the names of rows `all` (fragments too) on page
 * `page`, or on any page when `page` < 0 (JX_TROW_ANY_PAGE): as wide as
 * the names' column lets a line be. */
#define JX_TROW_ANY_PAGE (-1)
int jx_trow_widest_name_on_page(const GPtrArray *all, int page);

/* TRUE when fragment all[i], the first of the run all[i..i1] between rows
 * `prev` and `next` (none a target: a row of its own), is the first line of `next`'s name (see
 * CENTRED_TOP_EVIDENCE): its name's lines run from it line after line
 * through the run into `next`'s own, then, for a name centred round its
 * row's line, on to the line right below `next` with the first line as wide
 * as the second at least, or the first ends on a mark no sentence ends on.
 * Only where fragments stand on the lines right next to each other (a
 * layout's lines).  With `two_lines` (the table's figures stand on its
 * rows' second lines) a name of two lines with the piece its first counts
 * too; with `only_two_lines` (every such row does) that name whatever the
 * piece's width (see first_line_between_two_line_rows). */
gboolean jx_trow_centred_top_piece(const GPtrArray *all, const gboolean *is_frag, guint i, guint i1,
                                   const built_row *prev, const built_row *next, gboolean two_lines,
                                   gboolean only_two_lines);

/*
 * Where a run of fragments all[i0..i1] between the data rows prev and next
 * splits: the first returned-many go up into prev, the rest down into
 * next.  Lines of one cell stay together, so the split is one point: the
 * one the evidence agrees with most.  With no evidence the run stays with
 * the row above, or, when both neighbours wrap too (vertically centred
 * rows), splits in half.  `by_lines`: the rows are a layout's lines
 * (jx_trow_rows_are_lines), so the row above's height counts (ROW_BALANCE_EVIDENCE),
 * and, unless the producer `marked` the wrapped pieces (wraps_marked: its
 * marks decide), where merged cells' lines stand (STRADDLE_EVIDENCE).
 * `opened_tasks` (or NULL: not asked): the work items the table's data
 * rows open on their own lines, a set of texts (WHOLE_TASK_EVIDENCE).
 * `blanks_shown`: the table's print leaves blank lines between its lines
 * (jx_trow_blank_lines_shown), so a line of the row header alone between
 * two lines of text is read as the blank line it stands on.
 */
guint jx_trow_split_fragment_run(GPtrArray *all, const gboolean *is_frag, guint i0, guint i1,
                                 const built_row *prev, const built_row *owner,
                                 const built_row *next, gboolean centred, gboolean cells_centred,
                                 gboolean by_lines, gboolean marked, gboolean filled_names,
                                 gboolean names_placed, int item_width, int cut_width,
                                 gboolean only_two_lines, gboolean blanks_shown,
                                 GHashTable *opened_tasks);

/* TRUE when rows `all` (a table's lines, fragments included) show a blank
 * line between two of them on a page: a print that parts rows so (Writer's
 * tables through Chromium and pdftotext -layout).  Where none shows, no
 * line stands for one. */
gboolean jx_trow_blank_lines_shown(const GPtrArray *all);

/* ---- target_marks.c ---- */

/* TRUE when `piece` finishes name `name` inside its brackets: it closes the
 * bracket the name left open (`危桥改造数量（县直单` / `位）`), or it is a
 * bracketed qualifier whole (`农村公路提质改造里程` / `（城区）`) after a
 * name with none open.  No name starts with a bracket. */
gboolean jx_trow_finishes_name_bracket(const char *name, const char *piece);

/*
 * Rows that are the rest of the row above, marked as fragments: in any
 * layout, the wrapped lines of a qualitative target (continues_text_values)
 * and a line whose cells go on from the row's past a line of labels alone;
 * in a layout that parts rows with blank lines (a text browser's dump), any
 * line right under a data row with no name of its own — its cells wrapped
 * (方案要求持续 under 按照项目实施), or are centred a line lower (按进度推进).
 */
void jx_trow_mark_continuations(GPtrArray *all, gboolean *frag, const jx_header *header);

/*
 * TRUE when row all[i], holding a value and no name, is the head of the
 * target of the row on the next line, which holds a name and no value and
 * is a scored row's own line (its 分值 or 得分 there: a self-evaluation
 * fills them once, on the line of the row's name): pdftotext -layout
 * centres a target wrapped over three lines round its row's own line
 * (`≤2024年6月` / `补助资金下达时限 … 8 8.0` / `30日`), so the head stands
 * as a line of its own, lacking the name its row has.  It misses no name:
 * a wrapped name's last line above it (`国省道路况技术状况` / `84` / `指数`)
 * is the row above's.  (Without the scores, a line under the head may be
 * any cell's piece: `满意度` ending the name whose top stands above.)
 * is_frag[i + 1] FALSE: the next line is a row.
 */
gboolean jx_trow_heads_named_row(const GPtrArray *all, const gboolean *is_frag, guint i);

/*
 * A qualitative row that a layout dump printed over two lines — its name
 * (and work item) on one, its target (按时完成) alone on the next — reads as
 * two fragments, neither with a typed target.  Placed by column, the second
 * holds the value: it is the row, and the name line above it, which holds no
 * value of its own, comes down to it as a fragment (the row misses its name).
 * Not a line held as the rest of the row above (jx_trow_mark_continuations: a
 * target wrapped round the line of its row's name), nor the head of the
 * target of the scored row on the next line (jx_trow_heads_named_row: the
 * name line above it is the row above's last).
 */
void jx_trow_promote_split_rows(GPtrArray *all, gboolean *frag);

/* Rows marked in `frag` that hold a target under a name set at its row's
 * top are rows of their own (see target_under_top_name). */
void jx_trow_promote_rows_under_top_names(GPtrArray *all, gboolean *frag);

/* A row whose target wraps onto two lines, vertically centred round the
 * row's one line (LibreOffice's print of a borderless form: `≤1200元/平方`
 * above `人均补助标准`, `米` below): the row's line has no target of its own,
 * so it read as a fragment and went into a neighbour.  A line with a name
 * and no target, between two lines holding nothing but the pieces of one
 * target cut inside its unit, is that row. */
void jx_trow_promote_rows_between_target_lines(GPtrArray *all, gboolean *frag);

/* TRUE when the table sets its cells vertically centred (pdftotext of a
 * word processor's PDF): some row's line holds none of a cell that has
 * lines right above and right below it.  A top-aligned cell always starts
 * on its row's first line, the one with the row's figures. */
gboolean jx_trow_cells_centred(const GPtrArray *all, const gboolean *frag);

/* TRUE when the table sets its names at their rows' tops, the figures
 * centred (see NAMES_AT_TOPS_MIN_ROWS in target_marks.c). */
gboolean jx_trow_names_at_tops(const GPtrArray *all, const gboolean *frag);

/* TRUE when the table sets its names at their rows' tops and centres the
 * rows' lines (see NAMES_TOP_SET_MIN_ROWS in target_marks.c). */
gboolean jx_trow_names_top_set(const GPtrArray *all, const gboolean *frag);

/* TRUE when fragment `f` opens a new group of labels between data rows
 * `prev` and `next`: a known level-1 or level-2 label on its line that
 * `next` lacks, beside a piece of a name, and no text of it (name or work
 * item) goes on from that of `prev` (a word, a bracket or a sentence cut
 * there).  Group labels span whole rows, so a line starting a new group
 * starts a row (`质量指标 | 开展职业技能提升行动 | 被认定和审核通过的项目及`
 * under `城镇新增就业人数 | ≥ | 17,900 | 人`): a browser's print sets
 * labels and names at their rows' tops, the figures centred lower. */
gboolean jx_trow_opens_label_group(const built_row *f, const built_row *prev,
                                   const built_row *next);

/* TRUE when fragment `f`, on the line right above data row `next`, holds
 * the head of `next`'s wrapped level-2 label: `next`'s level-2 text alone
 * is no label, only a label's last piece (`标`), and the two join into a
 * known label in one column (`服务对象满意度指` / `标`, see
 * jx_trow_label_rest_read_as_name).  The label's cell spans `next`'s row, so its
 * head's line is that row's, never the row above's. */
gboolean jx_trow_heads_label_of(const built_row *f, const built_row *next);

/* A numbered line with no target holding only its 序号 and group labels
 * (what stands in the names' slot a label's first piece, see label_cut_over)
 * over lines of the labels' rest, right above a line with a name and a
 * target and no 序号: the 序号 and the labels are that row's. */
void jx_trow_move_numbers_under_labels(GPtrArray *all, gboolean *frag, const jx_header *header);

/* Marks in `frag` a row's top line set above its numbered line and the
 * lines that go with it (see target_starts_below_name). */
void jx_trow_mark_top_lines(GPtrArray *all, gboolean *frag, const jx_header *header);

/* Each line that is a row's text target under its top-set name (see
 * text_target_under_name) is that row, its cells placed by column: aligned
 * by order, the target had filled the empty name slot, and the line went
 * as a fragment into a neighbour (资金使用合规率工作任务完成及时性). */
void jx_trow_mark_text_targets_under_names(GPtrArray *all, gboolean *frag, const jx_header *header);

/* TRUE when every cell of the line stands under a column no record keeps
 * (指标解释, 备注): a line of such a cell wrapped (`0.5分` closing `每降低1个
 * 百分点扣`), which aligned by order could read as a shifted target. */
gboolean jx_trow_only_unkept_columns(const built_row *b, const jx_header *header);

/* TRUE when the line's score points (see score_points_cell) stand under a
 * column no record keeps and its other cells are pieces of the cells round it in the label or unit
 * columns: an explanation's wrapped last line (`0.5分` closing `每降低1个
 * 百分点扣`) beside a narrow level-1 label's rest (`标` of `效益指`) and
 * perhaps a unit's (`点` of `个百分`).  Aligned by order, the score read as
 * the target of a row named by the piece beside it (标 0.5分), the label
 * lost its rest and the unit its end. */
gboolean jx_trow_unkept_figure_beside_pieces(const built_row *b, const jx_header *header);

/* TRUE when fragment `f` holds text of a row's cells (no label's), each
 * piece going on from the same cell of row `above`: inside a word, or a
 * qualitative target's next line. */
gboolean jx_trow_goes_on_from(const built_row *above, const built_row *f);

/* The pass for the target a row lacks, set on its middle line, and the
 * other's operator wrapped round that line (see half_with_full_op in
 * target_marks.c): such lines are marked in `frag`. */
void jx_trow_mark_targets_between(GPtrArray *all, gboolean *frag, const jx_header *header);

/*
 * ... and a row whose operator or unit pdftotext set on the middle line, its
 * value wrapped round it (`2023年9月30` / `时效指标 | ≤` / `日`; `=４８３,１０`
 * / `亩` / `０`): that line, with nothing but group labels beside it, and the
 * value's last line are the rest of the named row above, which has no
 * operator (unit) of its own.
 */
void jx_trow_mark_operators_between(GPtrArray *all, gboolean *frag, const jx_header *header);

/*
 * A row centred on three lines whose target alone wrapped round its line:
 * a table printed with cells centred in their rows (LibreOffice's
 * Writer/Web, a borderless HTML table) sets a date or figure cut over two
 * lines in a narrow value column as one line above the row's line and one
 * below it (`2024 年 11 月` / `8 | 竣工验收完成时间 | ≤` / `30 日`), the
 * row's value cell left empty.  The line above, holding nothing but that
 * target's start, is the row's top; with a 序号 column
 * jx_trow_mark_value_rests_below then takes the line below as its rest.
 */
void jx_trow_mark_value_tops(GPtrArray *all, gboolean *frag, const jx_header *header);

/* Marks in `frag` the line under a numbered row that holds the rest of
 * the value target its top line began (see rest_of_top). */
void jx_trow_mark_value_rests_below(GPtrArray *all, gboolean *frag, const jx_header *header);

/* The row of `data` a fragment going up joins: the last one — but a row
 * of group labels alone holds no cell but its labels: a line right below
 * them going on from the cells of the row right above them (inside a word,
 * or a qualitative target's next line: `续改善，惠及更多群众` below `效益指标 |
 * 社会效益指标`, centred on the row `群众生产生活条件 | 按照项目实施方案要求持`)
 * is that row's, which the labels only stand beside. */
built_row *jx_trow_cell_text_row(GPtrArray *data, const built_row *f);

/* ---- target_names.c ---- */

/* How many of the table's rows of two lines show their figures on their
 * second line (*low_out) and how many on their first (*high_out); more on
 * the second says the table holds them there (see
 * two_line_name_over_one_line_row).  On the second: a name wrapped from the
 * line right above the row's own (not by hand), none below it, or a name
 * alone on that line above a row of figures without one.  On the first: a
 * name wrapped from the row's own line into the line right below, none
 * above, or a row of name and figures with the rest of another cell right
 * below.  Where a browser's print sets a tall row's centred figures depends
 * on the table's line grid (ties keep the name's pieces where the other
 * evidence puts them). */
void jx_trow_count_figure_lines(const GPtrArray *all, const gboolean *frag, int *low_out,
                                int *high_out);

/* Wrapped names placed by their whole column: the name gaps of the table's
 * stretches, solved (see the head of target_names.c). */
name_gap **jx_trow_place_names_by_column(const GPtrArray *all, const gboolean *frag,
                                         jx_arena *arena, GPtrArray *made, int *name_at,
                                         gboolean centred, gboolean low_figures,
                                         gboolean only_two_lines, gboolean top_set);

/* Whether the whole column's parting of gap `g` overrides the line-by-line
 * one, judged when its first run of fragments all[i0..] is met, that
 * reading sending the first `up` of them up.  It must stand better by
 * NAME_PLACE_MARGIN with a name's holes weighed too (see name_hole_lines):
 * centring names on their rows' lines joins two rows' names set at their
 * tops, each over its row's line (LibreOffice's PDFs: `新增净化消毒设备`
 * four lines above `巩固提升受益人口`, its row's line between), and the
 * line-by-line reading knows better there. */
gboolean jx_trow_names_by_column(name_gap *g, const GPtrArray *all, guint i0, guint up);

/* The name of fragment `f` alone, to join a row other than the one `f`
 * joins; `f` keeps the rest. */
built_row *jx_trow_take_name(built_row *f);

/* The cells of balanced_roles fragment `f` holds (past_label_roles alone,
 * see jx_trow_cell_past_label_row), taken out of it into a row of their own; as
 * jx_trow_take_name, no first or
 * last line: the rows' extents stay as they were, the label resolver
 * places labels by them. */
built_row *jx_trow_take_balanced_cells(built_row *f);

/* TRUE when fragment `f` holds the first line of a unit its narrow column
 * wrapped (`元/平方`, `个工作`, see jx_norm_unit_cut) over a figure of row
 * `next` that states no unit in that column (`≤ | 1,410`, `米` below): a unit
 * is cut at its end, so the line with its first piece (the row's name beside
 * it) is the top of that row. */
gboolean jx_trow_unit_cut_above(const built_row *f, const built_row *next);

/* TRUE when the value row `b` read by order is text in a unit's column that
 * finishes a unit cut on a line right above it in that column (`新增水土流失
 * 治理面积（ | 平方公` / `不低于 | 48.60` / `二期） | 里`): the rest of a
 * wrapped unit, no target, and the line no row of its own — a name's rest
 * beside it (`二期）`) made it look like one. */
gboolean jx_trow_unit_rest_as_value(const GPtrArray *all, guint i, const jx_header *header);

/* Marks as fragments the numbered lines whose targets stand on the line
 * below (see targets_of_numbered_line): the target line is the row, its
 * columns placed as a row's are, and the number goes to it.  Where the
 * numbered line holds the name's first line and the target line its rest
 * (see targets_under_named_number), the numbered line is the row and the
 * target line its rest, which brings the row its target. */
void jx_trow_mark_numbers_over_targets(GPtrArray *all, gboolean *frag);

/* Fragments waiting for the next row (`pending`) that meet a row of group
 * labels alone first: the labels' row keeps no cell but its labels, and
 * what it took was lost.  The first of them that go on from the cells of
 * the data row above (a text target's next lines, `群众生产生活条件 | 按照项目实施`
 * over `效益指标 | 加强生态环境执法监 | 方案要求持续` over the label's line
 * `社会效益`) join that row, a word or a sentence running on over the seam
 * (two short targets, `明显` over `长期`, are two rows'); the rest wait for
 * the labels' row. */
void jx_trow_hand_back_over_labels(GPtrArray *pending, GPtrArray *data, GHashTable *merged);

/* The fragments left in `pending` at a row of group labels alone (after
 * jx_trow_hand_back_over_labels) that hold a target's text and no group
 * label (a text target's first line, `按照项目实施方`, over the level-1
 * label's line `效益指标` over the row's own `群众生产生活条件 | 案要求持续改善`:
 * a layout dump sets the label's line between a tall cell's lines) move to
 * `deferred`, which the next row with cells takes in above its own: merged
 * into the labels' row they were lost.  Only where that row, right below
 * the labels' row `i` of `all`, has the same cell wrapped on below its line
 * too (see centred_cell_below in target_names.c). */
void jx_trow_defer_cells_past_labels(GPtrArray *pending, GPtrArray *deferred,
                                     const GPtrArray *all, const gboolean *frag, guint i);

/* A layout dump of a page whose narrow level-2 column drifted right of its
 * header sets that column's wrapped labels (`经济效` / `益指标`, `可持` /
 * `续影` / `响指` / `标`) a grid column of their own between the level-2
 * labels' and the names'; a row whose name was missing took such a piece
 * for its name (`影响指 | 健全`), and the page's column map folded the
 * column into the names' with it, so the pieces ran into the names
 * (经济效益指标拉动社会投资).  Fragment cells in such a column
 * (jx_trow_folded_between_level2_and_names) that begin a level-2 label, with the
 * pieces under them in that column (at most FOLDED_PIECE_GAP lines apart)
 * that together finish it, are that label's: returns them as a set, for
 * jx_trow_place_fragment_by_column. */
GHashTable *jx_trow_folded_level2_pieces(GPtrArray *all, const gboolean *frag,
                                         const jx_header *header, part_map **row_map);

/* A line whose only target is a date's head (`2024 年` over `9 月 30` /
 * `日`, a narrow value column's date centred on its row) or a tail going on
 * from one states no target of its own: it is a fragment of the value
 * round it. */
void jx_trow_mark_date_heads(const GPtrArray *all, gboolean *frag);

/* The column most rows of `all` on page `page` (any page: 0) hold their
 * text of role `r` in, or -1: the header's column for it as the rows stand
 * (a layout dump may shift its text, a continued page by its own
 * columns). */
int jx_trow_role_column_held(const GPtrArray *all, int n_cols, int page, jx_role r);

/*
 * A row set taller than its name (wkhtmltopdf: a tall row's name at its
 * top, its targets centred a line lower; a row a page break cuts, its name
 * at the foot of one page and its 序号 and targets atop the next) comes as
 * two rows: the name alone in its column, then the targets with no name.
 * A target of text (健全, 长期有效, 按照…持续改善) fills the name's slot
 * there by alignment (text prefers the name), and the name above, a
 * fragment, joins the row before it.  The text stands in a column right of
 * the names', under a row holding the name alone: it is the row's target
 * (or, in a column not kept beside the row's value, nothing), and the name
 * above is the row's.
 */
void jx_trow_targets_under_their_name(GPtrArray *all, const jx_header *header);

/*
 * The same tall row where the work item column stands left of the names'
 * (Chromium's print of Calc's HTML: `国省道路况技术状况指数` alone at its
 * row's top, then `产出指标 | 产出质量 | 推进公路安全生命防护工 | 86`): the
 * row's work item filled the empty name slot by alignment, and the name
 * above joined the row before.  Under a row holding a name alone in the
 * page's names' column, text left of that column that stands in the
 * column the page's rows keep their work items in, or reads as a work item
 * other rows hold, is the row's work item (the name above then comes down
 * to the row: it lacks one).
 */
void jx_trow_tasks_under_their_name(GPtrArray *all, int n_cols);

/* A wrapped level-2 label's last line alone (`指标` under `服务对象满意度`:
 * Chromium sets a tall row's name at its top and centres its labels, so
 * the rest of a label wrapped over two lines shares the line of the row's
 * figures) reads as text, and the row, no name of its own on that line,
 * gives it the name's slot.  A name's text that only ends a label
 * (jx_taxonomy_label_tail) in the level-2 column of the header goes to the
 * row's level-2 label when the level-2 label right above it in that
 * column, on its page, and it join into a known one; the label then reads
 * whole (jx_trow_join_wrapped_labels) and the row's name is its top line's.  The
 * label's first line may be no label yet (`服务对象满意度指` / `标`): read
 * as a name in that column, it goes to the level-2 label too, whether its
 * rest was read as a name or already as a level-2 label (see
 * label_head_in_column; jx_trow_heads_label_of then keeps the two lines one row's).
 * A label wrapped over more lines (`可持续` / `影响指` / `标`, each on a row's
 * line, read as names) goes so too: the pieces right above the rest read
 * as names that end a label with it (影响指标), up to LABEL_REST_MAX_MIDDLE,
 * and the first piece above them spelling the label whole.  The header's
 * unnamed column between the level-2 labels' and the names' (a third
 * level's, where a narrow level-2 column's pieces stand) counts as the
 * level-2 column.
 * (Not in the level-1 column: a narrow level-1 cell's rest, `效益指` / `标`,
 * stands beside a row's wrapped name and target, and other rules join it.) */
void jx_trow_label_rest_read_as_name(GPtrArray *rows, const jx_header *header);

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

/* TRUE when row b's label of `role` is wrapped round the row's other
 * cells: its first line above every line of theirs, its last line below
 * (推进学前教育普及普惠发 / 化解大班额班级数 / 展).  A cell set at the top of
 * its rows starts on its first row's first line, level with that row's
 * cells; one that starts above them and ends below is centred on the row
 * (jx_label_context label_apart). */
gboolean jx_trow_label_round_row_cells(const built_row *b, jx_role role);

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

/* A level-1 label the form repeats on every row, wrapped in its narrow
 * column (`产出` on the row's line, `指标` on the next): a layout dump sets
 * each row's rest between that row and the next, and the row below took it
 * in as its first piece (`指标产出`, the rest of the label above with the
 * head of its own).  When the row's level-1 text spells no label, its first
 * piece stands above the row's line and below the label of the row above,
 * (its short form or a head: 产出), and that piece makes the label above a
 * known one (产出 + 指标) while the rest is a label or begins one
 * (the vocabulary reads 产出指标, never 指标产出), the piece goes up. */
void jx_trow_level1_tail_to_row_above(GPtrArray *rows);

/* A level-2 label's last piece read into the row below, ahead of that
 * row's own level-2 label (`可持续影响指` over `标服务对象`: a narrow level-2
 * column whose labels LibreOffice centres on their groups, the last line of
 * one a line above the first of the next, and a layout dump's fragment run
 * gave both to the row below), goes back to the row above when it finishes
 * that row's label into a known level-2 label and leaves a known label or
 * the head of one; `lines` the table's lines holding text.  Only from a
 * row of labels alone: a record's own level-2 text (a self-evaluation's
 * `可持续影响指` / name / `标` / `服务对象满意`, calc-pdf-layout self-project
 * s0071) is placed by the row's lines already. */
void jx_trow_level2_tail_to_row_above(GPtrArray *rows, GHashTable *lines);

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

/* A level-1 piece right under a level-2 piece of the row above, which
 * with it makes a level-2 label and no level-1, goes back to that label
 * (see the comment above level2_middle_back in target_labels.c). */
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

/* `label` past a row number run into it: a browser's print of a narrow
 * 序号 column sets the number one space before the level-1 label in the
 * next column (`4 产出`, `18 效益指标`), and a layout dump that cannot part
 * them gives the label the number (`4产出`, filled down its group).  A
 * label's own numbering stands apart (`1.产出指标`, `一、产出指标`): ASCII
 * digits right before an ideograph, the rest a known label, are the row's
 * number.  A view into `label`, or `label` itself. */
const char *jx_trow_past_run_in_number(const char *label);

/* A group weight written into a label (`产出指标(50分)`, `效益指标（30分）`,
 * `产出指标50分`) is dropped: the label is the group's name.  Takes `label`. */
char *jx_trow_strip_group_weight(char *label, char **weight);

/* The level-2 label in force above row rows[at]: the nearest row above on
 * its page with a level-2 label of its own, or NULL. */
const char *jx_trow_level2_above(const GPtrArray *rows, guint at);

static inline gboolean known_label(jx_role role, const char *text);
static inline gboolean runs_on(const char *a, const char *b);

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

static inline gboolean has_target(const built_row *b)
{
    for (gsize i = 0; i < G_N_ELEMENTS(target_roles); i++)
        if (b->by_role[target_roles[i]])
            return TRUE;
    return FALSE;
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

/* TRUE when `text` is a whole figure target: a number with its unit. */
static inline gboolean whole_figure(const char *text)
{
    jx_target t = {0};
    jx_norm_target(text, &t);
    gboolean whole = t.kind == JX_KIND_NUMBER && t.unit;
    jx_target_clear(&t);
    return whole;
}

/* TRUE when the value `b` holds opens a target of its own under the whole
 * one of the row above, `above` (`≥ 9,600 件` over `≥1,500人次`): rows set
 * as tight as a cell's wrapped lines (wkhtmltopdf) mark it wrapped on, but
 * a target whose figure and unit are all there has nothing left to wrap,
 * and a comparison sign opens a target, never goes on with one. */
static inline gboolean opens_target_under_whole(const built_row *above, const built_row *b)
{
    const char *v = b->text[JX_ROLE_VALUE], *up = above->text[JX_ROLE_VALUE];
    return v && up && b->text[JX_ROLE_NAME] && jx_norm_is_op_sign(g_utf8_get_char(v)) &&
           whole_figure(v) && whole_figure(up);
}

/* TRUE when the table scores its rows (a self-evaluation: 分值, 得分).  Its
 * rows are the lines of their scores; a whole label beside a target on a
 * line without them stands beside the target of the scored row below,
 * wrapped round that row's line (`满意度 | ≥94 百分` / the row / `比`). */
static inline gboolean scored_table(const jx_header *header)
{
    return table_has_role(header, JX_ROLE_WEIGHT) || table_has_role(header, JX_ROLE_SCORE);
}

/* TRUE when row b's line holds its 分值 or 得分: a self-evaluation fills
 * them once, on the line of the row's name, so that line is the row's own. */
static inline gboolean scores_on_line(const built_row *b)
{
    return b->by_role[JX_ROLE_WEIGHT] || b->by_role[JX_ROLE_SCORE];
}

/* TRUE when row b's line is the line right after a's, on a's page. */
static inline gboolean next_line_of(const built_row *a, const built_row *b)
{
    return a->line && b->line && a->page == b->page && !b->page_start && b->line == a->line + 1;
}

/* TRUE when `head` and `rest`, the lines of a label its column wrapped,
 * joined make a known label of role `r`. */
static inline gboolean joins_into_label(jx_role r, const char *head, const char *rest)
{
    char *joined = jx_norm_join(head, rest);
    gboolean known = known_label(r, joined);
    g_free(joined);
    return known;
}

/* TRUE when header column `col` is named by no header word and stands
 * between the level-2 labels' column and the names': the column of a third
 * label level (效益指标 under 二级指标, 经济效益 beside it).  Its labels
 * that alignment read as level-1 ones (a lone 效益 centred on its group)
 * say the 效益 block's level-1 moved right, not that the page did. */
static inline gboolean third_label_column(const jx_header *header, int col)
{
    int level2 = role_column(header, JX_ROLE_LEVEL2), name = role_column(header, JX_ROLE_NAME);
    return col >= 0 && col < header->n_cols && header->roles[col] == JX_ROLE_NONE &&
           level2 >= 0 && col > level2 && name > col;
}

/* TRUE when cell `c` reads as a piece of a label a narrow label column
 * wrapped (可持 / 续影 / 响, 经济 / 效益).  A whole level-2 label there
 * (服务对象满意度) is as often a name set left of its header. */
static inline gboolean third_level_piece(const jx_pcell *c)
{
    return c->norm && (c->kind == JX_CK_TEXT || c->kind == JX_CK_LEVEL1 || c->kind == JX_CK_LEVEL2) &&
           (jx_taxonomy_label_piece(c->norm) ||
            (jx_taxonomy_label_word(c->norm) && !jx_taxonomy_level2(NULL, c->norm)));
}

/* TRUE when cell `c` reads as a level-1 label, its first line or a label's
 * last (效益 / 指标): what the level-2 column holds beside a third label
 * column's piece.  A level-2 label's opening (服务对) is none. */
static inline gboolean level1_piece_beside_third(const jx_pcell *c)
{
    return c->norm && (jx_trow_level1_or_its_opening(c->norm) || jx_taxonomy_label_tail(c->norm));
}

/* Blank lines between two rows of one part of a table, or -1 when unknown
 * (no line numbers, or a page break between them). */
static inline int lines_between(const built_row *above, const built_row *below)
{
    if (!above || !below || !above->line || !below->line || below->page_start)
        return -1;
    return below->line - above->line - 1;
}

static inline gboolean completes_target(const char *before, const char *piece)
{
    jx_target alone = {0};
    jx_norm_target(before, &alone);
    gboolean completes = jx_trow_completes_read_target(before, &alone, piece);
    jx_target_clear(&alone);
    return completes;
}

/* TRUE when `b` holds text of a row's own cell: a label is merged over
 * rows and centred over all of them (the label resolver places it), so a
 * line of one alone says nothing of where a row's lines end. */
static inline gboolean holds_own_cell(const built_row *b)
{
    for (gsize i = 0; i < G_N_ELEMENTS(text_roles); i++) {
        jx_role r = text_roles[i];
        if (b->text[r] && r != JX_ROLE_LEVEL1 && r != JX_ROLE_LEVEL2 && r != JX_ROLE_TASK)
            return TRUE;
    }
    return has_target(b);
}

/* The value that would stand at index `k` (0 <= k < n) of `v` sorted
 * ascending — a median's, at k = n / 2 — found by partitioning alone
 * (Hoare's selection): linear in n where a sort is n log n, and the value
 * is the sort's whatever the order `v` is left in. */
int jx_trow_nth_smallest(int *v, int n, int k);

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

/* TRUE when the text of `b` in role r goes on from that of `a`, the line
 * above it in one cell of qualitative text (a figure's pieces are left to
 * the evidence): `a` ends on a mark no sentence ends on, or a word runs on
 * over the seam (惠及更多群 / 众). */
static inline gboolean runs_on_in(const built_row *a, const built_row *b, jx_role r)
{
    const jx_pcell *ca = a->by_role[r], *cb = b->by_role[r];
    if (!ca || !cb || ca->kind != JX_CK_TEXT || cb->kind != JX_CK_TEXT)
        return FALSE;
    return runs_on(a->text[r], b->text[r]);
}

/* TRUE when `text` ends on a mark no sentence ends on (running_on_marks). */
static inline gboolean ends_running_on(const char *text)
{
    for (gsize i = 0; i < G_N_ELEMENTS(running_on_marks); i++)
        if (g_str_has_suffix(text, running_on_marks[i]))
            return TRUE;
    return FALSE;
}

static inline gboolean runs_on(const char *a, const char *b)
{
    if (!a || !b)
        return FALSE;
    if (ends_running_on(a))
        return TRUE;
    for (gsize i = 0; i < G_N_ELEMENTS(going_on_marks); i++)
        if (g_str_has_prefix(b, going_on_marks[i]))
            return TRUE;
    return jx_norm_seam_inside_word(a, b);
}

/* FALSE when row `b` is known to have taken no line of its own cells above
 * its line: the fragment before it went to the row above it, so its cells
 * start on its line (set at the rows' tops) and wrap below it only — the
 * lines of its own cells that follow are its (labels alone are placed by
 * the label resolver, whatever the rows' cells do). */
static inline gboolean took_line_above(const built_row *b)
{
    return !b->line || !b->cells_first_line || b->cells_first_line < b->line;
}

/* TRUE when a fragment of all[i0..i1] holds a row's own cell. */
static inline gboolean run_holds_own_cell(const GPtrArray *all, guint i0, guint i1)
{
    for (guint j = i0; j <= i1; j++)
        if (holds_own_cell(all->pdata[j]))
            return TRUE;
    return FALSE;
}

/* The kind of target `text` reads as. */
static inline jx_value_kind target_kind(const char *text)
{
    jx_target t = {0};
    jx_norm_target(text, &t);
    jx_value_kind kind = t.kind;
    jx_target_clear(&t);
    return kind;
}

/* The first text of role `r` after all[at], or NULL. */
static inline const char *next_text_in(const GPtrArray *all, guint at, jx_role r)
{
    for (guint i = at + 1; i < all->len; i++) {
        const built_row *b = all->pdata[i];
        if (b && b->text[r])
            return b->text[r];
    }
    return NULL;
}

/* TRUE when `t` holds one of the characters a date's piece holds (年, 月,
 * 日, 号): each pattern here but a year alone needs one, and most targets
 * (figures, words) are turned away before a pattern is compiled, as
 * normalize/text.c does for page numbers (this runs on each line of a
 * table's value column). */
static inline gboolean holds_date_word(const char *t)
{
    return strstr(t, "年") || strstr(t, "月") || strstr(t, "日") || strstr(t, "号");
}

/* TRUE when `t` holds 19 or 20, as a year alone (year_alone_pattern) must. */
static inline gboolean holds_century(const char *t)
{
    return strstr(t, "19") || strstr(t, "20");
}

/* TRUE when piece `t` of role `r` on all[at] is the head of a cut date. */
static inline gboolean date_head(const GPtrArray *all, guint at, jx_role r, const char *t)
{
    if (strstr(t, "年") && g_regex_match_simple(date_head_pattern, t, 0, 0))
        return TRUE;
    if (!holds_century(t) || !g_regex_match_simple(year_alone_pattern, t, 0, 0))
        return FALSE;
    const char *below = next_text_in(all, at, r);
    return below && strstr(below, "年") && g_regex_match_simple("^\\s*年", below, 0, 0);
}

/* TRUE when `b` holds no text but its targets (the year's, the half
 * year's) and its labels: a half-year table wraps both its date targets at
 * once, line for line, so their pieces stand side by side on one line. */
static inline gboolean targets_alone_beside_labels(const built_row *b)
{
    for (gsize i = 0; i < G_N_ELEMENTS(text_roles); i++) {
        jx_role r = text_roles[i];
        if (r != JX_ROLE_VALUE && r != JX_ROLE_HALF_VALUE && !is_label_role(r) && b->text[r])
            return FALSE;
    }
    return TRUE;
}

/* TRUE when role `r` of `frag` is the very merged cell `into` holds for it
 * (an exact span over both rows): its text is there already. */
static inline gboolean same_merged_cell(const built_row *frag, const built_row *into, jx_role r)
{
    const jx_pcell *a = frag->by_role[r], *b = into->by_role[r];
    return a && b && a->spanned && a->origin && a->origin == b->origin;
}

/* TRUE when `piece`, in a unit column, may be the first part of the unit
 * of figure `value` cut over lines (`元/平方`, `个工作`): no unit alone, and
 * the value a figure without one (a date's operator word wrapped into the
 * unit column, `以` / `前`, is none). */
static inline gboolean is_cut_unit(const char *piece, const char *value)
{
    char *alone = jx_norm_unit(piece);
    gboolean cut = !alone && jx_trow_is_bare_figure(value);
    g_free(alone);
    return cut;
}

/* TRUE when every cell of row `b` is plain text (no figure, operator,
 * unit, date or level label): nothing in it says which column it is, so
 * an alignment that moved it guessed the move. */
static inline gboolean plain_text_row(const built_row *b)
{
    const GPtrArray *cells = b->source->cells;
    for (guint i = 0; i < cells->len; i++)
        if (((const jx_pcell *)cells->pdata[i])->kind != JX_CK_TEXT)
            return FALSE;
    return TRUE;
}

/* TRUE for a cell whose kind says what it is wherever it stands: an
 * operator, a number, a unit, a date.  (A label does not: 成本指标 heads
 * either level, and a page's labels are where its columns vary most.) */
static inline gboolean self_evident(const jx_pcell *c)
{
    return c->kind != JX_CK_TEXT && c->kind != JX_CK_EMPTY && c->kind != JX_CK_LEVEL1 &&
           c->kind != JX_CK_LEVEL2;
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

/* TRUE when a fragment of all[i0..i1] holds a target: the lines down to
 * the next row are then no mere top of it (a row of its own, name and
 * target both fragments, stands among them). */
static inline gboolean run_holds_value(const GPtrArray *all, guint i0, guint i1)
{
    for (guint j = i0; j <= i1; j++)
        if (has_value(all->pdata[j]))
            return TRUE;
    return FALSE;
}

/* TRUE when fragment `f`, on the line right above label head `head`, is a
 * name alone (beside text of unkept columns at most): with the label's
 * head it tops the row whose name the label's row lacks (Chromium sets a
 * tall row's name at its top, its labels centred below it). */
static inline gboolean name_over_label_head(const built_row *f, const built_row *head)
{
    return f->text[JX_ROLE_NAME] && !head->text[JX_ROLE_NAME] && next_line_of(f, head) &&
           !f->text[JX_ROLE_LEVEL1] && !f->text[JX_ROLE_LEVEL2] && !has_target(f) &&
           !has_value(f);
}

/* Moves row b's text and cell of role `from` to role `to` (a cell that
 * alignment by order read as another kind). */
static inline void move_role(built_row *b, jx_role from, jx_role to)
{
    jx_trow_move_cell(b, from, b, to);
}

/* The cell of fragment row `b` in part column `col`, or NULL. */
static inline const jx_pcell *cell_in_column(const built_row *b, int col)
{
    for (guint k = 0; k < b->source->cells->len; k++) {
        const jx_pcell *c = b->source->cells->pdata[k];
        if (!c->rowhead && c->col == col)
            return c;
    }
    return NULL;
}

/* The role of a cell by its own column. */
static inline jx_role column_role(const jx_header *header, const jx_pcell *c)
{
    return c->col >= 0 && c->col < header->n_cols ? header->roles[c->col] : JX_ROLE_NONE;
}

/* The blank lines of the gaps `up` and `down` (either may be NULL) that
 * stand strictly between lines lo and hi. */
static inline int blanks_between(const name_gap *up, const name_gap *down, int lo, int hi)
{
    int blanks = 0;
    for (int k = 0; up && k < up->n_blanks; k++)
        blanks += up->blanks[k] > lo && up->blanks[k] < hi;
    for (int k = 0; down && k < down->n_blanks; k++)
        blanks += down->blanks[k] > lo && down->blanks[k] < hi;
    return blanks;
}

/* TRUE when the name of `a` goes on to the name of `b` on the line right
 * under it as a column wraps it (a break by hand may fall anywhere): inside
 * a word, or from a line with no room left for the first character of
 * `b`'s (see keep_name_whole). */
static inline gboolean wrapped_into(const GPtrArray *all, const built_row *a, const built_row *b)
{
    const char *top = a->text[JX_ROLE_NAME], *rest = b->text[JX_ROLE_NAME];
    if (jx_norm_seam_inside_word(top, rest))
        return TRUE;
    return !jx_trow_fits_after_name(all, a, rest, 1, b->page);
}

/* The index of the first line from all[i] on that is no row of group
 * labels alone (a fragment or a row), or all->len. */
static inline guint past_labels(const GPtrArray *all, const gboolean *frag, guint i)
{
    while (i < all->len && !frag[i] && ((const built_row *)all->pdata[i])->labels_only)
        i++;
    return i;
}

/* TRUE when all[i] is a row (no fragment, no row of labels alone) with no
 * name. */
static inline gboolean unnamed_after(const GPtrArray *all, const gboolean *frag, guint i)
{
    if (i >= all->len || frag[i])
        return FALSE;
    const built_row *b = all->pdata[i];
    return b && !b->labels_only && !b->text[JX_ROLE_NAME];
}

/* TRUE when name piece `f`, on the line right above the rows of group
 * labels alone from all[at], is the head of the name of the row right under
 * those labels: the two join inside a word.  pdftotext sets a label
 * centred on its group on a line of its own, between a name's lines
 * wrapped round its row's line (`依照相关资` / `成本指标` / `金管理办法组织实施，
 * 严格控制成本 | 实际按下拨文件为准`). */
static inline gboolean name_goes_on_past_labels(const GPtrArray *all, const gboolean *frag,
                                                const built_row *f, guint at)
{
    guint row = past_labels(all, frag, at);
    if (at >= all->len || row == at || row >= all->len || frag[row] || !f->text[JX_ROLE_NAME] ||
        !next_line_of(f, all->pdata[at]))
        return FALSE;
    for (guint k = at; k < row; k++)
        if (!next_line_of(all->pdata[k], all->pdata[k + 1]))
            return FALSE;
    const built_row *b = all->pdata[row];
    return !b->labels_only && b->text[JX_ROLE_NAME] &&
           jx_norm_seam_inside_word(f->text[JX_ROLE_NAME], b->text[JX_ROLE_NAME]);
}

/* TRUE when fragment `f` is the top line of a numbered row that lines of
 * group labels alone part from it (see past_label_lines), `next` the first
 * of them: it and the lines below it wait past the labels, which keep no
 * cell of a row, for the numbered row. */
static inline gboolean top_over_labels(const built_row *f, const built_row *next)
{
    return f->row_top && next && next->labels_only;
}

/* TRUE when all[at]'s only target is a date's head (see DATE_CUT_EVIDENCE). */
static inline gboolean holds_date_head_alone(const GPtrArray *all, guint at)
{
    const built_row *b = all->pdata[at];
    /* a line with the row's operator or unit beside the head is the row's
     * own line (a tall row's, its name set at its top) */
    if (b->by_role[JX_ROLE_SEQ] || b->text[JX_ROLE_NAME] || b->by_role[JX_ROLE_HALF_VALUE] ||
        b->by_role[JX_ROLE_OP] || b->by_role[JX_ROLE_UNIT])
        return FALSE;
    const char *t = b->text[JX_ROLE_VALUE];
    return t && date_head(all, at, JX_ROLE_VALUE, t);
}

/* How many of the `up` lines from i0 (to i1) go up when a date's head
 * stands among them: the lines above it — the head and the lines below it
 * go down with the rest of its date, whatever marked them the rest of the
 * row above (a row's value wrapped round its line reads so). */
static inline guint lines_before_date_head(const GPtrArray *all, guint i0, guint i1, guint up)
{
    for (guint j = i0; j < i0 + up && j <= i1; j++)
        if (holds_date_head_alone(all, j))
            return j - i0;
    return up;
}

static inline int names_column(const GPtrArray *all, int n_cols, int page)
{
    return jx_trow_role_column_held(all, n_cols, page, JX_ROLE_NAME);
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

#endif /* JX_PARSE_TARGET_ROW_H */
