"""A whole cohort entered through the dialogs alone: university → cohort → students →
team (members + leader) → mentor → UMKM."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import Mentor, Student, Team, TeamMember, Umkm
from wirausaha_app.ui.dialogs import records


def open_dialog(qtbot: QtBot, db: Database, kind: str, record_id: int | None = None) -> Any:
    dialog = records.open_editor(None, db, kind, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_into(qtbot: QtBot, widget: Any, text: str) -> None:
    target = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget
    target.clear()
    qtbot.keyClicks(target, text)


def save(qtbot: QtBot, dialog: Any) -> int:
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.ui.errorSummary.text()
    return int(dialog.saved_id)


def test_full_cohort_through_the_dialogs(qtbot: QtBot, db: Database) -> None:
    uni = open_dialog(qtbot, db, "universities")
    type_into(qtbot, uni.ui.name, "Universitas Negeri Surabaya")
    uni.ui.kind.setCurrentIndex(uni.ui.kind.findData("both"))
    type_into(qtbot, uni.ui.region_code, "Kota Surabaya")
    save(qtbot, uni)

    cohort = open_dialog(qtbot, db, "cohorts")
    type_into(qtbot, cohort.ui.name, "WMK 2025 Unesa")
    type_into(qtbot, cohort.ui.host_university_id, "Universitas Negeri Surabaya")
    cohort.ui.year.setValue(2025)
    cohort_id = save(qtbot, cohort)

    student_ids = []
    for nim, name in (
        ("25001", "Ayu Ningsih"),
        ("25002", "Bagus Prakoso"),
        ("25003", "Citra Dewi"),
    ):
        student = open_dialog(qtbot, db, "students")
        type_into(qtbot, student.ui.university_id, "Universitas Negeri Surabaya")
        type_into(qtbot, student.ui.cohort_id, "WMK 2025 Unesa")
        type_into(qtbot, student.ui.nim, nim)
        type_into(qtbot, student.ui.name, name)
        type_into(qtbot, student.ui.phone, "0812-3456-78" + nim[-2:])
        student_ids.append(save(qtbot, student))

    team = open_dialog(qtbot, db, "teams")
    type_into(qtbot, team.ui.cohort_id, "WMK 2025 Unesa")
    assert team.ui.available.count() == 3
    type_into(qtbot, team.ui.name, "Sambal Nusantara")
    # Filter the cohort's students, select two, add them; then add the third by id.
    type_into(qtbot, team.ui.memberFilter, "a")
    team.ui.available.selectAll()
    qtbot.mouseClick(team.ui.addMember, Qt.MouseButton.LeftButton)
    team.ui.memberFilter.clear()
    assert team.ui.members.count() == 3  # all three names contain an "a"
    team.ui.members.setCurrentRow(2)
    qtbot.mouseClick(team.ui.removeMember, Qt.MouseButton.LeftButton)
    assert team.ui.members.count() == 2 and team.ui.available.count() == 1
    # No leader chosen yet: refused at the leader field, nothing saved.
    qtbot.mouseClick(
        team.ui.buttonBox.button(team.ui.buttonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert "leader" in team.error_text("leader_id")
    team.set_leader(student_ids[1])
    team_id = save(qtbot, team)

    mentor = open_dialog(qtbot, db, "mentors")
    type_into(qtbot, mentor.ui.name, "Dr. Rina Hartati")
    type_into(qtbot, mentor.ui.university_id, "Universitas Negeri Surabaya")
    mentor.ui.capacity.setValue(4)
    save(qtbot, mentor)

    umkm = open_dialog(qtbot, db, "umkm")
    type_into(qtbot, umkm.ui.name, "Sambel Bu Tini")
    type_into(qtbot, umkm.ui.region_code, "Kabupaten Sidoarjo")
    type_into(qtbot, umkm.ui.annual_sales, "Rp 120.000.000")
    save(qtbot, umkm)

    with db.session() as s:
        students = s.scalars(select(Student).order_by(Student.nim)).all()
        assert [x.cohort_id for x in students] == [cohort_id] * 3
        assert students[0].phone == "+6281234567801"
        members = s.execute(
            select(TeamMember.student_id, TeamMember.is_leader).where(TeamMember.team_id == team_id)
        ).all()
        assert len(members) == 2
        assert [sid for sid, leader in members if leader] == [student_ids[1]]
        assert s.scalar(select(Team.name)) == "Sambal Nusantara"
        assert s.scalar(select(Mentor.capacity)) == 4
        assert s.scalar(select(Umkm.scale_class)) == "mikro"

    # Reopening the team shows its members, leader first, and the one left out as free.
    again = open_dialog(qtbot, db, "teams", team_id)
    assert again.ui.members.count() == 2
    assert again.ui.leader_id.currentData() == student_ids[1]
    assert again.ui.available.count() == 1
    # A second team in the cohort only sees the student without a team.
    other = open_dialog(qtbot, db, "teams")
    type_into(qtbot, other.ui.cohort_id, "WMK 2025 Unesa")
    assert other.ui.available.count() == 1
