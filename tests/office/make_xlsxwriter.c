/*
 * make_xlsxwriter.c — writes tests/office/xlsxwriter.xlsx with libxlsxwriter
 * (Debian libxlsxwriter-dev), a producer other than LibreOffice and the
 * hand-made packages: Excel's own layout of parts, merged ranges, a number
 * in a percent format, a formula with its cached result.  Run from
 * tests/office/:
 *
 *     cc make_xlsxwriter.c $(pkg-config --cflags --libs xlsxwriter) -o /tmp/mk && /tmp/mk
 */
#include <xlsxwriter.h>
int main(void){
 lxw_workbook *wb = workbook_new("xlsxwriter.xlsx");
 lxw_worksheet *ws = workbook_add_worksheet(wb, "目标表");
 lxw_format *pct = workbook_add_format(wb); format_set_num_format(pct, "0%");
 lxw_format *mg = workbook_add_format(wb); format_set_align(mg, LXW_ALIGN_VERTICAL_CENTER);
 worksheet_merge_range(ws, 0,0,0,4, "项目支出绩效目标表", NULL);
 worksheet_write_string(ws, 1,0,"一级指标",NULL); worksheet_write_string(ws,1,1,"二级指标",NULL); worksheet_write_string(ws,1,2,"三级指标",NULL); worksheet_write_string(ws,1,3,"指标值",NULL);
 worksheet_merge_range(ws, 2,0,4,0, "产出指标", mg);
 worksheet_merge_range(ws, 2,1,3,1, "数量指标", mg);
 worksheet_write_string(ws,2,2,"培训人次",NULL); worksheet_write_number(ws,2,3,500,NULL);
 worksheet_write_string(ws,3,2,"覆盖乡镇",NULL); worksheet_write_formula_num(ws,3,3,"=6*2",NULL,12);
 worksheet_write_string(ws,4,1,"质量指标",NULL); worksheet_write_string(ws,4,2,"合格率",NULL); worksheet_write_number(ws,4,3,0.95,pct);
 worksheet_write_string(ws,5,0,"满意度指标",NULL); worksheet_write_string(ws,5,1,"服务对象满意度指标",NULL); worksheet_write_string(ws,5,2,"群众满意度",NULL); worksheet_write_string(ws,5,3,"≥90%",NULL);
 return workbook_close(wb);
}
