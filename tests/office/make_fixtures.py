#!/usr/bin/env python3
"""Writes the Office fixtures of tests/test_office.c into this folder.

    python3 tests/office/make_fixtures.py

Standard library only (zipfile): each package is the few parts Word or Excel
need, written by hand so every feature a test checks is in it on purpose --
w:gridSpan, w:vMerge restart/continue, w:gridBefore, a nested table, a
one-cell frame table, paragraphs around tables, a hidden (w:vanish) run; shared strings with rich text
and a phonetic guide, an inline string, number formats (percent, decimals,
thousands, a zh-CN date), a boolean, formulas with cached values, merged
ranges, two visible sheets and a hidden one.  The bad inputs: a truncated
package, one whose part claims to inflate past the reader's cap, a document
part without a body, and an OLE2 container with the EncryptionInfo and
EncryptedPackage streams a password-protected .docx/.xlsx is stored as (its
directory only: enough for a reader to tell what it is, which is all a reader
without the password can do).  Output is deterministic (fixed zip times).
"""
import os
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
STAMP = (2023, 1, 1, 0, 0, 0)


def package(name, parts):
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for pn, data in parts:
            zi = zipfile.ZipInfo(pn, STAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def docx_parts(body):
    return [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (W, body)),
    ]


def p(text, tab=None):
    runs = "<w:r><w:t xml:space=\"preserve\">%s</w:t></w:r>" % text
    if tab:
        runs += "<w:r><w:tab/><w:t>%s</w:t></w:r>" % tab
    return "<w:p>%s</w:p>" % runs


def tc(*paras, span=1, vmerge=None, extra=""):
    pr = ""
    if span > 1:
        pr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        pr += "<w:vMerge/>"
    body = "".join(p(x) for x in paras) or "<w:p/>"
    return "<w:tc><w:tcPr>%s</w:tcPr>%s%s</w:tc>" % (pr, extra, body)


def tbl(ncols, rows):
    grid = "<w:tblGrid>%s</w:tblGrid>" % ("<w:gridCol w:w=\"1000\"/>" * ncols)
    return "<w:tbl><w:tblPr/>%s%s</w:tbl>" % (grid, "".join("<w:tr>%s</w:tr>" % r for r in rows))


def make_docx():
    nested = tbl(2, [tc("内1") + tc("内2"), tc("内3") + tc("内4")])
    table = tbl(5, [
        tc("一级指标") + tc("二级指标") + tc("三级指标") + tc("指标值", span=2),
        tc("产出指标", vmerge="restart") + tc("数量指标", vmerge="restart") + tc("培训人次") + tc("≥") + tc("500人次"),
        tc(vmerge="continue") + tc(vmerge="continue") + tc("覆盖乡镇", "（个）") + tc("=") + tc("12个"),
        tc(vmerge="continue") + tc("质量指标") + tc("合格率") + tc("≥") + tc("95%"),
        tc("效益指标") + tc("嵌套", extra=nested) + tc("满意度") + tc("≥") + tc("90%"),
        # a row starting one grid column in (w:gridBefore)
        '<w:trPr><w:gridBefore w:val="1"/></w:trPr>' + tc("前空") + tc("x") + tc("y", span=2),
    ])
    hidden = '<w:p><w:r><w:t>（2023年度）</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r></w:p>'
    body = (p("项目支出绩效目标表") + hidden + p("单位名称：某某局", tab="金额：万元") + table +
            p("") + p("注：本表由项目单位填报。") + p("填报人：张三    联系电话：123"))
    package("spans.docx", docx_parts(body))
    # a one-cell table drawn round the form: its content is read as the body
    inner = tbl(2, [tc("指标") + tc("值"), tc("培训人次") + tc("500")])
    frame = tbl(1, ["<w:tc><w:tcPr/>%s%s%s</w:tc>" % (p("框内标题"), inner, p("框内注"))])
    package("frame.docx", docx_parts(p("前文") + frame + p("后文")))
    package("nobody.docx", [(n, d) for n, d in docx_parts("")[:2]] +
            [("word/document.xml", '<?xml version="1.0"?><w:document %s/>' % W)])
    # truncated: the first half of a good package
    with open(os.path.join(HERE, "spans.docx"), "rb") as fh:
        data = fh.read()
    with open(os.path.join(HERE, "truncated.docx"), "wb") as fh:
        fh.write(data[: len(data) // 2])


S = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def xlsx_parts(sheets, shared, styles):
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    book = '<?xml version="1.0" encoding="UTF-8"?><workbook %s %s><sheets>' % (S, R)
    brels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    parts = []
    for i, (name, state, xml) in enumerate(sheets, 1):
        book += '<sheet name="%s" sheetId="%d" %s r:id="rId%d"/>' % (name, i, 'state="%s"' % state if state else "", i)
        # sheets in their own folder with a relative target, as Excel writes them
        brels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                  'Target="worksheets/sheet%d.xml"/>' % (i, i))
        parts.append(("xl/worksheets/sheet%d.xml" % i,
                      '<?xml version="1.0" encoding="UTF-8"?><worksheet %s>%s</worksheet>' % (S, xml)))
    n = len(sheets)
    brels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '</Relationships>' % (n + 1, n + 2))
    book += "</sheets></workbook>"
    sst = '<?xml version="1.0" encoding="UTF-8"?><sst %s count="%d">%s</sst>' % (S, len(shared), "".join(shared))
    return [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", book),
            ("xl/_rels/workbook.xml.rels", brels), ("xl/sharedStrings.xml", sst), ("xl/styles.xml", styles)] + parts


def make_xlsx():
    shared = [
        "<si><t>项目支出绩效目标表</t></si>",                                   # 0
        "<si><t>一级指标</t></si>", "<si><t>三级指标</t></si>", "<si><t>指标值</t></si>",  # 1-3
        "<si><t>产出指标</t></si>",                                             # 4
        # rich text runs, a phonetic guide (not shown), an _x000D_ escape
        "<si><r><t>合格</t></r><r><rPr><b/></rPr><t>率</t></r><rPh sb=\"0\" eb=\"1\"><t>hege</t></rPh></si>",  # 5
        "<si><t>资金_x000D_\n总额</t></si>",                                    # 6
        "<si><t>第二张表</t></si>",                                             # 7
        "<si><t>隐藏</t></si>",                                                 # 8
    ]
    styles = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet %s>'
              '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>'
              '<numFmt numFmtId="165" formatCode="#,##0.00&quot;万元&quot;"/></numFmts>'
              '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="2"/><xf numFmtId="164"/>'
              '<xf numFmtId="165"/><xf numFmtId="10"/></cellXfs></styleSheet>' % S)
    sheet1 = ('<sheetData>'
              '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
              '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c></row>'
              '<row r="4"><c r="A4" t="s"><v>4</v></c><c r="B4" t="s"><v>5</v></c><c r="C4" s="1"><v>0.95</v></c></row>'
              '<row r="5"><c r="B5" t="inlineStr"><is><t>行内字符串</t></is></c><c r="C5"><v>0.30000000000000004</v></c></row>'
              '<row r="6"><c r="A6" t="s"><v>6</v></c><c r="B6" s="4"><v>12860.5</v></c><c r="C6" s="2"><v>3.14159</v></c></row>'
              '<row r="7"><c r="A7" t="b"><v>1</v></c><c r="B7" t="b"><v>0</v></c><c r="C7" s="3"><v>45291</v></c></row>'
              '<row r="8"><c r="A8"><f>SUM(C4:C4)*100</f><v>95</v></c><c r="B8" t="str"><f>"达标"&amp;""</f><v>达标</v></c>'
              '<c r="C8" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>'
              '<row r="9"><c r="C9" s="5"><v>0.123456</v></c><c r="D9"><v>1E-3</v></c><c r="E9"><v>123456789012</v></c></row>'
              '</sheetData>'
              '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="A4:A5"/></mergeCells>')
    sheet2 = '<sheetData><row r="2"><c r="C2" t="s"><v>7</v></c></row></sheetData>'
    sheet3 = '<sheetData><row r="1"><c r="A1" t="s"><v>8</v></c></row></sheetData>'
    package("types.xlsx", xlsx_parts([("目标表", None, sheet1), ("自评表", None, sheet2), ("参数", "hidden", sheet3)],
                                     shared, styles))
    # a sheet part whose header says it inflates to 4 GiB: refused before it is read
    path = package("bomb.xlsx", xlsx_parts([("S", None, "<sheetData/>")], [], styles))
    data = bytearray(open(path, "rb").read())
    name = b"xl/worksheets/sheet1.xml"
    for sig, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while True:
            at = data.find(sig, at)
            if at < 0:
                break
            nlen = struct.unpack_from("<H", data, at + (26 if sig == b"PK\x03\x04" else 28))[0]
            start = at + (30 if sig == b"PK\x03\x04" else 46)
            if bytes(data[start:start + nlen]) == name:
                struct.pack_into("<I", data, at + size_at, 0xFFFFFFF0)
            at += 4
    open(path, "wb").write(bytes(data))


def make_selfeval_docx():
    """A 项目支出绩效自评表 as Word holds it (tests/test_selfeval.c): vMerge over
    the funds block's label, the 年度总体目标 label, the 绩效指标 column and a
    level-1 label; gridSpan in the head and the 总分 row."""
    R = [tc("项目名称", span=2) + tc("城乡义务教育保障经费", span=7),
         tc("主管部门", span=2) + tc("[015001]某区教育局", span=3) + tc("实施单位", span=2) +
         tc("某区第一中学", span=2),
         tc("项目资金（万元）", vmerge="restart") + tc("") + tc("年初预算数") + tc("全年预算数") +
         tc("全年执行数") + tc("分值") + tc("执行率") + tc("得分", span=2),
         tc(vmerge="continue") + tc("年度资金总额") + tc("100") + tc("100") + tc("95") + tc("10") +
         tc("95%") + tc("9.5", span=2),
         tc(vmerge="continue") + tc("其中：财政拨款") + tc("100") + tc("100") + tc("95") + tc("—") +
         tc("—") + tc("—", span=2),
         tc("年度总体目标", vmerge="restart") + tc("预期目标", span=4) + tc("实际完成情况", span=4),
         tc(vmerge="continue") + tc("保障学校运转。", span=4) + tc("学校运转正常。", span=4),
         tc("绩效指标", vmerge="restart") + tc("一级指标") + tc("二级指标") + tc("三级指标") +
         tc("年度指标值") + tc("实际完成值") + tc("分值") + tc("得分") + tc("偏差原因分析及改进措施"),
         tc(vmerge="continue") + tc("产出指标（50分）", vmerge="restart") + tc("数量指标") +
         tc("保障学校数") + tc("≥45所") + tc("45所") + tc("25") + tc("25") + tc(""),
         tc(vmerge="continue") + tc(vmerge="continue") + tc("质量指标") + tc("校舍安全达标率") +
         tc("100%") + tc("98%") + tc("25") + tc("23") + tc("个别校舍待修缮"),
         tc(vmerge="continue") + tc("效益指标（30分）") + tc("社会效益指标") + tc("义务教育巩固率") +
         tc("≥99%") + tc("99.2%") + tc("30") + tc("30") + tc(""),
         tc(vmerge="continue") + tc("满意度指标（10分）") + tc("服务对象满意度指标") + tc("家长满意度") +
         tc("≥90%") + tc("已完成") + tc("10") + tc("9") + tc(""),
         tc("总分", span=6) + tc("100") + tc("96.5") + tc("")]
    package("selfeval.docx", docx_parts(p("（2023）年度项目支出绩效自评表") + tbl(9, R)))


def make_encrypted():
    """An OLE2 compound file whose directory holds what an encrypted OOXML
    package's does (Root Entry, EncryptionInfo, EncryptedPackage)."""
    header = bytearray(512)
    header[0:8] = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    struct.pack_into("<HHH", header, 24, 0x3E, 3, 0xFFFE)   # minor, major version, byte order
    struct.pack_into("<H", header, 30, 9)                    # 512-byte sectors
    struct.pack_into("<I", header, 48, 0)                    # directory starts at sector 0
    d = bytearray(512)
    for i, (nm, typ) in enumerate((("Root Entry", 5), ("EncryptionInfo", 2), ("EncryptedPackage", 2))):
        enc = nm.encode("utf-16-le") + b"\0\0"
        d[i * 128:i * 128 + len(enc)] = enc
        struct.pack_into("<HB", d, i * 128 + 64, len(enc), typ)
    with open(os.path.join(HERE, "encrypted.docx"), "wb") as fh:
        fh.write(bytes(header) + bytes(d))


if __name__ == "__main__":
    make_docx()
    make_xlsx()
    make_selfeval_docx()
    make_encrypted()
