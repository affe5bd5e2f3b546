"""Opening databases: new, old, newer, foreign, damaged — and never harming the file."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from wirausaha_app.core.db.errors import (
    CorruptDatabaseError,
    ForeignDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
)
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.db.migrate import head_revision, known_revisions
from wirausaha_app.core.paths import backups_dir

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "db"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_created_stamped_and_seeded(db_path: Path) -> None:
    db = open_database(db_path)
    with db.session() as s:
        assert (
            s.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        )
        jatim = s.execute(text("SELECT count(*) FROM regions WHERE province_code='35'")).scalar()
        assert jatim == 38
        assert s.execute(text("SELECT count(*) FROM regions")).scalar() == 515
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    db.dispose()


def test_empty_file_is_treated_as_new(db_path: Path) -> None:
    db_path.write_bytes(b"")
    db = open_database(db_path)
    with db.session() as s:
        assert s.execute(text("SELECT count(*) FROM scale_thresholds")).scalar() == 4
    db.dispose()


def test_newer_schema_is_refused_and_file_unchanged(db_path: Path) -> None:
    open_database(db_path).dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(NewerDatabaseError) as info:
        open_database(db_path)
    assert "9999_future" in str(info.value)
    assert digest(db_path) == before
    assert not db_path.with_name(db_path.name + "-wal").exists()


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"this is a spreadsheet, honest\n" * 100, NotADatabaseError),
        (b"SQLite format 3\x00" + b"\xff" * 50, CorruptDatabaseError),
    ],
)
def test_non_database_files_are_refused_untouched(
    db_path: Path, content: bytes, error: type
) -> None:
    db_path.write_bytes(content)
    with pytest.raises(error):
        open_database(db_path)
    assert db_path.read_bytes() == content


def test_truncated_database_is_refused(db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "whole.db"
    shutil.copy(FIXTURES / "schema_0001.db", source)
    data = source.read_bytes()
    db_path.write_bytes(data[: len(data) // 3])
    before = digest(db_path)
    with pytest.raises(CorruptDatabaseError):
        open_database(db_path)
    assert digest(db_path) == before


def test_foreign_sqlite_database_is_refused(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(ForeignDatabaseError):
        open_database(db_path)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.db")), ids=lambda p: p.stem)
def test_every_released_schema_upgrades_to_head(fixture: Path, tmp_path: Path) -> None:
    revision = fixture.stem.removeprefix("schema_")
    assert revision in known_revisions()
    path = tmp_path / "old.db"
    shutil.copy(fixture, path)
    db = open_database(path)
    with db.session() as s:
        assert (
            s.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        )
        assert s.execute(text("SELECT name FROM students WHERE nim='D041201001'")).scalar() == (
            "Andi Ratna Sari"
        )
        assert s.execute(text("SELECT count(*) FROM pairings")).scalar() == 1
        hits = s.execute(text("SELECT rowid FROM umkm_fts WHERE umkm_fts MATCH 'tape*'")).all()
        assert hits == [(1,)], "search must still find old records after the upgrade"
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert s.execute(text("PRAGMA foreign_key_check")).all() == []
    db.dispose()
    backups = list(backups_dir(path).glob("*.db")) if backups_dir(path).exists() else []
    if revision != head_revision():
        assert len(backups) == 1, "an upgrade must back up the old file first"
        conn = sqlite3.connect(backups[0])
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
        conn.close()
    else:
        assert backups == []


def test_a_failed_write_transaction_leaves_nothing(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError), db.transaction() as s:
        s.execute(text("INSERT INTO app_settings(key, value) VALUES ('x', '1')"))
        raise RuntimeError("power cut in the middle of a save")
    with db.session() as s:
        assert s.execute(text("SELECT count(*) FROM app_settings WHERE key='x'")).scalar() == 0


def test_schema_head_constant_matches_the_migrations() -> None:
    from wirausaha_app.core.db.schema import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_opening_a_current_database_does_not_load_alembic(db_path: Path) -> None:
    import subprocess
    import sys

    open_database(db_path).dispose()
    code = (
        "import sys\n"
        "from wirausaha_app.core.db.lifecycle import open_database\n"
        f"open_database({str(db_path)!r}).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
