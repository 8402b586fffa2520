#!/usr/bin/env python3
"""import_bench.py BUILD_DIR — `jixiao import` throughput against `jixiao parse`.

The bundled corpus documents (corpus/*.txt|md|html, and ../shared/seeds'
target tables and reports when present) are replicated to BENCH_FILES files
(default 2000) with distinct bytes — each copy ends in its own number of
extra line ends, which parse to the same records — so that every file is
parsed and stored, none merely linked.  Then, in the same run, over the same
files, already in the page cache:

  parse, 1 process      jixiao parse FILE... > /dev/null
  parse, 2 processes    the list halved, two `jixiao parse` at once
  parse, 1 per file     one `jixiao parse FILE` per file, one at a time
  import -j 1 / -j 2    jixiao import --quiet into a fresh SQLite file
  re-import -j 2        the same again: every file hashed and found unchanged
  PostgreSQL -j 1 / -j 2  into a fresh database of a server started here
                        (skipped, saying why, when none can be started)

Figures: wall seconds, CPU seconds (of the command and every process it
waited for — the workers; not a PostgreSQL server's), documents/s and MB/s
(10^6 bytes of input) from the wall time, and the import's cost over the
parse: wall time against the parse with the same parallelism, CPU against
the one-process parse.  On a shared host the CPU column is the steadier.

Then the figure issue 12's goal is about, measured so that the host's load
cancels out: the CPU of `import -j 1` into a fresh SQLite file over the CPU
of `jixiao parse` to /dev/null, same files, run in turn — parse, import,
parse, import … — BENCH_PAIRS pairs (default 5) after one warm-up pair, the
ratio taken pair by pair and given as min / median / max (and the median of
the wall-time ratios).  With BENCH_BEFORE=/path/to/other/jixiao the other
binary's pairs are interleaved with this one's (each round runs both, in
turns that alternate), so a before/after comparison is one run on one load.
BENCH_ONLY=paired runs the paired comparison alone.  BENCH_ONLY=files only
writes the replicated files (to BENCH_DATA/import-work/corpus, kept) and
prints their folder, so that a figure measured on them by hand — callgrind's
instructions of `import -j 1` against `parse` — can be reproduced.
BENCH_FILES (default 2000) sets the number of files.  Written to stdout and to
BENCH_DATA/import-results.md.

BENCH_LONG=1 adds the same paired comparison over long tables: the speed
corpus, made here by the bench's own generator (BUILD_DIR/bench/jx-bench-gen
-m BENCH_LONG_MB -s 20230101; 5 MB, 396 files by default — the files of
bench/README.md's speed figures).  Its tables run to 400 rows, so it has
more records per byte than the replicated corpus/ documents, and the costs
an import pays per record (the checker, the frames, the inserts) weigh more
there: the replicated corpus alone hides them.

JX_IMPORT_COMMIT_GROUP=N in the environment (read by `jixiao import`, for
benchmarks only) fixes the commit groups at N documents with no time bound:
groups closed after one second make the importer's work follow the host's
load (a slow host commits more often), fixed ones make two runs — two
binaries, two loads, a run under callgrind — do the same commits.  Unset,
the import groups as it does for its users (512 documents or one second).
"""
import statistics
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests"))


def sources():
    d = os.path.join(ROOT, "corpus")
    out = [os.path.join(d, f) for f in sorted(os.listdir(d))
           if f.endswith((".txt", ".md", ".html")) and f != "README.md"]
    seeds = os.path.join(ROOT, "..", "shared", "seeds")
    if os.path.isdir(seeds):
        out += [os.path.join(seeds, f) for f in sorted(os.listdir(seeds))
                if f.endswith(".txt") and f != "README.md"]
    return out


def replicate(dest, n):
    srcs = sources()
    os.makedirs(dest)
    files = []
    for i in range(n):
        src = srcs[i % len(srcs)]
        with open(src, "rb") as f:
            data = f.read()
        k = 1 + i // len(srcs)
        # a line end in the file's own encoding
        nl = b"\n\x00" if "utf16le" in src else b"\n"
        sub = os.path.join(dest, "%02d" % (i % 20))
        os.makedirs(sub, exist_ok=True)
        path = os.path.join(sub, "%05d_%s" % (i, os.path.basename(src)))
        with open(path, "wb") as f:
            f.write(data + nl * k)
        files.append(path)
    return files


def cpu():
    """CPU seconds of every finished child (and its waited-for children: the workers)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd, **kw):
    t0, c0 = time.monotonic(), cpu()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)
    dt = time.monotonic() - t0
    if p.returncode not in (0, 1):
        raise RuntimeError("%s: exit %d: %s" % (cmd[:3], p.returncode, p.stderr[-500:]))
    LAST_CPU[0] = cpu() - c0
    return dt


LAST_CPU = [0.0]

# The speed corpus of bench/README.md: `jx-bench-gen -m 5 -s 20230101`.
LONG_SEED = "20230101"
LONG_MB = "5"


def long_tables(build, work):
    """The generated speed corpus (BENCH_LONG): its files, sorted, and their
    folder; None when the generator is not built."""
    gen = os.path.join(build, "bench", "jx-bench-gen")
    if not os.access(gen, os.X_OK):
        return None
    dest = os.path.join(work, "long")
    subprocess.run([gen, "-o", dest, "-m", os.environ.get("BENCH_LONG_MB", LONG_MB),
                    "-s", LONG_SEED], check=True, stdout=subprocess.DEVNULL)
    docs = os.path.join(dest, "docs")
    files = [os.path.join(docs, f) for f in sorted(os.listdir(docs))]
    for f in files:  # into the page cache
        with open(f, "rb") as fh:
            fh.read()
    return files, docs


def long_section(build, binaries, work, pairs):
    """The paired comparison over the long tables, with its heading; [] when
    BENCH_LONG is not set."""
    if os.environ.get("BENCH_LONG", "") in ("", "0"):
        return []
    made = long_tables(build, work)
    if not made:
        return ["", "Long tables skipped: %s/bench/jx-bench-gen is not built." % build]
    files, docs = made
    total = sum(os.path.getsize(f) for f in files)
    return (["", "Long tables: %d files, %.1f MB (`jx-bench-gen -m %s -s %s`, the speed "
             "corpus: 20-400 indicator rows a table)" %
             (len(files), total / 1e6, os.environ.get("BENCH_LONG_MB", LONG_MB), LONG_SEED), ""]
            + paired(binaries, files, docs, work, pairs))


# Pairs measured when BENCH_PAIRS does not say: five ratios give a median
# that one disturbed pair cannot move, in about a minute per binary on the
# 2000 files.
DEFAULT_PAIRS = 5


def paired(binaries, files, corpus, work, pairs):
    """The paired A/B comparison: for each (label, binary), the ratios
    import -j 1 CPU / parse CPU (and wall / wall), pair by pair; the first
    round of each binary is a warm-up and not counted.  Rounds alternate
    which binary goes first and, within a pair, which command does, so that
    neither side always runs on the heels of the other."""
    ratios = {label: ([], []) for label, _ in binaries}
    for r in range(pairs + 1):
        order = binaries if r % 2 == 0 else binaries[::-1]
        for label, jx in order:
            db = os.path.join(work, "paired.sqlite")
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
            runs = {}
            steps = [("parse", [jx, "parse"] + files),
                     ("import", [jx, "import", "--quiet", "-j", "1", "--db", db, corpus])]
            for name, cmd in (steps if r % 2 == 0 else steps[::-1]):
                secs = timed(cmd)
                runs[name] = (secs, LAST_CPU[0])
            if r == 0:
                continue  # the warm-up
            cpu_r, wall_r = ratios[label]
            cpu_r.append(runs["import"][1] / runs["parse"][1])
            wall_r.append(runs["import"][0] / runs["parse"][0])
    out = ["Paired: `import -j 1` (fresh SQLite file) over `parse` (to /dev/null), same files, "
           "CPU = user + sys of the command and the processes it waited for; %d pairs after "
           "a warm-up, the ratio pair by pair:" % pairs, "",
           "| binary | CPU ratio min | median | max | wall ratio median | CPU ratios |",
           "|---|---:|---:|---:|---:|---|"]
    for label, _ in binaries:
        cpu_r, wall_r = ratios[label]
        out.append("| %s | %.2f | %.2f | %.2f | %.2f | %s |" % (
            label, min(cpu_r), statistics.median(cpu_r), max(cpu_r),
            statistics.median(wall_r), " ".join("%.2f" % x for x in cpu_r)))
    return out


def main():
    build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/release")
    jx = os.path.join(build, "jixiao")
    if not os.access(jx, os.X_OK):
        print("bench: %s is missing (run: make build)" % jx, file=sys.stderr)
        return 2
    n = int(os.environ.get("BENCH_FILES", "2000"))
    data = os.environ.get("BENCH_DATA", os.path.join(HERE, "data"))
    only = os.environ.get("BENCH_ONLY", "")
    if only not in ("", "paired", "files"):
        print("bench: BENCH_ONLY is 'paired', 'files' or unset", file=sys.stderr)
        return 2
    work = os.path.join(data, "import-work")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    corpus = os.path.join(work, "corpus")
    files = replicate(corpus, n)
    if only == "files":
        print(corpus)
        return 0
    total = sum(os.path.getsize(f) for f in files)
    for f in files:  # into the page cache
        with open(f, "rb") as fh:
            fh.read()
    pairs = int(os.environ.get("BENCH_PAIRS", DEFAULT_PAIRS))
    binaries = [("this build (%s)" % os.path.relpath(jx, ROOT), jx)]
    before = os.environ.get("BENCH_BEFORE")
    if before:
        if not os.access(before, os.X_OK):
            print("bench: BENCH_BEFORE=%s is not a program" % before, file=sys.stderr)
            return 2
        binaries.append(("BENCH_BEFORE (%s)" % before, os.path.abspath(before)))
    head = ["%d files, %.1f MB (corpus/ documents replicated with distinct bytes), %d cores" %
            (n, total / 1e6, os.cpu_count()), ""]
    if only == "paired":
        return finish(data, work, head + paired(binaries, files, corpus, work, pairs)
                      + long_section(build, binaries, work, pairs))
    rows = []

    def row(name, secs, base=None, cpu_s=None, cpu_base=None):
        cpu_s = LAST_CPU[0] if cpu_s is None else cpu_s
        rows.append((name, secs, cpu_s, n / secs, total / 1e6 / secs,
                     "" if base is None else "%+.0f%%" % ((secs / base - 1) * 100),
                     "" if cpu_base is None else "%+.0f%%" % ((cpu_s / cpu_base - 1) * 100)))

    p1 = timed([jx, "parse"] + files)
    parse_cpu = LAST_CPU[0]
    row("parse, 1 process", p1)
    half = len(files) // 2
    t0, c0 = time.monotonic(), cpu()
    a = subprocess.Popen([jx, "parse"] + files[:half], stdout=subprocess.DEVNULL)
    b = subprocess.Popen([jx, "parse"] + files[half:], stdout=subprocess.DEVNULL)
    a.wait()
    b.wait()
    p2 = time.monotonic() - t0
    row("parse, 2 processes", p2, cpu_s=cpu() - c0)
    t0, c0 = time.monotonic(), cpu()
    for f in files:
        subprocess.run([jx, "parse", f], stdout=subprocess.DEVNULL)
    row("parse, 1 process per file", time.monotonic() - t0, cpu_s=cpu() - c0,
        cpu_base=parse_cpu)
    for j, base in ((1, p1), (2, p2)):
        db = os.path.join(work, "j%d.sqlite" % j)
        row("import -j %d, SQLite" % j,
            timed([jx, "import", "--quiet", "--db", db, "-j", str(j), corpus]), base,
            cpu_base=parse_cpu)
    row("re-import -j 2, SQLite (all unchanged)",
        timed([jx, "import", "--quiet", "--db", os.path.join(work, "j2.sqlite"), "-j", "2",
               corpus]))
    note = ""
    try:
        import import_test
        pgtmp = tempfile.mkdtemp(prefix="jx-pg-bench-")
        stop, base_uri = import_test.start_postgres(pgtmp)
        try:
            for j, base in ((1, p1), (2, p2)):
                name = "bench%d" % j
                subprocess.run(["psql", "-q", "-X", base_uri + "/postgres", "-c",
                                "CREATE DATABASE " + name], check=True, capture_output=True)
                row("import -j %d, PostgreSQL (server CPU not counted)" % j,
                    timed([jx, "import", "--quiet", "--db", base_uri + "/" + name, "-j", str(j),
                           corpus]), base, cpu_base=parse_cpu)
        finally:
            stop()
            shutil.rmtree(pgtmp, ignore_errors=True)
        note = ("PostgreSQL: a server started for the run (initdb, fsync=off, loopback TCP), "
                "so its figures leave out the disk.")
    except (RuntimeError, OSError, subprocess.CalledProcessError) as e:
        note = "PostgreSQL skipped: %s" % e

    out = head + [
           "| run | wall s | CPU s | documents/s | MB/s | wall over parse | CPU over parse |",
           "|---|---:|---:|---:|---:|---:|---:|"]
    for name, secs, cpu_s, dps, mbs, over, cpu_over in rows:
        out.append("| %s | %.2f | %.2f | %.0f | %.2f | %s | %s |" %
                   (name, secs, cpu_s, dps, mbs, over, cpu_over))
    out += ["", note, ""]
    return finish(data, work, out + paired(binaries, files, corpus, work, pairs)
                  + long_section(build, binaries, work, pairs))


def finish(data, work, lines):
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    with open(os.path.join(data, "import-results.md"), "w") as f:
        f.write(text)
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
