from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from tests.core.xlsx.conftest import NIK, populate
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.listing import ListQuery
from wirausaha_app.ui.dialogs.export_dialog import ExportDialog
from wirausaha_app.ui.widgets import messages


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("info", "warn"):
        monkeypatch.setattr(messages, name, lambda _p, _t, text: shown.append(text))
    return shown


def _niks(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path, read_only=True)
    values = [r[10] for r in wb["Mahasiswa"].iter_rows(min_row=2, values_only=True)]
    wb.close()
    return values


def test_export_masked_then_full(qtbot: QtBot, db: Database, tmp_path: Path,
                                 said: list[str]) -> None:
    populate(db)
    dialog = ExportDialog(db, folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.currentList.isEnabled()  # no list shown
    assert not dialog.ui.fullWarning.isVisible()
    out = tmp_path / "a.xlsx"
    dialog.ui.path.setText(str(out))
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert "3578********0001" in _niks(out) and "Saved" in said[-1]

    dialog = ExportDialog(db, folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.fullExport.setChecked(True)
    assert dialog.ui.fullWarning.isVisible()
    dialog.ui.cohort.setCurrentIndex(dialog.ui.cohort.findData("WMK PENS 2023 Ganjil"))
    dialog.ui.path.setText(str(out))
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert NIK in _niks(out)


def test_export_current_list(qtbot: QtBot, db: Database, tmp_path: Path, said: list[str]) -> None:
    populate(db)
    dialog = ExportDialog(db, list_query=ListQuery("umkm"), folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.ui.currentList.setChecked(True)
    assert not dialog.ui.cohort.isEnabled()
    out = tmp_path / "list.xlsx"
    dialog.ui.path.setText(str(out))
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result is not None)
    wb = openpyxl.load_workbook(out, read_only=True)
    assert [r[0] for r in wb.active.iter_rows(min_row=2, values_only=True)] == ["Keripik Bu Sum"]
    wb.close()
