/*
 * rows.c — the line classifier and the grids it builds: tab rows, pipe rows
 * (markdown and plain), grid tables ruled with +---+, and the run of row lines
 * that becomes one grid when it ends (see splitter.h).
 */
#include "extract/splitter.h"
#include "normalize/normalize.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ small helpers */

static gboolean is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' || c == '\n';
}

/* TRUE when the slice holds only white space: ASCII, NBSP (U+00A0) or the
 * ideographic space (U+3000) that Chinese layout uses for indents. */
gboolean jx_split_is_blank(const char *s, gsize n)
{
    for (gsize i = 0; i < n;) {
        if (is_ascii_space(s[i]))
            i++;
        else if (i + 1 < n && (guchar)s[i] == 0xC2 && (guchar)s[i + 1] == 0xA0)
            i += 2;
        else if (i + 2 < n && memcmp(s + i, "\xE3\x80\x80", 3) == 0)
            i += 3;
        else
            return FALSE;
    }
    return TRUE;
}

void jx_split_trim(const char **s, gsize *n)
{
    while (*n && is_ascii_space(**s)) {
        (*s)++;
        (*n)--;
    }
    while (*n && is_ascii_space((*s)[*n - 1]))
        (*n)--;
}

/* The commonest cases answered first: nothing below U+1100 is wide, every
 * CJK unified ideograph is, no box-drawing character is (the same answer
 * as GLib's table for every code point, without its binary search per
 * character of every layout line, page or ruled table). */
int jx_text_unichar_width(gunichar u)
{
    if (u < 0x1100)
        return 1;
    if (u >= 0x4E00 && u <= 0x9FFF)
        return 2;
    if (u >= 0x2500 && u <= 0x257F)
        return 1;
    return g_unichar_iswide(u) ? 2 : 1;
}

int jx_text_char_width(const char *p, const char *end, int *bytes)
{
    guchar c = (guchar)*p;
    if (c < 0x80) {
        *bytes = 1;
        return 1;
    }
    /* a three-byte character led by E1..EC (U+1000..U+CFFF: the CJK
     * ideographs and punctuation; no surrogate, no noncharacter) is valid
     * whenever its two continuation bytes are: decoded here, as
     * g_utf8_get_char_validated would */
    if (c >= 0xE1 && c <= 0xEC && end - p >= 3 && ((guchar)p[1] & 0xC0) == 0x80 &&
        ((guchar)p[2] & 0xC0) == 0x80) {
        *bytes = 3;
        return jx_text_unichar_width(((gunichar)(c & 0x0F) << 12) |
                                     ((gunichar)((guchar)p[1] & 0x3F) << 6) |
                                     (gunichar)((guchar)p[2] & 0x3F));
    }
    gunichar u = g_utf8_get_char_validated(p, end - p);
    if (u == (gunichar)-1 || u == (gunichar)-2) {
        *bytes = 1;
        return 1;
    }
    *bytes = (int)(g_utf8_next_char(p) - p);
    if (*bytes > end - p)
        *bytes = (int)(end - p);
    return jx_text_unichar_width(u);
}

/* See extract.h. */
gsize jx_text_line(const char *p, const char *end, const char **next)
{
    const char *nl = memchr(p, '\n', (gsize)(end - p));
    const char *stop = nl ? nl : end;
    *next = nl ? nl + 1 : end;
    gsize n = (gsize)(stop - p);
    if (n && p[n - 1] == '\r')
        n--;
    return n;
}

/* ------------------------------------------------------------ row splitting */

/* Cells of a tab row, empty ones included, at their tab index. */
static void split_tabs(const char *s, gsize n, GArray *out)
{
    g_array_set_size(out, 0);
    const char *p = s, *end = s + n;
    for (;;) {
        const char *tab = memchr(p, '\t', end - p);
        piece pc = {p, (gsize)((tab ? tab : end) - p), 0, -1};
        g_array_append_val(out, pc);
        if (!tab)
            break;
        p = tab + 1;
    }
}

/* Cells of a markdown pipe row: split on unescaped '|', padding trimmed, the
 * empty pieces outside a leading or trailing pipe dropped.  Sets *outer when
 * the row starts or ends with a pipe. */
void jx_split_pipes(const char *s, gsize n, GArray *out, gboolean *outer)
{
    g_array_set_size(out, 0);
    jx_split_trim(&s, &n);
    gboolean lead = n && s[0] == '|';
    gboolean trail = n > 1 && s[n - 1] == '|' && s[n - 2] != '\\';
    if (lead && n == 1)
        trail = FALSE;
    *outer = lead || trail;
    const char *p = s + (lead ? 1 : 0), *end = s + n - (trail ? 1 : 0);
    if (p > end)
        p = end;
    const char *start = p;
    for (; p <= end; p++) {
        if (p < end && !(*p == '|' && (p == s || p[-1] != '\\')))
            continue;
        piece pc = {start, (gsize)(p - start), 0, -1};
        jx_split_trim(&pc.s, &pc.n);
        g_array_append_val(out, pc);
        start = p + 1;
    }
}

/* TRUE for a markdown delimiter row, or org-mode's `|---+---|`: only '|',
 * '-', ':', '+' and blanks, with a pipe and a dash. */
gboolean jx_split_is_pipe_separator(const char *s, gsize n)
{
    gboolean pipe = FALSE, dash = FALSE;
    for (gsize i = 0; i < n; i++) {
        char c = s[i];
        if (c == '|')
            pipe = TRUE;
        else if (c == '-')
            dash = TRUE;
        else if (c != ':' && c != '+' && c != ' ' && c != '\t')
            return FALSE;
    }
    return pipe && dash;
}

/* Cells of a line separated by runs of 2+ spaces or any ideographic space,
 * each with its display column (CJK counts 2).  Leading and trailing blanks
 * are no cells.  Returns the number of cells. */
guint jx_split_spaces(const char *s, gsize n, GArray *out)
{
    g_array_set_size(out, 0);
    const char *p = s, *end = s + n;
    int col = 0;
    piece cur = {NULL, 0, 0, -1};
    while (p < end) {
        /* a run of blanks */
        const char *gap = p;
        int gap_chars = 0, gap_cols = 0;
        gboolean ideographic = FALSE;
        while (p < end) {
            if (*p == ' ') {
                p++;
                gap_cols++;
            } else if (end - p >= 3 && memcmp(p, "\xE3\x80\x80", 3) == 0) {
                p += 3;
                gap_cols += 2;
                ideographic = TRUE;
            } else {
                break;
            }
            gap_chars++;
        }
        gboolean separator = gap_chars >= 2 || ideographic;
        if (cur.s && (separator || p == end)) {
            cur.n = (gsize)(gap - cur.s);
            cur.end = col; /* the column at `gap`: its blanks not counted yet */
            g_array_append_val(out, cur);
            cur.s = NULL;
        }
        col += gap_cols;
        if (p == end)
            break;
        if (!cur.s) {
            cur.s = p;
            cur.offset = col;
        }
        /* a run of non-blanks */
        while (p < end && *p != ' ' && !(end - p >= 3 && memcmp(p, "\xE3\x80\x80", 3) == 0)) {
            int bytes;
            col += jx_text_char_width(p, end, &bytes);
            p += bytes;
        }
        if (p == end) {
            cur.n = (gsize)(p - cur.s);
            cur.end = col;
            g_array_append_val(out, cur);
            cur.s = NULL;
        }
    }
    return out->len;
}

/* A grid table's rule: `+------+======+` (only + - = : and blanks, two +). */
static gboolean is_grid_rule(const char *s, gsize n)
{
    int plus = 0;
    gboolean line = FALSE;
    for (gsize i = 0; i < n; i++) {
        char c = s[i];
        if (c == '+')
            plus++;
        else if (c == '-' || c == '=')
            line = TRUE;
        else if (c != ':' && c != ' ' && c != '\t')
            return FALSE;
    }
    return plus >= 2 && line;
}

row_kind jx_split_classify(splitter *sp, const char *s, gsize n)
{
    if (memchr(s, '+', n) && is_grid_rule(s, n))
        return ROW_GRID_RULE;
    gboolean has_pipe = memchr(s, '|', n) != NULL;
    if (has_pipe && jx_split_is_pipe_separator(s, n))
        return ROW_PIPE_SEP;
    gboolean outer = FALSE;
    if (has_pipe) {
        jx_split_pipes(s, n, sp->pieces, &outer);
        if (outer && sp->pieces->len >= 2)
            return ROW_PIPE;
    }
    if (memchr(s, '\t', n))
        return ROW_TAB;
    if (has_pipe && sp->pieces->len >= 2)
        return ROW_PIPE_WEAK;
    if (jx_split_spaces(s, n, sp->pieces) >= 2)
        return ROW_SPACE;
    return ROW_NONE;
}

static row_family family_of(row_kind k)
{
    switch (k) {
    case ROW_TAB: return FAMILY_TAB;
    case ROW_PIPE:
    case ROW_PIPE_WEAK:
    case ROW_PIPE_SEP:
    case ROW_GRID_RULE: return FAMILY_PIPE;
    case ROW_SPACE: return FAMILY_SPACE;
    default: return FAMILY_NONE;
    }
}

/* ------------------------------------------------------------ grid building */


void jx_grid_builder_start(grid_builder *gb, int line, int page)
{
    gb->grid = jx_grid_new();
    gb->rows = 0;
    gb->cells = 0;
    gb->line = line;
    gb->page = page;
}

void jx_grid_builder_finish(splitter *sp, grid_builder *gb)
{
    if (gb->grid && gb->rows > 0)
        jx_source_add_grid(sp->src, gb->grid, gb->line, gb->page);
    else
        jx_grid_free(gb->grid);
    gb->grid = NULL;
}

/* TRUE when a grid of `rows` × `cols` holding `cells` cells stays within the
 * area guard.  Real tables fill most positions, so they never trip it. */
gboolean jx_split_area_ok(gsize rows, gsize cols, gsize cells)
{
    return rows * cols <= AREA_PER_CELL * cells + AREA_SLACK;
}

/* Starts a new grid when a row of `width` columns and `n` cells would break
 * the area guard, so pathological input costs memory in proportion to it. */
static void gb_make_room(splitter *sp, grid_builder *gb, int width, gsize n, int line, int page)
{
    gsize cols = MAX((gsize)jx_grid_n_cols(gb->grid), (gsize)width);
    if (gb->rows > 0 && !jx_split_area_ok((gsize)gb->rows + 1, cols, gb->cells + n)) {
        jx_grid_builder_finish(sp, gb);
        jx_grid_builder_start(gb, line, page);
        sp->cut_grids++;
    }
}

static void add_cell_text(splitter *sp, grid_builder *gb, int row, int col, const char *s,
                          gsize n, gboolean unescape_pipes, int page)
{
    g_string_truncate(sp->buf, 0);
    if (unescape_pipes) {
        for (gsize i = 0; i < n; i++) {
            if (s[i] == '\\' && i + 1 < n && s[i + 1] == '|')
                continue;
            g_string_append_c(sp->buf, s[i]);
        }
    } else {
        g_string_append_len(sp->buf, s, (gssize)n);
    }
    jx_cell *cell = jx_grid_add_cell(gb->grid, row, col, 1, 1, sp->buf->str);
    cell->page = page;
    gb->cells++;
}

/* Adds the pieces of one line as the next row, each at its column (`cols`,
 * or the piece index when NULL).  Pieces past MAX_COLS go into the last
 * cell, which then runs to the end of the line. */
static void add_row(splitter *sp, grid_builder *gb, const pending_line *pl, const int *cols,
                    gboolean unescape_pipes)
{
    GArray *pcs = sp->pieces;
    int width = cols && pcs->len ? cols[pcs->len - 1] + 1 : (int)pcs->len;
    gb_make_room(sp, gb, MIN(width, MAX_COLS), pcs->len, pl->line, pl->page);
    int row = gb->rows++;
    jx_grid_set_row_origin(gb->grid, row, pl->line, pl->page);
    for (guint i = 0; i < pcs->len; i++) {
        piece *pc = &g_array_index(pcs, piece, i);
        int col = cols ? cols[i] : (int)i;
        if (col >= MAX_COLS - 1) {
            const piece *last = &g_array_index(pcs, piece, pcs->len - 1);
            gsize n = (gsize)(last->s + last->n - pc->s);
            add_cell_text(sp, gb, row, MAX_COLS - 1, pc->s, n, unescape_pipes, pl->page);
            if (i + 1 < pcs->len)
                sp->wide_rows++;
            break;
        }
        add_cell_text(sp, gb, row, col, pc->s, pc->n, unescape_pipes, pl->page);
    }
}

static void emit_lines(splitter *sp)
{
    for (guint i = 0; i < sp->run->len; i++) {
        pending_line *pl = &g_array_index(sp->run, pending_line, i);
        g_string_truncate(sp->buf, 0);
        g_string_append_len(sp->buf, pl->s, (gssize)pl->n);
        jx_source_add_line(sp->src, sp->buf->str, pl->line, pl->page);
    }
}

/*
 * A grid table (`+---+` rules between rows): every line between two rules is
 * one row, each cell's text the lines of its column joined with line breaks
 * (normalization joins them as wrapped text).
 */
static void emit_grid_table(splitter *sp)
{
    grid_builder gb;
    pending_line *first = &g_array_index(sp->run, pending_line, 0);
    jx_grid_builder_start(&gb, first->line, first->page);
    GPtrArray *cols = g_ptr_array_new_with_free_func((GDestroyNotify)g_free);
    const pending_line *row_start = NULL;
    for (guint i = 0; i <= sp->run->len; i++) {
        pending_line *pl = i < sp->run->len ? &g_array_index(sp->run, pending_line, i) : NULL;
        if (!pl || pl->kind == ROW_GRID_RULE || pl->kind == ROW_PIPE_SEP) {
            if (row_start && cols->len) {
                gb_make_room(sp, &gb, MIN((int)cols->len, MAX_COLS), cols->len, row_start->line,
                             row_start->page);
                int row = gb.rows++;
                jx_grid_set_row_origin(gb.grid, row, row_start->line, row_start->page);
                for (guint c = 0; c < cols->len && c < MAX_COLS; c++) {
                    const char *t = cols->pdata[c];
                    add_cell_text(sp, &gb, row, (int)c, t, strlen(t), TRUE, row_start->page);
                }
            }
            g_ptr_array_set_size(cols, 0);
            row_start = NULL;
            continue;
        }
        gboolean outer;
        jx_split_pipes(pl->s, pl->n, sp->pieces, &outer);
        if (!row_start)
            row_start = pl;
        for (guint c = 0; c < sp->pieces->len; c++) {
            const piece *pc = &g_array_index(sp->pieces, piece, c);
            if (c >= cols->len)
                g_ptr_array_add(cols, g_strdup(""));
            if (pc->n == 0)
                continue;
            char *joined = g_strdup_printf("%s%s%.*s", (char *)cols->pdata[c],
                                           *(char *)cols->pdata[c] ? "\n" : "", (int)pc->n, pc->s);
            g_free(cols->pdata[c]);
            cols->pdata[c] = joined;
        }
    }
    g_ptr_array_unref(cols);
    jx_grid_builder_finish(sp, &gb);
}

static void emit_row_grid(splitter *sp)
{
    grid_builder gb;
    pending_line *first = &g_array_index(sp->run, pending_line, 0);
    for (guint i = 0; i < sp->run->len; i++)
        if (g_array_index(sp->run, pending_line, i).kind == ROW_GRID_RULE) {
            emit_grid_table(sp);
            return;
        }
    jx_grid_builder_start(&gb, first->line, first->page);
    for (guint i = 0; i < sp->run->len; i++) {
        pending_line *pl = &g_array_index(sp->run, pending_line, i);
        gboolean outer;
        if (pl->kind == ROW_PIPE_SEP)
            continue;
        if (pl->kind == ROW_TAB)
            split_tabs(pl->s, pl->n, sp->pieces);
        else
            jx_split_pipes(pl->s, pl->n, sp->pieces, &outer);
        add_row(sp, &gb, pl, NULL, pl->kind != ROW_TAB);
    }
    jx_grid_builder_finish(sp, &gb);
}

/* Turns the held run into blocks: a grid when the run is tabular as a whole,
 * else one LINE per line. */
void jx_split_flush(splitter *sp)
{
    if (sp->run->len == 0)
        return;
    gboolean sep = FALSE, strong = FALSE, rows = FALSE;
    for (guint i = 0; i < sp->run->len; i++) {
        row_kind k = g_array_index(sp->run, pending_line, i).kind;
        sep |= k == ROW_PIPE_SEP || k == ROW_GRID_RULE;
        strong |= k == ROW_PIPE || k == ROW_TAB;
        rows |= k != ROW_PIPE_SEP && k != ROW_GRID_RULE;
    }
    switch (sp->family) {
    case FAMILY_TAB: emit_row_grid(sp); break;
    case FAMILY_PIPE:
        if (rows && (sep || strong))
            emit_row_grid(sp);
        else
            emit_lines(sp);
        break;
    default: emit_lines(sp); break; /* space-aligned tables are layout regions */
    }
    for (guint i = 0; i < sp->run->len; i++)
        g_free(g_array_index(sp->run, pending_line, i).owned);
    g_array_set_size(sp->run, 0);
    sp->family = FAMILY_NONE;
}

/* Feeds one line (no '\n', no '\f').  `owned`, when not NULL, is the
 * allocation behind `s`, freed once the line has been used. */
void jx_split_feed_line(splitter *sp, const char *s, gsize n, int line, char *owned)
{
    if (n && s[n - 1] == '\r')
        n--;
    if (jx_split_is_blank(s, n)) {
        jx_split_flush(sp);
        g_free(owned);
        return;
    }
    row_kind kind = jx_split_classify(sp, s, n);
    row_family fam = family_of(kind);
    if (fam != sp->family || fam == FAMILY_NONE)
        jx_split_flush(sp);
    pending_line pl = {s, n, owned, line, sp->page, kind};
    g_array_append_val(sp->run, pl);
    sp->family = fam;
    if (fam == FAMILY_NONE)
        jx_split_flush(sp);
}

void jx_split_page_break(splitter *sp)
{
    jx_split_flush(sp);
    sp->page++;
}
