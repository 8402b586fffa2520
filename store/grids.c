/*
 * grids.c — the grids themselves, for `jixiao extract`: every table the
 * extraction found, cell by cell with spans, pages and boxes, whatever the
 * table means — the tool for digitizing tables the parser does not know.
 */
#include "store/store.h"

#include <string.h>

static gboolean put(GOutputStream *out, const GString *s, GError **error)
{
    return g_output_stream_write_all(out, s->str, s->len, NULL, NULL, error);
}

static gboolean on_pages(int page, int first, int last)
{
    return page == 0 || ((first <= 0 || page >= first) && (last <= 0 || page <= last));
}

static void json_grid(GString *s, const jx_source *src, const jx_grid *grid, int index, int line,
                      int page)
{
    g_string_append(s, "{\"type\":\"grid\",\"doc\":");
    jx_json_append_string(s, jx_source_name(src));
    g_string_append_printf(s, ",\"table\":%d,\"page\":", index);
    if (page > 0)
        g_string_append_printf(s, "%d", page);
    else
        g_string_append(s, "null");
    g_string_append(s, ",\"line\":");
    if (line > 0 && g_strcmp0(jx_source_format(src), "pdf") != 0) /* a PDF has pages, no lines */
        g_string_append_printf(s, "%d", line);
    else
        g_string_append(s, "null");
    g_string_append_printf(s, ",\"rows\":%d,\"cols\":%d,\"cells\":[", jx_grid_n_rows(grid),
                           jx_grid_n_cols(grid));
    gboolean first = TRUE;
    for (int r = 0; r < jx_grid_n_rows(grid); r++)
        for (int c = 0; c < jx_grid_n_cols(grid); c++) {
            const jx_cell *cell = jx_grid_cell(grid, r, c);
            if (!cell)
                continue;
            if (!first)
                g_string_append_c(s, ',');
            first = FALSE;
            g_string_append_printf(s, "{\"row\":%d,\"col\":%d,\"rowspan\":%d,\"colspan\":%d,\"page\":",
                                   r, c, jx_cell_rowspan(cell), jx_cell_colspan(cell));
            if (jx_cell_page(cell) > 0)
                g_string_append_printf(s, "%d", jx_cell_page(cell));
            else
                g_string_append(s, "null");
            double x0, y0, x1, y1;
            if (jx_cell_box(cell, &x0, &y0, &x1, &y1))
                g_string_append_printf(s, ",\"box\":[%.2f,%.2f,%.2f,%.2f]", x0, y0, x1, y1);
            else
                g_string_append(s, ",\"box\":null");
            g_string_append(s, ",\"text\":");
            jx_json_append_string(s, jx_cell_text(cell));
            g_string_append_c(s, '}');
        }
    g_string_append(s, "]}\n");
}

static void csv_grid(GString *s, const jx_source *src, const jx_grid *grid, int index)
{
    for (int r = 0; r < jx_grid_n_rows(grid); r++)
        for (int c = 0; c < jx_grid_n_cols(grid); c++) {
            const jx_cell *cell = jx_grid_cell(grid, r, c);
            if (!cell)
                continue;
            jx_csv_append_field(s, jx_source_name(src));
            g_string_append_printf(s, ",%d,", index);
            if (jx_cell_page(cell) > 0)
                g_string_append_printf(s, "%d", jx_cell_page(cell));
            g_string_append_printf(s, ",%d,%d,%d,%d", r, c, jx_cell_rowspan(cell),
                                   jx_cell_colspan(cell));
            double x0, y0, x1, y1;
            if (jx_cell_box(cell, &x0, &y0, &x1, &y1))
                g_string_append_printf(s, ",%.2f,%.2f,%.2f,%.2f,", x0, y0, x1, y1);
            else
                g_string_append(s, ",,,,,");
            jx_csv_append_field(s, jx_cell_text(cell));
            g_string_append(s, "\r\n");
        }
}

gboolean jx_write_grids(const jx_source *src, jx_grids_format format, int first_page,
                        int last_page, gboolean header, GOutputStream *out, GError **error)
{
    g_return_val_if_fail(src != NULL && G_IS_OUTPUT_STREAM(out), FALSE);
    GString *s = g_string_new(NULL);
    gboolean ok = TRUE;
    if (format == JX_GRIDS_CSV && header) {
        g_string_append(s, "doc,table,page,row,col,rowspan,colspan,x0,y0,x1,y1,text\r\n");
        ok = put(out, s, error);
    }
    int index = 0;
    for (guint i = 0; i < jx_source_n_blocks(src) && ok; i++) {
        const jx_grid *grid = jx_source_block_grid(src, i);
        /* a loose grid is its lines read as a row, no table (jx_grid_set_loose) */
        if (!grid || jx_grid_is_loose(grid) || !on_pages(jx_source_block_page(src, i), first_page, last_page))
            continue;
        index++;
        g_string_truncate(s, 0);
        if (format == JX_GRIDS_CSV)
            csv_grid(s, src, grid, index);
        else
            json_grid(s, src, grid, index, jx_source_block_line(src, i),
                      jx_source_block_page(src, i));
        ok = put(out, s, error);
    }
    g_string_free(s, TRUE);
    return ok;
}
