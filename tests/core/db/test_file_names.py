"""File names with characters that mean something in a URL ("#", "?", "%41") or that
are not ASCII: every step (open, check, back up, restore) uses that very file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from wirausaha_app.core.db.backup import create_backup
from wirausaha_app.core.db.engine import sqlite_path, to_url
from wirausaha_app.core.db.errors import ForeignDatabaseError
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.db.recovery import check_database_file, restore_backup

NAMES = ["Kampus #2.db", "Angkatan ?3.db", "Data %41.db", "Universitas Négeri Malang.db"]


@pytest.mark.parametrize("name", NAMES)
def test_back_up_and_restore_the_file_itself(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    assert sqlite_path(to_url(path)) == path
    db = open_database(path)
    with db.transaction() as s:
        s.execute(text("INSERT INTO umkm (name, region_code) VALUES ('Tahu Bu Sri', '35.78')"))
    db.dispose()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db") == [name]
    assert check_database_file(path) == []
    backup = create_backup(path)
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT name FROM umkm").fetchall() == [("Tahu Bu Sri",)]
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM umkm")
    restore_backup(backup, path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM umkm").fetchall() == [("Tahu Bu Sri",)]


def test_another_programs_file_with_a_hash_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "Firefox #1.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    before = path.read_bytes()
    with pytest.raises(ForeignDatabaseError):
        open_database(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "Firefox ").exists()


@pytest.mark.parametrize("content", [b"", b"not a database at all", None])
def test_restoring_an_empty_or_foreign_file_is_refused(
    tmp_path: Path, content: bytes | None
) -> None:
    from wirausaha_app.core.db.backup import BackupError

    target = tmp_path / "kampus.db"
    open_database(target).dispose()
    before = target.read_bytes()
    bad = tmp_path / "kampus-backups" / "kampus-20260301-120000-auto.db"
    bad.parent.mkdir()
    if content is None:  # another program's SQLite file
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY)")
    else:
        bad.write_bytes(content)
    with pytest.raises(BackupError, match="is not a backup of this program's database"):
        restore_backup(bad, target)
    assert target.read_bytes() == before
    assert not list(tmp_path.glob("kampus.db.replaced-*"))
