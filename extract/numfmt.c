/*
 * numfmt.c — numbers as Excel shows them.
 *
 * A spreadsheet stores 95% as 0.95 and 12,860.5 as 12860.5; what the form's
 * author typed and saw is the number put through the cell's number format.
 * Reading the stored value would turn every percent target into a fraction,
 * so the format is applied here: the sections of a format code (positive;
 * negative; zero; text), its literals ("…", \x; _x and *x are only layout), percent, digit
 * placeholders (0 # ?), thousands separators and scaling commas, scientific
 * notation, dates and times.  Colours, conditions and locale tags in [...]
 * change nothing a reader of the text needs and are skipped.
 *
 * Rounding is done on the decimal digits of the value to 15 significant
 * digits, as Excel does, not on the binary double: 1.005 with "0.00" is
 * 1.01 and 0.1+0.2 in General is 0.3, never 0.30000000000000004.
 */
#include "extract/office.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Built-in formats (ECMA-376 Part 1, 18.8.30) with the dates and times a
 * zh-CN Excel shows for the locale-dependent ids. */
static const struct {
    int id;
    const char *code;
} builtin_formats[] = {
    {0, "General"}, {1, "0"}, {2, "0.00"}, {3, "#,##0"}, {4, "#,##0.00"}, {9, "0%"},
    {10, "0.00%"}, {11, "0.00E+00"}, {12, "# ?/?"}, {13, "# ?\?/?\?"}, {14, "yyyy/m/d"},
    {15, "d-mmm-yy"}, {16, "d-mmm"}, {17, "mmm-yy"}, {18, "h:mm AM/PM"}, {19, "h:mm:ss AM/PM"},
    {20, "h:mm"}, {21, "h:mm:ss"}, {22, "yyyy/m/d h:mm"}, {27, "yyyy\"年\"m\"月\""},
    {28, "m\"月\"d\"日\""}, {29, "m\"月\"d\"日\""}, {30, "m-d-yy"},
    {31, "yyyy\"年\"m\"月\"d\"日\""}, {32, "h\"时\"mm\"分\""}, {33, "h\"时\"mm\"分\"ss\"秒\""},
    {34, "上午/下午h\"时\"mm\"分\""}, {35, "上午/下午h\"时\"mm\"分\"ss\"秒\""},
    {36, "yyyy\"年\"m\"月\""}, {37, "#,##0 ;(#,##0)"}, {38, "#,##0 ;[Red](#,##0)"},
    {39, "#,##0.00;(#,##0.00)"}, {40, "#,##0.00;[Red](#,##0.00)"}, {45, "mm:ss"},
    {46, "[h]:mm:ss"}, {47, "mmss.0"}, {48, "##0.0E+0"}, {49, "@"},
    {50, "yyyy\"年\"m\"月\""}, {51, "m\"月\"d\"日\""}, {52, "yyyy\"年\"m\"月\""},
    {53, "m\"月\"d\"日\""}, {54, "m\"月\"d\"日\""}, {55, "上午/下午h\"时\"mm\"分\""},
    {56, "上午/下午h\"时\"mm\"分\"ss\"秒\""}, {57, "yyyy\"年\"m\"月\""}, {58, "m\"月\"d\"日\""},
};

const char *jx_xlsx_builtin_format(int id)
{
    for (gsize i = 0; i < G_N_ELEMENTS(builtin_formats); i++)
        if (builtin_formats[i].id == id)
            return builtin_formats[i].code;
    return NULL;
}

static const char *const month_names[] = {"January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December"};
static const char *const day_names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                        "Thursday", "Friday", "Saturday"};

/* ------------------------------------------------------------ decimal digits */

/* |x| to 15 significant digits, rounded half away from zero at `dec`
 * decimals: the integer digits in *ip (at least "0") and exactly `dec`
 * fraction digits in *fp (new strings). */
static void decimal_digits(double x, int dec, char **ip, char **fp)
{
    x = fabs(x);
    char buf[64];
    snprintf(buf, sizeof buf, "%.14e", x); /* d.dddddddddddddde±XX */
    char digits[16];
    int nd = 0;
    for (const char *p = buf; *p && *p != 'e'; p++)
        if (g_ascii_isdigit(*p))
            digits[nd++] = *p;
    int exp10 = atoi(strchr(buf, 'e') + 1); /* value = d.ddd × 10^exp10 */
    if (x == 0)
        exp10 = 0;
    /* digit k (0-based) has weight 10^(exp10-k); keep those with weight ≥ 10^-dec */
    int keep = exp10 + 1 + dec; /* how many of the digits survive */
    GString *all = g_string_new(NULL);
    if (keep < 0) {
        keep = 0;
    } else if (keep < nd) {
        gboolean up = digits[keep] >= '5';
        g_string_append_len(all, digits, keep);
        if (up) {
            int k = (int)all->len - 1;
            while (k >= 0 && all->str[k] == '9')
                all->str[k--] = '0';
            if (k >= 0)
                all->str[k]++;
            else {
                g_string_prepend_c(all, '1');
                exp10++; /* 9.99 → 10.0: one more integer digit */
            }
        }
    } else {
        g_string_append_len(all, digits, nd);
        while ((int)all->len < keep)
            g_string_append_c(all, '0');
    }
    /* the digits now stand for 10^exp10 down to 10^-dec (when keep ≥ 0) */
    int int_digits = exp10 + 1;
    GString *ins = g_string_new(NULL), *frs = g_string_new(NULL);
    if (int_digits > 0) {
        for (int k = 0; k < int_digits; k++)
            g_string_append_c(ins, k < (int)all->len ? all->str[k] : '0');
    }
    for (int k = 0; k < dec; k++) {
        int idx = int_digits + k; /* index into `all` */
        g_string_append_c(frs, idx >= 0 && idx < (int)all->len ? all->str[idx] : '0');
    }
    /* strip leading zeros of the integer part */
    gsize lead = 0;
    while (lead + 1 < ins->len && ins->str[lead] == '0')
        lead++;
    g_string_erase(ins, 0, (gssize)lead);
    if (ins->len == 0)
        g_string_append_c(ins, '0');
    g_string_free(all, TRUE);
    *ip = g_string_free(ins, FALSE);
    *fp = g_string_free(frs, FALSE);
}

/* General: the number to 15 significant digits, no trailing zeros; scientific
 * only where Excel goes to it for a number this large or small. */
static char *general(double v)
{
    double a = fabs(v);
    if (a != 0 && (a >= 1e15 || a < 1e-9)) {
        char buf[64];
        snprintf(buf, sizeof buf, "%.14E", v);
        /* trim the mantissa's trailing zeros: 1.23400000000000E+20 → 1.234E+20 */
        char *e = strchr(buf, 'E');
        char *m = e - 1;
        while (*m == '0')
            m--;
        if (*m == '.')
            m--;
        return g_strdup_printf("%.*s%s", (int)(m - buf + 1), buf, e);
    }
    char *ip, *fp;
    decimal_digits(v, 15, &ip, &fp);
    int n = (int)strlen(fp);
    while (n > 0 && fp[n - 1] == '0')
        n--;
    char *out = g_strdup_printf("%s%s%s%.*s", v < 0 && (strcmp(ip, "0") || n) ? "-" : "", ip,
                                n ? "." : "", n, fp);
    g_free(ip);
    g_free(fp);
    return out;
}

/* ------------------------------------------------------------ sections */

/* The sections of a format code, split at ';' outside quotes and brackets. */
static GPtrArray *sections_of(const char *code)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    const char *start = code;
    gboolean quoted = FALSE;
    int bracket = 0;
    for (const char *p = code;; p++) {
        if (!*p || (*p == ';' && !quoted && !bracket)) {
            g_ptr_array_add(out, g_strndup(start, (gsize)(p - start)));
            if (!*p)
                break;
            start = p + 1;
        } else if (*p == '"') {
            quoted = !quoted;
        } else if (*p == '\\' && p[1] && !quoted) {
            p++;
        } else if (*p == '[' && !quoted) {
            bracket++;
        } else if (*p == ']' && !quoted && bracket) {
            bracket--;
        }
    }
    return out;
}

/* TRUE when the section formats dates or times: a y, m, d, h or s outside
 * quotes and brackets (and no digit placeholder before it). */
static gboolean is_date_section(const char *s)
{
    gboolean quoted = FALSE;
    for (const char *p = s; *p; p++) {
        if (*p == '"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (*p == '\\' || *p == '_' || *p == '*') {
            if (p[1])
                p++;
        } else if (*p == '[') {
            /* [h], [mm], [ss] are elapsed time; other tags are skipped */
            const char *e = strchr(p, ']');
            if (!e)
                break;
            if (e > p + 1 && strchr("hHmMsS", p[1]))
                return TRUE;
            p = e;
        } else if (strchr("yYdDhHsS", *p)) {
            return TRUE;
        } else if ((*p == 'm' || *p == 'M')) {
            return TRUE;
        } else if (*p == 'G' || *p == 'g') {
            if (g_ascii_strncasecmp(p, "General", 7) == 0)
                p += 6;
        } else if (*p == 'E' || *p == 'e') {
            if (p[1] == '+' || p[1] == '-')
                p++;
        } else if (*p == '0' || *p == '#' || *p == '?') {
            return FALSE;
        }
    }
    return FALSE;
}

/* Appends a literal at *p (quoted text, \x, _x as a space, *x as nothing, a
 * plain character) and moves past it; FALSE when *p is no literal. */
static gboolean take_literal(const char **pp, GString *out)
{
    const char *p = *pp;
    if (*p == '"') {
        const char *e = strchr(p + 1, '"');
        if (!e)
            e = p + strlen(p);
        g_string_append_len(out, p + 1, (gssize)(e - p - 1));
        *pp = *e ? e + 1 : e;
        return TRUE;
    }
    if (*p == '\\' && p[1]) {
        int bytes = g_utf8_next_char(p + 1) - (p + 1);
        g_string_append_len(out, p + 1, bytes);
        *pp = p + 1 + bytes;
        return TRUE;
    }
    /* _x reserves the width of x, *x fills the cell with x: layout, not
     * text (Excel's "#,##0.00_ " would otherwise end every amount in a space) */
    if ((*p == '_' || *p == '*') && p[1]) {
        *pp = g_utf8_next_char(p + 1);
        return TRUE;
    }
    if (*p == '[') {
        const char *e = strchr(p, ']');
        /* [$¥-804]: a currency symbol before the '-' is printed */
        if (e && p[1] == '$') {
            const char *dash = memchr(p + 2, '-', (gsize)(e - p - 2));
            g_string_append_len(out, p + 2, (gssize)((dash ? dash : e) - (p + 2)));
        }
        *pp = e ? e + 1 : p + strlen(p);
        return TRUE;
    }
    return FALSE;
}

/* ------------------------------------------------------------ numbers */

static char *format_number_section(double v, const char *sec, gboolean show_minus)
{
    GString *prefix = g_string_new(NULL), *suffix = g_string_new(NULL);
    int int_zeros = 0, int_places = 0, dec_zeros = 0, dec_places = 0, pct = 0, scale = 0;
    gboolean grouping = FALSE, seen_point = FALSE, seen_digit = FALSE, sci = FALSE;
    gboolean general_in = FALSE;
    int exp_zeros = 0;
    gboolean exp_plus = FALSE;
    for (const char *p = sec; *p;) {
        GString *lit = seen_digit ? suffix : prefix;
        if (take_literal(&p, lit))
            continue;
        char c = *p;
        if (g_ascii_strncasecmp(p, "General", 7) == 0) {
            general_in = TRUE;
            seen_digit = TRUE;
            p += 7;
        } else if (c == '0' || c == '#' || c == '?') {
            if (sci) {
                exp_zeros += c == '0';
            } else if (seen_point) {
                dec_places++;
                dec_zeros += c == '0';
            } else {
                int_places++;
                int_zeros += c == '0';
            }
            seen_digit = TRUE;
            p++;
        } else if (c == '.' && !seen_point && !sci) {
            seen_point = TRUE;
            seen_digit = TRUE;
            p++;
        } else if (c == ',') {
            /* between placeholders: thousands; after the last one: ÷1000 */
            const char *q = p;
            while (*q == ',')
                q++;
            if (seen_digit && !seen_point && (*q == '0' || *q == '#' || *q == '?'))
                grouping = TRUE;
            else if (seen_digit)
                scale += (int)(q - p);
            p = q;
        } else if (c == '%') {
            pct++;
            g_string_append_c(lit, '%');
            p++;
        } else if ((c == 'E' || c == 'e') && (p[1] == '+' || p[1] == '-') && seen_digit) {
            sci = TRUE;
            exp_plus = p[1] == '+';
            p += 2;
        } else if (c == '@') {
            p++; /* the text placeholder: nothing for a number */
        } else {
            int bytes = g_utf8_next_char(p) - p;
            g_string_append_len(lit, p, bytes);
            p += bytes;
        }
    }
    double x = v;
    for (int k = 0; k < pct; k++)
        x *= 100;
    for (int k = 0; k < scale; k++)
        x /= 1000;
    GString *num = g_string_new(NULL);
    if (general_in && !int_places && !dec_places) {
        char *g = general(fabs(x));
        g_string_append(num, g);
        g_free(g);
    } else if (sci) {
        int e = 0;
        double m = fabs(x);
        if (m != 0) {
            e = (int)floor(log10(m));
            /* with ##0.0E+0 the exponent is a multiple of the integer places */
            if (int_places > 1)
                e = (int)(floor((double)e / int_places) * int_places);
            m /= pow(10, e);
        }
        char *ip, *fp;
        decimal_digits(m, dec_places, &ip, &fp);
        if (strlen(ip) > (gsize)MAX(int_places, 1) && int_places <= 1) { /* 9.99 → 10.0 */
            g_free(ip);
            g_free(fp);
            m /= 10;
            e++;
            decimal_digits(m, dec_places, &ip, &fp);
        }
        g_string_append_printf(num, "%s%s%s%c%s%0*d", ip, dec_places ? "." : "", fp, 'E',
                               e < 0 ? "-" : (exp_plus ? "+" : ""), MAX(exp_zeros, 1), abs(e));
        g_free(ip);
        g_free(fp);
    } else {
        char *ip, *fp;
        decimal_digits(x, dec_places, &ip, &fp);
        /* optional decimals (#, ?) are dropped when zero */
        int n = dec_places;
        while (n > dec_zeros && fp[n - 1] == '0')
            n--;
        GString *is = g_string_new(strcmp(ip, "0") == 0 && int_zeros == 0 ? "" : ip);
        while ((int)is->len < int_zeros)
            g_string_prepend_c(is, '0');
        if (grouping) {
            for (int k = (int)is->len - 3; k > 0; k -= 3)
                g_string_insert_c(is, k, ',');
        }
        g_string_append(num, is->str);
        if (n > 0)
            g_string_append_printf(num, ".%.*s", n, fp);
        g_string_free(is, TRUE);
        g_free(ip);
        g_free(fp);
    }
    gboolean negative = show_minus && v < 0 && strspn(num->str, "0.,") != num->len;
    char *out = g_strdup_printf("%s%s%s%s", negative ? "-" : "", prefix->str, num->str,
                                suffix->str);
    g_string_free(num, TRUE);
    g_string_free(prefix, TRUE);
    g_string_free(suffix, TRUE);
    return out;
}

/* ------------------------------------------------------------ dates */

/* Serial day → civil date and time (the 1900 system counts the 29 February
 * 1900 that never was, as Lotus did). */
static void serial_to_date(double serial, gboolean date1904, int *y, int *mo, int *d, int *h,
                           int *mi, int *s, int *wday)
{
    double days = floor(serial);
    long secs = lround((serial - days) * 86400.0);
    if (secs >= 86400) {
        secs -= 86400;
        days += 1;
    }
    *h = (int)(secs / 3600);
    *mi = (int)(secs / 60 % 60);
    *s = (int)(secs % 60);
    GDate *base;
    long n = (long)days;
    if (date1904) {
        base = g_date_new_dmy(1, G_DATE_JANUARY, 1904);
    } else if (n == 60) {
        *y = 1900, *mo = 2, *d = 29, *wday = 3;
        return;
    } else {
        base = g_date_new_dmy(n < 60 ? 31 : 30, G_DATE_DECEMBER, 1899);
    }
    if (n > 0 && n < 2958466) /* up to 9999-12-31 */
        g_date_add_days(base, (guint)n);
    *y = g_date_get_year(base);
    *mo = g_date_get_month(base);
    *d = g_date_get_day(base);
    *wday = g_date_get_weekday(base) % 7; /* GLib: Monday 1 … Sunday 7 */
    g_date_free(base);
}

static int run_of(const char *p, char c)
{
    int n = 0;
    while (g_ascii_tolower(p[n]) == c)
        n++;
    return n;
}

static char *format_date_section(double v, const char *sec, gboolean date1904)
{
    if (v < 0 || v > 2958465.99999)
        return general(v); /* Excel shows ##### ; the number says more */
    int y, mo, d, h, mi, s, wd;
    serial_to_date(v, date1904, &y, &mo, &d, &h, &mi, &s, &wd);
    gboolean ampm = strstr(sec, "AM/PM") || strstr(sec, "am/pm") || strstr(sec, "上午/下午");
    GString *out = g_string_new(NULL);
    gboolean after_hour = FALSE; /* an m right after h is minutes */
    for (const char *p = sec; *p;) {
        if (g_str_has_prefix(p, "AM/PM") || g_str_has_prefix(p, "am/pm")) {
            g_string_append(out, h < 12 ? "AM" : "PM");
            p += 5;
            continue;
        }
        if (g_str_has_prefix(p, "上午/下午")) {
            g_string_append(out, h < 12 ? "上午" : "下午");
            p += strlen("上午/下午");
            continue;
        }
        if (*p == '[') {
            const char *e = strchr(p, ']');
            if (e && e > p + 1 && (p[1] == 'h' || p[1] == 'H')) {
                g_string_append_printf(out, "%ld", (long)floor(v * 24));
                after_hour = TRUE;
                p = e + 1;
                continue;
            }
        }
        if (take_literal(&p, out))
            continue;
        char c = g_ascii_tolower(*p);
        int n = run_of(p, c);
        if (c == 'y') {
            if (n <= 2)
                g_string_append_printf(out, "%02d", y % 100);
            else
                g_string_append_printf(out, "%04d", y);
        } else if (c == 'm') {
            /* minutes after an hour or before seconds */
            const char *q = p + n;
            while (*q && !strchr("yYmMdDhHsS", *q))
                q++;
            gboolean minutes = n <= 2 && (after_hour || g_ascii_tolower(*q) == 's');
            if (minutes)
                g_string_append_printf(out, n == 2 ? "%02d" : "%d", mi);
            else if (n == 1)
                g_string_append_printf(out, "%d", mo);
            else if (n == 2)
                g_string_append_printf(out, "%02d", mo);
            else if (n == 3)
                g_string_append_len(out, month_names[mo - 1], 3);
            else if (n == 5)
                g_string_append_c(out, month_names[mo - 1][0]);
            else
                g_string_append(out, month_names[mo - 1]);
            after_hour = FALSE;
        } else if (c == 'd') {
            if (n <= 2)
                g_string_append_printf(out, n == 2 ? "%02d" : "%d", d);
            else if (n == 3)
                g_string_append_len(out, day_names[wd], 3);
            else
                g_string_append(out, day_names[wd]);
        } else if (c == 'h') {
            int hh = ampm ? (h % 12 == 0 ? 12 : h % 12) : h;
            g_string_append_printf(out, n >= 2 ? "%02d" : "%d", hh);
            after_hour = TRUE;
            p += n;
            continue;
        } else if (c == 's') {
            g_string_append_printf(out, n >= 2 ? "%02d" : "%d", s);
        } else if (c == 'e') {
            g_string_append_printf(out, "%d", y);
        } else {
            int bytes = g_utf8_next_char(p) - p;
            g_string_append_len(out, p, bytes);
            p += bytes;
            continue;
        }
        p += n;
        after_hour = FALSE; /* only an m right after the hour is minutes */
    }
    return g_string_free(out, FALSE);
}

/* ------------------------------------------------------------ entry */

char *jx_xlsx_format_number(double v, const char *code, gboolean date1904)
{
    if (!isfinite(v))
        return g_strdup("#NUM!");
    if (!code || !*code || g_ascii_strcasecmp(code, "General") == 0)
        return general(v);
    GPtrArray *secs = sections_of(code);
    const char *sec = g_ptr_array_index(secs, 0);
    gboolean show_minus = TRUE;
    if (v < 0 && secs->len >= 2 && *(const char *)g_ptr_array_index(secs, 1)) {
        sec = g_ptr_array_index(secs, 1);
        v = -v; /* the negative section writes its own sign, if any */
        show_minus = FALSE;
    } else if (v == 0 && secs->len >= 3 && *(const char *)g_ptr_array_index(secs, 2)) {
        sec = g_ptr_array_index(secs, 2);
    }
    char *out;
    if (is_date_section(sec))
        out = format_date_section(v, sec, date1904);
    else if (strchr(sec, '0') || strchr(sec, '#') || strchr(sec, '?') ||
             g_strrstr(sec, "General") || g_strrstr(sec, "general"))
        out = format_number_section(v, sec, show_minus);
    else if (strchr(sec, '@') || !*sec)
        out = general(v);
    else
        out = format_number_section(v, sec, show_minus); /* literals only: "-" for zero */
    g_ptr_array_unref(secs);
    return out;
}
