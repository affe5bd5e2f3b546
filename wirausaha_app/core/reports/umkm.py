"""Capaian UMKM per kabupaten/kota: the three East Java transformations (formal /
naik kelas / digital) and sales, measured on the UMKM paired with student teams.

Counts are over active and finished pairings (the outcomes service's rule); the
summary's "UMKM …" figures count distinct UMKM, the per-region table and charts count
pairings, and scale classes before/after count *measured* pairings. ``--region`` narrows to one
kabupaten/kota, ``--cohort`` to the pairings of one cohort's teams. The whole report
is landscape: the per-region tables are wide.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from wirausaha_app.core.formatting import format_date_id, format_number, format_percent
from wirausaha_app.core.formatting import format_rupiah as rp
from wirausaha_app.core.models import ValueChainRole
from wirausaha_app.core.progress import Progress
from wirausaha_app.core.reports import charts
from wirausaha_app.core.reports.blocks import figures, heading
from wirausaha_app.core.reports.fonts import FONT
from wirausaha_app.core.reports.labels import (
    DASH,
    PAIRING_STATUS,
    SCALE_CLASS,
    SCALE_ORDER,
    label,
    yes_no,
)
from wirausaha_app.core.reports.layout import (
    LANDSCAPE,
    ReportDocument,
    Styles,
    load_context,
)
from wirausaha_app.core.reports.render import render, render_no_data
from wirausaha_app.core.reports.scope import ReportScope, resolve
from wirausaha_app.core.reports.tables import Column, TableSpec, data_table
from wirausaha_app.core.services.outcomes import (
    OutcomeRollup,
    PairingOutcome,
    pairing_outcomes,
    rollup,
)

TITLE = "Capaian UMKM Mitra per Kabupaten/Kota"


def build(session: Session, scope: ReportScope, target: Path, progress: Progress) -> None:
    resolved = resolve(session, scope)
    progress.step(0, None, "Membaca data")
    outcomes = pairing_outcomes(
        session,
        cohort_id=resolved.cohort.id if resolved.cohort else None,
        region_code=resolved.region.code if resolved.region else None,
    )
    parts = [
        p
        for p in (
            resolved.region.name if resolved.region else "",
            resolved.cohort.name if resolved.cohort else "",
        )
        if p
    ]
    ctx = load_context(session, TITLE, " — ".join(parts) or "semua wilayah")
    if not outcomes:
        render_no_data(target, ctx, progress, scope)
        return
    roles = dict(session.execute(select(ValueChainRole.code, ValueChainRole.name)).all())
    regions = rollup(outcomes, by="region")
    by_region: dict[str, list[PairingOutcome]] = defaultdict(list)
    for outcome in outcomes:
        by_region[outcome.region_code].append(outcome)

    def story(doc: ReportDocument, styles: Styles) -> list[Flowable]:
        width = doc.frame_width(LANDSCAPE)
        parts: list[Flowable] = _summary(styles, width, outcomes, regions)
        parts += _region_table(styles, width, regions, by_region)
        for region in regions:
            parts += _region_detail(styles, width, region, by_region[region.key], roles)
        return parts

    render(target, ctx, progress, story, first=LANDSCAPE)


def _growth(value: float | None) -> str:
    if value is None:
        return DASH
    return ("+" if value > 0 else "") + format_percent(value)


def _scale_counts(outcomes: list[PairingOutcome]) -> tuple[Counter[str], Counter[str]]:
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for o in outcomes:
        if o.measured:
            before[o.change.class_before or ""] += 1
            after[o.change.class_after or ""] += 1
    return before, after


def _summary(
    styles: Styles, width: float, outcomes: list[PairingOutcome], regions: list[OutcomeRollup]
) -> list[Flowable]:
    total = rollup(outcomes, by="all")[0]
    items = [
        ("Kabupaten/kota", format_number(len(regions))),
        ("UMKM mitra", format_number(len({o.umkm_id for o in outcomes}))),
        ("Pasangan aktif/selesai", format_number(total.pairings)),
        ("Pasangan terukur", format_number(total.measured)),
        # Distinct UMKM, as on the dashboard: one helped by two teams is one UMKM.
        ("UMKM formal (NIB baru)", format_number(total.umkm_formalised)),
        ("UMKM naik kelas", format_number(total.umkm_naik_kelas)),
        ("UMKM go digital", format_number(total.umkm_digital)),
        ("Perubahan penjualan", _growth(total.sales_change_percent)),
    ]
    before, after = _scale_counts(outcomes)
    scale_items = [(SCALE_CLASS[c], float(before.get(c, 0))) for c in SCALE_ORDER]
    short = [(r.label.replace("Kabupaten ", "Kab. "), float(r.formalised)) for r in regions]
    chart_w = (width - 8 * mm) / 2
    explanation = (
        "Formal = UMKM memperoleh NIB selama pendampingan; naik kelas = kelas usaha naik "
        "menurut ambang batas PP 7/2021; go digital = mulai berjualan lewat kanal digital. "
        "Perubahan penjualan dihitung dari jumlah penjualan tahunan pasangan terukur "
        "(pasangan aktif dan selesai yang punya data sebelum dan sesudah). Ringkasan "
        "menghitung UMKM (UMKM yang didampingi dua tim dihitung sekali); tabel dan grafik "
        "per kabupaten/kota menghitung pasangan."
    )
    scale_chart = charts.vertical_bars(
        "Kelas usaha: sebelum dan sesudah pendampingan",
        scale_items,
        chart_w,
        height=150,
        series_names=["Sebelum", "Sesudah"],
        extra_series=[[float(after.get(c, 0)) for c in SCALE_ORDER]],
    )
    # Up to 38 kabupaten/kota: the per-region chart gets the full page width.
    region_chart = charts.vertical_bars(
        "Formal, naik kelas dan go digital per kabupaten/kota",
        short,
        width,
        height=190,
        series_names=["Formal", "Naik kelas", "Digital"],
        extra_series=[
            [float(r.naik_kelas) for r in regions],
            [float(r.digital) for r in regions],
        ],
    )
    pair = Table(
        [[scale_chart, Paragraph(escape(explanation), styles.muted)]],
        colWidths=[chart_w + 8 * mm, width - chart_w - 8 * mm],
        style=[
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ],
    )
    return [
        *heading("Ringkasan", styles),
        figures(items, width, styles),
        Spacer(1, 4 * mm),
        pair,
        Spacer(1, 4 * mm),
        region_chart,
    ]


def _region_table(
    styles: Styles,
    width: float,
    regions: list[OutcomeRollup],
    by_region: dict[str, list[PairingOutcome]],
) -> list[Flowable]:
    count = 15.6 * mm  # 265 mm of landscape: name 46, scale 3x18, sales 2x30, change 18
    columns = [
        Column("No", 9 * mm, "RIGHT", fixed=True),
        Column("Kabupaten/kota", 1.0),
        Column("Pasangan", count, "RIGHT", fixed=True),
        Column("Terukur", count, "RIGHT", fixed=True),
        *[
            Column(f"{SCALE_CLASS[c]} awal → akhir", 18 * mm, "CENTER", fixed=True)
            for c in SCALE_ORDER[:3]
        ],
        Column("Formal", count, "RIGHT", fixed=True),
        Column("Naik kelas", count, "RIGHT", fixed=True),
        Column("Digital", count, "RIGHT", fixed=True),
        Column("Penjualan awal", 30 * mm, "RIGHT", fixed=True),
        Column("Penjualan akhir", 30 * mm, "RIGHT", fixed=True),
        Column("Perubahan", 18 * mm, "RIGHT", fixed=True),
    ]
    spec = TableSpec(columns, width, font_size=7.8)
    rows: list[list[object]] = []
    for n, r in enumerate(regions, start=1):
        before, after = _scale_counts(by_region[r.key])
        rows.append(
            [
                n,
                f"{r.label} ({r.key})",
                r.pairings,
                r.measured,
                *[f"{before.get(c, 0)} → {after.get(c, 0)}" for c in SCALE_ORDER[:3]],
                r.formalised,
                r.naik_kelas,
                r.digital,
                rp(r.sales_before),
                rp(r.sales_after),
                _growth(r.sales_change_percent),
            ]
        )
    all_outcomes = [o for r in regions for o in by_region[r.key]]
    total = rollup(all_outcomes, by="all")[0]
    before, after = _scale_counts(all_outcomes)
    rows.append(
        [
            "",
            "Jumlah",
            total.pairings,
            total.measured,
            *[f"{before.get(c, 0)} → {after.get(c, 0)}" for c in SCALE_ORDER[:3]],
            total.formalised,
            total.naik_kelas,
            total.digital,
            rp(total.sales_before),
            rp(total.sales_after),
            _growth(total.sales_change_percent),
        ]
    )
    spec.bold_rows = {len(rows) - 1}
    return [*heading("Rekap per kabupaten/kota", styles), data_table(spec, styles, rows)]


def _region_detail(
    styles: Styles,
    width: float,
    region: OutcomeRollup,
    outcomes: list[PairingOutcome],
    roles: dict[str, str],
) -> list[Flowable]:
    spec = TableSpec(
        [
            Column("No", 9 * mm, "RIGHT", fixed=True),
            Column("UMKM", 1.7),
            Column("Tim (angkatan)", 1.7),
            Column("Peran", 1.3),
            Column("Status / periode", 1.4),
            Column("Kelas awal → akhir", 1.3),
            Column("NIB baru", 14 * mm, "CENTER", fixed=True),
            Column("Digital", 14 * mm, "CENTER", fixed=True),
            Column("Penjualan awal", 33 * mm, "RIGHT", fixed=True),
            Column("Penjualan akhir", 33 * mm, "RIGHT", fixed=True),
            Column("Perubahan", 18 * mm, "RIGHT", fixed=True),
        ],
        width,
        font_size=7.8,
    )
    rows = []
    for n, o in enumerate(outcomes, start=1):
        change = o.change
        end = format_date_id(o.end_date, short=True) if o.end_date else "sekarang"
        rows.append(
            [
                n,
                o.umkm_name,
                f"{o.team_name} ({o.cohort_name})",
                roles.get(o.role_code, o.role_code),
                f"{label(PAIRING_STATUS, o.status)}\n"
                f"{format_date_id(o.start_date, short=True)} – {end}",
                (
                    f"{label(SCALE_CLASS, change.class_before)} → "
                    f"{label(SCALE_CLASS, change.class_after)}"
                )
                if o.measured
                else "belum terukur",
                yes_no(o.formalised) if o.measured else DASH,
                yes_no(o.digital) if o.measured else DASH,
                rp(change.sales_before) or DASH,
                rp(change.sales_after) or DASH,
                _growth(change.sales_change_percent),
            ]
        )
    return [
        *heading(f"{region.label} ({region.key})", styles, level=2),
        data_table(spec, styles, rows),
    ]
