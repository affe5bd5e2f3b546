"""A damaged database file: say so, offer the newest verified backup, put it in place.

Used when opening a file (``database_open.open_interactively``: the open failed with
``CorruptDatabaseError``, or the cheap check of a small file found problems) and
when the background check after opening a large file found problems
(``ui/actions/backup.py``). The damaged file is never deleted: ``recovery.recover``
renames it to ``<name>.corrupt-<stamp>``; a file replaced by a restore is kept as
``<name>.replaced-<stamp>``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from wirausaha_app.core.db import recovery
from wirausaha_app.core.db.retention import parse_backup_name
from wirausaha_app.core.formatting import format_datetime_id, format_number
from wirausaha_app.ui.widgets import messages

translate = QCoreApplication.translate

# Files up to this size are checked (quick_check) on the UI thread before opening:
# ~40 ms (about 10 ms for the 5 MB demo year). Larger ones are checked in the
# background after opening (ui/actions/backup.py), so start-up stays fast.
CHEAP_CHECK_BYTES = 16 * 1024 * 1024


def format_size(size: int) -> str:
    """Bytes as people read them: "812 KB", "12,3 MB" (Indonesian decimal comma)."""
    if size < 1024 * 1024:
        return f"{format_number(max(1, round(size / 1024)))} KB"
    if size < 1024**3:
        return f"{format_number(size / 1024**2, decimals=1)} MB"
    return f"{format_number(size / 1024**3, decimals=1)} GB"


def backup_time(source: Path, backup: Path) -> str:
    """When ``backup`` of ``source`` was taken, from its name (else the file's time)."""
    parsed = parse_backup_name(source, backup)
    when = parsed.taken_at if parsed else datetime.fromtimestamp(backup.stat().st_mtime)
    return format_datetime_id(when)


def cheap_problems(path: Path) -> list[str]:
    """``quick_check`` problems of a small SQLite file; [] for large, missing or foreign ones."""
    try:
        if not path.is_file() or path.stat().st_size > CHEAP_CHECK_BYTES:
            return []
    except OSError:
        return []
    return recovery.check_database_file(path)


def ask_restore(
    parent: QWidget | None, path: Path, problems: list[str], backup: Path | None
) -> bool:
    """Tell the coordinator the file is damaged; True when they want the backup restored."""
    title = translate("Recovery", "Damaged database")
    detail = "; ".join(problems[:2])
    if backup is None:
        messages.warn(
            parent,
            title,
            translate(
                "Recovery",
                "The database {name} is damaged ({detail}) and there is no good backup of "
                "it. The file was left as it is; open another database or create a new one.",
            ).format(name=path.name, detail=detail),
        )
        return False
    return messages.ask(
        parent,
        title,
        translate(
            "Recovery",
            "This database is damaged ({detail}). Restore the newest good backup ({date})?\n\n"
            "Work saved after that backup is not in it. The damaged file is kept beside "
            "it, renamed {name}.corrupt-(date).",
        ).format(detail=detail, date=backup_time(path, backup), name=path.name),
    )


def recover_and_restore(path: Path, backup: Path) -> Path:
    """Put the verified ``backup`` in place of the damaged ``path``; returns where the
    damaged file went (``<name>.corrupt-<stamp>``, with its WAL).

    ``restore_backup`` does the slow checking and copying first and swaps the files
    only at the end: until then the damaged file stays where it is.
    """
    damaged = recovery.restore_backup(backup, path, aside="corrupt")
    assert damaged is not None  # there was a damaged file to replace
    return damaged


def newest_backup(path: Path) -> Path | None:
    """The newest backup of ``path`` passing ``integrity_check`` (reads every candidate)."""
    return recovery.newest_verified_backup(path)
