#!/bin/sh
# bench/run.sh BUILD_DIR — throughput of `jixiao parse` against ICU's uconv
# (decoding the same bytes to UTF-8, no parsing) on a generated corpus of
# 绩效目标表 dumps.  See bench/README.md.
#
#   sh bench/run.sh build/release                 # ~300 MB corpus
#   BENCH_MB=50 sh bench/run.sh build/release     # quicker
#
# Environment: BENCH_MB (corpus size, millions of bytes, default 300),
# BENCH_SEED (default 20230101), BENCH_DATA (corpus directory, default
# bench/data, reused while size, seed and generator format are unchanged),
# BENCH_BATCH (files per process, default 500).
#
# Each tool runs as one process at a time (xargs batches, no -P), over files
# already in the page cache.  The result table goes to standard output and to
# $BENCH_DATA/results.md.
set -eu

build=${1:-build/release}
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
mb=${BENCH_MB:-300}
seed=${BENCH_SEED:-20230101}
data=${BENCH_DATA:-$here/data}
batch=${BENCH_BATCH:-500}

say() { printf 'bench: %s\n' "$*" >&2; }

[ -d "$build" ] || { say "no build directory $build (run: make build)"; exit 2; }
build=$(CDPATH='' cd -- "$build" && pwd)
gen=$build/bench/jx-bench-gen
peak=$build/bench/jx-peakrss
jx=$build/jixiao
for tool in "$gen" "$peak" "$jx"; do
    [ -x "$tool" ] || { say "$tool is missing: configure with -DJX_BENCH=ON and build"; exit 2; }
done
command -v uconv >/dev/null 2>&1 ||
    { say "uconv is missing: apt-get install icu-devtools"; exit 2; }

# ---- 1. corpus (generated once per size, seed and generator format) --------
want="mb=$mb seed=$seed $("$gen" --version)"
if [ -f "$data/params" ] && [ "$(cat "$data/params")" = "$want" ] &&
   [ -f "$data/manifest.tsv" ] && [ -f "$data/summary" ]; then
    say "reusing the corpus in $data ($want)"
else
    say "generating a $mb MB corpus into $data (seed $seed)"
    mkdir -p "$data"
    rm -rf "$data/docs" "$data/manifest.tsv" "$data/summary" "$data/params"
    t0=$(date +%s)
    "$gen" -o "$data" -m "$mb" -s "$seed" > "$data/summary"
    say "generated in $(( $(date +%s) - t0 )) s: $(cat "$data/summary")"
    printf '%s\n' "$want" > "$data/params" # written last: a cut-short run is not reused
fi
field() { tr ' ' '\n' < "$data/summary" | sed -n "s/^$1=//p"; }
rows_written=$(field rows)
files_total=$(field files)

work=$(mktemp -d "${TMPDIR:-/tmp}/jx-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
encodings="UTF-8 GB18030 UTF-16LE"
for enc in $encodings; do
    awk -F'\t' -v e="$enc" '$2 == e { print $1 }' "$data/manifest.tsv" > "$work/list.$enc"
done

# Warm the page cache so both tools read from memory.
(cd "$data" && cut -f1 manifest.tsv | xargs cat > /dev/null)

# peakrss_field FILE KEY — a value from the last "peakrss:" line in FILE.
peakrss_field() {
    grep '^peakrss:' "$1" | tail -n 1 | tr ' ' '\n' | sed -n "s/^$2=//p"
}

# ---- 2. baseline: uconv, one process at a time, per encoding group ----------
for enc in $encodings; do
    [ -s "$work/list.$enc" ] || continue
    say "uconv -f $enc -t UTF-8 over $(wc -l < "$work/list.$enc") files"
    (cd "$data" && "$peak" xargs -n "$batch" uconv -f "$enc" -t UTF-8 \
        < "$work/list.$enc" > /dev/null 2> "$work/uconv.$enc.err") || true
    status=$(peakrss_field "$work/uconv.$enc.err" status)
    [ "$status" = 0 ] || { say "uconv failed (status ${status:-?}):"; head -n 5 "$work/uconv.$enc.err" >&2; }
done

# ---- 3. jixiao parse, one process at a time, per encoding group -------------
# Standard output goes through a pipe to grep, which counts the indicator
# records on the other core; jx-peakrss times only the jixiao processes.
for enc in $encodings; do
    [ -s "$work/list.$enc" ] || continue
    say "jixiao parse over $(wc -l < "$work/list.$enc") $enc files"
    (cd "$data" && "$peak" xargs -n "$batch" "$jx" parse \
        < "$work/list.$enc" 2> "$work/jx.$enc.err" |
        grep -c '^{"type":"indicator"' > "$work/jx.$enc.count") || true
    status=$(peakrss_field "$work/jx.$enc.err" status)
    [ "$status" = 0 ] || { say "jixiao reported failures (status ${status:-?}):"; grep -v '^peakrss:' "$work/jx.$enc.err" | head -n 5 >&2; }
done

# ---- 4. table ----------------------------------------------------------------
{
    for enc in $encodings; do
        [ -s "$work/list.$enc" ] || continue
        bytes=$(awk -F'\t' -v e="$enc" '$2 == e { s += $3 } END { printf "%.0f", s }' "$data/manifest.tsv")
        rows=$(awk -F'\t' -v e="$enc" '$2 == e { s += $4 } END { printf "%.0f", s }' "$data/manifest.tsv")
        printf '%s %s %s %s' "$enc" "$(wc -l < "$work/list.$enc")" "$bytes" "$rows"
        for tool in uconv jx; do
            f=$work/$tool.$enc.err
            printf ' %s %s %s %s' "$(peakrss_field "$f" wall_s)" "$(peakrss_field "$f" user_s)" \
                "$(peakrss_field "$f" sys_s)" "$(peakrss_field "$f" maxrss_kib)"
        done
        printf ' %s\n' "$(cat "$work/jx.$enc.count" 2>/dev/null || echo 0)"
    done
} > "$work/figures"

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
{
    printf '## jixiao throughput, %s\n\n' "$(date '+%Y-%m-%d %H:%M')"
    printf -- '- machine: %s, %s cores (each tool runs as one process at a time)\n' "${cpu:-?}" "$(nproc)"
    printf -- '- %s; %s\n' "$("$jx" --version | head -n 1)" "$(uconv --version | head -n 1)"
    printf -- '- corpus: %s MB requested, seed %s, %s files, %s indicator rows written (%s)\n' \
        "$mb" "$seed" "$files_total" "$rows_written" "$("$gen" --version)"
    printf -- '- %s files per process; inputs in the page cache; MB = 10^6 bytes of input as stored\n\n' "$batch"
    awk '
    function mbs(b, s) { return s > 0 ? sprintf("%.2f", b / 1e6 / s) : "-" }
    function mib(k) { return sprintf("%.1f MiB", k / 1024) }
    {
        enc[NR] = $1; files[NR] = $2; bytes[NR] = $3; rows[NR] = $4
        uw[NR] = $5; uc[NR] = $6 + $7; ur[NR] = $8
        jw[NR] = $9; jc[NR] = $10 + $11; jr[NR] = $12; rec[NR] = $13
        B += $3; R += $4; F += $2; UW += $5; UC += $6 + $7; JW += $9; JC += $10 + $11; REC += $13
        if ($8 > UR) UR = $8
        if ($12 > JR) JR = $12
    }
    END {
        print "| run | input MB | wall s | CPU s | MB/s | indicator records | records/s | peak RSS |"
        print "|---|---:|---:|---:|---:|---:|---:|---:|"
        printf "| uconv -f ENC -t UTF-8 (baseline) | %.1f | %.2f | %.2f | %s | – | – | %s |\n", B / 1e6, UW, UC, mbs(B, UW), mib(UR)
        printf "| jixiao parse | %.1f | %.2f | %.2f | %s | %d of %d | %.0f | %s |\n", B / 1e6, JW, JC, mbs(B, JW), REC, R, (JW > 0 ? REC / JW : 0), mib(JR)
        printf "| **ratio jixiao / uconv** | | | | **%s** | | | |\n\n", ((UW > 0 && JW > 0) ? sprintf("%.4f (uconv %.0fx faster)", UW / JW, JW / UW) : "-")
        print "| encoding | files | input MB | uconv MB/s | jixiao MB/s | ratio | jixiao records/s | jixiao peak RSS |"
        print "|---|---:|---:|---:|---:|---:|---:|---:|"
        for (i = 1; i <= NR; i++)
            printf "| %s | %d | %.1f | %s | %s | %s | %.0f | %s |\n", enc[i], files[i], bytes[i] / 1e6, mbs(bytes[i], uw[i]), mbs(bytes[i], jw[i]), (uw[i] > 0 && jw[i] > 0) ? sprintf("%.4f", uw[i] / jw[i]) : "-", (jw[i] > 0 ? rec[i] / jw[i] : 0), mib(jr[i])
    }' "$work/figures"
} | tee "$data/results.md"
