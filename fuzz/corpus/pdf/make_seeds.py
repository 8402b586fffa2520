#!/usr/bin/env python3
"""Writes the seed PDFs of fuzz_pdf (see ../../README.md, *PDF*).

Small, uncompressed PDFs whose content streams libFuzzer can mutate into
something Poppler still reads: a ruled table (rules drawn as strokes and as
thin filled rectangles, as Word and Excel write them), a borderless table,
a page turned by /Rotate, a page with no text, a Type0 font without a
ToUnicode map (CJK glyph ids that map to nothing), a two-page table.
The xref offsets are computed, so every seed opens without reconstruction.
Run from this folder: python3 make_seeds.py
"""

def pdf(pages, fonts="helv"):
    """pages: list of (content stream, extra page dict entries)."""
    objs = []  # 1-based object bodies

    def add(body):
        objs.append(body)
        return len(objs)

    catalog = add(None)
    pages_id = add(None)
    font_res = ""
    if fonts == "helv":
        f = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        font_res = "/F1 %d 0 R" % f
    else:  # a CID font with no ToUnicode: its text cannot be mapped
        desc = add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 "
                   b"/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 "
                   b"/CapHeight 880 /StemV 93 >>")
        cid = add(("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                   "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                   "/FontDescriptor %d 0 R /DW 1000 >>" % desc).encode())
        f = add(("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
                 "/DescendantFonts [%d 0 R] >>" % cid).encode())
        font_res = "/F1 %d 0 R" % f
    kids = []
    for content, extra in pages:
        data = content.encode("latin-1")
        s = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        p = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                 "/Resources << /Font << %s >> >> /Contents %d 0 R %s >>"
                 % (pages_id, font_res, s, extra)).encode())
        kids.append(p)
    objs[catalog - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode()
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                          % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, catalog, xref))
    return bytes(out)


def text(x, y, s, size=10):
    return "BT /F1 %d Tf %g %g Td (%s) Tj ET\n" % (size, x, y, s)


def ruled_table(rows, cols=(60, 120, 330, 420, 520), top=760, h=24, rects=False):
    """Rules for a grid; rects: as thin filled rectangles instead of strokes."""
    out = "0.5 w 0 G 0 g\n"
    bottom = top - h * rows
    for r in range(rows + 1):
        y = top - h * r
        out += ("%g %g %g 0.5 re f\n" % (cols[0], y, cols[-1] - cols[0]) if rects
                else "%g %g m %g %g l S\n" % (cols[0], y, cols[-1], y))
    for x in cols:
        out += ("%g %g 0.5 %g re f\n" % (x, bottom, top - bottom) if rects
                else "%g %g m %g %g l S\n" % (x, bottom, x, top))
    return out


CELLS = [["No", "Indicator", "Target", "Weight"],
         ["1", "Coverage rate", ">=95%", "10"],
         ["2", "Completion time", "2023-12-31", "10"],
         ["", "Satisfaction", ">=90%", "20"]]


def table_text(cols=(60, 120, 330, 420, 520), top=760, h=24):
    out = ""
    for r, row in enumerate(CELLS):
        for c, cell in enumerate(row):
            if cell:
                out += text(cols[c] + 3, top - h * r - 16, cell)
    return out


def main():
    seeds = {
        "ruled_strokes.pdf": pdf([(ruled_table(4) + table_text(), "")]),
        "ruled_rects.pdf": pdf([(ruled_table(4, rects=True) + table_text(), "")]),
        "borderless.pdf": pdf([(text(60, 790, "Performance targets", 14) + table_text(), "")]),
        "rotated.pdf": pdf([(ruled_table(4) + table_text(), "/Rotate 90")]),
        "no_text.pdf": pdf([(ruled_table(4), "")]),
        "unmapped_cid.pdf": pdf([("BT /F1 12 Tf 60 760 Td <4E004E8C4E09> Tj ET\n"
                                  + ruled_table(2), "")], fonts="cid"),
        "two_pages.pdf": pdf([(ruled_table(4) + table_text(), ""),
                              (ruled_table(4) + table_text(), "")]),
    }
    for name, data in seeds.items():
        with open(name, "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
