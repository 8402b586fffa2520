/*
 * plain.c — plain text and layout dumps, page by page: lines with tabs or
 * pipes go to the line classifier; runs of space-aligned lines are layout
 * regions, read by the positioned-words reader (layout.c); dash-ruled tables
 * go to dashed.c.
 */
#include "extract/splitter.h"
#include "normalize/normalize.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ plain text */

/* A ruled table opens on a line whose first mark is a rule or a bar, and
 * not inside a pipe table (whose separator may be `|---+---|`). */
static gboolean may_open_ruled(const splitter *sp, const char *p, const char *end)
{
    if (sp->family == FAMILY_PIPE && sp->run->len > 0)
        return FALSE;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    return p < end && (*p == '+' || *p == '|' ||
                       (end - p >= 3 && (guchar)p[0] == 0xE2 &&
                        ((guchar)p[1] == 0x94 || (guchar)p[1] == 0x95)));
}

/* TRUE when a dash-ruled table may start at `p`: after a blank line or at
 * the start of the text, or on a line of dashes. */
static gboolean may_open_dashed(const char *p, const char *end, gboolean after_blank)
{
    while (p < end && *p == ' ')
        p++;
    return after_blank || (p < end && *p == '-');
}

/* One line of a page, and what it looks like. */
typedef struct {
    const char *s;
    gsize n;
    int line;
    row_kind kind;   /* as jx_split_classify() sees it */
    int offset;      /* display column of its first piece */
    int width;       /* display columns from its first piece to its end */
    gboolean furniture; /* a page number */
    gboolean joined;    /* one piece, but one space parts two wide characters in it,
                           or a wide character and a figure */
    gboolean blank;     /* only white space (jx_split_is_blank): the page's
                           reading asks it of a line several times over */
} page_line;

/* A layout region's single-piece lines: a wrapped cell's continuation or a
 * header part is indented or short; a paragraph or note at the margin is
 * longer than this (display columns). */
#define SHORT_PIECE_COLS 8
/* Blank lines a region may hold in a row: a layout dump leaves one between
 * rows; two or more stand between a table and what is not part of it (the
 * metadata block above, whose columns are not the table's). */
#define REGION_MAX_BLANKS 1
/* ... unless the page's rows stand further apart: a dump whose commonest
 * gap between two lines of several pieces is two or three blank lines
 * (wkhtmltopdf's PDFs: cell padding) holds that many between rows.  Seen at
 * least ROW_GAP_MIN_SEEN times, so a table's own gap is meant, not the
 * block above it. */
#define REGION_BLANKS_CAP 3
#define ROW_GAP_MIN_SEEN 4
/* A header row may stand further from the first row below it than the rows
 * stand apart (a browser's padded header cells, a spreadsheet's taller
 * header row): after a region's first line of several pieces, one blank
 * line more than between rows. */
#define HEADER_EXTRA_BLANKS 1
/* A dense table — its lines set one under the other, no blank between most
 * of them (a spreadsheet's PDF: Calc sets rows tight) — leaves blank lines
 * only where a tall row's padding falls, and that can be one more than
 * REGION_MAX_BLANKS (under a deviation text wrapped over four lines).
 * Such a run goes on under a padded row's end when a line of several
 * pieces follows it (see padded_gap): dense means more of the region's
 * lines followed a line of text than a blank so far, on a page whose rows
 * stand REGION_MAX_BLANKS apart at most.  (Target tables' dumps join such
 * parts worse: their rows' ends are no sentences.) */
#define DENSE_EXTRA_BLANKS 1
/* ... as may a header of several lines of several pieces, when the region
 * opens with no more lines than a header wraps over (a padded browser
 * dump's `绩效指标` / `序` / `年度指标值` / `号 一级指` / `二级指标` / `标`); a
 * longer first run is rows set line under line. */
#define HEADER_MAX_LINES 6
/* A padded browser dump (wkhtmltopdf) rounds its rows' padding to whole
 * lines unevenly: now and then a row (a tall one, most often) stands one
 * blank line further from the next than the page's rows' gap.  A region
 * holds that one more: only on a page whose rows are parted by blank lines
 * (at least ROW_GAP_MIN_SEEN runs of its rows' gap; a dump that sets rows
 * line under line leaves a longer gap only where a page or a table
 * breaks) and that shows the longer gap at least ROW_GAP_LONGER_MIN_SEEN
 * times (once is as likely a break between tables, or a tall row that
 * Chromium sets so), and not across a page number nor after a paragraph
 * (a metadata block's 年度目标, a sentence ended, above the table). */
#define ROW_GAP_EXTRA_BLANKS 1
#define ROW_GAP_LONGER_MIN_SEEN 2
/* The marks that end a sentence: a paragraph's, rarely a table cell's. */
static const char *const SENTENCE_ENDS[] = {"。", "；"};
/* A region is a table when this many of its lines have several pieces. */
#define REGION_MIN_MULTI 2
/* Preceding single-piece lines that may belong to a region's header. */
#define REGION_MAX_LEAD 2
/* Lines more a continued page's first row set one space apart (see
 * page_opens_on_joined_row) may lead its region by: its target alone on the
 * line below and its work item's wrapped tail under that. */
#define JOINED_OPENER_LEAD 2
/* The header words of a target table's row-number and label columns
 * (jx_taxonomy_label_heads): in narrow columns they wrap, and their first
 * lines make one line of pieces one space apart at the margin (`序号 一级指`,
 * `一级 二级指`). */
/* The fewest characters of a header word such a line's piece holds: one
 * character alone (`标`) says nothing. */
#define LABEL_HEAD_MIN_CHARS 2
/* The fewest such pieces on the line: one word alone may be a heading. */
#define LABEL_HEAD_MIN_PIECES 2

/* Page furniture: see jx_norm_is_page_number. */
static gboolean is_page_number(const char *s, gsize n)
{
    char *line = g_strndup(s, n);
    gboolean yes = jx_norm_is_page_number(line);
    g_free(line);
    return yes;
}

/* TRUE when the text at p (before `end`) opens with a wide character. */
static gboolean opens_wide(const char *p, const char *end)
{
    int bytes;
    return jx_text_char_width(p, end, &bytes) > 1;
}

/* TRUE when the word at p (up to a space or `end`) is a target: a
 * comparison sign and what follows, or a figure ending in its unit (`77台`,
 * `≥1,070元/人`); a bare amount (`27,991.00`, a metadata row's) is not. */
static gboolean target_word(const char *p, const char *end)
{
    gunichar first = g_utf8_get_char_validated(p, end - p);
    if (jx_norm_is_op_sign(first))
        return TRUE;
    if (!g_unichar_isdigit(first))
        return FALSE;
    gboolean last_wide = FALSE;
    for (const char *q = p; q < end && *q != ' ';) {
        int bytes;
        last_wide = jx_text_char_width(q, end, &bytes) > 1;
        q += bytes;
    }
    return last_wide;
}

/* TRUE when one space stands in s[0..n) between a wide character and text
 * that `after` accepts (given the text after the space and `end`). */
static gboolean wide_space_then(const char *s, gsize n,
                                gboolean (*after)(const char *p, const char *end))
{
    const char *end = s + n;
    gboolean prev_wide = FALSE;
    for (const char *p = s; p < end;) {
        int bytes, w = jx_text_char_width(p, end, &bytes);
        if (*p == ' ' && prev_wide && p + 1 < end && p[1] != ' ' && after(p + 1, end))
            return TRUE;
        prev_wide = w > 1;
        p += bytes;
    }
    return FALSE;
}

/* TRUE when the text at p (before `end`) opens with a wide character, or
 * with a symbol marking a name (★ a key indicator: a character of Unicode's
 * other-symbol class, one column in a layout dump) right before one: the
 * first characters of a name cell (`★公共服务满意度`). */
static gboolean opens_wide_or_marked(const char *p, const char *end)
{
    gunichar c = g_utf8_get_char_validated(p, end - p);
    if (c != (gunichar)-1 && c != (gunichar)-2 && g_unichar_type(c) == G_UNICODE_OTHER_SYMBOL) {
        const char *next = g_utf8_next_char(p);
        return next < end && opens_wide(next, end);
    }
    return opens_wide(p, end);
}

/* TRUE when one space stands between two wide characters in s[0..n), or
 * between a wide character and a marked name's (opens_wide_or_marked): no
 * Chinese text spaces its words, so a layout dump set two cells that tight
 * (`培育新型农业经营主体和高素质农 高素质农民培训人数`, `加强基层医疗
 * ★公共服务满意度`). */
static gboolean has_wide_space_wide(const char *s, gsize n)
{
    return wide_space_then(s, n, opens_wide_or_marked);
}

/* TRUE when one space stands between a wide character and a target in
 * s[0..n): a name and its target set that tight (`淘汰燃煤小锅炉（县直单位）
 * 77台`, a name as wide as its column); no Chinese sentence spaces a figure
 * off the word before it. */
static gboolean has_wide_space_figure(const char *s, gsize n)
{
    return wide_space_then(s, n, target_word);
}

/* A piece's columns [from, to): display columns (a wide character counts
 * two), or characters when `chars` (how pdftotext -layout places text). */
static void piece_span(const char *line, const piece *pc, gboolean chars, int *from, int *to)
{
    if (chars) {
        *from = (int)g_utf8_strlen(line, pc->s - line);
        *to = *from + (int)g_utf8_strlen(pc->s, (gssize)pc->n);
        return;
    }
    *from = pc->offset;
    if (pc->end >= 0) { /* measured when the line was split */
        *to = pc->end;
        return;
    }
    *to = pc->offset;
    for (const char *p = pc->s, *end = pc->s + pc->n; p < end;) {
        int bytes;
        *to += jx_text_char_width(p, end, &bytes);
        p += bytes;
    }
}

static void describe_line(splitter *sp, page_line *pl)
{
    pl->kind = ROW_NONE;
    pl->offset = 0;
    pl->width = 0;
    pl->furniture = FALSE;
    pl->joined = FALSE;
    pl->blank = jx_split_is_blank(pl->s, pl->n);
    if (pl->blank)
        return;
    pl->kind = jx_split_classify(sp, pl->s, pl->n);
    if (jx_split_spaces(pl->s, pl->n, sp->pieces) > 0) {
        const piece *first = &g_array_index(sp->pieces, piece, 0);
        int from, to;
        piece_span(pl->s, &g_array_index(sp->pieces, piece, sp->pieces->len - 1), FALSE, &from,
                   &to);
        pl->offset = first->offset;
        pl->width = to - first->offset;
    }
    pl->furniture = pl->kind == ROW_NONE && is_page_number(pl->s, pl->n);
    pl->joined = pl->kind == ROW_NONE && (has_wide_space_wide(pl->s, pl->n) ||
                                          has_wide_space_figure(pl->s, pl->n));
}

/* TRUE when the line holds only white space; the line is described
 * (describe_line), as every line a page's reading looks at is. */
static gboolean line_blank(const page_line *pl)
{
    return pl->blank;
}

/* TRUE when the line's text is a known label alone: a level-1 one, or a
 * level-2 one when `level2`. */
static gboolean label_line(const page_line *pl, gboolean level2)
{
    char *text = g_strstrip(g_strndup(pl->s, pl->n));
    gboolean label = level2 ? jx_taxonomy_level2(NULL, text) != NULL
                            : jx_taxonomy_level1(text) != NULL;
    g_free(text);
    return label;
}

/* TRUE when the line's text, the blanks round it stripped, is a word the
 * vocabulary test `is` knows (jx_taxonomy_label_word: a label, or a
 * wrapped one's first or last line; jx_taxonomy_row_header_word:
 * `年度绩效指标`; jx_taxonomy_label_tail). */
static gboolean line_text_is(const page_line *pl, gboolean (*is)(const char *))
{
    char *text = g_strstrip(g_strndup(pl->s, pl->n));
    gboolean known = is(text);
    g_free(text);
    return known;
}

/* TRUE when the line's text is a level-1 label alone (满意度指标 centred on
 * a line between its rows, at the margin): a cell of the table, however
 * wide; no paragraph or note is one. */
static gboolean group_label_line(const page_line *pl)
{
    return label_line(pl, FALSE);
}

/* How a word stands to the label heads (jx_taxonomy_label_heads): not part
 * of one; the opening character alone of one (`序` of 序号 wrapped a
 * character a line: no evidence alone, as many words open so); the opening
 * (LABEL_HEAD_MIN_CHARS of it at least) or the end of one (`指标`, `标`: the
 * rest of a wrapped head). */
typedef enum { HEAD_NONE, HEAD_CHAR, HEAD_PART } head_part;

static head_part part_of_label_head(const char *word)
{
    gboolean opening = g_utf8_strlen(word, -1) >= LABEL_HEAD_MIN_CHARS;
    head_part part = HEAD_NONE;
    gsize n;
    const char *const *heads = jx_taxonomy_label_heads(&n);
    for (gsize k = 0; k < n && part != HEAD_PART; k++)
        if ((opening && g_str_has_prefix(heads[k], word)) || g_str_has_suffix(heads[k], word))
            part = HEAD_PART;
        else if (g_str_has_prefix(heads[k], word))
            part = HEAD_CHAR;
    return part;
}

/* How a word of a header's line wrapped over narrow columns stands to the
 * label heads (see part_of_label_head), the opening of a table-wide row
 * header's words (jx_taxonomy_opens_row_header) a part too: that header's
 * cell left of the label columns wraps with them (`年度绩效 一级指` over
 * `指标 标`).  Not so for a line's first word alone (opens_with_label_head):
 * 年度绩效目标 keys a metadata block's line as well. */
static head_part header_wrap_word(const char *word)
{
    head_part part = part_of_label_head(word);
    if (part != HEAD_PART && g_utf8_strlen(word, -1) >= LABEL_HEAD_MIN_CHARS &&
        jx_taxonomy_opens_row_header(word))
        part = HEAD_PART;
    return part;
}

/* TRUE when single-piece line `pl` is a line of a header wrapped over
 * narrow label columns: words one space apart, each the start or the rest
 * of a row-number or label column's header word (see part_of_label_head:
 * `序号 一级指`, `一级 二级指`, `指标 指标`, `序 一级 二级指`), at least
 * LABEL_HEAD_MIN_PIECES of them more than an opening character.  Wider
 * than a short piece and at the margin, it read as a heading above the
 * table or as text outside it, and the table lost the header of its first
 * columns. */
static gboolean label_heads_words(const page_line *pl);

static gboolean label_heads_line(const page_line *pl)
{
    return pl->kind == ROW_NONE && pl->joined && label_heads_words(pl);
}

/* TRUE when the words of `pl` (however far apart) are each the start or
 * the rest of a label column's header word, LABEL_HEAD_MIN_PIECES of them
 * more than an opening character (see label_heads_line). */
static gboolean label_heads_words(const page_line *pl)
{
    /* NFKC: a PDF's text may spell 一 and 二 as Kangxi radicals */
    char *text = g_utf8_normalize(pl->s, (gssize)pl->n, G_NORMALIZE_NFKC);
    if (!text)
        return FALSE;
    char **words = g_strsplit(g_strstrip(text), " ", -1);
    int heads = 0;
    gboolean all = TRUE;
    for (char **w = words; *w && all; w++)
        if (**w) {
            head_part part = header_wrap_word(*w);
            all = part != HEAD_NONE;
            heads += part == HEAD_PART;
        }
    g_strfreev(words);
    g_free(text);
    return all && heads >= LABEL_HEAD_MIN_PIECES;
}

/* A single-piece line that may stand inside a layout table: short, or
 * indented past the margin and no wider than a cell (a paragraph's first
 * line is indented too, but runs the width of the page), or a group label
 * alone. */
static gboolean may_continue(const page_line *pl, int margin, int table_width)
{
    return pl->kind == ROW_NONE && !line_blank(pl) && !pl->furniture &&
           (pl->width <= SHORT_PIECE_COLS ||
            (pl->offset > margin + 1 && pl->width <= table_width / 2) || group_label_line(pl));
}

/* TRUE when a line inside a layout table, after its first line of several
 * pieces, is a level-2 label alone at the margin (`经济成本指标` centred on
 * a line of its own under the level-1 label above it): a cell, however
 * wide, as a level-1 label alone is (a text of one cell a line, a
 * word processor's text export, sets every label so: no layout table
 * starts with it). */
static gboolean level2_label_inside(const page_line *pl, int margin)
{
    return pl->kind == ROW_NONE && !pl->furniture && pl->offset <= margin + 1 &&
           label_line(pl, TRUE);
}

/* TRUE when `text` opens a level-1 and a level-2 label joined in one
 * narrow cell of a form with a single label column (`产出-数量指` over a row,
 * `标` under it; a spreadsheet's print wraps the cell round its rows): a
 * known level-1 label alone (no row number before it), a mark joining it to
 * the rest (no ideograph, no letter), and the rest no figure, opening no
 * level-2 label the taxonomy lists under another level-1
 * (`效益指标－服务对象满意度指` opens no group of this form's).  No paragraph
 * or note opens so. */
static gboolean opens_joined_label(const char *text)
{
    gboolean joined = FALSE;
    for (const char *p = text; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (!g_unichar_ispunct(c))
            continue;
        char *first = g_strndup(text, (gsize)(p - text));
        const char *rest = g_utf8_next_char(p);
        joined = p > text && jx_taxonomy_level1(first) != NULL;
        /* the label alone: a row's number before it makes the line a row's */
        for (const char *q = first; joined && *q; q = g_utf8_next_char(q)) {
            gunichar r = g_utf8_get_char(q);
            joined = !g_unichar_isdigit(r) && !g_unichar_isspace(r);
        }
        for (const char *q = rest; joined && *q; q = g_utf8_next_char(q)) {
            gunichar r = g_utf8_get_char(q);
            joined = !g_unichar_isdigit(r) && !g_unichar_isspace(r);
        }
        /* the rest opening a level-2 label (two characters or more say
         * which) is one the taxonomy lists under the level-1 */
        char *level2 = joined ? jx_taxonomy_label_headed(rest, 2) : NULL;
        if (level2 && !jx_taxonomy_lists(first, level2))
            joined = FALSE;
        g_free(level2);
        g_free(first);
        break;
    }
    return joined;
}

/* TRUE when a line inside a layout table is a joined label alone at the
 * margin (`产出指标－数量指标` centred on a line of its own between the two
 * rows of its single label column, or the first line of one its narrow
 * column wrapped: jx_taxonomy_joined_label, or opens_joined_label for a
 * spreadsheet's wrap): a cell, as a level-2 label alone there is.  Text a
 * space apart from it (a row number: `20 效益指标－服务对象满意度指`) makes
 * it a row's line, which this does not judge. */
static gboolean joined_label_inside(const page_line *pl, int margin)
{
    if (pl->kind != ROW_NONE || pl->furniture || pl->offset > margin + 1)
        return FALSE;
    char *text = g_strstrip(g_strndup(pl->s, pl->n));
    gboolean joined = (!strchr(text, ' ') && jx_taxonomy_joined_label(text)) ||
                      opens_joined_label(text);
    g_free(text);
    return joined;
}

/* TRUE when a line inside a layout table is, alone at the margin, the last
 * line of a standard label wrapped in a narrow cell (`济成本指标` under
 * `成本指标-经` and a row; jx_taxonomy_label_tail), wider than a short
 * piece.  No paragraph or note ends so. */
static gboolean label_tail_inside(const page_line *pl, int margin)
{
    if (pl->kind != ROW_NONE || pl->furniture || pl->offset > margin + 1)
        return FALSE;
    return line_text_is(pl, jx_taxonomy_label_tail);
}

/* TRUE when the line ends a sentence (see SENTENCE_ENDS). */
static gboolean ends_sentence(const page_line *pl)
{
    for (gsize m = 0; m < G_N_ELEMENTS(SENTENCE_ENDS); m++)
        if (g_strstr_len(pl->s, (gssize)pl->n, SENTENCE_ENDS[m]))
            return TRUE;
    return FALSE;
}

/* The most characters before the colon of a keyed line's key (单位负责人,
 * 单位（盖章）): a longer run before a colon is a cell's or a sentence's
 * text. */
#define KEY_MAX_CHARS 6
/* The colons a key ends with, full-width or ASCII (a dump normalized to
 * ASCII punctuation). */
static const char *const KEY_COLONS[] = {"：", ":"};

/* TRUE when text s[0, n) opens with a short key of wide characters and
 * its colon (see keyed_line). */
static gboolean keyed_text(const char *s, gsize n)
{
    const char *p = s, *end = s + n;
    while (p < end && *p == ' ')
        p++;
    for (int chars = 0; p < end && chars <= KEY_MAX_CHARS; chars++) {
        for (gsize m = 0; m < G_N_ELEMENTS(KEY_COLONS); m++)
            if (chars && g_str_has_prefix(p, KEY_COLONS[m]))
                return TRUE;
        int bytes;
        if (jx_text_char_width(p, end, &bytes) < 2 && *p != '(' && *p != ')')
            return FALSE;
        p += bytes;
    }
    return FALSE;
}

/* TRUE when the line opens with a short key of wide characters and its
 * colon (`注：`, `填报人：`, `审核日期：`): a note or a signature field as a
 * form prints them under its table, never a row's first cell (a target
 * table's cells hold no colon after a word that short). */
static gboolean keyed_line(const page_line *pl)
{
    return keyed_text(pl->s, pl->n);
}

/* TRUE when the line sets two pieces or more apart and every one is keyed
 * (see keyed_text): the signature fields a form prints under its table
 * (`单位负责人：…   财务负责人：…   填报人：…`).  Read as a row, their pieces
 * part the table's columns where none is. */
static gboolean signature_line(const page_line *pl)
{
    GArray *pcs = g_array_new(FALSE, FALSE, sizeof(piece));
    gboolean signed_ = jx_split_spaces(pl->s, pl->n, pcs) >= 2;
    for (guint k = 0; k < pcs->len && signed_; k++) {
        const piece *pc = &g_array_index(pcs, piece, k);
        signed_ = keyed_text(pc->s, pc->n);
    }
    g_array_unref(pcs);
    return signed_;
}

/* Where the notes and signature lines at the foot of lines[from, n) start:
 * the first keyed line (see keyed_line) from which every line to the page's
 * end is blank, furniture, keyed or a sentence's end (a note's lines); n
 * when there is none. */
static gsize notes_foot_start(const page_line *lines, gsize n, gsize from)
{
    gsize foot = n;
    for (gsize k = n; k-- > from;) {
        const page_line *pl = &lines[k];
        if (line_blank(pl) || pl->furniture)
            continue;
        if (keyed_line(pl))
            foot = k;
        else if (!ends_sentence(pl))
            break;
    }
    return foot;
}

/* How many pieces of `row` the text of single-piece line `lead` stands over
 * in one metric; `*aligned` set when the lead starts where one of them does
 * (give or take a column) and is at most twice as wide, as the lines of a
 * wrapped cell are (its first line fills the column). */
static int pieces_under(const page_line *lead, const page_line *row, gboolean chars,
                        gboolean *aligned)
{
    GArray *pcs = g_array_new(FALSE, FALSE, sizeof(piece));
    jx_split_spaces(lead->s, lead->n, pcs);
    int from = 0, to = 0, covered = 0;
    if (pcs->len) {
        int last_from;
        piece_span(lead->s, &g_array_index(pcs, piece, 0), chars, &from, &to);
        piece_span(lead->s, &g_array_index(pcs, piece, pcs->len - 1), chars, &last_from, &to);
    }
    *aligned = FALSE;
    jx_split_spaces(row->s, row->n, pcs);
    for (guint k = 0; k < pcs->len; k++) {
        int a, b;
        piece_span(row->s, &g_array_index(pcs, piece, k), chars, &a, &b);
        if (a < to && b > from)
            covered++;
        if (ABS(a - from) <= 1 && 2 * (b - a) >= to - from)
            *aligned = TRUE;
    }
    g_array_free(pcs, TRUE);
    return covered;
}

/*
 * TRUE when single-piece line `lead`, wider than SHORT_PIECE_COLS, is a
 * heading above the table that `row` (a line of several pieces) starts, not
 * a header cell's upper part or a wrapped cell's first line, which sit over
 * one column.  A layout dump's columns drift with the wide characters of a
 * line, so which pieces a line stands over is read in display cells and in
 * characters: a heading stands over two or more in both.  At the top of the
 * first page, a wide line that does not start where a piece starts in
 * either metric is the title, centred over the columns, wherever it falls
 * over a sparse header line.
 */
static gboolean heads_table(const page_line *lead, const page_line *row, gboolean page_top)
{
    gboolean display_aligned, char_aligned;
    if (lead->width <= SHORT_PIECE_COLS)
        return FALSE;
    int by_display = pieces_under(lead, row, FALSE, &display_aligned);
    int by_chars = pieces_under(lead, row, TRUE, &char_aligned);
    if (by_display >= 2 && by_chars >= 2)
        return TRUE;
    return page_top && !char_aligned && !display_aligned;
}

/* TRUE when line k is the only text of its page (blank lines and page
 * numbers aside): a table's row that a page break left on a page of its own
 * (`新认定高新技术企业   ≥ 25 家   ≥ 84 家`) is a region of one line, which
 * the open table takes as its next row; read as running text, it would end
 * the table. */
static gboolean alone_on_page(const page_line *lines, gsize n, gsize k)
{
    for (gsize j = 0; j < n; j++)
        if (j != k && !line_blank(&lines[j]) && !lines[j].furniture)
            return FALSE;
    return TRUE;
}

/* The pieces a row opening a group of its own sets at least: its level-1
 * and level-2 labels, its name and its target. */
#define OWN_GROUP_MIN_PIECES 4

/* TRUE when the line's pieces (two spaces apart) open with a level-1 label
 * and are OWN_GROUP_MIN_PIECES at least: a whole row that opens a group of
 * its own, its labels printed beside it.  A row's rest a page break cut
 * (its name on the page before: `满意度  标  ≥94%`, `44  服务对象满意度  ≥
 * 85 %`) or a row under labels merged over the break is none. */
static gboolean opens_own_group(const page_line *pl)
{
    GArray *pcs = g_array_new(FALSE, FALSE, sizeof(piece));
    gboolean opens = FALSE;
    if (jx_split_spaces(pl->s, pl->n, pcs) >= OWN_GROUP_MIN_PIECES) {
        const piece *first = &g_array_index(pcs, piece, 0);
        char *label = g_strndup(first->s, first->n);
        opens = jx_taxonomy_level1(label) != NULL;
        g_free(label);
    }
    g_array_unref(pcs);
    return opens;
}

/* TRUE when line k is the only text of its page but for the notes and
 * signatures at its foot (see notes_foot_start), and then a whole row
 * opening a group of its own (see opens_own_group): a page
 * break leaves a table's last row alone on the form's last page, over the
 * notes that close the form (`满意度  服务对象满意度  …  林农满意度  ≥94%`
 * over `注：…` and `填报人：…`); read as running text, the row was lost.
 * `*end` gets where those notes start (n when there are none): the end of
 * the lines such a row's region may take. */
static gboolean lone_row_on_page(const page_line *lines, gsize n, gsize k, gsize *end)
{
    *end = notes_foot_start(lines, n, k + 1);
    return alone_on_page(lines, n, k) ||
           (opens_own_group(&lines[k]) && alone_on_page(lines, *end, k));
}

/* A row header's text wrapped at the margin (`项目资金（` over `万元）`)
 * stands on a line of its own between two rows of the table: one piece at
 * the margin, no wider than this share of the table (a heading or a
 * paragraph between two tables runs wider). */
#define ROW_LABEL_SHARE 0.2
/* ... when the row below it lines up with the row above: this many of its
 * pieces after the first end or start where one of the row above does
 * (give or take a column, in display columns or in characters). */
#define ROW_LABEL_MIN_ALIGNED 2

/* Pieces of `below` after its first whose start or end meets a start or end
 * of a piece of `above` (give or take a column) in one metric. */
static int edges_met(const page_line *above, const page_line *below, gboolean chars)
{
    GArray *up = g_array_new(FALSE, FALSE, sizeof(piece));
    GArray *down = g_array_new(FALSE, FALSE, sizeof(piece));
    jx_split_spaces(above->s, above->n, up);
    jx_split_spaces(below->s, below->n, down);
    int met = 0;
    for (guint i = 1; i < down->len; i++) {
        int a, b;
        piece_span(below->s, &g_array_index(down, piece, i), chars, &a, &b);
        gboolean meets = FALSE;
        for (guint j = 0; j < up->len && !meets; j++) {
            int c, d;
            piece_span(above->s, &g_array_index(up, piece, j), chars, &c, &d);
            meets = ABS(a - c) <= 1 || ABS(b - d) <= 1;
        }
        met += meets;
    }
    g_array_free(up, TRUE);
    g_array_free(down, TRUE);
    return met;
}

/* TRUE when line k, which may not continue a region by itself, is a row
 * header's wrapped text between two rows of the region (see
 * ROW_LABEL_SHARE): right below a line of the region, right above a line of
 * several pieces that lines up with the region's last one.  A level-2 label
 * alone there (生态效益指标 at the margin between its rows) is a group label,
 * not the row header's text this is for: it ends the region as before. */
static gboolean row_label_between(const page_line *lines, gsize n, gsize k, gsize last_multi,
                                  int margin, int width)
{
    const page_line *pl = &lines[k];
    if (pl->kind != ROW_NONE || pl->furniture || pl->offset > margin + 1 ||
        pl->width > ROW_LABEL_SHARE * width || k == 0 || k + 1 >= n ||
        line_blank(&lines[k - 1]) || lines[k + 1].kind != ROW_SPACE || label_line(pl, TRUE))
        return FALSE;
    return MAX(edges_met(&lines[last_multi], &lines[k + 1], FALSE),
               edges_met(&lines[last_multi], &lines[k + 1], TRUE)) >= ROW_LABEL_MIN_ALIGNED;
}

/* TRUE when line `pl` (the last before a run of blank lines) ends a row a
 * tall cell pads: a wrapped text's last line alone on its line, ending its
 * sentence (a deviation text's `。`).  (The indicator header's padding too
 * stands two blank lines over the rows, but a header joined to rows whose
 * next page is laid out anew read that page a column off.) */
static gboolean padded_row_end(const page_line *pl)
{
    gsize stop = strlen("。");
    return pl->kind != ROW_SPACE && pl->n >= stop &&
           memcmp(pl->s + pl->n - stop, "。", stop) == 0;
}

/* TRUE when the run of blank lines from line `first` holds at most `most`
 * of them, stands under a padded row's end (see padded_row_end) and has a
 * line of several pieces after it: a dense table's padding, not its end. */
static gboolean padded_gap(const page_line *lines, gsize n, gsize first, int most)
{
    if (first == 0 || !padded_row_end(&lines[first - 1]))
        return FALSE;
    gsize next = first;
    while (next < n && (line_blank(&lines[next]) || lines[next].furniture))
        next++;
    return next < n && next - first <= (gsize)most && lines[next].kind == ROW_SPACE;
}

/* A browser of old WebKit's (wkhtmltopdf) gives the height a merged label
 * cell needs past its rows' to the last row it spans: that row stands tall,
 * its top-aligned name on its first line, its centred cells (and the labels
 * centred over the span) some blank lines lower, its bottom as far again
 * (`亩均补助标准` / 4 blank lines / `产出成本 定量 ≤1490 元/亩` / 4 blank lines /
 * the next row).  A tall row's part holds at most this many lines ... */
#define TALL_ROW_MAX_LINES 3
/* ... and the runs of blank lines round it differ by this many at most (the
 * padding rounded to whole lines) ... */
#define TALL_ROW_RUN_SLACK 1
/* ... and are this long at least: shorter runs are the gaps a padded print
 * (Chromium's, wkhtmltopdf's) leaves between rows and tables. */
#define TALL_ROW_MIN_RUN 3

/* The length of the run of blank lines (no page number) from line `k`
 * (before `n`) on, when `step` is 1, or up to line `k` when it is -1. */
static gsize blank_run(const page_line *lines, gsize n, gsize k, int step)
{
    gsize run = 0;
    for (gssize j = (gssize)k; j >= 0 && (gsize)j < n && line_blank(&lines[j]); j += step)
        run++;
    return run;
}

/* TRUE when the lines from `from` on (`step` 1) or up to `from` (`step` -1)
 * are one to TALL_ROW_MAX_LINES lines of text, no sentence among them,
 * then a run of blank lines as long as `run` (TALL_ROW_RUN_SLACK) — above
 * them, TALL_ROW_MIN_RUN long too: a shorter one the region went on over
 * by another rule is no tall row's top padding (Chromium's print of a
 * spreadsheet sets a figure alone between two and three blank lines). */
static gboolean tall_row_part(const page_line *lines, gsize n, gsize from, int step, gsize run)
{
    gsize text = 0;
    gssize j = (gssize)from;
    for (; j >= 0 && (gsize)j < n && !line_blank(&lines[j]); j += step, text++)
        if (lines[j].furniture || ends_sentence(&lines[j]) || text == TALL_ROW_MAX_LINES)
            return FALSE;
    if (!text || j < 0 || (gsize)j >= n)
        return FALSE;
    gsize other = blank_run(lines, n, (gsize)j, step);
    return (step > 0 || other >= TALL_ROW_MIN_RUN) && other + TALL_ROW_RUN_SLACK >= run &&
           other <= run + TALL_ROW_RUN_SLACK;
}

/* TRUE when the run of blank lines from line `first` (longer than `room`,
 * TALL_ROW_MIN_RUN at least) pads a tall row (see TALL_ROW_MAX_LINES): a
 * few lines of text stand right after it, or right before it, with a run
 * as long on their other side, under no sentence.  No paragraph sits
 * between two such runs. */
static gboolean tall_row_gap(const page_line *lines, gsize n, gsize first, int room)
{
    gsize run = blank_run(lines, n, first, 1);
    if (first == 0 || run <= (gsize)room || run < TALL_ROW_MIN_RUN || first + run >= n ||
        ends_sentence(&lines[first - 1]))
        return FALSE;
    return tall_row_part(lines, n, first + run, 1, run) ||
           tall_row_part(lines, n, first - 1, -1, run);
}

/* A tall row in a print that sets names at their rows' tops and centres
 * the other cells (a spreadsheet's HTML printed by wkhtmltopdf: Calc
 * writes its text cells valign=top) stands lopsided: its name alone right
 * under the row above, a shorter run of blank lines, its centred cells
 * (target, labels), a longer run to the next row (`政策宣传覆盖率` / 1 blank
 * line / `97%` / 3 blank lines / the next row).  The name's line and the
 * run under it are as high as the run under the cells, give or take the
 * rounding (TALL_ROW_RUN_SLACK). */

/* TRUE when `top` blank lines over the cells and `bottom` under them pad a
 * row whose name stands one line over the top run: the cells centred, so
 * the run under them the longer (evenly spaced rows' runs are as long). */
static gboolean top_name_runs_even(gsize top, gsize bottom)
{
    return top >= 1 && bottom > top && top + 1 + TALL_ROW_RUN_SLACK >= bottom;
}

/* The lines of text from line `from` on (before `n`), up to a blank line:
 * 1 to TALL_ROW_MAX_LINES, no sentence or page number among them, else 0. */
static gsize centred_cells_part(const page_line *lines, gsize n, gsize from)
{
    gsize text = 0;
    for (gsize j = from; j < n && !line_blank(&lines[j]); j++, text++)
        if (lines[j].furniture || ends_sentence(&lines[j]) || text == TALL_ROW_MAX_LINES)
            return 0;
    return text;
}

/* TRUE when line `k` is such a row's name: one piece, right under a line
 * of text, no sentence. */
static gboolean top_name_line(const page_line *lines, gsize k)
{
    return k >= 1 && lines[k].kind == ROW_NONE && !lines[k].furniture && !line_blank(&lines[k]) &&
           !ends_sentence(&lines[k]) && !line_blank(&lines[k - 1]) && !lines[k - 1].furniture;
}

/* The characters of `pl` from its first to its last that is no space, as
 * columns [*from, *to) (pdftotext -layout gives each character one). */
static void text_columns(const page_line *pl, int *from, int *to)
{
    *from = *to = -1;
    int col = 0;
    for (const char *p = pl->s, *end = pl->s + pl->n; p < end; p = g_utf8_next_char(p), col++)
        if (*p != ' ') {
            if (*from < 0)
                *from = col;
            *to = col + 1;
        }
}

/* TRUE when piece `pc` is nothing but ASCII digits. */
static gboolean digits_piece(const piece *pc)
{
    for (gsize i = 0; i < pc->n; i++)
        if (!g_ascii_isdigit(pc->s[i]))
            return FALSE;
    return pc->n > 0;
}

/* What clear_of_columns lets stand left of the columns it keeps clear. */
typedef enum {
    LEFT_ANY,           /* anything */
    LEFT_LABELS,        /* level labels only */
    LEFT_LABELS_OR_SEQ, /* level labels, or a row's number (digits alone) */
} left_allowance;

/* TRUE when lines[a, b) hold no piece in columns [from, to) and nothing
 * left of them but what `left` allows. */
static gboolean clear_of_columns(const page_line *lines, gsize a, gsize b, int from, int to,
                                 left_allowance left)
{
    gboolean clear = TRUE;
    GArray *pcs = g_array_new(FALSE, FALSE, sizeof(piece));
    for (gsize k = a; k < b && clear; k++) {
        jx_split_spaces(lines[k].s, lines[k].n, pcs);
        for (guint m = 0; m < pcs->len && clear; m++) {
            const piece *pc = &g_array_index(pcs, piece, m);
            int x0, x1;
            piece_span(lines[k].s, pc, TRUE, &x0, &x1);
            if (x0 < to && x1 > from) {
                clear = FALSE;
            } else if (left != LEFT_ANY && x1 <= from &&
                       !(left == LEFT_LABELS_OR_SEQ && digits_piece(pc))) {
                char *word = g_strndup(pc->s, pc->n);
                clear = jx_taxonomy_label_word(word);
                g_free(word);
            }
        }
    }
    g_array_unref(pcs);
    return clear;
}

/* TRUE when lines[a, b) hold no character in the columns of line `name`
 * and nothing left of them but what `left` allows (level labels, perhaps a
 * row's number centred in its column): a row's other cells stand in other
 * columns than its name's (a wrapped cell's rest stands under its row's
 * cells), and of them only the labels merged over its span are centred,
 * left of the names; a work item (名称), text as the name is, stands at
 * the top beside it. */
static gboolean cells_beside_name(const page_line *lines, gsize a, gsize b, const page_line *name,
                                  left_allowance left)
{
    int from, to;
    text_columns(name, &from, &to);
    return clear_of_columns(lines, a, b, from, to, left);
}

/* TRUE when the run of blank lines from line `first` (longer than `room`)
 * pads such a lopsided tall row, over its cells or under them, with a line
 * of several pieces (the next row) after the run under them. */
static gboolean top_name_row_gap(const page_line *lines, gsize n, gsize first, int room)
{
    gsize run = blank_run(lines, n, first, 1);
    if (first < 2 || run <= (gsize)room || first + run >= n)
        return FALSE;
    /* over the cells: the name right above the run */
    if (top_name_line(lines, first - 1)) {
        gsize cells = centred_cells_part(lines, n, first + run);
        gsize after = first + run + cells;
        gsize bottom = cells ? blank_run(lines, n, after, 1) : 0;
        if (cells && after + bottom < n && top_name_runs_even(run, bottom) &&
            lines[after + bottom].kind == ROW_SPACE &&
            cells_beside_name(lines, first + run, after, &lines[first - 1], LEFT_LABELS))
            return TRUE;
    }
    /* under the cells: the name over the run above them */
    if (lines[first + run].kind != ROW_SPACE)
        return FALSE;
    gsize top_end = first; /* one past the cells' first line */
    while (top_end > 0 && !line_blank(&lines[top_end - 1]))
        top_end--;
    gsize cells = first - top_end;
    if (!top_end || !cells || centred_cells_part(lines, n, top_end) != cells)
        return FALSE;
    gsize top = blank_run(lines, n, top_end - 1, -1);
    return top < top_end && top_name_runs_even(top, run) &&
           top_name_line(lines, top_end - 1 - top) &&
           cells_beside_name(lines, top_end, first, &lines[top_end - 1 - top], LEFT_LABELS);
}

/* The last row of such a print may stand with no blank line between its
 * name and its cells (a merged label's line between, or none): its name
 * alone on the row's first line, its cells on the block's last, and under
 * them the row's bottom padding, about as many blank lines as the block
 * holds over its cells (the rounding: TALL_ROW_RUN_SLACK), the next row
 * after it (`受益群众满意度` / `满意度指标 | 服务对象满意度 | ≥ 95 %` / 2 blank
 * lines / `受灾群众满意度 | 93 %`; `小区长效管理机制` / `可持续影响指标` /
 * `健全 | 健全` / 2 blank lines / the next row).  TRUE when the run of blank lines from
 * line `first` (longer than `room`) pads such a row. */
static gboolean top_name_block_gap(const page_line *lines, gsize n, gsize first, int room)
{
    gsize run = blank_run(lines, n, first, 1);
    if (first < 2 || run <= (gsize)room || first + run >= n ||
        lines[first + run].kind != ROW_SPACE || lines[first - 1].kind != ROW_SPACE)
        return FALSE;
    /* the block's first line: under a blank line, or right under the row
     * above (a line of several pieces) */
    gsize top = first - 1;
    while (top > 0 && !line_blank(&lines[top - 1]) && lines[top - 1].kind != ROW_SPACE &&
           first - top < TALL_ROW_MAX_LINES)
        top--;
    gsize over = first - 1 - top; /* the block's lines over its cells' */
    if (over == 0 || (top > 0 && !line_blank(&lines[top - 1]) && lines[top - 1].kind != ROW_SPACE) ||
        lines[top].kind != ROW_NONE || lines[top].furniture || ends_sentence(&lines[top]) ||
        run > over + TALL_ROW_RUN_SLACK)
        return FALSE;
    for (gsize k = top + 1; k < first; k++)
        if (lines[k].furniture || ends_sentence(&lines[k]))
            return FALSE;
    return cells_beside_name(lines, top + 1, first, &lines[top], LEFT_LABELS);
}

/* TRUE when lines[a, b) (1 to TALL_ROW_MAX_LINES of them) are one piece
 * each, all of it left of column `before`: a label merged over the rows
 * (`年度绩效指` / `标`), which wkhtmltopdf centres in the rows' first
 * column, left of every cell. */
static gboolean merged_label_left(const page_line *lines, gsize a, gsize b, int before)
{
    if (b <= a || b - a > TALL_ROW_MAX_LINES)
        return FALSE;
    for (gsize k = a; k < b; k++) {
        int from, to;
        text_columns(&lines[k], &from, &to);
        if (lines[k].kind != ROW_NONE || lines[k].furniture || ends_sentence(&lines[k]) ||
            to > before)
            return FALSE;
    }
    return TRUE;
}

/* A lopsided tall row (its name alone at its top, its cells centred) may
 * have the label merged over the rows printed between its name and its
 * cells, right under the name or a run of blank lines under it, and a run
 * over the cells (`受益群众满意度` / 3 blank lines / `年度绩效指` / `标` /
 * 4 blank lines / `满意度指标 | 服务对象满意度 | … | ≥ 90 %`): the table's
 * last row, which ended the table at its name.  TRUE when line `name` is
 * such a row's name: the label left of the name and of the cells' first
 * piece, the cells a line of several pieces, none in the name's columns
 * (the task, centred too, stands with them); the label's lines are
 * returned as [*label, *label_end). */
static gboolean top_name_label_row(const page_line *lines, gsize n, gsize name, gsize *label,
                                   gsize *label_end)
{
    if (!top_name_line(lines, name))
        return FALSE;
    *label = name + 1 + blank_run(lines, n, name + 1, 1);
    if (*label >= n)
        return FALSE;
    *label_end = *label;
    while (*label_end < n && !line_blank(&lines[*label_end]) &&
           *label_end - *label <= TALL_ROW_MAX_LINES)
        (*label_end)++;
    gsize cells = *label_end + blank_run(lines, n, *label_end, 1);
    if (cells == *label_end || cells >= n || lines[cells].kind != ROW_SPACE)
        return FALSE;
    gsize cells_end = cells + centred_cells_part(lines, n, cells);
    int name_from, name_to;
    text_columns(&lines[name], &name_from, &name_to);
    /* (nothing under the name: a row's cells, not the name's wrapped rest) */
    return cells_end > cells &&
           merged_label_left(lines, *label, *label_end, MIN(name_from, lines[cells].offset)) &&
           clear_of_columns(lines, cells, cells_end, name_from, name_to, LEFT_ANY);
}

/* TRUE when line `k` is one of the lines of the label such a row
 * (top_name_label_row) holds between its name and its cells: the name is
 * one of the few lines right over it, or the line over the run above
 * them. */
static gboolean line_in_top_name_label(const page_line *lines, gsize n, gsize k)
{
    gsize label, label_end, top = k;
    for (gsize c = k; c > 0 && k - c <= TALL_ROW_MAX_LINES && !line_blank(&lines[c - 1]); c--) {
        top = c - 1;
        if (top_name_label_row(lines, n, top, &label, &label_end) && label <= k && k < label_end)
            return TRUE;
    }
    if (top == 0 || !line_blank(&lines[top - 1]))
        return FALSE;
    gsize over = blank_run(lines, n, top - 1, -1);
    return over < top && top_name_label_row(lines, n, top - 1 - over, &label, &label_end) &&
           label <= k && k < label_end;
}

/* TRUE when the run of blank lines from line `first` (longer than `room`)
 * is one of the two runs of such a row (top_name_label_row): over its
 * label or under it. */
static gboolean top_name_label_gap(const page_line *lines, gsize n, gsize first, int room)
{
    gsize label, label_end;
    if (first < 2 || blank_run(lines, n, first, 1) <= (gsize)room)
        return FALSE;
    if (top_name_label_row(lines, n, first - 1, &label, &label_end))
        return TRUE;
    return !line_blank(&lines[first - 1]) && line_in_top_name_label(lines, n, first - 1);
}

/* A lopsided tall row (its name at its top, its other cells centred) made
 * tall by a text target wrapped over lines stands as one block of lines:
 * the name, then the target's lines (the row's number, centred, between
 * them), no blank line inside, and under the block a run of blank lines
 * longer than the one over it (`群众生产生活条件` / `按照项目实施方案要求持`
 * / `16` / `续改善，惠及更多群众` / 2 blank lines / the next row, where one
 * blank line parts the rows).  The block holds this many lines at least
 * (the name and two of the wrapped cell's: a name over its one-line target
 * is top_name_row_gap's) ... */
#define WRAPPED_ROW_MIN_LINES 3
/* ... and this many at most (a longer block is a paragraph's). */
#define WRAPPED_ROW_MAX_LINES 5

/* TRUE when the run of blank lines from line `first` (longer than `room`)
 * pads such a row (see WRAPPED_ROW_MAX_LINES): a line of several pieces
 * (the next row) after it, the block right over it single pieces, no
 * sentence, its first line the name with nothing under it in its columns
 * and nothing left of the rest but level labels and the row's number
 * (cells_beside_name), and the run over the block (under the row
 * above) the shorter by up to the rounding (top_name_runs_even). */
static gboolean wrapped_top_name_gap(const page_line *lines, gsize n, gsize first, int room)
{
    gsize run = blank_run(lines, n, first, 1);
    if (first < 3 || run <= (gsize)room || first + run >= n ||
        lines[first + run].kind != ROW_SPACE)
        return FALSE;
    gsize top = first;
    while (top > 0 && !line_blank(&lines[top - 1]) && first - top < WRAPPED_ROW_MAX_LINES)
        top--;
    if (top == 0 || !line_blank(&lines[top - 1]) || first - top < WRAPPED_ROW_MIN_LINES)
        return FALSE;
    /* (the row's number between the target's lines reads as a page number) */
    for (gsize k = top; k < first; k++)
        if (lines[k].kind != ROW_NONE || ends_sentence(&lines[k]) ||
            (lines[k].furniture && (k == top || k + 1 == first)))
            return FALSE;
    gsize over = blank_run(lines, n, top - 1, -1);
    return over < top && top_name_runs_even(over, run) &&
           cells_beside_name(lines, top + 1, first, &lines[top], LEFT_LABELS_OR_SEQ);
}

/* 1 when line `below` starts, indented, where line `above` starts (give or
 * take a column): a row's first cell in the rows' first column (which
 * edges_met leaves out: a paragraph's line may start anywhere); else 0. */
static int indented_alike(const page_line *above, const page_line *below)
{
    return below->offset > 0 && ABS(below->offset - above->offset) <= 1;
}

/* The line of a tall row's top-set name over the run of blank lines from
 * line `first`: the line right above it, or the line above a table-wide
 * row header's line alone in the row's padding, blank lines over it too
 * (`社会公众满意度` / a blank line / `年度绩效指标` / 4 blank lines / `≥88%`):
 * wkhtmltopdf centres the header's cell, merged over the whole table, and
 * its line may fall inside the last row's padding. */
static gsize line_over_padding(const page_line *lines, gsize n, gsize first)
{
    gsize name = first - 1;
    if (name >= 2 && lines[name].kind == ROW_NONE && line_blank(&lines[name - 1]) &&
        line_text_is(&lines[name], jx_taxonomy_row_header_word)) {
        gsize over = blank_run(lines, n, name - 1, -1);
        if (over < name)
            name -= over + 1;
    }
    return name;
}

/* A tall row the page ends on lines its cells up with a line of several
 * pieces this many lines up at most from the region's last (the labels'
 * columns stand empty in most rows: a row holding some is a few lines
 * up). */
#define TALL_ROW_ALIGN_LOOKBACK 8

/* TRUE when the run of blank lines from line `first` (longer than `room`,
 * TALL_ROW_MIN_RUN at least) is the top padding of a tall row the page
 * ends on (see TALL_ROW_MAX_LINES): its name alone on the line above the
 * run, right under the row above; wkhtmltopdf prints the row's centred
 * cells as the page's last text and leaves its bottom padding out, so no
 * second run stands below them (tall_row_gap).  The table's last row ends
 * so over the notes and signatures at the form's foot too (see
 * notes_foot_start: `观众满意度` / 4 blank lines / `服务对象满意度` /
 * `满意度  实施文物保护修缮工程  ≥93%` / `指标` / `备注：…`).  Those lines are
 * rows' cells, no signature or note: one of them of several pieces, a
 * centred label's lines alone over it (a line of another cell there is the
 * name of a row of its own), wrapped cells' rests under it; they line up with
 * the region's lines of several pieces as a row of it does (`row` the last
 * of them), and none ends a sentence. */
static gboolean tall_row_ends_page(const page_line *lines, gsize n, gsize first, int room,
                                   gsize row)
{
    gsize run = blank_run(lines, n, first, 1);
    if (first < 2 || run <= (gsize)room || run < TALL_ROW_MIN_RUN || first + run >= n)
        return FALSE;
    gsize name = line_over_padding(lines, n, first);
    if (name < 1 || ends_sentence(&lines[name]))
        return FALSE;
    /* the row's top: its name alone, right under the row above (a run
     * under a centred cell's last line is a row's bottom padding), and the
     * run longer than the gap over that row by more than the rounding
     * (where blank lines part rows, one more may be a table's end) */
    if (lines[name].kind != ROW_NONE || line_blank(&lines[name - 1]))
        return FALSE;
    gsize top = name, gap = 0;
    while (top > 0 && !line_blank(&lines[top - 1]) && name + 1 - top <= TALL_ROW_MAX_LINES)
        top--;
    if (top > 0 && line_blank(&lines[top - 1])) /* else rows stand line under line */
        gap = blank_run(lines, n, top - 1, -1);
    if (run <= gap + TALL_ROW_RUN_SLACK)
        return FALSE;
    gsize foot = notes_foot_start(lines, n, first + run);
    gsize k = first + run, text = 0;
    gboolean several = FALSE;
    for (; k < foot && !line_blank(&lines[k]); k++) {
        if (lines[k].furniture || ends_sentence(&lines[k]) || ++text > TALL_ROW_MAX_LINES ||
            (!several && lines[k].kind != ROW_SPACE &&
             !line_text_is(&lines[k], jx_taxonomy_label_word)))
            return FALSE;
        several = several || lines[k].kind == ROW_SPACE;
    }
    /* what blank lines of its bottom padding the page kept */
    if (!several || k + blank_run(lines, n, k, 1) < foot)
        return FALSE;
    /* its lines line up with the rows' (those holding labels a few lines
     * up), as many pieces in all as a row label's rows do */
    int met = 0;
    for (gsize part = first + run; part < first + run + text; part++) {
        int best = 0;
        for (gsize up = row + 1; up-- > 0 && row - up <= TALL_ROW_ALIGN_LOOKBACK;)
            if (lines[up].kind == ROW_SPACE)
                best = MAX(best, MAX(edges_met(&lines[up], &lines[part], FALSE),
                                     edges_met(&lines[up], &lines[part], TRUE)) +
                                     indented_alike(&lines[up], &lines[part]));
        met += best;
    }
    return met >= ROW_LABEL_MIN_ALIGNED;
}

/* TRUE when the one piece of line `below` starts or ends where a piece of
 * `above` does (give or take a column) in one metric. */
static gboolean lone_piece_meets(const page_line *above, const page_line *below, gboolean chars)
{
    GArray *up = g_array_new(FALSE, FALSE, sizeof(piece));
    GArray *down = g_array_new(FALSE, FALSE, sizeof(piece));
    jx_split_spaces(above->s, above->n, up);
    jx_split_spaces(below->s, below->n, down);
    gboolean meets = FALSE;
    if (down->len == 1) {
        int a, b;
        piece_span(below->s, &g_array_index(down, piece, 0), chars, &a, &b);
        for (guint j = 0; j < up->len && !meets; j++) {
            int c, d;
            piece_span(above->s, &g_array_index(up, piece, j), chars, &c, &d);
            meets = ABS(a - c) <= 1 || ABS(b - d) <= 1;
        }
    }
    g_array_free(up, TRUE);
    g_array_free(down, TRUE);
    return meets;
}

/* TRUE when line k is the one cell of the table's last row, a tall one
 * whose other cells stand at its top (`住户满意度` right under the row above,
 * or `加强防灾减灾救灾能力建设  受灾群众满意度`), its target centred alone
 * TALL_ROW_MIN_RUN blank lines lower or more, and nothing under it but
 * blank lines to the page's end or to the notes and signatures at the
 * form's foot (notes_foot_start): the page or the notes cut its bottom
 * padding off.  The top line is no label's alone (a label column's last
 * line over a page's number is no row's top: `度指标` / 4 blank lines /
 * `第2页`).  The piece stands right of the top line's text, no sentence,
 * and starts or ends where a piece of one of the region's lines of several
 * pieces does (`row` the last of them, TALL_ROW_ALIGN_LOOKBACK lines up at
 * most): a cell of the table's columns. */
static gboolean lone_cell_ends_table(const page_line *lines, gsize n, gsize k, gsize row)
{
    if (k >= n || lines[k].kind != ROW_NONE || line_blank(&lines[k]) || lines[k].furniture ||
        ends_sentence(&lines[k]) || k == 0)
        return FALSE;
    gsize run = blank_run(lines, n, k - 1, -1);
    if (run < TALL_ROW_MIN_RUN || run + 2 > k)
        return FALSE;
    gsize top = line_over_padding(lines, n, k - run);
    if (line_blank(&lines[top - 1]) || lines[top].furniture || lines[top - 1].furniture ||
        ends_sentence(&lines[top]) || line_text_is(&lines[top], jx_taxonomy_label_word) ||
        top > row + 1)
        return FALSE;
    int top_from, top_to, from, to;
    text_columns(&lines[top], &top_from, &top_to);
    text_columns(&lines[k], &from, &to);
    gsize foot = notes_foot_start(lines, n, k + 1);
    if (from < top_to || k + 1 + blank_run(lines, n, k + 1, 1) < foot)
        return FALSE;
    for (gsize up = row + 1; up-- > 0 && row - up <= TALL_ROW_ALIGN_LOOKBACK;)
        if (lines[up].kind == ROW_SPACE &&
            (lone_piece_meets(&lines[up], &lines[k], FALSE) ||
             lone_piece_meets(&lines[up], &lines[k], TRUE)))
            return TRUE;
    return FALSE;
}

/* TRUE when line k is a table-wide row header's line alone in the padding
 * of the table's last row, a tall one under the region's last row `row`
 * (line_over_padding): blank lines over it, and under it the run of blank
 * lines over that row's cells (tall_row_ends_page, lone_cell_ends_table). */
static gboolean row_header_in_last_padding(const page_line *lines, gsize n, gsize k, gsize row)
{
    if (k + 1 >= n || lines[k].kind != ROW_NONE || !line_blank(&lines[k - 1]) ||
        !line_blank(&lines[k + 1]) || !line_text_is(&lines[k], jx_taxonomy_row_header_word))
        return FALSE;
    gsize run = blank_run(lines, n, k + 1, 1);
    return line_over_padding(lines, n, k + 1) != k &&
           (tall_row_ends_page(lines, n, k + 1, (int)run - 1, row) ||
            lone_cell_ends_table(lines, n, k + 1 + run, row));
}

/* How far apart (display columns) the first and last lines of a cell
 * wrapped round its row's figures may start: the same column, give or take
 * the rounding of a layout dump. */
#define WRAP_ROUND_SLACK_COLS 1

/* TRUE when single-piece line k is the first line of a cell wrapped round
 * its row's other cells (`筹集保障性租赁` / `≥ 2290 套` / `住房（二期）`: a
 * name in the page's first column, its target on the middle line): it
 * starts where the region's last line of several pieces (`row`) starts,
 * the line below is of several pieces, all right of this line's end, and
 * the line after it one piece again where this one starts.  No paragraph
 * sets a line of figures into itself so.  (A label left of the rows'
 * first column wrapped so, `产出-数量` / … / `指标`, is left as it was.) */
static gboolean wraps_round_row(const page_line *lines, gsize n, gsize k, gsize row)
{
    if (k + 2 >= n)
        return FALSE;
    const page_line *first = &lines[k], *mid = &lines[k + 1], *last = &lines[k + 2];
    return first->kind == ROW_NONE && !first->furniture && !line_blank(first) &&
           ABS(first->offset - lines[row].offset) <= WRAP_ROUND_SLACK_COLS &&
           mid->kind == ROW_SPACE && mid->offset >= first->offset + first->width &&
           last->kind == ROW_NONE && !last->furniture && !line_blank(last) &&
           ABS(last->offset - first->offset) <= WRAP_ROUND_SLACK_COLS &&
           last->offset + last->width <= mid->offset;
}

/* TRUE when line `top` ends in a tall row's name, set at the row's top
 * (the labels merged over the row may stand beside it), and line `cells`
 * holds nothing in that name's columns and reaches right of them: the
 * row's other cells, centred lower, stand beside the name's column, not
 * under it, its target right of it (a line under a whole row, its name's
 * column filled or nothing right of its last piece, is the next row's). */
static gboolean name_over_cells(const page_line *lines, gsize top, gsize cells)
{
    const page_line *pl = &lines[top];
    if (line_blank(pl) || pl->furniture || ends_sentence(pl))
        return FALSE;
    GArray *pcs = g_array_new(FALSE, FALSE, sizeof(piece));
    jx_split_spaces(pl->s, pl->n, pcs);
    int from = 0, to = 0;
    if (pcs->len > 0)
        piece_span(pl->s, &g_array_index(pcs, piece, pcs->len - 1), TRUE, &from, &to);
    g_array_unref(pcs);
    int cells_from, cells_to;
    text_columns(&lines[cells], &cells_from, &cells_to);
    return to > from && cells_to > to && clear_of_columns(lines, cells, cells + 1, from, to, LEFT_ANY);
}

/* TRUE when line k, one piece at the margin under a line of the region, is
 * the first line of a label merged down the table's rows that wraps round
 * one of their lines (`资金兑付及时性` / `年度绩效指` / `培育新型农业经营主体…
 * 及时` / `标`: wkhtmltopdf centres the cell in the rows' first column,
 * its two lines falling either side of the centred cells of a row whose
 * name stands at its top, name_over_cells): no wider than a row header's text
 * (ROW_LABEL_SHARE), the line below all right of its end, and the line
 * after that one short piece at the margin again, left of the line below
 * too.  Unlike a row header's text between two rows (row_label_between),
 * the row's line between may hold one or two pieces, too few to line up
 * with the region's rows; the label's tail under it says what it is. */
static gboolean label_wraps_round_row(const page_line *lines, gsize n, gsize k, int margin,
                                      int width)
{
    if (k == 0 || k + 2 >= n || !name_over_cells(lines, k - 1, k + 1))
        return FALSE;
    const page_line *first = &lines[k], *mid = &lines[k + 1], *last = &lines[k + 2];
    return first->kind == ROW_NONE && !first->furniture && !line_blank(first) &&
           !ends_sentence(first) && first->offset <= margin + 1 &&
           first->width <= ROW_LABEL_SHARE * width && !line_blank(mid) && !mid->furniture &&
           mid->offset >= first->offset + first->width && last->kind == ROW_NONE &&
           !last->furniture && !line_blank(last) && last->width <= SHORT_PIECE_COLS &&
           last->offset + last->width <= mid->offset &&
           last->offset < first->offset + first->width;
}

/* The columns the character at p (before `end`) takes, its bytes in
 * *bytes: one (how pdftotext -layout places text) or, when `wide`, its
 * display width (a wide character two). */
static int char_columns(const char *p, const char *end, gboolean wide, int *bytes)
{
    if (wide)
        return jx_text_char_width(p, end, bytes);
    *bytes = (int)(g_utf8_next_char(p) - p);
    return 1;
}

/* A line's first and last character columns [from, to), counting each
 * character one column (how pdftotext -layout places text) or, when
 * `wide`, a wide character two (a dump set by display width). */
static void line_columns(const page_line *pl, gboolean wide, int *from, int *to)
{
    const char *p = pl->s, *end = pl->s + pl->n;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        end--;
    *from = *to = 0;
    gboolean text = FALSE;
    while (p < end) {
        int bytes, w = char_columns(p, end, wide, &bytes);
        if (*p != ' ')
            text = TRUE;
        if (!text)
            *from += w;
        *to += w;
        p += bytes;
    }
}

/* TRUE when line `pl` leaves columns [from, to) blank (each character one
 * column, or a wide one two when `wide`). */
static gboolean blank_across(const page_line *pl, gboolean wide, int from, int to)
{
    int col = 0;
    for (const char *p = pl->s, *end = pl->s + pl->n; p < end && col < to;) {
        int bytes, w = char_columns(p, end, wide, &bytes);
        if (col + w > from && *p != ' ' && *p != '\t' && *p != '\r')
            return FALSE;
        col += w;
        p += bytes;
    }
    return TRUE;
}

/* Blank columns a cell right of one wrapped round its row leaves after the
 * wrapped cell's first line, at least: a column gap, as between any two
 * cells.  Text nearer is a neighbouring column's own line (a two-column
 * paragraph's, `通过项目实施，完成…；新增` beside `增图书馆藏书，…`). */
#define WRAP_ROUND_CLEAR_COLS 2

/* TRUE when the middle line of a cell wrapped round its row, below the
 * cell's first line in columns [f_from, f_to), holds the row's other
 * cells: some left of those columns and none in them or within
 * WRAP_ROUND_CLEAR_COLS after them. */
static gboolean round_middle_line(const page_line *mid, gboolean wide, int f_from, int f_to)
{
    int m_from, m_to;
    line_columns(mid, wide, &m_from, &m_to);
    return m_from < f_from && blank_across(mid, wide, f_from, f_to + WRAP_ROUND_CLEAR_COLS);
}

/* TRUE when line `mid`, between the lines `first` and `last` of a cell
 * wrapped round its row, may be that row's line: several pieces, or the
 * row's name alone, indented past the margin (its labels merged over rows
 * above it, `★群众生产生活条件` under `社会效益指标` and a wrapped target's
 * first line); round_middle_line asks where it stands.  A key at the
 * margin beside its wrapped paragraph (`绩效目标` centred on `全面完成…` /
 * `100%，…。`) is a metadata block's, no row's. */
static gboolean row_line_round(const page_line *first, const page_line *mid,
                               const page_line *last, int margin)
{
    if (mid->kind == ROW_SPACE)
        return TRUE;
    return mid->kind == ROW_NONE && !mid->furniture && !line_blank(mid) && !mid->joined &&
           mid->offset > margin + 1 && !ends_sentence(first) && !ends_sentence(mid) &&
           !ends_sentence(last);
}

/* TRUE when single-piece line k is the first line of a cell wrapped round
 * its row in a column right of the first (`按照项目实施方案要求持续改善，惠及更多群`
 * / `社会效益指标  群众生产生活条件` / `众`, a long target centred in the last
 * column; `被认定和审核通过的项目及对象均符合规定的资格；项目及` / `推进知识产权
 * 创造运用  ≥100%` / `合同等均达到预期效益`, a name between its row's work
 * item and target): the line below is of several pieces, or the row's name
 * alone (row_line_round), some left of this
 * line's start and none under it, and the line after it one piece again
 * inside this line's columns.  The mirror of wraps_round_row; a
 * paragraph's line starts at the margin, left of the cells of a row below
 * it.  Either reading of the columns may hold (see WIDE_AS). */
static gboolean wraps_round_last_column(const page_line *lines, gsize n, gsize k, int margin)
{
    if (k + 2 >= n)
        return FALSE;
    const page_line *first = &lines[k], *mid = &lines[k + 1], *last = &lines[k + 2];
    if (first->kind != ROW_NONE || first->furniture || line_blank(first) || first->joined ||
        !row_line_round(first, mid, last, margin) || last->kind != ROW_NONE || last->furniture ||
        line_blank(last) || last->joined)
        return FALSE;
    for (int wide = 0; wide <= 1; wide++) {
        int f_from, f_to, l_from, l_to;
        line_columns(first, wide, &f_from, &f_to);
        line_columns(last, wide, &l_from, &l_to);
        if (round_middle_line(mid, wide, f_from, f_to) &&
            l_from >= f_from - WRAP_ROUND_SLACK_COLS && l_to <= f_to + WRAP_ROUND_SLACK_COLS)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when single-piece line k, indented past the margin right under a
 * line of the region, is a tall row's name set at its top over the row's
 * figures, centred a line lower with no blank line between (Chromium's
 * print of a spreadsheet: `免费开放场馆数量（农村地区）` / `=8个`): the line
 * below holds nothing in the name's columns and reaches right of them
 * (name_over_cells).  Such a name may run wider than a wrapped cell's
 * line (may_continue); a paragraph's line has no figure set beside its
 * end on the line below. */
static gboolean name_over_figures(const page_line *lines, gsize n, gsize k, int margin)
{
    const page_line *pl = &lines[k];
    return k > 0 && k + 1 < n && pl->kind == ROW_NONE && !pl->furniture && !line_blank(pl) &&
           !pl->joined && pl->offset > margin + 1 && !line_blank(&lines[k - 1]) &&
           !lines[k - 1].furniture && !line_blank(&lines[k + 1]) && !lines[k + 1].furniture &&
           name_over_cells(lines, k, k + 1);
}

/* TRUE when line `pl` is a row whose cells a layout dump set one space
 * apart, a label first at the margin and its name last (`效益 经济效
 * 新产品销售收入增长`: a long name leaves no room for the converter's wider
 * gaps), or, with `named` (such a row taken already), that row's wrapped
 * labels alone (`指标 益指标`).  After a table's last line of several pieces
 * it is the table's last row, not text after it: no paragraph opens with a
 * label set apart from its next word by a space.  (Labels alone with no
 * such row above are a label column's text, left to the table after.) */
static gboolean joined_label_row(const page_line *pl, int margin, gboolean named)
{
    if (!pl->joined || pl->furniture || pl->offset > margin + 1)
        return FALSE;
    char *text = g_strstrip(g_strndup(pl->s, pl->n));
    char **words = g_strsplit(text, " ", -1);
    guint n = g_strv_length(words);
    gboolean row = n >= 2 && jx_taxonomy_label_word(words[0]) &&
                   (named || !jx_taxonomy_label_word(words[n - 1]));
    for (guint k = 1; row && named && k < n; k++)
        row = jx_taxonomy_label_word(words[k]);
    g_strfreev(words);
    g_free(text);
    return row;
}

/* Lines of several pieces a region needs above a row set one space apart
 * (see joined_cells_inside) to take it: its columns then place the row's two
 * cells (with fewer, a page's top rows set tight alone, they read as one). */
#define JOINED_TAIL_MIN_MULTI 4

/* TRUE when line `pl`, after a table's last line of several pieces, is a
 * row of two cells a layout dump set one space apart (`推进农村人居环境整
 * 农作物秸秆综合利用率`: a task and a name each as wide as its column),
 * indented past the margin: the table's last row however wide, not text
 * after it (no paragraph spaces its wide characters apart, see
 * has_wide_space_wide).  Three or more cells so set are left alone: their
 * cuts do not say which columns they are. */
static gboolean joined_cells_inside(const page_line *pl, int margin)
{
    if (!pl->joined || pl->furniture || pl->offset <= margin + 1)
        return FALSE;
    char *text = g_strstrip(g_strndup(pl->s, pl->n));
    gboolean two = strchr(text, ' ') && strchr(text, ' ') == strrchr(text, ' ');
    g_free(text);
    return two;
}

/* TRUE when `text` is one target word alone (`=87%`), no second cell
 * beside it. */
static gboolean lone_target_text(const char *text)
{
    return !strstr(text, "  ") && target_word(text, text + strlen(text));
}

/* TRUE when normalized `word` is the text a level label cell opens with:
 * a label or the first line of one a narrow column wrapped
 * (jx_taxonomy_label_word), a level-1 and a level-2 label joined in one
 * cell or its first line (`效益-经济效`, `成本指标-经`: jx_taxonomy_joined_label,
 * opens_joined_label), or one of those after a level-2 label's bracketed
 * list ordinal (`(一)经济成` of （一）经济成本指标). */
static gboolean opens_label_cell(const char *word)
{
    if (jx_taxonomy_label_word(word) || jx_taxonomy_joined_label(word) || opens_joined_label(word))
        return TRUE;
    const char *p = word;
    if (*p != '(')
        return FALSE;
    for (p++; *p && jx_taxonomy_list_numeral(g_utf8_get_char(p)); p = g_utf8_next_char(p))
        ;
    return p > word + 1 && *p == ')' && p[1] &&
           (jx_taxonomy_label_word(p + 1) || jx_taxonomy_label_piece(p + 1));
}

/* TRUE when line `pl` is, at the margin, a row's label cell and name cell
 * a layout dump set one space apart (`成本指标-经 成本节约率`, `（一）经济成
 * 成本节约率`: a narrow label column's first line, wide as its column, and
 * the name's), two words, the first opening a label cell (opens_label_cell)
 * and the second none: the top line of a row whose label wraps round it.
 * No paragraph opens with a label set apart from its next word by a space. */
static gboolean label_row_at_margin(const page_line *pl, int margin)
{
    if (!pl->joined || pl->furniture || pl->offset > margin + 1)
        return FALSE;
    char *text = g_strstrip(g_strndup(pl->s, pl->n));
    char **words = g_strsplit(text, " ", -1);
    gboolean row = g_strv_length(words) == 2;
    /* normalized word by word: the normal form drops the space between */
    char *first = row ? jx_norm_text(words[0]) : NULL, *second = row ? jx_norm_text(words[1]) : NULL;
    row = row && opens_label_cell(first) && !jx_taxonomy_label_word(second);
    g_free(first);
    g_free(second);
    g_strfreev(words);
    g_free(text);
    return row;
}

/* The most digits a row number set one space before its label may have
 * (a form numbers its rows in tens, at most hundreds; a longer figure is
 * an amount, never a 序号). */
#define NUMBERED_LABEL_MAX_DIGITS 3

/* TRUE when line `pl`, at the margin, is a tall row's number and the first
 * line of its label cell set one space apart (`2 产出指标—数量指`, `标`
 * under it, the row's name a line or two lower): Chromium centres the 序号
 * cell and a joined label merged down its group in their rows, and the
 * narrow 指标类型 column wraps the label, so both land on one line with
 * nothing else.  Two words, the first a row number alone
 * (NUMBERED_LABEL_MAX_DIGITS), the second a level-1 and a level-2 label
 * joined or that cell's first line (jx_taxonomy_joined_label,
 * opens_joined_label; a bare level label so set is a bureau form's, whose
 * rows read it otherwise).  Read as text, the line ended the table there
 * and cut the group from its label.  No paragraph opens with a bare number
 * then a joined label with nothing after it. */
static gboolean numbered_label_inside(const page_line *pl, int margin)
{
    if (pl->kind != ROW_NONE || pl->furniture || line_blank(pl) || pl->offset > margin + 1)
        return FALSE;
    char *text = g_strstrip(g_strndup(pl->s, pl->n));
    char **words = g_strsplit(text, " ", -1);
    gboolean row = g_strv_length(words) == 2;
    piece number = {words[0], row ? strlen(words[0]) : 0, -1, -1};
    row = row && digits_piece(&number) && number.n <= NUMBERED_LABEL_MAX_DIGITS;
    char *label = row ? jx_norm_text(words[1]) : NULL;
    row = row && (jx_taxonomy_joined_label(label) || opens_joined_label(label));
    g_free(label);
    g_strfreev(words);
    g_free(text);
    return row;
}

/* TRUE when line k is the top of a tall row whose two cells a layout dump
 * set one space apart (joined_cells_inside: `推进知识产权创 社会公众满意度`, a
 * task and a name each as wide as its column; label_row_at_margin: a
 * label's first line and a name at the margin, `成本指标-经 成本节约率`) and
 * whose target stands alone on the line right below, right of both
 * (`=87%`: the printer centres it in the row, the cells' wrapped tails
 * under it).  Such a row is one of the table's rows as a line of several
 * pieces is: read as a mere continuation, the table ended at the row above
 * it and the rows from it down (a page's or a table's last ones) were
 * lost.  A paragraph's line has no lone target under it. */
static gboolean joined_row_over_target(const page_line *lines, gsize n, gsize k, int margin)
{
    if (k + 1 >= n ||
        !(joined_cells_inside(&lines[k], margin) || label_row_at_margin(&lines[k], margin)))
        return FALSE;
    const page_line *below = &lines[k + 1];
    if (below->kind != ROW_NONE || below->furniture || line_blank(below) ||
        !line_text_is(below, lone_target_text))
        return FALSE;
    int row_from, row_to, from, to;
    text_columns(&lines[k], &row_from, &row_to);
    text_columns(below, &from, &to);
    return from >= row_to;
}

/* TRUE when `text` is a lone target (lone_target_text) that reads as a
 * figure's or a date's (`77台`, `≥53个`, `350次以上`): a metadata key's
 * value that opens with digits (`699-宁远县民政局`, wrapped round by
 * 部门（单位） / 名称) reads as text. */
static gboolean lone_figure_target_text(const char *text)
{
    if (!lone_target_text(text))
        return FALSE;
    const jx_target *t;
    jx_norm_target_peek(text, &t);
    return t->kind == JX_KIND_NUMBER || t->kind == JX_KIND_DATE;
}

/* TRUE when single-piece line k is the first line of a name wrapped round
 * its row's lone target (`淘汰燃煤小锅炉（县直单` / `77台` / `位）`: a row of
 * a name and a target only, the name's two lines centred in their cell, the
 * target alone on the middle line): the line below is one target word
 * right of this line's end, the line after it one piece inside this line's
 * columns.  Such a row is one of the table's rows as a line of several
 * pieces is: standing under the region's last such line (a page's or a
 * table's last row), read as a mere continuation it was lost with the
 * region's end; opening a continued page (no line of several pieces in
 * its first rows), it made no region and was lost.  No paragraph sets a
 * target alone between its lines so. */
static gboolean name_round_lone_target(const page_line *lines, gsize n, gsize k)
{
    if (k + 2 >= n)
        return FALSE;
    const page_line *first = &lines[k], *mid = &lines[k + 1], *last = &lines[k + 2];
    if (first->kind != ROW_NONE || first->joined || first->furniture || line_blank(first) ||
        ends_sentence(first) || mid->kind != ROW_NONE || mid->furniture || line_blank(mid) ||
        !line_text_is(mid, lone_figure_target_text) ||
        last->kind != ROW_NONE || last->joined ||
        last->furniture || line_blank(last) || ends_sentence(last))
        return FALSE;
    int first_from, first_to, mid_from, mid_to, last_from, last_to;
    text_columns(first, &first_from, &first_to);
    text_columns(mid, &mid_from, &mid_to);
    text_columns(last, &last_from, &last_to);
    return mid_from >= first_to && last_from >= first_from && last_to <= first_to;
}

static gboolean nothing_but_furniture(const page_line *lines, gsize a, gsize b);

/* The display columns and bytes of the longest row header's words
 * (产出及效益指标: seven wide characters, two columns and three bytes each). */
#define ROW_HEADER_MAX_COLS 14
#define ROW_HEADER_MAX_BYTES 21

/* TRUE when lines[a, b) hold no text but page numbers and, each a word
 * alone, the pieces of a table-wide row header (年度绩效指标) whose merged
 * cell the page break parted (`年度绩效指` / `标` atop the next page): that
 * cell's text, printed where its middle fell, over the rows it heads.  A
 * level-1 label there (效益指标) is left alone: it may head the page's own
 * rows. */
static gboolean furniture_or_row_header_cut(const page_line *lines, gsize a, gsize b)
{
    /* the words gathered: at most ROW_HEADER_MAX_BYTES before a word of as
     * many is added (more stops the walk), in a buffer of the caller's
     * frame — asked for every line a region may open at, where a GString
     * made and freed each time was most of the cost */
    char head[2 * ROW_HEADER_MAX_BYTES + 1];
    gsize head_len = 0;
    gboolean only = TRUE;
    for (gsize k = a; k < b && only; k++) {
        const page_line *pl = &lines[k];
        if (line_blank(pl) || pl->furniture)
            continue;
        /* a word no wider than the row header's: a page's long lines are
         * never copied, nor are more than the header's bytes gathered */
        only = pl->kind == ROW_NONE && pl->width <= ROW_HEADER_MAX_COLS;
        if (!only)
            break;
        gsize tail = MIN(pl->n, (gsize)ROW_HEADER_MAX_BYTES);
        const char *from = pl->s + pl->n - tail;
        /* the whole word within the tail, not one cut inside a character */
        only = from == pl->s || from[-1] == ' ' || from[0] == ' ';
        if (!only)
            break;
        char *word = g_strstrip(g_strndup(from, tail));
        only = !strchr(word, ' ');
        gsize word_len = strlen(word); /* <= tail <= ROW_HEADER_MAX_BYTES */
        memcpy(head + head_len, word, word_len);
        head_len += word_len;
        g_free(word);
        only = only && head_len <= ROW_HEADER_MAX_BYTES;
    }
    head[head_len] = '\0';
    return only && (head_len == 0 || jx_taxonomy_row_header_part(head));
}

/* Line `pl`'s first word (its first cell where a dump set the cells one
 * space apart), a new string. */
static char *first_word(const page_line *pl)
{
    char *text = g_strstrip(g_strndup(pl->s, pl->n));
    char *gap = strchr(text, ' ');
    if (gap)
        *gap = '\0';
    return text;
}

/* TRUE when line `pl` is a whole level-1 label alone (效益指标): the label
 * of a continued page's rows, its merged cell's text printed atop the page
 * over the row the break cut, not a row of the page's own. */
static gboolean level1_label_alone(const page_line *pl)
{
    if (line_blank(pl) || pl->furniture || pl->kind != ROW_NONE)
        return FALSE;
    char *text = g_strstrip(g_strndup(pl->s, pl->n));
    char *norm = jx_norm_text(text);
    gboolean label = !strchr(text, ' ') && jx_taxonomy_level1(norm) != NULL;
    g_free(norm);
    g_free(text);
    return label;
}

/* TRUE when line k, a page's first text (below, at most, the pieces of a
 * row header the break parted: furniture_or_row_header_cut), is a row of a
 * work item and a name a layout dump set one space apart (see joined_cells_inside:
 * `建设高标准农田，提 种粮农民满意度`, the target and the item's wrapped tail
 * on the lines below): the rows of the table the page before ended with,
 * wider than a cell as two cells are (see may_continue), so the region
 * opening under it lost them.  A label's piece first (`服务对象满 健身群众满意度`)
 * is left alone: there the label column's wrapped lines read into the
 * neighbouring columns.  A whole level-2 label first (`服务对象满意度 企业满意度`,
 * the group's label cell reprinted over the continued part and its first
 * name) is such a row: left out, the page's rows lost their label
 * (wkhtml-writer-layout legacy f0215) or the table (writer-pdf-layout
 * variant v0058). */
static gboolean page_opens_on_joined_row(const page_line *lines, gsize k, int margin)
{
    gsize above = k; /* where the lines above the row that only furniture may hold end */
    if (k > 0 && level1_label_alone(&lines[k - 1]))
        above = k - 1;
    if (!furniture_or_row_header_cut(lines, 0, above) || !joined_cells_inside(&lines[k], margin))
        return FALSE;
    char *first = first_word(&lines[k]);
    char *norm = jx_norm_text(first);
    gboolean cut = jx_taxonomy_label_word(first) && !jx_taxonomy_standard_level2(norm);
    g_free(norm);
    g_free(first);
    return !cut;
}

/* TRUE when line `pl`'s first word is a piece of a label a narrow column
 * wrapped (`可持` of 可持续影响指标): the label column's lines, read into
 * the neighbouring columns, not a row's cells. */
static gboolean opens_on_label_piece(const page_line *pl)
{
    char *first = first_word(pl);
    gboolean wrapped = jx_taxonomy_label_piece(first);
    g_free(first);
    return wrapped;
}

/* TRUE when normalized `text` is a level-1 label, a joiner and a whole
 * level-2 label the taxonomy lists under it (`效益指标/社会效益指标`), not
 * the first line of one a narrow column wrapped (`产出-数量指`). */
static gboolean joined_label_whole(const char *text)
{
    gsize n;
    jx_taxonomy_label_joiners(&n);
    for (gsize k = 0; k < n; k++) {
        const char *rest;
        const char *code = jx_taxonomy_joined_head(text, k, &rest);
        if (code && jx_taxonomy_level2(code, rest))
            return TRUE;
    }
    return FALSE;
}

/* TRUE when line k, the first text of a page after the first, is the
 * first line of a joined label its narrow cell wrapped (opens_joined_label,
 * not a whole label: `产出-数量指` over a row, `标` under it), alone at the
 * margin: a merged cell whose rows the page break parted, printed where its
 * middle fell, atop the next page.  The table the page before ended goes
 * on; a region opening under that line would lose the label's head and
 * read its tail (`标`) as the label of the rows on both pages.  A whole
 * label there is page_opens_on_whole_label's. */
static gboolean page_opens_on_cut_label(const page_line *lines, gsize k, int margin)
{
    if (!nothing_but_furniture(lines, 0, k) || !joined_label_inside(&lines[k], margin))
        return FALSE;
    char *raw = g_strndup(lines[k].s, lines[k].n);
    char *text = g_strstrip(jx_norm_text(raw));
    gboolean cut = !joined_label_whole(text);
    g_free(text);
    g_free(raw);
    return cut;
}

static gboolean opens_with_label_head(const page_line *pl);

/* TRUE when line k, the first text of a page after the first, is a whole
 * level-2 label alone (`社会效益指标`, below it at most blank lines and
 * other labels) over the page's rows: a spreadsheet's PDF prints a merged
 * label cell a page break parts on both pages, its text again atop the
 * continued part, there the label of the rows under it (calc-pdf-layout
 * bureau b0002: `社会效益指标` atop page 3 over `31 政策宣传覆盖率`, the
 * next group's `生态效益指标` two rows lower).  Left out of the table, those
 * rows took the label of the next group below them.  Over a reprinted
 * header whose first line holds the label columns' heads (一级指标 二级指标)
 * it is still left out: read into the table it stood as one more row of
 * its group at the page before's end, and the centred labels there
 * reached a row too far (calc-pdf-layout dept f0289). */
static gboolean page_opens_on_whole_label(const page_line *lines, gsize n, gsize k)
{
    if (!nothing_but_furniture(lines, 0, k) || lines[k].kind != ROW_NONE ||
        lines[k].furniture || !label_line(&lines[k], TRUE))
        return FALSE;
    gsize next = k + 1;
    while (next < n && (line_blank(&lines[next]) || label_line(&lines[next], FALSE) ||
                        label_line(&lines[next], TRUE)))
        next++;
    return next < n && !opens_with_label_head(&lines[next]);
}

/* TRUE when every word of single-piece line `pl` is a level label or a
 * piece of one a narrow column wrapped (`效益`, `指标`, `可持续`, `影响指`). */
static gboolean label_pieces_line(const page_line *pl)
{
    if (pl->kind != ROW_NONE || pl->furniture || line_blank(pl))
        return FALSE;
    char *raw = g_strndup(pl->s, pl->n);
    char *text = g_strstrip(jx_norm_text(raw));
    g_free(raw);
    char **words = g_strsplit(text, " ", -1);
    gboolean all = TRUE;
    for (char **w = words; *w && all; w++)
        all = !**w || jx_taxonomy_label_word(*w) || jx_taxonomy_label_piece(*w);
    g_strfreev(words);
    g_free(text);
    return all;
}

/*
 * A spreadsheet's PDF prints the text of a merged level-1 cell that a page
 * break parts again atop the continued part, wrapped a few characters a
 * line in its narrow column (`产出` / `指标`, blank lines, then the page's
 * rows: calc-pdf-layout bureau b0038).  The region opened under it, and
 * the page's top rows lost the label that says where their group goes on.
 * The stack read with the page is the label of the rows under it, as a
 * whole level-2 label alone on its line is (page_opens_on_whole_label).
 * Only a whole level-1 label: a level-2 label reprinted so (`数量` / `指标`)
 * set a group's first row where the region centres its labels, and the
 * group's edge moved a row (calc-pdf-layout bureau b0049); a label's tail
 * alone (`指标`) finishes the label the page before ended with (b0044).
 * A level-1 label on one line is left out as before: read in, it moved the
 * rows of the page before out of its group (calc-pdf-layout standard
 * f0216, `效益指标` atop page 3).
 *
 * The lines from line k, the first text of a page after the first, that
 * hold such a stack and the blank lines between its pieces; 0 when line k
 * opens none.
 */
/* a label wrapped in a narrow column: two lines of pieces at least */
#define LEVEL1_STACK_MIN_LINES 2

static gsize page_opens_on_level1_stack(const page_line *lines, gsize n, gsize k)
{
    if (!nothing_but_furniture(lines, 0, k) || !label_pieces_line(&lines[k]))
        return 0;
    GString *joined = g_string_new(NULL);
    gsize end = k;
    int pieces = 0;
    for (; end < n && (line_blank(&lines[end]) || label_pieces_line(&lines[end])); end++) {
        pieces += !line_blank(&lines[end]);
        char *raw = g_strndup(lines[end].s, lines[end].n);
        char *norm = jx_norm_text(raw);
        g_string_append(joined, g_strstrip(norm));
        g_free(norm);
        g_free(raw);
    }
    gboolean whole = pieces >= LEVEL1_STACK_MIN_LINES && jx_taxonomy_level1(joined->str) != NULL;
    /* a label a character a line that goes on in the next line's first
     * word (`产` / `出` / `指 产出时`: 产出 of 产出指标) is not whole yet */
    if (whole && end < n) {
        char *first = first_word(&lines[end]);
        char *norm = jx_norm_text(first);
        g_string_append(joined, norm);
        whole = !jx_taxonomy_opens_label(joined->str, 1) &&
                !jx_taxonomy_opens_label(joined->str, 2);
        g_free(norm);
        g_free(first);
    }
    g_string_free(joined, TRUE);
    /* over a header printed again (`一级指标 二级指标` on the line the
     * page's region opens with) the label is left out, as a whole label
     * alone is (page_opens_on_whole_label) */
    for (gsize j = end; whole && j < n; j++) {
        if (line_blank(&lines[j]))
            continue;
        whole = !opens_with_label_head(&lines[j]);
        if (lines[j].kind == ROW_SPACE)
            break;
    }
    return whole ? end - k : 0;
}

/* A table-wide row header (产出及效益指标) is one cell merged over all the
 * table's rows; a spreadsheet's PDF centres its text, wrapped in its narrow
 * column (`产出` / `及效` / `益指` / `标`), halfway down the table, and the
 * tall row under its last piece may leave one blank line more over it
 * than the rows stand apart.  The table goes on under it: its rows above
 * are only half of those the header spans.  The run may be this many blank
 * lines longer than the room the region allows ... */
#define ROW_HEADER_GAP_EXTRA 1
/* ... and the block over it (the header's pieces and the row's lines
 * beside them) this many lines at most: the word's characters two a line,
 * a line of the row's cells between each two. */
#define ROW_HEADER_BLOCK_MAX_LINES 8

/* TRUE when the run of blank lines from line `first` (longer than `room`,
 * by ROW_HEADER_GAP_EXTRA at most) lies under the last piece of a
 * table-wide row header wrapped at the block's left edge: the first words
 * of the block's lines that start leftmost, joined top to bottom, are all
 * of a row-header word (jx_taxonomy_row_header_word), two pieces at least,
 * and a single piece follows the run: the next row's name set at its top,
 * its cells centred lower, which opens no region of its own (after a line
 * of several pieces the rows read as a region of their own, as a browser's
 * print, its row header repeated down the rows, needs them). */
static gboolean row_header_centre_gap(const page_line *lines, gsize n, gsize first, int room)
{
    gsize run = blank_run(lines, n, first, 1);
    if (first == 0 || run > (gsize)room + ROW_HEADER_GAP_EXTRA || first + run >= n ||
        lines[first + run].furniture || lines[first + run].kind == ROW_SPACE ||
        line_blank(&lines[first + run]))
        return FALSE;
    gsize top = first;
    while (top > 0 && !line_blank(&lines[top - 1]) && first - top < ROW_HEADER_BLOCK_MAX_LINES)
        top--;
    if (top == 0 || !line_blank(&lines[top - 1]))
        return FALSE;
    int left = G_MAXINT;
    for (gsize k = top; k < first; k++)
        left = lines[k].furniture ? left : MIN(left, lines[k].offset);
    GString *joined = g_string_new(NULL);
    int pieces = 0;
    for (gsize k = top; k < first; k++) {
        if (lines[k].furniture || lines[k].offset != left)
            continue;
        char *word = first_word(&lines[k]);
        g_string_append(joined, word);
        g_free(word);
        pieces++;
    }
    gboolean whole = pieces >= 2 && jx_taxonomy_row_header_word(joined->str);
    g_string_free(joined, TRUE);
    return whole;
}

/* The gaps a region's rows may stand apart by past `room` blank lines
 * (each predicate's comment says which table shape leaves them), all of
 * one signature: the run's first line and the room the region allows. */
typedef gboolean (*region_gap_test)(const page_line *lines, gsize n, gsize first, int room);
static const region_gap_test REGION_GAPS[] = {
    tall_row_gap,       top_name_row_gap,     top_name_block_gap,
    top_name_label_gap, wrapped_top_name_gap, row_header_centre_gap,
};

/* TRUE when the run of blank lines from line `first`, longer than the
 * `room` find_region allows, still lies inside its table: a dense table's
 * padding (padded_gap, asked only when `dense`: several lines of pieces
 * mostly set tight), one of REGION_GAPS, or the padding over a tall row
 * that ends its page or the table under the region's last row `row`
 * (tall_row_ends_page, lone_cell_ends_table). */
static gboolean gap_inside_region(const page_line *lines, gsize n, gsize first, int room,
                                  gboolean dense, gsize row)
{
    if (dense && padded_gap(lines, n, first, room + DENSE_EXTRA_BLANKS))
        return TRUE;
    for (gsize t = 0; t < G_N_ELEMENTS(REGION_GAPS); t++)
        if (REGION_GAPS[t](lines, n, first, room))
            return TRUE;
    return tall_row_ends_page(lines, n, first, room, row) ||
           lone_cell_ends_table(lines, n, first + blank_run(lines, n, first, 1), row);
}

/* Lines a table-wide row header's line alone between two rows may stand
 * above the next row's line of several pieces: right over it, or over a
 * label's line or a blank one beside that row's top. */
#define ROW_HEADER_ROW_REACH 2

/* TRUE when line `pl`'s first word is a label column's header word or
 * its wrapped first line (一级指标, `一级指`; see part_of_label_head): the
 * line is a target table's header. */
static gboolean opens_with_label_head(const page_line *pl)
{
    /* NFKC: a PDF's text may spell 一 and 二 as Kangxi radicals */
    char *text = g_utf8_normalize(pl->s, (gssize)pl->n, G_NORMALIZE_NFKC);
    if (!text)
        return FALSE;
    char **words = g_strsplit(g_strstrip(text), " ", 2);
    gboolean head = words[0] && part_of_label_head(words[0]) == HEAD_PART;
    g_strfreev(words);
    g_free(text);
    return head;
}

/* TRUE when line `pl`'s text, joined with the first word of line `row`
 * below it when `row` is not NULL, is all of a table-wide row header's
 * words (`年度绩效指` over `标  推进…  项目预算控制率  ≤100%`). */
static gboolean row_header_whole(const page_line *pl, const page_line *row)
{
    char *text = g_strstrip(g_strndup(pl->s, pl->n));
    char *rest = row ? first_word(row) : g_strdup("");
    char *joined = g_strconcat(text, rest, NULL);
    gboolean whole = jx_taxonomy_row_header_word(joined);
    g_free(joined);
    g_free(rest);
    g_free(text);
    return whole;
}

/* TRUE when line k is a table-wide row header's words alone between two
 * rows of the table (年度绩效指标), or its first line (`年度绩效指`) where
 * its narrow column wrapped it and the rest opens a line down to the next
 * row's (`标  推进…  ≤100%`, or `标` alone over it), the next line of
 * several pieces ROW_HEADER_ROW_REACH lines down at most: wkhtmltopdf
 * centres the header's cell, merged over every row of the page's part of
 * the table, and its line falls wherever that part's middle is, at the
 * margin, between two rows' lines.  Such a line heads the rows and is none
 * of their cells; read as text outside the table, it ended the table and
 * every row under it was lost.  Only in a region its header opens
 * (`head`, its first line of several pieces: see opens_with_label_head):
 * a continued page's rows read by the columns the page before carries
 * over, or rows under a metadata block, take no column of their own
 * there.  (A rest alone on a line of its own, a row's line between the
 * two, is left to end the region: read as one table, the row header's
 * column moved every label column of calc-layout prints.) */
static gboolean row_header_between_rows(const page_line *lines, gsize n, gsize k,
                                        const page_line *head)
{
    const page_line *pl = &lines[k];
    if (pl->kind != ROW_NONE || pl->furniture || line_blank(pl) || pl->width > ROW_HEADER_MAX_COLS ||
        !line_text_is(pl, jx_taxonomy_row_header_part) || !opens_with_label_head(head))
        return FALSE;
    gboolean whole = row_header_whole(pl, NULL);
    for (gsize j = k + 1; j < n && j <= k + ROW_HEADER_ROW_REACH; j++) {
        whole = whole || row_header_whole(pl, &lines[j]);
        if (lines[j].kind == ROW_SPACE)
            return whole;
    }
    return FALSE;
}

/* TRUE when line k, not a line of several pieces, still belongs to the
 * region whose first line of several pieces is `head` and last such line
 * is `row`: a wrapped continuation
 * (may_continue), a row set one space apart, or one of the label and
 * name lines a merged cell leaves between or round rows (each
 * predicate's comment says which). */
static gboolean line_inside_region(const page_line *lines, gsize n, gsize k, gsize row,
                                   gsize head, int margin, int width)
{
    const page_line *pl = &lines[k];
    return may_continue(pl, margin, width) || pl->joined ||
           row_label_between(lines, n, k, row, margin, width) ||
           level2_label_inside(pl, margin) || joined_label_inside(pl, margin) ||
           label_tail_inside(pl, margin) || wraps_round_row(lines, n, k, row) ||
           label_wraps_round_row(lines, n, k, margin, width) ||
           line_in_top_name_label(lines, n, k) || wraps_round_last_column(lines, n, k, margin) ||
           name_over_figures(lines, n, k, margin) ||
           row_header_between_rows(lines, n, k, &lines[head]) ||
           numbered_label_inside(pl, margin);
}

/* TRUE when signature line `sig` (see signature_line) sets a field inside
 * a word of one of the table's lines from `first` to it, in either reading
 * of the columns (see WIDE_AS): read as one more row it would part a cell
 * where no column is.  Fields that all fall in the gaps between the
 * table's words (in line with the remark column's start) may be the only
 * sign of a short column, and are left in the table. */
static gboolean signature_cuts_words(const page_line *sig, const page_line *first)
{
    GArray *pcs = g_array_new(FALSE, FALSE, sizeof(piece));
    jx_split_spaces(sig->s, sig->n, pcs);
    gboolean cuts = FALSE;
    for (guint k = 1; k < pcs->len && !cuts; k++) {
        const piece *pc = &g_array_index(pcs, piece, k);
        for (int wide = 0; wide < 2 && !cuts; wide++) {
            int col, to;
            piece_span(sig->s, pc, !wide, &col, &to);
            for (const page_line *a = first; a < sig && !cuts; a++)
                cuts = col > 0 && !blank_across(a, wide, col - 1, col) &&
                       !blank_across(a, wide, col, col + 1);
        }
    }
    g_array_unref(pcs);
    return cuts;
}

/*
 * The layout region starting at line i: from a line of several pieces (or
 * a header part just above one, or a continued page's first row set one
 * space apart: page_opens_on_joined_row) through lines of several pieces,
 * wrapped continuations and a few blank lines, to the last line of several pieces
 * and the continuations right below it.  Returns the end (exclusive), or i
 * when no table starts here.  Page numbers inside are skipped by the caller.
 * `first_page`: the lines are the document's first page, where a title may
 * stand right above the table (see heads_table); `whole_page`: they are all
 * of their page (see alone_on_page); `max_blanks` the blank lines rows may
 * stand apart, `own_blanks` that as the page alone shows it (see
 * page_max_blanks).
 */
static gsize find_region(const page_line *lines, gsize n, gsize i, int margin, int width,
                         gboolean first_page, gboolean whole_page, int max_blanks,
                         int own_blanks, int gap_extra)
{
    gsize first_multi = i;
    gboolean row_opens = FALSE; /* line i is a continued page's joined row, no heading */
    /* line i is a whole label atop a continued page, blank lines under it */
    gboolean label_opens = FALSE;
    gsize stack = 0; /* lines of a level-1 label stacked atop a continued page */
    /* a header wrapped over label columns takes a line more for each of
     * its lines of label-head pieces */
    for (gsize lead = 0, most = REGION_MAX_LEAD; lead <= most && first_multi < n;
         lead++, first_multi++) {
        if (lines[first_multi].kind == ROW_SPACE || name_round_lone_target(lines, n, first_multi))
            break;
        if (label_opens && line_blank(&lines[first_multi]))
            continue;
        if (label_heads_line(&lines[first_multi])) {
            most++;
            continue;
        }
        /* a continued page's first row set one space apart (asked once) */
        gboolean joined_opener = first_multi == i && page_opens_on_joined_row(lines, i, margin);
        if (joined_opener && !opens_on_label_piece(&lines[i])) {
            most += JOINED_OPENER_LEAD;
            row_opens = TRUE;
        } else if (first_multi == i && !first_page && page_opens_on_whole_label(lines, n, i)) {
            label_opens = TRUE;
        } else if (first_multi == i && !first_page &&
                   (stack = page_opens_on_level1_stack(lines, n, i)) > 0) {
            label_opens = TRUE;
            most += stack;
        } else if (!may_continue(&lines[first_multi], margin, width) && !joined_opener &&
                 !(first_multi == i && !first_page && page_opens_on_cut_label(lines, i, margin)))
            return i;
    }
    if (first_multi >= n ||
        (lines[first_multi].kind != ROW_SPACE && !name_round_lone_target(lines, n, first_multi)))
        return i;
    gboolean page_top = first_page;
    for (gsize k = 0; k < i && page_top; k++)
        page_top = line_blank(&lines[k]);
    if (first_multi > i && !label_heads_line(&lines[i]) && !row_opens &&
        heads_table(&lines[i], &lines[first_multi], page_top))
        return i;
    gsize last_multi = first_multi;
    int multi = 1, blanks = 0;
    int tight = 0, apart = 0; /* lines right under a line of text / after a blank */
    /* the text lines since the last blank one: the first run is the
     * header's (HEADER_EXTRA_BLANKS), a later one a row's (`gap_extra`) */
    gboolean first_group = TRUE, furniture = FALSE, prose = FALSE;
    int row_lines = 1 + (int)(first_multi - i), rows_apart = 0;
    gsize foot = n; /* a signature line's, when one ends the table */
    for (gsize k = first_multi + 1; k < n; k++) {
        const page_line *pl = &lines[k];
        if (line_blank(pl) || pl->furniture) {
            furniture = furniture || pl->furniture;
            gboolean header =
                multi == 1 || (first_group && row_lines <= HEADER_MAX_LINES && !prose);
            /* a paragraph (a metadata block's 年度绩效目标) keeps to the
             * page's own gap: the document's is its rows' */
            int room = (prose ? own_blanks : max_blanks) + (header ? HEADER_EXTRA_BLANKS
                                     : !first_group && !prose && !furniture
                                         ? MAX(gap_extra, rows_apart)
                                         : 0);
            gboolean dense = max_blanks == REGION_MAX_BLANKS && multi >= REGION_MIN_MULTI &&
                             tight > apart;
            if (++blanks > room &&
                !gap_inside_region(lines, n, k + 1 - blanks, room, dense, last_multi))
                break;
            continue;
        }
        if (blanks) {
            apart++;
            /* a header of several lines of several pieces as far above
             * the first row as HEADER_EXTRA_BLANKS lets it: the rows
             * stand as far apart (too few on the page to say so) */
            if (first_group && multi > 1 && blanks > max_blanks)
                rows_apart = blanks - max_blanks;
            first_group = furniture = prose = FALSE;
            row_lines = 0;
        } else {
            tight++;
        }
        row_lines++;
        prose = prose || ends_sentence(pl);
        if (!blanks && signature_line(pl) && signature_cuts_words(pl, &lines[first_multi])) {
            /* the form's foot right under the last row ends the table, no
             * row of it (see signature_cuts_words), but shows a row above
             * it is a table's */
            multi++;
            foot = k;
            break;
        }
        if (pl->kind == ROW_SPACE || name_round_lone_target(lines, n, k)) {
            last_multi = k;
            multi++;
        } else if (lone_cell_ends_table(lines, n, k, last_multi) ||
                   (multi >= JOINED_TAIL_MIN_MULTI && joined_row_over_target(lines, n, k, margin))) {
            last_multi = k;
        } else if (row_header_in_last_padding(lines, n, k, last_multi)) {
        } else if (!line_inside_region(lines, n, k, last_multi, first_multi, margin, width)) {
            /* a line of two cells set tight stays in the table; it does not
             * count toward one, as it may be prose */
            break;
        }
        blanks = 0;
    }
    gsize notes = n; /* where a lone row's notes start (see lone_row_on_page) */
    gboolean lone_row = multi < REGION_MIN_MULTI && whole_page &&
                        lone_row_on_page(lines, n, first_multi, &notes);
    if (multi < REGION_MIN_MULTI && !lone_row)
        return i;
    if (lone_row)
        n = notes;
    n = MIN(n, foot);
    gsize end = last_multi + 1;
    gboolean named = FALSE; /* a row set one space apart taken (see joined_label_row) */
    for (; end < n; end++) {
        if (joined_label_row(&lines[end], margin, FALSE))
            named = TRUE;
        else if (!may_continue(&lines[end], margin, width) &&
                 !joined_label_row(&lines[end], margin, named) &&
                 !(multi >= JOINED_TAIL_MIN_MULTI && joined_cells_inside(&lines[end], margin)))
            break;
    }
    return end;
}

/* The two readings of a layout dump's columns, tried in turn: a wide
 * character two display columns (a dump set by display width), or one
 * (pdftotext -layout, which gives each character a column). */
static const int WIDE_AS[] = {2, 1};

/* The words of region lines[a, b) at their columns, each wide character
 * counting `wide` columns; fills `row_lines` with each line's number.  A
 * word opening a piece its producer marked in `continued` (may be NULL; keyed
 * by display columns, wide characters two) continues the cell above. */
static GArray *region_words(const page_line *lines, gsize a, gsize b, int wide, GArray *row_lines,
                            GHashTable *continued)
{
    GArray *words = g_array_new(FALSE, FALSE, sizeof(jx_layout_word));
    g_array_set_size(row_lines, 0);
    int rows = 0;
    for (gsize k = a; k < b; k++) {
        const page_line *pl = &lines[k];
        if (line_blank(pl) || pl->furniture)
            continue;
        const char *p = pl->s, *end = pl->s + pl->n;
        int col = 0, shown_col = 0;
        while (p < end) {
            int bytes, shown = jx_text_char_width(p, end, &bytes);
            gboolean space = *p == ' ' || (bytes == 3 && memcmp(p, "\xE3\x80\x80", 3) == 0);
            int width = shown > 1 ? wide : shown;
            if (space) {
                col += width;
                shown_col += shown;
                p += bytes;
                continue;
            }
            /* a marked name opens wide text on a line of cells set one
             * space apart (see has_wide_space_wide): the space before it
             * parts two cells as between two wide characters (on a line
             * of several pieces a label before it parts them by its own
             * evidence, see label_set_tight) */
            gboolean wide_start =
                shown > 1 || (pl->kind == ROW_NONE && pl->joined && opens_wide_or_marked(p, end));
            jx_layout_word w = {p, 0, col, col, rows, wide_start, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE};
            w.continues = continued &&
                          g_hash_table_contains(continued, jx_layout_mark(pl->line, shown_col));
            while (p < end && *p != ' ' && !(end - p >= 3 && memcmp(p, "\xE3\x80\x80", 3) == 0)) {
                int cw = jx_text_char_width(p, end, &bytes);
                col += cw > 1 ? wide : cw;
                shown_col += cw;
                w.wide_end = cw > 1;
                p += bytes;
            }
            w.len = (gsize)(p - w.text);
            w.x1 = col;
            g_array_append_val(words, w);
        }
        g_array_append_val(row_lines, pl->line);
        rows++;
    }
    return words;
}

/*
 * Builds the grid of region lines[a, b).  Where a word stands depends on who
 * laid the text out: a terminal renderer (a text browser) gives a CJK
 * character two columns, as it shows it; pdftotext -layout gives every
 * character one, whatever its width.  Both readings are tried and the one
 * whose cells line up better (their left edges at fewer positions) is kept.
 */
/* TRUE when lines[a, b) hold no text but page numbers. */
static gboolean nothing_but_furniture(const page_line *lines, gsize a, gsize b)
{
    for (gsize k = a; k < b; k++)
        if (!line_blank(&lines[k]) && !lines[k].furniture)
            return FALSE;
    return TRUE;
}

/* The columns the page before carried (see jx_layout_carry), where they
 * stood there, in this page's display columns. */
static GArray *carried_columns_here(const jx_layout_carry *c)
{
    GArray *cols = g_array_sized_new(FALSE, FALSE, sizeof(jx_layout_span), c->cols->len);
    for (guint k = 0; k < c->cols->len; k++) {
        const jx_layout_span *s = &g_array_index(c->cols, jx_layout_span, k);
        jx_layout_span here = {(s->a - c->origin) / c->scale, (s->b - c->origin) / c->scale};
        g_array_append_val(cols, here);
    }
    return cols;
}

/* The columns the page before carried over (see jx_layout_carry), in the x
 * of reading `wide`, for a region that opens its page; NULL when none. */
static GArray *carried_columns(const splitter *sp, int wide, gboolean opens_page,
                               const page_line *lines, gsize a, gsize b)
{
    const jx_layout_carry *c = sp->carry;
    if (!c || !c->open || !c->cols || !opens_page || c->wide != wide || !(c->scale > 0))
        return NULL;
    int text_lines = 0;
    for (gsize k = a; k < b; k++)
        text_lines += !line_blank(&lines[k]) && !lines[k].furniture;
    if (text_lines < c->min_lines || (c->max_lines && text_lines > c->max_lines))
        return NULL;
    return carried_columns_here(c);
}

/* The one column of `grid` between its first and last that no row but the
 * first (the header) fills, -1 when none or more: a header label centred
 * over its column, set right of where the column's cells start, which
 * pdftotext -layout's reading parts into a column of its own.  The next
 * page's rows hold no text in it. */
static int heading_only_column(const jx_grid *grid)
{
    int found = -1;
    int rows = jx_grid_n_rows(grid), cols = jx_grid_n_cols(grid);
    for (int c = 1; c + 1 < cols && rows > 1; c++) {
        gboolean head = jx_grid_cell(grid, 0, c) && *jx_cell_text(jx_grid_cell(grid, 0, c));
        for (int r = 1; r < rows && head; r++)
            head = !jx_grid_cell_covering(grid, r, c) ||
                   !*jx_cell_text(jx_grid_cell_covering(grid, r, c));
        if (head && found >= 0)
            return -1;
        if (head)
            found = c;
    }
    return found;
}

/* Leaves the columns `used` (reading `wide`) for the next page where the
 * region ends its page. */
static void carry_columns(splitter *sp, const GArray *used, int wide, gboolean ends_page)
{
    jx_layout_carry *c = sp->carry;
    if (!c)
        return;
    c->max_lines = 0; /* see FOOT_ROW_CARRY_MAX_LINES */
    c->head_only = -1;
    c->open = ends_page && used->len;
    if (!c->open)
        return;
    if (!c->cols)
        c->cols = g_array_new(FALSE, FALSE, sizeof(jx_layout_span));
    g_array_set_size(c->cols, 0);
    for (guint i = 0; i < used->len; i++) {
        const jx_layout_span *s = &g_array_index(used, jx_layout_span, i);
        jx_layout_span page = {c->origin + s->a * c->scale, c->origin + s->b * c->scale};
        g_array_append_val(c->cols, page);
    }
    c->wide = wide;
}

/* The fewest pieces a page's lone first line must set in the carried
 * columns to be a row of the table the page before ended with (a name and
 * its target: fewer says nothing of columns). */
#define LONE_ROW_MIN_COLUMNS 2
/* The most lines a lone row sets (its name or target wrapped round the
 * line, as a row of the table's pages does). */
#define LONE_ROW_MAX_LINES 3
/* How far left of a carried column a word may start and still be in it:
 * the columns come back from page units rounded, to a display column. */
#define LONE_ROW_SLACK_COLS 1

/* TRUE when `word` starts in the gap between the carried columns `prev`
 * and `span` (NULL: none before) and reaches into `span`, ending before
 * `next` (NULL: none after): a cell set right in its column (a browser's
 * target column), wider than any the pages before set there, so starting
 * left of where their widest started (2020年11月30日以前 alone on a page
 * under targets no longer than ≤2020年12月31日). */
static gboolean reaches_into_column(const jx_layout_word *word, const jx_layout_span *prev,
                                    const jx_layout_span *span, const jx_layout_span *next)
{
    return prev && word->x0 >= prev->b && word->x0 < span->a && word->x1 > span->a &&
           (!next || word->x1 <= next->a + LONE_ROW_SLACK_COLS);
}

/* TRUE when every word of `words` starts inside one of `cols` (or reaches
 * into it from the gap before it, reaches_into_column), in `least` columns
 * at least. */
static gboolean words_in_columns(const GArray *words, const GArray *cols, int least)
{
    int used = 0, last = -1;
    for (guint w = 0; w < words->len; w++) {
        const jx_layout_word *word = &g_array_index(words, jx_layout_word, w);
        int in = -1;
        for (guint c = 0; c < cols->len && in < 0; c++) {
            const jx_layout_span *span = &g_array_index(cols, jx_layout_span, c);
            const jx_layout_span *next =
                c + 1 < cols->len ? &g_array_index(cols, jx_layout_span, c + 1) : NULL;
            if ((word->x0 >= span->a - LONE_ROW_SLACK_COLS && word->x0 < span->b &&
                 (!next || word->x1 <= next->a + LONE_ROW_SLACK_COLS)) ||
                reaches_into_column(word, c ? &g_array_index(cols, jx_layout_span, c - 1) : NULL,
                                    span, next))
                in = (int)c;
        }
        if (in < 0)
            return FALSE;
        used += in != last;
        last = in;
    }
    return words->len > 0 && used >= least;
}

/* Where the rows of the borderless table the page before ran to its foot
 * with end, when lines[k], the first text of its page, makes no region of
 * its own: the lines from k whose words all start inside the carried
 * columns (the first line's in LONE_ROW_MIN_COLUMNS columns at least), in
 * one of the two readings; k when none.  A word processor breaking a
 * borderless table's pages may put one row alone on a page (the label
 * columns empty there, its target wrapped below its name): read as lines,
 * it ended the table and the pages after it were lost. */
static gsize carried_rows_end(const splitter *sp, const page_line *lines, gsize n, gsize k)
{
    gsize best = k;
    GArray *row_lines = g_array_new(FALSE, FALSE, sizeof(int));
    for (gsize i = 0; i < G_N_ELEMENTS(WIDE_AS); i++) {
        GArray *cols = carried_columns(sp, WIDE_AS[i], TRUE, lines, k, k + 1);
        if (!cols)
            continue;
        gsize end = k;
        int taken = 0;
        for (gsize j = k; j < n && !lines[j].furniture; j++) {
            if (line_blank(&lines[j]))
                continue;
            GArray *words = region_words(lines, j, j + 1, WIDE_AS[i], row_lines, NULL);
            gboolean fits = taken < LONE_ROW_MAX_LINES &&
                            words_in_columns(words, cols, j == k ? LONE_ROW_MIN_COLUMNS : 1);
            g_array_free(words, TRUE);
            if (!fits)
                break;
            end = j + 1;
            taken++;
        }
        /* the row must be all its page holds: a page of more rows than one
         * had the region finder's say, and lines after the row (notes, a
         * signature block) end the table there */
        if (!nothing_but_furniture(lines, end, n))
            end = k;
        best = MAX(best, end);
        g_array_free(cols, TRUE);
    }
    g_array_free(row_lines, TRUE);
    return best;
}

/* TRUE when word w of `words` (in line order) opens a piece: first on its
 * line, or two columns after the word before, or one between two wide
 * characters (how pdftotext -layout parts cells it squeezed). */
static gboolean opens_piece(const GArray *words, guint w)
{
    const jx_layout_word *word = &g_array_index(words, jx_layout_word, w);
    if (!w || g_array_index(words, jx_layout_word, w - 1).row != word->row)
        return TRUE;
    const jx_layout_word *before = &g_array_index(words, jx_layout_word, w - 1);
    double gap = word->x0 - before->x1;
    return gap >= 2 || (gap >= 1 && before->wide_end && word->wide_start);
}

static int cmp_span_start(const void *pa, const void *pb)
{
    double a = ((const jx_layout_span *)pa)->a, b = ((const jx_layout_span *)pb)->a;
    return (a > b) - (a < b);
}

/* The extents of the pieces (see opens_piece) of `words`, pieces that
 * overlap one extent: the page's columns as its lines show them, left to
 * right.  Cells centred in their column start where their widths put them
 * (a label's wrapped tail under its head); they overlap. */
static GArray *piece_columns(const GArray *words)
{
    GArray *spans = g_array_new(FALSE, FALSE, sizeof(jx_layout_span));
    for (guint w = 0; w < words->len; w++) {
        const jx_layout_word *word = &g_array_index(words, jx_layout_word, w);
        if (opens_piece(words, w)) {
            jx_layout_span part = {word->x0, word->x1};
            g_array_append_val(spans, part);
        } else {
            g_array_index(spans, jx_layout_span, spans->len - 1).b = word->x1;
        }
    }
    g_array_sort(spans, cmp_span_start);
    guint kept = 0;
    for (guint k = 0; k < spans->len; k++) {
        jx_layout_span part = g_array_index(spans, jx_layout_span, k);
        jx_layout_span *last = kept ? &g_array_index(spans, jx_layout_span, kept - 1) : NULL;
        if (last && part.a < last->b)
            last->b = MAX(last->b, part.b);
        else
            g_array_index(spans, jx_layout_span, kept++) = part;
    }
    g_array_set_size(spans, kept);
    return spans;
}

/* A continued page leaves this many of the carried columns empty at most,
 * its first (the row-header or level-1 column a merged cell spans the
 * break in); more left over say the page's lines hold fewer cells than the
 * table's rows (a row's rest), not the table's columns moved. */
#define MOVED_MAX_DROPPED 1
/* No column moves by more than this share of the carried table's width: a
 * page's pieces that far from the columns they would stand for are fewer
 * cells than the table's (the rest of a row the break cut, set on a line of
 * its own), not its columns moved. */
#define MOVED_MAX_SHIFT_SHARE 0.4

/* Pieces a line of a continued page's whole row shows at least: its name
 * and its target. */
#define WHOLE_ROW_MIN_PIECES 2

/* TRUE when the first line of `words`, ending with word `last`, is one
 * piece standing within a word of a line below it: the rest of a cell the
 * page break cut (`作` of 做好特困人员救助供养工 / 作, within the next row's
 * work item), set atop the page in that cell's column.  A name set at the
 * top of its row (a browser's) stands out of its row's first word, the
 * row's label, beside it. */
static gboolean rest_over_rows_below(const GArray *words, guint last)
{
    const jx_layout_word *first = &g_array_index(words, jx_layout_word, 0);
    const jx_layout_word *end = &g_array_index(words, jx_layout_word, last);
    for (guint w = last + 1; w < words->len; w++) {
        const jx_layout_word *b = &g_array_index(words, jx_layout_word, w);
        if (b->x0 <= first->x0 && end->x1 <= b->x1)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when every line of `words` (in line order) is a whole row: two
 * pieces or more, the last a target (an operator or a figure with its
 * unit: target_word).  A row's rest the page break cut (a wrapped name's or
 * label's tail) holds no target; rows whose label and work-item cells,
 * merged over the break, are empty on the page are set by pdftotext
 * -layout with those columns dropped, as many as they are.  `wraps`: a
 * line of two pieces or more but no target may also be a row whose name
 * wrapped, its target on the next line with the name's tail (never the
 * page's first line: that one may be a row's rest the break cut). */
static gboolean whole_rows_only(const GArray *words, gboolean wraps)
{
    int pieces = 0;
    const jx_layout_word *last_piece = NULL; /* the first word of the line's last piece */
    gboolean first_line = TRUE, awaits_target = FALSE;
    gboolean sign_before = FALSE; /* the line's piece before its last is a sign or a figure */
    for (guint w = 0; w < words->len; w++) {
        const jx_layout_word *word = &g_array_index(words, jx_layout_word, w);
        gboolean opens_line =
            w == 0 || g_array_index(words, jx_layout_word, w - 1).row != word->row;
        if (opens_line) {
            pieces = 0;
            sign_before = FALSE;
        }
        if (opens_line || opens_piece(words, w)) {
            pieces++;
            if (!opens_line)
                sign_before = jx_layout_word_is_figure(last_piece) ||
                              target_word(last_piece->text, last_piece->text + last_piece->len);
            last_piece = word;
        }
        gboolean ends_line =
            w + 1 == words->len || g_array_index(words, jx_layout_word, w + 1).row != word->row;
        if (!ends_line)
            continue;
        /* (or a sign, then its figure; a figure, then its unit: the table
         * sets them in columns of their own) */
        gboolean target = target_word(last_piece->text, word->text + word->len) ||
                          (sign_before && !opens_wide(last_piece->text, word->text + word->len));
        if (first_line && pieces == 1 && !target && rest_over_rows_below(words, w)) {
            first_line = FALSE; /* (the next line is the page's first row) */
            continue;
        }
        if (pieces < WHOLE_ROW_MIN_PIECES || (!target && (awaits_target || !wraps || first_line)))
            return FALSE;
        awaits_target = !target;
        first_line = FALSE;
    }
    return words->len > 0 && !awaits_target;
}

/*
 * Moves the carried columns `cols` to where this page's columns start (see
 * piece_columns), when the page shows MOVED_MAX_DROPPED fewer (or any
 * fewer, its lines whole rows, or whole rows some of whose names wrapped
 * and whose columns moved no further than a move's: whole_rows_only): the page's
 * columns go to the last carried ones one each, right to left, the first
 * carried column moving as the one after it did.  pdftotext -layout sets
 * each page on a grid of its own: where a table's leading column is empty
 * on its continued page (a merged label cell spanning the break), it drops
 * it and sets the page's cells elsewhere, each column by its own amount
 * (the gaps it squeezes differ), so the page before's columns fit the page
 * by their order, not by their place.  FALSE (`cols` as they were) when the
 * page shows no such columns.
 */
static gboolean move_columns_to_starts(GArray *cols, const GArray *words, int head_only)
{
    GArray *own = piece_columns(words);
    /* a column only the page before's header filled (heading_only_column)
     * takes none of the page's columns when it shows one fewer: the
     * header's label stood apart from its own column's cells, the page's
     * rows hold nothing there, and the first column (row numbers) is not
     * the one dropped */
    guint skip = head_only > 0 && (guint)head_only + 1 < cols->len && own->len + 1 == cols->len
                     ? (guint)head_only
                     : G_MAXUINT;
    gboolean whole = whole_rows_only(words, FALSE);
    /* rows whose names wrapped are whole too, but their lines' pieces are
     * fewer: the columns' shifts must still be a move's */
    gboolean moved = own->len && own->len < cols->len &&
                     (whole || own->len + MOVED_MAX_DROPPED >= cols->len ||
                      whole_rows_only(words, TRUE));
    double most = moved ? MOVED_MAX_SHIFT_SHARE * (g_array_index(cols, jx_layout_span,
                                                                 cols->len - 1).b -
                                                   g_array_index(cols, jx_layout_span, 0).a)
                        : 0;
    /* whole rows move by as much as the columns dropped left of them are
     * wide: their targets, not their place, say they are the table's */
    for (guint c = cols->len, k = own->len; moved && !whole && c-- > 0 && k > 0;)
        moved = c == skip || fabs(g_array_index(own, jx_layout_span, --k).a -
                                  g_array_index(cols, jx_layout_span, c).a) <= most;
    if (moved) {
        double shift = 0, limit = G_MAXDOUBLE;
        for (guint c = cols->len, k = own->len; c-- > 0;) {
            jx_layout_span *span = &g_array_index(cols, jx_layout_span, c);
            if (c == skip) { /* empty, where the next column starts */
                span->a = span->b = limit;
                continue;
            }
            if (k > 0)
                shift = g_array_index(own, jx_layout_span, --k).a - span->a;
            span->a += shift;
            /* a column reaches to the next: the page sets its text wider
             * than the widest the page before set there (a label centred on
             * a line of its own under a line its column's width) */
            span->b = limit < G_MAXDOUBLE ? limit : span->b + shift;
            limit = span->a;
        }
    }
    g_array_free(own, TRUE);
    return moved;
}

/* The columns the page before carried (see jx_layout_carry), reading `wide`,
 * moved to where the continued page's `words` start (see
 * move_columns_to_starts); NULL when none were carried. */
static GArray *moved_columns(const splitter *sp, int wide, const GArray *words)
{
    const jx_layout_carry *c = sp->carry;
    if (!c || !c->open || !c->cols || c->wide != wide || !(c->scale > 0))
        return NULL;
    GArray *cols = g_array_sized_new(FALSE, FALSE, sizeof(jx_layout_span), c->cols->len);
    for (guint i = 0; i < c->cols->len; i++) {
        const jx_layout_span *s = &g_array_index(c->cols, jx_layout_span, i);
        jx_layout_span here = {(s->a - c->origin) / c->scale, (s->b - c->origin) / c->scale};
        g_array_append_val(cols, here);
    }
    if (!move_columns_to_starts(cols, words, c->head_only)) {
        g_array_free(cols, TRUE);
        return NULL;
    }
    return cols;
}

/* TRUE when the columns the page before carried, moved to lines[a, b)'s
 * pieces (see move_columns_to_starts), fit those pieces in one reading. */
static gboolean moved_columns_fit(const splitter *sp, const page_line *lines, gsize a, gsize b)
{
    gboolean fit = FALSE;
    GArray *row_lines = g_array_new(FALSE, FALSE, sizeof(int));
    for (gsize i = 0; i < G_N_ELEMENTS(WIDE_AS) && !fit; i++) {
        GArray *words = region_words(lines, a, b, WIDE_AS[i], row_lines, NULL);
        GArray *cols = moved_columns(sp, WIDE_AS[i], words);
        /* two spaces or more part pieces of text (as emit_layout reads them) */
        fit = cols && jx_layout_columns_fit((const jx_layout_word *)words->data, words->len,
                                            cols, 2.0);
        if (cols)
            g_array_free(cols, TRUE);
        g_array_free(words, TRUE);
    }
    g_array_free(row_lines, TRUE);
    return fit;
}

/* The most text lines a continued page's rows may take when none of them
 * makes a region of its own (a page's tail of a table: two or three rows,
 * their label cells wrapped). */
#define CONTINUED_ROWS_MAX_LINES 12

/* TRUE when `pl` may be a line of a continued table's rows: pieces apart
 * (two spaces or one between wide characters), or a wrapped cell's line. */
static gboolean continued_row_line(const page_line *pl, int margin, int width)
{
    return !pl->furniture && !ends_sentence(pl) &&
           (pl->kind == ROW_SPACE || pl->joined || may_continue(pl, margin, width));
}

/*
 * Where a page's rows of the table the page before ran to its foot with end,
 * when lines[k], the page's first text, makes no region of its own: the
 * lines from k that may be rows (see continued_row_line), blank lines
 * between them at most `max_blanks`, two lines at least, one of them of
 * pieces apart.  A spreadsheet's or a word processor's PDF breaks a table
 * whose merged label cells span the break: the label columns are empty on
 * the continued page, pdftotext -layout drops them and sets the page's cells
 * one space apart (its text starts further left), and the page's few rows
 * made no region; read as lines, they ended the table and were lost.
 * Returns k when the page holds no such rows.
 */
static gsize continued_rows_end(const splitter *sp, const page_line *lines, gsize n, gsize k,
                                int margin, int width, int max_blanks, int own_blanks,
                                int gap_extra)
{
    const jx_layout_carry *c = sp->carry;
    if (!c || !c->open || !c->cols || !c->cols->len)
        return k;
    gsize end = k;
    int taken = 0, apart = 0, blanks = 0;
    for (gsize j = k; j < n; j++) {
        if (line_blank(&lines[j])) {
            if (++blanks > max_blanks)
                break;
            continue;
        }
        if (!continued_row_line(&lines[j], margin, width))
            break;
        /* a region of the page's own below: its rows read by it, the lines
         * above it as they were */
        if (j > k && find_region(lines, n, j, margin, width, FALSE, !sp->page_part, max_blanks,
                                 own_blanks, gap_extra) > j)
            return k;
        blanks = 0;
        taken++;
        apart += lines[j].kind == ROW_SPACE || lines[j].joined;
        end = j + 1;
    }
    return taken >= 2 && taken <= CONTINUED_ROWS_MAX_LINES && apart &&
                   moved_columns_fit(sp, lines, k, end)
               ? end
               : k;
}

/* How much wider or narrower than the page before's leading column a page's
 * first piece column standing over it may be and still be that column (each
 * edge a column's rounding). */
#define LEADING_WIDTH_SLACK 2
/* How much wider or narrower it may be standing elsewhere: pdftotext -layout
 * sets each page by its own left edge, and a line left of the table (a
 * note) moves the whole table right; dropping an empty column moves the
 * rest left. */
#define LEADING_WIDTH_ROUNDING 1

/* A page showing this many piece columns fewer than the carried ones
 * dropped its empty label columns (the row header's and the level-1
 * labels'), not one empty column at the right: a label of its own as wide
 * as the row header may then stand where that header stood. */
#define DROPPED_LABEL_COLUMNS 2

/* TRUE when the last of the page's piece columns `own` overlaps the last of
 * the carried columns `cols`: a page that kept the leading column where it
 * stood keeps its targets' column there too.  A page that dropped its empty
 * label columns sets its targets further left, and a level-2 label as wide
 * as the row header may then stand where that header stood. */
static gboolean last_column_stays(const GArray *cols, const GArray *own)
{
    const jx_layout_span *last = &g_array_index(cols, jx_layout_span, cols->len - 1);
    const jx_layout_span *mine = &g_array_index(own, jx_layout_span, own->len - 1);
    return mine->a < last->b && last->a < mine->b;
}

/*
 * TRUE when `words`' first piece column (see piece_columns) is the leading
 * column of `cols` (the page before's, where they stood): over it and as
 * wide, or as wide and right of the second column (the page's text moved
 * right as a whole), or a column left of it (one the page before's
 * columns left out: a row header).  The page shows its leading column, so pdftotext
 * -layout dropped none: its pieces fewer than the columns carried are
 * columns the page before's header made (a header cell in a column of its
 * own), not a dropped one.  Over it and as wide counts only where the page
 * shows its targets' column where it stood too, or lost fewer than
 * DROPPED_LABEL_COLUMNS columns.
 */
static gboolean keeps_leading_column(const GArray *cols, const GArray *words)
{
    GArray *own = piece_columns(words);
    const jx_layout_span *lead = &g_array_index(cols, jx_layout_span, 0);
    const jx_layout_span *second = &g_array_index(cols, jx_layout_span, 1);
    gboolean kept = FALSE;
    if (own->len) {
        const jx_layout_span *first = &g_array_index(own, jx_layout_span, 0);
        double wider = fabs((first->b - first->a) - (lead->b - lead->a));
        gboolean over = first->a < lead->b && lead->a < first->b;
        kept = (over && wider <= LEADING_WIDTH_SLACK &&
                (own->len + DROPPED_LABEL_COLUMNS > cols->len || last_column_stays(cols, own))) ||
               (wider <= LEADING_WIDTH_ROUNDING && first->a >= second->b) ||
               first->a + LEADING_WIDTH_SLACK < lead->a;
        /* or the page's first column stands where a later one stood, as
         * wide: the page's columns did not move (the leading one empty
         * there, the rest where they were) */
        for (guint k = 1; k < cols->len && !kept; k++) {
            const jx_layout_span *col = &g_array_index(cols, jx_layout_span, k);
            kept = first->a == col->a &&
                   fabs((first->b - first->a) - (col->b - col->a)) <= LEADING_WIDTH_ROUNDING;
        }
    }
    g_array_free(own, TRUE);
    return kept;
}

/* TRUE when the carried columns `cols` fit `words` where they stood: each
 * piece over a column, none two in one (jx_layout_columns_fit), and the
 * page's last piece column over the last carried one.  Wide label and name
 * columns take a page's pieces set left of their own (its empty label
 * columns dropped) as readily; its targets' column left of theirs says the
 * page moved. */
static gboolean fits_where_carried(const GArray *cols, const GArray *words)
{
    /* two spaces or more part pieces of text (as emit_layout reads them) */
    if (!jx_layout_columns_fit((const jx_layout_word *)words->data, words->len, cols, 2.0))
        return FALSE;
    GArray *own = piece_columns(words);
    gboolean stays = own->len && last_column_stays(cols, own);
    g_array_free(own, TRUE);
    return stays;
}

/* How many columns `words` read alone give (see jx_layout_grid_carried); 0
 * when they read as no columns. */
static guint own_columns_found(const splitter *sp, GArray *words, const GArray *row_lines)
{
    GArray *used = g_array_new(FALSE, FALSE, sizeof(jx_layout_span));
    double alignment;
    /* two spaces or more part pieces of text; one column is the resolution */
    jx_grid *grid = jx_layout_grid_carried((jx_layout_word *)words->data, words->len,
                                           (int)row_lines->len, (const int *)row_lines->data,
                                           sp->page, 2.0, 1.0, NULL, used, FALSE, &alignment);
    guint found = used->len;
    jx_grid_free(grid);
    g_array_free(used, TRUE);
    return found;
}

/*
 * TRUE when lines[a, b), a region of its own at a continued page's top, is
 * read by the page before's columns moved to its pieces (see
 * move_columns_to_starts), as continued_rows_end reads a page's rows that
 * make none: the table's leading column is empty there and pdftotext
 * -layout dropped it, so the page's own reading finds fewer columns than
 * the table's, each where it did not stand.  Not when the carried columns
 * fit the page where they stood (fits_where_carried), when the page's
 * own reading finds all of them, or when the page shows the leading
 * column (keeps_leading_column).
 */
static gboolean own_region_reads_moved(const splitter *sp, const page_line *lines, gsize a,
                                       gsize b)
{
    const jx_layout_carry *c = sp->carry;
    if (!c || !c->open || !c->cols || c->cols->len < 2 || !(c->scale > 0))
        return FALSE;
    GArray *row_lines = g_array_new(FALSE, FALSE, sizeof(int));
    GArray *words = region_words(lines, a, b, c->wide, row_lines, NULL);
    GArray *cols = carried_columns_here(c);
    gboolean moved = !fits_where_carried(cols, words) && !keeps_leading_column(cols, words);
    g_array_free(cols, TRUE);
    /* last: the reading sorts the words */
    moved = moved && own_columns_found(sp, words, row_lines) < c->cols->len;
    g_array_free(words, TRUE);
    g_array_free(row_lines, TRUE);
    return moved && moved_columns_fit(sp, lines, a, b);
}

/* The most lines a row the page's foot cut may set (its label and name on
 * one, its target alone on the next, the label's wrapped tail on a third). */
#define FOOT_ROW_MAX_LINES 3
/* How far from a piece start of the region's rows a foot row's line may
 * start and still be in that column (columns: rounding). */
#define FOOT_ROW_SLACK_COLS 1
/* A region ending in such a row carries its columns to a short page only
 * (text lines): the row's lines show none of the label columns' edges, and
 * a page of its own rows reads them better than the carried ones do; a
 * short page cannot show them. */
#define FOOT_ROW_CARRY_MAX_LINES 6

/* Where the first piece of `pl` starts: in characters when `chars` (how a
 * PDF's positioned text and pdftotext -layout place text), else in
 * display columns; -1 when it has none. */
static int first_piece_at(splitter *sp, const page_line *pl, gboolean chars)
{
    if (!jx_split_spaces(pl->s, pl->n, sp->pieces))
        return -1;
    int from, to;
    piece_span(pl->s, &g_array_index(sp->pieces, piece, 0), chars, &from, &to);
    return from;
}

/* TRUE when column `x` (see first_piece_at) is where a piece of a line of
 * several pieces of lines[a, b) starts, give or take FOOT_ROW_SLACK_COLS. */
static gboolean piece_starts_at(splitter *sp, const page_line *lines, gsize a, gsize b, int x,
                                gboolean chars)
{
    for (gsize k = a; k < b; k++) {
        if (lines[k].kind != ROW_SPACE)
            continue;
        guint count = jx_split_spaces(lines[k].s, lines[k].n, sp->pieces);
        for (guint p = 0; p < count; p++) {
            int from, to;
            piece_span(lines[k].s, &g_array_index(sp->pieces, piece, p), chars, &from, &to);
            if (ABS(from - x) <= FOOT_ROW_SLACK_COLS)
                return TRUE;
        }
    }
    return FALSE;
}

/* TRUE when each line of lines[j, row_end) starts where a piece of the
 * rows of region lines[a, end) starts, measured in characters when
 * `chars`, and they start in two columns at least (a name and its target;
 * lines in one column are a note or a signature). */
static gboolean lines_in_region_columns(splitter *sp, const page_line *lines, gsize a, gsize end,
                                        gsize j, gsize row_end, gboolean chars)
{
    int first_x = -1;
    gboolean two_columns = FALSE;
    for (gsize k = j; k < row_end; k++) {
        int x = first_piece_at(sp, &lines[k], chars);
        if (x < 0 || !piece_starts_at(sp, lines, a, end, x, chars))
            return FALSE;
        if (first_x < 0)
            first_x = x;
        two_columns = two_columns || ABS(x - first_x) > FOOT_ROW_SLACK_COLS;
    }
    return two_columns;
}

/*
 * Where region lines[a, end) ends when the page's last text, a blank gap
 * below it (`max_blanks` lines at most), is a row its page's foot cut into
 * lines of one piece each: a browser printing a borderless table's padded
 * cells (wkhtmltopdf) sets a row's label and name as one line, its target
 * alone below and the label's last line under that, none of them a line of
 * several pieces, so the region ended above the row; the row was lost and,
 * the region not ending its page, the page passed no columns to the next.
 * The lines must end no sentence and start in the region's columns (see
 * lines_in_region_columns).  Returns `end` when they are no such row.
 */
static gsize foot_row_end(splitter *sp, const page_line *lines, gsize n, gsize a, gsize end,
                          int max_blanks)
{
    gsize j = end;
    while (j < n && line_blank(&lines[j]))
        j++;
    if (j == end || j - end > (gsize)max_blanks)
        return end;
    gsize row_end = j;
    while (row_end < n && !line_blank(&lines[row_end]) && !lines[row_end].furniture) {
        const page_line *pl = &lines[row_end];
        if (row_end - j >= FOOT_ROW_MAX_LINES || pl->kind != ROW_NONE || ends_sentence(pl))
            return end;
        row_end++;
    }
    if (!nothing_but_furniture(lines, row_end, n))
        return end;
    if (lines_in_region_columns(sp, lines, a, end, j, row_end, TRUE) ||
        lines_in_region_columns(sp, lines, a, end, j, row_end, FALSE))
        return row_end;
    return end;
}

/* The gap (columns) that parts two pieces of text, as emit_layout reads
 * a region: two spaces or more. */
#define HELD_PIECE_GAP 2.0

/* The pieces of row `row` of `words` (words closer than `join` are one
 * piece), as spans in the words' x, into `spans` (emptied first). */
static void row_pieces(const GArray *words, int row, double join, GArray *spans)
{
    g_array_set_size(spans, 0);
    const jx_layout_word *prev = NULL;
    for (guint i = 0; i < words->len; i++) {
        const jx_layout_word *w = &g_array_index(words, jx_layout_word, i);
        if (w->row != row)
            continue;
        if (prev && w->x0 - prev->x1 < join)
            g_array_index(spans, jx_layout_span, spans->len - 1).b = w->x1;
        else {
            jx_layout_span sp = {w->x0, w->x1};
            g_array_append_val(spans, sp);
        }
        prev = w;
    }
}

/* The piece of `pieces` word `w` stands under most (the nearest when none). */
static guint piece_over(const GArray *pieces, const jx_layout_word *w)
{
    guint best = 0;
    double best_score = -G_MAXDOUBLE;
    for (guint k = 0; k < pieces->len; k++) {
        const jx_layout_span *pc = &g_array_index(pieces, jx_layout_span, k);
        double overlap = MIN(pc->b, w->x1) - MAX(pc->a, w->x0);
        if (overlap > best_score) {
            best_score = overlap;
            best = k;
        }
    }
    return best;
}

/* TRUE when each of `pieces` stands over the column of its own order
 * (of `cols`, as many) more than over any other: read by position, the
 * held line falls into this page's columns as it is. */
static gboolean pieces_in_order(const GArray *pieces, const GArray *cols)
{
    for (guint k = 0; k < pieces->len; k++) {
        jx_layout_word w = {.x0 = g_array_index(pieces, jx_layout_span, k).a,
                            .x1 = g_array_index(pieces, jx_layout_span, k).b};
        if (piece_over(cols, &w) != k)
            return FALSE;
    }
    return TRUE;
}

/*
 * Lines held from the page before (see HELD_MAX_LINES) carry that page's
 * columns: a layout dump sets each page's text anew (pdftotext -layout
 * squeezes a page of narrower text into fewer characters), so the held
 * header's pieces may stand off this page's columns, and by position a
 * header's words fall under the wrong rows' cells.  When the held lines'
 * line of pieces has as many pieces as this page's rows have columns
 * (`cols`, read without the held lines), its pieces are the columns in
 * their order: every word of the held lines (the header's wrapped words
 * too, under the piece they stand under) moves into its piece's column.
 * Returns FALSE (no word moved) when no held line has that many pieces,
 * or when its pieces stand over their columns already (pieces_in_order).
 */
static gboolean place_held_words(GArray *words, int held_rows, const GArray *cols, double join)
{
    if (!cols || cols->len < 2)
        return FALSE;
    GArray *pieces = g_array_new(FALSE, FALSE, sizeof(jx_layout_span));
    int head = -1;
    for (int r = 0; r < held_rows && head < 0; r++) {
        row_pieces(words, r, join, pieces);
        if (pieces->len == cols->len)
            head = r;
    }
    if (head < 0 || pieces_in_order(pieces, cols)) {
        g_array_free(pieces, TRUE);
        return FALSE;
    }
    for (guint i = 0; i < words->len; i++) {
        jx_layout_word *w = &g_array_index(words, jx_layout_word, i);
        if (w->row >= held_rows)
            continue;
        guint k = piece_over(pieces, w);
        const jx_layout_span *pc = &g_array_index(pieces, jx_layout_span, k);
        const jx_layout_span *col = &g_array_index(cols, jx_layout_span, k);
        /* squeezed into the column, the piece's words keep their order */
        double scale = MIN(1.0, (col->b - col->a) / MAX(pc->b - pc->a, 1.0));
        double x0 = col->a + (w->x0 - pc->a) * scale, x1 = col->a + (w->x1 - pc->a) * scale;
        w->x0 = MAX(col->a, x0);
        w->x1 = MAX(w->x0 + 1, MIN(col->b, x1));
    }
    g_array_free(pieces, TRUE);
    return TRUE;
}

/* TRUE when the producer set the text down from positions on a page (see
 * jx_layout_carry). */
static gboolean positioned_text(const splitter *sp)
{
    return sp->carry && sp->carry->positioned;
}

/* The lines of lines[a, b) that give words (neither blank nor furniture). */
static int text_lines(const page_line *lines, gsize a, gsize b)
{
    int rows = 0;
    for (gsize k = a; k < b; k++)
        rows += !line_blank(&lines[k]) && !lines[k].furniture;
    return rows;
}

/* The columns this page's lines [from, b) of a region read by (NULL when
 * read by order or none), as emit_layout reads them at `wide`. */
static GArray *own_columns(splitter *sp, const page_line *lines, gsize from, gsize b, int wide)
{
    GArray *row_lines = g_array_new(FALSE, FALSE, sizeof(int));
    GArray *words = region_words(lines, from, b, wide, row_lines, sp->continued);
    GArray *carried = carried_columns(sp, wide, nothing_but_furniture(lines, 0, from), lines,
                                      from, b);
    GArray *used = g_array_new(FALSE, FALSE, sizeof(jx_layout_span));
    double alignment;
    jx_grid_free(jx_layout_grid_carried((jx_layout_word *)words->data, words->len,
                                        (int)row_lines->len, (const int *)row_lines->data,
                                        sp->page, HELD_PIECE_GAP, 1.0, carried, used,
                                        positioned_text(sp), &alignment));
    if (carried)
        g_array_free(carried, TRUE);
    g_array_free(words, TRUE);
    g_array_free(row_lines, TRUE);
    if (!used->len) {
        g_array_free(used, TRUE);
        return NULL;
    }
    return used;
}

/* Puts before `used` (this page's columns, reading `wide`) the columns the
 * page before carried that stand wholly left of them: a row-header column
 * (绩效指标 set down the rows, one character a line) shows text on the
 * pages its characters fall on only, so a page of its table's rows whose
 * part of it is empty finds no such column, and the next page, whose rows
 * show its characters again, fits none of the columns carried and loses
 * the table's columns (a short page reads its own, too few to continue
 * the table). */
static void keep_left_carried(const splitter *sp, GArray *used, int wide, gboolean opens_page,
                              const page_line *lines, gsize a, gsize b)
{
    if (!used->len)
        return;
    GArray *carried = carried_columns(sp, wide, opens_page, lines, a, b);
    if (!carried)
        return;
    double first = g_array_index(used, jx_layout_span, 0).a;
    guint left = 0;
    while (left < carried->len && g_array_index(carried, jx_layout_span, left).b <= first)
        left++;
    g_array_prepend_vals(used, carried->data, left);
    g_array_free(carried, TRUE);
}

/* The most blank lines between a page's lone first line and the line of
 * several pieces a region starts with below it (a row's padding). */
#define LEAD_ROW_MAX_BLANKS 1

/* TRUE when the page's region lines[k, end) reads the carried table's
 * columns, not a part of them or more: no more columns of its own than
 * carried, the first starting where the carried first one does.  A page
 * whose own columns start right of the table's first column (its label
 * columns empty there), or part a column in two (a two-digit number
 * shifting narrow label columns), reads the lone first line into other
 * cells than the rows below it: its rows came out garbled. */
static gboolean page_reads_carried_columns(splitter *sp, const page_line *lines, gsize k,
                                           gsize end, int wide, const GArray *carried)
{
    GArray *own = own_columns(sp, lines, k, end, wide);
    if (!own)
        return FALSE;
    gboolean same = own->len <= carried->len &&
                    g_array_index(own, jx_layout_span, 0).a <=
                        g_array_index(carried, jx_layout_span, 0).a + LONE_ROW_SLACK_COLS;
    g_array_free(own, TRUE);
    return same;
}

/* TRUE when `words` (lines[k]'s, read `wide`) stand in the columns of the
 * region lines[k + 1, end) below them, LONE_ROW_MIN_COLUMNS of them at
 * least: a browser lays each page out anew, sizing its columns by the
 * page's text (a two-digit 序号 pushing the narrow label cells right), so
 * a continued page's columns need not be the page before's, and its first
 * row, one space between its cells (`4 产出 质量指 补贴资金发放准确率`),
 * fits the columns its own rows show. */
static gboolean line_reads_region_columns(splitter *sp, const page_line *lines, gsize k,
                                          gsize end, int wide, const GArray *words)
{
    GArray *own = own_columns(sp, lines, k + 1, end, wide);
    if (!own)
        return FALSE;
    gboolean fits = words_in_columns(words, own, LONE_ROW_MIN_COLUMNS);
    g_array_free(own, TRUE);
    return fits;
}

/*
 * Where the region lines[k] opens ends, when lines[k], the first text of
 * its page, makes no region of its own but its words fit the columns the
 * page before carried (LONE_ROW_MIN_COLUMNS at least), a region starts
 * right below it, and the page reads the carried columns (see
 * page_reads_carried_columns) — or, the page before having carried a
 * table's columns, its words fit the columns of that region itself (see
 * line_reads_region_columns): a browser's layout dump sets a row's first
 * line with one space between its cells (a work item and an indicator's
 * name, `做好科技普及工作 开展科技活动周宣传`), one piece to the region
 * finder; read as prose it ended the table the page before ran to its
 * foot, and the page's rows were lost.  Returns k when lines[k] is no such
 * row.
 */
static gsize carried_row_over_region(splitter *sp, const page_line *lines, gsize n, gsize k,
                                     int margin, int width, int max_blanks, int own_blanks,
                                     int gap_extra)
{
    gsize j = k + 1;
    while (j < n && j <= k + 1 + LEAD_ROW_MAX_BLANKS && line_blank(&lines[j]))
        j++;
    if (j >= n || lines[j].kind != ROW_SPACE)
        return k;
    gsize end = find_region(lines, n, j, margin, width, FALSE, !sp->page_part, max_blanks,
                            own_blanks, gap_extra);
    if (end <= j)
        return k;
    gboolean fits = FALSE;
    GArray *row_lines = g_array_new(FALSE, FALSE, sizeof(int));
    for (gsize i = 0; i < G_N_ELEMENTS(WIDE_AS) && !fits; i++) {
        GArray *cols = carried_columns(sp, WIDE_AS[i], TRUE, lines, k, end);
        if (!cols)
            continue;
        GArray *words = region_words(lines, k, k + 1, WIDE_AS[i], row_lines, NULL);
        fits = (words_in_columns(words, cols, LONE_ROW_MIN_COLUMNS) &&
                page_reads_carried_columns(sp, lines, k, end, WIDE_AS[i], cols)) ||
               line_reads_region_columns(sp, lines, k, end, WIDE_AS[i], words);
        g_array_free(words, TRUE);
        g_array_free(cols, TRUE);
    }
    g_array_free(row_lines, TRUE);
    return fits ? end : k;
}

/* A page may open on the rest of a tall row the break cut (see
 * TALL_ROW_MAX_LINES): wkhtmltopdf sets its cells on the page's first line,
 * its bottom padding under them, TALL_ROW_MIN_RUN blank lines and up to
 * this many, before the next row. */
#define CUT_ROW_MAX_PADDING 6

/* TRUE when lines[k], the page's first text, is a line of several pieces
 * (no sentence) under no other and over a run of blank lines as long as a
 * cut tall row's padding (see CUT_ROW_MAX_PADDING). */
static gboolean opens_on_padded_row(const page_line *lines, gsize n, gsize k)
{
    if (lines[k].kind != ROW_SPACE || lines[k].furniture || ends_sentence(&lines[k]) || k + 1 >= n)
        return FALSE;
    gsize run = blank_run(lines, n, k + 1, 1);
    return run >= TALL_ROW_MIN_RUN && run <= CUT_ROW_MAX_PADDING;
}

/* TRUE when the words of lines[k] (a page's padded first row, see
 * CUT_ROW_MAX_PADDING) stand in the columns of the region lines[j, end)
 * below it, LONE_ROW_MIN_COLUMNS of them at least, in one of the two
 * readings — but for one word left of them all, a piece of the row header
 * (年度绩 / 效指标) a page break parted, which no row below repeats. */
static gboolean padded_row_fits_below(splitter *sp, const page_line *lines, gsize k, gsize j,
                                      gsize end)
{
    gboolean fits = FALSE;
    GArray *row_lines = g_array_new(FALSE, FALSE, sizeof(int));
    for (gsize i = 0; i < G_N_ELEMENTS(WIDE_AS) && !fits; i++) {
        GArray *own = own_columns(sp, lines, j, end, WIDE_AS[i]);
        if (!own)
            continue;
        GArray *words = region_words(lines, k, k + 1, WIDE_AS[i], row_lines, NULL);
        if (words->len > 1 && g_array_index(words, jx_layout_word, 0).x1 <=
                                  g_array_index(own, jx_layout_span, 0).a)
            g_array_remove_index(words, 0);
        fits = words_in_columns(words, own, LONE_ROW_MIN_COLUMNS);
        g_array_free(words, TRUE);
        g_array_free(own, TRUE);
    }
    g_array_free(row_lines, TRUE);
    return fits;
}

/* Where the region lines[k] opens ends, when lines[k], the first text of
 * its page, is the rest of a tall row the break cut over its padding (see
 * opens_on_padded_row) and a region below reads its cells in its columns
 * (padded_row_fits_below): the line alone made no region, the page's rows
 * came after a line read as prose and were lost with the table.  Not on
 * the first page: a row cut by a break goes on from the page before.
 * Returns k when lines[k] is no such row. */
static gsize padded_row_over_region(splitter *sp, const page_line *lines, gsize n, gsize k,
                                    int margin, int width, int max_blanks, int own_blanks,
                                    int gap_extra)
{
    gsize j = k + 1 + blank_run(lines, n, k + 1, 1);
    if (sp->page <= 1 || j >= n || lines[j].kind != ROW_SPACE)
        return k;
    gsize end = find_region(lines, n, j, margin, width, FALSE, !sp->page_part, max_blanks,
                            own_blanks, gap_extra);
    return end > j && padded_row_fits_below(sp, lines, k, j, end) ? end : k;
}

/* Notes the column of lines[a, b), a region read over its page's columns,
 * the cut name's first line lines[k], held for the next page, stands in
 * (see CUT_NAME_LOOKBACK), in each metric of WIDE_AS. */
static void note_cut_name_column(splitter *sp, const page_line *lines, gsize a, gsize b, gsize k)
{
    for (gsize i = 0; i < G_N_ELEMENTS(WIDE_AS); i++) {
        sp->cut_name_columns[i] = 0;
        GArray *cols = own_columns(sp, lines, a, b, WIDE_AS[i]);
        if (!cols)
            continue;
        GArray *row_lines = g_array_new(FALSE, FALSE, sizeof(int));
        GArray *words = region_words(lines, k, k + 1, WIDE_AS[i], row_lines, NULL);
        if (words->len) {
            jx_layout_word span = g_array_index(words, jx_layout_word, 0);
            span.x1 = g_array_index(words, jx_layout_word, words->len - 1).x1;
            sp->cut_name_column[i] = piece_over(cols, &span);
            sp->cut_name_columns[i] = cols->len;
        }
        g_array_free(words, TRUE);
        g_array_free(row_lines, TRUE);
        g_array_free(cols, TRUE);
    }
}

/* Display columns a cut name's head is squeezed into (see place_cut_name):
 * less than a column, so it makes no column of its own. */
#define CUT_NAME_SQUEEZE 0.5

/* Moves the words of a cut name's first line, the one line held from the
 * page before (`held_rows`), onto the page's first row, just before its
 * rest there: the word of that row in the column of this page's `cols`
 * (read in metric `m` of WIDE_AS) that stands in the place of the one the
 * name stood in on the page before (see note_cut_name_column).  The page
 * before set its columns elsewhere: by position the name's head fell into
 * another column than its rest, and on a line of its own it read as a row
 * going on from the page before. */
static void place_cut_name(const splitter *sp, gsize m, GArray *words, int held_rows,
                           const GArray *cols)
{
    if (held_rows != 1 || !cols || cols->len != sp->cut_name_columns[m])
        return;
    jx_layout_word *rest = NULL;
    double head_a = G_MAXDOUBLE, head_b = -G_MAXDOUBLE;
    for (guint i = 0; i < words->len; i++) {
        jx_layout_word *w = &g_array_index(words, jx_layout_word, i);
        if (w->row < held_rows) {
            head_a = MIN(head_a, w->x0);
            head_b = MAX(head_b, w->x1);
        } else if (!rest && w->row == held_rows && piece_over(cols, w) == sp->cut_name_column[m]) {
            rest = w;
        }
    }
    if (!rest || head_a > head_b)
        return;
    /* squeezed into CUT_NAME_SQUEEZE where the rest starts, the rest moved
     * right by as much, the head's words keep their order and stand in the
     * rest's column */
    double scale = CUT_NAME_SQUEEZE / MAX(head_b - head_a, 1.0);
    double at = rest->x0;
    int row = rest->row;
    rest->x0 += CUT_NAME_SQUEEZE;
    rest->x1 += CUT_NAME_SQUEEZE;
    for (guint i = 0; i < words->len; i++) {
        jx_layout_word *w = &g_array_index(words, jx_layout_word, i);
        if (w->row >= held_rows)
            continue;
        double x0 = at + (w->x0 - head_a) * scale, x1 = at + (w->x1 - head_a) * scale;
        w->x0 = x0;
        w->x1 = x1;
        w->row = row;
        /* no space parts the halves: one piece, though wide text meets
         * wide text (see jx_layout_word.wide_end) */
        if (w->x1 >= at + CUT_NAME_SQUEEZE)
            w->wide_end = FALSE;
    }
}

/* Two readings whose pieces line up about as well (alignments within this
 * share of the better one) are told apart by the pieces they keep: a text
 * browser sets a wrapped header cell (`预算金额（万元` over `）`) two spaces
 * from the next, and the reading by the wrong character width lays the two
 * over one column and joins them, where the right one parts every piece:
 * a reading that keeps every piece apart beats one that joins some (two
 * readings that both join pieces part no better by how many). */
#define ALIGNMENT_TIE_SHARE 0.03

/* Cells of `grid` that hold two pieces of their line: words parted by
 * `join` columns or more that a reading put in one cell.  The grid's cells
 * were made in the order of `words` (as jx_layout_grid_carried sorted them),
 * each of a run of words joined by one space, and a word holds no space. */
static int cells_joining_pieces(const GArray *words, const jx_grid *grid, double join)
{
    int joined = 0;
    guint next = 0;
    for (guint c = 0; c < grid->n_cells && next < words->len; c++) {
        const jx_cell *cell = grid->cells[c];
        guint count = 1;
        for (const char *t = cell->text; *t; t++)
            count += *t == ' ';
        gboolean joins = FALSE;
        for (guint k = next + 1; k < next + count && k < words->len; k++)
            joins = joins || g_array_index(words, jx_layout_word, k).x0 -
                                     g_array_index(words, jx_layout_word, k - 1).x1 >=
                                 join;
        joined += joins;
        next += count;
    }
    return joined;
}

/* TRUE when near ties between readings are told apart by the pieces they
 * keep (see ALIGNMENT_TIE_SHARE).  Only in a text without page breaks: a
 * text browser's dump, set by display width; pdftotext -layout parts its
 * pages by form feeds and gives each character a column, and there a
 * reading by display width that keeps pieces apart lays them over the
 * wrong columns as often; text set from a page's positions has one reading
 * of its own. */
static gboolean ties_by_pieces(const splitter *sp)
{
    return sp->page == 0 && !positioned_text(sp);
}

/* TRUE when the text is a dump of printed pages (pdftotext -layout: form
 * feeds part its pages), not a text browser's or pandoc's table (no page
 * breaks) nor a PDF's words set down by its reader (positioned_text, whose
 * lines parse reads as the page's own): see jx_grid_set_page_dump. */
static gboolean dump_of_pages(const splitter *sp)
{
    return sp->page != 0 && !positioned_text(sp);
}

/* TRUE when a reading of `alignment` whose `joined` cells join pieces is better
 * than the best so far (see ALIGNMENT_TIE_SHARE; `joined` counts only where
 * ties_by_pieces). */
static gboolean reading_better(const splitter *sp, double alignment, int joined,
                               double best_alignment, int best_joined)
{
    double near = ALIGNMENT_TIE_SHARE * MAX(alignment, best_alignment);
    if (ties_by_pieces(sp) && best_alignment >= 0 && fabs(alignment - best_alignment) <= near &&
        (joined == 0) != (best_joined == 0))
        return joined == 0;
    return alignment > best_alignment;
}

/* How well a page dump's pages line up read in metric `m` of WIDE_AS: the
 * regions read so far and this one (`evidence`: its alignment times its
 * lines), pooled.  A dumper sets every page by one metric (Chromium gives
 * each character, CJK included, one place), and a short region's own
 * alignment can favour the other: a table's header over its first three
 * rows, whose header words sit a column or two from their cells, lays
 * `三级指标` and `年度指标值` over one column read by display width. */
static double pooled_alignment(const splitter *sp, gsize m, double evidence)
{
    return sp->metric_evidence[m] + evidence;
}

/* A region's readings in the two metrics whose alignments differ by no more
 * than this share of the better one are told apart by the dump's pooled
 * evidence (see pooled_alignment): a column or two of drift in a few lines
 * moves alignment that much; a region that clearly lines up better in one
 * metric (a page of ASCII-led cells) keeps its own reading, and readings
 * that line up exactly alike keep the first metric as before. */
#define METRIC_NEAR_SHARE 0.08

/* TRUE when alignments `x` and `y` of one region's two readings are near
 * (see METRIC_NEAR_SHARE) but not equal. */
static gboolean metrics_near(double x, double y)
{
    return x != y && fabs(x - y) <= METRIC_NEAR_SHARE * MAX(x, y);
}

/* Reads lines[a, b) as a layout region.  Its first lines, up to `held`
 * (when a < held), were held from the page before (see place_held_words).
 * `moved`: the region is a continued page's rows, read by the page before's
 * columns moved to them (see continued_rows_end). */
static void emit_layout(splitter *sp, const page_line *lines, gsize n, gsize a, gsize b,
                        gsize held, gboolean moved)
{
    GArray *row_lines = g_array_new(FALSE, FALSE, sizeof(int));
    jx_grid *best = NULL;
    double best_alignment = -1;
    int best_joined = 0;
    gboolean opens_page = nothing_but_furniture(lines, 0, a);
    GArray *used = g_array_new(FALSE, FALSE, sizeof(jx_layout_span));
    GArray *best_used = g_array_new(FALSE, FALSE, sizeof(jx_layout_span));
    int best_wide = 0;
    double evidence[G_N_ELEMENTS(WIDE_AS)] = {0};
    gsize best_metric = 0;
    for (gsize i = 0; i < G_N_ELEMENTS(WIDE_AS); i++) {
        GArray *words = region_words(lines, a, b, WIDE_AS[i], row_lines, sp->continued);
        if (a < held && held < b) {
            GArray *own = own_columns(sp, lines, held, b, WIDE_AS[i]);
            if (!place_held_words(words, text_lines(lines, a, held), own, HELD_PIECE_GAP))
                place_cut_name(sp, i, words, text_lines(lines, a, held), own);
            if (own)
                g_array_free(own, TRUE);
        }
        GArray *carried = moved ? moved_columns(sp, WIDE_AS[i], words)
                                : carried_columns(sp, WIDE_AS[i], opens_page, lines, a, b);
        /* a continued page's rows are read where the moved columns fit them
         * (see continued_rows_end): its own few lines show no columns */
        gboolean last_chance = !best && i + 1 == G_N_ELEMENTS(WIDE_AS);
        if (moved && !last_chance &&
            !(carried && jx_layout_columns_fit((const jx_layout_word *)words->data, words->len,
                                               carried, 2.0))) {
            if (carried)
                g_array_free(carried, TRUE);
            g_array_free(words, TRUE);
            continue;
        }
        double alignment;
        /* two spaces or more part pieces of text; one column is the resolution */
        jx_grid *grid = jx_layout_grid_carried((jx_layout_word *)words->data, words->len,
                                               (int)row_lines->len,
                                               (const int *)row_lines->data, sp->page, 2.0, 1.0,
                                               carried, used, positioned_text(sp), &alignment);
        if (carried)
            g_array_free(carried, TRUE);
        /* counted only where a near tie is told apart by it */
        int joined = ties_by_pieces(sp) ? cells_joining_pieces(words, grid, HELD_PIECE_GAP) : 0;
        g_array_free(words, TRUE);
        /* a page dump's near readings are compared by the pooled evidence */
        double cmp = alignment, best_cmp = best_alignment;
        if (dump_of_pages(sp))
            evidence[i] = alignment * (double)(b - a);
        if (dump_of_pages(sp) && best && metrics_near(alignment, best_alignment)) {
            cmp = pooled_alignment(sp, i, evidence[i]);
            best_cmp = pooled_alignment(sp, best_metric, evidence[best_metric]);
        }
        if (reading_better(sp, cmp, joined, best_cmp, best_joined)) {
            best_metric = i;
            jx_grid_free(best);
            best = grid;
            best_alignment = alignment;
            best_joined = joined;
            GArray *t = best_used;
            best_used = used;
            used = t;
            best_wide = WIDE_AS[i];
        } else {
            jx_grid_free(grid);
        }
    }
    for (gsize i = 0; i < G_N_ELEMENTS(WIDE_AS); i++)
        sp->metric_evidence[i] += evidence[i];
    if (!moved) /* the moved columns are the carried ones, all of them */
        keep_left_carried(sp, best_used, best_wide, opens_page, lines, a, b);
    carry_columns(sp, best_used, best_wide, nothing_but_furniture(lines, b, n));
    if (sp->carry && sp->carry->open && best && jx_grid_n_cols(best) == (int)best_used->len)
        sp->carry->head_only = heading_only_column(best);
    g_array_free(used, TRUE);
    g_array_free(best_used, TRUE);
    if (best && dump_of_pages(sp))
        jx_grid_set_page_dump(best);
    jx_source_add_grid(sp->src, best, lines[a].line, sp->page);
    for (gsize k = a; k < b; k++)
        if (lines[k].furniture) {
            g_string_truncate(sp->buf, 0);
            g_string_append_len(sp->buf, lines[k].s, (gssize)lines[k].n);
            jx_source_add_line(sp->src, sp->buf->str, lines[k].line, sp->page);
        }
    g_array_free(row_lines, TRUE);
}

/* TRUE when the lone piece of `pl` stands under a piece of `above`: their
 * character columns (how pdftotext -layout places text) overlap. */
static gboolean stands_under_piece(splitter *sp, const page_line *above, const page_line *pl)
{
    if (jx_split_spaces(pl->s, pl->n, sp->pieces) != 1)
        return FALSE;
    int from, to;
    piece_span(pl->s, &g_array_index(sp->pieces, piece, 0), TRUE, &from, &to);
    gsize k = jx_split_spaces(above->s, above->n, sp->pieces);
    for (gsize i = 0; i < k; i++) {
        int a, b;
        piece_span(above->s, &g_array_index(sp->pieces, piece, i), TRUE, &a, &b);
        if (a < to && from < b)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when piece `pc` is a figure's head cut after its point (digits,
 * commas and a point, `2196.417`). */
static gboolean figure_head_piece(const piece *pc)
{
    gboolean point = FALSE;
    for (gsize i = 0; i < pc->n; i++) {
        if (pc->s[i] == '.')
            point = TRUE;
        else if (!g_ascii_isdigit(pc->s[i]) && pc->s[i] != ',')
            return FALSE;
    }
    return point;
}

/* TRUE when lines[k] is one piece two lines under lines[k - 2], a line of
 * text, a row's line (several pieces) between: the shape of a cell's rest
 * its narrow column cut round its row (tail_round_row,
 * target_tail_round_row).  The piece's span is then in from[0], to[0] (in
 * characters) and from[1], to[1] (in display columns). */
static gboolean lone_piece_round_row(splitter *sp, const page_line *lines, gsize k, int from[2],
                                     int to[2])
{
    if (k < 2 || lines[k - 1].kind != ROW_SPACE || line_blank(&lines[k - 2]) ||
        lines[k - 2].furniture || jx_split_spaces(lines[k].s, lines[k].n, sp->pieces) != 1)
        return FALSE;
    for (int metric = 0; metric < 2; metric++)
        piece_span(lines[k].s, &g_array_index(sp->pieces, piece, 0), metric == 0, &from[metric],
                   &to[metric]);
    return TRUE;
}

/* TRUE when the lone piece of lines[k] is the tail of a figure centred on
 * its row: a spreadsheet's narrow column wraps `2196.4171` as `2196.417`
 * over `1`, and the layout dump sets the head on the line above the row's
 * and the tail on the line below it, under the head (lines[k - 2], a line
 * of figures alone) with the row's line (several pieces) between. */
static gboolean tail_round_row(splitter *sp, const page_line *lines, gsize k)
{
    int from[2], to[2];
    if (!lone_piece_round_row(sp, lines, k, from, to))
        return FALSE;
    const page_line *head = &lines[k - 2];
    gsize m = jx_split_spaces(head->s, head->n, sp->pieces);
    gboolean under = FALSE;
    for (gsize i = 0; i < m; i++) {
        const piece *pc = &g_array_index(sp->pieces, piece, i);
        int a, b;
        piece_span(head->s, pc, TRUE, &a, &b);
        if (!figure_head_piece(pc))
            return FALSE;
        under |= a < to[0] && from[0] < b;
    }
    return under;
}

/* Characters a target's head cannot end with, cut in its narrow column
 * before the digits that finish it (`2017-12-` / `20`, `0.` / `5`). */
static const char CUT_TARGET_ENDS[] = "-./";

/* TRUE when piece `pc` is the head of a target its narrow column cut before
 * its last digits: an operator alone (`大于等于` over `17`), or text ending
 * in a separator a figure or date goes on after. */
static gboolean cut_target_head(const piece *pc)
{
    if (pc->n == 0)
        return FALSE;
    if (strchr(CUT_TARGET_ENDS, pc->s[pc->n - 1]))
        return TRUE;
    char *text = g_strndup(pc->s, pc->n);
    gboolean op = jx_norm_op(text) != JX_OP_NONE;
    g_free(text);
    return op;
}

/* TRUE when the lone digits of lines[k] finish a target cut round its row:
 * a narrow value column sets the target's head on the line above the row's
 * line (lines[k - 2], beside the name's first line) and its last digits on
 * the line below it, under the head (`大于等于` / `6 定量 座` / `17`) — no
 * page number, which stands apart from the text at a page's foot. */
static gboolean target_tail_round_row(splitter *sp, const page_line *lines, gsize k)
{
    int from[2], to[2];
    if (!lone_piece_round_row(sp, lines, k, from, to))
        return FALSE;
    const page_line *head = &lines[k - 2];
    gsize m = jx_split_spaces(head->s, head->n, sp->pieces);
    for (gsize i = 0; i < m; i++) {
        const piece *pc = &g_array_index(sp->pieces, piece, i);
        for (int metric = 0; metric < 2; metric++) {
            int a, b;
            piece_span(head->s, pc, metric == 0, &a, &b);
            if (a < to[metric] && from[metric] < b && cut_target_head(pc))
                return TRUE;
        }
    }
    return FALSE;
}

/* The most digits a lone line's number may have to be counted with the
 * numbers around it (more would not fit the gint64 it is read into long
 * before; layout.c's SEQ_MAX_DIGITS is the tighter test of a row number
 * beside its label). */
#define COUNTED_MAX_DIGITS 9

/* TRUE when piece `pc` holds a digit (a figure, a number: no level label). */
static gboolean piece_holds_digit(const piece *pc)
{
    for (gsize i = 0; i < pc->n; i++)
        if (g_ascii_isdigit(pc->s[i]))
            return TRUE;
    return FALSE;
}

/* The number a line of several pieces opens with where [from, to) stands
 * (the columns pdftotext -layout places its characters in), or -1.  Only
 * words without a digit may stand left of it: a level-1 label set one
 * character a line down the table's left edge (`年` / `度` / `绩` … beside
 * `14`, `15` …) leaves the rows' numbers opening their cells, not their
 * lines. */
static gint64 opening_number(splitter *sp, const page_line *pl, int from, int to)
{
    gsize m;
    if (line_blank(pl) || pl->furniture || (m = jx_split_spaces(pl->s, pl->n, sp->pieces)) < 2)
        return -1;
    for (gsize i = 0; i < m; i++) {
        const piece *pc = &g_array_index(sp->pieces, piece, i);
        int a, b;
        piece_span(pl->s, pc, TRUE, &a, &b);
        if (b <= from && !piece_holds_digit(pc))
            continue; /* a label left of the numbers' column */
        if (!digits_piece(pc) || a >= to || from >= b || pc->n > COUNTED_MAX_DIGITS)
            return -1;
        return g_ascii_strtoll(pc->s, NULL, 10);
    }
    return -1;
}

/* TRUE when the lone piece of lines[k] stands in a 序号 column and goes in
 * its count: the nearest line above opening with a number where it stands
 * opens with the one before it, or the nearest below with the one after
 * (a figure's cut tail counts nothing). */
static gboolean in_number_column(splitter *sp, const page_line *lines, gsize n, gsize k)
{
    const page_line *pl = &lines[k];
    if (jx_split_spaces(pl->s, pl->n, sp->pieces) != 1)
        return FALSE;
    const piece *own = &g_array_index(sp->pieces, piece, 0);
    if (!digits_piece(own) || own->n > COUNTED_MAX_DIGITS)
        return FALSE;
    gint64 number = g_ascii_strtoll(own->s, NULL, 10);
    int from, to;
    piece_span(pl->s, own, TRUE, &from, &to);
    for (gsize j = k; j-- > 0;) {
        gint64 v = opening_number(sp, &lines[j], from, to);
        if (v >= 0) {
            if (v == number - 1)
                return TRUE;
            break;
        }
    }
    for (gsize j = k + 1; j < n; j++) {
        gint64 v = opening_number(sp, &lines[j], from, to);
        if (v >= 0)
            return v == number + 1;
    }
    return FALSE;
}

/* TRUE when the line holds a digit (a row's figures: a number above them
 * is that row's own line, set apart from them by a top-aligned printer,
 * and goes with them as before). */
static gboolean holds_digit(const page_line *pl)
{
    for (gsize i = 0; i < pl->n; i++)
        if (g_ascii_isdigit(pl->s[i]))
            return TRUE;
    return FALSE;
}

/* Lines below a date's year that its 年 may stand on: the next one, or
 * the one after when a row's line (its name's first piece, centred apart
 * from the date's) stands between. */
#define YEAR_REST_MAX_LINES 2

/* The first piece of `pl` whose character columns overlap [from, to), or
 * NULL (its pieces left in sp->pieces). */
static const piece *piece_under(splitter *sp, const page_line *pl, int from, int to)
{
    gsize m = jx_split_spaces(pl->s, pl->n, sp->pieces);
    for (gsize i = 0; i < m; i++) {
        const piece *pc = &g_array_index(sp->pieces, piece, i);
        int a, b;
        piece_span(pl->s, pc, TRUE, &a, &b);
        if (a < to && from < b)
            return pc;
    }
    return NULL;
}

/* TRUE when the lone piece of lines[k] is a year (four digits, 19xx or
 * 20xx) and the first piece under it, on the next YEAR_REST_MAX_LINES
 * lines, opens with its 年: a date cut over the lines of a narrow value
 * column (LibreOffice sets `2024` / `年 9 月` / `30 日`), no page number. */
static gboolean year_over_date_rest(splitter *sp, const page_line *lines, gsize n, gsize k)
{
    if (jx_split_spaces(lines[k].s, lines[k].n, sp->pieces) != 1)
        return FALSE;
    const piece *year = &g_array_index(sp->pieces, piece, 0);
    gboolean century = strncmp(year->s, "19", 2) == 0 || strncmp(year->s, "20", 2) == 0;
    if (year->n != 4 || !century || !g_ascii_isdigit(year->s[2]) || !g_ascii_isdigit(year->s[3]))
        return FALSE;
    int from, to;
    piece_span(lines[k].s, year, TRUE, &from, &to);
    for (gsize j = k + 1; j < n && j <= k + YEAR_REST_MAX_LINES; j++) {
        const piece *pc = piece_under(sp, &lines[j], from, to);
        if (pc)
            return pc->n >= strlen("年") && strncmp(pc->s, "年", strlen("年")) == 0;
    }
    return FALSE;
}

/* Lines above a date's day that the date's head may stand on: the one
 * right above, or the one before it when a cell of another column, centred
 * on the row, stands between (`补助资金下达时限 ≤2019-11-` / `≤2019-06-30`
 * / `30`: wkhtmltopdf's half-year column beside a wrapped full-year date). */
#define DATE_HEAD_MAX_LINES 2

/* TRUE when piece `pc` is a date cut after its month (`≤2019-11-`,
 * `2022.06.`): a sign or none, a year, a separator, one or two digits and
 * the same separator again, ending the piece. */
static gboolean cut_date_head(const piece *pc)
{
    gsize i = 0;
    while (i < pc->n && !g_ascii_isdigit(pc->s[i]) && (pc->s[i] & 0x80))
        i++; /* a comparison sign (≤, ≥), a wide character */
    gsize year = i;
    while (i < pc->n && g_ascii_isdigit(pc->s[i]))
        i++;
    if (i - year != 4 || i >= pc->n || !strchr("-./", pc->s[i]))
        return FALSE;
    char sep = pc->s[i++];
    gsize month = i;
    while (i < pc->n && g_ascii_isdigit(pc->s[i]))
        i++;
    return i - month >= 1 && i - month <= 2 && i + 1 == pc->n && pc->s[i] == sep;
}

/* TRUE when the lone piece of lines[k] is digits standing under a date cut
 * after its month (cut_date_head) on one of the DATE_HEAD_MAX_LINES lines
 * above, with no blank line between: the date's day a narrow value column
 * wrapped, no page number, though it may stand at the page's foot. */
static gboolean day_under_date_head(splitter *sp, const page_line *lines, gsize k)
{
    if (jx_split_spaces(lines[k].s, lines[k].n, sp->pieces) != 1)
        return FALSE;
    const piece *day = &g_array_index(sp->pieces, piece, 0);
    if (!digits_piece(day))
        return FALSE;
    int from, to;
    piece_span(lines[k].s, day, TRUE, &from, &to);
    for (gsize j = k; j-- > 0 && j + DATE_HEAD_MAX_LINES >= k;) {
        if (line_blank(&lines[j]) || lines[j].furniture)
            return FALSE;
        const piece *pc = piece_under(sp, &lines[j], from, to);
        if (pc)
            return cut_date_head(pc);
    }
    return FALSE;
}

/* A line of digits alone reads as a page number, but a layout table's
 * narrow column wraps a long figure the same way (`2544.917` over `1`):
 * the rest of the figure stands right under it — no blank line between —
 * or under its head two lines up, the row's line between
 * (target_tail_round_row), and the page goes on after it, where a page
 * number stands at its foot or head, apart from the text.  Such a line is
 * no furniture; nor is a row's 序号 alone on its line, text right above
 * and below it (a row centred on three lines, its name and target wrapped
 * round the number's line: cells of the row on the line above, no figure on
 * the line below), where the
 * page's rows open with their numbers — in a layout dump, where the digits
 * are all a line says (a PDF's reader knows its lines' places). */
static void keep_figure_tails(splitter *sp, page_line *lines, gsize n)
{
    gboolean text_below = FALSE;
    for (gsize k = n; k-- > 1;) {
        page_line *pl = &lines[k];
        if (pl->furniture && text_below && !line_blank(&lines[k - 1]) &&
            !lines[k - 1].furniture &&
            (stands_under_piece(sp, &lines[k - 1], pl) || tail_round_row(sp, lines, k) ||
             target_tail_round_row(sp, lines, k) ||
             (!sp->continued && k + 1 < n && !line_blank(&lines[k + 1]) &&
              !lines[k + 1].furniture && !holds_digit(&lines[k + 1]) &&
              lines[k - 1].kind == ROW_SPACE && in_number_column(sp, lines, n, k))))
            pl->furniture = FALSE;
        if (pl->furniture &&
            (year_over_date_rest(sp, lines, n, k) || day_under_date_head(sp, lines, k)))
            pl->furniture = FALSE;
        text_below |= !line_blank(pl) && !pl->furniture;
    }
}

/* The margin of a page's tables (the leftmost start of its lines of
 * several pieces) and their width (to the rightmost end of those lines). */
static int page_margin(const page_line *lines, gsize n, int *width)
{
    int margin = G_MAXINT, right = 0;
    for (gsize k = 0; k < n; k++)
        if (lines[k].kind == ROW_SPACE) {
            margin = MIN(margin, lines[k].offset);
            right = MAX(right, lines[k].offset + lines[k].width);
        }
    if (margin == G_MAXINT)
        margin = 0;
    *width = right - margin;
    return margin;
}

/* Counts the runs of blank lines (page numbers count as blank) between two
 * lines of several pieces of lines[0, n) into seen[1..REGION_BLANKS_CAP]:
 * runs with nothing else between the two lines, or when `round_text`, the
 * one run between them whatever lines of text stand round it (a padded
 * print's rows whose work items wrap above and below their line,
 * `加强非物质文化遗产保护` / row / `传承`, then the gap, every time); two
 * runs are no gap between rows. */
static void count_row_gaps(const page_line *lines, gsize n, gboolean round_text, int *seen)
{
    gsize last_multi = n;
    for (gsize k = 0; k < n; k++) {
        if (lines[k].kind != ROW_SPACE)
            continue;
        if (last_multi < n) {
            gsize run = 0;
            int runs = 0;
            for (gsize j = last_multi + 1; j < k; j++) {
                gboolean blank = line_blank(&lines[j]) || lines[j].furniture;
                runs += blank && !(line_blank(&lines[j - 1]) || lines[j - 1].furniture);
                run += blank;
            }
            gboolean apart = round_text ? runs == 1 : run == k - last_multi - 1;
            if (apart && run >= 1 && run <= REGION_BLANKS_CAP)
                seen[run]++;
        }
        last_multi = k;
    }
}

/* The commonest run of `seen` when that is more than REGION_MAX_BLANKS and
 * seen ROW_GAP_MIN_SEEN times, else REGION_MAX_BLANKS; `*shown` says
 * whether any run was seen that often (the lines show their rows' gap). */
static int commonest_gap(const int *seen, gboolean *shown)
{
    int best = REGION_MAX_BLANKS;
    *shown = seen[REGION_MAX_BLANKS] >= ROW_GAP_MIN_SEEN;
    for (int r = REGION_MAX_BLANKS + 1; r <= REGION_BLANKS_CAP; r++)
        if (seen[r] >= ROW_GAP_MIN_SEEN) {
            *shown = TRUE;
            if (seen[r] > seen[best])
                best = r;
        }
    return best;
}

/* The blank lines a layout region of this page may hold in a row: the
 * page's commonest run of blanks between two lines of several pieces (see
 * commonest_gap).  A page too short to show its rows' gap (a padded
 * browser print's first page: the metadata block, the header and two rows)
 * takes the document's, `doc_gap` (0: none known). */
static int page_max_blanks(const page_line *lines, gsize n, int doc_gap, int *own)
{
    int seen[REGION_BLANKS_CAP + 1] = {0};
    count_row_gaps(lines, n, FALSE, seen);
    gboolean shown;
    *own = commonest_gap(seen, &shown);
    if (!shown) {
        /* no two rows stand apart by blank lines alone: every row wraps
         * round its line; its gaps are the runs between the wrapped lines */
        int round[REGION_BLANKS_CAP + 1] = {0};
        count_row_gaps(lines, n, TRUE, round);
        *own = commonest_gap(round, &shown);
    }
    return shown || !doc_gap ? *own : doc_gap;
}

/* The blank lines more than `max_blanks` a region of this page may hold
 * after a row: ROW_GAP_EXTRA_BLANKS when the page's rows are parted by
 * blank lines, and now and then by one more (see there), else 0. */
static int page_gap_extra(const page_line *lines, gsize n, int max_blanks)
{
    int runs = 0, longer = 0, run = 0;
    for (gsize k = 0; k < n; k++) {
        if (line_blank(&lines[k])) {
            run++;
            continue;
        }
        runs += run == max_blanks && k > (gsize)run;
        longer += run == max_blanks + ROW_GAP_EXTRA_BLANKS && k > (gsize)run;
        run = 0;
    }
    return runs >= ROW_GAP_MIN_SEEN && longer >= ROW_GAP_LONGER_MIN_SEEN ? ROW_GAP_EXTRA_BLANKS
                                                                        : 0;
}

/* One page of plain text: dash-ruled tables, layout regions, and lines for
 * the line classifier (tab, pipe and grid tables, running text). */
/* Reads a page's lines.  `part` is TRUE for a part of a long page cut at a
 * tab or pipe row (see PAGE_PART_LINES): the row run then goes on into the
 * next part instead of ending here.  `after_blank` says whether the line
 * before the first was blank, and is set for the next part. */
/* A table whose header's first line ends a page (a browser breaks a page
 * anywhere: `序号 一级指标 … 2023年度指标值` the page's last line, `计算符号
 * 指标值 单位` the next page's first) leaves that line alone on its page, in
 * no region: read as text, it cost the table its header.  Such a tail —
 * lines of several pieces at the page's end, under a blank line or a line
 * of text, no more than HELD_MAX_LINES, each of HELD_MIN_PIECES pieces at
 * least (a header's cells, not a signature line's two) — is held for the
 * next page, where it opens a region that goes on into that page's own
 * lines, or is read as text as it would have been. */
#define HELD_MAX_LINES 2
#define HELD_MIN_PIECES 3
/* A header over narrow label columns wraps its words under its line of
 * pieces (`指标 指标`, `号 指标 标`, `级`): the tail may end in this many such
 * lines (see header_wrap_line), the rest of the header on the next page. */
#define HELD_MAX_WRAPS 3

/* TRUE when every word of `pl` is one character (`号   级`: the lines of
 * header words set a character a line in narrow columns, side by side). */
static gboolean single_characters(const page_line *pl)
{
    char *text = g_strndup(pl->s, pl->n);
    char **words = g_strsplit(g_strstrip(text), " ", -1);
    int seen = 0;
    gboolean all = TRUE;
    for (char **w = words; *w && all; w++)
        if (**w) {
            all = g_utf8_strlen(*w, -1) == 1;
            seen++;
        }
    g_strfreev(words);
    g_free(text);
    return all && seen > 0;
}

/* TRUE when line `pl`, under a header's line of pieces, may be that
 * header's words wrapped in narrow columns: a line of label-head pieces
 * (see label_heads_line; `指标   标` too, its columns' pieces set apart),
 * or one short piece. */
static gboolean header_wrap_line(const page_line *pl)
{
    return label_heads_line(pl) ||
           (pl->kind == ROW_SPACE && (label_heads_words(pl) || single_characters(pl))) ||
           (pl->kind == ROW_NONE && !pl->furniture && !line_blank(pl) &&
                                     pl->width <= SHORT_PIECE_COLS);
}

/* TRUE when the last line of lines[0, n) with text is a header's wrapped
 * words (see header_wrap_line). */
static gboolean ends_in_wrap(const page_line *lines, gsize n)
{
    gsize end = n;
    while (end > 0 && (line_blank(&lines[end - 1]) || lines[end - 1].furniture))
        end--;
    return end > 0 && header_wrap_line(&lines[end - 1]);
}

/* A section row's level-1 label alone (一、产出) under the header, blank
 * lines apart, may end a page too: the break left the header and the first
 * section's row over rows the next page holds under its reprinted header.
 * Where the tail ending at `end` starts above such a label (the end of the
 * text above it and its blank lines), or `end`. */
static gsize above_section_label(const page_line *lines, gsize end)
{
    if (end == 0 || !level1_label_alone(&lines[end - 1]))
        return end;
    gsize above = end - 1;
    while (above > 0 && line_blank(&lines[above - 1]) && !lines[above - 1].furniture)
        above--;
    return above < end - 1 && above > 0 && lines[above - 1].kind == ROW_SPACE ? above : end;
}

/* Where the tail of lines[0, n) that may be held for the next page starts
 * (see HELD_MAX_LINES), or n. */
static gsize held_tail_start(splitter *sp, const page_line *lines, gsize n)
{
    gsize end = n;
    while (end > 0 && (line_blank(&lines[end - 1]) || lines[end - 1].furniture))
        end--;
    gsize label_end = end;
    end = above_section_label(lines, end);
    for (int wraps = 0; end == label_end && wraps < HELD_MAX_WRAPS && end > 0 &&
                        header_wrap_line(&lines[end - 1]);
         wraps++)
        end--;
    gsize start = end;
    while (start > 0 && end - start < HELD_MAX_LINES && lines[start - 1].kind == ROW_SPACE &&
           jx_split_spaces(lines[start - 1].s, lines[start - 1].n, sp->pieces) >= HELD_MIN_PIECES)
        start--;
    if (start == end || (start > 0 && lines[start - 1].kind == ROW_SPACE))
        return n; /* more lines of pieces above: a table's, not a tail */
    /* a page of nothing but such lines is a table's rows carried alone
     * (see carried_rows_end), read on their own page */
    gsize text = 0;
    while (text < start && (line_blank(&lines[text]) || lines[text].furniture))
        text++;
    return text < start ? start : n;
}

/* A page break may cut a tall row's name cell between its lines: the name's
 * first line (`排查整改安全隐患（中心`) the page's last text, alone under the
 * row before's padding, its rest on the next page's first line beside the
 * row's other cells (`16  城区）  大于等于750处`).  Read where it stands the
 * line is text after the table and the name keeps its rest only; held for
 * the next page it opens that page's region over the row.  Such a line is
 * one piece, no sentence, set in the column a wrapped line of the rows just
 * above starts in (the names'): it is looked for over this many lines. */
#define CUT_NAME_LOOKBACK 3

/* Where the tail of lines[0, n) that is a cut name's first line starts
 * (see CUT_NAME_LOOKBACK), or n. */
static gsize cut_name_tail_start(const page_line *lines, gsize n)
{
    gsize end = n;
    while (end > 0 && (line_blank(&lines[end - 1]) || lines[end - 1].furniture))
        end--;
    if (end < 2)
        return n;
    const page_line *last = &lines[end - 1];
    if (last->kind != ROW_NONE || ends_sentence(last) || !line_blank(&lines[end - 2]))
        return n;
    for (gsize k = end - 1, seen = 0; k > 0 && seen < CUT_NAME_LOOKBACK; k--) {
        const page_line *pl = &lines[k - 1];
        if (line_blank(pl) || pl->furniture)
            continue;
        if (pl->kind == ROW_NONE && pl->offset == last->offset && !ends_sentence(pl))
            return end - 1;
        seen++;
    }
    return n;
}

/* TRUE when the page opens on the lines held from the page before, a cut
 * name's first line (see CUT_NAME_LOOKBACK) and the blank rest of its page,
 * over the rest of its row and that row's padding (see
 * opens_on_padded_row). */
static gboolean held_name_over_padded_row(const page_line *lines, gsize n, gsize held)
{
    return held >= 1 && held < n && lines[0].kind == ROW_NONE && !ends_sentence(&lines[0]) &&
           nothing_but_furniture(lines, 1, held) && opens_on_padded_row(lines, n, held);
}

/* TRUE when line `pl` is digits alone, set in from the margin (`      10`);
 * `*from`, `*to`: the display columns they take. */
static gboolean indented_digits(const page_line *pl, int *from, int *to)
{
    gsize i = 0;
    while (i < pl->n && pl->s[i] == ' ')
        i++;
    if (i == 0 || i == pl->n)
        return FALSE;
    gsize j = i;
    while (j < pl->n && g_ascii_isdigit(pl->s[j]))
        j++;
    *from = (int)i;
    *to = (int)j;
    while (j < pl->n && pl->s[j] == ' ')
        j++;
    return j == pl->n;
}

/* The spaces line `pl` opens with. */
static int leading_spaces(const page_line *pl)
{
    int i = 0;
    while ((gsize)i < pl->n && pl->s[i] == ' ')
        i++;
    return i;
}

/* TRUE when line `pl` shows text in a column of [from, to) by either
 * reading of a wide character's width (see WIDE_AS). */
static gboolean text_over_columns(const page_line *pl, int from, int to)
{
    for (gsize r = 0; r < G_N_ELEMENTS(WIDE_AS); r++) {
        const char *p = pl->s, *end = pl->s + pl->n;
        int col = 0;
        while (p < end && col < to) {
            int bytes, shown = jx_text_char_width(p, end, &bytes);
            int width = shown > 1 ? WIDE_AS[r] : shown;
            if (*p != ' ' && col + width > from)
                return TRUE;
            col += width;
            p += bytes;
        }
    }
    return FALSE;
}

/* Clears the page-number mark of each line of lines[0, n) that holds an
 * indented number alone right between two lines of text, in columns
 * where neither shows any: a page number stands apart at the page's head
 * or foot, and a layout dump sets a table's one-line figure there when its
 * cell is aligned off its row's other cells (a word processor's funds 得分
 * `10` two lines under its item, below the rate's `%`).  A number under or
 * over text is a wrapped piece of it (`1304.192` / `9`), one left of both
 * lines' text a row's 序号 alone on its line (the rows are read by their
 * numbers without it), and a dump of one cell a line (no indent) keeps
 * the mark. */
static void keep_figures_between_lines(page_line *lines, gsize n)
{
    for (gsize k = 1; k + 1 < n; k++) {
        int from, to;
        if (lines[k].furniture && indented_digits(&lines[k], &from, &to) &&
            !lines[k - 1].blank && !lines[k - 1].furniture && !lines[k + 1].blank &&
            !lines[k + 1].furniture && !text_over_columns(&lines[k - 1], from, to) &&
            !text_over_columns(&lines[k + 1], from, to) &&
            (leading_spaces(&lines[k - 1]) < from || leading_spaces(&lines[k + 1]) < from))
            lines[k].furniture = FALSE;
    }
}

/* Reads one page's lines (`part`: a part of a long page, see
 * PAGE_PART_LINES).  The first `held` lines are the tail of the page before
 * (see HELD_MAX_LINES); with `may_hold`, this page's own tail may be held
 * for the next.  Returns where the lines left unread start (page->len when
 * none are). */
static gsize split_page(splitter *sp, GArray *page, gboolean part, gsize held, gboolean may_hold,
                        gboolean *after_blank_io)
{
    page_line *lines = (page_line *)page->data;
    gsize n = page->len;
    for (gsize k = 0; k < n; k++)
        describe_line(sp, &lines[k]);
    keep_figures_between_lines(lines, n);
    gsize hold_from = may_hold ? held_tail_start(sp, lines, n) : n;
    /* a dump's text pages (a PDF's reader carries its own columns) */
    gboolean cut_name = may_hold && hold_from == n && !positioned_text(sp);
    if (cut_name)
        hold_from = cut_name_tail_start(lines, n);
    cut_name = cut_name && hold_from < n;
    gboolean name_under_region = FALSE; /* the last region ends just above the cut name */
    if (!held) /* a name held from a page before the one before */
        memset(sp->cut_name_columns, 0, sizeof sp->cut_name_columns);
    if (hold_from < held)
        hold_from = n; /* the lines held are the whole page: read them */
    keep_figure_tails(sp, lines, n);
    int width;
    int margin = page_margin(lines, n, &width);
    const char *page_end = n ? lines[n - 1].s + lines[n - 1].n : NULL;
    gboolean after_blank = *after_blank_io;
    int own_blanks;
    int max_blanks = page_max_blanks(lines, n, sp->doc_row_gap, &own_blanks);
    int gap_extra = page_gap_extra(lines, n, max_blanks);
    gsize i = 0;
    while (i < n) {
        jx_grid *grid = NULL;
        gsize used = may_open_ruled(sp, lines[i].s, page_end)
                         ? jx_ruled_table(lines[i].s, page_end, lines[i].line, sp->page, &grid)
                         : 0;
        if (!used && may_open_dashed(lines[i].s, page_end, after_blank))
            used = jx_dashed_table(lines[i].s, page_end, lines[i].line, sp->page, &grid);
        if (used) {
            if (sp->carry)
                sp->carry->open = FALSE;
            jx_split_flush(sp);
            jx_source_add_grid(sp->src, grid, lines[i].line, sp->page);
            const char *stop = lines[i].s + used;
            while (i < n && lines[i].s < stop)
                i++;
            after_blank = FALSE;
            continue;
        }
        gsize end = find_region(lines, n, i, margin, width, sp->page <= 1, !sp->page_part,
                                 max_blanks, own_blanks, gap_extra);
        if (i < held && end <= held)
            end = i; /* the lines held alone are no region here either */
        gsize region_end = end;
        /* kept to a PDF's positioned text: a browser's layout dump gets the
         * rows back too, but its label columns read page by page give them
         * wrong labels there (more records wrong than right) */
        if (end > i && positioned_text(sp))
            end = foot_row_end(sp, lines, n, i, end, max_blanks);
        if (end <= i && nothing_but_furniture(lines, 0, i) && !line_blank(&lines[i]) &&
            !lines[i].furniture)
            end = carried_rows_end(sp, lines, n, i);
        if (end <= i && nothing_but_furniture(lines, 0, i) && lines[i].kind == ROW_NONE &&
            !lines[i].furniture)
            end = carried_row_over_region(sp, lines, n, i, margin, width, max_blanks, own_blanks,
                                          gap_extra);
        gboolean continued = FALSE; /* the page's rows of the table the page before ended with */
        if (end > i && nothing_but_furniture(lines, 0, i) && !positioned_text(sp))
            continued = own_region_reads_moved(sp, lines, i, end);
        if (end <= i && nothing_but_furniture(lines, 0, i) && !positioned_text(sp) &&
            !line_blank(&lines[i])) {
            end = continued_rows_end(sp, lines, n, i, margin, width, max_blanks, own_blanks,
                                     gap_extra);
            continued = end > i;
        }
        if (end <= i && nothing_but_furniture(lines, 0, i) && opens_on_padded_row(lines, n, i))
            end = padded_row_over_region(sp, lines, n, i, margin, width, max_blanks, own_blanks,
                                         gap_extra);
        if (end <= i && i == 0 && held_name_over_padded_row(lines, n, held)) {
            gsize row_end = padded_row_over_region(sp, lines, n, held, margin, width, max_blanks,
                                                   own_blanks, gap_extra);
            if (row_end > held)
                end = row_end;
        }
        /* no region here, or one of the tail's lines alone ending in a
         * header's wrapped words (`一级 | 二级指 | 三级指标` over `指标 标` at
         * the foot; a page's last rows are read where they stand): the next
         * page's may take them */
        if (i == hold_from && cut_name && !name_under_region)
            hold_from = n; /* no table's rows above it: the line is read here */
        if (i == hold_from &&
            (end <= i || (nothing_but_furniture(lines, end, n) && ends_in_wrap(lines, n))))
            break;
        if (end > i) {
            jx_split_flush(sp);
            emit_layout(sp, lines, n, i, end, held, continued);
            if (i < held) /* the held name placed */
                memset(sp->cut_name_columns, 0, sizeof sp->cut_name_columns);
            name_under_region =
                cut_name && end <= hold_from && nothing_but_furniture(lines, end, hold_from);
            if (name_under_region)
                note_cut_name_column(sp, lines, i, end, hold_from);
            if (end > region_end && sp->carry)
                sp->carry->max_lines = FOOT_ROW_CARRY_MAX_LINES;
            after_blank = FALSE;
            i = end;
            continue;
        }
        if (sp->carry && !nothing_but_furniture(lines, i, i + 1))
            sp->carry->open = FALSE; /* text between a table and the next page */
        jx_split_feed_line(sp, lines[i].s, lines[i].n, lines[i].line, NULL);
        after_blank = line_blank(&lines[i]);
        i++;
    }
    *after_blank_io = after_blank;
    if (!part)
        jx_split_flush(sp);
    return i;
}

/* A page without form feeds can be a whole document of any size; past this
 * many lines it is read in parts, cut just before a tab or pipe row — a row
 * no layout region or dash-ruled table runs through — so the lines held stay
 * bounded (each part's margin is its own, which only a layout dump of that
 * length without a single form feed could notice). */
#define PAGE_PART_LINES 65536

static gboolean is_row_line(const char *s, gsize n)
{
    return memchr(s, '\t', n) || memchr(s, '|', n);
}

/* Plain text, page by page (a form feed starts a page; a line cut by one
 * has its pieces on both pages). */
/* A text dump's page region of fewer text lines than this takes no columns
 * from the page before: its display columns are read at two character
 * widths (see emit_layout), and four lines of a page's tail read at the
 * wrong one fit the carried columns moved (≥ under the names). */
#define TEXT_CARRY_MIN_LINES 5

/* The rows' gap of a text of several pages (see commonest_gap), counted
 * over all its pages at once; 0 when the text has one page or its pages
 * show no gap of their own that often. */
static int document_row_gap(splitter *sp, const char *text, gsize len)
{
    const char *end = text + len;
    if (!memchr(text, '\f', len))
        return 0;
    int seen[REGION_BLANKS_CAP + 1] = {0};
    GArray *page = g_array_new(FALSE, FALSE, sizeof(page_line));
    for (const char *p = text; p <= end;) {
        const char *stop = memchr(p, '\n', end - p);
        const char *ff = memchr(p, '\f', (stop ? stop : end) - p);
        const char *cut = ff ? ff : stop ? stop : end;
        page_line pl = {p, (gsize)(cut - p), 0, ROW_NONE, 0, 0, FALSE, FALSE, FALSE};
        if (pl.n && p[pl.n - 1] == '\r')
            pl.n--;
        describe_line(sp, &pl);
        g_array_append_val(page, pl);
        if (ff || cut == end) { /* a page ends: its gaps are its own */
            count_row_gaps((const page_line *)page->data, page->len, FALSE, seen);
            g_array_set_size(page, 0);
        }
        p = cut + 1;
    }
    g_array_free(page, TRUE);
    gboolean shown;
    int gap = commonest_gap(seen, &shown);
    return shown && gap > REGION_MAX_BLANKS ? gap : 0;
}

/* The lines a producer's page before held (see jx_layout_carry), in this
 * page's display columns, each ended by '\n', with their numbers into
 * `numbers`; NULL when there are none.  The carry is emptied. */
static GString *take_held_lines(jx_layout_carry *c, GArray *numbers)
{
    if (!c->held || !c->held->len)
        return NULL;
    long shift = c->scale > 0 ? lround((c->held_origin - c->origin) / c->scale) : 0;
    GString *text = g_string_new(NULL);
    for (const char *p = c->held->str, *end = p + c->held->len; p < end;) {
        const char *nl = memchr(p, '\n', end - p);
        gsize n = (gsize)((nl ? nl : end) - p);
        long strip = 0;
        while (shift < 0 && strip < -shift && (gsize)strip < n && p[strip] == ' ')
            strip++;
        for (long k = 0; k < shift; k++)
            g_string_append_c(text, ' ');
        g_string_append_len(text, p + strip, (gssize)(n - (gsize)strip));
        g_string_append_c(text, '\n');
        p = nl ? nl + 1 : end;
    }
    g_array_append_vals(numbers, c->held_lines->data, c->held_lines->len);
    g_string_truncate(c->held, 0);
    g_array_set_size(c->held_lines, 0);
    return text;
}

/* Keeps `page`[from, len) in the producer's carry for its next page. */
static void hold_lines(jx_layout_carry *c, const GArray *page, gsize from)
{
    if (!c->held)
        c->held = g_string_new(NULL);
    if (!c->held_lines)
        c->held_lines = g_array_new(FALSE, FALSE, sizeof(int));
    for (gsize k = from; k < page->len; k++) {
        const page_line *pl = &g_array_index(page, page_line, k);
        const char *own = c->unmoved ? g_hash_table_lookup(c->unmoved, GINT_TO_POINTER(pl->line))
                                     : NULL;
        if (own)
            g_string_append(c->held, own);
        else
            g_string_append_len(c->held, pl->s, (gssize)pl->n);
        g_string_append_c(c->held, '\n');
        g_array_append_val(c->held_lines, pl->line);
    }
    c->held_origin = c->origin;
}

void jx_split_plain(splitter *sp, const char *text, gsize len)
{
    /* a text dump's rows printed column after column (a PDF's reader
     * places its words itself) */
    GString *unstacked = sp->carry ? NULL : jx_split_unstacked(text, len);
    if (unstacked) {
        text = unstacked->str;
        len = unstacked->len;
    }
    sp->doc_row_gap = document_row_gap(sp, text, len);
    /* a text dump's pages are read in one call: its borderless tables'
     * columns go from page to page here, in display columns (a PDF's
     * reader carries them from call to call, in page units) */
    jx_layout_carry own = {.origin = 0, .scale = 1, .min_lines = TEXT_CARRY_MIN_LINES};
    gboolean own_carry = !sp->carry;
    if (own_carry)
        sp->carry = &own;
    GArray *page = g_array_new(FALSE, FALSE, sizeof(page_line));
    const char *p = text, *end = text + len;
    int line = sp->line_base + 1;
    gboolean after_blank = TRUE;
    gsize held = 0; /* lines at the page's top held from the page before */
    /* the lines a producer's page before held go first, numbered as they
     * were (one buffer: a region's text runs on from line to line) */
    GArray *held_numbers = g_array_new(FALSE, FALSE, sizeof(int));
    GString *held_text = own_carry ? NULL : take_held_lines(sp->carry, held_numbers);
    if (held_text) {
        g_string_append_len(held_text, text, (gssize)len);
        p = held_text->str;
        end = p + held_text->len;
    }
    held = held_numbers->len;
    guint seen_held = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', end - p);
        const char *stop = nl ? nl : end;
        int number = seen_held < held_numbers->len ? g_array_index(held_numbers, int, seen_held)
                                                   : line;
        for (;;) {
            const char *ff = memchr(p, '\f', stop - p);
            gsize n = (gsize)((ff ? ff : stop) - p);
            if (n && p[n - 1] == '\r')
                n--;
            if (page->len >= PAGE_PART_LINES && is_row_line(p, n)) {
                split_page(sp, page, TRUE, held, FALSE, &after_blank);
                g_array_set_size(page, 0);
                held = 0;
            }
            page_line pl = {p, n, number, ROW_NONE, 0, 0, FALSE, FALSE, FALSE};
            g_array_append_val(page, pl);
            if (!ff)
                break;
            gsize rest = split_page(sp, page, FALSE, held, TRUE, &after_blank);
            after_blank = TRUE;
            held = page->len - rest;
            g_array_remove_range(page, 0, (guint)rest);
            jx_split_page_break(sp);
            p = ff + 1;
        }
        p = stop + 1;
        if (seen_held < held_numbers->len)
            seen_held++;
        else
            line++;
    }
    /* a producer's page may hold its tail for its next page */
    gboolean may_hold = !own_carry && sp->carry->may_hold;
    gsize rest = split_page(sp, page, FALSE, held, may_hold, &after_blank);
    if (may_hold && rest < page->len)
        hold_lines(sp->carry, page, rest);
    g_array_free(page, TRUE);
    if (held_text)
        g_string_free(held_text, TRUE);
    g_array_free(held_numbers, TRUE);
    if (own_carry) {
        jx_layout_carry_clear(&own);
        sp->carry = NULL;
    }
    if (unstacked)
        g_string_free(unstacked, TRUE);
}
