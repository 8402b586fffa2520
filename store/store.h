/*
 * store.h — what the writers of store/ share.
 */
#ifndef JX_STORE_H
#define JX_STORE_H

#include "core/core.h"

/* Appends `s` as one RFC 4180 field: quoted when it holds a comma, a quote
 * or a line break, its quotes doubled. */
void jx_csv_append_field(GString *line, const char *s);

#endif /* JX_STORE_H */
