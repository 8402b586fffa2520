/*
 * pipeline.c — the library entry points that chain the stages.
 *
 * Each stage knows only core types and the one before it hands over:
 * extract (bytes → jx_source), parse (jx_source → records), store (records →
 * output).  The functions that run a file through several stages live here,
 * above them all, so no stage calls another.
 */
#include "pipeline/pipeline.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "extract/extract.h"
#include "parse/parse.h"

/* See jixiao.h: jx_extract_path, then jx_parse_source on what it read. */
jx_record_list *jx_parse_path(const char *path, gsize max_bytes, GError **error)
{
    jx_source *src = jx_extract_path(path, max_bytes, error);
    if (!src)
        return NULL;
    jx_record_list *list = jx_parse_source(src);
    jx_source_free(src);
    return list;
}

typedef struct {
    jx_sink *sink;
    GError *error; /* the first output error */
} streaming;

/* Writes one record and frees it; flushes as a table's first row goes
 * out, so the document record and every finished table are on disk. */
static gboolean write_record(jx_record *rec, gpointer data)
{
    streaming *st = data;
    gboolean new_table = jx_record_kind_of(rec) == JX_RECORD_INDICATOR &&
                         jx_record_int(rec, JX_F_ROW, 0) == 1;
    gboolean ok = jx_sink_write(st->sink, rec, &st->error) &&
                  (!new_table || jx_sink_flush(st->sink, &st->error));
    jx_record_free(rec);
    return ok;
}

/* Splits the text once per pass, each block going to the stream reader. */
static gboolean stream_passes(jx_source *src, const char *text, gsize len,
                              jx_record_take_fn take, gpointer data)
{
    jx_stream *s = jx_stream_new_giving(src, take, data);
    guint said = 0;
    gboolean going = TRUE;
    for (int pass = 0; pass < JX_STREAM_PASSES && going; pass++) {
        jx_stream_begin_pass(s, pass);
        jx_source_set_consumer(src, jx_stream_take_block, s);
        jx_text_split(src, text, len);
        jx_source_set_consumer(src, NULL, NULL);
        /* what splitting says of the text is said once */
        if (pass == 0)
            said = jx_source_n_warnings(src);
        else
            jx_source_truncate_warnings(src, said);
        going = jx_stream_end_pass(s);
    }
    jx_stream_free(s);
    return going;
}

gboolean jx_pipeline_run(const char *path, gsize max_bytes, jx_sink *sink, gsize stream_above,
                         GError **error)
{
    return jx_pipeline_run_hashed(path, NULL, max_bytes, sink, stream_above, error);
}

gboolean jx_pipeline_run_hashed(const char *path, const char *sha256, gsize max_bytes,
                                jx_sink *sink, gsize stream_above, GError **error)
{
    g_return_val_if_fail(path != NULL && sink != NULL, FALSE);
    streaming st = {sink, NULL};
    GError *e = NULL;
    gboolean ok = jx_pipeline_run_giving(path, sha256, max_bytes, write_record, &st,
                                         stream_above, &e);
    /* a partial read wrote every record it could: flushed as a whole one */
    gboolean written = ok || g_error_matches(e, JX_ERROR, JX_ERROR_PARTIAL);
    if (written && !jx_sink_flush(sink, &st.error))
        ok = written = FALSE;
    if (!written && st.error) {
        /* the sink's own words say why the records could not be written */
        g_clear_error(&e);
        g_set_error(&e, JX_ERROR, JX_ERROR_OUTPUT, "%s", st.error->message);
    }
    g_clear_error(&st.error);
    if (e)
        g_propagate_error(error, e);
    return ok;
}

/* See pipeline.h. */
gboolean jx_pipeline_run_giving(const char *path, const char *sha256, gsize max_bytes,
                                jx_record_take_fn take, gpointer data, gsize stream_above,
                                GError **error)
{
    g_return_val_if_fail(path != NULL && take != NULL, FALSE);
    char *text = NULL;
    gsize len = 0;
    jx_source *src = jx_extract_path_text(path, max_bytes, sha256, &text, &len, error);
    if (!src)
        return FALSE;
    gboolean ok;
    if (len > stream_above) {
        ok = stream_passes(src, text, len, take, data);
    } else {
        jx_text_split(src, text, len);
        ok = jx_parse_source_give(src, take, data);
    }
    g_free(text);
    if (!ok) {
        g_set_error_literal(error, JX_ERROR, JX_ERROR_OUTPUT, "cannot write the records");
    } else if (src->unreadable) {
        /* written, and said: a scanned page among readable ones is a
         * failure the user must hear of, not only a warning in the record */
        g_set_error(error, JX_ERROR, JX_ERROR_PARTIAL, "%s: %s", path, src->unreadable);
        ok = FALSE;
    }
    jx_source_free(src);
    return ok;
}

/* Adds `path` to `files`, or, when it is a folder, every file under it. */
static gboolean collect(const char *path, GPtrArray *files, GError **error)
{
    GStatBuf st;
    if (g_stat(path, &st) != 0) {
        int e = errno;
        g_set_error(error, JX_ERROR, JX_ERROR_IO, "%s: %s (check the path)", path,
                    g_strerror(e));
        return FALSE;
    }
    if (!S_ISDIR(st.st_mode)) {
        g_ptr_array_add(files, g_strdup(path));
        return TRUE;
    }
    GDir *dir = g_dir_open(path, 0, error);
    if (!dir)
        return FALSE;
    const char *name;
    gboolean ok = TRUE;
    while (ok && (name = g_dir_read_name(dir))) {
        char *child = g_build_filename(path, name, NULL);
        /* a symbolic link to a folder is not followed: it could lead back up */
        if (g_file_test(child, G_FILE_TEST_IS_SYMLINK) && g_file_test(child, G_FILE_TEST_IS_DIR))
            ;
        else
            ok = collect(child, files, error);
        g_free(child);
    }
    g_dir_close(dir);
    return ok;
}

int jx_compare_paths(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **jx_files_under(const char *path, GError **error)
{
    g_return_val_if_fail(path != NULL, NULL);
    GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
    if (!collect(path, files, error)) {
        g_ptr_array_unref(files);
        return NULL;
    }
    g_ptr_array_sort(files, jx_compare_paths);
    g_ptr_array_set_free_func(files, NULL);
    g_ptr_array_add(files, NULL);
    return (char **)g_ptr_array_free(files, FALSE);
}

gboolean jx_parse_path_to_sink(const char *path, gsize max_bytes, jx_sink *sink, GError **error)
{
    return jx_pipeline_run(path, max_bytes, sink, JX_STREAM_ABOVE_BYTES, error);
}
