/* error.c — the JX_ERROR domain and the version string. */
#include "core.h"

G_DEFINE_QUARK(jx-error-quark, jx_error)

const char *jx_version(void)
{
    return JX_VERSION_STRING;
}
