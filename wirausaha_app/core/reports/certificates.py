"""Sertifikat: one A4 landscape certificate per student of a cohort who completed the
program (status ``completed``), with name, NIM, university, team and the mentoring
hours they attended. ``--university``/``--team`` narrow the batch for printing."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer
from sqlalchemy.orm import Session

from wirausaha_app.core.formatting import format_date_id
from wirausaha_app.core.progress import Progress
from wirausaha_app.core.reports import queries
from wirausaha_app.core.reports.blocks import signature_block
from wirausaha_app.core.reports.fonts import FONT, FONT_BOLD, FONT_SERIF_BOLD
from wirausaha_app.core.reports.labels import hours
from wirausaha_app.core.reports.layout import (
    GOLD,
    GREY,
    LANDSCAPE,
    NAVY,
    ReportContext,
    ReportDocument,
    Styles,
    load_context,
)
from wirausaha_app.core.reports.render import render, render_no_data
from wirausaha_app.core.reports.scope import ReportScope, required, resolve
from wirausaha_app.core.services.mentoring import hours_per_student

TITLE = "Sertifikat Peserta"
NAME_SIZE = 26.0


def _border(canvas: Canvas, ctx: ReportContext) -> None:
    """Double frame, logo and institution name on every certificate page."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(3)
    canvas.rect(6 * mm, 6 * mm, width - 12 * mm, height - 12 * mm)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1)
    canvas.rect(8.5 * mm, 8.5 * mm, width - 17 * mm, height - 17 * mm)
    if ctx.logo is not None:
        size = 22 * mm
        canvas.drawImage(
            str(ctx.logo),
            (width - size) / 2,
            height - 17 * mm - size,
            size,
            size,
            mask="auto",
            preserveAspectRatio=True,
        )
    canvas.setFillColor(NAVY)
    canvas.setFont(FONT_BOLD, 12)
    canvas.drawCentredString(width / 2, height - 46 * mm, ctx.institution)
    canvas.restoreState()


def build(session: Session, scope: ReportScope, target: Path, progress: Progress) -> None:
    resolved = resolve(session, scope)
    if resolved.cohort is None:
        raise required("cohort", "certificates")
    cohort = resolved.cohort
    progress.step(0, None, "Membaca data")
    people = queries.students(
        session,
        cohort_id=cohort.id,
        university_id=resolved.university.id if resolved.university else None,
        team_id=resolved.team.id if resolved.team else None,
        statuses=("completed",),
    )
    minutes = {row.id: row.minutes for row in hours_per_student(session, cohort_id=cohort.id)}
    host = cohort.host_university.name
    ctx = load_context(session, TITLE, cohort.name)
    if not people:
        render_no_data(target, ctx, progress, scope)
        return
    period = ""
    start = cohort.pre_immersion_start or cohort.immersion_start
    if start and cohort.end_date:
        period = f" pada {format_date_id(start)} – {format_date_id(cohort.end_date)}"

    def story(doc: ReportDocument, styles: Styles) -> list[Flowable]:
        width = doc.frame_width(LANDSCAPE)
        heading = ParagraphStyle(
            "cert-title",
            fontName=FONT_SERIF_BOLD,
            fontSize=34,
            leading=40,
            alignment=TA_CENTER,
            textColor=NAVY,
        )
        line = ParagraphStyle(
            "cert-line",
            fontName=FONT,
            fontSize=11.5,
            leading=16,
            alignment=TA_CENTER,
            textColor=GREY,
        )
        body = ParagraphStyle(
            "cert-body",
            line,
            textColor=NAVY,
            fontSize=12,
            leading=17,
            leftIndent=18 * mm,
            rightIndent=18 * mm,
        )
        story: list[Flowable] = []
        for index, person in enumerate(people):
            if index:
                story.append(PageBreak())
            # Long names shrink to two lines at most rather than push the page over.
            size = NAME_SIZE
            while size > 14 and stringWidth(person.name, FONT_SERIF_BOLD, size) > width * 1.6:
                size -= 1
            name_style = ParagraphStyle(
                "cert-name",
                fontName=FONT_SERIF_BOLD,
                fontSize=size,
                leading=size * 1.22,
                alignment=TA_CENTER,
                textColor=NAVY,
            )
            team = f" sebagai anggota tim <b>{escape(person.team)}</b>" if person.team else ""
            story += [
                Spacer(1, 34 * mm),  # below the logo and institution drawn by _border
                Paragraph("SERTIFIKAT", heading),
                Spacer(1, 2 * mm),
                Paragraph("diberikan kepada", line),
                Spacer(1, 3 * mm),
                Paragraph(escape(person.name), name_style),
                Spacer(1, 1.5 * mm),
                Paragraph(f"NIM {escape(person.nim)} — {escape(person.university)}", line),
                Spacer(1, 5 * mm),
                Paragraph(
                    "atas keikutsertaan dan keberhasilannya menyelesaikan Program Wirausaha "
                    f"Merdeka <b>{escape(cohort.name)}</b> di {escape(host)}{period}{team}, "
                    f"dengan <b>{hours(minutes.get(person.id, 0))} jam</b> pendampingan usaha.",
                    body,
                ),
                signature_block(ctx, styles, width * 0.5, [("Koordinator Program", "")]),
            ]
        return story

    render(target, ctx, progress, story, first=LANDSCAPE, header=False, decorate=_border)
