/*
 * facts.c — what a cell's text is, worked out once per distinct text:
 * tables repeat their labels, units, operators and placeholders on every row,
 * and a row is looked at more than once while tables are found (is it a
 * header? a note? does the grid continue the table?), then again by the
 * document builder (is it a metadata key?), which shares the memo.  Keyed by
 * the raw text; bounded, so a long document's distinct names do not pile up.
 */
#include "parse/parse.h"

#include <string.h>

/* Distinct cell texts the memo keeps before it starts over: labels, units and
 * operators come back within a table, while a long document's names never
 * do, and the memo must not grow with the document. */
#define MEMO_MAX_TEXTS 4096

/* Slots of the memo's front (2^FRONT_BITS): the table finder, the header
 * reader and the document builder ask of the same cell texts, at the same
 * addresses, the builder after the finder has read the whole grid; the
 * cells of a table of a thousand rows by eight columns fit (1024 slots
 * kept too few of a long table's cells to answer the builder). */
#define FRONT_SLOTS 8192
#define FRONT_BITS 13

struct jx_facts {
    GHashTable *by_text; /* raw text → jx_cell_facts* (owned; the key lives in
                            its entry's allocation, see new_entry) */
    /* The entry last found for a text at this address, by the address's
     * slot: a hit is checked against the entry's own text, so a text freed
     * and another put at its address finds nothing wrong, and hashing the
     * whole text again is skipped.  A slot counts only when made since
     * by_text last started over (its `age` is `age`): starting over is
     * frequent (a cell run's memo, per run) and must not touch every slot.
     * Made at the first lookup: a memo made for a reader the document does
     * not use is never asked. */
    struct front_slot {
        jx_cell_facts *facts;
        guint age;
    } *front;
    guint age;
    gboolean held;       /* see jx_facts_hold */
    gboolean lent;       /* the thread's memo, lent to a document (jx_facts_borrow) */
};

/* Frees an entry, its raw text and norm with it (new_entry). */
static void facts_free(gpointer p)
{
    jx_cell_facts *facts = p;
    g_free(facts->key_unit);
    g_free(facts);
}

/* A zeroed entry for `raw` with copies of `raw` (*key, the memo's key) and
 * of its normal form (facts->norm) in the entry's own allocation: one
 * allocation per distinct text, where there were three. */
static jx_cell_facts *new_entry(const char *raw, char **key)
{
    char *own;
    const char *norm = jx_norm_text_view(raw, &own);
    gsize raw_len = strlen(raw), norm_len = strlen(norm);
    jx_cell_facts *facts = g_malloc(sizeof *facts + raw_len + 1 + norm_len + 1);
    *facts = (jx_cell_facts){0};
    *key = (char *)(facts + 1);
    memcpy(*key, raw, raw_len + 1);
    facts->norm = *key + raw_len + 1;
    memcpy(facts->norm, norm, norm_len + 1);
    g_free(own);
    return facts;
}

jx_facts *jx_facts_new(void)
{
    jx_facts *m = g_new0(jx_facts, 1);
    m->by_text = g_hash_table_new_full(jx_norm_str_hash, g_str_equal, NULL, facts_free);
    m->age = 1; /* the zeroed slots are of no age */
    return m;
}

/* Empties the memo and its front (whose entries die with it). */
static void start_over(jx_facts *m)
{
    g_hash_table_remove_all(m->by_text);
    if (++m->age == 0) { /* wrapped: slots this old may count again */
        if (m->front)
            memset(m->front, 0, FRONT_SLOTS * sizeof *m->front);
        m->age = 1;
    }
}

void jx_facts_clear(jx_facts *m)
{
    start_over(m);
}

gboolean jx_facts_hold(jx_facts *m, gboolean held)
{
    gboolean was = m->held;
    m->held = held;
    return was;
}

void jx_facts_free(jx_facts *m)
{
    if (!m)
        return;
    g_hash_table_unref(m->by_text);
    g_free(m->front);
    g_free(m);
}

/* A thread's memo outlives its documents: the facts are the text's alone, and
 * the documents of one run share their labels, units and operators (the
 * memo's bound still holds). */
static GPrivate thread_facts = G_PRIVATE_INIT((GDestroyNotify)jx_facts_free);

jx_facts *jx_facts_borrow(void)
{
    jx_facts *m = g_private_get(&thread_facts);
    if (!m) {
        m = jx_facts_new();
        g_private_set(&thread_facts, m);
    }
    if (m->lent) /* a document read while another is: a memo of its own */
        return jx_facts_new();
    m->lent = TRUE;
    return m;
}

void jx_facts_give_back(jx_facts *m)
{
    if (m && m == g_private_get(&thread_facts)) {
        m->lent = FALSE;
        m->held = FALSE;
    } else {
        jx_facts_free(m);
    }
}

/* The raw text `facts` is the entry of (its memo key, see new_entry). */
static const char *entry_text(const jx_cell_facts *facts)
{
    return (const char *)(facts + 1);
}

/* The front slot of address `raw`: a multiplicative hash of the address. */
static gsize front_slot(const char *raw)
{
    return (gsize)(((guint64)(guintptr)raw * 0x9E3779B97F4A7C15ull) >> (64 - FRONT_BITS));
}

/* `facts`, kept in front slot `slot` of the memo's present age. */
static jx_cell_facts *remember(jx_facts *m, gsize slot, jx_cell_facts *facts)
{
    m->front[slot].facts = facts;
    m->front[slot].age = m->age;
    return facts;
}

jx_cell_facts *jx_facts_lookup(jx_facts *m, const char *raw)
{
    if (!m->front)
        m->front = g_new0(struct front_slot, FRONT_SLOTS);
    gsize slot = front_slot(raw);
    if (m->front[slot].age == m->age && strcmp(entry_text(m->front[slot].facts), raw) == 0)
        return m->front[slot].facts;
    jx_cell_facts *facts = g_hash_table_lookup(m->by_text, raw);
    if (facts)
        return remember(m, slot, facts);
    if (!m->held && g_hash_table_size(m->by_text) >= MEMO_MAX_TEXTS)
        start_over(m);
    char *key;
    facts = new_entry(raw, &key);
    facts->chars = g_utf8_strlen(facts->norm, -1);
    facts->unreadable = jx_norm_is_unreadable(facts->norm);
    facts->role = jx_header_word_role(facts->norm);
    facts->opens_rowhead = jx_header_opens_with_rowhead(facts->norm);
    g_hash_table_insert(m->by_text, key, facts);
    return remember(m, slot, facts);
}

const jx_cell_facts *jx_facts_of(jx_facts *m, const char *raw)
{
    jx_cell_facts *facts = jx_facts_lookup(m, raw);
    if (!facts->kind_known) {
        facts->kind =
            *facts->norm && !facts->unreadable ? jx_cell_classify(facts->norm) : JX_CK_EMPTY;
        facts->kind_known = TRUE;
    }
    return facts;
}
