/*
 * units.c — the units that target cells of real 绩效目标表 use, as data.
 *
 * Each row maps a spelling (after jx_norm_text, so full-width `％` is already
 * `%`) to the canonical unit written into records.  Most rows map to
 * themselves; the others are alternative spellings of the same unit (平米,
 * km).  A unit is kept as the form writes it otherwise: 个工作日 stays 个工作日.
 *
 * Rates are composed, not listed: any units joined by `/` or `·` (元/人·月,
 * 万元/人, 次/年) are one unit, each part read from the table.
 */
#include "normalize/norm_internal.h"

#include <string.h>

/* Characters a cut unit (jx_norm_unit_cut) has at least: one character
 * starts too many words (小 of 小时, 公 of 公里) to say a unit was cut. */
#define UNIT_CUT_MIN_CHARS 2

static const struct {
    const char *text;
    const char *unit;
} units[] = {
    /* ratios */
    {"%", "%"}, {"‰", "‰"}, {"个百分点", "个百分点"}, {"百分点", "个百分点"},
    /* money */
    {"元", "元"}, {"千元", "千元"}, {"万元", "万元"}, {"亿元", "亿元"},
    {"元/人", "元/人"}, {"元/人次", "元/人次"}, {"元/户", "元/户"}, {"元/人/月", "元/人/月"},
    {"元/人/年", "元/人/年"}, {"元/月", "元/月"}, {"元/年", "元/年"}, {"元/天", "元/天"},
    {"元/次", "元/次"}, {"元/亩", "元/亩"}, {"元/吨", "元/吨"}, {"元/平方米", "元/平方米"},
    {"万元/个", "万元/个"}, {"万元/项", "万元/项"}, {"万元/年", "万元/年"},
    /* counts of things and people */
    {"项", "项"}, {"个", "个"}, {"户", "户"}, {"家", "家"}, {"次", "次"}, {"人次", "人次"},
    {"万人次", "万人次"}, {"人", "人"}, {"万人", "万人"}, {"名", "名"}, {"位", "位"},
    {"场", "场"}, {"场次", "场次"}, {"套", "套"}, {"种", "种"}, {"类", "类"}, {"篇", "篇"},
    {"件", "件"}, {"台", "台"}, {"台套", "台套"}, {"所", "所"}, {"座", "座"}, {"批", "批"},
    {"期", "期"}, {"册", "册"}, {"本", "本"}, {"份", "份"}, {"张", "张"}, {"处", "处"},
    {"条", "条"}, {"栋", "栋"}, {"间", "间"}, {"辆", "辆"}, {"部", "部"}, {"架", "架"},
    {"艘", "艘"}, {"头", "头"}, {"只", "只"}, {"株", "株"}, {"棵", "棵"}, {"万株", "万株"},
    {"门", "门"}, {"节", "节"}, {"课时", "课时"}, {"学时", "学时"}, {"班", "班"},
    {"户次", "户次"}, {"家次", "家次"}, {"项次", "项次"}, {"个次", "个次"}, {"人天", "人天"},
    {"人日", "人日"}, {"万户", "万户"}, {"万个", "万个"}, {"万件", "万件"}, {"万册", "万册"},
    {"批次", "批次"}, {"单", "单"}, {"宗", "宗"}, {"起", "起"}, {"例", "例"}, {"床", "床"},
    {"个村", "个村"}, {"村", "村"}, {"镇", "镇"}, {"乡镇", "乡镇"}, {"团队", "团队"},
    {"支", "支"}, {"队", "队"}, {"组", "组"}, {"分", "分"}, {"级", "级"}, {"星", "星"},
    /* time */
    {"天", "天"}, {"日", "日"}, {"个工作日", "个工作日"}, {"工作日", "工作日"}, {"周", "周"},
    {"个月", "个月"}, {"月", "月"}, {"季度", "季度"}, {"年", "年"}, {"小时", "小时"},
    {"分钟", "分钟"}, {"秒", "秒"}, {"次/年", "次/年"}, {"次/月", "次/月"}, {"次/季度", "次/季度"},
    {"次/周", "次/周"}, {"天/年", "天/年"},
    /* lengths, areas, volumes, weights, energy */
    {"米", "米"}, {"千米", "千米"}, {"公里", "公里"}, {"km", "公里"}, {"延米", "延米"},
    {"平方米", "平方米"}, {"平米", "平方米"}, {"m2", "平方米"}, {"万平方米", "万平方米"},
    {"平方公里", "平方公里"}, {"km2", "平方公里"}, {"亩", "亩"}, {"万亩", "万亩"},
    {"公顷", "公顷"}, {"立方米", "立方米"}, {"m3", "立方米"}, {"万立方米", "万立方米"},
    {"吨", "吨"}, {"万吨", "万吨"}, {"公斤", "公斤"}, {"千克", "千克"}, {"kg", "千克"},
    {"千瓦", "千瓦"}, {"kW", "千瓦"}, {"兆瓦", "兆瓦"}, {"MW", "兆瓦"}, {"千瓦时", "千瓦时"},
    {"度", "度"}, {"GB", "GB"}, {"TB", "TB"}, {"万千瓦时", "万千瓦时"}, {"kWh", "千瓦时"},
    {"兆瓦时", "兆瓦时"}, {"万千瓦", "万千瓦"}, {"吨标准煤", "吨标准煤"},
    {"万吨标准煤", "万吨标准煤"}, {"厘米", "厘米"}, {"cm", "厘米"}, {"毫米", "毫米"},
    {"mm", "毫米"}, {"克", "克"}, {"毫克", "毫克"}, {"mg", "毫克"}, {"微克", "微克"},
    {"μg", "微克"}, {"斤", "斤"}, {"万斤", "万斤"}, {"升", "升"}, {"毫升", "毫升"},
    {"mL", "毫升"},
    /* the environment's and health's measures, whose targets are limits
     * (`≤35微克/立方米`, `≤55分贝`, `≥4.5张/千人`).  ASCII `L` alone is no
     * unit (too many words start with it): only in mg/L, the way water
     * quality is printed */
    {"mg/L", "毫克/升"}, {"°C", "℃"}, {"℃", "℃"}, {"摄氏度", "℃"}, {"分贝", "分贝"},
    {"dB(A)", "分贝"}, {"dB", "分贝"}, {"千人", "千人"}, {"十万人", "十万人"},
    {"倍", "倍"}, {"页", "页"}, {"万字", "万字"}, {"辆次", "辆次"}, {"车次", "车次"},
    {"架次", "架次"}, {"台次", "台次"}, {"盏", "盏"}, {"根", "根"}, {"块", "块"},
    /* units written as words, as budget systems export them into
     * self-evaluation tables (`≥95百分比`, `22个数`): the unit they name */
    {"百分比", "%"}, {"百分率", "%"}, {"个数", "个"}, {"人数", "人"}, {"户数", "户"},
    {"次数", "次"}, {"家数", "家"}, {"项数", "项"}, {"天数", "天"},
};

/* The units by the bytes their first character starts with: an ASCII byte
 * alone, a lead byte with the next (most units are Chinese, and their lead
 * bytes alone part them into a handful of long lists).  A unit that `s`
 * starts with has the key of `s`; two keys may share a list, which the
 * comparisons sort out. */
#define UNIT_KEYS (256 + 1024)

static guint unit_key(const char *s)
{
    guchar b0 = (guchar)s[0];
    if (b0 < 0xC0)
        return b0;
    return 256 + ((guint)(b0 & 0x0F) << 6 | ((guchar)s[1] & 0x3F));
}

typedef struct {
    guint16 start[UNIT_KEYS + 1]; /* list of key k: at[start[k] .. start[k + 1]) */
    guint16 at[G_N_ELEMENTS(units)]; /* indices into units, in table order */
} unit_index;

G_STATIC_ASSERT(G_N_ELEMENTS(units) < G_MAXUINT16);

static const unit_index *units_by_key(void)
{
    static unit_index index;
    static gsize made;
    if (g_once_init_enter(&made)) {
        guint16 count[UNIT_KEYS] = {0};
        for (gsize i = 0; i < G_N_ELEMENTS(units); i++)
            count[unit_key(units[i].text)]++;
        index.start[0] = 0;
        for (guint k = 0; k < UNIT_KEYS; k++)
            index.start[k + 1] = (guint16)(index.start[k] + count[k]);
        guint16 fill[UNIT_KEYS];
        memcpy(fill, index.start, sizeof fill);
        for (gsize i = 0; i < G_N_ELEMENTS(units); i++)
            index.at[fill[unit_key(units[i].text)]++] = (guint16)i;
        g_once_init_leave(&made, 1);
    }
    return &index;
}

/* The table unit that is exactly `s[0..n)`, or NULL. */
static const char *atom_exact(const char *s, gsize n)
{
    if (!n)
        return NULL;
    const unit_index *ix = units_by_key();
    guint k = unit_key(s);
    for (guint j = ix->start[k]; j < ix->start[k + 1]; j++) {
        gsize i = ix->at[j];
        if (jx_norm_may_start(units[i].text, s) && strlen(units[i].text) == n &&
            strncmp(units[i].text, s, n) == 0)
            return units[i].unit;
    }
    return NULL;
}

/* Byte length of the longest table unit at the start of `s`, 0 when none;
 * its canonical form goes to *unit (the first in the table among equals). */
static gsize atom_prefix(const char *s, const char **unit)
{
    gsize best = 0;
    *unit = NULL;
    if (!*s)
        return 0;
    const unit_index *ix = units_by_key();
    guint k = unit_key(s);
    for (guint j = ix->start[k]; j < ix->start[k + 1]; j++) {
        gsize i = ix->at[j];
        if (!jx_norm_may_start(units[i].text, s)) /* read after every figure */
            continue;
        gsize n = strlen(units[i].text);
        if (n > best && strncmp(units[i].text, s, n) == 0) {
            best = n;
            *unit = units[i].unit;
        }
    }
    return best;
}

/* Length of a rate separator at `s` ("/" or the middle dot "·"), or 0. */
static gsize rate_separator(const char *s)
{
    if (*s == '/')
        return 1;
    return strncmp(s, "·", strlen("·")) == 0 ? strlen("·") : 0;
}

gsize jx_norm_unit_prefix(const char *s, GString *unit)
{
    const char *atom;
    gsize n = atom_prefix(s, &atom);
    if (!n)
        return 0;
    g_string_append(unit, atom);
    /* rates: 元/人·月 — a separator counts only when a unit follows it */
    for (;;) {
        gsize sep = rate_separator(s + n);
        const char *next;
        gsize m = sep ? atom_prefix(s + n + sep, &next) : 0;
        if (!m)
            break;
        g_string_append_len(unit, s + n, (gssize)sep);
        g_string_append(unit, next);
        n += sep + m;
    }
    return n;
}

char *jx_norm_unit_lookup(const char *s)
{
    if (!s || !*s)
        return NULL;
    const char *atom = atom_exact(s, strlen(s));
    if (atom)
        return g_strdup(atom);
    GString *unit = g_string_new(NULL);
    gsize n = jx_norm_unit_prefix(s, unit);
    if (n == strlen(s))
        return g_string_free(unit, FALSE);
    g_string_free(unit, TRUE);
    return NULL;
}

char *jx_norm_unit(const char *s)
{
    char *own;
    char *unit = jx_norm_unit_lookup(jx_norm_text_view(s, &own));
    g_free(own);
    return unit;
}

char *jx_norm_unit_normalized(const char *norm)
{
    return norm ? jx_norm_unit_lookup(norm) : NULL;
}

/* TRUE when some table unit goes on past `s`, which it starts: `s` is a
 * proper prefix of the unit (`平方` of 平方米, `个工作` of 个工作日). */
static gboolean starts_unit(const char *s)
{
    gsize n = strlen(s);
    for (gsize i = 0; n && i < G_N_ELEMENTS(units); i++)
        if (strlen(units[i].text) > n && strncmp(units[i].text, s, n) == 0)
            return TRUE;
    return FALSE;
}

gboolean jx_norm_unit_cut(const char *norm)
{
    if (!norm || g_utf8_strlen(norm, -1) < UNIT_CUT_MIN_CHARS)
        return FALSE;
    char *whole = jx_norm_unit_lookup(norm);
    gboolean unit = whole != NULL;
    g_free(whole);
    if (unit)
        return FALSE;
    if (starts_unit(norm))
        return TRUE;
    /* whole units and a rate separator before the cut (元/ of 元/平方) */
    GString *before = g_string_new(NULL);
    gsize at = jx_norm_unit_prefix(norm, before);
    g_string_free(before, TRUE);
    gsize sep = at ? rate_separator(norm + at) : 0;
    return sep && starts_unit(norm + at + sep);
}

/* A unit and the 指标解释 / 评分标准 text beside it that a layout dump set
 * one space apart read as one cell (`% 反映群众满意度情况`, `人 按实际完成比例计分`,
 * `平方米 反映项目实施后改扩建校舍面积的`): the text after the space runs at
 * least this many Han characters, which no unit's rest after a space does
 * (`个 百分点`). */
#define REMARK_AFTER_UNIT_MIN_HAN 4

/* The unit the first word of `raw` (a unit cell's source text) is, when a
 * space parts it from a remark's text after it (see
 * REMARK_AFTER_UNIT_MIN_HAN); NULL otherwise.  Free with g_free. */
char *jx_norm_unit_before_remark(const char *raw)
{
    if (!raw)
        return NULL;
    gsize head_len = strcspn(raw, " \t");
    const char *rest = raw + head_len;
    while (*rest == ' ' || *rest == '\t')
        rest++;
    if (!head_len || !*rest)
        return NULL;
    int han = 0;
    for (const char *p = rest; *p && han < REMARK_AFTER_UNIT_MIN_HAN; p = g_utf8_next_char(p)) {
        if (g_unichar_get_script(g_utf8_get_char(p)) != G_UNICODE_SCRIPT_HAN)
            break;
        han++;
    }
    if (han < REMARK_AFTER_UNIT_MIN_HAN)
        return NULL;
    char *head = g_strndup(raw, head_len);
    char *unit = jx_norm_unit(head);
    g_free(head);
    return unit;
}
