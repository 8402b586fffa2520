/*
 * core.h — types shared by every stage: cells, grids, sources and records.
 *
 * Internal to libjixiao.  The public header exposes these types as opaque;
 * stages build them with the functions below.  Nothing here knows what a row
 * means: that is parse's job.
 */
#ifndef JX_CORE_H
#define JX_CORE_H

#include "jixiao.h"

#include <gmodule.h>

struct jx_cell {
    char *text; /* raw text as in the source; never NULL; owned by the grid
                   (jx_grid_set_cell_text replaces it) */
    int row, col;
    int rowspan, colspan;
    int page; /* 1-based, 0 unknown */
    gboolean has_box;
    double x0, y0, x1, y1;
    gboolean continues; /* wrapped on from the cell above it in its column, as its
                           producer knows (a PDF's line spacing); FALSE unknown */
};

struct jx_grid {
    int n_rows, n_cols;
    jx_cell **cells;   /* n_cells jx_cell* (in `blocks`), in insertion order, room
                          for cells_cap: a plain array, where a GPtrArray's add (a
                          call and its growth check, ~60 instructions) was paid
                          for every cell of every grid */
    guint n_cells, cells_cap;
    GPtrArray *blocks; /* owns the arrays of jx_cell the cells live in */
    int block_used, block_cap; /* cells used and held in the last block */
    GStringChunk *texts; /* owns the cells' texts */
    jx_cell **at;      /* n_rows*n_cols: cell starting at (r,c), or NULL */
    jx_cell **cover;   /* n_rows*n_cols: cell covering (r,c), or NULL */
    GArray *row_lines; /* int per row: 1-based source line, 0 unknown */
    GArray *row_pages; /* int per row: 1-based page, 0 unknown */
    gboolean sealed;   /* lookups built */
    gboolean loose;    /* lines a PDF page prints under a ruled table, read as one row
                          by where their words stand (jx_grid_set_loose) */
    gboolean page_dump; /* read from a text dump of printed pages (jx_grid_set_page_dump) */
};

typedef struct {
    jx_block_kind kind;
    char *text;     /* LINE: raw text */
    jx_grid *grid;  /* GRID */
    int line;       /* 1-based source line where the block starts, 0 unknown */
    int page;       /* 1-based, 0 unknown */
} jx_block;

/* Receives a block as extraction makes it; the callee owns `block` (free it
 * with jx_block_free). */
typedef void (*jx_block_fn)(jx_block *block, gpointer data);

struct jx_source {
    jx_block_fn consumer; /* when set, blocks go to it instead of into `blocks` */
    gpointer consumer_data;
    char *name;
    char *path;
    char *sha256;
    char *format;
    char *encoding;
    int pages;
    GPtrArray *blocks;   /* owns jx_block* */
    GPtrArray *warnings; /* owns char*, NULL-terminated view kept by jx_source_warnings */
    char *unreadable;    /* owned: which pages could not be read and what to do (a
                            readable document with scanned pages), or NULL */
};

/* ---- grid building (extract) ---- */

/* Creates an empty grid; free with jx_grid_free. */
jx_grid *jx_grid_new(void);
void jx_grid_free(jx_grid *grid);
/*
 * Adds a cell whose top-left corner is (row, col).  `text` is copied (NULL
 * becomes "").  Spans < 1 are treated as 1.  Returns the cell (owned by the
 * grid) so the caller may set page and box.  Adding after the grid has been
 * read is allowed: lookups are rebuilt on the next read.
 */
jx_cell *jx_grid_add_cell(jx_grid *grid, int row, int col, int rowspan, int colspan,
                          const char *text);
/* Replaces a cell's text with a copy of `text` (NULL: ""); the cell must be
 * `grid`'s.  The old text stays allocated until the grid is freed. */
void jx_grid_set_cell_text(jx_grid *grid, jx_cell *cell, const char *text);
/* Records the source line and page of a row (extends the grid's row count). */
void jx_grid_set_row_origin(jx_grid *grid, int row, int line, int page);
/* Marks a grid as loose: the lines a page prints under its last ruled
 * table, read as one row by where their words stand, beside those lines
 * (which are blocks of their own too).  They may be the table's row a page
 * break left outside the rules, or not: that is parse's to decide, by
 * whether the next grid continues the table.  Readers of tables skip it. */
void jx_grid_set_loose(jx_grid *grid);
gboolean jx_grid_is_loose(const jx_grid *grid);
/* Marks a grid as read from a text dump of printed pages (pdftotext
 * -layout: form feeds part its pages, and each line holds the words the
 * page prints at that height), not from a text browser's or pandoc's
 * table: a cell merged over rows stands where the page printed it (a
 * spreadsheet's or word processor's PDF centres it vertically), not where a
 * text renderer's own rules put a rowspan cell.  Parse reads it, never the
 * producer's name. */
void jx_grid_set_page_dump(jx_grid *grid);
gboolean jx_grid_is_page_dump(const jx_grid *grid);
/* TRUE when column `col` of `grid` holds no text in the rows from `from`
 * to the last (a column past the grid's holds none). */
gboolean jx_grid_col_blank_from(const jx_grid *grid, int from, int col);
/* Sets the box of a cell (PDF input). */
void jx_cell_set_box(jx_cell *cell, double x0, double y0, double x1, double y1);

/* ---- grid reading (parse) ---- */

/* The cells starting on `row`, by column: jx_grid_n_cols entries, each what
 * jx_grid_cell gives for that column (NULL where no cell starts); NULL when
 * the row is out of range or the grid has no column.  Valid until a cell is
 * next added to the grid.  A loop over every column of a row asks this once
 * instead of jx_grid_cell per column (a call with its range and seal checks
 * each, half a million of them a batch of documents). */
const jx_cell *const *jx_grid_row_cells(const jx_grid *grid, int row);

/* The cell of (row, col), in range, of `grid`'s `at` table (`covering`
 * FALSE) or its `cover` table, once grid.c has built the tables: what the
 * lookups below call for a grid not yet sealed, out of line so their usual
 * path sets up no stack frame. */
const jx_cell *jx_grid_lookup_unsealed(jx_grid *grid, int row, int col, gboolean covering);

/*
 * The library's own reads of a grid: inline versions of jixiao.h's
 * accessors, same contracts (those stay, exported, for other programs).
 * The parser reads cells by position and their texts millions of times a
 * batch of documents; a call across files for each (which gcc cannot inline
 * without link-time optimisation) was about 1 % of a text parse.  The
 * macros below send every call written in the library to them; grid.c
 * defines the exported functions with their names in parentheses.
 */
static inline int jx_grid_n_rows_inline(const jx_grid *grid)
{
    return grid ? grid->n_rows : 0;
}

static inline int jx_grid_n_cols_inline(const jx_grid *grid)
{
    return grid ? grid->n_cols : 0;
}

static inline const char *jx_cell_text_inline(const jx_cell *cell)
{
    return cell ? cell->text : "";
}

/* jx_grid_cell (`covering` FALSE) or jx_grid_cell_covering (TRUE). */
static inline const jx_cell *jx_grid_lookup_inline(const jx_grid *grid, int row, int col,
                                                   gboolean covering)
{
    if (!grid || row < 0 || col < 0 || row >= grid->n_rows || col >= grid->n_cols)
        return NULL;
    if (G_UNLIKELY(!grid->sealed))
        return jx_grid_lookup_unsealed((jx_grid *)grid, row, col, covering);
    gsize at = (gsize)row * grid->n_cols + col;
    return covering ? grid->cover[at] : grid->at[at];
}

/* A cell's place, spans and page, and a row's source line, page and cells:
 * read as often as the texts (a row's cells and their spans by every
 * stage that walks a table), inline for the same reason. */
static inline int jx_cell_row_inline(const jx_cell *cell) { return cell ? cell->row : 0; }
static inline int jx_cell_col_inline(const jx_cell *cell) { return cell ? cell->col : 0; }
static inline int jx_cell_rowspan_inline(const jx_cell *cell) { return cell ? cell->rowspan : 1; }
static inline int jx_cell_colspan_inline(const jx_cell *cell) { return cell ? cell->colspan : 1; }
static inline int jx_cell_page_inline(const jx_cell *cell) { return cell ? cell->page : 0; }

static inline int jx_grid_row_line_inline(const jx_grid *grid, int row)
{
    if (!grid || row < 0 || row >= (int)grid->row_lines->len)
        return 0;
    return g_array_index(grid->row_lines, int, row);
}

static inline int jx_grid_row_page_inline(const jx_grid *grid, int row)
{
    if (!grid || row < 0 || row >= (int)grid->row_pages->len)
        return 0;
    return g_array_index(grid->row_pages, int, row);
}

/* jx_grid_row_cells: an unsealed grid is sealed by a lookup in range (out of
 * line, see jx_grid_lookup_unsealed) before its `at` table is read. */
static inline const jx_cell *const *jx_grid_row_cells_inline(const jx_grid *grid, int row)
{
    if (!grid || row < 0 || row >= grid->n_rows || grid->n_cols <= 0)
        return NULL;
    if (G_UNLIKELY(!grid->sealed))
        (void)jx_grid_lookup_unsealed((jx_grid *)grid, row, 0, FALSE);
    return (const jx_cell *const *)grid->at + (gsize)row * grid->n_cols;
}

#define jx_cell_row(cell) jx_cell_row_inline(cell)
#define jx_cell_col(cell) jx_cell_col_inline(cell)
#define jx_cell_rowspan(cell) jx_cell_rowspan_inline(cell)
#define jx_cell_colspan(cell) jx_cell_colspan_inline(cell)
#define jx_cell_page(cell) jx_cell_page_inline(cell)
#define jx_grid_row_line(grid, row) jx_grid_row_line_inline(grid, row)
#define jx_grid_row_page(grid, row) jx_grid_row_page_inline(grid, row)
#define jx_grid_row_cells(grid, row) jx_grid_row_cells_inline(grid, row)
#define jx_grid_n_rows(grid) jx_grid_n_rows_inline(grid)
#define jx_grid_n_cols(grid) jx_grid_n_cols_inline(grid)
#define jx_cell_text(cell) jx_cell_text_inline(cell)
#define jx_grid_cell(grid, row, col) jx_grid_lookup_inline(grid, row, col, FALSE)
#define jx_grid_cell_covering(grid, row, col) jx_grid_lookup_inline(grid, row, col, TRUE)

/* ---- source building (extract) ---- */

/* Creates an empty source; strings are copied; NULL name/path become "-". */
jx_source *jx_source_new(const char *name, const char *path, const char *format);
void jx_source_set_encoding(jx_source *src, const char *encoding);
void jx_source_set_sha256(jx_source *src, const char *hex);
/* Appends a LINE block (text copied). */
void jx_source_add_line(jx_source *src, const char *text, int line, int page);
/* Appends a GRID block; the source takes ownership of `grid`. */
void jx_source_add_grid(jx_source *src, jx_grid *grid, int line, int page);
/* Hands every block added from now on to `fn` instead of keeping it (NULL:
 * keep them again).  A reader can so see a file's blocks one at a time and
 * free them, without the source ever holding them all. */
void jx_source_set_consumer(jx_source *src, jx_block_fn fn, gpointer data);
/* How many warnings the source has, and dropping those after the first `n`
 * (a reader that splits the text again drops what the last split said). */
guint jx_source_n_warnings(const jx_source *src);
void jx_source_truncate_warnings(jx_source *src, guint n);
/* Frees a block handed to a consumer (its text or grid with it).  NULL is allowed. */
void jx_block_free(jx_block *block);
/* Appends a warning (printf-style). */
void jx_source_add_warning(jx_source *src, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

/* ---- record building (parse, check) ---- */

/* Creates a record of `kind` (its "type" key comes first in JSON).  Free with
 * jx_record_free. */
jx_record *jx_record_new(jx_record_kind kind);
void jx_record_free(jx_record *rec);
/* Setters keep the order in which fields are first set.  Setting a field
 * again replaces its value in place. */
void jx_record_set_string(jx_record *rec, jx_field field, const char *value); /* NULL → null */
/* The same for the `len` bytes at `value` (no NUL needed after them). */
void jx_record_set_string_len(jx_record *rec, jx_field field, const char *value, gsize len);
void jx_record_set_int(jx_record *rec, jx_field field, gint64 value);
void jx_record_set_null(jx_record *rec, jx_field field);
/* Takes ownership of `sub`; NULL → null. */
void jx_record_set_record(jx_record *rec, jx_field field, jx_record *sub);
/* Copies the strings of `values` (a GPtrArray of char*); NULL → null. */
void jx_record_set_list(jx_record *rec, jx_field field, const GPtrArray *values);
/* Appends the decimal digits of `v`, as printf's %" G_GINT64_FORMAT "
 * writes them, without printf (for keys and JSON built per record). */
void jx_string_append_int(GString *out, gint64 v);
/* Appends `s` as a JSON string (quoted, escaped as the records are). */
void jx_json_append_string(GString *out, const char *s);
/* Appends `rec` as one line of JSON (no newline) to `out`: what
 * jx_record_to_json returns, without the allocation. */
void jx_record_append_json(const jx_record *rec, GString *out);
/* A deep copy of `rec`; free with jx_record_free. */
jx_record *jx_record_copy(const jx_record *rec);
/* A record handed over: the callee owns `rec` (jx_record_free is its to
 * call, also when it returns FALSE to stop the one handing records over). */
typedef gboolean (*jx_record_take_fn)(jx_record *rec, gpointer user_data);

/* Takes record i out of the list (its place stays, empty); the caller owns it. */
jx_record *jx_record_list_take(jx_record_list *list, guint i);

/* ------------------------------------------------------------ arena */

/*
 * A bump allocator for scratch memory that dies all at once: the arrays a
 * table's row grouping or label placement makes by the thousand (several
 * per row, per gap, per label) and drops together.  One allocation (and
 * one free) per block instead of one per array; a block never moves, so a
 * pointer stays valid until jx_arena_free.  Memory from an arena is never
 * freed on its own: whoever holds the arena owns everything in it, and a
 * function that takes an arena says what it puts there and for how long.
 * Not thread-safe: an arena belongs to the one call that made it.  Under
 * AddressSanitizer each allocation is a block of its own, so overruns are
 * still caught.
 */
typedef struct jx_arena jx_arena;

/* A new empty arena whose blocks hold `block_bytes` (a request larger than
 * a quarter of that gets a block of its own).  Free with jx_arena_free. */
jx_arena *jx_arena_new(gsize block_bytes);
/* Frees the arena and everything allocated from it; NULL is ignored. */
void jx_arena_free(jx_arena *arena);
/* `bytes` of uninitialized memory aligned for any type, owned by `arena`. */
gpointer jx_arena_alloc(jx_arena *arena, gsize bytes);
/* The same, zeroed. */
gpointer jx_arena_alloc0(jx_arena *arena, gsize bytes);
/* `n` elements of `size` bytes (aborts on overflow, as g_new does). */
gpointer jx_arena_alloc_n(jx_arena *arena, gsize n, gsize size);
gpointer jx_arena_alloc0_n(jx_arena *arena, gsize n, gsize size);
#define jx_arena_new_n(arena, type, n) ((type *)jx_arena_alloc_n((arena), (n), sizeof(type)))
#define jx_arena_new0_n(arena, type, n) ((type *)jx_arena_alloc0_n((arena), (n), sizeof(type)))

/* ------------------------------------------------------------ libraries loaded */

/*
 * Libraries loaded when first needed, not linked (libpq for PostgreSQL,
 * Poppler and cairo for PDFs, libzip for Office files, SQLite, libxlsxwriter
 * for workbooks): their calls resolved by name into a table of
 * function pointers, a struct the caller declares.
 */

/* One call to resolve: its name and where its address goes in the
 * caller's table (offsetof). */
typedef struct {
    const char *name;
    gsize offset;
} jx_module_call;

/* Opens the library `soname` for good: its symbols kept out of the
 * process's global scope (a local binding), never unloaded (libpq's TLS
 * and Kerberos libraries register exit handlers that would run into an
 * unmapped library).  NULL when it cannot be loaded: g_module_error() says
 * why.  The module is the process's from then on: never close it. */
GModule *jx_module_open_resident(const char *soname);

/* Resolves from `module` each of calls[0..n) whose name begins with
 * `prefix` ("" for all) into `table` at its offset.  NULL when every one
 * is found; else the name of the first missing (borrowed from `calls`). */
const char *jx_module_bind(GModule *module, const jx_module_call *calls, gsize n,
                           const char *prefix, gpointer table);

/* Opens the library `soname` for good (jx_module_open_resident) and
 * resolves every one of calls[0..n) into `table` (jx_module_bind).  NULL
 * when all is found; else what is missing and why, for a message (`soname
 * not found: the loader's reason`, `library lacks call`): newly allocated,
 * g_free() it. */
char *jx_module_load(const char *soname, const jx_module_call *calls, gsize n, gpointer table);

#endif /* JX_CORE_H */
