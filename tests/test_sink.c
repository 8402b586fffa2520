/*
 * test_sink.c — the JSON Lines and CSV sinks: key order, RFC 4180 quoting,
 * the BOM, formula guarding for spreadsheets, and a header even when a batch
 * has no indicator.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/core.h"

#include <json-glib/json-glib.h>

/* Writes the records through a new sink of `format`/`flags`; returns the bytes. */
static char *written(jx_sink_format format, unsigned flags, jx_record **recs, int n)
{
    GOutputStream *mem = g_memory_output_stream_new_resizable();
    jx_sink *sink = jx_sink_new(format, mem, flags);
    GError *error = NULL;
    for (int i = 0; i < n; i++)
        assert_true(jx_sink_write(sink, recs[i], &error));
    assert_true(jx_sink_flush(sink, &error));
    jx_sink_free(sink);
    g_output_stream_write_all(mem, "", 1, NULL, NULL, NULL); /* NUL-terminate */
    g_output_stream_close(mem, NULL, NULL);
    char *data = g_memory_output_stream_steal_data(G_MEMORY_OUTPUT_STREAM(mem));
    g_object_unref(mem);
    return data;
}

static jx_record *document(void)
{
    jx_record *d = jx_record_new(JX_RECORD_DOCUMENT);
    jx_record_set_string(d, JX_F_DOC, "a.txt");
    jx_record_set_string(d, JX_F_TITLE, "绩效目标表, 2023");
    jx_record_set_int(d, JX_F_YEAR, 2023);
    return d;
}

static jx_record *indicator(const char *name, const char *op, const char *text)
{
    jx_record *r = jx_record_new(JX_RECORD_INDICATOR);
    jx_record_set_string(r, JX_F_DOC, "a.txt");
    jx_record_set_int(r, JX_F_SEQ, 1);
    jx_record_set_string(r, JX_F_NAME, name);
    jx_record_set_string(r, JX_F_OP, op);
    jx_record_set_string(r, JX_F_VALUE, "-5");
    jx_record_set_string(r, JX_F_TEXT, text);
    GPtrArray *flags = g_ptr_array_new();
    g_ptr_array_add(flags, "filled-down");
    g_ptr_array_add(flags, "joined-lines");
    jx_record_set_list(r, JX_F_FLAGS, flags);
    g_ptr_array_unref(flags);
    return r;
}

static void test_jsonl(void **state)
{
    (void)state;
    jx_record *recs[] = {document(), indicator("培训\"人次\"", "=", "= | 20 | 项")};
    char *out = written(JX_SINK_JSONL, 0, recs, 2);
    char **lines = g_strsplit(out, "\n", -1);
    assert_int_equal(g_strv_length(lines), 3); /* two lines and the final empty piece */
    assert_true(g_str_has_prefix(lines[0], "{\"type\":\"document\""));
    assert_true(g_str_has_prefix(lines[1], "{\"type\":\"indicator\",\"doc\":\"a.txt\",\"seq\":1"));
    assert_non_null(strstr(lines[1], "\"name\":\"培训\\\"人次\\\"\""));
    g_strfreev(lines);
    g_free(out);
    for (int i = 0; i < 2; i++)
        jx_record_free(recs[i]);
}

static void test_csv_quoting_and_context(void **state)
{
    (void)state;
    jx_record *recs[] = {document(), indicator("a,b", "=", "= | 20 | 项")};
    char *out = written(JX_SINK_CSV, 0, recs, 2);
    assert_true(g_str_has_prefix(out, "doc,title,year,"));
    char **lines = g_strsplit(out, "\r\n", -1);
    assert_true(g_str_has_prefix(lines[1], "a.txt,\"绩效目标表, 2023\",2023,"));
    assert_non_null(strstr(lines[1], ",\"a,b\","));
    assert_non_null(strstr(lines[1], ",=,-5,"));
    assert_non_null(strstr(lines[1], ",filled-down;joined-lines"));
    g_strfreev(lines);
    g_free(out);
    for (int i = 0; i < 2; i++)
        jx_record_free(recs[i]);
}

static void test_csv_excel(void **state)
{
    (void)state;
    jx_record *recs[] = {document(), indicator("@cmd", "=", "= | 20 | 项")};
    char *out = written(JX_SINK_CSV, JX_SINK_CSV_BOM | JX_SINK_CSV_GUARD, recs, 2);
    assert_memory_equal(out, "\xEF\xBB\xBF" "doc,", 7);
    assert_non_null(strstr(out, ",'@cmd,"));
    assert_non_null(strstr(out, ",'=,-5,")); /* a negative number stays a number */
    assert_non_null(strstr(out, ",'= | 20 | 项,"));
    g_free(out);
    for (int i = 0; i < 2; i++)
        jx_record_free(recs[i]);

    /* OWASP's list: + - tab and CR lead formulas too; plain numbers stay numbers */
    static const struct {
        const char *name, *csv;
    } cases[] = {
        {"+1+cmd", ",'+1+cmd,"},     {"-1+cmd", ",'-1+cmd,"},   {"\tcmd", ",'\tcmd,"},
        {"\r=cmd", ",\"'\r=cmd\","}, {"-2.5", ",-2.5,"},       {"+3", ",+3,"},
        {"-", ",'-,"},
    };
    for (gsize k = 0; k < G_N_ELEMENTS(cases); k++) {
        recs[0] = document();
        recs[1] = indicator(cases[k].name, "=", "x");
        out = written(JX_SINK_CSV, JX_SINK_CSV_GUARD, recs, 2);
        if (!strstr(out, cases[k].csv))
            fail_msg("name %s: expected %s in %s", cases[k].name, cases[k].csv, out);
        g_free(out);
        for (int i = 0; i < 2; i++)
            jx_record_free(recs[i]);
    }
}

/* Typed records: every contract key maps to its field and back; a value set
 * twice keeps its place; nested records and lists come out as JSON does. */
static void test_typed_fields(void **state)
{
    (void)state;
    for (int f = 0; f < JX_F_COUNT; f++) {
        jx_field back;
        assert_non_null(jx_field_name((jx_field)f));
        assert_true(jx_field_from_name(jx_field_name((jx_field)f), &back));
        assert_int_equal(back, f);
    }
    jx_field none;
    assert_false(jx_field_from_name("levl1", &none));
    jx_record *r = jx_record_new(JX_RECORD_INDICATOR);
    jx_record_set_string(r, JX_F_NAME, "a");
    jx_record_set_int(r, JX_F_SEQ, 3);
    jx_record_set_string(r, JX_F_NAME, "b"); /* replaced in place */
    jx_record *half = jx_record_new(JX_RECORD_VALUE);
    jx_record_set_string(half, JX_F_VALUE, "50");
    jx_record_set_record(r, JX_F_HALF, half);
    jx_record_set_list(r, JX_F_FLAGS, NULL);
    char *json = jx_record_to_json(r);
    assert_string_equal(json, "{\"type\":\"indicator\",\"name\":\"b\",\"seq\":3,"
                              "\"half\":{\"value\":\"50\"},\"flags\":null}");
    g_free(json);
    assert_string_equal(jx_record_string(r, JX_F_NAME), "b");
    assert_string_equal(jx_record_string(r, JX_F_TYPE), "indicator");
    assert_int_equal(jx_record_int(r, JX_F_SEQ, -1), 3);
    assert_int_equal(jx_record_int(r, JX_F_NAME, -1), -1);
    assert_string_equal(jx_record_string(jx_record_sub(r, JX_F_HALF), JX_F_VALUE), "50");
    assert_true(jx_record_has_field(r, JX_F_FLAGS));
    assert_false(jx_record_has_field(r, JX_F_UNIT));
    assert_string_equal(jx_record_get_string(r, "name"), "b");
    assert_null(jx_record_get_string(r, "no-such-key"));
    jx_record *copy = jx_record_copy(r);
    jx_record_free(r);
    json = jx_record_to_json(copy);
    assert_non_null(strstr(json, "\"half\":{\"value\":\"50\"}"));
    g_free(json);
    jx_record_free(copy);
}

/* A record's strings live in blocks of its own: a value read stays valid
 * while others are set past the first block, a value set from the record's
 * own string and a long one come back whole, and a copy holds its own. */
static void test_record_strings_stay(void **state)
{
    (void)state;
    jx_record *r = jx_record_new(JX_RECORD_INDICATOR);
    jx_record_set_string(r, JX_F_NAME, "资金到位率");
    const char *name = jx_record_string(r, JX_F_NAME);
    GString *longer = g_string_new(NULL);
    for (int i = 0; i < 300; i++)
        g_string_append_c(longer, (char)('a' + i % 26));
    jx_record_set_string(r, JX_F_TEXT, longer->str); /* past the first block */
    jx_record_set_string_len(r, JX_F_OP, "≥100", 3); /* bytes, no NUL after */
    jx_record_set_string(r, JX_F_VALUE, name);        /* from the record's own */
    assert_string_equal(name, "资金到位率");
    assert_string_equal(jx_record_string(r, JX_F_VALUE), "资金到位率");
    assert_string_equal(jx_record_string(r, JX_F_TEXT), longer->str);
    assert_string_equal(jx_record_string(r, JX_F_OP), "≥");
    jx_record *copy = jx_record_copy(r);
    jx_record_free(r);
    assert_string_equal(jx_record_string(copy, JX_F_TEXT), longer->str);
    assert_string_equal(jx_record_string(copy, JX_F_NAME), "资金到位率");
    jx_record_free(copy);
    g_string_free(longer, TRUE);
}

/* The JSON writer against json-glib, on strings of every ASCII character and
 * random UTF-8: byte for byte the same as json-glib's generator, except
 * U+001F, which json-glib leaves raw (invalid JSON) and jixiao escapes. */
static void test_json_strings_like_json_glib(void **state)
{
    (void)state;
    GRand *rand = g_rand_new_with_seed(7);
    static const char *const pieces[] = {"中", "文", "\u2028", "\u00e9", "\U0001F600", "\xef\xbf\xbd"};
    for (int k = 0; k < 2000; k++) {
        GString *s = g_string_new(NULL);
        int len = g_rand_int_range(rand, 0, 12);
        for (int i = 0; i < len; i++) {
            if (g_rand_boolean(rand))
                g_string_append_c(s, (char)g_rand_int_range(rand, 1, 0x80));
            else
                g_string_append(s, pieces[g_rand_int_range(rand, 0, G_N_ELEMENTS(pieces))]);
        }
        if (k < 0x7F) { /* each ASCII character once on its own */
            g_string_truncate(s, 0);
            g_string_append_c(s, (char)(k + 1));
        }
        jx_record *r = jx_record_new(JX_RECORD_FACT);
        jx_record_set_string(r, JX_F_TEXT, s->str);
        char *ours = jx_record_to_json(r);
        jx_record_free(r);

        JsonObject *o = json_object_new();
        json_object_set_string_member(o, "type", "fact");
        json_object_set_string_member(o, "text", s->str);
        JsonNode *n = json_node_new(JSON_NODE_OBJECT);
        json_node_take_object(n, o);
        char *theirs = json_to_string(n, FALSE);
        json_node_unref(n);
        if (strchr(s->str, 0x1F)) {
            JsonNode *back = json_from_string(ours, NULL);
            assert_non_null(back);
            assert_string_equal(json_object_get_string_member(json_node_get_object(back), "text"),
                                s->str);
            json_node_unref(back);
        } else if (strcmp(ours, theirs) != 0) {
            fail_msg("string %d: jixiao wrote %s, json-glib %s", k, ours, theirs);
        }
        g_free(ours);
        g_free(theirs);
        g_string_free(s, TRUE);
    }
    g_rand_free(rand);
}

/* The JSON form of `s` byte by byte, as RFC 8259 wants it and as the writer
 * documents it (controls, DEL, quote, backslash escaped): the reference the
 * writer's word-at-a-time scan is held to. */
static char *json_string_bytewise(const char *s)
{
    GString *out = g_string_new("\"");
    for (const guchar *p = (const guchar *)s; *p; p++) {
        switch (*p) {
        case '"': g_string_append(out, "\\\""); break;
        case '\\': g_string_append(out, "\\\\"); break;
        case '\b': g_string_append(out, "\\b"); break;
        case '\f': g_string_append(out, "\\f"); break;
        case '\n': g_string_append(out, "\\n"); break;
        case '\r': g_string_append(out, "\\r"); break;
        case '\t': g_string_append(out, "\\t"); break;
        default:
            if (*p < 0x20 || *p == 0x7F)
                g_string_append_printf(out, "\\u%04x", *p);
            else
                g_string_append_c(out, (char)*p);
        }
    }
    g_string_append_c(out, '"');
    return g_string_free(out, FALSE);
}

/* The writer reads a text eight bytes at a time, the last step overlapping
 * the one before: every byte value (1–255) at every position of texts of 1
 * to 24 bytes, among ASCII letters and among the bytes of Chinese
 * characters (a step then starts inside a character), and two escapes in
 * one step, come out as the byte-by-byte reference writes them. */
static void test_json_escapes_at_every_position(void **state)
{
    (void)state;
    static const char *const fillers[] = {"abcdefghijklmnopqrstuvwxyz", "中文绩效目标表年度指标"};
    for (gsize f = 0; f < G_N_ELEMENTS(fillers); f++)
        for (int len = 1; len <= 24; len++)
            for (int at = 0; at < len; at++)
                for (int b = 1; b < 256; b++) {
                    char text[32];
                    memcpy(text, fillers[f], (gsize)len);
                    text[len] = '\0';
                    text[at] = (char)b;
                    if (at + 3 < len)
                        text[at + 3] = '"';
                    GString *ours = g_string_new(NULL);
                    jx_json_append_string(ours, text);
                    char *want = json_string_bytewise(text);
                    if (strcmp(ours->str, want) != 0)
                        fail_msg("byte %#x at %d of %d: wrote %s, want %s", b, at, len, ours->str,
                                 want);
                    g_free(want);
                    g_string_free(ours, TRUE);
                }
}

/* A batch without indicators still gets the header: an empty table, not an empty file. */
static void test_csv_header_only(void **state)
{
    (void)state;
    jx_record *recs[] = {document()};
    char *out = written(JX_SINK_CSV, 0, recs, 1);
    assert_true(g_str_has_prefix(out, "doc,title,"));
    char **lines = g_strsplit(out, "\r\n", -1);
    assert_int_equal(g_strv_length(lines), 2);
    g_strfreev(lines);
    g_free(out);
    jx_record_free(recs[0]);
}

/* A record keeps its values when its slots outgrow the ones made with it
 * and its strings the first text block, lists included, and a copy holds
 * its own. */
static void test_record_growth(void **state)
{
    (void)state;
    jx_record *rec = jx_record_new(JX_RECORD_VALUE); /* the fewest slots at first */
    GString *big = g_string_new(NULL);
    for (int i = 0; i < 300; i++)
        g_string_append(big, "指标");
    GPtrArray *flags = g_ptr_array_new();
    g_ptr_array_add(flags, "filled-down");
    g_ptr_array_add(flags, big->str);
    for (int f = JX_F_DOC; f < JX_F_COUNT; f++) {
        if (f == JX_F_FLAGS)
            jx_record_set_list(rec, f, flags);
        else
            jx_record_set_string(rec, f, f % 7 ? jx_field_name(f) : big->str);
    }
    jx_record *copy = jx_record_copy(rec);
    for (int k = 0; k < 2; k++) {
        const jx_record *r = k ? copy : rec;
        for (int f = JX_F_DOC; f < JX_F_COUNT; f++) {
            if (f == JX_F_FLAGS) {
                const char *const *list = jx_record_list_of(r, f);
                assert_string_equal(list[0], "filled-down");
                assert_string_equal(list[1], big->str);
                assert_null(list[2]);
            } else {
                assert_string_equal(jx_record_get_string(r, jx_field_name(f)),
                                    f % 7 ? jx_field_name(f) : big->str);
            }
        }
    }
    jx_record_free(rec);
    jx_record_free(copy);
    g_ptr_array_unref(flags);
    g_string_free(big, TRUE);
}

/* An arena's allocations are aligned for any type, zeroed when asked, and
 * stay apart, large requests and blocks outgrown included. */
static void test_arena(void **state)
{
    (void)state;
    jx_arena *arena = jx_arena_new(256);
    guchar *seen[200];
    gsize sizes[200];
    for (int i = 0; i < 200; i++) {
        sizes[i] = (gsize)(i % 13 == 0 ? 1000 + i : 1 + i % 40);
        seen[i] = i % 2 ? jx_arena_alloc0(arena, sizes[i]) : jx_arena_alloc(arena, sizes[i]);
        assert_int_equal((guintptr)seen[i] % G_ALIGNOF(gint64), 0);
        assert_int_equal((guintptr)seen[i] % G_ALIGNOF(double), 0);
        for (gsize b = 0; i % 2 && b < sizes[i]; b++)
            assert_int_equal(seen[i][b], 0);
        memset(seen[i], i, sizes[i]);
    }
    for (int i = 0; i < 200; i++)
        for (gsize b = 0; b < sizes[i]; b++)
            assert_int_equal(seen[i][b], (guchar)i);
    double *d = jx_arena_new0_n(arena, double, 3);
    assert_true(d[0] == 0.0 && d[2] == 0.0);
    jx_arena_free(arena);
    jx_arena_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsonl),
        cmocka_unit_test(test_record_growth),
        cmocka_unit_test(test_arena),
        cmocka_unit_test(test_csv_quoting_and_context),
        cmocka_unit_test(test_csv_excel),
        cmocka_unit_test(test_csv_header_only),
        cmocka_unit_test(test_typed_fields),
        cmocka_unit_test(test_record_strings_stay),
        cmocka_unit_test(test_json_strings_like_json_glib),
        cmocka_unit_test(test_json_escapes_at_every_position),
    };
    return cmocka_run_group_tests_name("sinks", tests, NULL, NULL);
}
