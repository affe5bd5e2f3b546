"""The generic list page: one per record kind, parametrised by a ``core.listing`` spec.

Search as you type (150 ms after the last keystroke), a filter combo box per spec
filter, the number of matching rows, sortable headers, multi-select and a
read-only detail pane of the selected record. New (Ctrl+N), Edit (Enter or
double-click) and Delete (Delete key) open the record dialogs of
``ui.dialogs.records``; they are hidden while that module is not installed.

The list starts in the spec's ``default_query()`` (e.g. the logbook newest first).
A right click on the table offers Edit and Delete plus the page's own actions:
a subclass calls ``add_record_action(text, slot)`` (a header button and a context
menu entry, enabled when exactly one row is selected; ``slot(record_id)``).
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QMenu, QPushButton, QWidget

from wirausaha_app.core.formatting import format_number
from wirausaha_app.core.listing import ListQuery
from wirausaha_app.ui.generated.ui_list_page import Ui_ListPage
from wirausaha_app.ui.models.lazy_table import LazyTableModel

if TYPE_CHECKING:
    from wirausaha_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
RECORDS_MODULE = "wirausaha_app.ui.dialogs.records"
translate = QCoreApplication.translate


def records_available() -> bool:
    try:
        return importlib.util.find_spec(RECORDS_MODULE) is not None
    except ModuleNotFoundError:
        return False


class ListPage(QWidget):
    def __init__(self, window: MainWindow, spec_key: str) -> None:
        super().__init__(window)
        self.window_ = window
        self.ui = Ui_ListPage()
        self.ui.setupUi(self)
        self.model = LazyTableModel(window.db, spec_key, self)
        self.spec = self.model.spec
        if self.model.query != self.spec.default_query():
            self.model.set_query(self.spec.default_query())
        self._filters: dict[str, QComboBox] = {}
        self._record_actions: list[tuple[QAction, QPushButton]] = []

        title_font = QFont(self.ui.titleLabel.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.ui.titleLabel.setFont(title_font)
        self.ui.titleLabel.setText(self.spec.title_text())

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        self.ui.searchEdit.returnPressed.connect(self._apply_search_now)
        self.ui.searchEdit.setToolTip(translate("ListPage", "Search (Ctrl+F)"))

        self._build_filters()
        self._setup_table()
        self._setup_actions()
        self.model.count_changed.connect(self._show_count)
        self._show_count(self.model.rowCount())
        self._show_details(None)

    # -- public ------------------------------------------------
    def current_list_query(self) -> ListQuery:
        return self.model.query

    def close_page(self) -> None:
        """Let go of the database (the window is closing or switching databases)."""
        self._search_timer.stop()
        self.model.engine.close()

    def refresh(self) -> None:
        selected = self.selected_ids()
        self.model.refresh()
        if selected:
            self._select_id(selected[0])

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.ui.table.selectionModel().selectedRows()})
        ids = [self.model.record_id(r) for r in rows]
        return [i for i in ids if i is not None]

    def current_id(self) -> int | None:
        index = self.ui.table.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    # -- building ------------------------------------------------
    def _build_filters(self) -> None:
        all_text = translate("ListPage", "all")
        for f in self.spec.filters:
            combo = QComboBox(self)
            combo.setObjectName(f"filter_{f.key}")
            combo.addItem(f"{f.title()}: {all_text}", None)
            for option in self.model.engine.options(self.spec.key, f.key):
                combo.addItem(option.label, option.value)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaxVisibleItems(20)
            combo.setToolTip(f.title())
            combo.currentIndexChanged.connect(
                lambda _i, key=f.key, box=combo: self._apply_filter(key, box.currentData())
            )
            self.ui.filterArea.addWidget(combo)
            self._filters[f.key] = combo

    def _setup_table(self) -> None:
        table = self.ui.table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        char = table.fontMetrics().averageCharWidth()
        for n, column in enumerate(self.spec.columns):
            if column.width:
                table.setColumnWidth(n, column.width * char + 16)
        state = self.model.sort_state()
        if state is not None:
            header.setSortIndicator(*state)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.selectionModel().selectionChanged.connect(self._on_selection)
        table.doubleClicked.connect(lambda _index: self.edit_current())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 0)
        self.ui.splitter.setSizes([900, 290])
        self.ui.detailForm.setRowWrapPolicy(self.ui.detailForm.RowWrapPolicy.WrapLongRows)
        self.model.modelReset.connect(lambda: self._show_details(None))

    def _setup_actions(self) -> None:
        ui = self.ui
        shortcuts = {
            "search": QShortcut(QKeySequence.StandardKey.Find, self),
            "new": QShortcut(QKeySequence.StandardKey.New, self),
            "edit_return": QShortcut(QKeySequence(Qt.Key.Key_Return), ui.table),
            "edit_enter": QShortcut(QKeySequence(Qt.Key.Key_Enter), ui.table),
            "delete": QShortcut(QKeySequence.StandardKey.Delete, ui.table),
        }
        for shortcut in shortcuts.values():
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcuts["search"].activated.connect(self._focus_search)
        ui.newButton.setToolTip(translate("ListPage", "New record (Ctrl+N)"))
        ui.editButton.setToolTip(translate("ListPage", "Edit the selected record (Enter)"))
        ui.deleteButton.setToolTip(translate("ListPage", "Delete the selected records (Delete)"))
        self._editing = records_available()
        for button in (ui.newButton, ui.editButton, ui.deleteButton):
            button.setVisible(self._editing)
        if not self._editing:
            return
        ui.newButton.clicked.connect(self.new_record)
        ui.editButton.clicked.connect(self.edit_current)
        ui.deleteButton.clicked.connect(self.delete_selected)
        shortcuts["new"].activated.connect(self.new_record)
        shortcuts["edit_return"].activated.connect(self.edit_current)
        shortcuts["edit_enter"].activated.connect(self.edit_current)
        shortcuts["delete"].activated.connect(self.delete_selected)
        self._update_buttons()

    # -- slots ------------------------------------------------
    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def _apply_search(self) -> None:
        self.model.set_search(self.ui.searchEdit.text())
        self.ui.table.scrollToTop()  # a new result starts at its top, not where the old one was

    def _apply_filter(self, key: str, value: str | None) -> None:
        self.model.set_filter(key, value)
        self.ui.table.scrollToTop()

    def _apply_search_now(self) -> None:
        self._search_timer.stop()
        self._apply_search()

    def _show_count(self, count: int) -> None:
        text = translate("ListPage", "{count} records").format(count=format_number(count))
        self.ui.countLabel.setText(text)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        ids = self.selected_ids()
        self._show_details(ids[0] if len(ids) == 1 else None, len(ids))
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.ui.table.selectionModel().selectedRows())
        if self._editing:
            self.ui.editButton.setEnabled(count == 1)
            self.ui.deleteButton.setEnabled(count > 0)
        for action, button in getattr(self, "_record_actions", []):
            action.setEnabled(count == 1)
            button.setEnabled(count == 1)

    # -- record actions and the context menu ------------------------------------
    def add_record_action(
        self, text: str, slot: Callable[[int], None], name: str, tooltip: str = ""
    ) -> QAction:
        """A header button and context-menu entry acting on the one selected record."""
        action = QAction(text, self)
        action.setObjectName(name)
        button = QPushButton(text, self)
        button.setObjectName(name.replace("action", "button", 1))
        if tooltip:
            button.setToolTip(tooltip)
            action.setToolTip(tooltip)

        def run() -> None:
            record_id = self.current_id()
            if record_id is not None and len(self.selected_ids()) <= 1:
                slot(record_id)

        action.triggered.connect(run)
        button.clicked.connect(action.trigger)
        at = self.ui.headerLayout.indexOf(self.ui.newButton)
        self.ui.headerLayout.insertWidget(max(at, 0), button)
        self._record_actions.append((action, button))
        self._update_buttons()
        return action

    def context_menu_actions(self) -> list[QAction]:
        """What a right click on the table offers (in this order)."""
        found = [action for action, _button in self._record_actions]
        if self._editing:
            edit = QAction(translate("ListPage", "Edit…"), self)
            edit.setEnabled(self.ui.editButton.isEnabled())
            edit.triggered.connect(self.edit_current)
            delete = QAction(translate("ListPage", "Delete…"), self)
            delete.setEnabled(self.ui.deleteButton.isEnabled())
            delete.triggered.connect(self.delete_selected)
            found += [edit, delete]
        return found

    def _context_menu(self, pos: QPoint) -> None:
        actions = self.context_menu_actions()
        if not actions:
            return
        menu = QMenu(self)
        menu.addActions(actions)
        menu.exec(self.ui.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _show_details(self, record_id: int | None, selected: int = 0) -> None:
        form = self.ui.detailForm
        while form.rowCount():
            form.removeRow(0)
        if record_id is None:
            if selected > 1:
                text = translate("ListPage", "{count} records selected").format(count=selected)
            else:
                text = translate("ListPage", "Select a row to see its details.")
            hint = QLabel(text)
            hint.setWordWrap(True)
            hint.setEnabled(False)
            form.addRow(hint)
            return
        for label, value in self.model.engine.detail(self.spec.key, record_id):
            shown = QLabel(value or "—")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(QLabel(f"<b>{label}</b>"), shown)

    def _select_id(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.ui.table.setCurrentIndex(index)
        self.ui.table.selectRow(row)
        self.ui.table.scrollTo(index)

    # -- records (the dialogs live in ui.dialogs.records) --------------------------
    def _records(self) -> Any:
        return importlib.import_module(RECORDS_MODULE)

    def new_record(self) -> None:
        new_id = self._records().edit_record(self, self.window_.db, self.spec.key, None)
        if new_id:
            self._changed(new_id)

    def edit_current(self) -> None:
        record_id = self.current_id()
        if record_id is None or not self._editing:
            return
        saved = self._records().edit_record(self, self.window_.db, self.spec.key, record_id)
        if saved:
            self._changed(record_id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not self._editing:
            return
        if self._records().delete_records(self, self.window_.db, self.spec.key, ids):
            self._changed(None)

    def _changed(self, record_id: int | None) -> None:
        self.model.refresh()
        if record_id is not None:
            # The record's row is known only if its page was read; read the first pages.
            self.model.result.page(0)
            self._select_id(record_id)
        self.window_.refresh_counts()


def make_page(window: MainWindow, spec_key: str) -> ListPage:
    return ListPage(window, spec_key)
