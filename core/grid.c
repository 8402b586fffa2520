/*
 * grid.c — cells and grids: the seam between extract and parse.
 *
 * Cells are stored once, in insertion order; two lookup tables (the cell that
 * starts at a position, the cell that covers it through a span) are rebuilt
 * lazily so extractors can add cells in any order.
 */
#include "core.h"

/* Cells and their texts live in the grid's own blocks, freed with it: a
 * table's cells are made by the thousand and all die together, and one
 * allocation (and one free) per cell and per text was a fifth of the
 * parser's allocator traffic.  Blocks of cells grow from CELL_BLOCK_MIN to
 * CELL_BLOCK_MAX cells (a one-line grid stays small, a long table takes few
 * blocks); a block never moves, so a cell's address is stable; texts go to
 * a string chunk whose blocks are TEXT_CHUNK_BYTES long. */
#define CELL_BLOCK_MIN 16
#define CELL_BLOCK_MAX 1024
#define TEXT_CHUNK_BYTES 2048

jx_grid *jx_grid_new(void)
{
    jx_grid *grid = g_new0(jx_grid, 1);
    grid->blocks = g_ptr_array_new_with_free_func(g_free);
    grid->texts = g_string_chunk_new(TEXT_CHUNK_BYTES);
    grid->row_lines = g_array_new(FALSE, TRUE, sizeof(int));
    grid->row_pages = g_array_new(FALSE, TRUE, sizeof(int));
    return grid;
}

void jx_grid_free(jx_grid *grid)
{
    if (!grid)
        return;
    g_free(grid->cells);
    g_ptr_array_unref(grid->blocks);
    g_string_chunk_free(grid->texts);
    g_array_unref(grid->row_lines);
    g_array_unref(grid->row_pages);
    g_free(grid->at);
    g_free(grid->cover);
    g_free(grid);
}

static void grow_rows(jx_grid *grid, int n_rows)
{
    if (n_rows > grid->n_rows)
        grid->n_rows = n_rows;
    if ((int)grid->row_lines->len < grid->n_rows) {
        g_array_set_size(grid->row_lines, grid->n_rows);
        g_array_set_size(grid->row_pages, grid->n_rows);
    }
}

/* A zeroed cell from the grid's blocks.  A block is zeroed cell by cell as
 * its cells are handed out, not whole when made: a grid's last block is
 * mostly unused (a one-row grid takes 16 cells' room for its few), and
 * zeroing the whole of each was 0.9 % of parsing a text file. */
static jx_cell *new_cell(jx_grid *grid)
{
    if (grid->block_used == grid->block_cap) {
        grid->block_cap = CLAMP(grid->block_cap * 2, CELL_BLOCK_MIN, CELL_BLOCK_MAX);
        g_ptr_array_add(grid->blocks, g_new(jx_cell, grid->block_cap));
        grid->block_used = 0;
    }
    jx_cell *block = g_ptr_array_index(grid->blocks, grid->blocks->len - 1);
    jx_cell *cell = &block[grid->block_used++];
    *cell = (jx_cell){0};
    return cell;
}

jx_cell *jx_grid_add_cell(jx_grid *grid, int row, int col, int rowspan, int colspan,
                          const char *text)
{
    g_return_val_if_fail(grid != NULL && row >= 0 && col >= 0, NULL);
    jx_cell *cell = new_cell(grid);
    cell->text = g_string_chunk_insert(grid->texts, text ? text : "");
    cell->row = row;
    cell->col = col;
    cell->rowspan = rowspan < 1 ? 1 : rowspan;
    cell->colspan = colspan < 1 ? 1 : colspan;
    if (grid->n_cells == grid->cells_cap) {
        grid->cells_cap = MAX(CELL_BLOCK_MIN, grid->cells_cap * 2);
        grid->cells = g_renew(jx_cell *, grid->cells, grid->cells_cap);
    }
    grid->cells[grid->n_cells++] = cell;
    grow_rows(grid, row + cell->rowspan);
    if (col + cell->colspan > grid->n_cols)
        grid->n_cols = col + cell->colspan;
    grid->sealed = FALSE;
    return cell;
}

void jx_grid_set_cell_text(jx_grid *grid, jx_cell *cell, const char *text)
{
    g_return_if_fail(grid != NULL && cell != NULL);
    cell->text = g_string_chunk_insert(grid->texts, text ? text : "");
}

void jx_grid_set_row_origin(jx_grid *grid, int row, int line, int page)
{
    g_return_if_fail(grid != NULL && row >= 0);
    grow_rows(grid, row + 1);
    g_array_index(grid->row_lines, int, row) = line;
    g_array_index(grid->row_pages, int, row) = page;
    grid->sealed = FALSE;
}

void jx_grid_set_loose(jx_grid *grid)
{
    grid->loose = TRUE;
}

gboolean jx_grid_is_loose(const jx_grid *grid)
{
    return grid && grid->loose;
}

void jx_grid_set_page_dump(jx_grid *grid)
{
    grid->page_dump = TRUE;
}

gboolean jx_grid_is_page_dump(const jx_grid *grid)
{
    return grid && grid->page_dump;
}

/* See core.h. */
gboolean jx_grid_col_blank_from(const jx_grid *grid, int from, int col)
{
    for (int r = from; r < jx_grid_n_rows(grid); r++) {
        const jx_cell *cell = col < jx_grid_n_cols(grid) ? jx_grid_cell(grid, r, col) : NULL;
        if (cell && *jx_cell_text(cell))
            return FALSE;
    }
    return TRUE;
}

void jx_cell_set_box(jx_cell *cell, double x0, double y0, double x1, double y1)
{
    g_return_if_fail(cell != NULL);
    cell->has_box = TRUE;
    cell->x0 = x0;
    cell->y0 = y0;
    cell->x1 = x1;
    cell->y1 = y1;
}

/* Builds the position tables.  A later cell starting on a covered position
 * wins that position: sources with overlapping spans are malformed, and the
 * cell that says something about the position is the better guess. */
static void seal(jx_grid *grid)
{
    if (grid->sealed)
        return;
    gsize n = (gsize)grid->n_rows * (gsize)grid->n_cols;
    g_free(grid->at);
    g_free(grid->cover);
    grid->at = g_new0(jx_cell *, n ? n : 1);
    grid->cover = g_new0(jx_cell *, n ? n : 1);
    for (guint i = 0; i < grid->n_cells; i++) {
        jx_cell *cell = grid->cells[i];
        for (int r = cell->row; r < cell->row + cell->rowspan; r++)
            for (int c = cell->col; c < cell->col + cell->colspan; c++)
                grid->cover[(gsize)r * grid->n_cols + c] = cell;
    }
    for (guint i = 0; i < grid->n_cells; i++) {
        jx_cell *cell = grid->cells[i];
        grid->at[(gsize)cell->row * grid->n_cols + cell->col] = cell;
        grid->cover[(gsize)cell->row * grid->n_cols + cell->col] = cell;
    }
    grid->sealed = TRUE;
}

/* The exported accessors (jixiao.h); the library's own calls take core.h's
 * inline versions, whose macros the parenthesised names here escape. */
int (jx_grid_n_rows)(const jx_grid *grid) { return jx_grid_n_rows_inline(grid); }
int (jx_grid_n_cols)(const jx_grid *grid) { return jx_grid_n_cols_inline(grid); }

/* See core.h. */
G_GNUC_NO_INLINE const jx_cell *jx_grid_lookup_unsealed(jx_grid *grid, int row, int col,
                                                        gboolean covering)
{
    seal(grid);
    gsize at = (gsize)row * grid->n_cols + col;
    return covering ? grid->cover[at] : grid->at[at];
}

const jx_cell *(jx_grid_cell)(const jx_grid *grid, int row, int col)
{
    return jx_grid_lookup_inline(grid, row, col, FALSE);
}

const jx_cell *(jx_grid_cell_covering)(const jx_grid *grid, int row, int col)
{
    return jx_grid_lookup_inline(grid, row, col, TRUE);
}

/* The exported accessors of a row and a cell; core.h's inline versions do
 * the work. */
const jx_cell *const *(jx_grid_row_cells)(const jx_grid *grid, int row)
{
    return jx_grid_row_cells_inline(grid, row);
}

int (jx_grid_row_line)(const jx_grid *grid, int row) { return jx_grid_row_line_inline(grid, row); }
int (jx_grid_row_page)(const jx_grid *grid, int row) { return jx_grid_row_page_inline(grid, row); }
const char *(jx_cell_text)(const jx_cell *cell) { return jx_cell_text_inline(cell); }
int (jx_cell_row)(const jx_cell *cell) { return jx_cell_row_inline(cell); }
int (jx_cell_col)(const jx_cell *cell) { return jx_cell_col_inline(cell); }
int (jx_cell_rowspan)(const jx_cell *cell) { return jx_cell_rowspan_inline(cell); }
int (jx_cell_colspan)(const jx_cell *cell) { return jx_cell_colspan_inline(cell); }
int (jx_cell_page)(const jx_cell *cell) { return jx_cell_page_inline(cell); }

gboolean jx_cell_box(const jx_cell *cell, double *x0, double *y0, double *x1, double *y1)
{
    if (!cell || !cell->has_box)
        return FALSE;
    if (x0) *x0 = cell->x0;
    if (y0) *y0 = cell->y0;
    if (x1) *x1 = cell->x1;
    if (y1) *y1 = cell->y1;
    return TRUE;
}
