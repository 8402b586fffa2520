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

/* Writes one record; flushes as a table's first row goes out, so the
 * document record and every finished table are on disk. */
static gboolean write_record(const jx_record *rec, gpointer data)
{
    streaming *st = data;
    if (!jx_sink_write(st->sink, rec, &st->error))
        return FALSE;
    gboolean new_table = jx_record_kind_of(rec) == JX_RECORD_INDICATOR &&
                         jx_record_int(rec, JX_F_ROW, 0) == 1;
    return !new_table || jx_sink_flush(st->sink, &st->error);
}

/* Splits the text once per pass, each block going to the stream reader. */
static gboolean stream_passes(jx_source *src, const char *text, gsize len, streaming *st)
{
    jx_stream *s = jx_stream_new(src, write_record, st);
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
    char *text = NULL;
    gsize len = 0;
    jx_source *src = jx_extract_path_text(path, max_bytes, sha256, &text, &len, error);
    if (!src)
        return FALSE;
    streaming st = {sink, NULL};
    gboolean ok;
    if (len > stream_above) {
        ok = stream_passes(src, text, len, &st);
    } else {
        jx_text_split(src, text, len);
        ok = jx_parse_source_each(src, write_record, &st);
    }
    ok = ok && jx_sink_flush(sink, &st.error);
    g_free(text);
    if (!ok) {
        g_set_error(error, JX_ERROR, JX_ERROR_OUTPUT, "%s",
                    st.error ? st.error->message : "cannot write the records");
        g_clear_error(&st.error);
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
