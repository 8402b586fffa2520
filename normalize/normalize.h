/*
 * normalize.h — text and value normalization, used by every stage.
 *
 * The rules are those of "Normalization" in docs/records.md.  Word lists
 * (operators, units, taxonomy labels) live in tables in the .c files, not in
 * chains of ifs.  Every function is pure: no global mutable state; ICU
 * objects are created per call or held in a caller-owned jx_normalizer.
 *
 * Strings in and out are UTF-8.  Invalid UTF-8 input is tolerated (bad bytes
 * become U+FFFD); no function crashes on any input.
 */
#ifndef JX_NORMALIZE_H
#define JX_NORMALIZE_H

#include <glib.h>

/* ------------------------------------------------------------- text */

/*
 * Normalizes a text field: strips markup (HTML tags and entities, LaTeX math
 * fragments such as `$\geq 85\%$` → `≥85%`), applies NFKC with utf8proc
 * (full-width → ASCII, ideographic space → space, Kangxi radicals and CJK
 * compatibility ideographs → unified ideographs), joins line breaks (no space
 * between CJK, one space between Latin words), collapses white space, removes
 * spaces between CJK characters (and between CJK and digits/punctuation), trims.
 * Returns a new string (g_free); "" for NULL.
 */
char *jx_norm_text(const char *s);

/*
 * jx_norm_text(s) for a caller that only reads it: `s` itself when it is
 * its own normal form (most cell texts are), else the normal form in a new
 * string that *owned takes (the caller g_frees *owned, NULL when nothing was
 * made).  Valid while `s` and *owned are; "" for NULL.
 */
const char *jx_norm_text_view(const char *s, char **owned);

/*
 * A hash of a NUL-terminated string for the memos keyed by text (cell texts,
 * labels), in place of g_str_hash: eight bytes a step where g_str_hash takes
 * one, and cell texts run to tens of bytes.  Use with g_str_equal.
 */
guint jx_norm_str_hash(gconstpointer s);

/*
 * TRUE when the line `s` (UTF-8, blanks anywhere) is page furniture: a page
 * number such as `- 1 -`, `第 2 页`, `第2页 共3页`, `2/3` or `Page 2 of 5`.
 */
gboolean jx_norm_is_page_number(const char *s);

/*
 * Joins two fragments of one cell (a wrapped line, or a cell split over a page
 * break): no space where either side of the seam is CJK, one space between
 * Latin words.  Both inputs are normalized first.  Returns a new string.
 */
char *jx_norm_join(const char *a, const char *b);

/*
 * TRUE when the seam between `a` and `b` falls inside a word of `a`+`b` as ICU's
 * word BreakIterator (Chinese dictionary) segments it, i.e. the two fragments
 * look like one phrase broken in the middle ("加强企业创新能" + "力建设").
 */
gboolean jx_norm_seam_inside_word(const char *a, const char *b);

/*
 * Segments `s` into words with ICU's word BreakIterator and returns a new
 * NULL-terminated vector of the word-like segments (letters/ideographs/numbers;
 * punctuation and spaces dropped).  Free with g_strfreev.
 */
char **jx_norm_words(const char *s);

/*
 * How many characters of `a` belong to words that also occur in `b` (word
 * segmentation as in jx_norm_words).  Used to tell which group label an
 * indicator belongs to (`项目管理` / `项目管理制度健全性` share `项目`,`管理`).
 */
int jx_norm_shared_word_chars(const char *a, const char *b);

/*
 * A word segmenter: one ICU word BreakIterator ("zh" dictionary) reused for
 * many strings, for callers that segment a whole table.  Owned by its caller
 * and used by one thread at a time; free with jx_segmenter_free.  Returns
 * NULL when ICU cannot open the iterator (callers then pass NULL below).
 */
typedef struct jx_segmenter jx_segmenter;
jx_segmenter *jx_segmenter_new(void);
void jx_segmenter_free(jx_segmenter *seg);
/* The calling thread's segmenter, kept with its memo from call to call (one
 * of the caller's own when it is already lent; NULL when ICU fails), and its
 * return: jx_segmenter_give_back frees one that was not the thread's. */
jx_segmenter *jx_segmenter_borrow(void);
void jx_segmenter_give_back(jx_segmenter *seg);

/* As jx_norm_words, with `seg`'s iterator (NULL: one is opened for the call). */
char **jx_segmenter_words(jx_segmenter *seg, const char *s);
/* The same words in one allocation (the pointers, then the strings): the
 * caller frees the vector with g_free alone, never g_strfreev.  For callers
 * that ask for many (a table's names and labels). */
char **jx_segmenter_words_packed(jx_segmenter *seg, const char *s);

/* How many characters of the words `a` are words of `b` too (both vectors
 * from jx_norm_words or jx_segmenter_words): jx_norm_shared_word_chars on
 * words already segmented. */
int jx_norm_shared_chars(char *const *a, char *const *b);

/* TRUE when the code point is a CJK ideograph (unified, extensions, compatibility). */
gboolean jx_norm_is_cjk(gunichar c);

/* Columns `s` (valid UTF-8) takes in a fixed-width dump: two for each
 * character Chinese text sets wide (ideographs, CJK and full-width
 * punctuation), one for any other. */
int jx_norm_display_width(const char *s);

/* TRUE when `s` (valid UTF-8) holds nothing but U+FFFD replacement characters
 * and white space: bytes that could not be decoded, which say nothing a label,
 * a 序号 or a name could mean. */
gboolean jx_norm_is_unreadable(const char *s);

/* ------------------------------------------------------------- values */

typedef enum { JX_OP_NONE = 0, JX_OP_EQ, JX_OP_GE, JX_OP_LE, JX_OP_GT, JX_OP_LT } jx_op;

/* "=", ">=", "<=", ">", "<" for an operator; NULL for JX_OP_NONE. Static string. */
const char *jx_op_symbol(jx_op op);

/*
 * The operator `s` is, when the whole (normalized, trimmed) text is one:
 * symbols ≥ ≧ >= ＞＝ \geq ≤ ≦ <= \leq = ＝ > ＞ < ＜ and words 不低于 不少于
 * 大于等于 不高于 不超过 不大于 大于 小于 超过 低于 等于 …  JX_OP_NONE otherwise.
 */
jx_op jx_norm_op(const char *s);
/* jx_norm_op of text jx_norm_text made already (a cell's normalized text),
 * without normalizing it again; NULL gives JX_OP_NONE. */
jx_op jx_norm_op_normalized(const char *norm);
/* The operator a word written after the figure states when the whole
 * (normalized) text is one: 以上, 及以上, 以下, 以内 … JX_OP_NONE otherwise. */
jx_op jx_norm_op_after(const char *s);
/* TRUE when normalized `s` holds, anywhere, a word that states an operator
 * after a figure (以上, 以内 …) or a deadline after a date (前, 之前 …): what
 * must be there for `s`, written after a value, to give it an operator — a
 * cheap test before joining and reading the two again. */
gboolean jx_norm_holds_word_after(const char *s);

/* TRUE when `c` is a comparison sign a target opens with: ≥ ≤ > < = and
 * the fullwidth ＞ ＜ ＝ (a one-character test for readers that look at raw
 * text before any cell is normalized; jx_norm_op reads the words too). */
gboolean jx_norm_is_op_sign(gunichar c);

typedef enum { JX_KIND_NONE = 0, JX_KIND_NUMBER, JX_KIND_DATE, JX_KIND_TEXT } jx_value_kind;

/* "number", "date", "text"; NULL for JX_KIND_NONE.  Static string. */
const char *jx_kind_name(jx_value_kind kind);

/* A parsed target cell. */
typedef struct {
    jx_op op;           /* JX_OP_NONE when the source states none */
    jx_value_kind kind; /* JX_KIND_NONE when the cell is empty */
    char *value;        /* decimal string / "YYYY-MM-DD" / normalized text; NULL when empty */
    char *unit;         /* canonical unit or NULL */
} jx_target;

/*
 * Parses a target cell: an optional leading operator (symbol or word) or a
 * trailing one (以上 → >=, 以内/以下 → <=), then a number with an optional
 * unit (`≥125家`, `=100%`, `≥ 300 项`, `22亿元`, `58,600`, `１２`, `三`), or a
 * date (`2023年12月31日`, `2023.12.31`, `2023-12-31`, optionally followed by
 * 前/之前), or else qualitative text (`健全`, `按时完成`, a sentence) with
 * kind TEXT and the normalized text as value.  A number followed by text that
 * is not a unit (`100%以上完成`…) is TEXT unless the rest is an operator word.
 * A date followed by 前/之前/以前 (`2023年12月31日前`) gives op <= (the source
 * states "before").
 * An empty or blank cell gives kind NONE.  Always fills `out` (clear it with
 * jx_target_clear).  Returns TRUE when kind is not NONE.
 */
gboolean jx_norm_target(const char *cell, jx_target *out);
/* jx_norm_target without the copy, for a reader that only looks: `*out`
 * points at the thread's remembered reading (borrowed, never freed by the
 * caller), valid until the next jx_norm_target or jx_norm_target_peek call
 * on the same thread.  `cell` may be NULL (an empty target). */
gboolean jx_norm_target_peek(const char *cell, const jx_target **out);
void jx_target_clear(jx_target *t);

/* TRUE when `norm` (normalized) is a remark word alone, what a 备注 column
 * says of its row (暂定, 以批复为准, 新增指标), that is never anything else:
 * no name, no name's piece, no target. */
gboolean jx_norm_is_remark(const char *norm);
/* jx_norm_is_remark, or a remark word that also opens names (新增, 续建):
 * TRUE for a whole 备注 cell, never to be asked of a piece of a name. */
gboolean jx_norm_is_remark_cell(const char *norm);
/* The normal form of a target cell less the remark words (jx_norm_is_remark)
 * set before or after its target, glued or a space apart (`暂定85%`,
 * `基本消除 暂定`, `新增指标≥94%`: a narrow print runs the 备注 column into
 * the target's): a new string, or NULL when it has none or is one alone.
 * For a record's target; what a cell is stays judged on its whole text. */
char *jx_norm_cut_remarks(const char *cell);

/*
 * Parses a number: ASCII or full-width digits, optional sign, decimal point,
 * thousands separators (`58,600` → "58600"), or Chinese numerals (`三` → "3",
 * `一百二十` → "120", `两千` → "2000") parsed with ICU's rule-based number
 * format (zh spellout).  Returns a new decimal string without insignificant
 * leading zeros, keeping the decimals as written ("2.10" stays "2.10"), or
 * NULL when the whole (trimmed) text is not a number.
 */
char *jx_norm_number(const char *s);

/*
 * Parses a date: `2023年12月31日`, `2023年12月31号`, `2023.12.31`, `2023-12-31`,
 * `2023/12/31`, `2023年12月` (→ last day of month, as a deadline), with an
 * optional trailing 前/之前/以前.  Returns a new "YYYY-MM-DD" or NULL.
 * `年底`/`年末` are not dates (they stay text).
 */
char *jx_norm_date(const char *s);

/*
 * The canonical unit when the whole (normalized, trimmed) text is a known
 * unit: %, ‰, 项, 个, 户, 家, 次, 人次, 人, 名, 场, 套, 种, 类, 篇, 件, 元, 万元,
 * 亿元, 天, 日, 月, 年, 小时, 分钟, 公里, 千米, 米, 平方米, 亩, 吨, 台, 所, 座,
 * 批, 期, 册, 份, 张, 处, 条, 栋, 间, 分, 万人次, 个百分点 … (the table is data
 * in normalize/units.c), or a rate of them (元/人, 元/人·月, 次/年).  Returns
 * a new string (g_free), or NULL.
 */
char *jx_norm_unit(const char *s);
/* jx_norm_unit of text jx_norm_text made already, without normalizing it
 * again; NULL gives NULL. */
char *jx_norm_unit_normalized(const char *norm);
/* TRUE when normalized `norm` is the first line of a unit a narrow column
 * wrapped (`元/平方` of 元/平方米, `个工作` of 个工作日, `个百分` of 个百分点):
 * no unit itself, the start of one (after whole units and a rate separator,
 * if any), two characters at least. */
gboolean jx_norm_unit_cut(const char *norm);
/* The unit the first word of `raw` (a unit cell's source text, spaces kept)
 * is, when one space or more part it from a remark's text of a few Han
 * characters at least (`% 反映群众满意度情况`: a layout dump's unit and
 * 指标解释 cells set one space apart); NULL otherwise.  Free with g_free. */
char *jx_norm_unit_before_remark(const char *raw);

/* ------------------------------------------------------------- taxonomy */

/* How a label written out in full ends (`产出指标`, `社会效益指标`), and the
 * piece a narrow label column wraps alone onto a line of its own: the one
 * spelling every stage reads labels by. */
#define JX_LABEL_SUFFIX "指标"

/* TRUE when `label` is the non-empty `word` and JX_LABEL_SUFFIX
 * (`社会成本指标`, `社会成本`): a label written out in full beside its
 * word alone. */
static inline gboolean jx_label_suffixed_form(const char *label, const char *word)
{
    gsize n = strlen(word);
    return n && strncmp(label, word, n) == 0 && strcmp(label + n, JX_LABEL_SUFFIX) == 0;
}

/*
 * Level-1 code of a label (`产出指标`/`产出` → "output", `成本指标` → "cost",
 * `效益指标`/`效益`/`效果` → "outcome", `满意度指标`/`满意指标`/`满意度` →
 * "satisfaction", `决策` → "decision", `过程` → "process", `履职` → "duty"),
 * after normalization; trailing `指标` and a weight in brackets (`决策 (20)`)
 * are tolerated.  Static string, or NULL when the label is not a known level-1.
 */
const char *jx_taxonomy_level1(const char *label);

/*
 * Codes of the taxonomy's tables the stages compare against by name: one
 * spelling for every stage.
 */
#define JX_CODE_COST "cost"
#define JX_CODE_SATISFACTION "satisfaction"
#define JX_CODE_OUTPUT_QUANTITY "output.quantity"
#define JX_CODE_OUTPUT_QUALITY "output.quality"
#define JX_CODE_OUTPUT_COST "output.cost"
#define JX_CODE_COST_ECONOMIC "cost.economic"

/*
 * Full code of a level-2 label when it belongs to the level-1 code `level1`
 * (`数量指标`/`产出数量` under "output" → "output.quantity"; `经济效益指标`
 * under "outcome" → "outcome.economic"; any label under a free level-1 such
 * as "decision" → "decision").  With `level1` NULL, the code of the level-1 the
 * label most usually belongs to.  Static string, or NULL when unknown.
 */
const char *jx_taxonomy_level2(const char *level1, const char *label);

/*
 * 1 when `label` is a level-1 label (jx_taxonomy_level1), else 2 when it is
 * a level-2 label under any level-1 (jx_taxonomy_level2 with `level1`
 * NULL), else 0: both questions of a text asked at once (a cell's first
 * classification asks both of every distinct text).
 */
int jx_taxonomy_label_level(const char *label);

/*
 * TRUE when `label` is a standard level-2 label, one the taxonomy codes
 * under its level-1 (`数量指标` → "output.quantity", `社会效益` →
 * "outcome.social"): a group's kind, as forms type it.  A free level-1's
 * labels (`预算编制`, `政府采购`) are not: their code is the level-1's alone,
 * and they open names too (`预算编制科学性`).
 */
gboolean jx_taxonomy_standard_level2(const char *label);

/*
 * TRUE when the taxonomy lists the level-2 label `label` under the level-1
 * label `level1` (`社会效益` under `效益指标`, `资产管理` under `过程`): evidence
 * that a row so labelled belongs to that level-1 group.  Unlike
 * jx_taxonomy_level2, a free level-1 accepts only the labels it lists.
 */
gboolean jx_taxonomy_lists(const char *level1, const char *label);

/*
 * TRUE when `code` is a level-2 code under the level-1 code `level1`
 * ("output.cost" under "output"; not "output" itself, nor "outcome.social").
 */
gboolean jx_taxonomy_code_under(const char *code, const char *level1);

/*
 * The level-2 code of `label` when it is a level-1 label the taxonomy also
 * codes as a level-2 under another level-1 (`成本指标`: "cost", and
 * "output.cost" under 产出指标, forms before JX_COST_LEVEL1_SINCE), else
 * NULL (`满意度` is "satisfaction" and its level-2 code is under itself).
 * Static string.
 */
const char *jx_taxonomy_level2_elsewhere(const char *label);

/*
 * The standard level-1 label (`产出指标`) a level-2 label (`数量指标`,
 * `质量`) sits under when the taxonomy puts it under that one level-1 only
 * and it is no level-1 label itself; NULL otherwise (`服务对象满意度`,
 * `成本指标`, a free level-1's label, NULL).  Static string.
 */
const char *jx_taxonomy_owner_level1(const char *label);

/*
 * TRUE when `label`, less its code and weight (`（三）`, `(10分)`), ends
 * with JX_LABEL_SUFFIX (`成本指标`, `数量指标`); FALSE for a label written
 * bare (`成本`, `数量`) or NULL.
 */
gboolean jx_taxonomy_label_suffixed(const char *label);

/*
 * The category code of an indicator: the level-2 code when level2 is known
 * under level1, else the level-1 code alone, else NULL (unknown level1).
 * Static string or NULL.
 */
const char *jx_taxonomy_category(const char *level1, const char *level2);

/*
 * The one standard label (its stem and `指标`: `产出指标`, `服务对象满意度指标`)
 * of level `level` (1 or 2; the free level-1s and their level-2 labels
 * aside) that normalized `text` holds among other text (`产出指标(50标`,
 * `数量指标校数`: a label a layout dump ran into pieces of its neighbours),
 * or NULL when it holds none or two that differ (a label within another,
 * 满意度指标 in 服务对象满意度指标, counts as the longer).  A new string.
 */
char *jx_taxonomy_label_within(const char *text, int level);

/*
 * The one standard label of level `level` (as jx_taxonomy_label_within) that
 * normalized `text`, two characters or more, begins and does not finish
 * (`服务对象` → `服务对象满意度指标`, `产出指` → `产出指标`: the first line of
 * a wrapped label whose rest a layout dump gave another row), or NULL when
 * none or two differ.  A new string.
 */
char *jx_taxonomy_label_headed(const char *text, int level);

/*
 * TRUE when normalized `text`, two characters or more, begins a standard
 * label of level `level` (1 or 2), one or several, short of its end
 * (`可持续` of 可持续影响指标 and 可持续发展影响指标): the first line of a
 * wrapped label, whichever it is.
 */
gboolean jx_taxonomy_opens_label(const char *text, int level);

/*
 * The header words of a target table's row-number column and of its label
 * columns, the row number's first: 序号, 一级指标, 二级指标, 三级指标 (`*n`
 * gets how many).  The one table of them for every stage: extract finds by
 * them where a header wrapped over narrow columns stands, parse whether one
 * repeats another.
 */
const char *const *jx_taxonomy_label_heads(gsize *n);

/*
 * TRUE when `text` (normalized, not empty) is one of those header words or
 * its opening (`一级` of 一级指标, a narrow column's wrap); `*whole`, unless
 * NULL, gets whether it is the whole word.
 */
gboolean jx_taxonomy_opens_label_head(const char *text, gboolean *whole);

/*
 * The marks that join a level-1 and a level-2 label in one cell of a form
 * with a single label column (`产出指标-数量指标`, `效益指标/社会效益指标`;
 * `*n` gets how many, the longer of two that begin alike first): the one
 * table of them for every stage.
 */
const char *const *jx_taxonomy_label_joiners(gsize *n);

/*
 * Joiner `k` of jx_taxonomy_label_joiners in `text` (normalized): when it
 * stands after the text's start, sets *rest just past it and returns the
 * level-1 code of the text before it (NULL when that is no known level-1
 * label); when it stands nowhere or at the start, sets *rest to NULL and
 * returns NULL.  *rest points into `text`.
 */
const char *jx_taxonomy_joined_head(const char *text, gsize k, const char **rest);

/*
 * TRUE when `text` (trimmed, normalized here) is such a joined label alone:
 * a known level-1, a joiner, a level-2 the taxonomy lists under it or the
 * first line of one a narrow column wrapped (`满意度指标-服务对象满意`).
 */
gboolean jx_taxonomy_joined_label(const char *text);

/*
 * TRUE when `text` is the last line of a standard label wrapped in a narrow
 * column (`标`, `益指标`: it ends the label and is not all of it).
 */
gboolean jx_taxonomy_label_tail(const char *text);

/*
 * TRUE when `text` is a piece of a level label or of the row header's words
 * a narrow column wrapped a few characters a line (`可持`, `续影`, `响指`, `标`
 * of 可持续影响指标; `及` of 产出及效益指标): a part of such a word, not all
 * of it and no level-1 label of its own; at most a few characters.
 */
gboolean jx_taxonomy_label_piece(const char *text);

/*
 * TRUE when `text` is a level label, or the first or last line of one a
 * narrow column wrapped (jx_taxonomy_label_headed at either level,
 * jx_taxonomy_label_tail): a word a label column holds.
 */
gboolean jx_taxonomy_label_word(const char *text);

/*
 * TRUE when `text` is all of a table-wide row header's words (产出及效益指标,
 * 年度绩效指标), which heads the rows and is none of their cells.
 */
gboolean jx_taxonomy_row_header_word(const char *text);

/*
 * TRUE when `text` is all or a part of a table-wide row header's words
 * (`年度绩效指` of 年度绩效指标, its line cut by a page break) and no level-1
 * label of its own (效益指标, a part of 产出及效益指标, is one).
 */
gboolean jx_taxonomy_row_header_part(const char *text);

/*
 * TRUE when `text` is the whole or the opening of a table-wide row header's
 * words (`年度绩效` of 年度绩效指标: the first line of that header cell
 * wrapped in a narrow column).
 */
gboolean jx_taxonomy_opens_row_header(const char *text);

/* TRUE when `ch` is a numeral of a form's list ordinals (一 … 十). */
gboolean jx_taxonomy_list_numeral(gunichar ch);

/*
 * Where the text after a section's list ordinal starts (`二、效益指标` →
 * `效益指标`): `norm`, normalized, opens with Chinese numerals and 、, how a
 * form numbers its top-level sections (its level-1 labels).  NULL when it
 * does not.  The pointer is into `norm`.
 */
const char *jx_taxonomy_after_section_ordinal(const char *norm);

/*
 * The output category an indicator's name tells by its ending (`验收合格率`
 * → "output.quality", `项目完成时限` → "output.timeliness", `人均补助标准` →
 * "output.cost"), or NULL: evidence of which level-2 group a row belongs to
 * where the placement of merged labels leaves it open.  Static string.
 */
const char *jx_taxonomy_name_category(const char *name);
/* The same of a name already normalized (jx_norm_text), or NULL. */
const char *jx_taxonomy_norm_name_category(const char *norm);

/* ------------------------------------------------------------- figures */

/* One figure found in running text: an amount, a percentage, a plain number. */
typedef struct {
    gsize start, end;   /* byte range in the searched text: the figure and its unit */
    char *text;         /* the figure as written (start..end) */
    char *value;        /* decimal string, separators removed (`40,348.50` → "40348.50");
                           NULL when malformed */
    char *unit;         /* "元", "万元", "亿元", "%", another unit word, or NULL */
    gboolean malformed; /* written so no number reads it: thousands separators not
                           every three digits (`11,25791万元`, `1,2345`), two points */
} jx_figure;

/*
 * The figures of `text` (normalized or raw; NFKC-equivalent digits accepted),
 * in order.  Returns a new GArray of jx_figure; free with jx_figures_free.
 * Never NULL.
 *
 * What is a figure: a run of Arabic digits (ASCII or full-width) with `,`
 * thousands separators and a decimal point (`.` or `．`), then, after optional
 * blanks, the longest unit word of the unit table (normalize/units.c: 元, 万元,
 * 亿元, 千元, %, 个, 项, 家, 人, 次 …) or no unit.  Chinese numerals (`三项`)
 * and signs are not read: running text writes amounts in digits, and `-` is
 * far more often a range (`80-90分`) than a minus.
 *
 * What is skipped (never returned), because no caller wants it as an amount:
 * - calendar figures: a figure whose unit is 年, 月, 日 or 号 (`2022 年 12 月
 *   31 日`, `〔2018〕7号`) and dates written with separators (`2023.12.31`,
 *   `2023-12-31`, `2023/12/31`); the start of a range whose end is one
 *   (`1～12月`);
 * - numbering: ordinals (`第3名`); a figure without unit in brackets (`（1）`,
 *   `〔2018〕`, `[2]`), or starting a line or list item (after `；。，：`) and
 *   followed by `、`, `.`, `．`, `)` (`1.`, `2、`), or a decimal without unit
 *   starting one (`3.1`, `3.1.2 `);
 * - digits glued to Latin letters (`A11`, `G20`, `R&D` codes).
 * A figure without unit that starts a range whose end has one (`80-90分`,
 * `90（含）-100 分`) takes that unit; its range stays its own digits.
 *
 * Commas: the full-width `，` of raw Chinese text is punctuation, never a
 * separator.  A narrow `,` between digits is a separator — so pass raw text
 * where you have it, since jx_norm_text turns `，` into `,`.
 * Invalid UTF-8 bytes are stepped over; ranges stay those of `text`.
 */
GArray *jx_norm_figures(const char *text);

/* TRUE when jx_norm_figures(text) would give a malformed figure; cheaper:
 * the units and ranges of text whose numbers cannot be malformed (no
 * separator between digits, at most one point) are not read. */
gboolean jx_norm_has_malformed_figure(const char *text);
/* FALSE when no figure jx_norm_figures(text) gives can be malformed (the
 * cheap first test of jx_norm_has_malformed_figure); TRUE: it may be. */
gboolean jx_norm_may_have_malformed_figure(const char *text);

void jx_figures_free(GArray *figures);

/*
 * A total and its parts as one statement gives them: `项目总预算1200万元，其中基本支出300万元、项目支出900万元`,
 * `共申请资金60万元。其中：20万元用于…；40万元用于…`, `实际支出40,348.50万元，其中A 4,071.20万元、B 30,290.72万元…`.
 * On TRUE, *total is the total's figure and `parts` (GArray of jx_figure, the caller's, appended
 * to) its parts, each in the total's unit or their own; the caller frees them (jx_figure_clear).
 * FALSE when the text states no such sum (then *total is zeroed and `parts` untouched).
 *
 * Reading: at a `其中`, the total is the nearest figure before it whose unit
 * family (money: 元/千元/万元/亿元; else the same unit) has at least two
 * figures after it; the parts are those figures, clause by clause (clauses
 * end at `，；,;`), outside brackets opened after 其中 (a nested `（其中…）`
 * breaks a part down, it is not another part), until the sentence ends (`。`),
 * a clause without such a figure follows the parts, or a clause names another
 * quantity of the whole (执行率, 结余, 实际支出, 到位 …).  A single part is not a sum: `其中` then
 * names one share of the total, not its breakdown.  `text` is one statement
 * (a sentence, or two joined by 其中): only its first 16 其中 and, for each,
 * the 4 amounts before it are tried.
 */
gboolean jx_norm_sum_statement(const char *text, jx_figure *total, GArray *parts);
/* jx_norm_sum_statement with `figs`, jx_norm_figures(text), read already by
 * the caller (borrowed): for a caller that asks several things of one text. */
gboolean jx_norm_sum_statement_of(const char *text, const GArray *figs, jx_figure *total,
                                  GArray *parts);
void jx_figure_clear(jx_figure *f);

/* ------------------------------------------------------------- word tables (vocab.c) */

/* g_unichar_isspace(c), answered for ASCII without GLib's table: space,
 * tab, line feed, carriage return and form feed (not '\v', which Unicode
 * gives no space property). */
static inline gboolean jx_norm_is_space(gunichar c)
{
    if (c < 0x80)
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    return g_unichar_isspace(c);
}

/* FALSE when `s` surely does not start with non-empty `word`: their first
 * bytes differ, or their second (where `word` has one).  A test of two bytes
 * before a string comparison, for scans of a word table at every position
 * of a text, where nearly every word differs at once. */
static inline gboolean jx_norm_may_start(const char *word, const char *s)
{
    return word[0] == s[0] && (word[1] == '\0' || word[1] == s[1]);
}

/* TRUE when `s` is one of the `n` words of `list`. */
gboolean jx_norm_listed(const char *s, const char *const *list, gsize n);
/* TRUE when `s` holds one of the `n` words of `list` anywhere (FALSE for a
 * NULL `s`). */
gboolean jx_norm_holds_listed(const char *s, const char *const *list, gsize n);
/* The length in bytes of the longest word of `list` that `s` starts with, 0
 * when none (or `s` is NULL or empty). */
gsize jx_norm_prefix_listed(const char *s, const char *const *list, gsize n);

#endif /* JX_NORMALIZE_H */
