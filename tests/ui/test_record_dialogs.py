"""Record dialogs driven as a coordinator would: type, save, look at the database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import ChangeLogEntry, Student, Umkm, UmkmSnapshot, University
from wirausaha_app.core.services.records import service
from wirausaha_app.ui.dialogs import records
from wirausaha_app.ui.dialogs.editors.base import RecordEditor
from wirausaha_app.ui.inputs.date_edit import OptionalDateEdit
from wirausaha_app.ui.inputs.money_edit import MoneyEdit

# The offscreen platform cannot raise windows or grab the keyboard for popups (the
# pickers' completer); those notices say nothing about the dialogs.


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """QMessageBox.warning calls (title + text) instead of modal boxes."""
    shown: list[str] = []

    def fake(_parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake))
    return shown


@pytest.fixture
def program(db: Database) -> dict[str, int]:
    uni = service("universities").create(db, {"name": "Universitas Jember", "kind": "both"})
    cohort = service("cohorts").create(
        db, {"name": "WMK 2025 UNEJ", "host_university_id": uni, "year": 2025}
    )
    sid = service("students").create(
        db, {"university_id": uni, "cohort_id": cohort, "nim": "E411", "name": "Ayu"}
    )
    return {"uni": uni, "cohort": cohort, "ayu": sid}


def editor(qtbot: QtBot, db: Database, kind: str, record_id: int | None = None) -> Any:
    dialog = records.open_editor(None, db, kind, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(combo: Any, qtbot: QtBot, text: str) -> None:
    """Type into a searchable picker as a user would, and take the exact match."""
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), text)


def save(qtbot: QtBot, dialog: Any) -> None:
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )


def test_university_dialog_saves(qtbot: QtBot, db: Database) -> None:
    dialog = editor(qtbot, db, "universities")
    assert dialog.windowTitle() == "New university"
    qtbot.keyClicks(dialog.ui.name, "Politeknik Negeri Jember")
    qtbot.keyClicks(dialog.ui.short_name, "Polije")
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("host"))
    choose(dialog.ui.region_code, qtbot, "Kabupaten Jember")
    qtbot.keyClicks(dialog.ui.contact_phone, "0331-333532")
    qtbot.keyClicks(dialog.ui.contact_email, "humas@polije.ac.id")
    dialog.ui.mou_valid_from.setValue(date(2024, 1, 1))
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    got = service("universities").get(db, dialog.saved_id)
    assert got["name"] == "Politeknik Negeri Jember"
    assert got["kind"] == "host"
    assert got["region_code"] == "35.09"
    assert got["contact_phone"] == "+62331333532"
    assert got["mou_valid_from"] == date(2024, 1, 1)
    assert got["mou_valid_until"] is None


def test_region_list_starts_with_jawa_timur(qtbot: QtBot, db: Database) -> None:
    dialog = editor(qtbot, db, "umkm")
    combo = dialog.ui.region_code
    first = [combo.itemText(i) for i in range(38)]
    assert "Kota Surabaya" in first and "Kabupaten Jember" in first
    assert "(" in combo.itemText(39)  # other provinces carry their name


def test_invalid_student_keeps_text_and_saves_nothing(
    qtbot: QtBot, db: Database, program: dict[str, int]
) -> None:
    dialog = editor(qtbot, db, "students")
    choose(dialog.ui.university_id, qtbot, "Universitas Jember")
    qtbot.keyClicks(dialog.ui.nim, "E411")  # Ayu's NIM at the same university
    qtbot.keyClicks(dialog.ui.name, "Budi Santoso")
    qtbot.keyClicks(dialog.ui.phone, "0812")
    qtbot.keyClicks(dialog.ui.nik, "3509019999990001")
    save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "already used" in dialog.error_text("nim")
    assert "not a valid phone number" in dialog.error_text("phone")
    assert "not a real date" in dialog.error_text("nik")
    assert dialog.ui.nim.property("invalid") is True
    assert "already used" in dialog.ui.nim.toolTip()
    assert dialog.ui.errorSummary.isVisible()
    assert "3 field(s)" in dialog.ui.errorSummary.text()
    assert dialog.focusWidget() is dialog.ui.nim  # first bad field in form order
    # Everything typed is still there.
    assert (dialog.ui.nim.text(), dialog.ui.phone.text(), dialog.ui.nik.text()) == (
        "E411",
        "0812",
        "3509019999990001",
    )
    assert dialog.ui.name.text() == "Budi Santoso"
    with db.session() as s:
        assert s.scalars(select(Student.name)).all() == ["Ayu"]
    # Correct the fields: the errors go away and the record is saved.
    dialog.ui.nim.setText("E412")
    dialog.ui.phone.setText("0812 3456 7890")
    dialog.ui.nik.clear()
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.error_text("nim") == ""
    got = service("students").get(db, dialog.saved_id)
    assert (got["nim"], got["phone"], got["nik"]) == ("E412", "+6281234567890", None)


def test_unknown_picker_text_is_refused(
    qtbot: QtBot, db: Database, program: dict[str, int]
) -> None:
    dialog = editor(qtbot, db, "students")
    choose(dialog.ui.university_id, qtbot, "Universitas Atlantis")
    qtbot.keyClicks(dialog.ui.nim, "X1")
    qtbot.keyClicks(dialog.ui.name, "Citra")
    save(qtbot, dialog)
    assert "Universitas Atlantis" in dialog.error_text("university_id")
    assert dialog.ui.university_id.currentText() == "Universitas Atlantis"


def test_keyboard_ctrl_s_saves_and_escape_cancels(
    qtbot: QtBot, db: Database, program: dict[str, int]
) -> None:
    dialog = editor(qtbot, db, "mentors")
    with qtbot.waitActive(dialog):  # shortcuts belong to the active window
        dialog.activateWindow()
    qtbot.keyClicks(dialog.ui.name, "Dr. Sari Wulandari")
    qtbot.keyClick(dialog.ui.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert service("mentors").get(db, dialog.saved_id)["capacity"] == 5
    other = editor(qtbot, db, "mentors")
    qtbot.keyClicks(other.ui.name, "Nobody")
    qtbot.keyClick(other, Qt.Key.Key_Escape)
    assert other.result() == QDialog.DialogCode.Rejected and other.saved_id is None
    third = editor(qtbot, db, "mentors")
    qtbot.keyClicks(third.ui.name, "Pak Joko")
    qtbot.keyClick(third.ui.name, Qt.Key.Key_Return)  # Enter saves (default button)
    assert third.result() == QDialog.DialogCode.Accepted


def test_edit_existing_loads_and_updates(
    qtbot: QtBot, db: Database, program: dict[str, int]
) -> None:
    dialog = editor(qtbot, db, "students", program["ayu"])
    assert dialog.windowTitle() == "Edit student"
    assert dialog.ui.nim.text() == "E411"
    assert dialog.ui.university_id.currentText() == "Universitas Jember"
    assert dialog.ui.cohort_id.currentText() == "WMK 2025 UNEJ"
    dialog.ui.name.setText("Ayu Lestari")
    dialog.ui.gender.setCurrentIndex(dialog.ui.gender.findData("P"))
    save(qtbot, dialog)
    got = service("students").get(db, program["ayu"])
    assert (got["name"], got["gender"], got["nim"]) == ("Ayu Lestari", "P", "E411")


def test_cohort_dialog_dates_and_optional_numbers(
    qtbot: QtBot, db: Database, program: dict[str, int]
) -> None:
    dialog = editor(qtbot, db, "cohorts")
    qtbot.keyClicks(dialog.ui.name, "WMK 2026")
    choose(dialog.ui.host_university_id, qtbot, "Universitas Jember")
    dialog.ui.year.setValue(2026)
    dialog.ui.pre_immersion_start.setValue(date(2026, 2, 1))
    dialog.ui.immersion_start.setValue(date(2026, 1, 1))  # before pre-immersion
    save(qtbot, dialog)
    assert "on or after 1 Februari 2026" in dialog.error_text("immersion_start")
    dialog.ui.immersion_start.setValue(date(2026, 3, 1))
    dialog.ui.quota_total.setValue(120)
    save(qtbot, dialog)
    got = service("cohorts").get(db, dialog.saved_id)
    assert got["immersion_start"] == date(2026, 3, 1)
    assert got["quota_total"] == 120 and got["quota_internal_percent"] is None
    assert got["end_date"] is None


def test_umkm_dialog_money_and_snapshot_lock(qtbot: QtBot, db: Database) -> None:
    dialog = editor(qtbot, db, "umkm")
    qtbot.keyClicks(dialog.ui.name, "Keripik Tempe Bu Sri")
    choose(dialog.ui.region_code, qtbot, "Kota Malang")
    qtbot.keyClicks(dialog.ui.nib, "9120001234567")
    qtbot.keyClicks(dialog.ui.annual_sales, "350000000")
    assert dialog.ui.annual_sales.text() == "Rp350.000.000"  # grouped as typed
    qtbot.keyClicks(dialog.ui.capital, "50 jt")
    dialog.ui.channel_marketplace.setChecked(True)
    dialog.ui.needs.item(0).setCheckState(Qt.CheckState.Checked)
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session() as s:
        row = s.get(Umkm, dialog.saved_id)
        assert row is not None
        assert (row.annual_sales, row.capital, row.scale_class) == (
            350_000_000,
            50_000_000,
            "mikro",
        )
        assert row.channels == "marketplace" and row.region_code == "35.73"
        assert row.needs
    with db.transaction() as s:
        s.add(UmkmSnapshot(umkm_id=dialog.saved_id, snapshot_date=date(2025, 1, 1)))
    again = editor(qtbot, db, "umkm", dialog.saved_id)
    assert not again.ui.annual_sales.isEnabled() and not again.ui.channel_marketplace.isEnabled()
    assert again.ui.annual_sales.text() == "Rp350.000.000"
    again.ui.owner_name.setText("Sri Wahyuni")
    save(qtbot, again)
    assert again.result() == QDialog.DialogCode.Accepted


def test_umkm_bad_money_and_duplicate_nib(qtbot: QtBot, db: Database) -> None:
    service("umkm").create(db, {"name": "A", "region_code": "35.78", "nib": "9120001234567"})
    dialog = editor(qtbot, db, "umkm")
    qtbot.keyClicks(dialog.ui.name, "B")
    choose(dialog.ui.region_code, qtbot, "Kota Surabaya")
    qtbot.keyClicks(dialog.ui.nib, "9120001234567")
    qtbot.keyClicks(dialog.ui.capital, "banyak")
    save(qtbot, dialog)
    assert "already registered" in dialog.error_text("nib")
    assert "amount in rupiah" in dialog.error_text("capital")
    assert dialog.ui.capital.text() == "banyak"


def test_delete_in_use_university_refused(
    qtbot: QtBot, db: Database, program: dict[str, int], warnings: list[str]
) -> None:
    assert records.delete_records(None, db, "universities", [program["uni"]]) is False
    assert len(warnings) == 1
    assert "1 student(s) belong to this university" in warnings[0]
    assert "1 cohort(s) are hosted" in warnings[0]
    with db.session() as s:
        assert s.get(University, program["uni"]) is not None


@pytest.fixture
def answer_delete(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Confirm (or not) the delete question, recording its text."""
    asked: list[str] = []
    choice = {"confirm": True}

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        role = (
            QMessageBox.ButtonRole.DestructiveRole
            if choice["confirm"]
            else QMessageBox.ButtonRole.RejectRole
        )
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    yield asked
    choice["confirm"] = False


def test_delete_confirmation_lists_impact(
    qtbot: QtBot, db: Database, program: dict[str, int], answer_delete: list[str]
) -> None:
    team = service("teams").create(
        db,
        {
            "cohort_id": program["cohort"],
            "name": "Kopi",
            "members": [program["ayu"]],
            "leader_id": program["ayu"],
        },
    )
    assert records.delete_records(None, db, "students", [program["ayu"]]) is True
    assert "Delete 1 record(s)?" in answer_delete[0]
    assert "leaves team “Kopi”, which then needs a new leader" in answer_delete[0]
    with db.session() as s:
        assert s.get(Student, program["ayu"]) is None
        assert (
            s.scalars(
                select(ChangeLogEntry.action).where(ChangeLogEntry.entity == "students")
            ).all()[-1]
            == "delete"
        )
    assert service("teams").get(db, team)["members"] == []


def test_edit_record_entry_point(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_and_save(dialog: RecordEditor) -> int:
        dialog.ui.name.setText("Universitas Airlangga")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(RecordEditor, "exec", fill_and_save)
    new_id = records.edit_record(None, db, "universities")
    assert new_id is not None
    assert service("universities").get(db, new_id)["name"] == "Universitas Airlangga"
    monkeypatch.setattr(RecordEditor, "exec", lambda dialog: int(QDialog.DialogCode.Rejected))
    assert records.edit_record(None, db, "universities", new_id) is None
    with pytest.raises(KeyError):
        records.edit_record(None, db, "no_such_kind")


def test_money_and_date_inputs(qtbot: QtBot) -> None:
    money = MoneyEdit()
    qtbot.addWidget(money)
    qtbot.keyClicks(money, "1500000")
    assert money.text() == "Rp1.500.000" and money.value() == 1_500_000
    money.clear()
    qtbot.keyClicks(money, "2,5 jt")
    money.editingFinished.emit()
    assert money.text() == "Rp2.500.000"
    money.setValue(None)
    assert money.text() == "" and money.value() is None
    when = OptionalDateEdit()
    qtbot.addWidget(when)
    assert when.value() is None and when.calendarPopup()
    when.setValue(date(2025, 9, 1))
    assert when.value() == date(2025, 9, 1) and when.text() == "01/09/2025"
    when.lineEdit().selectAll()
    qtbot.keyClick(when, Qt.Key.Key_Delete)
    assert when.value() is None


def test_busy_database_keeps_the_form(
    qtbot: QtBot, db: Database, warnings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from wirausaha_app.core.db.errors import DatabaseBusyError
    from wirausaha_app.core.services.records.base import RecordService

    def busy(*_args: Any) -> int:
        raise DatabaseBusyError()

    dialog = editor(qtbot, db, "universities")
    qtbot.keyClicks(dialog.ui.name, "Universitas Trunojoyo")
    monkeypatch.setattr(RecordService, "create", busy)
    save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert "in use by another program" in warnings[0]
    assert dialog.ui.name.text() == "Universitas Trunojoyo"
    monkeypatch.undo()
    save(qtbot, dialog)
    assert service("universities").get(db, dialog.saved_id)["name"] == "Universitas Trunojoyo"


def test_search_picker_queries_by_prefix(qtbot: QtBot, db: Database) -> None:
    from wirausaha_app.core.services.records import lookups
    from wirausaha_app.ui.dialogs.pickers import SearchPickerDialog

    for name in ("Warung Bu Sri", "Warung Pak Kumis", "Batik Tulis"):
        service("umkm").create(db, {"name": name, "region_code": "35.78"})
    dialog = SearchPickerDialog(None, "UMKM", lambda text: lookups.search_umkm(db, text, limit=50))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.query, "warung")
    dialog.run_search()
    assert dialog.results.count() == 2
    assert dialog.hint.text() == "2 match(es)."
    qtbot.keyClicks(dialog.query, " pak")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen is not None and dialog.chosen.label == "Warung Pak Kumis"


def test_tab_order_follows_the_form(qtbot: QtBot, db: Database, program: dict[str, int]) -> None:
    dialog = editor(qtbot, db, "students")
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    assert dialog.focusWidget() is dialog.ui.university_id  # first field first
    order = []
    dialog.ui.nim.setFocus()
    for _ in range(2):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget())
    assert order == [dialog.ui.name, dialog.ui.study_program]
    dialog.ui.phone.setFocus()
    qtbot.keyClick(dialog.ui.phone, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.nik


@pytest.fixture
def indonesian(qapp: Any) -> Iterator[None]:
    from wirausaha_app.core import i18n as core_i18n
    from wirausaha_app.ui.app import install_translators

    install_translators(qapp, "id")
    yield
    install_translators(qapp, "en")
    core_i18n.set_translator(None)


def test_errors_explained_in_indonesian(
    qtbot: QtBot, db: Database, program: dict[str, int], indonesian: None
) -> None:
    dialog = editor(qtbot, db, "students")
    assert dialog.windowTitle() == "Mahasiswa baru"
    assert dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save).text() == "&Simpan"
    choose(dialog.ui.university_id, qtbot, "Universitas Jember")
    qtbot.keyClicks(dialog.ui.nim, "E411")
    qtbot.keyClicks(dialog.ui.name, "Budi")
    qtbot.keyClicks(dialog.ui.nik, "35090117084500")
    save(qtbot, dialog)
    assert "sudah dipakai mahasiswa lain" in dialog.error_text("nim")
    assert dialog.error_text("nik") == "NIK terdiri dari 16 digit; yang ini 14 digit."
    assert "Belum disimpan: 2 isian perlu diperbaiki." in dialog.ui.errorSummary.text()
    assert dialog.focusWidget() is dialog.ui.nim
