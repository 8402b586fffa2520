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

Text outside the table (title, metadata, notes) stays one paragraph per line.
The expected records are the HTML's, with the document name changed.  Pure
Python: no converter needed, so it runs wherever forms.py's output exists.

    python3 corpus/gen/streams.py ROOT      (ROOT as for forms.py --out)
"""
import html.parser
import json
import os
import random
import re
import sys

FORMS = ("stream-cells", "stream-spaces", "stream-pipes", "stream-runon", "stream-ocr")


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
    for kind, body in blocks:
        if kind == "text":
            lines.append(body)
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
            elif form == "stream-pipes":
                texts = [join_paras(p) if origin else "" for p, origin in row]
                if any(texts):
                    lines.append("|" + "|".join(texts) + "|")
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = sys.argv[1]
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
            for form in FORMS:
                out = os.path.join(root, form, family)
                os.makedirs(out, exist_ok=True)
                with open(os.path.join(out, doc_id + ".txt"), "w", encoding="utf-8") as f:
                    f.write(render(reader.blocks, form, seed=doc_id))
                with open(os.path.join(out, doc_id + ".expected.jsonl"), "w", encoding="utf-8") as f:
                    for rec in expected:
                        rec = dict(rec, doc=doc_id + ".txt")
                        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    print(f"streams.py: {n} documents × {len(FORMS)} stream forms under {root}", file=sys.stderr)


if __name__ == "__main__":
    main()
