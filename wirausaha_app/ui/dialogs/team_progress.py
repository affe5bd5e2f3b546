"""One team's program outputs (luaran) and seed-funding ledger (forms/team_progress_dialog.ui).

*Outputs*: one row per active output kind (``core.services.outputs.team_outputs``)
with a status, the date it was reached and a note; "Save outputs" (Ctrl+S) writes
the changed rows through ``outputs.set_output`` (an emptied status deletes the row).
A refusal (a done output without a date) is shown under the table and on the row's
widget, and the typed values stay.

*Seed funding*: the ledger of ``core.services.seed_funds``; an entry is added or
deleted at once (each a transaction of the service, which refuses disbursing more
than was granted and reporting more than was disbursed). Totals are in rupiah.

Open with ``open_team_progress(parent, db, team_id)``; the team editor has a button.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy import select

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.formatting import format_date_id, format_number, format_rupiah
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.models import Cohort, SeedFundEntry, Team
from wirausaha_app.core.models.enums import OutputStatus, SeedFundKind
from wirausaha_app.core.rules.errors import FieldError
from wirausaha_app.core.rules.validation import parse_money
from wirausaha_app.core.services import outputs, seed_funds
from wirausaha_app.ui.dialogs.editors.base import clear_mark, mark_invalid
from wirausaha_app.ui.generated.ui_team_progress_dialog import Ui_TeamProgressDialog
from wirausaha_app.ui.inputs.date_edit import OptionalDateEdit

ID_ROLE = Qt.ItemDataRole.UserRole + 1
W = TypeVar("W", bound=QWidget)
_NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class OutputRow:
    """What was loaded for one output kind (compared on save to find changed rows)."""

    code: str
    name: str
    status: str | None
    status_date: date | None
    note: str
    output_id: int | None = field(default=None, compare=False)  # None: not recorded yet


class TeamProgressDialog(QDialog):
    def __init__(self, parent: QWidget | None, db: Database, team_id: int) -> None:
        super().__init__(parent)
        self.db = db
        self.team_id = team_id
        self.ui = Ui_TeamProgressDialog()
        self.ui.setupUi(self)
        self._rows: list[OutputRow] = []
        self._invalid: list[QWidget] = []
        with db.session() as session:
            team = session.get(Team, team_id)
            if team is None:
                raise UserError(
                    msg(QT_TRANSLATE_NOOP("TeamProgressDialog", "The team no longer exists."))
                )
            cohort = session.get(Cohort, team.cohort_id)
            team_name, cohort_name = team.name, cohort.name if cohort else ""
        self.setWindowTitle(self.tr("Outputs and seed funding — {team}").format(team=team_name))
        header_font = QFont(self.ui.teamLabel.font())
        header_font.setBold(True)
        header_font.setPointSizeF(header_font.pointSizeF() * 1.2)
        self.ui.teamLabel.setFont(header_font)
        self.ui.teamLabel.setText(f"{team_name} — {cohort_name}" if cohort_name else team_name)
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setToolTip(self.tr("Close (Esc)"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self._setup_outputs()
        self._setup_funds()
        self.load_outputs()
        self.load_ledger()

    # -- outputs ------------------------------------------------------------------
    def status_choices(self) -> list[tuple[str, str | None]]:
        return [
            ("—", None),
            (self.tr("planned"), OutputStatus.PLANNED.value),
            (self.tr("in progress"), OutputStatus.IN_PROGRESS.value),
            (self.tr("done"), OutputStatus.DONE.value),
        ]

    def _setup_outputs(self) -> None:
        table = self.ui.outputsTable
        table.setHorizontalHeaderLabels(
            [self.tr("Output"), self.tr("Status"), self.tr("Date"), self.tr("Note")]
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 16)
        self.ui.outputsError.hide()
        self.ui.saveOutputsButton.clicked.connect(self.save_outputs)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self.ui.outputsTab)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_outputs)

    def load_outputs(self) -> None:
        with self.db.session() as session:
            pairs = outputs.team_outputs(session, self.team_id)
            self._rows = [
                OutputRow(
                    kind.code,
                    kind.name,
                    row.status if row else None,
                    row.status_date if row else None,
                    (row.note or "") if row else "",
                    row.id if row else None,
                )
                for kind, row in pairs
            ]
            progress = outputs.team_progress(session, self.team_id)
        table = self.ui.outputsTable
        table.setRowCount(len(self._rows))
        for r, loaded in enumerate(self._rows):
            name = QTableWidgetItem(loaded.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name.setData(ID_ROLE, loaded.code)
            table.setItem(r, 0, name)
            combo = QComboBox(table)
            combo.setObjectName(f"status_{loaded.code}")
            for label, code in self.status_choices():
                combo.addItem(label, code)
            combo.setCurrentIndex(max(combo.findData(loaded.status), 0))
            table.setCellWidget(r, 1, combo)
            when = OptionalDateEdit(table)
            when.setObjectName(f"date_{loaded.code}")
            when.setValue(loaded.status_date)
            table.setCellWidget(r, 2, when)
            note = QLineEdit(loaded.note, table)
            note.setObjectName(f"note_{loaded.code}")
            note.setMaxLength(500)
            table.setCellWidget(r, 3, note)
        self._show_progress(progress)
        self._clear_output_errors()

    def _show_progress(self, progress: outputs.Progress) -> None:
        self.ui.progressLabel.setText(
            self.tr("{done} of {total} outputs done ({percent})").format(
                done=progress.done,
                total=progress.total,
                percent=format_number(progress.percent) + "%",
            )
        )

    def status_combo(self, code: str) -> QComboBox:
        return self._cell(code, 1, QComboBox)

    def date_edit(self, code: str) -> OptionalDateEdit:
        return self._cell(code, 2, OptionalDateEdit)

    def note_edit(self, code: str) -> QLineEdit:
        return self._cell(code, 3, QLineEdit)

    def _cell(self, code: str, column: int, kind: type[W]) -> W:
        for r, loaded in enumerate(self._rows):
            if loaded.code == code:
                widget = self.ui.outputsTable.cellWidget(r, column)
                assert isinstance(widget, kind)
                return widget
        raise KeyError(code)

    def _current(self, loaded: OutputRow) -> OutputRow:
        return OutputRow(
            loaded.code,
            loaded.name,
            self.status_combo(loaded.code).currentData(),
            self.date_edit(loaded.code).value(),
            self.note_edit(loaded.code).text().strip(),
            loaded.output_id,
        )

    def changed_outputs(self) -> list[OutputRow]:
        return [now for loaded in self._rows if (now := self._current(loaded)) != loaded]

    def save_outputs(self) -> bool:
        """Write every changed row; on the first refusal stop, show it, keep the form."""
        self._clear_output_errors()
        for row in self.changed_outputs():
            try:
                if row.status is None:
                    if row.output_id is not None:
                        outputs.delete_output(self.db, row.output_id)
                else:
                    outputs.set_output(
                        self.db, self.team_id, row.code, row.status, row.status_date, row.note
                    )
            except FieldError as error:
                widget = (
                    self.date_edit(row.code)
                    if error.field == "status_date"
                    else self.status_combo(row.code)
                )
                self._output_error(f"{row.name}: {error.message.render()}", widget)
                return False
            except UserError as error:
                self._output_error(f"{row.name}: {error}", None)
                return False
        self.load_outputs()
        return True

    def _output_error(self, text: str, widget: QWidget | None) -> None:
        self.ui.outputsError.setText(text)
        self.ui.outputsError.show()
        if widget is not None:
            self._mark_invalid(widget, text)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_output_errors(self) -> None:
        self.ui.outputsError.hide()
        self.ui.outputsError.clear()
        self._clear_marks([w for w in self._invalid if w.parent() is not self.ui.entryGroup])

    def output_error_text(self) -> str:
        return self.ui.outputsError.text() if self.ui.outputsError.isVisibleTo(self) else ""

    # -- seed funding -----------------------------------------------------------------
    def kind_labels(self) -> dict[str, str]:
        return {
            SeedFundKind.GRANTED.value: self.tr("granted"),
            SeedFundKind.DISBURSED.value: self.tr("disbursed"),
            SeedFundKind.REPORTED.value: self.tr("reported"),
        }

    def _setup_funds(self) -> None:
        ui = self.ui
        ui.entriesTable.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Amount"), self.tr("Note")]
        )
        header = ui.entriesTable.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ui.entriesTable.verticalHeader().setVisible(False)
        for code, label in self.kind_labels().items():
            ui.kind.addItem(label, code)
        ui.entry_date.setValue(date.today())
        ui.amount.setToolTip(self.tr("Whole rupiah; 1,5 jt and 2 M are understood"))
        for error_label in (ui.entry_dateError, ui.kindError, ui.amountError, ui.ledgerError):
            error_label.hide()
        ui.addEntryButton.clicked.connect(self.add_entry)
        ui.addEntryButton.setToolTip(self.tr("Add the entry to the ledger (Enter)"))
        ui.amount.returnPressed.connect(self.add_entry)
        ui.note.returnPressed.connect(self.add_entry)
        ui.deleteEntryButton.clicked.connect(self.delete_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.entriesTable)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        ui.entriesTable.itemSelectionChanged.connect(self._update_delete_button)
        # Enter in the entry form adds an entry; it must not close the dialog.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

    def load_ledger(self) -> None:
        labels = self.kind_labels()
        with self.db.session() as session:
            entries = [
                (e.id, e.entry_date, e.kind, e.amount, e.note or "")
                for e in session.scalars(
                    select(SeedFundEntry)
                    .where(SeedFundEntry.team_id == self.team_id)
                    .order_by(SeedFundEntry.entry_date, SeedFundEntry.id)
                )
            ]
            totals = seed_funds.team_totals(session, self.team_id)
        table = self.ui.entriesTable
        table.setRowCount(len(entries))
        for r, (entry_id, when, kind, amount, note) in enumerate(entries):
            cells = (format_date_id(when), labels.get(kind, kind), format_rupiah(amount), note)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if c == 0:
                    item.setData(ID_ROLE, entry_id)
                if c == 2:
                    item.setTextAlignment(_NUMBER_ALIGN)
                table.setItem(r, c, item)
        self.ui.grantedTotal.setText(format_rupiah(totals.granted))
        self.ui.disbursedTotal.setText(format_rupiah(totals.disbursed))
        self.ui.reportedTotal.setText(format_rupiah(totals.reported))
        self.ui.remainingTotal.setText(format_rupiah(totals.not_yet_disbursed))
        self.ui.unreportedTotal.setText(format_rupiah(totals.disbursed - totals.reported))
        self._update_delete_button()

    def totals_text(self) -> dict[str, str]:
        ui = self.ui
        return {
            "granted": ui.grantedTotal.text(),
            "disbursed": ui.disbursedTotal.text(),
            "reported": ui.reportedTotal.text(),
            "remaining": ui.remainingTotal.text(),
        }

    def _update_delete_button(self) -> None:
        self.ui.deleteEntryButton.setEnabled(self.selected_entry() is not None)

    def selected_entry(self) -> int | None:
        rows = self.ui.entriesTable.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        item = self.ui.entriesTable.item(rows[0].row(), 0)
        return int(item.data(ID_ROLE)) if item is not None else None

    def select_entry_row(self, row: int) -> None:
        self.ui.entriesTable.selectRow(row)

    def add_entry(self) -> bool:
        ui = self.ui
        self._clear_entry_errors()
        try:
            when = ui.entry_date.value()
            if when is None:
                raise FieldError(
                    "entry_date",
                    msg(QT_TRANSLATE_NOOP("Validation", "This field is required.")),
                )
            amount = parse_money(ui.amount.raw_text(), field="amount", required=True)
            assert amount is not None
            seed_funds.add_entry(
                self.db,
                self.team_id,
                str(ui.kind.currentData()),
                amount,
                when,
                ui.note.text().strip() or None,
            )
        except FieldError as error:
            self._entry_error(error)
            return False
        except UserError as error:  # busy database, disk full: keep what was typed
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return False
        ui.amount.clear()
        ui.note.clear()
        self.load_ledger()
        ui.amount.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _entry_error(self, error: FieldError) -> None:
        ui = self.ui
        places = {
            "entry_date": (ui.entry_date, ui.entry_dateError),
            "kind": (ui.kind, ui.kindError),
            "amount": (ui.amount, ui.amountError),
        }
        widget, label = places.get(error.field, (None, ui.ledgerError))
        text = error.message.render()
        label.setText(text)
        label.show()
        if widget is not None:
            self._mark_invalid(widget, text)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def entry_error_text(self, field: str) -> str:
        label = getattr(self.ui, f"{field}Error", None)
        return label.text() if isinstance(label, QLabel) and label.isVisibleTo(self) else ""

    def _clear_entry_errors(self) -> None:
        ui = self.ui
        for label in (ui.entry_dateError, ui.kindError, ui.amountError, ui.ledgerError):
            label.hide()
            label.clear()
        self._clear_marks([w for w in self._invalid if w.parent() is ui.entryGroup])

    def delete_selected(self) -> bool:
        entry_id = self.selected_entry()
        if entry_id is None:
            return False
        row = self.ui.entriesTable.selectionModel().selectedRows()[0].row()
        cells = [self.ui.entriesTable.item(row, c) for c in range(3)]
        described = " — ".join(item.text() for item in cells if item is not None)
        answer = QMessageBox.question(
            self,
            self.tr("Delete entry"),
            self.tr("Delete this ledger entry?\n{entry}").format(entry=described),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._clear_entry_errors()
        try:
            seed_funds.delete_entry(self.db, entry_id)
        except UserError as error:  # e.g. deleting a grant that money was disbursed from
            text = error.message.render() if isinstance(error, FieldError) else str(error)
            self.ui.ledgerError.setText(text)
            self.ui.ledgerError.show()
            return False
        self.load_ledger()
        return True

    # -- shared -------------------------------------------------------------------
    def _mark_invalid(self, widget: QWidget, text: str) -> None:
        mark_invalid(widget, text)
        self._invalid.append(widget)

    def _clear_marks(self, widgets: list[QWidget]) -> None:
        for widget in widgets:
            clear_mark(widget)
            self._invalid.remove(widget)

    def reject(self) -> None:
        """Closing with unsaved outputs asks first (ledger entries are saved at once)."""
        if self.changed_outputs():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved outputs"),
                self.tr("Save the changed outputs before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save_outputs():
                self.ui.tabs.setCurrentWidget(self.ui.outputsTab)
                return
        super().reject()


def open_team_progress(parent: QWidget | None, db: Database, team_id: int) -> None:
    try:
        dialog = TeamProgressDialog(parent, db, team_id)
    except UserError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("TeamProgressDialog", "Cannot open"), str(error)
        )
        return
    dialog.exec()
