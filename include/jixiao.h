/*
 * jixiao.h — the one public header of libjixiao.
 *
 * libjixiao turns Chinese budget-performance documents (绩效目标表, 绩效评价报告)
 * into canonical records (see docs/records.md).  The pipeline is
 *
 *     file ─► extract ─► jx_source (lines and grids) ─► parse ─► jx_record_list ─► jx_sink
 *
 * Ownership rules, used on every function below:
 *   - A function whose name contains _new, _extract_ or _parse_ returns an object the caller
 *     owns and releases with the matching _free function.
 *   - Getters return borrowed pointers, valid until the owning object is freed.
 *   - Strings returned as `char *` are owned by the caller and released with g_free().
 *
 * Errors: functions that can fail return NULL or FALSE and fill a GError in the
 * JX_ERROR domain (codes in jx_error_code).  The message names the file (and page,
 * where there is one) and says what to do.  No function aborts on bad input.
 *
 * Thread safety: objects are not shared between threads by the library; distinct
 * objects may be used from distinct threads.  There is no global mutable state.
 */
#ifndef JIXIAO_H
#define JIXIAO_H

#include <glib.h>
#include <gio/gio.h>

G_BEGIN_DECLS

#define JX_VERSION_STRING "0.1.0"
#define JX_RECORD_FORMAT_VERSION 1

/* Returns the library version ("0.1.0"); static storage. */
const char *jx_version(void);

/* ---------------------------------------------------------------- errors */

#define JX_ERROR (jx_error_quark())
GQuark jx_error_quark(void);

typedef enum {
    JX_ERROR_IO,          /* cannot open or read the input, or write the output */
    JX_ERROR_NOT_FILE,    /* the path names a directory or a special file */
    JX_ERROR_EMPTY,       /* the input has no bytes, or only white space */
    JX_ERROR_BINARY,      /* the input is not text (NUL bytes, control characters) */
    JX_ERROR_ENCODING,    /* no text encoding decodes the input */
    JX_ERROR_TOO_LARGE,   /* the input is larger than the configured limit */
    JX_ERROR_UNSUPPORTED, /* a format this build cannot read (e.g. PDF before Poppler support) */
    JX_ERROR_FORMAT,      /* an option or argument value is invalid */
    JX_ERROR_OUTPUT,      /* the records could not be written (disk full, closed pipe) */
    JX_ERROR_PARTIAL,     /* the records were written, but pages of the input could not be
                             read (a PDF page without a text layer or Unicode map); the
                             message names them and what to do */
} jx_error_code;

/* ---------------------------------------------------------------- grids */

/*
 * A jx_cell is one cell of a table as the source laid it out: its raw text
 * (untouched, markup included), its position and spans, and — for PDF input —
 * the page and box it was drawn in.  Text input leaves page 0 and no box.
 */
typedef struct jx_cell jx_cell;

/* A jx_grid is a table: rows × columns of cells, with spans. */
typedef struct jx_grid jx_grid;

/*
 * A jx_source is an extracted input file: an ordered list of blocks, each
 * either one line of running text or one grid, plus what extraction learnt
 * about the file (encoding, pages, warnings).  Parse reads only this.
 */
typedef struct jx_source jx_source;

typedef enum { JX_BLOCK_LINE, JX_BLOCK_GRID } jx_block_kind;

/* Accessors.  All returned pointers are borrowed from their owner. */
const char *jx_cell_text(const jx_cell *cell);  /* never NULL; "" for an empty cell */
int jx_cell_row(const jx_cell *cell);           /* 0-based */
int jx_cell_col(const jx_cell *cell);           /* 0-based */
int jx_cell_rowspan(const jx_cell *cell);       /* >= 1 */
int jx_cell_colspan(const jx_cell *cell);       /* >= 1 */
int jx_cell_page(const jx_cell *cell);          /* 1-based; 0 when unknown (text input) */
/* Fills the box (PDF points, origin top-left) and returns TRUE, or returns FALSE when the
 * cell has no box (text input). */
gboolean jx_cell_box(const jx_cell *cell, double *x0, double *y0, double *x1, double *y1);

int jx_grid_n_rows(const jx_grid *grid);
int jx_grid_n_cols(const jx_grid *grid);
/* The cell whose top-left corner is at (row, col), or NULL when none starts there
 * (no cell, or a position covered by another cell's span).  Out of range → NULL. */
const jx_cell *jx_grid_cell(const jx_grid *grid, int row, int col);
/* The cell covering (row, col): the one starting there or the span that reaches it. */
const jx_cell *jx_grid_cell_covering(const jx_grid *grid, int row, int col);
/* Source line (1-based) of a row for text input, 0 for PDF. */
int jx_grid_row_line(const jx_grid *grid, int row);
/* Page (1-based) of a row, 0 when unknown. */
int jx_grid_row_page(const jx_grid *grid, int row);

const char *jx_source_name(const jx_source *src);      /* doc id: base name, or "-" */
const char *jx_source_path(const jx_source *src);      /* the path as given */
const char *jx_source_sha256(const jx_source *src);    /* hex digest of the input bytes */
const char *jx_source_format(const jx_source *src);    /* "text", "html", "markdown", "pdf" */
const char *jx_source_encoding(const jx_source *src);  /* "UTF-8", "GB18030", …; NULL for PDF */
int jx_source_pages(const jx_source *src);             /* page count, or 0 when not paged */
guint jx_source_n_blocks(const jx_source *src);
jx_block_kind jx_source_block_kind(const jx_source *src, guint i);
/* The text of a LINE block (raw, not normalized), or NULL for a GRID block. */
const char *jx_source_block_text(const jx_source *src, guint i);
/* The grid of a GRID block, or NULL for a LINE block. */
const jx_grid *jx_source_block_grid(const jx_source *src, guint i);
/* Source line (1-based) where block i starts (text input), else 0. */
int jx_source_block_line(const jx_source *src, guint i);
/* Page (1-based) of block i, or 0 when unknown. */
int jx_source_block_page(const jx_source *src, guint i);
/* Warnings extraction raised (e.g. "page 3 has no text layer"); borrowed, NULL-terminated. */
const char *const *jx_source_warnings(const jx_source *src);

/*
 * Reads and extracts the file at `path` ("-" reads standard input).
 * Detects the format (text, markdown, HTML; PDF in a later version) and the
 * text encoding.  `max_bytes` limits the input size (0 = no limit).
 * Returns a new jx_source (free with jx_source_free) or NULL with `error` set.
 */
jx_source *jx_extract_path(const char *path, gsize max_bytes, GError **error);

/*
 * Extracts from bytes already in memory.  `name` is the document id and
 * `path` the path to report (either may be NULL: "-" is used).  `data` is
 * not retained.  Returns a new jx_source or NULL with `error` set.
 */
jx_source *jx_extract_bytes(const char *name, const char *path, const guint8 *data, gsize len,
                            GError **error);

void jx_source_free(jx_source *src);

/*
 * Renders page `page` (1-based) of the PDF at `path` to the PNG file `png`
 * with what extraction sees drawn over it: every long run of ink (grey), the
 * rules kept as a table's frame (red), each ruled table's cells, a merged
 * cell as one box (blue), and the lines of text read outside ruled tables
 * (green) — to see at a glance why a table came out as it did.  FALSE with
 * `error` set when the file or page cannot be read, or with JX_ERROR_OUTPUT
 * when the PNG cannot be written.
 */
gboolean jx_pdf_show(const char *path, int page, const char *png, GError **error);

/* ---------------------------------------------------------------- records */

/*
 * A jx_record is one canonical record (document, indicator, score, funds,
 * budget, fact, finding; see docs/records.md).  Inside the library a record
 * is typed: its kind is an enum, its keys are jx_field values (a misspelt key
 * does not compile), each value a string (numbers are decimal strings), an
 * integer, null, a list of strings or a nested record.  JSON exists only at
 * the edge, in jx_record_to_json and the sinks.
 */
typedef struct jx_record jx_record;
typedef struct jx_record_list jx_record_list;

typedef enum {
    JX_RECORD_DOCUMENT,
    JX_RECORD_INDICATOR,
    JX_RECORD_SCORE,
    JX_RECORD_FUNDS,
    JX_RECORD_BUDGET,
    JX_RECORD_FACT,
    JX_RECORD_FINDING,
    JX_RECORD_VALUE, /* a nested object (a target, an amount, `where`): no "type" key */
} jx_record_kind;

/* Every key of the record contract, in the order docs/records.md lists them. */
typedef enum {
    JX_F_TYPE,
    /* document */
    JX_F_DOC, JX_F_SOURCE, JX_F_SHA256, JX_F_FORMAT, JX_F_ENCODING, JX_F_PAGES, JX_F_TITLE,
    JX_F_KIND, JX_F_YEAR, JX_F_ORG, JX_F_PROJECT, JX_F_AMOUNT, JX_F_WARNINGS, JX_F_NOTES,
    JX_F_IMPLEMENTER, JX_F_OBJECTIVE, JX_F_SCORE_TOTAL, JX_F_GRADE,
    /* indicator */
    JX_F_TABLE, JX_F_ROW, JX_F_PAGE, JX_F_SEQ, JX_F_LEVEL1, JX_F_LEVEL2, JX_F_NAME, JX_F_TASK,
    JX_F_CATEGORY, JX_F_OP, JX_F_VALUE, JX_F_UNIT, JX_F_TEXT, JX_F_HALF, JX_F_FLAGS,
    JX_F_ACTUAL, JX_F_WEIGHT, JX_F_SCORE, JX_F_DEVIATION,
    /* score, funds, budget, fact, finding, nested values */
    JX_F_CODE, JX_F_RATE, JX_F_REASON, JX_F_ITEM, JX_F_PLANNED, JX_F_ADJUSTED, JX_F_SPENT,
    JX_F_BUDGET, JX_F_SUBJECT, JX_F_SEVERITY, JX_F_RULE, JX_F_MESSAGE, JX_F_WHERE,
    JX_F_EXPECTED, JX_F_FOUND, JX_F_ACHIEVED,
    /* added later (additive): report metadata, a fact's place in a finding,
     * the funds a fact's section says reached the project */
    JX_F_EVALUATOR, JX_F_BANDS, JX_F_FACT, JX_F_AVAILABLE,
    /* added later (additive): a self-evaluation's printed group weight and 总分 */
    JX_F_GROUP_WEIGHT, JX_F_WEIGHT_TOTAL,
    JX_F_COUNT
} jx_field;

/* The JSON key of a field ("level1"), or NULL out of range; static storage. */
const char *jx_field_name(jx_field field);
/* The field whose key is `name`; FALSE when the contract has no such key. */
gboolean jx_field_from_name(const char *name, jx_field *field);
/* The "type" string of a record kind ("indicator"), NULL for JX_RECORD_VALUE. */
const char *jx_record_kind_name(jx_record_kind kind);

jx_record_kind jx_record_kind_of(const jx_record *rec);
/* Typed access.  The string value of `field`, or NULL when absent, null or not
 * a string (borrowed). */
const char *jx_record_string(const jx_record *rec, jx_field field);
/* The integer value of `field`, or `fallback` when absent, null or not an integer. */
gint64 jx_record_int(const jx_record *rec, jx_field field, gint64 fallback);
/* The nested record under `field` ("half", "amount"), or NULL.  Borrowed. */
const jx_record *jx_record_sub(const jx_record *rec, jx_field field);
/* The list of strings under `field` ("flags", "warnings"), NULL-terminated,
 * or NULL when absent, null or not a list.  Borrowed: valid while `rec` is
 * unchanged. */
const char *const *jx_record_list_of(const jx_record *rec, jx_field field);
/* TRUE when the record has `field` (even if its value is null). */
gboolean jx_record_has_field(const jx_record *rec, jx_field field);

/* The same by JSON key, for callers that hold keys as text (a CSV column list,
 * a query).  An unknown key reads as absent. */
const char *jx_record_type(const jx_record *rec);  /* "document", "indicator", …; NULL for a value */
/* TRUE when the record has `key` (even if its value is null). */
gboolean jx_record_has(const jx_record *rec, const char *key);
/* The string value of `key`, or NULL when absent, null or not a string.  Borrowed. */
const char *jx_record_get_string(const jx_record *rec, const char *key);
/* The integer value of `key`, or `fallback` when absent, null or not an integer. */
gint64 jx_record_get_int(const jx_record *rec, const char *key, gint64 fallback);
/* The nested record under `key` (e.g. "half", "amount"), or NULL.  Borrowed. */
const jx_record *jx_record_get_record(const jx_record *rec, const char *key);
/* The list of strings under `key` (flags, warnings) as a new NULL-terminated
 * vector (free with g_strfreev), or NULL when absent or null. */
char **jx_record_get_strv(const jx_record *rec, const char *key);
/* The keys of the record in output order, as a new NULL-terminated vector
 * (free with g_strfreev). */
char **jx_record_keys(const jx_record *rec);
/* One line of JSON, no trailing newline, "type" first.  Caller g_free()s. */
char *jx_record_to_json(const jx_record *rec);
/* The value of `key` rendered as text for flat outputs (CSV): strings as is,
 * integers in decimal, lists joined with ";", objects as JSON, null/absent as "".
 * Caller g_free()s. */
char *jx_record_get_text(const jx_record *rec, const char *key);

guint jx_record_list_length(const jx_record_list *list);
const jx_record *jx_record_list_get(const jx_record_list *list, guint i);  /* borrowed */
void jx_record_list_free(jx_record_list *list);
/* Creates an empty list (for records a caller read, e.g. with
 * jx_record_from_json, to give jx_check_records); free with
 * jx_record_list_free. */
jx_record_list *jx_record_list_new(void);
/* Appends `rec`; the list takes ownership of it. */
void jx_record_list_append(jx_record_list *list, jx_record *rec);

/* ---------------------------------------------------------------- parse */

/*
 * Rebuilds the records of one extracted source: the document record first,
 * then, table by table in document order, one indicator record per row of a
 * target table, one score record per row (and per printed parent) of a
 * scoring or indicator-system table, one budget record per amount row of a
 * budget table; then the fact records its running text states
 * (docs/records.md).  Self-evaluation tables are recognized and skipped, which
 * the document's warnings say.  Rows that cannot be rebuilt with confidence are still
 * emitted, with flags saying why.  Never fails on well-formed jx_source input;
 * returns a new list (free with jx_record_list_free).
 */
jx_record_list *jx_parse_source(const jx_source *src);

/* Receives one record; `rec` is borrowed for the call.  Return FALSE to stop. */
typedef gboolean (*jx_record_fn)(const jx_record *rec, gpointer user_data);

/*
 * The streaming form of jx_parse_source: the same records in the same order,
 * handed to `fn` one at a time (the document record first, then each table's
 * indicators as soon as that table is rebuilt) and freed after the call, so
 * memory holds one table's records, not the file's.  Returns FALSE when `fn`
 * stopped it, TRUE otherwise.
 */
gboolean jx_parse_source_each(const jx_source *src, jx_record_fn fn, gpointer user_data);

/*
 * Convenience: jx_extract_path + jx_parse_source.  Returns a new list, or
 * NULL with `error` set when the file cannot be read or decoded.
 */
jx_record_list *jx_parse_path(const char *path, gsize max_bytes, GError **error);

/* ---------------------------------------------------------------- check */

/* One rule of the consistency checker (docs/records.md, finding). */
typedef struct {
    const char *id;       /* stable id: "score.sum", "budget.rate", … */
    const char *severity; /* its usual severity: "error", "warning" or "info" (a rule may
                             say "warning" where a finding is only suspicious) */
    const char *summary;  /* one line: what it checks */
} jx_check_rule;

/* The checker's rules in the order they run; `n` receives how many.  Static storage. */
const jx_check_rule *jx_check_rules(guint *n);

/*
 * Checks one document's records — the document record first, then its rows
 * and facts, as jx_parse_source returns them — and returns a new list of
 * finding records (free with jx_record_list_free): scores that do not add
 * up, rates that do not follow from their figures, totals, grades, the same
 * indicator scored differently in two tables, budget and prose arithmetic,
 * malformed numbers, and target-table oddities (see jx_check_rules).  The
 * findings are ordered by place: the document's own first, then by the
 * record they are about, in document order.  Each names its place in
 * `where` and, for arithmetic, the `expected` and `found` figures.  The input
 * is not modified; any input (empty list, records of another document, odd
 * values) gives a list, never a crash.
 */
jx_record_list *jx_check_records(const jx_record_list *records);

/*
 * Renders the findings of one document for a person: a heading line with the
 * document id and the counts by severity, then the findings grouped by
 * severity (errors first), one line each: where it is (table/row/page, or the
 * fact's number, page and subject), the rule and the message.  `document`
 * may be NULL (the doc id is then taken from the findings, or "-");
 * `records` are the records checked, for the facts' subjects (may be NULL).  Returns
 * a new string (g_free) ending in a newline.
 */
char *jx_check_format_text(const jx_record *document, const jx_record_list *records,
                           const jx_record_list *findings);

/* ---------------------------------------------------------------- sinks */

/* A jx_sink writes records to an output: JSON Lines or CSV (later SQLite, PostgreSQL). */
typedef struct jx_sink jx_sink;

typedef enum { JX_SINK_JSONL, JX_SINK_CSV } jx_sink_format;

typedef enum {
    JX_SINK_CSV_BOM = 1 << 0,   /* CSV: start with a UTF-8 byte-order mark, for Excel */
    JX_SINK_CSV_GUARD = 1 << 1, /* CSV: prefix text that a spreadsheet would run as a formula
                                   (starting with = + - @ tab or CR, other than a plain
                                   number such as -5) with ' */
} jx_sink_flags;

/*
 * Creates a sink writing to `out` (a reference is taken; the caller keeps its own).
 * JSONL writes every record.  CSV writes one row per indicator record under a
 * fixed header (the document's title, year, org and project are repeated on
 * each row so a spreadsheet needs no join); other record types are skipped.
 * Returns a new sink; free with jx_sink_free.
 */
jx_sink *jx_sink_new(jx_sink_format format, GOutputStream *out, unsigned flags);

/* Writes one record.  Returns FALSE with `error` set on an output error. */
gboolean jx_sink_write(jx_sink *sink, const jx_record *rec, GError **error);
/* Writes all records of a list, stopping at the first output error. */
gboolean jx_sink_write_list(jx_sink *sink, const jx_record_list *list, GError **error);
/* Flushes buffered output.  Returns FALSE with `error` set on an output error. */
gboolean jx_sink_flush(jx_sink *sink, GError **error);
/* Releases the sink (does not close the stream).  A database sink rolls back
 * a document not yet ended (jx_sink_end_document).  NULL is allowed. */
void jx_sink_free(jx_sink *sink);
/*
 * Ends the document whose records were written since its document record.
 * A database sink commits it — one transaction per document, or per group
 * of whole documents (jx_db_set_commit_every), so a crash never leaves half
 * of one; a stream sink flushes.  (A database sink also
 * commits the open document when the next document record arrives;
 * jx_sink_flush, which the pipeline calls after each table, never commits.)
 * FALSE with `error` set (JX_ERROR_OUTPUT) when the write failed.
 */
gboolean jx_sink_end_document(jx_sink *sink, GError **error);

/*
 * Reads one line of JSON as jx_record_to_json writes it (a record of the
 * contract, "type" first) back into a record.  Unknown keys are an error, so
 * a reader never drops a field silently.  Returns a new record (free with
 * jx_record_free) or NULL with `error` set (JX_ERROR_FORMAT).
 */
jx_record *jx_record_from_json(const char *line, gssize len, GError **error);
/* The same for many lines: a reader keeps what it learnt of the keys (their
 * fields) from line to line.  One reader per thread; free with
 * jx_json_reader_free. */
typedef struct jx_json_reader jx_json_reader;
jx_json_reader *jx_json_reader_new(void);
jx_record *jx_json_reader_read(jx_json_reader *jr, const char *line, gssize len,
                               GError **error);
void jx_json_reader_free(jx_json_reader *jr);
void jx_record_free(jx_record *rec);

/* ---------------------------------------------------------------- databases */

/*
 * A jx_db is a database of imported documents (docs/schema.sql): a SQLite
 * file, or a PostgreSQL database named by a postgresql:// URI.  Documents
 * are identified by the SHA-256 of their bytes (and keyed in the tables by
 * an integer id); every path they were imported from is kept.  One jx_db
 * is used from one thread.
 */
typedef struct jx_db jx_db;

/*
 * Opens the database `target` — a file path (created when missing; SQLite in
 * WAL mode) or a postgresql:// or postgres:// URI — and creates or migrates
 * its schema to this version.  Returns a new jx_db (free with jx_db_close) or
 * NULL with `error` set (JX_ERROR_IO: cannot open; JX_ERROR_FORMAT: a schema
 * newer than this jixiao; JX_ERROR_UNSUPPORTED: a backend this build lacks).
 */
jx_db *jx_db_open(const char *target, GError **error);
/* Commits the documents written so far and closes the database.  NULL is
 * allowed. */
void jx_db_close(jx_db *db);
/*
 * Documents a database sink and jx_db_link_path put in one transaction
 * (default 1: each its own).  More saves a commit — a log write and a sync —
 * per small document; each document stays whole either way (a crash loses
 * the last group's documents, whole, for the next run to do again).  The
 * caller commits what is left with jx_db_commit (jx_db_close does too).
 */
void jx_db_set_commit_every(jx_db *db, guint documents);
/* Commits the documents written and not yet committed (none: TRUE). */
gboolean jx_db_commit(jx_db *db, GError **error);
/* Takes back the documents written and not yet committed (none: nothing). */
void jx_db_rollback(jx_db *db);
/* TRUE while written documents wait for a commit. */
gboolean jx_db_pending(const jx_db *db);
/*
 * full (the default): a commit is on the disk when it returns, through a
 * power loss.  Not full: it survives a crash of this process (SQLite WAL
 * with synchronous NORMAL; PostgreSQL synchronous_commit off, a crash of
 * the server too short of the machine's), and a power loss may take the
 * last commits back — whole, never part of a document.  Saves a sync per
 * commit.
 */
gboolean jx_db_set_sync(jx_db *db, gboolean full, GError **error);
/* The backend's name ("SQLite", "PostgreSQL"); static storage. */
const char *jx_db_backend_name(const jx_db *db);
/*
 * A bulk load into a database that holds no document yet: its secondary
 * indexes (by year, org, doc, name, …; not the keys, which keep re-imports
 * and the same bytes under two names right) are dropped now and built once,
 * sorted, by jx_db_end_bulk — cheaper than updating each of them row by row,
 * and the commits write no index pages.  SQLite only (a PostgreSQL database
 * is shared by shards that import at once); elsewhere, or on a database that
 * holds documents, nothing is done.  An import stopped before
 * jx_db_end_bulk (a crash, a kill) leaves the indexes to jx_db_open, which
 * builds any that is missing: readers never see the schema without them
 * for longer than the load.
 */
gboolean jx_db_begin_bulk(jx_db *db, GError **error);
/* Builds the indexes jx_db_begin_bulk dropped (nothing when it dropped none). */
gboolean jx_db_end_bulk(jx_db *db, GError **error);

typedef enum {
    JX_DB_NEW,         /* neither the path nor the bytes are in the database */
    JX_DB_UNCHANGED,   /* the path is there with these bytes: nothing to do */
    JX_DB_KNOWN_BYTES, /* the bytes are there under another path: link this one */
    JX_DB_CHANGED,     /* the path is there with other bytes: parse and replace */
} jx_db_state;

/* What the database holds for `path` whose bytes have the hex digest `sha256`.
 * FALSE with `error` set on a database error. */
gboolean jx_db_lookup(jx_db *db, const char *path, const char *sha256, jx_db_state *state,
                      GError **error);
/* Records `path` as one more name of the stored document `sha256` (one
 * transaction; the document the path named before goes if no path is left). */
gboolean jx_db_link_path(jx_db *db, const char *path, const char *sha256, GError **error);
/* Records that `path` did not import: `status` "failed" or "skipped", with
 * `reason`; `sha256` may be NULL.  Replaces an earlier note for the path. */
gboolean jx_db_note_problem(jx_db *db, const char *path, const char *sha256, const char *status,
                            const char *reason, GError **error);
/* Counts the rows of the table holding records of `kind` (documents for
 * JX_RECORD_DOCUMENT); -1 with `error` set on a database error. */
gint64 jx_db_count(jx_db *db, jx_record_kind kind, GError **error);
/*
 * Runs one SQL statement and writes its rows to `out` as tab-separated text,
 * a header line first, NULL for null (for `jixiao query` and demos: the
 * schema is docs/schema.sql).  Nothing stops a statement that writes: the
 * database is the caller's.  FALSE with `error` set on an SQL or output error.
 */
gboolean jx_db_query_tsv(jx_db *db, const char *sql, GOutputStream *out, GError **error);

/*
 * A sink writing into `db` (borrowed: it must outlive the sink).  Each
 * document record starts a transaction: the document row (or nothing when
 * its bytes are already stored), its path, and then every record written
 * until jx_sink_end_document commits.  A path that named other bytes before
 * is moved to the new document, and the old one removed when no path is left.
 * Returns a new sink; free with jx_sink_free.
 */
jx_sink *jx_sink_new_db(jx_db *db);
/* jx_sink_write with `json` the record as jx_record_append_json writes it
 * (e.g. read from a worker): a database sink stores it as the `record`
 * column as it is instead of writing it again; other sinks write `rec`. */
gboolean jx_sink_write_json(jx_sink *sink, const jx_record *rec, const char *json,
                            GError **error);

typedef enum { JX_EXPORT_CSV, JX_EXPORT_JSONL, JX_EXPORT_XLSX } jx_export_format;

/*
 * Writes the records of `db` to the file `path` ("-": standard output; not
 * for XLSX).  `what` is a NULL-terminated list of table names ("documents",
 * "indicators", "scores", "funds", "budgets", "facts", "findings"), or NULL
 * for all.  JSONL: the records as imported, each document followed by its
 * records.  CSV: one table (exactly one name in `what`), a header, each row
 * with its document's title, year, org and project; `excel` adds a BOM and
 * guards formula-like text.  XLSX: one sheet per table, a bold frozen header
 * with an autofilter, numbers as numbers, columns as wide as their text
 * (a CJK character counting two).  FALSE with `error` set: JX_ERROR_FORMAT
 * for a bad `what`, JX_ERROR_OUTPUT when the file cannot be written.
 */
gboolean jx_db_export(jx_db *db, jx_export_format format, const char *const *what,
                      gboolean excel, const char *path, GError **error);

/* ---------------------------------------------------------------- grids out */

typedef enum { JX_GRIDS_JSONL, JX_GRIDS_CSV } jx_grids_format;

/*
 * Writes the grids of `src` — every table extraction found, whatever it holds,
 * not only target tables — to `out` (a reference is not taken; the stream is
 * not closed).  JSONL: one object per grid, {"type":"grid","doc","table"
 * (1-based among the written grids),"page","line","rows","cols","cells":[{
 * "row","col","rowspan","colspan","page","box":[x0,y0,x1,y1] or null,
 * "text"}]}.  CSV: a header, then one line per cell (doc, table, page, row,
 * col, rowspan, colspan, x0, y0, x1, y1, text).  Grids on pages outside
 * [first_page, last_page] are left out (0: no bound; text input has no
 * pages and is always written).  `header`: write the CSV header line (the
 * first file of a batch).  FALSE with `error` set on an output error.
 */
gboolean jx_write_grids(const jx_source *src, jx_grids_format format, int first_page,
                        int last_page, gboolean header, GOutputStream *out, GError **error);

/* ---------------------------------------------------------------- pipeline */

/*
 * Reads, parses and writes one file: jx_extract_path, jx_parse_source_each,
 * jx_sink_write, with the sink flushed after each table so that a run killed
 * half-way has the tables it finished on disk.  Returns FALSE with `error`
 * set: JX_ERROR_OUTPUT when writing failed (the file's records may be
 * partly written); JX_ERROR_PARTIAL when every record was written but pages
 * could not be read (scanned pages of a PDF: the message names them and what
 * to do; the document record warns of each); any other code when the input
 * could not be read (nothing of it was written).
 */
gboolean jx_parse_path_to_sink(const char *path, gsize max_bytes, jx_sink *sink, GError **error);

/*
 * The files `path` names: itself when it is not a folder; when it is, every
 * file under it, every level down, sorted by path (byte order, so the same
 * on every machine), symbolic links to folders not followed (they could
 * lead back up).  A NULL-terminated array the caller frees with g_strfreev;
 * NULL with `error` set (JX_ERROR_IO) when `path` or a folder under it
 * cannot be read.  What `jixiao parse`, `check` and `import` do with a
 * folder they are given.
 */
char **jx_files_under(const char *path, GError **error);

/* ---------------------------------------------------------------- import */

/*
 * A jx_import imports files into a jx_db: folders walked, the file list
 * sorted, each file's SHA-256 checked against the database before anything
 * is parsed, and each document parsed in a worker process — `worker
 * import-worker` (jx_import_serve), started once per job and fed paths,
 * whose records (with their column values) the importer writes into the database,
 * with the findings jx_check_records makes of them, each document whole
 * (committed in groups of up to a second's documents; only this process
 * writes).  A worker that
 * crashes, runs past the time limit or out of memory costs only its file,
 * which is recorded as failed with the reason; images, archives, empty and
 * binary files are recorded as skipped.  Run it again after any interruption
 * and it does the rest.
 */
typedef struct jx_import jx_import;

typedef enum {
    JX_IMPORT_IMPORTED,  /* parsed and stored (new or replacing) */
    JX_IMPORT_REPLACED,  /* of those, replacing other bytes at the same path */
    JX_IMPORT_LINKED,    /* the bytes were stored under another path: path added */
    JX_IMPORT_UNCHANGED, /* already stored with these bytes: nothing done */
    JX_IMPORT_FAILED,    /* the worker crashed, hung or ran out of memory */
    JX_IMPORT_SKIPPED,   /* not a document (image, archive, empty, binary, unreadable) */
    JX_IMPORT_N_OUTCOMES
} jx_import_outcome;

/* A new import into `db` (borrowed; it must outlive the import) whose
 * workers run the program `worker` (the jixiao binary: its hidden
 * `import-worker` command).  Defaults: 1 job, no shard, 120 s and 2048 MiB per document,
 * no progress line.  Free with jx_import_free. */
jx_import *jx_import_new(jx_db *db, const char *worker);
void jx_import_free(jx_import *imp);
/* Worker processes run at once (>= 1). */
void jx_import_set_jobs(jx_import *imp, int jobs);
/* Takes slice `index` (1-based) of `count` equal slices of the sorted file
 * list, so `count` machines can share one archive. */
void jx_import_set_shard(jx_import *imp, int index, int count);
/* Per document: wall-clock seconds and address space (MiB) of its worker;
 * 0 means no limit.  The memory limit is not applied in an AddressSanitizer
 * build (the sanitizer reserves terabytes of address space). */
void jx_import_set_limits(jx_import *imp, double seconds, gsize megabytes);
/* Fixes the commit groups at `documents` per transaction, with no time
 * bound (the last group is committed at the end of the run); 0: the
 * default, 512 documents or one second, whichever comes first.  For
 * benchmarks: a group closed by the clock makes the importer's work follow
 * the host's load, a fixed one makes two runs do the same work. */
void jx_import_set_commit_group(jx_import *imp, guint documents);
/* Draws one progress line on standard error, redrawn in place. */
void jx_import_set_progress(jx_import *imp, gboolean on);

/*
 * Imports the files and folders of `inputs` (NULL-terminated).  A file that
 * fails or is skipped does not stop the run.  FALSE with `error` set only
 * when the database cannot be written (JX_ERROR_OUTPUT) or an input path
 * does not exist (JX_ERROR_IO, before anything is imported); what was
 * committed before stays.
 */
gboolean jx_import_run(jx_import *imp, const char *const *inputs, GError **error);

/* Files with `outcome` in the last run. */
guint jx_import_count(const jx_import *imp, jx_import_outcome outcome);
/* Records of `kind` written in the last run (JX_RECORD_DOCUMENT: documents). */
guint64 jx_import_records(const jx_import *imp, jx_record_kind kind);
/* Findings written in the last run with `severity` ("error", "warning", "info"). */
guint64 jx_import_findings(const jx_import *imp, const char *severity);
/* The files that failed or were skipped, in file-list order: count, then
 * each one's path, outcome and reason (borrowed, valid until the next run). */
guint jx_import_n_problems(const jx_import *imp);
void jx_import_problem(const jx_import *imp, guint i, const char **path,
                       jx_import_outcome *outcome, const char **reason);

/*
 * The worker side of jx_import, behind the hidden `jixiao import-worker`:
 * reads files from `in`, each as its key — its SHA-256 in lowercase hex, a
 * space and the file's stamp (device:inode:size:mtime:ctime, the times as
 * seconds.nanoseconds) taken when it was hashed — and its path, each of the
 * two ended by a NUL byte.  The digest is the document's, the file not
 * hashed again, when the file still has that stamp after it has been read;
 * when it no longer has it the answer is "skipped" (the file changed after
 * it was hashed) and no record is sent; a key without a stamp, or with a
 * malformed digest, is not taken: the digest is computed.  It answers each
 * on `out`
 * with the document's records — each its JSON line, as `jixiao parse`
 * writes it, followed by its column values ready to bind (a length-prefixed
 * frame, store/db.h) — and then one end-of-document line: a line starting
 * with the byte 0x1E (a record starts with '{'), then "ok", or "skipped", a
 * tab and why the file could not be read.  Returns at the
 * end of `in`; FALSE with `error` set only when `in` cannot be read or `out`
 * written.
 */
gboolean jx_import_serve(GInputStream *in, GOutputStream *out, GError **error);

G_END_DECLS

#endif /* JIXIAO_H */
