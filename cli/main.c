/*
 * jixiao — command-line front end.  It parses arguments and calls the
 * library; everything it knows about documents comes from libjixiao.
 *
 * Exit status: 0 every input parsed; 1 at least one input could not be read
 * or decoded (the others were still processed); 2 usage error; 3 the output
 * could not be written.
 */
#include "jixiao.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2, EXIT_OUTPUT = 3 };

static const char *const usage_text =
    "Usage: jixiao COMMAND [OPTIONS] FILE...\n"
    "\n"
    "Commands:\n"
    "  parse    turn target tables (绩效目标表) and reports into records\n"
    "  extract  write the raw grids of every table found (any table), cell by cell\n"
    "  show     draw a PDF page with the rules, cells and lines extraction found\n"
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
    GOptionContext *ctx = g_option_context_new("FILE... — parse documents into records");
    g_option_context_set_summary(
        ctx, "Reads 绩效目标表 and evaluation reports — text dumps, HTML, CSV, PDFs with a text\n"
             "layer ('-' reads standard input) —\n"
             "and writes a document record and one indicator record per target-table row.\n"
             "Exit status: 0 all inputs parsed, 1 some input failed (the rest were still\n"
             "processed), 2 usage error, 3 output error.");
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
    for (int i = 1; i < argc && status != EXIT_OUTPUT; i++) {
        /* Records are written table by table and flushed as they go: what
         * was parsed is on disk even if a later file brings the process down. */
        if (!jx_parse_path_to_sink(argv[i], max_bytes, sink, &error)) {
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
    if (strcmp(cmd, "extract") == 0)
        return run_extract(argc - 1, argv + 1);
    if (strcmp(cmd, "show") == 0)
        return run_show(argc - 1, argv + 1);
    fprintf(stderr, "jixiao: unknown command '%s'\n\n%s", cmd, usage_text);
    return EXIT_USAGE;
}
