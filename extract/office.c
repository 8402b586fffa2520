/*
 * office.c — the legacy binary formats (.doc, .xls, and WPS's .wps, .et)
 * read by having LibreOffice convert them to .docx or .xlsx first.
 *
 * Their formats are large and poorly specified; LibreOffice reads them all,
 * so jixiao runs it rather than carry a reader of its own:
 *
 *     soffice -env:UserInstallation=file:///tmp/jx-soffice-XXXXXX/profile
 *             --headless --norestore --convert-to docx --outdir OUT IN.doc
 *
 * in a fresh temporary folder per file.  The private profile is what lets
 * several conversions run at once (LibreOffice locks its profile, and a
 * second soffice on the same one hands its work to the first and exits).
 * The run is bounded: after JX_SOFFICE_TIMEOUT seconds its whole process
 * group is killed and the file fails with a line saying so.  The soffice
 * program is found on the PATH, or taken from $JX_SOFFICE.
 */
#include "extract/office.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

/* Seconds a conversion may take (a first start of LibreOffice with a new
 * profile takes a few; a long document a few more). */
#define JX_SOFFICE_TIMEOUT 120

#define INSTALL_HINT "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui"

/* Its own process group, so a timeout can kill soffice.bin too, not only
 * the wrapper script that started it. */
static void own_group(gpointer data)
{
    (void)data;
    setpgid(0, 0);
}

typedef struct {
    gboolean done, timed_out;
    GMainLoop *loop;
} wait_state;

static void on_exit_cb(GObject *obj, GAsyncResult *res, gpointer data)
{
    wait_state *ws = data;
    g_subprocess_wait_finish(G_SUBPROCESS(obj), res, NULL);
    ws->done = TRUE;
    g_main_loop_quit(ws->loop);
}

static gboolean on_timeout(gpointer data)
{
    wait_state *ws = data;
    ws->timed_out = TRUE;
    g_main_loop_quit(ws->loop);
    return G_SOURCE_REMOVE;
}

/* Removes `dir` and everything below it (the conversion's own folder). */
static void remove_tree(const char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    if (d) {
        const char *name;
        while ((name = g_dir_read_name(d))) {
            char *p = g_build_filename(dir, name, NULL);
            if (g_file_test(p, G_FILE_TEST_IS_DIR) && !g_file_test(p, G_FILE_TEST_IS_SYMLINK))
                remove_tree(p);
            else
                g_unlink(p);
            g_free(p);
        }
        g_dir_close(d);
    }
    g_rmdir(dir);
}

/* Runs soffice to convert `in` to `target` ("docx", "xlsx") into `outdir`,
 * with its profile under `profile`.  FALSE with `error` set. */
static gboolean run_soffice(const char *soffice, const char *profile, const char *in,
                            const char *outdir, const char *target, char **out_text,
                            GError **error)
{
    char *profile_uri = g_filename_to_uri(profile, NULL, NULL);
    char *env_arg = g_strconcat("-env:UserInstallation=", profile_uri, NULL);
    const char *argv[] = {soffice, env_arg, "--headless", "--norestore", "--nologo",
                          "--nolockcheck", "--convert-to", target, "--outdir", outdir, in, NULL};
    GSubprocessLauncher *launcher = g_subprocess_launcher_new(G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                              G_SUBPROCESS_FLAGS_STDERR_MERGE);
    g_subprocess_launcher_set_child_setup(launcher, own_group, NULL, NULL);
    /* its own HOME too: nothing of the user's LibreOffice is touched */
    g_subprocess_launcher_setenv(launcher, "HOME", profile, TRUE);
    GError *local = NULL;
    GSubprocess *proc = g_subprocess_launcher_spawnv(launcher, argv, &local);
    g_object_unref(launcher);
    g_free(env_arg);
    g_free(profile_uri);
    if (!proc) {
        g_set_error(error, JX_ERROR, JX_ERROR_UNSUPPORTED,
                    "LibreOffice could not be started (%s); install it (%s) to read .doc, "
                    ".xls, .wps and .et files", local->message, INSTALL_HINT);
        g_error_free(local);
        return FALSE;
    }
    /* wait on a private main context: the caller may run its own loop */
    GMainContext *ctx = g_main_context_new();
    g_main_context_push_thread_default(ctx);
    wait_state ws = {FALSE, FALSE, g_main_loop_new(ctx, FALSE)};
    g_subprocess_wait_async(proc, NULL, on_exit_cb, &ws);
    GSource *timer = g_timeout_source_new_seconds(JX_SOFFICE_TIMEOUT);
    g_source_set_callback(timer, on_timeout, &ws, NULL);
    g_source_attach(timer, ctx);
    g_main_loop_run(ws.loop);
    g_source_destroy(timer);
    g_source_unref(timer);
    if (!ws.done) {
        const char *id = g_subprocess_get_identifier(proc);
        if (id)
            kill(-(pid_t)g_ascii_strtoll(id, NULL, 10), SIGKILL);
        g_subprocess_force_exit(proc);
        while (!ws.done) /* reap it; the wait completes once it is gone */
            g_main_context_iteration(ctx, TRUE);
    }
    g_main_loop_unref(ws.loop);
    g_main_context_pop_thread_default(ctx);
    g_main_context_unref(ctx);
    /* what it said, for the error line */
    GInputStream *out = g_subprocess_get_stdout_pipe(proc);
    char buf[4096];
    gssize n = out && !ws.timed_out ? g_input_stream_read(out, buf, sizeof buf - 1, NULL, NULL) : 0;
    buf[n > 0 ? n : 0] = 0;
    *out_text = g_strstrip(g_strdup(buf));
    gboolean ok = !ws.timed_out;
    if (ws.timed_out)
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT,
                    "LibreOffice did not finish converting the file in %d s and was stopped; "
                    "open it in Word, Excel or WPS and save it as .docx or .xlsx",
                    JX_SOFFICE_TIMEOUT);
    g_object_unref(proc);
    return ok;
}

gboolean jx_office_convert_read(jx_source *src, jx_office_kind kind, const guint8 *data, gsize len,
                                GError **error)
{
    gboolean word = kind == JX_OFFICE_DOC;
    const char *target = word ? "docx" : "xlsx";
    const char *env = g_getenv("JX_SOFFICE");
    char *soffice = env && *env ? g_strdup(env) : g_find_program_in_path("soffice");
    if (!soffice || !g_file_test(soffice, G_FILE_TEST_IS_EXECUTABLE)) {
        g_set_error(error, JX_ERROR, JX_ERROR_UNSUPPORTED,
                    "a %s file needs LibreOffice to be read, and soffice is not installed; "
                    "install it (%s) or save the file as .%s",
                    word ? "Word/WPS (.doc, .wps)" : "Excel/WPS (.xls, .et)", INSTALL_HINT,
                    target);
        g_free(soffice);
        return FALSE;
    }
    GError *local = NULL;
    char *dir = g_dir_make_tmp("jx-soffice-XXXXXX", &local);
    if (!dir) {
        g_set_error(error, JX_ERROR, JX_ERROR_IO,
                    "cannot make a temporary folder for LibreOffice (%s); check TMPDIR",
                    local->message);
        g_error_free(local);
        g_free(soffice);
        return FALSE;
    }
    char *in = g_build_filename(dir, word ? "in.doc" : "in.xls", NULL);
    char *outdir = g_build_filename(dir, "out", NULL);
    char *profile = g_build_filename(dir, "profile", NULL);
    char *converted = g_build_filename(outdir, word ? "in.docx" : "in.xlsx", NULL);
    char *said = NULL, *bytes = NULL;
    gsize n = 0;
    gboolean ok = FALSE;
    if (!g_file_set_contents(in, (const char *)data, (gssize)len, &local)) {
        g_set_error(error, JX_ERROR, JX_ERROR_IO,
                    "cannot write a copy for LibreOffice (%s); check TMPDIR", local->message);
        g_error_free(local);
        goto out;
    }
    if (!run_soffice(soffice, profile, in, outdir, target, &said, error))
        goto out;
    if (!g_file_get_contents(converted, &bytes, &n, NULL) || n == 0) {
        /* soffice says little and exits 0 when it cannot read a file */
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT,
                    "LibreOffice could not convert the file to .%s%s%s%s (damaged, or protected "
                    "by a password?); open it in Word, Excel or WPS and save it as .%s", target,
                    said && *said ? " (it said: " : "", said && *said ? said : "",
                    said && *said ? ")" : "", target);
        goto out;
    }
    ok = word ? jx_docx_read(src, (const guint8 *)bytes, n, error)
              : jx_xlsx_read(src, (const guint8 *)bytes, n, error);
    if (ok)
        jx_source_add_warning(src, "read through LibreOffice (converted to .%s)", target);
out:
    g_free(bytes);
    g_free(said);
    remove_tree(dir);
    g_free(converted);
    g_free(profile);
    g_free(outdir);
    g_free(in);
    g_free(dir);
    g_free(soffice);
    return ok;
}
