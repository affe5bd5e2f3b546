"""``wirausaha backup`` / ``restore`` from the command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.core.db.test_backup_recovery import corrupt, count, make_database
from wirausaha_app.cli.main import main
from wirausaha_app.core.paths import backups_dir


def test_backup_list_and_prune(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = make_database(tmp_path / "p.db", rows=20)
    folder = backups_dir(source)
    folder.mkdir()
    for day in range(1, 10):
        old = folder / f"p-202601{day:02d}-090000-manual.db"
        old.write_bytes(b"SQLite format 3\x00" + bytes(84))  # a backup, as far as names go
    assert main(["backup", "--db", str(source), "--keep-daily", "2", "--keep-weekly", "0",
                 "--keep-monthly", "0"]) == 0
    out = capsys.readouterr().out
    assert "backup: " in out and "pruned: p-20260101-090000-manual.db" in out
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 2 and names[0] == "p-20260109-090000-manual.db"
    made = folder / names[1]
    conn = sqlite3.connect(made)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert count(made) == 20
    assert main(["backup", "--db", str(source), "--list"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 2


def test_backup_refuses_a_damaged_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = make_database(tmp_path / "p.db", rows=300)
    corrupt(source)
    assert main(["backup", "--db", str(source)]) == 2
    assert "No backup was made" in capsys.readouterr().err
    assert not backups_dir(source).exists() or not any(backups_dir(source).iterdir())


def test_restore_sets_aside_a_damaged_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = make_database(tmp_path / "p.db", rows=300)
    assert main(["backup", "--db", str(source)]) == 0
    corrupt(source)
    capsys.readouterr()
    assert main(["restore", "--db", str(source)]) == 0
    out = capsys.readouterr().out
    assert "damaged database set aside" in out and "restored" in out
    assert count(source) == 300
    aside = [p for p in tmp_path.glob("p.db.corrupt-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1
    assert main(["check", "--db", str(source)]) == 0


def test_restore_without_backups_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = make_database(tmp_path / "p.db", rows=3)
    assert main(["restore", "--db", str(source)]) == 1
    assert "no verified backup" in capsys.readouterr().out
    assert count(source) == 3


def test_a_damaged_database_without_backups_stays_where_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = make_database(tmp_path / "p.db", rows=300)
    corrupt(source)
    before = source.read_bytes()
    assert main(["restore", "--db", str(source)]) == 1
    assert "no verified backup" in capsys.readouterr().out
    assert source.read_bytes() == before  # not set aside: there is nothing to put back
    assert not list(tmp_path.glob("p.db.corrupt-*"))


def test_restore_refuses_while_the_app_has_the_database_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wirausaha_app.lockfile import DatabaseLock

    source = make_database(tmp_path / "p.db", rows=3)
    assert main(["backup", "--db", str(source)]) == 0
    capsys.readouterr()
    with DatabaseLock(source):  # as a window holds it
        assert main(["restore", "--db", str(source)]) == 2
    assert "already open in another Wirausaha window" in capsys.readouterr().err
    assert not list(tmp_path.glob("p.db.replaced-*"))
    assert main(["restore", "--db", str(source)]) == 0  # once the window has closed
