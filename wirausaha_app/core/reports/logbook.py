"""Logbook pendampingan: every mentoring session of a team (or of a mentor, across
teams) with topic, method, duration and attendance, closed by a signature block for
the mentor and the program coordinator."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from wirausaha_app.core.formatting import format_date_id, format_number
from wirausaha_app.core.models import (
    Cohort,
    Mentor,
    MentoringSession,
    SessionAttendance,
    Student,
    Team,
)
from wirausaha_app.core.progress import Progress
from wirausaha_app.core.reports import queries
from wirausaha_app.core.reports.blocks import heading, signature_block
from wirausaha_app.core.reports.labels import ATTENDANCE, DASH, MENTOR_KIND, METHOD, hours, label
from wirausaha_app.core.reports.layout import ReportDocument, Styles, load_context
from wirausaha_app.core.reports.render import render, render_no_data
from wirausaha_app.core.reports.scope import ReportScope, required, resolve
from wirausaha_app.core.reports.tables import Column, TableSpec, data_table, key_value_table

TITLE = "Logbook Pendampingan"


def build(session: Session, scope: ReportScope, target: Path, progress: Progress) -> None:
    resolved = resolve(session, scope)
    if resolved.team is None and resolved.mentor is None:
        raise required("team_or_mentor", "logbook")
    team, mentor = resolved.team, resolved.mentor
    progress.step(0, None, "Membaca data")
    query = (
        select(
            MentoringSession.id,
            MentoringSession.session_date,
            MentoringSession.start_time,
            MentoringSession.duration_minutes,
            MentoringSession.method,
            MentoringSession.place,
            MentoringSession.topic,
            MentoringSession.notes,
            Team.name,
            Mentor.name,
        )
        .join(Team, Team.id == MentoringSession.team_id)
        .join(Mentor, Mentor.id == MentoringSession.mentor_id)
        .order_by(
            MentoringSession.session_date,
            # Untimed sessions first on both databases (PostgreSQL puts NULLs last).
            MentoringSession.start_time.asc().nulls_first(),
            MentoringSession.id,
        )
    )
    if team is not None:
        query = query.where(MentoringSession.team_id == team.id)
    if mentor is not None:
        query = query.where(MentoringSession.mentor_id == mentor.id)
    if resolved.cohort is not None:
        query = query.where(Team.cohort_id == resolved.cohort.id)
    sessions = session.execute(query).all()
    attendance: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    ids = [row[0] for row in sessions]
    for start in range(0, len(ids), 500):
        for sid, status, name in session.execute(
            select(SessionAttendance.session_id, SessionAttendance.status, Student.name)
            .join(Student, Student.id == SessionAttendance.student_id)
            .where(SessionAttendance.session_id.in_(ids[start : start + 500]))
            .order_by(Student.name)
        ):
            attendance[sid][status].append(name)

    who = [x for x in (team.name if team else "", mentor.name if mentor else "") if x]
    ctx = load_context(session, TITLE, " — ".join(who))
    if not sessions:
        render_no_data(target, ctx, progress, scope)
        return

    head: list[tuple[str, str]] = []
    if team is not None:
        cohort = session.get(Cohort, team.cohort_id)
        members = queries.members_by_team(session, team.cohort_id).get(team.id, [])
        mentors = queries.mentors_by_team(session, team_ids=[team.id]).get(team.id, [])
        head += [
            ("Tim", team.name + (f" — {team.business_name}" if team.business_name else "")),
            ("Angkatan", cohort.name if cohort else DASH),
            ("Anggota", ", ".join(f"{n} ({nim})" for n, nim, _l in members) or DASH),
            ("Mentor", ", ".join(mentors) or DASH),
        ]
    if mentor is not None:
        head.append(("Mentor", f"{mentor.name} ({label(MENTOR_KIND, mentor.kind)})"))
        if mentor.organisation:
            head.append(("Instansi", mentor.organisation))
    total_minutes = sum(int(row[3]) for row in sessions)
    first, last = sessions[0][1], sessions[-1][1]
    head += [
        ("Periode", f"{format_date_id(first)} – {format_date_id(last)}"),
        ("Jumlah sesi / jam", f"{format_number(len(sessions))} sesi / {hours(total_minutes)} jam"),
    ]
    signer = mentor.name if mentor is not None else (sessions[-1][9] if sessions else "")

    def story(doc: ReportDocument, styles: Styles) -> list[Flowable]:
        width = doc.frame_width()
        show_team = team is None
        show_mentor = mentor is None and len({row[9] for row in sessions}) > 1
        columns = [
            Column("No", 9 * mm, "RIGHT", fixed=True),
            Column("Tanggal", 24 * mm, fixed=True),
        ]
        if show_team:
            columns.append(Column("Tim", 1.0))
        columns += [Column("Metode / tempat", 1.0), Column("Topik dan catatan", 2.6)]
        if show_mentor:
            columns.append(Column("Mentor", 1.0))
        columns += [
            Column("Durasi", 18 * mm, "RIGHT", fixed=True),
            Column("Kehadiran", 1.5),
        ]
        spec = TableSpec(columns, width)
        rows = []
        for n, row in enumerate(sessions, start=1):
            sid, day, start, minutes, method, place, topic, notes, team_name, mentor_name = row
            when = format_date_id(day, short=True) + (
                f"\n{start.strftime('%H.%M')}" if start else ""
            )
            present = attendance[sid].get("present", [])
            others = [
                f"{ATTENDANCE[status]}: {', '.join(names)}"
                for status, names in sorted(attendance[sid].items())
                if status != "present"
            ]
            seen = f"Hadir {len(present)}" + (f" ({', '.join(present)})" if present else "")
            cells: list[object] = [n, when]
            if show_team:
                cells.append(team_name)
            cells += [
                label(METHOD, method) + (f"\n{place}" if place else ""),
                topic + (f"\n{notes}" if notes else ""),
            ]
            if show_mentor:
                cells.append(mentor_name)
            cells += [f"{minutes} menit", "\n".join([seen, *others]) if attendance[sid] else DASH]
            rows.append(cells)
        return [
            key_value_table(head, width, styles, label_share=0.22),
            Spacer(1, 3 * mm),
            *heading("Catatan sesi pendampingan", styles),
            data_table(spec, styles, rows),
            signature_block(ctx, styles, width, [("Mentor", signer), ("Koordinator Program", "")]),
        ]

    render(target, ctx, progress, story)
