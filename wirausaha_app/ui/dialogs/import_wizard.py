"""The Excel import wizard: file and sheet → column mapping → problems → import.

Reading, checking and importing run off the UI thread (``ui.operations``) with
progress and cancel; the core decides everything (``core.xlsx.importer``), this
dialog only shows it: the mapping proposed from the headers (each column's field can
be changed), every problem by row, column and reason, and an Import button that is
enabled only when the file can be imported as a whole (or the user chose to import
the valid rows only).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy import select

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import Cohort
from wirausaha_app.core.progress import Progress
from wirausaha_app.core.xlsx import parse
from wirausaha_app.ui.generated.ui_import_wizard import Ui_ImportWizard
from wirausaha_app.ui.operations import Operation, run_operation
from wirausaha_app.ui.widgets import messages

FILE, MAPPING, PREVIEW = range(3)
SAMPLE_ROWS = 3


class ImportWizard(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 on_imported: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.db = db
        self._on_imported = on_imported
        self.prepared: Any = None
        self.plan: Any = None
        self.result: Any = None
        self.operation: Operation | None = None
        from wirausaha_app.core.xlsx.kinds import KINDS

        for key, handler in KINDS.items():
            self.ui.kind.addItem(handler.title, key)
        self.ui.cohort.addItem(self.tr("(none: the sheet names the cohort)"), None)
        with db.session() as s:
            for name in s.scalars(select(Cohort.name).order_by(Cohort.year.desc(), Cohort.name)):
                self.ui.cohort.addItem(name, name)
        for table in (self.ui.mappingTable, self.ui.problemsTable):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
        self.ui.mappingTable.setColumnCount(3)
        self.ui.mappingTable.setHorizontalHeaderLabels(
            [self.tr("Column in the sheet"), self.tr("First values"), self.tr("Imported as")])
        self.ui.problemsTable.setColumnCount(3)
        self.ui.problemsTable.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.ui.problemsTable.setWordWrap(True)
        for table in (self.ui.mappingTable, self.ui.problemsTable):
            table.horizontalHeader().setSectionResizeMode(
                table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.path.editingFinished.connect(self._load_sheets)
        self.ui.backButton.clicked.connect(self._back)
        self.ui.nextButton.clicked.connect(self._next)
        self.ui.importButton.clicked.connect(self._import)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.skipInvalid.toggled.connect(lambda _on: self._update_buttons())
        self._show(FILE)

    # -- navigation -------------------------------------------------------------------
    def _show(self, page: int) -> None:
        self.ui.pages.setCurrentIndex(page)
        steps = {
            FILE: self.tr("Step 1 of 3: choose the file"),
            MAPPING: self.tr("Step 2 of 3: check which column holds what"),
            PREVIEW: self.tr("Step 3 of 3: check the problems, then import"),
        }
        self.ui.stepLabel.setText(steps[page])
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.ui.pages.currentIndex()
        busy = self.operation is not None and self.operation.running
        self.ui.backButton.setEnabled(page != FILE and not busy)
        self.ui.nextButton.setEnabled(page != PREVIEW and not busy)
        self.ui.importButton.setEnabled(page == PREVIEW and not busy and self._importable())

    def _importable(self) -> bool:
        plan = self.plan
        if plan is None or plan.file_refused or not plan.records:
            return False
        return not plan.problems or self.ui.skipInvalid.isChecked()

    def _back(self) -> None:
        self._show(max(self.ui.pages.currentIndex() - 1, FILE))

    def _next(self) -> None:
        if self.ui.pages.currentIndex() == FILE:
            self._read()
        else:
            self._check()

    # -- step 1: file -----------------------------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a workbook"), self.ui.path.text(),
            self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.ui.path.setText(path)
            self._load_sheets()

    def _load_sheets(self) -> None:
        from wirausaha_app.core.i18n import UserError
        from wirausaha_app.core.xlsx.reader import sheet_names

        path = self.ui.path.text().strip()
        self.ui.sheet.clear()
        if not path or not Path(path).is_file():
            return
        try:
            names = sheet_names(path)
        except UserError as exc:
            messages.warn(self, self.windowTitle(), str(exc))
            return
        self.ui.sheet.addItems(names)
        kind_title = self.ui.kind.currentText()
        if kind_title in names:
            self.ui.sheet.setCurrentText(kind_title)

    def _read(self) -> None:
        from wirausaha_app.core.xlsx.importer import prepare

        path = self.ui.path.text().strip()
        if not path:
            messages.warn(self, self.windowTitle(), self.tr("Choose a workbook first."))
            return
        kind = self.ui.kind.currentData()
        sheet = self.ui.sheet.currentText() or None

        def work(_progress: Progress) -> Any:
            return prepare(path, kind, sheet=sheet)

        self._run(self.tr("Reading the workbook"), work, self._prepared)

    def _prepared(self, prepared: Any) -> None:
        self.prepared = prepared
        self._fill_mapping()
        self._show(MAPPING)

    # -- step 2: mapping --------------------------------------------------------------
    def _fill_mapping(self) -> None:
        prepared = self.prepared
        table = self.ui.mappingTable
        table.setRowCount(len(prepared.headers))
        data = prepared.sheet.rows[prepared.header_row + 1:]
        for i, header in enumerate(prepared.headers):
            table.setItem(i, 0, QTableWidgetItem(header))
            samples = [parse.text(row[i]) or "" for row in data[:20]
                       if i < len(row) and row[i] not in ("", None)]
            table.setItem(i, 1, QTableWidgetItem(", ".join(samples[:SAMPLE_ROWS])))
            combo = QComboBox(table)
            combo.addItem(self.tr("(not imported)"), None)
            for spec in prepared.fields:
                combo.addItem(spec.header + (" *" if spec.required else ""), spec.key)
            key = prepared.mapping.get(i)
            combo.setCurrentIndex(max(combo.findData(key), 0) if key else 0)
            table.setCellWidget(i, 2, combo)
        table.resizeColumnsToContents()
        self.ui.mappingInfo.setText(self.tr(
            "Sheet “{sheet}”: headers found in row {row}. Change “Imported as” where a column "
            "was not recognised; fields marked * are required.").format(
                sheet=prepared.sheet.name, row=prepared.header_row + 1))

    def mapping(self) -> dict[int, str]:
        """The mapping as the user left it (a field chosen twice: the first column)."""
        result: dict[int, str] = {}
        taken: set[str] = set()
        for i in range(self.ui.mappingTable.rowCount()):
            combo = self.ui.mappingTable.cellWidget(i, 2)
            key = combo.currentData() if isinstance(combo, QComboBox) else None
            if key and key not in taken:
                result[i] = key
                taken.add(key)
        return result

    def _options(self) -> Any:
        from wirausaha_app.core.xlsx.importer import ImportOptions

        return ImportOptions(cohort=self.ui.cohort.currentData(),
                             update_existing=self.ui.updateExisting.isChecked(),
                             skip_invalid=self.ui.skipInvalid.isChecked())

    def _check(self) -> None:
        from wirausaha_app.core.xlsx.importer import validate

        prepared = self.prepared
        prepared.mapping = self.mapping()
        options = self._options()

        def work(progress: Progress) -> Any:
            return validate(self.db, prepared, options, progress)

        self._run(self.tr("Checking every row"), work, self._checked)

    def _checked(self, plan: Any) -> None:
        self.plan = plan
        table = self.ui.problemsTable
        table.setRowCount(len(plan.problems))
        for i, problem in enumerate(plan.problems):
            row_item = QTableWidgetItem()
            row_item.setData(Qt.ItemDataRole.DisplayRole, problem.row or "")
            table.setItem(i, 0, row_item)
            table.setItem(i, 1, QTableWidgetItem(problem.column))
            reason = QTableWidgetItem(problem.message.render())
            reason.setToolTip(reason.text())
            table.setItem(i, 2, reason)
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(1)
        if len(plan.problems) <= 500:  # sizing rows to wrapped text costs per row
            table.resizeRowsToContents()
        summary = self.tr(
            "{read} row(s) read: {new} new, {updated} to update, {refused} refused.").format(
                read=plan.rows_read, new=plan.inserts, updated=plan.updates,
                refused=len(plan.refused_rows))
        if plan.file_refused:
            summary += " " + self.tr("The file cannot be imported as it is.")
        elif plan.problems and not self.ui.skipInvalid.isChecked():
            summary += " " + self.tr(
                "Correct the refused rows and check again; nothing is imported while any row "
                "is refused (unless you go back and choose to import the valid rows only).")
        elif not plan.problems:
            summary += " " + self.tr("Everything can be imported.")
        self.ui.summary.setText(summary)
        self._show(PREVIEW)

    # -- step 3: import ---------------------------------------------------------------
    def _import(self) -> None:
        from wirausaha_app.core.xlsx.importer import commit

        plan = self.plan
        plan.options.skip_invalid = self.ui.skipInvalid.isChecked()

        def work(progress: Progress) -> Any:
            return commit(self.db, plan, progress)

        self._run(self.tr("Importing"), work, self._imported)

    def _imported(self, result: Any) -> None:
        self.result = result
        if self._on_imported is not None:
            self._on_imported()
        messages.info(self, self.windowTitle(), self.tr(
            "Imported: {new} new, {updated} updated.").format(
                new=result.inserted, updated=result.updated))
        self.accept()

    # -- helpers ----------------------------------------------------------------------
    def _run(self, title: str, work: Callable[[Progress], Any],
             done: Callable[[Any], None]) -> None:
        self.operation = run_operation(self, title, work, on_success=done)
        self.operation.finished.connect(self._update_buttons)
        self._update_buttons()

    def reject(self) -> None:
        if self.operation is not None and self.operation.running:
            self.operation.cancel()
            self.operation.wait()
        super().reject()
