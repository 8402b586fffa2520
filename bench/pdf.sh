#!/bin/sh
# bench/pdf.sh BUILD_DIR [PDF_DIR] — `jixiao parse` on PDFs against Poppler's own
# text extraction (`pdftotext -bbox-layout`), the floor of any Poppler-based
# reader, on the same files in the same run; then one long document made of
# those PDFs at 10, 100 and 500 pages, for memory as the page count grows.
# See bench/README.md.
#
#   sh bench/pdf.sh build/release bench/data/accuracy.work/writer-pdf
#
# PDF_DIR defaults to the Writer PDFs of the converted corpus (make accuracy
# generates them).  Needs pdftotext, pdfinfo and pdfunite (poppler-utils).
# Prints a Markdown table.
set -eu

build=${1:-build/release}
dir=${2:-bench/data/accuracy.work/writer-pdf}
jx=$build/jixiao
peak=$build/bench/jx-peakrss
for tool in "$jx" "$peak"; do
    [ -x "$tool" ] || { echo "bench/pdf.sh: $tool is missing (make build)" >&2; exit 2; }
done
for tool in pdftotext pdfinfo pdfunite; do
    command -v "$tool" >/dev/null 2>&1 ||
        { echo "bench/pdf.sh: $tool is missing: apt-get install poppler-utils" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ls "$dir"/*.pdf 2>/dev/null | head -n 100 >"$work/files"
n=$(wc -l <"$work/files")
[ "$n" -gt 0 ] || { echo "bench/pdf.sh: no PDF in $dir (make accuracy generates them)" >&2; exit 2; }
pages=0
while read -r f; do
    p=$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')
    pages=$((pages + p))
done <"$work/files"
cat "$work/files" >/dev/null # page cache

field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p"; }

# one process per file for both, as a user runs them over a folder
"$peak" sh -c "while read -r f; do \"$jx\" parse \"\$f\" >/dev/null; done <\"$work/files\"" \
    2>"$work/jx.txt" >/dev/null
"$peak" sh -c "while read -r f; do pdftotext -bbox-layout \"\$f\" /dev/null; done <\"$work/files\"" \
    2>"$work/pt.txt" >/dev/null
# and jixiao with the whole folder in one process (fontconfig and ICU set up once);
# jixiao exits 1 for a file with a page without text (the rest is still read
# and timed), and xargs then 123
"$peak" sh -c "xargs \"$jx\" parse <\"$work/files\" >/dev/null" 2>"$work/jb.txt" >/dev/null ||
    [ $? -eq 123 ]
# wall seconds, and CPU seconds (user + system, the processes' own accounting:
# steadier than wall on a shared machine)
cpu() { awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); t[kv[1]] = kv[2] } }
    END { printf "%.2f", t["user_s"] + t["sys_s"] }' "$1"; }
jw=$(field wall_s <"$work/jx.txt") jc=$(cpu "$work/jx.txt")
jb=$(field wall_s <"$work/jb.txt") bc=$(cpu "$work/jb.txt")
pw=$(field wall_s <"$work/pt.txt") pc=$(cpu "$work/pt.txt")
echo "| run | files | pages | wall s | CPU s | pages per CPU s |"
echo "|---|---:|---:|---:|---:|---:|"
awk -v n="$n" -v p="$pages" -v jw="$jw" -v jb="$jb" -v pw="$pw" -v jc="$jc" -v bc="$bc" -v pc="$pc" 'BEGIN {
    printf "| jixiao parse, a process per file | %d | %d | %.2f | %.2f | %.1f |\n", n, p, jw, jc, p / jc
    printf "| jixiao parse, one process | %d | %d | %.2f | %.2f | %.1f |\n", n, p, jb, bc, p / bc
    printf "| pdftotext -bbox-layout, a process per file (floor) | %d | %d | %.2f | %.2f | %.1f |\n", n, p, pw, pc, p / pc
    printf "| **ratio jixiao / pdftotext** | | | **%.2f** (one process: %.2f) | **%.2f** (one process: %.2f) | |\n", jw / pw, jb / pw, jc / pc, bc / pc
}'

# one long document: peak memory as pages grow
echo
echo "| long document | pages | jixiao s | jixiao peak RSS | pdftotext s | pdftotext peak RSS |"
echo "|---|---:|---:|---:|---:|---:|"
ls "$dir"/*.pdf >"$work/all"
for want in 10 100 500; do
    : >"$work/part"
    total=0
    while read -r f; do
        [ "$total" -lt "$want" ] || break
        echo "$f" >>"$work/part"
        total=$((total + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}')))
    done <"$work/all"
    # shellcheck disable=SC2046
    pdfunite $(cat "$work/part") "$work/long.pdf"
    got=$(pdfinfo "$work/long.pdf" | awk '/^Pages:/ {print $2}')
    "$peak" "$jx" parse "$work/long.pdf" 2>"$work/j1" >/dev/null || [ $? -eq 1 ]
    "$peak" pdftotext -bbox-layout "$work/long.pdf" /dev/null 2>"$work/p1" >/dev/null
    echo "| $want | $got | $(field wall_s <"$work/j1") | $(($(field maxrss_kib <"$work/j1") / 1024)) MiB | $(field wall_s <"$work/p1") | $(($(field maxrss_kib <"$work/p1") / 1024)) MiB |"
done

# The documents above are many PDFs glued together: each part brings its own
# embedded font subsets, and Poppler and cairo cache every font and its
# glyphs, so memory grows with the number of parts, not of pages.  One
# document whose pages share their fonts (as a real long report does; made
# by the fuzz seeds' generator, no LibreOffice) shows the reader itself.
echo
echo "| one document, shared fonts | pages | jixiao s | jixiao peak RSS |"
echo "|---|---:|---:|---:|"
seeds=$(dirname "$0")/../fuzz/corpus/pdf
for want in 10 100 500; do
    PYTHONPATH=$seeds python3 -c "import make_seeds as m, sys
open(sys.argv[1], 'wb').write(m.pdf([(m.ruled_table(4) + m.table_text(), '')] * $want))" "$work/same.pdf"
    "$peak" "$jx" parse "$work/same.pdf" 2>"$work/j1" >/dev/null
    echo "| $want | $want | $(field wall_s <"$work/j1") | $(($(field maxrss_kib <"$work/j1") / 1024)) MiB |"
done
