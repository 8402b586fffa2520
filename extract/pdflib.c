/*
 * pdflib.c — Poppler's GLib API and cairo, loaded when the first PDF is
 * opened (see pdflib.h for why they are not linked).
 */
#include "extract/pdflib.h"

#include "core/core.h"

#include <stddef.h>

/* The sonames, the installed libraries' own as the build found them
 * (CMakeLists.txt: jx_soname_of): Debian 12's libpoppler-glib.so.8 and
 * libcairo.so.2. */
#define POPPLER_GLIB_SONAME JX_POPPLER_GLIB_SONAME
#define CAIRO_SONAME JX_CAIRO_SONAME

/* Where each call is found in jx_pdflib, by its name. */
static const jx_module_call pdflib_calls[] = {
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

/* Loads both libraries and resolves every call: Poppler's (poppler_…) from
 * Poppler's library, cairo's (cairo_…) from cairo's (each handle's lookup is
 * the library itself first: cairo's own cairo_show_glyphs, not the
 * reader's). */
static pdflib_loaded *load_libraries(void)
{
    pdflib_loaded *l = g_new0(pdflib_loaded, 1);
    GModule *poppler = jx_module_open_resident(POPPLER_GLIB_SONAME);
    GModule *cairo = poppler ? jx_module_open_resident(CAIRO_SONAME) : NULL;
    if (!poppler || !cairo) {
        l->missing = g_strdup_printf("%s not found: %s",
                                     poppler ? CAIRO_SONAME : POPPLER_GLIB_SONAME, g_module_error());
        return l;
    }
    const struct {
        GModule *module;
        const char *prefix;
    } from[] = {{poppler, "poppler_"}, {cairo, "cairo_"}};
    for (gsize k = 0; k < G_N_ELEMENTS(from); k++) {
        const char *lacks = jx_module_bind(from[k].module, pdflib_calls,
                                           G_N_ELEMENTS(pdflib_calls), from[k].prefix, &l->calls);
        if (lacks) {
            l->missing = g_strdup_printf("%s lacks %s", g_module_name(from[k].module), lacks);
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
