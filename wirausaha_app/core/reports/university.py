"""Rekap per perguruan tinggi asal: each university's students across cohorts, their
teams, mentoring hours and the UMKM outcomes of those teams.

Without ``--university`` every university with students in scope gets a section
(after an overview table); ``--cohort`` narrows to one cohort. Hours of a student
are the sessions they attended as present; a team's outcomes count for every
university with a member in it (the outcomes service's roll-up rule).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from wirausaha_app.core.formatting import format_number, format_percent
from wirausaha_app.core.models import Cohort, University
from wirausaha_app.core.progress import Progress
from wirausaha_app.core.reports import queries
from wirausaha_app.core.reports.blocks import figures, heading, para
from wirausaha_app.core.reports.labels import DASH, STUDENT_STATUS, hours, label, natural_key
from wirausaha_app.core.reports.layout import ReportDocument, Styles, load_context
from wirausaha_app.core.reports.render import render, render_no_data
from wirausaha_app.core.reports.scope import ReportScope, resolve
from wirausaha_app.core.reports.tables import Column, TableSpec, data_table
from wirausaha_app.core.services.mentoring import hours_per_student, hours_per_team
from wirausaha_app.core.services.outcomes import OutcomeRollup, pairing_outcomes, rollup

TITLE = "Rekap Perguruan Tinggi"


def build(session: Session, scope: ReportScope, target: Path, progress: Progress) -> None:
    resolved = resolve(session, scope)
    cohort_id = resolved.cohort.id if resolved.cohort else None
    university_id = resolved.university.id if resolved.university else None
    progress.step(0, None, "Membaca data")
    students = queries.students(session, cohort_id=cohort_id, university_id=university_id)
    subtitle = resolved.university.name if resolved.university else "semua perguruan tinggi"
    if resolved.cohort:
        subtitle += f" — {resolved.cohort.name}"
    ctx = load_context(session, TITLE, subtitle)
    if not students:
        render_no_data(target, ctx, progress, scope)
        return
    cohorts = dict(session.execute(select(Cohort.id, Cohort.name)).all())
    minutes = {row.id: row.minutes for row in hours_per_student(session, cohort_id=cohort_id)}
    team_minutes = {row.id: row.minutes for row in hours_per_team(session, cohort_id=cohort_id)}
    outcomes = pairing_outcomes(session, cohort_id=cohort_id)
    by_university = {r.key: r for r in rollup(outcomes, by="university")}
    by_team = {r.key: r for r in rollup(outcomes, by="team")}
    universities = {
        uid: (name, short)
        for uid, name, short in session.execute(
            select(University.id, University.name, University.short_name)
        )
    }
    grouped: dict[int, list[queries.StudentRow]] = defaultdict(list)
    for student in students:
        grouped[student.university_id].append(student)
    order = sorted(grouped, key=lambda uid: universities[uid][0].casefold())

    def story(doc: ReportDocument, styles: Styles) -> list[Flowable]:
        parts: list[Flowable] = []
        if len(order) > 1:
            parts += _overview(doc, styles, order, grouped, universities, minutes, by_university)
        for index, uid in enumerate(order):
            if index or len(order) > 1:
                parts.append(PageBreak())
            parts += _section(
                doc,
                styles,
                universities[uid][0],
                grouped[uid],
                cohorts,
                minutes,
                team_minutes,
                by_university.get(str(uid)),
                by_team,
            )
        return parts

    render(target, ctx, progress, story)


def _overview(
    doc: ReportDocument,
    styles: Styles,
    order: list[int],
    grouped: dict[int, list[queries.StudentRow]],
    universities: dict[int, tuple[str, str | None]],
    minutes: dict[int, int],
    by_university: dict[str, OutcomeRollup],
) -> list[Flowable]:
    spec = TableSpec(
        [
            Column("No", 9 * mm, "RIGHT", fixed=True),
            Column("Perguruan tinggi", 3.0),
            Column("Mhs", 0.8, "RIGHT"),
            Column("Selesai", 1.0, "RIGHT"),
            Column("Tim", 0.8, "RIGHT"),
            Column("Jam hadir", 1.1, "RIGHT"),
            Column("Pasangan", 1.4, "RIGHT"),
            Column("Formal", 1.0, "RIGHT"),
            Column("Naik kelas", 1.1, "RIGHT"),
            Column("Digital", 1.0, "RIGHT"),
        ],
        doc.frame_width(),
    )
    rows: list[list[object]] = []
    totals = [0] * 8
    for n, uid in enumerate(order, start=1):
        group = grouped[uid]
        outcome = by_university.get(str(uid))
        values = [
            len(group),
            sum(1 for s in group if s.status == "completed"),
            len({s.team_id for s in group if s.team_id is not None}),
            sum(minutes.get(s.id, 0) for s in group),
            outcome.pairings if outcome else 0,
            outcome.umkm_formalised if outcome else 0,
            outcome.umkm_naik_kelas if outcome else 0,
            outcome.umkm_digital if outcome else 0,
        ]
        totals = [a + b for a, b in zip(totals, values, strict=True)]
        rows.append([n, universities[uid][0], *_fmt(values)])
    rows.append(["", "Jumlah", *_fmt(totals)])
    spec.bold_rows = {len(rows) - 1}
    return [
        *heading("Ringkasan per perguruan tinggi", styles),
        para(
            "Satu pasangan UMKM dihitung untuk setiap perguruan tinggi yang mahasiswanya "
            "menjadi anggota tim, sehingga jumlah per perguruan tinggi dapat melebihi jumlah "
            "pasangan. Formal, naik kelas dan digital menghitung UMKM (UMKM yang didampingi "
            "dua tim dari satu perguruan tinggi dihitung sekali). Jam hadir = jam sesi "
            "pendampingan yang dihadiri mahasiswa.",
            styles,
            "muted",
        ),
        Spacer(1, 2 * mm),
        data_table(spec, styles, rows),
    ]


def _fmt(values: list[int]) -> list[str]:
    return [hours(v) if i == 3 else format_number(v) for i, v in enumerate(values)]


def _section(
    doc: ReportDocument,
    styles: Styles,
    name: str,
    group: list[queries.StudentRow],
    cohorts: dict[int, str],
    minutes: dict[int, int],
    team_minutes: dict[int, int],
    outcome: OutcomeRollup | None,
    by_team: dict[str, OutcomeRollup],
) -> list[Flowable]:
    width = doc.frame_width()
    teams: dict[int, tuple[str, int | None, int]] = {}
    for s in group:
        if s.team_id is not None and s.team is not None:
            _name, cid, count = teams.get(s.team_id, (s.team, s.cohort_id, 0))
            teams[s.team_id] = (s.team, cid, count + 1)
    completed = sum(1 for s in group if s.status == "completed")
    items = [
        ("Mahasiswa", format_number(len(group))),
        ("Selesai program", format_number(completed)),
        ("Angkatan", format_number(len({s.cohort_id for s in group if s.cohort_id}))),
        ("Tim", format_number(len(teams))),
        ("Jam hadir pendampingan", hours(sum(minutes.get(s.id, 0) for s in group))),
        ("Pasangan UMKM", format_number(outcome.pairings if outcome else 0)),
        # Distinct UMKM: one paired with two of the university's teams counts once.
        (
            "UMKM formal / naik kelas",
            f"{format_number(outcome.umkm_formalised if outcome else 0)} / "
            f"{format_number(outcome.umkm_naik_kelas if outcome else 0)}",
        ),
        ("UMKM go digital", format_number(outcome.umkm_digital if outcome else 0)),
    ]
    student_spec = TableSpec(
        [
            Column("No", 10 * mm, "RIGHT", fixed=True),
            Column("Nama", 2.6),
            Column("NIM", 1.2),
            Column("Angkatan", 1.3),
            Column("Tim", 1.0),
            Column("Status", 1.6),
            Column("Jam", 13 * mm, "RIGHT", fixed=True),
        ],
        width,
    )
    student_rows = [
        [
            n,
            s.name,
            s.nim,
            cohorts.get(s.cohort_id or 0, DASH),
            s.team or DASH,
            label(STUDENT_STATUS, s.status),
            hours(minutes.get(s.id, 0)),
        ]
        for n, s in enumerate(group, start=1)
    ]
    story: list[Flowable] = [
        *heading(name, styles),
        figures(items, width, styles),
        *heading("Mahasiswa", styles, level=2),
        data_table(student_spec, styles, student_rows),
    ]
    if teams:
        team_spec = TableSpec(
            [
                Column("No", 10 * mm, "RIGHT", fixed=True),
                Column("Tim", 1.5),
                Column("Angkatan", 1.5),
                Column("Anggota dari PT ini", 1.0, "RIGHT"),
                Column("Jam tim", 0.8, "RIGHT"),
                Column("Pasangan", 1.0, "RIGHT"),
                Column("Formal / naik kelas / digital", 1.4, "CENTER"),
                Column("Penjualan", 1.1, "RIGHT"),
            ],
            width,
        )
        team_rows = []
        ordered = sorted(teams.items(), key=lambda item: natural_key(item[1][0]))
        for n, (team_id, (team_name, cid, count)) in enumerate(ordered, start=1):
            result = by_team.get(str(team_id))
            team_rows.append(
                [
                    n,
                    team_name,
                    cohorts.get(cid or 0, DASH),
                    format_number(count),
                    hours(team_minutes.get(team_id, 0)),
                    format_number(result.pairings if result else 0),
                    (
                        f"{result.formalised} / {result.naik_kelas} / {result.digital}"
                        if result
                        else DASH
                    ),
                    _growth(result),
                ]
            )
        story += [*heading("Tim", styles, level=2), data_table(team_spec, styles, team_rows)]
    return story


def _growth(result: OutcomeRollup | None) -> str:
    if result is None or result.sales_change_percent is None:
        return DASH
    value = result.sales_change_percent
    return ("+" if value > 0 else "") + format_percent(value)
