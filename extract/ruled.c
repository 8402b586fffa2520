/*
 * ruled.c — tables drawn with rule characters in text: box drawing (w3m's
 * dump of a bordered HTML table, report engines, terminal tools; light,
 * heavy or double rules) and ASCII grids (`+---+---+` with `|` between
 * cells: pandoc's grid tables, database shells, table.el).
 *
 *   ┌────────┬────────┬──────────┐  The rules give every cell's extent, in
 *   │一级指标│二级指标│指标值    │  display columns (CJK characters two
 *   ├────────┼────────┼──────────┤  wide): columns are bounded where a line
 *   │        │        │≥5000公里 │  has a vertical rule or a junction, and a
 *   │产出指标│数量指标├──────────┤  cell runs down its column until a rule
 *   │        │        │≥20次     │  crosses that column.  So a label merged
 *   └────────┴────────┴──────────┘  over rows (centred here, as w3m sets
 *                                    it) is one cell spanning them, as the
 * HTML reader gives it, and a cell whose lines lack the bar at a boundary
 * spans both columns.  A cell's lines are joined with '\n' (normalization
 * joins wrapped text).  A table whose body has no rule between its rows (a
 * database shell's output) has a row per body line, and so has a table of
 * bars without any rule (antiword's text of a Word table: `|a  |b  |`, a
 * wrapped cell going on in the next line, which parse joins as it joins a
 * wrapped name anywhere) when its lines share their frame and every bar
 * stands under one of its fullest line.  Where the bars do not
 * line up (a renderer that counts some character's width otherwise), each
 * line is cut at its own bars, in order, and every rule line parts rows.
 */
#include "extract/extract.h"

#include <stdlib.h>
#include <string.h>

/* A rule line's horizontal runs are at least this long together: `+-+` in
 * running text is no table. */
#define MIN_RULE_FILL 3
/* Bounds on what one block may cost (lines × columns flags); past them the
 * lines are left to the other readers. */
#define MAX_RULED_COLS 512
#define MAX_RULED_AREA (16u << 20)

typedef enum { G_TEXT, G_SPACE, G_HFILL, G_VBAR, G_JOIN } glyph_kind;

typedef struct {
    int x;          /* display column */
    gsize off, len; /* bytes in the line */
    glyph_kind kind;
} glyph;

typedef struct {
    const char *s;
    gsize n;
    guint first, count; /* its glyphs */
    gboolean rule;      /* rules and blanks only */
} rline;

/* Box drawing (U+2500–U+257F): the horizontal pieces fill, the vertical
 * pieces part cells, everything else (corners, tees, crosses) joins. */
static glyph_kind box_kind(gunichar u)
{
    switch (u) {
    case 0x2500: case 0x2501: case 0x2504: case 0x2505: case 0x2508: case 0x2509:
    case 0x254C: case 0x254D: case 0x2550: case 0x2574: case 0x2576: case 0x2578:
    case 0x257A: case 0x257C: case 0x257E: return G_HFILL;
    case 0x2502: case 0x2503: case 0x2506: case 0x2507: case 0x250A: case 0x250B:
    case 0x254E: case 0x254F: case 0x2551: case 0x2575: case 0x2577: case 0x2579:
    case 0x257B: case 0x257D: case 0x257F: return G_VBAR;
    default: return G_JOIN;
    }
}

static gboolean ascii_fill(char c)
{
    return c == '-' || c == '=' || c == ':';
}

static gboolean is_bar(glyph_kind k)
{
    return k == G_VBAR || k == G_JOIN;
}

/* A run of ASCII fill from bar (or line edge) to bar is a rule: `|-----+`,
 * `+=====+`, `+:----+`; one that touches text or a blank (`0-6岁`, `| - |`)
 * is text. */
static void mark_ascii_rules(const rline *l, glyph *gs)
{
    for (guint i = 0; i < l->count; i++)
        if (l->s[gs[i].off] == '+' &&
            ((i > 0 && ascii_fill(l->s[gs[i - 1].off])) ||
             (i + 1 < l->count && ascii_fill(l->s[gs[i + 1].off]))))
            gs[i].kind = G_JOIN;
    for (guint i = 0; i < l->count;) {
        if (gs[i].kind != G_TEXT || !ascii_fill(l->s[gs[i].off])) {
            i++;
            continue;
        }
        guint j = i;
        while (j < l->count && gs[j].kind == G_TEXT && ascii_fill(l->s[gs[j].off]))
            j++;
        gboolean left = i == 0 || is_bar(gs[i - 1].kind);
        gboolean right = j == l->count || is_bar(gs[j].kind);
        gboolean barred = (i > 0 && is_bar(gs[i - 1].kind)) || (j < l->count && is_bar(gs[j].kind));
        if (left && right && barred)
            for (guint k = i; k < j; k++)
                gs[k].kind = G_HFILL;
        i = j;
    }
    /* a + with no rule beside it is text (`A+B`) */
    for (guint i = 0; i < l->count; i++)
        if (gs[i].kind == G_JOIN && l->s[gs[i].off] == '+' &&
            !(i > 0 && gs[i - 1].kind == G_HFILL) && !(i + 1 < l->count && gs[i + 1].kind == G_HFILL))
            gs[i].kind = G_TEXT;
}

/* The glyphs of one line, at display columns (CJK two wide) or, with
 * `by_chars`, one column per character (a renderer that counts characters
 * lines its bars up so). */
static void read_glyphs(rline *l, GArray *glyphs, gboolean by_chars)
{
    l->first = glyphs->len;
    const char *p = l->s, *end = l->s + l->n;
    int x = 0;
    while (p < end) {
        int bytes, width = jx_text_char_width(p, end, &bytes);
        glyph g = {x, (gsize)(p - l->s), (gsize)bytes, G_TEXT};
        guchar c = (guchar)*p;
        if (c == ' ' || c == '\t')
            g.kind = G_SPACE;
        else if (c == '|')
            g.kind = G_VBAR;
        else if (c == 0xE2 && bytes == 3 && ((guchar)p[1] == 0x94 || (guchar)p[1] == 0x95))
            g.kind = box_kind(g_utf8_get_char(p));
        g_array_append_val(glyphs, g);
        x += by_chars ? 1 : width;
        p += bytes;
    }
    l->count = glyphs->len - l->first;
    glyph *gs = &g_array_index(glyphs, glyph, l->first);
    mark_ascii_rules(l, gs);
    int fill = 0;
    gboolean other = FALSE, joins = FALSE;
    for (guint i = 0; i < l->count; i++) {
        fill += gs[i].kind == G_HFILL;
        joins |= is_bar(gs[i].kind);
        other |= gs[i].kind == G_TEXT;
    }
    l->rule = !other && joins && fill >= MIN_RULE_FILL;
}

/* How many box-drawing bars the line has (a bordered table without a top
 * rule opens on such a line). */
static int box_bars(const rline *l, const GArray *glyphs)
{
    int bars = 0;
    for (guint i = 0; i < l->count; i++) {
        const glyph *g = &g_array_index(glyphs, glyph, l->first + i);
        bars += g->kind == G_VBAR && l->s[g->off] != '|';
    }
    return bars;
}

/* A markdown table's separator (`|---|:--:|`) has no junction: it opens no
 * ruled table. */
static gboolean has_join(const rline *l, const GArray *glyphs)
{
    for (guint i = 0; i < l->count; i++)
        if (g_array_index(glyphs, glyph, l->first + i).kind == G_JOIN)
            return TRUE;
    return FALSE;
}

/* How many bars (vertical rules and junctions) the line has. */
static int bars_of(const rline *l, const GArray *glyphs)
{
    int bars = 0;
    for (guint i = 0; i < l->count; i++)
        bars += is_bar(g_array_index(glyphs, glyph, l->first + i).kind);
    return bars;
}

/* The line of `ls` with the most bars (the first of equals); *bars: how
 * many (-1 when there is no line). */
static guint fullest_line(const rline *ls, guint n, const GArray *glyphs, int *bars)
{
    guint fullest = 0;
    *bars = -1;
    for (guint k = 0; k < n; k++) {
        int here = bars_of(&ls[k], glyphs);
        if (here > *bars) {
            *bars = here;
            fullest = k;
        }
    }
    return fullest;
}

static int cmp_int(gconstpointer a, gconstpointer b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* The sorted distinct bar columns of the lines (rule lines only, or all). */
static GArray *bar_columns(const rline *lines, guint n, const GArray *glyphs, gboolean rules_only)
{
    GArray *xs = g_array_new(FALSE, FALSE, sizeof(int));
    for (guint k = 0; k < n; k++)
        for (guint i = 0; i < lines[k].count; i++) {
            const glyph *g = &g_array_index(glyphs, glyph, lines[k].first + i);
            gboolean partial_rule = g->kind == G_JOIN; /* a junction stands on a rule */
            if (is_bar(g->kind) && (!rules_only || lines[k].rule || partial_rule))
                g_array_append_val(xs, g->x);
        }
    g_array_sort(xs, cmp_int);
    guint w = 0;
    for (guint i = 0; i < xs->len; i++)
        if (w == 0 || g_array_index(xs, int, i) != g_array_index(xs, int, w - 1))
            g_array_index(xs, int, w++) = g_array_index(xs, int, i);
    g_array_set_size(xs, w);
    return xs;
}

static gboolean holds_int(const GArray *xs, int x)
{
    /* an empty GArray may have no data at all, which bsearch must not get */
    return xs->len && bsearch(&x, xs->data, xs->len, sizeof(int), cmp_int) != NULL;
}

/* TRUE when every bar of every line stands where the rules put one. */
static gboolean bars_line_up(const rline *lines, guint n, const GArray *glyphs, const GArray *rules)
{
    for (guint k = 0; k < n; k++)
        for (guint i = 0; i < lines[k].count; i++) {
            const glyph *g = &g_array_index(glyphs, glyph, lines[k].first + i);
            if (is_bar(g->kind) && !holds_int(rules, g->x))
                return FALSE;
        }
    return TRUE;
}

/* The first and last bar of a line. */
static void frame_of(const rline *l, const GArray *glyphs, int *left, int *right)
{
    *left = *right = -1;
    for (guint i = 0; i < l->count; i++) {
        const glyph *g = &g_array_index(glyphs, glyph, l->first + i);
        if (is_bar(g->kind)) {
            if (*left < 0)
                *left = g->x;
            *right = g->x;
        }
    }
}

static const rline *ls0(const GArray *lines)
{
    return &g_array_index(lines, rline, 0);
}

/* Two framed lines of one table: a table printed right under another
 * (antiword's metadata table above the indicators) has a frame of its own. */
static gboolean same_frame(const rline *a, const rline *b, const GArray *glyphs)
{
    int al, ar, bl, br;
    frame_of(a, glyphs, &al, &ar);
    frame_of(b, glyphs, &bl, &br);
    return al == bl && ar == br;
}

/* TRUE when the bars of a table without rules line up: every line's bars
 * stand where the fullest line has one (a cell over several columns only
 * leaves bars out).  Lines that merely end at the same column (a table of
 * single-spaced cells between bars, `|1|产出|…|`) have their inner bars
 * elsewhere. */
static gboolean frames_line_up(const rline *ls, guint n, const GArray *glyphs)
{
    int most;
    guint fullest = fullest_line(ls, n, glyphs, &most);
    GArray *cols = bar_columns(&ls[fullest], 1, glyphs, FALSE);
    gboolean ok = bars_line_up(ls, n, glyphs, cols);
    g_array_free(cols, TRUE);
    return ok;
}

typedef struct {
    const rline *lines;
    guint n;
    const GArray *glyphs;
    const int *bx;   /* bar columns, ncols + 1 */
    int ncols;
    guint8 *crossed; /* [line * ncols + col]: a rule crosses the column there */
    gboolean *bar_at; /* [line * (ncols + 1) + b]: the line has a bar at boundary b */
} ruling;

/* Marks, for each line and column, whether a rule fills the column there
 * (its inside all rule, no blank: a cell's padding keeps text off it), and
 * where each line has its bars. */
static void mark_ruling(ruling *r)
{
    int nc = r->ncols;
    for (guint k = 0; k < r->n; k++) {
        const rline *l = &r->lines[k];
        const glyph *gs = &g_array_index(r->glyphs, glyph, l->first);
        int col = 0;
        int fill = 0;
        gboolean clean = TRUE;
        for (guint i = 0; i <= l->count; i++) {
            int x = i < l->count ? gs[i].x : G_MAXINT;
            while (col < nc && x >= r->bx[col + 1]) {
                r->crossed[k * nc + col] = fill > 0 && clean;
                col++;
                fill = 0;
                clean = TRUE;
            }
            if (i == l->count)
                break;
            if (x == r->bx[col] && is_bar(gs[i].kind))
                r->bar_at[k * (nc + 1) + col] = TRUE;
            else if (col < nc && x > r->bx[col]) {
                if (gs[i].kind == G_HFILL)
                    fill++;
                else
                    clean = FALSE;
            }
        }
    }
}

typedef struct {
    guint first, last; /* lines */
} row_span;

/* A table of at most two rows (a header and a body) whose last has several
 * lines: no rule parts the body's rows, so each line is one (a database
 * shell's table; a grid table's rows are ruled apart). */
static void split_unruled_body(GArray *rows)
{
    if (rows->len < 1 || rows->len > 2)
        return;
    row_span body = g_array_index(rows, row_span, rows->len - 1);
    if (body.last == body.first)
        return;
    g_array_set_size(rows, rows->len - 1);
    for (guint l = body.first; l <= body.last; l++) {
        row_span one = {l, l};
        g_array_append_val(rows, one);
    }
}

/* The rows: runs of lines no rule crosses anywhere.  A body without rules
 * between its rows (no line crossed in part, at most two rows) has a row
 * per line. */
static GArray *find_rows(const ruling *r)
{
    GArray *rows = g_array_new(FALSE, FALSE, sizeof(row_span));
    gboolean partial = FALSE;
    guint k = 0;
    while (k < r->n) {
        int crossed = 0;
        for (int c = 0; c < r->ncols; c++)
            crossed += r->crossed[k * r->ncols + c];
        partial |= crossed > 0 && crossed < r->ncols;
        if (crossed) {
            k++;
            continue;
        }
        row_span s = {k, k};
        while (s.last + 1 < r->n) {
            gboolean any = FALSE;
            for (int c = 0; c < r->ncols && !any; c++)
                any = r->crossed[(s.last + 1) * r->ncols + c];
            if (any)
                break;
            s.last++;
        }
        g_array_append_val(rows, s);
        k = s.last + 1;
    }
    if (!partial)
        split_unruled_body(rows);
    return rows;
}

/* Does a rule cross column c between rows a and a + 1 (or are they lines
 * of one body split apart)? */
static gboolean rule_between(const ruling *r, const row_span *a, const row_span *b, int c)
{
    if (b->first == a->last + 1)
        return TRUE;
    for (guint k = a->last + 1; k < b->first; k++)
        if (r->crossed[k * r->ncols + c])
            return TRUE;
    return FALSE;
}

/* The text of columns c0..c1 on lines first..last, skipping lines a rule
 * crosses there; each line's piece trimmed, pieces joined with '\n'. */
static char *cell_text(const ruling *r, guint first, guint last, int c0, int c1)
{
    GString *out = g_string_new(NULL);
    for (guint k = first; k <= last; k++) {
        if (r->crossed[k * r->ncols + c0])
            continue;
        const rline *l = &r->lines[k];
        const glyph *gs = &g_array_index(r->glyphs, glyph, l->first);
        gsize from = 0, to = 0;
        gboolean any = FALSE;
        for (guint i = 0; i < l->count; i++)
            if (gs[i].x > r->bx[c0] && gs[i].x < r->bx[c1 + 1]) {
                if (!any)
                    from = gs[i].off;
                to = gs[i].off + gs[i].len;
                any = TRUE;
            }
        if (!any)
            continue;
        const char *s = l->s + from;
        gsize n = to - from;
        while (n && (*s == ' ' || *s == '\t'))
            s++, n--;
        while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
            n--;
        if (!n)
            continue;
        if (out->len)
            g_string_append_c(out, '\n');
        g_string_append_len(out, s, (gssize)n);
    }
    return g_string_free(out, FALSE);
}

/* TRUE when no line of first..last has a bar at boundary b (the two
 * columns beside it are one cell there). */
static gboolean boundary_open(const ruling *r, guint first, guint last, int b)
{
    for (guint k = first; k <= last; k++)
        if (r->bar_at[k * (r->ncols + 1) + b])
            return FALSE;
    return TRUE;
}

/* The grid of a table whose bars line up: cells with their spans. */
static jx_grid *aligned_grid(ruling *r, int line, int page)
{
    int nc = r->ncols;
    GArray *rows = find_rows(r);
    int nr = (int)rows->len;
    /* end[c * nr + row]: last row of the cell of column c that starts at row
     * (-1: the row is inside a cell that started above) */
    int *end = g_new(int, (gsize)nc * (gsize)MAX(nr, 1));
    for (int c = 0; c < nc; c++)
        for (int a = 0; a < nr;) {
            int b = a;
            while (b + 1 < nr && !rule_between(r, &g_array_index(rows, row_span, b),
                                               &g_array_index(rows, row_span, b + 1), c))
                b++;
            end[c * nr + a] = b;
            for (int k = a + 1; k <= b; k++)
                end[c * nr + k] = -1;
            a = b + 1;
        }
    jx_grid *grid = jx_grid_new();
    for (int a = 0; a < nr; a++) {
        const row_span *ra = &g_array_index(rows, row_span, a);
        jx_grid_set_row_origin(grid, a, line + (int)ra->first, page);
        for (int c = 0; c < nc;) {
            int b = end[c * nr + a];
            if (b < 0) {
                c++;
                continue;
            }
            guint last = g_array_index(rows, row_span, b).last;
            int c1 = c;
            while (c1 + 1 < nc && end[(c1 + 1) * nr + a] == b &&
                   boundary_open(r, ra->first, last, c1 + 1))
                c1++;
            char *text = cell_text(r, ra->first, last, c, c1);
            jx_cell *cell = jx_grid_add_cell(grid, a, c, b - a + 1, c1 - c + 1, text);
            cell->page = page;
            g_free(text);
            c = c1 + 1;
        }
    }
    g_free(end);
    g_array_free(rows, TRUE);
    return grid;
}

/* The pieces of a line cut at its own bars, in order, each trimmed. */
static void cut_line(const rline *l, const GArray *glyphs, GPtrArray *cols)
{
    const glyph *gs = &g_array_index(glyphs, glyph, l->first);
    guint c = 0, from = 0;
    gboolean opened = FALSE;
    for (guint i = 0; i <= l->count; i++) {
        if (i < l->count && !is_bar(gs[i].kind))
            continue;
        if (opened && i > from && c < MAX_RULED_COLS) {
            gsize len = gs[i - 1].off + gs[i - 1].len - gs[from].off;
            char *piece = g_strstrip(g_strndup(l->s + gs[from].off, len));
            while (cols->len <= c)
                g_ptr_array_add(cols, g_strdup(""));
            if (*piece) {
                char *joined = *(char *)cols->pdata[c]
                                   ? g_strconcat(cols->pdata[c], "\n", piece, NULL)
                                   : g_strdup(piece);
                g_free(cols->pdata[c]);
                cols->pdata[c] = joined;
            }
            g_free(piece);
        }
        if (opened)
            c++;
        opened = TRUE;
        from = i + 1;
    }
}

/* The grid of a table whose bars do not line up: rule lines part rows,
 * each line is cut at its own bars and a row's pieces joined per column. */
static jx_grid *cut_grid(const rline *lines, guint n, const GArray *glyphs, int line, int page)
{
    GArray *rows = g_array_new(FALSE, FALSE, sizeof(row_span));
    for (guint k = 0; k < n;) {
        if (lines[k].rule) {
            k++;
            continue;
        }
        row_span s = {k, k};
        while (s.last + 1 < n && !lines[s.last + 1].rule)
            s.last++;
        g_array_append_val(rows, s);
        k = s.last + 1;
    }
    split_unruled_body(rows);
    jx_grid *grid = jx_grid_new();
    GPtrArray *cols = g_ptr_array_new_with_free_func((GDestroyNotify)g_free);
    for (guint r = 0; r < rows->len; r++) {
        const row_span *s = &g_array_index(rows, row_span, r);
        g_ptr_array_set_size(cols, 0);
        for (guint k = s->first; k <= s->last; k++)
            cut_line(&lines[k], glyphs, cols);
        jx_grid_set_row_origin(grid, (int)r, line + (int)s->first, page);
        for (guint c = 0; c < cols->len; c++)
            jx_grid_add_cell(grid, (int)r, (int)c, 1, 1, cols->pdata[c])->page = page;
    }
    g_ptr_array_unref(cols);
    g_array_free(rows, TRUE);
    return grid;
}

/* The line at p without its '\n' (or a trailing '\r'); *next: the next line. */
static rline line_at(const char *p, const char *end, const char **next)
{
    return (rline){p, jx_text_line(p, end, next), 0, 0, FALSE};
}

/* The grid read by the bars' columns, or NULL when they do not line up
 * (or the block is no table: no content, one column, or too large). */
static jx_grid *grid_by_columns(const rline *ls, guint n, const GArray *glyphs, gboolean ruled,
                                int line, int page)
{
    GArray *all = bar_columns(ls, n, glyphs, FALSE);
    jx_grid *grid = NULL;
    if (all->len >= 3 && all->len <= MAX_RULED_COLS + 1 &&
        (gsize)n * all->len <= MAX_RULED_AREA) {
        GArray *rules = bar_columns(ls, n, glyphs, TRUE);
        if (ruled ? bars_line_up(ls, n, glyphs, rules) : frames_line_up(ls, n, glyphs)) {
            ruling r = {ls, n, glyphs, (int *)all->data, (int)all->len - 1, NULL, NULL};
            r.crossed = g_new0(guint8, (gsize)n * (gsize)r.ncols);
            r.bar_at = g_new0(gboolean, (gsize)n * (gsize)(r.ncols + 1));
            mark_ruling(&r);
            grid = aligned_grid(&r, line, page);
            g_free(r.crossed);
            g_free(r.bar_at);
        }
        g_array_free(rules, TRUE);
    }
    g_array_free(all, TRUE);
    return grid;
}

/* A line framed by ASCII bars, `|…|…|`, that is no rule: a row of a
 * table with neither rules nor junctions, as antiword prints a Word table
 * (each line a row or a wrapped line of one, cells under their columns). */
static gboolean framed(const rline *l, const GArray *glyphs)
{
    const glyph *gs = &g_array_index(glyphs, glyph, l->first);
    guint a = 0, b = l->count;
    while (a < b && gs[a].kind == G_SPACE)
        a++;
    while (b > a && gs[b - 1].kind == G_SPACE)
        b--;
    return !l->rule && b - a >= 2 && l->s[gs[a].off] == '|' && l->s[gs[b - 1].off] == '|';
}

/* The grid of the lines, by display columns, else by characters; for a
 * ruled table, else each line cut at its own bars. */
static jx_grid *read_lines(const rline *ls, guint n, const GArray *glyphs, gboolean ruled,
                           int line, int page)
{
    jx_grid *grid = grid_by_columns(ls, n, glyphs, ruled, line, page);
    if (!grid) {
        GArray *by_chars = g_array_new(FALSE, FALSE, sizeof(glyph));
        rline *cs = g_memdup2(ls, n * sizeof *ls);
        for (guint k = 0; k < n; k++)
            read_glyphs(&cs[k], by_chars, TRUE);
        grid = grid_by_columns(cs, n, by_chars, ruled, line, page);
        g_free(cs);
        g_array_free(by_chars, TRUE);
    }
    if (!grid && ruled)
        grid = cut_grid(ls, n, glyphs, line, page);
    return grid;
}

gsize jx_ruled_table(const char *p, const char *end, int line, int page, jx_grid **out)
{
    *out = NULL;
    GArray *glyphs = g_array_new(FALSE, FALSE, sizeof(glyph));
    GArray *lines = g_array_new(FALSE, FALSE, sizeof(rline));
    const char *q = p, *stop = p;
    gboolean ruled = TRUE, markdown = FALSE;
    while (q < end) {
        const char *next;
        rline l = line_at(q, end, &next);
        read_glyphs(&l, glyphs, FALSE);
        if (lines->len == 0) {
            ruled = (l.rule && has_join(&l, glyphs)) || box_bars(&l, glyphs) >= 2;
            if (!ruled && !framed(&l, glyphs))
                break;
        } else if (ruled ? !(l.rule || bars_of(&l, glyphs) > 0)
                         : !framed(&l, glyphs) || !same_frame(&l, ls0(lines), glyphs)) {
            /* a rule under the first framed line is a markdown table's */
            markdown = !ruled && l.rule && lines->len == 1;
            break;
        }
        g_array_append_val(lines, l);
        stop = next;
        q = next;
    }
    rline *ls = (rline *)lines->data;
    guint n = lines->len, content = 0;
    for (guint k = 0; k < n; k++)
        content += !ls[k].rule;
    int most;
    fullest_line(ls, n, glyphs, &most);
    /* two columns at least: three bars on the fullest line */
    if (content > 0 && !markdown && (ruled || n >= 2) && most >= 3)
        *out = read_lines(ls, n, glyphs, ruled, line, page);
    g_array_free(lines, TRUE);
    g_array_free(glyphs, TRUE);
    return *out ? (gsize)(stop - p) : 0;
}
