#!/usr/bin/env python3
"""The reference tables (../shared/seeds) through real converters.

The generated corpus (forms.py) varies what real forms vary, but its forms are
the generator's: the reference documents in ../shared/seeds are tables other
bureaus made -- a metadata block with long HTML-laden paragraphs in the same
table as the indicators, rows of their own widths, labels over many rows.
This prints each reference target table (a tab-separated dump with an
expected file) the way a bureau publishes it and dumps it the way users get
it, so the accuracy benchmark also measures real forms through real
converters:

    html            the table as HTML: a short row's last cell spans the rest,
                    a line between rows is a paragraph between two tables
    csv             the rows as CSV, each with its own width (a script's or a
                    scraper's export, not a spreadsheet's padded one)
    chromium, chromium-layout
                    the HTML printed by Chromium (headless), the PDF itself and
                    pdftotext -layout of it
    wkhtml, wkhtml-layout
                    the same printed by wkhtmltopdf
    lo, lo-layout   the same laid out by LibreOffice (Writer/Web, soffice
                    --convert-to pdf)
    lo-raw          plain pdftotext of LibreOffice's PDF

Families: `ruled` (border="1" on every table) and `borderless` (no rules: the
PDF readers must find the columns from the words).  Expected records are the
seed's own expected file, its `doc` renamed; `optional` and `level2_alt` keep
their meaning (tests/support/score.c).

    python3 corpus/gen/seeds.py [--seeds DIR] [--out DIR] [--converters a,b]

Output: DIR/<converter>/<family>/<seed id>.<ext> with <seed id>.expected.jsonl.
Without the seeds folder it says so and writes nothing (exit status 2).
Standard library only.
"""
import argparse
import csv
import html
import io
import json
import os
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import forms as F  # noqa: E402  run, fresh, soffice_batches, tool_jobs, HTML_PRINTERS

FAMILIES = ("ruled", "borderless")
# converter: (extension, the file it reads: "html" or the PDF of a printer)
CONVERTERS = {
    "html": "html", "csv": "csv",
    "chromium": "pdf", "chromium-layout": "txt",
    "wkhtml": "pdf", "wkhtml-layout": "txt",
    "lo": "pdf", "lo-layout": "txt", "lo-raw": "txt",
}
PRINTERS = {"chromium": F.HTML_PRINTERS["chromium"], "wkhtml": F.HTML_PRINTERS["wkhtml"]}


def seed_tables(seeds):
    """(id, dump path, expected path) of every seed that is a target table as a tab dump."""
    out = []
    for fn in sorted(os.listdir(seeds)):
        m = re.fullmatch(r"(\d+_.*)\.txt", fn)
        exp = os.path.join(seeds, m.group(1) + ".expected.jsonl") if m else None
        if not m or not os.path.exists(exp):
            continue
        with open(os.path.join(seeds, fn), encoding="utf-8") as fh:
            text = fh.read()
        if text.count("\t") < 20:
            continue  # not a tab dump
        out.append((m.group(1), os.path.join(seeds, fn), exp))
    return out


def rows_of(path):
    """The dump's lines as lists of cells, trailing empty cells dropped."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            cells = [c.strip() for c in line.rstrip("\r\n").split("\t")]
            while len(cells) > 1 and not cells[-1]:
                cells.pop()
            rows.append(cells)
    return rows


def to_html(rows, ruled):
    """Runs of rows of two cells or more are tables (a short row's last cell spans the
    rest of the widest row of its run); single cells are paragraphs."""
    border = ' border="1" cellspacing="0" cellpadding="2"' if ruled else ' cellspacing="0" cellpadding="2"'
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title></title>',
           '<style>body{font-family:"Noto Sans CJK SC",sans-serif;font-size:10pt}</style></head><body>']
    i = 0
    while i < len(rows):
        if len(rows[i]) < 2:
            if rows[i][0]:
                out.append("<p>%s</p>" % html.escape(rows[i][0]))
            i += 1
            continue
        j = i
        while j < len(rows) and len(rows[j]) >= 2:
            j += 1
        width = max(len(r) for r in rows[i:j])
        out.append("<table%s>" % border)
        for r in rows[i:j]:
            tds = []
            for k, c in enumerate(r):
                span = width - len(r) + 1 if k == len(r) - 1 and len(r) < width else 1
                tds.append("<td%s>%s</td>" % (' colspan="%d"' % span if span > 1 else "", html.escape(c)))
            out.append("<tr>%s</tr>" % "".join(tds))
        out.append("</table>")
        i = j
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def to_csv(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(r if any(r) else [])
    return buf.getvalue()


def expected_for(exp_path, doc):
    lines = []
    with open(exp_path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                rec["doc"] = doc
                lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def write_if_changed(path, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    if os.path.exists(path):
        with open(path, "rb") as fh:
            old = fh.read()
        if old == (data if isinstance(data, bytes) else data.encode("utf-8")):
            return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as fh:
        fh.write(data)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", default=os.path.join(os.environ.get("JX_SHARED_DIR", os.path.join(MAIN, "..", "shared")),
                                                   "seeds"))
    ap.add_argument("--out", default=os.path.join(MAIN, "bench", "data", "seeds"))
    ap.add_argument("--converters", default=",".join(CONVERTERS))
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args(argv)
    convs = [c for c in a.converters.split(",") if c]
    for c in convs:
        if c not in CONVERTERS:
            ap.error("unknown converter %s" % c)
    if not os.path.isdir(a.seeds):
        print("seeds.py: %s not found (set JX_SHARED_DIR to the shared folder); nothing written" % a.seeds,
              file=sys.stderr)
        return 2
    tools = {"pdftotext"} | ({"chromium"} if any(c.startswith("chromium") for c in convs) else set()) | \
            ({"wkhtmltopdf"} if any(c.startswith("wkhtml") for c in convs) else set()) | \
            ({"soffice"} if any(c.startswith("lo") for c in convs) else set())
    for t in sorted(tools):
        if shutil.which(t) is None:
            sys.exit("seeds.py: %s not found (apt-get install poppler-utils chromium wkhtmltopdf "
                     "libreoffice-writer-nogui fonts-noto-cjk)" % t)
    out = os.path.abspath(a.out)
    work = out + ".work"
    seeds = seed_tables(a.seeds)
    sjobs, tjobs, pdfs = [], [], {}
    for fam in FAMILIES:
        for sid, dump, _ in seeds:
            rows = rows_of(dump)
            src = os.path.join(work, "html", fam, sid + ".html")
            write_if_changed(src, to_html(rows, fam == "ruled"))
            write_if_changed(os.path.join(work, "csv", fam, sid + ".csv"), to_csv(rows))
            for printer, cmd in PRINTERS.items():
                pdf = os.path.join(work, printer, fam, sid + ".pdf")
                if printer in convs or printer + "-layout" in convs:
                    os.makedirs(os.path.dirname(pdf), exist_ok=True)
                    tjobs.append((cmd(src, pdf), src, pdf, False))
                pdfs[(printer, fam, sid)] = pdf
            lo = os.path.join(work, "lo", fam)
            if {"lo", "lo-layout", "lo-raw"} & set(convs):
                sjobs.append((src, "pdf:writer_web_pdf_Export", lo, os.path.join(lo, sid + ".pdf")))
            pdfs[("lo", fam, sid)] = os.path.join(lo, sid + ".pdf")
    F.soffice_batches(sjobs, work, a.jobs)
    F.tool_jobs(tjobs, a.jobs)
    dumps = []
    for (printer, fam, sid), pdf in pdfs.items():
        for conv, args in ((printer + "-layout", ["-layout"]), (printer + "-raw", [])):
            if conv in convs:
                txt = os.path.join(work, conv, fam, sid + ".txt")
                os.makedirs(os.path.dirname(txt), exist_ok=True)
                dumps.append((["pdftotext"] + args + ["-enc", "UTF-8", pdf, txt], pdf, txt, False))
    F.tool_jobs(dumps, a.jobs)
    n = 0
    for conv in convs:
        ext = CONVERTERS[conv]
        for fam in FAMILIES:
            if conv == "csv" and fam != FAMILIES[0]:
                continue  # a CSV has no rules: one family
            for sid, _, exp in seeds:
                if conv in ("html", "csv"):
                    made = os.path.join(work, conv, fam, sid + "." + ext)
                elif ext == "pdf":
                    made = pdfs[(conv, fam, sid)]
                else:
                    made = os.path.join(work, conv, fam, sid + ".txt")
                if not os.path.exists(made):
                    print("seeds.py: %s did not come out; left out" % made, file=sys.stderr)
                    continue
                dest = os.path.join(out, conv, fam, sid + "." + ext)
                with open(made, "rb") as fh:
                    write_if_changed(dest, fh.read())
                write_if_changed(os.path.join(out, conv, fam, sid + ".expected.jsonl"),
                                 expected_for(exp, sid + "." + ext))
                n += 1
    print("seeds.py: %d documents from %d reference tables under %s" % (n, len(seeds), out), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
