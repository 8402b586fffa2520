/*
 * module.c — libraries loaded when first needed, their calls resolved by
 * name (see core.h).
 */
#include "core/core.h"

/* See core.h. */
GModule *jx_module_open_resident(const char *soname)
{
    GModule *m = g_module_open(soname, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
    if (m)
        g_module_make_resident(m);
    return m;
}

/* See core.h. */
const char *jx_module_bind(GModule *module, const jx_module_call *calls, gsize n,
                           const char *prefix, gpointer table)
{
    for (gsize i = 0; i < n; i++) {
        if (!g_str_has_prefix(calls[i].name, prefix))
            continue;
        gpointer *slot = (gpointer *)((char *)table + calls[i].offset);
        if (!g_module_symbol(module, calls[i].name, slot) || !*slot)
            return calls[i].name;
    }
    return NULL;
}

/* See core.h. */
char *jx_module_load(const char *soname, const jx_module_call *calls, gsize n, gpointer table)
{
    GModule *m = jx_module_open_resident(soname);
    if (!m)
        return g_strdup_printf("%s not found: %s", soname, g_module_error());
    const char *lacks = jx_module_bind(m, calls, n, "", table);
    return lacks ? g_strdup_printf("%s lacks %s", g_module_name(m), lacks) : NULL;
}
