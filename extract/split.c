/*
 * split.c — decoded text → LINE and GRID blocks.
 *
 * Text dumps are read line by line.  Each line is classified (tab row, pipe
 * row, markdown separator, 2+-space row, plain); consecutive row lines of one
 * family are held as a "run" and turned into one grid when the run ends,
 * because some families (2+-space rows, pipe rows without outer pipes) are
 * only tables when their neighbours are too.  HTML documents are scanned for
 * <table> elements, laid out with the HTML table model; the markup between
 * tables is stripped and its lines go through the same line classifier, so a
 * markdown file with embedded HTML tables keeps its pipe tables.
 *
 * Every scan moves forward only: no loop re-reads the text from a fixed
 * point, so the cost is linear in the input (1M lines, one 50 MB line, a
 * megabyte of '<' without '>').  Grids are guarded against inputs whose
 * rows × columns would dwarf their cell count (core seals a dense table).
 */
#include "extract/extract.h"
#include "normalize/normalize.h"

#include <stdlib.h>
#include <string.h>

/* No real table is wider; beyond this the rest of a row stays in its last cell. */
#define MAX_COLS 512
/* Largest rowspan the HTML standard allows. */
#define MAX_ROWSPAN 65534
/* A grid is cut when rows × columns exceeds this much more than its cells. */
#define AREA_SLACK 65536
#define AREA_PER_CELL 16

typedef enum {
    ROW_NONE,      /* plain text line */
    ROW_TAB,       /* has a tab */
    ROW_PIPE,      /* | a | b |, outer pipe present */
    ROW_PIPE_WEAK, /* a | b: a row only next to a separator or an outer-piped row */
    ROW_PIPE_SEP,  /* |---|:--:| */
    ROW_GRID_RULE, /* +----+====+: a grid table's row boundary (pandoc, DOCX dumps) */
    ROW_SPACE,     /* a  b: a row only when a neighbour is one too */
} row_kind;

typedef enum { FAMILY_NONE, FAMILY_TAB, FAMILY_PIPE, FAMILY_SPACE } row_family;

typedef struct {
    const char *s; /* the line, without its '\n' */
    gsize n;
    char *owned; /* non-NULL when `s` is a copy the run must free */
    int line, page;
    row_kind kind;
} pending_line;

/* One cell found in a line: a slice of it and, for space rows, its display column. */
typedef struct {
    const char *s;
    gsize n;
    int offset;
} piece;

typedef struct {
    jx_source *src;
    int page;           /* current page; 0 when the text has no form feeds */
    GArray *run;        /* pending_line */
    row_family family;  /* family of the run */
    GArray *pieces;     /* piece, scratch */
    GString *buf;       /* scratch for cell text */
    gsize wide_rows;    /* rows cut at MAX_COLS, reported once at the end */
    gsize dropped;      /* HTML cells starting past MAX_COLS */
    gsize cut_grids;    /* grids cut by the area guard */
} splitter;

/* ------------------------------------------------------------ small helpers */

static gboolean is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' || c == '\n';
}

/* TRUE when the slice holds only white space: ASCII, NBSP (U+00A0) or the
 * ideographic space (U+3000) that Chinese layout uses for indents. */
static gboolean is_blank(const char *s, gsize n)
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

static void trim_ascii(const char **s, gsize *n)
{
    while (*n && is_ascii_space(**s)) {
        (*s)++;
        (*n)--;
    }
    while (*n && is_ascii_space((*s)[*n - 1]))
        (*n)--;
}

int jx_text_char_width(const char *p, const char *end, int *bytes)
{
    guchar c = (guchar)*p;
    if (c < 0x80) {
        *bytes = 1;
        return 1;
    }
    gunichar u = g_utf8_get_char_validated(p, end - p);
    if (u == (gunichar)-1 || u == (gunichar)-2) {
        *bytes = 1;
        return 1;
    }
    *bytes = (int)(g_utf8_next_char(p) - p);
    if (*bytes > end - p)
        *bytes = (int)(end - p);
    return g_unichar_iswide(u) ? 2 : 1;
}

/* ------------------------------------------------------------ row splitting */

/* Cells of a tab row, empty ones included, at their tab index. */
static void split_tabs(const char *s, gsize n, GArray *out)
{
    g_array_set_size(out, 0);
    const char *p = s, *end = s + n;
    for (;;) {
        const char *tab = memchr(p, '\t', end - p);
        piece pc = {p, (gsize)((tab ? tab : end) - p), 0};
        g_array_append_val(out, pc);
        if (!tab)
            break;
        p = tab + 1;
    }
}

/* Cells of a markdown pipe row: split on unescaped '|', padding trimmed, the
 * empty pieces outside a leading or trailing pipe dropped.  Sets *outer when
 * the row starts or ends with a pipe. */
static void split_pipes(const char *s, gsize n, GArray *out, gboolean *outer)
{
    g_array_set_size(out, 0);
    trim_ascii(&s, &n);
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
        piece pc = {start, (gsize)(p - start), 0};
        trim_ascii(&pc.s, &pc.n);
        g_array_append_val(out, pc);
        start = p + 1;
    }
}

/* TRUE for a markdown delimiter row: only '|', '-', ':' and blanks, with a
 * pipe and a dash. */
static gboolean is_pipe_separator(const char *s, gsize n)
{
    gboolean pipe = FALSE, dash = FALSE;
    for (gsize i = 0; i < n; i++) {
        char c = s[i];
        if (c == '|')
            pipe = TRUE;
        else if (c == '-')
            dash = TRUE;
        else if (c != ':' && c != ' ' && c != '\t')
            return FALSE;
    }
    return pipe && dash;
}

/* Cells of a line separated by runs of 2+ spaces or any ideographic space,
 * each with its display column (CJK counts 2).  Leading and trailing blanks
 * are no cells.  Returns the number of cells. */
static guint split_spaces(const char *s, gsize n, GArray *out)
{
    g_array_set_size(out, 0);
    const char *p = s, *end = s + n;
    int col = 0;
    piece cur = {NULL, 0, 0};
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

static row_kind classify(splitter *sp, const char *s, gsize n)
{
    if (memchr(s, '+', n) && is_grid_rule(s, n))
        return ROW_GRID_RULE;
    gboolean has_pipe = memchr(s, '|', n) != NULL;
    if (has_pipe && is_pipe_separator(s, n))
        return ROW_PIPE_SEP;
    gboolean outer = FALSE;
    if (has_pipe) {
        split_pipes(s, n, sp->pieces, &outer);
        if (outer && sp->pieces->len >= 2)
            return ROW_PIPE;
    }
    if (memchr(s, '\t', n))
        return ROW_TAB;
    if (has_pipe && sp->pieces->len >= 2)
        return ROW_PIPE_WEAK;
    if (split_spaces(s, n, sp->pieces) >= 2)
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

typedef struct {
    jx_grid *grid;
    int rows;
    gsize cells;
    int line, page; /* where the block starts */
} grid_builder;

static void gb_start(grid_builder *gb, int line, int page)
{
    gb->grid = jx_grid_new();
    gb->rows = 0;
    gb->cells = 0;
    gb->line = line;
    gb->page = page;
}

static void gb_finish(splitter *sp, grid_builder *gb)
{
    if (gb->grid && gb->rows > 0)
        jx_source_add_grid(sp->src, gb->grid, gb->line, gb->page);
    else
        jx_grid_free(gb->grid);
    gb->grid = NULL;
}

/* TRUE when a grid of `rows` × `cols` holding `cells` cells stays within the
 * area guard.  Real tables fill most positions, so they never trip it. */
static gboolean area_ok(gsize rows, gsize cols, gsize cells)
{
    return rows * cols <= AREA_PER_CELL * cells + AREA_SLACK;
}

/* Starts a new grid when a row of `width` columns and `n` cells would break
 * the area guard, so pathological input costs memory in proportion to it. */
static void gb_make_room(splitter *sp, grid_builder *gb, int width, gsize n, int line, int page)
{
    gsize cols = MAX((gsize)jx_grid_n_cols(gb->grid), (gsize)width);
    if (gb->rows > 0 && !area_ok((gsize)gb->rows + 1, cols, gb->cells + n)) {
        gb_finish(sp, gb);
        gb_start(gb, line, page);
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
    gb_start(&gb, first->line, first->page);
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
        split_pipes(pl->s, pl->n, sp->pieces, &outer);
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
    gb_finish(sp, &gb);
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
    gb_start(&gb, first->line, first->page);
    for (guint i = 0; i < sp->run->len; i++) {
        pending_line *pl = &g_array_index(sp->run, pending_line, i);
        gboolean outer;
        if (pl->kind == ROW_PIPE_SEP)
            continue;
        if (pl->kind == ROW_TAB)
            split_tabs(pl->s, pl->n, sp->pieces);
        else
            split_pipes(pl->s, pl->n, sp->pieces, &outer);
        add_row(sp, &gb, pl, NULL, pl->kind != ROW_TAB);
    }
    gb_finish(sp, &gb);
}

/* Turns the held run into blocks: a grid when the run is tabular as a whole,
 * else one LINE per line. */
static void flush_run(splitter *sp)
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
static void feed_line(splitter *sp, const char *s, gsize n, int line, char *owned)
{
    if (n && s[n - 1] == '\r')
        n--;
    if (is_blank(s, n)) {
        flush_run(sp);
        g_free(owned);
        return;
    }
    row_kind kind = classify(sp, s, n);
    row_family fam = family_of(kind);
    if (fam != sp->family || fam == FAMILY_NONE)
        flush_run(sp);
    pending_line pl = {s, n, owned, line, sp->page, kind};
    g_array_append_val(sp->run, pl);
    sp->family = fam;
    if (fam == FAMILY_NONE)
        flush_run(sp);
}

static void page_break(splitter *sp)
{
    flush_run(sp);
    sp->page++;
}

/* ------------------------------------------------------------ plain text */

/* TRUE when a dash-ruled table may start at `p`: after a blank line or at
 * the start of the text, or on a line of dashes. */
static gboolean may_open_dashed(const char *p, const char *end, gboolean after_blank)
{
    while (p < end && *p == ' ')
        p++;
    return after_blank || (p < end && *p == '-');
}

/* One line of a page, and what it looks like. */
typedef struct {
    const char *s;
    gsize n;
    int line;
    row_kind kind;   /* as classify() sees it */
    int offset;      /* display column of its first piece */
    int width;       /* display columns from its first piece to its end */
    gboolean furniture; /* a page number */
    gboolean joined;    /* one piece, but one space parts two wide characters in it */
} page_line;

/* A layout region's single-piece lines: a wrapped cell's continuation or a
 * header part is indented or short; a paragraph or note at the margin is
 * longer than this (display columns). */
#define SHORT_PIECE_COLS 8
/* Blank lines a region may hold in a row: a layout dump leaves one between
 * rows; two or more stand between a table and what is not part of it (the
 * metadata block above, whose columns are not the table's). */
#define REGION_MAX_BLANKS 1
/* A region is a table when this many of its lines have several pieces. */
#define REGION_MIN_MULTI 2
/* Preceding single-piece lines that may belong to a region's header. */
#define REGION_MAX_LEAD 2

/* Page furniture: see jx_norm_is_page_number. */
static gboolean is_page_number(const char *s, gsize n)
{
    char *line = g_strndup(s, n);
    gboolean yes = jx_norm_is_page_number(line);
    g_free(line);
    return yes;
}

/* TRUE when one space stands between two wide characters in s[0..n): no
 * Chinese text spaces its words, so a layout dump set two cells that tight
 * (`培育新型农业经营主体和高素质农 高素质农民培训人数`). */
static gboolean has_wide_space_wide(const char *s, gsize n)
{
    const char *end = s + n;
    gboolean prev_wide = FALSE;
    for (const char *p = s; p < end;) {
        int bytes, w = jx_text_char_width(p, end, &bytes);
        if (*p == ' ' && prev_wide && p + 1 < end && p[1] != ' ') {
            int next_bytes;
            if (jx_text_char_width(p + 1, end, &next_bytes) > 1)
                return TRUE;
        }
        prev_wide = w > 1;
        p += bytes;
    }
    return FALSE;
}

/* A piece's columns [from, to): display columns (a wide character counts
 * two), or characters when `chars` (how pdftotext -layout places text). */
static void piece_span(const char *line, const piece *pc, gboolean chars, int *from, int *to)
{
    if (chars) {
        *from = (int)g_utf8_strlen(line, pc->s - line);
        *to = *from + (int)g_utf8_strlen(pc->s, (gssize)pc->n);
        return;
    }
    *from = pc->offset;
    *to = pc->offset;
    for (const char *p = pc->s, *end = pc->s + pc->n; p < end;) {
        int bytes;
        *to += jx_text_char_width(p, end, &bytes);
        p += bytes;
    }
}

static void describe_line(splitter *sp, page_line *pl)
{
    pl->kind = ROW_NONE;
    pl->offset = 0;
    pl->width = 0;
    pl->furniture = FALSE;
    pl->joined = FALSE;
    if (is_blank(pl->s, pl->n))
        return;
    pl->kind = classify(sp, pl->s, pl->n);
    if (split_spaces(pl->s, pl->n, sp->pieces) > 0) {
        const piece *first = &g_array_index(sp->pieces, piece, 0);
        int from, to;
        piece_span(pl->s, &g_array_index(sp->pieces, piece, sp->pieces->len - 1), FALSE, &from,
                   &to);
        pl->offset = first->offset;
        pl->width = to - first->offset;
    }
    pl->furniture = pl->kind == ROW_NONE && is_page_number(pl->s, pl->n);
    pl->joined = pl->kind == ROW_NONE && has_wide_space_wide(pl->s, pl->n);
}

static gboolean line_blank(const page_line *pl)
{
    return is_blank(pl->s, pl->n);
}

/* A single-piece line that may stand inside a layout table: short, or
 * indented past the margin and no wider than a cell (a paragraph's first
 * line is indented too, but runs the width of the page). */
static gboolean may_continue(const page_line *pl, int margin, int table_width)
{
    return pl->kind == ROW_NONE && !line_blank(pl) && !pl->furniture &&
           (pl->width <= SHORT_PIECE_COLS ||
            (pl->offset > margin + 1 && pl->width <= table_width / 2));
}

/* How many pieces of `row` the text of single-piece line `lead` stands over
 * in one metric; `*aligned` set when the lead starts where one of them does
 * (give or take a column) and is at most twice as wide, as the lines of a
 * wrapped cell are (its first line fills the column). */
static int pieces_under(const page_line *lead, const page_line *row, gboolean chars,
                        gboolean *aligned)
{
    GArray *pcs = g_array_new(FALSE, FALSE, sizeof(piece));
    split_spaces(lead->s, lead->n, pcs);
    int from = 0, to = 0, covered = 0;
    if (pcs->len) {
        int last_from;
        piece_span(lead->s, &g_array_index(pcs, piece, 0), chars, &from, &to);
        piece_span(lead->s, &g_array_index(pcs, piece, pcs->len - 1), chars, &last_from, &to);
    }
    *aligned = FALSE;
    split_spaces(row->s, row->n, pcs);
    for (guint k = 0; k < pcs->len; k++) {
        int a, b;
        piece_span(row->s, &g_array_index(pcs, piece, k), chars, &a, &b);
        if (a < to && b > from)
            covered++;
        if (ABS(a - from) <= 1 && 2 * (b - a) >= to - from)
            *aligned = TRUE;
    }
    g_array_free(pcs, TRUE);
    return covered;
}

/*
 * TRUE when single-piece line `lead`, wider than SHORT_PIECE_COLS, is a
 * heading above the table that `row` (a line of several pieces) starts, not
 * a header cell's upper part or a wrapped cell's first line, which sit over
 * one column.  A layout dump's columns drift with the wide characters of a
 * line, so which pieces a line stands over is read in display cells and in
 * characters: a heading stands over two or more in both.  At the top of the
 * first page, a wide line that does not start where a piece starts in
 * either metric is the title, centred over the columns, wherever it falls
 * over a sparse header line.
 */
static gboolean heads_table(const page_line *lead, const page_line *row, gboolean page_top)
{
    gboolean display_aligned, char_aligned;
    if (lead->width <= SHORT_PIECE_COLS)
        return FALSE;
    int by_display = pieces_under(lead, row, FALSE, &display_aligned);
    int by_chars = pieces_under(lead, row, TRUE, &char_aligned);
    if (by_display >= 2 && by_chars >= 2)
        return TRUE;
    return page_top && !char_aligned && !display_aligned;
}

/*
 * The layout region starting at line i: from a line of several pieces (or
 * a header part just above one) through lines of several pieces, wrapped
 * continuations and a few blank lines, to the last line of several pieces
 * and the continuations right below it.  Returns the end (exclusive), or i
 * when no table starts here.  Page numbers inside are skipped by the caller.
 * `first_page`: the lines are the document's first page, where a title may
 * stand right above the table (see heads_table).
 */
static gsize find_region(const page_line *lines, gsize n, gsize i, int margin, int width,
                         gboolean first_page)
{
    gsize first_multi = i;
    for (gsize lead = 0; lead <= REGION_MAX_LEAD && first_multi < n; lead++, first_multi++) {
        if (lines[first_multi].kind == ROW_SPACE)
            break;
        if (!may_continue(&lines[first_multi], margin, width))
            return i;
    }
    if (first_multi >= n || lines[first_multi].kind != ROW_SPACE)
        return i;
    gboolean page_top = first_page;
    for (gsize k = 0; k < i && page_top; k++)
        page_top = line_blank(&lines[k]);
    if (first_multi > i && heads_table(&lines[i], &lines[first_multi], page_top))
        return i;
    gsize last_multi = first_multi;
    int multi = 1, blanks = 0;
    for (gsize k = first_multi + 1; k < n; k++) {
        const page_line *pl = &lines[k];
        if (line_blank(pl) || pl->furniture) {
            if (++blanks > REGION_MAX_BLANKS)
                break;
            continue;
        }
        if (pl->kind == ROW_SPACE) {
            last_multi = k;
            multi++;
        } else if (!may_continue(pl, margin, width) && !pl->joined) {
            /* a line of two cells set tight stays in the table; it does not
             * count toward one, as it may be prose */
            break;
        }
        blanks = 0;
    }
    if (multi < REGION_MIN_MULTI)
        return i;
    gsize end = last_multi + 1;
    while (end < n && may_continue(&lines[end], margin, width))
        end++;
    return end;
}

/* The words of region lines[a, b) at their columns, each wide character
 * counting `wide` columns; fills `row_lines` with each line's number. */
static GArray *region_words(const page_line *lines, gsize a, gsize b, int wide, GArray *row_lines)
{
    GArray *words = g_array_new(FALSE, FALSE, sizeof(jx_layout_word));
    g_array_set_size(row_lines, 0);
    int rows = 0;
    for (gsize k = a; k < b; k++) {
        const page_line *pl = &lines[k];
        if (line_blank(pl) || pl->furniture)
            continue;
        const char *p = pl->s, *end = pl->s + pl->n;
        int col = 0;
        while (p < end) {
            int bytes, shown = jx_text_char_width(p, end, &bytes);
            gboolean space = *p == ' ' || (bytes == 3 && memcmp(p, "\xE3\x80\x80", 3) == 0);
            int width = shown > 1 ? wide : shown;
            if (space) {
                col += width;
                p += bytes;
                continue;
            }
            jx_layout_word w = {p, 0, col, col, rows, shown > 1, FALSE};
            while (p < end && *p != ' ' && !(end - p >= 3 && memcmp(p, "\xE3\x80\x80", 3) == 0)) {
                int cw = jx_text_char_width(p, end, &bytes);
                col += cw > 1 ? wide : cw;
                w.wide_end = cw > 1;
                p += bytes;
            }
            w.len = (gsize)(p - w.text);
            w.x1 = col;
            g_array_append_val(words, w);
        }
        g_array_append_val(row_lines, pl->line);
        rows++;
    }
    return words;
}

/*
 * Builds the grid of region lines[a, b).  Where a word stands depends on who
 * laid the text out: a terminal renderer (a text browser) gives a CJK
 * character two columns, as it shows it; pdftotext -layout gives every
 * character one, whatever its width.  Both readings are tried and the one
 * whose cells line up better (their left edges at fewer positions) is kept.
 */
static void emit_layout(splitter *sp, const page_line *lines, gsize a, gsize b)
{
    GArray *row_lines = g_array_new(FALSE, FALSE, sizeof(int));
    jx_grid *best = NULL;
    double best_alignment = -1;
    static const int wide_as[] = {2, 1};
    for (gsize i = 0; i < G_N_ELEMENTS(wide_as); i++) {
        GArray *words = region_words(lines, a, b, wide_as[i], row_lines);
        double alignment;
        /* two spaces or more part pieces of text; one column is the resolution */
        jx_grid *grid = jx_layout_grid((jx_layout_word *)words->data, words->len,
                                       (int)row_lines->len, (const int *)row_lines->data, sp->page,
                                       2.0, 1.0, &alignment);
        g_array_free(words, TRUE);
        if (alignment > best_alignment) {
            jx_grid_free(best);
            best = grid;
            best_alignment = alignment;
        } else {
            jx_grid_free(grid);
        }
    }
    jx_source_add_grid(sp->src, best, lines[a].line, sp->page);
    for (gsize k = a; k < b; k++)
        if (lines[k].furniture) {
            g_string_truncate(sp->buf, 0);
            g_string_append_len(sp->buf, lines[k].s, (gssize)lines[k].n);
            jx_source_add_line(sp->src, sp->buf->str, lines[k].line, sp->page);
        }
    g_array_free(row_lines, TRUE);
}

/* The margin of a page's tables (the leftmost start of its lines of
 * several pieces) and their width (to the rightmost end of those lines). */
static int page_margin(const page_line *lines, gsize n, int *width)
{
    int margin = G_MAXINT, right = 0;
    for (gsize k = 0; k < n; k++)
        if (lines[k].kind == ROW_SPACE) {
            margin = MIN(margin, lines[k].offset);
            right = MAX(right, lines[k].offset + lines[k].width);
        }
    if (margin == G_MAXINT)
        margin = 0;
    *width = right - margin;
    return margin;
}

/* One page of plain text: dash-ruled tables, layout regions, and lines for
 * the line classifier (tab, pipe and grid tables, running text). */
static void split_page(splitter *sp, GArray *page)
{
    page_line *lines = (page_line *)page->data;
    gsize n = page->len;
    for (gsize k = 0; k < n; k++)
        describe_line(sp, &lines[k]);
    int width;
    int margin = page_margin(lines, n, &width);
    const char *page_end = n ? lines[n - 1].s + lines[n - 1].n : NULL;
    gboolean after_blank = TRUE;
    for (gsize i = 0; i < n;) {
        jx_grid *grid = NULL;
        gsize used = may_open_dashed(lines[i].s, page_end, after_blank)
                         ? jx_dashed_table(lines[i].s, page_end, lines[i].line, sp->page, &grid)
                         : 0;
        if (used) {
            flush_run(sp);
            jx_source_add_grid(sp->src, grid, lines[i].line, sp->page);
            const char *stop = lines[i].s + used;
            while (i < n && lines[i].s < stop)
                i++;
            after_blank = FALSE;
            continue;
        }
        gsize end = find_region(lines, n, i, margin, width, sp->page <= 1);
        if (end > i) {
            flush_run(sp);
            emit_layout(sp, lines, i, end);
            after_blank = FALSE;
            i = end;
            continue;
        }
        feed_line(sp, lines[i].s, lines[i].n, lines[i].line, NULL);
        after_blank = line_blank(&lines[i]);
        i++;
    }
    flush_run(sp);
}

/* Plain text, page by page (a form feed starts a page; a line cut by one
 * has its pieces on both pages). */
static void split_plain(splitter *sp, const char *text, gsize len)
{
    GArray *page = g_array_new(FALSE, FALSE, sizeof(page_line));
    const char *p = text, *end = text + len;
    int line = 1;
    while (p < end) {
        const char *nl = memchr(p, '\n', end - p);
        const char *stop = nl ? nl : end;
        for (;;) {
            const char *ff = memchr(p, '\f', stop - p);
            gsize n = (gsize)((ff ? ff : stop) - p);
            if (n && p[n - 1] == '\r')
                n--;
            page_line pl = {p, n, line, ROW_NONE, 0, 0, FALSE, FALSE};
            g_array_append_val(page, pl);
            if (!ff)
                break;
            split_page(sp, page);
            g_array_set_size(page, 0);
            page_break(sp);
            p = ff + 1;
        }
        p = stop + 1;
        line++;
    }
    split_page(sp, page);
    g_array_free(page, TRUE);
}

/* ------------------------------------------------------------ HTML */

/* Forward-only cursor over HTML that keeps the line and page counts. */
typedef struct {
    const char *text;
    gsize len;
    gsize pos;     /* everything before pos has been counted */
    int line;
    const char *gt; /* next '>' at or after the last search, or NULL for none left */
    gsize gt_from; /* where that search started */
} cursor;

/* Moves the count up to `to`, counting newlines and (through the splitter)
 * form feeds. */
static void cursor_advance(splitter *sp, cursor *cur, gsize to)
{
    for (gsize i = cur->pos; i < to; i++) {
        if (cur->text[i] == '\n')
            cur->line++;
        else if (cur->text[i] == '\f')
            page_break(sp);
    }
    if (to > cur->pos)
        cur->pos = to;
}

/* The next '>' at or after `from`.  A failed search is remembered, so text
 * full of '<' without '>' stays linear. */
static const char *next_gt(cursor *cur, gsize from)
{
    if (cur->gt_from <= from && (!cur->gt || (gsize)(cur->gt - cur->text) >= from))
        return cur->gt;
    cur->gt_from = from;
    cur->gt = memchr(cur->text + from, '>', cur->len - from);
    return cur->gt;
}

typedef struct {
    gboolean closing;
    char name[12]; /* lower case, truncated */
    gsize start;   /* offset of '<' */
    gsize end;     /* offset after '>' */
} tag;

/* Reads the tag at `at` (text[at] == '<') that ends before `limit`.  FALSE
 * when it is no tag: not followed by a letter, '/' or '!', or no '>' follows
 * before `limit`.  An unclosed comment runs to `limit`, so no later '<'
 * searches the same text again. */
static gboolean read_tag(cursor *cur, gsize at, gsize limit, tag *t)
{
    const char *s = cur->text;
    gsize i = at + 1;
    t->closing = FALSE;
    if (i < cur->len && s[i] == '/') {
        t->closing = TRUE;
        i++;
    }
    if (i >= cur->len || !(g_ascii_isalpha(s[i]) || s[i] == '!' || s[i] == '?'))
        return FALSE;
    t->start = at;
    if (s[i] == '!' && i + 2 < limit && s[i + 1] == '-' && s[i + 2] == '-') {
        /* a comment runs to "-->", or to the end when unclosed */
        const char *close = g_strstr_len(s + i + 3, (gssize)(limit - i - 3), "-->");
        t->end = close ? (gsize)(close - s) + 3 : limit;
        strcpy(t->name, "!--");
        return TRUE;
    }
    const char *gt = next_gt(cur, i);
    if (!gt || (gsize)(gt - s) >= limit)
        return FALSE;
    gsize k = 0;
    while (i < cur->len && k + 1 < sizeof t->name && g_ascii_isalnum(s[i]))
        t->name[k++] = g_ascii_tolower(s[i++]);
    t->name[k] = '\0';
    t->end = (gsize)(gt - s) + 1;
    return TRUE;
}

static gboolean tag_is(const tag *t, const char *name) { return strcmp(t->name, name) == 0; }

/* The integer value of attribute `attr` in the tag (quoted or not), clamped
 * to [1, max]; 1 when absent or not a number. */
static int tag_span(const cursor *cur, const tag *t, const char *attr, int max)
{
    gsize alen = strlen(attr);
    const char *s = cur->text;
    for (gsize i = t->start + 1; i + alen < t->end; i++) {
        if (g_ascii_strncasecmp(s + i, attr, alen) != 0 || g_ascii_isalnum(s[i - 1]))
            continue;
        gsize j = i + alen;
        while (j < t->end && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n'))
            j++;
        if (j >= t->end || s[j] != '=')
            continue;
        j++;
        while (j < t->end && (s[j] == ' ' || s[j] == '"' || s[j] == '\''))
            j++;
        gint64 v = 0;
        gboolean digits = FALSE;
        while (j < t->end && g_ascii_isdigit(s[j])) {
            if (v < max)
                v = v * 10 + (s[j] - '0');
            digits = TRUE;
            j++;
        }
        if (!digits || v < 1)
            return 1;
        return (int)MIN(v, (gint64)max);
    }
    return 1;
}

/* Tags after which running text starts a new line. */
static gboolean breaks_line(const tag *t)
{
    static const char *const closing[] = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5",
                                          "h6", "tr", "table", "ul", "ol", "blockquote",
                                          "pre", "section", "article", "header", "footer"};
    if (tag_is(t, "br") || tag_is(t, "hr"))
        return TRUE;
    if (!t->closing)
        return FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(closing); i++)
        if (tag_is(t, closing[i]))
            return TRUE;
    return FALSE;
}

/* The offset just past `</name>` at or after `from` (any case), or `stop`
 * when it is not closed before. */
static gsize element_end(const cursor *cur, gsize from, gsize stop, const char *name)
{
    gsize n = strlen(name);
    for (gsize i = from; i + 2 + n <= stop; i++) {
        const char *p = cur->text + i;
        if (p[0] == '<' && p[1] == '/' && g_ascii_strncasecmp(p + 2, name, n) == 0) {
            const char *gt = memchr(p, '>', stop - i);
            return gt ? (gsize)(gt - cur->text) + 1 : stop;
        }
    }
    return stop;
}

/* Markup-stripped running text between tables → lines for the classifier. */
typedef struct {
    GString *text;
    int line; /* source line of its first character */
} prose_line;

static void prose_emit(splitter *sp, prose_line *pl)
{
    if (pl->text->len == 0)
        return;
    gsize n = pl->text->len;
    char *owned = g_string_free(pl->text, FALSE);
    const char *s = owned;
    trim_ascii(&s, &n);
    feed_line(sp, s, n, pl->line, owned);
    pl->text = g_string_new(NULL);
}

/* Strips the markup of text[cur->pos, stop) and feeds its lines. */
static void split_prose(splitter *sp, cursor *cur, gsize stop)
{
    prose_line pl = {g_string_new(NULL), cur->line};
    const char *s = cur->text;
    gsize i = cur->pos;
    while (i < stop) {
        char c = s[i];
        tag t;
        if (c == '<' && read_tag(cur, i, stop, &t)) {
            cursor_advance(sp, cur, i);
            if (breaks_line(&t))
                prose_emit(sp, &pl);
            /* newlines inside a tag belong to no text line; a style sheet
             * or a script is no text at all */
            gsize after = t.end;
            if (!t.closing && (tag_is(&t, "style") || tag_is(&t, "script")))
                after = element_end(cur, t.end, stop, t.name);
            cursor_advance(sp, cur, after);
            i = after;
            continue;
        }
        if (c == '\n' || c == '\f') {
            gboolean had_text = pl.text->len > 0;
            prose_emit(sp, &pl);
            if (!had_text && c == '\n')
                feed_line(sp, "", 0, cur->line, NULL); /* a blank line ends a run */
            cursor_advance(sp, cur, i + 1);
            pl.line = cur->line;
            i++;
            continue;
        }
        if (pl.text->len == 0) {
            cursor_advance(sp, cur, i);
            pl.line = cur->line;
        }
        g_string_append_c(pl.text, c);
        i++;
    }
    prose_emit(sp, &pl);
    g_string_free(pl.text, TRUE);
    cursor_advance(sp, cur, stop);
}

typedef struct {
    int row, col, rowspan, colspan;
    gsize a, b; /* raw inner HTML: text[a, b) */
} html_cell;

typedef struct {
    int line, page;
} origin;

typedef struct {
    GArray *cells;   /* html_cell */
    GArray *origins; /* origin per row */
    GArray *covered; /* int per column: first row no longer covered by a rowspan */
    int row, col;
    gboolean in_row, in_cell;
    html_cell cur;
    int table_line, table_page;
} html_table;

static void table_close_cell(html_table *tb, gsize at)
{
    if (!tb->in_cell)
        return;
    tb->in_cell = FALSE;
    tb->cur.b = at;
    if (tb->cur.col >= 0)
        g_array_append_val(tb->cells, tb->cur);
}

static void table_start_row(splitter *sp, html_table *tb, const cursor *cur)
{
    table_close_cell(tb, cur->pos);
    tb->row++;
    tb->col = 0;
    tb->in_row = TRUE;
    origin o = {cur->line, sp->page};
    g_array_append_val(tb->origins, o);
}

/* Places a cell by the HTML table model: the first column of the row not
 * covered by a rowspan from above. */
static void table_start_cell(splitter *sp, html_table *tb, const cursor *cur, const tag *t)
{
    table_close_cell(tb, t->start);
    if (!tb->in_row)
        table_start_row(sp, tb, cur);
    int rs = tag_span(cur, t, "rowspan", MAX_ROWSPAN);
    int cs = tag_span(cur, t, "colspan", MAX_COLS);
    int c = tb->col;
    while (c < (int)tb->covered->len && g_array_index(tb->covered, int, c) > tb->row)
        c++;
    tb->in_cell = TRUE;
    tb->cur = (html_cell){tb->row, c, rs, cs, t->end, t->end};
    if (c >= MAX_COLS) {
        tb->cur.col = -1; /* dropped: wider than any table */
        sp->dropped++;
        return;
    }
    cs = MIN(cs, MAX_COLS - c);
    tb->cur.colspan = cs;
    if ((int)tb->covered->len < c + cs)
        g_array_set_size(tb->covered, c + cs);
    for (int k = c; k < c + cs; k++)
        g_array_index(tb->covered, int, k) = tb->row + rs;
    tb->col = c + cs;
}

static void add_html_cell(splitter *sp, grid_builder *gb, const cursor *cur,
                          const html_cell *hc, int first_row, int end_row, int page)
{
    const char *s = cur->text + hc->a;
    gsize n = hc->b > hc->a ? hc->b - hc->a : 0;
    trim_ascii(&s, &n);
    g_string_truncate(sp->buf, 0);
    g_string_append_len(sp->buf, s, (gssize)n);
    int rs = MIN(hc->rowspan, end_row - hc->row);
    jx_cell *cell = jx_grid_add_cell(gb->grid, hc->row - first_row, hc->col, rs, hc->colspan,
                                     sp->buf->str);
    cell->page = page;
    gb->cells++;
}

/* Adds the laid-out table as one grid, or as several when a pathological
 * table would break the area guard (rowspans are cut at the seams). */
static void table_emit(splitter *sp, html_table *tb, const cursor *cur)
{
    int n_rows = (int)tb->origins->len;
    guint ci = 0;
    int first = 0;
    while (first < n_rows) {
        /* find where this chunk ends */
        int end = first;
        gsize cells = 0, width = 0;
        guint cj = ci;
        while (end < n_rows) {
            gsize c2 = cells, w2 = width;
            guint ck = cj;
            for (; ck < tb->cells->len && g_array_index(tb->cells, html_cell, ck).row == end;
                 ck++) {
                const html_cell *hc = &g_array_index(tb->cells, html_cell, ck);
                w2 = MAX(w2, (gsize)(hc->col + hc->colspan));
                c2++;
            }
            if (end > first && !area_ok((gsize)(end - first + 1), w2, c2))
                break;
            cells = c2;
            width = w2;
            cj = ck;
            end++;
        }
        grid_builder gb;
        origin *o = &g_array_index(tb->origins, origin, first);
        gb_start(&gb, first == 0 ? tb->table_line : o->line,
                 first == 0 ? tb->table_page : o->page);
        for (int r = first; r < end; r++) {
            origin *orr = &g_array_index(tb->origins, origin, r);
            jx_grid_set_row_origin(gb.grid, r - first, orr->line, orr->page);
            gb.rows++;
        }
        for (; ci < cj; ci++) {
            const html_cell *hc = &g_array_index(tb->cells, html_cell, ci);
            add_html_cell(sp, &gb, cur, hc, first, end,
                          g_array_index(tb->origins, origin, hc->row).page);
        }
        gb_finish(sp, &gb);
        if (end < n_rows)
            sp->cut_grids++;
        first = end;
    }
}

/* Lays out the <table> whose start tag `open` the cursor stands on, up to
 * its matching </table> (or the end of the text), and adds it as a grid.
 * Tables nested in a cell stay in that cell's raw text. */
static void split_table(splitter *sp, cursor *cur, const tag *open)
{
    html_table tb = {
        .cells = g_array_new(FALSE, FALSE, sizeof(html_cell)),
        .origins = g_array_new(FALSE, FALSE, sizeof(origin)),
        .covered = g_array_new(FALSE, TRUE, sizeof(int)),
        .row = -1,
        .table_line = cur->line,
        .table_page = sp->page,
    };
    gsize caption_at = 0;
    int nest = 0;
    cursor_advance(sp, cur, open->end);
    gsize i = open->end;
    for (;;) {
        const char *lt = memchr(cur->text + i, '<', cur->len - i);
        tag t;
        if (!lt) {
            i = cur->len;
            break;
        }
        i = (gsize)(lt - cur->text);
        if (!read_tag(cur, i, cur->len, &t)) {
            i++;
            continue;
        }
        cursor_advance(sp, cur, i);
        i = t.end;
        if (tag_is(&t, "table")) {
            if (!t.closing) {
                nest++;
                continue;
            }
            if (nest > 0) {
                nest--;
                continue;
            }
            table_close_cell(&tb, t.start);
            break;
        }
        if (nest > 0)
            continue;
        if (tag_is(&t, "tr")) {
            if (t.closing) {
                table_close_cell(&tb, t.start);
                tb.in_row = FALSE;
            } else {
                table_start_row(sp, &tb, cur);
            }
        } else if (tag_is(&t, "td") || tag_is(&t, "th")) {
            if (t.closing)
                table_close_cell(&tb, t.start);
            else
                table_start_cell(sp, &tb, cur, &t);
        } else if (tag_is(&t, "thead") || tag_is(&t, "tbody") || tag_is(&t, "tfoot")) {
            table_close_cell(&tb, t.start);
            tb.in_row = FALSE;
        } else if (tag_is(&t, "caption") && !tb.in_cell) {
            if (!t.closing) {
                caption_at = t.end;
            } else if (caption_at) {
                g_string_truncate(sp->buf, 0);
                for (gsize k = caption_at; k < t.start; k++)
                    g_string_append_c(sp->buf, cur->text[k] == '\n' ? ' ' : cur->text[k]);
                char *cap = g_strstrip(g_strdup(sp->buf->str));
                if (*cap)
                    jx_source_add_line(sp->src, cap, tb.table_line, tb.table_page);
                g_free(cap);
                caption_at = 0;
            }
        }
    }
    table_close_cell(&tb, i);
    cursor_advance(sp, cur, i);
    table_emit(sp, &tb, cur);
    g_array_free(tb.cells, TRUE);
    g_array_free(tb.origins, TRUE);
    g_array_free(tb.covered, TRUE);
}

/* Offset of the next "<table" start tag at or after `from`, or len.
 * Comments are skipped: a commented-out table is no table. */
static gsize find_table(const char *text, gsize len, gsize from)
{
    for (gsize i = from; i < len;) {
        const char *lt = memchr(text + i, '<', len - i);
        if (!lt)
            return len;
        i = (gsize)(lt - text);
        if (len - i >= 4 && memcmp(lt, "<!--", 4) == 0) {
            const char *close = g_strstr_len(lt + 4, (gssize)(len - i - 4), "-->");
            if (!close)
                return len;
            i = (gsize)(close - text) + 3;
            continue;
        }
        if (len - i >= 6 && g_ascii_strncasecmp(lt + 1, "table", 5) == 0 &&
            (len - i == 6 || !g_ascii_isalnum(lt[6])))
            return i;
        i++;
    }
    return len;
}

static void split_html(splitter *sp, const char *text, gsize len)
{
    cursor cur = {text, len, 0, 1, NULL, G_MAXSIZE};
    while (cur.pos < len) {
        gsize t = find_table(text, len, cur.pos);
        split_prose(sp, &cur, t);
        if (t >= len)
            break;
        tag open;
        if (!read_tag(&cur, t, len, &open)) {
            /* "<table" with no '>' after it: the rest is text */
            split_prose(sp, &cur, len);
            break;
        }
        flush_run(sp);
        split_table(sp, &cur, &open);
    }
    flush_run(sp);
}

/* ------------------------------------------------------------ entry points */

/* Pages counted from 1 when the text has form feeds; a form feed that ends
 * the text (pdftotext ends every page with one) opens no new page. */
static int count_pages(const char *text, gsize len)
{
    int pages = 0;
    const char *last = NULL;
    for (const char *p = text, *end = text + len; (p = memchr(p, '\f', end - p)); p++) {
        pages++;
        last = p;
    }
    if (!pages)
        return 0;
    if (!is_blank(last + 1, (gsize)(text + len - last - 1)))
        pages++;
    return pages;
}

/*
 * See extract.h.  Also sets src->pages (0 without form feeds) and adds
 * warnings for rows cut at MAX_COLS and grids cut by the area guard.
 */
void jx_text_split(jx_source *src, const char *utf8, gsize len)
{
    g_return_if_fail(src != NULL);
    if (!utf8) {
        utf8 = "";
        len = 0;
    }
    const char *format = jx_text_sniff_format(utf8, len);
    if (strcmp(format, "csv") == 0) {
        jx_csv_split(src, utf8, len);
        return;
    }
    splitter sp = {
        .src = src,
        .page = memchr(utf8, '\f', len) ? 1 : 0,
        .run = g_array_new(FALSE, FALSE, sizeof(pending_line)),
        .pieces = g_array_new(FALSE, FALSE, sizeof(piece)),
        .buf = g_string_new(NULL),
    };
    if (strcmp(format, "html") == 0)
        split_html(&sp, utf8, len);
    else
        split_plain(&sp, utf8, len);
    flush_run(&sp);
    src->pages = count_pages(utf8, len);
    if (sp.wide_rows)
        jx_source_add_warning(src, "%" G_GSIZE_FORMAT " row(s) had more than %d cells; the "
                              "rest of each was kept in its last cell", sp.wide_rows, MAX_COLS);
    if (sp.dropped)
        jx_source_add_warning(src, "%" G_GSIZE_FORMAT " HTML cell(s) beyond column %d were "
                              "dropped", sp.dropped, MAX_COLS);
    if (sp.cut_grids)
        jx_source_add_warning(src, "%" G_GSIZE_FORMAT " very sparse table(s) were cut into "
                              "several grids", sp.cut_grids);
    g_array_free(sp.run, TRUE);
    g_array_free(sp.pieces, TRUE);
    g_string_free(sp.buf, TRUE);
}

/* TRUE when the text has a <table or <html start tag (any case). */
static gboolean has_html_tags(const char *text, gsize len)
{
    static const char *const names[] = {"table", "html"};
    for (const char *p = text, *end = text + len; (p = memchr(p, '<', end - p)); p++) {
        for (gsize k = 0; k < G_N_ELEMENTS(names); k++) {
            gsize n = strlen(names[k]);
            if ((gsize)(end - p - 1) >= n && g_ascii_strncasecmp(p + 1, names[k], n) == 0 &&
                ((gsize)(end - p - 1) == n || !g_ascii_isalnum(p[1 + n])))
                return TRUE;
        }
    }
    return FALSE;
}

/* TRUE when a markdown delimiter row follows a pipe row of 2+ cells. */
static gboolean has_markdown_table(const char *text, gsize len)
{
    GArray *pieces = g_array_new(FALSE, FALSE, sizeof(piece));
    gboolean prev_row = FALSE, found = FALSE;
    for (const char *p = text, *end = text + len; p < end && !found;) {
        const char *nl = memchr(p, '\n', end - p);
        gsize n = (gsize)((nl ? nl : end) - p);
        gboolean pipe = memchr(p, '|', n) != NULL;
        if (pipe && is_pipe_separator(p, n)) {
            found = prev_row;
            prev_row = FALSE;
        } else if (pipe) {
            gboolean outer;
            split_pipes(p, n, pieces, &outer);
            prev_row = pieces->len >= 2;
        } else {
            prev_row = FALSE;
        }
        p = nl ? nl + 1 : end;
    }
    g_array_free(pieces, TRUE);
    return found;
}

/* See extract.h.  Returns a static string. */
const char *jx_text_sniff_format(const char *utf8, gsize len)
{
    if (!utf8 || len == 0)
        return "text";
    if (has_html_tags(utf8, len))
        return "html";
    if (has_markdown_table(utf8, len))
        return "markdown";
    if (jx_csv_sniff(utf8, len))
        return "csv";
    return "text";
}
