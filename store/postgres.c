/*
 * postgres.c — the PostgreSQL backend (libpq).  Not in this build yet: the
 * URI is refused with a message saying so, rather than taken for a file name.
 */
#include "store/db.h"

jx_db *jx_db_open_postgres(const char *uri, GError **error)
{
    g_set_error(error, JX_ERROR, JX_ERROR_UNSUPPORTED,
                "%s: PostgreSQL is not supported by this build yet; use a SQLite file (--db FILE)",
                uri);
    return NULL;
}
