/*
 * unpack.c — a tab grid whose rows hold only their own cells.
 *
 * A scraper flattening an HTML table writes each <tr>'s cells and nothing
 * for the positions a merged cell from above covers nor for empty cells, so
 * every row's cells stand packed from the left edge: `除险加固小型水库 | =5 |
 * 座` under 一级指标 | 二级指标 | 指标名称 | 目标值 | 度量单位, `产出质量 |
 * 补助对象识别精准率 | ≥100 | %` a column further right than it stands.  The
 * header loses its spans the same way (`绩效指标 | 指标名称 | 目标值` over
 * `一级指标 | 二级指标`, 绩效指标 heading two columns).
 *
 * Such a grid is laid out again before tables are found in it: a group
 * heading of the header widened over the words of the row below that it
 * heads, and each data row's cells placed by an order-preserving match to
 * the header's columns that weighs what each cell is against the column
 * (the aligner's table) and what leaving each column empty costs (a name or
 * a year's target much, a merged label little).  A grid any of whose rows
 * has an empty cell before a filled one was not packed and stays as it is.
 * A packed grid of rows alone after one with a header (a section line
 * `产出指标` with no tab parts the text into grids) is laid out under that
 * header's columns (jx_unpack_carry).
 */
#include "parse/parse.h"

/* A data row whose best placement scores below this fits the header
 * nowhere (a note, a metadata pair under the table): it stays where it is. */
#define MIN_ROW_FIT 0.0
/* A new level-1 group opens with its first level-2 group, on the same
 * row: a row with one label, where both label columns are open to it, lost
 * its level-1 to the merged cell above, so a label that is either level
 * (成本指标, a level-2 under 产出指标 before JX_COST_LEVEL1_SINCE) is its
 * level-2 there, in a form of a year before.  From then on 成本指标 is a
 * level-1 that may have no level-2 at all.  Outweighs the level-1 reading a
 * bare label prefers (the aligner's table, 8 against 3). */
#define LONE_LABEL_LEVEL2_BONUS 6.0
/* A column whose header names nothing kept (备注, 中期目标值) is mostly
 * empty as a row's last ones; left empty between two of a row's cells it
 * costs this more, which settles a target between two such columns that
 * take it alike (中期目标值 | 年度目标值 | 备注: the mid-term target left
 * out, or the remark). */
#define INTERIOR_GAP_COST 0.2
/* A column whose header names nothing (the row-header column 年度绩效指标
 * stands under no word) takes any cell, worse than any column whose role the
 * cell plays. */
#define UNNAMED_COLUMN_FIT 0.0
/* A qualitative target (持续提升, 按计划完成) names nothing: in the name
 * column it fits worse than any text, so a row without its labels
 * (`13 | 城乡义务教育均衡发展水平 | 持续提升`) keeps its name and target and
 * leaves the merged label's column empty, not the target's. */
#define QUALITATIVE_AS_NAME_FIT (-1.0)
/* A form's one label column (指标类型 and no level-2 column) holds both
 * levels: a level-2 label fits it as its own column (as the aligner's
 * OWN_LEVEL_COLUMN_BONUS has it), not the name's. */
#define ONE_COLUMN_LEVEL2_FIT jx_align_compat(JX_CK_LEVEL2, JX_ROLE_LEVEL2)

/* The number of filled cells of row `r` when they stand at columns 0..n-1
 * with no span, else -1. */
static int packed_len(const jx_grid *g, int r)
{
    int n = 0, filled = 0;
    for (int c = 0; c < jx_grid_n_cols(g); c++) {
        const jx_cell *cell = jx_grid_cell_covering(g, r, c);
        if (!cell || !*jx_cell_text(cell))
            continue;
        if (jx_cell_rowspan(cell) > 1 || jx_cell_colspan(cell) > 1 || c != filled)
            return -1;
        filled++;
        n = c + 1;
    }
    return n;
}

static const char *cell_text(const jx_grid *g, int r, int c)
{
    const jx_cell *cell = jx_grid_cell(g, r, c);
    return cell ? jx_cell_text(cell) : "";
}

/*
 * Columns for a two-row header whose upper row lost its spans: the lower
 * row's words stand under the upper row's group words that take them
 * (jx_header_lower_row: 一级指标 | 二级指标 under 绩效指标, 计算符号 | 指标值 |
 * 单位 under 半年（程）指标值 and again under 全年（程）指标值, as a cell
 * stream's flattened header); every other upper cell heads one column.
 * Columns the header names nothing over (a row-header column) come first,
 * up to the `width` the rows below fill; a header naming more columns
 * widens it.  Fills up[n_up] and low[n_low]; FALSE when the words do not
 * divide so.
 */
static gboolean place_header_pair(const jx_grid *g, int r, int n_up, int n_low, int *width,
                                  jx_facts *memo, int *up, int *low)
{
    int n = n_up + n_low;
    jx_role roles[n];
    int owner[n], children[n_up];
    for (int i = 0; i < n; i++) {
        int row = i < n_up ? r : r + 1, col = i < n_up ? i : i - n_up;
        roles[i] = jx_facts_of(memo, cell_text(g, row, col))->role;
    }
    if (!jx_header_lower_row(roles, n_up, n, owner))
        return FALSE;
    for (int i = 0; i < n_up; i++)
        children[i] = 0;
    for (int t = n_up; t < n; t++)
        children[owner[t]]++;
    int total = 0;
    for (int i = 0; i < n_up; i++)
        total += children[i] ? children[i] : 1;
    /* no row below need fill every column (备注 mostly empty) */
    *width = MAX(*width, total);
    int col = *width - total;
    for (int i = 0; i < n_up; i++) {
        up[i] = col;
        for (int j = 0, k = 0; j < n_low; j++)
            if (owner[n_up + j] == i)
                low[j] = col + k++;
        col += children[i] ? children[i] : 1;
    }
    return TRUE;
}

/* The roles of the header rows `rows` of `g` laid at columns `cols`
 * (n cells each), read as the finder reads a header; NULL unless it heads a
 * target table of `width` columns. */
static jx_role *header_roles(const jx_grid *g, const int *rows, int n_rows, const int *const *cols,
                             const int *n, int width, jx_facts *memo)
{
    jx_grid *h = jx_grid_new();
    for (int k = 0; k < n_rows; k++) {
        jx_grid_set_row_origin(h, k, jx_grid_row_line(g, rows[k]), jx_grid_row_page(g, rows[k]));
        for (int i = 0; i < n[k]; i++)
            jx_grid_add_cell(h, k, cols[k][i], 1, 1, cell_text(g, rows[k], i));
    }
    /* an empty last column keeps the width the data rows need */
    if (cols[0][n[0] - 1] < width - 1)
        jx_grid_add_cell(h, 0, width - 1, 1, 1, "");
    jx_header *hd = jx_header_read(h, 0, memo);
    jx_role *roles = NULL;
    if (hd && hd->kind == JX_TABLE_TARGET && hd->n_cols == width && hd->n_rows == n_rows) {
        roles = g_new(jx_role, width);
        memcpy(roles, hd->roles, sizeof(jx_role) * width);
    }
    jx_header_free(hd);
    jx_grid_free(h);
    return roles;
}

/*
 * The best order-preserving placement of row `r`'s n cells into `width`
 * columns of `roles`: each cell scores what it is against its column, each
 * column left empty costs what a row leaving it empty costs.  Fills cols[n];
 * returns the score (JX_ALIGN_NEVER when no placement takes every cell).  On
 * a tie the cells go right: their row lost positions on its left.
 * `either_level2`: a lone 成本指标 is a level-2 (LONE_LABEL_LEVEL2_BONUS).
 */
static double place_row(const jx_grid *g, int r, int n, const jx_role *roles, int width,
                        gboolean either_level2, jx_facts *memo, int *cols)
{
    gboolean one_column =
        jx_header_one_label_column(&(jx_header){.n_cols = width, .roles = (jx_role *)roles});
    jx_cell_kind kind[n];
    gboolean either[n];      /* a label that is either level */
    gboolean qualitative[n]; /* a qualitative target */
    int labels = 0;
    for (int i = 0; i < n; i++) {
        const jx_cell_facts *f = jx_facts_of(memo, cell_text(g, r, i));
        kind[i] = f->kind;
        qualitative[i] = f->kind == JX_CK_TEXT && jx_stream_is_qualitative(f->norm);
        either[i] = either_level2 && f->kind == JX_CK_LEVEL1 && jx_taxonomy_level2(NULL, f->norm);
        labels += f->kind == JX_CK_LEVEL1 || f->kind == JX_CK_LEVEL2;
    }
    double *dp = g_new(double, (gsize)(n + 1) * (width + 1));
    char *how = g_new0(char, (gsize)(n + 1) * (width + 1));
#define DP(i, j) dp[(gsize)(i) * (width + 1) + (j)]
#define HOW(i, j) how[(gsize)(i) * (width + 1) + (j)]
    for (int i = 0; i <= n; i++)
        for (int j = 0; j <= width; j++) {
            double best = JX_ALIGN_NEVER * 1000;
            char h = 0;
            if (i == 0 && j == 0)
                best = 0;
            if (i > 0 && j > 0 && DP(i - 1, j - 1) > JX_ALIGN_NEVER) {
                double fit = roles[j - 1] == JX_ROLE_NONE
                                 ? (kind[i - 1] == JX_CK_EMPTY ? JX_ALIGN_NEVER : UNNAMED_COLUMN_FIT)
                                 : jx_align_compat(kind[i - 1], roles[j - 1]);
                if (qualitative[i - 1] && (roles[j - 1] == JX_ROLE_NAME || roles[j - 1] == JX_ROLE_TASK))
                    fit = QUALITATIVE_AS_NAME_FIT;
                if (one_column && kind[i - 1] == JX_CK_LEVEL2 && roles[j - 1] == JX_ROLE_LEVEL1)
                    fit = ONE_COLUMN_LEVEL2_FIT;
                if (labels == 1 && either[i - 1] && roles[j - 1] == JX_ROLE_LEVEL2)
                    fit += LONE_LABEL_LEVEL2_BONUS;
                if (fit > JX_ALIGN_NEVER && DP(i - 1, j - 1) + fit > best) {
                    best = DP(i - 1, j - 1) + fit;
                    h = 'a';
                }
            }
            if (j > 0 && DP(i, j - 1) > JX_ALIGN_NEVER) {
                double skip = DP(i, j - 1) - jx_stream_skip_cost(roles[j - 1]) -
                              (i > 0 && i < n && roles[j - 1] == JX_ROLE_OTHER ? INTERIOR_GAP_COST : 0);
                if (skip > best) {
                    best = skip;
                    h = 's';
                }
            }
            DP(i, j) = h || (i == 0 && j == 0) ? best : JX_ALIGN_NEVER * 1000;
            HOW(i, j) = h;
        }
    double score = DP(n, width);
    if (score > JX_ALIGN_NEVER)
        for (int i = n, j = width; i > 0 && j > 0; j--)
            if (HOW(i, j) == 'a')
                cols[--i] = j - 1;
#undef DP
#undef HOW
    g_free(dp);
    g_free(how);
    return score > JX_ALIGN_NEVER ? score : JX_ALIGN_NEVER;
}

void jx_unpack_carry_clear(jx_unpack_carry *carry)
{
    g_clear_pointer(&carry->roles, g_free);
    carry->width = 0;
}

jx_grid *jx_unpack_grid(const jx_grid *g, jx_facts *memo, int year, jx_unpack_carry *carry)
{
    gboolean either_level2 = jx_cost_is_level2_in(year);
    int n_rows = jx_grid_n_rows(g), n_cols = jx_grid_n_cols(g);
    int *len = g_new(int, n_rows);
    gboolean *header = g_new0(gboolean, n_rows);
    int first = -1; /* the first header row */
    gboolean packed = n_cols >= 2, short_row = FALSE;
    for (int r = 0; r < n_rows && packed; r++) {
        len[r] = packed_len(g, r);
        packed = len[r] >= 0;
        header[r] = packed && len[r] >= 2 && jx_header_row(g, r, 2, memo);
        if (first < 0 && header[r])
            first = r;
    }
    /* a grid of rows alone goes on with the table a packed grid's header
     * before it laid out */
    gboolean carried = packed && first < 0 && carry->roles;
    int width = carried ? carry->width : 0;
    for (int r = MAX(first, 0); packed && r < n_rows; r++)
        width = MAX(width, len[r]);
    for (int r = MAX(first, 0); packed && r < n_rows; r++)
        short_row |= len[r] >= 2 && len[r] < width;
    if (!packed || (first < 0 && !carried) || (carried && width > carry->width) ||
        (!carried && (n_rows < 3 || n_cols < 3))) {
        jx_unpack_carry_clear(carry);
        g_free(header);
        g_free(len);
        return NULL;
    }

    /* each row's cells' columns; NULL: as they stand */
    int **at = g_new0(int *, n_rows);
    jx_role *roles = carried ? g_memdup2(carry->roles, sizeof(jx_role) * width) : NULL;
    gboolean changed = FALSE;
    for (int r = MAX(first, 0); r < n_rows && (short_row || !carried); r++) {
        int n = len[r];
        if (header[r]) {
            /* a header: with the row below when that row is header words too */
            gboolean pair = r + 1 < n_rows && len[r + 1] >= 1 &&
                            (header[r + 1] || jx_header_row(g, r + 1, 1, memo));
            int *up = g_new(int, n), *low = pair ? g_new(int, len[r + 1]) : NULL;
            jx_role *found = NULL;
            int wide = width;
            if (pair && place_header_pair(g, r, n, len[r + 1], &wide, memo, up, low)) {
                int rows[2] = {r, r + 1}, ns[2] = {n, len[r + 1]};
                const int *cs[2] = {up, low};
                found = header_roles(g, rows, 2, cs, ns, wide, memo);
                if (found)
                    width = wide;
            }
            if (found) {
                at[r] = up;
                at[r + 1] = low;
                r++;
            } else {
                /* one row: leading columns it names nothing over, as many as
                 * make the rows below fit best */
                g_free(low);
                double best = JX_ALIGN_NEVER;
                int *cols = g_new(int, width);
                for (int shift = 0; shift <= width - n; shift++) {
                    for (int i = 0; i < n; i++)
                        up[i] = i + shift;
                    int rows[1] = {r}, ns[1] = {n};
                    const int *cs[1] = {up};
                    jx_role *cand = header_roles(g, rows, 1, cs, ns, width, memo);
                    if (!cand)
                        continue;
                    double fit = 0;
                    for (int d = r + 1; d < n_rows && !header[d]; d++)
                        if (len[d] >= 2)
                            fit += MAX(place_row(g, d, len[d], cand, width, either_level2, memo, cols), MIN_ROW_FIT);
                    if (!found || fit > best) {
                        g_free(found);
                        found = cand;
                        best = fit;
                        g_free(at[r]);
                        at[r] = g_memdup2(up, sizeof(int) * n);
                    } else {
                        g_free(cand);
                    }
                }
                g_free(cols);
                g_free(up);
            }
            g_free(roles);
            roles = found;
            continue;
        }
        if (!roles || n < 2 || n >= width || !short_row)
            continue;
        int *cols = g_new(int, n);
        if (place_row(g, r, n, roles, width, either_level2, memo, cols) > MIN_ROW_FIT)
            at[r] = cols;
        else
            g_free(cols);
    }
    jx_unpack_carry_clear(carry);
    carry->roles = roles;
    carry->width = roles ? width : 0;

    jx_grid *out = NULL;
    for (int r = 0; r < n_rows && short_row && !changed; r++)
        for (int i = 0; at[r] && i < len[r] && !changed; i++)
            changed = at[r][i] != i;
    if (changed) {
        out = jx_grid_new();
        for (int r = 0; r < n_rows; r++) {
            jx_grid_set_row_origin(out, r, jx_grid_row_line(g, r), jx_grid_row_page(g, r));
            for (int c = 0; c < n_cols; c++) {
                const jx_cell *cell = jx_grid_cell(g, r, c);
                if (!cell || !*jx_cell_text(cell))
                    continue;
                int col = at[r] && c < len[r] ? at[r][c] : c;
                jx_grid_add_cell(out, r, col, 1, 1, jx_cell_text(cell));
            }
        }
    }
    for (int r = 0; r < n_rows; r++)
        g_free(at[r]);
    g_free(at);
    g_free(header);
    g_free(len);
    return out;
}
