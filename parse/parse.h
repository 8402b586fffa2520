/*
 * parse.h — grids → records (internal).
 *
 * Stages inside parse, each in its own file:
 *   cell.c     what a cell is (operator, number, unit, date, label, text…)
 *   header.c   header rows → column roles; what kind of table it is
 *   table.c    finding tables in a source and stitching page-split parts
 *   align.c    assigning a row's cells to roles by what they are
 *   labels.c   merged labels: fill-down, labels centred in their span
 *   target.c   a logical target table → indicator records
 *   score.c    a scoring or indicator-system table → score records
 *   budget.c   a budget (or plan/actual) table of a report → budget records
 *   document.c metadata and the document record; jx_parse_source
 */
#ifndef JX_PARSE_H
#define JX_PARSE_H

#include "core/core.h"
#include "normalize/normalize.h"

/* ------------------------------------------------------------- cells */

/* A memo of what cell texts are (see "cell facts" below). */
typedef struct jx_facts jx_facts;

typedef enum {
    JX_CK_EMPTY = 0,
    JX_CK_INT,    /* a small whole number: a 序号 or a value */
    JX_CK_NUMBER, /* any other number */
    JX_CK_OP,     /* an operator alone: ≥, =, 不低于 */
    JX_CK_UNIT,   /* a unit alone: %, 项, 万元 */
    JX_CK_DATE,   /* a date alone */
    JX_CK_TARGET, /* a combined target: ≥125家, 100%, ≤2023年12月31日 */
    JX_CK_LEVEL1, /* a known level-1 label */
    JX_CK_LEVEL2, /* a known level-2 label */
    JX_CK_MARK,   /* a column marker: 定性/定量 in 计算符号, 正向/反向 in 指标方向 */
    JX_CK_TEXT,   /* anything else: a name, a task, a qualitative target */
    JX_CK_COUNT
} jx_cell_kind;

/* One non-empty cell of a logical row. */
typedef struct {
    int col;          /* column in the logical table */
    char *raw;        /* source text, trimmed */
    char *norm;       /* jx_norm_text(raw) */
    jx_cell_kind kind;
    gboolean rowhead; /* the text names the table-wide row header (年度绩效指标) */
    gboolean spanned; /* text comes from a span above (exact merged cell) */
    gboolean continues; /* wrapped on from the cell above in its column, as the
                           source's producer knew (see jx_cell.continues) */
    gboolean label_goes_on; /* a level label's middle words under its unfinished
                               head on the line above (see row_from_grid) */
    gboolean goes_on_label_stack; /* a stack's line going on with the pieces over it
                                     in its column into a known label or its head
                                     (see row_from_grid) */
    gboolean ends_label_stack; /* one character ending known labels stacked over it
                                  in its column (see row_from_grid) */
    const jx_cell *origin; /* the grid cell the text is from (borrowed from the source) */
    gboolean in_block; /* lives in its row's `block` (row_from_grid), freed with the
                          row: jx_pcell_free leaves it */
} jx_pcell;

/* Classifies normalized cell text. */
jx_cell_kind jx_cell_classify(const char *norm);
/* The bytes of the longest column mark (定量, 正向指标 …) that text starts
 * with at `p`, or 0: the same vocabulary JX_CK_MARK is read with. */
gsize jx_cell_mark_at(const char *p);

/* ------------------------------------------------------------- roles */

typedef enum {
    JX_ROLE_NONE = 0,
    JX_ROLE_SEQ,
    JX_ROLE_ROWHEAD, /* one merged cell heading the whole table (年度绩效指标) */
    JX_ROLE_LEVEL1,
    JX_ROLE_LEVEL2,
    JX_ROLE_TASK,
    JX_ROLE_NAME,
    JX_ROLE_HALF_OP,
    JX_ROLE_HALF_VALUE,
    JX_ROLE_HALF_UNIT,
    JX_ROLE_OP,
    JX_ROLE_VALUE,
    JX_ROLE_UNIT,
    JX_ROLE_WEIGHT,
    JX_ROLE_SCORE,
    JX_ROLE_RATE,
    JX_ROLE_REASON,
    JX_ROLE_BUDGET, /* money columns of budget tables */
    JX_ROLE_EXPLAIN, /* 指标解释, 评分标准: indicator-system tables */
    JX_ROLE_OTHER,   /* a known header word that carries nothing we keep (备注) */
    JX_ROLE_ACTUAL,  /* a self-evaluation's 实际完成值: read like a target */
    JX_ROLE_DEVIATION, /* a self-evaluation's 偏差原因分析及改进措施 */
    JX_ROLE_COUNT
} jx_role;

typedef enum {
    JX_TABLE_NONE = 0, /* not a table we recognize */
    JX_TABLE_TARGET,
    JX_TABLE_SCORE,
    JX_TABLE_SYSTEM,
    JX_TABLE_BUDGET,
    JX_TABLE_FUNDS, /* a self-evaluation's 项目资金 block (年初预算数 | 全年预算数 | 全年执行数 …) */
    JX_TABLE_OTHER, /* has a header but none of the above */
} jx_table_kind;

const char *jx_role_name(jx_role role);
const char *jx_table_kind_name(jx_table_kind kind);

/* The header of a table: a role per column. */
typedef struct {
    int n_cols;
    jx_role *roles;   /* n_cols entries */
    int n_rows;       /* header rows consumed */
    jx_table_kind kind;
    char *signature;  /* normalized header words, to recognize a repeated header */
    char *named_signature; /* the same of the line naming most columns, for a header
                              wrapped over lines (see jx_header_repeats) */
    char **texts;     /* n_cols entries: each column's header text, its rows joined
                         (预算金额(万元), 实际到位资金), normalized; "" when none */
    gboolean transposed; /* a summary with the groups as columns and 分值/得分 as
                            rows (指标 | 决策 | 过程 | … | 合计): texts name the columns */
} jx_header;

/* The column of the header's first slot for `role`, or -1. */
static inline int role_column(const jx_header *header, jx_role role)
{
    for (int c = 0; c < header->n_cols; c++)
        if (header->roles[c] == role)
            return c;
    return -1;
}

/* TRUE when a column of the header has `role`. */
static inline gboolean table_has_role(const jx_header *h, jx_role role)
{
    return role_column(h, role) >= 0;
}

/*
 * Reads the header starting at `row` of `grid`: one or more consecutive rows
 * made of header words (序号, 一级指标, 计算符号, 分值…), the lower rows
 * refining the upper ones (2023年目标值 over 计算符号|目标值|单位).  Returns
 * a new header (free with jx_header_free) or NULL when `row` is not a header.
 * `facts` (may be NULL) is a memo of what cell texts are: a caller reading a
 * grid row by row passes one, so each text is normalized and classified once.
 */
jx_header *jx_header_read(const jx_grid *grid, int row, jx_facts *facts);
void jx_header_free(jx_header *header);
/*
 * TRUE when header `h` is `open`'s again (a page break): its first line is
 * the same, or — for a header wrapped over lines — the line naming most
 * columns is.  A line stacked onto a header from above (a metadata row's
 * wrapped tail, `标 | 感和满意度。` over 一级指标 | 二级指标 …; a `单位：万元`
 * line) is not on the next page, where the header repeats without it; a
 * page laid out anew may set the named line's words in other cells while
 * the line above (指标性 | 度量单) is the same.
 */
gboolean jx_header_repeats(const jx_header *h, const jx_header *open);
/*
 * TRUE when one-line headers `h` and `open` give the same words in the same
 * order, the target's and its unit's in one cell of `open` and apart in
 * `h`: a page of a few rows gives a layout dump no valley between two
 * header words set one space apart (`年度指标值 计量单位` one cell), a fuller
 * page of the same table parts them.
 */
gboolean jx_header_parts_open(const jx_header *h, const jx_header *open);
/* Inserts a column of `role` headed `text` at column `at` (0 .. n_cols) of
 * `h`, the columns from `at` on moving right: a table continued with a
 * column its header has not (a 名称 column of work items on a later page). */
void jx_header_insert_column(jx_header *h, int at, jx_role role, const char *text);
/* TRUE when `h` has one label column (指标类别, 指标类型): a level-1 column
 * and no level-2 one.  Its cells join both labels, or level-1 labels stand
 * on rows of their own over rows labelled with level-2 ones. */
gboolean jx_header_one_label_column(const jx_header *h);
/* Where the words of a lower header row go among the upper row's, `roles`
 * their header-word roles (the upper row's k, then the lower row's up to
 * n): `owner[t]` gets the upper word whose group takes word t (绩效指标 over
 * 一级指标 | 二级指标, 全年指标值 over 符号 | 指标值 | 单位), the groups in
 * order, each taking a run of the lower words.  FALSE when some lower word
 * finds no group, a group would span one column, or the lower row is
 * nothing but values (targets side by side, 半年 | 全年, are columns, not a
 * group's parts). */
gboolean jx_header_lower_row(const jx_role *roles, int k, int n, int *owner);
/* TRUE when grid row `row` is a header row: at least `min_words` header
 * words, and header words make up most of its non-empty cells. */
gboolean jx_header_row(const jx_grid *grid, int row, int min_words, jx_facts *facts);
/* The role a header word names, or JX_ROLE_NONE. */
jx_role jx_header_word_role(const char *norm);
/* TRUE when normalized `norm` states the unit of a table's figures (金额单位:万元,
 * 单位:元): a caption over the table — alone, its 金额 makes no budget table. */
gboolean jx_header_is_unit_caption(const char *norm);
/* jx_header_word_role(norm) == JX_ROLE_ROWHEAD, without searching the
 * whole vocabulary: asked of texts that are seldom header words at all. */
gboolean jx_header_is_rowhead(const char *norm);
/* FALSE when no text that opens with normalized `norm` is a row header's
 * word (jx_header_is_rowhead): pieces joined after it cannot make one. */
gboolean jx_header_may_grow_into_rowhead(const char *norm);
/* TRUE when normalized `norm` may open with a row-header word (年度绩效指标
 * 产出指标): a cheap test before looking for one run into a label. */
gboolean jx_header_opens_with_rowhead(const char *norm);
/* The header vocabulary as data, for tests: its size, the i-th word (NULL
 * past the end), and the index of the entry a header text matches first (-1
 * when none).  Every word must find its own entry: an entry that an earlier
 * one shadows can never match. */
gsize jx_header_vocab_size(void);
const char *jx_header_vocab_word(gsize i);
gssize jx_header_vocab_find(const char *norm);
/* The role of `norm` when it is a label column's head word as it stands
 * (一级指标, 二级指标: JX_ROLE_LEVEL1, JX_ROLE_LEVEL2), else JX_ROLE_NONE. */
jx_role jx_header_label_head(const char *norm);

/* ------------------------------------------------------------- cell facts */

/* What a cell's text is, from its text alone (see facts.c). */
typedef struct {
    char *norm;          /* jx_norm_text(raw), in the entry's allocation */
    glong chars;         /* characters of norm */
    jx_cell_kind kind;   /* jx_cell_classify(norm); JX_CK_EMPTY when empty or unreadable;
                            set by jx_facts_of only (kind_known) */
    jx_role role;        /* jx_header_word_role(norm) */
    gboolean opens_rowhead; /* jx_header_opens_with_rowhead(norm) */
    gboolean unreadable; /* nothing but undecodable bytes */
    gboolean kind_known; /* kind is set (jx_facts_lookup leaves it to jx_facts_of) */
    /* the document builder's question of every cell (document.c): the
     * metadata key the text is, once asked (key_known), and the key's unit
     * (owned, may be NULL) */
    gboolean key_known;
    int key;
    char *key_unit;
    /* ... and whether the text is the first line of a name key wrapped in a
     * narrow column, once asked (name_head_known): asked of every cell of
     * every grid */
    gboolean name_head_known;
    gboolean name_head;
    /* the header reader's: whether the text may be a piece of a header cell
     * stacked over lines (header.c, piece_known), asked of every row's cells */
    gboolean piece_known;
    gboolean piece;
} jx_cell_facts;

/* A bounded memo of cell facts by raw text, shared by the table finder and
 * the document builder so that a document's cells are normalized once.  A
 * returned pointer stays valid until the next jx_facts_of, jx_facts_lookup
 * or jx_facts_clear call: copy what you keep. */
jx_facts *jx_facts_new(void);
void jx_facts_clear(jx_facts *m);
void jx_facts_free(jx_facts *m);
/* The calling thread's memo, kept from document to document (a fresh one
 * when it is already lent), and its return: jx_facts_give_back frees a memo
 * that was not the thread's. */
jx_facts *jx_facts_borrow(void);
void jx_facts_give_back(jx_facts *m);
const jx_cell_facts *jx_facts_of(jx_facts *m, const char *raw);
/* The facts of `raw` without its classification (kind), which costs several
 * times the rest and the document builder never asks; the entry is the
 * memo's, and the caller may fill its key fields. */
jx_cell_facts *jx_facts_lookup(jx_facts *m, const char *raw);
/* While held, the memo does not start over when full: every entry returned
 * stays valid until it is let go (FALSE), so a caller reading a grid can
 * keep its cells' entries instead of copying them; it grows by one grid's
 * texts at most beyond its bound.  Returns whether it was held before. */
gboolean jx_facts_hold(jx_facts *m, gboolean held);

/* ------------------------------------------------------------- tables */

/* A row of a logical table: its non-empty cells, in column order. */
typedef struct {
    GPtrArray *cells; /* jx_pcell* (owned: each alone, or in `block`) */
    gpointer block;   /* owns the cells a grid row was read into, made in one
                         allocation with their texts; NULL for none.  A copy
                         of a row struct must not keep it. */
    int line;         /* source line, 0 unknown */
    int page;         /* 1-based, 0 unknown */
    gboolean page_start; /* first row after a page break / table split */
    gboolean reheaded;   /* first row after the table's header repeated (a
                            page that starts the table anew) */
    gboolean guessed;    /* a cell stream's row whose reading is a guess */
    gboolean before_task; /* taken before a later part gave the table its work-item
                             column (jx_header_insert_column): it has no work item,
                             none to fill in from the rows of that part */
} jx_prow;

/* A header cell wrapped in a narrow column with its first line left above
 * the header row (the line `above`, pieces parted by spaces: `序 指标分`)
 * and its last in the row under it (`row`: `号` | `类`, in columns the
 * header names nothing in): when each piece joined with the cell under it
 * is a header word and neither is one alone, the columns get the words'
 * roles (a one label column 指标分类 becomes the level-1 one).  TRUE when
 * joined: `row` is the header's, no data. */
gboolean jx_header_join_wrapped(jx_header *h, const char *above, const jx_prow *row);

/* A header cell's first line alone on the grid row above the header (`一级`
 * over `指标 | 二级指标 | …`): `above`, the one cell of that row (NULL:
 * none, or several), stands in column `col`.  When it and the header's cell
 * under it join into a header word neither is alone and no other column
 * has that word's role, the column of a target table's header gets it.
 * TRUE when joined. */
gboolean jx_header_join_head_above(jx_header *h, const char *above, int col);

/* A table as the reader sees it: the parts of one table over page breaks. */
typedef struct {
    jx_header *header;
    GPtrArray *rows; /* jx_prow* (owned), data rows only */
    int index;       /* 1-based among the document's recognized tables */
    GPtrArray *grids; /* jx_grid* the table's rows point into and it owns (a
                         cell stream read back), or NULL */
    char **above;     /* the non-empty lines just above the table (at most 3, since
                         the grid before it), normalized, nearest last: its caption
                         (表 4-1：决策指标评分结果汇总表) and unit line (单位：万元) */
    char *project;    /* the 项目名称 stated between the table before and this one
                         (a line or a metadata row), normalized, or NULL */
    int year;         /* the year the first line stating one before the table says
                         (0: none), which sets 成本指标's level (jx_cost_is_level2_in) */
    gboolean page_dump; /* its header's grid is a text dump of printed pages
                           (jx_grid_is_page_dump): its merged labels stand where
                           the page printed them */
} jx_ptable;

/*
 * Finds the tables of `src`: grids with a recognized header, with later grids
 * that continue them (a repeated header, or rows of the same shape after a
 * page break) appended.  A headerless grid after a target table that does
 * not continue it is said in `warnings` (char*, appended; the caller owns
 * the array), so no row goes unread without a word.  Notes and signature
 * lines after a table end it and are appended to `notes` (char*, the
 * caller's), normalized, in document order.  Returns a new array of
 * jx_ptable* (owned, free with g_ptr_array_unref).
 */
GPtrArray *jx_tables_find(const jx_source *src, GPtrArray *warnings, GPtrArray *notes,
                          jx_facts *memo);
/* The cell of `row` in column `col`, or NULL. */
jx_pcell *jx_prow_cell(const jx_prow *row, int col);
/* TRUE when normalized `text` is nothing but a piece of a group weight
 * (分), 0分), 40分), `)`, `(40`): the rest of a level-1 label whose other
 * piece is read elsewhere, no label of its own. */
gboolean jx_weight_piece_only(const char *text);
/* A new cell of a row: `like`'s fields with copies of `raw` and `norm`, the
 * texts in the cell's own allocation (so they cannot be replaced in place:
 * jx_prow_set_texts); freed with jx_pcell_free. */
jx_pcell *jx_pcell_new(const jx_pcell *like, const char *raw, const char *norm);
/* Frees a cell of a row (a jx_pcell*, its texts with it): a row's cells'
 * free function.  A cell in its row's block (in_block) stays: the row frees
 * the block. */
void jx_pcell_free(gpointer cell);
/* Gives the cell in column `col` of `row` copies of `raw` and `norm` (a new
 * cell in its place; pointers to the old one are no longer valid).  The new
 * cell, or NULL when the row has none in that column. */
jx_pcell *jx_prow_set_texts(jx_prow *row, int col, const char *raw, const char *norm);
void jx_prow_free(jx_prow *row);
void jx_ptable_free(jx_ptable *table);

/*
 * The same one block at a time, for a reader that never holds a whole
 * document: a jx_finder takes the blocks in document order and hands each
 * table to `done` (which owns it) as soon as nothing can add to it.
 * `line_counts` (the caller's, see jx_line_counts_add) must count the whole
 * document's lines before the first block: a line that recurs is page debris.
 * A grid given as `owned` is freed once no table still needs it.  `memo`
 * (borrowed, must outlive the finder) is where cell texts are classified;
 * the caller may share it with its document builder.
 */
typedef struct jx_finder jx_finder;
typedef void (*jx_table_fn)(jx_ptable *table, gpointer data);
jx_finder *jx_finder_new(const GHashTable *line_counts, GPtrArray *warnings, GPtrArray *notes,
                         jx_facts *memo, jx_table_fn done, gpointer done_data);
void jx_finder_take_grid(jx_finder *f, jx_grid *grid, gboolean owned);
/* `line`: the line number in the source (0 unknown); `page` 0: none. */
void jx_finder_take_line(jx_finder *f, const char *raw, int line, int page);
/* Settles what is pending and hands over the last table. */
void jx_finder_finish(jx_finder *f);
void jx_finder_free(jx_finder *f);

/*
 * Cell streams (cellstream.c): tables whose text lost its columns — one cell
 * per line, cells between single spaces or pipes, cells run together — read
 * back into grids.  A jx_cellrun sits in front of the table finder: it takes
 * every LINE block, gives back through `line_fn` the lines that are no part
 * of a stream (at once, or later when a suspected header comes to nothing)
 * and hands each stream it reads through `grid_fn` as a grid (the callee
 * owns it): a header row in column order, then one row per indicator with
 * every cell in its column.  Everything comes out in document order.
 */
typedef struct jx_cellrun jx_cellrun;
/* `guessed` (gboolean per grid row, borrowed for the call): the row's
 * reading is a guess — a cell of it was cut out of text run together, or it
 * has no name or no target — and its records say so (flag stream-ambiguous).
 * `warning` (NULL: none) is for the document: the stream stopped inside a row. */
typedef void (*jx_cellrun_grid_fn)(jx_grid *grid, const GArray *guessed, const char *warning,
                                   gpointer data);
typedef void (*jx_cellrun_line_fn)(const char *raw, int line, int page, gpointer data);
jx_cellrun *jx_cellrun_new(jx_cellrun_grid_fn grid_fn, jx_cellrun_line_fn line_fn, gpointer data);
/* One line: `line` is its line number in the source (gaps are blank lines),
 * `page` 1-based or 0. */
void jx_cellrun_take_line(jx_cellrun *c, const char *raw, int line, int page);
/* Ends whatever stream is open (before a grid block, at the end). */
void jx_cellrun_finish(jx_cellrun *c);
void jx_cellrun_free(jx_cellrun *c);

/* TRUE when normalized `norm` is a qualitative target as tables print
 * them (按时完成, 有效提升, 明显改善): a target, not a name. */
gboolean jx_stream_is_qualitative(const char *norm);
/* TRUE when normalized `norm` is a whole target of absence a cost or side
 * effect states (无明显社会成本, 无不良影响, 较小, 无): a target, not a name. */
gboolean jx_stream_is_absence_target(const char *norm);
/* TRUE when normalized `norm` is a target made of two listed ones
 * (长期有效): a target, not a name. */
gboolean jx_stream_is_compound_target(const char *norm);
/* TRUE when normalized `norm` reads as a work item whole (a verb of work,
 * its object and a word that closes such a phrase: 推进小型水库除险加固), a
 * duty group's level-2 label or a 名称 cell, never an indicator's name. */
gboolean jx_stream_is_work_item(const char *norm);
/* What a row leaving a column of this role empty costs a reading of it:
 * labels (merged) little, a name or a target much. */
double jx_stream_skip_cost(jx_role role);
/* The year a short line (a title, `（2023年度）`) says, or 0. */
int jx_stream_year_stated(const char *raw);
/* TRUE when a header word `norm` heads a column of targets the record does
 * not keep (中期指标值 beside 年度指标值). */
gboolean jx_stream_sets_aside_targets(const char *norm);
/* 成本指标 became a level-1 indicator with the 2021 framework (before, a
 * level-2 under 产出指标). */
#define JX_COST_LEVEL1_SINCE 2021

/* TRUE when `text` is a label of either level as it stands (a level-1 or
 * a level-2 label the taxonomy knows, under any level-1). */
static inline gboolean jx_label_either_level(const char *text)
{
    return jx_taxonomy_label_level(text) != 0;
}

/* TRUE when normalized `text` opens a standard label of either level
 * short of its end (jx_taxonomy_opens_label at level 1 or 2: `成本`,
 * `经济成本`, `可持续`): the first line of a wrapped label, whichever. */
static inline gboolean jx_label_opens_either_level(const char *text)
{
    return jx_taxonomy_opens_label(text, 1) || jx_taxonomy_opens_label(text, 2);
}

/* TRUE when a form of `year` (0: it states none) sets 成本指标 as a level-2
 * under 产出指标: one stating a year before JX_COST_LEVEL1_SINCE.  A form
 * stating no year is read as the current framework's. */
static inline gboolean jx_cost_is_level2_in(int year)
{
    return year != 0 && year < JX_COST_LEVEL1_SINCE;
}

/*
 * Column blocks (colblocks.c): a table plain `pdftotext` printed block by
 * block — a column at a time for a group of rows, header words among the
 * data, empty cells gone.  A jx_colblocks sits in front of a jx_cellrun:
 * it holds a region that opens with a header word, reads it when it is
 * that form (its names and targets zipped in order, the labels printed
 * before a name over it) and hands the grid through `grid_fn`; any other
 * region goes on to `next` line by line, in order.
 */
typedef struct jx_colblocks jx_colblocks;
jx_colblocks *jx_colblocks_new(jx_cellrun *next, jx_cellrun_grid_fn grid_fn, gpointer data);
void jx_colblocks_take_line(jx_colblocks *b, const char *raw, int line, int page);
/* Ends whatever region is held (before a grid block, at the end). */
void jx_colblocks_finish(jx_colblocks *b);
void jx_colblocks_free(jx_colblocks *b);

/* Counts of a document's short lines by normalized text (running heads and
 * footers recur): a new table, and one line added. */
GHashTable *jx_line_counts_new(void);
void jx_line_counts_add(GHashTable *counts, const char *raw);

/* ------------------------------------------------------------- rows */

/*
 * Assigns the cells of `row` to the roles of `header`: an order-preserving
 * match that scores each cell by what it is and, less, by where it stands, so
 * rows whose empty cells were dropped (shifted left) or padded (shifted right)
 * land right.  Fills `assign` (row->cells->len entries) with the role of each
 * cell (JX_ROLE_NONE when no role fits).  Returns TRUE when any cell sits
 * in a column other than its role's.
 */
gboolean jx_align_row(const jx_header *header, const jx_prow *row, jx_role *assign);
/* How well a cell of `kind` fills a column of `role` (the aligner's table);
 * JX_ALIGN_NEVER when it never does. */
#define JX_ALIGN_NEVER (-1000.0)
double jx_align_compat(jx_cell_kind kind, jx_role role);
/* The columns the last packed grid's header was laid out in (unpack.c):
 * a packed grid of rows alone after it (a section line `产出指标` between
 * them parted the text) goes on with its table.  Zeroed: none. */
typedef struct {
    jx_role *roles; /* width entries, owned; NULL: none */
    int width;
} jx_unpack_carry;
void jx_unpack_carry_clear(jx_unpack_carry *carry);
/* A grid whose rows hold only their own cells, packed from the left (a
 * scraper's flattened HTML table), laid out again under its header's
 * columns (unpack.c); NULL when `grid` is not such a grid or needs nothing.
 * `year`: the year the document states, 0 when none.  `carry`: the grids
 * before's header (read, then the last header of `grid`'s, cleared when
 * `grid` is not packed). */
jx_grid *jx_unpack_grid(const jx_grid *grid, jx_facts *memo, int year, jx_unpack_carry *carry);
/* The same with every cell taken `offset` columns from where it stands (a
 * block of rows a converter set off together, a page shifted left, is read
 * with the offset its unambiguous rows show), and with the roles `taken`
 * marks (JX_ROLE_COUNT entries, may be NULL) already filled — by a merged
 * cell from a row above. */
gboolean jx_align_row_offset(const jx_header *header, const jx_prow *row, int offset,
                             const gboolean *taken, jx_role *assign);

/* The same, filling `cols` (may be NULL; row->cells->len entries) with the
 * header column each cell was matched to, -1 for none: a header may name a
 * role more than once (分值 beside each level of a score table) and which of
 * them a cell filled says what it belongs to. */
gboolean jx_align_row_cols(const jx_header *header, const jx_prow *row, int offset,
                           const gboolean *taken, jx_role *assign, int *cols);

/* Emits the indicator records of a target table into `out`. */
void jx_target_emit(const jx_source *src, const jx_ptable *table, jx_record_list *out);

/*
 * The project a piece of metadata names: `key` and `value` a label cell and
 * the cell after it (项目名称 | 乡村道路养护), or `key` alone a line or cell
 * `项目名称:乡村道路养护` (`value` NULL); both normalized.  Returns a new
 * string, or NULL when the key names no project or the value is empty.
 */
char *jx_meta_project(const char *key, const char *value);
/* The same for a row's label cell, `key_raw` its source text, through the
 * document's facts `memo` (the key read once per text: the document
 * builder has read it already); `value_raw` the value cell's source text,
 * `next_raw` the next non-empty cell's on the row, or NULL.  A grid whose
 * columns are another table's (a PDF table read from where its text
 * stands) may cut the name at a space (`2022` | `年养老服务体系建设资金`) or
 * run the next key into it (`防灾减灾救灾专项资金 主管部门`). */
char *jx_meta_project_cells(jx_facts *memo, const char *key_raw, const char *value_raw,
                            const char *next_raw);

/* The text of `value`, a cell of row `r` of `grid`, joined with the piece
 * the line below prints under it when that line only finishes row r's
 * cells (a layout dump's head row wrapped: `2020年某某专项资` / `金`); NULL
 * when there is none.  A new string.  Through the document's facts `memo`
 * (held while it reads). */
char *jx_meta_value_with_tail(jx_facts *memo, const jx_grid *grid, int r, const jx_cell *value);
/* TRUE when normalized `key` is a document field's label (项目名称, 主管部门,
 * 实施单位, 资金总额 …: what a `label | value` metadata row starts with). */
gboolean jx_meta_is_key(const char *key);
/* The project a line names (`项目名称:X`, or `项目名称 X`: the key and the
 * name parted by spaces), `raw` as read and `norm` its jx_norm_text; a new
 * string, or NULL. */
char *jx_meta_project_line(const char *raw, const char *norm);
/* TRUE when normalized `key` is the label of a project's name (项目名称). */
gboolean jx_meta_is_project_key(const char *key);
/* TRUE when row `r` of `grid` is a `label | value` row of a form's metadata
 * (项目名称 | 学生资助补助资金, 主管部门 | 某县教育局): a document field's label
 * followed by a cell that is no header word (a budget table's `项目名称 |
 * 预算金额` is a header line). */
gboolean jx_header_metadata_row(const jx_grid *grid, int r);
/* The first two filled cells of row `r` of `grid`, normalized (new strings,
 * g_free), left to right: a metadata row's label and value.  NULL where the
 * row has fewer. */
void jx_grid_row_pair(const jx_grid *grid, int r, char **key, char **value);

/* ------------------------------------------------------------- scores, budgets */

/* TRUE for a summary row's label (合计, 总分, 得分合计, 小计 …), normalized (cell.c). */
gboolean jx_score_is_summary(const char *norm);
/* TRUE when a normalized cell is an indicator code alone (`A11`, `D1`): what a
 * code column (指标编号) holds. */
gboolean jx_score_is_bare_code(const char *norm);
/* TRUE for a self-evaluation table's header (年度指标值 and 实际完成值 beside
 * 分值/得分): its rows are indicators with actual values (target.c), not
 * score records. */
gboolean jx_score_is_self_evaluation(const jx_header *h);
/* What a column of a 项目资金 block holds: 年初预算数, 全年预算数, 全年执行数,
 * 分值, 执行率, 得分. */
typedef enum {
    JX_FC_NONE = 0,
    JX_FC_PLANNED,
    JX_FC_ADJUSTED,
    JX_FC_SPENT,
    JX_FC_WEIGHT,
    JX_FC_RATE,
    JX_FC_SCORE
} jx_funds_col;
/* The column a funds header text names (`全年执行数` → JX_FC_SPENT), by the
 * block's vocabulary (funds.c); JX_FC_NONE for NULL or another text. */
jx_funds_col jx_funds_column(const char *text);
/* TRUE when `norm` (normalized) names a row of a 项目资金 block (年度资金总额,
 * 其中：财政拨款, 上年结转资金 …) and is not the block's merged label (funds.c). */
gboolean jx_funds_names_item(const char *norm);
/* The most figure columns a funds header has (年初预算数 … 得分 are six). */
#define JX_FUNDS_MAX_COLS 8
/* A funds row's cells placed in the header's figure columns. */
typedef struct {
    const jx_funds_col *cols; /* what each figure column holds, in order */
    int n;                    /* figure columns */
    gboolean adjusted;        /* the header has a 全年预算数 besides a 年初预算数 */
    const char *cell[JX_FUNDS_MAX_COLS]; /* NULL: left empty */
} jx_funds_placing;
/* How well a placement reads (a sum of funds.c's FP_ weights; higher: better). */
double jx_funds_placement_score(const jx_funds_placing *p);
/* Places the `k` cells `cells` (normalized, in their order) in the figure
 * columns of `p`, the best placement by jx_funds_placement_score; `*sure` is
 * FALSE when another reads nearly as well.  FALSE when there are more cells
 * than columns (funds.c). */
gboolean jx_funds_place_by_shape(jx_funds_placing *p, const char *const *cells, int k,
                                 gboolean *sure);
/* Emits the funds records of a self-evaluation's 项目资金 block (funds.c). */
void jx_funds_emit(const jx_source *src, const jx_ptable *table, jx_record_list *out);
/* TRUE for a row label that ends a self-evaluation's indicator rows: a
 * summary (总分, 合计) or the 自评得分 / 自评等级 line (normalized). */
gboolean jx_selfeval_is_footer(const char *norm);
/* TRUE for an empty cell or one that says "nothing here" in a
 * self-evaluation (`—`, `-`, `/`, `无`, `不适用`), normalized. */
gboolean jx_selfeval_is_blank(const char *norm);
/* A leading organisation code dropped from a name (`305-某县农业农村局`,
 * `[015001]某区教育局` → the name).  New string. */
char *jx_selfeval_strip_code(const char *norm);
/* Emits the score records of a scoring or indicator-system table (score.c). */
void jx_score_emit(const jx_source *src, const jx_ptable *table, jx_record_list *out);
/* Emits the budget records of a budget table (budget.c). */
void jx_budget_emit(const jx_source *src, const jx_ptable *table, jx_record_list *out);
/* TRUE when this version turns a table of this header into records (header.c). */
gboolean jx_table_extracted(const jx_header *h);

/* ------------------------------------------------------------- labels */

/* Where a merged label's text sits in its span. */
typedef enum {
    JX_PLACE_UNKNOWN = 0,
    JX_PLACE_TOP,     /* on the span's first row: fill down */
    JX_PLACE_CENTRED, /* on its middle row (vertically centred cell) */
    JX_PLACE_BOTTOM,  /* on its last row (bottom-aligned cell) */
    JX_PLACE_TOP_OR_CENTRED, /* either alike, as far as known (a habit, never
                                evidence): the rows' words choose */
} jx_placement;

/* Labels of one level over the rows of a table. */
typedef struct {
    int n;
    char **explicit_label; /* n entries: label written on that row, or NULL; in
                              `texts`, set with jx_label_column_set_explicit */
    char **resolved;       /* n entries: label after fill-down / centring, in
                              `texts` */
    GStringChunk *texts;   /* owns the explicit and resolved labels (equal
                              labels share one copy; none is freed alone) */
    gboolean *inferred;    /* n entries: label came from another row */
    gboolean *centred;     /* n entries: the label came from a row below */
    jx_placement *evidence; /* n entries: the placement the row's span shows, if any */
    int middle; /* the middle row of an even span its centred labels were read
                   on, where only rows place them: 1 upper, -1 lower, 0 either */
    double score; /* what the split jx_labels_resolve applied scores (higher:
                     better): its rows' evidence less its placement costs */
} jx_label_column;

/*
 * The words of each row's indicator name, for every label level of a table:
 * a name is normalized when a label first asks what it shares with it and
 * segmented (ICU's dictionary, the costly part) only when one of the
 * label's words occurs in it, since a name shares no word with a label none
 * of whose words it contains.  Each label's words, and what each row's
 * name shares with them, are kept too (labels.c, label_fit): every level
 * and every split tried asks them again.  Holds `names` (n entries, NULL:
 * no name) borrowed, and `seg`, which must outlive it.
 */
typedef struct jx_name_words jx_name_words;
jx_name_words *jx_name_words_new(jx_segmenter *seg, const char *const *names, int n);
void jx_name_words_free(jx_name_words *nw);
/* How many characters of row r's name's words are words of `label_words`
 * too (jx_norm_shared_chars); 0 for a row without a name. */
int jx_name_words_shared(jx_name_words *nw, int r, char *const *label_words);
/* Row r's name normalized (jx_norm_text), the names' own (NULL for a row
 * without a name): normalized once for every question asked of it. */
const char *jx_name_words_norm(jx_name_words *nw, int r);

/* What a label level is resolved with.  Every array has one entry per row
 * and may be NULL. */
typedef struct {
    char *const *parent;         /* resolved parent label: its changes bound the spans */
    jx_name_words *name_words;   /* the words of the row's indicator name (NULL:
                                    none): they tell its group.  Shared by all levels */
    char *const *children;       /* the row's label one level down: the taxonomy tells
                                    which of these labels it belongs under */
    char *const *child_explicit; /* the level below's labels as the dump prints them
                                  * (NULL on rows without one; may be NULL): see
                                  * row_lent_by_crossing_child in labels.c */
    const gboolean *child_start; /* rows where a span of the level below starts: a
                                    group prefers to be made of whole child groups */
    const jx_placement *regime;  /* the placement the region is known to use
                                    (jx_labels_regime of the level below) */
    const char *empty;           /* the label of rows in a span with no label */
    gboolean phrases;            /* labels are phrases (名称, a work item) that share
                                    their words with their rows' names by nature:
                                    shared words weigh little */
    /* Where rows and labels stand, in lines, when the table is a dump that
     * parts its rows with blank lines (a text browser's): a row's first and
     * last line (its wrapped lines included) and the line a row's label
     * stands on (the middle of its pieces).  Centring is then judged in
     * lines, with a row's pitch as slack: a browser centres a rowspan on its
     * lines however many each row takes.  NULL: by rows. */
    const double *line_lo, *line_hi, *label_line;
    /* ... and the first line of each row's own cells, its labels aside (0:
     * none known; NULL: not known), which a row's lines do not always
     * start at: a converter may read a piece of a row (its name) onto the
     * last line of the row above */
    const double *cells_lo;
    double line_pitch; /* lines from one row to the next, as a rule */
    /* Where the lines are known: a label stands within its span's lines, so
     * a span that does not reach the label's line is next to impossible —
     * true of a dump whose rows are its lines and whose labels stand on
     * lines of their own (score tables).  FALSE: lines place labels only. */
    gboolean label_inside;
    /* The lines are those of a dump whose rows follow each other and that
     * sets labels on lines of their own (a PDF's layout text: a vertically
     * centred label stands on the line nearest its span's middle, a wrapped
     * name takes lines of its row's own): where the region centres its
     * labels, centring is judged by lines and rows together and each line
     * off the middle costs (labels.c). */
    gboolean lines_ungapped;
    /* ... and, there, how many rows' height each row stands (NULL: one
     * each): a row with a blank line among its own lines (a name at its
     * top, its target centred lower) is that tall in the page, and a label
     * centred over a group counts it so (its rows' count alone puts the
     * middle too high under a tall first row). */
    const double *row_height;
    /* Rows that are labels alone and give no record (a label set on a line
     * of its own); NULL: every row gives one.  A group holds at least one
     * record: a span of such rows alone is next to impossible. */
    const gboolean *labels_only;
    /* Rows that open a part of the table its header, repeated, starts anew
     * (a page of a document whose tables break with their header); NULL:
     * none.  A merged label cell cut there may be centred within the part it
     * is written in: a span across the break judges its label there too.  (A
     * page break alone says nothing: a long cell may be centred across it.) */
    const gboolean *part_start;
    /* The output category each row's name tells by its ending
     * (jx_taxonomy_name_category; NULL entries: none): counts for the label
     * of that category where placement leaves a row's group open. */
    const char *const *name_category;
    /* Each row's page (0 unknown); NULL: not known.  A label centred over a
     * span that a page break cuts may stand in the middle of the span's part
     * on the first page: a word processor may set a cell cut by the break
     * centred in the part it starts in (labels.c, placed_cost). */
    const int *page;
    /* Each row's last page: its page, or a later one where a page break
     * cuts the row and it runs on there; NULL: its page. */
    const int *end_page;
    /* The lines are the printed page's own (a PDF read directly), not a
     * dump's: a label stands on a line of its own only where the page sets
     * it apart from every row's cells, and beside the row the page sets it
     * (labels.c, vote_labels_alone and top_of_cut_span). */
    gboolean lines_on_page;
    /* Per row: its label (of the column resolved) is set on one line, not
     * wrapped over several; NULL: not known.  A dump's line of a label
     * wrapped round a row is where the dump's rounding sets it, that of a
     * label on one line where the page does (labels.c, top_of_cut_span). */
    const gboolean *label_one_line;
    /* Where the dump numbers its rows' lines but they place no label (each
     * label on its row's line, line_lo NULL): each row's first and last
     * line, and the lines from one row's last line to the next one's first
     * (one more than the blank lines between), as a rule.  Only a label
     * alone in the gap between two records is read from them (labels.c,
     * in_gap_between_records).  NULL, 0: not known. */
    const double *row_first_line, *row_last_line;
    int row_gap;
    /* The parent spans are stated, not resolved (a one-label-column form's
     * section rows: target.c): one span that shows its placement, none
     * showing another, says the column's (see COLUMN_MIN_VOTES). */
    gboolean parents_stated;
    /* The middle row of an even span the table's centred labels use, as the
     * level below was read (jx_label_column.middle): one converter sets
     * every level alike.  0: what the column's own split shows. */
    int middle;
    /* The placement a column whose own rows show none takes instead of
     * top (JX_PLACE_UNKNOWN: top): where the level-1 column centres its
     * labels, the level-2 one may centre them as well, or not (a form may
     * set each column its own way), and top and centred cost alike. */
    jx_placement table_habit;
    /* Each row's name's first line (0: not known); NULL: not known.  A
     * label below its row's first line shows it centred only where it is
     * below the name's too: a row made tall by another column's label
     * wrapped above it (服务对象满 / 意度指标 over the name and its work
     * item) starts above both. */
    const double *name_line;
    /* Per row: its label's first piece stands below every line of its
     * row's other cells (name, targets), between it and the next row, where
     * every row's lines are known; NULL: not known.  A cell set at its
     * group's top prints its label on its first row's first line: one set
     * below all of its row is centred (labels.c, vote_span,
     * item_centred_by_its_lines). */
    const gboolean *label_apart;
    /* Per row: its label's lines wrap round every line of its row's other
     * cells (first above them, last below), where every row's lines are
     * known; NULL: not known.  A cell set at its group's top starts
     * level with its first row's cells: one wrapped round its row is
     * centred there (labels.c, item_centred_by_its_lines).  Its own cell's
     * evidence only: a one-row group's item wrapped round its row fits a
     * top placement too, so it casts no vote for the column. */
    const gboolean *label_round;
    /* The rows' evidence (shared words, the taxonomy's listing of
     * `children`, name categories) counts nothing, only how the labels are
     * placed: two readings of a label the taxonomy sets at either level
     * (成本指标) are weighed by the table alone, the words and the taxonomy
     * favouring one reading or the other by the label itself (target.c). */
    gboolean placement_only;
    /* Per row: its label's own placement (placed_cost) is left out of the
     * column's score, not out of the split; NULL: none.  A label written in
     * both columns to weigh two readings of it (target.c) is placed once. */
    const gboolean *unscored;
    /* The lines are a text dump's of printed pages (jx_ptable.page_dump),
     * not a text browser's or pandoc's: a merged label stands where the page
     * centred it, among its group's records as on its lines, where a text
     * renderer sets a rowspan cell by rules of its own (labels.c,
     * RECORD_BALANCE_COST). */
    gboolean page_dump;
} jx_label_context;

/*
 * Resolves one label level: splits the rows of each parent span among the
 * labels written in it (see labels.c).  `explicit_label[i]` is what row i
 * states (NULL when blank).  Where `ctx->regime` is unknown, a span whose
 * first row has no label is taken as centred, else as the column's other
 * spans show by their rows (two at least), else as filled down.
 */
void jx_labels_resolve(jx_label_column *col, const jx_label_context *ctx);
/* Gives the rows at the border of two resolved level-1 spans whose level-2
 * labels (ctx->children) the taxonomy lists under the other span's label
 * only to that span (whole level-2 groups; labels.c). */
void jx_labels_cede_border_rows(jx_label_column *col, const jx_label_context *ctx);
/* Fills `regime` (col->n entries) with the placement each row's region
 * showed: the nearest evidence above the row, else below, else unknown. */
void jx_labels_regime(const jx_label_column *col, jx_placement *regime);
/* Returns a new array of col->n + 1 flags (the caller frees it with g_free):
 * entry i is TRUE where row i starts a span of the resolved labels (row 0,
 * or a label other than the row above's); the last entry is FALSE.  Spans of
 * a level are where the level above may end (ctx->child_start). */
gboolean *jx_labels_child_starts(const jx_label_column *col);
void jx_label_column_init(jx_label_column *col, int n);
/* Sets row i's explicit label to a copy of `label` (NULL: none) the column
 * owns; the caller keeps `label`. */
void jx_label_column_set_explicit(jx_label_column *col, int i, const char *label);
/* A level-1 and a level-2 label joined in one cell of a form's one label
 * column (`产出指标-数量指标`): sets *l1, *l2 (new strings) and returns TRUE
 * where a joiner parts a known level-1 from a level-2 placed under it. */
gboolean jx_labels_split_joined(const char *joined, char **l1, char **l2);

/* Two labels side by side in one cell with no joiner, a space apart or none
 * (`产出指标 数量指标`: Chromium sets two narrow label columns' words a
 * space apart and `pdftotext -layout` keeps them one cell): sets *l1, *l2
 * (new strings) and returns TRUE when `text` is a level-1 label written out
 * in full (`…指标`) then a level-2 label written out in full the taxonomy
 * lists under it, and no label whole itself; FALSE for anything else. */
gboolean jx_labels_split_adjacent(const char *text, char **l1, char **l2);

/* The bytes of the mark joining a level-1 and a level-2 label in one cell
 * (`产出指标-数量指标`, `满意度/服务对象满意度`) that `p` starts with, or 0
 * (the same marks jx_labels_split_joined parts at). */
gsize jx_labels_joiner_at(const char *p);

/* TRUE when `text` joins a level-1 and a level-2 label in one cell
 * (jx_labels_split_joined parts it), the parts not wanted. */
gboolean jx_labels_joined(const char *text);
void jx_label_column_clear(jx_label_column *col);

/* ------------------------------------------------------------- notes */

typedef enum {
    JX_NOTE_NONE = 0,
    JX_NOTE_REMARK,    /* 注:…, 备注:…, 说明:… */
    JX_NOTE_SIGNATURE, /* 填报人:…, 联系电话:…, 填报日期:… */
} jx_note_kind;

/* What a normalized line or cell is: a remark, a signature line, or neither. */
jx_note_kind jx_note_classify(const char *norm);
/* Appends the notes of a normalized note line to `out` (char*, owned by the
 * array): a remark as one string, a signature line as one string per field
 * (`填报人:张三`, `联系电话:0791-…`). */
void jx_note_collect(const char *norm, GPtrArray *out);
/* TRUE when a line continues a remark above it: its next numbered item
 * (`2.…`, `2、…`, `(2)…`). */
gboolean jx_note_continues(const char *norm);

/* ------------------------------------------------------------- prose */

/*
 * The running text of a report (prose.c): `fact` records — budget, spent
 * amount and execution rate stated in sentences, per project section — and
 * the report's metadata (score_total, grade, evaluator, bands).  Lines come
 * in document order before the tables are known; jx_prose_take_table then
 * marks the lines that were table rows, and what they state is dropped.
 *
 * A heading is a short line (at most 50 characters, no 。 or ;) numbered
 * `一、`, `(一)`, `1.`, `1、`, `(1)`, `1.1`, `第一章`; the section's subject is
 * the deepest heading that names a project rather than a part of the report
 * (`绩效目标实现情况`).  Statements are sentences (。；!?), a sentence that
 * starts with 其中 continuing the one before; lines wrapped from running
 * text (PDF) are joined first.
 */
typedef struct jx_prose jx_prose;
jx_prose *jx_prose_new(void);
void jx_prose_free(jx_prose *p);
/* One LINE block `raw`, `norm` its jx_norm_text (NULL: normalized here);
 * `line` its line in the source (0 unknown), `page` 1-based or 0. */
void jx_prose_take_line(jx_prose *p, const char *raw, const char *norm, int line, int page);
/* A table found in the document: its rows' lines are not prose. */
void jx_prose_take_table(jx_prose *p, const jx_ptable *t);
/* What the document record must say of the prose, when anything (a huge
 * document's prose read only in part), as a new string, or NULL. */
char *jx_prose_warning(jx_prose *p);
/* Sets score_total, grade and evaluator on `doc` (null when the prose states
 * none with confidence) and bands (only when printed). */
void jx_prose_metadata(jx_prose *p, jx_record *doc);
/* The fact records, in document order; `fallback_subject` (may be NULL) is
 * the subject of statements under no heading that names a project (the
 * document's project).  A new list. */
jx_record_list *jx_prose_facts(jx_prose *p, const char *doc, const char *fallback_subject);

/* ------------------------------------------------------------- document */

/* Fills document metadata into `doc` (title, kind, year, org, project, amount).
 * `memo` (borrowed, must outlive the builder): the cell facts it reads, the
 * table finder's of the same document (its cells normalized once). */
typedef struct jx_doc_builder jx_doc_builder;
jx_doc_builder *jx_doc_builder_new(jx_facts *memo);
void jx_doc_builder_free(jx_doc_builder *b);
/* Every block of the document, in order (metadata, heading lines)… */
void jx_doc_builder_take_line(jx_doc_builder *b, const char *raw, int line, int page);
void jx_doc_builder_take_grid(jx_doc_builder *b, const jx_grid *grid);
/* …and every table found, in order (kinds, the first target table's header). */
void jx_doc_builder_take_table(jx_doc_builder *b, const jx_ptable *t);
/* The document record: what the source says of itself, its title, kind,
 * year, org, project and amount, the source's and the tables' warnings and
 * the notes, and what its prose says of the report (score_total, grade,
 * evaluator, bands).  A new record. */
jx_record *jx_doc_builder_finish(jx_doc_builder *b, const jx_source *src,
                                 const GPtrArray *table_warnings, const GPtrArray *notes);
/* The fact records of the prose (after every table has been taken).  A new list. */
jx_record_list *jx_doc_builder_facts(jx_doc_builder *b, const jx_source *src);

/*
 * jx_parse_source_each whose `take` owns each record it is handed: a caller
 * that keeps a document's records (the importer's worker keeps them for the
 * checker) takes them as they are made instead of copying each one.
 */
gboolean jx_parse_source_give(const jx_source *src, jx_record_take_fn take, gpointer user_data);

/*
 * Parsing a document too large to hold: the pipeline splits the text three
 * times (passes 0, 1, 2), handing each block to jx_stream_take_block (which
 * owns and frees it) between jx_stream_begin_pass and jx_stream_end_pass.
 * Records go to `fn` as jx_parse_source_each sends them — the same records in
 * the same order — with memory bounded by the largest table rather than the
 * document.  jx_stream_end_pass returns FALSE once `fn` has asked to stop.
 */
typedef struct jx_stream jx_stream;
jx_stream *jx_stream_new(const jx_source *src, jx_record_fn fn, gpointer user_data);
/* jx_stream_new whose records are handed over to `take` (jx_parse_source_give). */
jx_stream *jx_stream_new_giving(const jx_source *src, jx_record_take_fn take, gpointer user_data);
void jx_stream_begin_pass(jx_stream *s, int pass);
void jx_stream_take_block(jx_block *block, gpointer s);
gboolean jx_stream_end_pass(jx_stream *s);
void jx_stream_free(jx_stream *s);
#define JX_STREAM_PASSES 3

#endif /* JX_PARSE_H */
