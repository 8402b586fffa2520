/*
 * table.c — finding tables and putting page-split parts back together.
 *
 * A table starts at a header row.  It goes on through the rest of its grid,
 * and into the next grid when nothing but page-break debris stands between
 * them and the next grid either repeats the header or has rows of the same
 * shape.  Every data row is kept: deciding what a row means is target.c's job.
 */
#include "parse/parse.h"

#include <stdlib.h>
#include <string.h>

/* Lines between two parts of one table that do not end it: page numbers,
 * the tail of a sentence cut off by the converter (`而来。`), a lone unit. */
#define MAX_DEBRIS_LINES 3
#define MAX_DEBRIS_CHARS 12

/* jx_pcell_new of raw[0..raw_len).  One allocation per cell, not three:
 * the parser makes one for every cell of every table row. */
static jx_pcell *pcell_new_len(const jx_pcell *like, const char *raw, gsize raw_len,
                               const char *norm)
{
    gsize norm_len = strlen(norm);
    jx_pcell *pc = g_malloc(sizeof *pc + raw_len + 1 + norm_len + 1);
    *pc = *like;
    pc->in_block = FALSE; /* its own allocation, whatever `like`'s was */
    pc->raw = (char *)(pc + 1);
    memcpy(pc->raw, raw, raw_len);
    pc->raw[raw_len] = '\0';
    pc->norm = pc->raw + raw_len + 1;
    memcpy(pc->norm, norm, norm_len + 1);
    return pc;
}

/* See parse.h. */
jx_pcell *jx_pcell_new(const jx_pcell *like, const char *raw, const char *norm)
{
    return pcell_new_len(like, raw, strlen(raw), norm);
}

/* See parse.h. */
void jx_pcell_free(gpointer cell)
{
    if (cell && !((jx_pcell *)cell)->in_block)
        g_free(cell);
}

/* See parse.h. */
jx_pcell *jx_prow_set_texts(jx_prow *row, int col, const char *raw, const char *norm)
{
    for (guint k = 0; k < row->cells->len; k++) {
        jx_pcell *old = row->cells->pdata[k];
        if (old->col != col)
            continue;
        jx_pcell *cell = jx_pcell_new(old, raw, norm);
        row->cells->pdata[k] = cell;
        jx_pcell_free(old);
        return cell;
    }
    return NULL;
}

/* The bytes of `text` without the ASCII white space around it (as
 * g_strstrip cuts), as a start and a length. */
static const char *stripped(const char *text, gsize *len)
{
    while (g_ascii_isspace(*text))
        text++;
    gsize n = strlen(text);
    while (n > 0 && g_ascii_isspace(text[n - 1]))
        n--;
    *len = n;
    return text;
}

/* See parse.h. */
jx_pcell *jx_prow_cell(const jx_prow *row, int col)
{
    for (guint k = 0; k < row->cells->len; k++) {
        jx_pcell *c = row->cells->pdata[k];
        if (c->col == col)
            return c;
    }
    return NULL;
}

void jx_prow_free(jx_prow *row)
{
    if (!row)
        return;
    g_ptr_array_unref(row->cells);
    g_free(row->block);
    g_free(row);
}

void jx_ptable_free(jx_ptable *t)
{
    if (!t)
        return;
    jx_header_free(t->header);
    g_strfreev(t->above);
    g_free(t->project);
    g_ptr_array_unref(t->rows);
    if (t->grids)
        g_ptr_array_unref(t->grids);
    g_free(t);
}

/* Blank grid rows a label column's stack may leave between two of its
 * pieces: LibreOffice centres two narrow label columns on their rows
 * independently, and `pdftotext -layout` sets the level-1 column's pieces
 * on the lines between the level-2 column's (`   服务` / `满意` / `   对象` /
 * `度指` / `   满意`), one blank line in each column between its pieces. */
#define LABEL_STACK_GAP_ROWS 1
/* Pieces above a level-1 word its column's stack is read over (服务 /
 * 对象 over 满意 of 服务对象满意度): a level-2 label stacked two characters a
 * line takes up to five lines (服务对象满意度指标). */
#define LABEL_GOES_ON_MAX_PIECES 4

/* TRUE when `norm` begins a standard label of level `level` without
 * finishing it (jx_taxonomy_label_headed). */
static gboolean heads_label(const char *norm, int level)
{
    char *label = jx_taxonomy_label_headed(norm, level);
    g_free(label);
    return label != NULL;
}

/* TRUE when `head` (normalized), the stacked pieces right above a level-1
 * word `norm`, and the word are one level-2 label or its head. */
static gboolean joins_level2(const char *head, const char *norm)
{
    char *joined = jx_norm_join(head, norm);
    gboolean goes_on = jx_taxonomy_level2(NULL, joined) || heads_label(joined, 2);
    g_free(joined);
    return goes_on;
}

/* TRUE when `head` (normalized), the stacked pieces right above a text
 * piece `norm`, and the piece are a known label of either level or the
 * head of one (满意 / 度指 of 满意度指标). */
static gboolean joins_label_head(const char *head, const char *norm)
{
    char *joined = jx_norm_join(head, norm);
    gboolean label = jx_label_either_level(joined) || heads_label(joined, 1) ||
                     heads_label(joined, 2);
    g_free(joined);
    return label;
}

static gboolean label_stack_line(const jx_cell_facts *facts);

/* TRUE when text `norm` at grid row `r`, column `c`, joined to the pieces
 * stacked right above it in its column, is what `joins` says for some run
 * of those pieces read up from it.  The pieces are a stack's lines of a
 * few characters each (label_stack_line), none a label alone unless
 * `labels_ok` (a short level-1 label, 满意, may open a longer one), each at
 * most LABEL_STACK_GAP_ROWS blank grid rows above the next. */
static gboolean joins_stack_above(jx_facts *memo, const jx_grid *grid, int r, int c,
                                  const char *norm, gboolean labels_ok,
                                  gboolean (*joins)(const char *head, const char *norm))
{
    GString *head = g_string_new(NULL);
    gboolean joined = FALSE;
    int at = r;
    for (int pieces = 0; !joined && pieces < LABEL_GOES_ON_MAX_PIECES; pieces++) {
        const jx_cell *piece = NULL;
        for (int k = at - 1; k >= 0 && at - k <= LABEL_STACK_GAP_ROWS + 1 && !piece; k--)
            if ((piece = jx_grid_cell(grid, k, c)))
                at = k;
        if (!piece)
            break;
        const jx_cell_facts *facts = jx_facts_of(memo, jx_cell_text(piece));
        const char *text = facts->norm;
        if (!label_stack_line(facts) || (!labels_ok && jx_label_either_level(text)))
            break;
        g_string_prepend(head, text);
        joined = joins(head->str, norm);
    }
    g_string_free(head, TRUE);
    return joined;
}

/* TRUE when level-1 word `norm` of grid row `r`, column `c`, goes on with
 * the cell right above it, which is no label alone: joined they are a
 * level-2 label or its head (社会 / 效益 of 社会效益指标, 可持 / 续影 of
 * 可持续影响指标).  A text browser wraps a narrow label column a word a line,
 * and the middle word, read alone, would head rows of its own.  The pieces
 * above may stand a blank line apart (LABEL_STACK_GAP_ROWS), and the word
 * may go on with more than the nearest of them (服务 / 对象 / 满意 of
 * 服务对象满意度, each a line apart: joins_stack_above). */
static gboolean goes_on_with_label_above(jx_facts *memo, const jx_grid *grid, int r, int c,
                                         const char *norm)
{
    const jx_cell *up = r > 0 ? jx_grid_cell(grid, r - 1, c) : NULL;
    if (up) {
        const char *head = jx_facts_of(memo, jx_cell_text(up))->norm;
        if (!*head || jx_label_either_level(head))
            return FALSE;
        if (joins_level2(head, norm))
            return TRUE;
    }
    return joins_stack_above(memo, grid, r, c, norm, FALSE, joins_level2);
}

/* TRUE when the text of `facts` at grid row `r`, column `c`, a stack's
 * line itself (label_stack_line), goes on with the pieces stacked above it in its
 * column into a known label or its head (满意 / 度指 of 满意度指标, the
 * level-2 column's pieces on the lines between: see LABEL_STACK_GAP_ROWS;
 * 满意, a level-1 label alone, opens the longer one here).
 * Alone it reads as no label, and beside a row's figures it took the name's
 * slot (the row's name is set on the line above, at the row's top). */
static gboolean goes_on_label_stack(jx_facts *memo, const jx_grid *grid, int r, int c,
                                    const jx_cell_facts *facts)
{
    return label_stack_line(facts) &&
           joins_stack_above(memo, grid, r, c, facts->norm, TRUE, joins_label_head);
}

/* Lines a label column's stack is read over, up from its last line: a
 * label stacked a character a line takes up to nine (服务对象满意度指标), the
 * labels stacked over it a few more. */
#define LABEL_STACK_MAX_LINES 16
/* Characters of one line of such a stack, at most (a browser wraps a
 * narrow label column a character or a few a line: 服务对象 / 满意度指). */
#define LABEL_STACK_LINE_MAX_CHARS 4
/* Characters of one known label, at most, where a stack is split into its
 * labels. */
#define LABEL_STACK_LABEL_MAX_CHARS 12

/* TRUE when `facts`' text may be a line of a stacked label: a few Han
 * characters.  Asked of every text cell a grid's rows are read from: the
 * memo's count of characters turns most away before any is decoded. */
static gboolean label_stack_line(const jx_cell_facts *facts)
{
    if (facts->chars < 1 || facts->chars > LABEL_STACK_LINE_MAX_CHARS)
        return FALSE;
    for (const char *p = facts->norm; *p; p = g_utf8_next_char(p))
        if (g_unichar_get_script(g_utf8_get_char(p)) != G_UNICODE_SCRIPT_HAN)
            return FALSE;
    return TRUE;
}

/* TRUE when `text` (normalized) reads as known labels one after another
 * (成本指标 经济效益指标 社会效益指), split wherever a level-1 or level-2 label
 * ends. */
static gboolean reads_as_labels(const char *text)
{
    glong n = g_utf8_strlen(text, -1);
    const char **at = g_new(const char *, n + 1);
    glong k = 0;
    for (const char *p = text; k <= n; p = *p ? g_utf8_next_char(p) : p)
        at[k++] = p;
    gboolean *ends = g_new0(gboolean, n + 1);
    ends[0] = TRUE;
    for (glong i = 0; i < n; i++) {
        if (!ends[i])
            continue;
        for (glong j = i + 2; j <= n && j - i <= LABEL_STACK_LABEL_MAX_CHARS; j++) {
            if (ends[j])
                continue;
            char *label = g_strndup(at[i], (gsize)(at[j] - at[i]));
            ends[j] = jx_label_either_level(label);
            g_free(label);
        }
    }
    gboolean whole = ends[n];
    g_free(ends);
    g_free(at);
    return whole;
}

/* TRUE when the one-character text of `facts` at grid row `r`, column
 * `c`, ends a run of known labels stacked over it in its column: the lines right above
 * it, up to one that is no stack's line (or LABEL_STACK_MAX_LINES), joined
 * with it, read as labels one after another (成 / 本 / 指 / 标 / 经 / 济 / 效 /
 * 益 / 指 over 标).  A browser stacks a narrow label column so, centred on
 * its rows, and the last line of a label may stand with no other stack's
 * character beside it, alone on its line or beside a name's wrapped line
 * (`标 | 助标准`): it is the label's, not the name's (see
 * WRAPPED_LABEL_LINE_BONUS).  A names' column as narrow stacks names (固 /
 * 定 / 资 / 产 …), which read as no labels. */
static gboolean ends_label_stack(jx_facts *memo, const jx_grid *grid, int r, int c,
                                 const jx_cell_facts *facts)
{
    const char *norm = facts->norm;
    if (facts->chars != 1 || !label_stack_line(facts))
        return FALSE;
    int top = r;
    while (top > 0 && r - top < LABEL_STACK_MAX_LINES) {
        const jx_cell *up = jx_grid_cell(grid, top - 1, c);
        if (!up || !label_stack_line(jx_facts_of(memo, jx_cell_text(up))))
            break;
        top--;
    }
    if (top == r)
        return FALSE;
    GString *stack = g_string_new(NULL);
    for (int i = top; i < r; i++)
        g_string_append(stack, jx_facts_of(memo, jx_cell_text(jx_grid_cell(grid, i, c)))->norm);
    g_string_append(stack, norm);
    gboolean labels = reads_as_labels(stack->str);
    g_string_free(stack, TRUE);
    return labels;
}

/* A row read in one allocation holds this many cells at most; a wider one
 * (rare: forms have about ten columns) allocates each of its cells alone. */
#define ROW_BLOCK_CELLS 32

/* A cell of a grid row found for its logical row, before it is made. */
typedef struct {
    jx_pcell like;   /* its fields, texts not yet set */
    const char *raw; /* its source text, trimmed: raw_len bytes */
    gsize raw_len;
    const char *norm; /* its normal form (the memo's, held while the row is read) */
    gsize norm_len;
} found_cell;

/* A row-header word is at most this many characters (年度绩效指标). */
#define ROWHEAD_WORD_MAX_CHARS 8

/* The bytes of `raw` that a row-header word (年度绩效指标) run into a
 * level-1 label takes (`年度绩效指标 产出指标`), or 0: a table's foot cut
 * at a page break, its few rows read apart, gives too few lines for a
 * valley between the row header's column, one line of text, and the
 * level-1 column beside it.  The row header heads the rows; the label is
 * the cell. */
static gsize rowhead_run_into_level1(const char *raw)
{
    const char *p = raw;
    for (int n = 0; *p && n < ROWHEAD_WORD_MAX_CHARS; n++) {
        p = g_utf8_next_char(p);
        char *bytes = g_strndup(raw, (gsize)(p - raw)), *head = jx_norm_text(bytes);
        gboolean rowhead = jx_header_is_rowhead(head);
        g_free(head);
        g_free(bytes);
        if (!rowhead)
            continue;
        char *rest = jx_norm_text(p);
        gboolean label = *rest && jx_taxonomy_level1(rest) != NULL;
        g_free(rest);
        return label ? (gsize)(p - raw) : 0;
    }
    return 0;
}

/* The cell of grid row `r` in column `c` for its logical row, or FALSE:
 * none there, or no text (undecodable bytes, reported on the document, are
 * none); text a vertical span brings down from above is marked spanned.
 * `cell` is the cell starting at (r, c), NULL when none does (the row's
 * reader has them all at once: jx_grid_row_cells). */
static gboolean find_row_cell(jx_facts *memo, const jx_grid *grid, int r, int c,
                              const jx_cell *cell, found_cell *out)
{
    gboolean spanned = FALSE;
    if (!cell) {
        cell = jx_grid_cell_covering(grid, r, c);
        /* only spans from rows above; a colspan is one cell, once */
        if (!cell || jx_cell_row(cell) == r || jx_cell_col(cell) != c)
            return FALSE;
        spanned = TRUE;
    }
    const char *text = jx_cell_text(cell);
    const jx_cell_facts *facts = jx_facts_of(memo, text);
    if (!*facts->norm || facts->unreadable)
        return FALSE;
    if (facts->role != JX_ROLE_ROWHEAD && facts->kind != JX_CK_LEVEL1 &&
        facts->opens_rowhead) {
        gsize head = rowhead_run_into_level1(text);
        if (head) {
            text += head;
            facts = jx_facts_of(memo, text);
        }
    }
    out->like = (jx_pcell){
        .col = c,
        .kind = facts->kind,
        .rowhead = facts->role == JX_ROLE_ROWHEAD,
        .spanned = spanned,
        .continues = !spanned && cell->continues,
        .label_goes_on = !spanned && facts->kind == JX_CK_LEVEL1 &&
                         goes_on_with_label_above(memo, grid, r, c, facts->norm),
        .ends_label_stack = !spanned && facts->kind == JX_CK_TEXT &&
                            ends_label_stack(memo, grid, r, c, facts),
        .goes_on_label_stack = !spanned && facts->kind == JX_CK_TEXT &&
                               goes_on_label_stack(memo, grid, r, c, facts),
        .origin = cell,
    };
    out->raw = stripped(text, &out->raw_len);
    out->norm = facts->norm;
    out->norm_len = strlen(facts->norm);
    return TRUE;
}

/* Makes the `n` cells of `found` in one block that `row` takes: the cells
 * first, then their texts.  A row's cells are read together and die
 * together, and one allocation per cell was the largest share of the
 * table finder's. */
static void add_cells_in_block(jx_prow *row, const found_cell *found, int n)
{
    gsize bytes = (gsize)n * sizeof(jx_pcell);
    for (int i = 0; i < n; i++)
        bytes += found[i].raw_len + 1 + found[i].norm_len + 1;
    jx_pcell *cells = g_malloc(bytes);
    char *text = (char *)(cells + n);
    guint first = row->cells->len;
    g_ptr_array_set_size(row->cells, first + n); /* one growth, not one per cell */
    for (int i = 0; i < n; i++) {
        jx_pcell *pc = &cells[i];
        *pc = found[i].like;
        pc->in_block = TRUE;
        pc->raw = text;
        memcpy(text, found[i].raw, found[i].raw_len);
        text[found[i].raw_len] = '\0';
        text += found[i].raw_len + 1;
        pc->norm = text;
        memcpy(text, found[i].norm, found[i].norm_len + 1);
        text += found[i].norm_len + 1;
        row->cells->pdata[first + i] = pc;
    }
    row->block = cells;
}

/* Builds the logical row for grid row `r`: every non-empty cell, with text a
 * vertical span brings down from above marked as such (an exact merge). */
static jx_prow *row_from_grid(jx_facts *memo, const jx_grid *grid, int r)
{
    jx_prow *row = g_new0(jx_prow, 1);
    row->cells = g_ptr_array_new_with_free_func(jx_pcell_free);
    row->line = jx_grid_row_line(grid, r);
    row->page = jx_grid_row_page(grid, r);
    found_cell found[ROW_BLOCK_CELLS];
    int n = 0;
    /* the memo's norms are copied once the row is read: it must not start
     * over in between */
    gboolean held = jx_facts_hold(memo, TRUE);
    const jx_cell *const *at = jx_grid_row_cells(grid, r);
    for (int c = 0; at && c < jx_grid_n_cols(grid); c++) {
        found_cell f;
        if (!find_row_cell(memo, grid, r, c, at[c], &f))
            continue;
        if (n < ROW_BLOCK_CELLS) {
            found[n++] = f;
            continue;
        }
        if (n == ROW_BLOCK_CELLS) { /* too wide for a block: each cell alone */
            for (int i = 0; i < n; i++)
                g_ptr_array_add(row->cells, pcell_new_len(&found[i].like, found[i].raw,
                                                          found[i].raw_len, found[i].norm));
            n++;
        }
        g_ptr_array_add(row->cells, pcell_new_len(&f.like, f.raw, f.raw_len, f.norm));
    }
    if (n > 0 && n <= ROW_BLOCK_CELLS)
        add_cells_in_block(row, found, n);
    jx_facts_hold(memo, held);
    if (!row->page && row->cells->len) {
        const jx_cell *first = jx_grid_cell_covering(grid, r, ((jx_pcell *)row->cells->pdata[0])->col);
        row->page = jx_cell_page(first);
    }
    return row;
}

/* Lines that recur through a document — running heads and footers a PDF
 * dump repeats on every page, often the title itself — counted by their
 * normalized text.  Returns a new table text → count. */
#define RUNNING_LINE_MAX_CHARS 60

GHashTable *jx_line_counts_new(void)
{
    return g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
}

void jx_line_counts_add(GHashTable *counts, const char *raw)
{
    char *t = jx_norm_text(raw);
    if (!*t || g_utf8_strlen(t, -1) > RUNNING_LINE_MAX_CHARS) {
        g_free(t);
        return;
    }
    guint n = GPOINTER_TO_UINT(g_hash_table_lookup(counts, t));
    g_hash_table_replace(counts, t, GUINT_TO_POINTER(n + 1));
}

/* A line that may sit between two parts of a table without ending it: short
 * page debris, or a line the document repeats (a running head or footer). */
/* A footnote starts with its mark, a superscript digit (`³ 此处仅列示部分预算编制依据
 * 文件。`): the foot of a page, which a table broken over the page runs past. */
static gboolean is_footnote(const char *raw)
{
    while (*raw == ' ' || *raw == '\t')
        raw++;
    gunichar c = g_utf8_get_char_validated(raw, -1);
    return c == 0x00B9 || c == 0x00B2 || c == 0x00B3 || (c >= 0x2070 && c <= 0x2079);
}

/* TRUE when normalized text opens with a numbered item in parentheses,
 * `(一)` or `(3)`: a section heading.  A parenthesis holding anything else
 * (`(40分)`, the tail of a level-1 label a page break cut) opens nothing. */
static gboolean opens_numbered_item(const char *norm)
{
    static const char cjk_numerals[] = "一二三四五六七八九十百";
    if (*norm != '(')
        return FALSE;
    const char *p = norm + 1;
    int digits = 0;
    for (gunichar c; (c = g_utf8_get_char(p)) != 0; p = g_utf8_next_char(p), digits++) {
        char utf8[8] = {0};
        g_unichar_to_utf8(c, utf8);
        gboolean numeral = c < 0x80 ? g_ascii_isdigit((char)c) : strstr(cjk_numerals, utf8) != NULL;
        if (!numeral)
            break;
    }
    return digits > 0 && *p == ')';
}

static gboolean is_debris(const char *norm, const GHashTable *line_counts)
{
    if (GPOINTER_TO_UINT(g_hash_table_lookup((GHashTable *)line_counts, norm)) >= 2)
        return TRUE;
    /* a caption, an attachment mark or a section heading opens what follows */
    static const char *const heading_openers[] = {"表", "图", "附件", "一、"};
    for (gsize i = 0; i < G_N_ELEMENTS(heading_openers); i++)
        if (g_str_has_prefix(norm, heading_openers[i]))
            return FALSE;
    if (opens_numbered_item(norm))
        return FALSE;
    return !jx_header_is_unit_caption(norm) && g_utf8_strlen(norm, -1) <= MAX_DEBRIS_CHARS;
}

/* TRUE when `norm` is a level-1 label under a section's ordinal (`一、产出`,
 * `二、效益指标`) after the header of a target table: the table's own
 * section row, which a converter writes on a line of its own when the cell
 * spans the whole row (its tabs after it dropped), not a heading that opens
 * what follows.  A bare level-1 label (`产出指标`) is one too (is_bare_section). */
static gboolean is_bare_section(const jx_ptable *table, const char *norm);
static gboolean is_section_row(const jx_ptable *table, const char *norm)
{
    if (is_bare_section(table, norm))
        return TRUE;
    if (!table->header || table->header->kind != JX_TABLE_TARGET)
        return FALSE;
    const char *label = jx_taxonomy_after_section_ordinal(norm);
    return label && jx_cell_classify(label) == JX_CK_LEVEL1;
}

/* TRUE when `norm` is a bare level-1 label (`产出指标`, no ordinal) on a
 * line of its own after the header of a target table with one label column
 * (指标分类, no level-2 column): a section row whose cell spans the row, its
 * tabs dropped, giving the level the header has no column for.  It is laid
 * across the whole row so that the table reads it as a section (the label
 * column below then holds level-2 labels).  Under a header with both label
 * columns such a line is a merged level-1 cell's text set apart (a PDF's
 * centred label), not a section. */
static gboolean is_bare_section(const jx_ptable *table, const char *norm)
{
    const jx_header *h = table->header;
    if (!h || h->kind != JX_TABLE_TARGET || jx_cell_classify(norm) != JX_CK_LEVEL1 ||
        !jx_taxonomy_level1(norm))
        return FALSE;
    for (int c = 0; c < h->n_cols; c++)
        if (h->roles[c] == JX_ROLE_LEVEL2)
            return FALSE;
    /* a table of section lines opens with one right under its header; a
     * label alone in a table that did not (its sections, if any, rows of
     * its grid) is a merged cell's text set apart (a PDF's 成本指标 cut at
     * the page foot) */
    if (table->rows->len == 0)
        return TRUE;
    const jx_prow *first = table->rows->pdata[0];
    const jx_pcell *cell = first->cells->len == 1 ? first->cells->pdata[0] : NULL;
    if (!cell || !table->grids || !jx_taxonomy_level1(cell->norm))
        return FALSE;
    /* the first row is such a line: a one-row grid the table made of it */
    for (guint i = 0; i < table->grids->len; i++)
        if (jx_grid_cell(table->grids->pdata[i], 0, 0) == cell->origin &&
            jx_grid_n_rows(table->grids->pdata[i]) == 1)
            return TRUE;
    return FALSE;
}

/* TRUE when every piece of a line (parted by white space) repeats part of
 * a cell of `table`: the text of merged cells a page break cut, which
 * converters print beside the rules, below the first page's part or above
 * the next one's (`质量指标   发展保障性租赁住房`).  Such a line is the
 * table's own debris, however long. */
static gboolean echoes_table(const jx_ptable *table, const char *raw)
{
    char **pieces = g_strsplit_set(raw, " \t", -1);
    gboolean any = FALSE, all = TRUE;
    for (char **p = pieces; *p && all; p++) {
        char *norm = jx_norm_text(*p);
        if (*norm) {
            any = TRUE;
            all = FALSE;
            for (guint i = 0; i < table->rows->len && !all; i++) {
                const jx_prow *row = table->rows->pdata[i];
                for (guint k = 0; k < row->cells->len && !all; k++)
                    all = strstr(((const jx_pcell *)row->cells->pdata[k])->norm, norm) != NULL;
            }
        }
        g_free(norm);
    }
    g_strfreev(pieces);
    return any && all;
}

/* The note kind of a row: what its first non-empty cell opens. */
static jx_note_kind row_note_kind(const jx_prow *row)
{
    return row->cells->len ? jx_note_classify(((jx_pcell *)row->cells->pdata[0])->norm)
                           : JX_NOTE_NONE;
}

/* TRUE for a cell kind a target is stated in: an operator, a target, a
 * number, an integer, a unit or a date. */
static gboolean target_kind(jx_cell_kind k)
{
    return k == JX_CK_OP || k == JX_CK_TARGET || k == JX_CK_NUMBER || k == JX_CK_UNIT ||
           k == JX_CK_DATE || k == JX_CK_INT;
}

/* A row that states a target: an operator, a number, a unit or a date
 * somewhere (a 序号 leading the row counts: qualitative rows state no number). */
static gboolean states_target(const jx_prow *row)
{
    for (guint i = 0; i < row->cells->len; i++) {
        jx_cell_kind k = ((jx_pcell *)row->cells->pdata[i])->kind;
        if (target_kind(k) || k == JX_CK_MARK)
            return TRUE;
    }
    return FALSE;
}

/* A fragment of a wrapped cell has one or two pieces; a row of a table
 * fills this many columns or more. */
#define MIN_ROW_CELLS 3

/* A row that reads as a row of `header`'s table without stating a number
 * (qualitative targets: 按时完成, 实际按下拨文件为准): enough cells, and
 * alignment finds a role for every one of them. */
static gboolean fits_header(const jx_header *header, const jx_prow *row)
{
    if (row->cells->len < MIN_ROW_CELLS)
        return FALSE;
    jx_role *assign = g_new0(jx_role, row->cells->len);
    jx_align_row(header, row, assign);
    gboolean all = TRUE;
    for (guint i = 0; i < row->cells->len && all; i++)
        all = assign[i] != JX_ROLE_NONE;
    g_free(assign);
    return all;
}

typedef enum {
    CONTINUES_NO,
    CONTINUES_YES,
    CONTINUES_UNSURE, /* nothing but wrapped pieces: the grid after it decides */
    CONTINUES_PAST,   /* a short page's lines in columns of their own (see
                         short_page_of_rows): the grid after it decides whether
                         the table goes on past them; they are not read */
} continuation;

/* A page of a table may lose this many columns to a converter (empty cells
 * dropped, a row-header column left off) and still continue it. */
#define CONTINUATION_LOST_COLS 3
/* Other tables continue only with a column or two more than their header (a
 * split name); a space-aligned dump can split a target table's page into this
 * many times its header's columns, and rows that state targets still tell. */
#define CONTINUATION_EXTRA_COLS 2
#define CONTINUATION_MAX_WIDTH_FACTOR 3

/* A grid the finder owns (streaming), with its place in the document. */
typedef struct {
    jx_grid *grid;
    guint serial;
} owned_grid;

struct jx_finder {
    GPtrArray *tables;       /* jx_ptable*: opened and not yet handed out */
    GPtrArray *warnings;     /* char*, the caller's */
    GPtrArray *notes;        /* char*, the caller's */
    gboolean in_notes;       /* the last thing read was a note: numbered lines go on it */
    const jx_grid *held;     /* a grid of wrapped pieces after the open table, until
                                what follows says whether it continues it */
    gboolean held_past;      /* its lines are no rows the table can read
                                (CONTINUES_PAST): reported, whatever follows */
    guint held_serial;
    const GHashTable *line_counts; /* see jx_line_counts_add; the caller's */
    jx_facts *memo;          /* what each cell text is (the caller's, see jx_finder_new) */
    int year;                /* the year the first line stating one says (0: none yet),
                                for jx_unpack_grid */
    jx_unpack_carry unpack;  /* the last packed grid's header, for jx_unpack_grid */
    /* Rows of the grid being read, built while deciding whether it
     * continues the open table and kept for the reading (peek_row,
     * take_row); emptied when the grid is read (forget_built). */
    const jx_grid *built_grid;
    GPtrArray *built; /* jx_prow* (owned) or NULL, by grid row */
    jx_ptable *open;         /* the table rows are going to, or NULL */
    guint open_serial;       /* the grid the open table started in */
    int debris;              /* debris lines since the open table's last row, on this page */
    int debris_page;         /* the page those lines stand on */
    GHashTable *foot;        /* column (open header's) → jx_cell*: the empty one-row ruled
                                cells of the open table's last row, in columns whose labels
                                the grid merges (see carry_cut_cells_up) */
    GHashTable *carried;     /* jx_cell* → const jx_pcell*: empty merged cells of the grid
                                being read that continue a merged cell the page break
                                cut, to the cut cell's part above (see carry_cut_cells) */
    int closing_page;        /* > 0: more debris than MAX_DEBRIS_LINES stood after the open
                                table on this page; it ends unless the next page's first
                                grid repeats its header (see take_line) */
    int count;
    int last_target;         /* index of the last target table opened, 0 before any */
    int first_target;        /* index of the first target table opened, 0 before any */
    guint serial;            /* grids taken so far */
    GQueue *owned;           /* owned_grid*, oldest first */
    jx_table_fn done;        /* receives each finished table */
    gpointer done_data;
    jx_cellrun *cells;       /* reads cell streams among the lines */
    jx_colblocks *blocks;    /* reads tables printed block by block, in front of `cells` */
    const GArray *guessed;   /* while a cell stream's grid is taken: its guessed rows */
    GPtrArray *recent;       /* char*: the last ABOVE_LINES non-empty lines (and grid
                                rows no table took) since the last grid, normalized,
                                oldest first */
    char *project;           /* the last project named since the last table opened
                                (jx_meta_project), or NULL: the next table's */
    GPtrArray *loose;        /* loose_line*: lines at the foot of the open target table's
                                page, which may be a row printed outside its rules (see
                                keep_loose_line) */
    gboolean loose_row;      /* one of them is no page debris: it ends the table unless
                                the next grid continues it */
    jx_grid *loose_grid;     /* the last loose grid extraction gave (those lines read as a
                                row, jx_grid_set_loose) since the last grid, or NULL */
    gboolean loose_owned;    /* the finder owns `loose_grid` */
    jx_grid *foot_head;      /* a copy of the header row a grid ended with, no row
                                read under it (see FOOT_HEAD_MIN_WORDS), or NULL */
    gboolean foot_head_parted; /* its words came run together in a cell (see
                                  header_words_run_together) */
    jx_grid *split_head;     /* a copy of a grid of header lines alone whose sub-heads
                                may open the next page (see keep_split_head), or NULL */
    int top_lines;           /* lines atop a later page than the open target table's
                                last row, held until the grid under them says whether
                                the table goes on (see TOP_LINES_MAX) */
    int top_page, top_first; /* the page of the first of them and its line */
    gboolean top_target;     /* one of them states a target (see cut_row_line) */
    char *tail_raw;          /* a name's last line alone atop the page after the open
                                target table's last row, held until the grid under it
                                says whether the table goes on (see hold_name_tail), or
                                NULL */
    int tail_page;           /* its page */
};
typedef jx_finder finder;

/* Row `r` of `grid` as row_from_grid builds it, built once while the grid
 * is read: the finder's, changed only by drop_label_heads before any
 * reader sees it. */
static jx_prow *built_row(finder *f, const jx_grid *grid, int r)
{
    if (f->built_grid != grid) {
        g_ptr_array_set_size(f->built, 0);
        f->built_grid = grid;
    }
    if ((guint)r >= f->built->len)
        g_ptr_array_set_size(f->built, r + 1);
    if (!f->built->pdata[r])
        f->built->pdata[r] = row_from_grid(f->memo, grid, r);
    return f->built->pdata[r];
}

/* Row `r` of `grid` as built_row keeps it: the finder's (do not free or
 * change it). */
static const jx_prow *peek_row(finder *f, const jx_grid *grid, int r)
{
    return built_row(f, grid, r);
}

/* The first row under a header can hold the header's lower line of label
 * heads (一级指标 | 二级指标 under `绩效指标`) that a borderless print set
 * nearer that row than the header (see jx_header_read): in the columns the
 * heads name, they are the header's words, no labels of the row.  A row
 * made of them alone the header reader took whole. */
static void drop_label_heads(finder *f, const jx_grid *grid, int r, const jx_header *h)
{
    jx_prow *row = built_row(f, grid, r);
    for (guint i = row->cells->len; i-- > 0;) {
        const jx_pcell *c = row->cells->pdata[i];
        jx_role head = jx_header_label_head(c->norm);
        if (row->cells->len > 1 && head != JX_ROLE_NONE && c->col < h->n_cols &&
            h->roles[c->col] == head)
            g_ptr_array_remove_index(row->cells, i);
    }
}

/* Row `r` of `grid`, the caller's: the one peek_row built, else a new one. */
static jx_prow *take_row(finder *f, const jx_grid *grid, int r)
{
    if (f->built_grid == grid && (guint)r < f->built->len && f->built->pdata[r]) {
        jx_prow *row = f->built->pdata[r];
        f->built->pdata[r] = NULL;
        return row;
    }
    return row_from_grid(f->memo, grid, r);
}

/* Drops the rows kept for the grid just read: its address may be another
 * grid's next. */
static void forget_built(finder *f)
{
    g_ptr_array_set_size(f->built, 0);
    f->built_grid = NULL;
}

static int row_seq(const jx_prow *row);

/* The columns of `table`'s header less those no row it has taken fills: a
 * layout dump may set a header word a column apart from the cells it heads
 * (`指标值` left of the figures), and a page that drops that column loses no
 * cell of the table's.  A page narrower than the header by more than
 * CONTINUATION_LOST_COLS but not than these continues the table only when
 * its first row goes on with the table's numbering (序号 5 after 4): a page
 * of rows whose label columns are all empty (a layout dump sets the page
 * anew without them) and whose header column stood apart. */
static int filled_columns(const jx_ptable *table)
{
    int cols = table->header->n_cols, filled = 0;
    if (!table->rows->len)
        return cols;
    for (int c = 0; c < cols; c++) {
        gboolean any = FALSE;
        for (guint i = 0; i < table->rows->len && !any; i++)
            any = jx_prow_cell(table->rows->pdata[i], c) != NULL;
        filled += any;
    }
    return filled;
}

/* The lines of a row's wrapped cells (a name over two or three lines in a
 * narrow column) a layout dump sets under its numbered line, each a row of
 * the table with no 序号 of its own. */
#define SEQ_WRAP_MAX_LINES 3

/* The 序号 of the table's last numbered row, looking past the wrapped lines
 * below it (SEQ_WRAP_MAX_LINES at most); -1 when there is none: the page a
 * layout dump sets anew after a row whose name wrapped goes on with the
 * numbering all the same (`12 安全生产培训人次（中心` over `城区）`, then
 * `13` atop the next page). */
static int last_row_seq(const jx_ptable *table)
{
    for (guint k = 0; k <= SEQ_WRAP_MAX_LINES && k < table->rows->len; k++) {
        int seq = row_seq(table->rows->pdata[table->rows->len - 1 - k]);
        if (seq >= 1)
            return seq;
    }
    return -1;
}

/* The 序号 the grid's rows open with, looking past the wrapped lines above
 * its first numbered row (SEQ_WRAP_MAX_LINES at most, each fewer than
 * MIN_ROW_CELLS pieces); -1 when there is none.  A browser centres a row's
 * one-line cells (序号, target) on its wrapped name, so a page that opens
 * with such a row sets the name's first line above its number
 * (`“双百计划”项目中期考核通过` over `35 | = | 100 %` over `率`). */
static int first_grid_seq(finder *f, const jx_grid *grid)
{
    int rows = jx_grid_n_rows(grid);
    for (int r = 0; r <= SEQ_WRAP_MAX_LINES && r < rows; r++) {
        const jx_prow *row = peek_row(f, grid, r);
        int seq = row_seq(row);
        if (seq >= 1)
            return seq;
        if (row->cells->len >= MIN_ROW_CELLS)
            return -1;
    }
    return -1;
}

/* TRUE when `row` states a target (see states_target) in a cell past its
 * 序号, which states none. */
static gboolean states_target_past_seq(const jx_prow *row)
{
    for (guint i = row_seq(row) >= 1 ? 1 : 0; i < row->cells->len; i++) {
        jx_cell_kind k = ((const jx_pcell *)row->cells->pdata[i])->kind;
        if (target_kind(k) || k == JX_CK_MARK)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when unnumbered `row` is the line of the targets of the numbered row
 * above, which stated none: a browser sets a tall row's 序号, labels and
 * name on one line and its targets on the next (`35 | 满意指标 | 服务对象满意度`
 * over `指标 | ≥ | 87 | % | ≥ | 87 | %`).  It states a target, and its texts
 * are level labels or pieces of one at most (a name there is a row of its
 * own that went unnumbered). */
static gboolean targets_of_row_above(const jx_prow *row)
{
    if (!states_target_past_seq(row))
        return FALSE;
    for (guint i = 0; i < row->cells->len; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        if (c->kind == JX_CK_TEXT && !jx_taxonomy_label_tail(c->norm) &&
            !jx_taxonomy_label_piece(c->norm))
            return FALSE;
    }
    return TRUE;
}

/* TRUE when every row of `grid` that is no wrapped line (MIN_ROW_CELLS
 * pieces or more) carries a 序号, and they count on from `next` without a
 * gap.  Such a page goes on with the table whatever its width: a browser
 * lays each page of a form out from the cells on it, and a form whose rows
 * have widths of their own (labels written once, cells left off) sets a
 * later page in far fewer columns than the first; a page whose numbers
 * stray (a 序号 run into a label, one skipped) says less.  A numbered row
 * that states no target may have its targets on the next line, unnumbered
 * (targets_of_row_above). */
static gboolean numbered_throughout(finder *f, const jx_grid *grid, int next)
{
    int first = next;
    gboolean awaits_target = FALSE; /* the last numbered row stated no target */
    for (int r = 0; r < jx_grid_n_rows(grid); r++) {
        const jx_prow *row = peek_row(f, grid, r);
        int seq = row_seq(row);
        if (seq >= 1 && seq != next)
            return FALSE;
        if (seq >= 1) {
            next++;
            awaits_target = !states_target_past_seq(row);
        } else if (row->cells->len >= MIN_ROW_CELLS) {
            if (!(awaits_target && targets_of_row_above(row)))
                return FALSE;
            awaits_target = FALSE;
        }
    }
    return next > first;
}

/* A page a layout dump sets anew without the label columns (the labels of
 * its rows stood on an earlier page, so none of its text is there) holds
 * rows of a name and a target each: TARGET_PAGE_MIN_ROWS of them at least, and
 * TARGET_PAGE_SHARE of its rows of MIN_ROW_CELLS cells or more.  A form
 * without a 序号 column has no numbering to say that the page goes on with
 * the table; its rows say it. */
#define TARGET_PAGE_MIN_ROWS 3
#define TARGET_PAGE_SHARE 0.75

/* TRUE for the kind of a known level label (产出指标, 数量指标). */
static gboolean is_label_kind(jx_cell_kind k)
{
    return k == JX_CK_LEVEL1 || k == JX_CK_LEVEL2;
}

/* TRUE when `row` opens with a text (a name), past the level labels a
 * page may print in its rows (经济成本指标 | 成本节约率 | ≥ | 2 | %), and
 * states a target or a column mark (定性) after it. */
static gboolean name_then_target(const jx_prow *row)
{
    guint i = 0;
    if (row->cells->len < MIN_ROW_CELLS)
        return FALSE;
    while (i < row->cells->len && is_label_kind(((const jx_pcell *)row->cells->pdata[i])->kind))
        i++;
    if (i >= row->cells->len || ((const jx_pcell *)row->cells->pdata[i])->kind != JX_CK_TEXT)
        return FALSE;
    for (i++; i < row->cells->len; i++) {
        jx_cell_kind k = ((const jx_pcell *)row->cells->pdata[i])->kind;
        if (target_kind(k) || k == JX_CK_MARK)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when `h` has a column of a self-evaluation's (实际完成值, 分值,
 * 得分): its rows hold actual values and scores beside their targets, and a
 * page of them says nothing by names and targets alone. */
static gboolean self_evaluation_header(const jx_header *h)
{
    for (int c = 0; c < h->n_cols; c++)
        if (h->roles[c] == JX_ROLE_ACTUAL || h->roles[c] == JX_ROLE_WEIGHT ||
            h->roles[c] == JX_ROLE_SCORE)
            return TRUE;
    return FALSE;
}

/* TRUE when `grid`, on a later page than the target table's first row, is a
 * page of its rows without their label columns (see TARGET_PAGE_MIN_ROWS).
 * Its first row, not its last: a browser's print of a web page parts one
 * page into grids where the cells' left edges move (the label columns'
 * rowspans ended), and the second grid stands on the page the first
 * carried the table on to. */
static gboolean page_of_target_rows(finder *f, const jx_ptable *table, const jx_grid *grid)
{
    if (table->header->kind != JX_TABLE_TARGET || !table->rows->len ||
        self_evaluation_header(table->header))
        return FALSE;
    const jx_prow *first = table->rows->pdata[0];
    if (first->page <= 0 || jx_grid_row_page(grid, 0) <= first->page)
        return FALSE;
    int full = 0, targets = 0;
    for (int r = 0; r < jx_grid_n_rows(grid); r++) {
        const jx_prow *row = peek_row(f, grid, r);
        if (row->cells->len < MIN_ROW_CELLS)
            continue;
        full++;
        targets += name_then_target(row);
    }
    return targets >= TARGET_PAGE_MIN_ROWS && targets >= TARGET_PAGE_SHARE * full;
}

/* The most lines a page's short grid of a target table's rows may have
 * for the grid after it to say whether it continues the table (see
 * short_page_of_rows). */
#define SHORT_PAGE_MAX_ROWS 5

/* TRUE when `grid`, narrower than `table`'s header allows, is a short run
 * of lines on a later page than the table's last row: a layout dump sets a
 * page that holds one or two of the table's rows (their names and targets
 * wrapped, the label columns' characters beside them) in columns of its
 * own, too few to show the table's.  The next grid, the next page's rows,
 * says whether it goes on with the table. */
static gboolean short_page_of_rows(finder *f, const jx_ptable *table, const jx_grid *grid)
{
    if (table->header->kind != JX_TABLE_TARGET || !table->rows->len ||
        jx_grid_n_rows(grid) > SHORT_PAGE_MAX_ROWS)
        return FALSE;
    for (int r = 0; r < jx_grid_n_rows(grid); r++)
        if (name_then_target(peek_row(f, grid, r)))
            return FALSE;
    const jx_prow *last = table->rows->pdata[table->rows->len - 1];
    return last->page > 0 && jx_grid_row_page(grid, 0) > last->page &&
           jx_grid_row_page(grid, jx_grid_n_rows(grid) - 1) == jx_grid_row_page(grid, 0);
}

/*
 * A layout dump sets a self-evaluation's later page anew: the page is
 * narrower than the header's (its columns as wide as that page's text, the
 * label columns' pieces in fewer columns than the header had), so read by
 * order its cells land in the wrong columns, and read by width it does not
 * continue the table at all.  Its rows still end the same way, whatever the
 * widths: a name, the target (年度指标值), the actual (实际完成值), the weight
 * (分值) and the score (得分), two numbers side by side, then at most the
 * deviation text.  When the open header is a self-evaluation's, the grid
 * stands on a later page, is narrower than the header by more than
 * CONTINUATION_LOST_COLS, and SCORED_PAGE_MIN_ROWS rows or more put their
 * weight in the same column (no row puts it elsewhere), the columns are
 * mapped from there: the four before it to name, target, actual, the two
 * after to score and deviation, and those left of the name to the level-2,
 * level-1 and row-header columns, right to left.
 */
#define SCORED_PAGE_MIN_ROWS 2 /* one row's pair of numbers may be a total's */
/* …but one row whose level-1 and level-2 labels stand merged beside its
 * name (labelled_scored_row) is an indicator's: a total carries no labels */
#define SCORED_PAGE_MIN_LABELLED_ROWS 1

/* TRUE when `k` is a plain number's kind (a weight or a score). */
static gboolean number_kind(jx_cell_kind k)
{
    return k == JX_CK_INT || k == JX_CK_NUMBER;
}

/* TRUE when a word of `text` (its space-parted pieces, or all of it) is a
 * level label or a label's piece: label columns a layout dump merged. */
static gboolean holds_label_word(const char *text)
{
    char **words = g_strsplit(text, " ", -1);
    gboolean label = FALSE;
    for (int i = 0; words[i] && !label; i++)
        label = *words[i] && (jx_taxonomy_label_piece(words[i]) || jx_taxonomy_label_word(words[i]));
    g_strfreev(words);
    return label;
}

/*
 * A layout dump also sets two neighbouring columns' values in one cell when
 * the space between them is a single blank: the target and the actual
 * (`1.96平方米 2.14平方米`, `>95% 71%`) or the weight and the score
 * (`10 8`).  Such a cell holds exactly two space-parted parts, each a value
 * by its kind alone (a figure with its unit, a percentage, a date or a bare
 * number for a target or an actual; bare numbers for a weight and a score),
 * where a value and its unit (`19 条`) or an operator apart (`≥ 85 %`) is
 * one.  On a scored page it stands for two columns: the map gives the grid
 * column the first role, and the rows read are parted (part_scored_cell).
 */

/* Which values a cell set side by side may hold. */
typedef enum {
    PAIR_VALUES,  /* a target and an actual */
    PAIR_NUMBERS, /* a weight and a score */
} value_pair;

/* TRUE when cell text kind `k` is a value `pair` accepts. */
static gboolean pair_kind(value_pair pair, jx_cell_kind k)
{
    if (pair == PAIR_NUMBERS)
        return number_kind(k);
    return number_kind(k) || k == JX_CK_TARGET || k == JX_CK_DATE;
}

/* The byte offset in `raw` where the second of exactly two space-parted
 * values of `pair`'s kinds starts (see above), or 0.  A unit parted from
 * its figure (`≥28 万人 28 万人`) goes with the part before it.  `raw` is
 * trimmed. */
static gsize second_value_at(jx_facts *memo, const char *raw, value_pair pair)
{
    if (!strchr(raw, ' '))
        return 0;
    char **words = g_strsplit(raw, " ", -1);
    gsize at = 0, second = 0;
    int values = 0;
    for (int i = 0; words[i] && values <= 2; i++) {
        gsize len = strlen(words[i]);
        if (len && (values == 0 || jx_facts_of(memo, words[i])->kind != JX_CK_UNIT)) {
            values++; /* a value starts here (a unit goes on the one before) */
            if (values == 2)
                second = at;
        }
        at += len + 1;
    }
    g_strfreev(words);
    if (values != 2)
        return 0;
    char *first = g_strndup(raw, second);
    gboolean both = pair_kind(pair, jx_facts_of(memo, g_strstrip(first))->kind) &&
                    pair_kind(pair, jx_facts_of(memo, raw + second)->kind);
    g_free(first);
    return both ? second : 0;
}

/* How the rows of a scored page stand: the grid column of the weight, and
 * the column holding two values side by side (see above), or -1. */
typedef struct {
    int weight;
    int paired; /* == weight: the weight and the score; weight - 1: the target
                   and the actual */
} scored_shape;

/* TRUE when `name` can be a row's name: text that is no label nor a
 * label's piece (those stand there when label columns merged). */
static gboolean name_cell(const jx_pcell *name)
{
    return name && name->kind == JX_CK_TEXT && !holds_label_word(name->raw);
}

/* The shape of `row` when it ends name | target | actual | weight | score
 * (number cells for the last two, see name_cell) with at most one text cell
 * after them, two of those values in one cell allowed (see above); weight
 * -1 when it does not. */
static scored_shape scored_row_shape(finder *f, const jx_prow *row)
{
    scored_shape none = {-1, -1};
    if (row->cells->len < 3)
        return none;
    guint last = row->cells->len - 1;
    const jx_pcell *tail = row->cells->pdata[last];
    if (!number_kind(tail->kind) && !second_value_at(f->memo, tail->raw, PAIR_NUMBERS))
        last--; /* the deviation text */
    const jx_pcell *score = row->cells->pdata[last];
    scored_shape shape = {-1, -1};
    if (second_value_at(f->memo, score->raw, PAIR_NUMBERS))
        shape = (scored_shape){score->col, score->col};
    else if (last >= 1) {
        const jx_pcell *weight = row->cells->pdata[last - 1];
        if (number_kind(score->kind) && number_kind(weight->kind) &&
            score->col == weight->col + 1)
            shape.weight = weight->col;
    }
    int w = shape.weight;
    if (w < 0)
        return none;
    const jx_pcell *actual = jx_prow_cell(row, w - 1);
    if (!actual)
        return none;
    const jx_pcell *target = jx_prow_cell(row, w - 2), *name = jx_prow_cell(row, w - 3);
    if (target && name_cell(name))
        return shape;
    if (shape.paired < 0 && second_value_at(f->memo, actual->raw, PAIR_VALUES) &&
        name_cell(target))
        return (scored_shape){w, w - 1}; /* the target and the actual in one cell */
    return none;
}

/* The grid column of the name in `shape`'s rows. */
static int scored_name_column(scored_shape shape)
{
    return shape.weight - 3 + (shape.paired >= 0 && shape.paired < shape.weight);
}

/* TRUE when `text` is a level label or a label's piece (holds_label_word),
 * or one followed by the start of the group's weight the label carries
 * (`标(10` of 成本指标(10分)): the part before its first bracket is. */
static gboolean label_before_weight(const char *text)
{
    const char *bracket = strstr(text, "("), *wide = strstr(text, "（");
    if (!bracket || (wide && wide < bracket))
        bracket = wide;
    if (!bracket)
        return holds_label_word(text);
    char *head = g_strndup(text, (gsize)(bracket - text));
    gboolean label = *head && holds_label_word(head);
    g_free(head);
    return label;
}

/* The byte offset in `raw` where the second of exactly two space-parted
 * pieces starts when each is a level label or a label's piece (the first
 * one perhaps with its group's weight, label_before_weight):
 * the level-1 and level-2 label columns a layout dump merged side by side
 * (`成本指 经济成`, `标(10 本指标`), or 0.  `raw` is trimmed. */
static gsize second_label_at(const char *raw)
{
    const char *space = strchr(raw, ' ');
    if (!space || strchr(space + 1, ' ') || !space[1] || space == raw)
        return 0;
    char *first = g_strndup(raw, (gsize)(space - raw));
    gboolean both = label_before_weight(first) && holds_label_word(space + 1);
    g_free(first);
    return both ? (gsize)(space + 1 - raw) : 0;
}

/* TRUE when a cell of `grid` left of the name column of `shape` holds
 * space-parted pieces no map parts: anywhere but in the column just left
 * of the name, or not a level-1 piece beside a level-2 one (second_label_at;
 * part_merged_labels parts those). */
static gboolean labels_side_by_side(finder *f, const jx_grid *grid, scored_shape shape)
{
    int name = scored_name_column(shape);
    for (int r = 0; r < jx_grid_n_rows(grid); r++) {
        const jx_prow *row = peek_row(f, grid, r);
        for (guint i = 0; i < row->cells->len; i++) {
            const jx_pcell *c = row->cells->pdata[i];
            if (c->col >= name)
                break;
            if (strchr(c->raw, ' ') && (c->col != name - 1 || !second_label_at(c->raw)))
                return TRUE;
        }
    }
    return FALSE;
}

/* TRUE when scored row `row` of `shape` holds, just left of its name, the
 * level-1 and level-2 labels merged side by side (second_label_at): a row
 * of the indicators, as no total's row carries labels. */
static gboolean labelled_scored_row(const jx_prow *row, scored_shape shape)
{
    const jx_pcell *labels = jx_prow_cell(row, scored_name_column(shape) - 1);
    return labels && second_label_at(labels->raw) != 0;
}

/* The shape every scored row of `grid` has (see SCORED_PAGE_MIN_ROWS and
 * SCORED_PAGE_MIN_LABELLED_ROWS), or weight -1. */
static scored_shape scored_page_shape(finder *f, const jx_grid *grid)
{
    scored_shape shape = {-1, -1}, none = {-1, -1};
    int agreeing = 0, labelled = 0;
    for (int r = 0; r < jx_grid_n_rows(grid); r++) {
        const jx_prow *row = peek_row(f, grid, r);
        scored_shape s = scored_row_shape(f, row);
        if (s.weight < 0)
            continue;
        if (shape.weight >= 0 && (s.weight != shape.weight || s.paired != shape.paired))
            return none;
        shape = s;
        agreeing++;
        labelled += labelled_scored_row(row, s);
    }
    if ((agreeing < SCORED_PAGE_MIN_ROWS && labelled < SCORED_PAGE_MIN_LABELLED_ROWS) ||
        labels_side_by_side(f, grid, shape))
        return none;
    return shape;
}

/* `grid`'s columns → self-evaluation table `t`'s header's, read from the
 * weight column (see SCORED_PAGE_MIN_ROWS): a new array of the grid's
 * width, or NULL.  When one grid column holds two values side by side,
 * *paired is its column's header column for the second (else -1). */
static int *scored_page_column_map(finder *f, const jx_ptable *t, const jx_grid *grid,
                                   int *paired)
{
    const jx_header *h = t->header;
    int n = jx_grid_n_cols(grid);
    if (!self_evaluation_header(h) || n >= h->n_cols - CONTINUATION_LOST_COLS || !t->rows->len)
        return NULL;
    const jx_prow *last = t->rows->pdata[t->rows->len - 1];
    if (last->page <= 0 || jx_grid_row_page(grid, 0) <= last->page)
        return NULL; /* no page break: the grid's columns are the page's own */
    scored_shape shape = scored_page_shape(f, grid);
    if (shape.weight < 0)
        return NULL;
    const jx_role order[] = {JX_ROLE_ROWHEAD, JX_ROLE_LEVEL1, JX_ROLE_LEVEL2, JX_ROLE_NAME,
                             JX_ROLE_VALUE,   JX_ROLE_ACTUAL, JX_ROLE_WEIGHT, JX_ROLE_SCORE,
                             JX_ROLE_DEVIATION};
    const int at_weight = 6, n_order = (int)G_N_ELEMENTS(order);
    int *map = g_new(int, n), prev = -1, w = shape.weight, p = shape.paired;
    *paired = -1;
    for (int c = 0; c < n; c++) {
        /* the paired column takes two roles: it and those left of it stand
         * one role further left (target | actual), or those right of it one
         * further right (weight | score) */
        int k = c - w + at_weight - (p >= 0 && p < w && c <= p) + (p == w && c > p);
        map[c] = k >= 0 && k < n_order ? role_column(h, order[k]) : -1;
        if (c == p)
            *paired = k + 1 < n_order ? role_column(h, order[k + 1]) : -1;
        if (map[c] <= prev || (c == p && *paired <= map[c])) {
            g_free(map); /* a role the header lacks, or out of order */
            return NULL;
        }
        prev = c == p ? *paired : map[c];
    }
    return map;
}

/* Parts cell `i` of `row` at byte `at` of its text (a space-parted piece
 * begins there) into two cells in its place: the text before `at`
 * (trimmed) in grid column `left_col`, the rest in `right_col`, each of
 * its own kind; the cell's other fields stay on both. */
static void part_cell(finder *f, jx_prow *row, guint i, gsize at, int left_col, int right_col)
{
    jx_pcell *c = row->cells->pdata[i];
    char *first = g_strstrip(g_strndup(c->raw, at));
    jx_pcell like = *c;
    const jx_cell_facts *facts = jx_facts_of(f->memo, first);
    like.col = left_col;
    like.kind = facts->kind;
    jx_pcell *left = jx_pcell_new(&like, first, facts->norm);
    facts = jx_facts_of(f->memo, c->raw + at);
    like.col = right_col;
    like.kind = facts->kind;
    row->cells->pdata[i] = left;
    g_ptr_array_insert(row->cells, (gint)i + 1, jx_pcell_new(&like, c->raw + at, facts->norm));
    jx_pcell_free(c);
    g_free(first);
}

/* On a page scored_page_column_map mapped with a paired column, whose
 * second values go to header column `to` (the actual's or the score's):
 * the cell of remapped `row` in the column before it (the target's or the
 * weight's) that holds two such values side by side is parted, when
 * nothing stands in `to` yet. */
static void part_scored_cell(finder *f, jx_prow *row, const jx_header *h, int to)
{
    value_pair pair = h->roles[to] == JX_ROLE_SCORE ? PAIR_NUMBERS : PAIR_VALUES;
    int col = role_column(h, pair == PAIR_NUMBERS ? JX_ROLE_WEIGHT : JX_ROLE_VALUE);
    for (guint i = 0; i < row->cells->len; i++) {
        jx_pcell *c = row->cells->pdata[i];
        if (c->col != col)
            continue;
        gsize at = second_value_at(f->memo, c->raw, pair);
        if (at && !jx_prow_cell(row, to))
            part_cell(f, row, i, at, col, to);
        return;
    }
}

/*
 * A layout dump also sets a row's score and the first line of its deviation
 * text (偏差原因) in one cell when a single blank parts them (`7.3
 * 个别乡镇工作`, `6.8 尚未结算，资金`): the score column stays empty and the
 * cell stands in the score's or the deviation's column.  The cell is a
 * bare number, a blank and text that is no unit (`42 条` is an actual
 * with its unit), and the number is no more than the row's weight (a score
 * never is).
 */

/* The byte offset in `raw` where the deviation text starts when `raw` is a
 * score no more than `weight` (the row's weight, a number cell), a blank
 * and text that is no unit (see above), or 0.  `raw` is trimmed. */
static gsize deviation_after_score(jx_facts *memo, const char *raw, const jx_pcell *weight)
{
    const char *space = strchr(raw, ' ');
    if (!space || space == raw || !space[1])
        return 0;
    const jx_cell_facts *facts = jx_facts_of(memo, space + 1);
    if (facts->kind != JX_CK_TEXT)
        return 0;
    char *first = g_strndup(raw, (gsize)(space - raw));
    facts = jx_facts_of(memo, first);
    gboolean score = number_kind(facts->kind) && facts->norm && weight->norm &&
                     g_ascii_strtod(facts->norm, NULL) <= g_ascii_strtod(weight->norm, NULL);
    g_free(first);
    return score ? (gsize)(space + 1 - raw) : 0;
}

/* In a self-evaluation table of header `h`: the cell of `row` that holds
 * the score and the deviation text side by side (deviation_after_score),
 * standing in the score's column or in the deviation's with nothing in the
 * score's, is parted into the two columns, when the row has its weight and
 * nothing else stands in the deviation column.  `row`'s columns are
 * `h`'s. */
static void part_score_from_deviation(finder *f, jx_prow *row, const jx_header *h)
{
    int weight = role_column(h, JX_ROLE_WEIGHT), score = role_column(h, JX_ROLE_SCORE);
    int deviation = role_column(h, JX_ROLE_DEVIATION);
    if (weight < 0 || score != weight + 1 || deviation != score + 1)
        return;
    const jx_pcell *w = jx_prow_cell(row, weight);
    if (!w || !number_kind(w->kind))
        return;
    const jx_pcell *in_score = jx_prow_cell(row, score), *in_dev = jx_prow_cell(row, deviation);
    if ((in_score && in_dev) || (!in_score && !in_dev))
        return;
    for (guint i = 0; i < row->cells->len; i++) {
        jx_pcell *c = row->cells->pdata[i];
        if (c != in_score && c != in_dev)
            continue;
        gsize at = deviation_after_score(f->memo, c->raw, w);
        if (at)
            part_cell(f, row, i, at, score, deviation);
        return;
    }
}

/*
 * A layout dump also sets a row's actual and its weight in one cell when a
 * single blank parts them (`基本达成 15`, `达到预期目标 6`): the row's weight
 * column stays empty on the line that holds its score.  Which column is
 * the weight's the grid's other rows say (grid_weight_column): there they
 * end in two number cells side by side, the weight and the score.  The
 * cell just left of the empty weight column ends in a bare number no less
 * than the row's score (a weight never is less), after a value that is no
 * operator nor unit alone (`不少于 90` is a target, `万元 10` a unit's line
 * beside a weight).
 */
#define WEIGHT_COLUMN_MIN_ROWS 2 /* as SCORED_PAGE_MIN_ROWS: one row's pair may be a total's */
#define WEIGHT_COLUMN_UNKNOWN (-2) /* grid_weight_column not asked yet */

/* The grid column where `grid`'s rows hold their weight: the first of two
 * number cells side by side with no number cell after them, in
 * WEIGHT_COLUMN_MIN_ROWS rows or more and in more rows than any other
 * column; -1 when none. */
static int grid_weight_column(finder *f, const jx_grid *grid)
{
    int n = jx_grid_n_cols(grid), best = -1;
    int *rows = g_new0(int, n + 1);
    for (int r = 0; r < jx_grid_n_rows(grid); r++) {
        const jx_prow *row = peek_row(f, grid, r);
        int last = -1; /* the row's last number cell's index */
        for (guint i = 0; i < row->cells->len; i++)
            if (number_kind(((const jx_pcell *)row->cells->pdata[i])->kind))
                last = (int)i;
        if (last < 1)
            continue;
        const jx_pcell *weight = row->cells->pdata[last - 1], *score = row->cells->pdata[last];
        if (number_kind(weight->kind) && score->col == weight->col + 1 && weight->col < n)
            rows[weight->col]++;
    }
    for (int c = 0; c < n; c++)
        if (rows[c] >= WEIGHT_COLUMN_MIN_ROWS && (best < 0 || rows[c] > rows[best]))
            best = c;
    for (int c = 0; best >= 0 && c < n; c++)
        if (c != best && rows[c] == rows[best])
            best = -1; /* two columns as likely: neither */
    g_free(rows);
    return best;
}

/* The byte offset in `raw` where the weight starts when `raw` is a value, a
 * blank and a bare number no less than `score` (see above), or 0.  `raw` is
 * trimmed; `score` is a number cell. */
static gsize weight_after_actual(jx_facts *memo, const char *raw, const jx_pcell *score)
{
    const char *space = strrchr(raw, ' ');
    if (!space || space == raw || !space[1] || !score->norm)
        return 0;
    const jx_cell_facts *facts = jx_facts_of(memo, space + 1);
    if (!number_kind(facts->kind) || !facts->norm ||
        g_ascii_strtod(facts->norm, NULL) < g_ascii_strtod(score->norm, NULL))
        return 0;
    char *first = g_strstrip(g_strndup(raw, (gsize)(space - raw)));
    jx_cell_kind kind = jx_facts_of(memo, first)->kind;
    g_free(first);
    return kind != JX_CK_EMPTY && kind != JX_CK_OP && kind != JX_CK_UNIT
               ? (gsize)(space + 1 - raw)
               : 0;
}

/* The cell of grid row `row` just left of grid column `weight` (the
 * grid's weight column, grid_weight_column) that holds an actual and the
 * weight side by side (weight_after_actual) is parted into its column and
 * `weight`, when the row's score (a number) stands right of `weight` and
 * nothing in it.  `row`'s columns are the grid's. */
static void part_weight_from_actual(finder *f, jx_prow *row, int weight)
{
    const jx_pcell *score = jx_prow_cell(row, weight + 1);
    if (weight < 1 || jx_prow_cell(row, weight) || !score || !number_kind(score->kind))
        return;
    for (guint i = 0; i < row->cells->len; i++) {
        jx_pcell *c = row->cells->pdata[i];
        if (c->col != weight - 1)
            continue;
        gsize at = weight_after_actual(f->memo, c->raw, score);
        if (at)
            part_cell(f, row, i, at, weight - 1, weight);
        return;
    }
}

/* On a page scored_page_column_map mapped, whose column left of the names
 * may hold the level-1 and level-2 labels merged (second_label_at): the
 * cell of remapped `row` in the level-2 column holding a level-1 label's
 * piece beside a level-2 one is parted, the first piece to the level-1
 * column; one holding a piece of a group weight alone (`0分)` of
 * 满意度指标(10分), the level-1 label's last line; no bare number) goes
 * there whole.  Only
 * when nothing stands in the level-1 column yet. */
static void part_merged_labels(finder *f, jx_prow *row, const jx_header *h)
{
    int level1 = role_column(h, JX_ROLE_LEVEL1), level2 = role_column(h, JX_ROLE_LEVEL2);
    if (level1 < 0 || level2 < 0 || jx_prow_cell(row, level1))
        return;
    for (guint i = 0; i < row->cells->len; i++) {
        jx_pcell *c = row->cells->pdata[i];
        if (c->col != level2)
            continue;
        if (!number_kind(c->kind) && c->norm && jx_weight_piece_only(c->norm)) {
            c->col = level1; /* the cells before it stand left of level2 */
            return;
        }
        gsize at = second_label_at(c->raw);
        if (at)
            part_cell(f, row, i, at, level1, level2);
        return;
    }
}

/* On a page scored_page_column_map mapped, whose first column may mix the
 * level-1 and level-2 labels' pieces: a row of no weight or score whose
 * name column holds a label's piece (`响指标` under `可持续影`) with nothing
 * in the level-2 column has that piece in the level-2 column instead, where
 * it goes on the label above (not on the name).  `row` is remapped. */
static void lower_label_piece(jx_prow *row, const jx_header *h)
{
    int name = role_column(h, JX_ROLE_NAME), level2 = role_column(h, JX_ROLE_LEVEL2);
    int weight = role_column(h, JX_ROLE_WEIGHT), score = role_column(h, JX_ROLE_SCORE);
    if (name < 0 || level2 < 0 || level2 > name)
        return;
    jx_pcell *piece = NULL;
    for (guint i = 0; i < row->cells->len; i++) {
        jx_pcell *c = row->cells->pdata[i];
        if (c->col == level2 || c->col == weight || c->col == score)
            return;
        if (c->col == name)
            piece = c;
    }
    if (piece && holds_label_word(piece->raw) && !strchr(piece->raw, ' '))
        piece->col = level2; /* the cells before it stand left of level2 */
}

/* Does this headerless grid look like more rows of `table`?  Same width give
 * or take the cells a converter drops, not a note, and — for target tables —
 * rows that state targets or fit the table's columns.  A page of target rows
 * (page_of_target_rows) continues the table however narrow it is: a web
 * page printed to PDF sets its vertical labels' characters (产/出/指/标) and
 * the header's in columns of their own, so the first page's grid has many
 * more columns filled than a later page of names and targets. */
static continuation continues(finder *f, const jx_ptable *table, const jx_grid *grid)
{
    int width = jx_grid_n_cols(grid), cols = table->header->n_cols;
    if (width < 2)
        return CONTINUES_NO;
    int paired;
    int *scored = row_note_kind(peek_row(f, grid, 0)) == JX_NOTE_NONE
                      ? scored_page_column_map(f, table, grid, &paired)
                      : NULL;
    if (scored) {
        g_free(scored);
        return CONTINUES_YES; /* a self-evaluation's page laid out afresh */
    }
    int last = last_row_seq(table);
    gboolean narrow = (width < filled_columns(table) - CONTINUATION_LOST_COLS &&
                       !page_of_target_rows(f, table, grid) &&
                       !(last >= 1 && numbered_throughout(f, grid, last + 1))) ||
                      (width < cols - CONTINUATION_LOST_COLS &&
                       (last < 1 || first_grid_seq(f, grid) != last + 1) &&
                       !page_of_target_rows(f, table, grid));
    if (narrow)
        return row_note_kind(peek_row(f, grid, 0)) == JX_NOTE_NONE &&
                       short_page_of_rows(f, table, grid)
                   ? CONTINUES_PAST
                   : CONTINUES_NO;
    if (row_note_kind(peek_row(f, grid, 0)) != JX_NOTE_NONE)
        return CONTINUES_NO;
    if (table->header->kind != JX_TABLE_TARGET)
        return width <= cols + CONTINUATION_EXTRA_COLS ? CONTINUES_YES : CONTINUES_NO;
    /* Space-aligned dumps can split a page into more columns than the
     * header had; rows that state targets still say whose rows they are. */
    if (width > CONTINUATION_MAX_WIDTH_FACTOR * cols)
        return CONTINUES_NO;
    /* Lines of one or two pieces that state nothing (a layout dump's wrapped
     * cells) say nothing either way; the others must mostly fit.  Stop as
     * soon as the answer is settled; the rows built stay for the reading. */
    int rows = jx_grid_n_rows(grid), fitting = 0, telling = 0;
    for (int r = 0; r < rows; r++) {
        const jx_prow *row = peek_row(f, grid, r);
        gboolean fits = states_target(row) || fits_header(table->header, row);
        if (fits || row->cells->len >= MIN_ROW_CELLS) {
            telling++;
            fitting += fits;
        }
        if (fitting * 2 > rows || (telling - fitting) * 2 > rows)
            break;
    }
    if (telling == 0)
        return CONTINUES_UNSURE;
    return fitting > 0 && fitting * 2 >= telling ? CONTINUES_YES : CONTINUES_NO;
}

/*
 * A target table continued in a table of its own may add a column: a form
 * whose first part has no 名称 column sets its work items (加强项目全过程管理
 * …等) beside the names in the part that continues it, one column more than
 * the header.  Under the open header's columns the work items took the
 * names' column and the names the targets'.  When the continuing grid is
 * one column wider than a header whose name column is followed by value
 * columns alone, and most of its rows that state a target hold text (no
 * label) both in the column of the header's names and in the next one, the
 * header gets a work-item column before its names, and the rows it has
 * taken move right of it.
 */
#define WORK_ITEM_MIN_ROWS 2

/* TRUE when role `r` is a target's (a value column and its parts). */
static gboolean is_value_role(jx_role r)
{
    return r == JX_ROLE_VALUE || r == JX_ROLE_OP || r == JX_ROLE_UNIT || r == JX_ROLE_HALF_VALUE ||
           r == JX_ROLE_HALF_OP || r == JX_ROLE_HALF_UNIT;
}

/* TRUE when cell `c` is plain text of its own (no label, no target). */
static gboolean plain_text(const jx_pcell *c)
{
    return c && !c->spanned && !c->rowhead && c->kind == JX_CK_TEXT;
}

/* The open header's name column when `grid` adds a work-item column before
 * it (see WORK_ITEM_MIN_ROWS), else -1. */
static int added_work_item_column(finder *f, const jx_grid *grid)
{
    const jx_header *h = f->open->header;
    int name = -1;
    for (int c = 0; c < h->n_cols; c++) {
        if (h->roles[c] == JX_ROLE_TASK)
            return -1;
        if (h->roles[c] == JX_ROLE_NAME)
            name = name < 0 ? c : -2;
    }
    if (name < 0 || name + 1 >= h->n_cols || jx_grid_n_cols(grid) != h->n_cols + 1)
        return -1;
    for (int c = name + 1; c < h->n_cols; c++)
        if (!is_value_role(h->roles[c]) && h->roles[c] != JX_ROLE_NONE)
            return -1;
    int targets = 0, both = 0;
    for (int r = 0; r < jx_grid_n_rows(grid); r++) {
        const jx_prow *row = peek_row(f, grid, r);
        if (!states_target(row))
            continue;
        targets++;
        both += plain_text(jx_prow_cell(row, name)) && plain_text(jx_prow_cell(row, name + 1));
    }
    return both >= WORK_ITEM_MIN_ROWS && both * 2 > targets ? name : -1;
}

/* Gives the open header a column at `at` of role `role` headed `text`:
 * the cells of the rows taken so far, and the foot cells noted, from `at`
 * on move one column right. */
static void insert_open_column(finder *f, int at, jx_role role, const char *text)
{
    jx_header_insert_column(f->open->header, at, role, text);
    for (guint i = 0; i < f->open->rows->len; i++) {
        jx_prow *row = f->open->rows->pdata[i];
        for (guint k = 0; k < row->cells->len; k++) {
            jx_pcell *c = row->cells->pdata[k];
            if (c->col >= at)
                c->col++;
        }
    }
    GHashTable *foot = g_hash_table_new(g_direct_hash, g_direct_equal);
    GHashTableIter it;
    gpointer key, value;
    g_hash_table_iter_init(&it, f->foot);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        int col = GPOINTER_TO_INT(key);
        g_hash_table_insert(foot, GINT_TO_POINTER(col >= at ? col + 1 : col), value);
    }
    g_hash_table_unref(f->foot);
    f->foot = foot;
}

/*
 * A row header merged down the whole table (年度绩效指标) is set a character
 * a line, centred on its rows, in a column of its own: a page that holds
 * none of its characters (the cell drawn with no rules) loses that column
 * in its grid, and a later page that holds them has one column more than
 * the header read on the first — every label, name and target one column
 * right of the header's.  A continuing grid one column wider than an open
 * header that opens with its level-1 column (the row header's column left
 * out), whose first column holds one character a line at most and those
 * join into a part of a row-header word (ROWHEAD_MIN_CHARS of it at least),
 * gives the open header that column first, of no role.
 *
 * Two characters at least: one alone (指, 标) is as often the last piece of
 * a label wrapped a character a line as a row header's.
 */
#define ROWHEAD_MIN_CHARS 2

/* TRUE when `text` is a part of a row-header word of the header vocabulary
 * (see ROWHEAD_MIN_CHARS). */
static gboolean part_of_rowhead(const char *text)
{
    if (g_utf8_strlen(text, -1) < ROWHEAD_MIN_CHARS)
        return FALSE;
    for (gsize i = 0; i < jx_header_vocab_size(); i++) {
        const char *w = jx_header_vocab_word(i);
        if (strstr(w, text) && jx_header_word_role(w) == JX_ROLE_ROWHEAD)
            return TRUE;
    }
    return FALSE;
}

/* TRUE when more of `grid`'s figures stand under the open header's value
 * column one column to their left than under the one of their own: the
 * grid's columns are the header's moved one right (not a page that lost
 * an empty label column and parted a value column).  Combined targets
 * (=100%, ≥139场次) count as figures: a form that writes every target so
 * has no bare number to say it.  No known level-2 label (时效指标) may
 * stand in the header's own level-2 column, where the move would read it
 * as a level-1 label: that is a layout dump's label column that stayed put
 * while the figures moved (a wide row-header piece at the margin made the
 * grid a column wider). */
static gboolean targets_fit_shifted(finder *f, const jx_grid *grid)
{
    const jx_header *h = f->open->header;
    int shifted = 0, own = 0, labels_own = 0;
    for (int r = 0; r < jx_grid_n_rows(grid); r++) {
        const jx_prow *row = peek_row(f, grid, r);
        for (guint i = 0; i < row->cells->len; i++) {
            const jx_pcell *c = row->cells->pdata[i];
            if (c->kind == JX_CK_LEVEL2) {
                labels_own += c->col < h->n_cols && h->roles[c->col] == JX_ROLE_LEVEL2;
                continue;
            }
            if (c->kind != JX_CK_NUMBER && c->kind != JX_CK_INT && c->kind != JX_CK_TARGET)
                continue;
            own += c->col < h->n_cols && h->roles[c->col] == JX_ROLE_VALUE;
            shifted += c->col >= 1 && c->col - 1 < h->n_cols && h->roles[c->col - 1] == JX_ROLE_VALUE;
        }
    }
    return shifted > own && labels_own == 0;
}

/* A row-header column two to four characters wide wraps its word a few
 * characters a line (`年度` / `绩效` / `指标`, or a browser's print of a web
 * page `年度绩效` / `指标`, set beside the row whose tall
 * padding joined the header's part of the table to the rows below it in a
 * layout dump): pieces this long at most, which join into a whole
 * row-header word (a part of one, `指标`, is as often a label's tail).  In
 * the rows right under a header read alone (none taken yet) the whole word
 * says what the column is where the figures cannot: a header that stacks
 * two words in one column (指标内容 over 运算符号) has fewer columns than its
 * rows, and its value column stands left of theirs either way.  A page
 * that continues rows already read keeps to their columns (a page's grid
 * may part a column the header's rows did not). */
#define ROWHEAD_WIDE_PIECE_MAX_CHARS 4

/* TRUE when column 0 of `grid` holds a row header's pieces alone, joined
 * one character a line into a part of a row-header word, or a few a line
 * into a whole one (see ROWHEAD_MIN_CHARS, ROWHEAD_WIDE_PIECE_MAX_CHARS);
 * `*whole` says which. */
static gboolean rowhead_pieces(const jx_grid *grid, gboolean *whole)
{
    GString *joined = g_string_new(NULL);
    glong longest = 0;
    for (int r = 0; r < jx_grid_n_rows(grid) && longest <= ROWHEAD_WIDE_PIECE_MAX_CHARS; r++) {
        const jx_cell *cell = jx_grid_cell(grid, r, 0);
        if (!cell || !*jx_cell_text(cell))
            continue;
        char *norm = jx_norm_text(jx_cell_text(cell));
        longest = MAX(longest, g_utf8_strlen(norm, -1));
        g_string_append(joined, norm);
        g_free(norm);
    }
    *whole = longest > 1 && longest <= ROWHEAD_WIDE_PIECE_MAX_CHARS &&
             jx_header_is_rowhead(joined->str);
    gboolean pieces = *whole || (longest == 1 && part_of_rowhead(joined->str));
    g_string_free(joined, TRUE);
    return pieces;
}

/* TRUE when `grid` adds a row-header column before the open header's
 * columns (see ROWHEAD_MIN_CHARS). */
static gboolean added_rowhead_column(finder *f, const jx_grid *grid)
{
    const jx_header *h = f->open->header;
    if (jx_grid_n_cols(grid) <= h->n_cols || h->n_cols < 1 || h->roles[0] != JX_ROLE_LEVEL1)
        return FALSE; /* the first page's first column is no label column of its own */
    gboolean whole = FALSE;
    if (!rowhead_pieces(grid, &whole))
        return FALSE;
    if (whole && f->open->rows->len == 0)
        return TRUE; /* the header's first rows: nothing read yet fits its columns */
    return jx_grid_n_cols(grid) == h->n_cols + 1 && targets_fit_shifted(f, grid);
}

/* Gives the open header a work-item column at `at` (see
 * WORK_ITEM_MIN_ROWS). */
static void add_work_item_column(finder *f, int at)
{
    for (guint i = 0; i < f->open->rows->len; i++)
        ((jx_prow *)f->open->rows->pdata[i])->before_task = TRUE;
    insert_open_column(f, at, JX_ROLE_TASK, "名称");
}

/*
 * A ruled table continued on the next page may draw a rule the part above
 * did not: a header word spanning two columns (二级指标 over a label column
 * and a third level's beside it, used by later rows only) heads one column
 * on a page whose rows all span both, two where the rows part them.  Read
 * by order, the continuation's cells from that rule on stood a column right
 * of their headers (names under 计算符号, a level-2 label taken for a
 * level-1 one).  When the continuing grid is one column wider than the
 * header and its cells' boxes show two of its columns side by side within
 * one column of the rows above — every other column standing where one of
 * the header's does, in order — the header gets a column of no role after
 * that one, as a header word spanning both reads.  Edges match within
 * SPLIT_EDGE_SLACK points.
 */
#define SPLIT_EDGE_SLACK 2.0

/* The horizontal extent of the cells of one column alone (colspan 1) with
 * a box: of grid column `c` (`grid` set) or of the open table's column `c`
 * in the rows it has taken.  FALSE when no such cell says. */
static gboolean grid_column_extent(const jx_grid *grid, int c, double *x0, double *x1)
{
    for (int r = 0; r < jx_grid_n_rows(grid); r++) {
        const jx_cell *cell = jx_grid_cell(grid, r, c);
        if (cell && jx_cell_colspan(cell) == 1 && jx_cell_box(cell, x0, NULL, x1, NULL))
            return TRUE;
    }
    return FALSE;
}

/* The extent of row `row`'s cell in column `c` when it is that column's
 * alone, with a box. */
static gboolean prow_cell_extent(const jx_prow *row, int c, double *x0, double *x1)
{
    const jx_pcell *p = jx_prow_cell(row, c);
    return p && !p->spanned && p->origin && jx_cell_colspan(p->origin) == 1 &&
           jx_cell_box(p->origin, x0, NULL, x1, NULL);
}

static gboolean open_column_extent(const finder *f, int c, double *x0, double *x1)
{
    for (guint i = f->open->rows->len; i-- > 0;)
        if (prow_cell_extent(f->open->rows->pdata[i], c, x0, x1))
            return TRUE;
    return FALSE;
}

/* TRUE when extent [a0, a1) lies within [b0, b1) (see SPLIT_EDGE_SLACK). */
static gboolean extent_within(double a0, double a1, double b0, double b1)
{
    return a0 >= b0 - SPLIT_EDGE_SLACK && a1 <= b1 + SPLIT_EDGE_SLACK;
}

/* The open header's column that `grid` parts in two (see SPLIT_EDGE_SLACK),
 * else -1. */
static int parted_open_column(const finder *f, const jx_grid *grid)
{
    int cols = f->open->header->n_cols;
    if (jx_grid_n_cols(grid) != cols + 1)
        return -1;
    int parted = -1;
    for (int k = 0; k < cols; k++) {
        double h0, h1, a0, a1, b0, b1;
        int c = k + (parted >= 0);
        if (!open_column_extent(f, k, &h0, &h1))
            continue; /* no cell of its own above says where it stands */
        gboolean first = grid_column_extent(grid, c, &a0, &a1);
        if (parted < 0 && first && grid_column_extent(grid, c + 1, &b0, &b1) &&
            extent_within(a0, b1, h0, h1) && a1 < h1 - SPLIT_EDGE_SLACK) {
            parted = k;
            continue;
        }
        if (first && !(extent_within(a0, a1, h0, h1) && extent_within(h0, h1, a0, a1)))
            return -1;
    }
    return parted;
}

/*
 * A page continued without its leading columns may also part a column the
 * header's page did not (a label column whose later rows set a level-1 and
 * a level-2 label side by side, 效益指标 | 社会效益指标, under 二级指标): its
 * grid then has as many columns as the header, or fewer, and read by order
 * each column stands left of its own (a level-2 label, 成本指标, in the
 * level-1 slot).  The cells' boxes say where each column stands: when
 * every column of the grid lies within one column of the header's page
 * (see SPLIT_EDGE_SLACK), in order, two of them within one, and not all
 * where their order puts them, the page's columns map to those.
 */

/* The horizontal extent of the open table's column `c` in the rows read
 * on its header's page (the first part), whose columns are the header's.
 * FALSE when no cell of its own there says. */
static gboolean header_page_column_extent(const finder *f, int c, double *x0, double *x1)
{
    for (guint i = 0; i < f->open->rows->len; i++) {
        const jx_prow *row = f->open->rows->pdata[i];
        if (i > 0 && row->page_start)
            break;
        if (prow_cell_extent(row, c, x0, x1))
            return TRUE;
    }
    return FALSE;
}

/* The open header's column holding the extent of `grid`'s column `c`,
 * else -1. */
static int header_column_holding(const finder *f, const jx_grid *grid, int c)
{
    double a0, a1, h0, h1;
    if (!grid_column_extent(grid, c, &a0, &a1))
        return -1;
    for (int k = 0; k < f->open->header->n_cols; k++)
        if (header_page_column_extent(f, k, &h0, &h1) && extent_within(a0, a1, h0, h1))
            return k;
    return -1;
}

/* `grid`'s columns → the open header's by their boxes (see above): a new
 * array of the grid's width, or NULL. */
static int *parted_page_column_map(const finder *f, const jx_grid *grid)
{
    int n = jx_grid_n_cols(grid);
    if (n < 2 || n > f->open->header->n_cols)
        return NULL;
    int *map = g_new(int, n);
    gboolean parted = FALSE, moved = FALSE;
    for (int c = 0; c < n; c++) {
        map[c] = header_column_holding(f, grid, c);
        if (map[c] < 0 || (c > 0 && map[c] < map[c - 1])) {
            g_free(map);
            return NULL;
        }
        parted |= c > 0 && map[c] == map[c - 1];
        moved |= map[c] != c;
    }
    if (!parted || !moved)
        g_clear_pointer(&map, g_free);
    return map;
}

/*
 * A page a layout dump sets anew may drop the row-header column (年度绩效指标,
 * one merged cell heading the whole table, empty on the page): its grid is
 * one column narrower than the header, and read by order each of its
 * columns stands left of its own (a name under the work items' column, a
 * work item under the level-2 labels').  When the header's first column is
 * that row header, it has no column of no role (a header word a column
 * apart from its cells: then the page drops that one), its work items'
 * column is followed by the names', and DROPPED_ROWHEAD_MIN_ROWS of the
 * grid's rows or more hold text in the two grid columns left of those —
 * a work item and a name side by side, one column left of their own — and
 * more of them than beside it in the columns themselves, the grid's
 * columns are the header's from the second on.  A grid whose cells have
 * boxes is placed by them (see parted_page_column_map).
 */
#define DROPPED_ROWHEAD_MIN_ROWS 2

/* TRUE when every column of header `h` has a role. */
static gboolean all_columns_have_roles(const jx_header *h)
{
    for (int c = 0; c < h->n_cols; c++)
        if (h->roles[c] == JX_ROLE_NONE)
            return FALSE;
    return TRUE;
}

/* TRUE when some cell of `grid` has a box. */
static gboolean grid_has_boxes(const jx_grid *grid)
{
    for (int r = 0; r < jx_grid_n_rows(grid); r++)
        for (int c = 0; c < jx_grid_n_cols(grid); c++) {
            const jx_cell *cell = jx_grid_cell(grid, r, c);
            if (cell && jx_cell_box(cell, NULL, NULL, NULL, NULL))
                return TRUE;
        }
    return FALSE;
}

/* How many of `grid`'s rows hold plain text in both grid columns `c` and
 * `c` + 1. */
static int rows_with_text_pair(finder *f, const jx_grid *grid, int c)
{
    int pairs = 0;
    for (int r = 0; r < jx_grid_n_rows(grid); r++) {
        const jx_prow *row = peek_row(f, grid, r);
        pairs += plain_text(jx_prow_cell(row, c)) && plain_text(jx_prow_cell(row, c + 1));
    }
    return pairs;
}

/* `grid`'s columns → the open header's past its row-header column (see
 * DROPPED_ROWHEAD_MIN_ROWS): a new array of the grid's width, or NULL. */
static int *dropped_rowhead_column_map(finder *f, const jx_grid *grid)
{
    const jx_header *h = f->open->header;
    int n = jx_grid_n_cols(grid), task = -1;
    if (n < 2 || n + 1 != h->n_cols || h->roles[0] != JX_ROLE_ROWHEAD ||
        !all_columns_have_roles(h) || grid_has_boxes(grid) || !f->open->rows->len)
        return NULL;
    const jx_prow *last = f->open->rows->pdata[f->open->rows->len - 1];
    if (last->page <= 0 || jx_grid_row_page(grid, 0) <= last->page)
        return NULL; /* no page break: the grid's columns are the page's own */
    for (int c = 1; c + 1 < h->n_cols && task < 0; c++)
        if (h->roles[c] == JX_ROLE_TASK && h->roles[c + 1] == JX_ROLE_NAME)
            task = c;
    if (task < 0)
        return NULL;
    int moved = rows_with_text_pair(f, grid, task - 1);
    if (moved < DROPPED_ROWHEAD_MIN_ROWS || moved <= rows_with_text_pair(f, grid, task))
        return NULL;
    int *map = g_new(int, n);
    for (int c = 0; c < n; c++)
        map[c] = c + 1;
    return map;
}

/*
 * A page a layout dump sets anew may drop the row-header column (年度绩效指标,
 * its characters set a line each on the rows of another page) while its
 * label columns hold text: the page's first column is then the level-1
 * labels' (`效益` over `指标`), its second the level-2 labels' (`质量` over
 * `指标`), and read by order each label lands one column left of its own
 * (a level-2 label read as level-1, a level-1 label as the row header).
 * When the header opens with the row header and the two label columns, the
 * grid is narrower than the header, its first column's stacked pieces join
 * into level-1 labels only (LABEL_STACK_MIN of them at least; no row-header
 * word, no other text) and its second column's into level-2 labels at
 * least as often as into anything else, the grid's label columns are the
 * header's second and third, and its later columns the header's columns
 * of a role after them, in order.  Vocabulary, not cell kind, tells the
 * label columns: a borderless page's names are text as its labels are.
 * Not a self-evaluation's page: its last row's deviation text runs over
 * the break, the page's first label piece (`服务对`) goes into that row
 * with it, and in the level-2 column it made the level-2 label above one
 * with the next group's (社会效益指标服务对象满意度指标).
 */
#define LABEL_STACK_MIN 1

/* How many labels of level `level` (jx_taxonomy_label_within) the texts of
 * `grid`'s column `c` make, joined in row order, each label's pieces (a
 * label wrapped a few characters a line, centred on its rows: blank lines
 * may part them) up to where the label is whole; -1 when a cell holds
 * anything but a label or a piece of one (a name), or the column's text
 * joined is the row header's (年/度/绩/效/指/标). */
static int column_labels(const jx_grid *grid, int c, int level)
{
    int labels = 0;
    GString *all = g_string_new(NULL), *acc = g_string_new(NULL);
    for (int r = 0; r < jx_grid_n_rows(grid) && labels >= 0; r++) {
        const jx_cell *cell = jx_grid_cell(grid, r, c);
        const char *text = cell ? jx_cell_text(cell) : "";
        if (!*text)
            continue;
        if (!jx_taxonomy_label_word(text) && !jx_taxonomy_label_piece(text)) {
            labels = -1;
            break;
        }
        g_string_append(all, text);
        g_string_append(acc, text);
        char *label = jx_taxonomy_label_within(acc->str, level);
        if (label) {
            labels++;
            g_string_truncate(acc, 0);
        }
        g_free(label);
    }
    if (jx_taxonomy_row_header_word(all->str) || jx_taxonomy_row_header_part(all->str))
        labels = -1;
    g_string_free(all, TRUE);
    g_string_free(acc, TRUE);
    return labels;
}

/* `grid`'s columns → the open header's when the page dropped the row-header
 * column before its label columns (see LABEL_STACK_MIN): a new array of the
 * grid's width, or NULL. */
static int *dropped_rowhead_label_map(finder *f, const jx_grid *grid)
{
    const jx_header *h = f->open->header;
    int n = jx_grid_n_cols(grid);
    if (n < 3 || n >= h->n_cols || h->n_cols < 4 || h->roles[0] != JX_ROLE_ROWHEAD ||
        h->roles[1] != JX_ROLE_LEVEL1 || h->roles[2] != JX_ROLE_LEVEL2 ||
        self_evaluation_header(h) || grid_has_boxes(grid) || !f->open->rows->len)
        return NULL;
    const jx_prow *last = f->open->rows->pdata[f->open->rows->len - 1];
    if (last->page <= 0 || jx_grid_row_page(grid, 0) <= last->page)
        return NULL; /* no page break: the grid's columns are the page's own */
    if (column_labels(grid, 0, 1) < LABEL_STACK_MIN || column_labels(grid, 1, 2) < LABEL_STACK_MIN)
        return NULL;
    int *map = g_new(int, n);
    map[0] = 1;
    map[1] = 2;
    int to = 3;
    for (int c = 2; c < n; c++, to++) {
        while (to < h->n_cols && h->roles[to] == JX_ROLE_NONE)
            to++;
        if (to >= h->n_cols) {
            g_free(map);
            return NULL;
        }
        map[c] = to;
    }
    return map;
}

/*
 * A web page printed to PDF sets a later page of a target table anew: the
 * merged cells that opened on an earlier page (the row header 年度绩效指标,
 * a level-1 label, a work item) leave their columns empty on this one, and
 * the page's grid drops them — while it may part the operator column in
 * two (`≥` set left of `=` in a column wider than either).  Read by order,
 * each text column lands left of its own (the names under the work items,
 * the work items under the level-2 labels).  The page's targets say where
 * its columns stand: its first column whose cells are mostly targets
 * (operators, figures, units, combined targets: TARGET_PAGE_MIN_VALUES of
 * them at least) is the header's first value column, the columns after it
 * are the header's value columns by what they hold (operators alone under
 * the operators, units alone under the units, the rest under the values),
 * and the text columns before it are the header's columns of a role
 * before its value columns, counted back from them.  Only for a header
 * whose columns end with one target's operator, value and unit columns (no
 * half-year's, no remarks), on a later page than the open table's last
 * row, in a grid with no boxes to place it (see parted_page_column_map),
 * and when the text columns do not stand where their order puts them.
 */
#define TARGET_PAGE_MIN_VALUES 2

/* What one grid column's cells hold (see column_target_counts). */
typedef struct {
    int values; /* cells of a target's kinds… */
    int ops;    /* …operators alone among them… */
    int units;  /* …and units alone */
    int texts;  /* other cells with text */
} target_counts;

/* What each of `grid`'s columns holds, its cells read as `f` reads the
 * rows: a new array of the grid's width, asked in one pass over the rows. */
static target_counts *column_target_counts(finder *f, const jx_grid *grid)
{
    int n = jx_grid_n_cols(grid);
    target_counts *counts = g_new0(target_counts, n);
    for (int r = 0; r < jx_grid_n_rows(grid); r++) {
        const jx_prow *row = peek_row(f, grid, r);
        for (guint i = 0; i < row->cells->len; i++) {
            const jx_pcell *p = row->cells->pdata[i];
            if (p->spanned || p->kind == JX_CK_EMPTY || p->col < 0 || p->col >= n)
                continue;
            target_counts *t = &counts[p->col];
            if (target_kind(p->kind)) {
                t->values++;
                t->ops += p->kind == JX_CK_OP;
                t->units += p->kind == JX_CK_UNIT;
            } else {
                t->texts++;
            }
        }
    }
    return counts;
}

/* TRUE when role `r` is a column of text before a target's: the row
 * header, a label, a work item, a name, or none. */
static gboolean is_text_role(jx_role r)
{
    return r == JX_ROLE_NONE || r == JX_ROLE_ROWHEAD || r == JX_ROLE_LEVEL1 ||
           r == JX_ROLE_LEVEL2 || r == JX_ROLE_TASK || r == JX_ROLE_NAME;
}

/* The header's first value column when its columns before it are text
 * columns (is_text_role) and from there on one target's (JX_ROLE_OP,
 * JX_ROLE_VALUE, JX_ROLE_UNIT, the value once), its operator and unit
 * columns into `*op` and `*unit` (-1 when none); else -1.  A column of no
 * role among the target's is a blank the header's layout left between two
 * of them (`符号 | | 指标值`, a word set left of its cells' column): no
 * page's cells stand under it, and it is passed over. */
static int single_target_columns(const jx_header *h, int *op, int *unit)
{
    int first = -1, values = 0;
    *op = *unit = -1;
    for (int c = 0; c < h->n_cols; c++) {
        jx_role r = h->roles[c];
        if (first < 0 && !is_value_role(r)) {
            if (!is_text_role(r))
                return -1;
            continue;
        }
        if (r == JX_ROLE_NONE)
            continue;
        if (r != JX_ROLE_OP && r != JX_ROLE_VALUE && r != JX_ROLE_UNIT)
            return -1;
        if (first < 0)
            first = c;
        values += r == JX_ROLE_VALUE;
        if (r == JX_ROLE_OP)
            *op = c;
        if (r == JX_ROLE_UNIT)
            *unit = c;
    }
    return values == 1 ? first : -1;
}

/* TRUE when some known label of `grid`'s columns before `first` lands, by
 * `map`, where no label of its level stands: a level-2 label in the row
 * header's column, a level-1 label off the level-1 column — in the
 * level-2 column only beside level-2 labels in its grid column (成本指标,
 * either level, among 质量指标 and 时效指标).  A grid column of level-1
 * labels alone that the count puts in the level-2 column is the page's
 * level-1 column: a line that set its level-2 label in the next grid
 * column with the work items (满意度 | 服务对象满意度指 实施…) left the
 * page's columns short of the header's by one less than the count says. */
static gboolean labels_off_their_columns(finder *f, const jx_grid *grid, int first, const int *map)
{
    const jx_header *h = f->open->header;
    gboolean *level2 = g_new0(gboolean, first);
    for (int pass = 0; pass < 2; pass++)
        for (int r = 0; r < jx_grid_n_rows(grid); r++) {
            const jx_prow *row = peek_row(f, grid, r);
            for (guint i = 0; i < row->cells->len; i++) {
                const jx_pcell *p = row->cells->pdata[i];
                if (p->spanned || p->col < 0 || p->col >= first)
                    continue;
                if (pass == 0) {
                    level2[p->col] |= p->kind == JX_CK_LEVEL2;
                    continue;
                }
                jx_role to = h->roles[map[p->col]];
                if ((p->kind == JX_CK_LEVEL1 && to != JX_ROLE_LEVEL1 &&
                     !(to == JX_ROLE_LEVEL2 && level2[p->col])) ||
                    (p->kind == JX_CK_LEVEL2 && to == JX_ROLE_ROWHEAD)) {
                    g_free(level2);
                    return TRUE;
                }
            }
        }
    g_free(level2);
    return FALSE;
}

/* `grid`'s columns → the open header's by its targets (see
 * TARGET_PAGE_MIN_VALUES): a new array of the grid's width, or NULL. */
static int *target_page_column_map(finder *f, const jx_grid *grid)
{
    const jx_header *h = f->open->header;
    int n = jx_grid_n_cols(grid), op, unit;
    if (n < 2 || h->kind != JX_TABLE_TARGET || self_evaluation_header(h) || !f->open->rows->len)
        return NULL;
    const jx_prow *last = f->open->rows->pdata[f->open->rows->len - 1];
    if (last->page <= 0 || jx_grid_row_page(grid, 0) <= last->page)
        return NULL; /* no page break: the grid's columns are the page's own */
    int hv = single_target_columns(h, &op, &unit);
    if (hv <= 0 || grid_has_boxes(grid))
        return NULL; /* (the boxes asked last: every cell of the grid) */
    int value = hv;
    while (h->roles[value] != JX_ROLE_VALUE)
        value++;
    int *map = g_new(int, n);
    target_counts *counts = column_target_counts(f, grid);
    int first = -1;
    for (int c = 0; c < n; c++) {
        const target_counts *t = &counts[c];
        if (first < 0 && t->values >= TARGET_PAGE_MIN_VALUES && t->values > t->texts)
            first = c;
        if (first < 0)
            continue;
        if (t->texts > t->values || (t->values && t->ops == t->values && op < 0)) {
            first = -1; /* text right of the targets, or operators set apart
                           under a header that names no column of them */
            break;
        }
        map[c] = t->values && t->ops == t->values && op >= 0       ? op
                 : t->values && t->units == t->values && unit >= 0 ? unit
                 : t->values                                       ? value
                                                                   : (c > first ? map[c - 1] : value);
        if (c > first && map[c] < map[c - 1]) {
            first = -1;
            break;
        }
    }
    if (first <= 0 || map[first] != hv) {
        g_free(counts);
        g_free(map);
        return NULL; /* the page's first targets are not the header's first
                        value column's: an empty operator column it dropped
                        leaves unsaid which text columns it dropped */
    }
    /* the text columns, counted back from the header's value columns over
     * its columns of a role; a leading column without text takes the first.
     * A column with text never goes left of where its order puts it: the
     * page lost columns, it gained none (a text dump's page one column wider
     * than its header, its text targets, 按时完成, in a column the count read
     * as names, the figures of a few rows a column right of them) */
    int slot = hv, moved = 0;
    for (int c = first - 1; c >= 0; c--) {
        do
            slot--;
        while (slot >= 0 && h->roles[slot] == JX_ROLE_NONE);
        gboolean filled = counts[c].values || counts[c].texts;
        if ((slot < 0 && filled) || (filled && slot < c)) {
            g_free(counts);
            g_free(map);
            return NULL;
        }
        slot = MAX(slot, 0);
        map[c] = slot;
        moved |= slot != c;
    }
    g_free(counts);
    if (!moved || labels_off_their_columns(f, grid, first, map))
        g_clear_pointer(&map, g_free);
    return map;
}

/* Ends the open table (rows no longer go to it). */
static void end_open(finder *f)
{
    f->open = NULL;
    f->closing_page = 0;
    f->top_lines = 0;
    g_clear_pointer(&f->tail_raw, g_free);
}

/* Takes a note row or line: it ends the open table and its text goes to
 * the notes.  A signature row's cells are read as one line, which
 * jx_note_collect parts at each field word: a field is one note however the
 * layout cut it (`审核日期:2017` | `年8月` | `5日`).  A remark's cells are one
 * text, parted where a numbered item starts. */
static void take_note_row(finder *f, const jx_prow *row)
{
    end_open(f);
    f->in_notes = TRUE;
    if (row_note_kind(row) == JX_NOTE_SIGNATURE) {
        char *line = g_strdup("");
        for (guint i = 0; i < row->cells->len; i++) {
            char *joined = jx_norm_join(line, ((jx_pcell *)row->cells->pdata[i])->norm);
            g_free(line);
            line = joined;
        }
        jx_note_collect(line, f->notes);
        g_free(line);
        return;
    }
    GString *text = g_string_new(NULL);
    for (guint i = 0; i < row->cells->len; i++) {
        const char *t = ((jx_pcell *)row->cells->pdata[i])->norm;
        if (text->len && jx_note_continues(t)) {
            jx_note_collect(text->str, f->notes);
            g_string_truncate(text, 0);
        }
        if (text->len)
            g_string_append_c(text, ' ');
        g_string_append(text, t);
    }
    if (text->len)
        jx_note_collect(text->str, f->notes);
    g_string_free(text, TRUE);
}

/* TRUE when a row after a table is a note, or continues the notes read so far. */
static gboolean is_note_row(const finder *f, const jx_prow *row)
{
    if (!row->cells->len || f->count == 0)
        return FALSE;
    return row_note_kind(row) != JX_NOTE_NONE ||
           (f->in_notes && jx_note_continues(((jx_pcell *)row->cells->pdata[0])->norm));
}

/* Lines kept for the table that opens next: its caption (表 1-2：…) and a
 * unit line (单位：万元) stand just above it, a paragraph may sit between. */
#define ABOVE_LINES 3

/* Keeps `norm` (a non-empty normalized line) as the newest of the lines the
 * next table may find above it, the oldest dropped past ABOVE_LINES. */
/* Keeps the project a metadata line or row names for the next table; TRUE
 * when it names one. */
static gboolean remember_project(finder *f, const char *key, const char *value)
{
    char *project = jx_meta_project(key, value);
    if (project) {
        g_free(f->project);
        f->project = project;
    }
    return project != NULL;
}

static void remember_line(finder *f, const char *norm)
{
    if (!*norm)
        return;
    if (f->recent->len == ABOVE_LINES)
        g_ptr_array_remove_index(f->recent, 0);
    g_ptr_array_add(f->recent, g_strdup(norm));
}

/* Keeps the project a metadata row names (项目名称 | X, or 项目名称:X in one
 * cell) for the next table: asked of every row a grid holds outside a
 * header, since a table left open takes the next grid's rows above a new
 * header as its own until that header opens the next table.  TRUE when the
 * row names one. */
static gboolean remember_row_project(finder *f, const jx_grid *grid, int r, const jx_prow *row)
{
    const jx_pcell *key = NULL;
    for (guint i = 0; i < row->cells->len; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        if (c->spanned || !*c->norm)
            continue;
        if (key) {
            /* every row of every grid comes here: its label's key is read
             * through the facts, once per text */
            const char *next_raw = NULL;
            for (guint j = i + 1; j < row->cells->len && !next_raw; j++) {
                const jx_pcell *d = row->cells->pdata[j];
                if (!d->spanned && *d->norm)
                    next_raw = d->raw;
            }
            char *project = jx_meta_project_cells(f->memo, key->raw, c->raw, next_raw);
            char *tailed = project && c->origin
                               ? jx_meta_value_with_tail(f->memo, grid, r, c->origin)
                               : NULL;
            if (tailed) {
                /* the name wrapped onto the line below (see the document's
                 * project, read the same way) */
                char *whole = jx_meta_project_cells(f->memo, key->raw, tailed, next_raw);
                if (whole) {
                    g_free(project);
                    project = whole;
                }
                g_free(tailed);
            }
            if (project) {
                g_free(f->project);
                f->project = project;
            }
            return project != NULL;
        }
        key = c;
        if (strchr(key->norm, ':'))
            return remember_project(f, key->norm, NULL);
    }
    return FALSE;
}

/* The one cell with text on row `r` of `grid` (its column into `*col`), or
 * NULL when the row has none or several. */
static const jx_cell *lone_cell(const jx_grid *grid, int r, int *col)
{
    const jx_cell *lone = NULL;
    const jx_cell *const *at = jx_grid_row_cells(grid, r);
    for (int c = 0; at && c < jx_grid_n_cols(grid); c++) {
        const jx_cell *cell = at[c];
        if (!cell || !*jx_cell_text(cell))
            continue;
        if (lone)
            return NULL;
        lone = cell;
        *col = c;
    }
    return lone;
}

/* The first line of a header cell left alone above the header row (`一级`
 * over `指标`, see jx_header_join_head_above) on grid row `r` (its column
 * into `*col`): the row's one cell, or its first when the cells right of it,
 * joined, read as a header word — a group heading over the figures that a
 * narrow header shares that line with (`一级 … 2022 年目标值`, the year
 * parted from its word by a space).  NULL otherwise. */
static const jx_cell *head_piece_above(const jx_grid *grid, int r, int *col)
{
    const jx_cell *lone = lone_cell(grid, r, col);
    if (lone)
        return lone;
    const jx_cell *const *at = jx_grid_row_cells(grid, r);
    const jx_cell *first = NULL;
    GString *rest = g_string_new(NULL);
    for (int c = 0; at && c < jx_grid_n_cols(grid); c++) {
        const jx_cell *cell = at[c];
        if (!cell || !*jx_cell_text(cell))
            continue;
        if (!first) {
            first = cell;
            *col = c;
        } else {
            g_string_append(rest, jx_cell_text(cell));
        }
    }
    char *norm = first ? jx_norm_text(rest->str) : NULL;
    gboolean group = norm && jx_header_word_role(norm) != JX_ROLE_NONE;
    g_free(norm);
    g_string_free(rest, TRUE);
    return group ? first : NULL;
}

/* The first cell with text on row `r` of `grid` (its column into `*col`),
 * or NULL when the row has none. */
static const jx_cell *first_cell(const jx_grid *grid, int r, int *col)
{
    const jx_cell *const *at = jx_grid_row_cells(grid, r);
    for (int c = 0; at && c < jx_grid_n_cols(grid); c++) {
        const jx_cell *cell = at[c];
        if (cell && *jx_cell_text(cell)) {
            *col = c;
            return cell;
        }
    }
    return NULL;
}

/* Remembers the project a name key wrapped in a narrow key column names,
 * its first piece the first cell of row r of `grid`: a layout dump prints
 * `项目名称` as `项目` on the line above the value and `名称` on the line
 * below (rows r, r + 1, r + 2, the key's two pieces alone in one column,
 * the value's line empty there); a browser centres the value on the key's
 * two lines, beside the second piece (`项目` / `名称 | X | 主管部门 | Y`) or
 * the first (`项目 | X | 主管部门 | Y` / `名称`) — as each prints the next
 * project's form set under a table.  Read only under an open table: the
 * document's own form head names the document's project, which is no
 * table's of its own.  TRUE when it named one. */
static gboolean remember_wrapped_key_project(finder *f, const jx_grid *grid, int r)
{
    int head_col = -1, rest_col = -1, n = jx_grid_n_rows(grid);
    if (!f->open || r + 1 >= n)
        return FALSE;
    const jx_cell *head = first_cell(grid, r, &head_col);
    if (!head)
        return FALSE;
    int lone_col = -1;
    gboolean head_alone = lone_cell(grid, r, &lone_col) != NULL;
    const jx_cell *at_key = jx_grid_cell(grid, r + 1, head_col);
    gboolean rest_below = at_key && *jx_cell_text(at_key);
    const jx_cell *rest = NULL;
    int value_row = r + 1;
    if (head_alone && rest_below) {
        rest = at_key; /* `项目` / `名称 | X` */
    } else if (head_alone && r + 2 < n) {
        rest = lone_cell(grid, r + 2, &rest_col); /* `项目` / `| X` / `名称` */
        if (rest_col != head_col)
            rest = NULL;
    } else if (!head_alone && rest_below && lone_cell(grid, r + 1, &rest_col)) {
        rest = at_key; /* `项目 | X` / `名称` */
        value_row = r;
    }
    if (!rest)
        return FALSE;
    const char *value_raw = NULL, *next_raw = NULL;
    for (int c = head_col + 1; c < jx_grid_n_cols(grid) && !next_raw; c++) {
        const jx_cell *cell = jx_grid_cell(grid, value_row, c);
        if (!cell || !*jx_cell_text(cell))
            continue;
        if (value_raw)
            next_raw = jx_cell_text(cell);
        else
            value_raw = jx_cell_text(cell);
    }
    if (!value_raw)
        return FALSE;
    char *key = g_strconcat(jx_cell_text(head), jx_cell_text(rest), NULL);
    char *project = jx_meta_project_cells(f->memo, key, value_raw, next_raw);
    g_free(key);
    if (!project)
        return FALSE;
    g_free(f->project);
    f->project = project;
    return TRUE;
}

static void remember_row(finder *f, const jx_prow *row)
{
    GString *line = g_string_new(NULL);
    for (guint i = 0; i < row->cells->len; i++) {
        const jx_pcell *c = row->cells->pdata[i];
        if (c->spanned)
            continue;
        if (line->len)
            g_string_append_c(line, ' ');
        g_string_append(line, c->norm);
    }
    remember_line(f, line->str);
    g_string_free(line, TRUE);
}

/* Opens a table of header `h`, read in `grid`. */
static void open_table(finder *f, jx_header *h, const jx_grid *grid)
{
    jx_ptable *t = g_new0(jx_ptable, 1);
    t->header = h;
    t->page_dump = jx_grid_is_page_dump(grid);
    t->above = g_new0(char *, f->recent->len + 1);
    for (guint i = 0; i < f->recent->len; i++)
        t->above[i] = g_strdup(f->recent->pdata[i]);
    g_ptr_array_set_size(f->recent, 0);
    t->project = g_steal_pointer(&f->project);
    t->year = f->year;
    t->rows = g_ptr_array_new_with_free_func((GDestroyNotify)jx_prow_free);
    t->index = ++f->count;
    g_ptr_array_add(f->tables, t);
    f->open = t;
    f->open_serial = f->serial;
    g_hash_table_remove_all(f->carried); /* cut cells carry within one table */
    g_hash_table_remove_all(f->foot);
    if (h->kind == JX_TABLE_TARGET)
        f->last_target = t->index;
    if (h->kind == JX_TABLE_TARGET && !f->first_target)
        f->first_target = t->index;
    f->debris = 0;
    f->in_notes = FALSE;
}

/* The 序号 of a row when its first cell is a small whole number, else -1. */
static int row_seq(const jx_prow *row)
{
    if (!row || !row->cells->len)
        return -1;
    const jx_pcell *first = row->cells->pdata[0];
    return first->kind == JX_CK_INT ? atoi(first->norm) : -1;
}

/* A repeated header followed by 序号 1 while the table had numbered rows
 * already starts another table of the same form (several projects' tables
 * in one file), not a page of the same one. */
static gboolean restarts_numbering(jx_facts *memo, const jx_ptable *t, const jx_grid *grid,
                                   int first_data_row)
{
    if (first_data_row >= jx_grid_n_rows(grid) || !t->rows->len)
        return FALSE;
    jx_prow *next = row_from_grid(memo, grid, first_data_row);
    gboolean restart = row_seq(next) == 1 && row_seq(t->rows->pdata[t->rows->len - 1]) >= 1;
    jx_prow_free(next);
    return restart;
}

/* Where rows r0..r1 of `grid` stand, for a warning: their lines in a text
 * dump, their pages in a PDF.  A new string. */
static char *rows_place(const jx_grid *grid, int r0, int r1)
{
    int l0 = jx_grid_row_line(grid, r0), l1 = jx_grid_row_line(grid, r1);
    if (l0 > 0)
        return g_strdup_printf("lines %d-%d", l0, l1);
    int p0 = jx_grid_row_page(grid, r0), p1 = jx_grid_row_page(grid, r1);
    if (p0 > 0)
        return p0 == p1 ? g_strdup_printf("page %d", p0) : g_strdup_printf("pages %d-%d", p0, p1);
    return g_strdup("a table");
}

/* Warns that a headerless grid after target table `t` is not read. */
static void warn_unread(finder *f, const jx_grid *grid, const jx_ptable *t)
{
    int n = jx_grid_n_rows(grid);
    jx_prow *first = row_from_grid(f->memo, grid, 0);
    gboolean note = is_note_row(f, first);
    jx_prow_free(first);
    if (t->header->kind == JX_TABLE_TARGET && !note) {
        char *place = rows_place(grid, 0, n - 1);
        g_ptr_array_add(f->warnings,
                        g_strdup_printf("%s: %d row(s) after target table %d have no header "
                                        "and do not continue it; not read",
                                        place, n, t->index));
        g_free(place);
    }
}

/* Appends the rows of a headerless grid to the open table; the first opens
 * a part (a page). */
static void append_rows(finder *f, const jx_grid *grid)
{
    gboolean part_start = TRUE;
    for (int r = 0; r < jx_grid_n_rows(grid); r++) {
        jx_prow *row = row_from_grid(f->memo, grid, r);
        if (row->cells->len) {
            row->page_start = part_start;
            part_start = FALSE;
            g_ptr_array_add(f->open->rows, row);
        } else {
            jx_prow_free(row);
        }
    }
}

/* Settles a held grid: its rows join the open table, or are reported. */
static void settle_held(finder *f, gboolean joins)
{
    if (!f->held)
        return;
    if (joins && f->open && !f->held_past)
        append_rows(f, f->held);
    else if (f->open)
        warn_unread(f, f->held, f->open);
    f->held = NULL;
    f->held_past = FALSE;
}

/*
 * Where the columns of a repeated header stand in the open table's header:
 * a layout dump lays each page out anew, so the page's 指标内容 may be column
 * 3 where the first page's was column 4 (a page without the row-header column
 * has one column fewer).  Each column whose role the open header has once
 * maps to that column; the others keep their offset from the nearest mapped
 * column (left first).  A column the repeated header names nothing in that
 * would land left of the open header's first is an extra row-header column
 * (the page found 年度绩效指标 in a column of its own, the first page did
 * not): ROWHEAD_COL, its cells the table-wide row header.  Returns a new
 * array of `repeat->n_cols` entries, or NULL when no column maps or the map
 * would reorder columns (then the rows keep their columns and alignment
 * places them as before).
 */
#define ROWHEAD_COL (-1)

/* TRUE when unnamed column `c` of a repeated header stands between a value
 * column `left` and the column `right`, both mapped by their roles
 * (`direct`) to neighbours in the open header: the
 * page found a column of its own where the first page had none (figures of
 * 指标值 set right, past the header word's column, in a page laid out anew),
 * so its text belongs to the column on its left. */
static gboolean folds_into_left(const jx_header *repeat, const int *map, const gboolean *direct,
                                int n, int c, int left, int right)
{
    return repeat->roles[c] == JX_ROLE_NONE && left >= 0 && right < n && left < c && c < right &&
           (repeat->roles[left] == JX_ROLE_VALUE || repeat->roles[left] == JX_ROLE_HALF_VALUE) &&
           direct[left] && direct[right] && map[right] - map[left] == 1;
}

/* TRUE when column `c` of `grid` holds, in rows from..end, level-1 labels
 * whole and nothing else, each alone on its row: a form's section rows
 * (产出指标 / 成本指标 on lines of their own over the level-2 labels of its
 * one label column, 指标类型), which a page laid out anew finds a column
 * of their own left of the label column the first page's held them in;
 * no table-wide row header (年度绩效指标, 产 / 出 a character a line). */
static gboolean level1_rows_column(const jx_grid *grid, int from, int c)
{
    int labels = 0;
    for (int r = from; r < jx_grid_n_rows(grid); r++) {
        const jx_cell *cell = c < jx_grid_n_cols(grid) ? jx_grid_cell(grid, r, c) : NULL;
        if (!cell || !*jx_cell_text(cell))
            continue;
        char *owned = NULL;
        const char *norm = jx_norm_text_view(jx_cell_text(cell), &owned);
        gboolean level1 = jx_taxonomy_level1(norm) && !jx_header_is_rowhead(norm);
        g_free(owned);
        int col = -1;
        if (!level1 || !lone_cell(grid, r, &col))
            return FALSE;
        labels++;
    }
    return labels > 0;
}

/* The one column of header `h` with `role`, or -1 (none, several, or
 * JX_ROLE_NONE asked). */
static int sole_role_column(const jx_header *h, jx_role role)
{
    int found = -1;
    for (int k = 0; role != JX_ROLE_NONE && k < h->n_cols; k++)
        if (h->roles[k] == role) {
            if (found >= 0)
                return -1;
            found = k;
        }
    return found;
}

/* TRUE when a row of `grid` from row `from` on holds text in both columns
 * c1 and c2. */
static gboolean columns_share_row(const jx_grid *grid, int from, int c1, int c2)
{
    for (int r = from; r < jx_grid_n_rows(grid); r++) {
        const jx_cell *a = jx_grid_cell(grid, r, c1), *b = jx_grid_cell(grid, r, c2);
        if (a && b && *jx_cell_text(a) && *jx_cell_text(b))
            return TRUE;
    }
    return FALSE;
}

/* TRUE when column `c` of a repeated header and the column left of it, one
 * of them named by no header word, both mapped (`map`) to one target
 * column of the open header (a value column or its parts, is_value_role),
 * hold text in no one row (rows from `body` on): a layout dump lays each
 * page out anew and parts a target column whose cells start apart in two
 * (a text target, `明显增强`, a column left of the figures under 指标值;
 * `%` a character right of `次` under 单位), where the open header has one
 * column.  (A column of labels beside the work items, the level-2 labels
 * of a 效益 block set right of the others, is no part of the items'.) */
static gboolean target_column_parted(const jx_header *repeat, const jx_header *open,
                                     const int *map, const jx_grid *grid, int body, int c)
{
    return c > 0 && map[c] == map[c - 1] && map[c] >= 0 && map[c] < open->n_cols &&
           is_value_role(open->roles[map[c]]) &&
           (repeat->roles[c] == JX_ROLE_NONE || repeat->roles[c - 1] == JX_ROLE_NONE) &&
           !columns_share_row(grid, body, c - 1, c);
}

/* TRUE when column `c` of a repeated header, named by no header word,
 * holds text in some row from `body` on, and every such row holds text in
 * column c + 1 and leaves column c + 2 blank: pdftotext -layout sets a
 * line's pieces a single space apart when they fill their cells (a short
 * work item and its name, `做好应急物资储备 惠及人口`), left of where the
 * other rows' stand, one grid column left of theirs from `c` on; the page
 * found a column for those pieces where the header has none.  Mapped with
 * the column right of it, their row's alignment puts them back in order. */
static gboolean pieces_set_left(const jx_header *repeat, const jx_grid *grid, int body, int c)
{
    int rows = 0;
    if (repeat->roles[c] != JX_ROLE_NONE || c + 2 >= jx_grid_n_cols(grid))
        return FALSE;
    for (int r = body; r < jx_grid_n_rows(grid); r++) {
        const jx_cell *a = jx_grid_cell(grid, r, c);
        if (!a || !*jx_cell_text(a))
            continue;
        const jx_cell *next = jx_grid_cell(grid, r, c + 1), *past = jx_grid_cell(grid, r, c + 2);
        if (!next || !*jx_cell_text(next) || (past && *jx_cell_text(past)))
            return FALSE;
        rows++;
    }
    return rows > 0;
}

/* TRUE when every cell of `grid`'s column `c` with text, from row `from`
 * on, is a level label or a piece of one (社会效益指标, 可持续影响指, 标), and
 * one at least a level-2 label whole: a column of label characters stacked
 * a line each (社会 / 效益 / 指标), pieces alone, is a label column's
 * overflow the page set beside it, its words read by their lines. */
static gboolean labels_only_column(const jx_grid *grid, int from, int c)
{
    int labels = 0;
    gboolean whole = FALSE;
    for (int r = from; r < jx_grid_n_rows(grid); r++) {
        const jx_cell *cell = jx_grid_cell(grid, r, c);
        if (!cell || !*jx_cell_text(cell))
            continue;
        char *owned = NULL;
        const char *norm = jx_norm_text_view(jx_cell_text(cell), &owned);
        gboolean label = jx_taxonomy_label_word(norm) || jx_taxonomy_label_piece(norm);
        whole = whole || jx_taxonomy_level2(NULL, norm) != NULL;
        g_free(owned);
        if (!label)
            return FALSE;
        labels++;
    }
    return labels > 0 && whole;
}

/* TRUE when column `c` of a repeated header, named by no header word,
 * stands right of the column mapped by its role (`direct`) to the open
 * header's level-2 column, holds labels and their pieces alone
 * (labels_only_column), and the two hold text in no one row (rows from
 * `body` on), in a grid of no ruled boxes: a layout dump lays each page out
 * anew, and a level-2 column whose labels wrap and centre differently row
 * by row (`社会效益指标`, `可持续影响指` / `标`) drifts apart in two grid
 * columns where the open header has one.  The row's alignment places each
 * label by its level.  (A ruled grid's columns are its rules'; a column of
 * names beside the labels is the names'.) */
static gboolean label_column_parted(const jx_header *repeat, const jx_header *open,
                                    const int *map, const gboolean *direct, const jx_grid *grid,
                                    int body, int c)
{
    if (c < 1 || repeat->roles[c] != JX_ROLE_NONE || !direct[c - 1] ||
        open->roles[map[c - 1]] != JX_ROLE_LEVEL2)
        return FALSE;
    return !columns_share_row(grid, body, c - 1, c) && labels_only_column(grid, body, c) &&
           !grid_has_boxes(grid);
}

static int *repeat_column_map(const jx_header *repeat, const jx_header *open, const jx_grid *grid,
                              int body)
{
    int n = repeat->n_cols, mapped = 0;
    int *map = g_new(int, n + 1);
    gboolean *direct = g_new0(gboolean, n + 1); /* mapped by its role */
    gboolean *sections = g_new0(gboolean, n + 1); /* see level1_rows_column */
    gboolean *labels = g_new0(gboolean, n + 1);   /* see label_column_parted */
    for (int c = 0; c < n; c++) {
        map[c] = sole_role_column(open, repeat->roles[c]);
        direct[c] = map[c] >= 0;
        mapped += direct[c];
    }
    if (!mapped) {
        g_free(map);
        g_free(direct);
        g_free(sections);
        g_free(labels);
        return NULL;
    }
    int level1 = sole_role_column(open, JX_ROLE_LEVEL1);
    for (int c = 0; c < n; c++) {
        if (map[c] >= 0)
            continue;
        int left = c - 1, right = c + 1;
        while (left >= 0 && map[left] < 0)
            left--;
        while (right < n && map[right] < 0)
            right++;
        int to = left >= 0 ? map[left] + (c - left) : map[right] - (right - c);
        gboolean unnamed = repeat->roles[c] == JX_ROLE_NONE || repeat->roles[c] == JX_ROLE_ROWHEAD;
        map[c] = to < 0 && unnamed ? ROWHEAD_COL : CLAMP(to, 0, open->n_cols - 1);
        sections[c] = to < 0 && unnamed && level1 >= 0 && level1_rows_column(grid, body, c);
        if (sections[c])
            map[c] = level1;
        labels[c] = label_column_parted(repeat, open, map, direct, grid, body, c);
        if (folds_into_left(repeat, map, direct, n, c, left, right) || labels[c])
            map[c] = map[left];
    }
    /* two page columns may map to one open column where the header word
     * stands right of the text it heads, over no text of its own (a layout
     * that finds the names' column, which no header word names, left of
     * 指标内容) */
    for (int c = 1; c < n; c++) {
        gboolean aside = map[c] == map[c - 1] && repeat->roles[c - 1] == JX_ROLE_NONE &&
                         jx_grid_col_blank_from(grid, body, c);
        aside |= map[c] == map[c - 1] && folds_into_left(repeat, map, direct, n, c, c - 1, c + 1);
        aside |= map[c] == map[c - 1] && sections[c - 1]; /* rows of their own */
        aside |= target_column_parted(repeat, open, map, grid, body, c);
        aside |= map[c] == map[c - 1] && (labels[c] || pieces_set_left(repeat, grid, body, c - 1));
        if ((map[c] < map[c - 1] || (map[c] == map[c - 1] && !aside)) && map[c] != ROWHEAD_COL) {
            g_free(map);
            g_free(direct);
            g_free(sections);
            g_free(labels);
            return NULL;
        }
    }
    g_free(direct);
    g_free(sections);
    g_free(labels);
    return map;
}

/* Moves the cells of `row` to the open header's columns by `map` (see
 * repeat_column_map; `n` entries).  Cells past the map keep their column's
 * offset from the last one. */
static int remapped_col(const int *map, int n, int col)
{
    if (!map)
        return col;
    return MAX(0, col < n ? map[col] : map[n - 1] + (col - (n - 1)));
}

static void remap_row(jx_prow *row, const int *map, int n)
{
    for (guint i = 0; i < row->cells->len; i++) {
        jx_pcell *cell = row->cells->pdata[i];
        cell->rowhead |= cell->col < n && map[cell->col] == ROWHEAD_COL;
        cell->col = remapped_col(map, n, cell->col);
    }
}

/* Puts into `row`, in column `col` (column order kept), what the cell `cut`
 * of a row above brings down: its text, as spanned from its origin. */
static void insert_spanned(jx_prow *row, int col, const jx_pcell *cut)
{
    jx_pcell like = *cut;
    like.col = col;
    like.spanned = TRUE;
    jx_pcell *pc = jx_pcell_new(&like, cut->raw, cut->norm);
    guint at = 0;
    while (at < row->cells->len && ((jx_pcell *)row->cells->pdata[at])->col < col)
        at++;
    g_ptr_array_insert(row->cells, (gint)at, pc);
}

/* TRUE when grid column `c` holds a ruled cell spanning rows: the grid
 * merges that column's labels (a label written once with empty cells under
 * it is no merge). */
static gboolean column_merges(const jx_grid *grid, int c)
{
    for (int r = 0; r < jx_grid_n_rows(grid); r++) {
        const jx_cell *cell = jx_grid_cell(grid, r, c);
        if (cell && jx_cell_rowspan(cell) > 1 && jx_cell_box(cell, NULL, NULL, NULL, NULL))
            return TRUE;
    }
    return FALSE;
}

/* Notes, for row `r` of `grid`, the open table's last row (`row`), its
 * empty one-row ruled cells in columns the grid merges (see
 * carry_cut_cells_up). */
static void note_foot(finder *f, const jx_grid *grid, int r, const jx_prow *row, const int *map,
                      int n_map)
{
    g_hash_table_remove_all(f->foot);
    for (int c = 0; c < jx_grid_n_cols(grid); c++) {
        const jx_cell *cell = jx_grid_cell(grid, r, c);
        int col = remapped_col(map, n_map, c);
        if (cell && !*jx_cell_text(cell) && jx_cell_rowspan(cell) == 1 &&
            jx_cell_box(cell, NULL, NULL, NULL, NULL) && !jx_prow_cell(row, col) &&
            column_merges(grid, c))
            g_hash_table_replace(f->foot, GINT_TO_POINTER(col), (gpointer)cell);
    }
}

/* The other way round: the text stood in the part below (a ruled merged
 * cell starting the next page's first row) and the part above is the page's
 * last row alone: an empty one-row ruled cell, in a column whose labels the
 * grid above merges.  That row gets the text.  Where the grid does not merge
 * its labels, an empty cell at a page's foot is the label above it, written
 * once; and an empty merged cell over several rows is the form's own (a
 * group whose label stands in the next column), not a cut part. */
static void carry_cut_cells_up(finder *f, const jx_prow *row)
{
    jx_prow *above = f->open->rows->pdata[f->open->rows->len - 1];
    for (guint i = 0; i < row->cells->len; i++) {
        const jx_pcell *p = row->cells->pdata[i];
        if (!p->spanned && !p->rowhead && p->origin && jx_cell_rowspan(p->origin) > 1 &&
            jx_cell_box(p->origin, NULL, NULL, NULL, NULL) &&
            g_hash_table_contains(f->foot, GINT_TO_POINTER(p->col)) && !jx_prow_cell(above, p->col))
            insert_spanned(above, p->col, p);
    }
}

/* TRUE when `row` states a level-1 group of its own other than the one
 * `cut` belongs to: a cell of its own (not spanned) that names a level-1
 * label and no level-2 one (效益指标; 成本指标 heads either level), of
 * another code than `cut`'s text.  A group the row opens ends every merged
 * cell of the group before, whatever empty cell the page starts with (a
 * spreadsheet that sets the new group's labels a column right of an empty
 * merged cell). */
static gboolean opens_other_group(const jx_prow *row, const jx_pcell *cut)
{
    const char *was = jx_taxonomy_level1(cut->norm);
    for (guint i = 0; i < row->cells->len; i++) {
        const jx_pcell *p = row->cells->pdata[i];
        const char *code = p->spanned ? NULL : jx_taxonomy_level1(p->norm);
        if (code && !jx_taxonomy_level2(NULL, p->norm) && (!was || strcmp(code, was) != 0))
            return TRUE;
    }
    return FALSE;
}

/*
 * A merged cell the page break cut is two cells, one a part on each page,
 * and the converter prints its text in one of them.  Where the text stood
 * in the part above (the last row of the open table is covered by a merged
 * cell: a span reaching its grid's foot) and the part below is an empty
 * merged or ruled cell in the same column, the part below gets that text, in
 * every row it covers, as the same merged cell (spanned from the part above:
 * it keeps that part's role and is no wrapped piece to join).  Row `r` of
 * `grid` was read into `row` (columns
 * already in the open header's, by `map`); `first`: it is the part's first
 * row.  Ruled or merged cells only: in plain text an empty label cell under
 * a page break is the label resolver's to place.
 */
static void carry_cut_cells(finder *f, const jx_grid *grid, int r, jx_prow *row, const int *map,
                            int n_map, gboolean first)
{
    const jx_prow *above = first && f->open->rows->len
                               ? f->open->rows->pdata[f->open->rows->len - 1]
                               : NULL;
    for (int c = 0; c < jx_grid_n_cols(grid); c++) {
        const jx_cell *cell = jx_grid_cell_covering(grid, r, c);
        if (!cell || jx_cell_col(cell) != c || *jx_cell_text(cell))
            continue;
        int col = remapped_col(map, n_map, c);
        if (jx_cell_row(cell) == r && above) {
            const jx_pcell *cut = jx_prow_cell(above, col);
            gboolean exact = jx_cell_rowspan(cell) > 1 || jx_cell_box(cell, NULL, NULL, NULL, NULL);
            if (cut && exact && !cut->rowhead && cut->origin &&
                jx_cell_rowspan(cut->origin) > 1 && !jx_prow_cell(row, col) &&
                !opens_other_group(row, cut))
                g_hash_table_replace(f->carried, (gpointer)cell, (gpointer)cut);
        }
        const jx_pcell *cut = g_hash_table_lookup(f->carried, cell);
        if (cut && !jx_prow_cell(row, col))
            insert_spanned(row, col, cut);
    }
}

/* A table opened in the rows of another names at least this many columns,
 * or fewer only in cells that read as column names (see names_column): a
 * data row can hold two header words by chance (`工作任务完成及时性` with
 * `达到目标值得满分` in its 指标解释), a short header (预期目标 | 实际完成情况)
 * opens a block of its own. */
#define INNER_HEADER_MIN_NAMED 3

/* TRUE when header text `text` ends with the vocabulary word it holds, a
 * bracketed note after it aside (2023年目标值, 指标值(万元)): a column name
 * ends with its head noun, a sentence in a data cell that holds the word
 * (达到目标值得满分) goes on after it. */
static gboolean names_column(const char *text)
{
    gssize v = jx_header_vocab_find(text);
    if (v < 0)
        return FALSE;
    const char *note = strrchr(text, '(');
    g_autofree char *bare =
        note && note > text && g_str_has_suffix(text, ")") ? g_strndup(text, (gsize)(note - text))
                                                           : g_strdup(text);
    return g_str_has_suffix(bare, jx_header_vocab_word((gsize)v));
}

/* Keeps the project a metadata row a header took in (项目名称 | X stacked
 * over the header's words) names, from rows r .. r + n - 1 of `grid`. */
static void remember_header_project(finder *f, const jx_grid *grid, int r, int n)
{
    for (int row = r; row < r + n; row++) {
        char *key, *value;
        jx_grid_row_pair(grid, row, &key, &value);
        if (value)
            remember_project(f, key, value);
        g_free(key);
        g_free(value);
    }
}

/* TRUE when metadata since the open table opened named a project other than
 * its own: the same header after it opens the next project's table (a
 * budget disclosure prints one per project, all alike), not a page of the
 * open one. */
static gboolean names_another_project(const finder *f)
{
    return f->project && g_strcmp0(f->project, f->open->project) != 0;
}

/* How many rows above a label's tail its column's previous piece may stand
 * in a layout dump: a narrow column's label stacked over a tall row sets a
 * piece every other line, the other columns' lines between (`效益` / a
 * target's line / `指标`), and two label columns ending on one line pair
 * their tails a line apart (`指标` under `效益`, `指标` a line lower). */
#define LABEL_TAIL_REACH 3

/* TRUE when the nearest cell of `grid` with text in column `c` at row `r`
 * or above (`reach` rows at most) opens a standard level-1 or level-2
 * label short of its end (`成本`, `经济成本`): the first line of a label
 * whose JX_LABEL_SUFFIX a row below finishes. */
static gboolean opens_label_above(const jx_grid *grid, int r, int c, int reach)
{
    const jx_cell *cell = NULL;
    for (int k = r; k >= 0 && k > r - reach && !cell && c < jx_grid_n_cols(grid); k--) {
        cell = jx_grid_cell(grid, k, c);
        if (cell && !*jx_cell_text(cell))
            cell = NULL;
    }
    if (!cell)
        return FALSE;
    char *owned = NULL;
    const char *norm = jx_norm_text_view(jx_cell_text(cell), &owned);
    gboolean opens = jx_label_opens_either_level(norm);
    g_free(owned);
    return opens;
}

/* TRUE when every named cell of `h`, read at row `r` of `grid`, is the bare
 * tail JX_LABEL_SUFFIX finishing a label: in a column the open table heads
 * as a label level, or under a cell opening a standard label on the row
 * above (or a few rows up, nothing between in its column, left of the
 * open header's names: see LABEL_TAIL_REACH) — a
 * continued page laid out afresh, its label columns not the open
 * header's: the line that finishes the labels of narrow columns (`指标 |
 * 指标` under `产出 | 数量`, or `指标` a line under `效益`'s next line and
 * `指标` under it), no header. */
static gboolean only_label_tails(const jx_header *h, const jx_header *open, const jx_grid *grid,
                                 int r)
{
    int tails = 0, in_level_columns = 0, under_openers = 0;
    for (int c = 0; c < h->n_cols; c++) {
        if (h->roles[c] == JX_ROLE_NONE)
            continue;
        if (!h->texts || !h->texts[c] || strcmp(h->texts[c], JX_LABEL_SUFFIX) != 0)
            return FALSE;
        tails++;
        in_level_columns += c < open->n_cols && (open->roles[c] == JX_ROLE_LEVEL1 ||
                                                 open->roles[c] == JX_ROLE_LEVEL2);
        /* the previous piece a few rows up only left of the open header's
         * names, where the label stacks end (a level-1's tail a line above
         * the level-2's, the line between empty in its column; a page laid
         * out afresh without the row header's column sets them a column
         * left, or the 效益 block's level-1 in the level-2 column and its
         * level-2 a column right: see jx_trow_third_level_fragment): a
         * name's column counts only the line right above */
        int name = role_column(open, JX_ROLE_NAME);
        int reach = name >= 0 && c < name ? LABEL_TAIL_REACH : 1;
        under_openers += opens_label_above(grid, r - 1, c, reach);
    }
    /* one evidence for all: the open header's columns, or the page's own */
    return tails > 0 && (in_level_columns == tails || under_openers == tails);
}

/* TRUE when header `h`, read at row `r` of `grid` among the rows of the
 * open table, opens a table (or restates the open one's header at a page
 * break), not merely a row of it that holds header words. */
static gboolean opens_inner_table(const jx_header *h, const jx_header *open, const jx_grid *grid,
                                  int r)
{
    if (jx_header_repeats(h, open))
        return TRUE;
    if (only_label_tails(h, open, grid, r))
        return FALSE;
    int named = 0;
    gboolean all_names = TRUE;
    for (int c = 0; c < h->n_cols; c++) {
        if (h->roles[c] == JX_ROLE_NONE)
            continue;
        named++;
        all_names &= h->texts && h->texts[c] && names_column(h->texts[c]);
    }
    return named >= INNER_HEADER_MIN_NAMED || all_names;
}

/* The most rows a project's metadata block sets between its 项目名称 row and
 * its indicator header (主管部门, 实施单位, 资金总额, 项目期限, 年度目标, 中期目标 …,
 * a long goal wrapped over a few rows). */
#define METADATA_BLOCK_MAX_ROWS 12

/* TRUE when a header that opens a table of its own (opens_inner_table)
 * stands within METADATA_BLOCK_MAX_ROWS rows after row `r` of `grid`, or the
 * grid ends first (a page break inside the block: the header heads the next
 * page): the next project's form, whose metadata rows start at `r`.
 * Without one, the rows after stay the open table's (a dump whose header was
 * not read). */
static gboolean header_follows(finder *f, const jx_grid *grid, int r)
{
    int n = jx_grid_n_rows(grid);
    if (n <= r + METADATA_BLOCK_MAX_ROWS)
        return TRUE;
    gboolean found = FALSE;
    for (int k = r + 1; k <= r + METADATA_BLOCK_MAX_ROWS && !found; k++) {
        jx_header *h = jx_header_read(grid, k, f->memo);
        found = h && opens_inner_table(h, f->open->header, grid, k);
        jx_header_free(h);
    }
    return found;
}

/*
 * A browser prints a ruled table's row that a page break cuts at the page's
 * foot without its bottom rule: the rule finder finds no cell there, and
 * the row's text comes as lines between the table's two grids (`加强企业创新
 * 能力建` / `设,实施一批科技计划  创新创业服务平台   ≥3个` / `项目等`), with
 * those lines read as a row by where their words stand (a loose grid, just
 * before them).  Such lines, on the page of the open target table's last
 * row, are kept until the next grid says whether the table goes on: when it
 * does, their loose grid is that row; when it does not, the table ended at
 * the first of them.
 */
#define LOOSE_ROW_MAX_LINES 4

typedef struct {
    int line;
    int page;
} loose_line;

/* Lets go of the loose grid kept (freed when the finder owns it). */
static void forget_loose_grid(finder *f)
{
    if (f->loose_owned)
        jx_grid_free(f->loose_grid);
    f->loose_grid = NULL;
    f->loose_owned = FALSE;
}

/* Keeps a loose grid (jx_grid_set_loose) for the lines after it. */
static void keep_loose_grid(finder *f, jx_grid *grid, gboolean owned)
{
    forget_loose_grid(f);
    f->loose_grid = grid;
    f->loose_owned = owned;
}

/* Forgets the kept lines; when one of them was no debris and the table does
 * not go on (`ends`), the table ended there. */
static void drop_loose(finder *f, gboolean ends)
{
    if (ends && f->loose_row)
        end_open(f);
    g_ptr_array_set_size(f->loose, 0);
    f->loose_row = FALSE;
}

/* The page of the open table's last row when a PDF's page laid it out (its
 * cells have boxes), else 0: in a text dump the lines between two grids are
 * the layout reader's to part, not rows the rules left out. */
static int open_last_page(const finder *f)
{
    if (!f->open || !f->open->rows->len)
        return 0;
    const jx_prow *last = f->open->rows->pdata[f->open->rows->len - 1];
    for (guint i = 0; i < last->cells->len; i++) {
        const jx_pcell *c = last->cells->pdata[i];
        if (c->origin && jx_cell_box(c->origin, NULL, NULL, NULL, NULL))
            return last->page;
    }
    return 0;
}

/* Keeps a line of the open target table's page foot (see LOOSE_ROW_MAX_LINES);
 * `debris`: the line alone would not end the table.  TRUE when kept. */
static gboolean keep_loose_line(finder *f, const char *norm, int line, int page, gboolean debris)
{
    if (!f->open || f->held || f->closing_page || f->open->header->kind != JX_TABLE_TARGET ||
        page <= 0 || page != open_last_page(f) || f->loose->len >= LOOSE_ROW_MAX_LINES)
        return FALSE;
    /* a page number or a lone figure at the foot is the page's, no piece */
    if (debris && jx_cell_classify(norm) != JX_CK_TEXT)
        return FALSE;
    loose_line *l = g_new(loose_line, 1);
    l->line = line;
    l->page = page;
    g_ptr_array_add(f->loose, l);
    f->loose_row |= !debris;
    return TRUE;
}

/*
 * A layout dump's page may open on a line the region under it leaves out: a
 * row a page break cut off from the rest of the table, its cells set one
 * space apart or alone on a page of its own (`新建社会足球场（农   9个   新增指标`
 * over `村地区）`, then the next page's rows).  Read as text after the table
 * it ended the table, and every row of the pages after it was lost.  Up to
 * TOP_LINES_MAX lines that are no debris and read as such a row (see
 * cut_row_line), standing atop a later page than the open target table's
 * last row, are held instead; the first grid after them ends the table
 * unless it goes on with it (continues), as a page's first grid with nothing
 * above it would.  The lines themselves are read as no row (a warning says
 * so).  A browser centres a row's target on the row's lines: its first line
 * holds the row's text cells alone (`开展农村环境综 项目验收合格率`, over
 * `100 %`, over `合整治`), so a line of TOP_ROW_MIN_PIECES text pieces or
 * more is held too, and the lines held go on with the table only when one
 * of them states a target.
 */
#define TOP_LINES_MAX 3

/* Pieces a held line without a target has at least: two cells side by side
 * are a row's; one text alone is a heading's or a paragraph's line. */
#define TOP_ROW_MIN_PIECES 2

/* TRUE when line `raw` reads as a row cut off atop its page: a word of it
 * states a target (an operator, a figure, a unit, a date: a heading or a
 * paragraph's line after the table states none; `*target` says so) or it
 * has TOP_ROW_MIN_PIECES pieces or more, and it does not open, after a
 * row's number if any, with a level label or a piece of one (`效益指标 可持
 * 续影响 基本公共卫生服`): there the page's label columns stand with no header
 * over them, and the grid under the line reads them into their neighbours'
 * columns (more records wrong than right), so the table ends as before. */
static gboolean cut_row_line(const char *raw, gboolean *target)
{
    char **words = g_strsplit_set(raw, " \t\f", -1);
    const char *first = NULL;
    gboolean numbered = FALSE;
    int pieces = 0;
    *target = FALSE;
    for (char **w = words; *w; w++) {
        if (!**w)
            continue;
        char *norm = jx_norm_text(*w);
        *target = *target || (*norm && target_kind(jx_cell_classify(norm)));
        if (!first && !numbered && *norm && strspn(norm, "0123456789") == strlen(norm))
            numbered = TRUE; /* the row's number */
        else if (!first)
            first = *w;
        pieces += *norm != '\0';
        g_free(norm);
    }
    gboolean label = FALSE;
    if (first) {
        char *norm = jx_norm_text(first);
        label = jx_taxonomy_label_word(norm) || jx_taxonomy_label_piece(norm);
        g_free(norm);
    }
    g_strfreev(words);
    return (*target || pieces >= TOP_ROW_MIN_PIECES) && !label;
}

/* Holds line `raw` at `line`, on `page`, when it stands atop a page after the
 * open target table's (see TOP_LINES_MAX).  TRUE when held. */
static gboolean keep_top_line(finder *f, const char *raw, int line, int page)
{
    gboolean target;
    if (!f->open || f->held || f->closing_page || f->open->header->kind != JX_TABLE_TARGET ||
        !f->open->rows->len || f->top_lines >= TOP_LINES_MAX || !cut_row_line(raw, &target))
        return FALSE;
    const jx_prow *last = f->open->rows->pdata[f->open->rows->len - 1];
    if (page <= 0 || last->page <= 0 || page <= last->page ||
        (f->top_lines && page != f->top_page))
        return FALSE;
    if (!f->top_lines) {
        f->top_page = page;
        f->top_first = line;
        f->top_target = FALSE;
    }
    f->top_lines++;
    f->top_target |= target;
    return TRUE;
}

/* Notes whether line `raw`, below lines held atop a page and short enough
 * to be page debris, states their row's target (see TOP_LINES_MAX). */
static void note_top_target(finder *f, const char *raw)
{
    gboolean target;
    cut_row_line(raw, &target);
    f->top_target |= target;
}

/* Settles the lines held atop a page (see TOP_LINES_MAX) before `grid`
 * (`h`: its header, or NULL): the table goes on when one of them states a
 * target and the grid continues it, else it ended at the first of them. */
static void settle_top_lines(finder *f, const jx_grid *grid, const jx_header *h)
{
    if (!f->top_lines)
        return;
    int n = f->top_lines;
    f->top_lines = 0;
    if (f->open && !h && f->top_target && continues(f, f->open, grid) == CONTINUES_YES) {
        g_ptr_array_add(f->warnings,
                        g_strdup_printf("page %d: %d line(s) from line %d atop a page of target "
                                        "table %d read as no row of it; not read",
                                        f->top_page, n, f->top_first, f->open->index));
        return;
    }
    end_open(f);
}

/* Places the cells of a row read from loose lines in the open header's
 * columns by what they are (their columns in the lines say nothing of the
 * table's).  TRUE when every cell found a role and the row has its name and
 * a target: a row of the table. */
#define LOOSE_NO_COLUMN (-100)

static gboolean place_loose_row(const jx_header *h, jx_prow *row)
{
    guint m = row->cells->len;
    jx_role *assign = g_new0(jx_role, m + 1);
    int *cols = g_new0(int, m + 1);
    for (guint i = 0; i < m; i++)
        ((jx_pcell *)row->cells->pdata[i])->col = LOOSE_NO_COLUMN;
    jx_align_row_cols(h, row, 0, NULL, assign, cols);
    gboolean name = FALSE, target = FALSE, all = TRUE;
    for (guint i = 0; i < m; i++) {
        all &= assign[i] != JX_ROLE_NONE;
        name |= assign[i] == JX_ROLE_NAME;
        target |= assign[i] == JX_ROLE_VALUE || assign[i] == JX_ROLE_OP;
        ((jx_pcell *)row->cells->pdata[i])->col = cols[i];
    }
    g_free(assign);
    g_free(cols);
    return all && name && target;
}

/* Reads the kept lines' loose grid as the open table's last row (the grid
 * after them continues it); when they make none, says so. */
static void take_loose_row(finder *f)
{
    const loose_line *first = f->loose->pdata[0];
    jx_grid *grid = f->loose_grid && jx_grid_row_page(f->loose_grid, 0) == first->page
                        ? f->loose_grid
                        : NULL;
    jx_prow *row = grid ? row_from_grid(f->memo, grid, 0) : NULL;
    if (row && states_target(row) && place_loose_row(f->open->header, row)) {
        if (f->loose_owned) {
            /* the table owns the grid its row points into */
            if (!f->open->grids)
                f->open->grids = g_ptr_array_new_with_free_func((GDestroyNotify)jx_grid_free);
            g_ptr_array_add(f->open->grids, grid);
            f->loose_owned = FALSE;
        }
        f->loose_grid = NULL;
        g_ptr_array_add(f->open->rows, row);
        return;
    }
    if (f->loose_row) {
        g_ptr_array_add(f->warnings,
                        g_strdup_printf("page %d: %u line(s) between two parts of target table "
                                        "%d read as no row of it; not read",
                                        first->page, f->loose->len, f->open->index));
    }
    jx_prow_free(row);
}

/*
 * A header may end a page's grid with its rows on the next page's (a
 * browser breaks the page right under the header's first line; a PDF's
 * reader parts the page's ruled tables there): read alone, the header had
 * no row under it to be read by (or opened a table of nothing but its own
 * words, read under a caption), and the rows had no header or read their
 * header's second row as a table's of its own.  A grid's last row holding
 * this many header words, read while no table is open or the open one is
 * such (header_alone), is kept (foot_head); the next grid, on a later page,
 * is read with it on top when that opens a target table, its cells placed
 * over the columns their boxes stand over (or in their own columns, in a
 * grid of the same width without boxes), and the table of the header alone
 * is dropped — when the next grid opens with a header row of its own (rows
 * under no header continue that table as they did).
 */
#define FOOT_HEAD_MIN_WORDS 3

/* The last row of `grid` with text, or -1. */
static int last_text_row(const jx_grid *grid)
{
    int last = -1;
    for (int r = 0; r < jx_grid_n_rows(grid); r++)
        for (int c = 0; c < jx_grid_n_cols(grid) && last < r; c++) {
            const jx_cell *cell = jx_grid_cell(grid, r, c);
            if (cell && *jx_cell_text(cell))
                last = r;
        }
    return last;
}

/* TRUE when the open table was opened by the grid read last (or being
 * read) and has no row but header words (the header's own words read as a
 * row under a caption the header was read from): its header stood at that
 * grid's foot. */
static gboolean header_alone(const finder *f)
{
    if (!f->open || f->open_serial + 1 < f->serial)
        return FALSE;
    for (guint i = 0; i < f->open->rows->len; i++) {
        const jx_prow *row = f->open->rows->pdata[i];
        for (guint k = 0; k < row->cells->len; k++)
            if (jx_header_word_role(((const jx_pcell *)row->cells->pdata[k])->norm) ==
                JX_ROLE_NONE)
                return FALSE;
    }
    return TRUE;
}

/* Drops the open table, opened by a header alone at a grid's foot (see
 * header_alone) that opens again with the rows under it. */
static void drop_header_alone(finder *f)
{
    jx_ptable *t = f->open;
    if (!f->project)
        f->project = g_steal_pointer(&t->project); /* the project its form named */
    end_open(f);
    g_ptr_array_remove(f->tables, t);
    jx_ptable_free(t);
    f->count--;
}

/* The words of `cell`'s text, when it runs two header words or more
 * together, spaces apart (`指标名称 全年指标值(%) 指标解释`), each a header
 * word: a layout dump reads a page's last lines in the columns of the
 * project's metadata block above them, two, and the header under that block
 * comes with its words in one cell.  NULL otherwise (a cell with a box
 * stands where its producer set it). */
static char **header_words_run_together(const jx_cell *cell)
{
    if (cell->has_box || !strchr(jx_cell_text(cell), ' ')) /* one word: nothing run together */
        return NULL;
    char **words = g_strsplit(jx_cell_text(cell), " ", -1);
    int n = 0;
    gboolean all = TRUE;
    for (char **w = words; *w && all; w++) {
        if (!**w)
            continue;
        char *norm = jx_norm_text(*w);
        all = jx_header_word_role(norm) != JX_ROLE_NONE;
        g_free(norm);
        n++;
    }
    if (all && n >= 2)
        return words;
    g_strfreev(words);
    return NULL;
}

/* Keeps row `r` of `grid` as the foot header when it holds
 * FOOT_HEAD_MIN_WORDS header words (see there), a cell's header words run
 * together (header_words_run_together) each in a column of its own. */
static void keep_foot_head(finder *f, const jx_grid *grid, int r)
{
    int words = 0;
    gboolean parted = FALSE;
    for (int c = 0; c < jx_grid_n_cols(grid); c++) {
        const jx_cell *cell = jx_grid_cell(grid, r, c);
        if (!cell || !*jx_cell_text(cell))
            continue;
        char **run = header_words_run_together(cell);
        if (run) {
            for (char **w = run; *w; w++)
                words += **w != '\0';
            parted = TRUE;
            g_strfreev(run);
            continue;
        }
        char *norm = jx_norm_text(jx_cell_text(cell));
        words += jx_header_word_role(norm) != JX_ROLE_NONE;
        g_free(norm);
    }
    if (words < FOOT_HEAD_MIN_WORDS)
        return;
    jx_grid *head = jx_grid_new();
    jx_grid_set_row_origin(head, 0, jx_grid_row_line(grid, r), jx_grid_row_page(grid, r));
    for (int c = 0, at = 0; c < jx_grid_n_cols(grid); c++, at++) {
        const jx_cell *cell = jx_grid_cell(grid, r, c);
        if (!cell)
            continue;
        char **run = header_words_run_together(cell);
        if (run) {
            for (char **w = run; *w; w++)
                if (**w) {
                    jx_cell *word = jx_grid_add_cell(head, 0, at++, 1, 1, *w);
                    word->page = cell->page;
                }
            g_strfreev(run);
            at--; /* (the loop steps past the last word's column) */
            continue;
        }
        jx_cell *copy = jx_grid_add_cell(head, 0, at, 1, jx_cell_colspan(cell), jx_cell_text(cell));
        copy->page = cell->page;
        if (cell->has_box)
            jx_cell_set_box(copy, cell->x0, cell->y0, cell->x1, cell->y1);
    }
    f->foot_head = head;
    f->foot_head_parted = parted;
}

/* The columns of `grid` whose extent's middle stands within [x0, x1):
 * the first into `*col`, how many into `*span`.  FALSE when none does or a
 * column's extent is unknown. */
static gboolean columns_under(const jx_grid *grid, double x0, double x1, int *col, int *span)
{
    *col = -1;
    *span = 0;
    for (int c = 0; c < jx_grid_n_cols(grid); c++) {
        double a, b;
        if (!grid_column_extent(grid, c, &a, &b))
            return FALSE;
        if ((a + b) / 2 >= x0 && (a + b) / 2 < x1) {
            if (*col < 0)
                *col = c;
            (*span)++;
        }
    }
    return *col >= 0;
}

/* Copies every row of `grid` into `joined` from row `at` on, with the
 * rows' lines and pages and the cells' pages, continuations and boxes: the
 * body under a header joined to it from another grid. */
static void append_rows_below(jx_grid *joined, const jx_grid *grid, int at)
{
    for (int r = 0; r < jx_grid_n_rows(grid); r++)
        jx_grid_set_row_origin(joined, at + r, jx_grid_row_line(grid, r), jx_grid_row_page(grid, r));
    for (int r = 0; r < jx_grid_n_rows(grid); r++)
        for (int c = 0; c < jx_grid_n_cols(grid); c++) {
            const jx_cell *cell = jx_grid_cell(grid, r, c);
            if (!cell)
                continue;
            jx_cell *copy = jx_grid_add_cell(joined, at + r, c, jx_cell_rowspan(cell),
                                             jx_cell_colspan(cell), jx_cell_text(cell));
            copy->page = cell->page;
            copy->continues = cell->continues;
            if (cell->has_box)
                jx_cell_set_box(copy, cell->x0, cell->y0, cell->x1, cell->y1);
        }
}

/* `grid` with the foot header on top (see FOOT_HEAD_MIN_WORDS), or NULL
 * when its cells cannot be placed over the grid's columns. */
static jx_grid *under_foot_head(const jx_grid *head, const jx_grid *grid)
{
    gboolean same_width = jx_grid_n_cols(head) == jx_grid_n_cols(grid);
    jx_grid *joined = jx_grid_new();
    jx_grid_set_row_origin(joined, 0, jx_grid_row_line(head, 0), jx_grid_row_page(head, 0));
    int last = -1;
    for (int c = 0; c < jx_grid_n_cols(head); c++) {
        const jx_cell *cell = jx_grid_cell(head, 0, c);
        if (!cell)
            continue;
        int col = c, span = jx_cell_colspan(cell);
        if (cell->has_box ? !columns_under(grid, cell->x0, cell->x1, &col, &span) : !same_width)
            col = -1;
        if (col <= last) {
            jx_grid_free(joined);
            return NULL; /* unplaced, or over a column taken */
        }
        last = col + span - 1;
        jx_cell *copy = jx_grid_add_cell(joined, 0, col, 1, span, jx_cell_text(cell));
        copy->page = cell->page;
        if (cell->has_box)
            jx_cell_set_box(copy, cell->x0, cell->y0, cell->x1, cell->y1);
    }
    append_rows_below(joined, grid, 1);
    return joined;
}

/* TRUE when `grid` opens with a header row of its own (a header's second
 * row read alone): rows with no header of their own continue the open
 * table of the header alone as they always did. */
static gboolean opens_with_header(finder *f, const jx_grid *grid)
{
    jx_header *h = jx_header_read(grid, 0, f->memo);
    gboolean opens = h != NULL;
    jx_header_free(h);
    return opens;
}

/* TRUE when `grid`'s first row opens with a level-1 label (一、产出), as a
 * table's body does: a foot header whose words came run together in a
 * cell has its columns guessed, and a body opening on a level-2 label (its
 * level-1 line lost over the page break) is read under it with its level-2
 * labels for level-1 ones and no project. */
static gboolean opens_with_level1_label(const jx_grid *grid)
{
    for (int c = 0; c < jx_grid_n_cols(grid); c++) {
        const jx_cell *cell = jx_grid_cell(grid, 0, c);
        if (!cell || !*jx_cell_text(cell))
            continue;
        char *norm = jx_norm_text(jx_cell_text(cell));
        gboolean level1 = jx_cell_classify(norm) == JX_CK_LEVEL1;
        g_free(norm);
        return level1;
    }
    return FALSE;
}

/* Reads one grid into the tables (see below). */
static void read_grid(finder *f, const jx_grid *grid);

/* Keeps a grid of header lines alone (see SPLIT_HEAD_MIN_SUBHEADS). */
static void keep_split_head(finder *f, const jx_grid *grid);

/* Reads `joined`, a grid made of two (a header and the body below it), and
 * gives it to the table last read, which owns it from then on; freed when
 * no table was read. */
static void read_joined(finder *f, jx_grid *joined)
{
    read_grid(f, joined);
    forget_built(f);
    jx_ptable *t = f->tables->len ? f->tables->pdata[f->tables->len - 1] : NULL;
    if (!t) {
        jx_grid_free(joined);
        return;
    }
    if (!t->grids)
        t->grids = g_ptr_array_new_with_free_func((GDestroyNotify)jx_grid_free);
    g_ptr_array_add(t->grids, joined);
}

/* Reads `grid` with the foot header on top when that opens a table (see
 * FOOT_HEAD_MIN_WORDS); the table owns the grid so made.  FALSE when it
 * does not (`grid` is then read as it is). */
static gboolean read_under_foot_head(finder *f, const jx_grid *grid)
{
    jx_grid *head = g_steal_pointer(&f->foot_head);
    gboolean parted = f->foot_head_parted;
    jx_grid *joined = (!f->open || header_alone(f)) && jx_grid_n_rows(grid) > 0 &&
                              jx_grid_row_page(grid, 0) > jx_grid_row_page(head, 0) &&
                              (!parted || opens_with_level1_label(grid))
                          ? under_foot_head(head, grid)
                          : NULL;
    jx_grid_free(head);
    if (!joined)
        return FALSE;
    jx_header *h = jx_header_read(joined, 0, f->memo);
    gboolean opens = h && h->kind == JX_TABLE_TARGET;
    /* under a table of the header alone, the grid opens with a header row
     * of its own, or with the rest of the foot header's cells wrapped over
     * the page break (一级 at page 1's foot, 指标 atop page 2: one header of
     * two rows); rows under no header continue that table as they did —
     * unless its words came run together in a cell: that table has fewer
     * columns than its header words */
    if (opens && f->open && h->n_rows < 2 && !parted && !opens_with_header(f, grid))
        opens = FALSE;
    jx_header_free(h);
    if (!opens) {
        jx_grid_free(joined);
        return FALSE;
    }
    if (f->open)
        drop_header_alone(f);
    read_joined(f, joined);
    return TRUE;
}

/* TRUE when header `h` is the open table's again, a page break: its words
 * in the same cells, or two of them run together or parted otherwise under
 * the document's first target table (jx_header_parts_open).  A table opened
 * later under such a header is itself a page read apart (its columns too
 * far from the first's); the next page's header is the first table's
 * again, not its. */
static gboolean repeats_open_header(const finder *f, const jx_header *h)
{
    if (!h || !f->open)
        return FALSE;
    return jx_header_repeats(h, f->open->header) ||
           (f->open->index == f->first_target && jx_header_parts_open(h, f->open->header));
}

/* Warns of the rows table `t` took, a table of no records (its header's
 * kind not extracted) opened by a header read among the rows of target
 * table `target` (0: none): a row of a target table is read or said, never
 * dropped silently (a label's tail read as a header, `指标 | 指标`). */
static void warn_unread_inner(finder *f, const jx_ptable *t, int target)
{
    if (!t || !target)
        return;
    int rows = 0, first = 0, last = 0;
    for (guint i = 0; i < t->rows->len; i++) {
        const jx_prow *row = t->rows->pdata[i];
        if (!row->cells->len)
            continue;
        rows++;
        first = first ? first : row->line;
        last = row->line ? row->line : last;
    }
    if (!rows)
        return;
    char *place = first ? g_strdup_printf("lines %d-%d", first, last) : g_strdup("a table");
    GString *head = g_string_new(NULL);
    for (int c = 0; c < t->header->n_cols && t->header->texts; c++)
        if (t->header->texts[c] && *t->header->texts[c])
            g_string_append_printf(head, "%s%s", head->len ? " | " : "", t->header->texts[c]);
    g_ptr_array_add(f->warnings,
                    g_strdup_printf("%s: %d row(s) of target table %d under a line read as "
                                    "another table's header (%s); not read",
                                    place, rows, target, head->str));
    g_string_free(head, TRUE);
    g_free(place);
}

/*
 * A word processor breaking a borderless table's page inside a row whose
 * name wraps sets the name's last line alone atop the next page (`全市科技
 * 管理综合能力提升研修班开` at the foot, `班次数` over the next page's rows),
 * the row's target left on the page before beside the name's first line.
 * Short, the line read as page debris and the name lost its end.  The first
 * line of the page right after the open target table's last row, one piece
 * of plain text (no target, no level label nor a piece of one), is held
 * while that row has a name; when the page's first grid goes on with the
 * table, it is that name's end.  Anything else on the page first (another
 * line, a header) lets it go: a running head is read as before.
 */

/* The open target table's last row and the column of its name, or NULL. */
static jx_prow *last_named_row(const finder *f, int *col)
{
    if (!f->open || f->held || f->open->header->kind != JX_TABLE_TARGET || !f->open->rows->len)
        return NULL;
    const jx_header *h = f->open->header;
    jx_prow *last = f->open->rows->pdata[f->open->rows->len - 1];
    for (int c = 0; c < h->n_cols; c++)
        if (h->roles[c] == JX_ROLE_NAME) {
            const jx_pcell *name = jx_prow_cell(last, c);
            *col = c;
            return name && name->kind == JX_CK_TEXT ? last : NULL;
        }
    return NULL;
}

/* The display width of the last line of `raw` (a wide character counts
 * two, as a layout dump sets it). */
static int last_line_width(const char *raw)
{
    const char *nl = strrchr(raw, '\n');
    int width = 0;
    for (const char *p = nl ? nl + 1 : raw; *p; p = g_utf8_next_char(p))
        width += g_unichar_iswide(g_utf8_get_char(p)) ? 2 : 1;
    return width;
}

/* TRUE when the name of `last` (in column `col`) ends on a line as wide as
 * the widest name line of the rows on its page: a name wraps only where its
 * line is full.  A row's name that ends short (`长效管理机制`) is whole, and
 * a line atop the next page is the next row's name, set over its target
 * (`家长满意度` over `服务对象满意度指标 ≥ 95%`). */
static gboolean name_fills_its_column(const finder *f, const jx_prow *last, int col)
{
    int widest = 0;
    for (guint i = f->open->rows->len; i-- > 0;) {
        const jx_prow *row = f->open->rows->pdata[i];
        if (row->page != last->page)
            break;
        const jx_pcell *name = jx_prow_cell(row, col);
        for (const char *p = name ? name->raw : NULL; p; p = strchr(p, '\n')) {
            p += *p == '\n';
            const char *nl = strchr(p, '\n');
            g_autofree char *line = nl ? g_strndup(p, (gsize)(nl - p)) : g_strdup(p);
            widest = MAX(widest, last_line_width(line));
            if (!nl)
                break;
        }
    }
    return last_line_width(jx_prow_cell(last, col)->raw) >= widest;
}

/* TRUE when line `raw` (`norm`), on `page`, is held as the open table's last
 * name's end (see above): page debris, the page's first line, on the page
 * right after the last row's, whose name fills its line. */
static gboolean hold_name_tail(finder *f, const char *raw, const char *norm, int page)
{
    int col;
    const jx_prow *last = last_named_row(f, &col);
    if (!last || f->tail_raw || f->top_lines || f->debris || f->closing_page ||
        last->page <= 0 || page != last->page + 1)
        return FALSE;
    g_autofree char *trimmed = g_strstrip(g_strdup(raw));
    if (!*trimmed || strpbrk(trimmed, " \t") || jx_cell_classify(norm) != JX_CK_TEXT ||
        jx_taxonomy_label_word(norm) || jx_taxonomy_label_piece(norm) ||
        !name_fills_its_column(f, last, col))
        return FALSE;
    f->tail_raw = g_steal_pointer(&trimmed);
    f->tail_page = page;
    return TRUE;
}

/* Settles the name's end held (see hold_name_tail) before `grid` (`h`: its
 * header, or NULL): the last row's name takes it when the grid, on its
 * page, goes on with the open table. */
static void settle_name_tail(finder *f, const jx_grid *grid, const jx_header *h)
{
    if (!f->tail_raw)
        return;
    int col;
    jx_prow *last = last_named_row(f, &col);
    if (last && !h && jx_grid_row_page(grid, 0) == f->tail_page &&
        continues(f, f->open, grid) == CONTINUES_YES) {
        const jx_pcell *name = jx_prow_cell(last, col);
        g_autofree char *raw = g_strconcat(name->raw, f->tail_raw, NULL);
        g_autofree char *norm = jx_norm_text(raw);
        jx_pcell *set = jx_prow_set_texts(last, col, raw, norm);
        set->kind = jx_cell_classify(norm);
    }
    g_clear_pointer(&f->tail_raw, g_free);
}

/*
 * Reads one grid into the tables.  A header row opens a table, unless it is
 * the open table's header again (a page break), which is skipped — except
 * when 序号 starts over after it.  A headerless grid continues the open table
 * when it looks like more of its rows, else it is reported and not read.
 */
static void read_grid(finder *f, const jx_grid *grid)
{
    int n = jx_grid_n_rows(grid);
    int r = 0;
    jx_header *h = jx_header_read(grid, 0, f->memo);
    g_hash_table_remove_all(f->carried); /* its cells are the last grid's */
    if (f->loose->len) {
        /* lines at the foot of the open table's page: its row, when this
         * grid goes on with the table on a later page */
        const loose_line *l = f->loose->pdata[0];
        gboolean goes_on = f->loose_row && f->open && !h && jx_grid_row_page(grid, 0) > l->page &&
                           continues(f, f->open, grid) == CONTINUES_YES;
        if (goes_on)
            take_loose_row(f);
        drop_loose(f, !goes_on);
    }
    forget_loose_grid(f); /* its lines' grid, or an earlier page's */
    settle_name_tail(f, grid, h);
    settle_top_lines(f, grid, h);
    if (f->closing_page) {
        /* after a page foot of too much debris the table goes on only where
         * the next page says so plainly: its header again, or rows of its
         * shape (not merely wrapped pieces) */
        gboolean repeat = repeats_open_header(f, h);
        if (repeat || (!h && f->open && continues(f, f->open, grid) == CONTINUES_YES))
            f->closing_page = 0;
        else
            end_open(f);
    }
    /* a grid opening on another project's name (项目名称 | …) is the next
     * project's form, no part of the open table */
    if (f->open && !h && jx_header_metadata_row(grid, 0)) {
        remember_header_project(f, grid, 0, 1);
        if (names_another_project(f)) {
            settle_held(f, FALSE);
            end_open(f);
        }
    }
    gboolean part_start = f->open != NULL;
    if (f->open && !h) {
        continuation c = continues(f, f->open, grid);
        if ((c == CONTINUES_UNSURE || c == CONTINUES_PAST) && !f->held) {
            f->held = grid; /* wrapped pieces: the next grid decides */
            f->held_past = c == CONTINUES_PAST;
            f->held_serial = f->serial;
            jx_header_free(h);
            return;
        }
        if (c == CONTINUES_PAST) /* a second grid the next must settle: none goes on */
            c = CONTINUES_NO;
        settle_held(f, c != CONTINUES_NO);
        if (c == CONTINUES_NO) {
            warn_unread(f, grid, f->open);
            end_open(f);
        } else {
            int at = added_work_item_column(f, grid);
            int parted = at < 0 ? parted_open_column(f, grid) : -1;
            if (at >= 0)
                add_work_item_column(f, at);
            else if (parted >= 0)
                insert_open_column(f, parted + 1, JX_ROLE_NONE, "");
            else if (added_rowhead_column(f, grid))
                insert_open_column(f, 0, JX_ROLE_NONE, "");
        }
    } else {
        /* a header: held pieces before the open table's own header again end
         * its page; before another table they are no part of anything */
        gboolean repeat = repeats_open_header(f, h);
        settle_held(f, repeat);
    }
    int *remap = NULL; /* the page's columns → the open header's, after a repeated header */
    gboolean reheaded = FALSE; /* the open table's header again opens this part */
    int remap_n = 0;
    gboolean scored = FALSE; /* remap is scored_page_column_map's */
    int paired = -1;         /* …and the header column of its paired cells' second values */
    if (f->open && !h && part_start &&
        ((remap = parted_page_column_map(f, grid)) ||
         (remap = dropped_rowhead_column_map(f, grid)) ||
         (remap = dropped_rowhead_label_map(f, grid)) ||
         (remap = target_page_column_map(f, grid)) ||
         (scored = (remap = scored_page_column_map(f, f->open, grid, &paired)) != NULL)))
        remap_n = jx_grid_n_cols(grid);
    int weight_col = WEIGHT_COLUMN_UNKNOWN; /* grid_weight_column's, asked once */
    int unread = 0, unread_first = -1, unread_last = -1; /* rows no table took */
    gboolean form_head = FALSE; /* reading the next project's metadata rows (a
                                   form's head, no rows left unread) */
    const jx_prow *last = NULL; /* the last row this grid gave the open table… */
    int last_r = -1;            /* …and where it stands in the grid */
    const jx_ptable *inner = NULL; /* a table of no records opened inside… */
    int inner_target = 0;          /* …this target table (warn_unread_inner) */
    while (r < n) {
        if (h && h->n_rows > 1)
            remember_header_project(f, grid, r, h->n_rows - 1);
        if (repeats_open_header(f, h) &&
            !restarts_numbering(f->memo, f->open, grid, r + h->n_rows) &&
            !names_another_project(f)) {
            /* the open table's header again: a page break */
            g_free(remap);
            scored = FALSE;
            remap = repeat_column_map(h, f->open->header, grid, r + h->n_rows);
            remap_n = h->n_cols;
            r += h->n_rows;
            jx_header_free(h);
            part_start = TRUE;
            reheaded = TRUE;
        } else if (h) {
            g_clear_pointer(&remap, g_free);
            scored = FALSE;
            int head_col = -1;
            const jx_cell *head_line = r > 0 ? head_piece_above(grid, r - 1, &head_col) : NULL;
            jx_header_join_head_above(h, head_line ? jx_cell_text(head_line) : NULL, head_col);
            warn_unread_inner(f, inner, inner_target);
            inner_target = f->open && f->open->header->kind == JX_TABLE_TARGET &&
                                   !jx_table_extracted(h)
                               ? f->open->index
                               : 0;
            open_table(f, h, grid);
            inner = inner_target ? f->open : NULL;
            form_head = FALSE;
            last = NULL; /* another table's */
            r += h->n_rows;
            if (r < n)
                drop_label_heads(f, grid, r, h);
            /* a header cell wrapped around the header row: its first line
             * stood above the grid, its last is the row under the header */
            const char *const *above = (const char *const *)f->open->above;
            guint n_above = above ? g_strv_length((char **)above) : 0;
            if (r < n && n_above &&
                jx_header_join_wrapped(h, above[n_above - 1], peek_row(f, grid, r)))
                r++;
            part_start = FALSE;
            reheaded = FALSE;
        } else {
            jx_prow *row = take_row(f, grid, r);
            gboolean names_project = remember_row_project(f, grid, r, row) ||
                                     remember_wrapped_key_project(f, grid, r);
            /* a spreadsheet prints every project's form in one grid: the
             * next project's metadata rows (项目名称 | X or 项目名称：X, 主管部门 |
             * Y…) end the open table, and the header after them opens X's */
            if (f->open && names_project && names_another_project(f) &&
                header_follows(f, grid, r)) {
                end_open(f);
                form_head = TRUE;
            }
            if (is_note_row(f, row)) {
                take_note_row(f, row);
                jx_prow_free(row);
            } else if (f->open && row->cells->len) {
                if (self_evaluation_header(f->open->header)) {
                    if (weight_col == WEIGHT_COLUMN_UNKNOWN)
                        weight_col = grid_weight_column(f, grid);
                    part_weight_from_actual(f, row, weight_col);
                }
                if (remap)
                    remap_row(row, remap, remap_n);
                if (remap && scored) {
                    part_merged_labels(f, row, f->open->header);
                    lower_label_piece(row, f->open->header);
                }
                if (remap && scored && paired >= 0)
                    part_scored_cell(f, row, f->open->header, paired);
                if (self_evaluation_header(f->open->header))
                    part_score_from_deviation(f, row, f->open->header);
                carry_cut_cells(f, grid, r, row, remap, remap_n, part_start);
                if (part_start && f->open->rows->len)
                    carry_cut_cells_up(f, row);
                row->page_start = part_start;
                row->reheaded = part_start && reheaded;
                row->guessed = f->guessed && (guint)r < f->guessed->len &&
                               g_array_index(f->guessed, gboolean, r);
                part_start = FALSE;
                reheaded = FALSE;
                g_ptr_array_add(f->open->rows, row);
                last = row;
                last_r = r;
            } else {
                remember_row(f, row);
                if (row->cells->len && f->last_target && !form_head &&
                    !jx_header_metadata_row(grid, r)) {
                    unread++;
                    if (unread_first < 0)
                        unread_first = r;
                    unread_last = r;
                }
                jx_prow_free(row);
            }
            r++;
        }
        h = r < n ? jx_header_read(grid, r, f->memo) : NULL;
        if (h && f->open && !opens_inner_table(h, f->open->header, grid, r)) {
            jx_header_free(h);
            h = NULL;
        }
    }
    warn_unread_inner(f, inner, inner_target);
    /* the foot the next page's first row may continue: only the last row's */
    if (last)
        note_foot(f, grid, last_r, last, remap, remap_n);
    int foot_row = last_text_row(grid);
    if (foot_row >= 0 && (!f->open || header_alone(f)))
        keep_foot_head(f, grid, foot_row);
    if (!f->foot_head && f->open && !f->open->rows->len && header_alone(f))
        keep_split_head(f, grid);
    g_free(remap);
    g_ptr_array_set_size(f->recent, 0); /* lines above a grid belong to it alone */
    f->debris = 0;
    /* rows after a target table ended, under no header: said, never dropped
     * silently (before the first table they are a form's head, not rows) */
    if (unread) {
        char *place = rows_place(grid, unread_first, unread_last);
        g_ptr_array_add(f->warnings,
                        g_strdup_printf("%s: %d row(s) after target table %d ended have no "
                                        "header of their own; not read",
                                        place, unread, f->last_target));
        g_free(place);
    }
}

/*
 * A layout dump's page may break inside a two-level header: the page ends
 * with the header's upper lines, its group heading (年度目标值) standing
 * over one column, and the next page opens with that heading's sub-heads
 * (计算符号 | 指标值 | 单位), where the columns left of them are the ones the
 * upper lines headed.  Read alone, the upper lines open a table of nothing
 * and the sub-heads open none.  A grid of header lines alone (no row read
 * under them, no cell with a box) is kept whole (split_head); the next
 * grid, on a later page, is read under it when its first row holds
 * SPLIT_HEAD_MIN_SUBHEADS header words or more and nothing else, from the
 * kept grid's last column on, and that opens a target table.
 */
#define SPLIT_HEAD_MIN_SUBHEADS 2

/* Keeps a copy of `grid`, header lines alone, as the split head (see
 * SPLIT_HEAD_MIN_SUBHEADS). */
static void keep_split_head(finder *f, const jx_grid *grid)
{
    jx_grid *head = jx_grid_new();
    for (int r = 0; r < jx_grid_n_rows(grid); r++)
        jx_grid_set_row_origin(head, r, jx_grid_row_line(grid, r), jx_grid_row_page(grid, r));
    for (int r = 0; r < jx_grid_n_rows(grid); r++)
        for (int c = 0; c < jx_grid_n_cols(grid); c++) {
            const jx_cell *cell = jx_grid_cell(grid, r, c);
            if (!cell)
                continue;
            if (cell->has_box) {
                jx_grid_free(head); /* a PDF's cells: foot_head places them by their boxes */
                return;
            }
            jx_cell *copy = jx_grid_add_cell(head, r, c, jx_cell_rowspan(cell),
                                             jx_cell_colspan(cell), jx_cell_text(cell));
            copy->page = cell->page;
        }
    g_clear_pointer(&f->split_head, jx_grid_free);
    f->split_head = head;
}

/* The column `grid`'s first row's sub-heads start in when that row holds
 * header words alone, SPLIT_HEAD_MIN_SUBHEADS of them at least; else -1. */
static int subheads_from(const jx_grid *grid)
{
    int first = -1, words = 0;
    for (int c = 0; c < jx_grid_n_cols(grid); c++) {
        const jx_cell *cell = jx_grid_cell(grid, 0, c);
        if (!cell || !*jx_cell_text(cell))
            continue;
        char *norm = jx_norm_text(jx_cell_text(cell));
        gboolean word = jx_header_word_role(norm) != JX_ROLE_NONE;
        g_free(norm);
        if (!word || jx_cell_rowspan(cell) > 1)
            return -1;
        if (first < 0)
            first = c;
        words++;
    }
    return words >= SPLIT_HEAD_MIN_SUBHEADS ? first : -1;
}

/* `grid` under the split head, the head's last column spanning the
 * sub-heads' columns, or NULL when the two do not meet so (see
 * SPLIT_HEAD_MIN_SUBHEADS). */
static jx_grid *under_split_head(const jx_grid *head, const jx_grid *grid)
{
    int from = jx_grid_n_rows(grid) > 1 ? subheads_from(grid) : -1;
    int last = jx_grid_n_cols(head) - 1;
    if (from < 1 || from != last)
        return NULL;
    int span = jx_grid_n_cols(grid) - from;
    int head_rows = jx_grid_n_rows(head);
    jx_grid *joined = jx_grid_new();
    for (int r = 0; r < head_rows; r++)
        jx_grid_set_row_origin(joined, r, jx_grid_row_line(head, r), jx_grid_row_page(head, r));
    for (int r = 0; r < head_rows; r++)
        for (int c = 0; c <= last; c++) {
            const jx_cell *cell = jx_grid_cell(head, r, c);
            if (!cell)
                continue;
            if (c < last && c + jx_cell_colspan(cell) > last) {
                jx_grid_free(joined);
                return NULL; /* a cell across the group heading's column */
            }
            jx_cell *copy = jx_grid_add_cell(joined, r, c, jx_cell_rowspan(cell),
                                             c == last ? span : jx_cell_colspan(cell),
                                             jx_cell_text(cell));
            copy->page = cell->page;
        }
    append_rows_below(joined, grid, head_rows);
    return joined;
}

/* Reads `grid` under the split head when that opens a target table (see
 * SPLIT_HEAD_MIN_SUBHEADS), dropping the table the head opened alone; the
 * table owns the grid so made.  FALSE when it does not. */
static gboolean read_under_split_head(finder *f, const jx_grid *grid)
{
    jx_grid *head = g_steal_pointer(&f->split_head);
    jx_grid *joined = header_alone(f) && jx_grid_n_rows(grid) > 0 &&
                              jx_grid_row_page(grid, 0) > jx_grid_row_page(head, 0)
                          ? under_split_head(head, grid)
                          : NULL;
    jx_grid_free(head);
    if (!joined)
        return FALSE;
    jx_header *h = jx_header_read(joined, 0, f->memo);
    gboolean opens = h && h->kind == JX_TABLE_TARGET;
    jx_header_free(h);
    if (!opens) {
        jx_grid_free(joined);
        return FALSE;
    }
    drop_header_alone(f);
    read_joined(f, joined);
    return TRUE;
}

/*
 * A browser prints a web page's table without widths: it centres each header
 * word over its column and sets the cells' text from the column's left edge,
 * one word space after the cell beside it.  Where the names start left of
 * their centred 三级指标 and a level-2 label ends at that start, no gap parts
 * the two columns: the header reads `二级指标 三级指标` (or `二级指标 指标内容`)
 * as one cell, and the rows below it `数量指标 发放人数` on a group's first row,
 * the name alone on the others.  Read as the level-2 column, every name went
 * for a label and no row had a name.  From a header row holding such a cell
 * down, the column is parted in two: a cell's first word when it is a level-2
 * label the taxonomy knows goes left, the rest (or the whole cell) right.
 *
 * A table with a work-item column (名称 left of 指标内容) joins the same way:
 * the work items start left of their centred 名称, and the header reads
 * `二级指标 名称`.  There wkhtmltopdf sets each level-2 label alone on its
 * line, centred in its group's rows, so a cell that is a whole level-2 label
 * stays left and every work item goes right; read as the level-2 column,
 * every row's work item went for its label (wkhtml-web dept f0054, f0189).
 */

/* The first word of `raw` (up to its first white space) and where the rest
 * starts, or FALSE when `raw` has one word. */
static gboolean first_word(const char *raw, char **word, const char **rest)
{
    const char *p = raw + strspn(raw, " \t");
    const char *space = strpbrk(p, " \t");
    if (!space)
        return FALSE;
    const char *r = space + strspn(space, " \t");
    if (!*r)
        return FALSE;
    *word = g_strndup(p, (gsize)(space - p));
    *rest = r;
    return TRUE;
}

/* TRUE when `raw` is a level-2 label's header word and a name column's set
 * one space apart (`二级指标 指标内容`).  Asked of every cell of every grid:
 * the memo's role of the whole text (LEVEL2 for such a pair, read as one
 * word) turns nearly all away before the two words are normalized apart. */
static gboolean joined_level2_name_head(jx_facts *memo, const char *raw)
{
    char *word;
    const char *rest;
    if (!strpbrk(raw, " \t") || jx_facts_lookup(memo, raw)->role != JX_ROLE_LEVEL2 ||
        !first_word(raw, &word, &rest))
        return FALSE;
    char *left = jx_norm_text(word), *right = jx_norm_text(rest);
    jx_role after = jx_header_word_role(right);
    gboolean joined = jx_header_label_head(left) == JX_ROLE_LEVEL2 &&
                      (after == JX_ROLE_NAME || after == JX_ROLE_TASK);
    g_free(right);
    g_free(left);
    g_free(word);
    return joined;
}

/* The header row of `grid` holding a joined level-2 and name head (see
 * above), its column into `*col`; -1 when none. */
static int joined_level2_name_row(jx_facts *memo, const jx_grid *grid, int *col)
{
    int rows = jx_grid_n_rows(grid), cols = jx_grid_n_cols(grid);
    for (int r = 0; r < rows; r++) {
        const jx_cell *const *at = jx_grid_row_cells(grid, r);
        for (int c = 0; c < cols; c++) {
            const jx_cell *cell = at[c];
            if (cell && cell->row == r && cell->col == c && jx_cell_colspan(cell) == 1 &&
                joined_level2_name_head(memo, jx_cell_text(cell)) &&
                jx_header_row(grid, r, 2, memo)) {
                *col = c;
                return r;
            }
        }
    }
    return -1;
}

/* Adds to `parted` a copy of `cell` at (row, col) spanning `span` columns,
 * text `text`, with the cell's page, continuation and box. */
static void copy_cell_to(jx_grid *parted, const jx_cell *cell, int col, int span, const char *text)
{
    jx_cell *copy = jx_grid_add_cell(parted, cell->row, col, jx_cell_rowspan(cell), span, text);
    copy->page = cell->page;
    copy->continues = cell->continues;
    if (cell->has_box)
        jx_cell_set_box(copy, cell->x0, cell->y0, cell->x1, cell->y1);
}

/* TRUE when `raw` (one word) is a level-2 label the taxonomy knows. */
static gboolean whole_level2_label(const char *raw)
{
    char *norm = jx_norm_text(raw);
    gboolean label = jx_taxonomy_level2(NULL, norm) != NULL;
    g_free(norm);
    return label;
}

/* Puts `cell` of column `col` into `parted` as two: its first word in `col`
 * when that is a level-2 label (or the level-2 head word), the rest or the
 * whole in `col` + 1; a cell that is one word, a whole level-2 label, goes
 * to `col` alone (a label set on a line of its own, no name beside it). */
static void part_label_name_cell(jx_grid *parted, const jx_cell *cell, int col)
{
    const char *raw = jx_cell_text(cell);
    char *word = NULL;
    const char *rest = raw;
    if (first_word(raw, &word, &rest)) {
        char *norm = jx_norm_text(word);
        if (jx_taxonomy_level2(NULL, norm) || jx_header_label_head(norm) == JX_ROLE_LEVEL2)
            copy_cell_to(parted, cell, col, 1, word);
        else
            rest = raw;
        g_free(norm);
    } else if (whole_level2_label(raw)) {
        copy_cell_to(parted, cell, col, 1, raw);
        return;
    }
    copy_cell_to(parted, cell, col + 1, 1, rest);
    g_free(word);
}

/* TRUE when a row of `grid` from `from` up to `to` (excluded) is a header
 * row. */
static gboolean header_in_rows(jx_facts *memo, const jx_grid *grid, int from, int to)
{
    for (int r = from; r < to; r++)
        if (jx_header_row(grid, r, 2, memo))
            return TRUE;
    return FALSE;
}

/* TRUE when the header at row `head` of `grid` is its one line, no header
 * line above it: a header wrapped over lines (`全年（程）指` / `标值`) is a
 * layout dump's whose columns drift round it, the names in the targets'
 * column on some rows (wkhtml-writer-layout half f0003). */
static gboolean one_line_header(jx_facts *memo, const jx_grid *grid, int head)
{
    jx_header *h = jx_header_read(grid, head, memo);
    jx_header *above = head > 0 ? jx_header_read(grid, head - 1, memo) : NULL;
    gboolean one = h && h->n_rows == 1 && !above;
    jx_header_free(above);
    jx_header_free(h);
    return one;
}

/* `grid` with its joined level-2 and name column parted from the header
 * row down (see above), or NULL when it has none.  Rows above the header
 * under a header of their own (the part of a table before, a browser
 * printing each part at its own widths) keep their columns; rows above it
 * under none (a page's rows before the header wkhtmltopdf prints again
 * lower down, in the same columns: wkhtml-web dept f0054's second page)
 * are parted with it.  A grid holding another header below is left
 * as it is: its later parts' headers, the first's words in other columns,
 * would read as the parted one's again and take its columns. */
static jx_grid *parted_level2_name_grid(jx_facts *memo, const jx_grid *grid)
{
    int col, head = jx_grid_is_loose(grid) ? -1 : joined_level2_name_row(memo, grid, &col);
    if (head < 0 || header_in_rows(memo, grid, head + 1, jx_grid_n_rows(grid)) || !one_line_header(memo, grid, head))
        return NULL;
    gboolean headless_above = !header_in_rows(memo, grid, 0, head);
    jx_grid *parted = jx_grid_new();
    for (int r = 0; r < jx_grid_n_rows(grid); r++)
        jx_grid_set_row_origin(parted, r, jx_grid_row_line(grid, r), jx_grid_row_page(grid, r));
    for (int r = 0; r < jx_grid_n_rows(grid); r++)
        for (int c = 0; c < jx_grid_n_cols(grid); c++) {
            const jx_cell *cell = jx_grid_cell(grid, r, c);
            if (!cell || cell->row != r || cell->col != c)
                continue;
            int span = jx_cell_colspan(cell);
            /* parted, or reaching the header's rows */
            gboolean below = headless_above || r + jx_cell_rowspan(cell) > head;
            if ((r >= head || headless_above) && c == col && span == 1)
                part_label_name_cell(parted, cell, col);
            else if (below)
                copy_cell_to(parted, cell, c > col ? c + 1 : c,
                             span + (c <= col && c + span > col), jx_cell_text(cell));
            else
                copy_cell_to(parted, cell, c, span, jx_cell_text(cell));
        }
    return parted;
}

/* Reads one grid (read_grid), then lets go of the rows kept for it. */
static void take_grid(finder *f, const jx_grid *grid)
{
    if (f->foot_head && read_under_foot_head(f, grid))
        return;
    g_clear_pointer(&f->foot_head, jx_grid_free);
    if (f->split_head && read_under_split_head(f, grid))
        return;
    g_clear_pointer(&f->split_head, jx_grid_free);
    jx_grid *parted = parted_level2_name_grid(f->memo, grid);
    if (parted) {
        read_joined(f, parted);
        return;
    }
    read_grid(f, grid);
    forget_built(f);
}

/* A LINE block: a note, page debris inside a table, or text that ends it. */
static void take_line(finder *f, const char *raw, int line, int page)
{
    /* a page break among the lines after a table: the next page's head and
     * the last page's foot are each page's own furniture, so each page has
     * its own allowance (PDFs set down footers, running heads and the
     * overflow of a cut cell there) */
    if (page != f->debris_page) {
        f->debris = 0;
        f->debris_page = page;
    }
    char *norm = jx_norm_text(raw);
    remember_line(f, norm);
    /* after a table, also `项目名称 X` (a metadata row whose cells spaces
     * part) names the next table's project; before the first, only
     * `项目名称:X` (the document's project otherwise) */
    char *named = f->count > 0 ? jx_meta_project_line(raw, norm) : jx_meta_project(norm, NULL);
    if (named) {
        g_free(f->project);
        f->project = named;
    }
    /* a project's name on the line after its key (项目名称 / X: the
     * metadata of a cell stream, one cell a line) */
    if (*norm && f->recent->len >= 2 && jx_meta_is_project_key(f->recent->pdata[f->recent->len - 2]))
        remember_project(f, f->recent->pdata[f->recent->len - 2], norm);
    gboolean note = f->count > 0 && (jx_note_classify(norm) != JX_NOTE_NONE ||
                                     (f->in_notes && jx_note_continues(norm)));
    /* asked only when a held row or an open table may take the line */
    gboolean debris = (f->held || f->open) &&
                      (is_footnote(raw) || is_debris(norm, f->line_counts) ||
                       (f->open && echoes_table(f->open, raw)));
    if (f->open && !f->held && !note && is_section_row(f->open, norm)) {
        /* the open table's row, its one cell in the level-1 column */
        const jx_header *h = f->open->header;
        int col = 0;
        while (col < h->n_cols - 1 && h->roles[col] != JX_ROLE_LEVEL1)
            col++;
        jx_grid *grid = jx_grid_new();
        jx_grid_set_row_origin(grid, 0, line, page);
        if (is_bare_section(f->open, norm))
            jx_grid_add_cell(grid, 0, 0, 1, h->n_cols, raw);
        else
            jx_grid_add_cell(grid, 0, h->roles[col] == JX_ROLE_LEVEL1 ? col : 0, 1, 1, raw);
        /* the table owns the grid its row points into */
        if (!f->open->grids)
            f->open->grids = g_ptr_array_new_with_free_func((GDestroyNotify)jx_grid_free);
        g_ptr_array_add(f->open->grids, grid);
        jx_prow *row = row_from_grid(f->memo, grid, 0);
        row->page_start = f->open->rows->len == 0;
        g_ptr_array_add(f->open->rows, row);
        g_free(norm);
        return;
    }
    if (f->held && (note || !debris))
        settle_held(f, FALSE);
    /* lines at the foot of the table's page: perhaps a row printed outside
     * its rules, which the next grid decides */
    if (f->loose->len && (note || (!debris && page != ((loose_line *)f->loose->pdata[0])->page)))
        drop_loose(f, TRUE);
    if (debris && !note && hold_name_tail(f, raw, norm, page)) {
        g_free(norm);
        return;
    }
    g_clear_pointer(&f->tail_raw, g_free); /* another line first: no name's end */
    if (debris && f->top_lines && page == f->top_page)
        note_top_target(f, raw); /* `100 %` under a held row's first line */
    gboolean kept = !note && keep_loose_line(f, norm, line, page, debris);
    if (note) {
        end_open(f);
        f->in_notes = TRUE;
        jx_note_collect(norm, f->notes);
    } else if (f->open && !debris) {
        if (!kept && !keep_top_line(f, raw, line, page))
            end_open(f);
    } else if (f->open && ++f->debris > MAX_DEBRIS_LINES) {
        /* A page foot can hold more short lines than that (a cut cell's
         * overflow, a page number, a row-header's text printed below the
         * rules): whether the table ends is the next page's to say. */
        if (!f->closing_page)
            f->closing_page = page;
        else if (page > f->closing_page + 1)
            end_open(f);
    }
    g_free(norm);
}

static void finder_stream_grid(jx_grid *grid, const GArray *guessed, const char *warning,
                               gpointer p);
static void finder_line(const char *raw, int line, int page, gpointer p);

jx_finder *jx_finder_new(const GHashTable *line_counts, GPtrArray *warnings, GPtrArray *notes,
                         jx_facts *memo, jx_table_fn done, gpointer done_data)
{
    jx_finder *f = g_new0(jx_finder, 1);
    f->tables = g_ptr_array_new();
    f->warnings = warnings;
    f->notes = notes;
    f->line_counts = line_counts;
    f->memo = memo;
    f->built = g_ptr_array_new_with_free_func((GDestroyNotify)jx_prow_free);
    f->owned = g_queue_new();
    f->done = done;
    f->done_data = done_data;
    f->cells = jx_cellrun_new(finder_stream_grid, finder_line, f);
    f->blocks = jx_colblocks_new(f->cells, finder_stream_grid, f);
    f->recent = g_ptr_array_new_with_free_func(g_free);
    f->carried = g_hash_table_new(g_direct_hash, g_direct_equal);
    f->foot = g_hash_table_new(g_direct_hash, g_direct_equal);
    f->loose = g_ptr_array_new_with_free_func(g_free);
    return f;
}

/* A row header (年度绩效指标) wraps over at most this many lines, parted by
 * at most this many lines of other rows between two of its pieces (a layout
 * dump centres it: `年度绩` above a row's line, `效指标` below; a column one
 * character wide stacks it a character a line, `年` / `度` / … / `标`). */
#define ROWHEAD_MAX_PIECES 6
#define ROWHEAD_PIECE_GAP 2

/* TRUE when a row header's piece in row `next` may go on one in `row`: on
 * its page, or on the next one when the break parted the pieces (`年度绩`
 * the page's last line, `效指标` the next page's first: the lines between
 * them, ROWHEAD_PIECE_GAP at most, are the page's foot and head). */
static gboolean rowhead_piece_page(const jx_prow *row, const jx_prow *next)
{
    return next->page == row->page || next->page == row->page + 1;
}

/* Marks as the table-wide row header the pieces of one a layout wrapped
 * over lines (`年度绩` / `效指标`): each row's first cell, when it and the
 * first cells of the next rows within ROWHEAD_PIECE_GAP lines, in its
 * column, read as a row header together.  Alone, each reads as a label or
 * a name. */
static void mark_wrapped_rowheads(jx_ptable *t)
{
    GPtrArray *rows = t->rows;
    /* the pieces joined so far, one buffer for every row's trial (a copy of
     * each longer join, per row, was 52,000 allocations on 40 documents) */
    GString *joined = NULL;
    for (guint i = 0; i < rows->len; i++) {
        const jx_prow *row = rows->pdata[i];
        jx_pcell *first = row->cells->len ? row->cells->pdata[0] : NULL;
        if (!first || first->rowhead || first->spanned || !row->line)
            continue;
        jx_pcell *pieces[ROWHEAD_MAX_PIECES] = {first};
        if (!joined)
            joined = g_string_sized_new(64);
        g_string_assign(joined, first->norm);
        /* most first cells (names, labels, 序号) open no row-header word:
         * no join of pieces after them can be one */
        if (!jx_header_may_grow_into_rowhead(joined->str))
            continue;
        int n = 1, line = row->line;
        for (guint j = i + 1; j < rows->len && n < ROWHEAD_MAX_PIECES; j++) {
            const jx_prow *next = rows->pdata[j];
            if (!next->line || !rowhead_piece_page(row, next) ||
                next->line - line > ROWHEAD_PIECE_GAP)
                break;
            jx_pcell *c = jx_prow_cell(next, first->col);
            if (!c || c != next->cells->pdata[0] || c->spanned)
                continue;
            g_string_append(joined, c->norm);
            pieces[n++] = c;
            line = next->line;
            if (jx_header_is_rowhead(joined->str)) {
                for (int k = 0; k < n; k++)
                    pieces[k]->rowhead = TRUE;
                break;
            }
            if (!jx_header_may_grow_into_rowhead(joined->str))
                break;
        }
    }
    if (joined)
        g_string_free(joined, TRUE);
}

/*
 * A merged label cell a page break cuts is two merged cells, one a part on
 * each page, and a narrow level column may wrap the label's text across
 * the break as well: a browser prints its first line (效益) in the part
 * above, its last (指标) in the part below.  Each part alone reads as a
 * label of its own, or none, and every row under either takes that.  When
 * the part below opens its page in the column where the part above ran to
 * the page's foot, ends a standard label without being one itself
 * (jx_taxonomy_label_tail), and the two read together are one standard
 * label, every row of both parts takes the whole label.
 */

/* TRUE when `above` (the last cell of a column before a page break) and
 * `below` (the first after it) are the parts of one cut merged label whose
 * text the break wrapped (see above). */
static gboolean label_wrapped_over_break(const jx_pcell *above, const jx_pcell *below)
{
    if (!above || !below || below->spanned || above->rowhead || below->rowhead ||
        !above->origin || !below->origin || above->origin == below->origin ||
        jx_cell_rowspan(above->origin) < 2 || jx_cell_rowspan(below->origin) < 2 ||
        !jx_taxonomy_label_tail(below->norm) || jx_taxonomy_level1(below->norm) ||
        jx_taxonomy_level2(NULL, below->norm))
        return FALSE;
    g_autofree char *whole = g_strconcat(above->norm, below->norm, NULL);
    gboolean standard = FALSE;
    for (int level = 1; level <= 2 && !standard; level++) {
        g_autofree char *label = jx_taxonomy_label_within(whole, level);
        standard = label && strcmp(label, whole) == 0;
    }
    return standard;
}

/* Gives every cell of column `col` whose text is from grid cell `a` or `b`
 * the text raw / norm. */
static void relabel_parts(jx_ptable *t, int col, const jx_cell *a, const jx_cell *b,
                          const char *raw, const char *norm)
{
    for (guint i = 0; i < t->rows->len; i++) {
        jx_prow *row = t->rows->pdata[i];
        const jx_pcell *p = jx_prow_cell(row, col);
        if (!p || (p->origin != a && p->origin != b))
            continue;
        jx_pcell *set = jx_prow_set_texts(row, col, raw, norm);
        set->kind = jx_cell_classify(norm);
    }
}

static void join_labels_wrapped_over_breaks(jx_ptable *t)
{
    for (guint i = 1; i < t->rows->len; i++) {
        jx_prow *row = t->rows->pdata[i];
        if (!row->page_start)
            continue;
        for (guint k = 0; k < row->cells->len; k++) {
            const jx_pcell *below = row->cells->pdata[k];
            const jx_pcell *above = jx_prow_cell(t->rows->pdata[i - 1], below->col);
            if (!label_wrapped_over_break(above, below))
                continue;
            g_autofree char *raw = g_strconcat(above->raw, below->raw, NULL);
            g_autofree char *norm = g_strconcat(above->norm, below->norm, NULL);
            relabel_parts(t, below->col, above->origin, below->origin, raw, norm);
        }
    }
}

/* Hands every table but the open one to `done`, in order: nothing can add
 * to a table once another has opened or the open one was ended. */
static void hand_out_finished(finder *f)
{
    guint kept = 0;
    for (guint i = 0; i < f->tables->len; i++) {
        jx_ptable *t = f->tables->pdata[i];
        if (t == f->open)
            f->tables->pdata[kept++] = t;
        else {
            mark_wrapped_rowheads(t);
            join_labels_wrapped_over_breaks(t);
            f->done(t, f->done_data);
        }
    }
    g_ptr_array_set_size(f->tables, kept);
}

/* Frees the owned grids no table or held grid can still use: rows keep
 * pointers into their grid's cells (exact merged cells) until emitted. */
static void release_grids(finder *f)
{
    guint needed = f->serial + 1;
    if (f->open)
        needed = MIN(needed, f->open_serial);
    if (f->held)
        needed = MIN(needed, f->held_serial);
    for (owned_grid *g; (g = g_queue_peek_head(f->owned)) && g->serial < needed;) {
        g_queue_pop_head(f->owned);
        jx_grid_free(g->grid);
        g_free(g);
    }
}

static void finder_grid(jx_finder *f, jx_grid *grid, gboolean owned)
{
    f->serial++;
    if (owned) {
        owned_grid *g = g_new(owned_grid, 1);
        g->grid = grid;
        g->serial = f->serial;
        g_queue_push_tail(f->owned, g);
    }
    take_grid(f, grid);
    hand_out_finished(f);
    release_grids(f);
}

static void finder_line(const char *raw, int line, int page, gpointer p)
{
    jx_finder *f = p;
    take_line(f, raw, line, page);
    hand_out_finished(f);
    release_grids(f);
}

/* A cell stream read back as a grid.  Its rows go to the last table (the
 * one its header opened or continued), which owns it from then on: a table
 * may outlive the finder (jx_tables_find), and its rows point into the grid. */
static void finder_stream_grid(jx_grid *grid, const GArray *guessed, const char *warning,
                               gpointer p)
{
    jx_finder *f = p;
    if (warning)
        g_ptr_array_add(f->warnings, g_strdup(warning));
    f->serial++;
    f->guessed = guessed;
    take_grid(f, grid);
    f->guessed = NULL;
    if (f->tables->len) {
        jx_ptable *t = f->tables->pdata[f->tables->len - 1];
        if (!t->grids)
            t->grids = g_ptr_array_new_with_free_func((GDestroyNotify)jx_grid_free);
        g_ptr_array_add(t->grids, grid);
    } else {
        jx_grid_free(grid);
    }
    hand_out_finished(f);
    release_grids(f);
}

void jx_finder_take_grid(jx_finder *f, jx_grid *grid, gboolean owned)
{
    if (jx_grid_is_loose(grid)) {
        /* no table's grid: its lines, which follow, may be a row (take_loose_row) */
        keep_loose_grid(f, grid, owned);
        return;
    }
    jx_colblocks_finish(f->blocks);
    jx_cellrun_finish(f->cells);
    jx_grid *unpacked = jx_unpack_grid(grid, f->memo, f->year, &f->unpack);
    if (!unpacked) {
        finder_grid(f, grid, owned);
        return;
    }
    if (owned) {
        jx_grid_free(grid);
        finder_grid(f, unpacked, TRUE);
    } else {
        /* the caller keeps `grid`; the tables found own the grid laid out
         * again, as they do a cell stream's */
        finder_stream_grid(unpacked, NULL, NULL, f);
    }
}

void jx_finder_take_line(jx_finder *f, const char *raw, int line, int page)
{
    if (!f->year)
        f->year = jx_stream_year_stated(raw);
    jx_colblocks_take_line(f->blocks, raw, line, page);
}

void jx_finder_finish(jx_finder *f)
{
    jx_colblocks_finish(f->blocks);
    jx_cellrun_finish(f->cells);
    settle_held(f, FALSE);
    drop_loose(f, TRUE);
    forget_loose_grid(f);
    end_open(f);
    hand_out_finished(f);
    release_grids(f);
}

void jx_finder_free(jx_finder *f)
{
    if (!f)
        return;
    jx_colblocks_free(f->blocks);
    jx_cellrun_free(f->cells);
    for (guint i = 0; i < f->tables->len; i++)
        jx_ptable_free(f->tables->pdata[i]);
    g_ptr_array_unref(f->tables);
    g_ptr_array_unref(f->built);
    for (owned_grid *g; (g = g_queue_pop_head(f->owned));) {
        jx_grid_free(g->grid);
        g_free(g);
    }
    g_queue_free(f->owned);
    g_ptr_array_unref(f->recent);
    g_free(f->project);
    g_free(f->tail_raw);
    jx_unpack_carry_clear(&f->unpack);
    g_hash_table_unref(f->carried);
    g_hash_table_unref(f->foot);
    g_ptr_array_unref(f->loose);
    forget_loose_grid(f);
    jx_grid_free(f->foot_head);
    jx_grid_free(f->split_head);
    g_free(f);
}

static void keep_table(jx_ptable *table, gpointer tables)
{
    g_ptr_array_add(tables, table);
}

GPtrArray *jx_tables_find(const jx_source *src, GPtrArray *warnings, GPtrArray *notes,
                          jx_facts *memo)
{
    GHashTable *counts = jx_line_counts_new();
    for (guint i = 0; i < jx_source_n_blocks(src); i++)
        if (jx_source_block_kind(src, i) == JX_BLOCK_LINE)
            jx_line_counts_add(counts, jx_source_block_text(src, i));
    GPtrArray *tables = g_ptr_array_new_with_free_func((GDestroyNotify)jx_ptable_free);
    jx_finder *f = jx_finder_new(counts, warnings, notes, memo, keep_table, tables);
    for (guint i = 0; i < jx_source_n_blocks(src); i++) {
        if (jx_source_block_kind(src, i) == JX_BLOCK_GRID)
            jx_finder_take_grid(f, (jx_grid *)jx_source_block_grid(src, i), FALSE);
        else
            jx_finder_take_line(f, jx_source_block_text(src, i), jx_source_block_line(src, i),
                                jx_source_block_page(src, i));
    }
    jx_finder_finish(f);
    jx_finder_free(f);
    g_hash_table_unref(counts);
    return tables;
}

