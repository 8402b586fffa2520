#!/usr/bin/python3
"""Validates records against docs/record.schema.json with a maintained JSON
Schema validator (Debian's python3-jsonschema, Draft 2020-12).

    schema_check.py SCHEMA RECORDS_DIR

1. The schema itself is checked against its metaschema.
2. Hand-made records: each good one must pass, each broken one must fail at
   the place it is broken (the JSON path of the error), so the schema keeps
   catching every kind of mistake it was written for.
3. Every record the other test suites produced during this ctest run (each
   suite appends what it parsed to RECORDS_DIR/<suite>.jsonl) must pass.  A
   run that produced no records fails: validation cannot pass by skipping.
"""
import copy
import glob
import json
import os
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:
    sys.exit("schema_check: python3-jsonschema is missing; run `make deps` "
             "(apt-get install python3-jsonschema)")

GOOD_DOCUMENT = {
    "type": "document", "doc": "a.txt", "source": "corpus/a.txt",
    "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "format": "text", "encoding": "UTF-8", "pages": None, "title": "专项资金绩效目标表",
    "kind": "target-table", "year": 2023, "org": "南昌市科学技术局",
    "project": "市级科技发展专项资金",
    "amount": {"value": "58600", "unit": "万元", "text": "申请金额: 58600"},
    "warnings": [],
}
GOOD_INDICATOR = {
    "type": "indicator", "doc": "a.txt", "table": 1, "row": 4, "page": None, "seq": 4,
    "level1": "产出指标", "level2": "数量指标", "name": "企业研发费用后补助项目数",
    "task": None, "category": "output.quantity", "op": ">=", "value": "360",
    "kind": "number", "unit": "项", "text": "≥ | 360 | 项", "flags": ["filled-down"],
}
GOOD_SCORE = {
    "type": "score", "doc": "r.txt", "table": 2, "row": 3, "page": None, "code": "A11",
    "level1": "决策", "level2": "项目立项", "name": "立项依据充分性", "weight": "3",
    "score": "2.5", "rate": "83.33", "reason": "依据不足",
}
GOOD_FACT = {
    "type": "fact", "doc": "r.txt", "page": None, "subject": "“揭榜挂帅”制项目",
    "budget": {"value": "2200", "unit": "万元"}, "spent": {"value": "900", "unit": "万元"},
    "rate": "40.9", "text": "本项目年度预算2200万元，实际支出900万元，预算执行率40.9%",
}
GOOD_BUDGET = {
    "type": "budget", "doc": "r.txt", "table": 1, "row": 1, "page": None, "name": "科技重大专项",
    "budget": {"value": "5461.40", "unit": "万元"}, "spent": {"value": "4071.20", "unit": "万元"},
    "rate": "74.54", "text": "1 | 科技重大专项 | 5,461.40 | 4,071.20 | 74.54%",
}
GOOD_FINDING = {
    "type": "finding", "doc": "r.txt", "severity": "error", "rule": "score.sum",
    "message": "决策 scores add up to 19.5, the table says 20",
    "where": {"table": 2, "row": 7, "page": None}, "expected": "20", "found": "19.5",
}
DROP = object()  # a change that removes the key


def variant(base, **changes):
    rec = copy.deepcopy(base)
    for key, value in changes.items():
        if value is DROP:
            rec.pop(key, None)
        else:
            rec[key] = value
    return rec


HALF = {"op": ">=", "value": "180", "kind": "number", "unit": "项", "text": "≥180项"}

GOOD = [
    ("document", GOOD_DOCUMENT),
    ("document without amount", variant(GOOD_DOCUMENT, amount=None)),
    ("PDF document", variant(GOOD_DOCUMENT, format="pdf", pages=12)),
    ("document without year", variant(GOOD_DOCUMENT, year=None)),
    ("document with warnings and notes",
     variant(GOOD_DOCUMENT, warnings=["page 3 has no text layer"], notes=["注:以批复为准"])),
    ("evaluation report document",
     variant(GOOD_DOCUMENT, kind="evaluation-report", score_total="90.07", grade="优",
             evaluator="北京中泽融信管理咨询有限公司",
             bands=["优>=90", "良>=80", "中>=60", "差>=0"])),
    ("document without score or grade", variant(GOOD_DOCUMENT, score_total=None, grade=None,
                                                evaluator=None)),
    ("bands with a strict bound", variant(GOOD_DOCUMENT, bands=["优>90", "良>80.5", "差>=0"])),
    ("indicator", GOOD_INDICATOR),
    ("negative decimal value", variant(GOOD_INDICATOR, value="-2.5")),
    ("indicator with page", variant(GOOD_INDICATOR, page=3)),
    ("indicator without seq", variant(GOOD_INDICATOR, seq=None)),
    ("level-1 category", variant(GOOD_INDICATOR, category="decision")),
    ("unknown category", variant(GOOD_INDICATOR, category=None)),
    ("indicator with task", variant(GOOD_INDICATOR, task="科技重大专项")),
    ("indicator without level2", variant(GOOD_INDICATOR, level2="")),
    ("a key added in a later format (records are additive)",
     variant(GOOD_INDICATOR, extra={"later": True})),
    ("date indicator", variant(GOOD_INDICATOR, kind="date", value="2023-12-31", op="<=", unit=None)),
    ("text indicator without op", variant(GOOD_INDICATOR, kind="text", value="按时完成", op=None, unit=None)),
    ("indicator with a half-year target", variant(GOOD_INDICATOR, half=HALF)),
    ("indicator with an empty half", variant(GOOD_INDICATOR, half=None)),
    ("score", GOOD_SCORE),
    ("score summary row", variant(GOOD_SCORE, code=None, level1=None, level2=None, name="合计",
                                  weight="100", score="90.07", rate=None, reason=DROP)),
    ("score parent without a printed weight",
     variant(GOOD_SCORE, level2=None, name="决策", weight=None, score=None, rate=None)),
    ("indicator-system row (no 得分)", variant(GOOD_SCORE, score=None, rate=None)),
    ("budget", GOOD_BUDGET),
    ("budget line with only an amount", variant(GOOD_BUDGET, spent=None, rate=None,
                                                 budget={"value": "1004.40", "unit": None})),
    ("budget summary row", variant(GOOD_BUDGET, name="合计")),
    ("fact", GOOD_FACT),
    ("fact without budget", variant(GOOD_FACT, budget=None)),
    ("fact with the funds that reached it",
     variant(GOOD_FACT, available={"value": "28", "unit": "万元"})),
    ("finding", GOOD_FINDING),
    ("finding rule", variant(GOOD_FINDING, rule="score.cross-table")),
    ("non-arithmetic finding", variant(GOOD_FINDING, expected=DROP, found=DROP)),
]

# (what, record, the JSON path the error must point at: "" is the record itself)
BAD = [
    ('op "=>"', variant(GOOD_INDICATOR, op="=>"), "op"),
    ('op "≥"', variant(GOOD_INDICATOR, op="≥"), "op"),
    ('op ""', variant(GOOD_INDICATOR, op=""), "op"),
    ('half.op "ge"', variant(GOOD_INDICATOR, half=dict(HALF, op="ge")), "half/op"),
    ("value as a JSON integer", variant(GOOD_INDICATOR, value=360), "value"),
    ("value as a JSON float", variant(GOOD_INDICATOR, value=2.1), "value"),
    ("weight as a JSON float", variant(GOOD_SCORE, weight=10.5), "weight"),
    ("score with an exponent", variant(GOOD_SCORE, score="1e3"), "score"),
    ("rate with a percent sign", variant(GOOD_SCORE, rate="68.06%"), "rate"),
    ("thousands separator", variant(GOOD_INDICATOR, value="58,600"), "value"),
    ("full-width digits", variant(GOOD_INDICATOR, value="１００"), "value"),
    ("no integer part", variant(GOOD_INDICATOR, value=".5"), "value"),
    ("amount.value as a JSON number",
     variant(GOOD_DOCUMENT, amount={"value": 58600, "unit": "万元", "text": "58600"}),
     "amount/value"),
    ("finding.found as a float", variant(GOOD_FINDING, found=19.5), "found"),
    ("seq 4.5", variant(GOOD_INDICATOR, seq=4.5), "seq"),
    ("seq as a string", variant(GOOD_INDICATOR, seq="4"), "seq"),
    ("year as a string", variant(GOOD_DOCUMENT, year="2023"), "year"),
    ("score_total as a JSON number", variant(GOOD_DOCUMENT, score_total=90.07), "score_total"),
    ("a band without its bound", variant(GOOD_DOCUMENT, bands=["优>=90", "良"]), "bands/1"),
    ("a band with ≥", variant(GOOD_DOCUMENT, bands=["优≥90"]), "bands/0"),
    ("score without weight", variant(GOOD_SCORE, weight=DROP), ""),
    ("fact without text", variant(GOOD_FACT, text=DROP), ""),
    ("budget without text", variant(GOOD_BUDGET, text=DROP), ""),
    ("budget rate with a percent sign", variant(GOOD_BUDGET, rate="74.54%"), "rate"),
    ("budget value with a separator",
     variant(GOOD_BUDGET, budget={"value": "5,461.40", "unit": "万元"}), "budget/value"),
    ("budget as a bare number", variant(GOOD_BUDGET, spent="4071.20"), "spent"),
    ("finding without rule", variant(GOOD_FINDING, rule=DROP), ""),
    ("half without unit", variant(GOOD_INDICATOR, half={k: v for k, v in HALF.items() if k != "unit"}),
     "half"),
    ("record without type", variant(GOOD_INDICATOR, type=DROP), ""),
    ("number kind with a date value", variant(GOOD_INDICATOR, value="2023-12-31"), "value"),
    ("half-year date", variant(GOOD_INDICATOR, half=dict(HALF, op="<=", value="2023.6.30",
                                                         kind="date", unit=None)), "half/value"),
    ("unknown kind", variant(GOOD_INDICATOR, kind="integer"), "kind"),
    ("unknown record type", variant(GOOD_INDICATOR, type="bogus"), ""),
    ("table 0", variant(GOOD_INDICATOR, table=0), "table"),
    ("row -1", variant(GOOD_INDICATOR, row=-1), "row"),
    ("page 0", variant(GOOD_INDICATOR, page=0), "page"),
    ("flags as a string", variant(GOOD_INDICATOR, flags="filled-down"), "flags"),
    ("a number in flags", variant(GOOD_INDICATOR, flags=["ok", 3]), "flags/1"),
    ("unit as a list", variant(GOOD_INDICATOR, unit=[]), "unit"),
    ("half as a string", variant(GOOD_INDICATOR, half="≥180"), "half"),
    ("document format", variant(GOOD_DOCUMENT, format="pptx"), "format"),
    ("document kind", variant(GOOD_DOCUMENT, kind="report"), "kind"),
    ("short sha256", variant(GOOD_DOCUMENT, sha256="abc"), "sha256"),
    ("warnings null", variant(GOOD_DOCUMENT, warnings=None), "warnings"),
    ("amount without text", variant(GOOD_DOCUMENT, amount={"value": "1", "unit": "万元"}), "amount"),
    ("doc with a directory", variant(GOOD_DOCUMENT, doc="corpus/a.txt"), "doc"),
    ("finding severity", variant(GOOD_FINDING, severity="fatal"), "severity"),
    ("fact spent value", variant(GOOD_FACT, spent={"value": "9百", "unit": "万元"}), "spent/value"),
    ("fact available as a bare number", variant(GOOD_FACT, available="28"), "available"),
    ("an array, not a record", [1, 2], ""),
]
for key in ["doc", "table", "row", "page", "seq", "level1", "level2", "name", "task",
            "category", "op", "value", "kind", "unit", "text", "flags"]:
    BAD.append((f"indicator without {key}", variant(GOOD_INDICATOR, **{key: DROP}), ""))
for key in ["doc", "source", "sha256", "format", "encoding", "pages", "title", "kind", "year",
            "org", "project", "amount", "warnings"]:
    BAD.append((f"document without {key}", variant(GOOD_DOCUMENT, **{key: DROP}), ""))
for value in ["2023/12/31", "2023年12月31日", "2023-12-31T00:00", "年底", "23-12-31"]:
    BAD.append((f"date value {value}", variant(GOOD_INDICATOR, kind="date", value=value), "value"))
for value in ["Output.Quantity", "output.quantity.extra", "output.", "产出", "output quantity", "", 1]:
    BAD.append((f"category {value!r}", variant(GOOD_INDICATOR, category=value), "category"))


def error_paths(error):
    """Every path an error (and, under oneOf/anyOf, its causes) points at."""
    paths = {"/".join(str(p) for p in error.absolute_path)}
    for sub in error.context or []:
        paths |= error_paths(sub)
    return paths


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    schema_path, records_dir = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    problems = []

    for what, rec in GOOD:
        for e in validator.iter_errors(rec):
            problems.append(f"good record '{what}' fails: /{'/'.join(map(str, e.absolute_path))}: {e.message}")
    for what, rec, path in BAD:
        errors = list(validator.iter_errors(rec))
        if not errors:
            problems.append(f"broken record '{what}' passes the schema")
        elif not any(path in error_paths(e) for e in errors):
            found = sorted(set().union(*(error_paths(e) for e in errors)))
            problems.append(f"broken record '{what}': no error at /{path} (errors at {found})")

    files = sorted(glob.glob(os.path.join(records_dir, "*.jsonl")))
    total = 0
    for name in files:
        with open(name, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                total += 1
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    problems.append(f"{os.path.basename(name)}:{lineno}: not JSON: {e}")
                    continue
                for e in validator.iter_errors(rec):
                    where = "/".join(map(str, e.absolute_path))
                    problems.append(f"{os.path.basename(name)}:{lineno}: {rec.get('type') if isinstance(rec, dict) else '?'} "
                                    f"{rec.get('doc') if isinstance(rec, dict) else ''}: /{where}: {e.message}")
    print(f"schema_check: {len(GOOD)} good and {len(BAD)} broken hand-made records; "
          f"{total} records from {len(files)} test suites")
    if total == 0:
        if os.environ.get("CI", "") not in ("", "0", "false"):
            problems.append(f"no records in {records_dir}: the suites that dump them did not run")
        else:
            print(f"SKIP (records): none in {records_dir} — only some suites were run")
    for p in problems[:50]:
        print("FAIL:", p)
    if len(problems) > 50:
        print(f"... and {len(problems) - 50} more")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
