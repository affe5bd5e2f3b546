"""File → Restore from a backup…: the backups of the open database, newest first.

Shows when each was taken (Indonesian date and time), why (daily, by hand, before
an upgrade) and its size; "Restore" returns the chosen one (the caller confirms
and restores, see ``ui/actions/backup.py``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from wirausaha_app.core.db.retention import BackupFile, list_backups
from wirausaha_app.core.formatting import format_datetime_id
from wirausaha_app.ui.generated.ui_backups_dialog import Ui_BackupsDialog
from wirausaha_app.ui.widgets.recovery import format_size


class BackupsDialog(QDialog):
    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self.database = database
        self.backups: list[BackupFile] = list_backups(database)
        self.chosen: BackupFile | None = None
        self.restore_button: QPushButton = self.ui.buttonBox.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreButton")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.ui.buttonBox.accepted.connect(self._restore)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self._fill()

    def _kind(self, backup: BackupFile) -> str:
        if backup.label == "auto":
            return self.tr("Daily (automatic)")
        if backup.label == "manual":
            return self.tr("Made by hand")
        if backup.protected:
            return self.tr("Before a program upgrade")
        return backup.label

    def _fill(self) -> None:
        ui = self.ui
        if self.backups:
            ui.introLabel.setText(
                self.tr(
                    "Backups of {name}, newest first. Restoring replaces the open database "
                    "with the chosen copy; the current file is kept beside it."
                ).format(name=self.database.name)
            )
        else:
            ui.introLabel.setText(
                self.tr("There are no backups of {name} yet. Use File → Back up now.").format(
                    name=self.database.name
                )
            )
        if self.backups:
            ui.folderLabel.setText(
                self.tr("Folder: {folder}").format(folder=self.backups[0].path.parent)
            )
        table = ui.backups
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            try:
                size = format_size(backup.path.stat().st_size)
            except OSError:
                size = "—"
            items = (format_datetime_id(backup.taken_at), self._kind(backup), size)
            for column, text in enumerate(items):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.itemSelectionChanged.connect(self._update_button)
        table.doubleClicked.connect(lambda _index: self._restore())
        if self.backups:
            table.selectRow(0)
        self._update_button()

    def _update_button(self) -> None:
        self.restore_button.setEnabled(bool(self.ui.backups.selectionModel().selectedRows()))

    def select(self, row: int) -> None:
        self.ui.backups.selectRow(row)

    def _restore(self) -> None:
        rows = self.ui.backups.selectionModel().selectedRows()
        if not rows:
            return
        self.chosen = self.backups[rows[0].row()]
        self.accept()
