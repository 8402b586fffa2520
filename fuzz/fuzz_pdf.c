/*
 * fuzz_pdf.c — libFuzzer target for the PDF path: bytes → jx_extract_bytes
 * (Poppler, the rule finder, ruled and borderless tables, unreadable-page
 * detection) → jx_parse_source → jx_record_to_json, then jx_pdf_show on
 * the same bytes (the page analysis drawn to a PNG that goes nowhere).
 *
 * The seeds (corpus/pdf, made by corpus/pdf/make_seeds.py) are small and
 * uncompressed so that mutations land in content streams and object
 * syntax rather than in deflated bytes.  Poppler itself is not
 * instrumented: what this finds is ours — a crash, leak or undefined
 * behaviour on whatever Poppler hands back — or a hang (-timeout).
 * Any input must come back as a source or a GError that says why.
 */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "jixiao.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The input as a file jx_pdf_show can open, kept in memory (memfd): its
 * /proc path in `path`; -1 when the kernel refuses. */
static int input_as_file(const uint8_t *data, size_t size, char *path, size_t cap)
{
    int fd = memfd_create("fuzz.pdf", 0);
    if (fd < 0)
        return -1;
    if (write(fd, data, size) != (ssize_t)size) {
        close(fd);
        return -1;
    }
    snprintf(path, cap, "/proc/self/fd/%d", fd);
    return fd;
}

static void show_first_page(const uint8_t *data, size_t size)
{
    char path[64];
    int fd = input_as_file(data, size, path, sizeof path);
    if (fd < 0)
        return;
    GError *error = NULL;
    if (!jx_pdf_show(path, 1, "/dev/null", &error)) {
        if (!error || !error->message || !*error->message)
            __builtin_trap(); /* every failure must say why */
        g_error_free(error);
    }
    close(fd);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    GError *error = NULL;
    jx_source *src = jx_extract_bytes("fuzz.pdf", "fuzz.pdf", data, size, &error);
    if (!src) {
        if (!error || !error->message || !*error->message)
            __builtin_trap();
        g_error_free(error);
    } else {
        jx_record_list *records = jx_parse_source(src);
        for (guint i = 0; records && i < jx_record_list_length(records); i++)
            g_free(jx_record_to_json(jx_record_list_get(records, i)));
        jx_record_list_free(records);
        jx_source_free(src);
    }
    show_first_page(data, size);
    return 0;
}
