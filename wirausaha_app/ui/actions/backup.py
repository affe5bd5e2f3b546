"""File → Back up now…, File → Restore from a backup…, and the automatic daily backup.

- *Back up now* runs ``retention.backup_and_prune`` (a verified copy, then the
  default daily/weekly/monthly retention) off the UI thread and says where the
  file is.
- *Restore* lists the backups of the open database (``ui/dialogs/backups.py``),
  asks, closes the database, ``recovery.restore_backup`` puts the copy in place
  (the replaced file is kept as ``<name>.replaced-<stamp>``) and opens it again.
- After a database file is opened (``window.database_opened``), a background job
  checks it (``quick_check``; seconds on a large file, so never on the UI thread)
  and, when ``retention.backup_due`` says so, takes the daily backup. A damaged
  file found there is offered the newest good backup (``ui/widgets/recovery.py``).
  Databases given as a URL (PostgreSQL) are left alone.

Errors (a damaged database refused by ``create_backup``, a full disk) are shown as
messages, never as tracebacks.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction

from wirausaha_app.core.i18n import UserError
from wirausaha_app.ui import operations
from wirausaha_app.ui.widgets import messages

if TYPE_CHECKING:
    from wirausaha_app.core.db.retention import BackupFile
    from wirausaha_app.core.progress import Progress
    from wirausaha_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

# The daily check and backup wait until start-up is over (first page, counts).
AUTO_DELAY_MS = 3000
STATUS_MS = 8000


def install(window: MainWindow) -> None:
    BackupActions(window)


def database_file(window: MainWindow) -> Path | None:
    """The open database's file, or None (nothing open, or a server URL)."""
    if not window.has_database:
        return None
    return window.db.path


def quick_problems(path: Path, progress: Progress) -> list[str]:
    """``recovery.check_database_file`` that stops when ``progress`` is cancelled.

    On a 570 MB file quick_check reads for seconds; closing the window must not
    wait for it. SQLite's progress handler aborts the statement once asked, and
    the abort is reported as ``Cancelled``, not as damage.
    """
    from wirausaha_app.core.db.recovery import check_database_file
    from wirausaha_app.core.progress import Cancelled

    problems = check_database_file(path, interrupt=lambda: progress.cancelled)
    if progress.cancelled:
        raise Cancelled
    return problems


def choose_backup(window: MainWindow, path: Path) -> BackupFile | None:
    """The backup the coordinator picks in the dialog (tests replace this)."""
    from wirausaha_app.ui.dialogs.backups import BackupsDialog

    dialog = BackupsDialog(path, window)
    dialog.exec()
    chosen = dialog.chosen
    dialog.deleteLater()
    return chosen


class BackupActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("backupActions")
        self.window_ = window
        self.backup_action = QAction(self.tr("&Back up now…"), window)
        self.backup_action.setObjectName("actionBackupNow")
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), window)
        self.restore_action.setObjectName("actionRestoreBackup")
        self.restore_action.triggered.connect(self.restore)
        menu = window.menu("file")
        quit_action = next((a for a in menu.actions() if a.objectName() == "actionQuit"), None)
        actions = [self.backup_action, self.restore_action]
        if quit_action is not None:
            menu.insertActions(quit_action, actions)
            menu.insertSeparator(quit_action)
        else:
            menu.addActions(actions)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check_and_backup)
        window.database_opened.connect(self._database_opened)
        window.closed.connect(self._timer.stop)
        self.last_auto: Path | None = None  # the last automatic backup (tests, status)

    # -- back up now ------------------------------------------------
    def backup_now(self) -> operations.Operation | None:
        path = self._file_or_explain()
        if path is None:
            return None

        def work(progress: Progress) -> Path:
            from wirausaha_app.core.db.retention import RetentionPolicy, backup_and_prune

            made, _result = backup_and_prune(
                path, RetentionPolicy(), label="manual", progress=progress
            )
            return made

        def done(made: Path) -> None:
            self._backups_changed()
            messages.info(
                self.window_,
                self.tr("Back up now"),
                self.tr("The backup was saved as:\n{file}").format(file=made),
            )

        return operations.run_operation(
            self.window_,
            self.tr("Back up now"),
            work,
            on_success=done,
            text=self.tr("Backing up {name}…").format(name=path.name),
        )

    # -- restore ------------------------------------------------
    def restore(self) -> operations.Operation | None:
        path = self._file_or_explain()
        if path is None:
            return None
        chosen = choose_backup(self.window_, path)
        if chosen is None:
            return None
        from wirausaha_app.core.formatting import format_datetime_id

        question = self.tr(
            "Replace the open database with the backup of {date}?\n\n"
            "Changes made since then are not in the backup. The current file is kept "
            "beside it, renamed {name}.replaced-(date)."
        ).format(date=format_datetime_id(chosen.taken_at), name=path.name)
        if not messages.ask(self.window_, self.tr("Restore from a backup"), question):
            return None
        return self.restore_file(path, chosen.path)

    def restore_file(self, path: Path, backup: Path) -> operations.Operation | None:
        """Close the database, put ``backup`` in place of ``path`` (off the UI thread: a
        large file takes a while to copy and check), open it again."""
        from wirausaha_app.core.db import recovery
        from wirausaha_app.ui.widgets.database_open import DatabaseLock

        window = self.window_
        title = self.tr("Restore from a backup")
        window.close_database()
        lock = DatabaseLock(path)  # no other window may open the file meanwhile
        try:
            lock.acquire()
        except UserError as exc:
            messages.warn(window, title, str(exc))
            return None

        def work(_progress: Progress) -> Path | None:
            return recovery.restore_backup(backup, path)

        def finish() -> bool:
            lock.release()
            if window.is_closing:
                return False
            self._reopen(path)
            return True

        def done(replaced: Path | None) -> None:
            if not finish():
                return
            text = self.tr("The backup was restored.")
            if replaced is not None:
                text += " " + self.tr("The replaced file was kept as {name}.").format(
                    name=replaced.name
                )
            messages.info(window, title, text)

        def failed(exc: BaseException) -> None:
            if not finish():
                return
            if not isinstance(exc, UserError):
                log.error("restoring %s failed: %s", backup.name, exc)
            messages.warn(
                window,
                title,
                str(exc)
                if isinstance(exc, UserError)
                else self.tr("The backup could not be restored: {error}").format(error=exc),
            )

        return operations.run_operation(
            window,
            title,
            work,
            on_success=done,
            on_error=failed,
            text=self.tr("Restoring the backup of {name}…").format(name=path.name),
        )

    def _reopen(self, path: Path) -> None:
        from wirausaha_app.ui.widgets.database_open import open_interactively

        opened = open_interactively(self.window_, str(path))
        if opened is not None:
            self.window_.set_database(opened)

    # -- automatic ------------------------------------------------
    def _database_opened(self) -> None:
        self._timer.stop()
        if database_file(self.window_) is not None:
            self._timer.start(AUTO_DELAY_MS)

    def check_and_backup(self) -> operations.Operation | None:
        """Check the open file in the background; take the daily backup when due."""
        path = database_file(self.window_)
        if path is None:
            return None
        window = self.window_
        db = window.db

        def work(progress: Progress) -> tuple[list[str], Path | None, Path | None]:
            from wirausaha_app.core.db import recovery, retention

            problems = quick_problems(path, progress)
            if problems:
                return problems, recovery.newest_verified_backup(path), None
            if not retention.backup_due(path):
                return [], None, None
            made, _result = retention.backup_and_prune(
                path, retention.RetentionPolicy(), label="auto", progress=progress
            )
            return [], None, made

        def done(result: tuple[list[str], Path | None, Path | None]) -> None:
            problems, good, made = result
            if window.is_closing or not window.has_database or window.db is not db:
                return  # another database was opened meanwhile
            if problems:
                self._offer_recovery(path, problems, good)
            elif made is not None:
                self.last_auto = made
                self._backups_changed()
                window.statusBar().showMessage(
                    self.tr("Daily backup saved: {name}").format(name=made.name), STATUS_MS
                )

        def failed(exc: BaseException) -> None:
            from wirausaha_app.core.progress import Cancelled

            if isinstance(exc, Cancelled) or window.is_closing:
                return  # stopped by the close: nothing to report
            if isinstance(exc, UserError):
                messages.warn(window, self.tr("Daily backup"), str(exc))
            else:
                log.error("the daily backup failed: %s", exc)
                messages.warn(
                    window,
                    self.tr("Daily backup"),
                    self.tr("The daily backup could not be made: {error}").format(error=exc),
                )

        return operations.run_in_background(work, done, failed)

    def _offer_recovery(self, path: Path, problems: list[str], backup: Path | None) -> None:
        """The open file is damaged: close it, offer the backup, open what is there then."""
        from wirausaha_app.ui.widgets.database_open import offer_recovery, open_locked

        window = self.window_
        window.close_database()  # nothing may hold the file while it is set aside
        offer_recovery(window, path, problems, backup)
        try:
            window.set_database(open_locked(path))
        except UserError as exc:
            self._reopen_failed(path, exc)

    def _reopen_failed(self, path: Path, exc: UserError) -> None:
        messages.warn(self.window_, self.tr("The database cannot be opened"), str(exc))
        self._reopen(path)

    # -- helpers ------------------------------------------------
    def _backups_changed(self) -> None:
        """The visible page may show the last backup (the dashboard does)."""
        show = getattr(self.window_.current_page(), "show_backup_state", None)
        if callable(show):
            show()

    def _file_or_explain(self) -> Path | None:
        if not self.window_.has_database:
            return None
        path = database_file(self.window_)
        if path is None:
            messages.info(
                self.window_,
                self.tr("Backups"),
                self.tr("This database is on a server; back it up with the server's own tools."),
            )
        return path


def actions_of(window: MainWindow) -> Any:
    """The window's BackupActions (tests and other modules)."""
    return window.findChild(BackupActions, "backupActions")
