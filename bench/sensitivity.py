#!/usr/bin/env python3
"""Which heuristic constants the accuracy benchmark is sensitive to.

    python3 bench/sensitivity.py [--per-cell N] [--out bench/sensitivity.md] [ACCURACY_ROOT]

Every `#define NAME NUMBER` in parse/, extract/ and normalize/ (resource
guards excepted, see GUARDS) is set to half and to twice its value in a
private copy of the source tree; the library is rebuilt and `jx-accuracy`
scores a fixed subset of the converted corpus (the first N documents of each
converter x family cell that has any record).  A constant whose change moves
neither F1 nor strict F1 by 0.001 is reported as one the benchmark is
insensitive to: either it matters only for documents the corpus lacks, or it
is dead weight.  Takes about half a minute per constant on two cores.

Needs the converted corpus (make accuracy generates it) and cmake.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDERS = ["parse", "extract", "normalize"]
# Limits that bound memory and time on hostile input, not heuristics.
GUARDS = {"MAX_COLS", "MAX_ROWSPAN", "AREA_SLACK", "AREA_PER_CELL", "SAMPLE_BYTES",
          "MEMO_MAX_TEXTS", "STRAY_NUL_MAX", "STRAY_NUL_BYTES", "NO",
          "MAX_FRAGMENTS_PER_ROW"}
DEFINE = re.compile(r"^#define\s+([A-Z][A-Z0-9_]*)\s+\(?(-?[0-9]+(?:\.[0-9]+)?)\)?\s*(/\*.*)?$")


def constants():
    found = []
    for folder in FOLDERS:
        for name in sorted(os.listdir(os.path.join(ROOT, folder))):
            if not name.endswith(".c"):
                continue
            path = os.path.join(folder, name)
            with open(os.path.join(ROOT, path), encoding="utf-8") as f:
                for lineno, line in enumerate(f, 1):
                    m = DEFINE.match(line.rstrip("\n"))
                    if m and m.group(1) not in GUARDS:
                        found.append((path, lineno, m.group(1), m.group(2)))
    return found


def scaled(value, factor):
    if "." in value:
        return repr(float(value) * factor)
    v = int(value)
    new = int(round(v * factor))
    if new == v:  # 1 * 0.5 rounds back to 1: move by one at least
        new = v + (1 if factor > 1 else -1)
    return str(new)


def run(cmd, cwd=None):
    return subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, text=True).stdout


def build_subset(src_root, dest, per_cell):
    shutil.rmtree(dest, ignore_errors=True)
    kept = 0
    for conv in sorted(os.listdir(src_root)):
        conv_dir = os.path.join(src_root, conv)
        if not os.path.isdir(conv_dir):
            continue
        for family in sorted(os.listdir(conv_dir)):
            fam_dir = os.path.join(conv_dir, family)
            if not os.path.isdir(fam_dir):
                continue
            docs = sorted(n for n in os.listdir(fam_dir)
                          if not n.endswith(".expected.jsonl") and not n.startswith("."))[:per_cell]
            os.makedirs(os.path.join(dest, conv, family), exist_ok=True)
            for doc in docs:
                stem = doc.rsplit(".", 1)[0]
                for n in (doc, stem + ".expected.jsonl"):
                    if os.path.exists(os.path.join(fam_dir, n)):
                        os.symlink(os.path.join(fam_dir, n), os.path.join(dest, conv, family, n))
                kept += 1
    return kept


def score(build, subset):
    out = run([os.path.join(build, "bench", "jx-accuracy"), subset])
    for line in out.splitlines():
        if line.startswith("| **all** | **all** |"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            return float(cells[8]), float(cells[9])
    raise RuntimeError("no total line in jx-accuracy output")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", nargs="?", default=os.path.join(ROOT, "bench/data/accuracy"))
    ap.add_argument("--per-cell", type=int, default=8)
    ap.add_argument("--work", default="/tmp/jx-sensitivity")
    ap.add_argument("--out", default=os.path.join(ROOT, "bench/sensitivity.md"))
    ap.add_argument("--only", help="comma-separated constant names")
    args = ap.parse_args()

    src = os.path.join(args.work, "src")
    build = os.path.join(args.work, "build")
    subset = os.path.join(args.work, "subset")
    shutil.rmtree(src, ignore_errors=True)
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns("build", "data", ".git"))
    docs = build_subset(args.root, subset, args.per_cell)
    run(["cmake", "-S", src, "-B", build, "-DCMAKE_BUILD_TYPE=Release", "-DJX_TESTS=OFF"])
    run(["cmake", "--build", build, "-j", "2", "--target", "jx-accuracy"])
    base_f1, base_strict = score(build, subset)
    print(f"baseline on {docs} documents: F1 {base_f1:.4f}, strict {base_strict:.4f}", flush=True)

    wanted = set(args.only.split(",")) if args.only else None
    rows = []
    for path, lineno, name, value in constants():
        if wanted and name not in wanted:
            continue
        file = os.path.join(src, path)
        with open(file, encoding="utf-8") as f:
            original = f.read()
        lines = original.split("\n")
        results = []
        for factor in (0.5, 2.0):
            new = scaled(value, factor)
            changed = lines[:]
            changed[lineno - 1] = re.sub(r"(#define\s+" + name + r"\s+\(?)-?[0-9.]+",
                                         lambda m: m.group(1) + new, changed[lineno - 1], count=1)
            with open(file, "w", encoding="utf-8") as f:
                f.write("\n".join(changed))
            try:
                run(["cmake", "--build", build, "-j", "2", "--target", "jx-accuracy"])
                f1, strict = score(build, subset)
                results.append((new, f1 - base_f1, strict - base_strict))
            except (subprocess.CalledProcessError, RuntimeError) as e:
                results.append((new, None, None))
                print(f"  {name}={new}: failed: {e}", file=sys.stderr)
            finally:
                with open(file, "w", encoding="utf-8") as f:
                    f.write(original)
        insensitive = all(d is not None and abs(d) < 0.001 and abs(s) < 0.001
                          for _, d, s in results)
        rows.append((path, name, value, results, insensitive))
        shown = ", ".join(f"{n}: {'fail' if d is None else f'{d:+.4f}/{s:+.4f}'}"
                          for n, d, s in results)
        print(f"{name} ({path}) = {value}: {shown}{'  insensitive' if insensitive else ''}",
              flush=True)
    run(["cmake", "--build", build, "-j", "2", "--target", "jx-accuracy"])

    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Sensitivity of the accuracy benchmark to the heuristic constants\n\n")
        f.write(f"Made by `python3 bench/sensitivity.py --per-cell {args.per_cell}`: each "
                f"constant at half and at twice its value, scored on {docs} converted "
                f"documents (the first {args.per_cell} of every converter x family cell). "
                f"Baseline F1 {base_f1:.4f}, strict {base_strict:.4f}. Changes are "
                "ΔF1 / Δstrict; *insensitive* means neither moved by 0.001 either way.\n\n")
        f.write("| constant | file | value | half | Δ at half | twice | Δ at twice | |\n")
        f.write("|---|---|---:|---:|---:|---:|---:|---|\n")
        for path, name, value, results, insensitive in rows:
            cells = []
            for new, d, s in results:
                cells += [new, "build fails" if d is None else f"{d:+.4f} / {s:+.4f}"]
            f.write(f"| `{name}` | {path} | {value} | {cells[0]} | {cells[1]} | {cells[2]} | "
                    f"{cells[3]} | {'insensitive' if insensitive else ''} |\n")
        n_ins = sum(1 for r in rows if r[4])
        f.write(f"\n{n_ins} of {len(rows)} constants: the benchmark is insensitive to them.\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
