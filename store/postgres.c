/*
 * postgres.c — the PostgreSQL backend (libpq), for an archive shared by
 * several people or imported by several machines (--shard).
 *
 * A document's records are held per table in COPY text format and sent with
 * COPY … FROM STDIN when the document ends (flush_rows, just before COMMIT):
 * one round trip per table instead of one per row.  The document row itself
 * is inserted at once — its path refers to it, and another importer may be
 * storing the same bytes (ON CONFLICT DO NOTHING … RETURNING tells).
 *
 * libpq is loaded (GModule) when a postgresql:// database is opened, not
 * linked: it brings Kerberos, LDAP, GnuTLS and SASL with it, about 8 ms of
 * dynamic loading that every `jixiao parse` of a single file paid for a
 * backend it never used.  The header still gives the types.
 */
#include "store/db.h"

#include <gmodule.h>
#include <libpq-fe.h>
#include <stddef.h>
#include <string.h>

/* The libpq calls this backend makes: one list, for the struct that holds
 * them and the table that resolves them by name. */
#define LIBPQ_CALLS(X) \
    X(PQconnectdb) X(PQstatus) X(PQerrorMessage) X(PQsetNoticeProcessor) \
    X(PQsetClientEncoding) X(PQfinish) X(PQexec) X(PQexecParams) X(PQresultStatus) \
    X(PQresultErrorMessage) X(PQclear) X(PQtransactionStatus) X(PQnfields) X(PQntuples) \
    X(PQfname) X(PQgetisnull) X(PQgetvalue) X(PQcmdTuples) X(PQputCopyData) X(PQputCopyEnd) \
    X(PQgetResult)

/* The calls, resolved from the loaded library (each member has the type of
 * the function it is named after). */
typedef struct {
    GModule *module;
#define LIBPQ_MEMBER(name) __typeof__(name) *name;
    LIBPQ_CALLS(LIBPQ_MEMBER)
#undef LIBPQ_MEMBER
} libpq_api;

/* libpq's soname: 5 since PostgreSQL 8.x (Debian's libpq5). */
#define LIBPQ_SONAME "libpq.so.5"

/* Where each call is found in libpq_api, by its name. */
static const jx_module_call libpq_calls[] = {
#define LIBPQ_SLOT(name) {#name, offsetof(libpq_api, name)},
    LIBPQ_CALLS(LIBPQ_SLOT)
#undef LIBPQ_SLOT
};

static void libpq_free(libpq_api *api)
{
    if (api && api->module)
        g_module_close(api->module);
    g_free(api);
}

/* libpq, loaded; NULL with `error` set (JX_ERROR_UNSUPPORTED) when it is not
 * installed or lacks a call. */
static libpq_api *libpq_load(const char *target, GError **error)
{
    libpq_api *api = g_new0(libpq_api, 1);
    /* (resident: libpq's TLS and Kerberos libraries register exit handlers) */
    api->module = jx_module_open_resident(LIBPQ_SONAME);
    const char *missing =
        api->module ? jx_module_bind(api->module, libpq_calls, G_N_ELEMENTS(libpq_calls), "", api)
                    : LIBPQ_SONAME;
    if (missing) {
        g_set_error(error, JX_ERROR, JX_ERROR_UNSUPPORTED,
                    "%s: PostgreSQL needs the libpq client library (%s not found: %s); "
                    "install it, e.g. apt-get install libpq5",
                    target, missing, g_module_error());
        libpq_free(api);
        return NULL;
    }
    return api;
}

typedef struct {
    char *table;
    GString *columns; /* "(a, b, c)" */
    GString *data;    /* COPY text format, one line per row */
} pending;

typedef struct {
    GPtrArray *pending; /* pending*, in first-use order */
    libpq_api *pq;      /* libpq, loaded (owned) */
} pg_state;

#define PG(db) ((PGconn *)(db)->handle)
/* A libpq call through the loaded library. */
#define PQ(db) (((pg_state *)(db)->state)->pq)

static void pending_free(gpointer p)
{
    pending *pd = p;
    g_free(pd->table);
    g_string_free(pd->columns, TRUE);
    g_string_free(pd->data, TRUE);
    g_free(pd);
}

/* libpq's messages end with a newline; a message is one line here. */
static void set_pg_error(jx_db *db, GError **error, const char *what, const char *msg)
{
    char *m = g_strstrip(g_strdup(msg && *msg ? msg : PQ(db)->PQerrorMessage(PG(db))));
    g_set_error(error, JX_ERROR, JX_ERROR_IO, "%s: %s: %s", db->target, what, m);
    g_free(m);
}

static gboolean result_ok(jx_db *db, PGresult *res, const char *what, GError **error)
{
    ExecStatusType st = PQ(db)->PQresultStatus(res);
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
        return TRUE;
    set_pg_error(db, error, what, PQ(db)->PQresultErrorMessage(res));
    return FALSE;
}

static gboolean pg_exec(jx_db *db, const char *sql, GError **error)
{
    PGresult *res = PQ(db)->PQexec(PG(db), sql);
    gboolean ok = result_ok(db, res, "statement failed", error);
    PQ(db)->PQclear(res);
    if (!ok && strcmp(sql, "ROLLBACK") != 0 && PQ(db)->PQtransactionStatus(PG(db)) == PQTRANS_INERROR)
        PQ(db)->PQclear(PQ(db)->PQexec(PG(db), "ROLLBACK"));
    return ok;
}

static gboolean pg_query(jx_db *db, const char *sql, const char *const *params, int n_params,
                         db_row_fn fn, gpointer data, GError **error)
{
    PGresult *res =
        PQ(db)->PQexecParams(PG(db), sql, n_params > 0 ? n_params : 0, NULL,
                     n_params > 0 ? (const char *const *)params : NULL, NULL, NULL, 0);
    if (!result_ok(db, res, "query failed", error)) {
        PQ(db)->PQclear(res);
        return FALSE;
    }
    int cols = PQ(db)->PQnfields(res), rows = PQ(db)->PQntuples(res);
    const char **values = g_new0(const char *, cols > 0 ? cols : 1);
    if (fn && n_params < 0) {
        for (int c = 0; c < cols; c++)
            values[c] = PQ(db)->PQfname(res, c);
        fn(values, cols, data);
    }
    for (int r = 0; fn && r < rows; r++) {
        for (int c = 0; c < cols; c++)
            values[c] = PQ(db)->PQgetisnull(res, r, c) ? NULL : PQ(db)->PQgetvalue(res, r, c);
        fn(values, cols, data);
    }
    g_free(values);
    PQ(db)->PQclear(res);
    return TRUE;
}

/* COPY text format: backslash, tab, newline and carriage return escaped; NULL is \N. */
static void copy_field(GString *out, const char *v)
{
    if (!v) {
        g_string_append(out, "\\N");
        return;
    }
    for (const char *p = v; *p; p++) {
        switch (*p) {
        case '\\': g_string_append(out, "\\\\"); break;
        case '\t': g_string_append(out, "\\t"); break;
        case '\n': g_string_append(out, "\\n"); break;
        case '\r': g_string_append(out, "\\r"); break;
        default: g_string_append_c(out, *p);
        }
    }
}

static gboolean insert_now(jx_db *db, const char *table, const char *const *names,
                           const char *const *values, int n, gboolean *inserted, GError **error)
{
    char *sql = jx_db_insert_sql(table, names, n, TRUE, TRUE);
    PGresult *res = PQ(db)->PQexecParams(PG(db), sql, n, NULL, values, NULL, NULL, 0);
    g_free(sql);
    gboolean ok = result_ok(db, res, "cannot insert a row", error);
    if (ok)
        *inserted = strcmp(PQ(db)->PQcmdTuples(res), "1") == 0;
    PQ(db)->PQclear(res);
    return ok;
}

/* `types` is not read: COPY and $n parameters carry text, which the server
 * converts by the column's type. */
static gboolean pg_insert(jx_db *db, const char *table, const char *const *names,
                          const char *const *values, const db_type *types, int n,
                          gboolean *inserted, GError **error)
{
    (void)types;
    if (inserted)
        return insert_now(db, table, names, values, n, inserted, error);
    pg_state *state = db->state;
    pending *pd = NULL;
    for (guint i = 0; i < state->pending->len && !pd; i++)
        if (strcmp(((pending *)state->pending->pdata[i])->table, table) == 0)
            pd = state->pending->pdata[i];
    if (!pd) {
        pd = g_new0(pending, 1);
        pd->table = g_strdup(table);
        pd->columns = g_string_new("(");
        for (int i = 0; i < n; i++)
            g_string_append_printf(pd->columns, "%s%s", i ? ", " : "", names[i]);
        g_string_append_c(pd->columns, ')');
        pd->data = g_string_new(NULL);
        g_ptr_array_add(state->pending, pd);
    }
    for (int i = 0; i < n; i++) {
        if (i)
            g_string_append_c(pd->data, '\t');
        copy_field(pd->data, values[i]);
    }
    g_string_append_c(pd->data, '\n');
    return TRUE;
}

static gboolean copy_one(jx_db *db, pending *pd, GError **error)
{
    char *sql = g_strdup_printf("COPY %s %s FROM STDIN", pd->table, pd->columns->str);
    PGresult *res = PQ(db)->PQexec(PG(db), sql);
    g_free(sql);
    if (PQ(db)->PQresultStatus(res) != PGRES_COPY_IN) {
        set_pg_error(db, error, "COPY failed", PQ(db)->PQresultErrorMessage(res));
        PQ(db)->PQclear(res);
        return FALSE;
    }
    PQ(db)->PQclear(res);
    gboolean ok = PQ(db)->PQputCopyData(PG(db), pd->data->str, (int)pd->data->len) == 1 &&
                  PQ(db)->PQputCopyEnd(PG(db), NULL) == 1;
    if (!ok) {
        set_pg_error(db, error, "COPY failed", NULL);
        return FALSE;
    }
    /* the COPY's own result, then the end of its results */
    while ((res = PQ(db)->PQgetResult(PG(db))) != NULL) {
        if (ok)
            ok = result_ok(db, res, "COPY failed", error);
        PQ(db)->PQclear(res);
    }
    return ok;
}

static gboolean pg_flush(jx_db *db, GError **error)
{
    pg_state *state = db->state;
    gboolean ok = TRUE;
    for (guint i = 0; i < state->pending->len && ok; i++) {
        pending *pd = state->pending->pdata[i];
        if (pd->data->len)
            ok = copy_one(db, pd, error);
        g_string_truncate(pd->data, 0);
    }
    if (!ok)
        for (guint i = 0; i < state->pending->len; i++)
            g_string_truncate(((pending *)state->pending->pdata[i])->data, 0);
    return ok;
}

static void pg_close(jx_db *db)
{
    pg_state *state = db->state;
    if (!state)
        return;
    if (PG(db))
        state->pq->PQfinish(PG(db));
    g_ptr_array_unref(state->pending);
    libpq_free(state->pq);
    g_free(state);
}

static const db_backend pg_backend = {
    .name = "PostgreSQL",
    .begin = "BEGIN",
    /* any fixed key: only jixiao's migrations take it */
    .begin_exclusive = "BEGIN; SELECT pg_advisory_xact_lock(7411120)",
    .exec = pg_exec,
    .query = pg_query,
    .insert_row = pg_insert,
    .flush_rows = pg_flush,
    .close = pg_close,
    /* synchronous_commit off: COMMIT returns before the server's WAL is
     * flushed; a server crash may lose the last commits, whole, never
     * leaving one half there. */
    .sync_full = "SET synchronous_commit = on",
    .sync_normal = "SET synchronous_commit = off",
    /* json, not jsonb: a list comes back as the text it was written in,
     * as an insert stores it */
    .json_text = "(record::json ->> '%s')",
    .json_sub_text = "(record::json -> '%s' ->> '%s')",
    .json_list = "(CASE WHEN json_typeof(record::json -> '%1$s') = 'array' "
                 "THEN (record::json -> '%1$s')::text END)",
    /* jx_store_is_decimal as a pattern: a sign, digits and at most one point */
    .as_decimal = "(CASE WHEN %1$s ~ '^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)$' "
                  "THEN (%1$s)::numeric END)",
    .as_integer = "(%1$s)::integer",
    /* the ids of documents stored by several importers at once (--shard):
     * a sequence, which hands each its own */
    .document_ids = "CREATE SEQUENCE IF NOT EXISTS documents_id_seq OWNED BY documents.id; "
                    "ALTER TABLE documents ALTER COLUMN id SET DEFAULT nextval('documents_id_seq')",
    .immediate_constraints = "SET CONSTRAINTS ALL IMMEDIATE",
};

/* A NOTICE ("relation already exists, skipping") is not for the user. */
static void quiet_notice(void *arg, const char *message)
{
}

/* The URI as messages show it: a password in it is not repeated on a terminal or in a log. */
static char *shown_uri(const char *uri)
{
    const char *scheme = strstr(uri, "://");
    const char *at = scheme ? strchr(scheme + 3, '@') : NULL;
    const char *colon = scheme ? strchr(scheme + 3, ':') : NULL;
    if (!at || !colon || colon > at)
        return g_strdup(uri);
    return g_strdup_printf("%.*s:***%s", (int)(colon - uri), uri, at);
}

jx_db *jx_db_open_postgres(const char *uri, GError **error)
{
    char *shown = shown_uri(uri);
    libpq_api *pq = libpq_load(shown, error);
    if (!pq) {
        g_free(shown);
        return NULL;
    }
    PGconn *conn = pq->PQconnectdb(uri);
    jx_db *db = g_new0(jx_db, 1);
    db->backend = &pg_backend;
    db->target = shown;
    db->handle = conn;
    pg_state *state = g_new0(pg_state, 1);
    state->pending = g_ptr_array_new_with_free_func(pending_free);
    state->pq = pq;
    db->state = state;
    if (!conn || PQ(db)->PQstatus(conn) != CONNECTION_OK) {
        char *m = g_strstrip(g_strdup(conn ? PQ(db)->PQerrorMessage(conn) : "out of memory"));
        g_set_error(error, JX_ERROR, JX_ERROR_IO,
                    "%s: cannot connect to PostgreSQL: %s (check the URI and that the server "
                    "is running)",
                    db->target, m);
        g_free(m);
        jx_db_close(db);
        return NULL;
    }
    PQ(db)->PQsetNoticeProcessor(conn, quiet_notice, NULL);
    /* the schema and the records are UTF-8 whatever the server's default */
    if (PQ(db)->PQsetClientEncoding(conn, "UTF8") != 0) {
        g_set_error(error, JX_ERROR, JX_ERROR_IO, "%s: the server does not take UTF-8",
                    db->target);
        jx_db_close(db);
        return NULL;
    }
    return db;
}
