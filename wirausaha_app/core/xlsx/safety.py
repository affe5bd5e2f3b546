"""Hostile-file checks done before any spreadsheet library parses a workbook.

A coordinator opens files that arrive by e-mail or chat. Before python-calamine or
openpyxl sees one, the file must be a real xlsx (a zip with the OOXML parts), its
zip central directory must not promise more data than we are willing to inflate
(zip bomb), no XML part may carry a DTD (entity expansion bombs, external
entities), and the sheet may not claim more rows or columns than a program sheet
can hold (calamine keeps a dense grid, so one cell at XFD1048576 would allocate
billions of slots). Every check reads at most the central directory, the prolog of
each XML part and one streaming pass over the chosen sheet.

The same streaming pass finds formula cells (``<f>`` elements): calamine returns
only cached values, and an import must refuse formulas rather than trust a value
the coordinator cannot see.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """Text a spreadsheet program could take as a formula if written untyped."""
    return text.startswith(FORMULA_PREFIXES)


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 200 * 1024 * 1024
    max_member_bytes: int = 512 * 1024 * 1024  # uncompressed, one part
    max_total_bytes: int = 1024 * 1024 * 1024  # uncompressed, whole workbook
    max_ratio: float = 200.0  # uncompressed / compressed, for parts over 1 MiB
    max_members: int = 2000
    max_rows: int = 600_000
    max_columns: int = 300
    # Rows × columns of the area read (a 1.5 KB file with one cell at KN600000 made a
    # 600,000 × 300 grid: 7 GB). 600,000 rows of 25 columns still fit.
    max_cells: int = 15_000_000


DEFAULT_LIMITS = Limits()

_NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_PROLOG_BYTES = 64 * 1024
_CHUNK = 1024 * 1024
_OVERLAP = 64


@dataclass
class Workbook:
    """A checked workbook: the open zip and where each sheet's XML lives."""

    path: Path
    zip: zipfile.ZipFile
    sheets: dict[str, str] = field(default_factory=dict)  # sheet name -> member name

    def close(self) -> None:
        self.zip.close()


def open_checked(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Workbook:
    """Open ``path`` as an xlsx after the zip-level and XML-prolog checks."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(
            msg(QT_TRANSLATE_NOOP("Xlsx", "Cannot open {file}: {reason}"),
                file=path.name, reason=exc.strerror or str(exc))
        ) from exc
    if size > limits.max_file_bytes:
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "Xlsx", "{file} is too large ({mb} MB) to import."), file=path.name, mb=size >> 20))
    with path.open("rb") as f:
        head = f.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "Xlsx", "{file} is an old Excel 97–2003 (.xls) or encrypted file; "
            "save it as an Excel workbook (.xlsx) first."), file=path.name))
    if not head.startswith(b"PK"):
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "Xlsx", "{file} is not an Excel workbook (.xlsx)."), file=path.name))
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "Xlsx", "{file} is damaged or not an Excel workbook (.xlsx)."), file=path.name)
        ) from exc
    try:
        _check_zip(zf, path.name, limits)
        sheets = _sheet_members(zf, path.name)
    except BaseException:
        zf.close()
        raise
    return Workbook(path, zf, sheets)


def _check_zip(zf: zipfile.ZipFile, name: str, limits: Limits) -> None:
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise _bomb(name)
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "Xlsx", "{file} is not an Excel workbook (.xlsx)."), file=name))
    total = 0
    for info in infos:
        # file_size comes from the central directory; the inflating reader stops at
        # it (zipfile checks the length), so a lying entry cannot inflate further.
        total += info.file_size
        if info.file_size > limits.max_member_bytes or total > limits.max_total_bytes:
            raise _bomb(name)
        if (info.file_size > 1024 * 1024
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)):
            raise _bomb(name)
    for info in infos:
        if info.filename.endswith((".xml", ".rels")):
            _check_prolog(zf, info.filename, name)


def _bomb(name: str) -> UserError:
    return UserError(msg(QT_TRANSLATE_NOOP(
        "Xlsx", "{file} unpacks to far more data than a spreadsheet holds (a 'zip bomb'?); "
        "refused."), file=name))


_PROLOG_JUNK = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->)\s*", re.S)


def _check_prolog(zf: zipfile.ZipFile, member: str, name: str) -> None:
    """Refuse a DTD (``<!DOCTYPE``/``<!ENTITY``) before the root element of an XML part."""
    with zf.open(member) as f:
        head = f.read(_PROLOG_BYTES)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    pos = 0
    while True:
        m = _PROLOG_JUNK.match(head, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
    rest = head[pos:]
    if b"<!DOCTYPE" in rest[:64].upper() or b"<!ENTITY" in head.upper():
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "Xlsx", "{file} contains XML entity declarations (a possible 'XML bomb'); refused."),
            file=name))
    if head and not rest.startswith(b"<") and len(head) == _PROLOG_BYTES:
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "Xlsx", "{file} is damaged or not an Excel workbook (.xlsx)."), file=name))


def _sheet_members(zf: zipfile.ZipFile, name: str) -> dict[str, str]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        wb = etree.fromstring(zf.read("xl/workbook.xml"), parser)
        rels_name = "xl/_rels/workbook.xml.rels"
        rels = etree.fromstring(zf.read(rels_name), parser) if rels_name in zf.namelist() else None
    except (etree.XMLSyntaxError, KeyError) as exc:
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "Xlsx", "{file} is damaged or not an Excel workbook (.xlsx)."), file=name)) from exc
    targets: dict[str, str] = {}
    if rels is not None:
        for rel in rels.iter(f"{{{_NS_PKG_REL}}}Relationship"):
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join("xl", target))
            targets[rel.get("Id", "")] = target
    sheets: dict[str, str] = {}
    for sheet in wb.iter(f"{{{_NS_MAIN}}}sheet"):
        member = targets.get(sheet.get(f"{{{_NS_REL}}}id", ""), "")
        if member in zf.namelist():
            sheets[sheet.get("name", "")] = member
    return sheets


# A regex that starts with a literal is scanned at memchr speed; one that starts with an
# optional namespace group is ~25× slower on a 100 MB sheet. So find "f" + delimiter
# and check what precedes it (``<f`` or ``<x:f``); text content rarely has "f " at all.
_F_CANDIDATE = re.compile(rb"f[\s>/]")
_NS_PREFIX = re.compile(rb"<[A-Za-z_][\w.-]*:$")
_ROW_NUMBER = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\b[^>]*?\sr=\"(\d+)\"")
_WIDE_REF = re.compile(rb' r="([A-Z]{2,})\d')  # a cell beyond column Z
_DIMENSION = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?dimension\s+ref=\"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?\""
)


_ERROR_CELL = re.compile(rb'\st="e"')  # a cell holding an Excel error (#N/A, #REF!…)


@dataclass(frozen=True)
class SheetScan:
    has_formulas: bool
    last_row: int
    has_errors: bool = False


def column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rem = divmod(number - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _chunks(zf: zipfile.ZipFile, member: str) -> Iterator[bytes]:
    tail = b""
    with zf.open(member) as f:
        while True:
            block = f.read(_CHUNK)
            if not block:
                return
            yield tail + block
            tail = block[-_OVERLAP:]


def scan_sheet(book: Workbook, member: str, limits: Limits = DEFAULT_LIMITS) -> SheetScan:
    """One streaming pass: formula presence and declared/used size limits."""
    name = book.path.name
    has_formulas = has_errors = False
    last_row = 0
    widest = 0  # the farthest column letter seen beyond Z
    first = True
    for chunk in _chunks(book.zip, member):
        if first:
            first = False
            m = _DIMENSION.search(chunk)
            if m:
                cols = column_number((m.group(3) or m.group(1)).decode())
                rows = int(m.group(4) or m.group(2))
                _check_size(name, rows, cols, limits)
        if not has_formulas:
            has_formulas = _has_formula(chunk)
        if not has_errors:
            has_errors = _ERROR_CELL.search(chunk) is not None
        letters = set(_WIDE_REF.findall(chunk))
        if letters:
            widest = max(widest, *(column_number(x.decode()) for x in letters))
            _check_size(name, 0, widest, limits)
        at = max(chunk.rfind(b"<row "), chunk.rfind(b":row "))
        row_match = _ROW_NUMBER.search(chunk, max(at - 10, 0)) if at >= 0 else None
        if row_match:
            last_row = max(last_row, int(row_match.group(1)))
            _check_size(name, last_row, 0, limits)
    # Before anything reads it whole: the area a reader would build, rows × columns.
    if last_row * max(widest, 26) > limits.max_cells and widest > 26:
        raise too_many_cells(name, last_row, widest, limits)
    return SheetScan(has_formulas, last_row, has_errors)


def too_many_cells(name: str, rows: int, cols: int, limits: Limits) -> UserError:
    """The refusal of a sheet whose area is over ``limits.max_cells`` (scan and reader)."""
    return UserError(msg(QT_TRANSLATE_NOOP(
        "Xlsx", "{file}: the sheet spans {rows} rows and {cols} columns; that is more "
        "cells than can be imported at once ({max_cells}). Remove empty or unneeded "
        "rows and columns, or split the file."),
        file=name, rows=rows, cols=cols, max_cells=limits.max_cells))


def _has_formula(chunk: bytes) -> bool:
    for m in _F_CANDIDATE.finditer(chunk):
        at = m.start()
        before = chunk[at - 1:at]
        if before == b"<" or (before == b":" and _NS_PREFIX.search(chunk, max(at - 40, 0), at)):
            return True
    return False


def _check_size(name: str, rows: int, cols: int, limits: Limits) -> None:
    if rows > limits.max_rows or cols > limits.max_columns:
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "Xlsx", "{file}: the sheet claims {rows} rows and {cols} columns; at most {max_rows} "
            "rows and {max_cols} columns can be imported."),
            file=name, rows=rows, cols=cols, max_rows=limits.max_rows,
            max_cols=limits.max_columns))


def formula_cells(book: Workbook, member: str) -> list[tuple[int, int]]:
    """(row, column), 1-based, of every cell holding a formula. Only called when
    :func:`scan_sheet` saw ``<f>``, so clean sheets pay nothing for it."""
    from lxml import etree

    cells: list[tuple[int, int]] = []
    c_tag, f_tag = f"{{{_NS_MAIN}}}c", f"{{{_NS_MAIN}}}f"
    with book.zip.open(member) as f:
        for _event, el in etree.iterparse(
            f, events=("end",), tag=c_tag, resolve_entities=False, no_network=True,
            huge_tree=False,
        ):
            if el.find(f_tag) is not None:
                ref = el.get("r", "")
                m = re.match(r"([A-Z]+)(\d+)$", ref)
                if m:
                    cells.append((int(m.group(2)), column_number(m.group(1))))
            el.clear(keep_tail=False)
    return cells


def error_cells(book: Workbook, member: str) -> dict[tuple[int, int], str]:
    """(row, column) → the error shown ("#N/A"), for every cell holding an Excel error.

    calamine reads such a cell as empty: an import would then take a failed lookup for
    "no phone number". Only called when :func:`scan_sheet` saw one."""
    from lxml import etree

    found: dict[tuple[int, int], str] = {}
    c_tag, v_tag = f"{{{_NS_MAIN}}}c", f"{{{_NS_MAIN}}}v"
    with book.zip.open(member) as f:
        for _event, el in etree.iterparse(
            f, events=("end",), tag=c_tag, resolve_entities=False, no_network=True,
            huge_tree=False,
        ):
            if el.get("t") == "e":
                m = re.match(r"([A-Z]+)(\d+)$", el.get("r", ""))
                if m:
                    found[(int(m.group(2)), column_number(m.group(1)))] = (
                        el.findtext(v_tag) or "#?")
            el.clear(keep_tail=False)
    return found
