/*
 * arena.c — a bump allocator for scratch arrays that die together (see
 * core.h).  GLib has string chunks for strings only; the row grouping and
 * label placement make numeric arrays by the thousand per table.
 */
#include "core.h"

#include <stdalign.h>
#include <stddef.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#define JX_ARENA_PER_ALLOCATION 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define JX_ARENA_PER_ALLOCATION 1
#endif
#endif

/* Every allocation starts at a multiple of this: enough for any type. */
#define ARENA_ALIGN alignof(max_align_t)

typedef struct arena_block {
    struct arena_block *next;
    alignas(max_align_t) unsigned char data[];
} arena_block;

struct jx_arena {
    arena_block *blocks; /* the current block first, then the older ones */
    gsize block_bytes;   /* data bytes of an ordinary block */
    gsize used;          /* bytes used in the current block */
    gsize cap;           /* data bytes of the current block (0: none yet) */
};

jx_arena *jx_arena_new(gsize block_bytes)
{
    jx_arena *arena = g_new0(jx_arena, 1);
    arena->block_bytes = MAX(block_bytes, 256);
    return arena;
}

void jx_arena_free(jx_arena *arena)
{
    if (!arena)
        return;
    for (arena_block *b = arena->blocks, *next; b; b = next) {
        next = b->next;
        g_free(b);
    }
    g_free(arena);
}

static arena_block *new_block(gsize bytes)
{
    arena_block *b = g_malloc(sizeof(arena_block) + bytes);
    b->next = NULL;
    return b;
}

gpointer jx_arena_alloc(jx_arena *arena, gsize bytes)
{
    g_return_val_if_fail(arena != NULL, NULL);
    gsize size = (MAX(bytes, 1) + ARENA_ALIGN - 1) & ~(gsize)(ARENA_ALIGN - 1);
#ifdef JX_ARENA_PER_ALLOCATION
    /* one block an allocation, behind the current one: ASan sees its end */
    arena_block *own = new_block(bytes);
    own->next = arena->blocks;
    arena->blocks = own;
    arena->cap = arena->used = 0;
    (void)size;
    return own->data;
#else
    if (size > arena->block_bytes / 4) {
        /* a large request: a block of its own behind the current one, which
         * keeps its room for the small requests to come */
        arena_block *own = new_block(size);
        if (arena->blocks) {
            own->next = arena->blocks->next;
            arena->blocks->next = own;
        } else {
            arena->blocks = own;
            arena->cap = arena->used = size;
        }
        return own->data;
    }
    if (arena->cap - arena->used < size) {
        arena_block *b = new_block(arena->block_bytes);
        b->next = arena->blocks;
        arena->blocks = b;
        arena->cap = arena->block_bytes;
        arena->used = 0;
    }
    gpointer p = arena->blocks->data + arena->used;
    arena->used += size;
    return p;
#endif
}

gpointer jx_arena_alloc0(jx_arena *arena, gsize bytes)
{
    gpointer p = jx_arena_alloc(arena, bytes);
    memset(p, 0, bytes);
    return p;
}

static gsize checked_size(gsize n, gsize size)
{
    if (size && n > G_MAXSIZE / size)
        g_error("jx_arena: overflow allocating %" G_GSIZE_FORMAT "*%" G_GSIZE_FORMAT " bytes", n,
                size);
    return n * size;
}

gpointer jx_arena_alloc_n(jx_arena *arena, gsize n, gsize size)
{
    return jx_arena_alloc(arena, checked_size(n, size));
}

gpointer jx_arena_alloc0_n(jx_arena *arena, gsize n, gsize size)
{
    return jx_arena_alloc0(arena, checked_size(n, size));
}
