#!/usr/bin/env python3
"""Invented target tables as a Writer HTML export sets them (corpus/gen/forms.py's
writer-html): a 16-point title and 12-point metadata paragraphs over a borderless
table of 9-point cells with no padding, cut into parts of their own (one table a
page, each with its header), its first part a few rows of short names, the level
labels printed once, in the first row of their span.  WeasyPrint sizes each part's
columns to its text, so page 1's table stands narrow in a smaller face than the
prose above it.  Writes OUTDIR/fNNNN.{html,expected.jsonl}.

usage: smallface.py OUTDIR N SEED [narrow]

With `narrow`, the label columns are a character wide and the names' three
(a bureau's form): WeasyPrint sets each label a character a line.

Printed for the PDF fixture of tests/pdf (weasy-small-face-table-f0001: OUTDIR 3 5) by
    weasyprint -q FILE.html OUT.pdf
"""
import html, json, os, random, sys

out, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
narrow = len(sys.argv) > 4 and sys.argv[4] == "narrow"
rng = random.Random(seed)

PLACES = ["青川县", "临江市", "云溪区", "北塘县", "南岭市"]
DEPTS = ["农业农村局", "教育局", "文化旅游局", "水利局", "民政局"]
THINGS = ["乡村道路维护补助资金", "公共文化服务补助资金", "农田水利设施建设资金", "养老服务补助资金"]
# (level1, level2, category, [(name, op, value, unit)])
GROUPS = [
    ("产出", "数量", "output.quantity",
     [("维护道路", ">=", "{n}", "公里"), ("新建泵站", None, "{n}", "座"), ("培训人数", ">=", "{n}", "人"),
      ("购置设备", "=", "{n}", "台"), ("新修渠道", ">=", "{n}", "公里")]),
    ("产出", "质量", "output.quality",
     [("工程验收合格率", "=", "100", "%"), ("设备完好率", ">=", "9{d}", "%"), ("档案资料完整率", "=", "100", "%")]),
    ("产出", "时效", "output.timeliness",
     [("审批办结时限", "<=", "{d}", "个工作日"), ("资金拨付及时率", "=", "100", "%")]),
    ("效益", "社会效益", "outcome.social",
     [("受益群众人数", ">=", "{n}", "人"), ("群众出行条件改善", None, "明显改善", None)]),
    ("满意度", "满意度", "satisfaction",
     [("受益群众满意度", ">=", "9{d}", "%"), ("服务对象满意度", ">=", "8{d}", "%")]),
]
SIGN = {">=": "≥", "<=": "≤", "=": "=", None: ""}
CELL = '<td style="border: none; padding: 0in"><p align="center"><font style="font-size: 9pt">%s</font></p></td>'
# with `narrow`, the label columns a character wide and the names' three, as
# bureaus' forms set them: every label a character a line, every name wrapped
WIDTH = {1: "width: 9pt; ", 2: "width: 9pt; ", 3: "width: 27pt; "}


def cell(k, text):
    return CELL.replace('style="', 'style="' + (WIDTH.get(k, "") if narrow else ""), 1) % text


HEAD = ('<tr>' + ''.join(cell(k, '<b>%s</b>' % h) for k, h in
        enumerate(("序号", "一级指标", "二级指标", "三级指标", "运算符号", "目标值", "单位"))) + '</tr>')


def rows_of(group_rows):
    """The table rows of [(seq, level1-or-None, level2-or-None, record)]."""
    out = []
    for seq, l1, l2, r in group_rows:
        cells = [str(seq), l1 or "", l2 or "", r["name"], SIGN[r["op"]], r["shown"], r["unit"] or ""]
        out.append("<tr>" + "".join(cell(k, html.escape(c)) for k, c in enumerate(cells)) + "</tr>")
    return out


for i in range(1, n + 1):
    fid = "f%04d" % i
    place, dept, thing = rng.choice(PLACES), rng.choice(DEPTS), rng.choice(THINGS)
    year = rng.choice([2021, 2022, 2023])
    records, listed = [], []
    for l1, l2, cat, names in GROUPS:
        first_of_l2 = True
        for name, op, value, unit in names[:rng.randint(2, len(names))]:
            v = value.format(n=rng.randint(2, 90) * 10, d=rng.randint(1, 8))
            kind = "number" if v[0].isdigit() else "text"
            rec = {"name": name, "op": op, "value": v, "kind": kind, "unit": unit,
                   "level1": l1, "level2": l2, "category": cat, "shown": v}
            records.append(rec)
            first_l1 = not listed or listed[-1][3]["level1"] != l1
            listed.append((len(listed) + 1, l1 if first_l1 else None, l2 if first_of_l2 else None, rec))
            first_of_l2 = False
    # the first part: the first few rows (short names), then the rest on the next page
    cut = rng.randint(3, 5)
    parts = [listed[:cut], listed[cut:]]
    meta = [("项目名称", thing), ("主管部门", place + dept), ("实施单位", place + dept),
            ("申请金额（万元）", str(rng.randint(100, 9000)))]
    goal = "按照%d年度工作计划，%s达到目标，确保各项任务按时保质完成，群众满意度达到90%%以上；" \
           "通过项目实施，进一步提升公共服务能力和水平，切实增强服务对象的获得感和满意度。" % (
               year, records[0]["name"])
    body = ['<p align="center"><font style="font-size: 16pt"><b>%d年%s绩效目标表</b></font></p>' % (year, thing),
            '<p align="right" style="margin-bottom: 0in">金额单位：万元</p>']
    body += ['<p style="margin-bottom: 0in">%s：%s</p>' % kv for kv in meta]
    body.append('<p style="margin-bottom: 0in">年度绩效目标：%s</p>' % goal)
    for k, part in enumerate(parts):
        style = ' style="page-break-before: always"' if k else ""
        body.append('<center%s><table cellpadding="2" cellspacing="0">%s%s</table></center>' % (
            style, HEAD, "".join(rows_of(part))))
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"/><style>@page { size: 8.27in 11.69in; '
            'margin: 0.79in } p { line-height: 115%%; margin-bottom: 0.1in }</style></head>'
            '<body lang="zh-CN">%s</body></html>' % "\n".join(body))
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, fid + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    with open(os.path.join(out, fid + ".expected.jsonl"), "w", encoding="utf-8") as f:
        f.write(json.dumps({"type": "document", "doc": fid + ".pdf", "title": "%d年%s绩效目标表" % (year, thing),
                            "kind": "target-table", "year": year}, ensure_ascii=False) + "\n")
        for k, r in enumerate(records, 1):
            rec = {"type": "indicator", "doc": fid + ".pdf", "seq": k, "level1": r["level1"],
                   "level2": r["level2"], "name": r["name"], "task": None, "category": r["category"], "op": r["op"],
                   "value": r["value"], "kind": r["kind"], "unit": r["unit"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
