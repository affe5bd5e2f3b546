"""Benchmark of the PDF reports (run on demand: ``python tests/benchmarks/bench_reports.py``).

1. A 10,000-row roster report (the cohort attendance sheet: No, name, NIM, team and
   the signature columns) through ``build_report`` — database read, header/footer,
   "Halaman X dari Y", wrapping cells — against a bare reportlab platypus build of
   the same rows in the same column widths and row heights, split into 100-row
   Tables with a repeated header. Target: ratio ≤ 1.2.
2. A 400-student cohort report (``cohort``: cover, charts, roster, funds, outputs,
   pairings). Target: ≤ 2 s; printed next to the bare build of its roster rows.

Each figure is the median of several runs, measured in the same process.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import sqlalchemy

from tests.core.reports.sample import populate
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.reports import (
    ReportScope,
    build_report,
    queries,
)

RUNS = 5


def median_seconds(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def paired_medians(
    ours: Callable[[], object], bare: Callable[[], object], runs: int = RUNS
) -> tuple[float, float]:
    """Alternate the two so a burst of load on this noisy machine hits both alike."""
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        a.append(median_seconds(ours, 1))
        b.append(median_seconds(bare, 1))
    return statistics.median(a), statistics.median(b)


def bare_platypus(
    rows: list[list[str]], target: Path, widths: list[float], min_height: float
) -> None:
    """The baseline: plain SimpleDocTemplate, 100-row Tables, header repeated."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from wirausaha_app.core.reports.fonts import FONT, FONT_BOLD, register_fonts

    register_fonts()
    header = ["No", "Nama", "NIM", "Tim", "Tanda tangan", ""]
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.35, "grey"),
            ("BOX", (0, 0), (-1, -1), 0.6, "black"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
    )
    story = []
    for start in range(0, len(rows), 100):
        chunk = [header, *rows[start : start + 100]]
        story.append(
            Table(
                chunk,
                colWidths=widths,
                repeatRows=1,
                style=style,
                minRowHeights=[0.0] + [min_height] * (len(chunk) - 1),
            )
        )
    doc = SimpleDocTemplate(
        str(target),
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=33 * mm,
        bottomMargin=22 * mm,
    )
    doc.build(story)


def main() -> int:
    from reportlab.lib.units import mm

    from wirausaha_app.core.reports.layout import MARGIN
    from wirausaha_app.core.reports.tables import Column, TableSpec

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        print("building sample databases (10,000 and 400 students)…", flush=True)
        big = open_database(work / "big.db")
        populate(big, students=10_000, sessions_per_team=1, cohort_name="Besar")
        with big.transaction() as session:  # a roster of 10,000: nobody withdrew
            session.execute(
                sqlalchemy.text("UPDATE students SET status = 'active' WHERE status = 'withdrawn'")
            )
        small = open_database(work / "small.db")
        populate(small, students=400, sessions_per_team=8, cohort_name="Empat Ratus")

        with big.session() as session:
            cohort_id = session.execute(
                sqlalchemy.text("SELECT id FROM cohorts WHERE name='Besar'")
            ).scalar_one()
            people = queries.students(
                session, cohort_id=cohort_id, statuses=("registered", "active", "completed")
            )
        rows = [
            [
                str(n),
                p.name,
                p.nim,
                p.team or "–",
                f"{n}." if n % 2 else "",
                "" if n % 2 else f"{n}.",
            ]
            for n, p in enumerate(people, start=1)
        ]
        from reportlab.lib.pagesizes import A4

        spec = TableSpec(
            [
                Column("No", 13 * mm, "RIGHT", fixed=True),
                Column("Nama", 2.3),
                Column("NIM", 1.0),
                Column("Tim", 0.9),
                Column("Tanda tangan", 22 * mm, fixed=True),
                Column("", 22 * mm, fixed=True),
            ],
            A4[0] - 2 * MARGIN,
        )
        widths = spec.col_widths()

        ours, bare = paired_medians(
            lambda: build_report(
                big, "attendance", work / "roster.pdf", ReportScope(cohort="Besar")
            ),
            lambda: bare_platypus(rows, work / "bare.pdf", widths, 9.5 * mm),
        )
        print(
            f"10k-row roster ({len(rows)} rows): report {ours:.2f} s, bare platypus "
            f"{bare:.2f} s, ratio {ours / bare:.2f} (target ≤ 1.20)"
        )

        cohort = median_seconds(
            lambda: build_report(
                small, "cohort", work / "cohort.pdf", ReportScope(cohort="Empat Ratus")
            )
        )
        with small.session() as session:
            cid = session.execute(
                sqlalchemy.text("SELECT id FROM cohorts WHERE name='Empat Ratus'")
            ).scalar_one()
            few = queries.students(session, cohort_id=cid)
        few_rows = [
            [str(n), p.name, p.nim, p.team or "–", "", ""] for n, p in enumerate(few, start=1)
        ]
        bare_small = median_seconds(
            lambda: bare_platypus(few_rows, work / "bare400.pdf", widths, 0)
        )
        print(
            f"400-student cohort report: {cohort:.2f} s (target ≤ 2 s); bare platypus of its "
            f"{len(few_rows)} student rows {bare_small:.2f} s, ratio {cohort / bare_small:.2f}"
        )
        big.dispose()
        small.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
