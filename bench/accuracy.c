/*
 * accuracy.c — `jx-accuracy ROOT`: how well jixiao reads documents rendered
 * through real converters.
 *
 * ROOT is a converted corpus, ROOT/<converter>/<family>/<id>.<ext> with its
 * <id>.expected.jsonl beside it (bench/data/accuracy from corpus/gen/forms.py,
 * or the committed sample corpus/converted).  Every document is parsed with
 * jx_parse_path and scored by tests/support/score.h; the Markdown table (one
 * row per converter × family, totals per converter and overall) goes to
 * standard output and to ROOT/accuracy.md.  See bench/README.md, "Accuracy".
 *
 *   jx-accuracy [--list] [--lines N] [--min-f1 X] [--min-strict Y] [--md FILE]
 *               [--only PATTERN]... ROOT
 *
 * Exit status: 0 done (and every cell at or above the minimums given), 1 a
 * cell below a minimum (or with no document, or an unreadable expected
 * file) when a minimum is given, 2 usage error, ROOT unreadable, no document
 * scored, or the table file cannot be written.
 */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "jixiao.h"
#include "support/score.h"

/* The command-line settings. */
typedef struct {
    gboolean list;
    gint lines;
    gdouble min_f1;
    gdouble min_strict;
    char *md;
    char **only; /* converter or converter/family patterns; NULL: all */
} options;

/* Parses argv into `opt`; returns ROOT (borrowed from argv) or NULL after printing why. */
static const char *parse_args(int *argc, char ***argv, options *opt)
{
    const GOptionEntry entries[] = {
        {"list", 'v', 0, G_OPTION_ARG_NONE, &opt->list,
         "Print, per document not fully right, its first mismatches", NULL},
        {"lines", 0, 0, G_OPTION_ARG_INT, &opt->lines,
         "Mismatch lines shown per document with --list (default 5, 0 = all)", "N"},
        {"min-f1", 0, 0, G_OPTION_ARG_DOUBLE, &opt->min_f1,
         "Exit 1 when a converter x family cell has a lower F1", "X"},
        {"min-strict", 0, 0, G_OPTION_ARG_DOUBLE, &opt->min_strict,
         "Exit 1 when a converter x family cell has a lower strict F1", "Y"},
        {"md", 0, 0, G_OPTION_ARG_FILENAME, &opt->md,
         "Write the table to FILE instead of ROOT/accuracy.md", "FILE"},
        {"only", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt->only,
         "Score only the converter folders, or converter/family folders, matching PATTERN "
         "(shell-style: calc-pdf-layout, '*-pdf-layout/dept'); repeatable",
         "PATTERN"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *ctx = g_option_context_new("ROOT");
    g_option_context_set_summary(
        ctx, "Scores jixiao on a converted corpus ROOT/<converter>/<family>/<id>.<ext> with\n"
             "<id>.expected.jsonl beside each document; prints a Markdown table.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    GError *error = NULL;
    gboolean ok = g_option_context_parse(ctx, argc, argv, &error);
    if (!ok)
        fprintf(stderr, "jx-accuracy: %s\n", error->message);
    else if (*argc != 2)
        fprintf(stderr, "jx-accuracy: give exactly one ROOT folder (see --help)\n");
    else if (opt->lines < 0 || opt->min_f1 < 0 || opt->min_f1 > 1 || opt->min_strict < 0 ||
             opt->min_strict > 1)
        fprintf(stderr, "jx-accuracy: --lines must be >= 0 and the minimums within 0..1\n");
    g_clear_error(&error);
    g_option_context_free(ctx);
    return ok && *argc == 2 && opt->lines >= 0 && opt->min_f1 >= 0 && opt->min_f1 <= 1 &&
                   opt->min_strict >= 0 && opt->min_strict <= 1
               ? (*argv)[1]
               : NULL;
}

/* Writes the table to `path`.  A regular file (or a new one) is replaced
 * whole, as g_file_set_contents does; anything else (`--md /dev/null`, a
 * pipe) is written in place: g_file_set_contents renames a temporary file
 * over its target and, run as root, replaced /dev/null with a file. */
static gboolean write_table(const char *path, const char *text, gsize len, GError **error)
{
    if (!g_file_test(path, G_FILE_TEST_EXISTS) || g_file_test(path, G_FILE_TEST_IS_REGULAR))
        return g_file_set_contents(path, text, (gssize)len, error);
    FILE *f = fopen(path, "w");
    gboolean ok = f && fwrite(text, 1, len, f) == len;
    if (f && fclose(f) != 0)
        ok = FALSE;
    if (!ok)
        g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: %s", path, g_strerror(errno));
    return ok;
}

/* Counts the documents of `tree` (failed ones included). */
static guint count_documents(const jx_score_tree *tree)
{
    jx_score_tally all;
    jx_score_tree_total(tree, NULL, &all);
    return all.documents;
}

/* Runs the tool (see the header comment); returns the exit status. */
int main(int argc, char **argv)
{
    setlocale(LC_ALL, "");
    options opt = {.lines = 5};
    const char *root = parse_args(&argc, &argv, &opt);
    if (!root) {
        g_free(opt.md);
        g_strfreev(opt.only);
        return 2;
    }
    GError *error = NULL;
    jx_score_tree *tree = jx_score_tree_run_only(root, (const char *const *)opt.only, &error);
    if (!tree) {
        fprintf(stderr, "jx-accuracy: %s\n", error->message);
        g_error_free(error);
        g_free(opt.md);
        g_strfreev(opt.only);
        return 2;
    }
    int status = 0;
    guint documents = count_documents(tree);
    GDateTime *now = g_date_time_new_now_local();
    char *when = g_date_time_format(now, "%Y-%m-%d %H:%M");
    g_date_time_unref(now);
    GString *md = g_string_new(NULL);
    g_string_append_printf(md, "## jixiao accuracy, %s\n\n- corpus: %s, %u documents in %u "
                               "converter × family folders\n- jixiao %s\n\n",
                           when, root, documents, tree->cells->len, jx_version());
    char *table = jx_score_tree_table(tree);
    g_string_append(md, table);
    g_free(table);
    g_free(when);
    fputs(md->str, stdout);

    char *md_path = opt.md ? g_strdup(opt.md) : g_build_filename(root, "accuracy.md", NULL);
    if (!write_table(md_path, md->str, md->len, &error)) {
        fprintf(stderr, "jx-accuracy: cannot write the table: %s\n", error->message);
        g_clear_error(&error);
        status = 2;
    }
    if (opt.list) {
        GString *list = g_string_new(NULL);
        jx_score_tree_list(tree, FALSE, 0, (guint)opt.lines, list);
        printf("\n%s", list->len ? list->str : "Every document is fully right.\n");
        g_string_free(list, TRUE);
    }
    if (documents == 0) {
        fprintf(stderr, "jx-accuracy: %s has no <converter>/<family>/<id>.<ext> with an "
                        "<id>.expected.jsonl beside it%s\n",
                root, opt.only ? " (among the folders --only lets in)" : "");
        status = 2;
    } else if (status == 0 && (opt.min_f1 > 0 || opt.min_strict > 0)) {
        GString *why = g_string_new(NULL);
        if (!jx_score_tree_check(tree, opt.min_f1, opt.min_strict, why)) {
            fprintf(stderr, "jx-accuracy: below the minimums:\n%s", why->str);
            status = 1;
        }
        g_string_free(why, TRUE);
    }
    g_free(md_path);
    g_string_free(md, TRUE);
    jx_score_tree_free(tree);
    g_free(opt.md);
    g_strfreev(opt.only);
    return status;
}
