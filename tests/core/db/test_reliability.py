"""Crashes, a full disk, a second writer, backups under load (reliability.md #1–4, #6).

Crashes are real: a child process writes through ``db.transaction()`` and the test
kills it with SIGKILL at chosen moments, then reopens the file.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text

from wirausaha_app.core.db.backup import create_backup, integrity_problems
from wirausaha_app.core.db.engine import BUSY_TIMEOUT_ENV
from wirausaha_app.core.db.errors import DatabaseBusyError, DiskFullError
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.i18n import UserError
from wirausaha_app.core.models import Umkm

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

BULK_CHILD = """
import sys
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.models import Umkm
db = open_database(sys.argv[1])
rows = [{"name": f"Bulk {i}", "owner_name": "Sri", "region_code": "35.78"}
        for i in range(50_000)]
with db.transaction() as session:
    for start in range(0, 50_000, 5_000):
        session.execute(Umkm.__table__.insert(), rows[start:start + 5_000])
        print("batch", start, flush=True)
print("committed", flush=True)
"""

SAVES_CHILD = """
import sys
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.models import Umkm
db = open_database(sys.argv[1])
i = 0
while True:
    with db.transaction() as session:
        umkm = Umkm(name=f"Save {i}", region_code="35.09")
        session.add(umkm)
        session.flush()
        new_id = umkm.id
    print(new_id, flush=True)  # only after the commit returned
    i += 1
"""

LOCK_CHILD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO app_settings (key, value) VALUES ('held_by_child', 'x')")
print("locked", flush=True)
time.sleep(60)
"""


@contextmanager
def child(script: str, path: Path) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen([sys.executable, "-c", script, str(path)],
                            stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        assert proc.stdout is not None
        proc.stdout.close()


def kill9(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)


def readline(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line, f"child ended early (exit {proc.poll()})"
    return line.strip()


def check_file(path: Path) -> sqlite3.Connection:
    """Reopen after the crash the way SQLite recovers (hot WAL rolled forward/back)."""
    conn = sqlite3.connect(path)
    assert integrity_problems(conn) == []
    return conn


@pytest.fixture
def path(tmp_path: Path) -> Path:
    db_file = tmp_path / "rel.db"
    open_database(db_file).dispose()  # created and migrated before any child runs
    return db_file


@pytest.mark.slow  # two children each loading up to 50,000 rows: ~8 s
def test_kill_during_a_bulk_insert_leaves_none_or_all(path: Path) -> None:
    with child(BULK_CHILD, path) as proc:
        while readline(proc) != "batch 20000":
            pass
        kill9(proc)  # in the middle of the one transaction
    conn = check_file(path)
    assert conn.execute("SELECT count(*) FROM umkm").fetchone()[0] == 0
    conn.close()
    with child(BULK_CHILD, path) as proc:
        while readline(proc) != "batch 45000":
            pass
        time.sleep(0.05)  # around the commit: either outcome is fine, a mix is not
        kill9(proc)
    conn = check_file(path)
    assert conn.execute("SELECT count(*) FROM umkm").fetchone()[0] in (0, 50_000)
    conn.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kill_during_repeated_saves_keeps_the_last_commit(path: Path, seed: int) -> None:
    committed: list[int] = []
    with child(SAVES_CHILD, path) as proc:
        committed.append(int(readline(proc)))
        # A random moment (reproducible by seed): mid-commit, between saves, anywhere.
        time.sleep(random.Random(seed).uniform(0.0, 0.5))
        kill9(proc)
        assert proc.stdout is not None
        committed += [int(line) for line in proc.stdout.read().split()]
    conn = check_file(path)
    last = committed[-1]
    assert conn.execute("SELECT name FROM umkm WHERE id = ?", (last,)).fetchone() is not None
    ids = [r[0] for r in conn.execute("SELECT id FROM umkm ORDER BY id")]
    # Every reported id is there; at most one more (committed, killed before printing).
    assert ids[: len(committed)] == committed and len(ids) - len(committed) <= 1
    conn.close()


def test_disk_full_rolls_back_and_the_database_keeps_working(path: Path) -> None:
    db = open_database(path)
    try:
        with db.session() as session:
            pages = session.execute(text("PRAGMA page_count")).scalar_one()
        rows = [{"name": f"Impor {i} " + "y" * 80, "region_code": "35.78"}
                for i in range(50_000)]
        with pytest.raises(DiskFullError) as caught, db.transaction() as session:
            # Room for a few pages only: the import runs out of disk part-way through.
            session.execute(text(f"PRAGMA max_page_count = {pages + 40}"))
            for start in range(0, 50_000, 5_000):
                session.execute(Umkm.__table__.insert(), rows[start : start + 5_000])
        assert isinstance(caught.value, UserError)
        assert "disk is full" in str(caught.value)
        with db.session() as session:
            assert session.execute(text("SELECT count(*) FROM umkm")).scalar_one() == 0
        with db.transaction() as session:  # space freed: the same program saves again
            session.execute(text("PRAGMA max_page_count = 1073741823"))
            session.add(Umkm(name="Setelah disk penuh", region_code="35.78"))
        with db.session() as session:
            assert session.execute(text("SELECT count(*) FROM umkm")).scalar_one() == 1
    finally:
        db.dispose()
    check_file(path).close()


def test_second_writer_makes_a_save_wait_then_report_busy(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "400")
    db = open_database(path)
    try:
        with child(LOCK_CHILD, path) as proc:
            assert readline(proc) == "locked"
            started = time.monotonic()
            with pytest.raises(DatabaseBusyError, match="in use"), \
                    db.transaction() as session:
                session.add(Umkm(name="Ditunggu", region_code="35.78"))
            waited = time.monotonic() - started
            assert 0.35 <= waited < 3.0  # it waited the busy timeout, not for ever
            kill9(proc)
        with db.transaction() as session:  # the other writer is gone: saving works
            session.add(Umkm(name="Ditunggu", region_code="35.78"))
        with db.session() as session:
            assert session.execute(text("SELECT count(*) FROM umkm")).scalar_one() == 1
            held = session.execute(
                text("SELECT count(*) FROM app_settings WHERE key = 'held_by_child'"))
            assert held.scalar_one() == 0  # the killed writer's work was rolled back
    finally:
        db.dispose()


def test_backup_while_another_process_writes(path: Path, tmp_path: Path) -> None:
    with child(SAVES_CHILD, path) as proc:
        seen = 0
        while seen < 40:
            seen = int(readline(proc))
        backups = [create_backup(path, dest_dir=tmp_path / "b", label=f"live{n}")
                   for n in range(3)]
        after = int(readline(proc))
        kill9(proc)
    assert after > seen  # the writer kept going during the backups
    for backup in backups:
        conn = sqlite3.connect(backup)
        try:
            assert integrity_problems(conn) == []
            count, top = conn.execute("SELECT count(*), max(id) FROM umkm").fetchone()
            assert count == top >= seen  # a consistent prefix holding every earlier commit
        finally:
            conn.close()


def test_disk_full_during_a_real_xlsx_import(path: Path, tmp_path: Path) -> None:
    """The same through the importer: clear message, no partial rows, next import works."""
    from openpyxl import Workbook
    from sqlalchemy import event

    from wirausaha_app.core.xlsx.importer import run_import

    book = Workbook(write_only=True)
    sheet = book.create_sheet("UMKM")
    sheet.append(["Nama Usaha", "Nama Pemilik", "Kabupaten/Kota", "Alamat"])
    for i in range(4_000):
        sheet.append([f"Keripik Tempe {i}", f"Sri Rahayu {i}", "35.78", f"Jl. Darmo No. {i}"])
    workbook = tmp_path / "umkm.xlsx"
    book.save(workbook)

    db = open_database(path)
    try:
        with db.session() as session:
            pages = session.execute(text("PRAGMA page_count")).scalar_one()

        def small_disk(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 20}")

        event.listen(db.engine, "connect", small_disk)
        db.engine.dispose()  # every new connection now sees a nearly full disk
        with pytest.raises(DiskFullError, match="disk is full"):
            run_import(db, "umkm", workbook)
        with db.session() as session:
            assert session.execute(text("SELECT count(*) FROM umkm")).scalar_one() == 0
        event.remove(db.engine, "connect", small_disk)
        db.engine.dispose()  # space freed
        plan, result = run_import(db, "umkm", workbook)
        assert not plan.problems and result is not None
        with db.session() as session:
            assert session.execute(text("SELECT count(*) FROM umkm")).scalar_one() == 4_000
    finally:
        db.dispose()
    check_file(path).close()
