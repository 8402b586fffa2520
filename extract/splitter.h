/*
 * splitter.h — what the text readers share (internal to extract/).
 *
 * Text becomes blocks in one forward pass: the readers (plain.c for text and
 * layout dumps, html.c for HTML) hand lines to the line classifier in rows.c,
 * which holds consecutive row lines of one family as a run and turns a run
 * into a grid or into LINE blocks when it ends.  split.c picks the reader.
 */
#ifndef JX_SPLITTER_H
#define JX_SPLITTER_H

#include "extract/extract.h"
#include "extract/layout.h"

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

/* One cell found in a line: a slice of it and, for space rows, its display
 * column and the column after its last character (`end`: measured by
 * jx_split_spaces as it walks the line, so that the piece's extent is not
 * measured again character by character; -1 where unknown). */
typedef struct {
    const char *s;
    gsize n;
    int offset;
    int end;
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
    GHashTable *continued; /* layout pieces that wrap on from the line above
                              (jx_layout_mark keys), or NULL when unknown */
    gboolean page_part; /* the text is part of a page (a PDF's lines above a ruled
                           table), not all of it */
    int line_base;      /* lines of the document before the text (its first
                           line is line_base + 1) */
    jx_layout_carry *carry; /* the columns a page's last borderless table leaves
                               for the next page; NULL: none carried */
    int doc_row_gap;    /* blank lines between rows over the whole text's pages, for
                           a page too short to show its own (0: none known) */
    guint cut_name_column[2];  /* the column a cut name held for the next page stood
                                  in on its page (see CUT_NAME_LOOKBACK), read in
                                  each of the two metrics ... */
    guint cut_name_columns[2]; /* ... of this many there (0: no name held) */
    double metric_evidence[2]; /* a page dump's regions so far: each one's
                                  alignment in each metric of WIDE_AS, times
                                  its lines (see pooled_alignment) */
} splitter;

/* A grid being filled row by row. */
typedef struct {
    jx_grid *grid;
    int rows;
    gsize cells;
    int line, page; /* where the block starts */
} grid_builder;

gboolean jx_split_is_blank(const char *s, gsize n);
void jx_split_trim(const char **s, gsize *n);
row_kind jx_split_classify(splitter *sp, const char *s, gsize n);
guint jx_split_spaces(const char *s, gsize n, GArray *out);
gboolean jx_split_is_pipe_separator(const char *s, gsize n);
void jx_split_pipes(const char *s, gsize n, GArray *out, gboolean *outer);
void jx_split_feed_line(splitter *sp, const char *s, gsize n, int line, char *owned);
void jx_split_flush(splitter *sp);
void jx_split_page_break(splitter *sp);
gboolean jx_split_area_ok(gsize rows, gsize cols, gsize cells);
void jx_grid_builder_finish(splitter *sp, grid_builder *gb);
void jx_grid_builder_start(grid_builder *gb, int line, int page);
void jx_split_plain(splitter *sp, const char *text, gsize len);
void jx_split_html(splitter *sp, const char *text, gsize len);

/* `text` (a text dump) with the rows pdftotext printed column after column
 * put back side by side (see stacked.c), the lines after them moved up; NULL
 * when it holds none. */
GString *jx_split_unstacked(const char *text, gsize len);

#endif /* JX_SPLITTER_H */
