"""Closing the window during long work (reliability 21), and the progress dialog
surviving its operation ending while it updates."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.ui.conftest import SAMPLE_UMKM, WindowFactory
from tests.ui.test_backup_gui import integrity_ok
from wirausaha_app.core.db import retention
from wirausaha_app.core.paths import backups_dir
from wirausaha_app.core.progress import Progress
from wirausaha_app.ui import operations
from wirausaha_app.ui.actions import backup as backup_actions
from wirausaha_app.ui.widgets import messages


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    state: dict[str, Any] = {"answer": True, "questions": []}

    def ask(_parent: Any, _title: str, question: str) -> bool:
        state["questions"].append(question)
        return bool(state["answer"])

    monkeypatch.setattr(messages, "ask", ask)
    monkeypatch.setattr(messages, "info", lambda *_a: None)
    return state


def no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.rglob("*") if p.name.endswith((".tmp", "-tmp"))]


def test_closing_during_a_backup_cancels_it_cleanly(
    qtbot: QtBot,
    make_window: WindowFactory,
    sample_db_path: Path,
    asked: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = retention.backup_and_prune

    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.4)  # the close comes while the copy is under way
        return real(*args, **kwargs)

    monkeypatch.setattr(retention, "backup_and_prune", slow)
    window = make_window(sample_db_path)
    operation = backup_actions.actions_of(window).backup_now()
    assert operation is not None and operation.running
    window.close()
    assert asked["questions"] and "An operation is running (Back up now)" in asked["questions"][0]
    assert not window.isVisible() and not operation.running
    # Backups are cancellable: the half-made copy is gone, nothing pretends to be one.
    assert retention.list_backups(sample_db_path) == []
    assert no_temp_files(sample_db_path.parent) and no_temp_files(backups_dir(sample_db_path))
    assert integrity_ok(sample_db_path)


def test_answering_no_keeps_the_window_and_the_work_going(
    qtbot: QtBot,
    make_window: WindowFactory,
    sample_db_path: Path,
    asked: dict[str, Any],
) -> None:
    window = make_window(sample_db_path)
    release = {"go": False}

    def work(progress: Progress) -> str:
        while not release["go"]:
            progress.step(0, None)
            time.sleep(0.01)
        return "done"

    results: list[str] = []
    operation = operations.run_operation(window, "Report", work, on_success=results.append)
    asked["answer"] = False
    window.close()
    assert window.isVisible() and operation.running
    release["go"] = True
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert results == ["done"]


def test_closing_during_a_write_cancels_it_and_rolls_back(
    qtbot: QtBot,
    make_window: WindowFactory,
    sample_db_path: Path,
    asked: dict[str, Any],
) -> None:
    """An import-like transaction cancelled by the close leaves no row of it."""
    window = make_window(sample_db_path)
    db = window.db
    started = {"rows": 0}

    def work(progress: Progress) -> None:
        with db.transaction() as session:
            for n in range(100_000):
                session.execute(
                    text("INSERT INTO umkm (name, region_code) VALUES (:n, '35.78')"),
                    {"n": f"Baru {n}"},
                )
                started["rows"] = n
                progress.step(n, 100_000, "Importing…")
                time.sleep(0.001)

    operation = operations.run_operation(window, "Import", work)
    qtbot.waitUntil(lambda: started["rows"] > 20, timeout=5000)
    window.close()
    assert not operation.running and not window.isVisible()
    assert integrity_ok(sample_db_path)
    conn = sqlite3.connect(sample_db_path)
    assert conn.execute("SELECT count(*) FROM umkm").fetchone()[0] == SAMPLE_UMKM
    conn.close()
    assert no_temp_files(sample_db_path.parent)


def test_progress_update_survives_the_operation_ending_meanwhile(qtbot: QtBot) -> None:
    """setValue() on a modal progress dialog runs events; _done may drop the dialog then."""
    operation = operations.run_operation(None, "Quick", lambda _p: 1)
    assert operation.wait(5000)
    dialog = operation.dialog
    assert dialog is not None
    dialog.setValue = lambda _value: operation._done()  # type: ignore[method-assign]
    operation._show_progress(1, 2, "still going")  # raised AttributeError before the fix
    assert operation.dialog is None and not operation.running
    operation.cancel()  # after the end: quietly nothing


def test_closing_during_the_background_check_reports_nothing(
    qtbot: QtBot,
    make_window: WindowFactory,
    sample_db_path: Path,
    asked: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _p, _t, text: shown.append(text))
    started = {"yes": False}

    def slow_check(path: Path, progress: Progress) -> list[str]:
        started["yes"] = True
        while True:  # as quick_check of a large file: stops only when cancelled
            progress.step(0, None)
            time.sleep(0.005)

    monkeypatch.setattr(backup_actions, "quick_problems", slow_check)
    window = make_window(sample_db_path)
    operation = backup_actions.actions_of(window).check_and_backup()
    qtbot.waitUntil(lambda: started["yes"], timeout=5000)
    window.close()
    assert not operation.running and not window.isVisible()
    assert asked["questions"] == []  # background work: no question
    assert shown == []
    assert retention.list_backups(sample_db_path) == []


class _SlowProgress:
    """Wraps the operation's progress: every step takes a while (a large export)."""

    def __init__(self, inner: Progress) -> None:
        self._inner = inner

    def step(self, done: int, total: int | None = None, text: str = "") -> None:
        time.sleep(0.02)
        self._inner.step(done, total, text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def test_closing_during_an_export_leaves_no_partial_workbook(
    qtbot: QtBot,
    make_window: WindowFactory,
    sample_db_path: Path,
    asked: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from wirausaha_app.core.xlsx import export as xlsx_export
    from wirausaha_app.ui.dialogs.export_dialog import ExportDialog

    real = xlsx_export.export_database
    steps = {"n": 0}

    def slow_export(*args: Any, progress: Progress, **kwargs: Any) -> Any:
        slow = _SlowProgress(progress)
        original_step = slow.step

        def counted(done: int, total: int | None = None, text: str = "") -> None:
            steps["n"] += 1
            original_step(done, total, text)

        slow.step = counted  # type: ignore[method-assign]
        return real(*args, progress=slow, **kwargs)

    monkeypatch.setattr(xlsx_export, "export_database", slow_export)
    window = make_window(sample_db_path)
    out = tmp_path / "out" / "ekspor.xlsx"
    out.parent.mkdir()
    dialog = ExportDialog(window.db, window, folder=str(out.parent))
    dialog.ui.path.setText(str(out))
    dialog._export()
    qtbot.waitUntil(lambda: steps["n"] > 0, timeout=5000)
    window.close()
    assert asked["questions"] and "Exporting to Excel" in asked["questions"][0]
    assert dialog.operation is not None and not dialog.operation.running
    assert not out.exists() and list(out.parent.iterdir()) == []  # no .part left
    assert integrity_ok(sample_db_path)


def test_closing_waits_for_work_that_cannot_be_interrupted_showing_it(
    qtbot: QtBot,
    make_window: WindowFactory,
    sample_db_path: Path,
    asked: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QProgressDialog

    seen: list[str] = []

    class Recording(QProgressDialog):
        def show(self) -> None:
            seen.append(self.labelText())
            super().show()

    monkeypatch.setattr(operations, "QProgressDialog", Recording)
    window = make_window(sample_db_path)
    done: list[bool] = []

    def uninterruptible(_progress: Progress) -> None:
        time.sleep(0.6)  # like the backup API copying a large file: no step to cancel at
        done.append(True)

    operation = operations.run_in_background(uninterruptible)
    window.close()
    assert done == [True] and not operation.running and not window.isVisible()
    assert "Finishing the work in progress…" in seen
    assert asked["questions"] == []
