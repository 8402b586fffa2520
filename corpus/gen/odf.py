"""Flat ODF (.fodt Writer text, .fods Calc spreadsheet) from a small block model.

Standard library only.  forms.py builds a Doc (paragraphs and tables whose cells
carry row/column spans) and this module writes it as flat XML, so that LibreOffice
does all the layout (wrapping, pagination, merged cells) when it exports the file.

    Doc(blocks=[Para(...), Table(...), ...], landscape=..., footer=..., font=...)
    Table(widths=[cm...], header=[[Cell|None...]...], body=[[Cell|None...]...])

A row is a list with one entry per grid column: a Cell (with rs/cs spans) or None
for a position covered by a spanning cell above or to the left.
"""
import math
import re
import unicodedata
from xml.sax.saxutils import escape

NS = (' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
      ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
      ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
      ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
      ' xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
      ' xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')


class Cell:
    """One table cell.  text may hold '\n' (a manual line break inside the cell)."""
    __slots__ = ("text", "rs", "cs", "va", "ha", "bold")

    def __init__(self, text="", rs=1, cs=1, va="top", ha="left", bold=False):
        self.text, self.rs, self.cs, self.va, self.ha, self.bold = text, rs, cs, va, ha, bold


class Para:
    """A paragraph outside tables.  kind: title | h1 | sub | body | note | right."""
    __slots__ = ("text", "kind", "break_before")

    def __init__(self, text, kind="body", break_before=False):
        self.text, self.kind, self.break_before = text, kind, break_before


class Table:
    def __init__(self, widths, header=(), body=(), repeat=False, border=True, size=10.5,
                 break_before=False, row_breaks=(), role="data"):
        self.widths = list(widths)
        self.header = [list(r) for r in header]
        self.body = [list(r) for r in body]
        self.repeat = repeat            # header rows repeated on every page
        self.border = border
        self.size = size                # font size, pt
        self.break_before = break_before  # Writer: the table starts a new page
        self.row_breaks = set(row_breaks)  # Calc: body rows that start a new page
        self.role = role                # data | meta | sign (only informative)
        check_grid(self)


class Doc:
    def __init__(self, blocks, landscape=False, footer=None, font="Noto Serif CJK SC",
                 margins=2.0, title_size=16):
        self.blocks = blocks
        self.landscape = landscape
        self.footer = footer            # None | "dash" (- 1 -) | "cn" (第 1 页)
        self.font = font
        self.margins = margins
        self.title_size = title_size

    @property
    def page(self):
        return (29.7, 21.0) if self.landscape else (21.0, 29.7)

    @property
    def text_width(self):
        return self.page[0] - 2 * self.margins


def check_grid(t):
    n = len(t.widths)
    rows = t.header + t.body
    cover = set()
    for r, row in enumerate(rows):
        assert len(row) == n, (r, len(row), n)
        for c, cell in enumerate(row):
            if cell is None:
                assert (r, c) in cover, ("uncovered hole", r, c)
                continue
            assert (r, c) not in cover, ("overlap", r, c)
            assert r + cell.rs <= len(rows) and c + cell.cs <= n, (r, c)
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    if dr or dc:
                        cover.add((r + dr, c + dc))
    # a span must not cross from the header into the body
    for r, row in enumerate(t.header):
        for cell in row:
            if cell is not None:
                assert r + cell.rs <= len(t.header), "header span into body"


# --------------------------------------------------------------------------
# text inside <text:p>

def _runs(s):
    """Escape s for ODF paragraph content: runs of spaces as <text:s/>, tabs, line breaks."""
    out = []
    for k, line in enumerate(s.split("\n")):
        if k:
            out.append("<text:line-break/>")
        for m in re.finditer(r"( +)|(\t)|([^ \t]+)", line):
            if m.group(1):
                n = len(m.group(1))
                if m.start() > 0:
                    out.append(" ")
                    n -= 1
                if n:
                    out.append('<text:s text:c="%d"/>' % n if n > 1 else "<text:s/>")
            elif m.group(2):
                out.append("<text:tab/>")
            else:
                out.append(escape(m.group(3)))
    return "".join(out)


def attr(s):
    return escape(s, {'"': "&quot;"})


def _font_decls(font):
    fam = "roman" if "Serif" in font else "swiss"
    return ('<office:font-face-decls><style:font-face style:name="%s" svg:font-family="&apos;%s&apos;"'
            ' style:font-family-generic="%s" style:font-pitch="variable"/></office:font-face-decls>'
            % (attr(font), attr(font), fam))


def _text_props(font=None, size=None, bold=False):
    p = []
    if font:
        p.append('style:font-name="%s" style:font-name-asian="%s"' % (attr(font), attr(font)))
    if size:
        p.append('fo:font-size="%spt" style:font-size-asian="%spt"' % (size, size))
    if bold:
        p.append('fo:font-weight="bold" style:font-weight-asian="bold"')
    return "<style:text-properties %s/>" % " ".join(p) if p else ""


LANG = ('fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"')


def _footer(kind):
    if kind == "dash":
        return ('<style:footer><text:p text:style-name="Footer">- <text:page-number text:select-page="current">1'
                '</text:page-number> -</text:p></style:footer>')
    if kind == "cn":
        return ('<style:footer><text:p text:style-name="Footer">第 <text:page-number text:select-page="current">1'
                '</text:page-number> 页</text:p></style:footer>')
    return ""


# --------------------------------------------------------------------------
# Writer (.fodt)

def fodt(doc):
    pw, ph = doc.page
    m = doc.margins
    auto = []
    body = []
    cellstyles = {}

    def cellstyle(border, va):
        key = (border, va)
        if key not in cellstyles:
            name = "CS%d" % len(cellstyles)
            b = 'fo:border="0.5pt solid #000000"' if border else 'fo:border="none"'
            auto.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties %s'
                        ' style:vertical-align="%s" fo:padding="0.05cm"/></style:style>'
                        % (name, b, {"top": "top", "middle": "middle", "bottom": "bottom"}[va]))
            cellstyles[key] = name
        return cellstyles[key]

    parastyles = {}

    def parastyle(ha, bold, size):
        key = (ha, bold, size)
        if key not in parastyles:
            name = "TP%d" % len(parastyles)
            auto.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
                        '<style:paragraph-properties fo:text-align="%s" fo:margin-top="0cm" fo:margin-bottom="0cm"/>%s</style:style>'
                        % (name, {"left": "start", "center": "center", "right": "end"}[ha],
                           _text_props(size=size, bold=bold)))
            parastyles[key] = name
        return parastyles[key]

    ntab = 0
    for blk in doc.blocks:
        if isinstance(blk, Para):
            st = {"title": "JxTitle", "h1": "Heading_20_1", "sub": "JxSub", "body": "Standard",
                  "note": "JxNote", "right": "JxRight"}[blk.kind]
            if blk.break_before:
                name = "PB%d" % len(auto)
                auto.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="%s">'
                            '<style:paragraph-properties fo:break-before="page"/></style:style>' % (name, st))
                st = name
            body.append('<text:p text:style-name="%s">%s</text:p>' % (st, _runs(blk.text)) if blk.kind != "h1" else
                        '<text:h text:style-name="%s" text:outline-level="1">%s</text:h>' % (st, _runs(blk.text)))
            continue
        t = blk
        ntab += 1
        tn = "Tab%d" % ntab
        width = sum(t.widths)
        auto.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fcm"'
                    ' table:align="center"%s/></style:style>'
                    % (tn, width, ' fo:break-before="page"' if t.break_before else ""))
        for k, w in enumerate(t.widths):
            auto.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties'
                        ' style:column-width="%.2fcm"/></style:style>' % (tn, k, w))
        x = ['<table:table table:name="%s" table:style-name="%s">' % (tn, tn)]
        for k in range(len(t.widths)):
            x.append('<table:table-column table:style-name="%s.C%d"/>' % (tn, k))

        def row_xml(row):
            cs = []
            for cell in row:
                if cell is None:
                    cs.append("<table:covered-table-cell/>")
                    continue
                span = ""
                if cell.rs > 1:
                    span += ' table:number-rows-spanned="%d"' % cell.rs
                if cell.cs > 1:
                    span += ' table:number-columns-spanned="%d"' % cell.cs
                ps = parastyle(cell.ha, cell.bold, t.size)
                cs.append('<table:table-cell table:style-name="%s" office:value-type="string"%s><text:p text:style-name="%s">%s'
                          '</text:p></table:table-cell>' % (cellstyle(t.border, cell.va), span, ps, _runs(cell.text)))
            return "<table:table-row>" + "".join(cs) + "</table:table-row>"

        if t.header:
            if t.repeat:
                x.append("<table:table-header-rows>")
            x.extend(row_xml(r) for r in t.header)
            if t.repeat:
                x.append("</table:table-header-rows>")
        x.extend(row_xml(r) for r in t.body)
        x.append("</table:table>")
        body.append("".join(x))
    styles = (
        '<office:styles>'
        '<style:default-style style:family="paragraph"><style:paragraph-properties style:line-break="strict"/>'
        '<style:text-properties style:font-name="%(f)s" style:font-name-asian="%(f)s" fo:font-size="10.5pt"'
        ' style:font-size-asian="10.5pt" %(lang)s/></style:default-style>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph"'
        ' style:parent-style-name="Standard" style:class="extra"/>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"'
        ' style:parent-style-name="Standard" style:default-outline-level="1" style:class="text">'
        '<style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>%(h1)s</style:style>'
        '<style:style style:name="JxTitle" style:display-name="表标题" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>%(h1)s</style:style>'
        '<style:style style:name="JxSub" style:display-name="表副标题" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/></style:style>'
        '<style:style style:name="JxNote" style:display-name="表注" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-top="0.1cm"/>%(note)s</style:style>'
        '<style:style style:name="JxRight" style:display-name="右对齐" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="end"/></style:style>'
        '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center"/></style:style>'
        '</office:styles>'
    ) % {"f": attr(doc.font), "lang": LANG, "h1": _text_props(size=doc.title_size, bold=True),
         "note": _text_props(size=10)}
    page = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%.1fcm" fo:page-height="%.1fcm"'
            ' style:print-orientation="%s" fo:margin-top="%.1fcm" fo:margin-bottom="%.1fcm" fo:margin-left="%.1fcm"'
            ' fo:margin-right="%.1fcm"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/>'
            '</style:footer-style></style:page-layout>'
            % (pw, ph, "landscape" if doc.landscape else "portrait", m, m, m, m))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document%s office:version="1.3"'
            ' office:mimetype="application/vnd.oasis.opendocument.text">\n%s\n%s\n<office:automatic-styles>%s%s'
            '</office:automatic-styles>\n<office:master-styles><style:master-page style:name="Standard"'
            ' style:page-layout-name="pm1">%s</style:master-page></office:master-styles>\n'
            '<office:body><office:text>\n%s\n</office:text></office:body></office:document>\n'
            % (NS, _font_decls(doc.font), styles, page, "".join(auto), _footer(doc.footer), "\n".join(body)))


# --------------------------------------------------------------------------
# Row heights for Calc.  Calc sizes a row to its own cells but ignores the text of a
# cell merged over several rows, which it then cuts off (as Excel does); a person
# laying out such a form drags those rows taller.  We do the same: rows under a
# vertically merged cell whose text needs more room get an explicit height.

PT = 0.03528    # cm per point


def text_cm(s, pt):
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.6 for ch in s) * pt * PT


def cell_cm(cell, width, pt):
    usable = max(0.4, width - 0.3)
    lines = sum(max(1, math.ceil(text_cm(p, pt) * 1.08 / usable)) for p in cell.text.split("\n"))
    return lines * pt * PT * 1.55 + 0.2


def row_heights(geo, widths):
    """Explicit heights (cm) for rows that need them, None where Calc's own is right."""
    n = len(geo)
    own = [0.0] * n
    for r, cells in enumerate(geo):
        for col, c, pt in cells:
            if c.rs == 1 and c.text:
                own[r] = max(own[r], cell_cm(c, sum(widths[col:col + c.cs]), pt))
        own[r] = max(own[r], 0.5)
    h = list(own)
    fixed = [False] * n
    for r, cells in enumerate(geo):
        for col, c, pt in cells:
            if c.rs > 1 and c.text:
                need = cell_cm(c, sum(widths[col:col + c.cs]), pt) * 1.1
                span = range(r, min(n, r + c.rs))
                have = sum(h[k] for k in span)
                if need > have:
                    for k in span:
                        h[k] += (need - have) / len(span)
                        fixed[k] = True
    return [round(h[k], 2) if fixed[k] else None for k in range(n)]


# --------------------------------------------------------------------------
# Calc (.fods): every block goes onto one sheet.  A paragraph is a row whose text
# sits in column A merged across the sheet's width; tables keep their spans.

def fods(doc, ncols, widths):
    """ncols/widths: the sheet's columns (the data table's); narrower tables in the
    doc must fit inside (their cells are placed from column A)."""
    pw, ph = doc.page
    m = doc.margins
    auto = []
    styles = {}

    def cstyle(border, va, ha, bold, size, wrap=True):
        key = (border, va, ha, bold, size, wrap)
        if key not in styles:
            name = "ce%d" % (len(styles) + 1)
            b = 'fo:border="0.5pt solid #000000"' if border else 'fo:border="none"'
            auto.append('<style:style style:name="%s" style:family="table-cell" style:parent-style-name="Default">'
                        '<style:table-cell-properties %s fo:wrap-option="%s" style:vertical-align="%s"'
                        ' style:text-align-source="fix" style:repeat-content="false"/>'
                        '<style:paragraph-properties fo:text-align="%s"/>%s</style:style>'
                        % (name, b, "wrap" if wrap else "no-wrap", va,
                           {"left": "start", "center": "center", "right": "end"}[ha],
                           _text_props(size=size, bold=bold)))
            styles[key] = name
        return styles[key]

    rows_xml = []   # (cells xml, page break before, header row to repeat)
    geo = []        # per sheet row: [(first column, Cell, font size)] for the height estimate

    def cell_xml(cell, style):
        if cell is None:
            return "<table:covered-table-cell/>"
        span = ""
        if cell.rs > 1:
            span += ' table:number-rows-spanned="%d"' % cell.rs
        if cell.cs > 1:
            span += ' table:number-columns-spanned="%d"' % cell.cs
        if cell.text == "":
            return '<table:table-cell table:style-name="%s"%s/>' % (style, span)
        paras = "".join("<text:p>%s</text:p>" % _runs(p) for p in cell.text.split("\n"))
        return '<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>' % (
            style, span, paras)

    def pad(cells, used):
        if used < ncols:
            cells.append('<table:table-cell table:number-columns-repeated="%d"/>' % (ncols - used))

    pending_break = False
    for blk in doc.blocks:
        if isinstance(blk, Para):
            size = {"title": doc.title_size, "h1": doc.title_size}.get(blk.kind, 10)
            ha = {"title": "center", "h1": "center", "sub": "center", "right": "right"}.get(blk.kind, "left")
            wrap = True      # unwrapped text in a merged cell is cut off at its edge
            st = cstyle(False, "middle", ha, blk.kind in ("title", "h1"), size, wrap)
            c = Cell(blk.text, cs=ncols)
            cells = [cell_xml(c, st)]
            if ncols > 1:
                cells.append('<table:covered-table-cell table:number-columns-repeated="%d"/>' % (ncols - 1))
            rows_xml.append((cells, blk.break_before or pending_break, False))
            geo.append([(0, c, size)])
            pending_break = False
            continue
        t = blk
        assert len(t.widths) <= ncols
        for r, row in enumerate(t.header + t.body):
            is_head = r < len(t.header)
            cells = [cell_xml(c, cstyle(t.border, c.va, c.ha, c.bold, t.size) if c else None) for c in row]
            pad(cells, len(row))
            br = False
            if r == 0 and (t.break_before or pending_break):
                br = True
            if not is_head and (r - len(t.header)) in t.row_breaks:
                br = True
            rows_xml.append((cells, br, is_head and t.repeat))
            g, col = [], 0
            for c in row:
                if c is not None:
                    g.append((col, c, t.size))
                col += 1
            geo.append(g)
        pending_break = False
    heights = row_heights(geo, widths)
    rowstyles = {}

    def rowstyle(k, br):
        h = heights[k]
        key = (h, br)
        if key not in rowstyles:
            name = "ro%d" % (len(rowstyles) + 1)
            hp = ('style:row-height="%.2fcm" style:use-optimal-row-height="false"' % h if h
                  else 'style:use-optimal-row-height="true"')
            auto.append('<style:style style:name="%s" style:family="table-row"><style:table-row-properties %s'
                        ' fo:break-before="%s"/></style:style>' % (name, hp, "page" if br else "auto"))
            rowstyles[key] = name
        return rowstyles[key]

    out = []
    k = 0
    while k < len(rows_xml):
        cells, br, head = rows_xml[k]
        if head:
            out.append("<table:table-header-rows>")
            while k < len(rows_xml) and rows_xml[k][2]:
                c2, b2, _ = rows_xml[k]
                out.append('<table:table-row table:style-name="%s">%s</table:table-row>' % (rowstyle(k, b2), "".join(c2)))
                k += 1
            out.append("</table:table-header-rows>")
            continue
        out.append('<table:table-row table:style-name="%s">%s</table:table-row>' % (rowstyle(k, br), "".join(cells)))
        k += 1
    cols = "".join('<table:table-column table:style-name="co%d"/>' % i for i in range(ncols))
    colstyles = "".join('<style:style style:name="co%d" style:family="table-column"><style:table-column-properties'
                        ' fo:break-before="auto" style:column-width="%.2fcm"/></style:style>' % (i, w)
                        for i, w in enumerate(widths))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document%s office:version="1.3"'
            ' office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n%s\n'
            '<office:styles><style:default-style style:family="table-cell"><style:text-properties style:font-name="%s"'
            ' style:font-name-asian="%s" fo:font-size="10pt" style:font-size-asian="10pt" %s/></style:default-style>'
            '<style:style style:name="Default" style:family="table-cell"/></office:styles>\n'
            '<office:automatic-styles>%s'
            '<style:style style:name="ta1" style:family="table" style:master-page-name="PM1"><style:table-properties'
            ' table:display="true"/></style:style>%s'
            '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%.1fcm" fo:page-height="%.1fcm"'
            ' style:print-orientation="%s" fo:margin-top="%.1fcm" fo:margin-bottom="%.1fcm" fo:margin-left="%.1fcm"'
            ' fo:margin-right="%.1fcm" style:print="grid charts drawings objects zero-values" style:print-page-order="ttb"'
            ' style:first-page-number="continue" style:scale-to="100%%"/><style:header-style/><style:footer-style>'
            '<style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>'
            '</office:automatic-styles>\n'
            '<office:master-styles><style:master-page style:name="PM1" style:page-layout-name="pm1">'
            '<style:header style:display="false"/>%s</style:master-page></office:master-styles>\n'
            '<office:body><office:spreadsheet><table:table table:name="Sheet1" table:style-name="ta1">%s\n%s\n'
            '</table:table></office:spreadsheet></office:body></office:document>\n'
            % (NS, _font_decls(doc.font), attr(doc.font), attr(doc.font), LANG, colstyles, "".join(auto),
               pw, ph, "landscape" if doc.landscape else "portrait", m, m, m, m,
               _footer(doc.footer) or '<style:footer style:display="false"/>', cols, "\n".join(out)))
