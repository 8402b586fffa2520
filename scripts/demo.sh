#!/bin/sh
# The main job on the bundled corpus: parse every document into records.
# Usage: scripts/demo.sh PATH/TO/jixiao OUTDIR
set -u
BIN=$1
OUT=$2
cd "$(dirname "$0")/.."
files=$(ls corpus/*.txt corpus/*.md corpus/*.html 2>/dev/null | grep -v README)
if [ -d ../shared/seeds ]; then
  files="$files ../shared/seeds/000_target_table.txt ../shared/seeds/001_evaluation_report.txt"
else
  echo "(../shared/seeds not found: the reference documents are skipped)"
fi
# shellcheck disable=SC2086
"$BIN" parse -o "$OUT/records.jsonl" $files
status=$?
# shellcheck disable=SC2086
"$BIN" parse --format csv --excel -o "$OUT/indicators.csv" $files 2>/dev/null
echo
echo "document                                   indicators"
for f in $files; do
  name=$(basename "$f")
  n=$(grep -c "^{\"type\":\"indicator\",\"doc\":\"$name\"" "$OUT/records.jsonl")
  printf '%-42s %5d\n' "$name" "$n"
done
echo
echo "records:    $OUT/records.jsonl ($(wc -l < "$OUT/records.jsonl") lines)"
echo "for Excel:  $OUT/indicators.csv"
if [ -d ../shared/seeds ]; then
  echo
  echo "first records of the reference target table:"
  grep '"doc":"000_target_table.txt"' "$OUT/records.jsonl" | head -4
fi
exit $status
