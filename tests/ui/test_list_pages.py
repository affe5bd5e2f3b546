"""List pages driven as a coordinator would: type, wait, sort, filter, select, act."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.ui.conftest import SAMPLE_STUDENTS, SAMPLE_UMKM, WindowFactory
from wirausaha_app.core.db.engine import Database
from wirausaha_app.ui.main_window import MainWindow
from wirausaha_app.ui.pages.list_page import SEARCH_DELAY_MS, ListPage


def _count(db: Database, sql: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar_one())


@pytest.fixture
def window(make_window: WindowFactory, sample_db_path: Path) -> MainWindow:
    return make_window(sample_db_path)


def umkm_page(window: MainWindow) -> ListPage:
    page = window.show_page("umkm")
    assert isinstance(page, ListPage)
    return page


def test_search_box_filters_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    page = umkm_page(window)
    assert page.model.rowCount() == SAMPLE_UMKM
    assert page.ui.countLabel.text() == f"{SAMPLE_UMKM} records"
    expected = _count(window.db, "SELECT count(*) FROM umkm WHERE name LIKE 'warung%'")
    page.ui.table.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.searchEdit.hasFocus()
    qtbot.keyClicks(page.ui.searchEdit, "waru")
    assert page.model.rowCount() == SAMPLE_UMKM  # debounced: not on every keystroke
    qtbot.waitUntil(lambda: page.model.rowCount() == expected, timeout=SEARCH_DELAY_MS * 10)
    assert page.ui.table.model().index(0, 0).data().startswith("Warung")
    assert page.ui.countLabel.text() == f"{expected} records"
    assert window.current_list_query().search == "waru"
    # An NIB finds its one UMKM.
    page.ui.searchEdit.setText("9000000000007")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=SEARCH_DELAY_MS * 10)
    assert page.model.index(0, 0).data().endswith(" 7")


def test_sort_by_a_column_header(qtbot: QtBot, window: MainWindow) -> None:
    page = umkm_page(window)
    sales = page.spec.column_index("sales")
    page.ui.table.sortByColumn(sales, Qt.SortOrder.DescendingOrder)
    top = _count(window.db, "SELECT max(annual_sales) FROM umkm")
    assert page.model.index(0, sales).data(Qt.ItemDataRole.UserRole + 1) == top
    assert window.current_list_query().sort == "sales"
    assert window.current_list_query().descending


def test_filters_and_detail_pane(qtbot: QtBot, window: MainWindow) -> None:
    page = umkm_page(window)
    combo = page._filters["has_nib"]
    combo.setCurrentIndex(combo.findData("no"))
    no_nib = _count(window.db, "SELECT count(*) FROM umkm WHERE nib IS NULL")
    assert page.model.rowCount() == no_nib
    assert page.ui.countLabel.text() == f"{no_nib} records"
    page.ui.table.selectRow(0)
    labels = [
        page.ui.detailForm.itemAt(i).widget().text()
        for i in range(page.ui.detailForm.count())
        if page.ui.detailForm.itemAt(i).widget() is not None
    ]
    assert page.model.index(0, 0).data() in labels
    # Multi-select: the pane says how many.
    selection = page.ui.table.selectionModel()
    selection.select(
        page.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert len(page.selected_ids()) == 2
    assert "2 records selected" in page.ui.detailForm.itemAt(0).widget().text()


def test_students_page_filters_by_cohort(window: MainWindow) -> None:
    page = window.show_page("students")
    assert isinstance(page, ListPage)
    assert page.model.rowCount() == SAMPLE_STUDENTS
    combo = page._filters["cohort"]
    combo.setCurrentIndex(combo.findText("WMK 2024 Ganjil"))
    assert page.model.rowCount() == _count(
        window.db, "SELECT count(*) FROM students WHERE cohort_id = 1"
    )


def test_new_edit_delete_call_the_record_dialogs(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = umkm_page(window)
    calls: list[tuple[str, Any]] = []

    def edit_record(_parent: Any, db: Database, kind: str, record_id: int | None = None) -> Any:
        calls.append(("edit", (kind, record_id)))
        if record_id is None:
            with db.engine.begin() as conn:
                conn.execute(
                    text(
                        "INSERT INTO umkm (id, name, region_code) "
                        "VALUES (9999, 'Aaa Baru', '35.78')"
                    )
                )
            return 9999
        return record_id

    def delete_records(_parent: Any, db: Database, kind: str, ids: list[int]) -> bool:
        calls.append(("delete", (kind, ids)))
        with db.engine.begin() as conn:
            for i in ids:
                conn.execute(text("DELETE FROM umkm WHERE id = :i"), {"i": i})
        return True

    fake = SimpleNamespace(edit_record=edit_record, delete_records=delete_records)
    monkeypatch.setattr(page, "_records", lambda: fake)
    page._editing = True
    page.new_record()
    assert page.model.rowCount() == SAMPLE_UMKM + 1
    assert page.selected_ids() == [9999]  # the new record is selected
    page.ui.table.setFocus()
    qtbot.waitUntil(page.ui.table.hasFocus)
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Return)
    assert calls[-1] == ("edit", ("umkm", 9999))
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Delete)
    assert calls[-1] == ("delete", ("umkm", [9999]))
    assert page.model.rowCount() == SAMPLE_UMKM
    QApplication.processEvents()
