/*
 * jixiao — command-line front end.  It parses arguments and calls the
 * library; everything it knows about documents comes from libjixiao.
 *
 * Exit status: 0 every input parsed; 1 at least one input could not be read
 * or decoded, or had pages that could not be (the others were still processed); 2 usage error; 3 the output
 * could not be written.  `check` has its own: 0 no errors found, 1 errors
 * found, 2 a file could not be read (or usage or output error).
 */
#include "jixiao.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <gio/gunixinputstream.h>
#include <gio/gunixoutputstream.h>

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2, EXIT_OUTPUT = 3 };

static const char *const usage_text =
    "Usage: jixiao COMMAND [OPTIONS] FILE...\n"
    "\n"
    "Commands:\n"
    "  parse    turn target tables (绩效目标表) and reports into records\n"
    "  check    find where a report contradicts itself (sums, rates, totals, grades)\n"
    "  extract  write the raw grids of every table found (any table), cell by cell\n"
    "  show     draw a PDF page with the rules, cells and lines extraction found\n"
    "  import   parse files and folders into a database (SQLite file or PostgreSQL)\n"
    "  export   write a database's records as CSV, JSON Lines or XLSX\n"
    "  query    run one SQL query on a database, rows as tab-separated text\n"
    "\n"
    "Run 'jixiao COMMAND --help' for a command's options.\n"
    "Options: --help, --version\n";

typedef struct {
    char *format;
    char *output;
    gboolean bom;
    gboolean excel;
    gint64 max_size_mb;
} parse_options;

static void say(const char *msg)
{
    fprintf(stderr, "jixiao: %s\n", msg);
}

/* Opens the output: standard output, or FILE created (truncated) now so a
 * bad path is reported before any input is read.  Written in place, not
 * through a temporary file: what was parsed before a failure stays on disk,
 * and /dev/null or a pipe work as outputs. */
/* An output error names the output: GIO's own message names only a descriptor. */
static void say_output_error(const char *output, const GError *error)
{
    const char *shown = !output || strcmp(output, "-") == 0 ? "standard output" : output;
    fprintf(stderr, "jixiao: %s: cannot write: %s (check free space and permissions)\n", shown,
            error->message);
}

static GOutputStream *open_output(const char *path, GError **error)
{
    if (!path || strcmp(path, "-") == 0)
        return g_unix_output_stream_new(STDOUT_FILENO, FALSE);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) {
        int e = errno;
        g_set_error(error, G_IO_ERROR, g_io_error_from_errno(e), "%s: cannot write: %s", path,
                    g_strerror(e));
        return NULL;
    }
    return g_unix_output_stream_new(fd, TRUE);
}

/* The files the arguments name, each folder opened into the files under it
 * (jx_files_under); `-` and anything else as given, for the parser to open
 * or to say why it cannot.  A folder that cannot be listed is said, sets
 * `*unreadable`, and the other arguments still go. */
static GPtrArray *input_files(int argc, char **argv, gboolean *unreadable)
{
    GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-") == 0 || !g_file_test(argv[i], G_FILE_TEST_IS_DIR)) {
            g_ptr_array_add(files, g_strdup(argv[i]));
            continue;
        }
        GError *error = NULL;
        char **under = jx_files_under(argv[i], &error);
        if (!under) {
            say(error->message);
            g_clear_error(&error);
            *unreadable = TRUE;
            continue;
        }
        if (!*under) {
            fprintf(stderr, "jixiao: %s: a folder with no file in it; nothing to read\n",
                    argv[i]);
            *unreadable = TRUE;
        }
        for (char **f = under; *f; f++)
            g_ptr_array_add(files, *f);
        g_free(under); /* the strings are the array's now */
    }
    return files;
}

static int run_parse(int argc, char **argv)
{
    parse_options opt = {.format = NULL, .max_size_mb = 0};
    GOptionEntry entries[] = {
        {"format", 'f', 0, G_OPTION_ARG_STRING, &opt.format,
         "Output format: jsonl (default) or csv", "FORMAT"},
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &opt.output,
         "Write to FILE instead of standard output", "FILE"},
        {"bom", 0, 0, G_OPTION_ARG_NONE, &opt.bom,
         "CSV: start with a UTF-8 byte-order mark so Excel reads it as UTF-8", NULL},
        {"excel", 0, 0, G_OPTION_ARG_NONE, &opt.excel,
         "CSV for Excel: --bom, and cells such as '= | 20 | 项' kept as text, not formulas",
         NULL},
        {"max-size", 0, 0, G_OPTION_ARG_INT64, &opt.max_size_mb,
         "Refuse inputs larger than MB megabytes (default: no limit)", "MB"},
        {NULL}};
    g_set_prgname("jixiao parse");
    GOptionContext *ctx = g_option_context_new("FILE|FOLDER... — parse documents into records");
    g_option_context_set_summary(
        ctx, "Reads 绩效目标表 and evaluation reports — text dumps, HTML, CSV, PDFs with a text\n"
             "layer ('-' reads standard input); a folder, every file under it, in path order —\n"
             "and writes a document record and one indicator record per target-table row.\n"
             "Exit status: 0 all inputs parsed, 1 some input failed or had pages that\n"
             "could not be read (the rest were still processed), 2 usage error, 3 output\n"
             "error.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    GError *error = NULL;
    int status = EXIT_OK;
    if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
        fprintf(stderr, "jixiao parse: %s (see 'jixiao parse --help')\n", error->message);
        status = EXIT_USAGE;
        goto out;
    }
    jx_sink_format format = JX_SINK_JSONL;
    if (opt.format && strcmp(opt.format, "csv") == 0)
        format = JX_SINK_CSV;
    else if (opt.format && strcmp(opt.format, "jsonl") != 0) {
        fprintf(stderr, "jixiao parse: unknown --format '%s'; use jsonl or csv\n", opt.format);
        status = EXIT_USAGE;
        goto out;
    }
    if (argc < 2) {
        fprintf(stderr, "jixiao parse: no input files (see 'jixiao parse --help')\n");
        status = EXIT_USAGE;
        goto out;
    }
    if (opt.max_size_mb < 0) {
        fprintf(stderr, "jixiao parse: --max-size must be positive\n");
        status = EXIT_USAGE;
        goto out;
    }

    GOutputStream *out = open_output(opt.output, &error);
    if (!out) {
        say(error->message);
        status = EXIT_OUTPUT;
        goto out;
    }
    unsigned flags = (opt.bom || opt.excel ? JX_SINK_CSV_BOM : 0) |
                     (opt.excel ? JX_SINK_CSV_GUARD : 0);
    jx_sink *sink = jx_sink_new(format, out, flags);
    gsize max_bytes = (gsize)opt.max_size_mb * 1024 * 1024;
    gboolean unlisted = FALSE;
    GPtrArray *files = input_files(argc, argv, &unlisted);
    if (unlisted)
        status = EXIT_INPUT;
    for (guint i = 0; i < files->len && status != EXIT_OUTPUT; i++) {
        /* Records are written table by table and flushed as they go: what
         * was parsed is on disk even if a later file brings the process down. */
        if (!jx_parse_path_to_sink(files->pdata[i], max_bytes, sink, &error)) {
            if (g_error_matches(error, JX_ERROR, JX_ERROR_OUTPUT)) {
                say_output_error(opt.output, error);
                status = EXIT_OUTPUT;
            } else {
                say(error->message);
                status = EXIT_INPUT;
            }
            g_clear_error(&error);
        }
    }
    g_ptr_array_unref(files);
    if (status != EXIT_OUTPUT && !jx_sink_flush(sink, &error)) {
        say_output_error(opt.output, error);
        g_clear_error(&error);
        status = EXIT_OUTPUT;
    }
    jx_sink_free(sink);
    if (!g_output_stream_close(out, NULL, &error) && status != EXIT_OUTPUT) {
        say_output_error(opt.output, error);
        g_clear_error(&error);
        status = EXIT_OUTPUT;
    }
    g_object_unref(out);
out:
    g_clear_error(&error);
    g_option_context_free(ctx);
    g_free(opt.format);
    g_free(opt.output);
    return status;
}

/* "A-B", "A-" or "A" → first and last page (0: open). */
static gboolean parse_pages(const char *spec, int *first, int *last)
{
    *first = *last = 0;
    if (!spec)
        return TRUE;
    char *end = NULL;
    gint64 a = g_ascii_strtoll(spec, &end, 10);
    if (end == spec || a < 1)
        return FALSE;
    *first = *last = (int)a;
    if (*end == '\0')
        return TRUE;
    if (*end != '-')
        return FALSE;
    const char *rest = end + 1;
    if (*rest == '\0') {
        *last = 0;
        return TRUE;
    }
    gint64 b = g_ascii_strtoll(rest, &end, 10);
    if (end == rest || *end || b < a)
        return FALSE;
    *last = (int)b;
    return TRUE;
}

static int run_extract(int argc, char **argv)
{
    char *format = NULL, *output = NULL, *pages = NULL;
    gint64 max_size_mb = 0;
    GOptionEntry entries[] = {
        {"format", 'f', 0, G_OPTION_ARG_STRING, &format,
         "jsonl (default: one object per grid) or csv (one line per cell)", "FORMAT"},
        {"pages", 'p', 0, G_OPTION_ARG_STRING, &pages, "Only grids on these pages (3, 2-5, 4-)",
         "RANGE"},
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
         "Write to FILE instead of standard output", "FILE"},
        {"max-size", 0, 0, G_OPTION_ARG_INT64, &max_size_mb,
         "Refuse inputs larger than MB megabytes (default: no limit)", "MB"},
        {NULL}};
    g_set_prgname("jixiao extract");
    GOptionContext *ctx = g_option_context_new("FILE... — the raw grids of every table");
    g_option_context_set_summary(
        ctx, "Writes every table the extraction finds — any table, not only target tables —\n"
             "as grids: cells with their text, row and column, spans, page and box (PDF).\n"
             "Exit status as for parse.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    GError *error = NULL;
    int status = EXIT_OK, first = 0, last = 0;
    jx_grids_format fmt = JX_GRIDS_JSONL;
    if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
        fprintf(stderr, "jixiao extract: %s (see 'jixiao extract --help')\n", error->message);
        status = EXIT_USAGE;
        goto out;
    }
    if (format && strcmp(format, "csv") == 0)
        fmt = JX_GRIDS_CSV;
    else if (format && strcmp(format, "jsonl") != 0 && strcmp(format, "json") != 0) {
        fprintf(stderr, "jixiao extract: unknown --format '%s'; use jsonl or csv\n", format);
        status = EXIT_USAGE;
        goto out;
    }
    if (!parse_pages(pages, &first, &last)) {
        fprintf(stderr, "jixiao extract: --pages '%s' is not a page range (3, 2-5, 4-)\n", pages);
        status = EXIT_USAGE;
        goto out;
    }
    if (argc < 2 || max_size_mb < 0) {
        fprintf(stderr, "jixiao extract: %s (see 'jixiao extract --help')\n",
                argc < 2 ? "no input files" : "--max-size must be positive");
        status = EXIT_USAGE;
        goto out;
    }
    GOutputStream *out = open_output(output, &error);
    if (!out) {
        say(error->message);
        status = EXIT_OUTPUT;
        goto out;
    }
    gboolean header = TRUE;
    for (int i = 1; i < argc && status != EXIT_OUTPUT; i++) {
        jx_source *src = jx_extract_path(argv[i], (gsize)max_size_mb * 1024 * 1024, &error);
        if (!src) {
            say(error->message);
            g_clear_error(&error);
            status = EXIT_INPUT;
            continue;
        }
        if (!jx_write_grids(src, fmt, first, last, header, out, &error)) {
            say_output_error(output, error);
            g_clear_error(&error);
            status = EXIT_OUTPUT;
        }
        header = FALSE;
        jx_source_free(src);
    }
    if (!g_output_stream_close(out, NULL, &error) && status != EXIT_OUTPUT) {
        say_output_error(output, error);
        status = EXIT_OUTPUT;
    }
    g_object_unref(out);
out:
    g_clear_error(&error);
    g_option_context_free(ctx);
    g_free(format);
    g_free(output);
    g_free(pages);
    return status;
}

static int run_show(int argc, char **argv)
{
    gint64 page = 1;
    char *output = NULL;
    GOptionEntry entries[] = {
        {"page", 'p', 0, G_OPTION_ARG_INT64, &page, "The page to draw (default 1)", "N"},
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "The PNG to write (required)", "FILE"},
        {NULL}};
    g_set_prgname("jixiao show");
    GOptionContext *ctx = g_option_context_new("FILE.pdf — draw a page as extraction sees it");
    g_option_context_set_summary(
        ctx, "Renders one page with the rules found (red; other long ink runs grey), each\n"
             "ruled table's cells (blue; a merged cell is one box) and the lines of text read\n"
             "outside ruled tables (green).");
    g_option_context_add_main_entries(ctx, entries, NULL);
    GError *error = NULL;
    int status = EXIT_OK;
    if (!g_option_context_parse(ctx, &argc, &argv, &error) || argc != 2 || !output ||
        page < 1 || page > G_MAXINT) {
        fprintf(stderr, "jixiao show: %s (see 'jixiao show --help')\n",
                error ? error->message
                      : argc != 2 ? "name one PDF" : !output ? "-o FILE.png is required"
                                                          : "--page must be 1 or more");
        status = EXIT_USAGE;
    } else if (!jx_pdf_show(argv[1], (int)page, output, &error)) {
        say(error->message);
        status = g_error_matches(error, JX_ERROR, JX_ERROR_OUTPUT) ? EXIT_OUTPUT : EXIT_INPUT;
    }
    g_clear_error(&error);
    g_option_context_free(ctx);
    g_free(output);
    return status;
}

/* The program a worker runs: this binary, found through /proc so that a
 * relative argv[0] or a changed PATH cannot start another jixiao.
 * JX_IMPORT_WORKER overrides it — for the tests only, which put a program
 * there that crashes or hangs on cue (tests/import_test.py); it is run as
 * `WORKER import-worker`. */
static char *worker_program(const char *argv0)
{
    const char *forced = g_getenv("JX_IMPORT_WORKER");
    if (forced && *forced)
        return g_strdup(forced);
    char *self = g_file_read_link("/proc/self/exe", NULL);
    return self ? self : g_strdup(argv0);
}

/* Documents per commit from JX_IMPORT_COMMIT_GROUP — for the benchmarks
 * only (bench/import_bench.py, callgrind runs): groups closed by the clock
 * make the importer's work follow the host's load; a fixed size makes two
 * runs over the same files do the same work.  0 (unset, not a number): the
 * default groups. */
static guint commit_group_from_env(void)
{
    const char *v = g_getenv("JX_IMPORT_COMMIT_GROUP");
    guint64 n = 0;
    if (!v || !g_ascii_string_to_unsigned(v, 10, 0, G_MAXUINT, &n, NULL))
        return 0;
    return (guint)n;
}

/* `jixiao import-worker`, hidden: what `jixiao import` runs in its worker
 * processes (jx_import_serve); digests and paths on standard input, answers
 * on standard output.  No options. */
static int run_import_worker(int argc, char **argv)
{
    (void)argv;
    if (argc != 1) {
        say("import-worker takes no arguments: it reads paths on standard input");
        return EXIT_USAGE;
    }
    g_set_prgname("jixiao import-worker");
    GInputStream *in = g_unix_input_stream_new(STDIN_FILENO, FALSE);
    GOutputStream *out = g_unix_output_stream_new(STDOUT_FILENO, FALSE);
    GError *error = NULL;
    int status = EXIT_OK;
    if (!jx_import_serve(in, out, &error)) {
        say(error->message);
        g_error_free(error);
        status = EXIT_OUTPUT;
    }
    g_object_unref(in);
    g_object_unref(out);
    return status;
}

static const char *const outcome_words[JX_IMPORT_N_OUTCOMES] = {
    [JX_IMPORT_IMPORTED] = "imported",   [JX_IMPORT_REPLACED] = "replaced",
    [JX_IMPORT_LINKED] = "linked",       [JX_IMPORT_UNCHANGED] = "unchanged",
    [JX_IMPORT_FAILED] = "failed",       [JX_IMPORT_SKIPPED] = "skipped",
};

static void print_summary(const jx_import *imp, jx_db *db, const char *target)
{
    printf("%s (%s)\n", target, jx_db_backend_name(db));
    printf("  imported   %u (of which %u replaced a changed file)\n",
           jx_import_count(imp, JX_IMPORT_IMPORTED), jx_import_count(imp, JX_IMPORT_REPLACED));
    printf("  linked     %u (same bytes as a stored document: path added)\n",
           jx_import_count(imp, JX_IMPORT_LINKED));
    printf("  unchanged  %u\n", jx_import_count(imp, JX_IMPORT_UNCHANGED));
    printf("  failed     %u\n", jx_import_count(imp, JX_IMPORT_FAILED));
    printf("  skipped    %u\n", jx_import_count(imp, JX_IMPORT_SKIPPED));
    for (guint i = 0; i < jx_import_n_problems(imp); i++) {
        const char *path, *reason;
        jx_import_outcome o;
        jx_import_problem(imp, i, &path, &o, &reason);
        printf("    %s %s: %s\n", outcome_words[o], path, reason);
    }
    printf("  records   ");
    for (int k = JX_RECORD_DOCUMENT; k < JX_RECORD_VALUE; k++)
        printf(" %s %" G_GUINT64_FORMAT "%s", jx_record_kind_name((jx_record_kind)k),
               jx_import_records(imp, (jx_record_kind)k), k + 1 < JX_RECORD_VALUE ? "," : "\n");
    printf("  findings   error %" G_GUINT64_FORMAT ", warning %" G_GUINT64_FORMAT
           ", info %" G_GUINT64_FORMAT "\n",
           jx_import_findings(imp, "error"), jx_import_findings(imp, "warning"),
           jx_import_findings(imp, "info"));
}

/* "I/N" with 1 <= I <= N. */
static gboolean parse_shard(const char *spec, int *index, int *count)
{
    char *end = NULL;
    gint64 i = g_ascii_strtoll(spec, &end, 10);
    if (end == spec || *end != '/')
        return FALSE;
    const char *rest = end + 1;
    gint64 n = g_ascii_strtoll(rest, &end, 10);
    if (end == rest || *end || n < 1 || i < 1 || i > n || n > G_MAXINT)
        return FALSE;
    *index = (int)i;
    *count = (int)n;
    return TRUE;
}

static int run_import(int argc, char **argv)
{
    char *db_target = NULL, *shard = NULL, *sync = NULL;
    gint jobs = 0;
    gdouble timeout = 120;
    gint64 memory = 2048;
    gboolean quiet = FALSE;
    GOptionEntry entries[] = {
        {"db", 'd', 0, G_OPTION_ARG_FILENAME, &db_target,
         "SQLite file (default jixiao.sqlite) or postgresql://… URI", "DB"},
        {"jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
         "Worker processes at once (default: the number of cores)", "N"},
        {"shard", 0, 0, G_OPTION_ARG_STRING, &shard,
         "Import only slice I of N of the sorted file list (one per machine)", "I/N"},
        {"timeout", 0, 0, G_OPTION_ARG_DOUBLE, &timeout,
         "Seconds a document may take before it is failed (default 120; 0: no limit)", "S"},
        {"memory", 0, 0, G_OPTION_ARG_INT64, &memory,
         "Address space a worker may use, MiB (default 2048; 0: no limit)", "MB"},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "No progress line", NULL},
        {"sync", 0, 0, G_OPTION_ARG_STRING, &sync,
         "full (default): a commit is on the disk, through a power loss; normal: it "
         "survives a crash of the program, a power loss may take the last ones back "
         "(whole documents); faster",
         "full|normal"},
        {NULL}};
    g_set_prgname("jixiao import");
    GOptionContext *ctx = g_option_context_new("FILE|DIR... — parse documents into a database");
    g_option_context_set_summary(
        ctx, "Walks folders, parses every document in a worker process and stores its records\n"
             "(docs/schema.sql), each document whole (an interruption loses at most the last\n"
             "second's, never part of one).  Unchanged files (same SHA-256\n"
             "at the same path) are not parsed again; a changed file replaces its records; a\n"
             "crashing or hanging document is recorded as failed and the rest go on.  Run it\n"
             "again after an interruption to finish.\n"
             "Exit status: 0 all imported or skipped as not documents, 1 some failed,\n"
             "2 usage error, 3 the database could not be written.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    GError *error = NULL;
    int status = EXIT_OK, shard_i = 1, shard_n = 1;
    if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
        fprintf(stderr, "jixiao import: %s (see 'jixiao import --help')\n", error->message);
        status = EXIT_USAGE;
    } else if (argc < 2) {
        fprintf(stderr, "jixiao import: no files or folders to import (see 'jixiao import --help')\n");
        status = EXIT_USAGE;
    } else if (shard && !parse_shard(shard, &shard_i, &shard_n)) {
        fprintf(stderr, "jixiao import: --shard '%s' must be I/N with 1 <= I <= N (e.g. 2/4)\n",
                shard);
        status = EXIT_USAGE;
    } else if (jobs < 0 || timeout < 0 || memory < 0) {
        fprintf(stderr, "jixiao import: --jobs, --timeout and --memory cannot be negative\n");
        status = EXIT_USAGE;
    } else if (sync && strcmp(sync, "full") != 0 && strcmp(sync, "normal") != 0) {
        fprintf(stderr, "jixiao import: --sync '%s' must be full or normal\n", sync);
        status = EXIT_USAGE;
    }
    if (status != EXIT_OK)
        goto out;
    const char *target = db_target ? db_target : "jixiao.sqlite";
    jx_db *db = jx_db_open(target, &error);
    if (!db) {
        say(error->message);
        status = EXIT_OUTPUT;
        goto out;
    }
    if (sync && !jx_db_set_sync(db, strcmp(sync, "full") == 0, &error)) {
        say(error->message);
        jx_db_close(db);
        status = EXIT_OUTPUT;
        goto out;
    }
    char *worker = worker_program(argv[0]);
    jx_import *imp = jx_import_new(db, worker);
    jx_import_set_jobs(imp, jobs > 0 ? jobs : (int)g_get_num_processors());
    jx_import_set_shard(imp, shard_i, shard_n);
    jx_import_set_limits(imp, timeout, (gsize)memory);
    jx_import_set_commit_group(imp, commit_group_from_env());
    jx_import_set_progress(imp, !quiet && isatty(STDERR_FILENO));
    if (!jx_import_run(imp, (const char *const *)argv + 1, &error)) {
        say(error->message);
        status = g_error_matches(error, JX_ERROR, JX_ERROR_IO) ? EXIT_INPUT : EXIT_OUTPUT;
    }
    /* a missing input stops the run before it starts: nothing to sum up; a
     * database failure comes after some files were done: say which */
    if (status != EXIT_INPUT)
        print_summary(imp, db, target);
    if (status == EXIT_OK && jx_import_count(imp, JX_IMPORT_FAILED) > 0)
        status = EXIT_INPUT;
    jx_import_free(imp);
    g_free(worker);
    jx_db_close(db);
out:
    g_clear_error(&error);
    g_option_context_free(ctx);
    g_free(db_target);
    g_free(shard);
    g_free(sync);
    return status;
}

static int run_export(int argc, char **argv)
{
    char *db_target = NULL, *format = NULL, *output = NULL, **what = NULL;
    gboolean excel = FALSE;
    GOptionEntry entries[] = {
        {"db", 'd', 0, G_OPTION_ARG_FILENAME, &db_target,
         "SQLite file (default jixiao.sqlite) or postgresql://… URI", "DB"},
        {"format", 'f', 0, G_OPTION_ARG_STRING, &format, "csv, jsonl or xlsx (default: jsonl)",
         "FORMAT"},
        {"what", 'w', 0, G_OPTION_ARG_STRING_ARRAY, &what,
         "documents, indicators, scores, funds, budgets, facts, findings or all (default: "
         "indicators for csv, all otherwise; repeat for several)",
         "TABLE"},
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
         "Write to FILE (required for xlsx; default standard output)", "FILE"},
        {"excel", 0, 0, G_OPTION_ARG_NONE, &excel,
         "CSV for Excel: a BOM, and formula-like text kept as text", NULL},
        {NULL}};
    g_set_prgname("jixiao export");
    GOptionContext *ctx = g_option_context_new("— write a database's records");
    g_option_context_set_summary(
        ctx, "JSON Lines gives the records as imported; CSV one table with each row's document\n"
             "title, year, org and project; XLSX one sheet per table, ready for Excel.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    GError *error = NULL;
    int status = EXIT_OK;
    jx_export_format fmt = JX_EXPORT_JSONL;
    if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
        fprintf(stderr, "jixiao export: %s (see 'jixiao export --help')\n", error->message);
        status = EXIT_USAGE;
        goto out;
    }
    if (format && strcmp(format, "csv") == 0)
        fmt = JX_EXPORT_CSV;
    else if (format && strcmp(format, "xlsx") == 0)
        fmt = JX_EXPORT_XLSX;
    else if (format && strcmp(format, "jsonl") != 0) {
        fprintf(stderr, "jixiao export: unknown --format '%s'; use csv, jsonl or xlsx\n", format);
        status = EXIT_USAGE;
        goto out;
    }
    if (argc > 1) {
        fprintf(stderr, "jixiao export: unexpected argument '%s' (the database is --db)\n",
                argv[1]);
        status = EXIT_USAGE;
        goto out;
    }
    const char *target = db_target ? db_target : "jixiao.sqlite";
    if (!strstr(target, "://") && !g_file_test(target, G_FILE_TEST_IS_REGULAR)) {
        fprintf(stderr, "jixiao: %s: no such database (import into it first, or name it with --db)\n",
                target);
        status = EXIT_INPUT;
        goto out;
    }
    const char *csv_default[] = {"indicators", NULL};
    const char *const *tables = (const char *const *)what;
    if (what && what[0] && strcmp(what[0], "all") == 0 && !what[1])
        tables = NULL;
    else if (!what && fmt == JX_EXPORT_CSV)
        tables = csv_default;
    jx_db *db = jx_db_open(target, &error);
    if (!db) {
        say(error->message);
        status = EXIT_INPUT;
        goto out;
    }
    if (!jx_db_export(db, fmt, tables, excel, output, &error)) {
        if (g_error_matches(error, JX_ERROR, JX_ERROR_FORMAT)) {
            fprintf(stderr, "jixiao export: %s\n", error->message);
            status = EXIT_USAGE;
        } else {
            say(error->message);
            status = EXIT_OUTPUT;
        }
    }
    jx_db_close(db);
out:
    g_clear_error(&error);
    g_option_context_free(ctx);
    g_free(db_target);
    g_free(format);
    g_free(output);
    g_strfreev(what);
    return status;
}

static int run_query(int argc, char **argv)
{
    char *db_target = NULL;
    GOptionEntry entries[] = {
        {"db", 'd', 0, G_OPTION_ARG_FILENAME, &db_target,
         "SQLite file (default jixiao.sqlite) or postgresql://… URI", "DB"},
        {NULL}};
    g_set_prgname("jixiao query");
    GOptionContext *ctx = g_option_context_new("SQL — run one query on a database");
    g_option_context_set_summary(
        ctx, "Prints the rows as tab-separated text under a header line (NULL for null);\n"
             "the tables are in docs/schema.sql.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    GError *error = NULL;
    int status = EXIT_OK;
    const char *target = NULL;
    if (!g_option_context_parse(ctx, &argc, &argv, &error) || argc != 2) {
        fprintf(stderr, "jixiao query: %s (see 'jixiao query --help')\n",
                error ? error->message : "give one SQL statement");
        status = EXIT_USAGE;
        goto out;
    }
    target = db_target ? db_target : "jixiao.sqlite";
    if (!strstr(target, "://") && !g_file_test(target, G_FILE_TEST_IS_REGULAR)) {
        fprintf(stderr, "jixiao: %s: no such database (import into it first, or name it with --db)\n",
                target);
        status = EXIT_INPUT;
        goto out;
    }
    jx_db *db = jx_db_open(target, &error);
    if (!db) {
        say(error->message);
        status = EXIT_INPUT;
        goto out;
    }
    GOutputStream *out = g_unix_output_stream_new(STDOUT_FILENO, FALSE);
    if (!jx_db_query_tsv(db, argv[1], out, &error)) {
        say(error->message);
        status = g_error_matches(error, JX_ERROR, JX_ERROR_OUTPUT) ? EXIT_OUTPUT : EXIT_INPUT;
    }
    g_object_unref(out);
    jx_db_close(db);
out:
    g_clear_error(&error);
    g_option_context_free(ctx);
    g_free(db_target);
    return status;
}

enum { CHECK_CLEAN = 0, CHECK_ERRORS = 1, CHECK_FAILED = 2 };

/* Writes `text` to `out`; FALSE with `error` set when it cannot. */
static gboolean write_text(GOutputStream *out, const char *text, GError **error)
{
    return g_output_stream_write_all(out, text, strlen(text), NULL, NULL, error);
}

static int run_check(int argc, char **argv)
{
    char *format = NULL, *output = NULL;
    gboolean list_rules = FALSE;
    gint64 max_size_mb = 0;
    GOptionEntry entries[] = {
        {"format", 'f', 0, G_OPTION_ARG_STRING, &format,
         "text (default: grouped by document and severity) or jsonl (each document record "
         "followed by its findings)",
         "FORMAT"},
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
         "Write to FILE instead of standard output", "FILE"},
        {"list-rules", 0, 0, G_OPTION_ARG_NONE, &list_rules,
         "List the rules (id, severity, what each checks) and exit", NULL},
        {"max-size", 0, 0, G_OPTION_ARG_INT64, &max_size_mb,
         "Refuse inputs larger than MB megabytes (default: no limit)", "MB"},
        {NULL}};
    g_set_prgname("jixiao check");
    GOptionContext *ctx =
        g_option_context_new("FILE|FOLDER... — find where a report contradicts itself");
    g_option_context_set_summary(
        ctx, "Parses each file and checks its records: scores that do not add up, rates that do\n"
             "not follow from their figures, totals and grades, the same indicator scored\n"
             "differently in two tables, budget and prose arithmetic, malformed numbers, 序号\n"
             "gaps.  Tolerances come from the printed precision.  A folder: every file under\n"
             "it, in path order.\n"
             "Exit status: 0 no errors found, 1 errors found, 2 a file could not be read (the\n"
             "others were still checked), or a usage or output error.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    GError *error = NULL;
    int status = CHECK_CLEAN;
    gboolean jsonl = FALSE;
    if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
        fprintf(stderr, "jixiao check: %s (see 'jixiao check --help')\n", error->message);
        status = CHECK_FAILED;
        goto out;
    }
    if (format && strcmp(format, "jsonl") == 0)
        jsonl = TRUE;
    else if (format && strcmp(format, "text") != 0) {
        fprintf(stderr, "jixiao check: unknown --format '%s'; use text or jsonl\n", format);
        status = CHECK_FAILED;
        goto out;
    }
    if (list_rules) {
        guint n;
        const jx_check_rule *rules = jx_check_rules(&n);
        int width = 0; /* the longest id sets the column (selfeval.missed-target) */
        for (guint i = 0; i < n; i++)
            width = MAX(width, (int)strlen(rules[i].id));
        for (guint i = 0; i < n; i++)
            printf("%-*s %-8s %s\n", width, rules[i].id, rules[i].severity, rules[i].summary);
        goto out;
    }
    if (argc < 2 || max_size_mb < 0) {
        fprintf(stderr, "jixiao check: %s (see 'jixiao check --help')\n",
                argc < 2 ? "no input files" : "--max-size must be positive");
        status = CHECK_FAILED;
        goto out;
    }
    GOutputStream *out = open_output(output, &error);
    if (!out) {
        say(error->message);
        status = CHECK_FAILED;
        goto out;
    }
    jx_sink *sink = jsonl ? jx_sink_new(JX_SINK_JSONL, out, 0) : NULL;
    gboolean errors = FALSE, unreadable = FALSE, write_failed = FALSE;
    GPtrArray *files = input_files(argc, argv, &unreadable);
    for (guint i = 0; i < files->len && !write_failed; i++) {
        jx_record_list *records =
            jx_parse_path(files->pdata[i], (gsize)max_size_mb * 1024 * 1024, &error);
        if (!records) {
            say(error->message);
            g_clear_error(&error);
            unreadable = TRUE;
            continue;
        }
        jx_record_list *findings = jx_check_records(records);
        const jx_record *doc = jx_record_list_length(records) ? jx_record_list_get(records, 0)
                                                               : NULL;
        for (guint k = 0; k < jx_record_list_length(findings); k++) {
            const char *sev = jx_record_string(jx_record_list_get(findings, k), JX_F_SEVERITY);
            errors = errors || (sev && strcmp(sev, "error") == 0);
        }
        gboolean ok;
        if (sink) {
            ok = (!doc || jx_sink_write(sink, doc, &error)) &&
                 jx_sink_write_list(sink, findings, &error) && jx_sink_flush(sink, &error);
        } else {
            char *text = jx_check_format_text(doc, records, findings);
            ok = write_text(out, text, &error);
            g_free(text);
        }
        if (!ok) {
            say_output_error(output, error);
            g_clear_error(&error);
            write_failed = TRUE;
        }
        jx_record_list_free(findings);
        jx_record_list_free(records);
    }
    g_ptr_array_unref(files);
    jx_sink_free(sink);
    if (!g_output_stream_close(out, NULL, &error) && !write_failed) {
        say_output_error(output, error);
        g_clear_error(&error);
        write_failed = TRUE;
    }
    g_object_unref(out);
    status = unreadable || write_failed ? CHECK_FAILED : errors ? CHECK_ERRORS : CHECK_CLEAN;
out:
    g_clear_error(&error);
    g_option_context_free(ctx);
    g_free(format);
    g_free(output);
    return status;
}

int main(int argc, char **argv)
{
    setlocale(LC_ALL, "");
    if (argc < 2) {
        fputs(usage_text, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        printf("jixiao %s (record format v%d)\n", jx_version(), JX_RECORD_FORMAT_VERSION);
        return EXIT_OK;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage_text, stdout);
        return EXIT_OK;
    }
    if (strcmp(cmd, "parse") == 0)
        return run_parse(argc - 1, argv + 1);
    if (strcmp(cmd, "check") == 0)
        return run_check(argc - 1, argv + 1);
    if (strcmp(cmd, "extract") == 0)
        return run_extract(argc - 1, argv + 1);
    if (strcmp(cmd, "show") == 0)
        return run_show(argc - 1, argv + 1);
    if (strcmp(cmd, "import") == 0)
        return run_import(argc - 1, argv + 1);
    if (strcmp(cmd, "import-worker") == 0)
        return run_import_worker(argc - 1, argv + 1);
    if (strcmp(cmd, "export") == 0)
        return run_export(argc - 1, argv + 1);
    if (strcmp(cmd, "query") == 0)
        return run_query(argc - 1, argv + 1);
    fprintf(stderr, "jixiao: unknown command '%s'\n\n%s", cmd, usage_text);
    return EXIT_USAGE;
}
