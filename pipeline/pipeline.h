/*
 * pipeline.h — the stage-chaining entry points, with the knob tests need.
 */
#ifndef JX_PIPELINE_H
#define JX_PIPELINE_H

#include "core/core.h"

/* Decoded text larger than this is read in passes (jx_stream) so that memory
 * stays bounded by the largest table; smaller text is split once and held,
 * which is faster (table finding runs once, not twice).  4 MiB of text is a
 * very large single document, and holding it costs about 130 MiB. */
#define JX_STREAM_ABOVE_BYTES ((gsize)4 << 20)

/*
 * jx_parse_path_to_sink with the streaming threshold given: text longer than
 * `stream_above` bytes is read in passes (0 streams every file).  The records
 * written are the same either way.
 */
gboolean jx_pipeline_run(const char *path, gsize max_bytes, jx_sink *sink, gsize stream_above,
                         GError **error);

/*
 * jx_pipeline_run for a file whose SHA-256 the caller knows already (lowercase
 * hex; NULL: computed as usual): the importer hashes every file before it
 * decides to parse it, and its workers need not hash the bytes again.
 */
gboolean jx_pipeline_run_hashed(const char *path, const char *sha256, gsize max_bytes,
                                jx_sink *sink, gsize stream_above, GError **error);

/*
 * jx_pipeline_run_hashed with each record handed over to `take`
 * (jx_record_take_fn: it owns the record) instead of written to a sink: the
 * importer's worker keeps a document's records for the checker, and a copy
 * of each was a tenth of what the worker does beyond parsing.  FALSE with
 * `error` set as jx_pipeline_run_hashed: JX_ERROR_OUTPUT when `take`
 * stopped it, JX_ERROR_PARTIAL when every record was handed over but some
 * pages could not be read.
 */
gboolean jx_pipeline_run_giving(const char *path, const char *sha256, gsize max_bytes,
                                jx_record_take_fn take, gpointer data, gsize stream_above,
                                GError **error);

/* strcmp of two `char *` in a GPtrArray (g_ptr_array_sort): the order
 * jx_files_under gives, which an import's shards cut the same everywhere. */
int jx_compare_paths(gconstpointer a, gconstpointer b);

#endif /* JX_PIPELINE_H */
