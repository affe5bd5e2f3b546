"""Long work off the UI thread: progress, cancel, result — the UI never freezes.

::

    from wirausaha_app.ui.operations import run_operation

    def work(progress: Progress) -> int:          # runs on a worker thread
        for n, row in enumerate(rows):
            progress.step(n, len(rows), "Importing…")  # raises Cancelled when asked
            ...
        return count

    run_operation(window, window.tr("Import"), work,
                  on_success=lambda count: window.refresh_counts())

The callable gets a :class:`core.progress.Progress`; a modal progress dialog with
Cancel shows after 300 ms. ``on_success(result)`` / ``on_error(exc)`` run on the UI
thread. Without ``on_error``: a :class:`UserError` shows its text in a warning,
:class:`Cancelled` shows nothing, anything else shows an error with the traceback
in the details (and is logged). :func:`run_in_background` is the same without a
dialog (for quick reads such as the status-bar counts). Closing the main window
cancels running operations and waits for them (:func:`cancel_all`).
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from wirausaha_app.core.i18n import UserError
from wirausaha_app.core.progress import Cancelled, Progress
from wirausaha_app.ui.widgets import messages

log = logging.getLogger(__name__)

_RUNNING: set[Operation] = set()


class _Signals(QObject):
    # Emitted on the worker thread, delivered queued to the UI thread.
    progressed = Signal(int, int, str)


class _QtProgress(Progress):
    def __init__(self, signals: _Signals) -> None:
        super().__init__()
        self._signals = signals

    def report(self, done: int, total: int | None, text: str) -> None:
        self._signals.progressed.emit(done, total or 0, text)


class _Worker(QThread):
    def __init__(self, fn: Callable[[Progress], Any], progress: Progress) -> None:
        super().__init__()
        self._fn = fn
        self._progress = progress
        self.result: Any = None
        self.exception: BaseException | None = None
        self.trace = ""

    def run(self) -> None:
        try:
            self.result = self._fn(self._progress)
        except BaseException as exc:  # handed to the UI thread, never lost
            self.exception = exc
            self.trace = traceback.format_exc()


class Operation(QObject):
    """One piece of long work; ``finished`` is emitted on the UI thread when it is over."""

    finished = Signal()

    def __init__(
        self,
        fn: Callable[[Progress], Any],
        parent: QWidget | None,
        title: str,
        on_success: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        show_dialog: bool,
        text: str,
    ) -> None:
        super().__init__()
        self._parent = parent
        self.title = title
        self._on_success = on_success
        self._on_error = on_error
        self._signals = _Signals()
        self.progress = _QtProgress(self._signals)
        self._worker = _Worker(fn, self.progress)
        self._worker.finished.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            dialog = QProgressDialog(text or title, self.tr("Cancel"), 0, 0, parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.cancel)
            self._signals.progressed.connect(self._show_progress)
            self.dialog = dialog
        self.result: Any = None
        self.exception: BaseException | None = None

    def start(self) -> None:
        _RUNNING.add(self)
        self._worker.start()

    @property
    def running(self) -> bool:
        return self in _RUNNING

    def cancel(self) -> None:
        self.progress.cancel()
        dialog = self.dialog  # _done may drop it while a call below runs events
        if dialog is not None:
            dialog.setLabelText(self.tr("Cancelling…"))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the work is over (its callbacks then run on the next event loop)."""
        return self._worker.wait(msecs)

    def _show_progress(self, done: int, total: int, text: str) -> None:
        # setValue() on a modal dialog runs pending events, among them possibly _done(),
        # which drops self.dialog: keep our own reference and see whether it is still ours.
        dialog = self.dialog
        if dialog is None:
            return
        dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total else 0)
        if text and self.dialog is dialog:
            dialog.setLabelText(text)

    def _done(self) -> None:
        if self not in _RUNNING:
            return
        _RUNNING.discard(self)
        self._worker.wait()  # "finished" comes just before the thread really ends
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.result, self.exception = self._worker.result, self._worker.exception
        try:
            if self.exception is None:
                if self._on_success is not None:
                    self._on_success(self.result)
            elif self._on_error is not None:
                self._on_error(self.exception)
            else:
                self._report(self.exception)
        finally:
            self.finished.emit()

    def _report(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, UserError):
            messages.warn(self._parent, self.title, str(exc))
            return
        log.error("%s failed:\n%s", self.title, self._worker.trace)
        messages.error(
            self._parent,
            self.title,
            self.tr("Something went wrong: {error}").format(error=exc),
            self._worker.trace,
        )


def run_operation(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Progress], Any],
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    text: str = "",
) -> Operation:
    operation = Operation(fn, parent, title, on_success, on_error, True, text)
    operation.start()
    return operation


def run_in_background(
    fn: Callable[[Progress], Any],
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> Operation:
    operation = Operation(
        fn,
        None,
        "background",
        on_success,
        on_error or (lambda exc: log.warning("%s", exc)),
        False,
        "",
    )
    operation.start()
    return operation


def _wait_showing(parent: QWidget, operations: list[Operation], wait_msecs: int) -> bool:
    start = time.monotonic()
    deadline = start + wait_msecs / 1000
    dialog: QProgressDialog | None = None
    try:
        while any(op._worker.isRunning() for op in operations):
            now = time.monotonic()
            if now >= deadline:
                return False
            if dialog is None and now - start > 0.3:
                dialog = QProgressDialog(
                    QCoreApplication.translate("Operations", "Finishing the work in progress…"),
                    "",
                    0,
                    0,
                    parent,
                )
                dialog.setWindowTitle(QCoreApplication.translate("Operations", "Please wait"))
                dialog.setCancelButton(None)  # nothing can be cancelled any more
                dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
                dialog.setMinimumDuration(0)
                dialog.show()
            # Paint, but take no clicks or keys: the window is closing.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 30)
            for op in operations:
                op._worker.wait(20)
        return True
    finally:
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()


def running() -> list[Operation]:
    return list(_RUNNING)


def cancel_all(wait_msecs: int = 30_000, parent: QWidget | None = None) -> bool:
    """Cancel every running operation and wait for it; True when all have stopped.

    With ``parent`` (the window closing), the wait keeps the window painted and,
    after 300 ms, shows "Finishing…": a backup of a 600 MB file cannot be
    interrupted and takes ~13 s, which must not look like a hung program.
    """
    operations = list(_RUNNING)
    for operation in operations:
        operation.cancel()
    if parent is not None and operations:
        stopped = _wait_showing(parent, operations, wait_msecs)
    else:
        stopped = all(operation.wait(wait_msecs) for operation in operations)
    # Deliver the finish callbacks now, while the widgets still exist.
    QCoreApplication.processEvents()
    for operation in operations:
        operation._done()
    return stopped
