#!/usr/bin/env python3
"""Generate jixiao's golden corpus (corpus/*.txt|md|html + *.expected.jsonl).

Every document is written from ONE ground-truth description (meta + groups of
indicators).  The truth states each indicator's level-1/level-2 labels, name,
work item (task) and target (op, value, unit) explicitly; the renderers only
decide how the source *looks* (layout, shifted cells, centred labels, debris).
Expected records are printed from the truth, never from any parser.

As a guard against authoring slips, every cell a renderer writes is read back
by a small reference reader (normalize + target reading per records.md) and
must give back the truth; `check_expected` then asserts the record invariants.

Standard library only.  Deterministic: running it twice gives identical bytes.

    python3 corpus/gen/generate.py           # (re)writes corpus/ and tests/seeds/
    python3 corpus/gen/generate.py --check   # verifies the committed files match
"""
import hashlib
import html
import itertools
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
MAIN = os.path.dirname(CORPUS)
SEEDS_OUT = os.path.join(MAIN, "tests", "seeds")

# --------------------------------------------------------------------------
# Reference normalization (records.md "Normalization") — used only to verify
# that what we wrote says what the truth says.

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def norm(s):
    s = _TAG.sub("", s)
    s = html.unescape(s)
    for a, b in (("\\geq", "≥"), ("\\leq", "≤"), ("\\%", "%"), ("\\times", "×"), ("$", "")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", " ", s).strip()
    # keep a space only between two Latin letters/digits
    s = re.sub(r" (?![A-Za-z0-9])|(?<![A-Za-z0-9]) ", "", s)
    return s


OPS_PREFIX = [
    ("大于等于", ">="), ("小于等于", "<="), ("不低于", ">="), ("不少于", ">="),
    ("不高于", "<="), ("不超过", "<="), ("不大于", "<="),
    (">=", ">="), ("<=", "<="), ("≥", ">="), ("≧", ">="), ("≤", "<="), ("≦", "<="),
    ("=", "="), (">", ">"), ("<", "<"), ("大于", ">"), ("小于", "<"), ("超过", ">"), ("低于", "<"),
]
OPS_SUFFIX = [("以上", ">="), ("以下", "<="), ("以内", "<=")]

UNITS = {
    "%", "项", "个", "户", "家", "次", "人次", "人", "名", "场", "场次", "套", "种", "类",
    "所", "座", "处", "公里", "亩", "万亩", "吨", "元", "万元", "亿元", "天", "台", "部",
    "辆", "条", "平方米", "万平方米", "万人", "万人次", "批次", "起", "微克/立方米", "元/亩",
    "元/人", "公斤", "年", "眼", "场次", "辆"
}
CN_DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(s):
    """Small Chinese numerals (< 10000) → int, else None."""
    if not s or any(c not in CN_DIGIT and c not in "十百千" for c in s):
        return None
    total, cur = 0, 0
    for c in s:
        if c in CN_DIGIT:
            cur = CN_DIGIT[c]
        else:
            mult = {"十": 10, "百": 100, "千": 1000}[c]
            total += (cur or 1) * mult
            cur = 0
    return total + cur


def read_op(cell):
    s = norm(cell).replace(" ", "")
    for w, o in OPS_PREFIX:
        if s == w:
            return o
    return None


def read_target(cell):
    """(op, value, kind, unit) for a combined target cell, or None when blank."""
    s = norm(cell)
    if s == "":
        return None
    t = s.replace(" ", "")
    op = None
    for w, o in OPS_PREFIX:
        if t.startswith(w) and len(t) > len(w) and (t[len(w)].isdigit() or t[len(w)] in "零一二两三四五六七八九十"):
            op, t = o, t[len(w):]
            break
    if op is None:
        for w, o in OPS_SUFFIX:
            if t.endswith(w) and t[:-len(w)][-1:] in set("0123456789%") | UNITS_LAST:
                op, t = o, t[:-len(w)]
                break
    m = re.fullmatch(r"(\d{4})(?:年|\.|-|/)(\d{1,2})(?:月|\.|-|/)(\d{1,2})日?(前|之前|以前)?", t)
    if m:
        if m.group(4):
            assert op is None
            op = "<="
        return (op, "%s-%02d-%02d" % (m.group(1), int(m.group(2)), int(m.group(3))), "date", None)
    m = re.fullmatch(r"(-?\d[\d,]*(?:\.\d+)?)(.*)", t)
    if m and (m.group(2) == "" or m.group(2) in UNITS):
        return (op, m.group(1).replace(",", ""), "number", m.group(2) or None)
    for n in range(len(t), 0, -1):
        v = cn_number(t[:n])
        if v is not None and (t[n:] == "" or t[n:] in UNITS):
            return (op, str(v), "number", t[n:] or None)
    assert op is None, cell
    return (None, s, "text", None)


UNITS_LAST = {u[-1] for u in UNITS}


def read_split(op_cell, val_cell, unit_cell):
    if norm(op_cell + val_cell + unit_cell) == "":
        return None
    op = read_op(op_cell)
    t = read_target(val_cell + unit_cell)
    assert t is not None
    if op is not None:
        assert t[0] is None, (op_cell, val_cell)
        t = (op,) + t[1:]
    return t


# --------------------------------------------------------------------------
# Truth model

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NUM_RE = re.compile(r"^-?\d+(\.\d+)?$")


def T(op, value, unit=None):
    """A target as the truth states it."""
    if DATE_RE.match(value):
        kind = "date"
    elif NUM_RE.match(value):
        kind = "number"
    else:
        kind = "text"
    return {"op": op, "value": value, "kind": kind, "unit": unit}


def X(written):
    """A qualitative (text) target: the value is the normalized written text
    (NFKC turns full-width punctuation such as ，（） into ASCII)."""
    t = T(None, norm(written))
    assert t["kind"] == "text", written
    t["_raw"] = written
    return t


def tgt(t):
    """The record form of a truth target."""
    return {k: t[k] for k in ("op", "value", "kind", "unit")}


class Ind:
    def __init__(self, name, target, raw=None, cells=None, rname=None, task=None,
                 half="absent", hraw=None, hcells=None, wrap=None):
        self.name = name          # normalized truth
        self.t = target           # truth target (full-year one in half tables)
        self.raw = raw            # combined cell as written (default derived)
        self.cells = cells        # (op, value, unit) cells as written (default derived)
        self.rname = rname        # name as written (default = name)
        self.task = task
        self.half = half          # "absent" | None | T(...)
        self.hraw = hraw
        self.hcells = hcells
        self.wrap = wrap          # (first line, continuation) for wrapped names
        self.l1 = self.l2 = None
        self.seq = None
        self.project = None       # a later project's table in a several-projects document


def I(*a, **k):
    return Ind(*a, **k)


class G:
    def __init__(self, l1, l2, inds, rl1=None, rl2=None, task=None):
        self.l1, self.l2, self.inds = l1, l2, inds
        self.rl1, self.rl2 = rl1 or l1, rl2 or l2   # labels as written
        for i in inds:
            i.l1, i.l2 = l1, l2
            i.rl1, i.rl2 = self.rl1, self.rl2
            chk_label(self.rl1, l1)
            chk_label(self.rl2, l2)
            if task is not None and i.task is None:
                i.task = task


def flatten(groups, seq=True):
    out = []
    for g in groups:
        out.extend(g.inds)
    for k, i in enumerate(out):
        i.seq = k + 1 if seq else None
    return out


# --------------------------------------------------------------------------
# Rendering helpers (each asserts that what it writes reads back as the truth)

OPSYM = {">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<", None: ""}


def chk_name(i, written):
    assert norm(written) == i.name, (written, i.name)
    return written


def chk_label(raw, truth):
    assert norm(raw) == truth, (raw, truth)
    return raw


def date_cn(v):
    y, m, d = v.split("-")
    return "%s年%d月%d日" % (y, int(m), int(d))


def combined(t, raw):
    """The combined target cell for truth t (raw overrides), verified."""
    if t is None:
        assert raw in (None, "")
        return ""
    if raw is None:
        if t["kind"] == "date":
            raw = OPSYM[t["op"]] + date_cn(t["value"])
        elif t["kind"] == "text":
            raw = t.get("_raw", t["value"])
        else:
            raw = OPSYM[t["op"]] + t["value"] + (t["unit"] or "")
    got = read_target(raw)
    want = (t["op"], t["value"], t["kind"], t["unit"])
    assert got == want, (raw, got, want)
    return raw


def split(t, cells):
    """(op, value, unit) cells for truth t (cells overrides), verified."""
    if t is None:
        assert cells in (None, ("", "", ""))
        return ("", "", "")
    if cells is None:
        if t["kind"] == "date":
            cells = (OPSYM[t["op"]], date_cn(t["value"]), "")
        elif t["kind"] == "text":
            cells = ("", t.get("_raw", t["value"]), "")
        else:
            cells = (OPSYM[t["op"]], t["value"], t["unit"] or "")
    got = read_split(*cells)
    want = (t["op"], t["value"], t["kind"], t["unit"])
    assert got == want, (cells, got, want)
    return cells


def name_of(i):
    return chk_name(i, i.rname if i.rname is not None else i.name)


def tab(*cells):
    return "\t".join(cells)


# --------------------------------------------------------------------------
# Taxonomy (records.md "Category codes")

L1_CODE = {
    "产出指标": "output", "产出": "output",
    "成本指标": "cost",
    "效益指标": "outcome", "效益": "outcome", "效果": "outcome",
    "满意度指标": "satisfaction", "满意指标": "satisfaction", "满意度": "satisfaction",
    "决策": "decision", "过程": "process", "履职": "duty",
}
# Level-2 labels are matched with or without their trailing 指标 (经济效益 = 经济效益指标),
# as records.md does for 服务对象满意度(指标) and for level-1 labels (产出 = 产出指标).
L2_CODE = {
    "output": {"数量指标": "quantity", "产出数量": "quantity", "质量指标": "quality", "产出质量": "quality",
               "时效指标": "timeliness", "产出时效": "timeliness", "成本指标": "cost", "产出成本": "cost"},
    "cost": {"经济成本指标": "economic", "社会成本指标": "social", "生态环境成本指标": "environmental"},
    "outcome": {"经济效益指标": "economic", "经济效益": "economic", "社会效益指标": "social",
                "社会效益": "social", "生态效益指标": "ecological", "生态效益": "ecological",
                "可持续影响指标": "sustainability", "可持续影响": "sustainability"},
    "satisfaction": {"服务对象满意度指标": "service", "服务对象满意度": "service"},
}


# Service-object satisfaction filed as a level-2 under 效益 (the 2020 common
# indicator framework puts it there) is still a satisfaction indicator.
SATISFACTION_UNDER_OUTCOME = {"满意度", "满意度指标", "服务对象满意度", "服务对象满意度指标"}


# A leading ordinal of a label (`一、产出指标`, `(一)数量指标` after NFKC, `1.`): the taxonomy
# reads the label without it, as the parser does (normalize/taxonomy.c skip_code).
LABEL_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、])")


def category(l1, l2):
    l1, l2 = LABEL_ORDINAL.sub("", l1), LABEL_ORDINAL.sub("", l2)
    c1 = L1_CODE.get(l1)
    if c1 is None:
        return None
    if c1 == "outcome" and l2 in SATISFACTION_UNDER_OUTCOME:
        return "satisfaction.service"
    c2 = L2_CODE.get(c1, {}).get(l2)
    return c1 + "." + c2 if c2 else c1


# --------------------------------------------------------------------------
# Records

def doc_record(doc, fmt, enc, meta):
    r = {"type": "document", "doc": doc, "format": fmt, "encoding": enc,
         "title": meta["title"], "kind": meta["kind"], "year": meta["year"]}
    for k in ("org", "project", "amount"):
        if meta.get(k) is not None:
            r[k] = meta[k]
    return r


def ind_record(doc, i):
    r = {"type": "indicator", "doc": doc, "seq": i.seq, "level1": i.l1, "level2": i.l2,
         "name": i.name, "task": i.task, "category": category(i.l1, i.l2),
         "op": i.t["op"], "value": i.t["value"], "kind": i.t["kind"], "unit": i.t["unit"]}
    if i.half != "absent":
        r["half"] = None if i.half is None else tgt(i.half)
    if i.project is not None:
        r["project"] = i.project
    return r


DOC_KEYS = ["type", "doc", "format", "encoding", "title", "kind", "year", "org", "project", "amount",
            "implementer", "objective", "score_total", "grade"]
IND_KEYS = ["type", "doc", "seq", "level1", "level2", "name", "task", "category", "op", "value",
            "kind", "unit", "half", "actual", "weight", "score", "deviation", "project"]
OPS_OK = {"=", ">=", "<=", ">", "<", None}


def check_target(t, where):
    assert set(t) == {"op", "value", "kind", "unit"}, where
    assert t["op"] in OPS_OK, where
    assert t["kind"] in ("number", "date", "text"), where
    assert isinstance(t["value"], str) and t["value"] != "", where
    if t["kind"] == "number":
        assert re.fullmatch(r"-?\d+(\.\d+)?", t["value"]), where
    elif t["kind"] == "date":
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", t["value"]) and t["unit"] is None, where
    else:
        assert t["unit"] is None and t["op"] is None and norm(t["value"]) == t["value"], where


def check_expected(path):
    """Invariants of an expected file (run on what we just wrote)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[-1] == "", path
    recs = [json.loads(l) for l in lines[:-1]]
    assert recs and recs[0]["type"] == "document", path
    d = recs[0]
    keys = list(d)
    assert keys == [k for k in DOC_KEYS if k in d] and keys[:7] == DOC_KEYS[:7], (path, keys)
    assert d["format"] in ("text", "markdown", "html") and d["encoding"] in ("UTF-8", "GB18030", "UTF-16LE", "UTF-16BE")
    assert d["kind"] in ("target-table", "evaluation-report", "self-evaluation", "other")
    assert isinstance(d["year"], int) and 2000 < d["year"] < 2100
    assert os.path.splitext(d["doc"])[0] == os.path.basename(path)[:-len(".expected.jsonl")], path
    if "amount" in d:
        assert list(d["amount"]) == ["value", "unit"] and NUM_RE.match(d["amount"]["value"])
    inds = [r for r in recs[1:] if r["type"] == "indicator"]
    rest = [r for r in recs[1:] if r["type"] != "indicator"]
    assert recs[1:] == inds + rest, path  # indicators first, then score and budget records
    for r in rest:
        check_report_record(r, d["doc"], path)
    return check_indicators([d] + inds, path)


SCORE_KEYS = ["type", "doc", "table", "row", "code", "level1", "level2", "name", "weight", "score",
              "rate", "reason"]
BUDGET_KEYS = ["type", "doc", "table", "row", "name", "budget", "spent", "rate", "text"]
FUNDS_KEYS = ["type", "doc", "table", "row", "item", "planned", "adjusted", "spent", "weight", "rate",
              "score"]


def check_report_record(r, doc, path):
    """Invariants of a score or budget record (docs/records.md)."""
    assert r["doc"] == doc and isinstance(r["table"], int) and isinstance(r["row"], int), path
    dec = lambda v: v is None or NUM_RE.match(v)
    if r["type"] == "score":
        assert list(r) == SCORE_KEYS, (path, list(r))
        assert r["name"] and norm(r["name"]) == r["name"], path
        assert dec(r["weight"]) and dec(r["score"]) and dec(r["rate"]), (path, r["name"])
        # the path convention: a parent's deeper fields are null
        if r["level2"] is None and r["level1"] is not None:
            assert r["name"] == r["level1"], (path, r)
    elif r["type"] == "funds":
        assert list(r) == FUNDS_KEYS and r["item"] and norm(r["item"]) == r["item"], (path, list(r))
        assert all(dec(r[k]) for k in FUNDS_KEYS[5:]), (path, r["item"])
    else:
        assert r["type"] == "budget" and list(r) == BUDGET_KEYS, (path, list(r))
        for k in ("budget", "spent"):
            assert r[k] is None or (list(r[k]) == ["value", "unit"] and NUM_RE.match(r[k]["value"]))
        assert dec(r["rate"]) and r["text"], path


def check_indicators(recs, path):
    """Invariants of the indicator records recs[1:] that follow document record recs[0]
    (also used by forms.py); returns how many there are."""
    d = recs[0]
    halves = set()
    for r in recs[1:]:
        assert r["type"] == "indicator", path
        keys = list(r)
        assert keys == [k for k in IND_KEYS if k in r] and len(keys) >= 12, (path, keys)
        assert r["doc"] == d["doc"]
        assert r["seq"] is None or isinstance(r["seq"], int)
        assert isinstance(r["level1"], str) and r["level1"] and isinstance(r["level2"], str)
        for k in ("level1", "level2", "name"):
            assert norm(r[k]) == r[k], (path, r[k])
        assert r["task"] is None or (isinstance(r["task"], str) and norm(r["task"]) == r["task"])
        assert r["category"] == category(r["level1"], r["level2"])
        check_target({k: r[k] for k in ("op", "value", "kind", "unit")}, (path, r["name"]))
        halves.add("half" in r)
        if r.get("half") is not None:
            check_target(r["half"], (path, r["name"], "half"))
        if r.get("actual") is not None:
            check_target(r["actual"], (path, r["name"], "actual"))
        for k in ("weight", "score"):
            assert r.get(k) is None or NUM_RE.match(r[k]), (path, r["name"], k)
        assert r.get("deviation") is None or norm(r["deviation"]) == r["deviation"], (path, r["name"])
        # a later project's table (several projects in one document): present only then
        assert "project" not in r or (isinstance(r["project"], str) and r["project"] and
                                      norm(r["project"]) == r["project"]), (path, r["name"])
    assert len(halves) <= 1, path  # a table has half on every row or on none
    # the first table is the document's project; each later one names its own, once
    runs = [list(g) for _, g in itertools.groupby(recs[1:], key=lambda r: r.get("project"))]
    assert all("project" not in r for r in runs[0]) if runs else True, path
    projects = [run[0].get("project") for run in runs]
    assert len(projects) == len(set(projects)), path
    for run in runs:   # 序号 counts each table's rows
        seqs = [r["seq"] for r in run]
        assert all(s is None for s in seqs) or seqs == list(range(1, len(seqs) + 1)), path
    return len(recs) - 1


# --------------------------------------------------------------------------
# Output

OUT = {}          # relative path -> bytes
SUMMARY = []      # (file, indicators, what it covers)


def emit(relpath, data):
    assert relpath not in OUT
    OUT[relpath] = data


def jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def check_meta(meta, text):
    """The document-level truth must be stated in the written text."""
    flat = norm(text).replace(",", "")
    lines = [norm(l) for l in text.split("\n")]
    assert meta["title"] in lines or "#" + meta["title"] in lines, meta["title"]
    assert str(meta["year"]) in meta["title"] or "(%d年度)" % meta["year"] in lines, meta["year"]
    for k in ("org", "project"):
        if meta.get(k):
            assert meta[k] in flat, (k, meta[k])
    if meta.get("amount"):
        assert meta["amount"]["value"] in flat and meta["amount"]["unit"] in flat, meta["amount"]


def publish(name, ext, fmt, meta, inds, text, covers, encodings=(), newline="\n", extra=()):
    """`extra`: score and budget records (dicts without "doc") after the indicators."""
    check_meta(meta, text)
    body = text if newline == "\n" else text.replace("\n", newline)
    fname = name + "." + ext
    emit(fname, body.encode("utf-8"))
    recs = [doc_record(fname, fmt, "UTF-8", meta)] + [ind_record(fname, i) for i in inds]
    recs += [dict([("type", r["type"]), ("doc", fname)] + [(k, v) for k, v in r.items() if k != "type"])
             for r in extra]
    emit(name + ".expected.jsonl", jsonl(recs))
    SUMMARY.append((fname, len(inds), covers))
    for suffix, enc, data in encodings_of(body, encodings):
        vname = name + "_" + suffix
        vf = vname + "." + ext
        emit(vf, data)
        vrecs = [doc_record(vf, fmt, enc, meta)] + [ind_record(vf, i) for i in inds]
        emit(vname + ".expected.jsonl", jsonl(vrecs))
        SUMMARY.append((vf, len(inds), "same document as %s, %s" % (fname, {
            "gb18030": "encoded GB18030", "utf16le": "encoded UTF-16LE with BOM",
            "utf8bom": "UTF-8 with BOM"}[suffix])))


def encodings_of(body, which):
    for w in which:
        if w == "gb18030":
            yield w, "GB18030", body.encode("gb18030")
        elif w == "utf16le":
            yield w, "UTF-16LE", b"\xff\xfe" + body.encode("utf-16-le")
        elif w == "utf8bom":
            yield w, "UTF-8", b"\xef\xbb\xbf" + body.encode("utf-8")


# ==========================================================================
# Standard tab dump: 序号 | 一级指标 | 二级指标 | 三级指标 | YYYY年目标值(计算符号|目标值|单位)

def std_header(year, mu="目标值"):
    return [tab("序号", "一级指标", "二级指标", "三级指标", "%d年%s" % (year, mu), "", ""),
            tab("", "", "", "", "计算符号", mu, "单位")]


def std_rows(inds, shapes=None, page_starts=(), blank=""):
    """Rows of a standard 7-column dump.  Labels are written on the first row of
    their span and again on the first row of each new page (like the seed).
    `shapes` maps seq -> how the converter mangled that row."""
    shapes = shapes or {}
    rows = []
    prev = None
    for i in inds:
        new_page = i.seq in page_starts
        show1 = prev is None or i.l1 != prev.l1 or new_page
        show2 = prev is None or i.l2 != prev.l2 or i.l1 != prev.l1 or new_page
        L1 = i.rl1 if show1 else blank
        L2 = i.rl2 if show2 else blank
        op, val, unit = split(i.t, i.cells)
        nm = name_of(i)
        s = str(i.seq)
        shape = shapes.get(i.seq, "n")
        if shape == "n":
            row = [s, L1, L2, nm, op, val, unit]
        elif shape == "nt":      # trailing empty cell
            row = [s, L1, L2, nm, op, val, unit, ""]
        elif shape == "r":       # extra empty cell pushed everything right (L2 lands in name col)
            row = [s, L1, "", L2, nm, op, val, unit]
        elif shape == "m":       # name lands in the level-2 column
            assert not show2
            row = [s, L1, nm, "", op, val, unit, ""]
        elif shape == "l1n":     # name lands in the level-1 column
            assert not show1 and not show2
            row = [s, nm, "", op, val, unit, ""]
        elif shape == "c":       # no level-2: empty cell dropped, moved left
            assert i.l2 == ""
            row = [s, L1, nm, op, val, unit, ""]
        else:
            raise ValueError(shape)
        if i.wrap:
            assert norm(i.wrap[0] + i.wrap[1]) == i.name
            row[row.index(nm)] = i.wrap[0]
        rows.append((i.seq, tab(*row)))
        if i.wrap:
            k = row.index(i.wrap[0])
            cont = [""] * len(row)
            cont[k] = i.wrap[1]
            rows.append((None, tab(*cont)))
        prev = i
    return rows


def layout_pages(rows, page_starts, between):
    """Join rows; before the row whose seq starts a page, insert `between[seq]` lines."""
    out = []
    for seq, line in rows:
        if seq in page_starts:
            out.extend(between[seq])
        out.append(line)
    return out


# --------------------------------------------------------------------------
def doc01():
    groups = [
        G("产出指标", "数量指标", [
            I("改扩建校舍面积", T(">=", "36000", "平方米")),
            I("新建学校食堂", T("=", "12", "个")),
            I("购置学生课桌椅", T(">=", "8500", "套")),
            I("配备教学仪器设备学校数", T("=", "46", "所")),
            I("农村寄宿制学校宿舍改造数", T(">=", "15", "所")),
            I("义务教育教师培训人次", T(">=", "3200", "人次")),
            I("化解大班额班级数", T("=", "38", "个")),
            I("新增义务教育学位数", T(">=", "5400", "个")),
            I("资助家庭经济困难寄宿生人数", T(">=", "21000", "人"), cells=("≥", "21,000", "人")),
            I("校园安全设施改造学校数", T("=", "30", "所")),
            I("标准化考点建设数", T("=", "9", "个")),
            I("课后服务覆盖学校数", T(">=", "320", "所")),
        ]),
        G("产出指标", "质量指标", [
            I("校舍改造工程验收合格率", T("=", "100", "%")),
            I("仪器设备验收合格率", T("=", "100", "%")),
            I("教师培训合格率", T(">=", "95", "%")),
            I("寄宿生生活补助发放准确率", T("=", "100", "%")),
            I("义务教育巩固率", T(">=", "99.20", "%")),
            I("残疾儿童少年义务教育入学率", T(">=", "97", "%")),
            I("农村义务教育学生营养改善计划受益学生覆盖率", T("=", "100", "%"),
              wrap=("农村义务教育学生营养改善计划受益", "学生覆盖率")),
            I("校舍安全隐患整改率", T("=", "100", "%")),
        ]),
        G("产出指标", "时效指标", [
            I("工程项目开工时间", T("<=", "2023-06-30")),
            I("工程项目完工时间", T("<=", "2023-12-31")),
            I("补助资金拨付时限", T("<=", "2023-11-30")),
        ]),
        G("成本指标", "经济成本指标", [
            I("义务教育教师培训人均成本", T("<=", "1500", "元/人")),
            I("项目预算控制率", T("<=", "100", "%")),
        ]),
        G("效益指标", "社会效益指标", [
            I("办学条件达标学校比例", T(">=", "90", "%")),
            I("适龄儿童少年入学率", T("=", "100", "%")),
            I("城乡义务教育均衡发展水平", X("持续提升")),
        ]),
        G("效益指标", "可持续影响指标", [
            I("新建校舍设计使用年限", T(">=", "50", "年")),
        ]),
        G("满意度指标", "服务对象满意度指标", [
            I("学生满意度", T(">=", "90", "%")),
            I("家长满意度", T(">=", "90", "%")),
        ]),
    ]
    inds = flatten(groups)
    p2, p3 = 11, 22
    rows = std_rows(inds, page_starts=(p2, p3))
    head = std_header(2023)
    text = [
        "", "", "项目支出绩效目标表", "", "(2023年度)", "", "单位:万元", "",
        tab("项目基本信息", "", "", ""),
        tab("项目名称:", "义务教育薄弱环节改善与能力提升补助资金", "申请金额:", "12,860"),
        tab("主管部门:", "赣州市教育局", "实施单位:", "赣州市教育局"),
        tab("立项必要性:", "为贯彻落实《国务院关于进一步加强义务教育薄弱环节改善与能力提升工作的意见》，"
            "补齐农村学校和城镇薄弱学校办学条件短板，推进义务教育优质均衡发展，设立本项目。", "", ""),
        tab("实施可行性:", "项目纳入全市教育事业发展规划，资金管理办法健全，各县（市、区）已完成项目储备和前期论证。", "", ""),
        tab("项目实施内容:", "<p>一是改扩建农村学校校舍和食堂，改善寄宿条件；</p> <p>二是配备教学仪器设备和课桌椅；</p> "
            "<p>三是开展义务教育教师培训，提升教师专业能力。</p>", "", ""),
        "",
        tab("年度总体目标:", "<p>改善全市义务教育薄弱学校基本办学条件，新增学位5400个，化解大班额38个，"
            "义务教育巩固率达到99.20%以上。</p>", "", ""),
        tab("---------", "---"),
        "", "年度绩效目标", "",
    ] + head
    between = {
        p2: ["", "- 1 -", ""],                 # page 2: no header repeated, labels repeated
        p3: ["", "- 2 -", ""] + head,          # page 3: header repeated, labels repeated
    }
    text += layout_pages(rows, (p2, p3), between)
    text += ["", "- 3 -", ""]
    meta = dict(title="项目支出绩效目标表", kind="target-table", year=2023, org="赣州市教育局",
                project="义务教育薄弱环节改善与能力提升补助资金", amount={"value": "12860", "unit": "万元"})
    publish("01_education_standard_tab", "txt", "text", meta, inds, "\n".join(text) + "\n",
            "education; standard tab dump, two header rows (2023年目标值 over 计算符号|目标值|单位), "
            "metadata block, merged labels written once, 3 pages: page 2 without and page 3 with the header "
            "repeated, labels repeated at the top of each page, page-number debris, a wrapped name "
            "(continuation row), 2.20-style decimals (99.20), thousands separator in a value cell")


# --------------------------------------------------------------------------
def doc02():
    groups = [
        G("产出指标", "数量指标", [
            I("65岁及以上老年人城乡社区规范健康管理服务人数", T(">=", "52000", "人")),
            I("高血压患者基层规范管理服务人数", T(">=", "98000", "人")),
            I("2型糖尿病患者基层规范管理服务人数", T(">=", "36000", "人")),
            I("0-6岁儿童健康管理人数", T(">=", "210000", "人")),
            I("孕产妇系统管理人数", T(">=", "26000", "人")),
            I("严重精神障碍患者管理人数", T(">=", "9800", "人")),
            I("肺结核患者管理人数", T(">=", "1500", "人")),
            I("开展健康教育讲座次数", T(">=", "1200", "次")),
            I("中医药健康管理服务人数", T(">=", "120000", "人")),
        ]),
        G("产出指标", "质量指标", [
            I("适龄儿童国家免疫规划疫苗接种率", T(">=", "90", "%")),
            I("居民规范化电子健康档案覆盖率", T(">=", "64", "%")),
            I("高血压患者基层规范管理服务率", T(">=", "62", "%")),
            I("2型糖尿病患者基层规范管理服务率", T(">=", "62", "%")),
            I("传染病和突发公共卫生事件报告率", T(">=", "95", "%")),
            I("卫生监督协管巡查完成率", T(">=", "90", "%")),
        ]),
        G("产出指标", "时效指标", [
            I("资金下达时限", T("<=", "2023-09-30")),
            I("年度任务完成时限", T("<=", "2023-12-31")),
        ]),
        G("成本指标", "", [
            I("人均基本公共卫生服务经费补助标准", T(">=", "89", "元")),
            I("项目预算控制率", T("<=", "100", "%")),
        ]),
        G("效益指标", "社会效益指标", [
            I("城乡居民公共卫生差距", X("不断缩小")),
            I("居民健康素养水平", T(">=", "28", "%")),
        ]),
        G("效益指标", "可持续影响指标", [
            I("基本公共卫生服务水平", X("不断提高")),
        ]),
        G("满意度指标", "服务对象满意度指标", [
            I("基层群众对基本公共卫生服务满意度", T(">=", "85", "%")),
        ]),
    ]
    inds = flatten(groups)
    p2 = 13
    shapes = {8: "l1n", 10: "r", 11: "r", 12: "r", 13: "nt", 14: "m", 15: "m", 17: "l1n", 18: "c", 19: "c"}
    rows = std_rows(inds, shapes=shapes, page_starts=(p2,))
    text = [
        "", "2023年项目支出绩效目标表", "", "单位：万元", "",
        tab("项目名称", "基本公共卫生服务补助资金", "申请金额", "4,352.60"),
        tab("主管部门", "九江市卫生健康委员会", "实施单位", "九江市疾病预防控制中心"),
        tab("项目类型", "经常性项目", "项目期限", "1年"),
        tab("年度绩效目标", "为城乡居民免费提供基本公共卫生服务，提高重点人群健康管理水平，"
            "逐步缩小城乡居民基本公共卫生服务差距。", "", ""),
        "",
    ] + std_header(2023)
    text += layout_pages(rows, (p2,), {p2: [""]})
    meta = dict(title="2023年项目支出绩效目标表", kind="target-table", year=2023,
                project="基本公共卫生服务补助资金", amount={"value": "4352.60", "unit": "万元"})
    # org omitted on purpose: 主管部门 and 实施单位 differ here.
    publish("02_health_shifted_columns", "txt", "text", meta, inds, "\n".join(text) + "\n",
            "health; standard tab dump with the seed's converter shifts: a name in the level-1 column "
            "(seq 8, 17), an extra empty cell pushing a level-2 label into the name column (seq 10-12), "
            "names in the level-2 column (seq 14-15), a level-1 without level-2 moved left (成本指标, seq 18-19), "
            "trailing empty cells, page break without header but with labels repeated; dates; text targets")


# --------------------------------------------------------------------------
# Centred labels: a merged label sits on the middle row of its span.  Odd span
# n: row (n-1)/2.  Even span n: row n/2 (the lower of the two middle rows).
# Used consistently within a document.

def centre_row(n):
    return n // 2


def spans(inds, key):
    """[(start, length)] of consecutive runs of key(i)."""
    out = []
    for k, i in enumerate(inds):
        if out and key(inds[out[-1][0]]) == key(i):
            out[-1][1] += 1
        else:
            out.append([k, 1])
    return out


def centred_labels(inds):
    """(l1_at, l2_at): row index -> label as written, for centred merged cells."""
    l1_at, l2_at = {}, {}
    for s, n in spans(inds, lambda i: i.l1):
        l1_at[s + centre_row(n)] = inds[s].rl1
    for s, n in spans(inds, lambda i: (i.l1, i.l2)):
        if inds[s].l2:
            l2_at[s + centre_row(n)] = inds[s].rl2
    return l1_at, l2_at


def doc03():
    groups = [
        G("产出指标", "数量指标", [
            I("新建高标准农田面积", T(">=", "12.5", "万亩")),
            I("高效节水灌溉面积", T(">=", "3.2", "万亩")),
            I("新建及改造灌排渠道长度", T(">=", "186", "公里")),
            I("新建田间道路长度", T(">=", "95", "公里")),
            I("新建小型泵站数量", T(">=", "24", "座")),
        ]),
        G("产出指标", "质量指标", [
            I("工程质量验收合格率", T("=", "100", "%")),
            I("农田灌溉水有效利用系数", T(">=", "0.6")),
            I("田间道路通达率", T(">=", "90", "%")),
            I("建成区耕地质量监测点覆盖率", T("=", "100", "%")),
        ]),
        G("产出指标", "时效指标", [
            I("项目竣工验收时限", T("<=", "2024-12-31")),
        ]),
        G("成本指标", "经济成本指标", [
            I("亩均财政补助标准", T("<=", "1500", "元/亩")),
            I("项目预算控制率", T("<=", "100", "%")),
            I("工程建设成本节约率", T(">=", "0", "%")),
        ]),
        G("效益指标", "经济效益指标", [
            I("项目区粮食亩均增产", T(">=", "50", "公斤")),
            I("项目区亩均节本增效", T(">=", "100", "元")),
            I("新增粮食综合生产能力", T(">=", "18000", "吨")),
        ]),
        G("效益指标", "社会效益指标", [
            I("项目区受益农户数", T(">=", "42000", "户")),
        ]),
        G("效益指标", "生态效益指标", [
            I("项目区农田节水率", T(">=", "15", "%")),
            I("化肥农药使用量", X("逐年减少")),
            I("水土流失治理面积", T(">=", "1.1", "万亩")),
        ]),
        G("满意度指标", "服务对象满意度指标", [
            I("项目区农户满意度", T(">=", "90", "%")),
            I("新型农业经营主体满意度", T(">=", "90", "%")),
        ]),
    ]
    inds = flatten(groups)
    l1_at, l2_at = centred_labels(inds)
    text = [
        "", "", "项目支出绩效目标表", "", "（2024年度）", "", "填报单位：上饶市农业农村局", "",
        tab("项目名称", "2024年高标准农田建设项目", "申请金额(万元)", "18,750"),
        tab("主管部门", "上饶市农业农村局", "项目属性", "延续项目"),
        tab("年度总体目标", "新建高标准农田12.5万亩，其中高效节水灌溉面积3.2万亩，配套建设灌排渠道、田间道路、"
            "小型泵站等设施，提升耕地质量和粮食综合生产能力。", "", ""),
        "",
    ] + std_header(2024)
    for k, i in enumerate(inds):
        op, val, unit = split(i.t, i.cells)
        text.append(tab(str(i.seq), l1_at.get(k, ""), l2_at.get(k, ""), name_of(i), op, val, unit))
    text += ["", "注：计算符号中“≥”表示不低于，“≤”表示不高于，“=”表示等于。", ""]
    meta = dict(title="项目支出绩效目标表", kind="target-table", year=2024, org="上饶市农业农村局",
                project="2024年高标准农田建设项目", amount={"value": "18750", "unit": "万元"})
    publish("03_agriculture_centred_labels", "txt", "text", meta, inds, "\n".join(text) + "\n",
            "agriculture; standard tab dump whose merged labels are vertically centred: every level-1 and "
            "level-2 label sits on the middle row of its span (odd spans 1/3/5/7, even spans 2/4/10 on the "
            "lower middle row), so the first rows of the table have blank labels; a number target without "
            "unit (0.6); compound units (元/亩); a footnote line after the table")


# --------------------------------------------------------------------------
def doc04():
    groups = [
        G("决策", "绩效目标", [
            I("绩效目标合理性", X("合理")),
            I("绩效指标明确性", X("明确")),
        ]),
        G("过程", "资金管理", [
            I("资金到位率", T("=", "100", "%"), raw="=100%"),
            I("预算执行率", T(">=", "90", "%"), raw="≥90%"),
            I("资金使用合规性", X("合规")),
        ]),
        G("过程", "项目管理", [
            I("项目管理制度健全性", X("健全")),
            I("项目管理制度执行有效性", X("有效")),
            I("工程建设管理规范性", X("规范")),
        ]),
        G("产出", "产出数量", [
            I("除险加固小型水库数量", T("=", "23", "座"), raw="=23座"),
            I("新建雨水情测报设施", T(">=", "23", "套"), raw="≥23套"),
            I("新建大坝安全监测设施", T(">=", "23", "套"), raw="≥23套"),
            I("溢洪道整治数量", T(">=", "12", "处"), raw="≥12处"),
        ]),
        G("产出", "产出质量", [
            I("工程质量验收合格率", T(None, "100", "%"), raw="100%"),
            I("单元工程质量优良率", T(">=", "85", "%"), raw="≥85%"),
            I("安全监测设施完好率", T(">=", "95", "%"), raw="≥95%"),
        ]),
        G("产出", "产出时效", [
            I("主体工程完工时间", T("<=", "2023-11-30"), raw="2023年11月30日前"),
        ]),
        G("效益", "社会效益指标", [
            I("消除水库安全隐患数量", T(None, "23", "座"), raw="23座"),
            I("保护下游人口", T(">=", "5.6", "万人"), raw="≥5.6万人"),
            I("保护下游农田面积", T(">=", "4.2", "万亩"), raw="≥4.2万亩"),
        ]),
        G("效益", "可持续影响指标", [
            I("工程运行管护机制", X("健全")),
        ]),
        G("满意度", "服务对象满意度", [
            I("受益群众满意度", T(">=", "90", "%"), raw="≥90%"),
            I("库区周边群众满意度", T(">=", "90", "%"), raw="≥90%"),
        ]),
    ]
    inds = flatten(groups, seq=False)
    l1_at, l2_at = centred_labels(inds)
    text = [
        "2023年度小型水库除险加固项目绩效目标表", "",
        "项目名称：2023年度小型水库除险加固项目",
        "主管部门：宜春市水利局",
        "资金总额：3,460万元（其中中央补助资金2,300万元，市县配套1,160万元）", "",
        "绩效目标：完成23座小型病险水库除险加固，同步建设雨水情测报和大坝安全监测设施，消除水库安全隐患，"
        "保障下游群众生命财产安全。", "",
        tab("一级指标", "二级指标", "三级指标", "年度指标值"),
    ]
    for k, i in enumerate(inds):
        text.append(tab(l1_at.get(k, ""), l2_at.get(k, ""), name_of(i), combined(i.t, i.raw)))
    text += ["", "填报人：刘晓东　　联系电话：0795-3256118　　填报日期：2023年2月16日", ""]
    meta = dict(title="2023年度小型水库除险加固项目绩效目标表", kind="target-table", year=2023,
                org="宜春市水利局", project="2023年度小型水库除险加固项目",
                amount={"value": "3460", "unit": "万元"})
    publish("04_water_centred_process_groups", "txt", "text", meta, inds, "\n".join(text) + "\n",
            "water conservancy; 4-column dump without 序号 (一级|二级|三级|年度指标值), all merged labels "
            "vertically centred; 决策/过程 groups whose names share words with their labels "
            "(资金管理/资金到位率, 项目管理/项目管理制度健全性), short level-1 labels (产出, 效益, 满意度), "
            "产出数量-style level-2 labels, qualitative targets (合理, 健全, 规范), `…日前` dates")


# --------------------------------------------------------------------------
def doc05():
    groups = [
        G("产出指标", "数量指标", [
            I("认定省级专精特新中小企业数量", T(">=", "125", "家"), raw="≥125家"),
            I("培育专精特新“小巨人”企业", T(">=", "20", "家"), raw="≥ 20 家"),
            I("服务中小企业技术需求对接", T(">=", "300", "项"), raw="≥ 300 项"),
            I("支持中小企业数字化改造项目", T(None, "65", "项"), raw="65 项"),
            I("中小企业服务月集中宣传活动", T(None, "1", "次"), raw="1次"),
            I("中小企业公共服务平台服务企业次数", T(">=", "3000", "次"), raw="≥3000次"),
        ]),
        G("产出指标", "质量指标", [
            I("补助资金发放准确率", T(None, "100", "%"), raw="100%"),
            I("项目验收合格率", T("=", "100", "%"), raw="=100%"),
            I("违规使用资金比例", T("<=", "0", "%"), raw="≤0%"),
            I("支持企业申报条件审核", X("严格按照《中小企业发展专项资金管理办法》审核，确保申报企业符合支持条件，"
                                       "不得重复支持同一事项。")),
        ]),
        G("产出指标", "时效指标", [
            I("资金拨付完成时间", T("<=", "2023-12-31"), raw="2023年12月31日前"),
            I("项目实施进度", X("按时完成")),
        ]),
        G("产出指标", "成本指标", [
            I("单个企业补助标准", X("实际按下拨文件为准")),
        ]),
        G("效益指标", "经济效益指标", [
            I("带动企业新增投资", T(">=", "22", "亿元"), raw="≥22亿元"),
            I("受支持企业营业收入平均增长率", T(">=", "8", "%"), raw="不低于8%"),
        ]),
        G("效益指标", "社会效益指标", [
            I("带动就业人数", T(">=", "5000", "人"), raw="≥5000人"),
        ]),
        G("效益指标", "可持续影响指标", [
            I("中小企业公共服务体系", X("健全")),
        ]),
        G("满意度指标", "服务对象满意度指标", [
            I("受支持企业满意度", T(">=", "95", "%"), raw="不低于95%"),
            I("服务平台用户满意度", T(">=", "95", "%"), raw="95%以上"),
        ]),
    ]
    inds = flatten(groups, seq=False)
    head = tab("一级指标", "二级指标", "三级指标", "指标值")
    text = [
        "", "附件2", "", "中小企业发展专项资金绩效目标表", "", "（2023年度）", "",
        tab("项目名称", "2023年度中小企业发展专项资金", "", ""),
        tab("主管部门", "吉安市工业和信息化局", "资金总额（万元）", "5000"),
        tab("总体目标", "支持专精特新中小企业发展，完善中小企业公共服务体系，激发中小企业创新活力。", "", ""),
        "", head,
    ]
    prev = None
    brk = 11   # page break inside 时效指标; header repeated, labels not repeated
    for k, i in enumerate(inds):
        if k == brk:
            text += ["", "4", "", head]
        L1 = i.rl1 if prev is None or prev.l1 != i.l1 else ""
        L2 = i.rl2 if prev is None or (prev.l1, prev.l2) != (i.l1, i.l2) else ""
        text.append(tab(L1, L2, name_of(i), combined(i.t, i.raw)))
        prev = i
    text += ["", "5", ""]
    meta = dict(title="中小企业发展专项资金绩效目标表", kind="target-table", year=2023,
                org="吉安市工业和信息化局", project="2023年度中小企业发展专项资金",
                amount={"value": "5000", "unit": "万元"})
    publish("05_industry_combined_cells", "txt", "text", meta, inds, "\n".join(text) + "\n",
            "industry (SMEs); 4-column layout without 序号 and combined target cells: ≥125家, ≥22亿元, 1次, "
            "100%, =100%, ≤0%, ≥ 300 项, 65 项, 健全, 按时完成, 实际按下拨文件为准, a whole sentence, "
            "不低于95%, 95%以上, 2023年12月31日前; page break with the header repeated but labels not "
            "repeated (first row of page 2 continues 时效指标 with blank labels), page numbers",
            encodings=("gb18030", "utf16le", "utf8bom"))


# --------------------------------------------------------------------------
def doc06():
    H = lambda i, h, hraw=None: (setattr(i, "half", h), setattr(i, "hraw", hraw), i)[2]
    groups = [
        G("产出指标", "数量指标", [
            H(I("城镇新增就业人数", T(">=", "5", "万人"), raw="≥5万人"), T(">=", "2.5", "万人"), "≥2.5万人"),
            H(I("失业人员再就业人数", T(">=", "12000", "人")), T(">=", "6000", "人")),
            H(I("就业困难人员实现就业人数", T(">=", "3000", "人")), T(">=", "1500", "人")),
            H(I("职业技能培训补贴人次", T(">=", "20000", "人次"), raw="≥20,000人次"), T(">=", "8000", "人次")),
            H(I("公益性岗位安置人数", T(">=", "800", "人"), raw="≥ 800人"), T(">=", "400", "人"), "≥ 400人"),
            H(I("发放一次性创业补贴户数", T(">=", "600", "户")), T(">=", "300", "户")),
            H(I("举办公共就业服务招聘活动", T(">=", "50", "场")), T(">=", "20", "场")),
        ]),
        G("产出指标", "质量指标", [
            H(I("零就业家庭动态清零率", T("=", "100", "%")), T("=", "100", "%")),
            H(I("补贴资金发放准确率", T(None, "100", "%")), T(None, "100", "%")),
            H(I("职业技能培训合格率", T(">=", "90", "%")), None),
        ]),
        G("产出指标", "时效指标", [
            H(I("补贴资金发放及时率", T("=", "100", "%")), T(">=", "90", "%")),
            H(I("年度任务完成时间", T("<=", "2023-12-31"), raw="2023年12月31日前"), None),
        ]),
        G("效益指标", "社会效益指标", [
            H(I("城镇调查失业率", T("<=", "5.5", "%")), T("<=", "5.5", "%")),
            H(I("重点群体就业形势", X("总体稳定")), None),
        ]),
        G("效益指标", "可持续影响指标", [
            H(I("公共就业服务体系", X("持续完善")), None),
        ]),
        G("满意度指标", "服务对象满意度指标", [
            H(I("补贴对象满意度", T(">=", "90", "%")), None),
        ]),
    ]
    inds = flatten(groups, seq=False)
    text = [
        "", "2023年就业补助资金绩效目标表", "",
        tab("项目名称", "2023年就业补助资金", "", "", ""),
        tab("主管部门", "抚州市人力资源和社会保障局", "资金总额（万元）", "9,860", ""),
        tab("年度目标", "落实就业创业扶持政策，加强职业技能培训，帮扶就业困难人员就业，保持就业形势总体稳定。", "", "", ""),
        "",
        tab("一级指标", "二级指标", "三级指标", "半年（程）指标值", "全年（程）指标值"),
    ]
    prev = None
    for i in inds:
        L1 = i.rl1 if prev is None or prev.l1 != i.l1 else ""
        L2 = i.rl2 if prev is None or (prev.l1, prev.l2) != (i.l1, i.l2) else ""
        text.append(tab(L1, L2, name_of(i), combined(i.half, i.hraw), combined(i.t, i.raw)))
        prev = i
    text += ["", "说明：半年（程）指标值为截至6月30日的阶段性目标。", ""]
    meta = dict(title="2023年就业补助资金绩效目标表", kind="target-table", year=2023,
                org="抚州市人力资源和社会保障局", project="2023年就业补助资金",
                amount={"value": "9860", "unit": "万元"})
    publish("06_social_security_half_year_combined", "txt", "text", meta, inds, "\n".join(text) + "\n",
            "social security (employment subsidies); CRLF line ends; 一级|二级|三级|半年（程）指标值|全年（程）指标值 "
            "with combined target cells in both, half-year cell empty on six rows (half null), "
            "decimals in 万人 and %", newline="\r\n")


# --------------------------------------------------------------------------
def doc07():
    def H(i, h, hcells=None):
        i.half, i.hcells = h, hcells
        return i
    groups = [
        G("产出指标", "数量指标", [
            H(I("淘汰燃煤锅炉数量", T(">=", "45", "台")), T(">=", "20", "台")),
            H(I("重点行业企业深度治理项目数", T(">=", "16", "个")), T(">=", "8", "个")),
            H(I("新增空气质量自动监测站点", T("=", "6", "个")), None),
            H(I("餐饮油烟治理设施安装户数", T(">=", "800", "户")), T(">=", "300", "户")),
            H(I("秸秆综合利用面积", T(">=", "38", "万亩")), T(">=", "15", "万亩")),
            H(I("大气环境执法检查企业次数", T(">=", "1500", "次"), cells=("≥", "1,500", "次")), T(">=", "600", "次")),
        ]),
        G("产出指标", "质量指标", [
            H(I("治理项目验收合格率", T("=", "100", "%")), None),
            H(I("空气质量监测数据有效率", T(">=", "90", "%")), T(">=", "90", "%")),
            H(I("挥发性有机物治理设施正常运行率", T(">=", "95", "%")), T(">=", "95", "%")),
        ]),
        G("产出指标", "时效指标", [
            H(I("燃煤锅炉淘汰完成时限", T("<=", "2024-10-31")), T("<=", "2024-06-30")),
            H(I("治理项目完成时限", T("<=", "2024-12-31")), None),
        ]),
        G("成本指标", "经济成本指标", [
            H(I("项目预算控制率", T("<=", "100", "%")), T("<=", "100", "%")),
        ]),
        G("效益指标", "生态效益指标", [
            H(I("细颗粒物(PM2.5)年均浓度", T("<=", "32", "微克/立方米"), rname="细颗粒物（PM2.5）年均浓度"),
              T("<=", "35", "微克/立方米")),
            H(I("空气质量优良天数比率", T(">=", "90.5", "%")), T(">=", "88", "%")),
            H(I("重污染天数", T("<=", "3", "天")), T("<=", "2", "天")),
            H(I("氮氧化物减排量", T(">=", "1200", "吨"), cells=("≥", "1,200", "吨")), None),
        ]),
        G("效益指标", "社会效益指标", [
            H(I("群众大气环境信访投诉办结率", T("=", "100", "%")), T("=", "100", "%")),
        ]),
        G("满意度指标", "服务对象满意度指标", [
            H(I("公众对大气环境改善满意度", T(">=", "85", "%")), None),
        ]),
    ]
    inds = flatten(groups)
    head = [tab("序号", "一级指标", "二级指标", "三级指标", "半年（程）指标值", "", "", "全年（程）指标值", "", ""),
            tab("", "", "", "", "计算符号", "指标值", "度量单位", "计算符号", "指标值", "度量单位")]
    text = [
        "", "", "2024年大气污染防治专项资金绩效目标表", "", "单位:万元", "",
        tab("单位名称", "鹰潭市生态环境局", "", ""),
        tab("项目名称", "2024年大气污染防治专项资金", "申请金额", "2,680.50"),
        tab("资金来源", "中央大气污染防治资金、市级财政配套", "", ""),
        tab("年度目标", "深入打好蓝天保卫战，推进燃煤锅炉淘汰和重点行业深度治理，PM2.5年均浓度控制在32微克/立方米以内，"
            "空气质量优良天数比率达到90.5%。", "", ""),
        "", "绩效指标", "",
    ] + head
    prev = None
    brk = 10
    for i in inds:
        if i.seq == brk:
            text += ["", "第 1 页", "", ""] + head
        new_page = i.seq == brk
        L1 = i.rl1 if prev is None or prev.l1 != i.l1 or new_page else ""
        L2 = i.rl2 if prev is None or (prev.l1, prev.l2) != (i.l1, i.l2) or new_page else ""
        hc = split(i.half, i.hcells)
        fc = split(i.t, i.cells)
        text.append(tab(str(i.seq), L1, L2, name_of(i), *hc, *fc))
        prev = i
    text += ["", "第 2 页", ""]
    meta = dict(title="2024年大气污染防治专项资金绩效目标表", kind="target-table", year=2024,
                org="鹰潭市生态环境局", project="2024年大气污染防治专项资金",
                amount={"value": "2680.50", "unit": "万元"})
    publish("07_environment_half_year_split", "txt", "text", meta, inds, "\n".join(text) + "\n",
            "environment (air pollution); 序号 plus half-year and full-year targets each split into "
            "计算符号|指标值|度量单位 sub-columns (two header rows), empty half-year cells (half null), "
            "page break with both header rows and the labels repeated, thousands separators, "
            "full-width brackets in a name (PM2.5), compound unit 微克/立方米")


# ==========================================================================
# Department-level (部门整体) tables: 年度绩效指标 | 一级 | 二级 | 名称 (task) | 指标内容 (name) | 指标值…

def doc08():
    g = G
    groups = [
        g("产出指标", "数量指标", [I("城市低保保障人数", T(">=", "6800", "人")),
                                  I("农村低保保障人数", T(">=", "31000", "人"))], task="城乡最低生活保障"),
        g("产出指标", "数量指标", [I("特困人员救助供养人数", T(">=", "5200", "人"))], task="特困人员救助供养"),
        g("产出指标", "数量指标", [I("临时救助人次", T(">=", "4500", "人次"))], task="临时救助"),
        g("产出指标", "数量指标", [I("新建社区居家养老服务中心", T(">=", "12", "个")),
                                  I("特殊困难老年人家庭适老化改造", T(">=", "800", "户"))], task="养老服务体系建设"),
        g("产出指标", "数量指标", [I("孤儿基本生活费发放人数", T("=", "286", "人"))], task="困境儿童保障"),
        g("产出指标", "质量指标", [I("低保资金社会化发放率", T("=", "100", "%"))], task="城乡最低生活保障"),
        g("产出指标", "质量指标", [I("养老机构服务质量达标率", T(">=", "90", "%"))], task="养老服务体系建设"),
        g("产出指标", "质量指标", [I("遗体火化率", T("=", "100", "%"))], task="殡葬改革"),
        g("产出指标", "时效指标", [I("救助资金发放时间", X("按月足额发放"))], task="社会救助"),
        g("产出指标", "成本指标", [I("城市低保保障标准", T(">=", "850", "元"), raw="≥850元"),
                                  I("农村低保保障标准", T(">=", "680", "元"), raw="≥680元")], task="城乡最低生活保障"),
        g("效益指标", "社会效益指标", [I("困难群众基本生活", X("得到有效保障"))], task="兜底保障"),
        g("效益指标", "社会效益指标", [I("养老机构护理型床位占比", T(">=", "55", "%"))], task="养老服务体系建设"),
        g("效益指标", "可持续影响指标", [I("城乡社区综合服务设施覆盖率", T("=", "100", "%"))], task="基层治理"),
        g("满意度指标", "服务对象满意度指标", [I("救助对象满意度", T(">=", "90", "%")),
                                          I("老年人对养老服务满意度", T(">=", "90", "%"))], task="民政服务"),
    ]
    inds = flatten(groups, seq=False)
    text = [
        "", "2023年部门整体支出绩效目标表", "", "单位：万元", "",
        tab("部门名称", "萍乡市民政局", "", ""),
        tab("年度预算申请", "资金总额", "36,542.18", ""),
        tab("", "其中：财政拨款", "35,900.00", ""),
        tab("", "其他资金", "642.18", ""),
        tab("年度总体目标", "<p>1.兜牢基本民生底线，保障城乡低保、特困人员等困难群众基本生活；</p>"
            "<p>2.推进养老服务体系建设，提升养老服务质量；</p><p>3.加强基层治理和社区建设，深化殡葬改革。</p>", "", ""),
        "",
        tab("年度绩效指标", "一级指标", "二级指标", "名称", "指标内容", "指标值"),
    ]
    prev = None
    for i in inds:
        L1 = i.rl1 if prev is None or prev.l1 != i.l1 else ""
        L2 = i.rl2 if prev is None or (prev.l1, prev.l2) != (i.l1, i.l2) else ""
        TK = i.task if prev is None or (prev.l1, prev.l2, prev.task) != (i.l1, i.l2, i.task) else ""
        text.append(tab("", L1, L2, TK, name_of(i), combined(i.t, i.raw)))
        prev = i
    text += ["", "（注：本表由部门预算管理系统导出）", ""]
    meta = dict(title="2023年部门整体支出绩效目标表", kind="target-table", year=2023, org="萍乡市民政局",
                amount={"value": "36542.18", "unit": "万元"})
    publish("08_civil_affairs_department", "txt", "text", meta, inds, "\n".join(text) + "\n",
            "department-level (民政局 部门整体支出): first column 年度绩效指标 is one merged row header written "
            "once on the header row, then 一级|二级|名称 (work item → task)|指标内容 (→ name)|指标值; merged task "
            "cells written once; the same task recurs under several level-2 groups; 年度预算申请 block "
            "with 资金总额 / 其中 lines; no 项目名称 (project absent)")


def doc09():
    g = G
    TASK3 = "加强企业创新能力建设,实施高新技术企业倍增计划"
    groups = [
        g("产出指标", "数量指标", [I("科技重大专项立项数", T(">=", "20", "项")),
                                  I("关键核心技术攻关项目数", T(">=", "8", "项"))], task="实施科技重大专项"),
        g("产出指标", "数量指标", [I("新建省级以上研发平台", T(">=", "10", "个")),
                                  I("新增省级重点实验室", T(">=", "2", "个")),
                                  I("新型研发机构绩效考核", T("=", "1", "次"))], task="建设科技创新平台"),
        g("产出指标", "数量指标", [I("新认定高新技术企业数", T(">=", "300", "家")),
                                  I("科技型中小企业评价入库数", T(">=", "1500", "家"), cells=("≥", "1,500", "家")),
                                  I("企业研发费用后补助户数", T(">=", "400", "户"))], task=TASK3),
        g("产出指标", "数量指标", [I("引进高层次科技创新人才", T(">=", "30", "名")),
                                  I("选派科技特派员", T(">=", "220", "名"))], task="引进培育科技人才"),
        g("产出指标", "质量指标", [I("科技项目验收合格率", T(">=", "95", "%")),
                                  I("科技计划项目立项程序合规率", T("=", "100", "%"))], task="科技项目管理"),
        g("产出指标", "质量指标", [I("技术合同认定登记准确率", T("=", "100", "%"))], task="科技成果转化"),
        g("产出指标", "时效指标", [I("科技计划项目年度验收完成时间", T("<=", "2024-12-31"),
                                    wrap=("科技计划项目年度验收", "完成时间"))], task="科技项目管理"),
        g("效益指标", "经济效益指标", [I("技术合同成交额", T(">=", "150", "亿元")),
                                      I("全社会研发经费投入强度", T(">=", "2.5", "%"))], task="科技成果转化"),
        g("效益指标", "社会效益指标", [I("公民具备科学素质比例", T(">=", "15", "%")),
                                      I("科普活动受众人次", T(">=", "50", "万人次"))], task="科学普及"),
        g("满意度指标", "服务对象满意度指标", [I("科技型企业满意度", T(">=", "90", "%"))], task="科技服务"),
    ]
    inds = flatten(groups, seq=False)
    # 年度绩效指标 is one merged cell over the header row and page 1's rows; its text is
    # vertically centred, so the header row's first cell is blank and the text lands
    # in column 1 of the 3rd data row.
    head = tab("", "一级指标", "二级指标", "名称", "指标内容", "计算符号", "指标值", "度量单位")
    brk = 7          # the 7th indicator starts page 2: TASK3's text is split across the break
    centre = 3
    text = [
        "", "", "2024年部门整体支出绩效目标表", "",
        tab("部门名称", "新余市科学技术局", "", "", ""),
        tab("年度预算申请（万元）", "资金总额", "12,860.45", "财政拨款", "12,860.45"),
        tab("部门职能概述", "贯彻落实国家和省科技发展规划，拟订全市科技发展规划和政策，统筹推进全市创新体系建设，"
            "组织实施科技计划项目，推动科技成果转移转化。", "", "", ""),
        tab("年度总体目标", "围绕创新驱动发展战略，实施科技重大专项，建设科技创新平台，壮大高新技术企业队伍，"
            "全社会研发经费投入强度达到2.5%。", "", "", ""),
        "", head,
    ]
    prev = None
    k = 0
    for i in inds:
        k += 1
        new_page = k == brk
        if new_page:
            text += ["", ""]
        L1 = i.rl1 if prev is None or prev.l1 != i.l1 or new_page else ""
        L2 = i.rl2 if prev is None or (prev.l1, prev.l2) != (i.l1, i.l2) or new_page else ""
        first_of_task = prev is None or (prev.l1, prev.l2, prev.task) != (i.l1, i.l2, i.task)
        TK = i.task if first_of_task else ""
        if i.task == TASK3 and first_of_task:
            TK = "加强企业创新能"                 # bottom of page 1
        elif i.task == TASK3 and new_page:
            TK = "力建设,实施高新技术企业倍增计划"   # continued at the top of page 2
        op, val, unit = split(i.t, i.cells)
        nm = name_of(i) if not i.wrap else i.wrap[0]
        col0 = "年度绩效指标" if k == centre else ""
        text.append(tab(col0, L1, L2, TK, nm, op, val, unit))
        if i.wrap:
            assert norm(i.wrap[0] + i.wrap[1]) == i.name
            text.append(tab("", "", "", "", i.wrap[1], "", "", ""))
        prev = i
    assert norm("加强企业创新能" + "力建设,实施高新技术企业倍增计划") == TASK3
    text += [""]
    meta = dict(title="2024年部门整体支出绩效目标表", kind="target-table", year=2024, org="新余市科学技术局",
                amount={"value": "12860.45", "unit": "万元"})
    publish("09_science_department_wrapped", "txt", "text", meta, inds, "\n".join(text) + "\n",
            "department-level (科技局): the merged 年度绩效指标 cell is vertically centred so its text lands in "
            "column 1 of a data row; a task cell split by a page break into two fragments on consecutive rows "
            "(加强企业创新能 + 力建设,实施高新技术企业倍增计划), labels repeated after the break, a wrapped "
            "指标内容 (continuation row), split 计算符号|指标值|度量单位 columns")


# ==========================================================================
# Other dump styles

def doc10():
    groups = [
        G("产出指标", "数量指标", [
            I("公共图书馆年流通人次", T(">=", "85", "万人次"), raw="$\\geq 85$ 万人次"),
            I("送戏下乡演出场次", T(">=", "120", "场"), raw="$\\geq$ 120 场", rname="送戏下乡<br>演出场次"),
            I("农村公益电影放映场次", T(">=", "2400", "场"), raw="$\\geq$ 2,400 场"),
            I("新建城市书房数量", T("=", "8", "个"), raw="$=8$ 个"),
            I("举办群众文化活动", T(">=", "300", "场次"), raw="$\\geq 300$ 场次"),
            I("非遗保护传承项目", T(">=", "15", "项"), raw="≥15项"),
        ]),
        G("产出指标", "质量指标", [
            I("乡镇综合文化站免费开放率", T("=", "100", "%"), raw="$=100\\%$",
              rname="<p>乡镇综合文化站</p><p>免费开放率</p>"),
            I("公共文化设施达标率", T(">=", "85", "%"), raw="$\\geq 85\\%$"),
            I("文物安全责任事故", T(None, "0", "起"), raw="0 起"),
            I("数字文化服务平台故障率", T("<=", "5", "%"), raw="$\\leq 5\\%$",
              rname="数字文化服务平台<br>故障率"),
        ]),
        G("产出指标", "时效指标", [
            I("补助资金下达时间", T("<=", "2023-06-30"), raw="2023年6月30日前"),
            I("全年活动完成时间", T(None, "2023-11-30"), raw="2023.11.30"),
        ]),
        G("成本指标", "经济成本指标", [
            I("送戏下乡每场补助标准", T("<=", "8000", "元"), raw="$\\leq 8000$ 元"),
        ]),
        G("效益指标", "社会效益指标", [
            I("群众文化获得感", X("明显提升")),
            I("公共文化服务覆盖人群", T(">=", "120", "万人"), raw="$\\geq 120$ 万人"),
        ]),
        G("效益指标", "可持续影响指标", [
            I("公共文化服务体系运行机制", X("长效运行"), raw="<p>长效运行</p>"),
        ]),
        G("满意度指标", "服务对象满意度指标", [
            I("群众满意度", T(">=", "90", "%"), raw="$\\geq 90\\%$"),
            I("参与活动群众满意度", T(">=", "90", "%"), raw="不低于90%"),
        ]),
    ]
    inds = flatten(groups, seq=False)
    text = [
        "# 2023年公共文化服务体系建设专项资金绩效目标表", "",
        "项目名称：2023年公共文化服务体系建设专项资金", "",
        "主管部门：景德镇市文化广电新闻出版旅游局", "",
        "资金总额：1,536万元", "",
        "## 一、年度绩效目标", "",
        "推进基本公共文化服务标准化均等化，支持公共图书馆、文化馆（站）免费开放，开展送戏下乡、农村公益电影放映等"
        "惠民活动，公共文化设施达标率 $\\geq 85\\%$ 。", "",
        "## 二、绩效指标", "",
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
        "| --- | --- | --- | --- |",
    ]
    prev = None
    for i in inds:
        L1 = i.rl1 if prev is None or prev.l1 != i.l1 else ""
        L2 = i.rl2 if prev is None or (prev.l1, prev.l2) != (i.l1, i.l2) else ""
        text.append("| %s | %s | %s | %s |" % (L1, L2, name_of(i), combined(i.t, i.raw)))
        prev = i
    text += ["", "注：指标值中“$\\geq$”表示不低于，“$\\leq$”表示不高于。", ""]
    meta = dict(title="2023年公共文化服务体系建设专项资金绩效目标表", kind="target-table", year=2023,
                org="景德镇市文化广电新闻出版旅游局", project="2023年公共文化服务体系建设专项资金",
                amount={"value": "1536", "unit": "万元"})
    publish("10_culture_markdown_latex", "md", "markdown", meta, inds, "\n".join(text) + "\n",
            "culture; markdown from a PDF-to-markdown converter: `#` title, a pipe table with blank merged "
            "labels, LaTeX targets ($\\geq 85\\%$, $\\leq 5\\%$, $\\geq$ 120 场, $=8$ 个), <br> and <p> "
            "inside name cells, a dotted date (2023.11.30, no operator), LaTeX also in the prose")


def td_span(n, text):
    return '<td rowspan="%d">%s</td>' % (n, text) if n > 1 else "<td>%s</td>" % text


def doc11():
    groups = [
        G("产出指标", "数量指标", [
            I("新增新能源公交车辆", T(">=", "60", "辆")),
            I("新建及改造公交候车亭", T(">=", "120", "个")),
            I("优化调整公交线路", T(">=", "8", "条")),
            I("公交线网长度", T(">=", "1150", "公里"), cells=("&ge;", "1,150", "公里")),
            I("年公交客运量", T(">=", "6800", "万人次")),
        ]),
        G("产出指标", "质量指标", [
            I("公交车辆准点率", T(">=", "90", "%")),
            I("公交站点500米覆盖率", T(">=", "90", "%"), rname="公交站点500米<br/>覆盖率"),
            I("车辆安全技术检验合格率", T("=", "100", "%")),
        ]),
        G("产出指标", "时效指标", [
            I("运营补贴资金拨付时间", T("<=", "2023-12-31"), cells=("&le;", "2023年12月31日", "&nbsp;")),
        ]),
        G("成本指标", "经济成本指标", [
            I("车公里运营成本", T("<=", "8.5", "元"), cells=("&le;", "8.5", "元")),
        ]),
        G("效益指标", "社会效益指标", [
            I("公共交通机动化出行分担率", T(">=", "35", "%")),
            I("公交基础票价", X("保持稳定"), cells=("&nbsp;", "保持稳定", "&nbsp;")),
        ]),
        G("效益指标", "生态效益指标", [
            I("新能源公交车占比", T(">=", "95", "%")),
            I("减少二氧化碳排放", T(">=", "12000", "吨"), cells=("≥", "12,000", "吨")),
        ]),
        G("满意度指标", "服务对象满意度指标", [
            I("乘客满意度", T(">=", "90", "%")),
        ]),
    ]
    inds = flatten(groups)
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        "<html>",
        "<head>",
        '<meta charset="utf-8">',
        "<title>2023年城市公共交通运营补贴资金绩效目标表</title>",
        "<style>table{border-collapse:collapse}td,th{border:1px solid #000;padding:2px 6px}</style>",
        "</head>",
        "<body>",
        '<h2 style="text-align:center">2023年城市公共交通运营补贴资金绩效目标表</h2>',
        '<p style="text-align:right">单位：万元</p>',
        '<table class="info">',
        "<tr><td>项目名称</td><td>2023年城市公共交通运营补贴资金</td><td>申请金额（万元）</td><td>6,200</td></tr>",
        "<tr><td>实施单位</td><td>吉安市交通运输局</td><td>项目期限</td><td>2023年1月1日至2023年12月31日</td></tr>",
        '<tr><td>年度目标</td><td colspan="3">保障城市公交正常运营，推进新能源公交车更新，优化公交线网，'
        "提升公共交通出行分担率和服务质量。</td></tr>",
        "</table>",
        "<p>&nbsp;</p>",
        '<table class="indicators">',
        "<thead>",
        '<tr><th rowspan="2">序号</th><th rowspan="2">一级指标</th><th rowspan="2">二级指标</th>'
        '<th rowspan="2">三级指标</th><th colspan="3">2023年目标值</th></tr>',
        "<tr><th>计算符号</th><th>目标值</th><th>单位</th></tr>",
        "</thead>",
        "<tbody>",
    ]
    n1 = {}
    n2 = {}
    for i in inds:
        n1[i.l1] = n1.get(i.l1, 0) + 1
        n2[(i.l1, i.l2)] = n2.get((i.l1, i.l2), 0) + 1
    prev = None
    for i in inds:
        cells = ["<td>%d</td>" % i.seq]
        if prev is None or prev.l1 != i.l1:
            cells.append(td_span(n1[i.l1], e(i.rl1)))
        if prev is None or (prev.l1, prev.l2) != (i.l1, i.l2):
            cells.append(td_span(n2[(i.l1, i.l2)], e(i.rl2)))
        op, val, unit = split(i.t, i.cells)
        cells.append("<td>%s</td>" % name_of(i))
        cells += ["<td>%s</td>" % (c or "&nbsp;") for c in (op, val, unit)]
        out.append("<tr>" + "".join(cells) + "</tr>")
        prev = i
    out += ["</tbody>", "</table>", "<p>填报单位（盖章）：吉安市交通运输局&nbsp;&nbsp;&nbsp;&nbsp;填报日期：2023年3月2日</p>",
            "</body>", "</html>", ""]
    meta = dict(title="2023年城市公共交通运营补贴资金绩效目标表", kind="target-table", year=2023,
                org="吉安市交通运输局", project="2023年城市公共交通运营补贴资金",
                amount={"value": "6200", "unit": "万元"})
    publish("11_transport_html_spans", "html", "html", meta, inds, "\n".join(out),
            "transport (bus operation subsidies); HTML <table> with real rowspan (merged level-1/level-2 "
            "labels) and colspan (2023年目标值 over 计算符号|目标值|单位), &ge;/&le;/&nbsp; entities, <br/> in a "
            "name, a separate metadata <table> before it")


def disp_width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def layout_line(cells, cols):
    """pdftotext -layout style: each cell starts at its column's position."""
    out = ""
    for c, start in zip(cells, cols):
        if c == "":
            continue
        w = disp_width(out)
        if w > 0:
            out += " " * max(start - w, 2)
        else:
            out += " " * start
        out += c
    return out.rstrip()


def doc12():
    groups = [
        G("产出指标", "数量指标", [
            I("食品安全监督抽检批次", T(">=", "6000", "批次")),
            I("农贸市场食用农产品快检批次", T(">=", "36000", "批次"), cells=("≥", "36,000", "批次")),
            I("食品生产企业监督检查覆盖率", T("=", "100", "%")),
            I("校园食品安全专项检查学校数", T(">=", "520", "所")),
            I("开展食品安全宣传活动", T(">=", "30", "场")),
        ]),
        G("产出指标", "质量指标", [
            I("抽检样品检验报告准确率", T("=", "100", "%")),
            I("不合格食品核查处置率", T("=", "100", "%")),
            I("抽检信息公开率", T("=", "100", "%")),
        ]),
        G("产出指标", "时效指标", [
            I("年度抽检任务完成时间", T("<=", "2024-11-30"), cells=("≤", "2024-11-30", "")),
        ]),
        G("成本指标", "经济成本指标", [
            I("单批次抽检平均成本", T("<=", "1200", "元"), cells=("≤", "1,200", "元")),
        ]),
        G("效益指标", "社会效益指标", [
            I("食品安全评价性抽检合格率", T(">=", "98", "%")),
            I("重大食品安全事故", T("=", "0", "起")),
        ]),
        G("效益指标", "可持续影响指标", [
            I("食品安全风险监测预警机制", X("健全"), cells=("定性", "健全", "")),
        ]),
        G("满意度指标", "服务对象满意度指标", [
            I("群众食品安全满意度", T(">=", "85", "%")),
        ]),
    ]
    inds = flatten(groups)
    direction = {"<=": "反向", ">=": "正向", "=": "正向", None: "定性"}
    head = ["序号", "一级指标", "二级指标", "指标名称", "指标值", "度量单位", "计算符号", "指标方向"]
    rows = []
    prev = None
    brk = 8
    for i in inds:
        new_page = i.seq == brk
        L1 = i.rl1 if prev is None or prev.l1 != i.l1 or new_page else ""
        L2 = i.rl2 if prev is None or (prev.l1, prev.l2) != (i.l1, i.l2) or new_page else ""
        op, val, unit = split(i.t, i.cells)
        if i.name == "重大食品安全事故":
            dirn = "反向"
        else:
            dirn = direction[i.t["op"]]
        rows.append((i.seq, [str(i.seq), L1, L2, name_of(i), val, unit, op, dirn]))
        prev = i
    allrows = [head] + [r for _, r in rows]
    cols, x = [], 0
    for c in range(len(head)):
        cols.append(x)
        x += max(disp_width(r[c]) for r in allrows) + 3
    text = [
        "", " " * 24 + "2024年度项目支出绩效目标申报表", "",
        layout_line(["项目名称", "2024年食品安全抽检监测专项经费"], [0, 16]),
        layout_line(["主管部门", "萍乡市市场监督管理局"], [0, 16]),
        layout_line(["项目类别", "一般性项目", "项目期限", "1年"], [0, 16, 56, 72]),
        layout_line(["绩效目标", "完成食品安全监督抽检6000批次以上，及时核查处置不合格食品，保障全市食品安全形势稳定向好。"], [0, 16]),
        "", layout_line(head, cols),
    ]
    for seq, r in rows:
        if seq == brk:
            text += ["", " " * 40 + "- 1 -", "\f", layout_line(head, cols)]
        text.append(layout_line(r, cols))
    text += ["", " " * 40 + "- 2 -", ""]
    meta = dict(title="2024年度项目支出绩效目标申报表", kind="target-table", year=2024,
                org="萍乡市市场监督管理局", project="2024年食品安全抽检监测专项经费")
    publish("12_market_regulation_spaces", "txt", "text", meta, inds, "\n".join(text) + "\n",
            "market regulation (food safety sampling); pdftotext -layout style dump, cells separated by 2+ "
            "spaces and aligned by position, blank merged cells are only spaces; other header words and "
            "order: 指标名称 | 指标值 | 度量单位 | 计算符号 | 指标方向 (正向/反向/定性, and 定性 in 计算符号 is "
            "no operator); ISO date value; form feed at the page break, header and labels repeated; no amount")


# ==========================================================================
def doc13():
    groups = [
        G("产出指标", "数量指标", [
            I("改造老旧小区数量", T(">=", "86", "个"), rname="改造⽼旧⼩区数量"),
            I("惠及居民户数", T(">=", "12600", "户"), cells=("≥", "１２，６００", "户")),
            I("改造建筑面积", T(">=", "1200000", "平方米"), rname="改造建筑⾯积", cells=("≥", "1,200,000", "平方米")),
            I("加装电梯数量", T(">=", "20", "部"), cells=("≥", "２０", "部")),
            I("改造二次供水设施小区数", T("=", "18", "个"), rname="改造⼆次供⽔设施⼩区数"),
            I("新增停车位", T(">=", "1500", "个"), cells=("≥", "1,500", "个")),
            I("改造燃气、供水、排水管网长度", T(">=", "45", "公里"), rname="改造燃⽓、供⽔、排⽔管⽹长度"),
            I("开展质量安全专项检查", T(None, "3", "次"), cells=("", "三次", "")),
        ]),
        G("产出指标", "质量指标", [
            I("工程竣工验收合格率", T("=", "100", "%"), rname="⼯程竣⼯验收合格率", cells=("=", "１００", "％")),
            I("改造小区消防通道畅通率", T("=", "100", "%"), rname="改造⼩区消防通道畅通率", cells=("＝", "100", "%")),
            I("施工安全事故发生率", T("<=", "0", "%"), rname="施⼯安全事故发⽣率"),
            I("小区智能安防(AI门禁)覆盖率", T(">=", "60", "%"), rname="⼩区智能安防（ＡＩ门禁）覆盖率",
              cells=("＞＝", "60", "%")),
        ]),
        G("产出指标", "时效指标", [
            I("项目开工时间", T("<=", "2023-05-31"), rname="项⽬开⼯时间", cells=("≤", "2023年5⽉31⽇", "")),
            I("项目完工时间", T("<=", "2023-12-31"), rname="项⽬完⼯时间", cells=("≤", "２０２３年１２月３１日", "")),
        ]),
        G("成本指标", "经济成本指标", [
            I("小区改造户均投资", T("<=", "2.8", "万元"), rname="⼩区改造户均投资"),
        ]),
        G("效益指标", "社会效益指标", [
            I("居住环境", X("明显&nbsp;改善")),
            I("小区配套服务设施覆盖率", T(">=", "80", "%"), rname="⼩区配套服务设施覆盖率"),
        ]),
        G("效益指标", "生态效益指标", [
            I("小区绿化覆盖率", T(">=", "30", "%"), rname="⼩区绿化覆盖率"),
            I("雨污分流改造率", T("=", "100", "%")),
        ], rl2="⽣态效益指标"),
        G("满意度指标", "服务对象满意度指标", [
            I("改造小区居民满意度", T(">=", "90", "%"), rname="改造⼩区居民满意度", cells=("≥&nbsp;", "90", "%")),
        ]),
    ]
    inds = flatten(groups)
    p2 = 13
    rows = std_rows(inds, page_starts=(p2,), blank="&nbsp;")
    head = std_header(2023, mu="⽬标值")
    text = [
        "", "⽼旧⼩区改造项⽬绩效⽬标表", "", "（２０２３年度）", "", "单位:万元", "",
        tab("项⽬名称:", "2023年城镇⽼旧⼩区改造补助资⾦", "申请金额:", "21,450"),
        tab("主管部门:", "赣州市南康区住房和城乡建设局", "&nbsp;", "&nbsp;"),
        tab("年度总体⽬标:", "完成86个⽼旧⼩区改造，惠及居民１２６００户，同步改造⽔电⽓管⽹，加装电梯２０部，"
            "改善居民居住条件。", "&nbsp;", "&nbsp;"),
        "", "绩效指标", "",
    ] + head
    text += layout_pages(rows, (p2,), {p2: ["", ""] + head})
    text += [""]
    meta = dict(title="老旧小区改造项目绩效目标表", kind="target-table", year=2023,
                org="赣州市南康区住房和城乡建设局", project="2023年城镇老旧小区改造补助资金",
                amount={"value": "21450", "unit": "万元"})
    publish("13_housing_converter_debris", "txt", "text", meta, inds, "\n".join(text) + "\n",
            "housing (old residential compounds); converter debris everywhere: Kangxi radicals (⽬ ⽣ ⼩ ⽼ ⼯ ⽔ "
            "⽓ ⽹ ⾯ ⼆ ⽉ ⽇) in the title, header, a level-2 label, names, metadata and a date; full-width "
            "digits/letters/operators (１２，６００, ２０, １００％, ＡＩ, ＝, ＞＝, ２０２３年１２月３１日); thousands "
            "separators (1,200,000); &nbsp; for empty cells and inside cells (≥&nbsp;, 明显&nbsp;改善); a Chinese "
            "numeral value (三次); page break with header repeated")


# --------------------------------------------------------------------------
def doc14():
    groups = [
        G("产出", "产出数量", [
            I("新建集中供水工程", T(None, "2", "处"), raw="2 处"),
            I("改造提升供水管网", T(">=", "85", "公里"), raw="≥ 85 公里"),
            I("新增净化消毒设备", T(">=", "36", "套"), raw="≥ 36 套"),
            I("新建水质检测点", T(">=", "12", "个"), raw="≥ 12 个"),
            I("巩固提升受益人口", T(">=", "3.8", "万人"), raw="≥ 3.8 万人"),
        ]),
        G("产出", "产出质量", [
            I("工程验收合格率", T(None, "100", "%"), raw="100%"),
            I("农村集中供水工程水质达标率", T(">=", "90", "%"), raw="≥ 90%"),
        ]),
        G("产出", "产出时效", [
            I("工程完工时间", T("<=", "2022-12-31"), raw="2022 年 12 月 31 日前"),
        ]),
        G("产出", "产出成本", [
            I("工程建设成本控制率", T("<=", "100", "%"), raw="≤100%"),
        ]),
        G("效益", "社会效益", [
            I("农村自来水普及率", T(">=", "88", "%"), raw="≥ 88%"),
            I("规模化供水工程覆盖农村人口比例", T(">=", "56", "%"), raw="≥ 56%"),
            I("供水保证率", T(">=", "95", "%"), raw="≥95%"),
            I("农村饮水安全保障水平", X("明显提升")),
        ]),
        G("效益", "可持续影响", [
            I("工程长效运行管护机制", X("建立健全")),
        ]),
        G("效益", "满意度", [
            I("受益群众满意度", T(">=", "90", "%"), raw="≥ 90%"),
        ]),
    ]
    inds = flatten(groups, seq=False)
    thead = tab("一级指标", "二级指标", "三级指标", "指标值")
    target_rows = []
    prev = None
    for k, i in enumerate(inds):
        if k == 7:
            target_rows += ["", "9", "", thead]      # page break, header repeated, labels not repeated
        L1 = i.rl1 if prev is None or prev.l1 != i.l1 else ""
        L2 = i.rl2 if prev is None or (prev.l1, prev.l2) != (i.l1, i.l2) else ""
        target_rows.append(tab(L1, L2, name_of(i), combined(i.t, i.raw)))
        prev = i

    # score tables (分值 | 得分 | 得分率) — not indicators
    scores = [
        ("A", "决策", 15, 14, [
            ("A1.项目立项", 5, 5, [("A11.立项依据充分性", 3, 3), ("A12.立项程序规范性", 2, 2)]),
            ("A2.绩效目标", 5, 4, [("A21.绩效目标合理性", 2, 2), ("A22.绩效指标明确性", 3, 2)]),
            ("A3.资金投入", 5, 5, [("A31.预算编制科学性", 3, 3), ("A32.资金分配合理性", 2, 2)]),
        ]),
        ("B", "过程", 20, 17.5, [
            ("B1.资金管理", 10, 9, [("B11.资金到位率", 2, 2), ("B12.预算执行率", 4, 3), ("B13.资金使用合规性", 4, 4)]),
            ("B2.组织实施", 10, 8.5, [("B21.管理制度健全性", 4, 4), ("B22.制度执行有效性", 6, 4.5)]),
        ]),
        ("C", "产出", 35, 31.2, [
            ("C1.产出数量", 15, 13.2, [("C11.新建集中供水工程", 3, 3), ("C12.改造提升供水管网", 3, 3),
                                     ("C13.新增净化消毒设备", 3, 2.4), ("C14.新建水质检测点", 3, 1.8),
                                     ("C15.巩固提升受益人口", 3, 3)]),
            ("C2.产出质量", 10, 10, [("C21.工程验收合格率", 5, 5), ("C22.农村集中供水工程水质达标率", 5, 5)]),
            ("C3.产出时效", 5, 4, [("C31.工程完工及时性", 5, 4)]),
            ("C4.产出成本", 5, 4, [("C41.工程建设成本控制率", 5, 4)]),
        ]),
        ("D", "效益", 30, 27.3, [
            ("D1.社会效益", 20, 18.3, [("D11.农村自来水普及率", 5, 5), ("D12.规模化供水工程覆盖农村人口比例", 5, 4.3),
                                     ("D13.供水保证率", 5, 5), ("D14.农村饮水安全保障水平", 5, 4)]),
            ("D2.可持续影响", 5, 4.5, [("D21.工程长效运行管护机制", 5, 4.5)]),
            ("D3.满意度", 5, 4.5, [("D31.受益群众满意度", 5, 4.5)]),
        ]),
    ]

    def num(x):
        s = ("%.2f" % x).rstrip("0").rstrip(".")
        return s

    def rate(s, w):
        r = 100.0 * s / w
        return "100%" if abs(r - 100) < 1e-9 else "%.2f%%" % r

    total_w = sum(x[2] for x in scores)
    total_s = round(sum(x[3] for x in scores), 2)
    assert total_w == 100 and abs(total_s - 90.0) < 1e-9
    for _, _, w, s, l2s in scores:
        assert w == sum(x[1] for x in l2s) and abs(s - sum(x[2] for x in l2s)) < 1e-9
        for _, w2, s2, l3s in l2s:
            assert w2 == sum(x[1] for x in l3s) and abs(s2 - sum(x[2] for x in l3s)) < 1e-9

    def score_table(letter):
        _, l1, w, s, l2s = [x for x in scores if x[0] == letter][0]
        rows = [tab("指标名称", "分值", "得分", "得分率")]
        for n2, w2, s2, l3s in l2s:
            rows.append(tab(n2, num(w2), num(s2), rate(s2, w2)))
            for n3, w3, s3 in l3s:
                rows.append(tab(n3, num(w3), num(s3), rate(s3, w3)))
        rows.append(tab("合计", num(w), num(s), rate(s, w)))
        return rows

    appendix = [tab("一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分")]
    for _, l1, w, s, l2s in scores:
        first1 = True
        for n2, w2, s2, l3s in l2s:
            first2 = True
            for n3, w3, s3 in l3s:
                appendix.append(tab(l1 if first1 else "", num(w) if first1 else "",
                                    n2.split(".", 1)[1] if first2 else "", num(w2) if first2 else "",
                                    n3.split(".", 1)[1], num(w3), num(s3)))
                first1 = first2 = False
    appendix.append(tab("总分", "100", "", "100", "", "100", "%.2f" % total_s))
    appendix.append(tab("评价等次", "优 ☑ 良 □ 中 □ 差 □", "", "", "", "", ""))
    appendix.append(tab("", "90（含）-100 分为优、80（含）-90 分为良、60（含）-80 分为中、60 分以下为差", "", "", "", "", ""))

    P = lambda *xs: [x for p in xs for x in (p, "")]
    text = ["", "", "2022 年度吉水县农村饮水安全巩固提升工程 绩效评价报告", "", "", ""]
    text += P("委托单位：吉水县财政局", "评价机构：江西正信项目管理咨询有限公司", "时 间：2023 年 4 月",
              "部门评价报告", "项目名称：2022 年度吉水县农村饮水安全巩固提升工程", "项目单位：吉水县水利局",
              "主管部门：吉水县水利局", "评价时间：2023 年 3 月 6 日至 2023 年 4 月 10 日",
              "评价单位（盖章）：江西正信项目管理咨询有限公司", "目 录")
    text += [tab("摘 要.....", "I"), tab("一、项目基本背景", "1"), tab("(一) 项目概况", "1"),
             tab("(二) 项目绩效目标", "3"), tab("二、绩效评价工作开展情况", "5"), tab("三、综合评价情况及评价结论", "7"),
             tab("四、绩效评价指标分析", "8"), tab("五、存在的问题及原因分析", "15"), tab("六、有关建议", "16"), ""]
    text += P("摘 要", "● 评价结论",
              "评价小组运用绩效评价指标体系，通过资料核查、现场勘查、问卷调查及访谈，对 2022 年度吉水县农村饮水安全"
              "巩固提升工程进行客观评价，最终评分结果为 90.00 分，绩效评级为“优”。",
              "2022 年度吉水县农村饮水安全巩固提升工程绩效评分汇总表")
    text += [tab("指标", "决策", "过程", "产出", "效益", "得分合计"),
             tab("分值", "15", "20", "35", "30", "100"),
             tab("得分", "14", "17.5", "31.2", "27.3", "90.00"), ""]
    text += P("一、项目基本背景", "(一) 项目概况", "1. 立项背景",
              "吉水县地处赣江中游，农村人口居住分散，部分村组仍依靠分散式小型供水设施，存在水量不足、水质不稳定等问题。"
              "为贯彻落实《江西省“十四五”农村供水保障规划》，巩固拓展脱贫攻坚成果，吉水县水利局于 2022 年组织实施"
              "农村饮水安全巩固提升工程。",
              "2. 资金投入及使用",
              "本项目年度预算 1,280 万元，截至 2022 年 12 月 31 日实际支出 1,152 万元，预算执行率 90%。具体情况如下：",
              "表 1-1：资金使用情况", "单位：万元")
    budget_rows = [(("1", "集中供水工程建设", "620", "588.50", "94.92%"), "集中供水工程建设"),
                   (("2", "供水管网改造", "410", "365.20", "89.07%"), "供水管网改造"),
                   (("3", "净化消毒设备购置", "150", "128.30", "85.53%"), "净化消毒设备购置"),
                   (("4", "水质检测能力建设", "100", "70.00", "70.00%"), "水质检测能力建设"),
                   (("合计", "", "1,280", "1,152", "90.00%"), "合计")]
    text += [tab("序号", "项目分类", "预算金额", "使用金额", "预算执行率")]
    text += [tab(*cells) for cells, _ in budget_rows] + [""]
    text += P("(二) 项目绩效目标", "1. 总体目标",
              "新建集中供水工程 2 处，改造提升供水管网 85 公里以上，巩固提升 3.8 万农村人口供水保障水平，"
              "农村自来水普及率达到 88%。",
              "2. 年度绩效指标", "本项目 2022 年度绩效指标设置情况如下所示：")
    text += [thead] + target_rows + [""]
    text += P("二、绩效评价工作开展情况", "(一) 绩效评价目的、对象和范围",
              "本次绩效评价对象为 2022 年度吉水县农村饮水安全巩固提升工程，涉及资金 1,280 万元。",
              "(二) 绩效评价指标体系",
              "根据《项目支出绩效评价管理办法》（财预〔2020〕10 号），评价小组从决策、过程、产出、效益四个维度构建"
              "评价指标体系，总分值为 100 分。综合得分在 90-100 分（含 90 分）为优；80-90 分（含 80 分）为良；"
              "60-80 分（含 60 分）为中；60 分以下为差。",
              "三、综合评价情况及评价结论",
              "该项目综合得分 90.00 分，其中决策 14 分、过程 17.5 分、产出 31.2 分、效益 27.3 分，评价等级为“优”。",
              "四、绩效评价指标分析", "(一) 项目决策情况", "项目决策指标分值为 15 分，得分为 14 分。评分见表 4-1。",
              "表 4-1：决策指标评分结果汇总表")
    text += score_table("A") + [""]
    text += P("绩效指标明确性：部分效益指标为定性表述，未细化量化，扣 1 分。",
              "(二) 项目过程情况", "项目过程指标分值为 20 分，得分为 17.5 分。评分见表 4-2。",
              "表 4-2：过程指标评分结果汇总表")
    text += score_table("B") + [""]
    text += P("预算执行率：本项目预算执行率 90%，根据评分标准扣 1 分；制度执行有效性：部分工程变更手续不全，扣 1.5 分。",
              "(三) 项目产出情况", "项目产出指标分值为 35 分，得分为 31.2 分。评分见表 4-3。",
              "表 4-3：产出指标评分结果汇总表")
    text += score_table("C")[:8] + ["", "10", ""] + [tab("指标名称", "分值", "得分", "得分率")] + score_table("C")[8:] + [""]
    text += P("新增净化消毒设备实际完成 29 套，完成率 80.56%；新建水质检测点实际完成 7 个，完成率 58.33%。",
              "(四) 项目效益情况", "项目效益指标分值为 30 分，得分为 27.3 分。评分见表 4-4。",
              "表 4-4：效益指标评分结果汇总表")
    text += score_table("D") + [""]
    text += P("五、存在的问题及原因分析",
              "1. 水质检测能力建设滞后。水质检测点建设进度缓慢，预算执行率仅 70.00%。",
              "2. 工程变更管理不够规范。个别供水管网工程变更未履行审批程序。",
              "六、有关建议",
              "（一）加快水质检测能力建设，完善县级水质检测中心和乡镇检测点布局。",
              "（二）严格工程变更管理，规范变更审批和资料归档。",
              "附件 1：绩效评价指标体系及得分情况表")
    text += appendix + [""]
    meta = dict(title="2022年度吉水县农村饮水安全巩固提升工程绩效评价报告", kind="evaluation-report", year=2022,
                org="吉水县水利局", project="2022年度吉水县农村饮水安全巩固提升工程")

    # The score and budget records, from the truth above (docs/records.md, "How jixiao
    # fills these fields").  Tables count every recognized table: 1 the summary, 2 the
    # budget table, 3 the target table, 4-7 the score tables A-D, 8 the appendix.
    def score(table, row, code, l1, l2, name, w, s, r=None):
        return dict(type="score", table=table, row=row, code=code, level1=l1, level2=l2, name=name,
                    weight=w, score=s, rate=r, reason=None)

    extra = []
    summary = [(l1, num(w), num(s)) for _, l1, w, s, _ in scores] + [("得分合计", "100", "%.2f" % total_s)]
    for k, (l1, w, s) in enumerate(summary, 1):   # transposed: one record per column
        summary_row = l1 == "得分合计"
        extra.append(score(1, k, None, None if summary_row else l1, None, l1, w, s))
    for k, (cells, name) in enumerate(budget_rows, 1):
        amounts = [c.replace(",", "") for c in cells[2:4]]
        extra.append(dict(type="budget", table=2, row=k, name=name,
                          budget={"value": amounts[0], "unit": "万元"},
                          spent={"value": amounts[1], "unit": "万元"},
                          rate=cells[4].rstrip("%"), text=" | ".join(c for c in cells if c)))
    pct = lambda s, w: rate(s, w).rstrip("%")
    for table, (letter, l1, w, s, l2s) in enumerate(scores, 4):
        row = 0
        for n2, w2, s2, l3s in l2s:
            row += 1
            c2, name2 = n2.split(".", 1)
            extra.append(score(table, row, c2, l1, name2, name2, num(w2), num(s2), pct(s2, w2)))
            for n3, w3, s3 in l3s:
                row += 1
                c3, name3 = n3.split(".", 1)
                extra.append(score(table, row, c3, l1, name2, name3, num(w3), num(s3), pct(s3, w3)))
        extra.append(score(table, row + 1, None, None, None, "合计", num(w), num(s), pct(s, w)))
    row = 0
    for _, l1, w, s, l2s in scores:   # the appendix: each parent with its weight, on its first row
        for j, (n2, w2, s2, l3s) in enumerate(l2s):
            name2 = n2.split(".", 1)[1]
            for k, (n3, w3, s3) in enumerate(l3s):
                row += 1
                if j == 0 and k == 0:
                    extra.append(score(8, row, None, l1, None, l1, num(w), None))
                if k == 0:
                    extra.append(score(8, row, None, l1, name2, name2, num(w2), None))
                extra.append(score(8, row, None, l1, name2, n3.split(".", 1)[1], num(w3), num(s3)))
    extra.append(score(8, row + 1, None, None, None, "总分", "100", "%.2f" % total_s))
    publish("14_rural_water_evaluation_report", "txt", "text", meta, inds, "\n".join(text) + "\n",
            "evaluation report (绩效评价报告, rural drinking water): cover and prose, a summary score table, a budget "
            "table (序号|项目分类|预算金额|使用金额|预算执行率 with 合计), the restated target table (4 columns, short "
            "labels 产出/产出数量/社会效益/可持续影响, 满意度 as a level-2 under 效益) split by a page break with the "
            "header repeated, four score tables (指标名称|分值|得分|得分率, codes A11…D31, 合计; one split by a "
            "page break) whose names repeat the indicators, and an appendix table restating the system with "
            "weights; only the target-table rows are indicator records; the score and budget tables give "
            "score and budget records",
            extra=extra)


# ==========================================================================
# 15: a self-evaluation table (项目支出绩效自评表, the 财预〔2020〕10号 form) as a
# tab dump.  Written by hand, cell by cell, and its expected records written
# from what the form says (docs/records.md "Self-evaluation tables"), not from
# jixiao's output.

def doc15():
    name = "15_agriculture_self_evaluation"
    fname = name + ".txt"
    E = ""
    rows = [
        "（2023）年度项目支出绩效自评表",
        tab("项目名称", "2023年高标准农田建设项目"),
        tab("主管部门", "305-某县农业农村局", E, E, "实施单位", "305001-某县农田建设服务中心"),
        tab("项目资金（万元）", E, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
        tab(E, "年度资金总额", "1,500", "1,480", "1,423.6", "10", "96.19%", "9.62"),
        tab(E, "其中：本年财政拨款", "1,200", "1,180", "1,123.6", "—", "—", "—"),
        tab(E, "上年结转资金", "300", "300", "300", "—", "—", "—"),
        tab(E, "其他资金", E, E, E, "—", "—", "—"),
        tab("年度总体目标", "预期目标", E, E, E, "实际完成情况", E, E),
        tab(E, "新建高标准农田1.2万亩，配套高效节水灌溉3000亩，项目区粮食产能稳步提升。", E, E, E,
            "建成高标准农田1.25万亩、高效节水灌溉3200亩，部分工程因降雨顺延至次年一季度完工。", E, E),
        tab("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
            "偏差原因分析及改进措施"),
        tab(E, "产出指标(50分)", "数量指标", "新建高标准农田面积", "≥1.2万亩", "1.25万亩", "10", "10", E),
        tab(E, E, E, "高效节水灌溉面积", "≥3000亩", "3200亩", "10", "10", E),
        tab(E, E, "质量指标", "工程验收合格率", "≥95百分比", "100百分比", "10", "10", E),
        tab(E, E, "时效指标", "项目完工时间", "2023年12月31日前", "2024年3月15日", "10", "6",
            "受持续降雨影响工期顺延，已督促施工单位加快进度"),
        tab(E, E, "成本指标", "亩均财政投入", "≤1500元/亩", "1486元/亩", "10", "10", E),
        tab(E, "效益指标（30分）", "经济效益指标", "亩均增产粮食", "≥50公斤", "52公斤", "10", "10", E),
        tab(E, E, "社会效益指标", "受益农户数", "≥3000户", "达成预期指标", "10", "9",
            "受益农户数统计口径待核实"),
        tab(E, E, "可持续影响指标", "工程设施正常运行年限", "≥15年", "基本达到", "10", "8",
            "管护机制尚在完善"),
        tab(E, "满意度指标（10分）", "服务对象满意度指标", "受益农户满意度", "≥90%", "94.5%", "10", "10", E),
        tab("总分", E, E, E, E, E, "100", "92.62", E),
        tab("自评等级", "优"),
    ]
    text = "\n".join(rows) + "\n"
    meta = dict(title="(2023)年度项目支出绩效自评表", kind="self-evaluation", year=2023,
                org="某县农业农村局", project="2023年高标准农田建设项目",
                amount={"value": "1500", "unit": "万元"})
    check_meta(meta, text)
    doc = doc_record(fname, "text", "UTF-8", meta)
    doc["implementer"] = "某县农田建设服务中心"        # 305001- dropped, differs from org
    doc["objective"] = {"planned": "新建高标准农田1.2万亩,配套高效节水灌溉3000亩,项目区粮食产能稳步提升。",
                        "achieved": "建成高标准农田1.25万亩、高效节水灌溉3200亩,部分工程因降雨顺延至次年一季度完工。"}
    doc["score_total"] = "92.62"                        # the 得分 cell of the 总分 row
    doc["grade"] = "优"

    def ind(l1, l2, nm, t, a, w, sc, dev=None):
        r = {"type": "indicator", "doc": fname, "seq": None, "level1": l1, "level2": l2, "name": nm,
             "task": None, "category": category(l1, l2), "op": t[0], "value": t[1], "kind": t[2],
             "unit": t[3], "actual": None if a is None else dict(zip(("op", "value", "kind", "unit"), a)),
             "weight": w, "score": sc, "deviation": dev}
        return r

    # each line: the row as printed, then what it says
    inds = [
        # 产出指标(50分) | 数量指标 | 新建高标准农田面积 | ≥1.2万亩 | 1.25万亩 | 10 | 10
        ind("产出指标", "数量指标", "新建高标准农田面积", (">=", "1.2", "number", "万亩"),
            (None, "1.25", "number", "万亩"), "10", "10"),
        # (labels merged above) 高效节水灌溉面积 | ≥3000亩 | 3200亩 | 10 | 10
        ind("产出指标", "数量指标", "高效节水灌溉面积", (">=", "3000", "number", "亩"),
            (None, "3200", "number", "亩"), "10", "10"),
        # 质量指标 | 工程验收合格率 | ≥95百分比 | 100百分比: 百分比 is the unit %
        ind("产出指标", "质量指标", "工程验收合格率", (">=", "95", "number", "%"),
            (None, "100", "number", "%"), "10", "10"),
        # 时效指标 | 项目完工时间 | 2023年12月31日前 (before: <=) | 2024年3月15日 | 10 | 6 | 偏差…
        ind("产出指标", "时效指标", "项目完工时间", ("<=", "2023-12-31", "date", None),
            (None, "2024-03-15", "date", None), "10", "6",
            "受持续降雨影响工期顺延,已督促施工单位加快进度"),
        # 成本指标 (a level-2 under 产出 in the 2020 framework) | ≤1500元/亩 | 1486元/亩
        ind("产出指标", "成本指标", "亩均财政投入", ("<=", "1500", "number", "元/亩"),
            (None, "1486", "number", "元/亩"), "10", "10"),
        # 效益指标（30分） | 经济效益指标 | 亩均增产粮食 | ≥50公斤 | 52公斤
        ind("效益指标", "经济效益指标", "亩均增产粮食", (">=", "50", "number", "公斤"),
            (None, "52", "number", "公斤"), "10", "10"),
        # 社会效益指标 | 受益农户数 | ≥3000户 | 达成预期指标 (prose) | 10 | 9 | 偏差…
        ind("效益指标", "社会效益指标", "受益农户数", (">=", "3000", "number", "户"),
            (None, "达成预期指标", "text", None), "10", "9", "受益农户数统计口径待核实"),
        # 可持续影响指标 | 工程设施正常运行年限 | ≥15年 | 基本达到 (prose) | 10 | 8 | 偏差…
        ind("效益指标", "可持续影响指标", "工程设施正常运行年限", (">=", "15", "number", "年"),
            (None, "基本达到", "text", None), "10", "8", "管护机制尚在完善"),
        # 满意度指标（10分） | 服务对象满意度指标 | 受益农户满意度 | ≥90% | 94.5%
        ind("满意度指标", "服务对象满意度指标", "受益农户满意度", (">=", "90", "number", "%"),
            (None, "94.5", "number", "%"), "10", "10"),
    ]
    # weights: 50 + 30 + 10 + the funds' 10 = 100; scores: 46 + 27 + 10 + 9.62 = 92.62
    assert sum(int(r["weight"]) for r in inds) == 90
    assert abs(sum(float(r["score"]) for r in inds) + 9.62 - 92.62) < 1e-9

    # the funds block is the document's first recognized table
    def funds(row, item, *figs):
        return dict(zip(FUNDS_KEYS, ["funds", fname, 1, row, item] + list(figs)))
    extra = [
        funds(1, "年度资金总额", "1500", "1480", "1423.6", "10", "96.19", "9.62"),
        funds(2, "其中:本年财政拨款", "1200", "1180", "1123.6", None, None, None),
        funds(3, "上年结转资金", "300", "300", "300", None, None, None),
        funds(4, "其他资金", None, None, None, None, None, None),
    ]
    # 执行率 = 1423.6 / 1480 = 96.19%; 得分 = 10 × 96.19% = 9.62; 1200 + 300 = 1500 …
    assert round(1423.6 / 1480 * 100, 2) == 96.19 and round(10 * 0.9619, 2) == 9.62
    assert 1200 + 300 == 1500 and 1180 + 300 == 1480 and abs(1123.6 + 300 - 1423.6) < 1e-9
    emit(fname, text.encode("utf-8"))
    emit(name + ".expected.jsonl", jsonl([doc] + inds + extra))
    SUMMARY.append((fname, len(inds),
                    "self-evaluation (项目支出绩效自评表, agriculture): `（2023）年度` title; codes before "
                    "the 主管部门 and 实施单位 (305-, 305001-); the 项目资金 block with thousands separators, "
                    "dashes and an empty 其他资金 row; 年度总体目标 预期目标/实际完成情况 texts; group weights in "
                    "level-1 labels; units as words (百分比); prose actuals (达成预期指标, 基本达到); a date "
                    "actual after its deadline with points deducted; 偏差原因; 总分 row with the 自评得分 in "
                    "its 得分 column; 自评等级"))


# ==========================================================================
# tests/seeds/001_evaluation_report.expected.jsonl — the target table of the
# real report shared/seeds/001_evaluation_report.txt (section 3.年度绩效指标),
# transcribed by hand from the source rows (quoted beside each record).

def seed001():
    doc = "001_evaluation_report.txt"
    groups = [
        G("产出", "产出数量", [
            I("科技重大专项支持数量", T(None, "65", "项"), raw="65 项"),
            I("研发投入后补助项目数量", T(">=", "300", "项"), raw="≥ 300 项"),
            I("科技计划项目支持类型", T(None, "3", "类"), raw="3 类"),
            I("科技创新企业支持数量", T(">=", "761", "家"), raw="≥ 761 家"),
            I("新型研发机构支持数量", T(">=", "8", "家"), raw="≥ 8 家"),
            I("创新平台支持类型", T(None, "3", "类"), raw="3 类"),
            I("科技人才计划数量", T(None, "4", "个"), raw="4 个"),
            I("科技条件建设数量", T(None, "5", "个"), raw="5 个"),
        ]),
        G("产出", "产出质量", [
            I("支持对象资格符合率", T(None, "100", "%"), raw="100%"),
            I("支持项目程序合规性", X("合规")),
            I("差异化考核通过率", T(None, "100", "%"), raw="100%"),
        ]),
        G("产出", "产出时效", [
            I("经费支出及时性", X("及时")),
        ]),
        G("产出", "产出成本", [
            I("支持资金发放标准符合率", T(None, "100", "%"), raw="100%"),
        ]),
        G("效益", "经济效益", [
            I("研发投入强度", T(">=", "2.20", "%"), raw="≥2.20%"),
            I("技术合同登记成交额", T(None, "100", "亿元"), raw="100 亿元"),
        ]),
        G("效益", "社会效益", [
            I("科技投入资源配置有效率", T(None, "100", "%"), raw="100%"),
            I("科技投入效能", X("提升")),
            I("城市科技创新能力", X("强化")),
            I("科技创新驱动力", X("提升")),
        ]),
        G("效益", "满意度", [
            I("补助对象满意度", T(None, "90", "%"), raw="90%"),
        ]),
    ]
    inds = flatten(groups, seq=False)
    # Cross-check against the real source: every row of the table must read back as the truth.
    src = os.path.join(MAIN, "..", "shared", "seeds", doc)
    if os.path.exists(src):
        with open(src, encoding="utf-8") as f:
            lines = f.read().split("\n")
        start = lines.index("3.年度绩效指标")
        rows = [l.split("\t") for l in lines[start:start + 30] if l.count("\t") == 3 and not l.startswith("一级指标")]
        assert len(rows) == len(inds) == 20, len(rows)
        for r, i in zip(rows, inds):
            assert norm(r[2]) == i.name and combined(i.t, i.raw) == r[3], (r, i.name)
    for i in inds:
        combined(i.t, i.raw)
    meta = dict(title="2022年度南昌市科技发展专项绩效评价报告", kind="evaluation-report", year=2022,
                org="南昌市科学技术局", project="2022年度南昌市科技发展专项")
    recs = [doc_record(doc, "text", "UTF-8", meta)] + [ind_record(doc, i) for i in inds]
    return jsonl(recs), len(inds)


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12, doc13, doc14,
        doc15]


def build():
    for d in DOCS:
        d()
    data, n = seed001()
    return data, n


def main(argv):
    check_only = "--check" in argv
    seed_data, seed_n = build()
    targets = {os.path.join(CORPUS, k): v for k, v in OUT.items()}
    targets[os.path.join(SEEDS_OUT, "001_evaluation_report.expected.jsonl")] = seed_data
    bad = []
    for path, data in sorted(targets.items()):
        if check_only:
            try:
                with open(path, "rb") as f:
                    if f.read() != data:
                        bad.append(path)
            except FileNotFoundError:
                bad.append(path)
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
    # files in corpus/ that the generator does not make
    known = set(targets) | {os.path.join(CORPUS, "README.md")}
    strays = [os.path.join(CORPUS, f) for f in sorted(os.listdir(CORPUS))
              if os.path.isfile(os.path.join(CORPUS, f)) and os.path.join(CORPUS, f) not in known]
    total = 0
    for path in sorted(targets):
        if path.endswith(".expected.jsonl") and os.path.exists(path):
            n = check_expected(path)
            if os.path.dirname(path) == CORPUS:
                total += n
    if check_only:
        for p in bad:
            print("differs:", os.path.relpath(p, MAIN))
        for p in strays:
            print("not generated:", os.path.relpath(p, MAIN))
        return 1 if bad or strays else 0
    for f, n, covers in SUMMARY:
        print("%-48s %3d  %s" % (f, n, covers[:70]))
    print("corpus: %d documents, %d indicator records; seeds/001: %d records" % (len(SUMMARY), total, seed_n))
    for p in strays:
        print("warning: not generated:", os.path.relpath(p, MAIN))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
