"""File → Back up now / Restore from a backup, the daily automatic backup, and the
database-dependent menu actions disabled until a database is open."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.ui.conftest import SAMPLE_UMKM, WindowFactory
from wirausaha_app.core.db.backup import create_backup
from wirausaha_app.core.db.retention import list_backups
from wirausaha_app.core.paths import backups_dir
from wirausaha_app.ui import app as ui_app
from wirausaha_app.ui.actions import backup as backup_actions
from wirausaha_app.ui.dialogs.backups import BackupsDialog
from wirausaha_app.ui.main_window import MainWindow
from wirausaha_app.ui.widgets import messages
from wirausaha_app.ui.widgets.database_open import open_locked


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "info", lambda _p, _t, text: seen.append(("info", text)))
    monkeypatch.setattr(messages, "warn", lambda _p, _t, text: seen.append(("warn", text)))
    monkeypatch.setattr(messages, "error", lambda _p, _t, text, _d="": seen.append(("error", text)))
    return seen


def integrity_ok(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def umkm_count(window: MainWindow) -> int:
    with window.db.session() as session:
        return int(session.execute(text("SELECT count(*) FROM umkm")).scalar_one())


def test_backup_now_makes_a_verified_copy_and_says_where(
    qtbot: QtBot, make_window: WindowFactory, sample_db_path: Path, shown: list[Any]
) -> None:
    window = make_window(sample_db_path)
    actions = backup_actions.actions_of(window)
    assert actions.backup_action.isEnabled()
    operation = actions.backup_now()
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    made = list_backups(sample_db_path)
    assert len(made) == 1 and made[0].label == "manual"
    assert shown == [("info", f"The backup was saved as:\n{made[0].path}")]
    assert integrity_ok(made[0].path)
    assert not list(backups_dir(sample_db_path).glob("*.tmp"))


def test_backup_of_a_damaged_database_is_refused_with_a_message(
    qtbot: QtBot, make_window: WindowFactory, sample_db_path: Path, shown: list[Any]
) -> None:
    window = make_window(sample_db_path)
    window.close_database()  # the page cache must not hide the damage
    corrupt_middle(sample_db_path)
    window.set_database(open_locked(sample_db_path))
    operation = backup_actions.actions_of(window).backup_now()
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    assert len(shown) == 1 and shown[0][0] == "warn"
    assert "No backup was made: the database fails its check" in shown[0][1]
    assert list_backups(sample_db_path) == []


def corrupt_middle(path: Path) -> None:
    """Overwrite a run of pages in the middle of the file with garbage."""
    size = path.stat().st_size
    page = 4096
    start = (size // page // 2) * page
    with path.open("r+b") as f:
        f.seek(start)
        f.write(bytes((n * 97 + 13) % 251 for n in range(page * 4)))


def test_restore_replaces_the_database_and_keeps_the_replaced_file(
    qtbot: QtBot,
    make_window: WindowFactory,
    sample_db_path: Path,
    shown: list[Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = create_backup(sample_db_path)
    window = make_window(sample_db_path)
    with window.db.transaction() as session:
        session.execute(text("DELETE FROM umkm WHERE id > 10"))
    assert umkm_count(window) == 10
    asked: list[str] = []
    monkeypatch.setattr(backup_actions, "choose_backup", lambda _w, path: list_backups(path)[0])
    monkeypatch.setattr(messages, "ask", lambda _p, _t, text: asked.append(text) or True)
    actions = backup_actions.actions_of(window)
    operation = actions.restore()
    assert operation is not None and not window.has_database  # closed while copying
    assert not actions.backup_action.isEnabled()
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    assert asked and "Replace the open database with the backup of" in asked[0]
    assert window.has_database and umkm_count(window) == SAMPLE_UMKM
    replaced = list(sample_db_path.parent.glob(sample_db_path.name + ".replaced-*"))
    assert len(replaced) == 1 and re.fullmatch(
        r"sample\.db\.replaced-\d{8}-\d{6}", replaced[0].name
    )
    assert shown[-1][0] == "info" and replaced[0].name in shown[-1][1]
    assert backup.exists()  # the backup itself stays
    # The replaced file holds the edited data, untouched.
    conn = sqlite3.connect(replaced[0])
    assert conn.execute("SELECT count(*) FROM umkm").fetchone()[0] == 10
    conn.close()


def test_restore_is_not_done_without_confirmation(
    make_window: WindowFactory,
    sample_db_path: Path,
    shown: list[Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    create_backup(sample_db_path)
    window = make_window(sample_db_path)
    db = window.db
    monkeypatch.setattr(backup_actions, "choose_backup", lambda _w, p: list_backups(p)[0])
    monkeypatch.setattr(messages, "ask", lambda *_a: False)
    backup_actions.actions_of(window).restore()
    assert window.db is db
    assert not list(sample_db_path.parent.glob("*.replaced-*"))


def test_backups_dialog_lists_dates_in_indonesian_kinds_and_sizes(
    qtbot: QtBot, qapp: QApplication, sample_db_path: Path
) -> None:
    ui_app.install_translators(qapp, "id")
    create_backup(sample_db_path, label="auto", when=datetime(2025, 3, 5, 14, 30))
    create_backup(sample_db_path, label="manual", when=datetime(2025, 3, 6, 9, 5))
    dialog = BackupsDialog(sample_db_path)
    qtbot.addWidget(dialog)
    table = dialog.ui.backups
    assert table.rowCount() == 2
    assert table.item(0, 0).text() == "6 Maret 2025 09.05"  # newest first
    assert table.item(1, 0).text() == "5 Maret 2025 14.30"
    assert table.item(1, 1).text() == "Harian (otomatis)"
    assert table.item(0, 2).text().endswith(" KB")
    assert dialog.windowTitle() == "Pulihkan dari cadangan"
    dialog.select(1)
    dialog.restore_button.click()
    assert dialog.chosen is not None and dialog.chosen.label == "auto"


def test_backups_dialog_without_backups_says_so(qtbot: QtBot, sample_db_path: Path) -> None:
    dialog = BackupsDialog(sample_db_path)
    qtbot.addWidget(dialog)
    assert dialog.ui.backups.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    assert "no backups" in dialog.ui.introLabel.text()


def test_daily_backup_runs_in_the_background_once_a_day(
    qtbot: QtBot,
    make_window: WindowFactory,
    sample_db_path: Path,
    shown: list[Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(backup_actions, "AUTO_DELAY_MS", 0)
    window = make_window(sample_db_path)
    actions = backup_actions.actions_of(window)
    qtbot.waitUntil(lambda: actions.last_auto is not None, timeout=10_000)
    made = list_backups(sample_db_path)
    assert [b.label for b in made] == ["auto"]
    assert "Daily backup saved" in window.statusBar().currentMessage()
    # Not due again the same day.
    operation = actions.check_and_backup()
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    assert len(list_backups(sample_db_path)) == 1
    assert shown == []


def test_no_automatic_backup_of_a_server_database(
    make_window: WindowFactory, sample_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(sample_db_path)
    monkeypatch.setattr(backup_actions, "database_file", lambda _w: None)
    assert backup_actions.actions_of(window).check_and_backup() is None


def test_database_actions_wait_for_the_database(qtbot: QtBot, sample_db_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    names = ("actionBackupNow", "actionRestoreBackup", "actionExcelImport", "actionExcelExport")
    # The menus are completed right after the window's first paint (start-up speed),
    # still before any database is open.
    with qtbot.waitSignal(window.first_painted, timeout=5_000):
        window.show()
    qtbot.waitUntil(lambda: window.findChild(type(window.ui.actionQuit), names[0]) is not None)
    assert not window.has_database
    for name in names:
        action = window.findChild(type(window.ui.actionQuit), name)
        assert action is not None and not action.isEnabled(), name
    assert window.ui.actionOpenDatabase.shortcut().toString() == "Ctrl+O"
    assert window.ui.actionOpenDatabase.isEnabled()  # the window's own file actions work
    window.set_database(open_locked(sample_db_path))
    for name in names:
        assert window.findChild(type(window.ui.actionQuit), name).isEnabled(), name
    window.close_database()
    assert not window.findChild(type(window.ui.actionQuit), "actionBackupNow").isEnabled()
    window.close()


def test_the_background_check_stops_when_cancelled(sample_db_path: Path) -> None:
    from wirausaha_app.core.progress import Cancelled, Progress

    progress = Progress()
    assert backup_actions.quick_problems(sample_db_path, progress) == []
    corrupt_middle(sample_db_path)
    assert backup_actions.quick_problems(sample_db_path, progress)  # damage is reported
    progress.cancel()
    with pytest.raises(Cancelled):  # an aborted check is not mistaken for damage
        backup_actions.quick_problems(sample_db_path, progress)
