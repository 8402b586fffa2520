/*
 * align.c — which role each cell of a row plays.
 *
 * Text dumps drop empty cells (everything after moves left) or pad them
 * (everything moves right), so a cell's column is only a hint.  What a cell
 * is — an operator, a unit, a date, a known label — is the stronger evidence.
 * The row's cells keep their order, so the assignment is an order-preserving
 * match of cells to the header's role slots, solved exactly by dynamic
 * programming over a table of scores (data, below), with the column as a
 * small bonus that breaks ties.
 */
#include "parse/parse.h"

#define NO (-1000) /* this kind of cell never plays this role */
#define JUNK_PENALTY (-6)
#define SAME_COLUMN_BONUS 2.0
#define NEXT_COLUMN_BONUS 0.5
/* A label that is either level (成本指标: a level-1, or a level-2 under 产出)
 * standing alone in the level-2 column (the row's only label, not moved)
 * is a level-2: enough to outweigh the level-1 reading a bare label prefers
 * (compat). */
#define OWN_LEVEL_COLUMN_BONUS 6.0
/* Text that is the first line of a unit its narrow column wrapped (`元/平方`
 * over `≤ | 1,410`, `米` below) fills a unit slot: plain text scores the
 * value as well as the unit, and a cut unit read as the row's value makes
 * the name's line a row of its own, the figure's another.  Enough to beat
 * the value slot a column off (text 2 + next column 0.5 against unit 0 +
 * same column 2). */
#define CUT_UNIT_BONUS 3.0
/* The row header (年度绩效指标, 产 / 出 / 及 / 效 / 益 …) is one merged cell
 * set in its own column: a cell this many columns or more to its right is
 * another column's (a label's piece, `指标` under `效益`, in a label column
 * the header left unnamed), never the row header's. */
#define ROWHEAD_FAR_COLUMNS 2
/* Text that is a line of a standard label wrapped in its narrow column (the
 * rest `指标`, `益指标`, or the opening `产出指`), standing in a label
 * column of the row's own columns, fills that label slot: plain text there
 * scores the name higher (5 against 2.5 + same column 2), and the label's
 * tail read as a name joins the next row's name or makes a row of its own.
 * Enough to beat the name slot.  Only in a row with no known label (beside
 * one, `标 | 社会效益 | 群众生产生活条件`, the label says where the label
 * columns are) and no 定性/定量 mark (a form with an 指标性质 column wraps
 * its level-2 labels over a line of labels alone, whose label the piece
 * ends).  One character alone (`标`) says too little: it may as well end
 * the label above as the next one — unless the lines stacked over it in its
 * column read as known labels it ends (jx_pcell.ends_label_stack). */
#define WRAPPED_LABEL_LINE_BONUS 3.0
/* The same line set a column right of the level-2 slot: a layout dump
 * whose narrow label column's pieces stand where the header puts the
 * names (`可持续 | 长效管理机制`, the names a column further right).  Makes
 * up the position bonus the piece loses there against the name slot. */
#define LABEL_COLUMN_OVERHANG_BONUS (SAME_COLUMN_BONUS - NEXT_COLUMN_BONUS)
/* The fewest characters of such a line. */
#define WRAPPED_LABEL_LINE_MIN_CHARS 2

/* TRUE when text `norm` is a line of a standard label wrapped over lines,
 * not all of it (see jx_taxonomy_label_tail, jx_taxonomy_label_headed). */
static gboolean wrapped_label_line(const char *norm)
{
    if (g_utf8_strlen(norm, -1) < WRAPPED_LABEL_LINE_MIN_CHARS)
        return FALSE;
    if (jx_taxonomy_label_tail(norm))
        return TRUE;
    gboolean head = FALSE;
    for (int level = 1; level <= 2 && !head; level++) {
        char *label = jx_taxonomy_label_headed(norm, level);
        head = label != NULL;
        g_free(label);
    }
    return head;
}

/* TRUE when text `norm` is a line of a wrapped label that opens the
 * label's group weight (`标(40分`, `标(50`, `指标(30分)`: a narrow level-1
 * column of a spreadsheet's PDF wraps `产出指标(40分)` as 产出指 / 标(40分 /
 * `)`, and a layout dump sets the middle line beside a row whose name wraps
 * above and below it).  A name never ends with a weight in a bracket, so
 * even one character of label (`标`) before it says which it is. */
static gboolean label_line_opens_weight(const char *norm)
{
    const char *open = strchr(norm, '(');
    if (!open || open == norm)
        return FALSE;
    const char *p = open + 1, *digits = p;
    while (g_ascii_isdigit(*p))
        p++;
    if (p == digits)
        return FALSE;
    if (g_str_has_prefix(p, "分"))
        p += strlen("分");
    if (*p == ')')
        p++;
    if (*p)
        return FALSE;
    char *label = g_strndup(norm, (gsize)(open - norm));
    gboolean piece = jx_taxonomy_label_tail(label) || wrapped_label_line(label);
    g_free(label);
    return piece;
}

/* compat[cell kind][role]: how well a cell of that kind fills that role. */
/* Unknown text prefers the name over a label: every data row has a name,
 * while labels are written once per merged span.  A figure may stand in
 * the 指标解释 column as it may in 备注, weakly: an explanation's wrapped
 * last line is often a score (`完成目标得满分，每降低1个百分点扣` / `0.5分`),
 * set beside the row's own target (`=3万元/人`); read as no cell that
 * column can hold, it moved the target into the name's slot and took its
 * place. */
static const double compat[JX_CK_COUNT][JX_ROLE_COUNT] = {
    /*               none seq rowhd  l1   l2  task name  hop  hval hunit  op  val  unit  wt  sc  rate rsn  bud  expl other act dev */
    [JX_CK_EMPTY] = {NO, NO, NO, NO, NO, NO, NO, NO, NO, NO, NO, NO, NO, NO, NO, NO, NO, NO, NO, NO, NO, NO},
    [JX_CK_INT] = {NO, 6, NO, -4, -4, -2, -2, NO, 6, NO, NO, 6, NO, 5, 5, 4, NO, 4, 0, 0, 6, NO},
    [JX_CK_NUMBER] = {NO, -3, NO, -4, -4, -3, -3, NO, 7, NO, NO, 7, NO, 5, 5, 5, NO, 5, 0, 0, 7, NO},
    [JX_CK_OP] = {NO, NO, NO, NO, NO, NO, NO, 10, NO, NO, 10, NO, NO, NO, NO, NO, NO, NO, NO, NO, NO, NO},
    [JX_CK_UNIT] = {NO, NO, NO, NO, NO, -5, -5, NO, 0, 10, NO, 0, 10, NO, NO, NO, NO, NO, NO, 0, 0, NO},
    [JX_CK_DATE] = {NO, NO, NO, NO, NO, -3, -3, NO, 8, NO, NO, 8, NO, NO, NO, NO, NO, NO, NO, 0, 8, NO},
    [JX_CK_TARGET] = {NO, NO, NO, NO, NO, -3, -3, NO, 9, NO, NO, 9, NO, 2, 2, 3, NO, 2, 0, 0, 9, NO},
    [JX_CK_LEVEL1] = {NO, NO, 0, 8, 3, 1, 1, NO, -3, NO, NO, -3, NO, NO, NO, NO, 0, NO, 0, 0, -3, 0},
    [JX_CK_LEVEL2] = {NO, NO, 0, 2, 8, 1, 7, NO, -3, NO, NO, -3, NO, NO, NO, NO, 0, NO, 0, 0, -3, 0},
    [JX_CK_MARK] = {NO, NO, NO, NO, NO, NO, -3, 6, NO, NO, 6, NO, NO, NO, NO, NO, NO, NO, NO, 6, NO, NO},
    [JX_CK_TEXT] = {NO, NO, 1, 2.5, 2.5, 4, 5, NO, 2, 0, NO, 2, 0, NO, NO, NO, 3, NO, 3, 1, 2, 3},
};

double jx_align_compat(jx_cell_kind kind, jx_role role)
{
    return compat[kind][role] <= NO ? JX_ALIGN_NEVER : compat[kind][role];
}

static double position_bonus(int cell_col, int slot_col)
{
    int d = cell_col > slot_col ? cell_col - slot_col : slot_col - cell_col;
    return d == 0 ? SAME_COLUMN_BONUS : d == 1 ? NEXT_COLUMN_BONUS : 0.0;
}

/* TRUE when a known label stands in a column of its own level: a level-1
 * label in the level-1 column, a level-2 one (or a label that is either,
 * 成本指标) in the level-2 column.  A line of such labels alone (a label
 * centred on a line of its own in a layout dump) is as laid out: nothing on
 * it shows a shift, and its column is the only evidence of its level. */
static gboolean label_in_own_column(const jx_pcell *cell, jx_role role, gboolean one_column)
{
    if (cell->kind == JX_CK_LEVEL1)
        return role == JX_ROLE_LEVEL1 ||
               (role == JX_ROLE_LEVEL2 && jx_taxonomy_level2(NULL, cell->norm));
    /* a form's one label column (指标类别, the level-1 column, and no
     * level-2 one) holds both levels: a level-2 label alone on its line
     * there (a text browser centres a merged label between its rows) is
     * its own column's, not a name */
    return cell->kind == JX_CK_LEVEL2 &&
           (role == JX_ROLE_LEVEL2 || (one_column && role == JX_ROLE_LEVEL1));
}

/* TRUE when `cell`, a known level-2 label (服务对象满意度), stands in the
 * names' column as laid out: an indicator named as its group, the row's
 * name.  Beside it, a label in the level-2 column (满意度, either level) is
 * still the row's only label in a label column, its own column's. */
static gboolean name_read_as_level2(const jx_header *header, const jx_pcell *cell, int offset)
{
    int col = cell->col + offset;
    return offset == 0 && cell->kind == JX_CK_LEVEL2 && col >= 0 && col < header->n_cols &&
           header->roles[col] == JX_ROLE_NAME;
}

/* TRUE when text `norm` is one Han character: a line of a label stacked a
 * character a line in its narrow column (`指` / `标`); no name is one.  Some
 * such characters read as units (度 of 满意度, 本 of 成本, 个, 台): beside
 * another one they are a stack's line as well (`13 | 度 | 满 | 大于等于 |
 * 91 | %`, `本 | 成 | ≤ | 1,930 | 元/人`).  One alone is not counted: a name
 * column as narrow stacks its names a character a line too (固 / 定 / 资 /
 * 产 =100% / 利 / 用 / 率), and one character alone beside figures is as
 * likely its. */
static gboolean stacked_label_character(const char *norm)
{
    return g_utf8_strlen(norm, -1) == 1 &&
           g_unichar_get_script(g_utf8_get_char(norm)) == G_UNICODE_SCRIPT_HAN;
}

/* TRUE when cell k of `row` stands in the header's names' column and the
 * next cell, text, in the column right of it: the line's name there, the
 * cell in the names' column is what stands left of a name, a label's piece
 * the dump set a column right of its label column (see
 * LABEL_COLUMN_OVERHANG_BONUS).  A names' column narrow enough to wrap its
 * names a word a line (`环境` of 完成农村环境整治建制村) has nothing beside
 * its piece but the target. */
static gboolean piece_before_name(const jx_header *header, const jx_prow *row, int k, int offset)
{
    const jx_pcell *cell = row->cells->pdata[k];
    int at = cell->col + offset;
    if (at < 0 || at >= header->n_cols || header->roles[at] != JX_ROLE_NAME ||
        (guint)k + 1 >= row->cells->len)
        return FALSE;
    const jx_pcell *next = row->cells->pdata[k + 1];
    return next->col == cell->col + 1 && next->kind == JX_CK_TEXT;
}

/* A cell a span brings down stays where it is: the merge is exact.
 * `offset` is added to the cell's column (a block of rows set off by it);
 * `before_name` says the cell stands left of the line's name (see
 * piece_before_name); `stacked_row` that the line holds two texts of one
 * character each (see stacked_label_character). */
static double score(const jx_pcell *cell, int offset, int slot_col, jx_role role,
                    gboolean before_name, gboolean lone_label, gboolean label_lines,
                    gboolean one_column, gboolean stacked_row)
{
    double base = compat[cell->kind][role];
    if (base <= NO)
        return NO;
    if (cell->spanned && cell->col != slot_col)
        return NO;
    if (role == JX_ROLE_ROWHEAD && cell->col + offset >= slot_col + ROWHEAD_FAR_COLUMNS)
        return NO;
    /* …and so is a level-1 word that goes on with the level-2 label stacked
     * over it in that column (满意 under 服务 / 对象: jx_pcell.label_goes_on) */
    if (role == JX_ROLE_LEVEL2 && cell->kind == JX_CK_LEVEL1 && lone_label && offset == 0 &&
        cell->col == slot_col &&
        (label_in_own_column(cell, role, FALSE) || cell->label_goes_on))
        base += OWN_LEVEL_COLUMN_BONUS;
    /* a form's one label column (指标类型) is the level-2 labels' own too */
    if (role == JX_ROLE_LEVEL1 && cell->kind == JX_CK_LEVEL2 && one_column && offset == 0 &&
        cell->col == slot_col)
        base += OWN_LEVEL_COLUMN_BONUS;
    if ((role == JX_ROLE_UNIT || role == JX_ROLE_HALF_UNIT) && cell->kind == JX_CK_TEXT &&
        jx_norm_unit_cut(cell->norm))
        base += CUT_UNIT_BONUS;
    if ((role == JX_ROLE_LEVEL1 || role == JX_ROLE_LEVEL2) && cell->kind == JX_CK_TEXT &&
        label_lines && offset == 0 && cell->col == slot_col &&
        (wrapped_label_line(cell->norm) || label_line_opens_weight(cell->norm) ||
         (stacked_row && stacked_label_character(cell->norm)) || cell->ends_label_stack ||
         cell->goes_on_label_stack))
        base += WRAPPED_LABEL_LINE_BONUS;
    if (role == JX_ROLE_LEVEL2 && cell->kind == JX_CK_TEXT && label_lines && offset == 0 &&
        cell->col == slot_col + 1 && before_name && wrapped_label_line(cell->norm))
        base += WRAPPED_LABEL_LINE_BONUS + LABEL_COLUMN_OVERHANG_BONUS;
    return base + position_bonus(cell->col + offset, slot_col);
}

/* A label column a character or two wide wraps its labels a few characters
 * a line (`服务对` / `象满意` / `度指标`): a text piece of at most this many
 * Han characters, nothing else, in a label column is such a piece, not a
 * name moved left (a name is longer than a narrow column's line; the rest
 * of a wrapped name, `位）`, `镇）`, closes its bracket). */
#define WRAPPED_LABEL_PIECE_MAX_CHARS 3

static gboolean wrapped_label_piece(const jx_pcell *cell)
{
    glong n = 0;
    for (const char *p = cell->norm; *p; p = g_utf8_next_char(p), n++)
        if (g_unichar_get_script(g_utf8_get_char(p)) != G_UNICODE_SCRIPT_HAN)
            return FALSE;
    return n > 0 && n <= WRAPPED_LABEL_PIECE_MAX_CHARS;
}

/* Cells a line of stacked label pieces fills (see take_as_laid_out): one
 * in each of two label columns; a piece alone may be anything's rest. */
#define STACKED_LABEL_PIECES_MIN 2

/* TRUE when column `col` is a mid-term target's, right before the value
 * column and after the name's (中期目标值 | 年度目标值): a column of targets
 * no record keeps (jx_stream_sets_aside_targets names its header words). */
static gboolean mid_term_column(const jx_header *header, int col)
{
    if (col <= 0 || col + 1 >= header->n_cols || header->roles[col] != JX_ROLE_OTHER ||
        header->roles[col + 1] != JX_ROLE_VALUE || !header->texts || !header->texts[col] ||
        !jx_stream_sets_aside_targets(header->texts[col]))
        return FALSE;
    for (int c = 0; c < col; c++)
        if (header->roles[c] == JX_ROLE_NAME)
            return TRUE;
    return FALSE;
}

/* A row the converter did not shift: every cell sits in a column whose role
 * it can play, and the row has its name and a target where they belong.
 * Such a row is taken as laid out, so a label in the level-2 column stays a
 * level-2 even when the same word can also be a level-1 (满意度); so is a row
 * of labels alone, each in its own level's column (label_in_own_column). */
static gboolean take_as_laid_out(const jx_header *header, const jx_prow *row, int offset,
                                 const gboolean *taken, jx_role *assign)
{
    gboolean name = FALSE, target = FALSE, labels = row->cells->len > 0;
    gboolean one_column = jx_header_one_label_column(header);
    int both_targets = 0; /* cells in the half-year and the full-year value columns */
    gboolean actual = FALSE, scored = FALSE;
    /* every cell a label's piece or a figure of the target (a piece of text
     * there is a wrapped target's rest: `标 | 案要求持续改`, whose row the
     * lines around tell) */
    gboolean label_pieces = TRUE;
    int pieces = 0; /* pieces of text in label columns */
    /* the same read wider (see beside_wrapped_labels): every label cell a
     * piece, every other one the row's 序号 or a cell of its target, text
     * only in the value column */
    gboolean pieces_only = TRUE, figures_only = TRUE, text_value = FALSE;
    /* a short level-1 word in the level-2 column (`效益` of `社会` / `效益` /
     * `指标`), and a cell in the level-1 column of its own */
    gboolean level1_piece_in_level2 = FALSE, level1_own = FALSE;
    /* …and every such word under the unfinished head of its label (社会 /
     * 效益: see jx_pcell.label_goes_on) */
    gboolean pieces_go_on = TRUE;
    /* a target cell that is no text (an operator, a figure, 定性): a text
     * alone may be a wrapped target's rest */
    gboolean typed_target = FALSE;
    /* a cell in a mid-term target's column, and every cell a target's or a
     * known label in its own column */
    gboolean mid_term = FALSE, targets_only = TRUE;
    /* every cell a text piece in a label column (see stacked_label_pieces) */
    gboolean text_pieces_only = TRUE;
    /* texts in the level-2 column, texts elsewhere (see level2_and_full) */
    int level2_texts = 0, other_texts = 0;
    for (guint i = 0; i < row->cells->len; i++) {
        const jx_pcell *cell = row->cells->pdata[i];
        int col = cell->col + offset;
        jx_role role = col >= 0 && col < header->n_cols ? header->roles[col] : JX_ROLE_NONE;
        if (role == JX_ROLE_NONE || compat[cell->kind][role] < 0 || (taken && taken[role]))
            return FALSE;
        text_pieces_only &= (role == JX_ROLE_LEVEL1 || role == JX_ROLE_LEVEL2) &&
                            cell->kind == JX_CK_TEXT && wrapped_label_piece(cell);
        if (role == JX_ROLE_LEVEL1 || role == JX_ROLE_LEVEL2) {
            label_pieces &= cell->kind != JX_CK_TEXT || wrapped_label_piece(cell);
            pieces_only &= cell->kind != JX_CK_TEXT || wrapped_label_piece(cell);
            pieces += cell->kind == JX_CK_TEXT;
        } else {
            label_pieces &= (role == JX_ROLE_OP || role == JX_ROLE_VALUE || role == JX_ROLE_UNIT) &&
                            cell->kind != JX_CK_TEXT;
            gboolean figure = (role == JX_ROLE_OP || role == JX_ROLE_VALUE ||
                               role == JX_ROLE_UNIT) && cell->kind != JX_CK_TEXT;
            gboolean seq = role == JX_ROLE_SEQ && cell->kind == JX_CK_INT;
            gboolean text = role == JX_ROLE_VALUE && cell->kind == JX_CK_TEXT;
            figures_only &= figure || seq || text;
            text_value |= text;
        }
        /* a known label in a column that is not a label's, or a label that
         * is only ever a level-1 (效益指标, not 成本指标) in the level-2
         * column (a third label column moves the level-1 there): let the
         * alignment weigh whether the row moved */
        if ((cell->kind == JX_CK_LEVEL1 || cell->kind == JX_CK_LEVEL2) &&
            role != JX_ROLE_LEVEL1 && role != JX_ROLE_LEVEL2)
            return FALSE;
        if (cell->kind == JX_CK_LEVEL1 && role == JX_ROLE_LEVEL2 &&
            !jx_taxonomy_level2(NULL, cell->norm)) {
            if (!wrapped_label_piece(cell))
                return FALSE;
            level1_piece_in_level2 = TRUE;
            pieces_go_on &= cell->label_goes_on;
        }
        level1_own |= role == JX_ROLE_LEVEL1;
        level2_texts += role == JX_ROLE_LEVEL2 && cell->kind == JX_CK_TEXT;
        other_texts += role != JX_ROLE_LEVEL2 && cell->kind == JX_CK_TEXT;
        name |= role == JX_ROLE_NAME;
        target |= role == JX_ROLE_VALUE || role == JX_ROLE_OP || role == JX_ROLE_HALF_VALUE;
        typed_target |= (role == JX_ROLE_VALUE || role == JX_ROLE_OP || role == JX_ROLE_HALF_VALUE) &&
                        cell->kind != JX_CK_TEXT;
        labels &= label_in_own_column(cell, role, one_column);
        both_targets |= role == JX_ROLE_HALF_VALUE ? 1 : role == JX_ROLE_VALUE ? 2 : 0;
        gboolean in_mid_term = mid_term_column(header, col);
        mid_term |= in_mid_term;
        targets_only &= in_mid_term || role == JX_ROLE_OP ||
                        role == JX_ROLE_VALUE || role == JX_ROLE_UNIT ||
                        label_in_own_column(cell, role, one_column);
        actual |= role == JX_ROLE_ACTUAL;
        scored |= (role == JX_ROLE_WEIGHT || role == JX_ROLE_SCORE) &&
                  (cell->kind == JX_CK_INT || cell->kind == JX_CK_NUMBER);
    }
    /* a row whose name a layout printed on the line above still has both
     * its targets where they belong: a text half-year target (健全, 按进度推进)
     * must not move into the missing name's slot */
    gboolean half_and_full = offset == 0 && !name && both_targets == 3;
    /* so does a row whose one text stands in the level-2 column beside a
     * typed year's target in the full-year column, the half-year one empty
     * (`履职 | 落实计划生育家庭奖 | ≥15个`, the name on the line above): a
     * row moved left would have moved its target into the half-year
     * column too, so the text is the row's level-2 (a work item wrapped
     * round the row), not its missing name */
    gboolean level2_and_full = offset == 0 && row->line && !name && level2_texts == 1 &&
                               other_texts == 0 && both_targets == 2 && typed_target &&
                               table_has_role(header, JX_ROLE_HALF_VALUE);
    /* so does a line of nothing but a mid-term target (中期目标值, a column
     * no record keeps) and the year's, beside labels at most: a print that
     * sets names at their rows' tops puts a tall row's targets on a lower
     * line, and a text mid-term target (健全, 长期有效) must not move into the
     * name's slot */
    gboolean mid_and_full = offset == 0 && row->line && !name && mid_term && targets_only &&
                            (both_targets & 2);
    /* so does a self-evaluation's row with its target, its actual value and
     * a figure of its scores each where it belongs: a text target (灾后10日内,
     * 杜绝因贫失学) must not move into the name's slot either */
    gboolean self_evaluated = offset == 0 && !name && (both_targets & 2) && actual && scored;
    /* a line of narrow label columns' pieces beside its row's target, the
     * name on the line above (`度指 | 象满意 | … | 87%`); beside the row's
     * 序号 too (`12 | 指标 | 影响指 | ≥ | 8`: w3m sets a numbered row's
     * figures on the middle line of its labels' block), and beside a text
     * target that an operator or a 定性 mark on the line types (`续影 | 定性
     * | 健全`): a text alone may be a wrapped target's rest (see
     * label_pieces) */
    gboolean beside_wrapped_labels = offset == 0 && row->line && !name && target &&
                                     pieces > 0 && pieces_only && figures_only &&
                                     (!text_value || typed_target);
    /* a short level-1 word in the level-2 column beside a piece of the
     * level-1 column's own, on a line of label pieces beside its row's
     * figures, the name on the line above (`指标 | 效益 | ≥ | 430`: w3m wraps
     * both narrow label columns inside a row's block), is a piece of the
     * level-2 label wrapped a word a line (经济 / 效益 / 指标), not a level-1
     * moved right.  (Alone, `效益 | = | 203`, it is the level-1 a centred
     * narrow column sets off; beside text, `效益 | 及更多群众`, the text may be
     * a wrapped target's rest, whose row the lines around tell.)  So is one
     * under its label's unfinished head on the line above (`社会` over `效益 |
     * 定性 | 显著提升`), beside a target that is more than a text. */
    gboolean word_of_level2 = level1_piece_in_level2 && offset == 0 && row->line && !name &&
                              target &&
                              ((level1_own && label_pieces) || (pieces_go_on && typed_target));
    /* a line of nothing but short text pieces, one in each label column
     * (`指 | 量`, `出 | 数`): both narrow label columns stacked a character
     * or a few a line, the lines of a tall row whose name stands on another
     * line (a web page printed by wkhtmltopdf).  A name and its target moved
     * left would not both be that short, nor stand on a line alone. */
    gboolean stacked_label_pieces = offset == 0 && row->line && text_pieces_only &&
                                    row->cells->len >= STACKED_LABEL_PIECES_MIN;
    if (level1_piece_in_level2 && !word_of_level2)
        return FALSE;
    if (!(name && target) && !labels && !half_and_full && !level2_and_full && !mid_and_full &&
        !self_evaluated && !beside_wrapped_labels && !word_of_level2 && !stacked_label_pieces)
        return FALSE;
    for (guint i = 0; i < row->cells->len; i++)
        assign[i] = header->roles[((const jx_pcell *)row->cells->pdata[i])->col + offset];
    return TRUE;
}

gboolean jx_align_row(const jx_header *header, const jx_prow *row, jx_role *assign)
{
    return jx_align_row_offset(header, row, 0, NULL, assign);
}

gboolean jx_align_row_offset(const jx_header *header, const jx_prow *row, int offset,
                             const gboolean *taken, jx_role *assign)
{
    return jx_align_row_cols(header, row, offset, taken, assign, NULL);
}

gboolean jx_align_row_cols(const jx_header *header, const jx_prow *row, int offset,
                           const gboolean *taken, jx_role *assign, int *cols)
{
    if (take_as_laid_out(header, row, offset, taken, assign)) {
        for (guint i = 0; cols && i < row->cells->len; i++)
            cols[i] = ((const jx_pcell *)row->cells->pdata[i])->col + offset;
        return offset != 0;
    }

    int m = (int)row->cells->len;
    int labels = 0; /* known labels in the row */
    int named_as_group = 0; /* of them, names that are a group's label */
    gboolean marked = FALSE; /* a 定性/定量 mark */
    for (int i = 0; i < m; i++) {
        const jx_pcell *cell = row->cells->pdata[i];
        labels += cell->kind == JX_CK_LEVEL1 || cell->kind == JX_CK_LEVEL2;
        named_as_group += name_read_as_level2(header, cell, offset);
        marked |= cell->kind == JX_CK_MARK;
    }
    /* see WRAPPED_LABEL_LINE_BONUS */
    gboolean label_lines = labels == 0 && !marked;
    /* two label pieces of one character each: both narrow label columns
     * stacked a character a line (see stacked_label_character), one of
     * them perhaps read as a unit */
    int characters = 0;
    for (int i = 0; i < m; i++) {
        const jx_pcell *cell = row->cells->pdata[i];
        characters += (cell->kind == JX_CK_TEXT || cell->kind == JX_CK_UNIT) &&
                      stacked_label_character(cell->norm);
    }
    gboolean stacked_row = characters >= STACKED_LABEL_PIECES_MIN;
    gboolean one_column = jx_header_one_label_column(header);
    int slot_col[header->n_cols + 1];
    int k = 0;
    for (int c = 0; c < header->n_cols; c++)
        if (header->roles[c] != JX_ROLE_NONE && !(taken && taken[header->roles[c]]))
            slot_col[k++] = c;

    /* a remark word alone (暂定, 以批复为准, 新增指标) is what a 备注 column
     * says of its row and never anything else: it fills the 备注 slot or
     * none.  A web page sets it on the first line of a tall row whose target
     * stands centred lines below (`改造老 … 以批复为准` / `旧小区 28.54 万平方米`):
     * read into the empty value slot, it made that line a row of its own and
     * cut the name in two. */
    gboolean *remark = g_new(gboolean, m + 1);
    for (int i = 0; i < m; i++) {
        const jx_pcell *cell = row->cells->pdata[i];
        remark[i] = cell->kind == JX_CK_TEXT && jx_norm_is_remark(cell->norm);
    }
    /* dp[i][j]: best score placing the first i cells into the first j slots. */
    double *dp = g_new(double, (gsize)(m + 1) * (k + 1));
    char *how = g_new0(char, (gsize)(m + 1) * (k + 1)); /* 's'kip slot, 'a'ssign, 'j'unk */
#define DP(i, j) dp[(gsize)(i) * (k + 1) + (j)]
#define HOW(i, j) how[(gsize)(i) * (k + 1) + (j)]
    for (int i = 0; i <= m; i++)
        for (int j = 0; j <= k; j++) {
            if (i == 0 && j == 0) {
                DP(i, j) = 0;
                continue;
            }
            double best = -1e18;
            char h = 0;
            if (j > 0 && DP(i, j - 1) > best) {
                best = DP(i, j - 1);
                h = 's';
            }
            if (i > 0 && DP(i - 1, j) + JUNK_PENALTY > best) {
                best = DP(i - 1, j) + JUNK_PENALTY;
                h = 'j';
            }
            if (i > 0 && j > 0 &&
                !(remark[i - 1] && header->roles[slot_col[j - 1]] != JX_ROLE_OTHER)) {
                const jx_pcell *cell = row->cells->pdata[i - 1];
                double s = score(cell, offset, slot_col[j - 1], header->roles[slot_col[j - 1]],
                                 piece_before_name(header, row, i - 1, offset),
                                 labels - named_as_group == 1, label_lines, one_column,
                                 stacked_row);
                if (s > NO && DP(i - 1, j - 1) + s > best) {
                    best = DP(i - 1, j - 1) + s;
                    h = 'a';
                }
            }
            DP(i, j) = best;
            HOW(i, j) = h;
        }

    gboolean shifted = FALSE;
    for (int i = m, j = k; i > 0 || j > 0;) {
        switch (HOW(i, j)) {
        case 's':
            j--;
            break;
        case 'j':
            assign[--i] = JX_ROLE_NONE;
            if (cols)
                cols[i] = -1;
            break;
        default: {
            const jx_pcell *cell = row->cells->pdata[i - 1];
            assign[i - 1] = header->roles[slot_col[j - 1]];
            if (cols)
                cols[i - 1] = slot_col[j - 1];
            shifted |= cell->col != slot_col[j - 1];
            i--;
            j--;
        }
        }
    }
#undef DP
#undef HOW
    g_free(dp);
    g_free(how);
    g_free(remark);
    return shifted;
}
