/*
 * pdflib.h — the Poppler (GLib API) and cairo calls the PDF reader makes,
 * resolved from the libraries when the first PDF is opened.
 *
 * The two libraries are loaded (GModule), not linked: with their own
 * dependencies (libpoppler, NSS, libtiff, libjpeg, lcms, X11, FreeType …)
 * they were about half of every process's start-up relocations, some 19 M
 * instructions that each `jixiao parse` of a text dump paid for a reader it
 * never used.  The headers still give the types.
 */
#ifndef JX_EXTRACT_PDFLIB_H
#define JX_EXTRACT_PDFLIB_H

#include <cairo.h>
#include <glib.h>
#include <poppler.h>

/* Every call extract/pdf.c makes into Poppler or cairo: one list, for the
 * struct that holds them and the table that resolves them by name (each
 * name's prefix, poppler_ or cairo_, says the library it is found in).
 * cairo_show_glyphs and cairo_glyph_path here are cairo's own, which the
 * reader's definitions of those names hand on to (see pdf.c). */
#define JX_PDFLIB_CALLS(X) \
    X(poppler_document_new_from_bytes) X(poppler_document_get_n_pages) \
    X(poppler_document_get_page) X(poppler_error_quark) X(poppler_page_get_size) \
    X(poppler_page_get_text) X(poppler_page_get_text_layout) X(poppler_page_render) \
    X(poppler_page_get_image_mapping) X(poppler_page_free_image_mapping) \
    X(poppler_page_get_annot_mapping) X(poppler_page_free_annot_mapping) \
    X(poppler_annot_get_annot_type) \
    X(cairo_create) X(cairo_destroy) X(cairo_scale) X(cairo_set_user_data) \
    X(cairo_get_user_data) X(cairo_set_source_rgba) X(cairo_set_line_width) X(cairo_move_to) \
    X(cairo_line_to) X(cairo_rectangle) X(cairo_stroke) X(cairo_show_glyphs) \
    X(cairo_glyph_path) X(cairo_format_stride_for_width) X(cairo_image_surface_create_for_data) \
    X(cairo_image_surface_get_data) X(cairo_image_surface_get_width) \
    X(cairo_image_surface_get_height) X(cairo_image_surface_get_stride) \
    X(cairo_surface_set_user_data) X(cairo_surface_flush) X(cairo_surface_destroy) \
    X(cairo_surface_write_to_png) X(cairo_status_to_string)

/* The calls, resolved from the loaded libraries (each member has the type
 * of the function it is named after). */
typedef struct {
#define JX_PDFLIB_MEMBER(name) __typeof__(name) *name;
    JX_PDFLIB_CALLS(JX_PDFLIB_MEMBER)
#undef JX_PDFLIB_MEMBER
} jx_pdflib;

/*
 * The calls, the libraries loaded on the first call of the process (and
 * kept: Poppler's and NSS's exit handlers would otherwise run into an
 * unmapped library); thread-safe.  NULL with `error` set
 * (JX_ERROR_UNSUPPORTED) when a library is not installed or lacks a call;
 * `error` may be NULL.
 */
const jx_pdflib *jx_pdflib_load(GError **error);

#endif
