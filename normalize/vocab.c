/*
 * vocab.c — looking words up in vocabulary tables (arrays of words: the units
 * of running text, the budget and spent words of prose, closers, fillers …).
 * The tables stay with the code that owns their meaning; the lookups are one.
 */
#include "normalize/normalize.h"

#include <string.h>

gboolean jx_norm_listed(const char *s, const char *const *list, gsize n)
{
    if (!s)
        return FALSE;
    for (gsize i = 0; i < n; i++)
        if (list[i][0] == s[0] && strcmp(list[i], s) == 0) /* most differ at once */
            return TRUE;
    return FALSE;
}

gboolean jx_norm_holds_listed(const char *s, const char *const *list, gsize n)
{
    for (gsize i = 0; s && i < n; i++)
        if (strstr(s, list[i]))
            return TRUE;
    return FALSE;
}

gsize jx_norm_prefix_listed(const char *s, const char *const *list, gsize n)
{
    gsize best = 0;
    if (!s || !*s)
        return 0;
    for (gsize i = 0; i < n; i++) {
        if (!jx_norm_may_start(list[i], s)) /* called at every byte of a line */
            continue;
        gsize l = strlen(list[i]);
        if (l > best && strncmp(s, list[i], l) == 0)
            best = l;
    }
    return best;
}
