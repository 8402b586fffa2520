#!/usr/bin/env python3
"""import_test.py — `jixiao import` and `jixiao export` as a user runs them.

Each case builds a folder of documents from corpus/ in a fresh temporary
directory, runs the CLI ($JX_CLI) and reads the SQLite database back with
Python's sqlite3 module:

  import             counts per record type equal what `jixiao parse` gives
  reimport           nothing changes the second time (all unchanged)
  modify             a changed file replaces its records; the old bytes go
  same_bytes         one document, two paths
  junk               images, archives, empty and binary files are skipped
                     with a reason, the rest imported, exit status 0
  crash_hang         a worker that crashes and one that hangs are recorded
                     as failed (database and summary), the rest imported
  crash_in_batch     the same inside a worker's batch of files (-j 1, 42
                     files): only the bad two fail
  kill9              the importer killed with SIGKILL at several moments,
                     then run again: the same counts as a clean import, no
                     duplicates
  progress           a progress line on a terminal (a pty), none with --quiet
  shard              --shard 1/2 and 2/2 at once into one new database = a
                     whole import
  xlsx               the workbook read back (zipfile + XML): one sheet per
                     table, bold frozen header, autofilter, numbers typed,
                     cells equal to the records
  projects           a file of two projects' tables: each table's project in the
                     database and the flat export
  export_jsonl       JSON Lines export gives back what `jixiao parse` wrote
  readme_queries     the README's sample queries run (`jixiao query`) on an
                     import of the corpus; the 满意度 targets and the reports
                     with errors are found
  worker_protocol    a file name with a line end and the end-of-document byte
                     imports under its exact name; a worker that dies after a
                     document's records, before its end line, stores none
  long_answer        answers read in pieces that do not follow documents (a
                     document filling many reads of the pipe; a read holding
                     one document's end and the next one's start) store every
                     record as `jixiao parse` writes it
  dash_name          a file named "-" given as an argument is stored under
                     "-", the name the user gave, and found unchanged the
                     next time
  commit_fails       a grouped commit that fails: the documents of the
                     group are reported failed with the reason, not
                     imported, and the next run imports them.  SQLite: a
                     full disk — the importer may not grow any file past
                     FULL_DISK_BYTES (RLIMIT_FSIZE), so its WAL cannot take
                     the group's pages at COMMIT, nor later the problem
                     rows; PostgreSQL: a deferred constraint trigger that
                     refuses the commit
  migrate            a database made by schema version 1 (tests/schema_v1.sql)
                     is brought to version 6, its new columns filled from
                     the stored records, its rows keyed by document ids;
                     export shows them
  migrate_v4         a database of schema version 4 (tests/schema_v4.sql,
                     the digest as every table's key) holding a real import
                     is rebuilt with integer document keys: the same JSON
                     Lines export, the same paths, a re-import finds every
                     file unchanged, a changed file replaces its records

With --pg the same cases run against PostgreSQL: the script starts a server
of its own (Debian's postgresql package: initdb and pg_ctl in a temporary
folder, on a free loopback port, as the unprivileged user `postgres` — or
`nobody` — when run as root), gives each case a fresh database, reads it back
with `jixiao query`, and stops the server at the end.  When no server can be
installed or started it says why and exits 77, which ctest reports as a skip.

Crashes and hangs are made with JX_IMPORT_WORKER, which the CLI honours for
the tests: it names the program run as the worker (`WORKER import-worker`,
fed paths on its standard input, each ended by a NUL byte).  Here it is a
Python script that kills itself with SIGSEGV at a path named *crash*, sleeps
at one named *hang*, and hands every other path to a real
`jixiao import-worker`.
"""
import csv
import hashlib
import io
import json
import os
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

CLI = os.environ.get("JX_CLI")
SRC = os.environ.get("JX_SOURCE_DIR")
TABLES = {"document": "documents", "indicator": "indicators", "score": "scores",
          "funds": "funds", "budget": "budgets", "fact": "facts", "finding": "findings"}


def corpus_docs():
    """The corpus documents (not their expected records), sorted."""
    d = os.path.join(SRC, "corpus")
    return sorted(os.path.join(d, f) for f in os.listdir(d)
                  if re.search(r"\.(txt|md|html)$", f) and f != "README.md")


def run(args, env=None, timeout=600, preexec_fn=None):
    e = dict(os.environ)
    if env:
        e.update(env)
    return subprocess.run([CLI] + args, capture_output=True, text=True, env=e,
                          timeout=timeout, preexec_fn=preexec_fn)


def parse_counts(files):
    """Records per type as `jixiao parse` writes them for `files`, and the
    findings `jixiao check` makes of them (the importer stores both)."""
    p = run(["parse"] + files)
    counts = {}
    for line in p.stdout.splitlines():
        t = json.loads(line)["type"]
        counts[t] = counts.get(t, 0) + 1
    c = run(["check", "--format", "jsonl"] + files)
    for line in c.stdout.splitlines():
        if json.loads(line)["type"] == "finding":
            counts["finding"] = counts.get("finding", 0) + 1
    return counts


PG = {}  # with --pg: "base" (URI without the database), "n" (databases made)


def new_db(tmp, name):
    """A fresh database for a case: a SQLite file in `tmp`, or a new PostgreSQL database."""
    if not PG:
        return os.path.join(tmp, name)
    PG["n"] += 1
    dbname = "case%d" % PG["n"]
    subprocess.run(["psql", "-q", "-X", PG["base"] + "/postgres", "-c",
                    "CREATE DATABASE " + dbname], check=True, capture_output=True)
    return PG["base"] + "/" + dbname


def literal(v):
    if v is None:
        return "NULL"
    if isinstance(v, int):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


def query(db, sql, *params):
    """Rows as tuples; integers as int, the rest as str (NULL as None)."""
    if not db.startswith("postgresql://"):
        con = sqlite3.connect(db)
        rows = con.execute(sql, params).fetchall()
        con.close()
        return rows
    for v in params:
        sql = sql.replace("?", literal(v), 1)
    p = run(["query", "--db", db, sql])
    assert p.returncode == 0, p.stderr
    rows = []
    for line in p.stdout.splitlines()[1:]:
        row = []
        for v in line.split("\t"):
            row.append(None if v == "NULL" else int(v) if re.fullmatch(r"-?\d+", v) else v)
        rows.append(tuple(row))
    return rows


def db_counts(db):
    counts = {}
    for t, table in TABLES.items():
        n = query(db, f"SELECT COUNT(*) FROM {table}")[0][0]
        if n:
            counts[t] = n
    return counts


def summary_value(out, word):
    m = re.search(r"^\s+%s\s+(\d+)" % word, out, re.M)
    assert m, f"no '{word}' line in the summary:\n{out}"
    return int(m.group(1))


def check(cond, msg):
    if not cond:
        raise AssertionError(msg)


def distinct_copies(tmp, n):
    """n documents with distinct bytes (corpus UTF-8 files, each with its own
    number of trailing newlines, which parse to the same records)."""
    docs = [f for f in corpus_docs() if "utf16" not in f and "gb18030" not in f]
    os.makedirs(os.path.join(tmp, "in"), exist_ok=True)
    out = []
    for i in range(n):
        src = docs[i % len(docs)]
        dst = os.path.join(tmp, "in", "%03d_%s" % (i, os.path.basename(src)))
        with open(src, "rb") as f:
            data = f.read()
        with open(dst, "wb") as f:
            f.write(data + b"\n" * (1 + i // len(docs)))
        out.append(dst)
    return out


# ---------------------------------------------------------------- cases

def case_import(tmp):
    files = corpus_docs()
    folder = os.path.join(tmp, "docs")
    os.makedirs(os.path.join(folder, "sub", "deeper"))
    placed = []
    for i, f in enumerate(files):
        where = folder if i % 3 == 0 else os.path.join(folder, "sub") if i % 3 == 1 \
            else os.path.join(folder, "sub", "deeper")
        shutil.copy(f, where)
        placed.append(os.path.join(where, os.path.basename(f)))
    db = new_db(tmp, "a.sqlite")
    p = run(["import", "--db", db, "-j", "2", folder])
    check(p.returncode == 0, f"exit {p.returncode}: {p.stderr}")
    check(p.stderr == "", f"no progress line in a pipe, got: {p.stderr!r}")
    want = parse_counts(sorted(placed))
    check(db_counts(db) == want, f"db {db_counts(db)} != parse {want}")
    check(summary_value(p.stdout, "imported") == len(files), p.stdout)
    if not PG:
        check(query(db, "PRAGMA journal_mode")[0][0] == "wal", "WAL mode")
    check(query(db, "SELECT MAX(version) FROM schema_version")[0][0] == 6, "schema version")
    # reimport: nothing changes
    before = query(db, "SELECT sha256, imported_at FROM documents ORDER BY 1")
    p = run(["import", "--db", db, "-j", "2", folder])
    check(p.returncode == 0, p.stderr)
    check(summary_value(p.stdout, "unchanged") == len(files), p.stdout)
    check(summary_value(p.stdout, "imported") == 0, p.stdout)
    check(db_counts(db) == want, "counts changed on re-import")
    check(query(db, "SELECT sha256, imported_at FROM documents ORDER BY 1") == before,
          "documents rewritten on re-import")


def case_modify(tmp):
    files = distinct_copies(tmp, 3)
    db = new_db(tmp, "m.sqlite")
    check(run(["import", "--db", db, os.path.join(tmp, "in")]).returncode == 0, "first import")
    old, old_id = query(db, "SELECT d.sha256, d.id FROM paths p JOIN documents d "
                            "ON d.id = p.doc_id WHERE p.path = ?", files[0])[0]
    # the first file now holds another document's table
    other = [f for f in corpus_docs() if "08_civil" in f][0]
    shutil.copy(other, files[0])
    p = run(["import", "--db", db, os.path.join(tmp, "in")])
    check(p.returncode == 0, p.stderr)
    check(summary_value(p.stdout, "imported") == 1, p.stdout)
    check("1 replaced" in p.stdout, p.stdout)
    check(summary_value(p.stdout, "unchanged") == 2, p.stdout)
    check(query(db, "SELECT COUNT(*) FROM documents WHERE sha256 = ?", old)[0][0] == 0,
          "the old document is still there")
    # its records go with it from every table (the importer deletes them
    # itself: its own writes are not checked against the foreign keys, so no
    # cascade runs for it), and no row is left without its document
    for table in ("indicators", "scores", "funds", "budgets", "facts", "findings"):
        check(query(db, "SELECT COUNT(*) FROM %s WHERE doc_id = ?" % table, old_id)[0][0] == 0,
              "the old document's %s are still there" % table)
    if not PG:
        check(query(db, "PRAGMA foreign_key_check") == [], "rows without their document")
    check(db_counts(db) == parse_counts(sorted(files)), "counts after replace")


def case_same_bytes(tmp):
    os.makedirs(os.path.join(tmp, "in"))
    src = corpus_docs()[0]
    a, b = os.path.join(tmp, "in", "a.txt"), os.path.join(tmp, "in", "b.txt")
    shutil.copy(src, a)
    shutil.copy(src, b)
    db = new_db(tmp, "s.sqlite")
    p = run(["import", "--db", db, os.path.join(tmp, "in")])
    check(p.returncode == 0, p.stderr)
    check(query(db, "SELECT COUNT(*) FROM documents")[0][0] == 1, "one document")
    check(sorted(r[0] for r in query(db, "SELECT path FROM paths")) == [a, b], "both paths")
    check(summary_value(p.stdout, "linked") == 1, p.stdout)
    n = parse_counts([a]).get("indicator", 0)
    check(query(db, "SELECT COUNT(*) FROM indicators")[0][0] == n, "indicators stored once")
    # one name removed from the folder and changed: the other keeps the document
    with open(a, "ab") as f:
        f.write(b"\n\n")
    run(["import", "--db", db, os.path.join(tmp, "in")])
    check(query(db, "SELECT COUNT(*) FROM documents")[0][0] == 2, "two documents now")
    check(query(db, "SELECT COUNT(*) FROM indicators")[0][0] == 2 * n, "both stored")


def case_junk(tmp):
    d = os.path.join(tmp, "in")
    os.makedirs(d)
    good = corpus_docs()[:2]
    for f in good:
        shutil.copy(f, d)
    # a Word file is a ZIP too, and a document: imported, not skipped
    shutil.copy(os.path.join(SRC, "tests", "office", "spans.docx"), d)
    with open(os.path.join(d, "logo.png"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with open(os.path.join(d, "photo.jpg"), "wb") as f:
        f.write(b"\xff\xd8\xff\xe0" + bytes(200))
    with open(os.path.join(d, "archive.zip"), "wb") as f:
        f.write(b"PK\x03\x04" + bytes(100))
    open(os.path.join(d, "empty.txt"), "wb").close()
    with open(os.path.join(d, "data.bin"), "wb") as f:
        f.write(bytes(range(256)) * 16)
    db = new_db(tmp, "j.sqlite")
    p = run(["import", "--db", db, d])
    check(p.returncode == 0, f"junk is not a failure: exit {p.returncode} {p.stderr}")
    check(summary_value(p.stdout, "imported") == 3, p.stdout)
    check(summary_value(p.stdout, "skipped") == 5, p.stdout)
    check(query(db, "SELECT format FROM documents WHERE format = 'docx'") == [("docx",)],
          "the .docx is not among the documents")
    for name, why in [("logo.png", "PNG"), ("photo.jpg", "JPEG"), ("archive.zip", "ZIP"),
                      ("empty.txt", "empty"), ("data.bin", "")]:
        check(re.search(r"skipped .*%s: .*%s" % (re.escape(name), why), p.stdout),
              f"{name} not reported: {p.stdout}")
    rows = query(db, "SELECT status, COUNT(*) FROM problems GROUP BY status")
    check(rows == [("skipped", 5)], f"problems table: {rows}")


# The frame of the fake workers below: the requests the importer sends (a
# digest and a path, each ended by a NUL) read one at a time, and the real
# `jixiao import-worker` given one file alone
WORKER_FRAME = """#!%s
import os, signal, subprocess, sys, time
CLI = %r


def requests():
    buf = b""
    while True:
        while buf.count(b"\\0") < 2:
            more = os.read(0, 4096)
            if not more:
                return
            buf += more
        key, path, buf = buf.split(b"\\0", 2)
        yield key, path


def real_worker(key, path, **kw):
    return subprocess.run([CLI, "import-worker"], input=key + b"\\0" + path + b"\\0", **kw)


"""


def write_worker(tmp, name, body):
    """A fake worker script in tmp: WORKER_FRAME, then `body`."""
    w = os.path.join(tmp, name)
    with open(w, "w") as f:
        f.write(WORKER_FRAME % (sys.executable, CLI) + body)
    os.chmod(w, 0o755)
    return w


# jixiao import-worker, one file at a time, until a path named *crash* (the
# worker dies of SIGSEGV), *partial* (it writes the document's records and
# dies before the end line) or *hang* (it never answers): each other file is
# answered by the real worker
FAULT_WORKER = """
for key, path in requests():
    if b"crash" in path:
        os.kill(os.getpid(), signal.SIGSEGV)
    if b"hang" in path:
        time.sleep(600)
    if b"partial" in path:
        # the document's records, then death before its end line
        out = real_worker(key, path, capture_output=True).stdout
        os.write(1, out[:out.rindex(b"\\x1e")])
        os.kill(os.getpid(), signal.SIGSEGV)
    status = real_worker(key, path).returncode
    if status:
        sys.exit(status)
"""


def fault_worker(tmp):
    return write_worker(tmp, "worker.sh", FAULT_WORKER)


def case_crash_hang(tmp):
    files = distinct_copies(tmp, 4)
    d = os.path.join(tmp, "in")
    with open(os.path.join(d, "crash.txt"), "wb") as f:
        f.write(open(files[0], "rb").read() + b"\n\n\n\n\n\n")
    with open(os.path.join(d, "hang.txt"), "wb") as f:
        f.write(open(files[1], "rb").read() + b"\n\n\n\n\n\n")
    db = new_db(tmp, "c.sqlite")
    t0 = time.time()
    p = run(["import", "--db", db, "-j", "2", "--timeout", "3", d],
            env={"JX_IMPORT_WORKER": fault_worker(tmp)})
    check(time.time() - t0 < 60, "the hanging worker held the batch up")
    check(p.returncode == 1, f"exit {p.returncode} (1 expected: some failed) {p.stderr}")
    check(summary_value(p.stdout, "imported") == 4, p.stdout)
    check(summary_value(p.stdout, "failed") == 2, p.stdout)
    check(re.search(r"failed .*crash\.txt: the parser crashed \(signal 11", p.stdout), p.stdout)
    check(re.search(r"failed .*hang\.txt: no result within 3 s", p.stdout), p.stdout)
    rows = query(db, "SELECT path, status, reason FROM problems ORDER BY path")
    check([(os.path.basename(r[0]), r[1]) for r in rows] ==
          [("crash.txt", "failed"), ("hang.txt", "failed")], f"problems: {rows}")
    check(db_counts(db) == parse_counts(sorted(files)), "the rest imported")
    # run again with a good worker: the failed ones import, their problem rows go
    p = run(["import", "--db", db, d])
    check(p.returncode == 0, p.stderr)
    check(summary_value(p.stdout, "imported") == 2, p.stdout)
    check(query(db, "SELECT COUNT(*) FROM problems")[0][0] == 0, "problems cleared")


def case_crash_in_batch(tmp):
    """With -j 1 one worker is given every file in turn: a crash after other
    files is tried once more in a fresh worker (where it is the first, so the
    crash is its own), a hang fails at once, and the files the dead worker
    had been given go on in the next one — only the bad ones fail."""
    files = distinct_copies(tmp, 40)
    d = os.path.join(tmp, "in")
    for name, src in (("020_crash.txt", files[3]), ("030_hang.txt", files[4])):
        with open(os.path.join(d, name), "wb") as f:
            f.write(open(src, "rb").read() + b"\n" * 50)
    db = new_db(tmp, "b.sqlite")
    p = run(["import", "--db", db, "-j", "1", "--timeout", "3", d],
            env={"JX_IMPORT_WORKER": fault_worker(tmp)})
    check(p.returncode == 1, f"exit {p.returncode} {p.stderr}")
    check(summary_value(p.stdout, "imported") == 40, p.stdout)
    check(summary_value(p.stdout, "failed") == 2, p.stdout)
    check(re.search(r"failed .*020_crash\.txt: the parser crashed", p.stdout), p.stdout)
    check(re.search(r"failed .*030_hang\.txt: no result within 3 s", p.stdout), p.stdout)
    check(db_counts(db) == parse_counts(sorted(files)), "the rest imported")


# Every path and the digest of the bytes it names.
PATHS_SQL = ("SELECT p.path, d.sha256 FROM paths p JOIN documents d ON d.id = p.doc_id "
             "ORDER BY p.path")


def case_kill9(tmp):
    files = distinct_copies(tmp, 60)
    d = os.path.join(tmp, "in")
    clean = new_db(tmp, "clean.sqlite")
    t0 = time.monotonic()
    check(run(["import", "--db", clean, "-j", "2", d]).returncode == 0, "clean import")
    took = time.monotonic() - t0
    want = db_counts(clean)
    want_paths = query(clean, PATHS_SQL)
    db = new_db(tmp, "k.sqlite")
    kills = 0
    # the moments as parts of a clean run's time, so that a faster build or
    # machine is still killed while it writes
    for part in [0.02, 0.1, 0.25, 0.4, 0.6, 0.8]:
        delay = took * part
        proc = subprocess.Popen([CLI, "import", "--db", db, "-j", "2", d],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
    check(kills >= 2, f"only {kills} runs were killed before they ended")
    p = run(["import", "--db", db, "-j", "2", d])
    check(p.returncode == 0, p.stderr)
    check(db_counts(db) == want, f"after kills {db_counts(db)} != clean {want}")
    check(query(db, PATHS_SQL) == want_paths, "paths")
    dup = query(db, "SELECT COUNT(*) FROM (SELECT d.sha256, i.ord FROM indicators i "
                    "JOIN documents d ON d.id = i.doc_id "
                    "GROUP BY d.sha256, i.ord HAVING COUNT(*) > 1) AS dup")[0][0]
    check(dup == 0, "duplicate indicators")
    if not PG:
        check(query(db, "PRAGMA integrity_check")[0][0] == "ok", "integrity")
        check(query(db, "PRAGMA foreign_key_check") == [], "foreign keys")
    check(parse_counts(sorted(files)) == want, "clean import != parse")


def case_progress(tmp):
    """On a terminal, one progress line redrawn in place on stderr; none with --quiet."""
    import pty
    distinct_copies(tmp, 6)
    d = os.path.join(tmp, "in")
    for quiet in (False, True):
        master, slave = pty.openpty()
        db = new_db(tmp, "p%d.sqlite" % quiet)
        args = [CLI, "import", "--db", db] + (["--quiet"] if quiet else []) + [d]
        p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=slave)
        os.close(slave)
        out = p.communicate(timeout=300)[0].decode()
        err = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            err += chunk
        os.close(master)
        err = err.decode(errors="replace")
        check(p.returncode == 0, err)
        if quiet:
            check(err == "", f"--quiet still drew: {err!r}")
        else:
            check("\r" in err and re.search(r"\d+/6 files .* MB/s .*ETA .*failed 0", err),
                  f"no progress line: {err!r}")
            check("\n" not in err.replace("\r\n", ""), "progress went over several lines")
        check("imported" in out and "files" not in out, "progress leaked into stdout")


def case_shard(tmp):
    distinct_copies(tmp, 9)
    d = os.path.join(tmp, "in")
    db = new_db(tmp, "sh.sqlite")
    # both at once into a new database, as two machines would start: the
    # schema is made once, each slice imported once
    shards = [subprocess.Popen([CLI, "import", "--db", db, "--shard", s, d], text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
              for s in ("1/2", "2/2")]
    (o1, e1), (o2, e2) = (s.communicate(timeout=600) for s in shards)
    check(shards[0].returncode == 0 and shards[1].returncode == 0, e1 + e2)
    n1, n2 = summary_value(o1, "imported"), summary_value(o2, "imported")
    check(n1 + n2 == 9 and n1 == 4, f"shards imported {n1} + {n2}")
    p = run(["import", "--db", db, d])
    check(summary_value(p.stdout, "unchanged") == 9, p.stdout)
    check(run(["import", "--db", db, "--shard", "3/2", d]).returncode == 2, "bad shard")


NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
RNS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def read_xlsx(path):
    """{sheet name: (rows as lists of (type, value)), sheet xml root)}; styles too."""
    z = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    book = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    styles = ET.fromstring(z.read("xl/styles.xml"))
    fonts = styles.find("m:fonts", NS).findall("m:font", NS)
    xfs = styles.find("m:cellXfs", NS).findall("m:xf", NS)
    sheets = {}
    for s in book.find("m:sheets", NS):
        root = ET.fromstring(z.read("xl/" + target[s.get(RNS)]))
        rows = []
        for row in root.find("m:sheetData", NS):
            cells = {}
            for c in row:
                t = c.get("t", "n")
                v = c.find("m:v", NS)
                val = v.text if v is not None else None
                if t == "s":
                    val = shared[int(val)]
                bold = False
                if c.get("s"):
                    font = fonts[int(xfs[int(c.get("s"))].get("fontId", "0"))]
                    bold = font.find("m:b", NS) is not None
                cells[col_index(c.get("r"))] = (t, val, bold)
            width = max(cells) + 1 if cells else 0
            rows.append([cells.get(i, ("none", None, False)) for i in range(width)])
        sheets[s.get("name")] = (rows, root)
    return sheets


def case_xlsx(tmp):
    files = corpus_docs()
    db = new_db(tmp, "x.sqlite")
    check(run(["import", "--db", db] + files).returncode == 0, "import")
    out = os.path.join(tmp, "x.xlsx")
    p = run(["export", "--db", db, "--format", "xlsx", "-o", out])
    check(p.returncode == 0, p.stderr)
    sheets = read_xlsx(out)
    check(list(sheets) == list(TABLES.values()), f"sheets {list(sheets)}")
    rows, root = sheets["indicators"]
    header = [c[1] for c in rows[0]]
    check(all(c[2] for c in rows[0]), "header not bold")
    pane = root.find("m:sheetViews/m:sheetView/m:pane", NS)
    check(pane is not None and pane.get("state") == "frozen" and pane.get("ySplit") == "1",
          "header row not frozen")
    af = root.find("m:autoFilter", NS)
    check(af is not None and af.get("ref").startswith("A1:"), "no autofilter")
    # every indicator record, in export order, against its row
    recs = [(json.loads(r[0]), r[1], r[2]) for r in query(db,
        "SELECT i.record, d.year, d.title FROM indicators i JOIN documents d ON d.id = i.doc_id "
        "ORDER BY d.doc, d.sha256, i.ord")]
    check(len(rows) - 1 == len(recs), f"{len(rows) - 1} rows for {len(recs)} indicators")
    col = {h: i for i, h in enumerate(header)}
    for row, (rec, year, title) in zip(rows[1:], recs):
        def cell(name):
            i = col[name]
            return row[i] if i < len(row) else ("none", None, False)
        check(cell("name")[1] == rec["name"], f"name {cell('name')} != {rec['name']}")
        check(cell("title")[1] == title, "title")
        if year is not None:
            check(cell("year")[0] == "n" and float(cell("year")[1]) == year, "year not a number")
        v = rec.get("value")
        if rec.get("kind") == "number" and v is not None:
            check(cell("value_num")[0] == "n" and float(cell("value_num")[1]) == float(v),
                  f"value_num {cell('value_num')} != {v}")
        if v is not None:
            check(cell("value")[0] == "s" and cell("value")[1] == v, f"value {cell('value')}")
        flags = ";".join(rec.get("flags") or [])
        check((cell("flags")[1] or "") == flags, f"flags {cell('flags')} != {flags}")
        if rec.get("table") is not None:
            check(cell("table_no")[0] == "n" and int(float(cell("table_no")[1])) == rec["table"],
                  "table_no")
    # CJK columns are wider than their character count
    widths = {int(c.get("min")) - 1: float(c.get("width")) for c in root.find("m:cols", NS)}
    def display(s):
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)
    longest = max(display(r[0]["name"]) for r in recs)
    check(longest > max(len(r[0]["name"]) for r in recs), "no wide names to test with")
    check(widths[col["name"]] >= min(longest, 60), f"name column {widths[col['name']]} < {longest}")
    # documents sheet: one row per document
    drows, _ = sheets["documents"]
    check(len(drows) - 1 == query(db, "SELECT COUNT(*) FROM documents")[0][0], "docs")


def case_export_jsonl(tmp):
    files = corpus_docs()[:6]
    db = new_db(tmp, "e.sqlite")
    check(run(["import", "--db", db] + files).returncode == 0, "import")
    p = run(["export", "--db", db])
    check(p.returncode == 0, p.stderr)
    want = run(["parse"] + files).stdout.splitlines()
    want += [l for l in run(["check", "--format", "jsonl"] + files).stdout.splitlines()
             if json.loads(l)["type"] == "finding"]
    want = sorted(want)
    check(sorted(p.stdout.splitlines()) == want, "JSON Lines export differs from parse + check")
    p = run(["export", "--db", db, "--format", "csv", "--what", "indicators"])
    check(p.returncode == 0, p.stderr)
    lines = p.stdout.splitlines()  # text mode: \r\n already read as \n
    check(len(lines) - 1 == sum(1 for l in want if '"type":"indicator"' in l), "csv rows")
    check(run(["export", "--db", db, "--format", "csv", "--what", "all"]).returncode == 2,
          "csv of all tables is a usage error")
    check(run(["export", "--db", db, "--what", "nonsense"]).returncode == 2, "bad --what")


def case_projects(tmp):
    """A file of two projects' tables: the second table's indicators keep
    their own project in the database and in the flat export (one project
    column, the row's own where it names one, else the document's)."""
    pdf = os.path.join(SRC, "tests", "pdf", "writer-two-projects-f0001-f0002.pdf")
    db = new_db(tmp, "p.sqlite")
    check(run(["import", "--db", db, pdf]).returncode == 0, "import")
    rows = query(db, "SELECT table_no, COUNT(*), project FROM indicators "
                     "GROUP BY table_no, project ORDER BY table_no")
    check(rows == [(1, 9, None), (2, 10, "2023年普通国省道养护工程")], f"indicators {rows}")
    p = run(["export", "--db", db, "--format", "csv", "--what", "indicators"])
    check(p.returncode == 0, p.stderr)
    table = list(csv.reader(io.StringIO(p.stdout.lstrip("\ufeff"))))
    header = table[0]
    check(header.count("project") == 1, f"one project column: {header}")
    col, tab = header.index("project"), header.index("table_no")
    got = sorted({(r[tab], r[col]) for r in table[1:]})
    check(got == [("1", "计划生育服务补助资金"), ("2", "2023年普通国省道养护工程")], f"export {got}")


def self_contradicting_report(tmp):
    """A report whose score table contradicts itself (one checker error:
    score.rate at table 1, row 1); its path."""
    path = os.path.join(tmp, "report.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("2023年度科技专项绩效评价报告\n\n指标名称\t分值\t得分\t得分率\n"
                "D1.经济效益\t6\t5.46\t100%\nD11.研发投入强度\t3\t2.46\t82%\n"
                "D12.技术合同登记成交额\t3\t3\t100%\n")
    return path


def case_findings(tmp):
    """A report that contradicts itself: the importer stores what `jixiao check`
    finds, and the summary counts it."""
    path = self_contradicting_report(tmp)
    db = new_db(tmp, "f.sqlite")
    p = run(["import", "--db", db, path])
    check(p.returncode == 0, f"exit {p.returncode}: {p.stderr}")
    check(re.search(r"findings\s+error 1, warning 0, info 0", p.stdout), p.stdout)
    rows = query(db, "SELECT rule, severity, where_table, where_row, expected, found "
                     "FROM findings")
    check(len(rows) == 1, f"findings {rows}")
    rule, severity, table, row, expected, found = rows[0]
    check((rule, severity, table, row) == ("score.rate", "error", 1, 1), f"finding {rows[0]}")
    check(float(expected) == 91 and float(found) == 100, f"figures {rows[0]}")
    check(db_counts(db) == parse_counts([path]), "findings counted as check counts them")


# Rows as a version-1 database holds them: the v2 fields only in `record`.
# A weight that is no plain number stays out of its NUMERIC column, as an
# insert would leave it.
V1_ROWS = [
    "INSERT INTO schema_version VALUES (1, '2025-01-01T00:00:00Z')",
    "INSERT INTO documents (sha256, doc, imported_at, record) VALUES ('d1', 'r.txt', 't', "
    "'{\"type\":\"document\",\"evaluator\":\"某某会计师事务所\",\"bands\":[\"优>=90\",\"良>=80\"],"
    "\"weight_total\":\"100\",\"grade\":\"优\"}')",
    "INSERT INTO documents (sha256, doc, imported_at, record) VALUES ('d2', 's.txt', 't', "
    "'{\"type\":\"document\",\"evaluator\":null}')",
    "INSERT INTO indicators (sha256, ord, doc, record) VALUES "
    "('d1', 1, 'r.txt', '{\"type\":\"indicator\",\"group_weight\":\"50\",\"project\":\"乙项目\"}'), "
    "('d1', 2, 'r.txt', '{\"type\":\"indicator\",\"group_weight\":\"约50\"}'), "
    "('d2', 1, 's.txt', '{\"type\":\"indicator\"}')",
    "INSERT INTO facts (sha256, ord, doc, record) VALUES ('d1', 3, 'r.txt', "
    "'{\"type\":\"fact\",\"available\":{\"value\":\"28.5\",\"unit\":\"万元\"}}')",
    "INSERT INTO findings (sha256, ord, doc, record) VALUES ('d1', 4, 'r.txt', "
    "'{\"type\":\"finding\",\"where\":{\"fact\":1,\"page\":2}}'), "
    "('d1', 5, 'r.txt', '{\"type\":\"finding\",\"where\":null}')",
    "INSERT INTO funds (sha256, ord, doc, record) VALUES ('d1', 6, 'r.txt', "
    "'{\"type\":\"funds\",\"flags\":[\"stream-ambiguous\"]}')",
    "INSERT INTO paths (path, sha256, imported_at) VALUES ('in/r.txt', 'd1', 't'), "
    "('in/copy of r.txt', 'd1', 't'), ('in/s.txt', 'd2', 't')",
]


def make_v1(db):
    """Fills the empty database `db` as jixiao's schema version 1 made it
    (tests/schema_v1.sql, docs/schema.sql as it was) with V1_ROWS."""
    with open(os.path.join(SRC, "tests", "schema_v1.sql"), encoding="utf-8") as f:
        ddl = f.read()
    if not PG:
        con = sqlite3.connect(db)
        con.executescript(ddl + ";\n" + ";\n".join(V1_ROWS) + ";")
        con.close()
        return
    p = subprocess.run(["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", db],
                       input=ddl + ";\n" + ";\n".join(V1_ROWS) + ";", text=True,
                       capture_output=True)
    check(p.returncode == 0, p.stderr)


def case_migrate(tmp):
    """A version-1 database is brought to version 6 when opened: the new
    columns are there, filled from each row's stored record as an insert
    would fill them, every row under its document's new id; an import then
    goes on in it, and export shows them."""
    db = new_db(tmp, "v1.sqlite")
    make_v1(db)
    # opened by jixiao (a query), it is migrated
    p = run(["query", "--db", db, "SELECT MAX(version) FROM schema_version"])
    check(p.returncode == 0 and p.stdout.splitlines()[1:] == ["6"], p.stdout + p.stderr)
    docs = query(db, "SELECT sha256, evaluator, bands, weight_total FROM documents ORDER BY 1")
    check([(d[0], d[1], d[2], None if d[3] is None else float(d[3])) for d in docs] ==
          [("d1", "某某会计师事务所", '["优>=90","良>=80"]', 100.0), ("d2", None, None, None)],
          f"documents {docs}")
    by_doc = ("FROM indicators i JOIN documents d ON d.id = i.doc_id "
              "ORDER BY d.sha256, i.ord")
    gw = query(db, "SELECT i.group_weight " + by_doc)
    check([None if g[0] is None else float(g[0]) for g in gw] == [50.0, None, None],
          f"group_weight {gw}")
    proj = query(db, "SELECT i.project " + by_doc)
    check(proj == [("乙项目",), (None,), (None,)], f"indicators project {proj}")
    facts = query(db, "SELECT available_value, available_unit FROM facts")
    check([(float(f[0]), f[1]) for f in facts] == [(28.5, "万元")], f"facts {facts}")
    where = query(db, "SELECT where_fact FROM findings ORDER BY ord")
    check(where == [(1,), (None,)], f"where_fact {where}")
    flags = query(db, "SELECT flags FROM funds")
    check([f[0].replace(" ", "") for f in flags] == ['["stream-ambiguous"]'], f"funds flags {flags}")
    paths = query(db, PATHS_SQL)
    check(paths == [("in/copy of r.txt", "d1"), ("in/r.txt", "d1"), ("in/s.txt", "d2")],
          f"paths {paths}")
    owners = query(db, "SELECT d.sha256, COUNT(*) FROM indicators i JOIN documents d "
                       "ON d.id = i.doc_id GROUP BY d.sha256 ORDER BY 1")
    check(owners == [("d1", 2), ("d2", 1)], f"indicators by document {owners}")
    if not PG:
        check(query(db, "PRAGMA foreign_key_check") == [], "foreign keys")
        left = query(db, "SELECT name FROM sqlite_master WHERE name LIKE '%v4%'")
        check(left == [], f"left over from the migration: {left}")
    # the migrated database takes a new import, and export shows the columns
    d = os.path.join(tmp, "in")
    os.makedirs(d)
    shutil.copy(corpus_docs()[0], d)
    p = run(["import", "--db", db, d])
    check(p.returncode == 0, p.stderr)
    out = os.path.join(tmp, "f.csv")
    p = run(["export", "--db", db, "--format", "csv", "--what", "facts", "-o", out])
    check(p.returncode == 0, p.stderr)
    with open(out, encoding="utf-8-sig") as f:
        header = f.readline()
    check("available_value" in header and "available_unit" in header, header)


def sql_literal_rows(db, sql):
    """The rows of `sql` as SQL literal tuples, "(…), (…)"."""
    return ", ".join("(" + ", ".join(literal(v) for v in row) + ")" for row in query(db, sql))


def as_v4(db, v4):
    """Writes into the empty database `v4` what jixiao's schema version 4
    (tests/schema_v4.sql: the digest as every table's key) held for the
    rows of the current database `db`: the same documents, paths and
    records, keyed by digest, each record row with its document's name."""
    with open(os.path.join(SRC, "tests", "schema_v4.sql"), encoding="utf-8") as f:
        script = [f.read(), "INSERT INTO schema_version VALUES (4, 't')"]
    cols = {}
    for table in ["documents", "paths"] + [t for t in TABLES.values() if t != "documents"]:
        if PG:
            names = [r[0] for r in query(db, "SELECT column_name FROM information_schema.columns "
                                             "WHERE table_name = '%s' ORDER BY ordinal_position"
                                             % table)]
        else:
            names = [r[1] for r in query(db, "PRAGMA table_info(%s)" % table)]
        cols[table] = [c for c in names if c not in ("id", "doc_id")]
    for table, names in cols.items():
        lead = (["sha256"] if table == "documents" else
                ["d.sha256"] if table == "paths" else ["d.sha256", "d.doc"])
        mine = ["t." + c for c in names if not (table == "documents" and c == "sha256")]
        sel = ", ".join(lead + mine) if table != "documents" else ", ".join(
            ["t." + c for c in names])
        join = "" if table == "documents" else " JOIN documents d ON d.id = t.doc_id"
        rows = sql_literal_rows(db, "SELECT %s FROM %s t%s" % (sel, table, join))
        into = (names if table == "documents" else
                ["sha256"] + names if table == "paths" else ["sha256", "doc"] + names)
        if rows:
            script.append("INSERT INTO %s (%s) VALUES %s" % (table, ", ".join(into), rows))
    text = ";\n".join(script) + ";"
    if not PG:
        con = sqlite3.connect(v4)
        con.executescript(text)
        con.close()
        return
    p = subprocess.run(["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", v4], input=text, text=True,
                       capture_output=True)
    check(p.returncode == 0, p.stderr)


def case_migrate_v4(tmp):
    """A database of schema version 4 is rebuilt in place, with integer
    document keys (and deferred foreign keys), when a jixiao of version 6
    opens it: nothing of it is
    lost or changed — the same records (JSON Lines export), the same paths
    — an import of the same files finds every one unchanged, and a changed
    file replaces its records through the new keys."""
    files = distinct_copies(tmp, 8)
    d = os.path.join(tmp, "in")
    shutil.copy(files[0], os.path.join(d, "same bytes.txt"))
    now = new_db(tmp, "now.sqlite")
    check(run(["import", "--db", now, d]).returncode == 0, "import")
    want = run(["export", "--db", now]).stdout
    want_paths = query(now, PATHS_SQL)
    v4 = new_db(tmp, "v4.sqlite")
    as_v4(now, v4)
    # (read without jixiao, which would migrate it)
    if PG:
        got = subprocess.run(["psql", "-X", "-A", "-t", v4, "-c",
                              "SELECT MAX(version) FROM schema_version"],
                             capture_output=True, text=True).stdout.strip()
    else:
        got = str(query(v4, "SELECT MAX(version) FROM schema_version")[0][0])
    check(got == "4", f"not a v4 database: {got!r}")
    p = run(["export", "--db", v4])  # opened: migrated
    check(p.returncode == 0, p.stderr)
    check(p.stdout == want, "the export differs after the migration")
    check(query(v4, "SELECT MAX(version) FROM schema_version")[0][0] == 6, "version")
    # (version 6) the record tables' keys to documents checked at COMMIT; paths' at once
    if PG:
        deferred = query(v4, "SELECT table_name FROM information_schema.table_constraints "
                             "WHERE constraint_type = 'FOREIGN KEY' AND initially_deferred = 'YES' "
                             "ORDER BY 1")
    else:
        deferred = query(v4, "SELECT name FROM sqlite_master WHERE type = 'table' AND "
                             "sql LIKE '%INITIALLY DEFERRED%' ORDER BY 1")
    check([r[0] for r in deferred] == sorted(t for t in TABLES.values() if t != "documents"),
          f"deferred foreign keys: {deferred}")
    check(query(v4, PATHS_SQL) == want_paths, "paths")
    check(db_counts(v4) == db_counts(now), "counts")
    if not PG:
        check(query(v4, "PRAGMA foreign_key_check") == [], "foreign keys")
        check(query(v4, "PRAGMA integrity_check")[0][0] == "ok", "integrity")
        idx = "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY 1"
        check(query(v4, idx) == query(now, idx), "indexes")
    p = run(["import", "--db", v4, d])
    check(p.returncode == 0 and summary_value(p.stdout, "unchanged") == len(files) + 1,
          p.stdout + p.stderr)
    # a changed file: its old document and records go (the cascade of the new keys)
    other = [f for f in corpus_docs() if "08_civil" in f][0]
    shutil.copy(other, files[1])
    p = run(["import", "--db", v4, d])
    check(p.returncode == 0 and "1 replaced" in p.stdout, p.stdout + p.stderr)
    # (the copy's bytes are one document with two paths)
    check(db_counts(v4) == parse_counts(sorted(files)), "counts after the replacement")
    # and the new ids go on after the migrated ones
    ids = [r[0] for r in query(v4, "SELECT id FROM documents ORDER BY id")]
    check(len(set(ids)) == len(ids) == len(files), f"document ids {ids}")


def readme_queries():
    """The statements of the README's ```sql block, comments dropped."""
    with open(os.path.join(SRC, "README.md"), encoding="utf-8") as f:
        block = re.search(r"```sql\n(.*?)```", f.read(), re.S).group(1)
    body = "\n".join(l for l in block.splitlines() if not l.startswith("--"))
    return [q.strip() for q in body.split(";") if q.strip()]


def case_readme_queries(tmp):
    """The README's sample queries run against an import of the corpus (the
    schema they name is the one the import writes, with a report that
    contradicts itself), and the satisfaction targets and the report with
    errors are found."""
    db = new_db(tmp, "q.sqlite")
    p = run(["import", "--db", db, "-j", "2", self_contradicting_report(tmp)] + corpus_docs())
    check(p.returncode in (0, 1), p.stderr)
    queries = readme_queries()
    check(len(queries) == 4, f"{len(queries)} queries in the README")
    # (the corpus holds no table with its successor: the second query only runs)
    for i, q in enumerate(queries):
        p = run(["query", "--db", db, q])
        check(p.returncode == 0, f"{q}\n{p.stderr}")
        check(i not in (0, 2) or len(p.stdout.splitlines()) > 1, f"no rows from:\n{q}")


def case_worker_protocol(tmp):
    """What goes between the importer and its workers cannot be confused:
    a file name with a line end and the end-of-document byte (0x1E) in it
    imports under its exact name, and a worker that dies after writing a
    document's records but before its end line leaves none of them stored."""
    files = distinct_copies(tmp, 3)
    d = os.path.join(tmp, "in")
    odd = os.path.join(d, "line\n\x1eok\n.txt")
    with open(odd, "wb") as f:
        f.write(open(files[0], "rb").read() + b"\n" * 9)
    with open(os.path.join(d, "partial.txt"), "wb") as f:
        f.write(open(files[1], "rb").read() + b"\n" * 9)
    db = new_db(tmp, "w.sqlite")
    p = run(["import", "--db", db, "-j", "1", d], env={"JX_IMPORT_WORKER": fault_worker(tmp)})
    check(p.returncode == 1, f"exit {p.returncode}: {p.stderr}")
    check(summary_value(p.stdout, "imported") == 4, p.stdout)
    check(re.search(r"failed .*partial\.txt: the parser crashed \(signal 11", p.stdout), p.stdout)
    check(query(db, "SELECT COUNT(*) FROM paths WHERE path = ?", odd)[0][0] == 1,
          "the odd name stored as it is")
    check(db_counts(db) == parse_counts(sorted(files + [odd])), "nothing of partial.txt stored")
    # --sync normal imports the same; an unknown mode is a usage error
    p = run(["import", "--db", db, "--sync", "normal", d])
    check(p.returncode == 0 and summary_value(p.stdout, "imported") == 1, p.stdout + p.stderr)
    check(run(["import", "--db", db, "--sync", "sometimes", d]).returncode == 2, "--sync sometimes")


def case_dash_name(tmp):
    """`jixiao import -`: "-" is the file of that name (the importer reads no
    standard input), stored under the name given — not "./-", which the
    next run would not find, and link as a second name of the same bytes."""
    d = os.path.join(tmp, "in")
    os.makedirs(d)
    shutil.copy(distinct_copies(tmp, 1)[0], os.path.join(d, "-"))
    db = new_db(tmp, "dash.sqlite")
    if not PG:
        db = os.path.abspath(db)
    p = subprocess.run([CLI, "import", "--db", db, "-"], cwd=d, capture_output=True, text=True)
    check(p.returncode == 0, f"exit {p.returncode}: {p.stdout} {p.stderr}")
    check(summary_value(p.stdout, "imported") == 1, p.stdout)
    check(query(db, "SELECT path FROM paths") == [("-",)],
          f"paths: {query(db, 'SELECT path FROM paths')}")
    p = subprocess.run([CLI, "import", "--db", db, "-"], cwd=d, capture_output=True, text=True)
    check(p.returncode == 0, p.stderr)
    check(summary_value(p.stdout, "unchanged") == 1, p.stdout)
    check(query(db, "SELECT COUNT(*) FROM paths")[0][0] == 1, "a second path for '-'")


# Makes every COMMIT of a transaction that stored a document named poison*
# fail, as a full disk or an I/O error would: a foreign key checked only at
# COMMIT, broken by a trigger.
# The most bytes any file of a "full disk" run may hold: the WAL index (32
# KiB) and the WAL's header and three 16 KiB pages fit, a group of documents
# (their rows in several tables and indexes) does not.
FULL_DISK_BYTES = 64 * 1024


def full_disk():
    """For the child of a run on a full disk: no file grows past
    FULL_DISK_BYTES; a write beyond fails (EFBIG, SIGXFSZ ignored) as one
    fails on a full disk, rather than killing the process."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (FULL_DISK_BYTES, FULL_DISK_BYTES))


POISON_PG = """
CREATE FUNCTION poison_fail() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION 'commit refused (poison)'; END $$;
CREATE CONSTRAINT TRIGGER poison_commit AFTER INSERT ON documents
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.doc LIKE 'poison%')
EXECUTE FUNCTION poison_fail();
"""


def sql_script(db, script):
    if not PG:
        con = sqlite3.connect(db)
        con.executescript(script)
        con.close()
    else:
        subprocess.run(["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", db, "-c", script],
                       check=True, capture_output=True)


def case_commit_fails(tmp):
    files = distinct_copies(tmp, 4)
    d = os.path.join(tmp, "in")
    poison = os.path.join(d, "poison.txt")  # sorts last: the group holds the others
    with open(poison, "wb") as f:
        f.write(open(files[0], "rb").read() + b"\n" * 9)
    db = new_db(tmp, "c.sqlite")
    seed = os.path.join(tmp, "seed")
    os.makedirs(seed)
    shutil.copy(corpus_docs()[0], seed)
    check(run(["import", "--db", db, seed]).returncode == 0, "the database made")
    if PG:
        sql_script(db, POISON_PG)
        p = run(["import", "--db", db, "-j", "1", d])
    else:  # one group, committed at the end: the WAL must take it whole
        p = run(["import", "--db", db, "-j", "1", d], env={"JX_IMPORT_COMMIT_GROUP": "512"},
                preexec_fn=full_disk)
    check(p.returncode == 3, f"exit {p.returncode}: {p.stdout} {p.stderr}")
    stored = {r[0] for r in query(db, "SELECT path FROM paths")}
    imported = summary_value(p.stdout, "imported")
    failed = summary_value(p.stdout, "failed")
    mine = [f for f in files + [poison] if f in stored]
    check(imported == len(mine), f"summary says {imported} imported, {len(mine)} stored:\n"
          f"{p.stdout}")
    check(poison not in stored, "the poisoned document is stored")
    check(failed >= 1 and failed == len(files) + 1 - len(mine),
          f"{failed} failed, {len(mine)} stored of {len(files) + 1}:\n{p.stdout}")
    check(re.search(r"failed .*poison\.txt: not stored", p.stdout), p.stdout)
    for f in files + [poison]:
        if f not in stored:
            check(re.search(r"failed %s: not stored" % re.escape(f), p.stdout),
                  f"{f} neither stored nor reported failed:\n{p.stdout}")
    want_docs = 1 + len(mine)
    check(re.search(r"records +document %d," % len(mine), p.stdout),
          f"records counted for documents not stored:\n{p.stdout}")
    check(query(db, "SELECT COUNT(*) FROM documents")[0][0] == want_docs, "documents stored")
    # the cause gone, the next run imports the rest
    if PG:
        sql_script(db, "DROP TRIGGER poison_commit ON documents")
    p = run(["import", "--db", db, "-j", "1", d])
    check(p.returncode == 0, f"exit {p.returncode}: {p.stdout} {p.stderr}")
    check(summary_value(p.stdout, "imported") + summary_value(p.stdout, "linked") ==
          len(files) + 1 - len(mine), p.stdout)
    check(db_counts(db) == parse_counts(sorted(files + [poison] + [
        os.path.join(seed, os.listdir(seed)[0])])), "counts after the second run")


def file_stamp(path):
    """The stamp the importer hands to a worker with a file's digest: device,
    inode, size, modification and change times to the nanosecond."""
    st = os.stat(path)
    def ns(t):
        return "%d.%09d" % divmod(t, 10 ** 9)
    return "%d:%d:%d:%s:%s" % (st.st_dev, st.st_ino, st.st_size, ns(st.st_mtime_ns),
                               ns(st.st_ctime_ns))


def case_worker_digest(tmp):
    """The worker takes the SHA-256 the importer hashed as the document's (it
    does not hash the file again) when the importer vouches for it with the
    file's stamp and the file still has that stamp once read; with no stamp,
    or a malformed digest, it hashes the bytes itself; when the stamp no
    longer holds (the file changed after it was hashed) it answers that the
    file was skipped and sends no record, so nothing goes in under a digest
    not of the bytes parsed.  The database's document carries the file's
    digest."""
    files = distinct_copies(tmp, 1)
    path = files[0].encode()
    true_sha = hashlib.sha256(open(files[0], "rb").read()).hexdigest()
    given = "0123456789abcdef" * 4
    stamp = file_stamp(files[0])
    other = stamp.rsplit(":", 1)[0] + ":1.000000000"
    for key, want in [(given + " " + stamp, given), (given, true_sha), ("", true_sha),
                      ("not-a-digest " + stamp, true_sha), (given.upper() + " " + stamp, true_sha),
                      (given + " " + other, None), (true_sha + " " + other, None)]:
        out = subprocess.run([CLI, "import-worker"], input=key.encode() + b"\0" + path + b"\0",
                             capture_output=True).stdout
        if want is None:
            check(out.startswith(b"\x1eskipped\tchanged while it was being imported"),
                  f"key {key!r}: {out[:200]!r}")
            continue
        doc = json.loads(out.split(b"\n", 1)[0])
        check(doc.get("type") == "document" and doc.get("sha256") == want,
              f"key {key!r}: document {doc.get('sha256')!r}, want {want!r}")
    db = new_db(tmp, "d.sqlite")
    p = run(["import", "--db", db, "-j", "1", os.path.dirname(files[0])])
    check(p.returncode == 0, p.stderr)
    check(query(db, "SELECT sha256 FROM documents") == [(true_sha,)], "stored digest")


# jixiao import-worker that, before the real worker reads a file named
# *changing*, appends to it a line end (as an editor saving the file between
# the importer's hash and the worker's read would)
CHANGING_WORKER = """
for key, path in requests():
    if b"changing" in path:
        with open(path, "ab") as f:
            f.write(b"\\n")
    status = real_worker(key, path).returncode
    if status:
        sys.exit(status)
"""


def case_changed_file(tmp):
    """A file that changes between the importer's hash and the worker's read
    is not stored under the digest of its old bytes: it is reported skipped,
    nothing of it goes in, the other files import, and the next run stores
    it under the digest of the bytes it now holds."""
    files = distinct_copies(tmp, 2)
    d = os.path.dirname(files[0])
    changing = os.path.join(d, "changing.txt")
    with open(changing, "wb") as f:
        f.write(open(files[0], "rb").read() + b"\n" * 7)
    w = write_worker(tmp, "changing-worker.sh", CHANGING_WORKER)
    db = new_db(tmp, "c.sqlite")
    p = run(["import", "--db", db, "-j", "1", d], env={"JX_IMPORT_WORKER": w})
    check(p.returncode == 0, f"exit {p.returncode}: {p.stdout} {p.stderr}")
    check(re.search(r"skipped .*changing\.txt: changed while it was being imported", p.stdout),
          p.stdout)
    check(summary_value(p.stdout, "imported") == len(files), p.stdout)
    check(query(db, "SELECT COUNT(*) FROM paths WHERE path = ?", changing)[0][0] == 0,
          "nothing of the changed file stored")
    p = run(["import", "--db", db, "-j", "1", d])
    check(p.returncode == 0 and summary_value(p.stdout, "imported") == 1, p.stdout + p.stderr)
    true_sha = hashlib.sha256(open(changing, "rb").read()).hexdigest()
    check(query(db, "SELECT d.sha256 FROM documents d JOIN paths p ON p.doc_id = d.id "
                    "WHERE p.path = ?", changing) == [(true_sha,)], "stored under its new digest")
    check(db_counts(db) == parse_counts(sorted(files + [changing])), "counts after the second run")


# jixiao import-worker whose answers come in awkward pieces: for each two
# files it holds, the first one's whole answer and the first half of the
# second's in one write, then, a moment later, the rest — so that one read
# of the importer holds an answered document and part of the next
# (a file alone — the last, or none other given within a second — goes in
# two pieces by itself); it reads the requests itself, waiting a second at
# most for the second of two
SPLITTING_WORKER = """
import select
buf = b""
while True:
    held = []
    while len(held) < 2:
        while buf.count(b"\\0") < 2:
            if held and not select.select([0], [], [], 1.0)[0]:
                break
            more = os.read(0, 4096)
            if not more:
                break
            buf += more
        if buf.count(b"\\0") < 2:
            break
        key, path, buf = buf.split(b"\\0", 2)
        held.append(real_worker(key, path, capture_output=True).stdout)
    if not held:
        sys.exit(0)
    last = held.pop()
    half = len(last) // 2
    os.write(1, b"".join(held) + last[:half])
    time.sleep(0.2)
    os.write(1, last[half:])
"""


def case_long_answer(tmp):
    """Answers read in pieces that do not follow documents: a document whose
    records fill many reads of the worker's pipe (64 KiB each) among small
    ones, and reads that hold an answered document and part of the next (a
    worker writing them so), store every record as `jixiao parse` writes
    it.  (The importer keeps a document's lines in its read buffer until
    the end line, the part before it dropped as it is answered.)"""
    parts = []
    for f in corpus_docs():
        data = open(f, "rb").read()
        if f.endswith(".txt") and not data.startswith(b"\xef\xbb\xbf"):
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                continue
            parts.append(data)
    small = distinct_copies(tmp, 6)
    long_doc = os.path.join(tmp, "003_long.txt")
    with open(long_doc, "wb") as f:
        f.write(b"\n".join(parts * 8))
    check(len(run(["parse", long_doc]).stdout) > 4 * 65536, "the long document's answer is long")
    w = write_worker(tmp, "splitting.py", SPLITTING_WORKER)
    for name, files, env in (("real", sorted(small + [long_doc]), None),
                             ("splitting", small, {"JX_IMPORT_WORKER": w})):
        want = run(["parse"] + files).stdout.splitlines()
        want += [l for l in run(["check", "--format", "jsonl"] + files).stdout.splitlines()
                 if json.loads(l)["type"] == "finding"]
        db = new_db(tmp, name + ".sqlite")
        p = run(["import", "--db", db, "-j", "1"] + files, env=env)
        check(p.returncode == 0 and summary_value(p.stdout, "imported") == len(files),
              name + ": " + p.stdout + p.stderr)
        p = run(["export", "--db", db])
        check(p.returncode == 0, p.stderr)
        check(sorted(p.stdout.splitlines()) == sorted(want),
              name + " worker: JSON Lines export differs from parse + check")


CASES = [case_import, case_modify, case_same_bytes, case_junk, case_crash_hang,
         case_crash_in_batch, case_kill9, case_progress,
         case_shard, case_xlsx, case_export_jsonl, case_projects, case_findings, case_migrate,
         case_migrate_v4, case_readme_queries,
         case_worker_protocol, case_worker_digest, case_dash_name, case_commit_fails,
         case_long_answer, case_changed_file]


SKIP = 77


def start_postgres(tmp):
    """Starts a throw-away server; returns (stop function, base URI) or raises
    RuntimeError saying why it cannot."""
    bindirs = sorted(d for d in os.listdir("/usr/lib/postgresql")
                     if os.path.isdir(os.path.join("/usr/lib/postgresql", d, "bin"))) \
        if os.path.isdir("/usr/lib/postgresql") else []
    if not bindirs:
        raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
    if not shutil.which("psql"):
        raise RuntimeError("psql is not installed (apt-get install postgresql-client)")
    bindir = os.path.join("/usr/lib/postgresql", bindirs[-1], "bin")
    as_user = []
    if os.getuid() == 0:
        import pwd
        for user in ("postgres", "nobody"):
            try:
                pw = pwd.getpwnam(user)
                break
            except KeyError:
                pw = None
        if not pw:
            raise RuntimeError("running as root and no unprivileged user to run the server")
        os.chown(tmp, pw.pw_uid, pw.pw_gid)
        as_user = ["runuser", "-u", pw.pw_name, "--"]
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    data = os.path.join(tmp, "data")
    p = subprocess.run(as_user + [bindir + "/initdb", "-D", data, "--auth=trust", "-U", "jixiao",
                                  "-E", "UTF8", "--locale=C.UTF-8", "-N"],
                       capture_output=True, text=True)
    if p.returncode:
        raise RuntimeError("initdb failed: " + (p.stderr.strip().splitlines() or ["?"])[-1])
    opts = "-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off" % (port, tmp)
    p = subprocess.run(as_user + [bindir + "/pg_ctl", "-D", data, "-o", opts, "-l",
                                  os.path.join(tmp, "log"), "-w", "-t", "60", "start"],
                       capture_output=True, text=True)
    if p.returncode:
        raise RuntimeError("the server did not start: " + p.stderr.strip())

    def stop():
        subprocess.run(as_user + [bindir + "/pg_ctl", "-D", data, "-m", "immediate", "-w",
                                  "stop"], capture_output=True)
    return stop, "postgresql://jixiao@127.0.0.1:%d" % port


def main():
    if not CLI or not SRC:
        print("JX_CLI and JX_SOURCE_DIR must be set (ctest sets them)")
        return 2
    only = [a for a in sys.argv[1:] if a != "--pg"]
    stop = None
    if "--pg" in sys.argv[1:]:
        pgtmp = tempfile.mkdtemp(prefix="jx-pg-")
        try:
            stop, base = start_postgres(pgtmp)
        except (RuntimeError, OSError) as e:
            print("SKIP: PostgreSQL tests: %s" % e)
            shutil.rmtree(pgtmp, ignore_errors=True)
            return SKIP
        PG.update(base=base, n=0)
        print("PostgreSQL server at %s" % base)
    try:
        return run_cases(only)
    finally:
        if stop:
            stop()
            shutil.rmtree(pgtmp, ignore_errors=True)


def run_cases(only):
    failed = 0
    for case in CASES:
        name = case.__name__[5:]
        if only and name not in only:
            continue
        tmp = tempfile.mkdtemp(prefix="jx-import-")
        t0 = time.time()
        try:
            case(tmp)
            print(f"PASS {name} ({time.time() - t0:.1f} s)")
        except Exception:
            failed += 1
            print(f"FAIL {name}")
            traceback.print_exc()
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
