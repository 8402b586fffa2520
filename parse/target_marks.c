/*
 * target_marks.c — the passes that mark built rows before they are joined.
 *
 * mark_continuations, mark_top_lines, mark_targets_between and the other
 * mark_* and promote_* passes say, from the table's positions and what cells
 * hold, which rows go on from a neighbour and which are rows of their own.
 * build_rows (target_build.c) runs them in order.
 */
#include "parse/target_row.h"

#include <string.h>

/* A layout that parts its rows with blank lines: this share of its data
 * rows stand after one. */
#define GAPPED_SHARE 0.6

/* TRUE when every cell of `b` is text standing in a target value column
 * (by its own column) under a text value of `above` in that role: the next
 * lines of a qualitative target that wrapped (按照项目实施方案 / 要求持续改
 * 善，惠 / 及更多群众), which no row of its own would be.  So is a line
 * whose every cell finishes the target above it, cut inside its figure or
 * unit (`≤900 元/平方 | ≤1,500 元/平` over `米 | 方米`), whatever it reads
 * as alone. */
static gboolean continues_text_values(const built_row *b, const built_row *above,
                                      const jx_header *header)
{
    const GPtrArray *cells = b->source->cells;
    if (!cells->len)
        return FALSE;
    gboolean text = TRUE, completes = TRUE;
    for (guint i = 0; i < cells->len; i++) {
        const jx_pcell *c = cells->pdata[i];
        jx_role r = c->col < header->n_cols ? header->roles[c->col] : JX_ROLE_NONE;
        const jx_pcell *over = r != JX_ROLE_NONE ? above->by_role[r] : NULL;
        if ((r != JX_ROLE_VALUE && r != JX_ROLE_HALF_VALUE) || !over)
            return FALSE;
        text &= (c->kind == JX_CK_TEXT || jx_trow_unit_word_ends_text(above->text[r], c)) &&
                over->kind == JX_CK_TEXT;
        completes &= above->text[r] && completes_target(above->text[r], c->norm);
    }
    return text || completes;
}

/* TRUE when rows all[a+1 .. b-1] are labels alone, one line after the
 * other from row a's last line to row b's first (at least one of them). */
static gboolean labels_lines_between(const GPtrArray *all, guint a, guint b)
{
    if (b < a + 2 || !labels_between(all, a, b))
        return FALSE;
    for (guint k = a; k < b; k++)
        if (lines_between(all->pdata[k], all->pdata[k + 1]) != 0)
            return FALSE;
    return TRUE;
}

/* TRUE when line `f` holds the next piece of the text target of `top` (text
 * under text in a value column), and besides it only cells of columns no
 * record keeps (an explanation wrapped beside it: `方案要求持续 | 扣分`) and
 * the rest of a label of `top` cut inside its word (`社会效益指` / `标`). */
static gboolean wraps_text_target_on(const built_row *f, const built_row *top,
                                     const jx_header *header)
{
    gboolean piece = FALSE;
    for (guint k = 0; k < f->source->cells->len; k++) {
        const jx_pcell *c = f->source->cells->pdata[k];
        jx_role r = column_role(header, c);
        const jx_pcell *over =
            r == JX_ROLE_VALUE || r == JX_ROLE_HALF_VALUE ? top->by_role[r] : NULL;
        if (over && over->kind == JX_CK_TEXT && c->kind == JX_CK_TEXT)
            piece = TRUE;
        else if (r != JX_ROLE_EXPLAIN && r != JX_ROLE_OTHER &&
                 !(is_label_role(r) && top->by_role[r] && c->kind == JX_CK_TEXT &&
                   jx_norm_seam_inside_word(top->text[r], c->norm)))
            return FALSE;
    }
    return piece;
}

static gboolean group_label_cell(const jx_pcell *c, jx_role cr);

static gboolean unkept_role(jx_role r);

/* TRUE when line `f` holds the next piece of the text target of `top` (see
 * wraps_text_target_on) beside a group label the row above lacks: a label
 * centred on its group stands on whichever line is the group's middle, the
 * middle line of a row centred over three (`群众生产生活条件 | 按照项目实施方`
 * over `社会效益 | 定性 | 案要求持续改善` over `，惠及更多群众`). */
static gboolean wraps_text_target_beside_label(const built_row *f, const built_row *top,
                                               const jx_header *header)
{
    gboolean piece = FALSE, label = FALSE;
    for (guint k = 0; k < f->source->cells->len; k++) {
        const jx_pcell *c = f->source->cells->pdata[k];
        jx_role r = column_role(header, c);
        const jx_pcell *over =
            r == JX_ROLE_VALUE || r == JX_ROLE_HALF_VALUE ? top->by_role[r] : NULL;
        if (over && over->kind == JX_CK_TEXT && c->kind == JX_CK_TEXT)
            piece = TRUE;
        else if (group_label_cell(c, r) && !top->by_role[r])
            label = TRUE;
        else if (!unkept_role(r))
            return FALSE;
    }
    return piece && label;
}

/* TRUE when line `f` is the next line of row `top` centred over lines
 * with no 序号 to tell its lines apart: it goes on with the row's name cut
 * inside a word (`群众生产生活条` / `件`) and with its text target, besides
 * the rests of its labels cut inside theirs (`社会效益指` / `标`), labels
 * the row's line lacks (its work item, centred on the row: `推进水污染防治`)
 * and cells of columns no record keeps.  Read alone, it was a row of its
 * own whose name was `件` (a piece of any kind: `件` alone reads as a unit). */
static gboolean goes_on_with_name_cut_how(const built_row *f, const built_row *top,
                                          const jx_header *header, gboolean name_rest_too)
{
    gboolean piece = FALSE, name = FALSE, name_rest = FALSE, target_cut = FALSE;
    for (guint k = 0; k < f->source->cells->len; k++) {
        const jx_pcell *c = f->source->cells->pdata[k];
        jx_role r = column_role(header, c);
        const jx_pcell *over = r != JX_ROLE_NONE ? top->by_role[r] : NULL;
        if ((r == JX_ROLE_VALUE || r == JX_ROLE_HALF_VALUE) && over &&
            over->kind == JX_CK_TEXT && c->kind == JX_CK_TEXT) {
            piece = TRUE;
            target_cut |= top->text[r] && jx_norm_seam_inside_word(top->text[r], c->norm);
        } else if ((r == JX_ROLE_NAME || is_label_role(r)) && top->text[r] &&
                   jx_norm_seam_inside_word(top->text[r], c->norm))
            name |= r == JX_ROLE_NAME;
        else if (r == JX_ROLE_NAME && top->text[r] && c->kind == JX_CK_TEXT)
            name_rest = TRUE;
        else if (!(is_label_role(r) && !over) && !unkept_role(r))
            return FALSE;
    }
    /* (a name cut between words goes on beside a target cut inside one:
     * `严格执行补助标准，不超 | 实际按下拨文` over `预算安排 | 件为准`) */
    return piece && (name || (name_rest_too && name_rest && target_cut));
}

static gboolean goes_on_with_name_cut(const built_row *f, const built_row *top,
                                      const jx_header *header)
{
    return goes_on_with_name_cut_how(f, top, header, TRUE);
}

/* The same with the name cut inside a word only (`群众生产生活条` / `件`):
 * for a line another pass already took as a fragment, where a name cut
 * between words (`按计划进度完成` / `依照相关资金管理办法…`) may be the
 * next row's name opening under it. */
static gboolean goes_on_with_name_cut_in_word(const built_row *f, const built_row *top,
                                              const jx_header *header)
{
    return goes_on_with_name_cut_how(f, top, header, FALSE);
}

/* TRUE when `piece` is a date's day alone (`30日`). */
static gboolean day_alone(const char *piece)
{
    return g_ascii_isdigit(piece[0]) && g_str_has_suffix(piece, "日") && !strstr(piece, "年") &&
           !strstr(piece, "月");
}

/* TRUE when `piece` finishes a date that `before` began: one that is none
 * by itself (`≤2024年11` / `月30日`), or its day (`≤2024年6月` / `30日`). */
static gboolean finishes_date(const char *before, const char *piece)
{
    jx_target alone = {0}, joined_t = {0};
    jx_norm_target(before, &alone);
    char *joined = jx_norm_join(before, piece);
    jx_norm_target(joined, &joined_t);
    gboolean finishes =
        joined_t.kind == JX_KIND_DATE && (alone.kind != JX_KIND_DATE || day_alone(piece));
    g_free(joined);
    jx_target_clear(&alone);
    jx_target_clear(&joined_t);
    return finishes;
}

/* TRUE when line `f`, next to row `top` and with no 序号, goes on with
 * the row's date cut inside (`年度补助资金拨付完成 | ≤2024年11` over `时间 |
 * 月30日`): a table whose name and target columns are narrow wraps both at
 * once, line for line, and the second line read alone was a row of its
 * own (`时间`, its target `月30日`).  A date cut before its month or day is
 * no target of a row; the name's piece beside it is the name's rest, and
 * cells of columns no record keeps (备注) go on with them. */
static gboolean goes_on_with_date_cut(const built_row *f, const built_row *top,
                                      const jx_header *header)
{
    gboolean date = FALSE;
    for (guint k = 0; k < f->source->cells->len; k++) {
        const jx_pcell *c = f->source->cells->pdata[k];
        jx_role r = column_role(header, c);
        if ((r == JX_ROLE_VALUE || r == JX_ROLE_HALF_VALUE) && top->text[r] && !date &&
            finishes_date(top->text[r], c->norm))
            date = TRUE;
        else if (!(r == JX_ROLE_NAME && top->text[r]) && !unkept_role(r))
            return FALSE;
    }
    return date;
}

/* TRUE when line `f` is the third piece of the text target of row `top`
 * whose second piece, line `piece` right above it, is one cell alone
 * (`按照项目实施方` / `案要求持续改` / `定性 | 善，惠及更多群`): its
 * target, aligned as the row's, goes on from that cell inside a word, and
 * nothing else of it is a record's.  Its cells are read by the roles the
 * line was aligned to, not by column: a page reprinted at other widths
 * (an extra column for its 定性 marks) moves the columns, and the piece
 * line, one cell, was read as a name by order. */
static gboolean goes_on_from_text_piece(const built_row *f, const built_row *piece,
                                        const built_row *top)
{
    const jx_pcell *own = top->by_role[JX_ROLE_VALUE], *c = f->by_role[JX_ROLE_VALUE];
    if (!own || own->kind != JX_CK_TEXT || !c || c->kind != JX_CK_TEXT ||
        piece->source->cells->len != 1)
        return FALSE;
    for (int r = JX_ROLE_NONE + 1; r < JX_ROLE_COUNT; r++)
        if (r != JX_ROLE_VALUE && !unkept_role((jx_role)r) && f->text[r])
            return FALSE;
    const jx_pcell *p = piece->source->cells->pdata[0];
    return p->kind == JX_CK_TEXT && p->norm && runs_on(p->norm, f->text[JX_ROLE_VALUE]);
}

/* TRUE when the lines strictly between all[a] and all[b], line after line,
 * are lines of row all[a] (`wrapped`, see jx_trow_mark_continuations) or hold
 * nothing but cells of label columns (a narrow label wrapped round the
 * row's lines: `社会效益指` between `群众生产生活条` and `件`). */
static gboolean label_pieces_between(const GPtrArray *all, const jx_header *header,
                                     const gboolean *wrapped, guint a, guint b)
{
    /* (a self-evaluation's rows are their score lines, its labels centred
     * beside the names' wrapped rests) */
    if (b < a + 2 || scored_table(header))
        return FALSE;
    for (guint k = a + 1; k < b; k++) {
        const built_row *f = all->pdata[k];
        if (lines_between(all->pdata[k - 1], f) != 0 || !f->source->cells->len)
            return FALSE;
        if (wrapped[k])
            continue;
        for (guint c = 0; c < f->source->cells->len; c++)
            if (!is_label_role(column_role(header, f->source->cells->pdata[c])))
                return FALSE;
    }
    return TRUE;
}

/* TRUE when the one line between rows all[a] and all[b], line after line,
 * is a fragment holding the name of row a, which has none, and nothing
 * but label cells beside it: a qualitative target wrapped round its row's
 * line (`按照项目实施方案要求持续改善，` / `群众生产生活条件` / `惠及更多群众`,
 * WeasyPrint's print of a form with a half-year and a year column), its
 * last line the rest of the row's, not a row of its own. */
static gboolean name_alone_between(const GPtrArray *all, const jx_header *header,
                                   const gboolean *frag, guint a, guint b)
{
    if (b != a + 2 || !frag[a + 1] || ((const built_row *)all->pdata[a])->text[JX_ROLE_NAME])
        return FALSE;
    const built_row *f = all->pdata[a + 1];
    if (!f->text[JX_ROLE_NAME] || lines_between(all->pdata[a], f) != 0 ||
        lines_between(f, all->pdata[b]) != 0)
        return FALSE;
    for (guint c = 0; c < f->source->cells->len; c++) {
        jx_role r = column_role(header, f->source->cells->pdata[c]);
        if (r != JX_ROLE_NAME && !is_label_role(r))
            return FALSE;
    }
    return TRUE;
}

/* Marks line `f`, a wrapped line of row `top`'s text target, the rest of
 * that row when it holds nothing but text pieces of the value columns the
 * row's target stands in (`及更多群众` under `要求持续改善，惠`): no row of
 * its own holds only the middle of a sentence, so the names of the next
 * row, set over its own lines below, take none of it down with them (see
 * jx_trow_split_fragment_run).  The row must hold a name, and the piece
 * stand in the very column of the row's target. */
static void hold_text_target_rest(built_row *f, const built_row *top, const jx_header *header)
{
    const GPtrArray *cells = f->source->cells;
    /* (a row with no name of its own read its names' column as the
     * targets': its "target" is a name, the line under it the next row's) */
    if (!cells->len || !top->by_role[JX_ROLE_NAME])
        return;
    for (guint k = 0; k < cells->len; k++) {
        const jx_pcell *c = cells->pdata[k];
        jx_role r = column_role(header, c);
        if ((r != JX_ROLE_VALUE && r != JX_ROLE_HALF_VALUE) || c->kind != JX_CK_TEXT ||
            !top->by_role[r] || top->by_role[r]->kind != JX_CK_TEXT ||
            top->by_role[r]->col != c->col)
            return;
    }
    f->rest_of_above = TRUE;
}

/* Marks lines all[a + 1 .. b - 1] the rest of row all[a]: its wrapped
 * lines and the pieces of its labels between them, whose names are no
 * names to place (see jx_trow_place_names_by_column). */
static void hold_lines_between(GPtrArray *all, gboolean *frag, gboolean *wrapped, guint a, guint b)
{
    for (guint k = a + 1; k < b; k++) {
        frag[k] = wrapped[k] = TRUE;
        ((built_row *)all->pdata[k])->rest_of_above = TRUE;
    }
}

/* How many lines above a row's line a wrapped name may start (a one-line
 * name centred over a row's three lines stands on the first). */
#define BRACKET_NAME_LINES_UP 2

static gboolean bracket_open(const char *text);

gboolean jx_trow_finishes_name_bracket(const char *name, const char *piece)
{
    gunichar first = g_utf8_get_char(piece);
    gboolean opens = first == '(' || first == 0xFF08;
    if (bracket_open(name) == opens)
        return FALSE;
    char *joined = jx_norm_join(name, piece);
    gboolean closed = !bracket_open(joined) && (g_str_has_suffix(piece, ")") ||
                                                g_str_has_suffix(piece, "）"));
    g_free(joined);
    return closed;
}

/* TRUE when line all[at], right under row all[row]'s line, holds the
 * bracketed rest of the name that row's lines hold (see
 * jx_trow_finishes_name_bracket), beside nothing but pieces of label columns and
 * cells of columns no record keeps (`位） | 0.5分`, the 指标解释's own rest;
 * `度 | 建）`): read alone, the rest's line was a row of its own, or went
 * with the next row's name. */
static gboolean closes_name_above(const GPtrArray *all, guint row, guint at,
                                  const jx_header *header)
{
    const built_row *f = all->pdata[at];
    const char *piece = NULL;
    for (guint k = 0; k < f->source->cells->len; k++) {
        const jx_pcell *c = f->source->cells->pdata[k];
        jx_role r = column_role(header, c);
        if (r == JX_ROLE_NAME && !piece && c->kind == JX_CK_TEXT)
            piece = c->norm;
        else if (!is_label_role(r) && !unkept_role(r))
            return FALSE;
    }
    if (!piece)
        return FALSE;
    const char *name = NULL;
    for (guint k = row + 1; k-- > 0 && row - k <= BRACKET_NAME_LINES_UP && !name;) {
        const built_row *b = all->pdata[k];
        if (lines_between(b, all->pdata[k + 1]) != 0)
            return FALSE;
        name = b->text[JX_ROLE_NAME];
    }
    return name && jx_trow_finishes_name_bracket(name, piece);
}

/* The column the nearest row above row `i` on its page that is no fragment
 * holds its name in, or -1. */
static int name_column_above(const GPtrArray *all, const gboolean *frag, guint i)
{
    const built_row *b = all->pdata[i];
    for (guint k = i; k-- > 0;) {
        const built_row *a = all->pdata[k];
        if (a->page != b->page)
            return -1;
        if (!frag[k] && a->by_role[JX_ROLE_NAME])
            return a->by_role[JX_ROLE_NAME]->col;
    }
    return -1;
}

/* TRUE when row `i` holds its name where the rows of its page hold theirs
 * (`page_names`), off the header's names column (a layout dump sets a page,
 * or a header's 指标名称, by its own columns), in the named row above's
 * column, right under a line that ends a row of its own: a line of labels
 * alone (`成本指标` set tight between two rows) or a row stating a target
 * (two rows set tight).  A wrapped cell's next line follows none of these. */
static gboolean named_in_page_column(const GPtrArray *all, const gboolean *frag, guint i,
                                     int page_names)
{
    const built_row *b = all->pdata[i], *above = all->pdata[i - 1];
    const jx_pcell *name = b->by_role[JX_ROLE_NAME];
    return name && page_names >= 0 && name->col == page_names &&
           name->col == name_column_above(all, frag, i) && (above->labels_only || above->typed);
}

void jx_trow_mark_continuations(GPtrArray *all, gboolean *frag, const jx_header *header)
{
    guint n = all->len, data = 0, gapped = 0;
    /* in any layout: the wrapped lines of a qualitative target, line after
     * line under the row they belong to */
    gboolean *wrapped = g_new0(gboolean, n + 1);
    for (guint i = 1, row = 0, cells_row = 0; i < n; i++) {
        const built_row *b = all->pdata[i];
        /* (a fragment past a label's pieces going on with the row's text
         * target: `及更多群众` under `件 | 要求持续改善，惠` and `标`) */
        /* (a name's bracketed rest under its row's line: see closes_name_above) */
        if (!frag[row] && row + 1 == i && !b->by_role[JX_ROLE_SEQ] &&
            closes_name_above(all, row, i, header)) {
            hold_lines_between(all, frag, wrapped, row, i + 1);
            continue;
        }
        if (frag[i] && !wrapped[i] && !frag[row] &&
            label_pieces_between(all, header, wrapped, row, i) &&
            lines_between(all->pdata[i - 1], b) == 0 && !b->by_role[JX_ROLE_SEQ] &&
            continues_text_values(b, all->pdata[row], header)) {
            hold_lines_between(all, frag, wrapped, row, i + 1);
            continue;
        }
        /* a line already a fragment that is the next piece of the row's text
         * target is one of its wrapped lines too: the line after it, a 定性
         * centred beside the target's third piece (`按照项目实施方` / `案要求持
         * 续改` / `定性 | 善，惠及更多群` / `众`), goes on from it */
        if (frag[i] && !wrapped[i] && !frag[row] && (row == i - 1 || wrapped[i - 1]) &&
            lines_between(all->pdata[i - 1], b) == 0 && !b->by_role[JX_ROLE_SEQ] &&
            (wraps_text_target_on(b, all->pdata[row], header) ||
             wraps_text_target_beside_label(b, all->pdata[row], header) ||
             goes_on_with_name_cut_in_word(b, all->pdata[row], header))) {
            wrapped[i] = TRUE;
            hold_text_target_rest(all->pdata[i], all->pdata[row], header);
        }
        if (frag[i] && !wrapped[i])
            continue;
        if (!frag[row] && name_alone_between(all, header, frag, row, i) &&
            !b->by_role[JX_ROLE_SEQ] && continues_text_values(b, all->pdata[row], header)) {
            hold_lines_between(all, frag, wrapped, row, i + 1);
            continue;
        }
        if (!frag[row] &&
            (row == i - 1 || wrapped[i - 1] || label_pieces_between(all, header, wrapped, row, i)) &&
            lines_between(all->pdata[i - 1], b) == 0 && !b->by_role[JX_ROLE_SEQ] &&
            (continues_text_values(b, all->pdata[row], header) ||
             wraps_text_target_on(b, all->pdata[row], header) ||
             wraps_text_target_beside_label(b, all->pdata[row], header))) {
            frag[i] = wrapped[i] = TRUE;
            hold_text_target_rest(all->pdata[i], all->pdata[row], header);
            continue;
        }
        /* the same third piece where the second, one cell, was a fragment
         * its columns did not place (see goes_on_from_text_piece) */
        if (!frag[row] && frag[i - 1] && row + 1 == i - 1 &&
            lines_between(all->pdata[row], all->pdata[i - 1]) == 0 &&
            lines_between(all->pdata[i - 1], b) == 0 && !b->by_role[JX_ROLE_SEQ] &&
            goes_on_from_text_piece(b, all->pdata[i - 1], all->pdata[row])) {
            frag[i] = wrapped[i] = TRUE;
            continue;
        }
        /* (its name's piece is the row's: no name to place by column) */
        if (!frag[row] &&
            (row == i - 1 || wrapped[i - 1] || label_pieces_between(all, header, wrapped, row, i)) &&
            lines_between(all->pdata[i - 1], b) == 0 && !b->by_role[JX_ROLE_SEQ] &&
            (goes_on_with_name_cut(b, all->pdata[row], header) ||
             goes_on_with_date_cut(b, all->pdata[row], header))) {
            hold_lines_between(all, frag, wrapped, row, i + 1);
            continue;
        }
        /* a row's cells cut by a line of labels alone, set by its own middle
         * (`依照相关资金管理办法组织实施，严 | 实际按下拨文件` / `成本指标` /
         * `格控制成本 | 为准`): the line below, its name and every other
         * cell of its own going on from the row's, is that row's */
        if (!frag[cells_row] && labels_lines_between(all, cells_row, i) && b->text[JX_ROLE_NAME] &&
            !b->by_role[JX_ROLE_SEQ] && jx_trow_goes_on_from(all->pdata[cells_row], b)) {
            built_row *cut = all->pdata[i];
            frag[i] = wrapped[i] = TRUE;
            cut->rest_of_above = cut->across_labels = TRUE;
            continue;
        }
        row = i;
        if (!b->labels_only)
            cells_row = i;
    }
    for (guint i = 1; i < n; i++)
        if (!frag[i]) {
            data++;
            gapped += lines_between(all->pdata[i - 1], all->pdata[i]) > 0;
        }
    if (data == 0 || gapped < GAPPED_SHARE * data) {
        g_free(wrapped);
        return;
    }
    int name_col = role_column(header, JX_ROLE_NAME);
    int page = -1, page_names = -1;
    gboolean *cont = g_new0(gboolean, n + 1);
    for (guint i = 1; i < n; i++) {
        const built_row *b = all->pdata[i];
        if (b->page != page) {
            page = b->page;
            page_names = names_column(all, header->n_cols, page);
        }
        /* a name only alignment moved there (from the target columns) is
         * none, unless it stands where its page's rows hold theirs */
        const jx_pcell *name = b->by_role[JX_ROLE_NAME];
        gboolean named = name && (name_col < 0 || name->col == name_col ||
                                  named_in_page_column(all, frag, i, page_names));
        if (!frag[i] && (!frag[i - 1] || cont[i - 1] || wrapped[i - 1]) && !b->labels_only &&
            !b->by_role[JX_ROLE_SEQ] && !named && lines_between(all->pdata[i - 1], b) == 0)
            frag[i] = cont[i] = TRUE;
    }
    g_free(cont);
    g_free(wrapped);
}

gboolean jx_trow_heads_named_row(const GPtrArray *all, const gboolean *is_frag, guint i)
{
    if (i + 1 >= all->len || is_frag[i + 1])
        return FALSE;
    const built_row *head = all->pdata[i], *row = all->pdata[i + 1];
    return !head->text[JX_ROLE_NAME] && has_value(head) && row->text[JX_ROLE_NAME] &&
           !row->text[JX_ROLE_VALUE] &&
           scores_on_line(row) && next_line_of(head, row);
}

void jx_trow_promote_split_rows(GPtrArray *all, gboolean *frag)
{
    for (guint i = 1; i < all->len; i++) {
        const built_row *b = all->pdata[i], *above = all->pdata[i - 1];
        if (frag[i] && frag[i - 1] && has_value(b) && !b->text[JX_ROLE_NAME] &&
            !b->rest_of_above && above->text[JX_ROLE_NAME] && !has_value(above) &&
            !above->labels_only && !above->row_top && lines_between(above, b) == 0 &&
            !jx_trow_heads_named_row(all, frag, i))
            frag[i] = FALSE;
    }
}

/* The blank lines between `above` and `below` on one page, or -1: a part
 * of the table opening at `below` (a new grid of the dump's lines, its
 * columns found anew, under a tall row's bottom padding) parts no page, so
 * the lines between are the page's own, unlike lines_between's. */
static int blank_lines_on_page(const built_row *above, const built_row *below)
{
    if (!above->line || !below->line || !above->page || above->page != below->page)
        return -1;
    return below->line - above->line - 1;
}

/* The same split row in a print whose names stand at their rows' tops and
 * whose other cells are centred (a spreadsheet's HTML printed by
 * wkhtmltopdf: Calc writes its text cells valign=top, the rest middle): a
 * row a merged label makes taller than a line holds its name alone on its
 * first line, right under the row above, and its target alone on a lower
 * one, the lines of labels centred over the span between them
 * (`持续发挥效益` / `可持续影响指标` / `长期有效`), or blank lines of its
 * padding, more of them under the target than over it (`资金兑付及时性` / 2
 * blank lines / `及时` / 3 blank lines).  The target's line is the row, the
 * name comes down to it: a wrapped cell of the row above holds its lines
 * together, with no line of labels alone or blank line between them, and a
 * name's piece running on inside a word goes on from the row above. */
static gboolean target_under_top_name(const GPtrArray *all, const gboolean *frag, guint i,
                                      gboolean marked)
{
    const built_row *b = all->pdata[i];
    if (!frag[i] || !has_value(b) || b->text[JX_ROLE_NAME] || b->by_role[JX_ROLE_SEQ] ||
        b->labels_only)
        return FALSE;
    /* (a label column too narrow for a word wraps its label a character or
     * two a line, `可持` / `续影` / `响指` / `标`: lines of its pieces, no
     * whole label, stand between the name and the target alike, where lines
     * are all there is to go by; a producer that marks wrapped pieces, a
     * PDF's line spacing, says by itself which lines a cell holds) */
    guint j = i;
    while (j > 0 &&
           (((const built_row *)all->pdata[j - 1])->labels_only ||
            (!marked && frag[j - 1] && jx_trow_labels_alone(all->pdata[j - 1]))) &&
           lines_between(all->pdata[j - 1], all->pdata[j]) == 0)
        j--;
    if (j < 2)
        return FALSE;
    const built_row *top = all->pdata[j - 1], *row = all->pdata[j - 2];
    int gap = lines_between(top, all->pdata[j]);
    if (gap == 0 ? j == i
                 : i + 1 >= all->len || top->page != b->page ||
                       blank_lines_on_page(b, all->pdata[i + 1]) <= gap)
        return FALSE;
    return frag[j - 1] && top->text[JX_ROLE_NAME] && !has_value(top) && !top->row_top &&
           !frag[j - 2] && !row->labels_only && row->text[JX_ROLE_NAME] && has_value(row) &&
           lines_between(row, top) == 0 &&
           !jx_norm_seam_inside_word(row->text[JX_ROLE_NAME], top->text[JX_ROLE_NAME]);
}

void jx_trow_promote_rows_under_top_names(GPtrArray *all, gboolean *frag)
{
    gboolean marked = wraps_marked(all);
    for (guint i = 2; i < all->len; i++)
        if (target_under_top_name(all, frag, i, marked))
            frag[i] = FALSE;
}

/* TRUE when row `b` holds nothing but pieces of a target (its value, its
 * operator or unit), no name or other cell of a row of its own. */
static gboolean target_piece_only(const built_row *b)
{
    if (b->labels_only || b->text[JX_ROLE_NAME] || b->by_role[JX_ROLE_SEQ] ||
        !b->text[JX_ROLE_VALUE])
        return FALSE;
    for (guint k = 0; k < b->source->cells->len; k++) {
        const jx_pcell *c = b->source->cells->pdata[k];
        if (c != b->by_role[JX_ROLE_VALUE] && c != b->by_role[JX_ROLE_OP] &&
            c != b->by_role[JX_ROLE_UNIT])
            return FALSE;
    }
    return TRUE;
}

/* TRUE when `rest` is the end of the target `top` began, cut inside its
 * unit (`≤1200元/平方` / `米`, `≤120 万` / `元`): `rest` holds no figure,
 * and joined the two read as one number or date. */
static gboolean target_cut_before(const char *top, const char *rest)
{
    for (const char *p = rest; *p; p++)
        if (g_ascii_isdigit(*p))
            return FALSE;
    jx_target joined_t = {0};
    char *joined = jx_norm_join(top, rest);
    jx_norm_target(joined, &joined_t);
    gboolean cut = joined_t.kind == JX_KIND_NUMBER || joined_t.kind == JX_KIND_DATE;
    g_free(joined);
    jx_target_clear(&joined_t);
    return cut;
}

void jx_trow_promote_rows_between_target_lines(GPtrArray *all, gboolean *frag)
{
    for (guint i = 1; i + 1 < all->len; i++) {
        const built_row *above = all->pdata[i - 1], *b = all->pdata[i], *below = all->pdata[i + 1];
        if (frag[i] && frag[i - 1] && frag[i + 1] && !b->labels_only &&
            b->by_role[JX_ROLE_NAME] && !has_target(b) && next_line_of(above, b) &&
            next_line_of(b, below) && target_piece_only(above) && target_piece_only(below) &&
            target_cut_before(above->text[JX_ROLE_VALUE], below->text[JX_ROLE_VALUE]))
            frag[i] = FALSE;
    }
}

/* Cells whose lines may stand around a row's line, and tell whether the
 * table centres its cells vertically. */
static const jx_role centring_roles[] = {JX_ROLE_NAME, JX_ROLE_VALUE, JX_ROLE_ACTUAL,
                                         JX_ROLE_DEVIATION};

gboolean jx_trow_cells_centred(const GPtrArray *all, const gboolean *frag)
{
    for (guint i = 1; i + 1 < all->len; i++) {
        const built_row *above = all->pdata[i - 1], *b = all->pdata[i], *below = all->pdata[i + 1];
        if (frag[i] || b->labels_only || !frag[i - 1] || !frag[i + 1] ||
            lines_between(above, b) != 0 || lines_between(b, below) != 0)
            continue;
        for (gsize k = 0; k < G_N_ELEMENTS(centring_roles); k++) {
            jx_role r = centring_roles[k];
            if (!b->by_role[r] && above->text[r] && below->text[r])
                return TRUE;
        }
    }
    return FALSE;
}

/* TRUE when the table sets its names at their rows' tops (a browser's
 * print of HTML whose name cells are top-aligned, the figures centred):
 * at least NAMES_AT_TOPS_MIN_ROWS rows, and more than centre a name round
 * their line (a piece of it right above and right below), start their name
 * on their own line with its one other line right below, the next row's
 * name on the line after.  Centring names on their rows' lines
 * (jx_trow_place_names_by_column) would move such a name's rest to the row below. */
#define NAMES_AT_TOPS_MIN_ROWS 2

gboolean jx_trow_names_at_tops(const GPtrArray *all, const gboolean *frag)
{
    int tops = 0, centred = 0;
    for (guint i = 1; i + 1 < all->len; i++) {
        const built_row *above = all->pdata[i - 1], *b = all->pdata[i], *below = all->pdata[i + 1];
        if (frag[i] || b->labels_only || !frag[i + 1] || !below->text[JX_ROLE_NAME] ||
            lines_between(b, below) != 0)
            continue;
        const char *own = b->text[JX_ROLE_NAME];
        gboolean over = frag[i - 1] && above->text[JX_ROLE_NAME] && lines_between(above, b) == 0;
        /* a name running on inside a word into the line below, not from
         * the line above: it starts on the row's line */
        if (own && jx_norm_seam_inside_word(own, below->text[JX_ROLE_NAME]) &&
            !(over && jx_norm_seam_inside_word(above->text[JX_ROLE_NAME], own))) {
            tops++;
            continue;
        }
        if (over) {
            centred++;
            continue;
        }
        const built_row *after = i + 2 < all->len ? all->pdata[i + 2] : NULL;
        tops += own && after && !frag[i + 2] && !after->labels_only &&
                after->text[JX_ROLE_NAME] && lines_between(below, after) == 0;
    }
    return tops >= NAMES_AT_TOPS_MIN_ROWS && tops > centred;
}

/* TRUE when data row `b` is surely a row's own line: it holds a 序号, or a
 * target that is no text (a figure, a date, `≥125家`).  A line holding only
 * text in the targets' column may be a text target's wrapped rest
 * (`按照项目实施方案要求持续` / `群众生产生活条件` / `改善，惠及更多群众`). */
static gboolean row_line_of_its_own(const built_row *b)
{
    const jx_pcell *value = b->by_role[JX_ROLE_VALUE];
    return b->by_role[JX_ROLE_SEQ] || (is_value_cell(value) && value->kind != JX_CK_TEXT);
}

/* TRUE when the table sets its names at their rows' tops and centres the
 * rows' lines (a browser's print of Calc's HTML: `单位建设成本` / `7 成本指标
 * ≤ 2,240 元/平方米` / `8 社会效益 群众获得感`): a row's line holds no name,
 * a name alone stands right above it, and the next row's line right under
 * it holds that row's own name (both lines a row's own, row_line_of_its_own).
 * A centred one-line name stands on its row's line; a centred name of two
 * lines round a line of its own (`资金使用合规` / `100%` / `率（以批复为准）`)
 * leaves a piece right under it.  More such rows than rows with a name
 * going on inside a word round their nameless line. */
/* One such row says it: no centred print sets a one-line name apart from
 * its row's line, and the signal only weighs pieces under such a row. */
#define NAMES_TOP_SET_MIN_ROWS 1

gboolean jx_trow_names_top_set(const GPtrArray *all, const gboolean *frag)
{
    int tops = 0, centred = 0;
    for (guint i = 1; i + 1 < all->len; i++) {
        const built_row *above = all->pdata[i - 1], *b = all->pdata[i], *below = all->pdata[i + 1];
        if (frag[i] || b->labels_only || b->text[JX_ROLE_NAME] || !row_line_of_its_own(b) ||
            !frag[i - 1] || !above->text[JX_ROLE_NAME] || has_value(above) ||
            lines_between(above, b) != 0 || lines_between(b, below) != 0)
            continue;
        if (frag[i + 1] && below->text[JX_ROLE_NAME] &&
            jx_norm_seam_inside_word(above->text[JX_ROLE_NAME], below->text[JX_ROLE_NAME]))
            centred++;
        else if (!frag[i + 1] && row_line_of_its_own(below) && below->text[JX_ROLE_NAME])
            tops++;
    }
    return tops >= NAMES_TOP_SET_MIN_ROWS && tops > centred;
}

/* TRUE when `text` opens a bracket it does not close (项目验收合格率(以批复为):
 * its rest is on a line below. */
static gboolean bracket_open(const char *text)
{
    int depth = 0;
    for (const char *p = text; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        depth += (c == '(' || c == 0xFF08) - (c == ')' || c == 0xFF09);
    }
    return depth > 0;
}

gboolean jx_trow_opens_label_group(const built_row *f, const built_row *prev, const built_row *next)
{
    static const jx_role labels[] = {JX_ROLE_LEVEL1, JX_ROLE_LEVEL2};
    static const jx_role texts[] = {JX_ROLE_NAME, JX_ROLE_TASK};
    if (!f->text[JX_ROLE_NAME] || !prev->text[JX_ROLE_NAME] || bracket_open(prev->text[JX_ROLE_NAME]))
        return FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(texts); i++)
        if (runs_on(prev->text[texts[i]], f->text[texts[i]]))
            return FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(labels); i++) {
        const jx_pcell *c = f->by_role[labels[i]];
        if (c && (c->kind == JX_CK_LEVEL1 || c->kind == JX_CK_LEVEL2) && !next->text[labels[i]])
            return TRUE;
    }
    return FALSE;
}

gboolean jx_trow_heads_label_of(const built_row *f, const built_row *next)
{
    const jx_pcell *head = f->by_role[JX_ROLE_LEVEL2], *rest = next->by_role[JX_ROLE_LEVEL2];
    if (!head || !rest || !f->text[JX_ROLE_LEVEL2] || !next->text[JX_ROLE_LEVEL2] ||
        head->col != rest->col || !next_line_of(f, next) || next->text[JX_ROLE_NAME] ||
        !jx_taxonomy_label_tail(next->text[JX_ROLE_LEVEL2]) ||
        known_label(JX_ROLE_LEVEL2, next->text[JX_ROLE_LEVEL2]))
        return FALSE;
    return joins_into_label(JX_ROLE_LEVEL2, f->text[JX_ROLE_LEVEL2], next->text[JX_ROLE_LEVEL2]);
}

/* Rows → data rows, fragments merged into their neighbours. */
/* A numbered row centred over lines in a layout dump: its 序号 stands on
 * the middle line, the name and the first piece of a wrapped target on the
 * line above (`群众生产生活条件 | 按照项目实施方` over `16 | 稳步推进 | 案要
 * 求持续改善`).  A line with no 序号 right above a numbered line with no
 * name is the top of that row, not a row of its own. */
/* TRUE when row `b` has a cell in part column `col`. */
static gboolean holds_column(const built_row *b, int col)
{
    for (guint k = 0; k < b->source->cells->len; k++)
        if (((const jx_pcell *)b->source->cells->pdata[k])->col == col)
            return TRUE;
    return FALSE;
}

/* TRUE when cell `c` in label column `r` is the rest of the label of `b`,
 * the line above, cut inside its word (`社会效益指` / `标`): a narrow label
 * column wrapping round the row's lines. */
static gboolean finishes_label_above(const built_row *b, const jx_pcell *c, jx_role r)
{
    return is_label_role(r) && b->text[r] && c->kind == JX_CK_TEXT &&
           jx_norm_seam_inside_word(b->text[r], c->norm);
}

/* TRUE when what `below` read as its name (the one cell after its 序号,
 * aligned by order) stands in the column of the value of `b`, the line
 * above: the rest of that wrapped value (`按照项目实施方` over `29 | 案要求持
 * 续改善`), no name. */
static gboolean continues_value_below(const built_row *b, const built_row *below,
                                      const jx_header *header)
{
    const jx_pcell *value = b->by_role[JX_ROLE_VALUE], *name = below->by_role[JX_ROLE_NAME];
    if (!value || !name || name->col != value->col)
        return FALSE;
    /* beside it only its 序号 and labels (`15 | 社会效益 | 持续改善，惠及更多群`),
     * the rest of cells of `b` right of the value, wrapped in their own
     * columns (an explanation's `分` closing `未达到按比例扣`), and cells
     * right of it no record keeps (the row's 指标方向 `定性`): a cell of
     * another kind would be the row's own */
    for (guint i = 0; i < below->source->cells->len; i++) {
        const jx_pcell *c = below->source->cells->pdata[i];
        jx_role r = column_role(header, c);
        if (c != name && c != below->by_role[JX_ROLE_SEQ] && c->kind != JX_CK_LEVEL1 &&
            c->kind != JX_CK_LEVEL2 && !(c->col > value->col && holds_column(b, c->col)) &&
            !(c->col > value->col && (r == JX_ROLE_OTHER || r == JX_ROLE_EXPLAIN)) &&
            !finishes_label_above(b, c, r))
            return FALSE;
    }
    return TRUE;
}

/* TRUE when cell `top`, what line `b` read as its name, is text, or a
 * level-2 word in the names' column beside the line's own level-2 label
 * (`社会成本指 | 社会成本`: an indicator named as its group). */
static gboolean name_kind_beside_label(const built_row *b, const jx_pcell *top,
                                       const jx_header *header)
{
    return top->kind == JX_CK_TEXT ||
           (top->kind == JX_CK_LEVEL2 && b->by_role[JX_ROLE_LEVEL2] &&
            b->by_role[JX_ROLE_LEVEL2] != top && column_role(header, top) == JX_ROLE_NAME);
}

/* TRUE when numbered line `below` holds a level label of its own in the
 * column of `top`, the name on the line above: the line's name slot was
 * no empty one a target moved into, but the row's cells stand a column
 * right (`25 | 质量指标 | 项目验收合格率 | = 100 %` under the wrapped rest
 * `目数` of the row before, ../shared/seeds/000), its label where the
 * names stand and its name where the targets do. */
static gboolean label_under_top_name(const built_row *below, const jx_pcell *top)
{
    for (guint k = 0; k < below->source->cells->len; k++) {
        const jx_pcell *c = below->source->cells->pdata[k];
        if (c->col == top->col && jx_label_either_level(c->norm))
            return TRUE;
    }
    return FALSE;
}

/* TRUE when what `below` read as its name stands right of the name of `b`,
 * the line above, in a column where `b` has nothing: a qualitative target
 * (按时完成, 有效提高) on the numbered line of a row whose name pdftotext
 * printed on the line above (a vertically centred row), which alignment by
 * order moved into the empty name slot.  Names stand in one column, so a
 * name right of the one above (itself where its column puts it) is none.
 * A line whose alignment moved some cells (a narrow label's piece beside
 * the name, `社会 | 受益群众饮水安全保障水平`) still says so when its name
 * stands in the names' column and the text below in the target's. */
static gboolean target_read_as_name(const built_row *b, const built_row *below,
                                    const jx_header *header)
{
    const jx_pcell *top = b->by_role[JX_ROLE_NAME], *name = below->by_role[JX_ROLE_NAME];
    if (!top || !name || name->col <= top->col || !name_kind_beside_label(b, top, header))
        return FALSE;
    if (b->shifted && !(column_role(header, top) == JX_ROLE_NAME &&
                        column_role(header, name) == JX_ROLE_VALUE))
        return FALSE;
    return !holds_column(b, name->col) && !label_under_top_name(below, top);
}

/* TRUE when what `below` read as its name is a piece of a narrow label
 * (`续影`, a column left of the names) under the name of `b`, the line
 * above, in the names' column: the row's numbered line of a row centred
 * over lines (`可持 | 持续发挥效益` over `31 | 续影 | 长期有效`), whose name
 * alignment by order filled with the label's piece. */
static gboolean label_piece_read_as_name(const built_row *b, const built_row *below,
                                         const jx_header *header)
{
    const jx_pcell *top = b->by_role[JX_ROLE_NAME], *name = below->by_role[JX_ROLE_NAME];
    if (!top || !name || top->kind != JX_CK_TEXT || name->kind != JX_CK_TEXT ||
        name->col >= top->col || column_role(header, top) != JX_ROLE_NAME ||
        !below->text[JX_ROLE_VALUE])
        return FALSE;
    jx_role r = column_role(header, name);
    return (r == JX_ROLE_LEVEL1 || r == JX_ROLE_LEVEL2 || r == JX_ROLE_NONE) &&
           jx_taxonomy_label_piece(name->norm);
}

/* A target wrapped over many lines and centred on its row's numbered line
 * sets more of its lines above that line than the top one: at most this
 * many (`群众生产生活条件 | 按照项目实施方` / `案要求持续改` / `18 | 效益` /
 * `善，惠及更多群` / `众`).  The top line is the row's still. */
#define TOP_WRAPPED_LINES 3

/* TRUE when line `f` below the top line `top` of a row holds nothing but
 * pieces of its text targets: the next line of one `top` began, or a line
 * of the other where the row has two (a half year's and a year's) and they
 * wrap over different numbers of lines, each centred on the row
 * (`群众生产生活条件 | | 按照项目实` over `| 按照项目实施方 |` over `| |
 * 施方案要求`), besides cells of columns no record keeps. */
static gboolean holds_top_text_targets(const built_row *f, const built_row *top,
                                       const jx_header *header)
{
    gboolean any = FALSE;
    for (guint k = 0; k < f->source->cells->len; k++) {
        const jx_pcell *c = f->source->cells->pdata[k];
        jx_role r = column_role(header, c);
        if (unkept_role(r))
            continue;
        if ((r != JX_ROLE_VALUE && r != JX_ROLE_HALF_VALUE) || c->kind != JX_CK_TEXT)
            return FALSE;
        jx_role other = r == JX_ROLE_VALUE ? JX_ROLE_HALF_VALUE : JX_ROLE_VALUE;
        const jx_pcell *over = top->by_role[r] ? top->by_role[r] : top->by_role[other];
        if (!over || over->kind != JX_CK_TEXT)
            return FALSE;
        any = TRUE;
    }
    return any;
}

/* The index of the first line after row all[i] that is no line of its text
 * target wrapped on (see TOP_WRAPPED_LINES, wraps_text_target_on). */
static guint after_wrapped_target(const GPtrArray *all, const gboolean *frag, guint i,
                                  const jx_header *header)
{
    guint j = i + 1;
    while (j + 1 < all->len && j - i <= TOP_WRAPPED_LINES &&
           (frag[j] || holds_top_text_targets(all->pdata[j], all->pdata[i], header))) {
        const built_row *f = all->pdata[j];
        if (f->by_role[JX_ROLE_SEQ] || f->labels_only || !next_line_of(all->pdata[j - 1], f) ||
            !(wraps_text_target_on(f, all->pdata[i], header) ||
              holds_top_text_targets(f, all->pdata[i], header)))
            break;
        j++;
    }
    return j;
}

/* TRUE when what row `b` read as its name (by order) stands in a column no
 * record keeps: a numbered line holding a one-line cell of such a column
 * (a 中期指标值 `持续提升`) beside nothing of the row's own, its name and
 * target wrapped round it. */
static gboolean name_in_unkept_column(const built_row *b, const jx_header *header)
{
    const jx_pcell *name = b->by_role[JX_ROLE_NAME];
    return name && unkept_role(column_role(header, name));
}

/* TRUE when numbered line `below` holds nothing of its own but its 序号,
 * labels and its other target — the half-year's beside the year's, or the
 * year's beside the half-year's, one line centred on the row's line — and
 * perhaps the next line of the target whose first piece `first` is
 * (`群众生产生活条件` / `按照项目实施方案要求持续` / `20 | 稳步推进` /
 * `改善，惠及更多群众`, or `16 | 阶段性完成 | 续改善，惠及更多群众`: a print
 * of Calc's HTML by wkhtmltopdf).  Read by order, that other target may
 * stand in its names' slot. */
static gboolean targets_round_first(const built_row *below, const jx_pcell *first,
                                    const jx_pcell *second, const jx_header *header)
{
    static const jx_role targets[] = {JX_ROLE_HALF_OP, JX_ROLE_HALF_VALUE, JX_ROLE_HALF_UNIT,
                                      JX_ROLE_OP,      JX_ROLE_VALUE,      JX_ROLE_UNIT};
    for (guint k = 0; k < below->source->cells->len; k++) {
        const jx_pcell *c = below->source->cells->pdata[k];
        jx_role r = column_role(header, c);
        gboolean own = r == JX_ROLE_SEQ || is_label_role(r) || unkept_role(r);
        gboolean goes_on = c->col == first->col || (second && c->col == second->col);
        for (gsize t = 0; t < G_N_ELEMENTS(targets) && !own && !goes_on; t++)
            own = r == targets[t];
        if (goes_on ? c->kind != JX_CK_TEXT : !own)
            return FALSE;
    }
    return TRUE;
}

/* TRUE when line `below` holds a target's value in a target column other
 * than those of `first` and `second` (NULL when there is none): the row's
 * other target, one line centred on the row's own. */
static gboolean holds_other_target(const built_row *below, const jx_pcell *first,
                                   const jx_pcell *second, const jx_header *header)
{
    for (guint k = 0; k < below->source->cells->len; k++) {
        const jx_pcell *c = below->source->cells->pdata[k];
        jx_role r = column_role(header, c);
        if ((r == JX_ROLE_VALUE || r == JX_ROLE_HALF_VALUE) && c->col != first->col &&
            !(second && c->col == second->col))
            return TRUE;
    }
    return FALSE;
}

/* Blank lines a top-set name may stand over its row's centred cells'
 * first line: a print of Calc's HTML pads a row a merged label makes tall
 * between the two (`群众生产生活条件` / 1 blank line / `按照项目实施方案要求`
 * over `30 | 持续改善，惠及更多群`). */
#define TOP_NAME_MAX_BLANKS 1

/* TRUE when name line `b` stands right over line `v`, or TOP_NAME_MAX_BLANKS
 * blank lines over it, on its page. */
static gboolean top_name_over(const built_row *b, const built_row *v)
{
    int gap = lines_between(b, v);
    return b->page == v->page && gap >= 0 && gap <= TOP_NAME_MAX_BLANKS;
}

static gboolean rest_of_top(const built_row *rest, const built_row *top, const jx_header *header,
                            jx_role r);

/* TRUE unless `start`, a target's first piece on line all[i + 1], is a
 * whole date with nothing of its own below: a date wrapped round the
 * row's line all[i + 2] has its operator word on the line right below it
 * (`2021年12月31日` / `26 | ≤ | 2021年6月30日` / `前`); one whole on a line
 * of its own is no such target's start. */
static gboolean date_start_goes_on(const GPtrArray *all, guint i, const jx_pcell *start,
                                   const jx_header *header)
{
    if (start->kind != JX_CK_DATE)
        return TRUE;
    if (i + 3 >= all->len)
        return FALSE;
    const built_row *row = all->pdata[i + 2], *rest = all->pdata[i + 3];
    return next_line_of(row, rest) && !rest->by_role[JX_ROLE_SEQ] && !rest->labels_only &&
           rest_of_top(rest, all->pdata[i + 1], header, column_role(header, start));
}

/* TRUE when the name's line all[i] (no target of its own) is the top of
 * the numbered row two lines down, its qualitative target starting on the
 * line between (`社会效益指标 | 群众生产生活条件` / `按照项目实施方` / `29 |
 * 案要求持续改善` / `，惠及更多群众`): the line between holds nothing but
 * that target's first piece (alone, it read as a row with no name), and
 * what the numbered line read as its name stands in that piece's column —
 * the target's next line, no name. */
static gboolean target_starts_below_name(const GPtrArray *all, const gboolean *frag, guint i,
                                         const jx_header *header)
{
    if (i + 2 >= all->len || frag[i + 2])
        return FALSE;
    const built_row *b = all->pdata[i], *v = all->pdata[i + 1], *below = all->pdata[i + 2];
    gboolean numbered = table_has_role(header, JX_ROLE_SEQ);
    if (b->by_role[JX_ROLE_SEQ] || !b->by_role[JX_ROLE_NAME] || has_target(b) ||
        v->by_role[JX_ROLE_SEQ] || v->labels_only || (numbered && !below->by_role[JX_ROLE_SEQ]) ||
        below->labels_only || !top_name_over(b, v) || !next_line_of(v, below))
        return FALSE;
    /* the first piece of one target, or of both (the half-year's and the
     * year's, each in its column) */
    const jx_pcell *first = NULL, *second = NULL, *name = below->by_role[JX_ROLE_NAME];
    for (guint k = 0; k < v->source->cells->len; k++) {
        const jx_pcell *c = v->source->cells->pdata[k];
        jx_role r = column_role(header, c);
        gboolean text_target = (r == JX_ROLE_VALUE || r == JX_ROLE_HALF_VALUE) &&
                               (c->kind == JX_CK_TEXT || c->kind == JX_CK_DATE);
        if (text_target && !first)
            first = c;
        else if (text_target && !second && column_role(header, first) != r)
            second = c;
        else if (!unkept_role(r))
            return FALSE;
    }
    if (!first || !date_start_goes_on(all, i, first, header) ||
        (second && !date_start_goes_on(all, i, second, header)))
        return FALSE;
    /* with no 序号 the row's line is the one with its other target */
    if (!numbered)
        return targets_round_first(below, first, second, header) &&
               holds_other_target(below, first, second, header);
    /* (a numbered line of nothing but its number takes the lines too) */
    if (name_in_unkept_column(below, header))
        name = NULL;
    return (name ? name->col == first->col && name->kind == JX_CK_TEXT : !has_target(below)) ||
           targets_round_first(below, first, second, header);
}

static gboolean cell_in_role(const built_row *b, const jx_header *header, const jx_pcell *c,
                             jx_role r);

static gboolean target_goes_on(const char *before, const jx_pcell *over, const jx_pcell *piece);

/* The value columns, as bits (1 << k for value_roles[k]), whose targets in
 * row `above` the cells of line `f` go on from, each kept cell from one; 0
 * when a kept cell goes on from neither, or the line keeps none.  A
 * half-year table wraps both its targets at once, line for line: dates
 * (`2021 年 6 月 30 | 2021 年 12 月 2` over `≤ | ≤` over `日 | 5日`), or two
 * texts round the row's line side by side (`按照项目实施方案要求持续 |
 * 按照项目实施方案要求持` / `15 | 效益 | 社会效益` / `改善，惠及更多群众 |
 * 续改善，惠及更多群众`). */
static unsigned value_targets_gone_on(const built_row *f, const built_row *above,
                                      const jx_header *header)
{
    unsigned on = 0;
    for (guint i = 0; i < f->source->cells->len; i++) {
        const jx_pcell *c = f->source->cells->pdata[i];
        if (unkept_role(column_role(header, c)))
            continue;
        gboolean fits = FALSE;
        for (gsize k = 0; k < G_N_ELEMENTS(value_roles) && !fits; k++) {
            jx_role r = value_roles[k];
            fits = cell_in_role(f, header, c, r) &&
                   target_goes_on(above->text[r], above->by_role[r], c);
            on |= fits ? 1u << k : 0;
        }
        if (!fits)
            return 0;
    }
    return on;
}

/* Every value column (see value_targets_gone_on). */
#define BOTH_VALUE_TARGETS ((1u << G_N_ELEMENTS(value_roles)) - 1)

/* After target_starts_below_name, when the numbered line all[i + 2] holds
 * nothing but its number: the line below it going on from the target's
 * first piece (`降低能耗，保护生态环境` / `优先支持节能降耗、环保等` / `10` /
 * `活动中提供技术支撑的项目`) is that row's rest. */
static void mark_target_rest(GPtrArray *all, gboolean *frag, guint i, const jx_header *header)
{
    static const jx_role values[] = {JX_ROLE_VALUE, JX_ROLE_HALF_VALUE};
    if (i + 3 >= all->len)
        return;
    built_row *v = all->pdata[i + 1], *row = all->pdata[i + 2], *rest = all->pdata[i + 3];
    if ((row->by_role[JX_ROLE_NAME] && !name_in_unkept_column(row, header)) ||
        rest->by_role[JX_ROLE_SEQ] || rest->labels_only || !next_line_of(row, rest))
        return;
    for (gsize k = 0; k < G_N_ELEMENTS(values); k++)
        if (v->text[values[k]] && rest_of_top(rest, v, header, values[k])) {
            frag[i + 3] = rest->rest_of_above = TRUE;
            return;
        }
    /* (both targets wrapped round the row's line side by side) */
    if (value_targets_gone_on(rest, v, header) == BOTH_VALUE_TARGETS)
        frag[i + 3] = rest->rest_of_above = TRUE;
}

/* A numbered row's 序号 and group labels may stand on a line of their own
 * with the name and the target some lines below (a layout dump of a
 * browser's print, its label cell wrapped over more lines than the name's:
 * `15 | 满意指标 | 服务对象满意度指` / `标` / `受益群众满意度 | 大于等于95.5%`).
 * At most this many lines of the wrapped labels stand between the two. */
#define LABEL_LINES_OVER_ROW 2

/* TRUE when `head` is the start of a group label whose rest is on the
 * line-by-line label pieces `rest` (`服务对象满意度指` / `标`): joined, a known
 * level-1 or level-2 label. */
static gboolean label_cut_over(const char *head, const char *rest)
{
    char *joined = jx_norm_join(head, rest);
    gboolean known = known_label(JX_ROLE_LEVEL1, joined) || known_label(JX_ROLE_LEVEL2, joined);
    g_free(joined);
    return known;
}

/* A label's last piece alone in the names' slot is its last character
 * (`标` of `服务对象满意度指`): no name is that short. */
#define LABEL_TAIL_MAX_CHARS 1

/* TRUE when row `f` holds nothing but pieces of group labels (a wrapped
 * label's rest, in a label column or in the slot of a name). */
static gboolean label_pieces_only(const built_row *f)
{
    if (f->by_role[JX_ROLE_SEQ] || has_target(f) || f->text[JX_ROLE_TASK] ||
        (!f->text[JX_ROLE_LEVEL1] && !f->text[JX_ROLE_LEVEL2] && !f->text[JX_ROLE_NAME]))
        return FALSE;
    return !f->text[JX_ROLE_NAME] || known_label(JX_ROLE_LEVEL2, f->text[JX_ROLE_NAME]) ||
           g_utf8_strlen(f->text[JX_ROLE_NAME], -1) <= LABEL_TAIL_MAX_CHARS;
}

/* The index of the row below numbered row all[i] that holds its name and
 * target (see LABEL_LINES_OVER_ROW), past lines of label pieces only; 0
 * when there is none.  `rest` is the label piece right below all[i]. */
static guint row_under_labels(const GPtrArray *all, guint i, const char **rest)
{
    *rest = NULL;
    for (guint j = i + 1; j < all->len && j - i <= LABEL_LINES_OVER_ROW + 1; j++) {
        const built_row *f = all->pdata[j];
        if (!next_line_of(all->pdata[j - 1], f))
            return 0;
        if (label_pieces_only(f)) {
            if (!*rest)
                *rest = f->text[JX_ROLE_LEVEL2] ? f->text[JX_ROLE_LEVEL2]
                        : f->text[JX_ROLE_NAME] ? f->text[JX_ROLE_NAME]
                                                : f->text[JX_ROLE_LEVEL1];
            continue;
        }
        /* (a label's piece on the row's own line: the labels wrap round
         * the rows' lines, which the label resolver reads by their lines) */
        return !f->by_role[JX_ROLE_SEQ] && f->text[JX_ROLE_NAME] && has_value(f) &&
                       !f->labels_only && !f->text[JX_ROLE_LEVEL1] && !f->text[JX_ROLE_LEVEL2]
                   ? j
                   : 0;
    }
    return 0;
}

/* Row `row` takes the rest of its wrapped labels from the line of label
 * pieces `f` between its numbered line and its own (a piece in the names'
 * slot, see label_pieces_only, is the level-2 label's), which keeps none. */
static void finish_labels_from(built_row *row, built_row *f)
{
    static const jx_role from[] = {JX_ROLE_LEVEL1, JX_ROLE_LEVEL2, JX_ROLE_NAME};
    static const jx_role to[] = {JX_ROLE_LEVEL1, JX_ROLE_LEVEL2, JX_ROLE_LEVEL2};
    for (gsize k = 0; k < G_N_ELEMENTS(from); k++) {
        if (!f->text[from[k]])
            continue;
        if (row->text[to[k]])
            text_set(row, to[k], jx_norm_join(row->text[to[k]], f->text[from[k]]));
        else
            text_set(row, to[k], g_strdup(f->text[from[k]]));
        text_set(f, from[k], NULL);
        f->by_role[from[k]] = NULL;
    }
}

/* TRUE when a line with a name and no 序号 stands over numbered line
 * all[i], as close as its labels' rest may stand below it (see
 * LABEL_LINES_OVER_ROW): the numbered line is the middle of a row centred
 * round it, whose name and target start above (see jx_trow_mark_top_lines). */
static gboolean name_over_number(const GPtrArray *all, guint i)
{
    for (guint k = i; k > 0 && i - k < LABEL_LINES_OVER_ROW; k--) {
        const built_row *above = all->pdata[k - 1];
        if (!next_line_of(above, all->pdata[k]) || above->by_role[JX_ROLE_SEQ])
            return FALSE;
        if (above->text[JX_ROLE_NAME] && !above->labels_only)
            return TRUE;
    }
    return FALSE;
}

void jx_trow_move_numbers_under_labels(GPtrArray *all, gboolean *frag, const jx_header *header)
{
    if (!table_has_role(header, JX_ROLE_SEQ))
        return;
    for (guint i = 0; i + 1 < all->len; i++) {
        built_row *b = all->pdata[i];
        const char *rest;
        if (frag[i] || b->labels_only || !b->by_role[JX_ROLE_SEQ] || has_target(b) ||
            b->text[JX_ROLE_TASK] || (!b->text[JX_ROLE_LEVEL1] && !b->text[JX_ROLE_LEVEL2]))
            continue;
        if (name_over_number(all, i))
            continue;
        guint j = row_under_labels(all, i, &rest);
        const char *name = b->text[JX_ROLE_NAME], *l2 = b->text[JX_ROLE_LEVEL2];
        /* what stands in the names' slot: the level-2 label's first piece
         * (its rest below) or its last (`服务对象满意度指 | 标`) */
        gboolean head = name && !l2 && rest && label_cut_over(name, rest);
        gboolean tail = name && l2 && label_cut_over(l2, name);
        if (!j || (name && !head && !tail))
            continue;
        built_row *row = all->pdata[j];
        if (head)
            move_role(b, JX_ROLE_NAME, JX_ROLE_LEVEL2);
        else if (tail) {
            text_set(b, JX_ROLE_LEVEL2, jx_norm_join(l2, name));
            text_set(b, JX_ROLE_NAME, NULL);
            b->by_role[JX_ROLE_NAME] = NULL;
        }
        /* its labels are that row's own, set on its top line: they go
         * into it, the line left empty, a fragment (labels left there would
         * stand for labels placed above their rows, which the label
         * resolver reads as the table's habit) */
        static const jx_role own[] = {JX_ROLE_SEQ, JX_ROLE_LEVEL1, JX_ROLE_LEVEL2};
        for (gsize k = 0; k < G_N_ELEMENTS(own); k++)
            if (b->text[own[k]] && !row->text[own[k]])
                move_label(b, row, own[k]);
        frag[i] = TRUE;
        for (guint k = i + 1; k < j; k++)
            finish_labels_from(row, all->pdata[k]);
    }
}

/* Lines of group labels alone that may stand between a row's top line and
 * its numbered line (a label centred on its group, set on a line of its own). */
#define LABEL_LINES_UNDER_TOP 2

/* The index of the first line from all[j] on that is no line of group
 * labels alone (see LABEL_LINES_UNDER_TOP), line after line: a row centred
 * over lines may set a label centred on its group between its top line and
 * its numbered one (`群众生产生活条件 | 按照项目实施方案要` / `社会效益指标` /
 * `8 | 效益指标 | 求持续改善，惠及更`). */
static guint past_label_lines(const GPtrArray *all, const gboolean *frag, guint j)
{
    guint k = j;
    while (k + 1 < all->len && k - j < LABEL_LINES_UNDER_TOP && !frag[k] &&
           ((const built_row *)all->pdata[k])->labels_only &&
           next_line_of(all->pdata[k], all->pdata[k + 1]))
        k++;
    return k;
}

/* The lines of a row's top's targets below it, all[i + 1 .. end - 1], are
 * the row's: one that started the other target (see
 * holds_top_text_targets) read as a row with no name. */
static void take_target_lines(gboolean *frag, guint i, guint end)
{
    for (guint k = i + 1; k < end; k++)
        frag[k] = TRUE;
}

/* TRUE when numbered line `row`, opening a page, is the rest of the row
 * whose top line `top` closed the page before: a browser printing a row
 * centred over lines breaks the page inside it, and the target's last piece
 * (the deadline's `前` after `2019年10月31日`) goes with the 序号 onto the
 * next page, no name of its own.  Only that piece finishing the top's
 * target says so: a page's first row is otherwise a row of its own. */
static gboolean target_cut_by_page_break(const built_row *top, const built_row *row)
{
    return row->page_start && !row->by_role[JX_ROLE_NAME] && top->text[JX_ROLE_VALUE] &&
           row->text[JX_ROLE_VALUE] &&
           completes_target(top->text[JX_ROLE_VALUE], row->text[JX_ROLE_VALUE]);
}

void jx_trow_mark_top_lines(GPtrArray *all, gboolean *frag, const jx_header *header)
{
    /* (with no 序号, only a target started under its name: see
     * target_starts_below_name) */
    gboolean numbered = table_has_role(header, JX_ROLE_SEQ);
    for (guint i = 0; i + 1 < all->len; i++) {
        if (target_starts_below_name(all, frag, i, header)) {
            frag[i] = frag[i + 1] = ((built_row *)all->pdata[i])->row_top = TRUE;
            ((built_row *)all->pdata[i])->aligned_whole = TRUE;
            ((built_row *)all->pdata[i + 2])->by_column = TRUE;
            mark_target_rest(all, frag, i, header);
            continue;
        }
        if (!numbered)
            continue;
        guint wrapped_end = after_wrapped_target(all, frag, i, header);
        guint j = past_label_lines(all, frag, wrapped_end);
        built_row *b = all->pdata[i], *below = all->pdata[j];
        if (frag[j] || b->labels_only || below->labels_only)
            continue;
        if (b->by_role[JX_ROLE_SEQ] || !b->by_role[JX_ROLE_NAME] || !below->by_role[JX_ROLE_SEQ] ||
            !(next_line_of(all->pdata[j - 1], below) ||
              (j == i + 1 && target_cut_by_page_break(b, below))))
            continue;
        if (target_read_as_name(b, below, header) || label_piece_read_as_name(b, below, header)) {
            frag[i] = b->row_top = TRUE;
            below->by_column = TRUE;
        } else if (frag[i]) {
            continue;
        } else if (!below->by_role[JX_ROLE_NAME]) {
            frag[i] = b->row_top = TRUE;
        } else if (continues_value_below(b, below, header)) {
            frag[i] = b->row_top = b->aligned_whole = TRUE;
            below->by_column = TRUE;
        }
        if (b->row_top)
            take_target_lines(frag, i, wrapped_end);
    }
}

/* Lines above a text target a tall row's top-set name may stand (`产 |
 * 工作任务完成及时性` / `出 | 时效` / `指 | 指标 | 按时完成`: a web page
 * printed by wkhtmltopdf sets a row's name at its top and centres its
 * other cells on a label stacked a character a line). */
#define NAME_OVER_TEXT_TARGET_LINES 2

/* Blank lines each step of that walk may cross: a tall row's padding.
 * Chromium's print of Calc HTML sets a row made tall by the labels merged
 * beside it with its name at its top and its target centred lower, a
 * blank line and the row header's piece between (`服务能力和水平` /
 * `效指标` / blank / `社会效益指标 | 推进知识产权创造运用 | 显著提升`). */
#define NAME_OVER_TEXT_TARGET_BLANKS 1

/* TRUE when cell `c` stands left of the header's names' column. */
static gboolean left_of_names(const jx_header *header, const jx_pcell *c)
{
    int names = role_column(header, JX_ROLE_NAME);
    return names >= 0 && c->col < names;
}

/* TRUE when cell `c` is text a label or work item column may hold beside a
 * tall row's target: a piece of a label or of a work item wrapped over
 * lines (产 / 出, 实施城镇老旧小区改 / 造), or a level-1 or level-2 label
 * whole outside a scored table (scored_table), centred on the row (Calc's
 * PDF and its HTML printed by Chromium set a row's name at its top and
 * centre its labels, work item and target: `节能减排效果` /
 * `实施城镇老旧小区改` / `生态效益指标 造 明显`).  Text in a column no header
 * word heads, left of the names', is such a piece too: Chromium centres each
 * line of a wrapped work item on its own, and the grid parts the work items'
 * column in two where their lines start apart, the left part under no
 * header word (`建设高标准农田，提升耕地质` / `量`, beside `显著提升`). */
static gboolean label_column_text(const jx_pcell *c, const jx_header *header)
{
    gboolean text = c->kind == JX_CK_TEXT || ((c->kind == JX_CK_LEVEL1 || c->kind == JX_CK_LEVEL2) &&
                                              !scored_table(header));
    if (!text)
        return FALSE;
    jx_role r = column_role(header, c);
    return is_label_role(r) || (r == JX_ROLE_NONE && c->kind == JX_CK_TEXT && left_of_names(header, c));
}

/* TRUE when line `b` holds, besides `target`, nothing but text in its label
 * or work item columns (label_column_text), one cell at least: the middle
 * of a tall row whose labels and work item stand beside it. */
static gboolean beside_label_pieces_only(const built_row *b, const jx_pcell *target,
                                         const jx_header *header)
{
    guint pieces = 0;
    for (guint k = 0; k < b->source->cells->len; k++) {
        const jx_pcell *c = b->source->cells->pdata[k];
        if (c == target)
            continue;
        if (!label_column_text(c, header))
            return FALSE;
        pieces++;
    }
    return pieces > 0;
}

/* TRUE when line all[i] is a row of its own, whole: no fragment, its name
 * in the names' column and its value in the values' column.  Its target
 * is its own, neither the rest of a text target on the line above nor one
 * that text could be the name of.  (A self-evaluation's row whose target
 * wraps round its line, `≥94 百分` / the row / `比`, read its actual value,
 * in a column of its own, as its value: that line is no whole row.) */
static gboolean whole_row_at(const GPtrArray *all, const gboolean *frag, guint i,
                             const jx_header *header)
{
    const built_row *b = all->pdata[i];
    const jx_pcell *name = b->by_role[JX_ROLE_NAME], *value = b->by_role[JX_ROLE_VALUE];
    return !frag[i] && name && column_role(header, name) == JX_ROLE_NAME && has_value(b) &&
           value && column_role(header, value) == JX_ROLE_VALUE;
}

/* TRUE when what line all[i] read as its name (by order, the line having
 * no name of its own) is text in a target column beside label or work item
 * text alone (beside_label_pieces_only), over no line of its rest or of a
 * target but a whole row's (whole_row_at), and a line at most
 * NAME_OVER_TEXT_TARGET_LINES above it, with no row between (blank lines
 * of a tall row's padding at most, NAME_OVER_TEXT_TARGET_BLANKS a step),
 * holds a name (no known label) in the names' column and no target: that
 * row's qualitative target (按时完成), centred below its top-set name.  What
 * a line between read as its name by order is none when it is label or
 * work item text (label_column_text): a work item's first line beside the
 * target's line (`社会效益指标 | 建设高标准农田，提升耕地质` over `量 |
 * 显著提升`). */
static gboolean text_target_under_name(const GPtrArray *all, const gboolean *frag, guint i,
                                       const jx_header *header)
{
    const built_row *b = all->pdata[i];
    const jx_pcell *name = b->by_role[JX_ROLE_NAME];
    if (!frag[i] || !name || name->kind != JX_CK_TEXT || b->labels_only ||
        b->by_role[JX_ROLE_SEQ] || has_target(b) || column_role(header, name) != JX_ROLE_VALUE ||
        !beside_label_pieces_only(b, name, header))
        return FALSE;
    /* (a line right below holding the text's rest, or a target that may
     * be the text's own as a name's, says it is no whole target — unless
     * that line is a whole row, whose target is its own: the next row
     * right under a tall row's last line) */
    const built_row *below = i + 1 < all->len ? all->pdata[i + 1] : NULL;
    if (below && next_line_of(b, below) &&
        (cell_in_column(below, name->col) || has_target(below)) &&
        !whole_row_at(all, frag, i + 1, header))
        return FALSE;
    for (guint j = i; j > 0 && i - j < NAME_OVER_TEXT_TARGET_LINES; j--) {
        const built_row *up = all->pdata[j - 1], *down = all->pdata[j];
        const jx_pcell *top = up->by_role[JX_ROLE_NAME];
        int gap = lines_between(up, down);
        if (!frag[j - 1] || up->labels_only || up->page != down->page || gap < 0 ||
            gap > NAME_OVER_TEXT_TARGET_BLANKS)
            return FALSE;
        if (top && !label_column_text(top, header))
            return column_role(header, top) == JX_ROLE_NAME && top->kind == JX_CK_TEXT &&
                   !has_target(up);
    }
    return FALSE;
}

void jx_trow_mark_text_targets_under_names(GPtrArray *all, gboolean *frag, const jx_header *header)
{
    for (guint i = 1; i < all->len; i++)
        if (text_target_under_name(all, frag, i, header)) {
            frag[i] = FALSE;
            ((built_row *)all->pdata[i])->by_column = TRUE;
        }
}

gboolean jx_trow_only_unkept_columns(const built_row *b, const jx_header *header)
{
    const GPtrArray *cells = b->source->cells;
    for (guint i = 0; i < cells->len; i++) {
        int col = ((const jx_pcell *)cells->pdata[i])->col;
        jx_role r = col >= 0 && col < header->n_cols ? header->roles[col] : JX_ROLE_NONE;
        if (r != JX_ROLE_EXPLAIN && r != JX_ROLE_OTHER)
            return FALSE;
    }
    return cells->len > 0;
}

/* TRUE when cell `c` is a figure or a combined target: what, aligned by
 * order, a line's value slot would take. */
static gboolean figure_cell(const jx_pcell *c)
{
    return c->kind == JX_CK_INT || c->kind == JX_CK_NUMBER || c->kind == JX_CK_TARGET ||
           c->kind == JX_CK_DATE;
}

/* The unit of a scoring rule's points (`扣0.5分`), which no indicator of a
 * target table counts in. */
#define SCORE_POINTS_UNIT "分"

/* TRUE when cell `c` is a count of score points alone (`0.5分`): the end
 * of a scoring rule an explanation column wrapped, never a shifted target. */
static gboolean score_points_cell(const jx_pcell *c)
{
    if (c->kind != JX_CK_TARGET)
        return FALSE;
    jx_target t = {0};
    jx_norm_target(c->norm, &t);
    gboolean points = t.kind == JX_KIND_NUMBER && t.op == JX_OP_NONE && t.unit &&
                      strcmp(t.unit, SCORE_POINTS_UNIT) == 0;
    jx_target_clear(&t);
    return points;
}

gboolean jx_trow_unkept_figure_beside_pieces(const built_row *b, const jx_header *header)
{
    const GPtrArray *cells = b->source->cells;
    gboolean unkept_figure = FALSE;
    for (guint i = 0; i < cells->len; i++) {
        const jx_pcell *c = cells->pdata[i];
        jx_role r = column_role(header, c);
        if (unkept_role(r)) {
            unkept_figure |= score_points_cell(c);
            continue;
        }
        gboolean piece_column = is_label_role(r) || r == JX_ROLE_UNIT || r == JX_ROLE_HALF_UNIT;
        if (!piece_column || figure_cell(c) || c->rowhead)
            return FALSE;
    }
    return unkept_figure;
}

/* TRUE when role `r` of fragment `f` is the next line of a qualitative
 * target of row `above` (text under text in a value column): a sentence
 * parts at any character (`持续` / `改善`), a word break proves nothing. */
static gboolean continues_text_target(const built_row *above, const built_row *f, jx_role r)
{
    const jx_pcell *a = above->by_role[r], *c = f->by_role[r];
    return (r == JX_ROLE_VALUE || r == JX_ROLE_HALF_VALUE) && a && c && a->kind == JX_CK_TEXT &&
           c->kind == JX_CK_TEXT;
}

/* TRUE when role `r` of fragment `f` finishes the target row `above`
 * began, cut inside its figure or unit (`≤1,210元/` / `平方米`). */
static gboolean completes_value(const built_row *above, const built_row *f, jx_role r)
{
    return (r == JX_ROLE_VALUE || r == JX_ROLE_HALF_VALUE) &&
           completes_target(above->text[r], f->text[r]);
}

gboolean jx_trow_goes_on_from(const built_row *above, const built_row *f)
{
    gboolean goes_on = FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(text_roles); i++) {
        jx_role r = text_roles[i];
        if (!f->text[r] || is_label_role(r))
            continue;
        if (!above->text[r] || !(jx_norm_seam_inside_word(above->text[r], f->text[r]) ||
                                 continues_text_target(above, f, r) ||
                                 completes_value(above, f, r)))
            return FALSE;
        goes_on = TRUE;
    }
    return goes_on;
}

/*
 * A row centred on three lines whose target in one value column wrapped
 * around the other's (`项目完成时限 | | ≤2023年12月` over ` | ≤2023年6月30日
 * |` over ` | | 31日`, `按照项目实施方案要` over `稳步推进 | 求持续改善`):
 * pdftotext sets the one-line target on the row's middle line, which then
 * reads as a row of its own with no name, and the wrapped target's last
 * line as that row's rest.  The middle line is the rest of the named row
 * above it when it holds, besides group labels, only the target that row
 * lacks and what goes on from that row's other target; the line below it
 * is when each of its cells goes on from that other target too.
 */
static gboolean unkept_role(jx_role r)
{
    return r == JX_ROLE_EXPLAIN || r == JX_ROLE_OTHER;
}

/* TRUE when cell `c` of row `b` stands in role `r`: by its column, or,
 * when it says by itself what it is (an operator, a figure, a unit, a
 * date), where the row's alignment placed it.  A page continued under its
 * header repeated may lay its columns out one off the table's (an empty
 * column found where the first page had none: `≤` in the 指标值 column,
 * `0日` in 计量单位), and only such a cell's kind shows where it went. */
static gboolean cell_in_role(const built_row *b, const jx_header *header, const jx_pcell *c,
                             jx_role r)
{
    return column_role(header, c) == r || (self_evident(c) && b->by_role[r] == c);
}

/* TRUE when `piece` goes on from `before`, the text of a target cut over
 * lines: a qualitative one's next line, or the rest of its figure or unit. */
static gboolean target_goes_on(const char *before, const jx_pcell *over, const jx_pcell *piece)
{
    return before && over && piece &&
           ((over->kind == JX_CK_TEXT && piece->kind == JX_CK_TEXT) ||
            completes_target(before, piece->norm));
}

/* TRUE when every cell of `b` is a group label, a cell of a column no
 * record keeps, in role `own` (the target its row lacks: its operator, value
 * or unit), or the piece of role `r` going on from `above`. */
static gboolean beside_wrapped_target(const built_row *b, const built_row *above,
                                      const jx_header *header, const jx_role *own, gsize n_own,
                                      jx_role r)
{
    const GPtrArray *cells = b->source->cells;
    for (guint i = 0; i < cells->len; i++) {
        const jx_pcell *c = cells->pdata[i];
        jx_role cr = column_role(header, c);
        gboolean fits = c->kind == JX_CK_LEVEL1 || c->kind == JX_CK_LEVEL2 ||
                        is_label_role(cr) || unkept_role(cr);
        for (gsize k = 0; k < n_own && !fits; k++)
            fits = cell_in_role(b, header, c, own[k]);
        if (!fits && cell_in_role(b, header, c, r))
            fits = target_goes_on(above->text[r], above->by_role[r], c);
        if (!fits)
            return FALSE;
    }
    return TRUE;
}

/* TRUE when every cell of fragment `f` goes on from role `r` of `above`
 * (`more`, when set, the text `above` went on with first), or stands in a
 * column no record keeps; one at least does. */
static gboolean goes_on_below(const built_row *f, const built_row *above, const char *more,
                              const jx_header *header, jx_role r)
{
    const GPtrArray *cells = f->source->cells;
    gboolean any = FALSE;
    char *before = more ? jx_norm_join(above->text[r], more) : g_strdup(above->text[r]);
    for (guint i = 0; i < cells->len && before; i++) {
        const jx_pcell *c = cells->pdata[i];
        jx_role cr = column_role(header, c);
        if (unkept_role(cr))
            continue;
        if (!cell_in_role(f, header, c, r) || !target_goes_on(before, above->by_role[r], c)) {
            any = FALSE;
            break;
        }
        any = TRUE;
    }
    g_free(before);
    return any;
}

/* The target a row lacks, set on its middle line, and the operator of the
 * other, wrapped round that line (`2021年12月25` / `≤ | 2021年6月30日 | ≤` /
 * `日`): pdftotext sets a one-line operator on the middle line too (the
 * last role counts only when the named line has no operator of its own). */
static const jx_role half_with_full_op[] = {JX_ROLE_HALF_OP, JX_ROLE_HALF_VALUE, JX_ROLE_HALF_UNIT,
                                            JX_ROLE_OP};

static const jx_role full_with_half_op[] = {JX_ROLE_OP, JX_ROLE_VALUE, JX_ROLE_UNIT,
                                            JX_ROLE_HALF_OP};

/* Lines of group labels alone that may stand between the named line and
 * the middle one (a centred label set on a line of its own). */
#define LABEL_LINES_BETWEEN 2

void jx_trow_mark_targets_between(GPtrArray *all, gboolean *frag, const jx_header *header)
{
    for (guint i = 1; i < all->len; i++) {
        built_row *b = all->pdata[i];
        /* the named line, above the lines of labels alone between */
        guint a = i - 1;
        while (a > 0 && i - a <= LABEL_LINES_BETWEEN &&
               ((const built_row *)all->pdata[a])->labels_only && !frag[a] &&
               next_line_of(all->pdata[a - 1], all->pdata[a]))
            a--;
        built_row *above = all->pdata[a];
        built_row *below = i + 1 < all->len ? all->pdata[i + 1] : NULL;
        if (frag[a] || frag[i] || above->labels_only || b->labels_only ||
            !above->text[JX_ROLE_NAME] || b->text[JX_ROLE_NAME] || b->by_role[JX_ROLE_SEQ] ||
            !next_line_of(all->pdata[i - 1], b))
            continue;
        /* the line below: a fragment, or a line of nothing but the rest of
         * the wrapped target (its cells checked by their columns below) */
        if (below && (below->by_role[JX_ROLE_SEQ] || below->labels_only ||
                      !next_line_of(b, below)))
            below = NULL;
        for (int half = 0; half < 2; half++) {
            /* s: the target the row lacks, on the middle line; r: the
             * wrapped one */
            jx_role s = half ? JX_ROLE_HALF_VALUE : JX_ROLE_VALUE;
            jx_role r = half ? JX_ROLE_VALUE : JX_ROLE_HALF_VALUE;
            const jx_role *own = half ? half_with_full_op : full_with_half_op;
            if (!is_value_cell(b->by_role[s]) || above->by_role[s] || !above->text[r] ||
                !beside_wrapped_target(b, above, header, own, above->by_role[own[3]] ? 3 : 4, r))
                continue;
            gboolean rest_below = below && goes_on_below(below, above, b->text[r], header, r);
            if (!b->text[r] && !rest_below)
                continue;
            for (guint k = a + 1; k <= i; k++)
                frag[k] = ((built_row *)all->pdata[k])->rest_of_above = TRUE;
            if (rest_below)
                frag[i + 1] = below->rest_of_above = TRUE;
            break;
        }
    }
}

void jx_trow_mark_operators_between(GPtrArray *all, gboolean *frag, const jx_header *header)
{
    /* the operator and the unit a row's middle line may hold, and the value
     * wrapped round them */
    static const jx_role sets[][3] = {{JX_ROLE_OP, JX_ROLE_UNIT, JX_ROLE_VALUE},
                                      {JX_ROLE_HALF_OP, JX_ROLE_HALF_UNIT, JX_ROLE_HALF_VALUE}};
    /* (beside the other target's: a half-year table wraps both at once) */
    static const jx_role op_unit_roles[] = {JX_ROLE_OP, JX_ROLE_UNIT, JX_ROLE_HALF_OP,
                                            JX_ROLE_HALF_UNIT};
    for (guint i = 1; i + 1 < all->len; i++) {
        built_row *above = all->pdata[i - 1], *b = all->pdata[i], *below = all->pdata[i + 1];
        if (frag[i - 1] || !frag[i] || b->rest_of_above || above->labels_only ||
            !above->text[JX_ROLE_NAME] || b->by_role[JX_ROLE_SEQ] || !next_line_of(above, b) ||
            below->by_role[JX_ROLE_SEQ] || below->labels_only || !next_line_of(b, below))
            continue;
        for (gsize k = 0; k < G_N_ELEMENTS(sets); k++) {
            const jx_role *own = sets[k];
            jx_role r = sets[k][2];
            /* it holds an operator or a unit (one that reads as a unit) the
             * row above lacks */
            gboolean holds = FALSE, clash = FALSE;
            for (int q = 0; q < 2; q++)
                for (guint c = 0; c < b->source->cells->len; c++)
                    if (cell_in_role(b, header, b->source->cells->pdata[c], own[q]) &&
                        (q == 0 || ((const jx_pcell *)b->source->cells->pdata[c])->kind ==
                                       JX_CK_UNIT)) {
                        holds = TRUE;
                        clash |= above->by_role[own[q]] != NULL;
                    }
            if (!holds || clash || !above->text[r] ||
                !beside_wrapped_target(b, above, header, op_unit_roles,
                                       G_N_ELEMENTS(op_unit_roles), JX_ROLE_NONE) ||
                !value_targets_gone_on(below, above, header))
                continue;
            frag[i] = b->rest_of_above = TRUE;
            frag[i + 1] = below->rest_of_above = TRUE;
            break;
        }
    }
}

/*
 * A numbered row centred on three lines whose date or figure wrapped round
 * its 序号's line (`年度任务完成时限 | 2023 年 12 月 2` / `13 | ≤` / `0日`):
 * the name's line is the row's top (see jx_trow_mark_top_lines), and the line
 * below the numbered one, holding nothing but what finishes the target the
 * top line began (and the name's rest), is the row's rest — read alone it was a row of its own
 * (`0 日`), and the date was cut.
 */
/* TRUE when every cell of `rest` goes on from role `r` of the row's top
 * line `top` (see target_goes_on), stands in a column no record keeps, or
 * is the rest of the top line's name in the names' column (`年度任务完成时
 * 限（以批复为准` / `29` / `） | 之前`); one at least goes on from the target. */
/* TRUE when cell `c` (in column role `cr`) is a group label: a known one
 * in a label column, which a label centred on its group sets on whichever
 * line of its rows is its middle (`社会效益指标 | 续改善，惠及更多群众`). */
static gboolean group_label_cell(const jx_pcell *c, jx_role cr)
{
    return is_label_role(cr) && (c->kind == JX_CK_LEVEL1 || c->kind == JX_CK_LEVEL2);
}

static gboolean rest_of_top(const built_row *rest, const built_row *top, const jx_header *header,
                            jx_role r)
{
    gboolean any = FALSE;
    for (guint i = 0; i < rest->source->cells->len; i++) {
        const jx_pcell *c = rest->source->cells->pdata[i];
        jx_role cr = column_role(header, c);
        if (unkept_role(cr) || (cr == JX_ROLE_NAME && top->text[JX_ROLE_NAME]) ||
            group_label_cell(c, cr))
            continue;
        if (!cell_in_role(rest, header, c, r) || !target_goes_on(top->text[r], top->by_role[r], c))
            return FALSE;
        any = TRUE;
    }
    return any;
}

/* TRUE when line `b` holds a target and nothing else but cells of columns
 * no record keeps (备注). */
static gboolean only_value_cells(const built_row *b, const jx_header *header)
{
    const GPtrArray *cells = b->source->cells;
    for (guint i = 0; i < cells->len; i++)
        if (!cell_in_role(b, header, cells->pdata[i], JX_ROLE_VALUE) &&
            !unkept_role(column_role(header, cells->pdata[i])))
            return FALSE;
    return cells->len > 0 && b->text[JX_ROLE_VALUE];
}

void jx_trow_mark_value_tops(GPtrArray *all, gboolean *frag, const jx_header *header)
{
    /* with no 序号 column the row's line is the one with its name (and no
     * target): it read as a fragment of the target's start above it */
    gboolean numbered = table_has_role(header, JX_ROLE_SEQ);
    /* (a self-evaluation's rows are their score lines: see jx_trow_is_fragment) */
    if (scored_table(header))
        return;
    for (guint i = 0; i + 2 < all->len; i++) {
        built_row *top = all->pdata[i], *row = all->pdata[i + 1], *rest = all->pdata[i + 2];
        gboolean row_line = numbered ? row->by_role[JX_ROLE_SEQ] && !frag[i + 1]
                                     : frag[i + 1] && !row->labels_only && !row->rest_of_above;
        if (!row_line || top->row_top || top->labels_only || top->by_role[JX_ROLE_SEQ] ||
            !only_value_cells(top, header) || !row->by_role[JX_ROLE_NAME] ||
            row->by_role[JX_ROLE_VALUE] || rest->by_role[JX_ROLE_SEQ] || rest->labels_only ||
            !next_line_of(top, row) || !next_line_of(row, rest) ||
            !rest_of_top(rest, top, header, JX_ROLE_VALUE))
            continue;
        frag[i] = top->row_top = TRUE;
        if (!numbered) {
            frag[i + 1] = FALSE;
            frag[i + 2] = rest->rest_of_above = TRUE;
        }
    }
}

void jx_trow_mark_value_rests_below(GPtrArray *all, gboolean *frag, const jx_header *header)
{
    static const jx_role values[] = {JX_ROLE_VALUE, JX_ROLE_HALF_VALUE};
    for (guint i = 0; i + 2 < all->len; i++) {
        built_row *top = all->pdata[i], *row = all->pdata[i + 1], *rest = all->pdata[i + 2];
        if (!top->row_top || frag[i + 1] || !row->by_role[JX_ROLE_SEQ] || frag[i + 2] ||
            rest->by_role[JX_ROLE_SEQ] || rest->labels_only || !next_line_of(top, row) ||
            !next_line_of(row, rest))
            continue;
        for (gsize k = 0; k < G_N_ELEMENTS(values); k++) {
            jx_role r = values[k];
            if (!top->text[r] || row->by_role[r] || !rest_of_top(rest, top, header, r))
                continue;
            frag[i + 2] = rest->rest_of_above = TRUE;
            break;
        }
    }
}

built_row *jx_trow_cell_text_row(GPtrArray *data, const built_row *f)
{
    g_return_val_if_fail(data->len > 0, NULL);
    built_row *last = data->pdata[data->len - 1];
    if (!last->labels_only)
        return last;
    built_row *above = NULL;
    for (guint j = data->len - 1; j-- > 0 && !above;)
        if (!((const built_row *)data->pdata[j])->labels_only)
            above = data->pdata[j];
    /* the labels stand between the row and the piece, line after line, on
     * a line of their own — right below the row's lines, or below the last
     * piece of the cell the piece goes on (taken across other labels: a
     * target wrapped round two lines of labels, `按照项目实施方案要求` /
     * `社会效益指标` / `持续改善，惠及更多群` / `效益指标` / `众`) */
    int above_last = above ? above->last_line : 0;
    for (gsize i = 0; above && i < G_N_ELEMENTS(text_roles); i++) {
        jx_role r = text_roles[i];
        if (f->text[r] && !is_label_role(r) && above->text[r])
            above_last = MAX(above_last, above->tail_line[r]);
    }
    if (!above || !above->last_line || above->page != f->page || last->absorbed ||
        last->first_line != above_last + 1 || f->first_line != last->last_line + 1)
        return last;
    return jx_trow_goes_on_from(above, f) ? above : last;
}
