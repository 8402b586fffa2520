/*
 * export.c — a database's records out again, for the people who open them:
 * JSON Lines (the records as imported), CSV (one table) and XLSX (one sheet
 * per table, through libxlsxwriter).  Flat outputs give every row its
 * document's title, year, org and project, so a spreadsheet needs no join.
 *
 * libxlsxwriter is loaded (GModule) when the first XLSX is written, not
 * linked: it brings libcrypto and minizip, whose start-up relocations every
 * other command (a `jixiao parse` above all) paid for nothing.  Its header
 * still gives the types.
 */
#include "store/db.h"

#include "core/core.h"

#include <errno.h>
#include <stddef.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>
#include <json-glib/json-glib.h>
#include <xlsxwriter.h>

/* The document context every flat row of a record table starts with. */
static const db_column context_columns[] = {
    {"title", DB_TEXT, JX_F_TITLE, JX_F_COUNT, 1},
    {"year", DB_INT, JX_F_YEAR, JX_F_COUNT, 1},
    {"org", DB_TEXT, JX_F_ORG, JX_F_COUNT, 1},
    {"project", DB_TEXT, JX_F_PROJECT, JX_F_COUNT, 1},
};

/* Excel's widest column is 255 characters; wider than 60 reads worse than wrapped. */
#define MAX_WIDTH 60.0

typedef struct {
    GPtrArray *names; /* column headers */
    GArray *types;    /* db_type of each */
    char *sql;
} flat_query;

/* TRUE when table `t` has a column called `name`. */
static gboolean has_column(const db_table *t, const char *name)
{
    for (gsize i = 0; i < t->n_columns; i++)
        if (strcmp(t->columns[i].name, name) == 0)
            return TRUE;
    return FALSE;
}

/* TRUE when `name` is a column of the document context. */
static gboolean is_context_column(const char *name)
{
    for (gsize i = 0; i < G_N_ELEMENTS(context_columns); i++)
        if (strcmp(context_columns[i].name, name) == 0)
            return TRUE;
    return FALSE;
}

/* The flat SELECT of table `t`: doc (and for documents the paths), the
 * document context, then the table's own columns.  A context field the row
 * states for itself (an indicator's own project, in a document of several
 * projects) takes the row's value, in the context's place, once. */
static flat_query *flat_query_new(const db_table *t)
{
    flat_query *q = g_new0(flat_query, 1);
    q->names = g_ptr_array_new();
    q->types = g_array_new(FALSE, FALSE, sizeof(db_type));
    gboolean is_doc = t->kind == JX_RECORD_DOCUMENT;
    /* a record row's document name is its document's (d.doc) */
    GString *sql = g_string_new(is_doc ? "SELECT t.doc" : "SELECT d.doc");
    db_type text = DB_TEXT, integer = DB_INT;
    g_ptr_array_add(q->names, "doc");
    g_array_append_val(q->types, text);
    if (is_doc) {
        /* every name the bytes were imported under, one per line of the cell */
        g_string_append(sql, ", (SELECT MIN(p.path) FROM paths p WHERE p.doc_id = t.id), "
                             "(SELECT COUNT(*) FROM paths p WHERE p.doc_id = t.id), t.sha256");
        g_ptr_array_add(q->names, "path");
        g_array_append_val(q->types, text);
        g_ptr_array_add(q->names, "paths");
        g_array_append_val(q->types, integer);
        g_ptr_array_add(q->names, "sha256");
        g_array_append_val(q->types, text);
    } else {
        for (gsize i = 0; i < G_N_ELEMENTS(context_columns); i++) {
            const char *name = context_columns[i].name;
            if (has_column(t, name))
                g_string_append_printf(sql, ", COALESCE(t.%s, d.%s)", name, name);
            else
                g_string_append_printf(sql, ", d.%s", name);
            g_ptr_array_add(q->names, (gpointer)context_columns[i].name);
            g_array_append_val(q->types, context_columns[i].type);
        }
    }
    for (gsize i = 0; i < t->n_columns; i++) {
        if (!is_doc && is_context_column(t->columns[i].name))
            continue; /* in the context's place already */
        g_string_append_printf(sql, ", t.%s", t->columns[i].name);
        g_ptr_array_add(q->names, (gpointer)t->columns[i].name);
        g_array_append_val(q->types, t->columns[i].type);
    }
    if (is_doc)
        g_string_append_printf(sql, " FROM documents t ORDER BY t.doc, t.sha256");
    else
        g_string_append_printf(sql,
                               " FROM %s t JOIN documents d ON d.id = t.doc_id "
                               "ORDER BY d.doc, d.sha256, t.ord",
                               t->table);
    q->sql = g_string_free(sql, FALSE);
    return q;
}

static void flat_query_free(flat_query *q)
{
    g_ptr_array_unref(q->names);
    g_array_unref(q->types);
    g_free(q->sql);
    g_free(q);
}

/* A list column (flags, warnings, notes; a JSON array in the database) as a
 * spreadsheet reader wants it: the items joined with ";", as the CSV sink
 * writes them.  Anything else is returned as it is. */
static char *list_text(const char *json)
{
    JsonParser *parser = json_parser_new_immutable();
    char *out = NULL;
    if (json_parser_load_from_data(parser, json, -1, NULL) &&
        JSON_NODE_HOLDS_ARRAY(json_parser_get_root(parser))) {
        JsonArray *a = json_node_get_array(json_parser_get_root(parser));
        GString *s = g_string_new(NULL);
        for (guint i = 0; i < json_array_get_length(a); i++) {
            const char *item = json_array_get_string_element(a, i);
            if (i)
                g_string_append_c(s, ';');
            g_string_append(s, item ? item : "");
        }
        out = g_string_free(s, FALSE);
    }
    g_object_unref(parser);
    return out ? out : g_strdup(json);
}

/* ---------------------------------------------------------------- streams */

static GOutputStream *open_stream(const char *path, GError **error)
{
    if (!path || strcmp(path, "-") == 0)
        return g_unix_output_stream_new(STDOUT_FILENO, FALSE);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) {
        int e = errno;
        g_set_error(error, JX_ERROR, JX_ERROR_OUTPUT, "%s: cannot write: %s", path,
                    g_strerror(e));
        return NULL;
    }
    return g_unix_output_stream_new(fd, TRUE);
}

typedef struct {
    GOutputStream *out;
    GString *line;
    GError *error;
    gboolean excel;
    const GArray *types;
} stream_state;

static void put_line(stream_state *st)
{
    if (!st->error)
        g_output_stream_write_all(st->out, st->line->str, st->line->len, NULL, NULL, &st->error);
}

static void jsonl_row(const char *const *values, int n, gpointer data)
{
    stream_state *st = data;
    g_string_assign(st->line, values[n - 1] ? values[n - 1] : "");
    g_string_append_c(st->line, '\n');
    put_line(st);
}

static void csv_row(const char *const *values, int n, gpointer data)
{
    stream_state *st = data;
    g_string_truncate(st->line, 0);
    for (int i = 0; i < n; i++) {
        if (i)
            g_string_append_c(st->line, ',');
        const char *v = values[i] ? values[i] : "";
        char *listed = values[i] && g_array_index(st->types, db_type, i) == DB_LIST
                           ? list_text(v)
                           : NULL;
        if (listed)
            v = listed;
        char *guarded = st->excel && jx_csv_runs_as_formula(v) ? g_strconcat("'", v, NULL) : NULL;
        jx_csv_append_field(st->line, guarded ? guarded : v);
        g_free(guarded);
        g_free(listed);
    }
    g_string_append(st->line, "\r\n");
    put_line(st);
}

static gboolean export_stream(jx_db *db, jx_export_format format, const db_table *const *sel,
                              gsize n_sel, gboolean excel, const char *path, GError **error)
{
    GOutputStream *raw = open_stream(path, error);
    if (!raw)
        return FALSE;
    GOutputStream *out = g_buffered_output_stream_new_sized(raw, 1 << 16);
    stream_state st = {out, g_string_new(NULL), NULL, excel, NULL};
    gboolean ok = TRUE;
    if (format == JX_EXPORT_JSONL) {
        /* each document, then its records in the order the parser wrote them */
        GString *sql = g_string_new("SELECT doc, sha256, 0 AS ord, record FROM documents t WHERE ");
        gboolean docs = FALSE;
        for (gsize i = 0; i < n_sel; i++)
            docs = docs || sel[i]->kind == JX_RECORD_DOCUMENT;
        g_string_append(sql, docs ? "1 = 1" : "1 = 0");
        for (gsize i = 0; i < n_sel; i++)
            if (sel[i]->kind != JX_RECORD_DOCUMENT)
                g_string_append_printf(sql,
                                       " UNION ALL SELECT d.doc, d.sha256, t.ord, t.record "
                                       "FROM %s t JOIN documents d ON d.id = t.doc_id",
                                       sel[i]->table);
        g_string_append(sql, " ORDER BY 1, 2, 3");
        ok = db->backend->query(db, sql->str, NULL, 0, jsonl_row, &st, error);
        g_string_free(sql, TRUE);
    } else {
        flat_query *q = flat_query_new(sel[0]);
        st.types = q->types;
        g_string_truncate(st.line, 0);
        if (excel)
            g_string_append(st.line, "\xEF\xBB\xBF");
        for (guint i = 0; i < q->names->len; i++) {
            if (i)
                g_string_append_c(st.line, ',');
            jx_csv_append_field(st.line, g_ptr_array_index(q->names, i));
        }
        g_string_append(st.line, "\r\n");
        put_line(&st);
        ok = db->backend->query(db, q->sql, NULL, 0, csv_row, &st, error);
        flat_query_free(q);
    }
    if (ok && !st.error)
        g_output_stream_close(out, NULL, &st.error);
    if (ok && st.error) {
        g_set_error(error, JX_ERROR, JX_ERROR_OUTPUT, "%s: cannot write: %s",
                    path && strcmp(path, "-") ? path : "standard output", st.error->message);
        ok = FALSE;
    }
    g_clear_error(&st.error);
    g_string_free(st.line, TRUE);
    g_object_unref(out);
    g_output_stream_close(raw, NULL, NULL);
    g_object_unref(raw);
    return ok;
}

/* ---------------------------------------------------------------- xlsx */

/* The installed libxlsxwriter's soname as the build found it (CMakeLists.txt:
 * jx_soname_of): Debian 12's libxlsxwriter.so.4. */
#define XLSXWRITER_SONAME JX_XLSXWRITER_SONAME

/* Every libxlsxwriter call this file makes. */
#define JX_XLSXLIB_CALLS(X) \
    X(workbook_new_opt) X(workbook_add_format) X(workbook_add_worksheet) X(workbook_close) \
    X(format_set_bold) X(worksheet_write_string) X(worksheet_write_number) \
    X(worksheet_freeze_panes) X(worksheet_autofilter) X(worksheet_set_column) X(lxw_strerror)

/* The calls, resolved from the loaded library (each member has the type of
 * the function it is named after). */
typedef struct {
#define JX_XLSXLIB_MEMBER(name) __typeof__(name) *name;
    JX_XLSXLIB_CALLS(JX_XLSXLIB_MEMBER)
#undef JX_XLSXLIB_MEMBER
} xlsxlib;

/* Where each call is found in xlsxlib, by its name. */
static const jx_module_call xlsxlib_calls[] = {
#define JX_XLSXLIB_SLOT(name) {#name, offsetof(xlsxlib, name)},
    JX_XLSXLIB_CALLS(JX_XLSXLIB_SLOT)
#undef JX_XLSXLIB_SLOT
};

/* What loading found: the calls, or what was missing and why. */
typedef struct {
    xlsxlib calls;
    gboolean ok;
    char *missing; /* on failure: the library or call not found, and the loader's reason */
} xlsxlib_loaded;

/* Loads libxlsxwriter and resolves every call. */
static xlsxlib_loaded *load_xlsxlib(void)
{
    xlsxlib_loaded *l = g_new0(xlsxlib_loaded, 1);
    l->missing =
        jx_module_load(XLSXWRITER_SONAME, xlsxlib_calls, G_N_ELEMENTS(xlsxlib_calls), &l->calls);
    l->ok = !l->missing;
    return l;
}

/* libxlsxwriter's calls, the library loaded on the first call of the
 * process (and kept); thread-safe.  NULL with `error` set
 * (JX_ERROR_UNSUPPORTED) when it is not installed or lacks a call. */
static const xlsxlib *xlsxlib_load(GError **error)
{
    /* set once per process, read-only after: what every later export finds */
    static xlsxlib_loaded *loaded;
    if (g_once_init_enter(&loaded))
        g_once_init_leave(&loaded, load_xlsxlib());
    if (loaded->ok)
        return &loaded->calls;
    g_set_error(error, JX_ERROR, JX_ERROR_UNSUPPORTED,
                "writing XLSX needs libxlsxwriter (%s); install it, e.g. apt-get install "
                "libxlsxwriter4, or export CSV",
                loaded->missing);
    return NULL;
}

typedef struct {
    const xlsxlib *lib; /* the calls */
    lxw_worksheet *sheet;
    lxw_format *wrap;
    const GArray *types;
    double *widths;
    lxw_row_t row;
    gboolean full; /* past Excel's last row */
} sheet_state;

/* The width of `s` in Excel's character units: a wide (CJK) character is two. */
static double display_width(const char *s)
{
    double w = 0;
    for (const char *p = s; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        w += g_unichar_iswide(c) ? 2 : c == '\n' ? 0 : 1;
    }
    return w;
}

static void sheet_row(const char *const *values, int n, gpointer data)
{
    sheet_state *st = data;
    if (st->row >= LXW_ROW_MAX - 1) {
        st->full = TRUE;
        return;
    }
    st->row++;
    for (int c = 0; c < n; c++) {
        const char *v = values[c];
        if (!v)
            continue;
        db_type type = g_array_index(st->types, db_type, c);
        char *listed = type == DB_LIST ? list_text(v) : NULL;
        if (listed)
            v = listed;
        if ((type == DB_INT || type == DB_NUM) && jx_store_is_decimal(v))
            st->lib->worksheet_write_number(st->sheet, st->row, (lxw_col_t)c,
                                            g_ascii_strtod(v, NULL), NULL);
        else
            st->lib->worksheet_write_string(st->sheet, st->row, (lxw_col_t)c, v, NULL);
        double w = display_width(v);
        if (w > st->widths[c])
            st->widths[c] = w;
        g_free(listed);
    }
}

/* Excel's sheet names: at most 31 characters, none of []:*?/\ — table names are safe. */
static gboolean export_xlsx(jx_db *db, const db_table *const *sel, gsize n_sel, const char *path,
                            GError **error)
{
    if (!path || strcmp(path, "-") == 0) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT,
                    "an XLSX file cannot go to standard output; name it with -o FILE.xlsx");
        return FALSE;
    }
    const xlsxlib *lib = xlsxlib_load(error);
    if (!lib)
        return FALSE;
    lxw_workbook_options options = {.constant_memory = LXW_FALSE, .tmpdir = NULL};
    lxw_workbook *book = lib->workbook_new_opt(path, &options);
    if (!book) {
        g_set_error(error, JX_ERROR, JX_ERROR_OUTPUT, "%s: cannot create the workbook", path);
        return FALSE;
    }
    lxw_format *bold = lib->workbook_add_format(book);
    lib->format_set_bold(bold);
    gboolean ok = TRUE, full = FALSE;
    for (gsize i = 0; i < n_sel && ok; i++) {
        flat_query *q = flat_query_new(sel[i]);
        lxw_worksheet *sheet = lib->workbook_add_worksheet(book, sel[i]->table);
        int n = (int)q->names->len;
        sheet_state st = {lib, sheet, NULL, q->types, g_new0(double, n), 0, FALSE};
        for (int c = 0; c < n; c++) {
            const char *h = g_ptr_array_index(q->names, c);
            lib->worksheet_write_string(sheet, 0, (lxw_col_t)c, h, bold);
            st.widths[c] = display_width(h) + 2; /* room for the filter button */
        }
        ok = db->backend->query(db, q->sql, NULL, 0, sheet_row, &st, error);
        lib->worksheet_freeze_panes(sheet, 1, 0);
        lib->worksheet_autofilter(sheet, 0, 0, st.row, (lxw_col_t)(n - 1));
        for (int c = 0; c < n; c++)
            lib->worksheet_set_column(sheet, (lxw_col_t)c, (lxw_col_t)c,
                                      MIN(st.widths[c] + 1, MAX_WIDTH), NULL);
        full = full || st.full;
        g_free(st.widths);
        flat_query_free(q);
    }
    lxw_error rc = lib->workbook_close(book);
    if (ok && rc != LXW_NO_ERROR) {
        g_set_error(error, JX_ERROR, JX_ERROR_OUTPUT, "%s: cannot write the workbook: %s", path,
                    lib->lxw_strerror(rc));
        ok = FALSE;
    }
    if (ok && full) {
        g_set_error(error, JX_ERROR, JX_ERROR_OUTPUT,
                    "%s: a table has more rows than a sheet holds (1048576); the sheet was cut — "
                    "export that table as CSV",
                    path);
        ok = FALSE;
    }
    return ok;
}

/* ---------------------------------------------------------------- entry */

gboolean jx_db_export(jx_db *db, jx_export_format format, const char *const *what,
                      gboolean excel, const char *path, GError **error)
{
    gsize n_tables;
    const db_table *tables = jx_db_tables(&n_tables);
    const db_table **sel = g_new0(const db_table *, n_tables);
    gsize n_sel = 0;
    gboolean ok = TRUE;
    if (!what) {
        for (gsize i = 0; i < n_tables; i++)
            sel[n_sel++] = &tables[i];
    } else {
        for (const char *const *w = what; *w && ok; w++) {
            gsize i = 0;
            while (i < n_tables && strcmp(tables[i].table, *w) != 0)
                i++;
            if (i == n_tables) {
                g_set_error(error, JX_ERROR, JX_ERROR_FORMAT,
                            "no table \"%s\"; use documents, indicators, scores, funds, "
                            "budgets, facts, findings or all",
                            *w);
                ok = FALSE;
            } else {
                sel[n_sel++] = &tables[i];
            }
        }
    }
    if (ok && n_sel == 0) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT, "no table to export");
        ok = FALSE;
    }
    if (ok && format == JX_EXPORT_CSV && n_sel != 1) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT,
                    "a CSV file holds one table; name it (--what indicators) or use xlsx");
        ok = FALSE;
    }
    if (ok)
        ok = format == JX_EXPORT_XLSX ? export_xlsx(db, sel, n_sel, path, error)
                                      : export_stream(db, format, sel, n_sel, excel, path, error);
    g_free(sel);
    return ok;
}
