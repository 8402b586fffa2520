/*
 * import.c — many files into a database (jx_import, see jixiao.h).
 *
 * Why worker processes: a parser bug on one file in ten thousand — a crash,
 * a loop, memory running away — must cost that file, not the night's run.
 * Documents are parsed by long-lived workers, `WORKER import-worker` (the
 * jixiao binary itself, jx_import_serve below), each under an address-space
 * limit, each fed paths on its standard input and answering each with the
 * document's records and an end-of-document line.  A document is written
 * whole (committed with the others of the last second: COMMIT_MS) by this
 * process, the database's only writer, only when its end line said it
 * parsed.  A worker that crashes or passes a document's
 * time limit is killed and replaced; the document it was on fails with the
 * reason, the paths it had been given go to the next worker.  Everything that
 * can be decided without parsing — junk by its first bytes, unchanged files
 * by their SHA-256 — is decided here before a path is handed out.  The
 * consistency checker runs in the worker too, on the records it has just
 * made, and its findings come back after them: this process is the one that
 * cannot run in parallel (it alone writes), so what it does per document
 * bounds how many workers an import can use; and a checker that crashes or
 * loops on a document must cost that document, as a parser bug does.
 *
 * Why long-lived: starting a process (about 25 ms, most of it the dynamic
 * linker) costs as much as parsing a small table; a worker started once per
 * -j slot pays it once per run.
 *
 * The parent runs a GLib main loop: up to `jobs` workers at once, each read
 * asynchronously, each with a timeout source, restarted at every document,
 * that kills it.
 *
 * A record comes as its JSON line (what `jixiao parse` writes, stored as
 * the `record` column) followed by its frame: the column values ready to
 * bind, length-prefixed (jx_db_frame_append, store/db.h), so that this
 * process parses no JSON.  The end-of-document line (END_MARK): a line
 * whose first byte is ASCII RS (0x1E), then "ok", or "skipped" and a tab
 * and the reason the file could not be read.  Every record starts with a
 * JSON object's '{', and a frame is skipped by its length, never searched,
 * so no record can be taken for an end line, whatever a document says; one
 * byte tells the two apart.  Paths
 * go to the worker each ended by a NUL byte, the one byte a file name
 * cannot hold (a line end can be in a name), each after the file's SHA-256
 * and its stamp (file_stamp: device, inode, size, modification and change
 * times), a space between them, ended by a NUL: the file is hashed here,
 * before it is handed out, and hashing it again in the worker was a few
 * percent of the import.  The worker takes the digest only when the file
 * still has that stamp after it has read it; otherwise the file changed in
 * between, and the worker answers "skipped" rather than store the records
 * of some bytes under the digest of others (the next run hashes it again).
 */
#include "pipeline/pipeline.h"

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gunixinputstream.h>
#include <glib-unix.h>
#include <glib/gstdio.h>

#include "extract/office.h"
#include "store/db.h"

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

/* A document written in the open transaction: counted (imported, linked)
 * when the transaction commits, failed when it does not. */
typedef struct {
    char *path, *sha256;
    guint index;
    jx_import_outcome outcome; /* JX_IMPORT_IMPORTED or JX_IMPORT_LINKED */
    gboolean replacing;
} written;

/* A file to be parsed: what the parent knew of it before the worker ran
 * (`stamp`: file_stamp of the file it hashed, handed over with the digest). */
typedef struct {
    char *path, *sha256, *stamp;
    guint index; /* in the sorted list */
    guint64 bytes;
    gboolean replacing; /* the path named other bytes before */
    gboolean retried;   /* a worker died on it after other documents: run again first */
} entry;

/* A worker process: the paths it was given and has not answered yet, and
 * the current document's records as they come. */
typedef struct {
    struct jx_import *imp;
    GSubprocess *proc;
    GOutputStream *in; /* its standard input (owned by proc); NULL once closed */
    GQueue *sent;      /* entry*, owned: given, not yet answered, oldest first */
    guint answered;    /* documents it answered: a crash on its first is that document's own */
    GArray *recs;      /* sent_record: the answered document's records, in `out` */
    GArray *rec_at;    /* record_at: where the unanswered document's records are in `out` */
    gsize scanned;     /* `out` up to here is split into records */
    GByteArray *out, *err; /* output from the unanswered document on; the tail of standard error */
    GSource *timeout;  /* on the import's own main context; restarted per document */
    gboolean timed_out;
    guint pending; /* stdout, stderr and the exit still to come */
    GSource *out_watch, *err_watch; /* the pipes' sources while they are read */
    GError *read_error;
} worker_proc;

/* A record as a worker sends it: its JSON line, its line end made a NUL,
 * then its frame (jx_db_frame_append), where they are in the buffer... */
typedef struct {
    const char *json, *frame;
    guint32 len; /* the frame's, after its length */
} sent_record;
/* ...and, until its document is answered, where they are from the
 * buffer's start (the buffer moves as it grows). */
typedef struct {
    gsize json, frame;
    guint32 len;
} record_at;

/* The first byte of the end-of-document line (see the top of the file). */
#define END_MARK '\x1E'
/* Why a file is skipped whose stamp changed between the parent's hash and
 * the end of the worker's read: its records would have gone in under a
 * digest not of the bytes parsed.  The next run hashes it again. */
#define CHANGED_WHILE_READ "changed while it was being imported (nothing of it stored: run the import again)"
/* Paths a worker holds at once: the one it parses and the next, so that it
 * goes on while this process stores the last document.  More would only
 * lengthen what a crash hands on to the next worker. */
#define AHEAD 2
/* Documents per transaction, and the longest a transaction stays open
 * (this process commits; the database is told never to on its own, so
 * that what a commit holds is known here):
 * a commit (a log write and a sync) per document cost more than storing a
 * small one, and each commit writes again the index pages the last one
 * wrote (250 ms groups left commits at a sixth of the parent's time, 1 s
 * at about half that).  Grouped, each document still goes in whole or not
 * at all, and a crash loses at most the last second's documents, which the
 * next run does again.  The time bound also keeps the write lock from
 * another importer of the same SQLite file no longer than that. */
#define COMMIT_EVERY 512
#define COMMIT_MS 1000
/* What is kept of a worker's standard error: its last words are the reason
 * given for a crash. */
#define ERR_KEEP 4096

/* A record of the answered document: its kind, its JSON, and where its
 * frame's values start among the import's `values`. */
typedef struct {
    jx_record_kind kind;
    const char *json;
    guint first;
} stored_row;

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
    GQueue *retry; /* entry*: paths a dead worker had been given, handed out first */
    guint next, running, done;
    guint counts[JX_IMPORT_N_OUTCOMES];
    guint64 records[JX_RECORD_VALUE + 1];
    GHashTable *severities; /* severity → count (GUINT_TO_POINTER) */
    /* the open transaction's documents and their records and findings,
     * added to the counts above when it commits */
    GArray *group; /* written */
    guint64 group_records[JX_RECORD_VALUE + 1];
    GHashTable *group_severities;
    GArray *problems;       /* problem */
    GMainLoop *loop;
    GError *fatal; /* the database could not be written: stop */
    jx_sink *sink;
    GPtrArray *values; /* const char*: the answered document's frames' values, in order */
    GArray *rows;      /* stored_row: its records, each with its first value there */
    int severity_at;   /* the severity among a finding's frame values */
    GSource *commit_timer; /* commits the open group when it fires */
    guint commit_every;    /* documents that close a group */
    gboolean commit_timed; /* a group also closes after COMMIT_MS */
    gint64 started_us, last_drawn_us;
    guint64 bytes_done;
};

static void clear_written(gpointer p)
{
    written *w = p;
    g_free(w->path);
    g_free(w->sha256);
}

/* Forgets the open transaction's documents and their tallies. */
static void clear_group(jx_import *imp)
{
    g_array_set_size(imp->group, 0);
    memset(imp->group_records, 0, sizeof imp->group_records);
    g_hash_table_remove_all(imp->group_severities);
}

jx_import *jx_import_new(jx_db *db, const char *worker)
{
    jx_import *imp = g_new0(jx_import, 1);
    imp->db = db;
    imp->worker = g_strdup(worker);
    imp->jobs = 1;
    imp->seconds = 120;
    imp->megabytes = 2048;
    imp->commit_every = COMMIT_EVERY;
    imp->commit_timed = TRUE;
    imp->problems = g_array_new(FALSE, TRUE, sizeof(problem));
    imp->severities = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    imp->group = g_array_new(FALSE, TRUE, sizeof(written));
    g_array_set_clear_func(imp->group, clear_written);
    imp->group_severities = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    return imp;
}

static void entry_free(entry *e)
{
    if (!e)
        return; /* a batch's place of a file handed on to run alone */
    g_free(e->path);
    g_free(e->sha256);
    g_free(e->stamp);
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
    clear_group(imp);
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
    g_array_unref(imp->group);
    g_hash_table_destroy(imp->group_severities);
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

void jx_import_set_commit_group(jx_import *imp, guint documents)
{
    imp->commit_every = documents > 0 ? documents : COMMIT_EVERY;
    imp->commit_timed = documents == 0;
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

/* ---------------------------------------------------------------- outcomes */

static void add_problem(jx_import *imp, const char *path, const char *sha256, guint index,
                        jx_import_outcome outcome, const char *reason);

/* The open transaction committed: its documents, records and findings count. */
static void group_committed(jx_import *imp)
{
    for (guint i = 0; i < imp->group->len; i++) {
        const written *w = &g_array_index(imp->group, written, i);
        imp->counts[w->outcome]++;
        if (w->replacing)
            imp->counts[JX_IMPORT_REPLACED]++;
    }
    for (gsize k = 0; k < G_N_ELEMENTS(imp->records); k++)
        imp->records[k] += imp->group_records[k];
    GHashTableIter it;
    gpointer sev, n;
    g_hash_table_iter_init(&it, imp->group_severities);
    while (g_hash_table_iter_next(&it, &sev, &n)) {
        guint had = GPOINTER_TO_UINT(g_hash_table_lookup(imp->severities, sev));
        g_hash_table_insert(imp->severities, g_strdup(sev),
                            GUINT_TO_POINTER(had + GPOINTER_TO_UINT(n)));
    }
    clear_group(imp);
}

/*
 * The database failed (`e`, taken): the run stops, nothing more is written.
 * The open transaction goes — a failed write or commit has taken it back
 * already, or it is taken back here — and its documents, counted as
 * nothing yet, are failed with the reason: in the summary, and, when the
 * database still takes that, in its problems table.  None of them is
 * stored, so the next run imports them.
 */
static void db_failed(jx_import *imp, GError *e)
{
    jx_db_rollback(imp->db);
    char *why = g_strdup_printf("not stored: %s", e->message);
    /* the run is stopped before the group's problems are noted: a database
     * that refused the commit (a full disk) refuses those rows too, and
     * add_problem lets a stopped run's problem rows go unwritten (they are
     * still in the summary) — else each refusal failed the same group
     * again, without end */
    if (!imp->fatal)
        imp->fatal = e;
    else
        g_error_free(e);
    for (guint i = 0; i < imp->group->len; i++) {
        const written *w = &g_array_index(imp->group, written, i);
        add_problem(imp, w->path, w->sha256, w->index, JX_IMPORT_FAILED, why);
    }
    g_free(why);
    clear_group(imp);
}

/* Commits the documents written so far; a failure stops the run. */
static void commit_now(jx_import *imp)
{
    GError *e = NULL;
    if (jx_db_commit(imp->db, &e))
        group_committed(imp);
    else
        db_failed(imp, e);
}

static gboolean on_commit_time(gpointer data)
{
    jx_import *imp = data;
    imp->commit_timer = NULL;
    commit_now(imp);
    return G_SOURCE_REMOVE;
}

/* Written documents wait at most COMMIT_MS for their commit (unless the
 * groups were fixed by jx_import_set_commit_group: then the end of the run
 * commits the last one). */
static void hold_commit(jx_import *imp)
{
    if (!imp->commit_timed || imp->commit_timer || !jx_db_pending(imp->db))
        return;
    GSource *s = g_timeout_source_new(COMMIT_MS);
    g_source_set_callback(s, on_commit_time, imp, NULL);
    g_source_attach(s, g_main_context_get_thread_default());
    g_source_unref(s); /* the context holds it until it fires or is destroyed */
    imp->commit_timer = s;
}

/* A file that did not import: counted, listed, and noted in the database
 * (after a database failure, as far as the database still takes it). */
static void add_problem(jx_import *imp, const char *path, const char *sha256, guint index,
                        jx_import_outcome outcome, const char *reason)
{
    imp->counts[outcome]++;
    problem pr = {g_strdup(path), index, outcome, g_strdup(reason)};
    g_array_append_val(imp->problems, pr);
    GError *e = NULL;
    if (!jx_db_note_problem(imp->db, path, sha256,
                            outcome == JX_IMPORT_FAILED ? "failed" : "skipped", reason, &e) &&
        !imp->fatal)
        db_failed(imp, e);
    else
        g_clear_error(&e);
}

/* The outcome of one file.  A document written (imported; linked: a path
 * added) waits in the open transaction's group to be counted; `replacing`:
 * an imported file whose path named other bytes before. */
static void note(jx_import *imp, const char *path, const char *sha256, guint index,
                 jx_import_outcome outcome, const char *reason, gboolean replacing)
{
    hold_commit(imp);
    if (outcome == JX_IMPORT_IMPORTED || outcome == JX_IMPORT_LINKED) {
        written w = {g_strdup(path), g_strdup(sha256), index, outcome, replacing};
        g_array_append_val(imp->group, w);
        if (imp->group->len >= imp->commit_every)
            commit_now(imp);
    } else if (outcome == JX_IMPORT_FAILED || outcome == JX_IMPORT_SKIPPED) {
        add_problem(imp, path, sha256, index, outcome, reason);
    } else {
        imp->counts[outcome]++;
    }
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

/* A file's identity as the kernel keeps it (g_free): device, inode, size,
 * modification and change times to the nanosecond.  A write to the file, a
 * truncation, a rename over it or a `touch` changes it — the change time
 * cannot be set back by a user — so two equal stamps, one taken before the
 * parent hashed the file and one after the worker read it, say the worker
 * read the bytes the parent hashed (short of a same-size rewrite within one
 * tick of the file system's clock). */
static char *file_stamp(const struct stat *st)
{
    return g_strdup_printf("%ju:%ju:%jd:%jd.%09ld:%jd.%09ld", (uintmax_t)st->st_dev,
                           (uintmax_t)st->st_ino, (intmax_t)st->st_size,
                           (intmax_t)st->st_mtim.tv_sec, st->st_mtim.tv_nsec,
                           (intmax_t)st->st_ctim.tv_sec, st->st_ctim.tv_nsec);
}

/* The stamp (file_stamp) of the open stream `f` (g_free); NULL when it
 * cannot be had. */
static char *stream_stamp(FILE *f)
{
    struct stat st;
    return fstat(fileno(f), &st) == 0 ? file_stamp(&st) : NULL;
}

/* The hex SHA-256 of the file, its first bytes and its stamp (file_stamp,
 * taken before the read and found the same after it); NULL with `why` set
 * when it cannot be read or changed while it was read. */
static char *hash_file(const char *path, guint8 *head, gsize *head_len, guint64 *size,
                       char **stamp, char **why)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        *why = g_strdup_printf("cannot be read: %s", g_strerror(errno));
        return NULL;
    }
    *stamp = stream_stamp(f);
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
    char *after = err ? NULL : stream_stamp(f);
    fclose(f);
    gboolean changed = !err && (!*stamp || !after || strcmp(*stamp, after) != 0);
    char *hex = err || changed ? NULL : g_strdup(g_checksum_get_string(sum));
    if (err)
        *why = g_strdup("cannot be read (input/output error)");
    else if (changed)
        *why = g_strdup(CHANGED_WHILE_READ);
    g_free(after);
    if (!hex)
        g_clear_pointer(stamp, g_free);
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

static void start_workers(jx_import *imp);

/* The last non-empty line of the worker's standard error, without the
 * program's "jixiao: " prefix: what it said before it died. */
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

/* Counts a stored record of `kind` (its frame's `values`): findings by severity. */
static void count_row(jx_import *imp, jx_record_kind kind, const char *const *values)
{
    imp->group_records[kind]++;
    if (kind == JX_RECORD_FINDING && imp->severity_at >= 0) {
        const char *sev = values[imp->severity_at];
        sev = sev ? sev : "(none)";
        guint n = GPOINTER_TO_UINT(g_hash_table_lookup(imp->group_severities, sev));
        g_hash_table_insert(imp->group_severities, g_strdup(sev), GUINT_TO_POINTER(n + 1));
    }
}

/* Reads one document's records (`recs`, sent_record) into the import's
 * `rows` and `values`; FALSE with `why` set when a frame cannot be read or
 * the document record is not first and alone.  Nothing is written before
 * the whole document has been read. */
static gboolean read_document(jx_import *imp, const GArray *recs, char **why)
{
    g_ptr_array_set_size(imp->values, 0);
    g_array_set_size(imp->rows, 0);
    for (guint i = 0; i < recs->len && !*why; i++) {
        const sent_record *r = &g_array_index(recs, sent_record, i);
        stored_row row = {JX_RECORD_VALUE, r->json, imp->values->len};
        if (!jx_db_frame_read(r->frame, r->len, imp->values, &row.kind))
            *why = g_strdup_printf("the parser's output could not be read: "
                                   "a malformed frame for record %u", i + 1);
        else if ((i == 0) != (row.kind == JX_RECORD_DOCUMENT))
            *why = g_strdup(i == 0 ? "the parser wrote a record before its document record"
                                   : "the parser wrote two document records for one file");
        g_array_append_val(imp->rows, row);
    }
    if (!*why && recs->len == 0)
        *why = g_strdup("the parser wrote no document record");
    return !*why;
}

/* Writes the document read by read_document as one whole document
 * (jx_sink_end_document): each record's JSON is stored as it came; the
 * worker's findings are among them, after the records they are about. */
static gboolean store_document(jx_import *imp, GError **error)
{
    const char *const *values = (const char *const *)imp->values->pdata;
    gboolean ok = TRUE;
    for (guint i = 0; i < imp->rows->len && ok; i++) {
        const stored_row *r = &g_array_index(imp->rows, stored_row, i);
        ok = jx_sink_write_values(imp->sink, r->kind, values + r->first, r->json, error);
    }
    if (!ok || !jx_sink_end_document(imp->sink, error))
        return FALSE;
    for (guint i = 0; i < imp->rows->len; i++) {
        const stored_row *r = &g_array_index(imp->rows, stored_row, i);
        count_row(imp, r->kind, values + r->first);
    }
    return TRUE;
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
            note(imp, w->path, w->sha256, w->index, outcome, r, FALSE);
            g_free(r);
        } else if (imp->fatal) {
            ;
        } else if (jx_db_link_path(imp->db, w->path, w->sha256, &e)) {
            note(imp, w->path, w->sha256, w->index, JX_IMPORT_LINKED, NULL, FALSE);
        } else {
            db_failed(imp, e);
        }
        imp->done++;
        imp->bytes_done += w->bytes;
    }
    g_hash_table_remove(imp->inflight, x->sha256);
}

/* Records the outcome of one file and of the paths waiting on its bytes,
 * and frees the entry. */
static void decide(jx_import *imp, entry *x, jx_import_outcome outcome, const char *why)
{
    note(imp, x->path, x->sha256, x->index, outcome, why, x->replacing);
    settle_waiting(imp, x, outcome, why);
    imp->done++;
    imp->bytes_done += x->bytes;
    draw_progress(imp, FALSE);
    entry_free(x);
}

/* A file given up because the database failed: counted done, nothing noted. */
static void drop(jx_import *imp, entry *x)
{
    imp->done++;
    entry_free(x);
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
    char *why = NULL, *stamp = NULL;
    char *sha = hash_file(path, head, &head_len, &size, &stamp, &why);
    const char *junk = sha ? junk_kind(path, head, head_len) : NULL;
    jx_db_state state = JX_DB_NEW;
    GError *e = NULL;
    entry *x = NULL;
    gboolean waiting = FALSE;
    if (!sha) {
        note(imp, path, NULL, index, JX_IMPORT_SKIPPED, why, FALSE);
    } else if (size == 0) {
        note(imp, path, sha, index, JX_IMPORT_SKIPPED, "an empty file", FALSE);
    } else if (junk) {
        char *r = g_strdup_printf("%s, not a document", junk);
        note(imp, path, sha, index, JX_IMPORT_SKIPPED, r, FALSE);
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
        db_failed(imp, e);
    } else if (state == JX_DB_UNCHANGED) {
        note(imp, path, sha, index, JX_IMPORT_UNCHANGED, NULL, FALSE);
    } else if (state == JX_DB_KNOWN_BYTES) {
        if (jx_db_link_path(imp->db, path, sha, &e))
            note(imp, path, sha, index, JX_IMPORT_LINKED, NULL, FALSE);
        else
            db_failed(imp, e);
    } else {
        x = g_new0(entry, 1);
        x->path = g_strdup(path);
        x->sha256 = g_strdup(sha);
        x->stamp = g_steal_pointer(&stamp);
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
    g_free(stamp);
    g_free(sha);
    return x;
}

/* The next file that needs a worker: one a dead worker had been given, else
 * the next of the list that cannot be decided without parsing; NULL when
 * none is left (or the database failed). */
static entry *take_entry(jx_import *imp)
{
    if (!g_queue_is_empty(imp->retry))
        return g_queue_pop_head(imp->retry);
    entry *x = NULL;
    while (!x && !imp->fatal && imp->next < imp->files->len) {
        x = examine(imp, imp->next++);
        draw_progress(imp, FALSE);
    }
    return x;
}

/* Closes the worker's standard input: it ends once it has answered. */
static void close_input(worker_proc *w)
{
    if (!w->in)
        return;
    g_output_stream_close(w->in, NULL, NULL);
    w->in = NULL;
}

/* Gives the worker paths until it holds AHEAD of them; with nothing left to
 * give and nothing unanswered, lets it end.  A write to a worker that has
 * just died fails quietly: its end, soon read, hands the path on. */
static void feed(worker_proc *w)
{
    jx_import *imp = w->imp;
    entry *x;
    while (w->in && g_queue_get_length(w->sent) < AHEAD && (x = take_entry(imp))) {
        g_queue_push_tail(w->sent, x);
        /* "DIGEST STAMP", NUL, path, NUL in one write (GIO polls the pipe
         * before each) */
        GString *both = g_string_sized_new(160 + strlen(x->path));
        g_string_append_printf(both, "%s %s", x->sha256, x->stamp);
        g_string_append_len(both, "", 1);
        g_string_append_len(both, x->path, strlen(x->path) + 1);
        gboolean sent = g_output_stream_write_all(w->in, both->str, both->len, NULL, NULL, NULL);
        g_string_free(both, TRUE);
        if (!sent)
            close_input(w);
    }
    if (g_queue_is_empty(w->sent))
        close_input(w);
}

static gboolean on_timeout(gpointer data)
{
    worker_proc *w = data;
    w->timed_out = TRUE;
    g_subprocess_force_exit(w->proc);
    w->timeout = NULL;
    return G_SOURCE_REMOVE;
}

/* Starts the clock of the document the worker is on now (the oldest it
 * holds): each document has the whole time limit, counted from when the
 * worker finished the one before. */
static void arm(worker_proc *w)
{
    if (w->timeout) {
        g_source_destroy(w->timeout);
        w->timeout = NULL;
    }
    if (w->imp->seconds <= 0 || g_queue_is_empty(w->sent))
        return;
    GSource *s = g_timeout_source_new((guint)(w->imp->seconds * 1000));
    g_source_set_callback(s, on_timeout, w, NULL);
    g_source_attach(s, g_main_context_get_thread_default());
    g_source_unref(s); /* the context holds it until it fires or is destroyed */
    w->timeout = s;
}

/* An end-of-document line (`line`, without its line end): the oldest path
 * the worker holds is answered — stored when it parsed, skipped with the
 * worker's reason when it could not be read. */
static void on_answer(worker_proc *w, const char *line)
{
    jx_import *imp = w->imp;
    entry *x = g_queue_pop_head(w->sent);
    w->answered++;
    if (!x) {
        if (!w->read_error)
            g_set_error(&w->read_error, JX_ERROR, JX_ERROR_FORMAT,
                        "an answer for a file it was not given");
        g_subprocess_force_exit(w->proc);
    } else if (imp->fatal) {
        drop(imp, x);
    } else if (g_str_has_prefix(line + 1, "skipped\t")) {
        decide(imp, x, JX_IMPORT_SKIPPED, line + 1 + strlen("skipped\t"));
    } else {
        char *why = NULL;
        GError *e = NULL;
        if (read_document(imp, w->recs, &why) && !store_document(imp, &e)) {
            why = g_strdup_printf("not stored: %s", e->message);
            db_failed(imp, e);
        }
        decide(imp, x, why ? JX_IMPORT_FAILED : JX_IMPORT_IMPORTED, why);
        g_free(why);
    }
    g_array_set_size(w->recs, 0);
    g_byte_array_set_size(w->err, 0);
    feed(w);
    arm(w);
}

/* Reads the complete records of the output — each a JSON line and its
 * frame (jx_db_frame_append) — and end-of-document lines: records are kept
 * until the end line answers for them.  A record or line not complete
 * waits for the rest.  The records stay where they were read, each JSON
 * line ended in place by a NUL for its line end, each frame's values read
 * in place, and go from the buffer once answered: a copy of every record
 * (tens of thousands) was a malloc, a copy and a free each in the one
 * serial process.  Until its answer a document's records are kept as
 * offsets, the buffer moving as it grows. */
static void take_lines(worker_proc *w)
{
    gsize answered = 0, at = w->scanned;
    char *nl;
    while (at < w->out->len &&
           (nl = memchr(w->out->data + at, '\n', w->out->len - at))) {
        char *data = (char *)w->out->data, *p = data + at;
        gsize after = (gsize)(nl - data) + 1;
        if (*p == END_MARK) {
            *nl = '\0';
            for (guint i = 0; i < w->rec_at->len; i++) {
                const record_at *r = &g_array_index(w->rec_at, record_at, i);
                sent_record s = {data + r->json, data + r->frame, r->len};
                g_array_append_val(w->recs, s);
            }
            g_array_set_size(w->rec_at, 0);
            on_answer(w, p);
            answered = at = after;
            continue;
        }
        /* a record: its frame's length, then the frame */
        guint32 len;
        if (w->out->len - after < sizeof len)
            break;
        memcpy(&len, data + after, sizeof len);
        if (w->out->len - after - sizeof len < len)
            break;
        *nl = '\0';
        record_at r = {at, after + sizeof len, len};
        g_array_append_val(w->rec_at, r);
        at = after + sizeof len + len;
    }
    /* what is answered goes; the offsets left are of the next document */
    g_byte_array_remove_range(w->out, 0, (guint)answered);
    w->scanned = at - answered;
    for (guint i = 0; i < w->rec_at->len; i++) {
        record_at *r = &g_array_index(w->rec_at, record_at, i);
        r->json -= answered;
        r->frame -= answered;
    }
}

/* Why a worker ended without answering for the file it was on. */
static char *worker_failure(jx_import *imp, worker_proc *w, const char *said)
{
    if (w->read_error)
        return g_strdup_printf("the parser's output could not be read: %s",
                               w->read_error->message);
    if (w->timed_out)
        return g_strdup_printf("no result within %.0f s: the parser was stopped", imp->seconds);
    if (g_subprocess_get_if_signaled(w->proc)) {
        int sig = g_subprocess_get_term_sig(w->proc);
        /* past RLIMIT_AS an allocation fails and GLib aborts; the kernel's
         * OOM killer sends SIGKILL */
        gboolean memory = sig == SIGKILL || (sig == SIGABRT && imp->megabytes);
        return g_strdup_printf("the parser crashed (signal %d, %s)%s", sig, g_strsignal(sig),
                               memory ? " — out of memory? (see --memory)" : "");
    }
    int status = g_subprocess_get_exit_status(w->proc);
    return g_strdup_printf("the parser stopped with status %d without an answer%s%s", status,
                           said ? ": " : "", said ? said : "");
}

static void worker_free(worker_proc *w)
{
    if (w->timeout)
        g_source_destroy(w->timeout);
    if (w->out_watch)
        g_source_destroy(w->out_watch);
    if (w->err_watch)
        g_source_destroy(w->err_watch);
    close_input(w);
    g_clear_object(&w->proc);
    g_queue_free_full(w->sent, (GDestroyNotify)entry_free);
    g_array_unref(w->recs);
    g_array_unref(w->rec_at);
    g_byte_array_unref(w->out);
    g_byte_array_unref(w->err);
    g_clear_error(&w->read_error);
    g_free(w);
}

/* The worker's output, errors and exit are all in.  The file it was on, if
 * any, failed — unless the worker had parsed others before it: then memory
 * they left behind, not this file, may have brought it down, and the file
 * goes first to the next worker, where a crash is its own.  (A timeout is
 * the file's own at once.)  The files given after it go to the next worker
 * unparsed. */
static void worker_done(worker_proc *w)
{
    jx_import *imp = w->imp;
    entry *x = g_queue_pop_head(w->sent);
    if (x && imp->fatal) {
        drop(imp, x);
    } else if (x && !w->timed_out && !w->read_error && w->answered > 0 && !x->retried) {
        x->retried = TRUE;
        g_queue_push_head(w->sent, x);
    } else if (x) {
        char *said = last_line(w->err);
        char *why = worker_failure(imp, w, said);
        decide(imp, x, JX_IMPORT_FAILED, why);
        g_free(why);
        g_free(said);
    }
    while ((x = g_queue_pop_tail(w->sent)))
        if (imp->fatal)
            drop(imp, x);
        else
            g_queue_push_head(imp->retry, x);
    imp->running--;
    worker_free(w);
    start_workers(imp);
}

/* Bytes asked for per read of a worker's output: a document's records come in
 * one write, mostly under this. */
#define READ_CHUNK (1 << 16)

/* A worker's standard output or error is readable: what is there is read
 * straight onto the end of its buffer (one read per wake-up; the watch
 * comes back when there is more).  GIO's asynchronous reads cost, per
 * document, a task, a 64 KiB buffer, a copy, and two or three more turns of
 * the main loop, each a poll and wake-ups of its own. */
static gboolean on_readable(worker_proc *w, gboolean out, int fd)
{
    GByteArray *buf = out ? w->out : w->err;
    guint old = buf->len;
    g_byte_array_set_size(buf, old + READ_CHUNK);
    gssize n;
    do
        n = read(fd, buf->data + old, READ_CHUNK);
    while (n < 0 && errno == EINTR);
    g_byte_array_set_size(buf, old + (guint)MAX(n, 0));
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return G_SOURCE_CONTINUE;
    if (n > 0) {
        if (out)
            take_lines(w);
        else if (w->err->len > ERR_KEEP)
            g_byte_array_remove_range(w->err, 0, w->err->len - ERR_KEEP);
        return G_SOURCE_CONTINUE;
    }
    /* the end of the stream, or a read that failed */
    if (n < 0 && !w->read_error)
        w->read_error = g_error_new(G_IO_ERROR, g_io_error_from_errno(errno), "%s",
                                    g_strerror(errno));
    *(out ? &w->out_watch : &w->err_watch) = NULL;
    if (--w->pending == 0)
        worker_done(w); /* frees w */
    return G_SOURCE_REMOVE;
}

static gboolean on_out_readable(gint fd, GIOCondition cond, gpointer data)
{
    (void)cond;
    return on_readable(data, TRUE, fd);
}

static gboolean on_err_readable(gint fd, GIOCondition cond, gpointer data)
{
    (void)cond;
    return on_readable(data, FALSE, fd);
}

/* Watches one of the worker's output pipes on the import's main context. */
static GSource *watch_pipe(worker_proc *w, GInputStream *pipe, GUnixFDSourceFunc fn)
{
    int fd = g_unix_input_stream_get_fd(G_UNIX_INPUT_STREAM(pipe));
    g_unix_set_fd_nonblocking(fd, TRUE, NULL);
    GSource *s = g_unix_fd_source_new(fd, G_IO_IN | G_IO_HUP | G_IO_ERR);
    g_source_set_callback(s, G_SOURCE_FUNC(fn), w, NULL);
    g_source_attach(s, g_main_context_get_thread_default());
    g_source_unref(s); /* the context holds it until it is removed */
    return s;
}

static void on_worker_exit(GObject *source, GAsyncResult *res, gpointer data)
{
    worker_proc *w = data;
    g_subprocess_wait_finish(w->proc, res, NULL);
    if (--w->pending == 0)
        worker_done(w);
}

/* Starts a worker process; NULL with `error` set when it cannot be. */
static worker_proc *spawn(jx_import *imp, GError **error)
{
    GSubprocessLauncher *l = g_subprocess_launcher_new(
        G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
        G_SUBPROCESS_FLAGS_STDERR_PIPE);
    child_limits *lim = g_new0(child_limits, 1);
#if !defined(__SANITIZE_ADDRESS__)
    lim->address_space = (rlim_t)imp->megabytes * 1024 * 1024;
#endif
    g_subprocess_launcher_set_child_setup(l, child_setup, lim, g_free);
    const char *argv[] = {imp->worker, "import-worker", NULL};
    GSubprocess *proc = g_subprocess_launcher_spawnv(l, argv, error);
    g_object_unref(l);
    if (!proc)
        return NULL;
    worker_proc *w = g_new0(worker_proc, 1);
    w->imp = imp;
    w->proc = proc;
    w->in = g_subprocess_get_stdin_pipe(proc);
    w->sent = g_queue_new();
    w->recs = g_array_new(FALSE, FALSE, sizeof(sent_record));
    w->rec_at = g_array_new(FALSE, FALSE, sizeof(record_at));
    w->out = g_byte_array_new();
    w->err = g_byte_array_new();
    w->pending = 3;
    w->out_watch = watch_pipe(w, g_subprocess_get_stdout_pipe(proc), on_out_readable);
    w->err_watch = watch_pipe(w, g_subprocess_get_stderr_pipe(proc), on_err_readable);
    g_subprocess_wait_async(proc, NULL, on_worker_exit, w);
    return w;
}


/* Starts workers while there are free slots and files to give them (each is
 * started with its first file in hand, so none starts for nothing); quits
 * the loop when no worker is left. */
static void start_workers(jx_import *imp)
{
    entry *x;
    while (!imp->fatal && imp->running < (guint)imp->jobs && (x = take_entry(imp))) {
        GError *e = NULL;
        worker_proc *w = spawn(imp, &e);
        if (!w) {
            char *r = g_strdup_printf("the parser could not be started: %s", e->message);
            decide(imp, x, JX_IMPORT_FAILED, r);
            g_free(r);
            g_error_free(e);
            continue;
        }
        imp->running++;
        g_queue_push_head(imp->retry, x); /* fed first */
        feed(w);
        arm(w);
    }
    if (imp->running == 0 && imp->loop)
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
    for (const char *const *in = inputs; *in; in++) {
        char **files = jx_files_under(*in, error);
        if (!files) {
            g_ptr_array_unref(all);
            return FALSE;
        }
        for (char **f = files; *f; f++)
            g_ptr_array_add(all, *f);
        g_free(files); /* the strings are all's now */
    }
    g_ptr_array_sort(all, jx_compare_paths);
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
    imp->values = g_ptr_array_new();
    imp->rows = g_array_new(FALSE, FALSE, sizeof(stored_row));
    imp->severity_at = jx_db_frame_column(JX_RECORD_FINDING, JX_F_SEVERITY);
    GMainContext *ctx = g_main_context_new();
    g_main_context_push_thread_default(ctx);
    imp->loop = g_main_loop_new(ctx, FALSE);
    imp->started_us = g_get_monotonic_time();
    /* A worker that dies while a path is being written to it must not take
     * this process with it (SIGPIPE): the write fails instead, and the
     * worker's end is read as any other.  The caller's disposition is put
     * back at the end. */
    struct sigaction ignore = {.sa_handler = SIG_IGN}, before;
    sigaction(SIGPIPE, &ignore, &before);
    jx_db_set_commit_every(imp->db, G_MAXUINT); /* commit_now, only */
    GError *e = NULL;
    /* the rows written here keep the foreign keys by how they are made
     * (jx_db_own_writes); into a new database: its indexes built once, at
     * the end */
    if (!jx_db_own_writes(imp->db, &e) || !jx_db_begin_bulk(imp->db, &e))
        db_failed(imp, e);
    start_workers(imp);
    /* start_workers fills every slot it can: no worker running means done or stopped */
    if (imp->running > 0)
        g_main_loop_run(imp->loop);
    sigaction(SIGPIPE, &before, NULL);
    if (imp->commit_timer)
        g_source_destroy(imp->commit_timer);
    imp->commit_timer = NULL;
    commit_now(imp);
    /* tried after a failure too: what was committed is worth its indexes */
    e = NULL;
    if (!jx_db_end_bulk(imp->db, &e) && !imp->fatal)
        imp->fatal = e;
    else
        g_clear_error(&e);
    jx_db_set_commit_every(imp->db, 1); /* the default, for the database's next user */
    g_main_loop_unref(imp->loop);
    imp->loop = NULL;
    g_main_context_pop_thread_default(ctx);
    g_main_context_unref(ctx);
    jx_sink_free(imp->sink);
    imp->sink = NULL;
    g_ptr_array_unref(imp->values);
    imp->values = NULL;
    g_array_unref(imp->rows);
    imp->rows = NULL;
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

/* ---------------------------------------------------------------- the worker_proc */

/* Appends the end-of-document line for one file to `doc`: "ok", or
 * "skipped" and the reason (its line ends made spaces: the answer is one
 * line). */
static void append_answer(GString *doc, const GError *unread)
{
    g_string_append_c(doc, END_MARK);
    if (!unread) {
        g_string_append(doc, "ok");
    } else {
        g_string_append(doc, "skipped\t");
        for (const char *p = unread->message; *p; p++)
            g_string_append_c(doc, *p == '\n' || *p == '\r' ? ' ' : *p);
    }
    g_string_append_c(doc, '\n');
}

/* The worker's keeper of a document's records: each record goes to `doc`
 * as its JSON line and its frame (jx_db_frame_append: the values the
 * importer binds, so that it reads no JSON), the document record with
 * `source` the path as the importer gave it (`given`) when the file had to
 * be opened under another name (`-`, which alone would mean standard input,
 * is opened as ./-): the database keeps the path the user gave, and the
 * next run, given it again, finds it unchanged.  Each record, handed over
 * by the parser (jx_pipeline_run_giving), is then kept in `kept` for the
 * checker: kept, not copied — a copy of each was a tenth of what the worker
 * does beyond parsing. */
typedef struct {
    GString *doc;
    GString *scratch; /* jx_db_frame_append's, kept */
    const char *given; /* NULL: the path was opened as given */
    jx_record_list *kept;
} named_sink;

/* Appends `rec` as the importer reads it: its JSON line, then its frame. */
static void append_record(named_sink *n, const jx_record *rec)
{
    jx_record_append_json(rec, n->doc);
    g_string_append_c(n->doc, '\n');
    jx_db_frame_append(n->doc, n->scratch, rec);
}

/* jx_record_take_fn: writes `rec` (renamed, see named_sink) and keeps it. */
static gboolean named_take(jx_record *rec, gpointer data)
{
    named_sink *n = data;
    if (n->given && jx_record_kind_of(rec) == JX_RECORD_DOCUMENT)
        jx_record_set_string(rec, JX_F_SOURCE, n->given);
    append_record(n, rec);
    jx_record_list_append(n->kept, rec);
    return TRUE;
}

/* Writes the findings the checker makes of the document's records (kept as
 * they were written) after them. */
static void write_findings(named_sink *n)
{
    jx_record_list *findings = jx_check_records(n->kept);
    for (guint i = 0; i < jx_record_list_length(findings); i++)
        append_record(n, jx_record_list_get(findings, i));
    jx_record_list_free(findings);
}

/* The next NUL-ended field of the worker's input (g_free), its NUL read;
 * NULL at the end of the input or with `error` set when it cannot be read. */
static char *read_field(GDataInputStream *in, GError **error)
{
    gsize len = 0;
    /* a field ends at its NUL byte ("" as stop characters of length 1) */
    char *field = g_data_input_stream_read_upto(in, "", 1, &len, NULL, error);
    if (field) /* the NUL itself; missing only when the input ended after the field */
        g_data_input_stream_read_byte(in, NULL, NULL);
    return field;
}

/* TRUE when the `n` bytes at `s` are a SHA-256 digest as GLib writes it:
 * 64 lowercase hex digits. */
static gboolean is_sha256_hex(const char *s, gsize n)
{
    for (gsize i = 0; i < n; i++)
        if (!g_ascii_isxdigit(s[i]) || g_ascii_isupper(s[i]))
            return FALSE;
    return n == 64;
}

/* Splits the worker's key field, "DIGEST STAMP" (feed), in place: the
 * digest when it is one and a stamp follows it, else NULL — a digest the
 * parent does not vouch for with the file's stamp is not taken, and the
 * worker hashes the bytes it reads, as `jixiao parse` does.  `stamp` is
 * set with the digest. */
static const char *given_digest(char *field, const char **stamp)
{
    char *space = strchr(field, ' ');
    *stamp = NULL;
    if (!space || !space[1] || !is_sha256_hex(field, (gsize)(space - field)))
        return NULL;
    *space = '\0';
    *stamp = space + 1;
    return field;
}

/* TRUE when the file at `path` still has the stamp (file_stamp) `stamp`. */
static gboolean stamp_holds(const char *path, const char *stamp)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return FALSE;
    char *now = file_stamp(&st);
    gboolean same = strcmp(now, stamp) == 0;
    g_free(now);
    return same;
}

/* Each document's records are gathered in memory and go out with its end
 * line in one write: the importer wakes once per document, not once per
 * table (the pipeline flushes its sink after each), and a worker that dies
 * half-way through a document has sent none of it. */
gboolean jx_import_serve(GInputStream *in, GOutputStream *out, GError **error)
{
    GDataInputStream *paths = g_data_input_stream_new(in);
    GString *doc = g_string_sized_new(1 << 16);
    named_sink named = {doc, g_string_sized_new(64), NULL, jx_record_list_new()};
    gboolean ok = TRUE;
    while (ok) {
        GError *e = NULL;
        char *digest = read_field(paths, &e);
        char *path = digest ? read_field(paths, &e) : NULL;
        if (!path) {
            g_free(digest);
            if (e)
                g_propagate_error(error, e);
            ok = !e;
            break;
        }
        /* a file named "-" is that file, not this worker's standard input
         * (which carries the paths); its records say "-" (named_sink) */
        gboolean dash = strcmp(path, "-") == 0;
        const char *opened = dash ? "./-" : path;
        const char *stamp;
        const char *sha = given_digest(digest, &stamp);
        named.given = dash ? path : NULL;
        g_string_truncate(doc, 0);
        gboolean parsed = jx_pipeline_run_giving(opened, sha, 0, named_take, &named,
                                                 JX_STREAM_ABOVE_BYTES, &e);
        if (!parsed && g_error_matches(e, JX_ERROR, JX_ERROR_PARTIAL)) {
            /* every record was written; the pages that could not be read are
             * warnings in the document record, which the database keeps */
            parsed = TRUE;
            g_clear_error(&e);
        }
        if (parsed && sha && !stamp_holds(opened, stamp)) {
            /* the bytes read may not be the bytes hashed: not stored under
             * that digest */
            parsed = FALSE;
            g_set_error_literal(&e, JX_ERROR, JX_ERROR_IO, CHANGED_WHILE_READ);
        }
        if (parsed)
            write_findings(&named);
        else /* what was written of a file that could not be read is not sent */
            g_string_truncate(doc, 0);
        jx_record_list_free(named.kept);
        named.kept = jx_record_list_new();
        /* the end line goes after the records, and the whole answer out in
         * one write */
        append_answer(doc, e);
        ok = g_output_stream_write_all(out, doc->str, doc->len, NULL, NULL, error);
        g_clear_error(&e);
        g_free(digest);
        g_free(path);
    }
    jx_record_list_free(named.kept);
    g_string_free(named.scratch, TRUE);
    g_string_free(doc, TRUE);
    g_object_unref(paths);
    return ok;
}
