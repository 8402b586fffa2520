#!/usr/bin/env python3
"""Borderless target tables printed by LibreOffice Writer/Web (HTML tables with no widths
and no rules, laid out as wide as their text): labels written once over their rows, long
names that wrap, dates as targets in a narrow value column, a wide task (名称) column or a
long 备注 column.  Usage: narrowweb.py OUT [N [STYLE]]; writes OUT/lo/borderless/<id>.pdf
and <id>.expected.jsonl (the HTML kept as <id>.htm.src).  STYLE 0: 序号|一级|二级|三级|符号|
指标值|单位; 1: 一级|二级|三级|指标值; 2: 名称|一级|二级|三级|指标值; 3: 一级|二级|三级|指标值|备注;
none: 0, 1, 2 in turn.  The fixtures tests/pdf/writer-web-date-* come from `OUT 24` and
`OUT 6 3` (LibreOffice 7.4, Debian 12)."""
import html, json, os, random, subprocess, sys, tempfile

OUT = sys.argv[1] if len(sys.argv) > 1 else "narrowweb"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 24
STYLE = int(sys.argv[3]) if len(sys.argv) > 3 else None   # 3: l1|l2|name|value|备注 (long remarks)
REMARKS = ["按照年度实施方案要求,由项目单位组织实施并报送完成情况,主管部门审核确认后据实统计",
           "以验收报告和相关佐证材料为准,未按要求完成的按比例扣分,资料不全的不予认定",
           "依据第三方抽样调查结果,结合日常检查和群众反映情况综合评定"]
D = os.path.join(OUT, "lo", "borderless")
os.makedirs(D, exist_ok=True)

L2 = {
    "产出指标": [("数量指标", "output.quantity"), ("质量指标", "output.quality"),
               ("时效指标", "output.timeliness"), ("成本指标", "output.cost")],
    "效益指标": [("经济效益指标", "outcome.economic"), ("社会效益指标", "outcome.social"),
               ("生态效益指标", "outcome.ecological"), ("可持续影响指标", "outcome.sustainability")],
    "满意度指标": [("服务对象满意度指标", "satisfaction.service")],
}
HEADS = ["农村", "社区", "基层", "全县", "重点", "公共", "中小", "专项", "示范", "年度"]
STEMS = {
    "output.quantity": ["农技人员业务能力提升培训班举办期数", "公共文化服务设施维修改造数量", "道路安全隐患排查整治点位个数",
                        "基层医疗卫生机构设备更新台套数", "农田水利灌溉渠道清淤疏浚长度", "困难群众临时救助覆盖人数",
                        "科普宣传进村入户活动开展场次", "图书馆古籍资料数字化整理册数", "养老服务站点功能提升改造数量"],
    "output.quality": ["项目竣工验收一次性合格率", "设备采购质量抽检合格率", "培训学员结业考核通过率", "档案资料归档完整率",
                       "工程监理旁站记录完整率", "补助资金发放准确率"],
    "output.timeliness": ["项目竣工验收完成时间", "补助资金拨付完成时间", "年度培训任务完成时间", "设备安装调试完成时间"],
    "output.cost": ["单位面积改造成本控制数", "人均培训经费标准", "项目总成本控制率"],
    "outcome.economic": ["带动项目区农户人均增收", "节约设施运行维护费用"],
    "outcome.social": ["受益群众生产生活条件改善人数", "基本公共服务均等化水平提升", "群众就近就医便利程度"],
    "outcome.ecological": ["水土流失综合治理面积", "农村人居环境整治提升村数"],
    "outcome.sustainability": ["设施建成后持续发挥效益年限", "长效管护机制建立健全情况"],
    "satisfaction.service": ["项目受益群众满意度", "参训学员对培训工作满意度", "服务对象综合满意度"],
}
UNITS = {"output.quantity": ["期", "个", "台套", "公里", "人", "场次", "册"], "output.cost": ["万元", "元/人"],
         "outcome.economic": ["元", "万元"], "outcome.ecological": ["亩", "个"], "outcome.sustainability": ["年"]}
TASKS = ["加强基层公共服务能力建设,完善农村基础设施并落实长效管护", "做好科技特派员下派服务工作,推进技术成果转化应用",
         "组织开展基层农技人员轮训,提升业务水平和服务能力", "实施农村人居环境整治提升行动,改善群众生产生活条件"]
TEXTV = {"outcome.sustainability": ["长期", "持续发挥", "逐步完善"], "outcome.social": ["明显提升", "有所改善"],
         "outcome.ecological": ["明显改善"]}


def value_of(r, cat, sep_op):
    """(op cell, value cell, unit cell, expected op, value, kind, unit)"""
    if cat == "output.timeliness":
        y = 2024
        m, d = r.choice([(12, 31), (11, 30), (6, 30), (10, 31)])
        v = "%d年%d月%d日" % (y, m, d)
        return "≤", v, "", "<=", "%d-%02d-%02d" % (y, m, d), "date", None
    if cat in TEXTV and r.random() < .5:
        v = r.choice(TEXTV[cat])
        return "", v, "", None, v, "text", None
    if cat in ("output.quality", "satisfaction.service"):
        v = r.choice(["90", "95", "98", "100"])
        op = "=" if v == "100" else "≥"
        return op, v, "%", "=" if op == "=" else ">=", v, "number", "%"
    if cat == "output.cost":
        v = str(r.choice([120, 350, 800, 1500]))
        u = r.choice(UNITS[cat])
        return "≤", v, u, "<=", v, "number", u
    v = str(r.choice([3, 5, 12, 30, 60, 200, 1200]))
    u = r.choice(UNITS.get(cat, ["个"]))
    return "≥", v, u, ">=", v, "number", u


def make(i):
    r = random.Random(1000 + i)
    style = STYLE if STYLE is not None else i % 3          # 0: seq|l1|l2|name|op|value|unit  1: l1|l2|name|value  2: task|l1|l2|name|value
    rows, exp = [], []
    seq = 0
    tasks = r.sample(TASKS, 2) if style == 2 else [None]
    for task in tasks:
        first_task = True
        for l1, l2s in L2.items():
            first_l1 = True
            for l2, cat in l2s:
                if r.random() < .3 and cat not in ("output.timeliness", "output.quantity"):
                    continue
                n = r.choice([2, 3, 4]) if cat != "satisfaction.service" else r.choice([1, 2])
                names = r.sample(STEMS[cat], min(n, len(STEMS[cat])))
                first_l2 = True
                for nm in names:
                    if r.random() < .4:
                        nm = r.choice(HEADS) + nm
                    seq += 1
                    opc, vc, uc, op, v, kind, unit = value_of(r, cat, style == 0)
                    c1 = l1 if first_l1 else ""
                    c2 = l2 if first_l2 else ""
                    if style == 0:
                        rows.append([str(seq), c1, c2, nm, opc, vc, uc])
                    elif style == 1:
                        rows.append([c1, c2, nm, opc + vc + uc])
                    elif style == 3:
                        rows.append([c1, c2, nm, opc + vc + uc, r.choice(REMARKS)])
                    else:
                        rows.append([task if first_task else "", c1, c2, nm, opc + vc + uc])
                    first_l1 = first_l2 = first_task = False
                    exp.append({"type": "indicator", "doc": "%s.pdf" % ids(i), "seq": seq, "level1": l1, "level2": l2,
                                "name": nm, "task": task, "category": cat, "op": op, "value": v, "kind": kind,
                                "unit": unit})
    head = {0: ["序号", "一级指标", "二级指标", "三级指标", "符号", "指标值", "单位"],
            1: ["一级指标", "二级指标", "三级指标", "指标值"],
            2: ["名称", "一级指标", "二级指标", "三级指标", "指标值"],
            3: ["一级指标", "二级指标", "三级指标", "指标值", "备注"]}[style]
    width = len(head)
    goal = "年度目标:" + "".join(r.sample(TASKS, 4)) + "。确保各项工作按期保质完成,资金使用安全规范高效。"
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title></title>',
           '<style>body{font-family:"Noto Sans CJK SC",sans-serif;font-size:10pt}</style></head><body>',
           "<p>2024年度项目绩效目标表</p>", '<table cellspacing="0" cellpadding="2">']
    if r.random() < .7:
        out.append('<tr><td>年度目标</td><td colspan="%d">%s</td></tr>' % (width - 1, html.escape(goal)))
    out.append("<tr>%s</tr>" % "".join("<td>%s</td>" % h for h in head))
    for row in rows:
        out.append("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(c) for c in row))
    out.append("</table></body></html>")
    with open(os.path.join(D, ids(i) + ".html"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    with open(os.path.join(D, ids(i) + ".expected.jsonl"), "w", encoding="utf-8") as fh:
        for e in exp:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")


def ids(i):
    return "s%03d" % i


for i in range(N):
    make(i)
src = [os.path.join(D, ids(i) + ".html") for i in range(N)]
subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(tempfile.gettempdir(), "jx-narrowweb-profile"), "--headless",
                "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", D] + src,
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for s in src:
    os.rename(s, s[:-5] + ".htm.src")     # keep the source, out of jx-accuracy's way
