"""The Excel export dialog: whole database (optionally one cohort / university) or the
list shown now; personal data masked unless "full export" is ticked (with a warning).
The export itself runs off the UI thread with progress and cancel, into a temp file
renamed at the end, so a cancelled export leaves nothing behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget
from sqlalchemy import select

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import Cohort, University
from wirausaha_app.core.progress import Progress
from wirausaha_app.ui.generated.ui_export_dialog import Ui_ExportDialog
from wirausaha_app.ui.operations import Operation, run_operation
from wirausaha_app.ui.widgets import messages


class ExportDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 list_query: Any = None, folder: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.db = db
        self.list_query = list_query
        self.operation: Operation | None = None
        self.result: Any = None
        self.ui.cohort.addItem(self.tr("(all cohorts)"), None)
        self.ui.university.addItem(self.tr("(all universities)"), None)
        with db.session() as s:
            for name in s.scalars(select(Cohort.name).order_by(Cohort.year.desc(), Cohort.name)):
                self.ui.cohort.addItem(name, name)
            for name in s.scalars(select(University.name).order_by(University.name)):
                self.ui.university.addItem(name, name)
        self.ui.currentList.setEnabled(list_query is not None)
        self.ui.fullWarning.setStyleSheet("color: #b00020;")
        self.ui.fullWarning.setVisible(False)
        self.ui.fullExport.toggled.connect(self.ui.fullWarning.setVisible)
        self.ui.wholeDatabase.toggled.connect(self._scope_changed)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.path.setText(str(Path(folder or Path.home()) / "wirausaha-ekspor.xlsx"))
        self.ui.buttonBox.accepted.connect(self._export)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._scope_changed()

    def _scope_changed(self) -> None:
        whole = self.ui.wholeDatabase.isChecked()
        self.ui.cohort.setEnabled(whole)
        self.ui.university.setEnabled(whole)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.ui.path.text(),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.ui.path.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def _export(self) -> None:
        out = self.ui.path.text().strip()
        if not out:
            messages.warn(self, self.windowTitle(), self.tr("Choose where to save the workbook."))
            return
        full = self.ui.fullExport.isChecked()
        db = self.db
        if self.ui.currentList.isChecked() and self.list_query is not None:
            query = self.list_query

            def work(progress: Progress) -> Any:
                from wirausaha_app.core.xlsx.listing_export import export_list

                return export_list(db, query, out, full=full, progress=progress)
        else:
            cohort, university = self.ui.cohort.currentData(), self.ui.university.currentData()

            def work(progress: Progress) -> Any:
                from wirausaha_app.core.xlsx.export import export_database, resolve_scope

                scope = resolve_scope(db, cohort, university)
                label = ", ".join(x for x in (cohort, university) if x) or None
                return export_database(db, out, scope=scope, full=full, progress=progress,
                                       scope_label=label)

        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.operation = run_operation(self, self.tr("Exporting to Excel"), work,
                                       on_success=self._done)
        self.operation.finished.connect(
            lambda: self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True))

    def _done(self, result: Any) -> None:
        self.result = result
        rows = sum(result.row_counts.values())
        messages.info(self, self.windowTitle(), self.tr(
            "Saved {rows} row(s) to {file}.").format(rows=rows, file=result.path))
        self.accept()
