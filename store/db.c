/*
 * db.c — records into a database and back out, the same for every backend:
 * the table layout (data: one row per column of docs/schema.sql), the schema
 * migrations, documents identified by digest (keyed by an integer id) with
 * their paths, the database sink (one transaction per document) and the
 * lookups the importer needs.
 * Export lives in export.c; SQL execution in sqlite.c and postgres.c.
 */
#include "store/db.h"

#include <string.h>

/* ---------------------------------------------------------------- layout */

#define TOP JX_F_COUNT

static const db_column document_columns[] = {
    {"format", DB_TEXT, JX_F_FORMAT, TOP, 1},
    {"encoding", DB_TEXT, JX_F_ENCODING, TOP, 1},
    {"pages", DB_INT, JX_F_PAGES, TOP, 1},
    {"title", DB_TEXT, JX_F_TITLE, TOP, 1},
    {"kind", DB_TEXT, JX_F_KIND, TOP, 1},
    {"year", DB_INT, JX_F_YEAR, TOP, 1},
    {"org", DB_TEXT, JX_F_ORG, TOP, 1},
    {"project", DB_TEXT, JX_F_PROJECT, TOP, 1},
    {"amount_value", DB_NUM, JX_F_AMOUNT, JX_F_VALUE, 1},
    {"amount_unit", DB_TEXT, JX_F_AMOUNT, JX_F_UNIT, 1},
    {"amount_text", DB_TEXT, JX_F_AMOUNT, JX_F_TEXT, 1},
    {"warnings", DB_LIST, JX_F_WARNINGS, TOP, 1},
    {"notes", DB_LIST, JX_F_NOTES, TOP, 1},
    {"implementer", DB_TEXT, JX_F_IMPLEMENTER, TOP, 1},
    {"objective_planned", DB_TEXT, JX_F_OBJECTIVE, JX_F_PLANNED, 1},
    {"objective_achieved", DB_TEXT, JX_F_OBJECTIVE, JX_F_ACHIEVED, 1},
    {"score_total", DB_NUM, JX_F_SCORE_TOTAL, TOP, 1},
    {"grade", DB_TEXT, JX_F_GRADE, TOP, 1},
    {"evaluator", DB_TEXT, JX_F_EVALUATOR, TOP, 2},
    {"bands", DB_LIST, JX_F_BANDS, TOP, 2},
    {"weight_total", DB_NUM, JX_F_WEIGHT_TOTAL, TOP, 2},
};

static const db_column indicator_columns[] = {
    {"table_no", DB_INT, JX_F_TABLE, TOP, 1},
    {"row_no", DB_INT, JX_F_ROW, TOP, 1},
    {"page", DB_INT, JX_F_PAGE, TOP, 1},
    {"seq", DB_INT, JX_F_SEQ, TOP, 1},
    {"level1", DB_TEXT, JX_F_LEVEL1, TOP, 1},
    {"level2", DB_TEXT, JX_F_LEVEL2, TOP, 1},
    {"name", DB_TEXT, JX_F_NAME, TOP, 1},
    {"task", DB_TEXT, JX_F_TASK, TOP, 1},
    {"category", DB_TEXT, JX_F_CATEGORY, TOP, 1},
    {"op", DB_TEXT, JX_F_OP, TOP, 1},
    {"value", DB_TEXT, JX_F_VALUE, TOP, 1},
    {"value_num", DB_NUM, JX_F_VALUE, TOP, 1},
    {"kind", DB_TEXT, JX_F_KIND, TOP, 1},
    {"unit", DB_TEXT, JX_F_UNIT, TOP, 1},
    {"text", DB_TEXT, JX_F_TEXT, TOP, 1},
    {"half_op", DB_TEXT, JX_F_HALF, JX_F_OP, 1},
    {"half_value", DB_TEXT, JX_F_HALF, JX_F_VALUE, 1},
    {"half_kind", DB_TEXT, JX_F_HALF, JX_F_KIND, 1},
    {"half_unit", DB_TEXT, JX_F_HALF, JX_F_UNIT, 1},
    {"half_text", DB_TEXT, JX_F_HALF, JX_F_TEXT, 1},
    {"actual_op", DB_TEXT, JX_F_ACTUAL, JX_F_OP, 1},
    {"actual_value", DB_TEXT, JX_F_ACTUAL, JX_F_VALUE, 1},
    {"actual_kind", DB_TEXT, JX_F_ACTUAL, JX_F_KIND, 1},
    {"actual_unit", DB_TEXT, JX_F_ACTUAL, JX_F_UNIT, 1},
    {"actual_text", DB_TEXT, JX_F_ACTUAL, JX_F_TEXT, 1},
    {"weight", DB_NUM, JX_F_WEIGHT, TOP, 1},
    {"score", DB_NUM, JX_F_SCORE, TOP, 1},
    {"deviation", DB_TEXT, JX_F_DEVIATION, TOP, 1},
    {"flags", DB_LIST, JX_F_FLAGS, TOP, 1},
    {"group_weight", DB_NUM, JX_F_GROUP_WEIGHT, TOP, 2},
    {"project", DB_TEXT, JX_F_PROJECT, TOP, 4},
};

static const db_column score_columns[] = {
    {"table_no", DB_INT, JX_F_TABLE, TOP, 1}, {"row_no", DB_INT, JX_F_ROW, TOP, 1},
    {"page", DB_INT, JX_F_PAGE, TOP, 1},      {"code", DB_TEXT, JX_F_CODE, TOP, 1},
    {"level1", DB_TEXT, JX_F_LEVEL1, TOP, 1}, {"level2", DB_TEXT, JX_F_LEVEL2, TOP, 1},
    {"name", DB_TEXT, JX_F_NAME, TOP, 1},     {"weight", DB_NUM, JX_F_WEIGHT, TOP, 1},
    {"score", DB_NUM, JX_F_SCORE, TOP, 1},    {"rate", DB_NUM, JX_F_RATE, TOP, 1},
    {"reason", DB_TEXT, JX_F_REASON, TOP, 1},
};

static const db_column funds_columns[] = {
    {"table_no", DB_INT, JX_F_TABLE, TOP, 1},  {"row_no", DB_INT, JX_F_ROW, TOP, 1},
    {"page", DB_INT, JX_F_PAGE, TOP, 1},       {"item", DB_TEXT, JX_F_ITEM, TOP, 1},
    {"planned", DB_NUM, JX_F_PLANNED, TOP, 1}, {"adjusted", DB_NUM, JX_F_ADJUSTED, TOP, 1},
    {"spent", DB_NUM, JX_F_SPENT, TOP, 1},     {"weight", DB_NUM, JX_F_WEIGHT, TOP, 1},
    {"rate", DB_NUM, JX_F_RATE, TOP, 1},       {"score", DB_NUM, JX_F_SCORE, TOP, 1},
    {"flags", DB_LIST, JX_F_FLAGS, TOP, 3},
};

static const db_column budget_columns[] = {
    {"table_no", DB_INT, JX_F_TABLE, TOP, 1},
    {"row_no", DB_INT, JX_F_ROW, TOP, 1},
    {"page", DB_INT, JX_F_PAGE, TOP, 1},
    {"name", DB_TEXT, JX_F_NAME, TOP, 1},
    {"budget_value", DB_NUM, JX_F_BUDGET, JX_F_VALUE, 1},
    {"budget_unit", DB_TEXT, JX_F_BUDGET, JX_F_UNIT, 1},
    {"spent_value", DB_NUM, JX_F_SPENT, JX_F_VALUE, 1},
    {"spent_unit", DB_TEXT, JX_F_SPENT, JX_F_UNIT, 1},
    {"rate", DB_NUM, JX_F_RATE, TOP, 1},
    {"text", DB_TEXT, JX_F_TEXT, TOP, 1},
};

static const db_column fact_columns[] = {
    {"page", DB_INT, JX_F_PAGE, TOP, 1},
    {"subject", DB_TEXT, JX_F_SUBJECT, TOP, 1},
    {"budget_value", DB_NUM, JX_F_BUDGET, JX_F_VALUE, 1},
    {"budget_unit", DB_TEXT, JX_F_BUDGET, JX_F_UNIT, 1},
    {"spent_value", DB_NUM, JX_F_SPENT, JX_F_VALUE, 1},
    {"spent_unit", DB_TEXT, JX_F_SPENT, JX_F_UNIT, 1},
    {"rate", DB_NUM, JX_F_RATE, TOP, 1},
    {"text", DB_TEXT, JX_F_TEXT, TOP, 1},
    {"available_value", DB_NUM, JX_F_AVAILABLE, JX_F_VALUE, 2},
    {"available_unit", DB_TEXT, JX_F_AVAILABLE, JX_F_UNIT, 2},
};

static const db_column finding_columns[] = {
    {"severity", DB_TEXT, JX_F_SEVERITY, TOP, 1},
    {"rule", DB_TEXT, JX_F_RULE, TOP, 1},
    {"message", DB_TEXT, JX_F_MESSAGE, TOP, 1},
    {"where_table", DB_INT, JX_F_WHERE, JX_F_TABLE, 1},
    {"where_row", DB_INT, JX_F_WHERE, JX_F_ROW, 1},
    {"where_page", DB_INT, JX_F_WHERE, JX_F_PAGE, 1},
    {"expected", DB_NUM, JX_F_EXPECTED, TOP, 1},
    {"found", DB_NUM, JX_F_FOUND, TOP, 1},
    {"where_fact", DB_INT, JX_F_WHERE, JX_F_FACT, 2},
};

#define TABLE(kind, name, cols) {kind, name, cols, G_N_ELEMENTS(cols)}
static const db_table tables[] = {
    TABLE(JX_RECORD_DOCUMENT, "documents", document_columns),
    TABLE(JX_RECORD_INDICATOR, "indicators", indicator_columns),
    TABLE(JX_RECORD_SCORE, "scores", score_columns),
    TABLE(JX_RECORD_FUNDS, "funds", funds_columns),
    TABLE(JX_RECORD_BUDGET, "budgets", budget_columns),
    TABLE(JX_RECORD_FACT, "facts", fact_columns),
    TABLE(JX_RECORD_FINDING, "findings", finding_columns),
};

/* See db.h. */
char *jx_db_insert_sql(const char *table, const char *const *names, int n, gboolean numbered,
                       gboolean upsert)
{
    GString *sql = g_string_new(NULL);
    g_string_append_printf(sql, "INSERT INTO %s (", table);
    for (int i = 0; i < n; i++)
        g_string_append_printf(sql, "%s%s", i ? ", " : "", names[i]);
    g_string_append(sql, ") VALUES (");
    for (int i = 0; i < n; i++) {
        g_string_append(sql, i ? ", " : "");
        if (numbered)
            g_string_append_printf(sql, "$%d", i + 1);
        else
            g_string_append_c(sql, '?');
    }
    g_string_append_c(sql, ')');
    if (upsert)
        g_string_append(sql, " ON CONFLICT DO NOTHING");
    return g_string_free(sql, FALSE);
}

const db_table *jx_db_tables(gsize *n)
{
    *n = G_N_ELEMENTS(tables);
    return tables;
}

const db_table *jx_db_table_for(jx_record_kind kind)
{
    for (gsize i = 0; i < G_N_ELEMENTS(tables); i++)
        if (tables[i].kind == kind)
            return &tables[i];
    return NULL;
}

/* ---------------------------------------------------------------- migrations */

/*
 * The schema.  A new database gets docs/schema.sql, which is always the
 * whole current schema, and is at SCHEMA_VERSION at once.  An older one is
 * brought forward one version at a time, each step in its own transaction:
 * step N adds the columns of the layout above marked `since` N (ALTER TABLE
 * … ADD COLUMN) and fills them from each row's stored `record` (the
 * backend's JSON functions), so the new columns hold for old rows what an
 * insert would have put there.  A new field is thus one row of the layout,
 * its column in docs/schema.sql, and SCHEMA_VERSION + 1.
 *   2: documents evaluator, bands, weight_total; indicators group_weight;
 *      facts available_value, available_unit; findings where_fact.
 *   3: funds flags (a funds row read by a guess: stream-ambiguous, …).
 *   4: indicators project (a table's own project in a document of several).
 *   5: documents keyed by an integer id that paths and the record tables
 *      refer to (rekey_sql): the tables are rebuilt.
 *   6: the record tables' foreign key to documents DEFERRABLE INITIALLY
 *      DEFERRED (redefer_sql): the six tables are rebuilt.
 */
#define SCHEMA_VERSION 6
/* The version that gave documents their integer key: a rebuild, not columns. */
#define REKEY_VERSION 5
/* The version that deferred the record tables' foreign keys: a rebuild. */
#define REDEFER_VERSION 6

static const char *sql_type(db_type type)
{
    switch (type) {
    case DB_INT: return "INTEGER";
    case DB_NUM: return "NUMERIC";
    case DB_TEXT:
    case DB_LIST: return "TEXT";
    }
    return "TEXT";
}

/* The backend's SQL for the value of `col` in a row's stored record. */
static char *fill_expression(const db_backend *b, const db_column *col)
{
    const char *field = jx_field_name(col->field);
    char *text = col->type == DB_LIST ? g_strdup_printf(b->json_list, field)
                 : col->sub == TOP    ? g_strdup_printf(b->json_text, field)
                                      : g_strdup_printf(b->json_sub_text, field,
                                                        jx_field_name(col->sub));
    char *value = col->type == DB_NUM   ? g_strdup_printf(b->as_decimal, text)
                  : col->type == DB_INT ? g_strdup_printf(b->as_integer, text)
                                        : g_strdup(text);
    g_free(text);
    return value;
}

/* The statements that bring a database from `version` - 1 to `version`. */
static char *migration_sql(const jx_db *db, int version)
{
    GString *sql = g_string_new(NULL);
    for (gsize t = 0; t < G_N_ELEMENTS(tables); t++)
        for (gsize c = 0; c < tables[t].n_columns; c++) {
            const db_column *col = &tables[t].columns[c];
            if (col->since != version)
                continue;
            char *expr = fill_expression(db->backend, col);
            g_string_append_printf(sql, "ALTER TABLE %s ADD COLUMN %s %s;\n", tables[t].table,
                                   col->name, sql_type(col->type));
            g_string_append_printf(sql, "UPDATE %s SET %s = %s;\n", tables[t].table, col->name,
                                   expr);
            g_free(expr);
        }
    return g_string_free(sql, FALSE);
}

/* The columns every row of table `t` has besides its layout's: the key
 * and the document's name (documents), or the document's id and the
 * record's position (record tables); without `record` and `imported_at`. */
static const char *lead_columns(const db_table *t)
{
    return t->kind == JX_RECORD_DOCUMENT ? "sha256, doc" : "doc_id, ord";
}

/* "a, b, c": the layout's columns of `t`, each after `prefix` ("o."). */
static void append_layout(GString *sql, const db_table *t, const char *prefix)
{
    for (gsize c = 0; c < t->n_columns; c++)
        g_string_append_printf(sql, ", %s%s", prefix, t->columns[c].name);
}

/*
 * Version 5: documents get an integer key, and paths and the record tables
 * refer to it instead of the digest (docs/schema.sql says why).  SQLite
 * cannot change a table's key in place, so every table that holds one is
 * rebuilt: the old tables are renamed out of the way (their foreign keys
 * follow the renames), the new ones made by the schema's CREATE TABLE
 * statements, filled from the old — documents in the order they were
 * stored, each then found by its digest — and the old dropped, record
 * tables first (nothing refers to them), then paths, then documents.  The
 * indexes are made last, by the schema run again (their names were the old
 * tables' until the drop).
 * All in the one transaction of the step: an interrupted migration leaves
 * the database as it was.
 */
static char *rekey_sql(const jx_db *db)
{
    GString *sql = g_string_new(NULL);
    g_string_append(sql, "ALTER TABLE paths RENAME TO paths_v4;\n");
    for (gsize t = 0; t < G_N_ELEMENTS(tables); t++)
        g_string_append_printf(sql, "ALTER TABLE %s RENAME TO %s_v4;\n", tables[t].table,
                               tables[t].table);
    g_string_append(sql, jx_schema_sql);
    g_string_append(sql, ";\n");
    if (db->backend->document_ids)
        g_string_append_printf(sql, "%s;\n", db->backend->document_ids);
    const db_table *doc = &tables[0];
    g_string_append_printf(sql, "INSERT INTO documents (%s", lead_columns(doc));
    append_layout(sql, doc, "");
    g_string_append_printf(sql, ", imported_at, record) SELECT %s", lead_columns(doc));
    append_layout(sql, doc, "");
    g_string_append(sql, ", imported_at, record FROM documents_v4 ORDER BY imported_at, sha256;\n"
                         "INSERT INTO paths (path, doc_id, imported_at) SELECT p.path, d.id, "
                         "p.imported_at FROM paths_v4 p JOIN documents d ON d.sha256 = p.sha256;\n");
    for (gsize t = 1; t < G_N_ELEMENTS(tables); t++) {
        g_string_append_printf(sql, "INSERT INTO %s (doc_id, ord", tables[t].table);
        append_layout(sql, &tables[t], "");
        g_string_append(sql, ", record) SELECT d.id, o.ord");
        append_layout(sql, &tables[t], "o.");
        g_string_append_printf(sql,
                               ", o.record FROM %s_v4 o JOIN documents d ON d.sha256 = o.sha256;\n"
                               "DROP TABLE %s_v4;\n",
                               tables[t].table, tables[t].table);
    }
    g_string_append(sql, "DROP TABLE paths_v4;\nDROP TABLE documents_v4;\n");
    g_string_append(sql, jx_schema_sql);
    return g_string_free(sql, FALSE);
}

/*
 * Version 6: the record tables' foreign key to documents is checked at
 * COMMIT (DEFERRABLE INITIALLY DEFERRED; docs/schema.sql says why).  A
 * constraint cannot be changed in place in SQLite, so each record table is
 * renamed out of the way, made again by the schema's CREATE TABLE, filled
 * from the old one row for row, and the old one dropped; the indexes are
 * made last, by the schema run again (their names were the old tables'
 * until the drop).  documents and paths are kept as they are.  All in the
 * one transaction of the step: an interrupted migration leaves the
 * database as it was.
 */
static char *redefer_sql(void)
{
    GString *sql = g_string_new(NULL);
    for (gsize t = 1; t < G_N_ELEMENTS(tables); t++)
        g_string_append_printf(sql, "ALTER TABLE %s RENAME TO %s_v5;\n", tables[t].table,
                               tables[t].table);
    g_string_append(sql, jx_schema_sql);
    g_string_append(sql, ";\n");
    for (gsize t = 1; t < G_N_ELEMENTS(tables); t++) {
        g_string_append_printf(sql, "INSERT INTO %s (doc_id, ord", tables[t].table);
        append_layout(sql, &tables[t], "");
        g_string_append(sql, ", record) SELECT doc_id, ord");
        append_layout(sql, &tables[t], "");
        g_string_append_printf(sql, ", record FROM %s_v5;\nDROP TABLE %s_v5;\n",
                               tables[t].table, tables[t].table);
    }
    g_string_append(sql, jx_schema_sql);
    return g_string_free(sql, FALSE);
}

/* The whole current schema, for a new database. */
static char *new_schema_sql(const jx_db *db)
{
    return db->backend->document_ids
               ? g_strconcat(jx_schema_sql, ";\n", db->backend->document_ids, NULL)
               : g_strdup(jx_schema_sql);
}

static void take_first(const char *const *values, int n, gpointer data)
{
    char **out = data;
    if (n > 0 && !*out)
        *out = g_strdup(values[0] ? values[0] : "");
}

/* The current time, ISO 8601 UTC: what the *_at columns hold. */
static char *now_iso(void)
{
    GDateTime *t = g_date_time_new_now_utc();
    char *s = g_date_time_format(t, "%Y-%m-%dT%H:%M:%SZ");
    g_date_time_unref(t);
    return s;
}

/* The schema version, inside the caller's transaction (0: a new database). */
static gboolean read_version(jx_db *db, int *version, GError **error)
{
    char *v = NULL;
    gboolean ok =
        db->backend->exec(db,
                          "CREATE TABLE IF NOT EXISTS schema_version ("
                          "version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)",
                          error) &&
        db->backend->query(db, "SELECT MAX(version) FROM schema_version", NULL, 0, take_first,
                           &v, error);
    *version = v && *v ? atoi(v) : 0;
    g_free(v);
    return ok;
}

/* ---------------------------------------------------------------- indexes */

/* The statement that starts every secondary index of docs/schema.sql, one
 * per line there: "CREATE INDEX IF NOT EXISTS name ON table (…);". */
#define INDEX_LEAD "CREATE INDEX IF NOT EXISTS "

/* Calls `fn` with each index statement of docs/schema.sql (without its
 * ';'), its index's name and its table's; stops at the first FALSE. */
static gboolean each_index(gboolean (*fn)(jx_db *, const char *stmt, const char *name,
                                          const char *table, GError **),
                           jx_db *db, GError **error)
{
    char **lines = g_strsplit(jx_schema_sql, "\n", -1);
    gboolean ok = TRUE;
    for (char **l = lines; *l && ok; l++) {
        if (!g_str_has_prefix(*l, INDEX_LEAD))
            continue;
        char *stmt = g_strndup(*l, strcspn(*l, ";"));
        /* name ON table (…) */
        char **words = g_strsplit(stmt + strlen(INDEX_LEAD), " ", 4);
        if (g_strv_length(words) >= 3)
            ok = fn(db, stmt, words[0], words[2], error);
        g_strfreev(words);
        g_free(stmt);
    }
    g_strfreev(lines);
    return ok;
}

static gboolean build_index(jx_db *db, const char *stmt, const char *name, const char *table,
                            GError **error)
{
    return db->backend->exec(db, stmt, error);
}

/* The indexes a load needs are kept: those of `paths`, which a replaced
 * document's delete (its paths, by document id) and the check that no path
 * names it any more read. */
static gboolean drop_index(jx_db *db, const char *stmt, const char *name, const char *table,
                           GError **error)
{
    if (strcmp(table, "paths") == 0)
        return TRUE;
    char *sql = g_strdup_printf("DROP INDEX IF EXISTS %s", name);
    gboolean ok = db->backend->exec(db, sql, error);
    g_free(sql);
    return ok;
}

gboolean jx_db_begin_bulk(jx_db *db, GError **error)
{
    if (!db->backend->defers_indexes || db->bulk || db->txn_open)
        return TRUE;
    char *any = NULL;
    if (!db->backend->exec(db, db->backend->begin_exclusive, error))
        return FALSE;
    gboolean ok = db->backend->query(db, "SELECT 1 FROM documents LIMIT 1", NULL, 0, take_first,
                                     &any, error);
    gboolean empty = ok && !any;
    ok = ok && (!empty || each_index(drop_index, db, error)) &&
         db->backend->exec(db, "COMMIT", error);
    g_free(any);
    if (!ok) {
        db->backend->exec(db, "ROLLBACK", NULL);
        g_prefix_error(error, "%s: cannot start the load: ", db->target);
        return FALSE;
    }
    db->bulk = empty;
    return TRUE;
}

gboolean jx_db_end_bulk(jx_db *db, GError **error)
{
    if (!db->bulk)
        return TRUE;
    /* the documents written so far go first: they are whole, the indexes
     * are only faster reading of them */
    if (!jx_db_commit(db, error))
        return FALSE;
    gboolean ok = db->backend->exec(db, db->backend->begin_exclusive, error) &&
                  each_index(build_index, db, error) && db->backend->exec(db, "COMMIT", error);
    if (!ok) {
        db->backend->exec(db, "ROLLBACK", NULL);
        g_prefix_error(error,
                       "%s: the documents are stored, but their indexes could not be built "
                       "(the next jixiao to open the database builds them): ",
                       db->target);
        return FALSE;
    }
    db->bulk = FALSE;
    return TRUE;
}

/*
 * Brings the schema to SCHEMA_VERSION one step at a time, each step in a
 * transaction that holds the database's write lock (SQLite: BEGIN
 * IMMEDIATE; PostgreSQL: an advisory lock) and reads the version again
 * under it — so that several importers starting at once on a new database
 * (the shards of one archive) apply each step once, the others waiting and
 * then finding it done.
 */
static gboolean migrate(jx_db *db, GError **error)
{
    for (;;) {
        int have = 0;
        if (!db->backend->exec(db, db->backend->begin_exclusive, error))
            return FALSE;
        if (!read_version(db, &have, error)) {
            db->backend->exec(db, "ROLLBACK", NULL);
            return FALSE;
        }
        if (have > SCHEMA_VERSION) {
            db->backend->exec(db, "ROLLBACK", NULL);
            g_set_error(error, JX_ERROR, JX_ERROR_FORMAT,
                        "%s: the database has schema version %d, newer than this jixiao's %d; "
                        "use a newer jixiao",
                        db->target, have, SCHEMA_VERSION);
            return FALSE;
        }
        /* a bulk load that was stopped before it built its indexes
         * (jx_db_begin_bulk) left them to the next open: each is built
         * here if it is missing (nothing is done for one that is there) */
        if (have == SCHEMA_VERSION && db->backend->defers_indexes &&
            !each_index(build_index, db, error)) {
            db->backend->exec(db, "ROLLBACK", NULL);
            g_prefix_error(error, "%s: cannot build the indexes: ", db->target);
            return FALSE;
        }
        if (have == SCHEMA_VERSION)
            return db->backend->exec(db, "COMMIT", error);
        /* a new database: the current schema at once */
        int version = have == 0 ? SCHEMA_VERSION : have + 1;
        char *sql = have == 0                     ? new_schema_sql(db)
                    : version == REKEY_VERSION   ? rekey_sql(db)
                    : version == REDEFER_VERSION ? redefer_sql()
                                                 : migration_sql(db, version);
        char *at = now_iso();
        const char *now = db->backend->immediate_constraints;
        char *step = g_strdup_printf("%s%s%s;\nINSERT INTO schema_version (version, applied_at) "
                                     "VALUES (%d, '%s')",
                                     now ? now : "", now ? ";\n" : "", sql, version, at);
        g_free(sql);
        gboolean ok = db->backend->exec(db, step, error) &&
                      db->backend->exec(db, "COMMIT", error);
        g_free(step);
        g_free(at);
        if (!ok) {
            db->backend->exec(db, "ROLLBACK", NULL);
            g_prefix_error(error, "%s: cannot bring the schema to version %d: ", db->target,
                           version);
            return FALSE;
        }
    }
}

/* ---------------------------------------------------------------- open */

jx_db *jx_db_open(const char *target, GError **error)
{
    g_return_val_if_fail(target != NULL, NULL);
    jx_db *db;
    if (g_str_has_prefix(target, "postgresql://") || g_str_has_prefix(target, "postgres://"))
        db = jx_db_open_postgres(target, error);
    else
        db = jx_db_open_sqlite(target, error);
    if (!db)
        return NULL;
    db->commit_every = 1;
    if (!migrate(db, error)) {
        jx_db_close(db);
        return NULL;
    }
    return db;
}

void jx_db_close(jx_db *db)
{
    if (!db)
        return;
    /* the open transaction holds whole documents only (a sink rolls back
     * one left unfinished): they are kept */
    jx_db_commit(db, NULL);
    db->backend->close(db);
    g_free(db->target);
    g_free(db);
}

const char *jx_db_backend_name(const jx_db *db)
{
    return db->backend->name;
}

/* ---------------------------------------------------------------- transactions */

void jx_db_set_commit_every(jx_db *db, guint documents)
{
    db->commit_every = MAX(documents, 1);
}

/* See db.h. */
gboolean jx_db_own_writes(jx_db *db, GError **error)
{
    return !db->backend->unchecked_writes || db->txn_open ||
           db->backend->exec(db, db->backend->unchecked_writes, error);
}

gboolean jx_db_set_sync(jx_db *db, gboolean full, GError **error)
{
    return db->backend->exec(db, full ? db->backend->sync_full : db->backend->sync_normal,
                             error);
}

/* Opens the transaction documents are written in, unless it is open. */
static gboolean txn_begin(jx_db *db, GError **error)
{
    if (db->txn_open)
        return TRUE;
    if (!db->backend->exec(db, db->backend->begin, error))
        return FALSE;
    db->txn_open = TRUE;
    db->in_txn = 0;
    return TRUE;
}

/* Throws the open transaction away (a document in it failed half-way). */
static void txn_rollback(jx_db *db)
{
    if (db->txn_open)
        db->backend->exec(db, "ROLLBACK", NULL);
    db->txn_open = FALSE;
    db->in_txn = 0;
}

gboolean jx_db_commit(jx_db *db, GError **error)
{
    if (!db->txn_open)
        return TRUE;
    GError *e = NULL;
    if (!db->backend->flush_rows(db, &e) || !db->backend->exec(db, "COMMIT", &e)) {
        /* say they are not there, for a caller that counted them */
        g_prefix_error(&e, "the commit of the last %u documents failed (run the import again): ",
                       db->in_txn);
        txn_rollback(db);
        g_propagate_error(error, e);
        return FALSE;
    }
    db->txn_open = FALSE;
    db->in_txn = 0;
    return TRUE;
}

void jx_db_rollback(jx_db *db)
{
    txn_rollback(db);
}

/* One more whole document is in the open transaction: committed when the
 * group is full. */
static gboolean txn_document_done(jx_db *db, GError **error)
{
    return ++db->in_txn < db->commit_every || jx_db_commit(db, error);
}

gboolean jx_db_pending(const jx_db *db)
{
    return db->txn_open;
}

/* ---------------------------------------------------------------- documents */

static gboolean lookup_one(jx_db *db, const char *sql, const char *param, char **out,
                           GError **error)
{
    *out = NULL;
    const char *params[] = {param};
    return db->backend->query(db, sql, params, 1, take_first, out, error);
}

gboolean jx_db_lookup(jx_db *db, const char *path, const char *sha256, jx_db_state *state,
                      GError **error)
{
    char *known = NULL, *doc = NULL;
    if (!lookup_one(db,
                    "SELECT d.sha256 FROM paths p JOIN documents d ON d.id = p.doc_id "
                    "WHERE p.path = $1",
                    path, &known, error))
        return FALSE;
    if (known && strcmp(known, sha256) == 0) {
        *state = JX_DB_UNCHANGED;
    } else {
        if (!lookup_one(db, "SELECT sha256 FROM documents WHERE sha256 = $1", sha256, &doc,
                        error)) {
            g_free(known);
            return FALSE;
        }
        *state = doc ? JX_DB_KNOWN_BYTES : known ? JX_DB_CHANGED : JX_DB_NEW;
    }
    g_free(known);
    g_free(doc);
    return TRUE;
}

/* Deletes the stored document `id` (its documents.id, as text) with its
 * records when no path names it any more; inside the caller's transaction.
 * On a connection that does not check foreign keys (jx_db_own_writes) the
 * cascade would not run: the records are deleted first, here, table by
 * table (each by its key's first column) — the transaction holds the write
 * lock (begin_locks), so no path can name the document between the look
 * and the deletes.  Elsewhere the cascade does it, in the one statement. */
static gboolean drop_unnamed_document(jx_db *db, const char *id, GError **error)
{
    const char *gone[] = {id};
    /* rows held back for COPY may belong to the document going (stored
     * earlier in this transaction): they go in first, then go with it */
    if (!db->backend->flush_rows(db, error))
        return FALSE;
    gboolean ok = TRUE;
    if (db->backend->unchecked_writes) {
        char *named = NULL;
        ok = lookup_one(db, "SELECT 1 FROM paths WHERE doc_id = $1 LIMIT 1", id, &named, error);
        for (gsize t = 0; ok && !named && t < G_N_ELEMENTS(tables); t++) {
            if (tables[t].kind == JX_RECORD_DOCUMENT)
                continue;
            char *sql = g_strdup_printf("DELETE FROM %s WHERE doc_id = $1", tables[t].table);
            ok = db->backend->query(db, sql, gone, 1, NULL, NULL, error);
            g_free(sql);
        }
        g_free(named);
    }
    return ok && db->backend->query(db,
                                    "DELETE FROM documents WHERE id = $1 AND NOT EXISTS "
                                    "(SELECT 1 FROM paths WHERE paths.doc_id = documents.id)",
                                    gone, 1, NULL, NULL, error);
}

/* Points `path` at the stored document `id` (its documents.id, as text),
 * dropping the document it named before when no other path names it;
 * inside the caller's transaction. */
static gboolean set_path(jx_db *db, const char *path, const char *id, GError **error)
{
    char *old = NULL;
    if (!lookup_one(db, "SELECT doc_id FROM paths WHERE path = $1", path, &old, error))
        return FALSE;
    char *at = now_iso();
    const char *upsert[] = {path, id, at};
    const char *drop[] = {path};
    /* SQLite gives an upsert into a table with a foreign key a statement
     * journal: the pages it touches are copied before it writes them (some
     * 40 KB per document, spilled to a temporary file), in case it must be
     * undone alone.  Where no other writer can add the path meanwhile
     * (begin_locks), a path the lookup did not find is simply inserted. */
    const char *sql = !old && db->backend->begin_locks
                          ? "INSERT INTO paths (path, doc_id, imported_at) VALUES ($1, $2, $3)"
                          : "INSERT INTO paths (path, doc_id, imported_at) VALUES ($1, $2, $3) "
                            "ON CONFLICT (path) DO UPDATE SET doc_id = excluded.doc_id, "
                            "imported_at = excluded.imported_at";
    gboolean ok =
        db->backend->query(db, sql, upsert, 3, NULL, NULL, error) &&
        db->backend->query(db, "DELETE FROM problems WHERE path = $1", drop, 1, NULL, NULL,
                           error);
    if (ok && old && strcmp(old, id) != 0)
        ok = drop_unnamed_document(db, old, error);
    g_free(at);
    g_free(old);
    return ok;
}

/* The id of the stored document `sha256` (g_free), or NULL when none is. */
static gboolean document_id(jx_db *db, const char *sha256, char **id, GError **error)
{
    return lookup_one(db, "SELECT id FROM documents WHERE sha256 = $1", sha256, id, error);
}

gboolean jx_db_link_path(jx_db *db, const char *path, const char *sha256, GError **error)
{
    if (!txn_begin(db, error))
        return FALSE;
    char *id = NULL;
    gboolean ok = document_id(db, sha256, &id, error);
    if (ok && !id) {
        g_set_error(error, JX_ERROR, JX_ERROR_OUTPUT, "%s: no document %s is stored",
                    db->target, sha256);
        ok = FALSE;
    }
    ok = ok && set_path(db, path, id, error);
    g_free(id);
    if (!ok) {
        txn_rollback(db);
        return FALSE;
    }
    return txn_document_done(db, error);
}

gboolean jx_db_note_problem(jx_db *db, const char *path, const char *sha256, const char *status,
                            const char *reason, GError **error)
{
    char *at = now_iso();
    const char *params[] = {path, sha256, status, reason, at};
    gboolean ok = db->backend->query(
        db,
        "INSERT INTO problems (path, sha256, status, reason, seen_at) VALUES ($1, $2, $3, $4, $5) "
        "ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, status = excluded.status, "
        "reason = excluded.reason, seen_at = excluded.seen_at",
        params, 5, NULL, NULL, error);
    g_free(at);
    return ok;
}

gint64 jx_db_count(jx_db *db, jx_record_kind kind, GError **error)
{
    const db_table *t = jx_db_table_for(kind);
    if (!t) {
        g_set_error(error, JX_ERROR, JX_ERROR_FORMAT, "no table holds records of this kind");
        return -1;
    }
    char *sql = g_strdup_printf("SELECT COUNT(*) FROM %s", t->table);
    char *v = NULL;
    gboolean ok = db->backend->query(db, sql, NULL, 0, take_first, &v, error);
    g_free(sql);
    gint64 n = ok && v ? g_ascii_strtoll(v, NULL, 10) : -1;
    g_free(v);
    return n;
}

typedef struct {
    GOutputStream *out;
    GString *line;
    GError *error;
} tsv_state;

static void tsv_row(const char *const *values, int n, gpointer data)
{
    tsv_state *st = data;
    if (st->error)
        return;
    g_string_truncate(st->line, 0);
    for (int i = 0; i < n; i++) {
        if (i)
            g_string_append_c(st->line, '\t');
        g_string_append(st->line, values[i] ? values[i] : "NULL");
    }
    g_string_append_c(st->line, '\n');
    g_output_stream_write_all(st->out, st->line->str, st->line->len, NULL, NULL, &st->error);
}

gboolean jx_db_query_tsv(jx_db *db, const char *sql, GOutputStream *out, GError **error)
{
    tsv_state st = {out, g_string_new(NULL), NULL};
    /* the backend hands the column names as the first row (see db_backend) */
    gboolean ok = db->backend->query(db, sql, NULL, -1, tsv_row, &st, error);
    g_string_free(st.line, TRUE);
    if (ok && st.error) {
        g_set_error(error, JX_ERROR, JX_ERROR_OUTPUT, "%s", st.error->message);
        ok = FALSE;
    }
    g_clear_error(&st.error);
    return ok;
}

/* ---------------------------------------------------------------- rows */

/* One column's value as text (NULL: SQL NULL): the record's own string
 * when the column is one, else written into `buf` (an integer, a list as a
 * JSON array).  Nothing is copied that the record holds already: an import
 * binds some thirty values per row, and a copy of each was a tenth of the
 * importer's own work. */
static const char *column_value(const jx_record *rec, const db_column *col, GString *buf)
{
    const jx_record *from = rec;
    jx_field field = col->field;
    if (col->sub != TOP) {
        from = jx_record_sub(rec, col->field);
        field = col->sub;
        if (!from)
            return NULL;
    }
    switch (col->type) {
    case DB_TEXT: return jx_record_string(from, field);
    case DB_NUM: {
        const char *s = jx_record_string(from, field);
        return jx_store_is_decimal(s) ? s : NULL;
    }
    case DB_INT: {
        gint64 v = jx_record_int(from, field, G_MININT64);
        if (v == G_MININT64)
            return NULL;
        g_string_truncate(buf, 0);
        jx_string_append_int(buf, v);
        return buf->str;
    }
    case DB_LIST: {
        const char *const *items = jx_record_list_of(from, field);
        if (!items)
            return NULL;
        g_string_assign(buf, "[");
        for (const char *const *p = items; *p; p++) {
            if (p != items)
                g_string_append_c(buf, ',');
            jx_json_append_string(buf, *p);
        }
        g_string_append_c(buf, ']');
        return buf->str;
    }
    }
    return NULL;
}

/* ---------------------------------------------------------------- sink */

typedef struct {
    jx_db *db;
    gboolean open;  /* a document's transaction is open */
    gboolean known; /* its bytes were stored already: its records are not written again */
    char *sha256, *doc;
    char *id; /* the document's documents.id, as text */
    gint64 ord;
    GString *json;
    const char *given; /* the record's JSON as the caller has it (jx_sink_write_json), or NULL */
    GPtrArray *names, *values; /* const char*: a row's, reused */
    GArray *types;             /* db_type: a row's values' column kinds, reused */
    const db_table *laid_out;  /* the table whose names and types are in `names`, `types` */
    GPtrArray *bufs;           /* GString*: the values written for a row, by position */
} db_sink;

/* A write failed: the open transaction goes, with the whole documents
 * grouped in it before this one (said, for a summary had counted them). */
static gboolean sink_fail(db_sink *s, GError **error, GError *cause)
{
    guint lost = s->db->in_txn;
    txn_rollback(s->db);
    s->open = FALSE;
    /* the backend's message names the database already */
    g_set_error(error, JX_ERROR, JX_ERROR_OUTPUT, "%s%s",
                cause ? cause->message : "cannot write the database",
                lost ? " (the documents stored just before it were taken back with it: "
                       "run the import again)" : "");
    g_clear_error(&cause);
    return FALSE;
}

/* The text buffer of value `k` of a row, kept from row to row. */
static GString *value_buffer(db_sink *s, int k)
{
    while (s->bufs->len <= (guint)k)
        g_ptr_array_add(s->bufs, g_string_sized_new(32));
    return s->bufs->pdata[k];
}

/* What a row is made of: a record, whose column values are taken from it
 * here, or the values already taken (by an import's worker, jx_db_frame),
 * one per column of the table's layout; and the record as JSON (NULL with
 * a record: written from it). */
typedef struct {
    const jx_record *rec;
    const char *const *cols;
    const char *json;
} row_source;

/* Fills the sink's `names` and `types` (sized for `t` already) with the
 * columns of a row of `t`: sha256, doc, …, imported_at, record for the
 * documents; doc_id, ord, …, record for a record table (lead_columns). */
static void lay_out_row(db_sink *s, const db_table *t)
{
    const char **names = (const char **)s->names->pdata;
    db_type *types = (db_type *)(void *)s->types->data;
    gboolean is_doc = t->kind == JX_RECORD_DOCUMENT;
    int k = 0;
    names[k] = is_doc ? "sha256" : "doc_id";
    types[k++] = is_doc ? DB_TEXT : DB_INT;
    names[k] = is_doc ? "doc" : "ord";
    types[k++] = is_doc ? DB_TEXT : DB_INT;
    for (gsize i = 0; i < t->n_columns; i++, k++) {
        names[k] = t->columns[i].name;
        types[k] = t->columns[i].type;
    }
    if (is_doc) {
        names[k] = "imported_at";
        types[k++] = DB_TEXT;
    }
    names[k] = "record";
    types[k] = DB_TEXT;
    s->laid_out = t;
}

/* Inserts a row of `t` from `src`, with the lead and trailing columns.
 * The values point into the record, the caller's values, the sink and its
 * buffers: the backend binds or copies them before it returns. */
static gboolean insert_row(db_sink *s, const row_source *src, const db_table *t,
                           gboolean *inserted, GError **error)
{
    gboolean is_doc = t->kind == JX_RECORD_DOCUMENT;
    /* sha256, doc, …, imported_at, record; or doc_id, ord, …, record
     * (lead_columns) */
    int n = (int)t->n_columns + 4;
    /* the names and types are the table's: laid out when the table
     * changes, not for every row (a document's rows come table by table) */
    if (s->laid_out != t) {
        g_ptr_array_set_size(s->names, n);
        g_ptr_array_set_size(s->values, n);
        g_array_set_size(s->types, (guint)n);
        lay_out_row(s, t);
    }
    const char **values = (const char **)s->values->pdata;
    int k = 0;
    if (is_doc) {
        values[k++] = s->sha256;
        values[k++] = s->doc;
    } else {
        values[k++] = s->id;
        GString *ord = value_buffer(s, k);
        g_string_truncate(ord, 0);
        jx_string_append_int(ord, s->ord);
        values[k++] = ord->str;
    }
    if (src->rec)
        for (gsize i = 0; i < t->n_columns; i++, k++)
            values[k] = column_value(src->rec, &t->columns[i], value_buffer(s, k));
    else
        for (gsize i = 0; i < t->n_columns; i++)
            values[k++] = src->cols[i];
    char *at = NULL;
    if (is_doc)
        values[k++] = at = now_iso();
    /* the record column: the JSON as it came, when it came as JSON (it is
     * what jx_record_append_json wrote), else written now */
    if (!src->json) {
        g_string_truncate(s->json, 0);
        jx_record_append_json(src->rec, s->json);
    }
    values[k++] = src->json ? src->json : s->json->str;
    gboolean ok = s->db->backend->insert_row(s->db, t->table, (const char **)s->names->pdata,
                                             values, (const db_type *)(void *)s->types->data, k,
                                             inserted, error);
    g_free(at);
    return ok;
}

static gboolean db_end(jx_sink *sink, GError **error)
{
    db_sink *s = jx_sink_impl(sink);
    if (!s->open)
        return TRUE;
    GError *e = NULL;
    s->open = FALSE;
    if (!txn_document_done(s->db, &e))
        return sink_fail(s, error, e);
    return TRUE;
}

/* A document record (`src`; its digest, path and name) starts a document. */
static gboolean begin_document(jx_sink *sink, db_sink *s, const char *sha, const char *path,
                               const char *doc, const row_source *src, GError **error)
{
    if (!db_end(sink, error))
        return FALSE;
    if (!sha || !path || !doc) {
        g_set_error(error, JX_ERROR, JX_ERROR_OUTPUT,
                    "%s: a document record without sha256, source or doc cannot be stored",
                    s->db->target);
        return FALSE;
    }
    g_free(s->sha256);
    g_free(s->doc);
    s->sha256 = g_strdup(sha);
    s->doc = g_strdup(doc);
    s->ord = 0;
    GError *e = NULL;
    if (!txn_begin(s->db, &e))
        return sink_fail(s, error, e);
    s->open = TRUE;
    g_clear_pointer(&s->id, g_free);
    if (!document_id(s->db, sha, &s->id, &e))
        return sink_fail(s, error, e);
    s->known = s->id != NULL;
    /* The document row goes in before the path that refers to it.  Another
     * importer (a shard on another machine) may be storing the same bytes
     * right now: its row wins, and this document's records are not written.
     * Either way the row's id is read back for the path and the records. */
    gboolean inserted = FALSE;
    if (!s->known) {
        if (!insert_row(s, src, jx_db_table_for(JX_RECORD_DOCUMENT), &inserted, &e) ||
            !document_id(s->db, sha, &s->id, &e))
            return sink_fail(s, error, e);
        s->known = !inserted;
    }
    if (!s->id) {
        g_set_error(&e, JX_ERROR, JX_ERROR_OUTPUT, "%s: the document row of %s is missing",
                    s->db->target, sha);
        return sink_fail(s, error, e);
    }
    if (!set_path(s->db, path, s->id, &e))
        return sink_fail(s, error, e);
    return TRUE;
}

/* A record of `kind` other than a document (`type`: its name, for a message). */
static gboolean write_member(db_sink *s, jx_record_kind kind, const char *type,
                             const row_source *src, GError **error)
{
    if (!s->open) {
        g_set_error(error, JX_ERROR, JX_ERROR_OUTPUT,
                    "%s: a %s record came before any document record", s->db->target,
                    type ? type : "nested");
        return FALSE;
    }
    s->ord++;
    const db_table *t = jx_db_table_for(kind);
    if (s->known || !t)
        return TRUE;
    GError *e = NULL;
    if (!insert_row(s, src, t, NULL, &e))
        return sink_fail(s, error, e);
    return TRUE;
}

static gboolean db_write(jx_sink *sink, const jx_record *rec, GError **error)
{
    db_sink *s = jx_sink_impl(sink);
    jx_record_kind kind = jx_record_kind_of(rec);
    row_source src = {rec, NULL, s->given};
    if (kind == JX_RECORD_DOCUMENT)
        return begin_document(sink, s, jx_record_string(rec, JX_F_SHA256),
                              jx_record_string(rec, JX_F_SOURCE), jx_record_string(rec, JX_F_DOC),
                              &src, error);
    return write_member(s, kind, jx_record_type(rec), &src, error);
}

static gboolean db_write_json(jx_sink *sink, const jx_record *rec, const char *json,
                              GError **error)
{
    db_sink *s = jx_sink_impl(sink);
    s->given = json;
    gboolean ok = db_write(sink, rec, error);
    s->given = NULL;
    return ok;
}

static void db_release(gpointer data)
{
    db_sink *s = data;
    /* never commit half a document: it goes, with the whole ones grouped
     * before it in the open transaction (jx_db_set_commit_every; the
     * importer frees its sink between documents, so this is for a writer
     * that stopped half-way) */
    if (s->open)
        txn_rollback(s->db);
    g_free(s->sha256);
    g_free(s->doc);
    g_free(s->id);
    g_string_free(s->json, TRUE);
    g_ptr_array_unref(s->names);
    g_ptr_array_unref(s->values);
    g_array_unref(s->types);
    g_ptr_array_unref(s->bufs);
    g_free(s);
}

static void free_buffer(gpointer buf)
{
    g_string_free(buf, TRUE);
}

jx_sink *jx_sink_new_db(jx_db *db)
{
    g_return_val_if_fail(db != NULL, NULL);
    db_sink *s = g_new0(db_sink, 1);
    s->db = db;
    s->json = g_string_sized_new(1024);
    s->names = g_ptr_array_new();
    s->values = g_ptr_array_new();
    s->types = g_array_new(FALSE, FALSE, sizeof(db_type));
    s->bufs = g_ptr_array_new_with_free_func(free_buffer);
    jx_sink *sink = jx_sink_new_custom(db_write, db_end, db_release, s);
    jx_sink_set_write_json(sink, db_write_json);
    return sink;
}

/* ---------------------------------------------------------------- frames */

/* A value's length in a frame that says SQL NULL. */
#define FRAME_NULL G_MAXUINT32

/* Appends one value: its length (FRAME_NULL for NULL), its bytes and its
 * NUL, written in place (a frame has some thirty values, and two appends
 * each were most of the worker's cost of making it; a g_string_set_size
 * per value was still a sixth of it): the buffer is grown only when the
 * value does not fit in what it has already, its NUL included. */
static void frame_put_value(GString *out, const char *v)
{
    guint32 len = v ? (guint32)strlen(v) : FRAME_NULL;
    gsize at = out->len;
    gsize need = sizeof len + (v ? len + 1 : 0);
    if (at + need >= out->allocated_len)
        g_string_set_size(out, at + need);
    memcpy(out->str + at, &len, sizeof len);
    if (v)
        memcpy(out->str + at + sizeof len, v, len + 1);
    out->len = at + need;
    out->str[out->len] = '\0';
}

/* See db.h. */
void jx_db_frame_append(GString *out, GString *scratch, const jx_record *rec)
{
    jx_record_kind kind = jx_record_kind_of(rec);
    const db_table *t = jx_db_table_for(kind);
    guint32 len = 0; /* set below */
    guint8 k = (guint8)kind;
    guint16 n = (guint16)((t ? t->n_columns : 0) + (kind == JX_RECORD_DOCUMENT ? 3 : 0));
    gsize at = out->len;
    g_string_set_size(out, at + sizeof len + sizeof k + sizeof n);
    memcpy(out->str + at + sizeof len, &k, sizeof k);
    memcpy(out->str + at + sizeof len + sizeof k, &n, sizeof n);
    if (kind == JX_RECORD_DOCUMENT) {
        frame_put_value(out, jx_record_string(rec, JX_F_SHA256));
        frame_put_value(out, jx_record_string(rec, JX_F_SOURCE));
        frame_put_value(out, jx_record_string(rec, JX_F_DOC));
    }
    for (gsize i = 0; t && i < t->n_columns; i++)
        frame_put_value(out, column_value(rec, &t->columns[i], scratch));
    len = (guint32)(out->len - at - sizeof len);
    memcpy(out->str + at, &len, sizeof len);
}

static gboolean frame_get_u32(const char **p, const char *end, guint32 *v)
{
    if ((gsize)(end - *p) < sizeof *v)
        return FALSE;
    memcpy(v, *p, sizeof *v);
    *p += sizeof *v;
    return TRUE;
}

/* See db.h. */
gboolean jx_db_frame_read(const char *frame, gsize len, GPtrArray *values, jx_record_kind *kind)
{
    const char *p = frame, *end = frame + len;
    if (len < 3)
        return FALSE;
    guint8 k = (guint8)*p++;
    guint16 n;
    memcpy(&n, p, sizeof n);
    p += sizeof n;
    if (k > JX_RECORD_VALUE)
        return FALSE;
    const db_table *t = jx_db_table_for((jx_record_kind)k);
    if (n != (t ? t->n_columns : 0) + (k == JX_RECORD_DOCUMENT ? 3 : 0))
        return FALSE;
    /* the array grown once for the frame's values, not once per value */
    guint first = values->len;
    g_ptr_array_set_size(values, (gint)(first + n));
    for (guint i = 0; i < n; i++) {
        guint32 vlen;
        if (!frame_get_u32(&p, end, &vlen))
            return FALSE;
        if (vlen == FRAME_NULL) {
            values->pdata[first + i] = NULL;
            continue;
        }
        if ((gsize)(end - p) <= vlen || p[vlen] != '\0')
            return FALSE;
        values->pdata[first + i] = (gpointer)p;
        p += vlen + 1;
    }
    *kind = (jx_record_kind)k;
    return p == end;
}

/* See db.h. */
int jx_db_frame_column(jx_record_kind kind, jx_field field)
{
    const db_table *t = jx_db_table_for(kind);
    for (gsize i = 0; t && i < t->n_columns; i++)
        if (t->columns[i].field == field && t->columns[i].sub == TOP)
            return (int)i + (kind == JX_RECORD_DOCUMENT ? 3 : 0);
    return -1;
}

/* See db.h. */
gboolean jx_sink_write_values(jx_sink *sink, jx_record_kind kind, const char *const *values,
                              const char *json, GError **error)
{
    db_sink *s = jx_sink_impl(sink);
    if (kind == JX_RECORD_DOCUMENT) {
        row_source src = {NULL, values + 3, json};
        return begin_document(sink, s, values[0], values[1], values[2], &src, error);
    }
    row_source src = {NULL, values, json};
    return write_member(s, kind, jx_record_kind_name(kind), &src, error);
}
