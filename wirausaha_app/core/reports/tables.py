"""Tables that stay fast at 10,000 rows and never let a long name overflow.

- :class:`ChunkedTable` lays a long table out one page at a time: each page gets a
  fresh reportlab ``Table`` of at most ``CHUNK_ROWS`` rows with the header on top.
  One huge ``Table`` costs 4–5× more (its layout is quadratic-ish), and fixed
  100-row chunks would print a header row in the middle of a page.
- :func:`cell` keeps a value a plain string (cheap) when it fits its column and
  wraps it in a ``Paragraph`` only when it does not, so long names wrap instead of
  running into the next column.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from wirausaha_app.core.reports.fonts import FONT, FONT_BOLD
from wirausaha_app.core.reports.layout import LIGHT, NAVY, RULE, Styles

CHUNK_ROWS = 100
CELL_FONT_SIZE = 8.5
CELL_PADDING = 3.5


@dataclass
class Column:
    """A column: header text, share of the table width (or points when ``fixed``),
    alignment ``LEFT``/``RIGHT``/``CENTER``."""

    title: str
    weight: float = 1.0
    align: str = "LEFT"
    fixed: bool = False


@dataclass
class TableSpec:
    columns: Sequence[Column]
    width: float
    font_size: float = CELL_FONT_SIZE
    row_padding: float = 2.5  # top/bottom padding of data rows
    min_row_height: float | None = None  # e.g. room for a handwritten signature
    bold_rows: set[int] = field(default_factory=set)  # data-row indices (totals)
    zebra: bool = True
    extra_style: list[tuple[Any, ...]] = field(default_factory=list)  # applies to every page

    def col_widths(self) -> list[float]:
        """Fixed columns keep their points; flexible ones share the rest by weight but
        never get narrower than their longest header word (so "Pasangan" never breaks
        into "Pasanga/n")."""
        fixed = sum(c.weight for c in self.columns if c.fixed)
        rest = max(self.width - fixed, 0.0)
        minimum = {
            i: max(stringWidth(w, FONT_BOLD, self.font_size) for w in c.title.split() or [""])
            + 2 * CELL_PADDING
            + 1
            for i, c in enumerate(self.columns)
            if not c.fixed
        }
        pinned: dict[int, float] = {}
        while True:
            weights = (
                sum(c.weight for i, c in enumerate(self.columns) if not c.fixed and i not in pinned)
                or 1.0
            )
            share = rest - sum(pinned.values())
            widths = {
                i: share * c.weight / weights
                for i, c in enumerate(self.columns)
                if not c.fixed and i not in pinned
            }
            short = {i: minimum[i] for i, w in widths.items() if w < minimum[i]}
            if not short or len(short) == len(widths):
                break
            pinned.update(short)
        widths.update(pinned)
        return [c.weight if c.fixed else widths[i] for i, c in enumerate(self.columns)]


class CellMaker:
    """Turns values into table cells for one :class:`TableSpec`."""

    def __init__(self, spec: TableSpec, styles: Styles) -> None:
        self.spec = spec
        self.widths = spec.col_widths()
        size = spec.font_size
        leading = size * 1.24
        self._styles = {
            align: ParagraphStyle(
                f"cell-{align}",
                styles.cell,
                fontSize=size,
                leading=leading,
                alignment={"LEFT": 0, "CENTER": 1, "RIGHT": 2}[align],
            )
            for align in ("LEFT", "CENTER", "RIGHT")
        }
        self._bold = {
            align: ParagraphStyle(f"{s.name}-bold", s, fontName=FONT_BOLD)
            for align, s in self._styles.items()
        }
        self._head = ParagraphStyle("head", styles.head_cell, fontSize=size, leading=leading)

    def row(self, values: Iterable[Any], *, bold: bool = False) -> list[Any]:
        return [self.cell(value, index, bold=bold) for index, value in enumerate(values)]

    def cell(self, value: Any, column: int, *, bold: bool = False) -> Any:
        if isinstance(value, Flowable):
            return value
        text = "" if value is None else str(value)
        room = self.widths[column] - 2 * CELL_PADDING
        font = FONT_BOLD if bold else FONT
        natural = stringWidth(text, font, self.spec.font_size)
        if "\n" not in text and natural <= room:
            return text
        align = self.spec.columns[column].align
        style = (self._bold if bold else self._styles)[align]
        if " " not in text and "\n" not in text:
            # One long token (an amount, an NIB): shrink it rather than break its digits.
            size = max(5.5, self.spec.font_size * room / natural)
            style = ParagraphStyle(f"{style.name}-fit", style, fontSize=size, leading=size * 1.24)
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    def header(self) -> list[Any]:
        return [Paragraph(escape(c.title), self._head) for c in self.spec.columns]


def _base_style(spec: TableSpec, header_rows: int) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), spec.font_size),
        ("LEADING", (0, 0), (-1, -1), spec.font_size * 1.24),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, header_rows), (-1, -1), spec.row_padding),
        ("BOTTOMPADDING", (0, header_rows), (-1, -1), spec.row_padding + 1),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.35, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, NAVY),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, header_rows - 1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, header_rows - 1), 5),
        ]
    if spec.zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, LIGHT]))
    for index, column in enumerate(spec.columns):
        if column.align != "LEFT":
            commands.append(("ALIGN", (index, header_rows), (index, -1), column.align))
    if spec.min_row_height:
        commands.append(("VALIGN", (0, header_rows), (-1, -1), "MIDDLE"))
    return commands + list(spec.extra_style)


class ChunkedTable(Flowable):
    """A long table laid out page by page with its header repeated on each page.

    ``wrap`` claims more room than any page has while more than one chunk is left,
    so the frame asks :meth:`split`; that builds a ``Table`` of the rows likely to
    fit (the previous page's count plus a margin, at most ``CHUNK_ROWS``), lets
    reportlab split it, and keeps the rest as raw rows for the next page.
    """

    def __init__(
        self,
        spec: TableSpec,
        header: list[Any],
        rows: Sequence[list[Any]],
        *,
        start: int = 0,
        per_page_hint: int = 40,
    ) -> None:
        super().__init__()
        self.spec = spec
        self.header_row = header
        self.rows = rows
        self.start = start
        self.per_page_hint = per_page_hint
        self.widths = spec.col_widths()
        self.report_units = len(rows) - start
        self._whole: Table | None = None
        self._style_cache = _base_style(spec, 1)

    def _table(self, stop: int) -> Table:
        data = [self.header_row, *self.rows[self.start : stop]]
        commands = list(self._style_cache)
        for index in self.spec.bold_rows:
            if self.start <= index < stop:
                row = index - self.start + 1
                commands.append(("FONTNAME", (0, row), (-1, row), FONT_BOLD))
                commands.append(("LINEABOVE", (0, row), (-1, row), 0.8, NAVY))
        min_heights = None
        if self.spec.min_row_height:
            min_heights = [0.0] + [self.spec.min_row_height] * (stop - self.start)
        table = Table(
            data,
            colWidths=self.widths,
            repeatRows=1,
            style=TableStyle(commands),
            minRowHeights=min_heights,
            hAlign="LEFT",
        )
        table.report_units = stop - self.start
        return table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        remaining = len(self.rows) - self.start
        if remaining <= CHUNK_ROWS:
            if self._whole is None:
                self._whole = self._table(len(self.rows))
            width, height = self._whole.wrap(availWidth, availHeight)
            return float(width), float(height)
        # More than a chunk left: certainly taller than the page, let split decide.
        return float(sum(self.widths)), availHeight + 1_000_000.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        remaining = len(self.rows) - self.start
        if remaining <= CHUNK_ROWS:
            whole = self._whole or self._table(len(self.rows))
            parts = whole.split(availWidth, availHeight)
            if len(parts) == 2:
                parts[0].report_units = len(parts[0]._cellvalues) - 1
                parts[1].report_units = len(parts[1]._cellvalues) - 1
            return list(parts)
        guess = min(remaining, CHUNK_ROWS, max(self.per_page_hint + 8, 12))
        table = self._table(self.start + guess)
        parts = table.split(availWidth, availHeight)
        if len(parts) == 1 and guess < min(remaining, CHUNK_ROWS):
            # The guess fitted entirely, so the page holds more: try a full chunk.
            guess = min(remaining, CHUNK_ROWS)
            table = self._table(self.start + guess)
            parts = table.split(availWidth, availHeight)
        if not parts:
            return []
        first = parts[0]
        used = len(first._cellvalues) - 1 if first is not table else guess
        first.report_units = used
        rest = ChunkedTable(
            self.spec,
            self.header_row,
            self.rows,
            start=self.start + used,
            per_page_hint=used,
        )
        return [first, rest]

    def draw(self) -> None:
        # Only reached when the rest fits on one page without a split.
        assert self._whole is not None
        self._whole.drawOn(self.canv, 0, 0)


def data_table(spec: TableSpec, styles: Styles, rows: Iterable[Sequence[Any]]) -> ChunkedTable:
    """Build a :class:`ChunkedTable` from raw values (strings, numbers, Flowables)."""
    maker = CellMaker(spec, styles)
    cells = [maker.row(values, bold=index in spec.bold_rows) for index, values in enumerate(rows)]
    return ChunkedTable(spec, maker.header(), cells)


def key_value_table(
    pairs: Sequence[tuple[str, Any]], width: float, styles: Styles, *, label_share: float = 0.35
) -> Table:
    """A borderless two-column "label: value" block (cover pages, logbook heads)."""
    label_style = ParagraphStyle("kv-label", styles.body, textColor=colors.HexColor("#5b6472"))
    data = [
        [Paragraph(escape(label), label_style), Paragraph(escape(str(value)), styles.body)]
        for label, value in pairs
    ]
    table = Table(data, colWidths=[width * label_share, width * (1 - label_share)], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table
