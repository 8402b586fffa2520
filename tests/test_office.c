/*
 * test_office.c — Office documents: .docx tables with their spans and the
 * text around them, .xlsx cells with their types, number formats and merged
 * ranges over several sheets, the legacy .doc through LibreOffice (or a
 * clear error without it, the batch going on), and bad packages refused
 * with one line each.  The fixtures are the .docx and .xlsx files of tests/office/, written
 * by tests/office/make_fixtures.py (each feature put there on purpose) and, for a
 * producer of another kind, make_xlsxwriter.c (libxlsxwriter); the
 * .doc is the committed converted sample (corpus/converted/writer-doc).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/office.h"
#include "support/dump.h"
#include "support/testenv.h"

/* ------------------------------------------------------------ helpers */

static char *fixture(const char *name)
{
    char *dir = jx_test_path("JX_SOURCE_DIR", NULL);
    assert_non_null(dir);
    char *p = g_build_filename(dir, "tests", "office", name, NULL);
    g_free(dir);
    return p;
}

static jx_source *extract_ok(const char *name)
{
    char *path = fixture(name);
    GError *error = NULL;
    jx_source *src = jx_extract_path(path, 0, &error);
    if (!src)
        fail_msg("%s: %s", path, error->message);
    g_free(path);
    return src;
}

/* The i-th (0-based) grid block of src. */
static const jx_grid *grid_n(const jx_source *src, int n)
{
    for (guint i = 0; i < jx_source_n_blocks(src); i++)
        if (jx_source_block_kind(src, i) == JX_BLOCK_GRID && n-- == 0)
            return jx_source_block_grid(src, i);
    fail_msg("no grid %d", n);
    return NULL;
}

static void assert_cell(const jx_grid *g, int r, int c, int rs, int cs, const char *text)
{
    const jx_cell *cell = jx_grid_cell(g, r, c);
    if (!cell)
        fail_msg("no cell starts at (%d,%d)", r, c);
    if (strcmp(jx_cell_text(cell), text) != 0)
        fail_msg("(%d,%d): \"%s\", wanted \"%s\"", r, c, jx_cell_text(cell), text);
    assert_int_equal(jx_cell_rowspan(cell), rs);
    assert_int_equal(jx_cell_colspan(cell), cs);
}

/* The LINE blocks of src joined with '|'. */
static char *lines_of(const jx_source *src)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < jx_source_n_blocks(src); i++)
        if (jx_source_block_kind(src, i) == JX_BLOCK_LINE)
            g_string_append_printf(s, "%s%s", s->len ? "|" : "", jx_source_block_text(src, i));
    return g_string_free(s, FALSE);
}

static char *warnings_of(const jx_source *src)
{
    GString *s = g_string_new(NULL);
    for (const char *const *w = jx_source_warnings(src); w && *w; w++)
        g_string_append_printf(s, "%s\n", *w);
    return g_string_free(s, FALSE);
}

/* ------------------------------------------------------------ docx */

static void docx_spans(void **state)
{
    (void)state;
    jx_source *src = extract_ok("spans.docx");
    assert_string_equal(jx_source_format(src), "docx");
    /* the paragraphs around the tables, in order (the hidden run of the second left out) */
    char *lines = lines_of(src);
    assert_string_equal(lines, "项目支出绩效目标表|（2023年度）|注：本表由项目单位填报。|"
                               "填报人：张三    联系电话：123");
    g_free(lines);
    /* block order: two lines, the tab paragraph as a row, the table, two lines */
    assert_int_equal(jx_source_block_kind(src, 0), JX_BLOCK_LINE);
    assert_int_equal(jx_source_block_kind(src, 3), JX_BLOCK_GRID);
    assert_int_equal(jx_source_block_kind(src, 4), JX_BLOCK_LINE);
    const jx_grid *tab = grid_n(src, 0);
    assert_cell(tab, 0, 0, 1, 1, "单位名称：某某局");
    assert_cell(tab, 0, 1, 1, 1, "金额：万元");

    const jx_grid *g = grid_n(src, 1);
    assert_int_equal(jx_grid_n_rows(g), 6);
    assert_int_equal(jx_grid_n_cols(g), 5);
    assert_cell(g, 0, 3, 1, 2, "指标值");               /* w:gridSpan */
    assert_cell(g, 1, 0, 3, 1, "产出指标");             /* vMerge restart + 2 continue */
    assert_cell(g, 1, 1, 2, 1, "数量指标");             /* ended by a cell without vMerge */
    assert_cell(g, 3, 1, 1, 1, "质量指标");
    assert_cell(g, 2, 2, 1, 1, "覆盖乡镇\n（个）");       /* two paragraphs, one cell */
    assert_null(jx_grid_cell(g, 2, 0));                /* covered by the span */
    assert_string_equal(jx_cell_text(jx_grid_cell_covering(g, 3, 0)), "产出指标");
    /* a nested table stays in its cell, rows as lines, before the cell's own paragraph */
    assert_cell(g, 4, 1, 1, 1, "内1 内2\n内3 内4\n嵌套");
    /* w:gridBefore: the row starts one column in */
    assert_null(jx_grid_cell(g, 5, 0));
    assert_cell(g, 5, 1, 1, 1, "前空");
    assert_cell(g, 5, 3, 1, 2, "y");
    jx_source_free(src);
}

static void docx_records(void **state)
{
    (void)state;
    char *path = fixture("spans.docx");
    GError *error = NULL;
    jx_record_list *list = jx_parse_path(path, 0, &error);
    assert_non_null(list);
    const jx_record *doc = jx_record_list_get(list, 0);
    assert_string_equal(jx_record_string(doc, JX_F_FORMAT), "docx");
    assert_string_equal(jx_record_string(doc, JX_F_TITLE), "项目支出绩效目标表");
    int found = 0;
    for (guint i = 1; i < jx_record_list_length(list); i++) {
        const jx_record *r = jx_record_list_get(list, i);
        if (jx_record_kind_of(r) != JX_RECORD_INDICATOR)
            continue;
        const char *name = jx_record_string(r, JX_F_NAME);
        if (name && strcmp(name, "合格率") == 0) {
            /* the merged 产出指标 reaches the third row of its span */
            assert_string_equal(jx_record_string(r, JX_F_LEVEL1), "产出指标");
            assert_string_equal(jx_record_string(r, JX_F_LEVEL2), "质量指标");
            assert_string_equal(jx_record_string(r, JX_F_VALUE), "95");
            found++;
        }
        if (name && strcmp(name, "培训人次") == 0) {
            assert_string_equal(jx_record_string(r, JX_F_VALUE), "500");
            found++;
        }
    }
    assert_int_equal(found, 2);
    jx_test_dump_records(list); /* the schema check sees format "docx" */
    jx_record_list_free(list);
    g_free(path);
}

static void docx_frame(void **state)
{
    (void)state;
    jx_source *src = extract_ok("frame.docx");
    char *lines = lines_of(src);
    assert_string_equal(lines, "前文|框内标题|框内注|后文");
    g_free(lines);
    /* the table inside the one-cell frame is a grid of its own */
    const jx_grid *g = grid_n(src, 0);
    assert_int_equal(jx_grid_n_rows(g), 2);
    assert_cell(g, 1, 0, 1, 1, "培训人次");
    assert_cell(g, 1, 1, 1, 1, "500");
    jx_source_free(src);
}

/* Detected by content: the same bytes under a .txt name are still a .docx. */
static void docx_by_content(void **state)
{
    (void)state;
    char *path = fixture("spans.docx"), *data = NULL;
    gsize len = 0;
    assert_true(g_file_get_contents(path, &data, &len, NULL));
    GError *error = NULL;
    jx_source *src = jx_extract_bytes("form.txt", "form.txt", (const guint8 *)data, len, &error);
    assert_non_null(src);
    assert_string_equal(jx_source_format(src), "docx");
    jx_source_free(src);
    g_free(data);
    g_free(path);
}

/* ------------------------------------------------------------ xlsx */

static void xlsx_types(void **state)
{
    (void)state;
    jx_source *src = extract_ok("types.xlsx");
    jx_record_list *records = jx_parse_source(src);
    jx_test_dump_records(records); /* format "xlsx" */
    jx_record_list_free(records);
    assert_string_equal(jx_source_format(src), "xlsx");
    const jx_grid *g = grid_n(src, 0);
    assert_cell(g, 0, 0, 1, 3, "项目支出绩效目标表");   /* merged A1:C1; row 2 empty, kept */
    assert_cell(g, 2, 0, 1, 1, "一级指标");
    assert_cell(g, 3, 0, 2, 1, "产出指标");             /* merged A4:A5 */
    assert_cell(g, 3, 1, 1, 1, "合格率");               /* rich text runs, no phonetic guide */
    assert_cell(g, 3, 2, 1, 1, "95%");                  /* 0.95 in 0% */
    assert_cell(g, 4, 1, 1, 1, "行内字符串");            /* inline string */
    assert_cell(g, 4, 2, 1, 1, "0.3");                  /* General, no binary noise */
    assert_cell(g, 5, 0, 1, 1, "资金\n总额");            /* _x000D_ and CR dropped */
    assert_cell(g, 5, 1, 1, 1, "12,860.50万元");         /* #,##0.00"万元" */
    assert_cell(g, 5, 2, 1, 1, "3.14");                 /* 0.00 */
    assert_cell(g, 6, 0, 1, 1, "TRUE");
    assert_cell(g, 6, 1, 1, 1, "FALSE");
    assert_cell(g, 6, 2, 1, 1, "2023年12月31日");        /* serial 45291, yyyy"年"m"月"d"日" */
    assert_cell(g, 7, 0, 1, 1, "95");                   /* formula: its cached value */
    assert_cell(g, 7, 1, 1, 1, "达标");                  /* string formula */
    assert_cell(g, 7, 2, 1, 1, "#DIV/0!");              /* error */
    assert_cell(g, 8, 2, 1, 1, "12.35%");               /* 0.00% */
    assert_cell(g, 8, 3, 1, 1, "0.001");
    assert_cell(g, 8, 4, 1, 1, "123456789012");
    /* the second sheet is a grid of its own; the hidden one is not read */
    const jx_grid *g2 = grid_n(src, 1);
    assert_cell(g2, 0, 0, 1, 1, "第二张表");
    assert_int_equal(jx_source_n_blocks(src), 2);
    char *w = warnings_of(src);
    assert_non_null(strstr(w, "\"目标表\", \"自评表\""));
    assert_non_null(strstr(w, "hidden sheet(s) not read: \"参数\""));
    g_free(w);
    jx_source_free(src);
}

/* A workbook another program wrote (libxlsxwriter, Excel's layout of parts). */
static void xlsx_other_writer(void **state)
{
    (void)state;
    char *path = fixture("xlsxwriter.xlsx");
    GError *error = NULL;
    jx_record_list *list = jx_parse_path(path, 0, &error);
    if (!list)
        fail_msg("%s", error->message);
    assert_string_equal(jx_record_string(jx_record_list_get(list, 0), JX_F_TITLE),
                        "项目支出绩效目标表");
    static const char *const want[][4] = {
        /* name, level1, value, unit */
        {"培训人次", "产出指标", "500", NULL},
        {"覆盖乡镇", "产出指标", "12", NULL}, /* a formula's cached result */
        {"合格率", "产出指标", "95", "%"},    /* 0.95 in 0% */
        {"群众满意度", "满意度指标", "90", "%"},
    };
    assert_int_equal(jx_record_list_length(list), 1 + G_N_ELEMENTS(want));
    for (gsize i = 0; i < G_N_ELEMENTS(want); i++) {
        const jx_record *r = jx_record_list_get(list, 1 + (guint)i);
        assert_string_equal(jx_record_string(r, JX_F_NAME), want[i][0]);
        assert_string_equal(jx_record_string(r, JX_F_LEVEL1), want[i][1]);
        assert_string_equal(jx_record_string(r, JX_F_VALUE), want[i][2]);
        if (want[i][3])
            assert_string_equal(jx_record_string(r, JX_F_UNIT), want[i][3]);
    }
    jx_record_list_free(list);
    g_free(path);
}

static void number_formats(void **state)
{
    (void)state;
    static const struct {
        double v;
        const char *code, *want;
    } cases[] = {
        {0.95, "0%", "95%"},
        {0.955, "0.0%", "95.5%"},
        {1.005, "0.00", "1.01"}, /* decimal rounding, not binary */
        {0.1 + 0.2, NULL, "0.3"},
        {0.1 + 0.2, "General", "0.3"},
        {1.0 / 3, NULL, "0.333333333333333"},
        {100, NULL, "100"},
        {-2.5, NULL, "-2.5"},
        {1234567.891, "#,##0.00", "1,234,567.89"},
        {1234567.891, "#,##0", "1,234,568"},
        {-1234.5, "#,##0.00;(#,##0.00)", "(1,234.50)"},
        {-1234.5, "#,##0.00", "-1,234.50"},
        {0, "0.00;-0.00;\"-\"", "-"},
        {12345, "0.0,\"千\"", "12.3千"},
        {0.5, "#.##", ".5"},
        {2.5, "0.0#", "2.5"},
        {2.555, "0.0#", "2.56"},
        {12345.678, "0.00E+00", "1.23E+04"},
        {125, "≥0\"家\"", "≥125家"},
        {45291, "yyyy\"年\"m\"月\"d\"日\"", "2023年12月31日"},
        {45291, "yyyy-mm-dd", "2023-12-31"},
        {45291.5, "yyyy/m/d h:mm", "2023/12/31 12:00"},
        {45291, "[$-804]yyyy\"年\"m\"月\"", "2023年12月"},
        {0.75, "h:mm AM/PM", "6:00 PM"},
        {61, "yyyy-mm-dd", "1900-03-01"},
        {1e20, NULL, "1E+20"},
        {3, "@", "3"},
        {0.1234, "[Red]0.0%", "12.3%"},
        {99.999, "0.00", "100.00"},
        {1234.5, "#,##0.00_ ", "1,234.50"},          /* padding is no text */
        {-5, "0_);(0)", "(5)"},
        {5, "_-* #,##0_-;-* #,##0_-", "5"},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *got = jx_xlsx_format_number(cases[i].v, cases[i].code, FALSE);
        if (strcmp(got, cases[i].want) != 0)
            fail_msg("%.17g in \"%s\": \"%s\", wanted \"%s\"", cases[i].v,
                     cases[i].code ? cases[i].code : "(General)", got, cases[i].want);
        g_free(got);
    }
    /* built-in ids a zh-CN Excel shows */
    assert_string_equal(jx_xlsx_builtin_format(9), "0%");
    assert_string_equal(jx_xlsx_builtin_format(31), "yyyy\"年\"m\"月\"d\"日\"");
    assert_null(jx_xlsx_builtin_format(163));
    /* the 1904 system */
    char *d = jx_xlsx_format_number(0, "yyyy-mm-dd", TRUE);
    assert_string_equal(d, "1904-01-01");
    g_free(d);
}

/* ------------------------------------------------------------ bad input */

static void assert_refused(const char *name, jx_error_code code, const char *words)
{
    char *path = fixture(name);
    GError *error = NULL;
    jx_source *src = jx_extract_path(path, 0, &error);
    assert_null(src);
    assert_non_null(error);
    if (!g_error_matches(error, JX_ERROR, code) || !strstr(error->message, name) ||
        !strstr(error->message, words) || strchr(error->message, '\n'))
        fail_msg("%s: code %d \"%s\"", name, error->code, error->message);
    g_error_free(error);
    g_free(path);
}

static void bad_packages(void **state)
{
    (void)state;
    assert_refused("truncated.docx", JX_ERROR_FORMAT, "damaged or truncated");
    assert_refused("bomb.xlsx", JX_ERROR_TOO_LARGE, "would expand to");
    assert_refused("nobody.docx", JX_ERROR_FORMAT, "no w:body");
    assert_refused("encrypted.docx", JX_ERROR_UNSUPPORTED, "password");
}

/* Every prefix of a good package, and the package with bytes flipped,
 * is refused or read — never a crash (run under ASan/UBSan). */
static void damaged_packages(void **state)
{
    (void)state;
    const char *names[] = {"spans.docx", "types.xlsx"};
    for (gsize k = 0; k < G_N_ELEMENTS(names); k++) {
        char *path = fixture(names[k]), *data = NULL;
        gsize len = 0;
        assert_true(g_file_get_contents(path, &data, &len, NULL));
        for (gsize cut = 4; cut < len; cut += len / 40 + 1) {
            GError *error = NULL;
            jx_source *src = jx_extract_bytes("x", "x", (const guint8 *)data, cut, &error);
            jx_source_free(src);
            g_clear_error(&error);
        }
        GRand *rng = g_rand_new_with_seed(7);
        for (int round = 0; round < 60; round++) {
            char *copy = g_memdup2(data, len);
            for (int f = 0; f < 4; f++)
                copy[g_rand_int_range(rng, 0, (gint32)len)] ^= (char)g_rand_int_range(rng, 1, 256);
            GError *error = NULL;
            jx_source *src = jx_extract_bytes("x", "x", (const guint8 *)copy, len, &error);
            jx_source_free(src);
            g_clear_error(&error);
            g_free(copy);
        }
        g_rand_free(rng);
        g_free(data);
        g_free(path);
    }
}

/* ------------------------------------------------------------ LibreOffice */

static char *sample_doc(void)
{
    char *dir = jx_test_path("JX_SOURCE_DIR", NULL);
    char *p = g_build_filename(dir, "corpus", "converted", "writer-doc", "standard", "f0001.doc",
                               NULL);
    g_free(dir);
    return p;
}

static void doc_through_libreoffice(void **state)
{
    (void)state;
    char *soffice = g_find_program_in_path("soffice");
    if (!soffice) {
        printf("SKIP doc_through_libreoffice: soffice is not installed (apt-get install "
               "libreoffice-writer-nogui libreoffice-calc-nogui)\n");
        skip();
    }
    g_free(soffice);
    char *path = sample_doc();
    GError *error = NULL;
    jx_record_list *list = jx_parse_path(path, 0, &error);
    if (!list)
        fail_msg("%s", error->message);
    const jx_record *doc = jx_record_list_get(list, 0);
    assert_string_equal(jx_record_string(doc, JX_F_FORMAT), "doc");
    guint n = 0;
    for (guint i = 0; i < jx_record_list_length(list); i++)
        n += jx_record_kind_of(jx_record_list_get(list, i)) == JX_RECORD_INDICATOR;
    assert_int_equal(n, 9); /* as corpus/converted/writer-doc/standard/f0001.expected.jsonl */
    jx_test_dump_records(list);
    jx_record_list_free(list);
    g_free(path);
}

/* Without LibreOffice: one line naming the file and the packages to
 * install, and the batch goes on with the next file. */
static void doc_without_libreoffice(void **state)
{
    (void)state;
    char *path = sample_doc();
    g_setenv("JX_SOFFICE", "/nonexistent/soffice", TRUE);
    GError *error = NULL;
    jx_source *src = jx_extract_path(path, 0, &error);
    assert_null(src);
    assert_true(g_error_matches(error, JX_ERROR, JX_ERROR_UNSUPPORTED));
    assert_non_null(strstr(error->message, "f0001.doc"));
    assert_non_null(strstr(error->message, "apt-get install libreoffice-writer-nogui "
                                           "libreoffice-calc-nogui"));
    g_clear_error(&error);

    char *cli = jx_test_path("JX_CLI", NULL);
    char *good = fixture("spans.docx");
    GSubprocessLauncher *l = g_subprocess_launcher_new(G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
    g_subprocess_launcher_setenv(l, "JX_SOFFICE", "/nonexistent/soffice", TRUE);
    GSubprocess *p = g_subprocess_launcher_spawn(l, &error, cli, "parse", path, good, NULL);
    assert_non_null(p);
    char *out = NULL, *err = NULL;
    assert_true(g_subprocess_communicate_utf8(p, NULL, NULL, &out, &err, &error));
    assert_int_equal(g_subprocess_get_exit_status(p), 1);
    assert_non_null(strstr(out, "\"doc\":\"spans.docx\""));   /* the next file was parsed */
    assert_null(strstr(out, "\"doc\":\"f0001.doc\""));
    assert_non_null(strstr(err, "f0001.doc"));
    assert_non_null(strstr(err, "apt-get install"));
    assert_int_equal(strchr(err, '\n') - err + 1, (long)strlen(err)); /* one line */
    g_free(out);
    g_free(err);
    g_object_unref(p);
    g_object_unref(l);
    g_free(good);
    g_free(cli);
    g_unsetenv("JX_SOFFICE");
    g_free(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(docx_spans),       cmocka_unit_test(docx_records),
        cmocka_unit_test(docx_frame),       cmocka_unit_test(docx_by_content),
        cmocka_unit_test(xlsx_types),       cmocka_unit_test(xlsx_other_writer),
        cmocka_unit_test(number_formats),
        cmocka_unit_test(bad_packages),     cmocka_unit_test(damaged_packages),
        cmocka_unit_test(doc_through_libreoffice), cmocka_unit_test(doc_without_libreoffice),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
