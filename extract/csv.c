/*
 * csv.c — delimiter-separated exports (a spreadsheet saved as CSV, or as
 * tab-separated "Unicode text") → blocks.
 *
 * RFC 4180 as spreadsheets write it: fields separated by commas, a field in
 * double quotes may hold commas, line breaks and doubled quotes (`""`).
 * Every record keeps its empty fields, so a cell stays in its column.  The
 * tab-separated text Excel and Calc write as "Unicode text" (UTF-16, which
 * decoding has made UTF-8) quotes fields the same way — Excel a field with a
 * line break, a tab or a quote in it, Calc every text field — and a quoted
 * line break is a cell's second line, not a new row: such text is read
 * here too, with tabs for commas.  A tab dump with no quoted field is left
 * to the text reader, which reads what converters do to tables.
 *
 * A sheet is one grid in the spreadsheet, but a form puts its title, its
 * `单位：万元` line and its notes in the first column of rows of their own;
 * such a row (one field filled, the first) is a LINE block, as every other
 * converter writes it.  The remaining runs of records are grids.  A lone
 * first field between two rows of a grid that reads as a label (short, no
 * `label：value`) is a row of that grid, one cell across it: a section row
 * (`一、产出指标` over the rows of its level-2 labels), which the other
 * converters print as a row of the table too.
 */
#include "extract/extract.h"

#include <string.h>

/* How many records the sniffer looks at, and how many of them must have
 * the same number of fields (spreadsheets pad every row to the sheet's
 * width) for the text to be a CSV export. */
#define SNIFF_RECORDS 200
#define SNIFF_MIN_RECORDS 3
#define SNIFF_MIN_FIELDS 3
#define SNIFF_AGREEMENT 0.8
/* A CSV written by a program rather than a spreadsheet (a scraper, a table
 * extractor, a script over a tab dump) does not pad its rows: a form's
 * metadata rows have 2 or 4 fields and its indicator rows 6 or 7.  It is
 * still a CSV when this share of its records has two fields or more… */
#define SNIFF_RAGGED_SHARE 0.8
/* …and its commonest width of SNIFF_MIN_FIELDS or more (the indicator
 * rows) this share: prose whose commas were made ASCII (NFKC) splits into
 * fields too, but its lines do not agree on a width. */
#define SNIFF_RAGGED_RUN 0.5

/* The longest lone first field between two rows of a grid read as a row of
 * it: a section row's label (`一、产出指标`, `三、满意度指标`) is short, a
 * note or a caption set between two tables of a sheet is a sentence. */
#define LONE_ROW_MAX_CHARS 12

/* TRUE when the seam between fields `a` and `b` cuts a figure at its
 * thousands separator (`2` | `700户`, `≥40` | `652.25`): the head is one to
 * three digits with no decimal point before them, the tail three digits and
 * no fourth.  A CSV quotes such a figure; a text that only happens to hold
 * commas does not.  (`174.15` | `155.50` are two cells of figures.) */
static gboolean cuts_a_figure(const char *a, const char *b)
{
    size_t n = strlen(a), head = 0;
    while (head < n && g_ascii_isdigit(a[n - 1 - head]))
        head++;
    if (head == 0 || head > 3 || (head < n && a[n - 1 - head] == '.'))
        return FALSE;
    for (int i = 0; i < 3; i++)
        if (!g_ascii_isdigit(b[i]))
            return FALSE;
    return !g_ascii_isdigit(b[3]);
}

/* TRUE when some seam of `fields` cuts a figure (cuts_a_figure). */
static gboolean cuts_figures(const GPtrArray *fields)
{
    for (guint i = 0; i + 1 < fields->len; i++)
        if (cuts_a_figure(fields->pdata[i], fields->pdata[i + 1]))
            return TRUE;
    return FALSE;
}

/* A cursor over CSV text, one record at a time. */
typedef struct {
    const char *p, *end;
    int line; /* 1-based line of the next record */
    char sep; /* ',' or '\t' */
    /* fields that opened with a quote, and quotes where a spreadsheet puts
     * none (a quote closed with more of the field after it): a tab dump
     * whose cells hold quotes of their own has the second */
    guint quoted, stray;
} csv_reader;

/*
 * Reads the next record into `fields` (char*, owned by the array, cleared
 * first).  Sets *line to the record's first line.  Returns FALSE at the end
 * of the text.  A quote left open runs to the end of the text.
 */
static gboolean csv_next(csv_reader *r, GPtrArray *fields, int *line)
{
    g_ptr_array_set_size(fields, 0);
    if (r->p >= r->end)
        return FALSE;
    *line = r->line;
    GString *field = g_string_new(NULL);
    gboolean quoted = FALSE, done = FALSE;
    while (r->p < r->end && !done) {
        char c = *r->p++;
        if (quoted) {
            if (c == '"' && r->p < r->end && *r->p == '"') {
                g_string_append_c(field, '"');
                r->p++;
            } else if (c == '"') {
                quoted = FALSE;
                if (r->p < r->end && *r->p != r->sep && *r->p != '\n' && *r->p != '\r')
                    r->stray++;
            } else {
                if (c == '\n')
                    r->line++;
                g_string_append_c(field, c);
            }
            continue;
        }
        if (c == '"') {
            quoted = TRUE;
            if (field->len)
                r->stray++;
            else
                r->quoted++;
        } else if (c == r->sep) {
            g_ptr_array_add(fields, g_string_free(field, FALSE));
            field = g_string_new(NULL);
        } else if (c == '\n') {
            r->line++;
            done = TRUE;
        } else if (c != '\r') {
            g_string_append_c(field, c);
        }
    }
    g_ptr_array_add(fields, g_string_free(field, FALSE));
    return TRUE;
}

static gboolean field_blank(const char *s)
{
    for (; *s; s++)
        if (!g_ascii_isspace(*s))
            return FALSE;
    return TRUE;
}

/* Fields filled in a record, and whether the first is one of them. */
static guint filled_fields(const GPtrArray *fields, gboolean *first)
{
    guint n = 0;
    for (guint i = 0; i < fields->len; i++)
        n += !field_blank(fields->pdata[i]);
    *first = fields->len && !field_blank(fields->pdata[0]);
    return n;
}

/* TRUE when the records read with `sep` mostly have one number (3 or more)
 * of fields — spreadsheets pad every row to the sheet's width — or, commas
 * only, split into fields and half of them at one width of 3 or more with
 * no comma cutting a figure (a program's CSV, rows unpadded); and, for
 * tabs, some field is quoted and no quote stands where a spreadsheet puts
 * none. */
static gboolean sniff_with(const char *utf8, gsize len, char sep)
{
    csv_reader r = {utf8, utf8 + len, 1, sep, 0, 0};
    GPtrArray *fields = g_ptr_array_new_with_free_func(g_free);
    GHashTable *widths = g_hash_table_new(g_direct_hash, g_direct_equal);
    guint records = 0, best = 0, split = 0;
    gboolean cut = FALSE;
    int line;
    while (records < SNIFF_RECORDS && csv_next(&r, fields, &line)) {
        gboolean first;
        if (filled_fields(fields, &first) == 0)
            continue;
        records++;
        guint n = GPOINTER_TO_UINT(g_hash_table_lookup(widths, GUINT_TO_POINTER(fields->len))) + 1;
        g_hash_table_replace(widths, GUINT_TO_POINTER(fields->len), GUINT_TO_POINTER(n));
        if (fields->len >= SNIFF_MIN_FIELDS)
            best = MAX(best, n);
        split += fields->len >= 2;
        cut = cut || (sep == ',' && cuts_figures(fields));
    }
    g_hash_table_unref(widths);
    g_ptr_array_unref(fields);
    if (sep == '\t' && (r.quoted == 0 || r.stray > 0))
        return FALSE;
    if (records < SNIFF_MIN_RECORDS)
        return FALSE;
    if (best >= SNIFF_AGREEMENT * records)
        return TRUE;
    /* unpadded rows: a program's CSV, when no quote is stray and no comma
     * cuts a figure (rows of one width are a spreadsheet's, cut or not: two
     * cells `10` | `100.00%` look cut) */
    return sep == ',' && r.stray == 0 && !cut && split >= SNIFF_RAGGED_SHARE * records &&
           best >= SNIFF_RAGGED_RUN * records;
}

/* The separator of the text's records: a tab when it has tabs (a comma in
 * a tab dump is a figure's: 2,700户), else a comma. */
static char separator_of(const char *utf8, gsize len)
{
    return memchr(utf8, '\t', MIN(len, 65536)) ? '\t' : ',';
}

gboolean jx_csv_sniff(const char *utf8, gsize len)
{
    char sep = separator_of(utf8, len);
    /* a tab dump is CSV only with a quoted field; most have no quote at all,
     * and reading 200 records to learn it cost a text reader's tenth */
    if (sep == '\t' && !memchr(utf8, '"', MIN(len, 65536)))
        return FALSE;
    return sniff_with(utf8, len, sep);
}

/* TRUE when a lone first field `text` reads as a row label, not a line: short,
 * and no `label：value` (a note, a 项目名称：X or 单位：万元 line). */
static gboolean lone_label(const char *text)
{
    return g_utf8_strlen(text, -1) <= LONE_ROW_MAX_CHARS && !strchr(text, ':') &&
           !strstr(text, "：");
}

/* TRUE when the record after the one `r` stands past fills two fields or
 * more: a row of a grid.  `r` does not move. */
static gboolean next_is_grid_row(const csv_reader *r)
{
    csv_reader peek = *r;
    GPtrArray *fields = g_ptr_array_new_with_free_func(g_free);
    int line;
    gboolean first, grid_row = csv_next(&peek, fields, &line) && filled_fields(fields, &first) >= 2;
    g_ptr_array_unref(fields);
    return grid_row;
}

void jx_csv_split(jx_source *src, const char *utf8, gsize len)
{
    csv_reader r = {utf8, utf8 + len, 1, separator_of(utf8, len), 0, 0};
    GPtrArray *fields = g_ptr_array_new_with_free_func(g_free);
    jx_grid *grid = NULL;
    int rows = 0, line;
    while (csv_next(&r, fields, &line)) {
        gboolean first;
        guint filled = filled_fields(fields, &first);
        gboolean lone_first = filled == 1 && first;
        /* a section row between rows of the grid is one of them; CSV keeps
         * no merges, and a label alone in the first field stands for a cell
         * the sheet merged across the row (as the other converters print it:
         * over a 序号 column, the label is no 序号) */
        if (lone_first && grid && lone_label(fields->pdata[0]) && next_is_grid_row(&r)) {
            jx_grid_set_row_origin(grid, rows, line, 0);
            jx_grid_add_cell(grid, rows, 0, 1, (int)fields->len, fields->pdata[0]);
            rows++;
            continue;
        }
        if (filled == 0 || lone_first) {
            /* a blank record ends a grid; a lone first field is a line */
            if (grid)
                jx_source_add_grid(src, grid, jx_grid_row_line(grid, 0), 0);
            grid = NULL;
            rows = 0;
            if (lone_first)
                jx_source_add_line(src, fields->pdata[0], line, 0);
            continue;
        }
        if (!grid)
            grid = jx_grid_new();
        jx_grid_set_row_origin(grid, rows, line, 0);
        for (guint c = 0; c < fields->len; c++)
            jx_grid_add_cell(grid, rows, (int)c, 1, 1, fields->pdata[c]);
        rows++;
    }
    if (grid)
        jx_source_add_grid(src, grid, jx_grid_row_line(grid, 0), 0);
    g_ptr_array_unref(fields);
}
