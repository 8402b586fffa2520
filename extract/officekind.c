/*
 * officekind.c — which Office file a file is, by its content (not its
 * name), and the reader each kind goes to: docx.c and xlsx.c read the
 * packages, office.c has LibreOffice convert the legacy formats first.  Kept
 * apart from ooxml.c (what those readers share), so the readers depend on
 * their helpers and the dispatch on the readers, and nothing runs in a
 * circle.
 */
#include "extract/office.h"

#include <string.h>

/* ------------------------------------------------------------ detection */

static const guint8 ole_magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

/* TRUE when the compound file has a directory entry named `name` (ASCII).
 * Entries are 128 bytes, name first in UTF-16LE, its byte length with the
 * terminator at offset 64; sectors start at multiples of 512 after the
 * header, so every entry starts at a multiple of 128.  Checking the
 * alignment and the length field too keeps text that merely mentions the
 * name (a .doc's own UTF-16 text) from counting. */
static gboolean ole_has_entry(const guint8 *data, gsize len, const char *name)
{
    gsize n = strlen(name);
    guint8 pat[64];
    for (gsize i = 0; i < n; i++) {
        pat[2 * i] = (guint8)name[i];
        pat[2 * i + 1] = 0;
    }
    pat[2 * n] = pat[2 * n + 1] = 0; /* the terminator ends the name */
    for (gsize p = 512; p + 128 <= len; p += 128) {
        if (memcmp(data + p, pat, 2 * n + 2) != 0)
            continue;
        guint16 name_len = (guint16)(data[p + 64] | (data[p + 65] << 8));
        if (name_len == 2 * n + 2)
            return TRUE;
    }
    return FALSE;
}

/* The kind a package's [Content_Types].xml gives its main part: the content
 * type ending in ".main+xml" names it (…wordprocessingml.document.main+xml,
 * …spreadsheetml.sheet.main+xml, the macro-enabled and template ones). */
static jx_office_kind kind_of_content_types(const char *xml)
{
    for (const char *p = xml; (p = strstr(p, "ContentType=")); p++) {
        const char *v = p + strlen("ContentType=");
        char q = *v;
        if (q != '"' && q != '\'')
            continue;
        const char *end = strchr(v + 1, q);
        if (!end)
            break;
        char *type = g_ascii_strdown(v + 1, end - v - 1);
        jx_office_kind k = JX_OFFICE_NONE;
        if (g_str_has_suffix(type, ".main+xml")) {
            if (strstr(type, "wordprocessingml") || strstr(type, "ms-word"))
                k = JX_OFFICE_DOCX;
            else if (strstr(type, "spreadsheetml") || strstr(type, "ms-excel"))
                k = JX_OFFICE_XLSX;
        }
        g_free(type);
        if (k != JX_OFFICE_NONE)
            return k;
    }
    return JX_OFFICE_NONE;
}

jx_office_kind jx_office_sniff(const guint8 *data, gsize len)
{
    if (len >= 8 && memcmp(data, ole_magic, 8) == 0) {
        /* an encrypted .docx/.xlsx is an OLE container holding the package */
        if (ole_has_entry(data, len, "EncryptedPackage") ||
            ole_has_entry(data, len, "EncryptionInfo"))
            return JX_OFFICE_ENCRYPTED;
        /* checked first: a .doc embedding a spreadsheet holds a Workbook too */
        if (ole_has_entry(data, len, "WordDocument"))
            return JX_OFFICE_DOC;
        if (ole_has_entry(data, len, "Workbook") || ole_has_entry(data, len, "Book"))
            return JX_OFFICE_XLS;
        return JX_OFFICE_OLE;
    }
    /* RTF: what Word saves as "Word 97-2003" on many sites, and many a .doc
     * is one; LibreOffice reads it as it reads a .doc */
    if (len >= 5 && memcmp(data, "{\\rtf", 5) == 0)
        return JX_OFFICE_DOC;
    if (len < 4 || memcmp(data, "PK\x03\x04", 4) != 0)
        return JX_OFFICE_NONE;
    jx_zip *z = jx_zip_open(data, len, NULL);
    if (!z)
        return JX_OFFICE_ZIP; /* a damaged zip: its reader says why */
    jx_office_kind kind = JX_OFFICE_NONE;
    char *types = jx_zip_read(z, "[Content_Types].xml", NULL, NULL);
    if (types)
        kind = kind_of_content_types(types);
    g_free(types);
    /* a package whose content types are missing or odd still has its usual parts */
    if (kind == JX_OFFICE_NONE && jx_zip_has(z, "word/document.xml"))
        kind = JX_OFFICE_DOCX;
    if (kind == JX_OFFICE_NONE && jx_zip_has(z, "xl/workbook.xml"))
        kind = JX_OFFICE_XLSX;
    jx_zip_free(z);
    return kind == JX_OFFICE_NONE ? JX_OFFICE_ZIP : kind;
}

const char *jx_office_format(jx_office_kind kind)
{
    switch (kind) {
    case JX_OFFICE_DOCX: return "docx";
    case JX_OFFICE_XLSX: return "xlsx";
    case JX_OFFICE_DOC: return "doc";
    case JX_OFFICE_XLS: return "xls";
    default: return NULL;
    }
}

gboolean jx_office_read(jx_source *src, jx_office_kind kind, const guint8 *data, gsize len,
                        GError **error)
{
    switch (kind) {
    case JX_OFFICE_DOCX:
        return jx_docx_read(src, data, len, error);
    case JX_OFFICE_XLSX:
        return jx_xlsx_read(src, data, len, error);
    case JX_OFFICE_DOC:
    case JX_OFFICE_XLS:
        return jx_office_convert_read(src, kind, data, len, error);
    case JX_OFFICE_ENCRYPTED:
        g_set_error(error, JX_ERROR, JX_ERROR_UNSUPPORTED,
                    "the Office document is protected by a password; open it in Word, Excel "
                    "or WPS, remove the password (save without encryption) and parse the copy");
        return FALSE;
    case JX_OFFICE_OLE:
        g_set_error(error, JX_ERROR, JX_ERROR_UNSUPPORTED,
                    "an OLE compound file that is neither a Word (.doc, .wps) nor an Excel "
                    "(.xls, .et) document; save it as .docx or .xlsx");
        return FALSE;
    case JX_OFFICE_ZIP: {
        /* tell a damaged package from a zip of something else */
        GError *local = NULL;
        jx_zip *z = jx_zip_open(data, len, &local);
        if (!z) {
            g_propagate_error(error, local);
            return FALSE;
        }
        jx_zip_free(z);
        g_set_error(error, JX_ERROR, JX_ERROR_UNSUPPORTED,
                    "a zip archive that is not a Word or Excel document (no word/document.xml "
                    "or xl/workbook.xml); unpack it and parse the files inside");
        return FALSE;
    }
    default:
        g_set_error(error, JX_ERROR, JX_ERROR_UNSUPPORTED, "not an Office document");
        return FALSE;
    }
}
