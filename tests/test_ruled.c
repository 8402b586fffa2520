/*
 * test_ruled.c — target tables read from real text-browser dumps of bordered
 * web pages and from antiword's text of a .doc: tables drawn with rules or
 * bars (extract/ruled.c).
 *
 * Each case is a dump the bench converters made (tests/ruled/<converter>/
 * <family>/<id>.txt, kept as it came out: see tests/ruled/README.md) with
 * the generator's ground truth beside it (<id>.expected.jsonl); every
 * indicator is compared with it field by field (tests/support/golden.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "support/dump.h"

static void check_dump(const char *rel)
{
    jx_test_assert_repo_dump("tests/ruled", rel);
}

/* w3m's box drawing: labels vertically centred in cells merged over rows,
 * a row-header column (年度绩效指标) wrapped down the whole table, work items
 * (名称) and indicator names wrapped inside their cells, a third label column
 * under 效益 and a level-1 label merged across the level-2 columns
 * (满意度指标 beside an empty one). */
static void w3m_box_drawing_with_spans(void **state)
{
    (void)state;
    check_dump("w3m-ruled/dept/f0009");
}

/* elinks: the same box drawing with a space of padding in every cell, a
 * metadata table above the indicators, notes after it. */
static void elinks_box_drawing(void **state)
{
    (void)state;
    check_dump("elinks/standard/f0261");
}

/* links2: ASCII rules whose bars line up only if every character counts one
 * column (links2 does not count a CJK character two wide), half-year and
 * full-year targets, 序号 cells ruled apart beside merged labels. */
static void links_ascii_by_characters(void **state)
{
    (void)state;
    check_dump("links/half/f0063");
}

/* antiword: a Word table as bars between cells, no rules at all — each
 * line a row or a wrapped line of one (`|  |  |基层规范管理服务人数|  |`
 * under `高血压患者`), a header cell over three columns (`|绩效指标 |指标值|`)
 * leaving bars out, and the metadata table printed right above with a
 * frame of its own. */
static void antiword_bars_without_rules(void **state)
{
    (void)state;
    check_dump("antiword/standard/f0001");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(w3m_box_drawing_with_spans),
        cmocka_unit_test(elinks_box_drawing),
        cmocka_unit_test(links_ascii_by_characters),
        cmocka_unit_test(antiword_bars_without_rules),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
