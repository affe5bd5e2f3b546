"""A database file that is missing or empty while backups of it exist is never
replaced by an empty database without asking (after a crash mid-restore, or a file
deleted by mistake)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from wirausaha_app.cli.main import main
from wirausaha_app.core.db.backup import create_backup
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.db.recovery import missing_with_backups


def _with_backup(path: Path) -> Path:
    db = open_database(path)
    with db.transaction() as s:
        s.execute(text("INSERT INTO umkm (name, region_code) VALUES ('Tahu Bu Sri', '35.78')"))
    db.dispose()
    return create_backup(path)


def test_which_files_count_as_missing_with_backups(tmp_path: Path) -> None:
    path = tmp_path / "kampus.db"
    assert not missing_with_backups(path)  # a new file: nothing to lose
    _with_backup(path)
    assert not missing_with_backups(path)  # there and not empty
    path.write_bytes(b"")
    assert missing_with_backups(path)
    path.unlink()
    assert missing_with_backups(path)
    other = tmp_path / "lain.db"
    (tmp_path / "lain.db.corrupt-20260301-120000").write_bytes(b"x")
    assert missing_with_backups(other)  # a set-aside copy counts too


def test_the_command_line_refuses_to_start_an_empty_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kampus.db"
    _with_backup(path)
    path.unlink()
    assert main(["stats", "--db", str(path)]) == 2
    assert "is missing or empty, but there are backups of it" in capsys.readouterr().err
    assert not path.exists()
    assert main(["restore", "--db", str(path)]) == 0
    assert main(["stats", "--db", str(path), "--json"]) == 0
    assert '"umkm": 1' in capsys.readouterr().out
