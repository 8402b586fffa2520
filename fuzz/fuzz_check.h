/*
 * fuzz_check.h — what the fuzz targets do with the records they end with:
 * the consistency checker and its text report, everything freed, so that
 * LeakSanitizer holds the checker to its ownership rules too.
 */
#ifndef JX_FUZZ_CHECK_H
#define JX_FUZZ_CHECK_H

#include "jixiao.h"

/* Checks one document's `records` (any list, even NULL or odd records:
 * jx_check_records promises a list, never a crash). */
static inline void fuzz_check_document(const jx_record_list *records)
{
    jx_record_list *findings = jx_check_records(records);
    char *text = jx_check_format_text(NULL, records, findings);
    g_free(text);
    jx_record_list_free(findings);
}

#endif /* JX_FUZZ_CHECK_H */
