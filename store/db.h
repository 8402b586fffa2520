/*
 * db.h — the database side of store/: the table layout every backend shares
 * (data, from docs/schema.sql and the record contract) and the few calls a
 * backend provides.  db.c holds everything that is the same for SQLite and
 * PostgreSQL — records to rows, documents and paths, export — so a backend
 * is only "run this SQL, bind these texts, walk these rows".
 */
#ifndef JX_STORE_DB_H
#define JX_STORE_DB_H

#include "store/store.h"

typedef enum {
    DB_TEXT, /* a string field */
    DB_INT,  /* an integer field (year, table, row, page) */
    DB_NUM,  /* a decimal string: NULL unless it is a plain decimal number */
    DB_LIST, /* a list of strings, as a JSON array */
} db_type;

/* One column of a record table: the field it comes from, the field inside
 * it for a nested object (`half` → `value`), or JX_F_COUNT when top level;
 * and the schema version that added it (1: docs/schema.sql as first
 * written), whose migration adds it to an older database and fills it
 * from the stored `record`. */
typedef struct {
    const char *name;
    db_type type;
    jx_field field;
    jx_field sub;
    int since;
} db_column;

typedef struct {
    jx_record_kind kind;
    const char *table; /* "indicators" */
    const db_column *columns;
    gsize n_columns;
} db_table;

/* The tables of docs/schema.sql, documents first; NULL for a kind without one. */
const db_table *jx_db_table_for(jx_record_kind kind);
const db_table *jx_db_tables(gsize *n);

/* The text of `INSERT INTO table (names…) VALUES (…)`, its placeholders
 * `?` (SQLite) or `$1…$n` when `numbered` (PostgreSQL), ending ON CONFLICT
 * DO NOTHING when `upsert`.  The caller frees it (g_free). */
char *jx_db_insert_sql(const char *table, const char *const *names, int n, gboolean numbered,
                       gboolean upsert);

/* A row value: NULL for SQL NULL, else text (integers in decimal). */
typedef void (*db_row_fn)(const char *const *values, int n, gpointer user_data);

typedef struct db_backend db_backend;
struct db_backend {
    const char *name; /* "SQLite", "PostgreSQL" */
    /* Starts a transaction that will write: SQLite takes the write lock at
     * once (BEGIN IMMEDIATE), since a transaction that read first cannot
     * wait for it later — a second importer would fail "database is locked"
     * instead of waiting its turn. */
    const char *begin;
    /* Starts a transaction holding the database's write lock (migrations). */
    const char *begin_exclusive;
    /* Runs statements that return nothing (several, separated by ';'). */
    gboolean (*exec)(jx_db *db, const char *sql, GError **error);
    /* Runs one statement with $1…$n bound as text (NULL binds NULL); each
     * result row goes to `fn` (may be NULL).  n_params -1: no parameters,
     * and the column names go to `fn` first, as a row of their own. */
    gboolean (*query)(jx_db *db, const char *sql, const char *const *params, int n_params,
                      db_row_fn fn, gpointer user_data, GError **error);
    /* Adds one row to `table` (columns `names`, NULL values bind NULL;
     * `types`, one per value, the column's kind: a backend may bind an
     * integer's text as the number it stores, not as text for the column
     * to convert) inside the open transaction; a backend may hold rows back until
     * flush_rows (PostgreSQL sends them with COPY).  With `inserted` set the
     * row is written now, a row whose key is already there is left alone
     * (another importer stored the same bytes a moment ago), and *inserted
     * says whether this one went in. */
    gboolean (*insert_row)(jx_db *db, const char *table, const char *const *names,
                           const char *const *values, const db_type *types, int n,
                           gboolean *inserted, GError **error);
    gboolean (*flush_rows)(jx_db *db, GError **error);
    void (*close)(jx_db *db);
    /* How commits reach the disk (jx_db_set_sync): every commit before
     * COMMIT returns, or — surviving a crash of this process, not of the
     * machine — later, never leaving a commit half there. */
    const char *sync_full, *sync_normal;
    /* A migration fills a new column from the stored record (the `record`
     * column, JSON text) with these, printf formats whose arguments are the
     * field's name and, for a nested one, the sub-field's: its value as
     * text (NULL when absent or null), and a list's as JSON array text. */
    const char *json_text, *json_sub_text, *json_list;
    /* Formats applied to such a text: %1$s as a NUMERIC when it is a plain
     * decimal number (jx_store_is_decimal), else NULL; %1$s as an INTEGER. */
    const char *as_decimal, *as_integer;
    /* Statements run after docs/schema.sql that give documents.id its
     * values where the schema's INTEGER PRIMARY KEY does not (PostgreSQL: a
     * sequence as the column's default); NULL where it does (SQLite: the
     * rowid). */
    const char *document_ids;
    /* The statement that makes the open transaction check its deferred
     * constraints at each statement from here on (PostgreSQL: SET
     * CONSTRAINTS ALL IMMEDIATE), run before a migration step: PostgreSQL
     * refuses a CREATE INDEX on a table with deferred checks pending
     * ("pending trigger events"), which a step that fills a table and then
     * indexes it would leave.  NULL where indexing does not mind (SQLite). */
    const char *immediate_constraints;
    /* A bulk load may drop the secondary indexes and build them at its end
     * (jx_db_begin_bulk): TRUE where one process writes at a time. */
    gboolean defers_indexes;
    /* TRUE where `begin` takes the database's write lock (SQLite's BEGIN
     * IMMEDIATE): a row the open transaction looked for and did not find
     * cannot appear before it ends, so a new path is a plain INSERT, not
     * an upsert. */
    gboolean begin_locks;
    /* The statement that stops this connection checking foreign keys on its
     * own writes (jx_db_own_writes; SQLite: PRAGMA foreign_keys = OFF, run
     * outside a transaction); NULL where the server always checks them
     * (PostgreSQL). */
    const char *unchecked_writes;
};

struct jx_db {
    const db_backend *backend;
    char *target;   /* as opened, for messages */
    gpointer handle; /* the backend's connection */
    gpointer state;  /* the backend's statements and buffers */
    /* Documents are written into one open transaction until commit_every
     * of them are in it (jx_db_set_commit_every): each whole, so a crash
     * loses whole documents of the last group, never part of one. */
    guint commit_every; /* >= 1 */
    guint in_txn;       /* whole documents in the open transaction */
    gboolean txn_open;
    gboolean bulk; /* jx_db_begin_bulk dropped the secondary indexes */
};

/* The backends.  Each returns a new jx_db with backend and handle set, or
 * NULL with `error` set. */
jx_db *jx_db_open_sqlite(const char *path, GError **error);
jx_db *jx_db_open_postgres(const char *uri, GError **error);

/* docs/schema.sql, embedded at build time. */
extern const char jx_schema_sql[];


/*
 * Frames: a record as its table's column values, ready to bind, the way an
 * import's worker sends it to the importer beside the record's JSON line —
 * so that the importer, the one process that cannot run in parallel, reads
 * no JSON (reading the workers' JSON and taking the columns from the
 * records was a fifth of its instructions).  A frame is a 32-bit length
 * (native order: both ends are this program on one machine) and that many
 * bytes: the record's kind (one byte), the number of values (16 bits), and
 * each value as a 32-bit length (all ones: NULL) and its bytes and a NUL,
 * so that it is read in place.  The values are those of the table's layout
 * (db_column, in order; column_value), after — for a document — its
 * sha256, source and doc; none for a kind without a table.
 */
/* Appends the frame of `rec` to `out`; `scratch` is a buffer the caller
 * keeps from record to record. */
void jx_db_frame_append(GString *out, GString *scratch, const jx_record *rec);
/* Reads the frame of `len` bytes (after its length) at `frame`: its values
 * go to `values` (pointing into the frame), its kind to `kind`.  FALSE when
 * it is not a well-formed frame of a known kind. */
gboolean jx_db_frame_read(const char *frame, gsize len, GPtrArray *values, jx_record_kind *kind);
/* The position among a frame's values of a top-level field of `kind`'s
 * table, -1 when it has none. */
int jx_db_frame_column(jx_record_kind kind, jx_field field);
/*
 * The writes of this connection from here on are an importer's own — the
 * database sink's and jx_db_link_path's — and are not checked against the
 * foreign keys (a backend that can: SQLite).  They keep the keys by how
 * they are made: a record's doc_id is the id its document row was written
 * with or read back by, in the same transaction, under the write lock; a
 * path names a document found the same way; a document goes only when no
 * path names it, its records first (drop_unnamed_document in db.c: not
 * left to the cascade, which unchecked keys would not run).  SQLite checked
 * each record row's document by a lookup in documents' B-tree (deferred
 * keys too: it counts the rows without one), some 5 % of an importer's
 * instructions on long tables.  The schema keeps the keys: any other
 * connection that asks for them (PRAGMA foreign_keys = ON) has them checked
 * and cascaded.  A user's own constraints are not checked on the
 * importer's writes either — as on any SQLite connection that does not ask
 * (the sqlite3 shell's and most libraries' default).  Outside a
 * transaction; nothing to do elsewhere.
 */
gboolean jx_db_own_writes(jx_db *db, GError **error);
/* jx_sink_write_json for a database sink, the record given as its frame's
 * values (jx_db_frame_read) and its JSON. */
gboolean jx_sink_write_values(jx_sink *sink, jx_record_kind kind, const char *const *values,
                              const char *json, GError **error);

#endif /* JX_STORE_DB_H */
