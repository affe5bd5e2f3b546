"""Daftar hadir: a blank attendance sheet to print and sign by hand.

For a mentoring session (``--session ID``) the rows are the team's members and the
head shows the session; for a cohort event (``--cohort``, optionally narrowed by
``--university`` or ``--team``) the rows are the cohort's students who have not
withdrawn, and the event's name, date and place are left as lines to fill in.
The signature column staggers its numbers left and right, as Indonesian
attendance sheets do, so neighbours do not sign over each other.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer
from sqlalchemy.orm import Session

from wirausaha_app.core.formatting import format_date_id
from wirausaha_app.core.models import Cohort, Mentor, Team
from wirausaha_app.core.progress import Progress
from wirausaha_app.core.reports import queries
from wirausaha_app.core.reports.blocks import signature_block
from wirausaha_app.core.reports.labels import DASH, METHOD, label
from wirausaha_app.core.reports.layout import RULE, ReportDocument, Styles, load_context
from wirausaha_app.core.reports.render import render, render_no_data
from wirausaha_app.core.reports.scope import ReportScope, required, resolve
from wirausaha_app.core.reports.tables import Column, TableSpec, data_table, key_value_table

TITLE = "Daftar Hadir"
BLANK = "." * 60


def build(session: Session, scope: ReportScope, target: Path, progress: Progress) -> None:
    resolved = resolve(session, scope)
    meeting = resolved.mentoring_session
    if meeting is None and resolved.cohort is None:
        raise required("session_or_cohort", "attendance")
    progress.step(0, None, "Membaca data")
    head: list[tuple[str, str]]
    signer = ""
    if meeting is not None:
        team = session.get(Team, meeting.team_id)
        mentor = session.get(Mentor, meeting.mentor_id)
        cohort = session.get(Cohort, team.cohort_id) if team else None
        people = queries.students(session, team_id=meeting.team_id)
        when = format_date_id(meeting.session_date) + (
            f", pukul {meeting.start_time.strftime('%H.%M')}" if meeting.start_time else ""
        )
        head = [
            ("Kegiatan", f"Pendampingan: {meeting.topic}"),
            ("Hari, tanggal", when),
            (
                "Tempat",
                (label(METHOD, meeting.method) + (f" — {meeting.place}" if meeting.place else "")),
            ),
            (
                "Tim / angkatan",
                f"{team.name if team else DASH} / {cohort.name if cohort else DASH}",
            ),
            ("Mentor", mentor.name if mentor else DASH),
        ]
        signer = mentor.name if mentor else ""
        subtitle = f"Sesi {meeting.id} — {team.name if team else ''}"
    else:
        assert resolved.cohort is not None
        people = queries.students(
            session,
            cohort_id=resolved.cohort.id,
            university_id=resolved.university.id if resolved.university else None,
            team_id=resolved.team.id if resolved.team else None,
            statuses=("registered", "active", "completed"),
        )
        head = [
            ("Kegiatan", BLANK),
            ("Hari, tanggal", BLANK),
            ("Tempat", BLANK),
            ("Angkatan", resolved.cohort.name),
        ]
        if resolved.university:
            head.append(("Perguruan tinggi", resolved.university.name))
        if resolved.team:
            head.append(("Tim", resolved.team.name))
        subtitle = resolved.cohort.name
    ctx = load_context(session, TITLE, subtitle)
    if not people:
        render_no_data(target, ctx, progress, scope)
        return

    def story(doc: ReportDocument, styles: Styles) -> list[Flowable]:
        width = doc.frame_width()
        sign_w = 22 * mm
        spec = TableSpec(
            [
                Column("No", 13 * mm, "RIGHT", fixed=True),
                Column("Nama", 2.3),
                Column("NIM", 1.0),
                Column("Tim", 0.9),
                Column("Tanda tangan", sign_w, fixed=True),
                Column("", sign_w, fixed=True),
            ],
            width,
            min_row_height=9.5 * mm,
            zebra=False,
            extra_style=[
                ("SPAN", (4, 0), (5, 0)),
                ("LINEBEFORE", (4, 0), (4, -1), 0.35, RULE),
                ("LINEBEFORE", (1, 0), (4, -1), 0.35, RULE),
            ],
        )
        rows = [
            [n, p.name, p.nim, p.team or DASH, f"{n}." if n % 2 else "", "" if n % 2 else f"{n}."]
            for n, p in enumerate(people, start=1)
        ]
        title = styles.title.clone("sheet-title", alignment=1)
        return [
            Paragraph("DAFTAR HADIR", title),
            key_value_table(head, width, styles, label_share=0.2),
            Spacer(1, 3 * mm),
            data_table(spec, styles, rows),
            signature_block(
                ctx,
                styles,
                width,
                [("Mentor" if signer else "Panitia", signer), ("Koordinator Program", "")],
            ),
        ]

    render(target, ctx, progress, story)
