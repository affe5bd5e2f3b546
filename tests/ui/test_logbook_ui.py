"""The logbook page and session form driven as a coordinator would."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.core.services import test_pairings_world as w
from tests.ui.conftest import WindowFactory
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import MentorAssignment, MentoringSession
from wirausaha_app.core.services.assignments import assign_mentor
from wirausaha_app.ui.dialogs import records
from wirausaha_app.ui.pages.logbook_page import LogbookPage, LogbookRecapDialog


def _save(qtbot: QtBot, dialog: Any) -> None:
    button = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def world(db: Database) -> dict[str, Any]:
    uni = w.university(db)
    coh = w.cohort(db, uni)
    team, students = w.team(
        db, coh, "Tim Sambal", members=[("Ani", uni), ("Budi", uni), ("Cici", uni)]
    )
    w.team(db, coh, "Tim Kopi", members=[("Dodi", uni)])
    mentor = w.mentor(db, "Dr. Sari")
    w.mentor(db, "Joko Praktisi")
    assign_mentor(db, team, mentor, date(2025, 2, 1))
    return {"team": team, "students": students, "mentor": mentor, "cohort": coh}


def test_log_a_session_with_attendance(
    qtbot: QtBot, db: Database, world: dict[str, Any], make_window: WindowFactory, db_path: Path
) -> None:
    db.dispose()
    window = make_window(db_path)
    page = window.show_page("logbook")
    assert isinstance(page, LogbookPage)
    assert page.model.rowCount() == 0
    dialog = records.open_editor(page, window.db, "mentoring_sessions", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Log a mentoring session"
    dialog.ui.team_id.lineEdit().setText("Tim Sambal — WMK 2025")  # typed, then picked
    # The team's members are listed, and its current mentor is preselected.
    assert dialog.ui.attendance.rowCount() == 3
    assert dialog.ui.mentor_id.value() == world["mentor"]
    dialog.ui.session_date.setValue(date(2025, 3, 4))
    dialog.ui.start_time.setTime(QTime(13, 30))
    dialog.ui.duration_minutes.setValue(90)
    dialog.ui.method.setCurrentIndex(dialog.ui.method.findData("online"))
    qtbot.keyClicks(dialog.ui.place, "https://meet.example/wmk")
    qtbot.keyClicks(dialog.ui.topic, "Harga pokok produksi")
    ani, budi, cici = world["students"]
    dialog.attendance_combo(budi).setCurrentIndex(dialog.attendance_combo(budi).findData("absent"))
    dialog.attendance_combo(cici).setCurrentIndex(dialog.attendance_combo(cici).findData("excused"))
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with window.db.session() as s:
        saved = s.get(MentoringSession, dialog.saved_id)
        assert saved is not None
        assert (saved.team_id, saved.mentor_id, saved.session_date) == (
            world["team"],
            world["mentor"],
            date(2025, 3, 4),
        )
        assert (saved.start_time, saved.duration_minutes, saved.method) == (
            time(13, 30),
            90,
            "online",
        )
        assert {a.student_id: a.status for a in saved.attendance} == {
            ani: "present", budi: "absent", cici: "excused",
        }  # fmt: skip
    page.refresh()
    assert page.model.rowCount() == 1
    recap = LogbookRecapDialog(page, window.db)
    qtbot.addWidget(recap)
    assert recap.ui.teamsTable.item(0, 0).text() == "Tim Kopi"  # zero hours, listed too
    assert recap.ui.studentsTable.rowCount() == 1  # only Ani was present
    assert recap.ui.neverTable.rowCount() == 3  # Budi, Cici, Dodi


def test_empty_topic_is_shown_at_its_field(
    qtbot: QtBot, db: Database, world: dict[str, Any]
) -> None:
    dialog = records.open_editor(None, db, "mentoring_sessions", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.team_id.lineEdit().setText("Tim Kopi — WMK 2025")  # typed, then picked
    dialog.ui.mentor_id.set_value(world["mentor"])
    _save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "required" in dialog.error_text("topic")


def test_assign_mentor_dialog_refuses_over_capacity(
    qtbot: QtBot, db: Database, world: dict[str, Any]
) -> None:
    other, _ = w.team(db, world["cohort"], "Tim Tiga")
    dialog = records.open_editor(None, db, "mentor_assignments", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.team_id.lineEdit().setText("Tim Kopi — WMK 2025")  # typed, then picked
    dialog.ui.mentor_id.set_value(world["mentor"])
    dialog.ui.start_date.setValue(date(2025, 3, 1))
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    second = records.open_editor(None, db, "mentor_assignments", None)
    qtbot.addWidget(second)
    second.show()
    second.ui.team_id.lineEdit().setText("Tim Tiga — WMK 2025")  # typed, then picked
    second.ui.mentor_id.set_value(world["mentor"])
    second.ui.start_date.setValue(date(2025, 3, 1))
    _save(qtbot, second)
    assert second.result() != QDialog.DialogCode.Accepted
    assert "capacity is 2" in second.error_text("mentor_id")
    with db.session() as s:
        assert s.query(MentorAssignment).filter_by(team_id=other).count() == 0
