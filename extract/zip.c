/*
 * zip.c — the parts of an Office Open XML package (.docx, .xlsx), read from
 * memory with libzip.
 *
 * A package is untrusted input: the sizes its directory declares may lie,
 * and a few kilobytes of deflate can expand to gigabytes.  So a part is read
 * with a cap on what it inflates to (checked against the declared size first,
 * then against the bytes that actually come out), and the whole package has a
 * budget, so many medium parts cannot add up to a bomb either.
 *
 * libzip is loaded (GModule) when the first package is opened, not linked:
 * it brings libcrypto, about a third of the start-up relocations of every
 * process, which a `jixiao parse` of text dumps or PDFs never uses.  Its
 * header still gives the types; its calls go through the table below.
 */
#include "extract/office.h"

#include "core/core.h"

#include <stddef.h>
#include <string.h>
#include <zip.h>

/* The installed libzip's soname as the build found it (CMakeLists.txt:
 * jx_soname_of): Debian 12's libzip.so.4. */
#define LIBZIP_SONAME JX_LIBZIP_SONAME

/* Every libzip call this file makes. */
#define JX_ZIPLIB_CALLS(X) \
    X(zip_error_init) X(zip_error_fini) X(zip_error_strerror) X(zip_source_buffer_create) \
    X(zip_source_free) X(zip_open_from_source) X(zip_discard) X(zip_name_locate) \
    X(zip_stat_init) X(zip_stat_index) X(zip_fopen_index) X(zip_strerror) X(zip_fread) \
    X(zip_file_strerror) X(zip_fclose)

/* The calls, resolved from the loaded library (each member has the type of
 * the function it is named after). */
typedef struct {
#define JX_ZIPLIB_MEMBER(name) __typeof__(name) *name;
    JX_ZIPLIB_CALLS(JX_ZIPLIB_MEMBER)
#undef JX_ZIPLIB_MEMBER
} ziplib;

/* Where each call is found in ziplib, by its name. */
static const jx_module_call ziplib_calls[] = {
#define JX_ZIPLIB_SLOT(name) {#name, offsetof(ziplib, name)},
    JX_ZIPLIB_CALLS(JX_ZIPLIB_SLOT)
#undef JX_ZIPLIB_SLOT
};

/* What loading found: the calls, or what was missing and why. */
typedef struct {
    ziplib calls;
    gboolean ok;
    char *missing; /* on failure: the library or call not found, and the loader's reason */
} ziplib_loaded;

/* Loads libzip and resolves every call. */
static ziplib_loaded *load_ziplib(void)
{
    ziplib_loaded *l = g_new0(ziplib_loaded, 1);
    l->missing =
        jx_module_load(LIBZIP_SONAME, ziplib_calls, G_N_ELEMENTS(ziplib_calls), &l->calls);
    l->ok = !l->missing;
    return l;
}

/* libzip's calls, the library loaded on the first call of the process (and
 * kept); thread-safe.  NULL with `error` set (JX_ERROR_UNSUPPORTED) when it
 * is not installed or lacks a call; `error` may be NULL. */
static const ziplib *ziplib_load(GError **error)
{
    /* set once per process, read-only after: what every later package finds */
    static ziplib_loaded *loaded;
    if (g_once_init_enter(&loaded))
        g_once_init_leave(&loaded, load_ziplib());
    if (loaded->ok)
        return &loaded->calls;
    g_set_error(error, JX_ERROR, JX_ERROR_UNSUPPORTED,
                "reading .docx and .xlsx files needs libzip (%s); install it, "
                "e.g. apt-get install libzip4", loaded->missing);
    return NULL;
}

struct jx_zip {
    const ziplib *lib; /* the calls, loaded by jx_zip_open */
    zip_t *za;
    gsize budget; /* bytes all parts read from now on may still inflate to */
};

jx_zip *jx_zip_open(const guint8 *data, gsize len, GError **error)
{
    const ziplib *lib = ziplib_load(error);
    if (!lib)
        return NULL;
    zip_error_t zerr;
    lib->zip_error_init(&zerr);
    zip_source_t *zs = lib->zip_source_buffer_create(data, len, 0, &zerr);
    if (!zs) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT, "cannot read the zip archive: %s",
                    lib->zip_error_strerror(&zerr));
        lib->zip_error_fini(&zerr);
        return NULL;
    }
    zip_t *za = lib->zip_open_from_source(zs, ZIP_RDONLY, &zerr);
    if (!za) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT,
                    "the zip archive is damaged or truncated (%s); save the document again "
                    "from Word, Excel or WPS", lib->zip_error_strerror(&zerr));
        lib->zip_source_free(zs);
        lib->zip_error_fini(&zerr);
        return NULL;
    }
    lib->zip_error_fini(&zerr);
    jx_zip *z = g_new0(jx_zip, 1);
    z->lib = lib;
    z->za = za;
    z->budget = JX_ZIP_MAX_TOTAL;
    return z;
}

void jx_zip_free(jx_zip *z)
{
    if (!z)
        return;
    z->lib->zip_discard(z->za); /* read-only: nothing to write back */
    g_free(z);
}

/* Package part names are case-insensitive (OPC) and written without a
 * leading '/' in the zip, with one in relationship targets. */
static zip_int64_t locate(const jx_zip *z, const char *name)
{
    while (*name == '/')
        name++;
    return z->lib->zip_name_locate(z->za, name, ZIP_FL_NOCASE | ZIP_FL_ENC_GUESS);
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
    z->lib->zip_stat_init(&st);
    if (z->lib->zip_stat_index(z->za, (zip_uint64_t)idx, 0, &st) == 0) {
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
    zip_file_t *zf = z->lib->zip_fopen_index(z->za, (zip_uint64_t)idx, 0);
    if (!zf) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT, "cannot open part %s: %s", name,
                    z->lib->zip_strerror(z->za));
        return NULL;
    }
    GByteArray *buf = g_byte_array_new();
    guint8 chunk[65536];
    gboolean ok = TRUE;
    for (;;) {
        zip_int64_t n = z->lib->zip_fread(zf, chunk, sizeof chunk);
        if (n < 0) {
            g_set_error(error, JX_ERROR, JX_ERROR_FORMAT,
                        "part %s is damaged (%s); save the document again", name,
                        z->lib->zip_file_strerror(zf));
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
    z->lib->zip_fclose(zf);
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
