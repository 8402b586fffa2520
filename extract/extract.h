/*
 * extract.h — input bytes → jx_source (lines of text and grids).
 *
 * Extract decides where cells are, never what a row means.  Text input keeps
 * every cell the dump has, empty ones included, at the column where it stands:
 * parse needs the positions to repair shifted rows.
 *
 * The public entry points jx_extract_path() and jx_extract_bytes() (see
 * jixiao.h) sniff the format and dispatch to these.
 */
#ifndef JX_EXTRACT_H
#define JX_EXTRACT_H

#include "core/core.h"

/*
 * Decodes text bytes to UTF-8.  Recognizes a BOM (UTF-8, UTF-16LE/BE,
 * UTF-32), BOM-less UTF-16 by its NUL pattern, valid UTF-8, and otherwise
 * asks ICU's charset detector (ucsdet), preferring GB18030 for Chinese
 * legacy bytes (GBK and GB2312 are subsets of it), converting with ICU
 * (ucnv).  The BOM is dropped.  Invalid sequences in otherwise-decodable
 * input are replaced with U+FFFD and reported in `*replaced` (may be NULL).
 * `*encoding` receives a static name: "UTF-8", "GB18030", "UTF-16LE",
 * "UTF-16BE", "Big5", …  Returns a new NUL-terminated string (g_free) and its
 * length in `*out_len` (may be NULL), or NULL with JX_ERROR_BINARY (NUL bytes or
 * control characters that no text has) or JX_ERROR_ENCODING.
 */
char *jx_text_decode(const guint8 *data, gsize len, const char **encoding, gsize *out_len,
                     gsize *replaced, GError **error);

/*
 * Splits decoded text into blocks, appended to `src`:
 *   - runs of table rows become one GRID block each; a row is a line with a
 *     tab (cells split on every tab, empty cells kept), a markdown pipe row
 *     (`| a | b |`; the `|---|` separator is dropped), or a line whose cells
 *     are separated by runs of 2+ spaces (or an ideographic space) when the
 *     run around it is tabular too (≥2 such lines in a row);
 *   - an HTML <table> (possibly over many lines) becomes one GRID block with
 *     rowspan/colspan honoured and cell text kept raw (inner markup and all);
 *   - every other non-blank line becomes a LINE block (raw text);
 *   - a blank line or a form feed ends a run; a form feed starts a new page
 *     (pages counted from 1 when the text has form feeds, else 0).
 * Each grid row records its source line.  Never fails.
 */
void jx_text_split(jx_source *src, const char *utf8, gsize len);

/*
 * jx_text_decode that consumes `data` (g_malloc'd, with a NUL byte at
 * data[len]): returned as the text itself when it is UTF-8 already, freed
 * otherwise.  Same results and errors.
 */
char *jx_text_decode_owned(guint8 *data, gsize len, const char **encoding, gsize *out_len,
                           gsize *replaced, GError **error);

/*
 * Reads and decodes the file at `path` without splitting it: a source with no
 * blocks yet (name, path, sha256, format, encoding, the decoder's warnings)
 * and the decoded text in `*text` (g_free) and `*len`.  jx_text_split then
 * makes its blocks — more than once if a reader needs several passes (see
 * jx_source_set_consumer).  NULL with `error` set as jx_extract_path.
 * `sha256`: the file's SHA-256 in lowercase hex when the caller has hashed
 * its bytes already (the importer, which must know it before it decides to
 * parse), taken as the source's; NULL: computed here.
 */
jx_source *jx_extract_path_text(const char *path, gsize max_bytes, const char *sha256,
                                char **text, gsize *len,
                                GError **error);

/*
 * Splits layout text that is one page (`page`, 1-based) of a document, as
 * plain text, adding its blocks to `src`.  The PDF reader uses it for the text
 * around ruled tables.  The text's first line is line `line_base` + 1 of the
 * document: lines numbered on across pages keep a table's rows in order where
 * it runs on over a page break.  Its producer may know which pieces of text
 * wrap on from a cell's line above (a PDF's glyph boxes: the piece stands one
 * leading below the one it continues): `continued` (may be NULL) holds
 * jx_layout_mark() (extract/layout.h) of each such piece, its line (numbered
 * from line_base + 1) and display column.  `carry` (may be NULL) holds the
 * columns of the borderless table the page before ended with, and takes
 * this text's (see jx_layout_carry, extract/layout.h).
 */
typedef struct jx_layout_carry_s jx_layout_carry;
void jx_text_split_page(jx_source *src, const char *utf8, gsize len, int page, int line_base,
                        GHashTable *continued, jx_layout_carry *carry);

/*
 * Reads a PDF into `src` (see pdf.c): ruled tables as grids with their
 * merged cells, the text around them split as a layout dump of its page,
 * every block and cell with its page; sets src->pages and warns of pages
 * without a text layer.  FALSE with `error` set: JX_ERROR_UNSUPPORTED for an
 * encrypted file, JX_ERROR_FORMAT for a broken one, JX_ERROR_EMPTY when no
 * page has text.
 */
gboolean jx_pdf_read(jx_source *src, const guint8 *data, gsize len, GError **error);

/* "text", "markdown", "html" or "csv": the format the text most looks like. */
const char *jx_text_sniff_format(const char *utf8, gsize len);

/*
 * A table laid out by dash rules (pandoc's multiline and simple tables in
 * markdown or plain text) starting at `p` (a line start; `line` is its
 * 1-based number, `page` its page).  On success sets *grid to a new grid
 * (header row first, cells cut at the column rule's columns, a multiline
 * row's lines joined with '\n') and returns the bytes it covers; else
 * returns 0 and sets *grid to NULL.
 */
gsize jx_dashed_table(const char *p, const char *end, int line, int page, jx_grid **grid);

/* The length of the line starting at `p` (before `end`), without its '\n'
 * or a '\r' before it; sets *next to the start of the next line (`end`
 * after the last). */
gsize jx_text_line(const char *p, const char *end, const char **next);

/*
 * A table drawn with rules (box drawing, or ASCII `+---+` and `|`; see
 * ruled.c) starting at `p` (a line start; `line` is its 1-based number,
 * `page` its page).  On success sets *grid to a new grid (cells with the
 * row and column spans the rules draw, a cell's lines joined with '\n') and
 * returns the bytes it covers; else returns 0 and sets *grid to NULL.
 */
gsize jx_ruled_table(const char *p, const char *end, int line, int page, jx_grid **grid);

/* Display columns of code point `u`: 2 for East Asian Wide and Fullwidth
 * characters (g_unichar_iswide), else 1. */
int jx_text_unichar_width(gunichar u);

/* Display width of the character at `p` (2 for East Asian wide and
 * full-width characters) and its byte length in *bytes; invalid bytes count
 * as one narrow character, so any input moves forward. */
int jx_text_char_width(const char *p, const char *end, int *bytes);

/* TRUE when the text is a spreadsheet's delimiter-separated export: most of
 * its first records have the same number (3 or more) of fields, separated
 * by commas when it has no tab; by tabs when some field is in quotes as a
 * spreadsheet quotes it (a tab dump without quotes is no CSV). */
gboolean jx_csv_sniff(const char *utf8, gsize len);

/*
 * Splits a CSV export (tab-separated when it has tabs, see jx_csv_sniff)
 * into blocks appended to `src`: runs of records become
 * grids (empty fields kept in place, quoted fields unquoted, line breaks in
 * them kept); a record whose only filled field is the first is a LINE block
 * (title, 单位 line, notes); a blank record ends a grid.  Never fails.
 */
void jx_csv_split(jx_source *src, const char *utf8, gsize len);

#endif /* JX_EXTRACT_H */
