"""File → Import from Excel…, Export to Excel…, Excel template…"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog

if TYPE_CHECKING:
    from wirausaha_app.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    menu = window.menu("file")
    quit_action = next((a for a in menu.actions() if a.objectName() == "actionQuit"), None)
    actions = []
    for name, text, slot in (
        (
            "actionExcelImport",
            QCoreApplication.translate("ExcelActions", "&Import from Excel…"),
            lambda: open_import(window),
        ),
        (
            "actionExcelExport",
            QCoreApplication.translate("ExcelActions", "&Export to Excel…"),
            lambda: open_export(window),
        ),
        (
            "actionExcelTemplate",
            QCoreApplication.translate("ExcelActions", "Excel &template…"),
            lambda: save_template(window),
        ),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        actions.append(action)
    if quit_action is not None:
        menu.insertActions(quit_action, actions)
        menu.insertSeparator(quit_action)
    else:
        menu.addSeparator()
        menu.addActions(actions)


def open_import(window: MainWindow) -> Any:
    from wirausaha_app.ui.dialogs.import_wizard import ImportWizard

    dialog = ImportWizard(window.db, window, on_imported=window.refresh_pages)
    dialog.open()
    return dialog


def open_export(window: MainWindow) -> Any:
    from wirausaha_app.ui.dialogs.export_dialog import ExportDialog

    db_path = window.db.path
    dialog = ExportDialog(
        window.db,
        window,
        list_query=window.current_list_query(),
        folder=str(db_path.parent) if db_path else "",
    )
    dialog.open()
    return dialog


def save_template(window: MainWindow) -> None:
    from wirausaha_app.core.progress import Progress
    from wirausaha_app.core.xlsx.kinds import KINDS
    from wirausaha_app.core.xlsx.templates import TEMPLATE_KINDS, write_template
    from wirausaha_app.ui.operations import run_operation
    from wirausaha_app.ui.widgets import messages

    titles = [KINDS[k].title for k in TEMPLATE_KINDS]
    title, ok = QInputDialog.getItem(
        window,
        QCoreApplication.translate("ExcelActions", "Excel template"),
        QCoreApplication.translate("ExcelActions", "Template for:"),
        titles,
        0,
        False,
    )
    if not ok:
        return
    kind = TEMPLATE_KINDS[titles.index(title)]
    start = Path(window.db.path.parent if window.db.path else Path.home()) / f"templat-{kind}.xlsx"
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("ExcelActions", "Save the template as"),
        str(start),
        QCoreApplication.translate("ExcelActions", "Excel workbooks (*.xlsx)"),
    )
    if not path:
        return
    db = window.db

    def work(_progress: Progress) -> Path:
        return write_template(kind, path, db)

    run_operation(
        window,
        QCoreApplication.translate("ExcelActions", "Excel template"),
        work,
        on_success=lambda p: messages.info(
            window,
            QCoreApplication.translate("ExcelActions", "Excel template"),
            QCoreApplication.translate("ExcelActions", "Template saved: {file}").format(file=p),
        ),
    )
