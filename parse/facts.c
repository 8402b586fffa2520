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

/* Slots the table of texts starts with, a power of two (made at its first
 * entry: a memo made for a reader the document never asks costs no table),
 * and the fewest slots it keeps an entry: it doubles rather than be more
 * than half full, so that a probe's run of taken slots stays short. */
#define TABLE_START_SLOTS 256
#define TABLE_SLOTS_PER_ENTRY 2

struct jx_facts {
    /* raw text → entry, open addressing with linear probing: each slot an
     * entry (owned; its text lives in its allocation, see new_entry) and the
     * text's hash beside it, so that a probe compares a text only where the
     * hashes agree.  GLib's table cost a call per hash and per comparison,
     * about 150 instructions a lookup, at every text a grid's reader asks
     * first at a new address (most of them). */
    jx_cell_facts **slot;
    guint *slot_hash;
    guint *used;  /* the taken slots, in the order taken: starting over
                     empties them alone, not the whole table */
    guint cap;    /* slots (0 until the first entry), a power of two */
    guint count;  /* entries */
    /* The entry last found for a text at this address, by the address's
     * slot: a hit is checked against the entry's own text, so a text freed
     * and another put at its address finds nothing wrong, and hashing the
     * whole text again is skipped.  A slot counts only when made since
     * the table last started over (its `age` is `age`): starting over is
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
    m->age = 1; /* the zeroed slots are of no age */
    return m;
}

/* Empties the memo and its front (whose entries die with it). */
static void start_over(jx_facts *m)
{
    for (guint k = 0; k < m->count; k++) {
        facts_free(m->slot[m->used[k]]);
        m->slot[m->used[k]] = NULL;
    }
    m->count = 0;
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
    start_over(m);
    g_free(m->slot);
    g_free(m->slot_hash);
    g_free(m->used);
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

/* The slot of text `raw` (hash `h`) in the table: its entry's, or the empty
 * slot where it goes.  The table has a free slot (grow_table). */
static guint table_slot(const jx_facts *m, const char *raw, guint h)
{
    guint mask = m->cap - 1, at = h & mask;
    while (m->slot[at] && (m->slot_hash[at] != h || strcmp(entry_text(m->slot[at]), raw) != 0))
        at = (at + 1) & mask;
    return at;
}

/* Makes room for one more entry: the table made, or doubled when that entry
 * would leave fewer than TABLE_SLOTS_PER_ENTRY slots an entry (the taken
 * slots moved in the order they were taken; the entries themselves stay
 * where they are, so pointers to them stay valid). */
static void grow_table(jx_facts *m)
{
    if (m->cap && (m->count + 1) * TABLE_SLOTS_PER_ENTRY <= m->cap)
        return;
    guint cap = m->cap ? m->cap * 2 : TABLE_START_SLOTS;
    jx_cell_facts **slot = m->slot;
    guint *slot_hash = m->slot_hash, *used = m->used;
    m->slot = g_new0(jx_cell_facts *, cap);
    m->slot_hash = g_new(guint, cap);
    m->used = g_new(guint, cap);
    m->cap = cap;
    for (guint k = 0; k < m->count; k++) {
        guint h = slot_hash[used[k]];
        guint at = table_slot(m, entry_text(slot[used[k]]), h);
        m->slot[at] = slot[used[k]];
        m->slot_hash[at] = h;
        m->used[k] = at;
    }
    g_free(slot);
    g_free(slot_hash);
    g_free(used);
}

jx_cell_facts *jx_facts_lookup(jx_facts *m, const char *raw)
{
    if (!m->front)
        m->front = g_new0(struct front_slot, FRONT_SLOTS);
    gsize slot = front_slot(raw);
    if (m->front[slot].age == m->age && strcmp(entry_text(m->front[slot].facts), raw) == 0)
        return m->front[slot].facts;
    guint h = jx_norm_str_hash(raw);
    if (m->count) {
        jx_cell_facts *facts = m->slot[table_slot(m, raw, h)];
        if (facts)
            return remember(m, slot, facts);
    }
    if (!m->held && m->count >= MEMO_MAX_TEXTS)
        start_over(m);
    grow_table(m);
    char *key;
    jx_cell_facts *facts = new_entry(raw, &key);
    facts->chars = g_utf8_strlen(facts->norm, -1);
    facts->unreadable = jx_norm_is_unreadable(facts->norm);
    facts->role = jx_header_word_role(facts->norm);
    facts->opens_rowhead = jx_header_opens_with_rowhead(facts->norm);
    guint at = table_slot(m, raw, h);
    m->slot[at] = facts;
    m->slot_hash[at] = h;
    m->used[m->count++] = at;
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
