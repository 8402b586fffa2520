/*
 * import.c — many files into a database (jx_import, see jixiao.h).
 *
 * Why worker processes: a parser bug on one file in ten thousand — a crash,
 * a loop, memory running away — must cost that file, not the night's run.
 * Each document is parsed by `WORKER parse FILE` (the jixiao binary itself)
 * under a time and an address-space limit; its JSON Lines come back on a
 * pipe, and only when the worker exited cleanly are they written, in one
 * transaction, by this process, the database's only writer.  Everything that
 * can be decided without parsing — junk by its first bytes, unchanged files
 * by their SHA-256 — is decided here before a worker is started.
 *
 * The parent runs a GLib main loop: up to `jobs` workers at once, each
 * communicate()d asynchronously, each with a timeout source that kills it.
 */
#include "pipeline/pipeline.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>

/* Files that are certainly not documents, by their first bytes: reported and
 * skipped without starting a worker.  (Office files are ZIP or OLE2
 * containers: jixiao reads them once converted to PDF or text.) */
static const struct {
    const char *magic;
    gsize len;
    const char *what;
} junk_magic[] = {
    {"\x89PNG", 4, "a PNG image"},
    {"\xFF\xD8\xFF", 3, "a JPEG image"},
    {"GIF8", 4, "a GIF image"},
    {"II*\0", 4, "a TIFF image"},
    {"MM\0*", 4, "a TIFF image"},
    {"PK\x03\x04", 4, "a ZIP archive or an Office file (save it as PDF or text first)"},
    {"\xD0\xCF\x11\xE0", 4, "an old Office file (save it as PDF or text first)"},
    {"\x1F\x8B", 2, "a gzip archive"},
    {"7z\xBC\xAF", 4, "a 7-Zip archive"},
    {"Rar!", 4, "a RAR archive"},
    {"\x7F" "ELF", 4, "a program"},
};

typedef struct {
    char *path;
    guint index; /* in the sorted list */
    jx_import_outcome outcome;
    char *reason;
} problem;

typedef struct {
    struct jx_import *imp;
    char *path;
    char *sha256;
    guint index;
    gboolean replacing;
    gboolean timed_out;
    guint64 bytes;
    GSubprocess *proc;
    GSource *timeout; /* on the import's own main context */
} job;

struct jx_import {
    jx_db *db;
    char *worker;
    int jobs, shard_index, shard_count;
    double seconds;
    gsize megabytes;
    gboolean progress;
    /* the run */
    GPtrArray *files; /* char*, sorted */
    /* sha256 → GPtrArray of waiting jobs: the bytes are being parsed for
     * another path right now, so these paths are linked when it is stored */
    GHashTable *inflight;
    guint next, running, done;
    guint counts[JX_IMPORT_N_OUTCOMES];
    guint64 records[JX_RECORD_VALUE + 1];
    GHashTable *severities; /* severity → count (GUINT_TO_POINTER) */
    GArray *problems;       /* problem */
    GMainLoop *loop;
    GError *fatal; /* the database could not be written: stop */
    jx_sink *sink;
    gint64 started_us, last_drawn_us;
    guint64 bytes_done;
};

jx_import *jx_import_new(jx_db *db, const char *worker)
{
    jx_import *imp = g_new0(jx_import, 1);
    imp->db = db;
    imp->worker = g_strdup(worker);
    imp->jobs = 1;
    imp->seconds = 120;
    imp->megabytes = 2048;
    imp->problems = g_array_new(FALSE, TRUE, sizeof(problem));
    imp->severities = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    return imp;
}

static void clear_problem(gpointer p)
{
    problem *pr = p;
    g_free(pr->path);
    g_free(pr->reason);
}

static void reset_run(jx_import *imp)
{
    if (imp->files)
        g_ptr_array_unref(imp->files);
    imp->files = NULL;
    imp->next = imp->running = imp->done = 0;
    memset(imp->counts, 0, sizeof imp->counts);
    memset(imp->records, 0, sizeof imp->records);
    g_hash_table_remove_all(imp->severities);
    for (guint i = 0; i < imp->problems->len; i++)
        clear_problem(&g_array_index(imp->problems, problem, i));
    g_array_set_size(imp->problems, 0);
    imp->bytes_done = 0;
    if (imp->inflight)
        g_hash_table_destroy(imp->inflight);
    imp->inflight = NULL;
}

void jx_import_free(jx_import *imp)
{
    if (!imp)
        return;
    reset_run(imp);
    g_array_unref(imp->problems);
    g_hash_table_destroy(imp->severities);
    g_free(imp->worker);
    g_free(imp);
}

void jx_import_set_jobs(jx_import *imp, int jobs)
{
    imp->jobs = MAX(jobs, 1);
}

void jx_import_set_shard(jx_import *imp, int index, int count)
{
    imp->shard_index = index;
    imp->shard_count = count;
}

void jx_import_set_limits(jx_import *imp, double seconds, gsize megabytes)
{
    imp->seconds = seconds;
    imp->megabytes = megabytes;
}

void jx_import_set_progress(jx_import *imp, gboolean on)
{
    imp->progress = on;
}

guint jx_import_count(const jx_import *imp, jx_import_outcome outcome)
{
    return outcome < JX_IMPORT_N_OUTCOMES ? imp->counts[outcome] : 0;
}

guint64 jx_import_records(const jx_import *imp, jx_record_kind kind)
{
    return kind <= JX_RECORD_VALUE ? imp->records[kind] : 0;
}

guint64 jx_import_findings(const jx_import *imp, const char *severity)
{
    return GPOINTER_TO_UINT(g_hash_table_lookup(imp->severities, severity));
}

guint jx_import_n_problems(const jx_import *imp)
{
    return imp->problems->len;
}

void jx_import_problem(const jx_import *imp, guint i, const char **path,
                       jx_import_outcome *outcome, const char **reason)
{
    const problem *pr = &g_array_index(imp->problems, problem, i);
    *path = pr->path;
    *outcome = pr->outcome;
    *reason = pr->reason;
}

/* ---------------------------------------------------------------- file list */

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

static int compare_paths(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* ---------------------------------------------------------------- outcomes */

static void note(jx_import *imp, const char *path, const char *sha256, guint index,
                 jx_import_outcome outcome, const char *reason)
{
    imp->counts[outcome]++;
    if (outcome != JX_IMPORT_FAILED && outcome != JX_IMPORT_SKIPPED)
        return;
    problem pr = {g_strdup(path), index, outcome, g_strdup(reason)};
    g_array_append_val(imp->problems, pr);
    GError *e = NULL;
    if (!imp->fatal &&
        !jx_db_note_problem(imp->db, path, sha256,
                            outcome == JX_IMPORT_FAILED ? "failed" : "skipped", reason, &e))
        imp->fatal = e;
    else
        g_clear_error(&e);
}

static void draw_progress(jx_import *imp, gboolean force)
{
    if (!imp->progress)
        return;
    gint64 now = g_get_monotonic_time();
    if (!force && now - imp->last_drawn_us < 100000)
        return;
    imp->last_drawn_us = now;
    double secs = (now - imp->started_us) / 1e6;
    guint total = imp->files->len;
    double mbs = secs > 0 ? imp->bytes_done / 1048576.0 / secs : 0;
    double eta = imp->done ? secs / imp->done * (total - imp->done) : 0;
    fprintf(stderr, "\r\033[K%u/%u files  %.1f MB/s  ETA %.0f s  failed %u", imp->done, total,
            mbs, eta, imp->counts[JX_IMPORT_FAILED]);
    fflush(stderr);
}

/* ---------------------------------------------------------------- hashing */

/* The hex SHA-256 of the file and its first bytes; NULL with `why` set when
 * it cannot be read. */
static char *hash_file(const char *path, guint8 *head, gsize *head_len, guint64 *size,
                       char **why)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        *why = g_strdup_printf("cannot be read: %s", g_strerror(errno));
        return NULL;
    }
    GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
    guint8 buf[1 << 16];
    gsize n;
    *head_len = 0;
    *size = 0;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        if (*size == 0) {
            *head_len = MIN(n, 16);
            memcpy(head, buf, *head_len);
        }
        *size += n;
        g_checksum_update(sum, buf, n);
    }
    gboolean err = ferror(f);
    fclose(f);
    char *hex = err ? NULL : g_strdup(g_checksum_get_string(sum));
    if (err)
        *why = g_strdup("cannot be read (input/output error)");
    g_checksum_free(sum);
    return hex;
}

static const char *junk_kind(const guint8 *head, gsize len)
{
    for (gsize i = 0; i < G_N_ELEMENTS(junk_magic); i++)
        if (len >= junk_magic[i].len && memcmp(head, junk_magic[i].magic, junk_magic[i].len) == 0)
            return junk_magic[i].what;
    return NULL;
}

/* ---------------------------------------------------------------- workers */

typedef struct {
    rlim_t address_space; /* 0: none */
} child_limits;

/* In the child between fork and exec: only async-signal-safe calls.  No core
 * files from a crashing parser; the worker dies with the importer (a killed
 * import leaves no orphan parsing on). */
static void child_setup(gpointer data)
{
    const child_limits *lim = data;
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    if (lim->address_space) {
        struct rlimit as = {lim->address_space, lim->address_space};
        setrlimit(RLIMIT_AS, &as);
    }
    prctl(PR_SET_PDEATHSIG, SIGKILL);
}

static void start_next(jx_import *imp);

/* The last non-empty line of the worker's standard error, without the
 * program's "jixiao: " prefix: what it said about the file. */
static char *last_line(GBytes *err)
{
    gsize len = 0;
    const char *data = err ? g_bytes_get_data(err, &len) : NULL;
    if (!data || !len)
        return NULL;
    char *text = g_strndup(data, len);
    char **lines = g_strsplit(text, "\n", -1);
    char *found = NULL;
    for (int i = g_strv_length(lines) - 1; i >= 0 && !found; i--) {
        char *l = g_strstrip(lines[i]);
        if (*l)
            found = g_strdup(g_str_has_prefix(l, "jixiao: ") ? l + 8 : l);
    }
    g_strfreev(lines);
    g_free(text);
    return found;
}

static void count_record(jx_import *imp, const jx_record *rec)
{
    jx_record_kind kind = jx_record_kind_of(rec);
    imp->records[kind]++;
    if (kind == JX_RECORD_FINDING) {
        const char *sev = jx_record_string(rec, JX_F_SEVERITY);
        sev = sev ? sev : "(none)";
        guint n = GPOINTER_TO_UINT(g_hash_table_lookup(imp->severities, sev));
        g_hash_table_insert(imp->severities, g_strdup(sev), GUINT_TO_POINTER(n + 1));
    }
}

/* Reads the worker's JSON Lines and writes them as one transaction.  Returns
 * NULL, or why the output could not be used (the document is then failed). */
static char *store_output(jx_import *imp, job *j, GBytes *out)
{
    gsize len = 0;
    const char *data = out ? g_bytes_get_data(out, &len) : NULL;
    GPtrArray *recs = g_ptr_array_new_with_free_func((GDestroyNotify)jx_record_free);
    const char *p = data, *end = data + len;
    char *why = NULL;
    while (p && p < end && !why) {
        const char *nl = memchr(p, '\n', end - p);
        const char *stop = nl ? nl : end;
        if (stop > p) {
            GError *e = NULL;
            jx_record *rec = jx_record_from_json(p, stop - p, &e);
            if (!rec) {
                why = g_strdup_printf("the parser's output could not be read: %s", e->message);
                g_error_free(e);
            } else {
                g_ptr_array_add(recs, rec);
            }
        }
        p = nl ? nl + 1 : end;
    }
    if (!why && (recs->len == 0 || jx_record_kind_of(recs->pdata[0]) != JX_RECORD_DOCUMENT))
        why = g_strdup("the parser wrote no document record");
    if (!why) {
        GError *e = NULL;
        gboolean ok = TRUE;
        for (guint i = 0; i < recs->len && ok; i++)
            ok = jx_sink_write(imp->sink, recs->pdata[i], &e);
        ok = ok && jx_sink_end_document(imp->sink, &e);
        if (!ok)
            imp->fatal = e;
        else
            for (guint i = 0; i < recs->len; i++)
                count_record(imp, recs->pdata[i]);
    }
    g_ptr_array_unref(recs);
    return why;
}

static void job_free(job *j)
{
    if (j->timeout) {
        g_source_destroy(j->timeout);
        g_source_unref(j->timeout);
    }
    g_clear_object(&j->proc);
    g_free(j->path);
    g_free(j->sha256);
    g_free(j);
}

/* The paths whose bytes `j` parsed: linked to its document, or given its
 * outcome when it did not import. */
static void settle_waiting(jx_import *imp, job *j, jx_import_outcome outcome, const char *why)
{
    GPtrArray *waiting = g_hash_table_lookup(imp->inflight, j->sha256);
    for (guint i = 0; waiting && i < waiting->len; i++) {
        job *w = waiting->pdata[i];
        GError *e = NULL;
        if (outcome != JX_IMPORT_LINKED) {
            char *r = g_strdup_printf("same bytes as %s: %s", j->path, why);
            note(imp, w->path, w->sha256, w->index, outcome, r);
            g_free(r);
        } else if (imp->fatal) {
            ;
        } else if (jx_db_link_path(imp->db, w->path, w->sha256, &e)) {
            note(imp, w->path, w->sha256, w->index, JX_IMPORT_LINKED, NULL);
        } else {
            imp->fatal = e;
        }
        imp->done++;
        imp->bytes_done += w->bytes;
    }
    g_hash_table_remove(imp->inflight, j->sha256);
}

static gboolean on_timeout(gpointer data)
{
    job *j = data;
    j->timed_out = TRUE;
    g_subprocess_force_exit(j->proc);
    return G_SOURCE_REMOVE;
}

static void on_worker_done(GObject *source, GAsyncResult *res, gpointer data)
{
    job *j = data;
    jx_import *imp = j->imp;
    GBytes *out = NULL, *err = NULL;
    GError *e = NULL;
    gboolean ok = g_subprocess_communicate_finish(j->proc, res, &out, &err, &e);
    char *said = last_line(err);
    char *failed = NULL, *skipped = NULL;
    if (!ok) {
        failed = g_strdup_printf("the parser's output could not be read: %s", e->message);
    } else if (j->timed_out) {
        failed = g_strdup_printf("no result within %.0f s: the parser was stopped", imp->seconds);
    } else if (g_subprocess_get_if_signaled(j->proc)) {
        int sig = g_subprocess_get_term_sig(j->proc);
        failed = g_strdup_printf("the parser crashed (signal %d, %s)%s", sig, g_strsignal(sig),
                                 sig == SIGKILL ? " — out of memory?" : "");
    } else if (g_subprocess_get_exit_status(j->proc) == 1) {
        /* jixiao parse: the input could not be read or decoded (binary, empty, …) */
        skipped = g_strdup(said ? said : "the parser could not read it");
    } else if (g_subprocess_get_exit_status(j->proc) != 0) {
        int status = g_subprocess_get_exit_status(j->proc);
        failed = g_strdup_printf("the parser stopped with status %d%s%s", status,
                                 said ? ": " : "", said ? said : "");
    } else if (!imp->fatal) {
        failed = store_output(imp, j, out);
        if (!failed && !imp->fatal) {
            note(imp, j->path, j->sha256, j->index, JX_IMPORT_IMPORTED, NULL);
            if (j->replacing)
                imp->counts[JX_IMPORT_REPLACED]++;
        }
    }
    if (failed)
        note(imp, j->path, j->sha256, j->index, JX_IMPORT_FAILED, failed);
    else if (skipped)
        note(imp, j->path, j->sha256, j->index, JX_IMPORT_SKIPPED, skipped);
    settle_waiting(imp, j, failed ? JX_IMPORT_FAILED : skipped ? JX_IMPORT_SKIPPED
                                                              : JX_IMPORT_LINKED,
                   failed ? failed : skipped);
    imp->bytes_done += j->bytes;
    imp->done++;
    imp->running--;
    g_free(failed);
    g_free(skipped);
    g_free(said);
    g_clear_error(&e);
    if (out)
        g_bytes_unref(out);
    if (err)
        g_bytes_unref(err);
    job_free(j);
    draw_progress(imp, FALSE);
    start_next(imp);
}

static gboolean spawn(jx_import *imp, job *j, GError **error)
{
    GSubprocessLauncher *l = g_subprocess_launcher_new(
        G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
        G_SUBPROCESS_FLAGS_STDERR_PIPE);
    child_limits *lim = g_new0(child_limits, 1);
#if !defined(__SANITIZE_ADDRESS__)
    lim->address_space = (rlim_t)imp->megabytes * 1024 * 1024;
#endif
    g_subprocess_launcher_set_child_setup(l, child_setup, lim, g_free);
    /* a path starting with '-' would read as an option */
    char *arg = j->path[0] == '-' ? g_strconcat("./", j->path, NULL) : g_strdup(j->path);
    j->proc = g_subprocess_launcher_spawn(l, error, imp->worker, "parse", arg, NULL);
    g_free(arg);
    g_object_unref(l);
    if (!j->proc)
        return FALSE;
    if (imp->seconds > 0) {
        j->timeout = g_timeout_source_new((guint)(imp->seconds * 1000));
        g_source_set_callback(j->timeout, on_timeout, j, NULL);
        g_source_attach(j->timeout, g_main_context_get_thread_default());
    }
    /* an empty standard input, closed at once: a worker never waits on the terminal */
    GBytes *nothing = g_bytes_new_static("", 0);
    g_subprocess_communicate_async(j->proc, nothing, NULL, on_worker_done, j);
    g_bytes_unref(nothing);
    return TRUE;
}

/* Decides one file without a worker when it can; returns TRUE when a worker
 * was started for it. */
static gboolean dispatch(jx_import *imp, guint index)
{
    const char *path = g_ptr_array_index(imp->files, index);
    guint8 head[16];
    gsize head_len = 0;
    guint64 size = 0;
    char *why = NULL;
    char *sha = hash_file(path, head, &head_len, &size, &why);
    const char *junk = sha ? junk_kind(head, head_len) : NULL;
    jx_db_state state = JX_DB_NEW;
    GError *e = NULL;
    gboolean started = FALSE;
    if (!sha) {
        note(imp, path, NULL, index, JX_IMPORT_SKIPPED, why);
    } else if (size == 0) {
        note(imp, path, sha, index, JX_IMPORT_SKIPPED, "an empty file");
    } else if (junk) {
        char *r = g_strdup_printf("%s, not a document", junk);
        note(imp, path, sha, index, JX_IMPORT_SKIPPED, r);
        g_free(r);
    } else if (g_hash_table_contains(imp->inflight, sha)) {
        job *w = g_new0(job, 1);
        w->path = g_strdup(path);
        w->sha256 = g_strdup(sha);
        w->index = index;
        w->bytes = size;
        g_ptr_array_add(g_hash_table_lookup(imp->inflight, sha), w);
        started = TRUE; /* decided when the worker for these bytes is done */
        size = 0;
    } else if (!jx_db_lookup(imp->db, path, sha, &state, &e)) {
        imp->fatal = e;
    } else if (state == JX_DB_UNCHANGED) {
        note(imp, path, sha, index, JX_IMPORT_UNCHANGED, NULL);
    } else if (state == JX_DB_KNOWN_BYTES) {
        if (jx_db_link_path(imp->db, path, sha, &e))
            note(imp, path, sha, index, JX_IMPORT_LINKED, NULL);
        else
            imp->fatal = e;
    } else {
        job *j = g_new0(job, 1);
        j->imp = imp;
        j->path = g_strdup(path);
        j->sha256 = g_strdup(sha);
        j->index = index;
        j->bytes = size;
        j->replacing = state == JX_DB_CHANGED;
        if (spawn(imp, j, &e)) {
            started = TRUE;
            g_hash_table_insert(imp->inflight, g_strdup(sha),
                                g_ptr_array_new_with_free_func((GDestroyNotify)job_free));
        } else {
            char *r = g_strdup_printf("the parser could not be started: %s", e->message);
            note(imp, path, sha, index, JX_IMPORT_FAILED, r);
            g_free(r);
            g_clear_error(&e);
            job_free(j);
        }
    }
    if (!started) {
        imp->done++;
        imp->bytes_done += size;
    }
    g_free(why);
    g_free(sha);
    return started;
}

static void start_next(jx_import *imp)
{
    while (!imp->fatal && imp->running < (guint)imp->jobs && imp->next < imp->files->len) {
        guint before = g_hash_table_size(imp->inflight);
        if (dispatch(imp, imp->next++) && g_hash_table_size(imp->inflight) > before)
            imp->running++;
        draw_progress(imp, FALSE);
    }
    if (imp->running == 0 && (imp->fatal || imp->next >= imp->files->len))
        g_main_loop_quit(imp->loop);
}

static int compare_problems(gconstpointer a, gconstpointer b)
{
    const problem *x = a, *y = b;
    return x->index < y->index ? -1 : x->index > y->index;
}

gboolean jx_import_run(jx_import *imp, const char *const *inputs, GError **error)
{
    reset_run(imp);
    GPtrArray *all = g_ptr_array_new_with_free_func(g_free);
    for (const char *const *in = inputs; *in; in++)
        if (!collect(*in, all, error)) {
            g_ptr_array_unref(all);
            return FALSE;
        }
    g_ptr_array_sort(all, compare_paths);
    /* the same file named twice (a folder and a file in it) is one file */
    imp->files = g_ptr_array_new_with_free_func(g_free);
    guint n = all->len, first = 0, last = n;
    if (imp->shard_count > 1) {
        first = (guint)((guint64)n * (imp->shard_index - 1) / imp->shard_count);
        last = (guint)((guint64)n * imp->shard_index / imp->shard_count);
    }
    for (guint i = 0; i < n; i++) {
        const char *p = all->pdata[i];
        if (i > 0 && strcmp(p, all->pdata[i - 1]) == 0)
            continue;
        if (i >= first && i < last)
            g_ptr_array_add(imp->files, g_strdup(p));
    }
    g_ptr_array_unref(all);

    imp->inflight = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify)g_ptr_array_unref);
    imp->sink = jx_sink_new_db(imp->db);
    GMainContext *ctx = g_main_context_new();
    g_main_context_push_thread_default(ctx);
    imp->loop = g_main_loop_new(ctx, FALSE);
    imp->started_us = g_get_monotonic_time();
    start_next(imp);
    /* start_next fills every slot it can: no worker running means done or stopped */
    if (imp->running > 0)
        g_main_loop_run(imp->loop);
    g_main_loop_unref(imp->loop);
    imp->loop = NULL;
    g_main_context_pop_thread_default(ctx);
    g_main_context_unref(ctx);
    jx_sink_free(imp->sink);
    imp->sink = NULL;
    if (imp->progress) {
        draw_progress(imp, TRUE);
        fputs("\r\033[K", stderr);
    }
    g_array_sort(imp->problems, compare_problems);
    if (imp->fatal) {
        g_set_error(error, JX_ERROR, JX_ERROR_OUTPUT, "%s", imp->fatal->message);
        g_clear_error(&imp->fatal);
        return FALSE;
    }
    return TRUE;
}
