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
 * Only a page's characters are held while it is read; the document keeps
 * the text.  Pages without a text layer (scans) are named in a warning.
 */
#include "extract/extract.h"

#include <math.h>
#include <poppler.h>
#include <string.h>

/* Characters whose vertical centres lie within this share of a character's
 * height stand on one line (sub- and superscripts and CJK/Latin baselines
 * differ by less). */
#define LINE_CENTRE_SHARE 0.5
/* A gap between two characters of a line narrower than this share of their
 * height is no space (kerning, CJK set solid); up to PIECE_GAP_SHARE it is a
 * word space; wider, it parts two pieces of text (two spaces at least). */
#define WORD_GAP_SHARE 0.25
#define PIECE_GAP_SHARE 0.6

typedef struct {
    gunichar c;
    double x0, x1, y0, y1;
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

/* The glyphs of a page that print something, with their boxes. */
static GArray *page_glyphs(PopplerPage *page)
{
    GArray *glyphs = g_array_new(FALSE, FALSE, sizeof(glyph));
    char *text = poppler_page_get_text(page);
    PopplerRectangle *rects = NULL;
    guint n_rects = 0;
    if (text && poppler_page_get_text_layout(page, &rects, &n_rects)) {
        guint i = 0;
        for (const char *p = text; *p && i < n_rects; p = g_utf8_next_char(p), i++) {
            gunichar c = g_utf8_get_char(p);
            if (g_unichar_isspace(c) || c == 0x3000)
                continue;
            const PopplerRectangle *r = &rects[i];
            glyph g = {c, MIN(r->x1, r->x2), MAX(r->x1, r->x2), MIN(r->y1, r->y2),
                       MAX(r->y1, r->y2)};
            if (g.y1 - g.y0 <= 0 || !isfinite(g.x0) || !isfinite(g.y0))
                continue;
            g_array_append_val(glyphs, g);
        }
    }
    g_free(rects);
    g_free(text);
    return glyphs;
}

/* Groups glyphs into lines by vertical centre, top to bottom. */
static GArray *group_lines(GArray *glyphs)
{
    GArray *lines = g_array_new(FALSE, FALSE, sizeof(text_line));
    for (guint i = 0; i < glyphs->len; i++) {
        const glyph *g = &g_array_index(glyphs, glyph, i);
        double centre = (g->y0 + g->y1) / 2, height = g->y1 - g->y0;
        text_line *home = NULL;
        /* the nearest line it fits; recent lines first (text comes in order) */
        for (guint k = lines->len; k-- > 0 && !home;) {
            text_line *l = &g_array_index(lines, text_line, k);
            if (fabs(l->centre - centre) <= LINE_CENTRE_SHARE * MIN(l->height, height))
                home = l;
        }
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

static gint by_value(gconstpointer a, gconstpointer b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Width of one layout column: half the median width of the page's wide
 * characters (a CJK character takes two columns), or the median width of
 * the others when there is none. */
static double column_unit(GArray *glyphs)
{
    GArray *wide = g_array_new(FALSE, FALSE, sizeof(double));
    GArray *narrow = g_array_new(FALSE, FALSE, sizeof(double));
    for (guint i = 0; i < glyphs->len; i++) {
        const glyph *g = &g_array_index(glyphs, glyph, i);
        double w = g->x1 - g->x0;
        if (w > 0)
            g_array_append_val(g_unichar_iswide(g->c) ? wide : narrow, w);
    }
    GArray *use = wide->len ? wide : narrow;
    double unit = 5.0;
    if (use->len) {
        g_array_sort(use, by_value);
        double median = g_array_index(use, double, use->len / 2);
        unit = use == wide ? median / 2 : median;
    }
    g_array_free(wide, TRUE);
    g_array_free(narrow, TRUE);
    return unit > 0.5 ? unit : 5.0;
}

/* Appends one line of layout text for `line`. */
static void write_line(GString *out, const text_line *line, double left, double unit)
{
    int col = 0;
    const glyph *prev = NULL;
    for (guint i = 0; i < line->glyphs->len; i++) {
        const glyph *g = &g_array_index(line->glyphs, glyph, i);
        /* a piece of text is set solid, one character after the other; a
         * piece starts at the column its position gives, two spaces at
         * least after the one before */
        int want = (int)lround((g->x0 - left) / unit);
        if (prev) {
            double gap = g->x0 - prev->x1, h = MAX(line->height, 1.0);
            if (gap < WORD_GAP_SHARE * h)
                want = col;
            else if (gap < PIECE_GAP_SHARE * h)
                want = col + 1;
            else
                want = MAX(want, col + 2);
        }
        want = MAX(want, col);
        for (; col < want; col++)
            g_string_append_c(out, ' ');
        g_string_append_unichar(out, g->c);
        col += g_unichar_iswide(g->c) ? 2 : 1;
        prev = g;
    }
    g_string_append_c(out, '\n');
}

static void free_lines(GArray *lines)
{
    for (guint k = 0; k < lines->len; k++)
        g_array_free(g_array_index(lines, text_line, k).glyphs, TRUE);
    g_array_free(lines, TRUE);
}

/* See extract.h. */
char *jx_pdf_layout_text(const guint8 *data, gsize len, int *pages, GPtrArray *warnings,
                         GError **error)
{
    *pages = 0;
    GBytes *bytes = g_bytes_new(data, len);
    GError *local = NULL;
    PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &local);
    g_bytes_unref(bytes);
    if (!doc) {
        gboolean locked = g_error_matches(local, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED);
        g_set_error(error, JX_ERROR, locked ? JX_ERROR_UNSUPPORTED : JX_ERROR_FORMAT,
                    locked ? "the PDF is encrypted; save an unprotected copy first"
                           : "the PDF cannot be read (%s); check that the file is whole",
                    local ? local->message : "broken file");
        g_clear_error(&local);
        return NULL;
    }
    int n = poppler_document_get_n_pages(doc);
    GString *out = g_string_new(NULL);
    int with_text = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0)
            g_string_append_c(out, '\f');
        PopplerPage *page = poppler_document_get_page(doc, i);
        if (!page)
            continue;
        GArray *glyphs = page_glyphs(page);
        g_object_unref(page);
        if (!glyphs->len) {
            g_ptr_array_add(warnings, g_strdup_printf("page %d has no text layer (a scan?); run "
                                                      "OCR first, e.g. ocrmypdf -l chi_sim",
                                                      i + 1));
            g_array_free(glyphs, TRUE);
            continue;
        }
        with_text++;
        double unit = column_unit(glyphs), left = G_MAXDOUBLE;
        for (guint k = 0; k < glyphs->len; k++)
            left = MIN(left, g_array_index(glyphs, glyph, k).x0);
        GArray *lines = group_lines(glyphs);
        g_array_free(glyphs, TRUE);
        for (guint k = 0; k < lines->len; k++)
            write_line(out, &g_array_index(lines, text_line, k), left, unit);
        free_lines(lines);
    }
    g_object_unref(doc);
    *pages = n;
    if (!with_text) {
        g_set_error(error, JX_ERROR, JX_ERROR_EMPTY,
                    "the PDF has no text layer (%d page(s), a scan?); run OCR first, e.g. "
                    "ocrmypdf -l chi_sim in.pdf out.pdf",
                    n);
        g_string_free(out, TRUE);
        return NULL;
    }
    return g_string_free(out, FALSE);
}
