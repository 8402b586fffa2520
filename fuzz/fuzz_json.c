/*
 * fuzz_json.c — libFuzzer target for the record reader (store/json_read.c):
 * what the importer reads from its workers, and jx_record_from_json.
 *
 * The input is split into lines; one jx_json_reader reads them all, as the
 * importer does (it predicts each key from the key that followed it on
 * earlier lines), and each line is read again by a fresh reader.  Held to:
 *   - never a crash, a leak or undefined behaviour; a failure says why;
 *   - the shared reader and a fresh one agree on every line (what the
 *     reader learnt of earlier lines never changes what a line means);
 *   - a record read writes back (jx_record_to_json) to a line that reads
 *     again to the same record, whose JSON is the same: the writer's output
 *     is a fixed point of the reader.
 * Then the records read, as one document's, go through the consistency
 * checker and its text report: the importer runs the checker in its own
 * process, where a crash would stop the whole import, on records that any
 * document can shape (figures, weights, labels the parser copied).
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "fuzz_check.h"
#include "jixiao.h"

/* libFuzzer entry point: one input, no state kept between calls. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A failure must carry a message. */
static void said_why(GError *error)
{
    if (!error || !error->message || !*error->message)
        __builtin_trap();
}

/* Reads one line both ways and checks the properties above; the record
 * read goes to `doc`. */
static void read_line(jx_json_reader *shared, const char *line, gsize len, jx_record_list *doc)
{
    GError *e1 = NULL, *e2 = NULL;
    jx_record *a = jx_json_reader_read(shared, line, (gssize)len, &e1);
    jx_record *b = jx_record_from_json(line, (gssize)len, &e2);
    if ((a == NULL) != (b == NULL))
        __builtin_trap();
    if (!a) {
        said_why(e1);
        said_why(e2);
        g_error_free(e1);
        g_error_free(e2);
        return;
    }
    char *ja = jx_record_to_json(a), *jb = jx_record_to_json(b);
    if (strcmp(ja, jb) != 0)
        __builtin_trap();
    GError *e3 = NULL;
    jx_record *c = jx_record_from_json(ja, -1, &e3);
    if (!c)
        __builtin_trap(); /* the writer's own line must read */
    char *jc = jx_record_to_json(c);
    if (strcmp(ja, jc) != 0)
        __builtin_trap();
    g_free(ja);
    g_free(jb);
    g_free(jc);
    jx_record_list_append(doc, a);
    jx_record_free(b);
    jx_record_free(c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jx_json_reader *shared = jx_json_reader_new();
    jx_record_list *doc = jx_record_list_new();
    const char *p = (const char *)data, *end = p + size;
    while (p < end) {
        const char *nl = memchr(p, '\n', (gsize)(end - p));
        const char *stop = nl ? nl : end;
        read_line(shared, p, (gsize)(stop - p), doc);
        p = stop + (nl != NULL);
    }
    jx_json_reader_free(shared);
    fuzz_check_document(doc);
    jx_record_list_free(doc);
    return 0;
}
