/*
 * test_normalize.c — the normalization rules of records.md, one test per rule
 * family, with cases taken from real target tables and evaluation reports
 * (shared/seeds) and from the converter debris they carry.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "normalize/normalize.h"

/* Asserts that fn(input) gives `expected` (a new string, or NULL). */
#define ASSERT_NEW_STR(fn, input, expected)                                                   \
    do {                                                                                      \
        char *got_ = fn(input);                                                               \
        const char *want_ = (expected);                                                       \
        if (want_ == NULL)                                                                    \
            assert_null(got_);                                                                \
        else {                                                                                \
            assert_non_null(got_);                                                            \
            assert_string_equal(got_, want_);                                                 \
        }                                                                                     \
        g_free(got_);                                                                         \
    } while (0)

#define ASSERT_TEXT(input, expected) ASSERT_NEW_STR(jx_norm_text, input, expected)
#define ASSERT_NUMBER(input, expected) ASSERT_NEW_STR(jx_norm_number, input, expected)
#define ASSERT_DATE(input, expected) ASSERT_NEW_STR(jx_norm_date, input, expected)

#define OR_NULL(s) ((s) ? (s) : "NULL")

/* Checks one target cell: op symbol (NULL = none), kind name (NULL = empty
 * cell), value, unit; names the cell in the failure message. */
static void check_target(const char *cell, const char *op, const char *kind, const char *value,
                         const char *unit)
{
    jx_target t;
    gboolean ok = jx_norm_target(cell, &t);
    const char *got_op = jx_op_symbol(t.op), *got_kind = jx_kind_name(t.kind);
    if (ok != (kind != NULL) || g_strcmp0(got_op, op) != 0 || g_strcmp0(got_kind, kind) != 0 ||
        g_strcmp0(t.value, value) != 0 || g_strcmp0(t.unit, unit) != 0)
        fail_msg("target(\"%.80s\") = (%s, %s, %.80s, %s), want (%s, %s, %.80s, %s)",
                 OR_NULL(cell), OR_NULL(got_op), OR_NULL(got_kind), OR_NULL(t.value),
                 OR_NULL(t.unit), OR_NULL(op), OR_NULL(kind), OR_NULL(value), OR_NULL(unit));
    /* the borrowed reading is the same, and not the copy */
    const jx_target *peek;
    assert_int_equal(jx_norm_target_peek(cell, &peek), ok);
    if (peek->op != t.op || peek->kind != t.kind || g_strcmp0(peek->value, t.value) != 0 ||
        g_strcmp0(peek->unit, t.unit) != 0 || (t.value && peek->value == t.value))
        fail_msg("target_peek(\"%.80s\") differs from its copy", OR_NULL(cell));
    jx_target_clear(&t);
    assert_null(t.value);
    assert_null(t.unit);
    assert_int_equal(t.kind, JX_KIND_NONE);
}

/* ------------------------------------------------------------------ text */

static void test_nfkc(void **state)
{
    (void)state;
    ASSERT_TEXT("⽬标值", "目标值");                /* U+2F6C KANGXI RADICAL EYE */
    ASSERT_TEXT("⽣态效益指标", "生态效益指标");    /* U+2F63 */
    ASSERT_TEXT("⼀级指标", "一级指标");            /* U+2F00 */
    ASSERT_TEXT("⼆级指标", "二级指标");            /* U+2F06 */
    ASSERT_TEXT("\xef\xa4\x80", "\xe8\xb1\x88");   /* U+F900 CJK COMPAT → U+8C48 豈 */
    ASSERT_TEXT("\xe8\xb1\x88", "\xe8\xb1\x88"); /* unified ideographs are untouched */
    ASSERT_TEXT("⻓期", "长期");                    /* radicals supplement look-alike */
    ASSERT_TEXT("⻔户", "门户");
    ASSERT_TEXT("⻚码", "页码");
    /* Kangxi radicals whose NFKC form is traditional: the simplified one
     * (wkhtmltopdf's WenQuanYi PDFs write 农村⼾用 for 农村户用) */
    ASSERT_TEXT("农村⼾用厕所", "农村户用厕所");
    ASSERT_TEXT("⾨诊⾞辆", "门诊车辆");
    ASSERT_TEXT("１２０", "120");
    ASSERT_TEXT("ＡＢＣ", "ABC");
    ASSERT_TEXT("９５％", "95%");
    ASSERT_TEXT("＞＝", ">=");
    ASSERT_TEXT("项目名称：科技", "项目名称:科技");
    ASSERT_TEXT("项目立项（4）", "项目立项(4)");
    ASSERT_TEXT("“揭榜挂帅”项目立项数", "“揭榜挂帅”项目立项数");
    ASSERT_TEXT("A\u3000B", "A B");        /* ideographic space */
    ASSERT_TEXT("科技\u3000项目", "科技项目");
    ASSERT_TEXT("研发\u00ad投入", "研发投入"); /* soft hyphen */
    ASSERT_TEXT("研发\u200b投入", "研发投入"); /* zero-width space */
    ASSERT_TEXT("\ufeff绩效目标表", "绩效目标表"); /* BOM */
    ASSERT_TEXT("e\u0301", "\u00e9");      /* composed */
    ASSERT_TEXT("①", "1");
    assert_true(jx_norm_is_cjk(0x76EE));
    assert_true(jx_norm_is_cjk(0x3400));
    assert_true(jx_norm_is_cjk(0x20000));
    assert_true(jx_norm_is_cjk(0xF900));
    assert_true(jx_norm_is_cjk(0x2F6C));
    assert_true(jx_norm_is_cjk(0x3007));
    assert_false(jx_norm_is_cjk('A'));
    assert_false(jx_norm_is_cjk(0x3002)); /* 。 is punctuation */
    assert_false(jx_norm_is_cjk(0xFF10));
    assert_false(jx_norm_is_cjk(0x3042)); /* hiragana */
}

static void test_whitespace(void **state)
{
    (void)state;
    ASSERT_TEXT("科技 重大 项目", "科技重大项目");
    ASSERT_TEXT("  科技重大项目验收数  ", "科技重大项目验收数");
    ASSERT_TEXT("2022 年度南昌市科技发展专项 绩效评价报告", "2022年度南昌市科技发展专项绩效评价报告");
    ASSERT_TEXT("支持 2021 年南昌市软科学研究项目", "支持2021年南昌市软科学研究项目");
    ASSERT_TEXT("≥ 300 项", "≥ 300项");
    ASSERT_TEXT("研发投入强度达 1.93%，", "研发投入强度达1.93%,");
    ASSERT_TEXT("占 GDP 比重", "占GDP比重");
    ASSERT_TEXT("Project   Management\tOffice", "Project Management Office");
    ASSERT_TEXT("加强企业创新能\n力建设", "加强企业创新能力建设");
    ASSERT_TEXT("加强企业创新能\r\n力建设", "加强企业创新能力建设");
    ASSERT_TEXT("Project\nManagement", "Project Management");
    ASSERT_TEXT("line one\n\n\nline two", "line one line two");
    ASSERT_TEXT("“双百计划” 项目", "“双百计划”项目");
    ASSERT_TEXT("   ", "");
    ASSERT_TEXT("\t\n\r", "");
    ASSERT_TEXT("a\u00a0\u00a0b", "a b");
    ASSERT_TEXT("a\u2003b", "a b"); /* em space */
}

static void test_markup_html(void **state)
{
    (void)state;
    ASSERT_TEXT("<p>一是紧扣产业发展</p> <p>二是引导企业</p>", "一是紧扣产业发展二是引导企业");
    ASSERT_TEXT("第一行<br>第二行", "第一行第二行");
    ASSERT_TEXT("first<br/>second", "first second");
    ASSERT_TEXT("first<br />second", "first second");
    ASSERT_TEXT("<span style=\"color:red\">健全</span>", "健全");
    ASSERT_TEXT("<SPAN class='x'>按时</SPAN>完成", "按时完成");
    ASSERT_TEXT("<ol style=\"list-style-type: none\"><li>甲</li><li>乙</li></ol>", "甲乙");
    ASSERT_TEXT("<input checked=\"\" type=\"checkbox\"/>实施过程评价", "实施过程评价");
    ASSERT_TEXT("<!-- comment -->目标", "目标");
    ASSERT_TEXT("a<b>bold</b>c", "aboldc");
    ASSERT_TEXT("&nbsp;100&nbsp;%", "100%");
    ASSERT_TEXT("研发&amp;转化", "研发&转化");
    ASSERT_TEXT("&lt;p&gt;", "<p>");          /* decoded text is not markup again */
    ASSERT_TEXT("&quot;双百&quot;", "\"双百\"");
    ASSERT_TEXT("&#8805;95%", "≥95%");
    ASSERT_TEXT("&#x2265;95%", "≥95%");
    ASSERT_TEXT("&#X2264;5", "≤5");
    ASSERT_TEXT("&#0;", "\ufffd");
    ASSERT_TEXT("&#xD800;", "\ufffd");
    ASSERT_TEXT("&#99999999999;", "&#99999999999;");
    ASSERT_TEXT("&unknown;", "&unknown;");
    ASSERT_TEXT("AT&T", "AT&T");
    ASSERT_TEXT("&", "&");
    ASSERT_TEXT("&#", "&#");
    ASSERT_TEXT("<5%", "<5%");
    ASSERT_TEXT("x < y", "x < y");
    ASSERT_TEXT("<p", "<p");
    ASSERT_TEXT("<p unterminated", "<p unterminated");
    ASSERT_TEXT("<<p>>", "< >");
    ASSERT_TEXT("<科技>", "<科技>");
    ASSERT_TEXT("<!-- open", "<!-- open");
    ASSERT_TEXT("**科技重大项目**验收数", "科技重大项目验收数");
    ASSERT_TEXT("**bold** text", "bold text");
    ASSERT_TEXT("a * b", "a * b");
}

static void test_markup_latex(void **state)
{
    (void)state;
    ASSERT_TEXT("$\\geq 85\\%$", "≥85%");
    ASSERT_TEXT("研发投入强度 $\\geq 2.20\\%$ ，技术合同", "研发投入强度≥2.20%,技术合同");
    ASSERT_TEXT("$\\ge 90$", "≥90");
    ASSERT_TEXT("$\\leq 5\\%$", "≤5%");
    ASSERT_TEXT("$\\le 5$", "≤5");
    ASSERT_TEXT("\\geq 85\\%", "≥85%");
    ASSERT_TEXT("\\leq", "≤");
    ASSERT_TEXT("$8 5 \\%$", "85%");
    /* markdown escapes and hard line breaks (pandoc docx → markdown) */
    ASSERT_TEXT("服务能力和水平\\*", "服务能力和水平*");
    ASSERT_TEXT("\\>59,600册", ">59,600册");
    ASSERT_TEXT("高血压患者\\\n基层规范管理服务人数", "高血压患者基层规范管理服务人数");
    ASSERT_TEXT("$$\\geq 60$$", "≥60");
    /* plain quotes touching Chinese are curly ones written plain (pandoc's
     * smart markdown, ASCII-only tools); escaped and Latin ones stay plain */
    ASSERT_TEXT("按\"好、较好\"四档", "按\u201c好、较好\u201d四档");
    ASSERT_TEXT("\"三公\"经费", "\u201c三公\u201d经费");
    ASSERT_TEXT("按\\\"x\\\"四档", "按\"x\"四档");
    ASSERT_TEXT("say \"hi\" now", "say \"hi\" now");
    ASSERT_TEXT("$3 \\times 4$", "3×4");
    ASSERT_TEXT("$\\text{非常满意} \\times 100\\%$", "非常满意×100%");
    ASSERT_TEXT("$\\mathrm{km}$", "km");
    ASSERT_TEXT("$\\left( a \\right)$", "(a)");
    ASSERT_TEXT("$a\\,b$", "a b");
    ASSERT_TEXT("$a\\;b$", "a b");
    ASSERT_TEXT("$a~b$", "a b");
    ASSERT_TEXT("1~3年", "1~3年");           /* a range outside math stays */
    ASSERT_TEXT("$\\frac{1}{2}$", "\\frac12"); /* unknown command kept, braces dropped */
    ASSERT_TEXT("$Y = (\\text{非常满意} * 100\\% + \\text{比较满意} * 80\\%) / "
                "\\text{调查问卷回收总数} * 100\\%$",
                "Y=(非常满意*100%+比较满意*80%)/调查问卷回收总数*100%");
    ASSERT_TEXT("$", "$");
    ASSERT_TEXT("US$5", "US$5");
    ASSERT_TEXT("$$", "$$"); /* no content: not math */
    ASSERT_TEXT("$unclosed \\geq", "$unclosed ≥");
    ASSERT_TEXT("C:\\Users\\x", "C:\\Users\\x");
    ASSERT_TEXT("\\", "\\");
    ASSERT_TEXT("\\text{健全}", "健全");
    ASSERT_TEXT("{a}", "{a}");
    ASSERT_TEXT("}{", "}{");
    ASSERT_TEXT("$\\text{a{b}c$", "abc"); /* unbalanced braces inside math */
}

/* Lines of full-width punctuation and spaces take a shorter way through
 * jx_norm_text than text with other characters: the two ways must agree.
 * A soft hyphen at the end (removed as default-ignorable) sends the same
 * text the long way. */
static void test_common_text_same_both_ways(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "本项目年度预算２２００万元，执行率４０．９％（含结转）；",
        "  一、 产出指标  ： 数量指标 ",
        "完成100，200人参加　培训（第1期）",
        "≥ 95%  　 满意度 “较好” 、 按时完成 ",
        "Phase 2 final， ISO 9001：2015",
        "｛a｝ ａｂｃ ！？ ～",
        "2O19年度，合计1,5OO户",
        "lO",
        /* the ends of the ideographs fold_common passes over on their
         * bytes (U+4E00, U+9FFF), spaces between */
        "一鿿　丂 龥",
    };
    for (gsize i = 0; i < G_N_ELEMENTS(lines); i++) {
        char *slow_input = g_strconcat(lines[i], "\u00AD", NULL);
        char *fast = jx_norm_text(lines[i]);
        char *slow = jx_norm_text(slow_input);
        assert_string_equal(fast, slow);
        g_free(fast);
        g_free(slow);
        g_free(slow_input);
    }
    ASSERT_TEXT("预算２２００万元，执行率４０．９％", "预算2200万元,执行率40.9%");
    ASSERT_TEXT(" 数量指标 ： 满意度 ", "数量指标:满意度");
}

/* Display widths: ASCII one column; CJK ideographs, CJK and full-width
 * punctuation, Chinese quotes and the middle dot two; other characters one,
 * whatever their byte length (é, ≥, a character beyond the BMP but an
 * ideograph of extension B). */
static void test_display_width(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int width;
    } widths[] = {
        {"", 0},          {"abc 12", 6},     {"数量指标", 8},     {"≥90%", 4},
        {"（含）", 6},    {"“较好”", 8},     {"·—…", 6},          {"é", 1},
        {"😀", 1},        {"𠀀", 2},         {"한국", 4},         {"产出：2023年", 12},
        /* U+4DFF and U+A000 around the ideographs jx_norm_display_width
         * counts on their bytes (U+4E00..U+9FFF) */
        {"䷿一鿿ꀀ", 6},   {"丂龥", 4},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(widths); i++)
        if (jx_norm_display_width(widths[i].text) != widths[i].width)
            fail_msg("width of \"%s\" = %d, not %d", widths[i].text,
                     jx_norm_display_width(widths[i].text), widths[i].width);
}

/* jx_norm_text_view gives what jx_norm_text gives, the text itself (no
 * copy) only when it is its own normal form: a figure look-alike (2O19),
 * full-width forms, spaces, markup, Kangxi radicals and invalid bytes all
 * need the copy. */
static void test_text_view(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "产出指标", "≥95%", "100", "2O19年度", "lO", "ISO9001", "２２００万元",
        " 数量指标 ", "<b>满意度</b>", "$\\geq 85\\%$", "\u2F00\u2F08", "a\xff", "",
        /* an ideograph cut short, one with a bad second byte, U+4E02 and U+9FFF */
        "一\xe4\xb8", "\xe5\x80一", "丂鿿",
    };
    for (gsize i = 0; i < G_N_ELEMENTS(texts); i++) {
        char *want = jx_norm_text(texts[i]);
        char *own = (char *)texts; /* must be reset */
        const char *got = jx_norm_text_view(texts[i], &own);
        assert_string_equal(got, want);
        if (*texts[i] && strcmp(texts[i], want) == 0 && !strpbrk(texts[i], "OolI"))
            assert_ptr_equal(got, texts[i]);
        else if (*want)
            assert_ptr_equal(got, own);
        g_free(own);
        g_free(want);
    }
    char *own = (char *)texts;
    assert_string_equal(jx_norm_text_view(NULL, &own), "");
    assert_null(own);
    /* the look-alike alone changes nothing yet needs the check */
    const char *same = "2O19年";
    assert_string_equal(jx_norm_text_view(same, &own), "2019年");
    assert_ptr_not_equal(own, NULL);
    g_free(own);
}

static void test_join(void **state)
{
    (void)state;
    ASSERT_NEW_STR(jx_norm_text, NULL, "");
    char *j = jx_norm_join("加强企业创新能", "力建设,实施");
    assert_string_equal(j, "加强企业创新能力建设,实施");
    g_free(j);
    j = jx_norm_join("Project", "Management");
    assert_string_equal(j, "Project Management");
    g_free(j);
    j = jx_norm_join("sentence,", "then");
    assert_string_equal(j, "sentence, then");
    g_free(j);
    j = jx_norm_join("100", "%");
    assert_string_equal(j, "100%");
    g_free(j);
    j = jx_norm_join("2023", "年12月31日");
    assert_string_equal(j, "2023年12月31日");
    g_free(j);
    /* a number its cell wrapped is one number again; a space typed between
     * numbers, and a wrap between a number and a word, stay */
    j = jx_norm_join("12,8", "60");
    assert_string_equal(j, "12,860");
    g_free(j);
    ASSERT_NEW_STR(jx_norm_text, "2021年12月2\n5日", "2021年12月25日");
    ASSERT_NEW_STR(jx_norm_text, "Phase 2\nfinal", "Phase 2 final");
    ASSERT_NEW_STR(jx_norm_text, "ISO 9001 2015", "ISO 9001 2015");
    /* ... a date or decimal wrapped at its separator too; a range typed
     * with spaces, and a list item after a wrapped line, stay apart */
    ASSERT_NEW_STR(jx_norm_text, "2022-11-\n30", "2022-11-30");
    ASSERT_NEW_STR(jx_norm_text, "大于等于28.\n1公里", "大于等于28.1公里");
    ASSERT_NEW_STR(jx_norm_text, "2021-11\n-30之前", "2021-11-30之前");
    ASSERT_NEW_STR(jx_norm_text, "2022/6/\n30", "2022/6/30");
    ASSERT_NEW_STR(jx_norm_text, "10 - 20", "10 - 20");
    ASSERT_NEW_STR(jx_norm_text, "step a.\n2 b", "step a. 2 b");
    /* joining two lines of a cell reads them the same way */
    j = jx_norm_join("2021.11.", "25");
    assert_string_equal(j, "2021.11.25");
    g_free(j);
    j = jx_norm_join("大于等于28.", "1公里");
    assert_string_equal(j, "大于等于28.1公里");
    g_free(j);
    j = jx_norm_join("2021-11", "-30之前");
    assert_string_equal(j, "2021-11-30之前");
    g_free(j);
    j = jx_norm_join("step a.", "2 b");
    assert_string_equal(j, "step a. 2 b");
    g_free(j);
    /* OCR's look-alikes in figures: undone where a run holds a real digit
     * and no Latin letter stands beside it; letters in codes stay */
    ASSERT_NEW_STR(jx_norm_text, "2O19年度", "2019年度");
    ASSERT_NEW_STR(jx_norm_text, "=1,5OO户", "=1,500户");
    ASSERT_NEW_STR(jx_norm_text, "≧9l％", "≧91%");
    ASSERT_NEW_STR(jx_norm_text, "l00%", "100%");
    ASSERT_NEW_STR(jx_norm_text, "ISO9001", "ISO9001");
    ASSERT_NEW_STR(jx_norm_text, "CO2排放", "CO2排放");
    ASSERT_NEW_STR(jx_norm_text, "5G基站", "5G基站");
    ASSERT_NEW_STR(jx_norm_text, "I级响应", "I级响应");
    /* a whole cell of look-alikes holding a one and a zero is a figure (OCR's
     * row number 10); Roman numerals and lone marks stay */
    ASSERT_NEW_STR(jx_norm_text, "lO", "10");
    ASSERT_NEW_STR(jx_norm_text, " lOO ", "100");
    ASSERT_NEW_STR(jx_norm_text, "II", "II");
    ASSERT_NEW_STR(jx_norm_text, "O", "O");
    ASSERT_NEW_STR(jx_norm_text, "lOOO", "lOOO");
    ASSERT_NEW_STR(jx_norm_text, "IO口", "IO口");
    /* a run with no digit at all beside a figure's neighbours (stream-ocr,
     * forms.py's variant family): a sign, a date's parts, a percent */
    ASSERT_NEW_STR(jx_norm_text, "≦IO个工作日", "≦10个工作日");
    ASSERT_NEW_STR(jx_norm_text, "≤ lO个工作日", "≤ 10个工作日");
    ASSERT_NEW_STR(jx_norm_text, "lOO%", "100%");
    ASSERT_NEW_STR(jx_norm_text, "2020年lI月30日以前", "2020年11月30日以前");
    ASSERT_NEW_STR(jx_norm_text, "lI万亩", "11万亩");
    ASSERT_NEW_STR(jx_norm_text, "I级响应", "I级响应");
    ASSERT_NEW_STR(jx_norm_text, "OA系统", "OA系统");
    ASSERT_NEW_STR(jx_norm_text, "≥IT人员", "≥IT人员");
    j = jx_norm_join("⽬标", " 值 ");
    assert_string_equal(j, "目标值");
    g_free(j);
    j = jx_norm_join("", "力建设");
    assert_string_equal(j, "力建设");
    g_free(j);
    j = jx_norm_join("加强", NULL);
    assert_string_equal(j, "加强");
    g_free(j);
    j = jx_norm_join(NULL, NULL);
    assert_string_equal(j, "");
    g_free(j);
    j = jx_norm_join("<p>科技", "创新</p>");
    assert_string_equal(j, "科技创新");
    g_free(j);
}

/* ------------------------------------------------------------------ values */

static void test_operators(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        jx_op op;
    } cases[] = {
        {"≥", JX_OP_GE},       {"≧", JX_OP_GE},        {">=", JX_OP_GE},      {"＞＝", JX_OP_GE},
        {"\\geq", JX_OP_GE},   {"$\\geq$", JX_OP_GE},   {"不低于", JX_OP_GE},  {"不少于", JX_OP_GE},
        {"大于等于", JX_OP_GE}, {"大于或等于", JX_OP_GE}, {"不小于", JX_OP_GE}, {"至少", JX_OP_GE},
        {" ≥ ", JX_OP_GE},     {"> =", JX_OP_GE},       {"≤", JX_OP_LE},       {"≦", JX_OP_LE},
        {"<=", JX_OP_LE},      {"＜＝", JX_OP_LE},      {"\\leq", JX_OP_LE},   {"\\le", JX_OP_LE},
        {"不高于", JX_OP_LE},  {"不超过", JX_OP_LE},    {"不大于", JX_OP_LE},  {"小于等于", JX_OP_LE},
        {"小于或等于", JX_OP_LE}, {"最多", JX_OP_LE},   {"=", JX_OP_EQ},       {"＝", JX_OP_EQ},
        {"==", JX_OP_EQ},      {"等于", JX_OP_EQ},      {">", JX_OP_GT},       {"＞", JX_OP_GT},
        {"大于", JX_OP_GT},    {"超过", JX_OP_GT},      {"高于", JX_OP_GT},    {"<", JX_OP_LT},
        {"＜", JX_OP_LT},      {"小于", JX_OP_LT},      {"低于", JX_OP_LT},    {"&ge;", JX_OP_GE},
        {"", JX_OP_NONE},      {"定性", JX_OP_NONE},    {"≥95%", JX_OP_NONE},  {"以上", JX_OP_NONE},
        {"\\left", JX_OP_NONE}, {"计算符号", JX_OP_NONE}, {"≥≥", JX_OP_NONE},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        if (jx_norm_op(cases[i].text) != cases[i].op)
            fail_msg("jx_norm_op(\"%s\") = %d, want %d", cases[i].text, jx_norm_op(cases[i].text),
                     cases[i].op);
    }
    assert_int_equal(jx_norm_op(NULL), JX_OP_NONE);
    assert_string_equal(jx_op_symbol(JX_OP_EQ), "=");
    assert_string_equal(jx_op_symbol(JX_OP_GE), ">=");
    assert_string_equal(jx_op_symbol(JX_OP_LE), "<=");
    assert_string_equal(jx_op_symbol(JX_OP_GT), ">");
    assert_string_equal(jx_op_symbol(JX_OP_LT), "<");
    assert_null(jx_op_symbol(JX_OP_NONE));
    assert_null(jx_op_symbol((jx_op)99));
    assert_string_equal(jx_kind_name(JX_KIND_NUMBER), "number");
    assert_string_equal(jx_kind_name(JX_KIND_DATE), "date");
    assert_string_equal(jx_kind_name(JX_KIND_TEXT), "text");
    assert_null(jx_kind_name(JX_KIND_NONE));
    assert_null(jx_kind_name((jx_value_kind)42));
}

static void test_numbers(void **state)
{
    (void)state;
    ASSERT_NUMBER("58600", "58600");
    ASSERT_NUMBER("58,600", "58600");
    ASSERT_NUMBER("58，600", "58600");
    ASSERT_NUMBER("1,200,000", "1200000");
    ASSERT_NUMBER("１２０", "120");
    ASSERT_NUMBER("１，２００", "1200");
    ASSERT_NUMBER(" 2.1 ", "2.1");
    ASSERT_NUMBER("2.10", "2.10");
    ASSERT_NUMBER("2.20", "2.20");
    ASSERT_NUMBER("135.70", "135.70");
    ASSERT_NUMBER("0", "0");
    ASSERT_NUMBER("0.5", "0.5");
    ASSERT_NUMBER("007", "7");
    ASSERT_NUMBER("00.50", "0.50");
    ASSERT_NUMBER("+5", "5");
    ASSERT_NUMBER("-5", "-5");
    ASSERT_NUMBER("-0", "0");
    ASSERT_NUMBER("-0.00", "0.00");
    ASSERT_NUMBER("\u22123.5", "-3.5");
    ASSERT_NUMBER("－3", "-3");
    ASSERT_NUMBER("1,234.56", "1234.56");
    ASSERT_NUMBER("<p>100</p>", "100");
    ASSERT_NUMBER("$85$", "85");
    ASSERT_NUMBER("12,34", NULL);
    ASSERT_NUMBER("1234,567", NULL);
    ASSERT_NUMBER("1,2345", NULL);
    ASSERT_NUMBER("5,", NULL);
    ASSERT_NUMBER("5.", NULL);
    ASSERT_NUMBER(".5", NULL);
    ASSERT_NUMBER("1.2.3", NULL);
    ASSERT_NUMBER("100%", NULL);
    ASSERT_NUMBER("1 200", NULL);
    ASSERT_NUMBER("abc", NULL);
    ASSERT_NUMBER("", NULL);
    ASSERT_NUMBER("-", NULL);
    ASSERT_NUMBER("+", NULL);
    ASSERT_NUMBER(NULL, NULL);
}

static void test_chinese_numerals(void **state)
{
    (void)state;
    ASSERT_NUMBER("三", "3");
    ASSERT_NUMBER("十", "10");
    ASSERT_NUMBER("十二", "12");
    ASSERT_NUMBER("二十五", "25");
    ASSERT_NUMBER("九十九", "99");
    ASSERT_NUMBER("一百二十", "120");
    ASSERT_NUMBER("一百零五", "105");
    ASSERT_NUMBER("一千零一", "1001");
    ASSERT_NUMBER("两千", "2000");
    ASSERT_NUMBER("两", "2");
    ASSERT_NUMBER("零", "0");
    ASSERT_NUMBER("〇", "0");
    ASSERT_NUMBER("一万", "10000");
    ASSERT_NUMBER("五十万", "500000");
    ASSERT_NUMBER("三千万", "30000000");
    ASSERT_NUMBER("一亿", "100000000");
    ASSERT_NUMBER("九千九百九十九万九千九百九十九亿", "9999999900000000"); /* no exponent */
    ASSERT_NUMBER("壹佰", "100");
    ASSERT_NUMBER("百", "100");
    ASSERT_NUMBER("三点五", "3.5");
    ASSERT_NUMBER("三点零", "3.0");
    ASSERT_NUMBER("负三", "-3");
    ASSERT_NUMBER("一二三", NULL);
    ASSERT_NUMBER("万", NULL);
    ASSERT_NUMBER("亿", NULL);
    ASSERT_NUMBER("点", NULL);
    ASSERT_NUMBER("三次", NULL);
    ASSERT_NUMBER("十分满意", NULL);
}

static void test_dates(void **state)
{
    (void)state;
    ASSERT_DATE("2023年12月31日", "2023-12-31");
    ASSERT_DATE("2023 年 12 月 31 日", "2023-12-31");
    ASSERT_DATE("２０２３年１２月３１日", "2023-12-31");
    ASSERT_DATE("2023年12月31号", "2023-12-31");
    ASSERT_DATE("2023年6月1日", "2023-06-01");
    ASSERT_DATE("2023.12.31", "2023-12-31");
    ASSERT_DATE("2023-12-31", "2023-12-31");
    ASSERT_DATE("2023/12/31", "2023-12-31");
    ASSERT_DATE("2023.6.30", "2023-06-30");
    ASSERT_DATE("2023年12月", "2023-12-31");
    ASSERT_DATE("2024年2月", "2024-02-29");
    ASSERT_DATE("2023年2月", "2023-02-28");
    ASSERT_DATE("2023年11月底", "2023-11-30");
    ASSERT_DATE("2023年12月31日前", "2023-12-31");
    ASSERT_DATE("2023年12月31日之前", "2023-12-31");
    ASSERT_DATE("2023年12月31日以前", "2023-12-31");
    ASSERT_DATE("2023年12月31日前完成", "2023-12-31");
    ASSERT_DATE("2024年2月29日", "2024-02-29");
    ASSERT_DATE("2023年2月29日", NULL);
    ASSERT_DATE("2023年13月1日", NULL);
    ASSERT_DATE("2023年0月1日", NULL);
    ASSERT_DATE("2023年12月32日", NULL);
    ASSERT_DATE("2023年12月31", NULL);
    ASSERT_DATE("2023.12", NULL);
    ASSERT_DATE("2023.12.315", NULL);
    ASSERT_DATE("20231231", NULL);
    ASSERT_DATE("23年12月31日", NULL);
    ASSERT_DATE("12月31日", NULL);
    ASSERT_DATE("年底", NULL);
    ASSERT_DATE("年末", NULL);
    ASSERT_DATE("年内", NULL);
    ASSERT_DATE("2023年底", NULL);
    ASSERT_DATE("2023年", NULL);
    ASSERT_DATE("2023年12月31日完成验收", NULL);
    ASSERT_DATE("", NULL);
    ASSERT_DATE(NULL, NULL);
}

static void test_units(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        const char *unit;
    } cases[] = {
        {"%", "%"},          {"％", "%"},          {"‰", "‰"},          {"项", "项"},
        {"个", "个"},        {"户", "户"},         {"家", "家"},        {"次", "次"},
        {"人次", "人次"},    {"万人次", "万人次"}, {"人", "人"},        {"名", "名"},
        {"场", "场"},        {"套", "套"},         {"种", "种"},        {"类", "类"},
        {"篇", "篇"},        {"件", "件"},         {"元", "元"},        {"千元", "千元"},
        {"万元", "万元"},    {"亿元", "亿元"},     {"天", "天"},        {"日", "日"},
        {"月", "月"},        {"个月", "个月"},     {"年", "年"},        {"小时", "小时"},
        {"分钟", "分钟"},    {"工作日", "工作日"}, {"个工作日", "个工作日"}, {"公里", "公里"},
        {"千米", "千米"},    {"米", "米"},         {"平方米", "平方米"}, {"平米", "平方米"},
        {"㎡", "平方米"},    {"亩", "亩"},         {"吨", "吨"},        {"台", "台"},
        {"所", "所"},        {"座", "座"},         {"批", "批"},        {"期", "期"},
        {"册", "册"},        {"份", "份"},         {"张", "张"},        {"处", "处"},
        {"条", "条"},        {"栋", "栋"},         {"间", "间"},        {"分", "分"},
        {"元/人", "元/人"},  {"个百分点", "个百分点"}, {"百分点", "个百分点"}, {" 项 ", "项"},
        {"<p>万元</p>", "万元"}, {"万 元", "万元"}, {"元/人·月", "元/人·月"},
        {"万元/人", "万元/人"}, {"km/年", "公里/年"}, {"批次", "批次"},
        /* units sharing a first byte (looked up by it): the longest wins */
        {"km2", "平方公里"}, {"kg", "千克"},       {"kW", "千瓦"},       {"m3", "立方米"},
        {"千瓦时", "千瓦时"}, {"万平方米", "万平方米"}, {"次/季度", "次/季度"},
        /* the environment's and health's measures, composed and spelt in ASCII */
        {"微克/立方米", "微克/立方米"}, {"μg/m³", "微克/立方米"}, {"mg/L", "毫克/升"},
        {"毫克/升", "毫克/升"}, {"℃", "℃"},     {"dB(A)", "分贝"},    {"张/千人", "张/千人"},
        {"万吨标准煤", "万吨标准煤"}, {"kWh", "千瓦时"}, {"L", NULL},
        {"元/", NULL},       {"/人", NULL},        {"元/完成", NULL},
        {"", NULL},          {"万", NULL},         {"完成", NULL},      {"项目", NULL},
        {"%完成", NULL},     {"健全", NULL},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *got = jx_norm_unit(cases[i].text);
        if (g_strcmp0(got, cases[i].unit) != 0)
            fail_msg("jx_norm_unit(\"%s\") = %s, want %s", cases[i].text, got ? got : "NULL",
                     cases[i].unit ? cases[i].unit : "NULL");
        g_free(got);
    }
    assert_null(jx_norm_unit(NULL));
}

/* First lines of units a narrow column wrapped, as layout dumps cut them. */
static void test_unit_cuts(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        gboolean cut;
    } cases[] = {
        {"元/平方", TRUE},  {"个工作", TRUE},  {"个工", TRUE},     {"个百分", TRUE},
        {"平方公", TRUE},   {"万立方", TRUE},  {"元/人", FALSE},   {"个工作日", FALSE},
        {"平方米", FALSE},  {"小", FALSE},     {"元/", TRUE},      {"按时完成", FALSE},
        {"元/完成", FALSE}, {"", FALSE},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
        if (jx_norm_unit_cut(cases[i].text) != cases[i].cut)
            fail_msg("jx_norm_unit_cut(\"%s\") is not %d", cases[i].text, cases[i].cut);
    assert_false(jx_norm_unit_cut(NULL));
}

/* Checks a target cell read less its edge remarks (jx_norm_cut_remarks). */
static void check_bare_target(const char *cell, const char *op, const char *kind, const char *value,
                              const char *unit)
{
    char *bare = jx_norm_cut_remarks(cell);
    check_target(bare ? bare : cell, op, kind, value, unit);
    g_free(bare);
}

/* A 备注 word a narrow print ran into the target (layout dumps of bureau
 * forms: `暂定85%`, `基本消除 暂定`, `新增指标≥94%`) is no part of it; a
 * remark alone stays what it says, and a name's bracketed remark and the
 * names and targets 新增 opens stay whole. */
static void test_target_remarks(void **state)
{
    (void)state;
    check_bare_target("暂定85%", NULL, "number", "85", "%");
    check_bare_target("新增指标≥94%", ">=", "number", "94", "%");
    check_bare_target("<= 2300 元/人暂定", "<=", "number", "2300", "元/人");
    check_bare_target("=1,250处暂定", "=", "number", "1250", "处");
    check_bare_target("≥ 386,400亩暂定以批复为准", ">=", "number", "386400", "亩");
    check_bare_target("2022年12月31日以前新增指标", "<=", "date", "2022-12-31", NULL);
    check_bare_target("以批复为准1840万元", NULL, "number", "1840", "万元");
    check_bare_target("暂定健全", NULL, "text", "健全", NULL);
    check_bare_target("基本消除 暂定", NULL, "text", "基本消除", NULL);
    check_bare_target("健全 以批复为准", NULL, "text", "健全", NULL);
    check_bare_target("新增指标暂定建立健全", NULL, "text", "建立健全", NULL);
    check_bare_target("暂定", NULL, "text", "暂定", NULL);
    check_bare_target("以批复为准", NULL, "text", "以批复为准", NULL);
    check_bare_target("新增就业岗位", NULL, "text", "新增就业岗位", NULL);
    check_bare_target("新增500个", NULL, "text", "新增500个", NULL);
    check_bare_target("达标(暂定)", NULL, "text", "达标(暂定)", NULL);
    assert_null(jx_norm_cut_remarks("暂定"));
    assert_null(jx_norm_cut_remarks(NULL));
    check_target("暂定85%", NULL, "text", "暂定85%", NULL); /* the whole cell, as it reads */
    assert_true(jx_norm_is_remark("暂定"));
    assert_false(jx_norm_is_remark("新增")); /* a name's piece too: 新增 / 省级 / 以上 */
    assert_true(jx_norm_is_remark_cell("新增"));
    assert_true(jx_norm_is_remark_cell("暂定"));
    assert_false(jx_norm_is_remark("暂定85%"));
    assert_false(jx_norm_is_remark(NULL));
}

static void test_targets(void **state)
{
    (void)state;
    /* combined cells of the seed documents */
    check_target("≥125家", ">=", "number", "125", "家");
    check_target("≥22亿元", ">=", "number", "22", "亿元");
    check_target("1次", NULL, "number", "1", "次");
    check_target("100%", NULL, "number", "100", "%");
    check_target("=100%", "=", "number", "100", "%");
    check_target("≤0%", "<=", "number", "0", "%");
    check_target("≥ 300 项", ">=", "number", "300", "项");
    check_target("≥ 761 家", ">=", "number", "761", "家");
    check_target("65 项", NULL, "number", "65", "项");
    check_target("100 亿元", NULL, "number", "100", "亿元");
    check_target("$\\geq 85\\%$", ">=", "number", "85", "%");
    check_target("不低于95%", ">=", "number", "95", "%");
    check_target("不少于 10 场", ">=", "number", "10", "场");
    check_target("不超过5个工作日", "<=", "number", "5", "个工作日");
    check_target("≥570元/人·月", ">=", "number", "570", "元/人·月");
    check_target("875元/人·月以上", ">=", "number", "875", "元/人·月");
    check_target("≤35微克/立方米", "<=", "number", "35", "微克/立方米");
    check_target("≤55分贝", "<=", "number", "55", "分贝");
    check_target("≥4.5张/千人", ">=", "number", "4.5", "张/千人");
    check_target("2倍", NULL, "number", "2", "倍");
    check_target("95%以上", ">=", "number", "95", "%");
    check_target("95%及以上", ">=", "number", "95", "%");
    check_target("≥95%以上", ">=", "number", "95", "%");
    check_target("5天以内", "<=", "number", "5", "天");
    check_target("10以下", "<=", "number", "10", NULL);
    check_target("≥2.20%", ">=", "number", "2.20", "%");
    check_target("＞＝95％", ">=", "number", "95", "%");
    check_target("＜5%", "<", "number", "5", "%");
    check_target("> 0", ">", "number", "0", NULL);
    check_target("1,200,000万元", NULL, "number", "1200000", "万元");
    check_target("58,600", NULL, "number", "58600", NULL);
    check_target("１２０个", NULL, "number", "120", "个");
    check_target("三次", NULL, "number", "3", "次");
    check_target("两千人次", NULL, "number", "2000", "人次");
    check_target("五万元", NULL, "number", "5", "万元");
    check_target("三万人次", NULL, "number", "3", "万人次");
    check_target("五万", NULL, "number", "50000", NULL);
    check_target("百分之九十五", NULL, "number", "95", "%");
    check_target("百分之百", NULL, "number", "100", "%");
    check_target("≥90分", ">=", "number", "90", "分");
    check_target("100", NULL, "number", "100", NULL);
    check_target("-5%", NULL, "number", "-5", "%");
    check_target("<p>≥ 95</p><p>%</p>", ">=", "number", "95", "%");
    check_target("0.5个百分点", NULL, "number", "0.5", "个百分点");
    check_target("1次/年", NULL, "number", "1", "次/年");
    /* dates */
    check_target("2023年12月31日", NULL, "date", "2023-12-31", NULL);
    check_target("≤2023年12月31日", "<=", "date", "2023-12-31", NULL);
    check_target("≤ 2023年12月31日", "<=", "date", "2023-12-31", NULL);
    check_target("2023年12月31日前", "<=", "date", "2023-12-31", NULL);
    check_target("2023年12月31日之前", "<=", "date", "2023-12-31", NULL);
    check_target("2023年12月31日前完成", "<=", "date", "2023-12-31", NULL);
    check_target("2023.12.31", NULL, "date", "2023-12-31", NULL);
    check_target("2023-06-30", NULL, "date", "2023-06-30", NULL);
    check_target("2023年12月", NULL, "date", "2023-12-31", NULL);
    check_target("≥2023年12月31日前", NULL, "text", "≥2023年12月31日前", NULL); /* contradiction */
    /* qualitative text */
    check_target("健全", NULL, "text", "健全", NULL);
    check_target("按时完成", NULL, "text", "按时完成", NULL);
    check_target("实际按下拨文件为准", NULL, "text", "实际按下拨文件为准", NULL);
    check_target("年底前完成", NULL, "text", "年底前完成", NULL);
    check_target("年底", NULL, "text", "年底", NULL);
    check_target("及时", NULL, "text", "及时", NULL);
    check_target("100%完成", NULL, "text", "100%完成", NULL);
    check_target("100%以上完成", NULL, "text", "100%以上完成", NULL);
    check_target("≤95%以上", NULL, "text", "≤95%以上", NULL);
    check_target("高于上年", NULL, "text", "高于上年", NULL);
    check_target("不低于上年水平", NULL, "text", "不低于上年水平", NULL);
    check_target("一流", NULL, "text", "一流", NULL);
    check_target("十分满意", NULL, "text", "十分满意", NULL);
    check_target("一是推动科技创新", NULL, "text", "一是推动科技创新", NULL);
    check_target("≥", NULL, "text", "≥", NULL);
    check_target("12,34个", NULL, "text", "12,34个", NULL);
    check_target("2023年12月32日", NULL, "text", "2023年12月32日", NULL);
    check_target(" 科技 投入 效能 提升 ", NULL, "text", "科技投入效能提升", NULL);
    /* empty */
    check_target("", NULL, NULL, NULL, NULL);
    check_target("   ", NULL, NULL, NULL, NULL);
    check_target("<p></p>", NULL, NULL, NULL, NULL);
    check_target("&nbsp;", NULL, NULL, NULL, NULL);
    check_target(NULL, NULL, NULL, NULL, NULL);
    assert_false(jx_norm_target("100", NULL));
    jx_target_clear(NULL);
}

/* ------------------------------------------------------------------ taxonomy */

/* The tail of a standard label (its stem and 指标) is any proper ending of
 * it, down to one character (产出指标 ends 项目产出指标); the whole label, a
 * text longer than it, an ending of no standard label, a free level-1's
 * label (决策指标) and a stem alone are not.  jx_taxonomy_label_tail
 * compares in place. */
static void test_taxonomy_label_tail(void **state)
{
    (void)state;
    const char *tails[] = {"标", "指标", "益指标", "度指标", "量指标", "对象满意度指标", "出指标", "产出指标",
                           "  益指标 "};
    for (gsize i = 0; i < G_N_ELEMENTS(tails); i++)
        assert_true(jx_taxonomy_label_tail(tails[i]));
    const char *not_tails[] = {"项目产出指标", "服务对象满意度指标", "x数量指标", "指",
                               "数量", "决策指标", "策指标", "", NULL};
    for (gsize i = 0; i < G_N_ELEMENTS(not_tails); i++)
        assert_false(jx_taxonomy_label_tail(not_tails[i]));
}

/* A narrow label column's pieces (`可持`, `续影`, `响指`, `标`) and the row
 * header's (`及`) are label pieces; a whole label, a label's stem (a score
 * table's name: 质量, 经济效益), a level-1 and a name are not. */
static void test_taxonomy_label_piece(void **state)
{
    (void)state;
    const char *pieces[] = {"可持", "续影", "响指", "标", "度指", "服务对象满", "意度指标", "经济", "及"};
    for (gsize i = 0; i < G_N_ELEMENTS(pieces); i++)
        assert_true(jx_taxonomy_label_piece(pieces[i]));
    const char *not_pieces[] = {"可持续影响指标", "质量", "经济效益", "效益", "满意度", "拉动社会投资", "", "服务对象满意度指"};
    for (gsize i = 0; i < G_N_ELEMENTS(not_pieces); i++)
        assert_false(jx_taxonomy_label_piece(not_pieces[i]));
    assert_true(jx_taxonomy_row_header_word("产出及效益指标"));
    assert_false(jx_taxonomy_row_header_word("产出指标"));
}

/* jx_taxonomy_label_level answers as jx_taxonomy_level1, then
 * jx_taxonomy_level2 with no level-1, do: the cell classifier asks it in
 * their place, one stem for both. */
static void test_taxonomy_label_level(void **state)
{
    (void)state;
    static const struct {
        const char *label;
        int level;
    } cases[] = {
        {"产出指标", 1},     {"效益", 1},           {"决策 (20)", 1},  {"产出指标(", 1},
        {"满意度指标", 1},   {"数量指标", 2},       {"成本指标", 1},   {"C1.产出数量", 2},
        {"经济效益指标", 2}, {"服务对象满意度", 2}, {"项目立项", 2},   {"预算执行", 2},
        {"⽣态效益指标", 2}, {"产出指标(4", 0},     {"未知指标", 0},   {"指标", 0},
        {"", 0},             {"产出/数量指标", 0},  {"项目管理", 2},   {"2023年", 0},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        const char *label = cases[i].label;
        int by_parts = jx_taxonomy_level1(label) ? 1 : jx_taxonomy_level2(NULL, label) ? 2 : 0;
        int got = jx_taxonomy_label_level(label);
        if (got != cases[i].level || got != by_parts)
            fail_msg("label_level(\"%s\") = %d, level1/level2 say %d, expected %d", label, got,
                     by_parts, cases[i].level);
    }
    assert_int_equal(jx_taxonomy_label_level(NULL), 0);
    /* the thread's memo of stems starts over past its bound (4096 labels):
     * the same answers from it, before and after, and asked again */
    for (int round = 0; round < 2; round++) {
        for (int k = 0; k < 5000; k++) {
            char label[32];
            g_snprintf(label, sizeof label, "%d项目指标", k);
            assert_int_equal(jx_taxonomy_label_level(label), 0);
        }
        for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
            assert_int_equal(jx_taxonomy_label_level(cases[i].label), cases[i].level);
    }
}

static void test_taxonomy(void **state)
{
    (void)state;
    static const struct {
        const char *label;
        const char *code;
    } level1[] = {
        {"产出指标", "output"},   {"产出", "output"},     {"成本指标", "cost"},
        {"效益指标", "outcome"},  {"效益", "outcome"},    {"效果", "outcome"},
        {"满意度指标", "satisfaction"}, {"满意指标", "satisfaction"}, {"满意度", "satisfaction"},
        {"决策", "decision"},     {"决策 (20)", "decision"}, {"决策（20分）", "decision"},
        {"决策指标", "decision"}, {"过程", "process"},    {"过程指标", "process"},
        {"履职", "duty"},         {" 产出 指标 ", "output"}, {"<p>效益指标</p>", "outcome"},
        {"⽣态效益指标", NULL},   {"数量指标", NULL},     {"指标", NULL},
        {"", NULL},               {"一级指标", NULL},     {"项目管理", NULL},
        /* a group weight cut right after its bracket, not inside it */
        {"产出指标(", "output"},  {"成本指标（", "cost"},   {"产出指标(4", NULL},
        {"产出(", NULL},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(level1); i++) {
        const char *got = jx_taxonomy_level1(level1[i].label);
        if (g_strcmp0(got, level1[i].code) != 0)
            fail_msg("level1(\"%s\") = %s", level1[i].label, got ? got : "NULL");
    }
    assert_null(jx_taxonomy_level1(NULL));

    static const struct {
        const char *level1, *label, *code;
    } level2[] = {
        {"output", "数量指标", "output.quantity"},
        {"output", "产出数量", "output.quantity"},
        {"output", "C1.产出数量", "output.quantity"},
        {"output", "1.产出数量⁴", "output.quantity"},
        {"output", "质量指标", "output.quality"},
        {"output", "产出质量", "output.quality"},
        {"output", "时效指标", "output.timeliness"},
        {"output", "产出时效", "output.timeliness"},
        {"output", "成本指标", "output.cost"},
        {"output", "产出成本", "output.cost"},
        {"产出指标", "数量指标", "output.quantity"},
        {"cost", "经济成本指标", "cost.economic"},
        {"cost", "社会成本指标", "cost.social"},
        {"cost", "生态环境成本指标", "cost.environmental"},
        {"outcome", "经济效益指标", "outcome.economic"},
        {"outcome", "经济效益", "outcome.economic"},
        {"outcome", "社会效益指标", "outcome.social"},
        {"outcome", "生态效益指标", "outcome.ecological"},
        {"outcome", "⽣态效益指标", "outcome.ecological"},
        {"outcome", "可持续影响指标", "outcome.sustainability"},
        {"satisfaction", "服务对象满意度", "satisfaction.service"},
        {"satisfaction", "服务对象满意度指标", "satisfaction.service"},
        {"满意指标", "服务对象满意度", "satisfaction.service"},
        {"decision", "项目立项", "decision"},
        {"decision", "项目立项（4）", "decision"},
        {"decision", "A1.项目立项", "decision"},
        {"decision", "随便什么", "decision"},
        {"process", "资金管理", "process"},
        {"process", "组织实施", "process"},
        {"duty", "职责履行", "duty"},
        {NULL, "数量指标", "output.quantity"},
        {NULL, "成本指标", "output.cost"},
        {NULL, "经济效益指标", "outcome.economic"},
        {NULL, "项目立项", "decision"},
        {NULL, "预算执行", "process"},
        {NULL, "服务对象满意度", "satisfaction.service"},
        {"output", "经济效益指标", NULL},
        {"outcome", "数量指标", NULL},
        {"cost", "数量指标", NULL},
        {"output", "", NULL},
        {"decision", "", NULL},
        {"output", NULL, NULL},
        {"nonsense", "数量指标", NULL},
        {NULL, "未知指标", NULL},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(level2); i++) {
        const char *got = jx_taxonomy_level2(level2[i].level1, level2[i].label);
        if (g_strcmp0(got, level2[i].code) != 0)
            fail_msg("level2(%s, \"%s\") = %s", level2[i].level1 ? level2[i].level1 : "NULL",
                     level2[i].label ? level2[i].label : "NULL", got ? got : "NULL");
    }

    static const struct {
        const char *level1, *level2, *code;
    } category[] = {
        {"产出指标", "数量指标", "output.quantity"},
        {"产出指标", "时效指标", "output.timeliness"},
        {"产出指标", "成本指标", "output.cost"},
        {"成本指标", "", "cost"},
        {"成本指标", NULL, "cost"},
        {"成本指标", "经济成本指标", "cost.economic"},
        {"效益指标", "社会效益指标", "outcome.social"},
        {"效益", "经济效益", "outcome.economic"},
        {"满意指标", "服务对象满意度", "satisfaction.service"},
        {"满意度指标", "服务对象满意度指标", "satisfaction.service"},
        {"决策", "项目立项", "decision"},
        {"过程", "组织实施", "process"},
        {"履职", "", "duty"},
        {"产出指标", "未知", "output"},
        {"产出指标", "", "output"},
        {"未知", "数量指标", NULL},
        {NULL, "数量指标", NULL},
        {"", "", NULL},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(category); i++) {
        const char *got = jx_taxonomy_category(category[i].level1, category[i].level2);
        if (g_strcmp0(got, category[i].code) != 0)
            fail_msg("category(%s, %s) = %s", category[i].level1 ? category[i].level1 : "NULL",
                     category[i].level2 ? category[i].level2 : "NULL", got ? got : "NULL");
    }
    /* the one standard label a run-together label holds (layout debris), or
     * a label's first line begins */
    static const struct {
        char *(*find)(const char *, int);
        const char *text;
        int level;
        const char *label;
    } standard[] = {
        {jx_taxonomy_label_within, "产出指标(50标", 1, "产出指标"},
        {jx_taxonomy_label_within, "效益指标服务对象满意", 1, "效益指标"},
        {jx_taxonomy_label_within, "数量指标校数", 2, "数量指标"},
        {jx_taxonomy_label_within, "指标服务对象满意度指标", 2, "服务对象满意度指标"},
        {jx_taxonomy_label_within, "社会效益指标可持续影响指标", 2, NULL},
        {jx_taxonomy_label_within, "数量指备", 2, NULL},
        {jx_taxonomy_label_within, "项目立项指标x", 2, NULL},
        {jx_taxonomy_label_within, NULL, 1, NULL},
        {jx_taxonomy_label_headed, "服务对象", 2, "服务对象满意度指标"},
        {jx_taxonomy_label_headed, "产出指", 1, "产出指标"},
        {jx_taxonomy_label_headed, "满意度", 1, "满意度指标"},
        {jx_taxonomy_label_headed, "产出指标", 1, NULL},
        {jx_taxonomy_label_headed, "社会", 2, NULL},
        {jx_taxonomy_label_headed, "数", 2, NULL},
        {jx_taxonomy_label_headed, NULL, 2, NULL},
        /* level 2 tries only the stems of the text's first two bytes:
         * a text past its stem, one that heads two, the same stem twice,
         * and texts of under two bytes once normalized (all the table) */
        {jx_taxonomy_label_headed, "产出数量指", 2, "产出数量指标"},
        {jx_taxonomy_label_headed, "生态环境", 2, NULL},
        {jx_taxonomy_label_headed, "生态环境效", 2, "生态环境效益指标"},
        {jx_taxonomy_label_headed, "服务对象满意度指", 2, "服务对象满意度指标"},
        {jx_taxonomy_label_headed, "满意度", 2, "满意度指标"},
        {jx_taxonomy_label_headed, " 数", 2, "数量指标"}, /* two characters, one once normalized */
        {jx_taxonomy_label_headed, "a ", 2, NULL},
        {jx_taxonomy_label_headed, "  ", 2, NULL},
        {jx_taxonomy_label_headed, "项目管", 2, NULL},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(standard); i++) {
        char *got = standard[i].find(standard[i].text, standard[i].level);
        if (g_strcmp0(got, standard[i].label) != 0)
            fail_msg("standard label %zu (%s, %d) = %s", i,
                     standard[i].text ? standard[i].text : "NULL", standard[i].level,
                     got ? got : "NULL");
        g_free(got);
    }
    /* a label's first line, whichever standard label it begins (可持续 heads
     * two, which jx_taxonomy_label_headed names neither of) */
    assert_true(jx_taxonomy_opens_label("可持续", 2));
    assert_true(jx_taxonomy_opens_label("服务对象满意", 2));
    assert_true(jx_taxonomy_opens_label("满意", 1));
    assert_false(jx_taxonomy_opens_label("社会效益指标", 2)); /* whole */
    assert_false(jx_taxonomy_opens_label("发展", 2));         /* inside 可持续发展影响指标 */
    assert_false(jx_taxonomy_opens_label("标服务对象满意", 2));
    assert_false(jx_taxonomy_opens_label("可", 2)); /* one character */
    assert_false(jx_taxonomy_opens_label(NULL, 1));
    /* the output category a name tells by its ending, a qualifier after it */
    static const struct {
        const char *name, *code;
    } named[] = {
        {"项目验收合格率（暂定）", "output.quality"},
        {"资金拨付及时率", "output.timeliness"},
        {"项目完成时限*", "output.timeliness"},
        {"人均补助标准", "output.cost"},
        {"培训人次", "output.quantity"},
        {"★新建学校食堂", "output.quantity"},
        {"食品安全抽检批次（城区）", "output.quantity"},
        {"专利授权量（暂定）", "output.quantity"},
        {"场馆免费开放时长", "output.quantity"},
        {"监测数据有效率", "output.quality"},
        {"农作物重大病虫害防控处置率", "output.quality"},
        {"特种设备定期检验率（暂定）", "output.quality"},
        {"开展满意度调查覆盖率", NULL},
        {"政策宣传覆盖率", NULL},
        /* outcomes, by the common indicators' endings */
        {"带动相关产业增收", "outcome.economic"},
        {"群众获得感", "outcome.social"},
        {"城乡低保标准", "outcome.social"}, /* not 补助标准's cost */
        {"困难群众基本生活", "outcome.social"},
        {"道路交通事故发生率", "outcome.social"},
        {"公共服务满意度提升", "outcome.social"},
        {"★节能减排效果", "outcome.ecological"},
        {"森林资源管护长效机制", "outcome.sustainability"},
        /* not by 满意度: a satisfaction label shares that word already */
        {"受益群众满意度", NULL},
        {NULL, NULL},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(named); i++) {
        const char *got = jx_taxonomy_name_category(named[i].name);
        if (g_strcmp0(got, named[i].code) != 0)
            fail_msg("name_category(%s) = %s", named[i].name ? named[i].name : "NULL",
                     got ? got : "NULL");
        /* the same of the name normalized (target labels read it so) */
        char *norm = named[i].name ? jx_norm_text(named[i].name) : NULL;
        const char *of_norm = jx_taxonomy_norm_name_category(norm);
        assert_string_equal(of_norm ? of_norm : "NULL", got ? got : "NULL");
        g_free(norm);
    }
}

/* ------------------------------------------------------------------ words */

/* TRUE when `word` is one of the segments of `s`. */
static gboolean has_word(const char *s, const char *word)
{
    char **words = jx_norm_words(s);
    gboolean found = g_strv_contains((const char *const *)words, word);
    g_strfreev(words);
    return found;
}

static void test_words(void **state)
{
    (void)state;
    char **w = jx_norm_words("项目管理制度健全性");
    assert_non_null(w);
    assert_true(g_strv_length(w) >= 3);
    assert_string_equal(w[0], "项目");
    assert_string_equal(w[1], "管理");
    g_strfreev(w);

    w = jx_norm_words("科技, 创新。 2023 year!");
    for (char **p = w; *p; p++) {
        assert_false(strchr(*p, ' '));
        assert_false(strcmp(*p, ",") == 0);
        assert_false(strcmp(*p, "。") == 0);
    }
    g_strfreev(w);
    assert_true(has_word("科技, 创新。 2023 year!", "2023"));
    assert_true(has_word("科技, 创新。 2023 year!", "year"));
    assert_true(has_word("加强企业创新能力建设", "能力"));
    assert_true(has_word("⽬标值", "目标"));

    w = jx_norm_words("");
    assert_non_null(w);
    assert_null(w[0]);
    g_strfreev(w);
    w = jx_norm_words(NULL);
    assert_non_null(w);
    assert_null(w[0]);
    g_strfreev(w);
    w = jx_norm_words("，。、");
    assert_null(w[0]);
    g_strfreev(w);

    assert_true(jx_norm_seam_inside_word("加强企业创新能", "力建设"));
    assert_true(jx_norm_seam_inside_word("科技重大项", "目验收数"));
    assert_false(jx_norm_seam_inside_word("项目管理", "制度健全性"));
    assert_false(jx_norm_seam_inside_word("加强企业", "创新能力建设"));
    assert_false(jx_norm_seam_inside_word("Project", "Management"));
    assert_false(jx_norm_seam_inside_word("", "力建设"));
    assert_false(jx_norm_seam_inside_word("加强", ""));
    assert_false(jx_norm_seam_inside_word(NULL, NULL));
    /* operator words after a figure, each of the forms (with 以 or 之), and
     * texts without one */
    assert_true(jx_norm_holds_word_after("95%以上"));
    assert_true(jx_norm_holds_word_after("3天之内"));
    assert_true(jx_norm_holds_word_after("10人(含)以下"));
    assert_false(jx_norm_holds_word_after("按时完成"));
    assert_false(jx_norm_holds_word_after("所以"));
    assert_false(jx_norm_holds_word_after(NULL));
    /* asked again, from the thread's memo of seams: the same answers, the
     * two seams of 加强企业创新能力建设 told apart */
    for (int i = 0; i < 2; i++) {
        assert_true(jx_norm_seam_inside_word("加强企业创新能", "力建设"));
        assert_false(jx_norm_seam_inside_word("加强企业", "创新能力建设"));
        assert_false(jx_norm_seam_inside_word("项目管理", "制度健全性"));
    }

    assert_int_equal(jx_norm_shared_word_chars("项目管理", "项目管理制度健全性"), 4);
    assert_int_equal(jx_norm_shared_word_chars("资金管理", "项目管理制度健全性"), 2);
    assert_int_equal(jx_norm_shared_word_chars("产出指标", "项目管理制度健全性"), 0);
    assert_int_equal(jx_norm_shared_word_chars("", "项目"), 0);
    assert_int_equal(jx_norm_shared_word_chars(NULL, NULL), 0);
    assert_int_equal(jx_norm_shared_word_chars("项目项目", "项目"), 4);
}

/* ------------------------------------------------------------------ hostile */

static void test_hostile(void **state)
{
    (void)state;
    /* invalid UTF-8: bad bytes become U+FFFD, nothing else is lost */
    ASSERT_TEXT("科技\xff\xfe项目", "科技\ufffd\ufffd项目");
    char *bad = jx_norm_text("\xe7\xa7"); /* truncated sequence */
    assert_true(g_utf8_validate(bad, -1, NULL));
    assert_true(g_str_has_prefix(bad, "\ufffd"));
    g_free(bad);
    char *t = jx_norm_text("\xed\xa0\x80" "abc"); /* encoded surrogate */
    assert_true(g_utf8_validate(t, -1, NULL));
    assert_non_null(strstr(t, "abc"));
    g_free(t);
    ASSERT_NUMBER("1\xff", NULL);
    ASSERT_DATE("2023年\xff" "12月", NULL);
    check_target("≥\xff", NULL, "text", "≥\ufffd", NULL);
    assert_null(jx_taxonomy_level1("\xff\xfe"));
    assert_int_equal(jx_norm_op("\xff"), JX_OP_NONE);
    assert_null(jx_norm_unit("\xff"));
    char **w = jx_norm_words("科技\xff创新");
    assert_non_null(w);
    g_strfreev(w);
    assert_false(jx_norm_seam_inside_word("\xff", "\xfe"));

    /* control characters */
    ASSERT_TEXT("a\x01\x02" "b", "ab");
    ASSERT_TEXT("科技\x07项目", "科技项目");

    /* huge digit strings stay exact */
    GString *digits = g_string_new(NULL);
    for (int i = 0; i < 5000; i++)
        g_string_append_c(digits, (char)('1' + i % 9));
    ASSERT_NUMBER(digits->str, digits->str);
    GString *cell = g_string_new("≥");
    g_string_append(cell, digits->str);
    g_string_append(cell, "万元");
    check_target(cell->str, ">=", "number", digits->str, "万元");
    g_string_free(cell, TRUE);
    GString *zeros = g_string_new(NULL);
    for (int i = 0; i < 3000; i++)
        g_string_append_c(zeros, '0');
    g_string_append(zeros, "7.50");
    ASSERT_NUMBER(zeros->str, "7.50");
    g_string_free(zeros, TRUE);
    g_string_free(digits, TRUE);

    /* long strings of every kind of debris, linear and intact */
    GString *big = g_string_new(NULL);
    for (int i = 0; i < 20000; i++)
        g_string_append(big, "<p>科技 &nbsp; $\\geq$ **x** <span \"<a ");
    t = jx_norm_text(big->str);
    assert_true(g_utf8_validate(t, -1, NULL));
    assert_non_null(strstr(t, "科技≥ x"));
    g_free(t);
    g_string_truncate(big, 0);
    for (int i = 0; i < 100000; i++)
        g_string_append_c(big, i % 2 ? '$' : '{');
    t = jx_norm_text(big->str);
    assert_non_null(t);
    g_free(t);
    g_string_truncate(big, 0);
    for (int i = 0; i < 50000; i++)
        g_string_append(big, "<a\"");
    t = jx_norm_text(big->str);
    assert_int_equal(strlen(t), 150000);
    g_free(t);
    g_string_truncate(big, 0);
    for (int i = 0; i < 30000; i++)
        g_string_append(big, "项目管理");
    assert_int_equal(jx_norm_shared_word_chars(big->str, "项目"), 60000);
    w = jx_norm_words(big->str);
    assert_int_equal(g_strv_length(w), 60000);
    g_strfreev(w);
    jx_target tg;
    assert_true(jx_norm_target(big->str, &tg));
    assert_int_equal(tg.kind, JX_KIND_TEXT);
    jx_target_clear(&tg);
    g_string_free(big, TRUE);

    /* many Chinese numerals in a row: bounded work, exact result or none */
    GString *spelled = g_string_new(NULL);
    for (int i = 0; i < 200; i++)
        g_string_append(spelled, "九");
    char *n = jx_norm_number(spelled->str);
    g_free(n); /* ICU may or may not accept it; it must not crash */
    g_string_append(spelled, "次");
    assert_true(jx_norm_target(spelled->str, &tg));
    jx_target_clear(&tg);
    g_string_free(spelled, TRUE);

    /* unterminated comments and numeral runs must not make work quadratic */
    GString *comments = g_string_new(NULL);
    for (int i = 0; i < 50000; i++)
        g_string_append(comments, "<!--");
    t = jx_norm_text(comments->str);
    assert_int_equal(strlen(t), comments->len);
    g_free(t);
    g_string_append(comments, "-->科技");
    ASSERT_TEXT(comments->str, "科技");
    g_string_free(comments, TRUE);
    GString *numerals = g_string_new(NULL);
    for (int i = 0; i < 100000; i++)
        g_string_append(numerals, "一");
    ASSERT_NUMBER(numerals->str, NULL);
    check_target(numerals->str, NULL, "text", numerals->str, NULL);
    g_string_free(numerals, TRUE);

    /* lone and odd markup */
    ASSERT_TEXT("$", "$");
    ASSERT_TEXT("$$$", ""); /* an empty display-math pair */
    ASSERT_TEXT("<", "<");
    ASSERT_TEXT(">", ">");
    ASSERT_TEXT("<p", "<p");
    ASSERT_TEXT("</", "</");
    ASSERT_TEXT("&#x;", "&#x;");
    ASSERT_TEXT("\\\\", "\\"); /* markdown: an escaped backslash is one */
    ASSERT_TEXT("{{{", "{{{");
    ASSERT_TEXT("***", "*");
}

/* ------------------------------------------------------------------ figures */

/* The figures of `text` as "value unit" words joined by `|` (`NULL` value for
 * a malformed one, `-` for no unit), e.g. "2200 万元|40.9 %". */
static char *figures_summary(const char *text)
{
    GArray *figs = jx_norm_figures(text);
    GString *out = g_string_new(NULL);
    gboolean any_malformed = FALSE;
    for (guint i = 0; i < figs->len; i++) {
        jx_figure *f = &g_array_index(figs, jx_figure, i);
        any_malformed = any_malformed || f->malformed;
        /* the range is the text, and the text is what was written */
        assert_true(f->start < f->end && f->end <= strlen(text));
        assert_memory_equal(f->text, text + f->start, f->end - f->start);
        assert_int_equal(f->malformed, f->value == NULL);
        g_string_append_printf(out, "%s%s %s", i ? "|" : "", OR_NULL(f->value),
                               f->unit ? f->unit : "-");
    }
    jx_figures_free(figs);
    /* the checker's shortcut says what the figures say, and its first test
     * never turns away a text with a malformed figure */
    assert_int_equal(jx_norm_has_malformed_figure(text), any_malformed);
    assert_true(!any_malformed || jx_norm_may_have_malformed_figure(text));
    return g_string_free(out, FALSE);
}

#define ASSERT_FIGURES(text, expected) ASSERT_NEW_STR(figures_summary, text, expected)

static void test_figures(void **state)
{
    (void)state;
    /* the sentence forms of self-evaluation reports */
    ASSERT_FIGURES("本项目年度预算2200万元，1～12月计划支出2200万元，实际支出900万元，预算执行率40.9%。",
                   "2200 万元|2200 万元|900 万元|40.9 %");
    ASSERT_FIGURES("截至 2022 年 12 月 31 日，本项目实际支出 40,348.50 万元，其中科技重大专项 4,071.20 万元",
                   "40348.50 万元|4071.20 万元");
    ASSERT_FIGURES("总规模1.5亿元，奖励10万元/项，补助3000元", "1.5 亿元|10 万元/项|3000 元");
    ASSERT_FIGURES("资金已使用201.12219万元，使用率达到95.77%", "201.12219 万元|95.77 %");
    ASSERT_FIGURES("1-12月支出49.6万元", "49.6 万元");
    /* full-width digits, point and percent sign, as PDFs and Word print them */
    ASSERT_FIGURES("预算２２００万元，执行率４０．９％", "2200 万元|40.9 %");
    /* counts, and numbers without unit */
    ASSERT_FIGURES("共召开3次会议，形成4篇调研报告，走访近100家企业", "3 次|4 篇|100 家");
    ASSERT_FIGURES("得分 85.5", "85.5 -");
    /* malformed: separators not every three digits, two points */
    ASSERT_FIGURES("实际支出11,25791万元", "NULL 万元");
    ASSERT_FIGURES("合计1,2345", "NULL -");
    ASSERT_FIGURES("共12,34,567元", "NULL 元");
    ASSERT_FIGURES("支出1.2.3万元", "NULL 万元");
    ASSERT_FIGURES("支出1234,567万元", "NULL 万元");
    /* the same in the forms that fold to them: full-width points, a small comma */
    ASSERT_FIGURES("支出１．２．３万元", "NULL 万元");
    ASSERT_FIGURES("合计1\uFE502345元", "NULL 元");
    /* a comma or a second point that no number reads is no malformed number */
    ASSERT_FIGURES("第1,第2项完成1.5次", "1.5 次");
    ASSERT_FIGURES("版本1.2，支出3.4万元", "1.2 -|3.4 万元");
    /* a raw `，` is punctuation, not a separator */
    ASSERT_FIGURES("完成100，200人参加", "100 -|200 人");
    /* calendar figures and numbering are not returned */
    ASSERT_FIGURES("2023年12月31日前完成", "");
    ASSERT_FIGURES("截至2023.12.31，截至2023-12-31", "");
    ASSERT_FIGURES("（赣市府办字〔2022〕12号）", "");
    ASSERT_FIGURES("1.绩效目标实现情况", "");
    ASSERT_FIGURES("2、存在的问题", "");
    ASSERT_FIGURES("（1）健全组织领导", "");
    ASSERT_FIGURES("3.1.2 资金管理", "");
    ASSERT_FIGURES("排名全省第1，获第3名", "");
    ASSERT_FIGURES("A11立项依据充分性得2分", "2 分");
    /* a range takes the unit of its end; calendar ranges go */
    ASSERT_FIGURES("90（含）-100 分为优、80-90分为良", "90 分|100 分|80 分|90 分");
    ASSERT_FIGURES("1～12月计划支出500万元", "500 万元");
    /* nothing to find, and odd input */
    ASSERT_FIGURES("", "");
    ASSERT_FIGURES("无", "");
    ASSERT_FIGURES("\xff\xfe 12万元 \xc3", "12 万元");
    GArray *none = jx_norm_figures(NULL);
    assert_int_equal(none->len, 0);
    jx_figures_free(none);
    jx_figures_free(NULL);
}

/* The sum `total` = `parts` written "total = part + part"; clears the
 * figures (the caller keeps and frees the array). */
static char *sum_written(jx_figure *total, GArray *parts)
{
    GString *s = g_string_new(NULL);
    g_string_append_printf(s, "%s%s =", OR_NULL(total->value), OR_NULL(total->unit));
    for (guint i = 0; i < parts->len; i++) {
        jx_figure *p = &g_array_index(parts, jx_figure, i);
        g_string_append_printf(s, "%s%s%s", i ? " + " : " ", OR_NULL(p->value), OR_NULL(p->unit));
        jx_figure_clear(p);
    }
    jx_figure_clear(total);
    return g_string_free(s, FALSE);
}

/* The sum read from `text` and its figures read beforehand
 * (jx_norm_sum_statement_of, the checker's way), written as sum_summary
 * writes it; NULL when there is none. */
static char *sum_text_of_figures(const char *text);

/* The sum `text` states as "total = part + part", or NULL; the same from
 * the figures read beforehand (the checker's way: jx_norm_sum_statement_of). */
static char *sum_summary(const char *text)
{
    char *out = NULL, *given = sum_text_of_figures(text);
    jx_figure total;
    GArray *parts = g_array_new(FALSE, TRUE, sizeof(jx_figure));
    if (jx_norm_sum_statement(text, &total, parts)) {
        out = sum_written(&total, parts);
    } else
        assert_null(total.text);
    assert_true(out != NULL || parts->len == 0);
    g_array_unref(parts);
    assert_string_equal(out ? out : "(none)", given ? given : "(none)");
    g_free(given);
    return out;
}

static char *sum_text_of_figures(const char *text)
{
    GArray *figs = jx_norm_figures(text);
    jx_figure total;
    GArray *parts = g_array_new(FALSE, TRUE, sizeof(jx_figure));
    char *out = NULL;
    if (jx_norm_sum_statement_of(text, figs, &total, parts)) {
        out = sum_written(&total, parts);
    }
    g_array_unref(parts);
    jx_figures_free(figs);
    return out;
}

#define ASSERT_SUM(text, expected) ASSERT_NEW_STR(sum_summary, text, expected)

static void test_sum_statements(void **state)
{
    (void)state;
    ASSERT_SUM("项目总预算1200万元，其中基本支出300万元、项目支出900万元",
               "1200万元 = 300万元 + 900万元");
    ASSERT_SUM("共申请资金60万元。其中：20万元用于购置设备；40万元用于人员培训。",
               "60万元 = 20万元 + 40万元");
    ASSERT_SUM("截至 2022 年 12 月 31 日，本项目实际支出 40,348.50 万元，其中科技重大专项 4,071.20 "
               "万元、创新引导计划 30,290.72 万元、创新平台计划 3,810 万元、科技人才计划 319.58 "
               "万元、科技条件建设 1,837 万元，待安排资金 20 万元。",
               "40348.50万元 = 4071.20万元 + 30290.72万元 + 3810万元 + 319.58万元 + 1837万元 + "
               "20万元");
    /* the total is the nearest amount before 其中 with parts after it, not the rate */
    ASSERT_SUM("实际支出 40,348.50 万元，预算执行率 68.85%。其中：A 4,071.20 万元、B 30,290.72 万元。",
               "40348.50万元 = 4071.20万元 + 30290.72万元");
    /* parts in other money units stay in their own */
    ASSERT_SUM("总预算1.2亿元，其中中央资金8000万元、地方资金4000万元", "1.2亿元 = 8000万元 + 4000万元");
    /* counts sum too; a nested breakdown in brackets is not more parts */
    ASSERT_SUM("实际完成 926 家，其中高企培育 603 家（其中新认定 559 家、升高企 44 家）、兑现科创券 323 家。",
               "926家 = 603家 + 323家");
    /* the list ends where another quantity starts */
    ASSERT_SUM("实际支出300万元，其中A 100万元、B 200万元，预算执行率90%，结余50万元",
               "300万元 = 100万元 + 200万元");
    ASSERT_SUM("项目总预算1200万元，其中基本支出300万元、项目支出900万元，实际支出1100万元",
               "1200万元 = 300万元 + 900万元");
    /* a malformed total is still the total: the checker reports it */
    ASSERT_SUM("实际支出11,25791万元，其中A 100万元、B 200万元", "NULL万元 = 100万元 + 200万元");
    /* one share is not a breakdown; no 其中 is no sum */
    ASSERT_SUM("实际支出246万元，其中有两位特派员经费共4万元由市科技局代拨，预算执行率100%", NULL);
    ASSERT_SUM("本项目年度预算2200万元，实际支出900万元", NULL);
    ASSERT_SUM("先后 26 次获得批示，其中主要领导批示 11 次", NULL);
    ASSERT_SUM("其中A 100万元、B 200万元", NULL);
    ASSERT_SUM("", NULL);
    ASSERT_SUM("其中", NULL);
    jx_figure t;
    GArray *parts = g_array_new(FALSE, TRUE, sizeof(jx_figure));
    assert_false(jx_norm_sum_statement(NULL, &t, parts));
    g_array_unref(parts);
    jx_figure_clear(NULL);
}

/* The thread's segmenter is lent to one caller at a time and kept, memo and
 * all; another caller meanwhile gets its own; and its words stay the plain
 * segmentation's past the memo's bound (it starts over, changing no answer). */
static void test_segmenter_borrowed(void **state)
{
    (void)state;
    jx_segmenter *a = jx_segmenter_borrow();
    assert_non_null(a);
    jx_segmenter *nested = jx_segmenter_borrow();
    assert_ptr_not_equal(a, nested);
    jx_segmenter_give_back(nested); /* not the thread's: freed */
    jx_segmenter_give_back(a);
    jx_segmenter *seg = jx_segmenter_borrow();
    assert_ptr_equal(seg, a);
    for (int i = 0; i < 5000; i++) {
        char text[64];
        g_snprintf(text, sizeof text, "项目管理制度健全性%d", i % 4500);
        /* the packed vector, new (i < 4500) or from the memo, is the same,
         * and so is the copy of the memo's packed one */
        char **packed = jx_segmenter_words_packed(seg, text);
        char **got = jx_segmenter_words(seg, text);
        char **plain = jx_norm_words(text);
        assert_int_equal(g_strv_length(got), g_strv_length(plain));
        assert_int_equal(g_strv_length(packed), g_strv_length(plain));
        for (guint w = 0; plain[w]; w++) {
            assert_string_equal(got[w], plain[w]);
            assert_string_equal(packed[w], plain[w]);
        }
        g_strfreev(got);
        g_strfreev(plain);
        g_free(packed); /* one allocation: ASan says so if not */
    }
    jx_segmenter_give_back(seg);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nfkc),           cmocka_unit_test(test_whitespace),
        cmocka_unit_test(test_markup_html),    cmocka_unit_test(test_markup_latex),
        cmocka_unit_test(test_common_text_same_both_ways),
        cmocka_unit_test(test_display_width),
        cmocka_unit_test(test_text_view),
        cmocka_unit_test(test_join),           cmocka_unit_test(test_operators),
        cmocka_unit_test(test_numbers),        cmocka_unit_test(test_chinese_numerals),
        cmocka_unit_test(test_dates),          cmocka_unit_test(test_units),
        cmocka_unit_test(test_unit_cuts),
        cmocka_unit_test(test_target_remarks),
        cmocka_unit_test(test_targets),        cmocka_unit_test(test_taxonomy),
        cmocka_unit_test(test_taxonomy_label_level),
        cmocka_unit_test(test_taxonomy_label_piece),
        cmocka_unit_test(test_taxonomy_label_tail),
        cmocka_unit_test(test_words),          cmocka_unit_test(test_hostile),
        cmocka_unit_test(test_segmenter_borrowed),
        cmocka_unit_test(test_figures),        cmocka_unit_test(test_sum_statements),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
