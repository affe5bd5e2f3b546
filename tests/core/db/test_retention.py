"""Backup retention: daily/weekly/monthly buckets, newest always kept (reliability #7)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from wirausaha_app.core.db.retention import (
    BackupFile,
    RetentionPolicy,
    apply_retention,
    backup_and_prune,
    backup_due,
    list_backups,
    parse_backup_name,
    select_kept,
)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "program.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    return path


# What a backup file starts with; the tests' stand-ins for backups need no more.
SQLITE_BYTES = b"SQLite format 3\x00" + bytes(84)


def fake(name: str, when: datetime, label: str = "auto") -> BackupFile:
    return BackupFile(Path(f"/b/{name}-{when:%Y%m%d-%H%M%S}-{label}.db"), when, label)


def test_parse_backup_names(source: Path) -> None:
    parsed = parse_backup_name(source, source.with_name("program-20260301-171500-auto.db"))
    assert parsed is not None
    assert parsed.taken_at == datetime(2026, 3, 1, 17, 15) and parsed.label == "auto"
    assert parse_backup_name(source, Path("other-20260301-171500-auto.db")) is None
    assert parse_backup_name(source, Path("program-20261301-171500-auto.db")) is None
    assert parse_backup_name(source, Path("program-20260301-171500-auto.db.tmp")) is None


def test_sixty_days_keep_the_expected_set(source: Path, tmp_path: Path) -> None:
    """A backup every morning for 60 days (and an evening one on Sundays), pruned each time."""
    dest = tmp_path / "backups"
    policy = RetentionPolicy(daily=7, weekly=4, monthly=12)
    day = date(2026, 1, 1)  # a Thursday; day 60 is Sunday 1 March
    for _ in range(60):
        times = [datetime.combine(day, datetime.min.time()).replace(hour=9)]
        if day.weekday() == 6:
            times.append(times[0].replace(hour=17))
        for when in times:
            made, result = backup_and_prune(source, policy, label="auto", dest_dir=dest,
                                            when=when)
            assert made.exists()
            assert result.kept[0].path == made  # the newest is never deleted
        day += timedelta(days=1)
    kept = list_backups(source, dest)
    kept_times = sorted(b.taken_at for b in kept)
    sunday_evening = {datetime(2026, 2, d, 17) for d in (8, 15, 22)} | {datetime(2026, 3, 1, 17)}
    expected = (
        {datetime(2026, 2, d, 9) for d in range(23, 29)}  # daily Mon 23 … Sat 28
        | sunday_evening  # newest of Sun 1 Mar (daily) and of weeks 6, 7, 8, 9
        | {datetime(2026, 1, 31, 9)}  # newest of January (monthly); Feb 28 is daily already
    )
    assert kept_times == sorted(expected)
    # The retention never leaves temp files or touches foreign files.
    assert all(p.suffix == ".db" for p in dest.iterdir())


def test_newest_and_protected_backups_survive_a_zero_policy(source: Path, tmp_path: Path) -> None:
    dest = tmp_path / "b"
    dest.mkdir()
    for name in ("program-20260101-090000-auto.db", "program-20260102-090000-auto.db",
                 "program-20251201-090000-before-upgrade-from-0001.db", "notes.txt",
                 "program-garbage.db"):
        (dest / name).write_bytes(SQLITE_BYTES)
    result = apply_retention(source, RetentionPolicy(0, 0, 0), dest_dir=dest)
    assert sorted(b.path.name for b in result.deleted) == ["program-20260101-090000-auto.db"]
    assert sorted(p.name for p in dest.iterdir()) == [
        "notes.txt", "program-20251201-090000-before-upgrade-from-0001.db",
        "program-20260102-090000-auto.db", "program-garbage.db"]


def test_same_day_keeps_the_latest_and_dry_run_deletes_nothing(tmp_path: Path) -> None:
    backups = [fake("p", datetime(2026, 5, 4, h)) for h in (8, 12, 18)]
    keep = select_kept(backups, RetentionPolicy(daily=1, weekly=0, monthly=0))
    assert keep == {backups[2].path}
    dest = tmp_path / "d"
    dest.mkdir()
    for b in backups:
        (dest / b.path.name).write_bytes(SQLITE_BYTES)
    result = apply_retention(tmp_path / "p.db", RetentionPolicy(1, 0, 0), dest_dir=dest,
                             dry_run=True)
    assert len(result.deleted) == 2 and len(list(dest.iterdir())) == 3


def test_monthly_reaches_back_a_year() -> None:
    backups = [fake("p", datetime(2025, m, 28, 9)) for m in range(1, 13)]
    backups += [fake("p", datetime(2026, m, 28, 9)) for m in range(1, 4)]
    keep = select_kept(backups, RetentionPolicy(daily=0, weekly=0, monthly=12))
    assert len(keep) == 12
    assert backups[0].path not in keep and backups[2].path not in keep
    assert backups[3].path in keep


def test_negative_counts_are_refused() -> None:
    with pytest.raises(ValueError):
        RetentionPolicy(daily=-1)


def test_backup_due_after_a_day(source: Path, tmp_path: Path) -> None:
    dest = tmp_path / "b"
    assert backup_due(source, dest_dir=dest)
    dest.mkdir()
    (dest / "program-20260301-090000-before-upgrade-from-0001.db").write_bytes(SQLITE_BYTES)
    assert backup_due(source, dest_dir=dest, now=datetime(2026, 3, 1, 10))
    (dest / "program-20260301-090000-auto.db").write_bytes(SQLITE_BYTES)
    assert not backup_due(source, dest_dir=dest, now=datetime(2026, 3, 2, 8, 59))
    assert backup_due(source, dest_dir=dest, now=datetime(2026, 3, 2, 9))


def test_files_that_are_not_databases_never_count_and_are_never_deleted(
    source: Path, tmp_path: Path
) -> None:
    """A half-copied (empty) file with a later stamp is not "the newest": the real
    backups of that day stay, and it is neither restored from nor deleted."""
    dest = tmp_path / "b"
    dest.mkdir()
    (dest / "program-20260301-090000-auto.db").write_bytes(SQLITE_BYTES)
    (dest / "program-20260301-093000-auto.db").write_bytes(SQLITE_BYTES)
    (dest / "program-20260301-120000-auto.db").write_bytes(b"")  # from a USB stick
    assert [b.path.name for b in list_backups(source, dest)] == [
        "program-20260301-093000-auto.db", "program-20260301-090000-auto.db"]
    apply_retention(source, RetentionPolicy(1, 0, 0), dest_dir=dest)
    assert sorted(p.name for p in dest.iterdir()) == [
        "program-20260301-093000-auto.db", "program-20260301-120000-auto.db"]
    assert backup_due(source, dest_dir=dest, now=datetime(2026, 3, 2, 9, 30))


def test_a_backup_stamped_in_the_future_does_not_stop_the_daily_one(
    source: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "b"
    dest.mkdir()
    (dest / "program-20310101-090000-auto.db").write_bytes(SQLITE_BYTES)  # a wrong clock
    assert backup_due(source, dest_dir=dest, now=datetime(2026, 3, 2, 9))
    backups = list_backups(source, dest)
    today = fake("program", datetime(2026, 3, 2, 9))
    keep = select_kept([*backups, today], RetentionPolicy(1, 0, 0), now=datetime(2026, 3, 2, 10))
    assert keep == {backups[0].path, today.path}  # the future one kept, today's the newest


def test_the_backup_just_made_is_kept_when_the_clock_went_back(
    source: Path, tmp_path: Path
) -> None:
    """10:30 WITA, then a flight to Jakarta (WIB) and a backup at 09:45 the same day."""
    dest = tmp_path / "b"
    backup_and_prune(source, RetentionPolicy(1, 0, 0), dest_dir=dest,
                     when=datetime(2026, 3, 1, 10, 30))
    made, _result = backup_and_prune(source, RetentionPolicy(1, 0, 0), dest_dir=dest,
                                     when=datetime(2026, 3, 1, 9, 45))
    assert made.exists()
