"""Long work off the UI thread: result on the UI thread, cancel, errors as messages."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.progress import Progress
from wirausaha_app.ui import operations
from wirausaha_app.ui.widgets import messages


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: calls.append(("warn", text)))
    monkeypatch.setattr(
        messages, "error", lambda _p, title, text, details="": calls.append(("error", text))
    )
    return calls


def test_result_arrives_on_the_ui_thread_with_progress(qtbot: QtBot, shown: list[Any]) -> None:
    main_thread = threading.get_ident()
    seen: dict[str, Any] = {}

    def work(progress: Progress) -> int:
        seen["worker"] = threading.get_ident()
        for n in range(5):
            progress.step(n, 5, "counting")
        return 42

    def done(result: int) -> None:
        seen["result"], seen["callback"] = result, threading.get_ident()

    operation = operations.run_operation(None, "Test", work, on_success=done)
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["worker"] != main_thread and seen["callback"] == main_thread
    assert not operations.running() and shown == []


def test_cancel_stops_the_work_quietly(qtbot: QtBot, shown: list[Any]) -> None:
    started = threading.Event()

    def work(progress: Progress) -> None:
        started.set()
        while True:
            progress.step(0, None)
            time.sleep(0.005)

    operation = operations.run_operation(None, "Endless", work)
    assert started.wait(5)
    assert operation.running
    with qtbot.waitSignal(operation.finished, timeout=5000):
        operation.cancel()
    assert shown == []


def test_user_errors_and_crashes_become_messages(qtbot: QtBot, shown: list[Any]) -> None:
    def refused(_progress: Progress) -> None:
        raise UserError(msg(QT_TRANSLATE_NOOP("Test", "No can do {x}"), x=1))

    def crashing(_progress: Progress) -> None:
        raise RuntimeError("boom")

    for fn in (refused, crashing):
        operation = operations.run_operation(None, "Test", fn)
        with qtbot.waitSignal(operation.finished, timeout=5000):
            pass
    assert shown[0] == ("warn", "No can do 1")
    assert shown[1][0] == "error" and "boom" in shown[1][1]


def test_cancel_all_waits_for_running_work(shown: list[Any]) -> None:
    def work(progress: Progress) -> None:
        while True:
            progress.step(0, None)
            time.sleep(0.005)

    operations.run_in_background(work)
    assert operations.cancel_all(5000)
    assert not operations.running()


def test_many_signal_emits_do_not_crash_the_program() -> None:
    """PySide6 6.12.0 dropped a reference to True on every emit and CPython 3.11 aborted
    after ~1,000 emits; the pinned version (or ui/widgets/pyside_fix) must survive 20,000."""
    import subprocess
    import sys

    code = (
        "import wirausaha_app.ui\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "class Source(QObject):\n"
        "    changed = Signal(int)\n"
        "source = Source()\n"
        "for n in range(20_000):\n"
        "    source.changed.emit(n)\n"
        "print('alive')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "alive"
