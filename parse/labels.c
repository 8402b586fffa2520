/*
 * labels.c — merged label cells (一级指标, 二级指标) spread over their rows.
 *
 * A text dump writes a merged cell's label once.  Most converters put it on
 * the first row of the span (fill down); where the cell was vertically
 * centred it lands on the middle row, and the rows above it are blank; some
 * put it on the last row.  One document can do both: a page laid out by
 * another hand, or a converter that centres only some cells.
 *
 * So each label's span is chosen, not assumed: the rows of a parent span are
 * split among its labels by dynamic programming, each label's rows being
 * contiguous and holding the label's own row, and a split is scored by
 *   - the words the rows' names share with the label (资金管理 / 资金到位率;
 *     ICU word segmentation, in normalize): the evidence;
 *   - how the label sits in its span: on its first row (top), in the middle
 *     (centred) or on its last row (bottom).  The placement the region is
 *     known to use costs nothing, another one costs a switch, any other
 *     position a lot; over an even span, where only the rows place labels,
 *     the middle row the table's labels use (upper or lower: its split
 *     under each reading says which, column_middle) costs a little less.
 * A level-1 label also gets the rows whose level-2 label the taxonomy
 * lists under it.  The region's placement is the caller's `regime` where known (what the
 * level below showed by its words), else the span's own: centred when rows
 * precede its first label, else what the column's other spans show by
 * their rows (jx_labels_resolve), else top.
 */
#include "parse/parse.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void jx_label_column_init(jx_label_column *col, int n)
{
    col->n = n;
    col->explicit_label = g_new0(char *, n + 1);
    col->resolved = g_new0(char *, n + 1);
    col->texts = NULL; /* made by the first label set */
    col->inferred = g_new0(gboolean, n + 1);
    col->centred = g_new0(gboolean, n + 1);
    col->evidence = g_new0(jx_placement, n + 1);
    col->middle = 0;
}

void jx_label_column_clear(jx_label_column *col)
{
    if (col->texts)
        g_string_chunk_free(col->texts);
    g_free(col->explicit_label);
    g_free(col->resolved);
    g_free(col->inferred);
    g_free(col->centred);
    g_free(col->evidence);
    memset(col, 0, sizeof *col);
}

struct jx_name_words {
    jx_segmenter *seg;
    int n;
    const char **name; /* borrowed */
    const char **norm; /* normalized name, once asked: the name itself or in `own` */
    char **own;        /* normal forms that are not the name itself (owned) */
    char ***words;     /* segmented name, once a label's word occurs in it (owned,
                        * packed: jx_segmenter_words_packed) */
    /* label text (owned) → its label_fit: the level-2 labels are split
     * over the table (the probe) and again under their parents, a label
     * over each split column_middle tries, and each split asks every row in
     * reach of each label what it shares with it */
    GHashTable *by_label;
};

/* One label's words and, per row of the names, what the row's name shares
 * with them (jx_name_words_shared; -1 until asked); and what the taxonomy
 * says of the label, which every split of every level asks again. */
typedef struct {
    char **words; /* packed (jx_segmenter_words_packed) */
    int *shared;
    gboolean standard; /* jx_taxonomy_standard_level2 */
    gboolean listed;   /* a level-1, standard level-2 or joined label (label_weight) */
    const char *code;  /* jx_taxonomy_level2(NULL, label) (static) */
} label_fit;

static void label_fit_free(gpointer p)
{
    label_fit *lf = p;
    g_free(lf->words);
    g_free(lf->shared);
    g_free(lf);
}

jx_name_words *jx_name_words_new(jx_segmenter *seg, const char *const *names, int n)
{
    jx_name_words *nw = g_new0(jx_name_words, 1);
    nw->seg = seg;
    nw->n = n;
    nw->name = g_new0(const char *, n + 1);
    for (int i = 0; i < n; i++)
        nw->name[i] = names[i];
    nw->norm = g_new0(const char *, n + 1);
    nw->own = g_new0(char *, n + 1);
    nw->words = g_new0(char **, n + 1);
    nw->by_label = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, label_fit_free);
    return nw;
}

void jx_name_words_free(jx_name_words *nw)
{
    if (!nw)
        return;
    for (int i = 0; i < nw->n; i++) {
        g_free(nw->own[i]);
        g_free(nw->words[i]); /* packed (jx_segmenter_words_packed) */
    }
    g_free(nw->norm);
    g_free(nw->own);
    g_free(nw->words);
    g_free(nw->name);
    g_hash_table_unref(nw->by_label);
    g_free(nw);
}

const char *jx_name_words_norm(jx_name_words *nw, int r)
{
    if (nw->name[r] && !nw->norm[r])
        nw->norm[r] = jx_norm_text_view(nw->name[r], &nw->own[r]);
    return nw->norm[r];
}

int jx_name_words_shared(jx_name_words *nw, int r, char *const *label_words)
{
    if (!nw->name[r] || !label_words || !*label_words)
        return 0;
    if (!nw->words[r]) {
        jx_name_words_norm(nw, r);
        /* the name's words are pieces of its normal form: a label word
         * found in none of it is no shared word */
        gboolean any = FALSE;
        for (char *const *w = label_words; *w && !any; w++)
            any = strstr(nw->norm[r], *w) != NULL;
        if (!any)
            return 0;
        nw->words[r] = jx_segmenter_words_packed(nw->seg, nw->name[r]);
    }
    return jx_norm_shared_chars(nw->words[r], label_words);
}

/* Fills what the taxonomy says of `label` into `lf`. */
static void label_taxonomy(label_fit *lf, const char *label)
{
    lf->standard = jx_taxonomy_standard_level2(label);
    lf->listed = jx_taxonomy_level1(label) || lf->standard || jx_taxonomy_joined_label(label);
    lf->code = jx_taxonomy_level2(NULL, label);
}

/* `label`'s words and the rows' shares of them so far, the names' own:
 * made at the label's first question. */
static label_fit *label_fit_of(jx_name_words *nw, const char *label)
{
    label_fit *lf = g_hash_table_lookup(nw->by_label, label);
    if (!lf) {
        lf = g_new(label_fit, 1);
        lf->words = jx_segmenter_words_packed(nw->seg, label);
        label_taxonomy(lf, label);
        lf->shared = g_new(int, nw->n + 1);
        for (int r = 0; r <= nw->n; r++)
            lf->shared[r] = -1;
        g_hash_table_insert(nw->by_label, g_strdup(label), lf);
    }
    return lf;
}

/* jx_name_words_shared of row r and label_fit `lf`'s words, asked once. */
static int label_shared(jx_name_words *nw, label_fit *lf, int r)
{
    if (lf->shared[r] < 0)
        lf->shared[r] = jx_name_words_shared(nw, r, lf->words);
    return lf->shared[r];
}

/* Bytes of a block of a column's labels: a table's few labels, each
 * stored once however many rows it labels. */
#define LABEL_TEXTS_BLOCK 512

/* `label` (NULL: none) copied into the column's own texts.  `shared`: a
 * copy stored for another row is used again (the label of a span without
 * one, set on each of its rows once per reading tried), where each row's
 * explicit label is set once (a copy is cheaper than the lookup). */
static char *column_text(jx_label_column *col, const char *label, gboolean shared)
{
    if (!label)
        return NULL;
    if (!col->texts)
        col->texts = g_string_chunk_new(LABEL_TEXTS_BLOCK);
    return shared ? g_string_chunk_insert_const(col->texts, label)
                  : g_string_chunk_insert(col->texts, label);
}

void jx_label_column_set_explicit(jx_label_column *col, int i, const char *label)
{
    col->explicit_label[i] = column_text(col, label, FALSE);
}

/* Sets row i's resolved label to `label`, one of the column's own texts
 * (column_text, an explicit label) or NULL: stored as it is, the column
 * owning it already. */
static void set_resolved(jx_label_column *col, int i, char *label, gboolean centred)
{
    col->resolved[i] = label;
    col->inferred[i] = col->explicit_label[i] == NULL && label && *label;
    col->centred[i] = centred && col->explicit_label[i] == NULL;
}

/* Placement costs, in shared-word characters: a label placed against the
 * region's habit needs two characters of evidence more than the habit (a
 * shared two-character word such as 管理 alone does not flip it); a label
 * neither on top, centred nor at the bottom is the last resort. */
#define SWITCH_COST 1.5
#define LOOSE_COST 6.0
#define LOOSE_COST_PER_ROW 0.1
/* A group made of whole groups of the level below is likelier. */
#define SPLIT_CHILD_COST 0.5
/* A row whose level-2 label the taxonomy lists under a level-1 label
 * (社会效益 under 效益) counts like one shared character for that label. */
#define TAXONOMY_FIT 1.0
/* Among equal splits, the habit's exact position wins. */
#define OFF_CENTRE_COST 0.01
/* A row whose name's ending tells its category (验收合格率: quality) counts
 * this for the label of that category: it settles rows placement leaves
 * open (between two centred labels), and takes five such rows to outweigh
 * a switch of placement. */
#define NAME_CATEGORY_FIT 0.3

typedef struct {
    int a, b, k;
    int n;                    /* rows of the column */
    const int *pos;           /* label rows, ascending */
    double *const *fit;       /* per label: prefix sums of row fit over its window */
    const int *fit_lo;        /* per label: first row of its window */
    const jx_placement *habit; /* per label: the region's placement */
    const gboolean *standard;  /* per label: jx_taxonomy_standard_level2 */
    const gboolean *child_start; /* may be NULL */
    double *const *memo;      /* per label: best score from span start s, NAN unknown */
    int *const *choice;       /* per label: end row chosen for start s */
    const double *line_lo, *line_hi, *label_line; /* see jx_label_context; may be NULL */
    double line_pitch;
    gboolean label_inside, lines_ungapped;
    gboolean lines_on_page; /* see jx_label_context; on_top_of_its_page */
    gboolean page_dump; /* see jx_label_context; RECORD_BALANCE_COST */
    const gboolean *label_one_line; /* see jx_label_context; may be NULL */
    gboolean merged_only; /* see BELOW_MIDDLE_SPREAD */
    int middle; /* the middle row of an even span the column uses: see column_middle */
    const gboolean *labels_only;
    const gboolean *part_start;
    const int *page, *end_page; /* see jx_label_context; may be NULL */
    /* Per row r of a..b (index r - a), found once per split so that a cost
     * reads them instead of walking the span: the last row at or before r
     * that opens a part (a - 1: none), the first at or after r (b + 1:
     * none), and the last row of r's page in an unbroken run. */
    const int *part_before, *part_after, *page_last;
    /* Per row r of a..b+1: how many rows a..r-1 hold a record (all of them
     * where labels_only is unknown). */
    const int *records_before;
    /* Per row r of a..b+1: how tall rows a..r-1 that hold a record stand
     * (see jx_label_context.row_height; a row each where it is unknown). */
    const double *height_before;
    /* Per label, once its spans are first asked for (ranked): for each end
     * row e of its span (from its first possible end), what the split scores
     * from e on plus the fit up to e, before any cost of the span itself
     * (see rank_ends); and those ends, best first. */
    gboolean *ranked;
    double *const *gain;
    int *const *order;
} splitter;

/* First row a span of label i can start at: after the previous label's row. */
static int start_lo(const splitter *sp, int i)
{
    return i > 0 ? sp->pos[i - 1] + 1 : sp->a;
}

/* Twice how far a label may sit from its span's middle and still be
 * centred, in rows (or row pitches of lines): an even span has no middle
 * row. */
#define CENTRE_SLACK 1.0

/* The cost of label row p heading the span s..e, given where it stands in
 * it: on its first row, its last row, centred, or elsewhere (`spread`: how
 * far from the middle). */
static double placement_cost(jx_placement habit, gboolean top, gboolean centred, gboolean bottom,
                             double spread, int above, int below, double switch_cost)
{
    double off = OFF_CENTRE_COST * (habit == JX_PLACE_CENTRED ? spread
                                    : habit == JX_PLACE_BOTTOM ? below
                                                               : above);
    gboolean either = habit == JX_PLACE_TOP_OR_CENTRED && (top || centred);
    if ((top && habit == JX_PLACE_TOP) || (centred && habit == JX_PLACE_CENTRED) ||
        (bottom && habit == JX_PLACE_BOTTOM) || either)
        return off;
    if (top || centred || bottom)
        return switch_cost + off;
    return LOOSE_COST + LOOSE_COST_PER_ROW * abs(above - below);
}

/* A label on the last row of its span with this many of the span's rows
 * above it, where the region centres its labels, is no placement a
 * converter has: a form that types its labels once, on a middle row, and
 * breaks a group over a page it labels on the first page only (the rows
 * after the break left blank), centres the label over the group's first
 * part; a converter that drops the break (a spreadsheet's HTML, printed)
 * runs the unlabelled rows on under it.  Read as a switch of placement,
 * the next label takes those rows at its bottom, and pushes every label
 * after it down by its rows (数量指标 centred over its first 9 rows of 15,
 * 质量指标 at the bottom of the other 6 and of 3 of its own).  So such a
 * span costs what a label neither on top nor centred costs; the label
 * above runs on instead, off its middle. */
#define BOTTOM_MIN_ROWS_ABOVE 4

/* TRUE when no record's row follows row e on its page (lines of labels
 * alone may: a cut cell's label read beside the break). */
static gboolean last_record_of_page(const splitter *sp, int e)
{
    int last = sp->page_last[e - sp->a];
    return sp->records_before[last + 1 - sp->a] == sp->records_before[e + 1 - sp->a];
}

/* What placing label i at the bottom of span s..e (p == e) against the
 * region's habit costs: `switch_cost`, but for a span BOTTOM_MIN_ROWS_ABOVE
 * describes.  Not where the bottom is told by something else: a span that
 * ends at its page's last record or crosses a page (a spreadsheet's cut
 * cell read beside the break), a label on a line of its own (its lines
 * place it; below a tall row the dump lost, it ends its group), or a
 * label other than a standard level-2 one: a piece of a wrapped label
 * (可持 of 可持续影响指标) stands beside whatever row its wrapping reaches,
 * and a level-1 label over several groups ends its section where a row the
 * reader lost leaves it (效益指标 over 长效管理机制, a tall row lost).
 * Inlined into span_cost, always: asked of every end a split tries, it
 * nearly always returns at its first test, and the call cost more. */
G_ALWAYS_INLINE static inline double bottom_switch_cost(const splitter *sp, int i, int s, int p,
                                                        int e, double switch_cost)
{
    if (sp->habit[i] != JX_PLACE_CENTRED || p != e || p - s < BOTTOM_MIN_ROWS_ABOVE ||
        !sp->standard[i] || (sp->labels_only && sp->labels_only[p]))
        return switch_cost;
    if (sp->page && (sp->page[s] != sp->page[e] || last_record_of_page(sp, e)))
        return switch_cost;
    return LOOSE_COST + LOOSE_COST_PER_ROW * (p - s);
}

/* A label stands inside its cell: where the caller says so (label_inside),
 * a span whose lines do not reach the label's line (a label on a line of
 * its own between two rows, given a span of one of them) costs this, beyond
 * any placement. */
#define OUTSIDE_SPAN_COST (4 * LOOSE_COST)
/* Where lines place labels exactly (label_inside: a label stands on the
 * middle line of its span, to half a row), a label against the region's
 * habit needs more evidence than two shared characters (管理 shared by 资金管理
 * and 管理制度健全性 must not pull a centred label to the top of a span). */
#define EXACT_SWITCH_COST 3.0

/* In a dump whose rows follow each other (lines_ungapped), how far a label
 * may stand from its span's middle and still be centred, in lines (a row
 * counted as one): a PDF's layout text rounds every piece to a line, sets
 * blank lines where rows are taller, and a row whose name wraps takes more
 * lines than its height in the page says — so neither the lines nor the
 * rows alone place the middle, and the label's distance from it is the
 * mean of the two. */
#define CENTRE_SLACK_LINES 3.0
/* ... and what each line off the middle costs a centred label: between
 * two splits that both centre their labels, the one whose labels stand
 * nearer their spans' middles (a group's size bounded by where the next
 * label stands) wins over a switch of placement. */
#define OFF_CENTRE_LINE_COST 1.0

/* What the cost of a span of label i from row s reads of the label and
 * that row alone, whatever row the span ends at: worked out once for each
 * start (span_start_at), where best_from asks the cost of every end of it
 * (a quarter of a million ends over the 40 speed files). */
typedef struct {
    int i, s, p; /* the label, the span's first row, the label's row */
    jx_placement habit; /* sp->habit[i] */
    /* the rows of the span on the part (page) row p stands in: from
     * part_lo, up to the row before part_next (b + 1: no part opens after
     * p) where the span reaches it — a label cell cut by a page break is
     * centred on its own page's rows */
    int part_lo, part_next;
    /* a label on top of a span that a page break may cut (on_top_of_its_page),
     * in a region that centres its labels */
    gboolean may_cut_top;
    /* the label stands on a page and on the span's first part
     * (placed_cost); page_hi: the last row of its page's unbroken run */
    gboolean first_part;
    int page_hi;
} span_start;

/* The last row of span s..e on the part its label's row stands in (see
 * span_start.part_lo for the first). */
static int part_end(const span_start *st, int e)
{
    return st->part_next <= e ? st->part_next - 1 : e;
}

/* How far label row p stands from the middle of rows s..e, by lines and
 * rows together (see CENTRE_SLACK_LINES).  Rows are the ones holding a
 * record: another label on a line of its own (a level-1 label between two
 * rows of a level-2 span, the next group's label) is a line, which the
 * lines count, not a row of the span — counted as one, it pulls the middle
 * towards it and makes two spans centre their labels equally well.  A
 * row counts as tall as the caller says (jx_label_context.row_height): a
 * tall first row puts the middle lower than its count of one does. */
static double ungapped_off(const splitter *sp, int s, int p, int e)
{
    double by_lines = fabs(sp->label_line[p] - (sp->line_lo[s] + sp->line_hi[e]) / 2);
    const double *rec = sp->height_before;
    double above = rec[p - sp->a] - rec[s - sp->a], below = rec[e + 1 - sp->a] - rec[p + 1 - sp->a];
    double by_rows = fabs(above - below) / 2.0;
    return (by_lines + by_rows) / 2;
}

/* Where label row p stands in span s..e, by lines and rows, in a dump whose
 * rows follow each other, the region centring its labels. */
static double ungapped_span_cost(const splitter *sp, const span_start *st, int e)
{
    int i = st->i, s = st->s, p = st->p, ps = st->part_lo, pe = part_end(st, e);
    double off = MIN(ungapped_off(sp, s, p, e), ungapped_off(sp, ps, p, pe));
    gboolean centred = off <= CENTRE_SLACK_LINES;
    double cost = placement_cost(sp->habit[i], p == s, centred, p == e, 2 * off, p - s, e - p,
                                 bottom_switch_cost(sp, i, s, p, e, SWITCH_COST));
    if (centred && sp->habit[i] == JX_PLACE_CENTRED)
        cost += OFF_CENTRE_LINE_COST * off;
    return cost;
}

/* A dump that parts its rows with blank lines (a text browser's) centres a
 * cell's lines in its span's by rounding the space above them down: the
 * middle of a centred label's lines stands on its span's middle line or
 * half a line above it, never below (a two-line label over four one-line
 * rows, lines 20..26, stands on 22-23; over the three rows 20..24 it would
 * stand on 21-22).  A label below its span's middle is that much further
 * from being centred over it, beyond the slack (CENTRE_SLACK): where the
 * rows' count is even, this tells which span a label heads. */
#define BELOW_MIDDLE_SPREAD (CENTRE_SLACK + 0.5)

/* ... and where only the rows are known, a merged cell's label over an
 * even number of rows stands on the upper of the two middle rows as
 * likely as not, and a label wrapped over both is read on the upper one
 * (its first piece's): between two otherwise equal centred spans, the one
 * whose label is not below its middle wins. */
#define BELOW_MIDDLE_ROW_COST 0.05

/* Which of an even span's two middle rows a column's centred labels stand
 * on, where only the rows are known: a converter sets every cell of a form
 * alike (a layout model on the upper one, a form that centres by hand on
 * the lower one), but a chain of centred labels between two fixed rows
 * fits either, one row passing from a group to the next at each boundary
 * (经济效益 over 拉动社会投资 and 带动相关产业增收, or over the first alone).
 * So the column is split under each reading, the other middle row costing
 * this: where the rows' words and names (NAME_CATEGORY_FIT) settle some
 * boundaries, the reading they put fewer labels against wins, and settles
 * the boundaries nothing else does (column_middle). */
enum { MIDDLE_EITHER = 0, MIDDLE_UPPER = 1, MIDDLE_LOWER = -1 };
#define OTHER_MIDDLE_ROW_COST BELOW_MIDDLE_ROW_COST

/* What the column's reading of the middle row (where only the rows place
 * it and the region centres) costs label row p heading rows s..e: nothing
 * but on the other middle row of an even span. */
static double middle_cost(const splitter *sp, int i, int s, int p, int e)
{
    if (sp->label_line || sp->middle == MIDDLE_EITHER || sp->habit[i] != JX_PLACE_CENTRED ||
        (e - s) % 2 == 0 || abs((p - s) - (e - p)) != 1)
        return 0;
    gboolean upper = e - p > p - s;
    return upper == (sp->middle == MIDDLE_UPPER) ? 0 : OTHER_MIDDLE_ROW_COST;
}

/* How far (twice, in row pitches) label row p stands from being centred
 * over the lines of rows s..e, in a dump whose rows part with blank lines. */
static double gapped_spread(const splitter *sp, int s, int p, int e)
{
    double off = sp->label_line[p] - (sp->line_lo[s] + sp->line_hi[e]) / 2;
    return 2 * fabs(off) / MAX(1.0, sp->line_pitch) +
           (off > 0 && sp->merged_only ? BELOW_MIDDLE_SPREAD : 0);
}

/* Where the lines place a centred label (a dump parting its rows with
 * blank lines), two splits may centre their labels on their spans' lines
 * equally well: a group's first row three lines tall (its text wrapped
 * round its line) and the label on a line of its own under it is centred
 * over that row alone as well as over it and the next row (数量指标 under
 * 发放住房租赁补贴户数, 筹集保障性租赁住房 next).  A merged cell over its
 * group centres its label among the group's records too, so each record
 * the label stands off their middle costs this: far less than a line off
 * (OFF_CENTRE_COST for each), it only settles what the lines leave level.
 * Only in a text dump of printed pages (page_dump): a text browser or pandoc
 * sets a rowspan cell by rules of its own (at its top, or on a row of its
 * own), and its lines' ties go the other way as often. */
#define RECORD_BALANCE_COST (OFF_CENTRE_COST / 10)

/* How many more of span s..e's records stand on one side of label row p
 * than on the other (p itself counted with neither). */
static int records_off_middle(const splitter *sp, int s, int p, int e)
{
    const int *rec = sp->records_before;
    int above = rec[p - sp->a] - rec[s - sp->a], below = rec[e + 1 - sp->a] - rec[p + 1 - sp->a];
    return abs(above - below);
}

/* Where label row p stands in span s..e: top and bottom by rows; centred by
 * lines when the rows' lines are known (in a dump whose rows follow each
 * other, only where the region centres its labels), else by rows.
 * Inlined into placed_cost, its only caller, always: a split asks it of
 * every start and end it tries (a quarter of a million times over the 40
 * speed files), and a call's frame cost as much as the sums it makes. */
G_ALWAYS_INLINE static inline double span_cost(const splitter *sp, const span_start *st, int e)
{
    if (sp->label_line && sp->lines_ungapped && st->habit == JX_PLACE_CENTRED)
        return ungapped_span_cost(sp, st, e);
    int i = st->i, s = st->s, p = st->p, ps = st->part_lo, pe = part_end(st, e);
    double spread = MIN(abs((p - s) - (e - p)), abs((p - ps) - (pe - p)));
    double outside = 0, balance = 0;
    if (sp->label_line && !sp->lines_ungapped) {
        spread = MIN(gapped_spread(sp, s, p, e), gapped_spread(sp, ps, p, pe));
        if (sp->label_inside &&
            (sp->label_line[p] < sp->line_lo[s] || sp->label_line[p] > sp->line_hi[e]))
            outside = OUTSIDE_SPAN_COST;
        if (sp->page_dump && sp->habit[i] == JX_PLACE_CENTRED)
            balance = RECORD_BALANCE_COST * records_off_middle(sp, s, p, e);
    }
    double below = (sp->merged_only && sp->habit[i] == JX_PLACE_CENTRED && p - s > e - p
                        ? BELOW_MIDDLE_ROW_COST
                        : 0) +
                   balance;
    return outside + below + middle_cost(sp, i, s, p, e) +
           placement_cost(sp->habit[i], p == s, spread <= CENTRE_SLACK, p == e, spread, p - s,
                          e - p,
                          bottom_switch_cost(sp, i, s, p, e,
                                             sp->label_inside ? EXACT_SWITCH_COST : SWITCH_COST));
}

/* A part of a span on one page (see jx_label_context.page) places its
 * label only when it has this many rows: on fewer, a label on its first row
 * or its middle one may as well stand on top, in the middle or at the bottom
 * of a group of its own (one on a page's last row, its rows after the break
 * those of the next label's group). */
#define PART_MIN_ROWS 6

/* ... except a label whose row is the only one of its span on the page, the
 * page's last, and that stands in the middle of that row's own lines: a
 * word processor sets a centred cell cut by the break in its one-row part,
 * the rest of the group runs on, unlabelled, on the next page (a label
 * below its row's middle, as a spreadsheet sets it over rows of its page
 * before, does not count).  How far from the row's middle, in lines: */
#define ALONE_MIDDLE_LINES 0.5
/* ... and what that reading costs: the one row may as well be a group of
 * its own, the next page's first rows the next label's group, that label
 * centred over them a little off their middle (on a line of its own
 * between two rows, a line off by lines).  Half a line's cost: a next
 * label on the lower of two rows (half a row and half a line off) or at the
 * bottom of more tells the group ran on; one between two rows does not. */
#define ALONE_PART_COST (0.5 * OFF_CENTRE_LINE_COST)

static gboolean alone_at_page_end(const splitter *sp, int s, int p, int hi)
{
    if (s != p || p != hi)
        return FALSE;
    if (!sp->label_line)
        return TRUE;
    return fabs(sp->label_line[p] - (sp->line_lo[p] + sp->line_hi[p]) / 2) <= ALONE_MIDDLE_LINES;
}

/* TRUE when label row p stands on the line the printed page sets it on:
 * every label where the lines are the page's own, in a dump one set on one
 * line (see jx_label_context.label_one_line). */
static gboolean label_line_from_page(const splitter *sp, int p)
{
    return sp->lines_on_page || (sp->label_one_line && sp->label_one_line[p]);
}

/* A browser that prints a table (Chromium) sets the text of a merged cell
 * that a page break cuts at the top of the cell's part on its first page,
 * however the cell centres it — and so a cell whose rows reach down to its
 * page's last row (its box, one rule or padding taller than its rows, runs
 * over the break): a label on the first row of a span that runs on past
 * its page (its last row, or the rest of that row, on a later one) or ends
 * on its page's last row is where such a cell puts it.  Which of the two
 * the span does, the rows' words and the next label's place tell.  Only
 * on the page's own lines (lines_on_page): a layout dump of such a page
 * sets a label wrapped round a row (生态效 / 益指标) beside the row its
 * rounding picks, and there the rule moved groups' edges as often wrong as
 * right — but a label on one line stands where the page sets it (a
 * word processor's 时效指标 on the first row of a group the break cuts, its
 * other rows on the next page), as on the page's own lines.  Asked in two
 * halves (span_start_at asks the label's, placed_cost the span end's):
 * the label stands on top of such a span ... */
static gboolean on_top_of_its_page(const splitter *sp, int s, int p)
{
    return label_line_from_page(sp, p) && sp->page && p == s && sp->page[p] > 0;
}

/* ... and span ..e runs on past label row p's page or ends on its page's
 * last row. */
static gboolean runs_past_page(const splitter *sp, int p, int e)
{
    const int *page = sp->page;
    int last = sp->end_page ? sp->end_page[e] : page[e];
    return last > page[p] || (e + 1 < sp->n && page[e + 1] > page[e]);
}

/* ... what it costs where the region centres its labels: a little, so a
 * split that centres its labels over spans within a page wins a tie. */
#define CUT_TOP_COST 0.25

/* Where label row p stands in span s..e, where a page break after the
 * label's page cuts the span: a word processor may set a centred cell cut by
 * the break in the middle of its part on the first page.  That counts as
 * centred (by the part's rows, or its lines where they are known) only
 * where the span runs on over the break by more rows than it has before it:
 * its middle is then past the break, the label on the first page cannot be
 * centred over it, and the break is what explains where the label stands.
 * Where the middle is on the label's page (a span running on by a row or
 * two), centring over the whole span judges, as it does for any span.
 * Otherwise, or where it costs more, the placement over the whole span
 * (span_cost); in a centring region, a label on top of a span the break
 * cuts costs CUT_TOP_COST at most (on_top_of_its_page) — not where the rows
 * follow each other line by line (lines_ungapped), whose lines judge
 * centring, and where a spreadsheet centres a cut cell's label over the
 * whole cell instead.  Inlined into its callers (best_from, split_span),
 * always, for the reason span_cost is. */
G_ALWAYS_INLINE static inline double placed_cost(const splitter *sp, const span_start *st,
                                                  int e)
{
    double cost = span_cost(sp, st, e);
    int s = st->s, p = st->p;
    if (st->may_cut_top && runs_past_page(sp, p, e))
        cost = MIN(cost, CUT_TOP_COST);
    if (!st->first_part)
        return cost;
    int hi = MIN(e, st->page_hi);
    gboolean alone = alone_at_page_end(sp, s, p, hi);
    if (hi == e || (hi - s + 1 < PART_MIN_ROWS && !alone) || e - hi <= hi - s)
        return cost;
    if (abs((p - s) - (hi - p)) > CENTRE_SLACK)
        return cost;
    return MIN(cost, span_cost(sp, st, hi) + (alone ? ALONE_PART_COST : 0));
}

/* See span_start: what placed_cost reads of label i and start s. */
static span_start span_start_at(const splitter *sp, int i, int s)
{
    int p = sp->pos[i];
    span_start st = {.i = i, .s = s, .p = p, .habit = sp->habit[i], .part_lo = s,
                     .part_next = sp->b + 1};
    if (sp->part_start) {
        int before = sp->part_before[p - sp->a];
        if (before > s)
            st.part_lo = before;
        if (p < sp->b)
            st.part_next = sp->part_after[p + 1 - sp->a];
    }
    st.may_cut_top = st.habit == JX_PLACE_CENTRED && !sp->lines_ungapped &&
                     on_top_of_its_page(sp, s, p);
    st.first_part = sp->page && sp->page[p] > 0 && sp->page[s] == sp->page[p];
    st.page_hi = st.first_part ? sp->page_last[p - sp->a] : p;
    return st;
}

/* A group holds at least one record: a span of rows that are labels alone
 * (the label on a line of its own, set between the rows of its group) costs
 * this, the last resort. */
#define EMPTY_SPAN_COST (4 * LOOSE_COST)

static gboolean holds_record(const splitter *sp, int s, int e)
{
    return sp->records_before[e + 1 - sp->a] > sp->records_before[s - sp->a];
}

/* The first and last row a span of label i can end at: the last span runs to
 * the end. */
static int end_lo(const splitter *sp, int i)
{
    return i + 1 < sp->k ? sp->pos[i] : sp->b;
}

static int end_hi(const splitter *sp, int i)
{
    return i + 1 < sp->k ? sp->pos[i + 1] - 1 : sp->b;
}

static double best_from(const splitter *sp, int i, int s);

typedef struct {
    double gain;
    int end; /* from the label's first possible end */
} ranked_end;

/* Ends best first by gain; among equal gains the earlier end first. */
static int by_gain(const void *x, const void *y)
{
    const ranked_end *a = x, *b = y;
    return a->gain > b->gain ? -1 : a->gain < b->gain ? 1 : a->end - b->end;
}

/* Up to this many ends (most labels' windows: a few rows between two
 * labels), rank_ends orders them by insertion in place, with the
 * comparison inline: qsort's calls of by_gain and its buffer cost more
 * than the few moves.  Both give the one order by_gain defines. */
#define RANK_INSERTION_MAX 16

/* TRUE when end x (gain gx) goes before end y (gain gy): see by_gain. */
static inline gboolean ranks_before(double gx, int x, double gy, int y)
{
    return gx > gy || (!(gx < gy) && x < y);
}

/* order[0..n) := 0..n-1 best first by gain[] (by_gain's order), by
 * insertion: for the short windows of RANK_INSERTION_MAX ends or fewer. */
static void order_by_gain(const double *gain, int n, int *order)
{
    for (int j = 0; j < n; j++) {
        int k = j;
        while (k > 0 && ranks_before(gain[j], j, gain[order[k - 1]], order[k - 1])) {
            order[k] = order[k - 1];
            k--;
        }
        order[k] = j;
    }
}

/* The same order by qsort, for longer windows. */
static void sort_by_gain(const double *gain, int n, int *order)
{
    ranked_end *ends = g_new(ranked_end, n);
    for (int j = 0; j < n; j++)
        ends[j] = (ranked_end){gain[j], j};
    qsort(ends, n, sizeof *ends, by_gain);
    for (int j = 0; j < n; j++)
        order[j] = ends[j].end;
    g_free(ends);
}

/* What a span of label i ending at row e can score at best, whatever row it
 * starts at: the labels after it from e + 1 on, its rows' fit up to e (the
 * fit before its start is taken off per start), and the cost of ending
 * inside a group of the level below.  Every other term of a span's score
 * is a cost (placed_cost, EMPTY_SPAN_COST: never negative), so a span
 * scores at most this less the fit before its start: best_from tries the
 * ends in this order and stops at the first that cannot beat the best so
 * far, instead of trying every end for every start (quadratic in the rows
 * between two labels). */
static void rank_ends(const splitter *sp, int i)
{
    int first = end_lo(sp, i), n = end_hi(sp, i) - first + 1;
    double *gain = sp->gain[i];
    for (int e = first; e < first + n; e++) {
        double g = i + 1 < sp->k ? best_from(sp, i + 1, e + 1) : 0;
        if (sp->child_start && e < sp->b && !sp->child_start[e + 1])
            g -= SPLIT_CHILD_COST;
        gain[e - first] = g + sp->fit[i][e - sp->fit_lo[i] + 1];
    }
    if (n <= RANK_INSERTION_MAX)
        order_by_gain(gain, n, sp->order[i]);
    else
        sort_by_gain(gain, n, sp->order[i]);
    sp->ranked[i] = TRUE;
}

/* How far rounding may set a span's score above its bound (rank_ends): an
 * end is passed over only when its bound is this much below the best. */
#define RANK_MARGIN 1e-6

/* Best score for labels i.. when label i's span starts at row s: the
 * earliest end of those that score best. */
static double best_from(const splitter *sp, int i, int s)
{
    int slot = s - start_lo(sp, i);
    if (!isnan(sp->memo[i][slot]))
        return sp->memo[i][slot];
    if (!sp->ranked[i])
        rank_ends(sp, i);
    double best = -INFINITY;
    int first = end_lo(sp, i), n = end_hi(sp, i) - first + 1;
    /* label i's tables and the next label's scores (made by rank_ends),
     * read at every end: taken once here, with the choice, which is kept
     * here and stored once after the loop (a store through the splitter's
     * tables inside it would make the compiler read them all again at
     * each end) */
    const int *order = sp->order[i];
    const double *gain = sp->gain[i], *fit = sp->fit[i];
    int fit_lo = sp->fit_lo[i];
    const double *next = i + 1 < sp->k ? sp->memo[i + 1] : NULL;
    int next_lo = next ? start_lo(sp, i + 1) : 0;
    double fit_before = fit[s - fit_lo];
    int chosen = sp->choice[i][slot];
    const span_start st = span_start_at(sp, i, s);
    for (int j = 0; j < n; j++) {
        int e = first + order[j];
        if (gain[e - first] - fit_before < best - RANK_MARGIN)
            break;
        double here = -placed_cost(sp, &st, e);
        if (sp->labels_only && sp->lines_ungapped && !holds_record(sp, s, e))
            here -= EMPTY_SPAN_COST;
        if (sp->child_start && e < sp->b && !sp->child_start[e + 1])
            here -= SPLIT_CHILD_COST;
        here += fit[e - fit_lo + 1] - fit_before;
        /* the labels after, from e + 1 */
        double rest = next ? next[e + 1 - next_lo] : 0;
        if (here + rest > best || (here + rest == best && e < chosen)) {
            best = here + rest;
            chosen = e;
        }
    }
    sp->choice[i][slot] = chosen;
    sp->memo[i][slot] = best;
    return best;
}

/* How much a shared word weighs as evidence that a row belongs to a label.
 * The standard categories (数量指标, 质量指标, 经济效益指标 …) name what kind of
 * indicator a row is, and names use those words in any group (开展质量安全
 * 专项检查 counts inspections): their words only break ties between equally
 * placed splits, never outweigh a placement — nor do they joined in one
 * cell of a single label column (效益指标/社会效益指标: 拉动社会投资 shares
 * 社会 with it, and is economic).  Free labels (项目管理, 资金管理
 * under 决策/过程/履职) describe their rows and count in full. */
#define STANDARD_LABEL_WEIGHT 0.25

/* ... and a work item's (名称) words weigh less again: a work item shares
 * words with the indicators of other items as readily as with its own
 * (推进学前教育普及普惠发展 and ★新增学前教育学位数 under 加强教师队伍建设),
 * and four shared characters must not outweigh where its label stands. */
#define PHRASE_WEIGHT 0.1

static double label_weight(const label_fit *lf)
{
    return lf->listed ? STANDARD_LABEL_WEIGHT : 1.0;
}

/* The region's placement at row p: the caller's regime, else the span's. */
static jx_placement habit_at(const jx_placement *regime, int p, jx_placement span_habit)
{
    return regime && regime[p] != JX_PLACE_UNKNOWN ? regime[p] : span_habit;
}

/* What a split of rows a..b among their labels reads that no reading of the
 * middle row changes: the label rows, each label's fit over its window and
 * its placement habit, and the per-row maps of parts, pages and records.
 * Made once per span and shared by the splits column_middle tries and the
 * one applied: the fit asks the segmenter about every row in reach of each
 * label. */
typedef struct {
    int a, b, k;
    int *pos;
    /* fit[i]: shared-word score of the rows label i's span can reach (from
     * after the previous label's row to before the next one's), as prefix
     * sums, memory linear in the rows */
    double **fit;
    int *fit_lo;
    jx_placement *habit;
    /* per label: centred by its own lines (centred_by_its_lines) where its
     * column's habit is not to centre: a cell set its own way, which shows
     * nothing of how its column's other cells are set (mark_evidence's
     * centred evidence would turn the labels before it centred too, through
     * jx_labels_regime: 产出数量 on top of its two stacked rows, then read
     * as centred on the first alone) */
    gboolean *own_cell;
    gboolean *standard;
    int *part_before, *part_after, *page_last, *records_before;
    double *height_before;
    const gboolean *label_one_line; /* see jx_label_context; may be NULL */
    /* the last row of each label's span in the split under the upper and
     * the lower reading of the middle row, once column_middle made it (else
     * NULL): the split applied is one of them again */
    int *upper_ends, *lower_ends;
    double upper_score, lower_score; /* those splits' scores */
    /* TRUE when some label's habit is to centre: else no reading of the
     * middle row costs anything (middle_cost), and the splits under every
     * reading are one */
    gboolean any_centred;
} span_fit;

static gboolean centred_by_its_lines(const jx_label_column *col, const jx_label_context *ctx,
                                     int r, int a, int b);
static gboolean item_centred_by_its_lines(const jx_label_column *col,
                                          const jx_label_context *ctx, int r, int b);
static gboolean on_own_line(const jx_label_context *ctx, int r);

/* TRUE when row r's name tells a category by its ending
 * (jx_taxonomy_name_category) other than `code` (NULL: any). */
static gboolean name_tells_other_category(const jx_label_context *ctx, int r, const char *code)
{
    return ctx->name_category && ctx->name_category[r] &&
           g_strcmp0(ctx->name_category[r], code) != 0;
}

/* The row above label row p that the level below's span crossing p lends
 * to the label p (p - 1), or p where none.  A level-1 cell centred over an
 * even group prints on its lower middle line (成本指标 beside
 * 项目预算控制率, the second of its two rows); where the group has no
 * level-2 label of its own, the level below's split runs a neighbour's
 * child over its rows (时效指标 over 成本节约率, 社会效益指标 over
 * 项目预算控制率), and that child's taxonomy kept the row above in the
 * group before (产出指标).  Such a child is no evidence: it stands on the
 * label's own row too, whose label does not list it, and the row above is
 * as much the label's as its own row is.  Only the one row above, and only
 * where no child label is printed on p and on the rows back to the last
 * printed one (within lo..p-1, on p's page and part), none of those rows'
 * names telling another category by its ending (审批办结时限 under 时效,
 * a one-row 成本指标 group below it). */
static int row_lent_by_crossing_child(const jx_label_context *ctx, const char *label, int p,
                                     int lo)
{
    if (!ctx->children || !ctx->child_explicit || ctx->child_explicit[p])
        return p;
    const char *child = ctx->children[p];
    if (!child || !*child || jx_taxonomy_lists(label, child))
        return p;
    const char *code = ctx->name_category ? jx_taxonomy_level2(NULL, label) : NULL;
    int r = p;
    while (r > lo && !(ctx->part_start && ctx->part_start[r]) &&
           !(ctx->page && ctx->page[r - 1] != ctx->page[p]) && !ctx->child_explicit[r - 1] &&
           !name_tells_other_category(ctx, r - 1, code))
        r--;
    return r > lo && ctx->child_explicit[r - 1] && r < p ? p - 1 : p;
}

static span_fit *span_fit_new(const jx_label_column *col, int a, int b,
                              const jx_label_context *ctx, jx_placement column_habit)
{
    span_fit *sf = g_new0(span_fit, 1);
    int n = b - a + 1, k = 0;
    int *pos = g_new(int, n);
    for (int i = a; i <= b; i++)
        if (col->explicit_label[i])
            pos[k++] = i;
    jx_placement span_habit = pos[0] > a              ? JX_PLACE_CENTRED
                              : column_habit != JX_PLACE_UNKNOWN ? column_habit
                                                                 : JX_PLACE_TOP;
    double **fit = g_new(double *, k);
    int *fit_lo = g_new(int, k);
    jx_placement *habit = g_new(jx_placement, k);
    gboolean *standard = g_new(gboolean, k);
    gboolean *own_cell = g_new0(gboolean, k);
    for (int i = 0; i < k; i++) {
        int lo = i > 0 ? pos[i - 1] + 1 : a, hi = i + 1 < k ? pos[i + 1] - 1 : b;
        fit_lo[i] = lo;
        fit[i] = g_new0(double, hi - lo + 2);
        const char *label = col->explicit_label[pos[i]];
        /* without names, the label's taxonomy alone (no words) */
        label_fit own = {0};
        if (!ctx->name_words)
            label_taxonomy(&own, label);
        label_fit *lf = ctx->name_words ? label_fit_of(ctx->name_words, label) : &own;
        double weight = ctx->phrases ? PHRASE_WEIGHT : label_weight(lf);
        const char *label_code = ctx->name_category ? lf->code : NULL;
        /* the rows of a group share their child label: asked once per run */
        const char *child = NULL;
        gboolean listed = FALSE;
        /* rows the level below's span crossing this label's row (or the
         * next label's) lends it, or lends no label */
        int own_lo = row_lent_by_crossing_child(ctx, label, pos[i], lo);
        int next_lo = i + 1 < k ? row_lent_by_crossing_child(ctx, col->explicit_label[pos[i + 1]],
                                                            pos[i + 1], pos[i] + 1)
                                : b + 1;
        for (int r = lo; r <= hi; r++) {
            double here =
                ctx->name_words ? weight * label_shared(ctx->name_words, lf, r) : 0;
            if (ctx->children && (r == lo || g_strcmp0(ctx->children[r], child) != 0)) {
                child = ctx->children[r];
                listed = jx_taxonomy_lists(label, child);
            }
            if (r >= own_lo && r < pos[i])
                here += TAXONOMY_FIT;
            else if (ctx->children && listed && r < next_lo)
                here += TAXONOMY_FIT;
            if (label_code && g_strcmp0(label_code, ctx->name_category[r]) == 0)
                here += NAME_CATEGORY_FIT;
            fit[i][r - lo + 1] = fit[i][r - lo] + (ctx->placement_only ? 0 : here);
        }
        habit[i] = habit_at(ctx->regime, pos[i], span_habit);
        if (centred_by_its_lines(col, ctx, pos[i], a, b) ||
            item_centred_by_its_lines(col, ctx, pos[i], b)) {
            own_cell[i] = habit[i] != JX_PLACE_CENTRED;
            habit[i] = JX_PLACE_CENTRED;
        }
        standard[i] = lf->standard;
        sf->any_centred |= habit[i] == JX_PLACE_CENTRED;
    }
    int rows = b - a + 1;
    int *part_before = g_new(int, rows), *part_after = g_new(int, rows);
    int *page_last = g_new(int, rows);
    for (int r = a; r <= b; r++)
        part_before[r - a] = ctx->part_start && ctx->part_start[r] ? r
                             : r > a                              ? part_before[r - a - 1]
                                                                  : a - 1;
    for (int r = b; r >= a; r--) {
        part_after[r - a] = ctx->part_start && ctx->part_start[r] ? r
                            : r < b                              ? part_after[r - a + 1]
                                                                 : b + 1;
        page_last[r - a] = r < b && ctx->page && ctx->page[r + 1] == ctx->page[r]
                               ? page_last[r - a + 1]
                               : r;
    }
    int *records_before = g_new(int, rows + 1);
    records_before[0] = 0;
    for (int r = a; r <= b; r++)
        records_before[r - a + 1] =
            records_before[r - a] + !(ctx->labels_only && ctx->labels_only[r]);
    double *height_before = g_new(double, rows + 1);
    height_before[0] = 0;
    for (int r = a; r <= b; r++)
        height_before[r - a + 1] =
            height_before[r - a] + (ctx->labels_only && ctx->labels_only[r] ? 0
                                    : ctx->row_height                     ? ctx->row_height[r]
                                                                          : 1);
    *sf = (span_fit){.a = a, .b = b, .k = k, .pos = pos, .fit = fit, .fit_lo = fit_lo,
                     .any_centred = sf->any_centred,
                     .habit = habit, .own_cell = own_cell, .standard = standard,
                     .part_before = part_before,
                     .part_after = part_after,
                     .page_last = page_last, .records_before = records_before,
                     .height_before = height_before, .label_one_line = ctx->label_one_line};
    return sf;
}

static void span_fit_free(gpointer p)
{
    span_fit *sf = p;
    if (!sf)
        return;
    for (int i = 0; i < sf->k; i++)
        g_free(sf->fit[i]);
    g_free(sf->fit);
    g_free(sf->fit_lo);
    g_free(sf->habit);
    g_free(sf->standard);
    g_free(sf->own_cell);
    g_free(sf->pos);
    g_free(sf->part_before);
    g_free(sf->part_after);
    g_free(sf->page_last);
    g_free(sf->records_before);
    g_free(sf->height_before);
    g_free(sf->upper_ends);
    g_free(sf->lower_ends);
    g_free(sf);
}

/* Marks what the split shows: a label below its span's first row shows a
 * centred (or bottom) region; one on top of three rows or more shows a top
 * one; shorter spans with the label on top fit both and show nothing.  (Rows
 * from the label to the span's far end: two or more below a top label, or
 * above a bottom one, rule out centring.)  Rows holding a record count: a
 * label of the level above on a line of its own between the span's two
 * rows (满意度指标 between the two rows of 服务对象满意度指标, whose label
 * wraps round that line) is no row of the span, and a label on the first
 * of two rows is as likely centred over them as on top.  Only for a label
 * wrapped over lines (its pieces round such a line): one set on one line
 * stands where the page sets it, and there the rows counted as before
 * placed groups better (chromium-web dept f0139). */
#define PLACEMENT_MIN_ROWS_AWAY 2

static void mark_evidence(jx_label_column *col, const span_fit *sf, int s, int e, int p)
{
    gboolean wrapped = sf->label_one_line && !sf->label_one_line[p];
    int above = wrapped ? sf->records_before[p - sf->a] - sf->records_before[s - sf->a] : p - s;
    int below = wrapped ? sf->records_before[e + 1 - sf->a] - sf->records_before[p + 1 - sf->a]
                        : e - p;
    jx_placement shown = p > s ? (p == e && above >= PLACEMENT_MIN_ROWS_AWAY ? JX_PLACE_BOTTOM
                                                                              : JX_PLACE_CENTRED)
                         : below >= PLACEMENT_MIN_ROWS_AWAY ? JX_PLACE_TOP
                                      : JX_PLACE_UNKNOWN;
    for (int r = s; r <= e; r++)
        col->evidence[r] = shown;
}

/* Sets the column's resolved labels (and the placement they show) from a
 * split of the rows of `sf`: label i heads the rows after label i - 1's
 * span up to ends[i]. */
static void apply_split(jx_label_column *col, const span_fit *sf, const int *ends)
{
    int s = sf->a;
    for (int i = 0; i < sf->k; i++) {
        for (int r = s; r <= ends[i]; r++)
            set_resolved(col, r, col->explicit_label[sf->pos[i]], r < sf->pos[i]);
        mark_evidence(col, sf, s, ends[i], sf->pos[i]);
        /* (a cell centred its own way shows no centred region: own_cell) */
        if (sf->own_cell[i] && col->evidence[s] == JX_PLACE_CENTRED)
            for (int r = s; r <= ends[i]; r++)
                col->evidence[r] = JX_PLACE_UNKNOWN;
        s = ends[i] + 1;
    }
}

/* Splits the rows of `sf` among their labels, the last row of each label's
 * span going to span_ends[i] (k of them, the caller's).  Returns the split's
 * score, what the reading of the middle row (`middle`) cost it included. */
/* The programme's tables of one split_span call (4 per label, 5 more)
 * live in one arena of this many bytes a block, freed when it returns: a
 * call's tables are a few hundred bytes to a few kilobytes. */
#define SPLIT_ARENA_BLOCK 4096

static double split_span(jx_label_column *col, const span_fit *sf, const jx_label_context *ctx,
                         int middle, int *span_ends)
{
    int a = sf->a, b = sf->b, k = sf->k;
    const int *pos = sf->pos;
    jx_arena *arena = jx_arena_new(SPLIT_ARENA_BLOCK); /* owns every table below */
    double **memo = jx_arena_new_n(arena, double *, k);
    int **choice = jx_arena_new_n(arena, int *, k);
    double **gain = jx_arena_new_n(arena, double *, k);
    int **order = jx_arena_new_n(arena, int *, k);
    gboolean *ranked = jx_arena_new0_n(arena, gboolean, k);
    for (int i = 0; i < k; i++) {
        int lo = sf->fit_lo[i], hi = i + 1 < k ? pos[i + 1] - 1 : b;
        int starts = pos[i] - lo + 1;
        memo[i] = jx_arena_new_n(arena, double, starts);
        for (int j = 0; j < starts; j++)
            memo[i][j] = NAN;
        choice[i] = jx_arena_new0_n(arena, int, starts);
        int ends = hi - (i + 1 < k ? pos[i] : b) + 1;
        gain[i] = jx_arena_new_n(arena, double, ends);
        order[i] = jx_arena_new_n(arena, int, ends);
    }

    gboolean lines = ctx->label_line && ctx->line_lo && ctx->line_hi;
    splitter sp = {.a = a, .b = b, .k = k, .pos = pos, .fit = sf->fit, .fit_lo = sf->fit_lo,
                   .n = col->n,
                   .habit = sf->habit, .standard = sf->standard,
                   .child_start = ctx->child_start, .memo = memo,
                   .choice = choice, .line_lo = lines ? ctx->line_lo : NULL,
                   .line_hi = lines ? ctx->line_hi : NULL,
                   .label_line = lines ? ctx->label_line : NULL,
                   .line_pitch = ctx->line_pitch,
                   .label_inside = ctx->label_inside,
                   .merged_only = ctx->phrases,
                   .middle = middle,
                   .lines_ungapped = ctx->lines_ungapped,
                   .lines_on_page = ctx->lines_on_page,
                   .page_dump = ctx->page_dump,
                   .label_one_line = ctx->label_one_line,
                   .labels_only = ctx->labels_only,
                   .part_start = ctx->part_start,
                   .page = ctx->page,
                   .end_page = ctx->end_page,
                   .part_before = sf->part_before,
                   .part_after = sf->part_after,
                   .page_last = sf->page_last,
                   .records_before = sf->records_before,
                   .height_before = sf->height_before,
                   .ranked = ranked,
                   .gain = gain,
                   .order = order};
    /* always finite: any position is allowed at a cost */
    double score = best_from(&sp, 0, a);
    int s = a;
    for (int i = 0; i < k; i++) {
        span_ends[i] = choice[i][s - start_lo(&sp, i)];
        if (ctx->unscored && ctx->unscored[pos[i]]) {
            span_start st = span_start_at(&sp, i, s);
            score += placed_cost(&sp, &st, span_ends[i]);
        }
        s = span_ends[i] + 1;
    }
    jx_arena_free(arena);
    return score;
}

static gboolean any_label(const jx_label_column *col, int a, int b)
{
    for (int i = a; i <= b; i++)
        if (col->explicit_label[i])
            return TRUE;
    return FALSE;
}

/* `fit`: the span's, made by column_middle, or NULL to make it here.
 * Returns the score of the split applied (0 for a span without labels). */
static double resolve_span(jx_label_column *col, int a, int b, const jx_label_context *ctx,
                           jx_placement column_habit, int middle, const span_fit *fit)
{
    double score = 0;
    if (!any_label(col, a, b)) {
        for (int i = a; i <= b; i++)
            set_resolved(col, i, column_text(col, ctx->empty, TRUE), FALSE);
    } else if (fit && middle == MIDDLE_UPPER && fit->upper_ends) {
        apply_split(col, fit, fit->upper_ends);
        score = fit->upper_score;
    } else if (fit && middle == MIDDLE_LOWER && fit->lower_ends) {
        apply_split(col, fit, fit->lower_ends);
        score = fit->lower_score;
    } else if (fit && !fit->any_centred && fit->upper_ends) {
        apply_split(col, fit, fit->upper_ends); /* every reading's split */
        score = fit->upper_score;
    } else {
        span_fit *own = fit ? NULL : span_fit_new(col, a, b, ctx, column_habit);
        const span_fit *sf = fit ? fit : own;
        int *ends = g_new(int, sf->k);
        score = split_span(col, sf, ctx, middle, ends);
        apply_split(col, sf, ends);
        g_free(ends);
        span_fit_free(own);
    }
    return score;
}

/* The last row of the parent span each row is in (a row whose parent
 * differs from the next one's ends its span), one pass over the column: the
 * resolver walks the spans four times and asks each span's end up to five
 * times a walk, which compared the parents of every row of the span each
 * time.  A new array of col->n entries (one at least). */
static int *span_ends_new(const jx_label_column *col, const jx_label_context *ctx)
{
    int *end = g_new(int, col->n + 1);
    for (int i = col->n - 1; i >= 0; i--)
        end[i] = i + 1 < col->n && !(ctx->parent &&
                                     g_strcmp0(ctx->parent[i + 1], ctx->parent[i]) != 0)
                     ? end[i + 1]
                     : i;
    return end;
}

/* How much better one reading of the middle row must score over the column
 * than the other to be taken (rounding aside): less is a tie, and each span
 * keeps its own (the earliest end). */
#define MIDDLE_MARGIN 1e-6

/* TRUE where some span of the column may centre its label: the region's or
 * the column's placement says so, or a span's first label is below its
 * first row. */
static gboolean may_centre(const jx_label_column *col, const jx_label_context *ctx,
                           jx_placement column_habit, const int *span_end)
{
    if (column_habit == JX_PLACE_CENTRED)
        return TRUE;
    for (int i = 0; i < col->n; i++)
        if (ctx->regime && ctx->regime[i] == JX_PLACE_CENTRED)
            return TRUE;
    for (int a = 0; a < col->n; a = span_end[a] + 1)
        if (!col->explicit_label[a] && any_label(col, a, span_end[a]))
            return TRUE;
    return FALSE;
}

/* Which middle row the column's centred labels use over an even span, where
 * only the rows place them (see OTHER_MIDDLE_ROW_COST): the reading whose
 * split of the whole column scores the better, else either.  The fits of
 * the spans it splits go to `fits` (by the span's first row), for the
 * split then applied. */
static int column_middle(jx_label_column *col, const jx_label_context *ctx,
                         jx_placement column_habit, const int *span_end, span_fit **fits)
{
    if (ctx->phrases || (ctx->label_line && ctx->line_lo && ctx->line_hi) ||
        !may_centre(col, ctx, column_habit, span_end))
        return MIDDLE_EITHER;
    double upper = 0, lower = 0;
    for (int a = 0; a < col->n; a = span_end[a] + 1) {
        int b = span_end[a];
        if (!any_label(col, a, b))
            continue;
        span_fit *fit = fits[a] = span_fit_new(col, a, b, ctx, column_habit);
        fit->upper_ends = g_new(int, fit->k);
        fit->lower_ends = g_new(int, fit->k);
        double here = split_span(col, fit, ctx, MIDDLE_UPPER, fit->upper_ends);
        fit->upper_score = here;
        upper += here;
        if (fit->any_centred) {
            fit->lower_score = split_span(col, fit, ctx, MIDDLE_LOWER, fit->lower_ends);
            lower += fit->lower_score;
        } else { /* the same split: no label pays for a reading */
            memcpy(fit->lower_ends, fit->upper_ends, sizeof *fit->upper_ends * fit->k);
            fit->lower_score = here;
            lower += here;
        }
    }
    return upper > lower + MIDDLE_MARGIN   ? MIDDLE_UPPER
           : lower > upper + MIDDLE_MARGIN ? MIDDLE_LOWER
                                           : MIDDLE_EITHER;
}

/* Lines below its row's first one a label must stand to show it centred
 * (one line lower is a row's name wrapped above its target's line). */
#define CENTRED_BELOW_TOP_LINES 2

/* Records (rows that are no label-only lines) in rows lo..hi. */
static int records_in(const jx_label_context *ctx, int lo, int hi)
{
    int n = 0;
    for (int r = lo; r <= hi; r++)
        n += !(ctx->labels_only && ctx->labels_only[r]);
    return n;
}

/* The line row r's cells start on, for telling a label below it: the
 * row's first line, or its name's where the caller knows it and it stands
 * lower (see jx_label_context.name_line). */
static double row_top_line(const jx_label_context *ctx, int r)
{
    if (ctx->name_line && ctx->name_line[r] > ctx->line_lo[r])
        return ctx->name_line[r];
    return ctx->line_lo[r];
}

/* What span a..b shows of how its column places labels, by its rows alone,
 * whatever the words say: rows before its first label show a centred (or
 * bottom) cell; a last label with more records after it, to the span's
 * end, than it could have had before it (from the previous label's row on)
 * cannot be centred, and shows a top one (lines of labels alone, another
 * column's label centred between two rows, are no rows of its group).  A label on its span's first row
 * with room to be centred shows nothing: a group of one row, or one whose
 * label stands in the middle of the rows up to the next label, fits both. */
static void vote_span(const jx_label_column *col, const jx_label_context *ctx, int a, int b,
                      int *votes)
{
    int first = -1, last = -1, before_last = a - 1;
    for (int i = a; i <= b; i++)
        if (col->explicit_label[i]) {
            if (first < 0)
                first = i;
            if (last >= 0)
                before_last = last;
            last = i;
        }
    if (first < 0)
        return;
    /* where the rows' lines follow each other, a label on its span's first
     * row but below that row's first line (a one-row span whose row takes
     * several lines: `群众生产生活条件 | 按照项目实施方案要求` over the work
     * item two lines down) is centred in it */
    gboolean below_top = ctx->lines_ungapped && ctx->label_line && ctx->line_lo &&
                         ctx->label_line[first] >= row_top_line(ctx, first) + CENTRED_BELOW_TOP_LINES;
    /* any label of the span set below every cell of its row is centred too
     * (a work item on a line of its own under its row's name and target,
     * between two rows of its span) */
    for (int r = a; r <= b && !below_top && ctx->label_apart; r++)
        below_top = col->explicit_label[r] && ctx->label_apart[r];
    if (first > a || below_top)
        votes[JX_PLACE_CENTRED]++;
    else if (records_in(ctx, last + 1, b) - records_in(ctx, before_last + 1, last - 1) >
             CENTRE_SLACK)
        votes[JX_PLACE_TOP]++;
}

/* What span a..b of a work-item column (名称) shows by the records between
 * its labels: a label followed, before the next one, by more records than
 * both could take centred — the first as many below it as above it (from
 * the label before), the next as many above it as below it (to the label
 * after) — heads its group from the top: a form that writes its work items
 * on the first row of their rows (fill down) leaves long runs of blank
 * cells under a label, wherever it stands among its span's labels, where
 * vote_span reads the last label's run alone.  One vote a span. */
static void vote_inner_runs(const jx_label_column *col, const jx_label_context *ctx, int a, int b,
                            int *votes)
{
    int *pos = g_new(int, b - a + 3), k = 0;
    pos[k++] = a - 1; /* the span's start, as a label before the first */
    for (int r = a; r <= b; r++)
        if (col->explicit_label[r])
            pos[k++] = r;
    pos[k] = b + 1; /* its end, as a label after the last */
    for (int i = 1; i + 1 < k; i++) {
        int above = records_in(ctx, pos[i - 1] + 1, pos[i] - 1);
        int run = records_in(ctx, pos[i] + 1, pos[i + 1] - 1);
        int after = records_in(ctx, pos[i + 1] + 1, pos[i + 2] - 1);
        if (run - above - after > 2 * CENTRE_SLACK) {
            votes[JX_PLACE_TOP]++;
            break;
        }
    }
    g_free(pos);
}

/* How many spans must show the column's placement: one span alone may show
 * the wrong one where its parent group was split a row off (a level-2
 * label typed on one of the two middle rows of its group), and turns every
 * other span of the column with it. */
#define COLUMN_MIN_VOTES 2

/* A spreadsheet prints a merged cell's text centred over the whole cell,
 * page breaks or not: where that middle falls on a break, the text is cut
 * there and a dump reads it on both pages, beside the first page's last
 * record row and again on a line of its own above the next page's first
 * record, no record between the two (产出数量 beside a page's last row and
 * over the next page's first).  A label a spreadsheet sets in each part of
 * a cut cell, centred over the part's rows, stands beside a row of the
 * second part, or has rows of the group between its two reads: that stays
 * two labels (part_of_span); so does a label read on lines of its own on
 * both pages, whose group the placement of its column decides. */
/* A label on a line of its own, beside no record's. */
static gboolean on_own_line(const jx_label_context *ctx, int r)
{
    return ctx->labels_only && ctx->labels_only[r];
}

/* TRUE when a record's row stands between rows i and j. */
static gboolean record_between(const jx_label_context *ctx, int i, int j)
{
    for (int r = i + 1; r < j; r++)
        if (!on_own_line(ctx, r))
            return TRUE;
    return FALSE;
}

/* Drops the second read of a label a page break cut (see record_between):
 * the same label next in its column, within one parent span, on the page
 * after the first read's.  Left, the two reads are two groups, and the
 * rows of the one are split among them and the labels after them. */
static void drop_cut_label_repeats(jx_label_column *col, const jx_label_context *ctx)
{
    if (!ctx->page)
        return;
    int last = -1; /* the previous explicit label's row */
    for (int j = 0; j < col->n; j++) {
        if (!col->explicit_label[j])
            continue;
        int i = last;
        last = j;
        if (i < 0 || g_strcmp0(col->explicit_label[i], col->explicit_label[j]) != 0 ||
            ctx->page[i] <= 0 || ctx->page[j] != ctx->page[i] + 1 ||
            (ctx->parent && g_strcmp0(ctx->parent[i], ctx->parent[j]) != 0) ||
            record_between(ctx, i, j) || on_own_line(ctx, i) || !on_own_line(ctx, j))
            continue;
        col->explicit_label[j] = NULL;
        last = i;
    }
}

/* Where a span's first record row holds its first label and the rows above
 * it are lines of other columns' labels alone (a level-1 label set at the
 * top of its cell, its first line above the first row's: 产出 over
 * `数量 | 筹集保障性租赁住房`), the label heads the span's records: it stands
 * on top, as the form sets its labels, not below a row of its span.  Not
 * in a column of work items (phrases), whose placement is its own and whose
 * wrapped pieces stand on such lines in any placement.  Returns that
 * label's row, else `a`. */
static int first_label_on_top(const jx_label_column *col, const jx_label_context *ctx, int a,
                              int b)
{
    if (ctx->phrases)
        return a;
    int r = a;
    while (r <= b && on_own_line(ctx, r) && !col->explicit_label[r])
        r++;
    return r <= b && col->explicit_label[r] && !on_own_line(ctx, r) ? r : a;
}

/* The row span a..b's vote starts at: the first label on top of its
 * records (first_label_on_top); in a column of work items, also past the
 * lines of other columns' labels alone above its first record (a level-2
 * label centred on a line of its own) where they hold none of its own
 * labels: a work item on the first record of its group shows no centring,
 * where it stands for the resolution is judged there (resolve_span). */
static int vote_start(const jx_label_column *col, const jx_label_context *ctx, int a, int b)
{
    if (!ctx->phrases)
        return first_label_on_top(col, ctx, a, b);
    int r = a;
    while (r < b && on_own_line(ctx, r) && !col->explicit_label[r])
        r++;
    return r;
}

/* Resolves span a..b, its label-only lines above a first label on top
 * (first_label_on_top) taking that label.  `fit`: see resolve_span; made
 * for the whole span, it resolves the whole span. */
static double resolve_span_from_top(jx_label_column *col, int a, int b,
                                    const jx_label_context *ctx, jx_placement column_habit,
                                    int middle, const span_fit *fit)
{
    int s = fit ? a : first_label_on_top(col, ctx, a, b);
    double score = resolve_span(col, s, b, ctx, column_habit, middle, fit);
    for (int r = a; r < s; r++) {
        set_resolved(col, r, col->resolved[s], TRUE);
        col->evidence[r] = col->evidence[s];
    }
    return score;
}

/* Blank lines a label wedged between two records (wedged_between_records)
 * may have on one side: centred over rows of unequal heights, a label
 * rounds to a line one off the middle (one blank line on one side; a
 * label at its group's top has none above it, its first record's line
 * being its own). */
#define WEDGE_SLACK_LINES 1

/* TRUE when label row r, in a dump that parts its rows with blank lines
 * and sets its labels on their rows' lines (row_first_line), stands inside
 * the gap between the record right above it and the one right below, on
 * their page: no wider than the dump's gap between two rows and the
 * label's own line (WEDGE_SLACK_LINES off the middle of a gap of rows of
 * unequal heights).  A label at its group's top stands on its first
 * record's line, and a label on a row of its own (a section's heading) has
 * a whole gap on each side; one in the gap is a cell centred over rows
 * (WeasyPrint's `时效指标` between `资金兑付及时性` and `项目完成时限`). */
static gboolean in_gap_between_records(const jx_label_context *ctx, int r)
{
    if (!ctx->row_first_line || !ctx->row_last_line || ctx->row_gap < 1)
        return FALSE;
    double up = ctx->label_line[r] - ctx->row_last_line[r - 1];
    double down = ctx->row_first_line[r + 1] - ctx->label_line[r];
    return up >= 1 && down >= 1 && up + down <= ctx->row_gap + 1 + WEDGE_SLACK_LINES;
}

/* TRUE when label row r stands on the one line between the last line of
 * the record right above it and the first line of the record right below,
 * on their page: a label set at its group's top stands on its first
 * record's line, a wrapped piece beside its row, a tall row's padding
 * leaves blank lines round it, so a label wedged there is a cell centred
 * over rows (Chromium's print of a form whose empty label cells it drops,
 * `质量指标` alone between two rows of its group).  Tight on one side, it
 * may stand WEDGE_SLACK_LINES off the other. */
static gboolean wedged_between_records(const jx_label_context *ctx, int r)
{
    /* (r - 1 and r + 1 are rows of the column: the caller's r is inside a span) */
    if (on_own_line(ctx, r - 1) || on_own_line(ctx, r + 1) || ctx->page[r - 1] != ctx->page[r] ||
        ctx->page[r + 1] != ctx->page[r])
        return FALSE;
    if (!ctx->line_lo)
        return in_gap_between_records(ctx, r);
    double up = ctx->label_line[r] - ctx->line_hi[r - 1];
    double down = ctx->line_lo[r + 1] - ctx->label_line[r];
    return (up == 1 && down <= 1 + WEDGE_SLACK_LINES) || (down == 1 && up <= 1 + WEDGE_SLACK_LINES);
}

/* TRUE when the record right below label row r has cells on the label's
 * line or above it (jx_label_context.cells_lo): a converter read a piece
 * of that record off the record's own lines (参赛群众满意度 on the last line
 * of the row above, its figures under the label), so the label stands
 * beside that record's cells, where a label on top of its group stands,
 * and its line says nothing of a cell centred over the record above too.
 * (A record above whose cells wrap round the label is no such evidence: a
 * label centred over that record and the ones below stands there.)  FALSE
 * where the cells' lines are not known. */
static gboolean beside_cells_of_record_below(const jx_label_context *ctx, int r)
{
    return ctx->cells_lo && ctx->cells_lo[r + 1] && ctx->cells_lo[r + 1] <= ctx->label_line[r];
}

/* TRUE when label row r of span a..b is centred whatever its column's
 * habit: a label on a line of its own wedged between two records of the
 * span on their page (wedged_between_records, in a dump whose rows' lines
 * are known), as vote_labels_alone counts it — the record below holding no
 * label of the column's own (a form that states a label on every row sets
 * no cell over two rows: its label stands centred in its own row's cell)
 * nor cells on the label's line or above (beside_cells_of_record_below).  A form may set each label
 * cell its own way (产出 on its group's first row, 成本指标 centred over its
 * two rows, a line between them: Chromium's print of such a form), and a
 * label so wedged stands on no record's first line, so it heads no group
 * from the top: read by a column's top habit it took only the record
 * below it, and the one above went to the group before (项目预算控制率
 * under 产出时效, not 成本指标). */
static gboolean centred_by_its_lines(const jx_label_column *col, const jx_label_context *ctx,
                                     int r, int a, int b)
{
    if (ctx->phrases || !ctx->labels_only || !ctx->label_line || !ctx->page ||
        !(ctx->line_lo && ctx->line_hi) || r <= a || r >= b)
        return FALSE;
    return on_own_line(ctx, r) && ctx->page[r] > 0 && records_in(ctx, a, r - 1) > 0 &&
           records_in(ctx, r + 1, b) > 0 && !col->explicit_label[r + 1] &&
           wedged_between_records(ctx, r) && !beside_cells_of_record_below(ctx, r);
}

/* TRUE when work item row r of a span ending at b is centred by its own
 * lines, whatever its column's habit:
 *   - it stands apart below every cell of its row (label_apart), a record
 *     of the span after it holding no item of its own: on the line between
 *     two records of its group, where a cell set at its group's top never
 *     prints it, so a cell centred over an even span, the middle between
 *     those rows (推进养老服务体系建设 on its own line between
 *     新建社区居家养老服务中心 and 特困人员救助供养人数, over two rows above
 *     and two below);
 *   - or its lines wrap round its row's cells (label_round): a cell set at
 *     the top starts level with its first row (推进学前教育普及普惠发 / 化解
 *     大班额班级数 / 展, over 改扩建校舍面积 above and 配备教学仪器设备学校数
 *     below).
 * Read by the column's habit where its spans show none (top), such an item
 * took only its own row and the ones below, and the blank rows above it
 * went to the item before. */
static gboolean item_centred_by_its_lines(const jx_label_column *col,
                                          const jx_label_context *ctx, int r, int b)
{
    if (!ctx->phrases)
        return FALSE;
    if (ctx->label_round && ctx->label_round[r])
        return TRUE;
    return ctx->label_apart && ctx->label_apart[r] && r < b && !col->explicit_label[r + 1] &&
           !(ctx->labels_only && ctx->labels_only[r + 1]);
}

/* What span a..b shows by its labels that stand on lines of their own
 * (a line that holds no record's cell), where the lines are the printed
 * page's own (lines_on_page): a label on its group's top stands on its
 * first record's line, so one alone on a line between two records of the
 * span is centred in a cell spanning rows.  One vote per such label: a
 * column whose other labels a page break cut (on_top_of_its_page) shows its
 * placement by these alone.  Not in a column of work items, whose wrapped
 * pieces stand on such lines in any placement.  In a dump's lines (a text
 * browser's, a layout dump's), whose wrapped labels and blank lines for a
 * tall row's space set labels on such lines as well, only a label on the
 * one line between two records' lines (wedged_between_records), or, where
 * the lines place no label, in the gap between two records' lines
 * (in_gap_between_records). */
static void vote_labels_alone(const jx_label_column *col, const jx_label_context *ctx, int a,
                              int b, int *votes)
{
    if (ctx->phrases || !ctx->labels_only || !ctx->label_line || !ctx->page ||
        (!(ctx->line_lo && ctx->line_hi) && !ctx->row_first_line))
        return;
    for (int r = a + 1; r < b; r++)
        if (col->explicit_label[r] && on_own_line(ctx, r) && ctx->page[r] > 0 &&
            records_in(ctx, a, r - 1) > 0 && records_in(ctx, r + 1, b) > 0 &&
            ((ctx->lines_on_page && ctx->line_lo) || wedged_between_records(ctx, r)))
            votes[JX_PLACE_CENTRED]++;
}

/* TRUE when row r's level-2 label (ctx->children) belongs under level-1
 * `to` and not under `from`, by the taxonomy: a row that stays in `from`'s
 * span only because its border was placed from the rows' lines. */
static gboolean child_belongs_elsewhere(const jx_label_context *ctx, int r, const char *from,
                                        const char *to)
{
    const char *child = ctx->children[r];
    if (!child || !*child)
        return FALSE;
    /* a level-2 that repeats its level-1 (满意度 under 满意度) is at home */
    const char *named = jx_taxonomy_level1(child);
    if (named && named == jx_taxonomy_level1(from))
        return FALSE;
    return jx_taxonomy_lists(to, child) && !jx_taxonomy_lists(from, child);
}

/* Walks from the border row `r` into its span (step -1: the span above,
 * +1: the span below) and gives the span's next label, held by row
 * r - step, every row up to the first one whose level-2 label the
 * taxonomy does not place under that label rather than its own, or that
 * holds its own label.  Rows given to the span below stand above its label
 * (centred). */
static void cede_to_neighbour(jx_label_column *col, const jx_label_context *ctx, int r, int step)
{
    char *own = col->resolved[r], *next = col->resolved[r - step];
    const char *child = NULL;
    gboolean cede = FALSE;
    for (int i = r; i >= 0 && i < col->n && col->resolved[i] == own && !col->explicit_label[i];
         i += step) {
        /* a group's rows share their child label: asked once per run */
        if (i == r || g_strcmp0(ctx->children[i], child) != 0) {
            child = ctx->children[i];
            cede = child_belongs_elsewhere(ctx, i, own, next);
        }
        if (!cede)
            break;
        set_resolved(col, i, next, step < 0);
    }
}

/* TRUE for a level-1 label the taxonomy also sets as a level-2 under
 * another level-1 (成本指标): its span holds no level-2 labels of its own,
 * so the level-2 labels resolved beside it (the probe's) say nothing of
 * where it ends (wkhtml-web half f0293, variant v0030). */
static gboolean either_level(const char *level1)
{
    return jx_taxonomy_level2_elsewhere(level1) != NULL;
}

/* A level-1 span placed from the rows' lines (a label centred on its
 * group) can run a row or more into the next level-1's group: the border
 * rows take the wrong level 1 although their level-2 labels say which one
 * they belong to (社会效益指标 under 产出指标 beside 效益指标's span).  At
 * each border of two level-1 spans, rows of one side whose level-2 label
 * the taxonomy lists under the other side's level-1 only go to that side.
 * Whole groups of the level below only: a border cut inside one says the
 * level-1's lines disagree with the level-2 labels resolved beside them,
 * and there the level-2 run is the likelier wrong one (chromium-web dept
 * f0014: a 成本指标 row drawn into 社会效益指标's run).  Not at a border of a
 * level-1 that may be either level (either_level).
 * One pass over the rows; the taxonomy is asked at the borders only. */
void jx_labels_cede_border_rows(jx_label_column *col, const jx_label_context *ctx)
{
    if (!ctx->children)
        return;
    for (int r = 0; r + 1 < col->n; r++) {
        const char *x = col->resolved[r], *y = col->resolved[r + 1];
        if (!x || !y || !*x || !*y || x == y || strcmp(x, y) == 0 || either_level(x) ||
            either_level(y) || g_strcmp0(ctx->children[r], ctx->children[r + 1]) == 0)
            continue;
        cede_to_neighbour(col, ctx, r, -1);
        if (col->resolved[r] == x) /* nothing went down: rows may come up */
            cede_to_neighbour(col, ctx, r + 1, 1);
    }
}

void jx_labels_resolve(jx_label_column *col, const jx_label_context *ctx)
{
    drop_cut_label_repeats(col, ctx);
    /* Where no regime is given, a span whose first row holds a label fits
     * both a top and a centred placement (a group of one row, a label in the
     * middle of the rows up to the next): the column's other spans, those
     * whose rows show one (vote_span), say which its cells use — one cell
     * style for a column, as a form sets it. */
    int *span_end = span_ends_new(col, ctx);
    jx_placement column_habit = JX_PLACE_UNKNOWN;
    if (!ctx->regime) {
        int votes[JX_PLACE_BOTTOM + 1] = {0};
        for (int a = 0; a < col->n; a = span_end[a] + 1) {
            int cast = votes[JX_PLACE_CENTRED] + votes[JX_PLACE_TOP];
            vote_span(col, ctx, vote_start(col, ctx, a, span_end[a]), span_end[a], votes);
            if (ctx->phrases && votes[JX_PLACE_CENTRED] + votes[JX_PLACE_TOP] == cast)
                vote_inner_runs(col, ctx, a, span_end[a], votes);
            vote_labels_alone(col, ctx, a, span_end[a], votes);
        }
        int c = votes[JX_PLACE_CENTRED], t = votes[JX_PLACE_TOP];
        /* stated parents are split no row off: one span is evidence */
        int min_votes = ctx->parents_stated ? 1 : COLUMN_MIN_VOTES;
        if (c >= min_votes && c > t)
            column_habit = JX_PLACE_CENTRED;
        else if (t >= min_votes && t > c)
            column_habit = JX_PLACE_TOP;
        else if (c == 0 && t == 0)
            column_habit = ctx->table_habit;
    }
    span_fit **fits = g_new0(span_fit *, col->n + 1);
    int middle =
        ctx->middle ? ctx->middle : column_middle(col, ctx, column_habit, span_end, fits);
    col->middle = middle;
    col->score = 0;
    for (int a = 0; a < col->n; a = span_end[a] + 1)
        col->score += resolve_span_from_top(col, a, span_end[a], ctx, column_habit, middle, fits[a]);
    for (int a = 0; a < col->n; a++)
        span_fit_free(fits[a]);
    g_free(fits);
    g_free(span_end);
}

void jx_labels_regime(const jx_label_column *col, jx_placement *regime)
{
    jx_placement last = JX_PLACE_UNKNOWN;
    for (int i = 0; i < col->n; i++) {
        if (col->evidence[i] != JX_PLACE_UNKNOWN)
            last = col->evidence[i];
        regime[i] = last;
    }
    /* rows before any evidence take the first that follows */
    jx_placement next = JX_PLACE_UNKNOWN;
    for (int i = col->n - 1; i >= 0; i--) {
        if (col->evidence[i] != JX_PLACE_UNKNOWN)
            next = col->evidence[i];
        if (regime[i] == JX_PLACE_UNKNOWN)
            regime[i] = next;
    }
}

gboolean *jx_labels_child_starts(const jx_label_column *col)
{
    gboolean *start = g_new0(gboolean, col->n + 1);
    for (int i = 0; i < col->n; i++)
        start[i] = i == 0 || g_strcmp0(col->resolved[i], col->resolved[i - 1]) != 0;
    return start;
}

gsize jx_labels_joiner_at(const char *p)
{
    gsize n;
    const char *const *joiners = jx_taxonomy_label_joiners(&n);
    for (gsize k = 0; p && k < n; k++)
        if (g_str_has_prefix(p, joiners[k]))
            return strlen(joiners[k]);
    return 0;
}

/* TRUE when `text` holds a byte some joiner begins with: most cells hold
 * none, and one scan for those bytes turns them away before a strstr per
 * joiner does (this is asked of every distinct cell text). */
static gboolean may_hold_joiner(const char *text, const char *const *joiners, gsize n)
{
    char firsts[16]; /* a byte twice does no harm */
    if (n >= sizeof firsts)
        return TRUE; /* more joiners than room: ask every one */
    for (gsize k = 0; k < n; k++)
        firsts[k] = joiners[k][0];
    firsts[n] = '\0';
    return strpbrk(text, firsts) != NULL;
}

/* A level-1 and a level-2 label joined in one cell (joined by one of
 * jx_taxonomy_label_joiners), split where a joiner parts a known level-1
 * from a level-2 the taxonomy places under it: sets *l1, *l2 (new strings)
 * and returns TRUE; FALSE for anything else. */
gboolean jx_labels_split_joined(const char *joined, char **l1, char **l2)
{
    gsize n;
    const char *const *joiners = jx_taxonomy_label_joiners(&n);
    if (!joined || !may_hold_joiner(joined, joiners, n))
        return FALSE;
    for (gsize k = 0; k < n; k++) {
        const char *at = strstr(joined, joiners[k]);
        if (!at || at == joined)
            continue;
        char *first = g_strndup(joined, (gsize)(at - joined));
        const char *second = at + strlen(joiners[k]);
        const char *code = jx_taxonomy_level1(first);
        if (code && *second && jx_taxonomy_level2(code, second)) {
            *l1 = first;
            *l2 = g_strdup(second);
            return TRUE;
        }
        g_free(first);
    }
    return FALSE;
}

/* TRUE when `text` (JX_LABEL_SUFFIX ends it) is a level-1 label written
 * out in full and nothing else.  Both parts of two labels side by side must
 * be written out in full: a bare pair (`产出数量`) is one level-2 label. */
static gboolean full_level1(const char *text)
{
    return jx_taxonomy_level1(text) && jx_taxonomy_label_suffixed(text);
}

gboolean jx_labels_split_adjacent(const char *text, char **l1, char **l2)
{
    static const char suffix[] = JX_LABEL_SUFFIX;
    if (!text || jx_taxonomy_label_level(text))
        return FALSE; /* one label whole: nothing to part */
    for (const char *at = strstr(text, suffix); at; at = strstr(at + 1, suffix)) {
        const char *second = at + sizeof suffix - 1;
        while (*second == ' ')
            second++;
        if (!*second)
            break;
        char *first = g_strndup(text, (gsize)(at - text) + sizeof suffix - 1);
        if (full_level1(first) && jx_taxonomy_label_suffixed(second) &&
            jx_taxonomy_lists(first, second)) {
            *l1 = first;
            *l2 = g_strdup(second);
            return TRUE;
        }
        g_free(first);
    }
    return FALSE;
}

gboolean jx_labels_joined(const char *text)
{
    char *l1 = NULL, *l2 = NULL;
    gboolean joined = jx_labels_split_joined(text, &l1, &l2);
    g_free(l1);
    g_free(l2);
    return joined;
}
