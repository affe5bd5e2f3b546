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
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from wirausaha_app.core.reports.fonts import FONT, FONT_BOLD, register_fonts
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
        register_fonts()
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
        self._em = {flag: _widest_ascii(FONT_BOLD if flag else FONT) * size for flag in (0, 1)}

    def row(self, values: Iterable[Any], *, bold: bool = False) -> list[Any]:
        return [self.cell(value, index, bold=bold) for index, value in enumerate(values)]

    def cell(self, value: Any, column: int, *, bold: bool = False) -> Any:
        if isinstance(value, Flowable):
            return value
        text = "" if value is None else str(value)
        room = self.widths[column] - 2 * CELL_PADDING
        font = FONT_BOLD if bold else FONT
        # Measuring every cell of a 10,000-row table costs more than laying it out;
        # a text whose length times the widest glyph fits needs no measuring.
        if len(text) * self._em[bold] <= room and "\n" not in text and text.isascii():
            return text
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
        """Header cells: plain strings when they fit (styled bold/white by the table
        style, far cheaper to lay out on every page), Paragraphs when they wrap."""
        cells: list[Any] = []
        for index, column in enumerate(self.spec.columns):
            room = self.widths[index] - 2 * CELL_PADDING
            if stringWidth(column.title, FONT_BOLD, self.spec.font_size) <= room:
                cells.append(column.title)
            else:
                # A word wider than the column (a narrow "Pasangan") shrinks the
                # header's font instead of breaking the word.
                widest = max(
                    stringWidth(word, FONT_BOLD, self.spec.font_size)
                    for word in column.title.split()
                )
                size = self.spec.font_size * min(1.0, room / widest) if widest else 1.0
                size = max(6.0, size)
                head = ParagraphStyle(
                    f"head-{column.align}",
                    self._head,
                    fontSize=size,
                    leading=size * 1.24,
                    alignment={"LEFT": 0, "CENTER": 1, "RIGHT": 2}[column.align],
                )
                cells.append(Paragraph(escape(column.title), head))
        return cells


@cache
def _widest_ascii(font: str) -> float:
    """Widest printable ASCII glyph of ``font``, as a fraction of the font size."""
    return max(stringWidth(chr(code), font, 1.0) for code in range(32, 127))


_LINE_OPS = frozenset(
    {
        "BACKGROUND",
        "ROWBACKGROUNDS",
        "COLBACKGROUNDS",
        "SPAN",
        "GRID",
        "BOX",
        "OUTLINE",
        "INNERGRID",
        "LINEBELOW",
        "LINEABOVE",
        "LINEBEFORE",
        "LINEAFTER",
    }
)


def _cell_style(
    name: str, spec: TableSpec, column: Column, *, header: bool = False, bold: bool = False
) -> CellStyle:
    style = CellStyle(name)
    style.fontname = FONT_BOLD if header or bold else FONT
    style.fontsize = spec.font_size
    style.leading = spec.font_size * 1.24
    style.leftPadding = style.rightPadding = CELL_PADDING
    if header:
        style.topPadding, style.bottomPadding = 4, 5
        style.color = colors.white
        style.valign = "MIDDLE"
        style.alignment = column.align
    else:
        style.topPadding, style.bottomPadding = spec.row_padding, spec.row_padding + 1
        style.valign = "MIDDLE" if spec.min_row_height else "TOP"
        style.alignment = column.align
    return style


class _Layout:
    """What every page's Table of one ChunkedTable shares, computed once.

    Cell properties (font, padding, alignment) are handed to reportlab as shared
    ``CellStyle`` rows instead of style commands: commands are applied cell by cell
    each time a Table is made, which on a 10,000-row report costs more than the
    layout itself. Only line/background/span commands remain as commands.
    """

    def __init__(self, spec: TableSpec) -> None:
        self.spec = spec
        self.widths = spec.col_widths()
        self.header = [
            _cell_style(f"h{j}", spec, c, header=True) for j, c in enumerate(spec.columns)
        ]
        self.data = [_cell_style(f"d{j}", spec, c) for j, c in enumerate(spec.columns)]
        self.bold = [_cell_style(f"b{j}", spec, c, bold=True) for j, c in enumerate(spec.columns)]
        for command in spec.extra_style:
            if command[0] not in _LINE_OPS:
                raise ValueError(f"extra_style takes line/background/span commands: {command}")
        self.commands: list[tuple[Any, ...]] = [
            ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
            ("BOX", (0, 0), (-1, -1), 0.6, NAVY),
            ("BACKGROUND", (0, 0), (-1, 0), NAVY),
            *([("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT])] if spec.zebra else []),
            *spec.extra_style,
        ]


class ChunkedTable(Flowable):
    """A long table laid out page by page with its header repeated on each page.

    ``wrap`` claims more room than any page has while more than one chunk is left,
    so the frame asks :meth:`split`; that measures a ``Table`` of the rows likely to
    fit (the previous page's count plus a margin, at most ``CHUNK_ROWS``), counts
    the rows that fit from its row heights, and returns a Table of exactly those
    plus the remaining rows as a new ChunkedTable for the next page.
    """

    def __init__(
        self,
        spec: TableSpec,
        header: list[Any],
        rows: Sequence[list[Any]],
        *,
        start: int = 0,
        per_page_hint: int = 40,
        layout: _Layout | None = None,
    ) -> None:
        super().__init__()
        self.spec = spec
        self.header_row = header
        self.rows = rows
        self.start = start
        self.per_page_hint = per_page_hint
        self.layout = layout or _Layout(spec)
        self.widths = self.layout.widths
        self.report_units = len(rows) - start
        self._whole: Table | None = None

    def _table(self, stop: int, heights: Sequence[float] | None = None) -> Table:
        layout = self.layout
        data = [self.header_row, *self.rows[self.start : stop]]
        commands = layout.commands
        styles = [layout.header] + [layout.data] * (stop - self.start)
        for index in self.spec.bold_rows:
            if self.start <= index < stop:
                row = index - self.start + 1
                styles[row] = layout.bold
                commands = [*commands, ("LINEABOVE", (0, row), (-1, row), 0.8, NAVY)]
        min_heights = None
        if self.spec.min_row_height and heights is None:
            min_heights = [0.0] + [self.spec.min_row_height] * (stop - self.start)
        table = Table(
            data,
            colWidths=self.widths,
            repeatRows=1,
            style=TableStyle(commands),
            minRowHeights=min_heights,
            # Heights already measured on the trial table: reportlab skips measuring.
            rowHeights=list(heights) if heights is not None else None,
            hAlign="LEFT",
            cellStyles=styles,
        )
        table.report_units = stop - self.start
        return table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        remaining = len(self.rows) - self.start
        if remaining <= min(CHUNK_ROWS, 2 * max(self.per_page_hint, 12)):
            if self._whole is None:
                self._whole = self._table(len(self.rows))
            width, height = self._whole.wrap(availWidth, availHeight)
            return float(width), float(height)
        # Far more rows than a page took last time: certainly too tall, let split
        # measure only about a page's worth (measuring all would be quadratic).
        return float(sum(self.widths)), availHeight + 1_000_000.0

    def _fitting_rows(self, table: Table, availWidth: float, availHeight: float) -> int:
        table.wrap(availWidth, availHeight)
        heights = table._rowHeights
        used = heights[0]
        count = 0
        for height in heights[1:]:
            if used + height > availHeight:
                break
            used += height
            count += 1
        return count

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        remaining = len(self.rows) - self.start
        limit = min(remaining, CHUNK_ROWS)
        if self._whole is not None:
            guess, table = remaining, self._whole
        else:
            guess = min(limit, max(self.per_page_hint + 3, 12))
            table = self._table(self.start + guess)
        fits = self._fitting_rows(table, availWidth, availHeight)
        if fits == guess and guess < limit:
            # The guess fitted entirely, so the page holds more: measure a full chunk.
            guess = limit
            table = self._table(self.start + guess)
            fits = self._fitting_rows(table, availWidth, availHeight)
        if fits == 0:
            return []  # not even one row under the header: next page
        if fits == remaining:
            return [table]
        first = (
            table
            if fits == guess
            else self._table(self.start + fits, table._rowHeights[: fits + 1])
        )
        rest = ChunkedTable(
            self.spec,
            self.header_row,
            self.rows,
            start=self.start + fits,
            # A page that began half full says little about a full one: keep the max.
            per_page_hint=max(fits, self.per_page_hint if self.start else fits),
            layout=self.layout,
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
