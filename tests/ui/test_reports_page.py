"""The Reports page: generate a PDF off the UI thread, preview it, print it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from tests.core.reports.sample import populate
from tests.ui.conftest import WindowFactory
from wirausaha_app.core.db.engine import Database
from wirausaha_app.ui.pages import reports_page
from wirausaha_app.ui.pages.reports_page import ReportsPage
from wirausaha_app.ui.widgets import messages


@pytest.fixture
def page(db: Database, db_path: Path, make_window: WindowFactory) -> ReportsPage:
    populate(db, students=12)
    db.dispose()
    window = make_window(db_path)
    widget = window.show_page("reports")
    assert isinstance(widget, ReportsPage)
    return widget


def _choose(combo: object, data: object) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, data
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def _generate(qtbot: QtBot, page: ReportsPage, target: Path) -> None:
    page.ui.outputEdit.setText(str(target))
    page.ui.generateButton.click()
    assert page.operation is not None
    qtbot.waitUntil(lambda: not page.operation.running, timeout=30_000)  # type: ignore[union-attr]


def test_generate_a_cohort_report_and_preview_it(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path
) -> None:
    _choose(page.ui.kindCombo, "cohort")
    assert page.ui.cohortCombo.isVisibleTo(page) and not page.ui.mentorCombo.isVisibleTo(page)
    assert page.scope().cohort == "WMK Uji 2023"  # the newest cohort is preselected
    target = tmp_path / "out" / "laporan.pdf"
    _generate(qtbot, page, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert page.last_pdf == target
    assert str(target) in page.ui.statusLabel.text()
    assert page.ui.openButton.isEnabled()
    if reports_page.can_render():
        qtbot.waitUntil(lambda: len(page.preview.pages) == reports_page.page_count(target))
        assert not page.preview.pages[0].pixmap().isNull()


def test_logbook_scope_from_the_team_picker(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path
) -> None:
    _choose(page.ui.kindCombo, "logbook")
    _choose(page.ui.cohortCombo, None)  # all cohorts: the team still carries its cohort
    page.ui.teamCombo.setCurrentIndex(page.ui.teamCombo.findText("Tim 002 — WMK Uji 2023"))
    scope = page.scope()
    assert (scope.team, scope.cohort, scope.mentor) == ("Tim 002", "WMK Uji 2023", None)
    assert "tim-002" in page.ui.outputEdit.text()
    target = tmp_path / "logbook.pdf"
    _generate(qtbot, page, target)
    assert target.exists()


def test_attendance_for_a_session_and_missing_scope_warns(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(page.ui.kindCombo, "attendance")
    page.ui.teamCombo.setCurrentIndex(page.ui.teamCombo.findText("Tim 001"))
    assert page.ui.sessionCombo.count() == 1 + 3  # "(none)" + the team's three sessions
    page.ui.sessionCombo.setCurrentIndex(1)
    _generate(qtbot, page, tmp_path / "hadir.pdf")
    assert (tmp_path / "hadir.pdf").exists()

    warnings: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, _title, text: warnings.append(text))
    _choose(page.ui.kindCombo, "certificates")
    _choose(page.ui.cohortCombo, None)
    _generate(qtbot, page, tmp_path / "none.pdf")
    assert warnings and "needs a cohort" in warnings[0]
    assert not (tmp_path / "none.pdf").exists()
    assert page.ui.generateButton.isEnabled()


@pytest.mark.skipif(not reports_page.can_render(), reason="needs QtPdf or pdftoppm")
def test_print_to_a_pdf_printer(qtbot: QtBot, page: ReportsPage, tmp_path: Path) -> None:
    _choose(page.ui.kindCombo, "attendance")
    _generate(qtbot, page, tmp_path / "hadir.pdf")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    operation = page.print_to(printer)
    assert operation is not None
    qtbot.waitUntil(lambda: not operation.running, timeout=30_000)
    assert printed.exists() and printed.stat().st_size > 1000
    assert reports_page.page_count(printed) == reports_page.page_count(tmp_path / "hadir.pdf")
