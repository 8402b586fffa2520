/*
 * test_variants.c — the reference target table re-dumped the ways other
 * converters and bureaus write it must still give its 61 expected records:
 * legacy encodings with CRLF, markdown pipes, an HTML table, the target
 * columns in another order, Kangxi look-alikes and full-width digits, and
 * cells separated by runs of spaces.  The variants are made here from
 * ../shared/seeds; the test skips, saying so, when that folder is absent.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "support/golden.h"
#include "support/testenv.h"

#define SEED "000_target_table"

typedef struct {
    char *text;          /* the seed as UTF-8 */
    GPtrArray *expected; /* its expected records */
} seed;

static int setup(void **state)
{
    char *dir = jx_test_path("JX_SHARED_DIR", "seeds");
    char *txt = dir ? g_build_filename(dir, SEED ".txt", NULL) : NULL;
    char *exp = dir ? g_build_filename(dir, SEED ".expected.jsonl", NULL) : NULL;
    seed *s = g_new0(seed, 1);
    if (txt && g_file_get_contents(txt, &s->text, NULL, NULL))
        s->expected = jx_golden_load(exp, NULL);
    g_free(dir);
    g_free(txt);
    g_free(exp);
    *state = s;
    return 0;
}

static int teardown(void **state)
{
    seed *s = *state;
    g_free(s->text);
    if (s->expected)
        g_ptr_array_unref(s->expected);
    g_free(s);
    return 0;
}

/* Parses bytes as the seed document and compares the indicators. */
static void check(const seed *s, const char *label, const char *bytes, gsize len)
{
    GError *error = NULL;
    jx_source *src = jx_extract_bytes(SEED ".txt", label, (const guint8 *)bytes, len, &error);
    if (!src)
        fail_msg("%s: %s", label, error->message);
    jx_record_list *got = jx_parse_source(src);
    jx_golden_tally tally = {0};
    GString *report = g_string_new(NULL);
    gboolean ok = jx_golden_compare(label, s->expected, got, "indicator", &tally, report);
    printf("%s: %u records right, %u wrong\n", label, tally.right, tally.wrong);
    if (!ok)
        printf("%s", report->str);
    g_string_free(report, TRUE);
    jx_record_list_free(got);
    jx_source_free(src);
    assert_true(ok);
    assert_int_equal(tally.right, 61);
}

#define NEED_SEED(s)                                                                  \
    do {                                                                              \
        if (!(s)->text || !(s)->expected) {                                           \
            printf("SKIP: ../shared/seeds not found; seed variants skipped\n");      \
            skip();                                                                   \
        }                                                                             \
    } while (0)

/* Rewrites every tab row of the text with `row` (cells → line). */
static char *map_rows(const char *text, char *(*row)(char **cells, guint n, gpointer), gpointer data)
{
    char **lines = g_strsplit(text, "\n", -1);
    GString *out = g_string_new(NULL);
    for (char **l = lines; *l; l++) {
        if (strchr(*l, '\t')) {
            char **cells = g_strsplit(*l, "\t", -1);
            char *mapped = row(cells, g_strv_length(cells), data);
            g_string_append(out, mapped);
            g_free(mapped);
            g_strfreev(cells);
        } else {
            g_string_append(out, *l);
        }
        g_string_append_c(out, '\n');
    }
    g_strfreev(lines);
    return g_string_free(out, FALSE);
}

static void test_gb18030_crlf(void **state)
{
    seed *s = *state;
    NEED_SEED(s);
    char **lines = g_strsplit(s->text, "\n", -1);
    char *crlf = g_strjoinv("\r\n", lines);
    g_strfreev(lines);
    gsize len = 0;
    char *gb = g_convert(crlf, -1, "GB18030", "UTF-8", NULL, &len, NULL);
    assert_non_null(gb);
    check(s, "gb18030+crlf", gb, len);
    g_free(gb);
    g_free(crlf);
}

static void test_utf16le_bom(void **state)
{
    seed *s = *state;
    NEED_SEED(s);
    gsize len = 0;
    char *u16 = g_convert(s->text, -1, "UTF-16LE", "UTF-8", NULL, &len, NULL);
    char *bom = g_malloc(len + 2);
    bom[0] = (char)0xFF;
    bom[1] = (char)0xFE;
    memcpy(bom + 2, u16, len);
    check(s, "utf-16le+bom", bom, len + 2);
    g_free(bom);
    g_free(u16);
}

static char *pipe_row(char **cells, guint n, gpointer data)
{
    GString *row = g_string_new("| ");
    for (guint i = 0; i < n; i++)
        g_string_append_printf(row, "%s%s", cells[i], i + 1 < n ? " | " : " |");
    if (strcmp(cells[0], "序号") == 0) {
        g_string_append_c(row, '\n');
        for (guint i = 0; i < n; i++)
            g_string_append(row, "|---");
        g_string_append(row, "|");
    }
    return g_string_free(row, FALSE);
}

static void test_markdown(void **state)
{
    seed *s = *state;
    NEED_SEED(s);
    char *md = map_rows(s->text, pipe_row, NULL);
    check(s, "markdown", md, strlen(md));
    g_free(md);
}

static char *html_row(char **cells, guint n, gpointer data)
{
    GString *row = g_string_new("<tr>");
    for (guint i = 0; i < n; i++)
        g_string_append_printf(row, "<td>%s</td>", cells[i]);
    g_string_append(row, "</tr>");
    return g_string_free(row, FALSE);
}

static void test_html(void **state)
{
    seed *s = *state;
    NEED_SEED(s);
    char *rows = map_rows(s->text, html_row, NULL);
    /* one table per page part, as exporters write them */
    char **parts = g_strsplit(rows, "\n\n", -1);
    GString *html = g_string_new("<html><body>\n");
    for (char **p = parts; *p; p++)
        g_string_append_printf(html, "%s<table>\n%s\n</table>\n", strstr(*p, "<tr>") ? "" : "", *p);
    g_string_append(html, "</body></html>\n");
    check(s, "html", html->str, html->len);
    g_string_free(html, TRUE);
    g_strfreev(parts);
    g_free(rows);
}

/* 目标值 | 单位 | 计算符号 instead of 计算符号 | 目标值 | 单位, in header and rows
 * alike; rows a converter shifted keep their cells' order. */
static char *reorder_row(char **cells, guint n, gpointer data)
{
    if (n == 7 && (*cells[3] || strcmp(cells[4], "计算符号") == 0)) {
        char *op = cells[4];
        cells[4] = cells[5];
        cells[5] = cells[6];
        cells[6] = op;
    } else if (n >= 6) {
        /* a shifted row: move the operator cell after the unit, wherever they are */
        for (guint i = 0; i + 2 < n; i++)
            if (!strcmp(cells[i], "=") || !strcmp(cells[i], "≥") || !strcmp(cells[i], "≤")) {
                char *op = cells[i];
                cells[i] = cells[i + 1];
                cells[i + 1] = cells[i + 2];
                cells[i + 2] = op;
                break;
            }
    }
    return g_strjoinv("\t", cells);
}

static void test_column_order(void **state)
{
    seed *s = *state;
    NEED_SEED(s);
    char *text = map_rows(s->text, reorder_row, NULL);
    check(s, "column-order", text, strlen(text));
    g_free(text);
}

/* PDFs made on some office suites give Kangxi radicals (⽬ U+2F6C for 目) and
 * full-width digits. */
static void test_lookalikes(void **state)
{
    seed *s = *state;
    NEED_SEED(s);
    GString *t = g_string_new(NULL);
    for (const char *p = s->text; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c == 0x76EE) /* 目 */
            c = 0x2F6C;
        else if (c >= '0' && c <= '9')
            c = 0xFF10 + (c - '0');
        g_string_append_unichar(t, c);
    }
    check(s, "kangxi+fullwidth", t->str, t->len);
    g_string_free(t, TRUE);
}

static char *spaced_row(char **cells, guint n, gpointer data)
{
    (void)data;
    GString *row = g_string_new(NULL);
    for (guint i = 0; i < n; i++) {
        g_string_append(row, *cells[i] ? cells[i] : "");
        g_string_append(row, "    ");
    }
    return g_string_free(row, FALSE);
}

/* Cells separated by runs of spaces instead of tabs, as some converters do;
 * the empty cells are lost, so this is the shifted-columns case everywhere. */
static void test_spaces(void **state)
{
    seed *s = *state;
    NEED_SEED(s);
    char *text = map_rows(s->text, spaced_row, NULL);
    check(s, "spaces", text, strlen(text));
    g_free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gb18030_crlf), cmocka_unit_test(test_utf16le_bom),
        cmocka_unit_test(test_markdown),     cmocka_unit_test(test_html),
        cmocka_unit_test(test_column_order), cmocka_unit_test(test_lookalikes),
        cmocka_unit_test(test_spaces),
    };
    return cmocka_run_group_tests_name("seed variants", tests, setup, teardown);
}
