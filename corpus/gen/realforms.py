#!/usr/bin/env python3
"""Invented target tables in the shape of real bureaus' forms (metadata block in the
same table, a long 年度目标 paragraph across the columns, a narrow label column; every
third form with a 名称 work-item column, every third of those continued in a second
table of its own widths), as HTML, ruled (border="1") and borderless, with expected
records: OUTDIR/html/{ruled,borderless}/fNNNN.{html,expected.jsonl}.

usage: realforms.py OUTDIR N SEED [vary|stacked]

With `vary`, the continued forms (every third of those with a 名称 column, and as
many without one) vary the second table's columns, each form one way: a 名称
work-item column the first table has not, the first table's row-header column
dropped, or the columns kept; with the header repeated or not (`vary` draws these
from a generator of its own: without it the output is as before).

With `stacked`, every form's indicator rows are cut into three to five tables set
one right under the other at rows drawn by a generator of their own (as a bureau's
form pasted together from parts, or the reference tables' rows parted by blank
lines): each part has its own column widths, and a part whose rows continue the
labels above has empty label columns, which a borderless print shrinks to nothing.

Printed for the PDF fixtures of tests/pdf (writer-web-grey-rules-f0001 and
wkhtml-stacked-tables-f0005: OUTDIR 9 11, ruled) by
    soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir OUT FILE.html
    chromium --headless=new --no-sandbox --no-pdf-header-footer --print-to-pdf=OUT.pdf file://FILE.html
    wkhtmltopdf -q FILE.html OUT.pdf
"""
import html, json, os, random, sys

out, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
vary = len(sys.argv) > 4 and sys.argv[4] == "vary"
stacked = len(sys.argv) > 4 and sys.argv[4] == "stacked"
rng = random.Random(seed)
vrng = random.Random(seed * 7919 + 1)
srng = random.Random(seed * 104729 + 3)

PLACES = ["青川县", "临江市", "云溪区", "北塘县", "南岭市", "东阳湖区", "西坪县"]
DEPTS = ["农业农村局", "教育局", "卫生健康局", "文化旅游局", "水利局", "交通运输局", "民政局"]
THINGS = ["乡村道路维护", "中小学校舍改造", "基层医疗设备购置", "公共文化服务", "农田水利设施",
          "养老服务补助", "饮水安全巩固", "社区健身器材", "图书馆数字化"]
L2 = {
    "产出指标": [("数量指标", "output.quantity"), ("质量指标", "output.quality"),
               ("时效指标", "output.timeliness"), ("成本指标", "output.cost")],
    "效益指标": [("经济效益指标", "outcome.economic"), ("社会效益指标", "outcome.social"),
               ("生态效益指标", "outcome.ecological"), ("可持续影响指标", "outcome.sustainability")],
    "满意度指标": [("服务对象满意度指标", "satisfaction.service")],
}
NAMES = {
    "output.quantity": ["维护道路里程", "改造校舍面积", "购置设备数量", "举办培训班次", "新建灌溉渠道长度",
                        "补助对象人数", "配置健身器材套数", "完成数字化图书册数", "开展宣传活动次数"],
    "output.quality": ["工程验收合格率", "设备完好率", "培训考核通过率", "资金使用合规率", "档案资料完整率"],
    "output.timeliness": ["项目完成时间", "资金拨付及时率", "按计划进度完成"],
    "output.cost": ["项目总成本", "单位改造成本", "人均补助标准"],
    "outcome.economic": ["带动农户增收", "节约运行费用"],
    "outcome.social": ["受益群众人数", "群众出行条件改善", "公共服务水平提升"],
    "outcome.ecological": ["水土流失治理面积", "生态环境改善"],
    "outcome.sustainability": ["设施持续使用年限", "长效管护机制建立"],
    "satisfaction.service": ["受益群众满意度", "服务对象满意度", "学生家长满意度"],
}
UNITS = {"output.quantity": ["公里", "平方米", "台", "期", "人", "套", "册", "次"],
         "output.cost": ["万元", "元/平方米", "元/人"], "outcome.economic": ["万元", "%"],
         "outcome.social": ["人", "万人次"], "outcome.ecological": ["亩", "平方公里"],
         "outcome.sustainability": ["年"]}
SENT = ["完善基础设施建设,提升公共服务均等化水平", "加强项目全过程管理,确保资金安全高效使用",
        "按照年度工作计划分步骤推进各项任务", "建立健全长效管护机制,巩固已有建设成果",
        "切实改善群众生产生活条件,增强获得感和幸福感", "严格执行政府采购和招投标制度",
        "强化绩效运行监控,及时纠正执行偏差", "做好项目档案收集整理和验收工作"]


def value_of(cat):
    """(cell text, op, value, kind, unit)"""
    if cat in ("output.quality", "satisfaction.service") or (cat == "outcome.economic" and rng.random() < .3):
        v = rng.choice(["85", "90", "95", "98", "100"])
        op = rng.choice([">=", "="]) if v != "100" else "="
        return ("≥" if op == ">=" else "") + v + "%", op if op == ">=" else None, v, "number", "%"
    if cat == "output.timeliness":
        t = rng.choice(["按时完成", "12月底前完成", "及时拨付"])
        return t, None, t, "text", None
    if cat in ("outcome.social", "outcome.sustainability", "outcome.ecological") and rng.random() < .5:
        t = rng.choice(["明显改善", "逐步提高", "有效提升", "长期"])
        return t, None, t, "text", None
    u = rng.choice(UNITS.get(cat, ["个"]))
    v = str(rng.choice([3, 8, 12, 25, 40, 60, 120, 350, 1200]))
    op = rng.choice([">=", "<=", None]) if cat != "output.cost" else "<="
    sym = {">=": "≥", "<=": "≤", None: ""}[op]
    return sym + v + u, op, v, "number", u


def form(k, ruled):
    place, dept, thing = rng.choice(PLACES), rng.choice(DEPTS), rng.choice(THINGS)
    year = rng.choice([2022, 2023, 2024, 2025])
    title = "%d年%s%s%s项目绩效目标表" % (year, place, dept, thing)
    total = rng.randint(50, 3000) + rng.choice([0, .5, .25])
    para = "".join(rng.choice(SENT) + rng.choice([",", ";", "。"]) for _ in range(rng.randint(6, 14)))
    inds = []
    for l1 in ["产出指标", "效益指标", "满意度指标"]:
        l2s = L2[l1] if l1 != "效益指标" else rng.sample(L2[l1], rng.randint(1, 3))
        for l2, cat in l2s:
            for name in rng.sample(NAMES[cat], rng.randint(1, min(3, len(NAMES[cat])))):
                inds.append((l1, l2, cat, name, value_of(cat)))
    border = ' border="1" cellspacing="0" cellpadding="2"' if ruled else ' cellspacing="0" cellpadding="2"'
    h = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title></title>',
         '<style>body{font-family:"Noto Sans CJK SC",sans-serif;font-size:10pt}</style></head><body>',
         "<p>%s</p>" % html.escape(title), "<table%s>" % border]
    e = html.escape
    h.append('<tr><td>项目名称</td><td colspan="5">%s</td></tr>' % e(place + thing + "项目"))
    h.append('<tr><td>主管部门</td><td colspan="2">%s</td><td>实施单位</td><td colspan="2">%s</td></tr>'
             % (e(place + dept), e(place + dept + rng.choice(["项目办", "计财股", "事务中心"]))))
    h.append('<tr><td>项目资金(万元)</td><td>年度资金总额:</td><td colspan="4">%.2f</td></tr>' % total)
    h.append('<tr><td></td><td>其中:财政拨款</td><td colspan="4">%.2f</td></tr>' % total)
    h.append('<tr><td></td><td>其他资金</td><td colspan="4">0</td></tr>')
    h.append('<tr><td>年度目标</td><td colspan="5">%s</td></tr>' % e(para))
    shape = k % 3  # 0: plain; 1: a task column with long text; 2: split into two tables
    task_col = shape >= 1
    # vary: how the second table's columns differ from the first's
    change = vrng.choice(["task", "rowhead", "same"]) if vary else "same"
    repeat = vary and vrng.random() < .5
    split = shape == 2 or (vary and shape == 0)
    if vary and shape == 0 and change == "task":
        task_col = False  # the second table adds it
    elif vary and shape == 2 and change == "task":
        change = "same"

    def header(task, rowhead=True):
        rh = '<td></td>' if rowhead else ''
        if task:
            return '<tr>%s<td>一级指标</td><td>二级指标</td><td>名称</td><td>指标内容</td><td>指标值</td></tr>' % rh
        return '<tr>%s<td>一级指标</td><td>二级指标</td><td>三级指标</td><td colspan="2">指标值</td></tr>' % rh
    h.append(header(task_col))
    first = True
    prev1 = prev2 = None
    cut = len(inds) // 2 if split else -1
    cuts = set(srng.sample(range(1, len(inds)), min(len(inds) - 1, srng.randint(2, 4)))) if stacked else {cut}
    tasks = []
    rowhead = True
    for j, (l1, l2, cat, name, (cell, op, v, kind, unit)) in enumerate(inds):
        if j in cuts:
            h.append("</table>")
            h.append("<table%s>" % border)
            if change == "task":
                task_col = True
            rowhead = change != "rowhead"
            if repeat:
                h.append(header(task_col, rowhead))
        lab = "年度绩效指标" if first else ""
        if not rowhead:
            lab = None
        c1 = l1 if l1 != prev1 else ""
        c2 = l2 if (l1, l2) != prev2 else ""
        if task_col:
            t = rng.choice(SENT)[:rng.randint(8, 24)] + "等"
            tasks.append(t)
            h.append(('<tr>%s<td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>'
                      % ('' if lab is None else '<td>%s</td>' % lab, e(c1), e(c2), e(t), e(name), e(cell))))
        else:
            tasks.append(None)
            h.append(('<tr>%s<td>%s</td><td>%s</td><td>%s</td><td colspan="2">%s</td></tr>'
                      % ('' if lab is None else '<td>%s</td>' % lab, e(c1), e(c2), e(name), e(cell))))
        first, prev1, prev2 = False, l1, (l1, l2)
    h.append("</table></body></html>")
    doc = "f%04d" % k
    exp = []
    for (l1, l2, cat, name, (cell, op, v, kind, unit)), t in zip(inds, tasks):
        r = {"type": "indicator", "doc": doc, "level1": l1, "level2": l2, "name": name,
             "category": cat, "op": op, "value": v, "kind": kind, "unit": unit}
        if t:
            r["task"] = t
        exp.append(json.dumps(r, ensure_ascii=False))
    return doc, "\n".join(h) + "\n", "\n".join(exp) + "\n"


for fam in ["ruled", "borderless"]:
    d = os.path.join(out, "html", fam)
    os.makedirs(d, exist_ok=True)
    for k in range(n):
        doc, text, exp = form(k, fam == "ruled")
        open(os.path.join(d, doc + ".html"), "w").write(text)
        open(os.path.join(d, doc + ".expected.jsonl"), "w").write(exp)
