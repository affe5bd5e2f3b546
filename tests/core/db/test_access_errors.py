"""Not reaching a file is not damage: nothing is set aside, and the message says so.
A backup that cannot be written says why, without a traceback."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from wirausaha_app.core.db import backup as backup_module
from wirausaha_app.core.db import lifecycle, recovery
from wirausaha_app.core.db.backup import BackupError, create_backup
from wirausaha_app.core.db.errors import (
    CorruptDatabaseError,
    UnreadableDatabaseError,
    is_damage,
)
from wirausaha_app.core.db.lifecycle import open_database


def _error(text: str, code: int | None) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(text)
    if code is not None:
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


def test_which_errors_are_damage() -> None:
    assert is_damage(_error("database disk image is malformed", 11))
    assert is_damage(_error("file is not a database", 26))
    assert is_damage(_error("database disk image is malformed", None))
    assert not is_damage(_error("disk I/O error", 10))
    assert not is_damage(_error("unable to open database file", 14))
    assert not is_damage(_error("attempt to write a readonly database", 8))


def test_an_unreachable_file_is_not_set_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kampus.db"
    open_database(path).dispose()
    before = path.read_bytes()

    def unreachable(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise _error("disk I/O error", 10)

    monkeypatch.setattr(recovery.sqlite3, "connect", unreachable)
    assert recovery.check_database_file(path) == []
    assert recovery.recover(path) is None  # healthy as far as can be told: left alone
    monkeypatch.setattr(lifecycle.sqlite3, "connect", unreachable)
    with pytest.raises(UnreadableDatabaseError, match="cannot be read \\(disk I/O error\\)"):
        open_database(path)
    assert path.read_bytes() == before


def test_damage_is_still_damage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kampus.db"
    open_database(path).dispose()

    def damaged(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise _error("database disk image is malformed", 11)

    monkeypatch.setattr(lifecycle.sqlite3, "connect", damaged)
    with pytest.raises(CorruptDatabaseError):
        open_database(path)


def test_a_full_disk_during_a_backup_is_said_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kampus.db"
    open_database(path).dispose()

    def no_space(_src: object, _dst: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backup_module.os, "replace", no_space)
    with pytest.raises(BackupError, match="the disk is full"):
        create_backup(path)
    assert not list((tmp_path / "kampus-backups").glob("*"))  # no half copy left


def test_a_restore_that_fails_leaves_the_old_file_where_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checking and copying come before the swap: a full disk on the way changes nothing."""
    path = tmp_path / "kampus.db"
    open_database(path).dispose()
    good = create_backup(path)
    before = path.read_bytes()

    def full_disk(_backup: Path, tmp: Path) -> None:
        tmp.write_bytes(b"half a copy")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(recovery, "_copy_checked", full_disk)
    with pytest.raises(BackupError, match="Nothing was restored: the disk is full"):
        recovery.restore_backup(good, path, aside="corrupt")
    assert path.read_bytes() == before
    left = [p.name for p in tmp_path.iterdir() if p.is_file()]
    assert sorted(n for n in left if not n.endswith(("-wal", "-shm"))) == ["kampus.db"]
