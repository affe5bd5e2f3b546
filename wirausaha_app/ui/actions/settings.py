"""Tools → Program settings… (the institution on the reports, the pairing limits)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from wirausaha_app.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    action = QAction(QCoreApplication.translate("SettingsActions", "Program &settings…"), window)
    action.setObjectName("actionProgramSettings")
    action.setToolTip(QCoreApplication.translate(
        "SettingsActions", "The institution and city on the reports, the report logo, the "
        "pairing limits"))
    action.triggered.connect(lambda: open_settings(window))
    window.menu("tools").addAction(action)


def open_settings(window: MainWindow) -> None:
    from wirausaha_app.ui.dialogs.settings_dialog import open_settings as show

    if show(window, window.db) is not None:
        window.refresh_pages()  # pages showing limits or the institution read them again
