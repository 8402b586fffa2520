/*
 * html.c — HTML documents: <table> elements laid out with the HTML table
 * model (rowspan, colspan), the markup between tables stripped and its lines
 * handed to the line classifier, so a markdown file with embedded HTML tables
 * keeps its pipe tables.
 */
#include "extract/splitter.h"
#include "normalize/normalize.h"

#include <stdlib.h>
#include <string.h>

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
            jx_split_page_break(sp);
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
    jx_split_trim(&s, &n);
    jx_split_feed_line(sp, s, n, pl->line, owned);
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
                jx_split_feed_line(sp, "", 0, cur->line, NULL); /* a blank line ends a run */
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
    jx_split_trim(&s, &n);
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
            if (end > first && !jx_split_area_ok((gsize)(end - first + 1), w2, c2))
                break;
            cells = c2;
            width = w2;
            cj = ck;
            end++;
        }
        grid_builder gb;
        origin *o = &g_array_index(tb->origins, origin, first);
        jx_grid_builder_start(&gb, first == 0 ? tb->table_line : o->line,
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
        jx_grid_builder_finish(sp, &gb);
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

void jx_split_html(splitter *sp, const char *text, gsize len)
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
        jx_split_flush(sp);
        split_table(sp, &cur, &open);
    }
    jx_split_flush(sp);
}
