/*
 * pipeline.c — the library entry points that chain the stages.
 *
 * Each stage knows only core types and the one before it hands over:
 * extract (bytes → jx_source), parse (jx_source → records), store (records →
 * output).  The functions that run a file through several stages live here,
 * above them all, so no stage calls another.
 */
#include "core/core.h"

/* See jixiao.h: jx_extract_path, then jx_parse_source on what it read. */
jx_record_list *jx_parse_path(const char *path, gsize max_bytes, GError **error)
{
    jx_source *src = jx_extract_path(path, max_bytes, error);
    if (!src)
        return NULL;
    jx_record_list *list = jx_parse_source(src);
    jx_source_free(src);
    return list;
}
