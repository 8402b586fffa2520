/*
 * pdflib.c — Poppler's GLib API and cairo, loaded when the first PDF is
 * opened (see pdflib.h for why they are not linked).
 */
#include "extract/pdflib.h"

#include "core/core.h"

#include <gmodule.h>
#include <stddef.h>

/* The sonames, the installed libraries' own as the build found them
 * (CMakeLists.txt: jx_soname_of): Debian 12's libpoppler-glib.so.8 and
 * libcairo.so.2. */
#define POPPLER_GLIB_SONAME JX_POPPLER_GLIB_SONAME
#define CAIRO_SONAME JX_CAIRO_SONAME

/* Where each call is found in jx_pdflib, by its name. */
static const struct {
    const char *name;
    size_t offset;
} pdflib_calls[] = {
#define JX_PDFLIB_SLOT(name) {#name, offsetof(jx_pdflib, name)},
    JX_PDFLIB_CALLS(JX_PDFLIB_SLOT)
#undef JX_PDFLIB_SLOT
};

/* What loading found: the calls, or what was missing and why. */
typedef struct {
    jx_pdflib calls;
    gboolean ok;
    char *missing; /* on failure: the library or call not found, and the loader's reason */
} pdflib_loaded;

/* Opens `soname` for good; NULL when it cannot be loaded. */
static GModule *open_resident(const char *soname)
{
    /* local: the libraries' symbols stay out of the process's global scope
     * (Poppler still finds the reader's cairo_show_glyphs there first) */
    GModule *m = g_module_open(soname, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
    if (m)
        g_module_make_resident(m);
    return m;
}

/* Loads both libraries and resolves every call; a call is looked up in
 * cairo's library when its name begins with "cairo_", else in Poppler's
 * (each handle's lookup is the library itself first: cairo's own
 * cairo_show_glyphs, not the reader's). */
static pdflib_loaded *load_libraries(void)
{
    pdflib_loaded *l = g_new0(pdflib_loaded, 1);
    GModule *poppler = open_resident(POPPLER_GLIB_SONAME);
    GModule *cairo = poppler ? open_resident(CAIRO_SONAME) : NULL;
    if (!poppler || !cairo) {
        l->missing = g_strdup_printf("%s not found: %s",
                                     poppler ? CAIRO_SONAME : POPPLER_GLIB_SONAME, g_module_error());
        return l;
    }
    for (gsize i = 0; i < G_N_ELEMENTS(pdflib_calls); i++) {
        const char *name = pdflib_calls[i].name;
        gpointer *slot = (gpointer *)((char *)&l->calls + pdflib_calls[i].offset);
        GModule *from = g_str_has_prefix(name, "cairo_") ? cairo : poppler;
        if (!g_module_symbol(from, name, slot) || !*slot) {
            l->missing = g_strdup_printf("%s lacks %s", g_module_name(from), name);
            return l;
        }
    }
    l->ok = TRUE;
    return l;
}

/* See pdflib.h. */
const jx_pdflib *jx_pdflib_load(GError **error)
{
    /* set once per process, read-only after: what every later PDF finds */
    static pdflib_loaded *loaded;
    if (g_once_init_enter(&loaded))
        g_once_init_leave(&loaded, load_libraries());
    if (loaded->ok)
        return &loaded->calls;
    g_set_error(error, JX_ERROR, JX_ERROR_UNSUPPORTED,
                "reading PDFs needs Poppler's GLib library and cairo (%s); install them, "
                "e.g. apt-get install libpoppler-glib8 libcairo2",
                loaded->missing);
    return NULL;
}
