"""The table building blocks: every row lands exactly once, in order, under a header
on every page; long text wraps within its column; long numbers shrink instead."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from tests.core.reports.conftest import assert_page_numbers, pdf_text
from tests.core.reports.sample import HARD_NAMES, LONG_NAME
from wirausaha_app.core.progress import SILENT
from wirausaha_app.core.reports.fonts import FONT
from wirausaha_app.core.reports.layout import ReportContext, ReportDocument, Styles
from wirausaha_app.core.reports.tables import (
    CELL_PADDING,
    CellMaker,
    ChunkedTable,
    Column,
    TableSpec,
    data_table,
)


def _spec(width: float) -> TableSpec:
    return TableSpec(
        [
            Column("No", 12 * mm, "RIGHT", fixed=True),
            Column("Kode baris", 1.0),
            Column("Nama", 2.0),
            Column("Jumlah", 30 * mm, "RIGHT", fixed=True),
        ],
        width,
    )


def test_every_row_once_in_order_with_headers_on_each_page(tmp_path: Path) -> None:
    ctx = ReportContext("Lembaga Uji", "Surabaya", None, date(2024, 1, 2), "Uji tabel")
    target = tmp_path / "t.pdf"
    doc = ReportDocument(target, ctx, SILENT)
    styles = Styles()
    spec = _spec(doc.frame_width())
    # Every 7th row has a name long enough to wrap over several lines.
    rows = [
        [n, f"R{n:05d}", LONG_NAME if n % 7 == 0 else f"Peserta {n}", "Rp1.500.000"]
        for n in range(1, 351)
    ]
    spec.bold_rows = {349}
    doc.build_story([data_table(spec, styles, rows)])
    pages = pdf_text(target)
    assert len(pages) > 5
    assert_page_numbers(pages)
    seen = [int(code) for page in pages for code in re.findall(r"R(\d{5})", page)]
    assert seen == list(range(1, 351))
    for text in pages:
        assert "Kode baris" in text  # the header repeats on every page
        assert text.count("Kode baris") == 1  # …and never in the middle of one


def test_cells_fit_their_column(tmp_path: Path) -> None:
    styles = Styles()
    spec = _spec(180 * mm)
    maker = CellMaker(spec, styles)
    widths = spec.col_widths()
    values = [*HARD_NAMES, "Siti", "A" * 60, "Rp105.818.700.000.000", "x"]
    for value in values:
        for column in (1, 2, 3):
            cell = maker.cell(value, column)
            room = widths[column] - 2 * CELL_PADDING
            if isinstance(cell, str):
                assert stringWidth(cell, FONT, spec.font_size) <= room
            else:
                assert isinstance(cell, Paragraph)
                width, _height = cell.wrap(room, 1000)
                # extraSpace = room left on a line; negative would mean overflow.
                spare = [
                    line[0] if isinstance(line, tuple) else line.extraSpace
                    for line in cell.blPara.lines
                ]
                assert width <= room + 0.01 and min(spare) >= -0.5, (value, column)
    wrapped = maker.cell(LONG_NAME, 2)
    assert isinstance(wrapped, Paragraph)
    wrapped.wrap(widths[2] - 2 * CELL_PADDING, 1000)
    assert len(wrapped.blPara.lines) >= 2  # the 120-character name wraps
    amount = maker.cell("Rp105.818.700.000.000", 3)
    assert isinstance(amount, Paragraph)
    assert amount.style.fontSize < spec.font_size  # digits shrink, never break
    amount.wrap(widths[3] - 2 * CELL_PADDING, 1000)
    assert len(amount.blPara.lines) == 1


def test_column_widths_respect_header_words() -> None:
    spec = TableSpec(
        [Column("Kabupaten/kota", 1.0), Column("Pasangan", 0.05), Column("Terukur", 0.05)],
        120 * mm,
    )
    widths = spec.col_widths()
    assert abs(sum(widths) - 120 * mm) < 0.01
    for column, width in zip(spec.columns, widths, strict=True):
        assert width >= stringWidth(column.title, "DejaVuSans-Bold", spec.font_size)


def test_chunked_table_small_enough_draws_whole(tmp_path: Path) -> None:
    ctx = ReportContext("L", "", None, date(2024, 1, 2), "Kecil")
    target = tmp_path / "small.pdf"
    doc = ReportDocument(target, ctx, SILENT)
    table = data_table(_spec(doc.frame_width()), Styles(), [[1, "R00001", "Ani", "Rp1"]])
    assert isinstance(table, ChunkedTable)
    doc.build_story([table])
    pages = pdf_text(target)
    assert len(pages) == 1 and "R00001" in pages[0]
