/*
 * decode.c — text bytes of unknown encoding → UTF-8 with '\n' line ends.
 *
 * The order of the checks matters: a BOM is proof, a regular NUL pattern is
 * near proof of UTF-16, valid UTF-8 is near proof of UTF-8; only then do we
 * guess.  The documents are Chinese, so a guess prefers GB18030 (GBK and
 * GB2312 are subsets) and takes Big5 only when ICU's detector is confident.
 * Every check is one linear pass; nothing here looks at a byte twice per
 * candidate encoding, so 100 MB inputs and 50 MB lines cost the same per byte.
 */
#include "extract/extract.h"

#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

/* How much of the input the charset detector and the UTF-16 NUL census see:
 * both are statistical, and a megabyte decides as well as a gigabyte. */
#define SAMPLE_BYTES (1u << 20)

/* An encoding guess is kept when at most one non-ASCII byte in this many
 * belongs to an invalid sequence. */
#define BAD_SHARE_DIVISOR 20

typedef struct {
    gsize errors; /* invalid or unmappable sequences, each replaced with U+FFFD */
} count_ctx;

/* Replaces each bad sequence with U+FFFD and counts it, so the caller can
 * judge the guess by the share of replacements instead of failing outright. */
static void U_CALLCONV count_and_substitute(const void *context, UConverterToUnicodeArgs *args,
                                            const char *units, int32_t length,
                                            UConverterCallbackReason reason, UErrorCode *err)
{
    if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR)
        return; /* reset, close, clone: nothing to substitute */
    count_ctx *ctx = (count_ctx *)context;
    ctx->errors++;
    *err = U_ZERO_ERROR;
    const UChar replacement = 0xFFFD;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
}

/* Converts all of `data` from `charset` to UTF-8, streaming through ICU's
 * pivot so memory stays proportional to the output.  Returns NULL only when
 * ICU cannot open the converter. */
static GString *icu_to_utf8(const char *charset, const guint8 *data, gsize len, gsize *errors)
{
    UErrorCode e = U_ZERO_ERROR;
    UConverter *from = ucnv_open(charset, &e);
    if (U_FAILURE(e))
        return NULL;
    UConverter *to = ucnv_open("UTF-8", &e);
    if (U_FAILURE(e)) {
        ucnv_close(from);
        return NULL;
    }
    count_ctx ctx = {0};
    ucnv_setToUCallBack(from, count_and_substitute, &ctx, NULL, NULL, &e);

    GString *out = g_string_sized_new(len + len / 2 + 16);
    const char *src = (const char *)data, *src_end = src + len;
    UChar pivot[4096];
    UChar *pivot_src = pivot, *pivot_tgt = pivot;
    char buf[65536];
    UBool reset = TRUE;
    for (;;) {
        char *tgt = buf;
        e = U_ZERO_ERROR;
        ucnv_convertEx(to, from, &tgt, buf + sizeof buf, &src, src_end, pivot, &pivot_src,
                       &pivot_tgt, pivot + G_N_ELEMENTS(pivot), reset, TRUE, &e);
        reset = FALSE;
        g_string_append_len(out, buf, tgt - buf);
        if (e != U_BUFFER_OVERFLOW_ERROR)
            break;
    }
    ucnv_close(from);
    ucnv_close(to);
    if (U_FAILURE(e)) { /* cannot happen with a substituting callback; be safe */
        g_string_free(out, TRUE);
        return NULL;
    }
    *errors = ctx.errors;
    return out;
}

/* Length of a byte-order mark at the start of `data` and the encoding it
 * names (NULL, 0 when none).  UTF-32LE is tested before UTF-16LE because its
 * BOM starts with the UTF-16LE one. */
static gsize detect_bom(const guint8 *d, gsize len, const char **charset)
{
    static const struct {
        const char *bytes;
        gsize n;
        const char *name;
    } boms[] = {
        {"\xEF\xBB\xBF", 3, "UTF-8"},         {"\xFF\xFE\x00\x00", 4, "UTF-32LE"},
        {"\x00\x00\xFE\xFF", 4, "UTF-32BE"},  {"\xFF\xFE", 2, "UTF-16LE"},
        {"\xFE\xFF", 2, "UTF-16BE"},          {"\x84\x31\x95\x33", 4, "GB18030"},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(boms); i++) {
        if (len >= boms[i].n && memcmp(d, boms[i].bytes, boms[i].n) == 0) {
            *charset = boms[i].name;
            return boms[i].n;
        }
    }
    *charset = NULL;
    return 0;
}

/* "UTF-16LE"/"UTF-16BE" when the NUL bytes of the sample sit almost all in
 * one byte of each pair, as the ASCII characters of UTF-16 text put them;
 * NULL otherwise.  Chinese UTF-16 has few NULs (only its tabs, digits and
 * newlines make them), so 1 % of pairs is enough, but the other parity must
 * be rare (U+xx00 ideographs such as 一 put a NUL there). */
static const char *utf16_by_nuls(const guint8 *d, gsize len)
{
    gsize n = MIN(len, (gsize)SAMPLE_BYTES) & ~(gsize)1;
    gsize pairs = n / 2, nul_even = 0, nul_odd = 0;
    for (gsize i = 0; i < n; i += 2) {
        nul_even += d[i] == 0;
        nul_odd += d[i + 1] == 0;
    }
    if (pairs == 0)
        return NULL;
    if (nul_odd * 100 >= pairs && nul_odd > 0 && nul_odd >= 4 * nul_even)
        return "UTF-16LE";
    if (nul_even * 100 >= pairs && nul_even > 0 && nul_even >= 4 * nul_odd)
        return "UTF-16BE";
    return NULL;
}

/* TRUE when the bytes are no text: a NUL, or more than 2 % C0 control
 * characters other than those text files do contain (tab, line and page
 * breaks, ESC of terminal colour codes).  Works on raw ASCII-compatible bytes
 * and on decoded UTF-8 alike: no multi-byte sequence contains a byte < 0x20. */
static gboolean looks_binary(const guint8 *d, gsize len)
{
    if (memchr(d, 0, len))
        return TRUE;
    gsize ctrl = 0;
    for (gsize i = 0; i < len; i++) {
        guint8 c = d[i];
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' &&
            c != 0x1B)
            ctrl++;
    }
    return ctrl >= 2 && ctrl * 50 > len;
}

/* TRUE for characters Chinese documents are made of: ASCII text, Latin,
 * Greek and Cyrillic letters, punctuation and symbols, CJK ideographs,
 * radicals, kana and full-width forms. */
static gboolean plausible_char(gunichar u)
{
    static const struct {
        gunichar lo, hi;
    } ranges[] = {
        {0x20, 0x7E},      {0xA0, 0x24F},     {0x370, 0x4FF},    {0x2000, 0x2BFF},
        {0x2E80, 0x2FDF},  {0x3000, 0x4DBF},  {0x4E00, 0x9FFF},  {0xF900, 0xFAFF},
        {0xFE30, 0xFE4F},  {0xFF00, 0xFFEF},  {0x20000, 0x3FFFF},
    };
    if (u == '\t' || u == '\n' || u == '\r' || u == '\f')
        return TRUE;
    for (gsize i = 0; i < G_N_ELEMENTS(ranges); i++)
        if (u >= ranges[i].lo && u <= ranges[i].hi)
            return TRUE;
    return FALSE;
}

/* TRUE when at least 90 % of the characters of `s` are plausible.  Bytes
 * that are not UTF-16 (UTF-8, GBK, binary) read as UTF-16 give private-use,
 * Hangul and Yi code points by the dozen. */
static gboolean mostly_plausible(const GString *s)
{
    gsize total = 0, good = 0;
    for (const char *p = s->str, *end = s->str + s->len; p < end; p = g_utf8_next_char(p)) {
        total++;
        good += plausible_char(g_utf8_get_char(p));
    }
    return good * 10 >= total * 9;
}

static gsize count_non_ascii(const guint8 *d, gsize len)
{
    gsize n = 0;
    for (gsize i = 0; i < len; i++)
        n += d[i] >= 0x80;
    return n;
}

static gboolean errors_acceptable(gsize errors, gsize non_ascii)
{
    return errors * BAD_SHARE_DIVISOR <= non_ascii;
}

/* ICU detector confidences (0–100) for the two Chinese legacy charsets. */
static void detect_chinese(const guint8 *d, gsize len, int *gb_conf, int *big5_conf)
{
    *gb_conf = *big5_conf = 0;
    UErrorCode e = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&e);
    if (U_FAILURE(e))
        return;
    ucsdet_setText(det, (const char *)d, (int32_t)MIN(len, (gsize)SAMPLE_BYTES), &e);
    int32_t n = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det, &n, &e);
    for (int32_t i = 0; U_SUCCESS(e) && i < n; i++) {
        const char *name = ucsdet_getName(matches[i], &e);
        int conf = ucsdet_getConfidence(matches[i], &e);
        if (U_FAILURE(e) || !name)
            break;
        if (g_ascii_strcasecmp(name, "GB18030") == 0)
            *gb_conf = MAX(*gb_conf, conf);
        else if (g_ascii_strcasecmp(name, "Big5") == 0)
            *big5_conf = MAX(*big5_conf, conf);
    }
    ucsdet_close(det);
}

/*
 * The most frequent characters of Simplified Chinese text (about 500 of them
 * cover three quarters of ordinary prose), with the words of budget forms.
 * GB18030 text hits them constantly; Big5 bytes read as GB18030 — which they
 * decode as without an error — almost never (measured: 78–81 % of the CJK
 * characters of GB18030 documents, 6–8 % of Big5 ones read as GB18030).
 */
static const char common_simplified[] =
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
    "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自"
    "二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日"
    "那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变"
    "条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
    "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指"
    "几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器"
    "压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安"
    "场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集"
    "温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连"
    "断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精"
    "值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属"
    "圆包火住调满县局照参红细引听该铁价严项绩益服预";

/* Text this much made of common simplified characters, with this many CJK
 * characters at least, is GB18030 beyond doubt, and ICU's detector (a
 * quarter of the time a GB18030 file took) need not be asked. */
#define SIMPLIFIED_SHARE 0.4
#define SIMPLIFIED_MIN_CHARS 20

#define CJK_FIRST 0x4E00
#define CJK_END 0xA000

static gboolean reads_as_simplified(const char *text, gsize len)
{
    guint64 common[(CJK_END - CJK_FIRST) / 64] = {0};
    for (const char *p = common_simplified; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p) - CJK_FIRST;
        common[c / 64] |= G_GUINT64_CONSTANT(1) << (c % 64);
    }
    gsize cjk = 0, hits = 0;
    const char *end = text + MIN(len, (gsize)SAMPLE_BYTES);
    for (const char *p = text; p < end && *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c < CJK_FIRST || c >= CJK_END)
            continue;
        cjk++;
        c -= CJK_FIRST;
        hits += (common[c / 64] >> (c % 64)) & 1;
    }
    return cjk >= SIMPLIFIED_MIN_CHARS && hits >= SIMPLIFIED_SHARE * cjk;
}

typedef struct {
    GString *text;
    const char *encoding; /* static */
    gsize errors;
} decoded;

static void decoded_clear(decoded *r)
{
    if (r->text)
        g_string_free(r->text, TRUE);
    r->text = NULL;
    r->errors = 0;
}

/* Converts with `charset` into `r`, replacing what `r` held. */
static gboolean try_charset(decoded *r, const char *charset, const guint8 *d, gsize len)
{
    decoded_clear(r);
    r->text = icu_to_utf8(charset, d, len, &r->errors);
    r->encoding = charset;
    return r->text != NULL;
}

/* A lower bound on the sequences ICU's UTF-8 decoder replaces in `d` (no
 * NUL in it), counted until it passes `enough`.  Each place GLib's
 * validator stops begins one ill-formed sequence at least; the search goes
 * on from the next byte that is not a continuation byte (0x80–0xBF), where
 * every decoder begins a new character, so no two places found lie in one
 * replaced sequence.  A stop in the last four bytes is not counted (how a
 * decoder counts a sequence cut off by the end is its own choice). */
static gsize utf8_errors_at_least(const guint8 *d, gsize len, gsize enough)
{
    gsize n = 0;
    const char *p = (const char *)d, *end = p + len;
    while (p < end && n <= enough) {
        const char *stop = NULL;
        if (g_utf8_validate_len(p, (gsize)(end - p), &stop) || end - stop <= 4)
            break;
        n++;
        for (p = stop + 1; p < end && ((guint8)*p & 0xC0) == 0x80; p++)
            ;
    }
    return n;
}

/* Decides among UTF-8 (with replacements), Big5 and GB18030 for bytes that
 * are not valid UTF-8.  Fills `r` or returns FALSE when nothing fits. */
static gboolean guess_legacy(decoded *r, const guint8 *d, gsize len)
{
    gsize non_ascii = count_non_ascii(d, len);
    /* Mostly ASCII with a handful of stray high bytes (a Latin-1 "é" in an
     * English note) is kept as UTF-8 below when it has no more than this
     * many replacements. */
    gsize few = len / 1000 + 1;
    /* The UTF-8 reading's count decides only when it could be acceptable or
     * few: a legacy file (GBK: every other byte high) is ruled out by the
     * lower bound at once, without converting it whole, each replacement a
     * callback.  Past both limits any count takes the same branches below. */
    gsize utf8_errors = utf8_errors_at_least(d, len, MAX(non_ascii / BAD_SHARE_DIVISOR, few));
    if (errors_acceptable(utf8_errors, non_ascii) || utf8_errors <= few) {
        if (try_charset(r, "UTF-8", d, len) && errors_acceptable(r->errors, non_ascii))
            return TRUE; /* a few stray bytes in a UTF-8 file */
        utf8_errors = r->text ? r->errors : G_MAXSIZE;
    }

    if (try_charset(r, "GB18030", d, len) && errors_acceptable(r->errors, non_ascii) &&
        reads_as_simplified(r->text->str, r->text->len))
        return TRUE;

    int gb_conf, big5_conf;
    detect_chinese(d, len, &gb_conf, &big5_conf);
    /* Big5 bytes also decode as GBK without errors, so only the detector's
     * character statistics can tell them apart. */
    if (big5_conf >= 50 && big5_conf > gb_conf && try_charset(r, "Big5", d, len) &&
        errors_acceptable(r->errors, non_ascii))
        return TRUE;
    if (try_charset(r, "GB18030", d, len) && errors_acceptable(r->errors, non_ascii))
        return TRUE;

    /* Mostly ASCII with a handful of stray high bytes: keep the text,
     * replacing the strays. */
    gsize gb_errors = r->text ? r->errors : G_MAXSIZE;
    if (MIN(utf8_errors, gb_errors) <= few) {
        if (utf8_errors <= gb_errors)
            return try_charset(r, "UTF-8", d, len);
        return TRUE;
    }
    decoded_clear(r);
    return FALSE;
}

/* Rewrites "\r\n" and lone "\r" as "\n" in place (the text only shrinks). */
static gsize normalize_line_ends_in(char *s, gsize len)
{
    char *cr = memchr(s, '\r', len);
    if (!cr)
        return len;
    gsize w = (gsize)(cr - s);
    for (gsize r = w; r < len; r++) {
        char c = s[r];
        if (c == '\r') {
            s[w++] = '\n';
            if (r + 1 < len && s[r + 1] == '\n')
                r++;
        } else {
            s[w++] = c;
        }
    }
    return w;
}

static void normalize_line_ends(GString *s)
{
    g_string_truncate(s, normalize_line_ends_in(s->str, s->len));
}

static void set_binary_error(GError **error)
{
    g_set_error(error, JX_ERROR, JX_ERROR_BINARY,
                "the file looks binary (NUL bytes or control characters), not a text dump; "
                "check that this is the right file, or convert it to text first");
}

/* Decodes input that starts with a BOM or has the UTF-16 NUL pattern. */
static gboolean decode_declared(decoded *r, const char *charset, const guint8 *d, gsize len,
                                gboolean by_bom, GError **error)
{
    if (!try_charset(r, charset, d, len)) {
        g_set_error(error, JX_ERROR, JX_ERROR_ENCODING, "cannot decode the text as %s",
                    charset);
        return FALSE;
    }
    /* A NUL pattern is only a hint: if the result is full of bad pairs,
     * unlikely characters or control characters, the NULs were binary. */
    gboolean bad = looks_binary((const guint8 *)r->text->str, r->text->len) ||
                   (!by_bom && !mostly_plausible(r->text));
    if (bad) {
        decoded_clear(r);
        set_binary_error(error);
        return FALSE;
    }
    return TRUE;
}

/* Decodes input without a BOM or NUL pattern. */
static gboolean decode_undeclared(decoded *r, const guint8 *d, gsize len, GError **error)
{
    if (looks_binary(d, len)) {
        set_binary_error(error);
        return FALSE;
    }
    if (g_utf8_validate_len((const char *)d, len, NULL)) {
        r->text = g_string_new_len((const char *)d, (gssize)len);
        r->encoding = "UTF-8";
        return TRUE;
    }
    if (guess_legacy(r, d, len))
        return TRUE;
    g_set_error(error, JX_ERROR, JX_ERROR_ENCODING,
                "cannot tell the text encoding (tried UTF-8, GB18030 and Big5; too many invalid "
                "byte sequences in each); save the file as UTF-8 and try again");
    return FALSE;
}

/*
 * See extract.h.  Never reads past `len`; `data` need not be NUL-terminated.
 * On failure `*encoding` is NULL and `*out_len`, `*replaced` are 0.
 */
char *jx_text_decode(const guint8 *data, gsize len, const char **encoding, gsize *out_len,
                     gsize *replaced, GError **error)
{
    if (encoding)
        *encoding = NULL;
    if (out_len)
        *out_len = 0;
    if (replaced)
        *replaced = 0;

    decoded r = {NULL, "UTF-8", 0};
    if (len == 0 || !data) {
        r.text = g_string_new("");
    } else {
        const char *charset = NULL;
        gsize bom = detect_bom(data, len, &charset);
        gboolean ok;
        if (charset)
            ok = decode_declared(&r, charset, data + bom, len - bom, TRUE, error);
        else if ((charset = utf16_by_nuls(data, len)))
            ok = decode_declared(&r, charset, data, len, FALSE, error);
        else
            ok = decode_undeclared(&r, data, len, error);
        if (!ok)
            return NULL;
    }

    /* A BOM inside converted text (a BOM written twice, or one the guessed
     * charset carried) is not content. */
    if (r.text->len >= 3 && memcmp(r.text->str, "\xEF\xBB\xBF", 3) == 0)
        g_string_erase(r.text, 0, 3);
    normalize_line_ends(r.text);

    if (encoding)
        *encoding = r.encoding;
    if (out_len)
        *out_len = r.text->len;
    if (replaced)
        *replaced = r.errors;
    return g_string_free(r.text, FALSE);
}

/*
 * See extract.h.  Text that is UTF-8 already — no BOM, no UTF-16 pattern,
 * nothing binary, valid throughout — is its own decoding: only its line ends
 * change, in place, and the buffer is handed back, so a large file is held
 * once rather than twice.
 */
char *jx_text_decode_owned(guint8 *data, gsize len, const char **encoding, gsize *out_len,
                           gsize *replaced, GError **error)
{
    const char *charset = NULL;
    if (data && len && !detect_bom(data, len, &charset) && !utf16_by_nuls(data, len) &&
        !looks_binary(data, len) && g_utf8_validate_len((const char *)data, len, NULL)) {
        gsize n = normalize_line_ends_in((char *)data, len);
        data[n] = '\0';
        if (encoding)
            *encoding = "UTF-8";
        if (out_len)
            *out_len = n;
        if (replaced)
            *replaced = 0;
        return (char *)data;
    }
    char *text = jx_text_decode(data, len, encoding, out_len, replaced, error);
    g_free(data);
    return text;
}
