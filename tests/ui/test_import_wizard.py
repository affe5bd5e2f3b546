"""The import wizard on a small file: mapping the user corrects, problems by row and
column, nothing imported while rows are refused, then the valid rows on request."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.core.xlsx.conftest import populate
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import Student
from wirausaha_app.ui.dialogs.import_wizard import FILE, MAPPING, PREVIEW, ImportWizard
from wirausaha_app.ui.widgets import messages


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("info", "warn"):
        monkeypatch.setattr(messages, name, lambda _p, _t, text: shown.append(text))
    return shown


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Peserta"
    ws.append(["Daftar peserta WMK"])
    ws.append(["NIM", "Siapa", "Perguruan Tinggi", "Angkatan"])
    ws.append(["5001", "Ani", "PENS", "WMK PENS 2023 Ganjil"])
    ws.append(["5002", "Budi", "Kampus Tak Dikenal", "WMK PENS 2023 Ganjil"])
    wb.save(path)
    return path


def _names(db: Database) -> set[str]:
    with db.session() as s:
        return set(s.scalars(select(Student.name)))


def test_wizard_flow(qtbot: QtBot, db: Database, tmp_path: Path, said: list[str]) -> None:
    populate(db)
    imported: list[bool] = []
    wizard = ImportWizard(db, on_imported=lambda: imported.append(True))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.kind.setCurrentIndex(wizard.ui.kind.findData("students"))
    wizard.ui.path.setText(str(_workbook(tmp_path / "p.xlsx")))
    wizard.ui.path.editingFinished.emit()
    assert wizard.ui.sheet.currentText() == "Peserta"
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.ui.pages.currentIndex() == MAPPING)
    assert "row 2" in wizard.ui.mappingInfo.text()
    assert wizard.mapping() == {0: "nim", 2: "university", 3: "cohort"}  # "Siapa" unknown
    combo = wizard.ui.mappingTable.cellWidget(1, 2)
    combo.setCurrentIndex(combo.findData("name"))  # the user corrects the mapping
    wizard.ui.nextButton.click()
    qtbot.waitUntil(lambda: wizard.ui.pages.currentIndex() == PREVIEW)
    table = wizard.ui.problemsTable
    assert table.rowCount() == 1
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == ("4", "Perguruan Tinggi")
    assert "Unknown university" in table.item(0, 2).text()
    assert not wizard.ui.importButton.isEnabled()
    # Back to the first step: import the valid rows only.
    wizard.ui.backButton.click()
    wizard.ui.backButton.click()
    assert wizard.ui.pages.currentIndex() == FILE
    wizard.ui.skipInvalid.setChecked(True)
    wizard.ui.nextButton.click()
    qtbot.waitUntil(lambda: wizard.ui.pages.currentIndex() == MAPPING)
    combo = wizard.ui.mappingTable.cellWidget(1, 2)
    combo.setCurrentIndex(combo.findData("name"))
    wizard.ui.nextButton.click()
    qtbot.waitUntil(lambda: wizard.ui.pages.currentIndex() == PREVIEW)
    assert wizard.ui.importButton.isEnabled()
    wizard.ui.importButton.click()
    qtbot.waitUntil(lambda: wizard.result is not None)
    assert imported == [True] and "1 new" in said[-1]
    assert "Ani" in _names(db) and "Budi" not in _names(db)


def test_wizard_refuses_a_file_that_is_not_xlsx(qtbot: QtBot, db: Database, tmp_path: Path,
                                                said: list[str]) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_text("not a workbook")
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.ui.path.setText(str(bad))
    wizard.ui.path.editingFinished.emit()
    assert "not an Excel workbook" in said[-1]
    wizard.ui.nextButton.click()
    qtbot.waitUntil(lambda: len(said) == 2)
    assert wizard.ui.pages.currentIndex() == FILE
