"""A damaged database on open (reliability 9): detected, set aside, the newest verified
backup offered and restored; without a backup the file is left untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import SAMPLE_UMKM
from tests.ui.test_backup_gui import corrupt_middle, integrity_ok
from wirausaha_app.core.db.backup import create_backup
from wirausaha_app.core.paths import backups_dir
from wirausaha_app.ui.actions import backup as backup_actions
from wirausaha_app.ui.main_window import MainWindow
from wirausaha_app.ui.widgets import messages, recovery
from wirausaha_app.ui.widgets.database_open import open_interactively, open_locked


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Records the messages shown; ``answers["ask"]`` is what a question is answered."""
    state: dict[str, Any] = {"ask": True, "asked": [], "shown": []}

    def ask(_parent: Any, _title: str, text: str) -> bool:
        state["asked"].append(text)
        return bool(state["ask"])

    monkeypatch.setattr(messages, "ask", ask)
    monkeypatch.setattr(
        messages, "info", lambda _p, _t, text: state["shown"].append(("info", text))
    )
    monkeypatch.setattr(
        messages, "warn", lambda _p, _t, text: state["shown"].append(("warn", text))
    )
    monkeypatch.setattr(messages, "choose", lambda *_a: 2)  # "Cancel" in the refusal dialog
    return state


def umkm_rows(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM umkm").fetchone()[0])
    finally:
        conn.close()


def set_aside_files(path: Path) -> list[Path]:
    found = path.parent.glob(path.name + ".corrupt-*")
    return sorted(p for p in found if not p.name.endswith(("-wal", "-shm")))


def test_damaged_file_is_set_aside_and_the_newest_good_backup_restored(
    sample_db_path: Path, answers: dict[str, Any]
) -> None:
    create_backup(sample_db_path)
    assert sample_db_path.stat().st_size <= recovery.CHEAP_CHECK_BYTES  # checked on open
    corrupt_middle(sample_db_path)
    damaged_bytes = sample_db_path.read_bytes()
    opened = open_interactively(None, sample_db_path)
    assert opened is not None
    opened.close()
    assert "This database is damaged" in answers["asked"][0]
    assert "Restore the newest good backup (" in answers["asked"][0]
    assert integrity_ok(sample_db_path) and umkm_rows(sample_db_path) == SAMPLE_UMKM
    kept = set_aside_files(sample_db_path)
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes  # evidence kept as it was
    assert answers["shown"][-1][0] == "info" and kept[0].name in answers["shown"][-1][1]


def test_corrupt_database_error_on_open_leads_to_the_same_offer(
    sample_db_path: Path, answers: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    create_backup(sample_db_path)
    monkeypatch.setattr(recovery, "CHEAP_CHECK_BYTES", 0)  # as for a large file
    with sample_db_path.open("r+b") as f:  # the schema page: opening itself fails
        f.seek(100)
        f.write(b"\xff" * 3000)
    opened = open_interactively(None, sample_db_path)
    assert opened is not None
    opened.close()
    assert "This database is damaged" in answers["asked"][0]
    assert umkm_rows(sample_db_path) == SAMPLE_UMKM
    assert len(set_aside_files(sample_db_path)) == 1


def test_declined_or_without_backup_the_file_is_left_untouched(
    sample_db_path: Path, answers: dict[str, Any]
) -> None:
    good = sample_db_path.parent / "good" / sample_db_path.name
    good.parent.mkdir()
    good.write_bytes(sample_db_path.read_bytes())
    corrupt_middle(sample_db_path)
    before = sample_db_path.read_bytes()
    assert open_interactively(None, sample_db_path) is None  # no backup at all
    assert answers["shown"][0][0] == "warn" and "no good backup" in answers["shown"][0][1]
    assert sample_db_path.read_bytes() == before and not set_aside_files(sample_db_path)
    # A good backup exists but the coordinator declines: still untouched.
    create_backup(good, dest_dir=backups_dir(sample_db_path))
    answers["ask"] = False
    assert open_interactively(None, sample_db_path) is None
    assert len(answers["asked"]) == 1
    assert sample_db_path.read_bytes() == before and not set_aside_files(sample_db_path)


def test_damage_found_in_the_background_after_opening_a_large_file(
    qtbot: QtBot,
    sample_db_path: Path,
    answers: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    create_backup(sample_db_path)
    corrupt_middle(sample_db_path)
    monkeypatch.setattr(recovery, "CHEAP_CHECK_BYTES", 0)
    monkeypatch.setattr(backup_actions, "AUTO_DELAY_MS", 0)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_database(open_locked(sample_db_path))
    db = window.db
    qtbot.waitUntil(lambda: window.has_database and window.db is not db, timeout=10_000)
    assert "This database is damaged" in answers["asked"][0]
    assert len(set_aside_files(sample_db_path)) == 1
    assert integrity_ok(sample_db_path) and umkm_rows(sample_db_path) == SAMPLE_UMKM
    assert not list(sample_db_path.parent.glob("*-backups/*auto*"))  # none of a bad file
    window.close()


def test_the_offer_names_the_backup_by_when_it_was_taken(tmp_path: Path) -> None:
    source = tmp_path / "wirausaha.db"
    named = tmp_path / "wirausaha-20230901-143000-manual.db"
    named.write_bytes(b"")
    assert recovery.backup_time(source, named) == "1 September 2023 14.30"
    other = tmp_path / "copied by hand.db"  # no stamp in its name: the file's own time
    other.write_bytes(b"")
    assert "2023" not in recovery.backup_time(source, other)
