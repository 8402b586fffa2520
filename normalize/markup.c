/*
 * markup.c — removes the debris that PDF-to-HTML/markdown converters leave in
 * cell text: HTML tags and entities, LaTeX math fragments, markdown emphasis.
 *
 * One left-to-right pass over the bytes: every piece of syntax handled here is
 * ASCII, so multi-byte UTF-8 sequences are copied through untouched, and text
 * produced by decoding (an entity, a LaTeX symbol) is never scanned again —
 * `&lt;p&gt;` stays the literal text `<p>`.
 */
#include "normalize/norm_internal.h"

#include <string.h>

/* HTML entities that real converter output contains; others stay literal. */
static const struct {
    const char *name;
    const char *text;
} entities[] = {
    {"nbsp", "\u00a0"},   {"amp", "&"},         {"lt", "<"},          {"gt", ">"},
    {"quot", "\""},       {"apos", "'"},        {"ensp", "\u2002"},   {"emsp", "\u2003"},
    {"thinsp", "\u2009"}, {"middot", "\u00b7"}, {"hellip", "\u2026"}, {"ldquo", "\u201c"},
    {"rdquo", "\u201d"},  {"lsquo", "\u2018"},  {"rsquo", "\u2019"},  {"mdash", "\u2014"},
    {"ndash", "\u2013"},  {"times", "\u00d7"},  {"divide", "\u00f7"}, {"ge", "\u2265"},
    {"le", "\u2264"},     {"ne", "\u2260"},     {"plusmn", "\u00b1"}, {"deg", "\u00b0"},
    {"yen", "\u00a5"},    {"permil", "\u2030"}, {"percnt", "%"},      {"copy", "\u00a9"},
    {"reg", "\u00ae"},    {"shy", "\u00ad"},    {"zwsp", "\u200b"},
};

/* Tags that end a line or a cell: replaced by a space so the text on both
 * sides stays apart (the space later disappears between CJK characters). */
static const char *const block_tags[] = {
    "p",  "br", "div", "tr", "td",    "th",    "li",    "ul",         "ol",  "table",
    "h1", "h2", "h3",  "h4", "h5",    "h6",    "hr",    "blockquote", "pre", "tbody",
    "thead", "tfoot", "section", "article", "caption", "dt", "dd", "dl",
};

/* What a LaTeX command becomes.  WRAP commands (\text{…}) keep only the text
 * of their argument; SPACE commands are spacing. */
typedef enum { TEX_SYMBOL, TEX_WRAP, TEX_SPACE, TEX_DROP } tex_kind;

static const struct {
    const char *name;
    tex_kind kind;
    const char *text;
} tex_commands[] = {
    {"geq", TEX_SYMBOL, "\u2265"},     {"ge", TEX_SYMBOL, "\u2265"},
    {"geqslant", TEX_SYMBOL, "\u2265"}, {"leq", TEX_SYMBOL, "\u2264"},
    {"le", TEX_SYMBOL, "\u2264"},      {"leqslant", TEX_SYMBOL, "\u2264"},
    {"neq", TEX_SYMBOL, "\u2260"},     {"ne", TEX_SYMBOL, "\u2260"},
    {"gt", TEX_SYMBOL, ">"},           {"lt", TEX_SYMBOL, "<"},
    {"times", TEX_SYMBOL, "\u00d7"},   {"div", TEX_SYMBOL, "\u00f7"},
    {"cdot", TEX_SYMBOL, "\u00b7"},    {"pm", TEX_SYMBOL, "\u00b1"},
    {"approx", TEX_SYMBOL, "\u2248"},  {"sim", TEX_SYMBOL, "~"},
    {"ldots", TEX_SYMBOL, "\u2026"},   {"cdots", TEX_SYMBOL, "\u2026"},
    {"dots", TEX_SYMBOL, "\u2026"},    {"infty", TEX_SYMBOL, "\u221e"},
    {"circ", TEX_SYMBOL, "\u00b0"},    {"degree", TEX_SYMBOL, "\u00b0"},
    {"permil", TEX_SYMBOL, "\u2030"},  {"text", TEX_WRAP, ""},
    {"mathrm", TEX_WRAP, ""},          {"textrm", TEX_WRAP, ""},
    {"mathbf", TEX_WRAP, ""},          {"textbf", TEX_WRAP, ""},
    {"mathit", TEX_WRAP, ""},          {"textit", TEX_WRAP, ""},
    {"operatorname", TEX_WRAP, ""},    {"mbox", TEX_WRAP, ""},
    {"mathsf", TEX_WRAP, ""},          {"textsf", TEX_WRAP, ""},
    {"rm", TEX_DROP, ""},              {"bf", TEX_DROP, ""},
    {"displaystyle", TEX_DROP, ""},    {"left", TEX_DROP, ""},
    {"right", TEX_DROP, ""},           {"quad", TEX_SPACE, " "},
    {"qquad", TEX_SPACE, " "},
};

/* Braces of a group whose delimiters are LaTeX syntax, not text. */
enum { BRACE_KEEP = 0, BRACE_DROP = 1 };


typedef struct {
    const char *s;      /* whole input */
    gsize last_dollar;  /* offset of the last `$`, or (gsize)-1 */
    gboolean math;      /* inside $…$ */
    const char *last_comment_end; /* the last `-->`, or NULL */
    GByteArray *braces; /* one entry per open `{` */
    gboolean quote_open; /* a plain `"` read as an opening curly quote is open */
    GString *out;
} scanner;

static gboolean is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static gboolean is_alnum(char c)
{
    return is_alpha(c) || (c >= '0' && c <= '9');
}

static gboolean is_block_tag(const char *name, gsize len)
{
    for (gsize i = 0; i < G_N_ELEMENTS(block_tags); i++)
        if (strlen(block_tags[i]) == len && g_ascii_strncasecmp(block_tags[i], name, len) == 0)
            return TRUE;
    return FALSE;
}

/*
 * Length of the HTML tag or comment starting at `p` (which is at a `<`), or 0
 * when it is not one: `<` must be followed by a letter (or `/letter`, `!`), and
 * the tag must close before the next `<`, so `<5%`, `a<b` and an unterminated
 * `<p` stay text and the scan stays linear.  *block tells whether the tag
 * separates text.
 */
static gsize html_tag_len(const scanner *sc, const char *p, gboolean *block)
{
    *block = FALSE;
    if (g_str_has_prefix(p, "<!--")) {
        /* without a later `-->` no comment can close: skip the search, which
         * would otherwise make `<!--<!--<!--…` quadratic */
        const char *end = sc->last_comment_end && p + 4 <= sc->last_comment_end
                              ? strstr(p + 4, "-->")
                              : NULL;
        return end ? (gsize)(end + 3 - p) : 0;
    }
    const char *q = p + 1;
    if (*q == '/')
        q++;
    if (!is_alpha(*q))
        return 0;
    const char *name = q;
    while (is_alnum(*q))
        q++;
    gsize name_len = (gsize)(q - name);
    if (*q != '>' && *q != '/' && *q != ' ' && *q != '\t' && *q != '\n' && *q != '\r')
        return 0;
    while (*q && *q != '>' && *q != '<')
        q++;
    if (*q != '>')
        return 0;
    *block = is_block_tag(name, name_len);
    return (gsize)(q + 1 - p);
}

/* Appends code point `c` when it is a valid Unicode scalar, else U+FFFD, so
 * that `&#0;` or `&#xD800;` can never produce invalid UTF-8. */
static void append_code_point(GString *out, guint64 c)
{
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = 0xFFFD;
    g_string_append_unichar(out, (gunichar)c);
}

/* Length of a numeric entity `&#NNN;` / `&#xHH;` at `p`, decoded into out, or 0. */
static gsize numeric_entity(const char *p, GString *out)
{
    const char *q = p + 2;
    gboolean hex = (*q == 'x' || *q == 'X');
    if (hex)
        q++;
    guint64 value = 0;
    int digits = 0;
    for (; g_ascii_isxdigit(*q) && (hex || g_ascii_isdigit(*q)); q++, digits++) {
        if (digits < 10)
            value = value * (hex ? 16 : 10) + (guint64)g_ascii_xdigit_value(*q);
    }
    if (digits == 0 || digits > 10 || *q != ';')
        return 0;
    append_code_point(out, value);
    return (gsize)(q + 1 - p);
}

/* Length of the entity at `p` (a `&`), decoded into out, or 0 when `p` does
 * not start a known entity (a bare `&` in `研发&转化` stays). */
static gsize html_entity(const char *p, GString *out)
{
    if (p[1] == '#')
        return numeric_entity(p, out);
    gsize n = 1;
    while (is_alnum(p[n]) && n < 16)
        n++;
    if (n == 1 || p[n] != ';')
        return 0;
    for (gsize i = 0; i < G_N_ELEMENTS(entities); i++) {
        if (strlen(entities[i].name) == n - 1 && strncmp(entities[i].name, p + 1, n - 1) == 0) {
            g_string_append(out, entities[i].text);
            return n + 1;
        }
    }
    return 0;
}

static const char *skip_blanks(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    return p;
}

/*
 * Handles the LaTeX command at `p` (a backslash).  Returns the bytes consumed,
 * or 0 when the command is unknown, in which case the backslash is ordinary
 * text (a Windows path, a stray escape).  The blanks that end a command name
 * are consumed with it, as TeX does.
 */
static gsize tex_command(scanner *sc, const char *p)
{
    char c = p[1];
    if (c == '\0')
        return 0;
    if (!is_alpha(c)) {
        switch (c) {
        case '%': case '$': case '&': case '#': case '_': case '{': case '}':
            g_string_append_c(sc->out, c);
            return 2;
        case ',': case ';': case ':': case ' ':
            g_string_append_c(sc->out, ' ');
            return 2;
        case '!':
            return 2;
        case '\n':
            return 2; /* markdown's hard line break: a wrapped cell */
        default:
            /* markdown escapes its own syntax: \* \> \[ \- \. … are the
             * characters themselves */
            if (g_ascii_ispunct(c)) {
                g_string_append_c(sc->out, c);
                return 2;
            }
            return 0;
        }
    }
    gsize n = 1;
    while (is_alpha(p[n]))
        n++;
    for (gsize i = 0; i < G_N_ELEMENTS(tex_commands); i++) {
        if (strlen(tex_commands[i].name) != n - 1 || strncmp(tex_commands[i].name, p + 1, n - 1) != 0)
            continue;
        g_string_append(sc->out, tex_commands[i].text);
        const char *after = tex_commands[i].kind == TEX_DROP ? p + n : skip_blanks(p + n);
        if (tex_commands[i].kind == TEX_WRAP && *after == '{') {
            guint8 drop = BRACE_DROP;
            g_byte_array_append(sc->braces, &drop, 1);
            after++;
        }
        return (gsize)(after - p);
    }
    return 0;
}

/* Handles a `{` or `}`: group braces of math mode and of \text{…} are syntax
 * and vanish; braces in ordinary text stay. */
static void brace(scanner *sc, char c)
{
    if (c == '{') {
        guint8 kind = sc->math ? BRACE_DROP : BRACE_KEEP;
        g_byte_array_append(sc->braces, &kind, 1);
        if (kind == BRACE_KEEP)
            g_string_append_c(sc->out, c);
        return;
    }
    if (sc->braces->len == 0) {
        g_string_append_c(sc->out, c);
        return;
    }
    guint8 kind = sc->braces->data[sc->braces->len - 1];
    g_byte_array_set_size(sc->braces, sc->braces->len - 1);
    if (kind == BRACE_KEEP)
        g_string_append_c(sc->out, c);
}

/*
 * Handles a `$` at offset `i`: it opens math only when another `$` follows
 * somewhere, so a lone `$` (a price) stays text.  Returns bytes consumed.
 */
static gsize dollar(scanner *sc, gsize i)
{
    gsize len = sc->s[i + 1] == '$' ? 2 : 1;
    if (sc->math) {
        sc->math = FALSE;
        return len;
    }
    if (sc->last_dollar != (gsize)-1 && sc->last_dollar >= i + len) {
        sc->math = TRUE;
        return len;
    }
    g_string_append_c(sc->out, '$');
    return 1;
}

/*
 * Handles a plain `"` at `p`.  Chinese text quotes with curly quotes; a plain
 * one touching an ideograph or CJK punctuation is a curly one written plain —
 * pandoc's markdown writer does that (its smart extension), so do ASCII-only
 * tools — and is read back as the curly one: opening or closing by turns
 * (an escaped `\"` is a literal plain quote and never comes here).  A plain
 * quote among Latin text stays as it is.  Returns bytes consumed (1).
 */
static gsize plain_quote(scanner *sc, const char *p)
{
    gunichar before = 0;
    if (sc->out->len)
        before = g_utf8_get_char_validated(
            g_utf8_find_prev_char(sc->out->str, sc->out->str + sc->out->len), -1);
    gunichar after = p[1] ? g_utf8_get_char_validated(p + 1, -1) : 0;
    gboolean cjk_before = before != (gunichar)-1 && before != (gunichar)-2 && jx_norm_is_wide(before);
    gboolean cjk_after = after != (gunichar)-1 && after != (gunichar)-2 && jx_norm_is_wide(after);
    if (!cjk_before && !cjk_after) {
        g_string_append_c(sc->out, '"');
        return 1;
    }
    g_string_append(sc->out, sc->quote_open ? "\u201d" : "\u201c");
    sc->quote_open = !sc->quote_open;
    return 1;
}

/* Handles the byte at offset i; returns how many bytes were consumed. */
static gsize scan_one(scanner *sc, gsize i)
{
    const char *p = sc->s + i;
    gsize n;
    gboolean block;
    switch (*p) {
    case '<':
        if ((n = html_tag_len(sc, p, &block)) > 0) {
            if (block)
                g_string_append_c(sc->out, ' ');
            return n;
        }
        break;
    case '&':
        if ((n = html_entity(p, sc->out)) > 0)
            return n;
        break;
    case '*':
        if (p[1] == '*')
            return 2;
        break;
    case '$':
        return dollar(sc, i);
    case '"':
        if (!sc->math)
            return plain_quote(sc, p);
        break;
    case '\\':
        if ((n = tex_command(sc, p)) > 0)
            return n;
        break;
    case '{': case '}':
        brace(sc, *p);
        return 1;
    case ' ': case '\t': case '\n': case '\r':
        if (sc->math)
            return 1; /* TeX ignores spaces in math: `$8 5 \%$` is 85% */
        break;
    case '~':
        if (sc->math) {
            g_string_append_c(sc->out, ' ');
            return 1;
        }
        break;
    default:
        break;
    }
    g_string_append_c(sc->out, *p);
    return 1;
}

char *jx_norm_strip_markup(const char *s)
{
    if (!s)
        return g_strdup("");
    const char *last = strrchr(s, '$');
    scanner sc = {
        .s = s,
        .last_dollar = last ? (gsize)(last - s) : (gsize)-1,
        .math = FALSE,
        .last_comment_end = g_strrstr(s, "-->"),
        .braces = g_byte_array_new(),
        .out = g_string_sized_new(strlen(s) + 1),
    };
    for (gsize i = 0; s[i];)
        i += scan_one(&sc, i);
    g_byte_array_unref(sc.braces);
    return g_string_free(sc.out, FALSE);
}
