/*
 * layout.h — the positioned-words reader's own types (layout.c), shared by
 * its two producers: layout text dumps (plain.c) and PDF glyph boxes (pdf.c).
 */
#ifndef JX_EXTRACT_LAYOUT_H
#define JX_EXTRACT_LAYOUT_H

#include "core/core.h"
#include "extract/extract.h"

/* The key of the piece starting at display column `col` of line `line`
 * (columns past 4095 may share a key: no page is that wide). */
#define jx_layout_mark(line, col) GUINT_TO_POINTER(((guint)(line) << 12) ^ (guint)(col))

/* A word placed on a page: text dumps give display columns and line
 * indexes, PDFs points. */
typedef struct {
    const char *text; /* borrowed, not NUL-terminated */
    gsize len;
    double x0, x1; /* horizontal extent [x0, x1) */
    int row;       /* 0-based line of the table the word stands on */
    gboolean wide_start, wide_end; /* it starts / ends with a wide (CJK) character */
    gboolean continues; /* it opens a piece wrapped on from the cell's line above */
    gboolean after_figure; /* a figure alone stands before it on its line (the grid sets it) */
    gboolean seq_head; /* a row's number under its table's 序号 header (the grid sets it) */
    gboolean op_in_column; /* a sign alone in its column one space after wide text (the grid sets it) */
    gboolean seq_after_word; /* a row's number one space after a narrow column's word (the grid sets it) */
} jx_layout_word;

/*
 * TRUE when word `w` is a figure alone: digits, with decimal point,
 * thousands commas or % only (`95`, `1,200`, `98.5%`).
 */
gboolean jx_layout_word_is_figure(const jx_layout_word *w);

/*
 * Rebuilds a borderless table from its words (see layout.c): columns from
 * the valleys in how many of the structure lines have text at each x, every
 * word to the column it overlaps most, one grid row per line (`n_rows`
 * lines; `row_lines`, may be NULL, gives each one's source line).  Words
 * closer than `join` are one piece of text; `unit` is the resolution of x.
 * Sorts `words` in place.  Sets *alignment to how well the pieces' left
 * edges line up (higher: better; see layout.c), to compare readings of the
 * same text.  Returns a new grid; never NULL.
 */
jx_grid *jx_layout_grid(jx_layout_word *words, gsize n, int n_rows, const int *row_lines, int page,
                        double join, double unit, double *alignment);

/* A column's extent [a, b), in the words' x. */
typedef struct {
    double a, b;
} jx_layout_span;

/*
 * jx_layout_grid, given the columns of the table the page before ended with
 * (`carried`, in these words' x; NULL for none): a table that runs on over a
 * page break keeps its columns, and a continuation page's few lines (a label
 * centred on a part of its rows, columns that stay empty there) place their
 * text worse than the page before did.  They are used where they fit every
 * line of the body (each word over a column, no two pieces of a line in
 * one).  The columns the grid was read with go into `used` (may be NULL; left
 * empty where the text gave none: pieces numbered by order).  `positioned`:
 * the words stand where their producer found them on the page (see
 * jx_layout_carry), so gaps of one width are a table's own padding, never
 * cells joined by a fixed run of spaces.
 */
jx_grid *jx_layout_grid_carried(jx_layout_word *words, gsize n, int n_rows, const int *row_lines,
                                int page, double join, double unit, const GArray *carried,
                                GArray *used, gboolean positioned, double *alignment);

/* TRUE when every word of `words` (in line order) stands over one of `cols`
 * and no line has two pieces (words `join` apart or more) in one: the
 * test jx_layout_grid_carried puts carried columns to. */
gboolean jx_layout_columns_fit(const jx_layout_word *words, gsize n, const GArray *cols,
                               double join);

/*
 * What a borderless table leaves for the next page (a PDF's, across its
 * pages; a text dump lays out each page on a character grid of its own, so
 * its columns do not carry): the columns of the last one read, in page
 * units (x of a word = origin + its x × scale, set by the producer for each
 * page), the reading they were found in, and whether it ran to the foot of
 * its page with nothing after it (else nothing is carried).
 */
struct jx_layout_carry_s {
    GArray *cols; /* jx_layout_span in page units; NULL before any */
    /* the one column between others that only the table's first row (its
     * header) filled on the page before, -1 when none (see
     * heading_only_column in plain.c) */
    int head_only;
    int wide;     /* display columns a wide character took in that reading */
    gboolean open;
    double origin, scale;
    int min_lines; /* a region of fewer text lines takes none (0: any) */
    int max_lines; /* a region of more text lines takes none (0: any) */
    /* The producer wrote every piece where it stands on its page (a PDF's
     * glyph boxes): its gaps are the page's, never a fixed run of spaces. */
    gboolean positioned;
    /* A page's tail held for the next page (a header's first line at its
     * foot, see HELD_MAX_LINES in plain.c), for a producer that reads its
     * pages one call each (a PDF's): the tail's lines ('\n' after each), their
     * numbers (int), and the origin of their display columns.  A call may
     * hold its tail only with `may_hold` (its page's last text, more pages
     * to come); a call with `held` lines reads them first. */
    gboolean may_hold;
    GString *held;
    GArray *held_lines;
    double held_origin;
    /* The lines of the call's page that stacked parts moved (see
     * align_stacked_parts in pdf.c), as their glyphs stand: line number →
     * text (NULL: none moved).  A tail held for the next page is held as it
     * stands, where the next page's lines stand, not where the parts above
     * it were moved to. */
    GHashTable *unmoved;
};

void jx_layout_carry_clear(jx_layout_carry *carry);

#endif
