/*
 * layout.h — the positioned-words reader's own types (layout.c), shared by
 * its two producers: layout text dumps (plain.c) and PDF glyph boxes (pdf.c).
 */
#ifndef JX_EXTRACT_LAYOUT_H
#define JX_EXTRACT_LAYOUT_H

#include "core/core.h"

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
} jx_layout_word;

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

#endif
