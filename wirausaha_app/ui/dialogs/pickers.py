"""Searchable pickers for related records.

* :class:`ChoiceCombo` — an editable combo box whose completer matches any part of
  the text, for short lists (regions, universities, cohorts: hundreds of rows).
* :class:`SearchPickerDialog` — a search box over a big table (UMKM, students: up
  to a million rows); every keystroke runs a prefix query with a row limit, so the
  table is never loaded whole. :func:`pick_umkm` and :func:`pick_student` open it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.services.records import lookups
from wirausaha_app.core.services.records.lookups import Choice

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ChoiceCombo(QComboBox):
    """Pick one of a few hundred choices by typing any part of its name.

    ``valueChanged(object)`` fires when the chosen id changes, whether picked from
    the list or typed out in full (QComboBox's own signals miss the latter).
    """

    valueChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last_value: int | str | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.setClearButtonEnabled(True)
        self.editTextChanged.connect(self._check_value)
        self.currentIndexChanged.connect(self._check_value)

    def _check_value(self, *_args: object) -> None:
        value = self.value()
        if value != self._last_value:
            self._last_value = value
            self.valueChanged.emit(value)

    def set_choices(self, choices: Sequence[Choice], *, empty_text: str | None = None) -> None:
        """Fill the list; ``empty_text`` adds a first "none" entry for optional fields."""
        self._model.clear()
        if empty_text is not None:
            item = QStandardItem(empty_text)
            item.setData(None, ID_ROLE)
            self._model.appendRow(item)
        for choice in choices:
            item = QStandardItem(choice.label)
            item.setData(choice.id, ID_ROLE)
            if choice.detail:
                item.setToolTip(choice.detail)
            self._model.appendRow(item)
        self.setCurrentIndex(-1)
        self.setEditText("")

    def value(self) -> int | str | None:
        """The chosen id; None when empty or when the typed text matches no choice."""
        text = self.currentText().strip()
        if not text:
            return None
        row = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if row < 0:
            return None
        data: int | str | None = self.itemData(row, ID_ROLE)
        return data

    def has_unknown_text(self) -> bool:
        text = self.currentText().strip()
        return bool(text) and self.findText(text, Qt.MatchFlag.MatchFixedString) < 0

    def set_value(self, value: int | str | None) -> None:
        row = self.findData(value, ID_ROLE) if value is not None else -1
        self.setCurrentIndex(row)
        if row < 0:
            self.setEditText("")


class SearchPickerDialog(QDialog):
    """Type a few letters of a name (or a NIM/NIB), choose from the first matches."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        search: Callable[[str], Sequence[Choice]],
        limit: int = 50,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._search = search
        self._limit = limit
        self.chosen: Choice | None = None
        layout = QVBoxLayout(self)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Type a name, NIM or NIB…"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        # Debounce: a query per pause in typing, not per keystroke burst.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._return_pressed)
        self.resize(480, 420)

    def run_search(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.query.text().strip()
        found = list(self._search(text)) if text else []
        for choice in found:
            item = QListWidgetItem(
                f"{choice.label}  —  {choice.detail}" if choice.detail else choice.label
            )
            item.setData(ID_ROLE, choice)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        if not text:
            self.hint.setText(self.tr("Start typing to search."))
        elif not found:
            self.hint.setText(self.tr("Nothing found."))
        elif len(found) >= self._limit:
            self.hint.setText(
                self.tr("Showing the first %n match(es); type more to narrow.", "", len(found))
            )
        else:
            self.hint.setText(self.tr("%n match(es).", "", len(found)))

    def _return_pressed(self) -> None:
        if self._timer.isActive():
            self.run_search()
        if self.results.currentItem() is not None:
            self.accept()

    def accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(ID_ROLE)
        super().accept()


def pick_umkm(parent: QWidget | None, db: Database) -> Choice | None:
    dialog = SearchPickerDialog(
        parent,
        QCoreApplication.translate("SearchPickerDialog", "Choose an UMKM"),
        lambda text: lookups.search_umkm(db, text, limit=50),
    )
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None


def pick_student(
    parent: QWidget | None, db: Database, cohort_id: int | None = None
) -> Choice | None:
    def search(text: str) -> list[Choice]:
        found = lookups.search_students(db, text, limit=50, cohort_id=cohort_id)
        return [Choice(s.id, s.name, s.nim) for s in found]

    dialog = SearchPickerDialog(
        parent, QCoreApplication.translate("SearchPickerDialog", "Choose a student"), search
    )
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
