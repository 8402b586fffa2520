/*
 * test_db.c — the database sink and the JSON reader under the importer:
 * every corpus record survives jx_record_to_json → jx_record_from_json
 * unchanged; a document is one transaction (a sink freed before
 * jx_sink_end_document leaves nothing); writing the same bytes again adds
 * nothing; a path moved to new bytes takes the old document with it; a
 * database whose schema is newer than this jixiao is refused.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <glib/gstdio.h>
#include <string.h>

#include "core/core.h"
#include "store/db.h"
#include "support/testenv.h"

#include <sqlite3.h>

/* The rows of `sql` as jx_db_query_tsv writes them (a new string). */
static char *tsv(jx_db *db, const char *sql)
{
    GOutputStream *out = g_memory_output_stream_new_resizable();
    GError *error = NULL;
    if (!jx_db_query_tsv(db, sql, out, &error))
        fail_msg("%s: %s", sql, error->message);
    g_output_stream_write_all(out, "", 1, NULL, NULL, NULL);
    char *text = g_strdup(g_memory_output_stream_get_data(G_MEMORY_OUTPUT_STREAM(out)));
    g_object_unref(out);
    return text;
}

/* Asserts that `sql` gives `want` (as jx_db_query_tsv writes it). */
static void assert_rows(jx_db *db, const char *sql, const char *want)
{
    char *got = tsv(db, sql);
    assert_string_equal(got, want);
    g_free(got);
}

/* Removes a test's folder, its database files (and their WAL files) in it,
 * and frees the two names. */
static void remove_db_dir(char *dir, char *file)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    const char *name;
    while (d && (name = g_dir_read_name(d))) {
        char *f = g_build_filename(dir, name, NULL);
        g_unlink(f);
        g_free(f);
    }
    if (d)
        g_dir_close(d);
    g_rmdir(dir);
    g_free(file);
    g_free(dir);
}

static void test_json_round_trip(void **state)
{
    char *dir = jx_test_path("JX_SOURCE_DIR", "corpus");
    char **names = jx_test_list_dir(dir, NULL);
    assert_non_null(names);
    int n = 0;
    for (char **p = names; *p; p++) {
        if (!g_str_has_suffix(*p, ".txt"))
            continue;
        char *path = g_build_filename(dir, *p, NULL);
        jx_record_list *list = jx_parse_path(path, 0, NULL);
        assert_non_null(list);
        for (guint i = 0; i < jx_record_list_length(list); i++) {
            char *json = jx_record_to_json(jx_record_list_get(list, i));
            GError *error = NULL;
            jx_record *back = jx_record_from_json(json, -1, &error);
            assert_non_null(back);
            char *again = jx_record_to_json(back);
            assert_string_equal(json, again);
            g_free(again);
            g_free(json);
            jx_record_free(back);
            n++;
        }
        jx_record_list_free(list);
        g_free(path);
    }
    assert_true(n > 100);
    GError *error = NULL;
    assert_null(jx_record_from_json("{\"type\":\"indicator\",\"colour\":\"red\"}", -1, &error));
    assert_true(g_error_matches(error, JX_ERROR, JX_ERROR_FORMAT));
    g_clear_error(&error);
    assert_null(jx_record_from_json("{\"name\":\"x\"}", -1, &error));
    g_clear_error(&error);
    g_strfreev(names);
    g_free(dir);
}

static jx_record *doc(const char *path, const char *sha)
{
    jx_record *d = jx_record_new(JX_RECORD_DOCUMENT);
    jx_record_set_string(d, JX_F_DOC, "a.txt");
    jx_record_set_string(d, JX_F_SOURCE, path);
    jx_record_set_string(d, JX_F_SHA256, sha);
    jx_record_set_int(d, JX_F_YEAR, 2023);
    return d;
}

static jx_record *indicator(const char *name, const char *value)
{
    jx_record *r = jx_record_new(JX_RECORD_INDICATOR);
    jx_record_set_string(r, JX_F_DOC, "a.txt");
    jx_record_set_int(r, JX_F_TABLE, 1);
    jx_record_set_string(r, JX_F_NAME, name);
    jx_record_set_string(r, JX_F_VALUE, value);
    return r;
}

static void write_doc(jx_db *db, const char *path, const char *sha, gboolean end)
{
    jx_sink *sink = jx_sink_new_db(db);
    GError *error = NULL;
    jx_record *recs[] = {doc(path, sha), indicator("培训人次", "500"),
                         indicator("完成时间", "2023-12-31")};
    for (int i = 0; i < 3; i++) {
        assert_true(jx_sink_write(sink, recs[i], &error));
        /* the pipeline flushes after each table: that must not commit */
        assert_true(jx_sink_flush(sink, &error));
        jx_record_free(recs[i]);
    }
    if (end)
        assert_true(jx_sink_end_document(sink, &error));
    jx_sink_free(sink);
}

static void test_db_sink(void **state)
{
    char *dir = g_dir_make_tmp("jx-db-XXXXXX", NULL);
    char *file = g_build_filename(dir, "t.sqlite", NULL);
    GError *error = NULL;
    jx_db *db = jx_db_open(file, &error);
    assert_non_null(db);
    write_doc(db, "x/a.txt", "aaaa", FALSE); /* never ended: rolled back */
    assert_int_equal(jx_db_count(db, JX_RECORD_DOCUMENT, NULL), 0);
    assert_int_equal(jx_db_count(db, JX_RECORD_INDICATOR, NULL), 0);
    write_doc(db, "x/a.txt", "aaaa", TRUE);
    write_doc(db, "x/a.txt", "aaaa", TRUE); /* same bytes again: nothing added */
    assert_int_equal(jx_db_count(db, JX_RECORD_DOCUMENT, NULL), 1);
    assert_int_equal(jx_db_count(db, JX_RECORD_INDICATOR, NULL), 2);
    jx_db_state st;
    assert_true(jx_db_lookup(db, "x/a.txt", "aaaa", &st, &error));
    assert_int_equal(st, JX_DB_UNCHANGED);
    assert_true(jx_db_lookup(db, "x/b.txt", "aaaa", &st, &error));
    assert_int_equal(st, JX_DB_KNOWN_BYTES);
    assert_true(jx_db_lookup(db, "x/a.txt", "bbbb", &st, &error));
    assert_int_equal(st, JX_DB_CHANGED);
    write_doc(db, "x/a.txt", "bbbb", TRUE); /* changed: the old bytes go */
    assert_int_equal(jx_db_count(db, JX_RECORD_DOCUMENT, NULL), 1);
    assert_int_equal(jx_db_count(db, JX_RECORD_INDICATOR, NULL), 2);
    assert_true(jx_db_lookup(db, "x/c.txt", "aaaa", &st, &error));
    assert_int_equal(st, JX_DB_NEW);
    jx_db_close(db);
    /* reopening an up-to-date database runs no migration and keeps the rows */
    db = jx_db_open(file, &error);
    assert_non_null(db);
    assert_int_equal(jx_db_count(db, JX_RECORD_INDICATOR, NULL), 2);
    /* a database a newer jixiao brought forward is refused, not written */
    GOutputStream *sink_out = g_memory_output_stream_new_resizable();
    assert_true(jx_db_query_tsv(db,
                                "INSERT INTO schema_version (version, applied_at) "
                                "VALUES (99, 'later')",
                                sink_out, &error));
    g_object_unref(sink_out);
    jx_db_close(db);
    assert_null(jx_db_open(file, &error));
    assert_true(g_error_matches(error, JX_ERROR, JX_ERROR_FORMAT));
    assert_non_null(strstr(error->message, "newer"));
    g_clear_error(&error);
    remove_db_dir(dir, file);
}

/* The direct reader (a line starting with its "type") and json-glib (any
 * other order) give the same record and refuse the same lines. */
static void test_json_readers(void **state)
{
    static const char *const same[][2] = {
        {"{\"type\":\"indicator\",\"doc\":\"a\\u00e9\\ud83d\\ude00\\n\",\"row\":-3,"
         "\"flags\":[\"x\",\"\\\"y\"],\"half\":{\"op\":\"≥\",\"value\":null},\"page\":null}",
         "{\"doc\":\"a\\u00e9\\ud83d\\ude00\\n\",\"row\":-3,\"type\":\"indicator\","
         "\"flags\":[\"x\",\"\\\"y\"],\"half\":{\"op\":\"≥\",\"value\":null},\"page\":null}"},
        {"{\"type\":\"score\" , \"name\" : \"甲\", \"flags\" : [ ] }",
         "{\"name\":\"甲\",\"type\":\"score\",\"flags\":[]}"},
        /* a "type" inside a nested object is no field: read and passed over */
        {"{\"type\":\"indicator\",\"half\":{\"type\":\"x\",\"op\":\">=\"}}",
         "{\"half\":{\"op\":\">=\",\"type\":\"x\"},\"type\":\"indicator\"}"},
    };
    /* (a CRITICAL from the record setters, as "type" once raised there,
     * fails the test) */
    GLogLevelFlags was = g_log_set_always_fatal(G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
    for (gsize i = 0; i < G_N_ELEMENTS(same); i++) {
        GError *error = NULL;
        jx_record *a = jx_record_from_json(same[i][0], -1, &error);
        if (!a)
            fail_msg("%s: %s", same[i][0], error->message);
        jx_record *b = jx_record_from_json(same[i][1], -1, &error);
        assert_non_null(b);
        char *ja = jx_record_to_json(a), *jb = jx_record_to_json(b);
        assert_string_equal(ja, jb);
        g_free(ja);
        g_free(jb);
        jx_record_free(a);
        jx_record_free(b);
    }
    jx_record *r = jx_record_from_json(same[0][0], -1, NULL);
    assert_string_equal(jx_record_string(r, JX_F_DOC), "a\xc3\xa9\xf0\x9f\x98\x80\n");
    jx_record_free(r);
    static const char *const refused[] = {
        "{\"type\":\"indicator\",\"row\":1.5}",       /* a fraction */
        "{\"type\":\"indicator\",\"row\":true}",      /* a boolean */
        "{\"type\":\"indicator\",\"colour\":\"red\"}", /* no key of the contract */
        "{\"type\":\"indicator\",\"flags\":[1]}",     /* a list of numbers */
        "{\"type\":\"indicator\",\"doc\":\"\\ud83d\"}", /* half a surrogate pair */
        "{\"type\":\"indicator\",\"doc\":\"a\"",      /* no end */
        "{\"type\":\"indicator\"} {}",                /* more after it */
        "{\"type\":\"nonsense\"}",                    /* no kind */
        /* the same refusals when json-glib reads (a line not led by its
         * type): a lone surrogate, which json-glib lets through as bytes */
        "{\"doc\":\"\\ud83d\\u0006\",\"type\":\"indicator\"}",
        "{\"flags\":[\"\\ud83d\\u0041\"],\"type\":\"indicator\"}",
    };
    for (gsize i = 0; i < G_N_ELEMENTS(refused); i++) {
        GError *error = NULL;
        jx_record *bad = jx_record_from_json(refused[i], -1, &error);
        if (bad)
            fail_msg("read: %s", refused[i]);
        assert_true(g_error_matches(error, JX_ERROR, JX_ERROR_FORMAT));
        g_clear_error(&error);
    }
    g_log_set_always_fatal(was);
}

/* Grouped commits: whole documents wait in one transaction, unseen by
 * another connection, until the group is full or jx_db_commit; the record
 * column takes the JSON a writer hands over as it is. */
static void test_commit_groups(void **state)
{
    char *dir = g_dir_make_tmp("jx-db-XXXXXX", NULL);
    char *file = g_build_filename(dir, "t.sqlite", NULL);
    GError *error = NULL;
    jx_db *db = jx_db_open(file, &error);
    jx_db *other = jx_db_open(file, &error);
    assert_non_null(db);
    assert_non_null(other);
    jx_db_set_commit_every(db, 3);
    write_doc(db, "x/a.txt", "aaaa", TRUE);
    write_doc(db, "x/b.txt", "bbbb", TRUE);
    assert_true(jx_db_pending(db));
    assert_int_equal(jx_db_count(other, JX_RECORD_DOCUMENT, NULL), 0);
    write_doc(db, "x/c.txt", "cccc", TRUE); /* the third: committed */
    assert_false(jx_db_pending(db));
    assert_int_equal(jx_db_count(other, JX_RECORD_DOCUMENT, NULL), 3);
    write_doc(db, "x/d.txt", "dddd", TRUE);
    assert_true(jx_db_commit(db, &error));
    assert_int_equal(jx_db_count(other, JX_RECORD_DOCUMENT, NULL), 4);
    /* JSON handed over is stored as it came */
    jx_sink *sink = jx_sink_new_db(db);
    jx_record *d = doc("x/e.txt", "eeee");
    assert_true(jx_sink_write_json(sink, d, "{\"type\":\"document\", \"as\":\"given\"}",
                                   &error));
    jx_record_free(d);
    assert_true(jx_sink_end_document(sink, &error));
    jx_sink_free(sink);
    jx_db_close(db); /* commits the group */
    assert_rows(other, "SELECT record FROM documents WHERE sha256 = 'eeee'",
                "record\n{\"type\":\"document\", \"as\":\"given\"}\n");
    /* --sync normal */
    assert_true(jx_db_set_sync(other, FALSE, &error));
    assert_rows(other, "PRAGMA synchronous", "synchronous\n1\n");
    jx_db_close(other);
    remove_db_dir(dir, file);
}

/* The column names of `table`, comma-separated (a new string). */
static char *columns_of(sqlite3 *h, const char *table)
{
    char *sql = g_strdup_printf("SELECT name FROM pragma_table_info('%s') ORDER BY cid", table);
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
    GString *names = g_string_new(NULL);
    while (sqlite3_step(st) == SQLITE_ROW)
        g_string_append_printf(names, "%s,", sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    g_free(sql);
    return g_string_free(names, FALSE);
}

/* The tables and indexes of a database, "type name," each, sorted (a new
 * string). */
static char *names_of(sqlite3 *h)
{
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_prepare_v2(h,
                                        "SELECT type, name FROM sqlite_master "
                                        "WHERE type IN ('table', 'index') ORDER BY 1, 2",
                                        -1, &st, NULL),
                     SQLITE_OK);
    GString *names = g_string_new(NULL);
    while (sqlite3_step(st) == SQLITE_ROW)
        g_string_append_printf(names, "%s %s,", sqlite3_column_text(st, 0),
                               sqlite3_column_text(st, 1));
    sqlite3_finalize(st);
    return g_string_free(names, FALSE);
}

/* Makes `file` a database of an older schema: the DDL of tests/`schema`
 * (as that version wrote it) and the SQL `rows` run on it. */
static void make_old_db(const char *file, const char *schema, const char *rows)
{
    char *rel = g_build_filename("tests", schema, NULL);
    char *path = jx_test_path("JX_SOURCE_DIR", rel);
    char *ddl = NULL;
    assert_true(g_file_get_contents(path, &ddl, NULL, NULL));
    sqlite3 *h = NULL;
    assert_int_equal(sqlite3_open(file, &h), SQLITE_OK);
    assert_int_equal(sqlite3_exec(h, ddl, NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_exec(h, rows, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
    g_free(ddl);
    g_free(path);
    g_free(rel);
}

/* The migrated database `file` has the columns of every table (paths as
 * well), the tables and the indexes of a new one made at `fresh` now (from
 * docs/schema.sql's layout), none of the old ones left. */
static void assert_layout_as_new(const char *file, const char *fresh)
{
    GError *error = NULL;
    jx_db *made = jx_db_open(fresh, &error);
    assert_non_null(made);
    jx_db_close(made);
    sqlite3 *a = NULL, *b = NULL;
    assert_int_equal(sqlite3_open(file, &a), SQLITE_OK);
    assert_int_equal(sqlite3_open(fresh, &b), SQLITE_OK);
    gsize n;
    const db_table *tables = jx_db_tables(&n);
    for (gsize i = 0; i <= n; i++) {
        const char *table = i < n ? tables[i].table : "paths";
        char *ca = columns_of(a, table), *cb = columns_of(b, table);
        assert_string_equal(ca, cb);
        g_free(ca);
        g_free(cb);
    }
    char *ia = names_of(a), *ib = names_of(b);
    assert_string_equal(ia, ib);
    g_free(ia);
    g_free(ib);
    sqlite3_close(a);
    sqlite3_close(b);
}

/* A database made by schema version 1 (tests/schema_v1.sql) is brought to
 * the current version (6) when opened, a step at a time: every table has the
 * columns and the indexes of a new database, in the same order, the new
 * columns filled from the stored records as an insert fills them (a decimal
 * string as a number, anything else NULL), and every row is under its
 * document's integer id (version 5), the foreign keys whole. */
static void test_migrate_v1(void **state)
{
    char *dir = g_dir_make_tmp("jx-db-XXXXXX", NULL);
    char *file = g_build_filename(dir, "t.sqlite", NULL);
    char *fresh = g_build_filename(dir, "fresh.sqlite", NULL);
    static const char rows[] =
        "INSERT INTO schema_version VALUES (1, 'then');"
        "INSERT INTO documents (sha256, doc, imported_at, record) VALUES ('d1', 'r.txt', 't',"
        " '{\"type\":\"document\",\"evaluator\":\"某某事务所\",\"bands\":[\"优>=90\",\"良>=80\"],"
        "\"weight_total\":\"100\"}');"
        "INSERT INTO indicators (sha256, ord, doc, record) VALUES"
        " ('d1', 1, 'r.txt', '{\"type\":\"indicator\",\"group_weight\":\"50\",\"project\":\"乙项目\"}'),"
        " ('d1', 2, 'r.txt', '{\"type\":\"indicator\",\"group_weight\":\"50分\"}');"
        "INSERT INTO facts (sha256, ord, doc, record) VALUES ('d1', 3, 'r.txt',"
        " '{\"type\":\"fact\",\"available\":{\"value\":\"28\",\"unit\":\"万元\"}}');"
        "INSERT INTO findings (sha256, ord, doc, record) VALUES ('d1', 4, 'r.txt',"
        " '{\"type\":\"finding\",\"where\":{\"fact\":2,\"page\":1}}');"
        "INSERT INTO funds (sha256, ord, doc, record) VALUES ('d1', 5, 'r.txt',"
        " '{\"type\":\"funds\",\"flags\":[\"stream-ambiguous\"]}'),"
        " ('d1', 6, 'r.txt', '{\"type\":\"funds\"}');"
        "INSERT INTO documents (sha256, doc, imported_at, record) VALUES ('d0', 'q.txt', 't0',"
        " '{\"type\":\"document\"}');"
        "INSERT INTO indicators (sha256, ord, doc, record) VALUES"
        " ('d0', 1, 'q.txt', '{\"type\":\"indicator\"}');"
        "INSERT INTO paths (path, sha256, imported_at) VALUES ('in/r.txt', 'd1', 't'),"
        " ('in/q.txt', 'd0', 't'), ('in/r again.txt', 'd1', 't');";
    make_old_db(file, "schema_v1.sql", rows);
    GError *error = NULL;
    jx_db *db = jx_db_open(file, &error);
    if (!db)
        fail_msg("%s", error->message);
    assert_rows(db, "SELECT MAX(version) FROM schema_version", "MAX(version)\n6\n");
    /* ids in the order the documents were stored (imported_at) */
    assert_rows(db, "SELECT id, sha256, doc FROM documents ORDER BY id",
                "id\tsha256\tdoc\n1\td1\tr.txt\n2\td0\tq.txt\n");
    assert_rows(db, "SELECT p.path, d.sha256 FROM paths p JOIN documents d ON d.id = p.doc_id "
                    "ORDER BY 1",
                "path\tsha256\nin/q.txt\td0\nin/r again.txt\td1\nin/r.txt\td1\n");
    assert_rows(db, "SELECT doc_id, ord FROM indicators ORDER BY 1, 2",
                "doc_id\tord\n1\t1\n1\t2\n2\t1\n");
    assert_rows(db, "PRAGMA foreign_key_check", "table\trowid\tparent\tfkid\n");
    assert_rows(db, "SELECT evaluator, bands, weight_total FROM documents WHERE id = 1",
                "evaluator\tbands\tweight_total\n某某事务所\t[\"优>=90\",\"良>=80\"]\t100\n");
    assert_rows(db, "SELECT group_weight FROM indicators WHERE doc_id = 1 ORDER BY ord",
                "group_weight\n50\nNULL\n");
    assert_rows(db, "SELECT project FROM indicators WHERE doc_id = 1 ORDER BY ord",
                "project\n乙项目\nNULL\n");
    assert_rows(db, "SELECT available_value, available_unit FROM facts",
                "available_value\tavailable_unit\n28\t万元\n");
    assert_rows(db, "SELECT where_fact FROM findings", "where_fact\n2\n");
    assert_rows(db, "SELECT flags FROM funds ORDER BY ord",
                "flags\n[\"stream-ambiguous\"]\nNULL\n");
    jx_db_close(db);
    assert_layout_as_new(file, fresh);
    g_free(fresh);
    remove_db_dir(dir, file);
}

/* The first row of `sql` on `h`, its first column as an integer. */
static int int_of(sqlite3 *h, const char *sql)
{
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    int v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* A database of schema version 5 (tests/schema_v5.sql: the record tables'
 * foreign keys checked at once) is brought to version 6 when opened: the
 * six record tables rebuilt with the key DEFERRABLE INITIALLY DEFERRED,
 * every row kept in its order, the same tables, columns and indexes as a
 * new database's.  Deferred, the key still holds where it matters: a
 * document's deletion takes its records at once (the cascade), and a
 * transaction that leaves a record row without its document does not
 * commit — nothing of it stays, the document written with it neither. */
static void test_migrate_v5(void **state)
{
    char *dir = g_dir_make_tmp("jx-db-XXXXXX", NULL);
    char *file = g_build_filename(dir, "t.sqlite", NULL);
    char *fresh = g_build_filename(dir, "fresh.sqlite", NULL);
    static const char rows[] =
        "INSERT INTO schema_version VALUES (5, 'then');"
        "INSERT INTO documents (id, sha256, doc, imported_at, record) VALUES"
        " (1, 'd1', 'r.txt', 't', '{\"type\":\"document\"}'),"
        " (2, 'd2', 'q.txt', 't', '{\"type\":\"document\"}');"
        "INSERT INTO paths (path, doc_id, imported_at) VALUES ('in/r.txt', 1, 't'),"
        " ('in/q.txt', 2, 't');"
        "INSERT INTO indicators (doc_id, ord, name, group_weight, project, record) VALUES"
        " (1, 2, '乙', 50, '乙项目', '{\"type\":\"indicator\"}'),"
        " (1, 1, '甲', NULL, NULL, '{\"type\":\"indicator\"}'),"
        " (2, 1, '丙', NULL, NULL, '{\"type\":\"indicator\"}');"
        "INSERT INTO funds (doc_id, ord, item, flags, record) VALUES"
        " (2, 2, '资金', '[\"stream-ambiguous\"]', '{\"type\":\"funds\"}');"
        "INSERT INTO findings (doc_id, ord, rule, where_fact, record) VALUES"
        " (1, 3, 'score.sum', 2, '{\"type\":\"finding\"}');";
    make_old_db(file, "schema_v5.sql", rows);
    GError *error = NULL;
    jx_db *db = jx_db_open(file, &error);
    if (!db)
        fail_msg("%s", error->message);
    assert_rows(db, "SELECT MAX(version) FROM schema_version", "MAX(version)\n6\n");
    /* every row, in the order it was stored */
    assert_rows(db, "SELECT doc_id, ord, name, group_weight, project FROM indicators",
                "doc_id\tord\tname\tgroup_weight\tproject\n1\t2\t乙\t50\t乙项目\n"
                "1\t1\t甲\tNULL\tNULL\n2\t1\t丙\tNULL\tNULL\n");
    assert_rows(db, "SELECT doc_id, ord, item, flags FROM funds",
                "doc_id\tord\titem\tflags\n2\t2\t资金\t[\"stream-ambiguous\"]\n");
    assert_rows(db, "SELECT doc_id, rule, where_fact FROM findings",
                "doc_id\trule\twhere_fact\n1\tscore.sum\t2\n");
    /* deferred: every table that refers to documents but paths */
    assert_rows(db,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND "
                "sql LIKE '%REFERENCES documents%' AND sql NOT LIKE '%INITIALLY DEFERRED%'",
                "name\npaths\n");
    assert_rows(db, "PRAGMA foreign_key_check", "table\trowid\tparent\tfkid\n");
    jx_db_close(db);
    assert_layout_as_new(file, fresh);
    sqlite3 *a = NULL;
    assert_int_equal(sqlite3_open(file, &a), SQLITE_OK);
    /* the cascade: a document's deletion takes its records at once */
    assert_int_equal(sqlite3_exec(a, "PRAGMA foreign_keys = ON; DELETE FROM documents WHERE id = 2",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(int_of(a, "SELECT COUNT(*) FROM indicators WHERE doc_id = 2"), 0);
    assert_int_equal(int_of(a, "SELECT COUNT(*) FROM funds"), 0);
    assert_int_equal(int_of(a, "SELECT COUNT(*) FROM indicators"), 2);
    /* a record row without its document: the COMMIT fails, nothing stays */
    assert_int_equal(sqlite3_exec(a,
                                  "BEGIN; INSERT INTO documents (id, sha256, doc, imported_at, "
                                  "record) VALUES (3, 'd3', 'p.txt', 't', '{}'); "
                                  "INSERT INTO indicators (doc_id, ord, record) VALUES "
                                  "(3, 1, '{}'), (9, 1, '{}')",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_not_equal(sqlite3_exec(a, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_exec(a, "ROLLBACK", NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(int_of(a, "SELECT COUNT(*) FROM documents WHERE id = 3"), 0);
    assert_int_equal(int_of(a, "SELECT COUNT(*) FROM indicators"), 2);
    sqlite3_close(a);
    g_free(fresh);
    remove_db_dir(dir, file);
}

/* Sets `field` of `rec` (inside its nested `sub` record when there is one)
 * to a value of the column's type. */
static void set_column(jx_record *rec, const db_column *col)
{
    jx_record *into = rec;
    jx_field field = col->field;
    if (col->sub != JX_F_COUNT) {
        into = (jx_record *)jx_record_sub(rec, col->field);
        if (!into) {
            into = jx_record_new(JX_RECORD_VALUE);
            jx_record_set_record(rec, col->field, into);
        }
        field = col->sub;
    }
    GPtrArray *list = g_ptr_array_new();
    switch (col->type) {
    case DB_TEXT: jx_record_set_string(into, field, "文本"); break;
    case DB_INT: jx_record_set_int(into, field, 7); break;
    case DB_NUM: jx_record_set_string(into, field, "12.50"); break;
    case DB_LIST:
        g_ptr_array_add(list, "甲");
        jx_record_set_list(into, field, list);
        break;
    }
    g_ptr_array_unref(list);
}

/* Every record kind of the contract has a table, and every column of the
 * layout in store/db.c exists in docs/schema.sql with a type that takes its
 * values — also for the kinds the parser does not produce yet, whose inserts
 * no other test runs. */
static void test_every_table(void **state)
{
    for (int k = JX_RECORD_DOCUMENT; k < JX_RECORD_VALUE; k++)
        assert_non_null(jx_db_table_for((jx_record_kind)k));
    char *dir = g_dir_make_tmp("jx-db-XXXXXX", NULL);
    char *file = g_build_filename(dir, "t.sqlite", NULL);
    GError *error = NULL;
    jx_db *db = jx_db_open(file, &error);
    assert_non_null(db);
    jx_sink *sink = jx_sink_new_db(db);
    jx_record *d = doc("x/all.txt", "cccc");
    const db_table *dt = jx_db_table_for(JX_RECORD_DOCUMENT);
    for (gsize c = 0; c < dt->n_columns; c++)
        set_column(d, &dt->columns[c]);
    assert_true(jx_sink_write(sink, d, &error));
    jx_record_free(d);
    for (int k = JX_RECORD_INDICATOR; k < JX_RECORD_VALUE; k++) {
        const db_table *t = jx_db_table_for((jx_record_kind)k);
        jx_record *r = jx_record_new((jx_record_kind)k);
        jx_record_set_string(r, JX_F_DOC, "all.txt");
        for (gsize c = 0; c < t->n_columns; c++)
            set_column(r, &t->columns[c]);
        if (!jx_sink_write(sink, r, &error))
            fail_msg("%s: %s", t->table, error->message);
        jx_record_free(r);
    }
    assert_true(jx_sink_end_document(sink, &error));
    jx_sink_free(sink);
    for (int k = JX_RECORD_DOCUMENT; k < JX_RECORD_VALUE; k++)
        assert_int_equal(jx_db_count(db, (jx_record_kind)k, NULL), 1);
    /* numbers came out as numbers */
    assert_rows(db, "SELECT weight * 2, rate + 1 FROM scores",
                "weight * 2\trate + 1\n25.0\t13.5\n");
    jx_db_close(db);
    remove_db_dir(dir, file);
}

/* The rows of every table but their import times (a new string). */
static char *stored_rows(jx_db *db)
{
    GString *all = g_string_new(NULL);
    for (int k = JX_RECORD_DOCUMENT; k < JX_RECORD_VALUE; k++) {
        const db_table *t = jx_db_table_for((jx_record_kind)k);
        GString *sql = g_string_new(k == JX_RECORD_DOCUMENT ? "SELECT sha256, doc, record"
                                                            : "SELECT doc_id, ord, record");
        for (gsize c = 0; c < t->n_columns; c++)
            g_string_append_printf(sql, ", %s", t->columns[c].name);
        g_string_append_printf(sql, " FROM %s", t->table);
        char *rows = tsv(db, sql->str);
        g_string_append(all, rows);
        g_free(rows);
        g_string_free(sql, TRUE);
    }
    return g_string_free(all, FALSE);
}

/* A record as an import's worker frames it (jx_db_frame_append) and its
 * importer reads it back (jx_db_frame_read, jx_sink_write_values) is
 * stored as the record itself is (jx_sink_write) — every kind, every column
 * of its layout, set or NULL; a frame cut short, of another length or of
 * an unknown kind is refused. */
static void test_frames(void **state)
{
    (void)state;
    char *dir = g_dir_make_tmp("jx-db-XXXXXX", NULL);
    char *file = g_build_filename(dir, "direct.sqlite", NULL);
    char *framed_file = g_build_filename(dir, "framed.sqlite", NULL);
    GError *error = NULL;
    jx_db *direct = jx_db_open(file, &error), *framed = jx_db_open(framed_file, &error);
    assert_non_null(direct);
    assert_non_null(framed);
    jx_sink *ds = jx_sink_new_db(direct), *fs = jx_sink_new_db(framed);
    GString *frame = g_string_new(NULL), *scratch = g_string_new(NULL), *json = g_string_new(NULL);
    GPtrArray *values = g_ptr_array_new();
    for (int k = JX_RECORD_DOCUMENT; k < JX_RECORD_VALUE; k++) {
        const db_table *t = jx_db_table_for((jx_record_kind)k);
        jx_record *r = k == JX_RECORD_DOCUMENT ? doc("x/all.txt", "cccc")
                                               : jx_record_new((jx_record_kind)k);
        for (gsize c = 0; c < t->n_columns; c++)
            if ((c + (gsize)k) % 2 == 0) /* the others NULL */
                set_column(r, &t->columns[c]);
        assert_true(jx_sink_write(ds, r, &error));
        g_string_truncate(frame, 0);
        jx_db_frame_append(frame, scratch, r);
        guint32 len;
        memcpy(&len, frame->str, sizeof len);
        assert_int_equal(len, frame->len - sizeof len);
        const char *body = frame->str + sizeof len;
        jx_record_kind kind = JX_RECORD_VALUE;
        g_ptr_array_set_size(values, 0);
        assert_false(jx_db_frame_read(body, len - 1, values, &kind));
        g_ptr_array_set_size(values, 0);
        assert_true(jx_db_frame_read(body, len, values, &kind));
        assert_int_equal(kind, k);
        g_string_truncate(json, 0);
        jx_record_append_json(r, json);
        assert_true(jx_sink_write_values(fs, kind, (const char *const *)values->pdata, json->str,
                                         &error));
        /* an unknown kind */
        frame->str[sizeof len] = (char)(JX_RECORD_VALUE + 1);
        g_ptr_array_set_size(values, 0);
        assert_false(jx_db_frame_read(body, len, values, &kind));
        jx_record_free(r);
    }
    assert_true(jx_sink_end_document(ds, &error));
    assert_true(jx_sink_end_document(fs, &error));
    jx_sink_free(ds);
    jx_sink_free(fs);
    char *want = stored_rows(direct), *got = stored_rows(framed);
    assert_string_equal(got, want);
    assert_non_null(strstr(want, "12.50")); /* values, not only NULLs */
    g_free(want);
    g_free(got);
    g_ptr_array_unref(values);
    g_string_free(frame, TRUE);
    g_string_free(scratch, TRUE);
    g_string_free(json, TRUE);
    jx_db_close(direct);
    jx_db_close(framed);
    g_free(framed_file);
    remove_db_dir(dir, file);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_round_trip),
        cmocka_unit_test(test_db_sink),
        cmocka_unit_test(test_every_table),
        cmocka_unit_test(test_frames),
        cmocka_unit_test(test_json_readers),
        cmocka_unit_test(test_commit_groups),
        cmocka_unit_test(test_migrate_v1),
        cmocka_unit_test(test_migrate_v5),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
