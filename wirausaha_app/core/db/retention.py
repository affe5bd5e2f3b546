"""Backup retention: keep the newest N daily, W weekly and M monthly backups.

The scheme is the usual grandfather-father-son one (as in restic's ``forget
--keep-daily``): for every calendar day / ISO week / month only its newest backup
counts, and the newest N days, W weeks and M months that have a backup are kept.
The newest backup is always kept, and backups taken before a schema upgrade
(label ``before-…``) are never rotated out.

Why this cannot rotate out a good backup because of a bad database: every file
considered here was written by :func:`~wirausaha_app.core.db.backup.create_backup`,
which refuses a source failing ``quick_check`` and verifies the copy with
``integrity_check`` before giving it its final name; :func:`backup_and_prune` prunes
only after such a backup succeeded, and always keeps the backup it just made. Files
whose name does not parse (temp files, other programs' files), and files with a
backup's name that are not SQLite databases (an empty or half-copied file), are
ignored: never counted, never deleted. A backup stamped in the future (the clock was
wrong once) is kept but never counts as the newest: it neither stops the daily backup
nor pushes today's out.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from wirausaha_app.core.db.backup import create_backup
from wirausaha_app.core.db.lifecycle import SQLITE_HEADER
from wirausaha_app.core.paths import backups_dir
from wirausaha_app.core.progress import SILENT, Progress

log = logging.getLogger(__name__)

_STAMP = re.compile(r"^-(\d{8}-\d{6})-(.+)\.db$")
PROTECTED_LABEL_PREFIX = "before-"  # before-upgrade-from-…: kept for ever

FUTURE_SLACK = timedelta(days=1)  # time zones, daylight saving: not yet "the future"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    label: str

    @property
    def protected(self) -> bool:
        return self.label.startswith(PROTECTED_LABEL_PREFIX)


@dataclass(frozen=True)
class RetentionPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def __post_init__(self) -> None:
        if min(self.daily, self.weekly, self.monthly) < 0:
            raise ValueError("retention counts must not be negative")


@dataclass(frozen=True)
class RetentionResult:
    kept: list[BackupFile]  # newest first
    deleted: list[BackupFile]


def parse_backup_name(source: Path, path: Path) -> BackupFile | None:
    """``<stem>-YYYYmmdd-HHMMSS-<label>.db`` (see ``backup_file_name``) → BackupFile."""
    name = path.name
    if not name.startswith(source.stem):
        return None
    match = _STAMP.match(name[len(source.stem) :])
    if not match:
        return None
    try:
        taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return BackupFile(path, taken, match.group(2))


def list_backups(source: Path, dest_dir: Path | None = None) -> list[BackupFile]:
    """The backups of ``source``, newest first (ties: by name, for a stable order)."""
    folder = dest_dir or backups_dir(source)
    if not folder.is_dir():
        return []
    found = [b for p in folder.iterdir() if p.is_file()
             if (b := parse_backup_name(source, p)) is not None and _is_database(p)]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _is_database(path: Path) -> bool:
    """An SQLite file (its header): not an empty or foreign file with a backup's name."""
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _is_future(backup: BackupFile, now: datetime) -> bool:
    return backup.taken_at > now + FUTURE_SLACK


def backup_due(
    source: Path,
    *,
    every: timedelta = timedelta(days=1),
    now: datetime | None = None,
    dest_dir: Path | None = None,
) -> bool:
    """True when ``source`` has no backup taken within ``every`` (for automatic backups,
    e.g. when the app closes: ``if backup_due(path): backup_and_prune(path, policy,
    label="auto")``). Upgrade backups (``before-…``) do not count."""
    now = now or datetime.now()
    for backup in list_backups(source, dest_dir):
        if not backup.protected and not _is_future(backup, now):
            return now - backup.taken_at >= every
    return True


def select_kept(
    backups: Iterable[BackupFile], policy: RetentionPolicy, *, now: datetime | None = None
) -> set[Path]:
    """Paths to keep under ``policy``; everything else may be deleted."""
    now = now or datetime.now()
    every = list(backups)
    keep = {b.path for b in every if _is_future(b, now)}  # kept, but never the newest
    ordered = sorted((b for b in every if not _is_future(b, now)),
                     key=lambda b: (b.taken_at, b.path.name), reverse=True)
    if not ordered:
        return keep
    keep.add(ordered[0].path)  # never delete the newest
    keep.update(b.path for b in ordered if b.protected)
    buckets = (
        (policy.daily, lambda b: b.taken_at.date()),
        (policy.weekly, lambda b: b.taken_at.isocalendar()[:2]),
        (policy.monthly, lambda b: (b.taken_at.year, b.taken_at.month)),
    )
    for count, bucket_of in buckets:
        seen: set[object] = set()
        for backup in ordered:  # newest first: the first of each bucket is its newest
            if len(seen) >= count:
                break
            bucket = bucket_of(backup)
            if bucket not in seen:
                seen.add(bucket)
                keep.add(backup.path)
    return keep


def apply_retention(
    source: Path,
    policy: RetentionPolicy,
    *,
    dest_dir: Path | None = None,
    dry_run: bool = False,
    also_keep: Path | None = None,
) -> RetentionResult:
    """Delete the backups of ``source`` that ``policy`` does not keep (and never
    ``also_keep``). A file that cannot be deleted (open elsewhere) is kept and said so
    in the log: the backup that was just made stays good."""
    backups = list_backups(source, dest_dir)
    keep = select_kept(backups, policy)
    if also_keep is not None:
        keep.add(also_keep)
    kept = [b for b in backups if b.path in keep]
    deleted = []
    for backup in (b for b in backups if b.path not in keep):
        if not dry_run:
            try:
                backup.path.unlink(missing_ok=True)
            except OSError as exc:
                log.warning("backup %s not deleted: %s", backup.path.name, exc)
                kept.append(backup)
                continue
        deleted.append(backup)
    return RetentionResult(kept, deleted)


def backup_and_prune(
    source: Path,
    policy: RetentionPolicy,
    *,
    label: str = "manual",
    dest_dir: Path | None = None,
    when: datetime | None = None,
    progress: Progress = SILENT,
) -> tuple[Path, RetentionResult]:
    """Take a verified backup, then (only then) apply retention.

    A source failing ``quick_check`` raises ``BackupError`` before anything is
    deleted, so a damaged database can never push good backups out.
    """
    made = create_backup(source, label=label, dest_dir=dest_dir, when=when, progress=progress)
    # Never the backup just made, even when the clock went back since a later-stamped one.
    return made, apply_retention(source, policy, dest_dir=dest_dir or made.parent,
                                 also_keep=made)
