/*
 * chars.c — character classes every normalizer needs: CJK ideographs, and the
 * characters Chinese text sets wide (no spaces between them, two columns in a
 * layout dump).
 */
#include "normalize/norm_internal.h"

#include <string.h>

/* The n < 8 bytes at `s` as a word padded with zeros, as a memcpy into a
 * zeroed word makes it: by four, two and one bytes, where the memcpy of a
 * length known only at run time was a byte loop in every hash of a text. */
static inline guint64 tail_word(const char *s, gsize n)
{
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
    guint64 w = 0;
    gsize off = 0;
    if (n & 4) {
        guint32 x;
        memcpy(&x, s, 4);
        w = x;
        off = 4;
    }
    if (n & 2) {
        guint16 x;
        memcpy(&x, s + off, 2);
        w |= (guint64)x << (8 * off);
        off += 2;
    }
    if (n & 1)
        w |= (guint64)(guchar)s[off] << (8 * off);
    return w;
#else
    guint64 w = 0;
    memcpy(&w, s, n);
    return w;
#endif
}

/* See normalize.h: a multiply-xorshift over 64-bit words (the tail padded
 * with zeros, the length mixed in first). */
guint jx_norm_str_hash(gconstpointer key)
{
    const char *s = key;
    gsize n = strlen(s);
    guint64 h = 0x9E3779B97F4A7C15ull ^ n, w;
    for (; n >= 8; s += 8, n -= 8) {
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    w = tail_word(s, n);
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 29;
    return (guint)h;
}

GHashTable *jx_norm_thread_memo(GPrivate *key, GDestroyNotify value_free, guint max)
{
    GHashTable *memo = g_private_get(key);
    if (!memo) {
        memo = g_hash_table_new_full(jx_norm_str_hash, g_str_equal, g_free, value_free);
        g_private_set(key, memo);
    } else if (g_hash_table_size(memo) >= max) {
        g_hash_table_remove_all(memo);
    }
    return memo;
}

gboolean jx_norm_is_cjk(gunichar c)
{
    return (c >= 0x2E80 && c <= 0x2FDF)     /* radicals (supplement, Kangxi) */
           || c == 0x3007                   /* 〇, ideographic number zero */
           || (c >= 0x3400 && c <= 0x4DBF)  /* extension A */
           || (c >= 0x4E00 && c <= 0x9FFF)  /* unified */
           || (c >= 0xF900 && c <= 0xFAFF)  /* compatibility */
           || (c >= 0x20000 && c <= 0x2FA1F) /* extensions B–F, I; compat supplement */
           || (c >= 0x30000 && c <= 0x323AF); /* extensions G, H */
}

gboolean jx_norm_is_wide(gunichar c)
{
    return jx_norm_is_cjk(c) || (c >= 0x3000 && c <= 0x30FF) /* CJK punctuation, kana */
           || (c >= 0x3100 && c <= 0x31FF)                    /* bopomofo, strokes */
           || (c >= 0xAC00 && c <= 0xD7AF)                    /* hangul */
           || (c >= 0xFE30 && c <= 0xFE4F)                    /* vertical forms */
           || (c >= 0xFF00 && c <= 0xFFEF)                    /* full/half-width forms */
           || (c >= 0x2018 && c <= 0x201F)                    /* “ ” ‘ ’ as Chinese quotes */
           || c == 0x2014 || c == 0x2026 || c == 0x00B7;      /* —— … · */
}

int jx_norm_display_width(const char *s)
{
    int width = 0;
    for (const char *p = s; *p;) {
        if (!(*p & 0x80)) { /* ASCII: never wide, and no character to decode */
            width++;
            p++;
            continue;
        }
        if (jx_norm_ideograph_bytes((const guchar *)p)) { /* wide (jx_norm_is_cjk) */
            width += 2;
            p += 3;
            continue;
        }
        /* decoded inline: a call per character was most of a width, asked
         * of every cell a target row places */
        const guchar *q = (const guchar *)p;
        gunichar c = jx_norm_next_bmp_char(&q);
        width += jx_norm_is_wide(c ? c : g_utf8_get_char(p)) ? 2 : 1;
        p = g_utf8_next_char(p);
    }
    return width;
}

gboolean jx_norm_is_unreadable(const char *s)
{
    gboolean any = FALSE;
    for (const char *p = s; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c == 0xFFFD)
            any = TRUE;
        else if (!g_unichar_isspace(c))
            return FALSE;
    }
    return any;
}
