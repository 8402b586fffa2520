/*
 * check.h — the consistency checker's insides, shared by the files of check/.
 *
 * check/ reads records (core/) and never calls extract/ or parse/; it may use
 * normalize/ for numbers, figures in prose and the taxonomy.  The public entry
 * is jx_check_records (include/jixiao.h).
 */
#ifndef JX_CHECK_H
#define JX_CHECK_H

#include "core/core.h"

/* ------------------------------------------------------------- decimals */

/*
 * A figure as printed: its value exactly (units × 10^-places) and how many
 * decimals it was printed with.  Every tolerance of the checker comes from
 * `places`: a printed figure stands for any value within half a unit of its
 * last place, never within a fixed epsilon.
 */
typedef struct {
    gint64 units;
    int places;
} jx_dec;

/* Parses a decimal string of a record ("68.06", "-2", "58600"; a trailing %
 * and thousands separators are tolerated).  FALSE when `s` is NULL or not a
 * plain decimal of at most 15 digits and 9 decimals. */
gboolean jx_dec_parse(const char *s, jx_dec *out);
/* The value as a double. */
double jx_dec_value(jx_dec d);
/* Half a unit in the last printed place: what the printed figure may differ
 * from the value it stands for (0.5 for "69", 0.005 for "93.80"). */
double jx_dec_half_unit(jx_dec d);
/* What a figure used as an input may carry from its own rounding: half a
 * unit when it is printed with decimals; 0 for a whole number, which is taken
 * as exact (weights and scores are whole points by design, and an amount
 * printed whole is read as stated). */
double jx_dec_slack(jx_dec d);
/* The slack of a figure printed in a column whose finest figure has
 * `column_places` decimals: a figure printed with fewer (`0.9` among `0.20`,
 * `1.38`) had its trailing zeros dropped, so it is exact to the column's
 * places — half a unit there — not to its own. */
double jx_dec_slack_in(jx_dec d, int column_places);
/* TRUE when |a − b| <= slack, up to a double's representation error (not a
 * tolerance: a margin far below any printed place). */
gboolean jx_dec_near(double a, double b, double slack);
/* a + b, exactly, at the finer of the two precisions. */
jx_dec jx_dec_add(jx_dec a, jx_dec b);
/* Compares a and b exactly: <0, 0, >0. */
int jx_dec_cmp(jx_dec a, jx_dec b);
/* The figure as a decimal string with its own places ("12.25"). Caller g_free()s. */
char *jx_dec_string(jx_dec d);
/* `v` printed with `places` decimals, trailing zeros kept ("74.5468"). */
char *jx_dec_format(double v, int places);

/*
 * How a printed result compares with the value it should state.
 * `exact` is the value computed from the inputs, `slack` what the inputs'
 * own rounding allows on it.  MATCH: within half a unit of the printed
 * place plus the slack; TRUNCATED: not that, but the exact value cut (not
 * rounded) to the printed places gives the printed figure; else DIFFERENT.
 */
typedef enum { JX_DEC_MATCH, JX_DEC_TRUNCATED, JX_DEC_DIFFERENT } jx_dec_verdict;
jx_dec_verdict jx_dec_compare(jx_dec printed, double exact, double slack);

/*
 * TRUE when a printed total equals the exact sum of printed parts, allowing
 * only `slack`: what the figures' own rounding allows (the sum of
 * jx_dec_slack of the total and of every part; 0 when all are whole).
 */
gboolean jx_dec_sum_matches(jx_dec printed, jx_dec sum, double slack);

/* ------------------------------------------------------------- rules */

typedef struct jx_check_ctx jx_check_ctx;

/* A rule: walks the records in `ctx` and emits findings with jx_check_emit. */
typedef void (*jx_check_fn)(jx_check_ctx *ctx);

/* The records being checked, and where findings go. */
struct jx_check_ctx {
    const jx_record_list *records; /* borrowed: the document's records, document first */
    const jx_record *doc;          /* the document record, or NULL */
    const char *doc_id;            /* never NULL */
    const char *rule;              /* the rule running (set by the driver) */
    const char *severity;          /* its default severity */
    GArray *fact_index;            /* guint per record: 1-based index among facts, 0 if none */
    GPtrArray *pending;            /* owns check_pending* (check.c) */
    /* The score rows with their tree (score.c), built by the first score rule
     * that asks and freed by the driver: the records do not change between
     * rules, so neither does the tree. */
    gpointer score_rows;
    GDestroyNotify score_rows_free;
    /* A text's figures (jx_norm_figures), read at the first rule that asks
     * (jx_check_figures) and kept until the driver ends: number.malformed,
     * fact.rate, text.sum and budget.rate read the same fact texts, and
     * each read them again. */
    GHashTable *figures; /* text (borrowed) → GArray of jx_figure */
};

/*
 * Emits a finding of the running rule about record `at` (its index in
 * ctx->records; where comes from it: table/row/page for a row, fact/page for
 * a fact, null for the document record).  `severity` NULL takes the rule's.
 * `expected`/`found` may be NULL.  `fmt` is the message (printf-style).
 */
void jx_check_emit(jx_check_ctx *ctx, guint at, const char *severity, const char *expected,
                   const char *found, const char *fmt, ...) G_GNUC_PRINTF(6, 7);

/* The over-the-weight test score.over and selfeval.score-over share: emits a
 * finding about record `at` (named `label`) when score `s` is above weight
 * `w` (when `w` is non-NULL) or below 0, and returns TRUE if it did. */
gboolean jx_check_emit_over(jx_check_ctx *ctx, guint at, const char *label, jx_dec s,
                            const jx_dec *w);

/* TRUE when a finding of a rule whose id starts with `rule_prefix` ("score.")
 * has been emitted about a row of table `table`. */
gboolean jx_check_table_has_findings(const jx_check_ctx *ctx, gint64 table,
                                     const char *rule_prefix);

/* A label reduced for comparison: blanks removed, a leading code (`A11.`) and a
 * weight in brackets (`(20)`, `（4分）`) dropped.  New string; "" for NULL. */
char *jx_check_label_key(const char *label);
/* jx_check_label_key appended to `out`: a caller that builds a key of
 * several labels a row (indicator.duplicate) makes no string per label. */
void jx_check_label_key_append(GString *out, const char *label);

/* TRUE when the parser says how the row was read is a guess: its flags hold
 * a code for cells placed by inference (stream-ambiguous: a cell stream's
 * row; columns-shifted: cells moved off their columns; unassigned-cell).
 * Arithmetic on such a row would report the parser's guess as the
 * document's contradiction, so the rules on a row's figures say nothing of
 * it (check.c). */
gboolean jx_check_row_guessed(const jx_record *rec);

/* jx_norm_figures(text) (borrowed, kept by ctx: never freed by the caller);
 * NULL for a NULL text. */
const GArray *jx_check_figures(const jx_check_ctx *ctx, const char *text);

/* The record at `i` (borrowed). */
const jx_record *jx_check_record(const jx_check_ctx *ctx, guint i);
/* The number of records. */
guint jx_check_n(const jx_check_ctx *ctx);

/* TRUE when `name` is a summary row's label: 合计, 总计, 总分, 得分合计, 小计, 总规模 …
 * (`*subtotal` is set for 小计, a group's sum, not the table's). */
gboolean jx_check_is_summary(const char *name, gboolean *subtotal);

/* An amount {value, unit} converted to 元; FALSE when absent or not a number.
 * `d` receives the printed figure (for its places), `factor` the unit's 元. */
gboolean jx_check_amount(const jx_record *amount, jx_dec *d, double *yuan_factor);

/* TRUE when the document record's kind is `self-evaluation` (selfeval.c). */
gboolean jx_check_is_selfeval(const jx_check_ctx *ctx);

/* Rules, by file. */
void jx_check_score_sum(jx_check_ctx *ctx);
void jx_check_score_total(jx_check_ctx *ctx);
void jx_check_score_rate(jx_check_ctx *ctx);
void jx_check_score_over(jx_check_ctx *ctx);
void jx_check_score_grade(jx_check_ctx *ctx);
void jx_check_score_cross(jx_check_ctx *ctx);
void jx_check_score_code(jx_check_ctx *ctx);
void jx_check_budget_rate(jx_check_ctx *ctx);
void jx_check_budget_sum(jx_check_ctx *ctx);
void jx_check_fact_rate(jx_check_ctx *ctx);
void jx_check_funds_rate(jx_check_ctx *ctx); /* selfeval.funds-rate */
void jx_check_selfeval_funds_score(jx_check_ctx *ctx);
void jx_check_selfeval_funds_sum(jx_check_ctx *ctx);
void jx_check_selfeval_score_over(jx_check_ctx *ctx);
void jx_check_selfeval_weights(jx_check_ctx *ctx);
void jx_check_selfeval_total(jx_check_ctx *ctx);
void jx_check_selfeval_missed_target(jx_check_ctx *ctx);
void jx_check_selfeval_grade(jx_check_ctx *ctx);
void jx_check_number_malformed(jx_check_ctx *ctx);
void jx_check_text_sum(jx_check_ctx *ctx);
void jx_check_seq_gap(jx_check_ctx *ctx);
void jx_check_taxonomy_level2(jx_check_ctx *ctx);
void jx_check_percent_range(jx_check_ctx *ctx);
void jx_check_duplicate(jx_check_ctx *ctx);

#endif /* JX_CHECK_H */
