/*
 * words.c — Chinese word segmentation with ICU's word BreakIterator, whose
 * "zh" rules use a dictionary.  Parse uses it to tell a label broken in the
 * middle of a word from two separate phrases, and to match indicators with
 * the group label they share words with.
 *
 * ICU works in UTF-16, so offsets are converted at the edges.  Opening a
 * break iterator (its rules and dictionary) costs as much as segmenting a
 * few hundred names, so none is opened per call: a caller that segments a
 * whole table keeps a jx_segmenter (with its memo of words), and the plain
 * functions use their thread's own iterator (thread_words), set to each
 * text in turn — a cache, like the taxonomy's stem memo, that changes no
 * answer.
 */
#include "normalize/norm_internal.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

/* UTF-16 copy of valid UTF-8 `s` (g_free), its length in *len; NULL on failure. */
static UChar *to_utf16(const char *s, int32_t *len)
{
    UErrorCode err = U_ZERO_ERROR;
    int32_t n = 0;
    u_strFromUTF8(NULL, 0, &n, s, -1, &err);
    if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err))
        return NULL;
    UChar *u = g_new(UChar, (gsize)n + 1);
    err = U_ZERO_ERROR;
    u_strFromUTF8(u, n + 1, len, s, -1, &err);
    if (U_FAILURE(err)) {
        g_free(u);
        return NULL;
    }
    return u;
}

/* UTF-8 copy of u[start..end) (g_free). */
static char *to_utf8(const UChar *u, int32_t start, int32_t end)
{
    UErrorCode err = U_ZERO_ERROR;
    int32_t n = 0;
    u_strToUTF8(NULL, 0, &n, u + start, end - start, &err);
    char *s = g_malloc((gsize)n + 1);
    err = U_ZERO_ERROR;
    u_strToUTF8(s, n + 1, NULL, u + start, end - start, &err);
    if (U_FAILURE(err))
        s[0] = '\0';
    return s;
}

/* A word break iterator over u (ubrk_close it), or NULL when ICU fails. */
static UBreakIterator *open_words(const UChar *u, int32_t len)
{
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, "zh", u, len, &err);
    if (U_FAILURE(err)) {
        if (bi)
            ubrk_close(bi);
        return NULL;
    }
    return bi;
}

/* The calling thread's word iterator, opened on first use and closed when
 * the thread ends (an iterator is one thread's at a time). */
static GPrivate thread_words = G_PRIVATE_INIT((GDestroyNotify)ubrk_close);

/* The calling thread's word iterator set to u[0..len), or NULL when ICU
 * fails; never closed by the caller. */
static UBreakIterator *thread_iterator(const UChar *u, int32_t len)
{
    UBreakIterator *bi = g_private_get(&thread_words);
    if (!bi) {
        bi = open_words(NULL, 0);
        if (!bi)
            return NULL;
        g_private_set(&thread_words, bi);
    }
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText(bi, u, len, &err);
    return U_SUCCESS(err) ? bi : NULL;
}

/* Texts a segmenter's memo keeps before it starts over: a table's labels come
 * back row after row, and a run's documents share theirs, while names pile
 * up; the memo hands out copies, so starting over changes no answer. */
#define SEGMENTER_MEMO_MAX 4096

struct jx_segmenter {
    UBreakIterator *bi;
    /* text -> its words: a table's labels (数量指标, 社会效益指标) are asked
     * for over and over, and ICU's dictionary is the costly part */
    GHashTable *memo;
    gboolean lent; /* the thread's segmenter, lent (jx_segmenter_borrow) */
};

jx_segmenter *jx_segmenter_new(void)
{
    UBreakIterator *bi = open_words(NULL, 0);
    if (!bi)
        return NULL;
    jx_segmenter *seg = g_new0(jx_segmenter, 1);
    seg->bi = bi;
    seg->memo = g_hash_table_new_full(jx_norm_str_hash, g_str_equal, g_free, g_free); /* packed vectors */
    return seg;
}

void jx_segmenter_free(jx_segmenter *seg)
{
    if (!seg)
        return;
    ubrk_close(seg->bi);
    g_hash_table_destroy(seg->memo);
    g_free(seg);
}

/* The calling thread's segmenter, kept from table to table and document to
 * document with its memo. */
static GPrivate thread_segmenter = G_PRIVATE_INIT((GDestroyNotify)jx_segmenter_free);

jx_segmenter *jx_segmenter_borrow(void)
{
    jx_segmenter *seg = g_private_get(&thread_segmenter);
    if (!seg) {
        seg = jx_segmenter_new();
        if (!seg)
            return NULL;
        g_private_set(&thread_segmenter, seg);
    }
    if (seg->lent) /* already lent: one of the caller's own */
        return jx_segmenter_new();
    seg->lent = TRUE;
    return seg;
}

void jx_segmenter_give_back(jx_segmenter *seg)
{
    if (seg && seg == g_private_get(&thread_segmenter))
        seg->lent = FALSE;
    else
        jx_segmenter_free(seg);
}

/* The word-like segments of already normalized `t` (letters, ideographs,
 * numbers; ICU's "none" status covers spaces and punctuation), with `seg`'s
 * iterator or, when NULL, the thread's. */
static GPtrArray *segment(jx_segmenter *seg, const char *t)
{
    GPtrArray *words = g_ptr_array_new_with_free_func(g_free);
    int32_t len = 0;
    UChar *u = *t ? to_utf16(t, &len) : NULL;
    UBreakIterator *bi = NULL;
    if (u && seg) {
        UErrorCode err = U_ZERO_ERROR;
        ubrk_setText(seg->bi, u, len, &err);
        bi = U_SUCCESS(err) ? seg->bi : NULL;
    } else if (u) {
        bi = thread_iterator(u, len);
    }
    if (bi) {
        int32_t start = ubrk_first(bi);
        for (int32_t end = ubrk_next(bi); end != UBRK_DONE; start = end, end = ubrk_next(bi)) {
            int32_t status = ubrk_getRuleStatus(bi);
            if (status < UBRK_WORD_NONE || status >= UBRK_WORD_NONE_LIMIT)
                g_ptr_array_add(words, to_utf8(u, start, end));
        }
    }
    g_free(u);
    return words;
}

/* A copy of NULL-terminated `v` in one allocation: the pointers, then the
 * strings they point at.  The caller frees it with g_free alone. */
static char **strv_packed(char *const *v)
{
    gsize n = 0, bytes = 0;
    for (; v[n]; n++)
        bytes += strlen(v[n]) + 1;
    char **out = g_malloc((n + 1) * sizeof *out + bytes);
    char *text = (char *)(out + n + 1);
    for (gsize i = 0; i < n; i++) {
        gsize len = strlen(v[i]) + 1;
        out[i] = memcpy(text, v[i], len);
        text += len;
    }
    out[n] = NULL;
    return out;
}

/* The words of `s` as jx_segmenter_words, through `seg`'s memo (whose
 * vectors are packed, see strv_packed); a new vector of the words, newly
 * segmented, the caller frees with g_strfreev, or NULL when the memo knows
 * them (then `*known` points at the memo's, borrowed). */
static char **segmented_words(jx_segmenter *seg, const char *s, char *const **known)
{
    *known = seg && s ? g_hash_table_lookup(seg->memo, s) : NULL;
    if (*known)
        return NULL;
    char *t = jx_norm_text(s);
    GPtrArray *words = segment(seg, t);
    g_free(t);
    g_ptr_array_set_free_func(words, NULL);
    g_ptr_array_add(words, NULL);
    char **v = (char **)g_ptr_array_free(words, FALSE);
    if (seg && s) {
        if (g_hash_table_size(seg->memo) >= SEGMENTER_MEMO_MAX)
            g_hash_table_remove_all(seg->memo);
        g_hash_table_insert(seg->memo, g_strdup(s), strv_packed(v));
    }
    return v;
}

char **jx_segmenter_words(jx_segmenter *seg, const char *s)
{
    char *const *known;
    char **v = segmented_words(seg, s, &known);
    return v ? v : g_strdupv((char **)known);
}

char **jx_segmenter_words_packed(jx_segmenter *seg, const char *s)
{
    char *const *known;
    char **v = segmented_words(seg, s, &known);
    if (!v)
        return strv_packed(known);
    char **packed = strv_packed(v);
    g_strfreev(v);
    return packed;
}

char **jx_norm_words(const char *s)
{
    return jx_segmenter_words(NULL, s);
}

/* A name's and a label's words are a handful each: comparing every pair
 * costs less than a hash table built per call (this runs for every row of a
 * label's window). */
int jx_norm_shared_chars(char *const *a, char *const *b)
{
    int shared = 0;
    for (char *const *w = a; w && *w; w++)
        for (char *const *v = b; v && *v; v++)
            if (strcmp(*w, *v) == 0) {
                shared += (int)g_utf8_strlen(*w, -1);
                break;
            }
    return shared;
}

/* Seams already asked, per thread: the same wrapped labels and names come
 * back table after table, and the dictionary is the costly part.  Keyed by
 * a's length, a and b; emptied when it holds this many. */
#define SEAM_MEMO_MAX 4096
static GPrivate seam_memo = G_PRIVATE_INIT((GDestroyNotify)g_hash_table_unref);

static gboolean seam_inside_word(const char *a, const char *b);

gboolean jx_norm_seam_inside_word(const char *a, const char *b)
{
    if (!a || !b)
        return seam_inside_word(a, b);
    GHashTable *memo = jx_norm_thread_memo(&seam_memo, NULL, SEAM_MEMO_MAX);
    char *key = g_strdup_printf("%zu:%s%s", strlen(a), a, b);
    gpointer known = g_hash_table_lookup(memo, key);
    if (known) {
        g_free(key);
        return GPOINTER_TO_INT(known) - 1;
    }
    gboolean inside = seam_inside_word(a, b);
    g_hash_table_insert(memo, key, GINT_TO_POINTER(inside + 1));
    return inside;
}

static gboolean seam_inside_word(const char *a, const char *b)
{
    char *na = jx_norm_text(a);
    char *nb = jx_norm_text(b);
    char *joined = jx_norm_join(a, b);
    gboolean inside = FALSE;
    /* a space at the seam (Latin words) is a boundary by definition */
    if (*na && *nb && strlen(joined) == strlen(na) + strlen(nb)) {
        int32_t seam = 0, len = 0;
        UChar *ua = to_utf16(na, &seam);
        UChar *u = ua ? to_utf16(joined, &len) : NULL;
        UBreakIterator *bi = u ? thread_iterator(u, len) : NULL;
        if (bi)
            inside = !ubrk_isBoundary(bi, seam);
        g_free(u);
        g_free(ua);
    }
    g_free(na);
    g_free(nb);
    g_free(joined);
    return inside;
}

int jx_norm_shared_word_chars(const char *a, const char *b)
{
    char **wa = jx_norm_words(a);
    char **wb = jx_norm_words(b);
    int shared = jx_norm_shared_chars(wa, wb);
    g_strfreev(wa);
    g_strfreev(wb);
    return shared;
}
