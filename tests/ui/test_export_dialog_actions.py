"""File menu: the Excel actions are installed and open their dialogs."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from wirausaha_app.ui.actions import excel
from wirausaha_app.ui.dialogs.export_dialog import ExportDialog
from wirausaha_app.ui.dialogs.import_wizard import ImportWizard


def test_file_menu_has_excel_actions(qtbot: QtBot, make_window: WindowFactory,
                                     sample_db_path: Path) -> None:
    window = make_window(sample_db_path)
    names = [a.objectName() for a in window.menu("file").actions()]
    for name in ("actionExcelImport", "actionExcelExport", "actionExcelTemplate"):
        assert name in names
    assert names.index("actionExcelExport") < names.index("actionQuit")
    window.show_page("umkm")
    dialog = excel.open_export(window)
    assert isinstance(dialog, ExportDialog) and dialog.ui.currentList.isEnabled()
    assert dialog.list_query.spec_key == "umkm"
    dialog.reject()
    wizard = excel.open_import(window)
    assert isinstance(wizard, ImportWizard)
    wizard.reject()
