/*
 * zip.c — the parts of an Office Open XML package (.docx, .xlsx), read from
 * memory with libzip.
 *
 * A package is untrusted input: the sizes its directory declares may lie,
 * and a few kilobytes of deflate can expand to gigabytes.  So a part is read
 * with a cap on what it inflates to (checked against the declared size first,
 * then against the bytes that actually come out), and the whole package has a
 * budget, so many medium parts cannot add up to a bomb either.
 */
#include "extract/office.h"

#include <string.h>
#include <zip.h>

struct jx_zip {
    zip_t *za;
    gsize budget; /* bytes all parts read from now on may still inflate to */
};

jx_zip *jx_zip_open(const guint8 *data, gsize len, GError **error)
{
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *zs = zip_source_buffer_create(data, len, 0, &zerr);
    if (!zs) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT, "cannot read the zip archive: %s",
                    zip_error_strerror(&zerr));
        zip_error_fini(&zerr);
        return NULL;
    }
    zip_t *za = zip_open_from_source(zs, ZIP_RDONLY, &zerr);
    if (!za) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT,
                    "the zip archive is damaged or truncated (%s); save the document again "
                    "from Word, Excel or WPS", zip_error_strerror(&zerr));
        zip_source_free(zs);
        zip_error_fini(&zerr);
        return NULL;
    }
    zip_error_fini(&zerr);
    jx_zip *z = g_new0(jx_zip, 1);
    z->za = za;
    z->budget = JX_ZIP_MAX_TOTAL;
    return z;
}

void jx_zip_free(jx_zip *z)
{
    if (!z)
        return;
    zip_discard(z->za); /* read-only: nothing to write back */
    g_free(z);
}

/* Package part names are case-insensitive (OPC) and written without a
 * leading '/' in the zip, with one in relationship targets. */
static zip_int64_t locate(const jx_zip *z, const char *name)
{
    while (*name == '/')
        name++;
    return zip_name_locate(z->za, name, ZIP_FL_NOCASE | ZIP_FL_ENC_GUESS);
}

gboolean jx_zip_has(const jx_zip *z, const char *name)
{
    return locate(z, name) >= 0;
}

char *jx_zip_read(jx_zip *z, const char *name, gsize *len, GError **error)
{
    zip_int64_t idx = locate(z, name);
    if (idx < 0) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT, "the package has no part %s", name);
        return NULL;
    }
    gsize cap = MIN((gsize)JX_ZIP_MAX_PART, z->budget);
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z->za, (zip_uint64_t)idx, 0, &st) == 0) {
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
            g_set_error(error, JX_ERROR, JX_ERROR_UNSUPPORTED,
                        "part %s is encrypted; save the document without a password", name);
            return NULL;
        }
        if ((st.valid & ZIP_STAT_SIZE) && st.size > cap) {
            g_set_error(error, JX_ERROR, JX_ERROR_TOO_LARGE,
                        "part %s would expand to %" G_GUINT64_FORMAT " bytes, more than the "
                        "%" G_GSIZE_FORMAT " MiB allowed; not read (a damaged or hostile file?)",
                        name, (guint64)st.size, cap >> 20);
            return NULL;
        }
    }
    zip_file_t *zf = zip_fopen_index(z->za, (zip_uint64_t)idx, 0);
    if (!zf) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT, "cannot open part %s: %s", name,
                    zip_strerror(z->za));
        return NULL;
    }
    GByteArray *buf = g_byte_array_new();
    guint8 chunk[65536];
    gboolean ok = TRUE;
    for (;;) {
        zip_int64_t n = zip_fread(zf, chunk, sizeof chunk);
        if (n < 0) {
            g_set_error(error, JX_ERROR, JX_ERROR_FORMAT,
                        "part %s is damaged (%s); save the document again", name,
                        zip_file_strerror(zf));
            ok = FALSE;
            break;
        }
        if (n == 0)
            break;
        /* the declared size may lie: count what really comes out */
        if (buf->len + (gsize)n > cap) {
            g_set_error(error, JX_ERROR, JX_ERROR_TOO_LARGE,
                        "part %s expands to more than the %" G_GSIZE_FORMAT " MiB allowed; not "
                        "read (a damaged or hostile file?)", name, cap >> 20);
            ok = FALSE;
            break;
        }
        g_byte_array_append(buf, chunk, (guint)n);
    }
    zip_fclose(zf);
    if (!ok) {
        g_byte_array_unref(buf);
        return NULL;
    }
    z->budget -= buf->len;
    if (len)
        *len = buf->len;
    g_byte_array_append(buf, (const guint8 *)"", 1); /* NUL-terminated for the parsers */
    return (char *)g_byte_array_free(buf, FALSE);
}
