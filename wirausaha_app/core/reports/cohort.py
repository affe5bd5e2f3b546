"""Laporan Program: the full report of one cohort (angkatan).

Cover page, summary figures, four charts, team roster with members and mentors,
seed funding, outputs (luaran) progress, then — in landscape, because the table is
wide — the UMKM pairings with their measured outcomes, and a signature block.
Outcome rules come from :mod:`wirausaha_app.core.services.outcomes`; hours, funds
and output progress from the mentorship services.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, NextPageTemplate, PageBreak, Paragraph, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from wirausaha_app.core.formatting import format_date_id, format_number, format_percent
from wirausaha_app.core.formatting import format_rupiah as rp
from wirausaha_app.core.models import (
    Cohort,
    OutputKind,
    Team,
    TeamOutput,
    ValueChainRole,
)
from wirausaha_app.core.progress import Progress
from wirausaha_app.core.reports import charts, queries
from wirausaha_app.core.reports.blocks import figures, heading, para, signature_block
from wirausaha_app.core.reports.labels import (
    DASH,
    PAIRING_STATUS,
    SCALE_CLASS,
    SEMESTER,
    STUDENT_STATUS,
    hours,
    label,
    natural_key,
    yes_no,
)
from wirausaha_app.core.reports.layout import (
    LANDSCAPE,
    ReportContext,
    ReportDocument,
    Styles,
    load_context,
)
from wirausaha_app.core.reports.render import render, render_no_data
from wirausaha_app.core.reports.scope import ReportScope, required, resolve
from wirausaha_app.core.reports.tables import Column, TableSpec, data_table
from wirausaha_app.core.services.mentoring import hours_per_team
from wirausaha_app.core.services.outcomes import PairingOutcome, pairing_outcomes, rollup
from wirausaha_app.core.services.outputs import cohort_progress
from wirausaha_app.core.services.seed_funds import cohort_totals

TITLE = "Laporan Program Wirausaha Merdeka"


def build(session: Session, scope: ReportScope, target: Path, progress: Progress) -> None:
    resolved = resolve(session, scope)
    if resolved.cohort is None:
        raise required("cohort", "cohort")
    cohort = resolved.cohort
    progress.step(0, None, "Membaca data")
    data = _CohortData(session, cohort)
    ctx = load_context(session, TITLE, cohort.name)
    if not data.students and not data.teams:
        render_no_data(target, ctx, progress, scope)
        return
    render(target, ctx, progress, lambda doc, styles: _story(doc, styles, ctx, cohort, data))


class _CohortData:
    """Everything the report prints, read up front in a handful of queries."""

    def __init__(self, session: Session, cohort: Cohort) -> None:
        cid = cohort.id
        self.host = cohort.host_university.name
        self.students = queries.students(session, cohort_id=cid)
        self.teams = sorted(
            session.execute(
                select(Team.id, Team.name, Team.business_name, Team.sector).where(
                    Team.cohort_id == cid
                )
            ).all(),
            key=lambda t: natural_key(t.name),
        )
        self.members = queries.members_by_team(session, cid)
        self.mentors = queries.mentors_by_team(session, cohort_id=cid)
        self.team_hours = {row.id: row for row in hours_per_team(session, cohort_id=cid)}
        self.sessions = queries.session_minutes_by_date(session, cid)
        self.outcomes: list[PairingOutcome] = pairing_outcomes(session, cohort_id=cid)
        self.roles = dict(session.execute(select(ValueChainRole.code, ValueChainRole.name)).all())
        self.fund_total, funds = cohort_totals(session, cid)
        self.team_funds = sorted(funds, key=lambda t: natural_key(t.team_name))
        self.output_total, outputs = cohort_progress(session, cid)
        self.team_outputs = sorted(outputs, key=lambda t: natural_key(t.team_name))
        self.outcomes.sort(key=lambda o: (natural_key(o.team_name), natural_key(o.umkm_name)))
        self.output_kinds = session.execute(
            select(OutputKind.code, OutputKind.name)
            .where(OutputKind.active)
            .order_by(OutputKind.sort_order, OutputKind.code)
        ).all()
        self.output_status: dict[tuple[int, str], str] = {
            (team_id, kind): status
            for team_id, kind, status in session.execute(
                select(TeamOutput.team_id, TeamOutput.kind_code, TeamOutput.status)
                .join(Team, Team.id == TeamOutput.team_id)
                .where(Team.cohort_id == cid)
            )
        }
        self.mentor_count = len({m for names in self.mentors.values() for m in names})
        self.week_start = cohort.pre_immersion_start or cohort.immersion_start


def _cover(
    doc: ReportDocument, styles: Styles, ctx: ReportContext, cohort: Cohort, data: _CohortData
) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 18 * mm)]
    if ctx.logo is not None:
        # "proportional": a wide university logo fits the 38 mm box, not squashed into it.
        logo = Image(
            str(ctx.logo), width=38 * mm, height=38 * mm,
            kind="proportional",
        )
        story += [logo, Spacer(1, 10 * mm)]
    big = styles.title.clone("cover-title", fontSize=22, leading=28, alignment=1)
    mid = styles.h1.clone("cover-sub", alignment=1, fontSize=15, leading=20)
    story += [
        Paragraph("LAPORAN PROGRAM<br/>WIRAUSAHA MERDEKA", big),
        Spacer(1, 4 * mm),
        Paragraph(escape(cohort.name), mid),
        Spacer(1, 14 * mm),
    ]
    period = DASH
    start = cohort.pre_immersion_start or cohort.immersion_start
    if start or cohort.end_date:
        period = f"{format_date_id(start) or DASH} – {format_date_id(cohort.end_date) or DASH}"
    width = doc.frame_width()
    from wirausaha_app.core.reports.tables import key_value_table

    kv = key_value_table(
        [
            ("Perguruan tinggi pelaksana", data.host),
            ("Tahun / semester", f"{cohort.year} / {label(SEMESTER, cohort.semester)}"),
            ("Periode", period),
            ("Expo / Demo Day", format_date_id(cohort.expo_date) or DASH),
            ("Disusun oleh", ctx.institution),
        ],
        width * 0.7,
        styles,
        label_share=0.42,
    )
    kv.hAlign = "CENTER"
    place = f"{ctx.city}, " if ctx.city else ""
    story += [
        kv,
        Spacer(1, 30 * mm),
        Paragraph(escape(place + format_date_id(ctx.generated)), styles.center),
        PageBreak(),
    ]
    return story


def _summary(doc: ReportDocument, styles: Styles, data: _CohortData) -> list[Flowable]:
    width = doc.frame_width()
    total_minutes = sum(minutes for _day, minutes in data.sessions)
    universities = {s.university for s in data.students}
    totals = rollup(data.outcomes, by="all")[0]
    statuses = Counter(s.status for s in data.students)
    status_text = ", ".join(
        f"{format_number(n)} {label(STUDENT_STATUS, code).lower()}"
        for code, n in sorted(statuses.items(), key=lambda kv: -kv[1])
    )
    items = [
        ("Mahasiswa", format_number(len(data.students))),
        ("Perguruan tinggi asal", format_number(len(universities))),
        ("Tim usaha", format_number(len(data.teams))),
        ("Mentor", format_number(data.mentor_count)),
        ("Sesi pendampingan", format_number(len(data.sessions))),
        ("Jam pendampingan", hours(total_minutes)),
        ("Pasangan UMKM (aktif/selesai)", format_number(totals.pairings)),
        # An UMKM working with two teams is one UMKM: these count distinct UMKM.
        ("UMKM dipasangkan", format_number(totals.umkm)),
        ("UMKM terukur", format_number(totals.umkm_measured)),
        ("UMKM formal (NIB baru)", format_number(totals.umkm_formalised)),
        ("UMKM naik kelas", format_number(totals.umkm_naik_kelas)),
        ("UMKM go digital", format_number(totals.umkm_digital)),
        ("Luaran tercapai", format_percent(data.output_total.percent)),
        ("Dana disetujui", rp(data.fund_total.granted)),
        ("Dana disalurkan", rp(data.fund_total.disbursed)),
        ("Dana dilaporkan", rp(data.fund_total.reported)),
        ("Perubahan penjualan UMKM", _percent_or_dash(totals.sales_change_percent)),
    ]
    return [
        *heading("1. Ringkasan", styles),
        figures(items, width, styles),
        Spacer(1, 2 * mm),
        para(f"Status mahasiswa: {status_text or DASH}.", styles, "muted"),
    ]


def _percent_or_dash(value: float | None) -> str:
    if value is None:
        return DASH
    return ("+" if value > 0 else "") + format_percent(value)


def _charts(doc: ReportDocument, styles: Styles, data: _CohortData) -> list[Flowable]:
    width = doc.frame_width()
    by_university = Counter(s.university_short or s.university for s in data.students)
    by_sector = Counter((t.sector or "Belum diisi") for t in data.teams)
    weeks = queries.week_buckets(data.sessions, data.week_start)
    totals = rollup(data.outcomes, by="all")[0]
    outcome_bars = [  # distinct UMKM, as the summary's "UMKM …" figures
        ("UMKM", float(totals.umkm)),
        ("Terukur", float(totals.umkm_measured)),
        ("Formal (NIB)", float(totals.umkm_formalised)),
        ("Naik kelas", float(totals.umkm_naik_kelas)),
        ("Go digital", float(totals.umkm_digital)),
    ]
    story: list[Flowable] = [*heading("2. Grafik", styles)]
    story += [
        charts.horizontal_bars(
            "Mahasiswa menurut perguruan tinggi asal",
            charts.top_n(list(by_university.items()), 12),
            width,
        ),
        Spacer(1, 5 * mm),
        charts.pie("Tim menurut bidang usaha", charts.top_n(list(by_sector.items()), 10), width),
        Spacer(1, 5 * mm),
    ]
    if weeks:
        story.append(
            charts.vertical_bars("Jam pendampingan per minggu program", weeks, width, decimals=1)
        )
    else:
        story.append(para("Belum ada sesi pendampingan tercatat.", styles, "muted"))
    story += [
        Spacer(1, 5 * mm),
        charts.vertical_bars("Capaian UMKM mitra", outcome_bars, width, height=140),
    ]
    return story


def _roster(doc: ReportDocument, styles: Styles, data: _CohortData) -> list[Flowable]:
    spec = TableSpec(
        [
            Column("No", 9 * mm, "RIGHT", fixed=True),
            Column("Tim / usaha", 1.5),
            Column("Bidang", 1.0),
            Column("Anggota (NIM)", 2.6),
            Column("Mentor", 1.6),
            Column("Jam", 13 * mm, "RIGHT", fixed=True),
        ],
        doc.frame_width(),
    )
    rows = []
    for number, team in enumerate(data.teams, start=1):
        members = "\n".join(
            f"{name} ({nim})" + (" (ketua)" if leader else "")
            for name, nim, leader in data.members.get(team.id, [])
        )
        name = team.name + (f"\n{team.business_name}" if team.business_name else "")
        minutes = data.team_hours[team.id].minutes if team.id in data.team_hours else 0
        rows.append(
            [
                number,
                name,
                team.sector or DASH,
                members or DASH,
                "\n".join(data.mentors.get(team.id, [])) or DASH,
                hours(minutes),
            ]
        )
    return [*heading("3. Daftar Tim, Anggota dan Mentor", styles), data_table(spec, styles, rows)]


def _funds(doc: ReportDocument, styles: Styles, data: _CohortData) -> list[Flowable]:
    spec = TableSpec(
        [
            Column("No", 9 * mm, "RIGHT", fixed=True),
            Column("Tim", 2.0),
            Column("Disetujui", 1.0, "RIGHT"),
            Column("Disalurkan", 1.0, "RIGHT"),
            Column("Dilaporkan", 1.0, "RIGHT"),
            Column("Belum disalurkan", 1.0, "RIGHT"),
        ],
        doc.frame_width(),
    )
    rows: list[list[object]] = [
        [
            n,
            t.team_name,
            rp(t.totals.granted),
            rp(t.totals.disbursed),
            rp(t.totals.reported),
            rp(t.totals.not_yet_disbursed),
        ]
        for n, t in enumerate(data.team_funds, start=1)
    ]
    total = data.fund_total
    rows.append(
        [
            "",
            "Jumlah",
            rp(total.granted),
            rp(total.disbursed),
            rp(total.reported),
            rp(total.not_yet_disbursed),
        ]
    )
    spec.bold_rows = {len(rows) - 1}
    return [*heading("4. Dana Bantuan Usaha", styles), data_table(spec, styles, rows)]


def _outputs(doc: ReportDocument, styles: Styles, data: _CohortData) -> list[Flowable]:
    kinds = data.output_kinds
    symbols = {"done": "✓", "in_progress": "…", "planned": "○"}
    spec = TableSpec(
        [
            Column("No", 9 * mm, "RIGHT", fixed=True),
            Column("Tim", 2.2),
            *[Column(name, 1.0, "CENTER") for _code, name in kinds],
            Column("Tercapai", 18 * mm, "RIGHT", fixed=True),
        ],
        doc.frame_width(),
    )
    rows: list[list[object]] = []
    for n, team in enumerate(data.team_outputs, start=1):
        marks = [
            symbols.get(data.output_status.get((team.team_id, code), ""), "–")
            for code, _name in kinds
        ]
        rows.append([n, team.team_name, *marks, f"{team.done}/{team.total}"])
    done_per_kind = [
        sum(1 for t in data.team_outputs if data.output_status.get((t.team_id, code)) == "done")
        for code, _name in kinds
    ]
    rows.append(
        [
            "",
            "Jumlah tim",
            *[format_number(d) for d in done_per_kind],
            format_percent(data.output_total.percent),
        ]
    )
    spec.bold_rows = {len(rows) - 1}
    return [
        *heading("5. Capaian Luaran", styles),
        para("✓ tercapai   … berjalan   ○ direncanakan   – belum ada", styles, "muted"),
        Spacer(1, 2 * mm),
        data_table(spec, styles, rows),
    ]


def _pairings(doc: ReportDocument, styles: Styles, data: _CohortData) -> list[Flowable]:
    spec = TableSpec(
        [
            Column("No", 9 * mm, "RIGHT", fixed=True),
            Column("Tim", 1.4),
            Column("UMKM", 1.6),
            Column("Kab/Kota", 1.1),
            Column("Peran", 1.2),
            Column("Status / periode", 1.3),
            Column("Kelas awal → akhir", 1.1),
            Column("NIB baru", 14 * mm, "CENTER", fixed=True),
            Column("Digital", 14 * mm, "CENTER", fixed=True),
            Column("Penjualan awal", 33 * mm, "RIGHT", fixed=True),
            Column("Penjualan akhir", 33 * mm, "RIGHT", fixed=True),
            Column("Perubahan", 18 * mm, "RIGHT", fixed=True),
        ],
        doc.frame_width(LANDSCAPE),
        font_size=7.8,
    )
    rows = []
    for n, o in enumerate(data.outcomes, start=1):
        change = o.change
        period = f"{format_date_id(o.start_date, short=True)} – " + (
            format_date_id(o.end_date, short=True) if o.end_date else "sekarang"
        )
        scale = (
            f"{label(SCALE_CLASS, change.class_before)} → {label(SCALE_CLASS, change.class_after)}"
            if change.measured
            else "belum terukur"
        )
        rows.append(
            [
                n,
                o.team_name,
                o.umkm_name,
                o.region_name,
                data.roles.get(o.role_code, o.role_code),
                f"{label(PAIRING_STATUS, o.status)}\n{period}",
                scale,
                yes_no(o.formalised) if change.measured else DASH,
                yes_no(o.digital) if change.measured else DASH,
                rp(change.sales_before) or DASH,
                rp(change.sales_after) or DASH,
                _percent_or_dash(change.sales_change_percent),
            ]
        )
    story: list[Flowable] = [
        NextPageTemplate(LANDSCAPE),
        PageBreak(),
        *heading("6. Pasangan UMKM dan Capaian", styles),
    ]
    if rows:
        story.append(data_table(spec, styles, rows))
    else:
        story.append(para("Belum ada pasangan UMKM yang aktif atau selesai.", styles, "muted"))
    return story


def _story(
    doc: ReportDocument, styles: Styles, ctx: ReportContext, cohort: Cohort, data: _CohortData
) -> list[Flowable]:
    story = _cover(doc, styles, ctx, cohort, data)
    story += _summary(doc, styles, data)
    story += _charts(doc, styles, data)
    story += _roster(doc, styles, data)
    story += _funds(doc, styles, data)
    story += _outputs(doc, styles, data)
    story += _pairings(doc, styles, data)
    story.append(
        signature_block(
            ctx,
            styles,
            doc.frame_width(LANDSCAPE),
            [("Mengetahui,\nPimpinan Perguruan Tinggi", ""), ("Koordinator Program", "")],
        )
    )
    return story
