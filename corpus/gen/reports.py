#!/usr/bin/env python3
"""Real-converter corpus of evaluation-report tables: score and budget tables
laid out by LibreOffice and dumped by real tools.

Each document is a fragment of a 绩效评价报告 -- a title, a paragraph, a caption
and one table -- drawn (seeded PRNG) from a ground truth and written as flat ODF
(Writer .fodt and Calc .fods).  LibreOffice lays it out and exports it; poppler,
pandoc, w3m and lynx turn the exports into what users feed jixiao (the same
converters as forms.py, which this reuses).  Families:

    coded    指标名称 | 分值 | 得分 [| 得分率]: coded rows (A1.项目立项, A11.立项依据充分性),
             a level-2 parent row before its leaves, the caption naming the level 1
             (表 4-1：决策指标评分结果汇总表); the code sometimes in a column of its own
    levels   一级指标 | 二级指标 | 三级指标 | 分值 | 得分 | 扣分原因, merged label cells, a 合计 row
    system   一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分: the whole system
             with the level weights in their own merged columns
    summary  the level-1 summary, upright (一级指标 | 分值 | 得分 | 得分率 with 合计) or
             transposed (指标 | 决策 | 过程 | … | 合计 over rows 分值 and 得分)
    budget   序号 | 项目分类 | 预算金额 | 使用金额 | 预算执行率 with a 合计 row, the unit
             in a 单位：万元 line or in the header

Expected records (score, budget; docs/records.md) come from the truth only.  Every
table is consistent by construction (sums, rates, totals), so the same corpus
measures the checker's false alarms: `jixiao check` must find no error in it.

    python3 corpus/gen/reports.py [--out DIR] [--count N] [--seed S] [--jobs J]

Output: DIR/<converter>/<family>/<id>.<ext> with <id>.expected.jsonl.
Standard library only.  Deterministic for a given seed (and program versions).
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import forms as F             # noqa: E402  converters, soffice batches, tool jobs
import odf                    # noqa: E402
from odf import Cell, Para, Table, Doc   # noqa: E402

FAMILIES = ["coded", "levels", "system", "summary", "budget"]
CONVERTERS = ["writer-pdf-layout", "writer-txt", "writer-html", "pandoc-md", "pandoc-plain", "w3m", "lynx",
              "calc-pdf-layout", "calc-html", "calc-csv", "calc-tsv", "writer-pdf", "calc-pdf", "writer-docx", "calc-xlsx",
              "w3m-ruled", "elinks", "links"]

# The scoring system of a project evaluation (财预〔2020〕10号 and kin): level 1 → level 2 → level 3.
SYSTEM = [
    ("决策", "A", [("项目立项", ["立项依据充分性", "立项程序规范性"]),
                  ("绩效目标", ["绩效目标合理性", "绩效指标明确性"]),
                  ("资金投入", ["预算编制科学性", "资金分配合理性"])]),
    ("过程", "B", [("资金管理", ["资金到位率", "预算执行率", "资金使用合规性"]),
                  ("组织实施", ["管理制度健全性", "制度执行有效性"])]),
    ("产出", "C", [("产出数量", ["实际完成率", "项目验收数量"]),
                  ("产出质量", ["质量达标率", "验收合格率"]),
                  ("产出时效", ["完成及时性"]),
                  ("产出成本", ["成本节约率"])]),
    ("效益", "D", [("项目效益", ["经济效益", "社会效益", "生态效益", "可持续影响"]),
                  ("满意度", ["服务对象满意度"])]),
]
LEVEL1_WEIGHTS = [(20, 20, 30, 30), (15, 25, 30, 30), (20, 20, 40, 20), (10, 30, 30, 30)]
REASONS = ["部分项目未按期验收", "资金拨付进度滞后", "个别指标未量化", "档案资料不完整", "满意度调查样本偏少",
           "预算执行率偏低，年底仍有结余", "部分项目产出未达预期"]
CATEGORIES = ["科技重大专项", "创新引导计划", "创新平台计划", "科技人才计划", "科技条件建设", "待安排资金",
              "农田水利建设", "乡村道路维护", "公共卫生服务", "义务教育保障", "生态环境治理", "技能培训补贴"]
CN_NUM = "一二三四五六七八九十"


def D(x):
    return Decimal(str(x))


def fmt(d, places):
    """A decimal printed with `places` decimals."""
    q = Decimal(1).scaleb(-places)
    return str(d.quantize(q, rounding=ROUND_HALF_UP))


def plain(d):
    """A decimal without trailing zeros: 2, 1.5, 9.38 (as reports print weights and scores)."""
    s = format(d.normalize(), "f")
    return s


def split_weight(total, n, rng):
    """`total` (int) split into n positive integer parts near an even share, as
    evaluation systems weigh their indicators (2, 3, 4, 6 …, not 1 and 17)."""
    if n >= total:
        return [1] * total
    parts = [total // n] * n
    for k in range(total - sum(parts)):
        parts[k % n] += 1
    for _ in range(n):        # move a point or two between neighbours
        a, b = rng.randrange(n), rng.randrange(n)
        d = rng.choice([1, 2])
        if a != b and parts[a] - d >= 1:
            parts[a] -= d
            parts[b] += d
    return parts


def draw_score(weight, rng):
    """A score for `weight`: mostly full, sometimes a deduction with up to two decimals."""
    r = rng.random()
    if r < 0.55:
        return D(weight)
    if r < 0.8:
        return max(D(0), D(weight) - D(rng.choice([0.5, 1, 0.2, 0.4])))
    return (D(weight) * D(rng.uniform(0.4, 0.99))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Truth:
    """An indicator system with weights and scores."""

    def __init__(self, rng):
        w1 = rng.choice(LEVEL1_WEIGHTS)
        self.levels = []
        for (l1, letter, l2s), wt in zip(SYSTEM, w1):
            kids = []
            w2s = split_weight(wt, len(l2s), rng)
            for k, ((l2, l3s), w2) in enumerate(zip(l2s, w2s)):
                if w2 < len(l3s):
                    l3s = l3s[:w2]
                w3s = split_weight(w2, len(l3s), rng)
                leaves = [(letter + str(k + 1) + str(j + 1), name, w3, draw_score(w3, rng))
                          for j, (name, w3) in enumerate(zip(l3s, w3s))]
                kids.append((letter + str(k + 1), l2, w2, leaves))
            self.levels.append((letter, l1, wt, kids))

    @staticmethod
    def l2_score(kid):
        return sum((s for _, _, _, s in kid[3]), D(0))

    def l1_score(self, lv):
        return sum((self.l2_score(k) for k in lv[3]), D(0))

    def total(self):
        return sum((self.l1_score(lv) for lv in self.levels), D(0))


def rate_text(score, weight, places, pct=True):
    r = score / D(weight) * 100 if weight else D(0)
    s = fmt(r, places)
    return s + ("%" if pct else ""), s


def score_rec(fname, row, code, l1, l2, name, weight, score, rate, reason=None, with_reason=False):
    """`row` is not kept: parent records of forms that print their parents in merged
    cells have no row of their own, so rows are not compared."""
    r = {"type": "score", "doc": fname, "code": code, "level1": l1, "level2": l2, "name": name,
         "weight": None if weight is None else plain(D(weight)),
         "score": None if score is None else plain(D(score)), "rate": rate}
    if with_reason:
        r["reason"] = reason
    return r


class Report:
    """One document: its blocks for Writer and Calc, its expected records."""

    def __init__(self, fid, family, rng, year):
        self.id, self.family, self.year = fid, family, year
        self.org = rng.choice(["南昌市科学技术局", "某县农业农村局", "某区教育体育局", "某市卫生健康委员会", "某县水利局"])
        self.project = "%d年度%s专项" % (year, rng.choice(["科技发展", "农田水利", "公共卫生", "义务教育", "乡村振兴"]))
        self.title = "%s绩效评价报告" % self.project
        self.para = ("受%s委托，我公司对%s开展了绩效评价。评价组按照评价指标体系逐项打分，结果如下。" % (self.org, self.project))
        self.caption = None
        self.unit_line = None
        self.recs = []
        getattr(self, "make_" + family)(rng)

    # ------------------------------------------------------------------ families
    def make_coded(self, rng):
        t = Truth(rng)
        li = rng.randrange(len(t.levels))
        letter, l1, w1, kids = t.levels[li]
        self.caption = "表 4-%d：%s指标评分结果汇总表" % (li + 1, l1)
        with_rate = rng.random() < 0.75
        code_col = rng.random() < 0.25
        places = rng.choice([0, 2])
        total_row = rng.random() < 0.4
        head = (["指标编号", "指标名称"] if code_col else ["指标名称"]) + ["分值", "得分"] + (["得分率"] if with_rate else [])
        body, n = [], 0
        fname = self.fname

        def add(code, name, weight, score, l2, leaf):
            nonlocal n
            n += 1
            rt, rv = rate_text(score, weight, places)
            cells = ([code, name] if code_col else [code + "." + name]) + [plain(D(weight)), plain(score)]
            if with_rate:
                cells.append(rt)
            body.append(cells)
            self.recs.append(score_rec(fname, n, code, l1, l2, name, weight, score, rv if with_rate else None))

        for code2, l2, w2, leaves in kids:
            add(code2, l2, w2, t.l2_score((code2, l2, w2, leaves)), l2, False)
            for code3, name, w3, s3 in leaves:
                add(code3, name, w3, s3, l2, True)
        if total_row:
            n += 1
            s = t.l1_score(t.levels[li])
            rt, rv = rate_text(s, w1, places)
            cells = (["合计", ""] if code_col else ["合计"]) + [plain(D(w1)), plain(s)] + ([rt] if with_rate else [])
            body.append(cells)
            self.recs.append(score_rec(fname, n, None, None, None, "合计", w1, s, rv if with_rate else None))
        widths = ([2.2, 6.0] if code_col else [8.0]) + [2.2, 2.2] + ([2.4] if with_rate else [])
        self.table(head, [[Cell(c, ha="left" if k < (2 if code_col else 1) else "center") for k, c in enumerate(r)]
                          for r in body], widths)

    def make_levels(self, rng):
        t = Truth(rng)
        with_reason = rng.random() < 0.6
        head = ["一级指标", "二级指标", "三级指标", "分值", "得分"] + (["扣分原因"] if with_reason else ["得分率"])
        va = rng.choice(["middle", "top"])
        rows, n = [], 0
        fname = self.fname
        for letter, l1, w1, kids in t.levels:
            first1 = True
            n1 = sum(len(k[3]) for k in kids)
            for code2, l2, w2, leaves in kids:
                first2 = True
                for code3, name, w3, s3 in leaves:
                    n += 1
                    reason = None
                    if s3 < D(w3) and with_reason:
                        reason = rng.choice(REASONS)
                    rt, rv = rate_text(s3, w3, 2)
                    row = [Cell(l1, rs=n1, va=va) if first1 else None,
                           Cell(l2, rs=len(leaves), va=va) if first2 else None,
                           Cell(name), Cell(plain(D(w3)), ha="center"), Cell(plain(s3), ha="center"),
                           Cell(reason or "") if with_reason else Cell(rt, ha="center")]
                    rows.append(row)
                    self.recs.append(score_rec(fname, n, None, l1, l2, name, w3, s3,
                                               None if with_reason else rv, reason, with_reason))
                    first1 = first2 = False
        n += 1
        total = t.total()
        rows.append([Cell("合计", cs=3, ha="center"), None, None, Cell("100", ha="center"),
                     Cell(plain(total), ha="center"), Cell("" if with_reason else rate_text(total, 100, 2)[0])])
        self.recs.append(score_rec(fname, n, None, None, None, "合计", 100, total,
                                   None if with_reason else rate_text(total, 100, 2)[1], None, with_reason))
        self.caption = "附件1：%s绩效评价指标体系及评分表" % self.project
        self.table(head, rows, [2.0, 2.6, 4.2, 1.5, 1.5, 4.5 if with_reason else 2.0], cells=True)

    def make_system(self, rng):
        t = Truth(rng)
        head = ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"]
        va = rng.choice(["middle", "top"])
        rows, n = [], 0
        fname = self.fname
        for letter, l1, w1, kids in t.levels:
            n1 = sum(len(k[3]) for k in kids)
            self.recs.append(score_rec(fname, None, None, l1, None, l1, w1, None, None))
            first1 = True
            for code2, l2, w2, leaves in kids:
                self.recs.append(score_rec(fname, None, None, l1, l2, l2, w2, None, None))
                first2 = True
                for code3, name, w3, s3 in leaves:
                    n += 1
                    rows.append([Cell(l1, rs=n1, va=va) if first1 else None,
                                 Cell(str(w1), rs=n1, va=va, ha="center") if first1 else None,
                                 Cell(l2, rs=len(leaves), va=va) if first2 else None,
                                 Cell(str(w2), rs=len(leaves), va=va, ha="center") if first2 else None,
                                 Cell(name), Cell(plain(D(w3)), ha="center"), Cell(plain(s3), ha="center")])
                    self.recs.append(score_rec(fname, n, None, l1, l2, name, w3, s3, None))
                    first1 = first2 = False
        total = t.total()
        rows.append([Cell("合计", cs=5, ha="center"), None, None, None, None, Cell("100", ha="center"),
                     Cell(plain(total), ha="center")])
        self.recs.append(score_rec(fname, None, None, None, None, "合计", 100, total, None))
        self.caption = "附件2：%s绩效评价指标评分表" % self.project
        self.table(head, rows, [1.8, 1.2, 2.4, 1.2, 4.4, 1.2, 1.4], cells=True)

    def make_summary(self, rng):
        t = Truth(rng)
        fname = self.fname
        if rng.random() < 0.5:
            head = ["一级指标", "分值", "得分", "得分率"]
            body, n = [], 0
            for letter, l1, w1, kids in t.levels:
                n += 1
                s = t.l1_score((letter, l1, w1, kids))
                rt, rv = rate_text(s, w1, 2)
                body.append([l1, str(w1), plain(s), rt])
                self.recs.append(score_rec(fname, n, None, l1, None, l1, w1, s, rv))
            total = t.total()
            rt, rv = rate_text(total, 100, 2)
            body.append(["合计", "100", plain(total), rt])
            self.recs.append(score_rec(fname, n + 1, None, None, None, "合计", 100, total, rv))
            self.table(head, [[Cell(c, ha="center") for c in r] for r in body], [3.0, 2.0, 2.0, 2.4])
        else:
            names = [lv[1] for lv in t.levels]
            head = ["指标"] + names + ["合计"]
            ws = [str(lv[2]) for lv in t.levels] + ["100"]
            ss = [plain(t.l1_score(lv)) for lv in t.levels] + [plain(t.total())]
            body = [["分值"] + ws, ["得分"] + ss]
            for k, lv in enumerate(t.levels):
                self.recs.append(score_rec(fname, None, None, lv[1], None, lv[1], lv[2], t.l1_score(lv), None))
            self.recs.append(score_rec(fname, None, None, None, None, "合计", 100, t.total(), None))
            self.table(head, [[Cell(c, ha="center") for c in r] for r in body], [2.0] + [2.0] * (len(names) + 1))
        self.caption = "表 3-1：综合评分结果表"

    def make_budget(self, rng):
        fname = self.fname
        cats = rng.sample(CATEGORIES, rng.randint(3, 7))
        in_header = rng.random() < 0.4
        places = rng.choice([2, 2, 0])
        sep = rng.random() < 0.7
        unit = "万元"
        head = ["序号", "项目分类", "预算金额（万元）" if in_header else "预算金额",
                "使用金额（万元）" if in_header else "使用金额", "预算执行率"]
        if not in_header:
            self.unit_line = "单位：万元"

        def money(d):
            s = fmt(d, places)
            if sep:
                ip, _, fp = s.partition(".")
                ip = "{:,}".format(int(ip))
                s = ip + ("." + fp if fp else "")
            return s

        body = []
        tb, ts = D(0), D(0)
        for k, c in enumerate(cats):
            b = D(rng.randint(50, 40000)) + (D(rng.randint(0, 99)) / 100 if places else 0)
            s = (b * D(rng.uniform(0.05, 1.0))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
            tb, ts = tb + b, ts + s
            rt, rv = rate_text(s, b, 2)
            body.append([str(k + 1), c, money(b), money(s), rt])
            self.recs.append({"type": "budget", "doc": fname, "name": c,
                              "budget": {"value": fmt(b, places), "unit": unit},
                              "spent": {"value": fmt(s, places), "unit": unit}, "rate": rv})
        rt, rv = rate_text(ts, tb, 2)
        body.append(["合计", "", money(tb), money(ts), rt])
        self.recs.append({"type": "budget", "doc": fname, "name": "合计",
                          "budget": {"value": fmt(tb, places), "unit": unit},
                          "spent": {"value": fmt(ts, places), "unit": unit}, "rate": rv})
        self.caption = "表 1-2：%s资金使用情况" % self.project
        self.table(head, [[Cell(c, ha="left" if k == 1 else "center") for k, c in enumerate(r)] for r in body],
                   [1.4, 4.6, 3.0, 3.0, 2.6])

    # ------------------------------------------------------------------ rendering
    @property
    def fname(self):
        return self.id + ".EXT"

    def table(self, head, body, widths, cells=False):
        self.head = [Cell(h, ha="center", va="middle", bold=True) for h in head]
        self.body = body if cells else body
        self.widths = widths

    def blocks(self, calc):
        b = [Para(self.title, "title")]
        if not calc:
            b.append(Para(self.para))
        if self.caption:
            b.append(Para(self.caption, "sub"))
        if self.unit_line:
            b.append(Para(self.unit_line, "right"))
        b.append(Table(self.widths, [self.head], self.body, size=10.5))
        return b

    def writer(self):
        return Doc(self.blocks(False))

    def calc(self):
        return Doc(self.blocks(True)), len(self.widths), self.widths

    def expected(self, fname):
        doc = {"type": "document", "doc": fname, "kind": "evaluation-report"}
        out = [doc]
        for r in self.recs:
            r = dict(r, doc=fname)
            out.append(r)
        return out


def plan(count, seed):
    rng = random.Random(seed)
    reps = []
    for k in range(count):
        fam = FAMILIES[k % len(FAMILIES)]
        sub = random.Random("%s-%d" % (seed, k))
        reps.append(Report("r%04d" % k, fam, sub, sub.choice([2020, 2021, 2022, 2023])))
    rng.shuffle(reps)
    return reps


SRC_OF = {"writer-pdf-layout": "writer-pdf-layout", "writer-txt": "writer-txt", "writer-html": "writer-html",
          "pandoc-md": "pandoc-md", "pandoc-plain": "pandoc-plain", "w3m": "w3m", "lynx": "lynx",
          "calc-pdf-layout": "calc-pdf-layout", "calc-html": "calc-html", "calc-csv": "calc-csv",
          "calc-tsv": "calc-tsv",
          "writer-pdf": "writer-pdf", "calc-pdf": "calc-pdf", "writer-docx": "docx", "calc-xlsx": "calc-xlsx",
          "w3m-ruled": "w3m-ruled", "elinks": "elinks", "links": "links"}


def build(out, work, count, seed, nproc, converters):
    return render(out, work, plan(count, seed), nproc, converters)


def render(out, work, reps, nproc, converters):
    """Lays out and converts documents `reps` (each with id, family, writer(), calc() and
    expected(fname)) and writes OUT/<converter>/<family>/<id>.<ext> beside its expected
    records.  Shared with selfeval.py.  Returns (reps, Counter of (converter, family))."""
    t0 = time.time()
    W = lambda *p: os.path.join(work, *p)
    for r in reps:
        F.write_if_changed(W("src", r.id + ".fodt"), odf.fodt(r.writer()))
        d, nc, w = r.calc()
        F.write_if_changed(W("src", r.id + ".fods"), odf.fods(d, nc, w))
    need = set(converters)
    sjobs = []
    for r in reps:
        fodt, fods = W("src", r.id + ".fodt"), W("src", r.id + ".fods")
        if need & {"writer-pdf-layout", "writer-pdf"}:
            sjobs.append((fodt, "pdf", W("writer-pdf"), W("writer-pdf", r.id + ".pdf")))
        if "writer-txt" in need:
            sjobs.append((fodt, "txt", W("writer-txt"), W("writer-txt", r.id + ".txt")))
        if need & ({"writer-html", "w3m", "lynx"} | F.RULED_HTML):
            sjobs.append((fodt, "html", W("writer-html"), W("writer-html", r.id + ".html")))
        if need & {"pandoc-md", "pandoc-plain", "writer-docx"}:
            sjobs.append((fodt, "docx", W("docx"), W("docx", r.id + ".docx")))
        if "calc-xlsx" in need:
            sjobs.append((fods, "xlsx", W("calc-xlsx"), W("calc-xlsx", r.id + ".xlsx")))
        if need & {"calc-pdf-layout", "calc-pdf"}:
            sjobs.append((fods, "pdf", W("calc-pdf"), W("calc-pdf", r.id + ".pdf")))
        if "calc-html" in need:
            sjobs.append((fods, "html", W("calc-html"), W("calc-html", r.id + ".html")))
        if "calc-csv" in need:
            sjobs.append((fods, 'csv:Text - txt - csv (StarCalc):44,34,76', W("calc-csv"), W("calc-csv", r.id + ".csv")))
        if "calc-tsv" in need:
            sjobs.append((fods, F.TSV_FILTER, W("calc-tsv"), W("calc-tsv", r.id + ".txt")))
    F.soffice_batches(sjobs, work, nproc)
    print("soffice done (%.1fs)" % (time.time() - t0), file=sys.stderr)
    tjobs = []
    for r in reps:
        for side in ("writer", "calc"):
            pdf = W(side + "-pdf", r.id + ".pdf")
            if side + "-pdf-layout" in need:
                o = W(side + "-pdf-layout", r.id + ".txt")
                tjobs.append((["pdftotext", "-layout", "-enc", "UTF-8", pdf, o], pdf, o, False))
        docx = W("docx", r.id + ".docx")
        for conv, to, ext in (("pandoc-md", "markdown", "md"), ("pandoc-plain", "plain", "txt")):
            if conv in need:
                o = W(conv, r.id + "." + ext)
                tjobs.append((["pandoc", "-f", "docx", "-t", to, docx, "-o", o], docx, o, False))
        h = W("writer-html", r.id + ".html")
        if "w3m" in need:
            tjobs.append((["w3m", "-dump", "-cols", "200", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", h],
                          h, W("w3m", r.id + ".txt"), True))
        if "lynx" in need:
            tjobs.append((["lynx", "-dump", "-nolist", "-width=200", "-assume_charset=utf-8",
                           "-display_charset=utf-8", h], h, W("lynx", r.id + ".txt"), True))
        tjobs += F.ruled_html_jobs(need, h, W("writer-html-ruled", r.id + ".html"), "200",
                                   lambda conv: W(conv, r.id + ".txt"))
    for j in tjobs:
        os.makedirs(os.path.dirname(j[2]), exist_ok=True)
    F.tool_jobs(tjobs, nproc)
    print("tools done (%.1fs)" % (time.time() - t0), file=sys.stderr)
    stats = Counter()
    for r in reps:
        for conv in converters:
            ext = F.CONV_EXT[conv]
            with open(W(SRC_OF[conv], r.id + "." + ext), "rb") as fh:
                data = fh.read()
            fname = r.id + "." + ext
            d = os.path.join(out, conv, r.family)
            F.write_if_changed(os.path.join(d, fname), data)
            F.write_if_changed(os.path.join(d, r.id + ".expected.jsonl"), F.jsonl(r.expected(fname)))
            stats[(conv, r.family)] += 1
    print("wrote %d documents in %s (%.1fs)" % (sum(stats.values()), out, time.time() - t0), file=sys.stderr)
    return reps, stats


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(MAIN, "bench", "data", "reports"))
    ap.add_argument("--work", default=None, help="intermediate files (default: OUT.work)")
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--converters", default=",".join(CONVERTERS))
    a = ap.parse_args(argv)
    convs = [c for c in a.converters.split(",") if c]
    for c in convs:
        if c not in SRC_OF:
            ap.error("unknown converter %s" % c)
    for tool in F.tools_for(convs):
        if shutil.which(tool) is None:
            sys.exit("reports.py: %s not found (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui "
                     "poppler-utils pandoc w3m lynx elinks links2 fonts-noto-cjk)" % tool)
    out = os.path.abspath(a.out)
    reps, stats = build(out, a.work or out.rstrip("/") + ".work", a.count, a.seed, a.jobs, convs)
    print("%-18s" % "converter" + "".join("%9s" % x for x in FAMILIES))
    for c in convs:
        print("%-18s" % c + "".join("%9d" % stats[(c, x)] for x in FAMILIES))
    print("records: %d in %d documents" % (sum(len(r.recs) for r in reps), len(reps)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
