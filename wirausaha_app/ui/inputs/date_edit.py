"""A date field with a calendar popup that may also be left empty.

QDateEdit always holds a date; the day before the earliest allowed date stands for
"no date" and is shown as blank (``specialValueText``). Delete/Backspace on a
selected date, or the "Clear" action in the context menu, empties the field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from wirausaha_app.core.rules.validation import DATE_MAX, DATE_MIN

EMPTY = QDate(DATE_MIN.year, DATE_MIN.month, DATE_MIN.day).addDays(-1)


class OptionalDateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(EMPTY)
        self.setMaximumDate(QDate(DATE_MAX.year, DATE_MAX.month, DATE_MAX.day))
        self.setSpecialValueText(" ")  # blank, not the sentinel date
        self.setDate(EMPTY)

    def value(self) -> date | None:
        current = self.date()
        if current == EMPTY:
            return None
        return date(current.year(), current.month(), current.day())

    def setValue(self, value: date | None) -> None:
        self.setDate(EMPTY if value is None else QDate(value.year, value.month, value.day))

    def clear(self) -> None:
        self.setDate(EMPTY)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.clear()
            return
        if self.value() is None and event.text().isdigit():
            # Typing into an empty field starts from today rather than the sentinel.
            self.setDate(QDate.currentDate())
            self.lineEdit().selectAll()
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.value() is None:
            # Open the calendar on this month instead of the sentinel's December 1999.
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        super().mousePressEvent(event)
