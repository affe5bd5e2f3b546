"""Backups refuse damaged sources; a damaged database is set aside and a verified
backup offered and restored (reliability #8 and #9)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from wirausaha_app.core.db.backup import BackupError, create_backup
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.db.recovery import (
    check_database_file,
    newest_verified_backup,
    recover,
    restore_backup,
)
from wirausaha_app.core.db.retention import RetentionPolicy, backup_and_prune, list_backups
from wirausaha_app.core.models import Umkm


def make_database(path: Path, rows: int = 400) -> Path:
    db = open_database(path)
    try:
        with db.transaction() as session:
            session.execute(
                Umkm.__table__.insert(),
                [{"name": f"Warung {i} " + "x" * 60, "region_code": "35.78"} for i in range(rows)],
            )
    finally:
        db.dispose()  # last connection closed: the WAL is checkpointed into the file
    return path


def corrupt(path: Path, table: str = "umkm") -> None:
    """Overwrite one of the table's pages with garbage, as a failing disk would."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0]
    finally:
        conn.close()
    with path.open("r+b") as f:
        f.seek(page_size * (root - 1))
        f.write(b"\xa5" * page_size)


def count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM umkm").fetchone()[0])
    finally:
        conn.close()


def test_no_backup_and_no_pruning_from_a_damaged_database(tmp_path: Path) -> None:
    source = make_database(tmp_path / "p.db")
    dest = tmp_path / "backups"
    for day in (1, 2, 3):
        create_backup(source, label="auto", dest_dir=dest, when=datetime(2026, 3, day, 9))
    corrupt(source)
    assert check_database_file(source)
    before = sorted(p.name for p in dest.iterdir())
    with pytest.raises(BackupError, match="No backup was made"):
        backup_and_prune(source, RetentionPolicy(0, 0, 0), label="auto", dest_dir=dest,
                         when=datetime(2026, 3, 4, 9))
    assert sorted(p.name for p in dest.iterdir()) == before  # nothing made, nothing pruned


def test_damaged_database_is_set_aside_and_newest_good_backup_offered(tmp_path: Path) -> None:
    source = make_database(tmp_path / "p.db", rows=300)
    dest = tmp_path / "backups"
    good = create_backup(source, dest_dir=dest, when=datetime(2026, 3, 1, 9))
    newest = create_backup(source, dest_dir=dest, when=datetime(2026, 3, 2, 9))
    corrupt(newest)  # the newest backup went bad on disk: it must be skipped
    corrupt(source)
    damaged_bytes = source.read_bytes()

    rec = recover(source, dest_dir=dest, when=datetime(2026, 3, 3, 8))
    assert rec is not None
    assert rec.problems and not source.exists()
    assert rec.damaged.name == "p.db.corrupt-20260303-080000"
    assert rec.damaged.read_bytes() == damaged_bytes  # kept as it was, for a rescue
    assert rec.backup == good

    assert restore_backup(rec.backup, source) is None
    assert check_database_file(source, quick=False) == []
    db = open_database(source)  # the restored file opens as a normal database
    try:
        with db.session() as session:
            assert session.execute(text("SELECT count(*) FROM umkm")).scalar_one() == 300
    finally:
        db.dispose()


def test_healthy_or_foreign_files_are_left_alone(tmp_path: Path) -> None:
    source = make_database(tmp_path / "p.db", rows=10)
    assert recover(source) is None and source.exists()
    text_file = tmp_path / "notes.db"
    text_file.write_text("not a database")
    assert check_database_file(text_file) == [] and recover(text_file) is None
    assert text_file.read_text() == "not a database"
    assert recover(tmp_path / "missing.db") is None


def test_restore_keeps_the_replaced_database(tmp_path: Path) -> None:
    source = make_database(tmp_path / "p.db", rows=5)
    backup = create_backup(source, dest_dir=tmp_path / "b", when=datetime(2026, 1, 1))
    db = open_database(source)
    with db.transaction() as session:
        session.execute(text("DELETE FROM umkm"))
    db.dispose()
    replaced = restore_backup(backup, source, when=datetime(2026, 1, 2))
    assert replaced is not None and replaced.name == "p.db.replaced-20260102-000000"
    assert count(source) == 5 and count(replaced) == 0


def test_a_damaged_backup_is_not_restored(tmp_path: Path) -> None:
    source = make_database(tmp_path / "p.db", rows=300)
    backup = create_backup(source, dest_dir=tmp_path / "b")
    corrupt(backup)
    assert newest_verified_backup(source, tmp_path / "b") is None
    before = source.read_bytes()
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(backup, source)
    assert source.read_bytes() == before
    assert len(list_backups(source, tmp_path / "b")) == 1
