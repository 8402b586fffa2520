/*
 * test_sheets.c — target tables read from real spreadsheet exports: a
 * sheet saved as HTML, CSV, XLSX or PDF by LibreOffice Calc.
 *
 * Each case is a document the bench converters made (tests/sheets/
 * <converter>/<family>/<id>.<ext>, kept as it came out: see
 * tests/sheets/README.md) with the generator's ground truth beside it
 * (<id>.expected.jsonl); every indicator is compared with it field by field
 * (tests/support/golden.h): labels, name, target, category and the project a
 * later table names.  A case stands for one class of sheet the reader once
 * got wrong, named in its comment.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "support/dump.h"

static void check_sheet(const char *file)
{
    jx_test_assert_repo_document("tests/sheets", file);
}

/* Several projects' forms printed in one grid: the next project's metadata
 * rows (项目名称 | X, 主管部门 | Y …, 年度目标 | …) came out as indicators of
 * the table above.  They end it, and the header under them opens X's table,
 * whose indicators carry `project`: X — also where a page break cuts the
 * metadata block and the header heads the next page (calc-pdf v0019), and
 * where the project is one cell across the grid (`项目名称：X`, calc-xlsx
 * v0025: it was joined to the level-1 label merged over the rows above). */
static void projects_in_one_grid(void **state)
{
    (void)state;
    check_sheet("calc-html/variant/v0023.html");
    check_sheet("calc-pdf/variant/v0019.pdf");
    check_sheet("calc-xlsx/variant/v0053.xlsx");
    check_sheet("calc-xlsx/variant/v0025.xlsx");
}

/* Section rows (`一、产出指标` on a row of its own) over rows labelled with
 * level-2 labels in one 指标分类 column: `（四）成本指标` under the 产出 section
 * was read as a level-1 of its own (成本指标 is one elsewhere); under its
 * section it is a level-2 of 产出 (output.cost). */
static void cost_under_output_section(void **state)
{
    (void)state;
    check_sheet("calc-html/variant/v0054.html");
    check_sheet("calc-csv/variant/v0054.csv");
}

/* A sheet's CSV keeps a section row as a lone first field (`一、产出,,,`):
 * read as a text line it cut the grid, the rows' level-2 labels became
 * level-1 and, over a 序号 column, the table gave no record at all.  It is a
 * row of the grid, across it; and a label alone on its record says nothing
 * of labels centred over their rows (a row left unlabelled under
 * `（二）可持续影响指标` is that group's, not the next section's). */
static void csv_section_rows(void **state)
{
    (void)state;
    check_sheet("calc-csv/variant/v0029.csv");
    check_sheet("calc-csv/variant/v0053.csv");
    check_sheet("calc-csv/variant/v0054.csv");
}

/* Level-2 labels typed on a group's middle row without a merge, in the one
 * 指标类型 column under section rows (`一、产出指标` alone on its row, then
 * `| 新建改造排水管网 |`, `数量指标 | 发放住房租赁补贴户数 |`, `| 筹集… |`):
 * each label was filled down from its row, so the rows above it took the
 * section alone (no level-2) or the label before.  Each section's rows are
 * split among its labels as a level-2 column's under its level-1 spans,
 * centred where rows precede a section's first label — and in a section
 * whose first row holds its label (效益: `14,经济效益指标,…`, `15,,惠及人口`,
 * `16,社会效益指标,…`) as one other section showed (calc-csv v0035: the
 * section rows are stated, so one span's evidence is the column's). */
static void centred_labels_under_sections(void **state)
{
    (void)state;
    check_sheet("calc-csv/variant/v0007.csv");
    check_sheet("calc-xlsx/variant/v0026.xlsx");
    check_sheet("calc-csv/variant/v0035.csv");
}

/* Forms in the shape of real bureaus' (bureau family): under 成本指标, a
 * name that restates its level-2 label (`社会成本指标 | 社会成本 |
 * 无明显社会成本`) with the row's 指标解释 after its target (b0030), or its
 * text target spanning the operator, value and unit columns, so that it
 * starts under 计算符号 (b0034).  The label was taken for one heading an
 * empty group and the row for the rest of the row above
 * (`项目预算控制率社会成本`). */
static void name_restating_label(void **state)
{
    (void)state;
    check_sheet("calc-csv/bureau/b0030.csv");
    check_sheet("calc-csv/bureau/b0034.csv");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(projects_in_one_grid),
        cmocka_unit_test(cost_under_output_section),
        cmocka_unit_test(csv_section_rows),
        cmocka_unit_test(centred_labels_under_sections),
        cmocka_unit_test(name_restating_label),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
