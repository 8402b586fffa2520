/*
 * source.c — an extracted input: ordered blocks (lines and grids) and what
 * extraction learnt about the file.
 */
#include "core.h"

#include <stdarg.h>

void jx_block_free(jx_block *block)
{
    if (!block)
        return;
    g_free(block->text);
    jx_grid_free(block->grid);
    g_free(block);
}

jx_source *jx_source_new(const char *name, const char *path, const char *format)
{
    jx_source *src = g_new0(jx_source, 1);
    src->name = g_strdup(name ? name : "-");
    src->path = g_strdup(path ? path : "-");
    src->format = g_strdup(format ? format : "text");
    src->blocks = g_ptr_array_new_with_free_func((GDestroyNotify)jx_block_free);
    src->warnings = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(src->warnings, NULL); /* kept NULL-terminated */
    return src;
}

void jx_source_free(jx_source *src)
{
    if (!src)
        return;
    g_free(src->name);
    g_free(src->path);
    g_free(src->sha256);
    g_free(src->format);
    g_free(src->encoding);
    g_ptr_array_unref(src->blocks);
    g_ptr_array_unref(src->warnings);
    g_free(src->unreadable);
    g_free(src);
}

void jx_source_set_encoding(jx_source *src, const char *encoding)
{
    g_free(src->encoding);
    src->encoding = g_strdup(encoding);
}

void jx_source_set_sha256(jx_source *src, const char *hex)
{
    g_free(src->sha256);
    src->sha256 = g_strdup(hex);
}

void jx_source_set_consumer(jx_source *src, jx_block_fn fn, gpointer data)
{
    src->consumer = fn;
    src->consumer_data = data;
}

static void add_block(jx_source *src, jx_block *block)
{
    if (src->consumer)
        src->consumer(block, src->consumer_data);
    else
        g_ptr_array_add(src->blocks, block);
}

void jx_source_add_line(jx_source *src, const char *text, int line, int page)
{
    jx_block *block = g_new0(jx_block, 1);
    block->kind = JX_BLOCK_LINE;
    block->text = g_strdup(text ? text : "");
    block->line = line;
    block->page = page;
    add_block(src, block);
}

void jx_source_add_grid(jx_source *src, jx_grid *grid, int line, int page)
{
    jx_block *block = g_new0(jx_block, 1);
    block->kind = JX_BLOCK_GRID;
    block->grid = grid;
    block->line = line;
    block->page = page;
    add_block(src, block);
}

void jx_source_add_warning(jx_source *src, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    /* replace the terminating NULL, then terminate again */
    g_ptr_array_index(src->warnings, src->warnings->len - 1) = msg;
    g_ptr_array_add(src->warnings, NULL);
}

guint jx_source_n_warnings(const jx_source *src)
{
    return src->warnings->len - 1;
}

void jx_source_truncate_warnings(jx_source *src, guint n)
{
    if (n >= src->warnings->len - 1)
        return;
    /* the array frees what it drops, the NULL terminator included */
    g_ptr_array_remove_range(src->warnings, n, src->warnings->len - n);
    g_ptr_array_add(src->warnings, NULL);
}

const char *jx_source_name(const jx_source *src) { return src->name; }
const char *jx_source_path(const jx_source *src) { return src->path; }
const char *jx_source_sha256(const jx_source *src) { return src->sha256; }
const char *jx_source_format(const jx_source *src) { return src->format; }
const char *jx_source_encoding(const jx_source *src) { return src->encoding; }
int jx_source_pages(const jx_source *src) { return src->pages; }
guint jx_source_n_blocks(const jx_source *src) { return src->blocks->len; }

static const jx_block *block_at(const jx_source *src, guint i)
{
    return i < src->blocks->len ? g_ptr_array_index(src->blocks, i) : NULL;
}

jx_block_kind jx_source_block_kind(const jx_source *src, guint i)
{
    const jx_block *b = block_at(src, i);
    return b ? b->kind : JX_BLOCK_LINE;
}

const char *jx_source_block_text(const jx_source *src, guint i)
{
    const jx_block *b = block_at(src, i);
    return b && b->kind == JX_BLOCK_LINE ? b->text : NULL;
}

const jx_grid *jx_source_block_grid(const jx_source *src, guint i)
{
    const jx_block *b = block_at(src, i);
    return b && b->kind == JX_BLOCK_GRID ? b->grid : NULL;
}

int jx_source_block_line(const jx_source *src, guint i)
{
    const jx_block *b = block_at(src, i);
    return b ? b->line : 0;
}

int jx_source_block_page(const jx_source *src, guint i)
{
    const jx_block *b = block_at(src, i);
    return b ? b->page : 0;
}

const char *const *jx_source_warnings(const jx_source *src)
{
    return (const char *const *)src->warnings->pdata;
}
