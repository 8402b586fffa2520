/*
 * score.h — accuracy of parsed records against a converted corpus.
 *
 * The converted corpus is a tree
 *
 *     ROOT/<converter>/<family>/<id>.<ext>             a rendered document
 *     ROOT/<converter>/<family>/<id>.expected.jsonl    its expected records: a "document"
 *                                                      record, then one "indicator" record
 *                                                      per indicator row (or "score" and
 *                                                      "budget" records: reports.py)
 *
 * Unlike golden.h, which demands an exact, ordered reproduction, this module
 * measures: indicator records are matched as a multiset (order does not
 * matter) and counted as true positives, false positives and misses, twice:
 *
 *   loose   a produced record matches an expected one when name, op, value,
 *           kind, unit and half are equal (half: op, value, kind and unit of
 *           the half-year target; a null and an absent half are the same);
 *   strict  in addition level1, level2, category, task and project are equal,
 *           where level2 may also be any label of the expected record's
 *           "level2_alt" list (project: a later project's table in a document
 *           holding several; absent and null are the same).
 *
 * Score records are matched the same way on name, weight, score and rate
 * (strict: level1, level2 and code too), budget records on name, the budget
 * and spent values and rate (strict: their units too), funds records (a
 * self-evaluation's 项目资金 rows) on item, planned, adjusted, spent, rate,
 * score and weight (strict: the same); a record never matches one of another
 * type.  An indicator record with an "actual" key (a self-evaluation row) is
 * matched loosely on the target's fields plus actual (op, value, kind, unit),
 * weight and score, strictly also on whether it has a deviation text; it
 * never matches an indicator without "actual".
 *
 * Each of the two is a maximum matching of its own (the strict one is not
 * taken from inside the loose one).  Expected records with "optional": true
 * count as true positives when matched and count nowhere when not; the
 * matching serves the other expected records first.  A produced record that
 * matches no expected one is a false positive.  Values are compared as JSON:
 * "95" and 95 differ; a null and an absent key are the same.
 *
 * The document record's title, year and notes are compared too, each only
 * when the expected document record has that key, and counted apart; when its
 * kind is "self-evaluation", so are kind, org, implementer, project,
 * score_total and grade.
 *
 * The module uses json-glib and the public jixiao API only; it has no cmocka
 * dependency, so both bench/accuracy.c and tests/test_converted.c use it.
 */
#ifndef JX_TEST_SCORE_H
#define JX_TEST_SCORE_H

#include <glib.h>
#include <json-glib/json-glib.h>

#include "jixiao.h"

G_BEGIN_DECLS

/* True positives, false positives and misses of one matching. */
typedef struct {
    guint tp, fp, fn;
} jx_score_counts;

/* Sums over one or more documents (zero-initialize before adding). */
typedef struct {
    guint documents;   /* documents scored, the failed ones included */
    guint failed;      /* documents not parsed, or whose expected file is unreadable/alone */
    guint expected;    /* expected indicator records that are not optional */
    guint optional;    /* expected indicator records marked "optional": true */
    guint produced;    /* indicator records the parser produced */
    jx_score_counts loose, strict;
    guint fully_right; /* parsed documents with no strict miss and no strict false positive */
    guint fields_right, fields_total; /* document fields compared (title, year …), and right */
} jx_score_tally;

/* One scored document. */
typedef struct {
    char *label;          /* "converter/family/id.ext", or what the caller named it */
    char *error;          /* why the document could not be scored (then it counts as
                             failed and its expected records as missed), else NULL */
    jx_score_tally tally; /* this document alone: tally.documents == 1 */
    GPtrArray *problems;  /* char *: one line per problem, doc fields first, then the
                             expected records in document order, then the extras */
} jx_score_doc;

/* 2·TP / (2·TP + FP + FN); 1 when all three are 0 (nothing to find, nothing invented). */
double jx_score_f1(const jx_score_counts *c);

/* TP / (TP + FP), or a negative number when nothing was produced. */
double jx_score_precision(const jx_score_counts *c);

/* TP / (TP + FN), or a negative number when nothing was expected. */
double jx_score_recall(const jx_score_counts *c);

/* Adds every counter of `from` to `into`. */
void jx_score_tally_add(jx_score_tally *into, const jx_score_tally *from);

/*
 * Converts parsed records to JSON objects through the public API
 * (jx_record_to_json).  Returns a new array of JsonObject* owning a reference
 * to each (free with g_ptr_array_unref); never NULL.
 */
GPtrArray *jx_score_records_json(const jx_record_list *records);

/*
 * Scores `produced` against `expected` (both arrays of JsonObject*, e.g. from
 * jx_golden_parse and jx_score_records_json; records of other types than
 * "document" and "indicator" are ignored).  `label` names the document in
 * the problem lines.  Returns a new result (free with jx_score_doc_free);
 * never NULL.  Problem lines look like
 *     title: expected "项目支出绩效目标表", got "绩效目标表"
 *     missed #12 培训人次 (>= 500 人次); closest produced #13: unit "人次" → "次"
 *     wrong  #12 培训人次 (>= 500 人次): level1 "产出指标" → "效益指标"
 *     extra  produced #7 培训人次 (>= 500 人次) 产出指标/数量指标
 * ("wrong": loosely matched, strictly not; the arrow goes from the expected
 * value to the produced one).
 */
jx_score_doc *jx_score_records(const char *label, const GPtrArray *expected,
                               const GPtrArray *produced);

/*
 * A document that could not be scored: `why` is kept as its error, every
 * expected indicator record that is not optional counts as missed (loose and
 * strict), and every expected document field as wrong.  `expected` may be
 * NULL (an unreadable expected file).  Returns a new result; never NULL.
 */
jx_score_doc *jx_score_failed(const char *label, const GPtrArray *expected, const char *why);

/*
 * Loads `expected_path`, parses `doc_path` with jx_parse_path and scores it.
 * A document that cannot be parsed, or an expected file that cannot be read,
 * gives a jx_score_failed result.  Returns a new result; never NULL.
 */
jx_score_doc *jx_score_file(const char *label, const char *doc_path, const char *expected_path);

/* TRUE when the document was scored and has no strict miss and no strict false positive. */
gboolean jx_score_doc_fully_right(const jx_score_doc *doc);

/* Releases a result; NULL is allowed. */
void jx_score_doc_free(jx_score_doc *doc);

/* ---------------------------------------------------------------- trees */

/* The documents of one ROOT/<converter>/<family>/ folder. */
typedef struct {
    char *converter;
    char *family;
    jx_score_tally tally; /* sum over docs */
    GPtrArray *docs;      /* jx_score_doc *, in file-name order */
} jx_score_cell;

/* A scored tree. */
typedef struct {
    char *root;
    GPtrArray *cells;    /* jx_score_cell *, by converter then family (byte order) */
    GPtrArray *unscored; /* char *: "converter/family/name" files with no <id>.expected.jsonl */
} jx_score_tree;

/*
 * Walks ROOT/<converter>/<family>/ and scores every document that has an
 * <id>.expected.jsonl beside it (jx_score_file).  An expected file with no
 * document of its id beside it is a failed document ("no document").  Files
 * directly under ROOT or a converter folder are ignored, and so are names
 * starting with '.'.  Every family folder becomes a cell, even an empty one.
 * Returns a new tree (free with jx_score_tree_free), or NULL with `error` set
 * when ROOT or one of its folders cannot be read.
 */
jx_score_tree *jx_score_tree_run(const char *root, GError **error);

/*
 * The same, for the family folders whose "converter/family" matches one of
 * the NULL-terminated shell-style patterns `only` (g_pattern_match_simple,
 * '*' and '?': "w3m/half", "calc-pdf-layout/d*", "*-layout/dept"; a pattern
 * without '/' names a converter, all its families); every folder when
 * `only` is NULL or empty.  Folders left out are not read at all.
 */
jx_score_tree *jx_score_tree_run_only(const char *root, const char *const *only,
                                      GError **error);

/* Releases a tree; NULL is allowed. */
void jx_score_tree_free(jx_score_tree *tree);

/* Sums the cells of `converter` (NULL: of every converter) into `out` (overwritten). */
void jx_score_tree_total(const jx_score_tree *tree, const char *converter, jx_score_tally *out);

/*
 * The Markdown table: one row per converter × family (documents, expected
 * indicators, produced, not parsed, precision, recall, F1, strict F1, docs
 * fully right, doc fields right), a total row per converter and an overall
 * one; then the documents that could not be parsed, with why, and how many
 * files had no expected records.  Returns a new string (g_free).
 */
char *jx_score_tree_table(const jx_score_tree *tree);

/*
 * Checks every cell: its loose F1 must be at least `min_f1` and its strict F1
 * at least `min_strict`; a cell with no document, and a tree with no cell,
 * fails too, as does any document whose expected file could not be read.
 * Appends one line per failing cell or document to `report` (may be NULL).
 * Returns TRUE when everything passes.
 */
gboolean jx_score_tree_check(const jx_score_tree *tree, double min_f1, double min_strict,
                             GString *report);

/*
 * Reads a floors file: lines `converter family min-F1 min-strict-F1`
 * (blanks separate fields; `#` starts a comment line).  A floor is the
 * accuracy a cell still below the target must not fall under.  Returns a new
 * table "converter/family" → double[2] (free with g_hash_table_unref), or
 * NULL with `error` set when the file cannot be read or a line is malformed.
 */
GHashTable *jx_score_floors_load(const char *path, GError **error);

/*
 * jx_score_tree_check with per-cell minimums: a cell listed in `floors`
 * (may be NULL) must reach its floor, every other cell the target.
 */
gboolean jx_score_tree_check_floors(const jx_score_tree *tree, double target_f1,
                                    double target_strict, GHashTable *floors, GString *report);

/*
 * Appends, for each document that is not fully right or has a document field
 * wrong, a line "LABEL: N problems (…counts…)" followed by its first
 * `max_lines` problem lines, indented.  `worst_first` orders the documents by
 * their number of problems (most first), else the tree's order; `max_docs`
 * limits how many are shown (0: all), and a last line says how many were
 * left out.
 */
void jx_score_tree_list(const jx_score_tree *tree, gboolean worst_first, guint max_docs,
                        guint max_lines, GString *out);

G_END_DECLS

#endif /* JX_TEST_SCORE_H */
