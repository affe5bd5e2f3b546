"""A backup reports its progress and can be cancelled without leaving a file behind."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from wirausaha_app.core.db.backup import create_backup
from wirausaha_app.core.paths import backups_dir
from wirausaha_app.core.progress import Cancelled, Progress


def _fill(path: Path, rows: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.executemany("INSERT INTO notes(body) VALUES (?)", (("x" * 500,) for _ in range(rows)))
    conn.commit()
    conn.close()


class CancelAfter(Progress):
    def __init__(self, steps: int) -> None:
        super().__init__()
        self.steps = steps
        self.seen: list[tuple[int, int | None]] = []

    def report(self, done: int, total: int | None, text: str) -> None:
        self.seen.append((done, total))
        if len(self.seen) >= self.steps:
            self.cancel()


def test_backup_reports_pages_copied(tmp_path: Path) -> None:
    source = tmp_path / "big.db"
    _fill(source, 80_000)  # ~45 MB: several backup steps
    progress = CancelAfter(10_000)
    made = create_backup(source, progress=progress)
    assert made.exists()
    assert len(progress.seen) >= 2
    done, total = progress.seen[-1]
    assert done == total


def test_cancelled_backup_leaves_nothing(tmp_path: Path) -> None:
    source = tmp_path / "big.db"
    _fill(source, 80_000)
    with pytest.raises(Cancelled):
        create_backup(source, progress=CancelAfter(1))
    folder = backups_dir(source)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_cancel_before_start_stops_the_check(tmp_path: Path) -> None:
    source = tmp_path / "big.db"
    _fill(source, 20_000)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        create_backup(source, progress=progress)


def test_a_backup_finishes_while_saves_keep_coming(tmp_path: Path) -> None:
    """Another connection saves at every progress report: the backup is one snapshot
    and finishes (copying in steps, it started over after every such save)."""
    source = tmp_path / "busy.db"
    _fill(source, 40_000)
    with sqlite3.connect(source) as setup:
        setup.execute("PRAGMA journal_mode = WAL")
    writer = sqlite3.connect(source, timeout=5)

    class SavingMeanwhile(Progress):
        saves = 0

        def report(self, done: int, total: int | None, text: str) -> None:
            writer.execute("INSERT INTO notes(body) VALUES ('saved during the backup')")
            writer.commit()
            self.saves += 1

    progress = SavingMeanwhile()
    made = create_backup(source, progress=progress)
    writer.close()
    assert progress.saves >= 2
    with sqlite3.connect(made) as copy:
        rows = copy.execute("SELECT count(*) FROM notes").fetchone()[0]
    assert 40_000 <= rows < 40_000 + progress.saves  # one consistent moment, not a mix
