/*
 * test_parse.c — the reconstruction rules of parse/, one test per rule:
 * header roles, alignment of shifted rows, fill-down, centred labels,
 * fragments, page-split tables, table kinds, combined and half-year targets.
 * Inputs are small tab-separated dumps written here; outcomes are checked
 * field by field.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "parse/parse.h"
#include "support/dump.h"
#include "support/golden.h"
#include "support/testenv.h"

/* Parses UTF-8 text as a document named `name` (its extension says the
 * format: t.txt, v.md); returns the records. */
static jx_record_list *parse_named(const char *name, const char *text)
{
    GError *error = NULL;
    jx_source *src = jx_extract_bytes(name, name, (const guint8 *)text, strlen(text), &error);
    assert_non_null(src);
    jx_record_list *list = jx_parse_source(src);
    jx_source_free(src);
    /* every record these rules make must also keep the contract: the
     * schema_check test validates what is dumped here */
    jx_test_dump_records(list);
    return list;
}

/* Parses UTF-8 text as a document named t.txt; returns the records. */
static jx_record_list *parse_text(const char *text)
{
    return parse_named("t.txt", text);
}

/* The i-th indicator record (0-based), or fails the test. */
static const jx_record *indicator(const jx_record_list *list, guint i)
{
    guint seen = 0;
    for (guint k = 0; k < jx_record_list_length(list); k++) {
        const jx_record *r = jx_record_list_get(list, k);
        if (g_strcmp0(jx_record_type(r), "indicator") == 0 && seen++ == i)
            return r;
    }
    fail_msg("no indicator %u", i);
    return NULL;
}

static guint count_indicators(const jx_record_list *list)
{
    guint n = 0;
    for (guint k = 0; k < jx_record_list_length(list); k++)
        n += g_strcmp0(jx_record_type(jx_record_list_get(list, k)), "indicator") == 0;
    return n;
}

/* The last indicator record named `name`, or NULL. */
static const jx_record *indicator_named(const jx_record_list *list, const char *name)
{
    const jx_record *found = NULL;
    for (guint i = 0; i < count_indicators(list); i++)
        if (!g_strcmp0(jx_record_get_string(indicator(list, i), "name"), name))
            found = indicator(list, i);
    return found;
}

/* TRUE when some entry of the document record's list `key` (warnings,
 * notes) holds `a` and, unless NULL, `b`. */
static gboolean document_says(const jx_record_list *l, const char *key, const char *a,
                              const char *b)
{
    char **list = jx_record_get_strv(jx_record_list_get(l, 0), key);
    gboolean said = FALSE;
    for (char **p = list; p && *p; p++)
        said |= strstr(*p, a) && (!b || strstr(*p, b));
    g_strfreev(list);
    return said;
}

/* (read both ways: the borrowed list, jx_record_list_of, holds what the
 * copy by key does) */
static gboolean has_flag(const jx_record *r, const char *flag)
{
    char **flags = jx_record_get_strv(r, "flags");
    const char *const *same = jx_record_list_of(r, JX_F_FLAGS);
    assert_true((flags == NULL) == (same == NULL));
    for (guint i = 0; flags && flags[i]; i++)
        assert_string_equal(flags[i], same[i]);
    assert_true(!flags || same[g_strv_length(flags)] == NULL);
    gboolean yes = flags && g_strv_contains((const char *const *)flags, flag);
    g_strfreev(flags);
    return yes;
}

/* Parses the seed-like two-row header followed by `rows`. */
static jx_record_list *parse_with_header(const char *rows);

#define assert_field(rec, key, want) assert_string_equal(jx_record_get_string(rec, key), want)
#define assert_field_null(rec, key) assert_null(jx_record_get_string(rec, key))

static const char *const seed_like_header = "序号\t一级指标\t二级指标\t三级指标\t2023年目标值\t\t\n"
                                            "\t\t\t\t计算符号\t目标值\t单位\n";

static jx_record_list *parse_with_header(const char *rows)
{
    char *text = g_strconcat(seed_like_header, rows, NULL);
    jx_record_list *list = parse_text(text);
    g_free(text);
    return list;
}

/* Each header word can match: it is in normalized form (header text is
 * normalized before lookup) and no earlier entry matches it first. */
static void test_header_vocabulary_reachable(void **state)
{
    (void)state;
    assert_true(jx_header_vocab_size() > 0);
    for (gsize i = 0; i < jx_header_vocab_size(); i++) {
        const char *word = jx_header_vocab_word(i);
        char *norm = jx_norm_text(word);
        if (strcmp(norm, word) != 0)
            fail_msg("header word %zu \"%s\" is not normalized (\"%s\")", i, word, norm);
        g_free(norm);
        gssize found = jx_header_vocab_find(word);
        if (found != (gssize)i)
            fail_msg("header word %zu \"%s\" is shadowed by entry %zd \"%s\"", i, word, found,
                     found >= 0 ? jx_header_vocab_word((gsize)found) : "(none)");
    }
    assert_null(jx_header_vocab_word(jx_header_vocab_size()));
}

/* A header word inside a longer cell (a year or a unit note around it, a
 * Latin letter before it) is found through the byte slots that pick the
 * candidates, as by a search of every entry. */
static void test_header_vocabulary_inside_text(void **state)
{
    (void)state;
    gssize level1 = jx_header_vocab_find("一级指标");
    assert_true(level1 >= 0);
    assert_int_equal(jx_header_vocab_find("A一级指标(分值)"), level1);
    assert_int_equal(jx_header_vocab_find("2023年一级指标"), level1);
    assert_int_equal(jx_header_word_role("序号"), JX_ROLE_SEQ);
    assert_int_equal(jx_header_word_role("1序号"), JX_ROLE_SEQ);
    assert_int_equal(jx_header_vocab_find("民政设备验收数量"), -1);
    assert_int_equal(jx_header_vocab_find(""), -1);
    /* the candidates come from the text's adjacent pairs of characters: a
     * word after a four-byte character, after stray continuation bytes, at
     * the end of a text of the longest length a header cell has, is found;
     * its characters apart, or one character more, are not */
    assert_int_equal(jx_header_vocab_find("\xF0\xA0\x80\x80一级指标"), level1);
    assert_int_equal(jx_header_vocab_find("\x80\x80一级指标\x80"), level1);
    assert_int_equal(jx_header_vocab_find("一二三四五六七八九十一二一级指标"), level1);
    assert_int_equal(jx_header_vocab_find("一二三四五六七八九十一二三一级指标"), -1);
    assert_int_equal(jx_header_vocab_find("一级 指标"), -1);
    gssize value = jx_header_vocab_find("目标值");
    assert_true(value >= 0);
    assert_int_equal(jx_header_vocab_find("年度目标值(万元)"), value);
}

/* The row header's quick test answers as the whole vocabulary search does:
 * for every word of the vocabulary, and for texts around them. */
static void test_header_is_rowhead_as_role(void **state)
{
    (void)state;
    const char *texts[] = {"年度绩效指标", "绩效指标", "年度指标", "2023年度绩效指标", "绩效指标值",
                           "年度绩", "效指标", "", "民政设备验收数量"};
    for (gsize i = 0; i < G_N_ELEMENTS(texts); i++)
        assert_int_equal(jx_header_is_rowhead(texts[i]),
                         jx_header_word_role(texts[i]) == JX_ROLE_ROWHEAD);
    for (gsize i = 0; i < jx_header_vocab_size(); i++) {
        const char *word = jx_header_vocab_word(i);
        assert_int_equal(jx_header_is_rowhead(word),
                         jx_header_word_role(word) == JX_ROLE_ROWHEAD);
    }
    assert_true(jx_header_is_rowhead("年度绩效指标"));
}

/* A text that opens no row-header word grows into none, whatever pieces
 * join it (mark_wrapped_rowheads stops there): for every prefix of every
 * vocabulary word the answer agrees with jx_header_is_rowhead of the words
 * it opens, and a name, a label or a 序号 opens none. */
static void test_header_may_grow_into_rowhead(void **state)
{
    (void)state;
    const char *opening[] = {"", "年", "年度", "年度绩效指", "年度绩效指标", "绩效", "产出及"};
    for (gsize i = 0; i < G_N_ELEMENTS(opening); i++)
        assert_true(jx_header_may_grow_into_rowhead(opening[i]));
    const char *closed[] = {"民政设备验收数量", "产出指标", "1", "年度绩效指标值", "效指标", "指标"};
    for (gsize i = 0; i < G_N_ELEMENTS(closed); i++)
        assert_false(jx_header_may_grow_into_rowhead(closed[i]));
    /* whatever the vocabulary: each row-header word may be grown into from
     * each of its prefixes */
    for (gsize i = 0; i < jx_header_vocab_size(); i++) {
        const char *word = jx_header_vocab_word(i);
        if (!jx_header_is_rowhead(word))
            continue;
        for (const char *p = word; *p; p = g_utf8_next_char(p)) {
            char *prefix = g_strndup(word, (gsize)(p - word));
            assert_true(jx_header_may_grow_into_rowhead(prefix));
            g_free(prefix);
        }
    }
}

/* Label placement segments a name only when a label's word occurs in it:
 * what a name shares with a label is what segmenting both tells. */
static void test_name_words_shared_as_segmented(void **state)
{
    (void)state;
    const char *names[] = {"资金到位率", "验收合格率", NULL, "", "项目管理制度健全性"};
    const char *labels[] = {"资金管理", "项目管理", "质量指标"};
    jx_segmenter *seg = jx_segmenter_new();
    jx_name_words *nw = jx_name_words_new(seg, names, G_N_ELEMENTS(names));
    for (gsize l = 0; l < G_N_ELEMENTS(labels); l++) {
        char **label_words = jx_segmenter_words(seg, labels[l]);
        for (gsize r = 0; r < G_N_ELEMENTS(names); r++) {
            int expected = names[r] ? jx_norm_shared_word_chars(names[r], labels[l]) : 0;
            assert_int_equal(jx_name_words_shared(nw, (int)r, label_words), expected);
        }
        g_strfreev(label_words);
    }
    for (gsize r = 0; r < G_N_ELEMENTS(names); r++) { /* the names normalized */
        char *norm = names[r] ? jx_norm_text(names[r]) : NULL;
        assert_true(g_strcmp0(jx_name_words_norm(nw, (int)r), norm) == 0);
        g_free(norm);
    }
    char **funds = jx_segmenter_words(seg, "资金管理");
    assert_int_equal(jx_name_words_shared(nw, 0, funds), 2); /* 资金 */
    g_strfreev(funds);
    jx_name_words_free(nw);
    jx_segmenter_free(seg);
}

/* A level-1 and a level-2 label joined by each of the taxonomy's joiners is
 * split there, whatever bytes the joiner is made of (the split turns a text
 * away by the joiners' first bytes before it searches for each); a text
 * without a joiner, or with one first, is no joined label. */
static void test_labels_split_at_every_joiner(void **state)
{
    (void)state;
    gsize n;
    const char *const *joiners = jx_taxonomy_label_joiners(&n);
    for (gsize k = 0; k < n; k++) {
        char *text = g_strconcat("产出指标", joiners[k], "数量指标", NULL);
        char *l1 = NULL, *l2 = NULL;
        if (!jx_labels_split_joined(text, &l1, &l2))
            fail_msg("\"%s\" not split", text);
        assert_string_equal(l1, "产出指标");
        assert_string_equal(l2, "数量指标");
        assert_true(jx_labels_joined(text));
        g_free(l1);
        g_free(l2);
        g_free(text);
    }
    assert_true(jx_labels_joined("效益指标/社会效益指标"));
    assert_false(jx_labels_joined("产出指标数量指标"));
    assert_false(jx_labels_joined("产出 数量指标"));
    assert_false(jx_labels_joined("-数量指标"));
    assert_false(jx_labels_joined("产出—社会效益指标"));
    assert_false(jx_labels_joined(""));
    assert_false(jx_labels_joined(NULL));
}

static void test_multirow_header_roles(void **state)
{
    (void)state;
    jx_record_list *l = parse_with_header("1\t产出指标\t数量指标\t培训人次\t≥\t500\t人次\n");
    assert_int_equal(count_indicators(l), 1);
    const jx_record *r = indicator(l, 0);
    assert_int_equal(jx_record_get_int(r, "seq", -1), 1);
    assert_field(r, "level1", "产出指标");
    assert_field(r, "level2", "数量指标");
    assert_field(r, "name", "培训人次");
    assert_field(r, "op", ">=");
    assert_field(r, "value", "500");
    assert_field(r, "kind", "number");
    assert_field(r, "unit", "人次");
    assert_field(r, "category", "output.quantity");
    assert_field(r, "text", "≥ | 500 | 人次");
    jx_record_list_free(l);
}

/* A header line that reads as a header on its own can still be the first
 * line of a wrapped one: `指标` over `性质` is 指标性质 (not a second name
 * column), `度量` over `单位` the unit column. */
static void test_wrapped_header_words(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\t二级指标\t指标名称\t指标\t指标值\t度量\n"
                                   "\t\t\t性质\t\t单位\n"
                                   "产出指标\t数量指标\t培训人数\t定量\t≥100\t人\n");
    assert_int_equal(count_indicators(l), 1);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "name", "培训人数");
    assert_field(r, "op", ">=");
    assert_field(r, "value", "100");
    assert_field(r, "unit", "人");
    jx_record_list_free(l);
}

/* A header cell wrapped over three lines (`全年(程)指标` above the header
 * line, `值` below it): the tail is the header's, not the first row's. */
static void test_header_tail_line(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("\t\t\t\t全年(程)指标\n"
                                   "一级指标\t二级指标\t三级指标\t半年(程)指标值\t\n"
                                   "\t\t\t\t值\n"
                                   "产出指标\t数量指标\t培训人数\t100人\t≥200人\n");
    assert_int_equal(count_indicators(l), 1);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "name", "培训人数");
    assert_field(r, "op", ">=");
    assert_field(r, "value", "200");
    jx_record_list_free(l);
    /* a header line complete by itself, but for a tail under one cell */
    l = parse_text("一级指标\t二级指标\t三级指标\t半年(程)指标值\t全年(程)指标\n"
                   "\t\t\t\t值\n"
                   "产出指标\t数量指标\t特困人员救助供养人数\t\t≥2510人\n");
    assert_int_equal(count_indicators(l), 1);
    assert_field(indicator(l, 0), "op", ">=");
    assert_field(indicator(l, 0), "value", "2510");
    jx_record_list_free(l);
}

/* A text browser's dump parts rows with blank lines: the lines right under
 * a row with no name of their own — however alignment would read their text
 * — are the rest of its wrapped cells, every one of them. */
static void test_gapped_wrapped_values(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "一级指标   二级指标   指标名称             半年指标值         全年指标值\n"
        "\n"
        "产出指标   数量指标   培训人数             100人              200人\n"
        "\n"
        "                      培训场次             5场                10场\n"
        "\n"
        "效益指标   社会效益   群众生产生活条件     按照项目实施方案   按照项目实施方案\n"
        "                                           要求持续改善，惠   要求持续改善，惠\n"
        "                                           及更多群众         及更多群众\n"
        "\n"
        "                      政策知晓率           90%                95%\n"
        "\n"
        "                      服务覆盖率           80%                90%\n");
    assert_int_equal(count_indicators(l), 5);
    const jx_record *r = indicator(l, 2);
    assert_field(r, "name", "群众生产生活条件");
    assert_field(r, "value", "按照项目实施方案要求持续改善,惠及更多群众");
    assert_field(indicator(l, 3), "name", "政策知晓率");
    jx_record_list_free(l);
}

/* A header over four lines: a group line, the header line, and a
 * sub-header wrapped over two (计算符 / 号, 计量单 / 位); a year line above a
 * header (`(2023` | `年度)`) is none of it. */
static void test_four_line_header(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("\t\t\t\t年度目标值\t\n"
                                   "一级指标\t二级指标\t绩效指标\t\t\t\n"
                                   "\t\t\t计算符\t年度指标值\t计量单\n"
                                   "\t\t\t号\t\t位\n"
                                   "产出指标\t数量指标\t举办招聘会\t≥\t77\t场\n");
    assert_int_equal(count_indicators(l), 1);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "name", "举办招聘会");
    assert_field(r, "op", ">=");
    assert_field(r, "value", "77");
    assert_field(r, "unit", "场");
    jx_record_list_free(l);
    l = parse_text("\t(2023\t年度)\t\n"
                   "一级指标\t二级指标\t三级指标\t指标值\n"
                   "\t\t\t\n"
                   "产出指标\t数量指标\t培训人数\t100人\n");
    assert_int_equal(count_indicators(l), 1);
    assert_field(indicator(l, 0), "name", "培训人数");
    assert_field(indicator(l, 0), "level1", "产出指标");
    /* the year line cut into cells still gives the year */
    assert_int_equal(jx_record_get_int(jx_record_list_get(l, 0), "year", 0), 2023);
    jx_record_list_free(l);
}

/* pdftotext -layout prints a vertically centred row with its name and the
 * first line of its work item above the target line and the rest of the
 * work item below: the line above is the row's, since the row has no name
 * of its own, though the work item above it ends on the line before. */
static void test_layout_name_above_target(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "       一级指标   二级指标       名称               指标内容           计算符号          指标值           计量单位\n"
        "              质量指标   实施农村义务教育学生营 档案资料完整率                      =         100           %\n"
        "                        养改善计划    政策知晓率                                  93            %\n"
        "                     加强教师队伍建设，开展 资金使用合规率\n"
        "                                                                        100           %\n"
        "                         全员培训\n"
        "                     推进学前教育普及普惠发 义务教育巩固率*\n"
        "                                                              ≥        96.50          %\n"
        "                          展\n");
    assert_int_equal(count_indicators(l), 4);
    const jx_record *r = indicator(l, 1);
    assert_field(r, "name", "政策知晓率");
    assert_field(r, "task", "实施农村义务教育学生营养改善计划");
    r = indicator(l, 2);
    assert_field(r, "name", "资金使用合规率");
    assert_field(r, "task", "加强教师队伍建设,开展全员培训");
    assert_field(r, "value", "100");
    jx_record_list_free(l);
}

/* pdftotext -layout centres a row's value in the row's lines and sets its
 * name at the row's top: a name of three lines has one line above the
 * value's and one below, and the next row's name starts on the line after
 * (和标准 ends 项目实施符合国家…, it does not open 档案资料完整率). */
static void test_layout_name_balanced_round_value(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "     一级指标      二级指标               名称          指标内容     指标值\n"
        "                             推进知识产权创造 政策知晓率\n"
        "                                                        93%\n"
        "                                运用\n"
        "                                      项目实施符合国家\n"
        "                             推进知识产权创造\n"
        "     产出指标      质量指标                   和省相关技术规范         100%\n"
        "                                运用\n"
        "                                      和标准\n"
        "                             开展食品安全抽检 档案资料完整率\n"
        "                                                       100%\n"
        "                                监测\n");
    assert_int_equal(count_indicators(l), 3);
    assert_field(indicator(l, 1), "name", "项目实施符合国家和省相关技术规范和标准");
    assert_field(indicator(l, 2), "name", "档案资料完整率");
    assert_field(indicator(l, 2), "task", "开展食品安全抽检监测");
    jx_record_list_free(l);
}

/* A work item of two lines centred on a row without one of its own: one
 * line right above the row's line, one right below; both are that row's,
 * one label over the rows around it. */
static void test_layout_task_straddles_row(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "       一级指标    二级指标       名称                指标内容   计算符号     指标值        计量单位\n"
        "       产出指标    数量指标   加强教师队伍建设，开展 购置学生课桌椅                    6,400       套\n"
        "                         全员培训     新建学校食堂            =         4          个\n"
        "                                  改扩建校舍面积           =       30,200      平方米\n"
        "                      推进学前教育普及普惠发\n"
        "                                  化解大班额班级数          ≥         28         个\n"
        "                           展\n"
        "                                  配备教学仪器设备学校数       ≥         50         所\n");
    assert_int_equal(count_indicators(l), 5);
    assert_field(indicator(l, 3), "name", "化解大班额班级数");
    assert_field(indicator(l, 3), "task", "推进学前教育普及普惠发展");
    assert_field(indicator(l, 4), "task", "推进学前教育普及普惠发展");
    jx_record_list_free(l);
}

/* 成本指标 is a level-1 label or a level-2 one under 产出: centred on a line
 * of its own in the level-2 column, it is the level-2 label of the rows
 * around it, and the group above keeps its own rows. */
static void test_layout_cost_label_in_level2_column(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "        一级指标              二级指标                 名称                指标内容          指标值\n"
        "                                          开展食品安全抽检监测   档案资料完整率                 =100%\n"
        "                          质量指标\n"
        "                                          开展食品安全抽检监测   不合格食品核查处置率              =100%\n"
        "                                          加强特种设备安全监察   资金兑付及时性                  及时\n"
        "        产出指标          时效指标\n"
        "                                          开展食品安全抽检监测   项目完成时限                 2021.10.31\n"
        "                                          加强特种设备安全监察   人均管理费用                 =2万元/人\n"
        "                          成本指标\n"
        "                                          加强特种设备安全监察   严格执行补助标准，不超预算安排      实际按下拨文件为准\n");
    assert_int_equal(count_indicators(l), 6);
    assert_field(indicator(l, 1), "level2", "质量指标");
    assert_field(indicator(l, 4), "level2", "成本指标");
    assert_field(indicator(l, 5), "level1", "产出指标");
    assert_field(indicator(l, 5), "level2", "成本指标");
    jx_record_list_free(l);
}

/* A half-year table's row whose name pdftotext printed around its line
 * (资产管理制度健全 / … / 性) keeps both its targets where they stand: the
 * text half-year target (健全) is no name, and the name's lines are its. */
static void test_layout_half_targets_without_name(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        " 一级指标     二级指标        指标名称        半年(程)指标值      全年(程)指标值\n"
        "  过程      预算管理    绩效管理覆盖率              =100%      =100％\n"
        "                  ★资金使用合规性              合规        合规\n"
        "                  资产管理制度健全\n"
        "          资产管理                          健全        健全\n"
        "                  性\n"
        "                  固定资产利用率              =100%      =100%\n");
    assert_int_equal(count_indicators(l), 4);
    assert_field(indicator(l, 1), "name", "★资金使用合规性");
    const jx_record *r = indicator(l, 2);
    assert_field(r, "name", "资产管理制度健全性");
    assert_field(r, "value", "健全");
    assert_field(jx_record_get_record(r, "half"), "value", "健全");
    jx_record_list_free(l);
}

/* A qualitative row printed over two lines by pdftotext -layout: its name
 * and work item on one, its target (按时完成) alone on the next.  Neither
 * line states a typed target, yet together they are a row. */
static void test_layout_qualitative_row(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "             一级指标             二级指标            名称          指标内容   计算符号    指标值         单位\n"
        "                                        做好城乡居民基本养 培训合格率\n"
        "                                                                  ≥       92.5       %\n"
        "                                          老保险工作\n"
        "                              时效指标      开展职业技能提升行 资金兑付及时性\n"
        "                                                                        按时完成\n"
        "                                            动\n"
        "                                        做好城乡居民基本养 项目完成时限\n"
        "                                                                  ≤     2024-12-31\n");
    assert_int_equal(count_indicators(l), 3);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "name", "培训合格率");
    assert_field(r, "value", "92.5");
    r = indicator(l, 1);
    assert_field(r, "name", "资金兑付及时性");
    assert_field(r, "value", "按时完成");
    assert_field(r, "task", "开展职业技能提升行动");
    assert_field(indicator(l, 2), "name", "项目完成时限");
    jx_record_list_free(l);
}

/* A page continued without its header, laid out a column narrower (no
 * row-header column): the cells that show what they are (labels, targets)
 * show where its columns went, and the names follow. */
static void test_continued_page_columns(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "\n"
        "年度绩效     一级指标      二级指标        名称                 指标内容      指标值\n"
        " 指标                                      养老机构床位数           ≥1,340 张\n"
        "                           发放困难残疾人生活补贴   特困人员救助供养人数        ≧4,060 人\n"
        "                                         临时救助人次           ≥3,830 人次\n"
        "                   数量指标                  城乡低保保障人数          26,100 人\n"
        "                          落实城乡最低生活保障政策   孤儿基本生活费发放人数       190 人以上\n"
        "\f                 经济效益指标                   拉动社会投资        ≥4 亿元\n"
        "                           发放困难残疾人生活补贴    城乡低保标准     875 元/人·月以上\n"
        "                 社会效益指标                   服务能力和水平       显著提升\n"
        "                                          群众生产生活条件   按照项目实施方案要求\n"
        "                           落实城乡最低生活保障政策\n"
        "         效益指标                                        持续改善，惠及更多群\n");
    assert_int_equal(count_indicators(l), 9);
    assert_field(indicator(l, 5), "name", "拉动社会投资");
    assert_field(indicator(l, 5), "value", "4");
    assert_field(indicator(l, 6), "name", "城乡低保标准");
    assert_field(indicator(l, 7), "name", "服务能力和水平");
    assert_field(indicator(l, 7), "value", "显著提升");
    jx_record_list_free(l);
}

/* A target wrapped mid-unit (`小于等于 550 元/` over `亩`): the line that
 * finishes it as a number with its unit is its rest, not the next row's. */
static void test_layout_wrapped_target(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "一级指标    二级指标           绩效指标    全年指标值              指标解释\n"
        "               特困人员救助供养人数                   反映项目实施后特困人员救助供养\n"
        "                               1,350 人以上\n"
        "                                            人数的变化情况\n"
        "        数量指标   养老机构床位数*       不少于 1,220 张 反映养老机构床位数*情况\n"
        "               ★城乡低保保障人数       ≥ 30,700 人   按实际完成比例计分\n"
        "               救助资金发放准确率                    完成目标得满分，每降低 1 个百分\n"
        "产出指标    质量指标                     100 %\n"
        "                                            点扣 0.5 分\n"
        "               工作任务完成及时性                    完成目标得满分，每降低 1 个百分\n"
        "        时效指标                    按时完成\n"
        "                                            点扣 0.5 分\n"
        "               亩均补助标准         小于等于 550 元/ 反映亩均补助标准情况\n"
        "                                 亩\n"
        "        成本指标   项目总成本          270 万元以内      反映项目总成本情况\n"
        "        经济效益指 拉动社会投资                        全部完成得满分，否则酌情扣分\n"
        "                                 7 亿元\n");
    const jx_record *r = indicator_named(l, "亩均补助标准");
    assert_non_null(r);
    assert_field(r, "op", "<=");
    assert_field(r, "value", "550");
    assert_field(r, "unit", "元/亩");
    jx_record_list_free(l);
}

/* pdftotext -layout wraps a qualitative target over lines of its own (a
 * half-year table, both targets wrapped): they are its rest, not rows. */
static void test_layout_wrapped_text_target(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "           2020 年部门整体支出绩效目标表\n"
        " 一级指标     二级指标       指标名称         半年(程)指标值         全年(程)指标值\n"
        "  决策      目标设定   绩效目标合理性              阶段性完成            合理\n"
        "                 绩效指标明确性                               明确\n"
        "          预算编制   预算编制规范性              稳步推进             规范\n"
        "  过程      预算执行   政府采购执行率              = １００ ％         =100%\n"
        "                 结转结余率                                 =０％\n"
        "                 “三公经费”变动\n"
        "                                       =0％             =0%\n"
        "                 率*\n"
        "                 预算执行率                 100％            100%\n"
        "          预算管理   绩效管理覆盖率               =100%          =100％\n"
        "                 ★资金使用合规性               合规             合规\n"
        "                 资产管理制度健全\n"
        "          资产管理                          健全             健全\n"
        "                 性\n"
        "                 固定资产利用率               =100%          =100%\n"
        "          人员管理   在职人员控制率                              =100%\n"
        "                 人员管理制度健全\n"
        "                                        健全             健全\n"
        "                 性\n"
        "         推进小型水库 巩固提升受益人口*\n"
        "  履职                                  =11.0 万人       =11.0 万人\n"
        "          除险加固\n"
        "         加强水土保持 ★治理河道长度\n"
        "                                 大于等于 27.9 公里       ≥ 27.9 公里\n"
        "          综合治理\n"
        "                 新增净化消毒设备              ≥21 套          ≥42 套\n"
        "  效益     社会效益指标 惠及人口                   4 万人           15 万人\n"
        "                 农村自来水普及率              ≥83％          ≥８３%\n"
        "                 群众生产生活条件        按照项目实施方案要 按照项目实施方案\n"
        "                                 求持续改善，惠及更 要求持续改善，惠\n"
        "                                    多群众      及更多群众\n"
        "         可持续影响   工程设计使用年限              ≥11 年         ≥３６年\n");
    const jx_record *r = NULL;
    int rows = 0;
    for (guint i = 0; i < count_indicators(l); i++)
        if (!g_strcmp0(jx_record_get_string(indicator(l, i), "name"), "群众生产生活条件")) {
            r = indicator(l, i);
            rows++;
        }
    assert_int_equal(rows, 1);
    assert_field(r, "value", "按照项目实施方案要求持续改善,惠及更多群众");
    jx_record_list_free(l);
}

/* A text browser centres a rowspan on its lines, however many each row
 * takes (w3m -dump, rows parted by blank lines): the labels of the last
 * output row below a taller row are still its group's, not the next one's. */
static void test_browser_centred_labels(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "     一级指标        二级指标             名称                  指标内容             符号            指标值         度量单位\n"
        "\n"
        "                                   开展食品安全抽检监  开展执法检查                    ≥              880              次\n"
        "                                           测\n"
        "\n"
        "                     数量指标                          检验特种设备                    =              4900             台\n"
        "                                   推进知识产权创造运\n"
        "                                           用          快检食品数量（暂定）            ≥              2500            批次\n"
        "\n"
        "                                                       专利授权量（暂定）              ≥              1940             件\n"
        "     产出指标\n"
        "                                   开展食品安全抽检监  项目实施符合国家和省相关技      =              100              %\n"
        "                                           测          术规范和标准\n"
        "                     质量指标\n"
        "                                   推进知识产权创造运  档案资料完整率                  ≥               98              %\n"
        "                                           用\n"
        "\n"
        "                                   加强特种设备安全监  工作任务完成及时性                           按时完成\n"
        "                     时效指标              察\n"
        "                                                       按计划进度完成                               按时完成\n"
        "                                  年度绩效\n"
        "                                    指标     成本指标      经济成本指标    推进知识产权创造运  项目总成本                      ≤              3010            万元\n"
        "                                           用\n"
        "\n"
        "                                   加强特种设备安全监  服务能力和水平                               有效提高\n"
        "                                           察\n"
        "                   社会效益指标\n"
        "                                   推进知识产权创造运  群众生产生活条件                       按照项目实施方案要求\n"
        "                                           用                                                 持续改善，惠及更多群\n"
        "     效益指标                                                                                          众\n"
        "\n"
        "                                   开展食品安全抽检监  节能减排效果                                   明显\n"
        "                                           测\n"
        "                   生态效益指标\n"
        "                                   推进知识产权创造运  对生态环境的改善                               明显\n"
        "                                           用\n"
        "\n"
        "                                   加强特种设备安全监  群众满意度                      ≥               90              %\n"
        "                                           察\n"
        "    满意度指标   服务对象满意度指\n"
        "                        标         推进知识产权创造运  社会公众满意度                  ≥               95              %\n"
        "                                           用\n"
        "                                                       服务对象满意度                                  90              %\n"
        "\n"
        "注：本表由项目单位填报，主管部门审核。\n");
    const jx_record *r = indicator_named(l, "按计划进度完成");
    assert_non_null(r);
    assert_field(r, "level1", "产出指标");
    assert_field(r, "level2", "时效指标");
    assert_field(r, "task", "加强特种设备安全监察");
    jx_record_list_free(l);
}

/* pdftotext -layout sets a vertically centred label on the line nearest its
 * group's middle, and a row whose name wraps takes three lines: the label of
 * a group of six one-line rows and three wrapped ones stands above its
 * seventh row, off its rows' middle but on its lines'.  Its wrapped rows stay
 * its own, not the next label's. */
static void test_layout_centred_label_by_lines(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "序号    一级指标      二级指标              指标内容     指标值\n"
        "1                       公益林管护面积           ≥47.3万亩\n"
        "2                       森林抚育面积             ≥4万亩\n"
        "3                       聘用生态护林员            ≥680人\n"
        "4                       松材线虫病疫木清理         ≥76200株\n"
        "5                       新增造林面积            ≥12700亩\n"
        "6                       森林抚育面积（二期）         ≥7万亩\n"
        "                数量指标\n"
        "                        公益林管护面积（城区）\n"
        "7                                         55.4万亩\n"
        "\n"
        "      产出指标              新增造林面积（中心城区\n"
        "8                                         ≥20200亩\n"
        "                        ）\n"
        "                        松材线虫病疫木清理（乡\n"
        "9                                         ≥35300株\n"
        "                        镇）\n"
        "                        补助对象识别精准率（以\n"
        "10                                         =100%\n"
        "                质量指标    批复为准）\n"
        "11                      资金使用合规率            ≥100%\n"
        "12                      资金兑付及时性           按时完成\n"
        "                时效指标\n"
        "13                      审批办结时限           ≤19个工作日\n"
        "14                      人均补助标准            =1870元/人\n"
        "              经济成本指标\n"
        "15                      项目预算控制率             100%\n"
        "      成本指标\n"
        "              生态环境成本指 对生态环境的影响\n"
        "16                                        无不良影响\n"
        "                 标\n"
        "17                      拉动社会投资             ≥6亿元\n");
    const jx_record *r = indicator_named(l, "新增造林面积(中心城区)");
    assert_non_null(r);
    assert_field(r, "level1", "产出指标");
    assert_field(r, "level2", "数量指标");
    assert_field(r, "value", "20200");
    jx_record_list_free(l);
}

/* A page laid out anew after its repeated header (a layout dump: the first
 * page has the 年度绩效指标 row-header column, the second does not) keeps
 * each cell in the column its header names, fragments included. */
static void test_repeated_header_columns(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("\t一级指标\t二级指标\t名称\t指标内容\t指标值\n"
                                   "年度绩效指标\t产出指标\t数量指标\t加强管理\t培训人数\t100人\n"
                                   "\t\t\t\t培训场次\t10场\n"
                                   "\f一级指标\t二级指标\t名称\t指标内容\t指标值\n"
                                   "\t\t开展培训\t合格率\t\n"
                                   "产出指标\t质量指标\t\t\t95%\n"
                                   "\t\t\t考试通过率\t90%\n");
    assert_int_equal(count_indicators(l), 4);
    const jx_record *r = indicator(l, 2);
    assert_field(r, "name", "合格率");
    assert_field(r, "task", "开展培训");
    assert_field(r, "level2", "质量指标");
    assert_field(r, "value", "95");
    r = indicator(l, 3);
    assert_field(r, "name", "考试通过率");
    assert_field(r, "task", "开展培训");
    assert_field(r, "level2", "质量指标");
    jx_record_list_free(l);
}

/* Empty cells dropped or padded by the converter: cells go where their
 * content says, and a label that is not a label lands in the name. */
/* Bytes that could not be decoded (U+FFFD after decoding) in a 序号 or label
 * cell say nothing: they never become a label that fills down. */
static void test_unreadable_cells(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("序号\t一级指标\t二级指标\t三级指标\t指标值\n"
                                   "1\t产出指标\t数量指标\t培训人次\t≥500人次\n"
                                   "\xff\x80\t\t质量指标\t合格率\t≥95%\n"
                                   "3\t\t\t完成率\t100%\n");
    assert_int_equal(count_indicators(l), 3);
    for (guint i = 0; i < 3; i++)
        assert_field(indicator(l, i), "level1", "产出指标");
    assert_field(indicator(l, 1), "name", "合格率");
    assert_int_equal(jx_record_get_int(indicator(l, 1), "seq", -1), -1);
    assert_field(indicator(l, 2), "level2", "质量指标");
    jx_record_list_free(l);
}

/* Rows under no header after a target table has ended are named in a
 * warning, never dropped without a word; a form's head above the first
 * header is not such rows. */
static void test_unread_rows_are_said(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("项目名称\t某项目\t主管部门\t某局\n\n"
                                   "序号\t一级指标\t二级指标\t三级指标\t指标值\n"
                                   "1\t产出指标\t数量指标\t培训人次\t≥500人次\n"
                                   "\n"
                                   "本表所列指标由项目单位负责解释，执行中如有调整另行报批并按规定程序备案。\n"
                                   "\n"
                                   "2\t效益指标\t社会效益指标\t就业人数\t≥100人\n"
                                   "3\t\t\t培训覆盖率\t≥90%\n");
    assert_int_equal(count_indicators(l), 1);
    char **warnings = jx_record_get_strv(jx_record_list_get(l, 0), "warnings");
    int said = 0;
    for (char **w = warnings; w && *w; w++) {
        said += strstr(*w, "lines 8-9: 2 row(s) after target table 1") != NULL;
        assert_null(strstr(*w, "lines 1-1")); /* the head above the header is no such row */
    }
    g_strfreev(warnings);
    assert_int_equal(said, 1);
    jx_record_list_free(l);
}

static void test_shifted_columns(void **state)
{
    (void)state;
    jx_record_list *l = parse_with_header(
        "1\t产出指标\t数量指标\t培训人次\t≥\t500\t人次\n"
        "2\t\t\t\t质量指标\t培训合格率\t=\t100\t%\n" /* padded: one cell to the right */
        "3\t\t考核通过率\t\t≥\t90\t%\t\n"          /* name in the level-2 column */
        "4\t\t时效指标\t完成时限\t≤\t2023年12月31日\t\n"
        "5\t资金拨付时限\t\t≤\t2023年10月31日\t\t\n" /* name in the level-1 column */
        "6\t成本指标\t人均培训成本\t≤\t800\t元\t\n"); /* new level-1, no level-2 */
    assert_int_equal(count_indicators(l), 6);
    const jx_record *r = indicator(l, 1);
    assert_field(r, "level2", "质量指标");
    assert_field(r, "name", "培训合格率");
    assert_field(r, "value", "100");
    assert_field(r, "unit", "%");
    assert_true(has_flag(r, "columns-shifted"));
    r = indicator(l, 2);
    assert_field(r, "level1", "产出指标");
    assert_field(r, "level2", "质量指标");
    assert_field(r, "name", "考核通过率");
    assert_field(r, "category", "output.quality");
    r = indicator(l, 4);
    assert_field(r, "name", "资金拨付时限");
    assert_field(r, "level2", "时效指标");
    assert_field(r, "value", "2023-10-31");
    assert_field(r, "kind", "date");
    assert_field_null(r, "unit");
    r = indicator(l, 5);
    assert_field(r, "level1", "成本指标");
    assert_field(r, "level2", "");
    assert_field(r, "name", "人均培训成本");
    assert_field(r, "category", "cost");
    jx_record_list_free(l);
}

static void test_fill_down_flags(void **state)
{
    (void)state;
    jx_record_list *l = parse_with_header("1\t产出指标\t数量指标\t甲\t=\t1\t项\n"
                                               "2\t\t\t乙\t=\t2\t项\n");
    assert_false(has_flag(indicator(l, 0), "filled-down"));
    assert_true(has_flag(indicator(l, 1), "filled-down"));
    assert_field(indicator(l, 1), "level1", "产出指标");
    jx_record_list_free(l);
}

/* Labels on the middle row of their span: spans of 1 and 5 rows — nearest
 * label would get row 2 wrong, the centring rule does not. */
static void test_centred_labels(void **state)
{
    (void)state;
    jx_record_list *    l = parse_text("一级指标\t二级指标\t三级指标\t指标值\n"
                   "\t数量指标\t培训人次\t≥500人次\n"
                   "\t\t发放手册\t1000册\n"
                   "产出指标\t\t开展讲座\t10场\n"
                   "\t质量指标\t培训合格率\t100%\n"
                   "\t\t讲座满意率\t≥90%\n"
                   "效益指标\t社会效益指标\t群众知晓率\t≥90%\n");
    assert_int_equal(count_indicators(l), 6);
    for (guint i = 0; i < 5; i++)
        assert_field(indicator(l, i), "level1", "产出指标");
    assert_field(indicator(l, 5), "level1", "效益指标");
    assert_field(indicator(l, 0), "level2", "数量指标");
    assert_true(has_flag(indicator(l, 0), "label-centered"));
    assert_field(indicator(l, 4), "level2", "质量指标");
    jx_record_list_free(l);
}

/* A label written in the middle of its span's part on the first page, the
 * span running on over the page break by more rows than it has before it:
 * the rows after the break are still its group's, not the next label's
 * (centred over the whole span, the label would stand past the break). */
static void test_centred_label_of_page_part(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\t二级指标\t三级指标\t指标值\n"
                                   "\t\t培训人次\t≥500人次\n"
                                   "\t\t发放手册\t1000册\n"
                                   "产出指标\t数量指标\t开展讲座\t10场\n"
                                   "\t\t印发简报\t12期\n"
                                   "\t\t建设站点\t5个\n"
                                   "\t\t培育示范户\t20户\n"
                                   "\f\t\t走访农户\t300户\n"
                                   "\t\t举办展览\t2场\n"
                                   "\t\t新建场馆\t1个\n"
                                   "\t\t修缮校舍\t3所\n"
                                   "\t\t配送图书\t800册\n"
                                   "\t\t开通线路\t4条\n"
                                   "\t\t安装路灯\t60盏\n"
                                   "\t\t验收合格率\t100%\n"
                                   "\t质量指标\t培训合格率\t100%\n"
                                   "\t\t讲座满意率\t≥90%\n");
    assert_int_equal(count_indicators(l), 16);
    for (guint i = 0; i < 13; i++)
        assert_field(indicator(l, i), "level2", "数量指标");
    for (guint i = 13; i < 16; i++)
        assert_field(indicator(l, i), "level2", "质量指标");
    jx_record_list_free(l);
}

/* An even span leaves the middle ambiguous; shared words decide. */
static void test_centred_labels_words(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\t二级指标\t三级指标\t指标值\n"
                                   "过程\t\t资金到位率\t100%\n"
                                   "\t资金管理\t资金使用合规性\t合规\n"
                                   "\t\t项目管理制度健全性\t健全\n"
                                   "\t项目管理\t项目管理制度执行有效性\t有效\n");
    assert_int_equal(count_indicators(l), 4);
    assert_field(indicator(l, 0), "level2", "资金管理");
    assert_field(indicator(l, 2), "level2", "项目管理");
    assert_field(indicator(l, 3), "level2", "项目管理");
    assert_field(indicator(l, 3), "category", "process");
    jx_record_list_free(l);
}

/* A centred label cut by a page break (the header repeated) stands in the
 * middle of its own page's rows: the rows after the break without a label
 * still belong to it, not to the next label centred below them (by rows
 * alone 数量指标 would span 甲-丙 and 质量指标 丁-合规率). */
static void test_centred_label_cut_by_page(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\t二级指标\t三级指标\t指标值\n"
                                   "产出指标\t\t甲数\t1个\n"
                                   "产出指标\t数量指标\t乙数\t2个\n"
                                   "产出指标\t\t丙数\t3个\n"
                                   "一级指标\t二级指标\t三级指标\t指标值\n"
                                   "产出指标\t\t丁数\t4个\n"
                                   "产出指标\t\t戊数\t5个\n"
                                   "产出指标\t\t项目验收合格率\t100%\n"
                                   "产出指标\t质量指标\t档案资料完整率\t100%\n"
                                   "产出指标\t\t资金使用合规率\t100%\n");
    assert_int_equal(count_indicators(l), 8);
    for (guint i = 0; i < 5; i++)
        assert_field(indicator(l, i), "level2", "数量指标");
    for (guint i = 5; i < 8; i++)
        assert_field(indicator(l, i), "level2", "质量指标");
    jx_record_list_free(l);
}

/* A cell cut by a page break: the fragment joins the row it belongs to. */
static void test_fragment_across_page(void **state)
{
    (void)state;
    jx_record_list *l = parse_with_header("1\t产出指标\t数量指标\t加强企业创新能\t=\t5\t项\n"
                                               "\n"
                                               "\t\t\t力建设数量\t\t\t\n"
                                               "2\t\t\t认定企业数\t≥\t10\t家\n");
    assert_int_equal(count_indicators(l), 2);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "name", "加强企业创新能力建设数量");
    assert_true(has_flag(r, "split-across-pages"));
    assert_field(indicator(l, 1), "name", "认定企业数");
    jx_record_list_free(l);
}

/* A line opening a page with a name and a work item starts the row below
 * it (a row of its own, its value on the next line), not the rest of the
 * page before's last row, whose work item wrapped on just above the break:
 * that row has its name, and two names would run together. */
static void test_row_opening_page_after_wrapped_task(void **state)
{
    (void)state;
    jx_record_list *l =
        parse_text("一级指标    二级指标    名称            指标内容            指标值\n"
                   "                        开展安全生产    档案资料完整率\n"
                   "产出指标    质量指标                                        100%\n"
                   "                        专项整治\n"
                   "\f                        做好应急物资    项目验收合格率\n"
                   "产出指标    质量指标                                        98%\n");
    assert_int_equal(count_indicators(l), 2);
    assert_field(indicator(l, 0), "name", "档案资料完整率");
    assert_field(indicator(l, 0), "task", "开展安全生产专项整治");
    assert_field(indicator(l, 1), "name", "项目验收合格率");
    assert_field(indicator(l, 1), "task", "做好应急物资");
    assert_field(indicator(l, 1), "value", "98");
    jx_record_list_free(l);
}

/* A line of a row that holds two header words in its cells (工作任务… as a
 * name, …目标值… in its 指标解释) is no header opening another table: the
 * rows below stay in the table, under its columns. */
static void test_row_with_header_words_inside_table(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\t二级指标\t指标名称\t指标值\t指标解释\n"
                                   "产出指标\t产出数量\t改造提升供水管网\t=16公里\t反映变化情况\n"
                                   "产出指\t\t工作任务完成及时性\t\t达到目标值得满分\n"
                                   "标\t产出时效\t\t按计划完成\t未达到按比例扣分\n"
                                   "效益指标\t社会效益\t保护沿河人口\t≥5.42万人\t反映变化情况\n");
    assert_int_equal(count_indicators(l), 3);
    assert_field(indicator(l, 1), "name", "工作任务完成及时性");
    assert_field(indicator(l, 1), "level2", "产出时效");
    assert_field(indicator(l, 1), "value", "按计划完成");
    assert_field(indicator(l, 2), "name", "保护沿河人口");
    assert_field(indicator(l, 2), "level1", "效益指标");
    assert_field(indicator(l, 2), "value", "5.42");
    assert_int_equal(jx_record_get_int(indicator(l, 2), "table", 0), 1);
    jx_record_list_free(l);
}

/* A numbered row centred over lines in a layout dump: its name and the
 * first piece of its wrapped target stand on the line above its 序号 (which
 * holds no name).  That line is the top of the row, not a row of its own. */
static void test_numbered_row_top_line(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "  序号  一级指标  二级指标      三级指标                半年指标值    全年指标值\n"
        "\n"
        "  1     产出      数量指标      培训乡村医生人次        ≥50人次       ≥100人次\n"
        "\n"
        "        效益      社会效益指标  群众生产生活条件                      按照项目实施方\n"
        "  2                                                     稳步推进      案要求持续改善\n"
        "                                                                      ，惠及更多群众\n"
        "\n"
        "  3     满意度    满意度指标    服务对象满意度          ≥85%          ≥90%\n");
    assert_int_equal(count_indicators(l), 3);
    const jx_record *r = indicator(l, 1);
    assert_int_equal(jx_record_get_int(r, "seq", 0), 2);
    assert_field(r, "name", "群众生产生活条件");
    assert_field(r, "level2", "社会效益指标");
    assert_field(r, "value", "按照项目实施方案要求持续改善,惠及更多群众");
    assert_field(jx_record_get_record(r, "half"), "value", "稳步推进");
    assert_field(indicator(l, 2), "name", "服务对象满意度");
    jx_record_list_free(l);
}

/* The same with the 序号 line holding only the middle piece of the wrapped
 * value, which aligned by order reads as a name: it stands in the column of
 * the value above, so it is the value's, and the row keeps its name. */
static void test_numbered_row_top_line_value_only(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "  序号  一级指标  二级指标      三级指标                指标值\n"
        "\n"
        "  1     产出      数量指标      培训乡村医生人次        ≥100人次\n"
        "\n"
        "        效益      社会效益指标  群众生产生活条件        按照项目实施方\n"
        "  2                                                     案要求持续改善\n"
        "                                                        ，惠及更多群众\n"
        "\n"
        "  3     满意度    满意度指标    服务对象满意度          ≥90%\n");
    assert_int_equal(count_indicators(l), 3);
    const jx_record *r = indicator(l, 1);
    assert_int_equal(jx_record_get_int(r, "seq", 0), 2);
    assert_field(r, "name", "群众生产生活条件");
    assert_field(r, "value", "按照项目实施方案要求持续改善,惠及更多群众");
    jx_record_list_free(l);
}

/* A line whose only cell stands under 指标解释 (`0.5分` closing a wrapped
 * explanation) is the rest of that cell, not a row with a shifted target. */
static void test_explanation_line_with_figure(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "  一级指标  二级指标      指标名称                指标值      度量单位    指标解释\n"
        "\n"
        "  产出指标  数量指标      新增净化消毒设备        =54         套          完成目标得满分，\n"
        "                                                                          每降低1个百分点扣\n"
        "                                                                          0.5分\n"
        "\n"
        "  产出指标  质量指标      工程验收合格率          =100        %           达到目标值得满分\n");
    assert_int_equal(count_indicators(l), 2);
    assert_field(indicator(l, 0), "name", "新增净化消毒设备");
    assert_field(indicator(l, 0), "value", "54");
    assert_field(indicator(l, 1), "name", "工程验收合格率");
    jx_record_list_free(l);
}

/* Vertically centred cells wrap above and below their data row: each run of
 * fragments between two such rows splits in half. */
static void test_fragments_centred(void **state)
{
    (void)state;
    jx_record_list *l = parse_with_header("\t\t\t培育科技型\t\t\t\n"
                                          "1\t产出指标\t数量指标\t中小企业\t≥\t100\t家\n"
                                          "\t\t\t入库数量\t\t\t\n"
                                          "\t\t\t认定高新技术\t\t\t\n"
                                          "2\t\t\t企业\t≥\t40\t家\n"
                                          "\t\t\t数量\t\t\t\n");
    assert_int_equal(count_indicators(l), 2);
    assert_field(indicator(l, 0), "name", "培育科技型中小企业入库数量");
    assert_field(indicator(l, 1), "name", "认定高新技术企业数量");
    assert_true(has_flag(indicator(l, 1), "joined-lines"));
    jx_record_list_free(l);
}

/* Layout dumps wrap narrow header cells over lines (`一级` over `指标`). */
static void test_wrapped_header(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("序号\t一级\t二级\t三级指标\t指标值\n"
                                   "\t指标\t指标\t\t\n"
                                   "1\t产出指标\t数量指标\t培训人次\t≥500人次\n");
    assert_int_equal(count_indicators(l), 1);
    assert_field(indicator(l, 0), "level1", "产出指标");
    assert_field(indicator(l, 0), "name", "培训人次");
    assert_field(indicator(l, 0), "value", "500");
    jx_record_list_free(l);
    /* the first line alone is no header at all: read the lines together */
    l = parse_text("序号\t一级\t二级\t三级\t指标值\n"
                   "\t指标\t指标\t指标\t\n"
                   "1\t产出指标\t数量指标\t培训人次\t≥500人次\n");
    assert_int_equal(count_indicators(l), 1);
    assert_field(indicator(l, 0), "level2", "数量指标");
    assert_field(indicator(l, 0), "name", "培训人次");
    jx_record_list_free(l);
}

static void test_repeated_header_and_debris(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\t二级指标\t三级指标\t指标值\n"
                                   "产出\t产出数量\t支持项目数\t65 项\n"
                                   "\t\t补助企业数\t≥ 300 家\n"
                                   "\n"
                                   "而来。\n"
                                   "\n"
                                   "一级指标\t二级指标\t三级指标\t指标值\n"
                                   "\t\t平台数量\t3 个\n"
                                   "\t产出质量\t程序合规性\t合规\n");
    assert_int_equal(count_indicators(l), 4);
    const jx_record *r = indicator(l, 0);
    assert_field_null(r, "op");
    assert_field(r, "value", "65");
    assert_field(r, "unit", "项");
    assert_int_equal(jx_record_get_int(r, "seq", -1), -1); /* null */
    assert_field(indicator(l, 1), "op", ">=");
    r = indicator(l, 2);
    assert_field(r, "level1", "产出");
    assert_field(r, "level2", "产出数量");
    assert_field(r, "category", "output.quantity");
    assert_int_equal(jx_record_get_int(r, "table", 0), 1);
    r = indicator(l, 3);
    assert_field(r, "value", "合规");
    assert_field(r, "kind", "text");
    assert_field(r, "category", "output.quality");
    jx_record_list_free(l);
}

/* A page of qualitative targets (no numbers) still continues its table; a
 * headerless grid that does not is reported, not silently skipped. */
static void test_qualitative_continuation(void **state)
{
    (void)state;
    jx_record_list *l = parse_with_header("1\t效益指标\t社会效益指标\t群众获得感\t≥\t90\t%\n"
                                          "\n"
                                          "2\t\t\t公共服务水平\t\t好\t\n"
                                          "3\t\t\t生态环境质量\t定性\t持续改善\t\n"
                                          "4\t\t\t管护机制\t\t健全\t\n");
    assert_int_equal(count_indicators(l), 4);
    assert_field(indicator(l, 2), "value", "持续改善");
    assert_field_null(indicator(l, 2), "op");
    assert_field(indicator(l, 2), "level2", "社会效益指标");
    jx_record_list_free(l);

    l = parse_with_header("1\t效益指标\t社会效益指标\t群众获得感\t≥\t90\t%\n"
                          "\n"
                          "甲\t乙\n"
                          "丙\t丁\n");
    assert_int_equal(count_indicators(l), 1);
    assert_true(document_says(l, "warnings", "do not continue it", NULL));
    jx_record_list_free(l);
}

/* pdftotext -layout wraps long cells onto indented lines of their own:
 * names, values and labels alike. */
static void test_layout_wrapped_cells(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        " 一级指标     二级指标       三级指标                       指标值\n"
        " 产出指标     数量指标       完成农村公路建设改造           ≥120公里\n"
        "                             里程\n"
        "                             新建桥梁数量                   ≥8座\n"
        "              时效指标       项目完工时间                   2024年11月\n"
        "                                                            30日前\n"
        " 满意度指标   服务对象满意   沿线群众满意度                 ≥90%\n"
        "              度指标\n"
        "\n"
        "    注：本表由项目单位填报，主管部门审核。\n");
    assert_int_equal(count_indicators(l), 4);
    assert_field(indicator(l, 0), "name", "完成农村公路建设改造里程");
    assert_field(indicator(l, 0), "value", "120");
    assert_field(indicator(l, 1), "name", "新建桥梁数量");
    assert_field(indicator(l, 2), "value", "2024-11-30");
    assert_field(indicator(l, 2), "op", "<=");
    assert_field(indicator(l, 3), "level2", "服务对象满意度指标");
    assert_field(indicator(l, 3), "category", "satisfaction.service");
    jx_record_list_free(l);
}

/* Grid tables (pandoc, DOCX dumps): rules bound rows; a cell's lines join. */
static void test_grid_table(void **state)
{
    (void)state;
    jx_record_list *l = parse_text(
        "+------+----------+----------+------------------+----------+\n"
        "| 序号 | 一级指标 | 二级指标 | 三级指标         | 指标值   |\n"
        "+======+==========+==========+==================+==========+\n"
        "| 1    | 产出指标 | 数量指标 | 培训基层干部人次 | ≥500人次 |\n"
        "+------+----------+----------+------------------+----------+\n"
        "| 2    |          |          | 开展送医下乡活动 | ≥12次    |\n"
        "|      |          |          | 场次             |          |\n"
        "+------+----------+----------+------------------+----------+\n");
    assert_int_equal(count_indicators(l), 2);
    assert_field(indicator(l, 1), "name", "开展送医下乡活动场次");
    assert_field(indicator(l, 1), "level1", "产出指标");
    assert_field(indicator(l, 1), "unit", "次");
    jx_record_list_free(l);
}

/* A running head repeated on every page (often the title) between two
 * parts of a table does not end it. */
static void test_running_head(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("2023年度某某县农村公路建设项目绩效目标表\n"
                                   "一级指标\t二级指标\t三级指标\t指标值\n"
                                   "产出指标\t数量指标\t新建道路里程\t≥12公里\n"
                                   "\f2023年度某某县农村公路建设项目绩效目标表\n"
                                   "\t\t新建桥梁数量\t≥3座\n"
                                   "\t质量指标\t验收合格率\t100%\n");
    assert_int_equal(count_indicators(l), 3);
    assert_field(indicator(l, 2), "level2", "质量指标");
    assert_int_equal(jx_record_get_int(indicator(l, 2), "page", 0), 2);
    jx_record_list_free(l);
}

/* A page foot with more short lines than page debris usually has (the
 * overflow of a cut cell, a page number, a row-header's text printed below
 * the rules) does not end a table whose header the next page repeats: its
 * labels carry over the break.  Without the repeated header, or with prose
 * after the foot, the table ends there as before. */
static void test_long_page_foot_continues(void **state)
{
    (void)state;
    static const char *const head = "一级指标\t二级指标\t三级指标\t指标值\n";
    static const char *const foot = "实施农村义务\n养改善计划\n-1-\n年度绩效\n";
    char *text = g_strconcat(head, "产出指标\t时效指标\t补助资金下达时限\t≤2023年9月30日\n", foot,
                             "\f", head, "\t\t项目完成时限\t≤2023年12月20日\n",
                             "效益指标\t社会效益指标\t惠及人口\t≥25万人\n", NULL);
    jx_record_list *l = parse_text(text);
    assert_int_equal(count_indicators(l), 3);
    const jx_record *carried = indicator(l, 1);
    assert_field(carried, "name", "项目完成时限");
    assert_field(carried, "level1", "产出指标");
    assert_field(carried, "level2", "时效指标");
    assert_int_equal(jx_record_get_int(carried, "table", 0), 1);
    assert_int_equal(jx_record_get_int(carried, "page", 0), 2);
    jx_record_list_free(l);
    g_free(text);

    /* nor does it when the next page goes on without the header, in rows
     * of the table's shape */
    text = g_strconcat(head, "产出指标\t时效指标\t补助资金下达时限\t≤2023年9月30日\n", foot,
                       "\f\t\t项目完成时限\t≤2023年12月20日\n",
                       "效益指标\t社会效益指标\t惠及人口\t≥25万人\n", NULL);
    l = parse_text(text);
    assert_int_equal(count_indicators(l), 3);
    assert_field(indicator(l, 1), "level2", "时效指标");
    assert_int_equal(jx_record_get_int(indicator(l, 2), "table", 0), 1);
    jx_record_list_free(l);
    g_free(text);

    /* a level-1 label's weight in parentheses on a line of its own (the
     * tail of a label the break cut) is debris, not a numbered heading */
    text = g_strconcat(head, "产出指标\t时效指标\t补助资金下达时限\t≤2023年9月30日\n",
                       "产出指标\n（40分）\n", "\f\t\t项目完成时限\t≤2023年12月20日\n", NULL);
    l = parse_text(text);
    assert_int_equal(count_indicators(l), 2);
    assert_int_equal(jx_record_get_int(indicator(l, 1), "table", 0), 1);
    jx_record_list_free(l);
    g_free(text);
    /* while a numbered heading (（二）…) ends the table: what follows is another's */
    text = g_strconcat(head, "产出指标\t时效指标\t补助资金下达时限\t≤2023年9月30日\n",
                       "（二）\n", "\f\t\t项目完成时限\t≤2023年12月20日\n", NULL);
    l = parse_text(text);
    assert_int_equal(count_indicators(l), 1);
    jx_record_list_free(l);
    g_free(text);

    /* the text of merged cells a page break cut, printed above the next
     * page's rules, is the table's own: however long, it ends nothing */
    text = g_strconcat(head, "产出指标\t质量指标\t发展保障性租赁住房政策知晓率\t≥83%\n",
                       "\f质量指标      发展保障性租赁住房\n", head,
                       "\t\t工程质量验收合格率\t=100%\n", NULL);
    l = parse_text(text);
    assert_int_equal(count_indicators(l), 2);
    assert_field(indicator(l, 1), "level2", "质量指标");
    assert_int_equal(jx_record_get_int(indicator(l, 1), "table", 0), 1);
    jx_record_list_free(l);
    g_free(text);

    /* prose after the foot ends the table: the next page's is another */
    text = g_strconcat(head, "产出指标\t时效指标\t补助资金下达时限\t≤2023年9月30日\n", foot,
                       "本表所列指标为项目实施后应达到的绩效目标，由主管部门审核后报财政部门备案。\n",
                       "\f", head, "效益指标\t社会效益指标\t惠及人口\t≥25万人\n", NULL);
    l = parse_text(text);
    assert_int_equal(count_indicators(l), 2);
    assert_int_equal(jx_record_get_int(indicator(l, 1), "table", 0), 2);
    jx_record_list_free(l);
    g_free(text);
}

/* Adds a ruled cell (as a PDF's rules give it: a box, exact spans). */
static void ruled_cell(jx_grid *g, int row, int col, int rowspan, int colspan, const char *text,
                       int page)
{
    jx_cell *c = jx_grid_add_cell(g, row, col, rowspan, colspan, text);
    c->page = page;
    jx_cell_set_box(c, 50.0 + 100 * col, 50.0 + 20 * row, 50.0 + 100 * (col + colspan),
                    50.0 + 20 * (row + rowspan));
}

/* A ruled grid for page `page` with the four-column header as its row 0. */
static jx_grid *ruled_part(int page)
{
    static const char *const head[] = {"一级指标", "二级指标", "三级指标", "指标值"};
    jx_grid *g = jx_grid_new();
    for (int c = 0; c < 4; c++)
        ruled_cell(g, 0, c, 1, 1, head[c], page);
    return g;
}

/* The records of a two-page PDF source made of `p1` and `p2` (taken). */
static jx_record_list *parse_ruled(jx_grid *p1, jx_grid *p2)
{
    jx_source *src = jx_source_new("t.pdf", "t.pdf", "pdf");
    jx_source_set_sha256(src, "0000000000000000000000000000000000000000000000000000000000000000");
    src->pages = 2;
    jx_source_add_grid(src, p1, 0, 1);
    jx_source_add_grid(src, p2, 0, 2);
    jx_record_list *l = jx_parse_source(src);
    jx_source_free(src);
    jx_test_dump_records(l);
    return l;
}

/* A borderless two-level header as the PDF reader gives it, a line a row
 * (WeasyPrint's print of a spreadsheet's page): the group line 绩效指标 over
 * 一级 | 二级指标 | 三级指标, with 序号, 年度指标值 and 备注 centred over the
 * two header lines and 序号 and 一级指标 wrapped — five lines.  The group
 * line over a filled column read as a title, the wrapped 序 as a line of its
 * own: the header was taken as its first three lines and no table found. */
static void test_borderless_five_line_header(void **state)
{
    (void)state;
    static const struct {
        int row, col;
        const char *text;
    } cells[] = {
        {0, 1, "绩效指标"}, {1, 0, "序"}, {2, 4, "年度指标值"}, {2, 5, "备注"},
        {3, 0, "号"}, {3, 1, "一级"}, {3, 2, "二级指标"}, {3, 3, "三级指标"},
        {4, 1, "指标"}, {5, 0, "1"}, {5, 3, "开展安全生产执法检查"}, {5, 4, "= 640 次"},
        {6, 0, "2"}, {6, 3, "组织应急演练"}, {6, 4, "≥ 36 次"}, {6, 5, "暂定"},
        {7, 0, "3"}, {7, 1, "产出"}, {7, 2, "数量指标"}, {7, 3, "排查整改安全隐患"},
        {7, 4, "=1,250处"}, {8, 1, "指标"}, {9, 0, "4"}, {9, 3, "储备应急救灾物资"},
        {9, 4, "≥ 3200 件"},
    };
    jx_grid *g = jx_grid_new();
    for (gsize i = 0; i < G_N_ELEMENTS(cells); i++)
        jx_grid_add_cell(g, cells[i].row, cells[i].col, 1, 1, cells[i].text)->page = 1;
    for (int r = 0; r <= 9; r++)
        jx_grid_set_row_origin(g, r, r + 1, 1);
    jx_source *src = jx_source_new("t.pdf", "t.pdf", "pdf");
    jx_source_set_sha256(src, "0000000000000000000000000000000000000000000000000000000000000000");
    src->pages = 1;
    jx_source_add_grid(src, g, 0, 1);
    jx_record_list *l = jx_parse_source(src);
    jx_source_free(src);
    jx_test_dump_records(l);
    assert_int_equal(count_indicators(l), 4);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "name", "开展安全生产执法检查");
    assert_field(r, "value", "640");
    assert_field(r, "unit", "次");
    assert_int_equal(jx_record_get_int(r, "seq", 0), 1);
    assert_field(indicator(l, 1), "name", "组织应急演练");
    assert_field(indicator(l, 3), "name", "储备应急救灾物资");
    assert_field(indicator(l, 3), "category", "output.quantity");
    jx_record_list_free(l);
}

/* A merged label cell the page break cut (产出指标 over the foot of page 1
 * and the head of page 2, its text printed in the first part) labels the
 * rows of both parts: the empty part on page 2 is the same cell, whatever
 * label the level-2 column holds beside it (成本指标 is also a level-1 word)
 * and though page 2's rules part the level-2 column in two. */
static void test_merged_cell_cut_by_page_break(void **state)
{
    (void)state;
    static const char *const head[] = {"一级指标", "二级指标", "三级指标", "指标值"};
    jx_grid *p1 = ruled_part(1);
    ruled_cell(p1, 1, 0, 2, 1, "产出指标", 1);
    ruled_cell(p1, 1, 1, 2, 1, "数量指标", 1);
    ruled_cell(p1, 1, 2, 1, 1, "培训人次", 1);
    ruled_cell(p1, 1, 3, 1, 1, "≥500人次", 1);
    ruled_cell(p1, 2, 2, 1, 1, "新建校舍", 1);
    ruled_cell(p1, 2, 3, 1, 1, "=4所", 1);
    jx_grid *p2 = jx_grid_new();
    ruled_cell(p2, 0, 0, 1, 1, head[0], 2);
    ruled_cell(p2, 0, 1, 1, 2, head[1], 2);
    ruled_cell(p2, 0, 3, 1, 1, head[2], 2);
    ruled_cell(p2, 0, 4, 1, 1, head[3], 2);
    ruled_cell(p2, 1, 0, 2, 1, "", 2);
    ruled_cell(p2, 1, 1, 2, 2, "成本指标", 2);
    ruled_cell(p2, 1, 3, 1, 1, "人均管理费用", 2);
    ruled_cell(p2, 1, 4, 1, 1, "≤1万元/人", 2);
    ruled_cell(p2, 2, 3, 1, 1, "人均培训成本", 2);
    ruled_cell(p2, 2, 4, 1, 1, "=1840元/人", 2);
    ruled_cell(p2, 3, 0, 2, 1, "", 2);
    ruled_cell(p2, 3, 1, 2, 1, "效益指标", 2);
    ruled_cell(p2, 3, 2, 2, 1, "社会效益指标", 2);
    ruled_cell(p2, 3, 3, 1, 1, "惠及人口", 2);
    ruled_cell(p2, 3, 4, 1, 1, "≥25万人", 2);
    ruled_cell(p2, 4, 3, 1, 1, "群众获得感", 2);
    ruled_cell(p2, 4, 4, 1, 1, "明显增强", 2);
    jx_record_list *l = parse_ruled(p1, p2);
    assert_int_equal(count_indicators(l), 6);
    for (guint i = 2; i < 4; i++) {
        assert_field(indicator(l, i), "level1", "产出指标");
        assert_field(indicator(l, i), "level2", "成本指标");
        assert_int_equal(jx_record_get_int(indicator(l, i), "page", 0), 2);
    }
    assert_field(indicator(l, 4), "level1", "效益指标");
    assert_field(indicator(l, 5), "level2", "社会效益指标");
    jx_record_list_free(l);

    /* the cut cell beside the tails of cells the break also cut (可持续影响指
     * | 标, 持续发挥 | 效益): the tails join their row, the merged cell's text
     * is not repeated */
    p1 = ruled_part(1);
    ruled_cell(p1, 1, 0, 2, 1, "效益指标", 1);
    ruled_cell(p1, 1, 1, 1, 1, "社会效益指标", 1);
    ruled_cell(p1, 1, 2, 1, 1, "惠及人口", 1);
    ruled_cell(p1, 1, 3, 1, 1, "≥25万人", 1);
    ruled_cell(p1, 2, 1, 1, 1, "可持续影响指", 1);
    ruled_cell(p1, 2, 2, 1, 1, "持续发挥", 1);
    ruled_cell(p1, 2, 3, 1, 1, "长期有效", 1);
    p2 = ruled_part(2);
    ruled_cell(p2, 1, 0, 1, 1, "", 2);
    ruled_cell(p2, 1, 1, 1, 1, "标", 2);
    ruled_cell(p2, 1, 2, 1, 1, "效益", 2);
    ruled_cell(p2, 2, 0, 1, 1, "满意度指标", 2);
    ruled_cell(p2, 2, 1, 1, 1, "服务对象满意度指标", 2);
    ruled_cell(p2, 2, 2, 1, 1, "群众满意度", 2);
    ruled_cell(p2, 2, 3, 1, 1, "≥90%", 2);
    l = parse_ruled(p1, p2);
    assert_int_equal(count_indicators(l), 3);
    assert_field(indicator(l, 1), "level1", "效益指标");
    assert_field(indicator(l, 1), "level2", "可持续影响指标");
    assert_field(indicator(l, 1), "name", "持续发挥效益");
    assert_field(indicator(l, 2), "level1", "满意度指标");
    jx_record_list_free(l);
}

/* The other way round: Calc prints a cut merged cell's text in the part on
 * the next page, and the part above is the page's last row alone, an empty
 * ruled cell in a column whose labels the table merges: that row is the
 * next page's group's (惠及人口 under 效益指标, not under 产出指标). */
static void test_merged_cell_cut_text_below(void **state)
{
    (void)state;
    jx_grid *p1 = ruled_part(1);
    ruled_cell(p1, 1, 0, 2, 1, "产出指标", 1);
    ruled_cell(p1, 1, 1, 2, 1, "数量指标", 1);
    ruled_cell(p1, 1, 2, 1, 1, "培训人次", 1);
    ruled_cell(p1, 1, 3, 1, 1, "≥500人次", 1);
    ruled_cell(p1, 2, 2, 1, 1, "新建校舍", 1);
    ruled_cell(p1, 2, 3, 1, 1, "=4所", 1);
    ruled_cell(p1, 3, 0, 1, 1, "", 1);
    ruled_cell(p1, 3, 1, 1, 1, "社会效益指标", 1);
    ruled_cell(p1, 3, 2, 1, 1, "惠及人口", 1);
    ruled_cell(p1, 3, 3, 1, 1, "≥25万人", 1);
    jx_grid *p2 = ruled_part(2);
    ruled_cell(p2, 1, 0, 2, 1, "效益指标", 2);
    ruled_cell(p2, 1, 1, 2, 1, "可持续影响指标", 2);
    ruled_cell(p2, 1, 2, 1, 1, "持续发挥效益", 2);
    ruled_cell(p2, 1, 3, 1, 1, "长期有效", 2);
    ruled_cell(p2, 2, 2, 1, 1, "管理制度健全性", 2);
    ruled_cell(p2, 2, 3, 1, 1, "健全", 2);
    jx_record_list *l = parse_ruled(p1, p2);
    assert_int_equal(count_indicators(l), 5);
    assert_field(indicator(l, 1), "level1", "产出指标");
    assert_field(indicator(l, 2), "name", "惠及人口");
    assert_field(indicator(l, 2), "level1", "效益指标");
    assert_field(indicator(l, 2), "level2", "社会效益指标");
    assert_field(indicator(l, 3), "level1", "效益指标");
    jx_record_list_free(l);
}

/* A merged label cut with its text split over the break (`效益指` above,
 * `标（30分）` below, merged over the next page's first two rows): the row
 * the tail joins and the rows the lower part covers all read the whole
 * label, none of them the tail alone. */
static void test_merged_cell_cut_text_split(void **state)
{
    (void)state;
    jx_grid *p1 = ruled_part(1);
    ruled_cell(p1, 1, 0, 1, 1, "产出指标(50分)", 1);
    ruled_cell(p1, 1, 1, 1, 1, "数量指标", 1);
    ruled_cell(p1, 1, 2, 1, 1, "培训人次", 1);
    ruled_cell(p1, 1, 3, 1, 1, "≥500人次", 1);
    ruled_cell(p1, 2, 0, 1, 1, "效益指", 1);
    ruled_cell(p1, 2, 1, 1, 1, "社会效", 1);
    ruled_cell(p1, 2, 2, 1, 1, "受灾群众基", 1);
    ruled_cell(p1, 2, 3, 1, 1, "得到保障", 1);
    jx_grid *p2 = jx_grid_new();
    ruled_cell(p2, 0, 0, 2, 1, "标（30\n分）", 2);
    ruled_cell(p2, 0, 1, 1, 1, "益指标", 2);
    ruled_cell(p2, 0, 2, 1, 1, "本生活", 2);
    ruled_cell(p2, 0, 3, 1, 1, "", 2);
    ruled_cell(p2, 1, 1, 1, 1, "可持续影响指标", 2);
    ruled_cell(p2, 1, 2, 1, 1, "长效管理机制", 2);
    ruled_cell(p2, 1, 3, 1, 1, "健全", 2);
    jx_record_list *l = parse_ruled(p1, p2);
    assert_int_equal(count_indicators(l), 3);
    assert_field(indicator(l, 1), "name", "受灾群众基本生活");
    assert_field(indicator(l, 1), "level1", "效益指标");
    assert_field(indicator(l, 2), "name", "长效管理机制");
    assert_field(indicator(l, 2), "level1", "效益指标");
    jx_record_list_free(l);
}

/* Many text-only lines under one row are not one wrapped cell: past a bound
 * they stay rows of their own (flagged), and no line's text is lost. */
static void test_many_fragments(void **state)
{
    (void)state;
    GString *t = g_string_new(seed_like_header);
    g_string_append(t, "1\t产出指标\t数量指标\t培训人次\t≥\t5\t人次\n");
    for (int i = 0; i < 200; i++)
        g_string_append_printf(t, "\t\t\t说明第%d行\t\t\t\n", i);
    jx_record_list *l = parse_text(t->str);
    g_string_free(t, TRUE);
    guint n = count_indicators(l), seen = 0;
    assert_true(n > 1 && n < 200);
    for (guint i = 0; i < n; i++) {
        const char *name = jx_record_get_string(indicator(l, i), "name");
        for (const char *p = strstr(name, "说明第"); p; p = strstr(p + 1, "说明第"))
            seen++;
        if (i > 0)
            assert_true(has_flag(indicator(l, i), "no-target"));
    }
    assert_int_equal(seen, 200);
    jx_record_list_free(l);
}

/* Score, budget and indicator-system tables give no indicator records, and
 * the document no longer says they were skipped: they give score and budget
 * records (tests/test_score.c reads them field by field). */
static void test_other_tables_ignored(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("指标名称\t分值\t得分\t得分率\n"
                                   "A1.项目立项\t4\t4\t100%\n"
                                   "A11.立项依据充分性\t2\t2\t100%\n"
                                   "\n"
                                   "序号\t项目分类\t预算金额\t使用金额\t预算执行率\n"
                                   "1\t科技重大专项\t5,461.40\t4,071.20\t74.54%\n"
                                   "\n"
                                   "一级指标\t二级指标\t三级指标\t指标解释\t指标说明\t得分\n"
                                   "决策 (20)\t项目立项 (4)\t立项依据充分性 (2)\t是否符合\t评价要点\t2\n");
    assert_int_equal(count_indicators(l), 0);
    const jx_record *doc = jx_record_list_get(l, 0);
    char **w = jx_record_get_strv(doc, "warnings");
    assert_non_null(w);
    for (char **p = w; *p; p++)
        assert_null(strstr(*p, "not extracted"));
    g_strfreev(w);
    guint scores = 0, budgets = 0;
    for (guint k = 0; k < jx_record_list_length(l); k++) {
        const char *type = jx_record_type(jx_record_list_get(l, k));
        scores += g_strcmp0(type, "score") == 0;
        budgets += g_strcmp0(type, "budget") == 0;
    }
    assert_int_equal(scores, 2 + 3);
    assert_int_equal(budgets, 1);
    jx_record_list_free(l);
}

/* A weight column does not make a target table a score table; an actual
 * column beside the scores makes it a self-evaluation, read as indicators. */
static void test_weighted_target_table(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\t二级指标\t三级指标\t分值\t指标值\n"
                                   "产出指标\t数量指标\t培训人次\t10\t≥500人次\n"
                                   "\t\t培训天数\t5\t≥5天\n");
    assert_int_equal(count_indicators(l), 2);
    assert_field(indicator(l, 0), "value", "500");
    assert_field(indicator(l, 1), "value", "5");
    assert_field(indicator(l, 1), "unit", "天");
    jx_record_list_free(l);
    l = parse_text("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                   "产出指标\t数量指标\t培训人次\t≥500人次\t520人次\t10\t10\n");
    assert_int_equal(count_indicators(l), 1);
    assert_field(indicator(l, 0), "value", "500");
    assert_field(indicator(l, 0), "weight", "10");
    jx_record_list_free(l);
}

/* ------------------------------------------------------------- cell streams */

/* One cell per line, merged label cells absent, notes and a signature after
 * the table: rows rebuilt, labels filled down, notes not glued to a name. */
static void test_stream_cell_per_line(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("2023年度项目支出绩效目标表\n项目名称：农村公路养护\n"
                                   "序号\n一级指标\n二级指标\n三级指标\n指标值\n"
                                   "1\n产出指标\n数量指标\n养护公路里程\n≥120公里\n"
                                   "2\n新建候车亭\n=12个\n"
                                   "3\n质量指标\n验收合格率\n100%\n"
                                   "4\n满意度指标\n服务对象满意度指标\n群众满意度\n≥90%\n"
                                   "注：指标值以批复为准。\n填报人：张三 联系电话：0791-88881234\n");
    assert_int_equal(count_indicators(l), 4);
    const jx_record *r = indicator(l, 1);
    assert_field(r, "name", "新建候车亭");
    assert_field(r, "level1", "产出指标");
    assert_field(r, "level2", "数量指标");
    assert_field(r, "op", "=");
    assert_field(r, "value", "12");
    assert_field(r, "unit", "个");
    r = indicator(l, 2);
    assert_field(r, "level2", "质量指标");
    assert_field(r, "value", "100");
    r = indicator(l, 3);
    assert_field(r, "name", "群众满意度");
    assert_field(r, "category", "satisfaction.service");
    assert_false(has_flag(r, "stream-ambiguous"));
    char **notes = jx_record_get_strv(jx_record_list_get(l, 0), "notes");
    assert_non_null(notes);
    assert_int_equal(g_strv_length(notes), 3);
    g_strfreev(notes);
    jx_record_list_free(l);
}

/* A header flattened from two rows (绩效指标 over 一级|二级|三级, 指标值 over
 * 符号|值|单位) goes back in column order; cells between single spaces. */
static void test_stream_flattened_header(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("序号 绩效指标 指标值 指标解释\n"
                                   "一级指标 二级指标 三级指标 符号 年度指标值 单位\n"
                                   "1 产出指标 数量指标 培训人次 ≥ 800 人次 按实际完成计分\n"
                                   "2 时效指标 完成时限 ≤ 2023年12月31日 按时完成得满分\n");
    assert_int_equal(count_indicators(l), 2);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "name", "培训人次");
    assert_field(r, "op", ">=");
    assert_field(r, "value", "800");
    assert_field(r, "unit", "人次");
    r = indicator(l, 1);
    assert_field(r, "level1", "产出指标");
    assert_field(r, "level2", "时效指标");
    assert_field(r, "op", "<=");
    assert_field(r, "value", "2023-12-31");
    jx_record_list_free(l);
}

/* Cells run together: labels, figures, units, operator words and
 * qualitative targets part them; such rows say their cut is a guess. */
static void test_stream_run_together(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标二级指标三级指标指标值\n"
                                   "产出指标数量指标培训基层农技人员≥800人次\n"
                                   "效益指标社会效益指标群众获得感有效提升\n"
                                   "满意度指标服务对象满意度指标受益群众满意度不低于90%\n");
    assert_int_equal(count_indicators(l), 3);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "level1", "产出指标");
    assert_field(r, "level2", "数量指标");
    assert_field(r, "name", "培训基层农技人员");
    assert_field(r, "value", "800");
    assert_field(r, "unit", "人次");
    assert_true(has_flag(r, "stream-ambiguous"));
    r = indicator(l, 1);
    assert_field(r, "name", "群众获得感");
    assert_field(r, "value", "有效提升");
    r = indicator(l, 2);
    assert_field(r, "name", "受益群众满意度");
    assert_field(r, "op", ">=");
    assert_field(r, "value", "90");
    jx_record_list_free(l);
}

/* 指标值 | 计量单位 | 运算符号 side by side are three columns: the target's
 * word heads its own column, not a group over the unit and the operator. */
static void test_stream_value_unit_op_columns(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\n二级指标\n三级指标\n年度指标值\n计量单位\n运算符号\n"
                                   "开展执法检查\n170\n次\n=\n"
                                   "产出指标\n数量指标\n淘汰燃煤小锅炉\n90\n台\n"
                                   "建设空气质量自动监测站\n7\n个\n≥\n");
    assert_int_equal(count_indicators(l), 3);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "name", "开展执法检查");
    assert_field(r, "op", "=");
    assert_field(r, "value", "170");
    assert_field(r, "unit", "次");
    r = indicator(l, 2);
    assert_field(r, "name", "建设空气质量自动监测站");
    assert_field(r, "level2", "数量指标");
    assert_field(r, "op", ">=");
    assert_field(r, "value", "7");
    assert_field(r, "unit", "个");
    jx_record_list_free(l);
}

/* A work item, a name and a qualitative target, one per line: the target
 * (按时完成, 有效提高) is told from the text around it by what it says, so
 * the next row's work item does not become this row's target. */
static void test_stream_qualitative_targets(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\n二级指标\n名称\n指标内容\n指标值\n"
                                   "产出指标\n时效指标\n建设高标准农田\n按计划进度完成\n按时完成\n"
                                   "落实耕地地力保护补贴政策\n资金兑付及时性\n按时完成\n"
                                   "效益指标\n社会效益指标\n建设高标准农田\n服务能力和水平\n有效提高\n"
                                   "落实耕地地力保护补贴政策\n农民种粮积极性\n明显提高\n"
                                   "群众获得感\n得到有效保障\n");
    assert_int_equal(count_indicators(l), 5);
    const jx_record *r = indicator(l, 1);
    assert_field(r, "task", "落实耕地地力保护补贴政策");
    assert_field(r, "name", "资金兑付及时性");
    assert_field(r, "value", "按时完成");
    r = indicator(l, 3);
    assert_field(r, "level2", "社会效益指标");
    assert_field(r, "task", "落实耕地地力保护补贴政策");
    assert_field(r, "name", "农民种粮积极性");
    assert_field(r, "value", "明显提高");
    r = indicator(l, 4);
    assert_field(r, "name", "群众获得感");
    assert_field(r, "value", "得到有效保障");
    jx_record_list_free(l);
}

/* A label both levels know (满意度) right after a level-1 label is the
 * level-2, not the head of the name after it. */
static void test_stream_label_of_both_levels(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\n二级指标\n三级指标\n指标值\n"
                                   "产出指标\n数量指标\n新建健身路径\n≥12个\n"
                                   "满意度\n满意度\n健身群众满意度\n≥90%\n"
                                   "服务对象满意度\n≥95%\n");
    assert_int_equal(count_indicators(l), 3);
    const jx_record *r = indicator(l, 1);
    assert_field(r, "level1", "满意度");
    assert_field(r, "level2", "满意度");
    assert_field(r, "name", "健身群众满意度");
    r = indicator(l, 2);
    assert_field(r, "level2", "满意度");
    assert_field(r, "name", "服务对象满意度");
    jx_record_list_free(l);
}

/* Label cells run together that the taxonomy also reads as one label
 * (产出 + 数量指标 = 产出数量指标): the level-1 and the level-2 are two cells
 * when the level-2 is written in the 指标 style, or when other rows write
 * their level-2 bare (质量指标 where 产出质量 would carry the word). */
static void test_stream_fused_labels(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标二级指标三级指标指标值\n"
                                   "产出数量指标培训基层农技人员≥800人次\n"
                                   "新建候车亭=12个\n"
                                   "质量指标验收合格率100%\n"
                                   "效益社会效益群众获得感有效提升\n");
    assert_int_equal(count_indicators(l), 4);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "level1", "产出");
    assert_field(r, "level2", "数量指标");
    assert_field(r, "name", "培训基层农技人员");
    r = indicator(l, 1);
    assert_field(r, "level1", "产出");
    assert_field(r, "level2", "数量指标");
    r = indicator(l, 2);
    assert_field(r, "level1", "产出");
    assert_field(r, "level2", "质量指标");
    jx_record_list_free(l);
    /* the level-1 word carried by every level-2 (产出数量, 产出质量): one cell */
    l = parse_text("一级指标二级指标三级指标指标值\n"
                   "产出指标产出数量培训基层农技人员≥800人次\n"
                   "产出质量验收合格率100%\n");
    assert_int_equal(count_indicators(l), 2);
    assert_field(indicator(l, 0), "level2", "产出数量");
    assert_field(indicator(l, 1), "level1", "产出指标");
    assert_field(indicator(l, 1), "level2", "产出质量");
    jx_record_list_free(l);
}

/* Work items run into names: an item shared by rows is cut off even where
 * a label cut the name short (观众满意度), and a beginning that leaves a
 * bracket open (修缮文物保护单位（) is a name's, not an item. */
static void test_stream_run_together_items(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标二级指标名称指标内容指标值\n"
                                   "产出指标数量指标实施文物保护修缮工程修缮文物保护单位（一期）≥1处\n"
                                   "修缮文物保护单位（农村地区）≥7处\n"
                                   "满意度指标服务对象满意度指标实施文物保护修缮工程观众满意度≥93%\n"
                                   "开展送戏下乡活动读者满意度≥92%\n"
                                   "开展送戏下乡活动送戏下乡场次≥120场\n");
    assert_int_equal(count_indicators(l), 5);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "task", "实施文物保护修缮工程");
    assert_field(r, "name", "修缮文物保护单位(一期)");
    r = indicator(l, 1);
    assert_field(r, "task", "实施文物保护修缮工程");
    assert_field(r, "name", "修缮文物保护单位(农村地区)");
    r = indicator(l, 2);
    assert_field(r, "task", "实施文物保护修缮工程");
    assert_field(r, "name", "观众满意度");
    r = indicator(l, 3);
    assert_field(r, "task", "开展送戏下乡活动");
    assert_field(r, "name", "读者满意度");
    jx_record_list_free(l);
}

/* Work items run into names where only one row or the text before the
 * table shows them: an item the 部门职能职责概述 lists between semicolons is
 * cut off where a row's item stands (after 履职, a free level-1, as its
 * level-2), and an item shared by rows ends before a name's ★ and before
 * the words a label cut out of the name (公共服务|满意度|提升). */
static void test_stream_run_together_stated_items(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("部门职能职责概述主要负责全县林业工作；实施国土绿化提升行动；做好公益林管护和补偿。\n"
                                   "序号一级指标二级指标三级指标指标值\n"
                                   "1履职实施国土绿化提升行动森林抚育面积7万亩\n"
                                   "2履职做好公益林管护和补偿公益林管护面积≥88.6万亩\n"
                                   "3效益社会效益指标林区群众生产生活条件明显改善\n");
    assert_int_equal(count_indicators(l), 3);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "level2", "实施国土绿化提升行动");
    assert_field(r, "name", "森林抚育面积");
    r = indicator(l, 1);
    assert_field(r, "level2", "做好公益林管护和补偿");
    assert_field(r, "name", "公益林管护面积");
    jx_record_list_free(l);
    l = parse_text("一级指标二级指标名称指标内容指标值\n"
                   "产出指标数量指标实施学生营养改善计划新建标准化考点数8个\n"
                   "加强教师队伍建设购置学生课桌椅6,400套\n"
                   "时效指标实施学生营养改善计划★补助资金下达时限≤2019年9月30日\n"
                   "效益指标社会效益指标实施学生营养改善计划公共服务满意度提升≥3个百分点\n");
    assert_int_equal(count_indicators(l), 4);
    r = indicator(l, 2);
    assert_field(r, "task", "实施学生营养改善计划");
    assert_field(r, "name", "★补助资金下达时限");
    r = indicator(l, 3);
    assert_field(r, "task", "实施学生营养改善计划");
    assert_field(r, "name", "公共服务满意度提升");
    assert_field(r, "value", "3");
    jx_record_list_free(l);
}

/* Qualitative targets that end text run together: one stated as a clause
 * (按照…, its second clause after a comma), one of degree and change that
 * no list holds (进一步增强), and 长期有效 whole. */
static void test_stream_run_together_clause_targets(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标二级指标三级指标指标值\n"
                                   "效益指标社会效益指标群众生产生活条件按照项目实施方案要求持续改善，惠及更多群众\n"
                                   "兜底保障能力进一步增强\n"
                                   "可持续影响指标持续发挥效益长期有效\n");
    assert_int_equal(count_indicators(l), 3);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "name", "群众生产生活条件");
    assert_field(r, "value", "按照项目实施方案要求持续改善,惠及更多群众");
    r = indicator(l, 1);
    assert_field(r, "name", "兜底保障能力");
    assert_field(r, "value", "进一步增强");
    r = indicator(l, 2);
    assert_field(r, "name", "持续发挥效益");
    assert_field(r, "value", "长期有效");
    jx_record_list_free(l);
}

/* One cell per line: a target stated as a clause (按照…) on a line of its
 * own fits the target column, as a short qualitative target does. */
static void test_stream_clause_target_per_line(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\n二级指标\n三级指标\n指标值\n"
                                   "效益指标\n社会效益指标\n群众生产生活条件\n"
                                   "按照项目实施方案要求持续改善，惠及更多群众\n"
                                   "服务能力和水平\n有效提高\n惠及人口\n≥25万人\n");
    assert_int_equal(count_indicators(l), 3);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "name", "群众生产生活条件");
    assert_field(r, "value", "按照项目实施方案要求持续改善,惠及更多群众");
    assert_field(indicator(l, 1), "name", "服务能力和水平");
    jx_record_list_free(l);
}

/* Cells between single spaces, a half-year target column: where a work
 * item heads a free level-1's row (履职) and the half-year target is
 * absent, the indicator's name is no half-year target — its ending or
 * opening verb names a count (森林抚育面积, 公益林管护面积). */
static void test_stream_name_is_no_half_target(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("序号 一级指标 二级指标 三级指标 半年（程）指标值 全年（程）指标值\n"
                                   "1 决策 目标设定 绩效目标合理性 合理 合理\n"
                                   "2 履职 实施国土绿化提升行动 森林抚育面积 7万亩\n"
                                   "3 履职 实施国土绿化提升行动 聘用生态护林员 ≥36人 ≥90人\n"
                                   "4 履职 做好公益林管护和补偿 公益林管护面积 ≥88.6万亩\n");
    assert_int_equal(count_indicators(l), 4);
    const jx_record *r = indicator(l, 1);
    assert_field(r, "level2", "实施国土绿化提升行动");
    assert_field(r, "name", "森林抚育面积");
    assert_field(r, "value", "7");
    r = indicator(l, 3);
    assert_field(r, "level2", "做好公益林管护和补偿");
    assert_field(r, "name", "公益林管护面积");
    jx_record_list_free(l);
}

/* One expected indicator: its labels, name, target and category (NULL: the
 * field is null). */
typedef struct {
    const char *level1, *level2, *name, *op, *value, *unit, *category;
} want_row;

static void assert_opt_field(const jx_record *r, const char *key, const char *want)
{
    if (want)
        assert_field(r, key, want);
    else
        assert_field_null(r, key);
}

/* The indicator named w->name is there, and its fields are w's. */
static void assert_row(const jx_record_list *l, const want_row *w)
{
    const jx_record *r = indicator_named(l, w->name);
    if (!r)
        fail_msg("no indicator named %s", w->name);
    assert_opt_field(r, "level1", w->level1);
    assert_opt_field(r, "level2", w->level2);
    assert_opt_field(r, "op", w->op);
    assert_opt_field(r, "value", w->value);
    assert_opt_field(r, "unit", w->unit);
    assert_opt_field(r, "category", w->category);
}

/* Parses the repository's file `rel` and checks the rows `rows` (see
 * assert_row); returns the records for further checks. */
static jx_record_list *parse_file_rows(const char *rel, const want_row *rows, gsize n)
{
    jx_record_list *l = jx_test_parse_repo_file(rel);
    for (gsize i = 0; i < n; i++)
        assert_row(l, &rows[i]);
    return l;
}

/* streams.py's run-together form (tests/streams/README.md) of a table whose
 * first header is repeated after five rows: its first row
 * `1产出数量举办…` is the level-1 产出 run into the level-2 数量 (the first
 * row opens the first group), though these rows show no other label. */
static void test_stream_run_together_fused_label_opens_table(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出", "数量", "举办全民健身赛事活动", NULL, "98", "场次", "output.quantity"},
        {"产出", "数量", "培训社会体育指导员(县直单位)", ">=", "580", "人", "output.quantity"},
        {"产出", "质量", "项目验收合格率", NULL, "100", "%", "output.quality"},
        {"成本指标", "经济成本指标", "人均补助标准", "<=", "2740", "元/人", "cost.economic"},
        {"效益", "社会效益", "政策宣传覆盖率", NULL, "100", "%", "outcome.social"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/runon-fused-first-row.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* A department's 决策 / 过程 groups run together: a label of the group still
 * open at the head of the next row (`预算编制科学性`) and a free label before
 * a property that names nothing alone (`绩效目标合理性`, `绩效管理覆盖率*（暂
 * 定）`) begin names. */
static void test_stream_run_together_free_label_heads_name(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"决策", "目标设定", "绩效目标合理性", NULL, "合理", NULL, "decision"},
        {"决策", "预算编制", "预算编制科学性", NULL, "科学", NULL, "decision"},
        {"过程", "预算管理", "绩效管理覆盖率*(暂定)", "=", "100", "%", "process"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/runon-free-labels.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* A phrase of degree and change ends a name only where it is made of such
 * words: `农民种粮积极性明显提高` keeps 积极性 (积极 is a degree word) in the
 * name. */
static void test_stream_run_together_degree_change_words(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"效益指标", "社会效益指标", "农民种粮积极性", NULL, "明显提高", NULL, "outcome.social"},
        {"效益指标", "生态效益指标", "节能减排效果", NULL, "明显", NULL, "outcome.ecological"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/runon-degree-change.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* A name of two clauses run into a target stated as a bound
 * (`严格执行补助标准，不超预算安排控制在预算范围内`): the target opens at
 * 控制在; the work item before the name stays the row's 名称. */
static void test_stream_run_together_bound_target(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "成本指标", "严格执行补助标准,不超预算安排", NULL, "控制在预算范围内", NULL,
         "output.cost"},
        {"产出指标", "成本指标", "项目预算控制率(含续建)", "<=", "100", "%", "output.cost"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/runon-clause-names.txt", rows, G_N_ELEMENTS(rows));
    assert_field(indicator_named(l, "严格执行补助标准,不超预算安排"), "task",
                 "培育新型农业经营主体和高素质农民");
    jx_record_list_free(l);
}

/* A bureau's row-header cell 产出及效益指标 run into the header line
 * (`产出及效益指标一级指标二级指标三级指标…`): not a header word, it hid the
 * header, and no row of the table was read. */
static void test_stream_run_together_rowhead_before_header(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "治理河道长度", ">=", "7.6", "公里", "output.quantity"},
        {"产出指标", "数量指标", "改造提升供水管网", "=", "75", "公里", "output.quantity"},
        {"产出指标", "质量指标", "供水保证率", ">=", "90", "%", "output.quality"},
        {"效益指标", "经济效益指标", "拉动社会投资", "=", "2", "亿元", "outcome.economic"},
    };
    jx_record_list *l = parse_file_rows("tests/streams/runon-rowhead-before-header.txt", rows,
                                        G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* The 指标性质 and 备注 columns run on after a qualitative target
 * (`社会影响力进一步扩大定性以批复为准`): the target cut out whole fits the
 * target column; 以批复为准 is the 备注. */
static void test_stream_run_together_target_before_note(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"效益指标", "社会效益指标", "社会影响力", NULL, "进一步扩大", NULL, "outcome.social"},
        {"效益指标", "社会效益指标", "政策宣传覆盖率", "=", "98", "%", "outcome.social"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/runon-mark-after-target.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* A name that opens with the row-header word (`绩效指标明确性明确`) keeps
 * it: a property that names nothing alone follows, no label. */
static void test_stream_run_together_rowhead_word_as_subject(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"决策", "目标设定", "绩效指标明确性", NULL, "明确", NULL, "decision"},
        {"决策", "目标设定", "绩效目标合理性", NULL, "合理", NULL, "decision"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/runon-rowhead-subject.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* A half-year date and the year's run together (`…时限2021-06-302021-12-
 * 25`): a day has two digits, the year after it opens the next date. */
static void test_stream_run_together_two_dates(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "时效指标", "年度任务完成时限", NULL, "2021-12-25", NULL, "output.timeliness"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/runon-two-dates.txt", rows, G_N_ELEMENTS(rows));
    const jx_record *half = jx_record_get_record(indicator_named(l, "年度任务完成时限"), "half");
    assert_non_null(half);
    assert_field(half, "value", "2021-06-30");
    jx_record_list_free(l);
}

/* streams.py's one-cell-a-line form of forms.py's variant family
 * (tests/streams/README.md): one label column headed 指标类别 whose cells
 * join both labels (`产出-数量指标`, set on the middle row of its group), a
 * unit in the value header (`指标目标值(%)`, bare figures) and a second
 * project's table after its `项目名称` / name lines. */
static void test_stream_cells_joined_labels(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出", "数量指标", "公益电影放映场次", ">=", "920", "场", "output.quantity"},
        {"产出", "数量指标", "免费开放场馆数量", ">=", "9", "个", "output.quantity"},
        {"产出", "质量指标", "资金使用合规率", ">=", "100", "%", "output.quality"},
        {"成本指标", "经济成本指标", "成本节约率", NULL, "5", "%", "cost.economic"},
        {"效益", "可持续影响指标", "★项目持续发挥作用年限", "=", "3", "年",
         "outcome.sustainability"},
        {"满意度", "服务对象满意度指标", "群众满意度", ">=", "93", "%", "satisfaction.service"},
        {"产出", "数量指标", "修缮文物保护单位", NULL, "4", "处", "output.quantity"},
        {"满意度", "服务对象满意度指标", "社会公众满意度", ">", "88", "%", "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/cells-joined-labels.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 31);
    assert_field_null(indicator_named(l, "群众满意度"), "project");
    assert_field(indicator_named(l, "修缮文物保护单位"), "project", "文物保护专项资金");
    jx_record_list_free(l);
}

/* streams.py's run-together form of a variant table (tests/streams/README.md)
 * whose level-2 labels are numbered (`（一）服务对象满意度指标群众满意度>94`):
 * the ordinal is no part of the label's length, and the label ends after
 * its 指标, not before (a name `指标群众满意度`). */
static void test_stream_run_together_numbered_level2(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"三、满意度", "(一)服务对象满意度指标", "群众满意度", ">", "94", "%",
         "satisfaction.service"},
        {"二、效益", "(四)可持续影响指标", "★项目持续发挥作用年限", ">=", "6", "年",
         "outcome.sustainability"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/runon-ordinal-level2.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* streams.py's tab form of a dept table (tests/streams/README.md) whose
 * merged labels are centred: the level-1 column shows it (产出指标 below
 * three rows of its group), the level-2 column shows nothing by its rows
 * (each group's first label on its first row), so its labels may stand on
 * top or in the middle, and 政策知晓率 (a quality name) is 质量指标's first
 * row, not 数量指标's last. */
static void test_stream_tabs_level2_after_centred_level1(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "专利授权量", NULL, "3920", "件", "output.quantity"},
        {"产出指标", "质量指标", "政策知晓率", NULL, "93", "%", "output.quality"},
        {"产出指标", "质量指标", "档案资料完整率", NULL, "100", "%", "output.quality"},
        {"效益指标", "社会效益指标", "服务能力和水平", NULL, "显著提升", NULL, "outcome.social"},
        {"效益指标", "社会效益指标", "政策宣传覆盖率", ">=", "93", "%", "outcome.social"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/tabs-level1-centred.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 12);
    jx_record_list_free(l);
}

/* A form with a row-header column (绩效指标, merged down the body) and a
 * target group (2020年目标值 over 计算符号 | 目标值 | 度量单位), as LibreOffice's
 * text export and lynx write it (tests/streams/README.md): the body's first
 * cell, the row header, follows the header words, so the group's lower row
 * was not found and a row's 序号 ran into the target before it
 * (`2020年12月25日6`, `有效提升8`). */
static void test_stream_rowhead_after_target_group(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "培训乡村医生人次", ">=", "1330", "人次", "output.quantity"},
        {"产出指标", "时效指标", "项目开工时间", NULL, "2020-12-25", NULL, "output.timeliness"},
        {"效益指标", "经济效益指标", "项目区农民人均增收", ">=", "330", "元", "outcome.economic"},
        {"效益指标", "社会效益指标", "群众看病就医便利程度", NULL, "有效提升", NULL,
         "outcome.social"},
        {"效益指标", "可持续影响指标", "长效管理机制", NULL, "健全", NULL,
         "outcome.sustainability"},
        {"效益指标", "可持续影响指标", "基本公共卫生服务水平", NULL, "不断提高", NULL,
         "outcome.sustainability"},
        {"满意度指标", "服务对象满意度", "服务对象满意度", ">=", "85", "%", "satisfaction.service"},
    };
    static const char *const files[] = {"tests/streams/wordtext-rowhead-after-header.txt",
                                        "tests/streams/lynx-rowhead-after-header.txt"};
    for (gsize f = 0; f < G_N_ELEMENTS(files); f++) {
        jx_record_list *l = parse_file_rows(files[f], rows, G_N_ELEMENTS(rows));
        assert_int_equal(count_indicators(l), 13);
        assert_int_equal(jx_record_get_int(indicator_named(l, "项目区农民人均增收"), "seq", -1), 6);
        assert_int_equal(jx_record_get_int(indicator_named(l, "基本公共卫生服务水平"), "seq", -1), 12);
        jx_record_list_free(l);
    }
}

/* A run-together row whose mid-term and year's targets are the same figure
 * with no operator or unit between them (`政策知晓率9191`, under 中期指标值（%）
 * | 年度指标值（%）): the figure written twice is two cells, not 9191. */
static void test_stream_runon_twin_figures(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "质量指标", "政策知晓率", NULL, "91", "%", "output.quality"},
        {"产出指标", "质量指标", "学生资助资金发放准确率", "=", "100", "%", "output.quality"},
        {"产出指标", "数量指标", "化解大班额班级数", NULL, "27", "个", "output.quantity"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/runon-twin-figures.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 21);
    jx_record_list_free(l);
}

/* streams.py's tab form of a scraped HTML table (tests/streams/README.md):
 * each row holds only its own cells, packed from the left.  The header's
 * 绩效指标 heads 一级指标 | 二级指标 in the row below (its span lost), rows
 * under a merged label stand one or two columns left of their places, a row
 * with no unit ends at its target. */
static void test_stream_tabs_shift_group_heading(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "产出数量", "新建水质检测点", ">=", "15", "个", "output.quantity"},
        {"产出指标", "产出数量", "除险加固小型水库", "=", "5", "座", "output.quantity"},
        {"产出指标", "产出质量", "补助对象识别精准率", ">=", "100", "%", "output.quality"},
        {"产出指标", "产出质量", "供水保证率", "=", "92", "%", "output.quality"},
        {"产出指标", "产出时效", "补助资金下达时限", "<=", "2019-06-30", NULL, "output.timeliness"},
        {"产出指标", "产出时效", "资金兑付及时性", NULL, "及时", NULL, "output.timeliness"},
        {"效益指标", "社会效益", "惠及人口", NULL, "23", "万人", "outcome.social"},
        {"效益指标", "社会效益", "群众生产生活条件", NULL, "按照项目实施方案要求持续改善,惠及更多群众",
         NULL, "outcome.social"},
        {"满意度指标", "服务对象满意度", "受益群众满意度", ">=", "89", "%", "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/tabs-shift-group-heading.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 36);
    jx_record_list_free(l);
}

/* The same form under 半年（程）指标值 | 全年（程）指标值: a row with one
 * target left its half-year cell empty (the year's target), the header
 * comes again twice. */
static void test_stream_tabs_shift_half_year(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "产出数量", "储备应急救灾物资", NULL, "1800", "件", "output.quantity"},
        {"产出指标", "产出数量", "排查整改安全隐患", ">=", "390", "处", "output.quantity"},
        {"产出指标", "产出数量", "开展安全生产执法检查(一期)", NULL, "690", "次", "output.quantity"},
        {"产出指标", "产出质量", "政策知晓率", "=", "88", "%", "output.quality"},
        {"产出指标", "产出时效", "项目开工时间", NULL, "2023-10-31", NULL, "output.timeliness"},
        {"效益指标", "社会效益", "惠及人口", ">=", "25", "万人", "outcome.social"},
        {"效益指标", "社会效益", "生产安全事故死亡人数", NULL, "较上年下降", NULL, "outcome.social"},
        {"满意度指标", "服务对象满意度", "受灾群众满意度", NULL, "93", "%", "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/tabs-shift-half-year.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 46);
    assert_field(jx_record_get_record(indicator_named(l, "储备应急救灾物资"), "half"), "value", "540");
    assert_null(jx_record_get_record(indicator_named(l, "排查整改安全隐患"), "half"));
    assert_null(jx_record_get_record(indicator_named(l, "项目开工时间"), "half"));
    assert_field(jx_record_get_record(indicator_named(l, "受灾群众满意度"), "half"), "value", "93");
    jx_record_list_free(l);
}

/* The same form of a department's table: the row-header column 年度绩效指标
 * stands under no header word (the header row one cell short), a 名称 column
 * of work items, rows that keep only their name and target, a row whose one
 * label (成本指标, either level) lost its level-1 to the cell above. */
static void test_stream_tabs_shift_row_header(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "新建标准化考点数*", NULL, "8", "个", "output.quantity"},
        {"产出指标", "数量指标", "资助家庭经济困难学生人数", ">=", "17000", "人", "output.quantity"},
        {"产出指标", "数量指标", "新建学校食堂", "=", "4", "个", "output.quantity"},
        {"产出指标", "数量指标", "改扩建校舍面积", "=", "30200", "平方米", "output.quantity"},
        {"产出指标", "质量指标", "档案资料完整率", "=", "100", "%", "output.quality"},
        {"产出指标", "时效指标", "★补助资金下达时限", "<=", "2019-09-30", NULL, "output.timeliness"},
        {"产出指标", "时效指标", "在规定时间内完成资金拨付", NULL, "按时完成", NULL, "output.timeliness"},
        /* the row's one label, either level, under the 产出指标 above it */
        {"产出指标", "成本指标", "项目预算控制率", "<=", "100", "%", "output.cost"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/tabs-shift-rowhead.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 36);
    assert_field(indicator_named(l, "新建学校食堂"), "task", "加强教师队伍建设,开展全员培训");
    assert_field(indicator_named(l, "改扩建校舍面积"), "task", "推进学前教育普及普惠发展");
    assert_field(indicator_named(l, "在规定时间内完成资金拨付"), "task", "推进学前教育普及普惠发展");
    jx_record_list_free(l);
}

/* The same form with a 序号 column: 指标值 heads 符号 | 年度指标值 | 单位 in
 * the row below, each row's 序号 stands before the labels it lost, and a row
 * with no unit has its 评分标准 right after its target. */
static void test_stream_tabs_shift_seq_columns(void **state)
{
    (void)state;
    static const want_row split_rows[] = {
        {"产出指标", "数量指标", "XX村通组道路硬化里程", ">=", "2.55", "公里", "output.quantity"},
        {"产出指标", "数量指标", "国省道路面养护里程(含续建)", ">=", "164", "公里", "output.quantity"},
        {"产出指标", "数量指标", "安全生命防护工程里程", NULL, "289", "公里", "output.quantity"},
    };
    jx_record_list *l = parse_file_rows("tests/streams/tabs-shift-target-group.txt", split_rows,
                                        G_N_ELEMENTS(split_rows));
    assert_int_equal(count_indicators(l), 43);
    jx_record_list_free(l);
    static const want_row legacy_rows[] = {
        {"产出指标", "产出数量", "改造提升供水管网", ">=", "111", "公里", "output.quantity"},
        {"产出指标", "产出时效", "年度任务完成时限", "<=", "2018-09-30", NULL, "output.timeliness"},
        {"产出指标", "产出时效", "项目开工时间", "<=", "2018-10-31", NULL, "output.timeliness"},
        {"效益指标", "社会效益", "服务能力和水平", NULL, "显著提升", NULL, "outcome.social"},
    };
    l = parse_file_rows("tests/streams/tabs-shift-criteria.txt", legacy_rows,
                        G_N_ELEMENTS(legacy_rows));
    assert_int_equal(count_indicators(l), 44);
    jx_record_list_free(l);
}

/* The same form under 中期目标值 | 年度目标值 | 备注: a row with both targets
 * and no remark keeps the year's in its column, a row with a remark too
 * (人均管理费用 … 以批复为准) as well. */
static void test_stream_tabs_shift_mid_term(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "筹集保障性租赁住房", ">=", "1710", "套", "output.quantity"},
        {"产出指标", "数量指标", "农村危房改造户数", ">=", "690", "户", "output.quantity"},
        {"产出指标", "时效指标", "资金拨付及时率", ">=", "100", "%", "output.timeliness"},
        {"效益指标", "经济效益指标", "带动相关产业增收", ">=", "1990", "万元", "outcome.economic"},
        {"效益指标", "经济效益指标", "拉动社会投资", "=", "3", "亿元", "outcome.economic"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/tabs-shift-mid-term.txt", rows, G_N_ELEMENTS(rows));
    /* the year's target beside the mid-term one and the remark */
    const jx_record *cost = indicator_named(l, "人均管理费用");
    assert_field(cost, "value", "5");
    assert_field(cost, "unit", "万元/人");
    jx_record_list_free(l);
}

/* The shifted tab form of a table whose bare level-1 labels (`产出指标`,
 * no ordinal) are section rows spanning the table, each on a line of its
 * own: the 指标分类 column below holds level-2 labels, each row's level-1
 * is its section's. */
static void test_stream_tabs_shift_section_lines(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "新增学前教育学位数", NULL, "2610", "个", "output.quantity"},
        {"产出指标", "质量指标", "残疾儿童少年义务教育入学率", ">=", "96.5", "%", "output.quality"},
        {"产出指标", "成本指标", "人均管理费用", "<=", "5", "万元/人", "output.cost"},
        {"效益指标", "社会效益指标", "群众生产生活条件", NULL, "按照项目实施方案要求持续改善,惠及更多群众", NULL,
         "outcome.social"},
        {"效益指标", "社会效益指标", "惠及人口", "=", "5", "万人", "outcome.social"},
        {"满意度指标", "服务对象满意度指标", "社会公众满意度", ">=", "94", "%",
         "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/tabs-shift-section-lines.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* The shifted tab form of a table with a mid-term and a year's target: rows
 * that lost their merged labels (`8 | 社会影响力 | 持续提升 | 进一步扩大`,
 * `13 | 持续发挥效益 | 长期有效 | 长期有效`) keep their name, the qualitative
 * targets after it in the target columns, not the name read as a level-2
 * label and the first target as the name. */
static void test_stream_tabs_shift_qualitative_targets(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"效益指标", "社会效益指标", "社会影响力", NULL, "进一步扩大", NULL, "outcome.social"},
        {"效益指标", "社会效益指标", "群众获得感", NULL, "有效提升", NULL, "outcome.social"},
        {"效益指标", "生态效益指标", "对生态环境的改善", NULL, "有所改善", NULL, "outcome.ecological"},
        {"效益指标", "可持续影响指标", "食品安全监管长效机制", NULL, "健全", NULL,
         "outcome.sustainability"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/tabs-shift-qualitative.txt", rows, G_N_ELEMENTS(rows));
    assert_null(indicator_named(l, "持续提升"));
    assert_null(indicator_named(l, "有所改善"));
    jx_record_list_free(l);
}

/* The shifted tab form parted by section lines (`产出指标` alone on a line,
 * no tab): the rows after one go on with the table the header above laid
 * out, a row that lost its labels before a qualitative target
 * (`26 | 工作任务完成及时性 | 按计划完成`) keeping its name. */
static void test_stream_tabs_shift_rows_after_section_line(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "时效指标", "工作任务完成及时性", NULL, "按计划完成", NULL, "output.timeliness"},
        {"产出指标", "时效指标", "灾后救助资金下达时限", NULL, "灾后10日内", NULL, "output.timeliness"},
        {"效益指标", "社会效益指标", "受灾群众基本生活", NULL, "得到有效保障", NULL, "outcome.social"},
        {"效益指标", "社会效益指标", "群众获得感", NULL, "有效提升", NULL, "outcome.social"},
        {"效益指标", "可持续影响指标", "项目持续发挥作用年限", "=", "5", "年",
         "outcome.sustainability"},
    };
    jx_record_list *l = parse_file_rows("tests/streams/tabs-shift-section-qualitative.txt", rows,
                                        G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 42);
    assert_null(indicator_named(l, "按计划完成"));
    jx_record_list_free(l);
}

/* …and with one label column (指标类别) holding the level-2 labels and a
 * 备注 column: a level-2 label is in its own column, not the name's
 * (`社会效益指标 | 生产安全事故死亡人数 | 较上年下降 | 较上年下降`), a row
 * with a remark keeps its name (`救灾资金发放准确率 | =100% | =100% | 暂定`). */
static void test_stream_tabs_shift_one_label_column_after_section_line(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "质量指标", "救灾资金发放准确率", "=", "100", "%", "output.quality"},
        {"产出指标", "时效指标", "资金拨付及时率", "=", "100", "%", "output.timeliness"},
        {"效益指标", "社会效益指标", "生产安全事故死亡人数", NULL, "较上年下降", NULL, "outcome.social"},
        {"效益指标", "可持续影响指标", "长效管理机制", NULL, "逐步完善", NULL, "outcome.sustainability"},
    };
    jx_record_list *l = parse_file_rows("tests/streams/tabs-shift-section-one-column.txt", rows,
                                        G_N_ELEMENTS(rows));
    assert_null(indicator_named(l, "社会效益指标"));
    jx_record_list_free(l);
}

/* streams.py's tab form of a table whose level-1 labels are rows of their
 * own spanning the table (`一、产出指标`): each on a line with no tab, the
 * cells after it dropped, between the header and its rows.  Each is a row of
 * the table (its level-1), not a heading that ends it. */
static void test_stream_tabs_section_lines(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"一、产出指标", "数量指标", "0-6岁儿童健康管理人数", ">=", "13700", "人", "output.quantity"},
        {"二、效益指标", "经济效益指标", "带动相关产业增收", "=", "2750", "万元", "outcome.economic"},
        /* the second project's (indicator_named: the last of the name) */
        {"三、满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", "92", "%",
         "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/tabs-section-lines.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 23);
    assert_field(indicator_named(l, "服务对象满意度"), "project", "重大传染病防控经费");
    jx_record_list_free(l);
}

/* streams.py's tab form: every merged label on the upper of its span's two
 * middle rows where the span is even.  Between two centred labels a row
 * fits either group (★技术合同交易额 under 产出数量 over four rows, or under
 * 产出质量 over five); the two 满意度 rows under 服务对象满意度, set on the
 * upper one, show the table's reading by their words, and it settles every
 * other boundary (单位建设成本, 高新技术产业增加值占比). */
static void test_stream_tabs_upper_middle(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "产出数量", "新增省级以上研发平台", NULL, "10", "个", "output.quantity"},
        {"产出指标", "产出数量", "★技术合同交易额", "=", "15", "亿元", "output.quantity"},
        {"产出指标", "产出质量", "支持对象资格符合率", ">=", "100", "%", "output.quality"},
        {"产出指标", "产出时效", "工作任务完成及时性", NULL, "按计划完成", NULL,
         "output.timeliness"},
        {"成本指标", "经济成本指标", "项目总成本", "<=", "3120", "万元", "cost.economic"},
        {"成本指标", "经济成本指标", "单位建设成本", "<=", "2260", "元/平方米", "cost.economic"},
        {"成本指标", "社会成本指标", "对周边群众生产生活的影响", NULL, "较小", NULL, "cost.social"},
        {"效益指标", "经济效益", "新产品销售收入增长", ">=", "5", "%", "outcome.economic"},
        {"效益指标", "经济效益", "高新技术产业增加值占比", ">=", "40", "%", "outcome.economic"},
        {"效益指标", "社会效益", "服务能力和水平", NULL, "有效提高", NULL, "outcome.social"},
        {"满意度指标", "服务对象满意度", "受益群众满意度", ">=", "87", "%", "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/tabs-middle-row.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 18);
    jx_record_list_free(l);
}

/* The pipe form of a form whose labels stand, unmerged, on the lower of two
 * middle rows (成本指标 on 单位建设成本 over 项目总成本 and it; 产出指标 on the
 * 7th of 12 rows): names that tell their group (节能减排效果, 群众获得感) show
 * that reading, and it keeps 群众获得感 and 惠及人口 out of 成本指标 and
 * 节能减排效果 out of 社会效益指标. */
static void test_stream_pipes_lower_middle(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "时效指标", "项目完成时限", NULL, "2020-11-30", NULL, "output.timeliness"},
        {"产出指标", "成本指标", "项目总成本", "<=", "2310", "万元", "output.cost"},
        {"产出指标", "成本指标", "单位建设成本", "=", "1390", "元/平方米", "output.cost"},
        {"效益指标", "社会效益指标", "群众获得感", NULL, "明显增强", NULL, "outcome.social"},
        {"效益指标", "社会效益指标", "惠及人口", ">", "13", "万人", "outcome.social"},
        {"效益指标", "社会效益指标", "公共服务满意度提升", ">=", "3", "个百分点",
         "outcome.social"},
        {"效益指标", "生态效益指标", "节能减排效果", NULL, "明显", NULL, "outcome.ecological"},
        {"效益指标", "可持续影响指标", "管理制度健全性", NULL, "健全", NULL,
         "outcome.sustainability"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/pipes-lower-middle.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 20);
    jx_record_list_free(l);
}

/* A bare 成本指标 at a row's head in a stream without column bounds
 * (stream-spaces, forms of 2021 and later): the form may keep it a level-2
 * under 产出 or make it a level-1 of its own, and the text gives it at the
 * row's head either way.  Where 产出 stands on the lower middle row of the
 * eight rows with the cost rows (dept f0154: on the fifth), not of the six
 * without them, it is a level-2 under 产出 — the year (2023) alone read a
 * level-1, and its span took the 时效 row above.  Where the placements
 * leave both readings alike (standard f0221, 产出 centred on nine rows or
 * ten), the year's level-1 stands. */
static void test_stream_spaces_cost_level_by_placement(void **state)
{
    (void)state;
    static const want_row level2[] = {
        {"产出", "时效指标", "项目开工时间", "<=", "2023-12-31", NULL, "output.timeliness"},
        {"产出", "成本指标", "人均管理费用", "<=", "1", "万元/人", "output.cost"},
        {"产出", "成本指标", "项目总成本", "=", "4540", "万元", "output.cost"},
        {"效益", "经济效益指标", "项目区农民人均增收", ">=", "660", "元", "outcome.economic"},
    };
    jx_record_list *l = parse_file_rows("tests/streams/spaces-cost-level2-centred.txt", level2,
                                        G_N_ELEMENTS(level2));
    assert_int_equal(count_indicators(l), 17);
    jx_record_list_free(l);
    static const want_row level1[] = {
        {"产出", "时效指标", "年度任务完成时限", "<=", "2024-12-31", NULL, "output.timeliness"},
        {"成本指标", "", "单位建设成本", "<=", "2440", "元/平方米", "cost"},
    };
    l = parse_file_rows("tests/streams/spaces-cost-level1-placed.txt", level1,
                        G_N_ELEMENTS(level1));
    jx_record_list_free(l);
}

/* A form of 2023 whose labels are all written bare, without 指标: 产出 over
 * 数量 / 质量 / 时效 / 成本, then 效益, 满意度.  The rows place 成本 no better
 * as a level-1 than as a level-2 (lynx's dump: every label centred alone on
 * its line above its group; a cell a line); written as the 产出 group's
 * bare level-2 labels are, it is the last of them, not the 2021 framework's
 * level-1 (成本指标, written in full). */
static void test_stream_cost_bare_as_level2s(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出", "时效", "资金拨付及时率", NULL, "100", "%", "output.timeliness"},
        {"产出", "成本", "成本节约率", ">=", "1", "%", "output.cost"},
        {"产出", "成本", "人均管理费用", "<", "3", "万元/人", "output.cost"},
        {"效益", "社会效益", "群众生产生活条件", NULL, "按照项目实施方案要求持续改善,惠及更多群众", NULL,
         "outcome.social"},
    };
    static const char *const files[] = {"tests/streams/lynx-cost-bare-level2.txt",
                                        "tests/streams/cells-cost-bare-level2.txt"};
    for (gsize f = 0; f < G_N_ELEMENTS(files); f++) {
        jx_record_list *l = parse_file_rows(files[f], rows, G_N_ELEMENTS(rows));
        assert_int_equal(count_indicators(l), 19);
        jx_record_list_free(l);
    }
    /* 产出指标 over bare 数量 / 质量 / 时效 / 成本: a level-2 of another group
     * keeping 指标 (服务对象满意度指标 under 效益指标) does not count */
    static const want_row suffixed_elsewhere[] = {
        {"产出指标", "时效", "项目完成时限", "<=", "2023-12-31", NULL, "output.timeliness"},
        {"产出指标", "成本", "项目预算控制率", "<=", "100", "%", "output.cost"},
        {"产出指标", "成本", "人均管理费用", "<=", "1", "万元/人", "output.cost"},
        {"效益指标", "经济效益", "拉动社会投资", "=", "7", "亿元", "outcome.economic"},
    };
    jx_record_list *l = parse_file_rows("tests/streams/lynx-cost-bare-level2-suffixed-elsewhere.txt",
                                        suffixed_elsewhere, G_N_ELEMENTS(suffixed_elsewhere));
    assert_int_equal(count_indicators(l), 35);
    jx_record_list_free(l);
}

/* The same form under 指标分类 with level-1 labels on rows of their own
 * (`一、产出指标`) over level-2 labels alone in the one label column, set on
 * the middle row of their groups: read as two label columns; `三、满意度指标`
 * (a label both levels know) heads a section.  A second project follows. */
static void test_stream_cells_section_rows(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"一、产出指标", "数量指标", "0-6岁儿童健康管理人数", ">=", "13700", "人", "output.quantity"},
        {"一、产出指标", "数量指标", "培训乡村医生人次", ">=", "1510", "人次", "output.quantity"},
        {"一、产出指标", "成本指标", "亩均补助标准", "=", "1500", "元/亩", "output.cost"},
        {"二、效益指标", "经济效益指标", "带动相关产业增收", "=", "2750", "万元", "outcome.economic"},
        {"三、满意度指标", "服务对象满意度指标", "社会公众满意度", ">=", "89", "%",
         "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/cells-section-rows.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 23);
    assert_field_null(indicator_named(l, "带动相关产业增收"), "project");
    assert_field(indicator_named(l, "社会公众满意度"), "project", "重大传染病防控经费");
    jx_record_list_free(l);
}

/* A section row across the table stands before the 序号 of the row below
 * it (`产出指标` / `1` / `数量指标`): the section column is read first. */
static void test_stream_cells_section_before_seq(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "排查整改安全隐患", NULL, "1840", "处", "output.quantity"},
        {"产出指标", "质量指标", "资金使用合规率", "=", "100", "%", "output.quality"},
        {"成本指标", "经济成本指标", "单位建设成本", NULL, "2280", "元/平方米", "cost.economic"},
        {"满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", "91", "%",
         "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/cells-section-before-seq.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 42);
    assert_int_equal(jx_record_get_int(indicator_named(l, "排查整改安全隐患"), "seq", -1), 1);
    jx_record_list_free(l);
}

/* 中期目标值(%) | 年度目标值(%): a unit noted after a header word keeps it one
 * word (not 中期 + 目标值(%)), so the mid-term target is set aside and the
 * year's is the record's. */
static void test_stream_cells_mid_term_unit(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "★组织应急演练", ">=", "2", "次", "output.quantity"},
        {"产出指标", "数量指标", "开展安全生产执法检查", "=", "380", "次", "output.quantity"},
        {"产出指标", "质量指标", "政策知晓率", ">=", "86", "%", "output.quality"},
        {"满意度指标", "服务对象满意度指标", "受灾群众满意度", "=", "85", "%",
         "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/cells-mid-term-unit.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 18);
    jx_record_list_free(l);
}

/* The same forms a row a line, cells parted by spaces: the second project's
 * table opens with `项目名称 文物保护专项资金` (a metadata row), whose name ends
 * the first table's stream and is the second table's project. */
static void test_stream_spaces_two_projects(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出", "数量指标", "免费开放场馆数量", ">=", "9", "个", "output.quantity"},
        {"满意度", "服务对象满意度指标", "群众满意度", ">=", "93", "%", "satisfaction.service"},
        {"产出", "数量指标", "修缮文物保护单位", NULL, "4", "处", "output.quantity"},
        {"满意度", "服务对象满意度指标", "社会公众满意度", ">", "88", "%", "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/spaces-two-projects.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 31);
    assert_field_null(indicator_named(l, "群众满意度"), "project");
    assert_field(indicator_named(l, "修缮文物保护单位"), "project", "文物保护专项资金");
    assert_field(indicator_named(l, "社会公众满意度"), "project", "文物保护专项资金");
    jx_record_list_free(l);
}

/* 中期指标值（%） | 年度指标值（%） in a row of cells parted by spaces: the
 * mid-term target (`54个`) fills its own column, not the name before it. */
static void test_stream_spaces_mid_term(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "化解大班额班级数", NULL, "27", "个", "output.quantity"},
        {"产出指标", "数量指标", "义务教育教师培训人次", ">=", "3750", "人次", "output.quantity"},
        {"产出指标", "质量指标", "政策知晓率", NULL, "91", "%", "output.quality"},
        {"产出指标", "时效指标", "项目完成时限", NULL, "2021-12-20", NULL, "output.timeliness"},
        {"效益指标", "服务对象满意度指标", "教师满意度", ">=", "95", "%", "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/spaces-mid-term.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 21);
    jx_record_list_free(l);
}

/* The variant forms with cells run together: the header
 * `指标类型三级指标中期指标值年度指标值` is four words (中期 qualifies 指标值
 * as 年度 does), each row's two targets part (`=7,700户=1,540户`: the year's
 * is the second), and section rows (`一、产出指标`) head the level-2 labels;
 * a second project follows. */
static void test_stream_run_together_mid_term_sections(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"一、产出指标", "数量指标", "新建改造排水管网", ">=", "76.0", "公里", "output.quantity"},
        {"一、产出指标", "数量指标", "筹集保障性租赁住房(含续建)", ">", "1040", "套",
         "output.quantity"},
        {"一、产出指标", "质量指标", "项目验收合格率", ">=", "100", "%", "output.quality"},
        {"二、效益指标", "经济效益指标", "项目区农民人均增收", "=", "1120", "元", "outcome.economic"},
        {"二、效益指标", "可持续影响指标", "小区长效管理机制", NULL, "健全", NULL,
         "outcome.sustainability"},
    };
    jx_record_list *l = parse_file_rows("tests/streams/runon-mid-term-sections.txt", rows,
                                        G_N_ELEMENTS(rows));
    assert_field(indicator_named(l, "加装电梯数量"), "project", "保障性租赁住房补助资金");
    /* a 2023 form, but its level-1 labels are numbered sections and a bare
     * 成本指标 is none of them: the level-2 under 产出, as the form has it */
    const jx_record *cost = indicator_named(l, "人均补助标准");
    assert_field(cost, "level1", "一、产出指标");
    assert_field(cost, "level2", "成本指标");
    assert_field(cost, "category", "output.cost");
    /* the form writes 成本指标 in full: a row opening `成本节约率…` opens
     * with its name (it had read the label 成本 and the name 节约率) */
    assert_null(indicator_named(l, "节约率"));
    const jx_record *saving = indicator_named(l, "成本节约率");
    assert_non_null(saving);
    assert_field(saving, "op", ">=");
    assert_field(saving, "value", "0");
    assert_field(saving, "level1", "一、产出");
    jx_record_list_free(l);
}

/* The 序号 run into a joined label (`1产出/数量指标培育新型农业经营主体…`):
 * cut at its labels, the label's pieces (`产出` `/` `数量指标`) looked like
 * a level-2 label alone, as a section row's rows write them, and the one
 * label column was widened to a section column before the 序号: every
 * level-1 read `1产出` (the 序号 with it) or the label ran into the name.
 * Pieces run together that join two labels are a joined label too. */
static void test_stream_run_together_seq_joined_labels(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出", "数量指标", "培育新型农业经营主体", ">=", "29", "家", "output.quantity"},
        {"产出", "质量指标", "补贴资金发放准确率", NULL, "100", "%", "output.quality"},
        {"产出", "时效指标", "补助资金下达时限", "<=", "2020-10-31", NULL, "output.timeliness"},
        {"产出", "成本指标", "成本节约率", ">", "1", "%", "output.cost"},
        {"效益", "社会效益指标", "服务能力和水平(含续建)", NULL, "显著提升", NULL,
         "outcome.social"},
        {"效益", "服务对象满意度指标", "受益群众满意度", ">=", "89", "%", "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/runon-seq-joined-labels.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 30);
    assert_int_equal(jx_record_get_int(indicator_named(l, "培育新型农业经营主体"), "seq", 0), 1);
    jx_record_list_free(l);
}

/* A joined label whose level-2 is written without its 指标, run into a name
 * (`满意度/服务对象满意度群众满意度≥94%`): after the joiner the text still
 * stands right after the level-1, where such a label parts from the name;
 * it had run into the name (`/服务对象满意度群众满意度`), the level-2 empty. */
static void test_stream_run_together_joiner_bare_level2(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"满意度", "服务对象满意度", "群众满意度", ">=", "94", "%", "satisfaction.service"},
        {"满意度", "服务对象满意度", "社会公众满意度", ">=", "88", "%", "satisfaction.service"},
        {"满意度", "服务对象满意度", "★护林员满意度", "=", "89", "%", "satisfaction.service"},
        {"效益", "可持续影响指标", "长效管理机制", NULL, "逐步完善", NULL,
         "outcome.sustainability"},
    };
    jx_record_list *l = parse_file_rows("tests/streams/runon-joiner-bare-level2.txt", rows,
                                        G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 15);
    jx_record_list_free(l);
}

/* A joined label run into a name that is a label's word itself
 * (`成本指标-社会成本指标社会成本无明显社会成本`): the level-1 alone and the
 * name `-社会成本指标社会成本` (text, a name's fit) outscored the joined label
 * and the name `社会成本` (a label's word, a poor name).  A joined label, two
 * labels in one cell, fits the label column better than its level-1 alone
 * by more than that. */
static void test_stream_run_together_joined_label_name_word(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"成本指标", "社会成本指标", "社会成本", NULL, "无明显社会成本", NULL, "cost.social"},
        {"成本指标", "社会成本指标", "对周边群众生产生活的影响(暂定)", NULL, "无", NULL,
         "cost.social"},
        {"成本指标", "经济成本指标", "项目预算控制率", "<=", "100", "%", "cost.economic"},
        {"满意度", "服务对象满意度指标", "社会公众满意度", ">", "88", "%", "satisfaction.service"},
    };
    jx_record_list *l = parse_file_rows("tests/streams/runon-joined-label-name-word.txt", rows,
                                        G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 31);
    assert_field(indicator_named(l, "社会成本"), "project", "文物保护专项资金");
    jx_record_list_free(l);
}

/* Three projects' tables, each after a metadata row run together
 * (`项目名称安全生产专项整治经费主管部门南康区应急管理局`): the name, up to the
 * next key, ends the table before it and is the next table's project. */
static void test_stream_run_together_three_projects(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "组织应急演练", NULL, "19", "次", "output.quantity"},
        {"产出", "成本指标", "人均管理费用", "<", "6", "万元/人", "output.cost"},
        {"效益指标", "服务对象满意度指标", "受灾群众满意度", ">=", "91", "%",
         "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/runon-three-projects.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 36);
    assert_field_null(indicator_named(l, "组织应急演练"), "project");
    assert_field(indicator_named(l, "人均管理费用"), "project", "安全生产专项整治经费");
    assert_field(indicator_named(l, "受灾群众满意度"), "project", "防灾减灾救灾专项资金");
    jx_record_list_free(l);
}

/* A duty group's work item runs into the name of its group's first row
 * (`改善义务教育学校办学条件新建学校食堂`, `加强防灾减灾救灾能力建设排查整改
 * 安全隐患`): the item, a verb of work and its object, is the level-2; rows
 * after it without an item stay in its group. */
static void test_stream_run_together_duty_items(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"履职", "改善义务教育学校办学条件", "新建学校食堂", ">", "10", "个", "duty"},
        {"履职", "改善义务教育学校办学条件", "购置学生课桌椅", "=", "7100", "套", "duty"},
        {"履职", "推进学前教育普及普惠发展", "课后服务覆盖学校数", ">=", "58", "所", "duty"},
        {"效益", "社会效益指标", "群众生产生活条件", NULL,
         "按照项目实施方案要求持续改善,惠及更多群众", NULL, "outcome.social"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/runon-duty-items.txt", rows, G_N_ELEMENTS(rows));
    const jx_record *half = jx_record_get_record(indicator_named(l, "新建学校食堂"), "half");
    assert_non_null(half);
    assert_field(half, "value", "3");
    jx_record_list_free(l);
    static const want_row free_rows[] = {
        {"履职", "加强防灾减灾救灾能力建设", "排查整改安全隐患", ">=", "1520", "处", "duty"},
        {"履职", "开展安全生产专项整治", "安全生产培训人次", ">=", "2800", "人次", "duty"},
        {"履职", "开展安全生产专项整治", "组织应急演练", ">=", "32", "次", "duty"},
        {"履职", "开展安全生产专项整治", "储备应急救灾物资", ">=", "4400", "件", "duty"},
    };
    l = parse_file_rows("tests/streams/runon-free-labels.txt", free_rows,
                        G_N_ELEMENTS(free_rows));
    jx_record_list_free(l);
}

/* A row whose work item and name stand before a single target
 * (`10开展农作物病虫害统防统治培育新型农业经营主体=62家`): the item, read
 * whole as one, is the level-2 and the name no half-year target. */
static void test_stream_run_together_duty_item_one_target(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"履职", "推进农村人居环境整治提升", "新增耕地灌溉面积", ">=", "17000", "亩", "duty"},
        {"履职", "开展农作物病虫害统防统治", "培育新型农业经营主体", "=", "62", "家", "duty"},
        {"履职", "开展农作物病虫害统防统治", "农机购置补贴机具数量", "=", "240", "台", "duty"},
        {"履职", "开展农作物病虫害统防统治", "农村户用厕所改造", NULL, "6200", "户", "duty"},
    };
    jx_record_list *l =
        parse_file_rows("tests/streams/runon-duty-one-target.txt", rows, G_N_ELEMENTS(rows));
    assert_null(jx_record_get_record(indicator_named(l, "培育新型农业经营主体"), "half"));
    jx_record_list_free(l);
}

/* w3m's dump of a table whose level-1 成本指标 is merged over the empty
 * level-2 column (tests/layout/README.md): the label, centred over both
 * columns, is the level-1 with no level-2. */
static void test_w3m_label_merged_over_two_columns(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "时效指标", "工作任务完成及时性(含续建)", NULL, "按时完成", NULL,
         "output.timeliness"},
        {"成本指标", "", "人均补助标准", NULL, "1930", "元/人", "cost"},
        {"成本指标", "", "成本节约率", ">=", "2", "%", "cost"},
        {"效益指标", "经济效益指标", "拉动社会投资", ">=", "2", "亿元", "outcome.economic"},
    };
    jx_record_list *l =
        parse_file_rows("tests/layout/w3m-cost-level1-colspan.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 15);
    jx_record_list_free(l);
}

/* w3m's dump of a bureau form (tests/layout/README.md) that sets the
 * level-1 效益指标, wrapped `效益` / `指标`, in the level-2 column's place
 * right under the level-2 `社会效` / `益`: the first piece, a level-1 label
 * whole, is the level-1's, and so is its rest (not 社会效益指标). */
static void test_w3m_level1_in_level2_place(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"成本指标", "社会成本指标", "对周边群众生产生活的影响", NULL, "较小", NULL, "cost.social"},
        {"效益指标", "社会效益", "居民居住条件", NULL, "明显改善", NULL, "outcome.social"},
        {"效益指标", "社会效益", "政策宣传覆盖率", "=", "96", "%", "outcome.social"},
        {"效益指标", "可持续影响", "持续发挥效益", NULL, "长期", NULL, "outcome.sustainability"},
    };
    jx_record_list *l = parse_file_rows("tests/layout/w3m-bureau-level1-in-level2-place.txt", rows,
                                        G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 32);
    jx_record_list_free(l);
}

/* ... and one whose level-1 `效益` / `指标` stands under the level-2
 * `社会` / `效益` / `指标`, its rest on a line its row took in: the rest is
 * the level-1's (效益指标), no level-2 of its own. */
static void test_w3m_level1_rest_taken_in(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"效益指标", "社会效益指标", "惠及人口", ">=", "18", "万人", "outcome.social"},
        {"效益指标", "社会效益指标", "政策宣传覆盖率", ">=", "92.5", "%", "outcome.social"},
        {"效益指标", "社会效益指标", "群众获得感", NULL, "明显增强", NULL, "outcome.social"},
        {"效益指标", "可持续影响指标", "长效管理机制", NULL, "健全", NULL, "outcome.sustainability"},
    };
    jx_record_list *l = parse_file_rows("tests/layout/w3m-bureau-level1-rest-taken-in.txt", rows,
                                        G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 47);
    jx_record_list_free(l);
}

/* ... and one whose level-2 `社会` / `效益` / `指标` has a level-1 word in the
 * middle, the level-1 `效益` / `指标` on the lines below: the middle word is
 * the level-2's (社会效益指标, not 社会指标 under a level-1 效益). */
static void test_w3m_level2_middle_word(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"效益指标", "社会效益指标", "居民居住条件", NULL, "有效改善", NULL, "outcome.social"},
        {"效益指标", "社会效益指标", "服务能力和水平", NULL, "显著提升", NULL, "outcome.social"},
        {"效益指标", "社会效益指标", "政策宣传覆盖率", "=", "90", "%", "outcome.social"},
        {"效益指标", "社会效益指标", "城市内涝积水点", NULL, "基本消除", NULL, "outcome.social"},
    };
    jx_record_list *l = parse_file_rows("tests/layout/w3m-bureau-level2-middle-word.txt", rows,
                                        G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 33);
    jx_record_list_free(l);
}

/* w3m's dump wraps a unit in its narrow column (`个工作` / `日`, the group's
 * centred label on the second line): the row's unit is the whole. */
static void test_w3m_wrapped_unit(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "时效指标", "审批办结时限", NULL, "15", "个工作日", "output.timeliness"},
        {"产出指标", "时效指标", "资金拨付及时率", "=", "100", "%", "output.timeliness"},
    };
    jx_record_list *l =
        parse_file_rows("tests/layout/w3m-wrapped-unit.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* A mark column (指标性质: 定性, 定量) run on after a qualitative target:
 * the target ends before the mark as it would end the line. */
static void test_stream_run_together_target_before_mark(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("序号一级指标二级指标指标名称计算符号目标值计量单位指标性质备注\n"
                                   "1产出指标数量指标新建水质检测点≥19个定量\n"
                                   "2效益指标社会效益指标农村自来水普及率≥83%定量\n"
                                   "3可持续影响指标持续发挥效益长期有效定性\n");
    assert_int_equal(count_indicators(l), 3);
    const jx_record *r = indicator(l, 2);
    assert_field(r, "name", "持续发挥效益");
    assert_field(r, "value", "长期有效");
    jx_record_list_free(l);
}

/* An explanation column run on after a qualitative target: the texts the
 * rows with a figure target show (a whole text, and 反映…情况 that two
 * share) cut it off the other rows; a direction word after a unit stays
 * with the target (560万元以上: >= 560 万元). */
static void test_stream_run_together_known_explanations(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("序号一级指标二级指标三级指标指标值指标解释\n"
                                   "1产出指标数量指标新建学校食堂≥4个全部完成得满分，否则酌情扣分\n"
                                   "2培训人次≥500人次反映培训人次情况\n"
                                   "3质量指标验收合格率=100%反映验收合格率情况\n"
                                   "4效益指标社会效益指标群众出行条件有效改善全部完成得满分，否则酌情扣分\n"
                                   "5服务能力和水平良好反映服务能力和水平情况\n"
                                   "6发放科技创新券560万元以上全部完成得满分，否则酌情扣分\n");
    assert_int_equal(count_indicators(l), 6);
    const jx_record *r = indicator(l, 3);
    assert_field(r, "name", "群众出行条件");
    assert_field(r, "value", "有效改善");
    r = indicator(l, 4);
    assert_field(r, "name", "服务能力和水平");
    assert_field(r, "value", "良好");
    r = indicator(l, 5);
    assert_field(r, "name", "发放科技创新券");
    assert_field(r, "op", ">=");
    assert_field(r, "value", "560");
    assert_field(r, "unit", "万元");
    jx_record_list_free(l);
}

/* An explanation that repeats its row's name is a template: one row with a
 * figure target (考核 危桥改造数量 是否达到预期) cuts the same template, filled
 * with their names, off the rows whose short qualitative target (健全,
 * 明显) it would otherwise run on in. */
static void test_stream_run_together_name_template(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标二级指标三级指标指标性质指标值度量单位指标解释\n"
                                   "产出产出数量危桥改造数量定量≥21座考核危桥改造数量是否达到预期\n"
                                   "产出产出质量政策知晓率定量≥91%按实际完成比例计分\n"
                                   "效益可持续影响长效管理机制定性健全考核长效管理机制是否达到预期\n"
                                   "效益生态效益节能减排效果定性明显考核节能减排效果是否达到预期\n");
    assert_int_equal(count_indicators(l), 4);
    const jx_record *r = indicator(l, 2);
    assert_field(r, "name", "长效管理机制");
    assert_field(r, "value", "健全");
    r = indicator(l, 3);
    assert_field(r, "name", "节能减排效果");
    assert_field(r, "value", "明显");
    jx_record_list_free(l);
}

/* A cost indicator's target of absence ends its name in text run together
 * (对周边群众生产生活的影响 | 无, 对生态环境的影响 | 无不良影响): the row
 * stands alone, not run into the row above as a name without a target. */
static void test_stream_run_together_absence_target(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标二级指标三级指标指标值\n"
                                   "成本指标经济成本指标项目总成本≤2770万元\n"
                                   "社会成本指标对周边群众生产生活的影响无\n"
                                   "生态环境成本指标对生态环境的影响无不良影响\n"
                                   "可持续影响指标长效管理机制健全\n");
    assert_int_equal(count_indicators(l), 4);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "name", "项目总成本");
    r = indicator(l, 1);
    assert_field(r, "name", "对周边群众生产生活的影响");
    assert_field(r, "value", "无");
    r = indicator(l, 2);
    assert_field(r, "name", "对生态环境的影响");
    assert_field(r, "value", "无不良影响");
    jx_record_list_free(l);
}

/* A two-row header run together whose target word is 指标目标值: one word,
 * not 指标 (a name column) and 目标值. */
static void test_stream_run_together_value_word(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("绩效指标指标目标值\n一级指标二级指标指标名称\n"
                                   "产出指标数量指标森林抚育面积≥10万亩\n"
                                   "聘用生态护林员≥850人\n"
                                   "质量指标造林成活率85%\n");
    assert_int_equal(count_indicators(l), 3);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "name", "森林抚育面积");
    assert_field(r, "value", "10");
    assert_field(r, "unit", "万亩");
    r = indicator(l, 1);
    assert_field(r, "level2", "数量指标");
    assert_field(r, "name", "聘用生态护林员");
    assert_field(r, "value", "850");
    jx_record_list_free(l);
}

/* After the 序号 that opens a row run together stand the row's labels: a
 * two-character label there (质量) is a label, not a name's first word. */
static void test_stream_short_labels_after_seq(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("序号一级指标二级指标三级指标指标值\n"
                                   "1产出数量培训基层农技人员≥800人次\n"
                                   "2新建候车亭=12个\n"
                                   "3质量验收合格率100%\n");
    assert_int_equal(count_indicators(l), 3);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "level1", "产出");
    assert_field(r, "level2", "数量");
    r = indicator(l, 2);
    assert_field(r, "level1", "产出");
    assert_field(r, "level2", "质量");
    assert_field(r, "name", "验收合格率");
    jx_record_list_free(l);
}

/* A label written without its 指标 inside a row's text run together is a
 * word of the name (公共服务满意度提升), and 成本 right after 成本指标 (a
 * level-2 under 产出 in a 2019 table) is the first word of a name
 * (成本节约率): neither parts the cells. */
static void test_stream_label_words_inside_names(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("2019年度项目绩效目标表\n"
                                   "序号一级指标二级指标三级指标指标值\n"
                                   "1产出指标数量指标培训基层农技人员≥800人次\n"
                                   "2成本指标成本节约率≥2%\n"
                                   "3效益指标社会效益指标政策宣传覆盖率≥95%\n"
                                   "4公共服务满意度提升≥2个百分点\n"
                                   "5满意度指标服务对象满意度指标受益群众满意度≥90%\n");
    assert_int_equal(count_indicators(l), 5);
    const jx_record *r = indicator(l, 1);
    assert_field(r, "level1", "产出指标");
    assert_field(r, "level2", "成本指标");
    assert_field(r, "name", "成本节约率");
    assert_field(r, "value", "2");
    r = indicator(l, 3);
    assert_field(r, "level1", "效益指标");
    assert_field(r, "level2", "社会效益指标");
    assert_field(r, "name", "公共服务满意度提升");
    assert_field(r, "value", "2");
    jx_record_list_free(l);
}

/* A work phrase the taxonomy lists under a free level-1 (预算执行 under 过程)
 * heads its group once; at a row's head after rows without it, it is the
 * first word of a name (预算执行率), not the label again. */
static void test_stream_free_label_begins_name(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("序号一级指标二级指标三级指标指标值\n"
                                   "1过程预算执行支付进度符合率≥100%\n"
                                   "2公用经费控制率≤100%\n"
                                   "3预算执行率100%\n"
                                   "4结转结余率≥0%\n");
    assert_int_equal(count_indicators(l), 4);
    const jx_record *r = indicator(l, 2);
    assert_field(r, "level1", "过程");
    assert_field(r, "level2", "预算执行");
    assert_field(r, "name", "预算执行率");
    assert_field(r, "value", "100");
    jx_record_list_free(l);
}

/* Parses `header`, the rows `first`, the header again (a page repeated it)
 * and the rows `second`. */
static jx_record_list *parse_header_twice(const char *header, const char *first,
                                          const char *second)
{
    char *text = g_strconcat(header, first, header, second, NULL);
    jx_record_list *l = parse_text(text);
    g_free(text);
    return l;
}

/* A two-row header repeated where a page broke the table: its upper row
 * (绩效指标 | 指标名称 | 目标值) opens no header alone, and goes with the
 * lower row, not into the last row before it; the rows after it are read. */
static void test_stream_repeated_two_row_header(void **state)
{
    (void)state;
    jx_record_list *l = parse_header_twice("绩效指标\n指标名称\n目标值\n度量单位\n一级指标\n二级指标\n",
                                           "产出指标\n产出数量\n补贴耕地面积\n=48,300\n亩\n"
                                           "培育新型农业经营主体\n31\n家\n",
                                           "产出指标\n产出质量\n档案资料完整率\n100\n%\n"
                                           "补助对象识别精准率\n=100\n%\n");
    assert_int_equal(count_indicators(l), 4);
    const jx_record *r = indicator(l, 1);
    assert_field(r, "name", "培育新型农业经营主体");
    assert_field(r, "value", "31");
    assert_field(r, "unit", "家");
    r = indicator(l, 3);
    assert_field(r, "level2", "产出质量");
    assert_field(r, "name", "补助对象识别精准率");
    assert_field(r, "value", "100");
    jx_record_list_free(l);
}

/* The rows under a repeated header are the table going on: a row that
 * reads poorly there (a sentence as its target) does not make them
 * something other than a table. */
static void test_stream_continued_table(void **state)
{
    (void)state;
    jx_record_list *l = parse_header_twice("一级指标\n二级指标\n三级指标\n指标值\n",
                                           "产出指标\n数量指标\n培训人次\n≥800人次\n"
                                           "新建候车亭\n=12个\n",
                                           "效益指标\n社会效益指标\n群众生产生活条件\n"
                                           "按照项目实施方案要求持续改善，惠及更多群众\n"
                                           "满意度指标\n服务对象满意度指标\n受益群众满意度\n≥90%\n");
    assert_int_equal(count_indicators(l), 4);
    const jx_record *r = indicator(l, 2);
    assert_field(r, "level2", "社会效益指标");
    assert_field(r, "name", "群众生产生活条件");
    r = indicator(l, 3);
    assert_field(r, "name", "受益群众满意度");
    assert_field(r, "value", "90");
    jx_record_list_free(l);
}

/* A word processor's text export (Writer's `--convert-to txt`): every cell
 * on its own line, a blank line for each empty or merge-covered cell, a
 * row-header column the header leaves unnamed, a third label column in the
 * 效益 rows only, a name over two lines (a manual break).  The blank lines
 * are positions: each row is rebuilt in its columns, the work item written
 * once stays out of the names, the broken name is one cell. */
static void test_stream_blank_line_positions(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("2023年部门整体支出绩效目标表\n\n\n"
                                   "一级指标\n二级指标\n名称\n指标内容\n指标值\n"
                                   "年度绩效指标\n产出指标\n数量指标\n推进知识产权创造运用\n"
                                   "检验特种设备\n＝800台\n"
                                   "\n\n\n开展食品安全抽检监测\n专利授权量\n3,920件\n"
                                   "\n\n质量指标\n推进知识产权创造运用\n政策知晓率\n93%\n"
                                   "\n\n\n\n档案资料完整率\n100%\n"
                                   "\n效益指标\n社会效益指标\n推进知识产权创造运用\n服务能力和水平\n"
                                   "显著提升\n"
                                   "\n\n\n\n开展食品安全抽检监测\n政策宣传\n覆盖率\n≥ 93 %\n"
                                   "\n满意度指标\n服务对象满意度指标\n加强特种设备安全监察\n"
                                   "社会公众满意度\n=87%\n"
                                   "\n\n\n\n受益群众满意度\n≥90%\n"
                                   "说明：绩效目标随预算一并批复。\n");
    assert_int_equal(count_indicators(l), 8);
    const jx_record *r = indicator(l, 1);
    assert_field(r, "task", "开展食品安全抽检监测");
    assert_field(r, "name", "专利授权量");
    assert_field(r, "level2", "数量指标");
    assert_field(r, "value", "3920");
    r = indicator(l, 3);
    assert_field(r, "task", "推进知识产权创造运用");
    assert_field(r, "name", "档案资料完整率");
    r = indicator(l, 5);
    assert_field(r, "level1", "效益指标");
    assert_field(r, "level2", "社会效益指标");
    assert_field(r, "task", "开展食品安全抽检监测");
    assert_field(r, "name", "政策宣传覆盖率");
    assert_field(r, "op", ">=");
    assert_field(r, "value", "93");
    assert_field(r, "unit", "%");
    r = indicator(l, 6);
    assert_field(r, "level1", "满意度指标");
    assert_field(r, "task", "加强特种设备安全监察");
    assert_field(r, "name", "社会公众满意度");
    jx_record_list_free(l);
}

/* The same export of a free level-1's group: a work item as a long level-2
 * label stays in its column however poorly its text fits a label, and a
 * row of blank labels one line too long holds a name broken over two
 * lines, not a label column split in that row only. */
static void test_stream_blank_line_positions_free_group(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\n二级指标\n三级指标\n指标值\n"
                                   "履职\n培育新型农业经营主体和高素质农民\n建设农产品产地冷藏保鲜设施\n"
                                   "≥16个\n"
                                   "\n\n农机购置补贴\n机具数量\n1290台\n"
                                   "\n\n农作物病虫害统防统治面积\n=13万亩\n"
                                   "满意度\n服务对象满意度\n受益群众满意度\n≥90%\n");
    assert_int_equal(count_indicators(l), 4);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "level2", "培育新型农业经营主体和高素质农民");
    assert_field(r, "name", "建设农产品产地冷藏保鲜设施");
    r = indicator(l, 1);
    assert_field(r, "level2", "培育新型农业经营主体和高素质农民");
    assert_field(r, "name", "农机购置补贴机具数量");
    assert_field(r, "value", "1290");
    assert_field(r, "unit", "台");
    r = indicator(l, 2);
    assert_field(r, "level1", "履职");
    assert_field(r, "name", "农作物病虫害统防统治面积");
    jx_record_list_free(l);
}

/* The same export of a table whose cells are mostly empty (operators and
 * units left blank beside qualitative targets): blank lines part nearly
 * every line, as in a browser's dump, but they are positions all the same. */
static void test_stream_blank_line_positions_sparse(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\n二级指标\n三级指标\n半年（程）指标值\n全年（程）指标值\n"
                                   "\n\n\n计算符号\n指标值\n计量单位\n计算符号\n指标值\n计量单位\n"
                                   "决策\n计划制定\n中长期规划制定健全性\n\n按进度推进\n\n\n健全\n\n"
                                   "\n\n工作计划制定健全性\n\n阶段性完成\n\n\n健全\n\n"
                                   "\n目标设定\n绩效目标合理性\n\n合理\n\n\n合理\n\n"
                                   "\n\n绩效指标明确性\n\n阶段性完成\n\n\n明确\n\n"
                                   "\n预算编制\n预算编制科学性\n\n科学\n\n\n科学\n");
    assert_int_equal(count_indicators(l), 5);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "level1", "决策");
    assert_field(r, "level2", "计划制定");
    assert_field(r, "name", "中长期规划制定健全性");
    assert_field(r, "value", "健全");
    r = indicator(l, 2);
    assert_field(r, "level2", "目标设定");
    assert_field(r, "name", "绩效目标合理性");
    r = indicator(l, 4);
    assert_field(r, "level1", "决策");
    assert_field(r, "level2", "预算编制");
    assert_field(r, "name", "预算编制科学性");
    jx_record_list_free(l);
}

/* A stream that does not read as rows (plain pdftotext gives a table column
 * by column) gives no records: its lines stay lines, and the document says
 * no target table was found rather than inventing rows. */
static void test_stream_column_order_refused(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("序号\n一级指标\n二级指标\n三级指标\n指标值\n"
                                   "1\n2\n3\n4\n"
                                   "产出指标\n数量指标\n"
                                   "培训人次\n新建候车亭\n养护里程\n发放补贴\n"
                                   "≥800人次\n=12个\n120公里\n100%\n");
    assert_int_equal(count_indicators(l), 0);
    char **w = jx_record_get_strv(jx_record_list_get(l, 0), "warnings");
    assert_non_null(w);
    assert_true(w[0] && strstr(w[0], "no target table"));
    g_strfreev(w);
    jx_record_list_free(l);
}

/* Plain pdftotext's first page of a target table (tests/raw/README.md):
 * the names block, then each target with its wrapped 指标解释, then rows
 * printed row by row; every row under the labels printed before it. */
static void test_raw_blocks_first_page(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "高素质农民培训人数", NULL, "980", "人", "output.quantity"},
        {"产出指标", "数量指标", "补贴耕地面积", "=", "678600", "亩", "output.quantity"},
        {"产出指标", "数量指标", "培育新型农业经营主体", ">=", "39", "家", "output.quantity"},
        {"产出指标", "数量指标", "农村户用厕所改造", NULL, "2700", "户", "output.quantity"},
        {"产出指标", "数量指标", "农机购置补贴机具数量", ">=", "930", "台", "output.quantity"},
        {"产出指标", "数量指标", "新增耕地灌溉面积", NULL, "2000", "亩", "output.quantity"},
        {"产出指标", "数量指标", "农作物病虫害统防统治面积", ">=", "16", "万亩", "output.quantity"},
        {"产出指标", "数量指标", "新建高标准农田面积", ">=", "2", "万亩", "output.quantity"},
        {"产出指标", "数量指标", "建设农产品产地冷藏保鲜设施", "=", "30", "个", "output.quantity"},
        {"产出指标", "数量指标", "补贴耕地面积(续建)", "=", "312300", "亩", "output.quantity"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/writer-blocks-first-page.txt", rows,
                                        G_N_ELEMENTS(rows));
    /* no explanation, 序号 or wrapped tail is read as a name */
    assert_int_equal(count_indicators(l), G_N_ELEMENTS(rows));
    assert_false(has_flag(indicator(l, 0), "stream-ambiguous"));
    jx_record_list_free(l);
}

/* The target of the indicator named `name`: op (NULL: none), value, unit. */
static void assert_target(const jx_record_list *l, const char *name, const char *op,
                          const char *value, const char *unit)
{
    const jx_record *r = indicator_named(l, name);
    if (!r)
        fail_msg("no indicator named %s", name);
    assert_opt_field(r, "op", op);
    assert_field(r, "value", value);
    assert_opt_field(r, "unit", unit);
}

/* Plain pdftotext of a Calc table whose 计算符号, 指标值 and 计量单位 each stand
 * on a line of their own: each figure takes the operator before it and the
 * unit after it.  Its level-2 labels are printed as a block (数量指标 质量指标
 * 时效指标 …) before the names: the groups follow in the block's order, a
 * name in the one its target's kind fits (counts, then percents). */
static void test_raw_ops_own_lines(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "家庭医生签约服务人数", "=", "3", "万人", "output.quantity"},
        {"产出指标", "数量指标", "★开展健康教育讲座次数", ">=", "1050", "次", "output.quantity"},
        {"产出指标", "质量指标", "居民规范化电子健康档案覆盖率", ">=", "64", "%", "output.quality"},
        {"产出指标", "质量指标", "★项目验收合格率", NULL, "100", "%", "output.quality"},
        {"效益指标", "生态效益指标", "★对生态环境的改善", NULL, "有所改善", NULL,
         "outcome.ecological"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-ops-own-lines.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 15);
    assert_target(l, "家庭医生签约服务人数", "=", "3", "万人");
    assert_target(l, "★开展健康教育讲座次数", ">=", "1050", "次");
    assert_target(l, "居民规范化电子健康档案覆盖率", ">=", "64", "%");
    assert_target(l, "★项目验收合格率", NULL, "100", "%");
    assert_target(l, "★补助资金下达时限", "<=", "2022-06-30", NULL);
    assert_target(l, "项目区农民人均增收", "=", "1020", "元");
    assert_target(l, "城乡居民公共卫生差距", NULL, "不断缩小", NULL);
    assert_target(l, "★受益群众满意度", ">=", "90", "%");
    jx_record_list_free(l);
}

/* Plain pdftotext of a bureau's table whose 序号 header cell shares its
 * lines with the label headers (`序 一级 二级指` / `号 指标`): the 序号 block
 * 1 … 7 is printed before the header word that opens the table, and the
 * next page's 序号 (8, 9, then 10 … 15 in a block) go on from it — they
 * are row numbers, not targets, so the names and targets pair. */
static void test_raw_seq_block_before_header(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "支持科技计划项目", ">=", "38", "项", "output.quantity"},
        {"产出指标", "数量指标", "发放科技创新券", ">=", "280", "万元", "output.quantity"},
        {"产出指标", "数量指标", "企业研发费用后补助项目数", "=", "221", "项", "output.quantity"},
        {"产出指标", "质量指标", "政策知晓率", ">=", "92", "%", "output.quality"},
        {"产出指标", "质量指标", "资金使用合规率", NULL, "100", "%", "output.quality"},
        {"产出指标", "质量指标", "补助对象识别精准率", NULL, "100", "%", "output.quality"},
        {"产出指标", "时效指标", "资金拨付及时率", "=", "100", "%", "output.timeliness"},
        {"效益指标", "经济效益指标", "项目区农民人均增收", ">=", "820", "元", "outcome.economic"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-seq-block-before-header.txt", rows, G_N_ELEMENTS(rows));
    assert_target(l, "单位建设成本", "<=", "3130", "元/平方米");
    jx_record_list_free(l);
}

/* Plain pdftotext of a bureau form whose two label columns are two
 * characters wide (header `指标 指标`): a line's first piece is the first
 * column's (`效益 经济` / `指标 效益`: 效益指标 and the form's 经济效益, not 效益
 * and 经济效益指标; `满意 满意` / `指标 度`: 满意指标 and 满意度), and a
 * one-line level-2 label printed after its row's name lies inside the
 * level-1's two lines (`产出` / name / `数量` / `指标`: 产出指标 and 数量). */
static void test_raw_label_columns_two_chars(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量", "补贴耕地面积*", "=", "509600", "亩", "output.quantity"},
        {"产出指标", "数量", "高素质农民培训人数", "=", "1480", "人", "output.quantity"},
        {"产出指标", "质量", "资金使用合规率", NULL, "100", "%", "output.quality"},
        {"效益指标", "经济效益", "★农业总产值增长率", ">=", "7", "%", "outcome.economic"},
        {"效益指标", "经济效益", "带动相关产业增收", ">=", "400", "万元", "outcome.economic"},
        {"效益指标", "社会效益", "群众获得感", NULL, "明显增强", NULL, "outcome.social"},
        {"效益指标", "可持续影响", "持续发挥效益", NULL, "长期", NULL, "outcome.sustainability"},
        {"满意指标", "满意度", "★受益农户满意度", ">=", "92", "%", "satisfaction"},
        {"满意指标", "满意度", "项目区农户满意度", ">=", "87", "%", "satisfaction"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-label-columns-two-chars.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a bureau form (tests/raw/README.md,
 * calc-level1-beside-closed-level2.txt) whose level-2 label wraps below the
 * name beside its first line (`社会 受益群众饮水安全保障水平` / `效益`): the
 * piece alone is the label's (社会效益), not a level-1 效益 that the rows
 * after would stand under. */
static void test_raw_level2_piece_alone(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"效益指标", "社会效益", "受益群众饮水安全保障水平", NULL, "有效提升", NULL, "outcome.social"},
        {"效益指标", "社会效益", "公共服务满意度提升", ">=", "1", "个百分点", "outcome.social"},
        {"效益指标", "社会效益", "政策宣传覆盖率", ">=", "91", "%", "outcome.social"},
        {"效益指标", "生态效益", "节能减排效果", NULL, "明显", NULL, "outcome.ecological"},
        {"效益指标", "可持续影响", "持续发挥效益", NULL, "长期有效", NULL, "outcome.sustainability"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-level1-beside-closed-level2.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of an older form whose 序号 block runs past a row's
 * number (24 … 26), that row's 序号 printed after with its name (`23` /
 * 社会影响力): the passed-over number is a 序号, not the row's target, and
 * the row takes its own target (逐步扩大). */
static void test_raw_seq_passed_over(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/calc-seq-passed-over.txt");
    const jx_record *r = indicator_named(l, "社会影响力");
    assert_non_null(r);
    assert_field(r, "value", "逐步扩大");
    assert_field(r, "level1", "效益");
    assert_field(r, "level2", "社会效益");
    for (guint i = 0; i < jx_record_list_length(l); i++) {
        const jx_record *x = jx_record_list_get(l, i);
        const char *v = jx_record_get_string(x, "value");
        assert_false(v && strcmp(v, "23") == 0);
    }
    jx_record_list_free(l);
}

/* The indicators of tests/raw/`rel`.txt named in `names` (NULL-ended)
 * compared field by field (labels, category, name, target) with the first
 * indicator of that name in tests/raw/`rel`.expected.jsonl, the generator's
 * ground truth beside the dump. */
static void check_raw_keys(const char *rel, const char *const *names, const char *const *keys, guint n_keys);

static void check_raw_rows(const char *rel, const char *const *names)
{
    static const char *const keys[] = {"level1", "level2", "category", "op", "value", "kind", "unit"};
    check_raw_keys(rel, names, keys, G_N_ELEMENTS(keys));
}

/* The work items of the indicators of tests/raw/`rel`.txt named in `names`
 * (NULL-ended) compared with the first indicator of that name in
 * tests/raw/`rel`.expected.jsonl. */
static void check_raw_tasks(const char *rel, const char *const *names)
{
    static const char *const keys[] = {"task"};
    check_raw_keys(rel, names, keys, G_N_ELEMENTS(keys));
}

/* check_raw_rows' comparison over the fields `keys` (`n_keys` of them). */
static void check_raw_keys(const char *rel, const char *const *names, const char *const *keys, guint n_keys)
{
    jx_test_assert_named_rows("tests/raw", rel, names, keys, n_keys);
}

/* The half-year targets of the indicators of tests/raw/`rel`.txt named in
 * `names` (NULL-ended) compared with the first indicator of that name in
 * tests/raw/`rel`.expected.jsonl: the half's value and kind, or no half
 * where the expected has none (its cell empty). */
static void check_raw_halves(const char *rel, const char *const *names)
{
    static const char *const keys[] = {"value", "kind"};
    char *txt = g_strdup_printf("tests/raw/%s.txt", rel);
    char *exp = g_strdup_printf("tests/raw/%s.expected.jsonl", rel);
    char *want = jx_test_path("JX_SOURCE_DIR", exp);
    GError *error = NULL;
    GPtrArray *expected = want ? jx_golden_load(want, &error) : NULL;
    assert_non_null(expected);
    jx_record_list *got = jx_test_parse_repo_file(txt);
    for (const char *const *name = names; *name; name++) {
        JsonObject *match = jx_golden_named(expected, *name);
        if (!match)
            fail_msg("%s: %s: not in the expected file", exp, *name);
        const jx_record *rec = indicator_named(got, *name);
        if (!rec)
            fail_msg("%s: no indicator named %s", txt, *name);
        JsonNode *node = json_object_get_member(match, "half");
        JsonObject *half = node && JSON_NODE_HOLDS_OBJECT(node) ? json_node_get_object(node) : NULL;
        const jx_record *got_half = jx_record_get_record(rec, "half");
        if (!half && got_half)
            fail_msg("%s: %s: expected no half, got %s", txt, *name, jx_record_get_string(got_half, "value"));
        if (half && !got_half)
            fail_msg("%s: %s: expected a half, got none", txt, *name);
        char *difference = half ? jx_golden_string_difference(half, got_half, keys, G_N_ELEMENTS(keys)) : NULL;
        if (difference)
            fail_msg("%s: %s: half %s", txt, *name, difference);
    }
    jx_record_list_free(got);
    g_ptr_array_unref(expected);
    g_free(txt);
    g_free(exp);
    g_free(want);
}

/* Plain pdftotext of half-year forms whose text rows' targets print in one
 * run with the next row's (tests/raw/README.md,
 * writer-half-words-before-figure.txt, calc-half-name-tail-unit.txt):
 * `绩效指标明确性` / `明确` / `“三公经费”变动率` / `≤0%` / `≤0%`, `资金兑付及时性` /
 * `及时` / `24` / `项目完成时限` / `2024-10-31`.  A half-year's words stand
 * beside the year's words only, so `明确` is the year's target of its row
 * (its half-year cell empty), not the half before the next row's `≤0%`,
 * and `及时` is not the half of `2024-10-31`. */
static void test_raw_half_words_before_figure(void **state)
{
    (void)state;
    static const char *const writer[] = {"绩效指标明确性", "持续发挥效益", "周边群众满意度", NULL};
    check_raw_rows("writer-half-words-before-figure", writer);
    check_raw_halves("writer-half-words-before-figure", writer);
    static const char *const calc[] = {"资金兑付及时性", "项目完成时限", NULL};
    check_raw_rows("calc-half-name-tail-unit", calc);
    check_raw_halves("calc-half-name-tail-unit", calc);
}

/* Plain pdftotext of a half-year form printing a text row's target right
 * before the next text row's (tests/raw/README.md,
 * calc-half-words-before-next-words.txt): `规范` (预算编制规范性's, its
 * name printed later) / `预算编制科学性` / `科学`.  A half-year's words are
 * the year's own (健全 / 健全) or a stage of the work (稳步推进 / 健全); other
 * words before the year's (规范 before 科学) are another row's target, and
 * 预算编制科学性 has no half. */
static void test_raw_half_words_before_next_words(void **state)
{
    (void)state;
    static const char *const names[] = {"中长期规划制定健全性", "工作计划制定健全性", "预算编制科学性", NULL};
    check_raw_rows("calc-half-words-before-next-words", names);
    check_raw_halves("calc-half-words-before-next-words", names);
}

/* Plain pdftotext of a form (tests/raw/README.md,
 * writer-first-rows-label-late.txt) whose first group, five rows tall,
 * has its merged level-2 cell 数量指标 printed after the one-row groups'
 * labels beside their rows (质量指标 抽检任务完成率 … 时效指标 项目完成时限 …
 * 数量指标 产出指标): the five rows the region opens on stand under 数量指标,
 * not under 质量指标, the first label printed. */
static void test_raw_first_rows_label_late(void **state)
{
    (void)state;
    static const char *const names[] = {"食品安全抽检批次", "快检食品数量", "检验特种设备", "开展执法检查",
                                        "专利授权量",       "抽检任务完成率", "项目完成时限", NULL};
    check_raw_rows("writer-first-rows-label-late", names);
}

/* The same with labels joining both levels (tests/raw/README.md,
 * calc-first-rows-joined-label-late.txt, two tables): `产出-数量指标`
 * printed after `产出-质量指标`, `产出-时效指标` and their rows, next to
 * `成本指标-经济成本指标`; the rows the tables open on are 产出-数量's. */
static void test_raw_first_rows_joined_label_late(void **state)
{
    (void)state;
    static const char *const names[] = {"公益电影放映场次", "免费开放场馆数量", "资金使用合规率",
                                        "★公益电影放映场次", "修缮文物保护单位", "新增图书馆藏书*",
                                        "送戏下乡演出场次", "演出质量达标率*",   NULL};
    check_raw_rows("calc-first-rows-joined-label-late", names);
}

/* Plain pdftotext of a department table whose work-item column prints two
 * items on consecutive lines (tests/raw/README.md,
 * writer-dept-items-one-block.txt: `建设高标准农田，提升耕地质量` /
 * `推进农村人居环境整治提升`, the first at the column's width): the second is
 * the next item's cell, not the first's wrapped tail, as it opens a print
 * elsewhere more often than it follows one; each takes its own rows. */
static void test_raw_dept_items_one_block(void **state)
{
    (void)state;
    static const char *const names[] = {"资金兑付及时性", "审批办结时限",     "农业总产值增长率",
                                        "公共服务满意度提升", "农民种粮积极性", "农作物秸秆综合利用率",
                                        NULL};
    check_raw_tasks("writer-dept-items-one-block", names);
}

/* Plain pdftotext of a department table whose row header's first line
 * prints right under a work item at the column's width (tests/raw/README.md,
 * calc-dept-item-over-row-header.txt: `推进知识产权创造运用 档案资料完整率` /
 * `年度绩效` / `指标`): `年度绩效` is the row header's, no tail of the item. */
static void test_raw_dept_item_over_row_header(void **state)
{
    (void)state;
    static const char *const names[] = {"检验特种设备", "专利授权量(暂定)", NULL};
    check_raw_tasks("calc-dept-item-over-row-header", names);
}

/* Plain pdftotext of a department table whose work-item column prints as
 * blocks apart from the rows (tests/raw/README.md,
 * calc-dept-items-as-blocks.txt: `开展农村环境综合整治` / `推进水污染防治` /
 * `打好蓝天保卫战` … before the page's names): each block's cells share
 * the rows from its place to the next print evenly, in order, instead of
 * all but the last standing over no row. */
static void test_raw_dept_items_as_blocks(void **state)
{
    (void)state;
    static const char *const names[] = {"建设空气质量自动监测站", "新建污水处理设施*", "开展执法检查",
                                        "项目验收合格率",         "资金使用合规率",    "审批办结时限",
                                        NULL};
    check_raw_tasks("calc-dept-items-as-blocks", names);
}

/* Plain pdftotext of a form with one label column (tests/raw/README.md,
 * writer-kind-column-labels-before-header.txt) whose header word 指标类型
 * prints its column's labels as a block right under it (`产出指标/数量指标`
 * … `效益指标/生态效益指标`), before 具体指标 and 目标值: the region opened
 * at 具体指标 lost the labels, and every row stood under the last one
 * printed after.  The kind column's header keeps its labels for the region. */
static void test_raw_kind_column_labels_before_header(void **state)
{
    (void)state;
    static const char *const names[] = {"快检食品数量", "食品安全抽检批次", "检验特种设备(县直单位)",
                                        "项目验收合格率", "补助资金下达时限", "人均培训成本",
                                        "群众获得感", NULL};
    check_raw_rows("writer-kind-column-labels-before-header", names);
}

/* Plain pdftotext of a form whose value header states the unit
 * (tests/raw/README.md, calc-bare-percent-quality-rows.txt): the labels
 * 数量指标 and 质量指标 print as one block before six rows, the rates'
 * targets bare figures (`=100`, `83`) under `指标值（%）`; a rate's name
 * (`…精准率`, `…知晓率`) tells its bare figure a percent of 质量指标, not a
 * count of 数量指标 beside `≥2470件`. */
static void test_raw_bare_percent_quality_rows(void **state)
{
    (void)state;
    static const char *const names[] = {"★检验特种设备", "专利授权量*", "补助对象识别精准率", "政策知晓率",
                                        "不合格食品核查处置率", NULL};
    check_raw_rows("calc-bare-percent-quality-rows", names);
}

/* Plain pdftotext of a form printed row by row (tests/raw/README.md,
 * calc-name-before-target-after-remarks.txt): once the names read ran ahead
 * of the targets (a name's pieces counted twice), every text right after a
 * target was taken for the row's remark and dropped, the next name with it
 * (`按计划完成` / `群众获得感` / `有效提升`), and the rows below shifted by one.
 * A text the next target follows is that target's name. */
static void test_raw_name_before_target_after_remarks(void **state)
{
    (void)state;
    static const char *const names[] = {"★工作任务完成及时性", "群众获得感", "对生态环境的改善*",
                                        "参训人员满意度", "受益群众满意度", NULL};
    check_raw_rows("calc-name-before-target-after-remarks", names);
}

/* Plain pdftotext of a bureau form (tests/raw/README.md,
 * calc-funds-before-goal.txt) whose funds amount `453.00` prints after the
 * header words, right before the year's goal statement (its lines cut at
 * the cell's width, `…开展执法检查达到` / `目标、食品安全抽检批次…`): read as a
 * target it paired with the first name and every row took the target of
 * the row before.  The amount and the goal's lines are neither names nor
 * targets. */
static void test_raw_funds_before_goal(void **state)
{
    (void)state;
    static const char *const names[] = {"★快检食品数量", "★食品安全抽检批次", "专利授权量", "开展执法检查",
                                        "检验特种设备*", "开展执法检查(中心城区)", "★特种设备定期检验率",
                                        NULL};
    check_raw_rows("calc-funds-before-goal", names);
}

/* Plain pdftotext of a bureau form (tests/raw/README.md,
 * writer-satisfaction-rows-before-labels.txt) whose satisfaction group
 * closes the table: its level-1 满意度指标 prints in the label block atop
 * the rows, its level-2 服务对象满意度 after every row, so read where printed
 * the two satisfaction rows stood under the group before (时效指标).  A
 * region ending on names that say satisfaction puts them under its
 * satisfaction labels. */
static void test_raw_satisfaction_rows_before_labels(void **state)
{
    (void)state;
    static const char *const names[] = {"受益群众满意度", "观众满意度", "审批办结时限", NULL};
    check_raw_rows("writer-satisfaction-rows-before-labels", names);
}

/* Plain pdftotext of a form with a mid-term column (tests/raw/README.md,
 * writer-later-groups-labels-at-end.txt) whose later groups' merged label
 * cells (经济效益指标 社会效益指标 生态效益指标) print after every row but the
 * satisfaction group's: read where printed, the rows after 时效指标's stood
 * under it.  The trailing block is spread over that run by what the rows
 * state. */
static void test_raw_later_groups_labels_at_end(void **state)
{
    (void)state;
    static const char *const names[] = {"资金兑付及时性", "带动农民人均增收", "惠及人口", "农民种粮积极性",
                                        "社会影响力",     "化肥农药使用量",   "对生态环境的改善", NULL};
    check_raw_rows("writer-later-groups-labels-at-end", names);
}

/* The same on a page followed by another (tests/raw/README.md,
 * calc-page-end-labels-next-page-rows.txt): the labels 社会效益指标
 * 生态效益指标 可持续影响指标 print after page 1's last rows, page 2's rows
 * (持续发挥效益, 群众满意度) after them; no row of page 1 follows the block,
 * so it is that page's later groups' labels. */
static void test_raw_page_end_labels_next_page_rows(void **state)
{
    (void)state;
    static const char *const names[] = {"群众生产生活条件", "节能减排效果", "公路养护长效机制", "持续发挥效益",
                                        NULL};
    check_raw_rows("calc-page-end-labels-next-page-rows", names);
}

/* Plain pdftotext of an older form (tests/raw/README.md,
 * calc-satisfaction-level2-worded-apart.txt) printing both satisfaction
 * cells, the level-1 `满意度指` / `标` and the level-2 `满意度`: either word
 * reads as a level-1, and the rows stood under one with no level-2.  The
 * word naming the level (…指标) is the level-1, the other the level-2. */
static void test_raw_satisfaction_level2_worded_apart(void **state)
{
    (void)state;
    static const char *const names[] = {"护林员满意度", "受益群众满意度", NULL};
    check_raw_rows("calc-satisfaction-level2-worded-apart", names);
}

/* The same with both cells saying one word (tests/raw/README.md,
 * calc-satisfaction-word-both-levels.txt): `满意度` prints twice, the
 * level-1's and the level-2's; the satisfaction row stands under both. */
static void test_raw_satisfaction_word_both_levels(void **state)
{
    (void)state;
    static const char *const names[] = {"群众满意度", NULL};
    check_raw_rows("calc-satisfaction-word-both-levels", names);
}

/* Plain pdftotext of a department form (tests/raw/README.md,
 * calc-dept-labels-out-of-form-order.txt) whose level-2 labels print in
 * another order than their rows (数量指标 时效指标 … 质量指标 …, 效益指标
 * 生态效益指标 可持续影响指标 … 社会效益指标 经济效益指标): read in print
 * order, the 时效 rows stood under 质量指标 and each 效益 group under the
 * next.  The rows stand in the printed groups in the form's order, as their
 * names say (`资金拨付及时率`, `项目区农民人均增收`, `持续发挥效益`). */
static void test_raw_labels_out_of_form_order(void **state)
{
    (void)state;
    static const char *const names[] = {"资金拨付及时率", "工作任务完成及时性", "补助资金下达时限",
                                        "项目开工时间",   "项目区农民人均增收", "对生态环境的改善",
                                        "节能减排效果(暂定)", "持续发挥效益", "长效管理机制",
                                        "演出质量达标率", "惠及人口", NULL};
    check_raw_rows("calc-dept-labels-out-of-form-order", names);
}

/* The same in a form of a year setting 成本指标 under 产出 (tests/raw/README.md,
 * calc-dept-cost-level1-out-of-form-order.txt): `成本指标` prints in the
 * level-1 words' column and heads no row where printed; the rows its names
 * name (`人均补助标准`, `人均培训成本`) stood under 经济效益指标. */
static void test_raw_cost_level1_out_of_form_order(void **state)
{
    (void)state;
    static const char *const names[] = {"人均补助标准", "人均培训成本", "项目开工时间", "带动农民人均增收",
                                        NULL};
    check_raw_rows("calc-dept-cost-level1-out-of-form-order", names);
}

/* The same in a form of a year setting 成本指标 as a level-1 whose
 * 成本指标 is still 产出's group (tests/raw/README.md,
 * writer-bare-cost-output-group.txt): the label block `产出指标 质量指标
 * 时效指标 成本指标` prints no cost level-2 (经济成本指标 …), and the rows
 * whose names name a cost (`亩均补助标准`, `★成本节约率`) stood under
 * 时效指标; they stand under 产出 / 成本指标. */
static void test_raw_bare_cost_output_group(void **state)
{
    (void)state;
    static const char *const names[] = {"审批办结时限", "亩均补助标准", "★成本节约率", NULL};
    check_raw_rows("writer-bare-cost-output-group", names);
}

/* The same where 成本指标 is a level-1 with groups of its own
 * (tests/raw/README.md, calc-cost-names-economic-group.txt): `经济成本指标`
 * `生态环境成本指标` print after the rows, which stood under 时效指标; the
 * names that name a cost (`人均补助标准`, `单位建设成本`, read as 产出's
 * cost by the names' vocabulary) stand under 成本指标 / 经济成本指标. */
static void test_raw_cost_names_economic_group(void **state)
{
    (void)state;
    static const char *const names[] = {"审批办结时限", "人均补助标准", "单位建设成本", NULL};
    check_raw_rows("calc-cost-names-economic-group", names);
}

/* The same where a printed group holds no row (tests/raw/README.md,
 * writer-empty-group-takes-last-row.txt): `社会成本指标` prints between the
 * economic and environmental cost groups and the row whose name names no
 * category (`对周边群众生产生活的影响`) stayed last under 经济成本指标; the
 * empty group takes it. */
static void test_raw_empty_group_takes_last_row(void **state)
{
    (void)state;
    static const char *const names[] = {"项目预算控制率", "项目总成本", "对周边群众生产生活的影响",
                                        "施工期扬尘污染投诉", NULL};
    check_raw_rows("writer-empty-group-takes-last-row", names);
}

/* The same offer refused where it would empty the group over the rows
 * after the run (tests/raw/README.md, calc-bare-cost-label-carried.txt):
 * `社会效益` printed after the cost rows is the label of the unlabelled
 * 效益 rows below them, which take it from the row above; the run is read
 * without the offered 成本 group, as before (`项目验收合格率` to 质量). */
static void test_raw_bare_cost_label_carried(void **state)
{
    (void)state;
    static const char *const names[] = {"项目验收合格率", "资金拨付及时率", "群众生产生活条件", "社会影响力",
                                        "受益居民户数", NULL};
    check_raw_rows("calc-bare-cost-label-carried", names);
}

/* Plain pdftotext of a form whose operator column stands before the
 * target's, its header cell `计算符号` printed on a line of its own after the
 * first page's names (tests/raw/README.md,
 * writer-ops-lead-under-late-op-header.txt): the header's order (指标值 |
 * 计量单位 | … 计算符号) said the operators follow their figures, each `=`
 * went to the figure before it (`6,400` took `4`'s); the operators between
 * a name and a figure (`项目预算控制率` / `≤` / `100`) outvote it. */
static void test_raw_ops_lead_under_late_op_header(void **state)
{
    (void)state;
    static const char *const names[] = {"购置学生课桌椅", "改扩建校舍面积", "配备教学仪器设备学校数", "档案资料完整率",
                                        "资金使用合规率", "义务教育巩固率*", "项目完成时限", NULL};
    check_raw_rows("writer-ops-lead-under-late-op-header", names);
}

/* Plain pdftotext of a bureau's form whose operators print among the
 * names, each after its row's name or labels (`项目总成本` / `≤` /
 * `人均补助标准`; `效益指标` / `≥` / `群众生产生活条件`), the figures after
 * (tests/raw/README.md, writer-ops-among-names.txt): the operator was lost,
 * the row's target read unsigned. */
static void test_raw_ops_among_names(void **state)
{
    (void)state;
    static const char *const names[] = {"项目总成本", "节约财政资金", NULL};
    static const char *const keys[] = {"op", "value"};
    check_raw_keys("writer-ops-among-names", names, keys, G_N_ELEMENTS(keys));
}

/* The same refused where the name after the operator is printed with its
 * figure (tests/raw/README.md, calc-op-before-row-printed-whole.txt:
 * `补助对象识别精准率` / `＝` / `档案资料完整率` / `１００`): the operator
 * opens that row, printed row by row; the name before it keeps its
 * unsigned `100%`. */
static void test_raw_op_before_row_printed_whole(void **state)
{
    (void)state;
    static const char *const names[] = {"补助对象识别精准率", NULL};
    static const char *const keys[] = {"op", "value"};
    check_raw_keys("calc-op-before-row-printed-whole", names, keys, G_N_ELEMENTS(keys));
}

/* The same where a name's word must outweigh where two rows' label printed
 * (tests/raw/README.md, calc-dept-fit-outweighs-two-rows.txt): `社会效益指标`
 * prints after `惠及人口` and `受益群众饮水安全保障水平`, which stood under
 * 经济效益指标; `惠及人口` names a 社会效益指标 row, and the row after it
 * follows it into that group (rows keep their order). */
static void test_raw_fit_outweighs_two_rows(void **state)
{
    (void)state;
    static const char *const names[] = {"惠及人口", "受益群众饮水安全保障水平", "带动相关产业增收", NULL};
    check_raw_rows("calc-dept-fit-outweighs-two-rows", names);
}

/* Plain pdftotext of a half-year table (tests/raw/README.md,
 * writer-half-label-block-one-each.txt) whose level-2 labels print as one
 * block (`质量指标` `时效指标` `成本指标` `经济成本指标`) before the three names
 * they head: three labels over three names is one a row (every label heads a
 * row), not 质量指标 over the first two and a cost group passed over. */
static void test_raw_label_block_one_each(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出", "质量指标", "★资金使用合规率", NULL, "100", "%", "output.quality"},
        {"产出", "时效指标", "项目完成时限", NULL, "2021-12-25", NULL, "output.timeliness"},
        {"成本指标", "经济成本指标", "★成本节约率", ">=", "5", "%", "cost.economic"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-half-label-block-one-each.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of an older bureau form (tests/raw/README.md,
 * writer-bureau-cost-after-wrapped-level1.txt) that prints each row's
 * labels, the level-1 wrapped (`产出` / `指标` / `时效指标`, `产出` / `指标` /
 * `成本指标`), as one block before the rows' names: 成本指标 right after the
 * wrapped 产出指标 is its level-2 (the form is of 2020), the block holds as
 * many labels as names, and each row takes its own. */
static void test_raw_cost_level2_after_wrapped_level1(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "质量指标", "供水保证率", ">=", "90", "%", "output.quality"},
        {"产出指标", "质量指标", "资金使用合规率", "=", "100", "%", "output.quality"},
        {"产出指标", "时效指标", "工作任务完成及时性", NULL, "按时完成", NULL, "output.timeliness"},
        {"产出指标", "成本指标", "项目预算控制率", "<=", "100", "%", "output.cost"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-bureau-cost-after-wrapped-level1.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a bureau form (tests/raw/README.md,
 * calc-satisfaction-level1-interleaved.txt) whose narrow level-1 cell
 * 满意度指标 wraps a piece a line (`满意` / `度指` / `标`) while the names and
 * the level-2 column print their lines in between (`企业满意度`, `服务对象`,
 * `满意度`): the pieces grow the label, not the short 满意 alone. */
static void test_raw_satisfaction_level1_interleaved(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"满意度指标", "服务对象满意度", "企业满意度", NULL, "91", "%", "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-satisfaction-level1-interleaved.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a table whose operator column stands right of the
 * unit's (三级指标 | 年度指标值 | 度量单位 | 运算符号), both header cells
 * wrapped and their first lines printed side by side (`度量单 运算符` / `位` /
 * `号`): the operator printed after a figure and its unit is that figure's
 * (`134` / `公里` / `≥`), not the next one's. */
static void test_raw_ops_after_wrapped_unit_header(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/writer-ops-after-wrapped-unit-header.txt");
    assert_target(l, "★国省道路面养护里程", ">=", "134", "公里");
    assert_target(l, "XX村通组道路硬化里程", NULL, "12.4", "公里");
    assert_target(l, "危桥改造数量*", ">=", "6", "座");
    assert_target(l, "新建港湾式候车亭", "=", "31", "个");
    assert_target(l, "农村公路提质改造里程(城区)", ">=", "105.80", "公里");
    assert_target(l, "项目验收合格率*", "=", "100", "%");
    assert_target(l, "人均培训成本", "<=", "630", "元/人");
    assert_target(l, "成本节约率", NULL, "1", "%");
    jx_record_list_free(l);
}

/* Plain pdftotext of an older form with a 指标解释 column (tests/raw/README.md:
 * calc-unit-beside-explanation.txt): the unit cell and the explanation's
 * line print as one line after the figure (`=180` / `元/亩 按实际完成比例计分`),
 * a unit wrapped in its cell beside the explanation's two lines (`≥2` /
 * `平方 全部完成得满分，否则` / `米 酌情扣分`): the figure takes the unit, no
 * explanation is read as a name. */
static void test_raw_unit_beside_explanation(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "成本指标", "亩均补助标准", "=", "180", "元/亩", "output.cost"},
        {"效益指标", "社会效益指标", "★人均体育场地面积", ">=", "2", "平方米", "outcome.social"},
        {"效益指标", "社会效益指标", "惠及人口", ">=", "10", "万人", "outcome.social"},
    };
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/calc-unit-beside-explanation.txt");
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
        const jx_record *r = indicator_named(l, rows[i].name);
        if (!r)
            fail_msg("no indicator named %s", rows[i].name);
        assert_field(r, "level1", rows[i].level1);
        assert_field(r, "level2", rows[i].level2);
        assert_target(l, rows[i].name, rows[i].op, rows[i].value, rows[i].unit);
        assert_field(r, "category", rows[i].category);
    }
    for (guint i = 0; i < jx_record_list_length(l); i++) {
        const jx_record *r = jx_record_list_get(l, i);
        const char *name = jx_record_get_string(r, "name");
        assert_false(name && (strstr(name, "扣分") || strstr(name, "计分")));
    }
    jx_record_list_free(l);
}

/* Plain pdftotext of tables whose unit column printed as a block of its
 * own after the target column's (tests/raw/README.md): the units on lines
 * of their own right after a target that takes none (`≥` / `93.5%` /
 * `万人次`; `≥` / `89%` / `%` / `年`) belong, in order, to the figures in no
 * unit above them on the page, as many as the units (`＝20`; `>95`, `>6`),
 * never to a figure that has its unit. */
static void test_raw_units_run_after_targets(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/calc-unit-after-next-target.txt");
    assert_target(l, "参与群众文化活动人次(以批复为准)", "=", "20", "万人次");
    assert_target(l, "社会公众满意度", ">=", "93.5", "%");
    assert_target(l, "读者满意度", ">=", "90", "%");
    jx_record_list_free(l);
    l = jx_test_parse_repo_file("tests/raw/writer-units-run-after-targets.txt");
    assert_target(l, "政策宣传覆盖率", ">", "95", "%");
    assert_target(l, "项目持续发挥作用年限", ">", "6", "年");
    assert_target(l, "受灾群众满意度", ">=", "89", "%");
    assert_target(l, "公共服务满意度提升", ">=", "1", "个百分点");
    jx_record_list_free(l);
}

/* Plain pdftotext of a bureau's form whose target columns stand under a
 * caption (`2020 年目标值` over 计算符号 | 目标值 | 度量单位): the caption's
 * value word before the operator's is no column left of it, and the
 * operator printed before a figure is that figure's (`≥` / `330` / `元`). */
static void test_raw_value_caption_over_ops(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "培训乡村医生人次", ">=", "1330", "人次", "output.quantity"},
        {"产出指标", "时效指标", "项目开工时间", NULL, "2020-12-25", NULL, "output.timeliness"},
        {"效益指标", "经济效益指标", "项目区农民人均增收", ">=", "330", "元", "outcome.economic"},
        {"效益指标", "社会效益指标", "惠及人口", NULL, "4", "万人", "outcome.social"},
        {"效益指标", "社会效益指标", "公共服务满意度提升", ">=", "5", "个百分点", "outcome.social"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-value-caption-over-ops.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a table whose operator header cell wrapped its last
 * character onto a line of its own (`运算符` / `号`): that line ends the
 * header word, no name taking the first row's target (`号 ≥58套`) and
 * moving every name a row down. */
static void test_raw_op_header_tail_alone(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/writer-op-header-tail-alone.txt");
    assert_null(indicator_named(l, "号"));
    assert_target(l, "新增净化消毒设备", ">=", "58", "套");
    assert_target(l, "新增水土流失治理面积", ">=", "53.7", "平方公里");
    assert_target(l, "除险加固小型水库", ">", "30", "座");
    assert_target(l, "持续发挥效益", NULL, "长期有效", NULL);
    assert_target(l, "社会公众满意度", ">=", "91", "%");
    jx_record_list_free(l);
}

/* Plain pdftotext of a form whose value column's header states the unit
 * (`年度指标值（%）` over bare figures), its narrow cell wrapped before the
 * closing bracket (`年度指标值（%` / `）`, Calc) or before the bracket
 * (`年度指标值` / `（%）`, Writer): the wrapped piece ends the header word, no
 * name taking the first row's target, and a bare figure has the header's
 * unit. */
static void test_raw_value_header_unit_wrapped(void **state)
{
    (void)state;
    static const char *const files[] = {"tests/raw/calc-value-header-unit-bracket-cut.txt",
                                        "tests/raw/writer-value-header-unit-own-line.txt"};
    for (gsize i = 0; i < G_N_ELEMENTS(files); i++) {
        jx_record_list *l = jx_test_parse_repo_file(files[i]);
        assert_null(indicator_named(l, ")"));
        assert_null(indicator_named(l, "(%)"));
        assert_target(l, "化解大班额班级数", NULL, "27", "个");
        assert_target(l, "学生资助资金发放准确率", "=", "100", "%");
        assert_target(l, "政策知晓率", NULL, "91", "%");
        assert_target(l, "成本节约率", ">=", "4", "%");
        assert_target(l, "教师满意度", ">=", "95", "%");
        assert_target(l, "审批办结时限", NULL, "12", "个工作日");
        jx_record_list_free(l);
    }
}

/* Plain pdftotext of a form of 2021 whose label cells join both levels
 * (`产出指标—时效指标`, `效益指标—经济效益指`), a bare 成本指标 among them:
 * each row names its own level-1, so no group is placed by its rows and the
 * bare label is a level-1 of its own, the year's reading — weighed by
 * placement as a level-2 (target.c cost_reading), it took the 效益 rows
 * below it (项目区农民人均增收 under 成本指标). */
static void test_raw_cost_bare_among_joined_labels(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "时效指标", "资金兑付及时性", NULL, "及时", NULL, "output.timeliness"},
        {"成本指标", "", "项目总成本", "<", "3050", "万元", "cost"},
        {"效益指标", "经济效益指标", "项目区农民人均增收", NULL, "1270", "元", "outcome.economic"},
        {"效益指标", "社会效益指标", "群众生产生活条件", NULL, "按照项目实施方案要求持续改善,惠及更多群众",
         NULL, "outcome.social"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/calc-cost-bare-among-joined-labels.txt", rows,
                                        G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a bureau's form whose metadata rows stand inside the
 * table: their labels (实施单位, 年度资金总额：) print among the header's
 * and the labels' blocks, a figure after each (`111.32`).  A document
 * field's label is no name and the figure after it no target. */
static void test_raw_field_labels_among_blocks(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/calc-field-labels-among-blocks.txt");
    assert_null(indicator_named(l, "实施单位"));
    assert_int_equal(count_indicators(l), 25);
    assert_target(l, "发放科技创新券", "=", "640", "万元");
    assert_target(l, "支持科技计划项目", ">=", "57", "项");
    jx_record_list_free(l);
}

/* Plain pdftotext of a table whose last targets print after its notes and
 * signatures (`92 %`, `≥94%`, at the foot of the page): the region goes on
 * to the end of that page, so they pair with the last names, and the notes
 * still reach the document.  The last group's level-2 label is cut before
 * its last character (`服务对象满意度指` … `标`, other columns' lines
 * between): it is the label, and the lone `标` no tail of a name. */
static void test_raw_targets_after_notes(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "质量指标", "仪器设备验收合格率", "=", "100", "%", "output.quality"},
        {"产出指标", "时效指标", "补助资金下达时限", NULL, "2021-12-31", NULL, "output.timeliness"},
        {"成本指标", "生态环境成本指标", "施工期扬尘污染投诉", "<=", "0", "次",
         "cost.environmental"},
        {"效益指标", "社会效益指标", "服务能力和水平", NULL, "显著提升", NULL, "outcome.social"},
        {"效益指标", "可持续影响指标", "持续发挥效益", NULL, "长期", NULL,
         "outcome.sustainability"},
        {"满意度指标", "服务对象满意度指标", "社会公众满意度", NULL, "92", "%",
         "satisfaction.service"},
        {"满意度指标", "服务对象满意度指标", "服务对象满意度(暂定)", ">=", "94", "%",
         "satisfaction.service"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/writer-targets-after-notes.txt", rows,
                                        G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 11);
    assert_target(l, "资助家庭经济困难学生人数", "=", "14400", "人");
    assert_target(l, "人均补助标准", "=", "940", "元/人");
    assert_target(l, "学生满意度", ">=", "95", "%");
    /* eleven names, eleven targets: nothing flagged */
    assert_false(has_flag(indicator(l, 0), "stream-ambiguous"));
    assert_true(document_says(l, "notes", "填报人", "孙涛"));
    jx_record_list_free(l);
}

/* Plain pdftotext of a table whose header is printed again mid-page (a
 * second part: 一级指标 二级指标 指标内容 全年指标值) and whose second part's
 * targets come after the signatures, under that header's 全年指标值 again:
 * the region's names still wait for their targets there, so the repeated
 * header word goes on with the region rather than opening a new one of
 * targets alone, and every name pairs (before, the table was lost whole). */
static void test_raw_repeated_header_targets_after_notes(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "质量指标", "抽检任务完成率", "=", "100", "%", "output.quality"},
        {"产出指标", "时效指标", "项目完成时限", NULL, "2023-06-30", NULL, "output.timeliness"},
        {"成本指标", "经济成本指标", "项目总成本", "<=", "2770", "万元", "cost.economic"},
        {"成本指标", "社会成本指标", "对周边群众生产生活的影响", NULL, "较小", NULL, "cost.social"},
        {"成本指标", "生态环境成本指标", "施工期扬尘污染投诉", NULL, "0", "次",
         "cost.environmental"},
        {"效益指标", "社会效益指标", "群众获得感", NULL, "有效提升", NULL, "outcome.social"},
        {"效益指标", "可持续影响指标", "持续发挥效益", NULL, "长期有效", NULL,
         "outcome.sustainability"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/calc-header-repeated-targets-after-notes.txt",
                                        rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 17);
    assert_target(l, "食品安全抽检批次", ">=", "2640", "批次");
    assert_target(l, "专利授权量", ">=", "2360", "件");
    assert_target(l, "公共服务满意度提升", ">=", "3", "个百分点");
    assert_target(l, "惠及人口", NULL, "12", "万人");
    assert_target(l, "消费者满意度", ">=", "91", "%");
    assert_target(l, "企业满意度", ">=", "92", "%");
    assert_true(document_says(l, "notes", "填报人", "胡杰"));
    jx_record_list_free(l);
}

/* Plain pdftotext of a table printed mostly row by row (序号, name, target,
 * its 备注): the 资金总额 figure above the table stands among the lines
 * (`182`), and the 备注 cells (`暂定`, `新增指标`, `以批复为准`) stand where
 * names would.  The names pair with the targets printed right after them,
 * the stray figure and the remarks left out, not every later row shifted
 * by one; the counts differ, so the rows are flagged and the document
 * warned.  The 质量指标 label, merged over its group and centred in it,
 * prints after the group's first rows: the rows whose targets are
 * percents go in its group. */
static void test_raw_stray_figure_and_remarks(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "治理河道长度", ">=", "39.34", "公里", "output.quantity"},
        {"产出指标", "数量指标", "新建集中供水工程", ">=", "4", "处", "output.quantity"},
        {"产出指标", "数量指标", "除险加固小型水库", "=", "4", "座", "output.quantity"},
        /* printed before their 质量指标 label (centred in its group): their
         * percents put them in its group, not the 数量指标 above */
        {"产出指标", "质量指标", "工程验收合格率", "=", "100", "%", "output.quality"},
        {"产出指标", "质量指标", "档案资料完整率", "=", "100", "%", "output.quality"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/writer-stray-figure-remarks.txt", rows,
                                        G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 22);
    assert_target(l, "改造提升供水管网", NULL, "157", "公里");
    assert_target(l, "工程验收合格率", "=", "100", "%");
    assert_target(l, "补助对象识别精准率", NULL, "100", "%");
    assert_target(l, "资金兑付及时性", NULL, "按时完成", NULL);
    assert_target(l, "补助资金下达时限", "<=", "2019-11-30", NULL);
    assert_target(l, "亩均补助标准", NULL, "670", "元/亩");
    assert_target(l, "服务能力和水平", NULL, "显著提升", NULL);
    assert_target(l, "水土流失治理度", ">=", "85", "%");
    assert_target(l, "社会公众满意度", ">=", "93", "%");
    assert_null(indicator_named(l, "暂定"));
    assert_null(indicator_named(l, "新增指标"));
    assert_true(has_flag(indicator(l, 0), "stream-ambiguous"));
    assert_true(document_says(l, "warnings", "do not pair one to one", NULL));
    jx_record_list_free(l);
}

/* Plain pdftotext of a table whose header is printed whole, one cell a
 * line: read as plain pdftotext's all the same (the cell-stream reader
 * lost its labels).  A qualitative target wrapped over three lines
 * (`按照项目实施方案要` / `求持续改善，惠及更` / `多群众`) is one target,
 * not names. */
static void test_raw_header_whole(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "产出数量", "新建社区居家养老服务中心", NULL, "15", "个", "output.quantity"},
        {"产出指标", "产出数量", "孤儿基本生活费发放人数", ">=", "490", "人", "output.quantity"},
        {"满意度指标", "服务对象满意度", "服务对象满意度", ">=", "89", "%",
         "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-header-whole.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 18);
    assert_target(l, "群众生产生活条件", NULL, "按照项目实施方案要求持续改善,惠及更多群众", NULL);
    assert_target(l, "社会救助长效机制", NULL, "健全", NULL);
    assert_target(l, "★救助对象满意度", ">=", "91", "%");
    jx_record_list_free(l);
}

/* Plain pdftotext of an old form whose 度量单位 is a column of its own: a
 * target with its operator (`=6,400`, `≥25`) takes the unit printed on
 * the line after it, as a bare figure does. */
static void test_raw_units_own_lines(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/writer-units-own-lines.txt");
    assert_target(l, "农村户用厕所改造", "=", "6400", "户");
    assert_target(l, "农作物病虫害统防统治面积", ">=", "25", "万亩");
    assert_target(l, "补贴耕地面积", "=", "49700", "亩");
    assert_target(l, "高素质农民培训人数", ">", "1100", "人");
    assert_target(l, "新建高标准农田面积", ">=", "7", "万亩");
    jx_record_list_free(l);
}

/* Plain pdftotext of rows each printed with its labels, the level-2 label
 * beside the name and its last word 指标 wrapped below
 * (`服务对象满意度 服务对象满意度` / `指标`): the label is
 * 服务对象满意度指标, and the text beside it the name, though it reads as
 * a label too. */
static void test_raw_label_tail_below(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"满意度指标", "服务对象满意度指标", "服务对象满意度", NULL, "90", "%",
         "satisfaction.service"},
        {"满意度指标", "服务对象满意度指标", "受益农户满意度", NULL, "90", "%",
         "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-label-tail-below.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a form whose narrow level-2 column wraps its own label
 * 服务对象满意度 (tests/raw/README.md): `服务对象满意 群众满意度` / `度` /
 * `服务对象满意度`.  The piece below closes the form's label, not the
 * standard 服务对象满意度指标 the first line also begins, and the label
 * printed whole again on the next line is the next row's name. */
static void test_raw_level2_closed_below(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"满意度", "服务对象满意度", "群众满意度", ">=", "86", "%", "satisfaction.service"},
        {"满意度", "服务对象满意度", "服务对象满意度", ">=", "89", "%", "satisfaction.service"},
        {"满意度", "服务对象满意度", "受益群众满意度", NULL, "93", "%", "satisfaction.service"},
        {"产出", "时效指标", "年度任务完成时限", "<=", "2019-10-31", NULL, "output.timeliness"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-level2-closed-below.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
    /* the level-1 label's first line beside it (`满意 服务对象满 群众满意度` /
     * `指标` / `意度`): the tail `指标` finishes the level-1 label, the
     * level-2 label is whole as its piece closed it */
    static const want_row level1_rows[] = {
        {"满意指标", "服务对象满意度", "群众满意度", NULL, "87", "%", "satisfaction.service"},
        /* 长期有效 alone on its line: a target, not a name */
        {"效益指标", "可持续影响", "持续发挥效益", NULL, "长期有效", NULL, "outcome.sustainability"},
    };
    l = parse_file_rows("tests/raw/calc-level1-beside-closed-level2.txt", level1_rows,
                        G_N_ELEMENTS(level1_rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of forms for 2019 (tests/raw/README.md) whose 成本指标
 * stands with no level-2 label under it (`成本指标` / `亩均补助标准`, or
 * beside it): before 2021 成本指标 is a level-2 under 产出, as the form's
 * title year says (`2019年度…`, `2019 年度…`); the stream shows no column. */
static void test_raw_cost_label_of_older_form(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出", "成本指标", "亩均补助标准", "=", "1340", "元/亩", "output.cost"},
        {"产出", "成本指标", "人均管理费用", "=", "6", "万元/人", "output.cost"},
        {"产出", "数量指标", "技术合同交易额", ">=", "7", "亿元", "output.quantity"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-cost-level2-older-year.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
    l = parse_file_rows("tests/raw/writer-level2-closed-below.txt", rows, 2);
    jx_record_list_free(l);
}

/* Plain pdftotext of rows whose level-1 and level-2 labels both stand
 * beside the group's first name (tests/raw/README.md): two narrow label
 * columns side by side, their 指标 wrapped below (`产出 数量 森林抚育面积` /
 * `指标 指标`), or two whole labels (`效益指标 社会效益指标 道路交通事故发生率`).
 * The second label is the level-2, not the name's first word. */
static void test_raw_level2_beside_level1(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "松材线虫病疫木清理", "=", "18700", "株", "output.quantity"},
        {"产出指标", "数量指标", "公益林管护面积(续建)", ">=", "131.2", "万亩", "output.quantity"},
        {"产出指标", "数量指标", "新增造林面积(一期)", ">=", "10200", "亩", "output.quantity"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-two-narrow-label-columns.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
    static const want_row whole_rows[] = {
        {"效益指标", "社会效益指标", "道路交通事故发生率", "<=", "2", "%", "outcome.social"},
        {"效益指标", "社会效益指标", "社会影响力", NULL, "逐步扩大", NULL, "outcome.social"},
    };
    l = parse_file_rows("tests/raw/calc-two-labels-beside-name.txt", whole_rows,
                        G_N_ELEMENTS(whole_rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of two narrow label columns cut before their last word
 * (tests/raw/README.md): both first lines beside the group's first name
 * (`产出指 数量指 新增耕地灌溉面积`, each `标` on a line below; `效益指 经济效
 * 项目区农民人均增收` / `标` / `益指标`).  The level-2 piece is the group's
 * label, not the name's head. */
static void test_raw_cut_level2_beside_level1(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "新增耕地灌溉面积", NULL, "28300", "亩", "output.quantity"},
        {"产出指标", "数量指标", "培育新型农业经营主体", "=", "64", NULL, "output.quantity"},
        {"效益指标", "经济效益指标", "项目区农民人均增收", ">=", "430", "元", "outcome.economic"},
        {"效益指标", "经济效益指标", "项目区粮食亩均增产", ">=", "40", "公斤", "outcome.economic"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-level2-cut-beside-level1.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a group whose first name reads as the form's own
 * label (`服务对象满意度`), printed before the merged label cell centred in
 * the group and cut before its last character (`服务对象满意度指` … `标`,
 * tests/raw/README.md): the name is the group's first row, the cut label
 * its label. */
static void test_raw_label_like_name_before_cut_label(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", "94", "%", "satisfaction.service"},
        {"满意度指标", "服务对象满意度指标", "群众满意度", ">=", "87", "%", "satisfaction.service"},
        {"满意度指标", "服务对象满意度指标", "林农满意度", ">=", "92", "%", "satisfaction.service"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/calc-label-like-name-before-cut-label.txt", rows,
                                        G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a narrow label cut before its last character whose
 * `标` prints on the line after a name (`可持续` / `影响指` / `★持续发挥效益` /
 * `标`, tests/raw/README.md): the character is the label's, the name ends
 * before it. */
static void test_raw_label_tail_after_name(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"效益指标", "可持续影响指标", "★持续发挥效益", NULL, "长期", NULL, "outcome.sustainability"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-label-tail-after-name.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a narrow level-2 column cut before its last character
 * right under a long name (`完成农村环境整治建制村` / `数量指` /
 * `建设空气质量自动监测站*` / `标`, tests/raw/README.md): the line is the
 * label's, no tail of the name, and the group's rows are 数量指标's.  The
 * operators are checked elsewhere: this form's print them one row off. */
static void test_raw_label_cut_below_long_name(void **state)
{
    (void)state;
    static const struct {
        const char *name, *value, *unit;
    } rows[] = {
        {"完成农村环境整治建制村", "56", "个"},
        {"建设空气质量自动监测站*", "6", "个"},
        {"新建污水处理设施", "16", "座"},
    };
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/calc-label-cut-below-long-name.txt");
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
        const jx_record *r = indicator_named(l, rows[i].name);
        if (!r)
            fail_msg("no indicator named %s", rows[i].name);
        assert_field(r, "level1", "产出指标");
        assert_field(r, "level2", "数量指标");
        assert_field(r, "value", rows[i].value);
        assert_field(r, "unit", rows[i].unit);
        assert_field(r, "category", "output.quantity");
    }
    for (guint i = 0; i < count_indicators(l); i++)
        assert_false(g_str_has_suffix(jx_record_get_string(indicator(l, i), "name"), "指"));
    jx_record_list_free(l);
}

/* Plain pdftotext of rows printed row by row whose first satisfaction name
 * reads as the form's own label (`31` / `服务对象满意度` / `≥88%`), the
 * labels printed after that row (`满意度指标` / `服务对象满意度指标 社会公众满意度`,
 * tests/raw/README.md): the text is the group's first name, the whole
 * label every row's level-2. */
static void test_raw_label_like_name_before_whole_label(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", "88", "%", "satisfaction.service"},
        {"满意度指标", "服务对象满意度指标", "社会公众满意度", ">=", "93", "%", "satisfaction.service"},
        {"满意度指标", "服务对象满意度指标", "企业满意度", ">=", "93", "%", "satisfaction.service"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/writer-label-like-name-before-whole-label.txt", rows,
                                        G_N_ELEMENTS(rows));
    assert_null(indicator_named(l, "服务对象满意度指标"));
    jx_record_list_free(l);
}

/* Plain pdftotext whose narrow row-header column stacks its words a piece a
 * line under names short of the name column's width (`带动相关产业增收` /
 * `年度` / `绩效` / `指标`, tests/raw/README.md): the pieces are the
 * column's, no name's tail. */
static void test_raw_label_pieces_under_short_name(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "新建改造排水管网", ">=", "6.8", "公里", "output.quantity"},
        {"效益指标", "经济效益指标", "带动相关产业增收", ">=", "130", "万元", "outcome.economic"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/calc-label-pieces-under-short-name.txt", rows,
                                        G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of an old form's two narrow label columns beside the
 * names, the level-2 one a word a level-1 label reads too (`产出 成本
 * 项目总成本` / `指标 指标 人均补助标准`, tests/raw/README.md): 成本指标 is
 * 产出's level-2, neither word the name's. */
static void test_raw_level1_word_as_level2_beside(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "成本指标", "项目总成本", "<=", "200", "万元", "output.cost"},
        {"产出指标", "成本指标", "人均补助标准", "<=", "2130", "元/人", "output.cost"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-level1-as-level2-beside.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of an old form whose first rows print row by row before
 * any label, the level-2 labels then as one block (`数量` `质量` `产出指标`
 * `时效` `成本`, tests/raw/README.md): the block spreads over those first
 * rows by what their targets state, as over the rows printed after it. */
static void test_raw_label_block_after_first_rows(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量", "城镇新增就业人数*", "=", "3800", "人", "output.quantity"},
        {"产出指标", "质量", "补助对象识别精准率", "=", "100", "%", "output.quality"},
        {"产出指标", "质量", "★政策知晓率", ">=", "87", "%", "output.quality"},
        {"产出指标", "时效", "年度任务完成时限", "<=", "2018-12-31", NULL, "output.timeliness"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-label-block-after-first-rows.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a bureau's form whose narrow level-1 column wraps its
 * labels (`产出` / `指标`, tests/raw/README.md): the first line printed beside
 * the level-2 label's first line and the first name (`产出 数量指
 * 新增省级以上研发平台`), `指标` alone on the next line, or among the level-2
 * label's pieces (`效益 经济效 新产品销售收入增长` / `指标 益指标`).  The
 * tail finishes the level-1 label, not the level-2 label nearer it, which is
 * whole. */
static void test_raw_level1_tail_below(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "新增省级以上研发平台", ">=", "10", "个", "output.quantity"},
        {"产出指标", "数量指标", "新认定高新技术企业", ">=", "104", "家", "output.quantity"},
        {"产出指标", "质量指标", "项目验收合格率", NULL, "100", "%", "output.quality"},
        {"产出指标", "时效指标", "资金拨付及时率", "=", "100", "%", "output.timeliness"},
        {"效益指标", "经济效益指标", "新产品销售收入增长", NULL, "7", "%", "outcome.economic"},
        {"效益指标", "社会效益指标", "惠及人口", ">=", "30", "万人", "outcome.social"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-level1-tail-below.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a bureau's form whose narrow level-1 column wraps its
 * labels beside the level-2 column's pieces and the names
 * (tests/raw/README.md): `效益` alone, then `指标 社会效 社会影响力` (the
 * level-1 label's last word, the next level-2 label's first line, a name),
 * and `满意 服务对 服务对象满意度` / `度指 象满意` / `标 度指标`, whose first
 * line is a label already (满意).  The level-1 labels are whole, and the
 * name beside the pieces is the name alone. */
static void test_raw_level1_pieces_below(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"效益指标", "社会效益指标", "社会影响力", NULL, "进一步扩大", NULL, "outcome.social"},
        {"效益指标", "生态效益指标", "森林蓄积量", NULL, "202.75", "万立方米", "outcome.ecological"},
        {"满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", "89", "%", "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-level1-pieces-below.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of an old form whose first page prints its targets
 * before its names (tests/raw/README.md), a name's bracket closed on a line
 * of its own (`巩固提升受益人口（农村地区` / `）`) right above the next name,
 * and a date its cell cut inside 以前 (`2018-09-30以` / `前`): the next name
 * is a row of its own and the date a target, so names and targets pair as
 * the targets' kinds bear out and the table is read. */
static void test_raw_closed_bracket_and_cut_deadline(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "产出数量", "巩固提升受益人口(农村地区)", "=", "4.14", "万人", "output.quantity"},
        {"产出指标", "产出质量", "政策知晓率", ">", "85", "%", "output.quality"},
        {"产出指标", "产出质量", "防洪标准达标率", "=", "100", "%", "output.quality"},
        {"产出指标", "产出质量", "工程验收合格率", "=", "100", "%", "output.quality"},
        {"产出指标", "产出时效", "年度任务完成时限", "<=", "2018-09-30", NULL, "output.timeliness"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-targets-before-names-cut.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a department table whose row header wraps
 * (`年度绩效` / `指标`) among the label cells (tests/raw/README.md): that
 * `指标` finishes the row header, no level label above it (产出时效, 效益
 * stay as printed). */
static void test_raw_row_header_tail(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出", "产出时效", "补助资金下达时限", "<=", "2021-12-31", NULL, "output.timeliness"},
        {"产出", "产出时效", "资金兑付及时性", NULL, "及时", NULL, "output.timeliness"},
        {"产出", "产出成本", "人均培训成本", "=", "1650", "元/人", "output.cost"},
        {"效益", "社会效益", "惠及人口*", ">", "9", "万人", "outcome.social"},
        {"效益", "生态效益", "对生态环境的改善", NULL, "有所改善", NULL, "outcome.ecological"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-row-header-tail.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a department table with a work-item column (名称 left
 * of 指标内容, tests/raw/README.md): an item's first line printed beside its
 * row's name (`推进公路安全生命 新建港湾式候车亭`), its wrapped rest below
 * (`防护工程`), an item printed each of its rows.  The items' pieces are no
 * names: each row pairs its own target and carries its own item. */
static void test_raw_work_items(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "补贴农村客运车辆", ">=", "350", "辆", "output.quantity"},
        {"产出指标", "数量指标", "危桥改造数量(暂定)", NULL, "10", "座", "output.quantity"},
        {"产出指标", "数量指标", "新建港湾式候车亭", ">=", "73", "个", "output.quantity"},
        {"产出指标", "数量指标", "国省道路面养护里程", ">=", "24", "公里", "output.quantity"},
        {"产出指标", "质量指标", "档案资料完整率", "=", "100", "%", "output.quality"},
        {"产出指标", "时效指标", "项目开工时间", "<=", "2023-12-31", NULL, "output.timeliness"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-dept-work-items.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 15);
    assert_field(indicator_named(l, "补贴农村客运车辆"), "task", "做好普通国省道日常养护");
    assert_field(indicator_named(l, "危桥改造数量(暂定)"), "task", "做好普通国省道日常养护");
    assert_field(indicator_named(l, "新建港湾式候车亭"), "task", "推进公路安全生命防护工程");
    assert_field(indicator_named(l, "国省道路面养护里程"), "task", "落实农村客运补贴政策");
    assert_field(indicator_named(l, "档案资料完整率"), "task", "推进公路安全生命防护工程");
    assert_field(indicator_named(l, "拉动社会投资"), "task", "推进公路安全生命防护工程");
    assert_target(l, "项目区农民人均增收", ">=", "600", "元");
    assert_target(l, "惠及人口", ">=", "26", "万人");
    jx_record_list_free(l);
}

/* Plain pdftotext of a department table with a work-item column whose row
 * header (年度绩效指标) is printed in pieces among the labels (`年度` / `绩效`
 * / `指标`, tests/raw/README.md): the pieces are the row header's, neither
 * work items nor names, so each name keeps its own item and labels and the
 * region is read as a table (before, the first names ran into the items'
 * lines: `推进知识产权创造检验特种设备运用`). */
static void test_raw_work_items_row_header_pieces(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "检验特种设备", "=", "800", "台", "output.quantity"},
        {"产出指标", "数量指标", "专利授权量", NULL, "3920", "件", "output.quantity"},
        {"产出指标", "质量指标", "政策知晓率", NULL, "93", "%", "output.quality"},
        {"产出指标", "时效指标", "项目完成时限", NULL, "2019-10-31", NULL, "output.timeliness"},
        {"产出指标", "成本指标", "单位建设成本", "<=", "1210", "元/平方米", "output.cost"},
        {"效益指标", "社会效益指标", "服务能力和水平", NULL, "显著提升", NULL, "outcome.social"},
        {"效益指标", "社会效益指标", "政策宣传覆盖率", ">=", "93", "%", "outcome.social"},
        {"效益指标", "可持续影响指标", "食品安全监管长效机制", NULL, "不断完善", NULL,
         "outcome.sustainability"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-dept-row-header-pieces.txt", rows, G_N_ELEMENTS(rows));
    assert_field(indicator_named(l, "检验特种设备"), "task", "推进知识产权创造运用");
    assert_field(indicator_named(l, "专利授权量"), "task", "开展食品安全抽检监测");
    assert_field(indicator_named(l, "食品安全监管长效机制"), "task", "开展食品安全抽检监测");
    assert_int_equal(count_indicators(l), 11);
    for (guint k = 0; k < count_indicators(l); k++) {
        const char *name = jx_record_get_string(indicator(l, k), "name");
        assert_true(!strstr(name, "年度") && !strstr(name, "绩效") && !strstr(name, "推进"));
    }
    jx_record_list_free(l);
}

/* Plain pdftotext of a work-item table whose target blocks print before
 * the names' (tests/raw/README.md): the print order does not bear the pairs
 * out, what the names say does — a time limit's target a date behind an
 * operator (`≤2020.12.20`), a rate's a figure bounded by an operator whose
 * `%` stands apart (`≥100`) state what the names say as much as `≥85%`
 * does, so the region is read as a table; the row header's piece beside the
 * first level-1 label (`年度绩 产出指标`) leaves the label to the first rows. */
static void test_raw_names_state_unsigned_targets(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "配备教学仪器设备学校数", ">", "57", "所", "output.quantity"},
        {"产出指标", "数量指标", "义务教育教师培训人次", ">=", "430", "人次", "output.quantity"},
        {"产出指标", "质量指标", "政策知晓率", ">=", "85", "%", "output.quality"},
        {"产出指标", "时效指标", "项目开工时间", "<=", "2020-12-20", NULL, "output.timeliness"},
        {"产出指标", "时效指标", "工作任务完成及时性", NULL, "按计划完成", NULL, "output.timeliness"},
        {"满意度指标", "服务对象满意度", "受益群众满意度", ">=", "95.5", "%", "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-dept-targets-unsigned.txt", rows, G_N_ELEMENTS(rows));
    assert_target(l, "资金拨付及时率", ">=", "100", NULL);
    assert_field(indicator_named(l, "配备教学仪器设备学校数"), "task", "推进学前教育普及普惠发展");
    jx_record_list_free(l);
}

/* Plain pdftotext of a table whose 一级指标 header is cut in its narrow
 * column, the other header words between its pieces (`一级` / `二级指标` /
 * `指标`, tests/raw/README.md): the head is the header's, no target (a
 * grade, 一级), so the first name under the header keeps the first target
 * and no later row shifts onto the one before. */
static void test_raw_header_head_cut(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "产出数量", "快检食品数量", "=", "20800", "批次", "output.quantity"},
        {"产出指标", "产出数量", "食品安全抽检批次", NULL, "1940", "批次", "output.quantity"},
        {"产出指标", "产出数量", "检验特种设备", NULL, "5000", "台", "output.quantity"},
        {"产出指标", "产出质量", "档案资料完整率", ">=", "95", "%", "output.quality"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-header-head-cut.txt", rows, G_N_ELEMENTS(rows));
    assert_target(l, "企业满意度", NULL, "91", "%");
    jx_record_list_free(l);
}

/* Plain pdftotext of a variant form whose mid-term target column stands
 * after the year's (年度指标值(%) | 中期指标值(%), tests/raw/README.md): each
 * row prints the year's target, then the mid-term one; the two pair with
 * the name as a mid-term before the year's does, in the other order, and
 * the record keeps the year's (not `≥51,000人`). */
static void test_raw_mid_targets_after_year(void **state)
{
    (void)state;
    static const struct {
        const char *name, *op, *value, *unit;
    } rows[] = {
        {"城镇新增就业人数", ">=", "10200", "人"},
        {"补贴性职业技能培训人次", ">=", "1900", "人次"},
        {"发放一次性创业补贴", NULL, "260", "户"},
        {"举办招聘会", ">=", "15", "场"},
        {"补贴资金发放准确率", ">=", "100", "%"},
        {"项目开工时间", "<=", "2019-12-31", NULL},
        {"亩均补助标准", NULL, "1340", "元/亩"},
    };
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/calc-mid-targets-after-year.txt");
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++)
        assert_target(l, rows[i].name, rows[i].op, rows[i].value, rows[i].unit);
    jx_record_list_free(l);
}

/* The same table's level-2 labels printed two at a time (`经济效益指标` /
 * `社会效益指标` above 拉动社会投资 …, `生态效益指标` / `服务对象满意度指标`
 * above 节能减排效果 …): a name whose ending tells its group (惠及人口 a social
 * outcome, 社会公众满意度 a satisfaction) is in that group, and the boundary
 * between the two labels' groups moves to it; a level-2 label whose family's
 * level-1 is not printed takes the printed level-1 the taxonomy lists it
 * under. */
static void test_raw_label_block_by_names(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/calc-dept-work-items.txt");
    assert_field(indicator_named(l, "拉动社会投资"), "level2", "经济效益指标");
    assert_field(indicator_named(l, "惠及人口"), "level2", "社会效益指标");
    assert_field(indicator_named(l, "节能减排效果"), "level2", "生态效益指标");
    assert_field(indicator_named(l, "社会公众满意度"), "level2", "服务对象满意度指标");
    /* no 满意度指标 printed: its level-1 is the 效益指标 the taxonomy lists it under */
    assert_field(indicator_named(l, "社会公众满意度"), "level1", "效益指标");
    assert_field(indicator_named(l, "社会公众满意度"), "category", "satisfaction.service");
    jx_record_list_free(l);
}

/* Plain pdftotext of a table whose 效益 labels are printed as a block among
 * the names (tests/raw/README.md): the boundary between two groups moves
 * over a row whose name tells its group (带动相关产业增收, an economic
 * outcome, printed after 可持续影响指标), even between groups whose labels
 * tell no kind of target. */
static void test_raw_group_moved_by_name(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出", "数量指标", "高素质农民培训人数*", "=", "1160", "人", "output.quantity"},
        {"产出", "数量指标", "新建高标准农田面积", ">=", "2", "万亩", "output.quantity"},
        {"效益", "经济效益指标", "节约财政资金", "=", "58", "万元", "outcome.economic"},
        {"效益", "经济效益指标", "带动相关产业增收", "=", "2140", "万元", "outcome.economic"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-label-block-names.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a form with one 指标类型 column whose labels join both
 * levels (`产出指标—数量指标`, tests/raw/README.md), printed as a block before
 * the names: the block is spread over the names by what their targets state
 * (percents a 质量指标's, a date and 按计划完成 a 时效指标's), as a block of
 * level-2 labels is. */
static void test_raw_joined_label_block(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "新建集中供水工程", ">=", "1", "处", "output.quantity"},
        {"产出指标", "质量指标", "补助对象识别精准率", ">=", "100", "%", "output.quality"},
        {"产出指标", "质量指标", "★档案资料完整率", "=", "100", "%", "output.quality"},
        {"产出指标", "时效指标", "年度任务完成时限", "<=", "2021-09-30", NULL, "output.timeliness"},
        {"产出指标", "时效指标", "★工作任务完成及时性", NULL, "按计划完成", NULL, "output.timeliness"},
        {"成本指标", "经济成本指标", "单位建设成本", NULL, "2730", "元/平方米", "cost.economic"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-joined-label-block.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a form whose level-2 labels (`数量指标` `质量指标`
 * `时效指标`) print as a block after the rows of the first groups, before the
 * 时效 rows, the level-1 `产出指标` above the first row (tests/raw/README.md):
 * the rows before the block stand under it too, spread by what their
 * targets state. */
static void test_raw_label_block_after_rows(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "排查整改安全隐患", NULL, "1840", "处", "output.quantity"},
        {"产出指标", "数量指标", "储备应急救灾物资(农村地区)", ">=", "5600", "件", "output.quantity"},
        {"产出指标", "质量指标", "资金使用合规率", "=", "100", "%", "output.quality"},
        {"产出指标", "质量指标", "隐患整改完成率", NULL, "97.5", "%", "output.quality"},
        {"产出指标", "时效指标", "项目开工时间", "<=", "2022-10-31", NULL, "output.timeliness"},
        {"产出指标", "时效指标", "补助资金下达时限", "<=", "2022-11-30", NULL, "output.timeliness"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-label-block-after-rows.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* The same dump's 效益 groups (tests/raw/README.md): a one-row group's joined
 * label (`效益指标—社会效益指标`) printed after its row (`群众生产生活条件`),
 * then the next group's label printed beside that group's first name
 * (`效益指标—生态效益指标 河道生态环境*`): each row stands under its own label,
 * not the one printed above it. */
static void test_raw_label_beside_name(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"效益指标", "经济效益指标", "节约财政资金", "=", "25", "万元", "outcome.economic"},
        {"效益指标", "社会效益指标", "群众生产生活条件", NULL, "按照项目实施方案要求持续改善,惠及更多群众", NULL,
         "outcome.social"},
        {"效益指标", "生态效益指标", "河道生态环境*", NULL, "持续改善", NULL, "outcome.ecological"},
        {"效益指标", "生态效益指标", "节能减排效果*", NULL, "明显", NULL, "outcome.ecological"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-joined-label-block.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a variant form whose target column's header states the
 * unit (`指标目标值(%)`, tests/raw/README.md) under a 年度目标 field: a bare
 * figure (`≥100`, `5`, `≥９３`) takes the header's unit, a figure that
 * states its own keeps it, a target in words takes none. */
static void test_raw_header_unit(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/writer-header-unit.txt");
    assert_target(l, "资金使用合规率", ">=", "100", "%");
    assert_target(l, "成本节约率", NULL, "5", "%");
    assert_target(l, "群众满意度", ">=", "93", "%");
    assert_target(l, "演出质量达标率*", ">=", "100", "%");
    assert_target(l, "项目区农民人均增收", NULL, "510", "元");
    assert_target(l, "社会影响力", NULL, "进一步扩大", NULL);
    jx_record_list_free(l);
}

/* The half-year target of the indicator `name` states op, value and unit;
 * value NULL: its half-year cell was empty. */
static void assert_half(const jx_record_list *l, const char *name, const char *op, const char *value,
                        const char *unit)
{
    const jx_record *r = indicator_named(l, name);
    assert_non_null(r);
    const jx_record *half = jx_record_get_record(r, "half");
    if (!value) {
        assert_null(half);
        return;
    }
    assert_non_null(half);
    assert_opt_field(half, "op", op);
    assert_field(half, "value", value);
    assert_opt_field(half, "unit", unit);
}

/* Plain pdftotext of a half-year table (tests/raw/README.md), its targets in
 * operator | figure | unit cells under 半年(程)指标值 and again under
 * 全年(程)指标值, printed row by row: each name takes the half-year target
 * printed first and the year's after it; a row with one target
 * (`131` / `万元`) left its half-year cell empty, and words are a half-year
 * target too (`阶段性完成`). */
static void test_raw_half_year_targets(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出", "数量指标", "开发公益性岗位", ">=", "580", "个", "output.quantity"},
        {"产出", "数量指标", "发放一次性创业补贴", ">=", "560", "户", "output.quantity"},
        {"产出", "质量指标", "补贴资金发放准确率", ">=", "100", "%", "output.quality"},
        {"产出", "时效指标", "审批办结时限", "<=", "19", "个工作日", "output.timeliness"},
        {"效益", "经济效益指标", "节约财政资金", NULL, "131", "万元", "outcome.economic"},
        {"效益", "可持续影响指标", "长效管理机制", NULL, "建立健全", NULL, "outcome.sustainability"},
        {"满意度", "服务对象满意度指标", "受益群众满意度", ">=", "92", "%", "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-half-year-split.txt", rows, G_N_ELEMENTS(rows));
    assert_half(l, "开发公益性岗位", ">=", "348", "个");
    assert_half(l, "审批办结时限", "<=", "10", "个工作日");
    assert_half(l, "节约财政资金", NULL, NULL, NULL);
    assert_half(l, "群众生产生活条件", NULL, "阶段性完成", NULL);
    assert_half(l, "服务对象满意度", ">", "85", "%");
    jx_record_list_free(l);
}

/* Plain pdftotext of a half-year table whose dates the cells' width cut
 * (`2021 年 12 月 2` / `5日`, `2021 年 6 月 30` / `日`, tests/raw/README.md):
 * each date is one target again, not a name and a stray tail. */
static void test_raw_cut_dates(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "产出数量", "城乡低保保障人数", ">=", "34000", "人", "output.quantity"},
        {"产出指标", "产出质量", "档案资料完整率", "=", "100", "%", "output.quality"},
        {"产出指标", "产出时效", "年度任务完成时限", "<=", "2021-12-25", NULL, "output.timeliness"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-half-year-cut-date.txt", rows, G_N_ELEMENTS(rows));
    assert_half(l, "城乡低保保障人数", ">=", "17000", "人");
    assert_half(l, "年度任务完成时限", "<=", "2021-06-30", NULL);
    jx_record_list_free(l);
}

/* Plain pdftotext of a half-year table whose header words 全年(程)指标值,
 * 半年(程)指标值 and 指标名称 print after the notes and signatures
 * (tests/raw/README.md): they are the table's own header, not the next
 * table's, so the region reads on and the rows take both targets. */
static void test_raw_half_header_after_notes(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/writer-half-header-after-notes.txt");
    assert_true(count_indicators(l) >= 9);
    static const struct {
        const char *name, *op, *value, *unit;
    } full[] = {
        {"审批办结时限", "<=", "13", "个工作日"},
        {"拉动社会投资", ">=", "3", "亿元"},
        {"惠及人口", ">=", "10", "万人"},
        {"节能减排效果", NULL, "明显", NULL},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(full); i++) {
        const jx_record *r = indicator_named(l, full[i].name);
        if (!r)
            fail_msg("no indicator named %s", full[i].name);
        assert_opt_field(r, "op", full[i].op);
        assert_field(r, "value", full[i].value);
        assert_opt_field(r, "unit", full[i].unit);
    }
    assert_half(l, "审批办结时限", "<=", "6", "个工作日");
    assert_half(l, "拉动社会投资", ">=", "2", "亿元");
    assert_half(l, "惠及人口", ">=", "3", "万人");
    assert_half(l, "节能减排效果", NULL, "阶段性完成", NULL);
    jx_record_list_free(l);
}

/* Plain pdftotext of a half-year table whose value headers wrapped in
 * their cells (`半年(程)指标` / `值`, `全年(程)指标` / `值`, tests/raw/README.md):
 * the head alone reads as a header word, and the tail is its end, no name
 * taking the first rows' targets. */
static void test_raw_half_header_wrapped(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "★治理河道长度", ">=", "21", "公里", "output.quantity"},
        {"产出指标", "数量指标", "改造提升供水管网", ">=", "48", "公里", "output.quantity"},
        {"产出指标", "数量指标", "新增净化消毒设备", ">=", "9", "套", "output.quantity"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-half-header-wrapped.txt", rows, G_N_ELEMENTS(rows));
    assert_null(indicator_named(l, "值"));
    assert_half(l, "★治理河道长度", ">=", "10", "公里");
    assert_half(l, "改造提升供水管网", ">=", "29", "公里");
    jx_record_list_free(l);
}

/* Plain pdftotext of a table whose text target reads as a name
 * (`社会成本` / `无明显社会成本`, tests/raw/README.md): pairing in print order
 * alone shifts every later row onto the next row's target; a name that says
 * what its target states (…覆盖率 a percent, …满意度 a percent) takes the
 * target that states it. */
static void test_raw_names_state_targets(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"成本指标", "经济成本指标", "人均补助标准", "=", "240", "元/人", "cost.economic"},
        {"效益", "经济效益指标", "节约财政资金", ">=", "270", "万元", "outcome.economic"},
        {"效益", "社会效益指标", "政策宣传覆盖率", NULL, "93", "%", "outcome.social"},
        {"效益", "可持续影响指标", "持续发挥效益", NULL, "长期", NULL, "outcome.sustainability"},
        {"满意度", "服务对象满意度指标", "服务对象满意度", NULL, "85", "%", "satisfaction.service"},
        {"满意度", "服务对象满意度指标", "社会公众满意度", ">", "94", "%", "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-names-state-targets.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a table whose first name is printed rows below its
 * target (tests/raw/README.md: `安全生产培训人次(暂定)` after the block its
 * `≥2,800人次` heads): the name says what that target states and draws it,
 * leaving the rows between unpaired and the region no table; the pairs by
 * print order alone pass the guard and keep most of the names' cue, so the
 * rows are read in print order. */
static void test_raw_names_state_against_order(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"一、产出", "(一)数量指标", "组织应急演练", ">=", "30", "次", "output.quantity"},
        {"一、产出", "(三)时效指标", "资金拨付及时率", "=", "100", "%", "output.timeliness"},
        {"二、成本指标", "(一)经济成本指标", "人均补助标准", "<=", "1290", "元/人", "cost.economic"},
        {"二、成本指标", "(一)经济成本指标", "项目预算控制率", "<=", "100", "%", "cost.economic"},
        {"三、效益", "(一)社会效益指标", "社会影响力", NULL, "逐步扩大", NULL, "outcome.social"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/calc-names-state-against-order.txt", rows,
                                        G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* …and of a table whose print order contradicts what most of its names
 * say (tests/raw/README.md: a target in words read as none, `不低于 45`):
 * the pairs by print order alone would put each later name on the next
 * row's target (`新建全民健身路径` on `=630人`) and drop most of the cue's,
 * so they do not stand in for them; no name is read with another row's
 * target. */
static void test_raw_order_against_names(void **state)
{
    (void)state;
    static const struct {
        const char *name, *value;
    } rows[] = {{"★举办全民健身赛事活动", "45"},
                {"新建全民健身路径", "26"},
                {"培训社会体育指导员", "630"},
                {"场馆免费开放时长", "3400"}};
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/writer-order-against-names.txt");
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
        const jx_record *r = indicator_named(l, rows[i].name);
        if (r)
            assert_field(r, "value", rows[i].value);
    }
    jx_record_list_free(l);
}

/* Plain pdftotext of a table whose targets printed as a block before the
 * names' block, its last two rows printed row by row among the targets,
 * each name right before its target (tests/raw/README.md): those two pair
 * the targets they stand before, the block's names the targets left in
 * order, and the rows come in the targets' order. */
static void test_raw_last_rows_beside_targets(void **state)
{
    (void)state;
    static const struct {
        const char *name, *op, *value;
    } rows[] = {{"公益林管护面积", NULL, "78.94"},
                {"聘用生态护林员", ">=", "310"},
                {"松材线虫病疫木清理", ">=", "44400"},
                {"新增造林面积", ">=", "3800"},
                {"项目验收合格率", NULL, "100"},
                {"资金使用合规率", NULL, "100"},
                {"工作任务完成及时性", NULL, "按时完成"},
                {"带动相关产业增收", "=", "180"},
                {"政策宣传覆盖率", ">=", "90"},
                {"对生态环境的改善", NULL, "明显"},
                {"护林员满意度", ">=", "85"},
                {"受益群众满意度", ">=", "87"}};
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/calc-last-rows-beside-targets.txt");
    assert_int_equal(count_indicators(l), G_N_ELEMENTS(rows));
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
        const jx_record *r = indicator(l, i);
        assert_field(r, "name", rows[i].name);
        if (rows[i].op)
            assert_field(r, "op", rows[i].op);
        else
            assert_field_null(r, "op");
        assert_field(r, "value", rows[i].value);
    }
    jx_record_list_free(l);
}

/* Plain pdftotext of a table whose lower rows' targets printed as a block
 * before those rows' names (tests/raw/README.md): too few pairs print name
 * first for print order to vouch for them, but the names that say what
 * their target states (rates, a time limit, 健全性 / 机制) all agree with
 * the target they pair in order, so the table is read, not dropped. */
static void test_raw_targets_before_names(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出", "数量", "免费开放场馆数量", NULL, "25", "个", "output.quantity"},
        {"产出", "数量", "新增图书馆藏书", ">=", "36000", "册", "output.quantity"},
        {"产出", "质量", "文物修缮工程验收合格率", ">=", "100", "%", "output.quality"},
        {"产出", "时效", "项目开工时间", "<=", "2018-10-31", NULL, "output.timeliness"},
        {"产出", "时效", "工作任务完成及时性", NULL, "按计划完成", NULL, "output.timeliness"},
        {"效益", "社会效益", "政策宣传覆盖率", NULL, "99.5", "%", "outcome.social"},
        {"效益", "可持续影响", "长效管理机制", NULL, "健全", NULL, "outcome.sustainability"},
        {"效益", "可持续影响", "管理制度健全性", NULL, "健全", NULL, "outcome.sustainability"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-targets-before-names.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* The same table's last rows (tests/raw/README.md,
 * calc-targets-before-names.txt, with its `.expected.jsonl`): the unit
 * `个百分点` of a far figure, cut at its cell's width beside the
 * explanation's line (`个百分 考核公共服务满意度提` / `点` / `升是否达到预期`),
 * made two names of the unit's and the explanation's pieces; and the
 * satisfaction group's word printed for both levels (`满意度` / `满意度`)
 * took its first name `服务对象满意度` for a third label.  Both shifted the
 * rows below by one. */
static void test_raw_unit_piece_below_and_word_twice(void **state)
{
    (void)state;
    static const char *const names[] = {"对生态环境的改善", "长效管理机制", "管理制度健全性",
                                        "服务对象满意度", "社会公众满意度(暂定)", NULL};
    check_raw_rows("calc-targets-before-names", names);
}

/* Units LibreOffice drew after later rows (tests/raw/README.md,
 * lo-units-drawn-late.txt and calc-units-drawn-late.txt, with their
 * `.expected.jsonl`): a row's figure printed bare after its operator and
 * its unit further down, with the units of other bare figures of the page
 * (`2` / `项` / `个` / `次` for rows 14, 17 and 20; `=10` / `元/人` / `万人`
 * for `=1040` and `=10`).  The first unit alone closed the figure above it
 * and the others were lost; they are a run in their rows' order. */
static void test_raw_units_drawn_late(void **state)
{
    (void)state;
    static const char *const lo[] = {"支持省实验室项目", "“洪城计划”项目落户数", "调研学习场次",
                                     "科技宣传活动场次", NULL};
    check_raw_rows("lo-units-drawn-late", lo);
    static const char *const calc[] = {"人均补助标准*", "惠及人口", "群众获得感", NULL};
    check_raw_rows("calc-units-drawn-late", calc);
}

/* …and of such a table under a form's 年度目标 field (tests/raw/README.md):
 * the field's word is no target column's, so the 中期指标值 column printed
 * after it still makes each row's first target the mid-term's, set aside,
 * and the row keeps the year's. */
static void test_raw_mid_term_under_goal_field(void **state)
{
    (void)state;
    static const struct {
        const char *name, *op, *value, *unit;
    } rows[] = {{"安全生命防护工程里程", NULL, "97", "公里"},
                {"国省道路面养护里程", ">=", "120", "公里"},
                {"项目开工时间", NULL, "2023-12-31", NULL},
                {"带动相关产业增收", ">=", "1140", "万元"},
                {"项目持续发挥作用年限", ">=", "10", "年"},
                {"群众满意度", ">=", "89", "%"}};
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/calc-mid-term-goal-field.txt");
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
        const jx_record *r = indicator_named(l, rows[i].name);
        if (!r)
            fail_msg("no indicator named %s", rows[i].name);
        assert_opt_field(r, "op", rows[i].op);
        assert_field(r, "value", rows[i].value);
        assert_opt_field(r, "unit", rows[i].unit);
    }
    jx_record_list_free(l);
}

/* Plain pdftotext of names with a line break typed inside their cell
 * (tests/raw/README.md), far short of the column's width: a break inside a
 * word (`残疾儿童少年义` / `务教育入学率`) joins the two lines into one name,
 * which keeps its own target, and the next row keeps its own. */
static void test_raw_name_typed_break(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出", "产出质量", "残疾儿童少年义务教育入学率", ">=", "97", "%", "output.quality"},
        {"产出", "产出质量", "项目验收合格率", NULL, "100", "%", "output.quality"},
        {"产出", "产出时效", "工作任务完成及时性", NULL, "按时完成", NULL, "output.timeliness"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-name-typed-break.txt", rows, G_N_ELEMENTS(rows));
    assert_null(indicator_named(l, "务教育入学率"));
    jx_record_list_free(l);
}

/* Plain pdftotext of a table with a mid-term target column before the
 * year's (中期目标值 | 年度目标值, tests/raw/README.md), each row printed
 * name, mid-term target, year's target: the row keeps the year's, and the
 * mid-term's (a larger goal over years) is no row of its own. */
static void test_raw_mid_term_targets(void **state)
{
    (void)state;
    static const struct {
        const char *name, *op, *value, *unit;
    } rows[] = {{"农村危房改造户数", ">", "430", "户"},
                {"筹集保障性租赁住房", ">=", "1990", "套"},
                {"新建改造排水管网", NULL, "56.39", "公里"},
                {"加装电梯数量", ">=", "55", "部"},
                {"危房改造对象认定准确率", "=", "100", "%"},
                {"年度任务完成时限", NULL, "2022-11-30", NULL},
                {"人均补助标准", "<=", "2550", "元/人"}};
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/calc-mid-term-targets.txt");
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
        const jx_record *r = indicator(l, i);
        assert_field(r, "name", rows[i].name);
        if (rows[i].op)
            assert_field(r, "op", rows[i].op);
        else
            assert_field_null(r, "op");
        assert_field(r, "value", rows[i].value);
        if (rows[i].unit)
            assert_field(r, "unit", rows[i].unit);
        else
            assert_field_null(r, "unit");
    }
    const jx_record *r = indicator_named(l, "项目区农民人均增收");
    assert_non_null(r);
    assert_field(r, "value", "1440");
    jx_record_list_free(l);
}

/* Plain pdftotext of a bureau's form whose narrow label columns wrap two
 * characters a line beside the names (`可持 长效管理机制` / `效益 续影` /
 * `指标 响指` / `标`) and whose row header stands a character a line
 * (tests/raw/README.md): the pieces are no names (the table's names and
 * targets pair again), and a level-2 label's pieces make the label. */
static void test_raw_label_pieces_side_by_side(void **state)
{
    (void)state;
    static const struct {
        const char *name, *op, *value, *unit;
    } rows[] = {{"治理河道长度", ">=", "7.6", "公里"},
                {"拉动社会投资", "=", "2", "亿元"},
                {"农村自来水普及率", ">", "87", "%"},
                {"受益群众饮水安全保障水平", NULL, "有效提升", NULL},
                {"水土流失治理度", NULL, "81", "%"}};
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/calc-label-pieces-side-by-side.txt");
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
        const jx_record *r = indicator_named(l, rows[i].name);
        assert_non_null(r);
        if (rows[i].op)
            assert_field(r, "op", rows[i].op);
        else
            assert_field_null(r, "op");
        assert_field(r, "value", rows[i].value);
        if (rows[i].unit)
            assert_field(r, "unit", rows[i].unit);
        else
            assert_field_null(r, "unit");
    }
    const jx_record *r = indicator_named(l, "长效管理机制");
    assert_non_null(r);
    assert_field(r, "level2", "可持续影响指标");
    assert_field(r, "value", "健全");
    for (guint i = 0; i < count_indicators(l); i++) {
        const char *name = jx_record_get_string(indicator(l, i), "name");
        assert_null(strstr(name, "续影"));
        assert_null(strstr(name, "产出及效益"));
        assert_null(strstr(name, "可持"));
    }
    jx_record_list_free(l);
}

/* Plain pdftotext of a department table whose narrow value column cut a
 * date inside its month (`2019 年 10` / `月 31 日`, tests/raw/README.md):
 * the two lines are one date, the row's target. */
static void test_raw_date_cut_in_month(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/writer-dept-date-cut-month.txt");
    const jx_record *r = indicator_named(l, "项目完成时限");
    assert_non_null(r);
    assert_field(r, "value", "2019-10-31");
    assert_field(r, "kind", "date");
    jx_record_list_free(l);
}

/* …and of a half-year table whose narrow value column cut a compound unit
 * after its slash (`≤2080元/平` / `方米`, tests/raw/README.md): the two lines
 * are one target, its unit whole. */
static void test_raw_unit_cut_after_slash(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/calc-half-unit-cut-slash.txt");
    gboolean found = FALSE;
    for (guint i = 0; i < count_indicators(l); i++) {
        const jx_record *r = indicator(l, i);
        if (g_strcmp0(jx_record_get_string(r, "value"), "2080") != 0)
            continue;
        assert_field(r, "unit", "元/平方米");
        found = TRUE;
    }
    assert_true(found);
    jx_record_list_free(l);
}

/* Plain pdftotext of a table whose narrow level-2 column wrapped its
 * labels (tests/raw/README.md): a label's first line printed beside its
 * first row's name (`可持续影响指 管理制度健全性`, `服务对象满意 群众满意度`),
 * its rest below (`标`, `度指标`): the rows stand under the whole label, and
 * the pieces are no names. */
static void test_raw_label_head_beside_name(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"效益", "可持续影响指标", "管理制度健全性", NULL, "健全", NULL, "outcome.sustainability"},
        {"满意度", "服务对象满意度指标", "群众满意度", NULL, "92", "%", "satisfaction.service"},
        {"满意度", "服务对象满意度指标", "种粮农民满意度", ">=", "88", "%", "satisfaction.service"},
        {"满意度", "服务对象满意度指标", "受益群众满意度", ">=", "87", "%", "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-label-head-beside-name.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* The same of a joined label (tests/raw/README.md): its first line
 * (`满意度指标—服务对象满意`) is no label alone, and opens one only with its
 * rest below (`度指标`); the rows after it stand under the whole label. */
static void test_raw_joined_label_head_beside_name(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"满意度指标", "服务对象满意度指标", "群众满意度", ">=", "89", "%", "satisfaction.service"},
        {"满意度指标", "服务对象满意度指标", "读者满意度", ">=", "94", "%", "satisfaction.service"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/writer-joined-label-head-beside-name.txt", rows,
                                        G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a name whose last word the converter wrapped together
 * with its bracketed qualifier (tests/raw/README.md): `新建改造` /
 * `排水管网（以批复为准）` is one name, and the next row keeps its own target. */
static void test_raw_qualified_word_wrapped(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "加装电梯数量", ">=", "28", "部", "output.quantity"},
        {"产出指标", "数量指标", "新建改造排水管网(以批复为准)", ">=", "19.9", "公里", "output.quantity"},
        {"产出指标", "数量指标", "改造老旧小区建筑面积", ">=", "23.7", "万平方米", "output.quantity"},
        {"产出指标", "数量指标", "农村危房改造户数", ">=", "460", "户", "output.quantity"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-qualified-word-wrapped.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a name its column wrapped at a word's end
 * (tests/raw/README.md): `营养改善计划` / `受益学生人数` read as two names, the
 * target paired with one; the other, unpaired, is its wrapped line. */
static void test_raw_name_wrapped_at_word(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出", "产出数量", "农村寄宿制学校宿舍改造数", "=", "19", "所", "output.quantity"},
        {"产出", "产出数量", "营养改善计划受益学生人数", ">=", "21200", "人", "output.quantity"},
        {"产出", "产出质量", "校舍改造工程验收合格率", ">=", "100", "%", "output.quality"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-name-wrapped-at-word.txt", rows, G_N_ELEMENTS(rows));
    assert_null(indicator_named(l, "受益学生人数"));
    jx_record_list_free(l);
}

/* The same in a half-year table (tests/raw/README.md): `0-6岁儿童` /
 * `健康管理人数` is one name, with both its targets. */
static void test_raw_half_name_wrapped_at_word(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "产出数量", "0-6岁儿童健康管理人数", NULL, "145600", "人", "output.quantity"},
        {"产出指标", "产出数量", "65岁及以上老年人健康管理人数", "=", "5700", "人", "output.quantity"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-half-name-wrapped-at-word.txt", rows, G_N_ELEMENTS(rows));
    assert_half(l, "0-6岁儿童健康管理人数", NULL, "43680", "人");
    assert_null(indicator_named(l, "健康管理人数"));
    jx_record_list_free(l);
}

/* Plain pdftotext of narrow label columns whose pieces make a bare label
 * before their last word (tests/raw/README.md): `成` / `本` / `指` / `标` is
 * 成本指标, not 成本 (a level-1 label of its own); `经济` / `效益` … `指标`
 * alone below is 经济效益指标, and so is `社会` beside a name / `效益` /
 * `指标` 社会效益指标. */
static void test_raw_label_tail_after_bare_label(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/writer-level1-stacked-tail.txt");
    static const char *const cost_names[] = {"项目总成本", "人均补助标准"};
    for (gsize i = 0; i < G_N_ELEMENTS(cost_names); i++) {
        const jx_record *r = indicator_named(l, cost_names[i]);
        if (!r)
            fail_msg("no indicator named %s", cost_names[i]);
        assert_field(r, "level1", "成本指标");
        assert_field(r, "level2", "");
        assert_field(r, "category", "cost");
    }
    assert_field(indicator_named(l, "项目总成本"), "value", "1530");
    assert_field(indicator_named(l, "项目总成本"), "unit", "万元");
    assert_field(indicator_named(l, "人均补助标准"), "value", "1140");
    assert_field(indicator_named(l, "人均补助标准"), "unit", "元/人");
    jx_record_list_free(l);
    static const want_row rows[] = {
        {"效益指标", "经济效益指标", "项目区农民人均增收", NULL, "920", "元", "outcome.economic"},
        {"效益指标", "社会效益指标", "社会影响力", NULL, "进一步扩大", NULL, "outcome.social"},
    };
    l = parse_file_rows("tests/raw/calc-level2-tail-alone.txt", rows, G_N_ELEMENTS(rows));
    const jx_record *r = indicator_named(l, "节约财政资金");
    if (!r)
        fail_msg("no indicator named 节约财政资金");
    assert_field(r, "level1", "效益指标");
    assert_field(r, "level2", "经济效益指标");
    assert_field(r, "value", "108");
    assert_field(r, "unit", "万元");
    jx_record_list_free(l);
}

/* Plain pdftotext of targets that state an absence (tests/raw/README.md):
 * `无明显社会成本` under `社会成本` is the row's target, not a name — read as
 * one it left the later names without targets, and the rows printed name,
 * target after it (`项目持续发挥作用年限` / `≥6年`, `参训人员满意度` / `92%`)
 * were lost; and an absence takes no operator, so a stray one printed right
 * after it (`无不良影响` / `=`) does not join it. */
static void test_raw_absence_targets(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"成本指标", "社会成本指标", "社会成本", NULL, "无明显社会成本", NULL, "cost.social"},
        {"效益", "经济效益指标", "节约财政资金", ">=", "270", "万元", "outcome.economic"},
        {"效益", "可持续影响指标", "项目持续发挥作用年限", ">=", "6", "年",
         "outcome.sustainability"},
        {"满意度", "服务对象满意度指标", "参训人员满意度", NULL, "92", "%", "satisfaction.service"},
        {"满意度", "服务对象满意度指标", "社会公众满意度", ">", "94", "%", "satisfaction.service"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/calc-absence-target-names-after.txt", rows,
                                        G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 15);
    assert_false(has_flag(indicator(l, 0), "stream-ambiguous"));
    jx_record_list_free(l);
    static const want_row op_after[] = {
        {"成本指标", "生态环境成本指标", "对生态环境的影响", NULL, "无不良影响", NULL,
         "cost.environmental"},
        {"成本指标", "经济成本指标", "项目预算控制率", "<=", "100", "%", "cost.economic"},
    };
    l = parse_file_rows("tests/raw/calc-absence-target-op-after.txt", op_after, G_N_ELEMENTS(op_after));
    jx_record_list_free(l);
}

/* Plain pdftotext of a one-row group whose name restates its level-2 label
 * (tests/raw/README.md): `服务对象满意度` printed as the label beside the
 * group's first name and again right before the last row's target is that
 * row's name, under the label — read as a label again, it opened a block
 * of its own and the row was lost. */
static void test_raw_level2_restated_by_row(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"满意度指标", "服务对象满意度", "受益群众满意度", ">", "92", "%", "satisfaction.service"},
        {"满意度指标", "服务对象满意度", "服务对象满意度", ">=", "85", "%", "satisfaction.service"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/calc-level2-restated-by-row.txt", rows, G_N_ELEMENTS(rows));
    /* all 23 of the source's rows: 项目完成时限 before its target is no remark */
    assert_int_equal(count_indicators(l), 23);
    jx_record_list_free(l);
}

/* Plain pdftotext of a form for 2019 (tests/raw/README.md) whose two-row
 * cost group's label cells, `产出` and `成本指标`, print as a block after the
 * group's rows: 成本指标 is the level-2 the year makes it, and its money
 * rows stand under it, not under 时效指标 above. */
static void test_raw_cost_label_after_its_rows(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出", "时效指标", "项目开工时间", "<=", "2019-12-31", NULL, "output.timeliness"},
        {"产出", "成本指标", "人均管理费用", "<=", "1", "万元/人", "output.cost"},
        {"产出", "成本指标", "人均补助标准", "<=", "1000", "元/人", "output.cost"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/calc-cost-label-after-rows.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 15);
    jx_record_list_free(l);
}

/* Plain pdftotext of a satisfaction group whose label cells print after
 * its first row's name (tests/raw/README.md): `学生满意度`, a name that says
 * satisfaction, moves from the 可持续影响指标 group above into the
 * satisfaction group, level-1 and all. */
static void test_raw_satisfaction_label_after_first_row(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"效益指标", "可持续影响指标", "持续发挥效益", NULL, "长期", NULL, "outcome.sustainability"},
        {"满意度指标", "服务对象满意度指标", "学生满意度", ">=", "95", "%", "satisfaction.service"},
        {"满意度指标", "服务对象满意度指标", "社会公众满意度", NULL, "92", "%", "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-satisfaction-label-after-first-row.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a satisfaction label printed after all its rows, the
 * region's last label (tests/raw/README.md): the last rows, whose names say
 * satisfaction, stand under it; the row before them keeps its group. */
static void test_raw_satisfaction_label_after_its_rows(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"效益指标", "可持续影响", "项目持续发挥作用年限", ">=", "5", "年", "outcome.sustainability"},
        {"满意度指标", "服务对象满意度", "消费者满意度", ">=", "86", "%", "satisfaction.service"},
        {"满意度指标", "服务对象满意度", "群众满意度", ">=", "95", "%", "satisfaction.service"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-satisfaction-label-after-its-rows.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 19);
    jx_record_list_free(l);
}

/* Plain pdftotext of a department form's 过程 group (tests/raw/README.md)
 * whose level-2 labels print one after another: 预算管理 and 资产管理 share
 * 预算执行's code (process) but are groups of their own, not a rewording of
 * it, and their rows stand under them. */
static void test_raw_free_level2_labels_apart(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"决策", "预算编制", "预算编制科学性", NULL, "科学", NULL, "decision"},
        {"过程", "预算执行", "“三公经费”变动率", NULL, "0", "%", "process"},
        {"过程", "预算管理", "资金使用合规性", NULL, "合规", NULL, "process"},
        {"过程", "预算管理", "绩效管理覆盖率", ">=", "100", "%", "process"},
        {"过程", "资产管理", "资产管理制度健全性", NULL, "健全", NULL, "process"},
        {"过程", "资产管理", "固定资产利用率", "=", "100", "%", "process"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/calc-half-free-labels-apart.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 20);
    jx_record_list_free(l);
}

/* Plain pdftotext of a department form whose labels print as a block after
 * the names (tests/raw/README.md): a name that holds a free level-2 label
 * the form prints (预算执行率, 资产管理制度健全性) stands under that label and
 * the level-1 listing it; the others keep the labels read before them. */
static void test_raw_free_labels_in_names(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"决策", "计划制定", "工作计划制定健全性", NULL, "健全", NULL, "decision"},
        {"决策", "预算编制", "预算编制规范性", NULL, "规范", NULL, "decision"},
        {"决策", "预算编制", "预算编制科学性", NULL, "科学", NULL, "decision"},
        {"过程", "预算执行", "预算执行率", "=", "100", "%", "process"},
        {"过程", "预算管理", "预算管理制度健全性", NULL, "健全", NULL, "process"},
        {"过程", "资产管理", "资产管理制度健全性", NULL, "健全", NULL, "process"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-half-free-labels-after-names.txt", rows, G_N_ELEMENTS(rows));
    assert_int_equal(count_indicators(l), 16);
    jx_record_list_free(l);
}

/* Plain pdftotext of a department form's duty group (tests/raw/README.md):
 * each work item, the group's level-2 label, printed wrapped round its
 * row's name (`实施国土绿化提升行 森林抚育面积` / `动`) is the rows' label and
 * the name stands alone, its targets (year's and half-year's) its own. */
static void test_raw_items_wrapped_round_names(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"履职", "实施国土绿化提升行动", "森林抚育面积", "<=", "7", "万亩", "duty"},
        {"履职", "实施国土绿化提升行动", "聘用生态护林员", ">=", "90", "人", "duty"},
        {"履职", "开展林业有害生物防治", "松材线虫病疫木清理", ">=", "59000", "株", "duty"},
        {"履职", "开展林业有害生物防治", "新增造林面积", ">=", "23300", "亩", "duty"},
        {"履职", "做好公益林管护和补偿", "公益林管护面积", ">=", "88.6", "万亩", "duty"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-half-items-round-names.txt", rows, G_N_ELEMENTS(rows));
    const jx_record *half = jx_record_get_record(indicator_named(l, "新增造林面积"), "half");
    assert_non_null(half);
    assert_field(half, "value", "11650");
    jx_record_list_free(l);
}

/* The same class in Writer's PDF (tests/raw/README.md): items wrapped over
 * two lines beside names wrapped too (`加强基层医疗 孕产妇系统管理人` /
 * `卫生机构能力 数` / `建设`), a name's figure set a space apart
 * (`加强基层医疗 0-6 岁儿童健康管理`): each name whole, under its item. */
static void test_raw_items_wrapped_round_wrapped_names(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"履职", "加强基层医疗卫生机构能力建设", "0-6岁儿童健康管理人数", "=", "17500", "人", "duty"},
        {"履职", "加强基层医疗卫生机构能力建设", "孕产妇系统管理人数", ">=", "16200", "人", "duty"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/writer-half-items-round-wrapped-names.txt", rows, G_N_ELEMENTS(rows));
    static const char *const policy_rows[] = {"新建标准化村卫生室", "开展健康教育讲座次数",
                                              "65岁及以上老年人健康管理人数"};
    for (gsize i = 0; i < G_N_ELEMENTS(policy_rows); i++) {
        const jx_record *r = indicator_named(l, policy_rows[i]);
        if (!r)
            fail_msg("no indicator named %s", policy_rows[i]);
        assert_field(r, "level2", "落实计划生育家庭奖励扶助政策");
    }
    jx_record_list_free(l);
}

/* The same class with the item's rest on lines of its own
 * (tests/raw/README.md): `培育新型农业经 农机购置补贴机具数量` / `营主体和高素质`
 * (at the item's width) / `农民`: the item whole is the label, the names
 * stand alone. */
static void test_raw_item_wrapped_below_name(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"履职", "培育新型农业经营主体和高素质农民", "农作物病虫害统防统治面积", "=", "13", "万亩", "duty"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-half-item-wrapped-below-name.txt", rows, G_N_ELEMENTS(rows));
    static const char *const names[] = {"建设农产品产地冷藏保鲜设施", "农机购置补贴机具数量"};
    for (gsize i = 0; i < G_N_ELEMENTS(names); i++) {
        const jx_record *r = indicator_named(l, names[i]);
        if (!r)
            fail_msg("no indicator named %s", names[i]);
        assert_field(r, "level2", "培育新型农业经营主体和高素质农民");
    }
    jx_record_list_free(l);
}

/* Plain pdftotext prints a name's last word, wrapped, on a line of its own
 * (tests/raw/README.md); when that word is a unit too it is still the
 * name's: `完成农村环境整治建制` / `村` at the column's width, and
 * `公共服务满意度提` / `升` cut inside a word short of it. */
static void test_raw_name_tail_reads_as_unit(void **state)
{
    (void)state;
    static const want_row wrapped[] = {
        {"产出指标", "数量指标", "完成农村环境整治建制村", "=", "27", "个", "output.quantity"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/calc-half-name-tail-unit.txt", wrapped, G_N_ELEMENTS(wrapped));
    const jx_record *half = jx_record_get_record(indicator_named(l, "完成农村环境整治建制村"), "half");
    assert_non_null(half);
    assert_field(half, "value", "8");
    assert_field(half, "unit", "个");
    jx_record_list_free(l);
    static const want_row cut[] = {
        {"效益", "社会效益指标", "公共服务满意度提升", ">=", "4", "个百分点", "outcome.social"},
    };
    l = parse_file_rows("tests/raw/writer-half-items-round-wrapped-names.txt", cut, G_N_ELEMENTS(cut));
    half = jx_record_get_record(indicator_named(l, "公共服务满意度提升"), "half");
    assert_non_null(half);
    assert_field(half, "value", "2");
    jx_record_list_free(l);
}

/* A half-year table's deadline counted from an event (`灾后10日内`, printed
 * twice: the half-year's and the year's) is its row's two targets
 * (tests/raw/README.md), and the table around it is read. */
static void test_raw_half_relative_deadline(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出", "产出时效", "★灾后救助资金下达时限", NULL, "灾后10日内", NULL, "output.timeliness"},
        {"产出", "产出数量", "开展安全生产执法检查", ">=", "560", "次", "output.quantity"},
        {"产出", "产出成本", "人均培训成本", "<=", "500", "元/人", "output.cost"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/calc-half-relative-deadline.txt", rows, G_N_ELEMENTS(rows));
    const jx_record *half = jx_record_get_record(indicator_named(l, "★灾后救助资金下达时限"), "half");
    assert_non_null(half);
    assert_field(half, "value", "灾后10日内");
    half = jx_record_get_record(indicator_named(l, "人均培训成本"), "half");
    assert_non_null(half);
    assert_field(half, "value", "250");
    jx_record_list_free(l);
}

/* Plain pdftotext's half-year forms print the 决策 part's level-2 labels
 * as one block above the names (tests/raw/README.md); the labels share
 * their level-1's code, so no target's kind parts the groups: the rows
 * after 工作计划制定健全性 (restating 计划制定) are 目标设定's, not
 * 计划制定's. */
static void test_raw_half_decision_labels_on_top(void **state)
{
    (void)state;
    static const want_row calc[] = {
        {"决策", "计划制定", "中长期规划制定健全性", NULL, "健全", NULL, "decision"},
        {"决策", "计划制定", "工作计划制定健全性", NULL, "健全", NULL, "decision"},
        {"决策", "目标设定", "绩效目标合理性", NULL, "合理", NULL, "decision"},
        {"决策", "目标设定", "绩效指标明确性", NULL, "明确", NULL, "decision"},
        {"决策", "预算编制", "预算编制科学性", NULL, "科学", NULL, "decision"},
    };
    jx_record_list_free(
        parse_file_rows("tests/raw/calc-half-decision-labels-on-top.txt", calc, G_N_ELEMENTS(calc)));
    static const want_row writer[] = {
        {"决策", "计划制定", "工作计划制定健全性", NULL, "健全", NULL, "decision"},
        {"决策", "目标设定", "绩效指标明确性", NULL, "明确", NULL, "decision"},
        {"决策", "目标设定", "绩效目标合理性", NULL, "合理", NULL, "decision"},
        {"决策", "预算编制", "预算编制规范性", NULL, "规范", NULL, "decision"},
    };
    jx_record_list_free(
        parse_file_rows("tests/raw/writer-half-decision-labels-on-top.txt", writer, G_N_ELEMENTS(writer)));
}

/* Plain pdftotext regions whose names and targets pair too few or out of
 * order to be read whole (tests/raw/README.md): the rows printed side by
 * side, a name right before its target, are read alone and flagged, and
 * the document warned, where no row was read. */
static void test_raw_rows_side_by_side(void **state)
{
    (void)state;
    static const want_row calc[] = {
        {"产出指标", "数量指标", "聘用生态护林员", ">=", "870", "人", "output.quantity"},
        {"产出指标", "数量指标", "森林抚育面积", ">", "9", "万亩", "output.quantity"},
        {"产出指标", "质量指标", "政策知晓率", ">=", "82", "%", "output.quality"},
        {"效益指标", "经济效益指标", "节约财政资金", NULL, "295", "万元", "outcome.economic"},
        {"效益指标", "社会效益指标", "生态护林员带动脱贫户增收", ">=", "290", "户", "outcome.social"},
        {"效益指标", "社会效益指标", "公共服务满意度提升", "=", "3", "个百分点", "outcome.social"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-dept-rows-side-by-side.txt", calc, G_N_ELEMENTS(calc));
    assert_true(has_flag(indicator_named(l, "聘用生态护林员"), "stream-ambiguous"));
    assert_true(document_says(l, "warnings", "printed side by side", NULL));
    jx_record_list_free(l);
    static const want_row writer[] = {
        {"产出", "数量指标", "新建学校食堂", ">=", "4", "个", "output.quantity"},
        {"产出", "质量指标", "资金使用合规率", ">=", "100", "%", "output.quality"},
        {"效益", "经济效益指标", "带动相关产业增收", ">=", "1510", "万元", "outcome.economic"},
        {"效益", "社会效益指标", "政策宣传覆盖率", NULL, "91", "%", "outcome.social"},
    };
    jx_record_list_free(
        parse_file_rows("tests/raw/writer-legacy-rows-side-by-side.txt", writer, G_N_ELEMENTS(writer)));
}

/* The same in a half-year table (tests/raw/README.md): the rows printed
 * side by side, a name, its half-year target and the year's, are read
 * with both targets. */
static void test_raw_half_rows_side_by_side(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"产出指标", "数量指标", "开展执法检查", ">=", "50", "次", "output.quantity"},
        {"产出指标", "数量指标", "新建污水处理设施", ">=", "10", "座", "output.quantity"},
        {"产出指标", "质量指标", "污水处理设施出水达标率", ">=", "96", "%", "output.quality"},
        {"产出指标", "时效指标", "项目完成时限", "<=", "2022-12-20", NULL, "output.timeliness"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-half-rows-side-by-side.txt", rows, G_N_ELEMENTS(rows));
    const jx_record *half = jx_record_get_record(indicator_named(l, "开展执法检查"), "half");
    assert_non_null(half);
    assert_field(half, "value", "25");
    half = jx_record_get_record(indicator_named(l, "项目完成时限"), "half");
    assert_non_null(half);
    assert_field(half, "value", "2022-06-30");
    jx_record_list_free(l);
}

/* Checks indicator `name` of `l`: its year's target (op, value, unit) and
 * its half-year's (op, value); a NULL op or unit wants none. */
static void assert_year_and_half(const jx_record_list *l, const char *name, const char *op,
                                 const char *value, const char *unit, const char *half_op,
                                 const char *half_value)
{
    const jx_record *r = indicator_named(l, name);
    assert_non_null(r);
    assert_opt_field(r, "op", op);
    assert_field(r, "value", value);
    assert_opt_field(r, "unit", unit);
    const jx_record *half = jx_record_get_record(r, "half");
    assert_non_null(half);
    assert_opt_field(half, "op", half_op);
    assert_field(half, "value", half_value);
}

/* Plain pdftotext prints a half-year row's two targets on one line
 * (`≥ １,６２０ 人 ≥ 5,400 人`, `≤2019-06-30 ≤2019-11-30`; tests/raw/README.md):
 * they are the row's half-year and year targets, where read as one name
 * they took a row of their own and moved every name after them a row on. */
static void test_raw_half_two_targets_one_line(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("tests/raw/calc-half-two-targets-one-line.txt");
    assert_year_and_half(l, "城乡低保保障人数", ">=", "5400", "人", ">=", "1620");
    assert_year_and_half(l, "孤儿基本生活费发放人数", NULL, "540", "人", NULL, "270");
    assert_year_and_half(l, "新建社区居家养老服务中心", ">=", "19", "个", ">=", "10");
    jx_record_list_free(l);
    l = jx_test_parse_repo_file("tests/raw/writer-half-two-dates-one-line.txt");
    assert_year_and_half(l, "补助资金下达时限", "<=", "2019-11-30", NULL, "<=", "2019-06-30");
    jx_record_list_free(l);
}

/* The same form (tests/raw/README.md): the rows after 预算执行率 that stood
 * with it under 计划制定 follow it under 预算执行, and 固定资产利用率 follows
 * 资产管理制度健全性 under 资产管理. */
static void test_raw_rows_after_free_label_name(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"过程", "预算执行", "支付进度符合率", "=", "100", "%", "process"},
        {"过程", "预算执行", "政府采购执行率", NULL, "100", "%", "process"},
        {"过程", "预算执行", "结转结余率", "=", "0", "%", "process"},
        {"过程", "资产管理", "固定资产利用率", "=", "100", "%", "process"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-half-free-labels-after-names.txt", rows, G_N_ELEMENTS(rows));
    jx_record_list_free(l);
}

/* Plain pdftotext of a department form with work items (tests/raw/README.md)
 * whose level-2 labels' first lines print on one line with a work item's
 * piece and the name (`经济效益指 加强非物质文化遗 拉动社会投资`): the three
 * are three cells, the name no longer holds the label's piece and the item,
 * and its rows stand under the label, each with its work item. */
static void test_raw_label_task_name_line(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"效益指标", "经济效益指标", "拉动社会投资", ">=", "8", "亿元", "outcome.economic"},
        {"效益指标", "社会效益指标", "政策宣传覆盖率", ">=", "100", "%", "outcome.social"},
        {"效益指标", "社会效益指标", "群众获得感", NULL, "明显增强", NULL, "outcome.social"},
        {"产出指标", "时效指标", "资金兑付及时性", NULL, "及时", NULL, "output.timeliness"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/writer-label-task-name-line.txt", rows, G_N_ELEMENTS(rows));
    assert_field(indicator_named(l, "拉动社会投资"), "task", "加强非物质文化遗产保护传承");
    assert_field(indicator_named(l, "政策宣传覆盖率"), "task", "实施文物保护修缮工程");
    assert_int_equal(count_indicators(l), 16);
    jx_record_list_free(l);
}

/* The same kind of line with a level-2 label's first line whose last
 * character prints below, among the work item's tail (`可持续影响指
 * 推进公共文化场馆免费开 管理制度健全性` / `标` / `放`): the `标` is the
 * label's, not a piece of the item, and the table is read whole. */
static void test_raw_label_head_task_name_line(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"效益指标", "可持续影响指标", "管理制度健全性", NULL, "健全", NULL, "outcome.sustainability"},
    };
    jx_record_list *l =
        parse_file_rows("tests/raw/calc-label-head-task-name-line.txt", rows, G_N_ELEMENTS(rows));
    assert_field(indicator_named(l, "管理制度健全性"), "task", "推进公共文化场馆免费开放");
    /* 社会公众满意度 before its target `≥88%` is a row, no remark */
    assert_int_equal(count_indicators(l), 16);
    jx_record_list_free(l);
}

/* The level-1 and the level-2 columns' lines both on the line of a work
 * item's piece and the name (tests/raw/README.md: `效益指标 社会效益
 * 加快城市排水防涝设 公共服务满意度提升`): two labels, the item and the
 * name; and a label's first line whose rest below makes the form's own
 * label (`可持续影` … `响`: 可持续影响, not the standard 可持续影响指标). */
static void test_raw_labels_task_name_line(void **state)
{
    (void)state;
    static const want_row rows[] = {
        {"效益指标", "社会效益", "公共服务满意度提升", ">=", "3", "个百分点", "outcome.social"},
        {"效益指标", "社会效益", "政策宣传覆盖率", NULL, "92.5", "%", "outcome.social"},
        {"效益指标", "可持续影响", "小区长效管理机制*", NULL, "健全", NULL, "outcome.sustainability"},
        /* its target wrapped before its unit's last word (`≥11.9万平方` / `米`) */
        {"产出指标", "数量", "改造老旧小区建筑面积", ">=", "11.9", "万平方米", "output.quantity"},
    };
    jx_record_list *l = parse_file_rows("tests/raw/writer-labels-task-name-line.txt", rows, G_N_ELEMENTS(rows));
    assert_field(indicator_named(l, "公共服务满意度提升"), "task", "加快城市排水防涝设施建设");
    assert_field(indicator_named(l, "改造老旧小区建筑面积"), "task", "发展保障性租赁住房");
    assert_int_equal(count_indicators(l), 13);
    jx_record_list_free(l);
}

/* A stream cut off inside a row: the whole rows are read, and the document
 * says where the text stopped. */
static void test_stream_cut_off(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\n二级指标\n三级指标\n指标值\n"
                                   "产出指标\n数量指标\n培训人次\n≥800人次\n"
                                   "新建候车亭\n=12个\n"
                                   "质量指标\n验收合格率\n");
    assert_true(count_indicators(l) >= 2);
    assert_field(indicator(l, 0), "name", "培训人次");
    assert_field(indicator(l, 1), "value", "12");
    assert_true(document_says(l, "warnings", "line 11", "stops inside a row"));
    jx_record_list_free(l);
}

/* Header words in running text do not start a table or swallow the text:
 * the metadata after them is still read. */
static void test_stream_header_words_in_prose(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("2023年度项目支出绩效目标表\n年度目标\n"
                                   "全面完成年度目标任务，确保资金使用安全。\n"
                                   "项目名称：农村公路养护\n");
    assert_int_equal(count_indicators(l), 0);
    assert_field(jx_record_list_get(l, 0), "project", "农村公路养护");
    jx_record_list_free(l);
}

static void test_half_year(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\t二级指标\t三级指标\t半年（程）指标值\t全年（程）指标值\n"
                                   "产出指标\t数量指标\t培训人次\t≥200人次\t≥500人次\n"
                                   "\t时效指标\t完成时限\t\t2023年12月31日前\n");
    assert_int_equal(count_indicators(l), 2);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "value", "500");
    const jx_record *half = jx_record_get_record(r, "half");
    assert_non_null(half);
    assert_field(half, "value", "200");
    assert_field(half, "op", ">=");
    assert_field(half, "unit", "人次");
    r = indicator(l, 1);
    assert_true(jx_record_has(r, "half"));
    assert_null(jx_record_get_record(r, "half"));
    assert_field(r, "op", "<=");
    assert_field(r, "value", "2023-12-31");
    jx_record_list_free(l);
}

/* A mid-term column beside the year's (中期指标值 | 年度指标值, as some
 * departments' forms print them): the target is the year's, never the two
 * run together. */
static void test_midterm_beside_year(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\t二级指标\t三级指标\t中期指标值\t年度指标值\t权重（%）\n"
                                   "产出指标\t数量指标\t开展能力评估人数\t≥3000人\t≥1000人\t20\n"
                                   "效益指标\t社会效益指标\t照护服务精准度\t明显提升\t有所提升\t20\n");
    assert_int_equal(count_indicators(l), 2);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "op", ">=");
    assert_field(r, "value", "1000");
    assert_field(r, "unit", "人");
    assert_field(r, "text", "≥1000人");
    assert_false(jx_record_has(r, "half"));
    assert_field(indicator(l, 1), "value", "有所提升");
    jx_record_list_free(l);
}

/* A unit in the value column's header (指标值（%）) is the unit of every
 * figure under it that states none; a figure with its own keeps it, a
 * qualitative target has none. */
static void test_unit_in_header(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("一级指标\t二级指标\t三级指标\t指标值（%）\n"
                                   "产出指标\t质量指标\t路面优良率\t≥85\n"
                                   "\t时效指标\t完成时限\t2024年12月31日前\n"
                                   "\t数量指标\t新建候车亭\t12个\n"
                                   "效益指标\t社会效益指标\t出行条件\t明显改善\n");
    assert_int_equal(count_indicators(l), 4);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "value", "85");
    assert_field(r, "unit", "%");
    assert_field(r, "text", "≥85");
    assert_true(has_flag(r, "unit-from-header"));
    r = indicator(l, 1);
    assert_field(r, "kind", "date");
    assert_field_null(r, "unit");
    assert_false(has_flag(r, "unit-from-header"));
    assert_field(indicator(l, 2), "unit", "个");
    assert_field_null(indicator(l, 3), "unit");
    jx_record_list_free(l);
}

/* Several projects' tables in one document: each table's indicators name
 * the project stated above it (a `项目名称：` line, or a `项目名称 | …`
 * metadata row) when it is not the document's; the first table's are the
 * document's and say nothing.  The same header after another project's
 * name opens a new table, not a page of the last one. */
static void test_project_per_table(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("2024年项目支出绩效目标表\n"
                                   "项目名称：乡村道路养护\n"
                                   "一级指标\t二级指标\t三级指标\t指标值\n"
                                   "产出指标\t数量指标\t养护里程\t≥320公里\n"
                                   "\n"
                                   "项目名称：农村饮水安全巩固提升\n"
                                   "一级指标\t二级指标\t三级指标\t指标值\n"
                                   "产出指标\t数量指标\t新建供水工程\t≥5处\n"
                                   "\n"
                                   "项目名称\t学生资助补助资金\n"
                                   "主管部门\t某县教育局\n"
                                   "一级指标\t二级指标\t三级指标\t指标值\n"
                                   "产出指标\t数量指标\t资助人数\t≥800人\n");
    assert_int_equal(count_indicators(l), 3);
    assert_field(jx_record_list_get(l, 0), "project", "乡村道路养护");
    assert_false(jx_record_has(indicator(l, 0), "project"));
    assert_field(indicator(l, 1), "project", "农村饮水安全巩固提升");
    assert_field(indicator(l, 2), "project", "学生资助补助资金");
    /* the metadata rows above the header in its own grid are no header lines
     * (they were read as a header wrapped over three lines: columns shifted) */
    assert_field(indicator(l, 2), "name", "资助人数");
    assert_field(indicator(l, 2), "level2", "数量指标");
    assert_int_equal(jx_record_get_int(indicator(l, 2), "table", 0), 3);
    jx_record_list_free(l);
}

/* A form with one label column (指标类型) whose cells join both levels
 * (产出指标-数量指标): split into level1 and level2 where the taxonomy places
 * the second under the first; a cell of one label stays level1. */
/* See parse/target_row.h (not included here: its inline helpers' names
 * clash with this file's). */
int jx_trow_nth_smallest(int *v, int n, int k);

/* Ascending ints for qsort. */
static int ascending_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* The selection that stands for a sort's median (row pitches, gaps between
 * rows' lines) gives, at every index, the value the sort puts there: on
 * runs mostly equal (a table's rows one pitch apart), sorted, reversed,
 * with negative steps (lines numbered anew per page) and at random. */
static void test_nth_smallest_is_sorted_value(void **state)
{
    (void)state;
    GRand *rand = g_rand_new_with_seed(7);
    for (int round = 0; round < 400; round++) {
        int n = 1 + round % 37, shape = round % 5;
        int *v = g_new(int, n), *sorted = g_new(int, n), *work = g_new(int, n);
        for (int i = 0; i < n; i++)
            v[i] = shape == 0   ? (g_rand_int_range(rand, 0, 10) ? 2 : g_rand_int_range(rand, -40, 40))
                   : shape == 1 ? i
                   : shape == 2 ? n - i
                   : shape == 3 ? g_rand_int_range(rand, -3, 3)
                                : g_rand_int_range(rand, -100000, 100000);
        memcpy(sorted, v, sizeof *v * n);
        qsort(sorted, n, sizeof *sorted, ascending_int);
        for (int k = 0; k < n; k++) {
            memcpy(work, v, sizeof *v * n);
            assert_int_equal(jx_trow_nth_smallest(work, n, k), sorted[k]);
        }
        g_free(v);
        g_free(sorted);
        g_free(work);
    }
    g_rand_free(rand);
}

static void test_joined_label_column(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("项目支出绩效目标表（2021年度）\n"
                                   "指标类型\t指标名称\t指标值\n"
                                   "产出指标-数量指标\t法律援助案件数\t≥800件\n"
                                   "效益指标/社会效益指标\t群众法律意识\t逐步提高\n"
                                   "满意度指标\t受援人满意度\t≥90%\n");
    assert_int_equal(count_indicators(l), 3);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "level1", "产出指标");
    assert_field(r, "level2", "数量指标");
    assert_field(r, "category", "output.quantity");
    assert_field(r, "name", "法律援助案件数");
    r = indicator(l, 1);
    assert_field(r, "level1", "效益指标");
    assert_field(r, "level2", "社会效益指标");
    r = indicator(l, 2);
    assert_field(r, "level1", "满意度指标");
    assert_field(r, "level2", "");
    assert_field(r, "category", "satisfaction");
    jx_record_list_free(l);

    /* 指标类别, a header word of no other role, heads the label column too:
     * the names stay names (they were read as the labels' column, shifted) */
    l = parse_text("指标类别\t指标名称\t指标值\n"
                   "产出指标-数量指标\t养护农村公路里程\t≥320公里\n"
                   "产出指标-质量指标\t路面优良率\t≥85%\n");
    assert_int_equal(count_indicators(l), 2);
    assert_field(indicator(l, 1), "name", "路面优良率");
    assert_field(indicator(l, 1), "level2", "质量指标");
    jx_record_list_free(l);
}

/* The same form through pandoc (`soffice --convert-to docx`, `pandoc -t
 * markdown`; forms.py variant v0001, seed 1): its smart punctuation writes
 * the em dash joining the labels as `---`, which joins them all the same. */
static void test_joined_label_column_pandoc_dash(void **state)
{
    (void)state;
    static const char md[] =
        "专项资金绩效目标表\n\n（2021年度）\n\n"
        "  ------------------------------- --------------------------------- "
        "--------------------------------------------\n"
        "  **指标类型**                    **三级指标**                      **预期目标值**\n\n"
        "  产出指标---数量指标             巩固提升受益人口                  =7.70万人\n\n"
        "                                  改造提升供水管网                  =68公里\n\n"
        "  成本指标---经济成本指标         单位建设成本                      2,730元/平方米\n\n"
        "  效益指标---服务对象满意度指标   服务对象满意度\\*                  95%\n"
        "  ------------------------------- --------------------------------- "
        "--------------------------------------------\n\n"
        "注：指标值以批复文件为准。\n";
    static const struct {
        const char *name, *level1, *level2, *category;
    } want[] = {
        {"巩固提升受益人口", "产出指标", "数量指标", "output.quantity"},
        {"改造提升供水管网", "产出指标", "数量指标", "output.quantity"},
        {"单位建设成本", "成本指标", "经济成本指标", "cost.economic"},
        {"服务对象满意度*", "效益指标", "服务对象满意度指标", "satisfaction.service"},
    };
    jx_record_list *l = parse_named("v0001.md", md);
    assert_int_equal(count_indicators(l), G_N_ELEMENTS(want));
    for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
        const jx_record *r = indicator(l, i);
        assert_field(r, "name", want[i].name);
        assert_field(r, "level1", want[i].level1);
        assert_field(r, "level2", want[i].level2);
        assert_field(r, "category", want[i].category);
    }
    jx_record_list_free(l);
}

/* Level-1 labels as rows of their own over one label column of level-2
 * labels (`一、产出指标` / `（一）数量指标 | 名称 | 值`): each row's label is its
 * level 2, the last level-1 row its level 1, both as written. */
static void test_section_rows_over_label_column(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("指标类别\t指标名称\t指标值\n"
                                   "一、产出指标\t\t\n"
                                   "（一）数量指标\t养护农村公路里程\t≥320公里\n"
                                   "（二）质量指标\t路面优良率\t≥85%\n"
                                   "二、效益指标\t\t\n"
                                   "（一）社会效益指标\t群众出行条件\t明显改善\n");
    assert_int_equal(count_indicators(l), 3);
    const jx_record *r = indicator(l, 1);
    assert_field(r, "level1", "一、产出指标");
    assert_field(r, "level2", "(二)质量指标");
    assert_field(r, "name", "路面优良率");
    assert_field(r, "category", "output.quality");
    r = indicator(l, 2);
    assert_field(r, "level1", "二、效益指标");
    assert_field(r, "category", "outcome.social");
    jx_record_list_free(l);
}

static void test_task_layout(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("年度绩效指标\t一级指标\t二级指标\t名称\t指标内容\t指标值\n"
                                   "年度绩效指标\t产出指标\t数量指标\t人员培训\t培训人次\t≥500人次\n"
                                   "\t\t\t\t培训天数\t5天\n");
    assert_int_equal(count_indicators(l), 2);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "task", "人员培训");
    assert_field(r, "name", "培训人次");
    assert_field(r, "level1", "产出指标");
    r = indicator(l, 1);
    assert_field(r, "name", "培训天数");
    assert_field(r, "value", "5");
    assert_field(r, "unit", "天");
    jx_record_list_free(l);
}

/* A row that cannot be rebuilt is emitted with a flag, never dropped. */
static void test_no_row_dropped(void **state)
{
    (void)state;
    jx_record_list *l = parse_with_header("1\t产出指标\t数量指标\t培训人次\t\t\t\n");
    assert_int_equal(count_indicators(l), 1);
    const jx_record *r = indicator(l, 0);
    assert_field(r, "name", "培训人次");
    assert_field_null(r, "value");
    assert_true(has_flag(r, "no-target"));
    jx_record_list_free(l);
}

static void test_document_metadata(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("专项资金绩效目标表\n"
                                   "(2023年度)\n"
                                   "单位:万元\n"
                                   "项目名称:\t市级科技发展专项资金\t申请金额:\t58,600\n"
                                   "主管部门:\t某市科学技术局\t\t\n"
                                   "\n"
                                   "序号\t一级指标\t二级指标\t三级指标\t指标值\n"
                                   "1\t产出指标\t数量指标\t培训人次\t≥500人次\n");
    const jx_record *doc = jx_record_list_get(l, 0);
    assert_field(doc, "type", "document");
    assert_field(doc, "title", "专项资金绩效目标表");
    assert_field(doc, "kind", "target-table");
    assert_int_equal(jx_record_get_int(doc, "year", 0), 2023);
    assert_field(doc, "project", "市级科技发展专项资金");
    assert_field(doc, "org", "某市科学技术局");
    const jx_record *amount = jx_record_get_record(doc, "amount");
    assert_non_null(amount);
    assert_field(amount, "value", "58600");
    assert_field(amount, "unit", "万元");
    assert_field(amount, "text", "申请金额: 58,600");
    jx_record_list_free(l);
}

/* No year in the title or below it: the target table's header says it. */
static void test_year_from_header(void **state)
{
    (void)state;
    jx_record_list *l = parse_with_header("1\t产出指标\t数量指标\t培训人次\t≥\t500\t人次\n");
    assert_int_equal(jx_record_get_int(jx_record_list_get(l, 0), "year", 0), 2023);
    jx_record_list_free(l);
}

/* Spreadsheet exports: the title is the table's first row, alone in its cell;
 * two projects' tables of the same form follow each other, 序号 from 1 again. */
static void test_export_two_tables(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("2024年度项目绩效目标表\t\t\t\t\n"
                                   "序号\t一级指标\t二级指标\t三级指标\t指标值\n"
                                   "1\t产出指标\t数量指标\t培训人次\t≥500人次\n"
                                   "2\t\t\t培训天数\t5天\n"
                                   "\n"
                                   "序号\t一级指标\t二级指标\t三级指标\t指标值\n"
                                   "1\t产出指标\t数量指标\t新建道路\t≥12公里\n"
                                   "序号\t一级指标\t二级指标\t三级指标\t指标值\n"
                                   "1\t效益指标\t社会效益指标\t受益人口\t≥3000人\n");
    const jx_record *doc = jx_record_list_get(l, 0);
    assert_field(doc, "title", "2024年度项目绩效目标表");
    assert_int_equal(jx_record_get_int(doc, "year", 0), 2024);
    assert_int_equal(count_indicators(l), 4);
    assert_int_equal(jx_record_get_int(indicator(l, 1), "table", 0), 1);
    assert_int_equal(jx_record_get_int(indicator(l, 2), "table", 0), 2);
    assert_int_equal(jx_record_get_int(indicator(l, 2), "row", 0), 1);
    assert_int_equal(jx_record_get_int(indicator(l, 3), "table", 0), 3);
    assert_field(indicator(l, 3), "level1", "效益指标");
    jx_record_list_free(l);
}

/* A title broken over two lines is one title, and its year counts. */
static void test_split_title(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("2022年度某市科技发展专项\n"
                                   "绩效评价报告\n"
                                   "\n"
                                   "一、项目基本情况\n");
    const jx_record *doc = jx_record_list_get(l, 0);
    assert_field(doc, "title", "2022年度某市科技发展专项绩效评价报告");
    assert_field(doc, "kind", "evaluation-report");
    assert_int_equal(jx_record_get_int(doc, "year", 0), 2022);
    jx_record_list_free(l);
    l = parse_text("附件2\n绩效目标表\n");
    assert_field(jx_record_list_get(l, 0), "title", "绩效目标表");
    jx_record_list_free(l);
}

/* A title without a year followed by long prose: the year search must not
 * touch the title's match twice (a double free once). */
static void test_title_without_year(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("# 语料说明\n"
                                   "这一行是很长的说明文字，不是年份行，也不是表格，只是为了让年份搜索跳过正则匹配。\n");
    const jx_record *doc = jx_record_list_get(l, 0);
    assert_field(doc, "title", "语料说明");
    assert_int_equal(jx_record_get_int(doc, "year", -1), -1);
    jx_record_list_free(l);
}

/* A form without a title: what follows the metadata (a form label, a
 * table cell read as a line, a page number) titles nothing, nor does a
 * line of running text that happens to hold a title word. */
static void test_untitled_form(void **state)
{
    (void)state;
    jx_record_list *l = parse_text("（2019年度）\n"
                                   "部门名称  六安市林业局\n"
                                   "部门职能职责概述\n"
                                   "第1页\n");
    const jx_record *doc = jx_record_list_get(l, 0);
    assert_true(jx_record_has(doc, "title"));
    assert_null(jx_record_get_string(doc, "title"));
    assert_int_equal(jx_record_get_int(doc, "year", 0), 2019);
    jx_record_list_free(l);
    l = parse_text("效益指标\n"
                   "按照年度工作计划,确保各项任务按时完成,群众整体绩效目标\n");
    assert_null(jx_record_get_string(jx_record_list_get(l, 0), "title"));
    jx_record_list_free(l);
    /* a form label alone on its line, though it holds the title word 绩效目标 */
    l = parse_text("年度绩效目标\n部门名称:某局\n");
    assert_null(jx_record_get_string(jx_record_list_get(l, 0), "title"));
    jx_record_list_free(l);
    /* a title that starts with 单位 is still one */
    l = parse_text("单位整体支出绩效自评报告\n单位名称:某局\n");
    assert_field(jx_record_list_get(l, 0), "title", "单位整体支出绩效自评报告");
    jx_record_list_free(l);
}

/* A fuzzer's find (fuzz/corpus/text/part_wider_than_twice_header.txt): a
 * part of rows more than twice as wide as the header, one of its columns
 * past the header's with no vote elsewhere, read its own vote from past the
 * end of the vote table (AddressSanitizer: heap-buffer-overflow in
 * part_maps).  It parses, and the sanitizers fail this test if it does
 * again. */
static void test_part_wider_than_twice_header(void **state)
{
    (void)state;
    jx_record_list *l = jx_test_parse_repo_file("fuzz/corpus/text/part_wider_than_twice_header.txt");
    assert_non_null(l);
    assert_true(jx_record_list_length(l) >= 1);
    jx_record_list_free(l);
}

/* The memo of cell facts, held while a grid is read, keeps every entry past
 * its bound (the document builder borrows their norms); let go, it starts
 * over when full, and an entry asked again is made again the same. */
static void test_facts_memo_held(void **state)
{
    (void)state;
    jx_facts *m = jx_facts_new();
    jx_facts_hold(m, TRUE);
    const jx_cell_facts *first = jx_facts_lookup(m, "项目名称（万元）");
    char *first_norm = g_strdup(first->norm);
    for (int i = 0; i < 5000; i++) {
        char text[32];
        g_snprintf(text, sizeof text, "指标%d", i);
        jx_facts_lookup(m, text);
    }
    assert_string_equal(first->norm, first_norm); /* not freed while held */
    jx_facts_hold(m, FALSE);
    jx_facts_lookup(m, "资金到位率"); /* full: starts over */
    assert_string_equal(jx_facts_lookup(m, "项目名称（万元）")->norm, first_norm);
    g_free(first_norm);
    jx_facts_free(m);
}

/* The memo's table of texts finds every entry it made, asked at another
 * address (its front cannot answer), after growing past its first size
 * several times: the same entry, not moved, not made again. */
static void test_facts_memo_table_grows(void **state)
{
    (void)state;
    enum { TEXTS = 3000 };
    jx_facts *m = jx_facts_new();
    jx_facts_hold(m, TRUE);
    const jx_cell_facts **made = g_new(const jx_cell_facts *, TEXTS);
    for (int i = 0; i < TEXTS; i++) {
        char *text = g_strdup_printf("指标%d（万元）", i);
        made[i] = jx_facts_lookup(m, text);
        g_free(text);
    }
    for (int i = 0; i < TEXTS; i++) {
        char *text = g_strdup_printf("指标%d（万元）", i);
        char *number = g_strdup_printf("指标%d", i);
        const jx_cell_facts *again = jx_facts_lookup(m, text);
        assert_ptr_equal(again, made[i]);
        assert_true(g_str_has_prefix(again->norm, number));
        g_free(number);
        g_free(text);
    }
    g_free(made);
    jx_facts_free(m);
}

/* The thread's memo of cell facts is lent to one document at a time and kept
 * from document to document; a document read while it is lent gets a memo of
 * its own; and a document reads the same with the memo cold or warm. */
static void test_facts_memo_borrowed(void **state)
{
    (void)state;
    jx_facts *a = jx_facts_borrow();
    jx_facts *nested = jx_facts_borrow();
    assert_ptr_not_equal(a, nested);
    jx_facts_give_back(nested); /* not the thread's: freed */
    jx_facts_hold(a, TRUE);
    jx_facts_give_back(a);
    jx_facts *again = jx_facts_borrow();
    assert_ptr_equal(again, a);
    jx_facts_give_back(again);

    const char *path = "fuzz/corpus/text/part_wider_than_twice_header.txt";
    jx_record_list *cold = jx_test_parse_repo_file(path);
    jx_record_list *warm = jx_test_parse_repo_file(path);
    assert_non_null(cold);
    assert_non_null(warm);
    assert_int_equal(jx_record_list_length(cold), jx_record_list_length(warm));
    for (guint i = 0; i < jx_record_list_length(cold); i++) {
        char *c = jx_record_to_json(jx_record_list_get(cold, i));
        char *w = jx_record_to_json(jx_record_list_get(warm, i));
        assert_string_equal(c, w);
        g_free(c);
        g_free(w);
    }
    jx_record_list_free(cold);
    jx_record_list_free(warm);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_part_wider_than_twice_header),
        cmocka_unit_test(test_multirow_header_roles),
        cmocka_unit_test(test_labels_split_at_every_joiner),
        cmocka_unit_test(test_wrapped_header_words),
        cmocka_unit_test(test_repeated_header_columns),
        cmocka_unit_test(test_header_tail_line),
        cmocka_unit_test(test_layout_name_above_target),
        cmocka_unit_test(test_layout_qualitative_row),
        cmocka_unit_test(test_layout_name_balanced_round_value),
        cmocka_unit_test(test_layout_task_straddles_row),
        cmocka_unit_test(test_layout_cost_label_in_level2_column),
        cmocka_unit_test(test_facts_memo_held),
        cmocka_unit_test(test_facts_memo_table_grows),
        cmocka_unit_test(test_facts_memo_borrowed),
        cmocka_unit_test(test_layout_half_targets_without_name),
        cmocka_unit_test(test_continued_page_columns),
        cmocka_unit_test(test_layout_wrapped_target),
        cmocka_unit_test(test_layout_wrapped_text_target),
        cmocka_unit_test(test_browser_centred_labels),
        cmocka_unit_test(test_layout_centred_label_by_lines),
        cmocka_unit_test(test_four_line_header),
        cmocka_unit_test(test_gapped_wrapped_values),
        cmocka_unit_test(test_header_vocabulary_reachable),
        cmocka_unit_test(test_header_vocabulary_inside_text),
        cmocka_unit_test(test_header_is_rowhead_as_role),
        cmocka_unit_test(test_header_may_grow_into_rowhead),
        cmocka_unit_test(test_name_words_shared_as_segmented),
        cmocka_unit_test(test_stream_cell_per_line),
        cmocka_unit_test(test_stream_blank_line_positions),
        cmocka_unit_test(test_stream_blank_line_positions_free_group),
        cmocka_unit_test(test_stream_blank_line_positions_sparse),
        cmocka_unit_test(test_stream_flattened_header),
        cmocka_unit_test(test_stream_run_together),
        cmocka_unit_test(test_stream_value_unit_op_columns),
        cmocka_unit_test(test_stream_qualitative_targets),
        cmocka_unit_test(test_stream_label_of_both_levels),
        cmocka_unit_test(test_stream_fused_labels),
        cmocka_unit_test(test_stream_run_together_items),
        cmocka_unit_test(test_stream_run_together_value_word),
        cmocka_unit_test(test_stream_run_together_stated_items),
        cmocka_unit_test(test_stream_run_together_clause_targets),
        cmocka_unit_test(test_stream_run_together_known_explanations),
        cmocka_unit_test(test_stream_run_together_name_template),
        cmocka_unit_test(test_stream_run_together_absence_target),
        cmocka_unit_test(test_stream_clause_target_per_line),
        cmocka_unit_test(test_stream_name_is_no_half_target),
        cmocka_unit_test(test_stream_run_together_target_before_mark),
        cmocka_unit_test(test_stream_run_together_fused_label_opens_table),
        cmocka_unit_test(test_stream_run_together_free_label_heads_name),
        cmocka_unit_test(test_stream_run_together_degree_change_words),
        cmocka_unit_test(test_stream_run_together_bound_target),
        cmocka_unit_test(test_stream_run_together_rowhead_before_header),
        cmocka_unit_test(test_stream_run_together_target_before_note),
        cmocka_unit_test(test_stream_run_together_rowhead_word_as_subject),
        cmocka_unit_test(test_stream_run_together_two_dates),
        cmocka_unit_test(test_stream_run_together_duty_items),
        cmocka_unit_test(test_stream_cells_joined_labels),
        cmocka_unit_test(test_stream_tabs_level2_after_centred_level1),
        cmocka_unit_test(test_stream_run_together_numbered_level2),
        cmocka_unit_test(test_stream_rowhead_after_target_group),
        cmocka_unit_test(test_stream_runon_twin_figures),
        cmocka_unit_test(test_stream_tabs_shift_group_heading),
        cmocka_unit_test(test_stream_tabs_shift_half_year),
        cmocka_unit_test(test_stream_tabs_shift_row_header),
        cmocka_unit_test(test_stream_tabs_shift_seq_columns),
        cmocka_unit_test(test_stream_tabs_shift_mid_term),
        cmocka_unit_test(test_stream_tabs_shift_section_lines),
        cmocka_unit_test(test_stream_tabs_shift_qualitative_targets),
        cmocka_unit_test(test_stream_tabs_shift_rows_after_section_line),
        cmocka_unit_test(test_stream_tabs_shift_one_label_column_after_section_line),
        cmocka_unit_test(test_stream_tabs_section_lines),
        cmocka_unit_test(test_stream_tabs_upper_middle),
        cmocka_unit_test(test_stream_pipes_lower_middle),
        cmocka_unit_test(test_stream_cells_section_rows),
        cmocka_unit_test(test_stream_spaces_cost_level_by_placement),
        cmocka_unit_test(test_stream_cost_bare_as_level2s),
        cmocka_unit_test(test_stream_cells_section_before_seq),
        cmocka_unit_test(test_stream_cells_mid_term_unit),
        cmocka_unit_test(test_stream_spaces_two_projects),
        cmocka_unit_test(test_stream_spaces_mid_term),
        cmocka_unit_test(test_stream_run_together_mid_term_sections),
        cmocka_unit_test(test_stream_run_together_seq_joined_labels),
        cmocka_unit_test(test_stream_run_together_joined_label_name_word),
        cmocka_unit_test(test_stream_run_together_joiner_bare_level2),
        cmocka_unit_test(test_stream_run_together_three_projects),
        cmocka_unit_test(test_stream_run_together_duty_item_one_target),
        cmocka_unit_test(test_w3m_label_merged_over_two_columns),
        cmocka_unit_test(test_w3m_wrapped_unit),
        cmocka_unit_test(test_w3m_level1_in_level2_place),
        cmocka_unit_test(test_w3m_level2_middle_word),
        cmocka_unit_test(test_w3m_level1_rest_taken_in),
        cmocka_unit_test(test_stream_short_labels_after_seq),
        cmocka_unit_test(test_stream_label_words_inside_names),
        cmocka_unit_test(test_stream_free_label_begins_name),
        cmocka_unit_test(test_stream_repeated_two_row_header),
        cmocka_unit_test(test_stream_continued_table),
        cmocka_unit_test(test_stream_column_order_refused),
        cmocka_unit_test(test_raw_blocks_first_page),
        cmocka_unit_test(test_raw_ops_own_lines),
        cmocka_unit_test(test_raw_seq_block_before_header),
        cmocka_unit_test(test_raw_seq_passed_over),
        cmocka_unit_test(test_raw_label_block_one_each),
        cmocka_unit_test(test_raw_half_words_before_figure),
        cmocka_unit_test(test_raw_half_words_before_next_words),
        cmocka_unit_test(test_raw_first_rows_label_late),
        cmocka_unit_test(test_raw_first_rows_joined_label_late),
        cmocka_unit_test(test_raw_dept_items_one_block),
        cmocka_unit_test(test_raw_dept_item_over_row_header),
        cmocka_unit_test(test_raw_dept_items_as_blocks),
        cmocka_unit_test(test_raw_kind_column_labels_before_header),
        cmocka_unit_test(test_raw_bare_percent_quality_rows),
        cmocka_unit_test(test_raw_name_before_target_after_remarks),
        cmocka_unit_test(test_raw_funds_before_goal),
        cmocka_unit_test(test_raw_satisfaction_rows_before_labels),
        cmocka_unit_test(test_raw_later_groups_labels_at_end),
        cmocka_unit_test(test_raw_page_end_labels_next_page_rows),
        cmocka_unit_test(test_raw_satisfaction_level2_worded_apart),
        cmocka_unit_test(test_raw_satisfaction_word_both_levels),
        cmocka_unit_test(test_raw_labels_out_of_form_order),
        cmocka_unit_test(test_raw_cost_level1_out_of_form_order),
        cmocka_unit_test(test_raw_bare_cost_output_group),
        cmocka_unit_test(test_raw_cost_names_economic_group),
        cmocka_unit_test(test_raw_empty_group_takes_last_row),
        cmocka_unit_test(test_raw_bare_cost_label_carried),
        cmocka_unit_test(test_raw_fit_outweighs_two_rows),
        cmocka_unit_test(test_raw_ops_lead_under_late_op_header),
        cmocka_unit_test(test_raw_ops_among_names),
        cmocka_unit_test(test_raw_op_before_row_printed_whole),
        cmocka_unit_test(test_raw_cost_level2_after_wrapped_level1),
        cmocka_unit_test(test_raw_satisfaction_level1_interleaved),
        cmocka_unit_test(test_raw_label_columns_two_chars),
        cmocka_unit_test(test_raw_level2_piece_alone),
        cmocka_unit_test(test_raw_ops_after_wrapped_unit_header),
        cmocka_unit_test(test_raw_unit_beside_explanation),
        cmocka_unit_test(test_raw_units_run_after_targets),
        cmocka_unit_test(test_raw_value_caption_over_ops),
        cmocka_unit_test(test_raw_op_header_tail_alone),
        cmocka_unit_test(test_raw_value_header_unit_wrapped),
        cmocka_unit_test(test_raw_cost_bare_among_joined_labels),
        cmocka_unit_test(test_raw_field_labels_among_blocks),
        cmocka_unit_test(test_raw_targets_after_notes),
        cmocka_unit_test(test_raw_repeated_header_targets_after_notes),
        cmocka_unit_test(test_raw_stray_figure_and_remarks),
        cmocka_unit_test(test_raw_header_whole),
        cmocka_unit_test(test_raw_units_own_lines),
        cmocka_unit_test(test_raw_label_tail_below),
        cmocka_unit_test(test_raw_level2_closed_below),
        cmocka_unit_test(test_raw_cost_label_of_older_form),
        cmocka_unit_test(test_raw_level2_beside_level1),
        cmocka_unit_test(test_raw_cut_level2_beside_level1),
        cmocka_unit_test(test_raw_label_like_name_before_cut_label),
        cmocka_unit_test(test_raw_label_tail_after_name),
        cmocka_unit_test(test_raw_label_cut_below_long_name),
        cmocka_unit_test(test_raw_label_like_name_before_whole_label),
        cmocka_unit_test(test_raw_label_pieces_under_short_name),
        cmocka_unit_test(test_raw_level1_word_as_level2_beside),
        cmocka_unit_test(test_raw_label_block_after_first_rows),
        cmocka_unit_test(test_raw_level1_tail_below),
        cmocka_unit_test(test_raw_row_header_tail),
        cmocka_unit_test(test_raw_level1_pieces_below),
        cmocka_unit_test(test_raw_closed_bracket_and_cut_deadline),
        cmocka_unit_test(test_raw_work_items),
        cmocka_unit_test(test_raw_work_items_row_header_pieces),
        cmocka_unit_test(test_raw_names_state_unsigned_targets),
        cmocka_unit_test(test_raw_header_head_cut),
        cmocka_unit_test(test_raw_mid_targets_after_year),
        cmocka_unit_test(test_raw_label_block_by_names),
        cmocka_unit_test(test_raw_group_moved_by_name),
        cmocka_unit_test(test_raw_joined_label_block),
        cmocka_unit_test(test_raw_label_block_after_rows),
        cmocka_unit_test(test_raw_label_beside_name),
        cmocka_unit_test(test_raw_header_unit),
        cmocka_unit_test(test_raw_half_year_targets),
        cmocka_unit_test(test_raw_cut_dates),
        cmocka_unit_test(test_raw_half_header_after_notes),
        cmocka_unit_test(test_raw_half_header_wrapped),
        cmocka_unit_test(test_raw_names_state_targets),
        cmocka_unit_test(test_raw_names_state_against_order),
        cmocka_unit_test(test_raw_order_against_names),
        cmocka_unit_test(test_raw_last_rows_beside_targets),
        cmocka_unit_test(test_raw_targets_before_names),
        cmocka_unit_test(test_raw_unit_piece_below_and_word_twice),
        cmocka_unit_test(test_raw_mid_term_under_goal_field),
        cmocka_unit_test(test_raw_name_typed_break),
        cmocka_unit_test(test_raw_mid_term_targets),
        cmocka_unit_test(test_raw_label_pieces_side_by_side),
        cmocka_unit_test(test_raw_date_cut_in_month),
        cmocka_unit_test(test_raw_unit_cut_after_slash),
        cmocka_unit_test(test_raw_label_head_beside_name),
        cmocka_unit_test(test_raw_joined_label_head_beside_name),
        cmocka_unit_test(test_raw_qualified_word_wrapped),
        cmocka_unit_test(test_raw_name_wrapped_at_word),
        cmocka_unit_test(test_raw_half_name_wrapped_at_word),
        cmocka_unit_test(test_raw_label_tail_after_bare_label),
        cmocka_unit_test(test_raw_absence_targets),
        cmocka_unit_test(test_raw_level2_restated_by_row),
        cmocka_unit_test(test_raw_cost_label_after_its_rows),
        cmocka_unit_test(test_raw_satisfaction_label_after_first_row),
        cmocka_unit_test(test_raw_satisfaction_label_after_its_rows),
        cmocka_unit_test(test_raw_free_level2_labels_apart),
        cmocka_unit_test(test_raw_free_labels_in_names),
        cmocka_unit_test(test_raw_label_task_name_line),
        cmocka_unit_test(test_raw_label_head_task_name_line),
        cmocka_unit_test(test_raw_labels_task_name_line),
        cmocka_unit_test(test_raw_rows_after_free_label_name),
        cmocka_unit_test(test_raw_items_wrapped_round_names),
        cmocka_unit_test(test_raw_items_wrapped_round_wrapped_names),
        cmocka_unit_test(test_raw_item_wrapped_below_name),
        cmocka_unit_test(test_raw_name_tail_reads_as_unit),
        cmocka_unit_test(test_raw_half_relative_deadline),
        cmocka_unit_test(test_raw_half_decision_labels_on_top),
        cmocka_unit_test(test_raw_rows_side_by_side),
        cmocka_unit_test(test_raw_half_rows_side_by_side),
        cmocka_unit_test(test_raw_half_two_targets_one_line),
        cmocka_unit_test(test_raw_units_drawn_late),
        cmocka_unit_test(test_stream_cut_off),
        cmocka_unit_test(test_stream_header_words_in_prose),
        cmocka_unit_test(test_shifted_columns),
        cmocka_unit_test(test_unreadable_cells),
        cmocka_unit_test(test_unread_rows_are_said),
        cmocka_unit_test(test_fill_down_flags),
        cmocka_unit_test(test_centred_labels),
        cmocka_unit_test(test_centred_labels_words),
        cmocka_unit_test(test_centred_label_cut_by_page),
        cmocka_unit_test(test_centred_label_of_page_part),
        cmocka_unit_test(test_fragment_across_page),
        cmocka_unit_test(test_row_opening_page_after_wrapped_task),
        cmocka_unit_test(test_long_page_foot_continues),
        cmocka_unit_test(test_borderless_five_line_header),
        cmocka_unit_test(test_merged_cell_cut_by_page_break),
        cmocka_unit_test(test_merged_cell_cut_text_below),
        cmocka_unit_test(test_merged_cell_cut_text_split),
        cmocka_unit_test(test_fragments_centred),
        cmocka_unit_test(test_row_with_header_words_inside_table),
        cmocka_unit_test(test_numbered_row_top_line),
        cmocka_unit_test(test_numbered_row_top_line_value_only),
        cmocka_unit_test(test_explanation_line_with_figure),
        cmocka_unit_test(test_wrapped_header),
        cmocka_unit_test(test_repeated_header_and_debris),
        cmocka_unit_test(test_qualitative_continuation),
        cmocka_unit_test(test_layout_wrapped_cells),
        cmocka_unit_test(test_grid_table),
        cmocka_unit_test(test_running_head),
        cmocka_unit_test(test_many_fragments),
        cmocka_unit_test(test_other_tables_ignored),
        cmocka_unit_test(test_weighted_target_table),
        cmocka_unit_test(test_half_year),
        cmocka_unit_test(test_task_layout),
        cmocka_unit_test(test_no_row_dropped),
        cmocka_unit_test(test_document_metadata),
        cmocka_unit_test(test_title_without_year),
        cmocka_unit_test(test_untitled_form),
        cmocka_unit_test(test_split_title),
        cmocka_unit_test(test_export_two_tables),
        cmocka_unit_test(test_year_from_header),
        cmocka_unit_test(test_midterm_beside_year),
        cmocka_unit_test(test_unit_in_header),
        cmocka_unit_test(test_project_per_table),
        cmocka_unit_test(test_joined_label_column),
        cmocka_unit_test(test_joined_label_column_pandoc_dash),
        cmocka_unit_test(test_section_rows_over_label_column),
        cmocka_unit_test(test_nth_smallest_is_sorted_value),
    };
    return cmocka_run_group_tests_name("parse", tests, NULL, NULL);
}
