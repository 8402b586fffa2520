/*
 * colblocks.c — tables that plain `pdftotext` printed block by block.
 *
 * `pdftotext` without -layout prints a page in reading-order blocks, not in
 * rows: a column at a time for a group of rows (the 序号 block, the names
 * block, the level labels), then other columns column-wise or row by row
 * interleaved (a target, then its 指标解释; an operator, a value, a unit),
 * and an empty cell prints nothing.  The header words themselves stand
 * among the blocks (序号, then 1 … 7, then 一级指标), so the cell-stream
 * reader (cellstream.c), which wants a header and then rows, finds no table
 * or rows of stray pieces.
 *
 * What survives is the order inside each column: the names come in the
 * order of the rows, and so do the targets, however the two are interleaved
 * with each other.  This reader sits in front of the cell-stream reader.  It
 * holds a region that opens with a header word alone on its line (to the
 * end of the page its notes stand on: the last rows' targets often print
 * after them), and when the header words stand scattered among the data or
 * the lines hold one cell each (the marks of this form), it sorts the
 * region's lines by what they are — level labels, names, targets (an
 * operator and a unit on lines of their own join the figure between them;
 * a unit column printed as a block after the targets' gives its units to
 * the figures in none, when it holds as many),
 * explanations and 备注, 序号, header words and page furniture; the pieces
 * of narrow label columns and of a row header a character a line, printed
 * side by side with the names (`可持 长效管理机制` / `效益 续影`), set apart
 * from the names and joined into labels where they make one — and pairs
 * the names with the targets in order (pair_up: the pairs printed side by
 * side anchor the others, a stray figure or remark stays unpaired;
 * a target block printed before the names' block, its last rows printed
 * row by row among the targets: pair_around_anchors), each
 * name under the labels printed before it (a block of labels spread over
 * the names after it by what their targets state, the boundaries between
 * groups moved the same way; a level-1 matched to its level-2 label's
 * family).  A work-item column (名称 left of 指标内容) is read apart: its
 * pieces recur (a few items serve the table) or stand left of a name on
 * its line, and each print covers the run of rows around it
 * (assign_tasks).  A half-year table's name takes two targets, the
 * half-year's and the year's, when they fit each other, or one, the year's
 * (pair_up_halves: the half-year cell is the one a form leaves empty; the
 * two printed on one line are parted first, two_targets_apart); a
 * mid-term target before the year's (中期目标值) or after it pairs the same
 * way and is set aside.  The rows go on as a grid (header row,
 * then one row per indicator), so the rest of parse is shared.  A region that is no
 * such table goes to the cell-stream reader line by line as before; one
 * whose names and targets pair too few or out of order (unless the targets
 * state what their names say: kinds_bear_out) gives only its rows printed
 * side by side (side_by_side_rows), or, with fewer than
 * MIN_SIDE_BY_SIDE_ROWS of them, goes to the cell-stream reader too; a
 * region whose names and targets do not pair one to one is read with its
 * rows flagged and a warning.
 */
#include "parse/parse.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- constants */

/* A header word stands alone on its line; a longer line naming one is
 * text (the same bound as the cell-stream reader's). */
#define MAX_HEADER_CHARS 16
/* A name may hold a work item's or a budget's header word (工作任务完成及时性,
 * 预算执行率); those columns' own words (名称, 工作任务, 执行率) are this short. */
#define MAX_ITEM_HEADER_CHARS 4
/* A region holds at most this many lines: a table of this form is a few
 * pages; more is running text with a header word in it. */
#define MAX_REGION_LINES 1500
/* The header is scattered when, on the region's first page, a run of
 * fewer header words than this stands between lines of data (see
 * scattered). */
#define SCATTER_HEADER_WORDS 3
/* …or when this share of its lines holds one cell each (see cells_alone). */
#define CELLS_ALONE_SHARE 0.95
/* A region is read as a table when it gives at least this many rows… */
#define MIN_ROWS 3
/* …and this share of its names and targets pairs (the others are the
 * stray cells of rows whose order the blocks lost: the rows are flagged and
 * the document warned).  MIN_ORDERED_SHARE is the guard against pairing
 * the wrong ones, loose now that pair_up chooses the pairs by order. */
#define MIN_PAIRED_SHARE 0.7
/* A name is printed before its target, in a block before the targets'
 * or beside it in its row: when fewer pairs than this share read so, the
 * blocks came in some other order (a target column printed before the
 * names) and pairing them in order pairs the wrong ones. */
#define MIN_ORDERED_SHARE 0.7
/* …looser in a half-year table: its two targets a row must fit each other
 * (half_fits), a guard of their own, and its names print after their
 * targets more often (the two target columns' blocks before the names'). */
#define MIN_ORDERED_SHARE_HALVES 0.5
/* …but a target block printed before its names' block keeps both columns'
 * order, and pairing them in order is right: when at least this many of
 * the pairs' names say what their target states (a rate a percent, a time
 * limit a time, name_commits)… */
#define MIN_COMMITTED_PAIRS 4
/* …and this share of those targets states it, the pairs stand whatever
 * the print order (a pairing off by a row fails most of them). */
#define MIN_AGREED_SHARE 0.85
/* …and this share of the names and of the targets pairs (the columns'
 * blocks as many cells each, none lost to another column). */
#define MIN_BORNE_PAIRED_SHARE 0.8
/* A region whose pairs fail the guard still gives the rows printed side
 * by side (side_by_side_rows) when it holds at least this many of them:
 * fewer are stray cells beside a name, no table's rows. */
#define MIN_SIDE_BY_SIDE_ROWS 3
/* A name is a phrase: a longer text line, or one holding a sentence's
 * stop, is prose (a 年度目标 wrapped into the region). */
#define MAX_NAME_CHARS 30
/* A text line this close to the width its column wraps at (see width_of)
 * was wrapped by the converter, so a short next line, or one that goes on
 * with the word the line breaks, is its tail. */
#define WRAPPED_SHARE 0.85
/* A column's width is that of its WIDTH_RANK-th longest line: a wrapped
 * column has several lines at its width. */
#define WIDTH_RANK 3
/* A tail is this short (`施`, `分`, `0.5分`, `区）`). */
#define MAX_TAIL_CHARS 5
/* A 序号 may stand this many places from where the count is (one printed
 * on a line with other text, a block printed after the next): a whole
 * number alone further off is a target. */
#define MAX_SEQ_GAP 3
/* A run of whole numbers 1, 2, 3 … one per line, at least this long, is a
 * 序号 block (two lines could be a page number and a figure). */
#define MIN_SEQ_RUN 3
/* A name's bracketed qualifier (`（含续建）`, `（县直单位）`) wrapped onto
 * a line of its own is at most this long. */
#define MAX_BRACKET_TAIL_CHARS 10
/* A name wrapped at a word's end over two lines of its column is at most
 * this long: longer, the two lines are two names. */
#define MAX_WRAPPED_NAME_CHARS 14
/* …and its first line, filled to near the column's width, is at most this
 * much shorter than the rest below it (a column breaks at a word's end). */
#define MAX_WRAP_SLACK_CHARS 2
/* A line this short of text alone is always a tail: no name is one or two
 * characters. */
#define MAX_STRAY_CHARS 2
/* A header word's bracketed note (`（%）`, `（万元）`) wrapped onto a line
 * of its own is this short, brackets included. */
#define MAX_HEADER_NOTE_CHARS 6
/* A name's last word wrapped together with its bracketed qualifier
 * (`人均管理` / `费用（以批复为准）`: the converter keeps the word and the
 * bracket on one line) is this short before the bracket; a name of its
 * own with a qualifier has a longer head (`政策知晓率（含续建）`). */
#define MAX_QUALIFIED_HEAD_CHARS 4

/* The openers and scoring words of 指标解释 / 评分标准 texts: what
 * explains or scores an indicator, never its name. */
static const char *const explain_openers[] = {"反映", "考核", "衡量", "用于",
                                              "按实际", "完成目标", "达到目标", "全部完成", "扣",
                                              "未达到", "未完成"};
static const char *const explain_words[] = {"得满分", "扣分", "计分", "酌情扣", "按比例扣"};

/* A narrow column wraps a level label's last word (JX_LABEL_SUFFIX of
 * 服务对象满意度指标) onto a line of its own, or only its last character,
 * the rest ending in LABEL_HEAD; that character stands this few lines
 * below, other columns' lines between. */
#define LABEL_HEAD "指"
#define LABEL_TAIL_CHAR "标"
#define MAX_LABEL_TAIL_GAP 4
/* A level-1 column wrapped a piece a line prints the level-2 column's, the
 * names' and a target's lines between its pieces (`度指` / `度指标` / `15` /
 * `林农满意度` / `标`): at most this many between two. */
#define MAX_INTERLEAVED_LINES 3
/* A narrow label column's line holds at most this many characters (`效益`,
 * `服务对象满`): a longer label beside such pieces is a name. */
#define MAX_LABEL_LINE_CHARS 5

/* Characters that close what a line left open (a wrapped bracket). */
static const char *const closers[] = {")", "）", "》", "]"};
static const char *const openers[] = {"(", "（", "《", "["};

/* ------------------------------------------------------------- items */

typedef enum {
    IT_SKIP,
    IT_SEQ, /* a 序号 (found by read_targets) */
    IT_HEADER,
    IT_LEVEL1,
    IT_LEVEL2,
    IT_INT,
    IT_OP,
    IT_UNIT,
    IT_TARGET,
    IT_TEXT,
    IT_EXPLAIN,
    IT_TASK, /* a piece of a work item's text (see task_pieces) */
} item_kind;

typedef struct {
    item_kind kind;
    char *raw;  /* trimmed; joined with its tails */
    char *norm;
    glong chars;
    int line, page;
    int last_line; /* of its last tail */
    gboolean closed_below; /* a label finished by the piece below its first line
                              (label_closed_below) */
    gboolean cut_before_tail; /* a label read from a line ending `…指`, its `标`
                                 below: the label cell's own wrap, never a name */
    gboolean after_first_row; /* a whole label printed after its group's first
                                 row, whose name reads as the label
                                 (names_before_whole_labels) */
    gboolean own_level2; /* a name that restates its row's level-2 label
                            (label_restated_by_its_row) */
    gboolean beside_explain; /* a unit printed on the line of an explanation's
                                text (unit_beside_explanation) */
    gboolean printed_late; /* a level-2 label of the region's first rows,
                              printed after later groups' rows
                              (labels_of_leading_rows) */
} item;

static void item_clear(gpointer p)
{
    item *it = p;
    g_free(it->raw);
    g_free(it->norm);
}

/* More brackets opened than closed. */
static gboolean leaves_open(const char *s)
{
    int depth = 0;
    for (const char *p = s; *p; p = g_utf8_next_char(p)) {
        depth += jx_norm_prefix_listed(p, openers, G_N_ELEMENTS(openers)) > 0;
        depth -= jx_norm_prefix_listed(p, closers, G_N_ELEMENTS(closers)) > 0;
    }
    return depth > 0;
}

/* An explanation or scoring rule, by its words. */
static gboolean explains(const char *norm)
{
    return jx_norm_prefix_listed(norm, explain_openers, G_N_ELEMENTS(explain_openers)) ||
           jx_norm_holds_listed(norm, explain_words, G_N_ELEMENTS(explain_words));
}

/* Running text: a sentence, a `label：value` line, or too long for a name. */
static gboolean is_prose(const char *norm, glong chars)
{
    return chars > MAX_NAME_CHARS || strstr(norm, "。") || strchr(norm, ';') || strchr(norm, ':');
}

static gboolean is_header(const char *norm)
{
    glong chars = g_utf8_strlen(norm, -1);
    jx_role role = chars <= MAX_HEADER_CHARS ? jx_header_word_role(norm) : JX_ROLE_NONE;
    if ((role == JX_ROLE_TASK || role == JX_ROLE_BUDGET) && chars > MAX_ITEM_HEADER_CHARS)
        return FALSE;
    return role != JX_ROLE_NONE;
}

/* A deadline counted from an event (`灾后10日内`, `收到申请后15个工作日内`):
 * the event in a few words, a figure, a span of days or months and 内 —
 * no figure's unit and no date reads it as a target (see
 * deadlines_as_targets). */
static const char *const deadline_spans[] = {"日", "天", "工作日", "个工作日", "月", "个月"};
#define DEADLINE_WITHIN "内"
/* …its event is this few characters at most (灾后, 收到申请后) */
#define MAX_DEADLINE_EVENT_CHARS 6

/* TRUE when `norm` reads as such a deadline: no figure before the span's. */
static gboolean is_relative_deadline(const char *norm)
{
    if (!g_str_has_suffix(norm, DEADLINE_WITHIN))
        return FALSE;
    gsize len = strlen(norm) - strlen(DEADLINE_WITHIN);
    for (gsize k = 0; k < G_N_ELEMENTS(deadline_spans); k++) {
        gsize ulen = strlen(deadline_spans[k]);
        if (len <= ulen || strncmp(norm + len - ulen, deadline_spans[k], ulen) != 0)
            continue;
        const char *end = norm + len - ulen, *fig = end;
        while (fig > norm && g_ascii_isdigit(fig[-1]))
            fig--;
        if (fig < end && g_utf8_strlen(norm, fig - norm) <= MAX_DEADLINE_EVENT_CHARS &&
            strpbrk(norm, "0123456789") == fig)
            return TRUE;
    }
    return FALSE;
}

static item_kind kind_of(const char *norm)
{
    if (jx_norm_is_page_number(norm) && !g_ascii_isdigit(norm[0]))
        return IT_SKIP;
    if (is_header(norm))
        return IT_HEADER;
    switch (jx_cell_classify(norm)) {
    case JX_CK_EMPTY:
    case JX_CK_MARK: return IT_SKIP;
    case JX_CK_INT: return IT_INT;
    case JX_CK_OP: return IT_OP;
    case JX_CK_UNIT: return IT_UNIT;
    case JX_CK_NUMBER:
    case JX_CK_DATE:
    case JX_CK_TARGET: return IT_TARGET;
    case JX_CK_LEVEL1: return IT_LEVEL1;
    case JX_CK_LEVEL2: return IT_LEVEL2;
    default: break;
    }
    if (jx_stream_is_qualitative(norm) || jx_stream_is_absence_target(norm) ||
        jx_stream_is_compound_target(norm))
        return IT_TARGET;
    return IT_TEXT;
}

static gint compare_desc(gconstpointer a, gconstpointer b)
{
    glong x = *(const glong *)a, y = *(const glong *)b;
    return (x < y) - (x > y);
}

/* The width a column's text wraps at, in characters: the WIDTH_RANK-th
 * longest of its lines (the longest may be a line the column's own width
 * did not bound: a label, a line of prose). */
static glong width_of(GArray *lens)
{
    if (!lens->len)
        return 0;
    g_array_sort(lens, compare_desc);
    return g_array_index(lens, glong, MIN(lens->len, WIDTH_RANK) - 1);
}

/* TRUE when the text line `norm` (one cell: no pieces side by side),
 * right below the text `prev`, goes on with the word `prev` breaks off
 * (`排查整改安` / `全隐患(一期)`): a break typed inside a name's cell, or a
 * wrap, however short the line; never after a name's closing bracket (the
 * name ended), nor onto a narrow label column's piece (`社会效`). */
static gboolean cut_inside_name(const char *prev, const char *norm)
{
    const char *last = *prev ? g_utf8_prev_char(prev + strlen(prev)) : prev;
    if (jx_norm_prefix_listed(last, closers, G_N_ELEMENTS(closers)) || jx_taxonomy_label_piece(norm) ||
        jx_taxonomy_row_header_word(norm))
        return FALSE;
    return jx_norm_seam_inside_word(prev, norm);
}

/* TRUE when `norm` ends with a closing bracket. */
static gboolean ends_with_closer(const char *norm)
{
    const char *last = *norm ? g_utf8_prev_char(norm + strlen(norm)) : norm;
    return jx_norm_prefix_listed(last, closers, G_N_ELEMENTS(closers)) > 0;
}

/* TRUE when `norm` is a short word and a bracketed qualifier closing the
 * line (`费用(以批复为准)`, `指导员(一期)*`), no more than
 * MAX_QUALIFIED_HEAD_CHARS before the bracket. */
static gboolean short_word_qualified(const char *norm)
{
    const char *open = norm;
    while (*open && !jx_norm_prefix_listed(open, openers, G_N_ELEMENTS(openers)))
        open = g_utf8_next_char(open);
    if (open == norm || !*open || leaves_open(open))
        return FALSE;
    glong head = g_utf8_strlen(norm, open - norm);
    const char *end = norm + strlen(norm);
    if (end > norm && end[-1] == '*')
        end--;
    const char *last = end > open ? g_utf8_prev_char(end) : open;
    return head <= MAX_QUALIFIED_HEAD_CHARS && last > open &&
           jx_norm_prefix_listed(last, closers, G_N_ELEMENTS(closers)) > 0 &&
           !strpbrk(open + 1, "([");
}

/* TRUE when the unit `unit` on the line below the text `text` ends a word
 * `text` broke off (`服务对象满意` / `度`, `非遗传承人培训人` / `次`: a cut
 * inside the word, however short the line) and the two read as a name, not
 * a target. */
static gboolean unit_ends_cut_name(const char *text, const char *unit)
{
    if (!jx_norm_seam_inside_word(text, unit))
        return FALSE;
    char *joined = jx_norm_join(text, unit);
    gboolean name = kind_of(joined) == IT_TEXT;
    g_free(joined);
    return name;
}

/* TRUE when the line `norm` (`chars` characters, read alone as `kind`),
 * right below the text item `prev` (`wrapped`: at its column's width), is
 * the rest of that item's cell. */
static gboolean is_tail(const item *prev, const char *norm, glong chars, item_kind kind,
                        gboolean wrapped)
{
    /* a bracket left open, or closed by the line */
    if (leaves_open(prev->norm) || jx_norm_prefix_listed(norm, closers, G_N_ELEMENTS(closers)))
        return TRUE;
    /* a name's bracketed qualifier on a line of its own (`（含续建）`) */
    if (jx_norm_prefix_listed(norm, openers, G_N_ELEMENTS(openers)) &&
        chars <= MAX_BRACKET_TAIL_CHARS && !leaves_open(norm))
        return TRUE;
    /* one or two characters of text: never a name */
    if (kind == IT_TEXT && chars <= MAX_STRAY_CHARS)
        return TRUE;
    /* a name's last word wrapped with its qualifier, under a name's first
     * line that has none */
    if (kind == IT_TEXT && prev->kind == IT_TEXT && !strpbrk(prev->norm, "([") &&
        short_word_qualified(norm))
        return TRUE;
    /* a name whose bracket a line of its own closed (`…（农村地区` / `）`)
     * ended there, however wide it is: the next line is the next name */
    if (prev->kind == IT_TEXT && prev->last_line > prev->line && ends_with_closer(prev->norm))
        return FALSE;
    /* after a wrapped line: the word its break cut (`…整治建` / `制村`), a
     * short line of text, an explanation's short end (`扣0.5分`) */
    if (wrapped && kind == IT_TEXT && jx_norm_seam_inside_word(prev->norm, norm))
        return TRUE;
    if (wrapped && chars <= MAX_TAIL_CHARS &&
        (kind == IT_TEXT || (prev->kind == IT_EXPLAIN && kind == IT_TARGET)))
        return TRUE;
    /* a line wrapped at its width before its last word, and that word a
     * unit's too (`完成农村环境整治建制` / `村`, `资助家庭经济困难学生` /
     * `人数`, a target's `≥11.9万平方` / `米`): the line's, as no unit column
     * prints its cell right under a name; a clause's line (`…第三` /
     * `方独立评审，…执行到` / `位`) is no name, the unit may be its target's */
    if (prev->kind == IT_TEXT && kind == IT_UNIT && chars <= MAX_TAIL_CHARS && !strchr(prev->norm, ','))
        return wrapped || unit_ends_cut_name(prev->norm, norm);
    /* an explanation goes on with explaining words, or past its width */
    /* a clause goes on (`按照项目实施方案要求` / `持续改善，惠及更多群众`) */
    if (prev->kind == IT_TEXT && kind == IT_TEXT && strchr(norm, ','))
        return TRUE;
    return prev->kind == IT_EXPLAIN && kind == IT_TEXT && (explains(norm) || wrapped);
}

/* TRUE when the short line `norm` (line `i`) is a narrow label column's
 * line cut before its last character (`数量指`, `影响指`: a piece of a level
 * label ending in LABEL_HEAD), its lone LABEL_TAIL_CHAR on one of the
 * MAX_LABEL_TAIL_GAP lines below: the label's wrap, printed between the
 * names, never the tail of the name above it. */
static gboolean label_cut_below_name(const GPtrArray *lines, guint i, const char *norm)
{
    if (!g_str_has_suffix(norm, LABEL_HEAD) || g_utf8_strlen(norm, -1) > MAX_LABEL_LINE_CHARS)
        return FALSE;
    char *full = g_strconcat(norm, LABEL_TAIL_CHAR, NULL);
    item_kind fk = kind_of(full);
    g_free(full);
    if (fk != IT_LEVEL1 && fk != IT_LEVEL2 && !jx_taxonomy_label_piece(norm))
        return FALSE;
    gboolean tail_below = FALSE;
    for (guint k = i + 1; k < lines->len && k <= i + MAX_LABEL_TAIL_GAP && !tail_below; k++) {
        char *below = jx_norm_text(lines->pdata[k]);
        tail_below = g_str_equal(below, LABEL_TAIL_CHAR);
        g_free(below);
    }
    return tail_below;
}

static gboolean heads_a_label(const char *text);

/* TRUE when the label piece `norm` (line `i`) goes on with a narrow label
 * column's pieces round it: with the first piece of the line below (`续影` /
 * `响指`, `成` / `本`, `绩` / `效`), or after a label piece on one of the
 * MAX_LABEL_TAIL_GAP lines above (`社会效` / name / `益`, `产 产出质 name` /
 * `量`), the two reading as a label, a piece of one or a row header's. */
static gboolean goes_on_with_label_pieces(const GPtrArray *lines, guint i, const char *norm)
{
    gboolean goes_on = FALSE;
    for (guint k = i > MAX_LABEL_TAIL_GAP ? i - MAX_LABEL_TAIL_GAP : 0; k <= i + 1 && k < lines->len && !goes_on;
         k++) {
        if (k == i)
            continue;
        char **pieces = g_strsplit(lines->pdata[k], " ", -1);
        for (char **p = pieces; *p && !goes_on; p++) {
            char *piece = jx_norm_text(*p);
            /* below, only the line's first piece: the label column's */
            gboolean usable = *piece && (k < i || p == pieces) && (k > i || jx_taxonomy_label_piece(piece));
            char *joined = usable ? (k < i ? g_strconcat(piece, norm, NULL) : g_strconcat(norm, piece, NULL)) : NULL;
            if (joined) {
                item_kind jk = kind_of(joined);
                goes_on = jk == IT_LEVEL1 || jk == IT_LEVEL2 || jx_taxonomy_label_piece(joined) ||
                          heads_a_label(joined);
            }
            g_free(joined);
            g_free(piece);
        }
        g_strfreev(pieces);
    }
    return goes_on;
}

/* The words after a date that make it a deadline (`2024年9月30日` / `以前`),
 * which a narrow cell wraps onto a line of their own. */
static const char *const before_words[] = {"前", "之前", "以前"};

/* TRUE when the line `norm` is the end of a date its cell's width cut
 * (`2021年12月3` / `1日前`, `≤2023年12月` / `31日`, `2019年10` / `月31日`): a
 * day's digits and 日 (maybe 前, maybe after the month's end), under a line
 * that names a year and stops at a digit or 月,
 * the two reading as one date; or the date's 以前 alone below it. */
static gboolean ends_cut_date(const char *prev, const char *norm)
{
    const jx_target *t;
    if (jx_norm_listed(norm, before_words, G_N_ELEMENTS(before_words)))
        return jx_norm_target_peek(prev, &t) && t->kind == JX_KIND_DATE;
    const char *p = norm;
    while (g_ascii_isdigit(*p) && p - norm < 2)
        p++;
    /* or the month's end and the day (`2019年10` / `月31日`) */
    if (g_str_has_prefix(p, "月")) {
        p += strlen("月");
        const char *day = p;
        while (g_ascii_isdigit(*p) && p - day < 2)
            p++;
    }
    if (!g_str_has_prefix(p, "日") || !strstr(prev, "年") || !*prev)
        return FALSE;
    const char *last = g_utf8_prev_char(prev + strlen(prev));
    if (!g_ascii_isdigit(*last) && !g_str_has_prefix(last, "月"))
        return FALSE;
    char *joined = g_strconcat(prev, norm, NULL);
    gboolean date = jx_norm_target_peek(joined, &t) && t->kind == JX_KIND_DATE;
    g_free(joined);
    return date;
}

/* TRUE when the line `norm` is the rest of a target whose compound unit
 * its cell's width cut after the slash (`≤1,210元/` / `平方米`, `<=2970元/平方`
 * / `米`), the text `prev` no target alone: the two read as one target. */
static gboolean ends_cut_unit(const char *prev, const char *norm)
{
    if (!strchr(prev, '/') || !*norm || kind_of(prev) != IT_TEXT || g_utf8_strlen(norm, -1) > MAX_TAIL_CHARS)
        return FALSE;
    char *joined = g_strconcat(prev, norm, NULL);
    const jx_target *t;
    gboolean target = jx_norm_target_peek(joined, &t) && t->kind == JX_KIND_NUMBER && t->unit &&
                      strchr(t->unit, '/');
    g_free(joined);
    return target;
}

/* The level label (level 2 first) whose first line of a narrow column's
 * wrap `head` is (`可持续影响指` of 可持续影响指标, `服务对象满意` of
 * 服务对象满意度指标), or NULL (also when it heads two). A new string. */
static char *label_headed_by(const char *head)
{
    char *label = jx_taxonomy_label_headed(head, 2);
    return label ? label : jx_taxonomy_label_headed(head, 1);
}

/* `label` (a level label of `kind` read from a narrow column's pieces,
 * `产` / `出`) with JX_LABEL_SUFFIX when the lines from `k` on print that
 * word, whole or a character a line, and the longer label is one of the
 * same level (产出指标: `产出` is a level-1 label of its own in some forms,
 * so the pieces read stopped at it); else NULL.  A level-1 label's word
 * may open a line with other columns' pieces (`指 产出时` / `标`), as its
 * column stands first; a level-2 label's stands alone (`经济` / `效益` /
 * `指标`), as a line's first piece may be the level-1 column's (`效益 效益
 * 拉动社会投资` / `指标 社会 服务能力和水平`).  A new string. */
static char *label_suffix_below(const GPtrArray *lines, guint k, const char *label, item_kind kind)
{
    GString *tail = g_string_new(NULL);
    guint end = k + MAX_LABEL_TAIL_GAP;
    for (; k < lines->len && k < end && tail->len < strlen(JX_LABEL_SUFFIX); k++) {
        char *line = g_strstrip(g_strdup(lines->pdata[k]));
        char *sp = strchr(line, ' ');
        if (sp && kind != IT_LEVEL1) {
            g_free(line);
            break;
        }
        if (sp)
            *sp = 0;
        char *piece = jx_norm_text(line);
        g_free(line);
        g_string_append(tail, piece);
        g_free(piece);
        if (!g_str_has_prefix(JX_LABEL_SUFFIX, tail->str))
            break;
    }
    char *whole = g_strconcat(label, JX_LABEL_SUFFIX, NULL);
    if (!g_str_equal(tail->str, JX_LABEL_SUFFIX) || kind_of(whole) != kind) {
        g_free(whole);
        whole = NULL;
    }
    g_string_free(tail, TRUE);
    return whole;
}

/* The level label the first line `head` of a narrow column's wrap begins,
 * told by its next piece on one of the lines below (`经济` … `效益`: 经济效益指标,
 * where `经济` alone heads 经济成本指标 too; `满意度指标—服务对象满意` …
 * `度指标`, a joined label; its 指标 below a bare label, label_suffix_below),
 * or NULL.  A new string. */
static char *label_headed_below(const GPtrArray *lines, guint i, const char *head)
{
    for (guint k = i + 1; k < lines->len && k <= i + MAX_LABEL_TAIL_GAP; k++) {
        char *piece = jx_norm_text(lines->pdata[k]);
        glong chars = g_utf8_strlen(piece, -1);
        char *joined = g_strconcat(head, piece, NULL);
        char *full = g_strconcat(joined, JX_LABEL_SUFFIX, NULL);
        item_kind jk = kind_of(joined), fk = kind_of(full);
        char *label = NULL;
        if (chars && chars <= MAX_TAIL_CHARS && (jk == IT_LEVEL1 || jk == IT_LEVEL2)) {
            label = label_suffix_below(lines, k + 1, joined, jk);
            if (!label)
                label = g_strdup(joined);
        }
        else if (chars && chars <= MAX_TAIL_CHARS && (fk == IT_LEVEL1 || fk == IT_LEVEL2))
            label = g_strdup(full);
        g_free(piece);
        g_free(joined);
        g_free(full);
        if (label)
            return label;
    }
    return NULL;
}

/* The label a narrow column's first line `head` makes with the piece
 * below that closes it (`服务对象满意` / `度`: 服务对象满意度, the form's own
 * label) when that label is a shorter form of `headed`, the standard label
 * `head` begins (服务对象满意度指标); else NULL.  A new string. */
static char *label_closed_below(const GPtrArray *lines, guint i, const char *head, const char *headed)
{
    char *below = label_headed_below(lines, i, head);
    if (below && !g_str_equal(below, headed) && g_str_has_prefix(headed, below))
        return below;
    g_free(below);
    return NULL;
}

/* Row-header words (年度绩效指标) are at most this many pieces a line:
 * `年度绩效` / `指标`, `年度` / `绩效` / `指标`. */
#define MAX_ROW_HEADER_PIECES 3

/* TRUE when the lines right above `line` end a row header's word that the
 * tail `指标` on `line` finishes (`年度绩效` / `指标`): the tail is the row
 * header's, no label's. */
static gboolean finishes_row_header(const GArray *items, int line, int page)
{
    GString *word = g_string_new(JX_LABEL_SUFFIX);
    gboolean finishes = FALSE;
    int want = line - 1;
    for (guint k = items->len, n = 0; k-- > 0 && n < MAX_ROW_HEADER_PIECES && !finishes; n++) {
        const item *it = &g_array_index(items, item, k);
        if (it->page != page || it->last_line != want)
            break;
        g_string_prepend(word, it->norm);
        finishes = jx_taxonomy_row_header_word(word->str);
        want = it->line - 1;
    }
    g_string_free(word, TRUE);
    return finishes;
}

/* TRUE when `it`, a level label not closed below, takes the tail 指标:
 * the whole is a label of its level (or a level-1 label read as the
 * level-2 beside one, level2_under_level1); then joins it. */
static gboolean join_label_tail(item *it)
{
    if ((it->kind != IT_LEVEL1 && it->kind != IT_LEVEL2) || it->closed_below)
        return FALSE;
    char *full = g_strconcat(it->norm, JX_LABEL_SUFFIX, NULL);
    if (kind_of(full) == it->kind ||
        (it->kind == IT_LEVEL2 && kind_of(it->norm) == IT_LEVEL1 && kind_of(full) == IT_LEVEL1)) {
        g_free(it->norm);
        it->norm = full;
        it->chars = g_utf8_strlen(full, -1);
        return TRUE;
    }
    g_free(full);
    return FALSE;
}

/* TRUE when `rest`, what is left to read of the line `text`, is the whole
 * line (trimmed): nothing of it was read yet. */
static gboolean opens_its_line(const char *text, const char *rest)
{
    while (*text == ' ')
        text++;
    return g_str_has_prefix(text, rest) && !text[strlen(rest) + strspn(text + strlen(rest), " ")];
}

/* The index of the nearest level label above line `line` of `page`,
 * within MAX_LABEL_TAIL_GAP lines, or G_MAXUINT. */
static guint nearest_label_above(const GArray *items, int line, int page)
{
    for (guint k = items->len; k-- > 0;) {
        const item *it = &g_array_index(items, item, k);
        if (it->page != page || line - it->last_line > MAX_LABEL_TAIL_GAP)
            break;
        if ((it->kind == IT_LEVEL1 || it->kind == IT_LEVEL2) && it->line < line)
            return k;
    }
    return G_MAXUINT;
}

/* TRUE when `piece`, read on line `line` after the first label column's
 * tail (first_column_tail), is the second column's piece the nearest label
 * above was read with: that label's first piece and `piece` make it whole
 * (`经济` / `效益`: 经济效益, label_from_pieces), so it is no label of its
 * own. */
static gboolean read_into_label_above(const GArray *items, int line, int page, const char *piece)
{
    guint k = nearest_label_above(items, line, page);
    if (k == G_MAXUINT || !*piece)
        return FALSE;
    const item *it = &g_array_index(items, item, k);
    /* a joined label's pieces (`满意度指标—服务对象` / `满意度`) are read
     * together later */
    if (jx_labels_joined(it->norm))
        return FALSE;
    char *head = jx_norm_text(it->raw);
    char *joined = g_strconcat(head, piece, NULL);
    gboolean read = !g_str_equal(head, it->norm) && g_str_equal(joined, it->norm);
    g_free(head);
    g_free(joined);
    return read;
}

/* Joins the tail 指标 that opens line `line` ahead of other pieces to the
 * first label column's label: two narrow label columns print their lines
 * side by side, each line's first piece the first column's (`效益 经济 …`
 * / `指标 效益`: 效益指标 and the form's own 经济效益, not 效益 and
 * 经济效益指标).  The label is the first item of the nearest line above
 * that holds labels, when another label stands after it on that line.
 * TRUE when it joined one. */
static gboolean first_column_tail(GArray *items, int line, int page)
{
    if (finishes_row_header(items, line, page))
        return FALSE;
    guint k = nearest_label_above(items, line, page);
    if (k == G_MAXUINT)
        return FALSE;
    int at = g_array_index(items, item, k).line;
    guint first = k;
    while (first > 0 && g_array_index(items, item, first - 1).line == at &&
           g_array_index(items, item, first - 1).page == page)
        first--;
    return first != k && join_label_tail(&g_array_index(items, item, first));
}

/* TRUE when item `k` of `items` stands alone on its line. */
static gboolean alone_on_line(const GArray *items, guint k)
{
    const item *it = &g_array_index(items, item, k);
    gboolean before = k > 0 && g_array_index(items, item, k - 1).line == it->line &&
                      g_array_index(items, item, k - 1).page == it->page;
    gboolean after = k + 1 < items->len && g_array_index(items, item, k + 1).line == it->line &&
                     g_array_index(items, item, k + 1).page == it->page;
    return !before && !after;
}

/* Joins the tail 指标 alone on line `line` to the label whose two-line
 * stack encloses a one-line label of the other column: two narrow label
 * columns print, row by row, the first line of the two-line label, the
 * row's name, the one-line label (centred, at the name's height, so after
 * it) and the tail (`产出` / `补贴耕地面积*` / `数量` / `指标`: 产出指标 and
 * 数量); a label wrapped round the name prints the name between its lines
 * (`数量` / name / `指标`).  TRUE when it joined one. */
static gboolean enclosing_label_tail(GArray *items, int line, int page)
{
    guint k = items->len;
    if (k < 3)
        return FALSE;
    item *one = &g_array_index(items, item, k - 1), *name = &g_array_index(items, item, k - 2),
         *outer = &g_array_index(items, item, k - 3);
    gboolean shape = (one->kind == IT_LEVEL1 || one->kind == IT_LEVEL2) && name->kind == IT_TEXT &&
                     (outer->kind == IT_LEVEL1 || outer->kind == IT_LEVEL2) && outer->kind != one->kind &&
                     one->page == page && outer->page == page && line - outer->last_line <= MAX_LABEL_TAIL_GAP &&
                     outer->line < name->line && name->line < one->line && one->line < line;
    return shape && alone_on_line(items, k - 1) && alone_on_line(items, k - 2) && alone_on_line(items, k - 3) &&
           join_label_tail(outer);
}

/* Joins a level label's last word wrapped onto a line of its own below it
 * (`服务对象满意度` / `指标`, the label maybe beside the first name under
 * it) to the label when the whole is a label too: the nearest such label
 * above, within MAX_LABEL_TAIL_GAP lines of its page.  A narrow level-1
 * column's label (`产出` / `指标`) prints its first line beside the
 * level-2 label and the first name (`产出 数量指 加装电梯数量`), or on a line
 * of its own above them, so the lines between hold labels the tail does
 * not finish (数量指标) and names; a row header's tail (`年度绩效` / `指标`)
 * finishes no label.  TRUE when it joined one. */
static gboolean label_tail(GArray *items, int line, int page)
{
    if (finishes_row_header(items, line, page))
        return FALSE;
    for (guint k = items->len; k-- > 0;) {
        item *it = &g_array_index(items, item, k);
        if (it->page != page || line - it->last_line > MAX_LABEL_TAIL_GAP)
            break;
        /* a label the piece below closed is whole as the form prints it */
        if (join_label_tail(it))
            return TRUE;
    }
    return FALSE;
}

/* ------------------------------------------------------------- work items */

/* A table with a work-item column (名称 left of 指标内容) prints each row's
 * item, or one over its merged rows, and a few items serve the whole
 * table: an item's text, and each piece of it a narrow column wraps
 * (`实施农村义务教育学生营` / `养改善计划`), recurs where a name stands once.
 * A text printed this often is a piece of an item… */
#define TASK_REPEATS 2
/* …unless this share of its prints stand right before a target: the same
 * name under several items (`社会公众满意度`), printed row by row beside its
 * target, where an item's is beside its name. */
#define NAME_BEFORE_TARGET_SHARE 0.5

/* TRUE when a header word of the region names a work-item column. */
static gboolean has_task_header(const GPtrArray *lines)
{
    for (guint i = 0; i < lines->len; i++) {
        char *norm = jx_norm_text(lines->pdata[i]);
        gboolean task = is_header(norm) && jx_header_word_role(norm) == JX_ROLE_TASK;
        g_free(norm);
        if (task)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when `norm` reads as a level label, whole or with its last word
 * wrapped away (`服务对象满意度` of `服务对象满意度指标`). */
static gboolean reads_as_label(const char *norm)
{
    char *full = g_strconcat(norm, JX_LABEL_SUFFIX, NULL);
    item_kind k = kind_of(norm) == IT_TEXT ? kind_of(full) : kind_of(norm);
    g_free(full);
    return k == IT_LEVEL1 || k == IT_LEVEL2;
}

/* Splits a line at its first space into the normalised texts before and
 * after it (*head, *rest, new strings; the rest may hold spaces: a name
 * whose figures Writer's PDF sets a space apart, `0-6 岁儿童健康管理`);
 * FALSE, nothing set, when the line holds no space or either side is empty. */
static gboolean split_first_space(const char *raw, char **head, char **rest)
{
    char *line = g_strstrip(g_strdup(raw));
    char *sp = strchr(line, ' ');
    gboolean ok = FALSE;
    if (sp) {
        *sp = 0;
        char *h = jx_norm_text(line), *r = jx_norm_text(sp + 1);
        ok = *h && *r;
        if (ok) {
            *head = h;
            *rest = r;
        } else {
            g_free(h);
            g_free(r);
        }
    }
    g_free(line);
    return ok;
}

/* TRUE when `raw`, its ends trimmed, holds one run of spaces, no more. */
static gboolean one_space_run(const char *raw)
{
    char *line = g_strstrip(g_strdup(raw));
    const char *sp = strchr(line, ' ');
    gboolean one = sp && !strchr(sp + strspn(sp, " "), ' ');
    g_free(line);
    return one;
}

/* TRUE when `head` (normalized) may be a work item's piece beside the text
 * `rest` on a line: plain text, no label, and neither of the two prose. */
static gboolean item_piece_beside(const char *head, const char *rest)
{
    return kind_of(head) == IT_TEXT && !reads_as_label(head) &&
           !is_prose(head, g_utf8_strlen(head, -1)) && !is_prose(rest, g_utf8_strlen(rest, -1));
}

/* Splits a line of two texts at its one space: a work item's line beside
 * the name on its row (`推进知识产权创造 检验特种设备`).  The item's piece
 * goes to *head, the rest to *rest (normalised); FALSE, nothing set, when
 * the line is not of that shape (a label beside a name is read apart). */
static gboolean split_task_line(const char *raw, char **head, char **rest)
{
    char *h, *r;
    if (!one_space_run(raw) || !split_first_space(raw, &h, &r))
        return FALSE;
    gboolean ok = kind_of(r) == IT_TEXT && item_piece_beside(h, r);
    if (ok) {
        *head = h;
        *rest = r;
    } else {
        g_free(h);
        g_free(r);
    }
    return ok;
}

/* A line holds at most this many label columns' pieces before a work
 * item's and a name: the level-1 column's and the level-2's. */
#define MAX_LABELS_BESIDE_TASK 2

/* TRUE when `norm` reads as a level label's line or a piece of a narrow
 * label column's wrap (`服务对象满`, `意度指标`, `可持续影响指`). */
static gboolean reads_as_label_line(const char *norm)
{
    return *norm && (reads_as_label(norm) ||
                     (kind_of(norm) == IT_TEXT && (jx_taxonomy_label_piece(norm) || heads_a_label(norm))));
}

/* TRUE when a line is the lines of one or two level label columns (see
 * reads_as_label_line) beside a work item's piece and the name on its row
 * (`服务对象满 推进水污染防治 受益群众满意度`, `效益指标 社会效益
 * 加快城市排水防涝设 公共服务满意度提升`): plain pdftotext prints the
 * columns' first lines on one line.  The labels' pieces go to *labels
 * (normalised, parted by a space), the item's to *head, the name to *rest
 * (see split_task_line); FALSE, nothing set, when the line is not of that
 * shape. */
static gboolean split_label_task_line(const char *raw, char **labels, char **head, char **rest)
{
    char *line = g_strstrip(g_strdup(raw));
    GString *found = g_string_new(NULL);
    gboolean ok = FALSE;
    char *at = line;
    for (int n = 0; n < MAX_LABELS_BESIDE_TASK && !ok; n++) {
        char *sp = strchr(at, ' ');
        if (!sp)
            break;
        *sp = 0;
        char *l = jx_norm_text(at);
        gboolean label = reads_as_label_line(l);
        if (label)
            g_string_append_printf(found, "%s%s", found->len ? " " : "", l);
        g_free(l);
        if (!label)
            break;
        at = sp + 1 + strspn(sp + 1, " ");
        ok = split_task_line(at, head, rest);
    }
    g_free(line);
    if (ok)
        *labels = g_string_free(found, FALSE);
    else
        g_string_free(found, TRUE);
    return ok;
}

/* The normalised text of a line, without a level label beside it
 * (`社会效益指标 实施城镇老旧小区改造`: read apart by read_items). */
static char *text_beside_label(const char *raw)
{
    const char *sp = strchr(raw, ' ');
    char *head = sp ? g_strndup(raw, (gsize)(sp - raw)) : NULL;
    char *hnorm = head ? jx_norm_text(head) : NULL;
    gboolean label = hnorm && *hnorm && reads_as_label(hnorm);
    g_free(head);
    g_free(hnorm);
    return jx_norm_text(label ? sp + 1 : raw);
}

/* The kind a line alone reads as, a blank line and a note IT_SKIP. */
static item_kind line_kind(const GPtrArray *lines, const GArray *notes, guint i)
{
    if (g_array_index(notes, gboolean, i))
        return IT_SKIP;
    char *norm = jx_norm_text(lines->pdata[i]);
    item_kind k = *norm ? kind_of(norm) : IT_SKIP;
    g_free(norm);
    return k;
}

/* The pieces of work items among the region's lines (a set of normalised
 * texts), or NULL when its table has no work-item column: the left text of
 * a line of two, and a text line printed TASK_REPEATS times or more, not
 * mostly right before a target. */
static GHashTable *task_pieces(const GPtrArray *lines, const GArray *notes)
{
    if (!has_task_header(lines))
        return NULL;
    GHashTable *pieces = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    GHashTable *prints = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    GHashTable *before_target = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < lines->len; i++) {
        if (line_kind(lines, notes, i) != IT_TEXT)
            continue;
        char *head, *rest;
        if (split_task_line(lines->pdata[i], &head, &rest)) {
            g_hash_table_add(pieces, head);
            g_free(rest);
            continue;
        }
        char *norm = text_beside_label(lines->pdata[i]);
        /* a row header's or a narrow label column's pieces recur as an
         * item's do (`年度绩` / `效指标` on every page): no item; a piece
         * of MAX_STRAY_CHARS or fewer (`展`) is as often an item's tail */
        glong chars = g_utf8_strlen(norm, -1);
        if (reads_as_label(norm) || is_prose(norm, chars) || jx_taxonomy_row_header_word(norm) ||
            (chars > MAX_STRAY_CHARS && jx_taxonomy_label_piece(norm))) {
            g_free(norm);
            continue;
        }
        guint next = i + 1;
        while (next < lines->len && line_kind(lines, notes, next) == IT_SKIP)
            next++;
        item_kind nk = next < lines->len ? line_kind(lines, notes, next) : IT_SKIP;
        /* after a line of two, a text is that line's wrapped tail, an item's
         * (`放映`) as often as a name's: where it stands says nothing */
        gboolean after_split = FALSE;
        for (guint p = i; p-- > 0;) {
            if (line_kind(lines, notes, p) == IT_SKIP)
                continue;
            char *h, *r;
            after_split = line_kind(lines, notes, p) == IT_TEXT && split_task_line(lines->pdata[p], &h, &r);
            if (after_split) {
                g_free(h);
                g_free(r);
            }
            break;
        }
        gboolean targeted = !after_split && (nk == IT_TARGET || nk == IT_INT || nk == IT_OP);
        g_hash_table_insert(prints, g_strdup(norm),
                            GUINT_TO_POINTER(GPOINTER_TO_UINT(g_hash_table_lookup(prints, norm)) + 1));
        g_hash_table_insert(before_target, norm,
                            GUINT_TO_POINTER(GPOINTER_TO_UINT(g_hash_table_lookup(before_target, norm)) +
                                             targeted));
    }
    GHashTableIter it;
    gpointer key, value;
    g_hash_table_iter_init(&it, prints);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        guint n = GPOINTER_TO_UINT(value);
        guint t = GPOINTER_TO_UINT(g_hash_table_lookup(before_target, key));
        if (n >= TASK_REPEATS && (double)t < NAME_BEFORE_TARGET_SHARE * (double)n)
            g_hash_table_add(pieces, g_strdup(key));
    }
    g_hash_table_unref(prints);
    g_hash_table_unref(before_target);
    return pieces;
}

/* The last item that is no work item's piece, when the pieces after it
 * fill the lines between it and `line` (an item's line printed between a
 * name and the name's wrapped tail); else the last item, or NULL. */
static item *last_cell(GArray *items, int line, int page)
{
    if (!items->len)
        return NULL;
    guint k = items->len;
    int want = line - 1;
    while (k > 0) {
        item *it = &g_array_index(items, item, k - 1);
        if (it->kind != IT_TASK)
            return it->page == page && it->last_line == want && k < items->len
                       ? it
                       : &g_array_index(items, item, items->len - 1);
        if (it->page != page || it->last_line != want)
            break;
        want = it->line - 1;
        k--;
    }
    return &g_array_index(items, item, items->len - 1);
}

/* TRUE when a text line right below a line of two (a work item's piece
 * and a name, see split_task_line) is the work item's wrapped tail: the
 * item's piece is at its column's width and the name is not, or both are
 * and the item's tail, its column left of the name's, comes first. */
static gboolean tail_of_split_task(const GArray *items, int line, int page, glong name_width,
                                   glong task_width)
{
    if (items->len < 2)
        return FALSE;
    const item *name = &g_array_index(items, item, items->len - 1);
    const item *task = &g_array_index(items, item, items->len - 2);
    if (name->kind != IT_TEXT || task->kind != IT_TASK || task->line != name->line ||
        name->page != page || name->last_line + 1 != line)
        return FALSE;
    return (double)task->chars >= WRAPPED_SHARE * (double)task_width;
}

/* The endings of the target columns' header words (半年(程)指标值, 目标值;
 * 计算符号, 运算符号; 计量单位, 度量单位) that a narrow header cell wraps
 * onto a line of its own. */
static const char *const target_header_ends[] = {"标值", "符号", "单位"};

/* TRUE when `norm`, a short text line, is the wrapped end of the header
 * word `prev` (`全年(程)指` / `标值`, `全年(程)指标` / `值`, `运算符` /
 * `号`) or its bracketed unit (`年度指标值（%` / `）`, `年度指标值` /
 * `（%）`): the head alone already reads as a header word, so it is no text
 * a tail joins. */
static gboolean wraps_target_header(const item *prev, const char *norm, glong chars, item_kind kind)
{
    if (prev->kind != IT_HEADER || kind != IT_TEXT)
        return FALSE;
    /* the bracketed unit of a value column's header (指标值（%）) wrapped
     * whole (`年度指标值` / `（%）`) or before its closing bracket
     * (`年度指标值（%` / `）`) */
    if (chars <= MAX_HEADER_NOTE_CHARS && ends_with_closer(norm) &&
        (leaves_open(prev->norm) ||
         (jx_norm_prefix_listed(norm, openers, G_N_ELEMENTS(openers)) && !leaves_open(norm))))
        return TRUE;
    if (chars > MAX_STRAY_CHARS)
        return FALSE;
    gboolean header = FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(target_header_ends) && !header; i++) {
        const char *end = target_header_ends[i];
        if (!g_str_has_suffix(end, norm))
            continue;
        char *joined = jx_norm_join(prev->norm, norm);
        header = g_str_has_suffix(joined, end) && is_header(joined);
        g_free(joined);
    }
    return header;
}

/* TRUE when every piece of a line (parted by spaces) is a level label, its
 * last word or a piece of one a narrow column wrapped (jx_taxonomy_label_piece),
 * at least one of them such a piece: the label columns' lines printed side
 * by side (`效益 续影`, `指标 响指`), no name among them. */
static gboolean holds_label_pieces_only(const char *raw)
{
    char **pieces = g_strsplit(raw, " ", -1);
    gboolean only = TRUE, piece = FALSE;
    for (char **p = pieces; *p && only; p++) {
        if (!**p)
            continue;
        char *norm = jx_norm_text(*p);
        item_kind k = kind_of(norm);
        /* …or the opening of a label column's header word (`一级 二级指`) */
        gboolean whole_head = FALSE;
        gboolean is_piece = (k == IT_TEXT && jx_taxonomy_label_piece(norm)) ||
                            (jx_taxonomy_opens_label_head(norm, &whole_head) && !whole_head);
        piece = piece || is_piece;
        /* a whole label longer than a narrow column's line is the name
         * column's (`满意 服务对 服务对象满意度`) */
        gboolean short_label = (k == IT_LEVEL1 || k == IT_LEVEL2) && g_utf8_strlen(norm, -1) <= MAX_LABEL_LINE_CHARS;
        only = is_piece || short_label || g_str_equal(norm, JX_LABEL_SUFFIX);
        g_free(norm);
    }
    g_strfreev(pieces);
    return only && piece;
}

/* Appends the level labels among a line of label pieces (`效益 续影`: 效益)
 * as items, the pieces as skipped ones. */
static void add_label_pieces(GArray *items, const char *raw, int line, int page)
{
    char **pieces = g_strsplit(raw, " ", -1);
    gboolean first_tail = FALSE; /* the line opened with the first label column's tail */
    for (char **p = pieces; *p; p++) {
        if (!**p)
            continue;
        char *norm = jx_norm_text(*p);
        item_kind k = kind_of(norm);
        /* a label's last word among them (`指标 益指标`) finishes the label
         * whose first line stood above (`效益 经济效 新产品销售收入增长`); the
         * line's first piece the first column's (`指标 效益`) */
        if (g_str_equal(norm, JX_LABEL_SUFFIX) && !(first_tail = p == pieces && p[1] &&
                                                                 first_column_tail(items, line, page)))
            label_tail(items, line, page);
        else if (first_tail && read_into_label_above(items, line, page, norm))
            k = IT_SKIP;
        item it = {.kind = k == IT_LEVEL1 || k == IT_LEVEL2 ? k : IT_SKIP, .raw = g_strdup(*p),
                   .norm = norm, .chars = g_utf8_strlen(norm, -1), .line = line, .page = page,
                   .last_line = line};
        g_array_append_val(items, it);
    }
    g_strfreev(pieces);
}

/* TRUE when `text` begins a standard level label without finishing it. */
static gboolean heads_a_label(const char *text)
{
    char *label = label_headed_by(text);
    gboolean heads = label != NULL;
    g_free(label);
    return heads;
}

/* The level label a narrow column's first piece `head` (`可持`, beside the
 * first name under it) makes with the pieces on the lines below, each
 * joined while the whole still opens a label (`续影`, `响指`, `标`: 可持续影响指标),
 * or NULL.  A new string. */
static char *label_from_pieces(const GPtrArray *lines, guint i, const char *head)
{
    GString *label = g_string_new(head);
    for (guint k = i + 1; k < lines->len && k <= i + MAX_LABEL_TAIL_GAP; k++) {
        item_kind lk = kind_of(label->str);
        if (lk == IT_LEVEL1 || lk == IT_LEVEL2) {
            char *whole = label_suffix_below(lines, k, label->str, lk);
            if (whole)
                g_string_assign(label, whole);
            g_free(whole);
            break;
        }
        char **pieces = g_strsplit(lines->pdata[k], " ", -1);
        for (char **p = pieces; *p; p++) {
            char *norm = jx_norm_text(*p);
            char *joined = g_strconcat(label->str, norm, NULL);
            item_kind jk = kind_of(joined);
            if (*norm && (jk == IT_LEVEL1 || jk == IT_LEVEL2 || jx_taxonomy_label_piece(joined) ||
                          heads_a_label(joined)))
                g_string_assign(label, joined);
            g_free(joined);
            g_free(norm);
        }
        g_strfreev(pieces);
    }
    item_kind lk = kind_of(label->str);
    return g_string_free(label, !(lk == IT_LEVEL1 || lk == IT_LEVEL2));
}

/* The longer label of level `kind` that the whole label `head`, the first
 * piece of line `i`, makes with the first pieces of the lines below, each
 * joined while the whole still opens a label (`满意 服务对 群众满意度` /
 * `度指 象满意` / `标 度指标`: 满意度指标, a narrow level-1 column's wrap whose
 * first line is a label already), or NULL.  A new string. */
static char *label_grown_below(const GPtrArray *lines, guint i, const char *head, item_kind kind)
{
    GString *label = g_string_new(head);
    char *grown = NULL;
    for (guint k = i + 1; k < lines->len && k <= i + MAX_LABEL_TAIL_GAP && !grown; k++) {
        char *line = g_strstrip(g_strdup(lines->pdata[k]));
        char *sp = strchr(line, ' ');
        if (sp)
            *sp = 0;
        char *piece = jx_norm_text(line);
        g_free(line);
        if (!*piece) {
            g_free(piece);
            continue;
        }
        /* the last word alone is label_tail's to join (it looks for the
         * label it finishes, which may be another) */
        gboolean tail_alone = g_str_equal(label->str, head) && g_str_equal(piece, JX_LABEL_SUFFIX);
        char *joined = g_strconcat(label->str, piece, NULL);
        g_free(piece);
        gboolean opens = !tail_alone && heads_a_label(joined);
        if (!tail_alone && kind_of(joined) == kind)
            grown = g_strdup(joined);
        else if (opens)
            g_string_assign(label, joined);
        g_free(joined);
        if (!grown && !opens)
            break;
    }
    g_string_free(label, TRUE);
    return grown;
}

/* The longer level-1 label that the whole level-1 label `head`, alone on
 * line `i`, makes with the lone pieces on the lines below, each joined
 * while the whole still opens a level-1 label, past at most
 * MAX_INTERLEAVED_LINES lines of other columns between two of them (`满意` /
 * `企业满意度` / `服务对象满` / `度指` / `意度` / `标`: 满意度指标, a narrow
 * level-1 column wrapped a piece a line while the level-2 column and the
 * names print their lines in between), or NULL.  A new string. */
static char *level1_grown_interleaved(const GPtrArray *lines, guint i, const char *head)
{
    if (!jx_taxonomy_opens_label(head, 1))
        return NULL;
    GString *label = g_string_new(head);
    char *grown = NULL;
    guint skipped = 0, pieces = 0;
    gboolean between = FALSE; /* another column's line stood between two pieces */
    gboolean whole = FALSE;   /* the pieces made a whole label */
    for (guint k = i + 1; k < lines->len && skipped <= MAX_INTERLEAVED_LINES && !whole; k++) {
        const char *raw = lines->pdata[k];
        char *piece = jx_norm_text(raw);
        if (!*piece) {
            g_free(piece);
            continue;
        }
        char *trimmed = g_strstrip(g_strdup(raw));
        gboolean lone = !strchr(trimmed, ' ') && jx_taxonomy_label_piece(piece);
        g_free(trimmed);
        char *joined = g_strconcat(label->str, piece, NULL);
        if (lone && (kind_of(joined) == IT_LEVEL1 || jx_taxonomy_opens_label(joined, 1))) {
            between = between || skipped > 0;
            whole = kind_of(joined) == IT_LEVEL1;
            if (whole && pieces && between)
                grown = g_strdup(joined);
            g_string_assign(label, joined);
            pieces++;
            skipped = 0;
        } else {
            skipped++;
        }
        g_free(joined);
        g_free(piece);
    }
    g_string_free(label, TRUE);
    return grown;
}

/* TRUE when the first piece of `text` (parted by a space from the rest) is
 * a label's piece (jx_taxonomy_label_piece). */
static gboolean opens_with_label_piece(const char *text)
{
    const char *sp = strchr(text, ' ');
    if (!sp)
        return FALSE;
    char *head = g_strndup(text, (gsize)(sp - text));
    char *norm = jx_norm_text(head);
    gboolean piece = kind_of(norm) == IT_TEXT && jx_taxonomy_label_piece(norm);
    g_free(head);
    g_free(norm);
    return piece;
}

/* TRUE when `head`, the first piece of line `i`, is a label's piece that
 * neither heads one label alone (label_headed_by) nor with the next piece
 * below (label_headed_below): those read it as before. */
static gboolean opens_no_known_label(const GPtrArray *lines, guint i, const char *head)
{
    if (kind_of(head) != IT_TEXT || !jx_taxonomy_label_piece(head))
        return FALSE;
    char *by = label_headed_by(head);
    char *below = by ? NULL : label_headed_below(lines, i, head);
    gboolean none = !by && !below;
    g_free(by);
    g_free(below);
    return none;
}

/* Reads the line on from `rest` (taken: a copy of the text after what was
 * split off): frees the line's `raw` and `norm`, sets them and `chars` to
 * the rest's, and returns its kind. */
static item_kind read_on_from(char *rest, char **raw, char **norm, glong *chars)
{
    g_free(*raw);
    g_free(*norm);
    *raw = rest;
    *norm = jx_norm_text(rest);
    *chars = g_utf8_strlen(*norm, -1);
    return kind_of(*norm);
}

/* TRUE when `label`, a level-1 label alone, is also a level-2 label of the
 * level-1 label last read (`成本` under `产出`: 成本指标 in forms before 2021,
 * `产出 成本 项目总成本` / `指标 指标`). */
static gboolean level2_under_level1(const GArray *items, const char *label)
{
    if (!items->len)
        return FALSE;
    const item *l1 = &g_array_index(items, item, items->len - 1);
    return l1->kind == IT_LEVEL1 && kind_of(label) == IT_LEVEL1 && jx_taxonomy_lists(l1->norm, label);
}

/* The level label the second of two narrow label columns makes of its
 * first line `head` (line `i`, after the first column's label) and its
 * second, printed after the first column's tail on the next line that
 * holds text (`满意 满意 ★受益农户满意度` / `指标 度`: 满意度, the line's first
 * piece the first column's, first_column_tail), or NULL.  A new string. */
static char *label_beside_first_tail(const GPtrArray *lines, guint i, const char *head)
{
    char *label = NULL;
    for (guint k = i + 1; k < lines->len && k <= i + MAX_LABEL_TAIL_GAP; k++) {
        char *text = g_strstrip(g_strdup(lines->pdata[k]));
        char **pieces = g_strsplit(text, " ", 3);
        g_free(text);
        gboolean blank = !pieces[0] || !*pieces[0];
        if (!blank && pieces[1] && !pieces[2]) {
            char *first = jx_norm_text(pieces[0]), *second = jx_norm_text(pieces[1]);
            char *joined = g_strconcat(head, second, NULL);
            item_kind jk = kind_of(joined);
            if (g_str_equal(first, JX_LABEL_SUFFIX) && *second && (jk == IT_LEVEL1 || jk == IT_LEVEL2))
                label = joined;
            else
                g_free(joined);
            g_free(first);
            g_free(second);
        }
        g_strfreev(pieces);
        if (!blank)
            break;
    }
    return label;
}

/* After a level-1 label printed beside the first name under it, the
 * line's rest `raw` (`数量 森林抚育面积`): when its first piece is a whole
 * level-2 label, that label is an item of its own (two narrow label columns
 * side by side, their 指标 wrapped below: `指标 指标`) and the line reads on
 * from the name; so is a level-2 label's first line that the pieces below
 * make whole (`产出指 数量指 新增耕地灌溉面积` / `标` / `标`, `效益指 经济效
 * 项目区农民人均增收` / `标` / `益指标`).  The kind of what the line holds then. */
static item_kind level2_beside_level1(GArray *items, const GPtrArray *lines, guint i, char **raw, char **norm,
                                      glong *chars, int line, int page)
{
    const char *sp = strchr(*raw, ' ');
    char *head = g_strndup(*raw, (gsize)(sp - *raw));
    char *hnorm = jx_norm_text(head);
    char *stacked = label_beside_first_tail(lines, i, hnorm);
    if (stacked) {
        g_free(hnorm);
        hnorm = stacked;
    } else if (kind_of(hnorm) == IT_TEXT) {
        char *whole = label_headed_below(lines, i, hnorm);
        if (whole && kind_of(whole) == IT_LEVEL2) {
            g_free(hnorm);
            hnorm = whole;
        } else {
            g_free(whole);
        }
    }
    if (!stacked && kind_of(hnorm) != IT_LEVEL2 && !level2_under_level1(items, hnorm)) {
        g_free(head);
        g_free(hnorm);
        return IT_TEXT;
    }
    item l = {.kind = IT_LEVEL2, .raw = head, .norm = hnorm, .chars = g_utf8_strlen(hnorm, -1),
              .line = line, .page = page, .last_line = line};
    g_array_append_val(items, l);
    item_kind k = read_on_from(g_strdup(g_strstrip((char *)sp + 1)), raw, norm, chars);
    /* beside a label, a text that reads as one of its level is the name */
    return k == IT_LEVEL2 ? IT_TEXT : k;
}

/* Appends the level label whose line or piece `piece` is (line `i`, beside
 * a work item's piece and a name: split_label_task_line): the label whole,
 * with its last word (`服务对象满意度`), the one the pieces below make
 * (`服务对象满` / `意度指标`, `可持续影` / `响`: the form's own label), or the
 * one its first line heads (`可持续影响指`); a piece that opens none (the
 * rest of one above) is skipped.  The label when pieces below finish it (a
 * new string), else NULL. */
static char *add_label_beside_task(GArray *items, const GPtrArray *lines, guint i,
                                   const char *piece, int line, int page)
{
    char *full = g_strconcat(piece, JX_LABEL_SUFFIX, NULL);
    char *label = NULL;
    if (kind_of(piece) != IT_TEXT)
        label = g_strdup(piece);
    else if (kind_of(full) != IT_TEXT)
        label = g_strdup(full);
    else if (!(label = label_from_pieces(lines, i, piece)))
        label = label_headed_by(piece);
    g_free(full);
    item_kind k = label ? kind_of(label) : IT_SKIP;
    if (k != IT_LEVEL1 && k != IT_LEVEL2)
        k = IT_SKIP;
    item l = {.kind = k, .raw = g_strdup(piece), .norm = label ? label : g_strdup(piece), .line = line,
              .page = page, .last_line = line};
    l.chars = g_utf8_strlen(l.norm, -1);
    g_array_append_val(items, l);
    return k != IT_SKIP && !g_str_has_prefix(piece, l.norm) ? g_strdup(l.norm) : NULL;
}

/* A header word cut at its column's width (`一级` / `指标`) has a head this
 * short… */
#define MAX_CUT_HEADER_HEAD_CHARS 4
/* …and its tail stands within this many lines below, only the header words
 * of the columns beside it between (`一级` `二级指标` `指标`: the cells of
 * the header row printed in reading order). */
#define MAX_CUT_HEADER_GAP 3

/* TRUE when line i, `norm` (read as a target), is the head of a header
 * word whose tail follows with only header words between: `一级` read
 * alone is a target (a grade) and would take the first name's place. */
static gboolean heads_cut_header(const GPtrArray *lines, guint i, const char *norm)
{
    gboolean heads = FALSE;
    guint seen = 0;
    for (guint j = i + 1; j < lines->len && seen < MAX_CUT_HEADER_GAP && !heads; j++) {
        char *next = jx_norm_text(lines->pdata[j]);
        if (*next) {
            seen++;
            if (!is_header(next)) {
                seen = MAX_CUT_HEADER_GAP;
            } else {
                char *joined = jx_norm_join(norm, next);
                heads = is_header(joined);
                g_free(joined);
            }
        }
        g_free(next);
    }
    return heads;
}

/* TRUE when `items` holds header words only (the region's header row so
 * far, no cell of the table read yet). */
static gboolean headers_only(const GArray *items)
{
    for (guint k = 0; k < items->len; k++)
        if (g_array_index(items, item, k).kind != IT_HEADER)
            return FALSE;
    return TRUE;
}

/* TRUE when the last item read, past explanations, is a figure that takes
 * a unit still (`=180`, `≥2.7`; see read_targets' open target). */
static gboolean figure_awaits_unit(const GArray *items)
{
    for (guint k = items->len; k-- > 0;) {
        const item *it = &g_array_index(items, item, k);
        if (it->kind == IT_EXPLAIN || it->kind == IT_SKIP)
            continue;
        if (it->kind != IT_INT && it->kind != IT_TARGET)
            return FALSE;
        jx_cell_kind ck = jx_cell_classify(it->norm);
        return ck == JX_CK_INT || ck == JX_CK_NUMBER ||
               (ck == JX_CK_TARGET && g_ascii_isdigit(it->norm[strlen(it->norm) - 1]));
    }
    return FALSE;
}

/* The unit `head` opens a line with, normalized and newly allocated: with
 * the first word of the explanation `prev` on the line above when the unit
 * cell wrapped there too (`平方 全部完成得满分，否则` / `米 酌情扣分`). */
static char *wrapped_unit_head(const item *prev, int line, const char *head)
{
    const char *sp = prev->kind == IT_EXPLAIN && prev->last_line + 1 == line ? strchr(prev->raw, ' ') : NULL;
    if (sp) {
        char *above = g_strndup(prev->raw, (gsize)(sp - prev->raw));
        char *joined = g_strconcat(above, head, NULL);
        char *norm = jx_norm_text(joined);
        g_free(above);
        g_free(joined);
        if (jx_cell_classify(norm) == JX_CK_UNIT)
            return norm;
        g_free(norm);
    }
    return jx_norm_text(head);
}

/* A unit's last piece alone on its line is at most MAX_STRAY_CHARS
 * characters; a raw line longer than this many bytes (with its spaces) is
 * none, told before any normalizing. */
#define MAX_UNIT_PIECE_BYTES 16

/* The unit `head` (normalized) makes with the line `below` (raw, NULL
 * none) when the unit cell wrapped its last piece there, alone on its line
 * (`个百分 考核公共服务满意度提` / `点` / `升是否达到预期`: the explanation's
 * next line after it); NULL when `head` and the piece make no unit. */
static char *unit_closed_below(const char *head, const char *below)
{
    if (!below || strlen(below) > MAX_UNIT_PIECE_BYTES)
        return NULL;
    char *piece = jx_norm_text(below);
    char *joined = NULL;
    if (*piece && !strchr(piece, ' ') && g_utf8_strlen(piece, -1) <= MAX_STRAY_CHARS) {
        joined = g_strconcat(head, piece, NULL);
        if (jx_cell_classify(joined) != JX_CK_UNIT)
            g_clear_pointer(&joined, g_free);
    }
    g_free(piece);
    return joined;
}

/* TRUE when `raw`, a line of text, opens with a unit the rest of the line
 * does not belong to: an explanation's text (`元/亩 按实际完成比例计分`), or
 * the next line of the explanation read last (`反映项目实施后改` / `公里
 * 造提升供水管网的`), and the figure printed before that explanation still
 * takes a unit.  The unit cell and the explanation's wrapped line stand on
 * one baseline, so plain pdftotext prints them as one line, after the
 * row's target; the unit's last piece maybe on the line `below` (raw,
 * NULL none; see unit_closed_below), *took_below then TRUE.  Sets `unit`
 * and `rest` (the caller's) when TRUE. */
static gboolean unit_beside_explanation(const char *raw, const GArray *items, int line, const char *below,
                                        char **unit, char **rest, gboolean *took_below)
{
    const char *sp = strchr(raw, ' ');
    gboolean awaits = items->len && figure_awaits_unit(items);
    if (!sp || !items->len || (!awaits && (!below || strlen(below) > MAX_UNIT_PIECE_BYTES)))
        return FALSE;
    const item *prev = &g_array_index(items, item, items->len - 1);
    char *head = g_strndup(raw, (gsize)(sp - raw));
    char *hnorm = wrapped_unit_head(prev, line, head);
    g_free(head);
    *took_below = FALSE;
    char *whole = jx_cell_classify(hnorm) != JX_CK_UNIT ? unit_closed_below(hnorm, below) : NULL;
    if (whole) {
        g_free(hnorm);
        hnorm = whole;
        *took_below = TRUE;
    }
    /* a unit whose last piece stands below is one where its figure is far */
    if (!*took_below && !awaits) {
        g_free(hnorm);
        return FALSE;
    }
    char *tail = g_strdup(g_strstrip((char *)sp + strspn(sp, " ")));
    char *tnorm = jx_norm_text(tail);
    gboolean split = jx_cell_classify(hnorm) == JX_CK_UNIT && kind_of(tnorm) == IT_TEXT &&
                     (explains(tnorm) || prev->kind == IT_EXPLAIN);
    g_free(tnorm);
    if (!split) {
        g_free(hnorm);
        g_free(tail);
        return FALSE;
    }
    *unit = hnorm;
    *rest = tail;
    return TRUE;
}

/* A work item wraps over at most this many lines beside its row's name
 * before its last piece (a duty group's level-2 column is narrow). */
#define MAX_ITEM_WRAP_LINES 3

/* The duty group's level-2 label a work item makes when plain pdftotext
 * printed its cell wrapped round its row's name, in a table without a
 * work-item column (履职 | 实施国土绿化提升行动 | 森林抚育面积): the lines
 * from `i` hold the item's line and the name's, parted by a space
 * (`实施国土绿化提升行 森林抚育面积`; `加强基层医疗 孕产妇系统管理人` /
 * `卫生机构能力 数`), the next lines the item's rest alone: its last piece
 * (`动`, `建设`), no longer than the item's line above it, maybe after lines
 * at that line's width (`培育新型农业经 农机购置补贴机具数量` / `营主体和高素质`
 * / `农民`).  The item is the label
 * when its pieces joined read as a work item whole (jx_stream_is_work_item)
 * and its first line alone does not (a whole item on one line leaves the
 * piece below to the name: a name wrapped there), each piece plain text
 * and no label's, and the name's lines joined plain text.  Returns the
 * label (a new string), the name into *name and the lines taken, the
 * tail's included, into *taken; NULL, nothing set, when the lines are not
 * of that shape. */
static char *item_wrapped_round_name(const GPtrArray *lines, const GArray *notes, guint i, char **name,
                                     guint *taken)
{
    char *label = g_strdup(""), *joined = g_strdup("");
    glong last = 0;
    guint k = i;
    for (; k < lines->len && k < i + MAX_ITEM_WRAP_LINES && !g_array_index(notes, gboolean, k); k++) {
        char *head, *rest;
        if (!split_first_space(lines->pdata[k], &head, &rest))
            break;
        glong chars = g_utf8_strlen(head, -1);
        gboolean piece = item_piece_beside(head, rest);
        gboolean whole = k == i && jx_stream_is_work_item(head);
        char *l = jx_norm_join(label, head), *n = jx_norm_join(joined, rest);
        g_free(head);
        g_free(rest);
        g_free(label);
        g_free(joined);
        label = l;
        joined = n;
        if (!piece || whole) {
            k = i;
            break;
        }
        last = chars;
    }
    /* the item's lines alone below: lines at its width, then its last */
    char *full = NULL;
    gboolean more = k > i && kind_of(joined) == IT_TEXT;
    for (; more && k < lines->len && k < i + MAX_ITEM_WRAP_LINES && !g_array_index(notes, gboolean, k); k++) {
        char *raw = g_strstrip(g_strdup(lines->pdata[k]));
        char *piece = jx_norm_text(raw);
        glong chars = g_utf8_strlen(piece, -1);
        gboolean alone = *piece && !strchr(raw, ' ') && kind_of(piece) == IT_TEXT && chars <= last;
        if (alone) {
            char *l = jx_norm_join(label, piece);
            g_free(label);
            label = l;
            if (chars <= MAX_TAIL_CHARS && jx_stream_is_work_item(label))
                full = g_strdup(label);
        }
        more = alone && !full && chars == last;
        g_free(raw);
        g_free(piece);
        if (full)
            break;
    }
    g_free(label);
    if (!full) {
        g_free(joined);
        return NULL;
    }
    *name = joined;
    *taken = k + 1 - i;
    return full;
}

/* TRUE when line i, the bare figure `norm` (no operator, no unit), is the
 * funds amount printed just before the year's goal statement
 * (`资金总额（万元）` … `407` / `通过项目实施，…。`): its next line of text is
 * running text.  The caller tells that no name was read yet.  Plain
 * pdftotext prints the metadata rows' cells in stream order, the amount's
 * label often lines before it, past the header words; read as a target the
 * amount paired with the first name and shifted the rows, and the first
 * name, right after it, was taken for a remark. */
static gboolean funds_before_goal(const GPtrArray *lines, const GArray *notes, guint i,
                                  const char *norm)
{
    jx_cell_kind ck = jx_cell_classify(norm);
    if (ck != JX_CK_INT && ck != JX_CK_NUMBER)
        return FALSE;
    for (guint k = i + 1; k < lines->len; k++) {
        if (g_array_index(notes, gboolean, k))
            continue;
        char *next = jx_norm_text(lines->pdata[k]);
        if (!*next) {
            g_free(next);
            continue;
        }
        gboolean goal = is_prose(next, g_utf8_strlen(next, -1));
        g_free(next);
        return goal;
    }
    return FALSE;
}

/* A text joined from its lines that is longer than a name and runs in at
 * least this many clauses (`、`, `,`) is a sentence (the year's goal
 * statement), no name: the few names that long hold two clauses at most
 * (`按指南要求在网上进行申报,第三方独立评审,…`). */
#define MIN_SENTENCE_CLAUSES 3

/* The clause marks (`、`, `,`) in `norm`. */
static guint clause_marks(const char *norm)
{
    guint n = 0;
    for (const char *p = norm; *p; p = g_utf8_next_char(p))
        n += *p == ',' || g_str_has_prefix(p, "、");
    return n;
}

/* TRUE when the text `norm` of `chars` characters joined from its lines runs
 * as a sentence (see MIN_SENTENCE_CLAUSES). */
static gboolean runs_as_sentence(const char *norm, glong chars)
{
    return chars > MAX_NAME_CHARS && clause_marks(norm) >= MIN_SENTENCE_CLAUSES;
}

/* TRUE when the running text `prev` (passed over as prose) is a sentence
 * its column's width cut: no full stop closes it, and it runs on in clauses
 * (`、`, `,`) or past a name's length.  The line right below goes on with
 * it (the year's goal statement's lines, `…开展安全生` / `产执法检查达到目标，…`)
 * and is no name. */
static gboolean sentence_goes_on(const item *prev)
{
    return prev->kind == IT_SKIP && is_prose(prev->norm, prev->chars) &&
           !g_str_has_suffix(prev->norm, "。") &&
           (prev->chars > MAX_NAME_CHARS || strstr(prev->norm, "、") || strchr(prev->norm, ','));
}

/* Joins the line `line` (its text `raw`, normalized `norm`, both taken
 * and freed here) to the item `prev` it goes on from. */
static void item_take_line(item *prev, char *raw, char *norm, int line)
{
    char *r = g_strconcat(prev->raw, raw, NULL);
    g_free(prev->raw);
    prev->raw = r;
    char *joined = jx_norm_join(prev->norm, norm);
    g_free(prev->norm);
    prev->norm = joined;
    prev->chars = g_utf8_strlen(joined, -1);
    prev->last_line = line;
    g_free(raw);
    g_free(norm);
}

/* The region's lines as items: blank lines, page furniture gone; a
 * wrapped line's tail joined to it; a header word wrapped over two lines
 * (`全年（程）指` / `标值`) read as one; a header word cut over lines with the
 * other columns' words between (`一级` `二级指标` `指标`) its head a
 * header word too. */
static GArray *read_items(const GPtrArray *lines, const GArray *nums, const GArray *pages,
                          const GArray *notes, GHashTable *tasks)
{
    GArray *items = g_array_new(FALSE, TRUE, sizeof(item));
    g_array_set_clear_func(items, item_clear);
    GArray *name_lens = g_array_new(FALSE, FALSE, sizeof(glong));
    GArray *explain_lens = g_array_new(FALSE, FALSE, sizeof(glong));
    GArray *task_lens = g_array_new(FALSE, FALSE, sizeof(glong));
    for (guint i = 0; i < lines->len; i++) {
        if (g_array_index(notes, gboolean, i))
            continue;
        char *norm = jx_norm_text(lines->pdata[i]);
        glong chars = g_utf8_strlen(norm, -1);
        char *head, *rest, *label = NULL;
        if (tasks && kind_of(norm) == IT_TEXT &&
            (split_label_task_line(lines->pdata[i], &label, &head, &rest) ||
             split_task_line(lines->pdata[i], &head, &rest))) {
            glong h = g_utf8_strlen(head, -1), r = g_utf8_strlen(rest, -1);
            g_array_append_val(task_lens, h);
            g_array_append_val(name_lens, r);
            g_free(label);
            g_free(head);
            g_free(rest);
        } else if (tasks && g_hash_table_contains(tasks, norm)) {
            g_array_append_val(task_lens, chars);
        } else if (kind_of(norm) == IT_TEXT && !is_prose(norm, chars)) {
            g_array_append_val(explains(norm) ? explain_lens : name_lens, chars);
        }
        g_free(norm);
    }
    glong name_width = width_of(name_lens), explain_width = width_of(explain_lens);
    glong task_width = width_of(task_lens);
    g_array_unref(task_lens);
    int cut_label_line = 0; /* where a label cut before its last character stood */
    char *cut_label = NULL; /* the label whose first line stood beside a name… */
    int cut_label_at = 0;   /* …on this line */
    gboolean after_field_label = FALSE; /* the line before is a document field's label */
    gboolean name_read = FALSE; /* a name among the items up to items_seen */
    guint items_seen = 0;
    g_array_unref(name_lens);
    g_array_unref(explain_lens);
    guint taken_to = 0; /* lines up to here were read with a line before */
    for (guint i = 0; i < lines->len; i++) {
        if (i < taken_to)
            continue;
        char *raw = g_strstrip(g_strdup(lines->pdata[i]));
        int line = g_array_index(nums, int, i), page = g_array_index(pages, int, i);
        if (!*raw || g_array_index(notes, gboolean, i)) {
            g_free(raw);
            continue;
        }
        char *norm = jx_norm_text(raw);
        glong chars = g_utf8_strlen(norm, -1);
        item_kind kind = kind_of(norm);
        /* a header word's head is words: no figure, no percent */
        if (kind == IT_TARGET && chars <= MAX_CUT_HEADER_HEAD_CHARS && !strpbrk(norm, "0123456789%") &&
            headers_only(items) && heads_cut_header(lines, i, norm))
            kind = IT_HEADER;
        /* a document field's label printed among the table's blocks (a
         * bureau's metadata rows inside the table: 实施单位, 年度资金总额：),
         * and the figure printed right after it, its value: no name and no
         * target */
        for (; !name_read && items_seen < items->len; items_seen++)
            name_read = g_array_index(items, item, items_seen).kind == IT_TEXT;
        gboolean field_value = after_field_label && (kind == IT_INT || kind == IT_TARGET) &&
                               jx_cell_classify(norm) != JX_CK_TARGET;
        field_value = field_value || ((kind == IT_INT || kind == IT_TARGET) && !name_read &&
                                      funds_before_goal(lines, notes, i, norm));
        after_field_label = kind == IT_TEXT && jx_meta_is_key(norm);
        if (after_field_label || field_value) {
            g_free(raw);
            g_free(norm);
            continue;
        }
        if (cut_label && kind == IT_TEXT && chars <= MAX_TAIL_CHARS &&
            line - cut_label_at <= MAX_LABEL_TAIL_GAP && strstr(cut_label, norm)) {
            /* a piece of the narrow label whose first line stood beside a name */
            g_free(raw);
            g_free(norm);
            continue;
        }
        if (g_str_equal(norm, LABEL_TAIL_CHAR) && cut_label_line &&
            line - cut_label_line <= MAX_LABEL_TAIL_GAP) {
            /* the last character of the label cut above */
            cut_label_line = 0;
            g_free(raw);
            g_free(norm);
            continue;
        }
        /* label pieces side by side, in a table with a work-item column
         * too (`年度绩 产出指标`: the row header's piece beside the level-1) */
        if (kind == IT_TEXT && strchr(raw, ' ') && holds_label_pieces_only(raw)) {
            add_label_pieces(items, raw, line, page);
            g_free(raw);
            g_free(norm);
            continue;
        }
        char *unit, *urest;
        gboolean took_below = FALSE;
        const char *below = i + 1 < lines->len && !g_array_index(notes, gboolean, i + 1) &&
                                    g_array_index(pages, int, i + 1) == page
                                ? lines->pdata[i + 1]
                                : NULL;
        if (kind == IT_TEXT &&
            unit_beside_explanation(raw, items, line, below, &unit, &urest, &took_below)) {
            /* the unit on its own, then the explanation's text (its next
             * line goes on past the unit's last piece) */
            int last = took_below ? g_array_index(nums, int, i + 1) : line;
            if (took_below)
                taken_to = i + 2;
            item u = {.kind = IT_UNIT, .raw = g_strdup(unit), .norm = unit,
                      .chars = g_utf8_strlen(unit, -1), .line = line, .page = page, .last_line = last,
                      .beside_explain = TRUE};
            g_array_append_val(items, u);
            read_on_from(urest, &raw, &norm, &chars);
            item e = {.kind = IT_EXPLAIN, .raw = raw, .norm = norm, .chars = chars, .line = line,
                      .page = page, .last_line = last};
            g_array_append_val(items, e);
            continue;
        }
        char *lpiece, *thead, *trest;
        if (tasks && kind == IT_TEXT && split_label_task_line(raw, &lpiece, &thead, &trest)) {
            /* the label columns' lines, the work item's piece, the name */
            char **pieces = g_strsplit(lpiece, " ", -1);
            for (char **p = pieces; *p; p++) {
                char *whole = add_label_beside_task(items, lines, i, *p, line, page);
                if (whole) {
                    /* the label's pieces below are its, not the item's tail */
                    g_free(cut_label);
                    cut_label = whole;
                    cut_label_at = line;
                }
            }
            g_strfreev(pieces);
            g_free(lpiece);
            item t = {.kind = IT_TASK, .raw = g_strdup(thead), .norm = thead,
                      .chars = g_utf8_strlen(thead, -1), .line = line, .page = page, .last_line = line};
            g_array_append_val(items, t);
            g_free(norm);
            g_free(raw);
            raw = g_strdup(trest);
            norm = trest;
            chars = g_utf8_strlen(norm, -1);
            kind = kind_of(norm);
        }
        char *beside = tasks ? text_beside_label(raw) : NULL;
        gboolean label_first = beside && strcmp(beside, norm) != 0;
        g_free(beside);
        if (tasks && kind == IT_TEXT && !label_first) {
            /* a work item's piece: alone on its line, or left of its row's name */
            char *head, *rest;
            gboolean split = split_task_line(raw, &head, &rest);
            if (split || g_hash_table_contains(tasks, norm)) {
                item t = {.kind = IT_TASK, .raw = split ? g_strdup(head) : g_strdup(raw),
                          .norm = split ? head : g_strdup(norm), .line = line, .page = page,
                          .last_line = line};
                t.chars = g_utf8_strlen(t.norm, -1);
                g_array_append_val(items, t);
                g_free(norm);
                if (!split) {
                    g_free(raw);
                    continue;
                }
                norm = rest;
                chars = g_utf8_strlen(norm, -1);
                kind = kind_of(norm);
                char *r = g_strdup(strchr(raw, ' ') + strspn(strchr(raw, ' '), " "));
                g_free(raw);
                raw = r;
            }
        }
        if (tasks && kind == IT_TEXT && tail_of_split_task(items, line, page, name_width, task_width)) {
            item t = {.kind = IT_TASK, .raw = raw, .norm = norm, .chars = chars, .line = line, .page = page,
                      .last_line = line};
            g_array_append_val(items, t);
            continue;
        }
        item *prev = tasks ? last_cell(items, line, page)
                           : items->len ? &g_array_index(items, item, items->len - 1) : NULL;
        gboolean next_line = prev && prev->page == page &&
                             (prev->last_line + 1 == line ||
                              /* a blank line between: the tail of a cell alone */
                              (prev->last_line + 2 == line &&
                               (chars <= MAX_STRAY_CHARS ||
                                jx_norm_prefix_listed(norm, closers, G_N_ELEMENTS(closers)))));
        if (next_line && kind == IT_TEXT && sentence_goes_on(prev)) {
            item_take_line(prev, raw, norm, line);
            continue;
        }
        /* a clause's target goes on with a short line of text (`…惠及更` / `多群众`) */
        gboolean clause_goes_on = next_line && prev->kind == IT_TARGET && strchr(prev->norm, ',') &&
                                  kind == IT_TEXT && chars <= MAX_TAIL_CHARS;
        /* …and so does a date its width cut (`2021年12月3` / `1日`) */
        gboolean date_goes_on = next_line && prev->kind != IT_HEADER && ends_cut_date(prev->norm, norm);
        /* …and a compound unit its width cut (`≤1,210元/` / `平方米`) */
        date_goes_on = date_goes_on || (next_line && prev->kind != IT_HEADER && ends_cut_unit(prev->norm, norm));
        if (date_goes_on)
            prev->kind = IT_TARGET;
        /* …and a target column's header word (`全年(程)指` / `标值`) */
        gboolean header_goes_on = next_line && wraps_target_header(prev, norm, chars, kind);
        if (clause_goes_on || date_goes_on || header_goes_on) {
            item_take_line(prev, raw, norm, line);
            continue;
        }
        /* a label's last character alone on its line (`标`, its label cut
         * before it lines above, the names' lines between) ends no name */
        gboolean label_tail_char = !tasks && g_str_equal(norm, LABEL_TAIL_CHAR);
        /* …nor does a label's line cut before that character (`数量指`) */
        gboolean label_cut = !tasks && kind == IT_TEXT && label_cut_below_name(lines, i, norm);
        if (next_line && !label_tail_char && !label_cut && (prev->kind == IT_TEXT || prev->kind == IT_EXPLAIN)) {
            char *joined = jx_norm_join(prev->norm, norm);
            gboolean header = is_header(joined);
            glong width = prev->kind == IT_EXPLAIN ? explain_width : name_width;
            gboolean wrapped = (double)prev->chars >= WRAPPED_SHARE * (double)width;
            /* a narrow label column's piece (`续影`, `益`) under a name short
             * of its column's width: no tail, as a break typed inside a name
             * never leaves one (see cut_inside_name) */
            gboolean label_piece = !tasks && !wrapped && kind == IT_TEXT && chars <= MAX_STRAY_CHARS &&
                                   jx_taxonomy_label_piece(norm) && goes_on_with_label_pieces(lines, i, norm);
            gboolean tail = header || (!label_piece && (is_tail(prev, norm, chars, kind, wrapped) ||
                                                        (prev->kind == IT_TEXT && kind == IT_TEXT &&
                                                         !strchr(raw, ' ') && cut_inside_name(prev->norm, norm))));
            if (tail) {
                char *r = g_strconcat(prev->raw, raw, NULL);
                g_free(prev->raw);
                prev->raw = r;
                g_free(prev->norm);
                prev->norm = joined;
                prev->chars = g_utf8_strlen(joined, -1);
                prev->last_line = line;
                if (header)
                    prev->kind = IT_HEADER;
                else if (prev->kind == IT_TEXT && explains(joined))
                    prev->kind = IT_EXPLAIN;
                else if (prev->kind == IT_TEXT && runs_as_sentence(joined, prev->chars))
                    prev->kind = IT_SKIP;
                else if (prev->kind == IT_TEXT && strchr(joined, ',') && !is_prose(joined, prev->chars))
                    prev->kind = IT_TARGET;
                /* a target its width cut inside a word (`2018-09-30以` / `前`) */
                else if (prev->kind == IT_TEXT && kind_of(joined) == IT_TARGET)
                    prev->kind = IT_TARGET;
                g_free(raw);
                g_free(norm);
                continue;
            }
            g_free(joined);
        }
        /* a level label wrapped before its last character (`服务对象满意度指`
         * … `标`), the other columns' lines printed between the two */
        if (kind == IT_TEXT && g_str_has_suffix(norm, LABEL_HEAD)) {
            char *full = g_strconcat(norm, LABEL_TAIL_CHAR, NULL);
            item_kind fk = kind_of(full);
            if (fk == IT_LEVEL1 || fk == IT_LEVEL2) {
                g_free(norm);
                norm = full;
                chars = g_utf8_strlen(norm, -1);
                kind = fk;
                cut_label_line = line;
            } else {
                g_free(full);
            }
        }
        char *wrapped_name = NULL;
        guint taken = 0;
        char *wrapped_item = !tasks && kind == IT_TEXT && strchr(raw, ' ')
                                 ? item_wrapped_round_name(lines, notes, i, &wrapped_name, &taken)
                                 : NULL;
        if (wrapped_item) {
            /* a duty group's work item wrapped round its row's name: the
             * label, then the name */
            item l = {.kind = IT_LEVEL2, .raw = g_strdup(wrapped_item), .norm = wrapped_item,
                      .chars = g_utf8_strlen(wrapped_item, -1), .line = line, .page = page,
                      .last_line = g_array_index(nums, int, i + taken - 1)};
            g_array_append_val(items, l);
            kind = read_on_from(wrapped_name, &raw, &norm, &chars);
            taken_to = i + taken;
        }
        gboolean first_tail = FALSE; /* the line opened with the first label column's tail */
        while (!tasks && kind == IT_TEXT && strchr(raw, ' ')) {
            /* a narrow label column's first piece beside the first name under
             * it (`可持 长效管理机制`), its other pieces on the lines below; or
             * the level-1 column's line before the level-2's piece (`效益
             * 社会效 群众获得感`), or pieces of both (`度指 象满意 救助对象满意度`) */
            const char *sp = strchr(raw, ' ');
            char *head = g_strndup(raw, (gsize)(sp - raw));
            char *hnorm = jx_norm_text(head);
            char *rest = g_strdup(g_strstrip((char *)sp + 1));
            if (first_tail && read_into_label_above(items, line, page, hnorm)) {
                /* the second label column's piece after the first's tail */
                item l = {.kind = IT_SKIP, .raw = head, .norm = hnorm, .chars = g_utf8_strlen(hnorm, -1),
                          .line = line, .page = page, .last_line = line};
                g_array_append_val(items, l);
                kind = read_on_from(rest, &raw, &norm, &chars);
                first_tail = FALSE;
                continue;
            }
            if (g_str_equal(hnorm, JX_LABEL_SUFFIX) &&
                ((opens_its_line(lines->pdata[i], raw) && (first_tail = first_column_tail(items, line, page))) ||
                 label_tail(items, line, page))) {
                /* the level-1 label's last word before the level-2 label's
                 * and the next name (`效益 经济效 项目区农民人均增收` /
                 * `指标 益指标 带动相关产业增收`) */
                item l = {.kind = IT_SKIP, .raw = head, .norm = hnorm, .chars = g_utf8_strlen(hnorm, -1),
                          .line = line, .page = page, .last_line = line};
                g_array_append_val(items, l);
                kind = read_on_from(rest, &raw, &norm, &chars);
                continue;
            }
            item_kind hk = kind_of(hnorm);
            gboolean before_piece = (hk == IT_LEVEL1 || hk == IT_LEVEL2) && opens_with_label_piece(rest);
            gboolean piece = !before_piece && opens_no_known_label(lines, i, hnorm);
            if (!before_piece && !piece) {
                g_free(head);
                g_free(hnorm);
                g_free(rest);
                break;
            }
            char *label = piece ? label_from_pieces(lines, i, hnorm)
                                : label_grown_below(lines, i, hnorm, hk);
            item l = {.kind = before_piece ? hk : label ? kind_of(label) : IT_SKIP, .raw = head,
                      .norm = label ? label : g_strdup(hnorm), .line = line, .page = page, .last_line = line};
            l.chars = g_utf8_strlen(l.norm, -1);
            g_array_append_val(items, l);
            g_free(hnorm);
            kind = read_on_from(rest, &raw, &norm, &chars);
            /* beside a label's pieces, a text that reads as a label is the
             * name (`度指 象满意 服务对象满意度`) */
            if (kind == IT_LEVEL1 || kind == IT_LEVEL2)
                kind = IT_TEXT;
        }
        /* …or alone on its line (`社会 受益群众饮水安全保障水平` / `效益`) */
        if ((first_tail || (!strchr(raw, ' ') && opens_its_line(lines->pdata[i], raw))) &&
            read_into_label_above(items, line, page, norm))
            kind = IT_SKIP;
        if (kind == IT_TEXT && strchr(raw, ' ')) {
            /* a label beside the first name under it (`可持续影响指标 长效管理机制`),
             * the label's last word maybe wrapped below (`服务对象满意度` … `指标`) */
            const char *sp = strchr(raw, ' ');
            char *head = g_strndup(raw, (gsize)(sp - raw));
            char *hnorm = jx_norm_text(head);
            char *full = g_strconcat(hnorm, JX_LABEL_SUFFIX, NULL);
            item_kind hk = kind_of(hnorm) == IT_TEXT ? kind_of(full) : kind_of(hnorm);
            char *headed = hk == IT_TEXT && !tasks ? label_headed_by(hnorm) : NULL;
            /* the form's own label when the piece below closes it short of
             * the standard one; the pieces below are dropped as the standard
             * label's (the level-1 stack's `标` among them) */
            char *closed = headed ? label_closed_below(lines, i, hnorm, headed) : NULL;
            char *standard = NULL;
            gboolean closed_below = closed != NULL;
            if (closed) {
                standard = headed;
                headed = closed;
            }
            if (hk == IT_TEXT && !tasks && !headed)
                headed = label_headed_below(lines, i, hnorm);
            if (headed && (kind_of(headed) == IT_LEVEL1 || kind_of(headed) == IT_LEVEL2)) {
                /* …or only the label's first line, a narrow column's
                 * (`服务对象满意 群众满意度`, `度指标` below); not in a table
                 * with work items, whose first line there is the item's */
                g_free(full);
                full = headed;
                hk = kind_of(full);
                g_free(cut_label);
                cut_label = g_strdup(standard ? standard : full);
                cut_label_at = line;
            } else {
                g_free(headed);
            }
            g_free(standard);
            if (hk == IT_LEVEL1 || hk == IT_LEVEL2) {
                item l = {.kind = hk, .raw = head,
                          .norm = jx_cell_classify(hnorm) == JX_CK_TEXT ? full : g_strdup(hnorm),
                          .line = line, .page = page, .last_line = line, .closed_below = closed_below};
                if (l.norm != full)
                    g_free(full);
                l.chars = g_utf8_strlen(l.norm, -1);
                g_array_append_val(items, l);
                kind = read_on_from(g_strdup(g_strstrip((char *)sp + 1)), &raw, &norm, &chars);
                /* beside a label, a text that reads as one of its level is
                 * the name (`服务对象满意度 服务对象满意度`) */
                if (kind == hk)
                    kind = IT_TEXT;
                /* …or a work item's piece (`社会效益指标 实施城镇老旧小区改造`) */
                if (kind == IT_TEXT && tasks && g_hash_table_contains(tasks, norm))
                    kind = IT_TASK;
                /* …or the level-2 label of the narrow column beside (`产出 数量
                 * 森林抚育面积` / `指标 指标`) */
                if (hk == IT_LEVEL1 && kind == IT_TEXT && !tasks && strchr(raw, ' '))
                    kind = level2_beside_level1(items, lines, i, &raw, &norm, &chars, line, page);
            } else {
                g_free(head);
                g_free(full);
            }
            g_free(hnorm);
        }
        /* the tail joins its label and stays a header word among the data
         * (what scattered looks for) */
        if (g_str_equal(norm, JX_LABEL_SUFFIX) &&
            ((!strchr(raw, ' ') && !finishes_row_header(items, line, page) &&
              enclosing_label_tail(items, line, page)) ||
             label_tail(items, line, page)) &&
            kind == IT_TEXT)
            kind = IT_SKIP;
        if (kind == IT_TEXT && g_str_equal(norm, JX_LABEL_SUFFIX))
            kind = IT_SKIP;
        if (kind == IT_LEVEL1 && !strchr(raw, ' ')) {
            char *grown = level1_grown_interleaved(lines, i, norm);
            if (grown) {
                g_free(norm);
                norm = grown;
                chars = g_utf8_strlen(norm, -1);
            }
        }
        /* a piece of a narrow label column or of the row header's words no
         * name took as its tail (`续影`, `标`; `产` / `出` / `及` …), or those
         * words whole: no name, nor a work item's piece (`年度` / `绩效`) */
        if (kind == IT_TEXT && (jx_taxonomy_label_piece(norm) || jx_taxonomy_row_header_word(norm))) {
            /* …unless it opens a label with the pieces below (`服务对象满` …
             * `意度指标`) */
            char *label = jx_taxonomy_label_piece(norm) ? label_from_pieces(lines, i, norm) : NULL;
            kind = label ? kind_of(label) : IT_SKIP;
            if (label) {
                g_free(norm);
                norm = label;
                chars = g_utf8_strlen(norm, -1);
            }
        }
        /* a 备注 cell (the whole cell) is never a name, though printed where
         * a name would be when the remarks come row by row */
        if (kind == IT_TEXT && (is_prose(norm, chars) || jx_norm_is_remark_cell(norm)))
            kind = IT_SKIP;
        else if (kind == IT_TEXT && explains(norm))
            kind = IT_EXPLAIN;
        item it = {.kind = kind, .raw = raw, .norm = norm, .chars = chars, .line = line, .page = page,
                   .last_line = line};
        it.cut_before_tail = cut_label_line == line && (kind == IT_LEVEL1 || kind == IT_LEVEL2);
        g_array_append_val(items, it);
    }
    g_free(cut_label);
    return items;
}

/* ------------------------------------------------------------- rows */

typedef struct {
    char *level1, *level2, *name; /* borrowed from the items */
    int line, page;
    int block; /* the block of labels the name stands under (see read_names), -1 none */
    guint at;  /* its item */
    const char *task; /* its work item (see assign_tasks), NULL none */
    const char *op;   /* an operator printed alone after it, among the names
                         (see is_stray_op), NULL none */
} name_at;

typedef struct {
    GString *text;
    int line, page;
    guint at; /* its item */
} target_at;

static void target_clear(gpointer p)
{
    g_string_free(((target_at *)p)->text, TRUE);
}

/* TRUE when item i reads as a 序号 where the count stands at `next_seq`:
 * a whole number at most MAX_SEQ_GAP from it, no unit after it. */
static gboolean is_next_seq(const GArray *items, guint i, int next_seq)
{
    const item *it = &g_array_index(items, item, i);
    const item *next = i + 1 < items->len ? &g_array_index(items, item, i + 1) : NULL;
    return it->kind == IT_INT && !(next && next->kind == IT_UNIT) && ABS(atoi(it->norm) - next_seq) <= MAX_SEQ_GAP;
}

/* TRUE when item i reads as a 序号 the count passed over: a whole number
 * below `next_seq` that no earlier 序号 was (`seen`, a set of the 序号
 * read), a name right after it.  Plain pdftotext prints a row's 序号 with
 * its name after the later rows' 序号 block (`1` / name / `2` / name, the
 * block 4 … 9 printed before; `23` / 社会影响力 after 24 … 26): the count
 * went past them.  A row printed row by row opens with its 序号 before its
 * name; a figure the count never reached before a name would be a target
 * with no unit and no operator, which these forms' numeric rows rarely are. */
static gboolean is_skipped_seq(const GArray *items, guint i, int next_seq, GHashTable *seen)
{
    const item *it = &g_array_index(items, item, i);
    const item *next = i + 1 < items->len ? &g_array_index(items, item, i + 1) : NULL;
    int n = it->kind == IT_INT ? atoi(it->norm) : 0;
    return n >= 1 && n < next_seq && next && next->kind == IT_TEXT &&
           !g_hash_table_contains(seen, GINT_TO_POINTER(n));
}

/* The index of the first item after item i that is no mark or page
 * furniture (IT_SKIP: 定量, a page number); items->len when none is. */
static guint next_unskipped(const GArray *items, guint i)
{
    guint k = i + 1;
    while (k < items->len && g_array_index(items, item, k).kind == IT_SKIP)
        k++;
    return k;
}

/* TRUE when the next item after i that is no mark or page furniture
 * (next_unskipped) reads as a 序号 (is_next_seq). */
static gboolean seq_comes_next(const GArray *items, guint i, int next_seq)
{
    guint k = next_unskipped(items, i);
    return k < items->len && is_next_seq(items, k, next_seq);
}

/* TRUE when target `t` is a figure in no unit (`>95`, `2940`): what a unit
 * printed apart from it still belongs to.  A date or words take none. */
static gboolean lacks_unit(const target_at *t)
{
    const jx_target *v;
    return jx_norm_target_peek(t->text->str, &v) && v->kind == JX_KIND_NUMBER && !v->unit;
}

/* Gives the units of `run` (item indices, in order) to the figures in no
 * unit (lacks_unit) among targets[*from…] on the run's page, in order, when
 * there are as many figures as units; then empties the run and moves
 * `*from` past the targets read so far.  The run is the unit column of a
 * group of rows, printed as a block of its own after the target column's
 * (`>95` … `>6` `≥89%` / `%` `年`): each column keeps its rows' order, and
 * the counts agreeing is the evidence that the run is those figures' units
 * (a run that counts otherwise is left unread, as before).  TRUE when it
 * gave the units. */
static gboolean give_run_units(const GArray *items, GArray *targets, GArray *run, guint *from)
{
    int page = g_array_index(items, item, g_array_index(run, guint, 0)).page;
    GArray *bare = g_array_new(FALSE, FALSE, sizeof(guint));
    for (guint k = *from; k < targets->len; k++) {
        const target_at *t = &g_array_index(targets, target_at, k);
        if (t->page == page && lacks_unit(t))
            g_array_append_val(bare, k);
    }
    gboolean given = bare->len == run->len;
    if (given)
        for (guint k = 0; k < run->len; k++)
            g_string_append(g_array_index(targets, target_at, g_array_index(bare, guint, k)).text,
                            g_array_index(items, item, g_array_index(run, guint, k)).norm);
    g_array_unref(bare);
    g_array_set_size(run, 0);
    *from = targets->len;
    return given;
}

/* LibreOffice draws some unit cells of a page after later rows, and plain
 * pdftotext prints them in that order: several units, each a block of its
 * own (a blank line apart), one after another (`2` / `项` / `个` / `次`
 * under row 20 of a page whose rows 14, 17 and 20 stand without units, a
 * 南昌市 form of ../shared/seeds; `=10` / `元/人` / `万人` for `=1040` and
 * `=10`, calc-pdf-raw legacy f0260).  The first of them closed the figure
 * above it, so it alone read as that figure's unit and the others as
 * nothing; the units are a run in their rows' order (give_run_units), the
 * figure above among its rows.  Takes unit item `unit` back off the last
 * target when that target's text ends with it; TRUE when it did. */
static gboolean take_back_unit(const GArray *items, GArray *targets, guint unit)
{
    if (!targets->len)
        return FALSE;
    GString *text = g_array_index(targets, target_at, targets->len - 1).text;
    const char *norm = g_array_index(items, item, unit).norm;
    gsize n = strlen(norm);
    if (text->len <= n || strcmp(text->str + text->len - n, norm) != 0)
        return FALSE;
    g_string_truncate(text, text->len - n);
    return TRUE;
}

/* give_run_units; where the run gave nothing and its first unit was taken
 * back off target `*taken_back` (take_back_unit), that unit goes back on
 * it and `*from` stays: the units read as before.  Such a run gives only
 * when each of its units is a block of its own (a blank line apart): units
 * on consecutive lines are a block printed down some rows, whose place
 * among the rows is unknown (`85` / `%` / `个工作日` `%`, the two last for
 * rows above).  Resets `*taken_back`. */
static void give_back_unit(const GArray *items, GArray *targets, GArray *run, guint *from,
                           int *taken_back)
{
    guint first = g_array_index(run, guint, 0), from_before = *from;
    gboolean apart = TRUE; /* each unit of a run drawn late a block of its own */
    for (guint k = 1; *taken_back >= 0 && k < run->len; k++)
        apart &= g_array_index(items, item, g_array_index(run, guint, k)).line -
                     g_array_index(items, item, g_array_index(run, guint, k - 1)).last_line >
                 1;
    if (!apart)
        g_array_set_size(run, 0); /* a block of units printed down some rows: unread */
    if ((!run->len || !give_run_units(items, targets, run, from)) && *taken_back >= 0) {
        g_string_append(g_array_index(targets, target_at, (guint)*taken_back).text,
                        g_array_index(items, item, first).norm);
        *from = from_before; /* as though no run had been */
    }
    *taken_back = -1;
}

/* The targets of the items, in order: an operator on its own line opens
 * the target the figure after it states, a unit on its own line closes the
 * figure before it; a whole number alone that goes on the 序号 count is a
 * 序号, the count starting at `first_seq` (1, or past the 序号 block printed
 * before the region).  Units on lines of their own right after a target that takes none
 * (a target in words, a date, a figure with its unit) are a unit column
 * printed as a block: give_run_units reads them.  With `one_target` (a
 * table of one target a row), units drawn late are read too
 * (take_back_unit); in a table of two a row the figures pair up and a late
 * unit's place among them is not its row's. */
static GArray *read_targets(GArray *items, gboolean ops_follow, int first_seq, gboolean one_target)
{
    GArray *targets = g_array_new(FALSE, TRUE, sizeof(target_at));
    g_array_set_clear_func(targets, target_clear);
    int next_seq = first_seq;
    GHashTable *seen = g_hash_table_new(g_direct_hash, g_direct_equal); /* the 序号 read */
    for (int n = 1; n < first_seq; n++)
        g_hash_table_add(seen, GINT_TO_POINTER(n));
    const char *op = NULL;
    gboolean open = FALSE;  /* the last target takes a unit */
    gboolean open_explained = FALSE; /* …printed beside its explanation, the
                                        explanation's first lines between */
    gboolean bare = FALSE;  /* the last target has no operator and nothing but
                               its unit came after it */
    GArray *run = g_array_new(FALSE, FALSE, sizeof(guint)); /* units no figure took */
    guint run_from = 0; /* the first target a run may give units to */
    const item *last = NULL; /* the last item read, past page furniture and header words */
    int closed_by_unit = -1; /* the unit item that just closed the last target, or -1 */
    int taken_back = -1; /* the target the open run's first unit was taken back off, or -1 */
    for (guint i = 0; i < items->len; i++) {
        item *it = &g_array_index(items, item, i);
        if (it->kind == IT_SKIP || it->kind == IT_HEADER) {
            /* a unit after page furniture was printed in a later block:
             * the units around it are no run drawn late */
            closed_by_unit = -1;
            continue;
        }
        gboolean after_target = last && last->kind == IT_TARGET;
        last = it;
        if (it->kind == IT_UNIT && !open && !(it->beside_explain && open_explained) &&
            (run->len || after_target)) {
            g_array_append_val(run, i);
            op = NULL, open = bare = open_explained = FALSE;
            continue;
        }
        /* a unit a blank line under the unit that closed a figure: the two
         * open a run (see take_back_unit); units on consecutive lines are
         * one block, a unit column printed down its rows */
        if (it->kind == IT_UNIT && one_target && !open && !run->len && closed_by_unit >= 0 &&
            it->line - g_array_index(items, item, (guint)closed_by_unit).last_line > 1 &&
            take_back_unit(items, targets, (guint)closed_by_unit)) {
            guint first = (guint)closed_by_unit;
            g_array_append_val(run, first);
            taken_back = (int)(targets->len - 1);
            g_array_append_val(run, i);
            closed_by_unit = -1;
            op = NULL, open = bare = open_explained = FALSE;
            continue;
        }
        closed_by_unit = -1;
        if (run->len)
            give_back_unit(items, targets, run, &run_from, &taken_back);
        /* an operator printed after its figure: where the operator column
         * follows the target's, or where the next row's 序号 comes next (an
         * operator bounds no row number: `82` / `人次` / `=` / `42`, a
         * row printed with its operator last) */
        if (it->kind == IT_OP && bare && (ops_follow || seq_comes_next(items, i, next_seq))) {
            g_string_prepend(g_array_index(targets, target_at, targets->len - 1).text, it->norm);
            open = bare = FALSE;
            continue;
        }
        if (it->kind == IT_OP) {
            op = it->norm;
            open = bare = FALSE;
            continue;
        }
        if (it->kind == IT_UNIT && (open || (it->beside_explain && open_explained))) {
            g_string_append(g_array_index(targets, target_at, targets->len - 1).text, it->norm);
            open = open_explained = FALSE;
            closed_by_unit = (int)i;
            continue;
        }
        if (it->kind == IT_EXPLAIN) {
            op = NULL, open = bare = FALSE;
            continue;
        }
        if (!op && (is_next_seq(items, i, next_seq) || is_skipped_seq(items, i, next_seq, seen))) {
            next_seq = MAX(next_seq, atoi(it->norm) + 1);
            g_hash_table_add(seen, GINT_TO_POINTER(atoi(it->norm)));
            it->kind = IT_SEQ;
            continue;
        }
        if (it->kind == IT_INT || it->kind == IT_TARGET) {
            target_at t = {g_string_new(op ? op : ""), it->line, it->page, i};
            g_string_append(t.text, it->norm);
            g_array_append_val(targets, t);
            it->kind = IT_TARGET;
            /* a figure without its unit (`=6,400`, `≥25`) takes the unit
             * printed on its own line after it */
            open = jx_cell_classify(it->norm) == JX_CK_INT ||
                   jx_cell_classify(it->norm) == JX_CK_NUMBER ||
                   (jx_cell_classify(it->norm) == JX_CK_TARGET &&
                    g_ascii_isdigit(it->norm[strlen(it->norm) - 1]));
            bare = !op && !jx_stream_is_qualitative(it->norm) && !jx_stream_is_absence_target(it->norm) &&
                   jx_norm_op(it->norm) == JX_OP_NONE;
            open_explained = open;
            op = NULL;
            continue;
        }
        /* any other item (page furniture and header words were passed
         * over above) closes what was open */
        op = NULL, open = bare = open_explained = FALSE;
    }
    if (run->len)
        give_back_unit(items, targets, run, &run_from, &taken_back);
    g_array_unref(run);
    g_hash_table_unref(seen);
    return targets;
}

/* A header word a narrow cell wrapped keeps at least this many characters
 * on its first line (`度量单` / `位`): a shorter head (`计量`) opens names too. */
#define MIN_HEAD_OF_WRAPPED_HEADER 3

/* The role of the target-column header word (operator, value, unit) that
 * `norm`, no header word itself, is the first line of when a narrow header
 * cell wrapped it (`度量单` of 度量单位, `计算符` of 计算符号), or
 * JX_ROLE_NONE.  Plain pdftotext prints the first lines of header cells
 * side by side (`度量单 运算符`), their second lines after: those first
 * lines alone keep the columns' order. */
static jx_role wrapped_target_header_role(const char *norm)
{
    if (g_utf8_strlen(norm, -1) < MIN_HEAD_OF_WRAPPED_HEADER || jx_header_word_role(norm) != JX_ROLE_NONE)
        return JX_ROLE_NONE;
    for (gsize i = 0; i < jx_header_vocab_size(); i++) {
        const char *word = jx_header_vocab_word(i);
        jx_role r = jx_header_word_role(word);
        if ((r == JX_ROLE_OP || r == JX_ROLE_VALUE || r == JX_ROLE_UNIT) && g_str_has_prefix(word, norm))
            return r;
    }
    return JX_ROLE_NONE;
}

/* The role a word of a region's line names as a header word of the target
 * columns, whole or as the first line of a wrapped one, or JX_ROLE_NONE. */
static jx_role target_header_role(const char *raw)
{
    char *norm = jx_norm_text(raw);
    jx_role r = *norm && is_header(norm) ? jx_header_word_role(norm) : JX_ROLE_NONE;
    if (r == JX_ROLE_NONE && *norm)
        r = wrapped_target_header_role(norm);
    g_free(norm);
    return r;
}

/* TRUE when the operator column stands after the target's (指标值 | 计量单位
 * | 运算符号): the header words name them in that order, on a line or over
 * lines, whole or as the first lines of wrapped ones (`度量单 运算符`).  An
 * operator alone on its line then closes the target before it.  A value
 * word before the operator's with another after it is a caption over the
 * target's columns (`2022年度指标值` over 计算符号 | 目标值 | 单位, a
 * bureau's form), no column before the operator's; a unit word is always
 * its own column. */
static gboolean ops_follow(const GPtrArray *lines)
{
    gboolean unit_before = FALSE, value_before = FALSE, op_seen = FALSE;
    for (guint i = 0; i < lines->len; i++) {
        char **words = g_strsplit_set(lines->pdata[i], " \t", -1);
        for (char **w = words; *w; w++) {
            jx_role r = target_header_role(*w);
            if (op_seen && r == JX_ROLE_VALUE) {
                g_strfreev(words);
                return unit_before;
            }
            op_seen |= r == JX_ROLE_OP;
            if (op_seen && unit_before) {
                g_strfreev(words);
                return TRUE;
            }
            if (op_seen && !value_before) {
                g_strfreev(words);
                return FALSE;
            }
            if (!op_seen) {
                unit_before |= r == JX_ROLE_UNIT;
                value_before |= r == JX_ROLE_VALUE;
            }
        }
        g_strfreev(words);
    }
    return op_seen && (unit_before || value_before);
}

/* The nearest item before i that is no mark, page furniture or header
 * word, or NULL. */
static const item *prev_read(const GArray *items, guint i)
{
    while (i-- > 0) {
        const item *it = &g_array_index(items, item, i);
        if (it->kind != IT_SKIP && it->kind != IT_HEADER)
            return it;
    }
    return NULL;
}

/* TRUE when item kind `k` is a row's text (a name, a label, a work item's
 * piece): what no target's figure or unit is. */
static gboolean is_row_text(item_kind k)
{
    return k == IT_TEXT || k == IT_LEVEL1 || k == IT_LEVEL2 || k == IT_TASK;
}

/* TRUE when item kind `k` is a row's own text (a name, a work item's
 * piece), no label. */
static gboolean is_name_text(item_kind k)
{
    return k == IT_TEXT || k == IT_TASK;
}

/* TRUE when item kind `k` is a target's figure (read_targets' IT_TARGET, or
 * a whole number it has not read yet). */
static gboolean is_figure(item_kind k)
{
    return k == IT_INT || k == IT_TARGET;
}

/* TRUE when the operators the items print lead their figures though the
 * header words set the operator column after the target's (ops_follow):
 * more operators stand between a row's text and a figure (`项目预算控制率`
 * / `≤` / `100`: the operator can only open that figure) than between a
 * figure or its unit and a row's text or the page's end (where it can only
 * close the one before).  Plain pdftotext prints a wrapped header word on
 * a later line (`计算符号` after the names), so the header's order can
 * say "after" of a form whose operators stand before their figures; the
 * operators' own places outvote it. */
static gboolean ops_lead_figures(const GArray *items)
{
    int lead = 0, trail = 0;
    for (guint i = 0; i < items->len; i++) {
        const item *it = &g_array_index(items, item, i);
        if (it->kind != IT_OP)
            continue;
        const item *before = prev_read(items, i);
        guint k = next_unskipped(items, i);
        const item *after = k < items->len ? &g_array_index(items, item, k) : NULL;
        if (after && after->page != it->page)
            after = NULL;
        gboolean figure_after = after && is_figure(after->kind);
        gboolean figure_before = before && (is_figure(before->kind) || before->kind == IT_UNIT);
        if (before && is_row_text(before->kind) && figure_after)
            lead++;
        else if (figure_before && (!after || is_row_text(after->kind)))
            trail++;
    }
    return lead > trail;
}

/* TRUE when what follows item i closes its row: a 序号 (the next row's),
 * a header word or an explanation, the page's or the region's end. */
static gboolean closes_row(const GArray *items, guint i)
{
    guint k = next_unskipped(items, i);
    if (k >= items->len)
        return TRUE;
    const item *it = &g_array_index(items, item, i), *next = &g_array_index(items, item, k);
    return next->page != it->page || next->kind == IT_SEQ || next->kind == IT_HEADER ||
           next->kind == IT_EXPLAIN;
}

/* TRUE when the next item after item i past page furniture is a target or
 * its operator on the same page: text right before a target is that
 * target's name, never the remark of the row before (a remark is followed
 * by the next row's name or 序号). */
static gboolean target_follows(const GArray *items, guint i)
{
    guint k = next_unskipped(items, i);
    if (k >= items->len)
        return FALSE;
    const item *it = &g_array_index(items, item, i), *next = &g_array_index(items, item, k);
    return next->page == it->page && (next->kind == IT_TARGET || next->kind == IT_OP);
}

/* Puts the names right before a block of level-2 labels that have a level-1
 * label `l1` (not one joining both levels) and no level-2 label under that
 * block: a labels column printed as a block after the rows of its first
 * groups (数量指标 质量指标 时效指标 after the 数量 and 质量 rows, before the
 * 时效 rows) labels the rows before it too (spread_blocks spreads it over
 * them). */
static void join_unlabelled(GArray *names, const char *l1, int block)
{
    for (guint k = names->len; k-- > 0;) {
        name_at *n = &g_array_index(names, name_at, k);
        if (n->level2 || g_strcmp0(n->level1, l1) != 0)
            break;
        n->block = block;
    }
}

/* TRUE when the label item `i` is printed beside a name, on its line. */
static gboolean beside_name(const GArray *items, guint i)
{
    if (i + 1 >= items->len)
        return FALSE;
    const item *l = &g_array_index(items, item, i), *n = &g_array_index(items, item, i + 1);
    return n->kind == IT_TEXT && n->line == l->line && n->page == l->page;
}

/* TRUE when a block of labels already holds a label of `it`'s level (a
 * level-2 label, or one joining both levels). */
static gboolean block_has_level(const GPtrArray *block, const item *it)
{
    gboolean joined = it->kind == IT_LEVEL1 && jx_labels_joined(it->norm);
    if (it->kind != IT_LEVEL2 && !joined)
        return FALSE;
    for (guint k = 0; k < block->len; k++)
        if (jx_labels_joined(block->pdata[k]) == joined)
            return TRUE;
    return FALSE;
}

/* Puts the last name under the one label of `block` when that block has no
 * name under it and the name's group keeps another row: a one-row group's
 * label printed after its row, before the next group's label printed beside
 * that group's first name (`群众生产生活条件` … `效益指标—社会效益指标` /
 * `效益指标—生态效益指标 河道生态环境*`). */
static void label_row_before(GArray *names, const GPtrArray *block, int index)
{
    if (block->len != 1 || names->len < 2)
        return;
    name_at *n = &g_array_index(names, name_at, names->len - 1);
    const name_at *p = &g_array_index(names, name_at, names->len - 2);
    if (n->block >= index || p->block != n->block || g_strcmp0(p->level1, n->level1) != 0 ||
        g_strcmp0(p->level2, n->level2) != 0)
        return;
    const char *label = block->pdata[0];
    if (jx_labels_joined(label)) {
        if (n->level2 || !n->level1 || !jx_labels_joined(n->level1))
            return;
        n->level1 = (char *)label;
    } else {
        if (!n->level2)
            return;
        n->level2 = (char *)label;
    }
    n->block = index;
}

/* TRUE when `a` and `b` are worded apart but name the same standard
 * level-2 label (服务对象满意度 and 服务对象满意度指标): a form's own wording
 * of a label beside the standard one.  A free level-1's labels (计划制定,
 * 目标设定 under 决策) all take the level-1's code: two of them restate each
 * other only when they differ by `指标` alone — each other label is a group
 * of its own (a department form's 目标设定 read as a name took a row's place). */
static gboolean restates_level2(const char *a, const char *b)
{
    const char *code = jx_taxonomy_level2(NULL, a);
    if (strcmp(a, b) == 0 || g_strcmp0(code, jx_taxonomy_level2(NULL, b)) != 0)
        return FALSE;
    if (jx_taxonomy_standard_level2(a))
        return TRUE;
    return jx_label_suffixed_form(a, b) || jx_label_suffixed_form(b, a);
}

/* A text that reads as a label (`服务对象满意度`, the form's own label)
 * printed right before a label of the same standard meaning whose cell
 * wrapped before its last character (`服务对象满意度指` … `标`) is the group's
 * first name: the merged label cell, centred in its group, prints after
 * the first row's name, and a name never ends in a cut `…指`. */
static void names_before_cut_labels(GArray *items)
{
    for (guint i = 0; i < items->len; i++) {
        const item *cut = &g_array_index(items, item, i);
        if (!cut->cut_before_tail || cut->kind != IT_LEVEL2)
            continue;
        guint k = i;
        while (k-- > 0 && g_array_index(items, item, k).kind == IT_SKIP)
            ;
        if (k >= i)
            continue;
        item *prev = &g_array_index(items, item, k);
        if (prev->kind == IT_LEVEL2 && !prev->cut_before_tail && restates_level2(prev->norm, cut->norm))
            prev->kind = IT_TEXT;
    }
}

/* Items that may stand between a row's name and the labels printed after
 * the row: its target, unit and operator, the next 序号, a level-1 label. */
static gboolean between_row_and_labels(item_kind kind)
{
    return kind == IT_SKIP || kind == IT_SEQ || kind == IT_TARGET || kind == IT_UNIT || kind == IT_OP ||
           kind == IT_LEVEL1;
}

/* A text that reads as a label (`服务对象满意度`, the form's own label)
 * printed right before a target, a whole label of the same standard meaning
 * (`服务对象满意度指标`) printed after that row, is the group's first name:
 * a form holds one of the two as its label, and a label cell is printed
 * before its group's names, never before a target.  The whole label is
 * marked as printed after its first row (first_row_of_cut_label). */
static void names_before_whole_labels(GArray *items)
{
    for (guint i = 0; i < items->len; i++) {
        item *whole = &g_array_index(items, item, i);
        if (whole->kind != IT_LEVEL2 || whole->cut_before_tail)
            continue;
        guint k = i;
        gboolean target = FALSE;
        while (k-- > 0 && between_row_and_labels(g_array_index(items, item, k).kind))
            target = target || g_array_index(items, item, k).kind == IT_TARGET;
        if (k >= i || !target)
            continue;
        item *prev = &g_array_index(items, item, k);
        guint next = k + 1;
        while (next < i && g_array_index(items, item, next).kind == IT_SKIP)
            next++;
        if (prev->kind == IT_LEVEL2 && g_array_index(items, item, next).kind == IT_TARGET &&
            restates_level2(prev->norm, whole->norm)) {
            prev->kind = IT_TEXT;
            whole->after_first_row = TRUE;
        }
    }
}

/* A level-2 label printed again right before a target, names between the
 * two prints (`服务对象满意度` … `服务对象满意度` / `≥87%`): a one-row group whose
 * name restates its label (满意度 | 服务对象满意度 | 服务对象满意度, the last
 * group of most forms).  A label cell is printed once; the second print is
 * the row's name, under the label it restates whatever block stands above
 * it (read as a label, it opened a block of its own and its row was lost). */
static void label_restated_by_its_row(GArray *items)
{
    for (guint j = 0; j < items->len; j++) {
        item *again = &g_array_index(items, item, j);
        if (again->kind != IT_LEVEL2 || again->cut_before_tail)
            continue;
        guint next = next_unskipped(items, j);
        if (next >= items->len || g_array_index(items, item, next).kind != IT_TARGET)
            continue;
        gboolean names = FALSE;
        for (guint i = j; i-- > 0;) {
            const item *first = &g_array_index(items, item, i);
            names = names || first->kind == IT_TEXT;
            if (first->kind != IT_LEVEL2 || strcmp(first->norm, again->norm) != 0)
                continue;
            if (names) {
                again->kind = IT_TEXT;
                again->own_level2 = TRUE;
            }
            break;
        }
    }
}

/* Puts the name printed right before the cut label item `i` under it when
 * that name reads as the same label (names_before_cut_labels made it a
 * name): it is the label's first row, whatever the labels above say. */
static void first_row_of_cut_label(GArray *names, const GArray *items, guint i, const char *l1)
{
    if (!names->len)
        return;
    name_at *n = &g_array_index(names, name_at, names->len - 1);
    const item *cut = &g_array_index(items, item, i);
    for (guint k = n->at + 1; k < i; k++) {
        item_kind kind = g_array_index(items, item, k).kind;
        if (kind != IT_SKIP && !(cut->after_first_row && between_row_and_labels(kind)))
            return;
    }
    if (g_strcmp0(jx_taxonomy_level2(NULL, n->name), jx_taxonomy_level2(NULL, cut->norm)) != 0)
        return;
    n->level1 = (char *)l1;
    n->level2 = cut->norm;
}

/* TRUE when the next item after `i` that is not skipped is a level label. */
static gboolean label_follows(const GArray *items, guint i)
{
    for (guint k = i + 1; k < items->len; k++) {
        item_kind kind = g_array_index(items, item, k).kind;
        if (kind != IT_SKIP)
            return kind == IT_LEVEL1 || kind == IT_LEVEL2;
    }
    return FALSE;
}

/* TRUE when an item before `i` holds the same text (a label printed again). */
static gboolean printed_before(const GArray *items, guint i)
{
    const char *norm = g_array_index(items, item, i).norm;
    for (guint k = 0; k < i; k++)
        if (g_strcmp0(g_array_index(items, item, k).norm, norm) == 0)
            return TRUE;
    return FALSE;
}

/* TRUE when `it` is the bare 指标 on the line under level-1 label `prev`
 * that already ends in it: the second line of a label wrapped `产出` /
 * `指标`, joined into the label above and left as a header word. */
static gboolean tail_taken_above(const item *prev, const item *it)
{
    return prev && it->kind == IT_HEADER && prev->kind == IT_LEVEL1 && strcmp(it->norm, JX_LABEL_SUFFIX) == 0 &&
           g_str_has_suffix(prev->norm, JX_LABEL_SUFFIX) && it->page == prev->page && it->line == prev->line + 1;
}

/* A level-1 label printed right after a level-1 label that lists it
 * (`产出` / `成本指标`), in a form whose year sets 成本指标 under 产出指标
 * (jx_cost_is_level2_in), is that level-1's level-2 label: the two merged
 * label cells of a group printed as a block of their own, after the
 * group's rows.  Read as a second level-1 in the block it was dropped, and
 * the group's rows stood under the label above (人均管理费用 under 时效指标).
 * A longer block of labels (`产出` `成本` `效益` `经济效益`) is spread by
 * other means, and a label printed again restates the first print. */
static void level2_after_its_level1(GArray *items, int year)
{
    if (!jx_cost_is_level2_in(year))
        return;
    const item *prev = NULL;
    for (guint i = 0; i < items->len; i++) {
        item *it = &g_array_index(items, item, i);
        if (it->kind == IT_SKIP || tail_taken_above(prev, it))
            continue;
        const char *code = it->kind == IT_LEVEL1 ? jx_taxonomy_level1(it->norm) : NULL;
        if (code && strcmp(code, JX_CODE_COST) == 0 && prev && prev->kind == IT_LEVEL1 &&
            !jx_labels_joined(prev->norm) && !jx_labels_joined(it->norm) &&
            jx_taxonomy_lists(prev->norm, it->norm) && !label_follows(items, i) &&
            !printed_before(items, i))
            it->kind = IT_LEVEL2;
        prev = it;
    }
}

static gboolean name_fits(const char *name, const char *label);
static gboolean says_satisfaction(const char *label);
static gboolean satisfaction_level1(const char *text);
static gboolean ends_satisfied(const char *name);
static gboolean same_family(const char *a, const char *b);
static const char *label_code(const char *label);

/* The level-2 groups of each family in the order forms set them top to
 * bottom (数量 before 质量 before 时效 …). */
static const char *const level2_order[] = {
    "output.quantity", "output.quality", "output.timeliness",  "output.cost",
    "cost.economic",   "cost.social",    "cost.environmental", "outcome.economic",
    "outcome.social",  "outcome.ecological", "outcome.sustainability",
};

/* The place of a group label (a level-2 label, or one joining both levels)
 * in level2_order, -1 when it has none. */
static int level2_rank(const char *label)
{
    const char *code = label_code(label);
    for (gsize k = 0; code && k < G_N_ELEMENTS(level2_order); k++)
        if (strcmp(code, level2_order[k]) == 0)
            return (int)k;
    return -1;
}

/* TRUE when item `it` is a group label: a level-2 label or a level-1 one
 * joining both levels (`产出-数量指标`). */
static gboolean is_group_label(const item *it)
{
    return it->kind == IT_LEVEL2 || (it->kind == IT_LEVEL1 && jx_labels_joined(it->norm));
}

/* TRUE when no name follows group label `i` before another item that is no
 * skipped one: the label heads no rows where it is printed. */
static gboolean heads_no_rows(const GArray *items, guint i)
{
    for (guint k = i + 1; k < items->len; k++) {
        item_kind kind = g_array_index(items, item, k).kind;
        if (kind != IT_SKIP)
            return kind != IT_TEXT;
    }
    return TRUE;
}

/* Marks printed_late the labels of a region's first rows that plain
 * pdftotext printed after later groups' rows, and hands them back in
 * order (NULL when none), `*first` the first group label's item: the
 * region opens on names with no group label before them (a level-1 alone
 * may stand above), its first group label A (`质量指标`) is one whose rows
 * follow it, and a later label of A's family that forms set above A
 * (`数量指标`) heads no rows where it is printed (another label, a header or
 * the region's end follows it).  The merged label cell of the tall first
 * group prints after the one-row groups' labels beside their rows
 * (质量指标 抽检任务完成率 … 时效指标 项目完成时限 … 数量指标 产出指标); read
 * where it is printed, the first rows stood under A and the label took the
 * next group's rows. */
static GPtrArray *labels_of_leading_rows(GArray *items, guint *first_label)
{
    guint first = 0;
    gboolean names = FALSE;
    for (; first < items->len; first++) {
        const item *it = &g_array_index(items, item, first);
        if (is_group_label(it))
            break;
        names = names || it->kind == IT_TEXT;
    }
    if (!names || first >= items->len || heads_no_rows(items, first))
        return NULL;
    const char *a = g_array_index(items, item, first).norm;
    int rank = level2_rank(a);
    GPtrArray *late = NULL;
    for (guint i = first + 1; rank >= 0 && i < items->len; i++) {
        item *it = &g_array_index(items, item, i);
        if (!is_group_label(it) || !same_family(a, it->norm))
            continue;
        int its_rank = level2_rank(it->norm);
        if (its_rank < 0 || its_rank >= rank || !heads_no_rows(items, i) || printed_before(items, i))
            continue;
        it->printed_late = TRUE;
        if (!late)
            late = g_ptr_array_new();
        g_ptr_array_add(late, it->norm);
    }
    *first_label = first;
    return late;
}


/* Puts the last names under the satisfaction label `l2` read after every
 * name (a label block closing the region, `…消费者满意度` `群众满意度` /
 * `服务对象满意度`) while their names say satisfaction: the merged label
 * cell of the last group printed after all its rows, which would
 * otherwise stand under the group before (a form's last group is its
 * satisfaction group; other labels closing a region are scattered pieces).
 * A block of several labels is spread by spread_blocks; a label joining
 * both levels is left alone. */
static void names_before_trailing_label(GArray *names, char *l1, char *l2, int block)
{
    for (guint k = names->len; k-- > 0;) {
        name_at *n = &g_array_index(names, name_at, k);
        if (n->level2 == l2 || !name_fits(n->name, l2))
            break;
        n->level1 = l1;
        n->level2 = l2;
        n->block = block;
    }
}

/* The fewest rows a group before a trailing label block must hold to be
 * spread over it: one row is no group to part. */
#define MIN_TRAILING_RUN 2

/* Where a block of labels began: the names read before its first label,
 * and the page that label prints on. */
typedef struct {
    guint names;
    int page;
} block_at;

/* TRUE when a block holds a label other than a satisfaction group's or
 * one joining both levels. */
static gboolean holds_plain_level2(const GPtrArray *block)
{
    for (guint g = 0; g < block->len; g++)
        if (!jx_labels_joined(block->pdata[g]) && !says_satisfaction(block->pdata[g]))
            return TRUE;
    return FALSE;
}

/* TRUE when every name from `from` on says satisfaction (the closing
 * group, its own labels beside it) or prints on a later page than `page`:
 * no row of that page follows. */
static gboolean no_row_of_page_after(const GArray *names, guint from, int page)
{
    for (guint k = from; k < names->len; k++) {
        const name_at *n = &g_array_index(names, name_at, k);
        if (n->page <= page && !ends_satisfied(n->name))
            return FALSE;
    }
    return TRUE;
}

/* The last block of `blocks` (read_names' own, begun where `starts` says)
 * that holds a plain level-2 label (holds_plain_level2) and is followed by
 * no row of its page (no_row_of_page_after): the labels a page prints
 * after all its rows.  -1 when there is none. */
static int trailing_block(const GArray *names, const GPtrArray *blocks, const GArray *starts)
{
    for (guint b = MIN(starts->len, blocks->len); b-- > 0;) {
        const block_at *at = &g_array_index(starts, block_at, b);
        if (!no_row_of_page_after(names, at->names, at->page))
            return -1;
        if (holds_plain_level2(blocks->pdata[b]))
            return (int)b;
    }
    return -1;
}

/* Spreads a block of level-2 labels printed after every row of its page
 * but those saying satisfaction (`成本指标` `经济效益指标` `社会效益指标` after
 * the last rows, the satisfaction group's own labels beside them, the next
 * page's rows after them) over the run of rows under one label before it:
 * plain pdftotext printed the merged label cells of a page's later groups
 * at the page's end, so read where printed those
 * groups' rows stood under the last label printed before them (时效指标).
 * The run's label (or its own block's labels, when spread_blocks spreads
 * those over it already) heads the new block, the trailing labels follow
 * in their order; spread_blocks then places the boundaries by what the
 * rows' targets and names state.  A block on a later page than the run's
 * last row is the next page's labels, printed atop it before its header
 * words.  `starts`: where read_names began each block. */
static void rows_before_trailing_block(GArray *names, GPtrArray *blocks, const GArray *starts)
{
    int b = trailing_block(names, blocks, starts);
    if (b < 0)
        return;
    /* the run ends before the names saying satisfaction, their own group */
    guint start = g_array_index(starts, block_at, b).names;
    while (start > 0 && ends_satisfied(g_array_index(names, name_at, start - 1).name))
        start--;
    if (start < MIN_TRAILING_RUN)
        return;
    const GPtrArray *trailing = blocks->pdata[b];
    const name_at *last = &g_array_index(names, name_at, start - 1);
    if (!last->level2 || (last->level1 && jx_labels_joined(last->level1)) || says_satisfaction(last->level2) ||
        last->page != g_array_index(starts, block_at, b).page)
        return; /* a block atop the next page heads that page's rows */
    /* the run's own block, when it spreads its labels over it already,
     * keeps them first */
    const GPtrArray *own = last->block >= 0 && (guint)last->block < blocks->len ? blocks->pdata[last->block] : NULL;
    gboolean spread = own && own != trailing && own->len >= 2;
    GPtrArray *block = g_ptr_array_new();
    if (spread)
        for (guint g = 0; g < own->len; g++)
            g_ptr_array_add(block, own->pdata[g]);
    else
        g_ptr_array_add(block, last->level2);
    guint heads = block->len;
    for (guint g = 0; g < trailing->len; g++) {
        const char *label = trailing->pdata[g];
        gboolean had = FALSE;
        for (guint h = 0; h < block->len; h++)
            had = had || strcmp(block->pdata[h], label) == 0;
        if (jx_labels_joined(label) || says_satisfaction(label) || had)
            continue;
        g_ptr_array_add(block, (gpointer)label);
    }
    guint first = start - 1;
    while (first > 0) {
        const name_at *p = &g_array_index(names, name_at, first - 1);
        if (p->block != last->block ||
            (!spread && (g_strcmp0(p->level1, last->level1) != 0 || g_strcmp0(p->level2, last->level2) != 0)))
            break;
        first--;
    }
    if (block->len <= heads || start - first < MIN_TRAILING_RUN) {
        g_ptr_array_unref(block);
        return;
    }
    g_ptr_array_add(blocks, block);
    for (guint k = first; k < start; k++)
        g_array_index(names, name_at, k).block = (int)blocks->len - 1;
}

/* TRUE when item i is an operator plain pdftotext printed among the names,
 * away from every figure: row text (a name, a label, a work item's piece)
 * before it, a name after it.  An operator column the converter printed
 * with the names' lines (`项目总成本` / `≤` / `人均补助标准`, `效益指标` /
 * `≥` / `群众生产生活条件`) keeps the rows' order: the operator is the row's
 * whose name it follows (read_names sets it on that name, give_stray_ops
 * gives it to the row's target).  One before the next group's label closes
 * a group, where a tall row above the last name may own it (`节约财政资金` /
 * `项目区农民人均增收` / `=` / `社会效益指标`, the `=` the first's): no
 * such operator is read. */
static gboolean is_stray_op(const GArray *items, guint i)
{
    const item *it = &g_array_index(items, item, i);
    if (it->kind != IT_OP)
        return FALSE;
    const item *before = prev_read(items, i);
    guint k = next_unskipped(items, i);
    const item *after = k < items->len ? &g_array_index(items, item, k) : NULL;
    if (!before || !after || !is_row_text(before->kind) || !is_name_text(after->kind) ||
        before->page != it->page || after->page != it->page)
        return FALSE;
    /* …and the name after it is not printed with its figure (`＝` /
     * `档案资料完整率` / `１００`): the operator opens that row, printed
     * row by row */
    guint f = next_unskipped(items, k);
    return f >= items->len || !is_figure(g_array_index(items, item, f).kind);
}

/* Gives each of the first `rows` rows' targets the operator printed among
 * the names after the row's name (is_stray_op), where the target states
 * none itself and is a figure or a date: a target in words takes no sign. */
static void give_stray_ops(const GArray *names, GArray *targets, guint rows)
{
    for (guint i = 0; i < rows; i++) {
        const name_at *n = &g_array_index(names, name_at, i);
        target_at *t = &g_array_index(targets, target_at, i);
        if (!n->op || jx_norm_op(t->text->str) != JX_OP_NONE || jx_stream_is_qualitative(t->text->str) ||
            jx_stream_is_absence_target(t->text->str) || !g_ascii_isdigit(t->text->str[0]))
            continue;
        g_string_prepend(t->text, n->op);
    }
}

/* The names in order, each under the labels printed last before it; the
 * names before the first label under that label (a merged label centred
 * in its group prints after the group's first rows).  A labels column
 * printed as a block (`数量指标` `产出指标` `质量指标` before the names) says
 * the first group's labels first: within a block, the first label of each
 * level stands (match_families then mends a level-1 out of order).  A text
 * that reads as the level-2 label the names stand under already
 * (`社会成本` under `社会成本指标`) is a name.  A label printed beside a name,
 * of a level the block holds already, begins a block of its own: the name
 * on its line is its group's first row, whatever label was printed above. */
static GArray *read_names(GArray *items, GPtrArray *blocks)
{
    names_before_cut_labels(items);
    names_before_whole_labels(items);
    label_restated_by_its_row(items);
    GArray *names = g_array_new(FALSE, TRUE, sizeof(name_at));
    char *l1 = NULL, *l2 = NULL;
    /* the first rows' labels printed late: a block of their own, the
     * names before the first group label under it */
    guint late_before = 0;
    GPtrArray *late = labels_of_leading_rows(items, &late_before);
    if (late)
        g_ptr_array_add(blocks, late);
    gboolean l2_closed_below = FALSE; /* l2's item was closed_below */
    guint targets = 0;
    gboolean after_target = FALSE;
    gboolean in_block = FALSE; /* a label read since the last name */
    const char *last_label = NULL; /* the last label read */
    gboolean word_twice = FALSE;   /* …a satisfaction word, printed twice running */
    GArray *block_starts = g_array_new(FALSE, FALSE, sizeof(block_at)); /* the blocks read here */
    for (guint i = 0; i < items->len; i++) {
        item *it = &g_array_index(items, item, i);
        if (it->printed_late)
            continue;
        if (it->kind == IT_LEVEL2 && l2 && restates_level2(it->norm, l2))
            it->kind = IT_TEXT;
        /* …and so is a satisfaction label right after the group's word
         * printed for both levels (`满意度` / `满意度` / `服务对象满意度`): the
         * group's first name (satisfaction_level2_worded_apart gives it the
         * word as both labels) */
        if (it->kind == IT_LEVEL2 && in_block && word_twice && says_satisfaction(it->norm))
            it->kind = IT_TEXT;
        if (it->kind == IT_LEVEL1 || it->kind == IT_LEVEL2) {
            word_twice = last_label && strcmp(last_label, it->norm) == 0 && satisfaction_level1(it->norm);
            last_label = it->norm;
        } else if (it->kind == IT_TEXT) {
            last_label = NULL, word_twice = FALSE;
        }
        /* …and so is a label closed by the piece below its first line
         * (`服务对象满意` / `度`) printed again whole: a name */
        if (it->kind == IT_LEVEL2 && l2 && strcmp(it->norm, l2) == 0 && l2_closed_below)
            it->kind = IT_TEXT;
        if (it->kind == IT_LEVEL1 || it->kind == IT_LEVEL2) {
            /* names before the first label stand under it (a merged label
             * centred in its group prints after the group's first rows) */
            for (guint k = 0; k < names->len; k++) {
                name_at *n = &g_array_index(names, name_at, k);
                if (n->level1 || n->level2)
                    break;
                if (it->kind == IT_LEVEL1)
                    n->level1 = it->norm;
                else
                    n->level2 = it->norm;
            }
        }
        gboolean label = it->kind == IT_LEVEL1 || it->kind == IT_LEVEL2;
        if (label && in_block && beside_name(items, i) && block_has_level(blocks->pdata[blocks->len - 1], it)) {
            label_row_before(names, blocks->pdata[blocks->len - 1], (int)blocks->len - 1);
            in_block = FALSE;
        }
        if (label && !in_block) {
            g_ptr_array_add(blocks, g_ptr_array_new());
            block_at b = {names->len, it->page};
            g_array_append_val(block_starts, b);
        }
        if (it->kind == IT_LEVEL2 || (it->kind == IT_LEVEL1 && jx_labels_joined(it->norm))) {
            g_ptr_array_add(blocks->pdata[blocks->len - 1], it->norm);
            /* the names before the first block stand under it: its labels
             * spread over them too (a labels column printed as a block after
             * the first rows, printed row by row) */
            for (guint k = 0; k < names->len && g_array_index(names, name_at, k).block < 0; k++)
                g_array_index(names, name_at, k).block = (int)blocks->len - 1;
        }
        if (it->kind == IT_LEVEL2 && !in_block && !(l1 && jx_labels_joined(l1)))
            join_unlabelled(names, l1, (int)blocks->len - 1);
        if (it->kind == IT_LEVEL2 && (it->cut_before_tail || it->after_first_row))
            first_row_of_cut_label(names, items, i, l1);
        if (it->kind == IT_LEVEL1 && !in_block) {
            l1 = it->norm;
            l2 = NULL;
        } else if (it->kind == IT_LEVEL1 && !l1) {
            l1 = it->norm;
        } else if (it->kind == IT_LEVEL2 && (!in_block || !l2)) {
            l2 = it->norm;
            l2_closed_below = it->closed_below;
        } else if (it->kind == IT_TEXT && after_target &&
                   ((names->len > targets && !target_follows(items, i)) || closes_row(items, i))) {
            /* text right after a target while names wait for theirs, or
             * before the next row's 序号: the column after the target (备注,
             * 指标解释), printed row by row beside it */
            it->kind = IT_SKIP;
        } else if (it->kind == IT_TEXT) {
            name_at n = {l1, l2, it->norm, it->line, it->page, (int)blocks->len - 1, i, NULL, NULL};
            if (it->own_level2) {
                n.level2 = it->norm;
                n.block = -1; /* no block's labels spread over it */
            } else if (late && i < late_before) {
                if (jx_labels_joined(late->pdata[0]))
                    n.level1 = late->pdata[0];
                else
                    n.level2 = late->pdata[0];
                n.block = 0; /* the late labels' block, added first */
            }
            g_array_append_val(names, n);
        }
        if (it->kind == IT_LEVEL1 || it->kind == IT_LEVEL2)
            in_block = TRUE;
        else if (it->kind == IT_TEXT)
            in_block = FALSE;
        if (is_stray_op(items, i) && names->len &&
            g_array_index(names, name_at, names->len - 1).page == it->page)
            g_array_index(names, name_at, names->len - 1).op = it->norm;
        targets += it->kind == IT_TARGET;
        if (it->kind != IT_SKIP && it->kind != IT_SEQ && it->kind != IT_HEADER)
            after_target = it->kind == IT_TARGET;
    }
    if (in_block && says_satisfaction(l2) && !(l1 && jx_labels_joined(l1)) && blocks->len &&
        ((GPtrArray *)blocks->pdata[blocks->len - 1])->len == 1)
        names_before_trailing_label(names, l1, l2, (int)blocks->len - 1);
    else
        rows_before_trailing_block(names, blocks, block_starts);
    g_array_unref(block_starts);
    return names;
}

/* ------------------------------------------------------------- work items' rows */

/* A work item's print: its pieces joined, and where it stands among the
 * names (see print_place). */
typedef struct {
    char *text;
    double place; /* the mean place of its pieces */
    double head;  /* the first row its first piece may stand on */
} task_print;

static void task_print_clear(gpointer p)
{
    g_free(((task_print *)p)->text);
}

/* Where item `at` stands among the names, in names' places (0 the first
 * name): on a name's line, that name's place; between two names, half way. */
static double print_place(const GArray *items, const GArray *names, guint at)
{
    const item *it = &g_array_index(items, item, at);
    guint before = 0;
    while (before < names->len && g_array_index(names, name_at, before).at < at)
        before++;
    if (before < names->len) {
        const name_at *n = &g_array_index(names, name_at, before);
        if (n->page == it->page && n->line == it->line)
            return before;
    }
    return before - 0.5;
}

/* A piece goes on the print before it when that print's text so far is at
 * the item column's width and the piece stands this few lines below. */
#define MAX_TASK_PIECE_GAP 2

/* TRUE when work-item piece `it` is the first line of the row header's
 * word (`年度绩效` over `指标`, the row header's column printed beside the
 * items' at a page's foot or top): no item's text, nor any item's tail. */
static gboolean opens_row_header(const item *it)
{
    return jx_taxonomy_opens_row_header(it->norm);
}

/* TRUE when work-item piece `it` may go on the print `last` ended: it
 * stands within MAX_TASK_PIECE_GAP lines below on the same page, and
 * `last` filled the item column's `width`. */
static gboolean goes_on_print(const item *last, const item *it, glong width)
{
    return last->page == it->page && it->line - last->line <= MAX_TASK_PIECE_GAP &&
           (double)last->chars >= WRAPPED_SHARE * (double)width;
}

/* Counts, for each work-item piece's text, the times it opens a print (no
 * piece before it it could go on) less the times it could go on the piece
 * before it, into `opens` (text → count, keys borrowed from the items). */
static void count_openings(const GArray *items, glong width, GHashTable *opens)
{
    const item *last = NULL;
    for (guint i = 0; i < items->len; i++) {
        const item *it = &g_array_index(items, item, i);
        if (it->kind != IT_TASK || opens_row_header(it))
            continue;
        gint c = GPOINTER_TO_INT(g_hash_table_lookup(opens, it->norm));
        c += last && goes_on_print(last, it, width) ? -1 : 1;
        g_hash_table_insert(opens, it->norm, GINT_TO_POINTER(c));
        last = it;
    }
}

/* TRUE when piece `it` after a full-width piece is the next item's cell
 * printed in the same block, not that piece's wrapped tail: its text opens
 * a print more often than it follows one (a tail follows its head wherever
 * the head is printed, and opens a print only where a page break or a
 * name's lines part the two). */
static gboolean next_item_not_tail(const item *it, GHashTable *opens)
{
    return GPOINTER_TO_INT(g_hash_table_lookup(opens, it->norm)) > 0;
}

/* The work items' prints in order: a piece wrapped at the column's width
 * goes on with the next piece within MAX_TASK_PIECE_GAP lines (the name
 * printed between); a print that reads as a header word (the row-header
 * column's `年度绩` / `效指标`) is none. */
static GArray *read_prints(const GArray *items, const GArray *names)
{
    GArray *lens = g_array_new(FALSE, FALSE, sizeof(glong));
    for (guint i = 0; i < items->len; i++)
        if (g_array_index(items, item, i).kind == IT_TASK)
            g_array_append_val(lens, g_array_index(items, item, i).chars);
    glong width = width_of(lens);
    g_array_unref(lens);
    GArray *prints = g_array_new(FALSE, TRUE, sizeof(task_print));
    g_array_set_clear_func(prints, task_print_clear);
    GHashTable *opens = g_hash_table_new(g_str_hash, g_str_equal);
    count_openings(items, width, opens);
    const item *last = NULL;
    guint pieces = 0;
    for (guint i = 0; i < items->len; i++) {
        const item *it = &g_array_index(items, item, i);
        if (it->kind != IT_TASK || opens_row_header(it))
            continue;
        double place = print_place(items, names, i);
        task_print *p = prints->len ? &g_array_index(prints, task_print, prints->len - 1) : NULL;
        if (p && last && goes_on_print(last, it, width) &&
            !next_item_not_tail(it, opens)) {
            char *joined = jx_norm_join(p->text, it->norm);
            g_free(p->text);
            p->text = joined;
            p->place = (p->place * pieces + place) / (pieces + 1);
            pieces++;
        } else {
            /* its first line alone, the row under it is the run's first */
            task_print np = {g_strdup(it->norm), place, ceil(place)};
            g_array_append_val(prints, np);
            pieces = 1;
        }
        last = it;
    }
    g_hash_table_unref(opens);
    for (guint k = prints->len; k-- > 0;) {
        const char *text = g_array_index(prints, task_print, k).text;
        char *full = g_strconcat(text, JX_LABEL_SUFFIX, NULL);
        if (is_header(text) || is_header(full))
            g_array_remove_index(prints, k);
        g_free(full);
    }
    return prints;
}

/* A print over no name (a piece read as an item's that is none, a print
 * repeated) costs this: as much as a print set half a row off, the most a
 * print alone between two names can be. */
#define UNUSED_PRINT_COST 0.5

/* What placing print `p` over the run of names s..end-1 (none when end is
 * s) costs: how far the print stands from where a merged cell set `top`
 * (at the run's first row) or centred prints it. */
static double run_cost(const task_print *p, guint s, guint end, gboolean top)
{
    if (end == s)
        return UNUSED_PRINT_COST;
    return top ? fabs(p->head - (double)s) : fabs(p->place - ((double)s + (double)(end - 1)) / 2.0);
}

/* Splits the names 0..n-1 into one run per print, in order, at the least
 * total cost; print j's run ends before name run_end[j].  Returns the cost. */
static double split_runs(const GArray *prints, guint n, gboolean top, guint *run_end)
{
    guint k = prints->len;
    gsize w = (gsize)n + 1;
    /* best[j*w+e]: the least cost of runs 0..j-1 over names 0..e-1 */
    double *best = g_new(double, (k + 1) * w);
    guint *from = g_new0(guint, (k + 1) * w);
    for (gsize x = 0; x < (k + 1) * w; x++)
        best[x] = G_MAXDOUBLE;
    best[0] = 0;
    for (guint j = 1; j <= k; j++)
        for (guint e = 0; e <= n; e++)
            for (guint s = 0; s <= e; s++) {
                double b = best[(j - 1) * w + s];
                if (b == G_MAXDOUBLE)
                    continue;
                double v = b + run_cost(&g_array_index(prints, task_print, j - 1), s, e, top);
                if (v < best[j * w + e]) {
                    best[j * w + e] = v;
                    from[j * w + e] = s;
                }
            }
    double cost = best[k * w + n];
    for (guint j = k, e = n; j > 0; j--) {
        run_end[j - 1] = e; /* one past */
        e = from[j * w + e];
    }
    g_free(best);
    g_free(from);
    return cost;
}

/* Prints this many or more at one place are a block: the column printed
 * its cells one after another, apart from the rows they serve. */
#define MIN_BLOCK_PRINTS 2

/* Spreads each block of prints (MIN_BLOCK_PRINTS or more at one place
 * among the `n` names) evenly over the names from the block's place to the
 * next print's head: a block says only the order of its cells, and read
 * at its place every cell but one would stand over no row. */
static void spread_print_blocks(GArray *prints, guint n)
{
    for (guint j = 0, e; j < prints->len; j = e) {
        double at = g_array_index(prints, task_print, j).place;
        for (e = j + 1; e < prints->len && g_array_index(prints, task_print, e).place == at; e++)
            ;
        guint m = e - j;
        double from = MAX(0.0, ceil(at));
        double to = e < prints->len ? g_array_index(prints, task_print, e).head : (double)n;
        if (m < MIN_BLOCK_PRINTS || to - from < (double)m)
            continue;
        double step = (to - from) / (double)m;
        for (guint i = 0; i < m; i++) {
            task_print *p = &g_array_index(prints, task_print, j + i);
            double s = from + step * i;
            p->head = round(s);
            p->place = s + (step - 1.0) / 2.0;
        }
    }
}

/* Gives each name its work item: the items' prints are merged cells over
 * runs of rows (or one a row), set at the run's top or centred in it, the
 * same way all over the table; the runs are read both ways and the way
 * that places the prints better is kept.  A block of prints printed apart
 * from the rows is spread first (spread_print_blocks: `prints`' places
 * change). */
static void assign_tasks(GArray *names, GArray *prints)
{
    guint n = names->len, k = prints->len;
    if (!k || !n)
        return;
    spread_print_blocks(prints, n);
    guint *top_end = g_new(guint, k), *mid_end = g_new(guint, k);
    double top = split_runs(prints, n, TRUE, top_end);
    double mid = split_runs(prints, n, FALSE, mid_end);
    const guint *end = top < mid ? top_end : mid_end;
    for (guint j = 0, i = 0; j < k; j++)
        for (; i < end[j]; i++)
            g_array_index(names, name_at, i).task = g_array_index(prints, task_print, j).text;
    g_free(top_end);
    g_free(mid_end);
}

/* Pairing a name with a target scores PAIR_SCORE, and more when the text
 * says they share a row: ORDERED_SCORE when the name is printed before the
 * target (its column stands left of the target's), ADJACENT_SCORE when
 * nothing but 序号, labels and explanations stand between the two (a row
 * printed row by row).  A pair counts more than any ordering, so as many
 * pairs as the shorter list are made; the bonuses choose which items stay
 * unpaired (a figure of the form above the table read as a target, a 备注
 * read as a name) instead of shifting every later row by one. */
#define PAIR_SCORE 4
#define ORDERED_SCORE 1
#define ADJACENT_SCORE 2
/* …and in a half-year table (pair_up_halves), KIND_SCORE when the name's
 * ending says what the target states (a rate a percent): more than the
 * print order's bonuses together, as the order of a half-year table's
 * blocks is the looser cue (two target blocks printed around the names). */
#define KIND_SCORE 4
/* …and in a table of one target a row (pair_up), STATES_SCORE when the
 * name says what its target states (name_states): more than a pair, so a
 * name takes the target that fits it over the stray or shifted one beside
 * it that print order offers (a last row's target printed after the notes,
 * a block printed out of the rows' order). */
#define STATES_SCORE 6
/* Pairs by print order alone stand in for the cue's that fail the guard
 * (pair_up) only when they keep this share of the pairs the cue found
 * stating what the name says: a region whose print order contradicts its
 * names on more rows is paired wrong by order too (junk rows, not a table). */
#define MIN_STATED_KEPT 0.75

/* For each name, the index of the first target printed after it (or
 * targets->len); for each target, the last name printed before it (or -1). */
static void neighbours(const GArray *names, const GArray *targets, guint *next_target,
                       int *last_name)
{
    guint j = 0;
    for (guint i = 0; i < names->len; i++) {
        guint at = g_array_index(names, name_at, i).at;
        while (j < targets->len && g_array_index(targets, target_at, j).at < at)
            j++;
        next_target[i] = j;
    }
    int i = -1;
    for (guint k = 0; k < targets->len; k++) {
        guint at = g_array_index(targets, target_at, k).at;
        while (i + 1 < (int)names->len && g_array_index(names, name_at, i + 1).at < at)
            i++;
        last_name[k] = i;
    }
}

/* (below, with what a target states) */
static gboolean name_states(const char *name, const char *target);

/* The pairs of the best monotone matching of the names with the targets
 * by the scores above, STATES_SCORE counted when `states`: the names' and
 * the targets' indices in keep_n and keep_t. */
static void best_pairs(const GArray *names, const GArray *targets, gboolean states,
                       GArray *keep_n, GArray *keep_t)
{
    guint n = names->len, m = targets->len;
    guint *next_target = g_new(guint, n + 1);
    int *last_name = g_new(int, m + 1);
    neighbours(names, targets, next_target, last_name);
    /* best[i*(m+1)+j]: the best score pairing the first i names with the first j targets */
    gsize w = (gsize)m + 1;
    int *best = g_new0(int, ((gsize)n + 1) * w);
    for (guint i = 1; i <= n; i++)
        for (guint j = 1; j <= m; j++) {
            const name_at *a = &g_array_index(names, name_at, i - 1);
            const target_at *t = &g_array_index(targets, target_at, j - 1);
            int score = PAIR_SCORE + (a->at < t->at ? ORDERED_SCORE : 0) +
                        (next_target[i - 1] == j - 1 && last_name[j - 1] == (int)i - 1
                             ? ADJACENT_SCORE
                             : 0) +
                        (states && a->name && name_states(a->name, t->text->str) ? STATES_SCORE : 0);
            int v = best[(i - 1) * w + j - 1] + score;
            v = MAX(v, best[(i - 1) * w + j]);
            best[i * w + j] = MAX(v, best[i * w + j - 1]);
        }
    /* walk back, keeping the pairs */
    for (guint i = n, j = m; i > 0 && j > 0;) {
        if (best[i * w + j] == best[(i - 1) * w + j])
            i--;
        else if (best[i * w + j] == best[i * w + j - 1])
            j--;
        else {
            g_array_prepend_val(keep_n, (guint){i - 1});
            g_array_prepend_val(keep_t, (guint){j - 1});
            i--, j--;
        }
    }
    g_free(best);
    g_free(next_target);
    g_free(last_name);
}

/* TRUE when the pairs pass read_region's guard on a table of one target a
 * row: enough of them, printed name before target, and enough of the
 * names and of the targets paired. */
static gboolean pairs_pass_guard(const GArray *names, const GArray *targets,
                                 const GArray *keep_n, const GArray *keep_t)
{
    guint rows = keep_n->len, ordered = 0;
    for (guint k = 0; k < rows; k++) {
        const name_at *n = &g_array_index(names, name_at, g_array_index(keep_n, guint, k));
        const target_at *t = &g_array_index(targets, target_at, g_array_index(keep_t, guint, k));
        ordered += n->page < t->page || (n->page == t->page && n->line < t->line);
    }
    return rows >= MIN_ROWS && (double)ordered >= MIN_ORDERED_SHARE * (double)rows &&
           (double)rows >= MIN_PAIRED_SHARE * (double)names->len &&
           (double)rows >= MIN_PAIRED_SHARE * (double)targets->len;
}

/* The pairs (as best_pairs gives them) whose name states what its target
 * states (name_states). */
static guint stated_pairs(const GArray *names, const GArray *targets, const GArray *keep_n,
                          const GArray *keep_t)
{
    guint stated = 0;
    for (guint k = 0; k < keep_n->len; k++) {
        const name_at *a = &g_array_index(names, name_at, g_array_index(keep_n, guint, k));
        const target_at *t = &g_array_index(targets, target_at, g_array_index(keep_t, guint, k));
        stated += a->name && name_states(a->name, t->text->str);
    }
    return stated;
}

/* Keeps of `names` and `targets` only the pairs keep_n[k], keep_t[k], in
 * that order, as the first rows of both (a target's text moved, never
 * copied); frees keep_n and keep_t. */
static void keep_only_pairs(GArray *names, GArray *targets, GArray *keep_n, GArray *keep_t)
{
    for (guint k = 0; k < keep_n->len; k++) {
        name_at *dst = &g_array_index(names, name_at, k);
        *dst = g_array_index(names, name_at, g_array_index(keep_n, guint, k));
        target_at *td = &g_array_index(targets, target_at, k);
        target_at *ts = &g_array_index(targets, target_at, g_array_index(keep_t, guint, k));
        if (td != ts) {
            GString *tmp = td->text;
            *td = *ts;
            ts->text = tmp;
        }
    }
    g_array_set_size(names, keep_n->len);
    g_array_set_size(targets, keep_t->len);
    g_array_unref(keep_n);
    g_array_unref(keep_t);
}

static gboolean name_commits(const char *name);
static gboolean ends_in_words(const char *name);

/* TRUE when name item `b` is the line right after name item `a`, both
 * one line of text, the seam no bracket's end: the two lines of one name
 * its column wrapped at a word's end (`营养改善计划` / `受益学生人数`). */
static gboolean wrapped_name_lines(const GArray *items, guint a, guint b)
{
    const item *x = &g_array_index(items, item, a), *y = &g_array_index(items, item, b);
    return b == a + 1 && x->kind == IT_TEXT && y->kind == IT_TEXT && x->page == y->page &&
           x->line == x->last_line && y->line == y->last_line && y->line == x->last_line + 1 &&
           !ends_with_closer(x->norm) && !strpbrk(x->norm, "([") && !g_str_has_suffix(x->norm, "*") &&
           !name_commits(x->norm) && !ends_in_words(y->norm) &&
           x->chars + y->chars <= MAX_WRAPPED_NAME_CHARS && y->chars <= x->chars + MAX_WRAP_SLACK_CHARS;
}

/* Joins each name left unpaired (keep_n lacks it) to the paired name on
 * the line next to it, above or below, when the two are one name's lines
 * (wrapped_name_lines): a name wrapped at a word's end reads as two, and
 * the pairing gives its target to one of them. */
static void join_unpaired_pieces(GArray *names, const GArray *keep_n, GArray *items)
{
    gboolean *paired = g_new0(gboolean, names->len + 1);
    for (guint k = 0; k < keep_n->len; k++)
        paired[g_array_index(keep_n, guint, k)] = TRUE;
    for (guint i = 0; i < names->len; i++) {
        if (paired[i])
            continue;
        name_at *u = &g_array_index(names, name_at, i);
        name_at *below = i + 1 < names->len && paired[i + 1] ? &g_array_index(names, name_at, i + 1) : NULL;
        name_at *above = i > 0 && paired[i - 1] ? &g_array_index(names, name_at, i - 1) : NULL;
        name_at *to = NULL;
        char *joined = NULL;
        if (below && below->name == g_array_index(items, item, below->at).norm &&
            wrapped_name_lines(items, u->at, below->at)) {
            to = below;
            joined = jx_norm_join(u->name, below->name);
        } else if (above && above->name == g_array_index(items, item, above->at).norm &&
                   wrapped_name_lines(items, above->at, u->at)) {
            to = above;
            joined = jx_norm_join(above->name, u->name);
        }
        if (!to)
            continue;
        item *it = &g_array_index(items, item, to->at);
        g_free(it->norm);
        it->norm = joined;
        it->chars = g_utf8_strlen(joined, -1);
        to->name = joined;
    }
    g_free(paired);
}

/* Pairs the names with the targets in order (best_pairs), and keeps the
 * paired ones only: names[k] pairs targets[k] on return.  When the pairs
 * chosen with what the names state fail the guard and those chosen by
 * print order alone pass it and keep most of the cue's stated pairs
 * (MIN_STATED_KEPT), the latter are kept: the cue can draw a few names to
 * targets rows away (a name printed rows below its target), leaving too few
 * pairs printed in order for the region to be read as a table, where
 * print order pairs the region whole.  A name left unpaired that is a
 * wrapped line of a paired one joins it (join_unpaired_pieces). */
static void pair_up(GArray *names, GArray *targets, GArray *items)
{
    GArray *keep_n = g_array_new(FALSE, FALSE, sizeof(guint));
    GArray *keep_t = g_array_new(FALSE, FALSE, sizeof(guint));
    best_pairs(names, targets, TRUE, keep_n, keep_t);
    if (!pairs_pass_guard(names, targets, keep_n, keep_t)) {
        GArray *plain_n = g_array_new(FALSE, FALSE, sizeof(guint));
        GArray *plain_t = g_array_new(FALSE, FALSE, sizeof(guint));
        best_pairs(names, targets, FALSE, plain_n, plain_t);
        gboolean plain = pairs_pass_guard(names, targets, plain_n, plain_t) &&
                         (double)stated_pairs(names, targets, plain_n, plain_t) >=
                             MIN_STATED_KEPT * (double)stated_pairs(names, targets, keep_n, keep_t);
        g_array_unref(plain ? keep_n : plain_n);
        g_array_unref(plain ? keep_t : plain_t);
        if (plain)
            keep_n = plain_n, keep_t = plain_t;
    }
    join_unpaired_pieces(names, keep_n, items);
    keep_only_pairs(names, targets, keep_n, keep_t);
}

/* TRUE when pair_up's pairs would pass read_region's guard, the cue's or
 * print order's. */
static gboolean pairs_in_order(const GArray *names, const GArray *targets)
{
    gboolean pass = FALSE;
    for (int states = 1; states >= 0 && !pass; states--) {
        GArray *keep_n = g_array_new(FALSE, FALSE, sizeof(guint));
        GArray *keep_t = g_array_new(FALSE, FALSE, sizeof(guint));
        best_pairs(names, targets, states, keep_n, keep_t);
        pass = pairs_pass_guard(names, targets, keep_n, keep_t);
        g_array_unref(keep_n);
        g_array_unref(keep_t);
    }
    return pass;
}

/* Pairs the names with the targets around the ones printed side by side,
 * when the blocks came in another order: a table whose target column
 * printed as a block before its names' block, its last rows printed row by
 * row among the targets (each name right before its target) where the
 * names' block holds the rows above them.  Each name printed right before a
 * target pairs it (an anchor); the others pair the targets left, in order;
 * names[k] pairs targets[k] on return, in the targets' order.  Only when
 * names and targets are as many, some printed side by side and some apart,
 * and the anchors keep their order: FALSE, nothing changed, otherwise. */
static gboolean pair_around_anchors(GArray *names, GArray *targets)
{
    guint n = names->len, m = targets->len;
    if (n != m || n < MIN_ROWS)
        return FALSE;
    guint *next_target = g_new(guint, n + 1);
    int *last_name = g_new(int, m + 1);
    neighbours(names, targets, next_target, last_name);
    int *target_of = g_new(int, n);
    gboolean *taken = g_new0(gboolean, m);
    guint anchors = 0;
    int last = -1;
    gboolean monotone = TRUE;
    for (guint i = 0; i < n; i++) {
        guint j = next_target[i];
        target_of[i] = -1;
        if (j < m && last_name[j] == (int)i) {
            target_of[i] = (int)j;
            taken[j] = TRUE;
            anchors++;
            monotone = monotone && (int)j > last;
            last = (int)j;
        }
    }
    gboolean ok = monotone && anchors > 0 && anchors < n;
    if (ok) {
        guint j = 0;
        for (guint i = 0; i < n; i++) {
            if (target_of[i] >= 0)
                continue;
            while (taken[j])
                j++;
            target_of[i] = (int)j;
            taken[j] = TRUE;
            /* a name of the block after the targets' */
            ok = ok && g_array_index(targets, target_at, j).at < g_array_index(names, name_at, i).at;
        }
    }
    if (ok) {
        /* the rows in the targets' order */
        name_at *sorted = g_new(name_at, n);
        for (guint i = 0; i < n; i++)
            sorted[target_of[i]] = g_array_index(names, name_at, i);
        for (guint k = 0; k < n; k++)
            g_array_index(names, name_at, k) = sorted[k];
        g_free(sorted);
    }
    g_free(taken);
    g_free(target_of);
    g_free(next_target);
    g_free(last_name);
    return ok;
}

/* What a target states, as far as it tells its row's level-2 group. */
typedef enum { TK_OTHER, TK_COUNT, TK_PERCENT, TK_TIME, TK_MONEY } target_kind;

/* Words of a target that states a time: a deadline, a duration. */
static const char *const time_words[] = {"按时", "及时", "按期", "日前", "日以前", "工作日", "日内",
                                         "小时", "天内"};

static target_kind target_kind_of(const char *t)
{
    if (g_str_has_suffix(t, "%"))
        return TK_PERCENT;
    if (strstr(t, "元"))
        return TK_MONEY;
    if (jx_cell_classify(t) == JX_CK_DATE || (strstr(t, "年") && strstr(t, "月")) ||
        jx_norm_holds_listed(t, time_words, G_N_ELEMENTS(time_words)))
        return TK_TIME;
    for (const char *p = t; *p; p++)
        if (g_ascii_isdigit(*p))
            return TK_COUNT;
    return TK_OTHER;
}

/* The taxonomy code of a level-2 label, or of the level-2 part of a level-1
 * and a level-2 label joined in one cell (`产出指标—质量指标`, a form with a
 * single 指标类型 column): NULL for anything else. */
static const char *label_code(const char *label)
{
    const char *code = jx_taxonomy_level2(NULL, label);
    char *l1 = NULL, *l2 = NULL;
    if (!code && jx_labels_split_joined(label, &l1, &l2))
        code = jx_taxonomy_level2(jx_taxonomy_level1(l1), l2);
    g_free(l1);
    g_free(l2);
    return code;
}

/* What the targets of a level-2 group state: counts of 数量指标, percents of
 * 质量指标, times of 时效指标, money of 成本指标 (by the label's taxonomy code). */
static target_kind label_kind(const char *label)
{
    const char *code = label_code(label);
    const char *dot = code ? strchr(code, '.') : NULL;
    if (!code)
        return TK_OTHER;
    if (g_str_has_prefix(code, JX_CODE_COST) || (dot && strcmp(dot + 1, JX_CODE_COST) == 0))
        return TK_MONEY;
    if (!dot)
        return TK_OTHER;
    if (strcmp(dot + 1, "quantity") == 0)
        return TK_COUNT;
    if (strcmp(dot + 1, "quality") == 0)
        return TK_PERCENT;
    if (strcmp(dot + 1, "timeliness") == 0)
        return TK_TIME;
    return TK_OTHER;
}

/* The longest ending, in characters, of a name that says satisfaction
 * (`…满意度`). */
#define MAX_SATISFIED_CHARS 3

/* TRUE when `text` (may be NULL) reads as the satisfaction level-1 label
 * itself (满意度指标, 满意度), not a level-2 under it. */
static gboolean satisfaction_level1(const char *text)
{
    const char *code = text ? jx_taxonomy_level1(text) : NULL;
    return code && strcmp(code, JX_CODE_SATISFACTION) == 0;
}

/* TRUE when a name ends in a word that alone is the satisfaction label
 * (`社会公众满意度`; not `公共服务满意度提升`, a social outcome): the
 * taxonomy's name endings leave satisfaction out (a label shares its word
 * with its rows), here only rows are weighed. */
static gboolean ends_satisfied(const char *name)
{
    glong chars = g_utf8_strlen(name, -1);
    for (glong n = 2; n <= MAX_SATISFIED_CHARS && n < chars; n++)
        if (satisfaction_level1(g_utf8_offset_to_pointer(name, chars - n)))
            return TRUE;
    return FALSE;
}

/* Name endings that say what the target states: a rate a percent (so
 * does a satisfaction, see ends_satisfied), a time limit a time. */
static const char *const percent_endings[] = {"率"};
static const char *const time_endings[] = {"时限", "时间"};

/* What the target of the indicator `name` states, as far as its ending
 * says (TK_OTHER: it does not). */
static target_kind name_kind(const char *name)
{
    if (ends_satisfied(name))
        return TK_PERCENT;
    for (guint k = 0; k < G_N_ELEMENTS(percent_endings); k++)
        if (g_str_has_suffix(name, percent_endings[k]))
            return TK_PERCENT;
    for (guint k = 0; k < G_N_ELEMENTS(time_endings); k++)
        if (g_str_has_suffix(name, time_endings[k]))
            return TK_TIME;
    return TK_OTHER;
}

/* A half-year table's row holds two targets, the half-year's printed
 * before the year's; a half-year cell may be left empty (the year's target
 * never is), so a name with one target of its own has the year's.  A name
 * paired with two targets scores both pairs, the second's adjacency read
 * as the first's (nothing but the first stands between it and the name). */
enum { PAIRED_NONE, PAIRED_NAME_SKIPPED, PAIRED_TARGET_SKIPPED, PAIRED_ONE, PAIRED_TWO };

/* Name endings that say the target is words (健全, 明显, 有效提升): a
 * quality of the work (…健全性, …规范性), a feeling (获得感), an effect. */
static const char *const words_endings[] = {"性", "感", "影响力", "效果", "条件", "机制"};

/* TRUE when `name` ends in a word saying its target is words
 * (words_endings): a whole indicator of its own. */
static gboolean ends_in_words(const char *name)
{
    for (guint k = 0; k < G_N_ELEMENTS(words_endings); k++)
        if (g_str_has_suffix(name, words_endings[k]))
            return TRUE;
    return FALSE;
}
/* Name endings that say the unit the target counts in, beside the name
 * ending in the unit itself (培训人次, 带动脱贫户): a term in years. */
static const struct {
    const char *ending, *unit;
} unit_endings[] = {{"年限", "年"}};

/* The largest figure a share states: a percent's whole. */
#define MAX_SHARE_FIGURE 100.0

/* TRUE when target `t` is a percent whose sign the form left to its
 * column's header (`指标值（%）`) or to the name (`…率`): a figure bounded by
 * an operator (`≥84`, `=100`, `93以上`), in no unit and no larger than a
 * whole.  The operator keeps out a 序号 or a stray count read as a target;
 * the bound and the missing unit keep out the counts (`26个`, `2500`) a row
 * paired off by one brings. */
static gboolean bounded_share(const jx_target *t)
{
    if (t->kind != JX_KIND_NUMBER || t->unit || t->op == JX_OP_NONE || !t->value)
        return FALSE;
    double v = g_ascii_strtod(t->value, NULL);
    return v >= 0 && v <= MAX_SHARE_FIGURE;
}

/* TRUE when what the name says its target states, the target states: a
 * rate a percent, a time limit a time (name_kind), a quality words, a count
 * the unit the name ends in. */
static gboolean name_states(const char *name, const char *target)
{
    target_kind says = name_kind(name);
    if (says != TK_OTHER)
        return says == target_kind_of(target);
    const jx_target *t;
    jx_norm_target_peek(target, &t);
    if (ends_in_words(name))
        return t->kind == JX_KIND_TEXT;
    if (t->kind != JX_KIND_NUMBER || !t->unit)
        return FALSE;
    for (guint k = 0; k < G_N_ELEMENTS(unit_endings); k++)
        if (g_str_has_suffix(name, unit_endings[k].ending))
            return strcmp(t->unit, unit_endings[k].unit) == 0;
    return g_str_has_suffix(name, t->unit);
}

/* TRUE when the name's ending says a percent or a time and its target
 * states one without the sign target_kind_of reads: a percent whose `%`
 * the header holds (bounded_share), a date behind an operator
 * (`≤2020.12.20`). */
static gboolean name_states_unsigned(const char *name, const char *target)
{
    target_kind says = name_kind(name);
    if (says != TK_PERCENT && says != TK_TIME)
        return FALSE;
    const jx_target *t;
    jx_norm_target_peek(target, &t);
    return says == TK_TIME ? t->kind == JX_KIND_DATE : bounded_share(t);
}

/* What the row of `name` and its `target` states, as far as it tells the
 * row's level-2 group: the target's kind (target_kind_of), or, for a bare
 * figure, what the name's ending says when the target bears it out without
 * its sign (name_states_unsigned: `政策知晓率` `=100` under a header
 * `指标值（%）` is a percent of 质量指标, not a count of 数量指标). */
static target_kind row_kind(const char *name, const char *target)
{
    target_kind t = target_kind_of(target);
    if (t == TK_COUNT && name && name_states_unsigned(name, target))
        return name_kind(name);
    return t;
}

static int pair_score(const GArray *names, const GArray *targets, const guint *next_target,
                      const int *last_name, guint i, guint j, guint first)
{
    const name_at *a = &g_array_index(names, name_at, i);
    const target_at *t = &g_array_index(targets, target_at, j);
    return PAIR_SCORE + (a->at < t->at ? ORDERED_SCORE : 0) +
           (next_target[i] == first && last_name[j] == (int)i ? ADJACENT_SCORE : 0) +
           (a->name && name_states(a->name, t->text->str) ? KIND_SCORE : 0);
}

/* TRUE when the name's ending says what its target states (name_states
 * can tell a wrong target from a right one): a rate, a time limit, a
 * quality in words. */
static gboolean name_commits(const char *name)
{
    return name_kind(name) != TK_OTHER || ends_in_words(name);
}

/* TRUE when the first `rows` pairs (names[k] with targets[k]) are borne
 * out by what their names say: at least MIN_COMMITTED_PAIRS names say what
 * their target states (name_commits), and MIN_AGREED_SHARE of those
 * targets state it (name_states, or name_states_unsigned: a form that
 * prints its percents' sign in the header or a date behind an operator
 * states them no less). */
static gboolean kinds_bear_out(const GArray *names, const GArray *targets, guint rows)
{
    guint committed = 0, agreed = 0;
    for (guint i = 0; i < rows; i++) {
        const name_at *n = &g_array_index(names, name_at, i);
        const target_at *t = &g_array_index(targets, target_at, i);
        if (n->name && name_commits(n->name)) {
            committed++;
            agreed += name_states(n->name, t->text->str) || name_states_unsigned(n->name, t->text->str);
        }
    }
    return committed >= MIN_COMMITTED_PAIRS && (double)agreed >= MIN_AGREED_SHARE * (double)committed;
}

/* Words a half-year target in words says its work is under way with
 * (按进度推进, 稳步推进, 阶段性完成, 初步建立, 部分完成): a stage of the
 * year's work, which a form states for the half-year only. */
static const char *const STAGE_WORDS[] = {"推进", "阶段性", "初步", "部分完成", "进行中", "过半"};

/* TRUE when `words` state a stage of the work (STAGE_WORDS). */
static gboolean says_stage(const char *words)
{
    for (gsize k = 0; words && k < G_N_ELEMENTS(STAGE_WORDS); k++)
        if (strstr(words, STAGE_WORDS[k]))
            return TRUE;
    return FALSE;
}

/* TRUE when the half-year's words `half` can stand beside the year's words
 * `year` (both normalized): the year's own words, or a stage of the work
 * beside a year's target that states none.  Other words before the year's
 * are the row before's target (健全 before 合理, 规范 before 科学), and a
 * year's target stating a stage is the next row's half. */
static gboolean half_words_fit(const char *half, const char *year)
{
    return g_strcmp0(half, year) == 0 || (says_stage(half) && !says_stage(year));
}

/* TRUE when target `part` (a half-year's or a mid-term's) can stand beside
 * the year's `year`: a target of the same kind, a figure in the same unit
 * — and, where `bounded` (a half-year's), no larger than the year's; words
 * beside any target unless `bounded`.  A half-year's words stand beside the
 * year's words only: a form sets its half-year cell in the year's terms (a
 * figure's half a smaller figure, a date's an earlier date), so words
 * before a figure or a date are the row before's target (plain pdftotext
 * prints a text row's target and the next row's in one run), and only
 * as half_words_fit allows. */
static gboolean part_fits(const char *part, const char *year, gboolean bounded)
{
    jx_target h, f;
    jx_norm_target(part, &h);
    jx_norm_target(year, &f);
    gboolean fits = h.kind == f.kind || (h.kind == JX_KIND_TEXT && !bounded);
    if (fits && bounded && h.kind == JX_KIND_TEXT)
        fits = half_words_fit(h.value, f.value);
    if (fits && h.kind == JX_KIND_NUMBER)
        fits = g_strcmp0(h.unit, f.unit) == 0 &&
               (!bounded || g_ascii_strtod(h.value, NULL) <= g_ascii_strtod(f.value, NULL));
    jx_target_clear(&h);
    jx_target_clear(&f);
    return fits;
}

/* TRUE when `half` can be the half-year target of the year's `full`: a
 * figure in the same unit and no larger, a date for a date, or words for
 * words (a stage of the work, 稳步推进, or the year's own words); never a
 * figure for words or a date, words for a figure or a date, nor a figure
 * in another unit (the next row's). */
static gboolean half_fits(const char *half, const char *full)
{
    return part_fits(half, full, TRUE);
}

/* TRUE when a mid-term target (中期指标值) fits the year's after it: a text,
 * or the same kind of target in the same unit; the mid-term's figure may be
 * the larger (a goal over years), so unlike a half-year's it is not bound
 * by the year's. */
static gboolean mid_fits(const char *mid, const char *year)
{
    return part_fits(mid, year, FALSE);
}

/* Pairs the names with one or two targets each in order, as pair_up does
 * with one: names[k] pairs targets[k] (the year's) on return, and the
 * returned array holds row k's half-year target (NULL: its cell empty). */
static GPtrArray *pair_up_halves(GArray *names, GArray *targets, GArray *items,
                                  gboolean (*fits)(const char *first, const char *second))
{
    guint n = names->len, m = targets->len;
    guint *next_target = g_new(guint, n + 1);
    int *last_name = g_new(int, m + 1);
    neighbours(names, targets, next_target, last_name);
    gsize w = (gsize)m + 1;
    int *best = g_new0(int, ((gsize)n + 1) * w);
    guchar *how = g_new0(guchar, ((gsize)n + 1) * w);
    for (guint i = 0; i <= n; i++)
        for (guint j = 0; j <= m; j++) {
            int v = 0;
            guchar h = PAIRED_NONE;
            if (i > 0 && best[(i - 1) * w + j] >= v)
                v = best[(i - 1) * w + j], h = PAIRED_NAME_SKIPPED;
            if (j > 0 && best[i * w + j - 1] > v)
                v = best[i * w + j - 1], h = PAIRED_TARGET_SKIPPED;
            if (i > 0 && j > 0) {
                int one = best[(i - 1) * w + j - 1] +
                          pair_score(names, targets, next_target, last_name, i - 1, j - 1, j - 1);
                if (one > v)
                    v = one, h = PAIRED_ONE;
            }
            if (i > 0 && j > 1 &&
                fits(g_array_index(targets, target_at, j - 2).text->str,
                     g_array_index(targets, target_at, j - 1).text->str)) {
                int two = best[(i - 1) * w + j - 2] +
                          pair_score(names, targets, next_target, last_name, i - 1, j - 2, j - 2) +
                          pair_score(names, targets, next_target, last_name, i - 1, j - 1, j - 2);
                if (two > v)
                    v = two, h = PAIRED_TWO;
            }
            best[i * w + j] = v;
            how[i * w + j] = h;
        }
    /* walk back: for each kept row, its name, its half-year target (or
     * none) and its year's target */
    GArray *keep_n = g_array_new(FALSE, FALSE, sizeof(guint));
    GArray *keep_t = g_array_new(FALSE, FALSE, sizeof(guint));
    GArray *keep_h = g_array_new(FALSE, FALSE, sizeof(int));
    for (guint i = n, j = m; i > 0 || j > 0;) {
        guchar h = how[i * w + j];
        if (h == PAIRED_NONE)
            break;
        if (h == PAIRED_NAME_SKIPPED) {
            i--;
            continue;
        }
        if (h == PAIRED_TARGET_SKIPPED) {
            j--;
            continue;
        }
        int half = h == PAIRED_TWO ? (int)j - 2 : -1;
        g_array_prepend_val(keep_n, (guint){i - 1});
        g_array_prepend_val(keep_t, (guint){j - 1});
        g_array_prepend_val(keep_h, half);
        i--;
        j -= h == PAIRED_TWO ? 2 : 1;
    }
    GPtrArray *halves = g_ptr_array_new_with_free_func(g_free);
    for (guint k = 0; k < keep_h->len; k++) {
        int half = g_array_index(keep_h, int, k);
        g_ptr_array_add(halves, half < 0 ? NULL : g_strdup(g_array_index(targets, target_at, half).text->str));
    }
    join_unpaired_pieces(names, keep_n, items);
    keep_only_pairs(names, targets, keep_n, keep_t);
    g_array_unref(keep_h);
    g_free(best);
    g_free(how);
    g_free(next_target);
    g_free(last_name);
    return halves;
}

/* TRUE when a name's ending tells the group of the level-2 label
 * (`…合格率` a 质量指标's, `…完成时限` a 时效指标's). */
static gboolean name_fits(const char *name, const char *label)
{
    const char *by_name = jx_taxonomy_name_category(name);
    const char *code = label ? label_code(label) : NULL;
    if (code && g_str_has_prefix(code, JX_CODE_SATISFACTION) && ends_satisfied(name))
        return TRUE;
    return by_name && code && strcmp(by_name, code) == 0;
}

/* TRUE when a name restates a label in its own words (`工作计划制定健全性`
 * under `计划制定`, `资产管理制度健全性` under `资产管理`): the row stands
 * under that label. */
static gboolean name_restates_label(const char *name, const char *label)
{
    return name && label && !jx_labels_joined(label) && strstr(name, label) != NULL;
}

/* Gives a label of a block that no row took the rows its group before holds
 * after that group's last row restating its own label.  Every label printed
 * in a block stands for a row at least; where the rows' targets and names'
 * kinds tell the groups apart no better (the level-2 labels of 决策 or 过程
 * all take their level-1's code), spread_blocks keeps the rows in the first
 * group, and the rows past the one naming that group's label are the next
 * label's.  Only a label of its group before's code is so given (a kind
 * told other groups apart), and none a row restates.  `first` and `m`: the
 * block's rows among the names. */
static void rows_for_empty_labels(GArray *names, const GPtrArray *labels, guint first, guint m)
{
    for (guint g = 1; g < labels->len; g++) {
        const char *before = labels->pdata[g - 1], *label = labels->pdata[g];
        if (jx_labels_joined(label) || g_strcmp0(label_code(before), label_code(label)) != 0)
            continue; /* the kinds told these groups apart */
        guint from = m, to = 0, took = 0;
        for (guint i = 0; i < m; i++) {
            const name_at *n = &g_array_index(names, name_at, first + i);
            /* a row restating the label is its first row: the later passes
             * (free_labels_in_names) start its group there */
            took += n->level2 == label || name_restates_label(n->name, label);
            if (n->level2 == before) {
                from = MIN(from, i);
                to = i + 1;
            }
        }
        if (took || from >= to)
            continue;
        guint last = to;
        for (guint i = from; i < to; i++)
            if (name_restates_label(g_array_index(names, name_at, first + i).name, before))
                last = i;
        for (guint i = last + 1; last < to && i < to; i++)
            g_array_index(names, name_at, first + i).level2 = (char *)label;
    }
}

/* TRUE when name `n` under `labels->pdata[g]` is belied by what it says: a
 * satisfaction label over a name that says none, or a name that fits
 * another of the block's labels and not this one. */
static gboolean belies_label(const name_at *n, const GPtrArray *labels, guint g)
{
    const char *label = labels->pdata[g];
    if (says_satisfaction(label) && !ends_satisfied(n->name))
        return TRUE;
    if (name_fits(n->name, label))
        return FALSE;
    for (guint h = 0; h < labels->len; h++)
        if (h != g && name_fits(n->name, labels->pdata[h]))
            return TRUE;
    return FALSE;
}

/* TRUE when the families of a block's labels (产出, 成本, 效益 …) come in
 * runs, none back after another's: a block whose families interleave holds
 * labels of rows printed elsewhere, its order is not its rows'. */
static gboolean families_in_runs(const GPtrArray *labels)
{
    for (guint g = 1; g < labels->len; g++) {
        const char *a = label_code(labels->pdata[g - 1]), *b = label_code(labels->pdata[g]);
        if (!a || !b || same_family(labels->pdata[g - 1], labels->pdata[g]))
            continue;
        for (guint h = 0; h + 1 < g; h++)
            if (same_family(labels->pdata[h], labels->pdata[g]))
                return FALSE;
    }
    return TRUE;
}

/* TRUE when the block's `labels`, given one to one to the names from
 * `first` on, read as the rows' own: the labels' families in runs (see
 * families_in_runs) and no row belied by what it says (see belies_label) —
 * not counts that match because a row was lost and another split. */
static gboolean one_each_holds(const GArray *names, const GPtrArray *labels, guint first)
{
    if (!families_in_runs(labels))
        return FALSE;
    for (guint g = 0; g < labels->len; g++)
        if (belies_label(&g_array_index(names, name_at, first + g), labels, g))
            return FALSE;
    return TRUE;
}

/* Gives the block's `labels` one to one to the names from `first` on: a
 * block of as many labels as names under it leaves each label one row (every
 * label heads at least one row, in order). */
static void spread_one_each(GArray *names, const GPtrArray *labels, guint first)
{
    for (guint g = 0; g < labels->len; g++) {
        name_at *n = &g_array_index(names, name_at, first + g);
        if (jx_labels_joined(labels->pdata[g]))
            n->level1 = labels->pdata[g]; /* both levels in one label */
        else
            n->level2 = labels->pdata[g];
    }
}

/* Spreads a block of level-2 labels printed together (`数量指标` `质量指标`
 * `时效指标`) over the names under it: the groups follow in the block's order,
 * each name in the group whose kind of target its own target is (counts,
 * percents, times, money), staying in a group while no later one fits
 * better.  `rows` names are paired with targets. */
static void spread_blocks(GArray *names, const GArray *targets, guint rows, const GPtrArray *blocks)
{
    for (guint b = 0; b < blocks->len; b++) {
        const GPtrArray *labels = blocks->pdata[b];
        guint k = labels->len, first = 0, m = 0;
        if (k < 2)
            continue;
        while (first < rows && g_array_index(names, name_at, first).block != (int)b)
            first++;
        while (first + m < rows && g_array_index(names, name_at, first + m).block == (int)b)
            m++;
        if (m < 2)
            continue;
        if (m == k && one_each_holds(names, labels, first)) {
            spread_one_each(names, labels, first);
            continue;
        }
        /* best[i*k+g]: the most names up to i whose targets fit, name i in group g */
        int *best = g_new(int, (gsize)m * k);
        guint8 *moved = g_new0(guint8, (gsize)m * k);
        for (guint i = 0; i < m; i++) {
            target_kind t = row_kind(g_array_index(names, name_at, first + i).name,
                                     g_array_index(targets, target_at, first + i).text->str);
            int stay_max = G_MININT / 2;
            for (guint g = 0; g < k; g++) {
                int fit = (t != TK_OTHER && t == label_kind(labels->pdata[g])) ||
                          name_fits(g_array_index(names, name_at, first + i).name, labels->pdata[g]);
                if (i == 0) {
                    best[g] = g == 0 ? fit : G_MININT / 2;
                    continue;
                }
                int stay = best[(i - 1) * k + g];
                if (g > 0)
                    stay_max = MAX(stay_max, best[(i - 1) * k + g - 1]);
                moved[i * k + g] = g > 0 && stay_max > stay;
                best[i * k + g] = fit + MAX(stay, stay_max);
            }
        }
        guint g = 0;
        for (guint h = 1; h < k; h++)
            if (best[(m - 1) * k + h] > best[(m - 1) * k + g])
                g = h;
        for (guint i = m; i-- > 0;) {
            name_at *n = &g_array_index(names, name_at, first + i);
            if (jx_labels_joined(labels->pdata[g]))
                n->level1 = labels->pdata[g]; /* both levels in one label */
            else
                n->level2 = labels->pdata[g];
            if (i > 0 && moved[i * k + g]) {
                /* the group before: the best of the earlier ones */
                guint h = 0;
                for (guint e = 1; e < g; e++)
                    if (best[(i - 1) * k + e] > best[(i - 1) * k + h])
                        h = e;
                g = h;
            }
        }
        g_free(best);
        g_free(moved);
        rows_for_empty_labels(names, labels, first, m);
    }
}

/* Moving a row into the next or the previous level-2 group scores
 * KIND_FIT when its target is of that group's kind, and costs KEEP_GROUP,
 * what staying in the group its label's place gave it scores: a boundary
 * moves over rows whose targets say so, never over rows that say nothing. */
#define KIND_FIT 2
#define KEEP_GROUP 1

/* TRUE when two level-2 labels are of one family (output.quantity and
 * output.quality, not cost.environmental). */
static gboolean same_family(const char *a, const char *b)
{
    const char *x = a ? label_code(a) : NULL, *y = b ? label_code(b) : NULL;
    if (!x || !y)
        return FALSE;
    gsize n = strcspn(x, ".");
    return n == strcspn(y, ".") && strncmp(x, y, n) == 0;
}

/* The level-2 label a name's row stands under: its level-2 label, or its
 * level-1 label when that joins both levels in one (`产出指标—质量指标`). */
static const char *group_label(const name_at *n)
{
    if (n->level2 || !n->level1 || !jx_labels_joined(n->level1))
        return n->level2;
    return n->level1;
}

/* TRUE when a level-2 label is a satisfaction group's (服务对象满意度指标). */
static gboolean says_satisfaction(const char *label)
{
    const char *code = label ? label_code(label) : NULL;
    return code && g_str_has_prefix(code, JX_CODE_SATISFACTION);
}

/* Moves the boundaries between the runs of rows under one level-2 label by
 * what their targets state: a label merged over its group and centred in
 * it prints among the group's rows, so the rows above it fall in the group
 * before (质量指标 printed after the first 合格率 row under it).  The runs
 * stay in their order; `rows` names are paired with targets. */
static void regroup_by_kind(GArray *names, const GArray *targets, guint rows)
{
    if (rows < 2)
        return;
    /* the runs: first row of each, and each row's run */
    guint *run_of = g_new(guint, rows);
    GArray *first = g_array_new(FALSE, FALSE, sizeof(guint));
    for (guint i = 0; i < rows; i++) {
        const name_at *n = &g_array_index(names, name_at, i);
        const name_at *p = i ? &g_array_index(names, name_at, i - 1) : NULL;
        if (!p || g_strcmp0(p->level2, n->level2) != 0 || g_strcmp0(p->level1, n->level1) != 0)
            g_array_append_val(first, i);
        run_of[i] = first->len - 1;
    }
    guint k = first->len;
    if (k < 2) {
        g_free(run_of);
        g_array_unref(first);
        return;
    }
    /* the run's labels, read before any is changed */
    char **l1 = g_new(char *, k), **l2 = g_new(char *, k);
    const char **group = g_new(const char *, k);
    target_kind *want = g_new(target_kind, k);
    for (guint g = 0; g < k; g++) {
        const name_at *n = &g_array_index(names, name_at, g_array_index(first, guint, g));
        l1[g] = n->level1;
        l2[g] = n->level2;
        group[g] = group_label(n);
        want[g] = group[g] ? label_kind(group[g]) : TK_OTHER;
    }
    /* best[i*k+g]: the best score of rows up to i, row i in run g */
    int *best = g_new(int, (gsize)rows * k);
    guint *from = g_new0(guint, (gsize)rows * k);
    for (guint i = 0; i < rows; i++) {
        target_kind t = row_kind(g_array_index(names, name_at, i).name, g_array_index(targets, target_at, i).text->str);
        int prev_max = G_MININT / 2;
        guint prev_arg = 0;
        for (guint g = 0; g < k; g++) {
            /* a row moves only into the run next to its own, of the same
             * family (产出's groups), between runs whose labels tell a kind
             * of target; a row whose name says satisfaction moves into a
             * satisfaction run from any family (its label printed after
             * the group's first rows, they fell in the group before) */
            gboolean named = name_fits(g_array_index(names, name_at, i).name, group[g]);
            gboolean may = g == run_of[i] ||
                           (g + 1 >= run_of[i] && g <= run_of[i] + 1 &&
                            ((((want[g] != TK_OTHER && want[run_of[i]] != TK_OTHER) || named) &&
                              same_family(group[g], group[run_of[i]])) ||
                             (named && says_satisfaction(group[g]))));
            gboolean fits = (t != TK_OTHER && t == want[g]) || named;
            int score = !may ? G_MININT / 4 : (fits ? KIND_FIT : 0) + (g == run_of[i] ? KEEP_GROUP : 0);
            if (i == 0) {
                best[g] = g == 0 ? score : G_MININT / 2;
                continue;
            }
            if (best[(i - 1) * k + g] > prev_max) {
                prev_max = best[(i - 1) * k + g];
                prev_arg = g;
            }
            best[i * k + g] = score + prev_max;
            from[i * k + g] = prev_arg;
        }
    }
    guint g = k - 1;
    for (guint h = 0; h < k; h++)
        if (best[(rows - 1) * k + h] > best[(rows - 1) * k + g])
            g = h;
    for (guint i = rows; i-- > 0;) {
        name_at *n = &g_array_index(names, name_at, i);
        n->level1 = l1[g];
        n->level2 = l2[g];
        g = from[i * k + g];
    }
    g_free(l1);
    g_free(l2);
    g_free(group);
    g_free(best);
    g_free(from);
    g_free(want);
    g_free(run_of);
    g_array_unref(first);
}

/* In regroup_in_form_order's walk a row in the group its name names
 * (name_fits) scores FORM_NAME_FIT and a row keeping its label's group
 * FORM_KEEP: a name's own word outweighs where plain pdftotext printed the
 * label for its row and two rows it drags along (rows keep their order; a
 * label centred in its group prints after two of its rows), and among
 * equal fits the rows stay where they stood. */
#define FORM_NAME_FIT 3
#define FORM_KEEP 1

/* In a form whose year sets 成本指标 as a level-1 (jx_cost_is_level2_in
 * FALSE), a bare 成本指标 printed with no level-2 label of the cost family
 * (经济成本指标, 社会成本指标, 生态环境成本指标) may still be 产出指标's
 * 成本指标 group: forms of the newer years print it either way, and plain
 * pdftotext's label block (`产出指标 质量指标 时效指标 成本指标`) does not
 * tell the column.  Offers it as that group's label in `by_rank` (the
 * output.cost rank) when no other label holds the rank, and returns that
 * rank (-1 when it offers none); regroup_run moves rows into it only where
 * their names name a cost (单位建设成本), no row leaves a group its name
 * names and the group over the unlabelled rows after keeps its rows. */
#define BARE_COST_LABEL "成本指标"
static int bare_cost_as_output_group(const GArray *items, const char **by_rank)
{
    int rank = level2_rank(BARE_COST_LABEL);
    if (rank < 0 || by_rank[rank])
        return -1;
    for (guint r = 0; r < G_N_ELEMENTS(level2_order); r++)
        if (by_rank[r] && g_str_has_prefix(level2_order[r], JX_CODE_COST "."))
            return -1;
    for (guint k = 0; k < items->len; k++) {
        const item *it = &g_array_index(items, item, k);
        const char *code = it->kind == IT_LEVEL1 && !jx_labels_joined(it->norm) ? jx_taxonomy_level1(it->norm) : NULL;
        if (code && strcmp(code, JX_CODE_COST) == 0 && level2_rank(it->norm) == rank) {
            by_rank[rank] = it->norm;
            return rank;
        }
    }
    return -1;
}

/* The group label of each rank of level2_order the region prints (an item
 * read as a level-2 label, the first of its rank), NULL where none: the
 * groups a form's rows can stand under, in the form's order.  In a form of
 * `year` setting 成本指标 as a level-2 (jx_cost_is_level2_in), a level-1
 * label the taxonomy also codes as a level-2 elsewhere counts as one; in
 * another form a bare 成本指标 may (bare_cost_as_output_group, whose rank
 * it returns, -1 when none). */
static int printed_by_rank(const GArray *items, int year, const char **by_rank)
{
    gboolean cost_level2 = jx_cost_is_level2_in(year);
    for (guint k = 0; k < items->len; k++) {
        const item *it = &g_array_index(items, item, k);
        gboolean level2 = it->kind == IT_LEVEL2 ||
                          (cost_level2 && it->kind == IT_LEVEL1 && jx_taxonomy_level2_elsewhere(it->norm));
        if (!level2 || jx_labels_joined(it->norm))
            continue;
        int r = level2_rank(it->norm);
        if (r >= 0 && !by_rank[r])
            by_rank[r] = it->norm;
    }
    return cost_level2 ? -1 : bare_cost_as_output_group(items, by_rank);
}

/* TRUE when the regrouping `want` of a run of `m` rows puts rows in the
 * group of rank `offered` (a bare 成本指标 offered by
 * bare_cost_as_output_group) and the group the run's last row stands in now
 * (`have[m-1]`) keeps none of them: the rows after the run, printed under
 * no level-2 label, take theirs from the row above (社会效益指标 over
 * 社会影响力 …), so the label printed after the run is theirs and not
 * the cost rows' (their 成本指标 is then a level-1 of its own). */
static gboolean last_group_emptied(const int *want, const int *have, guint m, int offered)
{
    gboolean takes = FALSE;
    for (guint i = 0; i < m; i++) {
        if (want[i] == have[m - 1])
            return FALSE;
        takes = takes || want[i] == offered;
    }
    return takes;
}

/* Regroups the rows s..e-1 (each under a ranked level-2 label) over the
 * `k` printed groups `ranks` (in the form's order), keeping the groups in
 * that order, for the most FORM_NAME_FIT and FORM_KEEP; applies it only
 * when it leaves every row whose name named its group there and puts more
 * rows in the group their names name.  `cat`: each row's name's category
 * (jx_taxonomy_name_category), `have`: each row's rank now; no row goes in
 * a group before `lo` (the run before ended there).  `offered`: the rank of
 * a bare 成本指标 offered as a group (bare_cost_as_output_group), -1 when
 * none; when the regrouping with it is not applied, or `carries` (rows under
 * no level-2 label follow the run) and last_group_emptied, the run is read
 * again with that group `barred` (no row in it; -1 bars none), as if it
 * had not been offered.  Returns the group
 * (index into `ranks`) the run ends in; `*moved` set when a row moved. */
static guint regroup_run(GArray *names, guint s, guint e, const int *ranks, guint k, guint lo,
                         const char **by_rank, const char *const *cat, const int *have,
                         int offered, gboolean carries, int barred, gboolean *moved)
{
    guint m = e - s;
    if (barred >= 0 && ranks[lo] == barred) /* the run before ended in it: nothing to bar */
        barred = -1;
    int *best = g_new(int, (gsize)m * k);
    guint8 *from = g_new0(guint8, (gsize)m * k);
    for (guint i = 0; i < m; i++) {
        int run_max = G_MININT / 2;
        guint run_at = 0;
        for (guint g = 0; g < k; g++) {
            int score = g < lo || ranks[g] == barred ? G_MININT / 2
                               : (cat[s + i] && strcmp(cat[s + i], level2_order[ranks[g]]) == 0 ? FORM_NAME_FIT : 0) +
                                     (have[s + i] == ranks[g] ? FORM_KEEP : 0);
            if (i == 0) {
                best[g] = score;
                continue;
            }
            if (best[(i - 1) * k + g] > run_max)
                run_max = best[(i - 1) * k + g], run_at = g;
            best[i * k + g] = run_max + score;
            from[i * k + g] = (guint8)run_at;
        }
    }
    guint g = lo;
    for (guint h = lo + 1; h < k; h++)
        if (best[(m - 1) * k + h] > best[(m - 1) * k + g])
            g = h;
    guint last = g;
    int *want = g_new(int, m);
    for (guint i = m; i-- > 0;) {
        want[i] = ranks[g];
        g = from[i * k + g];
    }
    guint before = 0, after = 0;
    gboolean lost = FALSE;
    for (guint i = 0; i < m; i++) {
        const char *c = cat[s + i];
        gboolean fit_before = c && strcmp(c, level2_order[have[s + i]]) == 0;
        gboolean fit_after = c && strcmp(c, level2_order[want[i]]) == 0;
        before += fit_before;
        after += fit_after;
        lost = lost || (fit_before && !fit_after);
    }
    if (offered >= 0 && (lost || after <= before || (carries && last_group_emptied(want, have + s, m, offered)))) {
        /* read the run again without the offered group */
        g_free(want);
        g_free(best);
        g_free(from);
        return regroup_run(names, s, e, ranks, k, lo, by_rank, cat, have, -1, FALSE, offered, moved);
    }
    gboolean apply = !lost && after > before;
    for (guint i = 0; apply && i < m; i++)
        if (want[i] != have[s + i]) {
            g_array_index(names, name_at, s + i).level2 = (char *)by_rank[want[i]];
            *moved = TRUE;
        }
    if (!apply) /* the run stays: its last row's group, or the lowest */
        for (last = lo; last + 1 < k && ranks[last + 1] <= have[e - 1]; last++)
            ;
    g_free(want);
    g_free(best);
    g_free(from);
    return last;
}

/* The category a name naming a cost (jx_taxonomy_name_category's
 * output.cost: 人均补助标准, 单位建设成本) fits among the printed groups
 * `by_rank`: where no output.cost group is printed but 经济成本指标 is, the
 * form's 成本指标 is a level-1 and such names are its economic costs; NULL
 * where the name's own category stands. */
static const char *cost_names_group(const char **by_rank)
{
    const char *output_cost = NULL, *economic = NULL;
    for (guint r = 0; r < G_N_ELEMENTS(level2_order); r++) {
        if (strcmp(level2_order[r], JX_CODE_OUTPUT_COST) == 0)
            output_cost = by_rank[r];
        else if (strcmp(level2_order[r], JX_CODE_COST_ECONOMIC) == 0)
            economic = by_rank[r];
    }
    return !output_cost && economic ? JX_CODE_COST_ECONOMIC : NULL;
}

/* The fewest rows the group before an empty one holds for
 * fill_empty_groups to take its last row: a group of two rows hands its
 * second as often to a group whose own rows were lost (calc split f0222,
 * f0117: the empty group's row printed elsewhere or not read). */
#define FILL_MIN_ROWS 3

/* Hands the last row of a group to the printed group right after it in
 * the form's order when that group holds no row at all (a printed level-2
 * label heads at least one row): plain pdftotext prints a group's label
 * after two of its rows or more, and a row whose name names no category
 * (`服务能力和水平`, `引进推广新技术新成果`) stayed in the group before.
 * Only within one family (same_family), never into the offered bare
 * 成本指标 (`offered`, bare_cost_as_output_group), only when the group
 * before holds FILL_MIN_ROWS rows or more, one of them named for it, its
 * last row's name names no category (cat NULL) and no row's name names the
 * empty group (its row stands elsewhere).  Sets `*moved` when a row moves. */
static void fill_empty_groups(GArray *names, guint rows, const int *ranks, guint k, const char **by_rank,
                              const char *const *cat, int offered, gboolean *moved)
{
    int *now = g_new(int, rows); /* each row's group rank, read once */
    for (guint i = 0; i < rows; i++) {
        const char *l2 = g_array_index(names, name_at, i).level2;
        now[i] = l2 ? level2_rank(l2) : -1;
    }
    for (guint j = 1; j < k; j++) {
        const char *prev = by_rank[ranks[j - 1]], *empty = by_rank[ranks[j]];
        if (ranks[j] == offered || !same_family(prev, empty))
            continue;
        guint first = rows, last = rows, held = 0;
        gboolean anchored = FALSE, named_elsewhere = FALSE;
        for (guint i = 0; i < rows; i++) {
            int r = now[i];
            held += r == ranks[j];
            named_elsewhere = named_elsewhere || (cat[i] && strcmp(cat[i], level2_order[ranks[j]]) == 0);
            if (r == ranks[j - 1]) {
                first = first == rows ? i : first;
                last = i;
                anchored = anchored || (cat[i] && strcmp(cat[i], level2_order[ranks[j - 1]]) == 0);
            }
        }
        if (held || first == rows || named_elsewhere || !anchored || last - first + 1 < FILL_MIN_ROWS || cat[last])
            continue;
        g_array_index(names, name_at, last).level2 = (char *)empty;
        now[last] = ranks[j];
        *moved = TRUE;
    }
    g_free(now);
}

/* Puts the rows in the groups the form's order and their names say where
 * plain pdftotext printed the level-2 labels in another order than the rows
 * (数量指标 时效指标 … 质量指标: the label cells print where their merged
 * cells' text falls in the content stream, a block of them apart from the
 * rows): the rows keep their order and stand in the printed groups in the
 * form's order (level2_order), so a group's rows are those its names name
 * (`资金拨付及时率` a 时效指标's, `项目区农民人均增收` an 经济效益指标's).
 * Only rows under ranked labels are regrouped, a run at a time, and only
 * when no row whose name named its group leaves it (regroup_run); `year`:
 * the form's (printed_by_rank).  TRUE when a row moved (its level-1 is then left for match_families). */
static gboolean regroup_in_form_order(GArray *names, guint rows, const GArray *items, int year)
{
    const char *by_rank[G_N_ELEMENTS(level2_order)] = {0};
    int offered = printed_by_rank(items, year, by_rank);
    for (guint i = 0; i < rows; i++) {
        /* a label the rows took another way (a shared 成本指标 read as level-2) */
        const name_at *n = &g_array_index(names, name_at, i);
        int r = n->level2 ? level2_rank(n->level2) : -1;
        if (r >= 0 && !by_rank[r])
            by_rank[r] = n->level2;
        if (r >= 0 && r == offered) /* a row holds the group already: no offer */
            offered = -1;
    }
    int ranks[G_N_ELEMENTS(level2_order)];
    guint k = 0;
    for (guint r = 0; r < G_N_ELEMENTS(level2_order); r++)
        if (by_rank[r])
            ranks[k++] = (int)r;
    if (k < 2 || rows < 2)
        return FALSE;
    gboolean moved = FALSE;
    const char **cat = g_new0(const char *, rows);
    int *have = g_new(int, rows);
    const char *cost_as = cost_names_group(by_rank);
    for (guint i = 0; i < rows; i++) {
        const name_at *n = &g_array_index(names, name_at, i);
        have[i] = n->level2 && !(n->level1 && jx_labels_joined(n->level1)) ? level2_rank(n->level2) : -1;
        cat[i] = have[i] >= 0 && n->name ? jx_taxonomy_name_category(n->name) : NULL;
        if (cat[i] && cost_as && strcmp(cat[i], JX_CODE_OUTPUT_COST) == 0)
            cat[i] = cost_as;
    }
    guint lo = 0; /* the group the run before ended in: a later run starts no higher */
    for (guint s = 0, e; s < rows; s = e + 1) {
        for (; s < rows && have[s] < 0; s++)
            ;
        for (e = s; e < rows && have[e] >= 0; e++)
            ;
        if (e > s + 1)
            lo = regroup_run(names, s, e, ranks, k, lo, by_rank, cat, have, offered, e < rows, -1, &moved);
    }
    fill_empty_groups(names, rows, ranks, k, by_rank, cat, offered, &moved);
    g_free(cat);
    g_free(have);
    return moved;
}

/* Gives each name whose level-1 label is not its level-2 label's family the
 * level-1 label of that family the region prints, if any: a labels column
 * printed as a block (`成本指标` `效益指标` … `产出指标`) puts level-1 labels
 * out of their rows' order, while a level-2 label names its family
 * (经济成本指标 is a 成本指标's, 质量指标 an 产出指标's). */
static void match_families(GArray *names, const GArray *items)
{
    for (guint i = 0; i < names->len; i++) {
        name_at *n = &g_array_index(names, name_at, i);
        const char *code = n->level2 ? jx_taxonomy_level2(NULL, n->level2) : NULL;
        if (!code)
            continue;
        gsize fam = strcspn(code, ".");
        const char *have = n->level1 ? jx_taxonomy_level1(n->level1) : NULL;
        if (have && strlen(have) == fam && strncmp(have, code, fam) == 0)
            continue;
        char *found = NULL;
        for (guint k = 0; k < items->len && !found; k++) {
            const item *it = &g_array_index(items, item, k);
            const char *c = it->kind == IT_LEVEL1 ? jx_taxonomy_level1(it->norm) : NULL;
            if (c && strlen(c) == fam && strncmp(c, code, fam) == 0)
                found = it->norm;
        }
        /* none of that family printed: the one the taxonomy also lists the
         * label under (服务对象满意度指标 under 效益指标, an older form's) */
        for (guint k = 0; k < items->len && !found; k++) {
            const item *it = &g_array_index(items, item, k);
            if (it->kind == IT_LEVEL1 && jx_taxonomy_lists(it->norm, n->level2))
                found = it->norm;
        }
        if (found)
            n->level1 = found;
    }
}

/* The shortest free level-2 label (one a free level-1 such as 过程 lists
 * with no code of its own: 资产管理, 预算执行) worth reading inside a name: a
 * two-character word (管理) is part of too many names. */
#define MIN_FREE_LABEL_CHARS 4

/* The free level-2 label printed in the region (an item read as a level-2)
 * that the name `name` holds, or NULL; the longest when it holds several. */
static const char *free_label_in_name(const char *name, const GArray *items)
{
    const char *found = NULL;
    for (guint k = 0; k < items->len; k++) {
        const item *it = &g_array_index(items, item, k);
        if (it->kind != IT_LEVEL2 || jx_taxonomy_standard_level2(it->norm) ||
            g_utf8_strlen(it->norm, -1) < MIN_FREE_LABEL_CHARS || !strstr(name, it->norm))
            continue;
        if (!found || strlen(it->norm) > strlen(found))
            found = it->norm;
    }
    return found;
}

/* Puts each row whose name holds a free level-2 label the region prints
 * (资产管理制度健全性, 预算执行率) under that label, and under the region's
 * level-1 that lists it: a department form's 决策 / 过程 labels print as a
 * block away from their rows in plain pdftotext, and their codes are the
 * level-1's alone, so neither order nor the targets' kinds place the rows,
 * while such a name is its group's own word (项目管理 / 项目管理制度健全性).
 * The rows after such a row that stood in its old group follow it (预算执行率
 * / 支付进度符合率 …) while that group's label prints before the new one:
 * rows keep their order, so they are in no group before the moved row's. */
static void free_labels_in_names(GArray *names, guint rows, const GArray *items)
{
    const char *from1 = NULL, *from2 = NULL, *to1 = NULL, *to2 = NULL;
    for (guint i = 0; i < rows; i++) {
        name_at *n = &g_array_index(names, name_at, i);
        const char *label = free_label_in_name(n->name, items);
        if (!label) {
            if (to2 && g_strcmp0(n->level1, from1) == 0 && g_strcmp0(n->level2, from2) == 0) {
                n->level1 = (char *)to1;
                n->level2 = (char *)to2;
            } else {
                to2 = NULL;
            }
            continue;
        }
        const char *owner = NULL;
        for (guint k = 0; k < items->len && !owner; k++) {
            const item *it = &g_array_index(items, item, k);
            if (it->kind == IT_LEVEL1 && jx_taxonomy_lists(it->norm, label))
                owner = it->norm;
        }
        if (!owner) {
            to2 = NULL;
            continue;
        }
        /* where the old and the new label print */
        int at_from = -1, at_to = -1;
        for (guint k = 0; k < items->len; k++) {
            const item *it = &g_array_index(items, item, k);
            if (it->kind == IT_LEVEL2 && at_from < 0 && n->level2 && strcmp(it->norm, n->level2) == 0)
                at_from = (int)k;
            if (it->kind == IT_LEVEL2 && at_to < 0 && strcmp(it->norm, label) == 0)
                at_to = (int)k;
        }
        from1 = n->level1;
        from2 = n->level2;
        to1 = at_from >= 0 && at_from < at_to ? owner : NULL;
        to2 = to1 ? label : NULL;
        n->level1 = (char *)owner;
        n->level2 = (char *)label;
    }
}

/* TRUE when a row stands under a satisfaction group: its level-1 or its
 * level-2 label (or both in one) says satisfaction. */
static gboolean under_satisfaction(const name_at *n)
{
    return satisfaction_level1(n->level1) || says_satisfaction(n->level2) ||
           (n->level1 && jx_labels_joined(n->level1) && says_satisfaction(n->level1));
}

/* The satisfaction labels of a region: those of a row standing under them
 * (the region's own pair), else the last satisfaction level-1 and level-2
 * labels printed (a label joining both levels as the level-1, no level-2).
 * FALSE when the region prints none. */
static gboolean satisfaction_labels(const GArray *names, guint rows, const GArray *items, char **l1,
                                    char **l2)
{
    for (guint i = 0; i < rows; i++) {
        const name_at *n = &g_array_index(names, name_at, i);
        if (under_satisfaction(n)) {
            *l1 = n->level1;
            *l2 = n->level2;
            return TRUE;
        }
    }
    *l1 = *l2 = NULL;
    for (guint k = 0; k < items->len; k++) {
        const item *it = &g_array_index(items, item, k);
        if (it->kind == IT_LEVEL1 && jx_labels_joined(it->norm) && says_satisfaction(it->norm)) {
            *l1 = it->norm;
            *l2 = NULL;
        } else if (it->kind == IT_LEVEL1 && satisfaction_level1(it->norm)) {
            *l1 = it->norm;
        } else if (it->kind == IT_LEVEL2 && says_satisfaction(it->norm)) {
            *l2 = it->norm;
        }
    }
    if (*l1 && jx_labels_joined(*l1))
        *l2 = NULL;
    return *l1 || *l2;
}

/* The level-1 word a satisfaction label ends in when it names the level
 * (`满意度指标`), not the group (`满意度`). */
static const char *const level1_endings[] = {"指标"};

/* TRUE when the satisfaction label `label` names the level-1 (ends in a
 * level1_endings word). */
static gboolean names_level1(const char *label)
{
    for (guint k = 0; k < G_N_ELEMENTS(level1_endings); k++)
        if (g_str_has_suffix(label, level1_endings[k]))
            return TRUE;
    return FALSE;
}

/* Gives the rows under a satisfaction level-1 with no level-2 the region's
 * other satisfaction label as their level-2: an older form prints both
 * cells, `满意度指标` beside `满意度`, and either word reads as a level-1, so
 * the rows stood under one of them with no level-2.  Of two
 * satisfaction labels worded apart, the one naming the level
 * (names_level1) is the level-1, the other the level-2; a form whose two
 * cells say the same word (`满意度` / `满意度`) prints it twice, both levels.
 * A region printing a word once only is left alone. */
static void satisfaction_level2_worded_apart(GArray *names, guint rows, const GArray *items)
{
    const char *l1 = NULL, *l2 = NULL;
    guint group_words = 0; /* the times the group's word prints */
    for (guint k = 0; k < items->len; k++) {
        const item *it = &g_array_index(items, item, k);
        gboolean satisfied = (it->kind == IT_LEVEL1 && satisfaction_level1(it->norm)) ||
                             (it->kind == IT_LEVEL2 && says_satisfaction(it->norm));
        if (!satisfied || jx_labels_joined(it->norm))
            continue;
        gboolean level1 = names_level1(it->norm);
        const char **wording = level1 ? &l1 : &l2;
        group_words += !level1;
        if (!*wording)
            *wording = it->norm;
        else if (strcmp(*wording, it->norm) != 0)
            return; /* more than one wording of a level: no pair to read */
    }
    if (!l1 && group_words >= 2)
        l1 = l2; /* both cells say the group's word (满意度 / 满意度) */
    if (!l1 || !l2)
        return;
    for (guint i = 0; i < rows; i++) {
        name_at *n = &g_array_index(names, name_at, i);
        if (n->level2 || !n->level1 || jx_labels_joined(n->level1) || !under_satisfaction(n))
            continue;
        n->level1 = (char *)l1;
        n->level2 = (char *)l2;
    }
}

/* Puts the rows that close a region with names saying satisfaction
 * (`社会公众满意度`, see ends_satisfied) under the region's satisfaction
 * labels: a form's last group is its satisfaction group, and plain
 * pdftotext prints its merged label cells wherever the content stream has
 * them (after the rows, among the group before's labels, a piece a line),
 * so read where printed the rows stood under the group before (可持续影响指标).
 * Only the run of such names the region ends on moves, and only when the
 * region prints a satisfaction label. */
static void satisfaction_rows_at_end(GArray *names, guint rows, const GArray *items)
{
    char *l1 = NULL, *l2 = NULL;
    guint first = rows;
    while (first > 0 && ends_satisfied(g_array_index(names, name_at, first - 1).name))
        first--;
    if (first == rows || !satisfaction_labels(names, rows, items, &l1, &l2))
        return;
    for (guint i = first; i < rows; i++) {
        name_at *n = &g_array_index(names, name_at, i);
        if (under_satisfaction(n))
            continue;
        n->level1 = l1;
        n->level2 = l2;
    }
}

/* Gives each name under a level-1 label that is also a level-2 under
 * another level-1 (成本指标: a level-2 under 产出指标 before
 * JX_COST_LEVEL1_SINCE), with no level-2 label of its own, that label as its
 * level-2 and the region's level-1 it belongs under as its level-1, in a
 * form of a year before: plain pdftotext's stream shows no column, so the
 * year the form states is the evidence the cell-stream reader uses too. */
static void shared_label_as_level2(GArray *names, guint rows, int year)
{
    if (!jx_cost_is_level2_in(year))
        return;
    for (guint i = 0; i < rows; i++) {
        name_at *n = &g_array_index(names, name_at, i);
        if (!n->level1 || n->level2 || jx_labels_joined(n->level1) ||
            !jx_taxonomy_level2_elsewhere(n->level1))
            continue;
        /* the level-1 whose level-2 the label is, as the region prints it:
         * the nearest row's before, else after */
        const char *owner = NULL;
        for (guint d = 1; d < rows && !owner; d++) {
            for (int side = -1; side <= 1 && !owner; side += 2) {
                gint64 j = (gint64)i + side * (gint64)d;
                if (j < 0 || j >= (gint64)rows)
                    continue;
                const name_at *o = &g_array_index(names, name_at, (guint)j);
                if (o->level1 && !jx_labels_joined(o->level1) && jx_taxonomy_lists(o->level1, n->level1))
                    owner = o->level1;
            }
        }
        if (!owner)
            continue;
        n->level2 = n->level1;
        n->level1 = (char *)owner;
    }
}

/* TRUE when the header words stand among the data: on the region's first
 * page, a run of fewer than SCATTER_HEADER_WORDS header words between lines
 * of data (a header printed whole, or repeated whole, is a longer run). */
static gboolean scattered(const GArray *items)
{
    int run = 0, page = items->len ? g_array_index(items, item, 0).page : 0;
    gboolean data = FALSE;
    for (guint i = 0; i < items->len; i++) {
        const item *it = &g_array_index(items, item, i);
        if (it->page != page)
            break;
        if (it->kind == IT_HEADER) {
            run++;
        } else if (it->kind != IT_SKIP) {
            if (run && run < SCATTER_HEADER_WORDS && (data || i > 0))
                return TRUE;
            run = 0;
            data = TRUE;
        }
    }
    return FALSE;
}

/* TRUE when the region's lines hold a cell each: no two spaces or a tab
 * part cells on CELLS_ALONE_SHARE of its lines, as plain pdftotext prints
 * a table even with its header whole (a layout dump sets a row's cells on
 * one line, apart). */
static gboolean cells_alone(const GPtrArray *lines)
{
    guint filled = 0, alone = 0;
    for (guint i = 0; i < lines->len; i++) {
        const char *s = lines->pdata[i];
        s += strspn(s, " \t");
        if (!*s)
            continue;
        filled++;
        alone += !strstr(s, "  ") && !strchr(s, '\t');
    }
    return filled && (double)alone >= CELLS_ALONE_SHARE * (double)filled;
}

/* TRUE when the region's table holds two targets a row (a half-year's
 * and the year's), by its header words (see pair_up_halves). */
static gboolean has_two_targets(const GArray *items)
{
    int ops = 0, page = items->len ? g_array_index(items, item, 0).page : 0;
    for (guint i = 0; i < items->len; i++) {
        const item *it = &g_array_index(items, item, i);
        jx_role r = it->kind == IT_HEADER ? jx_header_word_role(it->norm) : JX_ROLE_NONE;
        if (r == JX_ROLE_HALF_VALUE || r == JX_ROLE_HALF_OP || r == JX_ROLE_HALF_UNIT)
            return TRUE;
        /* two operator columns under one header (the half-year's own
         * header word printed pages later) */
        ops += r == JX_ROLE_OP && it->page == page;
        if (ops > 1)
            return TRUE;
    }
    return FALSE;
}

/* The word a target column's header holds (指标值, 年度目标值), which a
 * form's goal field above the table (年度目标, 年度绩效目标), read as the
 * same role, lacks. */
static const char *const value_column_words[] = {"值"};

/* Where a table's mid-term target column (中期目标值) stands: none, before
 * the year's target column, or after it. */
typedef enum { MID_NONE, MID_BEFORE, MID_AFTER } mid_place;

/* Where the region's table holds a mid-term target beside the year's in
 * each row, by its header words (中期目标值 | 年度目标值, or 年度指标值 |
 * 中期指标值): the row prints its two targets in that order, and the record
 * keeps the year's.  A column's header word after the year's stands among
 * the header words printed with it, no cell between (a name holding the
 * word further on, `“双百计划”项目中期考核数`, is no header).  A form's goal
 * field above the table (年度目标) is no target column's word. */
static mid_place mid_targets_place(const GArray *items)
{
    gboolean mid = FALSE;
    for (guint i = 0; i < items->len; i++) {
        const item *it = &g_array_index(items, item, i);
        if (it->kind != IT_HEADER)
            continue;
        if (jx_stream_sets_aside_targets(it->norm)) {
            mid = TRUE;
        } else if (jx_header_word_role(it->norm) == JX_ROLE_VALUE &&
                   jx_norm_holds_listed(it->norm, value_column_words, G_N_ELEMENTS(value_column_words))) {
            if (mid)
                return MID_BEFORE;
            for (guint k = i + 1; k < items->len && g_array_index(items, item, k).kind == IT_HEADER; k++)
                if (jx_stream_sets_aside_targets(g_array_index(items, item, k).norm))
                    return MID_AFTER;
            return MID_NONE;
        }
    }
    return MID_NONE;
}

/* TRUE when a mid-term target after the year's (`≥51,000人` after
 * `≥10,200人`) fits it: mid_fits with the two in print order. */
static gboolean year_then_mid_fits(const char *year, const char *mid)
{
    return mid_fits(mid, year);
}

/* After pair_up_halves paired each row's year's target and the mid-term
 * one printed after it, the first in `mids` and the second in `targets`:
 * puts the year's back in `targets` (the record's) and the mid-term's in
 * `mids` (set aside). */
static void year_before_mid(GArray *targets, GPtrArray *mids)
{
    for (guint k = 0; k < mids->len && k < targets->len; k++) {
        char *year = mids->pdata[k];
        if (!year)
            continue;
        GString *t = g_array_index(targets, target_at, k).text;
        mids->pdata[k] = g_strdup(t->str);
        g_string_assign(t, year);
        g_free(year);
    }
}

/* TRUE when a work item's piece is among the items. */
static gboolean has_task_items(const GArray *items)
{
    for (guint i = 0; i < items->len; i++)
        if (g_array_index(items, item, i).kind == IT_TASK)
            return TRUE;
    return FALSE;
}

/* TRUE when a header word names a column this reader cannot rebuild: a
 * work item none of whose pieces was told from the names. */
static gboolean has_unread_column(const GArray *items)
{
    for (guint i = 0; i < items->len; i++) {
        const item *it = &g_array_index(items, item, i);
        /* a work item with no piece read is a column not understood */
        if (it->kind == IT_HEADER && jx_header_word_role(it->norm) == JX_ROLE_TASK && !has_task_items(items))
            return TRUE;
    }
    return FALSE;
}

/* ------------------------------------------------------------- the reader */

struct jx_colblocks {
    GPtrArray *held;  /* char*: the region's lines */
    GArray *lines;    /* int: their line numbers */
    GArray *pages;    /* int: their pages */
    GArray *notes;    /* gboolean: a note or signature line (see jx_colblocks_take_line) */
    int closing_page; /* the page of the region's first note, 0 before one */
    gboolean held_target; /* a target among the held lines: the table's rows have begun */
    gboolean two_targets; /* a region's table held two targets a row: the
                             document's later regions are that table's rest */
    gboolean holding;
    int year; /* the first year a line states (see shared_label_as_level2), or 0 */
    int seq_tail; /* outside a region: the last of a run 1, 2, 3 … of whole
                     numbers alone on their lines, blank lines aside, that the
                     last lines were (0 when they were not) */
    int seq_before; /* the last 序号 of such a run of at least MIN_SEQ_RUN
                       right before the held region, or 0 */
    GPtrArray *kind_held; /* char*: outside a region, a kind column's header
                             word and the labels right under it (see
                             kind_labels_wait) */
    GArray *kind_lines, *kind_pages; /* int: their line numbers and pages */
    jx_cellrun *next;
    jx_cellrun_grid_fn grid_fn;
    gpointer data;
};

jx_colblocks *jx_colblocks_new(jx_cellrun *next, jx_cellrun_grid_fn grid_fn, gpointer data)
{
    jx_colblocks *b = g_new0(jx_colblocks, 1);
    b->held = g_ptr_array_new_with_free_func(g_free);
    b->lines = g_array_new(FALSE, FALSE, sizeof(int));
    b->pages = g_array_new(FALSE, FALSE, sizeof(int));
    b->notes = g_array_new(FALSE, FALSE, sizeof(gboolean));
    b->kind_held = g_ptr_array_new_with_free_func(g_free);
    b->kind_lines = g_array_new(FALSE, FALSE, sizeof(int));
    b->kind_pages = g_array_new(FALSE, FALSE, sizeof(int));
    b->next = next;
    b->grid_fn = grid_fn;
    b->data = data;
    return b;
}

void jx_colblocks_free(jx_colblocks *b)
{
    if (!b)
        return;
    g_ptr_array_unref(b->held);
    g_array_unref(b->lines);
    g_array_unref(b->pages);
    g_array_unref(b->notes);
    g_ptr_array_unref(b->kind_held);
    g_array_unref(b->kind_lines);
    g_array_unref(b->kind_pages);
    g_free(b);
}

static void release(jx_colblocks *b)
{
    g_ptr_array_set_size(b->held, 0);
    g_array_set_size(b->lines, 0);
    g_array_set_size(b->pages, 0);
    g_array_set_size(b->notes, 0);
    b->closing_page = 0;
    b->held_target = FALSE;
    b->holding = FALSE;
    b->seq_before = 0;
}

static void replay(jx_colblocks *b)
{
    for (guint i = 0; i < b->held->len; i++)
        jx_cellrun_take_line(b->next, b->held->pdata[i], g_array_index(b->lines, int, i),
                             g_array_index(b->pages, int, i));
}

/* The header row of the grid: the columns this reader fills. */
static const char *const grid_header[] = {"一级指标", "二级指标", "三级指标", "指标值"};
enum { COL_LEVEL1, COL_LEVEL2, COL_NAME, COL_VALUE };
/* …and of a table with a work-item column (名称 left of 指标内容) */
static const char *const task_grid_header[] = {"一级指标", "二级指标", "名称", "指标内容", "指标值"};
enum { TCOL_TASK = 2, TCOL_NAME, TCOL_VALUE };
/* …and of a half-year table: the half-year's target, then the year's */
static const char *const half_grid_header[] = {"一级指标", "二级指标", "三级指标", "半年(程)指标值",
                                               "全年(程)指标值"};
enum { HCOL_VALUE = COL_VALUE + 1 };

/* The rows whose half-year cell holds a target. */
static guint filled_halves(const GPtrArray *halves)
{
    guint filled = 0;
    for (guint i = 0; i < halves->len; i++)
        filled += halves->pdata[i] != NULL;
    return filled;
}

/* The target column's header word as printed when it states the figures'
 * unit (`指标目标值(%)`: normalized texts use ASCII brackets; a form's
 * 年度目标 above the table reads as the same column's word), else NULL:
 * the grid's header then carries the unit to the figures that state none,
 * as a table read whole does. */
static const char *value_header_with_unit(const GArray *items)
{
    for (guint i = 0; i < items->len; i++) {
        const item *it = &g_array_index(items, item, i);
        if (it->kind != IT_HEADER || jx_header_word_role(it->norm) != JX_ROLE_VALUE)
            continue;
        const char *open = strrchr(it->norm, '(');
        if (open && g_str_has_suffix(open, ")") && open[1] != ')')
            return it->norm;
    }
    return NULL;
}

/* The items of the held region, in order (read_items, the work items'
 * pieces told first); the caller's. */
static GArray *read_held_items(const jx_colblocks *b)
{
    GHashTable *tasks = task_pieces(b->held, b->notes);
    GArray *items = read_items(b->held, b->lines, b->pages, b->notes, tasks);
    if (tasks)
        g_hash_table_unref(tasks);
    return items;
}

/* In a half-year table, the text items that read as a deadline counted
 * from an event (is_relative_deadline) are targets: the half-year's and the
 * year's print one after the other and pair as one row's two (half_fits),
 * where read as names they took rows of their own and the region paired too
 * few of its names to be read.  In a table of one target a row such a
 * target, printed out of its row's order, pairs by print order alone with
 * another row's name (measured: plain pdftotext's split and bureau cells
 * lost more than the others gained), so it stays text there. */
static void deadlines_as_targets(GArray *items)
{
    for (guint i = 0; i < items->len; i++) {
        item *it = &g_array_index(items, item, i);
        if (it->kind == IT_TEXT && is_relative_deadline(it->norm))
            it->kind = IT_TARGET;
    }
}

/* The operator of `part` when it is a whole target of a figure or a date
 * with its operator (`≥ 1,620人`, `≤2019-06-30`); JX_OP_NONE
 * otherwise (words, a figure without operator, more than one target). */
static jx_op whole_target_op(const char *part)
{
    if (jx_cell_classify(part) != JX_CK_TARGET)
        return JX_OP_NONE;
    const jx_target *t;
    jx_norm_target_peek(part, &t);
    return t->kind == JX_KIND_NUMBER || t->kind == JX_KIND_DATE ? t->op : JX_OP_NONE;
}

/* Where text item `norm` parts into a half-year table's row's two targets
 * printed on one line (`≥ 1,620人≥ 5,400人`, `≤2019-06-30 ≤2019-11-30`):
 * the byte offset of the second's operator, 0 when it does not.  Both
 * parts are whole targets (operator, figure or date, unit) under the same
 * operator sign, the first fitting the second as a half-year's does
 * (half_fits); a range (`≥80% ≤100%`) bounds one target from both sides,
 * its two operators opposite, and is no two targets.  The second operator
 * is the first sign after one that is no sign (`>=`, `＞＝` is one
 * operator).  A first target opened by a word (`不超过 9 个工作日 ≤15
 * 个工作日`) is left as it is: measured, its year's target then paired with
 * a name two names were joined into, and moved its group's labels. */
static gsize two_targets_seam(const char *norm)
{
    if (!jx_norm_is_op_sign(g_utf8_get_char(norm)))
        return 0;
    gboolean in_op = TRUE; /* the first target's own operator */
    for (const char *p = norm; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        gboolean sign = jx_norm_is_op_sign(c);
        if (sign && !in_op) {
            char *first = g_strstrip(g_strndup(norm, (gsize)(p - norm)));
            jx_op a = whole_target_op(first), b = a ? whole_target_op(p) : JX_OP_NONE;
            gboolean two = a && a == b && half_fits(first, p);
            g_free(first);
            return two ? (gsize)(p - norm) : 0;
        }
        in_op = sign || (in_op && c == ' ');
    }
    return 0;
}

/* In a half-year table, a text item that is a row's half-year and year
 * targets printed on one line (two_targets_seam) becomes the two targets,
 * printed one after the other as the other rows' are: read as one name it
 * took a row of its own and moved every name after it a row on. */
static void two_targets_apart(GArray *items)
{
    for (guint i = 0; i < items->len; i++) {
        item *it = &g_array_index(items, item, i);
        gsize seam = it->kind == IT_TEXT ? two_targets_seam(it->norm) : 0;
        if (!seam)
            continue;
        item year = *it;
        year.norm = g_strdup(it->norm + seam);
        year.raw = g_strdup(year.norm);
        year.chars = g_utf8_strlen(year.norm, -1);
        char *half = g_strstrip(g_strndup(it->norm, seam));
        g_free(it->norm);
        g_free(it->raw);
        it->norm = half;
        it->raw = g_strdup(half);
        it->chars = g_utf8_strlen(half, -1);
        it->kind = year.kind = IT_TARGET;
        g_array_insert_val(items, i + 1, year);
        i++;
    }
}

/* TRUE when nothing but labels, operators, units, 序号, work items,
 * explanations and header words stands between items `from` and `to`
 * (from < to): no other name's text, and no target but `targets` of them
 * (a half-year table's row prints its half-year target between its name
 * and the year's). */
static gboolean nothing_between(const GArray *items, guint from, guint to, guint targets)
{
    guint seen = 0;
    for (guint i = from + 1; i < to; i++) {
        item_kind k = g_array_index(items, item, i).kind;
        seen += k == IT_TARGET;
        if (k == IT_TEXT || seen > targets)
            return FALSE;
    }
    return seen == targets;
}

/* TRUE when name `n` and target `t`, printed side by side, make a row
 * by themselves: the name no stray piece (MAX_STRAY_CHARS: a name's cut
 * tail), the target more than a bare whole number (a 序号 printed after
 * its row's name reads as one) and no figure without its unit (lacks_unit:
 * in a region printed out of order a figure's unit column is often a block
 * of its own, and the figure beside the name another row's; measured on
 * plain pdftotext's dumps, such rows were wrong far more often than right). */
static gboolean row_by_itself(const name_at *n, const target_at *t)
{
    return n->name && g_utf8_strlen(n->name, -1) > MAX_STRAY_CHARS &&
           jx_cell_classify(t->text->str) != JX_CK_INT && !lacks_unit(t);
}

/* Keeps of the first `rows` pairs (names[k] with targets[k]) those printed
 * side by side, the name right before its target (nothing_between), that
 * make a row by themselves (row_by_itself), as the first rows of both;
 * returns how many.  A row printed row by row is read by its own print,
 * whatever the order of the region's other blocks: when the region's pairs
 * fail read_region's guard, these are the rows it does not doubt. */
static guint side_by_side_rows(GArray *names, GArray *targets, guint rows, const GArray *items,
                               GPtrArray *halves)
{
    GArray *keep_n = g_array_new(FALSE, FALSE, sizeof(guint));
    GArray *keep_t = g_array_new(FALSE, FALSE, sizeof(guint));
    guint kept = 0;
    for (guint k = 0; k < rows; k++) {
        const name_at *na = &g_array_index(names, name_at, k);
        const target_at *ta = &g_array_index(targets, target_at, k);
        guint n = na->at, t = ta->at;
        guint between = halves && halves->pdata[k] ? 1 : 0;
        if (n < t && nothing_between(items, n, t, between) && row_by_itself(na, ta)) {
            g_array_append_val(keep_n, k);
            g_array_append_val(keep_t, k);
            if (halves) {
                /* the row's half-year target moves with it */
                gpointer h = halves->pdata[k];
                halves->pdata[k] = halves->pdata[kept];
                halves->pdata[kept] = h;
            }
            kept++;
        }
    }
    if (halves)
        g_ptr_array_set_size(halves, kept);
    keep_only_pairs(names, targets, keep_n, keep_t);
    return kept;
}

/* Reads the held region and hands its table on when `emit`; FALSE when it
 * is no table of this form.  When emitting, a region whose pairs fail the
 * guard as a whole gives the rows printed side by side (side_by_side_rows),
 * flagged: the guard costs the rows it doubts, not the table. */
static gboolean read_region(jx_colblocks *b, gboolean emit)
{
    GArray *items = read_held_items(b);
    b->two_targets = b->two_targets || has_two_targets(items);
    if (b->two_targets) {
        deadlines_as_targets(items);
        two_targets_apart(items);
    }
    gboolean ok = (scattered(items) || cells_alone(b->held)) && !has_unread_column(items);
    gboolean form = ok; /* a table of this form, before its pairs are judged */
    GArray *targets = ok ? read_targets(items, ops_follow(b->held) && !ops_lead_figures(items), b->seq_before + 1,
                                        !b->two_targets)
                         : NULL;
    GPtrArray *blocks = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    if (ok)
        level2_after_its_level1(items, b->year);
    GArray *names = ok ? read_names(items, blocks) : NULL;
    GArray *prints = names ? read_prints(items, names) : NULL;
    if (prints)
        assign_tasks(names, prints);
    guint names_read = names ? names->len : 0, targets_read = targets ? targets->len : 0;
    GPtrArray *halves = names && b->two_targets && !(prints && prints->len) ? pair_up_halves(names, targets, items, half_fits) : NULL;
    /* a mid-term target before the year's pairs as a half-year's does, and
     * is set aside */
    mid_place mid_at = names && !halves && !(prints && prints->len) ? mid_targets_place(items) : MID_NONE;
    GPtrArray *mids = mid_at != MID_NONE
                          ? pair_up_halves(names, targets, items,
                                           mid_at == MID_BEFORE ? mid_fits : year_then_mid_fits)
                          : NULL;
    if (mid_at == MID_AFTER)
        year_before_mid(targets, mids);
    gboolean anchored = names && !halves && !mids && !pairs_in_order(names, targets) &&
                        pair_around_anchors(names, targets);
    if (names && !halves && !mids && !anchored)
        pair_up(names, targets, items);
    guint rows = ok ? MIN(names->len, targets->len) : 0;
    if (names) {
        spread_blocks(names, targets, rows, blocks);
        regroup_by_kind(names, targets, rows);
        match_families(names, items);
        shared_label_as_level2(names, rows, b->year);
        if (regroup_in_form_order(names, rows, items, b->year))
            match_families(names, items);
        free_labels_in_names(names, rows, items);
        satisfaction_rows_at_end(names, rows, items);
        satisfaction_level2_worded_apart(names, rows, items);
    }
    if (names)
        give_stray_ops(names, targets, rows);
    guint ordered = 0;
    for (guint i = 0; i < rows; i++) {
        const name_at *n = &g_array_index(names, name_at, i);
        const target_at *t = &g_array_index(targets, target_at, i);
        ordered += n->page < t->page || (n->page == t->page && n->line < t->line);
    }
    /* the targets a row took: one, or two in a half-year table */
    guint paired = rows + (halves ? filled_halves(halves) : 0) + (mids ? filled_halves(mids) : 0);
    double min_ordered = halves || mids ? MIN_ORDERED_SHARE_HALVES : MIN_ORDERED_SHARE;
    /* the targets' kinds bear the pairs out where print order does not */
    gboolean borne_out = rows && (double)rows >= MIN_BORNE_PAIRED_SHARE * (double)names_read &&
                         (double)paired >= MIN_BORNE_PAIRED_SHARE * (double)targets_read &&
                         kinds_bear_out(names, targets, rows);
    ok = ok && rows >= MIN_ROWS && (anchored || borne_out || (double)ordered >= min_ordered * (double)rows) &&
         (double)rows >= MIN_PAIRED_SHARE * (double)names_read &&
         (double)paired >= MIN_PAIRED_SHARE * (double)targets_read &&
         !(b->two_targets && !halves);
    gboolean partial = !ok && emit && form && names && !mids && (halves || !b->two_targets);
    if (partial) {
        rows = side_by_side_rows(names, targets, rows, items, halves);
        ok = rows >= MIN_SIDE_BY_SIDE_ROWS;
    }
    if (ok && emit) {
        jx_grid *g = jx_grid_new();
        gboolean with_tasks = prints && prints->len;
        const char *const *header = with_tasks ? task_grid_header : halves ? half_grid_header : grid_header;
        guint header_len = with_tasks ? G_N_ELEMENTS(task_grid_header)
                           : halves   ? G_N_ELEMENTS(half_grid_header)
                                      : G_N_ELEMENTS(grid_header);
        const char *value_header = value_header_with_unit(items);
        for (guint k = 0; k + 1 < header_len; k++)
            jx_grid_add_cell(g, 0, (int)k, 1, 1, header[k]);
        jx_grid_add_cell(g, 0, (int)header_len - 1, 1, 1,
                         value_header ? value_header : header[header_len - 1]);
        jx_grid_set_row_origin(g, 0, g_array_index(b->lines, int, 0),
                               g_array_index(b->pages, int, 0));
        GArray *guessed = g_array_new(FALSE, TRUE, sizeof(gboolean));
        g_array_set_size(guessed, 1);
        gboolean even = !partial && names_read == rows && paired == targets_read;
        for (guint i = 0; i < rows; i++) {
            const name_at *n = &g_array_index(names, name_at, i);
            const target_at *t = &g_array_index(targets, target_at, i);
            int row = (int)i + 1;
            jx_grid_set_row_origin(g, row, n->line, n->page);
            if (n->level1)
                jx_grid_add_cell(g, row, COL_LEVEL1, 1, 1, n->level1);
            if (n->level2)
                jx_grid_add_cell(g, row, COL_LEVEL2, 1, 1, n->level2);
            if (n->task)
                jx_grid_add_cell(g, row, TCOL_TASK, 1, 1, n->task);
            jx_grid_add_cell(g, row, with_tasks ? TCOL_NAME : COL_NAME, 1, 1, n->name);
            if (halves && halves->pdata[i])
                jx_grid_add_cell(g, row, COL_VALUE, 1, 1, halves->pdata[i]);
            jx_grid_add_cell(g, row, with_tasks ? TCOL_VALUE : halves ? HCOL_VALUE : COL_VALUE, 1, 1,
                             t->text->str);
            gboolean guess = !even;
            g_array_append_val(guessed, guess);
        }
        char *warning = even ? NULL
                        : partial
                            ? g_strdup_printf(
                                  "line %d: the table's columns were printed one after another "
                                  "(plain pdftotext) and its %u names and %u targets do not pair "
                                  "in order; only the %u rows printed side by side are read, "
                                  "flagged stream-ambiguous — check the source",
                                  g_array_index(b->lines, int, 0), names_read, targets_read, rows)
                            : g_strdup_printf(
                                   "line %d: the table's columns were printed one after another "
                                   "(plain pdftotext) and its %u names and %u targets do not pair "
                                   "one to one; they are paired in order and flagged "
                                   "stream-ambiguous — check the source",
                                   g_array_index(b->lines, int, 0), names_read, targets_read);
        b->grid_fn(g, guessed, warning, b->data);
        g_free(warning);
        g_array_unref(guessed);
    }
    g_ptr_array_unref(blocks);
    if (halves)
        g_ptr_array_unref(halves);
    if (mids)
        g_ptr_array_unref(mids);
    if (prints)
        g_array_unref(prints);
    if (names)
        g_array_unref(names);
    if (targets)
        g_array_unref(targets);
    g_array_unref(items);
    return ok;
}

/* The held note lines, after the table read from the region. */
static void replay_notes(jx_colblocks *b)
{
    for (guint i = 0; i < b->held->len; i++)
        if (g_array_index(b->notes, gboolean, i))
            jx_cellrun_take_line(b->next, b->held->pdata[i], g_array_index(b->lines, int, i),
                                 g_array_index(b->pages, int, i));
}

static void finish_region(jx_colblocks *b)
{
    if (!b->holding)
        return;
    if (read_region(b, TRUE))
        replay_notes(b);
    else
        replay(b);
    release(b);
}

/* A line that opens a region: a header word alone on it, on a page. */
static gboolean opens_region(const char *norm, int page)
{
    if (page <= 0 || !is_header(norm))
        return FALSE;
    switch (jx_header_word_role(norm)) {
    /* the words of an indicator table's columns, not a form's fields
     * (项目名称, 主管部门) above it */
    case JX_ROLE_SEQ:
    case JX_ROLE_ROWHEAD:
    case JX_ROLE_LEVEL1:
    case JX_ROLE_LEVEL2:
    case JX_ROLE_NAME:
    case JX_ROLE_VALUE:
    case JX_ROLE_HALF_VALUE: return TRUE;
    default: return FALSE;
    }
}

/* A new title: the table before it has ended. */
static gboolean is_title(const char *norm)
{
    return g_str_has_suffix(norm, "表") && (strstr(norm, "绩效") || strstr(norm, "目标"));
}

/* A line naming a project (项目名称, alone or with the name): the form of
 * the next project's table begins. */
static gboolean names_project(const char *raw, const char *norm)
{
    if (jx_meta_is_project_key(norm))
        return TRUE;
    char *project = jx_meta_project_line(raw, norm);
    g_free(project);
    return project != NULL;
}

/* A note or signature line under a table (备注 alone heads a column). */
static gboolean is_note(const char *norm)
{
    return !is_header(norm) && jx_note_classify(norm) != JX_NOTE_NONE;
}

/* A line after the notes that is no cell of the table: a form's field
 * (`项目名称：…`, the next table's), a header word (the next table's). */
static gboolean after_notes_ends(const char *norm, int page)
{
    return opens_region(norm, page) || strchr(norm, ':') || strstr(norm, "：");
}

/* TRUE when the held region has printed the header word `norm` (the next
 * table's header repeats the words of this one's; a word of the same role
 * may be a form's field above the table, 年度目标). */
static gboolean region_has_header(const jx_colblocks *b, const char *norm)
{
    for (guint i = 0; i < b->held->len; i++) {
        char *held = jx_norm_text(b->held->pdata[i]);
        gboolean same = strcmp(held, norm) == 0;
        g_free(held);
        if (same)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when the region as held so far reads as a table (nothing handed on). */
static gboolean reads_as_held(jx_colblocks *b)
{
    gboolean two_targets = b->two_targets;
    gboolean ok = read_region(b, FALSE);
    b->two_targets = two_targets;
    return ok;
}

/* TRUE when the held region's rows still wait for their targets: its
 * targets fall short of MIN_PAIRED_SHARE of its texts (names), as when
 * plain pdftotext prints the targets of a table's second part, under a
 * header repeated mid-page, after the notes below the table. */
static gboolean awaits_targets(jx_colblocks *b)
{
    if (has_task_header(b->held))
        return FALSE;
    GArray *items = read_held_items(b);
    guint texts = 0, targets = 0;
    for (guint i = 0; i < items->len; i++) {
        item_kind k = g_array_index(items, item, i).kind;
        texts += k == IT_TEXT;
        targets += k == IT_TARGET;
    }
    g_array_unref(items);
    return (double)targets < MIN_PAIRED_SHARE * (double)texts && !reads_as_held(b);
}

/* A target column's header word after the notes, on their page, that the
 * region has not printed yet (全年(程)指标值, 半年(程)指标值): the rest of the
 * region's own header, which plain pdftotext prints after the notes when
 * its block comes later in reading order, the last rows' targets around it;
 * the next table's header repeats this one's words.  A sentence naming the
 * column (注：指标值以批复文件为准。) is a note. */
static gboolean header_rest_after_notes(jx_colblocks *b, const char *norm, int page)
{
    if (page != b->closing_page || !opens_region(norm, page) || is_prose(norm, g_utf8_strlen(norm, -1)))
        return FALSE;
    jx_role role = jx_header_word_role(norm);
    if (role != JX_ROLE_VALUE && role != JX_ROLE_HALF_VALUE)
        return FALSE;
    return !region_has_header(b, norm) || awaits_targets(b);
}

/* The last number of the run 1, 2, 3 … (see seq_tail) after line `norm`,
 * given the run's last number `tail` before it: plain pdftotext prints the
 * 序号 column as a block, and when the header cell 序号 shares its line with
 * other header words (`序 一级 二级指`) the block comes before the header
 * word that opens the region, so the region's count goes on from it. */
static int next_in_seq_run(int tail, const char *norm)
{
    if (!*norm)
        return tail;
    if (jx_cell_classify(norm) != JX_CK_INT)
        return 0;
    int n = atoi(norm);
    return n == tail + 1 ? n : n == 1 ? 1 : 0;
}

/* Headers of a form's one label column (指标类别 | 指标名称 | 指标值), whose
 * cells join both labels (产出指标-数量指标). */
static const char *const kind_column_words[] = {"指标类型", "指标类别", "指标分类"};

/* TRUE when line `norm`, outside a region, waits to see whether a region
 * opens after it: a kind column's header word, or a blank line or a label
 * after one.  Plain pdftotext prints the first group's label cell right
 * under that word (指标类别 / 产出指标-数量指标 / 指标名称), before the header
 * word that opens the region: read outside it, the label was lost and the
 * first rows stood under the next label. */
static gboolean kind_labels_wait(const jx_colblocks *b, const char *norm)
{
    if (!b->kind_held->len) {
        for (gsize k = 0; k < G_N_ELEMENTS(kind_column_words); k++)
            if (strcmp(norm, kind_column_words[k]) == 0)
                return TRUE;
        return FALSE;
    }
    item_kind kind = kind_of(norm);
    return !*norm || kind == IT_LEVEL1 || kind == IT_LEVEL2;
}

/* Hands the waiting lines (kind_labels_wait) on: no region opened. */
static void pass_kind_labels(jx_colblocks *b)
{
    for (guint i = 0; i < b->kind_held->len; i++)
        jx_cellrun_take_line(b->next, b->kind_held->pdata[i], g_array_index(b->kind_lines, int, i),
                             g_array_index(b->kind_pages, int, i));
    g_ptr_array_set_size(b->kind_held, 0);
    g_array_set_size(b->kind_lines, 0);
    g_array_set_size(b->kind_pages, 0);
}

/* Opens the region just opened with the waiting lines (kind_labels_wait):
 * the kind column's header and the first group's label under it. */
static void hold_kind_labels(jx_colblocks *b)
{
    gboolean note = FALSE;
    for (guint i = 0; i < b->kind_held->len; i++) {
        g_ptr_array_add(b->held, g_strdup(b->kind_held->pdata[i]));
        g_array_append_val(b->lines, g_array_index(b->kind_lines, int, i));
        g_array_append_val(b->pages, g_array_index(b->kind_pages, int, i));
        g_array_append_val(b->notes, note);
    }
    g_ptr_array_set_size(b->kind_held, 0);
    g_array_set_size(b->kind_lines, 0);
    g_array_set_size(b->kind_pages, 0);
}

/* A region ends at a new title; at its notes and signatures only with the
 * page they stand on: plain pdftotext prints a page's blocks in reading
 * order, and the last rows' targets and explanations often come after the
 * notes printed below the table. */
void jx_colblocks_take_line(jx_colblocks *b, const char *raw, int line, int page)
{
    char *norm = jx_norm_text(raw);
    if (!b->year)
        b->year = jx_stream_year_stated(norm);
    gboolean note = b->holding && is_note(norm);
    if (b->holding && b->closing_page && !note &&
        (page != b->closing_page ||
         (after_notes_ends(norm, page) && !header_rest_after_notes(b, norm, page))))
        finish_region(b);
    if (b->holding && (is_title(norm) || (b->held_target && names_project(raw, norm)) ||
                       b->held->len >= MAX_REGION_LINES)) {
        finish_region(b);
        note = FALSE;
    }
    if (note && !b->closing_page)
        b->closing_page = page;
    if (!b->holding && opens_region(norm, page)) {
        b->holding = TRUE;
        b->seq_before = b->seq_tail >= MIN_SEQ_RUN ? b->seq_tail : 0;
        b->seq_tail = 0;
        hold_kind_labels(b);
    }
    if (!b->holding) {
        b->seq_tail = next_in_seq_run(b->seq_tail, norm);
        if (kind_labels_wait(b, norm)) {
            g_ptr_array_add(b->kind_held, g_strdup(raw));
            g_array_append_val(b->kind_lines, line);
            g_array_append_val(b->kind_pages, page);
            g_free(norm);
            return;
        }
        pass_kind_labels(b);
        g_free(norm);
        jx_cellrun_take_line(b->next, raw, line, page);
        return;
    }
    g_ptr_array_add(b->held, g_strdup(raw));
    g_array_append_val(b->lines, line);
    g_array_append_val(b->pages, page);
    g_array_append_val(b->notes, note);
    b->held_target = b->held_target || kind_of(norm) == IT_TARGET;
    g_free(norm);
}

void jx_colblocks_finish(jx_colblocks *b)
{
    finish_region(b);
    pass_kind_labels(b);
}
