/*
 * extract.c — the public entry points: read a file, sniff its format,
 * fingerprint it, and hand it to the right extractor.
 *
 * Errors name the file and say what to do; they are reported, never fatal
 * for a batch: the caller decides to go on with the next file.
 */
#include "extract/extract.h"
#include "extract/office.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static char *doc_id_of(const char *path)
{
    if (!path || strcmp(path, "-") == 0)
        return g_strdup("-");
    return g_path_get_basename(path);
}

static gboolean looks_like_pdf(const guint8 *data, gsize len)
{
    /* The header may follow a little junk; readers accept it within 1 KiB. */
    gsize lim = len < 1024 ? len : 1024;
    for (gsize i = 0; i + 5 <= lim; i++)
        if (memcmp(data + i, "%PDF-", 5) == 0)
            return TRUE;
    return FALSE;
}

static gboolean only_white_space(const guint8 *data, gsize len)
{
    for (gsize i = 0; i < len; i++)
        if (!g_ascii_isspace(data[i]))
            return FALSE;
    return TRUE;
}

/* A few NUL bytes in otherwise good text — a converter's stray terminator, a
 * file padded with NULs at its end — are dropped with a warning rather than
 * refusing the file.  More than this many inside the text (plus one per
 * STRAY_NUL_BYTES of input) means binary data or BOM-less UTF-16, which the
 * decoder judges as it always did. */
#define STRAY_NUL_MAX 8
#define STRAY_NUL_BYTES 65536

static gboolean has_utf16_or_32_bom(const guint8 *d, gsize len)
{
    return len >= 2 && ((d[0] == 0xFF && d[1] == 0xFE) || (d[0] == 0xFE && d[1] == 0xFF) ||
                        (len >= 4 && d[0] == 0 && d[1] == 0 && d[2] == 0xFE && d[3] == 0xFF));
}

/* A copy of `data` without its NUL bytes when they are stray (see above), with
 * their count in `*dropped`; NULL when there are none or too many. */
static guint8 *without_stray_nuls(const guint8 *data, gsize len, gsize *new_len, gsize *dropped)
{
    *dropped = 0;
    if (!memchr(data, 0, len) || has_utf16_or_32_bom(data, len))
        return NULL;
    gsize end = len;
    while (end > 0 && data[end - 1] == 0)
        end--; /* trailing padding, any length */
    gsize inside = 0;
    for (gsize i = 0; i < end; i++)
        inside += data[i] == 0;
    if (end == 0 || inside > STRAY_NUL_MAX + len / STRAY_NUL_BYTES)
        return NULL;
    guint8 *copy = g_malloc(end + 1);
    gsize w = 0;
    for (gsize i = 0; i < end; i++)
        if (data[i])
            copy[w++] = data[i];
    copy[w] = 0;
    *new_len = w;
    *dropped = len - w;
    return copy;
}

/* See extract.h: jx_extract_bytes up to the split.  With `owned` (the same
 * bytes as `data`, g_malloc'd with a NUL after them) the buffer is the
 * function's: it becomes the text when it is UTF-8 already, else it is freed. */
static jx_source *prepare_bytes(const char *name, const char *path, const guint8 *data, gsize len,
                                guint8 *owned, const char *sha256, char **text_out,
                                gsize *len_out, GError **error)
{
    jx_source *src = NULL;
    const char *shown = path ? path : (name ? name : "-");
    if (len == 0) {
        g_set_error(error, JX_ERROR, JX_ERROR_EMPTY, "%s: the file is empty; nothing to parse",
                    shown);
        goto fail;
    }
    if (only_white_space(data, len)) {
        g_set_error(error, JX_ERROR, JX_ERROR_EMPTY,
                    "%s: the file has no text (only spaces, tabs or line breaks); nothing to "
                    "parse", shown);
        goto fail;
    }
    /* the fingerprint is of the bytes as they came, before any is changed */
    char *digest =
        sha256 ? g_strdup(sha256) : g_compute_checksum_for_data(G_CHECKSUM_SHA256, data, len);
    /* Office files by their content, whatever their name says */
    jx_office_kind office = jx_office_sniff(data, len);
    if (office != JX_OFFICE_NONE) {
        const char *fmt = jx_office_format(office);
        src = jx_source_new(name, path, fmt ? fmt : "docx");
        jx_source_set_sha256(src, digest);
        g_free(digest);
        GError *local = NULL;
        if (!jx_office_read(src, office, data, len, &local)) {
            g_set_error(error, JX_ERROR, local->code, "%s: %s", shown, local->message);
            g_error_free(local);
            jx_source_free(src);
            src = NULL;
            goto fail;
        }
        g_free(owned);
        *text_out = g_strdup("");
        *len_out = 0;
        return src;
    }
    if (looks_like_pdf(data, len)) {
        src = jx_source_new(name, path, "pdf");
        jx_source_set_sha256(src, digest);
        g_free(digest);
        GError *local = NULL;
        if (!jx_pdf_read(src, data, len, &local)) {
            g_set_error(error, JX_ERROR, local->code, "%s: %s", shown, local->message);
            g_error_free(local);
            jx_source_free(src);
            src = NULL;
            goto fail;
        }
        g_free(owned);
        /* the blocks are made: nothing is left to split */
        *text_out = g_strdup("");
        *len_out = 0;
        return src;
    }

    gsize nuls = 0, clean_len = 0;
    guint8 *clean = without_stray_nuls(data, len, &clean_len, &nuls);
    const char *encoding = NULL;
    gsize text_len = 0, replaced = 0;
    GError *local = NULL;
    char *text;
    if (clean) {
        g_free(owned);
        owned = NULL;
        text = jx_text_decode_owned(clean, clean_len, &encoding, &text_len, &replaced, &local);
    } else if (owned) {
        text = jx_text_decode_owned(owned, len, &encoding, &text_len, &replaced, &local);
        owned = NULL;
    } else {
        text = jx_text_decode(data, len, &encoding, &text_len, &replaced, &local);
    }
    if (!text) {
        g_set_error(error, JX_ERROR, local ? local->code : JX_ERROR_ENCODING, "%s: %s", shown,
                    local ? local->message : "cannot decode the text");
        g_clear_error(&local);
        g_free(digest);
        return NULL;
    }

    src = jx_source_new(name, path, jx_text_sniff_format(text, text_len));
    jx_source_set_encoding(src, encoding);
    jx_source_set_sha256(src, digest);
    g_free(digest);
    if (replaced)
        jx_source_add_warning(src, "%" G_GSIZE_FORMAT " invalid byte sequence(s) in %s replaced "
                              "with U+FFFD", replaced, encoding);
    if (nuls)
        jx_source_add_warning(src, "%" G_GSIZE_FORMAT " NUL byte(s) dropped (not text)", nuls);
    *text_out = text;
    *len_out = text_len;
    return src;
fail:
    g_free(owned);
    return NULL;
}

jx_source *jx_extract_bytes(const char *name, const char *path, const guint8 *data, gsize len,
                            GError **error)
{
    char *text = NULL;
    gsize text_len = 0;
    jx_source *src = prepare_bytes(name, path, data, len, NULL, NULL, &text, &text_len, error);
    if (src)
        jx_text_split(src, text, text_len);
    g_free(text);
    return src;
}

/* Reads all of standard input or a regular file, refusing directories and
 * devices up front so the message says what is wrong. */
static gboolean read_input(const char *path, gsize max_bytes, guint8 **data, gsize *len,
                           GError **error)
{
    if (strcmp(path, "-") == 0) {
        GByteArray *buf = g_byte_array_new();
        guint8 chunk[65536];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0) {
            if (max_bytes && buf->len + n > max_bytes) {
                g_set_error(error, JX_ERROR, JX_ERROR_TOO_LARGE,
                            "standard input: larger than the limit of %" G_GSIZE_FORMAT
                            " bytes; raise --max-size", max_bytes);
                g_byte_array_unref(buf);
                return FALSE;
            }
            g_byte_array_append(buf, chunk, (guint)n);
        }
        if (ferror(stdin)) {
            g_set_error(error, JX_ERROR, JX_ERROR_IO, "standard input: read error");
            g_byte_array_unref(buf);
            return FALSE;
        }
        *len = buf->len;
        g_byte_array_append(buf, (const guint8 *)"", 1); /* a NUL after the bytes */
        *data = g_byte_array_free(buf, FALSE);
        return TRUE;
    }

    struct stat st;
    if (stat(path, &st) != 0) {
        int e = errno;
        g_set_error(error, JX_ERROR, JX_ERROR_IO, "%s: %s; check the path", path,
                    g_strerror(e));
        return FALSE;
    }
    if (S_ISDIR(st.st_mode)) {
        g_set_error(error, JX_ERROR, JX_ERROR_NOT_FILE,
                    "%s: is a directory; name the files inside it (e.g. %s/*.txt)", path, path);
        return FALSE;
    }
    if (!S_ISREG(st.st_mode)) {
        g_set_error(error, JX_ERROR, JX_ERROR_NOT_FILE, "%s: not a regular file", path);
        return FALSE;
    }
    if (max_bytes && (guint64)st.st_size > max_bytes) {
        g_set_error(error, JX_ERROR, JX_ERROR_TOO_LARGE,
                    "%s: %" G_GUINT64_FORMAT " bytes is larger than the limit of %" G_GSIZE_FORMAT
                    " bytes; raise --max-size",
                    path, (guint64)st.st_size, max_bytes);
        return FALSE;
    }
    GError *local = NULL;
    char *contents = NULL;
    if (!g_file_get_contents(path, &contents, len, &local)) {
        g_set_error(error, JX_ERROR, JX_ERROR_IO, "%s: cannot read: %s", path, local->message);
        g_error_free(local);
        return FALSE;
    }
    *data = (guint8 *)contents;
    return TRUE;
}

jx_source *jx_extract_path_text(const char *path, gsize max_bytes, const char *sha256,
                                char **text, gsize *len, GError **error)
{
    g_return_val_if_fail(path != NULL && text != NULL && len != NULL, NULL);
    *text = NULL;
    *len = 0;
    guint8 *data = NULL;
    gsize n = 0;
    if (!read_input(path, max_bytes, &data, &n, error))
        return NULL;
    char *name = doc_id_of(path);
    jx_source *src = prepare_bytes(name, path, data, n, data, sha256, text, len, error); /* takes data */
    g_free(name);
    return src;
}

jx_source *jx_extract_path(const char *path, gsize max_bytes, GError **error)
{
    char *text = NULL;
    gsize len = 0;
    jx_source *src = jx_extract_path_text(path, max_bytes, NULL, &text, &len, error);
    if (src)
        jx_text_split(src, text, len);
    g_free(text);
    return src;
}
