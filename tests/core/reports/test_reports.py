"""Every report kind against a small program built by ``sample.populate``: text
(pypdf) matches the database, page numbers match the real page count, fonts are
embedded, a page renders to a non-blank image, empty scopes give one clear page."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageStat
from pypdf import PdfReader

from tests.core.reports.conftest import assert_page_numbers, fonts_of, pdf_text, render_png
from tests.core.reports.sample import HARD_NAMES, Sample, populate
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.formatting import format_date_id, format_rupiah
from wirausaha_app.core.i18n import UserError
from wirausaha_app.core.models import AppSetting
from wirausaha_app.core.progress import Cancelled, Progress
from wirausaha_app.core.reports import ReportScope, build_report


def _words(name: str) -> list[str]:
    return name.replace("'", " ").split()


def assert_names(text: str, names: list[str]) -> None:
    """Each name appears; a name wrapped over lines still shows all its words in order."""
    for name in names:
        if name in text:
            continue
        position = 0
        for word in _words(name):
            found = text.find(word, position)
            assert found >= 0, f"{name!r}: {word!r} missing"
            position = found + len(word)


def test_cohort_report_matches_database(db: Database, sample: Sample, tmp_path: Path) -> None:
    out = build_report(
        db, "cohort", tmp_path / "cohort.pdf", ReportScope(cohort=sample.cohort_name)
    )
    pages = pdf_text(out)
    text = " ".join(pages)
    assert_page_numbers(pages)
    assert "LAPORAN PROGRAM" in pages[0] and sample.cohort_name in pages[0]
    assert sample.host_name in pages[0]
    assert_names(text, sample.student_names)  # roster lists every member, hard names too
    for team in sample.team_names:
        assert team in text
    for mentor in sample.mentor_names:
        assert mentor in text
    assert format_rupiah(sample.granted_total) in text  # seed-funding total row
    assert format_date_id(date.today()) in text
    assert "Pasangan UMKM dan Capaian" in text


def test_fonts_are_embedded_and_page_renders(db: Database, sample: Sample, tmp_path: Path) -> None:
    out = build_report(db, "cohort", tmp_path / "c.pdf", ReportScope(cohort=sample.cohort_name))
    fonts = fonts_of(out)
    assert fonts, "no fonts found"
    assert all(fonts.values()), fonts
    assert any("DejaVuSans" in name for name in fonts)
    png = render_png(out, tmp_path, page=2)
    if png is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    image = Image.open(png).convert("L")
    stats = ImageStat.Stat(image)
    assert stats.stddev[0] > 10, "page 2 rendered blank"
    assert image.getextrema()[0] < 100  # some dark ink (text, bars)


def test_page_count_formula_over_many_pages(db: Database, tmp_path: Path) -> None:
    sample = populate(db, students=130, sessions_per_team=1)
    out = build_report(
        db, "attendance", tmp_path / "hadir.pdf", ReportScope(cohort=sample.cohort_name)
    )
    pages = pdf_text(out)
    assert len(pages) >= 5
    assert_page_numbers(pages)
    for text in pages:  # the header row repeats on every page of the table
        assert "Tanda tangan" in text


def test_university_report(db: Database, sample: Sample, tmp_path: Path) -> None:
    out = build_report(db, "university", tmp_path / "u.pdf", ReportScope(university="UNEJ"))
    text = " ".join(pdf_text(out))
    assert "Universitas Jember" in text
    # Every third student (index % 3 == 1) is from Universitas Jember.
    assert_names(text, [n for i, n in enumerate(sample.student_names) if i % 3 == 1])
    assert sample.student_names[6] not in text  # a PENS student
    everyone = " ".join(pdf_text(build_report(db, "university", tmp_path / "all.pdf")))
    assert "Ringkasan per perguruan tinggi" in everyone
    assert_names(everyone, sample.student_names)


def test_umkm_report_and_region_filter(db: Database, sample: Sample, tmp_path: Path) -> None:
    out = build_report(db, "umkm", tmp_path / "m.pdf", ReportScope())
    reader = PdfReader(str(out))
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    text = " ".join(pdf_text(out))
    assert "Kota Surabaya (35.78)" in text and "Kabupaten Jember (35.09)" in text
    only = " ".join(
        pdf_text(build_report(db, "umkm", tmp_path / "s.pdf", ReportScope(region="35.78")))
    )
    assert "Kota Surabaya" in only and "Kabupaten Jember" not in only
    assert "UMKM Sumber Rejeki 1 " in only + " "


def test_logbook_for_team_and_for_mentor(db: Database, sample: Sample, tmp_path: Path) -> None:
    out = build_report(db, "logbook", tmp_path / "l.pdf", ReportScope(team="Tim 001"))
    text = " ".join(pdf_text(out))
    assert "tahap 1" in text and "tahap 3" in text
    assert "Koordinator Program" in text and sample.mentor_names[0] in text
    assert_names(text, HARD_NAMES[:3])  # attendance names of team 1
    mentor = " ".join(
        pdf_text(
            build_report(
                db, "logbook", tmp_path / "m.pdf", ReportScope(mentor=sample.mentor_names[1])
            )
        )
    )
    assert "Tim 002" in mentor and "Tim 001" not in mentor


def test_attendance_sheet_for_a_session(db: Database, sample: Sample, tmp_path: Path) -> None:
    out = build_report(
        db, "attendance", tmp_path / "a.pdf", ReportScope(session_id=sample.session_ids[0])
    )
    pages = pdf_text(out)
    assert len(pages) == 1
    assert "DAFTAR HADIR" in pages[0] and "tahap 1" in pages[0]
    assert_names(pages[0], HARD_NAMES[:4])


def test_certificates_one_page_per_completed_student(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    out = build_report(
        db, "certificates", tmp_path / "s.pdf", ReportScope(cohort=sample.cohort_name)
    )
    pages = pdf_text(out)
    assert len(pages) == len(sample.completed_names)
    assert_page_numbers(pages)
    for text, name in zip(pages, sorted(sample.completed_names), strict=True):
        assert "SERTIFIKAT" in text
        assert_names(text, [name])


@pytest.mark.parametrize(
    ("kind", "scope"),
    [
        ("cohort", ReportScope(cohort="Kosong")),
        ("university", ReportScope(cohort="Kosong")),
        ("umkm", ReportScope(region="35.01")),
        ("attendance", ReportScope(cohort="Kosong")),
        ("certificates", ReportScope(cohort="Kosong")),
    ],
)
def test_empty_scope_gives_one_no_data_page(
    db: Database, tmp_path: Path, kind: str, scope: ReportScope
) -> None:
    from tests.core.reports.sample import populate as _populate

    _populate(db, students=0, cohort_name="Kosong")
    out = build_report(db, kind, tmp_path / f"{kind}.pdf", scope)
    pages = pdf_text(out)
    assert len(pages) == 1
    assert "Tidak ada data" in pages[0]
    assert "Halaman 1 dari 1" in pages[0]


def test_unknown_names_raise_user_errors(db: Database, sample: Sample, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Unknown cohort 'Nope'"):
        build_report(db, "cohort", tmp_path / "x.pdf", ReportScope(cohort="Nope"))
    with pytest.raises(UserError, match="needs a cohort"):
        build_report(db, "cohort", tmp_path / "x.pdf", ReportScope())
    with pytest.raises(UserError, match="Unknown region"):
        build_report(db, "umkm", tmp_path / "x.pdf", ReportScope(region="99.99"))
    with pytest.raises(UserError, match="Unknown report kind"):
        build_report(db, "bogus", tmp_path / "x.pdf", ReportScope())
    assert not list(tmp_path.glob("*.pdf*"))


def test_cancel_leaves_no_file(db: Database, sample: Sample, tmp_path: Path) -> None:
    class CancelOnLayout(Progress):
        def report(self, done: int, total: int | None, text: str) -> None:
            if total:  # the layout phase reports totals; cancel as the first page is laid out
                self.cancel()

    target = tmp_path / "cohort.pdf"
    with pytest.raises(Cancelled):
        build_report(db, "cohort", target, ReportScope(cohort=sample.cohort_name), CancelOnLayout())
    assert not list(tmp_path.glob("*.pdf*"))  # neither the PDF nor its .part file


def test_institution_name_from_settings(db: Database, sample: Sample, tmp_path: Path) -> None:
    with db.transaction() as s:
        s.get(AppSetting, "institution_name").value = "Universitas Contoh Jawa Timur"  # type: ignore[union-attr]
    out = build_report(db, "logbook", tmp_path / "l.pdf", ReportScope(team="Tim 002"))
    assert "Universitas Contoh Jawa Timur" in pdf_text(out)[0]


def test_importing_reports_does_not_import_reportlab() -> None:
    code = (
        "import sys, wirausaha_app.core.reports as r; "
        "sys.exit(1 if any(m.startswith('reportlab') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
