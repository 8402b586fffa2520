/*
 * office.h — Office documents (internal to extract/): .docx and .xlsx read
 * from their XML, the legacy binary formats (.doc, .xls, .wps, .et) through
 * LibreOffice.  Like every reader, these say where cells are and never what
 * a row means.
 */
#ifndef JX_OFFICE_H
#define JX_OFFICE_H

#include "extract/extract.h"

#include <libxml/tree.h>

/* What the first bytes (and, for a zip, its parts) say a file is. */
typedef enum {
    JX_OFFICE_NONE,      /* not an Office file: read as text or PDF */
    JX_OFFICE_DOCX,      /* an OOXML word-processing package */
    JX_OFFICE_XLSX,      /* an OOXML spreadsheet package */
    JX_OFFICE_ZIP,       /* a zip that is neither (or too damaged to tell) */
    JX_OFFICE_DOC,       /* an OLE2 compound file with a WordDocument stream (.doc, .wps) */
    JX_OFFICE_XLS,       /* an OLE2 compound file with a Workbook/Book stream (.xls, .et) */
    JX_OFFICE_ENCRYPTED, /* an OLE2 container of an encrypted OOXML package */
    JX_OFFICE_OLE,       /* another OLE2 compound file */
} jx_office_kind;

/* An uncompressed part larger than this is not read (a zip bomb, or no form). */
#define JX_ZIP_MAX_PART ((gsize)256 << 20)
/* Nor more than this for all the parts of one package together. */
#define JX_ZIP_MAX_TOTAL ((gsize)1024 << 20)

/* A zip package held in memory (the bytes must outlive it). */
typedef struct jx_zip jx_zip;
/* Opens the archive; NULL with JX_ERROR_FORMAT when it is no readable zip,
 * JX_ERROR_UNSUPPORTED when libzip cannot be loaded (loaded by the first call
 * of the process: see zip.c). */
jx_zip *jx_zip_open(const guint8 *data, gsize len, GError **error);
void jx_zip_free(jx_zip *z);
/* TRUE when the package has the part `name` (case-insensitive, leading '/' allowed). */
gboolean jx_zip_has(const jx_zip *z, const char *name);
/* The bytes of part `name`, NUL-terminated (g_free), their count in *len (may
 * be NULL); NULL with JX_ERROR_FORMAT (missing, damaged), JX_ERROR_TOO_LARGE
 * (inflates past JX_ZIP_MAX_PART or the package budget) or
 * JX_ERROR_UNSUPPORTED (encrypted). */
char *jx_zip_read(jx_zip *z, const char *name, gsize *len, GError **error);

/* What `data` is, from its magic bytes and, for a zip, its content types
 * and main part.  Never fails. */
jx_office_kind jx_office_sniff(const guint8 *data, gsize len);
/* "docx", "xlsx", "doc", "xls" for the kinds that are read; NULL otherwise. */
const char *jx_office_format(jx_office_kind kind);

/*
 * Reads an Office file of `kind` into `src` (blocks, warnings; src->format
 * is already the kind's).  The legacy kinds are converted with LibreOffice
 * first.  FALSE with `error` set (the message does not name the file; the
 * caller adds it).
 */
gboolean jx_office_read(jx_source *src, jx_office_kind kind, const guint8 *data, gsize len,
                        GError **error);

/* The readers jx_office_read dispatches to (docx.c, xlsx.c; office.c for
 * the legacy kinds, converted with LibreOffice). */
gboolean jx_office_convert_read(jx_source *src, jx_office_kind kind, const guint8 *data,
                                gsize len, GError **error);
gboolean jx_docx_read(jx_source *src, const guint8 *data, gsize len, GError **error);
gboolean jx_xlsx_read(jx_source *src, const guint8 *data, gsize len, GError **error);

/*
 * The text Excel shows for number `value` in number format `code` (a format
 * code such as "0.00%" or "yyyy\"年\"m\"月\"d\"日\""; NULL or "General" for
 * the general format): percent, fixed decimals, thousands separators,
 * literals, dates and times (serial days since 1900, or 1904 with
 * `date1904`).  The general format gives the shortest text that is the
 * number to Excel's 15 significant digits (0.1+0.2 shows "0.3").  A new
 * string.
 */
char *jx_xlsx_format_number(double value, const char *code, gboolean date1904);
/* The format code of built-in number format `id` (ECMA-376 18.8.30, with
 * the zh-CN dates), or NULL when `id` is not one. */
const char *jx_xlsx_builtin_format(int id);

/* ---- shared by the OOXML readers (ooxml.c) ---- */

/* Parses XML part bytes with network and external entities off (no DTD is
 * loaded, no entity substituted).  NULL with JX_ERROR_FORMAT naming `part`. */
xmlDoc *jx_xml_parse(const char *bytes, gsize len, const char *part, GError **error);
/* TRUE when `n` is an element named `local` in a namespace whose URI
 * contains `ns` ("wordprocessingml", "spreadsheetml"): transitional and
 * strict OOXML name their namespaces differently, and prefixes are free. */
gboolean jx_xml_is(const xmlNode *n, const char *ns, const char *local);
/* The value of the attribute whose local name is `local` (any namespace), a
 * new string, or NULL. */
char *jx_xml_attr(const xmlNode *n, const char *local);
/* The first child element of `n` named `local` in `ns`, or NULL. */
xmlNode *jx_xml_child(const xmlNode *n, const char *ns, const char *local);

/* The relationships of part rels_part ("xl/_rels/workbook.xml.rels") whose
 * Type ends with `type_suffix` (NULL: all), as Id → part name resolved
 * against the folder `base` ("xl/"), external targets left out.  Empty when
 * the part is missing or broken. */
GHashTable *jx_ooxml_rels(jx_zip *z, const char *rels_part, const char *base,
                          const char *type_suffix);
/* The package's main part: the target of its officeDocument relationship,
 * or `fallback` when the package does not name one that exists.  A new string. */
char *jx_ooxml_main_part(jx_zip *z, const char *fallback);

/* One cell of a table being laid out. */
typedef struct {
    int row, col, rowspan, colspan;
    char *text; /* owned */
} jx_office_cell;

/*
 * Adds the table of `cells` (jx_office_cell, ordered by row; texts freed and
 * the array emptied) over `n_rows` rows to `src` as one grid, or as several
 * when a pathological table would break the area guard (spans cut at the
 * seams) — then `*cut` is incremented.
 */
void jx_office_emit_table(jx_source *src, GArray *cells, int n_rows, gsize *cut);

#endif /* JX_OFFICE_H */
