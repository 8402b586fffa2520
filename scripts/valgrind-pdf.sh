#!/bin/sh
# scripts/valgrind-pdf.sh [BUILD_DIR] — `jixiao parse` and `jixiao show` under
# Valgrind's memcheck on every PDF in the tree: the converted sample
# (corpus/converted/*-pdf), the fuzz seeds (fuzz/corpus/pdf) and the test
# fixtures (tests/pdf).  AddressSanitizer sees only what was compiled with it;
# Valgrind also sees what our code does with memory Poppler and cairo hand
# back.  What is not ours is in tests/valgrind.supp.  Slow (a minute or two):
# not part of `make check`; `make valgrind-pdf` runs it on the release build.
# Exit status 1 when any run reports an error.
set -u
build=${1:-build/release}
jx=$build/jixiao
[ -x "$jx" ] || { echo "valgrind-pdf: $jx is missing (make build)" >&2; exit 2; }
command -v valgrind >/dev/null 2>&1 ||
    { echo "valgrind-pdf: valgrind is missing: apt-get install valgrind" >&2; exit 2; }
here=$(dirname "$0")/..
supp=$here/tests/valgrind.supp
log=$(mktemp)
trap 'rm -f "$log"' EXIT
runs=0 bad=0
for f in "$here"/corpus/converted/*-pdf/*/*.pdf "$here"/fuzz/corpus/pdf/*.pdf "$here"/tests/pdf/*.pdf; do
    for cmd in parse show; do
        if [ "$cmd" = show ]; then set -- show "$f" -o /dev/null; else set -- parse "$f"; fi
        runs=$((runs + 1))
        valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
            --suppressions="$supp" "$jx" "$@" >/dev/null 2>"$log"
        if [ $? -eq 99 ]; then
            bad=$((bad + 1))
            echo "valgrind-pdf: errors in jixiao $cmd $f:" >&2
            grep '^==' "$log" | head -n 30 >&2
        fi
    done
done
echo "valgrind-pdf: $runs runs, $bad with errors"
[ "$bad" -eq 0 ]
