"""Report figures labelled "UMKM …" count distinct UMKM; "Pasangan …" counts pairings."""

from __future__ import annotations

import re
from pathlib import Path

from tests.core.reports.conftest import pdf_text
from tests.core.services.test_outcome_distinct_umkm import _shared_world
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.reports import ReportScope, build_report


def _figure(text: str, label: str) -> str:
    """The figure shown with ``label`` (the PDF's text has the number first)."""
    found = re.search(r"(\S+)\s+" + re.escape(label), text)
    assert found, f"{label!r} not in the report"
    return found.group(1)


def test_cohort_and_university_reports_count_an_umkm_once(db: Database, tmp_path: Path) -> None:
    _shared_world(db)  # one UMKM, formal + naik kelas + digital, paired with two teams
    cohort = " ".join(pdf_text(build_report(
        db, "cohort", tmp_path / "c.pdf", ReportScope(cohort="WMK 2025"))))
    assert _figure(cohort, "Pasangan UMKM (aktif/selesai)") == "2"
    assert _figure(cohort, "UMKM dipasangkan") == "1"
    assert _figure(cohort, "UMKM formal (NIB baru)") == "1"
    assert _figure(cohort, "UMKM naik kelas") == "1"
    assert _figure(cohort, "UMKM go digital") == "1"
    assert "1 1 1 1 1 UMKM Terukur Formal (NIB) Naik kelas Go digital" in cohort  # the chart
    university = " ".join(pdf_text(build_report(
        db, "university", tmp_path / "u.pdf", ReportScope(university="Universitas Jember"))))
    assert _figure(university, "UMKM formal / naik kelas") == "1"
    assert _figure(university, "UMKM go digital") == "1"


def test_umkm_report_summary_counts_an_umkm_once(db: Database, tmp_path: Path) -> None:
    _shared_world(db)
    text = " ".join(pdf_text(build_report(db, "umkm", tmp_path / "u.pdf", ReportScope())))
    assert _figure(text, "Pasangan aktif/selesai") == "2"
    assert _figure(text, "UMKM formal (NIB baru)") == "1"
    assert _figure(text, "UMKM naik kelas") == "1"
    assert _figure(text, "UMKM go digital") == "1"
