"""The common record dialog: load values, collect them from the widgets, save
through the core service, and show each refusal at its field.

A subclass names its ``kind`` (the service) and its generated form class, lists
its ``fields`` (form widgets are named after the service's value keys, so loading
and collecting values is generic), fills its pickers in :meth:`prepare` and adds
whatever is not a plain field (a team's members) by overriding :meth:`load` /
:meth:`values`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.rules.errors import FieldError, ValidationError
from wirausaha_app.core.services.records import RecordService, service
from wirausaha_app.ui.dialogs.pickers import ChoiceCombo
from wirausaha_app.ui.inputs.date_edit import OptionalDateEdit
from wirausaha_app.ui.inputs.money_edit import MoneyEdit

INVALID_STYLE = "border: 1px solid #c62828; border-radius: 2px;"
ERROR_LABEL_STYLE = "color: #b71c1c;"


def mark_invalid(widget: QWidget, text: str) -> None:
    """Outline a refused field in red, the reason in its tooltip (every dialog alike)."""
    widget.setProperty("invalid", True)
    widget.setStyleSheet(INVALID_STYLE)
    widget.setToolTip(text)


def clear_mark(widget: QWidget) -> None:
    widget.setProperty("invalid", False)
    widget.setStyleSheet("")
    widget.setToolTip("")


class RecordEditor(QDialog):
    """Base of every record dialog; ``saved_id`` holds the id after a save."""

    kind: ClassVar[str]
    form_class: ClassVar[type]
    fields: ClassVar[tuple[str, ...]]

    def __init__(self, parent: QWidget | None, db: Database, record_id: int | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.record_id = record_id
        self.saved_id: int | None = None
        self.ui = self.form_class()
        self.ui.setupUi(self)
        self.service: RecordService = self.make_service()
        self._error_labels: dict[str, QLabel] = {}
        self._invalid: list[QWidget] = []
        self.ui.errorSummary.hide()
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText(QCoreApplication.translate("RecordEditor", "&Save"))
        save_button.setToolTip(QCoreApplication.translate("RecordEditor", "Save (Ctrl+S or Enter)"))
        save_button.setDefault(True)
        cancel_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel_button.setText(QCoreApplication.translate("RecordEditor", "Cancel"))
        cancel_button.setToolTip(
            QCoreApplication.translate("RecordEditor", "Close without saving (Esc)")
        )
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.activated.connect(self.save)
        self.prepare()
        values = (
            self.service.get(db, record_id) if record_id is not None else self.service.defaults()
        )
        self.load(values)
        self.setWindowTitle(self.title(record_id is not None))
        first = self.widget(self.fields[0])
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- subclass hooks ------------------------------------------------------
    def make_service(self) -> RecordService:
        return service(self.kind)

    def title(self, editing: bool) -> str:
        raise NotImplementedError

    def prepare(self) -> None:
        """Fill pickers and fixed lists before values are loaded."""

    def enum_choices(self, combo: QComboBox, choices: Sequence[tuple[str, str | None]]) -> None:
        combo.clear()
        for label, code in choices:
            combo.addItem(label, code)

    # -- values ----------------------------------------------------------------
    def widget(self, field: str) -> QWidget | None:
        return getattr(self.ui, field, None)

    def load(self, values: Mapping[str, Any]) -> None:
        for field in self.fields:
            widget = self.widget(field)
            if widget is not None:
                set_widget_value(widget, values.get(field))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field in self.fields:
            widget = self.widget(field)
            if widget is not None:
                out[field] = widget_value(widget)
        return out

    def local_errors(self) -> list[FieldError]:
        """Problems the widgets know before the core is asked (text matching no choice)."""
        errors = []
        for field in self.fields:
            widget = self.widget(field)
            if isinstance(widget, ChoiceCombo) and widget.has_unknown_text():
                errors.append(
                    FieldError(
                        field,
                        msg(
                            QT_TRANSLATE_NOOP(
                                "Validation",
                                "Choose an entry from the list (“{typed}” is not one).",
                            ),
                            typed=widget.currentText().strip(),
                        ),
                    )
                )
        return errors

    # -- saving ------------------------------------------------------------------
    def save(self) -> None:
        self.clear_errors()
        values = self.values()
        try:
            local = self.local_errors()
            if local:
                raise ValidationError(local)
            if self.record_id is None:
                self.saved_id = self.service.create(self.db, values)
            else:
                self.service.update(self.db, self.record_id, values)
                self.saved_id = self.record_id
        except ValidationError as error:
            self.show_errors(error.errors)
            return
        except UserError as error:
            # Busy database, disk full, record deleted meanwhile: say so, keep the form.
            QMessageBox.warning(
                self, QCoreApplication.translate("RecordEditor", "Not saved"), str(error)
            )
            return
        self.accept()

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        by_field: dict[str, list[str]] = {}
        for error in errors:
            by_field.setdefault(error.field, []).append(error.message.render())
        unplaced: list[str] = []
        first: QWidget | None = None
        for field in [*self.fields, *by_field]:
            if field not in by_field:
                continue
            text = "\n".join(dict.fromkeys(by_field.pop(field)))
            widget = self.widget(field)
            if widget is None:
                unplaced.append(text)
                continue
            self._mark_invalid(widget, text)
            if not self._show_inline(field, widget, text):
                unplaced.append(text)
            first = first or widget
        summary = ValidationError(errors).message.render()
        self.ui.errorSummary.setText("\n".join([summary, *unplaced]))
        self.ui.errorSummary.show()
        # Error lines add height: grow so none of them is squeezed.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark_invalid(self, widget: QWidget, text: str) -> None:
        mark_invalid(widget, text)
        self._invalid.append(widget)

    def _show_inline(self, field: str, widget: QWidget, text: str) -> bool:
        """An error line right under the field, in the form layout that holds it."""
        label = self._error_labels.get(field)
        if label is None:
            found = _form_row_of(self, widget)
            if found is None:
                return False
            layout, row = found
            label = QLabel(self)
            label.setObjectName(f"{field}Error")
            label.setWordWrap(True)
            label.setStyleSheet(ERROR_LABEL_STYLE)
            layout.insertRow(row + 1, "", label)
            self._error_labels[field] = label
        label.setText(text)
        label.show()
        return True

    def error_text(self, field: str) -> str:
        """The message shown at ``field`` (empty when none); used by tests and tooltips."""
        label = self._error_labels.get(field)
        return label.text() if label is not None and label.isVisibleTo(self) else ""

    def clear_errors(self) -> None:
        for widget in self._invalid:
            clear_mark(widget)
        self._invalid.clear()
        for label in self._error_labels.values():
            label.hide()
            label.clear()
        self.ui.errorSummary.hide()


def _form_row_of(root: QWidget, widget: QWidget) -> tuple[QFormLayout, int] | None:
    """The form layout and row holding ``widget`` (or the row of a layout containing it)."""
    for layout in root.findChildren(QFormLayout):
        position: Any = layout.getWidgetPosition(widget)
        row = int(position[0])
        if row >= 0:
            return layout, row
        for r in range(layout.rowCount()):
            item = layout.itemAt(r, QFormLayout.ItemRole.FieldRole)
            inner = item.layout() if item is not None else None
            if inner is not None and inner.indexOf(widget) >= 0:
                return layout, r
    return None


def widget_value(widget: QWidget) -> Any:
    """A widget's value as the core expects it (raw text for text fields)."""
    if isinstance(widget, ChoiceCombo):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, OptionalDateEdit):
        return widget.value()
    if isinstance(widget, MoneyEdit):
        return widget.raw_text()  # the core parses it, so a typo is reported, not lost
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QSpinBox):
        empty = widget.specialValueText() and widget.value() == widget.minimum()
        return None if empty else widget.value()
    raise TypeError(f"no value for {type(widget).__name__}")


def set_widget_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, ChoiceCombo):
        widget.set_value(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(value), 0))
    elif isinstance(widget, OptionalDateEdit | MoneyEdit):
        widget.setValue(value)
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QAbstractSpinBox) and isinstance(widget, QSpinBox):
        widget.setValue(widget.minimum() if value is None else int(value))
    else:
        raise TypeError(f"cannot show a value in {type(widget).__name__}")
