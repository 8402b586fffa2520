#!/bin/sh
# The main job on the bundled corpus: parse every document into records.
# Usage: scripts/demo.sh PATH/TO/jixiao OUTDIR
set -u
BIN=$1
OUT=$2
cd "$(dirname "$0")/.."
SEEDS=${JX_SHARED_DIR:-../shared}/seeds
files=$(ls corpus/*.txt corpus/*.md corpus/*.html 2>/dev/null | grep -v README)
if [ -d "$SEEDS" ]; then
  files="$files $SEEDS/000_target_table.txt $SEEDS/001_evaluation_report.txt $SEEDS/003_self_evaluation_report.txt"
else
  echo "($SEEDS not found: the reference documents are skipped)"
fi
# shellcheck disable=SC2086
"$BIN" parse -o "$OUT/records.jsonl" $files
status=$?
# shellcheck disable=SC2086
"$BIN" parse --format csv --excel -o "$OUT/indicators.csv" $files 2>/dev/null
echo
echo "document                                   indicators  scores  budgets  facts"
for f in $files; do
  name=$(basename "$f")
  count() { grep -c "^{\"type\":\"$1\",\"doc\":\"$name\"" "$OUT/records.jsonl"; }
  printf '%-42s %10d %7d %8d %6d\n' "$name" "$(count indicator)" "$(count score)" "$(count budget)" "$(count fact)"
done
echo
echo "records:    $OUT/records.jsonl ($(wc -l < "$OUT/records.jsonl") lines)"
echo "for Excel:  $OUT/indicators.csv"
if [ -d "$SEEDS" ]; then
  echo
  echo "== jixiao check: where the reference reports contradict themselves"
  "$BIN" check "$SEEDS/001_evaluation_report.txt" "$SEEDS/003_self_evaluation_report.txt"
  echo
  echo "first records of the reference target table:"
  grep '"doc":"000_target_table.txt"' "$OUT/records.jsonl" | head -4
fi

# The same documents into a database, as an archive would go: a fresh
# SQLite file each run, so the summary shows the import (run the import
# line twice to see every file come back "unchanged").
DB="$OUT/jixiao.sqlite"
rm -f "$DB" "$DB-wal" "$DB-shm"
echo
echo "== jixiao import --db $DB"
# shellcheck disable=SC2086
"$BIN" import --quiet --db "$DB" $files || status=$?
echo
echo "== 满意度 targets by year (jixiao query; the tables are in docs/schema.sql)"
echo "   (corpus/05_industry_combined_cells is one table in four encodings, four"
echo "   documents to the database: its rows come four times)"
"$BIN" query --db "$DB" "SELECT d.year, d.org, i.name, i.op, i.value, i.unit
  FROM indicators i JOIN documents d ON d.id = i.doc_id
  WHERE i.category LIKE 'satisfaction%' ORDER BY d.year, d.org, i.name" || status=$?
"$BIN" export --db "$DB" --format xlsx -o "$OUT/records.xlsx" || status=$?
echo
echo "database:   $DB"
echo "workbook:   $OUT/records.xlsx (one sheet per record type)"
exit $status
