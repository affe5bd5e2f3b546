"""Hostile files are refused before a spreadsheet library parses them: quickly, with a
clear message and bounded memory."""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from wirausaha_app.core.i18n import UserError
from wirausaha_app.core.xlsx.reader import read_sheet
from wirausaha_app.core.xlsx.safety import Limits, looks_like_formula


def _valid(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active.append(["NIM", "Nama"])
    wb.active.append(["1001", "Ani"])
    wb.save(path)
    return path


def _rewrite(src: Path, dst: Path, replace: dict[str, bytes],
             extra: dict[str, bytes] | None = None) -> Path:
    extra = extra or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, replace.get(item.filename, zin.read(item.filename)))
        for name, data in extra.items():
            zout.writestr(name, data)
    return dst


def _refused(path: Path, match: str, limits: Limits | None = None) -> None:
    start = time.perf_counter()
    with pytest.raises(UserError, match=match):
        read_sheet(path, limits=limits) if limits else read_sheet(path)
    assert time.perf_counter() - start < 3


def test_valid_file_reads(tmp_path: Path) -> None:
    data = read_sheet(_valid(tmp_path / "ok.xlsx"))
    assert data.rows[1] == ["1001", "Ani"] and data.formulas == set()


def test_not_xlsx(tmp_path: Path) -> None:
    (tmp_path / "a.xlsx").write_text("NIM;Nama\n1;Ani\n")
    _refused(tmp_path / "a.xlsx", "not an Excel workbook")
    (tmp_path / "b.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    _refused(tmp_path / "b.xls", r"\.xls")
    with zipfile.ZipFile(tmp_path / "c.xlsx", "w") as z:
        z.writestr("hello.txt", "hi")
    _refused(tmp_path / "c.xlsx", "not an Excel workbook")
    (tmp_path / "d.xlsx").write_bytes(b"PK\x03\x04garbage")
    _refused(tmp_path / "d.xlsx", "damaged")


def test_zip_bomb(tmp_path: Path) -> None:
    src = _valid(tmp_path / "ok.xlsx")
    bomb = _rewrite(src, tmp_path / "bomb.xlsx", {}, {"xl/media/blob.bin": b"\0" * 30_000_000})
    assert bomb.stat().st_size < 200_000
    tracemalloc.start()
    try:
        _refused(bomb, "zip bomb")
        assert tracemalloc.get_traced_memory()[1] < 20_000_000
    finally:
        tracemalloc.stop()
    _refused(src, "zip bomb", Limits(max_total_bytes=1000))


def test_xml_entity_bomb(tmp_path: Path) -> None:
    src = _valid(tmp_path / "ok.xlsx")
    laughs = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
              + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1
                                                    else b"&lol;" * 10) for i in range(1, 10))
              + b']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              b"<si><t>&lol9;</t></si></sst>")
    bomb = _rewrite(src, tmp_path / "lol.xlsx", {}, {"xl/sharedStrings.xml": laughs})
    _refused(bomb, "XML bomb")
    sheet = _sheet_xml(src).replace(b"<worksheet", b'<!DOCTYPE x [<!ENTITY e "e">]><worksheet', 1)
    _refused(_rewrite(src, tmp_path / "lol2.xlsx", {"xl/worksheets/sheet1.xml": sheet}),
             "XML bomb")


def _sheet_xml(src: Path) -> bytes:
    with zipfile.ZipFile(src) as z:
        return z.read("xl/worksheets/sheet1.xml")


def test_sheet_claiming_a_million_rows_or_columns(tmp_path: Path) -> None:
    src = _valid(tmp_path / "ok.xlsx")
    xml = _sheet_xml(src)
    huge_dim = xml.replace(b'<dimension ref="A1:B2"/>', b'<dimension ref="A1:XFD1048576"/>')
    assert huge_dim != xml
    _refused(_rewrite(src, tmp_path / "dim.xlsx", {"xl/worksheets/sheet1.xml": huge_dim}),
             "claims 1048576 rows")
    far_cell = xml.replace(b"</sheetData>", b'<row r="1000000"><c r="A1000000" t="n"><v>1</v>'
                           b"</c></row></sheetData>")
    _refused(_rewrite(src, tmp_path / "far.xlsx", {"xl/worksheets/sheet1.xml": far_cell}),
             "claims 1000000 rows")
    wide = xml.replace(b"</sheetData>", b'<row r="3"><c r="XFD3" t="n"><v>1</v></c></row>'
                       b"</sheetData>")
    _refused(_rewrite(src, tmp_path / "wide.xlsx", {"xl/worksheets/sheet1.xml": wide}),
             "16384 columns")


def test_one_far_cell_within_the_limits_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """A 5 KB file with one cell at KN600000: 600,000 rows × 300 columns, each within its
    own limit, but a 7 GB grid for the reader. Refused from the scan, in little memory."""
    src = _valid(tmp_path / "ok.xlsx")
    xml = _sheet_xml(src)
    far = xml.replace(b"</sheetData>", b'<row r="600000"><c r="KN600000" t="n"><v>1</v>'
                      b"</c></row></sheetData>")
    path = _rewrite(src, tmp_path / "far.xlsx", {"xl/worksheets/sheet1.xml": far})
    tracemalloc.start()
    try:
        _refused(path, "spans 600000 rows and 300 columns")
        assert tracemalloc.get_traced_memory()[1] < 100 * 1024 * 1024
    finally:
        tracemalloc.stop()


def test_formula_cells_are_located(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["A", "B"])
    ws.append([1, "=A2*2"])
    ws["A3"] = "=SUM(A1:A2)"
    wb.save(tmp_path / "f.xlsx")
    assert read_sheet(tmp_path / "f.xlsx").formulas == {(2, 2), (3, 1)}


@pytest.mark.parametrize("text", ["=1+1", "+62", "-5", "@x", "\tx", "\rx"])
def test_formula_prefixes(text: str) -> None:
    assert looks_like_formula(text)
    assert not looks_like_formula("Ani")


def test_openpyxl_parses_xml_through_defusedxml() -> None:
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML  # installed, so openpyxl refuses entity bombs itself too
