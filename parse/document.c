/*
 * document.c — what a document is about (title, year, org, project, amount,
 * kind) and the entry points jx_parse_source / jx_parse_path.
 *
 * Metadata comes as `key: value` lines or as key and value cells side by side
 * in a grid (项目名称:\t市级科技发展专项资金\t申请金额:\t58600).  The keys are
 * data; the first occurrence of each field in document order wins.
 */
#include "parse/parse.h"

#include <stdlib.h>
#include <string.h>

/* FIELD_SUPERVISOR / FIELD_IMPLEMENTER: the 主管部门 and the 实施单位 as such
 * (both also offer themselves as FIELD_ORG, first in the document wins). */
typedef enum {
    FIELD_PROJECT,
    FIELD_ORG,
    FIELD_AMOUNT,
    FIELD_UNIT,
    FIELD_SUPERVISOR,
    FIELD_IMPLEMENTER,
    FIELD_COUNT
} field_id;

typedef struct {
    const char *word;
    gboolean contains; /* TRUE: the key may carry more words (年度资金总额) */
    field_id field;
    int also; /* a second field the value fills (FIELD_SUPERVISOR …), or -1 */
} meta_key;

static const meta_key meta_keys[] = {
    {"项目名称", FALSE, FIELD_PROJECT, -1},  {"项目全称", FALSE, FIELD_PROJECT, -1},
    {"部门名称", FALSE, FIELD_ORG, -1},      {"单位名称", FALSE, FIELD_ORG, -1},
    {"部门(单位)名称", FALSE, FIELD_ORG, -1}, {"项目单位", FALSE, FIELD_ORG, -1},
    {"项目实施单位", FALSE, FIELD_ORG, FIELD_IMPLEMENTER},  {"实施单位", FALSE, FIELD_ORG, FIELD_IMPLEMENTER},
    {"主管部门", FALSE, FIELD_ORG, FIELD_SUPERVISOR},      {"主管单位", FALSE, FIELD_ORG, FIELD_SUPERVISOR},
    {"预算单位", FALSE, FIELD_ORG, -1},      {"申报单位", FALSE, FIELD_ORG, -1},
    {"申请金额", TRUE, FIELD_AMOUNT, -1},    {"资金总额", TRUE, FIELD_AMOUNT, -1},
    {"年度预算申请", TRUE, FIELD_AMOUNT, -1}, {"计划投资额", TRUE, FIELD_AMOUNT, -1},
    {"项目总金额", TRUE, FIELD_AMOUNT, -1},  {"预算总额", TRUE, FIELD_AMOUNT, -1},
    {"单位", FALSE, FIELD_UNIT, -1},         {"金额单位", FALSE, FIELD_UNIT, -1},
};

/* Words that make a line a document title, and the kind each implies. */
static const struct {
    const char *word;
    const char *kind;
} title_words[] = {
    {"自评报告", "self-evaluation"}, {"自评表", "self-evaluation"},
    {"评价报告", "evaluation-report"}, {"绩效报告", "evaluation-report"},
    {"目标表", "target-table"},       {"目标申报表", "target-table"},
    {"绩效目标", "target-table"},
};

#define TITLE_MAX_CHARS 60
#define TITLE_SEARCH_BLOCKS 40

typedef struct {
    char *value[FIELD_COUNT];
    char *key_text[FIELD_COUNT]; /* how the source wrote key and value, for amount.text */
    char *key_unit;              /* a unit in the key: 申请金额（万元） */
    char *lone_key;              /* a name key alone on the line before (see meta_from_lines) */
    char *key_head;              /* a name key's first line, its rest to come (see meta_key_head) */
    char *key_head_value;        /* the value printed beside or after key_head, or NULL */
} meta;

/* Splits `资金总额（万元）` into the bare key and the unit in brackets.  A
 * bracket inside the key (部门（单位）名称) is part of it, no unit. */
static char *bare_key(const char *norm, char **unit)
{
    GString *key = g_string_new(NULL);
    const char *open = strchr(norm, '(');
    if (open) {
        const char *close = strchr(open, ')');
        const char *rest = close ? close + 1 : "";
        while (*rest == ':' || *rest == ' ')
            rest++;
        if (*rest)
            open = NULL;
    }
    g_string_append_len(key, norm, open ? open - norm : (gssize)strlen(norm));
    if (open && unit) {
        const char *close = strchr(open, ')');
        char *inside = g_strndup(open + 1, close ? close - open - 1 : (gssize)strlen(open + 1));
        *unit = jx_norm_unit(inside);
        g_free(inside);
    }
    while (key->len && (key->str[key->len - 1] == ':' || key->str[key->len - 1] == ' '))
        g_string_truncate(key, key->len - 1);
    return g_string_free(key, FALSE);
}

/* The metadata key whose word `norm`'s bare key is (its unit in brackets
 * split off), or NULL.  The words are unique. */
static const meta_key *exact_key(const char *norm)
{
    char *key = bare_key(norm, NULL);
    const meta_key *found = NULL;
    for (gsize i = 0; i < G_N_ELEMENTS(meta_keys) && !found; i++)
        if (strcmp(key, meta_keys[i].word) == 0)
            found = &meta_keys[i];
    g_free(key);
    return found;
}

/* The second field a key fills (see meta_key.also), or -1. */
static int key_also(const char *norm)
{
    const meta_key *k = exact_key(norm);
    return k && !k->contains ? k->also : -1;
}

/* The distinct last characters of the metadata keys' words (称 位 门 额 请),
 * made from meta_keys once: a text holding none of them holds no key word.
 * Each is kept as its bytes in one integer (`code`, the first byte highest;
 * `mask` covers its length, at most 4 bytes), and `ends` marks their last
 * bytes, so a scan that keeps the last four bytes it passed in an integer
 * compares only where a byte may end one. */
typedef struct {
    guint32 code[G_N_ELEMENTS(meta_keys)], mask[G_N_ELEMENTS(meta_keys)];
    gsize n;
    gboolean ends[256];
} key_last_chars_set;

static const key_last_chars_set *key_last_chars(void)
{
    static key_last_chars_set set;
    static gsize made;
    if (g_once_init_enter(&made)) {
        for (gsize i = 0; i < G_N_ELEMENTS(meta_keys); i++) {
            const char *w = meta_keys[i].word, *end = w + strlen(w);
            const char *last = g_utf8_find_prev_char(w, end);
            guint32 code = 0, mask = 0;
            for (const char *q = last; q < end; q++) {
                code = code << 8 | (guchar)*q;
                mask = mask << 8 | 0xFF;
            }
            gboolean seen = FALSE;
            for (gsize j = 0; j < set.n && !seen; j++)
                seen = set.code[j] == code && set.mask[j] == mask;
            if (seen)
                continue;
            set.code[set.n] = code;
            set.mask[set.n++] = mask;
            set.ends[(guchar)end[-1]] = TRUE;
        }
        g_once_init_leave(&made, 1);
    }
    return &set;
}

/* TRUE when some key word's last character stands in `norm` (as strstr
 * finds it): compared where a byte may end one, against the bytes up to it
 * — a whole character's bytes found anywhere in valid UTF-8 stand on a
 * character boundary, and the zero bytes `tail` starts with match no
 * character's (none holds a NUL).  Every distinct short cell text is
 * asked, and most hold none. */
static gboolean holds_key_last_char(const char *norm)
{
    const key_last_chars_set *set = key_last_chars();
    guint32 tail = 0;
    for (const guchar *q = (const guchar *)norm; *q; q++) {
        tail = tail << 8 | *q;
        if (!set->ends[*q])
            continue;
        for (gsize j = 0; j < set->n; j++)
            if ((tail & set->mask[j]) == set->code[j])
                return TRUE;
    }
    return FALSE;
}

/* TRUE when some metadata key's word stands in `norm`: the bare key is a
 * piece of the text, so a text holding none is no key (every cell of every
 * grid is asked, and splitting off its unit costs more than this).  The
 * words' last characters first: one pass over the text turns most texts
 * away, where a search for each word takes twenty. */
static gboolean holds_key_word(const char *norm)
{
    if (!holds_key_last_char(norm))
        return FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(meta_keys); i++)
        if (strstr(norm, meta_keys[i].word))
            return TRUE;
    return FALSE;
}

static int key_field(const char *norm, char **unit)
{
    if (!norm || !*norm || g_utf8_strlen(norm, -1) > 16)
        return -1;
    if (!holds_key_word(norm)) {
        if (unit) /* as when no key matches below */
            g_clear_pointer(unit, g_free);
        return -1;
    }
    char *key = bare_key(norm, unit);
    int found = -1;
    for (gsize i = 0; i < G_N_ELEMENTS(meta_keys) && found < 0; i++) {
        const meta_key *k = &meta_keys[i];
        if (k->contains ? strstr(key, k->word) != NULL : strcmp(key, k->word) == 0)
            found = (int)k->field;
    }
    g_free(key);
    if (found < 0 && unit)
        g_clear_pointer(unit, g_free);
    return found;
}

static void meta_offer(meta *m, int field, const char *value_norm, const char *shown,
                       char *unit)
{
    if (field < 0 || m->value[field] || !value_norm || !*value_norm) {
        g_free(unit);
        return;
    }
    m->value[field] = g_strdup(value_norm);
    m->key_text[field] = g_strdup(shown);
    if (field == FIELD_AMOUNT && unit && !m->key_unit)
        m->key_unit = g_strdup(unit);
    g_free(unit);
}

/* `key: value` in one piece of text, `norm` its jx_norm_text. */
/* `key: value` split at its first colon (normalized text): new strings,
 * the value trimmed; FALSE when there is no colon after a key. */
static gboolean split_key_value(const char *norm, char **key, char **value)
{
    const char *colon = strchr(norm, ':');
    if (!colon || colon == norm)
        return FALSE;
    *key = g_strndup(norm, colon - norm);
    *value = g_strstrip(g_strdup(colon + 1));
    return TRUE;
}

static gboolean reads_as_name_value(const char *norm);
static gboolean names_field(int field);

/* `raw`'s pieces between runs of spaces (ASCII or ideographic), none empty:
 * a new string vector. */
static char **space_pieces(const char *raw)
{
    char *text = g_strstrip(g_strdup(raw));
    char **parts = *text ? g_regex_split_simple("[\\s\\x{3000}]+", text, 0, 0) : g_new0(char *, 1);
    g_free(text);
    return parts;
}

/* `key value` with a space for the colon (部门（单位）名称 桐城市林业局), or
 * several such pairs on a line (项目名称 某项目 主管部门 某局): how a layout
 * dump or a text stream prints a form's head row whose key and value cells
 * stand a space apart.  Normalizing drops a space between Chinese
 * characters, so the source text `raw` is split at its runs of spaces, and
 * read only when its pieces alternate key and value, every key a metadata
 * key and no value one.  Only the name keys (see names_field) give their
 * value, and only a value that reads as a name (reads_as_name_value): a
 * header line (项目名称 实施单位) or a key before running text gives
 * nothing.  `norm` is raw's jx_norm_text. */
static void meta_from_spaced(meta *m, const char *raw, const char *norm)
{
    if (strchr(norm, ':') || !holds_key_word(norm))
        return;
    char **parts = space_pieces(raw);
    guint n = g_strv_length(parts);
    GPtrArray *norms = g_ptr_array_new_with_free_func(g_free);
    gboolean pairs = n >= 2 && n % 2 == 0;
    for (guint i = 0; i < n && pairs; i++) {
        char *piece = jx_norm_text(parts[i]);
        gboolean is_key = key_field(piece, NULL) >= 0;
        pairs = i % 2 == 0 ? is_key : !is_key;
        g_ptr_array_add(norms, piece);
    }
    for (guint i = 0; i + 1 < n && pairs; i += 2) {
        const char *key = g_ptr_array_index(norms, i), *value = g_ptr_array_index(norms, i + 1);
        int field = key_field(key, NULL);
        if (!names_field(field) || !reads_as_name_value(value))
            continue;
        char *shown = g_strdup_printf("%s %s", parts[i], parts[i + 1]);
        meta_offer(m, field, value, shown, NULL);
        meta_offer(m, key_also(key), value, shown, NULL);
        g_free(shown);
    }
    g_ptr_array_free(norms, TRUE);
    g_strfreev(parts);
}

static void meta_from_norm(meta *m, const char *raw, const char *norm)
{
    char *key, *value;
    if (!split_key_value(norm, &key, &value)) {
        meta_from_spaced(m, raw, norm);
        return;
    }
    char *unit = NULL;
    int field = key_field(key, &unit);
    char *shown = g_strstrip(g_strdup(raw));
    meta_offer(m, field, value, shown, unit);
    if (field >= 0)
        meta_offer(m, key_also(key), value, shown, NULL);
    g_free(shown);
    g_free(value);
    g_free(key);
}

/* See parse.h. */
gboolean jx_meta_is_key(const char *key)
{
    return key_field(key, NULL) >= 0;
}

/* See parse.h. */
gboolean jx_meta_is_project_key(const char *key)
{
    return key_field(key, NULL) == FIELD_PROJECT;
}

/* TRUE when `norm` is a metadata key itself (主管部门, 资金总额(万元)), not a value. */
static gboolean is_bare_key(const char *norm)
{
    return holds_key_word(norm) && exact_key(norm) != NULL;
}

/* The project a 项目名称 key's value names (a copy, stripped), or NULL when it is
 * empty or the next key: a layout dump that wrapped the name below its line
 * leaves `项目名称 | 主管部门 | …`, where the cell after the key is no name. */
static char *project_value(const char *value)
{
    char *project = g_strstrip(g_strdup(value));
    if (!*project || is_bare_key(project))
        g_clear_pointer(&project, g_free);
    return project;
}

/* See parse.h. */
char *jx_meta_project(const char *key, const char *value)
{
    char *k = NULL, *v = NULL;
    if (!value) {
        if (!key || !split_key_value(key, &k, &v))
            return NULL;
        key = k;
        value = v;
    }
    /* asked of every row a grid holds: the key first, copies only for a project */
    char *project = key_field(key, NULL) == FIELD_PROJECT ? project_value(value) : NULL;
    g_free(k);
    g_free(v);
    return project;
}

/* The project of a line (`norm`, its jx_norm_text) opening with a
 * project's key run into its name (`项目名称X主管部门Y`): the name, up to
 * the next key's word; or NULL. */
static char *project_run_together(const char *norm)
{
    char *project = NULL;
    for (gsize i = 0; i < G_N_ELEMENTS(meta_keys) && !project; i++) {
        const meta_key *k = &meta_keys[i];
        if (k->field != FIELD_PROJECT || k->contains || !g_str_has_prefix(norm, k->word))
            continue;
        const char *value = norm + strlen(k->word);
        const char *end = value + strlen(value);
        /* not at 单位: names hold it (事业单位改革经费) */
        for (gsize j = 0; j < G_N_ELEMENTS(meta_keys); j++) {
            if (meta_keys[j].field == FIELD_UNIT)
                continue;
            const char *at = strstr(value, meta_keys[j].word);
            if (at && at < end)
                end = at;
        }
        char *name = g_strndup(value, (gsize)(end - value));
        project = project_value(name);
        g_free(name);
    }
    return project;
}

/* See parse.h. */
char *jx_meta_project_line(const char *raw, const char *norm)
{
    char *project = jx_meta_project(norm, NULL);
    /* the key run into the name, up to the next key (`项目名称X主管部门Y`):
     * a metadata row whose cells ran together */
    if (!project)
        project = project_run_together(norm);
    if (project)
        return project;
    /* the key, spaces, the name, up to the next key (`项目名称 X 主管部门 Y`):
     * a metadata row whose cells spaces part */
    char **words = g_strsplit_set(raw, " \t", -1);
    GPtrArray *named = g_ptr_array_new_with_free_func(g_free);
    gboolean keyed = FALSE;
    for (char **w = words; *w; w++) {
        if (!**w)
            continue;
        char *word = jx_norm_text(*w);
        if (!keyed && !named->len) {
            keyed = key_field(word, NULL) == FIELD_PROJECT;
            g_free(word);
            if (!keyed)
                break;
            continue;
        }
        if (key_field(word, NULL) >= 0) {
            g_free(word);
            break;
        }
        g_ptr_array_add(named, word);
    }
    if (named->len) {
        g_ptr_array_add(named, NULL);
        char *value = g_strjoinv(" ", (char **)named->pdata);
        char *norm_value = jx_norm_text(value);
        project = project_value(norm_value);
        g_free(norm_value);
        g_free(value);
    }
    g_ptr_array_unref(named);
    g_strfreev(words);
    return project;
}

static gboolean labels_a_block(const char *norm);

/* A value on the line after its key is a name (项目名称, 主管部门): at most
 * this long; a longer line is running text. */
#define LONE_VALUE_MAX_CHARS 60

/* TRUE when the key of field `field` names a project or an organisation:
 * the keys a cell stream gives alone on their line, the value on the next. */
static gboolean names_field(int field)
{
    return field == FIELD_PROJECT || field == FIELD_ORG;
}

/* TRUE when `norm` can be the value of a name key (项目名称, 主管部门): no
 * key of its own, no header word, no figure, no sentence. */
static gboolean reads_as_name_value(const char *norm)
{
    return !strchr(norm, ':') && jx_header_word_role(norm) == JX_ROLE_NONE &&
           !labels_a_block(norm) && strspn(norm, "0123456789.,%-") < strlen(norm) &&
           g_utf8_strlen(norm, -1) <= LONE_VALUE_MAX_CHARS && !strpbrk(norm, ",;") &&
           !strstr(norm, "。");
}

/* Shortest piece taken for the head of a wrapped key: one character begins
 * too many words. */
#define KEY_HEAD_MIN_CHARS 2

/* TRUE when key word `word` begins with `norm`, a text of two characters or
 * more: the first two bytes turn nearly every text away before
 * g_str_has_prefix measures both strings (asked of every key for every cell
 * a grid's rows hold). */
static gboolean key_word_begins_with(const char *word, const char *norm)
{
    return word[0] == norm[0] && word[1] == norm[1] && g_str_has_prefix(word, norm);
}

/* TRUE when `norm` is the first line of a name key wrapped in a narrow
 * column (部门(单位) of 部门(单位)名称): a proper beginning of a whole name key,
 * no key itself. */
static gboolean begins_name_key(const char *norm)
{
    if (g_utf8_strlen(norm, -1) < KEY_HEAD_MIN_CHARS)
        return FALSE;
    gboolean begins = FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(meta_keys) && !begins; i++)
        begins = !meta_keys[i].contains && names_field(meta_keys[i].field) &&
                 key_word_begins_with(meta_keys[i].word, norm);
    /* whether it is a key itself last: key_field reads the text against
     * every key, and the prefix test has turned nearly every text away */
    return begins && key_field(norm, NULL) < 0;
}

/* The name key field `head` followed by `rest` makes, or -1. */
static int completed_key(const char *head, const char *rest)
{
    char *joined = g_strconcat(head, rest, NULL);
    int field = key_field(joined, NULL);
    g_free(joined);
    return names_field(field) ? field : -1;
}

static void key_head_clear(meta *m)
{
    g_clear_pointer(&m->key_head, g_free);
    g_clear_pointer(&m->key_head_value, g_free);
}

/* Offers `value` to the field of the key `head` + `rest` makes, when it
 * reads as a name, and forgets the head. */
static void key_head_done(meta *m, const char *rest, const char *value)
{
    int field = completed_key(m->key_head, rest);
    if (value && reads_as_name_value(value)) {
        char *key = g_strconcat(m->key_head, rest, NULL);
        char *shown = g_strdup_printf("%s %s", key, value);
        meta_offer(m, field, value, shown, NULL);
        meta_offer(m, key_also(key), value, shown, NULL);
        g_free(shown);
        g_free(key);
    }
    key_head_clear(m);
}

/* The pieces of `parts` from `from` on, normalized and joined; NULL when
 * there are none. */
static char *pieces_from(char **parts, guint from)
{
    if (from >= g_strv_length(parts))
        return NULL;
    char *rest = g_strjoinv(" ", parts + from);
    char *norm = jx_norm_text(rest);
    g_free(rest);
    return norm;
}

/*
 * A name key wrapped in a narrow column, read line by line: a layout dump
 * prints `部门（单位）` with the value beside it or centred on the next line,
 * and `名称` on the line after (`部门（单位） [378000]某县应急管理局` /
 * `名称`; `部门（单位）` / `[474000]某市体育局` / `名称`).  The head is held
 * with the value printed beside it; a line of one name-like piece is the
 * value when none was; the line whose first piece finishes the key gives the
 * value (or the rest of that line).  Any other line forgets the head.  The
 * finishing line may be the first row of the grid that follows (see
 * meta_key_head_grid).
 */
static void meta_key_head(meta *m, const char *raw, const char *norm)
{
    if (!*norm)
        return;
    char **parts = space_pieces(raw);
    char *first = parts[0] ? jx_norm_text(parts[0]) : g_strdup("");
    if (m->key_head && completed_key(m->key_head, first) >= 0) {
        char *value = m->key_head_value ? g_strdup(m->key_head_value) : pieces_from(parts, 1);
        key_head_done(m, first, value);
        g_free(value);
    } else if (m->key_head && !m->key_head_value && g_strv_length(parts) == 1 &&
               key_field(first, NULL) < 0 && reads_as_name_value(first)) {
        m->key_head_value = g_steal_pointer(&first);
    } else {
        key_head_clear(m);
        if (begins_name_key(first)) {
            m->key_head = g_steal_pointer(&first);
            m->key_head_value = pieces_from(parts, 1);
        }
    }
    g_free(first);
    g_strfreev(parts);
}

/*
 * A key alone on its line and its value on the next non-empty line: how a
 * text browser (lynx) or a one-cell-per-line dump writes a form's head block
 * (`项目名称` / `2023年高标准农田建设项目` / `主管部门` / `305-某县农业农村局`).
 * Only the name keys (see names_field) are paired so: a unit or an amount
 * alone on a line is more often a column head.  The value must be no key, no
 * header word, no figure and no sentence.  `norm` is the line normalized.
 */
static void meta_from_lines(meta *m, const char *raw, const char *norm)
{
    if (!*norm)
        return; /* a blank line keeps the key waiting */
    char *key = g_steal_pointer(&m->lone_key);
    int field = strchr(norm, ':') ? -1 : key_field(norm, NULL);
    if (field >= 0) {
        if (names_field(field))
            m->lone_key = g_strdup(norm);
        g_free(key);
        return;
    }
    if (key && reads_as_name_value(norm)) {
        char *stripped = g_strstrip(g_strdup(raw));
        char *shown = g_strdup_printf("%s %s", key, stripped);
        meta_offer(m, key_field(key, NULL), norm, shown, NULL);
        meta_offer(m, key_also(key), norm, shown, NULL);
        g_free(shown);
        g_free(stripped);
    }
    g_free(key);
}

/* A cell text's normalized form and header-word role, and the metadata key
 * it is: all the document builder asks of a cell, for every cell of every
 * grid.  Through the table finder's memo of the same document (its cells
 * normalized once), without the classification the finder adds.  The memo
 * is held while a grid is read (jx_doc_builder_take_grid): an entry, and its
 * norm, stays valid until the grid is done. */
static jx_cell_facts *memo_entry(jx_facts *memo, const jx_cell *cell)
{
    return jx_facts_lookup(memo, jx_cell_text(cell));
}

/* The entries of one grid's cells, each looked up once while the grid is
 * read: the metadata pass and the self-evaluation pass ask of every cell,
 * and the objective's rows are asked twice. */
typedef struct {
    jx_facts *memo;
    const jx_grid *grid;
    int cols;
    jx_cell_facts **at; /* rows × cols, NULL until asked */
} grid_facts;

static void grid_facts_init(grid_facts *gf, jx_facts *memo, const jx_grid *grid)
{
    gf->memo = memo;
    gf->grid = grid;
    gf->cols = jx_grid_n_cols(grid);
    gf->at = g_new0(jx_cell_facts *, (gsize)jx_grid_n_rows(grid) * (gsize)gf->cols);
}

/* The entry of the cell at (r, c), NULL when there is none. */
static jx_cell_facts *cell_entry(grid_facts *gf, int r, int c)
{
    jx_cell_facts **at = &gf->at[(gsize)r * (gsize)gf->cols + (gsize)c];
    if (!*at) {
        const jx_cell *cell = jx_grid_cell(gf->grid, r, c);
        if (cell)
            *at = memo_entry(gf->memo, cell);
    }
    return *at;
}

/* The entry of cell (r, c) when its normalized text is not empty, else
 * NULL; `at` is row r's cells (jx_grid_row_cells, NULL for a row with
 * none), so that an empty place costs no lookup. */
static jx_cell_facts *filled_entry(grid_facts *gf, int r, int c, const jx_cell *const *at)
{
    jx_cell_facts *f = at && at[c] ? cell_entry(gf, r, c) : NULL;
    return f && *f->norm ? f : NULL;
}

/* How many cells of row r (`at` as for filled_entry) have a non-empty
 * normalized text: the readers of every row size their arrays to it once,
 * where an append per cell cost a call each. */
static guint filled_cells(grid_facts *gf, int r, const jx_cell *const *at)
{
    guint n = 0;
    for (int c = 0; at && c < gf->cols; c++)
        n += filled_entry(gf, r, c, at) != NULL;
    return n;
}

/* key_field of a cell's normalized text, through the memo; `unit` (may be
 * NULL) gets a copy of the key's unit. */
/* The document field a cell text's facts name as a key, worked out once per
 * text and kept in its facts. */
static int facts_key(jx_cell_facts *nr)
{
    if (!nr->key_known) {
        nr->key = key_field(nr->norm, &nr->key_unit);
        nr->key_known = TRUE;
    }
    return nr->key;
}

/* See parse.h. */
/* TRUE when normalized `norm` holds digits alone (a year: 2022). */
static gboolean digits_only(const char *norm)
{
    if (!*norm)
        return FALSE;
    for (const char *p = norm; *p; p++)
        if (!g_ascii_isdigit(*p))
            return FALSE;
    return TRUE;
}

/* Ends `words` (a NULL-terminated vector, its own) before the first word
 * after the first that is a key: a metadata line whose key-value pairs
 * spaces part, read as one cell after its first key (`X 主管部门 Y`: a
 * browser's print of a two-pair row, dumped with -layout).  Returns the
 * words left. */
static guint cut_at_next_key(char **words)
{
    guint n = g_strv_length(words);
    for (guint i = 1; i < n; i++) {
        char *word = jx_norm_text(words[i]);
        gboolean key = *word && is_bare_key(word);
        g_free(word);
        if (key) {
            for (guint k = i; k < n; k++)
                g_clear_pointer(&words[k], g_free);
            return i;
        }
    }
    return n;
}

char *jx_meta_project_cells(jx_facts *memo, const char *key_raw, const char *value_raw,
                            const char *next_raw)
{
    if (facts_key(jx_facts_lookup(memo, key_raw)) != FIELD_PROJECT)
        return NULL;
    /* the next key run into the value after a space (`X 主管部门`, `X
     * 主管部门 Y`): the value ends before it */
    char **words = g_strsplit_set(value_raw, " \t", -1);
    guint n = cut_at_next_key(words);
    while (n > 1) {
        char *last = jx_norm_text(words[n - 1]);
        gboolean key = !*last || is_bare_key(last);
        g_free(last);
        if (!key)
            break;
        g_free(words[--n]);
        words[n] = NULL;
    }
    char *raw = g_strjoinv(" ", words);
    g_strfreev(words);
    char *value = jx_norm_text(raw);
    /* a name is no number alone: a year cut from the rest of the name
     * (`2022` | `年养老服务体系建设资金`) goes on in the next cell, unless that
     * is a key */
    if (digits_only(value) && next_raw) {
        char *next = jx_norm_text(next_raw);
        if (*next && !is_bare_key(next)) {
            char *joined = g_strconcat(raw, " ", next_raw, NULL);
            g_free(value);
            value = jx_norm_text(joined);
            g_free(joined);
        }
        g_free(next);
    }
    g_free(raw);
    char *project = project_value(value);
    g_free(value);
    return project;
}

/* The one non-empty cell of row `r` right of column `c`, when the row holds
 * nothing else and that cell is no key and no header word; else NULL. */
static const jx_cell *lone_piece_right_of(const jx_grid *grid, grid_facts *facts, int r, int c)
{
    const jx_cell *piece = NULL;
    for (int k = 0; k < jx_grid_n_cols(grid); k++) {
        const jx_cell *cell = jx_grid_cell(grid, r, k);
        if (!cell)
            continue;
        jx_cell_facts *f = cell_entry(facts, r, k);
        if (!*f->norm)
            continue;
        if (k <= c || piece || facts_key(f) >= 0 || f->role != JX_ROLE_NONE)
            return NULL;
        piece = cell;
    }
    return piece;
}

/* The lone pieces right of column `c` (see lone_piece_right_of) in rows
 * `from` to `to` but `skip`, joined top to bottom as a wrapped cell's
 * lines; a new string, or NULL when there is none. */
static char *joined_pieces_right_of(const jx_grid *grid, grid_facts *facts, int c, int from,
                                    int to, int skip)
{
    char *joined = NULL;
    for (int k = from; k <= to; k++) {
        const jx_cell *piece = k == skip ? NULL : lone_piece_right_of(grid, facts, k, c);
        if (!piece)
            continue;
        char *next = jx_norm_join(joined ? joined : "", jx_cell_text(piece));
        g_free(joined);
        joined = next;
    }
    return joined;
}

/* How many lines a centred value may wrap to on each side of its key's
 * line: a name cell of a form's head is seldom longer than three lines. */
#define CENTRED_VALUE_MAX_SIDE 2

/*
 * The value of the key at (r, c) when its row holds none: a layout dump
 * prints a row's cells centred on its middle, so a name cell wrapped in two
 * (or four) lines stands half above and half below the key's line, and the
 * key's own line is empty right of it (`[664001]某市人力资源和` / `实施单位` /
 * `社会保障服务中心`).  The same number of lone pieces right of the key above
 * and below it, joined top to bottom; a new string, or NULL.
 */
static char *centred_value(const jx_grid *grid, grid_facts *facts, int r, int c)
{
    int side = 0;
    while (side < CENTRED_VALUE_MAX_SIDE && r - side - 1 >= 0 &&
           r + side + 1 < jx_grid_n_rows(grid) &&
           lone_piece_right_of(grid, facts, r - side - 1, c) &&
           lone_piece_right_of(grid, facts, r + side + 1, c))
        side++;
    return side ? joined_pieces_right_of(grid, facts, c, r - side, r + side, r) : NULL;
}

/* The name key at (r, c) whose row holds no value: its centred value (see
 * centred_value), offered when it reads as a name. */
static void meta_from_centred(meta *m, const jx_grid *grid, grid_facts *facts, int r, int c,
                              int field)
{
    if (!names_field(field))
        return;
    char *value = centred_value(grid, facts, r, c);
    if (value && reads_as_name_value(value)) {
        const char *knorm = cell_entry(facts, r, c)->norm;
        char *shown = g_strdup_printf("%s %s", knorm, value);
        meta_offer(m, field, value, shown, NULL);
        meta_offer(m, key_also(knorm), value, shown, NULL);
        g_free(shown);
    }
    g_free(value);
}

/* Rows of a grid that may finish a wrapped key begun on the line before it
 * (see meta_key_head): the value's line and the key's last line. */
#define KEY_HEAD_GRID_ROWS 2

/* The grid that follows a wrapped key's first line: the first cell of one
 * of its first rows, in its first column, may finish the key; the value is
 * then the one printed beside the head, or the cells right of that column
 * in the rows down to the finishing one, joined. */
static void meta_key_head_grid(meta *m, const jx_grid *grid, grid_facts *facts)
{
    if (!m->key_head)
        return;
    for (int r = 0; r < KEY_HEAD_GRID_ROWS && r < jx_grid_n_rows(grid); r++) {
        const jx_cell *first = jx_grid_cell(grid, r, 0);
        const char *fnorm = first ? cell_entry(facts, r, 0)->norm : "";
        if (!*fnorm || completed_key(m->key_head, fnorm) < 0)
            continue;
        char *value = m->key_head_value ? g_strdup(m->key_head_value)
                                        : joined_pieces_right_of(grid, facts, 0, 0, r, -1);
        key_head_done(m, fnorm, value);
        g_free(value);
        return;
    }
    key_head_clear(m);
}

/* A cell of a head row as the metadata reader sees it: the grid's text,
 * or the text joined with the tail the line below printed under it (see
 * row_tails). */
typedef struct {
    int col;
    const char *raw;  /* the cell's text, or `owned_raw` */
    const char *norm; /* its jx_norm_text, or `owned_norm` */
    int key;          /* its metadata field (key_field), or -1 */
    const char *unit; /* a unit in the key's brackets, or NULL */
    jx_role role;
    char *owned_raw, *owned_norm, *owned_unit;
} head_cell;

/* Pieces a tail line may hold: one per cell of the row it finishes. */
#define TAIL_MAX_PIECES 8

/* The column of the cell a tail piece `tail` under cell `o` of row r
 * finishes: `o`, unless `o` is a whole key that the piece does not finish
 * into another (`实施单位` over `务中心`) and the next cell of the row its
 * value — a layout dump sets a key and its value one space apart, the
 * value's wrapped rest left-aligned at the value cell's left edge, under
 * the key (`实施单位 泰和县人力资源和社会保障服` / `务中心`). */
static int value_under_key(const jx_grid *grid, grid_facts *facts, int r, int o, const char *tail)
{
    if (facts_key(cell_entry(facts, r, o)) < 0)
        return o;
    char *joined = g_strconcat(cell_entry(facts, r, o)->norm, tail, NULL);
    gboolean finishes = key_field(joined, NULL) >= 0;
    g_free(joined);
    int v = o + 1, cols = jx_grid_n_cols(grid), before = o - 1;
    while (v < cols && (!jx_grid_cell(grid, r, v) || !*cell_entry(facts, r, v)->norm))
        v++;
    while (before >= 0 && (!jx_grid_cell(grid, r, before) || !*cell_entry(facts, r, before)->norm))
        before--;
    /* a key right before this one has no value on the line: the piece may
     * be that value's (`项目名称  主管部门 Y` over `助资金`, the project centred
     * round the line) */
    gboolean bare_key_before = before >= 0 && facts_key(cell_entry(facts, r, before)) >= 0;
    return finishes || bare_key_before || v == cols || facts_key(cell_entry(facts, r, v)) >= 0
               ? o
               : v;
}

/*
 * Whether row r + 1 only finishes the cells of row r: a layout dump wraps a
 * head row's long value (`[200001]某县教育体育服务中` / `心`) or a key in a
 * narrow column (`实施单` / `位`) onto the next line, the rest left-aligned
 * under the cell it finishes.  The line holds nothing in the first column
 * (a new key stands there), no key and no header word, and each piece goes
 * to the first cell of row r at or right of its column, one piece a cell;
 * row r must hold a name key, or a cell a piece finishes into one.
 * `owner[k]` gets the column of row r each piece of row r + 1 finishes,
 * listed by the piece's column in `piece[k]`; returns the number of pieces,
 * 0 when the line is no tail.
 */
static int row_tails(const jx_grid *grid, grid_facts *facts, int r, int *piece, int *owner)
{
    int cols = jx_grid_n_cols(grid), n = 0, last_owner = -1;
    if (r + 1 >= jx_grid_n_rows(grid) || jx_grid_cell(grid, r + 1, 0))
        return 0;
    /* both rows' cells at once: every row of every grid is asked */
    const jx_cell *const *at = jx_grid_row_cells(grid, r);
    const jx_cell *const *under = jx_grid_row_cells(grid, r + 1);
    gboolean names = FALSE;
    for (int c = 0; at && c < cols && !names; c++)
        names = at[c] && names_field(facts_key(cell_entry(facts, r, c)));
    for (int c = 0; under && c < cols; c++) {
        jx_cell_facts *bf = filled_entry(facts, r + 1, c, under);
        if (!bf)
            continue;
        if (n == TAIL_MAX_PIECES || facts_key(bf) >= 0 || bf->role != JX_ROLE_NONE)
            return 0;
        int o = c;
        while (o < cols && !filled_entry(facts, r, o, at))
            o++;
        if (o == cols || o <= last_owner)
            return 0;
        if (o == c) /* under the cell itself, not in an empty column before it */
            o = value_under_key(grid, facts, r, o, bf->norm);
        jx_cell_facts *of = cell_entry(facts, r, o);
        if (facts_key(of) < 0 && holds_key_word(of->norm))
            return 0; /* a key run into a value (`X 主管部门 Y`): whose tail is it? */
        names |= begins_name_key(of->norm) && completed_key(of->norm, bf->norm) >= 0;
        piece[n] = c;
        owner[n++] = last_owner = o;
    }
    return names ? n : 0;
}

/* Fills empty `row` (head_cell) with row r's non-empty cells, each joined
 * with its tail on the line below when that line only finishes them
 * (row_tails). */
static void head_row(const jx_grid *grid, grid_facts *facts, int r, GArray *row)
{
    int piece[TAIL_MAX_PIECES], owner[TAIL_MAX_PIECES];
    int tails = row_tails(grid, facts, r, piece, owner);
    const jx_cell *const *at = jx_grid_row_cells(grid, r);
    g_array_set_size(row, filled_cells(facts, r, at));
    guint n = 0;
    for (int c = 0; at && c < jx_grid_n_cols(grid); c++) {
        jx_cell_facts *f = filled_entry(facts, r, c, at);
        if (!f)
            continue;
        const jx_cell *cell = at[c];
        head_cell *h = &g_array_index(row, head_cell, n++);
        *h = (head_cell){.col = c, .raw = jx_cell_text(cell), .norm = f->norm,
                         .key = facts_key(f), .unit = f->key_unit, .role = f->role};
        for (int k = 0; k < tails; k++) {
            if (owner[k] != c)
                continue;
            const char *tail = jx_cell_text(jx_grid_cell(grid, r + 1, piece[k]));
            h->raw = h->owned_raw = g_strconcat(jx_cell_text(cell), tail, NULL);
            h->norm = h->owned_norm = jx_norm_join(jx_cell_text(cell), tail);
            h->key = key_field(h->norm, &h->owned_unit);
            h->unit = h->owned_unit;
            h->role = jx_header_word_role(h->norm);
        }
    }
}

/* See parse.h. */
char *jx_meta_value_with_tail(jx_facts *memo, const jx_grid *grid, int r, const jx_cell *value)
{
    grid_facts gf;
    grid_facts_init(&gf, memo, grid);
    jx_facts_hold(memo, TRUE);
    int piece[TAIL_MAX_PIECES], owner[TAIL_MAX_PIECES];
    int tails = row_tails(grid, &gf, r, piece, owner);
    char *joined = NULL;
    for (int k = 0; k < tails && !joined; k++)
        if (jx_grid_cell(grid, r, owner[k]) == value)
            joined = g_strconcat(jx_cell_text(value),
                                 jx_cell_text(jx_grid_cell(grid, r + 1, piece[k])), NULL);
    jx_facts_hold(memo, FALSE);
    g_free(gf.at);
    return joined;
}

/* Empties `row` (head_cell), freeing what its cells own. */
static void head_row_clear(GArray *row)
{
    for (guint i = 0; i < row->len; i++) {
        head_cell *h = &g_array_index(row, head_cell, i);
        if (!h->owned_norm) /* only a cell joined with its tail owns any */
            continue;
        g_free(h->owned_raw);
        g_free(h->owned_norm);
        g_free(h->owned_unit);
    }
    g_array_set_size(row, 0);
}

/* The key cell `k` of `row`: its value is the next non-empty cell, unless
 * that is a key or a header word; with none, a value centred on its line
 * (meta_from_centred). */
/* The raw value of the key of field `field` in cell v of `row`, stripped: a
 * project's name is no number alone, and a year cut from the rest of it
 * (`2019` | `年农村饮水安全巩固提升工程`, a PDF's words set apart where the
 * font changes) goes on in the next cell unless that is a key, as the
 * tables' project is read (jx_meta_project_cells).  A new string. */
static char *year_cut_raw(int field, const GArray *row, guint v)
{
    const head_cell *val = &g_array_index(row, head_cell, v);
    char *raw = g_strstrip(g_strdup(val->raw));
    if (field != FIELD_PROJECT || !digits_only(val->norm) || v + 1 >= row->len)
        return raw;
    const head_cell *next = &g_array_index(row, head_cell, v + 1);
    if (next->key >= 0 || next->role != JX_ROLE_NONE || !*next->norm)
        return raw;
    char *next_raw = g_strstrip(g_strdup(next->raw));
    char *joined = g_strdup_printf("%s %s", raw, next_raw);
    g_free(next_raw);
    g_free(raw);
    return joined;
}

/* TRUE when the value cell `val` of key cell `key` holds the row's next
 * pairs too, spaces parting them (`困难残疾人生活补贴资金 主管部门 玉山县民政局`:
 * a browser's print of a two-pair head row, dumped with -layout, read as
 * two cells), and the key's field was read from the pairs (see
 * meta_from_spaced): the value ends before the next key. */
static gboolean pairs_run_into_value(meta *m, const head_cell *key, const head_cell *val)
{
    char **words = space_pieces(val->raw);
    gboolean keyed = FALSE;
    for (guint i = 1; words[i] && !keyed; i++) {
        char *word = jx_norm_text(words[i]);
        keyed = is_bare_key(word);
        g_free(word);
    }
    g_strfreev(words);
    if (!keyed)
        return FALSE;
    char *line = g_strdup_printf("%s %s", key->raw, val->raw);
    char *norm = jx_norm_text(line);
    meta_from_spaced(m, line, norm);
    g_free(norm);
    g_free(line);
    return m->value[key->key] != NULL;
}

static void meta_from_key_cell(meta *m, const jx_grid *grid, grid_facts *facts, int r,
                               const GArray *row, guint k)
{
    const head_cell *key = &g_array_index(row, head_cell, k);
    for (guint v = k + 1; v < row->len; v++) {
        const head_cell *val = &g_array_index(row, head_cell, v);
        if (val->key == key->key) {
            /* 年度预算申请（万元） | 资金总额 | 12,860.45: the inner key
             * names the same figure; its unit is the outer one's */
            continue;
        }
        if (val->key < 0 && val->role == JX_ROLE_NONE && key->key >= 0 &&
            !m->value[key->key] && pairs_run_into_value(m, key, val))
            return;
        if (val->key < 0 && val->role == JX_ROLE_NONE) {
            char *k_raw = g_strstrip(g_strdup(key->raw));
            char *v_raw = year_cut_raw(key->key, row, v);
            char *v_norm = jx_norm_text(v_raw);
            char *shown = g_strdup_printf("%s %s", k_raw, v_raw);
            meta_offer(m, key->key, v_norm, shown, g_strdup(key->unit));
            meta_offer(m, key_also(key->norm), v_norm, shown, NULL);
            g_free(k_raw);
            g_free(v_raw);
            g_free(v_norm);
            g_free(shown);
        }
        return;
    }
    meta_from_centred(m, grid, facts, r, key->col, key->key);
}

/* Rows under a name key's first piece its last piece may stand on, in a
 * key column wrapped round the value's line or not (a key of two pieces). */
#define WRAPPED_KEY_MAX_ROWS 2

/* The text of grid cell (r, c) normalized, "" for none. */
static const char *cell_norm_at(const jx_grid *grid, grid_facts *facts, int r, int c)
{
    return jx_grid_cell(grid, r, c) ? cell_entry(facts, r, c)->norm : "";
}

/* begins_name_key of a cell text's facts, worked out once per text and
 * kept in its facts. */
static gboolean facts_begin_name_key(jx_cell_facts *nr)
{
    if (!nr->name_head_known) {
        nr->name_head = begins_name_key(nr->norm);
        nr->name_head_known = TRUE;
    }
    return nr->name_head;
}

/* TRUE when `norm`, a cell between a wrapped name key's two pieces in
 * their column, is the key's value: a layout dump of a narrow key column
 * (`项目` / `X | 主管部门 Y` / `名称`) may set the value's line in with the
 * key's pieces when the value starts near the key column (WeasyPrint), no
 * column between them to part it.  A name, no key of its own. */
static gboolean value_in_key_column(const char *norm)
{
    return key_field(norm, NULL) < 0 && reads_as_name_value(norm);
}

/* The value of a name key wrapped in a narrow column of the grid whose
 * first piece is cell (r, c): a browser prints a form's head with its key
 * column a few characters wide, `项目名` over `称`, the value centred on the
 * key's lines — beside the first piece, beside the last, or on a line of
 * its own between or under them (`项目` / `名称 | X`; `项目名` / `| X` /
 * `称`; `项目名` / `称 | 主管部门 | Y` / `| X`).  The first cell right of the
 * key column on those lines that is no key, no header word and reads as a
 * name, where the row's first cell right of the column is no key (the row's
 * next pair); the field the pieces make into `*field`.  NULL when (r, c) is
 * no such piece. */
static const char *wrapped_key_value(const jx_grid *grid, grid_facts *facts, int r, int c,
                                     int *field)
{
    jx_cell_facts *key = cell_entry(facts, r, c);
    if (!key || !facts_begin_name_key(key))
        return NULL;
    const char *head = key->norm;
    int last = -1, n = jx_grid_n_rows(grid);
    const char *between = NULL; /* the value read into the key column */
    for (int k = r + 1; k <= r + WRAPPED_KEY_MAX_ROWS && k < n && last < 0; k++) {
        const char *piece = cell_norm_at(grid, facts, k, c);
        if (!*piece)
            continue;
        *field = completed_key(head, piece);
        if (*field < 0 && !between && value_in_key_column(piece)) {
            between = piece;
            continue;
        }
        if (*field < 0)
            return NULL;
        last = k;
    }
    if (last < 0)
        return NULL;
    if (between)
        return between;
    /* the value's own line under the last piece holds nothing in the key
     * column (a next key would stand there) */
    int to = last + 1 < n && !*cell_norm_at(grid, facts, last + 1, c) ? last + 1 : last;
    for (int k = r; k <= to; k++) {
        for (int v = c + 1; v < jx_grid_n_cols(grid); v++) {
            if (!jx_grid_cell(grid, k, v) || !*cell_entry(facts, k, v)->norm)
                continue;
            jx_cell_facts *f = cell_entry(facts, k, v);
            if (facts_key(f) < 0 && f->role == JX_ROLE_NONE && reads_as_name_value(f->norm))
                return f->norm;
            break; /* the row's first cell right of the key column: a pair's key */
        }
    }
    return NULL;
}

/* Offers the value of a name key wrapped in a narrow grid column whose
 * first piece is cell (r, c) (see wrapped_key_value). */
static void meta_from_wrapped_key(meta *m, const jx_grid *grid, grid_facts *facts, int r, int c)
{
    int field = -1;
    const char *value = wrapped_key_value(grid, facts, r, c, &field);
    if (!value)
        return;
    char *shown = g_strdup_printf("%s %s", cell_norm_at(grid, facts, r, c), value);
    meta_offer(m, field, value, shown, NULL);
    g_free(shown);
}

/* Key and value cells side by side. */
static void meta_from_grid(meta *m, const jx_grid *grid, grid_facts *facts)
{
    /* one row's, then the next's: head_row sets every entry it keeps */
    GArray *row = g_array_new(FALSE, FALSE, sizeof(head_cell));
    for (int r = 0; r < jx_grid_n_rows(grid); r++) {
        head_row(grid, facts, r, row);
        for (guint k = 0; k < row->len; k++) {
            const head_cell *h = &g_array_index(row, head_cell, k);
            if (h->key >= 0)
                meta_from_key_cell(m, grid, facts, r, row, k);
            else if (strchr(h->norm, ':') || strchr(h->norm, ' '))
                meta_from_norm(m, h->raw, h->norm);
            else if (!h->owned_norm)
                meta_from_wrapped_key(m, grid, facts, r, h->col);
        }
        head_row_clear(row);
    }
    g_array_free(row, TRUE);
}

/* ------------------------------------------------------------- self-evaluation */

/* What a self-evaluation form states of itself in its grid: the 年度总体目标
 * texts, the 自评得分 and the 自评等级.  First occurrence wins. */
/* What the closing lines of a form written one cell per line wait for after
 * a label (see selfeval_from_line). */
typedef enum {
    SE_WAIT_NONE,
    SE_WAIT_TOTAL_ROW, /* after 总分: the 总分's figure, then the 自评得分 */
    SE_WAIT_SCORE,     /* after 自评得分: its figure */
    SE_WAIT_GRADE,     /* after 自评等级: the grade */
} se_wait;

/* Where the 年度总体目标 block written one cell per line has got to. */
typedef enum {
    SE_OBJ_NONE,         /* no head seen */
    SE_OBJ_PLANNED_HEAD, /* 预期目标 seen */
    SE_OBJ_HEADS,        /* …and 实际完成情况: the planned text comes */
    SE_OBJ_ACHIEVED,     /* the planned text read: the achieved text comes */
    SE_OBJ_DONE,
} se_objective;

typedef struct {
    char *planned, *achieved;
    char *score_total;
    char *weight_total; /* the 总分 printed beside the 自评得分 (100) */
    char *grade;
    char *money_unit; /* the unit of the funds block's label: 项目资金（万元） */
    se_wait wait;     /* what the next lines are read for (see selfeval_from_line) */
    char *row_figure; /* the first figure after a 总分 line, not yet placed */
    char *round_head;   /* a total score's first line above its 总分 row, the grid's last
                         * row: its rest is the next line (see round_score_line) */
    char *round_weight; /* …and the 总分 of that row */
    int round_line;     /* the source line the rest must be on: the one after that row */
    gboolean indicators; /* a line held the indicators' 实际完成值 header word */
    gboolean indicators_grid; /* a grid held the indicators' header (实际完成值 | 得分):
                               * a later grid is its continuation (the next page) */
    se_objective obj;    /* the 年度总体目标 block as lines (see objective_from_line) */
    int obj_line;        /* the line number of the last line it took */
    gboolean obj_parted; /* its cells stand between blank lines (a browser's dump) */
    GString *obj_text;   /* the cell being gathered, or NULL */
    /* The indicators' 得分 and 分值 columns (each + 1, 0 unknown) in the last
     * grid whose header named them, and how many columns it had: a table cut
     * by a page break goes on in a grid of its own, its 总分 row under the
     * header of the page before (a PDF's ruled table on each page). */
    int score_col1, weight_col1, header_cols;
} selfeval_meta;

static void selfeval_meta_clear(selfeval_meta *se)
{
    g_free(se->planned);
    g_free(se->achieved);
    g_free(se->score_total);
    g_free(se->weight_total);
    g_free(se->row_figure);
    g_free(se->round_head);
    g_free(se->round_weight);
    if (se->obj_text)
        g_string_free(se->obj_text, TRUE);
    g_free(se->grade);
    g_free(se->money_unit);
}

/* Labels of a funds block whose brackets give its figures' unit. */
static const char *const funds_labels[] = {"项目资金", "预算执行情况", "资金情况"};

/* Row labels of the 年度总体目标 block, and its two column heads. */
static const char *const objective_labels[] = {"年度总体目标", "总体目标", "年度绩效目标",
                                               "整体绩效目标", "年度目标"};
static const char *const planned_heads[] = {"预期目标", "年度预期目标", "计划目标"};
static const char *const achieved_heads[] = {"实际完成情况", "实际完成", "完成情况",
                                             "年度实际完成情况"};
/* Labels of the total a form gives itself, and of its grade. */
static const char *const total_labels[] = {"自评得分", "自评总分", "评价得分", "综合得分"};
static const char *const grade_labels[] = {"自评等级", "评价等级", "绩效等级", "等级",
                                           "评价结果", "自评结果"};
/* A grade is a word or two (优, 良好, 优秀); a longer text is a sentence. */
#define GRADE_MAX_CHARS 4

/* TRUE when norm[0..len) is one of `words`.  Every cell of every grid is
 * asked against several of these lists: a word whose first byte differs is
 * passed over before its length is taken. */
static gboolean in_words_len(const char *norm, gsize len, const char *const *words, gsize n)
{
    for (gsize i = 0; i < n; i++)
        if (words[i][0] == norm[0] && strlen(words[i]) == len && memcmp(norm, words[i], len) == 0)
            return TRUE;
    return FALSE;
}

static gboolean in_words(const char *norm, const char *const *words, gsize n)
{
    return in_words_len(norm, strlen(norm), words, n);
}

/* The normalized texts of a grid row's non-empty cells (the memo's, which
 * is held while the grid is read), their columns and, when `roles` is given,
 * their header-word roles, into arrays the caller reuses from row to row.
 * The arrays are sized once to the row's filled cells (filled_cells): every
 * row of every grid is read so, and an append per cell and array was 1 % of
 * parsing a text file. */
static void row_texts(const jx_grid *grid, int r, grid_facts *facts, GPtrArray *texts,
                      GArray *cols, GArray *roles)
{
    const jx_cell *const *at = jx_grid_row_cells(grid, r);
    guint filled = filled_cells(facts, r, at), n = 0;
    g_ptr_array_set_size(texts, filled);
    g_array_set_size(cols, filled);
    if (roles)
        g_array_set_size(roles, filled);
    for (int c = 0; n < filled; c++) {
        const jx_cell_facts *nr = filled_entry(facts, r, c, at);
        if (!nr)
            continue;
        texts->pdata[n] = nr->norm;
        g_array_index(cols, int, n) = c;
        if (roles)
            g_array_index(roles, jx_role, n) = nr->role;
        n++;
    }
}

/* A points figure (`92.5`, `92.5分`) as a decimal string, or NULL. */
static char *points_figure(const char *norm)
{
    char *t = g_strstrip(g_strdup(norm));
    if (g_str_has_suffix(t, "分"))
        t[strlen(t) - strlen("分")] = '\0';
    char *num = *t && g_ascii_isdigit(t[0]) ? jx_norm_number(g_strstrip(t)) : NULL;
    g_free(t);
    return num;
}

/* The value after label `k` on its row: the text after a colon in the cell,
 * else the next cell's. */
static const char *value_after(const GPtrArray *texts, guint k)
{
    const char *colon = strchr(texts->pdata[k], ':');
    if (colon && colon[1])
        return colon + 1;
    return k + 1 < texts->len ? texts->pdata[k + 1] : NULL;
}

/* TRUE when `norm` starts with a label of `words` (the text up to a colon). */
static gboolean labelled(const char *norm, const char *const *words, gsize n)
{
    const char *colon = strchr(norm, ':');
    char *key = g_strndup(norm, colon ? colon - norm : (gssize)strlen(norm));
    gboolean is = in_words(key, words, n);
    g_free(key);
    return is;
}

/* The labels that close an indicator table and none other: a funds block
 * sums as 合计 or 资金总额, so a 总分 row is the indicators' even where no one
 * row of their header named 实际完成值 (a narrow column wraps it as 实际完成 /
 * 值 over two lines). */
static const char *const indicator_total_words[] = {"总分"};

/* A wrapped total label's first line is this many characters or more
 * (自评 of 自评 / 得分): one character (自) is no sign of the label. */
#define TOTAL_LABEL_PIECE_MIN 2

/* TRUE when `norm` is a total label (自评得分) or the first line of one that a
 * narrow column wrapped (自评得 over 分, 自评 over 得分). */
static gboolean total_label_or_piece(const char *norm)
{
    if (labelled(norm, total_labels, G_N_ELEMENTS(total_labels)))
        return TRUE;
    if (g_utf8_strlen(norm, -1) < TOTAL_LABEL_PIECE_MIN)
        return FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(total_labels); i++)
        if (g_str_has_prefix(total_labels[i], norm))
            return TRUE;
    return FALSE;
}

/* The index of a 总分 row's label in its texts: the first summary word, with
 * no figure before it (the pieces of a wrapped level label may stand on its
 * line: `标 | 总分 | 100 | 87.5`), or -1. */
static int total_row_label(const GPtrArray *texts)
{
    /* the summary word first: every row of every grid is asked, and few
     * hold one (reading each text as a figure was a fiftieth of a parse) */
    int at = -1;
    for (guint k = 0; k < texts->len && at < 0; k++)
        if (jx_score_is_summary(texts->pdata[k]))
            at = (int)k;
    for (int k = 0; k < at; k++) {
        char *f = points_figure(texts->pdata[k]);
        gboolean figure = f != NULL;
        g_free(f);
        if (figure)
            return -1;
    }
    return at;
}

/*
 * The 总分 of a 总分 row (`总分 | 100 | 92.62`, `总分 | 100 | 自评得分 | 95.8`),
 * from its texts after the label at `at` and their columns: the first figure
 * after the label when it stands in the indicators' 分值 column
 * (`weight_col`), or another figure or the 自评得分 label (or its wrapped
 * first line: `总分 | 100 | 自评得 | 85.28`) follows it — a lone figure is
 * the score, which every form prints.  New string, or NULL.
 */
static char *total_row_weight(const GPtrArray *texts, const GArray *cols, guint at, int weight_col)
{
    char *first = texts->len >= at + 2 ? points_figure(texts->pdata[at + 1]) : NULL;
    if (!first)
        return NULL;
    gboolean placed = g_array_index(cols, int, at + 1) == weight_col;
    for (guint k = at + 2; k < texts->len && !placed; k++) {
        char *next = points_figure(texts->pdata[k]);
        placed = next || total_label_or_piece(texts->pdata[k]);
        g_free(next);
    }
    if (!placed)
        g_clear_pointer(&first, g_free);
    return first;
}

/* A 总分 row's texts with each text of figures set one space apart split into
 * its figures, in its column: pdftotext sets the 总分 and the score of a
 * narrow form one space apart (`总分 | 100 97.3`), and a line outside any
 * grid is one text.  The texts are borrowed; the figures' go to `keep`. */
static void split_figure_runs(GPtrArray *texts, GArray *cols, GPtrArray *keep)
{
    for (guint k = 0; k < texts->len; k++) {
        const char *t = texts->pdata[k];
        if (!strchr(t, ' '))
            continue;
        char **parts = g_strsplit(t, " ", -1);
        guint n = 0;
        gboolean figures = TRUE;
        for (char **p = parts; *p && figures; p++) {
            if (!**p)
                continue;
            char *f = points_figure(*p);
            figures = f != NULL;
            g_free(f);
            n++;
        }
        if (figures && n >= 2) {
            int col = g_array_index(cols, int, k);
            g_ptr_array_remove_index(texts, k);
            g_array_remove_index(cols, k);
            guint at = k;
            for (char **p = parts; *p; p++) {
                if (!**p)
                    continue;
                char *figure = g_strdup(*p);
                g_ptr_array_add(keep, figure);
                g_ptr_array_insert(texts, (gint)at, figure);
                g_array_insert_val(cols, at, col);
                at++;
            }
            k = at - 1;
        }
        g_strfreev(parts);
    }
}

/* TRUE when a text after texts[k] is a figure. */
static gboolean figure_after(const GPtrArray *texts, guint k)
{
    gboolean found = FALSE;
    for (guint i = k + 1; i < texts->len && !found; i++) {
        char *f = points_figure(texts->pdata[i]);
        found = f != NULL;
        g_free(f);
    }
    return found;
}

/*
 * A 总分 row below the indicators, on their grid or a later one (the table's
 * next page), or a line of its own: the 总分 itself (see total_row_weight)
 * and the score — the figure in the 得分 column `score_col`, else the last
 * of two or more figures (`总分 | 100 | 自评 | 95.8`: a wrapped 自评得分 label
 * may stand between them, and a text browser may set the score a column
 * off, centred over 得分 and the next).
 */
static void total_row(selfeval_meta *se, GPtrArray *texts, GArray *cols, GPtrArray *keep,
                      int score_col, int weight_col)
{
    int at = total_row_label(texts);
    if (at < 0 || (se->weight_total && se->score_total))
        return;
    split_figure_runs(texts, cols, keep);
    if (!se->weight_total &&
        (se->indicators_grid || se->indicators ||
         in_words(texts->pdata[at], indicator_total_words, G_N_ELEMENTS(indicator_total_words))))
        se->weight_total = total_row_weight(texts, cols, (guint)at, weight_col);
    if (se->score_total || texts->len < (guint)at + 2)
        return;
    for (guint k = (guint)at + 1; k < texts->len && score_col >= 0; k++)
        if (g_array_index(cols, int, k) == score_col) {
            g_free(se->score_total);
            se->score_total = points_figure(texts->pdata[k]);
            /* the 总分 itself, a figure after it: the header's columns a
             * column left of the row's (a layout dump squeezes the header
             * line), and the score is the row's last figure */
            if (k == (guint)at + 1 && se->score_total && figure_after(texts, k))
                g_clear_pointer(&se->score_total, g_free);
        }
    char *last = NULL;
    guint figures = 0;
    for (guint k = (guint)at + 1; k < texts->len; k++) {
        char *f = points_figure(texts->pdata[k]);
        if (f) {
            figures++;
            g_free(last);
            last = f;
        }
    }
    if (!se->score_total && figures >= 2)
        se->score_total = g_steal_pointer(&last);
    g_free(last);
}

/* A score is printed with two decimals at most: a narrow 得分 cell that
 * wrapped a total after its first one (`91.0` / `8`) leaves one line to add. */
#define SCORE_MAX_DECIMALS 2

/* The total `score` read on the 总分 row `r`, its figures' rest added where a
 * spreadsheet's narrow 得分 cell wrapped it (`100 91.0` / `8`, a layout dump
 * setting the rest on a line of its own): row r + 1 holds nothing but digits,
 * under the cell the score ends, and the score's decimals and those digits
 * are SCORE_MAX_DECIMALS at most.  A new string, or NULL when no rest is. */
static char *score_with_rest(const jx_grid *grid, int r, grid_facts *facts, const char *score)
{
    const char *point = strchr(score, '.');
    if (!point || r + 1 >= jx_grid_n_rows(grid))
        return NULL;
    int rest_col = -1;
    const char *rest = NULL;
    for (int c = 0; c < jx_grid_n_cols(grid); c++) {
        const jx_cell_facts *nr = cell_entry(facts, r + 1, c);
        if (!nr || !*nr->norm)
            continue;
        if (rest)
            return NULL;
        rest = nr->norm;
        rest_col = c;
    }
    if (!rest || strspn(rest, "0123456789") != strlen(rest) ||
        strlen(point + 1) + strlen(rest) > SCORE_MAX_DECIMALS)
        return NULL;
    const jx_cell_facts *up = cell_entry(facts, r, rest_col);
    if (!up || !g_str_has_suffix(up->norm, score))
        return NULL;
    return g_strconcat(score, rest, NULL);
}

/* The text of the one cell row r of `grid` holds and its column, or NULL
 * when the row holds none or more than one (or is outside the grid). */
static const char *lone_cell(const jx_grid *grid, int r, grid_facts *facts, int *col)
{
    if (r < 0 || r >= jx_grid_n_rows(grid))
        return NULL;
    const char *text = NULL;
    for (int c = 0; c < jx_grid_n_cols(grid); c++) {
        const jx_cell_facts *nr = cell_entry(facts, r, c);
        if (!nr || !*nr->norm)
            continue;
        if (text)
            return NULL;
        text = nr->norm;
        *col = c;
    }
    return text;
}

/* The first line of a score centred round the 总分 row `r` (see
 * score_round_row): the one cell of row r - 1, a figure with a point, and
 * its column; a new string, or NULL. */
static char *score_head_above(const jx_grid *grid, int r, grid_facts *facts, int *col)
{
    const char *head = lone_cell(grid, r - 1, facts, col);
    char *figure = head ? points_figure(head) : NULL;
    if (figure && (!strchr(figure, '.') || g_strcmp0(figure, head) != 0))
        g_clear_pointer(&figure, g_free);
    return figure;
}

/* The total score of the 总分 row `r` centred over three lines round it: a
 * narrow 得分 cell wrapped the score after its first decimal and a layout
 * dump of a PDF with vertically centred cells sets its two lines one above
 * the row's line and one below (`92.6` / `总分  100` / `0`).  Rows r - 1 and
 * r + 1 hold nothing else, in one column: above, a figure with a point,
 * below, digits, the decimals SCORE_MAX_DECIMALS at most (see
 * score_with_rest).  A new string, or NULL. */
static char *score_round_row(const jx_grid *grid, int r, grid_facts *facts)
{
    int head_col = -1, rest_col = -2;
    char *head = score_head_above(grid, r, facts, &head_col);
    const char *rest = lone_cell(grid, r + 1, facts, &rest_col);
    char *score = head && rest && head_col == rest_col && *rest &&
                          strspn(rest, "0123456789") == strlen(rest) &&
                          strlen(strchr(head, '.') + 1) + strlen(rest) <= SCORE_MAX_DECIMALS
                      ? g_strconcat(head, rest, NULL)
                      : NULL;
    g_free(head);
    return score;
}

/* The 总分 and the score of a 总分 row holding one figure after its label
 * (`总分 | 100`), its score centred round it (score_round_row), into `se`
 * where neither was read. */
static void total_row_round_score(selfeval_meta *se, const jx_grid *grid, int r,
                                  grid_facts *facts, const GPtrArray *texts)
{
    int at = total_row_label(texts);
    if (at < 0 || se->score_total || texts->len != (guint)at + 2 ||
        !(se->indicators_grid || se->indicators ||
          in_words(texts->pdata[at], indicator_total_words, G_N_ELEMENTS(indicator_total_words))))
        return;
    char *weight = points_figure(texts->pdata[at + 1]);
    char *score = weight ? score_round_row(grid, r, facts) : NULL;
    int col = -1;
    if (score) {
        se->score_total = score;
        if (!se->weight_total)
            se->weight_total = g_steal_pointer(&weight);
    } else if (weight && r + 1 == jx_grid_n_rows(grid)) {
        /* the grid's last row: the rest may be the line after it */
        g_free(se->round_head);
        g_free(se->round_weight);
        se->round_head = score_head_above(grid, r, facts, &col);
        se->round_weight = se->round_head ? g_steal_pointer(&weight) : NULL;
        se->round_line = jx_grid_row_line(grid, r) + 1;
    }
    g_free(weight);
}

static void selfeval_from_grid(selfeval_meta *se, const jx_grid *grid, grid_facts *facts)
{
    /* a score's head left by the grid before waits for a line, not a grid */
    g_clear_pointer(&se->round_head, g_free);
    g_clear_pointer(&se->round_weight, g_free);
    /* the indicator block's 得分 column and its 分值 column: this grid's
     * header's, else those of the grid it continues (as wide) */
    gboolean goes_on = se->header_cols == jx_grid_n_cols(grid);
    int score_col = goes_on ? se->score_col1 - 1 : -1;
    int weight_col = goes_on ? se->weight_col1 - 1 : -1;
    gboolean own_score = FALSE, own_weight = FALSE;
    GArray *cols = g_array_new(FALSE, FALSE, sizeof(int));
    GArray *roles = g_array_new(FALSE, FALSE, sizeof(jx_role));
    GPtrArray *texts = g_ptr_array_new(), *keep = g_ptr_array_new_with_free_func(g_free);
    for (int r = 0; r < jx_grid_n_rows(grid); r++) {
        row_texts(grid, r, facts, texts, cols, roles);
        int pcol = -1, acol = -1;
        gboolean actual_head = FALSE;
        for (guint k = 0; k < texts->len; k++) {
            const char *t = texts->pdata[k];
            int col = g_array_index(cols, int, k);
            jx_role role = g_array_index(roles, jx_role, k);
            if (in_words(t, planned_heads, G_N_ELEMENTS(planned_heads)))
                pcol = col;
            else if (in_words(t, achieved_heads, G_N_ELEMENTS(achieved_heads)))
                acol = col;
            actual_head |= role == JX_ROLE_ACTUAL;
            if (actual_head && role == JX_ROLE_SCORE && !own_score) {
                score_col = col;
                own_score = TRUE;
                if (!own_weight)
                    weight_col = -1; /* not the grid before's */
            }
            if (actual_head && role == JX_ROLE_WEIGHT && !own_weight) {
                weight_col = col;
                own_weight = TRUE;
            }
            /* the unit is in the label's brackets (bare_key): a text with
             * no bracket names none, whatever label it holds */
            gboolean bracket = strchr(t, '(') != NULL;
            for (gsize w = 0; bracket && !se->money_unit && w < G_N_ELEMENTS(funds_labels); w++)
                if (strstr(t, funds_labels[w])) {
                    char *unit = NULL;
                    g_free(bare_key(t, &unit));
                    se->money_unit = unit;
                }
            const char *colon = strchr(t, ':');
            gsize key_len = colon ? (gsize)(colon - t) : strlen(t);
            if (!se->score_total &&
                in_words_len(t, key_len, total_labels, G_N_ELEMENTS(total_labels))) {
                const char *v = value_after(texts, k);
                se->score_total = v ? points_figure(v) : NULL;
            }
            if (!se->grade && in_words_len(t, key_len, grade_labels, G_N_ELEMENTS(grade_labels))) {
                const char *v = value_after(texts, k);
                char *figure = v ? points_figure(v) : NULL;
                if (v && g_utf8_strlen(v, -1) <= GRADE_MAX_CHARS && !figure)
                    se->grade = g_strdup(v);
                g_free(figure);
            }
        }
        se->indicators_grid |= score_col >= 0;
        gboolean had_score = se->score_total != NULL;
        total_row(se, texts, cols, keep, score_col, weight_col);
        char *whole = had_score || !se->score_total
                          ? NULL
                          : score_with_rest(grid, r, facts, se->score_total);
        if (whole) {
            g_free(se->score_total);
            se->score_total = whole;
        }
        if (!had_score && se->score_total && !whole && r + 1 == jx_grid_n_rows(grid) &&
            strchr(se->score_total, '.')) {
            /* the grid's last row: the score's rest may be the line after it */
            g_free(se->round_head);
            se->round_head = g_strdup(se->score_total);
            se->round_line = jx_grid_row_line(grid, r) + 1;
        }
        total_row_round_score(se, grid, r, facts, texts);
        /* the objective: heads on this row, texts on the next non-empty one;
         * or the label and the two texts on one row */
        if (pcol >= 0 && acol > pcol && !se->planned) {
            for (int n = r + 1; n < jx_grid_n_rows(grid) && !se->planned; n++) {
                GArray *ncols = g_array_new(FALSE, FALSE, sizeof(int));
                GPtrArray *nt = g_ptr_array_new();
                row_texts(grid, n, facts, nt, ncols, NULL);
                GString *pl = g_string_new(NULL), *ac = g_string_new(NULL);
                guint used = 0;
                for (guint k = 0; k < nt->len; k++) {
                    const char *t = nt->pdata[k];
                    int col = g_array_index(ncols, int, k);
                    if (in_words(t, objective_labels, G_N_ELEMENTS(objective_labels)))
                        continue;
                    GString *into = col >= acol ? ac : col >= pcol ? pl : NULL;
                    if (!into)
                        continue;
                    g_string_append(into, t);
                    used++;
                }
                if (used) {
                    se->planned = g_string_free(pl, !pl->len);
                    se->achieved = g_string_free(ac, !ac->len);
                    if (!se->planned)
                        se->planned = g_strdup("");
                } else {
                    g_string_free(pl, TRUE);
                    g_string_free(ac, TRUE);
                }
                gboolean any = nt->len > 0;
                g_ptr_array_unref(nt);
                g_array_free(ncols, TRUE);
                if (any)
                    break;
            }
        } else if (!se->planned && texts->len == 3 &&
                   in_words(texts->pdata[0], objective_labels, G_N_ELEMENTS(objective_labels)) &&
                   g_array_index(roles, jx_role, 1) == JX_ROLE_NONE) {
            se->planned = g_strdup(texts->pdata[1]);
            se->achieved = g_strdup(texts->pdata[2]);
        }
    }
    g_ptr_array_unref(texts);
    g_ptr_array_unref(keep);
    g_array_free(cols, TRUE);
    g_array_free(roles, TRUE);
    if (own_score) {
        se->score_col1 = score_col + 1;
        se->weight_col1 = own_weight ? weight_col + 1 : 0;
        se->header_cols = jx_grid_n_cols(grid);
    }
}

/* A 总分 row that a layout dump left outside any grid, its cells one line
 * of raw text (`总分   100   自评   92.31`; the normalized line has run them
 * together), read as the row it is (see total_row).  TRUE when
 * the line was one. */
static gboolean total_line(selfeval_meta *se, const char *raw)
{
    GPtrArray *texts = g_ptr_array_new(), *keep = g_ptr_array_new_with_free_func(g_free);
    GArray *cols = g_array_new(FALSE, FALSE, sizeof(int));
    for (const char *p = raw; *p;) {
        while (*p && g_ascii_isspace(*p))
            p++;
        const char *q = p;
        while (*q && !g_ascii_isspace(*q))
            q++;
        if (q == p)
            break;
        char *piece = g_strndup(p, q - p), *t = jx_norm_text(piece);
        g_free(piece);
        g_ptr_array_add(keep, t);
        if (*t) {
            int col = (int)texts->len;
            g_ptr_array_add(texts, t);
            g_array_append_val(cols, col);
        }
        p = q;
    }
    int at = total_row_label(texts);
    gboolean row = at >= 0 && texts->len >= (guint)at + 2 &&
                   (se->indicators || se->indicators_grid ||
                    in_words(texts->pdata[at], indicator_total_words,
                             G_N_ELEMENTS(indicator_total_words)));
    if (row)
        total_row(se, texts, cols, keep, -1, -1);
    g_ptr_array_unref(texts);
    g_ptr_array_unref(keep);
    g_array_free(cols, TRUE);
    return row;
}

/*
 * The closing lines of a self-evaluation written one cell per line (a text
 * browser's dump, a word processor's text export): `总分` / `100` / `92.33`,
 * or `总分` / `100` / `自评得分` / `95.8`, then `自评等级` / `优`.  A 总分 counts
 * only below the indicators' header (its 实际完成值 word has been seen),
 * where it closes the table; a funds block's 合计 is no 总分.  A label waits
 * for the next non-empty line.  First occurrence wins, as in the grid
 * (selfeval_from_grid).
 */
/* The rest of a total score cut after its first decimal whose last line a
 * layout dump left outside the grid, the line after the grid's last row:
 * centred round its 总分 row (round_weight holds the 总分, see
 * total_row_round_score) or set on it with the rest below (`总分  100 88.2`
 * / `7`, the score read so far being the head, see score_with_rest).
 * `norm`, the next non-empty line, is the rest when it is digits alone that
 * the head's decimals leave room for (SCORE_MAX_DECIMALS).  Takes the total
 * (and the 总分) into `se`; TRUE when the line was that rest. */
static gboolean round_score_line(selfeval_meta *se, const char *norm, int line)
{
    char *head = g_steal_pointer(&se->round_head);
    char *weight = g_steal_pointer(&se->round_weight);
    gboolean waits = head && line == se->round_line &&
                     (weight ? !se->score_total : g_strcmp0(se->score_total, head) == 0);
    gboolean rest = waits && strspn(norm, "0123456789") == strlen(norm) &&
                    strlen(strchr(head, '.') + 1) + strlen(norm) <= SCORE_MAX_DECIMALS;
    if (rest) {
        g_free(se->score_total);
        se->score_total = g_strconcat(head, norm, NULL);
        if (!se->weight_total && weight)
            se->weight_total = g_steal_pointer(&weight);
    }
    g_free(head);
    g_free(weight);
    return rest;
}

static void selfeval_from_line(selfeval_meta *se, const char *raw, const char *norm, int line)
{
    if (!*norm)
        return;
    if (round_score_line(se, norm, line))
        return;
    if (total_line(se, raw))
        return;
    char *figure = points_figure(norm);
    gboolean total_label = labelled(norm, total_labels, G_N_ELEMENTS(total_labels));
    se_wait was = se->wait;
    se->wait = SE_WAIT_NONE;
    if (was == SE_WAIT_TOTAL_ROW && figure && !se->row_figure) {
        se->row_figure = g_steal_pointer(&figure); /* the 总分, or a lone score */
        se->wait = SE_WAIT_TOTAL_ROW;
        return;
    }
    if (was == SE_WAIT_TOTAL_ROW && se->row_figure) {
        /* a second figure, or the 自评得分 label, makes the first the 总分 */
        if ((figure || total_label) && !se->weight_total)
            se->weight_total = g_steal_pointer(&se->row_figure);
        else if (!se->score_total)
            se->score_total = g_steal_pointer(&se->row_figure);
        g_clear_pointer(&se->row_figure, g_free);
    }
    if (figure && (was == SE_WAIT_TOTAL_ROW || was == SE_WAIT_SCORE)) {
        if (!se->score_total)
            se->score_total = g_steal_pointer(&figure);
        g_free(figure);
        return;
    }
    if (was == SE_WAIT_GRADE && !figure && g_utf8_strlen(norm, -1) <= GRADE_MAX_CHARS) {
        if (!se->grade)
            se->grade = g_strdup(norm);
        return;
    }
    g_free(figure);
    const char *colon = strchr(norm, ':');
    se->indicators |= jx_header_word_role(norm) == JX_ROLE_ACTUAL;
    if (se->indicators && jx_score_is_summary(norm))
        se->wait = SE_WAIT_TOTAL_ROW;
    else if (total_label && colon && !se->score_total)
        se->score_total = points_figure(colon + 1); /* 自评得分：92.5 */
    else if (total_label && !colon)
        se->wait = SE_WAIT_SCORE;
    else if (labelled(norm, grade_labels, G_N_ELEMENTS(grade_labels)) && !strchr(norm, ':'))
        se->wait = SE_WAIT_GRADE;
}

/* The cell gathered so far as the objective's planned or achieved text
 * (see objective_from_line); the block is done after the achieved one. */
static void objective_cell_done(selfeval_meta *se)
{
    char *text = se->obj_text ? g_string_free(g_steal_pointer(&se->obj_text), FALSE) : NULL;
    if (se->obj == SE_OBJ_HEADS) {
        se->planned = text;
        se->obj = SE_OBJ_ACHIEVED;
    } else {
        se->achieved = text;
        se->obj = SE_OBJ_DONE;
    }
}

/*
 * The 年度总体目标 block written one cell per line: the heads 预期目标 and
 * 实际完成情况 on lines of their own, then the planned text and the achieved
 * one.  When the two heads stand between blank lines (a browser's dump) a
 * cell is the lines up to the next blank line; else each line is a cell.
 * A label or header word where a text should be ends the block unread.
 * `norm` is line number `line` normalized; a grid's objective comes first.
 */
static void objective_from_line(selfeval_meta *se, const char *norm, int line)
{
    if (!*norm || se->obj == SE_OBJ_DONE || (se->planned && se->obj < SE_OBJ_ACHIEVED))
        return;
    gboolean gap = line - se->obj_line > 1;
    switch (se->obj) {
    case SE_OBJ_NONE:
    case SE_OBJ_PLANNED_HEAD:
        if (se->obj == SE_OBJ_PLANNED_HEAD && in_words(norm, achieved_heads,
                                                       G_N_ELEMENTS(achieved_heads))) {
            se->obj = SE_OBJ_HEADS;
            se->obj_parted = gap;
        } else {
            se->obj = in_words(norm, planned_heads, G_N_ELEMENTS(planned_heads))
                          ? SE_OBJ_PLANNED_HEAD
                          : SE_OBJ_NONE;
        }
        break;
    default:
        if (se->obj_text && (!se->obj_parted || gap))
            objective_cell_done(se); /* the cell before ended */
        if (se->obj == SE_OBJ_DONE)
            break;
        if (jx_header_word_role(norm) != JX_ROLE_NONE || labels_a_block(norm)) {
            /* the next block: the cell gathered ends, a text left empty is null */
            if (se->obj_text)
                objective_cell_done(se);
            se->obj = SE_OBJ_DONE;
            break;
        }
        if (!se->obj_text) {
            se->obj_text = g_string_new(norm);
        } else {
            char *joined = jx_norm_join(se->obj_text->str, norm);
            g_string_assign(se->obj_text, joined);
            g_free(joined);
        }
        if (!se->obj_parted)
            objective_cell_done(se);
    }
    se->obj_line = line;
}

/* The lines a title or a year line may be: LINE blocks, and the lone
 * non-empty cells of a grid's first rows (spreadsheet exports put the title
 * and the `(2023年度)` line in the table's first rows), in document order,
 * from the first TITLE_SEARCH_BLOCKS blocks.  A first row of a few short
 * cells is offered joined too: a layout dump may cut the year line into
 * cells (`(2023` | `年度)`).  Returns a new array of new strings, with a NULL
 * where the first row of several cells stands (what follows it is inside or
 * below a table). */
#define TITLE_GRID_ROWS 3
#define CUT_LINE_MAX_CHARS 12

/* The cells of grid row `r` joined as one line when it has two or more and
 * the line is short and holds a number (a year line cut into cells), else
 * NULL.  New string. */
static char *cut_line(const jx_grid *grid, int r)
{
    char *line = g_strdup("");
    int filled = 0;
    for (int c = 0; c < jx_grid_n_cols(grid); c++) {
        const jx_cell *cell = jx_grid_cell(grid, r, c);
        if (!cell || !*jx_cell_text(cell))
            continue;
        char *joined = jx_norm_join(line, jx_cell_text(cell));
        g_free(line);
        line = joined;
        filled++;
    }
    if (filled < 2 || g_utf8_strlen(line, -1) > CUT_LINE_MAX_CHARS ||
        !strpbrk(line, "0123456789"))
        g_clear_pointer(&line, g_free);
    return line;
}

/* The lines the title is looked for in: the first TITLE_SEARCH_BLOCKS blocks,
 * a grid's lone-cell rows as lines, its multi-cell rows cut into a line where
 * short (see cut_line), and a NULL where the first table starts. */
typedef struct {
    GPtrArray *lines; /* char*, NULL at the first table */
    guint blocks;     /* blocks seen */
    gboolean saw_table;
} heading;

static void heading_take_line(heading *h, const char *raw)
{
    if (h->blocks++ < TITLE_SEARCH_BLOCKS)
        g_ptr_array_add(h->lines, g_strdup(raw));
}

static void heading_take_grid(heading *h, const jx_grid *grid)
{
    if (h->blocks++ >= TITLE_SEARCH_BLOCKS)
        return;
    int r = 0;
    for (; r < jx_grid_n_rows(grid) && r < TITLE_GRID_ROWS; r++) {
        const char *only = NULL;
        int filled = 0;
        for (int c = 0; c < jx_grid_n_cols(grid); c++) {
            const jx_cell *cell = jx_grid_cell(grid, r, c);
            const char *t = cell ? jx_cell_text(cell) : "";
            if (*t && strspn(t, " \t") < strlen(t)) {
                filled++;
                only = t;
            }
        }
        if (filled > 1) {
            char *cut = cut_line(grid, r);
            if (!cut)
                break;
            g_ptr_array_add(h->lines, cut);
            continue;
        }
        if (filled == 1)
            g_ptr_array_add(h->lines, g_strdup(only));
    }
    /* a grid with rows past its lone first lines is a table */
    if (r < jx_grid_n_rows(grid) && !h->saw_table) {
        g_ptr_array_add(h->lines, NULL);
        h->saw_table = TRUE;
    }
}

/* Sentence marks that a title never has (a title may list with 、). */
static gboolean has_clause_marks(const char *norm)
{
    return strstr(norm, "。") || strchr(norm, ',') || strchr(norm, ';');
}

/* A title broken over two lines (`2023年度某专项` / `绩效评价报告`): when the
 * line with the title word is little more than that word, a short line just
 * before it is the title's first half.  Takes `t`; returns the title. */
static char *join_split_title(const GPtrArray *lines, guint i, char *t)
{
    if (i == 0 || g_utf8_strlen(t, -1) > 10 || !lines->pdata[i - 1])
        return t;
    const char *raw = lines->pdata[i - 1];
    char *before = jx_norm_text(raw + strspn(raw, "# \t"));
    glong n = g_utf8_strlen(before, -1);
    char *title = t;
    /* 附件2 / 附表1 / 表3 above a title label it; they are not its first half */
    gboolean label = g_str_has_prefix(before, "附件") || g_str_has_prefix(before, "附表") ||
                     g_str_has_prefix(before, "表");
    if (n > 0 && !label && n + g_utf8_strlen(t, -1) <= TITLE_MAX_CHARS && !strchr(before, ':') &&
        !has_clause_marks(before)) {
        title = jx_norm_join(before, t);
        g_free(t);
    }
    g_free(before);
    return title;
}

/* A line that could title a document without a title word says what it is
 * about: it has words besides a year, a page number or brackets — `(2023
 * 年度)` and `- 1 -` name nothing. */
#define TITLE_MIN_WORD_CHARS 2

static gboolean names_something(const char *norm)
{
    int letters = 0;
    for (const char *p = norm; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isalpha(c) && c != 0x5E74 /* 年 */ && c != 0x5EA6 /* 度 */)
            letters++;
    }
    return letters >= TITLE_MIN_WORD_CHARS;
}

/* Sentence punctuation: a line with it is running text, not a title. */
static gboolean reads_as_sentence(const char *norm)
{
    static const char *const marks[] = {"。", ",", ";", "、"};
    for (gsize i = 0; i < G_N_ELEMENTS(marks); i++)
        if (strstr(norm, marks[i]))
            return TRUE;
    return FALSE;
}

/* A line that starts with a metadata key (项目名称, 部门名称 六安市林业局,
 * 年度预算申请(万元)) opens the form's metadata; a title stands above it, and
 * what follows (form labels, cells of a table read as lines, page numbers)
 * titles nothing.  The unit key is left out: 单位整体支出绩效目标表 is a
 * title that starts with 单位. */
static gboolean opens_metadata(const char *norm)
{
    for (gsize i = 0; i < G_N_ELEMENTS(meta_keys); i++)
        if (meta_keys[i].field != FIELD_UNIT && g_str_has_prefix(norm, meta_keys[i].word))
            return TRUE;
    return FALSE;
}

/* Labels of a form's fields that hold the goals and duties: a line that is
 * only such a label is a cell of the form (its value wrapped past it), not a
 * title, though 绩效目标 is a title word. */
static const char *const form_labels[] = {
    "绩效目标",     "年度绩效目标", "整体绩效目标", "部门整体绩效目标", "年度总体目标",
    "总体目标",     "中长期目标",   "年度目标",     "部门职能职责概述", "职能职责",
    "部门职能职责", "项目概况",     "立项依据",
};

static gboolean is_form_label(const char *norm)
{
    for (gsize i = 0; i < G_N_ELEMENTS(form_labels); i++)
        if (strcmp(norm, form_labels[i]) == 0)
            return TRUE;
    return FALSE;
}

/* TRUE when `norm` is the label of a block of a form (项目资金（万元）,
 * 年度总体目标, 绩效目标): the value of a key left empty is missing, and the
 * next line is that block's label. */
static gboolean labels_a_block(const char *norm)
{
    char *key = bare_key(norm, NULL);
    gboolean label = in_words(key, funds_labels, G_N_ELEMENTS(funds_labels)) ||
                     in_words(key, objective_labels, G_N_ELEMENTS(objective_labels)) ||
                     is_form_label(key);
    g_free(key);
    return label;
}

/* A header word (一级指标), a taxonomy label (产出指标, 数量指标) or a page
 * number (第1页): a piece of a table or of the page, not what a document is
 * called. */
static gboolean names_a_table_part(const char *norm)
{
    return jx_header_word_role(norm) != JX_ROLE_NONE || jx_taxonomy_level1(norm) ||
           jx_taxonomy_level2(NULL, norm) || jx_norm_is_page_number(norm);
}


static char *find_title(const GPtrArray *lines, guint *at, const char **kind)
{
    char *fallback = NULL;
    guint fallback_at = 0;
    gboolean in_table = FALSE;
    for (guint i = 0; i < lines->len; i++) {
        const char *raw = lines->pdata[i];
        if (!raw) {
            in_table = TRUE;
            continue;
        }
        char *t = jx_norm_text(raw + strspn(raw, "# \t"));
        glong n = g_utf8_strlen(t, -1);
        if (opens_metadata(t)) {
            g_free(t);
            break;
        }
        if (n == 0 || n > TITLE_MAX_CHARS || strchr(t, ':') || has_clause_marks(t) ||
            is_form_label(t)) {
            g_free(t);
            continue;
        }
        for (gsize w = 0; w < G_N_ELEMENTS(title_words); w++)
            if (strstr(t, title_words[w].word)) {
                *kind = title_words[w].kind;
                *at = i;
                g_free(fallback);
                return join_split_title(lines, i, t);
            }
        if (!fallback && !in_table && names_something(t) && !reads_as_sentence(t) &&
            !names_a_table_part(t)) {
            fallback = t;
            fallback_at = i;
        } else {
            g_free(t);
        }
    }
    *at = fallback_at;
    return fallback;
}

/* The fiscal year: in the title (2022年度…), else in a line just below it
 * such as `(2023年度)`. */
static int find_year(const GPtrArray *lines, const char *title, guint title_at,
                     const char *target_signature)
{
    GRegex *re = g_regex_new("((?:19|20)[0-9]{2})\\)?\\s*年", 0, 0, NULL);
    int year = 0;
    GMatchInfo *mi = NULL;
    if (title && g_regex_match(re, title, 0, &mi)) {
        char *y = g_match_info_fetch(mi, 1);
        year = atoi(y);
        g_free(y);
    }
    g_clear_pointer(&mi, g_match_info_free);
    /* a short line under the title, or among the first lines when there is none */
    guint from = title ? title_at + 1 : 0;
    for (guint i = from; !year && i < lines->len && i <= from + 3; i++) {
        char *t = jx_norm_text(lines->pdata[i]);
        if (g_utf8_strlen(t, -1) <= 12 && g_regex_match(re, t, 0, &mi)) {
            char *y = g_match_info_fetch(mi, 1);
            year = atoi(y);
            g_free(y);
        }
        g_clear_pointer(&mi, g_match_info_free);
        g_free(t);
    }
    /* last, the first target table's header: `2023年目标值` */
    if (!year && target_signature && g_regex_match(re, target_signature, 0, &mi)) {
        char *y = g_match_info_fetch(mi, 1);
        year = atoi(y);
        g_free(y);
    }
    g_clear_pointer(&mi, g_match_info_free);
    g_regex_unref(re);
    return year;
}

/* The money figure at the head of a value: `3,460万元（其中中央补助…）`
 * gives `3,460万元`.  A value that does not start with a number gives "". */
static char *leading_figure(const char *value)
{
    const char *p = value;
    while (*p && (g_ascii_isdigit(*p) || *p == ',' || *p == '.'))
        p++;
    if (p == value)
        return g_strdup("");
    static const char *const money_units[] = {"亿元", "万元", "千元", "元"};
    for (gsize i = 0; i < G_N_ELEMENTS(money_units); i++)
        if (g_str_has_prefix(p, money_units[i]))
            return g_strndup(value, (p - value) + strlen(money_units[i]));
    return g_strndup(value, p - value);
}

static jx_record *amount_record(const meta *m)
{
    if (!m->value[FIELD_AMOUNT])
        return NULL;
    jx_target t = {0};
    char *figure = leading_figure(m->value[FIELD_AMOUNT]);
    jx_norm_target(*figure ? figure : m->value[FIELD_AMOUNT], &t);
    g_free(figure);
    jx_record *rec = NULL;
    if (t.kind == JX_KIND_NUMBER) {
        rec = jx_record_new(JX_RECORD_VALUE);
        jx_record_set_string(rec, JX_F_VALUE, t.value);
        const char *unit = t.unit ? t.unit : m->key_unit ? m->key_unit : m->value[FIELD_UNIT];
        char *known = unit ? jx_norm_unit(unit) : NULL;
        jx_record_set_string(rec, JX_F_UNIT, known ? known : unit);
        g_free(known);
        jx_record_set_string(rec, JX_F_TEXT, m->key_text[FIELD_AMOUNT]);
    }
    jx_target_clear(&t);
    return rec;
}

/* What the document record is made of, gathered one block and one table at
 * a time (see parse.h). */
struct jx_doc_builder {
    meta m;
    heading head;
    gboolean target, score; /* kinds of table seen */
    gboolean self_table;    /* a self-evaluation's indicator or funds block seen */
    char *first_target_signature;
    /* tables recognized but not extracted, per kind: how many, first lines */
    int skipped[JX_TABLE_OTHER + 1];
    GString *skipped_lines[JX_TABLE_OTHER + 1];
    jx_prose *prose; /* facts and report metadata from the running text */
    selfeval_meta se; /* what a self-evaluation form states of itself */
    jx_facts *facts; /* cell texts normalized once (borrowed: jx_doc_builder_new) */
};

jx_doc_builder *jx_doc_builder_new(jx_facts *memo)
{
    jx_doc_builder *b = g_new0(jx_doc_builder, 1);
    b->head.lines = g_ptr_array_new_with_free_func(g_free);
    b->prose = jx_prose_new();
    b->facts = memo;
    for (int k = 0; k <= JX_TABLE_OTHER; k++)
        b->skipped_lines[k] = g_string_new(NULL);
    return b;
}

void jx_doc_builder_free(jx_doc_builder *b)
{
    if (!b)
        return;
    for (int f = 0; f < FIELD_COUNT; f++) {
        g_free(b->m.value[f]);
        g_free(b->m.key_text[f]);
    }
    g_free(b->m.key_unit);
    g_free(b->m.lone_key);
    key_head_clear(&b->m);
    selfeval_meta_clear(&b->se);
    g_ptr_array_unref(b->head.lines);
    g_free(b->first_target_signature);
    for (int k = 0; k <= JX_TABLE_OTHER; k++)
        g_string_free(b->skipped_lines[k], TRUE);
    jx_prose_free(b->prose);
    g_free(b);
}

void jx_doc_builder_take_line(jx_doc_builder *b, const char *raw, int line, int page)
{
    char *norm = jx_norm_text(raw); /* once, for the metadata and the prose */
    meta_from_norm(&b->m, raw, norm);
    meta_from_lines(&b->m, raw, norm);
    meta_key_head(&b->m, raw, norm);
    selfeval_from_line(&b->se, raw, norm, line);
    objective_from_line(&b->se, norm, line);
    heading_take_line(&b->head, raw);
    jx_prose_take_line(b->prose, raw, norm, line, page);
    g_free(norm);
}

void jx_doc_builder_take_grid(jx_doc_builder *b, const jx_grid *grid)
{
    if (jx_grid_is_loose(grid))
        return; /* its lines come as lines too */
    jx_facts_hold(b->facts, TRUE); /* its entries stay while the grid is read */
    grid_facts gf;
    grid_facts_init(&gf, b->facts, grid);
    meta_key_head_grid(&b->m, grid, &gf);
    meta_from_grid(&b->m, grid, &gf);
    selfeval_from_grid(&b->se, grid, &gf);
    g_free(gf.at);
    jx_facts_hold(b->facts, FALSE);
    heading_take_grid(&b->head, grid);
}

void jx_doc_builder_take_table(jx_doc_builder *b, const jx_ptable *t)
{
    jx_table_kind kind = t->header->kind;
    jx_prose_take_table(b->prose, t);
    b->target |= kind == JX_TABLE_TARGET;
    b->score |= kind == JX_TABLE_SCORE;
    b->self_table |= kind == JX_TABLE_FUNDS ||
                     (kind == JX_TABLE_TARGET && jx_score_is_self_evaluation(t->header));
    if (kind == JX_TABLE_TARGET && !b->first_target_signature)
        b->first_target_signature = g_strdup(t->header->signature);
    if (kind > JX_TABLE_OTHER || jx_table_extracted(t->header))
        return;
    b->skipped[kind]++;
    const jx_prow *first = t->rows->len ? t->rows->pdata[0] : NULL;
    if (first && first->line)
        g_string_append_printf(b->skipped_lines[kind], "%s%d",
                               b->skipped_lines[kind]->len ? ", " : "", first->line);
}

/* Tables recognized but not turned into records in this version, said once
 * per kind so a reader knows the document held more than the output shows. */
static void note_skipped_tables(const jx_doc_builder *b, GPtrArray *warnings)
{
    static const jx_table_kind kinds[] = {JX_TABLE_SCORE, JX_TABLE_SYSTEM, JX_TABLE_BUDGET};
    for (gsize k = 0; k < G_N_ELEMENTS(kinds); k++) {
        const GString *lines = b->skipped_lines[kinds[k]];
        if (b->skipped[kinds[k]])
            g_ptr_array_add(warnings,
                            g_strdup_printf("%d %s table(s) recognized but not extracted in this "
                                            "version%s%s%s",
                                            b->skipped[kinds[k]], jx_table_kind_name(kinds[k]),
                                            lines->len ? " (lines " : "", lines->str,
                                            lines->len ? ")" : ""));
    }
}

jx_record *jx_doc_builder_finish(jx_doc_builder *b, const jx_source *src,
                                 const GPtrArray *table_warnings, const GPtrArray *notes)
{
    jx_record *doc = jx_record_new(JX_RECORD_DOCUMENT);
    jx_record_set_string(doc, JX_F_DOC, jx_source_name(src));
    jx_record_set_string(doc, JX_F_SOURCE, jx_source_path(src));
    jx_record_set_string(doc, JX_F_SHA256, jx_source_sha256(src));
    jx_record_set_string(doc, JX_F_FORMAT, jx_source_format(src));
    jx_record_set_string(doc, JX_F_ENCODING, jx_source_encoding(src));
    if (jx_source_pages(src) > 0)
        jx_record_set_int(doc, JX_F_PAGES, jx_source_pages(src));
    else
        jx_record_set_null(doc, JX_F_PAGES);

    guint title_at = 0;
    const char *kind = NULL;
    char *title = find_title(b->head.lines, &title_at, &kind);
    /* without a title word, the tables say what the document is: a
     * self-evaluation's blocks before a report's score tables */
    if (!kind)
        kind = b->self_table ? "self-evaluation"
               : b->score    ? "evaluation-report"
               : b->target   ? "target-table"
                             : "other";
    int year = find_year(b->head.lines, title, title_at, b->first_target_signature);
    jx_record_set_string(doc, JX_F_TITLE, title);
    jx_record_set_string(doc, JX_F_KIND, kind);
    if (year)
        jx_record_set_int(doc, JX_F_YEAR, year);
    else
        jx_record_set_null(doc, JX_F_YEAR);
    /* a self-evaluation's org is its 主管部门; the 实施单位 is said apart
     * when it differs.  Codes before the names are dropped. */
    gboolean self_eval = strcmp(kind, "self-evaluation") == 0;
    const char *org_src = self_eval && b->m.value[FIELD_SUPERVISOR] ? b->m.value[FIELD_SUPERVISOR]
                                                                    : b->m.value[FIELD_ORG];
    char *org = jx_selfeval_strip_code(org_src);
    char *implementer = jx_selfeval_strip_code(b->m.value[FIELD_IMPLEMENTER]);
    jx_record_set_string(doc, JX_F_ORG, org);
    jx_record_set_string(doc, JX_F_PROJECT, b->m.value[FIELD_PROJECT]);
    /* a self-evaluation's 年度资金总额 is in the unit its funds block names */
    if (self_eval && !b->m.key_unit && b->se.money_unit && b->m.key_text[FIELD_AMOUNT] &&
        strstr(b->m.key_text[FIELD_AMOUNT], "资金总额"))
        b->m.key_unit = g_strdup(b->se.money_unit);
    jx_record_set_record(doc, JX_F_AMOUNT, amount_record(&b->m));
    g_free(title);

    GPtrArray *warnings = g_ptr_array_new_with_free_func(g_free);
    for (const char *const *w = jx_source_warnings(src); w && *w; w++)
        g_ptr_array_add(warnings, g_strdup(*w));
    if (!b->target && strcmp(kind, "evaluation-report") != 0)
        g_ptr_array_add(warnings, g_strdup("no target table found (no header row with "
                                           "指标/目标值/计算符号 columns)"));
    for (guint i = 0; i < table_warnings->len; i++)
        g_ptr_array_add(warnings, g_strdup(table_warnings->pdata[i]));
    note_skipped_tables(b, warnings);
    char *prose = jx_prose_warning(b->prose);
    if (prose)
        g_ptr_array_add(warnings, prose);
    jx_record_set_list(doc, JX_F_WARNINGS, warnings);
    g_ptr_array_unref(warnings);
    jx_record_set_list(doc, JX_F_NOTES, notes);
    jx_prose_metadata(b->prose, doc);
    gboolean own = implementer && g_strcmp0(implementer, org) != 0;
    if (own || self_eval)
        jx_record_set_string(doc, JX_F_IMPLEMENTER, own ? implementer : NULL);
    if (self_eval && b->se.planned) {
        jx_record *obj = jx_record_new(JX_RECORD_VALUE);
        jx_record_set_string(obj, JX_F_PLANNED, *b->se.planned ? b->se.planned : NULL);
        jx_record_set_string(obj, JX_F_ACHIEVED, b->se.achieved);
        jx_record_set_record(doc, JX_F_OBJECTIVE, obj);
    } else if (self_eval) {
        jx_record_set_null(doc, JX_F_OBJECTIVE);
    }
    /* a 总分 line and one figure closing the text: the score (see
     * selfeval_from_line) */
    if (!b->se.score_total)
        b->se.score_total = g_steal_pointer(&b->se.row_figure);
    /* an achieved text that closes the text */
    if (b->se.obj == SE_OBJ_ACHIEVED && b->se.obj_text)
        objective_cell_done(&b->se);
    if (self_eval && b->se.score_total)
        jx_record_set_string(doc, JX_F_SCORE_TOTAL, b->se.score_total);
    if (self_eval && b->se.grade)
        jx_record_set_string(doc, JX_F_GRADE, b->se.grade);
    /* the 总分 (records.md: absent when none is printed) */
    if (self_eval && b->se.weight_total)
        jx_record_set_string(doc, JX_F_WEIGHT_TOTAL, b->se.weight_total);
    g_free(org);
    g_free(implementer);
    return doc;
}

jx_record_list *jx_doc_builder_facts(jx_doc_builder *b, const jx_source *src)
{
    return jx_prose_facts(b->prose, jx_source_name(src), b->m.value[FIELD_PROJECT]);
}

/* Emits the fact records of `b`; FALSE when `emit` stopped. */
typedef jx_record_take_fn emit_fn;
static gboolean emit_facts(jx_doc_builder *b, const jx_source *src, emit_fn emit, gpointer data)
{
    jx_record_list *facts = jx_doc_builder_facts(b, src);
    gboolean going = TRUE;
    for (guint k = 0; k < jx_record_list_length(facts); k++) {
        jx_record *rec = jx_record_list_take(facts, k);
        if (going)
            going = emit(rec, data);
        else
            jx_record_free(rec);
    }
    jx_record_list_free(facts);
    return going;
}

/* The records of a source go out through emit_fn: `rec` is the callee's. */

/* TRUE when this version turns a table of this header into records:
 * target tables (self-evaluation tables among them), scoring and
 * indicator-system tables, budget tables and a self-evaluation's funds. */
/* Emits the records of one finished table (indicators, scores, budget
 * lines); FALSE when `emit` stopped. */
/* The project a table's indicators name, beyond the document's: the one its
 * own metadata states when it differs from the document's (a budget
 * disclosure prints one target table per project), else NULL. */
static const char *own_project(const jx_ptable *t, const char *doc_project)
{
    return t->project && g_strcmp0(t->project, doc_project) != 0 ? t->project : NULL;
}

static gboolean emit_table(const jx_source *src, const jx_ptable *t, const char *doc_project,
                           emit_fn emit, gpointer data)
{
    if (!jx_table_extracted(t->header))
        return TRUE;
    gboolean going = TRUE;
    jx_record_list *rows = jx_record_list_new();
    switch (t->header->kind) {
    case JX_TABLE_TARGET: jx_target_emit(src, t, rows); break;
    case JX_TABLE_BUDGET: jx_budget_emit(src, t, rows); break;
    case JX_TABLE_FUNDS: jx_funds_emit(src, t, rows); break;
    default: jx_score_emit(src, t, rows); break;
    }
    const char *project = own_project(t, doc_project);
    for (guint k = 0; k < jx_record_list_length(rows) && going; k++) {
        jx_record *rec = jx_record_list_take(rows, k);
        if (project && jx_record_kind_of(rec) == JX_RECORD_INDICATOR)
            jx_record_set_string(rec, JX_F_PROJECT, project);
        going = emit(rec, data);
    }
    jx_record_list_free(rows);
    return going;
}

/*
 * The document record, complete, then the indicators table by table, then
 * the facts the prose states (after the tables: a fact is checked against the
 * budget tables, and the streaming reader, which must give the same order,
 * holds the facts from its first pass and the tables only one at a time).  Table
 * finding settles everything the document record says (kind, warnings,
 * notes) before any row is rebuilt, so the document can go first and each
 * table's records can leave, and its rows be freed, before the next table is
 * rebuilt.  Returns FALSE when `emit` asked to stop.
 */
static gboolean parse_emit(const jx_source *src, emit_fn emit, gpointer data)
{
    GPtrArray *table_warnings = g_ptr_array_new_with_free_func(g_free);
    GPtrArray *notes = g_ptr_array_new_with_free_func(g_free);
    jx_facts *memo = jx_facts_borrow(); /* the finder's and the builder's */
    GPtrArray *tables = jx_tables_find(src, table_warnings, notes, memo);
    jx_doc_builder *b = jx_doc_builder_new(memo);
    for (guint i = 0; i < jx_source_n_blocks(src); i++) {
        if (jx_source_block_kind(src, i) == JX_BLOCK_GRID)
            jx_doc_builder_take_grid(b, jx_source_block_grid(src, i));
        else
            jx_doc_builder_take_line(b, jx_source_block_text(src, i),
                                     jx_source_block_line(src, i), jx_source_block_page(src, i));
    }
    for (guint i = 0; i < tables->len; i++)
        jx_doc_builder_take_table(b, tables->pdata[i]);
    jx_record *doc = jx_doc_builder_finish(b, src, table_warnings, notes);
    g_ptr_array_unref(table_warnings);
    g_ptr_array_unref(notes);

    gboolean going = emit(doc, data);
    for (guint i = 0; i < tables->len && going; i++) {
        jx_ptable *t = tables->pdata[i];
        going = emit_table(src, t, b->m.value[FIELD_PROJECT], emit, data);
        g_ptr_array_set_size(t->rows, 0); /* this table is done: its rows go now */
    }
    g_ptr_array_unref(tables);
    if (going)
        going = emit_facts(b, src, emit, data);
    jx_doc_builder_free(b);
    jx_facts_give_back(memo);
    return going;
}

static gboolean append_to_list(jx_record *rec, gpointer list)
{
    jx_record_list_append(list, rec);
    return TRUE;
}

jx_record_list *jx_parse_source(const jx_source *src)
{
    g_return_val_if_fail(src != NULL, NULL);
    jx_record_list *out = jx_record_list_new();
    parse_emit(src, append_to_list, out);
    return out;
}

typedef struct {
    jx_record_fn fn;
    gpointer data;
} lend;

static gboolean lend_and_free(jx_record *rec, gpointer p)
{
    const lend *l = p;
    gboolean going = l->fn(rec, l->data);
    jx_record_free(rec);
    return going;
}

gboolean jx_parse_source_each(const jx_source *src, jx_record_fn fn, gpointer user_data)
{
    g_return_val_if_fail(src != NULL && fn != NULL, FALSE);
    lend l = {fn, user_data};
    return parse_emit(src, lend_and_free, &l);
}

/* See parse.h. */
gboolean jx_parse_source_give(const jx_source *src, jx_record_take_fn take, gpointer user_data)
{
    g_return_val_if_fail(src != NULL && take != NULL, FALSE);
    return parse_emit(src, take, user_data);
}

/* ------------------------------------------------------------- streaming */

/*
 * A reader for documents too large to hold (see parse.h).  Pass 0 counts the
 * recurring lines and gathers the document record's metadata and heading;
 * pass 1 finds the tables and keeps of each only what the document record
 * says of it; then the document record goes out; pass 2 finds the same
 * tables again and each target table's records go out as it is finished,
 * and after the last one the facts of the prose read in pass 0.
 * Blocks are freed as soon as they are read.
 */
struct jx_stream {
    const jx_source *src;
    int pass;
    GHashTable *line_counts;
    jx_facts *memo; /* the builder's and the finder's */
    jx_doc_builder *doc;
    GPtrArray *table_warnings, *notes;
    jx_finder *finder;
    emit_fn emit; /* the records go out through it, with emit_data */
    gpointer emit_data;
    lend lent; /* emit_data of a lending stream (jx_stream_new) */
    gboolean going;
};

jx_stream *jx_stream_new_giving(const jx_source *src, jx_record_take_fn take, gpointer user_data)
{
    jx_stream *s = g_new0(jx_stream, 1);
    s->src = src;
    s->pass = -1;
    s->line_counts = jx_line_counts_new();
    s->memo = jx_facts_new();
    s->doc = jx_doc_builder_new(s->memo);
    s->emit = take;
    s->emit_data = user_data;
    s->going = TRUE;
    return s;
}

jx_stream *jx_stream_new(const jx_source *src, jx_record_fn fn, gpointer user_data)
{
    jx_stream *s = jx_stream_new_giving(src, lend_and_free, NULL);
    s->lent = (lend){fn, user_data};
    s->emit_data = &s->lent;
    return s;
}

static void stream_take_table(jx_ptable *t, gpointer p)
{
    jx_stream *s = p;
    if (s->pass == 1)
        jx_doc_builder_take_table(s->doc, t);
    else if (s->going)
        s->going = emit_table(s->src, t, s->doc->m.value[FIELD_PROJECT], s->emit, s->emit_data);
    jx_ptable_free(t);
}

void jx_stream_begin_pass(jx_stream *s, int pass)
{
    s->pass = pass;
    if (pass == 0)
        return;
    s->table_warnings = g_ptr_array_new_with_free_func(g_free);
    s->notes = g_ptr_array_new_with_free_func(g_free);
    s->finder = jx_finder_new(s->line_counts, s->table_warnings, s->notes, s->memo,
                              stream_take_table, s);
}

void jx_stream_take_block(jx_block *block, gpointer p)
{
    jx_stream *s = p;
    if (s->pass == 0) {
        if (block->kind == JX_BLOCK_GRID) {
            jx_doc_builder_take_grid(s->doc, block->grid);
        } else {
            jx_doc_builder_take_line(s->doc, block->text, block->line, block->page);
            jx_line_counts_add(s->line_counts, block->text);
        }
    } else if (block->kind == JX_BLOCK_GRID) {
        jx_finder_take_grid(s->finder, block->grid, TRUE);
        block->grid = NULL; /* the finder's now */
    } else {
        jx_finder_take_line(s->finder, block->text, block->line, block->page);
    }
    jx_block_free(block);
}

gboolean jx_stream_end_pass(jx_stream *s)
{
    if (s->pass == 0)
        return s->going;
    jx_finder_finish(s->finder);
    g_clear_pointer(&s->finder, jx_finder_free);
    if (s->pass == 1) {
        jx_record *doc = jx_doc_builder_finish(s->doc, s->src, s->table_warnings, s->notes);
        s->going = s->emit(doc, s->emit_data);
    } else if (s->pass == JX_STREAM_PASSES - 1 && s->going) {
        /* the facts, gathered in pass 0, follow the last table */
        s->going = emit_facts(s->doc, s->src, s->emit, s->emit_data);
    }
    g_clear_pointer(&s->table_warnings, g_ptr_array_unref);
    g_clear_pointer(&s->notes, g_ptr_array_unref);
    return s->going;
}

void jx_stream_free(jx_stream *s)
{
    if (!s)
        return;
    jx_finder_free(s->finder);
    if (s->table_warnings)
        g_ptr_array_unref(s->table_warnings);
    if (s->notes)
        g_ptr_array_unref(s->notes);
    jx_doc_builder_free(s->doc);
    jx_facts_free(s->memo);
    g_hash_table_unref(s->line_counts);
    g_free(s);
}
