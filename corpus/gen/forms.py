#!/usr/bin/env python3
"""Real-converter corpus: 绩效目标表 laid out by LibreOffice and dumped by real tools.

Each table is drawn (seeded PRNG) from a ground truth -- labels, names, tasks and
targets -- and written as flat ODF twice: a Writer text document (.fodt) and a
Calc sheet (.fods).  LibreOffice lays them out and exports them; poppler,
pandoc, w3m and lynx turn the exports into what users actually feed jixiao:

    writer-pdf-layout  soffice → PDF → pdftotext -layout
    writer-pdf-raw     soffice → PDF → pdftotext               (cell stream)
    writer-txt         soffice --convert-to txt
    writer-html        soffice --convert-to html
    pandoc-md|plain|html  soffice → DOCX → pandoc -f docx -t markdown|plain|html
    w3m, lynx          w3m -dump / lynx -dump -nolist of writer-html
    w3m-ruled, elinks, links
                       w3m -dump / elinks -dump / links2 -dump of writer-html with border="1" on its
                       tables, as a bureau's web page draws them: tables ruled with box drawing
                       (w3m, elinks) or ASCII (links2, which counts a CJK character one column wide)
    antiword           antiword -m UTF-8.txt of writer-doc: the classic .doc-to-text tool of old
                       archives (a table with | between cells, a wrapped cell going on in the next
                       line; a table it cannot lay out flattened into a run of |-separated cells).
                       (catdoc, the other one, is left out: it drops the text of 113 of 300 such
                       documents, so no record could be expected of them.)
    calc-pdf-layout    soffice (Calc) → PDF → pdftotext -layout
    calc-pdf-raw       soffice (Calc) → PDF → pdftotext        (cell stream)
    calc-html          soffice (Calc) --convert-to html
    calc-csv           soffice (Calc) --convert-to csv (UTF-8)
    calc-tsv           soffice (Calc) --convert-to "Unicode text": UTF-16, tab-separated, every text
                       field in double quotes (a line break in a cell stays in its quotes), as a
                       sheet is saved for another program (TSV_FILTER)
    writer-pdf         soffice → PDF, the PDF itself (jixiao reads it with Poppler)
    calc-pdf           soffice (Calc) → PDF, the PDF itself
    writer-docx        soffice --convert-to docx, the .docx itself (jixiao reads its XML)
    calc-xlsx          soffice (Calc) --convert-to xlsx, the .xlsx itself
    writer-doc         soffice --convert-to doc (Word 97), the .doc itself (jixiao converts it back
                       with LibreOffice)
    calc-xls           soffice (Calc) --convert-to xls (Excel 97), the .xls itself
    chromium-writer, chromium-calc
                       writer-html / calc-html printed to PDF by headless Chromium (Skia: every
                       font a Type 3 font, boxes far taller than the characters), the PDF itself
    wkhtml-writer, wkhtml-calc
                       the same printed by wkhtmltopdf (Qt WebKit: its own fallback faces and
                       widths), the PDF itself
    weasy-writer, weasy-calc
                       the same printed by WeasyPrint (its own layout engine: it reads no
                       cellspacing attribute, so every cell is framed apart; Noto CJK subset with
                       every glyph id kept, some 20 s a print), the PDF itself; a full run
                       prints only the first 10 tables of each family through it
                       (--slow-printed N; 0 prints all)
    chromium-ruled     writer-html with border="1" on its tables (as w3m-ruled reads it) printed by
                       headless Chromium, the PDF itself: a bureau's web page printed from the browser
                       (each table framed 3D in two greys, outset, the frame's top and left light)
    chromium-web, wkhtml-web
                       writer-html as a bureau's web page holds the table -- no widths (attributes,
                       <col>, CSS), no cell styles, no border, no @page; rowspan/colspan kept
                       (web_html) -- printed by headless Chromium / wkhtmltopdf, the PDF itself: the
                       browser's automatic layout shrinks a short column to a character or two (a
                       label a character a line) and makes a row as tall as its longest prose
    chromium-writer-layout, chromium-calc-layout, wkhtml-writer-layout, wkhtml-calc-layout,
    weasy-writer-layout, weasy-calc-layout
                       those PDFs through pdftotext -layout: PDFs of producers other than
                       LibreOffice, as a bureau's web page is printed or a report engine writes

Expected records come from the truth only (never from jixiao).  Every cell the
generator writes is read back through generate.py's reference reader and must
give the truth back; every level-1, level-2 and task of the truth must be written
in a label cell on a row of its own group (check_groups) and every label, task and
name must be a cell of the written .fodt/.fods (check_source), or the run stops
before any conversion; every expected file is checked with generate.py's record
invariants; every rendered file is checked to still contain the truth's text.

    python3 corpus/gen/forms.py [--out DIR] [--count N] [--seed S] [--variant V] [--bureau B]
                                [--families F,...] [--jobs J]
    python3 corpus/gen/forms.py --sample        # the committed corpus/converted/
    python3 corpus/gen/forms.py --families bureau   # only the bureau family's files (the others untouched)

A full run adds V (default 60) tables of a sixth family, `variant` (ids v0001…,
planned after the five and seeded apart, so the five's files do not depend on it):
one label column, section rows, mid-term targets, the unit in the value header,
several projects' tables in one file (see variant_features); and B (default 60) of a
seventh, `bureau` (ids b0001…, seeded apart likewise): forms as bureaus fill them in --
the metadata block inside the indicator table, a row-header column merged over all
indicator rows, label columns one or two characters wide, cells spanning columns, a
third label level under 效益, notes and signatures as the table's last rows (see the
bureau family's section).  --families writes and cleans only the families named.

Output: DIR/<converter>/<family>/<id>.<ext> and <id>.expected.jsonl (a document
record type/doc/title/kind/year [+ notes when the output states them exactly],
then one indicator record per row).  Intermediate files go to DIR.work/ and are
reused when their source did not change, so a rerun takes seconds; a fresh run of
300 tables takes about 3-4 minutes on 2 cores.  corpus/converted/README.md
describes the families, the converters and what each one does to a table.

Standard library only.  Deterministic for a given seed (and program versions).
"""
import argparse
import copy
import csv
import html
import html.parser
import io
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import generate as G          # noqa: E402  reference normalizer, target reader, taxonomy, invariants
import odf                    # noqa: E402
from odf import Cell, Para, Table, Doc   # noqa: E402
import forms_vocab as V       # noqa: E402

FAMILIES = ["standard", "split", "half", "dept", "legacy"]
# Planned apart from FAMILIES (ids v0001…, their own seeds), so adding them changes no file of
# the five: forms real bureaus print that no family above prints (see variant_features).
VARIANT = "variant"
# Planned apart likewise (ids b0001…, their own seeds): forms as bureaus really fill them in,
# untidy where the six above are tidy (see bureau_features).
BUREAU = "bureau"
ALL_FAMILIES = FAMILIES + [VARIANT, BUREAU]
CONVERTERS = [  # (name, source, extension)
    ("writer-pdf-layout", "writer", "txt"), ("writer-pdf-raw", "writer", "txt"), ("writer-txt", "writer", "txt"),
    ("writer-html", "writer", "html"), ("pandoc-md", "writer", "md"), ("pandoc-plain", "writer", "txt"),
    ("pandoc-html", "writer", "html"), ("w3m", "writer", "txt"), ("lynx", "writer", "txt"),
    ("w3m-ruled", "writer", "txt"), ("elinks", "writer", "txt"), ("links", "writer", "txt"),
    ("antiword", "writer", "txt"),
    ("calc-pdf-layout", "calc", "txt"), ("calc-pdf-raw", "calc", "txt"), ("calc-html", "calc", "html"),
    ("calc-csv", "calc", "csv"), ("calc-tsv", "calc", "txt"), ("writer-pdf", "writer", "pdf"), ("calc-pdf", "calc", "pdf"),
    ("writer-docx", "writer", "docx"), ("calc-xlsx", "calc", "xlsx"), ("writer-doc", "writer", "doc"),
    ("calc-xls", "calc", "xls"),
] + [("%s-%s%s" % (p, side, lay), side, ext) for p in ("chromium", "wkhtml", "weasy")
     for side in ("writer", "calc")
     for lay, ext in (("", "pdf"), ("-layout", "txt"))] + [("chromium-ruled", "writer", "pdf"),
                                                           ("chromium-web", "writer", "pdf"), ("wkhtml-web", "writer", "pdf")]
# PDF printers of the HTML exports, and how each prints SRC to OUT.
HTML_PRINTERS = {
    "chromium": lambda src, out: ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
                                  "--no-pdf-header-footer", "--print-to-pdf=" + out, "file://" + src],
    "wkhtml": lambda src, out: ["wkhtmltopdf", "-q", src, out],
    "weasy": lambda src, out: ["weasyprint", "-q", src, out],
}
PRINTED = {c for c, _, _ in CONVERTERS if c.split("-")[0] in HTML_PRINTERS}
# Printed converters of writer-html with its tables bordered (see ruled_html), and their printer.
RULED_PRINTS = {"chromium-ruled": "chromium"}
PRINTER_PROGRAM = {"chromium": "chromium", "wkhtml": "wkhtmltopdf", "weasy": "weasyprint"}
# Printers too slow to print every table: WeasyPrint takes 5-10 s a table (its own layout
# engine in Python), an hour and more for 360 tables on two cores.  A full run prints the
# first SLOW_PRINTED tables of each family through them (--slow-printed; 0 prints all).
SLOW_PRINTERS = {"weasy"}
SLOW_PRINTED = 10


def slow_subset(forms, per_family):
    """The ids of the first `per_family` forms of each family (plan order); None for all."""
    if not per_family:
        return None
    seen, ids = Counter(), set()
    for f in forms:
        if seen[f.family] < per_family:
            seen[f.family] += 1
            ids.add(f.id)
    return ids


def printed_here(conv_or_printer, f, subset):
    """Whether form f goes through the printer of `conv_or_printer` in this run."""
    return subset is None or conv_or_printer.split("-")[0] not in SLOW_PRINTERS or f.id in subset
# Converters a full run leaves out unless named: jixiao reads them by starting LibreOffice for
# every file, which makes scoring 300 tables take some 25 minutes.
SLOW = {"writer-doc", "calc-xls"}
# ... and antiword, which loses text of its own (26 of 300 tables: a run stops with those
# named) and flattens merged tables: a measure of antiword as much as of jixiao.
OPT_IN = SLOW | {"antiword"}
# Office files are checked through the text of their XML; the binary .doc/.xls through the
# .docx/.xlsx LibreOffice wrote from the same source (Python cannot read the binary formats).
OFFICE_TEXT_OF = {"writer-docx": "writer-docx", "calc-xlsx": "calc-xlsx", "writer-doc": "writer-docx",
                  "calc-xls": "calc-xlsx"}
RAW = {"writer-pdf-raw", "calc-pdf-raw"}
CONVERTERS_SRC = {c: s for c, s, _ in CONVERTERS}
# Calc's "Text CSV" filter as a sheet is saved as Unicode text: tab (9), double quote (34),
# UTF-16 (65535); with these options Calc quotes every text field.
TSV_FILTER = 'txt:Text - txt - csv (StarCalc):9,34,65535,1'
# Outputs that are not UTF-8, and what they are.
CONV_ENCODING = {"calc-tsv": "utf-16"}
CONV_EXT = {c: e for c, _, e in CONVERTERS}

# Units the vocabulary writes beyond generate.py's list (compound units and units as words).
EXTRA_UNITS = {"万元/人", "个百分点", "百分点", "平方公里", "元/人·月", "元/平方米", "个工作日", "小时", "张", "册", "件",
               "株", "万立方米", "‰", "万亩", "批次", "万人次", "千米", "立方米"}
G.UNITS |= EXTRA_UNITS
G.UNITS_LAST |= {u[-1] for u in EXTRA_UNITS}
# Level-2 labels match the taxonomy with or without their trailing 指标 (the rule corpus/README.md
# states and generate.py applies to 经济效益, 社会效益 …): the legacy family's bare 数量/质量/时效/成本
# are 数量指标/质量指标/时效指标/成本指标.  generate.py never writes them, so its table lacks them.
G.L2_CODE["output"].update({"数量": "quantity", "质量": "quality", "时效": "timeliness", "成本": "cost"})


# ==========================================================================
# Written forms of targets.  Each returns text for one truth target; the caller
# verifies it through generate.combined / generate.split (the reference reader).

OP_WORDS = {">=": ["不低于", "不少于", "大于等于"], "<=": ["不高于", "不超过", "小于等于"], ">": ["大于", "超过"],
            "<": ["小于", "低于"], "=": []}
OP_ALT = {">=": [">=", "≧", "＞＝"], "<=": ["<=", "≦", "＜＝"], "=": ["＝"], ">": ["＞"], "<": ["＜"]}
SYM = {">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<"}
FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
CN_DIG = "零一二三四五六七八九"


class Style:
    """How one document writes its targets."""

    def __init__(self, rng):
        self.words = rng.choice([0.0, 0.0, 0.05, 0.15, 0.3])     # 不低于95%
        self.alt = rng.choice([0.0, 0.0, 0.0, 0.05, 0.1])        # >=, ≧, ＞＝
        self.suffix = rng.choice([0.0, 0.0, 0.05, 0.15])          # 95%以上
        self.sep = rng.choice([0.0, 0.5, 1.0, 1.0])               # 12,860
        self.fw = rng.choice([0.0] * 6 + [0.1, 0.3])              # full-width digits
        self.space = rng.choice([0.0] * 4 + [0.2, 0.7])           # ≥ 300 项
        self.cn = rng.choice([0.0, 0.0, 0.0, 0.3])                # 三次
        self.datefmt = rng.choice(["cn", "cn", "cn", "dot", "iso", "mix"])
        self.before = rng.choice([0.0, 0.3, 0.6])                # 2023年12月31日前
        self.opcol_words = rng.choice([0.0, 0.0, 0.0, 0.1])       # 计算符号 cell 不低于
        self.opcol_nature = rng.random() < 0.12                   # 计算符号 定量/定性 when no operator


def w_num(v, rng, st, unit=None):
    s = v
    if st.sep and "." not in v and len(v) >= 4 and rng.random() < st.sep:
        s = "{:,}".format(int(v))
    if st.fw and rng.random() < st.fw:
        s = s.translate(FW)
    return s


def w_date(v, rng, st, op_before=False):
    y, m, d = v.split("-")
    fmt = st.datefmt if st.datefmt != "mix" else rng.choice(["cn", "dot", "iso"])
    if fmt == "cn":
        s = "%s年%d月%d日" % (y, int(m), int(d))
    elif fmt == "dot":
        s = "%s.%s.%s" % (y, m, d) if rng.random() < 0.5 else "%s.%d.%d" % (y, int(m), int(d))
    else:
        s = v
    if op_before:
        s += rng.choice(["前", "前", "之前", "以前"])
    return s


def w_combined(t, rng, st):
    k, op, v, u = t["kind"], t["op"], t["value"], t["unit"]
    if k == "text":
        return t.get("_raw", v)
    if k == "date":
        if op == "<=" and rng.random() < st.before:
            return w_date(v, rng, st, True)
        return (SYM[op] if op else "") + w_date(v, rng, st)
    unit = u or ""
    if unit == "%" and st.fw and rng.random() < st.fw:
        unit = "％"
    num = w_num(v, rng, st)
    if op is None and st.cn and u in ("次", "个", "场", "项", "类", "种", "处", "所") and v.isdigit() and 1 <= int(v) <= 9 \
            and rng.random() < st.cn:
        return CN_DIG[int(v)] + unit
    sp = " " if rng.random() < st.space else ""
    if op is None:
        return num + sp + unit
    if op in (">=", "<=") and rng.random() < st.suffix:
        return num + unit + ("以上" if op == ">=" else rng.choice(["以下", "以内"]))
    if OP_WORDS[op] and rng.random() < st.words:
        return rng.choice(OP_WORDS[op]) + num + unit
    o = SYM[op]
    if rng.random() < st.alt:
        o = rng.choice(OP_ALT[op])
    return o + sp + num + sp + unit


def w_split(t, rng, st, opcol=True):
    """(op, value, unit) cells.  opcol False: the form has no 计算符号 column, the
    operator (if any) is written in the value cell."""
    k, op, v, u = t["kind"], t["op"], t["value"], t["unit"]
    nature = "定性" if k == "text" else "定量"
    if k == "text":
        return ("定性" if opcol and st.opcol_nature else "", t.get("_raw", v), "")
    if k == "date":
        if op == "<=" and (not opcol or rng.random() < st.before * 0.5):
            return ("", w_date(v, rng, st, True), "")
        o = SYM[op] if op else ""
        if not opcol:
            return ("", o + w_date(v, rng, st), "")
        return (o or (nature if st.opcol_nature else ""), w_date(v, rng, st), "")
    unit = u or ""
    num = w_num(v, rng, st)
    if not opcol:
        o = SYM[op] if op else ""
        if op and OP_WORDS[op] and rng.random() < st.words:
            o = rng.choice(OP_WORDS[op])
        return ("", o + num, unit)
    if op is None:
        o = nature if st.opcol_nature else ""
    else:
        o = SYM[op]
        if OP_WORDS[op] and rng.random() < st.opcol_words:
            o = rng.choice(OP_WORDS[op])
        elif rng.random() < st.alt:
            o = rng.choice(OP_ALT[op])
    if unit == "%" and rng.random() < 0.08:
        return (o, num + "%", "")        # the percent sign typed into the value cell
    return (o, num, unit)


# ==========================================================================
# Truth

def nice_int(lo, hi, rng):
    v = rng.randint(lo, hi)
    if hi - lo >= 5000:
        v = max(lo, round(v, -2))
    elif hi - lo >= 500:
        v = max(lo, round(v, -1))
    return v


def draw_target(spec, rng, year):
    kind = spec[0]
    if kind in ("n", "nl"):
        _, unit, lo, hi = spec
        v = str(nice_int(lo, hi, rng))
        if lo == hi == 0:
            op = rng.choice(["=", None, "<="])
        elif kind == "nl":
            op = rng.choices(["<=", "=", None, "<"], [65, 15, 15, 5])[0]
        else:
            op = rng.choices([">=", "=", None, ">"], [55, 22, 18, 5])[0]
        return G.T(op, v, unit or None)
    if kind in ("f", "fl"):
        _, unit, lo, hi = spec
        x = rng.uniform(lo, hi)
        v = ("%.1f" if rng.random() < 0.7 else "%.2f") % x
        if v.endswith(".0") and rng.random() < 0.7:
            v = v[:-2]
        ops = [">=", "=", None] if kind == "f" else ["<=", "<", None]
        return G.T(rng.choices(ops, [60, 15, 25])[0], v, unit or None)
    if kind == "p":
        _, lo, hi = spec
        v = rng.randint(lo, hi)
        if hi == 100 and lo >= 95 and rng.random() < 0.5:
            v = 100
        vs = str(v)
        if 90 <= v < 100 and rng.random() < 0.1:
            vs = "%d.5" % v
        if v == 100:
            op = rng.choices(["=", None, ">="], [50, 35, 15])[0]
        elif v == 0:
            op = rng.choice(["=", None, ">="])
        else:
            op = rng.choices([">=", None, "=", ">"], [65, 20, 10, 5])[0]
        return G.T(op, vs, "%")
    if kind == "pl":
        _, lo, hi = spec
        v = rng.randint(lo, hi)
        op = rng.choices(["<=", "<", "=", None], [75, 10, 8, 7])[0] if v else rng.choice(["<=", "=", None])
        return G.T(op, str(v), "%")
    if kind == "d":
        m, d = rng.choice([(12, 31), (12, 31), (12, 31), (11, 30), (10, 31), (6, 30), (9, 30), (12, 20), (12, 25)])
        return G.T(rng.choices(["<=", None], [70, 30])[0], "%d-%02d-%02d" % (year, m, d))
    if kind == "t":
        return G.X(rng.choice(spec[1]))
    raise ValueError(spec)


def half_of(t, rng, year):
    """The half-year target for full-year target t (None = cell left empty)."""
    if rng.random() < 0.15:
        return None
    if t["kind"] == "text":
        return G.X(rng.choice([t.get("_raw", t["value"])] * 3 + ["按进度推进", "稳步推进", "阶段性完成"]))
    if t["kind"] == "date":
        if rng.random() < 0.5:
            return None
        return G.T(t["op"], "%d-06-30" % year)
    if t["unit"] == "%" or "." in t["value"]:
        return dict(t)
    v = int(t["value"])
    h = max(0, int(round(v * rng.choice([0.3, 0.4, 0.5, 0.5, 0.6]))))
    return G.T(t["op"], str(h), t["unit"])


class Form:
    """One document's truth plus how it is laid out."""


SUBS = ["城区", "乡镇", "一期", "二期", "中心城区", "农村地区", "县直单位", "续建", "新建"]


def pick(rng, pool, n, used):
    out = []
    cands = [x for x in pool if x[0] not in used]
    rng.shuffle(cands)
    for x in cands[:n]:
        used.add(x[0])
        out.append(x)
    return out


def decorate(name, rng, f):
    """The name as written in the cell (truth is its normalization)."""
    raw = name
    r = rng.random()
    if r < f.star:
        raw = "★" + raw
    elif r < f.star * 1.6:
        raw = raw + "*"
    if "(" in raw or "（" in raw:
        pass
    elif rng.random() < 0.03:
        raw = raw + "（" + rng.choice(["含续建", "暂定", "以批复为准"]) + "）"
    return raw


def l2_labels(style):
    if style == "std":
        return {"qty": "数量指标", "qual": "质量指标", "time": "时效指标", "cost": "成本指标",
                "eco": "经济效益指标", "soc": "社会效益指标", "green": "生态效益指标", "sus": "可持续影响指标",
                "sat": "服务对象满意度指标"}
    if style == "prefixed":
        return {"qty": "产出数量", "qual": "产出质量", "time": "产出时效", "cost": "产出成本",
                "eco": "经济效益", "soc": "社会效益", "green": "生态效益", "sus": "可持续影响", "sat": "服务对象满意度"}
    return {"qty": "数量", "qual": "质量", "time": "时效", "cost": "成本",
            "eco": "经济效益", "soc": "社会效益", "green": "生态效益", "sus": "可持续影响", "sat": "满意度"}


def project_groups(f, rng, n_target):
    """[(l1, l2, [(name, spec)...])] for a project target table with about n_target rows."""
    sec = V.SECTORS[f.sector]
    used = set()
    suffix = rng.random() < (0.8 if f.family != "legacy" else 0.6)
    L1 = {"out": "产出指标" if suffix else "产出", "eff": "效益指标" if suffix else "效益",
          "sat": "满意度指标" if suffix else rng.choice(["满意度", "满意度"]), "cost": "成本指标"}
    if suffix and rng.random() < 0.1:
        L1["sat"] = "满意指标"
    if f.family == "legacy":
        style = rng.choice(["std", "prefixed", "bare", "bare"])
    else:
        style = rng.choices(["std", "prefixed", "bare"], [80, 15, 5])[0]
    if f.family == VARIANT:     # its one label column joins labels the taxonomy places (bare 满意度-满意度 it does not)
        style = "std"
    L2 = l2_labels(style)
    if rng.random() < 0.3 and style == "std":
        L2["sat"] = "服务对象满意度"
    cost_l1 = f.year >= 2021 and f.family != "legacy" and rng.random() < 0.6
    # how many of each
    scale = n_target / 14.0
    def cnt(lo, hi):
        return max(lo, int(round(rng.randint(lo, hi) * scale)))
    qty = sec["qty"][:]
    nq = min(cnt(2, 6), 30)
    qitems = pick(rng, qty, nq, used)
    while len(qitems) < nq:      # long tables: the same indicator per part of the project
        base = rng.choice(qty)
        nm = "%s（%s）" % (base[0], rng.choice(SUBS))
        if nm not in used:
            used.add(nm)
            qitems.append((nm, base[1]))
    groups = [(L1["out"], L2["qty"], qitems)]
    groups.append((L1["out"], L2["qual"], pick(rng, sec["qual"] + V.COMMON["qual"], cnt(1, 3), used)))
    groups.append((L1["out"], L2["time"], pick(rng, sec.get("time", []) + V.COMMON["time"], cnt(1, 2), used)))
    if cost_l1:
        if rng.random() < 0.3:
            groups.append((L1["cost"], "", pick(rng, V.COMMON["cost_econ"], rng.randint(1, 2), used)))
        else:
            groups.append((L1["cost"], "经济成本指标", pick(rng, V.COMMON["cost_econ"], rng.randint(1, 2), used)))
            if rng.random() < 0.4:
                groups.append((L1["cost"], "社会成本指标", pick(rng, V.COMMON["cost_soc"], 1, used)))
            if rng.random() < 0.4:
                groups.append((L1["cost"], "生态环境成本指标", pick(rng, V.COMMON["cost_env"], 1, used)))
    elif rng.random() < 0.75:
        groups.append((L1["out"], L2["cost"], pick(rng, V.COMMON["cost"], rng.randint(1, 2), used)))
    if rng.random() < 0.5 or "eco" in sec and rng.random() < 0.7:
        groups.append((L1["eff"], L2["eco"], pick(rng, sec.get("eco", []) + V.COMMON["eco"], rng.randint(1, 2), used)))
    groups.append((L1["eff"], L2["soc"], pick(rng, sec.get("soc", []) + V.COMMON["soc"], cnt(1, 3), used)))
    if "green" in sec or rng.random() < 0.3:
        groups.append((L1["eff"], L2["green"], pick(rng, sec.get("green", []) + V.COMMON["green"], rng.randint(1, 2), used)))
    if rng.random() < 0.75:
        groups.append((L1["eff"], L2["sus"], pick(rng, sec["sus"] + V.COMMON["sus"], rng.randint(1, 2), used)))
    sats = [(n, ("p", 85, 95)) for n in sec["sat"] + V.COMMON["sat"]]
    if f.family != "legacy" and rng.random() < 0.12:
        groups.append((L1["eff"], "服务对象满意度指标", pick(rng, sats, rng.randint(1, 2), used)))
    else:
        groups.append((L1["sat"], L2["sat"], pick(rng, sats, rng.randint(1, 3), used)))
    return [g for g in groups if g[2]]


def dept_wide_groups(f, rng, n_target):
    """决策/过程/履职/效益/满意度 (whole-department framework), as in seed 002."""
    sec = V.SECTORS[f.sector]
    used = set()
    groups = []
    for l1, l2, items in V.DEPT_WIDE:
        if rng.random() < 0.75:
            groups.append((l1, l2, pick(rng, items, rng.randint(1, len(items)), used)))
    for task in rng.sample(sec["tasks"], min(len(sec["tasks"]), rng.randint(2, 3))):
        short = re.split("[，,]", task)[0]
        groups.append(("履职", short, pick(rng, sec["qty"], rng.randint(1, 3), used)))
    groups.append(("效益", rng.choice(["社会效益", "社会效益指标"]), pick(rng, sec.get("soc", []) + V.COMMON["soc"], rng.randint(1, 3), used)))
    if rng.random() < 0.6:
        groups.append(("效益", "可持续影响", pick(rng, sec["sus"] + V.COMMON["sus"], 1, used)))
    sats = [(n, ("p", 85, 95)) for n in sec["sat"] + V.COMMON["sat"]]
    groups.append(("满意度", "服务对象满意度", pick(rng, sats, rng.randint(1, 2), used)))
    return [g for g in groups if g[2]]


DEPT_LONG = {
    "qual": ["按指南要求在网上进行申报，第三方独立评审，审核认定程序执行到位",
             "被认定和审核通过的项目及对象均符合规定的资格；项目及合同等均达到预期效益",
             "项目实施符合国家和省相关技术规范和标准"],
    "time": ["按工作进度要求完成", "按计划进度完成", "在规定时间内完成资金拨付"],
    "cost": ["依照相关资金管理办法组织实施，严格控制成本", "严格执行补助标准，不超预算安排"],
    "sus": ["做好项目管理工作，建立健全内控制度", "扩大服务覆盖面，服务质量达到国家标准"],
}
DEPT_LONG_T = {"qual": [("p", 100, 100)], "time": [("t", ["按时完成"])], "cost": [("t", ["实际按下拨文件为准", "控制在预算范围内"])],
               "sus": [("t", ["长期坚持", "达到或超过", "持续发挥作用"])]}


def dept_groups(f, rng, n_target):
    """产出/效益/满意度 groups whose rows each carry a work item (名称 → task)."""
    base = project_groups(f, rng, n_target)
    sec = V.SECTORS[f.sector]
    tasks = rng.sample(sec["tasks"], min(len(sec["tasks"]), rng.randint(2, 4)))
    f.tasks = tasks
    out = []
    for l1, l2, items in base:
        key = next((k for k, v in l2_labels("std").items() if v == l2), None)
        items = list(items)
        if key in DEPT_LONG and rng.random() < 0.35:
            items.append((rng.choice(DEPT_LONG[key]), rng.choice(DEPT_LONG_T[key])))
        rows = []
        for name, spec in items:
            rows.append((name, spec, rng.choice(tasks)))
        # rows of one task together (tasks in their listed order), as forms group them
        rows.sort(key=lambda r: tasks.index(r[2]))
        if key == "sat" and rng.random() < 0.5 and len(tasks) > 1:
            nm, spec, _ = rows[0]
            rows = [(nm, spec, t) for t in tasks[:2]]   # the same indicator for two work items (seed 004)
        out.append((l1, l2, rows))
    return out


def make_form(fid, family, rng, short=False):
    f = Form()
    f.id, f.family = fid, family
    f.lost = []           # truth text the source grid does not carry (check_groups); fails the run
    f.year = rng.randint(2017, 2019) if family == "legacy" else rng.randint(2019, 2024)
    f.sector = rng.choice(sorted(V.SECTORS))
    sec = V.SECTORS[f.sector]
    prov = rng.choice(sorted(V.PROVINCES))
    city = rng.choice(sorted(V.PROVINCES[prov]))
    county = rng.choice(V.PROVINCES[prov][city])
    if rng.random() < 0.05:
        county = "XX县"
    place = county if rng.random() < 0.7 else city
    f.place, f.prov = place, prov
    f.bureau = rng.choice(sec["bureau"])
    f.org = place + f.bureau
    proj = rng.choice(sec["projects"])
    f.project = ("%d年%s" % (f.year, proj)) if rng.random() < 0.3 else proj
    f.style = Style(rng)
    f.star = rng.choice([0.0, 0.0, 0.0, 0.08, 0.2])
    f.tasks = []
    f.proj_names = [f.project]
    if family == VARIANT:
        variant_features(f, rng)

    # ---- indicators
    if short:
        n_target = rng.randint(6, 10)
    else:
        n_target = rng.choice([rng.randint(6, 14), rng.randint(12, 24), rng.randint(12, 24), rng.randint(30, 56)])
    f.dept_wide = family == "half" and rng.random() < 0.4
    if family == "dept":
        groups = dept_groups(f, rng, n_target)
    elif f.dept_wide:
        groups = dept_wide_groups(f, rng, n_target)
    elif family == VARIANT:
        groups = None
        parts = variant_groups(f, rng, n_target)
    else:
        groups = project_groups(f, rng, n_target)
    if groups is not None:
        parts = [groups]
    if short:    # keep the sample small: trim every group to at most 2 rows, at most 10 rows
        parts = [trim_short(groups) for groups in parts]
    f.seq_col = family in ("standard", "split", "half") and rng.random() < 0.45 or family == "legacy" and rng.random() < 0.2 \
        or family == VARIANT and rng.random() < 0.3 or family == BUREAU and rng.random() < 0.4
    inds = []
    for part, groups in enumerate(parts):      # one table per project (several in the variant family)
        gs = []
        for l1, l2, items in groups:
            members = []
            for it in items:
                if family == "dept":
                    name, spec, task = it
                else:
                    (name, spec), task = it, None
                t = draw_target(spec, rng, f.year)
                i = G.Ind(G.norm(name), t, task=G.norm(task) if task else None)
                i.rname = decorate(name, rng, f)
                if G.norm(i.rname) != i.name:
                    i.name = G.norm(i.rname)
                i.rtask = task
                if family == "half":
                    i.half = half_of(t, rng, f.year)
                elif family == VARIANT and f.v_mid:
                    i.mid = mid_of(t, rng, f.year)
                i.part = part
                if part:       # the first table is the document's project; a later one names its own
                    i.project = G.norm(f.proj_names[part])
                members.append(i)
            gs.append(G.G(G.norm(l1), G.norm(l2), members, rl1=l1, rl2=l2))
        inds += G.flatten(gs, seq=f.seq_col)
    f.inds = inds
    if family == VARIANT:
        header_unit_truth(f)
    # manual line breaks inside a few long names (truth unchanged: norm joins them)
    for i in inds:
        if len(i.rname) >= 12 and rng.random() < 0.06:
            k = rng.randint(4, len(i.rname) - 4)
            if not (i.rname[k - 1].isascii() and i.rname[k].isascii()):
                i.rname = i.rname[:k] + "\n" + i.rname[k:]
        G.chk_name(i, i.rname)
    layout(f, rng, short)
    texts(f, rng)
    if family == VARIANT:
        variant_parts(f, rng)
    if family == BUREAU:
        bureau_texts(f, rng)
    return f


def trim_short(groups):
    """The sample's short table: every group trimmed to at most 2 rows, at most 10 rows."""
    groups = [(a, b, c[:2]) for a, b, c in groups]
    total = 0
    keep = []
    for g in groups:
        if total + len(g[2]) > 10:
            continue
        keep.append(g)
        total += len(g[2])
    return keep


# ==========================================================================
# The variant family: forms bureaus print that the five families do not.  Each form
# draws one or more of
#   (a) one label column (指标类型 / 指标类别 / 指标分类) instead of 一级 | 二级: its cells
#       join both labels (产出指标-数量指标, with - — / or a full-width －), or section rows
#       (一、产出指标 alone on a row, across the table or in the label column) stand
#       above rows whose label column holds the level-2 label (（一）数量指标);
#   (b) a mid-term target beside the year's (中期指标值 | 年度指标值): the records keep
#       the year's, the mid-term one is not kept (docs/records.md, value);
#   (c) the unit in the value header (指标值（%）, 年度指标值(万元)) over bare figures:
#       a figure without a unit of its own has the header's;
#   (d) several projects' tables in one file, each after its own 项目名称：X line,
#       metadata paragraphs, metadata table or metadata rows, the same header each
#       time: the indicators of every table but the first carry `project`.

KIND_HEADS = ["指标类型", "指标类型", "指标类别", "指标分类"]
# Joiners of a one-column label the parser splits (parse/target.c label_joiners; NFKC
# makes the full-width － a -).  `：` is not one of them.
LABEL_JOINERS = ["-", "-", "—", "/", "－"]
CN_ORD = "一二三四五六七八九十"
MID_HEADS = [("中期指标值", "年度指标值"), ("中期目标值", "年度目标值")]


def variant_features(f, rng):
    while True:
        f.v_onecol = rng.choice([None, None, "joined", "sections"])
        f.v_mid = rng.random() < 0.4
        f.v_hunit = rng.random() < 0.35           # the unit itself is chosen from the targets
        nproj = rng.choice([2, 2, 3]) if rng.random() < 0.4 else 1
        if f.v_onecol or f.v_mid or f.v_hunit or nproj > 1:
            break
    f.v_nproj = nproj
    f.joiner = rng.choice(LABEL_JOINERS) if f.v_onecol == "joined" else None
    f.v_num1 = rng.random() < 0.7                 # 一、产出指标
    f.v_num2 = f.v_num1 and rng.random() < 0.5    # （一）数量指标
    f.v_span = rng.random() < 0.5                 # the section row one cell across the table


def variant_groups(f, rng, n_target):
    """Groups of each project's table (one list per project), labelled for the form's
    label column."""
    sec = V.SECTORS[f.sector]
    bare = f.project.replace("%d年" % f.year, "")
    others = [p for p in sec["projects"] if p != bare]
    for p in rng.sample(others, min(f.v_nproj - 1, len(others))):
        f.proj_names.append(("%d年%s" % (f.year, p)) if rng.random() < 0.3 else p)
    parts = []
    for _ in f.proj_names:
        n = n_target if len(f.proj_names) == 1 else rng.randint(6, 14)
        parts.append(variant_labels(f, project_groups(f, rng, n)))
    return parts


def variant_labels(f, groups):
    """Labels as the form's label column writes them: joined cells need a pair the taxonomy
    places (a level-1 alone stays level-1); section rows number their level-1 labels
    (一、…) and the rows' level-2 labels (（一）…), and a cost group without a level-2 gets
    one (its rows' label cells would be empty)."""
    if f.v_onecol == "joined":
        for l1, l2, _ in groups:
            assert l2 == "" or "." in G.category(l1, l2), (f.id, l1, l2)
        return groups
    if f.v_onecol != "sections":
        return groups
    out = []
    n1, n2, prev = -1, 0, None
    for l1, l2, items in groups:
        if l2 == "":
            l2 = "经济成本指标"
        if l1 != prev:
            n1, n2, prev = n1 + 1, 0, l1
        n2 += 1
        rl1 = (CN_ORD[n1] + "、" if f.v_num1 else "") + l1
        rl2 = ("（%s）" % CN_ORD[n2 - 1] if f.v_num2 else "") + l2
        out.append((rl1, rl2, items))
    return out


def mid_of(t, rng, year):
    """The mid-term target beside full-year target t (a few years' worth)."""
    if t["kind"] == "text":
        return G.X(rng.choice([t.get("_raw", t["value"])] * 2 + ["持续提升", "全面完成", "稳步提高"]))
    if t["kind"] == "date":
        return G.T(t["op"], "%d-12-31" % (year + rng.choice([1, 2])))
    if t["unit"] == "%" or "." in t["value"]:
        return dict(t)
    return G.T(t["op"], str(int(t["value"]) * rng.choice([2, 3, 3, 5])), t["unit"])


def header_unit_truth(f):
    """(c): the unit the value header states -- % when any target is in percent, else the
    commonest unit -- and a figure without a unit of its own takes it (docs/records.md,
    unit-from-header)."""
    if not f.v_hunit:
        f.v_hunit = None
        return
    units = Counter(i.t["unit"] for i in f.inds if i.t["kind"] == "number" and i.t["unit"])
    if not units:
        f.v_hunit = None
        return
    f.v_hunit = "%" if "%" in units else units.most_common(1)[0][0]
    for i in f.inds:
        for t in (i.t, getattr(i, "mid", None)):
            if t and t["kind"] == "number" and t["unit"] is None:
                t["unit"] = f.v_hunit


def target_cell(f, t, rng, st):
    """A combined target cell for truth t, verified; under a unit-stating header (variant
    (c)) a figure in the header's unit is mostly written bare."""
    unit = getattr(f, "v_hunit", None)
    if not unit or t["kind"] != "number" or t["unit"] != unit or rng.random() < 0.15:
        return G.combined(t, w_combined(t, rng, st))
    raw = w_combined(dict(t, unit=None), rng, st)
    assert G.read_target(raw) == (t["op"], t["value"], "number", None), (raw, t)
    return raw


def variant_parts(f, rng):
    """(d): each project's table as a form of its own (sharing the layout), with its own
    metadata: the first project's is the document's (texts), the others' drawn alike."""
    f.parts = None
    if len(f.proj_names) == 1:
        return
    if not f.meta:          # at least the 项目名称 line above each table
        f.meta, f.meta_place = [("项目名称", f.project)], "line"
    metas = [f.meta]
    for name in f.proj_names[1:]:
        amt, goal = amount_goal(f, rng)
        meta = project_meta(f, rng, name, amt, goal)
        metas.append(meta if f.meta_place != "line" else meta[:1])
    f.parts = []
    for k, name in enumerate(f.proj_names):
        p = copy.copy(f)
        p.inds = [i for i in f.inds if i.part == k]
        p.meta, p.project, p.breaks, p.parts, p.later_part = metas[k], name, [], None, k > 0
        f.parts.append(p)


def parts_of(f):
    return getattr(f, "parts", None) or [f]


# ==========================================================================
# The bureau family: forms as bureaus fill them in, untidy where the six families are
# tidy (the reference tables printed through real converters read far worse than the
# generated ones).  Each form draws, each with its own probability:
#   (a) the metadata block INSIDE the indicator table, in its columns: 项目名称, 主管部门 |
#       实施单位 on one row, the funds rows (年度资金总额 / 其中：财政拨款 / 其他资金, under a
#       label spanning them or one row of three pairs), a 年度目标 row whose paragraph of
#       100-400 characters spans the remaining columns, and above the header a caption row
#       (年度绩效指标) across the table;
#   (b) a row-header column (年度绩效指标 / 绩效指标) merged over all indicator rows, at
#       times through the header too;
#   (c) label columns so narrow that converters wrap labels one or two characters a line;
#   (d) rows of their own widths: a text target one cell over 计算符号 | 目标值 | 单位, a
#       date over 目标值 | 单位, metadata rows of 2, 4 or 6 cells over the same columns;
#   (e) a third label level under 效益 (效益指标 in the level-2 column, 社会效益指标 beside);
#   (f) notes and signature rows as the last rows of the table itself.
# Nothing of it is an indicator: the expected records are the truth's, as everywhere.

def bureau_columns(f, rng, nh):
    cols = []
    f.l0_text = rng.choice(["年度绩效指标", "年度绩效指标", "绩效指标", "年度绩效目标", "产出及效益指标"]) \
        if rng.random() < 0.5 else None
    if f.l0_text:
        cols.append(Col("l0", "", 0))
    cols += [Col("l1", "一级指标", 0), Col("l2", "二级指标", 0)]
    if f.third:
        cols.append(Col("l2b", "", 0))
    cols.append(Col("name", "三级指标" if nh == "绩效指标" else nh, 0))
    if rng.random() < 0.4:
        cols.append(Col("target", rng.choice(VALUE_HEADS), 0))
    else:
        grp = rng.choice([None, "%d年目标值" % f.year, "%d年度指标值" % f.year, "年度目标值"])
        cols += [Col("op", rng.choice(OP_HEADS), 0, grp), Col("val", rng.choice(["目标值", "指标值"]), 0, grp),
                 Col("unit", rng.choice(UNIT_HEADS), 0, grp)]
    if rng.random() < 0.2:
        cols.append(Col("remark", "备注", 0))
    return cols


# Widths (cm) of label columns in a narrow form: one or two CJK characters a line at 9-11 pt.
NARROW_LABELS = {"seq": (0.6, 0.9), "l0": (0.55, 0.95), "l1": (0.6, 1.15), "l2": (0.6, 1.25), "l2b": (0.7, 1.3)}


def bureau_layout(f, rng):
    """(b) the row-header column first and merged, (c) narrow label columns, (d) spanning targets."""
    l0 = [c for c in f.cols if c.role == "l0"]
    f.cols = l0 + [c for c in f.cols if c.role != "l0"]
    f.l0_mode = "merge" if rng.random() < 0.85 else "mid"
    f.l0_in_header = rng.random() < 0.35
    f.b_span_targets = "op" in roles(f) and rng.random() < 0.6
    f.b_narrow = rng.random() < 0.55
    if f.b_narrow:
        total = sum(c.width for c in f.cols)
        for c in f.cols:
            if c.role in NARROW_LABELS:
                c.width = max(round(rng.uniform(*NARROW_LABELS[c.role]), 2), label_fit(f, c.role))
        fixed = sum(c.width for c in f.cols if c.role in NARROW_LABELS)
        rest = sum(c.width for c in f.cols if c.role not in NARROW_LABELS)
        for c in f.cols:
            if c.role not in NARROW_LABELS:
                c.width = round(c.width * (total - fixed) / rest, 2)


# At most this many lines to a merged label cell of a narrow column: a taller one that a page
# break cuts loses its lower lines in Writer's and Calc's PDFs (the text is clipped, not moved).
MAX_LABEL_LINES = 4
CELL_PAD_CM = 0.25      # a cell's padding and rules


def label_fit(f, role):
    """The narrowest width (cm) at which every label of column `role` takes at most
    MAX_LABEL_LINES lines (0 for a column of no label)."""
    if role not in ("l1", "l2", "l2b"):
        return 0
    texts = [lab[1] for lab in (label_of(f, i, role) for i in f.inds) if lab and lab[2] == 1]
    longest = max((len(t) for t in texts), default=0)
    return round(math.ceil(longest / MAX_LABEL_LINES) * f.size * odf.PT + CELL_PAD_CM, 2)


def span_targets(f, inds, rows):
    """(d): a text target one cell over 计算符号 | 目标值 | 单位; a date over 目标值 | 单位."""
    a = roles(f).index("op")
    for r, i in enumerate(inds):
        op, val, unit = i.cells
        if i.t["kind"] == "text":
            rows[r][a:a + 3] = [Cell(G.combined(i.t, val), cs=3, ha="center", va="middle"), None, None]
        elif i.t["kind"] == "date" and unit == "":
            rows[r][a + 1:a + 3] = [Cell(val, cs=2, ha="center", va="middle"), None]


def w_amount(x, rng):
    if rng.random() < 0.3 and x >= 1000:
        return "{:,.2f}".format(x)
    if rng.random() < 0.6 or x != int(x):
        return "%.2f" % x
    return "%d" % x


def goal_paragraph(f, rng):
    """(a): a 年度目标 paragraph of 100-400 characters: a lead, then numbered clauses drawn
    from the sector's tasks, the metadata goals and GOAL_CLAUSES."""
    want = rng.randint(100, 400)
    sec = V.SECTORS[f.sector]
    verb = "、".join(rng.sample([x[0] + "达到目标" for x in sec["qty"][:4]], 2))
    pool = list(sec["tasks"]) + [g.format(year=f.year, verb=verb, people=sec["people"]).rstrip("。")
                                 for g in V.META_GOALS] + V.GOAL_CLAUSES
    rng.shuffle(pool)
    numbering = rng.choice(["是", "paren", "digit", "none"])
    lead = rng.choice(V.GOAL_LEADS).format(year=f.year, org=f.org, project=f.project)
    text, k = lead, 0
    while pool and len(text) < want:
        clause = pool.pop()
        if len(text) + len(clause) > 400 and len(text) >= 100:
            break
        sep = "；" if k else ""
        mark = {"是": CN_ORD[k % 10] + "是", "paren": "（%s）" % CN_ORD[k % 10], "digit": "%d." % (k + 1),
                "none": ""}[numbering]
        text += sep + mark + clause
        k += 1
    return text[:400].rstrip("；，") + "。"


def bureau_texts(f, rng):
    """(a) the metadata rows and (f) the notes rows, drawn once for Writer and Calc alike."""
    person = lambda: rng.choice(V.SURNAMES) + rng.choice(V.GIVEN)
    if rng.random() < 0.75:
        f.meta_place = "bureau"
        f.repeat = False
        spec = []
        if rng.random() < 0.35:
            spec.append(("pair", "项目名称", f.project, rng.choice(["项目类别", "项目属性", "资金性质"]),
                         rng.choice(V.PROJECT_KINDS)))
        else:
            spec.append(("one", "项目名称", f.project))
        impl = f.org if rng.random() < 0.6 else f.place + rng.choice(["项目建设中心", "事务中心", "服务中心"])
        if rng.random() < 0.8:
            spec.append(("pair", rng.choice(["主管部门", "主管部门", "主管单位"]), f.org,
                         rng.choice(["实施单位", "实施单位", "项目实施单位"]), impl))
        else:
            spec += [("one", "主管部门", f.org), ("one", "实施单位", impl)]
        if rng.random() < 0.3:
            spec.append(("pair", "项目负责人", person(), "联系电话",
                         "%s-%d" % (V.PHONE_AREA[f.prov], rng.randint(80000000, 89999999))))
        if rng.random() < 0.2:
            spec.append(("one", "项目期限", "%d年1月1日-%d年12月31日" % (f.year, f.year)))
        total = rng.choice([rng.randint(20, 900), rng.randint(100, 30000)])
        if rng.random() < 0.4:
            total += rng.randint(1, 99) / 100
        fiscal = total if rng.random() < 0.5 else round(total * rng.uniform(0.5, 0.95), 2)
        other = round(total - fiscal, 2)
        items = rng.choice(V.FUNDS_ITEMS)
        amounts = [w_amount(x, rng) for x in (total, fiscal, other)]
        if other == 0 and rng.random() < 0.4:
            amounts[2] = ""          # 其他资金 left empty
        spec.append((rng.choice(["block", "block", "rows", "line"]), rng.choice(V.FUNDS_HEADS),
                     list(zip(items, amounts))))
        spec.append(("goal", rng.choice(V.GOAL_HEADS), goal_paragraph(f, rng)))
        if "l0" not in roles(f) and rng.random() < 0.5:
            spec.append(("caption", rng.choice(V.CAPTIONS)))
        f.b_meta = spec
    if f.notes_raw and rng.random() < 0.55:
        f.notes_place = "rows"


def span_to(widths, start, need, leave):
    """How many columns from `start` a cell takes to be `need` cm wide, leaving `leave`."""
    k = start + 1
    while sum(widths[start:k]) < need and k < len(widths) - leave:
        k += 1
    return k - start


def one_row(cells, ncol):
    """[(text, cs)...] as a grid row of ncol positions."""
    row = []
    for text, cs in cells:
        row += [Cell(text, cs=cs, va="middle", ha="left")] + [None] * (cs - 1)
    assert len(row) == ncol, (cells, ncol)
    return row


def bureau_meta_rows(f, ncol, widths):
    """(a): the metadata rows in the indicator table's own columns; a row that cannot have
    its cells in this many columns takes fewer (two rows of a label and its value)."""
    L = span_to(widths, 0, 2.6, 2)
    rem = ncol - L
    rows = []
    for item in f.b_meta:
        kind = item[0]
        if kind == "one":
            rows.append(one_row([(item[1], L), (item[2], rem)], ncol))
        elif kind == "pair":
            if rem >= 3:
                v1 = span_to(widths, L, sum(widths[L:]) / 2 - 1.5, 2)
                l2 = span_to(widths, L + v1, 2.0, 1)
                rows.append(one_row([(item[1], L), (item[2], v1), (item[3], l2), (item[4], rem - v1 - l2)], ncol))
            else:
                rows += [one_row([(item[1], L), (item[2], rem)], ncol), one_row([(item[3], L), (item[4], rem)], ncol)]
        elif kind in ("block", "rows", "line"):
            head, pairs = item[1], item[2]
            if kind == "line" and rem >= 5:
                cells, at = [(pairs[0][0], L)], L
                for k, (lab, amt) in enumerate(pairs):
                    if k:
                        cells.append((lab, 1))
                        at += 1
                    cs = 1 if k < 2 else ncol - at
                    cells.append((amt, cs))
                    at += cs
                rows.append(one_row(cells, ncol))
            elif kind == "block" and rem >= 2:
                sub = span_to(widths, L, 2.4, 1)
                for k, (lab, amt) in enumerate(pairs):
                    row = ([Cell(head, rs=len(pairs), cs=L, va="middle", ha="center")] + [None] * (L - 1)) if k == 0 \
                        else [None] * L
                    row += one_row([(lab, sub), (amt, rem - sub)], rem)
                    rows.append(row)
            else:
                rows += [one_row([(lab, L), (amt, rem)], ncol) for lab, amt in pairs]
        elif kind == "goal":
            rows.append(one_row([(item[1], L), (item[2], rem)], ncol))
        elif kind == "caption":
            rows.append([Cell(item[1], cs=ncol, va="middle", ha="center", bold=True)] + [None] * (ncol - 1))
    return rows


def bureau_note_rows(f, ncol, widths):
    """(f): each note a row across the table, each signature line a row of its items, each
    item over about an equal share of the table's width."""
    rows = []
    for s in f.notes_raw:
        items = note_items(s) if s.startswith(SIGN_LABELS) else [s]
        cells, at = [], 0
        for k, it in enumerate(items):
            left = len(items) - k - 1
            cs = ncol - at if not left else span_to(widths, at, sum(widths) / len(items), left)
            cells.append((it, cs))
            at += cs
        rows.append(one_row(cells, ncol))
    return rows


# ==========================================================================
# Layout: columns, headers, labels, breaks

class Col:
    def __init__(self, role, head, width, group=None):
        self.role, self.head, self.width, self.group = role, head, width, group


NAME_HEADS = ["三级指标", "三级指标", "三级指标", "指标名称", "绩效指标", "具体指标", "指标内容"]
VALUE_HEADS = ["指标值", "指标值", "目标值", "年度指标值", "预期目标值", "全年指标值", "指标目标值"]
OP_HEADS = ["计算符号", "计算符号", "符号", "运算符号"]
UNIT_HEADS = ["单位", "计量单位", "度量单位"]
BASEW = {"seq": 1.0, "l0": 1.2, "l1": 1.9, "l2": 2.1, "l2b": 2.1, "task": 3.6, "name": 4.6, "target": 2.8,
         "op": 1.3, "val": 2.3, "unit": 1.4, "half": 2.4, "fullc": 2.4, "h_op": 1.2, "h_val": 1.9, "h_unit": 1.3,
         "f_op": 1.2, "f_val": 1.9, "f_unit": 1.3, "dir": 1.4, "nature": 1.3, "remark": 1.8, "criteria": 4.2,
         "lj": 3.2, "ls": 2.6, "mid": 2.6}


def columns(f, rng):
    fam = f.family
    cols = []
    if f.seq_col:
        cols.append(Col("seq", "序号", 0))
    nh = rng.choice(NAME_HEADS)
    if fam == "standard":
        two = rng.random() < 0.25
        grp = "绩效指标" if two else None
        if two and nh == "绩效指标":
            nh = "三级指标"
        cols += [Col("l1", "一级指标", 0, grp), Col("l2", "二级指标", 0, grp), Col("name", nh, 0, grp),
                 Col("target", rng.choice(VALUE_HEADS), 0)]
        if rng.random() < 0.15:
            cols.append(Col("remark", "备注", 0))
    elif fam == "split":
        two = rng.random() < 0.45
        vh = rng.choice(["指标值", "目标值", "年度指标值"])
        grp = rng.choice(["%d年目标值" % f.year, "%d年度指标值" % f.year, "年度目标值", "指标值"]) if two else None
        if grp == "指标值" and vh == "指标值":
            vh = "目标值"
        cols += [Col("l1", "一级指标", 0), Col("l2", "二级指标", 0), Col("name", nh, 0)]
        tcols = [Col("op", rng.choice(OP_HEADS), 0, grp), Col("val", vh, 0, grp), Col("unit", rng.choice(UNIT_HEADS), 0, grp)]
        if not two and rng.random() < 0.12:     # 指标值 | 度量单位 | 计算符号 (seed-like order of one province)
            tcols = tcols[1:] + tcols[:1]
        cols += tcols
        if rng.random() < 0.25:
            cols.append(rng.choice([Col("dir", "指标方向", 0), Col("nature", "指标性质", 0)]))
        if rng.random() < 0.2:
            cols.append(Col("remark", "备注", 0))
    elif fam == "half":
        cols += [Col("l1", "一级指标", 0), Col("l2", "二级指标", 0), Col("name", rng.choice(["三级指标", "三级指标", "指标名称"]), 0)]
        hh, fh = rng.choice([("半年（程）指标值", "全年（程）指标值"), ("半年(程)指标值", "全年(程)指标值"),
                             ("半年（程）指标值", "全年（程）指标值")])
        if rng.random() < 0.55:
            cols += [Col("half", hh, 0), Col("fullc", fh, 0)]
        else:
            uh = rng.choice(UNIT_HEADS)
            oh = rng.choice(OP_HEADS)
            cols += [Col("h_op", oh, 0, hh), Col("h_val", "指标值", 0, hh), Col("h_unit", uh, 0, hh),
                     Col("f_op", oh, 0, fh), Col("f_val", "指标值", 0, fh), Col("f_unit", uh, 0, fh)]
    elif fam == "dept":
        cols += [Col("l0", "", 0), Col("l1", "一级指标", 0), Col("l2", "二级指标", 0)]
        if f.third:
            cols.append(Col("l2b", "", 0))
        cols += [Col("task", "名称", 0), Col("name", "指标内容", 0)]
        if rng.random() < 0.7:
            cols.append(Col("target", rng.choice(["指标值", "指标值", "目标值"]), 0))
        else:
            cols += [Col("op", rng.choice(OP_HEADS), 0), Col("val", "指标值", 0), Col("unit", rng.choice(UNIT_HEADS), 0)]
    elif fam == "legacy":
        v = f.legacy_variant
        if v == 1:
            cols += [Col("l1", "一级指标", 0), Col("l2", "二级指标", 0), Col("name", "指标内容", 0), Col("target", "指标值", 0)]
            if rng.random() < 0.5:
                cols.append(Col("criteria", rng.choice(["评分标准", "指标解释"]), 0))
        elif v == 2:
            cols += [Col("l1", "一级指标", 0, "绩效指标"), Col("l2", "二级指标", 0, "绩效指标"),
                     Col("name", "指标名称", 0), Col("val", "目标值", 0), Col("unit", "度量单位", 0)]
        else:
            cols += [Col("l1", "一级指标", 0), Col("l2", "二级指标", 0), Col("name", rng.choice(["三级指标", "指标名称"]), 0),
                     Col("nature", "指标性质", 0), Col("val", "指标值", 0), Col("unit", "度量单位", 0),
                     Col("criteria", rng.choice(["指标解释", "评分标准"]), 0)]
    elif fam == VARIANT:
        cols += variant_columns(f, rng, nh)
    elif fam == BUREAU:
        cols += bureau_columns(f, rng, nh)
    if fam != "legacy" and fam != "dept" and rng.random() < 0.05:
        cols.append(Col("criteria", "指标解释", 0))
    return cols


def variant_columns(f, rng, nh):
    cols = []
    if f.v_onecol:
        cols += [Col("lj" if f.v_onecol == "joined" else "ls", rng.choice(KIND_HEADS), 0),
                 Col("name", rng.choice(["指标名称", "指标名称", "三级指标", "具体指标"]), 0)]
    else:
        cols += [Col("l1", "一级指标", 0), Col("l2", "二级指标", 0), Col("name", "三级指标" if nh == "绩效指标" else nh, 0)]
    unit = (rng.choice(["（%s）", "(%s)"]) % f.v_hunit) if f.v_hunit else ""
    if f.v_mid:
        mh, yh = rng.choice(MID_HEADS)
        pair = [Col("mid", mh + unit, 0), Col("target", yh + unit, 0)]
        cols += pair if rng.random() < 0.8 else pair[::-1]
    else:
        cols.append(Col("target", rng.choice(VALUE_HEADS) + unit, 0))
    if rng.random() < 0.15:
        cols.append(Col("remark", "备注", 0))
    return cols


def layout(f, rng, short):
    f.third = f.family == "dept" and rng.random() < 0.4 or f.family == BUREAU and rng.random() < 0.35
    f.legacy_variant = rng.choice([1, 2, 3]) if f.family == "legacy" else 0
    f.cols = columns(f, rng)
    roles = [c.role for c in f.cols]
    f.opcol = "op" in roles
    # target cells as written
    st = f.style
    for i in f.inds:
        if "target" in roles:
            i.raw = target_cell(f, i.t, rng, st)
        if "mid" in roles:
            i.mraw = target_cell(f, i.mid, rng, st)
        if "val" in roles:
            i.cells = G.split(i.t, w_split(i.t, rng, st, opcol=f.opcol))
        if "fullc" in roles:
            i.raw = G.combined(i.t, w_combined(i.t, rng, st))
            i.hraw = G.combined(i.half, w_combined(i.half, rng, st) if i.half else "")
        if "f_val" in roles:
            i.cells = G.split(i.t, w_split(i.t, rng, st))
            i.hcells = G.split(i.half, w_split(i.half, rng, st) if i.half else ("", "", ""))
    # labels
    f.label_mode = rng.choices(["merge", "once", "mid", "repeat"], [55, 20, 15, 10])[0]
    f.valign = rng.choice(["top", "middle", "middle"])
    f.task_mode = rng.choice(["merge", "merge", "repeat", "once"])
    f.l0_mode = rng.choice(["merge", "merge", "mid"])
    f.l0_in_header = rng.random() < 0.3
    f.empty_l2_span = rng.random() < 0.5        # 成本指标 with no level-2: one cell over both label columns
    # pages
    f.landscape = len(f.cols) >= 6 and rng.random() < 0.6 or len(f.cols) >= 8
    f.margins = rng.choice([1.5, 2.0, 2.0, 2.5])
    f.font = rng.choice(["Noto Serif CJK SC", "Noto Sans CJK SC"])
    f.size = rng.choice([9, 10, 10.5, 10.5, 11])
    f.title_size = rng.choice([14, 16, 16, 18])
    f.footer = rng.choice([None, None, None, "dash", "cn"])
    f.repeat = rng.random() < 0.5
    f.border = rng.random() < 0.8
    f.calc_border = rng.random() < 0.75
    f.narrow = rng.random() < 0.35
    n = len(f.inds)
    f.breaks = []
    if not short and n >= 8 and rng.random() < 0.25:
        k = rng.randint(1, 2 if n >= 20 else 1)
        f.breaks = sorted(rng.sample(range(3, n - 2), k))
    if f.family == VARIANT and (f.v_onecol == "sections" or len(f.proj_names) > 1):
        f.breaks = []           # a table per project; section rows are not cut by breaks
    f.cont_header = (not f.repeat) and rng.random() < 0.5       # copy of the header after an explicit break
    f.relabel = rng.random() < 0.7                              # labels written again after an explicit break
    # widths
    tw = (29.7 if f.landscape else 21.0) - 2 * f.margins
    tw *= rng.uniform(0.88, 1.0)
    ws = []
    for c in f.cols:
        w = BASEW[c.role] * rng.uniform(0.85, 1.2)
        if c.role == "name" and f.narrow:
            w *= 0.6
        if c.role == "task" and f.narrow:
            w *= 0.7
        ws.append(w)
    s = sum(ws)
    for c, w in zip(f.cols, ws):
        c.width = round(w * tw / s, 2)
    if f.family == BUREAU:
        bureau_layout(f, rng)


def texts(f, rng):
    """Title, metadata block and notes."""
    y = f.year
    fam = f.family
    f.title_kind = rng.choice(["title", "title", "title", "h1"])
    sub = None
    if fam == "dept" or f.dept_wide:
        opts = ["%d年部门整体支出绩效目标表" % y, "%s%d年度部门整体支出绩效目标表" % (f.org, y),
                "%d年度部门整体预算绩效目标表" % y, "部门整体支出绩效目标表"]
    elif len(f.proj_names) > 1:        # several projects: the title names none of them
        opts = ["%d年度%s%s项目支出绩效目标表" % (y, f.place, f.bureau), "%d年度项目支出绩效目标表" % y,
                "项目支出绩效目标表", "%d年%s预算项目绩效目标表" % (y, f.org)]
    elif fam == "legacy":
        opts = ["%s%d年度%s绩效目标申报表" % (f.place, y, f.project.replace("%d年" % y, "")),
                "项目绩效目标申报表", "%d年度项目支出绩效目标表" % y, "项目支出绩效目标申报表"]
    else:
        opts = ["%d年度%s%s项目支出绩效目标表" % (y, f.place, f.bureau),
                "%d年%s绩效目标表" % (y, f.project.replace("%d年" % y, "")),
                "项目支出绩效目标表", "专项资金绩效目标表", "%d年度项目支出绩效目标表" % y]
    title = rng.choice(opts)
    if rng.random() < 0.08:
        title = None
    if title is None or str(y) not in title:
        if not (title is None and any(c.group and str(y) in c.group for c in f.cols)) or rng.random() < 0.5:
            sub = rng.choice(["（%d年度）", "(%d年度)", "（%d年）"]) % y
    f.title_raw, f.sub_raw = title, sub
    # the fiscal year must be stated: in the title, a （2023年度） line or a 2023年目标值 header
    assert str(y) in (title or "") + (sub or "") + "".join(c.group or "" for c in f.cols), f.id
    f.title = G.norm(title) if title else None
    f.unit_line = rng.choice([None, None, "单位：万元", "金额单位：万元"])
    # metadata
    meta = []
    area = V.PHONE_AREA[f.prov]
    person = lambda: rng.choice(V.SURNAMES) + rng.choice(V.GIVEN)
    amt, goal = amount_goal(f, rng)
    if fam == "dept" or f.dept_wide:
        meta = [("部门名称", f.org), ("年度预算申请（万元）", "资金总额：" + amt),
                ("部门职能职责概述", "主要负责全%s%s工作，拟订相关发展规划和政策并组织实施；%s。" % (
                    "区" if f.place.endswith("区") else "县", f.bureau.replace("局", "").replace("委员会", ""),
                    "；".join(V.SECTORS[f.sector]["tasks"][:3]))),
                (rng.choice(["整体绩效目标", "年度绩效目标", "部门整体绩效目标"]), goal)]
    else:
        meta = project_meta(f, rng, f.project, amt, goal)
        if fam == "legacy":
            meta[2:2] = [("项目负责人", person()), ("联系电话", "%s-%d" % (area, rng.randint(80000000, 89999999)))]
            meta.insert(4, ("项目期限", "%d年1月-%d年12月" % (y, y)))
    f.meta = meta if rng.random() < 0.8 else []
    f.meta_place = rng.choice(["separate", "separate", "same", "paras"]) if f.meta else None
    if f.meta_place == "same":
        f.repeat = False
    # notes
    nlines = []
    if rng.random() < 0.7:
        for s in rng.sample(V.NOTE_LINES, rng.choice([0, 1, 1, 2])):
            nlines.append(s)
        sig = []
        if rng.random() < 0.7:
            sig.append("填报人：%s    联系电话：%s-%d    填报日期：%d年%d月%d日" % (
                person(), area, rng.randint(80000000, 89999999), y - rng.choice([0, 1]), rng.randint(1, 12), rng.randint(1, 28)))
        if rng.random() < 0.3:
            sig.append("单位负责人：%s    财务负责人：%s    填报人：%s" % (person(), person(), person()))
        if rng.random() < 0.15:
            sig.append("审核人：%s    审核日期：%d年%d月%d日" % (person(), y, rng.randint(1, 12), rng.randint(1, 28)))
        nlines += sig
    f.notes_raw = nlines
    f.notes_place = (rng.choice(["paras", "paras", "paras", "signrow"]) if nlines else None)
    if f.notes_place == "signrow" and not any(s.startswith(SIGN_LABELS) for s in nlines):
        f.notes_place = "paras"
    f.notes = [G.norm(x) for s in nlines for x in note_items(s)]


def amount_goal(f, rng):
    """The metadata's amount and goal texts (资金总额, 年度目标)."""
    y = f.year
    amount = rng.choice([rng.randint(20, 900), rng.randint(100, 30000)])
    amt = "{:,}".format(amount) if amount >= 1000 and rng.random() < 0.6 else str(amount)
    if rng.random() < 0.3:
        amt += ".00"
    verb = "、".join(rng.sample([x[0] + "达到" + "目标" for x in V.SECTORS[f.sector]["qty"][:4]], 2))
    goal = rng.choice(V.META_GOALS).format(year=y, verb=verb, people=V.SECTORS[f.sector]["people"])
    if rng.random() < 0.4:
        goal = "；".join([goal.rstrip("。"), rng.choice(V.META_GOALS).format(year=y, verb=verb, people="服务对象")])
    return amt, goal


def project_meta(f, rng, project, amt, goal):
    """A project's metadata items, 项目名称 first."""
    return [("项目名称", project), ("主管部门", f.org),
            ("实施单位", f.org if rng.random() < 0.7 else f.place + rng.choice(["项目建设中心", "事务中心", "服务中心"])),
            (rng.choice(["资金总额（万元）", "资金总额(万元)", "年度资金总额（万元）", "申请金额（万元）"]), amt),
            (rng.choice(["年度目标", "年度绩效目标", "绩效目标", "年度总体目标"]), goal)]


# --------------------------------------------------------------------------
# Grid

def label_of(f, i, role):
    """(run key, text, colspan) of label column `role` for indicator i."""
    third = f.third and i.l1.startswith("效益")
    if role == "l0":
        return ("l0", getattr(f, "l0_text", "年度绩效指标"), 1)
    if role == "l1":
        if third:
            return (("blank", i.l1), "", 1)
        if i.l2 == "" and f.empty_l2_span:
            return (("l1", i.l1, "span"), i.rl1, 3 if f.third else 2)
        return (("l1", i.l1), i.rl1, 1)
    if role == "l2":
        if third:
            return (("l1", i.l1), i.rl1, 1)
        if i.l2 == "" and f.empty_l2_span:
            return None                    # covered by the l1 span
        return (("l2", i.l1, i.l2), i.rl2, 2 if f.third else 1)
    if role == "l2b":
        if third:
            return (("l2", i.l1, i.l2), i.rl2, 1)
        return None
    if role == "task":
        return (("task", i.l1, i.l2, i.task), i.rtask, 1)
    if role == "lj":         # one label column, both labels joined (产出指标-数量指标)
        return (("lj", i.l1, i.l2), i.rl1 + f.joiner + i.rl2 if i.l2 else i.rl1, 1)
    if role == "ls":         # one label column under section rows: the level-2 label
        return (("l2", i.l1, i.l2), i.rl2, 1)
    raise ValueError(role)


LABEL_ROLES = ("l0", "l1", "l2", "l2b", "task", "lj", "ls")


class SectionRow(list):
    """A row holding only a level-1 label (一、产出指标) above its group's rows."""


def header_rows(f):
    cols = f.cols
    two = any(c.group for c in cols)
    hrows = [[None] * len(cols) for _ in range(2 if two else 1)]
    k = 0
    while k < len(cols):
        c = cols[k]
        if c.group:
            j = k
            while j < len(cols) and cols[j].group == c.group:
                j += 1
            hrows[0][k] = Cell(c.group, cs=j - k, ha="center", va="middle", bold=True)
            for m in range(k, j):
                hrows[1][m] = Cell(cols[m].head, ha="center", va="middle", bold=True)
            k = j
            continue
        if c.role == "l2" and f.third:        # 二级指标 over both level-2 columns
            hrows[0][k] = Cell(c.head, rs=2 if two else 1, cs=2, ha="center", va="middle", bold=True)
            k += 2
            continue
        hrows[0][k] = Cell(c.head, rs=2 if two else 1, ha="center", va="middle", bold=True)
        k += 1
    return hrows


def data_cells(f, i, role):
    if role == "seq":
        return Cell(str(i.seq), ha="center", va="middle")
    if role == "name":
        return Cell(G.chk_name(i, i.rname))
    if role == "target":
        return Cell(i.raw, ha="center", va="middle")
    if role in ("op", "val", "unit"):
        return Cell(i.cells[("op", "val", "unit").index(role)], ha="center", va="middle")
    if role == "fullc":
        return Cell(i.raw, ha="center", va="middle")
    if role == "mid":
        return Cell(i.mraw, ha="center", va="middle")
    if role == "half":
        return Cell(i.hraw, ha="center", va="middle")
    if role in ("h_op", "h_val", "h_unit"):
        return Cell(i.hcells[("h_op", "h_val", "h_unit").index(role)], ha="center", va="middle")
    if role in ("f_op", "f_val", "f_unit"):
        return Cell(i.cells[("f_op", "f_val", "f_unit").index(role)], ha="center", va="middle")
    if role == "dir":
        return Cell({">=": "正向", ">": "正向", "<=": "反向", "<": "反向"}.get(i.t["op"], "中性" if i.t["kind"] != "text" else "定性"),
                    ha="center", va="middle")
    if role == "nature":
        return Cell("定性" if i.t["kind"] == "text" else "定量", ha="center", va="middle")
    if role == "remark":
        return Cell(i.remark)
    if role == "criteria":
        return Cell(i.criteria)
    raise ValueError(role)


CRITERIA = ["完成目标得满分，每降低1个百分点扣0.5分", "达到目标值得满分，未达到按比例扣分", "按实际完成比例计分",
            "全部完成得满分，否则酌情扣分", "反映{name}情况", "反映项目实施后{name}的变化情况", "考核{name}是否达到预期"]


def segments(f):
    n = len(f.inds)
    cuts = [0] + f.breaks + [n]
    return [list(range(cuts[k], cuts[k + 1])) for k in range(len(cuts) - 1)]


def body_rows(f, rng, seg, first):
    """Rows (Cell|None per column) of one page segment of the indicator table."""
    if getattr(f, "v_onecol", None) == "sections":
        return section_rows(f, rng, seg)
    return label_rows(f, rng, seg, first)


def section_rows(f, rng, seg):
    """Each level-1 group under a section row of its own: one cell across the table or the
    label in the label column, the other cells empty."""
    rows = []
    ncol = len(f.cols)
    li = roles(f).index("ls")
    a = 0
    while a < len(seg):
        b = a
        while b + 1 < len(seg) and f.inds[seg[b + 1]].l1 == f.inds[seg[a]].l1:
            b += 1
        text = f.inds[seg[a]].rl1
        if f.v_span:
            row = SectionRow([Cell(text, cs=ncol, va="middle", bold=True)] + [None] * (ncol - 1))
        else:
            row = SectionRow(Cell("") for _ in range(ncol))
            row[li] = Cell(text, va="middle")
        rows.append(row)
        rows += label_rows(f, rng, seg[a:b + 1], True)
        a = b + 1
    return rows


def label_rows(f, rng, seg, first):
    cols = f.cols
    inds = [f.inds[k] for k in seg]
    rows = [[None] * len(cols) for _ in inds]
    filled = [[False] * len(cols) for _ in inds]
    for c_idx, c in enumerate(cols):
        if c.role in LABEL_ROLES:
            mode = {"l0": f.l0_mode, "task": f.task_mode}.get(c.role, f.label_mode)
            labs = [label_of(f, i, c.role) for i in inds]
            # the label of the row before this segment (the last row of the previous page)
            before = label_of(f, f.inds[seg[0] - 1], c.role) if not first else None
            r = 0
            while r < len(inds):
                if labs[r] is None or filled[r][c_idx]:
                    r += 1
                    continue
                key, text, cs = labs[r]
                e = r
                while e + 1 < len(inds) and labs[e + 1] is not None and labs[e + 1][0] == key and labs[e + 1][2] == cs:
                    e += 1
                n = e - r + 1
                continued = (r == 0 and before is not None and before[0] == key and before[2] == cs)
                if continued and not f.relabel and mode in ("once", "mid") and c.role != "l0":
                    # a group carried over from the previous page, labelled there: left blank here.
                    # (Only a group that really continues: one that starts on this page's first
                    # row is labelled here, or no cell would carry its label.)
                    text_here = ""
                else:
                    text_here = text
                if mode == "merge":
                    rows[r][c_idx] = Cell(text_here, rs=n, cs=cs, va=f.valign if c.role != "l0" else "middle", ha="center")
                else:
                    at = r + (n // 2 if mode == "mid" else 0)     # mid: typed on the (lower) middle row
                    for k in range(r, e + 1):
                        t = text if mode == "repeat" else (text_here if k == at else "")
                        rows[k][c_idx] = Cell(t, cs=cs, ha="center", va="middle")
                for k in range(r, e + 1):
                    for dc in range(cs):
                        filled[k][c_idx + dc] = True
                r = e + 1
        else:
            for r, i in enumerate(inds):
                rows[r][c_idx] = data_cells(f, i, c.role)
                filled[r][c_idx] = True
    if getattr(f, "b_span_targets", False):
        span_targets(f, inds, rows)
    return rows


def build_table_blocks(f, rng, for_calc):
    """The indicator table: one Table (Calc: explicit breaks are row breaks) or one
    Table per page segment (Writer: an explicit break starts a new table on a new page)."""
    hdr = header_rows(f)
    widths = [c.width for c in f.cols]
    border = f.calc_border if for_calc else f.border
    parts = []
    for s_no, seg in enumerate(segments(f)):
        rows = body_rows(f, rng, seg, s_no == 0)
        if s_no == 0:
            head = hdr
        elif f.cont_header or (f.repeat and not for_calc):
            head = [[Cell(c.text, c.rs, c.cs, c.va, c.ha, c.bold) if c else None for c in r] for r in hdr]
        else:
            head = []
        parts.append((head, rows))
    f.lost += check_groups(f, segments(f), [rows for _, rows in parts], "calc" if for_calc else "writer")
    roles = [c.role for c in f.cols]
    if f.family in ("dept", BUREAU) and f.l0_in_header and not f.repeat and "l0" in roles:
        # 年度绩效指标 merged from the header row down through the first segment
        li = roles.index("l0")
        head, rows = parts[0]
        cell = rows[0][li]
        if cell is not None and cell.rs == len(rows):
            cell.rs += len(head)
            rows[0][li] = None
            head = [list(r) for r in head]
            head[0][li] = cell
            for r in head[1:]:
                r[li] = None
            parts[0] = ([], head + rows)
    if for_calc:
        head0, body = parts[0][0], list(parts[0][1])
        breaks = []
        for head, rows in parts[1:]:
            breaks.append(len(body))
            body += head + rows
        # Calc repeats one range of rows per sheet: a later project's table (same sheet) sets none,
        # or the sheet would print everything from the first header to the last on every page
        repeat = f.repeat and bool(head0) and not getattr(f, "later_part", False)
        return [Table(widths, head0, body, repeat=repeat, border=border, size=f.size, row_breaks=breaks)]
    return [Table(widths, head, rows, repeat=f.repeat and bool(head), border=border, size=f.size, break_before=k > 0)
            for k, (head, rows) in enumerate(parts)]


def check_groups(f, segs, parts, side):
    """Each run of indicators sharing a level-1, a level-2 or a task must have that label
    written in a label cell starting on one of the run's own rows (whether merged, typed
    once, on the middle row or on every row, and across explicit page breaks), and each
    indicator its name in its own row.  A label typed only for another group with the same
    text does not count.  Returns the problems found."""
    label_cols = [k for k, c in enumerate(f.cols) if c.role in LABEL_ROLES and c.role != "l0"]
    name_col = [k for k, c in enumerate(f.cols) if c.role == "name"]
    cells = {}                     # indicator index -> normalized texts of the label cells starting in its row
    names = {}
    sections = set()               # level-1 labels of section rows (they precede their group by construction)
    for seg, rows in zip(segs, parts):
        sections |= {squash(G.norm(c.text)) for r in rows if isinstance(r, SectionRow) for c in r if c is not None}
        rows = [r for r in rows if not isinstance(r, SectionRow)]
        for r, k in enumerate(seg):
            cells[k] = {squash(G.norm(x)) for c in label_cols if rows[r][c] is not None
                        for x in label_parts(f, rows[r][c].text)}
            cells[k] |= sections
            names[k] = {squash(G.norm(rows[r][c].text)) for c in name_col if rows[r][c] is not None}
    problems = []
    n = len(f.inds)
    for what, key in (("level1", lambda i: (i.l1,)), ("level2", lambda i: (i.l1, i.l2)),
                      ("task", lambda i: (i.l1, i.l2, i.task))):
        a = 0
        while a < n:
            b = a
            while b + 1 < n and key(f.inds[b + 1]) == key(f.inds[a]):
                b += 1
            v = key(f.inds[a])[-1]
            if v and not any(squash(v) in cells[k] for k in range(a, b + 1)):
                problems.append("%s %s: %s %r (indicators %d-%d) is in no label cell of its group"
                                % (f.id, side, what, v, a, b))
            a = b + 1
    for k, i in enumerate(f.inds):
        if squash(i.name) not in names[k]:
            problems.append("%s %s: name %r (indicator %d) is not in its row" % (f.id, side, i.name, k))
    return problems


def label_parts(f, text):
    """A label cell's text and, in a joined label column, its two labels."""
    joiner = getattr(f, "joiner", None)
    for j in (joiner, joiner and unicodedata.normalize("NFKC", joiner)):   # as written, as normalized
        if j and j in text:
            return [text] + text.split(j, 1)
    return [text]


def meta_rows(f, ncol, widths):
    """Metadata rows as full-width table rows: label cell(s) then the value merged across the rest."""
    rows = []
    lab_cs = 1
    while sum(widths[:lab_cs]) < 2.6 and lab_cs < ncol - 1:
        lab_cs += 1
    for lab, val in f.meta:
        row = [Cell(lab, cs=lab_cs, va="middle", ha="center")] + [None] * (lab_cs - 1)
        row += [Cell(val, cs=ncol - lab_cs, va="middle")] + [None] * (ncol - lab_cs - 1)
        rows.append(row)
    return rows


def writer_doc(f, rng):
    blocks = []
    if f.title_raw:
        blocks.append(Para(f.title_raw, f.title_kind))
    if f.sub_raw:
        blocks.append(Para(f.sub_raw, "sub"))
    if f.unit_line:
        blocks.append(Para(f.unit_line, "right"))
    for p in parts_of(f):
        tables = build_table_blocks(p, rng, False)
        widths = [c.width for c in f.cols]
        blocks += meta_blocks(p, rng, tables, widths)
        blocks.extend(tables)
    notes_blocks(f, blocks, len(widths), widths, for_calc=False)
    return Doc(blocks, landscape=f.landscape, footer=f.footer, font=f.font, margins=f.margins, title_size=f.title_size)


def meta_blocks(f, rng, tables, widths):
    """The Writer blocks of f's metadata above its indicator tables (metadata rows go into
    the first of them)."""
    blocks = []
    if f.meta_place == "line":
        blocks.append(Para("%s：%s" % f.meta[0]))
    elif f.meta_place == "separate":
        tw = sum(widths)
        if len(f.meta) >= 4 and rng.random() < 0.4:
            # label | value | label | value for the short items, full rows for long ones
            w = [2.8, tw / 2 - 2.8, 2.8, tw / 2 - 2.8]
            rows = []
            short = [(a, b) for a, b in f.meta if len(b) <= 24]
            long_ = [(a, b) for a, b in f.meta if len(b) > 24]
            for k in range(0, len(short), 2):
                pair = short[k:k + 2]
                if len(pair) == 2:
                    rows.append([Cell(pair[0][0], va="middle"), Cell(pair[0][1], va="middle"),
                                 Cell(pair[1][0], va="middle"), Cell(pair[1][1], va="middle")])
                else:
                    rows.append([Cell(pair[0][0], va="middle"), Cell(pair[0][1], cs=3, va="middle"), None, None])
            for a, b in long_:
                rows.append([Cell(a, va="middle"), Cell(b, cs=3, va="middle"), None, None])
            blocks.append(Table(w, [], rows, border=f.border, size=f.size, role="meta"))
        else:
            blocks.append(Table([3.0, tw - 3.0], [], [[Cell(a, va="middle"), Cell(b, va="middle")] for a, b in f.meta],
                                border=f.border, size=f.size, role="meta"))
        blocks.append(Para(""))
    elif f.meta_place == "paras":
        for a, b in f.meta:
            blocks.append(Para("%s：%s" % (a, b)))
    elif f.meta_place == "bureau":
        t0 = tables[0]
        t0.body = bureau_meta_rows(f, len(widths), widths) + t0.header + t0.body
        t0.header = []
        t0.repeat = False
        odf.check_grid(t0)
    elif f.meta_place == "same":
        t0 = tables[0]
        mrows = meta_rows(f, len(widths), widths)
        t0.body = t0.header + t0.body
        t0.header = []
        t0.body = mrows + t0.body
        t0.repeat = False
        odf.check_grid(t0)
    return blocks


SIGN_LABELS = ("填报人", "单位负责人", "审核人")


def note_items(line):
    """The notes a printed line holds: a 注/说明 line is one note; a signature line
    (填报人：…    联系电话：…    填报日期：…) is one note per item, as docs/records.md
    lists them (`填报人：…`, `填报日期：…`)."""
    if line.startswith(SIGN_LABELS):
        return [x for x in re.split(r" {2,}", line) if x]
    return [line]


def notes_blocks(f, blocks, ncol, widths, for_calc):
    if not f.notes_raw:
        return
    if f.notes_place == "paras":
        for s in f.notes_raw:
            blocks.append(Para(s, "note"))
        return
    if f.notes_place == "rows":
        rows = bureau_note_rows(f, ncol, widths)
        if for_calc:
            blocks.append(Table(widths, [], rows, border=f.calc_border, size=f.size, role="sign"))
        else:          # the last rows of the indicator table itself
            t = [b for b in blocks if isinstance(b, Table)][-1]
            t.body += rows
            odf.check_grid(t)
        return
    # signrow: plain notes as paragraphs, signature items as cells of a borderless one-row table
    for s in f.notes_raw:
        if not s.startswith(SIGN_LABELS):
            blocks.append(Para(s, "note"))
    for s in f.notes_raw:
        if s.startswith(SIGN_LABELS):
            items = note_items(s)
            n = len(items)
            if for_calc:
                per = ncol // n
                row = []
                for k, it in enumerate(items):
                    cs = per if k < n - 1 else ncol - per * (n - 1)
                    row += [Cell(it, cs=cs)] + [None] * (cs - 1)
                blocks.append(Table(widths, [], [row], border=False, size=10, role="sign"))
            else:
                tw = sum(widths)
                blocks.append(Table([tw / n] * n, [], [[Cell(it) for it in items]], border=False, size=10, role="sign"))


def calc_doc(f, rng):
    widths = [c.width for c in f.cols]
    ncol = len(widths)
    blocks = []
    if f.title_raw:
        blocks.append(Para(f.title_raw, "title"))
    if f.sub_raw:
        blocks.append(Para(f.sub_raw, "sub"))
    if f.unit_line:
        blocks.append(Para(f.unit_line, "right"))
    for p in parts_of(f):
        if p.meta_place == "line":
            blocks.append(Para("%s：%s" % p.meta[0]))
        elif p.meta_place == "bureau":      # the rows right above the indicator table's, same columns
            blocks.append(Table(widths, [], bureau_meta_rows(p, ncol, widths), border=f.calc_border, size=f.size,
                                role="meta"))
        elif p.meta:
            if p.meta_place == "paras":
                for a, b in p.meta:
                    blocks.append(Para("%s：%s" % (a, b)))
            else:
                blocks.append(Table(widths, [], meta_rows(p, ncol, widths), border=f.calc_border, size=f.size,
                                    role="meta"))
        blocks.extend(build_table_blocks(p, rng, True))
    notes_blocks(f, blocks, ncol, widths, for_calc=True)
    return Doc(blocks, landscape=f.landscape, footer=f.footer, font=f.font, margins=f.margins,
               title_size=f.title_size), ncol, widths


def finish_rows(f, rng):
    """Remarks and criteria texts (columns that carry nothing the records keep)."""
    for i in f.inds:
        i.remark = rng.choice([""] * 8 + ["以批复为准", "暂定", "新增指标"])
        i.criteria = rng.choice(CRITERIA).format(name=i.name)


# ==========================================================================
# Converters

def soffice_cmd(profile):
    return ["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--norestore"]


ENV = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
ENV.pop("COLUMNS", None)


def run(cmd, timeout=600, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout, env=ENV, **kw)


def fresh(out, src):
    return os.path.exists(out) and os.path.getmtime(out) >= os.path.getmtime(src) and os.path.getsize(out) > 0


def soffice_batches(jobs, work, nproc):
    """jobs: [(src_path, fmt_arg, outdir, expected_out)].  Converts the stale ones with
    LibreOffice, in batches (one soffice process converts many files), nproc at a time."""
    todo = [j for j in jobs if not fresh(j[3], j[0])]
    if not todo:
        return
    groups = {}
    for j in todo:
        groups.setdefault((j[1], j[2]), []).append(j)
    batches = []
    for (fmt, outdir), js in sorted(groups.items()):
        for k in range(0, len(js), 40):
            batches.append((fmt, outdir, js[k:k + 40]))

    def one(args):
        n, (fmt, outdir, js) = args
        profile = os.path.join(tempfile.gettempdir(), "jx-lo-profile-%d" % (n % nproc))
        os.makedirs(outdir, exist_ok=True)
        cmd = soffice_cmd(profile) + ["--convert-to", fmt, "--outdir", outdir] + [j[0] for j in js]
        try:
            run(cmd, timeout=900)
        except subprocess.TimeoutExpired:
            pass
        for j in js:       # retry what did not come out, one file at a time
            if not fresh(j[3], j[0]):
                run(soffice_cmd(profile) + ["--convert-to", fmt, "--outdir", outdir, j[0]], timeout=300)
            if not fresh(j[3], j[0]):
                raise RuntimeError("soffice did not convert %s to %s" % (j[0], fmt))

    # each worker keeps its own profile: worker k runs batches k, k+nproc, ...
    def worker(k):
        for n in range(k, len(batches), nproc):
            one((k, batches[n]))
    with ThreadPoolExecutor(nproc) as ex:
        list(ex.map(worker, range(nproc)))


def tool_jobs(jobs, nproc):
    """jobs: [(cmd, src, out, stdout_to_file)]; runs the stale ones."""
    todo = [j for j in jobs if not fresh(j[2], j[1])]

    def one(j):
        cmd, src, out, to_file = j
        os.makedirs(os.path.dirname(out), exist_ok=True)
        r = run(cmd)
        if r.returncode != 0:
            raise RuntimeError("%s failed: %s" % (" ".join(cmd), r.stderr.decode("utf-8", "replace")[:500]))
        if to_file:
            with open(out + ".tmp", "wb") as fh:
                fh.write(r.stdout)
            os.replace(out + ".tmp", out)
    with ThreadPoolExecutor(max(2, nproc * 2)) as ex:
        list(ex.map(one, todo))


def tools_for(convs):
    """The programs a run of converters `convs` needs."""
    extra = {"elinks": "elinks", "links": "links2", "antiword": "antiword"}
    extra.update({c: PRINTER_PROGRAM[c.split("-")[0]] for c in PRINTED})
    return ["soffice", "pdftotext", "pandoc", "w3m", "lynx"] + sorted({extra[c] for c in convs if c in extra})


# Converters that dump writer-html with its tables bordered.
RULED_HTML = {"w3m-ruled", "elinks", "links"}


def ruled_html(src, out):
    """writer-html with border="1" on every table (LibreOffice draws cell borders in CSS,
    which text browsers ignore; a bureau's web page sets the attribute)."""
    if fresh(out, src):
        return
    with open(src, encoding="utf-8") as fh:
        html = fh.read()
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out + ".tmp", "w", encoding="utf-8") as fh:
        fh.write(re.sub(r"<table\b", '<table border="1"', html))
    os.replace(out + ".tmp", out)


def ruled_html_jobs(need, html, ruled, cols, out_of):
    """The text browsers' jobs on `html` bordered (written to `ruled`), for the
    converters of RULED_HTML in `need`; `out_of(conv)` names each output."""
    if not need & RULED_HTML:
        return []
    ruled_html(html, ruled)
    cmds = {"w3m-ruled": ["w3m", "-dump", "-cols", cols, "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", ruled],
            "elinks": ["env", "LANG=C.UTF-8", "elinks", "-dump", "-dump-width", cols, "-no-references",
                       "-no-numbering", "-dump-charset", "utf-8", ruled],
            "links": ["links2", "-dump", "-width", cols, "-codepage", "utf-8", ruled]}
    return [(cmds[c], ruled, out_of(c), True) for c in sorted(need & RULED_HTML)]


def ruled_print_jobs(need, html, ruled, out_of):
    """The printers' jobs on `html` bordered (written to `ruled`), for the converters of
    RULED_PRINTS in `need`; `out_of(conv)` names each PDF."""
    if not need & set(RULED_PRINTS):
        return []
    ruled_html(html, ruled)
    return [(HTML_PRINTERS[RULED_PRINTS[c]](ruled, out_of(c)), ruled, out_of(c), False)
            for c in sorted(need & set(RULED_PRINTS))]


# Printed converters of writer-html stripped to a bare web table (see web_html), and their printer.
WEB_PRINTS = {"chromium-web": "chromium", "wkhtml-web": "wkhtml"}
# What web_html takes out of writer-html: LibreOffice's page size (a web page has none), its column
# elements, every width attribute, and the cells' and tables' inline styles (borders, paddings).
WEB_DROPS = (re.compile(r"\s*@page\s*\{[^}]*\}"), re.compile(r"\s*</?(?:col|colgroup)\b[^>]*>"),
             re.compile(r"(?<=<)((?:table|td|th|tr)\b[^>]*?)\s+(?:width|style)=\"[^\"]*\"", re.I))


def web_html(src, out):
    """writer-html as a bureau's web page holds its table: a bare <table> with rowspan and
    colspan, no widths (no attribute, no <col>, no CSS), no cell styles, no border, so the
    browser lays it out automatically -- a short column shrinks to a character or two and its
    labels stand a character a line, a row as tall as its longest prose."""
    if fresh(out, src):
        return
    with open(src, encoding="utf-8") as fh:
        text = fh.read()
    for pat in WEB_DROPS[:2]:
        text = pat.sub("", text)
    while True:             # one width or style attribute of a table tag a pass
        text, n = WEB_DROPS[2].subn(r"\1", text)
        if not n:
            break
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out + ".tmp", "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(out + ".tmp", out)


def web_print_jobs(need, html, web, out_of):
    """The printers' jobs on `html` stripped to a web table (written to `web`), for the
    converters of WEB_PRINTS in `need`; `out_of(conv)` names each PDF."""
    if not need & set(WEB_PRINTS):
        return []
    web_html(html, web)
    return [(HTML_PRINTERS[WEB_PRINTS[c]](web, out_of(c)), web, out_of(c), False)
            for c in sorted(need & set(WEB_PRINTS))]


def narrow_width(f):
    """w3m/lynx: most documents dumped 200 columns wide, every third at the default 80."""
    return int(f.id[1:]) % 3 == 0


# ==========================================================================
# Reading outputs back (only to check that the converter kept the truth's text)

CURLY = str.maketrans("“”‘’", "\"\"''")
PANDOC_EM_DASH = re.compile(r"(?<=[^\s-])---(?=[^\s-])")


# Radical code points some PDF writers put for the ideograph their glyph shares (wkhtmltopdf with
# WenQuanYi: ⻓ for 长, ⼾ for 户): the CJK Radicals Supplement's whole-character forms (Unicode's
# EquivalentUnifiedIdeograph) and the Kangxi radicals whose NFKC form is traditional, as the
# simplified ideograph; the other Kangxi radicals are NFKC's.
RADICAL_FORMS = dict(zip(
    "⺎⺜⺝⺠⺩⻁⻄⻅⻆⻉⻋⻑⻓⻔⻘⻙⻚⻛⻜⻝⻡⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⼾⾒⾙⾞⾧⾨⾭⾱⾴⾵⾶⾺⿂⿃⿄⿆⿈⿌⿑⿒⿓⿔",
    "兀日月民王虎西见角贝车長长门青韦页风飞食首马骨鬼鱼鸟卤麦黄黾齐齿龙户见贝车长门青韦页风飞马鱼鸟卤麦黄黾齐齿龙龟"))


def squash(s):
    s = unicodedata.normalize("NFKC", "".join(RADICAL_FORMS.get(c, c) for c in s))
    return re.sub(r"\s+", "", s)


class _Blocks(html.parser.HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "li", "br", "table", "thead", "tbody",
             "center", "body", "ul", "ol", "caption", "dt", "dd", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.skip = [], [], 0

    def flush(self):
        t = "".join(self.cur)
        self.cur = []
        if t.strip():
            self.lines.append(t)

    def handle_starttag(self, tag, a):
        if tag in ("style", "script", "title", "head"):
            self.skip += 1
        if tag in self.BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title", "head"):
            self.skip = max(0, self.skip - 1)
        if tag in self.BLOCK:
            self.flush()

    def handle_data(self, d):
        if not self.skip:
            self.cur.append(d)


def html_text(s):
    p = _Blocks()
    p.feed(s)
    p.close()
    p.flush()
    return p.lines


W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def docx_text(path):
    """The paragraphs of word/document.xml (table cells' included), one per line."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    lines = []
    for p in root.iter(W_NS + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W_NS + "t":
                parts.append(el.text or "")
            elif el.tag == W_NS + "tab":
                parts.append("\t")
            elif el.tag in (W_NS + "br", W_NS + "cr"):
                parts.append("\n")
        lines.extend("".join(parts).split("\n"))
    return "\n".join(lines)


def xlsx_text(path):
    """Every sheet's rows, the non-empty cells of a row joined with tabs (strings only: the
    generator writes no numbers)."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        sst = []
        if "xl/sharedStrings.xml" in names:
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(S_NS + "si"):
                sst.append("".join(t.text or "" for t in si.iter(S_NS + "t")))
        lines = []
        for n in sorted(x for x in names if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", x)):
            for row in ET.fromstring(z.read(n)).iter(S_NS + "row"):
                cells = []
                for c in row.iter(S_NS + "c"):
                    v = c.find(S_NS + "v")
                    if c.get("t") == "s" and v is not None:
                        cells.append(sst[int(v.text)])
                    elif c.get("t") == "inlineStr":
                        cells.append("".join(t.text or "" for t in c.iter(S_NS + "t")))
                    elif v is not None:
                        cells.append(v.text or "")
                cells = [x for x in cells if x.strip()]
                if cells:
                    lines.append("\t".join(cells))
    return "\n".join(lines)


def out_lines(conv, text):
    """The output as lines of text a reader sees (markup removed), for the checks."""
    if text.startswith("\ufeff"):
        text = text[1:]
    ext = CONV_EXT[conv]
    if ext == "html":
        return html_text(text)
    if ext == "csv" or conv == "calc-tsv":
        lines = []
        for row in csv.reader(io.StringIO(text), delimiter="\t" if conv == "calc-tsv" else ","):
            cells = [c for c in row if c.strip()]
            if cells:
                lines.append(cells[0] if len(cells) == 1 else "\t".join(cells))
        return lines
    lines = text.replace("\f", "\n").split("\n")
    if ext == "md":
        lines = [re.sub(r"\\(.)", r"\1", l) for l in lines]
        lines = [re.sub(r"^#+\s*", "", l).replace("**", "") for l in lines]
    return [l for l in lines if l.strip()]


PROBLEMS = []
# outputs that print the page footer (- 2 -, 第 2 页): PDFs, and Writer's HTML (a <div title="footer">)
FOOTER_CONVS = {"writer-pdf-layout", "writer-pdf-raw", "calc-pdf-layout", "calc-pdf-raw", "writer-html", "w3m", "lynx",
                "writer-pdf", "calc-pdf", "w3m-ruled", "elinks", "links"} | set(RULED_PRINTS) | set(WEB_PRINTS) | {
                    c for c in PRINTED if "-writer" in c}


def check_output(f, conv, text):
    """Record a problem when the converter output lost the truth's text; return the
    document's notes when the output ends with exactly those notes, else None (the
    key is then left out)."""
    lines = out_lines(conv, text)
    if conv == "pandoc-md" and getattr(f, "joiner", None) == "—":
        # pandoc's smart punctuation: an em dash is written --- (as a curly quote is written ")
        lines = [PANDOC_EM_DASH.sub("—", l) for l in lines]
    flat = squash("\n".join(lines))
    if conv == "pandoc-md":     # pandoc's smart-quote convention: "x" in markdown is “x” (a literal " is \")
        flat = flat.translate(CURLY)
    chars = Counter(flat)
    wrapping = conv not in ("calc-csv", "calc-tsv", "calc-html", "writer-html", "pandoc-html", "writer-txt") + tuple(OFFICE_TEXT_OF)

    def present(s, what):
        q = squash(G.norm(s) if what != "raw" else s)
        if conv == "pandoc-md":
            q = q.translate(CURLY)
        if q in flat:
            return True
        if wrapping:
            need = Counter(q)
            if all(chars[c] >= n for c, n in need.items()):
                return True
        return False

    problems = []
    # every character the source document holds must be in the output (nothing cut off)
    want = f.wchars if CONVERTERS_SRC[conv] == "writer" else f.cchars
    have = Counter(flat)
    if conv == "pandoc-md":
        want = Counter(squash("".join(want.elements())).translate(CURLY))
    missing = {c: n - have[c] for c, n in want.items() if have[c] < n}
    if missing:
        problems.append("characters missing: %s" % "".join(sorted(missing))[:40])
    if f.footer and conv not in FOOTER_CONVS:
        if any(re.fullmatch(r"-\s*\d+\s*-|第\s*\d+\s*页", l.strip()) for l in lines):
            problems.append("a page footer")
    if f.title and not present(f.title, "title"):
        problems.append("title %r" % f.title)
    for i in f.inds:
        if not present(i.name, "name"):
            problems.append("name %r" % i.name)
        if i.task and not present(i.task, "task"):
            problems.append("task %r" % i.task)
    if problems:
        PROBLEMS.append("%s %s lost text: %s" % (f.id, conv, "; ".join(problems[:5])))
    # notes
    if f.notes is None:
        return None
    if f.footer and conv in FOOTER_CONVS:
        return None        # the page footer is printed after the notes (or after the table)
    nl = [G.norm(l) for l in lines]
    nl = [l for l in nl if l and not re.fullmatch(r"[-=+|:\s]+", l)]   # table rules (pandoc, markdown)
    k = len(f.notes)
    if k == 0:
        return []            # nothing follows the table
    # the last lines, joined, must be the notes joined, and break only between notes
    # (a signature row's items may share a line, or sit one per line as cells do)
    want = list(f.notes)
    if conv == "pandoc-md":
        nl, want = [l.translate(CURLY) for l in nl], [l.translate(CURLY) for l in want]
    target = "".join(want)
    bounds = set()
    pos = 0
    for w in want:
        pos += len(w)
        bounds.add(pos)
    acc, j = "", len(nl)
    while j > 0 and len(acc) < len(target):
        j -= 1
        acc = nl[j] + acc
    if acc != target:
        return None
    pos = 0
    for l in nl[j:-1]:
        pos += len(l)
        if pos not in bounds:
            return None
    return list(f.notes)


# ==========================================================================
# Expected records

def doc_record(fname, f, notes):
    r = {"type": "document", "doc": fname, "title": f.title, "kind": "target-table", "year": f.year}
    if notes is not None:
        r["notes"] = notes
    return r


DOC_KEYS = ["type", "doc", "title", "kind", "year", "notes"]


def check_records(path):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    assert lines[-1] == "", path
    recs = [json.loads(l) for l in lines[:-1]]
    d = recs[0]
    assert d["type"] == "document" and list(d) == [k for k in DOC_KEYS if k in d] and len(d) >= 5, (path, list(d))
    assert d["title"] is None or (isinstance(d["title"], str) and G.norm(d["title"]) == d["title"])
    assert isinstance(d["year"], int) and 2000 < d["year"] < 2100
    assert os.path.splitext(d["doc"])[0] == os.path.basename(path)[:-len(".expected.jsonl")], path
    if "notes" in d:
        assert all(isinstance(x, str) and x == G.norm(x) and x for x in d["notes"]), path
    n = G.check_indicators(recs, path)
    assert n >= 1, path
    return n


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


# ==========================================================================
# Driver

def roles(f):
    return [c.role for c in f.cols]


# The committed sample: one short table per family, the first seed whose table shows
# the features named here (so the few files cover the hard cases).
SAMPLE_WANTS = {
    "standard": lambda f: f.label_mode == "merge" and f.valign == "middle" and any(c.group for c in f.cols)
    and f.notes_place == "paras" and f.notes and not f.footer,
    "split": lambda f: f.label_mode in ("once", "mid") and any(c.group for c in f.cols) and f.seq_col
    and any(i.t["op"] is None and i.t["kind"] == "number" for i in f.inds),
    "half": lambda f: "h_op" in roles(f) and f.label_mode == "merge" and any(i.half is None for i in f.inds),
    "dept": lambda f: f.third and f.task_mode == "merge" and f.meta_place == "same",
    "legacy": lambda f: f.legacy_variant == 3 and f.label_mode == "mid" and f.title is None,
}


ODF_CELL = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}table-cell"


def source_cells(data):
    """The texts of the cells a flat ODF source (.fodt/.fods bytes) holds, normalized
    (NFKC, no whitespace) -- what LibreOffice will lay out, read from the file itself."""
    cells = set()
    for el in ET.fromstring(data).iter(ODF_CELL):
        t = squash(G.norm("".join(el.itertext())))
        if t:
            cells.add(t)
    return cells


def check_source(f, kind, data):
    """Every label, task and name of the truth must be written in the source as a cell
    of its own; a label the records state but no cell carries (lost where a group is
    merged, typed once or continued over a page break) is a generator bug."""
    cells = {squash(G.norm(x)) for c in source_cells(data) for x in label_parts(f, c)}
    problems = {}
    for k, i in enumerate(f.inds):
        for what, v in (("level1", i.l1), ("level2", i.l2), ("task", i.task), ("name", i.name)):
            if v and squash(v) not in cells:
                problems.setdefault((what, v), k)
    return ["%s.%s: truth %s %r (indicator %d) is in no cell of the source" % (f.id, kind, what, v, k)
            for (what, v), k in problems.items()]


def doc_chars(doc):
    texts = []
    for b in doc.blocks:
        if isinstance(b, Para):
            texts.append(b.text)
        else:
            texts += [c.text for r in b.header + b.body for c in r if c is not None]
    return Counter(squash("".join(texts)))


def plan_one(fid, family, rng, sample):
    f = make_form(fid, family, rng, short=sample)
    finish_rows(f, rng)
    f.wdoc = writer_doc(f, rng)
    f.cdoc, f.cn, f.cw = calc_doc(f, rng)
    f.wchars, f.cchars = doc_chars(f.wdoc), doc_chars(f.cdoc)
    return f


def plan(count, seed, sample, variant=0, bureau=0, families=None):
    """`count` tables of the five families (family k % 5, seeded by id), then `variant`
    tables of the variant family (ids v0001…) and `bureau` of the bureau family (ids
    b0001…), each seeded apart: the five's files depend on neither, nor the variant's on
    the bureau's.  `families`: the families to plan (None: all); a form's file does not
    depend on which others are planned."""
    forms = []
    for k in range(count):
        fid = "f%04d" % (k + 1)
        family = FAMILIES[k % len(FAMILIES)]
        if families is not None and family not in families:
            continue
        if sample:
            for n in range(100000):
                f = plan_one(fid, family, random.Random("%s/%s/%d" % (seed, family, n)), True)
                if SAMPLE_WANTS[family](f):
                    break
        else:
            f = plan_one(fid, family, random.Random("%s/%s" % (seed, fid)), False)
        forms.append(f)
    for k in range(variant if families is None or VARIANT in families else 0):
        fid = "v%04d" % (k + 1)
        forms.append(plan_one(fid, VARIANT, random.Random("%s/%s/%s" % (seed, VARIANT, fid)), False))
    for k in range(bureau if families is None or BUREAU in families else 0):
        fid = "b%04d" % (k + 1)
        forms.append(plan_one(fid, BUREAU, random.Random("%s/%s/%s" % (seed, BUREAU, fid)), False))
    return forms


def write_if_changed(path, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        with open(path, "rb") as fh:
            if fh.read() == data:
                return False
    except FileNotFoundError:
        pass
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path + ".tmp", "wb") as fh:
        fh.write(data)
    os.replace(path + ".tmp", path)
    return True


def build(out, work, count, seed, sample, nproc, converters, variant=0, slow_printed=0, bureau=0, families=None):
    t0 = time.time()
    forms = plan(count, seed, sample, variant, bureau, families)
    subset = slow_subset(forms, slow_printed)
    src = os.path.join(work, "src")
    sources = [(f, kind, data) for f in forms
               for kind, data in (("fodt", odf.fodt(f.wdoc)), ("fods", odf.fods(f.cdoc, f.cn, f.cw)))]
    lost = [p for f in forms for p in f.lost]
    for f, kind, data in sources:
        lost += check_source(f, kind, data.encode("utf-8"))
    if lost:
        for p in lost:
            print("error:", p, file=sys.stderr)
        sys.exit("forms.py: %d truth labels/tasks/names are not written in their source document" % len(lost))
    for f, kind, data in sources:
        write_if_changed(os.path.join(src, f.id + "." + kind), data)
    print("planned %d tables (%.1fs)" % (len(forms), time.time() - t0), file=sys.stderr)
    W = lambda *p: os.path.join(work, *p)
    sjobs = []
    need = set(converters)
    for f in forms:
        fodt, fods = W("src", f.id + ".fodt"), W("src", f.id + ".fods")
        if need & {"writer-pdf-layout", "writer-pdf-raw", "writer-pdf"}:
            sjobs.append((fodt, "pdf", W("writer-pdf"), W("writer-pdf", f.id + ".pdf")))
        if "writer-txt" in need:
            sjobs.append((fodt, "txt", W("writer-txt"), W("writer-txt", f.id + ".txt")))
        if need & ({"writer-html", "w3m", "lynx"} | RULED_HTML | set(RULED_PRINTS) | set(WEB_PRINTS) |
                   {c for c in PRINTED if "-writer" in c}):
            sjobs.append((fodt, "html", W("writer-html"), W("writer-html", f.id + ".html")))
        if need & {"pandoc-md", "pandoc-plain", "pandoc-html", "writer-docx", "writer-doc"}:
            sjobs.append((fodt, "docx", W("docx"), W("docx", f.id + ".docx")))
        if need & {"writer-doc", "antiword"}:
            sjobs.append((fodt, "doc:MS Word 97", W("writer-doc"), W("writer-doc", f.id + ".doc")))
        if need & {"calc-xlsx", "calc-xls"}:
            sjobs.append((fods, "xlsx", W("calc-xlsx"), W("calc-xlsx", f.id + ".xlsx")))
        if "calc-xls" in need:
            sjobs.append((fods, "xls:MS Excel 97", W("calc-xls"), W("calc-xls", f.id + ".xls")))
        if need & {"calc-pdf-layout", "calc-pdf-raw", "calc-pdf"}:
            sjobs.append((fods, "pdf", W("calc-pdf"), W("calc-pdf", f.id + ".pdf")))
        if need & ({"calc-html"} | {c for c in PRINTED if "-calc" in c}):
            sjobs.append((fods, "html", W("calc-html"), W("calc-html", f.id + ".html")))
        if "calc-csv" in need:
            sjobs.append((fods, 'csv:Text - txt - csv (StarCalc):44,34,76', W("calc-csv"), W("calc-csv", f.id + ".csv")))
        if "calc-tsv" in need:
            sjobs.append((fods, TSV_FILTER, W("calc-tsv"), W("calc-tsv", f.id + ".txt")))
    soffice_batches(sjobs, work, nproc)
    print("soffice done (%.1fs)" % (time.time() - t0), file=sys.stderr)
    tjobs = []
    for f in forms:
        for side in ("writer", "calc"):
            pdf = W(side + "-pdf", f.id + ".pdf")
            if side + "-pdf-layout" in need:
                tjobs.append((["pdftotext", "-layout", "-enc", "UTF-8", pdf, W(side + "-pdf-layout", f.id + ".txt")],
                              pdf, W(side + "-pdf-layout", f.id + ".txt"), False))
            if side + "-pdf-raw" in need:
                tjobs.append((["pdftotext", "-enc", "UTF-8", pdf, W(side + "-pdf-raw", f.id + ".txt")],
                              pdf, W(side + "-pdf-raw", f.id + ".txt"), False))
            for printer, cmd in HTML_PRINTERS.items():
                pdf, html = W("%s-%s" % (printer, side), f.id + ".pdf"), W(side + "-html", f.id + ".html")
                if need & {"%s-%s" % (printer, side), "%s-%s-layout" % (printer, side)} and \
                        printed_here(printer, f, subset):
                    tjobs.append((cmd(html, pdf), html, pdf, False))
        docx = W("docx", f.id + ".docx")
        for conv, to, ext in (("pandoc-md", "markdown", "md"), ("pandoc-plain", "plain", "txt"), ("pandoc-html", "html", "html")):
            if conv in need:
                o = W(conv, f.id + "." + ext)
                tjobs.append((["pandoc", "-f", "docx", "-t", to, docx, "-o", o], docx, o, False))
        h = W("writer-html", f.id + ".html")
        cols = "80" if narrow_width(f) else "200"
        if "w3m" in need:
            tjobs.append((["w3m", "-dump", "-cols", cols, "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", h],
                          h, W("w3m", f.id + ".txt"), True))
        if "lynx" in need:
            tjobs.append((["lynx", "-dump", "-nolist", "-width=" + cols, "-assume_charset=utf-8", "-display_charset=utf-8", h],
                          h, W("lynx", f.id + ".txt"), True))
        tjobs += ruled_html_jobs(need, h, W("writer-html-ruled", f.id + ".html"), cols,
                                 lambda conv: W(conv, f.id + ".txt"))
        tjobs += ruled_print_jobs(need, h, W("writer-html-ruled", f.id + ".html"),
                                  lambda conv: W(conv, f.id + ".pdf"))
        tjobs += web_print_jobs(need, h, W("writer-html-web", f.id + ".html"),
                                lambda conv: W(conv, f.id + ".pdf"))
        doc = W("writer-doc", f.id + ".doc")
        if "antiword" in need:
            tjobs.append((["antiword", "-m", "UTF-8.txt", doc], doc, W("antiword", f.id + ".txt"), True))
    for j in tjobs:
        os.makedirs(os.path.dirname(j[2]), exist_ok=True)
    tool_jobs(tjobs, nproc)
    # the printed PDFs' layout dumps, once the PDFs are there
    ljobs = []
    for f in forms:
        for conv in sorted(c for c in PRINTED & need if c.endswith("-layout") and printed_here(c, f, subset)):
            pdf = W(conv[:-len("-layout")], f.id + ".pdf")
            ljobs.append((["pdftotext", "-layout", "-enc", "UTF-8", pdf, W(conv, f.id + ".txt")],
                          pdf, W(conv, f.id + ".txt"), False))
    for j in ljobs:
        os.makedirs(os.path.dirname(j[2]), exist_ok=True)
    tool_jobs(ljobs, nproc)
    print("tools done (%.1fs)" % (time.time() - t0), file=sys.stderr)
    # publish
    src_of = {"writer-pdf-layout": "writer-pdf-layout", "writer-pdf-raw": "writer-pdf-raw", "writer-txt": "writer-txt",
              "writer-html": "writer-html", "pandoc-md": "pandoc-md", "pandoc-plain": "pandoc-plain",
              "pandoc-html": "pandoc-html", "w3m": "w3m", "lynx": "lynx", "calc-pdf-layout": "calc-pdf-layout",
              "w3m-ruled": "w3m-ruled", "elinks": "elinks", "links": "links", "antiword": "antiword",
              "calc-pdf-raw": "calc-pdf-raw", "calc-html": "calc-html", "calc-csv": "calc-csv",
              "calc-tsv": "calc-tsv", "writer-pdf": "writer-pdf", "calc-pdf": "calc-pdf", "writer-docx": "docx",
              "calc-xlsx": "calc-xlsx", "writer-doc": "writer-doc", "calc-xls": "calc-xls"}
    src_of.update({c: c for c in PRINTED})
    written = set()
    stats = Counter()
    notes_stats = Counter()
    for f in forms:
        for conv in converters:
            if not printed_here(conv, f, subset):
                continue
            ext = CONV_EXT[conv]
            with open(W(src_of[conv], f.id + "." + ext), "rb") as fh:
                data = fh.read()
            if conv in OFFICE_TEXT_OF:
                ox = OFFICE_TEXT_OF[conv]
                text = (docx_text if ox == "writer-docx" else xlsx_text)(
                    W(src_of[ox], f.id + "." + CONV_EXT[ox]))
            elif ext == "pdf":  # the PDF itself: checked through its layout text
                text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8",
                                       W(src_of[conv], f.id + ".pdf"), "-"],
                                      check=True, capture_output=True).stdout.decode("utf-8")
            else:
                text = data.decode(CONV_ENCODING.get(conv, "utf-8"))
            notes = check_output(f, conv, text)
            notes_stats[(conv, f.notes is not None and notes is not None)] += 1
            fname = f.id + "." + ext
            d = os.path.join(out, conv, f.family)
            recs = [doc_record(fname, f, notes)] + [G.ind_record(fname, i) for i in f.inds]
            p = os.path.join(d, fname)
            e = os.path.join(d, f.id + ".expected.jsonl")
            write_if_changed(p, data)
            write_if_changed(e, jsonl(recs))
            check_records(e)
            written |= {p, e}
            stats[(conv, f.family)] += 1
    # remove files of an earlier, larger run (of the converters and families run now only)
    for conv in converters:
        for fam in (ALL_FAMILIES if families is None else families):
            d = os.path.join(out, conv, fam)
            if os.path.isdir(d):
                for fn in os.listdir(d):
                    p = os.path.join(d, fn)
                    if p not in written and re.fullmatch(r"[fvb]\d{4}\..*", fn):
                        os.remove(p)
    print("wrote %d files in %s (%.1fs)" % (len(written), out, time.time() - t0), file=sys.stderr)
    if PROBLEMS:
        for p in PROBLEMS:
            print("error:", p, file=sys.stderr)
        sys.exit("forms.py: %d rendered files do not carry their truth's text" % len(PROBLEMS))
    return forms, stats, notes_stats


SAMPLE_SEED = "jixiao-sample-1"
# Printed PDFs too large for the committed sample (see main); the web prints, whose fixtures are
# in tests/pdf, stay out of it too (the sample's short tables leave their columns wide).
SAMPLE_LEAVES_OUT = {"chromium-writer", "chromium-calc", "chromium-ruled", "weasy-writer", "weasy-calc"} | set(WEB_PRINTS)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(MAIN, "bench", "data", "accuracy"))
    ap.add_argument("--work", default=None, help="intermediate files (default: OUT.work)")
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--variant", type=int, default=None,
                    help="tables of the variant family (ids v0001…, planned after the others); default 60, "
                         "0 in --sample")
    ap.add_argument("--bureau", type=int, default=None,
                    help="tables of the bureau family (ids b0001…, planned after the others); default 60, "
                         "0 in --sample")
    ap.add_argument("--families", default=None,
                    help="comma-separated families to generate (default: all); the others' files are "
                         "neither written nor removed")
    ap.add_argument("--seed", default="1")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--slow-printed", type=int, default=SLOW_PRINTED,
                    help="tables of each family printed by the slow printers (%s) in a full run; 0: all"
                         % ", ".join(sorted(SLOW_PRINTERS)))
    ap.add_argument("--sample", action="store_true", help="write the small committed sample into corpus/converted/")
    ap.add_argument("--converters", default=None,
                    help="comma-separated; default: all but %s in a full run (jixiao reads the first two "
                         "through LibreOffice, ~2 s a file; antiword loses text), all but antiword in --sample"
                         % ", ".join(sorted(OPT_IN)))
    a = ap.parse_args(argv)
    families = None
    if a.families is not None:
        families = [x for x in a.families.split(",") if x]
        for x in families:
            if x not in ALL_FAMILIES:
                ap.error("unknown family %s" % x)
    if a.converters is None:
        convs = [c for c, _, _ in CONVERTERS if (a.sample and c != "antiword") or c not in OPT_IN]
    else:
        convs = [c for c in a.converters.split(",") if c]
    for c in convs:
        if c not in CONV_EXT:
            ap.error("unknown converter %s" % c)
    for tool in tools_for(convs):
        if shutil.which(tool) is None:
            sys.exit("forms.py: %s not found (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui "
                     "poppler-utils pandoc w3m lynx elinks links2 antiword fonts-noto-cjk chromium wkhtmltopdf "
                     "weasyprint)" % tool)
    if a.sample:
        out = os.path.join(MAIN, "corpus", "converted")
        work = a.work or os.path.join(MAIN, "build", "forms-work", "sample")
        # the Chromium and WeasyPrint PDFs (Type 3 fonts; a CJK font subset keeping every glyph id:
        # 270-360 KB a table) stay out of the committed sample; their layout dumps and fixtures in
        # tests/pdf stand for them
        convs = [c for c in convs if c not in RAW and c not in SAMPLE_LEAVES_OUT]
        forms, stats, ns = build(out, work, len(FAMILIES), SAMPLE_SEED, True, a.jobs, convs, a.variant or 0,
                                 bureau=a.bureau or 0, families=families)
    else:
        out = os.path.abspath(a.out)
        work = a.work or out.rstrip("/") + ".work"
        forms, stats, ns = build(out, work, a.count, a.seed, False, a.jobs, convs,
                                 60 if a.variant is None else a.variant, a.slow_printed,
                                 60 if a.bureau is None else a.bureau, families)
    fams = sorted({f.family for f in forms}, key=ALL_FAMILIES.index)
    print("%-18s" % "converter" + "".join("%9s" % x for x in fams))
    for c in convs:
        print("%-18s" % c + "".join("%9d" % stats[(c, x)] for x in fams))
    print("indicators: %d in %d tables" % (sum(len(f.inds) for f in forms), len(forms)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
