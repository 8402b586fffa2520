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
 * by their SHA-256 — is decided here before a worker is started.  The
 * consistency checker runs here on each document's records as they come back,
 * and its findings are stored with them.
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

#include "extract/office.h"

/* Files that are certainly not documents, by their first bytes: reported and
 * skipped without starting a worker.  ZIP and OLE2 containers are looked
 * into first (office_junk): Word and Excel files are documents. */
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
    {"PK\x03\x04", 4, "a ZIP archive"},
    {"\xD0\xCF\x11\xE0", 4, "an OLE2 file that is no Word or Excel document"},
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

/* A file to be parsed: what the parent knew of it before the worker ran. */
typedef struct {
    char *path, *sha256;
    guint index; /* in the sorted list */
    guint64 bytes;
    gboolean replacing; /* the path named other bytes before */
    gboolean settled;   /* its outcome is recorded */
} entry;

typedef struct group group;

/* A worker process and the files it was given: a batch, so that the cost of
 * starting a process (about as much as parsing a small table) is paid once
 * for several documents; a file of a batch that did not finish is run again
 * alone, where its outcome is its own. */
typedef struct {
    struct jx_import *imp;
    GPtrArray *entries; /* entry*, owned */
    gboolean timed_out;
    GSubprocess *proc;
    GSource *timeout; /* on the import's own main context */
    /* Its output is read as it comes, and each document stored as soon as
     * the next one starts: the pipe never fills while the parent writes, so
     * parsing and storing overlap, and a batch cut short keeps what it did. */
    GByteArray *out, *err; /* bytes not yet read as lines; standard error */
    group *cur;            /* the document being read */
    guint pending;         /* stdout, stderr and the exit still to come */
    GError *read_error;
} job;

/* At most this many files, or this many bytes, per worker: enough to make
 * the start-up cost small (about 30 ms, the time of a few small tables),
 * little enough that a batch of large PDFs stays well inside one document's
 * time limit and a batch cut short by one bad file wastes little. */
#define BATCH_MAX 128
#define BATCH_BYTES ((guint64)4 << 20)

struct jx_import {
    jx_db *db;
    char *worker;
    int jobs, shard_index, shard_count;
    double seconds;
    gsize megabytes;
    gboolean progress;
    /* the run */
    GPtrArray *files; /* char*, sorted */
    /* sha256 → GPtrArray of waiting entries: the bytes are being parsed for
     * another path right now, so these paths are linked when it is stored */
    GHashTable *inflight;
    GQueue *retry; /* entry*: files of a batch that did not finish, to run alone */
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

static void entry_free(entry *e)
{
    if (!e)
        return; /* a batch's place of a file handed on to run alone */
    g_free(e->path);
    g_free(e->sha256);
    g_free(e);
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
    if (imp->retry)
        g_queue_free_full(imp->retry, (GDestroyNotify)entry_free);
    imp->retry = NULL;
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

/* A ZIP or OLE2 container that holds a Word or Excel document is no junk:
 * what the Office reader makes of the whole file says (the file is mapped,
 * not read). */
static gboolean is_office_document(const char *path)
{
    GMappedFile *m = g_mapped_file_new(path, FALSE, NULL);
    if (!m)
        return FALSE;
    jx_office_kind kind = jx_office_sniff((const guint8 *)g_mapped_file_get_contents(m),
                                          g_mapped_file_get_length(m));
    g_mapped_file_unref(m);
    return jx_office_format(kind) != NULL || kind == JX_OFFICE_ENCRYPTED;
}

static const char *junk_kind(const char *path, const guint8 *head, gsize len)
{
    if (len >= 4 && (memcmp(head, "PK\x03\x04", 4) == 0 || memcmp(head, "\xD0\xCF\x11\xE0", 4) == 0) &&
        is_office_document(path))
        return NULL;
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
static char *last_line(const GByteArray *err)
{
    if (!err || !err->len)
        return NULL;
    char *text = g_strndup((const char *)err->data, err->len);
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

/* One document in a worker's output: its records, from its document record
 * to the next one. */
struct group {
    GPtrArray *recs; /* jx_record*, the document record first */
    char *broken;    /* a line that could not be read: why */
};

static void group_free(group *g)
{
    if (!g)
        return;
    g_ptr_array_unref(g->recs);
    g_free(g->broken);
    g_free(g);
}

/* The findings the consistency checker makes of one document's records (a
 * new list).  It runs here, not in the worker: it reads records only, which
 * have already come through the worker and been read back. */
static jx_record_list *check_group(const group *g)
{
    jx_record_list *list = jx_record_list_new();
    for (guint i = 0; i < g->recs->len; i++)
        jx_record_list_append(list, jx_record_copy(g->recs->pdata[i]));
    jx_record_list *findings = jx_check_records(list);
    jx_record_list_free(list);
    return findings;
}

/* Writes one document's records, then its findings, as one transaction. */
static void store_group(jx_import *imp, const group *g)
{
    GError *e = NULL;
    gboolean ok = TRUE;
    jx_record_list *findings = check_group(g);
    for (guint i = 0; i < g->recs->len && ok; i++)
        ok = jx_sink_write(imp->sink, g->recs->pdata[i], &e);
    ok = ok && jx_sink_write_list(imp->sink, findings, &e);
    ok = ok && jx_sink_end_document(imp->sink, &e);
    if (!ok) {
        imp->fatal = e;
        jx_record_list_free(findings);
        return;
    }
    for (guint i = 0; i < g->recs->len; i++)
        count_record(imp, g->recs->pdata[i]);
    for (guint i = 0; i < jx_record_list_length(findings); i++)
        count_record(imp, jx_record_list_get(findings, i));
    jx_record_list_free(findings);
}

static void job_free(job *j)
{
    if (j->timeout) {
        g_source_destroy(j->timeout);
        g_source_unref(j->timeout);
    }
    g_clear_object(&j->proc);
    g_ptr_array_unref(j->entries);
    if (j->out)
        g_byte_array_unref(j->out);
    if (j->err)
        g_byte_array_unref(j->err);
    group_free(j->cur);
    g_clear_error(&j->read_error);
    g_free(j);
}

/* The paths whose bytes `x` held: linked to its document, or given its
 * outcome when it did not import. */
static void settle_waiting(jx_import *imp, const entry *x, jx_import_outcome outcome,
                           const char *why)
{
    GPtrArray *waiting = g_hash_table_lookup(imp->inflight, x->sha256);
    for (guint i = 0; waiting && i < waiting->len; i++) {
        entry *w = waiting->pdata[i];
        GError *e = NULL;
        if (outcome != JX_IMPORT_IMPORTED) {
            char *r = g_strdup_printf("same bytes as %s: %s", x->path, why);
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
    g_hash_table_remove(imp->inflight, x->sha256);
}

/* Records the outcome of one file and of the paths waiting on its bytes. */
static void decide(jx_import *imp, entry *x, jx_import_outcome outcome, const char *why)
{
    x->settled = TRUE;
    note(imp, x->path, x->sha256, x->index, outcome, why);
    if (outcome == JX_IMPORT_IMPORTED && x->replacing)
        imp->counts[JX_IMPORT_REPLACED]++;
    settle_waiting(imp, x, outcome, why);
    imp->done++;
    imp->bytes_done += x->bytes;
    draw_progress(imp, FALSE);
}

/* The file of the batch that `g` is the document of, or NULL. */
static entry *entry_of(job *j, const group *g)
{
    const char *source = jx_record_string(g->recs->pdata[0], JX_F_SOURCE);
    for (guint i = 0; source && i < j->entries->len; i++) {
        entry *x = j->entries->pdata[i];
        /* the worker was given "./-name" for a path starting with '-' */
        if (x && (strcmp(source, x->path) == 0 ||
                  (x->path[0] == '-' && g_str_has_prefix(source, "./") &&
                   strcmp(source + 2, x->path) == 0)))
            return x;
    }
    return NULL;
}

/* A document of the output is whole: store it (one transaction). */
static void finish_group(job *j, group *g)
{
    jx_import *imp = j->imp;
    entry *x = entry_of(j, g);
    if (x && !x->settled && !imp->fatal) {
        if (g->broken) {
            decide(imp, x, JX_IMPORT_FAILED, g->broken);
        } else {
            store_group(imp, g);
            if (!imp->fatal)
                decide(imp, x, JX_IMPORT_IMPORTED, NULL);
        }
    }
    group_free(g);
}

/* Reads the complete lines of the output; a document record ends the
 * document before it, which is then stored.  A line without its newline
 * waits for the rest. */
static void take_lines(job *j)
{
    const char *data = (const char *)j->out->data;
    gsize len = j->out->len, used = 0;
    const char *nl;
    while (used < len && (nl = memchr(data + used, '\n', len - used))) {
        const char *p = data + used;
        if (nl > p) {
            GError *e = NULL;
            jx_record *rec = jx_record_from_json(p, nl - p, &e);
            if (rec && jx_record_kind_of(rec) == JX_RECORD_DOCUMENT) {
                if (j->cur)
                    finish_group(j, j->cur);
                j->cur = g_new0(group, 1);
                j->cur->recs = g_ptr_array_new_with_free_func((GDestroyNotify)jx_record_free);
                g_ptr_array_add(j->cur->recs, rec);
            } else if (!rec || !j->cur) {
                if (j->cur && !j->cur->broken)
                    j->cur->broken = g_strdup_printf(
                        "the parser's output could not be read: %s",
                        e ? e->message : "a record before its document");
                jx_record_free(rec);
            } else {
                g_ptr_array_add(j->cur->recs, rec);
            }
            g_clear_error(&e);
        }
        used = (gsize)(nl - data) + 1;
    }
    g_byte_array_remove_range(j->out, 0, (guint)used);
}

static gboolean on_timeout(gpointer data)
{
    job *j = data;
    j->timed_out = TRUE;
    g_subprocess_force_exit(j->proc);
    return G_SOURCE_REMOVE;
}

/* Why a worker that wrote no complete document for a file gave none. */
static char *worker_failure(jx_import *imp, job *j, const char *said, gboolean *skipped)
{
    *skipped = FALSE;
    if (j->read_error)
        return g_strdup_printf("the parser's output could not be read: %s",
                               j->read_error->message);
    if (j->timed_out)
        return g_strdup_printf("no result within %.0f s: the parser was stopped", imp->seconds);
    if (g_subprocess_get_if_signaled(j->proc)) {
        int sig = g_subprocess_get_term_sig(j->proc);
        /* past RLIMIT_AS an allocation fails and GLib aborts; the kernel's
         * OOM killer sends SIGKILL */
        gboolean memory = sig == SIGKILL || (sig == SIGABRT && imp->megabytes);
        return g_strdup_printf("the parser crashed (signal %d, %s)%s", sig, g_strsignal(sig),
                               memory ? " — out of memory? (see --memory)" : "");
    }
    int status = g_subprocess_get_exit_status(j->proc);
    if (status == 1) {
        /* jixiao parse: the input could not be read or decoded (binary, …) */
        *skipped = TRUE;
        return g_strdup(said ? said : "the parser could not read it");
    }
    if (status == 0)
        return g_strdup("the parser wrote no document record");
    return g_strdup_printf("the parser stopped with status %d%s%s", status, said ? ": " : "",
                           said ? said : "");
}

/* The output, the errors and the exit are all in: the last document counts
 * if the worker ended cleanly; files without a document are run again alone
 * (a batch) or failed with the reason (a file alone). */
static void job_done(job *j)
{
    jx_import *imp = j->imp;
    gboolean clean = !j->read_error && !j->timed_out && g_subprocess_get_if_exited(j->proc) &&
                     g_subprocess_get_exit_status(j->proc) <= 1;
    if (j->cur && clean)
        finish_group(j, j->cur);
    else
        group_free(j->cur);
    j->cur = NULL;
    char *said = last_line(j->err);
    for (guint i = 0; i < j->entries->len; i++) {
        entry *x = j->entries->pdata[i];
        if (x->settled)
            continue;
        if (imp->fatal) {
            imp->done++;
        } else if (j->entries->len > 1) {
            /* run it alone: its own outcome, its own time */
            g_queue_push_tail(imp->retry, x);
            j->entries->pdata[i] = NULL;
        } else {
            gboolean skipped;
            char *why = worker_failure(imp, j, said, &skipped);
            decide(imp, x, skipped ? JX_IMPORT_SKIPPED : JX_IMPORT_FAILED, why);
            g_free(why);
        }
    }
    g_free(said);
    imp->running--;
    job_free(j);
    start_next(imp);
    /* a database failure stops the run once the workers are done */
    if (imp->fatal && imp->running == 0)
        g_main_loop_quit(imp->loop);
}

static void read_more(job *j, gboolean out);

static void on_read(GObject *source, GAsyncResult *res, gpointer data)
{
    job *j = data;
    gboolean out = G_INPUT_STREAM(source) == g_subprocess_get_stdout_pipe(j->proc);
    GError *e = NULL;
    GBytes *bytes = g_input_stream_read_bytes_finish(G_INPUT_STREAM(source), res, &e);
    gsize n = bytes ? g_bytes_get_size(bytes) : 0;
    if (n) {
        g_byte_array_append(out ? j->out : j->err, g_bytes_get_data(bytes, NULL), (guint)n);
        if (out)
            take_lines(j);
    }
    if (bytes)
        g_bytes_unref(bytes);
    if (n) {
        read_more(j, out);
        return;
    }
    if (e && !j->read_error)
        j->read_error = e;
    else
        g_clear_error(&e);
    if (--j->pending == 0)
        job_done(j);
}

static void read_more(job *j, gboolean out)
{
    GInputStream *in =
        out ? g_subprocess_get_stdout_pipe(j->proc) : g_subprocess_get_stderr_pipe(j->proc);
    g_input_stream_read_bytes_async(in, 1 << 16, G_PRIORITY_DEFAULT, NULL, on_read, j);
}

static void on_worker_exit(GObject *source, GAsyncResult *res, gpointer data)
{
    job *j = data;
    g_subprocess_wait_finish(j->proc, res, NULL);
    if (--j->pending == 0)
        job_done(j);
}

static gboolean spawn(jx_import *imp, job *j, GError **error)
{
    /* the worker's standard input is /dev/null-like: a pipe closed at once */
    GSubprocessLauncher *l = g_subprocess_launcher_new(
        G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
        G_SUBPROCESS_FLAGS_STDERR_PIPE);
    child_limits *lim = g_new0(child_limits, 1);
#if !defined(__SANITIZE_ADDRESS__)
    lim->address_space = (rlim_t)imp->megabytes * 1024 * 1024;
#endif
    g_subprocess_launcher_set_child_setup(l, child_setup, lim, g_free);
    GPtrArray *argv = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(argv, g_strdup(imp->worker));
    g_ptr_array_add(argv, g_strdup("parse"));
    for (guint i = 0; i < j->entries->len; i++) {
        const entry *x = j->entries->pdata[i];
        /* a path starting with '-' would read as an option */
        g_ptr_array_add(argv, x->path[0] == '-' ? g_strconcat("./", x->path, NULL)
                                                : g_strdup(x->path));
    }
    g_ptr_array_add(argv, NULL);
    j->proc = g_subprocess_launcher_spawnv(l, (const char *const *)argv->pdata, error);
    g_ptr_array_unref(argv);
    g_object_unref(l);
    if (!j->proc)
        return FALSE;
    g_output_stream_close(g_subprocess_get_stdin_pipe(j->proc), NULL, NULL);
    /* A batch gets one document's time: a batch of small documents takes a
     * fraction of it; one cut short has its unfinished files run alone, each
     * with the full time. */
    if (imp->seconds > 0) {
        j->timeout = g_timeout_source_new((guint)(imp->seconds * 1000));
        g_source_set_callback(j->timeout, on_timeout, j, NULL);
        g_source_attach(j->timeout, g_main_context_get_thread_default());
    }
    j->out = g_byte_array_new();
    j->err = g_byte_array_new();
    j->pending = 3;
    read_more(j, TRUE);
    read_more(j, FALSE);
    g_subprocess_wait_async(j->proc, NULL, on_worker_exit, j);
    return TRUE;
}

/* Decides the file at `index` without a worker when it can (junk, unchanged,
 * known bytes, bytes being parsed for another path); otherwise returns the
 * entry for a worker. */
static entry *examine(jx_import *imp, guint index)
{
    const char *path = g_ptr_array_index(imp->files, index);
    guint8 head[16];
    gsize head_len = 0;
    guint64 size = 0;
    char *why = NULL;
    char *sha = hash_file(path, head, &head_len, &size, &why);
    const char *junk = sha ? junk_kind(path, head, head_len) : NULL;
    jx_db_state state = JX_DB_NEW;
    GError *e = NULL;
    entry *x = NULL;
    gboolean waiting = FALSE;
    if (!sha) {
        note(imp, path, NULL, index, JX_IMPORT_SKIPPED, why);
    } else if (size == 0) {
        note(imp, path, sha, index, JX_IMPORT_SKIPPED, "an empty file");
    } else if (junk) {
        char *r = g_strdup_printf("%s, not a document", junk);
        note(imp, path, sha, index, JX_IMPORT_SKIPPED, r);
        g_free(r);
    } else if (g_hash_table_contains(imp->inflight, sha)) {
        entry *w = g_new0(entry, 1);
        w->path = g_strdup(path);
        w->sha256 = g_strdup(sha);
        w->index = index;
        w->bytes = size;
        g_ptr_array_add(g_hash_table_lookup(imp->inflight, sha), w);
        waiting = TRUE; /* decided when the worker for these bytes is done */
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
        x = g_new0(entry, 1);
        x->path = g_strdup(path);
        x->sha256 = g_strdup(sha);
        x->index = index;
        x->bytes = size;
        x->replacing = state == JX_DB_CHANGED;
        g_hash_table_insert(imp->inflight, g_strdup(sha),
                            g_ptr_array_new_with_free_func((GDestroyNotify)entry_free));
    }
    if (!x && !waiting) {
        imp->done++;
        imp->bytes_done += size;
    }
    g_free(why);
    g_free(sha);
    return x;
}

static void start_job(jx_import *imp, GPtrArray *entries)
{
    job *j = g_new0(job, 1);
    j->imp = imp;
    j->entries = entries;
    GError *e = NULL;
    if (spawn(imp, j, &e)) {
        imp->running++;
        return;
    }
    char *r = g_strdup_printf("the parser could not be started: %s", e->message);
    for (guint i = 0; i < entries->len; i++)
        decide(imp, entries->pdata[i], JX_IMPORT_FAILED, r);
    g_free(r);
    g_error_free(e);
    job_free(j);
}

static void start_next(jx_import *imp)
{
    while (!imp->fatal && imp->running < (guint)imp->jobs) {
        GPtrArray *batch = g_ptr_array_new_with_free_func((GDestroyNotify)entry_free);
        if (!g_queue_is_empty(imp->retry)) {
            g_ptr_array_add(batch, g_queue_pop_head(imp->retry));
        } else {
            /* batches shrink towards the end of the list so that the last
             * ones spread over every worker */
            guint left = imp->files->len - imp->next;
            guint want = CLAMP(left / (4 * (guint)imp->jobs), 1, BATCH_MAX);
            guint64 bytes = 0;
            while (!imp->fatal && batch->len < want && bytes < BATCH_BYTES &&
                   imp->next < imp->files->len) {
                entry *x = examine(imp, imp->next++);
                if (x) {
                    g_ptr_array_add(batch, x);
                    bytes += x->bytes;
                }
                draw_progress(imp, FALSE);
            }
        }
        if (batch->len == 0 || imp->fatal) {
            /* nothing to run: the list is done (or the database failed) */
            for (guint i = 0; i < batch->len; i++)
                imp->done++;
            g_ptr_array_unref(batch);
            break;
        }
        start_job(imp, batch);
    }
    if (imp->running == 0 &&
        (imp->fatal || (imp->next >= imp->files->len && g_queue_is_empty(imp->retry))))
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
    GPtrArray *unique = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < all->len; i++)
        if (i == 0 || strcmp(all->pdata[i], all->pdata[i - 1]) != 0)
            g_ptr_array_add(unique, g_strdup(all->pdata[i]));
    g_ptr_array_unref(all);
    /* slice I of N: the same cut on every machine that sees the same list */
    guint n = unique->len, first = 0, last = n;
    if (imp->shard_count > 1) {
        first = (guint)((guint64)n * (imp->shard_index - 1) / imp->shard_count);
        last = (guint)((guint64)n * imp->shard_index / imp->shard_count);
    }
    imp->files = g_ptr_array_new_with_free_func(g_free);
    for (guint i = first; i < last; i++)
        g_ptr_array_add(imp->files, g_strdup(unique->pdata[i]));
    g_ptr_array_unref(unique);

    imp->inflight = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify)g_ptr_array_unref);
    imp->retry = g_queue_new();
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
