/*
 * score.c — accuracy of parsed records against expected ones (see score.h).
 *
 * Each indicator, score or budget record is reduced to one comparable text per field (its
 * "repr"); records are grouped by a key made of those texts, and the loose
 * and strict matchings are maximum bipartite matchings (augmenting paths)
 * over the pairs whose keys agree.
 */
#include "score.h"

#include <string.h>

#include "golden.h"

#define EXPECTED_SUFFIX ".expected.jsonl"
#define MAX_SHOWN 80          /* characters of a value shown in a problem line */

/* The compared fields of an indicator record; the first N_LOOSE make the loose key.  F_MORE1
 * and F_MORE2 are loose slots the plain indicator profile leaves empty (a self-evaluation
 * row's weight and score), F_STRICT_MORE a strict one (its deviation's presence). */
enum { F_NAME, F_OP, F_VALUE, F_KIND, F_UNIT, F_HALF, F_MORE1, F_MORE2, F_LEVEL1, F_LEVEL2,
       F_CATEGORY, F_TASK, F_PROJECT, F_STRICT_MORE, N_FIELDS };
#define N_LOOSE (F_MORE2 + 1)

/* The record types scored and what is compared of each: the JSON member behind each
 * slot ("a.b" reads member b of object a; "?a" is only whether a is there, not null and
 * not ""), NULL where the type has nothing there.  The slots keep the indicator's names;
 * a score record puts weight, score and rate in the loose key and its path and code in
 * the strict one, a budget record its amounts and rate in the loose key and their units
 * in the strict one, a funds record everything in the loose key (its strict key adds
 * nothing: a funds row has no path).  An indicator of a self-evaluation table (one whose
 * record has `actual`, even null) puts its actual — op, value, kind and unit, read like
 * the half-year target — weight and score in the loose key and whether it has a
 * deviation text in the strict one.  `when` names the member a record must have for the
 * profile to apply (NULL: any record of the type); the first profile that applies wins,
 * and a record never matches one of another profile. */
typedef struct {
    const char *type;
    const char *when;
    const char *member[N_FIELDS];
} profile;

static const profile profiles[] = {
    {"indicator", "actual", {"name", "op", "value", "kind", "unit", "actual", "weight", "score",
                             "level1", "level2", "category", "task", "project", "?deviation"}},
    {"indicator", NULL, {"name", "op", "value", "kind", "unit", "half", NULL, NULL, "level1",
                         "level2", "category", "task", "project", NULL}},
    {"score", NULL, {"name", "weight", "score", "rate", NULL, NULL, NULL, NULL, "level1", "level2",
                     "code", NULL, NULL, NULL}},
    {"budget", NULL, {"name", "budget.value", "spent.value", "rate", NULL, NULL, NULL, NULL, NULL,
                      NULL, "budget.unit", "spent.unit", NULL, NULL}},
    {"funds", NULL, {"item", "planned", "adjusted", "spent", "rate", NULL, "score", "weight", NULL,
                     NULL, NULL, NULL, NULL, NULL}},
};

/* How much an equal field says that two records are the same row (closest-record search). */
static const guint field_weight[N_FIELDS] = {4, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

/* One indicator record prepared for matching. */
typedef struct {
    JsonObject *obj;         /* borrowed */
    const profile *prof;     /* its record type's */
    char *repr[N_FIELDS];    /* comparable text of each field; NULL for null or absent */
    GPtrArray *level2_ok;    /* expected records: the reprs level2 may have (level2 and
                                level2_alt); NULL for produced records */
    char *loose_key;         /* the N_LOOSE reprs joined */
    char *strict_key;        /* loose_key + level1, category, task, project (level2 apart) */
    gboolean optional;       /* expected record with "optional": true */
} item;

/* ---------------------------------------------------------------- counts */

/* 2TP / (2TP + FP + FN); 1 when all three are 0. */
double jx_score_f1(const jx_score_counts *c)
{
    guint d = 2 * c->tp + c->fp + c->fn;
    return d ? 2.0 * c->tp / d : 1.0;
}

/* TP / (TP + FP); -1 when nothing was produced. */
double jx_score_precision(const jx_score_counts *c)
{
    return c->tp + c->fp ? (double)c->tp / (c->tp + c->fp) : -1.0;
}

/* TP / (TP + FN); -1 when nothing was expected. */
double jx_score_recall(const jx_score_counts *c)
{
    return c->tp + c->fn ? (double)c->tp / (c->tp + c->fn) : -1.0;
}

/* Adds `b` to `a` field by field. */
static void counts_add(jx_score_counts *a, const jx_score_counts *b)
{
    a->tp += b->tp;
    a->fp += b->fp;
    a->fn += b->fn;
}

/* Adds every counter of `from` to `into`. */
void jx_score_tally_add(jx_score_tally *into, const jx_score_tally *from)
{
    into->documents += from->documents;
    into->failed += from->failed;
    into->expected += from->expected;
    into->optional += from->optional;
    into->produced += from->produced;
    counts_add(&into->loose, &from->loose);
    counts_add(&into->strict, &from->strict);
    into->fully_right += from->fully_right;
    into->fields_right += from->fields_right;
    into->fields_total += from->fields_total;
}

/* ---------------------------------------------------------------- JSON helpers */

/* The string member `key` of `obj`, or NULL when absent or not a string. */
static const char *str_member(JsonObject *obj, const char *key)
{
    JsonNode *node = obj ? json_object_get_member(obj, key) : NULL;
    if (!node || !JSON_NODE_HOLDS_VALUE(node) || json_node_get_value_type(node) != G_TYPE_STRING)
        return NULL;
    return json_node_get_string(node);
}

/* The member `key` of `obj`, or NULL when absent or JSON null. */
static JsonNode *non_null_member(JsonObject *obj, const char *key)
{
    JsonNode *node = obj ? json_object_get_member(obj, key) : NULL;
    return node && !JSON_NODE_HOLDS_NULL(node) ? node : NULL;
}

/* TRUE when `type` is the record type of `obj`. */
static gboolean is_type(JsonObject *obj, const char *type)
{
    return g_strcmp0(str_member(obj, "type"), type) == 0;
}

/* The profile of `obj`'s record type, or NULL for a type not scored. */
static const profile *profile_of(JsonObject *obj)
{
    for (guint i = 0; i < G_N_ELEMENTS(profiles); i++)
        if (is_type(obj, profiles[i].type) &&
            (!profiles[i].when || json_object_has_member(obj, profiles[i].when)))
            return &profiles[i];
    return NULL;
}

/* The member of `obj` at `path` ("a" or "a.b"; a leading '?' is skipped), or NULL when
 * absent (or path NULL). */
static JsonNode *member_at(JsonObject *obj, const char *path)
{
    if (!path)
        return NULL;
    if (*path == '?')
        path++;
    const char *dot = strchr(path, '.');
    if (!dot)
        return json_object_get_member(obj, path);
    char *head = g_strndup(path, (gsize)(dot - path));
    JsonNode *node = json_object_get_member(obj, head);
    g_free(head);
    return node && JSON_NODE_HOLDS_OBJECT(node)
               ? json_object_get_member(json_node_get_object(node), dot + 1)
               : NULL;
}

/* Comparable text of a scalar or list node: "s" + the string for a string, "j" + its JSON
 * otherwise; NULL for NULL or JSON null.  New string. */
static char *repr_node(JsonNode *node)
{
    if (!node || JSON_NODE_HOLDS_NULL(node))
        return NULL;
    if (JSON_NODE_HOLDS_VALUE(node) && json_node_get_value_type(node) == G_TYPE_STRING)
        return g_strconcat("s", json_node_get_string(node), NULL);
    char *json = json_to_string(node, FALSE);
    char *out = g_strconcat("j", json, NULL);
    g_free(json);
    return out;
}

/* Appends `repr` (NULL shown as \x01) and a field separator to `key`. */
static void key_append(GString *key, const char *repr)
{
    if (repr)
        g_string_append(key, repr);
    else
        g_string_append_c(key, '\x01');
    g_string_append_c(key, '\x1e');
}

/* Comparable text of a half-year target: its op, value, kind and unit (the source text is
 * not compared); NULL when `node` is NULL or null.  A half that is not an object is
 * compared as JSON.  New string. */
static char *repr_half(JsonNode *node)
{
    if (!node || JSON_NODE_HOLDS_NULL(node))
        return NULL;
    if (!JSON_NODE_HOLDS_OBJECT(node))
        return repr_node(node);
    JsonObject *half = json_node_get_object(node);
    GString *key = g_string_new("o");
    const char *keys[] = {"op", "value", "kind", "unit"};
    for (guint i = 0; i < G_N_ELEMENTS(keys); i++) {
        char *r = repr_node(json_object_get_member(half, keys[i]));
        key_append(key, r);
        g_free(r);
    }
    return g_string_free(key, FALSE);
}

/* A value for a problem line: JSON, shortened to MAX_SHOWN characters; "null" for NULL.
 * New string. */
static char *shown(JsonNode *node)
{
    if (!node)
        return g_strdup("null");
    char *s = json_to_string(node, FALSE);
    if (g_utf8_strlen(s, -1) <= MAX_SHOWN)
        return s;
    char *cut = g_utf8_substring(s, 0, MAX_SHOWN);
    char *out = g_strconcat(cut, "…", NULL);
    g_free(cut);
    g_free(s);
    return out;
}

/* ---------------------------------------------------------------- items */

/* Builds the item of indicator record `obj` (borrowed); `expected` adds the level2
 * alternatives and the optional mark.  Free with item_free. */
static item *item_new(JsonObject *obj, gboolean expected)
{
    item *it = g_new0(item, 1);
    it->obj = obj;
    it->prof = profile_of(obj);
    for (guint f = 0; f < N_FIELDS; f++) {
        const char *path = it->prof->member[f];
        JsonNode *node = member_at(obj, path);
        if (path && *path == '?') /* presence only */
            it->repr[f] = node && !JSON_NODE_HOLDS_NULL(node) &&
                                  !(JSON_NODE_HOLDS_VALUE(node) &&
                                    json_node_get_value_type(node) == G_TYPE_STRING &&
                                    !*json_node_get_string(node))
                              ? g_strdup("y")
                              : NULL;
        else
            it->repr[f] = f == F_HALF ? repr_half(node) : repr_node(node);
    }
    /* no record matches one of another type, or of another profile of its type */
    GString *key = g_string_new(it->prof->type);
    if (it->prof->when)
        g_string_append_printf(key, "+%s", it->prof->when);
    g_string_append_c(key, '\x1e');
    for (guint f = 0; f < N_LOOSE; f++)
        key_append(key, it->repr[f]);
    it->loose_key = g_strdup(key->str);
    key_append(key, it->repr[F_LEVEL1]);
    key_append(key, it->repr[F_CATEGORY]);
    key_append(key, it->repr[F_TASK]);
    key_append(key, it->repr[F_PROJECT]);
    key_append(key, it->repr[F_STRICT_MORE]);
    it->strict_key = g_string_free(key, FALSE);
    if (expected) {
        JsonNode *opt = json_object_get_member(obj, "optional");
        it->optional = opt && JSON_NODE_HOLDS_VALUE(opt) &&
                       json_node_get_value_type(opt) == G_TYPE_BOOLEAN &&
                       json_node_get_boolean(opt);
        it->level2_ok = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(it->level2_ok, g_strdup(it->repr[F_LEVEL2]));
        JsonNode *alt = json_object_get_member(obj, "level2_alt");
        if (alt && JSON_NODE_HOLDS_ARRAY(alt)) {
            JsonArray *a = json_node_get_array(alt);
            for (guint i = 0; i < json_array_get_length(a); i++)
                g_ptr_array_add(it->level2_ok, repr_node(json_array_get_element(a, i)));
        }
    }
    return it;
}

/* Releases an item (not its JSON object). */
static void item_free(gpointer p)
{
    item *it = p;
    for (guint f = 0; f < N_FIELDS; f++)
        g_free(it->repr[f]);
    if (it->level2_ok)
        g_ptr_array_unref(it->level2_ok);
    g_free(it->loose_key);
    g_free(it->strict_key);
    g_free(it);
}

/* TRUE when produced item `p` may stand for expected item `e` on field `f` (level2 accepts
 * the expected record's alternatives). */
static gboolean field_ok(const item *e, const item *p, guint f)
{
    if (f == F_LEVEL2 && e->level2_ok) {
        for (guint i = 0; i < e->level2_ok->len; i++)
            if (g_strcmp0(g_ptr_array_index(e->level2_ok, i), p->repr[F_LEVEL2]) == 0)
                return TRUE;
        return FALSE;
    }
    return g_strcmp0(e->repr[f], p->repr[f]) == 0;
}

/* Items of the indicator records of `records` (may be NULL), in order; `expected` as for
 * item_new.  New array owning the items. */
static GPtrArray *items_of(const GPtrArray *records, gboolean expected)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(item_free);
    for (guint i = 0; records && i < records->len; i++) {
        JsonObject *obj = g_ptr_array_index(records, i);
        if (profile_of(obj))
            g_ptr_array_add(out, item_new(obj, expected));
    }
    return out;
}

/* ---------------------------------------------------------------- matching */

/* A bipartite matching between expected items (left) and produced items (right). */
typedef struct {
    GPtrArray *adj; /* per expected item: GArray of guint, the produced items it may match */
    gint *e_to_p;   /* partner of each expected item, or -1 */
    gint *p_to_e;   /* partner of each produced item, or -1 */
    guint8 *seen;   /* per produced item, visited in the current search */
    guint n_p;
} matching;

/* Tries to match expected item `e` along an augmenting path (Kuhn's algorithm); a matched
 * expected item stays matched.  Returns TRUE when `e` got a partner. */
static gboolean augment(matching *m, guint e)
{
    GArray *adj = g_ptr_array_index(m->adj, e);
    for (guint i = 0; i < adj->len; i++) { /* a free partner first: the usual case */
        guint p = g_array_index(adj, guint, i);
        if (m->p_to_e[p] < 0) {
            m->e_to_p[e] = (gint)p;
            m->p_to_e[p] = (gint)e;
            return TRUE;
        }
    }
    for (guint i = 0; i < adj->len; i++) {
        guint p = g_array_index(adj, guint, i);
        if (m->seen[p])
            continue;
        m->seen[p] = 1;
        if (augment(m, (guint)m->p_to_e[p])) {
            m->e_to_p[e] = (gint)p;
            m->p_to_e[p] = (gint)e;
            return TRUE;
        }
    }
    return FALSE;
}

/*
 * A maximum matching of `exp` to `prod` items: loose pairs agree on the loose key, strict
 * ones on the strict key and level2 (alternatives allowed).  Required expected items are
 * matched before optional ones, so no optional item takes a partner a required one could
 * have.  Fills e_to_p (exp->len entries) and p_to_e (prod->len entries) with partners or -1.
 */
static void match(const GPtrArray *exp, const GPtrArray *prod, gboolean strict, gint *e_to_p,
                  gint *p_to_e)
{
    GHashTable *by_key = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                               (GDestroyNotify)g_array_unref);
    for (guint j = 0; j < prod->len; j++) {
        const item *p = g_ptr_array_index(prod, j);
        const char *key = strict ? p->strict_key : p->loose_key;
        GArray *list = g_hash_table_lookup(by_key, key);
        if (!list) {
            list = g_array_new(FALSE, FALSE, sizeof(guint));
            g_hash_table_insert(by_key, (gpointer)key, list);
        }
        g_array_append_val(list, j);
    }
    matching m = {
        .adj = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref),
        .e_to_p = e_to_p,
        .p_to_e = p_to_e,
        .seen = g_new0(guint8, prod->len + 1),
        .n_p = prod->len,
    };
    for (guint i = 0; i < exp->len; i++) {
        const item *e = g_ptr_array_index(exp, i);
        GArray *adj = g_array_new(FALSE, FALSE, sizeof(guint));
        GArray *same = g_hash_table_lookup(by_key, strict ? e->strict_key : e->loose_key);
        for (guint k = 0; same && k < same->len; k++) {
            guint j = g_array_index(same, guint, k);
            if (!strict || field_ok(e, g_ptr_array_index(prod, j), F_LEVEL2))
                g_array_append_val(adj, j);
        }
        g_ptr_array_add(m.adj, adj);
        e_to_p[i] = -1;
    }
    for (guint j = 0; j < prod->len; j++)
        p_to_e[j] = -1;
    for (int pass = 0; pass < 2; pass++) { /* required items, then optional ones */
        for (guint i = 0; i < exp->len; i++) {
            const item *e = g_ptr_array_index(exp, i);
            if (e->optional != (pass == 1))
                continue;
            memset(m.seen, 0, m.n_p);
            augment(&m, i);
        }
    }
    g_free(m.seen);
    g_ptr_array_unref(m.adj);
    g_hash_table_unref(by_key);
}

/* Counts a matching: matched expected items are TP, unmatched required ones FN, unmatched
 * produced ones FP. */
static jx_score_counts count_matching(const GPtrArray *exp, const gint *e_to_p, guint n_prod,
                                      const gint *p_to_e)
{
    jx_score_counts c = {0};
    for (guint i = 0; i < exp->len; i++) {
        const item *e = g_ptr_array_index(exp, i);
        if (e_to_p[i] >= 0)
            c.tp++;
        else if (!e->optional)
            c.fn++;
    }
    for (guint j = 0; j < n_prod; j++)
        if (p_to_e[j] < 0)
            c.fp++;
    return c;
}

/* ---------------------------------------------------------------- problem lines */

/* "#12 培训人次 (>= 500 人次)" for an indicator record; the seq is left out when absent.
 * Appends to `s`. */
static void describe(GString *s, JsonObject *obj)
{
    JsonNode *seq = non_null_member(obj, "seq");
    if (seq && JSON_NODE_HOLDS_VALUE(seq) && json_node_get_value_type(seq) == G_TYPE_INT64)
        g_string_append_printf(s, "#%" G_GINT64_FORMAT " ", json_node_get_int(seq));
    const char *name = str_member(obj, "name");
    g_string_append(s, name ? name : "(no name)");
    g_string_append(s, " (");
    gboolean first = TRUE;
    const profile *prof = profile_of(obj);
    /* what the record says beside its name: an indicator's op, value and unit, a
     * score's weight, score and rate, a budget's amounts and rate */
    const char *ind_keys[] = {"op", "value", "unit"};
    const char *const *keys = ind_keys;
    guint n_keys = G_N_ELEMENTS(ind_keys);
    if (prof && strcmp(prof->type, "indicator") != 0) {
        keys = prof->member + 1;
        n_keys = 3;
    }
    for (guint i = 0; i < n_keys; i++) {
        JsonNode *node = member_at(obj, keys[i]);
        node = node && !JSON_NODE_HOLDS_NULL(node) ? node : NULL;
        if (!node)
            continue;
        char *v = JSON_NODE_HOLDS_VALUE(node) && json_node_get_value_type(node) == G_TYPE_STRING
                      ? g_strdup(json_node_get_string(node))
                      : shown(node);
        g_string_append_printf(s, "%s%s", first ? "" : " ", v);
        g_free(v);
        first = FALSE;
    }
    g_string_append_c(s, ')');
}

/* The value of field `f` of `obj` as shown in a problem line: JSON, the half-year target as
 * {"op","value","kind","unit"} only.  New string. */
static char *shown_field(JsonObject *obj, guint f)
{
    const profile *prof = profile_of(obj);
    JsonNode *node = prof ? member_at(obj, prof->member[f]) : NULL;
    node = node && !JSON_NODE_HOLDS_NULL(node) ? node : NULL;
    if (f != F_HALF || !node || !JSON_NODE_HOLDS_OBJECT(node))
        return shown(node);
    JsonObject *half = json_node_get_object(node), *brief = json_object_new();
    const char *keys[] = {"op", "value", "kind", "unit"};
    for (guint i = 0; i < G_N_ELEMENTS(keys); i++) {
        JsonNode *v = json_object_get_member(half, keys[i]);
        json_object_set_member(brief, keys[i], v ? json_node_copy(v) : json_node_new(JSON_NODE_NULL));
    }
    JsonNode *wrap = json_node_init_object(json_node_alloc(), brief);
    char *out = shown(wrap);
    json_node_unref(wrap);
    json_object_unref(brief);
    return out;
}

/* Appends "field X → Y" for every field where produced `p` differs from expected `e`,
 * separated by "; ".  `fields` limits it to the first `fields` fields. */
static void append_diff(GString *s, const item *e, const item *p, guint fields)
{
    gboolean first = TRUE;
    for (guint f = 0; f < fields; f++) {
        if (field_ok(e, p, f))
            continue;
        char *x = shown_field(e->obj, f), *y = shown_field(p->obj, f);
        const char *what = e->prof->member[f] ? e->prof->member[f] : p->prof->member[f];
        g_string_append_printf(s, "%s%s %s → %s", first ? "" : "; ", what ? what : "?", x, y);
        g_free(x);
        g_free(y);
        first = FALSE;
    }
}

/* How alike expected `e` and produced `p` are: the weights of their equal fields. */
static guint likeness(const item *e, const item *p)
{
    guint w = 0;
    for (guint f = 0; f < N_FIELDS; f++)
        if (field_ok(e, p, f))
            w += field_weight[f];
    return w;
}

/* The produced item most like `e` among those with the same name or the same value (those
 * no loose pairing took are preferred on a tie), or -1 when there is none. */
static gint closest(const item *e, const GPtrArray *prod, const gint *p_to_e)
{
    gint best = -1;
    guint best_w = 0;
    gboolean best_free = FALSE;
    for (guint j = 0; j < prod->len; j++) {
        const item *p = g_ptr_array_index(prod, j);
        if (!(e->repr[F_NAME] && field_ok(e, p, F_NAME)) &&
            !(e->repr[F_VALUE] && field_ok(e, p, F_VALUE)))
            continue;
        guint w = likeness(e, p);
        gboolean is_free = p_to_e[j] < 0;
        if (best < 0 || w > best_w || (w == best_w && is_free && !best_free)) {
            best = (gint)j;
            best_w = w;
            best_free = is_free;
        }
    }
    return best;
}

/* Adds a problem line to `doc`. */
static void problem(jx_score_doc *doc, GString *line)
{
    g_ptr_array_add(doc->problems, g_strdup(line->str));
}

/* ---------------------------------------------------------------- documents */

/* The first record of type `type`, or NULL. */
static JsonObject *first_of(const GPtrArray *records, const char *type)
{
    for (guint i = 0; records && i < records->len; i++)
        if (is_type(g_ptr_array_index(records, i), type))
            return g_ptr_array_index(records, i);
    return NULL;
}

/* The document fields compared when the expected document record has them; the fields of
 * a self-evaluation table (kind, its units, project, score, grade and 总分) only when the
 * expected document is one, so that other documents are scored as before. */
static const char *const doc_fields[] = {"title", "year", "notes", "kind", "org", "implementer",
                                         "project", "score_total", "grade", "weight_total"};
#define N_DOC_FIELDS_ANY 3

/* TRUE when field `i` of doc_fields is compared for expected document record `want`. */
static gboolean doc_field_compared(JsonObject *want, guint i)
{
    if (!want || !json_object_has_member(want, doc_fields[i]))
        return FALSE;
    return i < N_DOC_FIELDS_ANY || g_strcmp0(str_member(want, "kind"), "self-evaluation") == 0;
}

/* Compares the document fields of `want` (expected) with `have` (produced, may be NULL);
 * counts them into doc->tally and writes a line per wrong field. */
static void score_doc_fields(jx_score_doc *doc, JsonObject *want, JsonObject *have)
{
    for (guint i = 0; want && i < G_N_ELEMENTS(doc_fields); i++) {
        const char *key = doc_fields[i];
        if (!doc_field_compared(want, i))
            continue;
        JsonNode *w = non_null_member(want, key), *h = non_null_member(have, key);
        doc->tally.fields_total++;
        if ((!w && !h) || (w && h && json_node_equal(w, h))) {
            doc->tally.fields_right++;
            continue;
        }
        char *x = shown(w), *y = have ? shown(h) : g_strdup("no document record");
        GString *line = g_string_new(NULL);
        g_string_append_printf(line, "%s: expected %s, got %s", key, x, y);
        problem(doc, line);
        g_string_free(line, TRUE);
        g_free(x);
        g_free(y);
    }
}

/* A new empty result for `label`. */
static jx_score_doc *doc_new(const char *label)
{
    jx_score_doc *doc = g_new0(jx_score_doc, 1);
    doc->label = g_strdup(label ? label : "(document)");
    doc->problems = g_ptr_array_new_with_free_func(g_free);
    doc->tally.documents = 1;
    return doc;
}

/* Scores `produced` against `expected` (see score.h). */
jx_score_doc *jx_score_records(const char *label, const GPtrArray *expected,
                               const GPtrArray *produced)
{
    jx_score_doc *doc = doc_new(label);
    score_doc_fields(doc, first_of(expected, "document"), first_of(produced, "document"));

    GPtrArray *exp = items_of(expected, TRUE), *prod = items_of(produced, FALSE);
    gint *le = g_new(gint, exp->len + 1), *lp = g_new(gint, prod->len + 1);
    gint *se = g_new(gint, exp->len + 1), *sp = g_new(gint, prod->len + 1);
    match(exp, prod, FALSE, le, lp);
    match(exp, prod, TRUE, se, sp);
    doc->tally.loose = count_matching(exp, le, prod->len, lp);
    doc->tally.strict = count_matching(exp, se, prod->len, sp);
    doc->tally.produced = prod->len;
    for (guint i = 0; i < exp->len; i++) {
        if (((item *)g_ptr_array_index(exp, i))->optional)
            doc->tally.optional++;
        else
            doc->tally.expected++;
    }
    doc->tally.fully_right = doc->tally.strict.fn == 0 && doc->tally.strict.fp == 0;

    GString *line = g_string_new(NULL);
    for (guint i = 0; i < exp->len; i++) {
        const item *e = g_ptr_array_index(exp, i);
        if (se[i] >= 0 || (e->optional && le[i] < 0))
            continue; /* strictly right, or optional and not produced */
        g_string_truncate(line, 0);
        if (le[i] >= 0) {
            g_string_append(line, "wrong  ");
            describe(line, e->obj);
            g_string_append(line, ": ");
            append_diff(line, e, g_ptr_array_index(prod, (guint)le[i]), N_FIELDS);
        } else {
            g_string_append(line, "missed ");
            describe(line, e->obj);
            gint c = closest(e, prod, lp);
            if (c < 0) {
                g_string_append(line, "; no produced record is like it");
            } else {
                const item *p = g_ptr_array_index(prod, (guint)c);
                g_string_append(line, "; closest produced ");
                describe(line, p->obj);
                g_string_append(line, ": ");
                append_diff(line, e, p, N_FIELDS);
            }
        }
        if (e->optional)
            g_string_append(line, " (optional)");
        problem(doc, line);
    }
    for (guint j = 0; j < prod->len; j++) {
        if (sp[j] >= 0 || (lp[j] >= 0 && se[lp[j]] < 0))
            continue; /* strictly matched, or already shown as "wrong" */
        const item *p = g_ptr_array_index(prod, j);
        g_string_assign(line, "extra  produced ");
        describe(line, p->obj);
        const char *l1 = str_member(p->obj, "level1"), *l2 = str_member(p->obj, "level2");
        g_string_append_printf(line, " %s/%s", l1 ? l1 : "null", l2 ? l2 : "null");
        if (lp[j] >= 0)
            g_string_append(line, " (loosely right: a duplicate of a strictly matched row)");
        problem(doc, line);
    }
    g_string_free(line, TRUE);
    g_free(le);
    g_free(lp);
    g_free(se);
    g_free(sp);
    g_ptr_array_unref(exp);
    g_ptr_array_unref(prod);
    return doc;
}

/* A document that could not be scored (see score.h). */
jx_score_doc *jx_score_failed(const char *label, const GPtrArray *expected, const char *why)
{
    jx_score_doc *doc = doc_new(label);
    doc->error = g_strdup(why ? why : "not scored");
    doc->tally.failed = 1;
    JsonObject *want = first_of(expected, "document");
    for (guint i = 0; want && i < G_N_ELEMENTS(doc_fields); i++)
        if (doc_field_compared(want, i))
            doc->tally.fields_total++;
    for (guint i = 0; expected && i < expected->len; i++) {
        JsonObject *obj = g_ptr_array_index(expected, i);
        if (!profile_of(obj))
            continue;
        JsonNode *opt = json_object_get_member(obj, "optional");
        if (opt && JSON_NODE_HOLDS_VALUE(opt) && json_node_get_value_type(opt) == G_TYPE_BOOLEAN &&
            json_node_get_boolean(opt)) {
            doc->tally.optional++;
        } else {
            doc->tally.expected++;
            doc->tally.loose.fn++;
            doc->tally.strict.fn++;
        }
    }
    GString *line = g_string_new(NULL);
    g_string_printf(line, "not scored: %s (%u expected indicator records counted as missed)",
                    doc->error, doc->tally.expected);
    problem(doc, line);
    g_string_free(line, TRUE);
    return doc;
}

/* Converts parsed records to JSON objects through jx_record_to_json. */
GPtrArray *jx_score_records_json(const jx_record_list *records)
{
    GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify)json_object_unref);
    for (guint i = 0; records && i < jx_record_list_length(records); i++) {
        char *json = jx_record_to_json(jx_record_list_get(records, i));
        JsonNode *node = json_from_string(json, NULL);
        if (node && JSON_NODE_HOLDS_OBJECT(node))
            g_ptr_array_add(out, json_object_ref(json_node_get_object(node)));
        if (node)
            json_node_unref(node);
        g_free(json);
    }
    return out;
}

/* Loads, parses and scores one document (see score.h). */
jx_score_doc *jx_score_file(const char *label, const char *doc_path, const char *expected_path)
{
    GError *error = NULL;
    GPtrArray *expected = jx_golden_load(expected_path, &error);
    if (!expected) {
        char *why = g_strdup_printf("cannot read the expected records: %s", error->message);
        jx_score_doc *doc = jx_score_failed(label, NULL, why);
        g_free(why);
        g_error_free(error);
        return doc;
    }
    jx_record_list *records = jx_parse_path(doc_path, 0, &error);
    jx_score_doc *doc;
    if (!records) {
        char *why = g_strdup_printf("cannot parse: %s", error->message);
        doc = jx_score_failed(label, expected, why);
        g_free(why);
        g_error_free(error);
    } else {
        GPtrArray *produced = jx_score_records_json(records);
        doc = jx_score_records(label, expected, produced);
        g_ptr_array_unref(produced);
        jx_record_list_free(records);
    }
    g_ptr_array_unref(expected);
    return doc;
}

/* TRUE when scored with no strict miss and no strict false positive. */
gboolean jx_score_doc_fully_right(const jx_score_doc *doc)
{
    return !doc->error && doc->tally.fully_right;
}

/* Releases a result. */
void jx_score_doc_free(jx_score_doc *doc)
{
    if (!doc)
        return;
    g_free(doc->label);
    g_free(doc->error);
    g_ptr_array_unref(doc->problems);
    g_free(doc);
}

/* ---------------------------------------------------------------- trees */

/* Byte-order comparison of two char* array elements. */
static gint compare_names(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted entry names of `dir` not starting with '.', as a new array of char*; NULL
 * with `error` set when the folder cannot be read. */
static GPtrArray *list_dir(const char *dir, GError **error)
{
    GDir *d = g_dir_open(dir, 0, error);
    if (!d)
        return NULL;
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while ((name = g_dir_read_name(d)))
        if (name[0] != '.')
            g_ptr_array_add(names, g_strdup(name));
    g_dir_close(d);
    g_ptr_array_sort(names, compare_names);
    return names;
}

/* TRUE when `dir`/`name` is a folder (`want_dir`) or a regular file (otherwise). */
static gboolean entry_is(const char *dir, const char *name, gboolean want_dir)
{
    char *path = g_build_filename(dir, name, NULL);
    gboolean is = g_file_test(path, want_dir ? G_FILE_TEST_IS_DIR : G_FILE_TEST_IS_REGULAR);
    g_free(path);
    return is;
}

/* Releases a cell. */
static void cell_free(gpointer p)
{
    jx_score_cell *cell = p;
    g_free(cell->converter);
    g_free(cell->family);
    g_ptr_array_unref(cell->docs);
    g_free(cell);
}

/* Scores the folder `dir` = ROOT/converter/family into a new cell; files without expected
 * records are added to tree->unscored.  NULL with `error` set when it cannot be read. */
static jx_score_cell *score_family(jx_score_tree *tree, const char *dir, const char *converter,
                                   const char *family, GError **error)
{
    GPtrArray *names = list_dir(dir, error);
    if (!names)
        return NULL;
    jx_score_cell *cell = g_new0(jx_score_cell, 1);
    cell->converter = g_strdup(converter);
    cell->family = g_strdup(family);
    cell->docs = g_ptr_array_new_with_free_func((GDestroyNotify)jx_score_doc_free);
    GHashTable *stems = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < names->len; i++) {
        const char *name = g_ptr_array_index(names, i);
        if (g_str_has_suffix(name, EXPECTED_SUFFIX) || !entry_is(dir, name, FALSE))
            continue;
        const char *dot = strrchr(name, '.');
        char *stem = dot ? g_strndup(name, (gsize)(dot - name)) : g_strdup(name);
        char *expected_name = g_strconcat(stem, EXPECTED_SUFFIX, NULL);
        char *label = g_build_filename(converter, family, name, NULL);
        if (dot && entry_is(dir, expected_name, FALSE)) {
            char *path = g_build_filename(dir, name, NULL);
            char *expected_path = g_build_filename(dir, expected_name, NULL);
            jx_score_doc *doc = jx_score_file(label, path, expected_path);
            jx_score_tally_add(&cell->tally, &doc->tally);
            g_ptr_array_add(cell->docs, doc);
            g_hash_table_add(stems, stem);
            stem = NULL;
            g_free(expected_path);
            g_free(path);
            g_free(label);
        } else {
            g_ptr_array_add(tree->unscored, label);
        }
        g_free(expected_name);
        g_free(stem);
    }
    for (guint i = 0; i < names->len; i++) { /* expected records with no document */
        const char *name = g_ptr_array_index(names, i);
        if (!g_str_has_suffix(name, EXPECTED_SUFFIX) || !entry_is(dir, name, FALSE))
            continue;
        char *stem = g_strndup(name, strlen(name) - strlen(EXPECTED_SUFFIX));
        if (!g_hash_table_contains(stems, stem)) {
            char *path = g_build_filename(dir, name, NULL);
            char *label = g_build_filename(converter, family, name, NULL);
            GError *lerr = NULL;
            GPtrArray *expected = jx_golden_load(path, &lerr);
            char *why = expected ? g_strdup_printf("no document %s.EXT beside it", stem)
                                 : g_strdup_printf("no document %s.EXT beside it, and %s", stem,
                                                   lerr->message);
            jx_score_doc *doc = jx_score_failed(label, expected, why);
            jx_score_tally_add(&cell->tally, &doc->tally);
            g_ptr_array_add(cell->docs, doc);
            g_free(why);
            g_clear_error(&lerr);
            if (expected)
                g_ptr_array_unref(expected);
            g_free(label);
            g_free(path);
        }
        g_free(stem);
    }
    g_hash_table_unref(stems);
    g_ptr_array_unref(names);
    return cell;
}

/* Walks and scores ROOT/<converter>/<family>/ (see score.h). */
/* Whether converter/family is one `only` asks for (see jx_score_tree_run_only). */
static gboolean wanted(const char *const *only, const char *converter, const char *family)
{
    if (!only || !only[0])
        return TRUE;
    char *cell = g_strconcat(converter, "/", family, NULL);
    gboolean match = FALSE;
    for (const char *const *p = only; *p && !match; p++)
        match = strchr(*p, '/') ? g_pattern_match_simple(*p, cell)
                                : g_pattern_match_simple(*p, converter);
    g_free(cell);
    return match;
}

jx_score_tree *jx_score_tree_run(const char *root, GError **error)
{
    return jx_score_tree_run_only(root, NULL, error);
}

jx_score_tree *jx_score_tree_run_only(const char *root, const char *const *only, GError **error)
{
    GPtrArray *converters = list_dir(root, error);
    if (!converters)
        return NULL;
    jx_score_tree *tree = g_new0(jx_score_tree, 1);
    tree->root = g_strdup(root);
    tree->cells = g_ptr_array_new_with_free_func(cell_free);
    tree->unscored = g_ptr_array_new_with_free_func(g_free);
    gboolean ok = TRUE;
    for (guint i = 0; ok && i < converters->len; i++) {
        const char *converter = g_ptr_array_index(converters, i);
        if (!entry_is(root, converter, TRUE))
            continue;
        char *cdir = g_build_filename(root, converter, NULL);
        GPtrArray *families = list_dir(cdir, error);
        ok = families != NULL;
        for (guint k = 0; ok && k < families->len; k++) {
            const char *family = g_ptr_array_index(families, k);
            if (!entry_is(cdir, family, TRUE) || !wanted(only, converter, family))
                continue;
            char *fdir = g_build_filename(cdir, family, NULL);
            jx_score_cell *cell = score_family(tree, fdir, converter, family, error);
            ok = cell != NULL;
            if (cell)
                g_ptr_array_add(tree->cells, cell);
            g_free(fdir);
        }
        if (families)
            g_ptr_array_unref(families);
        g_free(cdir);
    }
    g_ptr_array_unref(converters);
    if (!ok) {
        jx_score_tree_free(tree);
        return NULL;
    }
    return tree;
}

/* Releases a tree. */
void jx_score_tree_free(jx_score_tree *tree)
{
    if (!tree)
        return;
    g_free(tree->root);
    g_ptr_array_unref(tree->cells);
    g_ptr_array_unref(tree->unscored);
    g_free(tree);
}

/* Sums the cells of `converter` (NULL: all) into `out`. */
void jx_score_tree_total(const jx_score_tree *tree, const char *converter, jx_score_tally *out)
{
    memset(out, 0, sizeof *out);
    for (guint i = 0; i < tree->cells->len; i++) {
        const jx_score_cell *cell = g_ptr_array_index(tree->cells, i);
        if (!converter || strcmp(cell->converter, converter) == 0)
            jx_score_tally_add(out, &cell->tally);
    }
}

/* A ratio for the table: 4 decimals, or "–" when undefined (negative). */
static void append_ratio(GString *s, double r)
{
    if (r < 0)
        g_string_append(s, " – |");
    else
        g_string_append_printf(s, " %.4f |", r);
}

/* Appends one table row for `t`, the first two cells given. */
static void table_row(GString *s, const char *a, const char *b, const jx_score_tally *t)
{
    g_string_append_printf(s, "| %s | %s | %u | %u | %u | %u |", a, b, t->documents, t->expected,
                           t->produced, t->failed);
    append_ratio(s, jx_score_precision(&t->loose));
    append_ratio(s, jx_score_recall(&t->loose));
    append_ratio(s, t->documents ? jx_score_f1(&t->loose) : -1);
    append_ratio(s, t->documents ? jx_score_f1(&t->strict) : -1);
    g_string_append_printf(s, " %u/%u |", t->fully_right, t->documents);
    if (t->fields_total)
        g_string_append_printf(s, " %u/%u |\n", t->fields_right, t->fields_total);
    else
        g_string_append(s, " – |\n");
}

/* The Markdown table and the lists below it (see score.h). */
char *jx_score_tree_table(const jx_score_tree *tree)
{
    GString *s = g_string_new(NULL);
    g_string_append(s, "| converter | family | docs | expected | produced | not parsed | "
                       "precision | recall | F1 | strict F1 | fully right | doc fields |\n"
                       "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (guint i = 0; i < tree->cells->len; i++) {
        const jx_score_cell *cell = g_ptr_array_index(tree->cells, i);
        table_row(s, cell->converter, cell->family, &cell->tally);
        const jx_score_cell *next =
            i + 1 < tree->cells->len ? g_ptr_array_index(tree->cells, i + 1) : NULL;
        if (!next || strcmp(next->converter, cell->converter) != 0) {
            jx_score_tally t;
            jx_score_tree_total(tree, cell->converter, &t);
            char *bold = g_strdup_printf("**%s**", cell->converter);
            table_row(s, bold, "**all**", &t);
            g_free(bold);
        }
    }
    jx_score_tally all;
    jx_score_tree_total(tree, NULL, &all);
    table_row(s, "**all**", "**all**", &all);
    g_string_append_printf(s,
                           "\nprecision, recall, F1: loose match (name, op, value, kind, unit, "
                           "half); strict F1 adds level1, level2, category, task, project. "
                           "%u optional expected records not counted when missed.\n",
                           all.optional);
    if (all.failed) {
        g_string_append(s, "\nNot scored (every expected record counted as missed):\n\n");
        for (guint i = 0; i < tree->cells->len; i++) {
            const jx_score_cell *cell = g_ptr_array_index(tree->cells, i);
            for (guint k = 0; k < cell->docs->len; k++) {
                const jx_score_doc *doc = g_ptr_array_index(cell->docs, k);
                if (doc->error)
                    g_string_append_printf(s, "- %s: %s\n", doc->label, doc->error);
            }
        }
    }
    if (tree->unscored->len)
        g_string_append_printf(s, "\n%u files without an <id>.expected.jsonl were not scored "
                                  "(first: %s).\n",
                               tree->unscored->len, (char *)g_ptr_array_index(tree->unscored, 0));
    return g_string_free(s, FALSE);
}

/* Checks every cell against the thresholds (see score.h). */
GHashTable *jx_score_floors_load(const char *path, GError **error)
{
    char *text = NULL;
    if (!g_file_get_contents(path, &text, NULL, error))
        return NULL;
    GHashTable *floors = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    char **lines = g_strsplit(text, "\n", -1);
    g_free(text);
    for (guint i = 0; lines[i]; i++) {
        char *line = g_strstrip(lines[i]);
        if (!*line || *line == '#')
            continue;
        char **f = g_strsplit_set(line, " \t", -1);
        char *fields[4] = {NULL};
        guint n = 0;
        for (guint k = 0; f[k] && n < 4; k++)
            if (*f[k])
                fields[n++] = f[k];
        char *end1 = NULL, *end2 = NULL;
        double *min = g_new(double, 2);
        if (n == 4) {
            min[0] = g_ascii_strtod(fields[2], &end1);
            min[1] = g_ascii_strtod(fields[3], &end2);
        }
        if (n != 4 || *end1 || *end2 || min[0] < 0 || min[0] > 1 || min[1] < 0 || min[1] > 1) {
            g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                        "%s:%u: want `converter family min-F1 min-strict-F1`", path, i + 1);
            g_free(min);
            g_strfreev(f);
            g_strfreev(lines);
            g_hash_table_unref(floors);
            return NULL;
        }
        g_hash_table_replace(floors, g_strdup_printf("%s/%s", fields[0], fields[1]), min);
        g_strfreev(f);
    }
    g_strfreev(lines);
    return floors;
}

gboolean jx_score_tree_check(const jx_score_tree *tree, double min_f1, double min_strict,
                             GString *report)
{
    return jx_score_tree_check_floors(tree, min_f1, min_strict, NULL, report);
}

gboolean jx_score_tree_check_floors(const jx_score_tree *tree, double target_f1,
                                    double target_strict, GHashTable *floors, GString *report)
{
    gboolean ok = TRUE;
    if (tree->cells->len == 0) {
        if (report)
            g_string_append_printf(report, "%s: no <converter>/<family>/ folder\n", tree->root);
        ok = FALSE;
    }
    for (guint i = 0; i < tree->cells->len; i++) {
        const jx_score_cell *cell = g_ptr_array_index(tree->cells, i);
        const jx_score_tally *t = &cell->tally;
        double f1 = jx_score_f1(&t->loose), strict = jx_score_f1(&t->strict);
        double min_f1 = target_f1, min_strict = target_strict;
        char *key = g_strdup_printf("%s/%s", cell->converter, cell->family);
        const double *floor = floors ? g_hash_table_lookup(floors, key) : NULL;
        g_free(key);
        if (floor) {
            min_f1 = floor[0];
            min_strict = floor[1];
        }
        if (t->documents == 0) {
            if (report)
                g_string_append_printf(report, "%s/%s: no document with expected records\n",
                                       cell->converter, cell->family);
            ok = FALSE;
            continue;
        }
        if (f1 < min_f1 || strict < min_strict) {
            if (report) {
                g_string_append_printf(report, "%s/%s:", cell->converter, cell->family);
                if (f1 < min_f1)
                    g_string_append_printf(report, " F1 %.4f below %.4f;", f1, min_f1);
                if (strict < min_strict)
                    g_string_append_printf(report, " strict F1 %.4f below %.4f;", strict,
                                           min_strict);
                g_string_truncate(report, report->len - 1);
                g_string_append_c(report, '\n');
            }
            ok = FALSE;
        }
        for (guint k = 0; k < cell->docs->len; k++) {
            const jx_score_doc *doc = g_ptr_array_index(cell->docs, k);
            if (doc->error && g_str_has_prefix(doc->error, "cannot read the expected")) {
                if (report)
                    g_string_append_printf(report, "%s: %s\n", doc->label, doc->error);
                ok = FALSE;
            }
        }
    }
    return ok;
}

/* Orders documents by their number of problems, most first, then by label. */
static gint worse_first(gconstpointer a, gconstpointer b)
{
    const jx_score_doc *x = *(const jx_score_doc *const *)a, *y = *(const jx_score_doc *const *)b;
    if (x->problems->len != y->problems->len)
        return x->problems->len > y->problems->len ? -1 : 1;
    return strcmp(x->label, y->label);
}

/* Per-document problem lines (see score.h). */
void jx_score_tree_list(const jx_score_tree *tree, gboolean worst_first, guint max_docs,
                        guint max_lines, GString *out)
{
    GPtrArray *bad = g_ptr_array_new();
    for (guint i = 0; i < tree->cells->len; i++) {
        const jx_score_cell *cell = g_ptr_array_index(tree->cells, i);
        for (guint k = 0; k < cell->docs->len; k++) {
            jx_score_doc *doc = g_ptr_array_index(cell->docs, k);
            if (doc->problems->len)
                g_ptr_array_add(bad, doc);
        }
    }
    if (worst_first)
        g_ptr_array_sort(bad, worse_first);
    guint shown_docs = max_docs && max_docs < bad->len ? max_docs : bad->len;
    for (guint i = 0; i < shown_docs; i++) {
        const jx_score_doc *doc = g_ptr_array_index(bad, i);
        const jx_score_tally *t = &doc->tally;
        g_string_append_printf(out,
                               "%s: %u problems (loose tp %u fp %u fn %u; strict tp %u fp %u fn "
                               "%u; doc fields %u/%u)\n",
                               doc->label, doc->problems->len, t->loose.tp, t->loose.fp,
                               t->loose.fn, t->strict.tp, t->strict.fp, t->strict.fn,
                               t->fields_right, t->fields_total);
        guint n = max_lines && max_lines < doc->problems->len ? max_lines : doc->problems->len;
        for (guint k = 0; k < n; k++)
            g_string_append_printf(out, "    %s\n", (char *)g_ptr_array_index(doc->problems, k));
        if (n < doc->problems->len)
            g_string_append_printf(out, "    … and %u more\n", doc->problems->len - n);
    }
    if (shown_docs < bad->len)
        g_string_append_printf(out, "… and %u more documents with problems\n",
                               bad->len - shown_docs);
    g_ptr_array_unref(bad);
}
