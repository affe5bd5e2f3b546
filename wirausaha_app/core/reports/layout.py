"""Page layout shared by every report: A4 portrait and landscape page templates, the
header (logo + institution name + report title), the footer (generation date +
"Halaman X dari Y") and the paragraph styles.

Report text is Indonesian by design: the PDFs are official documents for the host
university, the ministry and Dinas KUKM Jatim, whatever language the app's UI uses.

"Halaman X dari Y" needs the page count while page 1 is drawn. Rather than laying
the document out twice, :func:`numbered_canvas` keeps each finished page's drawing
state and writes the footers when the canvas is saved, when the total is known.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from sqlalchemy.orm import Session

from wirausaha_app.core.formatting import format_date_id
from wirausaha_app.core.models import AppSetting
from wirausaha_app.core.paths import resource
from wirausaha_app.core.progress import Cancelled, Progress
from wirausaha_app.core.reports.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts
from wirausaha_app.core.services.program_settings import DEFAULT_INSTITUTION, logo_image

PORTRAIT = "portrait"
LANDSCAPE = "landscape"

MARGIN = 16 * mm
HEADER_HEIGHT = 17 * mm
FOOTER_HEIGHT = 10 * mm

NAVY = colors.HexColor("#1f3a68")
GOLD = colors.HexColor("#e0a526")
GREY = colors.HexColor("#5b6472")
LIGHT = colors.HexColor("#eef2f8")
RULE = colors.HexColor("#b8c2d3")



@dataclass(frozen=True)
class ReportContext:
    """What the header and footer print: from settings, plus the report's own title."""

    institution: str
    city: str
    logo: Path | None
    generated: date
    title: str
    subtitle: str = ""
    logo_size: tuple[int, int] = (1, 1)  # the logo's pixels, for its proportions


def load_context(session: Session, title: str, subtitle: str = "") -> ReportContext:
    """Institution name, city and logo from ``app_settings``: the logo chosen in the
    settings (its image is kept in the database), else a ``report_logo`` file set by an
    older version, else the shipped logo."""
    settings = {
        row.key: row.value
        for row in session.query(AppSetting).filter(
            AppSetting.key.in_(("institution_name", "report_city", "report_logo"))
        )
    }
    logo: Path | None = None
    stored = logo_image(session)
    custom = settings.get("report_logo")
    if stored is not None:
        logo = _logo_file(stored)
    elif custom and Path(custom).expanduser().is_file():
        logo = Path(custom).expanduser()
    elif resource("logo.png").is_file():
        logo = resource("logo.png")
    return ReportContext(
        institution=settings.get("institution_name") or DEFAULT_INSTITUTION,
        city=settings.get("report_city") or "",
        logo=logo,
        generated=date.today(),
        title=title,
        subtitle=subtitle,
        logo_size=_pixel_size(logo),
    )


class Styles:
    """Paragraph styles in the embedded fonts (built after the fonts are registered)."""

    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5)
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=8, leading=10)
        self.muted = ParagraphStyle("muted", base, fontSize=8.5, leading=11, textColor=GREY)
        self.italic = ParagraphStyle("italic", base, fontName=FONT_ITALIC, textColor=GREY)
        self.title = ParagraphStyle(
            "title",
            base,
            fontName=FONT_BOLD,
            fontSize=17,
            leading=22,
            textColor=NAVY,
            spaceAfter=4 * mm,
        )
        self.h1 = ParagraphStyle(
            "h1",
            base,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=NAVY,
            spaceBefore=5 * mm,
            spaceAfter=2.5 * mm,
        )
        self.h2 = ParagraphStyle(
            "h2",
            base,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=NAVY,
            spaceBefore=3 * mm,
            spaceAfter=1.5 * mm,
        )
        self.cell = ParagraphStyle("cell", base, fontSize=8.5, leading=10.5)
        self.cell_bold = ParagraphStyle("cell_bold", self.cell, fontName=FONT_BOLD)
        self.cell_right = ParagraphStyle("cell_right", self.cell, alignment=TA_RIGHT)
        self.head_cell = ParagraphStyle(
            "head_cell", self.cell, fontName=FONT_BOLD, textColor=colors.white
        )
        self.center = ParagraphStyle("center", base, alignment=TA_CENTER)
        self.left = ParagraphStyle("left", base, alignment=TA_LEFT)
        self.figure = ParagraphStyle(
            "figure",
            base,
            fontName=FONT_BOLD,
            fontSize=16,
            leading=19,
            textColor=NAVY,
            alignment=TA_CENTER,
        )
        self.figure_label = ParagraphStyle(
            "figure_label", base, fontSize=7.5, leading=9.5, textColor=GREY, alignment=TA_CENTER
        )


def _logo_file(data: bytes) -> Path:
    """The logo stored in the database as a file, written once per image.

    reportlab draws an image given by file name once per document and refers to it
    from every page; given bytes, it decodes and hashes the pixels again on every page
    (22 ms a page for a 1000-pixel logo: a minute for 3,000 certificates).
    """
    folder = Path(tempfile.gettempdir()) / "wirausaha-logos"
    target = folder / hashlib.sha256(data).hexdigest()[:24]
    if not target.is_file():
        folder.mkdir(exist_ok=True)
        part = folder / f"{target.name}.{os.getpid()}.{threading.get_ident()}.part"
        part.write_bytes(data)
        os.replace(part, target)  # whole or not at all, also with two reports at once
    return target


def _pixel_size(logo: Path | None) -> tuple[int, int]:
    if logo is None:
        return (1, 1)
    try:
        width, height = ImageReader(str(logo)).getSize()
    except Exception:  # not drawable after all: the header then keeps a square box
        return (1, 1)
    return (max(int(width), 1), max(int(height), 1))


def _draw_header(canvas: Canvas, ctx: ReportContext) -> None:
    width, height = canvas._pagesize
    top = height - MARGIN + 2 * mm
    text_x = MARGIN
    if ctx.logo is not None:
        # 12 mm high; a wide logo (a university's name beside its emblem) gets the width
        # its proportions ask for, up to three times its height, and the text moves over.
        pixel_width, pixel_height = ctx.logo_size
        logo_height = 12 * mm
        logo_width = min(logo_height * pixel_width / pixel_height, 3 * logo_height)
        canvas.drawImage(
            str(ctx.logo),
            MARGIN,
            top - logo_height,
            width=logo_width,
            height=logo_height,
            mask="auto",
            preserveAspectRatio=True,
            anchor="sw",
        )
        text_x = MARGIN + logo_width + 3 * mm
    canvas.setFillColor(NAVY)
    canvas.setFont(FONT_BOLD, 10.5)
    canvas.drawString(
        text_x, top - 4.5 * mm, _fit(ctx.institution, FONT_BOLD, 10.5, width - text_x - MARGIN)
    )
    canvas.setFillColor(GREY)
    canvas.setFont(FONT, 8.5)
    line = ctx.title + (f" — {ctx.subtitle}" if ctx.subtitle else "")
    canvas.drawString(text_x, top - 9.5 * mm, _fit(line, FONT, 8.5, width - text_x - MARGIN))
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN, top - 13.5 * mm, width - MARGIN, top - 13.5 * mm)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten one header line with an ellipsis rather than run past the margin."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_footer(canvas: Canvas, ctx: ReportContext, number: int, total: int) -> None:
    width, _height = canvas._pagesize
    y = MARGIN - 6 * mm
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(GREY)
    canvas.drawString(MARGIN, y, f"Dibuat {format_date_id(ctx.generated)}")
    canvas.drawRightString(width - MARGIN, y, f"Halaman {number} dari {total}")
    canvas.restoreState()


def numbered_canvas(ctx: ReportContext) -> type[Canvas]:
    """A canvas class that writes "Halaman X dari Y" once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for number, state in enumerate(self._page_states, start=1):
                self.__dict__.update(state)
                _draw_footer(self, ctx, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


class ReportDocument(BaseDocTemplate):
    """A4 document with ``portrait`` and ``landscape`` templates (switch with
    ``NextPageTemplate(LANDSCAPE)`` + ``PageBreak()``); reports progress per
    flowable drawn and stops (raising ``Cancelled``) when the user cancels."""

    def __init__(
        self,
        target: Path,
        ctx: ReportContext,
        progress: Progress,
        *,
        header: bool = True,
        first: str = PORTRAIT,
        decorate: Callable[[Canvas, ReportContext], None] | None = None,
    ) -> None:
        register_fonts()
        super().__init__(
            str(target),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + (HEADER_HEIGHT if header else 0),
            bottomMargin=MARGIN + FOOTER_HEIGHT - 4 * mm,
            title=ctx.title + (f" — {ctx.subtitle}" if ctx.subtitle else ""),
            author=ctx.institution,
            creator="Wirausaha Merdeka Manager",
            lang="id-ID",
            # Otherwise every page references (unembedded) Helvetica as its start font.
            initialFontName=FONT,
            initialFontSize=9.5,
            initialLeading=12.5,
        )
        self.ctx = ctx
        self.progress = progress
        self.units_total = 1
        self.units_done = 0
        self._last_percent = -1
        # Certificates draw their own page (border, seal) instead of the running header.
        draw = decorate or (_draw_header if header else None)

        def on_page(canvas: Canvas, _doc: Any) -> None:
            if draw is not None:
                draw(canvas, ctx)

        templates = []
        for name, size in ((PORTRAIT, A4), (LANDSCAPE, landscape(A4))):
            frame = Frame(
                self.leftMargin,
                self.bottomMargin,
                size[0] - self.leftMargin - self.rightMargin,
                size[1] - self.topMargin - self.bottomMargin,
                id=f"{name}-frame",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            templates.append(PageTemplate(id=name, frames=[frame], onPage=on_page, pagesize=size))
        if first == LANDSCAPE:
            templates.reverse()
        self.addPageTemplates(templates)

    def frame_width(self, orientation: str = PORTRAIT) -> float:
        size = A4 if orientation == PORTRAIT else landscape(A4)
        return float(size[0] - self.leftMargin - self.rightMargin)

    def afterFlowable(self, flowable: Flowable) -> None:
        self.units_done += getattr(flowable, "report_units", 1)
        done = min(self.units_done, self.units_total)
        percent = done * 100 // self.units_total
        if percent != self._last_percent:
            # Report each percent once: a progress bar needs no more, and every report
            # crosses threads in the desktop app.
            self._last_percent = percent
            self.progress.step(done, self.units_total, "Menyusun halaman")
        elif self.progress.cancelled:
            raise Cancelled

    def build_story(self, story: list[Flowable]) -> None:
        self.units_total = max(1, sum(getattr(f, "report_units", 1) for f in story))
        self.build(story, canvasmaker=numbered_canvas(self.ctx))
