"""Tools → Program settings: typed values are checked at their fields, kept when
refused, and saved all together."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from wirausaha_app.core.services.program_settings import load_settings
from wirausaha_app.ui.dialogs.settings_dialog import SettingsDialog


def test_the_tools_menu_opens_the_settings(
    make_window: WindowFactory, sample_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(sample_db_path)
    action = window.findChild(QAction, "actionProgramSettings")
    assert action is not None and action.isEnabled()
    assert window.ui.menuTools.menuAction().isVisible()  # the menu is no longer empty
    opened: list[object] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self) or 0)
    action.trigger()
    assert len(opened) == 1


def test_bad_values_are_marked_and_kept(qtbot: QtBot, make_window: WindowFactory,
                                        sample_db_path: Path, tmp_path: Path) -> None:
    window = make_window(sample_db_path)
    dialog = SettingsDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    before = load_settings(window.db)
    assert dialog.ui.institutionName.text() == before.institution_name
    dialog.ui.institutionName.setText("   ")
    dialog.ui.reportLogo.setText(str(tmp_path / "gone.png"))
    dialog.ui.maxPairingsPerTeam.setValue(1)
    assert dialog.save() is False
    assert dialog.isVisible()
    summary = dialog.ui.errorSummary.text()
    assert "Institution: This field is required." in summary and "does not exist" in summary
    assert dialog.focusWidget() is dialog.ui.institutionName  # the first bad field
    assert dialog.ui.reportLogo.text() == str(tmp_path / "gone.png")  # kept as typed
    assert dialog.ui.institutionName.styleSheet()  # marked
    assert load_settings(window.db) == before  # nothing saved

    dialog.ui.institutionName.setText("LPPM Universitas Jember")
    dialog.ui.reportLogo.clear()
    assert dialog.save() is True
    assert not dialog.isVisible()
    saved = load_settings(window.db)
    assert (saved.institution_name, saved.max_pairings_per_team) == ("LPPM Universitas Jember", 1)
    assert dialog.ui.institutionName.styleSheet() == ""  # marks cleared on the next try


def test_the_preview_shows_the_stored_logo_when_its_file_has_gone(
    qtbot: QtBot, make_window: WindowFactory, sample_db_path: Path, tmp_path: Path
) -> None:
    from PIL import Image

    from wirausaha_app.core.services.program_settings import ProgramSettings, save_settings

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 100), (200, 0, 0)).save(logo)
    window = make_window(sample_db_path)
    save_settings(window.db, ProgramSettings("LPPM", None, str(logo), 3, 2))
    logo.unlink()
    dialog = SettingsDialog(window.db, window)
    qtbot.addWidget(dialog)
    preview = dialog.ui.logoPreview.pixmap()
    assert not preview.isNull() and preview.width() == 2 * preview.height()
    dialog.ui.reportLogo.setText(str(tmp_path / "other.png"))  # a file that is not there
    assert dialog.ui.logoPreview.pixmap().isNull()
