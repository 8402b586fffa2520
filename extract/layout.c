/*
 * layout.c — a borderless table rebuilt from positioned words.
 *
 * A layout dump (`pdftotext -layout`, a text browser, a report engine) and a
 * PDF without ruling lines both give text at positions and nothing else.
 * This is the one reconstruction both use: words in, a grid out.  Text dumps
 * place a word at its display column (CJK two wide) on its line; PDFs will
 * place it by its glyph boxes.
 *
 * Columns are found from the whole table, never line by line:
 *   - every x position is counted by how many lines have text there;
 *     columns are where text stands, and the boundaries are the valleys
 *     between them, where few lines have text compared with the columns on
 *     both sides — so a line or two that cross a boundary (a cell text that
 *     overflows, a heading over several columns) cannot merge two columns,
 *     and text on lines of few pieces that runs over the gaps between the
 *     fuller lines' columns (a block of prose across the table) counts
 *     nowhere;
 *   - lines of prose across the table (sentences over half its width, a
 *     self-evaluation's 年度总体目标) part it into sections whose columns
 *     differ (the budget block above, the indicator block below): each
 *     section long enough gets columns from its own lines, so one block's
 *     figures do not fill the valleys between the other's columns;
 *   - every word of every line then goes to the column it overlaps most,
 *     and words of one line in one column are one cell;
 *   - text whose cells were only joined by spaces has no geometry to read
 *     (far fewer columns come out than its lines have pieces, or most of its
 *     gaps have one width): a line's n-th piece is column n.
 * Converters place text approximately (pdftotext shifts a line by a few
 * columns where it maps glyph positions to characters), so overlap, not
 * exact starts, decides.
 *
 * Rows are the lines: which lines make one logical row (a wrapped name above
 * and below the line with the row's number and target) is a question of
 * meaning, and parse answers it with the lines' numbers (their vertical
 * gaps) at hand.
 */
#include "extract/extract.h"
#include "extract/layout.h"
#include "normalize/normalize.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef jx_layout_span span;

/* A position inside a run of text is a boundary between two columns when
 * at most this share of the thinner column's lines have text there: a line
 * or two that cross the boundary (a long label joined to the name by one
 * space, a heading over several columns) cannot merge two columns, and a
 * column written in only a few lines (a label centred on a line of its own)
 * still stands beside a full one.  A column stands in two lines at least. */
#define VALLEY_SHARE 0.25
#define COLUMN_MIN_LINES 2

/* Splits the run cover[a, b) at its deepest valley, if deep enough, and the
 * parts again; appends the columns to `cols` from left to right. */
static void split_at_valleys(const int *cover, gsize a, gsize b, double lo, double unit,
                             GArray *cols)
{
    gsize best = b;
    double best_ratio = VALLEY_SHARE;
    /* peaks left of each position, and right of it */
    int *left = g_new(int, b - a + 1), *right = g_new(int, b - a + 1);
    int peak = 0;
    for (gsize x = a; x < b; x++)
        left[x - a] = peak = MAX(peak, cover[x]);
    peak = 0;
    for (gsize x = b; x-- > a;)
        right[x - a] = peak = MAX(peak, cover[x]);
    for (gsize x = a + 1; x + 1 < b; x++) {
        int thinner = MIN(left[x - a - 1], right[x - a + 1]);
        if (thinner < COLUMN_MIN_LINES)
            continue;
        double ratio = (double)cover[x] / thinner;
        if (ratio <= best_ratio && (best == b || ratio < best_ratio)) {
            best_ratio = ratio;
            best = x;
        }
    }
    g_free(left);
    g_free(right);
    if (best == b) {
        span s = {lo + a * unit, lo + b * unit};
        g_array_append_val(cols, s);
        return;
    }
    /* the valley's own positions belong to neither column */
    gsize l = best, r = best + 1;
    while (l > a && cover[l - 1] <= cover[best])
        l--;
    while (r < b && cover[r] <= cover[best])
        r++;
    if (l > a)
        split_at_valleys(cover, a, l, lo, unit, cols);
    if (r < b)
        split_at_valleys(cover, r, b, lo, unit, cols);
}

/* A dump that only joins cells with spaces, without aligning them, leaves
 * pieces at offsets that share nothing: fewer columns than this share of
 * the pieces its fullest lines have.  Then the geometry means nothing and
 * the n-th piece of a line is column n (as in a tab dump whose empty cells
 * were dropped; parse repairs those by what cells are). */
#define ALIGNED_SHARE 0.6
/* Nor does text whose cells were joined by a fixed run of spaces rather
 * than laid out: most of its gaps are one width (a layout pads each gap to
 * the next column, so its widths vary).  Judged on this many gaps at least. */
#define JOINED_GAP_SHARE 0.6
#define JOINED_MIN_GAPS 10
/* Unless at least this share of its pieces start where others start: text
 * in columns (WeasyPrint sets a table of short cells as tight as its text,
 * every gap its two paddings), not a run of spaces after each cell. */
#define LINED_UP_SHARE 0.85
/* "The fullest lines": the piece count at least this many lines reach, so
 * one odd line does not set it. */
#define FULLEST_MIN_LINES 2

/* The characters a date's parts end with: a figure ending with one is a
 * date cut by a space (`2024年6月 30日`), no quantity. */
static const char *const DATE_PARTS[] = {"年", "月", "日", "时"};

static gboolean piece_is_level1(const jx_layout_word *w, gsize i, gsize e);
static int label_head_index(const jx_layout_word *w, gsize a, gsize e);
static gboolean has_digit(const jx_layout_word *w, gsize a, gsize b);
static gsize line_end(const jx_layout_word *w, gsize n, gsize a);
static gsize piece_end(const jx_layout_word *w, gsize n, gsize i, double join);
static gboolean ideograph_at(const jx_layout_word *w, gboolean last);
static gboolean unit_alone(const jx_layout_word *w);
static gboolean signed_figure(const jx_layout_word *w);
static gboolean magnitude_alone(const jx_layout_word *w);

/* TRUE when word `w` opens with a target's sign (jx_norm_is_op_sign). */
static gboolean opens_target(const jx_layout_word *w)
{
    return w->len && jx_norm_is_op_sign(g_utf8_get_char_validated(w->text, (gssize)w->len));
}

/* TRUE when word `w` is a target's sign and nothing else (`=`, `≥`, `<=`):
 * the operator cell of a 计算符号 column, never the end of a name. */
static gboolean bare_op_sign(const jx_layout_word *w)
{
    if (!w->len)
        return FALSE;
    for (const char *p = w->text, *end = w->text + w->len; p < end; p = g_utf8_next_char(p))
        if (!jx_norm_is_op_sign(g_utf8_get_char(p)))
            return FALSE;
    return TRUE;
}

/* TRUE when word `a` is a quantity with its unit (a figure ending with a
 * wide unit character, no date part, or with %) and `b` after it another
 * (opening with a figure or a target's sign). */
static gboolean quantities_apart(const jx_layout_word *a, const jx_layout_word *b)
{
    if (!has_digit(a, 0, 1) || !has_digit(b, 0, 1))
        return FALSE;
    const char *end = a->text + a->len;
    const char *last = g_utf8_find_prev_char(a->text, end);
    if (!last)
        return FALSE;
    gboolean unit = *last == '%' || a->wide_end;
    for (gsize k = 0; k < G_N_ELEMENTS(DATE_PARTS) && unit; k++)
        unit = strncmp(last, DATE_PARTS[k], (size_t)(end - last)) != 0;
    if (!unit)
        return FALSE;
    return g_ascii_isdigit(b->text[0]) || opens_target(b);
}

static gboolean figure_then_prose(const jx_layout_word *a, const jx_layout_word *b);
static gboolean latin_after_label(const jx_layout_word *a, const jx_layout_word *b);

/* How a level-1 label's printed weight closes (`产出指标(50分)`, wrapped
 * `标(10 分)`, `0分）`): no cell's text goes on past it on its line. */
static const char *const POINTS_CLOSES[] = {"分)", "分）"};

/* TRUE when word `a` ends with a level-1 label's weight (POINTS_CLOSES) and
 * `b` after it opens with a wide character: the level-2 label's cell set
 * one space after it (`标(50分) 质量指标`, `0分) 度指标`), which the
 * closing bracket, not wide, would otherwise join. */
static gboolean label_after_points(const jx_layout_word *a, const jx_layout_word *b)
{
    if (!b->wide_start)
        return FALSE;
    for (gsize k = 0; k < G_N_ELEMENTS(POINTS_CLOSES); k++) {
        gsize len = strlen(POINTS_CLOSES[k]);
        if (a->len > len && memcmp(a->text + a->len - len, POINTS_CLOSES[k], len) == 0)
            return TRUE;
    }
    return FALSE;
}

/* How a level-1 label's printed weight opens (`标(10` over `分)`, `标（10`). */
static const char *const POINTS_OPENS[] = {"(", "（"};

/* TRUE when word `a` ends with a level-1 label's weight cut before its
 * `分`: a bracket that POINTS_OPENS lists, then figures (`标（10`). */
static gboolean ends_with_cut_points(const jx_layout_word *a)
{
    gsize end = a->len;
    while (end > 0 && g_ascii_isdigit(a->text[end - 1]))
        end--;
    if (end == a->len)
        return FALSE;
    for (gsize k = 0; k < G_N_ELEMENTS(POINTS_OPENS); k++) {
        gsize len = strlen(POINTS_OPENS[k]);
        if (end > len && memcmp(a->text + end - len, POINTS_OPENS[k], len) == 0)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when word `w` is a level-2 label or its first line (`满意度指`,
 * `服务对象满`, `经济成本指`): a piece in the middle of a label (`象满意`)
 * may be the level-1 cell's own text run on.  Not inlined: asked seldom
 * (after a cut weight), and inlined into the pieces' loops it brought back
 * spread_crowded_pieces' false warning. */
G_GNUC_NO_INLINE static gboolean opens_level2_label(const jx_layout_word *w)
{
    char *text = g_strndup(w->text, w->len);
    char *head = jx_taxonomy_label_headed(text, 2);
    gboolean opens = head || jx_taxonomy_level2(NULL, text);
    g_free(head);
    g_free(text);
    return opens;
}

/* TRUE when word `a` ends with a level-1 label's weight cut before its
 * `分`: a bracket that POINTS_OPENS lists, then figures (`标（10`, the `分）`
 * wrapped below, ends_with_cut_points), and `b` after it opens a level-2
 * label (opens_level2_label): as after a whole weight (label_after_points),
 * the level-2 label's cell set one space after it (`标（10 满意度指`,
 * `满意度指标(1 服务对象满`), which the figure, not wide, would otherwise
 * join — never the weight's own `分` a word processor sets a space after
 * its figures (`(10 分)`), which opens no label. */
static gboolean label_after_cut_points(const jx_layout_word *a, const jx_layout_word *b)
{
    return b->wide_start && ends_with_cut_points(a) && opens_level2_label(b);
}

/* TRUE when word b goes on the piece of text word a is on: the next word of
 * the line, closer than `join` — unless one space parts two CJK characters,
 * which no Chinese text does inside a cell: that space parts two cells set
 * tight (`加强非物质文化遗产保护传 新增图书馆藏书`); nor between a wide
 * character and a target whole with its unit (`聘用生态护林 ≥670人`: a
 * name as wide as its column and its target; a target ending with a
 * figure may run on, wrapped, below: `≥２７２` / `００株`); nor between a wide
 * character and a sign alone where other lines set their signs apart (see
 * mark_op_in_column); nor after a level-1 label's weight, whole or cut
 * (see label_after_points, label_after_cut_points).  By the spaces and
 * scripts alone: how many pieces a line has, which says the body's lines,
 * is counted so (a score and its deviation text set tight on a line or two
 * do not make the fullest lines fuller). */
static gboolean spaced_piece(const jx_layout_word *a, const jx_layout_word *b, double join)
{
    return a->row == b->row && b->x0 - a->x1 < join && !(a->wide_end && b->wide_start) &&
           !(a->wide_end && opens_target(b) && ideograph_at(b, TRUE)) &&
           !(a->wide_end && b->op_in_column) && !(a->seq_head && b->wide_start) &&
           !(a->wide_end && b->seq_after_word) &&
           !latin_after_label(a, b) && !label_after_points(a, b) && !label_after_cut_points(a, b);
}

/* spaced_piece, unless a score and its deviation text stand one space
 * apart (see figure_then_prose). */
static gboolean same_piece(const jx_layout_word *a, const jx_layout_word *b, double join)
{
    return spaced_piece(a, b, join) && !figure_then_prose(a, b);
}

/* A figure alone after another (a weight, then a score: `4   2.38`) and, one
 * space after it, wide text of at least this many characters that opens
 * with no unit (nor the first line of one, nor a date's part) are two cells
 * set tight: a score and the deviation text beside it (`2.38 一步将加快施工进`,
 * `5.5 ，下一步将根据实`).  A unit after its figure (`43,600 人`, `２ 个百`) is
 * no cell of its own, nor is a name opening with a figure after a label
 * (`65 岁及以上老年人健`). */
#define PROSE_AFTER_FIGURE_CHARS 4
/* The most characters a unit's text opens with (`个百分点`). */
#define UNIT_MAX_CHARS 4

/* TRUE when the first `chars` characters of `w` are a unit or a unit's
 * wrapped first line. */
static gboolean opens_with_unit(const jx_layout_word *w, glong chars)
{
    const char *end = g_utf8_offset_to_pointer(w->text, chars);
    char *head = g_strndup(w->text, (gsize)(end - w->text));
    char *norm = jx_norm_text(head);
    char *unit = jx_norm_unit_normalized(norm);
    gboolean opens = unit || jx_norm_unit_cut(norm);
    g_free(unit);
    g_free(norm);
    g_free(head);
    return opens;
}

/* (see layout.h) */
gboolean jx_layout_word_is_figure(const jx_layout_word *w)
{
    gboolean digit = FALSE;
    for (gsize k = 0; k < w->len; k++) {
        if (!g_ascii_isdigit(w->text[k]) && w->text[k] != '.' && w->text[k] != ',' &&
            w->text[k] != '%')
            return FALSE;
        digit |= g_ascii_isdigit(w->text[k]) != 0;
    }
    return digit;
}

/* TRUE when word i stands apart from the word before it on its line (or
 * opens the line): no piece goes on into it. */
static gboolean word_apart(const jx_layout_word *w, gsize i, double join)
{
    return i == 0 || w[i - 1].row != w[i].row || w[i].x0 - w[i - 1].x1 >= join;
}

/* Sets every word's after_figure (words sorted by line; see same_piece): a
 * figure alone stands before it, apart on both sides.  A figure one space
 * after the word before it (`31,831 册 12        7.0 加强资金调度`: the
 * weight set tight against the actual value's unit) says the line is
 * squeezed from there on, its pieces right of their columns, the score over
 * the deviation column: its text parted from the score would open a column
 * of its own, and the deviation's lines above it would read as a row. */
static void mark_after_figure(jx_layout_word *w, gsize n, double join)
{
    for (gsize i = 0; i < n; i++)
        w[i].after_figure = i > 0 && w[i - 1].row == w[i].row && word_apart(w, i, join) &&
                            word_apart(w, i - 1, join) && jx_layout_word_is_figure(&w[i - 1]);
}

/* How many signs standing apart (bare_op_sign, word_apart) start at x. */
static int apart_signs_at(const jx_layout_word *w, gsize n, double join, double unit, double x)
{
    int count = 0;
    for (gsize j = 0; j < n; j++)
        count += word_apart(w, j, join) && bare_op_sign(&w[j]) && fabs(w[j].x0 - x) < unit / 2;
    return count;
}

/* The most signs standing apart that start at one place (apart_signs_at
 * of each such sign's start). */
static int most_apart_signs(const jx_layout_word *w, gsize n, double join, double unit)
{
    int most = 0;
    for (gsize j = 0; j < n; j++)
        if (word_apart(w, j, join) && bare_op_sign(&w[j]))
            most = MAX(most, apart_signs_at(w, n, join, unit, w[j].x0));
    return most;
}

/* Sets every word's op_in_column (words sorted by line): a target's sign
 * alone (bare_op_sign) one space after wide text, starting where most of
 * the signs standing apart start (OP_COLUMN_MIN_LINES at least): the
 * 计算符号 column's own start.  A name as wide as its column leaves one
 * space before that column's cell (`安全生产培训人次 =` over `组织应急演练
 * … 23`, `检查` below a lone `>`): joined, the sign hid the valley between
 * the two columns and they read as one.  A sign the dump set off the
 * column's usual start (where a few signs stand alone, most elsewhere)
 * stays joined: it would open a column of its own.  Only in a text dump
 * (`dump`): a PDF's glyph boxes stand where the page had them, and a
 * browser's print parted so moved a page's columns (chromium-web split
 * f0237: a centred level-1 label read as a name). */
#define OP_COLUMN_MIN_LINES 2
static void mark_op_in_column(jx_layout_word *w, gsize n, double join, double unit,
                              gboolean dump)
{
    for (gsize i = 0; i < n; i++)
        w[i].op_in_column = FALSE;
    int most = -1; /* most_apart_signs, counted once a sign asks */
    for (gsize i = 0; i < n && dump; i++) {
        if (word_apart(w, i, join) || !w[i - 1].wide_end || !bare_op_sign(&w[i]))
            continue;
        int here = apart_signs_at(w, n, join, unit, w[i].x0);
        if (here < OP_COLUMN_MIN_LINES)
            continue;
        if (most < 0)
            most = most_apart_signs(w, n, join, unit);
        w[i].op_in_column = here >= most;
    }
}

/* The most digits a row number has. */
#define SEQ_MAX_DIGITS 3

/* TRUE when word `w` is exactly one of the `n` texts of `vocab`. */
static gboolean word_is(const jx_layout_word *w, const char *const *vocab, gsize n)
{
    for (gsize k = 0; k < n; k++)
        if (w->len == strlen(vocab[k]) && strncmp(w->text, vocab[k], w->len) == 0)
            return TRUE;
    return FALSE;
}

/* TRUE when word `w` is the header word of a row-number column: the first
 * of the label heads (jx_taxonomy_label_heads). */
static gboolean seq_head_word(const jx_layout_word *w)
{
    gsize n;
    return word_is(w, jx_taxonomy_label_heads(&n), 1);
}

/* TRUE when word `w` is digits only, no more than SEQ_MAX_DIGITS. */
static gboolean row_number(const jx_layout_word *w)
{
    if (w->len == 0 || w->len > SEQ_MAX_DIGITS)
        return FALSE;
    for (gsize k = 0; k < w->len; k++)
        if (!g_ascii_isdigit(w->text[k]))
            return FALSE;
    return TRUE;
}

/* Sets every word's seq_head (words sorted by line).  Narrow label columns
 * printed by a browser set a row's number one space before its level-1
 * label (`1 产出指标`, `18 满意度指标`), and the space between a figure and
 * wide text joins them otherwise (`1产出指标`).  The table's header says
 * the number has a column of its own: a 序号 word standing apart from the
 * header word after it (`序号 一级指标`, one space between).  A line's
 * first word is a row number there when it is digits standing under 序号
 * and the text one space after it starts no later than the next header
 * word (plus a join's width): the label of the next column, not a name
 * opening with a figure — on a line that states its row's target (a figure
 * after the label).  A row centred over lines sets its number and labels on
 * a line of their own, the names below them in columns the labels' pieces
 * run into: parted there, the labels read as names.
 * Where no such header stands over the rows (its 序号 wrapped in its narrow
 * column, `序` over `号`; a page continued without it) the rows' own count
 * says it: see counted_seq_heads. */
static void mark_seq_heads(jx_layout_word *w, gsize n, double join)
{
    for (gsize i = 0; i < n; i++)
        w[i].seq_head = FALSE;
    for (gsize h = 0; h + 1 < n; h++) {
        if (!seq_head_word(&w[h]) || w[h + 1].row != w[h].row ||
            !w[h + 1].wide_start || (h > 0 && w[h - 1].row == w[h].row))
            continue;
        double seq_end = w[h].x1, next_head = w[h + 1].x0;
        for (gsize i = 0; i + 1 < n; i++) {
            gboolean opens = i == 0 || w[i - 1].row != w[i].row;
            const jx_layout_word *b = &w[i + 1];
            if (opens && w[i].row > w[h].row && row_number(&w[i]) && w[i].x0 < seq_end &&
                b->row == w[i].row && b->wide_start && b->x0 - w[i].x1 < join &&
                b->x0 < next_head + join && has_digit(w, i + 2, line_end(w, n, i)))
                w[i].seq_head = TRUE;
        }
    }
}

/* A row number one space before wide text is the row's 序号 when the line
 * numbers go on from it: the nearest line above opening with a row number
 * opens with the one before it, or the nearest below with the one after —
 * standing apart from their text or tight like it (`1 产出指标 数量指标 …`
 * over `2          改造校舍公里数 …`), at its start give or take
 * SEQ_START_SLACK.  Only on a line that goes on past the label with a row's
 * cells (SEQ_ROW_MIN_PIECES pieces after the number at least: a name and
 * its target), not a centred row's line of its number and labels alone.
 * A lone such line crosses the valley between the numbers' column and the
 * next without filling it (see VALLEY_SHARE): the columns stand, and its
 * cell is read as before; SEQ_TIGHT_MIN_LINES of them fill it. */
#define SEQ_START_SLACK 1
#define SEQ_ROW_MIN_PIECES 3
#define SEQ_TIGHT_MIN_LINES 2
/* A label wrapped beside another wrapped label sets its lines every other
 * line (`满意` / `服务对象满意` / `度指` / `度指标` / `标`): its next line
 * stands this many lines below at most. */
#define WRAP_LINES_BELOW 2

/* The number line word i opens with (a row number starting its line), or
 * -1. */
static long opening_row_number(const jx_layout_word *w, gsize i)
{
    if ((i > 0 && w[i - 1].row == w[i].row) || !row_number(&w[i]))
        return -1;
    return strtol(w[i].text, NULL, 10);
}

/* The row number of word k's line when word k is it, or -1: with
 * `after_word`, also a number one space after a narrow column's word
 * (number_after_left_piece), else only one opening its line. */
static long number_of_line(const jx_layout_word *w, gsize k, double join, gboolean after_word);

/* TRUE when the row number `number`, word i, stands in a count: the nearest
 * row number of a line above it (number_of_line) near its start, give or
 * take SEQ_START_SLACK, is one less, or the nearest below one more. */
static gboolean number_in_count(const jx_layout_word *w, gsize n, gsize i, long number,
                                double join, gboolean after_word)
{
    for (gsize k = i; k-- > 0;) {
        long v = w[k].row != w[i].row ? number_of_line(w, k, join, after_word) : -1;
        if (v >= 0 && fabs(w[k].x0 - w[i].x0) <= SEQ_START_SLACK) {
            if (v == number - 1)
                return TRUE;
            break;
        }
    }
    for (gsize k = line_end(w, n, i); k < n; k++) {
        long v = number_of_line(w, k, join, after_word);
        if (v >= 0 && fabs(w[k].x0 - w[i].x0) <= SEQ_START_SLACK)
            return v == number + 1;
    }
    return FALSE;
}

/* TRUE when the row number opening line word i stands in a count of
 * numbers opening their lines (number_in_count). */
static gboolean counted_number(const jx_layout_word *w, gsize n, gsize i, long number)
{
    return number_in_count(w, n, i, number, 0, FALSE);
}

/* How many pieces (see spaced_piece) line words (i, b) make. */
static int pieces_after(const jx_layout_word *w, gsize i, gsize b, double join)
{
    int pieces = 0;
    for (gsize k = i + 1; k < b; k++)
        pieces += k == i + 1 || !spaced_piece(&w[k - 1], &w[k], join);
    return pieces;
}

/* Fewer such lines than SEQ_TIGHT_MIN_LINES part their numbers still
 * where the label column they cross shows on other lines (a level-1 label
 * centred on its group, `成本指标` over `36 满意度指标`, on a continued page
 * where one group's label alone is set tight).  TRUE when the piece at
 * word `label` is a level-1 label whole, not the first line of one wrapped
 * (no text of the WRAP_LINES_BELOW lines below starts within its extent),
 * and a piece of wide text on another line, one that opens with no row
 * number and is no header word (a label standing in its own column),
 * starts within its extent. */
static gboolean label_column_shown(const jx_layout_word *w, gsize n, gsize label, double join)
{
    gsize e = piece_end(w, n, label, join);
    if (!piece_is_level1(w, label, e))
        return FALSE;
    gboolean shown = FALSE;
    for (gsize i = 0, start = 0; i < n; i = piece_end(w, n, i, join) + 1) {
        if (i == 0 || w[i - 1].row != w[i].row)
            start = i;
        if (w[i].row == w[label].row || w[i].x0 < w[label].x0 || w[i].x0 >= w[e].x1)
            continue;
        if (w[i].row > w[label].row && w[i].row <= w[label].row + WRAP_LINES_BELOW)
            return FALSE;
        shown |= w[i].wide_start && !row_number(&w[start]) &&
                 label_head_index(w, i, piece_end(w, n, i, join)) < 0;
    }
    return shown;
}

/* TRUE when the rest of the line row number i opens is one piece, a
 * level-1 label (`6 产出` over `指标`: a row centred over lines sets its
 * number and its level-1 label's first line alone on a line). */
static gboolean lone_level1_after(const jx_layout_word *w, gsize n, gsize i, double join)
{
    gsize e = piece_end(w, n, i + 1, join);
    return e + 1 == line_end(w, n, i) && piece_is_level1(w, i + 1, e);
}

static gboolean wrapped_label_line(const jx_layout_word *w, gsize i, gsize e);

/* TRUE when the rest of the line row number i opens is two pieces, a
 * level-1 label whole and the first line of its level-2 label wrapped
 * (`16 满意度 服务对象满` over `意度指标`: a row centred over lines sets
 * its number and both labels' first lines alone on a line, the level-2
 * label in a column too narrow for it). */
static gboolean level1_then_wrapped_level2(const jx_layout_word *w, gsize n, gsize i,
                                           double join)
{
    gsize e = piece_end(w, n, i + 1, join), b = line_end(w, n, i);
    if (e + 1 >= b || !piece_is_level1(w, i + 1, e) || !w[e + 1].wide_start)
        return FALSE;
    gsize f = piece_end(w, n, e + 1, join);
    return f + 1 == b && wrapped_label_line(w, e + 1, f);
}

static void counted_seq_heads(jx_layout_word *w, gsize n, double join)
{
    GArray *tight = g_array_new(FALSE, FALSE, sizeof(gsize));
    GArray *labels_only = g_array_new(FALSE, FALSE, sizeof(gsize));
    for (gsize i = 0; i + 1 < n; i++) {
        long number = opening_row_number(w, i);
        const jx_layout_word *b = &w[i + 1];
        if (number < 0 || w[i].seq_head || b->row != w[i].row || !b->wide_start ||
            b->x0 - w[i].x1 >= join || !counted_number(w, n, i, number))
            continue;
        if (pieces_after(w, i, line_end(w, n, i), join) >= SEQ_ROW_MIN_PIECES ||
            lone_level1_after(w, n, i, join))
            g_array_append_val(tight, i);
        else if (level1_then_wrapped_level2(w, n, i, join))
            g_array_append_val(labels_only, i);
    }
    /* a line of a number and wrapped labels alone shows no row's cells
     * beside the number: it joins the lines that do, never parts the
     * numbers' column by itself */
    if (tight->len > 0)
        g_array_append_vals(tight, labels_only->data, labels_only->len);
    g_array_free(labels_only, TRUE);
    for (guint k = 0; k < tight->len; k++) {
        gsize i = g_array_index(tight, gsize, k);
        if (tight->len >= SEQ_TIGHT_MIN_LINES || label_column_shown(w, n, i + 1, join))
            w[i].seq_head = TRUE;
    }
    g_array_free(tight, TRUE);
}

/* A narrow column left of the row numbers (the row header 年度绩效指标, or
 * a vertical label, wrapped a character or two a line: `年度` / `绩效` /
 * `指标`) sets its line one space before a row's number where both columns
 * are as narrow as their text (`年度 10`, `绩效 11`): one space joins wide
 * text to a figure, and the piece `年度10` read as the row's level-1 label,
 * its 序号 lost.  A line's first word of wide text at most
 * LEFT_PIECE_MAX_CHARS characters, then one space and a row number that
 * stands in the count of the page's row numbers (see number_in_count)
 * are two cells: the number is marked seq_after_word. */
#define LEFT_PIECE_MAX_CHARS 2

/* The row number word k is when it stands one space after a narrow
 * column's word opening its line (see LEFT_PIECE_MAX_CHARS), or -1. */
static long number_after_left_piece(const jx_layout_word *w, gsize k, double join)
{
    if (k == 0 || !row_number(&w[k]))
        return -1;
    const jx_layout_word *a = &w[k - 1];
    if (a->row != w[k].row || (k > 1 && w[k - 2].row == a->row) || !a->wide_start ||
        !a->wide_end || g_utf8_strlen(a->text, (gssize)a->len) > LEFT_PIECE_MAX_CHARS ||
        w[k].x0 - a->x1 >= join)
        return -1;
    return strtol(w[k].text, NULL, 10);
}

static long number_of_line(const jx_layout_word *w, gsize k, double join, gboolean after_word)
{
    long v = opening_row_number(w, k);
    return v >= 0 || !after_word ? v : number_after_left_piece(w, k, join);
}

/* Sets every word's seq_after_word (words sorted by line): see
 * LEFT_PIECE_MAX_CHARS.  Linear but for the lines that hold such a pair. */
static void mark_seq_after_word(jx_layout_word *w, gsize n, double join)
{
    for (gsize i = 0; i < n; i++)
        w[i].seq_after_word = FALSE;
    for (gsize i = 1; i < n; i++) {
        long number = number_after_left_piece(w, i, join);
        if (number >= 0 && number_in_count(w, n, i, number, join, TRUE))
            w[i].seq_after_word = TRUE;
    }
}

static gboolean figure_then_prose(const jx_layout_word *a, const jx_layout_word *b)
{
    if (!a->after_figure || !b->wide_start || a->wide_end || !jx_layout_word_is_figure(a))
        return FALSE;
    glong chars = g_utf8_strlen(b->text, (gssize)b->len);
    if (chars < PROSE_AFTER_FIGURE_CHARS)
        return FALSE;
    for (gsize k = 0; k < G_N_ELEMENTS(DATE_PARTS); k++)
        if (b->len >= strlen(DATE_PARTS[k]) &&
            strncmp(b->text, DATE_PARTS[k], strlen(DATE_PARTS[k])) == 0)
            return FALSE;
    for (glong k = 1; k <= MIN(chars, UNIT_MAX_CHARS); k++)
        if (opens_with_unit(b, k))
            return FALSE;
    return TRUE;
}

static int cmp_word(const void *pa, const void *pb)
{
    const jx_layout_word *a = pa, *b = pb;
    if (a->row != b->row)
        return a->row < b->row ? -1 : 1;
    return a->x0 < b->x0 ? -1 : a->x0 > b->x0;
}

/* Cells of a column start at one edge (left-aligned text).  A run of text
 * holding two such edges, the second with text ending before it in other
 * lines, is two columns run together by lines that join them with a single
 * space (`可持续影响 ★项目持续发挥作用年限`).  An edge counts when this many
 * pieces start on it (and this share of the body's lines), give or take a
 * column; the text left of it must end before it in this many lines.  A
 * piece spanning columns (see SPANNING_GAPS, `spanning` marks its first
 * word) starts on no edge. */
#define EDGE_MIN_PIECES 3
#define EDGE_SHARE 0.15
#define EDGE_MIN_LEFT 2

/* A cell wider than its column, wrapped and centred on its row's line,
 * sets its first line on the line above that, running up to the next cell
 * (one space between: `社会效益指 群众获得感`), and its last line, shorter,
 * on the line below, inside the first one's extent and right of its start
 * (`标`).  That start is no edge of a column: the last line stands in the
 * column of the first.  The first line stands this many lines above. */
#define TAIL_LINES_ABOVE 2

/* TRUE when `text` (`len` bytes, no NUL needed), read as a unit, is one
 * the units table knows (`cut` FALSE) or the first line of one wrapped
 * (`cut` TRUE: `元/平方` of 元/平方米). */
static gboolean unit_text(const char *text, gsize len, gboolean cut)
{
    char *raw = g_strndup(text, len);
    char *norm = jx_norm_text(raw);
    char *unit = cut ? NULL : jx_norm_unit_normalized(norm);
    gboolean is = cut ? jx_norm_unit_cut(norm) : unit != NULL;
    g_free(unit);
    g_free(norm);
    g_free(raw);
    return is;
}

/* A narrow value column wraps a quantity's unit: the figure and the unit's
 * first part on the row's line (`1,690元/平方`), the rest on a line below
 * (`米`), inside the first line's extent.  That rest is the cell's last
 * line, no cell (nor column edge) of its own, though where it starts may
 * lie past the column's edge.  The evidence is the units table: the text
 * after the head's last digit is a cut unit and, with the rest after it,
 * a whole one.  Returns the head word (the last word of its piece, at most
 * TAIL_LINES_ABOVE lines up, the nearest first) of word i when word i, a
 * piece of its own of no digit and at most UNIT_MAX_CHARS characters, is
 * such a rest; -1 otherwise. */
static gssize unit_rest_head(const jx_layout_word *w, gsize n, gsize i, double join)
{
    if ((i > 0 && same_piece(&w[i - 1], &w[i], join)) ||
        (i + 1 < n && same_piece(&w[i], &w[i + 1], join)) || has_digit(w, i, i + 1) ||
        g_utf8_strlen(w[i].text, (gssize)w[i].len) > UNIT_MAX_CHARS)
        return -1;
    for (int up = 1; up <= TAIL_LINES_ABOVE; up++) {
        for (gsize k = i; k-- > 0 && w[k].row >= w[i].row - up;) {
            if (w[k].row != w[i].row - up || w[k].x0 > w[i].x0 || w[k].x1 <= w[i].x0 ||
                (k + 1 < n && same_piece(&w[k], &w[k + 1], join)))
                continue;
            const char *end = w[k].text + w[k].len, *cut = NULL;
            for (const char *c = w[k].text; c < end; c = g_utf8_next_char(c))
                if (g_unichar_isdigit(g_utf8_get_char(c)))
                    cut = g_utf8_next_char(c);
            if (!cut || cut == end || !unit_text(cut, (gsize)(end - cut), TRUE))
                return -1;
            GString *whole = g_string_new_len(cut, (gssize)(end - cut));
            g_string_append_len(whole, w[i].text, (gssize)w[i].len);
            gboolean joins = unit_text(whole->str, whole->len, FALSE);
            g_string_free(whole, TRUE);
            return joins ? (gssize)k : -1;
        }
    }
    return -1;
}

static gboolean has_sentence_mark(const jx_layout_word *w, gsize a, gsize b);
static gboolean squeezed_after(const jx_layout_word *w, gsize i, double join);

/* TRUE when word `w` is all ASCII digits and commas with a point among
 * them (a figure's head cut after its point: `2196.417`); with `tail`,
 * all digits and no point (the figure's rest: `1`, `49`). */
static gboolean figure_cut_part(const jx_layout_word *w, gboolean tail)
{
    gboolean point = FALSE;
    for (gsize k = 0; k < w->len; k++) {
        char c = w->text[k];
        if (c == '.' || (c == ',' && !tail))
            point |= c == '.';
        else if (!g_ascii_isdigit(c))
            return FALSE;
    }
    return w->len > 0 && point != tail;
}

/* TRUE when word i is the only word on its line (the words sorted by
 * line). */
static gboolean alone_on_line(const jx_layout_word *w, gsize n, gsize i)
{
    return (i == 0 || w[i - 1].row != w[i].row) && (i + 1 >= n || w[i + 1].row != w[i].row);
}

/* A figure a spreadsheet's narrow column wraps (`2196.4171` as `2196.417`
 * over `1`) is centred on its row: its head on the line above the row's,
 * its rest on the line below, inside the head's extent.  That rest starts
 * no column: it stands in the head's (TAIL_LINES_ABOVE up, a lone word).
 * TRUE, the head's extent into *x0 and *x1, when word `i`, a piece of its
 * own, is such a rest. */
static gboolean figure_tail_extent(const jx_layout_word *w, gsize n, gsize i, gsize e, double *x0,
                                   double *x1)
{
    if (e != i || !figure_cut_part(&w[i], TRUE))
        return FALSE;
    for (gsize k = i; k-- > 0 && w[k].row >= w[i].row - TAIL_LINES_ABOVE;) {
        if (w[k].row != w[i].row - TAIL_LINES_ABOVE || !figure_cut_part(&w[k], FALSE) ||
            w[k].x0 > w[i].x0 || w[k].x1 < w[i].x1)
            continue;
        if (!alone_on_line(w, n, k))
            return FALSE;
        *x0 = w[k].x0;
        *x1 = w[k].x1;
        return TRUE;
    }
    return FALSE;
}

/* The extent of the piece of words [i, e] (of `w[0, n)`, sorted by line),
 * or where it is the last line of a wrapped cell (see TAIL_LINES_ABOVE),
 * that of the cell's first line, into *x0 and *x1.  Words only: a figure's
 * unit wrapped under it (`1,410 元/平方` / `米`) stands in a value column
 * the figures' own starts part; and no prose, nor a piece spanning columns
 * (`spanning`). */
static void piece_extent(const jx_layout_word *w, gsize n, gsize i, gsize e, double join,
                         const gboolean *spanning, double *x0, double *x1)
{
    *x0 = w[i].x0;
    *x1 = w[e].x1;
    if (figure_tail_extent(w, n, i, e, x0, x1))
        return;
    if (has_digit(w, i, e + 1) || has_sentence_mark(w, i, e + 1))
        return;
    for (gsize k = i; k-- > 0 && w[k].row >= w[i].row - TAIL_LINES_ABOVE;) {
        if (w[k].row != w[i].row - TAIL_LINES_ABOVE ||
            (k > 0 && same_piece(&w[k - 1], &w[k], join)))
            continue;
        gsize ke = k;
        while (same_piece(&w[ke], &w[ke + 1], join))
            ke++;
        gboolean fills =
            ke + 1 < n && w[ke + 1].row == w[k].row && squeezed_after(w, ke + 1, join);
        if (fills && w[k].x0 < w[i].x0 - 1 && w[ke].x1 >= w[e].x1 && !spanning[k] &&
            !has_digit(w, k, ke + 1) && !has_sentence_mark(w, k, ke + 1)) {
            *x0 = w[k].x0;
            *x1 = w[ke].x1;
            return;
        }
    }
}

/* A piece of text inside a run: its extent, and that of the first line of
 * the wrapped cell it ends (itself when it ends none; see piece_extent). */
typedef struct {
    double x0, x1, head_x0, head_x1;
} run_piece;

/* A layout dump sets text that follows other text on its line a few
 * columns left of where the same column starts on a line of its own (wide
 * characters take more room on the page than their one place in the dump:
 * `数量指标 课后服务覆盖学` over `化解大班额班级`).  So one column of a run
 * can show two edges.  The part left of the second is that drift, not a
 * column of its own, when every piece starting in it is wide text after
 * wide text on its line (or the rest of a cell of the part wrapped onto the
 * line below: `公共服务满意度` / `提升`), some run on into the second part (a
 * column of its own ends before the next: 执行 / 率 beside 分值), and no
 * line has a piece starting in both parts: merged. */
/* TRUE when the piece of words [i, e] starts its line under text of the
 * line above starting in `part` that it overlaps: the rest of a cell
 * wrapped there. */
static gboolean wrapped_rest(const jx_layout_word *w, gsize i, gsize e, const span *part)
{
    if (i > 0 && w[i - 1].row == w[i].row)
        return FALSE;
    for (gsize k = i; k-- > 0 && w[k].row >= w[i].row - 1;)
        if (w[k].row == w[i].row - 1 && w[k].x0 < w[e].x1 && w[k].x1 > w[i].x0 &&
            w[k].x0 >= part->a && w[k].x0 < part->b)
            return TRUE;
    return FALSE;
}

/* More than this share (NUM/DEN) of a part's pieces running on into the next
 * part: the two are one column whose cells start anywhere in it. */
#define SCATTERED_SHARE_NUM 1
#define SCATTERED_SHARE_DEN 2

static gboolean drifted_part(const jx_layout_word *w, gsize n, int first_row, int last_row,
                             double join, const gboolean *spanning, const span *l,
                             const span *r, gboolean table_end)
{
    int in_left = 0, crossing = 0, both = 0, last_left_row = -1, last_right_row = -1;
    int twice = 0, running_on = 0;
    gboolean alone = FALSE;
    for (gsize i = 0; i < n; i++) {
        if (w[i].row < first_row || w[i].row > last_row || spanning[i] ||
            (i > 0 && same_piece(&w[i - 1], &w[i], join)))
            continue;
        if (w[i].x0 >= l->a && w[i].x0 < l->b) {
            in_left++;
            gsize e = piece_end(w, n, i, join);
            crossing += w[e].x1 > r->a;
            /* a target running on: one word, no prose (`2.48 部分资金拨付滞`
             * is a score and the reason beside it) */
            running_on += w[e].x1 > r->a && e == i && !has_sentence_mark(w, i, e + 1);
            gboolean after_wide = i > 0 && w[i - 1].row == w[i].row && w[i - 1].wide_end &&
                                  w[i].wide_start;
            alone |= !after_wide && !(w[i].wide_start && wrapped_rest(w, i, e, l));
            both += last_right_row == w[i].row;
            twice += last_left_row == w[i].row;
            last_left_row = w[i].row;
        } else if (w[i].x0 >= r->a && w[i].x0 < r->b) {
            both += last_left_row == w[i].row;
            last_right_row = w[i].row;
        }
    }
    /* nor is a part most of whose pieces run on into the table's last
     * column: that column's cells set neither left nor right aligned (a
     * layout dump's 指标值 cells, their starts scattered over the column).
     * A line with two pieces in the part shows two columns there (a unit,
     * then the note right after it: `个 的变化情况`). */
    gboolean scattered = table_end && twice == 0 &&
                         running_on * SCATTERED_SHARE_DEN > in_left * SCATTERED_SHARE_NUM;
    return in_left > 0 && crossing > 0 && (!alone || scattered) && both == 0;
}

/* How far apart (in the words' x) the starts of one column's pieces may
 * stand on lines of their own: a dump places text to a column, give or
 * take one. */
#define EDGE_SLACK 1.0

/* The mirror of drifted_part: a dump that gives each character one place
 * sets wide text that follows wide text on its line a column or more right
 * of where the same column starts on a line of its own (`推进水污染防治
 * 补助对象识别精` beside `准率` / `资金使用合规率` alone).  The part right of
 * the first edge is that drift when the left part is that one edge (its
 * pieces all start there, give or take EDGE_SLACK: no column of cells
 * starting anywhere, nor two columns' starts), every piece starting in the
 * right part is wide text right after wide text on its line, some piece of
 * the left part runs on past where the first of those starts (a cell of the
 * column as wide, not a narrower column's text that only touches the
 * edge), and no line has a piece starting in both. */
static gboolean drifted_right_part(const jx_layout_word *w, gsize n, int first_row, int last_row,
                                   double join, const gboolean *spanning, const span *l,
                                   const span *r)
{
    int in_right = 0, both = 0, last_left_row = -1, last_right_row = -1;
    double lo = INFINITY, hi = -INFINITY, reach = -INFINITY, right_start = INFINITY;
    for (gsize i = 0; i < n; i++) {
        if (w[i].row < first_row || w[i].row > last_row || spanning[i] ||
            (i > 0 && same_piece(&w[i - 1], &w[i], join)))
            continue;
        if (w[i].x0 >= l->a && w[i].x0 < l->b) {
            reach = MAX(reach, w[piece_end(w, n, i, join)].x1);
            both += last_right_row == w[i].row;
            last_left_row = w[i].row;
            lo = MIN(lo, w[i].x0);
            hi = MAX(hi, w[i].x0);
        } else if (w[i].x0 >= r->a && w[i].x0 < r->b) {
            if (!(i > 0 && w[i - 1].row == w[i].row && w[i - 1].wide_end && w[i].wide_start))
                return FALSE;
            in_right++;
            both += last_left_row == w[i].row;
            last_right_row = w[i].row;
            right_start = MIN(right_start, w[i].x0);
        }
    }
    return in_right > 0 && reach > right_start && both == 0 && hi - lo <= EDGE_SLACK;
}

/* A narrow label column (two wide characters a line: 经济 / 效益 / 指标)
 * whose groups a layout dump set a place or two apart, each group's label
 * centred by itself (`   经济` over one group, `     社会` over the next),
 * shows two edges in one run.  Its pieces are single words of wide text at
 * most this many characters long, and all of them together take less room
 * than two of the widest and a space: too little for two label columns
 * side by side. */
#define LABEL_PIECE_CHARS 2

/* TRUE when word `i` is a label piece (one word of wide text of at most
 * LABEL_PIECE_CHARS characters) with only such pieces before it on its
 * line: label columns stand left of the names, so a column of short words
 * after a name (a 指标性质 column's 定量 / 定性, drifted by the names'
 * lengths) is not one. */
static gboolean label_piece_leading(const jx_layout_word *w, gsize i)
{
    gsize k = i + 1;
    do {
        k--;
        if (!w[k].wide_start || !w[k].wide_end ||
            g_utf8_strlen(w[k].text, (gssize)w[k].len) > LABEL_PIECE_CHARS)
            return FALSE;
    } while (k > 0 && w[k - 1].row == w[i].row);
    return TRUE;
}

/* TRUE when parts `l` and `r` of a run are one label column its groups
 * drifted across (see LABEL_PIECE_CHARS): every piece starting in either
 * is one word of wide text of at most LABEL_PIECE_CHARS characters with
 * only such words before it on its line (label_piece_leading), all of
 * them fit in less than two of the widest and a space (x is in display
 * columns: a space is one), each part holds more than one piece, and no
 * line has a piece starting in both.  Text starting in the right part but
 * running on past it by more than such a piece is the next column's, set
 * left after wide text on its line (see drifted_right_part): not counted. */
static gboolean label_groups_drifted(const jx_layout_word *w, gsize n, int first_row,
                                     int last_row, double join, const gboolean *spanning,
                                     const span *l, const span *r)
{
    int in_left = 0, in_right = 0, both = 0, last_left_row = -1, last_right_row = -1;
    double lo = INFINITY, hi = -INFINITY, widest = 0;
    for (gsize i = 0; i < n; i++) {
        if (w[i].row < first_row || w[i].row > last_row || spanning[i] ||
            (i > 0 && same_piece(&w[i - 1], &w[i], join)))
            continue;
        gboolean left = w[i].x0 >= l->a && w[i].x0 < l->b;
        gboolean right = w[i].x0 >= r->a && w[i].x0 < r->b;
        gsize e = piece_end(w, n, i, join);
        if (!left && !right)
            continue;
        if (right && w[e].x1 > r->b + (r->b - r->a))
            continue;
        if (e != i || !label_piece_leading(w, i))
            return FALSE;
        lo = MIN(lo, w[i].x0);
        hi = MAX(hi, w[i].x1);
        widest = MAX(widest, w[i].x1 - w[i].x0);
        if (left) {
            in_left++;
            both += last_right_row == w[i].row;
            last_left_row = w[i].row;
        } else {
            in_right++;
            both += last_left_row == w[i].row;
            last_right_row = w[i].row;
        }
    }
    return in_left > 1 && in_right > 1 && both == 0 && hi - lo < 2 * widest + 1;
}

static void merge_drifted(const jx_layout_word *w, gsize n, int first_row, int last_row,
                          double join, const gboolean *spanning, GArray *cols, guint first,
                          gboolean last_run)
{
    for (guint c = first; c + 1 < cols->len;) {
        span *l = &g_array_index(cols, span, c), *r = &g_array_index(cols, span, c + 1);
        if (drifted_part(w, n, first_row, last_row, join, spanning, l, r,
                         last_run && c + 2 == cols->len) ||
            drifted_right_part(w, n, first_row, last_row, join, spanning, l, r) ||
            label_groups_drifted(w, n, first_row, last_row, join, spanning, l, r)) {
            r->a = l->a;
            g_array_remove_index(cols, c);
        } else {
            c++;
        }
    }
}

static void split_at_starts(const jx_layout_word *w, gsize n, int first_row, int last_row,
                            double join, const gboolean *spanning, const span *run,
                            gboolean last_run, GArray *cols)
{
    int lines = last_row - first_row + 1;
    int need = MAX(EDGE_MIN_PIECES, (int)ceil(EDGE_SHARE * lines));
    double a = run->a;
    guint first = cols->len;
    /* candidate edges in order: starts of pieces inside the run */
    GArray *pieces = g_array_new(FALSE, FALSE, sizeof(run_piece));
    for (gsize i = 0; i < n; i++) {
        if (w[i].row < first_row || w[i].row > last_row)
            continue;
        if (i > 0 && same_piece(&w[i - 1], &w[i], join))
            continue;
        gsize e = piece_end(w, n, i, join);
        if (w[i].x0 >= run->a && w[i].x0 < run->b && !spanning[i]) {
            run_piece p = {w[i].x0, w[e].x1, 0, 0};
            piece_extent(w, n, i, e, join, spanning, &p.head_x0, &p.head_x1);
            g_array_append_val(pieces, p);
        }
    }
    for (double edge = run->a + 2; edge < run->b; edge += 1) {
        int on = 0, left = 0;
        for (guint k = 0; k < pieces->len; k++) {
            const run_piece *p = &g_array_index(pieces, run_piece, k);
            /* a wrapped cell's last line starts no column, and stands in
             * the column of its first where that is in the part of the run
             * left to split */
            gboolean tail = p->head_x0 != p->x0, in_part = p->head_x0 >= a;
            double x0 = tail && in_part ? p->head_x0 : p->x0;
            double x1 = tail && in_part ? p->head_x1 : p->x1;
            on += fabs(x0 - edge) <= 1 && !tail;
            left += x0 >= a && x0 < edge - 1 && x1 <= edge - 1;
        }
        if (on >= need && left >= EDGE_MIN_LEFT) {
            span s = {a, edge - 1};
            g_array_append_val(cols, s);
            a = edge - 1;
            edge += 2;
        }
    }
    span last = {a, run->b};
    g_array_append_val(cols, last);
    g_array_free(pieces, TRUE);
    merge_drifted(w, n, first_row, last_row, join, spanning, cols, first, last_run);
}

/* A piece on a line of few pieces that runs over this many gaps between
 * the body lines' text, with text of theirs on both sides of each, spans
 * columns: a self-evaluation's 预期目标 over the indicator columns, a note.
 * It would fill the valleys it crosses.  (Over one gap it may be a wrapped
 * name wider than the name column's header, which layout dumps shift.) */
#define SPANNING_GAPS 2

/* How many gaps of `body_cover` (positions no body line has text at) the
 * positions [from, to) cross from body text to body text. */
static int body_gaps_crossed(const int *body_cover, gsize from, gsize to)
{
    int gaps = 0;
    gboolean in_text = FALSE, in_gap = FALSE;
    for (gsize x = from; x < to; x++) {
        if (body_cover[x] > 0) {
            gaps += in_gap;
            in_text = TRUE;
            in_gap = FALSE;
        } else if (in_text) {
            in_gap = TRUE;
        }
    }
    return gaps;
}

/* The piece starting at word k: returns its last word and sets the
 * positions [from, to) it takes (x from `lo` in steps of `unit`, at most
 * `cells`). */
static gsize piece_positions(const jx_layout_word *w, gsize n, gsize k, double join, double lo,
                             double unit, gsize cells, gsize *from, gsize *to)
{
    gsize e = piece_end(w, n, k, join);
    *from = (gsize)floor((w[k].x0 - lo) / unit);
    *to = MIN((gsize)ceil((w[e].x1 - lo) / unit), cells);
    return e;
}

/* Adds each piece of lines first_row..last_row to `cover`, once per
 * position it takes: only lines with `body` pieces or more when
 * `body_only`; no piece whose first word `spanning` marks (may be NULL). */
static void cover_pieces(const jx_layout_word *w, gsize n, int first_row, int last_row,
                         double join, double lo, double unit, int *cover, gsize cells,
                         const int *pieces, int body, gboolean body_only,
                         const gboolean *spanning)
{
    for (gsize k = 0, from, to; k < n;) {
        gsize e = piece_positions(w, n, k, join, lo, unit, cells, &from, &to);
        int row = w[k].row;
        gboolean take = row >= first_row && row <= last_row &&
                        (pieces[row] >= body || !body_only) && !(spanning && spanning[k]);
        for (gsize x = from; x < to && take; x++)
            cover[x]++;
        k = e + 1;
    }
}

/* Marks in `spanning` (n entries, zeroed) the first word of every piece on
 * a line of the body (first_row..last_row) with fewer than `body` pieces
 * that spans the columns `body_cover` shows (see SPANNING_GAPS). */
static void mark_spanning(const jx_layout_word *w, gsize n, int first_row, int last_row,
                          double join, double lo, double unit, const int *body_cover, gsize cells,
                          const int *pieces, int body, gboolean *spanning)
{
    for (gsize k = 0, from, to; k < n;) {
        gsize e = piece_positions(w, n, k, join, lo, unit, cells, &from, &to);
        int row = w[k].row;
        spanning[k] = row >= first_row && row <= last_row && pieces[row] < body &&
                      body_gaps_crossed(body_cover, from, to) >= SPANNING_GAPS;
        k = e + 1;
    }
}

/* Two narrow columns of labels printed by a browser (一级指标 and 二级指标)
 * set their cells one space apart (`产出指标 数量指标`), and on the few lines
 * that hold labels at all (a group's first row, the header) the dump places
 * each line's pair a column off the other's: no valley parts them, and one
 * column holds both.  A column in which this many lines set a level-1
 * label and a level-2 label of it one space apart (see squeezed_after), the
 * first ending before the second starts on each of them, is two: parted
 * where the second labels start first. */
#define SQUEEZED_SPLIT_MIN_LINES 2

/* TRUE when words [head, i) are a level-1 label whole and [i, e] a level-2
 * label of it (`产出指标 数量指标`): two label cells, not a work item and
 * a name's wrapped rest set tight in one column (`推进公路安全生命 指数`). */
static gboolean label_pair(const jx_layout_word *w, gsize head, gsize i, gsize e)
{
    GString *one = g_string_new(NULL), *two = g_string_new(NULL);
    for (gsize k = head; k < i; k++)
        g_string_append_len(one, w[k].text, (gssize)w[k].len);
    for (gsize k = i; k <= e; k++)
        g_string_append_len(two, w[k].text, (gssize)w[k].len);
    const char *level1 = jx_taxonomy_level1(one->str);
    gboolean pair = level1 && jx_taxonomy_level2(level1, two->str) != NULL;
    g_string_free(one, TRUE);
    g_string_free(two, TRUE);
    return pair;
}

/* The text of words [a, e] of one piece, a new string. */
static char *piece_text(const jx_layout_word *w, gsize a, gsize e)
{
    GString *text = g_string_new(NULL);
    for (gsize k = a; k <= e; k++)
        g_string_append_len(text, w[k].text, (gssize)w[k].len);
    return g_string_free(text, FALSE);
}

/* TRUE when words [a, e] are one line of a label wrapped in a narrow column
 * (`数量指`, `标`, `益指标`) and not a whole label: a piece that, set one
 * space before a name (`数量指 加装电梯数量`, `标 新建改造排水管网`), is the
 * label column's cell squeezed against the name's. */
static gboolean label_fragment(const jx_layout_word *w, gsize a, gsize e)
{
    char *text = piece_text(w, a, e);
    char *head1 = jx_taxonomy_label_headed(text, 1), *head2 = jx_taxonomy_label_headed(text, 2);
    gboolean fragment = head1 || head2 || jx_taxonomy_label_tail(text);
    g_free(head1);
    g_free(head2);
    g_free(text);
    return fragment;
}

/* TRUE when the piece starting at word i, one space after the piece
 * [head, i), is a name after a wrapped label's line (see label_fragment):
 * no label nor label line itself. */
static gboolean fragment_then_name(const jx_layout_word *w, gsize head, gsize i, gsize e)
{
    if (!label_fragment(w, head, i - 1) || label_fragment(w, i, e))
        return FALSE;
    char *text = piece_text(w, i, e);
    gboolean label = jx_taxonomy_level1(text) || jx_taxonomy_level2(NULL, text);
    g_free(text);
    return !label;
}

/* A squeezed pair (see squeezed_pair): two label cells, or a wrapped
 * label's line and a name. */
typedef enum { PAIR_NONE, PAIR_LABELS, PAIR_FRAGMENT } pair_kind;

/* Sets *start to where the second of two pieces of words set one space
 * apart in column `col` on line words [a, b) starts, *first_start and
 * *first_end to where the first starts and ends; PAIR_NONE when the line
 * holds no such pair there. */
static pair_kind squeezed_pair(const jx_layout_word *w, gsize a, gsize b, double join,
                               const span *col, double *start, double *first_start,
                               double *first_end)
{
    for (gsize i = a + 1; i < b; i++) {
        if (!squeezed_after(w, i, join) || w[i - 1].x0 < col->a || w[i].x0 >= col->b)
            continue;
        gsize head = i - 1;
        while (head > a && same_piece(&w[head - 1], &w[head], join))
            head--;
        gsize e = piece_end(w, b, i, join);
        if (w[head].x0 < col->a)
            continue;
        /* a name that runs on into the next column is that column's: the
         * label column and the names' are parted already */
        pair_kind kind = label_pair(w, head, i, e) ? PAIR_LABELS
                         : w[e].x1 <= col->b && fragment_then_name(w, head, i, e) ? PAIR_FRAGMENT
                                                                                  : PAIR_NONE;
        if (kind == PAIR_NONE)
            continue;
        *start = w[i].x0;
        *first_start = w[head].x0;
        *first_end = w[i - 1].x1;
        return kind;
    }
    return PAIR_NONE;
}

/* TRUE when the piece [i, e] is a wrapped label's line set one space
 * before a name (see fragment_then_name): the first of a squeezed pair,
 * whose label column a split makes. */
static gboolean fragment_before_name(const jx_layout_word *w, gsize n, gsize i, gsize e,
                                     double join)
{
    if (e + 1 >= n || w[e + 1].row != w[i].row || !squeezed_after(w, e + 1, join))
        return FALSE;
    return fragment_then_name(w, i, e + 1, piece_end(w, n, e + 1, join));
}

/* TRUE when a piece of lines first_row..last_row starting in column `col`
 * runs across `split`: the pairs stand off the column's other cells (a row
 * set right of the rest, `效益指标 社会效益指标` over labels that start left of
 * where its level-2 does), and parting there would cut them.  A wrapped
 * label's line before a name is the cell the split parts off, centred in
 * its narrow column: it may run across. */
static gboolean pieces_across(const jx_layout_word *w, gsize n, int first_row, int last_row,
                              double join, const span *col, double split)
{
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1) {
        gsize e = piece_end(w, n, i, join);
        if (w[i].row >= first_row && w[i].row <= last_row && w[i].x0 >= col->a &&
            w[i].x0 < split && w[e].x1 > split && !fragment_before_name(w, n, i, e, join))
            return TRUE;
    }
    return FALSE;
}

static void split_squeezed_columns(const jx_layout_word *w, gsize n, int first_row, int last_row,
                                   double join, GArray *cols)
{
    for (guint c = 0; c < cols->len; c++) {
        span *col = &g_array_index(cols, span, c);
        int pairs = 0;
        double split = INFINITY, first_end = -INFINITY, fragment_start = -INFINITY;
        for (gsize a = 0, b; a < n; a = b) {
            b = line_end(w, n, a);
            double start, begin, end;
            if (w[a].row < first_row || w[a].row > last_row)
                continue;
            pair_kind kind = squeezed_pair(w, a, b, join, col, &start, &begin, &end);
            if (kind == PAIR_NONE)
                continue;
            pairs++;
            split = MIN(split, start);
            /* two labels end where the next column starts; a wrapped
             * label's line is centred in its narrow column and may reach
             * past where the names start, but starts before */
            if (kind == PAIR_LABELS)
                first_end = MAX(first_end, end);
            else
                fragment_start = MAX(fragment_start, begin);
        }
        if (pairs < SQUEEZED_SPLIT_MIN_LINES || first_end > split || fragment_start >= split ||
            split <= col->a || pieces_across(w, n, first_row, last_row, join, col, split))
            continue;
        span right = {split, col->b};
        col->b = split;
        g_array_insert_val(cols, c + 1, right);
        c++;
    }
}

/* A table's header names its narrow columns: 序号 over the row numbers,
 * 一级指标 over the level-1 labels (`序号 一级` / `指标 二级指`, `序` / `一级指标`
 * / `号`).  Where the label column beside the numbers is a few characters
 * wide and holds few cells (a level-1 label centred on its rows, one per
 * group), the text of one runs straight into the other's (`9 指标`, `10`
 * over `产出`) and no valley nor edge parts them.  A column holding 序号
 * (or its opening) and, after it, another column's header word is two:
 * parted where the fewest lines have text between them — when each part
 * holds cells of its own (pieces that are no header word) on this many
 * lines at least: a header squeezed left of its columns (its words one
 * space apart over wider columns) parts nothing.  Only beside the numbers:
 * where the label columns themselves run together their labels wrap and
 * drift across the header's split (`服务对` under 二级指, beside 一级指标),
 * and parted there they read worse. */
#define HEAD_SPLIT_MIN_LINES 1

/* The index in jx_taxonomy_label_heads of the header word the piece of
 * words [a, e] opens (`序`, `一级`; with `rest`, ends: `号`, `指标` of
 * 一级 / 指标, a header word's wrapped rest), or -1. */
static int label_head_match(const jx_layout_word *w, gsize a, gsize e, gboolean rest)
{
    char *text = piece_text(w, a, e);
    char *norm = jx_norm_text(text);
    gsize n_heads;
    const char *const *heads = jx_taxonomy_label_heads(&n_heads);
    int index = -1;
    for (gsize k = 0; k < n_heads && index < 0 && *norm; k++)
        if (rest ? g_str_has_suffix(heads[k], norm) : g_str_has_prefix(heads[k], norm))
            index = (int)k;
    g_free(norm);
    g_free(text);
    return index;
}

/* label_head_match of the header word the piece opens. */
static int label_head_index(const jx_layout_word *w, gsize a, gsize e)
{
    return label_head_match(w, a, e, FALSE);
}

/* A header word's piece: its extent, line and the header word it opens. */
typedef struct {
    double x0, x1;
    int row, head;
} head_piece;

/* How many pieces of line `row` start in [a, b). */
static int pieces_starting_in(const jx_layout_word *w, gsize n, int row, double join, double a,
                              double b)
{
    int pieces = 0;
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1)
        pieces += w[i].row == row && w[i].x0 >= a && w[i].x0 < b;
    return pieces;
}

/* How many lines of first_row..last_row have a piece that is no header
 * word nor a header word's rest starting in [a, b), of two characters at
 * least (a character alone may be a header's, set a character a line:
 * `一` / `级` / `指` / `标`). */
static int lines_starting_in(const jx_layout_word *w, gsize n, int first_row, int last_row,
                             double join, double a, double b)
{
    int lines = 0, last = -1;
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1) {
        gsize e = piece_end(w, n, i, join);
        if (w[i].row < first_row || w[i].row > last_row || w[i].row == last ||
            w[i].x0 < a || w[i].x0 >= b)
            continue;
        glong chars = g_utf8_strlen(w[i].text, (gssize)(w[e].text + w[e].len - w[i].text));
        if (chars < 2 || label_head_match(w, i, e, FALSE) >= 0 ||
            label_head_match(w, i, e, TRUE) >= 0)
            continue;
        lines++;
        last = w[i].row;
    }
    return lines;
}

static void split_at_head_words(const jx_layout_word *w, gsize n, int first_row, int last_row,
                                double join, const int *cover, double lo, double unit,
                                GArray *cols)
{
    GArray *heads = g_array_new(FALSE, FALSE, sizeof(head_piece));
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1) {
        gsize e = piece_end(w, n, i, join);
        head_piece h = {w[i].x0, w[e].x1, w[i].row, label_head_index(w, i, e)};
        if (h.head >= 0)
            g_array_append_val(heads, h);
    }
    for (guint c = 0; c < cols->len; c++) {
        span *col = &g_array_index(cols, span, c);
        double split = NAN;
        for (guint p = 0; p < heads->len && isnan(split); p++)
            for (guint q = 0; q < heads->len && isnan(split); q++) {
                const head_piece *l = &g_array_index(heads, head_piece, p),
                                 *r = &g_array_index(heads, head_piece, q);
                if (l->head != 0 || r->head == 0 || l->x1 > r->x0 || l->x0 < col->a ||
                    r->x0 >= col->b)
                    continue;
                /* the position between them the fewest lines cross */
                gsize from = (gsize)floor((l->x1 - lo) / unit);
                gsize to = (gsize)floor((r->x0 - lo) / unit);
                gsize best = from;
                for (gsize x = from; x <= to; x++)
                    if (cover[x] < cover[best])
                        best = x;
                double at = lo + best * unit;
                /* each part one narrow column: its header word alone on
                 * its line there, the right part reaching no further past
                 * its word than the word's width (a wider part holds the
                 * next column's text too, which no valley parted either:
                 * 二级指标 over level-2 labels and the names after them) */
                if (at > col->a && at < col->b && col->b <= r->x1 + (r->x1 - r->x0) &&
                    pieces_starting_in(w, n, l->row, join, col->a, at) == 1 &&
                    pieces_starting_in(w, n, r->row, join, at, col->b) == 1 &&
                    lines_starting_in(w, n, first_row, last_row, join, col->a, at) >=
                        HEAD_SPLIT_MIN_LINES &&
                    lines_starting_in(w, n, first_row, last_row, join, at, col->b) >=
                        HEAD_SPLIT_MIN_LINES)
                    split = at;
            }
        if (isnan(split))
            continue;
        span right = {split, col->b};
        col->b = split;
        g_array_insert_val(cols, c + 1, right);
    }
    g_array_free(heads, TRUE);
}

/* A web page's table printed without widths shrinks the level-1 and
 * level-2 label columns to their header words (`一级指标 二级指标` one
 * space apart) and sets each label on a line of its own, in the gap between
 * rows: no line holds both, the labels of one touch those of the other, and
 * no valley parts the two columns (`产出指标` then `数量指标`, each under its
 * header word).  A column holding two successive label header words on one
 * line (一级指标 then 二级指标, neither 序号: split_at_head_words parts
 * that) is two, parted between the words, when each word is the only piece
 * starting in its part on that line, each part holds cells of its own
 * (HEAD_SPLIT_MIN_LINES), and no piece of the table crosses the cut by more
 * than LABEL_CUT_SLACK characters: labels that wrap and drift across it
 * (`服务对` under 二级指) leave the column whole. */
#define LABEL_CUT_SLACK 0.25

/* TRUE when no piece of lines first_row..last_row runs over `at` by more
 * than `slack` on both sides. */
static gboolean no_piece_across(const jx_layout_word *w, gsize n, int first_row, int last_row,
                                double join, double at, double slack)
{
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1) {
        gsize e = piece_end(w, n, i, join);
        if (w[i].row >= first_row && w[i].row <= last_row && w[i].x0 < at - slack &&
            w[e].x1 > at + slack)
            return FALSE;
    }
    return TRUE;
}

/* TRUE when `at` parts column `col` between header words `l` and `r`:
 * each word alone on its line in its part, each part holding cells of its
 * own, no piece across. */
static gboolean label_cut_fits(const jx_layout_word *w, gsize n, int first_row, int last_row,
                               double join, double unit, const span *col, const head_piece *l,
                               const head_piece *r, double at)
{
    return at > col->a && at < col->b &&
           pieces_starting_in(w, n, l->row, join, col->a - unit, at) == 1 &&
           pieces_starting_in(w, n, r->row, join, at, col->b) == 1 &&
           lines_starting_in(w, n, first_row, last_row, join, col->a - unit, at) >=
               HEAD_SPLIT_MIN_LINES &&
           lines_starting_in(w, n, first_row, last_row, join, at, col->b) >=
               HEAD_SPLIT_MIN_LINES &&
           no_piece_across(w, n, first_row, last_row, join, at, LABEL_CUT_SLACK * unit);
}

/* Parts each column of `cols` that holds two successive label header words
 * on one line (一级指标 二级指标) at the first of their cuts no piece of
 * lines first_row..last_row crosses (see label_cut_fits); `cols` gains the
 * right part after the left. */
static void split_between_label_heads(const jx_layout_word *w, gsize n, int first_row,
                                      int last_row, double join, double unit, GArray *cols)
{
    GArray *heads = g_array_new(FALSE, FALSE, sizeof(head_piece));
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1) {
        gsize e = piece_end(w, n, i, join);
        head_piece h = {w[i].x0, w[e].x1, w[i].row, label_head_index(w, i, e)};
        if (h.head > 0)
            g_array_append_val(heads, h);
    }
    for (guint c = 0; c < cols->len; c++) {
        span *col = &g_array_index(cols, span, c);
        double split = NAN;
        for (guint p = 0; p < heads->len && isnan(split); p++)
            for (guint q = 0; q < heads->len && isnan(split); q++) {
                const head_piece *l = &g_array_index(heads, head_piece, p),
                                 *r = &g_array_index(heads, head_piece, q);
                if (r->head != l->head + 1 || r->row != l->row || l->x1 > r->x0 ||
                    l->x0 < col->a - unit || r->x1 > col->b + unit)
                    continue;
                /* the left word's end, the middle, the right word's start:
                 * the first no piece crosses (a line's text is placed to a
                 * character, the header's and the labels' apart) */
                const double cuts[] = {l->x1, (l->x1 + r->x0) / 2, r->x0};
                for (gsize k = 0; k < G_N_ELEMENTS(cuts) && isnan(split); k++)
                    if (label_cut_fits(w, n, first_row, last_row, join, unit, col, l, r, cuts[k]))
                        split = cuts[k];
            }
        if (isnan(split))
            continue;
        span right = {split, col->b};
        col->b = split;
        g_array_insert_val(cols, c + 1, right);
    }
    g_array_free(heads, TRUE);
}

/* A browser centres a header label over its column (`三级指标`), on a line
 * of its own when the header's other cells take two lines.  On a page
 * holding only the table's header and a line or two of its rows, the rows'
 * names start on an edge too few pieces share (see EDGE_MIN_PIECES), and no
 * valley parts them from the narrow labels left of them: the label stands
 * alone in a column of its own, or the names and labels share one.  Pieces
 * below the label starting on one edge (this many, give or take a column)
 * and ending inside the span the label is centred in from that edge are
 * its column's: the column left of it ends at the edge, or the shared one
 * is parted there, when EDGE_MIN_LEFT pieces end before it and no piece
 * below the label crosses it (the header's own words, wider than the
 * narrow labels under them, may). */
#define CENTRED_HEAD_MIN_PIECES 2

/* The pieces of lines first_row..last_row starting in [a, b): their first
 * and last words into `first` / `last` (as many as the return). */
static guint pieces_in_span(const jx_layout_word *w, gsize n, int first_row, int last_row,
                            double join, double a, double b, GArray *first, GArray *last)
{
    g_array_set_size(first, 0);
    g_array_set_size(last, 0);
    for (gsize i = 0; i < n; i++) {
        if (w[i].row < first_row || w[i].row > last_row ||
            (i > 0 && same_piece(&w[i - 1], &w[i], join)))
            continue;
        gsize e = piece_end(w, n, i, join);
        if (w[i].x0 >= a && w[i].x0 < b) {
            g_array_append_val(first, i);
            g_array_append_val(last, e);
        }
    }
    return first->len;
}

/* The word of the piece [a, e] that starts on `edge` (give or take a
 * column), or e + 1: a piece set one space after a narrow label
 * (`数量指 企业研发费用…`) starts a column inside it. */
static gsize word_on_edge(const jx_layout_word *w, gsize a, gsize e, double edge)
{
    for (gsize k = a; k <= e; k++)
        if (fabs(w[k].x0 - edge) <= 1)
            return k;
    return e + 1;
}

/* The edge left of the label of words [ha, he] at which pieces below it
 * (among `first` / `last`) start that fit the span the label is centred
 * in from there (see CENTRED_HEAD_MIN_PIECES), or a negative number. */
static double centred_head_edge(const jx_layout_word *w, const GArray *first, const GArray *last,
                                const jx_layout_word *ha, const jx_layout_word *he)
{
    double mid = (ha->x0 + he->x1) / 2;
    for (guint k = 0; k < first->len; k++) {
        double edge = w[g_array_index(first, gsize, k)].x0;
        int on = 0, left = 0, crossing = 0, outside = 0;
        for (guint j = 0; j < first->len && edge <= ha->x0; j++) {
            gsize a = g_array_index(first, gsize, j), e = g_array_index(last, gsize, j);
            gsize at = word_on_edge(w, a, e, edge);
            gboolean below = w[a].row > ha->row;
            on += at <= e && below && w[e].x1 <= 2 * mid - edge;
            left += (at <= e && at > a) || w[e].x1 <= edge;
            crossing += below && at > e && w[a].x0 < edge - 1 && w[e].x1 > edge;
            outside += w[a].x0 >= edge - 1 && w[e].x1 > 2 * mid - edge + 1;
        }
        if (on >= CENTRED_HEAD_MIN_PIECES && left >= EDGE_MIN_LEFT && !crossing && !outside)
            return edge - 1;
    }
    return -1;
}

/* The one piece among `first` (words of pieces) alone on its line
 * (`pieces` per line) between header lines (first_row up to `head_end`):
 * a label centred between two-line cells, no header cell's wrapped tail
 * over the rows, or -1. */
static gssize lone_line_piece(const jx_layout_word *w, const GArray *first, const int *pieces,
                              int first_row, int head_end)
{
    gssize found = -1;
    for (guint k = 0; k < first->len; k++) {
        gsize i = g_array_index(first, gsize, k);
        if (pieces[w[i].row] == 1 && w[i].row > first_row && w[i].row + 1 < head_end) {
            if (found >= 0)
                return -1;
            found = (gssize)k;
        }
    }
    return found;
}

/* Parts `cols` at the edges the labels centred over them show (see
 * CENTRED_HEAD_MIN_PIECES). */
static void part_at_centred_heads(const jx_layout_word *w, gsize n, int first_row, int last_row,
                                  double join, const int *pieces, int body, GArray *cols)
{
    /* the label is the header's: above the first line of a body's pieces
     * that holds a figure (a row's target) */
    int head_end = last_row + 1;
    for (gsize a = 0, b; a < n; a = b) {
        for (b = a + 1; b < n && w[b].row == w[a].row; b++)
            ;
        if (w[a].row >= first_row && w[a].row <= last_row && pieces[w[a].row] >= body &&
            has_digit(w, a, b)) {
            head_end = w[a].row;
            break;
        }
    }
    GArray *first = g_array_new(FALSE, FALSE, sizeof(gsize));
    GArray *last = g_array_new(FALSE, FALSE, sizeof(gsize));
    for (guint c = 0; c < cols->len; c++) {
        span *l = &g_array_index(cols, span, c);
        /* the label alone in the next column, or in this one */
        gssize head = -1;
        gboolean own = FALSE;
        if (c + 1 < cols->len) {
            const span *h = &g_array_index(cols, span, c + 1);
            own = pieces_in_span(w, n, first_row, last_row, join, h->a, h->b, first, last) == 1;
            head = own ? lone_line_piece(w, first, pieces, first_row, head_end) : -1;
        }
        if (head < 0) {
            own = FALSE;
            pieces_in_span(w, n, first_row, last_row, join, l->a, l->b, first, last);
            head = lone_line_piece(w, first, pieces, first_row, head_end);
        }
        if (head < 0)
            continue;
        jx_layout_word ha = w[g_array_index(first, gsize, (guint)head)];
        jx_layout_word he = w[g_array_index(last, gsize, (guint)head)];
        if (own)
            pieces_in_span(w, n, first_row, last_row, join, l->a, l->b, first, last);
        double edge = centred_head_edge(w, first, last, &ha, &he);
        if (edge <= l->a)
            continue;
        if (own) {
            g_array_index(cols, span, c + 1).a = edge;
            l->b = edge;
        } else {
            span right = {edge, l->b};
            l->b = edge;
            g_array_insert_val(cols, c + 1, right);
        }
        c++;
    }
    g_array_free(first, TRUE);
    g_array_free(last, TRUE);
}

static int cmp_span(const void *pa, const void *pb);

/* A header cell over a column its table leaves empty (计算符号 where every
 * value is text) stands between the columns its table's cells show: a
 * browser sets a column as wide as its widest text, the header word a
 * padding after the longest name, and no line's text gives it a run of
 * its own.  With words placed where they stood on a page, a piece of lines
 * first_row..last_row overlapping no column at all is a column of its own
 * when its line is a header's: no figure, and as many pieces as the
 * fullest line (its cells parted finer than the rows show: 计算符号 |
 * 指标值 | 计量单位 over text values a piece each).  A piece overlapping a
 * column (a drifted value, a label's wrapped character, a cell spanning
 * two columns) stays with the column it overlaps most. */
static void add_orphan_columns(const jx_layout_word *w, gsize n, int first_row, int last_row,
                               double join, const int *pieces, GArray *cols)
{
    int fullest = 0;
    for (int r = first_row; r <= last_row; r++)
        fullest = MAX(fullest, pieces[r]);
    guint found = cols->len;
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1) {
        gsize e = piece_end(w, n, i, join);
        gsize a = i; /* the piece's line, words sorted by line */
        while (a > 0 && w[a - 1].row == w[i].row)
            a--;
        if (w[i].row < first_row || w[i].row > last_row || pieces[w[i].row] < fullest ||
            has_digit(w, a, line_end(w, n, a)))
            continue;
        span p = {w[i].x0, w[e].x1};
        gboolean off = TRUE;
        for (guint c = 0; c < cols->len && off; c++) {
            const span *s = &g_array_index(cols, span, c);
            off = MIN(p.b, s->b) <= MAX(p.a, s->a);
        }
        if (!off)
            continue;
        if (g_getenv("JX_LAYOUT_DEBUG"))
            g_printerr("  orphan column %.0f-%.0f\n", p.a, p.b);
        g_array_append_val(cols, p);
    }
    if (cols->len > found)
        g_array_sort(cols, cmp_span);
}

/*
 * Column extents: runs of x where more than a valley's share of the lines
 * have a piece of text (words closer than `join`).  `unit` is the
 * resolution of x (one display column for text).  `pieces` gives each
 * line's pieces, `body` how many a line of the body has: a piece on another
 * line that spans the body's columns counts nowhere (see SPANNING_GAPS).
 * `positioned`: words placed from a page, whose value columns are not
 * scattered (see drifted_part); TRUE for a section's columns too.
 */
static GArray *find_columns(const jx_layout_word *w, gsize n, int first_row, int last_row,
                            double join, double unit, const int *pieces, int body,
                            gboolean positioned)
{
    double lo = INFINITY, hi = -INFINITY;
    for (gsize i = 0; i < n; i++) {
        lo = MIN(lo, w[i].x0);
        hi = MAX(hi, w[i].x1);
    }
    GArray *cols = g_array_new(FALSE, FALSE, sizeof(span));
    if (!(hi > lo))
        return cols;
    gsize cells = (gsize)ceil((hi - lo) / unit) + 1;
    int *body_cover = g_new0(int, cells);
    cover_pieces(w, n, first_row, last_row, join, lo, unit, body_cover, cells, pieces, body, TRUE,
                 NULL);
    gboolean *spanning = g_new0(gboolean, n + 1);
    mark_spanning(w, n, first_row, last_row, join, lo, unit, body_cover, cells, pieces, body,
                  spanning);
    g_free(body_cover);
    int *cover = g_new0(int, cells);
    cover_pieces(w, n, first_row, last_row, join, lo, unit, cover, cells, pieces, body, FALSE,
                 spanning);
    /* text runs, then split at their valleys */
    GArray *runs = g_array_new(FALSE, FALSE, sizeof(span));
    for (gsize x = 0; x < cells;) {
        if (cover[x] == 0) {
            x++;
            continue;
        }
        gsize start = x;
        while (x < cells && cover[x] > 0)
            x++;
        split_at_valleys(cover, start, x, lo, unit, runs);
    }
    /* then at the edges many cells start on */
    for (guint c = 0; c < runs->len; c++)
        split_at_starts(w, n, first_row, last_row, join, spanning, &g_array_index(runs, span, c),
                        !positioned && c + 1 == runs->len, cols);
    split_squeezed_columns(w, n, first_row, last_row, join, cols);
    split_at_head_words(w, n, first_row, last_row, join, cover, lo, unit, cols);
    part_at_centred_heads(w, n, first_row, last_row, join, pieces, body, cols);
    if (positioned)
        add_orphan_columns(w, n, first_row, last_row, join, pieces, cols);
    g_free(cover);
    g_array_free(runs, TRUE);
    g_free(spanning);
    return cols;
}

/* A line of the table's body has at least this share of the pieces the
 * fullest lines have; lines before the first such line (a metadata block,
 * a heading) and after the last are no part of the columns. */
#define BODY_SHARE 0.6

/* Pieces of each line (words closer than `join` are one piece), into
 * `pieces` (n_rows entries, zeroed); returns the largest count
 * FULLEST_MIN_LINES lines reach and sets the first and last line of the
 * body and the pieces a body line has at least.  `w` is sorted by row. */
static int fullest_pieces(const jx_layout_word *w, gsize n, int n_rows, double join,
                          int *pieces, int *first_row, int *last_row, int *body_pieces)
{
    for (gsize i = 0; i < n; i++)
        if (i == 0 || !spaced_piece(&w[i - 1], &w[i], join))
            pieces[w[i].row]++;
    /* lines with exactly p pieces, then from the most pieces down */
    int most = 0;
    for (int r = 0; r < n_rows; r++)
        most = MAX(most, pieces[r]);
    int *with = g_new0(int, most + 2);
    for (int r = 0; r < n_rows; r++)
        with[pieces[r]]++;
    int best = 0, lines = 0;
    for (int k = most; k >= 1 && !best; k--) {
        lines += with[k];
        if (lines >= FULLEST_MIN_LINES)
            best = k;
    }
    g_free(with);
    int body = MAX(2, (int)ceil(BODY_SHARE * best));
    *body_pieces = body;
    *first_row = 0;
    *last_row = n_rows - 1;
    while (*first_row < *last_row && pieces[*first_row] < body)
        (*first_row)++;
    while (*last_row > *first_row && pieces[*last_row] < body)
        (*last_row)--;
    return best;
}

/* Ordinal columns: every line's pieces numbered from 0.  Fills `col_of`
 * (one per word). */
static void ordinal_columns(const jx_layout_word *w, gsize n, double join, int *col_of)
{
    int col = 0;
    for (gsize i = 0; i < n; i++) {
        if (i == 0 || w[i].row != w[i - 1].row)
            col = 0;
        else if (!same_piece(&w[i - 1], &w[i], join))
            col++;
        col_of[i] = col;
    }
}

/* How well the pieces' left edges line up: Σ c² / Σ c over the positions
 * where c pieces start.  Cells of one column start at one position when x
 * is read the way the text was laid out, and drift when it is not. */
static double piece_alignment(const jx_layout_word *w, gsize n, double join, double unit)
{
    GHashTable *starts = g_hash_table_new(g_direct_hash, g_direct_equal);
    gsize pieces = 0;
    for (gsize i = 0; i < n; i++) {
        if (i > 0 && same_piece(&w[i - 1], &w[i], join))
            continue;
        gpointer key = GINT_TO_POINTER((int)floor(w[i].x0 / unit));
        guint c = GPOINTER_TO_UINT(g_hash_table_lookup(starts, key));
        g_hash_table_replace(starts, key, GUINT_TO_POINTER(c + 1));
        pieces++;
    }
    double sum = 0;
    GHashTableIter it;
    gpointer key, value;
    g_hash_table_iter_init(&it, starts);
    while (g_hash_table_iter_next(&it, &key, &value))
        sum += (double)GPOINTER_TO_UINT(value) * GPOINTER_TO_UINT(value);
    g_hash_table_unref(starts);
    return pieces ? sum / pieces : 0;
}

/* The share of the gaps between pieces that have the commonest width. */
static double joined_share(const jx_layout_word *w, gsize n, double join, double unit,
                           int first_row, int last_row)
{
    GHashTable *widths = g_hash_table_new(g_direct_hash, g_direct_equal);
    guint gaps = 0, most = 0;
    for (gsize i = 1; i < n; i++) {
        double gap = w[i].x0 - w[i - 1].x1;
        if (w[i].row != w[i - 1].row || gap < join || w[i].row < first_row || w[i].row > last_row)
            continue;
        gpointer key = GINT_TO_POINTER((int)floor(gap / unit + 0.5));
        guint c = GPOINTER_TO_UINT(g_hash_table_lookup(widths, key)) + 1;
        g_hash_table_replace(widths, key, GUINT_TO_POINTER(c));
        most = MAX(most, c);
        gaps++;
    }
    g_hash_table_unref(widths);
    return gaps >= JOINED_MIN_GAPS ? (double)most / gaps : 0;
}

/* The share of the body's pieces whose start (to the nearest character)
 * other pieces start at too: a laid-out table's cells line up in columns
 * whatever their gaps, text joined by a fixed run of spaces starts its
 * pieces wherever the text before them ends. */
static double shared_start_share(const jx_layout_word *w, gsize n, double join, double unit,
                                 int first_row, int last_row)
{
    GHashTable *starts = g_hash_table_new(g_direct_hash, g_direct_equal);
    gsize pieces = 0, shared = 0;
    for (int pass = 0; pass < 2; pass++)
        for (gsize i = 0; i < n; i++) {
            if ((i > 0 && same_piece(&w[i - 1], &w[i], join)) || w[i].row < first_row ||
                w[i].row > last_row)
                continue;
            gpointer key = GINT_TO_POINTER((int)floor(w[i].x0 / unit + 0.5));
            guint c = GPOINTER_TO_UINT(g_hash_table_lookup(starts, key));
            if (pass == 0) {
                g_hash_table_replace(starts, key, GUINT_TO_POINTER(c + 1));
                continue;
            }
            pieces++;
            shared += c >= 2;
        }
    g_hash_table_unref(starts);
    return pieces ? (double)shared / pieces : 0;
}

/* The column a word belongs to: the one it overlaps most; a word in a gap
 * goes to the nearest. */
static int column_of_word(const GArray *cols, double x0, double x1)
{
    int best = 0;
    double best_overlap = -INFINITY;
    for (guint c = 0; c < cols->len; c++) {
        const span *s = &g_array_index(cols, span, c);
        double overlap = MIN(x1, s->b) - MAX(x0, s->a); /* negative: a distance */
        if (overlap > best_overlap) {
            best_overlap = overlap;
            best = (int)c;
        }
    }
    return best;
}



/* TRUE when no word of line words [a, b) is in column `col`. */
static gboolean column_free(const int *col_of, gsize a, gsize b, int col)
{
    for (gsize k = a; k < b; k++)
        if (col_of[k] == col)
            return FALSE;
    return TRUE;
}

/* The last word of the piece starting at word i. */
static gsize piece_end(const jx_layout_word *w, gsize n, gsize i, double join)
{
    while (i + 1 < n && same_piece(&w[i], &w[i + 1], join))
        i++;
    return i;
}

/* The word after the last of the line word a is on (words sorted by line). */
static gsize line_end(const jx_layout_word *w, gsize n, gsize a)
{
    gsize b = a;
    while (b < n && w[b].row == w[a].row)
        b++;
    return b;
}

/* TRUE when the text of `w` starts (`last` FALSE) or ends with a CJK
 * ideograph: a word, not a full-width figure (`１１ 亿元` is one cell). */
static gboolean ideograph_at(const jx_layout_word *w, gboolean last)
{
    const char *end = w->text + w->len;
    const char *c = last ? g_utf8_find_prev_char(w->text, end) : w->text;
    return c && c < end && g_unichar_get_script(g_utf8_get_char(c)) == G_UNICODE_SCRIPT_HAN;
}

/* TRUE when word i (opening a piece) and the word before it are words set
 * with one space between them (see order_squeezed_pieces). */
static gboolean squeezed_after(const jx_layout_word *w, gsize i, double join)
{
    return w[i].x0 - w[i - 1].x1 < join && ideograph_at(&w[i - 1], TRUE) &&
           ideograph_at(&w[i], FALSE);
}

/* The columns the pieces of line words [a, b) take when each piece set
 * with one space after the one before goes to the next column (see
 * order_squeezed_pieces), into `to` (one per word); FALSE when the
 * line's pieces do not fit the columns that way (but for words set tight
 * at its end, which stay in the last column), or none moves. */
static gboolean squeezed_columns(const jx_layout_word *w, gsize a, gsize b, double join,
                                 int n_cols, const int *col_of, int *to)
{
    gboolean squeezed = FALSE;
    for (gsize i = a, e; i < b; i = e + 1) {
        e = piece_end(w, b, i, join);
        int shift = 0;
        if (i > a && col_of[i] <= to[i - a - 1] && (squeezed || squeezed_after(w, i, join)))
            shift = to[i - a - 1] + 1 - col_of[i];
        /* words run on past the last column stay in it, set tight (the
         * table has a column more than its valleys show); any other piece
         * past it means the line was read wrong in other ways */
        gboolean piles = i > a && squeezed_after(w, i, join);
        for (gsize k = i; k <= e; k++) {
            to[k - a] = col_of[k] + shift;
            if (to[k - a] >= n_cols && !piles)
                return FALSE;
            to[k - a] = MIN(to[k - a], n_cols - 1);
        }
        squeezed |= shift > 0;
    }
    return squeezed;
}

/* A dump that gives every character one column (pdftotext -layout) sets a
 * line of CJK cells parted by single spaces solid, each cell right after
 * the one before: the line is squeezed to the left of the columns its cells
 * head (`三级指标 年度指标 实际完成值 分值` over four value columns).  Only
 * the order of its pieces tells their columns: a piece given the column of
 * the piece before it, parted from it by one space, takes the next column,
 * and so does every later piece of the line pushed into the column of the
 * one before it — when the line's pieces fit the columns so; a line with
 * more cells than columns was read wrong in other ways, and stays. */
static void order_squeezed_pieces(const jx_layout_word *w, gsize n, double join, int n_cols,
                                  int *col_of)
{
    int *to = g_new(int, n + 1);
    for (gsize a = 0, b; a < n; a = b) {
        b = line_end(w, n, a);
        if (squeezed_columns(w, a, b, join, n_cols, col_of, to))
            memcpy(col_of + a, to, (b - a) * sizeof *to);
    }
    g_free(to);
}

/* TRUE when words [a, b) hold a digit: a figure, not words alone. */
static gboolean has_digit(const jx_layout_word *w, gsize a, gsize b)
{
    for (gsize k = a; k < b; k++)
        for (const char *c = w[k].text; c < w[k].text + w[k].len; c = g_utf8_next_char(c))
            if (g_unichar_isdigit(g_utf8_get_char(c)))
                return TRUE;
    return FALSE;
}

/* The most a wrapped piece's start may stand from its head's start on the
 * line above, as a share of `join`, to be read as stacked under it: a cell's
 * lines start at one place (left-aligned, or a label centred in a column
 * one character wider than its text); a character's width is more than
 * half of `join`. */
#define STACKED_START_SHARE 0.5

/* The column of the piece of line words [pa, a) (the line above) that
 * starts where word i does, or -1 for none. */
static int stacked_head_column(const jx_layout_word *w, gsize pa, gsize a, gsize i,
                               double join, const int *col_of)
{
    for (gsize k = pa; k < a; k++)
        if (fabs(w[k].x0 - w[i].x0) < STACKED_START_SHARE * join &&
            (k == pa || !same_piece(&w[k - 1], &w[k], join)))
            return col_of[k];
    return -1;
}

/* TRUE when two pieces one after the other of line words [a, b) stand
 * over one of `cols` (each piece by its first word): the line crowds a
 * column by the words' places, whatever was done with them since. */
static gboolean crowded_by_place(const jx_layout_word *w, gsize a, gsize b, double join,
                                 const GArray *cols)
{
    int last = -1;
    for (gsize i = a; i < b; i = piece_end(w, b, i, join) + 1) {
        int c = column_of_word(cols, w[i].x0, w[i].x1);
        if (c == last)
            return TRUE;
        last = c;
    }
    return FALSE;
}

/* Cells wrapped over two lines beside each other (`效益 经济效` over
 * `指标 益`: a level-1 label and a level-2 label in narrow columns, each
 * cut after its column's width) whose text stands right of their
 * columns: both lines crowd two pieces into one column.  Each line set
 * right alone goes its own way (the first, its right column taken, moves
 * its earlier piece left; the second, one space between its pieces, moves
 * its later piece right, see order_squeezed_pieces), and the two halves of
 * each label part.
 *
 * Contract: a line of two pieces or more each of which starts where a
 * piece of the line above starts (the lines of the same cells), those
 * heads' columns rising along the line, takes its heads' columns — where,
 * by its words' places over `cols`, it crowds a column, and it holds no
 * figure.  A line whose pieces stand over columns of their own (a wrapped
 * name beside a work item, prose under a key) keeps them; figures stand in
 * line with the figures above them whatever their cells (a budget block's
 * `208.19` under `208.19`).  Lines one after the other: linear in words
 * but for each piece's look along the line above, a few pieces. */
static void stacked_lines_follow_heads(const jx_layout_word *w, gsize n, double join,
                                       const GArray *cols, int *col_of)
{
    for (gsize a = 0, b, pa = 0; a < n; pa = a, a = b) {
        b = line_end(w, n, a);
        if (pa == a || w[pa].row + 1 != w[a].row || piece_end(w, b, a, join) + 1 >= b)
            continue;
        int last = -1;
        gboolean moves = FALSE;
        for (gsize i = a; i < b && last >= -1; i = piece_end(w, b, i, join) + 1) {
            int head = stacked_head_column(w, pa, a, i, join, col_of);
            moves |= head != col_of[i];
            last = head > last ? head : -2;
        }
        if (last < 0 || !moves || !crowded_by_place(w, a, b, join, cols) ||
            has_digit(w, a, b))
            continue;
        for (gsize i = a; i < b;) {
            int head = stacked_head_column(w, pa, a, i, join, col_of);
            for (gsize e = piece_end(w, b, i, join); i <= e; i++)
                col_of[i] = head;
        }
    }
}

/* Two pieces of one line given the same column, with the column to its
 * right empty on that line: cells wider than their columns, set tight by the
 * dump (`半年（程）指 全年（程）指` over two value columns).  The later piece
 * (with the rest of its line in that column) takes the free column.  With
 * the right one taken and the column to its left empty, the earlier piece
 * (with what stands before it in that column) takes the free one when it
 * is words, no figure: a label set off its column's centre beside the next
 * label (`效益指标  经济效益指标` in the level-2 column, the level-1 column
 * empty).  A figure crowded with another (`≤ 930元/人  ≤ 1860 元/人`) is a
 * target, whose column the value columns' order says, not its place.
 * Not inlined: inlined into assign_columns, GCC -O3 warns that its loop
 * would run 2^62 times (-Waggressive-loop-optimizations), a false warning
 * that came and went with changes elsewhere in this file's inlining. */
G_GNUC_NO_INLINE static void spread_crowded_pieces(const jx_layout_word *w, gsize n, double join,
                                                   int n_cols, int *col_of)
{
    for (gsize a = 0, b; a < n; a = b) {
        b = line_end(w, n, a);
        for (gsize i = a + 1; i < b; i++) {
            if (col_of[i] != col_of[i - 1] || same_piece(&w[i - 1], &w[i], join))
                continue;
            int from = col_of[i];
            if (from + 1 < n_cols && column_free(col_of, a, b, from + 1)) {
                for (gsize k = i; k < b && col_of[k] == from; k++)
                    col_of[k] = from + 1;
            } else if (from > 0 && column_free(col_of, a, b, from - 1)) {
                gsize first = i;
                while (first > a && col_of[first - 1] == from)
                    first--;
                gboolean figure = has_digit(w, first, i);
                for (gsize k = first; k < i && !figure; k++)
                    col_of[k] = from - 1;
            }
        }
    }
}

/* What word i of `w` does wrong read by `cols`: MISFIT_GAP when it stands
 * over none of them, MISFIT_SHARED when it shares a column with the piece
 * before it on its line; 0 when neither.  *last holds the column of the
 * body word before it (-1 for none) and gets word i's. */
enum { MISFIT_GAP = 1, MISFIT_SHARED = 2 };
static int word_misfit(const GArray *cols, const jx_layout_word *w, gsize i, double join, int *last)
{
    int c = column_of_word(cols, w[i].x0, w[i].x1);
    const span *s = &g_array_index(cols, span, c);
    gboolean new_line = i == 0 || w[i].row != w[i - 1].row;
    int misfit = MIN(w[i].x1, s->b) - MAX(w[i].x0, s->a) <= 0 ? MISFIT_GAP : 0;
    if (!new_line && !same_piece(&w[i - 1], &w[i], join) && c <= *last)
        misfit |= MISFIT_SHARED;
    *last = c;
    return misfit;
}

/* How many words of the body rows first_row..last_row stand over none of
 * `cols` or share a column with the piece before them on their line. */
static int columns_misfit(const GArray *cols, const jx_layout_word *w, gsize n, double join,
                          int first_row, int last_row)
{
    if (!cols->len)
        return G_MAXINT;
    int misfits = 0, last = -1;
    for (gsize i = 0; i < n; i++)
        if (w[i].row >= first_row && w[i].row <= last_row)
            misfits += word_misfit(cols, w, i, join, &last) != 0;
    return misfits;
}

/* TRUE when every word of the body rows first_row..last_row stands over one
 * of `cols` and no line has two pieces in one (see jx_layout_grid_carried). */
static gboolean columns_fit(const GArray *cols, const jx_layout_word *w, gsize n, double join,
                            int first_row, int last_row)
{
    return cols->len && columns_misfit(cols, w, n, join, first_row, last_row) == 0;
}

gboolean jx_layout_columns_fit(const jx_layout_word *words, gsize n, const GArray *cols,
                               double join)
{
    return columns_fit(cols, words, n, join, 0, G_MAXINT);
}

/* A line of fewer pieces than the body's lines whose text, words parted by
 * less than `join` taken as one run whatever their script, runs over at
 * least this share of the table's width and holds a mark of
 * SENTENCE_MARKS is prose across the table (a self-evaluation's
 * 年度总体目标).  A line of cells set tight runs as wide, but is no
 * sentences. */
#define PROSE_SHARE 0.45
/* The marks that end clauses and sentences in Chinese prose. */
static const char *const SENTENCE_MARKS[] = {"，", "；", "。"};

/* Prose parts a table into sections with columns of their own (a
 * self-evaluation's budget block above it, its indicator block below):
 * each section's figures would fill the valleys between the other's
 * columns.  A section needs this many body lines to show its own valleys;
 * a shorter part after prose stays with the section before it, one before
 * prose keeps the whole table's columns. */
#define SECTION_MIN_LINES 4

/* TRUE when words [a, b) hold a mark of SENTENCE_MARKS. */
static gboolean has_sentence_mark(const jx_layout_word *w, gsize a, gsize b)
{
    for (gsize i = a; i < b; i++)
        for (gsize m = 0; m < G_N_ELEMENTS(SENTENCE_MARKS); m++)
            if (g_strstr_len(w[i].text, (gssize)w[i].len, SENTENCE_MARKS[m]))
                return TRUE;
    return FALSE;
}

/* TRUE when the run of words [a, b) is its line's last, and at most one
 * piece, at the table's left edge `lo` (the row's label, 年度总体目标),
 * stands before it: a cell of prose across the table, where a long cell of
 * an indicator's (its content wrapped over lines) has its row's other
 * cells around it. */
static gboolean alone_after_label(const jx_layout_word *w, gsize n, gsize a, gsize b,
                                  double join, double lo)
{
    if (b < n && w[b].row == w[a].row)
        return FALSE;
    gsize k = a;
    while (k > 0 && w[k - 1].row == w[a].row)
        k--;
    if (k == a)
        return TRUE;
    if (w[k].x0 > lo)
        return FALSE;
    for (gsize j = k + 1; j < a; j++)
        if (w[j].x0 - w[j - 1].x1 >= join)
            return FALSE;
    return TRUE;
}

/* The run of words [a, b) as wide as it stood on the page: a text dump that
 * gives each character one column (pdftotext -layout) squeezes a line of
 * Chinese prose to half its printed width, while the table's columns keep
 * their places by the figures and Latin text that set them.  Each wide
 * character counts WIDE_CHAR_COLUMNS, the run reaching at most the table's
 * right edge: TRUE when so wide it is prose across the table (see
 * PROSE_SHARE). */
#define WIDE_CHAR_COLUMNS 2
static gboolean compressed_prose_run(const jx_layout_word *w, gsize a, gsize b, double lo,
                                     double hi)
{
    double width = 0;
    for (gsize i = a; i < b; i++) {
        double cols = w[i].x1 - w[i].x0;
        glong chars = g_utf8_strlen(w[i].text, (gssize)w[i].len);
        if ((double)chars != cols)
            return FALSE; /* a reading that already spaces wide characters */
        for (const char *p = w[i].text; p < w[i].text + w[i].len; p = g_utf8_next_char(p))
            width += g_unichar_iswide(g_utf8_get_char(p)) ? WIDE_CHAR_COLUMNS : 1;
        if (i + 1 < b)
            width += w[i + 1].x0 - w[i].x1;
    }
    return MIN(width, hi - w[a].x0) >= PROSE_SHARE * (hi - lo);
}

/* Marks in `prose` too the lines of prose a dump squeezed (see
 * compressed_prose_run): a block of SQUEEZED_PROSE_MIN_LINES lines or more
 * in a row, each its run alone after the row's label (see
 * alone_after_label).  A self-evaluation's 年度总体目标 fills its two cells
 * over several lines; a work item's one line with a comma in it
 * (`加强教师队伍建设，开展全员培训`), wrapped over a line or two, is no block. */
#define SQUEEZED_PROSE_MIN_LINES 3
/* Such a line's mark in `prose` (TRUE marks the others): the section after
 * a block of it takes its own columns only where they fit its lines better
 * than the whole table's (see assign_by_sections), for a dump that squeezes
 * prose squeezes the rows' labels too, and their pieces (a wrapped name
 * set two columns left of its row's) may show valleys that part no cells. */
#define PROSE_SQUEEZED 2
static void mark_squeezed_prose(const jx_layout_word *w, gsize n, double join, const int *pieces,
                                int body, double lo, double hi, gboolean *prose)
{
    if (!n)
        return;
    int n_rows = w[n - 1].row + 1;
    gboolean *squeezed = g_new0(gboolean, n_rows + 1);
    for (gsize a = 0, b; a < n; a = b) {
        for (b = a + 1; b < n && w[b].row == w[a].row && w[b].x0 - w[b - 1].x1 < join; b++)
            ;
        squeezed[w[a].row] |= pieces[w[a].row] < body && has_sentence_mark(w, a, b) &&
                              alone_after_label(w, n, a, b, join, lo) &&
                              compressed_prose_run(w, a, b, lo, hi);
    }
    for (int r = 0; r < n_rows;) {
        int e = r;
        while (e < n_rows && (squeezed[e] || prose[e]))
            e++;
        if (e - r >= SQUEEZED_PROSE_MIN_LINES)
            for (int k = r; k < e; k++)
                prose[k] = prose[k] ? prose[k] : PROSE_SQUEEZED;
        r = e > r ? e : r + 1;
    }
    g_free(squeezed);
}

/* Marks in `prose` (n_rows entries, zeroed) the lines of prose across the
 * table (see PROSE_SHARE); `pieces` and `body` as fullest_pieces gives
 * them. */
static void mark_prose_lines(const jx_layout_word *w, gsize n, double join, const int *pieces,
                             int body, gboolean *prose)
{
    double lo = INFINITY, hi = -INFINITY;
    for (gsize i = 0; i < n; i++) {
        lo = MIN(lo, w[i].x0);
        hi = MAX(hi, w[i].x1);
    }
    for (gsize a = 0, b; a < n; a = b) {
        for (b = a + 1; b < n && w[b].row == w[a].row && w[b].x0 - w[b - 1].x1 < join; b++)
            ;
        prose[w[a].row] |= pieces[w[a].row] < body &&
                           w[b - 1].x1 - w[a].x0 >= PROSE_SHARE * (hi - lo) &&
                           has_sentence_mark(w, a, b);
    }
    mark_squeezed_prose(w, n, join, pieces, body, lo, hi, prose);
}

/* Numbers the sections of lines 0..n_rows-1 into `section_of`: a section
 * starts at a block of prose inside the body (first_row..last_row) when the
 * one before has a body line; a last part with fewer than SECTION_MIN_LINES
 * joins the one before (a short part before the prose keeps its own number:
 * see assign_by_sections).  Returns how many sections there are. */
static int number_sections(int n_rows, int first_row, int last_row, const int *pieces, int body,
                           const gboolean *prose, int *section_of)
{
    int sections = 0, body_lines = 0;
    for (int r = 0; r < n_rows; r++) {
        gboolean opens = r > first_row && r <= last_row && prose[r] && !prose[r - 1];
        if (opens && body_lines > 0) {
            sections++;
            body_lines = 0;
        }
        section_of[r] = sections;
        body_lines += r >= first_row && r <= last_row && pieces[r] >= body;
    }
    if (sections > 0 && body_lines < SECTION_MIN_LINES) {
        for (int r = n_rows; r-- > 0 && section_of[r] == sections;)
            section_of[r] = sections - 1;
        sections--;
    }
    return sections + 1;
}

/* The first word of the piece on line `row` in column `col` (words sorted
 * by line), or -1. */
static gssize piece_in_column(const jx_layout_word *w, gsize n, const int *line_start,
                              int n_rows, int row, int col, const int *col_of)
{
    if (row < 0 || row >= n_rows)
        return -1;
    for (gsize k = (gsize)line_start[row]; k < n && w[k].row == row; k++)
        if (col_of[k] == col)
            return (gssize)k;
    return -1;
}

/* A header whose cells are centred vertically sets a two-line label on the
 * lines above and below its middle line (`实际完成` / `值`) and a one-line
 * label on the middle line; the dump shifts that line, so a one-line label
 * beside the two-line one can land in its column (`分值` under 实际完成).
 * A piece of words sharing its column with pieces of words on both
 * neighbouring lines that stand over each other and not over it, right of
 * them, goes to the next column when that one is empty on all three lines,
 * or holds on its line only one-line labels up to a column that is (see
 * first_free_after), which move on a column each.
 * Only words: budget lines and wrapped values stack figures so; only to the
 * right: where the valleys ran 得分 and 偏差原因分析 into one column, the
 * score label beside the two-line deviation label is in its place. */
/* The first column right of `c` with nothing on line `row` nor the lines
 * around it, where every column between holds on `row` one piece of words
 * and nothing on the lines around (one-line labels the shifted middle line
 * set a column left too: `分值 执行率` under 全年执行 / 数); -1 when none. */
static int first_free_after(const jx_layout_word *w, gsize n, const int *line_start, int n_rows,
                            int row, int c, int n_cols, double join, const int *col_of)
{
    for (int t = c + 1; t < n_cols; t++) {
        gboolean around = piece_in_column(w, n, line_start, n_rows, row - 1, t, col_of) >= 0 ||
                          piece_in_column(w, n, line_start, n_rows, row + 1, t, col_of) >= 0;
        if (around)
            return -1;
        gssize k = piece_in_column(w, n, line_start, n_rows, row, t, col_of);
        if (k < 0)
            return t;
        gsize e = piece_end(w, n, (gsize)k, join);
        if (has_digit(w, (gsize)k, e + 1) || (e + 1 < n && w[e + 1].row == row && col_of[e + 1] == t))
            return -1;
    }
    return -1;
}

/* The index of each line's first word, for lines 0 .. *n_rows (n for a
 * line without words, and for the sentinel after the last); `w` sorted by
 * line, n > 0. */
static int *line_starts(const jx_layout_word *w, gsize n, int *n_rows)
{
    *n_rows = w[n - 1].row + 1;
    int *line_start = g_new(int, *n_rows + 1);
    for (int r = 0; r <= *n_rows; r++)
        line_start[r] = (int)n;
    for (gsize k = n; k-- > 0;)
        line_start[w[k].row] = (int)k;
    return line_start;
}

static void unstack_centred_labels(const jx_layout_word *w, gsize n, double join, int n_cols,
                                   int *col_of)
{
    if (n == 0)
        return;
    int n_rows;
    int *line_start = line_starts(w, n, &n_rows);
    for (gsize i = 0; i < n; i++) {
        if (i > 0 && same_piece(&w[i - 1], &w[i], join))
            continue;
        gsize e = piece_end(w, n, i, join);
        int r = w[i].row, c = col_of[i];
        gssize above = piece_in_column(w, n, line_start, n_rows, r - 1, c, col_of);
        gssize below = piece_in_column(w, n, line_start, n_rows, r + 1, c, col_of);
        if (above < 0 || below < 0 || c + 1 >= n_cols || has_digit(w, i, e + 1))
            continue;
        gsize above_end = piece_end(w, n, (gsize)above, join);
        gsize below_end = piece_end(w, n, (gsize)below, join);
        if (has_digit(w, (gsize)above, above_end + 1) || has_digit(w, (gsize)below, below_end + 1))
            continue;
        /* the two stand over each other, this piece right of both */
        double a0 = MAX(w[above].x0, w[below].x0), a1 = MIN(w[above_end].x1, w[below_end].x1);
        if (a1 <= a0 || w[i].x0 < MAX(w[above_end].x1, w[below_end].x1))
            continue;
        int free_col = first_free_after(w, n, line_start, n_rows, r, c, n_cols, join, col_of);
        if (free_col < 0)
            continue;
        /* the one-line labels between move on with it, each a column right */
        for (gsize k = (gsize)line_start[r]; k < n && w[k].row == r; k++)
            if (col_of[k] > c && col_of[k] < free_col)
                col_of[k]++;
        for (gsize k = i; k <= e; k++)
            col_of[k] = c + 1;
    }
    g_free(line_start);
}

/* A level-1 label stacked a character a line (效/益/指/标 in a narrow
 * column) is centred in its cell by a browser, and a block whose level-2
 * labels are short sets its level-1 column wider: the stack stands where
 * another block's level-2 labels start, in their column, and the level-2
 * labels beside it crowd one column right.  A stack in column c spelling a
 * level-1 label whole goes to column c - 1 when that column holds such a
 * stack elsewhere on the page (the level-1 column, evidence from the whole
 * table, not a row-header column whose stack is no level-1 label), is
 * free on all the stack's lines, and a piece of words after the stack fits
 * in column c on one of them (see fits_in_column; a level-2 label stacked
 * so in its own column, 成本指标 under 产出指标, has names beside it that
 * start in the next column).  The labels crowded right on its lines come
 * back: the piece after it fitting in column c (社会 beside 指) and the
 * pieces after that one it pushed out, each starting left of the column it
 * took (群众获得感 after 效益), words only.  A stack is this many lines at
 * least. */
#define STACK_MIN_LINES 2

/* The word opening column `col` on line `row` when it is a piece of one
 * ideograph alone: a character of a stacked label; -1 otherwise. */
static gssize stacked_char_in(const jx_layout_word *w, gsize n, const int *line_start, int n_rows,
                              int row, int col, double join, const int *col_of)
{
    gssize k = piece_in_column(w, n, line_start, n_rows, row, col, col_of);
    if (k < 0 || piece_end(w, n, (gsize)k, join) != (gsize)k ||
        g_utf8_strlen(w[k].text, (gssize)w[k].len) != 1 || !ideograph_at(&w[k], FALSE))
        return -1;
    return k;
}

/* The number of lines from `row` on whose column `col` opens with a stacked
 * character; *level1 says whether they spell a level-1 label whole. */
static int stack_from(const jx_layout_word *w, gsize n, const int *line_start, int n_rows,
                      int row, int col, double join, const int *col_of, gboolean *level1)
{
    GString *text = g_string_new(NULL);
    int r = row;
    for (gssize k; (k = stacked_char_in(w, n, line_start, n_rows, r, col, join, col_of)) >= 0; r++)
        g_string_append_len(text, w[k].text, (gssize)w[k].len);
    *level1 = r - row >= STACK_MIN_LINES && jx_taxonomy_level1(text->str) != NULL;
    g_string_free(text, TRUE);
    return r - row;
}

/* TRUE when column `col` holds a stacked level-1 label somewhere. */
static gboolean holds_level1_stack(const jx_layout_word *w, gsize n, const int *line_start,
                                   int n_rows, int col, double join, const int *col_of)
{
    for (int r = 0; r < n_rows;) {
        gboolean level1;
        int len = stack_from(w, n, line_start, n_rows, r, col, join, col_of, &level1);
        if (level1)
            return TRUE;
        r += MAX(len, 1);
    }
    return FALSE;
}

/* A bureau's form sets its level-1 column narrow (0.6 to 1.3 cm): a label
 * wraps a character or two a line (产出 / 指标, 满意 / 度指 / 标).  Such a
 * column is as much the level-1 column as one stacked a character a line,
 * and a block whose level-1 cell is blank there stacks its label in the
 * level-2 column (效/益/指/标 beside 经济效益指标).  A wrapped piece is a
 * word of at most this many ideographs alone in its column on its line. */
#define WRAPPED_LEVEL1_MAX_CHARS 2

/* The word opening column `col` on line `row` when it is a piece of one
 * word of 1 .. WRAPPED_LEVEL1_MAX_CHARS ideographs; -1 otherwise. */
static gssize wrapped_piece_in(const jx_layout_word *w, gsize n, const int *line_start, int n_rows,
                               int row, int col, double join, const int *col_of)
{
    gssize k = piece_in_column(w, n, line_start, n_rows, row, col, col_of);
    if (k < 0 || piece_end(w, n, (gsize)k, join) != (gsize)k || !ideograph_at(&w[k], FALSE) ||
        !ideograph_at(&w[k], TRUE) ||
        g_utf8_strlen(w[k].text, (gssize)w[k].len) > WRAPPED_LEVEL1_MAX_CHARS)
        return -1;
    return k;
}

/* TRUE when column `col` holds a level-1 label whole wrapped over two lines
 * or more in short pieces (see WRAPPED_LEVEL1_MAX_CHARS). */
static gboolean holds_wrapped_level1(const jx_layout_word *w, gsize n, const int *line_start,
                                     int n_rows, int col, double join, const int *col_of)
{
    for (int r = 0; r < n_rows; r++) {
        GString *text = g_string_new(NULL);
        int t = r;
        for (gssize k; (k = wrapped_piece_in(w, n, line_start, n_rows, t, col, join, col_of)) >= 0;
             t++)
            g_string_append_len(text, w[k].text, (gssize)w[k].len);
        gboolean level1 = t - r >= STACK_MIN_LINES && jx_taxonomy_level1(text->str) != NULL;
        g_string_free(text, TRUE);
        if (level1)
            return TRUE;
        r = MAX(t, r + 1) - 1;
    }
    return FALSE;
}

/* TRUE when the piece opening at word i is words starting inside column c
 * and no wider than it: a label of that column crowded out, not a name a
 * text dump set close after the stack (群众生产生活条件 beside 效). */
static gboolean fits_in_column(const jx_layout_word *w, gsize n, gsize i, int c, double join,
                               const GArray *cols)
{
    const span *s = &g_array_index(cols, span, c);
    gsize e = piece_end(w, n, i, join);
    return w[i].x0 < s->b && w[e].x1 - w[i].x0 <= s->b - s->a && !has_digit(w, i, e + 1);
}

/* Brings back the pieces after the stack's character k on its line that
 * it crowded out of column c (see stacked_level1_left). */
static void uncrowd_after_stack(const jx_layout_word *w, gsize n, gsize k, int c, double join,
                                const GArray *cols, int *col_of)
{
    gsize i = k + 1;
    if (i >= n || w[i].row != w[k].row || col_of[i] <= c || !fits_in_column(w, n, i, c, join, cols))
        return;
    for (int to = c; i < n && w[i].row == w[k].row; to++) {
        gsize e = piece_end(w, n, i, join);
        int from = col_of[i];
        if (from != to + 1 || has_digit(w, i, e + 1) ||
            (to > c && w[i].x0 >= g_array_index(cols, span, from).a))
            return;
        for (gsize t = i; t <= e; t++)
            col_of[t] = to;
        i = e + 1;
    }
}

static void stacked_level1_left(const jx_layout_word *w, gsize n, double join, const GArray *cols,
                                int *col_of)
{
    int n_cols = (int)cols->len;
    if (n == 0)
        return;
    int n_rows;
    int *line_start = line_starts(w, n, &n_rows);
    for (int c = 1; c < n_cols; c++) {
        if (!holds_level1_stack(w, n, line_start, n_rows, c - 1, join, col_of) &&
            !holds_wrapped_level1(w, n, line_start, n_rows, c - 1, join, col_of))
            continue;
        for (int r = 0; r < n_rows;) {
            gboolean level1;
            int len = stack_from(w, n, line_start, n_rows, r, c, join, col_of, &level1);
            gboolean room = TRUE, crowded = FALSE;
            for (int t = r; t < r + len && level1 && room; t++) {
                room = piece_in_column(w, n, line_start, n_rows, t, c - 1, col_of) < 0;
                gsize k = (gsize)stacked_char_in(w, n, line_start, n_rows, t, c, join, col_of);
                crowded |= k + 1 < n && w[k + 1].row == t &&
                           fits_in_column(w, n, k + 1, c, join, cols);
            }
            for (int t = r; t < r + len && level1 && room && crowded; t++) {
                gssize k = stacked_char_in(w, n, line_start, n_rows, t, c, join, col_of);
                col_of[k] = c - 1;
                uncrowd_after_stack(w, n, (gsize)k, c, join, cols, col_of);
            }
            r += MAX(len, 1);
        }
    }
    g_free(line_start);
}

/* A word filling the gap between two columns exactly touches both alike
 * (column_of_word takes the left one): a name's last character alone on
 * its line (`台` of 研发平 / 台, `员` of 技特派 / 员), which the dump's
 * rounding set a column left of the name's other lines, starting where the
 * label column ends.  A column's words start inside it, so such a word goes
 * right — unless it finishes, with the piece on the line above in the left
 * column, a known label (`成本指` / `标`: a wrapped label's last line
 * centred in its narrow column). */
static gboolean finishes_label_above(const jx_layout_word *w, gsize n, const int *line_start,
                                     int n_rows, gsize i, int c, double join, const int *col_of)
{
    gssize k = piece_in_column(w, n, line_start, n_rows, w[i].row - 1, c, col_of);
    if (k < 0)
        return FALSE;
    GString *text = g_string_new(NULL);
    for (gsize t = (gsize)k; t <= piece_end(w, n, (gsize)k, join); t++)
        g_string_append_len(text, w[t].text, (gssize)w[t].len);
    g_string_append_len(text, w[i].text, (gssize)w[i].len);
    gboolean label = jx_taxonomy_level1(text->str) || jx_taxonomy_level2(NULL, text->str);
    g_string_free(text, TRUE);
    return label;
}

/* TRUE when the line above word i holds, in column `right`, a piece that
 * starts no more than a character of i's right of where i starts: the lines
 * of a wrapped name start together, the last one rounded at most a
 * character left.  A label stacked in the narrow column left of the names
 * (可持续 / 影响指 / 标, centred on its rows) has the name of its middle row
 * over its last line, starting further right (长效管理机制 over 标). */
static gboolean tail_of_name_above(const jx_layout_word *w, gsize n, const int *line_start,
                                   int n_rows, gsize i, int right, const int *col_of)
{
    gssize k = piece_in_column(w, n, line_start, n_rows, w[i].row - 1, right, col_of);
    if (k < 0)
        return FALSE;
    glong chars = g_utf8_strlen(w[i].text, (gssize)w[i].len);
    double char_width = (w[i].x1 - w[i].x0) / (double)MAX(chars, 1);
    return w[k].x0 >= w[i].x0 && w[k].x0 - w[i].x0 <= char_width;
}

/* A word filling exactly the gap between column c and the next (it touches
 * both, column_of_word took the left one) that ends its piece and is the
 * last line of a name wrapped in the next column (tail_of_name_above), or
 * a bare target sign (bare_op_sign: it opens the figure right of it, never
 * ends a name: `≥` between the names and the figures of a web page), goes
 * to the next column, unless with the piece above it in column c it
 * finishes a known label (finishes_label_above). */
static void gap_words_right(const jx_layout_word *w, gsize n, double join, const GArray *cols,
                            int *col_of)
{
    if (n == 0)
        return;
    int n_rows;
    int *line_start = line_starts(w, n, &n_rows);
    for (gsize i = 0; i < n; i++) {
        int c = col_of[i];
        if (c < 0 || (guint)c + 1 >= cols->len || piece_end(w, n, i, join) != i ||
            (i > 0 && same_piece(&w[i - 1], &w[i], join)))
            continue;
        const span *left = &g_array_index(cols, span, c), *right = &g_array_index(cols, span, c + 1);
        if (w[i].x0 != left->b || w[i].x1 != right->a ||
            !(bare_op_sign(&w[i]) || tail_of_name_above(w, n, line_start, n_rows, i, c + 1, col_of)) ||
            finishes_label_above(w, n, line_start, n_rows, i, c, join, col_of))
            continue;
        col_of[i] = c + 1;
    }
    g_free(line_start);
}

/* A level-1 label merged over two columns is centred over both (a text
 * browser's dump of a colspan: 成本指标 over an empty level-2 column):
 * its text starts left of where the words of the column it overlaps most
 * start (the lower quartile of their starts), that column's words are
 * centred (their middles vary less than their starts: in a left-aligned
 * column of names a short one set a little left by the converter stands
 * nearer the middle of two columns too; or, the middle halves showing
 * neither, their whole spreads without it do: centred_without) and its
 * middle stands nearer the
 * middle between the two columns' centres (the medians of their words'
 * middles) than the centre of its own.  Such a word goes to the left
 * column, the merged cell's own, when no other word of its line stands in
 * either and its row's cells go on right of it (a header's second line,
 * `指标性` / `质` over a column, is no row).  The left column is at least
 * this share of the word's width: a word set a little left by the converter
 * beside a narrow 序号 column is no merge; a column needs this many words to
 * have a centre; and both columns
 * hold words, not figures (at most this share of their words has a digit):
 * labels, not the targets and the two-line headers over them, whose
 * centring a PDF's layout dump does not keep.  A column whose words are all
 * of one width (数量指标, 质量指标, 时效指标 under 二级指标) shows no
 * alignment: neither their starts nor their middles vary.  There a word of
 * that same width starting left of them is set off them by no alignment
 * (left, centred or right, it would start where they do), and stands for
 * the spread test; "one width", "not varying" and "left of them" are within
 * this share of one of the word's characters (a dump's rounding of a
 * position to its places). */
#define SPAN_MIN_LEFT_SHARE 0.75
#define SPAN_MIN_COLUMN_WORDS 2
#define SPAN_MAX_FIGURE_SHARE 0.2
#define SPAN_ONE_WIDTH_CHAR_SHARE 0.5

static int cmp_double(const void *pa, const void *pb)
{
    double a = *(const double *)pa, b = *(const double *)pb;
    return a < b ? -1 : a > b;
}

/* TRUE when word i of `w` is as wide as the words of a column that shows no
 * alignment (see merged_over_two): the middle half of the column's starts
 * (`starts_spread`) and of its middles (`mids_spread`) do not vary, its
 * middle word's width (`own_width`) is the word's, and the word starts left
 * of the column's words (`own_start`), each within SPAN_ONE_WIDTH_CHAR_SHARE
 * of one of the word's characters. */
static gboolean one_width_set_off(const jx_layout_word *w, gsize i, double own_start,
                                  double starts_spread, double mids_spread, double own_width)
{
    glong chars = g_utf8_strlen(w[i].text, (gssize)w[i].len);
    double width = w[i].x1 - w[i].x0;
    double slack = SPAN_ONE_WIDTH_CHAR_SHARE * width / (double)MAX(chars, 1);
    return starts_spread <= slack && mids_spread <= slack && fabs(width - own_width) <= slack &&
           w[i].x0 < own_start - slack;
}

/* TRUE when the words of column `c` other than word `skip` are centred by
 * their whole spread: their middles vary less (largest less smallest) than
 * their starts.  The middle halves merged_over_two weighs first show no
 * alignment in a column of few labels of near one width (经济效益指标,
 * 社会效益指标, 可持续影响指标 under 时效指标): they start alike and their middles
 * vary by half a character, and only the short or the long ones, at the
 * column's ends, show it centred.  Without the word itself, whose place is
 * in question. */
static gboolean centred_without(const jx_layout_word *w, gsize n, const int *col_of, int c,
                                gsize skip)
{
    double s_lo = G_MAXDOUBLE, s_hi = -G_MAXDOUBLE, m_lo = G_MAXDOUBLE, m_hi = -G_MAXDOUBLE;
    for (gsize k = 0; k < n; k++) {
        if (k == skip || col_of[k] != c)
            continue;
        double mid = (w[k].x0 + w[k].x1) / 2;
        s_lo = MIN(s_lo, w[k].x0);
        s_hi = MAX(s_hi, w[k].x0);
        m_lo = MIN(m_lo, mid);
        m_hi = MAX(m_hi, mid);
    }
    return s_lo <= s_hi && m_hi - m_lo < s_hi - s_lo;
}

static void merged_over_two(const jx_layout_word *w, gsize n, const GArray *cols, int *col_of)
{
    guint nc = cols->len;
    if (nc < 2)
        return;
    /* per column: the words' starts and middles, sorted */
    GArray **starts = g_new(GArray *, nc), **mids = g_new(GArray *, nc);
    GArray **widths = g_new(GArray *, nc);
    int *figures = g_new0(int, nc);
    for (guint c = 0; c < nc; c++) {
        starts[c] = g_array_new(FALSE, FALSE, sizeof(double));
        mids[c] = g_array_new(FALSE, FALSE, sizeof(double));
        widths[c] = g_array_new(FALSE, FALSE, sizeof(double));
    }
    for (gsize i = 0; i < n; i++) {
        if (col_of[i] < 0 || (guint)col_of[i] >= nc)
            continue;
        double mid = (w[i].x0 + w[i].x1) / 2, wide = w[i].x1 - w[i].x0;
        g_array_append_val(starts[col_of[i]], w[i].x0);
        g_array_append_val(mids[col_of[i]], mid);
        g_array_append_val(widths[col_of[i]], wide);
        figures[col_of[i]] += has_digit(w, i, i + 1);
    }
    for (guint c = 0; c < nc; c++) {
        g_array_sort(starts[c], cmp_double);
        g_array_sort(mids[c], cmp_double);
        g_array_sort(widths[c], cmp_double);
    }
    for (gsize i = 0; i < n; i++) {
        int c = col_of[i];
        if (c < 1 || (guint)c >= nc || mids[c]->len < SPAN_MIN_COLUMN_WORDS ||
            mids[c - 1]->len < SPAN_MIN_COLUMN_WORDS ||
            figures[c] > SPAN_MAX_FIGURE_SHARE * mids[c]->len ||
            figures[c - 1] > SPAN_MAX_FIGURE_SHARE * mids[c - 1]->len)
            continue;
        const span *left = &g_array_index(cols, span, c - 1);
        double width = w[i].x1 - w[i].x0;
        guint m = starts[c]->len;
        double own_start = g_array_index(starts[c], double, m / 4);
        double starts_spread = g_array_index(starts[c], double, 3 * m / 4) - own_start;
        double mids_spread = g_array_index(mids[c], double, 3 * m / 4) -
                             g_array_index(mids[c], double, m / 4);
        double own_width = g_array_index(widths[c], double, m / 2);
        if (w[i].x0 >= own_start || left->b - left->a < SPAN_MIN_LEFT_SHARE * width ||
            has_digit(w, i, i + 1))
            continue;
        /* the whole-spread test last: it walks the words again */
        gboolean set_off_alignment =
            mids_spread < starts_spread ||
            one_width_set_off(w, i, own_start, starts_spread, mids_spread, own_width) ||
            centred_without(w, n, col_of, c, i);
        if (!set_off_alignment)
            continue;
        /* a level-1 label whole (成本指标), not a piece of a label wrapped
         * over lines in its own column (`服务对` / `象满意` / `度指标`) */
        char *text = g_strndup(w[i].text, w[i].len);
        gboolean level1 = jx_taxonomy_level1(text) != NULL;
        g_free(text);
        if (!level1)
            continue;
        double own_centre = g_array_index(mids[c], double, mids[c]->len / 2);
        double left_centre = g_array_index(mids[c - 1], double, mids[c - 1]->len / 2);
        double mid = (w[i].x0 + w[i].x1) / 2;
        if (fabs(mid - (left_centre + own_centre) / 2) >= fabs(mid - own_centre))
            continue;
        /* the words are in line order: its line's are around it */
        gboolean alone = TRUE, row_goes_on = FALSE;
        for (gsize k = i; k-- > 0 && w[k].row == w[i].row && alone;)
            alone = col_of[k] != c && col_of[k] != c - 1;
        for (gsize k = i + 1; k < n && w[k].row == w[i].row && alone; k++) {
            alone = col_of[k] != c && col_of[k] != c - 1;
            row_goes_on |= col_of[k] > c;
        }
        if (alone && row_goes_on)
            col_of[i] = c - 1;
    }
    for (guint c = 0; c < nc; c++) {
        g_array_unref(starts[c]);
        g_array_unref(mids[c]);
        g_array_unref(widths[c]);
    }
    g_free(starts);
    g_free(mids);
    g_free(widths);
    g_free(figures);
}

/* TRUE when the piece of words [i, e] is a level-1 label whole (成本指标). */
static gboolean piece_is_level1(const jx_layout_word *w, gsize i, gsize e)
{
    GString *text = g_string_new(NULL);
    for (gsize k = i; k <= e; k++)
        g_string_append_len(text, w[k].text, (gssize)w[k].len);
    gboolean level1 = jx_taxonomy_level1(text->str) != NULL;
    g_string_free(text, TRUE);
    return level1;
}

/* A level-1 label merged over both label columns (成本指标 with no level 2
 * under it) is centred between them; where several are, the valleys find a
 * column of their own there.  A column whose every piece is a level-1 label
 * whole, right of a column holding one too, is that column's: its pieces go
 * there (on lines where it is free). */
static void level1_between_columns(const jx_layout_word *w, gsize n, double join, int n_cols,
                                   int *col_of)
{
    gboolean *only = g_new(gboolean, n_cols + 1), *holds = g_new0(gboolean, n_cols + 1);
    for (int c = 0; c < n_cols; c++)
        only[c] = TRUE;
    gboolean *any = g_new0(gboolean, n_cols + 1);
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1) {
        gsize e = piece_end(w, n, i, join);
        int c = col_of[i];
        gboolean level1 = piece_is_level1(w, i, e);
        any[c] = TRUE;
        only[c] &= level1;
        holds[c] |= level1;
    }
    for (int c = 1; c < n_cols; c++) {
        if (!any[c] || !only[c] || !holds[c - 1] || only[c - 1])
            continue;
        for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1) {
            if (col_of[i] != c)
                continue;
            gsize a = i, b = i;
            while (a > 0 && w[a - 1].row == w[i].row)
                a--;
            while (b < n && w[b].row == w[i].row)
                b++;
            if (!column_free(col_of, a, b, c - 1))
                continue;
            for (gsize k = i; k <= piece_end(w, n, i, join); k++)
                col_of[k] = c - 1;
        }
    }
    g_free(only);
    g_free(holds);
    g_free(any);
}

/* A bureau's third level leaves the 效益 block's level-1 cell blank and
 * stacks 效益指标 in a narrow column of its own between the level-1 and the
 * level-2 labels (`效益指` over `标`, beside 经济效益 / 指标 wrapped on the
 * lines between): the valleys find a column there that no header word
 * names, and its pieces were read into the names.  A column whose every
 * piece belongs to a stack spelling a level-1 label whole (two lines or
 * more, at most STACKED_LEVEL1_GAP lines without a piece in it between two
 * of them), right of a column holding a level-1 label (whole, stacked or
 * wrapped), is that column's: the stack goes there where that column is
 * free on all its lines.  Only a column of one stack: a label merged over
 * its block stands once, while a column restating the stack on every row
 * (each row its own cells, a web page's unmerged form) is a column the
 * page gives every row, and the rows read it as it stands.  A level-1
 * label whole on one line is left to level1_between_columns. */
#define STACKED_LEVEL1_GAP 2

/* The text of the single piece of words that column `col` holds on line
 * `row` (NULL: none, or more than one piece, or a figure). */
static char *lone_piece_in(const jx_layout_word *w, gsize n, const int *line_start, int n_rows,
                           int row, int col, double join, const int *col_of)
{
    gssize k = piece_in_column(w, n, line_start, n_rows, row, col, col_of);
    if (k < 0)
        return NULL;
    gsize e = piece_end(w, n, (gsize)k, join);
    if (has_digit(w, (gsize)k, e + 1) || (e + 1 < n && w[e + 1].row == row && col_of[e + 1] == col))
        return NULL;
    return piece_text(w, (gsize)k, e);
}

/* TRUE when column `col` holds a level-1 label whole on one line. */
static gboolean holds_whole_level1(const jx_layout_word *w, gsize n, double join, int col,
                                   const int *col_of)
{
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1)
        if (col_of[i] == col && piece_is_level1(w, i, piece_end(w, n, i, join)))
            return TRUE;
    return FALSE;
}

/* The stacks of column `col` (their first and last lines in `runs`, in
 * pairs), or FALSE when a piece of it belongs to none (see
 * STACKED_LEVEL1_GAP). */
static gboolean level1_stacks_of(const jx_layout_word *w, gsize n, const int *line_start,
                                 int n_rows, int col, double join, const int *col_of, GArray *runs)
{
    GString *text = g_string_new(NULL);
    int first = -1, last = -1, pieces = 0;
    gboolean ok = TRUE;
    for (int r = 0; r < n_rows && ok; r++) {
        if (piece_in_column(w, n, line_start, n_rows, r, col, col_of) < 0) {
            ok = first < 0 || r - last <= STACKED_LEVEL1_GAP;
            continue;
        }
        char *piece = lone_piece_in(w, n, line_start, n_rows, r, col, join, col_of);
        ok = piece != NULL;
        if (!ok)
            break;
        g_string_append(text, piece);
        g_free(piece);
        first = first < 0 ? r : first;
        last = r;
        pieces++;
        if (jx_taxonomy_level1(text->str) == NULL)
            continue;
        ok = pieces >= STACK_MIN_LINES;
        g_array_append_val(runs, first);
        g_array_append_val(runs, last);
        g_string_truncate(text, 0);
        first = -1;
        pieces = 0;
    }
    ok = ok && first < 0 && runs->len > 0;
    g_string_free(text, TRUE);
    return ok;
}

/* Moves into column c-1 the pieces of every column c that holds one stack
 * spelling a level-1 label, right of a column holding a level-1 label, where
 * column c-1 is free on the stack's lines (see STACKED_LEVEL1_GAP):
 * rewrites col_of[] for those pieces. */
static void level1_stack_column_left(const jx_layout_word *w, gsize n, double join, int n_cols,
                                     int *col_of)
{
    if (n == 0)
        return;
    int n_rows;
    int *line_start = line_starts(w, n, &n_rows);
    GArray *runs = g_array_new(FALSE, FALSE, sizeof(int));
    for (int c = 1; c < n_cols; c++) {
        g_array_set_size(runs, 0);
        if (!level1_stacks_of(w, n, line_start, n_rows, c, join, col_of, runs) ||
            runs->len != 2 ||
            !(holds_whole_level1(w, n, join, c - 1, col_of) ||
              holds_level1_stack(w, n, line_start, n_rows, c - 1, join, col_of) ||
              holds_wrapped_level1(w, n, line_start, n_rows, c - 1, join, col_of)))
            continue;
        int top = g_array_index(runs, int, 0), bottom = g_array_index(runs, int, 1);
        gboolean free = TRUE;
        for (int r = top; r <= bottom && free; r++)
            free = piece_in_column(w, n, line_start, n_rows, r, c - 1, col_of) < 0;
        for (gsize k = (gsize)line_start[top]; free && k < n && w[k].row <= bottom; k++)
            if (col_of[k] == c)
                col_of[k] = c - 1;
    }
    g_array_free(runs, TRUE);
    g_free(line_start);
}

/* TRUE when `b` opens a cell of its own after `a` on its piece, the two set
 * tight (see part_tight_pieces): a target and its actual value
 * (`≥５２００亩 5,504亩`: full-width digits widen the target; see
 * quantities_apart), or a name and its target (`安全生产培训人次 ≥4600人次`:
 * no name goes on with a target's sign after its last ideograph). */
typedef gboolean (*parts_fn)(const jx_layout_word *a, const jx_layout_word *b);

static gboolean name_then_target(const jx_layout_word *a, const jx_layout_word *b)
{
    return ideograph_at(a, TRUE) && opens_target(b);
}

/* Words [a, b) a line: word i, in the column `from` of the word before it,
 * opens a cell of its own, so it and the words after it up to the first
 * column the line leaves free from `from` + 1 on (with `push`; without,
 * `from` + 1 itself) move on by one.  No column free: the line stays. */
static void part_piece_at(gsize a, gsize b, gsize i, int n_cols, int *col_of, gboolean push)
{
    int from = col_of[i];
    int room = from + 1;
    while (push && room < n_cols && !column_free(col_of, a, b, room))
        room++;
    if (room >= n_cols || !column_free(col_of, a, b, room))
        return;
    for (gsize k = i; k < b; k++)
        if (col_of[k] >= from && col_of[k] < room)
            col_of[k]++;
}

/* Two cells set tight, one space between them, read as one piece in one
 * column (a dump giving every character one column crowds a long cell):
 * where `parts` says the piece holds two cells, the words from the second
 * on take the next column when the line has nothing there; with `push`,
 * the cells after them on the line move on by one up to the first column
 * the line leaves free (none free: the line stays). */
static void part_tight_pieces(const jx_layout_word *w, gsize n, double join, int n_cols,
                              int *col_of, parts_fn parts, gboolean push)
{
    for (gsize a = 0, b; a < n; a = b) {
        b = line_end(w, n, a);
        /* (i < n follows from b <= n; said, it spares GCC a false alarm:
         * -Waggressive-loop-optimizations once part_tight_pieces is inlined) */
        for (gsize i = a + 1; i < b && i < n; i++)
            if (col_of[i - 1] == col_of[i] && same_piece(&w[i - 1], &w[i], join) &&
                parts(&w[i - 1], &w[i]))
                part_piece_at(a, b, i, n_cols, col_of, push);
    }
}

/* The magnitudes a unit opens with (`万元`, `亿元`, `千克`, `百分点`): alone
 * between two figures (`≥860 万 579 万元`) such a character is a unit's
 * first line, though alone elsewhere it is too short to say so (see
 * jx_norm_unit_cut). */
static const char *const UNIT_MAGNITUDES[] = {"万", "亿", "千", "百"};

/* TRUE when word `w` is one of UNIT_MAGNITUDES and nothing else. */
static gboolean magnitude_alone(const jx_layout_word *w)
{
    for (gsize k = 0; k < G_N_ELEMENTS(UNIT_MAGNITUDES); k++)
        if (w->len == strlen(UNIT_MAGNITUDES[k]) && memcmp(w->text, UNIT_MAGNITUDES[k], w->len) == 0)
            return TRUE;
    return FALSE;
}

/* TRUE when words i - 2, i - 1, i (one line, one piece) are a figure (bare
 * or signed: `≥860`), its unit alone one space after it (`万`, `个百`; no
 * date's part) and another figure or target (`579`): the target and the
 * actual value of a word processor's dump, which sets a space between a
 * figure and its unit, one space apart (`≥860 万 579 万元`, the target's
 * `元` wrapped below) — quantities_apart, the unit a word of its own. */
static gboolean spaced_quantities_apart(const jx_layout_word *w, gsize a, gsize i, double join)
{
    if (i < a + 2)
        return FALSE;
    const jx_layout_word *fig = &w[i - 2], *unit = &w[i - 1], *next = &w[i];
    if (!(jx_layout_word_is_figure(fig) || signed_figure(fig)) ||
        !(magnitude_alone(unit) || unit_alone(unit)) ||
        !spaced_piece(fig, unit, join) || !(g_ascii_isdigit(next->text[0]) || opens_target(next)))
        return FALSE;
    for (gsize k = 0; k < G_N_ELEMENTS(DATE_PARTS); k++)
        if (unit->len == strlen(DATE_PARTS[k]) && memcmp(unit->text, DATE_PARTS[k], unit->len) == 0)
            return FALSE;
    return TRUE;
}

/* part_tight_pieces for spaced_quantities_apart (which looks two words
 * back, so is no parts_fn): where the target, its unit, the actual's figure
 * and the word after it (its unit) all stand in one column, the actual
 * value and the cells after it on the line move on up to the first column
 * the line leaves free.  An actual whose unit already stands in the next
 * column is figures_join_units' to mend (`<8 个工作 7` / `个工作`). */
static void part_spaced_quantities(const jx_layout_word *w, gsize n, double join, int n_cols,
                                   int *col_of)
{
    for (gsize a = 0, b; a < n; a = b) {
        b = line_end(w, n, a);
        for (gsize i = a + 2; i < b && i < n; i++)
            if (col_of[i - 2] == col_of[i] && col_of[i - 1] == col_of[i] &&
                same_piece(&w[i - 1], &w[i], join) && spaced_quantities_apart(w, a, i, join))
                part_piece_at(a, b, i, n_cols, col_of, TRUE);
    }
}

/* A row's number and the label beside it, apart (two spaces and more) but
 * in one column: the label column shows on one line only (a level-1 label
 * written once over many rows, `1   产出   数量   举办全民健身赛事活动`)
 * and the header over it is set solid (`序号一级指标二级指标`, WeasyPrint's
 * columns as wide as their text), so no valley parts the numbers' column
 * from the labels'.  The label and the cells after it on the line move on
 * by one up to the first column the line leaves free (none free: the line
 * stays). */
static void part_row_numbers(const jx_layout_word *w, gsize n, double join, int n_cols,
                             int *col_of)
{
    for (gsize a = 0, b; a < n; a = b) {
        b = line_end(w, n, a);
        gsize i = piece_end(w, n, a, join) + 1;
        if (i >= b || i != a + 1 || !row_number(&w[a]) || col_of[i] != col_of[a] ||
            !w[i].wide_start)
            continue;
        int from = col_of[i], room = from + 1;
        while (room < n_cols && !column_free(col_of, a, b, room))
            room++;
        if (room >= n_cols)
            continue;
        for (gsize k = i; k < b; k++)
            if (col_of[k] >= from && col_of[k] < room)
                col_of[k]++;
    }
}

/* A dump that gives every character one column (pdftotext -layout) squeezes
 * a dense header whole: its words stand left of their columns, the further
 * right the further left (年度指标 实际完成值 分值 得分 偏差原因分析 over
 * target, actual, weight, score and deviation columns set wider apart), and
 * words of the header's other lines (a wrapped 偏差原因分 / 析及改进措) fall
 * into a column their line's neighbours took.  Position on the line cannot
 * tell their columns; their ORDER can: the header's words right of the name
 * column's head (the line's last whole label head, 三级指标), grouped over
 * its lines by overlap, left to right, head the body's columns right of the
 * name column in order.  The body's columns are those its rows fill on
 * many of their lines (BODY_COLUMN_SHARE; see body_columns_after); a column
 * few rows reach (a wide cell centred off its column) heads nothing, and
 * with more such columns than header words the emptiest at the run's ends
 * go; header words past the body's last column head columns of their own
 * after it.  Only a
 * header with a squeezed pair right of the name head (two words one space
 * apart) is read so: a header set where its columns are keeps its place. */
#define HEAD_REACH 2
/* a header of fewer words right of the name head has no order to tell */
#define HEAD_MIN_WORDS 3
/* a column of the body holds cells on at least this share of its rows'
 * lines (the lines of their weight and score) */
#define BODY_COLUMN_SHARE 0.34
/* at least this many rows below the header: fewer (a page's first few)
 * tell no columns */
#define BODY_MIN_LINES 5
/* the body's rows below a header read so end in a weight and a score, two
 * figures side by side, on at least this many lines: a target table's
 * header (指标值 度量单位) set squeezed over columns of another order stays */
#define POINTS_MIN_LINES 3
/* a header one word of which stands a column off (指标值 left of its
 * figures) is the parser's to read (it heads the column beside it); a
 * squeezed header moves at least this many words */
#define HEAD_MIN_MOVED 2

typedef struct {
    gsize first, last; /* the piece's words */
    int group;         /* the header word (group of overlapping pieces) */
    int to;            /* the column it heads */
} header_piece;

static int cmp_head_piece(const void *pa, const void *pb, gpointer data)
{
    const jx_layout_word *w = data;
    const header_piece *a = pa, *b = pb;
    return w[a->first].x0 < w[b->first].x0 ? -1 : w[a->first].x0 > w[b->first].x0;
}

/* The last word of the last whole label head (三级指标) on line words [a,
 * b), or -1. */
static gssize last_whole_label_head(const jx_layout_word *w, gsize a, gsize b, double join)
{
    gssize found = -1;
    for (gsize i = a, e; i < b; i = e + 1) {
        e = piece_end(w, b, i, join);
        char *text = piece_text(w, i, e);
        char *norm = jx_norm_text(text);
        gboolean whole = FALSE;
        if (jx_taxonomy_opens_label_head(norm, &whole) && whole)
            found = (gssize)e;
        g_free(norm);
        g_free(text);
    }
    return found;
}

/* TRUE when line `row` of words [0, n) is a header's line: some words, no
 * figure, no sentence mark. */
static gboolean header_line(const jx_layout_word *w, gsize n, const int *line_start, int n_rows,
                            int row)
{
    if (row < 0 || row >= n_rows || (gsize)line_start[row] >= n)
        return FALSE;
    gsize a = (gsize)line_start[row], b = line_end(w, n, a);
    return !has_digit(w, a, b) && !has_sentence_mark(w, a, b);
}

/* TRUE when word `w` is a figure alone that no percent sign ends: a
 * weight's or a score's. */
static gboolean points_figure(const jx_layout_word *w)
{
    return jx_layout_word_is_figure(w) && memchr(w->text, '%', w->len) == NULL;
}

/* How many lines after `after` hold two such figures side by side (a row's
 * weight and score). */
static int points_lines_after(const jx_layout_word *w, gsize n, int after, double join)
{
    int lines = 0, last = -1;
    for (gsize i = 1; i < n; i++)
        if (w[i].row > after && w[i].row != last && w[i - 1].row == w[i].row &&
            !same_piece(&w[i - 1], &w[i], join) && points_figure(&w[i - 1]) &&
            points_figure(&w[i]))
            lines++, last = w[i].row;
    return lines;
}

/* TRUE when word i ends a weight and score pair on its line (two
 * points_figure side by side). */
static gboolean ends_points_pair(const jx_layout_word *w, gsize i, double join)
{
    return i > 0 && w[i - 1].row == w[i].row && !same_piece(&w[i - 1], &w[i], join) &&
           points_figure(&w[i - 1]) && points_figure(&w[i]);
}

/* The columns right of `name_col` the rows after line `after` fill (see
 * order_squeezed_header), into `body`; returns how many.  A row's cells up
 * to its score stand on the line of its weight and score (a wrapped cell
 * centred round that line spreads over others, and counted by lines a long
 * one would outweigh a column); text after the score (a deviation, wrapped
 * round the row's line) counts on every line. */
static int body_columns_after(const int *col_of, const jx_layout_word *w, gsize n, int after,
                              int name_col, int n_cols, double join, int *body, int *lines)
{
    int *seen = g_new(int, n_cols), *score_lines = g_new0(int, n_cols);
    for (int c = 0; c < n_cols; c++)
        seen[c] = -1, lines[c] = 0;
    gsize *points_end = g_new0(gsize, (gsize)w[n - 1].row + 2);
    int pairs = 0;
    for (gsize i = 0; i < n; i++)
        if (w[i].row > after && ends_points_pair(w, i, join) && col_of[i] < n_cols) {
            pairs += points_end[w[i].row] == 0;
            points_end[w[i].row] = i + 1;
        }
    for (gsize i = 0; i < n; i++)
        if (points_end[w[i].row] == i + 1)
            score_lines[col_of[i]]++;
    int score_col = 0;
    for (int c = 1; c < n_cols; c++)
        if (score_lines[c] > score_lines[score_col])
            score_col = c;
    for (gsize i = 0; i < n; i++) {
        int c = col_of[i];
        if (w[i].row <= after || c <= name_col || c >= n_cols || seen[c] == w[i].row ||
            (c <= score_col && !points_end[w[i].row]))
            continue;
        seen[c] = w[i].row;
        lines[c]++;
    }
    int m = 0;
    for (int c = name_col + 1; c < n_cols && pairs >= BODY_MIN_LINES; c++)
        if (c <= score_col ? lines[c] >= BODY_COLUMN_SHARE * pairs : lines[c] >= COLUMN_MIN_LINES)
            body[m++] = c;
    g_free(points_end);
    g_free(score_lines);
    g_free(seen);
    return m;
}

/* Sets the header words right of the name head in the body's columns by
 * their order (see HEAD_REACH above). */
static void order_squeezed_header(const jx_layout_word *w, gsize n, double join, int n_cols,
                                  int *col_of)
{
    if (n == 0)
        return;
    int n_rows = 0;
    int *line_start = line_starts(w, n, &n_rows);
    GArray *pieces = g_array_new(FALSE, FALSE, sizeof(header_piece));
    int *body = g_new(int, n_cols + 1), *lines = g_new(int, n_cols + 1);
    for (int r = 0; r < n_rows; r++) {
        gsize a = (gsize)line_start[r];
        gssize head = a < n ? last_whole_label_head(w, a, line_end(w, n, a), join) : -1;
        if (head < 0 || !header_line(w, n, line_start, n_rows, r))
            continue;
        double edge = w[head].x1;
        int name_col = col_of[head], top = r, bottom = r;
        while (top > r - HEAD_REACH && header_line(w, n, line_start, n_rows, top - 1))
            top--;
        while (bottom < r + HEAD_REACH && header_line(w, n, line_start, n_rows, bottom + 1))
            bottom++;
        /* the header's pieces right of the name head, and a squeezed pair */
        g_array_set_size(pieces, 0);
        gboolean squeezed = FALSE;
        gsize end = line_end(w, n, (gsize)line_start[bottom]);
        for (gsize i = (gsize)line_start[top], e; i < end; i = e + 1) {
            e = piece_end(w, n, i, join);
            if (w[i].x0 < edge)
                continue;
            header_piece p = {i, e, 0, 0};
            g_array_append_val(pieces, p);
            squeezed |= i > 0 && w[i - 1].row == w[i].row && w[i - 1].x0 >= edge &&
                        squeezed_after(w, i, join);
        }
        if (!squeezed)
            continue;
        /* header words: pieces of different lines that overlap, left to right */
        g_array_sort_with_data(pieces, cmp_head_piece, (gpointer)w);
        int words = 0;
        double reach = 0;
        for (guint k = 0; k < pieces->len; k++) {
            header_piece *p = &g_array_index(pieces, header_piece, k);
            gboolean joins = k > 0 && w[p->first].x0 < reach;
            for (guint j = 0; j < k && joins; j++) {
                header_piece *q = &g_array_index(pieces, header_piece, j);
                joins = q->group != words - 1 || w[q->first].row != w[p->first].row;
            }
            if (!joins)
                words++, reach = 0;
            p->group = words - 1;
            reach = MAX(reach, w[p->last].x1);
        }
        if (words < HEAD_MIN_WORDS || points_lines_after(w, n, bottom, join) < POINTS_MIN_LINES)
            continue;
        int m = body_columns_after(col_of, w, n, bottom, name_col, n_cols, join, body, lines);
        /* more columns than header words: the emptiest go — at the ends of
         * the run only: a column of many lines dropped between two header
         * words holds parts of cells split apart (a figure, its unit), and
         * the body's order says nothing of the header's */
        gboolean inner = FALSE;
        while (m > words && !inner) {
            int least = 0;
            for (int k = 1; k < m; k++)
                if (lines[body[k]] < lines[body[least]])
                    least = k;
            inner = least > 0 && least < m - 1;
            memmove(body + least, body + least + 1, (gsize)(m - least - 1) * sizeof *body);
            m--;
        }
        if (m == 0 || inner)
            continue;
        int moved = 0;
        for (guint k = 0; k < pieces->len; k++) {
            header_piece *p = &g_array_index(pieces, header_piece, k);
            p->to = p->group < m ? body[p->group] : body[m - 1] + 1 + (p->group - m);
            moved += p->to != col_of[p->first] && (k == 0 || p->group != p[-1].group);
        }
        for (guint k = 0; k < pieces->len && moved >= HEAD_MIN_MOVED; k++) {
            const header_piece *p = &g_array_index(pieces, header_piece, k);
            for (gsize i = p->first; i <= p->last; i++)
                col_of[i] = p->to;
        }
    }
    g_free(body);
    g_free(lines);
    g_array_free(pieces, TRUE);
    g_free(line_start);
}

/* TRUE when word `w` is a unit whole, or a unit's wrapped first line
 * (`个百`, `万`, `个工作日`), nothing else. */
static gboolean unit_alone(const jx_layout_word *w)
{
    return w->len && !has_digit(w, 0, 1) &&
           opens_with_unit(w, g_utf8_strlen(w->text, (gssize)w->len));
}

/* TRUE when word `w` is a target's sign, then a figure alone (`≥4800`). */
static gboolean signed_figure(const jx_layout_word *w)
{
    if (!opens_target(w))
        return FALSE;
    const char *rest = g_utf8_next_char(w->text);
    jx_layout_word figure = *w;
    figure.text = rest;
    figure.len = w->len - (gsize)(rest - w->text);
    return figure.len && jx_layout_word_is_figure(&figure);
}

/* The index in DATE_PARTS of the date part word `w` ends with (`last`) or
 * opens with; -1 for none. */
static int date_part_at(const jx_layout_word *w, gboolean last)
{
    for (gsize k = 0; k < G_N_ELEMENTS(DATE_PARTS); k++) {
        gsize len = strlen(DATE_PARTS[k]);
        const char *at = last ? w->text + w->len - len : w->text;
        if (w->len >= len && strncmp(at, DATE_PARTS[k], len) == 0)
            return (int)k;
    }
    return -1;
}

/* TRUE when a figure between words `before` and `after` is a date's part:
 * a date part before it, a later one after it (`年 12 月`, `月 25 日`), so
 * no cell starts at the figure however the date crosses a column's edge.
 * After a date's last part, or before a year (`2022 年 2022 年`), a
 * figure opens a date of its own. */
static gboolean inside_date(const jx_layout_word *before, const jx_layout_word *after)
{
    int from = date_part_at(before, TRUE);
    return from >= 0 && date_part_at(after, FALSE) > from;
}

/* TRUE when bare figure i (words [a, b) a line) goes on from a quantity
 * before it in its column (a unit alone, or a figure: `≥4 个百 3`,
 * `不超过 2,21 2,210`) and its unit stands one space after it in the next
 * column: the figure opens the next cell. */
static gboolean figure_after_quantity(const jx_layout_word *w, gsize a, gsize b, gsize i,
                                      double join, const int *col_of)
{
    if (i == a || i + 1 >= b || !jx_layout_word_is_figure(&w[i]) || col_of[i - 1] != col_of[i] ||
        col_of[i + 1] != col_of[i] + 1)
        return FALSE;
    return spaced_piece(&w[i - 1], &w[i], join) && spaced_piece(&w[i], &w[i + 1], join) &&
           unit_alone(&w[i + 1]) &&
           (magnitude_alone(&w[i - 1]) || unit_alone(&w[i - 1]) || has_digit(w, i - 1, i)) &&
           !inside_date(&w[i - 1], &w[i + 1]);
}

/* TRUE when figure i (bare or after a target's sign; words [a, b) a line)
 * opens its column on the line and its unit, one space after it, is the
 * only word of the next column there (`≥4800 台`, the cell its wrapped
 * target's lines stand above and below in the column before). */
static gboolean figure_opening_column(const jx_layout_word *w, gsize a, gsize b, gsize i,
                                      double join, const int *col_of)
{
    if (i + 1 >= b || !(jx_layout_word_is_figure(&w[i]) || signed_figure(&w[i])) ||
        (i > a && col_of[i - 1] == col_of[i]) || col_of[i + 1] != col_of[i] + 1 ||
        (i + 2 < b && col_of[i + 2] == col_of[i + 1]))
        return FALSE;
    return spaced_piece(&w[i], &w[i + 1], join) && unit_alone(&w[i + 1]);
}

/* A figure goes with the unit after it: a dump squeezing a target and its
 * actual value one space apart (`≥4 个百 3 个百`, `8 个工作日 8 个工作日`,
 * `≥５２００亩 5,504 亩`) gives the actual value's figure, standing left of its
 * column, the target's column, and its unit the next one, so the target
 * read `≥4个百3分点`; a figure opening its column with its unit in the
 * next (`≥4800 台`) read as a target cut from its unit.  Such a figure
 * takes its unit's column (figure_after_quantity, then on what that left,
 * figure_opening_column). */
static void figures_join_units(const jx_layout_word *w, gsize n, double join, int *col_of)
{
    for (gsize a = 0, b; a < n; a = b) {
        b = line_end(w, n, a);
        for (gsize i = a; i < b; i++)
            if (figure_after_quantity(w, a, b, i, join, col_of))
                col_of[i] = col_of[i + 1];
        for (gsize i = a; i < b; i++)
            if (figure_opening_column(w, a, b, i, join, col_of))
                col_of[i] = col_of[i + 1];
    }
}

/* TRUE when word `w`'s last character is a digit, ASCII or wide (`１,６２０`). */
static gboolean ends_with_any_digit(const jx_layout_word *w)
{
    if (!w->len)
        return FALSE;
    const char *last = g_utf8_find_prev_char(w->text, w->text + w->len);
    return last && g_unichar_isdigit(g_utf8_get_char(last));
}

/* A unit one space after its figure, given the next column because the
 * target in the column before is wider than the grid set it, stands
 * before that column's own target (`270 人 540 人`, `≥ １,６２０ 人 ≥ 5,400
 * 人`: the half-year target's unit opening the year's, read `人540人`).  A
 * unit alone (no figure in it) right after a figure of the column before,
 * with a sign or a figure after it in its own column, goes back to its
 * figure's column. */
static void units_back_to_figures(const jx_layout_word *w, gsize n, double join, int *col_of)
{
    for (gsize a = 0, b; a < n; a = b) {
        b = line_end(w, n, a);
        for (gsize i = a + 1; i + 1 < b; i++)
            if (col_of[i] == col_of[i - 1] + 1 && col_of[i + 1] == col_of[i] &&
                ends_with_any_digit(&w[i - 1]) && (magnitude_alone(&w[i]) || unit_alone(&w[i])) &&
                w[i].x0 - w[i - 1].x1 < join &&
                (opens_target(&w[i + 1]) || has_digit(w, i + 1, i + 2)))
                col_of[i] = col_of[i - 1];
    }
}

/* TRUE when word `w` ends with a digit. */
static gboolean ends_with_digit(const jx_layout_word *w)
{
    return w->len && g_ascii_isdigit(w->text[w->len - 1]);
}

/* The most digits of a month's or a day's figure: a longer figure after a
 * date's part is a year, opening a date of its own (a target's date set
 * tight against the actual one's: `2024 年 12 月 2025 年 3 月 20 日`). */
#define DATE_FIELD_DIGITS 2
/* The digits of a year's figure, which a date opens with. */
#define YEAR_DIGITS 4

/* The number of ASCII digits word `w` opens with. */
static gsize leading_digits(const jx_layout_word *w)
{
    gsize k = 0;
    while (k < w->len && g_ascii_isdigit(w->text[k]))
        k++;
    return k;
}

/* TRUE when word `w` is nothing but a date's parts and figures (`年`,
 * `月31`, `12月`): no word that only opens with one (`年底前完成`). */
static gboolean date_parts_only(const jx_layout_word *w)
{
    jx_layout_word rest = *w;
    while (rest.len) {
        gsize digits = leading_digits(&rest);
        int part = digits ? -1 : date_part_at(&rest, FALSE);
        gsize skip = digits ? digits : part >= 0 ? strlen(DATE_PARTS[part]) : 0;
        if (!skip)
            return FALSE;
        rest.text += skip;
        rest.len -= skip;
    }
    return TRUE;
}

/* TRUE when word `w` opens a date with its year: `2024年`, or a figure of
 * a year's digits alone that word `next` goes on from (`2024 年`). */
static gboolean opens_date(const jx_layout_word *w, const jx_layout_word *next)
{
    gsize digits = leading_digits(w);
    if (digits != YEAR_DIGITS)
        return FALSE;
    if (w->len > digits)
        return date_part_at(w, TRUE) == 0 && date_parts_only(w);
    return next && next->row == w->row && date_part_at(next, FALSE) == 0 && date_parts_only(next);
}

/* TRUE when word `after`, set tight after `before`, goes on with the date
 * `before` is part of: a date part after a figure (`2024 年`, `12 月`), or
 * a month's or day's figure after a year's or month's part (`年 12`, `月
 * 31`); a figure after the day's part, or a year, opens a date of its own. */
static gboolean date_goes_on(const jx_layout_word *before, const jx_layout_word *after,
                             double join)
{
    if (!same_piece(before, after, join))
        return FALSE;
    if (ends_with_digit(before) && date_part_at(after, FALSE) >= 0)
        return date_parts_only(after);
    int part = date_part_at(before, TRUE);
    gsize digits = leading_digits(after);
    return part >= 0 && part < 2 && digits > 0 && digits <= DATE_FIELD_DIGITS;
}

/* A date set tight in a narrow value column is one cell however far it
 * reaches: a table printed as wide as its text (LibreOffice's Writer/Web
 * laying out a borderless HTML table) sets a date cut over lines
 * (`2024 年 12 月 31` / `日`) as a line wider than the column's other
 * cells, and its last words (`月 31`) stood nearer the unit column's
 * start.  The words of a date opening with its year take the column of
 * its first word. */
static void dates_keep_column(const jx_layout_word *w, gsize n, double join, int *col_of)
{
    for (gsize i = 0; i + 1 < n; i++) {
        if (!opens_date(&w[i], &w[i + 1]) || (i > 0 && date_goes_on(&w[i - 1], &w[i], join)))
            continue;
        gsize j = i + 1;
        while (j < n && date_goes_on(&w[j - 1], &w[j], join))
            col_of[j++] = col_of[i];
        i = j - 1;
    }
}

/* The rest of a unit wrapped under its figure (see unit_rest_head) takes
 * its head's column, wherever it starts: the cell's last line. */
static void unit_rests_follow_heads(const jx_layout_word *w, gsize n, double join, int *col_of)
{
    for (gsize i = 0; i < n; i++) {
        gssize k = unit_rest_head(w, n, i, join);
        if (k >= 0)
            col_of[i] = col_of[k];
    }
}

/* Gives words [a, b) the columns `cols`: each the one it overlaps most,
 * then squeezed and crowded lines set right (see order_squeezed_pieces,
 * spread_crowded_pieces). */
static void assign_columns(const jx_layout_word *w, gsize a, gsize b, double join,
                           const GArray *cols, int *col_of)
{
    for (gsize i = a; i < b; i++)
        col_of[i] = column_of_word(cols, w[i].x0, w[i].x1);
    part_tight_pieces(w + a, b - a, join, (int)cols->len, col_of + a, quantities_apart, TRUE);
    part_tight_pieces(w + a, b - a, join, (int)cols->len, col_of + a, name_then_target, TRUE);
    figures_join_units(w + a, b - a, join, col_of + a);
    units_back_to_figures(w + a, b - a, join, col_of + a);
    part_spaced_quantities(w + a, b - a, join, (int)cols->len, col_of + a);
    unit_rests_follow_heads(w + a, b - a, join, col_of + a);
    dates_keep_column(w + a, b - a, join, col_of + a);
    order_squeezed_pieces(w + a, b - a, join, (int)cols->len, col_of + a);
    stacked_level1_left(w + a, b - a, join, cols, col_of + a);
    spread_crowded_pieces(w + a, b - a, join, (int)cols->len, col_of + a);
    stacked_lines_follow_heads(w + a, b - a, join, cols, col_of + a);
    unstack_centred_labels(w + a, b - a, join, (int)cols->len, col_of + a);
    gap_words_right(w + a, b - a, join, cols, col_of + a);
    merged_over_two(w + a, b - a, cols, col_of + a);
    level1_between_columns(w + a, b - a, join, (int)cols->len, col_of + a);
    level1_stack_column_left(w + a, b - a, join, (int)cols->len, col_of + a);
    part_row_numbers(w + a, b - a, join, (int)cols->len, col_of + a);
    order_squeezed_header(w + a, b - a, join, (int)cols->len, col_of + a);
}

static int cmp_span(const void *pa, const void *pb)
{
    const span *a = pa, *b = pb;
    return a->a < b->a ? -1 : a->a > b->a;
}

/* Adds to a section's columns `cols` the whole table's columns that overlap
 * none of them: a column the section has no text in (the 绩效指标 label
 * column, its label standing on the next page) keeps its place, so a
 * column's number means the same in the table's parts and pages. */
static void add_missing_columns(GArray *cols, const GArray *whole)
{
    guint own = cols->len;
    for (guint c = 0; c < whole->len; c++) {
        const span *s = &g_array_index(whole, span, c);
        gboolean apart = TRUE;
        for (guint k = 0; k < own && apart; k++) {
            const span *t = &g_array_index(cols, span, k);
            apart = s->b <= t->a || s->a >= t->b;
        }
        if (apart)
            g_array_append_val(cols, *s);
    }
    g_array_sort(cols, cmp_span);
}

/* TRUE when `cols`, found for the section of rows top..bottom after a block
 * of squeezed prose (see PROSE_SQUEEZED), fit its lines better than the
 * whole table's `whole`: fewer words misfit (a tie keeps the whole table's,
 * whose rows the budget block's figures set apart). */
static gboolean squeezed_section_fits(const GArray *cols, const GArray *whole,
                                      const jx_layout_word *w, gsize n, double join, int top,
                                      int bottom)
{
    return columns_misfit(cols, w, n, join, top, bottom) <
           columns_misfit(whole, w, n, join, top, bottom);
}

/* Gives every word a column: the whole table's columns `whole` where prose
 * parts no sections, else each section's own (from its body lines, the
 * prose that opens it left out).  A section of fewer than SECTION_MIN_LINES
 * body lines shows no valleys of its own and keeps the whole table's.  After
 * one, the whole table's columns are mostly those of the section after it,
 * which takes its own only when they fit its lines better (fewer words
 * astride no column or crowded into one, see columns_misfit): a short
 * budget block adds figures whose starts part cells set tight below it. */
static void assign_by_sections(const jx_layout_word *w, gsize n, int n_rows, int first_row,
                               int last_row, double join, double unit, const int *pieces,
                               int body, const gboolean *prose, const GArray *whole,
                               int *col_of)
{
    int *section_of = g_new0(int, n_rows + 1);
    int sections = number_sections(n_rows, first_row, last_row, pieces, body, prose, section_of);
    if (g_getenv("JX_LAYOUT_DEBUG"))
        for (int r = 0; r < n_rows; r++)
            g_printerr("  line %d: pieces %d prose %d section %d\n", r, pieces[r], prose[r],
                       section_of[r]);
    gboolean after_short = FALSE;
    for (gsize a = 0, b; a < n; a = b) {
        for (b = a + 1; b < n && section_of[w[b].row] == section_of[w[a].row]; b++)
            ;
        int top = MAX(first_row, w[a].row), bottom = MIN(last_row, w[b - 1].row);
        while (top < bottom && prose[top])
            top++;
        int body_lines = 0;
        for (int r = top; r <= bottom; r++)
            body_lines += pieces[r] >= body;
        GArray *cols = NULL;
        if (sections > 1 && body_lines >= SECTION_MIN_LINES) {
            cols = find_columns(w, n, top, bottom, join, unit, pieces, body, TRUE);
            if ((after_short && columns_misfit(cols, w, n, join, top, bottom) >
                                   columns_misfit(whole, w, n, join, top, bottom)) ||
                (prose[w[a].row] == PROSE_SQUEEZED &&
                 !squeezed_section_fits(cols, whole, w, n, join, top, bottom))) {
                g_array_free(cols, TRUE);
                cols = NULL;
            }
        }
        after_short = body_lines < SECTION_MIN_LINES;
        if (!cols) {
            assign_columns(w, a, b, join, whole, col_of);
            continue;
        }
        add_missing_columns(cols, whole);
        for (guint c = 0; c < cols->len && g_getenv("JX_LAYOUT_DEBUG"); c++)
            g_printerr("  section col %u: %.0f-%.0f\n", c, g_array_index(cols, span, c).a,
                       g_array_index(cols, span, c).b);
        assign_columns(w, a, b, join, cols, col_of);
        g_array_free(cols, TRUE);
    }
    g_free(section_of);
}

/* Cells set tight.  A cell whose text fills its column to the edge (a
 * browser wraps a work item at its column's width) and the next cell's
 * text set with no padding after it leave no space between the two: one
 * solid word crosses the edge (`开展送戏下乡和公益电影放公益电影放映场次`,
 * the work item's first line and the name).  An edge is read so where
 *   - words on TIGHT_MIN_CROSSING lines or more cross it with a character
 *     boundary on it, a wide character on each side (Chinese text has no
 *     space to part two cells by), and end at different places (see
 *     keep_shared_edges),
 *   - pieces start on it on TIGHT_MIN_STARTS lines of the body after its
 *     first (the right column's text, left-aligned, where the left cell is
 *     short), and
 *   - one of the table's first TIGHT_HEAD_LINES lines (its header) has a
 *     piece between where the crossing word starts and the edge, another
 *     starting on or after the edge, none across it: two header cells over
 *     the two columns (a piece starting on an edge inside a column, a
 *     centred cell's, has no header cell left of it within the column).
 * Each such word is cut at the edge into two words, unless it holds a
 * sentence mark or a colon (TIGHT_PROSE_MARKS): prose across the table, a
 * value's sentence over two columns, a signature line (`单位负责人：…`) are
 * no cells set tight.  Only
 * words placed where they stood on a page (a PDF's glyphs) are cut: a text
 * dump's layout engine (a text browser, pdftotext -layout) keeps a space
 * between cells, and its solid words are one cell. */
#define TIGHT_MIN_STARTS 2
#define TIGHT_HEAD_LINES 3
#define TIGHT_MIN_CROSSING 2
/* A column whose cells wrap at its width is some characters wide, and the
 * cell set tight after it holds a word at least: a short word that happens
 * to cross an edge (a header cell `运算符号`, a kind `定量` over a column
 * where others start) is no two cells. */
#define TIGHT_MIN_HEAD_CHARS 4
#define TIGHT_MIN_TAIL_CHARS 2

typedef struct {
    gsize word, off; /* the word cut, the byte offset of its second part */
    double x;        /* where the second part starts */
    gboolean label;  /* a whole label before the cut (see label_set_tight) */
} tight_cut;

/* The key of position x in `starts`: x in units, rounded. */
static gpointer tight_key(double x, double unit)
{
    return GINT_TO_POINTER((int)lround(x / unit));
}

/* How many lines after first_row, to last_row, have a piece starting at
 * each position (tight_key → count). */
static GHashTable *piece_starts(const jx_layout_word *w, gsize n, int first_row, int last_row,
                                double join, double unit)
{
    GHashTable *starts = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1) {
        if (w[i].row <= first_row || w[i].row > last_row)
            continue;
        gpointer key = tight_key(w[i].x0, unit);
        guint c = GPOINTER_TO_UINT(g_hash_table_lookup(starts, key));
        g_hash_table_replace(starts, key, GUINT_TO_POINTER(c + 1));
    }
    return starts;
}

/* TRUE when line `row` has a piece inside [from, edge), one starting at or
 * after `edge`, and none across it. */
static gboolean heads_part_at(const jx_layout_word *w, gsize n, int row, double join,
                              double from, double edge, double unit)
{
    gboolean left = FALSE, right = FALSE;
    double slack = unit / 2;
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1) {
        if (w[i].row != row)
            continue;
        double a = w[i].x0, b = w[piece_end(w, n, i, join)].x1;
        if (a < edge - slack && b > edge + slack)
            return FALSE;
        left |= a >= from - slack && b <= edge + slack;
        right |= a >= edge - slack;
    }
    return left && right;
}

static gboolean header_parts_at(const jx_layout_word *w, gsize n, int first_row, int last_row,
                                double join, double from, double edge, double unit)
{
    for (int r = first_row; r < first_row + TIGHT_HEAD_LINES && r <= last_row; r++)
        if (heads_part_at(w, n, r, join, from, edge, unit))
            return TRUE;
    return FALSE;
}

/* TRUE when word `w` was placed by its characters' East Asian widths (a
 * wide character two columns): its extent is their sum.  A reading that
 * gives every character one column (how pdftotext -layout places text)
 * puts no character boundary where the page had it, and cuts nothing. */
static gboolean placed_by_width(const jx_layout_word *w, double unit)
{
    glong width = 0;
    for (const char *p = w->text, *end = w->text + w->len; p < end;) {
        int bytes;
        width += jx_text_char_width(p, end, &bytes);
        p += bytes;
    }
    return fabs(w->x1 - w->x0 - width * unit) < unit / 2;
}

/* Marks of a sentence or a label's colon, full-width or ASCII (a dump
 * normalized to ASCII punctuation sets `按指南要求,在网上进行申报`): a word
 * holding one is prose, a value's sentence or a signature line. */
static const char *const TIGHT_PROSE_MARKS[] = {"，", "；", "。", "：", ",", ";", ":"};

static gboolean holds_prose_mark(const jx_layout_word *w)
{
    for (gsize m = 0; m < G_N_ELEMENTS(TIGHT_PROSE_MARKS); m++)
        if (g_strstr_len(w->text, (gssize)w->len, TIGHT_PROSE_MARKS[m]))
            return TRUE;
    return FALSE;
}

/* A label cell set tight.  A level-2 label that fills its narrow column
 * (`可持续影响指标`, a browser's cell padding all the space there is) runs
 * into the name after it with no space: one solid word across the edge on
 * the group's first line only, which no other line crosses, on a
 * continuation page that has no header to part the columns.  The label,
 * whole, is evidence enough where the names start: where the text before
 * a character boundary of the word, from its start, is a whole label (not
 * the short form of the one the word goes on to spell, `社会效益` of
 * `社会效益指标`), an ideograph opens the rest (a name; a dash or bracket
 * joins a label to more) and a piece starts within LABEL_TIGHT_SLACK of
 * the boundary on another line (the names' column, placed by glyph
 * positions rounded to half a character, so one name may start half a
 * character off another; on a page the break left a line or two of the
 * group, the one other name is all there is). */
#define LABEL_TIGHT_SLACK 1.0

/* TRUE when a piece starts within LABEL_TIGHT_SLACK units of x on a line
 * other than `row`. */
static gboolean starts_near_elsewhere(const jx_layout_word *w, gsize n, int row, double join,
                                      double x, double unit)
{
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1)
        if (w[i].row != row && fabs(w[i].x0 - x) <= LABEL_TIGHT_SLACK * unit + unit / 4)
            return TRUE;
    return FALSE;
}

/* TRUE when the `len` bytes of `text` are a whole standard level-2 label
 * (jx_taxonomy_standard_level2: not a free level-1's, which opens names
 * too, `预算编制科学性`). */
static gboolean whole_label(const char *text, gsize len)
{
    char *label = g_strndup(text, len);
    gboolean whole = jx_taxonomy_standard_level2(label);
    g_free(label);
    return whole;
}

/* TRUE when word b, one space after word a on its line, opens with a Latin
 * letter and a is a whole standard level-2 label (`数量指标 XX村通组道路硬化里程`,
 * `生态效益指标 PM2.5年均浓度`): a label cell a browser filled to its edge and
 * the name beside it, a word space apart as two Han characters are (see
 * spaced_piece); inside one cell no label runs on into a Latin word. */
static gboolean latin_after_label(const jx_layout_word *a, const jx_layout_word *b)
{
    return a->row == b->row && a->wide_end && g_ascii_isalpha(b->text[0]) &&
           whole_label(a->text, a->len);
}

/* TRUE when word i, cut `off` bytes in at x, is a label cell set tight
 * before the next cell (see "A label cell set tight"). */
static gboolean label_set_tight(const jx_layout_word *w, gsize n, gsize i, gsize off, double x,
                                double join, double unit)
{
    /* `效益指标－经济效益指标` is one combined label's cell */
    const char *rest = w[i].text + off;
    gsize rest_len = w[i].len - off, end = strlen(JX_LABEL_SUFFIX);
    if (rest_len >= end && memcmp(rest, JX_LABEL_SUFFIX, end) == 0)
        return FALSE;
    return g_unichar_get_script(g_utf8_get_char(rest)) == G_UNICODE_SCRIPT_HAN &&
           starts_near_elsewhere(w, n, w[i].row, join, x, unit) && whole_label(w[i].text, off);
}

/* TRUE when a word may be cut before its character that is `before`
 * characters in of `chars` (`width` places wide, the one before it wide
 * when `prev_wide`): between two wide characters, TIGHT_MIN_HEAD_CHARS or
 * more before it and TIGHT_MIN_TAIL_CHARS or more from it. */
static gboolean wide_cut_point(gboolean prev_wide, int width, glong before, glong chars)
{
    return prev_wide && width > 1 && before >= TIGHT_MIN_HEAD_CHARS &&
           chars - before >= TIGHT_MIN_TAIL_CHARS;
}

/* Appends to `cuts` where word i crosses an edge of cells set tight. */
static void word_tight_cuts(const jx_layout_word *w, gsize n, gsize i, int first_row,
                            int last_row, double join, double unit, GHashTable *starts,
                            GArray *cuts)
{
    if (!placed_by_width(&w[i], unit) || holds_prose_mark(&w[i]))
        return;
    double x = w[i].x0;
    gboolean prev_wide = FALSE;
    glong chars = g_utf8_strlen(w[i].text, (gssize)w[i].len), before = 0;
    for (const char *p = w[i].text, *end = w[i].text + w[i].len; p < end; before++) {
        int bytes, width = jx_text_char_width(p, end, &bytes);
        gboolean may_cut = wide_cut_point(prev_wide, width, before, chars);
        if (w[i].row > first_row && may_cut &&
            GPOINTER_TO_UINT(g_hash_table_lookup(starts, tight_key(x, unit))) >=
                TIGHT_MIN_STARTS &&
            header_parts_at(w, n, first_row, last_row, join, w[i].x0, x, unit)) {
            tight_cut c = {i, (gsize)(p - w[i].text), x, FALSE};
            g_array_append_val(cuts, c);
        } else if (may_cut && label_set_tight(w, n, i, (gsize)(p - w[i].text), x, join, unit)) {
            tight_cut c = {i, (gsize)(p - w[i].text), x, TRUE};
            g_array_append_val(cuts, c);
        }
        prev_wide = width > 1;
        x += width * unit;
        p += bytes;
    }
}

/* An edge's crossing lines: how many, the first and the last; where the
 * first crossing word ends and whether another ends elsewhere. */
typedef struct {
    int lines, first, last;
    double end;
    gboolean ends_differ;
} tight_edge;

/* TRUE when pieces start at x on a line before the edge's last crossing
 * line and on one after its first: the right column's text stands among
 * the crossing lines.  Pieces that start there only below them (or only
 * above) are another block's, a table of other columns printed after
 * the first on the page. */
static gboolean starts_among(const jx_layout_word *w, gsize n, double join, double x,
                             double unit, const tight_edge *e)
{
    gboolean before = FALSE, after = FALSE;
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1)
        if (fabs(w[i].x0 - x) < unit / 2) {
            before |= w[i].row < e->last;
            after |= w[i].row > e->first;
        }
    return before && after;
}

/* Keeps the cuts at edges that TIGHT_MIN_CROSSING lines or more cross (a
 * cell that fills its column to the edge on one line may be a cell over
 * two columns, a section's label across its row) with words that end at
 * different places: the next column's texts, names of their own lengths
 * (words that all end at one place are a column's lines wrapped at its
 * right edge, whatever starts near it elsewhere), and that pieces start on
 * among those lines (starts_among); and every cut after a label set
 * tight, which stands on its own evidence (label_set_tight). */
static void keep_shared_edges(GArray *cuts, const jx_layout_word *w, gsize n, double join,
                              double unit)
{
    GHashTable *edges = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
    for (guint k = 0; k < cuts->len; k++) {
        const tight_cut *c = &g_array_index(cuts, tight_cut, k);
        int row = w[c->word].row;
        tight_edge *e = g_hash_table_lookup(edges, tight_key(c->x, unit));
        if (!e) {
            e = g_new0(tight_edge, 1);
            *e = (tight_edge){0, row, row, w[c->word].x1, FALSE};
            g_hash_table_insert(edges, tight_key(c->x, unit), e);
        }
        e->lines += e->lines == 0 || row != e->last;
        e->last = row;
        e->ends_differ |= fabs(w[c->word].x1 - e->end) >= unit / 2;
    }
    for (guint k = cuts->len; k-- > 0;) {
        const tight_cut *c = &g_array_index(cuts, tight_cut, k);
        const tight_edge *e = g_hash_table_lookup(edges, tight_key(c->x, unit));
        gboolean shared = e->lines >= TIGHT_MIN_CROSSING && e->ends_differ &&
                          starts_among(w, n, join, c->x, unit, e);
        if (!shared && !c->label)
            g_array_remove_index(cuts, k);
    }
    g_hash_table_unref(edges);
}

/* The words with each of `cuts` (sorted by word, then by offset) made:
 * the word parted in two there, as a new array of *n words; NULL when
 * there is no cut.  Frees `cuts`.  The parts borrow their text from the
 * words. */
static jx_layout_word *words_cut_at(const jx_layout_word *w, gsize *n, GArray *cuts)
{
    if (!cuts->len) {
        g_array_free(cuts, TRUE);
        return NULL;
    }
    jx_layout_word *out = g_new(jx_layout_word, *n + cuts->len);
    gsize k = 0, m = 0;
    for (gsize i = 0; i < *n; i++) {
        jx_layout_word rest = w[i];
        for (; k < cuts->len && g_array_index(cuts, tight_cut, k).word == i; k++) {
            const tight_cut *c = &g_array_index(cuts, tight_cut, k);
            gsize used = (gsize)(rest.text - w[i].text);
            jx_layout_word head = rest;
            head.len = c->off - used;
            head.x1 = c->x;
            head.wide_end = TRUE;
            out[m++] = head;
            rest.text = w[i].text + c->off;
            rest.len = w[i].len - c->off;
            rest.x0 = c->x;
            rest.wide_start = TRUE;
            rest.continues = FALSE;
        }
        out[m++] = rest;
    }
    *n = m;
    g_array_free(cuts, TRUE);
    return out;
}

/* The words with every word that crosses an edge of cells set tight cut
 * there (see "Cells set tight" above), as a new array of *n words; NULL when no
 * word is cut.  The parts borrow their text from the words. */
static jx_layout_word *cut_tight_cells(const jx_layout_word *w, gsize *n, int first_row,
                                       int last_row, double join, double unit)
{
    GHashTable *starts = piece_starts(w, *n, first_row, last_row, join, unit);
    GArray *cuts = g_array_new(FALSE, FALSE, sizeof(tight_cut));
    /* the body's first line may be a group's first row (a continuation
     * page's), whose label cell only label_set_tight cuts */
    for (gsize i = 0; i < *n; i++)
        if (w[i].row >= first_row && w[i].row <= last_row)
            word_tight_cuts(w, *n, i, first_row, last_row, join, unit, starts, cuts);
    g_hash_table_unref(starts);
    keep_shared_edges(cuts, w, *n, join, unit);
    return words_cut_at(w, n, cuts);
}

/* Cells set tight in a text dump.  A browser's print read by pdftotext
 * -layout gives each character one place, whatever the gap after it: a
 * work item that fills its column and the name set with no padding after
 * it stand as one solid word (`开展送戏下乡和公益电影放公益电影放映场次`),
 * and placed_by_width finds no edge inside it.  The column's width shows
 * on the page's other lines: items wrapped at it, each a solid word as
 * wide as the column with its rest under it on the line below
 * (`加强非物质文化遗产保护传` / `承`).  A word that starts where
 * WRAP_MIN_LINES such wrapped words of one width start (within
 * WRAP_START_SLACK), runs on past that width, is cut where the width
 * ends, between two wide characters (TIGHT_MIN_HEAD_CHARS before,
 * TIGHT_MIN_TAIL_CHARS after, no TIGHT_PROSE_MARKS), when pieces start
 * there (within WRAP_START_SLACK) on TIGHT_MIN_STARTS lines, the next
 * column's texts, and no word that starts where it does runs on past the
 * cut uncut.  A cell wrapped at its column's width never runs on
 * past it within the column: what does is the next cell's. */
#define WRAP_MIN_LINES 2
/* A column's texts start this many places apart in a dump (a browser
 * places each line's glyphs by points; pdftotext rounds them to places). */
#define WRAP_START_SLACK 1.0

/* The characters of word `w`. */
static glong word_chars(const jx_layout_word *w)
{
    return g_utf8_strlen(w->text, (gssize)w->len);
}

/* TRUE when word i is a cell's first line wrapped at its column's width:
 * wide text, TIGHT_MIN_HEAD_CHARS characters or more, and a shorter wide
 * word on the next line stands within its extent, the last of its line
 * (the cell's rest, the row's other cells beside the first line; a
 * shorter name in a column of names has the row's target after it). */
static gboolean wrapped_word(const jx_layout_word *w, gsize n, gsize i)
{
    if (!w[i].wide_start || !w[i].wide_end || word_chars(&w[i]) < TIGHT_MIN_HEAD_CHARS)
        return FALSE;
    for (gsize j = i + 1; j < n && w[j].row <= w[i].row + 1; j++)
        if (w[j].row == w[i].row + 1 && w[j].wide_start && w[j].x0 >= w[i].x0 &&
            w[j].x1 <= w[i].x1 && word_chars(&w[j]) < word_chars(&w[i]) &&
            (j + 1 == n || w[j + 1].row != w[j].row))
            return TRUE;
    return FALSE;
}

/* The width of the column word `w` starts in, where WRAP_MIN_LINES of the
 * wrapped words `wraps` (their extents) starting near it have that width
 * and it is narrower than `w`; 0 when none is. */
static double wrap_width_at(const GArray *wraps, const jx_layout_word *w)
{
    for (guint a = 0; a < wraps->len; a++) {
        const span *f = &g_array_index(wraps, span, a);
        double width = f->b - f->a;
        if (fabs(f->a - w->x0) > WRAP_START_SLACK || width >= w->x1 - w->x0)
            continue;
        guint same = 0;
        for (guint b = 0; b < wraps->len; b++) {
            const span *g = &g_array_index(wraps, span, b);
            same += fabs(g->a - w->x0) <= WRAP_START_SLACK && g->b - g->a == width;
        }
        if (same >= WRAP_MIN_LINES)
            return width;
    }
    return 0;
}

/* The byte offset in word `w` of the boundary at x between two wide
 * characters, TIGHT_MIN_HEAD_CHARS or more before it and
 * TIGHT_MIN_TAIL_CHARS after; 0 when there is none.  The word's wide
 * characters share what its extent leaves its narrow ones (one place
 * each): one place or two, by the dump's reading. */
static gsize wide_boundary_at(const jx_layout_word *w, double x)
{
    const char *end = w->text + w->len;
    glong wide = 0, narrow = 0, chars = 0;
    for (const char *p = w->text; p < end; chars++) {
        int bytes;
        if (jx_text_char_width(p, end, &bytes) > 1)
            wide++;
        else
            narrow++;
        p += bytes;
    }
    if (!wide)
        return 0;
    double wide_w = (w->x1 - w->x0 - (double)narrow) / (double)wide, at = w->x0;
    gboolean prev_wide = FALSE;
    glong before = 0;
    for (const char *p = w->text; p < end; before++) {
        int bytes, cw = jx_text_char_width(p, end, &bytes);
        if (fabs(at - x) < 0.01)
            return wide_cut_point(prev_wide, cw, before, chars) ? (gsize)(p - w->text) : 0;
        at += cw > 1 ? wide_w : cw;
        prev_wide = cw > 1;
        p += bytes;
    }
    return 0;
}

/* How many pieces of the body start within WRAP_START_SLACK of x
 * (`starts`: piece_starts). */
static guint starts_near_x(GHashTable *starts, double x, double unit)
{
    guint count = 0;
    for (double d = -WRAP_START_SLACK; d <= WRAP_START_SLACK + unit / 4; d += unit)
        count += GPOINTER_TO_UINT(g_hash_table_lookup(starts, tight_key(x + d, unit)));
    return count;
}

/* TRUE when word k, one of lines first_row..last_row and none of the
 * words `cut` marks, starts within WRAP_START_SLACK of x0 and runs on
 * past x by more than WRAP_START_SLACK. */
static gboolean uncut_word_past(const jx_layout_word *w, gsize k, int first_row, int last_row,
                                const gboolean *cut, double x0, double x)
{
    return w[k].row > first_row && w[k].row <= last_row && !cut[k] &&
           fabs(w[k].x0 - x0) <= WRAP_START_SLACK && w[k].x1 > x + WRAP_START_SLACK;
}

/* Drops the cuts whose column holds a word that starts where the cut word
 * starts and runs on past the cut, uncut: the column is wider than the
 * width its wrapped words showed (a column of names, a line of them
 * shifted a place under a level-2 label's wrapped lines `生态效益` /
 * `指标`, is no column of work items). */
static void keep_cuts_within_width(GArray *cuts, const jx_layout_word *w, gsize n, int first_row,
                                   int last_row)
{
    gboolean *cut = g_new0(gboolean, n);
    for (guint c = 0; c < cuts->len; c++)
        cut[g_array_index(cuts, tight_cut, c).word] = TRUE;
    for (guint c = cuts->len; c-- > 0;) {
        const tight_cut *t = &g_array_index(cuts, tight_cut, c);
        for (gsize k = 0; k < n; k++)
            if (uncut_word_past(w, k, first_row, last_row, cut, w[t->word].x0, t->x)) {
                g_array_remove_index(cuts, c);
                break;
            }
    }
    g_free(cut);
}

/* Stacked characters set tight.  A form whose label columns (and the
 * header cells over them, 一级指标 over the level-1 column) are a character
 * wide has a browser stack each label a character a line (决 / 策 beside
 * 计 / 划 / 制 / 定).  pdftotext -layout gives each character one place and
 * drops the padding between two such columns where the left one's
 * character is as wide as its column: the two stacks' characters of one
 * line stand as one solid word of two (`策制`, `指指`, `一二`), which no
 * column can part.  A word of exactly two ideographs alone on its line is
 * two cells where each of its characters stands over or under a stack of
 * its own: for each, a word of one ideograph starts within
 * STACK_PAIR_SLACK of where the character starts (nearer it than the
 * other character) on one of the STACK_PAIR_LINES lines above or below.
 * A two-character word in a column of its own (`产出` / `指标` wrapped in a
 * level-1 column) has no lone character under its second one: that stands
 * inside the column; a unit in a narrow column (`亿元` under `米`) has the
 * row's other cells on its line. */
#define STACK_PAIR_LINES 2
/* the characters of one stack start a place apart in a dump, where the
 * padding before them differs from line to line (`级 级` over `指指`) */
#define STACK_PAIR_SLACK 1.0

/* TRUE when word k is one ideograph starting within STACK_PAIR_SLACK of
 * x, nearer x than `other`. */
static gboolean lone_character_at(const jx_layout_word *w, gsize k, double x, double other)
{
    double d = fabs(w[k].x0 - x);
    return word_chars(&w[k]) == 1 && ideograph_at(&w[k], FALSE) && d <= STACK_PAIR_SLACK &&
           d < fabs(w[k].x0 - other);
}

/* TRUE when a word of one ideograph starts within STACK_PAIR_SLACK of x,
 * nearer x than `other`, on a line within STACK_PAIR_LINES of word i's
 * (the words sorted by line), not on it. */
static gboolean lone_character_near(const jx_layout_word *w, gsize n, gsize i, double x,
                                    double other)
{
    int row = w[i].row;
    for (gsize k = i; k-- > 0 && w[k].row >= row - STACK_PAIR_LINES;)
        if (w[k].row != row && lone_character_at(w, k, x, other))
            return TRUE;
    for (gsize k = i + 1; k < n && w[k].row <= row + STACK_PAIR_LINES; k++)
        if (w[k].row != row && lone_character_at(w, k, x, other))
            return TRUE;
    return FALSE;
}

/* Appends to `cuts` the cut of word i between its two characters when it
 * is two stacked characters set tight (see "Stacked characters set
 * tight"). */
static void stacked_pair_cut(const jx_layout_word *w, gsize n, gsize i, GArray *cuts)
{
    if (word_chars(&w[i]) != 2 || !ideograph_at(&w[i], FALSE) || !ideograph_at(&w[i], TRUE) ||
        !alone_on_line(w, n, i))
        return;
    double mid = (w[i].x0 + w[i].x1) / 2;
    if (!lone_character_near(w, n, i, w[i].x0, mid) || !lone_character_near(w, n, i, mid, w[i].x0))
        return;
    const char *second = g_utf8_next_char(w[i].text);
    tight_cut c = {i, (gsize)(second - w[i].text), mid, FALSE};
    g_array_append_val(cuts, c);
}

/* Orders cuts by word, then by offset in it (as words_cut_at takes them). */
static int cmp_tight_cut(const void *pa, const void *pb)
{
    const tight_cut *a = pa, *b = pb;
    if (a->word != b->word)
        return a->word < b->word ? -1 : 1;
    return (a->off > b->off) - (a->off < b->off);
}

/* Adds to `cuts` (sorted by word, then offset; kept so) the cut of every
 * word not cut yet that is two stacked characters set tight. */
static void add_stacked_pair_cuts(const jx_layout_word *w, gsize n, GArray *cuts)
{
    guint before = cuts->len;
    for (gsize i = 0, k = 0; i < n; i++) {
        while (k < before && g_array_index(cuts, tight_cut, k).word < i)
            k++;
        if (k >= before || g_array_index(cuts, tight_cut, k).word != i)
            stacked_pair_cut(w, n, i, cuts);
    }
    if (cuts->len > before)
        g_array_sort(cuts, cmp_tight_cut);
}

/* The words with every word that runs on past its column's wrapping width
 * cut there (see "Cells set tight in a text dump") and every two stacked
 * characters set tight parted (see "Stacked characters set tight"), as a
 * new array of *n words; NULL when no word is cut.  The parts borrow their
 * text. */
static jx_layout_word *cut_wrapped_cells(const jx_layout_word *w, gsize *n, int first_row,
                                         int last_row, double join, double unit)
{
    GArray *wraps = g_array_new(FALSE, FALSE, sizeof(span));
    for (gsize i = 0; i < *n; i++)
        if (w[i].row > first_row && w[i].row <= last_row && wrapped_word(w, *n, i)) {
            span f = {w[i].x0, w[i].x1};
            g_array_append_val(wraps, f);
        }
    GArray *cuts = g_array_new(FALSE, FALSE, sizeof(tight_cut));
    GHashTable *starts =
        wraps->len >= WRAP_MIN_LINES ? piece_starts(w, *n, first_row, last_row, join, unit) : NULL;
    for (gsize i = 0; starts && i < *n; i++) {
        if (w[i].row <= first_row || w[i].row > last_row || holds_prose_mark(&w[i]))
            continue;
        double width = wrap_width_at(wraps, &w[i]);
        gsize off = width > 0 ? wide_boundary_at(&w[i], w[i].x0 + width) : 0;
        if (off && starts_near_x(starts, w[i].x0 + width, unit) >= TIGHT_MIN_STARTS) {
            tight_cut c = {i, off, w[i].x0 + width, FALSE};
            g_array_append_val(cuts, c);
        }
    }
    if (starts)
        g_hash_table_unref(starts);
    g_array_free(wraps, TRUE);
    keep_cuts_within_width(cuts, w, *n, first_row, last_row);
    add_stacked_pair_cuts(w, *n, cuts);
    return words_cut_at(w, n, cuts);
}

/* TRUE when word i is the next cell's text that a label cell set tight
 * was cut off (see label_set_tight): it starts where the word before it on
 * its line ends, wide characters on both sides, and that word is a whole
 * label. */
static gboolean after_label_cut(const jx_layout_word *w, gsize i)
{
    if (i == 0)
        return FALSE;
    const jx_layout_word *head = &w[i - 1];
    return head->row == w[i].row && head->wide_end && w[i].wide_start && head->x1 == w[i].x0 &&
           whole_label(head->text, head->len);
}

/* Where the names' column starts, given a name starting at x: the leftmost
 * start of a piece of lines first_row..last_row within LABEL_TIGHT_SLACK
 * left of x (names placed half a character apart); NAN when a piece runs
 * across that edge. */
static double names_edge(const jx_layout_word *w, gsize n, int first_row, int last_row,
                         double join, double x, double unit)
{
    double edge = x;
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1)
        if (w[i].row >= first_row && w[i].row <= last_row && w[i].x0 < edge &&
            w[i].x0 >= x - LABEL_TIGHT_SLACK * unit - unit / 4)
            edge = w[i].x0;
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1)
        if (w[i].row >= first_row && w[i].row <= last_row && w[i].x0 < edge &&
            w[piece_end(w, n, i, join)].x1 > edge)
            return NAN;
    return edge;
}

/* TRUE when word i opens a name set one space after a short label whole
 * (`数量 改造老旧小区建筑面积`: the level-2 column narrower than 数量指标,
 * its label wrapped `数量` / `指标`).  A wrapped label's line that is no
 * label whole (`服务对象满意度指`) is left to split_squeezed_columns: its
 * column may be the page's first, the names' edge none of its own. */
static gboolean name_after_label(const jx_layout_word *w, gsize n, gsize i, double join)
{
    if (i == 0 || w[i - 1].row != w[i].row || same_piece(&w[i - 1], &w[i], join) ||
        !(squeezed_after(w, i, join) ||
          (w[i].x0 - w[i - 1].x1 < join && latin_after_label(&w[i - 1], &w[i]))))
        return FALSE;
    gsize head = i - 1;
    while (head > 0 && same_piece(&w[head - 1], &w[head], join))
        head--;
    gsize e = piece_end(w, n, i, join);
    char *label = piece_text(w, head, i - 1), *name = piece_text(w, i, e);
    gboolean pair = whole_label(label, strlen(label)) && !label_fragment(w, i, e) &&
                    !whole_label(name, strlen(name));
    g_free(label);
    g_free(name);
    return pair;
}

/* A label cell set tight is the edge of the names' column where it was
 * cut: on a page the break left a line or two of a group, the one other
 * name starting there leaves no valley between the label and the names,
 * and the two would share a column (one cell `服务对象满意度指标 社会公众满意度`).
 * A short label whole set one space before the group's first name
 * (`数量 改造老旧小区建筑面积`) on such a page is the same edge: the
 * squeezed pairs that part a column (split_squeezed_columns) need more
 * lines than the page holds.  The column holding both is parted where the
 * names start (names_edge), unless a piece of the body runs across it. */
static void split_at_label_cuts(const jx_layout_word *w, gsize n, int first_row, int last_row,
                                double join, double unit, GArray *cols)
{
    for (gsize i = 1; i < n; i++) {
        if (w[i].row < first_row || w[i].row > last_row ||
            !(after_label_cut(w, i) || name_after_label(w, n, i, join)))
            continue;
        double x = names_edge(w, n, first_row, last_row, join, w[i].x0, unit);
        for (guint c = 0; c < cols->len && !isnan(x); c++) {
            span *col = &g_array_index(cols, span, c);
            if (w[i - 1].x0 < col->a || x >= col->b)
                continue;
            if (x > col->a && x >= w[i - 1].x1) {
                span right = {x, col->b};
                col->b = x;
                g_array_insert_val(cols, c + 1, right);
            }
            break;
        }
    }
}

/* TRUE when [x0, x1) overlaps no column of `cols`. */
static gboolean clear_of_columns(const GArray *cols, double x0, double x1)
{
    for (guint c = 0; c < cols->len; c++) {
        const span *s = &g_array_index(cols, span, c);
        if (x0 < s->b && x1 > s->a)
            return FALSE;
    }
    return TRUE;
}

/* A layout dump may set a page's level-1 labels in a column no body line
 * has text in (效益指标 once for a run of rows, each row's other cells on
 * lines of their own): the valleys find no column there, and the label
 * would go to the nearest one (the row numbers' or the level-2 labels').
 * A level-1 label whole standing clear of every column, between two of
 * them, with more of its row on its line, is a column of its own (pieces
 * of such labels that overlap one another share it).  A label alone on its
 * line is left to the label resolver: the last piece of a label the page
 * break cut says nothing of the page's columns. */
static void add_level1_columns(const jx_layout_word *w, gsize n, double join, GArray *cols)
{
    if (cols->len < 2)
        return;
    double lo = g_array_index(cols, span, 0).a, hi = g_array_index(cols, span, cols->len - 1).b;
    guint found = cols->len;
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1) {
        gsize e = piece_end(w, n, i, join);
        double x0 = w[i].x0, x1 = w[e].x1;
        gboolean row_goes_on = e + 1 < n && w[e + 1].row == w[i].row;
        if (x0 <= lo || x1 >= hi || !row_goes_on || !piece_is_level1(w, i, e))
            continue;
        gboolean merged = FALSE;
        for (guint c = found; c < cols->len && !merged; c++) {
            span *s = &g_array_index(cols, span, c);
            if (x0 < s->b && x1 > s->a) {
                s->a = MIN(s->a, x0);
                s->b = MAX(s->b, x1);
                merged = TRUE;
            }
        }
        if (merged || !clear_of_columns(cols, x0, x1))
            continue;
        span s = {x0, x1};
        g_array_append_val(cols, s);
    }
    if (cols->len > found)
        g_array_sort(cols, cmp_span);
}

/* A narrow label column whose cells wrap (`数量指` over `标`, `社会效` over
 * `益指标`) is centred by the converter line by line: a layout dump starts
 * the pieces of one cell a character or two apart from another's, and the
 * column's starts part it in two touching columns, the wrapped pieces of
 * some rows in the second (which then read as part of the name).  Two
 * touching columns that no line of the body fills both of, both holding
 * short pieces of no level-1 label, the first the header's label word (the
 * column it names), one of them nothing but wrapped labels' lines, the last
 * line of one among them, are one.  (Two columns of whole labels, level 1
 * and level 2 on lines of their own, stay two.)  A PDF's glyphs stand where
 * they were drawn, centred or not: a dump's only. */

/* TRUE when the piece of words [i, e] is a wrapped label's line and no
 * label whole (`数量指`, `标`; not `数量指标`). */
static gboolean wrapped_label_line(const jx_layout_word *w, gsize i, gsize e)
{
    if (!label_fragment(w, i, e))
        return FALSE;
    char *text = piece_text(w, i, e);
    gboolean whole = jx_taxonomy_level1(text) || jx_taxonomy_level2(NULL, text);
    g_free(text);
    return !whole;
}

/* The most characters of a line of a narrow label column's cell: a
 * column wrapping its labels three or four characters a line. */
#define LABEL_LINE_MAX_CHARS 5

/* TRUE when the piece of words [i, e] may stand in a narrow level-2
 * column: LABEL_LINE_MAX_CHARS characters at most (no name) and no level-1
 * label nor its first line (产出, 效益指: the column left of it). */
static gboolean level2_column_piece(const jx_layout_word *w, gsize i, gsize e)
{
    char *text = piece_text(w, i, e);
    char *head1 = jx_taxonomy_label_headed(text, 1);
    gboolean fits = g_utf8_strlen(text, -1) <= LABEL_LINE_MAX_CHARS && !head1 &&
                    !jx_taxonomy_level1(text);
    g_free(head1);
    g_free(text);
    return fits;
}

/* TRUE when the piece of words [i, e] is a label column's header word or
 * its opening (`二级指`, a narrow column's wrap). */
static gboolean label_head_piece(const jx_layout_word *w, gsize i, gsize e)
{
    char *text = piece_text(w, i, e);
    gboolean head = jx_taxonomy_opens_label_head(text, NULL);
    g_free(text);
    return head;
}

/* TRUE when the piece of words [i, e] ends a wrapped label (`标`, `益指标`). */
static gboolean label_tail_piece(const jx_layout_word *w, gsize i, gsize e)
{
    char *text = piece_text(w, i, e);
    gboolean tail = jx_taxonomy_label_tail(text);
    g_free(text);
    return tail;
}

/* TRUE when some body line has a piece in column c and one in column c + 1,
 * a piece in either may stand in no level-2 column (a name, a level-1
 * label), column c holds no label header's piece, or neither holds nothing
 * but wrapped labels' lines, a label's last line among them. */
static gboolean columns_not_one_label(const jx_layout_word *w, gsize n, int first_row,
                                      int last_row, double join, const GArray *cols, int c)
{
    int row = -1;
    gboolean left = FALSE, right = FALSE, other_left = FALSE, other_right = FALSE;
    gboolean tail_left = FALSE, tail_right = FALSE, headed = FALSE;
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1) {
        gsize e = piece_end(w, n, i, join);
        if (w[i].row < first_row || w[i].row > last_row)
            continue;
        if (w[i].row != row) {
            row = w[i].row;
            left = right = FALSE;
        }
        int col = column_of_word(cols, w[i].x0, w[e].x1);
        if (col != c && col != c + 1)
            continue;
        gboolean line = wrapped_label_line(w, i, e);
        if (!level2_column_piece(w, i, e))
            return TRUE;
        headed |= col == c && label_head_piece(w, i, e);
        other_left |= col == c && !line;
        other_right |= col == c + 1 && !line;
        if (line && label_tail_piece(w, i, e)) {
            tail_left |= col == c;
            tail_right |= col == c + 1;
        }
        left |= col == c;
        right |= col == c + 1;
        if (left && right)
            return TRUE;
    }
    gboolean wrapped_only = (!other_left && tail_left) || (!other_right && tail_right);
    return !headed || !wrapped_only;
}

/* TRUE when the piece of words [i, e] is one Han character: a line of a
 * label stacked a character a line in a column one character wide. */
static gboolean stacked_character_piece(const jx_layout_word *w, gsize i, gsize e)
{
    char *text = piece_text(w, i, e);
    gboolean one = g_utf8_strlen(text, -1) == 1 &&
                   g_unichar_get_script(g_utf8_get_char(text)) == G_UNICODE_SCRIPT_HAN;
    g_free(text);
    return one;
}

/* The widest gap between the two pieces of a split one-character column:
 * the display column pdftotext rounds a glyph's x to, one more or less, is
 * a character apart when counted in characters. */
#define STACKED_SPLIT_GAP 1.0

/* The fewest stacked characters each piece of a split one-character label
 * column holds: a label's two characters, not a stray glyph. */
#define STACKED_PIECE_MIN 2

/* TRUE when columns c and c + 1 are one label column a character wide that
 * a dump set at two positions from line to line (pdftotext rounds the same
 * glyph x to one display column or the next): no body line has a piece in
 * both, every piece in either is one Han character, each holds at least
 * STACKED_PIECE_MIN, and one holds a label header's piece (`二` of 二级指标
 * stacked; the header may stand in either).  A stacked header set a
 * character beside its cells (`一` / `级` left of `产` / `出`) is joined so
 * too: it is the same column, and its cells take its name.  Single
 * characters are not weighed as labels: `效`, `满` open level-1 labels and
 * a stacked level-2 label (社会效益指标) holds them. */
static gboolean stacked_column_split(const jx_layout_word *w, gsize n, int first_row,
                                     int last_row, double join, const GArray *cols, int c)
{
    int row = -1, count[2] = {0, 0};
    gboolean left = FALSE, right = FALSE, headed = FALSE;
    for (gsize i = 0; i < n; i = piece_end(w, n, i, join) + 1) {
        gsize e = piece_end(w, n, i, join);
        int col = column_of_word(cols, w[i].x0, w[e].x1);
        if (col != c && col != c + 1)
            continue;
        /* the header's lines above the body name the column */
        headed |= w[i].row <= last_row && label_head_piece(w, i, e);
        if (w[i].row < first_row || w[i].row > last_row)
            continue;
        if (w[i].row != row) {
            row = w[i].row;
            left = right = FALSE;
        }
        if (!stacked_character_piece(w, i, e))
            return FALSE;
        count[col - c]++;
        left |= col == c;
        right |= col == c + 1;
        if (left && right)
            return FALSE;
    }
    return headed && count[0] >= STACKED_PIECE_MIN && count[1] >= STACKED_PIECE_MIN;
}

/* Joins each such pair of columns (see columns_not_one_label), and each
 * one-character label column split in two (see stacked_column_split). */
static void join_alternating_label_columns(const jx_layout_word *w, gsize n, int first_row,
                                           int last_row, double join, double unit, GArray *cols)
{
    for (guint c = 0; c + 1 < cols->len;) {
        span *l = &g_array_index(cols, span, c), *r = &g_array_index(cols, span, c + 1);
        gboolean alternating =
            r->a <= l->b && !columns_not_one_label(w, n, first_row, last_row, join, cols, (int)c);
        /* a pair joined as alternating is not read again as a split stack */
        gboolean stacked = !alternating && r->a - l->b <= STACKED_SPLIT_GAP * unit &&
                           stacked_column_split(w, n, first_row, last_row, join, cols, (int)c);
        if (alternating || stacked) {
            l->b = r->b;
            g_array_remove_index(cols, c + 1);
        }
        c++; /* a column joined is whole: it takes no third */
    }
}

jx_grid *jx_layout_grid(jx_layout_word *words, gsize n, int n_rows, const int *row_lines, int page,
                        double join, double unit, double *alignment)
{
    return jx_layout_grid_carried(words, n, n_rows, row_lines, page, join, unit, NULL, NULL,
                                  FALSE, alignment);
}

void jx_layout_carry_clear(jx_layout_carry *carry)
{
    if (carry->cols)
        g_array_free(carry->cols, TRUE);
    if (carry->held)
        g_string_free(carry->held, TRUE);
    if (carry->held_lines)
        g_array_free(carry->held_lines, TRUE);
    if (carry->unmoved)
        g_hash_table_unref(carry->unmoved);
    memset(carry, 0, sizeof *carry);
}

/* A page holding two header lines whose label header words (一级指标,
 * 二级指标, 三级指标, whole) stand more than HEAD_SHIFT characters apart
 * holds two tables laid out each by its own content (a table's rest under
 * its repeated header, then a second project's table under its own): no one
 * set of carried columns is both's, and the page is read by its own. */
#define HEAD_SHIFT 1.0

static gboolean heads_shifted(const jx_layout_word *w, gsize n, double join, double unit)
{
    GArray *heads = g_array_new(FALSE, FALSE, sizeof(head_piece));
    gboolean shifted = FALSE;
    for (gsize i = 0; i < n && !shifted; i = piece_end(w, n, i, join) + 1) {
        gsize e = piece_end(w, n, i, join);
        head_piece h = {w[i].x0, w[e].x1, w[i].row, label_head_index(w, i, e)};
        gsize len = (gsize)(w[e].text + w[e].len - w[i].text);
        if (h.head <= 0 || g_utf8_strlen(w[i].text, (gssize)len) < 4)
            continue;
        for (guint k = 0; k < heads->len && !shifted; k++) {
            const head_piece *o = &g_array_index(heads, head_piece, k);
            shifted = o->head == h.head && o->row != h.row &&
                      fabs(o->x0 - h.x0) > HEAD_SHIFT * unit;
        }
        g_array_append_val(heads, h);
    }
    g_array_free(heads, TRUE);
    return shifted;
}

/* How near (in units of x) to a carried column's start a word must start to
 * stand at it: a layout dump's columns drift a character or two with the
 * wide characters of a line. */
#define CARRIED_PART_SLACK 2.0
/* The fewest characters of the text before that edge: a narrow label
 * column holds a few characters of its label a line beside the name
 * (`社会 受益居民户数`), which the labels' reading takes off the cell's
 * front; a whole label's, task's or name's text filling its column
 * (`生态效益指标`) is longer. */
#define CARRIED_PART_MIN_CHARS 5
/* The lines that must show a column's edge where the page before had it
 * before it parts one of this page's columns: one line may be a cell's
 * own words set one space apart. */
#define CARRIED_PART_MIN_LINES 2

/* How many body lines of `w` hold two words of wide characters one space
 * apart (closer than `join`) inside own column `own`, the first of
 * CARRIED_PART_MIN_CHARS at least, the second starting at `x` (give or take
 * CARRIED_PART_SLACK units). */
static int lines_parted_at(const jx_layout_word *w, gsize n, int first_row, int last_row,
                           double join, double unit, const span *own, double x)
{
    int lines = 0, last_row_counted = -1;
    for (gsize i = 1; i < n; i++) {
        const jx_layout_word *a = &w[i - 1], *b = &w[i];
        if (b->row != a->row || b->row < first_row || b->row > last_row ||
            b->row == last_row_counted)
            continue;
        if (b->x0 - a->x1 >= join || !a->wide_end || !b->wide_start || a->x0 < own->a ||
            b->x1 > own->b || fabs(b->x0 - x) > CARRIED_PART_SLACK * unit ||
            g_utf8_strlen(a->text, (gssize)a->len) < CARRIED_PART_MIN_CHARS)
            continue;
        lines++;
        last_row_counted = b->row;
    }
    return lines;
}

/* Parts this page's columns `cols` where the columns the page before
 * carried start inside one of them and CARRIED_PART_MIN_LINES lines show
 * that edge (see lines_parted_at).  A row whose text fills its cells
 * (pdftotext -layout of a spreadsheet's narrow columns: `培育新型农业经营主体
 * 和高素质农 服务对象满意度`) sets the next cell one space on; a page of a
 * few such rows shows no valley between the two columns, which the page
 * before, whose columns its rows no longer fit (a shorter value column
 * moves the rest), showed. */
static void part_at_carried_starts(const jx_layout_word *w, gsize n, int first_row,
                                   int last_row, double join, double unit, const GArray *carried,
                                   GArray *cols)
{
    for (guint k = 1; k < carried->len; k++) {
        double x = g_array_index(carried, span, k).a;
        for (guint c = 0; c < cols->len; c++) {
            span *own = &g_array_index(cols, span, c);
            if (!(own->a + CARRIED_PART_SLACK * unit < x && x < own->b))
                continue;
            if (lines_parted_at(w, n, first_row, last_row, join, unit, own, x) >=
                CARRIED_PART_MIN_LINES) {
                span right = {x, own->b};
                own->b = x;
                g_array_insert_val(cols, c + 1, right);
            }
            break;
        }
    }
}

/* Lines of the body (first_row..last_row) that must set a piece across a
 * gap between two carried columns before the page counts as laid out
 * afresh: one line may be a cell spanning columns (a note, a text target
 * over 计算符号 | 目标值). */
#define CARRIED_CROSSING_MIN_LINES 2
/* Body lines a page must have before its own columns, found from its own
 * valleys, outweigh the carried ones: a page's tail of a few rows shows
 * few valleys, its own columns join several of the table's, and a word
 * over a carried gap there is a page set a few characters off (pdftotext
 * sets each page by its own left edge), not one laid out anew. */
#define AFRESH_MIN_BODY_LINES 8

/* Body lines of `w` (first_row..last_row) holding a word that overlaps two
 * neighbouring columns of `cols`, over the gap between them: a page laid
 * out by the page before's columns keeps each cell's text inside its cell,
 * left of where the next column's text starts there.  (Words, not pieces:
 * two cells one space apart make one piece.) */
static int lines_across_gaps(const GArray *cols, const jx_layout_word *w, gsize n,
                             int first_row, int last_row)
{
    int lines = 0, last_counted = -1;
    for (gsize i = 0; i < n; i++) {
        if (w[i].row < first_row || w[i].row > last_row || w[i].row == last_counted)
            continue;
        for (guint k = 0; k + 1 < cols->len; k++) {
            const span *l = &g_array_index(cols, span, k), *r = &g_array_index(cols, span, k + 1);
            if (w[i].x0 < l->b && w[i].x1 > r->a) {
                lines++;
                last_counted = w[i].row;
                break;
            }
        }
    }
    return lines;
}

/* TRUE when the carried columns `carried` are not this page's though they
 * fit its words: CARRIED_CROSSING_MIN_LINES body lines set a word across
 * a gap between two of them, none across a gap of the page's own columns
 * `own`.  A browser's print lays each page out by its own text (each
 * character one place in the dump): a continued page's columns stand
 * elsewhere, and a name column wider than the page before's level-2
 * column runs over the gap after it (Chromium's dept forms: the names of
 * a page after the break read as work items, its work items as labels). */
static gboolean laid_out_afresh(const GArray *carried, const GArray *own,
                                const jx_layout_word *w, gsize n, int first_row, int last_row)
{
    return own->len && last_row - first_row + 1 >= AFRESH_MIN_BODY_LINES &&
           lines_across_gaps(own, w, n, first_row, last_row) == 0 &&
           lines_across_gaps(carried, w, n, first_row, last_row) >= CARRIED_CROSSING_MIN_LINES;
}

/* A continued page may show a column the page before left empty: a row
 * header merged down the table's rows (年度绩效指标, 产出及效益指标, a
 * character a line) whose text a browser sets only on the page the merged
 * cell's middle falls on.  Its words stand wholly left of the first carried
 * column, the carried columns fit none of them, and the page was read by
 * its own columns, one more than the page before's: every label a column
 * right of where the table's header names it (wkhtml-web bureau b0035's
 * 质量指标 read as names, its rows given the next level-1).  Such a page
 * is read by the carried columns with the first widened left over those
 * words, as if the row header's text had stood in it (its pieces are known
 * as such where labels are read).  Words in a gap between two carried
 * columns, over neither, are allowed up to this share of the body lines: a
 * cell wider than any the page before set in its column (a text target or
 * a date over 目标值 | 单位, chromium-web bureau b0015's 有所改善). */
#define WIDENED_GAP_WORD_SHARE 0.1

/* A copy of `carried` whose first column reaches left over the body words
 * (rows first_row..last_row) that stand wholly left of it; NULL when no word
 * stands left of it or one starts left of it and reaches into it. */
static GArray *widened_first_column(const GArray *carried, const jx_layout_word *w, gsize n,
                                    int first_row, int last_row)
{
    if (!carried->len)
        return NULL;
    double a = g_array_index(carried, span, 0).a, least = a;
    for (gsize i = 0; i < n; i++) {
        if (w[i].row < first_row || w[i].row > last_row || w[i].x0 >= a)
            continue;
        if (w[i].x1 > a)
            return NULL;
        least = MIN(least, w[i].x0);
    }
    if (least >= a)
        return NULL;
    GArray *out = g_array_sized_new(FALSE, FALSE, sizeof(span), carried->len);
    g_array_append_vals(out, carried->data, carried->len);
    g_array_index(out, span, 0).a = least;
    return out;
}

/* TRUE when the body words of `w` (rows first_row..last_row) read by `cols`
 * put no two pieces of a line in one column and stand over none of them (in
 * a gap) on WIDENED_GAP_WORD_SHARE of the body lines at most.  (Two pieces
 * in the widened column: the row header beside a level-1 label stacked a
 * character a line, which one column would run together.) */
static gboolean widened_columns_fit(const GArray *cols, const jx_layout_word *w, gsize n,
                                    double join, int first_row, int last_row)
{
    int in_gaps = 0, last = -1;
    for (gsize i = 0; i < n; i++) {
        if (w[i].row < first_row || w[i].row > last_row)
            continue;
        int misfit = word_misfit(cols, w, i, join, &last);
        if (misfit & MISFIT_SHARED)
            return FALSE;
        in_gaps += (misfit & MISFIT_GAP) != 0;
    }
    return in_gaps <= WIDENED_GAP_WORD_SHARE * (last_row - first_row + 1);
}

/* The columns a continued page is read by when the carried columns `carried`,
 * which do not fit its words, do with the first widened over a column of
 * the page's own left of them (see WIDENED_GAP_WORD_SHARE): a new array, or
 * NULL. */
static GArray *carried_with_row_header(const GArray *carried, const jx_layout_word *w, gsize n,
                                       double join, int first_row, int last_row)
{
    GArray *widened = widened_first_column(carried, w, n, first_row, last_row);
    if (widened && !widened_columns_fit(widened, w, n, join, first_row, last_row))
        g_clear_pointer(&widened, g_array_unref);
    return widened;
}

/* Lines of a joined label's wrapped rest a tall row's name may stand
 * under, below the line of its number (a 指标类型 cell wraps to two or
 * three lines; more would be another cell's text). */
#define NUMBER_LABEL_MAX_TAILS 3

/* TRUE when normalized `text` is a known level-1 label, a joiner
 * (jx_taxonomy_label_joiners) and the opening of a level-2 label, two
 * characters or more (jx_taxonomy_opens_label: `效益指标—可持续` opens
 * more than one, and is a label's head all the same). */
static gboolean opens_joined_label(const char *text)
{
    gsize n;
    jx_taxonomy_label_joiners(&n);
    for (gsize k = 0; k < n; k++) {
        const char *rest;
        const char *code = jx_taxonomy_joined_head(text, k, &rest);
        if (rest) /* the first joiner the text holds decides */
            return code && jx_taxonomy_opens_label(rest, 2);
    }
    return FALSE;
}

/* TRUE when words [a, e] read as one text are a level-1 and a level-2
 * label joined in one cell, or that cell's first line
 * (jx_taxonomy_joined_label, opens_joined_label: `产出指标—数量指`). */
static gboolean joined_label_words(const jx_layout_word *w, gsize a, gsize e)
{
    GString *text = g_string_new(NULL);
    for (gsize k = a; k <= e; k++)
        g_string_append_len(text, w[k].text, (gssize)w[k].len);
    char *norm = g_strstrip(jx_norm_text(text->str));
    gboolean joined = jx_taxonomy_joined_label(norm) || opens_joined_label(norm);
    g_free(norm);
    g_string_free(text, TRUE);
    return joined;
}

/* The line after the one starting at word `a` (words sorted by line) when
 * it is the very next line of the table, else `n`. */
static gsize next_line_at(const jx_layout_word *w, gsize n, gsize a)
{
    gsize b = line_end(w, n, a);
    return b < n && w[b].row == w[a].row + 1 ? b : n;
}

/* Where the name line of the tall row numbered on the line starting at word
 * `a` starts, or `n`: line a is one piece, a row number and, one space
 * after it, a joined label's first line (joined_label_words), its rest
 * under it on one to NUMBER_LABEL_MAX_TAILS lines of one piece inside the
 * label's extent, and the next line has two pieces or more, all right of
 * the label's start, opening with wide text (the row's name and targets;
 * no number of its own, no figure's wrapped rest).  A number set apart
 * from a whole label is a row's line LibreOffice's PDFs set so: their
 * rows read it. */
static gsize name_line_under_number(const jx_layout_word *w, gsize n, gsize a, double join)
{
    gsize b = line_end(w, n, a);
    if (b - a < 2 || !row_number(&w[a]) || piece_end(w, n, a, join) != b - 1 ||
        !joined_label_words(w, a + 1, b - 1))
        return n;
    double from = w[a + 1].x0 - join, to = w[b - 1].x1 + join;
    gsize k = next_line_at(w, n, a);
    for (int tails = 0; k < n; tails++, k = next_line_at(w, n, k)) {
        gsize e = line_end(w, n, k);
        gboolean one_piece = piece_end(w, n, k, join) == e - 1;
        if (w[k].x0 < from)
            return n; /* a number or a label column's text of its own */
        if (!one_piece)
            return tails > 0 && w[k].wide_start && w[k].x0 > w[a + 1].x0 + join ? k : n;
        if (tails == NUMBER_LABEL_MAX_TAILS || w[e - 1].x1 > to)
            return n;
    }
    return n;
}

/* Moves a tall row's number from its label's line down to its name's.
 * Chromium centres the 序号 cell of a tall row and the joined label merged
 * down its group (`产出指标—数量指` / `标` in a narrow 指标类型 column) on
 * one line, one space apart, and sets the row's name and targets at its
 * top or under them: `2 产出指标—数量指` / `标` / `巩固提升受益人口  =6.1万人`
 * (chromium-writer-layout variant v0056, v0009).  Left there, the number
 * joins the label into one column with it, or makes the label's lines a
 * row of their own with no name, and the group's rows lose the label.  A
 * number moved to the line of the name under it (see
 * name_line_under_number) leaves the label a centred cell between rows.
 * Linear in the words; re-sorts them by line only when one moved. */
static void numbers_down_to_names(jx_layout_word *w, gsize n, double join)
{
    gboolean moved = FALSE;
    for (gsize a = 0; a < n; a = line_end(w, n, a)) {
        if (!row_number(&w[a]))
            continue;
        gsize name = name_line_under_number(w, n, a, join);
        if (name < n) {
            w[a].row = w[name].row;
            moved = TRUE;
        }
    }
    if (moved)
        qsort(w, n, sizeof *w, cmp_word);
}

jx_grid *jx_layout_grid_carried(jx_layout_word *words, gsize n, int n_rows, const int *row_lines,
                                int page, double join, double unit, const GArray *carried,
                                GArray *used, gboolean positioned, double *alignment)
{
    jx_grid *grid = jx_grid_new();
    qsort(words, n, sizeof *words, cmp_word);
    numbers_down_to_names(words, n, join);
    mark_after_figure(words, n, join);
    mark_op_in_column(words, n, join, unit, !positioned);
    mark_seq_heads(words, n, join);
    counted_seq_heads(words, n, join);
    mark_seq_after_word(words, n, join);
    int first_row, last_row, body;
    int *pieces = g_new0(int, n_rows + 1);
    gboolean *prose = g_new0(gboolean, n_rows + 1);
    int full = fullest_pieces(words, n, n_rows, join, pieces, &first_row, &last_row, &body);
    /* readings are compared on the words as they stand, before any cut */
    *alignment = piece_alignment(words, n, join, unit);
    jx_layout_word *cut = positioned
                              ? cut_tight_cells(words, &n, first_row, last_row, join, unit)
                              : cut_wrapped_cells(words, &n, first_row, last_row, join, unit);
    if (cut) {
        words = cut; /* freed below; the parts borrow the caller's texts */
        mark_after_figure(words, n, join);
        mark_op_in_column(words, n, join, unit, !positioned);
        mark_seq_heads(words, n, join);
        counted_seq_heads(words, n, join);
        mark_seq_after_word(words, n, join);
        memset(pieces, 0, (n_rows + 1) * sizeof *pieces);
        full = fullest_pieces(words, n, n_rows, join, pieces, &first_row, &last_row, &body);
    }
    GArray *cols =
        find_columns(words, n, first_row, last_row, join, unit, pieces, body, positioned);
    add_level1_columns(words, n, join, cols);
    if (!positioned)
        join_alternating_label_columns(words, n, first_row, last_row, join, unit, cols);
    if (positioned) {
        split_at_label_cuts(words, n, first_row, last_row, join, unit, cols);
        split_between_label_heads(words, n, first_row, last_row, join, unit, cols);
    }
    mark_prose_lines(words, n, join, pieces, body, prose);
    int *col_of = g_new0(int, n + 1);
    /* a table whose columns are as wide as their widest text (WeasyPrint's
     * automatic layout of a table of short cells, or label columns a
     * character wide) parts every cell by the same two paddings: text placed
     * where it stood on a page, with gaps of one width, is still laid out */
    double joined = positioned ? 0 : joined_share(words, n, join, unit, first_row, last_row);
    /* gaps of one width between pieces that line up in columns are such a
     * table's (bureau forms' narrow label columns, most gaps three spaces) */
    if (joined >= JOINED_GAP_SHARE &&
        shared_start_share(words, n, join, unit, first_row, last_row) >= LINED_UP_SHARE)
        joined = 0;
    if (g_getenv("JX_LAYOUT_DEBUG"))
        g_printerr("layout: rows %d body %d-%d full %d cols %u align %.2f joined %.2f\n", n_rows,
                   first_row, last_row, full, cols->len, *alignment, joined);
    for (guint c = 0; c < cols->len && g_getenv("JX_LAYOUT_DEBUG"); c++)
        g_printerr("  col %u: %.0f-%.0f\n", c, g_array_index(cols, span, c).a,
                   g_array_index(cols, span, c).b);
    gboolean ordinal = (double)cols->len < ALIGNED_SHARE * full || joined >= JOINED_GAP_SHARE;
    gboolean fit = !ordinal && carried && columns_fit(carried, words, n, join, first_row, last_row);
    GArray *widened = !ordinal && carried && !fit ? carried_with_row_header(carried, words, n, join,
                                                                            first_row, last_row)
                                                  : NULL;
    if ((fit || widened) &&
        !(positioned && heads_shifted(words, n, join, unit)) &&
        !(!positioned && laid_out_afresh(carried, cols, words, n, first_row, last_row))) {
        const GArray *by = widened ? widened : carried;
        g_array_set_size(cols, 0);
        g_array_append_vals(cols, by->data, by->len);
    } else if (!ordinal && carried) {
        part_at_carried_starts(words, n, first_row, last_row, join, unit, carried, cols);
    }
    if (widened)
        g_array_unref(widened);
    /* a table parted by prose into sections of their own columns (a
     * self-evaluation's budget block, its indicators below) leaves no
     * columns that the next page's rows could be read by */
    gboolean parted = FALSE;
    for (int r = MAX(first_row, 0); r <= last_row && r < n_rows && !parted; r++)
        parted = prose[r];
    if (used) {
        g_array_set_size(used, 0);
        if (!ordinal && !parted)
            g_array_append_vals(used, cols->data, cols->len);
    }
    if (ordinal)
        ordinal_columns(words, n, join, col_of);
    else
        assign_by_sections(words, n, n_rows, first_row, last_row, join, unit, pieces, body,
                           prose, cols, col_of);
    g_free(pieces);
    g_free(prose);

    /* words → cells: one cell per line and column, its words joined */
    GString *cell = g_string_new(NULL);
    for (int r = 0; r < n_rows; r++)
        jx_grid_set_row_origin(grid, r, row_lines ? row_lines[r] : 0, page);
    for (gsize i = 0; i < n;) {
        int col = col_of[i];
        gsize j = i;
        g_string_truncate(cell, 0);
        while (j < n && words[j].row == words[i].row && col_of[j] == col) {
            if (cell->len)
                g_string_append_c(cell, ' ');
            g_string_append_len(cell, words[j].text, (gssize)words[j].len);
            j++;
        }
        jx_cell *c = jx_grid_add_cell(grid, words[i].row, col, 1, 1, cell->str);
        c->page = page;
        c->continues = words[i].continues;
        i = j;
    }
    g_string_free(cell, TRUE);
    g_array_free(cols, TRUE);
    g_free(col_of);
    g_free(cut);
    return grid;
}
