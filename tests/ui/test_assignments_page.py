"""The mentor-assignments page: list, detail (load vs capacity), assign and end."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.core.services import test_pairings_world as w
from tests.ui.conftest import WindowFactory
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import MentorAssignment
from wirausaha_app.core.services.assignments import assign_mentor
from wirausaha_app.ui.dialogs import records
from wirausaha_app.ui.pages.assignments_page import AssignmentsPage


@pytest.fixture
def world(db: Database) -> dict[str, int]:
    coh = w.cohort(db, w.university(db))
    sambal, _ = w.team(db, coh, "Tim Sambal")
    kopi, _ = w.team(db, coh, "Tim Kopi")
    batik, _ = w.team(db, coh, "Tim Batik")
    sari = w.mentor(db, "Dr. Sari", capacity=2)
    joko = w.mentor(db, "Joko Praktisi", capacity=1)
    assign_mentor(db, sambal, sari, date(2025, 2, 1))
    assign_mentor(db, kopi, joko, date(2025, 2, 1))
    return {"sambal": sambal, "kopi": kopi, "batik": batik, "sari": sari, "joko": joko}


def _rows(db: Database) -> list[tuple[int, int, date, date | None]]:
    with db.session() as s:
        query = select(MentorAssignment).order_by(MentorAssignment.id)
        return [(a.team_id, a.mentor_id, a.start_date, a.end_date) for a in s.scalars(query)]


def _open_page(db: Database, db_path: Path, make_window: WindowFactory) -> AssignmentsPage:
    db.dispose()
    window = make_window(db_path)
    page = window.show_page("assignments")
    assert isinstance(page, AssignmentsPage)
    return page


def _select_team(page: AssignmentsPage, team: str) -> int:
    page.model.result.page(0)
    for row in range(page.model.rowCount()):
        if page.model.data(page.model.index(row, 0)) == team:
            record_id = page.model.record_id(row)
            assert record_id is not None
            page._select_id(record_id)
            return record_id
    raise AssertionError(team)


def _save(qtbot: QtBot, dialog: Any) -> None:
    button = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_list_detail_and_end_keeps_history(
    qtbot: QtBot,
    db: Database,
    db_path: Path,
    world: dict[str, int],
    make_window: WindowFactory,
) -> None:
    page = _open_page(db, db_path, make_window)
    assert page.model.rowCount() == 2
    assert page.ui.countLabel.text() == "2 records"
    _select_team(page, "Tim Kopi")
    assert page.detail_text("mentorLoad") == "1 of 1 teams — full"
    assert page.endButton.isEnabled()

    # End Kopi's assignment with the End button (a modal dialog, filled by a timer).
    ended: list[bool] = []

    def fill_end_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.windowTitle() == "End mentor assignment"
        assert dialog.ui.end_date.value() == date.today()  # type: ignore[attr-defined]
        dialog.ui.end_date.setValue(date(2025, 6, 30))  # type: ignore[attr-defined]
        _save(qtbot, dialog)
        ended.append(dialog.result() == QDialog.DialogCode.Accepted)  # type: ignore[attr-defined]

    QTimer.singleShot(0, fill_end_dialog)
    qtbot.mouseClick(page.endButton, Qt.MouseButton.LeftButton)
    assert ended == [True]
    rows = _rows(page.window_.db)
    assert (world["kopi"], world["joko"], date(2025, 2, 1), date(2025, 6, 30)) in rows
    assert page.model.rowCount() == 2  # ended, still listed
    assert not page.endButton.isEnabled()  # already ended

    # Active only hides the ended one.
    page.activeOnly.setChecked(True)
    assert page.model.rowCount() == 1
    page.activeOnly.setChecked(False)
    assert page.model.rowCount() == 2
    by_mentor = page.findChild(QComboBox, "filter_mentor")
    assert by_mentor is not None
    by_mentor.setCurrentIndex(by_mentor.findData(world["sari"]))
    assert page.model.rowCount() == 1
    by_mentor.setCurrentIndex(0)

    # A change of mentor ends the previous assignment the day before; both are kept.
    assign_mentor(page.window_.db, world["sambal"], world["joko"], date(2025, 7, 1))
    page.refresh()
    assert page.model.rowCount() == 3
    _select_team(page, "Tim Sambal")
    history = page.detail_text("teamHistory")
    assert history.split("\n") == [
        "Dr. Sari",
        "    01/02/2025 – 30/06/2025",
        "Joko Praktisi",
        "    01/07/2025 – now",
    ]


def test_mentor_over_capacity_is_refused(
    qtbot: QtBot,
    db: Database,
    db_path: Path,
    world: dict[str, int],
    make_window: WindowFactory,
) -> None:
    page = _open_page(db, db_path, make_window)
    before = _rows(page.window_.db)
    dialog = records.open_editor(page, page.window_.db, "mentor_assignments", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.team_id.set_value(world["batik"])
    dialog.ui.mentor_id.set_value(world["joko"])  # capacity 1, already has Tim Kopi
    dialog.ui.start_date.setValue(date.today() - timedelta(days=1))
    _save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "capacity is 1" in dialog.error_text("mentor_id")
    assert _rows(page.window_.db) == before
    dialog.ui.mentor_id.set_value(world["sari"])  # room for one more
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    page._changed(dialog.saved_id)
    assert page.model.rowCount() == 3
    assert page.selected_ids() == [dialog.saved_id]
    assert page.detail_text("mentorLoad") == "2 of 2 teams — full"
