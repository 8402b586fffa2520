/*
 * fuzz_office.c — libFuzzer target for the Office readers (zip.c, ooxml.c,
 * docx.c, xlsx.c, numfmt.c).
 *
 * Mutating a zip's deflated bytes rarely yields XML the readers get far in,
 * so the first byte of an input chooses what the rest is:
 *
 *   0  the whole file (zip structure, OLE magic, anything) → jx_extract_bytes
 *   1  word/document.xml of a .docx built around it
 *   2  a worksheet of an .xlsx built around it (with fixed strings and styles)
 *   3  xl/sharedStrings.xml of that .xlsx
 *   4  xl/styles.xml of that .xlsx (number formats reach numfmt.c)
 *
 * and the package is assembled in memory with libzip, then read and parsed
 * like any file.  The legacy formats would start LibreOffice: JX_SOFFICE
 * points nowhere, so they fail at once with their error line.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "jixiao.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    setenv("JX_SOFFICE", "/nonexistent/soffice", 1);
    return 0;
}

static const char content_types[] =
    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
    "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override "
    "PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
    "spreadsheetml.sheet.main+xml\"/></Types>";
static const char workbook[] =
    "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
    "2006/main\"><sheets><sheet name=\"S\" sheetId=\"1\"/></sheets></workbook>";
static const char shared[] =
    "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
    "main\"><si><t>一级指标</t></si><si><t>合格率</t></si></sst>";
static const char styles[] =
    "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
    "2006/main\"><numFmts><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts><cellXfs>"
    "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
static const char sheet[] =
    "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
    "2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\">"
    "<v>0.95</v></c></row></sheetData><mergeCells><mergeCell ref=\"A1:A2\"/></mergeCells>"
    "</worksheet>";

static void add(zip_t *za, const char *name, const void *data, size_t len)
{
    zip_source_t *s = zip_source_buffer(za, data, len, 0);
    if (s && zip_file_add(za, name, s, ZIP_FL_OVERWRITE) < 0)
        zip_source_free(s);
}

/* A package with `part` replaced by the input; NULL when libzip fails. */
static guint8 *build(int kind, const uint8_t *data, size_t size, gsize *len)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *mem = zip_source_buffer_create(NULL, 0, 0, &err);
    zip_t *za = mem ? zip_open_from_source(mem, ZIP_TRUNCATE, &err) : NULL;
    zip_error_fini(&err);
    if (!za) {
        zip_source_free(mem);
        return NULL;
    }
    zip_source_keep(mem);
    add(za, "[Content_Types].xml", content_types, sizeof content_types - 1);
    if (kind == 1) {
        add(za, "word/document.xml", data, size);
    } else {
        add(za, "xl/workbook.xml", workbook, sizeof workbook - 1);
        add(za, "xl/worksheets/sheet1.xml", kind == 2 ? (const void *)data : sheet,
            kind == 2 ? size : sizeof sheet - 1);
        add(za, "xl/sharedStrings.xml", kind == 3 ? (const void *)data : shared,
            kind == 3 ? size : sizeof shared - 1);
        add(za, "xl/styles.xml", kind == 4 ? (const void *)data : styles,
            kind == 4 ? size : sizeof styles - 1);
    }
    guint8 *out = NULL;
    if (zip_close(za) < 0) {
        zip_discard(za);
    } else if (zip_source_open(mem) == 0) {
        zip_stat_t st;
        if (zip_source_stat(mem, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) {
            out = g_malloc(st.size ? st.size : 1);
            zip_int64_t n = zip_source_read(mem, out, st.size);
            *len = n > 0 ? (gsize)n : 0;
        }
        zip_source_close(mem);
    }
    zip_source_free(mem);
    return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    int kind = data[0] % 5;
    gsize len = size - 1;
    guint8 *pkg = NULL;
    const guint8 *bytes = data + 1;
    if (kind != 0) {
        pkg = build(kind, data + 1, size - 1, &len);
        if (!pkg)
            return 0;
        bytes = pkg;
    }
    GError *error = NULL;
    jx_source *src = jx_extract_bytes("fuzz", "fuzz", bytes, len, &error);
    if (!src) {
        if (!error || !error->message || !*error->message)
            __builtin_trap(); /* every failure must say why */
        g_error_free(error);
    } else {
        jx_record_list *records = jx_parse_source(src);
        for (guint i = 0; records && i < jx_record_list_length(records); i++)
            g_free(jx_record_to_json(jx_record_list_get(records, i)));
        jx_record_list_free(records);
        jx_source_free(src);
    }
    g_free(pkg);
    return 0;
}
