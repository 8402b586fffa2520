/*
 * decimal.c — printed figures and the tolerance their printing allows.
 *
 * A figure is kept as an integer count of units in its last printed place, so
 * sums are exact; only quotients (rates) go through a double, and they are
 * compared with a tolerance made of half units, never with a fixed epsilon.
 */
#include "check/check.h"

#include <math.h>
#include <string.h>

/* Limits of a figure we read: 15 significant digits fit a double exactly, and
 * 6 decimals are more than any report prints (万元 to the 元 is 4).  Sums are
 * scaled only as far as the finer operand needs, with overflow checked: a
 * figure beyond these is not a figure a report prints, and is not read. */
#define DEC_MAX_DIGITS 15
#define DEC_MAX_PLACES 6

static const gint64 pow10_table[] = {1,         10,         100,         1000,
                                     10000,     100000,     1000000,     10000000,
                                     100000000, 1000000000, 10000000000, 100000000000};

gboolean jx_dec_parse(const char *s, jx_dec *out)
{
    if (!s)
        return FALSE;
    while (g_ascii_isspace(*s))
        s++;
    gboolean neg = FALSE;
    if (*s == '-' || *s == '+') {
        neg = *s == '-';
        s++;
    }
    gint64 units = 0;
    int digits = 0, places = 0;
    gboolean point = FALSE, any = FALSE;
    for (; *s; s++) {
        if (g_ascii_isdigit(*s)) {
            if (digits > 0 || *s != '0')
                digits++;
            if (digits > DEC_MAX_DIGITS || (point && places >= DEC_MAX_PLACES))
                return FALSE;
            units = units * 10 + (*s - '0');
            if (point)
                places++;
            any = TRUE;
        } else if (*s == '.' && !point) {
            point = TRUE;
        } else if (*s == ',' && !point && any) {
            continue;
        } else {
            break;
        }
    }
    while (g_ascii_isspace(*s))
        s++;
    if (*s == '%')
        s++;
    while (g_ascii_isspace(*s))
        s++;
    if (!any || *s)
        return FALSE;
    out->units = neg ? -units : units;
    out->places = places;
    return TRUE;
}

double jx_dec_value(jx_dec d)
{
    return (double)d.units / (double)pow10_table[d.places];
}

double jx_dec_half_unit(jx_dec d)
{
    return 0.5 / (double)pow10_table[d.places];
}

double jx_dec_slack(jx_dec d)
{
    return d.places > 0 ? jx_dec_half_unit(d) : 0.0;
}

double jx_dec_slack_in(jx_dec d, int column_places)
{
    int places = MAX(d.places, CLAMP(column_places, 0, DEC_MAX_PLACES));
    return places > 0 ? 0.5 / (double)pow10_table[places] : 0.0;
}

/* `d` rescaled to `places` (>= its own), saturating on overflow (nonsense
 * figures give nonsense sums, never undefined behaviour). */
static gint64 scaled(jx_dec d, int places)
{
    gint64 r;
    if (__builtin_mul_overflow(d.units, pow10_table[places - d.places], &r))
        return d.units < 0 ? G_MININT64 / 2 : G_MAXINT64 / 2;
    return r;
}

jx_dec jx_dec_add(jx_dec a, jx_dec b)
{
    int p = MAX(a.places, b.places);
    gint64 r;
    if (__builtin_add_overflow(scaled(a, p), scaled(b, p), &r))
        r = a.units < 0 ? G_MININT64 / 2 : G_MAXINT64 / 2;
    return (jx_dec){r, p};
}

int jx_dec_cmp(jx_dec a, jx_dec b)
{
    int p = MAX(a.places, b.places);
    gint64 x = scaled(a, p), y = scaled(b, p);
    return x < y ? -1 : x > y;
}

char *jx_dec_string(jx_dec d)
{
    gint64 mag = d.units < 0 ? -d.units : d.units;
    gint64 div = pow10_table[d.places];
    if (d.places == 0)
        return g_strdup_printf("%s%" G_GINT64_FORMAT, d.units < 0 ? "-" : "", mag);
    return g_strdup_printf("%s%" G_GINT64_FORMAT ".%0*" G_GINT64_FORMAT, d.units < 0 ? "-" : "",
                           mag / div, d.places, mag % div);
}

char *jx_dec_format(double v, int places)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    char fmt[16];
    g_snprintf(fmt, sizeof fmt, "%%.%df", CLAMP(places, 0, DEC_MAX_PLACES));
    g_ascii_formatd(buf, sizeof buf, fmt, v);
    if (strcmp(buf, "-0") == 0 || (buf[0] == '-' && strspn(buf + 1, "0.") == strlen(buf + 1)))
        return g_strdup(buf + 1);
    return g_strdup(buf);
}

/* A double's representation error is ~1e-16 of the value: this margin keeps a
 * value that sits exactly on a half unit (69.5 vs 69) from flipping with the
 * last bit of a quotient.  It is relative and many orders below any printed
 * place, so it is not a tolerance of the check. */
#define DEC_FLOAT_MARGIN 1e-9

gboolean jx_dec_near(double a, double b, double slack)
{
    return fabs(a - b) <= slack + DEC_FLOAT_MARGIN * MAX(1.0, MAX(fabs(a), fabs(b)));
}

jx_dec_verdict jx_dec_compare(jx_dec printed, double exact, double slack)
{
    double p = jx_dec_value(printed);
    double tol = jx_dec_half_unit(printed) + slack;
    double margin = DEC_FLOAT_MARGIN * MAX(1.0, fabs(exact));
    if (fabs(p - exact) <= tol + margin)
        return JX_DEC_MATCH;
    /* Truncation: exact cut to the printed places equals the printed figure. */
    double unit = 1.0 / (double)pow10_table[printed.places];
    double cut = exact >= 0 ? floor(exact / unit + margin) : ceil(exact / unit - margin);
    if (fabs(cut * unit - p) <= margin)
        return JX_DEC_TRUNCATED;
    return JX_DEC_DIFFERENT;
}

gboolean jx_dec_sum_matches(jx_dec printed, jx_dec sum, double slack)
{
    double diff = fabs(jx_dec_value(printed) - jx_dec_value(sum));
    if (jx_dec_cmp(printed, sum) == 0)
        return TRUE;
    return diff <= slack + DEC_FLOAT_MARGIN * MAX(1.0, fabs(jx_dec_value(sum)));
}
