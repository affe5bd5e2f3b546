"""Opening a database from the desktop: one window per file, refusals explained.

A damaged file (``CorruptDatabaseError`` on open, or problems found by the quick
check run before opening a small file) is not just refused: the newest verified
backup is offered and, if accepted, put in place (``ui/widgets/recovery.py``).

A lock file next to the database (``x.db.lock``, ``wirausaha_app.lockfile``) keeps a
second window, a second copy of the program or a ``wirausaha restore`` off the same
file; a lock left by a crashed program is noticed (its process is gone) and taken over.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from wirausaha_app.core.db import recovery as core_recovery
from wirausaha_app.core.db.engine import Database, sqlite_path, to_url
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.i18n import UserError

# DatabaseInUseError: re-exported, callers catch it from here.
from wirausaha_app.lockfile import DatabaseInUseError as DatabaseInUseError
from wirausaha_app.lockfile import DatabaseLock
from wirausaha_app.ui.widgets import messages, recovery

translate = QCoreApplication.translate


def _file_filter() -> str:
    return translate("DatabaseOpen", "Wirausaha databases (*.db *.sqlite *.sqlite3);;All files (*)")


@dataclass
class OpenedDatabase:
    db: Database
    lock: DatabaseLock | None

    def close(self) -> None:
        self.db.dispose()
        if self.lock is not None:
            self.lock.release()


def open_locked(target: str | Path) -> OpenedDatabase:
    """Lock (SQLite files) then open/migrate; raises UserError with the reason."""
    url = to_url(target)
    path = sqlite_path(url)
    lock = DatabaseLock(path) if path is not None else None
    if lock is not None and path is not None:
        lock.acquire()
        # A restore killed half-way left its copy: restores run only under this lock,
        # so nobody is writing it now.
        path.with_name(path.name + ".restore-tmp").unlink(missing_ok=True)
    try:
        return OpenedDatabase(open_database(url), lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def ask_open_path(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("DatabaseOpen", "Open database"), "", _file_filter()
    )
    return path or None


def ask_new_path(parent: QWidget | None) -> str | None:
    """A file name for a new database; an existing file is refused (never overwritten)."""
    while True:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            translate("DatabaseOpen", "New database"),
            "wirausaha.db",
            _file_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return None
        if not Path(path).suffix:
            path += ".db"
        if Path(path).exists() and Path(path).stat().st_size > 0:
            messages.warn(
                parent,
                translate("DatabaseOpen", "New database"),
                translate(
                    "DatabaseOpen",
                    "{path} already exists. Choose another name, or use Open database.",
                ).format(path=path),
            )
            continue
        return path


def open_interactively(parent: QWidget | None, target: str | Path) -> OpenedDatabase | None:
    """Open ``target``; when refused, say why and offer another file or a new one.

    Returns None when the coordinator gives up (nothing was changed).
    """
    from wirausaha_app.core.db.errors import CorruptDatabaseError

    current: str | None = str(target)
    while current is not None:
        path = sqlite_path(to_url(current))
        try:
            if path is not None and (problems := recovery.cheap_problems(path)):
                if offer_recovery(parent, path, problems):
                    continue  # open the restored file
                return None
            if path is not None and core_recovery.missing_with_backups(path):
                answer = offer_missing(parent, path)
                if answer is None:
                    return None
                if answer:
                    continue  # open the restored file
                # else: an empty database there, as the coordinator chose
            opened = open_locked(current)
            if path is not None:
                warn_if_on_network(parent, path)
            return opened
        except CorruptDatabaseError as exc:
            if path is not None and offer_recovery(parent, path, [str(exc)]):
                continue
            return None
        except UserError as exc:
            choice = messages.choose(
                parent,
                translate("DatabaseOpen", "The database cannot be opened"),
                str(exc),
                [
                    translate("DatabaseOpen", "Open another…"),
                    translate("DatabaseOpen", "Create new…"),
                    translate("DatabaseOpen", "Cancel"),
                ],
            )
            if choice == 0:
                current = ask_open_path(parent)
            elif choice == 1:
                current = ask_new_path(parent)
            else:
                current = None
    return None


def offer_missing(parent: QWidget | None, path: Path) -> bool | None:
    """The file is missing or empty but has backups: restore the newest verified one
    (True), start an empty database there (False), or give up (None)."""
    backup = core_recovery.newest_verified_backup(path)
    text = translate(
        "DatabaseOpen",
        "“{path}” is missing or empty, but there are backups of it (or copies set "
        "aside). Restore the newest good backup rather than starting an empty database?",
    ).format(path=path)
    choices = [
        translate("DatabaseOpen", "Restore the newest backup"),
        translate("DatabaseOpen", "Start an empty database"),
        translate("DatabaseOpen", "Cancel"),
    ]
    if backup is None:
        text += "\n\n" + translate(
            "DatabaseOpen", "None of the backups passes its check; the set-aside copies "
            "are kept beside the file.")
        choices.pop(0)
    choice = messages.choose(
        parent, translate("DatabaseOpen", "Database missing"), text, choices
    )
    if backup is None:
        choice += 1
    if choice == 0 and backup is not None:
        try:
            with DatabaseLock(path):
                core_recovery.restore_backup(backup, path)
        except UserError as exc:
            messages.warn(parent, translate("DatabaseOpen", "Database missing"), str(exc))
            return None
        return True
    return False if choice == 1 else None


def warn_if_on_network(parent: QWidget | None, path: Path) -> None:
    """SQLite's locks are unreliable on network drives: say so when such a file opens."""
    from wirausaha_app.core.db.filesystem import network_filesystem

    kind = network_filesystem(path)
    if kind is None:
        return
    messages.warn(
        parent,
        translate("DatabaseOpen", "Database on a network drive"),
        translate(
            "DatabaseOpen",
            "“{path}” is on a network drive ({kind}). File locks are not reliable there: "
            "if two computers write to it at the same time, the file can be damaged.\n\n"
            "Copy it to this computer's disk and work on the copy, or make sure only one "
            "person has it open at a time.",
        ).format(path=path, kind=kind),
    )


def offer_recovery(
    parent: QWidget | None, path: Path, problems: list[str], backup: Path | None = None
) -> bool:
    """A damaged file: offer its newest good backup; True when it is now in place.

    ``backup``: the newest verified backup when already known (found off the UI
    thread); otherwise it is looked for here. The file's lock is held meanwhile, so
    a window that has it open is not pulled from under (it is refused as "in use").
    """
    lock = DatabaseLock(path)
    try:
        lock.acquire()
    except UserError as exc:
        messages.warn(parent, translate("DatabaseOpen", "The database cannot be opened"), str(exc))
        return False
    try:
        if backup is None:
            backup = recovery.newest_backup(path)
        if not recovery.ask_restore(parent, path, problems, backup) or backup is None:
            return False
        try:
            damaged = recovery.recover_and_restore(path, backup)
        except UserError as exc:
            messages.warn(parent, translate("Recovery", "Damaged database"), str(exc))
            return False
        messages.info(
            parent,
            translate("Recovery", "Damaged database"),
            translate(
                "Recovery",
                "The backup of {date} was restored. The damaged file was kept as {damaged}.",
            ).format(date=recovery.backup_time(path, backup), damaged=damaged.name),
        )
        return True
    finally:
        lock.release()
