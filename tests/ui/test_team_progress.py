"""The team's outputs (luaran) and seed-funding ledger, driven through the dialog."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.core.services import test_pairings_world as w
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import SeedFundEntry, TeamOutput
from wirausaha_app.ui.dialogs import records
from wirausaha_app.ui.dialogs.editors import teams as team_editor
from wirausaha_app.ui.dialogs.team_progress import TeamProgressDialog


@pytest.fixture
def team(db: Database) -> int:
    uni = w.university(db)
    team_id, _ = w.team(db, w.cohort(db, uni), "Tim Sambal", members=[("Ani", uni)])
    return team_id


def _dialog(qtbot: QtBot, db: Database, team_id: int) -> TeamProgressDialog:
    dialog = TeamProgressDialog(None, db, team_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _outputs(db: Database, team_id: int) -> dict[str, tuple[str, date | None, str | None]]:
    with db.session() as s:
        rows = s.scalars(select(TeamOutput).where(TeamOutput.team_id == team_id))
        return {r.kind_code: (r.status, r.status_date, r.note) for r in rows}


def test_output_done_with_a_date_is_saved(qtbot: QtBot, db: Database, team: int) -> None:
    dialog = _dialog(qtbot, db, team)
    assert dialog.ui.outputsTable.rowCount() == 5  # the configured kinds of migration 0001
    assert dialog.ui.progressLabel.text() == "0 of 5 outputs done (0%)"
    done = dialog.status_combo("nib")
    done.setCurrentIndex(done.findData("done"))
    # Without the date the service refuses; the row is marked and nothing is saved.
    _click(qtbot, dialog.ui.saveOutputsButton)
    assert "date the output was achieved" in dialog.output_error_text()
    assert dialog.date_edit("nib").toolTip() == dialog.output_error_text()
    assert _outputs(db, team) == {}
    dialog.date_edit("nib").setValue(date(2025, 4, 14))
    qtbot.keyClicks(dialog.note_edit("nib"), "NIB 1234567890123")
    planned = dialog.status_combo("expo")
    planned.setCurrentIndex(planned.findData("planned"))
    _click(qtbot, dialog.ui.saveOutputsButton)
    assert dialog.output_error_text() == ""
    assert _outputs(db, team) == {
        "nib": ("done", date(2025, 4, 14), "NIB 1234567890123"),
        "expo": ("planned", None, None),
    }
    assert dialog.ui.progressLabel.text() == "1 of 5 outputs done (20%)"
    # Emptying a status removes the row; the reloaded form shows the saved state.
    planned = dialog.status_combo("expo")
    planned.setCurrentIndex(planned.findData(None))
    assert dialog.save_outputs()
    assert set(_outputs(db, team)) == {"nib"}
    assert dialog.date_edit("nib").value() == date(2025, 4, 14)
    assert dialog.changed_outputs() == []


def _add(qtbot: QtBot, dialog: TeamProgressDialog, kind: str, amount: str) -> None:
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData(kind))
    dialog.ui.amount.clear()
    qtbot.keyClicks(dialog.ui.amount, amount)
    qtbot.keyClick(dialog.ui.amount, Qt.Key.Key_Return)  # Enter adds the entry


def _entry_count(db: Database, team_id: int) -> int:
    with db.session() as s:
        query = select(func.count()).where(SeedFundEntry.team_id == team_id)
        return int(s.execute(query).scalar_one())


def test_ledger_totals_and_refusals(
    qtbot: QtBot, db: Database, team: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, db, team)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.fundsTab)
    dialog.ui.entry_date.setValue(date(2025, 3, 1))
    _add(qtbot, dialog, "granted", "15000000")
    _add(qtbot, dialog, "disbursed", "7,5 jt")
    assert dialog.totals_text() == {
        "granted": "Rp15.000.000",
        "disbursed": "Rp7.500.000",
        "reported": "Rp0",
        "remaining": "Rp7.500.000",
    }
    assert dialog.ui.entriesTable.rowCount() == 2
    cells = [dialog.ui.entriesTable.item(1, c) for c in range(3)]
    assert [c.text() if c else None for c in cells] == ["1 Maret 2025", "disbursed", "Rp7.500.000"]
    assert dialog.ui.amount.text() == ""  # ready for the next entry

    # More disbursed than granted: refused at the amount, typed text kept, nothing saved.
    _add(qtbot, dialog, "disbursed", "8000000")
    assert dialog.entry_error_text("amount") == (
        "Disbursed money (Rp15.500.000) would exceed the amount granted (Rp15.000.000)."
    )
    assert dialog.ui.amount.text() == "Rp8.000.000"
    assert _entry_count(db, team) == 2
    assert dialog.totals_text()["disbursed"] == "Rp7.500.000"

    # Reporting more than was disbursed is refused the same way.
    _add(qtbot, dialog, "reported", "9000000")
    assert "Reported spending (Rp9.000.000)" in dialog.entry_error_text("amount")
    _add(qtbot, dialog, "reported", "abc")
    assert dialog.entry_error_text("amount") != ""
    assert _entry_count(db, team) == 2

    # Deleting the grant would leave money disbursed without one: refused.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog.select_entry_row(0)
    assert not dialog.delete_selected()
    assert "exceed the amount granted" in dialog.ui.ledgerError.text()
    assert _entry_count(db, team) == 2
    dialog.select_entry_row(1)
    assert dialog.delete_selected()
    assert dialog.totals_text()["remaining"] == "Rp15.000.000"
    assert _entry_count(db, team) == 1


def test_team_editor_opens_outputs_and_funding(
    qtbot: QtBot, db: Database, team: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int] = []
    monkeypatch.setattr(team_editor, "open_team_progress", lambda _p, _db, t: opened.append(t))
    editor = records.open_editor(None, db, "teams", team)
    qtbot.addWidget(editor)
    editor.show()
    button = editor.findChild(type(editor.ui.addMember), "progressButton")
    assert button is not None and button.text() == "Outputs && &funding…"
    _click(qtbot, button)
    assert opened == [team]
    assert editor.isVisible()  # the team form stays open
    new = records.open_editor(None, db, "teams", None)
    qtbot.addWidget(new)
    assert new.findChild(type(editor.ui.addMember), "progressButton") is None


def test_closing_with_unsaved_outputs_asks(
    qtbot: QtBot, db: Database, team: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> Any:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = _dialog(qtbot, db, team)
    dialog.reject()  # nothing changed: closes without asking
    assert asked == [] and not dialog.isVisible()
    dialog.show()
    combo = dialog.status_combo("hki")
    combo.setCurrentIndex(combo.findData("in_progress"))
    dialog.reject()  # Cancel: stays open, nothing saved
    assert dialog.isVisible() and _outputs(db, team) == {}
    dialog.reject()  # Save: saved, closed
    assert len(asked) == 2 and not dialog.isVisible()
    assert _outputs(db, team) == {"hki": ("in_progress", None, None)}
