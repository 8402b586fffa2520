-- schema.sql — the database `jixiao import` writes (schema version 6).
--
-- One file for SQLite and PostgreSQL: only types and statements both accept
-- (TEXT, INTEGER, BIGINT, NUMERIC; CREATE … IF NOT EXISTS).  One key is not
-- natural: `documents.id`, which SQLite assigns as the table's rowid (INTEGER
-- PRIMARY KEY) and PostgreSQL from a sequence the backend adds after this
-- file (store/postgres.c).  The library embeds this file at build time: it is
-- always the whole current schema, run as it is on a new database.  A database
-- made by an older jixiao is brought forward in place, never rebuilt, one
-- version at a time (store/db.c, each recorded in schema_version): the
-- columns a version added (ALTER TABLE … ADD COLUMN) filled from each row's
-- stored `record`, so old rows read as if imported now.
--   version 1: the tables below without the columns marked "v2", "v3" or "v4"
--   version 2: documents evaluator, bands, weight_total; indicators
--              group_weight; facts available_value, available_unit;
--              findings where_fact (fields the record contract gained)
--   version 3: funds flags (a funds row the parser read by a guess)
--   version 4: indicators project (the project a table names for itself in a
--              document holding several projects' tables; NULL: the
--              document's, documents.project)
--   version 5: documents get an integer key, `id`; `paths` and the record
--              tables refer to it (`doc_id`) instead of the digest, and the
--              record tables lose their copy of the document's name (`doc`,
--              in documents) and its index.  The tables are rebuilt, rows
--              and digests kept, ids given in the order the documents were
--              stored.
--   version 6: the record tables' foreign key to documents is DEFERRABLE
--              INITIALLY DEFERRED (checked at COMMIT; the six tables
--              rebuilt, rows kept).
--
-- A document is identified by the SHA-256 of its bytes.  `paths` maps every
-- path it was imported from to that digest: the same bytes under two names
-- are one document with two paths; a changed file at a known path moves the
-- path to the new digest and the old document goes when no path is left.
-- Every record table holds, per row: the document's id (`doc_id`, foreign
-- key, cascading), `ord` (the record's position in the document, so the pair
-- is the key and a re-import cannot duplicate), the typed columns of the record
-- contract (docs/records.md; a nested object such as `half` or `budget` is
-- flattened to half_value, budget_unit, …), and `record`, the record as the
-- parser wrote it (one line of JSON), so nothing is lost and JSON Lines
-- export gives the records back byte for byte.
--
-- Why an integer key (version 5): the record tables' key was (sha256, ord),
-- and the digest scatters a new document's rows over every leaf page of that
-- key's B-tree — each commit of an import wrote all of them again, and every
-- row carried 64 bytes of digest.  Ids grow with each stored document, so
-- new rows go at the end of the key and of the table.  Join a record table
-- to its document with `JOIN documents d ON d.id = t.doc_id`.
--
-- Why deferred foreign keys (version 6): a document's records go in by
-- INSERTs of many rows each (store/sqlite.c), and SQLite gives a statement
-- that writes several rows, into a table whose foreign key is checked at
-- once, a statement journal — every page it touches copied first, in case
-- that statement alone must be undone.  Checked at COMMIT, the key needs
-- none.  What it guarantees is the same: no record row without its
-- document when the transaction ends; a document's deletion still takes its
-- records with it at once (ON DELETE CASCADE is never deferred).
--
-- Numbers in the records are decimal strings; here they are NUMERIC columns
-- (value_num next to an indicator's `value`, which may be a date or text).
-- A cell that is not a plain decimal number is NULL in its numeric column and
-- stays readable in `record`.  (SQLite keeps a NUMERIC value as an integer or
-- a double — 12.50 reads back as 12.5, a decimal of more than 15 digits is
-- rounded; the digits as written are in `record`.  PostgreSQL's NUMERIC is
-- exact.)  Lists (flags, warnings, notes) are JSON arrays
-- in TEXT columns.

CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER NOT NULL PRIMARY KEY,
    applied_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
    id                 INTEGER PRIMARY KEY,    -- v5
    sha256             TEXT NOT NULL UNIQUE,
    doc                TEXT NOT NULL,
    format             TEXT,
    encoding           TEXT,
    pages              INTEGER,
    title              TEXT,
    kind               TEXT,
    year               INTEGER,
    org                TEXT,
    project            TEXT,
    amount_value       NUMERIC,
    amount_unit        TEXT,
    amount_text        TEXT,
    warnings           TEXT,
    notes              TEXT,
    implementer        TEXT,
    objective_planned  TEXT,
    objective_achieved TEXT,
    score_total        NUMERIC,
    grade              TEXT,
    imported_at        TEXT NOT NULL,
    record             TEXT NOT NULL,
    -- v2 (after `record`, where ALTER TABLE … ADD COLUMN puts them)
    evaluator          TEXT,
    bands              TEXT,    -- a JSON array, e.g. ["优>=90","良>=80"]
    weight_total       NUMERIC
);
CREATE INDEX IF NOT EXISTS documents_year ON documents (year);
CREATE INDEX IF NOT EXISTS documents_org ON documents (org);
CREATE INDEX IF NOT EXISTS documents_doc ON documents (doc);

CREATE TABLE IF NOT EXISTS paths (
    path        TEXT NOT NULL PRIMARY KEY,
    doc_id      INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE, -- v5
    imported_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS paths_doc_id ON paths (doc_id);

-- Files that did not import: status 'failed' (the worker crashed, hung, ran
-- out of memory) or 'skipped' (not a document: an image, an archive, an
-- empty or binary file), with the reason.  A later import of the path that
-- succeeds removes its row.
CREATE TABLE IF NOT EXISTS problems (
    path    TEXT NOT NULL PRIMARY KEY,
    sha256  TEXT,
    status  TEXT NOT NULL,
    reason  TEXT NOT NULL,
    seen_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS indicators (
    doc_id       INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, -- v6
    ord          INTEGER NOT NULL,
    table_no     INTEGER,
    row_no       INTEGER,
    page         INTEGER,
    seq          INTEGER,
    level1       TEXT,
    level2       TEXT,
    name         TEXT,
    task         TEXT,
    category     TEXT,
    op           TEXT,
    value        TEXT,
    value_num    NUMERIC,
    kind         TEXT,
    unit         TEXT,
    text         TEXT,
    half_op      TEXT,
    half_value   TEXT,
    half_kind    TEXT,
    half_unit    TEXT,
    half_text    TEXT,
    actual_op    TEXT,
    actual_value TEXT,
    actual_kind  TEXT,
    actual_unit  TEXT,
    actual_text  TEXT,
    weight       NUMERIC,
    score        NUMERIC,
    deviation    TEXT,
    flags        TEXT,
    record       TEXT NOT NULL,
    group_weight NUMERIC, -- v2
    project      TEXT, -- v4
    PRIMARY KEY (doc_id, ord)
);
CREATE INDEX IF NOT EXISTS indicators_category ON indicators (category);
CREATE INDEX IF NOT EXISTS indicators_name ON indicators (name);

CREATE TABLE IF NOT EXISTS scores (
    doc_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, -- v6
    ord      INTEGER NOT NULL,
    table_no INTEGER,
    row_no   INTEGER,
    page     INTEGER,
    code     TEXT,
    level1   TEXT,
    level2   TEXT,
    name     TEXT,
    weight   NUMERIC,
    score    NUMERIC,
    rate     NUMERIC,
    reason   TEXT,
    record   TEXT NOT NULL,
    PRIMARY KEY (doc_id, ord)
);
CREATE INDEX IF NOT EXISTS scores_name ON scores (name);

CREATE TABLE IF NOT EXISTS funds (
    doc_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, -- v6
    ord      INTEGER NOT NULL,
    table_no INTEGER,
    row_no   INTEGER,
    page     INTEGER,
    item     TEXT,
    planned  NUMERIC,
    adjusted NUMERIC,
    spent    NUMERIC,
    weight   NUMERIC,
    rate     NUMERIC,
    score    NUMERIC,
    record   TEXT NOT NULL,
    flags    TEXT, -- v3: JSON array, e.g. ["stream-ambiguous"]
    PRIMARY KEY (doc_id, ord)
);

CREATE TABLE IF NOT EXISTS budgets (
    doc_id       INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, -- v6
    ord          INTEGER NOT NULL,
    table_no     INTEGER,
    row_no       INTEGER,
    page         INTEGER,
    name         TEXT,
    budget_value NUMERIC,
    budget_unit  TEXT,
    spent_value  NUMERIC,
    spent_unit   TEXT,
    rate         NUMERIC,
    text         TEXT,
    record       TEXT NOT NULL,
    PRIMARY KEY (doc_id, ord)
);
CREATE INDEX IF NOT EXISTS budgets_name ON budgets (name);

-- A fact's `available`: the funds its section says reached the project.
CREATE TABLE IF NOT EXISTS facts (
    doc_id       INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, -- v6
    ord          INTEGER NOT NULL,
    page         INTEGER,
    subject      TEXT,
    budget_value NUMERIC,
    budget_unit  TEXT,
    spent_value  NUMERIC,
    spent_unit   TEXT,
    rate         NUMERIC,
    text         TEXT,
    record       TEXT NOT NULL,
    available_value NUMERIC, -- v2
    available_unit  TEXT,    -- v2
    PRIMARY KEY (doc_id, ord)
);

CREATE TABLE IF NOT EXISTS findings (
    doc_id      INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, -- v6
    ord         INTEGER NOT NULL,
    severity    TEXT,
    rule        TEXT,
    message     TEXT,
    where_table INTEGER,
    where_row   INTEGER,
    where_page  INTEGER,
    expected    NUMERIC,
    found       NUMERIC,
    record      TEXT NOT NULL,
    where_fact  INTEGER, -- v2: a finding about a fact: its 1-based index
    PRIMARY KEY (doc_id, ord)
);
CREATE INDEX IF NOT EXISTS findings_severity ON findings (severity);
CREATE INDEX IF NOT EXISTS findings_rule ON findings (rule);
