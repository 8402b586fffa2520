/*
 * pdf.c — PDFs through Poppler's GLib API, one page at a time.
 *
 * Each page's characters come with their boxes (poppler_page_get_text_layout).
 * They are grouped into lines by where they stand vertically, sorted left to
 * right, and set down as a layout line: a character goes to the column its
 * left edge reaches at half a CJK character's width per column, so that a
 * wide character takes two columns as in any layout dump, and a gap wider
 * than a character parts two pieces of text by two spaces at least.  Pages
 * are parted by form feeds.  The layout text then goes to the same reader as
 * `pdftotext -layout` dumps (plain.c, layout.c): one algorithm for tables
 * laid out by position, whoever laid them out.
 *
 * Ruled tables come first: the page is rendered (cairo, RENDER_SCALE) and its
 * long horizontal and vertical runs of dark pixels are the rules, as
 * Camelot's lattice mode finds them.  Rules that meet make a table; the bands
 * between them are its rows and columns, and two bands with no rule between
 * them are one cell (a merged cell, known exactly).  Characters go to the
 * cell their centre falls in, a cell's lines joined as wrapped text.  The
 * characters outside ruled tables are set down as layout lines (above) and
 * split as a layout dump of that page, so borderless tables and the text
 * around tables go through the one positioned-words reader.
 *
 * Only a page's characters and image are held while it is read.  Pages
 * without a text layer (scans) are named in a warning.
 */
#include "extract/extract.h"
#include "extract/layout.h"
#include "extract/pdflib.h"
#include "normalize/normalize.h"

#include <cairo.h>
#include <dlfcn.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

/* The Poppler and cairo calls (pdflib.h).  Every way in (jx_pdf_read,
 * jx_pdf_show) opens the document through open_document, which loads them
 * first, so every other call here finds them loaded. */
static inline const jx_pdflib *pdflib(void)
{
    return jx_pdflib_load(NULL);
}

/* Characters whose vertical centres lie within this share of a character's
 * height stand on one line (sub- and superscripts and CJK/Latin baselines
 * differ by less). */
#define LINE_CENTRE_SHARE 0.5
/* A character whose box is taller or shorter than its line's by more than
 * this share of it is set in another face (a fallback font's ≥: 1.2 times
 * the CJK face's box in WeasyPrint's PDFs). */
#define OTHER_FACE_SHARE 0.15
/* A gap between two characters of a line narrower than this share of their
 * height is no space (kerning, CJK set solid); up to PIECE_GAP_SHARE it is a
 * word space; wider, it parts two pieces of text (two spaces at least). */
#define WORD_GAP_SHARE 0.25
#define PIECE_GAP_SHARE 0.6
/* Lines whose centres stand more than this many line heights apart are
 * parted by a blank line: a paragraph's lines stand about 1.2 apart, table
 * rows with their padding more. */
#define ROW_GAP_SHARE 1.6

/* A character's box is its font's ascent to descent: for the faces office
 * suites embed, 1.1 to 1.5 times a CJK character's width (its em).  Some
 * writers give fonts extents far beyond their glyphs and sizes that are not
 * the text's (Chromium's Type 3 fonts: boxes 2.6 ems tall), so each line's
 * box reaches into the lines above and below and lines merge.  On a page
 * whose CJK boxes stand taller than BOX_TALL_EM of their width, every box is
 * shrunk about its centre to BOX_CUT_EM of that. */
#define BOX_TALL_EM 1.8
#define BOX_CUT_EM 1.3

typedef struct {
    gunichar c;
    double x0, x1, y0, y1;
    gboolean space_before; /* the PDF writes a space before it */
    gboolean apart_before; /* starts a cell of its own, whatever the gap (see lift_centred_lines) */
} glyph;

typedef struct {
    double centre, height; /* running means of the line's characters */
    GArray *glyphs;        /* glyph */
} text_line;

static gint by_x(gconstpointer a, gconstpointer b)
{
    const glyph *ga = a, *gb = b;
    return (ga->x0 > gb->x0) - (ga->x0 < gb->x0);
}

static gint by_centre(gconstpointer a, gconstpointer b)
{
    const text_line *la = a, *lb = b;
    return (la->centre > lb->centre) - (la->centre < lb->centre);
}

static gint by_value(gconstpointer a, gconstpointer b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The median height of the page's wide characters in their widths, or 0. */
static double wide_box_shape(const GArray *glyphs)
{
    GArray *shapes = g_array_new(FALSE, FALSE, sizeof(double));
    for (guint i = 0; i < glyphs->len; i++) {
        const glyph *g = &g_array_index(glyphs, glyph, i);
        double w = g->x1 - g->x0;
        if (w > 0 && jx_text_unichar_width(g->c) > 1) {
            double shape = (g->y1 - g->y0) / w;
            g_array_append_val(shapes, shape);
        }
    }
    double median = 0;
    if (shapes->len) {
        g_array_sort(shapes, by_value);
        median = g_array_index(shapes, double, shapes->len / 2);
    }
    g_array_free(shapes, TRUE);
    return median;
}

/* Shrinks the boxes of a page whose fonts made them far taller than their
 * characters (BOX_TALL_EM); TRUE when it did. */
static gboolean cut_tall_boxes(GArray *glyphs)
{
    double shape = wide_box_shape(glyphs);
    if (shape <= BOX_TALL_EM)
        return FALSE;
    double keep = BOX_CUT_EM / shape;
    for (guint i = 0; i < glyphs->len; i++) {
        glyph *g = &g_array_index(glyphs, glyph, i);
        double centre = (g->y0 + g->y1) / 2, half = (g->y1 - g->y0) * keep / 2;
        g->y0 = centre - half;
        g->y1 = centre + half;
    }
    return TRUE;
}

/* The glyphs of a page that print something, with their boxes; `cut` (may
 * be NULL) TRUE when their boxes were cut (cut_tall_boxes). */
static GArray *page_glyphs(PopplerPage *page, gboolean *cut)
{
    GArray *glyphs = g_array_new(FALSE, FALSE, sizeof(glyph));
    char *text = pdflib()->poppler_page_get_text(page);
    PopplerRectangle *rects = NULL;
    guint n_rects = 0;
    if (text && pdflib()->poppler_page_get_text_layout(page, &rects, &n_rects)) {
        guint i = 0;
        gboolean space = FALSE;
        for (const char *p = text; *p && i < n_rects; p = g_utf8_next_char(p), i++) {
            gunichar c = g_utf8_get_char(p);
            if (c == '\n') {
                space = FALSE;
                continue;
            }
            if (g_unichar_isspace(c) || c == 0x3000) {
                space = TRUE;
                continue;
            }
            const PopplerRectangle *r = &rects[i];
            glyph g = {c, MIN(r->x1, r->x2), MAX(r->x1, r->x2), MIN(r->y1, r->y2),
                       MAX(r->y1, r->y2), space, FALSE};
            space = FALSE;
            if (g.y1 - g.y0 <= 0 || !isfinite(g.x0) || !isfinite(g.y0))
                continue;
            g_array_append_val(glyphs, g);
        }
    }
    g_free(rects);
    g_free(text);
    gboolean were_cut = cut_tall_boxes(glyphs);
    if (cut)
        *cut = were_cut;
    return glyphs;
}

/* Groups glyphs into lines by vertical centre, top to bottom (copies; the
 * glyphs are left as they are). */
static GArray *group_lines(const GArray *glyphs)
{
    GArray *lines = g_array_new(FALSE, FALSE, sizeof(text_line));
    for (guint i = 0; i < glyphs->len; i++) {
        const glyph *g = &g_array_index(glyphs, glyph, i);
        double centre = (g->y0 + g->y1) / 2, height = g->y1 - g->y0;
        /* the first line it fits, recent lines first (text comes in
         * order); but a character set in another face (its box taller or
         * shorter than that line's by OTHER_FACE_SHARE) goes to the
         * nearest line it fits when that one stands lower: in a row whose
         * cells stand half a line apart (a label wrapped in two lines, the
         * cells beside it centred on the row: WeasyPrint), a value's ≥ from
         * a fallback face, its box taller and lower, fitted the label's
         * line above too, and put there it drew that line's mean down until
         * the rest of its cell followed */
        text_line *home = NULL, *first = NULL;
        double nearest = G_MAXDOUBLE;
        for (guint k = lines->len; k-- > 0;) {
            text_line *l = &g_array_index(lines, text_line, k);
            double d = fabs(l->centre - centre);
            if (d > LINE_CENTRE_SHARE * MIN(l->height, height))
                continue;
            if (!first)
                first = l;
            if (d < nearest) {
                home = l;
                nearest = d;
            }
        }
        if (first && (fabs(height - first->height) <= OTHER_FACE_SHARE * first->height ||
                      home->centre < first->centre))
            home = first;
        if (!home) {
            text_line fresh = {centre, height, g_array_new(FALSE, FALSE, sizeof(glyph))};
            g_array_append_val(lines, fresh);
            home = &g_array_index(lines, text_line, lines->len - 1);
        }
        guint n = home->glyphs->len;
        home->centre = (home->centre * n + centre) / (n + 1);
        home->height = (home->height * n + height) / (n + 1);
        g_array_append_val(home->glyphs, *g);
    }
    g_array_sort(lines, by_centre);
    for (guint k = 0; k < lines->len; k++)
        g_array_sort(g_array_index(lines, text_line, k).glyphs, by_x);
    return lines;
}

/*
 * A browser's fallback face draws a target's sign (≥ ≤ ＝) in a box taller
 * and set higher than the figure it opens (Chromium: ≥ 376-407 beside
 * 21,200批次 at 382-405).  Where the target is centred on a row whose name
 * stands a little above it (the task beside wrapped in two lines), the sign
 * is met before its figure and fits the name's line: the name read
 * `快检食品数量≥` and the target lost its sign.  A sign in another face
 * (OTHER_FACE_SHARE) that nothing on its line follows within a word gap,
 * with a figure's line starting right after it (within SIGN_TOUCH_SHARE of
 * its height) whose centre lies inside the sign's box, goes to that line.
 */
#define SIGN_TOUCH_SHARE 0.25

/* The line (other than `own`) whose first glyph right of `g` starts within
 * SIGN_TOUCH_SHARE of g's height after it and whose centre lies inside g's
 * box, the nearest to g's centre; -1 when none. */
static gssize line_after_sign(const GArray *lines, guint own, const glyph *g)
{
    double height = g->y1 - g->y0, centre = (g->y0 + g->y1) / 2, nearest = G_MAXDOUBLE;
    gssize best = -1;
    for (guint k = 0; k < lines->len; k++) {
        const text_line *m = &g_array_index(lines, text_line, k);
        if (k == own || m->centre < g->y0 || m->centre > g->y1)
            continue;
        for (guint j = 0; j < m->glyphs->len; j++) {
            const glyph *h = &g_array_index(m->glyphs, glyph, j);
            if (h->x1 <= g->x0)
                continue;
            double gap = h->x0 - g->x1;
            if (gap >= -SIGN_TOUCH_SHARE * height && gap <= SIGN_TOUCH_SHARE * height &&
                !jx_norm_is_op_sign(h->c) && fabs(m->centre - centre) < nearest) {
                nearest = fabs(m->centre - centre);
                best = k;
            }
            break; /* only the first glyph right of the sign's start counts */
        }
    }
    return best;
}

static void signs_to_their_figures(GArray *lines)
{
    for (guint k = 0; k < lines->len; k++) {
        text_line *l = &g_array_index(lines, text_line, k);
        for (guint i = 0; i < l->glyphs->len; i++) {
            const glyph *g = &g_array_index(l->glyphs, glyph, i);
            double height = g->y1 - g->y0;
            if (!jx_norm_is_op_sign(g->c) ||
                fabs(height - l->height) <= OTHER_FACE_SHARE * l->height ||
                (i + 1 < l->glyphs->len &&
                 g_array_index(l->glyphs, glyph, i + 1).x0 - g->x1 <= WORD_GAP_SHARE * height))
                continue;
            gssize to = line_after_sign(lines, k, g);
            if (to < 0)
                continue;
            text_line *m = &g_array_index(lines, text_line, to);
            g_array_append_val(m->glyphs, *g);
            g_array_sort(m->glyphs, by_x);
            g_array_remove_index(l->glyphs, i);
            i--;
        }
    }
    /* a sign that stood alone leaves its line empty */
    for (guint k = lines->len; k-- > 0;)
        if (!g_array_index(lines, text_line, k).glyphs->len) {
            g_array_free(g_array_index(lines, text_line, k).glyphs, TRUE);
            g_array_remove_index(lines, k);
        }
}

/*
 * A label wrapped in two lines of a narrow column, centred on its row, sets
 * its lines half a line above and below the centre of the cells beside it
 * (wkhtmltopdf: 质量 / 指标 beside 补助对象识别精准率).  A line pitch shorter
 * than the characters' boxes puts both of the label's lines within reach of
 * the row's line: one line took all three, and read left to right the label's
 * characters interleaved (质指量标).  Two characters of one line never stand
 * one over the other; where they do (their extents overlap by more than
 * STACK_OVERLAP_SHARE of the narrower, their centres apart by more than
 * STACK_APART_SHARE of their height: a stroked fake bold draws a character
 * twice on one centre), the stacked characters go to lines of their own,
 * grouped by centre, and the line keeps the others; a group centred within
 * STACK_APART_SHARE of the line's rest (the middle line of a label of three)
 * stays in it.
 */
#define STACK_OVERLAP_SHARE 0.5
#define STACK_APART_SHARE 0.25

/* TRUE when glyphs `a` and `b` stand in one column: their extents across
 * overlap by more than STACK_OVERLAP_SHARE of the narrower. */
static gboolean in_one_column(const glyph *a, const glyph *b)
{
    double overlap = MIN(a->x1, b->x1) - MAX(a->x0, b->x0);
    double narrower = MIN(a->x1 - a->x0, b->x1 - b->x0);
    return narrower > 0 && overlap > STACK_OVERLAP_SHARE * narrower;
}

/* TRUE when glyphs `a` and `b` stand one over the other (see above). */
static gboolean stacked(const glyph *a, const glyph *b)
{
    double height = MIN(a->y1 - a->y0, b->y1 - b->y0);
    double apart = fabs((a->y0 + a->y1) / 2 - (b->y0 + b->y1) / 2);
    return in_one_column(a, b) && apart > STACK_APART_SHARE * height;
}

/* A glyph's vertical centre. */
static double glyph_centre(const glyph *g)
{
    return (g->y0 + g->y1) / 2;
}

static gint glyph_by_centre(gconstpointer a, gconstpointer b)
{
    double ca = glyph_centre(a), cb = glyph_centre(b);
    return (ca > cb) - (ca < cb);
}

/* A line of `glyphs` (taken), its centre and height their means. */
static text_line line_of(GArray *glyphs)
{
    text_line l = {0, 0, glyphs};
    for (guint i = 0; i < glyphs->len; i++) {
        const glyph *g = &g_array_index(glyphs, glyph, i);
        l.centre += glyph_centre(g) / glyphs->len;
        l.height += (g->y1 - g->y0) / glyphs->len;
    }
    g_array_sort(glyphs, by_x);
    return l;
}

/* Parts the stacked characters of line `k` of `lines` into lines of their
 * own (see STACK_OVERLAP_SHARE), appended to `lines`.  A group of one
 * character leaves the line as it is: a label column sets two characters
 * or more on each of its lines, a lone one under a wider cell is a header
 * word's last (运算符 / 号 around the header row), which the header's
 * reading takes where it stands. */
static void part_stacked_line(GArray *lines, guint k)
{
    GArray *glyphs = g_array_index(lines, text_line, k).glyphs;
    gboolean *up = g_new0(gboolean, glyphs->len);
    gboolean any = FALSE;
    /* the line's glyphs are in order of x0 (group_lines): past the first
     * that starts where glyph i ends, none overlaps it */
    for (guint i = 0; i < glyphs->len; i++) {
        const glyph *a = &g_array_index(glyphs, glyph, i);
        for (guint j = i + 1; j < glyphs->len; j++) {
            const glyph *b = &g_array_index(glyphs, glyph, j);
            if (b->x0 >= a->x1)
                break;
            if (stacked(a, b))
                up[i] = up[j] = any = TRUE;
        }
    }
    if (!any) {
        g_free(up);
        return;
    }
    GArray *rest = g_array_new(FALSE, FALSE, sizeof(glyph));
    GArray *stack = g_array_new(FALSE, FALSE, sizeof(glyph));
    for (guint i = 0; i < glyphs->len; i++)
        g_array_append_val(up[i] ? stack : rest, g_array_index(glyphs, glyph, i));
    g_free(up);
    g_array_sort(stack, glyph_by_centre);
    double rest_centre = rest->len ? line_of(rest).centre : G_MAXDOUBLE;
    GPtrArray *groups = g_ptr_array_new();
    GArray *group = NULL;
    double last = 0;
    for (guint i = 0; i < stack->len; i++) {
        const glyph *g = &g_array_index(stack, glyph, i);
        double centre = (g->y0 + g->y1) / 2, height = g->y1 - g->y0;
        if (fabs(centre - rest_centre) <= STACK_APART_SHARE * height) {
            g_array_append_val(rest, *g);
            continue;
        }
        if (!group || centre - last > STACK_APART_SHARE * height) {
            group = g_array_new(FALSE, FALSE, sizeof(glyph));
            g_ptr_array_add(groups, group);
        }
        g_array_append_val(group, *g);
        last = centre;
    }
    g_array_free(stack, TRUE);
    gboolean lone = FALSE;
    for (guint i = 0; i < groups->len; i++)
        lone = lone || ((GArray *)groups->pdata[i])->len < 2;
    if (lone) {
        for (guint i = 0; i < groups->len; i++)
            g_array_free(groups->pdata[i], TRUE);
        g_ptr_array_free(groups, TRUE);
        g_array_free(rest, TRUE);
        return;
    }
    g_array_free(glyphs, TRUE);
    for (guint i = 0; i < groups->len; i++) {
        text_line l = line_of(groups->pdata[i]);
        g_array_append_val(lines, l);
    }
    g_ptr_array_free(groups, TRUE);
    if (rest->len) {
        g_array_index(lines, text_line, k) = line_of(rest);
    } else {
        /* nothing but stacked characters: the last group takes the place */
        g_array_index(lines, text_line, k) = g_array_index(lines, text_line, lines->len - 1);
        g_array_set_size(lines, lines->len - 1);
        g_array_free(rest, TRUE);
    }
}

/* Parts the stacked characters of every line of `lines` (see
 * STACK_OVERLAP_SHARE), the lines kept top to bottom. */
static void part_stacked_lines(GArray *lines)
{
    guint n = lines->len;
    for (guint k = 0; k < n; k++)
        part_stacked_line(lines, k);
    if (lines->len != n)
        g_array_sort(lines, by_centre);
}

/*
 * A label stacked a character a line in a column a character wide, beside
 * one-line names (Chromium: 计 / 划 / 制 / 定 written once, in its group's
 * first row, beside 工作计划制定健全性; reference table 002).  The stack
 * makes its row as tall as its lines, and the row's name, centred on it,
 * stands between two of the label's lines (an even count), on neither: read
 * as a line of its own, every such name parted its label's characters, and
 * the label column, a piece on every other line, read as one label down the
 * whole level-1 group (计划制定目标设定预算编制预算执行).  pdftotext -layout
 * sets such a name on the label's line above it; so does this: a line
 * opening with a name right beside the stack (NAME_BESIDE_STACK_SHARE),
 * between two stack lines (each of at most STACK_LINE_MAX_CHARS characters
 * set apart, one of them over one of the other's) no more than
 * STACK_PITCH_SHARE of their height apart, joins the upper one.  The next
 * label's stack stands further off (a one-line row between), so the name
 * of that row keeps its line and parts the two labels as in the text dump.
 */
/* A stack line holds a character of each label column: two label columns
 * and a row number at most. */
#define STACK_LINE_MAX_CHARS 3
/* Lines of one stacked label stand a line pitch apart (1.1 of a cut box's
 * height in Chromium's PDFs); two labels' stacks, each centred on its own
 * rows, 2.5 or more: the blank-line pitch (ROW_GAP_SHARE) parts the two. */
#define STACK_PITCH_SHARE ROW_GAP_SHARE

/* TRUE when every glyph of `l` is a wide character set apart from the next
 * (no word set solid: a label column's character each), and there are at
 * most STACK_LINE_MAX_CHARS. */
static gboolean stack_line(const text_line *l)
{
    if (!l->glyphs->len || l->glyphs->len > STACK_LINE_MAX_CHARS)
        return FALSE;
    for (guint i = 0; i < l->glyphs->len; i++) {
        const glyph *g = &g_array_index(l->glyphs, glyph, i);
        if (jx_text_unichar_width(g->c) < 2)
            return FALSE;
        if (i > 0) {
            const glyph *p = &g_array_index(l->glyphs, glyph, i - 1);
            if (g->x0 - p->x1 < WORD_GAP_SHARE * (g->y1 - g->y0))
                return FALSE;
        }
    }
    return TRUE;
}

/* TRUE when a glyph of `a` stands over one of `b` (in_one_column). */
static gboolean share_a_column(const text_line *a, const text_line *b)
{
    for (guint i = 0; i < a->glyphs->len; i++)
        for (guint j = 0; j < b->glyphs->len; j++)
            if (in_one_column(&g_array_index(a->glyphs, glyph, i),
                              &g_array_index(b->glyphs, glyph, j)))
                return TRUE;
    return FALSE;
}

/* TRUE when a glyph of `l` reaches into the extent x0..x1 across. */
static gboolean glyph_within(const text_line *l, double x0, double x1)
{
    for (guint i = 0; i < l->glyphs->len; i++) {
        const glyph *g = &g_array_index(l->glyphs, glyph, i);
        if (g->x1 > x0 && g->x0 < x1)
            return TRUE;
    }
    return FALSE;
}

/* How many wide characters set solid open line `n`. */
static guint opening_word_length(const text_line *n)
{
    guint i = 0;
    for (; i < n->glyphs->len; i++) {
        const glyph *g = &g_array_index(n->glyphs, glyph, i);
        if (jx_text_unichar_width(g->c) < 2)
            break;
        if (i > 0) {
            const glyph *p = &g_array_index(n->glyphs, glyph, i - 1);
            if (g->x0 - p->x1 >= WORD_GAP_SHARE * (g->y1 - g->y0))
                break;
        }
    }
    return i;
}

/* TRUE when line `n` opens with a word of at least NAME_MIN_CHARS wide
 * characters set solid: a name, not a third column's stacked character
 * (`产 =100%`, `制  健全`: names stacked a character a line as well) nor a
 * value. */
#define NAME_MIN_CHARS 2
static gboolean opens_with_word(const text_line *n)
{
    return opening_word_length(n) >= NAME_MIN_CHARS;
}

/* A name beside a stacked label stands in the next column, its cell's
 * padding from the stack (0.4 of a character's height in Chromium's
 * PDFs); a line further off is another column's (a level-2 label set on
 * one line beside a level-1 label stacked across its rows). */
#define NAME_BESIDE_STACK_SHARE 1.0

/* TRUE when line `n` has no glyph within the extent of line `s`'s glyphs
 * and its first glyph starts within NAME_BESIDE_STACK_SHARE of a glyph's
 * height right of them. */
static gboolean beside_stack(const text_line *n, const text_line *s)
{
    double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE;
    for (guint i = 0; i < s->glyphs->len; i++) {
        x0 = MIN(x0, g_array_index(s->glyphs, glyph, i).x0);
        x1 = MAX(x1, g_array_index(s->glyphs, glyph, i).x1);
    }
    if (glyph_within(n, x0, x1))
        return FALSE;
    const glyph *first = &g_array_index(n->glyphs, glyph, 0);
    return first->x0 >= x1 && first->x0 - x1 <= NAME_BESIDE_STACK_SHARE * (first->y1 - first->y0);
}

/* TRUE when a glyph of `l` stands over or under the word opening line `n`:
 * that word is a line of a cell wrapped in a narrow column (经济 / 效益 /
 * 指标 beside a level-1 label stacked 效 / 益), not a one-line name. */
static gboolean over_opening_word(const text_line *l, const text_line *n)
{
    guint len = opening_word_length(n);
    if (!len)
        return FALSE;
    double x0 = g_array_index(n->glyphs, glyph, 0).x0;
    double x1 = g_array_index(n->glyphs, glyph, len - 1).x1;
    return glyph_within(l, x0, x1);
}

/* Joins into a line of a stacked label the name line set between two of
 * its lines (see above), into the upper one as pdftotext -layout does (the
 * label's lines round the name then match the text dump's); `lines` top to
 * bottom, kept so. */
static void join_names_into_label_stacks(GArray *lines)
{
    for (guint k = 1; k + 1 < lines->len; k++) {
        text_line *up = &g_array_index(lines, text_line, k - 1);
        text_line *n = &g_array_index(lines, text_line, k);
        text_line *down = &g_array_index(lines, text_line, k + 1);
        double height = (up->height + down->height) / 2;
        if (!opens_with_word(n) || !stack_line(up) || !stack_line(down) ||
            down->centre - up->centre > STACK_PITCH_SHARE * height ||
            !share_a_column(up, down) || !beside_stack(n, up) || !beside_stack(n, down) ||
            (k >= 2 && over_opening_word(&g_array_index(lines, text_line, k - 2), n)) ||
            (k + 2 < lines->len && over_opening_word(&g_array_index(lines, text_line, k + 2), n)))
            continue;
        g_array_append_vals(up->glyphs, n->glyphs->data, n->glyphs->len);
        g_array_free(n->glyphs, TRUE);
        *up = line_of(up->glyphs);
        g_array_remove_index(lines, k);
    }
}

/* Width of one layout column: half the median width of the wide characters
 * of `glyphs` (a CJK character takes two columns), or the median width of
 * the others when there is none; `fallback` when there are no glyphs. */
static double median_unit(const GArray *glyphs, double fallback)
{
    GArray *wide = g_array_new(FALSE, FALSE, sizeof(double));
    GArray *narrow = g_array_new(FALSE, FALSE, sizeof(double));
    for (guint i = 0; i < glyphs->len; i++) {
        const glyph *g = &g_array_index(glyphs, glyph, i);
        double w = g->x1 - g->x0;
        if (w > 0)
            g_array_append_val(jx_text_unichar_width(g->c) > 1 ? wide : narrow, w);
    }
    GArray *use = wide->len ? wide : narrow;
    double unit = fallback;
    if (use->len) {
        g_array_sort(use, by_value);
        double median = g_array_index(use, double, use->len / 2);
        unit = use == wide ? median / 2 : median;
    }
    g_array_free(wide, TRUE);
    g_array_free(narrow, TRUE);
    return unit > 0.5 ? unit : fallback;
}

/* The page's unit: that of all its characters (see median_unit). */
static double column_unit(const GArray *glyphs)
{
    return median_unit(glyphs, 5.0);
}

/* TRUE for a Han character: Chinese is set solid, with no word spaces. */
static gboolean is_han(gunichar c)
{
    return g_unichar_get_script(c) == G_UNICODE_SCRIPT_HAN;
}

/* A label column a character or two wide sets at most this many characters
 * a line (`一级`, `数量指`). */
#define NARROW_LABEL_LINE_CHARS 3

/* What stands between `prev` and `g` on a line `height` tall: 0 (set solid),
 * 1 (a word space, or a space the PDF writes) or 2 (two pieces of text).
 * `narrow`: the gap stands between two runs of at most
 * NARROW_LABEL_LINE_CHARS characters (see write_line). */
static int spaces_between(const glyph *prev, const glyph *g, double height, gboolean narrow)
{
    double gap = g->x0 - prev->x1, h = MAX(height, 1.0);
    if (gap >= PIECE_GAP_SHARE * h || g->apart_before)
        return 2;
    /* Chinese puts no word space between two Han characters: a gap of one
     * between two narrow label columns' lines parts two cells (`一级 二级指`,
     * `产出 数量指` over columns a label or two wide).  Beside a longer piece
     * it is left to the columns, which part the words there. */
    if (gap >= WORD_GAP_SHARE * h && narrow && is_han(prev->c) && is_han(g->c))
        return 2;
    return gap >= WORD_GAP_SHARE * h || g->space_before ? 1 : 0;
}

/* A piece of text as written on a layout line: its extent on the page, its
 * own vertical centre and height (its first character's: a line's are the
 * means of pieces from cells that may sit a little higher or lower), the
 * display columns it covers [col, col_end) and its bytes [start, end) in
 * the text written. */
typedef struct {
    double x0, x1, centre, height;
    int col, col_end;
    gsize start, end;
} written_piece;

/* TRUE when glyph `k` (k > 0) of `line` is set solid after the one before
 * it: no piece parted there, no gap of a word space between them. */
static gboolean set_solid_after(const text_line *line, guint k)
{
    const glyph *g = &g_array_index(line->glyphs, glyph, k);
    return !g->apart_before &&
           g->x0 - g_array_index(line->glyphs, glyph, k - 1).x1 <
                   WORD_GAP_SHARE * MAX(line->height, 1.0);
}

/* Whether glyph `k` (k > 0) of `line` goes on the run of the one before. */
typedef gboolean (*glyph_joins_fn)(const text_line *line, guint k);

/* How many characters of `line` from glyph `i` on make one run (`joins`:
 * set_solid_after, no gap of a word space between them; set_tight_after,
 * no cell's padding either). */
static int run_from(const text_line *line, guint i, glyph_joins_fn joins)
{
    guint k = i + 1;
    while (k < line->glyphs->len && joins(line, k))
        k++;
    return (int)(k - i);
}

/* How many characters of `line` before glyph `i` (i > 0) make one run up
 * to it (`joins`, as run_from). */
static int run_before(const text_line *line, guint i, glyph_joins_fn joins)
{
    guint k = i - 1;
    while (k > 0 && joins(line, k))
        k--;
    return (int)(i - k);
}

/* Appends one line of layout text for `line`, and its pieces to `pieces`. */
static void write_line(GString *out, const text_line *line, double left, double unit,
                       GArray *pieces)
{
    int col = 0, run = 0; /* characters of the run set solid so far */
    const glyph *prev = NULL;
    for (guint i = 0; i < line->glyphs->len; i++) {
        const glyph *g = &g_array_index(line->glyphs, glyph, i);
        /* a piece of text is set solid, one character after the other; a
         * piece starts at the column its position gives, two spaces at
         * least after the one before */
        int want = (int)lround((g->x0 - left) / unit);
        gboolean narrow = prev && run <= NARROW_LABEL_LINE_CHARS &&
                          run_from(line, i, set_solid_after) <= NARROW_LABEL_LINE_CHARS;
        int spaces = prev ? spaces_between(prev, g, line->height, narrow) : 2;
        run = prev && g->x0 - prev->x1 < WORD_GAP_SHARE * MAX(line->height, 1.0) ? run + 1 : 1;
        if (prev)
            want = spaces == 2 ? MAX(want, col + 2) : col + spaces;
        want = MAX(want, col);
        for (; col < want; col++)
            g_string_append_c(out, ' ');
        if (spaces == 2) {
            written_piece wp = {g->x0, g->x1, (g->y0 + g->y1) / 2, g->y1 - g->y0, col, col,
                                out->len, out->len};
            g_array_append_val(pieces, wp);
        }
        g_string_append_unichar(out, g->c);
        col += jx_text_unichar_width(g->c);
        written_piece *last = &g_array_index(pieces, written_piece, pieces->len - 1);
        last->x1 = g->x1;
        last->col_end = col;
        last->end = out->len;
        prev = g;
    }
    g_string_append_c(out, '\n');
}

/* TRUE when glyph `i` of `line` starts a piece (see spaces_between). */
static gboolean starts_piece(const text_line *line, guint i)
{
    if (i == 0)
        return TRUE;
    const glyph *g = &g_array_index(line->glyphs, glyph, i);
    return g->apart_before ||
           g->x0 - g_array_index(line->glyphs, glyph, i - 1).x1 >=
                   PIECE_GAP_SHARE * MAX(line->height, 1.0);
}

/* TRUE when `line` stands in two pieces of text or more (see
 * spaces_between): a table's row, not a line of prose. */
static gboolean line_in_pieces(const text_line *line)
{
    for (guint i = 1; i < line->glyphs->len; i++)
        if (starts_piece(line, i))
            return TRUE;
    return FALSE;
}

/* How many pieces of the lines in pieces, written at `unit` from `left`,
 * stand later than their place on the page (the piece before ran on into
 * it: write_line keeps two spaces after it). */
static int pieces_pushed(const GArray *lines, double left, double unit)
{
    GString *scratch = g_string_new(NULL);
    GArray *pieces = g_array_new(FALSE, FALSE, sizeof(written_piece));
    int pushed = 0;
    for (guint k = 0; k < lines->len; k++) {
        const text_line *l = &g_array_index(lines, text_line, k);
        if (!line_in_pieces(l))
            continue;
        g_string_truncate(scratch, 0);
        g_array_set_size(pieces, 0);
        write_line(scratch, l, left, unit, pieces);
        for (guint i = 1; i < pieces->len; i++) {
            const written_piece *wp = &g_array_index(pieces, written_piece, i);
            pushed += wp->col > lround((wp->x0 - left) / unit);
        }
    }
    g_array_free(pieces, TRUE);
    g_string_free(scratch, TRUE);
    return pushed;
}

/* The unit the layout lines are written at: `page_unit`, unless at it the
 * pieces of the lines in pieces (a table's rows, whose columns the layout
 * reader finds) run into each other; then the smaller unit of those lines'
 * own characters.  A table set in a smaller face than the prose above it
 * (WeasyPrint's 9-point cells under 12-point metadata lines, columns as wide
 * as their text) has, at the prose's unit, each wide character written
 * wider than it stands: its pieces run on past their columns and push the
 * next ones off their places, and the columns merge.  Where nothing is
 * pushed the page's unit stays (a centred header over short left-aligned
 * names keeps its column). */
static double piece_lines_unit(const GArray *lines, double left, double page_unit)
{
    GArray *glyphs = g_array_new(FALSE, FALSE, sizeof(glyph));
    for (guint k = 0; k < lines->len; k++) {
        const text_line *l = &g_array_index(lines, text_line, k);
        if (line_in_pieces(l))
            g_array_append_vals(glyphs, l->glyphs->data, l->glyphs->len);
    }
    double unit = median_unit(glyphs, page_unit);
    g_array_free(glyphs, TRUE);
    if (unit >= page_unit || !pieces_pushed(lines, left, page_unit))
        return page_unit;
    return unit;
}

static void free_lines(GArray *lines)
{
    for (guint k = 0; k < lines->len; k++)
        g_array_free(g_array_index(lines, text_line, k).glyphs, TRUE);
    g_array_free(lines, TRUE);
}

/* ------------------------------------------------------------ rules */

/* 144 dpi: a hairline rule is a pixel or two wide, and a page of A4 is 2 MB
 * of mask. */
#define RENDER_SCALE 2.0
/* A pixel this dark (0–255 luma) is ink.  LibreOffice prints a web page's
 * border="1" table with 50% grey rules 0.75 pt wide: 1.5 pixels here, which
 * where a rule straddles two pixels leaves none of them darker than 160, so
 * the threshold stands above that; Chromium's outset frame draws its light
 * sides at 168, lighter than the cell rules, and they stay paper. */
#define DARK_LUMA 164
/* A rule is at least a row of small type long, either way.  Characters are
 * not drawn where rules are looked for (see textless_key), so no stroke of
 * a title character passes for one; a narrow cell drawn apart (a 序号 cell
 * 15 pt wide, framed on its own) has horizontal rules as short as that. */
#define H_RULE_MIN_PT 10.0
#define V_RULE_MIN_PT 10.0
/* Rules nearer than this are one (thickness, anti-aliasing, double lines). */
#define RULE_MERGE_PT 2.0
/* A rule ends on another, or covers a band, within this. */
#define RULE_TOUCH_PT 3.0
/* Rules this near are one band edge in a table whose cells are drawn apart
 * (an HTML table printed with CSS's default border-spacing, 2 px: each cell's
 * own 1 px border with 1.5 pt of paper between, 2.5 pt from line to line),
 * which would otherwise make a column or row of slivers between every two
 * cells.  The rules themselves stay apart: a short cell's rule that ends on
 * its own frame still holds. */
#define BORDER_PAIR_PT 3.0
/* A table is drawn so when this share of its edges (each way) stand in such
 * pairs: WeasyPrint's stand all paired but the outer frame's few. */
#define PAIRED_SHARE 0.5

typedef struct {
    double pos;    /* y of a horizontal rule, x of a vertical one (points) */
    double lo, hi; /* its extent along the other axis */
    int group;     /* table it belongs to */
    gboolean edge; /* drawn along a page's edge (close_cuts), not found in ink */
} rule;

/* Rules are what a page draws as lines, never its characters, so the page
 * is rendered for them without its text.  Poppler's GLib API draws a whole
 * page; the text is left out where it reaches cairo: cairo_show_glyphs, which
 * Poppler's cairo output calls for each run of filled text, is defined here
 * too (a program's own definition comes before a library's in the dynamic
 * linker's order), draws nothing on a context marked with textless_key and
 * hands any other to cairo's own.  Rasterizing the glyphs (FreeType, pixman)
 * was most of the render's time, and a character's stroke standing beside a
 * rule could be merged into it or pass for one.  (Outlined text: see
 * cairo_glyph_path below.) */
static const cairo_user_data_key_t textless_key;

typedef void (*glyphs_fn)(cairo_t *, const cairo_glyph_t *, int);

/* Hands glyphs to cairo's own function (`own`, from the libraries `lib`
 * pdflib.h loaded; when they could not be loaded, `name` after this program,
 * cairo linked by another part of the process, and no context is textless),
 * unless `cr` is textless. */
static void glyphs_unless_textless(const jx_pdflib *lib, glyphs_fn own, const char *name,
                                   cairo_t *cr, const cairo_glyph_t *glyphs, int num_glyphs)
{
    if (lib && lib->cairo_get_user_data(cr, &textless_key))
        return;
    glyphs_fn cairos_own = lib ? own : (glyphs_fn)dlsym(RTLD_NEXT, name);
    if (cairos_own)
        cairos_own(cr, glyphs, num_glyphs);
}

void cairo_show_glyphs(cairo_t *cr, const cairo_glyph_t *glyphs, int num_glyphs)
{
    const jx_pdflib *lib = jx_pdflib_load(NULL);
    glyphs_unless_textless(lib, lib ? lib->cairo_show_glyphs : NULL, "cairo_show_glyphs", cr,
                           glyphs, num_glyphs);
}

/* Text drawn as outlines goes through cairo_glyph_path: a font without a
 * bold face (宋体, 仿宋, AR PL UMing) is made bold by stroking each glyph's
 * outline over its fill (PDF text render mode 2), and a stroked 指 or 体 has
 * strokes long enough to pass for a table's rules.  On a textless context
 * the glyphs add nothing to the path, so their stroke draws nothing.  (Text
 * used as a clip, rarer still, then clips everything away: what it would
 * have shown through it is not a rule either.) */
void cairo_glyph_path(cairo_t *cr, const cairo_glyph_t *glyphs, int num_glyphs)
{
    const jx_pdflib *lib = jx_pdflib_load(NULL);
    glyphs_unless_textless(lib, lib ? lib->cairo_glyph_path : NULL, "cairo_glyph_path", cr,
                           glyphs, num_glyphs);
}

/* The page rendered at RENDER_SCALE on white, or NULL for a broken size;
 * `turned`: it is drawn turned (/Rotate), on a square as large as its longer
 * side, since which way Poppler reports a turned page's size varies; `text`:
 * with its characters (to be seen) or without (to find rules). */
static cairo_surface_t *render_page(PopplerPage *page, gboolean turned, gboolean text)
{
    double pw, ph;
    pdflib()->poppler_page_get_size(page, &pw, &ph);
    if (turned)
        pw = ph = MAX(pw, ph);
    /* the size is judged as a double: a broken MediaBox (a fuzzer's 1.7e28
     * points, NaN) would be out of int's range, and casting it undefined */
    double wd = ceil(pw * RENDER_SCALE), hd = ceil(ph * RENDER_SCALE);
    if (!(wd >= 1 && hd >= 1 && wd * hd <= 64.0 * 1024 * 1024))
        return NULL; /* no page is that large: a broken size */
    int w = (int)wd, h = (int)hd;
    /* The pixels start white, set by one memset: a surface cairo allocates
     * is cleared to black and would need a second pass to paint it white
     * (together about a sixth of a page's time). */
    int stride = pdflib()->cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, w);
    guint8 *pixels = g_malloc((gsize)stride * h);
    memset(pixels, 0xFF, (gsize)stride * h);
    cairo_surface_t *s =
        pdflib()->cairo_image_surface_create_for_data(pixels, CAIRO_FORMAT_RGB24, w, h, stride);
    static const cairo_user_data_key_t pixels_key;
    if (pdflib()->cairo_surface_set_user_data(s, &pixels_key, pixels, g_free) !=
        CAIRO_STATUS_SUCCESS) {
        pdflib()->cairo_surface_destroy(s);
        g_free(pixels);
        return NULL;
    }
    cairo_t *cr = pdflib()->cairo_create(s);
    if (!text)
        pdflib()->cairo_set_user_data(cr, &textless_key, cr, NULL);
    pdflib()->cairo_scale(cr, RENDER_SCALE, RENDER_SCALE);
    pdflib()->poppler_page_render(page, cr);
    pdflib()->cairo_destroy(cr);
    pdflib()->cairo_surface_flush(s);
    return s;
}

/* Pixels looked at together for paper: drawn without its text, a page is
 * nearly all white, and a whole span of white needs no luma. */
#define PAPER_SPAN 32

/* Whether each of the first `n` pixels of `row` is ink, into `out`.  Luma is
 * compared scaled by 100 (no division), so the loop is a plain sum the
 * compiler can vectorize. */
static void ink_row(const guint32 *row, guint8 *out, int n)
{
    for (int x = 0; x < n; x++) {
        guint32 v = row[x];
        guint32 luma100 = ((v >> 16) & 0xFF) * 30 + ((v >> 8) & 0xFF) * 59 + (v & 0xFF) * 11;
        out[x] = luma100 < DARK_LUMA * 100;
    }
}

/* Whether the `n` pixels of `row` are all white (RGB24: the top byte is
 * unused). */
static gboolean paper(const guint32 *row, int n)
{
    guint32 all = 0xFFFFFFFF;
    for (int x = 0; x < n; x++)
        all &= row[x];
    return (all | 0xFF000000) == 0xFFFFFFFF;
}

/* A mask of a rendered page's ink (1 byte a pixel): white spans are cleared
 * at once, the others go through ink_row.  It runs over every pixel of
 * every page. */
static guint8 *ink_of(cairo_surface_t *s, int *w, int *h)
{
    *w = pdflib()->cairo_image_surface_get_width(s);
    *h = pdflib()->cairo_image_surface_get_height(s);
    const guint8 *px = pdflib()->cairo_image_surface_get_data(s);
    int stride = pdflib()->cairo_image_surface_get_stride(s);
    guint8 *mask = g_malloc((gsize)*w * *h);
    for (int y = 0; y < *h; y++) {
        const guint32 *row = (const guint32 *)(px + (gsize)y * stride);
        guint8 *out = mask + (gsize)y * *w;
        for (int x = 0; x < *w; x += PAPER_SPAN) {
            int n = MIN(PAPER_SPAN, *w - x);
            if (paper(row + x, n))
                memset(out + x, 0, (gsize)n);
            else
                ink_row(row + x, out + x, n);
        }
    }
    return mask;
}

static guint8 *ink_mask(PopplerPage *page, gboolean turned, int *w, int *h)
{
    cairo_surface_t *s = render_page(page, turned, FALSE);
    if (!s)
        return NULL;
    guint8 *mask = ink_of(s, w, h);
    pdflib()->cairo_surface_destroy(s);
    return mask;
}

/* Adds a run to the rules, merging it into one it continues (the next pixel
 * line of a thick rule). */
static void add_run(GArray *rules, double pos, double lo, double hi)
{
    for (guint i = rules->len; i-- > 0;) {
        rule *r = &g_array_index(rules, rule, i);
        if (pos - r->pos > RULE_MERGE_PT)
            break; /* runs come in order of pos */
        if (lo < r->hi + RULE_MERGE_PT && hi > r->lo - RULE_MERGE_PT) {
            r->lo = MIN(r->lo, lo);
            r->hi = MAX(r->hi, hi);
            return;
        }
    }
    rule fresh = {pos, lo, hi, -1, FALSE};
    g_array_append_val(rules, fresh);
}

static gint by_pos(gconstpointer a, gconstpointer b)
{
    const rule *x = a, *y = b;
    return (x->pos > y->pos) - (x->pos < y->pos);
}

/* The long runs of ink along rows (horizontal) or columns (vertical).  Both
 * scans go row by row through the mask (a column-wise walk would touch a new
 * cache line at every pixel); vertical runs are then put in order of x. */
static GArray *find_rules(const guint8 *mask, int w, int h, gboolean horizontal)
{
    GArray *rules = g_array_new(FALSE, FALSE, sizeof(rule));
    /* a page is mostly paper: memchr skips to the next ink and to its end */
    if (horizontal) {
        double min_px = H_RULE_MIN_PT * RENDER_SCALE;
        for (int y = 0; y < h; y++) {
            const guint8 *row = mask + (gsize)y * w, *p = row, *end = row + w;
            while ((p = memchr(p, 1, (gsize)(end - p)))) {
                const guint8 *stop = memchr(p, 0, (gsize)(end - p));
                if (!stop)
                    stop = end;
                if (stop - p >= min_px)
                    add_run(rules, (y + 0.5) / RENDER_SCALE, (p - row) / RENDER_SCALE,
                            (stop - row) / RENDER_SCALE);
                p = stop;
            }
        }
        return rules;
    }
    /* vertical runs: the columns inked in the row above stay open until a
     * row leaves them white */
    double min_px = V_RULE_MIN_PT * RENDER_SCALE;
    GArray *runs = g_array_new(FALSE, FALSE, sizeof(rule));
    int *start = g_new(int, w);
    for (int x = 0; x < w; x++)
        start[x] = -1;
    GArray *open = g_array_new(FALSE, FALSE, sizeof(int));
    for (int y = 0; y <= h; y++) {
        const guint8 *row = y < h ? mask + (gsize)y * w : NULL;
        for (guint i = 0; i < open->len;) {
            int x = g_array_index(open, int, i);
            if (row && row[x]) {
                i++;
                continue;
            }
            if (y - start[x] >= min_px) {
                rule r = {(x + 0.5) / RENDER_SCALE, start[x] / RENDER_SCALE, y / RENDER_SCALE, -1,
                          FALSE};
                g_array_append_val(runs, r);
            }
            start[x] = -1;
            g_array_remove_index_fast(open, i);
        }
        if (!row)
            break;
        for (const guint8 *p = row, *end = row + w; (p = memchr(p, 1, (gsize)(end - p)));) {
            const guint8 *stop = memchr(p, 0, (gsize)(end - p));
            if (!stop)
                stop = end;
            for (; p < stop; p++) {
                int x = (int)(p - row);
                if (start[x] < 0) {
                    start[x] = y;
                    g_array_append_val(open, x);
                }
            }
        }
    }
    g_array_free(open, TRUE);
    g_free(start);
    g_array_sort(runs, by_pos);
    for (guint i = 0; i < runs->len; i++) {
        const rule *r = &g_array_index(runs, rule, i);
        add_run(rules, r->pos, r->lo, r->hi);
    }
    g_array_free(runs, TRUE);
    return rules;
}

static gboolean meets(const rule *hr, const rule *vr)
{
    return vr->pos >= hr->lo - RULE_TOUCH_PT && vr->pos <= hr->hi + RULE_TOUCH_PT &&
           hr->pos >= vr->lo - RULE_TOUCH_PT && hr->pos <= vr->hi + RULE_TOUCH_PT;
}

/* TRUE when end `at` of rule `r` stands on one of the rules `across` (drawn
 * the other way). */
static gboolean end_framed(const GArray *across, const rule *r, double at)
{
    for (guint k = 0; k < across->len; k++) {
        const rule *a = &g_array_index(across, rule, k);
        if (meets(a, r) && fabs(a->pos - at) <= RULE_TOUCH_PT)
            return TRUE;
    }
    return FALSE;
}

/* A table a page's edge cuts may be left open there.  A browser draws a row
 * that runs on over a page break, or a cell merged down over it, without a
 * bottom (or top) rule, so its vertical rules end in the air; and it clips a
 * table wider than the page at the printable area's right edge, so the
 * horizontal rules of its last column end in the air there.  Where at least
 * CUT_MIN_RULES rules end unframed at one place, and that place is the
 * page's last (or first) ink of any rule that way, the page edge closes
 * them: a rule is drawn there across them.  One rule ending so is closed
 * too where it stands in a gap of a rule along that edge (wkhtmltopdf: the
 * rule between a level-1 cell and a level-2 cell both merged over the
 * break, the other columns' rows closed there): the gap is drawn.  So is
 * the outer rule of a table whose first (or last) column is such a cell
 * (WeasyPrint: the level-1 cell merged over the break, every other column
 * closed): the rule along the break is drawn on out to it.  (Not at a
 * clip: a horizontal rule ending alone at the page's leftmost rule is the
 * empty end of cells merged over a break, Chromium's, no row of its own.) */
#define CUT_MIN_RULES 2

/* Closes the ends of `ends` cut by an edge with a rule added to `across`
 * (see CUT_MIN_RULES); `breaks`: the edges are page breaks (`ends` are
 * vertical rules). */
static void close_cuts(GArray *across, const GArray *ends, gboolean breaks)
{
    double first = G_MAXDOUBLE, last = -G_MAXDOUBLE;
    for (guint i = 0; i < ends->len; i++) {
        first = MIN(first, g_array_index(ends, rule, i).lo);
        last = MAX(last, g_array_index(ends, rule, i).hi);
    }
    for (guint k = 0; k < across->len; k++) {
        first = MIN(first, g_array_index(across, rule, k).pos);
        last = MAX(last, g_array_index(across, rule, k).pos);
    }
    for (int side = 0; side < 2; side++) {
        double edge = side ? last : first, lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;
        int loose = 0;
        for (guint i = 0; i < ends->len; i++) {
            const rule *r = &g_array_index(ends, rule, i);
            double end = side ? r->hi : r->lo;
            if (fabs(end - edge) > RULE_MERGE_PT || end_framed(across, r, end))
                continue;
            loose++;
            lo = MIN(lo, r->pos);
            hi = MAX(hi, r->pos);
        }
        /* one loose end in a gap of a rule along the edge: a cell merged
         * over the break between cells the break closes */
        double before = -G_MAXDOUBLE, after = G_MAXDOUBLE;
        for (guint k = 0; loose == 1 && k < across->len; k++) {
            const rule *a = &g_array_index(across, rule, k);
            if (fabs(a->pos - edge) > RULE_MERGE_PT)
                continue;
            if (a->hi <= lo + RULE_TOUCH_PT)
                before = MAX(before, a->hi);
            else if (a->lo >= hi - RULE_TOUCH_PT)
                after = MIN(after, a->lo);
        }
        if (loose == 1 && (before > -G_MAXDOUBLE || after < G_MAXDOUBLE) &&
            (breaks || (before > -G_MAXDOUBLE && after < G_MAXDOUBLE))) {
            /* no rule along a break on one side: the table's outer rule */
            rule gap = {edge, before > -G_MAXDOUBLE ? before : lo, after < G_MAXDOUBLE ? after : hi,
                        -1, TRUE};
            g_array_append_val(across, gap);
        } else if (loose >= CUT_MIN_RULES) {
            rule cut = {edge, lo, hi, -1, TRUE};
            g_array_append_val(across, cut);
        }
    }
}

/* Closes the tables the page's edges cut (see CUT_MIN_RULES): the vertical
 * rules a page break leaves open, then the horizontal ones a clip does. */
static void close_page_cuts(GArray *hs, GArray *vs)
{
    close_cuts(hs, vs, TRUE);
    close_cuts(vs, hs, FALSE);
}

/* A vertical rule may run on past the table's last rule: a web page's
 * border="1" table is framed 3D (outset: its top and left sides a grey
 * lighter than DARK_LUMA, its bottom and right darker), and Chromium draws
 * the right side of a table cut by a page break on to the page's end, or
 * on into the right side of the next table set close under it (whose
 * bottom, met by that one side alone, is no rule).  An end standing on no
 * rule is cut back to the farthest rule the vertical one crosses; the rule
 * is kept when both its ends then stand on rules, at least V_RULE_MIN_PT
 * apart.  (Not a rule drawn along a page's edge: it closes the ends it was
 * drawn for, and ending in the air it closes none.)  Returns whether it is
 * kept. */
static gboolean cut_back_to_frame(const GArray *hs, rule *v)
{
    gboolean top = FALSE, bottom = FALSE;
    double first = G_MAXDOUBLE, last = -G_MAXDOUBLE;
    for (guint k = 0; k < hs->len; k++) {
        const rule *hr = &g_array_index(hs, rule, k);
        if (!meets(hr, v))
            continue;
        top |= fabs(hr->pos - v->lo) <= RULE_TOUCH_PT;
        bottom |= fabs(hr->pos - v->hi) <= RULE_TOUCH_PT;
        first = MIN(first, hr->pos);
        last = MAX(last, hr->pos);
    }
    if (top && bottom)
        return TRUE;
    if (v->edge || last - first < V_RULE_MIN_PT)
        return FALSE;
    v->lo = MAX(v->lo, first);
    v->hi = MIN(v->hi, last);
    return TRUE;
}

/* Keeps the vertical rules whose both ends stand on horizontal ones (a
 * character's stroke does not; see cut_back_to_frame) and the horizontal
 * rules that meet two of them; repeats until nothing changes. */
static void keep_framed(GArray *hs, GArray *vs)
{
    close_page_cuts(hs, vs);
    for (gboolean changed = TRUE; changed;) {
        changed = FALSE;
        for (guint i = 0; i < vs->len; i++) {
            rule *v = &g_array_index(vs, rule, i);
            double lo = v->lo, hi = v->hi;
            if (!cut_back_to_frame(hs, v)) {
                g_array_remove_index(vs, i--);
                changed = TRUE;
            } else if (v->lo != lo || v->hi != hi) {
                changed = TRUE;
            }
        }
        for (guint k = 0; k < hs->len; k++) {
            const rule *hr = &g_array_index(hs, rule, k);
            int met = 0;
            for (guint i = 0; i < vs->len && met < 2; i++)
                met += meets(hr, &g_array_index(vs, rule, i));
            if (met < 2) {
                g_array_remove_index(hs, k--);
                changed = TRUE;
            }
        }
    }
}

/* A cell merged down over a page break may be drawn with its bottom rule
 * off the row's: Chromium ends the cell's part on the next page below the
 * rule the other columns draw under that row, and sets an empty cell under
 * it down to their next rule.  The offset rule would part that row in two
 * and its record would be read twice.  A horizontal rule is put back on the
 * row's rule when that rule is longer and stands beside it (no overlap),
 * above it; the vertical rules at its ends reach up to that rule; no rule
 * along the row's stands between them or level with it (a double rule),
 * one does below it (it lies inside the row); and no text stands in its
 * column from the row's rule down to the next one (it parts nothing). */

/* TRUE when a glyph's centre lies in [x0, x1] × [y0, y1]. */
static gboolean text_in(const GArray *glyphs, double x0, double x1, double y0, double y1)
{
    for (guint i = 0; i < glyphs->len; i++) {
        const glyph *g = &g_array_index(glyphs, glyph, i);
        double cx = (g->x0 + g->x1) / 2, cy = (g->y0 + g->y1) / 2;
        if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when a vertical rule at x `x` reaches from `top` down to `bottom`. */
static gboolean vertical_over(const GArray *vs, double x, double top, double bottom)
{
    for (guint i = 0; i < vs->len; i++) {
        const rule *v = &g_array_index(vs, rule, i);
        if (fabs(v->pos - x) <= RULE_TOUCH_PT && v->lo <= top + RULE_TOUCH_PT &&
            v->hi >= bottom - RULE_TOUCH_PT)
            return TRUE;
    }
    return FALSE;
}

/* The position of the row rule `s` of `hs` is offset from (see above), or
 * its own. */
static double row_rule_of(const GArray *hs, const GArray *vs, const GArray *glyphs, guint i)
{
    const rule *s = &g_array_index(hs, rule, i);
    double to = -G_MAXDOUBLE; /* the nearest row rule above */
    for (guint k = 0; k < hs->len; k++) {
        const rule *o = &g_array_index(hs, rule, k);
        if (k == i || o->pos >= s->pos - RULE_MERGE_PT || o->pos <= to ||
            o->hi - o->lo <= s->hi - s->lo ||
            (o->lo < s->hi - RULE_TOUCH_PT && o->hi > s->lo + RULE_TOUCH_PT) ||
            !vertical_over(vs, s->lo, o->pos, s->pos) || !vertical_over(vs, s->hi, o->pos, s->pos))
            continue;
        /* o's row: no rule along o down to s or at s, the next one below */
        gboolean between = FALSE;
        double next = G_MAXDOUBLE;
        for (guint j = 0; j < hs->len && !between; j++) {
            const rule *r = &g_array_index(hs, rule, j);
            if (j == k || r->lo >= o->hi - RULE_TOUCH_PT || r->hi <= o->lo + RULE_TOUCH_PT ||
                r->pos <= o->pos + RULE_MERGE_PT)
                continue;
            if (r->pos <= s->pos + RULE_MERGE_PT)
                between = TRUE;
            else
                next = MIN(next, r->pos);
        }
        if (!between && next < G_MAXDOUBLE && !text_in(glyphs, s->lo, s->hi, o->pos, next))
            to = o->pos;
    }
    return to > -G_MAXDOUBLE ? to : s->pos;
}

/* Puts the offset rules of `hs` back on their rows' rules (see above). */
static void snap_offset_rules(GArray *hs, const GArray *vs, const GArray *glyphs)
{
    double *to = g_new(double, hs->len);
    for (guint i = 0; i < hs->len; i++)
        to[i] = row_rule_of(hs, vs, glyphs, i);
    for (guint i = 0; i < hs->len; i++)
        g_array_index(hs, rule, i).pos = to[i];
    g_free(to);
}

/* ------------------------------------------------------------ ruled tables */

typedef struct {
    double *ys, *xs; /* band edges: n_rows + 1 and n_cols + 1 */
    int n_rows, n_cols;
    int *cell;       /* n_rows * n_cols: the cell (index into `cells`) of each band */
    GArray *cells;   /* ruled_cell */
} ruled_table;

typedef struct {
    int row, col, rowspan, colspan;
    GArray *glyphs; /* glyph */
} ruled_cell;

static int find_root(int *parent, int i)
{
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

static void join_sets(int *parent, int a, int b)
{
    a = find_root(parent, a);
    b = find_root(parent, b);
    if (a != b)
        parent[MAX(a, b)] = MIN(a, b);
}

/* Distinct positions of `rules` of group `g`, merged within `merge`. */
static GArray *edges_of(GArray *rules, int g, double merge)
{
    GArray *all = g_array_new(FALSE, FALSE, sizeof(double));
    for (guint i = 0; i < rules->len; i++)
        if (g_array_index(rules, rule, i).group == g)
            g_array_append_val(all, g_array_index(rules, rule, i).pos);
    g_array_sort(all, by_value);
    GArray *edges = g_array_new(FALSE, FALSE, sizeof(double));
    for (guint i = 0; i < all->len; i++) {
        double p = g_array_index(all, double, i);
        if (edges->len && p - g_array_index(edges, double, edges->len - 1) <= merge)
            continue;
        g_array_append_val(edges, p);
    }
    g_array_free(all, TRUE);
    return edges;
}

/* Whether most of `edges` stand in pairs BORDER_PAIR_PT apart: a table whose
 * cells are drawn apart, not a pair of rules here and there (a page cut
 * beside a rule, a double rule under a header), which stay two edges. */
static gboolean drawn_apart(const GArray *edges)
{
    guint paired = 0;
    for (guint i = 0; i + 1 < edges->len; i++) {
        double gap = g_array_index(edges, double, i + 1) - g_array_index(edges, double, i);
        if (gap <= BORDER_PAIR_PT) {
            paired += 2;
            i++;
        }
    }
    return edges->len && paired >= edges->len * PAIRED_SHARE;
}

/* drawn_apart, judged on the edges inside the outer frame: a drawn-apart
 * table's part on a later page may be a row or two under a frame drawn
 * apart from its cells by more than a pair (WeasyPrint: the page's top rule
 * 3.75 pt over the first cell's), and with so few rows the frame's unpaired
 * edges would outweigh the paired ones (`8 | 意 | 救助对象满意度` read in nine
 * columns, slivers between). */
static gboolean drawn_apart_inside_frame(const GArray *edges)
{
    if (edges->len < 4)
        return FALSE;
    GArray *inner = g_array_sized_new(FALSE, FALSE, sizeof(double), edges->len - 2);
    g_array_append_vals(inner, &g_array_index(edges, double, 1), edges->len - 2);
    gboolean apart = drawn_apart(inner);
    g_array_free(inner, TRUE);
    return apart;
}

/* TRUE when a rule of group `g` lies at `pos` (or up to `pair` after it: the
 * second rule of a pair) and covers [lo, hi]. */
static gboolean ruled(GArray *rules, int g, double pos, double pair, double lo, double hi)
{
    for (guint i = 0; i < rules->len; i++) {
        const rule *r = &g_array_index(rules, rule, i);
        if (r->group == g && r->pos - pos >= -RULE_MERGE_PT && r->pos - pos <= pair &&
            r->lo <= lo + RULE_TOUCH_PT && r->hi >= hi - RULE_TOUCH_PT)
            return TRUE;
    }
    return FALSE;
}

static void ruled_table_free(ruled_table *t)
{
    for (guint i = 0; i < t->cells->len; i++)
        g_array_free(g_array_index(t->cells, ruled_cell, i).glyphs, TRUE);
    g_array_free(t->cells, TRUE);
    g_free(t->ys);
    g_free(t->xs);
    g_free(t->cell);
    g_free(t);
}

/* The table of group `g`: its bands, and its cells as the bands the missing
 * rules join (a merged cell is a rectangle of bands; a join that is not one
 * is taken apart again). */
static ruled_table *build_table(GArray *hs, GArray *vs, int g)
{
    GArray *ye = edges_of(hs, g, RULE_MERGE_PT), *xe = edges_of(vs, g, RULE_MERGE_PT);
    double pair = RULE_MERGE_PT;
    if ((drawn_apart(ye) || drawn_apart_inside_frame(ye)) &&
        (drawn_apart(xe) || drawn_apart_inside_frame(xe))) {
        g_array_free(ye, TRUE);
        g_array_free(xe, TRUE);
        pair = BORDER_PAIR_PT;
        ye = edges_of(hs, g, pair);
        xe = edges_of(vs, g, pair);
    }
    if (ye->len < 2 || xe->len < 2) {
        g_array_free(ye, TRUE);
        g_array_free(xe, TRUE);
        return NULL;
    }
    ruled_table *t = g_new0(ruled_table, 1);
    t->n_rows = (int)ye->len - 1;
    t->n_cols = (int)xe->len - 1;
    t->ys = (double *)g_array_free(ye, FALSE);
    t->xs = (double *)g_array_free(xe, FALSE);
    int n = t->n_rows * t->n_cols;
    int *parent = g_new(int, n);
    for (int i = 0; i < n; i++)
        parent[i] = i;
    for (int r = 0; r < t->n_rows; r++)
        for (int c = 0; c < t->n_cols; c++) {
            if (c + 1 < t->n_cols && !ruled(vs, g, t->xs[c + 1], pair, t->ys[r], t->ys[r + 1]))
                join_sets(parent, r * t->n_cols + c, r * t->n_cols + c + 1);
            if (r + 1 < t->n_rows && !ruled(hs, g, t->ys[r + 1], pair, t->xs[c], t->xs[c + 1]))
                join_sets(parent, r * t->n_cols + c, (r + 1) * t->n_cols + c);
        }
    /* each set's bounding box; a set that does not fill it is no cell */
    int *lo_r = g_new(int, n), *hi_r = g_new(int, n), *lo_c = g_new(int, n), *hi_c = g_new(int, n),
        *count = g_new0(int, n);
    for (int i = 0; i < n; i++) {
        lo_r[i] = lo_c[i] = G_MAXINT;
        hi_r[i] = hi_c[i] = -1;
    }
    for (int i = 0; i < n; i++) {
        int root = find_root(parent, i), r = i / t->n_cols, c = i % t->n_cols;
        lo_r[root] = MIN(lo_r[root], r);
        hi_r[root] = MAX(hi_r[root], r);
        lo_c[root] = MIN(lo_c[root], c);
        hi_c[root] = MAX(hi_c[root], c);
        count[root]++;
    }
    t->cell = g_new(int, n);
    t->cells = g_array_new(FALSE, FALSE, sizeof(ruled_cell));
    int *index = g_new(int, n);
    for (int i = 0; i < n; i++)
        index[i] = -1;
    for (int i = 0; i < n; i++) {
        int root = find_root(parent, i);
        gboolean rect =
            count[root] == (hi_r[root] - lo_r[root] + 1) * (hi_c[root] - lo_c[root] + 1);
        int key = rect ? root : i;
        if (index[key] < 0) {
            ruled_cell cell = {rect ? lo_r[root] : i / t->n_cols, rect ? lo_c[root] : i % t->n_cols,
                               rect ? hi_r[root] - lo_r[root] + 1 : 1,
                               rect ? hi_c[root] - lo_c[root] + 1 : 1,
                               g_array_new(FALSE, FALSE, sizeof(glyph))};
            index[key] = (int)t->cells->len;
            g_array_append_val(t->cells, cell);
        }
        t->cell[i] = index[key];
    }
    g_free(index);
    g_free(parent);
    g_free(lo_r);
    g_free(hi_r);
    g_free(lo_c);
    g_free(hi_c);
    g_free(count);
    return t;
}

/* A cell merged down over a page break may be framed only as tall as its
 * text: WeasyPrint closes the part of a merged cell on the first page under
 * its last line, and the rest of its column down to the table's bottom is
 * paper (no rule, no text).  That bottom rule would end the cell inside a
 * row of the other columns and part the row in two, read twice.  A
 * horizontal rule of a table is such a bottom when nothing stands below it
 * across its own extent down to the table's lowest rule (no rule of the
 * table, no text), at least a row of small type (V_RULE_MIN_PT) above that
 * rule (the last row's cells end apart by less), and no row's rule stands
 * level with it (a cell closed on a row's rule parts no row).  The cell is
 * then drawn down to the table's bottom: the rule moves there and the
 * vertical rules ending on it reach down with it, so the column keeps its
 * walls (two cells side by side cut short level are one rule: their walls
 * between reach down too). */
static void close_short_cells(GArray *hs, GArray *vs, const GArray *glyphs)
{
    double *bottom = g_new(double, hs->len);
    for (guint i = 0; i < hs->len; i++) {
        const rule *s = &g_array_index(hs, rule, i);
        double lo = s->lo + RULE_TOUCH_PT, hi = s->hi - RULE_TOUCH_PT, low = s->pos;
        double left = s->lo;
        for (guint k = 0; k < hs->len; k++)
            if (g_array_index(hs, rule, k).group == s->group) {
                low = MAX(low, g_array_index(hs, rule, k).pos);
                left = MIN(left, g_array_index(hs, rule, k).lo);
            }
        /* in the first column, the table's bottom rule closes no cell under
         * it when the table's left side does not reach down to it: a
         * border="1" table's frame, its dark bottom drawn on under a cell
         * cut short, its left side too light to see */
        gboolean frame_open = s->lo <= left + RULE_TOUCH_PT &&
                              !vertical_over(vs, s->lo, s->pos, low);
        gboolean below = FALSE;
        for (guint k = 0; k < hs->len && !below; k++) {
            const rule *o = &g_array_index(hs, rule, k);
            if (k == i || o->group != s->group || (o->pos > low - RULE_MERGE_PT && frame_open))
                continue;
            below = o->pos > s->pos + RULE_MERGE_PT && o->lo < hi && o->hi > lo;
        }
        bottom[i] = !below && low > s->pos + V_RULE_MIN_PT && lo < hi &&
                            !text_in(glyphs, lo, hi, s->pos, low)
                        ? low
                        : s->pos;
    }
    for (guint i = 0; i < hs->len; i++) {
        rule *s = &g_array_index(hs, rule, i);
        gboolean level = FALSE;
        for (guint k = 0; k < hs->len && bottom[i] > s->pos && !level; k++) {
            const rule *o = &g_array_index(hs, rule, k);
            level = k != i && o->group == s->group && bottom[k] == o->pos &&
                    fabs(o->pos - s->pos) <= BORDER_PAIR_PT;
        }
        if (bottom[i] == s->pos || level)
            continue;
        for (guint k = 0; k < vs->len; k++) {
            rule *v = &g_array_index(vs, rule, k);
            if (fabs(v->hi - s->pos) <= RULE_TOUCH_PT && v->pos >= s->lo - RULE_MERGE_PT &&
                v->pos <= s->hi + RULE_MERGE_PT)
                v->hi = bottom[i];
        }
        s->pos = bottom[i];
    }
    g_free(bottom);
}

/* A table whose middle columns are cells merged down from the page before
 * may be drawn on the next page without them: WeasyPrint frames such a
 * cell only on the page it starts on (see close_short_cells), so the level
 * columns are paper and the rules left and right of them never meet (序号
 * apart from 三级指标 and the rest).  Two groups of rules side by side are
 * one table when their rows are ruled at the same places (at least
 * SIDE_EDGES_MIN row rules, each matched within BORDER_PAIR_PT) and no text
 * stands between them: the paper between is a column of merged cells. */
#define SIDE_EDGES_MIN 3

typedef struct {
    double x0, x1, y0, y1;
    GArray *ys; /* row rules, merged within BORDER_PAIR_PT */
} rules_box;

/* The extent and row rules of group `g`. */
static rules_box box_of(GArray *hs, const GArray *vs, int g)
{
    rules_box b = {G_MAXDOUBLE, -G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, NULL};
    for (guint i = 0; i < hs->len; i++) {
        const rule *r = &g_array_index(hs, rule, i);
        if (r->group != g)
            continue;
        b.x0 = MIN(b.x0, r->lo);
        b.x1 = MAX(b.x1, r->hi);
        b.y0 = MIN(b.y0, r->pos);
        b.y1 = MAX(b.y1, r->pos);
    }
    for (guint i = 0; i < vs->len; i++) {
        const rule *r = &g_array_index(vs, rule, i);
        if (r->group == g) {
            b.x0 = MIN(b.x0, r->pos);
            b.x1 = MAX(b.x1, r->pos);
        }
    }
    b.ys = edges_of(hs, g, BORDER_PAIR_PT);
    return b;
}

/* TRUE when `a` stands left of `b`, their rows ruled alike, paper between. */
static gboolean side_by_side(const rules_box *a, const rules_box *b, const GArray *glyphs)
{
    if (a->x1 >= b->x0 || a->ys->len != b->ys->len || a->ys->len < SIDE_EDGES_MIN)
        return FALSE;
    for (guint i = 0; i < a->ys->len; i++)
        if (fabs(g_array_index(a->ys, double, i) - g_array_index(b->ys, double, i)) >
            BORDER_PAIR_PT)
            return FALSE;
    return !text_in(glyphs, a->x1, b->x0, MIN(a->y0, b->y0), MAX(a->y1, b->y1));
}

/* Joins in `parent` the groups of rules side by side (see above). */
static void join_side_by_side(GArray *hs, GArray *vs, int *parent, const GArray *glyphs)
{
    GArray *roots = g_array_new(FALSE, FALSE, sizeof(int));
    GArray *boxes = g_array_new(FALSE, FALSE, sizeof(rules_box));
    for (guint i = 0; i < hs->len; i++) {
        int g = g_array_index(hs, rule, i).group;
        gboolean seen = FALSE;
        for (guint k = 0; k < roots->len && !seen; k++)
            seen = g_array_index(roots, int, k) == g;
        if (seen)
            continue;
        rules_box b = box_of(hs, vs, g);
        g_array_append_val(roots, g);
        g_array_append_val(boxes, b);
    }
    for (guint i = 0; i < boxes->len; i++)
        for (guint k = 0; k < boxes->len; k++)
            if (i != k && side_by_side(&g_array_index(boxes, rules_box, i),
                                       &g_array_index(boxes, rules_box, k), glyphs))
                join_sets(parent, g_array_index(roots, int, i), g_array_index(roots, int, k));
    for (guint i = 0; i < boxes->len; i++)
        g_array_free(g_array_index(boxes, rules_box, i).ys, TRUE);
    g_array_free(boxes, TRUE);
    g_array_free(roots, TRUE);
}

/* A frame drawn round lines of text, no rule inside it, is no table: what
 * stands in it is read as lines (a borderless table framed by the border="1"
 * of a web page whose cells have no borders of their own, which a one-cell
 * grid would hold as one run of text).  A frame round a line or two (a
 * boxed title, a wrapped note) stays a cell. */
#define FRAMED_TABLE_LINES 3

/* TRUE when `t` is one cell framing at least FRAMED_TABLE_LINES lines. */
static gboolean frame_round_lines(const ruled_table *t, const GArray *glyphs)
{
    if (t->cells->len != 1)
        return FALSE;
    GArray *inside = g_array_new(FALSE, FALSE, sizeof(glyph));
    for (guint i = 0; i < glyphs->len; i++) {
        const glyph *g = &g_array_index(glyphs, glyph, i);
        double cx = (g->x0 + g->x1) / 2, cy = (g->y0 + g->y1) / 2;
        if (cx >= t->xs[0] && cx <= t->xs[t->n_cols] && cy >= t->ys[0] && cy <= t->ys[t->n_rows])
            g_array_append_val(inside, *g);
    }
    GArray *lines = group_lines(inside);
    gboolean many = lines->len >= FRAMED_TABLE_LINES;
    free_lines(lines);
    g_array_free(inside, TRUE);
    return many;
}

/* Two HTML tables set one right under the other (a table the page's author
 * continued in a new table, or a converter's one per page of the source)
 * touch: the bottom rule of the first is the top rule of the second, and
 * the rules meet into one group.  Each table lays its columns out for its
 * own text, so the group's columns are the two tables' edges interleaved:
 * slivers, every cell spanning two of them, a lower table's level-2 cell
 * under the upper one's level-1 header.  A group is cut in two at a row
 * rule where the inner vertical rules (the frame's two sides aside) above
 * it and below it stand at different places: at least STACKED_MIN_EDGES on
 * each side, none of the upper part's matching one of the lower part's, and
 * at most STACKED_SHARED of them running on through the rule (an edge the
 * two tables happen to share).  One table's rows share its columns all the
 * way down, whatever their spans, so a metadata block over the indicators
 * stays one table. */
#define STACKED_MIN_EDGES 2
#define STACKED_SHARED 1

/* The inner vertical rules of group `g` (the frame's sides left out) as
 * positions: those ending by `y` (above), starting at it (below), or
 * running through it (through). */
static void stacked_edges(const GArray *vs, int g, double y, GArray *above, GArray *below,
                          GArray *through)
{
    double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE;
    for (guint i = 0; i < vs->len; i++) {
        const rule *v = &g_array_index(vs, rule, i);
        if (v->group == g) {
            x0 = MIN(x0, v->pos);
            x1 = MAX(x1, v->pos);
        }
    }
    for (guint i = 0; i < vs->len; i++) {
        const rule *v = &g_array_index(vs, rule, i);
        if (v->group != g || v->pos <= x0 + RULE_MERGE_PT || v->pos >= x1 - RULE_MERGE_PT)
            continue;
        if (v->hi <= y + RULE_TOUCH_PT)
            g_array_append_val(above, v->pos);
        else if (v->lo >= y - RULE_TOUCH_PT)
            g_array_append_val(below, v->pos);
        else
            g_array_append_val(through, v->pos);
    }
}

/* Whether a position of `a` lies within RULE_MERGE_PT of one of `b`. */
static gboolean edges_meet(const GArray *a, const GArray *b)
{
    for (guint i = 0; i < a->len; i++)
        for (guint k = 0; k < b->len; k++)
            if (fabs(g_array_index(a, double, i) - g_array_index(b, double, k)) <= RULE_MERGE_PT)
                return TRUE;
    return FALSE;
}

/* The row rule of group `g` where two stacked tables meet (see above), or
 * a negative value. */
static double stacked_cut(const GArray *hs, const GArray *vs, int g)
{
    GArray *ys = edges_of((GArray *)hs, g, RULE_MERGE_PT);
    double cut = -1;
    for (guint i = 1; i + 1 < ys->len && cut < 0; i++) {
        double y = g_array_index(ys, double, i);
        GArray *above = g_array_new(FALSE, FALSE, sizeof(double)),
               *below = g_array_new(FALSE, FALSE, sizeof(double)),
               *through = g_array_new(FALSE, FALSE, sizeof(double));
        stacked_edges(vs, g, y, above, below, through);
        if (above->len >= STACKED_MIN_EDGES && below->len >= STACKED_MIN_EDGES &&
            through->len <= STACKED_SHARED && !edges_meet(above, below))
            cut = y;
        g_array_free(above, TRUE);
        g_array_free(below, TRUE);
        g_array_free(through, TRUE);
    }
    g_array_free(ys, TRUE);
    return cut;
}

/* Moves what of group `g` lies below `y` to group `fresh`: the row rule at
 * `y` is drawn in both, a vertical rule running through it is cut there. */
static void cut_group(GArray *hs, GArray *vs, int g, double y, int fresh)
{
    for (guint i = 0, n = hs->len; i < n; i++) {
        rule *r = &g_array_index(hs, rule, i);
        if (r->group != g || r->pos < y - RULE_MERGE_PT)
            continue;
        if (r->pos <= y + RULE_MERGE_PT) {
            rule copy = *r;
            copy.group = fresh;
            g_array_append_val(hs, copy);
        } else {
            r->group = fresh;
        }
    }
    for (guint i = 0, n = vs->len; i < n; i++) {
        rule *v = &g_array_index(vs, rule, i);
        if (v->group != g || v->hi <= y + RULE_TOUCH_PT)
            continue;
        if (v->lo >= y - RULE_TOUCH_PT) {
            v->group = fresh;
        } else {
            rule lower = *v;
            lower.lo = y;
            lower.group = fresh;
            v->hi = y;
            g_array_append_val(vs, lower);
        }
    }
}

/* Cuts every group of stacked tables apart (see STACKED_MIN_EDGES); new
 * groups are numbered from `next`.  Returns the number after the last. */
static int cut_stacked_tables(GArray *hs, GArray *vs, int next)
{
    for (int g = 0; g < next; g++) {
        double y = stacked_cut(hs, vs, g);
        if (y >= 0)
            cut_group(hs, vs, g, y, next++); /* the lower part is looked at again */
    }
    return next;
}

/* Groups the framed rules into tables: rules that meet are one table
 * and so are groups side by side with their rows alike (their cells cut
 * short closed at its bottom, see above). */
static GPtrArray *ruled_tables(GArray *hs, GArray *vs, const GArray *glyphs)
{
    int nh = (int)hs->len, nv = (int)vs->len;
    int *parent = g_new(int, nh + nv + 1);
    for (int i = 0; i < nh + nv; i++)
        parent[i] = i;
    for (int k = 0; k < nh; k++)
        for (int i = 0; i < nv; i++)
            if (meets(&g_array_index(hs, rule, k), &g_array_index(vs, rule, i)))
                join_sets(parent, k, nh + i);
    for (int k = 0; k < nh; k++)
        g_array_index(hs, rule, k).group = find_root(parent, k);
    for (int i = 0; i < nv; i++)
        g_array_index(vs, rule, i).group = find_root(parent, nh + i);
    join_side_by_side(hs, vs, parent, glyphs);
    for (int k = 0; k < nh; k++)
        g_array_index(hs, rule, k).group = find_root(parent, k);
    for (int i = 0; i < nv; i++)
        g_array_index(vs, rule, i).group = find_root(parent, nh + i);
    close_short_cells(hs, vs, glyphs);
    int groups = cut_stacked_tables(hs, vs, nh + nv);
    GPtrArray *tables = g_ptr_array_new_with_free_func((GDestroyNotify)ruled_table_free);
    for (int g = 0; g < groups; g++) {
        if (g < nh + nv && find_root(parent, g) != g)
            continue;
        ruled_table *t = build_table(hs, vs, g);
        if (t && frame_round_lines(t, glyphs))
            ruled_table_free(t); /* a frame, no table (see above) */
        else if (t)
            g_ptr_array_add(tables, t);
    }
    g_free(parent);
    return tables;
}

/* The band index of `v` among `edges` (n + 1 of them), or -1 outside. */
static int band_of(const double *edges, int n, double v)
{
    if (v < edges[0] || v > edges[n])
        return -1;
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (edges[mid] <= v)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

/* A glyph whose box a row's rule crosses, the rule at least this share of
 * its height from either end: text a spreadsheet printed over the rule, a
 * wrapped line its row was too short for.  Ordinary cell text keeps clear of
 * the rules by the cell's padding. */
#define STRADDLE_SHARE 0.25
/* Two glyphs whose centres stand this far apart, in their height, are on
 * two lines that overlap: no cell lays out its lines so. */
#define OVERLAP_LO 0.35
#define OVERLAP_HI 0.9

static ruled_cell *cell_at(ruled_table *t, int r, int c)
{
    return &g_array_index(t->cells, ruled_cell, t->cell[r * t->n_cols + c]);
}

/* TRUE when `gl` would stand on a line overlapping one of `cell`'s. */
static gboolean overlaps_a_line(const ruled_cell *cell, const glyph *gl)
{
    double cy = (gl->y0 + gl->y1) / 2, h = gl->y1 - gl->y0;
    for (guint i = 0; i < cell->glyphs->len; i++) {
        const glyph *g = &g_array_index(cell->glyphs, glyph, i);
        double d = fabs((g->y0 + g->y1) / 2 - cy) / MAX(h, g->y1 - g->y0);
        if (d > OVERLAP_LO && d < OVERLAP_HI)
            return TRUE;
    }
    return FALSE;
}

/* The row across whose rule `gl` stands, beside its centre's row `r`; -1
 * when it keeps clear of both. */
static int straddled_row(const ruled_table *t, int r, const glyph *gl)
{
    double margin = STRADDLE_SHARE * (gl->y1 - gl->y0);
    if (r > 0 && gl->y0 < t->ys[r] - margin)
        return r - 1;
    if (r + 1 < t->n_rows && gl->y1 > t->ys[r + 1] + margin)
        return r + 1;
    return -1;
}

typedef struct {
    glyph gl;
    ruled_table *t;
    int r, other, c;
} straddler;

/* Puts each glyph whose centre lies in a ruled table into its cell; returns
 * the others.  A glyph printed across a row's rule goes to the cell on the
 * other side when its centre's cell already has a line it would overlap and
 * that one has none (the `4` of `166.0084` wrapped below a row too short for
 * it, on top of the next row's `64.7776`). */
static GArray *place_glyphs(GArray *glyphs, GPtrArray *tables)
{
    GArray *rest = g_array_new(FALSE, FALSE, sizeof(glyph));
    GArray *across = g_array_new(FALSE, FALSE, sizeof(straddler));
    for (guint i = 0; i < glyphs->len; i++) {
        const glyph *gl = &g_array_index(glyphs, glyph, i);
        double cx = (gl->x0 + gl->x1) / 2, cy = (gl->y0 + gl->y1) / 2;
        gboolean placed = FALSE;
        for (guint k = 0; k < tables->len && !placed; k++) {
            ruled_table *t = tables->pdata[k];
            int r = band_of(t->ys, t->n_rows, cy), c = band_of(t->xs, t->n_cols, cx);
            if (r < 0 || c < 0)
                continue;
            placed = TRUE;
            int other = straddled_row(t, r, gl);
            if (other >= 0 && cell_at(t, other, c) != cell_at(t, r, c)) {
                straddler st = {*gl, t, r, other, c};
                g_array_append_val(across, st);
            } else {
                g_array_append_val(cell_at(t, r, c)->glyphs, *gl);
            }
        }
        if (!placed)
            g_array_append_val(rest, *gl);
    }
    for (guint i = 0; i < across->len; i++) {
        straddler *st = &g_array_index(across, straddler, i);
        ruled_cell *home = cell_at(st->t, st->r, st->c), *other = cell_at(st->t, st->other, st->c);
        gboolean move = overlaps_a_line(home, &st->gl) && !overlaps_a_line(other, &st->gl);
        g_array_append_val((move ? other : home)->glyphs, st->gl);
    }
    g_array_free(across, TRUE);
    return rest;
}

/* A cell's text: its lines top to bottom, each set solid with a space where
 * a word space stands, joined by line breaks (wrapped text). */
static char *cell_text(GArray *glyphs)
{
    GString *out = g_string_new(NULL);
    GArray *lines = group_lines(glyphs);
    for (guint k = 0; k < lines->len; k++) {
        const text_line *l = &g_array_index(lines, text_line, k);
        if (k)
            g_string_append_c(out, '\n');
        const glyph *prev = NULL;
        for (guint i = 0; i < l->glyphs->len; i++) {
            const glyph *g = &g_array_index(l->glyphs, glyph, i);
            if (prev && spaces_between(prev, g, l->height, FALSE) > 0)
                g_string_append_c(out, ' ');
            g_string_append_unichar(out, g->c);
            prev = g;
        }
    }
    free_lines(lines);
    return g_string_free(out, FALSE);
}

/* The grid of a ruled table, rows and cells placed on page `page`. */
static jx_grid *table_grid(const ruled_table *t, int page)
{
    jx_grid *grid = jx_grid_new();
    for (int r = 0; r < t->n_rows; r++)
        jx_grid_set_row_origin(grid, r, 0, page);
    for (guint i = 0; i < t->cells->len; i++) {
        const ruled_cell *c = &g_array_index(t->cells, ruled_cell, i);
        char *text = cell_text(c->glyphs);
        jx_cell *cell = jx_grid_add_cell(grid, c->row, c->col, c->rowspan, c->colspan, text);
        g_free(text);
        cell->page = page;
        jx_cell_set_box(cell, t->xs[c->col], t->ys[c->row], t->xs[c->col + c->colspan],
                        t->ys[c->row + c->rowspan]);
    }
    return grid;
}

/* ------------------------------------------------------------ pages */

static gint by_top(gconstpointer a, gconstpointer b)
{
    const ruled_table *ta = *(ruled_table *const *)a, *tb = *(ruled_table *const *)b;
    return (ta->ys[0] > tb->ys[0]) - (ta->ys[0] < tb->ys[0]);
}

/* A piece of text whose line stands at most this many line heights below
 * the nearest piece above it that it overlaps is that piece's cell wrapped
 * onto its next line: a cell's lines are set one leading apart (about 1.1
 * heights), table rows add their cells' padding to that (1.3 and more). */
#define WRAP_LEADING_SHARE 1.2
/* Those shares are of the glyph boxes, not of the font's leading: a Ming
 * face (AR PL UMing) sets a cell's lines 0.8 box heights apart and its rows
 * of one line 1.02 apart, both under WRAP_LEADING_SHARE.  So the rows' own
 * pitch is read off the text, from the pitches (in heights) between each
 * piece and the nearest piece above it that it overlaps: the commonest
 * (give or take PITCH_SAME_SHARE, shown by ROW_MIN_PAIRS pairs at least),
 * which most rows of a table show.  A cell's lines stand one leading apart,
 * a row its cells' padding more (the leading is 0.78–0.85 of the rows'
 * pitch in Writer's cells), so a piece wraps on from the one above only
 * under ROW_PITCH_SHARE of the rows' pitch. */
#define PITCH_SAME_SHARE 0.05
#define ROW_MIN_PAIRS 4
#define ROW_PITCH_SHARE 0.9
/* Where many cells wrap, the commonest pitch is their lines' leading, and
 * the rows' stands above it by the padding: at most this many times it
 * (1.18 in Noto, 1.26–1.30 in UMing); a cell centred on a row of two lines
 * stands half a leading lower, 1.4 times the rows' pitch and more. */
#define ROW_OVER_LEADING_MAX 1.35
/* ... and the rows' pitch is then shown by at least this share as many
 * pairs as the leading: every wrapped cell's last line has a row below it,
 * set at the rows' pitch across the row's other columns too.  Fewer pairs a
 * little above the commonest pitch are a few lines set apart (a header of
 * two lines, a block's first row), and the commonest pitch is the rows'
 * own: wkhtmltopdf sets Calc's rows of one line 1.18
 * heights apart, a header's lines 1.53, and with 5 pairs of these against
 * 90 rows every row was read as the wrapped rest of the row above. */
#define ROW_OVER_LEADING_PAIRS 0.5

/* The nearest piece above `wp` (on lines `done`[0, upto)) that it overlaps,
 * or NULL. */
static const written_piece *piece_above(const GArray *done, guint upto, const written_piece *wp)
{
    for (guint k = upto; k-- > 0;) {
        const GArray *l = g_array_index(done, GArray *, k);
        for (guint q = 0; q < l->len; q++) {
            const written_piece *up = &g_array_index(l, written_piece, q);
            if (MIN(up->x1, wp->x1) > MAX(up->x0, wp->x0))
                return up;
        }
    }
    return NULL;
}

/* The commonest of the sorted `pitches` in (lo, hi]: the middle value of the
 * fullest window PITCH_SAME_SHARE wide, with how many it holds in *n (0
 * and 0 when none is).  The middle, not the value opening the window: rows
 * 1.31 heights apart with one pair at 1.27 read as 1.27 put the bar
 * (ROW_PITCH_SHARE of it) under their cells' leading, 1.15. */
static double commonest_pitch(const GArray *pitches, double lo, double hi, guint *n)
{
    double best = 0;
    *n = 0;
    for (guint i = 0, j = 0; i < pitches->len; i++) {
        double p = g_array_index(pitches, double, i);
        if (p <= lo || p > hi)
            continue;
        j = MAX(j, i);
        while (j < pitches->len && g_array_index(pitches, double, j) - p <= PITCH_SAME_SHARE &&
               g_array_index(pitches, double, j) <= hi)
            j++;
        if (j - i > *n) {
            best = g_array_index(pitches, double, (i + j - 1) / 2);
            *n = j - i;
        }
    }
    return best;
}

/* Where every row's cells wrap a character or two a line (narrow label
 * and name columns, WeasyPrint's automatic widths), the commonest pitch is
 * their lines' leading and the rows stand set apart (a blank line between
 * them, see ROW_GAP_SHARE), far above it: the lines come in short runs
 * between blank lines, each run a row.  A run of more than this many lines
 * is no row (a label of nine characters, 服务对象满意度指标, stacked a
 * character a line, is the tallest cell), but a table of one-line rows set
 * closer than the boxes (a Ming face, see ROW_PITCH_SHARE) or a paragraph. */
#define WRAPPED_ROW_MAX_LINES 10
/* ... and rows so set apart are shown by this many runs at least. */
#define WRAPPED_ROW_MIN_RUNS 4
/* ... and their lines' leading is under this share of their glyph boxes'
 * height, the boxes overlapping (WeasyPrint's 0.9): no table sets its rows
 * so close (a Ming face's rows of one line stand 1.02 apart, see
 * ROW_PITCH_SHARE), where a browser's rows of one line, sections of them
 * set apart by a wrapped cell, stand as far apart as the leading of
 * another's cells (wkhtmltopdf's 1.18).  Lines whose boxes just touch
 * (Chromium's 0.997) are left to the rows' pitch found above them. */
#define LEADING_MAX_PITCH 0.95
/* A web page's table printed by a browser with its cells padded: a cell's
 * lines stand with their glyph boxes just touching (Chromium's 0.997,
 * wkhtmltopdf's 1.009 heights apart) and its rows two heights and more
 * apart (rows_set_apart).  The commonest pitch, under this, is then the
 * cells' leading, and a piece at it wraps on from the piece above when it
 * stands aligned under it (CELL_LINE_ALIGN_SHARE); the bar stays the rows'
 * (ROW_PITCH_SHARE) for pieces that are not, the few rows printed touching
 * (a stacked label's character over the next row's name). */
#define TOUCHING_MAX_PITCH 1.0
/* Left edges or middles of a cell's two lines stand this share of a line
 * height apart at most (the same cell's lines: the same left edge, or
 * centred). */
#define CELL_LINE_ALIGN_SHARE 0.5

/* TRUE when the lines `done` (piece arrays) stand in rows set apart: at
 * least WRAPPED_ROW_MIN_RUNS runs of two lines or more between blank lines,
 * none over WRAPPED_ROW_MAX_LINES lines, hold more of their pairs of lines
 * than the longer runs do. */
static gboolean rows_set_apart(const GArray *done)
{
    guint runs = 0, short_pairs = 0, long_pairs = 0, run = 1;
    for (guint k = 1; k <= done->len; k++) {
        gboolean ends = k == done->len;
        const GArray *up = g_array_index(done, GArray *, k - 1),
                     *now = ends ? NULL : g_array_index(done, GArray *, k);
        if (!ends && up->len && now->len) {
            const written_piece *a = &g_array_index(up, written_piece, 0),
                                *b = &g_array_index(now, written_piece, 0);
            ends = b->centre - a->centre > ROW_GAP_SHARE * MAX(a->height, b->height);
        } else {
            ends = TRUE;
        }
        if (!ends) {
            run++;
            continue;
        }
        if (run > WRAPPED_ROW_MAX_LINES)
            long_pairs += run - 1;
        else if (run > 1) {
            short_pairs += run - 1;
            runs++;
        }
        run = 1;
    }
    return runs >= WRAPPED_ROW_MIN_RUNS && short_pairs > long_pairs;
}

/* The pitch (in heights) up to which a piece wraps on from the piece above
 * it, from the pitches between the page's pieces and those above them
 * (`pitches`, sorted here; `apart`: the rows stand set apart, see
 * rows_set_apart): WRAP_LEADING_SHARE, or less where the rows stand closer
 * (see ROW_PITCH_SHARE). */
static double wrap_share(GArray *pitches, gboolean apart, gboolean *touching)
{
    g_array_sort(pitches, by_value);
    /* the commonest pitch is the rows' or, where many cells wrap, their
     * lines' leading with the rows' pitch a little above it */
    double share = WRAP_LEADING_SHARE;
    guint n;
    double rows = commonest_pitch(pitches, 0, G_MAXDOUBLE, &n);
    if (n >= ROW_MIN_PAIRS) {
        guint above;
        double wider = commonest_pitch(pitches, rows / ROW_PITCH_SHARE,
                                       rows * ROW_OVER_LEADING_MAX, &above);
        if (above >= ROW_MIN_PAIRS && above >= ROW_OVER_LEADING_PAIRS * n)
            rows = wider;
        else if (rows < LEADING_MAX_PITCH && apart)
            return share; /* a leading, the rows far above it */
        else if (touching && rows < TOUCHING_MAX_PITCH && apart)
            *touching = TRUE;
        share = MIN(share, ROW_PITCH_SHARE * rows);
    }
    return share;
}

/* The pitch (in heights) up to which a piece of the lines `done` (piece
 * arrays) wraps on from the piece above it (wrap_share, from the pitches
 * between each piece and the nearest piece above that overlaps it, and
 * whether the lines stand in rows set apart); each piece's piece above
 * (NULL: none) into `aboves`, one per piece of lines 1… in order, when it
 * is given. */
static double lines_done_wrap_share(const GArray *done, GPtrArray *aboves, gboolean *touching)
{
    GArray *pitches = g_array_new(FALSE, FALSE, sizeof(double));
    for (guint k = 1; k < done->len; k++) {
        const GArray *now = g_array_index(done, GArray *, k);
        for (guint p = 0; p < now->len; p++) {
            const written_piece *wp = &g_array_index(now, written_piece, p);
            const written_piece *above = piece_above(done, k, wp);
            if (aboves)
                g_ptr_array_add(aboves, (gpointer)above);
            if (above) {
                double pitch = (wp->centre - above->centre) / MAX(wp->height, above->height);
                g_array_append_val(pitches, pitch);
            }
        }
    }
    double share = wrap_share(pitches, rows_set_apart(done), touching);
    g_array_free(pitches, TRUE);
    return share;
}

/* TRUE when piece `wp` stands under piece `above` as a cell's next line
 * does: their left edges or their middles within CELL_LINE_ALIGN_SHARE of
 * the height `h` (a cell's lines start at its left edge, or are centred). */
static gboolean lines_of_one_cell(const written_piece *above, const written_piece *wp, double h)
{
    double tol = CELL_LINE_ALIGN_SHARE * h;
    return fabs(wp->x0 - above->x0) <= tol ||
           fabs((wp->x0 + wp->x1) - (above->x0 + above->x1)) <= 2 * tol;
}

/* Marks in `continued` (keys jx_layout_mark()) the pieces of the lines
 * `done` (piece arrays; `numbers` their layout lines) that wrap on from a
 * piece of an earlier line: the nearest piece above that overlaps it stands
 * one leading above (see wrap_share).  Each piece's piece above is found
 * once, for the pitches and for the marks. */
static void mark_wrapped_pieces(const GArray *done, const int *numbers, GHashTable *continued)
{
    GPtrArray *aboves = g_ptr_array_new(); /* per piece of lines 1…, in order */
    gboolean touching = FALSE;
    double share = lines_done_wrap_share(done, aboves, &touching);
    guint i = 0;
    for (guint k = 1; k < done->len; k++) {
        const GArray *now = g_array_index(done, GArray *, k);
        for (guint p = 0; p < now->len; p++) {
            const written_piece *wp = &g_array_index(now, written_piece, p);
            const written_piece *above = g_ptr_array_index(aboves, i++);
            double h = above ? MAX(wp->height, above->height) : 0;
            if (above && (wp->centre - above->centre <= share * h ||
                          (touching && wp->centre - above->centre <= WRAP_LEADING_SHARE * h &&
                           lines_of_one_cell(above, wp, h))))
                g_hash_table_add(continued, jx_layout_mark(numbers[k], wp->col));
        }
    }
    g_ptr_array_unref(aboves);
}

static void pieces_clear(gpointer p)
{
    g_array_free(*(GArray **)p, TRUE);
}

/* Lines set wider apart than a paragraph's: a blank line goes between them,
 * as a layout dump leaves one between table rows (lines wrapped inside a
 * cell stay together). */
static gboolean set_apart(const text_line *prev, const text_line *l)
{
    return l->centre - prev->centre > ROW_GAP_SHARE * MAX(l->height, prev->height);
}

/* A line whose characters stand under characters of the line above
 * (overlapping them across) for at least this share of its characters ... */
#define UNDER_ABOVE_SHARE 0.5
/* ... and those of the line above stand higher than its centre by this
 * share of their height at least: set at their cells' tops, the line's
 * other cells centred lower (wkhtmltopdf: 0.28); a line set on one
 * baseline is left to set_apart. */
#define TOP_SET_SHARE 0.15

/* TRUE when `l` stands a row below `prev` in the columns they share,
 * though their mean centres stand closer (set_apart): every character of
 * `l` under one of `prev` stands more than ROW_GAP_SHARE heights below it,
 * that one set high on its line (TOP_SET_SHARE), and most of `l`'s
 * characters stand under `prev`'s.  A browser's print of
 * Calc's HTML sets names at their rows' tops and the other cells centred:
 * a row whose target wraps onto two lines starts with its name alone, a
 * row's pitch under the name above it, but the row above stands lower
 * than its name (its figures centred), so the two lines' centres stand
 * closer than a row's pitch and the name was read as the name above
 * wrapped (拉动社会投资 / 群众生产生活条件). */
static gboolean set_apart_under(const text_line *prev, const text_line *l)
{
    guint under = 0;
    for (guint i = 0; i < l->glyphs->len; i++) {
        const glyph *g = &g_array_index(l->glyphs, glyph, i);
        gboolean over = FALSE;
        for (guint j = 0; j < prev->glyphs->len; j++) {
            const glyph *p = &g_array_index(prev->glyphs, glyph, j);
            if (MIN(p->x1, g->x1) <= MAX(p->x0, g->x0))
                continue;
            double h = MAX(g->y1 - g->y0, p->y1 - p->y0);
            if (glyph_centre(g) - glyph_centre(p) <= ROW_GAP_SHARE * h ||
                glyph_centre(p) > prev->centre - TOP_SET_SHARE * h)
                return FALSE;
            over = TRUE;
        }
        under += over;
    }
    return under && under >= UNDER_ABOVE_SHARE * l->glyphs->len;
}

/* ------------------------------------------------------------ centred cells */

/* A line standing this close (share of its height) to the middle between
 * two lines stands half way between them: a cell of one line set at the
 * middle of a row whose other cell wraps onto two. */
#define CENTRED_MIDDLE_SHARE 0.15
/* A middle line of this many cells at least is a row's cells centred
 * beside a wrapped cell (a name and its target); a lone piece there (a row
 * number) is as likely a cell of a row the column finder parts by itself. */
#define CENTRED_MIN_CELLS 2

/* A piece of text of a line: its extent and how many characters it holds. */
typedef struct {
    double x0, x1;
    glong n;
} line_span;

/* The pieces of text of `line` as write_line writes them at `unit` from
 * `left` (a label column a character or two wide its own piece). */
static GArray *line_spans(const text_line *line, double left, double unit)
{
    GString *scratch = g_string_new(NULL);
    GArray *pieces = g_array_new(FALSE, FALSE, sizeof(written_piece));
    write_line(scratch, line, left, unit, pieces);
    GArray *spans = g_array_sized_new(FALSE, FALSE, sizeof(line_span), pieces->len);
    for (guint i = 0; i < pieces->len; i++) {
        const written_piece *wp = &g_array_index(pieces, written_piece, i);
        line_span one = {wp->x0, wp->x1,
                         g_utf8_strlen(scratch->str + wp->start, (gssize)(wp->end - wp->start))};
        g_array_append_val(spans, one);
    }
    g_array_free(pieces, TRUE);
    g_string_free(scratch, TRUE);
    return spans;
}

static gboolean spans_overlap(const line_span *a, const line_span *b)
{
    return MIN(a->x1, b->x1) > MAX(a->x0, b->x0);
}

/* TRUE when a piece of `a` stands over or under a piece of `b`. */
static gboolean spans_share_column(const GArray *a, const GArray *b)
{
    for (guint i = 0; i < a->len; i++)
        for (guint j = 0; j < b->len; j++)
            if (spans_overlap(&g_array_index(a, line_span, i), &g_array_index(b, line_span, j)))
                return TRUE;
    return FALSE;
}

/* TRUE when line `l` stands within a wrapped cell's leading (`share` of a
 * height, see wrap_share) under line `up`. */
static gboolean wraps_on_line(const text_line *up, const text_line *l, double share)
{
    return l->centre - up->centre <= share * MAX(up->height, l->height);
}

/* TRUE when every piece of `b` stands under a piece of `a`. */
static gboolean spans_all_under(const GArray *b, const GArray *a)
{
    for (guint j = 0; j < b->len; j++) {
        gboolean under = FALSE;
        for (guint i = 0; i < a->len && !under; i++)
            under = spans_overlap(&g_array_index(b, line_span, j), &g_array_index(a, line_span, i));
        if (!under)
            return FALSE;
    }
    return TRUE;
}

/* TRUE when the row of lines `above`, `below` (pieces `a`, `b`) with the
 * pieces `m` set half way between them is a row whose cells are centred
 * on it, even where their columns stand apart: the wrapped cell's lines
 * stand closer than their boxes are tall (under LEADING_MAX_PITCH:
 * WeasyPrint's 0.9), `above` opens its row (`opens_row`), every piece of
 * `below` goes on from a piece of `above` (no cell of one line stands at
 * the row's foot, where Calc sets its cells: then the middle is no row's
 * centre), and the middle holds CENTRED_MIN_CELLS cells at least.  Left
 * apart, the three lines read as two rows and the next row's lines were
 * joined to them (项目完成时限单位建设成本). */
static gboolean centred_in_tight_row(const text_line *above, const text_line *below,
                                     const GArray *a, const GArray *m, const GArray *b,
                                     gboolean opens_row)
{
    double h = MAX(above->height, below->height);
    return opens_row && m->len >= CENTRED_MIN_CELLS &&
           below->centre - above->centre < LEADING_MAX_PITCH * h && spans_all_under(b, a);
}

/* A wrapped cell's lines that stand one box height apart, within this share
 * of it: WeasyPrint, printing Calc's HTML (line-height normal), sets a
 * line's box as tall as the line pitch (1.001 of a height). */
#define BOX_PITCH_SLACK 0.02

/* TRUE when a piece of `a` of NARROW_LABEL_LINE_CHARS characters at most
 * goes on in a piece of `b` under it: a label column a character or two
 * wide, set a character a line down a block of rows (产/出), which gives
 * no row's top. */
static gboolean narrow_column_goes_on(const GArray *a, const GArray *b)
{
    for (guint i = 0; i < a->len; i++) {
        const line_span *cell = &g_array_index(a, line_span, i);
        for (guint j = 0; j < b->len && cell->n <= NARROW_LABEL_LINE_CHARS; j++)
            if (spans_overlap(cell, &g_array_index(b, line_span, j)))
                return TRUE;
    }
    return FALSE;
}

/* TRUE when the row of lines `above`, `mid`, `below` (pieces of the wrapped
 * lines `a`, `b`) is a row WeasyPrint set from Calc's HTML, whose cells
 * beside a wrapped one stand at its middle (vertical-align: middle), even
 * where their columns stand apart: the wrapped cell's lines stand one box
 * height apart and `mid`'s box is as tall as theirs (both within
 * BOX_PITCH_SLACK: WeasyPrint's boxes are the line's pitch, whatever the
 * face; wkhtmltopdf's middle line of digits stands at 1.009 in a box a
 * tenth shorter), `above` opens its row (`opens_row`), every piece of
 * `below` goes on from a piece of `above` (no cell of one line at the row's
 * foot, where Calc's own PDF sets them), and no narrow label column goes
 * on from one to the other (narrow_column_goes_on).  Left apart, the middle
 * line read as a row of its own and the wrapped cell's second line as the
 * next row's (人员管理制度健全性 under 人员管理固理). */
static gboolean centred_in_box_pitched_row(const text_line *above, const text_line *mid,
                                           const text_line *below, const GArray *a,
                                           const GArray *b, gboolean opens_row)
{
    double h = MAX(above->height, below->height);
    return opens_row && fabs(below->centre - above->centre - h) < BOX_PITCH_SLACK * h &&
           fabs(mid->height - h) < BOX_PITCH_SLACK * h && spans_all_under(b, a) &&
           !narrow_column_goes_on(a, b);
}

/* The share of a height by which wkhtmltopdf's middle line's box, printing
 * Writer's HTML, may stand shorter than the wrapped lines' (a line of digits
 * and signs stands at 0.80 of a CJK line's box, 1.009 of it apart). */
#define MID_BOX_SHORT_SLACK 0.21

/* TRUE when no piece of `m` starts left of the row's first cell, as the
 * wrapped lines `a` and `b` show it: cells centred beside a wrapped cell stand
 * in the row's columns, left or right of it (a value before a centred
 * explanation wrapped after it); a piece left of all of the row's cells is a
 * number or a label of a block merged over rows, centred on several rows, no
 * row's cells. */
static gboolean within_wrapped_row(const GArray *a, const GArray *m, const GArray *b)
{
    double left = G_MAXDOUBLE;
    for (guint i = 0; i < a->len; i++)
        left = MIN(left, g_array_index(a, line_span, i).x0);
    for (guint j = 0; j < b->len; j++)
        left = MIN(left, g_array_index(b, line_span, j).x0);
    for (guint k = 0; k < m->len; k++)
        if (g_array_index(m, line_span, k).x0 < left)
            return FALSE;
    return TRUE;
}

/* TRUE when the row of lines `above`, `mid`, `below` is a row wkhtmltopdf set
 * from Writer's HTML, its cells at the middle beside a wrapped label: the
 * wrapped lines stand one box apart (within BOX_PITCH_SLACK; wkhtmltopdf's
 * pitch is 1.009 of the box), the middle line's box is no taller than theirs
 * and shorter by MID_BOX_SHORT_SLACK at most, `above` opens its row, every
 * piece of `below` goes on from `above` with no narrow label column going on,
 * and none of the middle's pieces starts left of the row's first cell
 * (within_wrapped_row).  Left apart, the middle line read as a row of its own
 * (≥3万亩 under 森林抚育面积). */
static gboolean centred_right_in_box_pitched_row(const text_line *above, const text_line *mid,
                                                 const text_line *below, const GArray *a,
                                                 const GArray *m, const GArray *b,
                                                 gboolean opens_row)
{
    double h = MAX(above->height, below->height);
    return opens_row && fabs(below->centre - above->centre - h) < BOX_PITCH_SLACK * h &&
           mid->height <= h * (1 + BOX_PITCH_SLACK) &&
           mid->height > h * (1 - MID_BOX_SHORT_SLACK) && spans_all_under(b, a) &&
           !narrow_column_goes_on(a, b) && within_wrapped_row(a, m, b);
}

/* TRUE when a piece of `mid` starts right after `cell` ends, closer than
 * two pieces of one line stand apart (PIECE_GAP_SHARE of `height`): a
 * column as wide as its text, whose cell a piece so close after it would
 * run on into on one line. */
static gboolean flush_after(const GArray *mid, const line_span *cell, double height)
{
    for (guint i = 0; i < mid->len; i++) {
        const line_span *m = &g_array_index(mid, line_span, i);
        double gap = m->x0 - cell->x1;
        if (gap >= 0 && gap < PIECE_GAP_SHARE * MAX(height, 1.0))
            return TRUE;
    }
    return FALSE;
}

/* TRUE when the line of pieces `mid` is the cells of a row set at its
 * middle beside a cell wrapped from line `above` onto line `below`
 * (pieces `a`, `b`): `below` goes on from `above` one leading lower
 * (`share` of a height at most, see wrap_share) under a piece of more than
 * NARROW_LABEL_LINE_CHARS characters (a label column a character or two
 * wide, set a character a line over many rows, gives no row's top), `mid`
 * stands half way between them, in none of their columns and starts flush
 * after the wrapped cell (where its column keeps it apart, the layout
 * reader parts the three lines' cells by their columns as they stand),
 * or anywhere after it in a row set tight (centred_in_tight_row) or one
 * box a line (centred_in_box_pitched_row, centred_right_in_box_pitched_row). */
static gboolean centred_beside_wrap(const text_line *above, const text_line *mid,
                                    const text_line *below, const GArray *a, const GArray *m,
                                    const GArray *b, double share, gboolean opens_row)
{
    double h = MAX(above->height, below->height);
    if (below->centre - above->centre > share * h ||
        fabs(mid->centre - (above->centre + below->centre) / 2) > CENTRED_MIDDLE_SHARE * h ||
        spans_share_column(m, a) || spans_share_column(m, b))
        return FALSE;
    gboolean boxes_overlap = centred_in_tight_row(above, below, a, m, b, opens_row) ||
                             centred_in_box_pitched_row(above, mid, below, a, b, opens_row) ||
                             centred_right_in_box_pitched_row(above, mid, below, a, m, b, opens_row);
    for (guint i = 0; i < a->len; i++) {
        const line_span *cell = &g_array_index(a, line_span, i);
        if (cell->n <= NARROW_LABEL_LINE_CHARS ||
            (!flush_after(m, cell, mid->height) && !boxes_overlap))
            continue;
        for (guint j = 0; j < b->len; j++)
            if (spans_overlap(cell, &g_array_index(b, line_span, j)))
                return TRUE;
    }
    return FALSE;
}

/* A row set apart from its neighbours by a gap holds at most this many
 * lines: a label column shrunk to a character stands a character a line
 * (four for 成本指标), a row's prose a few lines more; a run of lines
 * longer than this between two gaps is rows not set apart. */
#define GAPPED_ROW_MAX_LINES 8

/* The run of lines around line `k` of `lines` with no gap inside
 * (set_apart), from `*top` to `*end`: set apart from the lines above and
 * below it, or ended by the page's head or foot (a browser breaks a page
 * between rows). */
static void gapless_run(const GArray *lines, guint k, guint *top, guint *end)
{
    *top = *end = k;
    while (*top > 0 && !set_apart(&g_array_index(lines, text_line, *top - 1),
                                  &g_array_index(lines, text_line, *top)))
        (*top)--;
    while (*end + 1 < lines->len && !set_apart(&g_array_index(lines, text_line, *end),
                                               &g_array_index(lines, text_line, *end + 1)))
        (*end)++;
}

/* TRUE when line `k` of `lines` (pieces `m`) stands in one row set apart
 * by gaps, its lines (above, itself, below) inside a run of
 * GAPPED_ROW_MAX_LINES at most (gapless_run), and no other line of that
 * run has text in one of its columns: a cell merged over a header's two
 * lines under a heading over several columns (年度指标值 under 指标值) is
 * no row's figures. */
static gboolean alone_in_gapped_row(const GArray *lines, guint k, const GArray *m, double left,
                                    double unit)
{
    guint top, end;
    gapless_run(lines, k, &top, &end);
    if (top + 1 > k || end < k + 1 || end - top >= GAPPED_ROW_MAX_LINES)
        return FALSE;
    gboolean alone = TRUE;
    for (guint i = top; i <= end && alone; i++) {
        if (i == k)
            continue;
        GArray *s = line_spans(&g_array_index(lines, text_line, i), left, unit);
        alone = !spans_share_column(s, m);
        g_array_free(s, TRUE);
    }
    return alone;
}

/* TRUE when every piece of `b` stands under a piece of `a` and no piece of
 * `a` has two of `b` under it: cells wrapped from one line onto the next,
 * not a heading over two columns with their headings under it (绩效指标
 * over 一级指标 and 二级指标, the headings merged over both lines centred
 * between them). */
static gboolean each_goes_on_alone(const GArray *a, const GArray *b)
{
    if (!spans_all_under(b, a))
        return FALSE;
    for (guint i = 0; i < a->len; i++) {
        guint under = 0;
        for (guint j = 0; j < b->len; j++)
            under += spans_overlap(&g_array_index(a, line_span, i), &g_array_index(b, line_span, j));
        if (under > 1)
            return FALSE;
    }
    return TRUE;
}

/* TRUE when the piece `span` of `line`, of one character, is a Han one
 * (a label's, not a row number's). */
static gboolean han_alone(const text_line *line, const line_span *span)
{
    if (span->n != 1)
        return FALSE;
    for (guint i = 0; i < line->glyphs->len; i++) {
        const glyph *g = &g_array_index(line->glyphs, glyph, i);
        if (g->x0 >= span->x0 && g->x1 <= span->x1)
            return is_han(g->c);
    }
    return FALSE;
}

/* TRUE when a Han character alone on line `up` (pieces `a`) goes on in
 * one alone under it on line `down` (pieces `b`), left of the centred
 * line's pieces `m`: a label column shrunk to one character, its label set
 * a character a line (产/出) before the row's figures (a unit of one
 * character, 件 over 次, stands among them). */
static gboolean single_column_goes_on(const text_line *up, const text_line *down, const GArray *a,
                                      const GArray *b, const GArray *m)
{
    double figures = G_MAXDOUBLE;
    for (guint k = 0; k < m->len; k++)
        figures = MIN(figures, g_array_index(m, line_span, k).x0);
    for (guint i = 0; i < a->len; i++) {
        const line_span *cell = &g_array_index(a, line_span, i);
        if (cell->x1 > figures || !han_alone(up, cell))
            continue;
        for (guint j = 0; j < b->len; j++)
            if (spans_overlap(cell, &g_array_index(b, line_span, j)) &&
                han_alone(down, &g_array_index(b, line_span, j)))
                return TRUE;
    }
    return FALSE;
}

/* TRUE when the line `k` of `lines` (pieces `m`) is the cells of a row set
 * at its middle beside cells wrapped from the line above onto the line
 * below (pieces `a`, `b`), the row set apart from the rows around it by a
 * gap: a browser printing a table without widths (a bureau's web page)
 * shrinks its short columns to a character or two, so every row's labels
 * stand a character a line (`产`/`出`, `数量指`/`标`) and its figures,
 * centred (vertical-align: middle), half way between those lines.  The
 * narrow column that centred_beside_wrap takes for a label set down a block
 * of rows is the row's own here: a label column one character wide goes on
 * from the upper line to the lower before the figures
 * (single_column_goes_on), every cell of the lower line goes on from one of
 * the upper's (each_goes_on_alone), the figures stand right of the row's
 * first cell (within_wrapped_row: a label merged over rows, centred on
 * them, stands left of them) and in no column of the row's other lines,
 * the row bounded by gaps (alone_in_gapped_row).  Left apart, the figures
 * read as a row of their own and the labels' second line as another
 * (`≥ 2,060 小时` between `产 数量指` and `出 标`). */
static gboolean centred_in_gapped_row(const GArray *lines, guint k, const GArray *a,
                                      const GArray *m, const GArray *b, double left, double unit)
{
    const text_line *above = &g_array_index(lines, text_line, k - 1);
    const text_line *mid = &g_array_index(lines, text_line, k);
    const text_line *below = &g_array_index(lines, text_line, k + 1);
    double h = MAX(above->height, below->height);
    return single_column_goes_on(above, below, a, b, m) &&
           fabs(mid->centre - (above->centre + below->centre) / 2) <= CENTRED_MIDDLE_SHARE * h &&
           each_goes_on_alone(a, b) && within_wrapped_row(a, m, b) &&
           alone_in_gapped_row(lines, k, m, left, unit);
}

/* TRUE when line `k` of `lines` (pieces `m`), set at `centre`, would stand
 * less than a line's height under the nearest line above that has text in
 * one of its columns: a cell merged over rows and centred on them (a work
 * item over three rows of one line, Writer's) wraps around the middle row,
 * which belongs where it stands, between its neighbours. */
static gboolean crowds_column_above(const GArray *lines, guint k, const GArray *m, double centre,
                                    double left, double unit)
{
    const text_line *mid = &g_array_index(lines, text_line, k);
    for (guint j = k; j-- > 0;) {
        const text_line *l = &g_array_index(lines, text_line, j);
        if (l->centre >= centre)
            continue;
        GArray *s = line_spans(l, left, unit);
        gboolean shared = spans_share_column(s, m);
        g_array_free(s, TRUE);
        if (shared)
            return centre - l->centre < MAX(l->height, mid->height);
    }
    return FALSE;
}

/* The pitch (in heights) up to which a piece of `lines` wraps on from the
 * piece above it (see wrap_share), read off all the page's lines written at
 * `unit` from `left`. */
static double lines_wrap_share(const GArray *lines, double left, double unit)
{
    GString *scratch = g_string_new(NULL);
    GArray *done = g_array_new(FALSE, FALSE, sizeof(GArray *));
    g_array_set_clear_func(done, pieces_clear);
    for (guint k = 0; k < lines->len; k++) {
        GArray *now = g_array_new(FALSE, FALSE, sizeof(written_piece));
        write_line(scratch, &g_array_index(lines, text_line, k), left, unit, now);
        g_array_append_val(done, now);
    }
    double share = lines_done_wrap_share(done, NULL, NULL);
    g_array_free(done, TRUE);
    g_string_free(scratch, TRUE);
    return share;
}

/* Sets the glyphs of line `k` of `lines` on the line above it, moved up by
 * the distance between them, each of its pieces (`m`) and of the line
 * above's (`a`) a piece of its own however close they stand, and removes
 * line `k` (its glyphs freed). */
static void lift_onto_line_above(GArray *lines, guint k, const GArray *a, const GArray *m)
{
    text_line *above = &g_array_index(lines, text_line, k - 1);
    text_line *mid = &g_array_index(lines, text_line, k);
    double up = mid->centre - above->centre;
    for (guint i = 0; i < mid->glyphs->len; i++) {
        glyph g = g_array_index(mid->glyphs, glyph, i);
        g.y0 -= up;
        g.y1 -= up;
        g_array_append_val(above->glyphs, g);
    }
    g_array_sort(above->glyphs, by_x);
    const GArray *both[] = {a, m};
    for (guint i = 1; i < above->glyphs->len; i++) {
        glyph *g = &g_array_index(above->glyphs, glyph, i);
        for (gsize s = 0; s < G_N_ELEMENTS(both); s++)
            for (guint j = 0; j < both[s]->len; j++)
                g->apart_before |= g->x0 == g_array_index(both[s], line_span, j).x0;
    }
    g_array_free(mid->glyphs, TRUE);
    g_array_remove_index(lines, k);
}

/* Browsers and WeasyPrint set a table cell's text at the middle of its row
 * (HTML's vertical-align: middle): beside a cell wrapped onto two lines, a
 * cell of one line stands half a line lower than the row's top, on a layout
 * line of its own between the wrapped cell's two.  Where the columns are as
 * wide as their text, the layout reader cannot tell the lines' cells apart
 * and joins the wrapped cells of several rows into one.  Such a line is set
 * on the line above it, where a cell set at its row's top would stand. */
static void lift_centred_lines(GArray *lines, double left, double unit)
{
    double share = lines_wrap_share(lines, left, unit);
    for (guint k = 1; k + 1 < lines->len;) {
        const text_line *above = &g_array_index(lines, text_line, k - 1);
        const text_line *mid = &g_array_index(lines, text_line, k);
        const text_line *below = &g_array_index(lines, text_line, k + 1);
        GArray *a = line_spans(above, left, unit), *m = line_spans(mid, left, unit),
               *b = line_spans(below, left, unit);
        /* a row at the page's head or foot may be cut by the page break: its
         * lines show no row's top or middle */
        gboolean opens_row = k >= 2 && k + 2 < lines->len &&
                             !wraps_on_line(&g_array_index(lines, text_line, k - 2), above, share);
        gboolean lift = (centred_beside_wrap(above, mid, below, a, m, b, share, opens_row) ||
                         centred_in_gapped_row(lines, k, a, m, b, left, unit)) &&
                        !crowds_column_above(lines, k, m, above->centre, left, unit);
        if (lift)
            lift_onto_line_above(lines, k, a, m);
        else
            k++;
        g_array_free(a, TRUE);
        g_array_free(m, TRUE);
        g_array_free(b, TRUE);
    }
}

/* ------------------------------------------------------------ column starts */

/*
 * Chromium sets Chinese solid, each character's box touching the next, and
 * a cell's text a padding's width from the cell's edge: a cell whose text
 * fills its column (a task wrapped at the column's width) ends a padding or
 * two before the next cell's text begins, far closer than a word space, and
 * the two read as one piece (`推进公共文化场馆免费开放新增图书馆藏书`,
 * `服务对象满意度指标服务对象满意度`).  Where such a gap between two Han
 * characters stands at the start of a column (other rows' pieces start
 * there), the piece is parted there (apart_before).
 *
 * A web page's bare table (no widths, no cell styles) sets its cells a
 * padding and the table's spacing apart, a third to a half of a character:
 * Poppler reads a word space there (`加快城市排水防涝设 农村危房改造户数`), and
 * where every task fills its column no row's name stands a piece apart to
 * show the column.  Chinese writes no word space, and where such spaces
 * between Han characters stand at one x on WORD_COLUMN_START_LINES lines,
 * after a run longer than a narrow label's line (labels a character or two
 * wide beside a name are spaces_between's), the lines are parted there too.
 */

/* Two left edges within this share of a Han character's width are one
 * column's start (browsers place cells' text to a millionth of a point). */
#define COLUMN_START_SAME_SHARE 0.04
/* Pieces that start at one x on this many lines make it a column's start. */
#define COLUMN_START_LINES 2
/* A gap between two Han characters set solid is none (Chromium: below a
 * hundredth of a point); one of this share of their width or more (cells'
 * paddings: 0.4 to 1 point, 0.04 to 0.1 of a 10-point character, narrower
 * in a table squeezed to the page) is an edge.  Their width, not their
 * boxes' height: boxes run from 1.3 to 2.6 ems tall. */
#define PADDING_GAP_SHARE 0.02
/* Han characters a word space after another at one x on this many lines
 * start a column (see above): a metadata block's few label | value lines
 * (项目名称 / 主管部门 / 实施单位) do not, whose parting the layout reader
 * took for a table of its own above the indicators'. */
#define WORD_COLUMN_START_LINES 6

/* Where the glyphs of `lines` that answer `at` (each line's glyphs from
 * the `from`-th on) start, sorted. */
static GArray *glyph_starts_where(const GArray *lines, guint from,
                                  gboolean (*at)(const text_line *l, guint i))
{
    GArray *xs = g_array_new(FALSE, FALSE, sizeof(double));
    for (guint k = 0; k < lines->len; k++) {
        const text_line *l = &g_array_index(lines, text_line, k);
        for (guint i = from; i < l->glyphs->len; i++)
            if (at(l, i))
                g_array_append_val(xs, g_array_index(l->glyphs, glyph, i).x0);
    }
    g_array_sort(xs, by_value);
    return xs;
}

/* Where the pieces of `lines` start, sorted. */
static GArray *piece_starts(const GArray *lines)
{
    return glyph_starts_where(lines, 0, starts_piece);
}

/* How many of the sorted `xs` lie within `near` of x. */
static guint starts_near(const GArray *xs, double x, double near)
{
    guint n = 0;
    for (guint i = 0; i < xs->len && g_array_index(xs, double, i) <= x + near; i++)
        n += g_array_index(xs, double, i) >= x - near;
    return n;
}

/* TRUE when glyph `g` after `prev` (a line `height` tall) is two Han
 * characters a padding apart, closer than a word space.  Poppler stretches
 * a character's box to the next one's left edge when it reads the two as
 * one word: what `prev`'s box holds beyond `g`'s width (Han characters are
 * all one em wide) is gap too. */
static gboolean padding_apart(const glyph *prev, const glyph *g, double height)
{
    double em = g->x1 - g->x0;
    double gap = g->x0 - prev->x1 + MAX(prev->x1 - prev->x0 - em, 0.0);
    return is_han(prev->c) && is_han(g->c) && !g->space_before && em > 0 &&
           gap >= PADDING_GAP_SHARE * em && gap < WORD_GAP_SHARE * height;
}

/* TRUE when glyph `g` after `prev` (a line `height` tall) is a Han
 * character and a Han character or a mark opening a name (★) a word space
 * apart (see spaces_between): Chinese writes no word space, so such a gap
 * is a cell's edge or a space the text holds. */
static gboolean word_apart(const glyph *prev, const glyph *g, double height)
{
    double gap = g->x0 - prev->x1;
    return is_han(prev->c) && (is_han(g->c) || g_unichar_type(g->c) == G_UNICODE_OTHER_SYMBOL) &&
           !g->apart_before && gap < PIECE_GAP_SHARE * height &&
           (g->space_before || gap >= WORD_GAP_SHARE * height);
}

/* TRUE when glyph `g` after `prev` (a line `height` tall) is two Han
 * characters closer than a word space with a space the PDF writes between
 * them.  Chinese writes no space inside a word: such a space is a cell's
 * edge that Poppler saw though the cells stand touching (wkhtmltopdf's
 * `产 数 排查整改安全隐患`: the level-1 and level-2 label columns' first
 * characters and the row's name). */
static gboolean space_written_apart(const glyph *prev, const glyph *g, double height)
{
    return g->space_before && is_han(prev->c) && is_han(g->c) &&
           g->x0 - prev->x1 < WORD_GAP_SHARE * height;
}

/* Where the Han characters a word space after another Han character
 * (word_apart) stand on `lines`, sorted. */
static GArray *word_apart_starts(const GArray *lines)
{
    GArray *xs = g_array_new(FALSE, FALSE, sizeof(double));
    for (guint k = 0; k < lines->len; k++) {
        const text_line *l = &g_array_index(lines, text_line, k);
        for (guint i = 1; i < l->glyphs->len; i++)
            if (word_apart(&g_array_index(l->glyphs, glyph, i - 1),
                           &g_array_index(l->glyphs, glyph, i), MAX(l->height, 1.0)))
                g_array_append_val(xs, g_array_index(l->glyphs, glyph, i).x0);
    }
    g_array_sort(xs, by_value);
    return xs;
}

/* TRUE when glyph `k` (k > 0) of `line` goes on the run of the one before
 * it with no cell's edge between: set solid (set_solid_after), not a
 * padding apart (padding_apart) nor a written space apart
 * (space_written_apart). */
static gboolean set_tight_after(const text_line *line, guint k)
{
    const glyph *prev = &g_array_index(line->glyphs, glyph, k - 1),
                *g = &g_array_index(line->glyphs, glyph, k);
    double h = MAX(line->height, 1.0);
    return set_solid_after(line, k) && !padding_apart(prev, g, h) &&
           !space_written_apart(prev, g, h);
}


/* TRUE when glyph `i` of `l` is a Han character a padding after another
 * (padding_apart) where both runs about the gap, up to the next cell's edge
 * (set_tight_after), are a narrow label's line (NARROW_LABEL_LINE_CHARS): two
 * neighbouring label columns a character wide, each stacking its header or
 * level label one character a line (`一二` / `级级` / `指指` / `标标` over
 * 一级指标 | 二级指标).  A padding, not only a word space, ends the run: a
 * label's last character set on the line of the row's name, the name a
 * padding after it (wkhtmltopdf: `标标新建改造排水管网`), is still a narrow
 * label's line. */
static gboolean narrow_padding_apart(const text_line *l, guint i)
{
    return padding_apart(&g_array_index(l->glyphs, glyph, i - 1),
                         &g_array_index(l->glyphs, glyph, i), MAX(l->height, 1.0)) &&
           run_before(l, i, set_tight_after) <= NARROW_LABEL_LINE_CHARS &&
           run_from(l, i, set_tight_after) <= NARROW_LABEL_LINE_CHARS;
}

/*
 * Two label columns a character wide, each stacking its label a character
 * a line, printed touching (wkhtmltopdf: level 1 产出指标 beside level 2
 * 数量指标, `产 数 加装电梯数量` / `出量` / `指指` / `标标`).  Their lower
 * lines touch with a padding between, parted by narrow_padding_apart; on the
 * first, where the row's name follows, Poppler writes a space between the
 * two characters and between the second and the name, which padding_apart
 * does not take, and the line read `产 数 加装电梯数量` as one piece: the
 * level-2 label lost its first character to the name column (level 2 `标`,
 * name `指新建改造排水管网`, wkhtml-web bureau b0013).  A written space
 * parts such a line too where the character after it stands alone between
 * two edges, as does the one before (STACKED_LABEL_RUN_CHARS: a stack's
 * line), at the start of a narrow label column (COLUMN_START_LINES).  A
 * name's wrapped two-character line beside a stacked label (`时 补助`,
 * wkhtml b0049) is no such pair: parting it cost rows there.
 */
#define STACKED_LABEL_RUN_CHARS 1

/* TRUE when glyph `i` (i > 0) of `l` is a written space after another Han
 * character (space_written_apart) with both alone in their runs
 * (STACKED_LABEL_RUN_CHARS): two stacked label columns' characters. */
static gboolean stacked_pair_apart(const text_line *l, guint i)
{
    return space_written_apart(&g_array_index(l->glyphs, glyph, i - 1),
                               &g_array_index(l->glyphs, glyph, i), MAX(l->height, 1.0)) &&
           run_before(l, i, set_tight_after) == STACKED_LABEL_RUN_CHARS &&
           run_from(l, i, set_tight_after) == STACKED_LABEL_RUN_CHARS;
}

/* Where the Han characters a padding after another between two narrow
 * label runs (narrow_padding_apart) stand on `lines`, sorted. */
static GArray *narrow_apart_starts(const GArray *lines)
{
    return glyph_starts_where(lines, 1, narrow_padding_apart); /* (a glyph before) */
}

/* TRUE when glyph `i` of `l` stands a padding or a word space after a Han
 * character at a column's start: other pieces start at its x on
 * COLUMN_START_LINES lines, or it is one of COLUMN_START_LINES characters
 * a padding after another between narrow label runs at one x, or one of
 * WORD_COLUMN_START_LINES Han characters a word space after another at one
 * x, or two stacked label columns' characters a written space apart
 * (stacked_pair_apart) at a narrow label column's start (`xs`
 * piece_starts, `ns` narrow_apart_starts, `ws` word_apart_starts). */
static gboolean apart_at_column_start(const text_line *l, guint i, const GArray *xs,
                                      const GArray *ns, const GArray *ws)
{
    const glyph *prev = &g_array_index(l->glyphs, glyph, i - 1),
                *g = &g_array_index(l->glyphs, glyph, i);
    double h = MAX(l->height, 1.0), near = COLUMN_START_SAME_SHARE * (g->x1 - g->x0);
    if (padding_apart(prev, g, h))
        return starts_near(xs, g->x0, near) >= COLUMN_START_LINES ||
               (narrow_padding_apart(l, i) && starts_near(ns, g->x0, near) >= COLUMN_START_LINES);
    if (stacked_pair_apart(l, i))
        return starts_near(ns, g->x0, near) >= COLUMN_START_LINES;
    return word_apart(prev, g, h) &&
           run_before(l, i, set_solid_after) > NARROW_LABEL_LINE_CHARS &&
           starts_near(ws, g->x0, near) >= WORD_COLUMN_START_LINES;
}

/* Parts the lines of `lines` where two cells' texts touch at a column's
 * start (see above); with `words`, where they stand a word space apart at
 * one too. */
static void part_at_column_starts(GArray *lines, gboolean words)
{
    GArray *xs = piece_starts(lines), *ns = narrow_apart_starts(lines),
           *ws = words ? word_apart_starts(lines) : g_array_new(FALSE, FALSE, sizeof(double));
    for (guint k = 0; k < lines->len; k++) {
        text_line *l = &g_array_index(lines, text_line, k);
        for (guint i = 1; i < l->glyphs->len; i++)
            if (apart_at_column_start(l, i, xs, ns, ws))
                g_array_index(l->glyphs, glyph, i).apart_before = TRUE;
    }
    g_array_free(xs, TRUE);
    g_array_free(ns, TRUE);
    g_array_free(ws, TRUE);
}

/* ---------------------------------------------- values under a top-set name */

/* A browser's print of Calc's HTML sets a row's name at the row's top and
 * its other cells at its middle: in a row taller than its name (the last row
 * of a merged block, a row its neighbours' wrapped cells heighten) the
 * figures stand a blank line under the name, and the layout reader reads the
 * name as the row above's wrapped tail and the figures as a row without a
 * name (快检食品数量（城区） / ≥22,400批次).  Such a line of figures stands
 * under the name by less than this many of its heights ... */
#define TOP_SET_ROW_MAX_SHARE 4.0
/* ... and the next line farther under it by this share of a height at
 * least: centred in its row, the line stands under the name by half the
 * row's height less the name's padding and over the next row's text by half
 * the row's height and that row's padding (1.1 to 1.4 heights further in
 * wkhtmltopdf's print of Calc's HTML); lines at an even pitch (metadata rows
 * under a table) stand none further. */
#define TOP_SET_BELOW_MARGIN 0.5

/* TRUE when every piece of `m` starts right of where the first piece of `a`
 * starts: the row's figures stand right of its name (a header's line under
 * a title set right does not, nor a block's label centred left of the names,
 * whose line the layout reader places by itself). */
static gboolean reaches_right_of_first(const GArray *m, const GArray *a)
{
    if (!a->len)
        return FALSE;
    double first = g_array_index(a, line_span, 0).x0;
    for (guint j = 0; j < m->len; j++)
        if (g_array_index(m, line_span, j).x0 <= first)
            return FALSE;
    return m->len > 0;
}

/* TRUE when every piece of `m` stands under a piece of one of `lines` above
 * line `k`: the figures stand in columns of the table above them, no note
 * or signature set off on its own. */
static gboolean under_columns_above(const GArray *lines, guint k, const GArray *m, double left,
                                    double unit)
{
    gboolean *seen = g_new0(gboolean, m->len);
    guint found = 0;
    for (guint j = k; j-- > 0 && found < m->len;) {
        GArray *s = line_spans(&g_array_index(lines, text_line, j), left, unit);
        for (guint i = 0; i < m->len; i++)
            for (guint t = 0; t < s->len && !seen[i]; t++)
                if (spans_overlap(&g_array_index(m, line_span, i), &g_array_index(s, line_span, t))) {
                    seen[i] = TRUE;
                    found++;
                }
        g_array_free(s, TRUE);
    }
    g_free(seen);
    return found == m->len;
}

/* TRUE when line `mid` (pieces `m`) holds the cells a browser centred in the
 * row whose name stands alone on line `above` (pieces `a`): `above` opens its
 * row (no wrapped line of the row before it, see wrap_share), `mid` stands a
 * blank line under it (set_apart) but within TOP_SET_ROW_MAX_SHARE heights,
 * the next line `below` farther under `mid` (TOP_SET_BELOW_MARGIN), in none
 * of `above`'s columns, all right of its name, all in columns of the table
 * above. */
static gboolean value_under_top_set_name(const GArray *lines, guint k, const GArray *a,
                                         const GArray *m, double left, double unit, double share)
{
    const text_line *above = &g_array_index(lines, text_line, k - 1);
    if (k >= 2 && wraps_on_line(&g_array_index(lines, text_line, k - 2), above, share))
        return FALSE;
    const text_line *mid = &g_array_index(lines, text_line, k);
    const text_line *below = &g_array_index(lines, text_line, k + 1);
    double h = MAX(above->height, mid->height);
    double down = mid->centre - above->centre;
    return set_apart(above, mid) && down < TOP_SET_ROW_MAX_SHARE * h &&
           below->centre - mid->centre > down + TOP_SET_BELOW_MARGIN * h &&
           !spans_share_column(m, a) && reaches_right_of_first(m, a) &&
           under_columns_above(lines, k - 1, m, left, unit);
}

/* Sets each line of figures a browser centred under its row's top-set name
 * (value_under_top_set_name) on the name's line. */
static void lift_values_under_names(GArray *lines, double left, double unit)
{
    double share = lines_wrap_share(lines, left, unit);
    for (guint k = 1; k + 1 < lines->len;) {
        const text_line *above = &g_array_index(lines, text_line, k - 1);
        const text_line *mid = &g_array_index(lines, text_line, k);
        GArray *a = line_spans(above, left, unit), *m = line_spans(mid, left, unit);
        gboolean lift = value_under_top_set_name(lines, k, a, m, left, unit, share);
        if (lift)
            lift_onto_line_above(lines, k, a, m);
        else
            k++;
        g_array_free(a, TRUE);
        g_array_free(m, TRUE);
    }
}

/* ------------------------------------------------------------ middle levels */

/* Glyphs whose centres stand within this share of their height of the next
 * one's stand at one level (a line's characters of one face share their
 * centre to a hundredth of a point; a fallback face's ≥ stands 0.03 off). */
#define LEVEL_SAME_SHARE 0.1

/* One height at which glyphs stand: the extent of their centres, their mean
 * centre and height. */
typedef struct {
    double lo, hi, centre, height;
} glyph_level;

/* A glyph of `lines` and its centre, to sort the page's glyphs by. */
typedef struct {
    double centre, height;
} placed_centre;

static gint by_placed_centre(gconstpointer a, gconstpointer b)
{
    const placed_centre *pa = a, *pb = b;
    return (pa->centre > pb->centre) - (pa->centre < pb->centre);
}

/* The levels at which the glyphs of `lines` stand, top to bottom. */
static GArray *glyph_levels(const GArray *lines)
{
    GArray *all = g_array_new(FALSE, FALSE, sizeof(placed_centre));
    for (guint k = 0; k < lines->len; k++) {
        const GArray *gs = g_array_index(lines, text_line, k).glyphs;
        for (guint i = 0; i < gs->len; i++) {
            const glyph *g = &g_array_index(gs, glyph, i);
            placed_centre p = {glyph_centre(g), g->y1 - g->y0};
            g_array_append_val(all, p);
        }
    }
    g_array_sort(all, by_placed_centre);
    GArray *levels = g_array_new(FALSE, FALSE, sizeof(glyph_level));
    guint n = 0;
    for (guint i = 0; i < all->len; i++) {
        const placed_centre *p = &g_array_index(all, placed_centre, i);
        glyph_level *last = levels->len ? &g_array_index(levels, glyph_level, levels->len - 1) : NULL;
        if (!last || p->centre - last->hi > LEVEL_SAME_SHARE * MIN(p->height, last->height)) {
            glyph_level fresh = {p->centre, p->centre, p->centre, p->height};
            g_array_append_val(levels, fresh);
            n = 1;
            continue;
        }
        last->hi = p->centre;
        last->centre = (last->centre * n + p->centre) / (n + 1);
        last->height = (last->height * n + p->height) / (n + 1);
        n++;
    }
    g_array_free(all, TRUE);
    return levels;
}

/* TRUE when `l` stands at a height within OTHER_FACE_SHARE of `h`'s. */
static gboolean same_face_level(const glyph_level *l, double h)
{
    return fabs(l->height - h) <= OTHER_FACE_SHARE * h;
}

/* TRUE when level `i` of `levels` stands half way between the levels
 * around it, each within a line's reach of it (LINE_CENTRE_SHARE) and so
 * joined to either line by the order its glyphs come in, while no other
 * level stands within reach of those two (a cell of three lines beside
 * cells of two sets every level half way between its neighbours: no level
 * there is the middle one). */
static gboolean middle_level(const GArray *levels, guint i)
{
    if (i < 1 || i + 1 >= levels->len)
        return FALSE;
    const glyph_level *a = &g_array_index(levels, glyph_level, i - 1),
                      *m = &g_array_index(levels, glyph_level, i),
                      *b = &g_array_index(levels, glyph_level, i + 1);
    double h = m->height, reach = LINE_CENTRE_SHARE * h;
    if (!same_face_level(a, h) || !same_face_level(b, h) || m->centre - a->centre > reach ||
        b->centre - m->centre > reach ||
        fabs(m->centre - (a->centre + b->centre) / 2) > CENTRED_MIDDLE_SHARE * h)
        return FALSE;
    if (i >= 2 && a->centre - g_array_index(levels, glyph_level, i - 2).centre <= reach)
        return FALSE;
    return i + 2 >= levels->len || g_array_index(levels, glyph_level, i + 2).centre - b->centre > reach;
}

static gboolean in_level(const glyph_level *l, const glyph *g)
{
    double c = glyph_centre(g);
    return c >= l->lo && c <= l->hi;
}

/* A wrapped cell's two lines that stand this many of their heights apart at
 * most stand one box apart: Chromium sets a wrapped line's box as tall as
 * its pitch (1.00 of a height, the extents cut_tall_boxes leaves). */
#define LOPSIDED_PITCH_MAX 1.1

/* TRUE when some line of `lines` holds glyphs of both `x` and `y`. */
static gboolean levels_share_line(const GArray *lines, const glyph_level *x, const glyph_level *y)
{
    for (guint k = 0; k < lines->len; k++) {
        const GArray *gs = g_array_index(lines, text_line, k).glyphs;
        gboolean in_x = FALSE, in_y = FALSE;
        for (guint i = 0; i < gs->len; i++) {
            in_x |= in_level(x, &g_array_index(gs, glyph, i));
            in_y |= in_level(y, &g_array_index(gs, glyph, i));
        }
        if (in_x && in_y)
            return TRUE;
    }
    return FALSE;
}

/* How many pieces the glyphs of `lines` at level `l` make, read left to
 * right: glyphs further apart than PIECE_GAP_SHARE of the level's height
 * start a new one. */
static guint level_pieces(const GArray *lines, const glyph_level *l)
{
    GArray *xs = g_array_new(FALSE, FALSE, sizeof(glyph));
    for (guint k = 0; k < lines->len; k++) {
        const GArray *gs = g_array_index(lines, text_line, k).glyphs;
        for (guint i = 0; i < gs->len; i++)
            if (in_level(l, &g_array_index(gs, glyph, i)))
                g_array_append_val(xs, g_array_index(gs, glyph, i));
    }
    g_array_sort(xs, by_x);
    guint n = 0;
    double end = -G_MAXDOUBLE;
    for (guint i = 0; i < xs->len; i++) {
        const glyph *g = &g_array_index(xs, glyph, i);
        if (g->x0 - end > PIECE_GAP_SHARE * l->height)
            n++;
        end = MAX(end, g->x1);
    }
    g_array_free(xs, TRUE);
    return n;
}

/* TRUE when a glyph of `lines` at level `x` stands over or under one at
 * level `y` (their extents across overlap). */
static gboolean levels_share_column(const GArray *lines, const glyph_level *x, const glyph_level *y)
{
    for (guint k = 0; k < lines->len; k++) {
        const GArray *gs = g_array_index(lines, text_line, k).glyphs;
        for (guint i = 0; i < gs->len; i++) {
            const glyph *g = &g_array_index(gs, glyph, i);
            if (!in_level(x, g))
                continue;
            for (guint j = 0; j < lines->len; j++) {
                const GArray *hs = g_array_index(lines, text_line, j).glyphs;
                for (guint q = 0; q < hs->len; q++) {
                    const glyph *o = &g_array_index(hs, glyph, q);
                    if (in_level(y, o) && MIN(g->x1, o->x1) > MAX(g->x0, o->x0))
                        return TRUE;
                }
            }
        }
    }
    return FALSE;
}

/* TRUE when level `i` of `levels` stands half way between the levels around
 * it, a wrapped cell's two lines one box apart (LOPSIDED_PITCH_MAX), but
 * only the lower one within a line's reach of it (LINE_CENTRE_SHARE:
 * Chromium sets the one-line cells of a row a fraction of a point under the
 * wrapped cell's middle, so its first line stands just out of reach, its
 * second just within), and group_lines joined that one to the middle's line:
 * the wrapped cell's second line (标值 of 半年（程）指 / 标值) then reads
 * as a cell of the row's line and its first line as a row of its own above.
 * No other level stands within reach of the two (as middle_level), the
 * middle holds CENTRED_MIN_CELLS cells at least (a lone row number centred
 * on a row whose name stands at its top is no row's middle), the two lines
 * stand one over the other (one cell's) and the middle's cells beside them,
 * in none of their columns.  Where the upper line is the one within reach,
 * group_lines sets the row as a layout dump does (the row's cells on the
 * wrapped cell's first line). */
static gboolean lopsided_middle_level(const GArray *lines, const GArray *levels, guint i)
{
    if (i < 1 || i + 1 >= levels->len)
        return FALSE;
    const glyph_level *a = &g_array_index(levels, glyph_level, i - 1),
                      *m = &g_array_index(levels, glyph_level, i),
                      *b = &g_array_index(levels, glyph_level, i + 1);
    double h = m->height, reach = LINE_CENTRE_SHARE * h;
    if (!same_face_level(a, h) || !same_face_level(b, h) || m->centre - a->centre <= reach ||
        b->centre - m->centre > reach ||
        b->centre - a->centre > LOPSIDED_PITCH_MAX * h ||
        fabs(m->centre - (a->centre + b->centre) / 2) > CENTRED_MIDDLE_SHARE * h)
        return FALSE;
    if (i >= 2 && a->centre - g_array_index(levels, glyph_level, i - 2).centre <= reach)
        return FALSE;
    if (i + 2 < levels->len && g_array_index(levels, glyph_level, i + 2).centre - b->centre <= reach)
        return FALSE;
    return levels_share_line(lines, m, b) && level_pieces(lines, m) >= CENTRED_MIN_CELLS &&
           levels_share_column(lines, a, b) && !levels_share_column(lines, m, a) &&
           !levels_share_column(lines, m, b);
}

/* TRUE when line `l` holds a glyph of one of the three levels `trio`. */
static gboolean line_touches_levels(const text_line *l, const glyph_level *trio)
{
    for (guint i = 0; i < l->glyphs->len; i++)
        for (int t = 0; t < 3; t++)
            if (in_level(&trio[t], &g_array_index(l->glyphs, glyph, i)))
                return TRUE;
    return FALSE;
}

/* Takes the glyphs of every line of `lines` holding one of the levels
 * `trio` (above, middle, below) off their lines and sets them on new lines,
 * a glyph going with the level nearest it (the earlier of two as near) and
 * level t's glyphs onto new line onto[t] (0, 1 or 2; a new line left empty
 * is not made).  The new lines go at the end of `lines`, in that order. */
static void regroup_levels_onto(GArray *lines, const glyph_level *trio, const int onto[3])
{
    GArray *fresh[3]; /* the glyphs of each new line */
    for (int t = 0; t < 3; t++)
        fresh[t] = g_array_new(FALSE, FALSE, sizeof(glyph));
    for (guint k = 0; k < lines->len;) {
        text_line *l = &g_array_index(lines, text_line, k);
        if (!line_touches_levels(l, trio)) {
            k++;
            continue;
        }
        for (guint i = 0; i < l->glyphs->len; i++) {
            const glyph *g = &g_array_index(l->glyphs, glyph, i);
            int home = 0;
            for (int t = 1; t < 3; t++)
                if (fabs(trio[t].centre - glyph_centre(g)) < fabs(trio[home].centre - glyph_centre(g)))
                    home = t;
            g_array_append_val(fresh[onto[home]], *g);
        }
        g_array_free(l->glyphs, TRUE);
        g_array_remove_index(lines, k);
    }
    for (int t = 0; t < 3; t++) {
        if (!fresh[t]->len) {
            g_array_free(fresh[t], TRUE);
            continue;
        }
        text_line line = line_of(fresh[t]);
        g_array_append_val(lines, line);
    }
}

/* Sets the glyphs of every line of `lines` holding one of the levels `trio`
 * (a wrapped cell's first line, the row's middle, its second line; see
 * lopsided_middle_level) on two lines, the middle's glyphs on the first
 * line's, as a layout dump sets a row whose cells beside a wrapped one are
 * centred; a glyph of none of the levels goes with the level nearest it. */
static void set_middle_on_first_line(GArray *lines, const glyph_level *trio)
{
    static const int onto[3] = {0, 0, 1};
    regroup_levels_onto(lines, trio, onto);
}

/* How many lines of `lines` hold glyphs of level `l`. */
static guint level_lines(const GArray *lines, const glyph_level *l)
{
    guint n = 0;
    for (guint k = 0; k < lines->len; k++) {
        const GArray *gs = g_array_index(lines, text_line, k).glyphs;
        for (guint i = 0; i < gs->len; i++)
            if (in_level(l, &g_array_index(gs, glyph, i))) {
                n++;
                break;
            }
    }
    return n;
}

/* Sets the glyphs of every line of `lines` holding one of the levels
 * `trio` (above, middle, below) on three lines, one a level, a glyph of
 * none of them on the line of the level nearest it. */
static void regroup_levels(GArray *lines, const glyph_level *trio)
{
    static const int onto[3] = {0, 1, 2};
    regroup_levels_onto(lines, trio, onto);
}

/* group_lines joins each glyph to the first line within its reach in the
 * order the PDF writes them: a cell of one line set half way between a
 * wrapped cell's two lines (WeasyPrint centres a row's cells, and sets
 * wrapped lines less than a glyph's height apart) stands within reach of
 * both, and its glyphs go to the line above or below by their order, some
 * cells to one, some to the other.  Such a middle level is set on a line of
 * its own, whatever the order (lift_centred_lines then decides where it
 * goes). */
static void part_middle_levels(GArray *lines)
{
    GArray *levels = glyph_levels(lines);
    gboolean moved = FALSE;
    for (guint i = 1; i + 1 < levels->len; i++)
        if (middle_level(levels, i) && level_lines(lines, &g_array_index(levels, glyph_level, i)) > 1) {
            regroup_levels(lines, &g_array_index(levels, glyph_level, i - 1));
            moved = TRUE;
        }
    if (moved)
        g_array_sort(lines, by_centre);
    g_array_free(levels, TRUE);
}

/* Sets each lopsided middle level of `lines` (lopsided_middle_level) on the
 * wrapped cell's first line.  Only on a page whose boxes cut_tall_boxes cut
 * (Chromium's Type 3 fonts): there a box is cut to BOX_CUT_EM of a
 * character, which puts a wrapped cell's lines one such box apart and the
 * row's middle at the edge of a line's reach; other converters' natural
 * boxes set the middle well within reach of one line, as group_lines and
 * lift_centred_lines read it. */
static void part_lopsided_middles(GArray *lines)
{
    GArray *levels = glyph_levels(lines);
    gboolean moved = FALSE;
    for (guint i = 1; i + 1 < levels->len; i++)
        if (lopsided_middle_level(lines, levels, i)) {
            set_middle_on_first_line(lines, &g_array_index(levels, glyph_level, i - 1));
            moved = TRUE;
        }
    if (moved)
        g_array_sort(lines, by_centre);
    g_array_free(levels, TRUE);
}

/* How many glyphs of line `l` stand at level `v`. */
static guint glyphs_at_level(const text_line *l, const glyph_level *v)
{
    guint n = 0;
    for (guint i = 0; i < l->glyphs->len; i++)
        n += in_level(v, &g_array_index(l->glyphs, glyph, i));
    return n;
}

/* The level of `levels` every glyph of `l` stands at, or NULL when they
 * stand at more than one. */
static const glyph_level *sole_level(const GArray *levels, const text_line *l)
{
    for (guint v = 0; v < levels->len; v++) {
        const glyph_level *level = &g_array_index(levels, glyph_level, v);
        if (l->glyphs->len && glyphs_at_level(l, level) == l->glyphs->len)
            return level;
    }
    return NULL;
}

/* group_lines measures a glyph's reach by the smaller of its box and its
 * line's: a row's cells set at its middle, half a line under its top-set
 * name (wkhtmltopdf: 5.2 points under a 10.8-point box), stand just within
 * the reach of the name's line in Chinese but just out of it in figures,
 * whose boxes are shorter (8.7 points): the row's number and target
 * (`1`, `111`) went to a line of their own, its sign, unit and labels
 * (`≥`, `公里`) stayed on the name's, and the target lost its unit or its
 * sign.  A line whose glyphs all stand at one level (glyph_levels) where
 * another line holds more glyphs of that level joins that line, when it
 * stands in two pieces at least (a row's cells): a lone piece there is as
 * likely a row number centred on its row (beside labels stacked a
 * character a line, joined to the character beside it, it read `10指`;
 * joined to a wrapped label's second line, that line opened a row). */
static void join_split_levels(GArray *lines)
{
    GArray *levels = glyph_levels(lines);
    gboolean moved = FALSE;
    for (guint k = 0; k < lines->len;) {
        text_line *l = &g_array_index(lines, text_line, k);
        const glyph_level *level = line_in_pieces(l) ? sole_level(levels, l) : NULL;
        guint own = l->glyphs->len, most = own;
        gssize to = -1;
        for (guint j = 0; level && j < lines->len; j++) {
            guint n = j == k ? 0 : glyphs_at_level(&g_array_index(lines, text_line, j), level);
            if (n > most) {
                most = n;
                to = j;
            }
        }
        if (to < 0) {
            k++;
            continue;
        }
        text_line *home = &g_array_index(lines, text_line, to);
        g_array_append_vals(home->glyphs, l->glyphs->data, l->glyphs->len);
        *home = line_of(home->glyphs);
        g_array_free(l->glyphs, TRUE);
        g_array_remove_index(lines, k);
        moved = TRUE;
    }
    if (moved)
        g_array_sort(lines, by_centre);
    g_array_free(levels, TRUE);
}

/* ------------------------------------------------------------ stacked parts */

/* Tables set one right under the other without rules (a form pasted
 * together from parts, each an HTML table of its own) give each part its own
 * column widths, and a browser, or a word processor laying out HTML
 * (LibreOffice Writer/Web), shrinks a part's empty columns (labels written
 * once above it) to their padding: the part's cells stand left of
 * the columns they belong to, and read by position they land in the wrong
 * ones.  A cell's text starts where its column starts, to the point: a line
 * of cells (runs of glyphs set solid) that start at two places or more where
 * the part above has no column, at most one of them where it has one, and
 * one such place under a cell of the part above (no column can start
 * there), opens a part of its own; a line of prose across the table neither
 * opens a part nor shows its columns.  Its columns are moved onto the first part's: the empty ones a part
 * lost are its label columns, on the left, so its columns are the first
 * part's last ones, save a first column starting where one of the first
 * part's does (a row number's).  A part that shows as many columns as the
 * first part, each left of the first part's, takes them one by one (its
 * label columns shrunk, not lost); one that shows more keeps its own.  A line that opens a part after a later
 * part is the first part's again only when it stands on the first part's
 * columns (back_in_first). */
/* Pieces starting this near (points) start in one column: a browser sets a
 * cell's text at its column's start plus the padding, to a fraction of a
 * point, and an empty column shrinks to its padding, 3 points and more. */
#define STACKED_START_PT 1.0
/* A line opens a part with at least this many cells starting off the
 * columns of the part above. */
#define STACKED_MIN_OFF 2
/* A part shows this many columns at least to be moved: two cells of one
 * line (a name and its target) can stand off the columns by how a page's
 * cells are centred or wrapped, three are a row of a table of its own. */
#define STACKED_MIN_COLUMNS 3
/* A cell wider than this share of the text's width is prose across the
 * table (a paragraph, a 年度目标 cell merged over the columns): its line's
 * word spaces show no columns. */
#define STACKED_PROSE_SHARE 0.5
/* Only where cells are set left: a table whose cells are centred (or set
 * right) in their columns shows no column by where its cells start.  Cells
 * whose starts recur on other lines and not their middles are set left, those
 * whose middles or ends recur and not their starts centred (right): at
 * most this share as many of these as of those. */
#define STACKED_CENTRED_SHARE 0.1
/* A line narrower than this share of the text's width is no table's row
 * (a page number, 第 1 页, its characters set apart). */
#define STACKED_ROW_SHARE 0.3
/* Glyphs set solid stand less than this apart (points); two cells' padding
 * (4 pixels, 3 points) more: a part's cells as narrow as their text stand
 * only that apart, less than a word space. */
#define STACKED_CELL_GAP_PT 1.5
/* Where Han characters meet digits or Latin letters, a word processor
 * (LibreOffice's Asian typography) sets a space of its own, about a sixth
 * of the line's height (≤8 册, 12 月底前完成), where a browser sets them
 * solid; a gap under this share of the height there is that space inside
 * one cell, not two cells' padding (3 points beside text 13 tall). */
#define STACKED_AUTOSPACE_SHARE 0.2
/* A line less than this many line heights above the line that opens a part
 * is a line of that row set off by its cells' centring (see pull_row_heads). */
#define STACKED_HEAD_SHARE 1.0

typedef struct {
    GArray *starts;  /* double, sorted: where the part's cells start */
    GArray *crosses; /* written_piece: its lines' cells but each line's last */
    GArray *middles, *middles_once; /* double: where two cells' middles stand; one's */
    GArray *cells;   /* written_piece: its lines' cells */
    GArray *columns; /* double, sorted: the starts that are its columns' (part_columns) */
} stacked_part;

/* The index in sorted `starts` of the start within STACKED_START_PT of `x`,
 * or -1. */
static int start_at(const GArray *starts, double x)
{
    for (guint i = 0; i < starts->len; i++)
        if (fabs(g_array_index(starts, double, i) - x) <= STACKED_START_PT)
            return (int)i;
    return -1;
}

/* Adds `x` to `twice` when it stands in `once` already, else to `once`:
 * a centred column's cells share their middles, where a left-set column's
 * share them only by chance. */
static void add_seen(GArray *once, GArray *twice, double x)
{
    if (start_at(twice, x) >= 0)
        return;
    int i = start_at(once, x);
    if (i < 0) {
        g_array_append_val(once, x);
        return;
    }
    g_array_remove_index_fast(once, (guint)i);
    g_array_append_val(twice, x);
}

static void add_start(GArray *starts, double x)
{
    if (start_at(starts, x) >= 0)
        return;
    guint i = 0;
    while (i < starts->len && g_array_index(starts, double, i) < x)
        i++;
    g_array_insert_val(starts, i, x);
}

/* TRUE when a cell of the part (not the last of its line: that may be
 * merged over the columns to the right) covers `x` well inside itself. */
static gboolean covered(const stacked_part *p, double x)
{
    for (guint i = 0; i < p->crosses->len; i++) {
        const written_piece *wp = &g_array_index(p->crosses, written_piece, i);
        if (wp->x0 < x - STACKED_START_PT && wp->x1 > x + STACKED_START_PT)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when the line of `cells` stands off the columns of `p`: at least
 * STACKED_MIN_OFF of its cells start where `p` starts none, at most one
 * where it starts one; with `need_under`, one of those under a cell of `p`
 * besides (see above). */
static gboolean stands_off(const stacked_part *p, const GArray *cells, gboolean need_under)
{
    guint off = 0, on = 0;
    gboolean under = !need_under;
    for (guint i = 0; i < cells->len; i++) {
        const written_piece *c = &g_array_index(cells, written_piece, i);
        double x = c->x0;
        /* a cell centred in its column stands where the part's did by its
         * middle */
        if (start_at(p->starts, x) >= 0 || start_at(p->middles, (c->x0 + c->x1) / 2) >= 0) {
            on++;
        } else {
            off++;
            under = under || covered(p, x);
        }
    }
    return off >= STACKED_MIN_OFF && on <= 1 && under;
}

/* TRUE when the line of `cells` opens a part after `p` (see above). */
static gboolean opens_part(const stacked_part *p, const GArray *cells)
{
    return stands_off(p, cells, TRUE);
}

/* TRUE when a line that opens a part after a later part (`cells`) is the
 * first part's again (`first`): it does not stand off the first part's
 * columns.  A part a row or two long whose cells stand where no first
 * part's cell crosses (the first part's columns are the widest, its cells
 * narrower than them) fails opens_part against the first part, yet starts
 * no cell on its columns: read as the first part's, it would give the first
 * part columns it has not, and the other parts would be mapped onto them. */
static gboolean back_in_first(const stacked_part *first, const GArray *cells)
{
    return !stands_off(first, cells, FALSE);
}

/* TRUE when the line of `cells` shows columns: two cells or more, none of
 * them prose (STACKED_PROSE_SHARE of the text's `width`), over
 * STACKED_ROW_SHARE of it at least. */
static gboolean shows_columns(const GArray *cells, double width)
{
    if (cells->len < 2 || g_array_index(cells, written_piece, cells->len - 1).x1 -
                                  g_array_index(cells, written_piece, 0).x0 <
                              STACKED_ROW_SHARE * width)
        return FALSE;
    for (guint i = 0; i < cells->len; i++) {
        const written_piece *c = &g_array_index(cells, written_piece, i);
        if (c->x1 - c->x0 > STACKED_PROSE_SHARE * width)
            return FALSE;
    }
    return TRUE;
}

/* Adds the columns a line of `cells` shows to its part. */
static void take_line(stacked_part *p, const GArray *cells)
{
    for (guint i = 0; i < cells->len; i++) {
        const written_piece *c = &g_array_index(cells, written_piece, i);
        add_start(p->starts, c->x0);
        add_seen(p->middles_once, p->middles, (c->x0 + c->x1) / 2);
        if (i + 1 < cells->len)
            g_array_append_val(p->crosses, *c);
        g_array_append_val(p->cells, *c);
    }
}

/* Sets the part's columns: the starts where more of its lines start a cell
 * than set one across.  A cell's second word starts where the part has no
 * column (a word processor sets a word space between Han characters and
 * digits, ≤8 册, 12 月底前完成), and a start of its own there would stand
 * for a column the part has not; other lines' cells of that column run
 * across it, where a column's start is crossed only by the few cells
 * merged over it. */
static void part_columns(stacked_part *p)
{
    for (guint i = 0; i < p->starts->len; i++) {
        double x = g_array_index(p->starts, double, i);
        guint at = 0, across = 0;
        for (guint k = 0; k < p->cells->len; k++) {
            const written_piece *c = &g_array_index(p->cells, written_piece, k);
            at += fabs(c->x0 - x) <= STACKED_START_PT;
            across += c->x0 < x - STACKED_START_PT && c->x1 > x + STACKED_START_PT;
        }
        if (at > across)
            g_array_append_val(p->columns, x);
    }
}

/* Where each of the part's column starts goes among the first part's
 * (`to`, as many as `p`'s columns); FALSE when the part keeps its own. */
static gboolean part_targets(const stacked_part *p, const stacked_part *first, double *to)
{
    int m = (int)p->columns->len, n = (int)first->columns->len;
    if (m > n || m < STACKED_MIN_COLUMNS)
        return FALSE;
    int pinned = start_at(first->columns, g_array_index(p->columns, double, 0));
    /* a part with as many columns as the first part whose first column
     * starts where the first part's does is a table laid out on its own, as
     * many columns by chance */
    if (m == n && pinned >= 0)
        return FALSE;
    int from = 0;
    if (pinned >= 0) {
        if (n - (m - 1) <= pinned)
            return FALSE;
        to[0] = g_array_index(first->columns, double, pinned);
        from = 1;
    }
    for (int j = from; j < m; j++) {
        to[j] = g_array_index(first->columns, double, n - m + j);
        /* its columns stand left of their places: what it lost shrank */
        if (to[j] < g_array_index(p->columns, double, j) - STACKED_START_PT)
            return FALSE;
        /* a part with all the first part's columns was shrunk in each */
        if (m == n && to[j] <= g_array_index(p->columns, double, j) + STACKED_START_PT)
            return FALSE;
    }
    return TRUE;
}

/* Moves the glyphs of `line`, cell by cell (`cells`), from the part's
 * column starts onto `to`; a cell never comes nearer the one before than a
 * piece's gap, so two cells stay two pieces of text. */
static void move_line(text_line *line, const GArray *cells, const stacked_part *p, const double *to)
{
    double d = 0, gap = PIECE_GAP_SHARE * MAX(line->height, 1.0), end = 0;
    guint g = 0;
    for (guint i = 0; i < cells->len; i++) {
        const written_piece *c = &g_array_index(cells, written_piece, i);
        int j = start_at(p->columns, c->x0);
        double want = j >= 0 ? to[j] - g_array_index(p->columns, double, j) : d;
        /* just over a piece's gap from the cell before at least: cells as
         * narrow as their text stand only their padding apart */
        if (i > 0)
            want = MAX(want, end + gap * 1.01 - c->x0);
        d = want;
        end = c->x1 + d;
        for (; g < line->glyphs->len; g++) {
            glyph *gl = &g_array_index(line->glyphs, glyph, g);
            if (gl->x0 > c->x1)
                break;
            gl->x0 += d;
            gl->x1 += d;
        }
    }
}

/* TRUE when glyph `gl` starts a cell after `prev` on a line `height` tall:
 * they stand STACKED_CELL_GAP_PT apart or more, save the space a word
 * processor sets where Han characters meet digits or Latin letters
 * (STACKED_AUTOSPACE_SHARE). */
static gboolean starts_cell(const glyph *prev, const glyph *gl, double height)
{
    double gap = gl->x0 - prev->x1;
    if (is_han(prev->c) != is_han(gl->c))
        return gap >= MAX(STACKED_CELL_GAP_PT, STACKED_AUTOSPACE_SHARE * height);
    return gap >= STACKED_CELL_GAP_PT;
}

/* The cells of `line`: its runs of glyphs set solid (starts_cell). */
static GArray *line_cells(const text_line *line)
{
    GArray *cells = g_array_new(FALSE, FALSE, sizeof(written_piece));
    for (guint g = 0; g < line->glyphs->len; g++) {
        const glyph *gl = &g_array_index(line->glyphs, glyph, g);
        if (g == 0 || starts_cell(&g_array_index(line->glyphs, glyph, g - 1), gl, line->height)) {
            written_piece c = {.x0 = gl->x0, .x1 = gl->x1};
            g_array_append_val(cells, c);
        } else {
            g_array_index(cells, written_piece, cells->len - 1).x1 = gl->x1;
        }
    }
    return cells;
}

static stacked_part part_new(void)
{
    stacked_part p = {g_array_new(FALSE, FALSE, sizeof(double)),
                      g_array_new(FALSE, FALSE, sizeof(written_piece)),
                      g_array_new(FALSE, FALSE, sizeof(double)),
                      g_array_new(FALSE, FALSE, sizeof(double)),
                      g_array_new(FALSE, FALSE, sizeof(written_piece)),
                      g_array_new(FALSE, FALSE, sizeof(double))};
    return p;
}

/* Where along a cell `which` (0 start, 1 middle, 2 end) stands. */
static double cell_point(const written_piece *c, int which)
{
    return which == 0 ? c->x0 : which == 1 ? (c->x0 + c->x1) / 2 : c->x1;
}

/* TRUE when a cell of a line of `cells` other than `line` (those shown by
 * `columns`) has its `which` where `c` has its own. */
static gboolean recurs(const GPtrArray *cells, const gboolean *columns, guint line,
                       const written_piece *c, int which)
{
    for (guint k = 0; k < cells->len; k++) {
        const GArray *other = cells->pdata[k];
        for (guint i = 0; columns[k] && k != line && i < other->len; i++)
            if (fabs(cell_point(&g_array_index(other, written_piece, i), which) - cell_point(c, which)) <=
                STACKED_START_PT)
                return TRUE;
    }
    return FALSE;
}

/* TRUE when the lines' cells are set left (see STACKED_CENTRED_SHARE). */
static gboolean cells_set_left(const GPtrArray *cells, const gboolean *columns)
{
    guint left = 0, centred = 0;
    for (guint k = 0; k < cells->len; k++) {
        const GArray *line = cells->pdata[k];
        for (guint i = 0; columns[k] && i < line->len; i++) {
            const written_piece *c = &g_array_index(line, written_piece, i);
            gboolean start = recurs(cells, columns, k, c, 0), middle = recurs(cells, columns, k, c, 1);
            left += start && !middle;
            centred += !start && (middle || recurs(cells, columns, k, c, 2));
        }
    }
    return left > 0 && centred <= STACKED_CENTRED_SHARE * left;
}

static void part_clear(gpointer q)
{
    stacked_part *p = q;
    g_array_free(p->starts, TRUE);
    g_array_free(p->crosses, TRUE);
    g_array_free(p->middles, TRUE);
    g_array_free(p->middles_once, TRUE);
    g_array_free(p->cells, TRUE);
    g_array_free(p->columns, TRUE);
}

/* Gives a part the line just above the line that opens it when it stands
 * in its first row, less than a line's height above (STACKED_HEAD_SHARE),
 * and shows no columns: a row whose cells are set in the middle of its
 * height starts a cell of two lines (a value wrapped, ≤120 万 / 元) half a
 * line above the line of its others, where the row above stands a line and
 * its padding above. */
static void pull_row_heads(GArray *lines, guint from, guint to, const gboolean *columns,
                           int *part_of)
{
    for (guint k = from + 1; k < to; k++) {
        const text_line *above = &g_array_index(lines, text_line, k - 1),
                        *opener = &g_array_index(lines, text_line, k);
        if (part_of[k - from] != part_of[k - 1 - from] && !columns[k - 1 - from] &&
            opener->centre - above->centre < STACKED_HEAD_SHARE * MAX(opener->height, above->height))
            part_of[k - 1 - from] = part_of[k - from];
    }
}

/* Moves the columns of stacked parts among `lines`[from, to) onto the first
 * part's (see above). */
static void align_stacked_parts(GArray *lines, guint from, guint to)
{
    if (to <= from)
        return;
    GArray *parts = g_array_new(FALSE, FALSE, sizeof(stacked_part));
    g_array_set_clear_func(parts, part_clear);
    GPtrArray *cells = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
    int *part_of = g_new0(int, to - from);
    stacked_part first = part_new();
    g_array_append_val(parts, first);
    int cur = 0;
    double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE;
    for (guint k = from; k < to; k++) {
        const GArray *gs = g_array_index(lines, text_line, k).glyphs;
        x0 = MIN(x0, g_array_index(gs, glyph, 0).x0);
        x1 = MAX(x1, g_array_index(gs, glyph, gs->len - 1).x1);
    }
    gboolean *columns = g_new0(gboolean, to - from);
    for (guint k = from; k < to; k++) {
        GArray *ps = line_cells(&g_array_index(lines, text_line, k));
        g_ptr_array_add(cells, ps);
        columns[k - from] = shows_columns(ps, x1 - x0);
    }
    gboolean set_left = cells_set_left(cells, columns);
    for (guint k = from; k < to && set_left; k++) {
        GArray *ps = cells->pdata[k - from];
        stacked_part *now = &g_array_index(parts, stacked_part, cur);
        if (columns[k - from] && opens_part(now, ps)) {
            if (cur != 0 && back_in_first(&g_array_index(parts, stacked_part, 0), ps)) {
                cur = 0;
            } else {
                stacked_part fresh = part_new();
                g_array_append_val(parts, fresh);
                cur = (int)parts->len - 1;
            }
        }
        if (columns[k - from])
            take_line(&g_array_index(parts, stacked_part, cur), ps);
        part_of[k - from] = cur;
    }
    pull_row_heads(lines, from, to, columns, part_of);
    for (guint q = 0; q < parts->len; q++)
        part_columns(&g_array_index(parts, stacked_part, q));
    const stacked_part *top = &g_array_index(parts, stacked_part, 0);
    for (guint q = 1; q < parts->len; q++) {
        const stacked_part *p = &g_array_index(parts, stacked_part, q);
        double *targets = g_new(double, p->columns->len + 1);
        if (part_targets(p, top, targets))
            for (guint k = from; k < to; k++)
                if (part_of[k - from] == (int)q)
                    move_line(&g_array_index(lines, text_line, k), cells->pdata[k - from], p,
                              targets);
        g_free(targets);
    }
    g_free(part_of);
    g_free(columns);
    g_ptr_array_unref(cells);
    g_array_free(parts, TRUE);
}

/* Lines [from, to) written as their glyphs stand (one string each). */
static GPtrArray *unaligned_lines(GArray *lines, guint from, guint to, double left, double unit)
{
    GPtrArray *own = g_ptr_array_new_with_free_func(g_free);
    for (guint k = from; k < to; k++) {
        GString *one = g_string_new(NULL);
        GArray *pieces = g_array_new(FALSE, FALSE, sizeof(written_piece));
        write_line(one, &g_array_index(lines, text_line, k), left, unit, pieces);
        g_array_free(pieces, TRUE);
        g_ptr_array_add(own, g_string_free(one, FALSE));
    }
    return own;
}

/* Notes layout line `number`, moved by stacked parts, as it stood
 * (`written`, its line break cut; see jx_layout_carry's unmoved). */
static void note_unmoved(jx_layout_carry *carry, int number, const char *written)
{
    if (!carry->unmoved)
        carry->unmoved = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
    gsize n = strcspn(written, "\n");
    g_hash_table_replace(carry->unmoved, GINT_TO_POINTER(number), g_strndup(written, n));
}

/* A table a word processor parted at its page break reaches a web page as
 * tables one under the other, each repeating its header, and a browser
 * lays each out at widths of its own: printed on one page, the second
 * one's columns stand elsewhere than the first one's, and read as one table
 * its cells land in other columns (一级指标 over the level-2 labels,
 * chromium-web half f0203; wkhtml-web split f0137).  A line holding this
 * many header words (jx_taxonomy_label_heads) whole, under a header line
 * and rows, with its words set elsewhere than that header's, opens a table
 * of its own: the lines above it and those from it on are read apart, each
 * finding its own columns, the second's under its own header. */
#define REPRINTED_HEAD_MIN_WORDS 2
/* A header's line of cells spanning columns (半年（程）指标值 over 计算符号 |
 * 指标值 | 计量单位) stands half a row above the line of its words merged
 * down over both its rows: a line with no figure standing less than this
 * share of the gap above it over the header line is the header's too. */
#define REPRINTED_HEAD_SPAN_SHARE 0.75
/* A table shows its columns on this many rows with figures at least: one
 * a row or two long, read apart, runs its cells into one another, and
 * stays with the table it continues. */
#define REPRINTED_MIN_ROWS 6
/* The part above a reprinted header is the foot of a table a page break
 * cut: a few rows there keep its columns. */
#define REPRINTED_MIN_ROWS_ABOVE 3
/* Header words (序号, 一级指标 …) looked for where they stand. */
#define REPRINTED_MAX_HEADS 8
/* A header word set this share of its line's height or more from where
 * the header above set it stands in a column of other widths. */
#define REPRINTED_MOVED_SHARE 0.5

/* How many of the header words `line` holds whole (cells set touching
 * run their words together: 一级指标二级指标). */
static int whole_label_heads(const text_line *line)
{
    GString *text = g_string_new(NULL);
    for (guint i = 0; i < line->glyphs->len; i++)
        g_string_append_unichar(text, g_array_index(line->glyphs, glyph, i).c);
    char *norm = jx_norm_text(text->str);
    gsize n_heads;
    const char *const *heads = jx_taxonomy_label_heads(&n_heads);
    int found = 0;
    for (gsize h = 0; h < n_heads; h++)
        found += strstr(norm, heads[h]) != NULL;
    g_free(norm);
    g_string_free(text, TRUE);
    return found;
}

/* Where each header word (jx_taxonomy_label_heads, at most
 * REPRINTED_MAX_HEADS) starts on `line` (x of its first glyph), or NAN. */
static void label_head_starts(const text_line *line, double *x)
{
    gsize n_heads;
    const char *const *heads = jx_taxonomy_label_heads(&n_heads);
    for (gsize h = 0; h < REPRINTED_MAX_HEADS; h++)
        x[h] = NAN;
    guint n = line->glyphs->len;
    for (guint i = 0; i < n; i++) {
        GString *text = g_string_new(NULL);
        for (guint j = i; j < n && text->len < 64; j++) {
            g_string_append_unichar(text, g_array_index(line->glyphs, glyph, j).c);
            char *norm = jx_norm_text(text->str);
            for (gsize h = 0; h < n_heads && h < REPRINTED_MAX_HEADS; h++)
                if (isnan(x[h]) && strcmp(norm, heads[h]) == 0)
                    x[h] = g_array_index(line->glyphs, glyph, i).x0;
            g_free(norm);
        }
        g_string_free(text, TRUE);
    }
}

/* TRUE when the header lines `a` and `b` set their words at other places
 * (REPRINTED_MOVED_SHARE): tables of their own widths, where one table
 * repeating its header on the page keeps its columns. */
static gboolean heads_moved(const text_line *a, const text_line *b)
{
    double xa[REPRINTED_MAX_HEADS], xb[REPRINTED_MAX_HEADS];
    label_head_starts(a, xa);
    label_head_starts(b, xb);
    double slack = REPRINTED_MOVED_SHARE * MAX(MAX(a->height, b->height), 1.0);
    for (int h = 0; h < REPRINTED_MAX_HEADS; h++)
        if (!isnan(xa[h]) && !isnan(xb[h]) && fabs(xa[h] - xb[h]) > slack)
            return TRUE;
    return FALSE;
}

/* TRUE when `line` holds a digit (a row's number or figure). */
static gboolean line_has_digit(const text_line *line)
{
    for (guint i = 0; i < line->glyphs->len; i++)
        if (g_unichar_isdigit(g_array_index(line->glyphs, glyph, i).c))
            return TRUE;
    return FALSE;
}

/* The first line of the header at line `k` of `lines` (from `from` on):
 * its lines above with no figure pulled in, each closer to the next than
 * REPRINTED_HEAD_SPAN_SHARE of the gap above it (a spanning line, or a
 * header of three lines: 绩效指标 over 序号 | 指标值 over 一级指标 …). */
static guint header_top(const GArray *lines, guint from, guint k)
{
    guint top = k;
    double inside = 0.0; /* the widest gap between the lines pulled in */
    for (guint j = k; j >= from + 2; j--) {
        const text_line *l = &g_array_index(lines, text_line, j),
                        *span = &g_array_index(lines, text_line, j - 1),
                        *before = &g_array_index(lines, text_line, j - 2);
        if (line_has_digit(span))
            break;
        inside = MAX(inside, l->centre - span->centre);
        if (inside < REPRINTED_HEAD_SPAN_SHARE * (span->centre - before->centre))
            top = j - 1;
    }
    return top;
}

/* The last line of the header whose words stand on line `k` of `lines`
 * (before `to`): its lines below with no figure, each closer to the line
 * above than REPRINTED_HEAD_SPAN_SHARE of the gap below it (the second row
 * a header word merged over two rows stands beside: 计算符号 | 指标值 |
 * 计量单位 half a row under 一级指标), header_top's mirror. */
static guint header_bottom(const GArray *lines, guint k, guint to)
{
    guint bottom = k;
    double inside = 0.0; /* the widest gap between the lines pulled in */
    for (guint j = k; j + 2 < to; j++) {
        const text_line *l = &g_array_index(lines, text_line, j),
                        *span = &g_array_index(lines, text_line, j + 1),
                        *after = &g_array_index(lines, text_line, j + 2);
        if (line_has_digit(span))
            break;
        inside = MAX(inside, span->centre - l->centre);
        if (inside >= REPRINTED_HEAD_SPAN_SHARE * (after->centre - span->centre))
            break;
        bottom = j + 1;
    }
    return bottom;
}

/* The next header line (REPRINTED_HEAD_MIN_WORDS) of `lines` from `k` on
 * before `to`, or `to`. */
static guint next_header_line(const GArray *lines, guint k, guint to)
{
    while (k < to && whole_label_heads(&g_array_index(lines, text_line, k)) < REPRINTED_HEAD_MIN_WORDS)
        k++;
    return k;
}

/* How many lines of `lines` in [a, b) hold a figure or a row number. */
static guint rows_with_figures(const GArray *lines, guint a, guint b)
{
    guint rows = 0;
    for (guint k = a; k < b; k++)
        rows += line_has_digit(&g_array_index(lines, text_line, k));
    return rows;
}

/* How many lines of `lines` in [a, b) stand in two pieces or more
 * (line_in_pieces): rows, a label centred between them or a wrapped
 * line's rest left out. */
static guint rows_in_pieces(const GArray *lines, guint a, guint b)
{
    guint rows = 0;
    for (guint k = a; k < b; k++)
        rows += line_in_pieces(&g_array_index(lines, text_line, k));
    return rows;
}

/* The first line of `lines` in (from, to) that opens a reprinted header
 * (see REPRINTED_HEAD_MIN_WORDS): where REPRINTED_MIN_ROWS_ABOVE rows stand
 * under the header above it — rows with figures, the last just above it,
 * or rows of two pieces or more under that header's last line (a table
 * whose values are all text: 健全, 按进度推进; chromium-web and wkhtml-web
 * half f0203) — and REPRINTED_MIN_ROWS rows with figures under its own;
 * `to` when none. */
static guint reprinted_header(const GArray *lines, guint from, guint to)
{
    guint head = next_header_line(lines, from, to);
    while (head < to) {
        guint next = next_header_line(lines, head + 1, to);
        if (next >= to)
            return to;
        guint top = header_top(lines, head + 1, next);
        guint after = next_header_line(lines, next + 1, to);
        guint end = after < to ? header_top(lines, next + 1, after) : to;
        gboolean rows_above =
            (line_has_digit(&g_array_index(lines, text_line, top - 1)) &&
             rows_with_figures(lines, head + 1, top) >= REPRINTED_MIN_ROWS_ABOVE) ||
            rows_in_pieces(lines, header_bottom(lines, head, top) + 1, top) >=
                REPRINTED_MIN_ROWS_ABOVE;
        if (rows_above &&
            heads_moved(&g_array_index(lines, text_line, head),
                        &g_array_index(lines, text_line, next)) &&
            rows_with_figures(lines, next + 1, end) >= REPRINTED_MIN_ROWS)
            return top;
        head = next;
    }
    return to;
}

/* Splits the layout lines from `*k` down to `stop` (y) as text of the page,
 * with the pieces that continue a cell wrapped from the line above marked;
 * its lines are numbered on from `*line_base`, which is moved past them.
 * With `may_hold` (the page's last text) its tail may be held for the next
 * page (see jx_layout_carry). */
static void split_lines_above(jx_source *src, GArray *lines, guint *k, double stop, double left,
                              double unit, int page, int *line_base, gboolean may_hold,
                              jx_layout_carry *carry)
{
    GString *text = g_string_new(NULL);
    GArray *done = g_array_new(FALSE, FALSE, sizeof(GArray *)); /* lines' pieces */
    g_array_set_clear_func(done, pieces_clear);
    GHashTable *continued = g_hash_table_new(g_direct_hash, g_direct_equal);
    GArray *numbers = g_array_new(FALSE, FALSE, sizeof(int)); /* of `done`'s lines */
    const text_line *prev = NULL;
    int number = 0; /* of the layout line being written, 1-based */
    guint end = *k;
    while (end < lines->len && g_array_index(lines, text_line, end).centre < stop)
        end++;
    /* A tail held for the next page is read in that page's columns, where
     * its glyphs stand: where stacked parts moved the page's lines onto
     * another part's columns, the lines moved are held as they stood (a
     * header's first line at the foot, moved onto the metadata table's
     * columns above it, would stand off the next page's columns) */
    GPtrArray *own = may_hold ? unaligned_lines(lines, *k, end, left, unit) : NULL;
    align_stacked_parts(lines, *k, end);
    guint first = *k;
    for (; *k < lines->len; (*k)++) {
        const text_line *l = &g_array_index(lines, text_line, *k);
        if (l->centre >= stop)
            break;
        if (prev && (set_apart(prev, l) || set_apart_under(prev, l))) {
            g_string_append_c(text, '\n');
            number++;
        }
        GArray *now = g_array_new(FALSE, FALSE, sizeof(written_piece));
        gsize written = text->len;
        write_line(text, l, left, unit, now);
        int at = *line_base + ++number;
        g_array_append_val(numbers, at);
        if (own && *k - first < own->len &&
            strcmp(text->str + written, (const char *)own->pdata[*k - first]) != 0)
            note_unmoved(carry, at, own->pdata[*k - first]);
        g_array_append_val(done, now);
        prev = l;
    }
    mark_wrapped_pieces(done, (const int *)numbers->data, continued);
    /* the page's last text may hold its tail (a header's first line at the
     * foot) for the next page; lines held from the page before are read
     * before anything below them, a ruled table too */
    carry->may_hold = may_hold;
    if (text->len || (carry->held && carry->held->len))
        jx_text_split_page(src, text->str, text->len, page, *line_base, continued, carry);
    carry->may_hold = FALSE;
    if (carry->unmoved)
        g_hash_table_remove_all(carry->unmoved);
    if (own)
        g_ptr_array_free(own, TRUE);
    *line_base += number;
    g_hash_table_unref(continued);
    g_array_free(done, TRUE);
    g_array_free(numbers, TRUE);
    g_string_free(text, TRUE);
}

/* split_lines_above, each table a reprinted header opens (see
 * REPRINTED_HEAD_MIN_WORDS) read apart: the table above it ends there, and
 * leaves no columns for the one below to read by. */
static void split_lines_in_tables(jx_source *src, GArray *lines, guint *k, double stop,
                                  double left, double unit, int page, int *line_base,
                                  gboolean may_hold, jx_layout_carry *carry)
{
    guint end = *k;
    while (end < lines->len && g_array_index(lines, text_line, end).centre < stop)
        end++;
    for (guint cut; (cut = reprinted_header(lines, *k, end)) < end;) {
        split_lines_above(src, lines, k, g_array_index(lines, text_line, cut).centre, left, unit,
                          page, line_base, FALSE, carry);
        carry->open = FALSE;
    }
    split_lines_above(src, lines, k, stop, left, unit, page, line_base, may_hold, carry);
}

/*
 * The lines a page prints under its last ruled table, up to the first line
 * set apart from them (a page number below), read as one row: a browser
 * prints a ruled table's row that a page break cuts at the page's foot
 * without its bottom rule, so no cell is found there (`服务对象满意度指` /
 * `满意度指标  严格执行…等  学生家长满意度  98%` / `标`).  The line of most
 * pieces gives the cells; every piece of the other lines joins the cell it
 * stands over or under (a wrapped line of it), or is a cell of its own (a
 * label wrapped around that line), in column order.  Whether the row is the
 * table's is parse's to say (jx_grid_set_loose); the lines go on as lines.
 */

/* A piece of a loose line: its text and the display columns it covers. */
typedef struct {
    GString *text;
    int start, end;
} loose_piece;

static void loose_piece_free(gpointer p)
{
    loose_piece *piece = p;
    g_string_free(piece->text, TRUE);
    g_free(piece);
}

static loose_piece *loose_piece_new(int start, int end)
{
    loose_piece *piece = g_new0(loose_piece, 1);
    piece->text = g_string_new(NULL);
    piece->start = start;
    piece->end = end;
    return piece;
}

/* The cell of `cells` (sorted by column) that `wp` stands over or under, or
 * a new one for it at its place in column order. */
static loose_piece *loose_cell_of(GPtrArray *cells, const written_piece *wp)
{
    guint at = 0;
    for (; at < cells->len; at++) {
        loose_piece *c = cells->pdata[at];
        if (wp->col < c->end && c->start < wp->col_end)
            return c;
        if (c->start > wp->col)
            break;
    }
    loose_piece *cell = loose_piece_new(wp->col, wp->col_end);
    g_ptr_array_insert(cells, (gint)at, cell);
    return cell;
}

/* The loose row of the lines from `k` on (see above), or NULL when no line
 * has two pieces (no row's cells).  `line_base`: the layout lines before
 * them, numbered as split_lines_above numbers them. */
static jx_grid *loose_row_grid(const GArray *lines, guint k, double left, double unit, int page,
                               int line_base)
{
    GString *text = g_string_new(NULL);
    GPtrArray *written = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
    GArray *numbers = g_array_new(FALSE, FALSE, sizeof(int));
    guint spine = 0;
    int number = 0;
    for (const text_line *prev = NULL; k < lines->len; k++) {
        const text_line *l = &g_array_index(lines, text_line, k);
        if (prev && set_apart(prev, l))
            break;
        GArray *now = g_array_new(FALSE, FALSE, sizeof(written_piece));
        write_line(text, l, left, unit, now);
        g_ptr_array_add(written, now);
        int at = line_base + ++number;
        g_array_append_val(numbers, at);
        if (now->len > ((GArray *)written->pdata[spine])->len)
            spine = written->len - 1;
        prev = l;
    }
    jx_grid *grid = NULL;
    const GArray *widest = written->len ? written->pdata[spine] : NULL;
    if (widest && widest->len >= 2) {
        GPtrArray *cells = g_ptr_array_new_with_free_func(loose_piece_free);
        for (guint p = 0; p < widest->len; p++) {
            const written_piece *wp = &g_array_index(widest, written_piece, p);
            g_ptr_array_add(cells, loose_piece_new(wp->col, wp->col_end));
        }
        for (guint i = 0; i < written->len; i++) {
            const GArray *now = written->pdata[i];
            for (guint p = 0; p < now->len; p++) {
                const written_piece *wp = &g_array_index(now, written_piece, p);
                loose_piece *cell = loose_cell_of(cells, wp);
                if (cell->text->len)
                    g_string_append_c(cell->text, '\n');
                g_string_append_len(cell->text, text->str + wp->start, (gssize)(wp->end - wp->start));
            }
        }
        grid = jx_grid_new();
        jx_grid_set_loose(grid);
        jx_grid_set_row_origin(grid, 0, g_array_index(numbers, int, spine), page);
        for (guint c = 0; c < cells->len; c++)
            jx_grid_add_cell(grid, 0, (int)c, 1, 1, ((loose_piece *)cells->pdata[c])->text->str);
        g_ptr_array_unref(cells);
    }
    g_array_free(numbers, TRUE);
    g_ptr_array_unref(written);
    g_string_free(text, TRUE);
    return grid;
}

/* ------------------------------------------------------------ turned pages */

/* How a page's text runs as drawn: a page turned by /Rotate is drawn turned,
 * its lines running down (or up, or right to left) instead of across. */
typedef enum { RUNS_ACROSS, RUNS_DOWN, RUNS_BACK, RUNS_UP } text_run;

/* The way most neighbouring characters (in the text's own order) follow one
 * another. */
static text_run text_direction(GArray *glyphs)
{
    int votes[4] = {0};
    for (guint i = 1; i < glyphs->len; i++) {
        const glyph *a = &g_array_index(glyphs, glyph, i - 1), *b = &g_array_index(glyphs, glyph, i);
        double dx = (b->x0 + b->x1 - a->x0 - a->x1) / 2, dy = (b->y0 + b->y1 - a->y0 - a->y1) / 2;
        double size = MAX(MAX(a->x1 - a->x0, a->y1 - a->y0), 1.0);
        if (fabs(dx) + fabs(dy) > 2 * size || fabs(dx) + fabs(dy) < 0.01)
            continue; /* not neighbours */
        votes[fabs(dx) >= fabs(dy) ? (dx > 0 ? RUNS_ACROSS : RUNS_BACK) : (dy > 0 ? RUNS_DOWN : RUNS_UP)]++;
    }
    text_run best = RUNS_ACROSS;
    for (int r = 1; r < 4; r++)
        if (votes[r] > votes[best])
            best = (text_run)r;
    return best;
}

/* Turns a box drawn on a page whose text runs `run` upright: x across the
 * text, y down its lines.  The drawing is `dw` × `dh` points. */
static void upright_box(text_run run, double dw, double dh, double *x0, double *y0, double *x1,
                        double *y1)
{
    double a = *x0, b = *y0, c = *x1, d = *y1;
    switch (run) {
    case RUNS_DOWN: *x0 = b, *x1 = d, *y0 = dw - c, *y1 = dw - a; break;
    case RUNS_UP: *x0 = dh - d, *x1 = dh - b, *y0 = a, *y1 = c; break;
    case RUNS_BACK: *x0 = dw - c, *x1 = dw - a, *y0 = dh - d, *y1 = dh - b; break;
    default: break;
    }
}

static void upright_glyphs(GArray *glyphs, text_run run, double dw, double dh)
{
    for (guint i = 0; i < glyphs->len; i++) {
        glyph *g = &g_array_index(glyphs, glyph, i);
        upright_box(run, dw, dh, &g->x0, &g->y0, &g->x1, &g->y1);
    }
}

/* Turns the rules found on a turned drawing upright: for a quarter turn the
 * horizontal ones become vertical and the other way round. */
static void upright_rules(GArray **hs, GArray **vs, text_run run, double dw, double dh)
{
    if (run == RUNS_ACROSS)
        return;
    GArray *h2 = g_array_new(FALSE, FALSE, sizeof(rule)), *v2 = g_array_new(FALSE, FALSE, sizeof(rule));
    for (int pass = 0; pass < 2; pass++) {
        GArray *from = pass == 0 ? *hs : *vs;
        for (guint i = 0; i < from->len; i++) {
            const rule *r = &g_array_index(from, rule, i);
            /* as a box: a horizontal rule spans x = lo..hi at y = pos */
            double x0 = pass == 0 ? r->lo : r->pos, x1 = pass == 0 ? r->hi : r->pos;
            double y0 = pass == 0 ? r->pos : r->lo, y1 = pass == 0 ? r->pos : r->hi;
            upright_box(run, dw, dh, &x0, &y0, &x1, &y1);
            gboolean horizontal = y1 - y0 < x1 - x0;
            rule turned = {horizontal ? y0 : x0, horizontal ? x0 : y0, horizontal ? x1 : y1, -1,
                          r->edge};
            g_array_append_val(horizontal ? h2 : v2, turned);
        }
    }
    g_array_sort(h2, by_pos);
    g_array_sort(v2, by_pos);
    g_array_free(*hs, TRUE);
    g_array_free(*vs, TRUE);
    *hs = h2;
    *vs = v2;
}

/* A text layer made with a font that has no Unicode map comes out as
 * private-use characters, U+FFFD or control characters: when this share of a
 * page's characters or more is such, the page's text cannot be read. */
#define UNMAPPED_SHARE 0.3

static gboolean unmapped(gunichar c)
{
    return (c >= 0xE000 && c <= 0xF8FF) || c == 0xFFFD || (c >= 0xF0000 && c <= 0x10FFFF) ||
           g_unichar_type(c) == G_UNICODE_CONTROL || g_unichar_type(c) == G_UNICODE_UNASSIGNED;
}

static gboolean text_unreadable(GArray *glyphs)
{
    guint bad = 0;
    for (guint i = 0; i < glyphs->len; i++)
        bad += unmapped(g_array_index(glyphs, glyph, i).c);
    return bad >= UNMAPPED_SHARE * glyphs->len;
}

typedef enum { PAGE_READ, PAGE_BLANK, PAGE_NO_TEXT, PAGE_UNMAPPED } page_outcome;

/* A page without text is blank, not a scan, when it shows no image and
 * draws no ink either (LibreOffice Writer/Web prints an empty first page
 * before an HTML page's content): nothing on it is left unread.  Ink
 * without text or image stays unread text (characters drawn as outlines). */
static gboolean page_blank(PopplerPage *page)
{
    GList *images = pdflib()->poppler_page_get_image_mapping(page);
    gboolean blank = images == NULL;
    pdflib()->poppler_page_free_image_mapping(images);
    int w, h;
    guint8 *mask = blank ? ink_mask(page, FALSE, &w, &h) : NULL;
    blank = mask && memchr(mask, 1, (gsize)w * h) == NULL; /* no render: not known blank */
    g_free(mask);
    return blank;
}

/* Whether the text Poppler gathers while drawing a page is its content's
 * alone, as the text pass reads it: drawing also draws the annotations
 * (a form field's value, a free-text note), which the text pass leaves
 * out; a link draws nothing. */
static gboolean draws_content_text_only(PopplerPage *page)
{
    GList *annots = pdflib()->poppler_page_get_annot_mapping(page);
    gboolean links_only = TRUE;
    for (GList *l = annots; l && links_only; l = l->next) {
        const PopplerAnnotMapping *m = l->data;
        links_only = pdflib()->poppler_annot_get_annot_type(m->annot) == POPPLER_ANNOT_LINK;
    }
    pdflib()->poppler_page_free_annot_mapping(annots);
    return links_only;
}

/* The ink of a page, where it may have been drawn upright before its glyphs
 * were read (`drawn`; `upright`, w × h, NULL when it could not be): that
 * drawing for an upright page, a new one on its square for a turned one
 * (see render_page). */
static guint8 *ink_for_run(PopplerPage *page, guint8 *upright, gboolean drawn, gboolean turned,
                           int *w, int *h)
{
    if (drawn && !turned)
        return upright;
    g_free(upright);
    return ink_mask(page, turned, w, h);
}

/*
 * wkhtmltopdf prints a line of text that a page break cuts through on both
 * pages, each copy clipped to its half (a web page printed: the row's top
 * half at the foot of one page, its bottom half atop the next), and the
 * text layer holds the whole line twice: the row was read twice.  A page's
 * first line holding the same characters at the same places as the last
 * line of the page before (within REPEATED_CUT_LINE_SLACK) is that copy,
 * and is left out.  Chromium moves such a line to the next page whole.
 */
#define REPEATED_CUT_LINE_SLACK 0.5 /* pt: the same layout places a glyph exactly */

/* Frees a line's glyphs (g_clear_pointer's form). */
static void free_glyphs(GArray *glyphs)
{
    g_array_free(glyphs, TRUE);
}

/* TRUE when the glyphs `a` and `b` are the same characters set at the same
 * places across (REPEATED_CUT_LINE_SLACK). */
static gboolean same_glyphs_across(const GArray *a, const GArray *b)
{
    if (a->len != b->len || !a->len)
        return FALSE;
    for (guint i = 0; i < a->len; i++) {
        const glyph *ga = &g_array_index(a, glyph, i), *gb = &g_array_index(b, glyph, i);
        if (ga->c != gb->c || fabs(ga->x0 - gb->x0) > REPEATED_CUT_LINE_SLACK ||
            fabs(ga->x1 - gb->x1) > REPEATED_CUT_LINE_SLACK)
            return FALSE;
    }
    return TRUE;
}

/* Leaves out the first of a page's `lines` when it repeats `foot`, the last
 * line of the page before (see REPEATED_CUT_LINE_SLACK), and keeps a copy
 * of this page's last line's glyphs in `*foot` for the next page. */
static void drop_line_repeated_over_break(GArray *lines, GArray **foot)
{
    if (*foot && lines->len > 1 &&
        same_glyphs_across(*foot, g_array_index(lines, text_line, 0).glyphs)) {
        g_array_free(g_array_index(lines, text_line, 0).glyphs, TRUE);
        g_array_remove_index(lines, 0);
    }
    g_clear_pointer(foot, free_glyphs);
    if (lines->len) {
        const GArray *last = g_array_index(lines, text_line, lines->len - 1).glyphs;
        *foot = g_array_sized_new(FALSE, FALSE, sizeof(glyph), last->len);
        g_array_append_vals(*foot, last->data, last->len);
    }
}

/* Reads one page into `src`, its layout lines numbered on from `*line_base`
 * (the lines of the pages before); `*foot` is the last line of the page
 * before when that was read borderless (see REPEATED_CUT_LINE_SLACK). */
static page_outcome read_page(jx_source *src, PopplerPage *page, int number, int *line_base,
                              jx_layout_carry *carry, GArray **foot)
{
    if (!page) {
        carry->open = FALSE; /* a page that cannot be read ends a table */
        return PAGE_NO_TEXT;
    }
    /* drawn before its glyphs are read: Poppler keeps the characters it
     * meets while drawing a page as the page's text, which page_glyphs then
     * reads instead of going through the page a second time (each pass
     * loads every font the page names: most of a Chromium PDF's time) */
    int w = 0, h = 0;
    gboolean drawn = draws_content_text_only(page);
    guint8 *upright = drawn ? ink_mask(page, FALSE, &w, &h) : NULL;
    gboolean cut = FALSE;
    GArray *glyphs = page_glyphs(page, &cut);
    if (!glyphs->len || text_unreadable(glyphs)) {
        g_free(upright);
        page_outcome got = glyphs->len       ? PAGE_UNMAPPED
                           : page_blank(page) ? PAGE_BLANK
                                              : PAGE_NO_TEXT;
        g_array_free(glyphs, TRUE);
        carry->open = FALSE;
        return got;
    }
    double pw, ph;
    pdflib()->poppler_page_get_size(page, &pw, &ph);
    text_run run = text_direction(glyphs);
    /* a turned page is read on a square of its longer side (see render_page) */
    double dw = run == RUNS_ACROSS ? pw : MAX(pw, ph), dh = run == RUNS_ACROSS ? ph : MAX(pw, ph);
    upright_glyphs(glyphs, run, dw, dh);
    double unit = column_unit(glyphs), left = G_MAXDOUBLE;
    for (guint k = 0; k < glyphs->len; k++)
        left = MIN(left, g_array_index(glyphs, glyph, k).x0);
    /* a display column of the layout text at x = left + column × unit */
    carry->origin = left;
    carry->scale = unit;

    GPtrArray *tables = NULL;
    guint8 *mask = ink_for_run(page, upright, drawn, run != RUNS_ACROSS, &w, &h);
    if (mask) {
        GArray *hs = find_rules(mask, w, h, TRUE), *vs = find_rules(mask, w, h, FALSE);
        g_free(mask);
        upright_rules(&hs, &vs, run, dw, dh);
        keep_framed(hs, vs);
        snap_offset_rules(hs, vs, glyphs);
        tables = ruled_tables(hs, vs, glyphs);
        g_array_free(hs, TRUE);
        g_array_free(vs, TRUE);
        g_ptr_array_sort(tables, by_top);
    } else {
        tables = g_ptr_array_new();
    }
    GArray *rest = place_glyphs(glyphs, tables);
    g_array_free(glyphs, TRUE);
    GArray *lines = group_lines(rest);
    g_array_free(rest, TRUE);
    if (tables->len) /* a ruled table's text is not in `lines`: their last is not the page's */
        g_clear_pointer(foot, free_glyphs);
    else
        drop_line_repeated_over_break(lines, foot);
    join_split_levels(lines);
    signs_to_their_figures(lines);
    part_middle_levels(lines);
    if (cut)
        part_lopsided_middles(lines);
    part_stacked_lines(lines);
    join_names_into_label_stacks(lines);
    /* cells a word space apart only on pages whose boxes were cut
     * (Chromium's): wkhtmltopdf's prints of the same pages, parted so, lost
     * rows (the second page of wkhtml-web dept f0139, whose first lines
     * stand further left than the rest; f0164, f0289) */
    part_at_column_starts(lines, cut);
    unit = piece_lines_unit(lines, left, unit);
    lift_centred_lines(lines, left, unit);
    if (!cut) /* its margins are box heights: boxes cut to size (Chromium's) measure no padding */
        lift_values_under_names(lines, left, unit);
    carry->scale = unit;
    guint k = 0;
    for (guint i = 0; i < tables->len; i++) {
        const ruled_table *t = tables->pdata[i];
        split_lines_in_tables(src, lines, &k, t->ys[0], left, unit, number, line_base, FALSE, carry);
        jx_source_add_grid(src, table_grid(t, number), 0, number);
        carry->open = FALSE; /* a ruled table after a borderless one ends it */
    }
    jx_grid *loose = tables->len ? loose_row_grid(lines, k, left, unit, number, *line_base) : NULL;
    if (loose)
        jx_source_add_grid(src, loose, 0, number);
    /* the page's last text may hold its tail (a header's line at the foot)
     * for the next page; not when a row the rules left out stands under
     * the last ruled table: the lines under it are that row's */
    split_lines_in_tables(src, lines, &k, G_MAXDOUBLE, left, unit, number, line_base, !loose,
                          carry);
    free_lines(lines);
    g_ptr_array_unref(tables);
    return PAGE_READ;
}

/* One line for the pages a readable PDF could not give text for: the
 * scanned ones (no text layer) and those whose font has no Unicode map, with
 * what to do about each (`scanned`, `unmapped`: page lists, "" for none). */
static char *unreadable_pages_said(const char *scanned, const char *unmapped)
{
    GString *said = g_string_new(NULL);
    if (*scanned)
        g_string_append_printf(said, "page(s) %s have no text layer (scanned?) and were left "
                               "out; run OCR first, e.g. ocrmypdf --skip-text -l chi_sim", scanned);
    if (*unmapped)
        g_string_append_printf(said, "%spage(s) %s use a font without a Unicode map and were "
                               "left out; OCR them, e.g. ocrmypdf --force-ocr -l chi_sim",
                               said->len ? "; " : "", unmapped);
    return g_string_free(said, FALSE);
}

/* Opens a PDF (Poppler takes a reference to `bytes`), loading Poppler and
 * cairo on the process's first (pdflib.h); NULL with `error` set:
 * JX_ERROR_UNSUPPORTED for an encrypted file or libraries not installed,
 * JX_ERROR_FORMAT for a broken file. */
static PopplerDocument *open_document(GBytes *bytes, GError **error)
{
    const jx_pdflib *lib = jx_pdflib_load(error);
    if (!lib)
        return NULL;
    GError *local = NULL;
    PopplerDocument *doc = lib->poppler_document_new_from_bytes(bytes, NULL, &local);
    if (!doc) {
        gboolean locked =
            g_error_matches(local, lib->poppler_error_quark(), POPPLER_ERROR_ENCRYPTED);
        g_set_error(error, JX_ERROR, locked ? JX_ERROR_UNSUPPORTED : JX_ERROR_FORMAT,
                    locked ? "the PDF is encrypted; save an unprotected copy first"
                           : "the PDF cannot be read (%s); check that the file is whole",
                    local ? local->message : "broken file");
        g_clear_error(&local);
    }
    return doc;
}

/* See extract.h. */
gboolean jx_pdf_read(jx_source *src, const guint8 *data, gsize len, GError **error)
{
    /* Poppler reads the caller's bytes in place: they outlive `doc`, which
     * is released before this returns (a copy would hold the file twice). */
    GBytes *bytes = g_bytes_new_static(data, len);
    PopplerDocument *doc = open_document(bytes, error);
    g_bytes_unref(bytes);
    if (!doc)
        return FALSE;
    int n = pdflib()->poppler_document_get_n_pages(doc), with_text = 0, lines = 0;
    GString *scanned = g_string_new(NULL), *unmapped_pages = g_string_new(NULL);
    /* borderless tables' columns, page to page */
    jx_layout_carry carry = {.positioned = TRUE};
    GArray *foot = NULL; /* the page before's last line (see REPEATED_CUT_LINE_SLACK) */
    for (int i = 0; i < n; i++) {
        PopplerPage *page = pdflib()->poppler_document_get_page(doc, i);
        page_outcome got = read_page(src, page, i + 1, &lines, &carry, &foot);
        if (got != PAGE_READ) /* a page between: the lines around it are not one cut line */
            g_clear_pointer(&foot, free_glyphs);
        if (page)
            g_object_unref(page);
        if (got == PAGE_READ) {
            with_text++;
            continue;
        }
        if (got == PAGE_BLANK)
            continue;
        GString *list = got == PAGE_UNMAPPED ? unmapped_pages : scanned;
        g_string_append_printf(list, "%s%d", list->len ? ", " : "", i + 1);
        if (got == PAGE_UNMAPPED)
            jx_source_add_warning(src, "page %d: its text uses a font without a Unicode map "
                                  "(it reads as private-use or unknown characters) and was "
                                  "left out; OCR the page, e.g. ocrmypdf --force-ocr -l chi_sim",
                                  i + 1);
        else
            jx_source_add_warning(src, "page %d has no text layer (a scan?); run OCR first, "
                                  "e.g. ocrmypdf -l chi_sim", i + 1);
    }
    if (foot)
        g_array_free(foot, TRUE);
    if (carry.held && carry.held->len) /* the last page's tail: read where it stands */
        jx_text_split_page(src, "", 0, n, lines, NULL, &carry);
    if (with_text && (scanned->len || unmapped_pages->len))
        src->unreadable = unreadable_pages_said(scanned->str, unmapped_pages->str);
    g_string_free(scanned, TRUE);
    g_string_free(unmapped_pages, TRUE);
    jx_layout_carry_clear(&carry);
    g_object_unref(doc);
    src->pages = n;
    if (!with_text) {
        g_set_error(error, JX_ERROR, JX_ERROR_EMPTY,
                    "the PDF has no readable text layer (%d page(s): a scan, or fonts without "
                    "a Unicode map); run OCR first, e.g. ocrmypdf --force-ocr -l chi_sim in.pdf "
                    "out.pdf",
                    n);
        return FALSE;
    }
    return TRUE;
}

/* ------------------------------------------------------------ show */

static void stroke_box(cairo_t *cr, double x0, double y0, double x1, double y1)
{
    pdflib()->cairo_rectangle(cr, x0, y0, x1 - x0, y1 - y0);
    pdflib()->cairo_stroke(cr);
}

static void draw_rules(cairo_t *cr, GArray *hs, GArray *vs)
{
    for (guint i = 0; i < hs->len; i++) {
        const rule *r = &g_array_index(hs, rule, i);
        pdflib()->cairo_move_to(cr, r->lo, r->pos);
        pdflib()->cairo_line_to(cr, r->hi, r->pos);
    }
    for (guint i = 0; i < vs->len; i++) {
        const rule *r = &g_array_index(vs, rule, i);
        pdflib()->cairo_move_to(cr, r->pos, r->lo);
        pdflib()->cairo_line_to(cr, r->pos, r->hi);
    }
    pdflib()->cairo_stroke(cr);
}

/* See jixiao.h. */
gboolean jx_pdf_show(const char *path, int page_number, const char *png, GError **error)
{
    g_return_val_if_fail(path != NULL && png != NULL, FALSE);
    char *data = NULL;
    gsize len = 0;
    GError *local = NULL;
    if (!g_file_get_contents(path, &data, &len, &local)) {
        g_set_error(error, JX_ERROR, JX_ERROR_IO, "%s: cannot read: %s", path, local->message);
        g_error_free(local);
        return FALSE;
    }
    GBytes *bytes = g_bytes_new_take(data, len);
    PopplerDocument *doc = open_document(bytes, &local);
    g_bytes_unref(bytes);
    if (!doc) {
        g_set_error(error, JX_ERROR, local->code, "%s: %s", path, local->message);
        g_error_free(local);
        return FALSE;
    }
    int n = pdflib()->poppler_document_get_n_pages(doc);
    if (page_number < 1 || page_number > n) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT, "%s: no page %d (it has %d)", path,
                    page_number, n);
        g_object_unref(doc);
        return FALSE;
    }
    PopplerPage *page = pdflib()->poppler_document_get_page(doc, page_number - 1);
    /* drawn as Poppler draws it, turned pages too (on a square, whole); the
     * rules are found as parsing finds them, on the page drawn without text */
    GArray *glyphs = page ? page_glyphs(page, NULL) : NULL;
    gboolean turned = glyphs && text_direction(glyphs) != RUNS_ACROSS;
    int w, h;
    guint8 *mask = page ? ink_mask(page, turned, &w, &h) : NULL;
    cairo_surface_t *s = mask ? render_page(page, turned, TRUE) : NULL;
    gboolean ok = s != NULL;
    if (!ok) {
        g_free(mask);
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT, "%s: page %d cannot be rendered", path,
                    page_number);
    } else {
        GArray *hs = find_rules(mask, w, h, TRUE), *vs = find_rules(mask, w, h, FALSE);
        g_free(mask);
        GArray *all_h = g_array_copy(hs), *all_v = g_array_copy(vs);
        keep_framed(hs, vs);
        snap_offset_rules(hs, vs, glyphs);
        GPtrArray *tables = ruled_tables(hs, vs, glyphs);
        cairo_t *cr = pdflib()->cairo_create(s);
        pdflib()->cairo_scale(cr, RENDER_SCALE, RENDER_SCALE);
        /* every long run: grey; the rules kept: red; each table's cells: blue
         * (a merged cell is one box); text outside tables: green lines */
        pdflib()->cairo_set_line_width(cr, 0.6);
        pdflib()->cairo_set_source_rgba(cr, 0.5, 0.5, 0.5, 0.8);
        draw_rules(cr, all_h, all_v);
        pdflib()->cairo_set_line_width(cr, 1.2);
        pdflib()->cairo_set_source_rgba(cr, 0.9, 0.1, 0.1, 0.8);
        draw_rules(cr, hs, vs);
        pdflib()->cairo_set_line_width(cr, 0.8);
        pdflib()->cairo_set_source_rgba(cr, 0.1, 0.3, 0.95, 0.9);
        for (guint k = 0; k < tables->len; k++) {
            const ruled_table *t = tables->pdata[k];
            for (guint i = 0; i < t->cells->len; i++) {
                const ruled_cell *c = &g_array_index(t->cells, ruled_cell, i);
                stroke_box(cr, t->xs[c->col] + 1, t->ys[c->row] + 1,
                           t->xs[c->col + c->colspan] - 1, t->ys[c->row + c->rowspan] - 1);
            }
        }
        GArray *rest = place_glyphs(glyphs, tables);
        GArray *lines = group_lines(rest);
        pdflib()->cairo_set_source_rgba(cr, 0.1, 0.7, 0.2, 0.9);
        for (guint k = 0; k < lines->len; k++) {
            const text_line *l = &g_array_index(lines, text_line, k);
            const glyph *first = &g_array_index(l->glyphs, glyph, 0);
            const glyph *last = &g_array_index(l->glyphs, glyph, l->glyphs->len - 1);
            stroke_box(cr, first->x0, l->centre - l->height / 2, last->x1, l->centre + l->height / 2);
        }
        free_lines(lines);
        g_array_free(rest, TRUE);
        pdflib()->cairo_destroy(cr);
        g_ptr_array_unref(tables);
        g_array_free(hs, TRUE);
        g_array_free(vs, TRUE);
        g_array_free(all_h, TRUE);
        g_array_free(all_v, TRUE);
        cairo_status_t st = pdflib()->cairo_surface_write_to_png(s, png);
        if (st != CAIRO_STATUS_SUCCESS) {
            g_set_error(error, JX_ERROR, JX_ERROR_OUTPUT, "%s: cannot write: %s", png,
                        pdflib()->cairo_status_to_string(st));
            ok = FALSE;
        }
    }
    if (s)
        pdflib()->cairo_surface_destroy(s);
    if (glyphs)
        g_array_free(glyphs, TRUE);
    if (page)
        g_object_unref(page);
    g_object_unref(doc);
    return ok;
}
