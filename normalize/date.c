/*
 * date.c — deadline dates in target cells (`2023年12月31日`, `2023.12.31`).
 *
 * Only dates with a four-digit year are dates: `年底`, `年末`, `12月31日` and
 * `年内` carry no year of their own and stay text for the reader.
 */
#include "normalize/norm_internal.h"

#include <string.h>

/* Separators between year, month and day, one style per date. */
static const struct {
    const char *after_year;
    const char *after_month;
    const char *const *after_day; /* NULL-terminated; NULL: the style has a day, no suffix */
    gboolean month_end_ok;        /* `2023年12月` (no day) is allowed */
} styles[] = {
    {"年", "月", (const char *const[]){"日", "号", NULL}, TRUE},
    {".", ".", NULL, FALSE},
    {"-", "-", NULL, FALSE},
    {"/", "/", NULL, FALSE},
};

/* Words after a date that make it a deadline ("before"). */
static const char *const before_words[] = {
    "前", "之前", "以前", "前完成", "之前完成", "以前完成", "(含)前", "前(含)",
};

gboolean jx_norm_holds_before_word(const char *s)
{
    return jx_norm_holds_listed(s, before_words, G_N_ELEMENTS(before_words));
}

gboolean jx_norm_is_before_word(const char *s)
{
    for (gsize i = 0; i < G_N_ELEMENTS(before_words); i++)
        if (strcmp(before_words[i], s) == 0)
            return TRUE;
    return FALSE;
}

/* Reads 1..max ASCII digits at *p into *value; FALSE when there are none or more. */
static gboolean read_digits(const char **p, int max, int *value)
{
    int n = 0, v = 0;
    while (g_ascii_isdigit((*p)[n])) {
        if (n == max)
            return FALSE;
        v = v * 10 + ((*p)[n] - '0');
        n++;
    }
    if (n == 0)
        return FALSE;
    *p += n;
    *value = v;
    return TRUE;
}

static int days_in_month(int year, int month)
{
    return g_date_get_days_in_month((GDateMonth)month, (GDateYear)year);
}

/* Consumes `word` at *p when it is there. */
static gboolean eat(const char **p, const char *word)
{
    gsize n = strlen(word);
    if (strncmp(*p, word, n) != 0)
        return FALSE;
    *p += n;
    return TRUE;
}

/* Length of a date in one style at `s`, 0 when `s` is not one; fills y/m/d. */
static gsize date_in_style(const char *s, gsize style, int *y, int *m, int *d)
{
    const char *p = s;
    if (!g_ascii_isdigit(p[0]) || !g_ascii_isdigit(p[3]) || !read_digits(&p, 4, y) || p - s != 4)
        return 0;
    if (!eat(&p, styles[style].after_year) || !read_digits(&p, 2, m) || *m < 1 || *m > 12 ||
        *y < 1000)
        return 0;
    if (!eat(&p, styles[style].after_month))
        return 0;
    *d = days_in_month(*y, *m);
    if (!read_digits(&p, 2, d)) {
        if (!styles[style].month_end_ok)
            return 0;
        eat(&p, "底"); /* 2023年12月底: the month's last day, as 2023年12月 */
        return (gsize)(p - s);
    }
    if (*d < 1 || *d > days_in_month(*y, *m))
        return 0;
    if (styles[style].after_day) {
        gboolean ok = FALSE;
        for (const char *const *w = styles[style].after_day; *w && !ok; w++)
            ok = eat(&p, *w);
        if (!ok)
            return 0;
    }
    return (gsize)(p - s);
}

gsize jx_norm_date_prefix(const char *s, char **iso)
{
    *iso = NULL;
    if (!s || strlen(s) < 6)
        return 0;
    for (gsize i = 0; i < G_N_ELEMENTS(styles); i++) {
        int y = 0, m = 0, d = 0;
        gsize n = date_in_style(s, i, &y, &m, &d);
        /* a date must not run on into more digits (`2023.12.315`) */
        if (n > 0 && !g_ascii_isdigit(s[n])) {
            *iso = g_strdup_printf("%04d-%02d-%02d", y, m, d);
            return n;
        }
    }
    return 0;
}

char *jx_norm_date(const char *s)
{
    if (!s)
        return NULL;
    char *own;
    const char *t = jx_norm_text_view(s, &own);
    char *iso = NULL;
    gsize n = jx_norm_date_prefix(t, &iso);
    const char *rest = jx_norm_skip_spaces(t + n);
    if (n == 0 || (*rest && !jx_norm_is_before_word(rest))) {
        g_free(iso);
        iso = NULL;
    }
    g_free(own);
    return iso;
}
