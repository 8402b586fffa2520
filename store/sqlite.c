/*
 * sqlite.c — the SQLite backend: a file in WAL mode (readers — an export, a
 * colleague's query — never block the import, and a commit is one append to
 * the log), foreign keys on (SQLite leaves them off per connection), and one
 * prepared INSERT per table kept for the whole import.
 *
 * libsqlite3 is loaded (GModule) when the first SQLite database is opened,
 * not linked: its start-up relocations were a fifth of every process's,
 * paid by each `jixiao parse` (and each of an import's parsing workers)
 * that never opens a database.  Its header still gives the types.
 */
#include "store/db.h"

#include "core/core.h"

#include <sqlite3.h>
#include <stddef.h>
#include <string.h>

/* The installed libsqlite3's soname as the build found it (CMakeLists.txt:
 * jx_soname_of): Debian 12's libsqlite3.so.0. */
#define SQLITE_SONAME JX_SQLITE_SONAME

/* Every SQLite call this file makes. */
#define JX_SQLITELIB_CALLS(X) \
    X(sqlite3_bind_int64) X(sqlite3_bind_null) X(sqlite3_bind_text) X(sqlite3_busy_timeout) \
    X(sqlite3_changes) X(sqlite3_clear_bindings) X(sqlite3_close) X(sqlite3_column_count) \
    X(sqlite3_column_name) X(sqlite3_column_text) X(sqlite3_config) X(sqlite3_create_function) \
    X(sqlite3_errmsg) X(sqlite3_exec) X(sqlite3_finalize) X(sqlite3_free) X(sqlite3_open_v2) \
    X(sqlite3_prepare_v3) X(sqlite3_reset) X(sqlite3_result_null) X(sqlite3_result_value) \
    X(sqlite3_step) X(sqlite3_value_text) X(sqlite3_value_type)

/* The calls, resolved from the loaded library (each member has the type of
 * the function it is named after). */
typedef struct {
#define JX_SQLITELIB_MEMBER(name) __typeof__(name) *name;
    JX_SQLITELIB_CALLS(JX_SQLITELIB_MEMBER)
#undef JX_SQLITELIB_MEMBER
} sqlitelib;

/* Where each call is found in sqlitelib, by its name. */
static const jx_module_call sqlitelib_calls[] = {
#define JX_SQLITELIB_SLOT(name) {#name, offsetof(sqlitelib, name)},
    JX_SQLITELIB_CALLS(JX_SQLITELIB_SLOT)
#undef JX_SQLITELIB_SLOT
};

/* What loading found: the calls, or what was missing and why. */
typedef struct {
    sqlitelib calls;
    gboolean ok;
    char *missing; /* on failure: the library or call not found, and the loader's reason */
} sqlitelib_loaded;

/* SQLite counts the memory it allocates, under a mutex, on every
 * allocation (some 140,000 locks for 300 documents, 2 % of the importer's
 * instructions): jixiao never asks for the count.  A setting of the
 * library, taken before its first use in the process (here, as it is
 * loaded); when the program has used SQLite already, it is refused and
 * nothing changes. */
static void configure_library(const sqlitelib *lib)
{
    lib->sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

/* Loads libsqlite3, resolves every call and configures the library. */
static sqlitelib_loaded *load_sqlitelib(void)
{
    sqlitelib_loaded *l = g_new0(sqlitelib_loaded, 1);
    l->missing =
        jx_module_load(SQLITE_SONAME, sqlitelib_calls, G_N_ELEMENTS(sqlitelib_calls), &l->calls);
    if (!l->missing)
        configure_library(&l->calls);
    l->ok = !l->missing;
    return l;
}

/* What loading found, the library loaded on the first call of the process
 * (and kept); thread-safe. */
static const sqlitelib_loaded *sqlitelib_once(void)
{
    /* set once per process, read-only after: what every later database finds */
    static sqlitelib_loaded *loaded;
    if (g_once_init_enter(&loaded))
        g_once_init_leave(&loaded, load_sqlitelib());
    return loaded;
}

/* The calls, for a database jx_db_open_sqlite has opened (which loaded
 * them: every other function here works on such a database). */
static inline const sqlitelib *sq(void)
{
    return &sqlitelib_once()->calls;
}

/* Rows of one table held back to go in by one multi-row INSERT: each
 * statement run costs a fixed part — its cursors opened and closed, its
 * registers released (sqlite3VdbeHalt, some 2.4 K instructions), reset and
 * cleared — which on long tables was a third of an insert's own work.
 * The values are copied (the caller reuses its buffers from row to row). */
typedef struct {
    const char *table; /* NULL: none held; the caller's, static (db.c's layout) */
    const char **names; /* the row's column names, static too */
    int n;              /* values per row */
    guint rows;
    GString *text;  /* the values' bytes, each with its NUL */
    GArray *at;     /* gssize per value: its start in `text`, -1 for NULL */
    GArray *types;  /* db_type per value */
} held_rows;

/* Rows an INSERT carries at most (a power of two: see flush_held): enough
 * that a statement's fixed part is spread thin (a long table's document
 * holds 20–400 rows), few enough that the held text stays small and
 * SQLite's parameter limit (32 766) is far. */
#define HELD_ROWS_MAX 32

typedef struct {
    GHashTable *inserts; /* table name → sqlite3_stmt*, prepared once */
    GHashTable *upserts; /* the same, for inserts that let a row already there stand */
    GHashTable *queries; /* SQL text → sqlite3_stmt*: the lookups run per document */
    GHashTable *batches; /* "table/rows" → the multi-row INSERT (batch_insert*) */
    held_rows held;
} sqlite_state;

#define SQL(db) ((sqlite3 *)(db)->handle)

static gboolean fail(jx_db *db, GError **error, const char *what)
{
    g_set_error(error, JX_ERROR, JX_ERROR_IO, "%s: %s: %s", db->target, what,
                sq()->sqlite3_errmsg(SQL(db)));
    return FALSE;
}

/* The page cache: SQLite's default, 2 MiB, is smaller than the indexes an
 * import of a few thousand documents writes into, so pages it had just
 * written were read back from the file for the next document.  32 MiB (the
 * cache grows only as pages are used) holds them for tens of thousands. */
#define CACHE_PRAGMA "PRAGMA cache_size = -32768"

/* The page size of a new file.  An import writes rows of half a kilobyte
 * and more (each with its record as JSON) in transactions of hundreds of
 * documents: in 4 KiB pages the log and its checkpoints took 61,000 writes
 * and 31,000 reads for 2,000 documents, in 16 KiB 27,000 and 7,000 (and the
 * file is 4 % smaller, fewer pages being part-filled).  A file made by an
 * older jixiao keeps its own size. */
#define PAGE_SIZE_PRAGMA "PRAGMA page_size = 16384"

/* How long a connection waits for another one's lock. */
#define BUSY_TIMEOUT_MS 30000
#define WAL_RETRY_MS 50

/* Puts the database in WAL mode.  Two importers opening a new file at the
 * same moment both ask for the switch, and SQLite answers one of them BUSY
 * at once, without its busy handler (the switch needs the file to itself):
 * so the switch is asked again until the other has made it, within the
 * busy timeout. */
static gboolean enter_wal(sqlite3 *h)
{
    for (int waited = 0;; waited += WAL_RETRY_MS) {
        int rc = sq()->sqlite3_exec(h, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
        if (rc == SQLITE_OK)
            return TRUE;
        if ((rc & 0xFF) != SQLITE_BUSY && (rc & 0xFF) != SQLITE_LOCKED)
            return FALSE;
        if (waited >= BUSY_TIMEOUT_MS)
            return FALSE;
        g_usleep(WAL_RETRY_MS * 1000);
    }
}

static gboolean flush_held(jx_db *db, GError **error);
static void drop_held(sqlite_state *state);

/* The statements that throw the open transaction away: the rows held for
 * it go with it, unwritten. */
static gboolean is_rollback(const char *sql)
{
    return g_ascii_strncasecmp(sql, "ROLLBACK", strlen("ROLLBACK")) == 0;
}

static gboolean sq_exec(jx_db *db, const char *sql, GError **error)
{
    /* the rows held go in before any other statement, which may read them
     * or end their transaction */
    if (is_rollback(sql))
        drop_held(db->state);
    else if (!flush_held(db, error))
        return FALSE;
    char *msg = NULL;
    if (sq()->sqlite3_exec(SQL(db), sql, NULL, NULL, &msg) != SQLITE_OK) {
        g_set_error(error, JX_ERROR, JX_ERROR_IO, "%s: %s", db->target,
                    msg ? msg : sq()->sqlite3_errmsg(SQL(db)));
        sq()->sqlite3_free(msg);
        return FALSE;
    }
    return TRUE;
}

/* The most digits an integer's text may have to be bound as a number: any
 * such value fits in 64 bits. */
#define BIND_INT_MAX_DIGITS 18

/* TRUE, with its value in `v`, when `s` is an integer written the one way
 * SQLite writes it back — an optional '-', then digits without a leading
 * zero ("0" alone), not "-0" — so that binding the number stores what the
 * column's INTEGER or NUMERIC affinity makes of the text, bit for bit. */
static gboolean canonical_integer(const char *s, sqlite3_int64 *v)
{
    gboolean minus = *s == '-';
    const char *d = s + minus;
    sqlite3_int64 n = 0;
    int digits = 0;
    for (; g_ascii_isdigit(d[digits]); digits++) {
        if (digits == BIND_INT_MAX_DIGITS)
            return FALSE;
        n = n * 10 + (d[digits] - '0');
    }
    if (digits == 0 || d[digits] != '\0' || (d[0] == '0' && (digits > 1 || minus)))
        return FALSE;
    *v = minus ? -n : n;
    return TRUE;
}

/* Binds `params` to `st`'s parameters 1..n, a NULL value as SQL NULL —
 * or, with `nulls_bound` (the statement's bindings cleared since its last
 * step: all NULL already), left as it is.  With `types` (an insert's), the
 * value of an INTEGER or NUMERIC column that is an integer's text is bound
 * as the number: the column's affinity would convert the text (an
 * sqlite3AtoF per value, five a row) into the same integer. */
static gboolean bind_from(jx_db *db, sqlite3_stmt *st, int first, const char *const *params,
                          const int *lens, const db_type *types, int n, gboolean nulls_bound,
                          GError **error)
{
    for (int i = 0; i < n; i++) {
        if (!params[i] && nulls_bound)
            continue;
        sqlite3_int64 v;
        gboolean number = params[i] && types && (types[i] == DB_INT || types[i] == DB_NUM) &&
                          canonical_integer(params[i], &v);
        /* STATIC, not copied: every caller keeps its values until the
         * statement is reset (sq_query, sq_insert) — or, a multi-row
         * INSERT's, until it has run (batch_insert: bound again before
         * it runs again) */
        int len = lens ? lens[i] : -1;
        int rc = number      ? sq()->sqlite3_bind_int64(st, first + i, v)
                 : params[i] ? sq()->sqlite3_bind_text(st, first + i, params[i], len, SQLITE_STATIC)
                             : sq()->sqlite3_bind_null(st, first + i);
        if (rc != SQLITE_OK)
            return fail(db, error, "cannot bind a value");
    }
    return TRUE;
}

/* bind_from the first parameter on. */
static gboolean bind_texts(jx_db *db, sqlite3_stmt *st, const char *const *params,
                           const db_type *types, int n, gboolean nulls_bound, GError **error)
{
    return bind_from(db, st, 1, params, NULL, types, n, nulls_bound, error);
}

/* Steps `st` to the end, handing each row to `fn`. */
static gboolean step_all(jx_db *db, sqlite3_stmt *st, db_row_fn fn, gpointer data,
                         gboolean header, GError **error)
{
    int n = sq()->sqlite3_column_count(st);
    const char **values = g_new0(const char *, n > 0 ? n : 1);
    if (header && fn) {
        for (int i = 0; i < n; i++)
            values[i] = sq()->sqlite3_column_name(st, i);
        fn(values, n, data);
    }
    int rc;
    while ((rc = sq()->sqlite3_step(st)) == SQLITE_ROW) {
        if (!fn)
            continue;
        for (int i = 0; i < n; i++)
            values[i] = (const char *)sq()->sqlite3_column_text(st, i);
        fn(values, n, data);
    }
    g_free(values);
    return rc == SQLITE_DONE || fail(db, error, "query failed");
}

static gboolean sq_query(jx_db *db, const char *sql, const char *const *params, int n_params,
                         db_row_fn fn, gpointer data, GError **error)
{
    sqlite_state *state = db->state;
    if (!flush_held(db, error))
        return FALSE;
    sqlite3_stmt *st = g_hash_table_lookup(state->queries, sql);
    if (!st) {
        if (sq()->sqlite3_prepare_v3(SQL(db), sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) !=
            SQLITE_OK)
            return fail(db, error, "cannot prepare a statement");
        g_hash_table_insert(state->queries, g_strdup(sql), st);
    }
    gboolean ok = bind_texts(db, st, params, NULL, n_params > 0 ? n_params : 0, FALSE, error) &&
                  step_all(db, st, fn, data, n_params < 0, error);
    sq()->sqlite3_reset(st);
    sq()->sqlite3_clear_bindings(st);
    return ok;
}

/* The INSERT for `table` (ending ON CONFLICT DO NOTHING when `upsert`),
 * prepared on first use and kept. */
static sqlite3_stmt *insert_stmt(jx_db *db, const char *table, const char *const *names, int n,
                                 gboolean upsert, GError **error)
{
    sqlite_state *state = db->state;
    GHashTable *kept = upsert ? state->upserts : state->inserts;
    sqlite3_stmt *st = g_hash_table_lookup(kept, table);
    if (st)
        return st;
    char *sql = jx_db_insert_sql(table, names, n, FALSE, upsert);
    int rc = sq()->sqlite3_prepare_v3(SQL(db), sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL);
    g_free(sql);
    if (rc != SQLITE_OK) {
        fail(db, error, "cannot prepare an insert");
        return NULL;
    }
    g_hash_table_insert(kept, g_strdup(table), st);
    return st;
}

/* A multi-row INSERT kept for reuse, and which of its parameters are
 * NULL now.  Its bindings are not cleared after each run (clearing costs
 * a release per parameter, some 1 100 of them for 32 rows of a record
 * table): each run binds every value that is not NULL, and a NULL only
 * where the parameter holds a value from the run before — a column that
 * is NULL (or not) in one row mostly is in the next.  The values left
 * bound between runs point into the held rows' buffer (STATIC), which
 * SQLite reads only when the statement is stepped: every run binds its
 * own values first. */
typedef struct {
    sqlite3_stmt *st;
    int n;           /* parameters */
    guint8 *is_null; /* per parameter: NULL is bound now */
} batch_insert;

static void free_batch(gpointer data)
{
    batch_insert *b = data;
    sq()->sqlite3_finalize(b->st);
    g_free(b->is_null);
    g_free(b);
}

/* Binds the `n` values of a run of held rows to `b` (batch_insert says
 * how): a NULL only where one is not bound already. */
static gboolean bind_batch(jx_db *db, batch_insert *b, const char *const *values,
                           const int *lens, const db_type *types, int n, GError **error)
{
    for (int i = 0; i < n; i++) {
        if (!values[i]) {
            if (b->is_null[i])
                continue;
            if (sq()->sqlite3_bind_null(b->st, i + 1) != SQLITE_OK)
                return fail(db, error, "cannot bind a value");
            b->is_null[i] = 1;
            continue;
        }
        b->is_null[i] = 0;
        if (!bind_from(db, b->st, i + 1, values + i, lens + i, types + i, 1, FALSE, error))
            return FALSE;
    }
    return TRUE;
}

/* The INSERT of `rows` rows into the held rows' table, prepared on first
 * use and kept.  OR ROLLBACK: SQLite gives a statement that writes several
 * rows a statement journal (each page it touches copied first, so that the
 * statement alone can be undone) when a constraint of the table may abort
 * it: NOT NULL and the key do, unless a conflict takes back the whole
 * transaction instead — which is what a failed write does here anyway
 * (the document goes, with the whole ones grouped before it: db.c's
 * sink_fail); the foreign key to documents does unless it is deferred
 * (docs/schema.sql, version 6).  Rolled back by SQLite, the transaction's
 * ROLLBACK that follows finds none open, and is ignored. */
static batch_insert *batch_stmt(jx_db *db, const held_rows *h, guint rows, GError **error)
{
    sqlite_state *state = db->state;
    char *key = g_strdup_printf("%s/%u", h->table, rows);
    batch_insert *b = g_hash_table_lookup(state->batches, key);
    if (b) {
        g_free(key);
        return b;
    }
    sqlite3_stmt *st = NULL;
    char *one = jx_db_insert_sql(h->table, h->names, h->n, FALSE, FALSE);
    /* "… VALUES (?, …)" and as many more "(?, …)" */
    GString *sql = g_string_new("INSERT OR ROLLBACK");
    g_string_append(sql, one + strlen("INSERT"));
    const char *tuple = strstr(one, ") VALUES (") + strlen(") VALUES ");
    for (guint r = 1; r < rows; r++) {
        g_string_append_c(sql, ',');
        g_string_append(sql, tuple);
    }
    g_free(one);
    int rc = sq()->sqlite3_prepare_v3(SQL(db), sql->str, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL);
    g_string_free(sql, TRUE);
    if (rc != SQLITE_OK) {
        g_free(key);
        fail(db, error, "cannot prepare an insert");
        return NULL;
    }
    b = g_new0(batch_insert, 1);
    b->st = st;
    b->n = (int)rows * h->n;
    /* a new statement's parameters are all NULL */
    b->is_null = g_malloc((gsize)b->n);
    memset(b->is_null, 1, (gsize)b->n);
    g_hash_table_insert(state->batches, key, b);
    return b;
}

static void drop_held(sqlite_state *state)
{
    held_rows *h = &state->held;
    h->table = NULL;
    h->rows = 0;
    g_string_truncate(h->text, 0);
    g_array_set_size(h->at, 0);
    g_array_set_size(h->types, 0);
}

/* Writes the held rows (none: nothing to do) by one INSERT; they are
 * dropped either way (a failure throws the transaction away). */
static gboolean flush_held(jx_db *db, GError **error)
{
    sqlite_state *state = db->state;
    held_rows *h = &state->held;
    if (!h->table)
        return TRUE;
    /* each value's length is up to the next one's start, less its NUL */
    guint n = h->at->len;
    const char **values = g_new(const char *, n);
    int *lens = g_new(int, n);
    gsize end = h->text->len;
    for (guint i = n; i-- > 0;) {
        gssize at = g_array_index(h->at, gssize, i);
        values[i] = at < 0 ? NULL : h->text->str + at;
        lens[i] = at < 0 ? 0 : (int)(end - (gsize)at - 1);
        end = at < 0 ? end : (gsize)at;
    }
    const db_type *types = (const db_type *)(void *)h->types->data;
    /* in runs of a power of two rows, the largest that fit: a table has
     * one statement per power (six), not one per count of rows */
    gboolean ok = TRUE;
    for (guint done = 0, run; ok && done < h->rows; done += run) {
        for (run = HELD_ROWS_MAX; run > h->rows - done; run /= 2)
            ;
        batch_insert *b = batch_stmt(db, h, run, error);
        guint at = done * (guint)h->n;
        ok = b && bind_batch(db, b, values + at, lens + at, types + at,
                             (int)(run * (guint)h->n), error);
        if (ok && sq()->sqlite3_step(b->st) != SQLITE_DONE)
            ok = fail(db, error, "cannot insert a row");
        if (b)
            sq()->sqlite3_reset(b->st);
    }
    g_free(values);
    g_free(lens);
    drop_held(state);
    return ok;
}

/* Holds a row of `table` back (held_rows), writing those held first when
 * they are of another table or as many as an INSERT carries. */
static gboolean hold_row(jx_db *db, const char *table, const char *const *names,
                         const char *const *values, const db_type *types, int n, GError **error)
{
    sqlite_state *state = db->state;
    held_rows *h = &state->held;
    if (h->table && (strcmp(h->table, table) != 0 || h->n != n || h->rows == HELD_ROWS_MAX) &&
        !flush_held(db, error))
        return FALSE;
    if (!h->table) {
        h->table = table;
        h->n = n;
        h->names = g_renew(const char *, h->names, n);
        memcpy(h->names, names, sizeof *names * (gsize)n);
    }
    /* the row's slots and bytes reserved once, then filled in place: an
     * append per value cost as much as the statement runs this saves */
    guint first = h->at->len;
    g_array_set_size(h->at, first + (guint)n);
    g_array_set_size(h->types, first + (guint)n);
    memcpy(&g_array_index(h->types, db_type, first), types, sizeof *types * (gsize)n);
    gssize *at = &g_array_index(h->at, gssize, first);
    gsize bytes = h->text->len;
    for (int i = 0; i < n; i++) {
        at[i] = values[i] ? (gssize)bytes : -1;
        bytes += values[i] ? strlen(values[i]) + 1 : 0;
    }
    g_string_set_size(h->text, bytes);
    /* each value's bytes and NUL fill its place up to the next one's */
    gsize end = bytes;
    for (int i = n - 1; i >= 0; i--) {
        if (values[i]) {
            memcpy(h->text->str + at[i], values[i], end - (gsize)at[i]);
            end = (gsize)at[i];
        }
    }
    h->rows++;
    return TRUE;
}

static gboolean sq_insert(jx_db *db, const char *table, const char *const *names,
                          const char *const *values, const db_type *types, int n,
                          gboolean *inserted, GError **error)
{
    /* a plain row waits for others of its table (held_rows) */
    if (!inserted)
        return hold_row(db, table, names, values, types, n, error);
    if (!flush_held(db, error))
        return FALSE;
    /* the statement differs with `inserted`: kept apart */
    sqlite3_stmt *st = insert_stmt(db, table, names, n, inserted != NULL, error);
    if (!st)
        return FALSE;
    /* the bindings are all NULL between rows (cleared below, and a new
     * statement has none): only the values are bound — half a row's
     * columns are NULL, and a bind of NULL per column cost more than one
     * clearing of the lot */
    gboolean ok = bind_texts(db, st, values, types, n, TRUE, error);
    if (ok && sq()->sqlite3_step(st) != SQLITE_DONE)
        ok = fail(db, error, "cannot insert a row");
    if (ok && inserted)
        *inserted = sq()->sqlite3_changes(SQL(db)) == 1;
    sq()->sqlite3_reset(st);
    /* and no binding is left pointing at the caller's values (STATIC) */
    sq()->sqlite3_clear_bindings(st);
    return ok;
}

static gboolean sq_flush(jx_db *db, GError **error)
{
    return flush_held(db, error);
}

static void sq_close(jx_db *db)
{
    sqlite_state *state = db->state;
    if (state) {
        g_hash_table_destroy(state->inserts);
        g_hash_table_destroy(state->upserts);
        g_hash_table_destroy(state->queries);
        g_hash_table_destroy(state->batches);
        g_free(state->held.names);
        g_string_free(state->held.text, TRUE);
        g_array_unref(state->held.at);
        g_array_unref(state->held.types);
        g_free(state);
    }
    sq()->sqlite3_close(SQL(db));
}

static const db_backend sqlite_backend = {
    .name = "SQLite",
    .begin = "BEGIN IMMEDIATE",
    .begin_exclusive = "BEGIN IMMEDIATE",
    .exec = sq_exec,
    .query = sq_query,
    .insert_row = sq_insert,
    .flush_rows = sq_flush,
    .close = sq_close,
    /* In WAL mode NORMAL syncs at checkpoints only: a commit is in the log
     * when COMMIT returns, so a crash of the process keeps it; a power loss
     * may take the last ones back, whole. */
    .sync_full = "PRAGMA synchronous = FULL",
    .sync_normal = "PRAGMA synchronous = NORMAL",
    /* json_extract gives an array back as its JSON text, null as NULL */
    .json_text = "json_extract(record, '$.%s')",
    .json_sub_text = "json_extract(record, '$.%s.%s')",
    .json_list = "json_extract(record, '$.%s')",
    .as_decimal = "jx_decimal(%1$s)",
    .as_integer = "%1$s",
    .defers_indexes = TRUE,
    .begin_locks = TRUE,
    .unchecked_writes = "PRAGMA foreign_keys = OFF",
};

/* jx_decimal(X): X when it is a plain decimal number, else NULL — the rule
 * of an insert (jx_store_is_decimal), for a migration's fill. */
static void sql_decimal(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const char *s = (const char *)sq()->sqlite3_value_text(argv[0]);
    if (sq()->sqlite3_value_type(argv[0]) != SQLITE_NULL && jx_store_is_decimal(s))
        sq()->sqlite3_result_value(ctx, argv[0]);
    else
        sq()->sqlite3_result_null(ctx);
}

static void finalize_stmt(gpointer st)
{
    sq()->sqlite3_finalize(st);
}

jx_db *jx_db_open_sqlite(const char *path, GError **error)
{
    const sqlitelib_loaded *loaded = sqlitelib_once();
    if (!loaded->ok) {
        g_set_error(error, JX_ERROR, JX_ERROR_UNSUPPORTED,
                    "a SQLite database needs libsqlite3 (%s); install it, e.g. apt-get install "
                    "libsqlite3-0",
                    loaded->missing);
        return NULL;
    }
    sqlite3 *h = NULL;
    /* NOMUTEX: a jx_db is used from one thread (jixiao.h), and SQLite's
     * serialized mode took a mutex around every call — bind, step, reset,
     * some thirty times per row of an import */
    int rc = sq()->sqlite3_open_v2(path, &h,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                             NULL);
    jx_db *db = g_new0(jx_db, 1);
    db->backend = &sqlite_backend;
    db->target = g_strdup(path);
    db->handle = h;
    sqlite_state *state = g_new0(sqlite_state, 1);
    state->inserts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, finalize_stmt);
    state->upserts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, finalize_stmt);
    state->queries = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, finalize_stmt);
    state->batches = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, free_batch);
    state->held.text = g_string_sized_new(1 << 16);
    state->held.at = g_array_new(FALSE, FALSE, sizeof(gssize));
    state->held.types = g_array_new(FALSE, FALSE, sizeof(db_type));
    db->state = state;
    if (rc != SQLITE_OK) {
        g_set_error(error, JX_ERROR, JX_ERROR_IO, "%s: cannot open the database: %s", path,
                    h ? sq()->sqlite3_errmsg(h) : "out of memory");
        jx_db_close(db);
        return NULL;
    }
    /* Another process (an export, a second import) may hold the lock for a
     * moment: wait for it rather than fail.  FULL sync: a commit is on the
     * disk when COMMIT returns, so not even a power loss takes back an
     * imported document.  NORMAL, in WAL mode, syncs the log only before a
     * checkpoint: a commit still survives a kill of the process (it is in
     * the log, which the next open reads), never half there, but the last
     * ones may go with a power loss.  An import commits once per group of
     * documents (pipeline/import.c, COMMIT_MS), so FULL costs one fdatasync
     * a group — 43 for 2,000 files, about 2 % of the importer's time — and
     * NORMAL saved nothing measurable against parsing (bench/README.md,
     * eighteenth session): the stronger promise stays the default, and
     * `--sync normal` is there for whoever wants the other. */
    sq()->sqlite3_busy_timeout(h, BUSY_TIMEOUT_MS);
    sq()->sqlite3_create_function(h, "jx_decimal", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                            sql_decimal, NULL, NULL);
    /* a new file's page size (an existing one keeps its own) */
    sq()->sqlite3_exec(h, PAGE_SIZE_PRAGMA, NULL, NULL, NULL);
    if (!enter_wal(h) ||
        !sq_exec(db, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; " CACHE_PRAGMA, error)) {
        if (error && !*error)
            g_set_error(error, JX_ERROR, JX_ERROR_IO, "%s: %s", db->target,
                        sq()->sqlite3_errmsg(h));
        g_prefix_error(error, "cannot use the database (is it a SQLite file?): ");
        jx_db_close(db);
        return NULL;
    }
    return db;
}
