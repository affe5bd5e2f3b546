"""A small streaming xlsx writer for exports: typed cells, fixed styles, bounded memory.

Why not a library here: the export must cost at most 1.1× a bare openpyxl write-only
loop while formatting every cell, and both openpyxl and XlsxWriter spend most of their
time in generic per-cell machinery. This writer knows its few cell kinds up front, so
a row becomes one string join streamed into the zip entry (deflate level 1), and
memory stays flat whatever the row count. Text is always an inline string (``t=
"inlineStr"``): no code path can produce a formula (``<f>``).

Output: OOXML SpreadsheetML as written by Excel itself (styles with custom number
formats, frozen header, autofilter with its ``_xlnm._FilterDatabase`` name, column
widths); openpyxl and python-calamine read it back in the tests.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from wirausaha_app.core.xlsx.safety import column_letters
from wirausaha_app.core.xlsx.styles import DATE_FORMAT, MONEY_FORMAT, TIME_FORMAT

# Style ids (cellXfs indices) of styles.xml below.
NORMAL, HEADER, DATE, TIME, MONEY, INT, TEXT, TITLE, WRAP = range(9)

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_EPOCH = date(1899, 12, 30)
_EPOCH_ORDINAL = _EPOCH.toordinal()
_MAX_TEXT = 32767
# XML 1.0 forbids these; Excel writes them as _xHHHH_ escapes.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FLUSH_ROWS = 2000


def _control(m: re.Match[str]) -> str:
    return f"_x{ord(m.group()):04X}_"


def text_cell(ref: str, value: Any, style: int = NORMAL) -> str:
    text = value if isinstance(value, str) else str(value)
    if len(text) > _MAX_TEXT:
        text = text[:_MAX_TEXT]
    if "&" in text or "<" in text or ">" in text or "\r" in text:
        # A bare CR would be read back as LF (XML end-of-line handling): keep it as &#13;.
        text = escape(text, {"\r": "&#13;"})
    if _CONTROL.search(text):
        text = _CONTROL.sub(_control, text)
    s = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def number_cell(ref: str, value: Any, style: int = NORMAL) -> str:
    s = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{s}><v>{value!r}</v></c>' if isinstance(value, float) \
        else f'<c r="{ref}"{s}><v>{int(value)}</v></c>'


def date_cell(ref: str, value: Any, style: int = DATE) -> str:
    if isinstance(value, datetime):
        serial: float = (value.toordinal() - _EPOCH_ORDINAL
                         + (value.hour * 3600 + value.minute * 60 + value.second) / 86400)
        return f'<c r="{ref}" s="{style}"><v>{serial!r}</v></c>'
    return f'<c r="{ref}" s="{style}"><v>{value.toordinal() - _EPOCH_ORDINAL}</v></c>'


def time_cell(ref: str, value: time, style: int = TIME) -> str:
    fraction = (value.hour * 3600 + value.minute * 60 + value.second) / 86400
    return f'<c r="{ref}" s="{style}"><v>{fraction!r}</v></c>'


CellFn = Callable[[str, Any], str]


@dataclass
class SheetColumn:
    header: str
    width: float
    cell: CellFn  # (ref, value) -> <c> element
    style: int = NORMAL  # column default style (TEXT for identifiers)


@dataclass
class _Sheet:
    title: str
    member: str
    rows: int = 0
    columns: int = 0
    autofilter: bool = False


@dataclass
class StreamingWorkbook:
    """Sheets are written one after another (a zip entry at a time); ``order`` sets the
    tab order at the end, so a summary written last can still be the first tab."""

    path: Path
    _zip: zipfile.ZipFile = field(init=False)
    _sheets: list[_Sheet] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._zip = zipfile.ZipFile(self.path, "w", zipfile.ZIP_DEFLATED, compresslevel=1)

    def write_sheet(
        self,
        title: str,
        columns: Sequence[SheetColumn],
        rows: Iterable[Sequence[Any]],
        *,
        on_rows: Callable[[int], None] | None = None,
        header_style: int = HEADER,
        autofilter: bool = True,
    ) -> int:
        sheet = _Sheet(title, f"xl/worksheets/sheet{len(self._sheets) + 1}.xml",
                       columns=len(columns), autofilter=autofilter)
        self._sheets.append(sheet)
        letters = [column_letters(i + 1) for i in range(len(columns))]
        cells = [c.cell for c in columns]
        plan = list(zip(letters, cells, strict=True))
        # The rows go to a spool file first: <dimension> (which openpyxl's read-only mode
        # needs to pad rows) precedes the data and is known only at the end.
        with tempfile.TemporaryFile() as spool:
            n = self._spool_rows(spool, plan, rows, on_rows)
            sheet.rows = n
            spool.seek(0)
            with self._zip.open(sheet.member, "w", force_zip64=True) as raw:
                out = _Text(raw)
                out.write(_sheet_head(columns, f"A1:{letters[-1]}{n}"))
                head = "".join(
                    text_cell(f"{letter}1", c.header, header_style)
                    for letter, c in zip(letters, columns, strict=True)
                )
                out.write(f'<row r="1" ht="30" customHeight="1">{head}</row>')
                shutil.copyfileobj(spool, raw, 1024 * 1024)
                tail = "</sheetData>"
                if autofilter:
                    tail += f'<autoFilter ref="A1:{letters[-1]}{max(n, 2)}"/>'
                out.write(tail + '<pageMargins left="0.7" right="0.7" top="0.75" '
                          'bottom="0.75" header="0.3" footer="0.3"/></worksheet>')
        return n - 1

    @staticmethod
    def _spool_rows(
        spool: IO[bytes], plan: list[tuple[str, CellFn]], rows: Iterable[Sequence[Any]],
        on_rows: Callable[[int], None] | None,
    ) -> int:
        """Write ``<row>`` elements from row 2 on; returns the last row number."""
        out = _Text(spool)
        buffer: list[str] = []
        n = 1
        for values in rows:
            n += 1
            r = str(n)
            buffer.append(f'<row r="{r}">')
            for (letter, cell), value in zip(plan, values, strict=True):
                if value is not None:
                    buffer.append(cell(letter + r, value))
            buffer.append("</row>")
            if n % _FLUSH_ROWS == 0:
                out.write("".join(buffer))
                buffer.clear()
                if on_rows is not None:
                    on_rows(n - 1)
        out.write("".join(buffer))
        return n

    def close(self, order: Sequence[str] | None = None) -> None:
        sheets = self._sheets
        if order:
            rank = {t: i for i, t in enumerate(order)}
            sheets = sorted(sheets, key=lambda s: rank.get(s.title, len(rank)))
        z = self._zip
        z.writestr("[Content_Types].xml", _content_types(self._sheets))
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("docProps/app.xml", _APP)
        z.writestr("docProps/core.xml", _core())
        z.writestr("xl/workbook.xml", _workbook(sheets, self._sheets))
        z.writestr("xl/_rels/workbook.xml.rels", _workbook_rels(self._sheets))
        z.writestr("xl/styles.xml", _STYLES)
        z.close()

    def discard(self) -> None:
        self._zip.close()


class _Text:
    """UTF-8 text onto the binary zip stream, in large writes."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw

    def write(self, text: str) -> None:
        self._raw.write(text.encode("utf-8"))



def _sheet_head(columns: Sequence[SheetColumn], dimension: str) -> str:
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{c.width:.2f}" customWidth="1"'
        + (f' style="{c.style}"' if c.style else "") + "/>"
        for i, c in enumerate(columns, start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}"><dimension ref="{dimension}"/>'
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
        'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" '
        'sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
        f"<cols>{cols}</cols><sheetData>"
    )


def _content_types(sheets: list[_Sheet]) -> str:
    sheet_ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    overrides = "".join(
        f'<Override PartName="/{s.member}" ContentType="{sheet_ct}"/>' for s in sheets
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/>'
        f"{overrides}"
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.extended-properties+xml"/></Types>'
    )


_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{_PKG}">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/extended-properties" Target="docProps/app.xml"/></Relationships>'
)

_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
    'properties"><Application>Wirausaha Merdeka Manager</Application></Properties>'
)


def _core() -> str:
    now = datetime.now().replace(microsecond=0).isoformat() + "Z"
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:creator>Wirausaha Merdeka Manager</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def _workbook(ordered: list[_Sheet], written: list[_Sheet]) -> str:
    rid = {s.member: f"rId{i}" for i, s in enumerate(written, start=1)}
    sheets = "".join(
        f"<sheet name={quoteattr(s.title)} sheetId=\"{i}\" r:id=\"{rid[s.member]}\"/>"
        for i, s in enumerate(ordered, start=1)
    )
    names = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
        f"{escape(_quote_sheet(s.title))}!$A$1:${column_letters(s.columns)}${max(s.rows, 2)}"
        "</definedName>"
        for i, s in enumerate(ordered) if s.autofilter
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
        '<bookViews><workbookView activeTab="0"/></bookViews>'
        f"<sheets>{sheets}</sheets>"
        + (f"<definedNames>{names}</definedNames>" if names else "")
        + '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
    )


def _quote_sheet(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def _workbook_rels(sheets: list[_Sheet]) -> str:
    ws_type = f"{_REL}/worksheet"
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{ws_type}" Target="{s.member[3:]}"/>'
        for i, s in enumerate(sheets, start=1)
    )
    n = len(sheets) + 1
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{_PKG}">{rels}'
        f'<Relationship Id="rId{n}" Type="{_REL}/styles" Target="styles.xml"/></Relationships>'
    )


_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="3">'
    f'<numFmt numFmtId="164" formatCode={quoteattr(DATE_FORMAT)}/>'
    f'<numFmt numFmtId="165" formatCode={quoteattr(TIME_FORMAT)}/>'
    f'<numFmt numFmtId="166" formatCode={quoteattr(MONEY_FORMAT)}/>'
    "</numFmts>"
    '<fonts count="3">'
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>'
    "</fonts>"
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/>'
    "</patternFill></fill></fills>"
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/>'
    "</border></borders>"
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    "</cellStyleXfs>"
    '<cellXfs count="9">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" '
    'applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" '
    'wrapText="1"/></xf>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
