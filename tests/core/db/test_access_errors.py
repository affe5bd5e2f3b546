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


def test_save_errors_are_said_in_words() -> None:
    from wirausaha_app.core.db.errors import (
        DatabaseBusyError,
        DiskFullError,
        SaveFailedError,
        save_error,
    )

    assert isinstance(save_error(_error("database is locked", 5)), DatabaseBusyError)
    assert isinstance(save_error(_error("database or disk is full", 13)), DiskFullError)
    readonly = save_error(_error("attempt to write a readonly database", 8))
    assert isinstance(readonly, SaveFailedError) and "read-only" in str(readonly)
    io = save_error(_error("disk I/O error", 10))
    assert isinstance(io, SaveFailedError) and "could not be written" in str(io)
    damaged = save_error(_error("database disk image is malformed", 11))
    assert isinstance(damaged, SaveFailedError) and "restore a backup" in str(damaged)
    assert save_error(_error("no such savepoint", 1)) is None


def test_a_save_into_a_read_only_database_keeps_nothing_and_says_why(tmp_path: Path) -> None:
    from sqlalchemy import event, text

    from wirausaha_app.core.db.errors import SaveFailedError
    from wirausaha_app.core.i18n import UserError

    db = open_database(tmp_path / "kampus.db")
    db.engine.dispose()

    def read_only(dbapi: sqlite3.Connection, _record: object) -> None:
        dbapi.execute("PRAGMA query_only = ON")  # writes refused as on a read-only file

    event.listen(db.engine, "connect", read_only)
    with pytest.raises(UserError) as refused, db.transaction() as s:
        s.execute(text("INSERT INTO umkm (name, region_code) VALUES ('X', '35.78')"))
    assert isinstance(refused.value, SaveFailedError)
    assert "What you typed is still there" in str(refused.value)
    db.dispose()
