/*
 * test_extract.c — text ingestion: decoding (BOMs, UTF-16 without BOM,
 * GB18030, Big5, bad bytes, binary junk), splitting (tab, pipe, 2-space and
 * HTML tables, blank lines, form feeds, prose lines) and the jx_extract_bytes
 * entry point.  Inputs are written here; every test checks cell text,
 * position, spans, block kinds and line numbers, not just "no crash".
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "extract/extract.h"

/* The same small target table every decoding test round-trips. */
static const char TABLE[] = "序号\t一级指标\t二级指标\t三级指标\t目标值\n"
                            "1\t产出指标\t数量指标\t科技重大项目验收数\t≥125家\n"
                            "2\t\t\t“揭榜挂帅”项目立项数\t=100%\n"
                            "3\t效益指标\t社会效益指标\t项目受益群众满意度\t≥95%\n";

/* ------------------------------------------------------------ helpers */

static char *encode(const char *utf8, const char *charset, gsize *len)
{
    GError *error = NULL;
    char *out = g_convert(utf8, -1, charset, "UTF-8", NULL, len, &error);
    assert_null(error);
    assert_non_null(out);
    return out;
}

/* Prepends `bom` (n bytes) to `data` (len bytes). */
static guint8 *with_bom(const char *bom, gsize n, const char *data, gsize len, gsize *out_len)
{
    guint8 *out = g_malloc(n + len);
    memcpy(out, bom, n);
    memcpy(out + n, data, len);
    *out_len = n + len;
    return out;
}

static void assert_decodes_to(const guint8 *data, gsize len, const char *want_encoding,
                              const char *want_text)
{
    const char *enc = NULL;
    gsize out_len = 0, replaced = 99;
    GError *error = NULL;
    char *text = jx_text_decode(data, len, &enc, &out_len, &replaced, &error);
    assert_null(error);
    assert_non_null(text);
    assert_string_equal(enc, want_encoding);
    assert_string_equal(text, want_text);
    assert_int_equal(out_len, strlen(want_text));
    assert_int_equal(replaced, 0);
    g_free(text);
}

static void assert_decode_fails(const guint8 *data, gsize len, int code)
{
    const char *enc = "x";
    GError *error = NULL;
    char *text = jx_text_decode(data, len, &enc, NULL, NULL, &error);
    assert_null(text);
    assert_null(enc);
    assert_non_null(error);
    assert_true(error->domain == JX_ERROR);
    assert_int_equal(error->code, code);
    if (code == JX_ERROR_BINARY)
        assert_non_null(strstr(error->message, "binary"));
    g_error_free(error);
}

static jx_source *split(const char *text)
{
    jx_source *src = jx_source_new("t", "t", jx_text_sniff_format(text, strlen(text)));
    jx_text_split(src, text, strlen(text));
    return src;
}

static void assert_line(const jx_source *src, guint i, const char *text, int line)
{
    assert_true(i < jx_source_n_blocks(src));
    assert_int_equal(jx_source_block_kind(src, i), JX_BLOCK_LINE);
    assert_string_equal(jx_source_block_text(src, i), text);
    assert_int_equal(jx_source_block_line(src, i), line);
}

static const jx_grid *grid_at(const jx_source *src, guint i, int rows, int cols)
{
    assert_true(i < jx_source_n_blocks(src));
    assert_int_equal(jx_source_block_kind(src, i), JX_BLOCK_GRID);
    const jx_grid *g = jx_source_block_grid(src, i);
    assert_non_null(g);
    assert_int_equal(jx_grid_n_rows(g), rows);
    assert_int_equal(jx_grid_n_cols(g), cols);
    return g;
}

static void assert_cell(const jx_grid *g, int row, int col, const char *text)
{
    const jx_cell *c = jx_grid_cell(g, row, col);
    if (!c)
        fail_msg("no cell at (%d,%d), want \"%s\"", row, col, text);
    assert_string_equal(jx_cell_text(c), text);
    assert_int_equal(jx_cell_row(c), row);
    assert_int_equal(jx_cell_col(c), col);
}

/* ------------------------------------------------------------ decoding */

static void test_decode_utf8(void **state)
{
    assert_decodes_to((const guint8 *)TABLE, strlen(TABLE), "UTF-8", TABLE);
    gsize n;
    guint8 *b = with_bom("\xEF\xBB\xBF", 3, TABLE, strlen(TABLE), &n);
    assert_decodes_to(b, n, "UTF-8", TABLE);
    g_free(b);
}

static void test_decode_gb18030(void **state)
{
    gsize n;
    char *gb = encode(TABLE, "GB18030", &n);
    assert_decodes_to((guint8 *)gb, n, "GB18030", TABLE);
    g_free(gb);
    /* GB2312/GBK bytes are GB18030 bytes */
    char *gbk = encode("项目名称\t市级科技发展专项资金\n年度总体目标\t推进科技创新\n", "GBK", &n);
    assert_decodes_to((guint8 *)gbk, n, "GB18030",
                      "项目名称\t市级科技发展专项资金\n年度总体目标\t推进科技创新\n");
    g_free(gbk);
}

static void test_decode_utf16_bom(void **state)
{
    gsize n, m;
    char *le = encode(TABLE, "UTF-16LE", &n);
    guint8 *b = with_bom("\xFF\xFE", 2, le, n, &m);
    assert_decodes_to(b, m, "UTF-16LE", TABLE);
    g_free(b);
    char *be = encode(TABLE, "UTF-16BE", &n);
    b = with_bom("\xFE\xFF", 2, be, n, &m);
    assert_decodes_to(b, m, "UTF-16BE", TABLE);
    g_free(b);
    g_free(be);
    char *le32 = encode(TABLE, "UTF-32LE", &n);
    b = with_bom("\xFF\xFE\x00\x00", 4, le32, n, &m);
    assert_decodes_to(b, m, "UTF-32LE", TABLE);
    g_free(b);
    g_free(le32);
    g_free(le);
}

static void test_decode_utf16_no_bom(void **state)
{
    gsize n;
    char *le = encode(TABLE, "UTF-16LE", &n);
    assert_decodes_to((guint8 *)le, n, "UTF-16LE", TABLE);
    g_free(le);
    char *be = encode(TABLE, "UTF-16BE", &n);
    assert_decodes_to((guint8 *)be, n, "UTF-16BE", TABLE);
    g_free(be);
}

static void test_decode_big5(void **state)
{
    /* Traditional text long enough for ICU's detector to be confident. */
    GString *s = g_string_new(NULL);
    for (int i = 0; i < 20; i++)
        g_string_append(s, "項目名稱\t市級科技發展專項資金\n績效目標\t完成評審評價項目數量\n"
                           "滿意度指標\t服務對象滿意度\t95%\n");
    gsize n;
    char *big5 = encode(s->str, "BIG5", &n);
    assert_decodes_to((guint8 *)big5, n, "Big5", s->str);
    g_free(big5);
    g_string_free(s, TRUE);
}

static void test_decode_line_ends(void **state)
{
    const char *in = "a\tb\r\nc\rd\r\r\ne\r";
    assert_decodes_to((const guint8 *)in, strlen(in), "UTF-8", "a\tb\nc\nd\n\ne\n");
    gsize n, m;
    char *le = encode("甲\t乙\r\n丙\r", "UTF-16LE", &n);
    guint8 *b = with_bom("\xFF\xFE", 2, le, n, &m);
    assert_decodes_to(b, m, "UTF-16LE", "甲\t乙\n丙\n");
    g_free(b);
    g_free(le);
}

static void test_decode_binary(void **state)
{
    static const guint8 png[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0,
                                 0,    0x0D, 'I', 'H', 'D', 'R', 0,    0,    1, 0};
    assert_decode_fails(png, sizeof png, JX_ERROR_BINARY);
    static const guint8 zip[] = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0x21, 0x1A, 0x5B, 0x87};
    assert_decode_fails(zip, sizeof zip, JX_ERROR_BINARY);
    /* no NUL, but control characters everywhere */
    guint8 junk[400];
    for (gsize i = 0; i < sizeof junk; i++)
        junk[i] = (guint8)((i * 7 + 1) % 32 == 0 ? 'a' : (i * 7 + 1) % 32);
    for (gsize i = 0; i < sizeof junk; i++)
        if (junk[i] == '\0')
            junk[i] = 0x01;
    assert_decode_fails(junk, sizeof junk, JX_ERROR_BINARY);
    /* a text with one NUL in the middle */
    static const char nul[] = "序号\t名称\n1\tx\0y\n";
    assert_decode_fails((const guint8 *)nul, sizeof nul - 1, JX_ERROR_BINARY);
}

static void test_decode_undecodable(void **state)
{
    /* high bytes each followed by a space: invalid in UTF-8 and in GB18030 */
    GString *s = g_string_new(NULL);
    for (int i = 0; i < 200; i++)
        g_string_append(s, "\xC0 \xFF ");
    assert_decode_fails((const guint8 *)s->str, s->len, JX_ERROR_ENCODING);
    g_string_free(s, TRUE);
}

static void test_decode_invalid_utf8_counted(void **state)
{
    GString *s = g_string_new(NULL);
    for (int i = 0; i < 30; i++)
        g_string_append(s, TABLE);
    g_string_insert_len(s, 10, "\xFF", 1);
    g_string_append(s, "tail\xC3\n");
    const char *enc = NULL;
    gsize out_len = 0, replaced = 0;
    GError *error = NULL;
    char *text = jx_text_decode((guint8 *)s->str, s->len, &enc, &out_len, &replaced, &error);
    assert_non_null(text);
    assert_string_equal(enc, "UTF-8");
    assert_int_equal(replaced, 2);
    assert_non_null(strstr(text, "tail\xEF\xBF\xBD\n"));
    assert_true(g_utf8_validate(text, (gssize)out_len, NULL));
    g_free(text);
    g_string_free(s, TRUE);
}

/* `strays` high bytes (each followed by a space, invalid in UTF-8 and in
 * GB18030) spread over 2000 bytes of ASCII, one more cut off at the very
 * end when `cut_end`. */
static GString *ascii_with_strays(int strays, gboolean cut_end)
{
    GString *s = g_string_new(NULL);
    while (s->len < 2000)
        g_string_append(s, "Target\tIndicator value\n");
    for (int i = 0; i < strays; i++)
        g_string_insert_len(s, (gssize)(100 + i * 400), "\xE9 ", 2);
    if (cut_end)
        g_string_append_c(s, '\xC3');
    return s;
}

/* Decodes `s` and checks the encoding and the number of replacements, or
 * that it fails (want_encoding NULL). */
static void assert_strays_read(const GString *s, const char *want_encoding, gsize want_replaced)
{
    const char *enc = NULL;
    gsize replaced = 0;
    GError *error = NULL;
    char *text = jx_text_decode((const guint8 *)s->str, s->len, &enc, NULL, &replaced, &error);
    if (!want_encoding) {
        assert_null(text);
        assert_int_equal(error->code, JX_ERROR_ENCODING);
        g_error_free(error);
        return;
    }
    assert_non_null(text);
    assert_string_equal(enc, want_encoding);
    assert_int_equal(replaced, want_replaced);
    g_free(text);
}

static void test_decode_stray_bytes_at_the_limit(void **state)
{
    /* a file of about 2000 bytes keeps up to len / 1000 + 1 = 3 stray bytes
     * as UTF-8 replacements and is refused with more: the UTF-8 reading's
     * count is taken from ICU wherever it can decide (the lower bound that
     * skips ICU must agree with it on both sides of the limit, a sequence
     * cut off by the end included) */
    for (int strays = 0; strays <= 6; strays++) {
        for (int cut = 0; cut <= 1; cut++) {
            GString *s = ascii_with_strays(strays, cut);
            int bad = strays + cut;
            if (bad == 0)
                assert_strays_read(s, "UTF-8", 0);
            else if (bad <= 3)
                assert_strays_read(s, "UTF-8", (gsize)bad);
            else
                assert_strays_read(s, NULL, 0);
            g_string_free(s, TRUE);
        }
    }
}

static void test_decode_half_gbk(void **state)
{
    /* a file pasted together from a UTF-8 half and a GBK half is GB18030
     * (the GBK half is the bigger share of invalid UTF-8), not UTF-8 with
     * hundreds of replacements */
    GString *s = g_string_new(NULL);
    gsize n;
    char *gbk = encode(TABLE, "GBK", &n);
    for (int i = 0; i < 20; i++)
        g_string_append(s, TABLE);
    for (int i = 0; i < 20; i++)
        g_string_append_len(s, gbk, (gssize)n);
    const char *enc = NULL;
    GError *error = NULL;
    char *text = jx_text_decode((guint8 *)s->str, s->len, &enc, NULL, NULL, &error);
    assert_non_null(text);
    assert_string_equal(enc, "GB18030");
    assert_non_null(strstr(text, "科技重大项目验收数"));
    g_free(text);
    g_free(gbk);
    g_string_free(s, TRUE);
}

static void test_decode_empty(void **state)
{
    const char *enc = NULL;
    gsize out_len = 7;
    char *text = jx_text_decode((const guint8 *)"", 0, &enc, &out_len, NULL, NULL);
    assert_non_null(text);
    assert_string_equal(text, "");
    assert_int_equal(out_len, 0);
    assert_string_equal(enc, "UTF-8");
    g_free(text);
}

/* ------------------------------------------------------------ splitting */

static void test_split_tab_rows(void **state)
{
    jx_source *src = split("绩效目标表\n"
                           "序号\t一级指标\t二级指标\t\n"
                           "1\t产出指标\t\t \n"
                           "\t\t项\t科技下乡、服务“三农”。\n"
                           "年度绩效目标");
    assert_int_equal(jx_source_n_blocks(src), 3);
    assert_string_equal(jx_source_format(src), "text");
    assert_line(src, 0, "绩效目标表", 1);
    const jx_grid *g = grid_at(src, 1, 3, 4);
    assert_int_equal(jx_source_block_line(src, 1), 2);
    assert_cell(g, 0, 0, "序号");
    assert_cell(g, 0, 2, "二级指标");
    assert_cell(g, 0, 3, ""); /* the trailing tab's empty cell */
    assert_cell(g, 1, 2, "");
    assert_cell(g, 1, 3, " "); /* raw: parse normalizes */
    assert_cell(g, 2, 0, "");
    assert_cell(g, 2, 2, "项");
    assert_cell(g, 2, 3, "科技下乡、服务“三农”。");
    assert_int_equal(jx_cell_rowspan(jx_grid_cell(g, 2, 3)), 1);
    assert_int_equal(jx_grid_row_line(g, 0), 2);
    assert_int_equal(jx_grid_row_line(g, 2), 4);
    assert_int_equal(jx_grid_row_page(g, 2), 0);
    assert_line(src, 2, "年度绩效目标", 5); /* no newline at the end */
    assert_int_equal(jx_source_pages(src), 0);
    jx_source_free(src);
}

static void test_split_blank_line_ends_grid(void **state)
{
    jx_source *src = split("a\tb\n1\t2\n\n3\t4\n \t \n5\t6\n");
    assert_int_equal(jx_source_n_blocks(src), 3);
    const jx_grid *g = grid_at(src, 0, 2, 2);
    assert_cell(g, 1, 1, "2");
    g = grid_at(src, 1, 1, 2);
    assert_int_equal(jx_source_block_line(src, 1), 4);
    assert_cell(g, 0, 0, "3");
    g = grid_at(src, 2, 1, 2); /* a line of only white space is blank */
    assert_int_equal(jx_grid_row_line(g, 0), 6);
    jx_source_free(src);

    /* a plain line between rows ends the grid too */
    src = split("a\tb\nnote\nc\td\n");
    assert_int_equal(jx_source_n_blocks(src), 3);
    grid_at(src, 0, 1, 2);
    assert_line(src, 1, "note", 2);
    grid_at(src, 2, 1, 2);
    jx_source_free(src);
}

static void test_split_form_feeds(void **state)
{
    jx_source *src = split("title\na\tb\n\fc\td\ne\tf\nend\f");
    assert_int_equal(jx_source_pages(src), 2);
    assert_int_equal(jx_source_n_blocks(src), 4);
    assert_line(src, 0, "title", 1);
    assert_int_equal(jx_source_block_page(src, 0), 1);
    const jx_grid *g = grid_at(src, 1, 1, 2);
    assert_int_equal(jx_source_block_page(src, 1), 1);
    assert_int_equal(jx_grid_row_page(g, 0), 1);
    g = grid_at(src, 2, 2, 2); /* the form feed ended the first grid */
    assert_int_equal(jx_source_block_page(src, 2), 2);
    assert_int_equal(jx_source_block_line(src, 2), 3);
    assert_cell(g, 0, 0, "c");
    assert_int_equal(jx_grid_row_page(g, 1), 2);
    assert_int_equal(jx_grid_row_line(g, 1), 4);
    assert_int_equal(jx_cell_page(jx_grid_cell(g, 1, 1)), 2);
    assert_line(src, 3, "end", 5);
    assert_int_equal(jx_source_block_page(src, 3), 2);
    jx_source_free(src);

    src = split("p1\fp2\fp3");
    assert_int_equal(jx_source_pages(src), 3);
    assert_int_equal(jx_source_block_page(src, 2), 3);
    jx_source_free(src);
}

static void test_split_markdown(void **state)
{
    const char *md = "# 绩效目标\n"
                     "| 一级指标 | 二级指标 | 指标值 |\n"
                     "|---|:--:|---:|\n"
                     "| 产出指标 | 数量指标 | ≥125家 |\n"
                     "| | a \\| b | |\n"
                     "\n"
                     "x | y\n";
    assert_string_equal(jx_text_sniff_format(md, strlen(md)), "markdown");
    jx_source *src = split(md);
    assert_int_equal(jx_source_n_blocks(src), 3);
    assert_line(src, 0, "# 绩效目标", 1);
    const jx_grid *g = grid_at(src, 1, 3, 3);
    assert_cell(g, 0, 0, "一级指标");
    assert_cell(g, 1, 2, "≥125家");
    assert_int_equal(jx_grid_row_line(g, 1), 4); /* the separator is dropped */
    assert_cell(g, 2, 0, "");
    assert_cell(g, 2, 1, "a | b");
    assert_cell(g, 2, 2, "");
    assert_line(src, 2, "x | y", 7); /* a lone pipe line is prose */
    jx_source_free(src);

    /* org-mode's separator `|---+---|` is a pipe table's, not a ruled table */
    src = split("| 名称 | 值 |\n|------+----|\n| 甲   | 1  |\n");
    assert_int_equal(jx_source_n_blocks(src), 1);
    g = grid_at(src, 0, 2, 2);
    assert_cell(g, 1, 1, "1");
    jx_source_free(src);

    /* GFM without outer pipes: the separator makes it a table */
    src = split("名称 | 值\n--|--\n甲 | 1\n");
    assert_int_equal(jx_source_n_blocks(src), 1);
    g = grid_at(src, 0, 2, 2);
    assert_cell(g, 1, 0, "甲");
    assert_cell(g, 1, 1, "1");
    jx_source_free(src);
}

static void test_split_space_table(void **state)
{
    jx_source *src = split("年度绩效指标 说明\n"
                           "一级指标    二级指标    指标值\n"
                           "            质量指标    100%\n"
                           "产出指标    时效指标     按时完成\n"
                           "\n"
                           "单独一行  两格\n"
                           "　　本项目年度预算500万元\n"
                           "时　间\t\n");
    assert_int_equal(jx_source_n_blocks(src), 4);
    assert_line(src, 0, "年度绩效指标 说明", 1); /* one space is no separator */
    /* one blank line does not end a layout table (text browsers leave one
     * between rows): what the two-piece line after it means is parse's call */
    const jx_grid *g = grid_at(src, 1, 4, 3);
    assert_cell(g, 0, 0, "一级指标");
    assert_cell(g, 0, 2, "指标值");
    assert_null(jx_grid_cell(g, 1, 0)); /* the missing first cell */
    assert_cell(g, 1, 1, "质量指标");
    assert_cell(g, 1, 2, "100%");
    assert_cell(g, 2, 0, "产出指标");
    assert_cell(g, 2, 2, "按时完成"); /* one column off still aligns */
    assert_int_equal(jx_grid_row_line(g, 2), 4);
    assert_cell(g, 3, 0, "单独一行");
    assert_int_equal(jx_grid_row_line(g, 3), 6);
    /* a paragraph's indent is no cell, and its line (as wide as the table)
     * no wrapped cell */
    assert_line(src, 2, "　　本项目年度预算500万元", 7);
    grid_at(src, 3, 1, 2);
    jx_source_free(src);

    /* pdftotext -layout: a title centred at the top of the page stands over
     * several columns and is a heading, not a header cell; a wrapped cell's
     * first line starts where its column does and stays in the table */
    src = split("                        2022 年度部门整体预算绩效目标表\n"
                "      一级指标          二级指标         名称       指标内容     指标值\n"
                "      产出指标          数量指标         修缮校舍   危桥改造数量   13\n"
                "\f                                  按指南要求在网上进行申报，第三方\n"
                "                      打好蓝天保卫战     独立评审，审核认定程序执行到位       ＝        100 %\n"
                "                      推进水污染防治     资金兑付及时性                       ≤        10 天\n"
                "                      开展环境整治       补助资金下达时限                     ≥        95 %\n");
    assert_line(src, 0, "                        2022 年度部门整体预算绩效目标表", 1);
    g = grid_at(src, 1, 2, 5);
    assert_int_equal(jx_grid_row_line(g, 0), 2);
    g = grid_at(src, 2, 4, 4);
    assert_int_equal(jx_grid_row_line(g, 0), 4);
    gboolean wrapped_kept = FALSE;
    for (int r = 0; r < jx_grid_n_rows(g); r++)
        for (int c = 0; c < jx_grid_n_cols(g); c++) {
            const jx_cell *cell = jx_grid_cell(g, r, c);
            wrapped_kept |= cell && strstr(jx_cell_text(cell), "按指南要求") != NULL;
        }
    assert_true(wrapped_kept);
    jx_source_free(src);

    /* a line of two cells set tight (one space between two wide characters)
     * is no prose: the table goes on through it */
    src = split("       一级指标     二级指标           名称                    指标内容           指标值\n"
                "                         培育新型农业经营主体和高素质农 高素质农民培训人数\n"
                "                                                                   =900人\n"
                "                                民\n"
                "                                                                 不少于4,600户\n"
                "                                民\n"
                "                          推进农村人居环境整治提升    补贴耕地面积                  ≥342,100亩\n"
                "                         建设高标准农田，提升耕地质量 建设农产品产地冷藏保鲜设施               =19个\n");
    g = grid_at(src, 0, 8, 5);
    assert_int_equal(jx_grid_row_line(g, 0), 1);
    assert_int_equal(jx_grid_row_line(g, 7), 8);
    jx_source_free(src);

    /* header cells wider than their columns, set tight by the dump: two
     * pieces one column would take go to it and the free one beside it */
    src = split("    2020 年度韶山市农业农村局项目支出绩效目标表\n"
                "\n"
                "                                     半年（程）指 全年（程）指\n"
                "   一级指标     二级指标       三级指标\n"
                "                                       标值     标值\n"
                "                    ★新增耕地灌溉面积         ≥3,600 亩     ≥9,000 亩\n"
                "                    培育新型农业经营主体          48 家        160 家\n"
                "                    补贴耕地面积           ≥252,920 亩   ≥632,300 亩\n"
                "                    ★农作物病虫害统防统治\n"
                "                                       ≥4 万亩       8 万亩以上\n"
                "                    面积\n"
                "            数量指标\n"
                "                    高素质农民培训人数         ≥690 人       ≥1,380 人\n");
    g = grid_at(src, 1, 11, 5);
    assert_cell(g, 0, 3, "半年（程）指");
    assert_cell(g, 0, 4, "全年（程）指");
    assert_cell(g, 2, 4, "标值");
    assert_cell(g, 3, 4, "≥9,000 亩");
    jx_source_free(src);

    /* ideographic spaces separate cells */
    src = split("项目名称　科技专项\n主管部门　科学技术局\n");
    g = grid_at(src, 0, 2, 2);
    assert_cell(g, 1, 1, "科学技术局");
    jx_source_free(src);
}

/* A layout region holding a block of text that spans the table's columns
 * (a self-evaluation's 预期目标 / 实际完成情况 over the indicator columns, as a
 * text browser or pdftotext lays them out): its long pieces cross the gaps
 * between the columns of the table's own lines and fill them, and one
 * column with text on few lines (说明) ran into its neighbour (得分). */
static void test_split_spanning_text(void **state)
{
    (void)state;
    jx_source *src = split("序号  指标名称        分值   得分   说明\n"
                           "1     整治村数        20     20\n"
                           "2     验收合格率      15     15     部分村庄未验收\n"
                           "3     完成时间        15     15\n"
                           "      预期完成整治任务  实际完成全部整治任务并已交付\n"
                           "      并通过验收合格    已经通过验收合格并交付使用\n"
                           "      并按期完工结算    项目已经按期完工结算完毕\n"
                           "4     群众满意度      10     10\n");
    const jx_grid *g = grid_at(src, 0, 8, 5);
    assert_cell(g, 0, 3, "得分");
    assert_cell(g, 0, 4, "说明");
    assert_cell(g, 2, 3, "15");
    assert_cell(g, 2, 4, "部分村庄未验收");
    /* the spanning text goes where it overlaps most, as any text */
    assert_cell(g, 4, 1, "预期完成整治任务");
    assert_cell(g, 4, 4, "实际完成全部整治任务并已交付");
    assert_cell(g, 7, 2, "10");
    assert_cell(g, 7, 3, "10");
    jx_source_free(src);
}

static void test_split_html_spans(void **state)
{
    const char *html = "<html><body>\n"
                       "<h1>绩效目标表</h1>\n"
                       "<p>单位：万元<br>年度：2023</p>\n"
                       "<TABLE border=1>\n"
                       "<tr><th rowspan=\"3\">产出指标</th><th colspan='2'>数量</th><th>值</th></tr>\n"
                       "<tr><td rowspan=2>质量<td><p>合格率</p><td>100%\n"
                       "<tr><td>达标率</td><td>\n  ≥95%\n</td></tr>\n"
                       "<tr><td colspan=4>合计</td></tr>\n"
                       "</table>\n"
                       "<p>说明 &amp; 备注</p></body></html>\n";
    assert_string_equal(jx_text_sniff_format(html, strlen(html)), "html");
    jx_source *src = split(html);
    assert_int_equal(jx_source_n_blocks(src), 5);
    assert_line(src, 0, "绩效目标表", 2);
    assert_line(src, 1, "单位：万元", 3);
    assert_line(src, 2, "年度：2023", 3);
    const jx_grid *g = grid_at(src, 3, 4, 4);
    assert_int_equal(jx_source_block_line(src, 3), 4);
    const jx_cell *c = jx_grid_cell(g, 0, 0);
    assert_string_equal(jx_cell_text(c), "产出指标");
    assert_int_equal(jx_cell_rowspan(c), 3);
    c = jx_grid_cell(g, 0, 1);
    assert_string_equal(jx_cell_text(c), "数量");
    assert_int_equal(jx_cell_colspan(c), 2);
    assert_null(jx_grid_cell(g, 0, 2));
    assert_ptr_equal(jx_grid_cell_covering(g, 0, 2), c);
    assert_cell(g, 0, 3, "值");
    /* row 1 starts right of the rowspan; missing </td> ends at the next <td> */
    assert_null(jx_grid_cell(g, 1, 0));
    assert_string_equal(jx_cell_text(jx_grid_cell_covering(g, 1, 0)), "产出指标");
    assert_cell(g, 1, 1, "质量");
    assert_int_equal(jx_cell_rowspan(jx_grid_cell(g, 1, 1)), 2);
    assert_cell(g, 1, 2, "合格率"); /* the text a reader sees, markup gone */
    assert_cell(g, 1, 3, "100%");
    /* row 2: columns 0 and 1 are covered from above */
    assert_cell(g, 2, 2, "达标率");
    assert_cell(g, 2, 3, "≥95%"); /* trimmed */
    assert_cell(g, 3, 0, "合计");
    assert_int_equal(jx_cell_colspan(jx_grid_cell(g, 3, 0)), 4);
    assert_int_equal(jx_grid_row_line(g, 0), 5);
    assert_int_equal(jx_grid_row_line(g, 2), 7);
    assert_int_equal(jx_grid_row_line(g, 3), 10); /* row 2 spans lines 7–9 */
    assert_line(src, 4, "说明 & 备注", 12); /* entities decoded */
    jx_source_free(src);
}

/* What libxml2's parser brings: every entity (named, decimal, hex), cells
 * left open, white space collapsed as a browser shows it, a line break at <br>
 * and between blocks inside a cell, no script or style text. */
static void test_split_html_entities_and_breaks(void **state)
{
    const char *html = "<html><head><style>td{x:1}</style><script>var a='<td>';</script></head>"
                       "<body><table>\n"
                       "<tr><td>&ge;&nbsp;95&#37;<td>培训&hellip;&mdash;<td>&#x2264; 10\n"
                       "<tr><td>  公交站点\n   500米<br>覆盖率 </td><td><p>第一段</p><p>第二段</p>"
                       "<td>a &lt;p&gt; b\n"
                       "</table></body></html>";
    jx_source *src = split(html);
    assert_int_equal(jx_source_n_blocks(src), 1);
    const jx_grid *g = grid_at(src, 0, 2, 3);
    assert_cell(g, 0, 0, "≥\u00a095%");
    assert_cell(g, 0, 1, "培训…—");
    assert_cell(g, 0, 2, "≤ 10");
    assert_cell(g, 1, 0, "公交站点 500米\n覆盖率");
    assert_cell(g, 1, 1, "第一段\n第二段");
    assert_cell(g, 1, 2, "a <p> b");
    assert_int_equal(jx_grid_row_line(g, 1), 3);
    jx_source_free(src);
}

static void test_split_html_malformed(void **state)
{
    /* two tables, a nested table in a cell, no </tr>, a rowspan past the
     * last row, a table never closed */
    const char *html = "前言\n"
                       "<table><caption>表1</caption><tr><td>a<td><table><tr><td>x</td></tr></table>"
                       "<tr><td rowspan=9>b<td>c</table>\n"
                       "中间<!-- <table> in a comment -->\n"
                       "<table><tr><td>d</td><td>e";
    jx_source *src = split(html);
    assert_int_equal(jx_source_n_blocks(src), 5);
    assert_line(src, 0, "前言", 1);
    assert_line(src, 1, "表1", 2);
    const jx_grid *g = grid_at(src, 2, 2, 2);
    assert_cell(g, 0, 0, "a");
    assert_cell(g, 0, 1, "x"); /* a nested table's text stays in its cell */
    assert_cell(g, 1, 0, "b");
    assert_int_equal(jx_cell_rowspan(jx_grid_cell(g, 1, 0)), 1); /* clipped */
    assert_cell(g, 1, 1, "c");
    assert_line(src, 3, "中间", 3);
    g = grid_at(src, 4, 1, 2);
    assert_cell(g, 0, 1, "e");
    assert_int_equal(jx_source_block_line(src, 4), 4);
    jx_source_free(src);
}

/* pandoc's dash-ruled tables: the column rule gives the columns (CJK two
 * wide); multiline rows run to a blank line; a headerless one opens with
 * the rule itself; a simple one ends at a blank line. */
static void test_split_dashed_tables(void **state)
{
    (void)state;
    const char *multi = "标题\n"
                        "\n"
                        "  ------------------------------------------\n"
                        "  一级指标   三级指标             指标值\n"
                        "  ---------- -------------------- ----------\n"
                        "  产出指标   高血压患者           ≥38,500人\n"
                        "             基层规范管理服务人数\n"
                        "\n"
                        "             项目验收合格率       100%\n"
                        "  ------------------------------------------\n"
                        "\n"
                        "注：以批复为准\n";
    jx_source *src = split(multi);
    assert_int_equal(jx_source_n_blocks(src), 3);
    assert_line(src, 0, "标题", 1);
    const jx_grid *g = grid_at(src, 1, 3, 3);
    assert_cell(g, 0, 0, "一级指标");
    assert_cell(g, 0, 2, "指标值");
    assert_cell(g, 1, 1, "高血压患者\n基层规范管理服务人数");
    assert_cell(g, 1, 2, "≥38,500人");
    assert_cell(g, 2, 0, "");
    assert_cell(g, 2, 1, "项目验收合格率");
    assert_int_equal(jx_grid_row_line(g, 2), 9);
    assert_line(src, 2, "注：以批复为准", 12);
    jx_source_free(src);

    const char *headerless = "  -------- ------\n"
                             "  项目名称 某项目\n"
                             "\n"
                             "  主管部门 某局\n"
                             "  -------- ------\n";
    src = split(headerless);
    g = grid_at(src, 0, 2, 2);
    assert_cell(g, 0, 0, "项目名称");
    assert_cell(g, 1, 1, "某局");
    jx_source_free(src);

    const char *simple = "序号 一级指标   指标值\n"
                         "---- ---------- ------\n"
                         "1    产出指标   5项\n"
                         "2    效益指标   100%\n"
                         "\n"
                         "正文\n";
    src = split(simple);
    g = grid_at(src, 0, 3, 3);
    assert_cell(g, 2, 0, "2");
    assert_cell(g, 2, 2, "100%");
    assert_line(src, 1, "正文", 6);
    jx_source_free(src);

    /* pandoc's markdown writes curly quotes plain and literal ones escaped */
    const char *quoted = "名称     目标\n"
                         "-------- --------\n"
                         "\"三公\"率 \\\"x\\\"\n"
                         "\n";
    src = split(quoted);
    g = grid_at(src, 0, 2, 2);
    assert_cell(g, 1, 0, "\u201c三公\u201d率");
    assert_cell(g, 1, 1, "\\\"x\\\"");
    jx_source_free(src);

    /* a setext heading underline and a horizontal rule are no tables */
    const char *setext = "标题\n----------\n正文\n\n----------\n";
    src = split(setext);
    for (guint i = 0; i < jx_source_n_blocks(src); i++)
        assert_int_equal(jx_source_block_kind(src, i), JX_BLOCK_LINE);
    jx_source_free(src);
}

/* Tables drawn with rules (extract/ruled.c): real w3m output of a bordered
 * HTML table (a label centred over two rows, the rule under its first row
 * crossing only the columns that end there), an ASCII table with no rules
 * between its body rows (a row per line), `+`, `-` and `|`-free text in
 * cells, a cell over two columns, and bars that line up nowhere (each line
 * cut at its own bars). */
static void test_split_ruled_tables(void **state)
{
    (void)state;
    const char *w3m = "2023年度绩效目标表\n"
                      "┌────────┬────────────┬────────────┬─────────┐\n"
                      "│一级指标│二级指标    │三级指标    │指标值   │\n"
                      "├────────┼────────────┼────────────┼─────────┤\n"
                      "│        │            │巡护里程    │≥5000公里│\n"
                      "│产出指标│数量指标    ├────────────┼─────────┤\n"
                      "│        │            │防火宣传次数│≥20次    │\n"
                      "├────────┼────────────┴────────────┼─────────┤\n"
                      "│效益指标│生态效益：森林覆盖率     │≥68%     │\n"
                      "└────────┴─────────────────────────┴─────────┘\n"
                      "注：以批复为准\n";
    jx_source *src = split(w3m);
    assert_int_equal(jx_source_n_blocks(src), 3);
    assert_line(src, 0, "2023年度绩效目标表", 1);
    const jx_grid *g = grid_at(src, 1, 4, 4);
    assert_cell(g, 0, 0, "一级指标");
    assert_cell(g, 0, 3, "指标值");
    assert_cell(g, 1, 0, "产出指标");
    assert_int_equal(jx_cell_rowspan(jx_grid_cell(g, 1, 0)), 2);
    assert_int_equal(jx_cell_rowspan(jx_grid_cell(g, 1, 1)), 2);
    assert_cell(g, 1, 2, "巡护里程");
    assert_cell(g, 2, 2, "防火宣传次数");
    assert_cell(g, 2, 3, "≥20次");
    assert_null(jx_grid_cell(g, 2, 0));
    assert_cell(g, 3, 1, "生态效益：森林覆盖率");
    assert_int_equal(jx_cell_colspan(jx_grid_cell(g, 3, 1)), 2);
    assert_cell(g, 3, 3, "≥68%");
    assert_int_equal(jx_grid_row_line(g, 0), 3);
    assert_int_equal(jx_grid_row_line(g, 2), 7);
    assert_line(src, 2, "注：以批复为准", 11);
    jx_source_free(src);

    const char *shell = "+------+----------+-------+\n"
                        "| 序号 | 指标     | 目标  |\n"
                        "+------+----------+-------+\n"
                        "| 1    | 0-6岁儿童 | A+B   |\n"
                        "| 2    | 覆盖率   | -     |\n"
                        "+------+----------+-------+\n";
    src = split(shell);
    g = grid_at(src, 0, 3, 3);
    assert_cell(g, 1, 1, "0-6岁儿童");
    assert_cell(g, 1, 2, "A+B");
    assert_cell(g, 2, 0, "2");
    assert_cell(g, 2, 2, "-");
    jx_source_free(src);

    /* a grid table's rows are ruled apart: a row's lines make one cell */
    const char *grid = "+------+----------+\n"
                       "| 1    | 高血压   |\n"
                       "|      | 管理人数 |\n"
                       "+------+----------+\n"
                       "| 2    | 合格率   |\n"
                       "+------+----------+\n";
    src = split(grid);
    g = grid_at(src, 0, 2, 2);
    assert_cell(g, 0, 1, "高血压\n管理人数");
    assert_cell(g, 1, 1, "合格率");
    jx_source_free(src);

    /* bars that line up neither by display width nor by characters */
    const char *typed = "┌──────┬────┐\n"
                        "│一级指标│指标值│\n"
                        "│产出 │≥5项 │\n"
                        "└──────┴────┘\n";
    src = split(typed);
    g = grid_at(src, 0, 2, 2);
    assert_cell(g, 0, 1, "指标值");
    assert_cell(g, 1, 0, "产出");
    assert_cell(g, 1, 1, "≥5项");
    jx_source_free(src);

    /* `+-+` in running text is no table */
    src = split("a +-+ b\n");
    assert_int_equal(jx_source_block_kind(src, 0), JX_BLOCK_LINE);
    jx_source_free(src);
}

/* The display width's shortcuts (below U+1100, CJK ideographs, box
 * drawing) answer as GLib's table does, for every code point. */
static void test_char_width_as_glib(void **state)
{
    (void)state;
    for (gunichar u = 0; u <= 0x10FFFF; u++)
        if (jx_text_unichar_width(u) != (g_unichar_iswide(u) ? 2 : 1))
            fail_msg("U+%04X: %d", u, jx_text_unichar_width(u));
}

/* A spreadsheet's CSV export: quoted fields with commas, doubled quotes and
 * line breaks; a lone first field is a line; a blank record ends a grid. */
static void test_split_csv(void **state)
{
    (void)state;
    const char *csv = "2023年度项目支出绩效目标表,,,\n"
                      "一级指标,二级指标,三级指标,指标值\n"
                      "产出指标,数量指标,\"培训人数,含\"\"线上\"\"\",\"2,700人\"\n"
                      ",,\"长名称\n第二行\",≥95%\n"
                      ",,,\n"
                      "注：指标值以批复为准,,,\n";
    assert_string_equal(jx_text_sniff_format(csv, strlen(csv)), "csv");
    jx_source *src = split(csv);
    assert_int_equal(jx_source_n_blocks(src), 3);
    assert_line(src, 0, "2023年度项目支出绩效目标表", 1);
    const jx_grid *g = grid_at(src, 1, 3, 4);
    assert_cell(g, 0, 0, "一级指标");
    assert_cell(g, 1, 2, "培训人数,含\"线上\"");
    assert_cell(g, 1, 3, "2,700人");
    assert_cell(g, 2, 0, "");
    assert_cell(g, 2, 2, "长名称\n第二行");
    assert_cell(g, 2, 3, "≥95%");
    assert_int_equal(jx_grid_row_line(g, 2), 4);
    assert_line(src, 2, "注：指标值以批复为准", 7);
    jx_source_free(src);
    /* prose with a comma or two, and tab dumps with commas in numbers, are no CSV */
    const char *prose = "本项目,共三期。\n第二行,没有表格\n第三行\n";
    assert_string_equal(jx_text_sniff_format(prose, strlen(prose)), "text");
    const char *tabs = "a,b,c\t1\nd,e,f\t2\ng,h,i\t3\n";
    assert_string_equal(jx_text_sniff_format(tabs, strlen(tabs)), "text");
}

/* Section rows of a sheet's CSV (records from calc-csv variant v0029 and
 * v0053): a lone first field between two rows of a grid that reads as a
 * label (`一、产出`, over a 序号 column too) is a row of the grid, one cell
 * across it, as the sheet merged it; the title before the grid, a note
 * between two of its rows (`说明：…` over the signature row) and the notes
 * after it stay lines. */
static void test_split_csv_section_rows(void **state)
{
    (void)state;
    const char *csv = "2022年度项目支出绩效目标表,,,\n"
                      "序号,指标类型,指标名称,目标值\n"
                      "一、产出,,,\n"
                      "1,（一）数量指标,安全生产培训人次（暂定）,\"≥2,800人次\"\n"
                      "2,,组织应急演练,≥30次\n"
                      "二、成本指标,,,\n"
                      "6,（一）经济成本指标,人均补助标准,≤1290元/人\n"
                      "说明：绩效目标随预算一并批复，执行中不得随意调整。,,,\n"
                      "填报人：程伟,联系电话：0731-81437865,填报日期：2021年12月4日,\n"
                      "注：指标值以批复文件为准。,,,\n";
    jx_source *src = split(csv);
    assert_int_equal(jx_source_n_blocks(src), 5);
    assert_line(src, 0, "2022年度项目支出绩效目标表", 1);
    const jx_grid *g = grid_at(src, 1, 6, 4);
    assert_cell(g, 1, 0, "一、产出");
    assert_int_equal(jx_cell_colspan(jx_grid_cell(g, 1, 0)), 4);
    assert_int_equal(jx_grid_row_line(g, 1), 3);
    assert_cell(g, 2, 3, "≥2,800人次");
    assert_cell(g, 4, 0, "二、成本指标");
    assert_int_equal(jx_cell_colspan(jx_grid_cell(g, 4, 0)), 4);
    assert_cell(g, 5, 2, "人均补助标准");
    assert_line(src, 2, "说明：绩效目标随预算一并批复，执行中不得随意调整。", 8);
    g = grid_at(src, 3, 1, 4);
    assert_cell(g, 0, 0, "填报人：程伟");
    assert_line(src, 4, "注：指标值以批复文件为准。", 10);
    jx_source_free(src);
}

/* A CSV written by a program, not a spreadsheet (a scraper, a table
 * extractor, a script over a tab dump): rows keep their own widths (a
 * metadata row 2 or 4 fields, an indicator row 7 or 8) and figures with a
 * thousands separator are quoted.  It is read as CSV, each row with its
 * fields.  Unpadded lines whose commas cut figures (`2,700` | `1,234.50`)
 * are a text dump, not CSV. */
static void test_split_csv_ragged(void **state)
{
    (void)state;
    const char *csv = "项目名称:,市级科技发展专项资金,申请金额:,58600\n"
                      "年度预算申请(万元),\"资金总额:2,336.11\"\n"
                      "一级指标,二级指标,三级指标,指标性质,指标值,度量单位,权重\n"
                      "产出指标,数量指标,培训人数,≥,\"2,700\",人,10\n"
                      ",,覆盖乡镇,=,12,个,10,备注\n"
                      ",质量指标,验收合格率,≥,95,%,10\n";
    assert_string_equal(jx_text_sniff_format(csv, strlen(csv)), "csv");
    jx_source *src = split(csv);
    const jx_grid *g = grid_at(src, 0, 6, 8);
    assert_cell(g, 0, 1, "市级科技发展专项资金");
    assert_cell(g, 1, 1, "资金总额:2,336.11");
    assert_cell(g, 3, 2, "培训人数");
    assert_cell(g, 3, 4, "2,700");
    assert_cell(g, 4, 7, "备注");
    assert_cell(g, 5, 2, "验收合格率");
    jx_source_free(src);
    const char *figures = "基本支出 1,234.50 2,345.00 3\n"
                          "项目支出 12,000.00 8,000.00 4,000.00\n"
                          "合计 13,234.50 10,345.00 7\n";
    assert_string_equal(jx_text_sniff_format(figures, strlen(figures)), "text");
}

/* Tab-separated "Unicode text" as Excel and Calc save a sheet: quoted
 * fields (Excel quotes a field with a line break, a tab or a quote; Calc
 * every text field) hold a cell's second line and tabs; every row padded to
 * the sheet's width; a lone first field is a line.  Without quotes, or with
 * quotes that stand inside a cell's text, a tab dump stays text. */
static void test_split_tsv(void **state)
{
    (void)state;
    const char *tsv = "2023年度项目支出绩效目标表\t\t\t\n"
                      "一级指标\t二级指标\t三级指标\t指标值\n"
                      "产出指标\t数量指标\t\"培训人数\n（含线上）\"\t2,700人\n"
                      "\t\t\"名称\t带\"\"引号\"\"\"\t≥95%\n"
                      "\t\t\t\n"
                      "注：指标值以批复为准\t\t\t\n";
    assert_string_equal(jx_text_sniff_format(tsv, strlen(tsv)), "csv");
    jx_source *src = split(tsv);
    assert_int_equal(jx_source_n_blocks(src), 3);
    assert_line(src, 0, "2023年度项目支出绩效目标表", 1);
    const jx_grid *g = grid_at(src, 1, 3, 4);
    assert_cell(g, 1, 2, "培训人数\n（含线上）");
    assert_cell(g, 1, 3, "2,700人");
    assert_cell(g, 2, 2, "名称\t带\"引号\"");
    assert_int_equal(jx_grid_row_line(g, 2), 5);
    assert_line(src, 2, "注：指标值以批复为准", 7);
    jx_source_free(src);
    const char *calc = "\"序号\"\t\"指标\"\t\"指标值\"\n\"1\"\t\"人数\"\t\"≥5人\"\n"
                       "\"2\"\t\"比例\"\t\"100%\"\n";
    assert_string_equal(jx_text_sniff_format(calc, strlen(calc)), "csv");
    const char *bare = "序号\t指标\t指标值\n1\t人数\t≥5人\n2\t比例\t100%\n";
    assert_string_equal(jx_text_sniff_format(bare, strlen(bare)), "text");
    const char *inner = "序号\t指标\t指标值\n1\t\"放心\"工程数\t≥5个\n2\t比例\t100%\n";
    assert_string_equal(jx_text_sniff_format(inner, strlen(inner)), "text");
    const char *mid = "序号\t指标\t指标值\n1\t人数\t5\"寸\n2\t比例\t100%\n";
    assert_string_equal(jx_text_sniff_format(mid, strlen(mid)), "text");
}

static void test_sniff_format(void **state)
{
    const char *t = "a\tb\n<p>x</p>\n";
    assert_string_equal(jx_text_sniff_format(t, strlen(t)), "text");
    t = "<!DOCTYPE html><HTML><body>x</body></HTML>";
    assert_string_equal(jx_text_sniff_format(t, strlen(t)), "html");
    t = "<tables> are not tables\n| a | b |\n";
    assert_string_equal(jx_text_sniff_format(t, strlen(t)), "text");
    t = "| a | b |\n| --- | --- |\n";
    assert_string_equal(jx_text_sniff_format(t, strlen(t)), "markdown");
    assert_string_equal(jx_text_sniff_format("", 0), "text");
}

/* ------------------------------------------------------------ robustness */

/* A page without form feeds longer than the part size is read in parts; a
 * table running across a cut stays one grid, and the lines around it keep
 * their numbers. */
static void test_split_long_page_in_parts(void **state)
{
    GString *s = g_string_new("标题\n\n序号\t指标\t目标值\n");
    const int rows = 150000;
    for (int i = 1; i <= rows; i++)
        g_string_append_printf(s, "%d\t指标%d\t≥%d\n", i, i, i);
    g_string_append(s, "\n注：以批复为准\n");
    jx_source *src = split(s->str);
    assert_int_equal(jx_source_n_blocks(src), 3);
    assert_line(src, 0, "标题", 1);
    const jx_grid *g = grid_at(src, 1, rows + 1, 3);
    assert_int_equal(jx_grid_row_line(g, rows), rows + 3);
    assert_cell(g, rows, 1, "指标150000");
    assert_line(src, 2, "注：以批复为准", rows + 5);
    jx_source_free(src);
    g_string_free(s, TRUE);
}

static void test_split_wide_and_garbage(void **state)
{
    /* a row wider than any table keeps the rest in its last cell */
    GString *s = g_string_new("h");
    for (int i = 0; i < 600; i++)
        g_string_append(s, "\tx");
    jx_source *src = split(s->str);
    const jx_grid *g = grid_at(src, 0, 1, 512);
    assert_true(g_str_has_prefix(jx_cell_text(jx_grid_cell(g, 0, 511)), "x\tx\t"));
    assert_non_null(jx_source_warnings(src)[0]);
    jx_source_free(src);
    g_string_free(s, TRUE);

    /* markup debris: no crash, and the text is kept */
    static const char *const junk[] = {
        "<table", "<table>", "<table><td colspan=99999999 rowspan=-3>x", "<<<<<<<<<<",
        "<!--", "<html><!--", "|||||\n|-|\n||", "\f\f\f", "\t\t\t\n\t", "  　  　 ",
        "<html><table><tr></tr><tr></tr></table>", "a\xFF\xFE  b\n c  d\n",
    };
    for (gsize i = 0; i < G_N_ELEMENTS(junk); i++) {
        src = split(junk[i]);
        jx_source_free(src);
    }
    src = split("<table><td colspan=99999999 rowspan=99999>x</td><td>y</table>");
    g = grid_at(src, 0, 1, 512);
    assert_int_equal(jx_cell_colspan(jx_grid_cell(g, 0, 0)), 512);
    jx_source_free(src);
}

static void test_split_large_inputs(void **state)
{
    /* one 8 MB line of tabs and text, then 200k short rows: linear time */
    GString *s = g_string_sized_new(12 << 20);
    while (s->len < (8u << 20))
        g_string_append(s, "科技专项 ");
    g_string_append(s, "\tend\n");
    for (int i = 0; i < 200000; i++)
        g_string_append_printf(s, "%d\t值\n", i);
    /* CPU time, not wall time: a loaded host (parallel builds, ASan) must
     * not fail a test that guards against quadratic work */
    clock_t t0 = clock();
    jx_source *src = split(s->str);
    double ms = (double)(clock() - t0) * 1000 / CLOCKS_PER_SEC;
    assert_int_equal(jx_source_n_blocks(src), 1);
    const jx_grid *g = grid_at(src, 0, 200001, 2);
    assert_cell(g, 200000, 0, "199999");
    assert_int_equal(jx_grid_row_line(g, 200000), 200001);
    assert_true(ms < 30000);
    jx_source_free(src);

    /* a megabyte of '<' without '>' in an HTML document */
    g_string_assign(s, "<html>");
    for (int i = 0; i < (1 << 20); i++)
        g_string_append_c(s, i % 3 ? '<' : 'a');
    t0 = clock();
    src = split(s->str);
    assert_true((double)(clock() - t0) * 1000 / CLOCKS_PER_SEC < 30000);
    assert_int_equal(jx_source_n_blocks(src), 1);
    jx_source_free(src);
    g_string_free(s, TRUE);
}

/* ------------------------------------------------------------ entry point */

static void test_extract_bytes(void **state)
{
    GError *error = NULL;
    assert_null(jx_extract_bytes("e", "e.txt", (const guint8 *)"", 0, &error));
    assert_int_equal(error->code, JX_ERROR_EMPTY);
    assert_non_null(strstr(error->message, "e.txt"));
    g_clear_error(&error);
    assert_null(jx_extract_bytes("e", "e.txt", (const guint8 *)" \n\t\r\n", 5, &error));
    assert_int_equal(error->code, JX_ERROR_EMPTY);
    g_clear_error(&error);
    const char *pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n";
    assert_null(jx_extract_bytes("p", "p.pdf", (const guint8 *)pdf, strlen(pdf), &error));
    assert_int_equal(error->code, JX_ERROR_FORMAT); /* a PDF, but a broken one */
    assert_true(g_str_has_prefix(error->message, "p.pdf: "));
    g_clear_error(&error);
    static const guint8 bin[] = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0};
    assert_null(jx_extract_bytes("b", "b.bin", bin, sizeof bin, &error));
    assert_int_equal(error->code, JX_ERROR_BINARY);
    assert_true(g_str_has_prefix(error->message, "b.bin: "));
    g_clear_error(&error);

    gsize n;
    char *gb = encode(TABLE, "GB18030", &n);
    jx_source *src = jx_extract_bytes("t.txt", "dir/t.txt", (guint8 *)gb, n, &error);
    assert_null(error);
    assert_non_null(src);
    char *sha = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (guint8 *)gb, n);
    assert_string_equal(jx_source_sha256(src), sha);
    assert_string_equal(jx_source_encoding(src), "GB18030");
    assert_string_equal(jx_source_format(src), "text");
    assert_string_equal(jx_source_name(src), "t.txt");
    assert_string_equal(jx_source_path(src), "dir/t.txt");
    assert_null(jx_source_warnings(src)[0]);
    const jx_grid *g = grid_at(src, 0, 4, 5);
    assert_cell(g, 1, 4, "≥125家");
    jx_source_free(src);
    g_free(sha);
    g_free(gb);

    /* replaced bytes are reported as a warning */
    GString *s = g_string_new(NULL);
    for (int i = 0; i < 10; i++)
        g_string_append(s, TABLE);
    g_string_append(s, "x\xFFy\n");
    src = jx_extract_bytes(NULL, NULL, (guint8 *)s->str, s->len, &error);
    assert_non_null(src);
    assert_string_equal(jx_source_name(src), "-");
    assert_non_null(jx_source_warnings(src)[0]);
    assert_non_null(strstr(jx_source_warnings(src)[0], "1 invalid"));
    jx_source_free(src);
    g_string_free(s, TRUE);
}

/* A table dumped column by column (plain pdftotext) is named in a warning,
 * by its row numbers standing together or by its figures doing so; the same
 * table one cell per line, row by row, is not. */
static const char *warning_with(const jx_source *src, const char *needle)
{
    for (const char *const *w = jx_source_warnings(src); *w; w++)
        if (strstr(*w, needle))
            return *w;
    return NULL;
}

static jx_source *split_text(const char *text)
{
    GError *error = NULL;
    jx_source *src = jx_extract_bytes("d.txt", NULL, (const guint8 *)text, strlen(text), &error);
    assert_null(error);
    assert_non_null(src);
    return src;
}

static void test_split_column_dump(void **state)
{
    (void)state;
    jx_source *src = split_text("序号\n1\n2\n\n3\n4\n5\n6\n一级指标\n产出指标\n"
                                "具体指标\n培训人数\n补贴面积\n");
    const char *w = warning_with(src, "column by column");
    assert_non_null(w);
    assert_non_null(strstr(w, "line 2: row numbers 1–6"));
    jx_source_free(src);

    GString *t = g_string_new("名称\n指标内容\n指标值\n计量单位\n");
    for (int i = 0; i < 10; i++)
        g_string_append_printf(t, "%s\n%d\n个\n", i % 2 ? "=" : "≥", 10 + i);
    src = split_text(t->str);
    w = warning_with(src, "column by column");
    assert_non_null(w);
    assert_non_null(strstr(w, "line 6: 10 or more figures"));
    jx_source_free(src);

    /* row by row: each row's name stands between its figures */
    g_string_truncate(t, 0);
    for (int i = 1; i <= 12; i++)
        g_string_append_printf(t, "%d\n培训人数%d\n≥\n%d\n人\n", i, i, 100 * i);
    src = split_text(t->str);
    assert_null(warning_with(src, "column by column"));
    jx_source_free(src);
    g_string_free(t, TRUE);
}

static void test_extract_seed(void **state)
{
    const char *shared = g_getenv("JX_SHARED_DIR");
    if (!shared || !*shared)
        skip();
    char *path = g_build_filename(shared, "seeds", "000_target_table.txt", NULL);
    GError *error = NULL;
    jx_source *src = jx_extract_path(path, 0, &error);
    g_free(path);
    if (!src && error && error->code == JX_ERROR_IO) {
        g_error_free(error);
        skip();
    }
    assert_non_null(src);
    assert_string_equal(jx_source_encoding(src), "UTF-8");
    /* the indicator table is three grids (one per page), 61 numbered rows */
    int numbered = 0;
    for (guint i = 0; i < jx_source_n_blocks(src); i++) {
        const jx_grid *g = jx_source_block_grid(src, i);
        for (int r = 0; g && r < jx_grid_n_rows(g); r++) {
            const jx_cell *c = jx_grid_cell(g, r, 0);
            char *end = NULL;
            long v = c ? strtol(jx_cell_text(c), &end, 10) : 0;
            if (c && end && *end == '\0' && v == numbered + 1)
                numbered++;
        }
    }
    assert_int_equal(numbered, 61);
    jx_source_free(src);
}

/* A character's width the short way (three bytes led by E1..EC) and the
 * validated way agree over every such lead and continuation pair, and on a
 * sequence cut short or broken (one byte, width 1). */
static void test_char_width_three_bytes(void **state)
{
    (void)state;
    for (int lead = 0xE0; lead <= 0xEF; lead++)
        for (int b1 = 0x70; b1 <= 0xC5; b1++)
            for (int b2 = 0x70; b2 <= 0xC5; b2 += 3) {
                char s[3] = {(char)lead, (char)b1, (char)b2};
                for (int n = 1; n <= 3; n++) {
                    gunichar u = g_utf8_get_char_validated(s, n);
                    gboolean bad = u == (gunichar)-1 || u == (gunichar)-2;
                    int want_bytes = bad ? 1 : 3;
                    int want = bad ? 1 : jx_text_unichar_width(u);
                    int bytes = 0;
                    assert_int_equal(jx_text_char_width(s, s + n, &bytes), want);
                    assert_int_equal(bytes, want_bytes);
                }
            }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decode_utf8),
        cmocka_unit_test(test_decode_gb18030),
        cmocka_unit_test(test_decode_utf16_bom),
        cmocka_unit_test(test_decode_utf16_no_bom),
        cmocka_unit_test(test_decode_big5),
        cmocka_unit_test(test_decode_line_ends),
        cmocka_unit_test(test_decode_binary),
        cmocka_unit_test(test_decode_undecodable),
        cmocka_unit_test(test_decode_invalid_utf8_counted),
        cmocka_unit_test(test_decode_half_gbk),
        cmocka_unit_test(test_decode_stray_bytes_at_the_limit),
        cmocka_unit_test(test_decode_empty),
        cmocka_unit_test(test_split_tab_rows),
        cmocka_unit_test(test_split_blank_line_ends_grid),
        cmocka_unit_test(test_split_form_feeds),
        cmocka_unit_test(test_split_markdown),
        cmocka_unit_test(test_split_space_table),
        cmocka_unit_test(test_split_spanning_text),
        cmocka_unit_test(test_split_html_spans),
        cmocka_unit_test(test_split_html_entities_and_breaks),
        cmocka_unit_test(test_split_html_malformed),
        cmocka_unit_test(test_sniff_format),
        cmocka_unit_test(test_split_csv),
        cmocka_unit_test(test_split_csv_section_rows),
        cmocka_unit_test(test_split_csv_ragged),
        cmocka_unit_test(test_split_tsv),
        cmocka_unit_test(test_split_dashed_tables),
        cmocka_unit_test(test_split_ruled_tables),
        cmocka_unit_test(test_char_width_as_glib),
        cmocka_unit_test(test_split_long_page_in_parts),
        cmocka_unit_test(test_split_wide_and_garbage),
        cmocka_unit_test(test_split_large_inputs),
        cmocka_unit_test(test_split_column_dump),
        cmocka_unit_test(test_extract_bytes),
        cmocka_unit_test(test_char_width_three_bytes),
        cmocka_unit_test(test_extract_seed),
    };
    return cmocka_run_group_tests_name("extract", tests, NULL, NULL);
}
