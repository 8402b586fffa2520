#!/usr/bin/env python3
"""Cell streams: the forms a table's text takes when it loses its columns.

Derived from the Writer HTML exports forms.py renders (ROOT/writer-html), the
same documents as text that was copied or scraped from a web page:

    stream-cells    one cell per line (a browser's "copy all", many crawlers):
                    merged cells once, empty cells gone, a cell's paragraphs
                    on lines of their own
    stream-spaces   one row per line, its cells between single spaces (copy
                    from a PDF viewer, an .xls shown as text)
    stream-pipes    one row per line, `|` between cells, empty and merged
                    cells as empty ones
    stream-runon    one row per line, cells run together with no separator
                    (OCR output, document-sharing sites)
    stream-ocr      stream-spaces with OCR's look-alikes in figures and
                    operators: 0 read as O, 1 as l or I, ≥ as ≧, % as ％
                    (a few per table, seeded by the document id)
    stream-tabs     one row per line, a tab between cells, as document-extraction
                    services (layout models reading a PDF) write a table: a merged
                    cell's text on the middle row of its span (where the page
                    centres it), the other rows it covers empty; a cell of several
                    paragraphs as <p>…</p> <p>…</p>; some comparisons as LaTeX
                    ($\geq 85\%$)
    stream-tabs-shift
                    one row per line, a tab between the cells each <tr> holds, as a
                    scraper flattens an HTML table: positions a span from above
                    covers are left out, so the row's cells shift left; paragraphs
                    and comparisons as in stream-tabs

Text outside the table (title, metadata, notes) stays one paragraph per line.
The expected records are the HTML's, with the document name changed.  Pure
Python: no converter needed, so it runs wherever forms.py's output exists.

    python3 corpus/gen/streams.py ROOT [FORM...]   (ROOT as for forms.py --out;
                                                  all forms unless some are named)
"""
import html.parser
import json
import os
import random
import re
import sys

FORMS = ("stream-cells", "stream-spaces", "stream-pipes", "stream-runon", "stream-ocr",
         "stream-tabs", "stream-tabs-shift")


class Reader(html.parser.HTMLParser):
    """Blocks of an HTML page in order: ("text", str) or ("table", rows), a
    row being a list of (text_paragraphs, rowspan, colspan)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.depth = 0          # table nesting
        self.rows = None
        self.cell = None        # list of paragraphs of the open cell
        self.para = []          # text of the open paragraph
        self.spans = (1, 1)
        self.hidden = 0         # inside <style>, <script>, <title>

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("style", "script", "title"):
            self.hidden += 1
        elif tag == "table":
            self.flush_outside()
            self.depth += 1
            if self.depth == 1:
                self.rows = []
        elif tag == "tr" and self.depth == 1:
            self.rows.append([])
        elif tag in ("td", "th") and self.depth == 1:
            self.cell = []
            self.para = []
            self.spans = (int(a.get("rowspan", 1)), int(a.get("colspan", 1)))
        elif tag in ("p", "br", "h1", "h2", "h3", "div"):
            self.end_para()

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.hidden -= 1
        elif tag == "table":
            self.depth -= 1
            if self.depth == 0:
                self.blocks.append(("table", self.rows))
                self.rows = None
        elif tag in ("td", "th") and self.depth == 1 and self.cell is not None:
            self.end_para()
            self.rows[-1].append((self.cell, self.spans[0], self.spans[1]))
            self.cell = None
        elif tag in ("p", "h1", "h2", "h3", "div"):
            self.end_para()

    def handle_data(self, data):
        if not self.hidden:
            self.para.append(data)

    def end_para(self):
        text = re.sub(r"\s+", " ", "".join(self.para)).strip()
        self.para = []
        if not text:
            return
        if self.cell is not None:
            self.cell.append(text)
        elif self.depth == 0:
            self.blocks.append(("text", text))

    def flush_outside(self):
        self.end_para()

    def close(self):
        super().close()
        self.end_para()


def grid_of(rows):
    """The rows with merged cells laid out: each row a list of (text, origin)
    where origin is True for the cell's own position, False for a position a
    span from elsewhere covers."""
    taken = {}
    out = []
    for r, row in enumerate(rows):
        cells = []
        c = 0
        for paras, rs, cs in row:
            while (r, c) in taken:
                cells.append(("", False))
                c += 1
            for dr in range(rs):
                for dc in range(cs):
                    if dr or dc:
                        taken[(r + dr, c + dc)] = True
            cells.append((paras, True))
            for _ in range(cs - 1):
                cells.append(("", False))
            c += cs
        while (r, c) in taken:
            cells.append(("", False))
            c += 1
        out.append(cells)
    return out


def centred_grid_of(rows):
    """grid_of, with a cell merged down over several rows moved to the middle
    row of its span (the upper middle for an even span), as a reader of the
    printed page sees a vertically centred label."""
    taken = {}
    placed = {}
    width = 0
    for r, row in enumerate(rows):
        c = 0
        for paras, rs, cs in row:
            while (r, c) in taken:
                c += 1
            for dr in range(rs):
                for dc in range(cs):
                    taken[(r + dr, c + dc)] = True
            placed[(r + (rs - 1) // 2, c)] = paras
            c += cs
            width = max(width, c)
    return [[placed.get((r, c), "") for c in range(width)] for r in range(len(rows))]


def tagged_paras(paras):
    """A cell's paragraphs as an extraction service writes them: one
    paragraph as it is, several each in <p>…</p>, a space between."""
    if not paras:
        return ""
    if len(paras) == 1:
        return paras[0]
    return " ".join("<p>%s</p>" % p for p in paras)


LATEX_OPS = {"≥": r"\geq", "≤": r"\leq", ">": ">", "<": "<", "=": "="}
LATEX_COMPARISON = re.compile(r"^([≥≤<>=])\s*([0-9][0-9,.]*)(%?)(.*)$")


def latex_comparison(text, rng):
    """Some targets like ≥85% written as LaTeX ($\geq 85\%$), as a layout
    model transcribes a comparison it reads as a formula (about one in three)."""
    m = LATEX_COMPARISON.match(text)
    if not m or rng.random() > 0.35:
        return text
    op, num, pct, rest = m.groups()
    return "$%s %s%s$%s" % (LATEX_OPS[op], num, "\\%" if pct else "", rest)


def join_paras(paras):
    """A cell's paragraphs as one text: CJK joins with nothing."""
    return "".join(paras) if paras else ""


LOOKALIKES = {"0": "O", "1": "lI", "≥": "≧", "≤": "≦", "%": "％"}


def ocr_damage(text, seed):
    """Swaps some figures and operators in `text` for OCR's look-alikes: a
    digit only where a digit stands beside it (so the reading stays certain)."""
    rng = random.Random(seed)
    out = list(text)
    for i, ch in enumerate(out):
        if ch not in LOOKALIKES or rng.random() > 0.25:
            continue
        if ch in "01":
            near = (i > 0 and text[i - 1].isdigit()) or (i + 1 < len(text) and text[i + 1].isdigit())
            if not near:
                continue
        out[i] = rng.choice(LOOKALIKES[ch])
    return "".join(out)


def render(blocks, form, seed=0):
    if form == "stream-ocr":
        return ocr_damage(render(blocks, "stream-spaces"), seed)
    lines = []
    rng = random.Random(seed)
    for kind, body in blocks:
        if kind == "text":
            lines.append(body)
            continue
        if form == "stream-tabs":
            for row in centred_grid_of(body):
                texts = [latex_comparison(tagged_paras(p), rng) for p in row]
                if any(texts):
                    lines.append("\t".join(texts).rstrip("\t"))
            continue
        for row in grid_of(body):
            own = [p for p, origin in row if origin and p]
            if form == "stream-cells":
                for paras in own:
                    lines.extend(paras)
            elif form == "stream-spaces":
                if own:
                    lines.append(" ".join(join_paras(p) for p in own))
            elif form == "stream-runon":
                if own:
                    lines.append("".join(join_paras(p).replace(" ", "") for p in own))
            elif form == "stream-tabs-shift":
                texts = [latex_comparison(tagged_paras(p), rng) for p in own]
                if any(texts):
                    lines.append("\t".join(texts))
            elif form == "stream-pipes":
                texts = [join_paras(p) if origin else "" for p, origin in row]
                if any(texts):
                    lines.append("|" + "|".join(texts) + "|")
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) < 2 or any(f not in FORMS for f in sys.argv[2:]):
        sys.exit(__doc__)
    root = sys.argv[1]
    forms = sys.argv[2:] or FORMS
    src = os.path.join(root, "writer-html")
    if not os.path.isdir(src):
        sys.exit(f"streams.py: {src} not found (run corpus/gen/forms.py --out {root} first)")
    n = 0
    for family in sorted(os.listdir(src)):
        fdir = os.path.join(src, family)
        for name in sorted(os.listdir(fdir)):
            if not name.endswith(".html"):
                continue
            doc_id = name[:-5]
            with open(os.path.join(fdir, name), encoding="utf-8") as f:
                reader = Reader()
                reader.feed(f.read())
                reader.close()
            with open(os.path.join(fdir, doc_id + ".expected.jsonl"), encoding="utf-8") as f:
                expected = [json.loads(line) for line in f if line.strip()]
            for form in forms:
                out = os.path.join(root, form, family)
                os.makedirs(out, exist_ok=True)
                with open(os.path.join(out, doc_id + ".txt"), "w", encoding="utf-8") as f:
                    f.write(render(reader.blocks, form, seed=doc_id))
                with open(os.path.join(out, doc_id + ".expected.jsonl"), "w", encoding="utf-8") as f:
                    for rec in expected:
                        rec = dict(rec, doc=doc_id + ".txt")
                        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    print(f"streams.py: {n} documents × {len(forms)} stream forms under {root}", file=sys.stderr)


if __name__ == "__main__":
    main()
