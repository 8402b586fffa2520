/*
 * notes.c — notes and signature lines printed after a table.
 *
 * Forms end their tables with remarks (`注：1.指标值以批复文件为准…`, `备注：`,
 * `说明：`) and a signature block (`填报人：… 联系电话：… 填报日期：…`).  They are
 * no rows of the table: a table ends where they start, and they go to the
 * document record's `notes`.  Both vocabularies are tables; a line is
 * matched on its normalized text (NFKC turns `：` into `:`).
 */
#include "parse/parse.h"

#include <string.h>

/* Words that open a remark.  A remark word must be followed by ':' (or be
 * the whole cell), so an indicator named 说明书印发数量 is no remark. */
static const char *const remark_words[] = {
    "注", "备注", "说明", "附注", "填表说明", "填报说明", "注释",
};

/* Signature fields.  Longer words first: 单位负责人 before 负责人. */
static const char *const signature_words[] = {
    "单位负责人", "财务负责人", "项目负责人", "分管领导", "部门负责人", "负责人",
    "填报人",     "填表人",     "审核人",     "审批人",   "制表人",     "经办人",
    "联系人",     "联系电话",   "电话",       "手机",     "填报日期",   "填表日期",
    "报送日期",   "审核日期",   "审核时间",   "填报时间",   "填表时间",   "日期",
    "单位盖章",   "单位(盖章)", "盖章",
};

/* Length of `word` at the start of `s` when it is followed by ':' (spaces
 * allowed between), or by the end of `s` when `whole` is set; else 0.
 * Returns the offset just past the ':'. */
static gsize keyed_prefix(const char *s, const char *word, gboolean whole)
{
    if (!jx_norm_may_start(word, s)) /* every cell is asked: most differ at once */
        return 0;
    gsize n = strlen(word);
    if (strncmp(s, word, n) != 0)
        return 0;
    const char *p = s + n;
    while (*p == ' ')
        p++;
    if (*p == ':')
        return (gsize)(p - s) + 1;
    /* 注1. / 注1: numbered remarks */
    if (g_ascii_isdigit(*p) && strcmp(word, "注") == 0)
        return n;
    return whole && !*p ? n : 0;
}

static gboolean starts_signature(const char *s)
{
    for (gsize i = 0; i < G_N_ELEMENTS(signature_words); i++)
        if (keyed_prefix(s, signature_words[i], TRUE))
            return TRUE;
    return FALSE;
}

jx_note_kind jx_note_classify(const char *norm)
{
    if (!norm || !*norm)
        return JX_NOTE_NONE;
    for (gsize i = 0; i < G_N_ELEMENTS(remark_words); i++)
        if (keyed_prefix(norm, remark_words[i], TRUE))
            return JX_NOTE_REMARK;
    return starts_signature(norm) ? JX_NOTE_SIGNATURE : JX_NOTE_NONE;
}

/* Where the next signature field starts at or after `from`: a signature
 * word followed by ':'.  Scanning left to right finds 联系电话 before the 电话
 * inside it.  NULL when none. */
static const char *next_signature_field(const char *from)
{
    for (const char *p = from; *p; p = g_utf8_next_char(p))
        for (gsize i = 0; i < G_N_ELEMENTS(signature_words); i++)
            if (keyed_prefix(p, signature_words[i], FALSE))
                return p;
    return NULL;
}

static void add_note(GPtrArray *out, const char *s, gsize n)
{
    char *note = g_strndup(s, n);
    g_strstrip(note);
    if (*note)
        g_ptr_array_add(out, note);
    else
        g_free(note);
}

void jx_note_collect(const char *norm, GPtrArray *out)
{
    if (jx_note_classify(norm) != JX_NOTE_SIGNATURE) {
        add_note(out, norm, strlen(norm));
        return;
    }
    /* one note per field: 填报人:张三 | 联系电话:0791-… | 填报日期:2023-… */
    const char *start = norm;
    while (*start) {
        const char *colon = strchr(start, ':');
        const char *next = colon ? next_signature_field(colon + 1) : NULL;
        gsize n = next ? (gsize)(next - start) : strlen(start);
        add_note(out, start, n);
        if (!next)
            break;
        start = next;
    }
}

gboolean jx_note_continues(const char *norm)
{
    /* 2.指标… / 2、… / (2)…: the numbered items of a remark (NFKC has made
     * ② a 2 already) */
    if (!norm)
        return FALSE;
    const char *p = norm;
    if (*p == '(')
        p++;
    const char *digits = p;
    while (g_ascii_isdigit(*p))
        p++;
    if (p > digits && (*p == '.' || *p == ')' || g_str_has_prefix(p, "、")))
        return TRUE;
    return FALSE;
}
