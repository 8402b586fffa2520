#!/usr/bin/env python3
"""Real-converter corpus of self-evaluation tables (绩效自评表) with ground truth.

Each document is one bordered grid in the form of 财预〔2020〕10号, drawn (seeded PRNG)
from a ground truth and written as flat ODF (Writer .fodt and Calc .fods); LibreOffice
lays it out and the converters of reports.py (whose pipeline this reuses) dump it:

    （2023）年度项目支出绩效自评表
    项目名称 | …
    主管部门 | 305-某县农业农村局 | 实施单位 | …
    项目资金（万元）[merged] |        | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
                           | 年度资金总额 / 其中：本年财政拨款 / 上年结转资金 / 其他资金 …
    年度总体目标 [merged]   | 预期目标 | 实际完成情况  (two long texts below)
    绩效指标 [merged]       | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
                           | 产出指标(50分) [merged] | 数量指标 [merged] | … rows …
    总分 | 100 | 自评得分 | 93.5        [自评等级 | 优]

Families (named apart from forms.py's, so samples can sit beside them in corpus/converted):
    self-project  项目支出绩效自评表: 项目名称, 主管部门, 实施单位 (codes like 305-…, [015001]…, or none)
    self-dept     部门整体支出绩效自评表: 部门（单位）名称, funds rows 年度资金总额 / 基本支出 / 项目支出

What varies: sector (forms_vocab.py), codes on the units, 实施单位 equal or not, the funds
block (年初预算数 empty or not, 上年结转/其他资金 empty, zero or filled, places, thousands
separators, the 执行率 printed on every row or on the total only, 分值 10 or 20), the
group weights (50/30/10, 40/40/10, 2022's 成本指标 as a level 1), weights inside the level-1
label (产出指标(50分), 效益指标（30分）) or not, targets written every way forms.py writes
them plus units as words (≥95百分比, 50个数), actuals numeric, dated or qualitative
(达成预期指标, 已完成, 基本达到, 未完成), met and missed targets — a missed one mostly
losing points with a 偏差原因 text, sometimes keeping the full weight (the checker's
selfeval.missed-target), a met one sometimes losing points with no reason (its info
mirror) — the total row written two ways, 自评等级 printed or not, column widths, fonts,
font sizes, portrait/landscape, and page breaks inside the indicator block (Calc: an
explicit row break; Writer: long tables run over pages).

Expected records (docs/records.md, ../shared/design/records.md) come from the truth
only, and every written target and actual is read back through generate.py's reference
reader (with 百分比 → %, 个数 → 个 as the contract reads units written as words), so
the expected value is the one the contract asks for.  Decisions the contract leaves
open, taken here: a funds `item` is the printed label, normalized, 其中 and all
(`其中:本年财政拨款`: the contract says "as printed"); `implementer` is null
when 实施单位 names the 主管部门 again; empty cells are null.

    python3 corpus/gen/selfeval.py [--out DIR] [--count N] [--seed S] [--jobs J]

Output: DIR/<converter>/<family>/<id>.<ext> with <id>.expected.jsonl.
Standard library only.  Deterministic for a given seed (and program versions).
"""
import argparse
import os
import random
import shutil
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import forms as F             # noqa: E402  target writers (w_combined, Style), draw_target; extends G's units
import generate as G          # noqa: E402  reference normalizer, target reader, taxonomy
import reports as R           # noqa: E402  converter pipeline (render), decimals, weight splitting
import forms_vocab as V       # noqa: E402
from odf import Cell, Para, Table, Doc   # noqa: E402

FAMILIES = ["self-project", "self-dept"]
CONVERTERS = R.CONVERTERS
D, fmt, plain = R.D, R.fmt, R.plain

# Units written as words, and the unit the contract reads them as.
WORD_UNITS = {"百分比": "%", "个数": "个"}

MET_TEXT = ["达成预期指标", "已完成", "达到预期目标", "完成", "已达成"]
PART_TEXT = ["基本达到", "部分完成", "基本达成", "未完成"]
DEVIATIONS = [
    "受天气影响，项目开工时间推迟，下一步将加快施工进度，确保按期完成。",
    "部分资金拨付滞后，今后将加强资金调度，提高预算执行效率。",
    "满意度调查样本偏少，下一步将扩大调查范围。",
    "个别乡镇工作进度滞后，已督促整改。",
    "项目前期论证不充分，指标设置偏高，今后将科学合理设定绩效目标。",
    "年底前部分合同尚未结算，资金将于次年支付。",
    "实际需求少于预期，下一步将根据实际需求调整目标。",
    "受政策调整影响，部分任务未能按计划实施。",
]
ACHIEVED = [
    "项目按计划实施，{what}，资金使用规范，年度绩效目标基本实现。",
    "全年完成{what}，各项工作有序推进，服务对象满意度较高，较好地完成了年度目标任务。",
    "截至{year}年12月31日，{what}，项目已通过验收，达到预期效果。",
]
GRADES = [(90, "优"), (80, "良"), (60, "中"), (0, "差")]


def read_cell(s):
    """(op, value, kind, unit) of a target or actual cell as the contract reads it: the
    reference reader of generate.py, after units written as words are turned into units."""
    t = G.norm(s).replace(" ", "")
    for w, u in WORD_UNITS.items():
        if t.endswith(w) and len(t) > len(w) and t[-len(w) - 1].isdigit():
            t = t[:-len(w)] + u
            break
    return G.read_target(t)


def checked(cell, truth):
    got = read_cell(cell)
    want = (truth["op"], truth["value"], truth["kind"], truth["unit"])
    assert got == want, (cell, got, want)
    return cell


def word_units(cell, truth, rng, p):
    """Writes the unit of `cell` as a word now and then (≥95百分比, 50个数)."""
    if truth["kind"] != "number" or rng.random() >= p:
        return cell
    if truth["unit"] == "%" and cell[-1:] in "%％":
        return cell[:-1] + "百分比"
    if truth["unit"] == "个" and cell.endswith("个") and cell[-2:-1].isdigit():
        return cell + "数"
    return cell


def money_text(d, places, sep):
    s = fmt(d, places) if places is not None else plain(d)
    if sep:
        ip, _, fp = s.partition(".")
        s = "{:,}".format(int(ip)) + ("." + fp if fp else "")
    return s


def money_value(d, places):
    return fmt(d, places) if places is not None else plain(d)


# ==========================================================================
# Truth

def direction(spec):
    """+1 when more is better, -1 when less is, 0 for dates and texts."""
    k = spec[0]
    if k in ("n", "f", "p"):
        return 1
    if k in ("nl", "fl", "pl"):
        return -1
    return 0


def num_str(x, decimals):
    if decimals == 0:
        return str(int(Decimal(x).quantize(Decimal(1), rounding=ROUND_HALF_UP)))
    s = fmt(D(x), decimals)
    return s.rstrip("0").rstrip(".") if "." in s else s


def draw_actual(t, spec, met, rng, year):
    """The truth of the 实际完成值 for target `t`: met or missed."""
    if t["kind"] == "text":
        if met:
            return G.X(rng.choice(MET_TEXT + [t.get("_raw", t["value"])] * 2))
        return G.X(rng.choice(PART_TEXT))
    if t["kind"] == "date":
        if met:
            if rng.random() < 0.25:
                return G.X(rng.choice(["按时完成", "已完成"]))
            y, m, d = (int(x) for x in t["value"].split("-"))
            d2 = max(1, d - rng.choice([0, 0, 5, 10, 15]))
            return G.T(None, "%d-%02d-%02d" % (y, m, d2))
        if rng.random() < 0.3:
            return G.X("未完成")
        return G.T(None, "%d-%02d-%02d" % (year + 1, rng.choice([1, 2, 3, 6]), rng.choice([15, 20, 28])))
    v = D(t["value"])
    dec = len(t["value"].split(".")[1]) if "." in t["value"] else 0
    dirn = direction(spec)
    pct = t["unit"] == "%"
    strict = t["op"] in (">", "<")                   # the target value itself misses these
    if met and (t["op"] == "=" or rng.random() < 0.35) and not strict:
        return G.T(None, t["value"], t["unit"])       # exactly the target
    if met and rng.random() < 0.15 and t["op"] in (">=", "<="):
        return G.T(t["op"], t["value"], t["unit"])    # the target copied, operator and all
    if dirn >= 0:
        if met:
            x = v * D(rng.uniform(1.0, 1.15)) if not pct else v + D(rng.uniform(0, 5))
            if pct and v <= 100:
                x = min(x, D(100))
        else:
            x = v * D(rng.uniform(0.6, 0.97)) if v else D(0)
            if x >= v:
                x = v - 1
    else:
        if met:
            x = v * D(rng.uniform(0.7, 1.0))
        else:
            x = v * D(rng.uniform(1.05, 1.4)) if v else D(rng.choice([1, 2, 3]))
    if t["op"] == "=" and not met and x == v:
        x = v + 1
    s = num_str(x, dec + 1 if pct and dec < 2 and rng.random() < 0.3 else dec)
    if not met and D(s) == v:
        s = num_str(v - 1 if dirn >= 0 else v + 1, 0)
    if met and dirn > 0 and D(s) < v:
        s = t["value"]
    if met and dirn < 0 and D(s) > v:
        s = t["value"]
    step = D(1).scaleb(-dec)
    if met and t["op"] == ">" and D(s) <= v:
        s = str(v + step)
    if met and t["op"] == "<" and D(s) >= v:
        s = str(v - step)
    return G.T(None, s, t["unit"])


class Row:
    """One 绩效指标 row: truth and its written cells."""

    def __init__(self, l1, l2, name, spec, year, rng):
        self.l1, self.l2, self.name, self.spec = l1, l2, name, spec
        self.t = F.draw_target(spec, rng, year)
        self.met = rng.random() < 0.78
        self.a = draw_actual(self.t, spec, self.met, rng, year)
        self.weight = None
        self.score = None
        self.deviation = None


def pick(pool, n, rng, used):
    out = []
    for name, spec in rng.sample(pool, len(pool)):
        if len(out) >= n:
            break
        if name not in used:
            used.add(name)
            out.append((name, spec))
    return out


def indicator_groups(sector, rng, dept):
    """[(level1, group weight, [(level2, [(name, spec)])])] with the group weights adding up to
    100 minus the funds' weight (set by the caller)."""
    S, C = V.SECTORS[sector], V.COMMON
    used = set()
    if dept:
        other = V.SECTORS[rng.choice([k for k in V.SECTORS if k != sector])]
        qty = pick(S["qty"], rng.randint(3, 5), rng, used) + pick(other["qty"], 1, rng, used)
    else:
        qty = pick(S["qty"], rng.randint(2, 4), rng, used)
    qual = pick(S["qual"] + C["qual"], rng.randint(1, 2), rng, used)
    time_ = pick(S.get("time", []) + C["time"], 1, rng, used)
    cost_l1 = rng.random() < 0.25                       # 2022's form: 成本指标 as a level 1
    out_l2 = [("数量指标", qty), ("质量指标", qual), ("时效指标", time_)]
    groups = []
    if not cost_l1 and rng.random() < 0.6:
        out_l2.append(("成本指标", pick(C["cost"], 1, rng, used)))
    groups.append(["产出指标", out_l2])
    if cost_l1:
        groups.append(["成本指标", [("经济成本指标", pick(C["cost_econ"], rng.randint(1, 2), rng, used))]])
    eff = [("社会效益指标", pick(S["soc"] + C["soc"], rng.randint(1, 2), rng, used))]
    if "eco" in S and rng.random() < 0.6:
        eff.insert(0, ("经济效益指标", pick(S["eco"], 1, rng, used)))
    if "green" in S and rng.random() < 0.5:
        eff.append(("生态效益指标", pick(S["green"], 1, rng, used)))
    if rng.random() < 0.6:
        eff.append(("可持续影响指标", pick(S["sus"] + C["sus"], 1, rng, used)))
    groups.append(["效益指标", eff])
    sat = rng.sample(S["sat"] + C["sat"], rng.choice([1, 1, 2]))
    groups.append(["满意度指标", [("服务对象满意度指标", [(n, ("p", 85, 98)) for n in sat])]])
    return groups


def split_decimal_weight(total, n, rng):
    if n <= total:
        return [D(x) for x in R.split_weight(total, n, rng)]
    return [D(total) / n] * n


def draw_score(row, rng):
    w = row.weight
    if row.met:
        if rng.random() < 0.9:
            return w, None
        s = max(D(0), w - D(rng.choice(["0.5", "1", "0.2"])))
        return s, rng.choice(DEVIATIONS) if rng.random() < 0.4 else None     # deducted, often no reason
    r = rng.random()
    if r < 0.15:
        return w, None                                  # missed but full marks: what an auditor looks for
    s = (w * D(rng.uniform(0.4, 0.95))).quantize(Decimal(rng.choice(["0.1", "0.01", "1"])), rounding=ROUND_HALF_UP)
    s = min(s, w - D("0.1")) if w >= 1 else s
    s = max(s, D(0))
    return s, (rng.choice(DEVIATIONS) if r < 0.85 else None)


class SelfEval:
    """One document: its truth, its grid for Writer and Calc, its expected records."""

    def __init__(self, fid, family, rng, year):
        self.id, self.family, self.year = fid, family, year
        dept = family == "self-dept"
        sector = rng.choice(sorted(V.SECTORS))
        S = V.SECTORS[sector]
        prov = rng.choice(sorted(V.PROVINCES))
        city = rng.choice(sorted(V.PROVINCES[prov]))
        county = rng.choice(V.PROVINCES[prov][city] + [city])
        bureau = rng.choice(S["bureau"])
        self.org = county + bureau
        short = bureau.replace("委员会", "").replace("局", "")
        impl = self.org
        if not dept and rng.random() < 0.55:
            impl = county + rng.choice([short + "事务中心", short + "服务中心", short + "发展中心"])
        code = rng.choice([None, None, "dash", "bracket"])
        num = "%03d" % rng.randint(101, 699)

        def coded(name, k):
            if code == "dash":
                return "%s%03d-%s" % (num, k, name) if k else "%s-%s" % (num, name)
            if code == "bracket":
                return "[%s%03d]%s" % (num, k, name)
            return name
        self.org_raw = coded(self.org, 0)
        self.impl_raw = coded(impl, 1 if impl != self.org else 0) if rng.random() < 0.9 or impl != self.org else ""
        self.implementer = impl if self.impl_raw and impl != self.org else None
        self.project = None
        if not dept:
            self.project = rng.choice(S["projects"])
            if rng.random() < 0.3:
                self.project = "%d年%s" % (year, self.project)
        what = "；".join(n for n, _ in rng.sample(S["qty"], 2))
        kind_word = "部门整体支出" if dept else "项目支出"
        tf = rng.choice(["paren", "paren", "paren", "plain", "sub"])
        if tf == "paren":
            self.title_raw, self.sub_raw = "（%d）年度%s绩效自评表" % (year, kind_word), None
        elif tf == "plain":
            self.title_raw, self.sub_raw = "%d年度%s绩效自评表" % (year, kind_word), None
        else:
            self.title_raw, self.sub_raw = "%s绩效自评表" % kind_word, "（%d年度）" % year
        self.planned_text = rng.choice(V.META_GOALS).format(year=year, verb="完成" + what, people=S["people"])
        self.achieved_text = rng.choice(ACHIEVED).format(year=year, what="完成" + what)

        # ---------------------------------------------------------- style
        self.st = F.Style(rng)
        self.p_words = rng.choice([0.0, 0.0, 0.1, 0.3])
        self.landscape = rng.random() < 0.4
        self.font = rng.choice(["Noto Serif CJK SC", "Noto Sans CJK SC"])
        self.size = rng.choice([9, 10, 10.5, 10.5, 11, 12])
        self.margins = rng.choice([1.5, 2.0, 2.0, 2.5])
        self.title_size = rng.choice([14, 16, 16, 18])
        self.va = rng.choice(["middle", "middle", "top"])
        self.l1_weight_fmt = rng.choice([None, None, "(%d分)", "（%d分）"])
        self.total_fmt = rng.choice(["official", "labelled"])
        self.grade_row = rng.random() < 0.5

        # ---------------------------------------------------------- funds
        self.fw = D(rng.choice([10, 10, 10, 10, 20]))
        places = rng.choice([2, 2, 0, None])
        sep = rng.random() < 0.25
        rate_places = rng.choice([2, 2, 1, 0])
        rate_all = rng.random() < 0.4
        if dept:
            items = ["年度资金总额", rng.choice(["其中：基本支出", "基本支出"]), "项目支出"]
        else:
            items = ["年度资金总额", rng.choice(["其中：本年财政拨款", "其中：财政拨款", "财政拨款", "其中：当年财政拨款"]),
                     "上年结转资金", "其他资金"]
        kids = []
        fill = rng.choice(["empty", "zero", "some"])
        for k in range(1, len(items)):
            if k >= 2 and not dept and fill != "some":
                kids.append(None if fill == "empty" else (D(0), D(0), D(0)))
                continue
            big = k == 1
            amt = D(rng.randint(20, 3000) if big else rng.randint(2, 400))
            if places != 0:
                amt += D(rng.randint(0, 9999)) / (100 if places == 2 else 10000)
            amt = amt.quantize(Decimal(1).scaleb(-(places if places is not None else 4)), rounding=ROUND_HALF_UP)
            q = Decimal(1).scaleb(amt.as_tuple().exponent)
            adj = amt if rng.random() < 0.7 else (amt * D(rng.uniform(0.8, 1.3))).quantize(q, rounding=ROUND_HALF_UP)
            spent = (adj * D(rng.choice([1, 1, rng.uniform(0.7, 1.0)]))).quantize(q, rounding=ROUND_HALF_UP)
            kids.append((amt, adj, spent))
        planned_empty = rng.random() < 0.15
        self.funds = []                         # (item raw, [6 cell texts], record)

        def row_of(item, vals, total):
            p, a, s = vals if vals else (None, None, None)
            if planned_empty:
                p = None
            cells = [money_text(p, places, sep) if p is not None else "",
                     money_text(a, places, sep) if a is not None else "",
                     money_text(s, places, sep) if s is not None else ""]
            rate = score = weight = None
            if a is not None and a > 0 and (total or rate_all):
                r = s / a * 100
                rate = fmt(r, rate_places)
            if total:
                weight = plain(self.fw)
                exact = s / a if a else D(0)
                sc = min(self.fw, (self.fw * exact).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
                score = plain(sc) if rng.random() < 0.6 else fmt(sc, 2)
                self.funds_score = sc
            cells += [weight or "", (rate + "%") if rate is not None else "", score or ""]
            rec = {"type": "funds", "doc": None, "item": G.norm(item),
                   "planned": money_value(p, places) if p is not None else None,
                   "adjusted": money_value(a, places) if a is not None else None,
                   "spent": money_value(s, places) if s is not None else None,
                   "weight": weight, "rate": rate, "score": score}
            self.funds.append((item, cells, rec))

        tot = [sum((k[j] for k in kids if k), D(0)) for j in range(3)]
        row_of(items[0], tot, True)
        for item, k in zip(items[1:], kids):
            row_of(item, k, False)

        # ---------------------------------------------------------- indicators
        groups = indicator_groups(sector, rng, dept)
        rest = 100 - int(self.fw)
        names = [g[0] for g in groups]
        sat_w = 10
        if "成本指标" in names:
            gw = {"产出指标": 40 if rest == 90 else 30, "成本指标": 10, "效益指标": 30, "满意度指标": sat_w}
        else:
            out_w = rng.choice([50, 40]) if rest == 90 else 40
            gw = {"产出指标": out_w, "效益指标": rest - sat_w - out_w, "满意度指标": sat_w}
        assert sum(gw[n] for n in names) == rest, (gw, rest)
        self.groups = []
        for l1, l2s in groups:
            rows = [Row(l1, l2, n, spec, year, rng) for l2, lst in l2s for n, spec in lst]
            ws = split_decimal_weight(gw[l1], len(rows), rng)
            for r, w in zip(rows, ws):
                r.weight = w
                r.score, r.deviation = draw_score(r, rng)
            self.groups.append((l1, gw[l1], l2s, rows))
        self.total = self.funds_score + sum((r.score for g in self.groups for r in g[3]), D(0))
        self.total_text = plain(self.total) if rng.random() < 0.7 else fmt(self.total, 2)
        self.grade = next(g for lo, g in GRADES if self.total >= lo)
        self.headings = {"value": rng.choice(["年度指标值"] * 4 + ["指标值"]),
                         "dev": rng.choice(["偏差原因分析及改进措施"] * 3 + ["偏差原因分析及\n改进措施"])}
        self.write_cells(rng)
        self.break_row = None
        n_ind = sum(len(g[3]) for g in self.groups)
        if n_ind >= 8 and rng.random() < 0.4:
            self.break_row = rng.randint(3, n_ind - 3)    # Calc: a page break inside the indicator block

    # ------------------------------------------------------------------ cells
    def write_cells(self, rng):
        for _, _, _, rows in self.groups:
            for r in rows:
                tc = word_units(F.w_combined(r.t, rng, self.st), r.t, rng, self.p_words)
                r.t_cell = checked(tc, r.t)
                ac = F.w_combined(r.a, rng, self.st) if r.a["kind"] != "date" else \
                    F.w_date(r.a["value"], rng, self.st)
                r.a_cell = checked(word_units(ac, r.a, rng, self.p_words), r.a)
                r.w_cell = plain(r.weight)
                r.s_cell = plain(r.score) if rng.random() < 0.8 else fmt(r.score, 2 if r.score != r.score.to_integral() else 1)

    @property
    def fname(self):
        return self.id + ".EXT"

    def grid(self, for_calc):
        """The table: 9 columns, every block in one bordered grid."""
        va = self.va
        C = lambda t, **k: Cell(t, va=k.pop("va", va), **k)
        rows = []
        dept = self.family == "self-dept"
        if dept:
            rows.append([C("部门（单位）名称", cs=2), None, C(self.org_raw, cs=7), None, None, None, None, None, None])
        else:
            rows.append([C("项目名称", cs=2), None, C(self.project, cs=7), None, None, None, None, None, None])
            rows.append([C("主管部门", cs=2), None, C(self.org_raw, cs=3), None, None, C("实施单位"),
                         C(self.impl_raw, cs=3), None, None])
        nf = len(self.funds)
        label = "年度预算情况（万元）" if dept else rng_label(self.id)
        rows.append([C(label, rs=nf + 1, ha="center"), C("", cs=2), None] +
                    [C(h, ha="center") for h in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")])
        for item, cells, _ in self.funds:
            rows.append([None, C(item, cs=2), None] + [C(c, ha="center") for c in cells])
        rows.append([C("年度总体目标", rs=2, ha="center"), C("预期目标", cs=4, ha="center"), None, None, None,
                     C("实际完成情况", cs=4, ha="center"), None, None, None])
        rows.append([None, C(self.planned_text, cs=4), None, None, None, C(self.achieved_text, cs=4), None, None, None])
        n_ind = sum(len(g[3]) for g in self.groups)
        first_ind = len(rows)
        rows.append([C("绩效指标", rs=n_ind + 1, ha="center"), C("一级指标", ha="center"), C("二级指标", ha="center"),
                     C("三级指标", ha="center"), C(self.headings["value"], ha="center"), C("实际完成值", ha="center"),
                     C("分值", ha="center"), C("得分", ha="center"), C(self.headings["dev"], ha="center")])
        for l1, gw, l2s, rows_ in self.groups:
            l1_label = l1 + (self.l1_weight_fmt % gw if self.l1_weight_fmt else "")
            k = 0
            first1 = True
            for l2, lst in l2s:
                first2 = True
                for _ in lst:
                    r = rows_[k]
                    k += 1
                    rows.append([None,
                                 C(l1_label, rs=len(rows_), ha="center") if first1 else None,
                                 C(l2, rs=len(lst), ha="center") if first2 else None,
                                 C(r.name), C(r.t_cell, ha="center"), C(r.a_cell, ha="center"),
                                 C(r.w_cell, ha="center"), C(r.s_cell, ha="center"), C(r.deviation or "")])
                    first1 = first2 = False
        if self.total_fmt == "official":
            rows.append([C("总分", cs=6, ha="center"), None, None, None, None, None, C(TOTAL_WEIGHT, ha="center"),
                         C(self.total_text, ha="center"), C("")])
        else:
            rows.append([C("总分", cs=5, ha="center"), None, None, None, None, C(TOTAL_WEIGHT, ha="center"),
                         C("自评得分", ha="center"), C(self.total_text, cs=2, ha="center"), None])
        if self.grade_row:
            rows.append([C("自评等级", cs=6, ha="center"), None, None, None, None, None,
                         C(self.grade, cs=3, ha="center"), None, None])
        breaks = ()
        if for_calc and self.break_row is not None:
            breaks = (first_ind + 1 + self.break_row,)
        return rows, breaks

    def widths(self):
        base = [1.5, 1.8, 2.0, 3.6, 2.3, 2.3, 1.3, 1.4, 3.6]
        rng = random.Random(self.id + "w")
        base = [w * rng.uniform(0.85, 1.2) for w in base]
        tw = (29.7 if self.landscape else 21.0) - 2 * self.margins
        k = tw / sum(base) * rng.uniform(0.9, 1.0)
        return [round(w * k, 2) for w in base]

    def blocks(self, for_calc):
        b = [Para(self.title_raw, "title")]
        if self.sub_raw:
            b.append(Para(self.sub_raw, "sub"))
        rows, breaks = self.grid(for_calc)
        b.append(Table(self.widths(), [], rows, size=self.size, row_breaks=breaks))
        return b

    def doc(self, for_calc):
        return Doc(self.blocks(for_calc), landscape=self.landscape, font=self.font, margins=self.margins,
                   title_size=self.title_size)

    def writer(self):
        return self.doc(False)

    def calc(self):
        w = self.widths()
        return self.doc(True), len(w), w

    @property
    def recs(self):
        return self.expected(self.fname)[1:]

    def expected(self, fname):
        doc = {"type": "document", "doc": fname, "kind": "self-evaluation", "title": G.norm(self.title_raw),
               "year": self.year, "org": self.org, "implementer": self.implementer, "project": self.project,
               "objective": {"planned": G.norm(self.planned_text), "achieved": G.norm(self.achieved_text)},
               "score_total": self.total_text, "grade": self.grade if self.grade_row else None,
               "weight_total": TOTAL_WEIGHT}
        out = [doc]
        for l1, _, _, rows in self.groups:
            for r in rows:
                out.append({"type": "indicator", "doc": fname, "seq": None, "level1": l1, "level2": r.l2,
                            "name": G.norm(r.name), "task": None, "category": G.category(l1, r.l2),
                            "op": r.t["op"], "value": r.t["value"], "kind": r.t["kind"], "unit": r.t["unit"],
                            "actual": G.tgt(r.a), "weight": r.w_cell, "score": r.s_cell,
                            "deviation": G.norm(r.deviation) if r.deviation else None})
        for _, _, rec in self.funds:
            out.append(dict(rec, doc=fname))
        return out


# The 总分 the closing row prints beside the 自评得分 (both forms of the row), and the
# expected document's weight_total.
TOTAL_WEIGHT = "100"


def rng_label(fid):
    return random.Random(fid + "label").choice(["项目资金（万元）", "项目资金（万元）", "项目资金\n（万元）", "项目资金(万元)"])


def plan(count, seed):
    rng = random.Random(seed)
    docs = []
    for k in range(count):
        fam = "self-dept" if k % 5 == 4 else "self-project"
        sub = random.Random("%s-%d" % (seed, k))
        docs.append(SelfEval("s%04d" % k, fam, sub, sub.choice([2021, 2022, 2023, 2023, 2024])))
    rng.shuffle(docs)
    return docs


def check(docs):
    """Invariants of the truth: weights add up to 100, totals to the 自评得分, funds rows to
    their total; every expected record has the keys of the contract."""
    for d in docs:
        w = d.fw + sum((r.weight for g in d.groups for r in g[3]), D(0))
        assert w == 100, (d.id, w)
        for l1, gw, _, rows in d.groups:
            assert sum((r.weight for r in rows), D(0)) == gw, (d.id, l1)
            for r in rows:
                assert D(0) <= r.score <= r.weight, (d.id, r.name)
        assert abs(D(d.total_text) - d.total) < D("0.005"), d.id
        tot = d.funds[0][2]
        for key in ("planned", "adjusted", "spent"):
            kids = [f[2][key] for f in d.funds[1:] if f[2][key] is not None]
            if tot[key] is not None:
                assert D(tot[key]) == sum((D(x) for x in kids), D(0)), (d.id, key)
        for rec in d.expected(d.id + ".txt"):
            assert rec["type"] in ("document", "indicator", "funds")
            if rec["type"] == "indicator":
                assert rec["category"] is not None, (d.id, rec)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(MAIN, "bench", "data", "selfeval"))
    ap.add_argument("--work", default=None, help="intermediate files (default: OUT.work)")
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--converters", default=",".join(CONVERTERS))
    ap.add_argument("--dry-run", action="store_true", help="draw and check the truth only")
    a = ap.parse_args(argv)
    convs = [c for c in a.converters.split(",") if c]
    for c in convs:
        if c not in R.SRC_OF:
            ap.error("unknown converter %s" % c)
    docs = plan(a.count, a.seed)
    check(docs)
    if a.dry_run:
        st = Counter()
        for d in docs:
            for r in d.expected("x")[1:]:
                st[r["type"]] += 1
                if r["type"] == "indicator":
                    st["actual." + r["actual"]["kind"]] += 1
        print(dict(st))
        return 0
    for tool in F.tools_for(convs):
        if shutil.which(tool) is None:
            sys.exit("selfeval.py: %s not found (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui "
                     "poppler-utils pandoc w3m lynx elinks links2 fonts-noto-cjk)" % tool)
    out = os.path.abspath(a.out)
    docs, stats = R.render(out, a.work or out.rstrip("/") + ".work", docs, a.jobs, convs)
    print("%-18s" % "converter" + "".join("%9s" % x for x in FAMILIES))
    for c in convs:
        print("%-18s" % c + "".join("%9d" % stats[(c, x)] for x in FAMILIES))
    print("records: %d in %d documents" % (sum(len(d.recs) for d in docs), len(docs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
