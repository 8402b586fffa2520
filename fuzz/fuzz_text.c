/*
 * fuzz_text.c — libFuzzer target for the text path: bytes → jx_extract_bytes
 * (decode, sniff, split) → jx_parse_source → jx_record_to_json, and the
 * checker (jx_check_records, jx_check_format_text) on the records.
 *
 * Any input must come back as a source or a GError, never a crash, a leak
 * or undefined behaviour; everything allocated is freed so LeakSanitizer
 * can hold each stage to its ownership rules.
 */
#include <stddef.h>
#include <stdint.h>

#include "fuzz_check.h"
#include "jixiao.h"

/* libFuzzer entry point: one input, no state kept between calls. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    GError *error = NULL;
    jx_source *src = jx_extract_bytes("fuzz.txt", "fuzz.txt", data, size, &error);
    if (!src) {
        /* every failure must say why */
        if (!error || !error->message || !*error->message)
            __builtin_trap();
        g_error_free(error);
        return 0;
    }
    /* To fuzz extract alone (e.g. while parse/ does not link), comment out
     * from here to jx_record_list_free. */
    jx_record_list *records = jx_parse_source(src);
    for (guint i = 0; records && i < jx_record_list_length(records); i++) {
        char *json = jx_record_to_json(jx_record_list_get(records, i));
        g_free(json);
    }
    /* The checker on whatever the parser made of it. */
    fuzz_check_document(records);
    jx_record_list_free(records);
    jx_source_free(src);
    return 0;
}
