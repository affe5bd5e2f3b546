"""Reusable pieces of a report page: headings, summary figures, signature blocks and
the one-page "Tidak ada data" report."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from wirausaha_app.core.formatting import format_date_id
from wirausaha_app.core.reports.fonts import FONT
from wirausaha_app.core.reports.layout import LIGHT, RULE, ReportContext, Styles

NO_DATA = "Tidak ada data"


def heading(text: str, styles: Styles, *, level: int = 1) -> list[Flowable]:
    """A section heading that never sits alone at the bottom of a page."""
    style = styles.h1 if level == 1 else styles.h2
    return [CondPageBreak(45 * mm if level == 1 else 30 * mm), Paragraph(escape(text), style)]


def para(text: str, styles: Styles, style_name: str = "body") -> Paragraph:
    return Paragraph(escape(text), getattr(styles, style_name))


def figures(
    items: Sequence[tuple[str, str]], width: float, styles: Styles, *, per_row: int = 4
) -> Table:
    """Summary figures as tiles: a big number over a small label."""
    gap = 3 * mm
    room = width / per_row - 2 * gap - 2
    cells = []
    for label, value in items:
        style = styles.figure
        natural = stringWidth(value, style.fontName, style.fontSize)
        if natural > room:
            # Shrink long figures (rupiah totals) to one line rather than break digits.
            size = max(8.0, style.fontSize * room / natural)
            style = ParagraphStyle("figure-fit", style, fontSize=size, leading=size * 1.2)
        cells.append(
            [Paragraph(escape(value), style), Paragraph(escape(label), styles.figure_label)]
        )
    rows: list[list[object]] = []
    for start in range(0, len(cells), per_row):
        chunk: list[object] = list(cells[start : start + per_row])
        chunk += [""] * (per_row - len(chunk))
        rows.append(chunk)
    table = Table(rows, colWidths=[width / per_row] * per_row, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LEFTPADDING", (0, 0), (-1, -1), gap),
        ("RIGHTPADDING", (0, 0), (-1, -1), gap),
    ]
    for r, row in enumerate(rows):
        for c, tile in enumerate(row):
            if tile != "":
                commands.append(("BACKGROUND", (c, r), (c, r), LIGHT))
                commands.append(("BOX", (c, r), (c, r), 2.5, "white"))
    table.setStyle(TableStyle(commands))
    return table


def signature_block(
    ctx: ReportContext,
    styles: Styles,
    width: float,
    signers: Sequence[tuple[str, str]],
) -> Flowable:
    """Side-by-side places to sign: (role, name or "") each; place and date above
    the last one as Indonesian letters have it ("Surabaya, 1 September 2023")."""
    place_date = (
        f"{ctx.city}, {format_date_id(ctx.generated)}"
        if ctx.city
        else format_date_id(ctx.generated)
    )
    columns = []
    for index, (role, name) in enumerate(signers):
        top = escape(place_date) if index == len(signers) - 1 else "&nbsp;"
        shown = escape(name) if name else "." * 48
        columns.append(
            [
                Paragraph(top, styles.center),
                Paragraph(escape(role).replace("\n", "<br/>"), styles.center),
                Spacer(1, 20 * mm),
                Paragraph(f"( {shown} )", styles.center),
            ]
        )
    table = Table([columns], colWidths=[width / len(signers)] * len(signers))
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return KeepTogether([Spacer(1, 8 * mm), table])


def no_data_story(ctx: ReportContext, styles: Styles, scope_text: str) -> list[Flowable]:
    """The whole story of a report whose scope holds nothing: one clear page."""
    box = Table(
        [
            [Paragraph(NO_DATA, styles.title)],
            [
                Paragraph(
                    "Tidak ada catatan yang cocok dengan cakupan laporan ini"
                    + (f" ({escape(scope_text)})" if scope_text else "")
                    + ". Periksa pilihan angkatan, perguruan tinggi, wilayah, tim atau mentor,"
                    " lalu buat laporan lagi.",
                    styles.body,
                )
            ],
        ],
        colWidths=[150 * mm],
    )
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10 * mm),
                ("TOPPADDING", (0, 0), (0, 0), 10 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 10 * mm),
            ]
        )
    )
    return [
        Paragraph(escape(ctx.title), styles.title),
        Spacer(1, 25 * mm),
        box,
    ]
