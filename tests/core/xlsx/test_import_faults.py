"""Faults during an import (reliability.md 1 and 3): a kill -9 mid-import leaves an intact
database with none or all of the rows; a full disk is reported and leaves nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.i18n import UserError
from wirausaha_app.core.models import Umkm
from wirausaha_app.core.xlsx.export import export_rows
from wirausaha_app.core.xlsx.importer import run_import
from wirausaha_app.core.xlsx.sheets import CellType, Column

COLUMNS = [Column("Nama Usaha"), Column("Pemilik"), Column("Kabupaten/Kota"),
           Column("NIB", CellType.ID), Column("Omzet Tahunan", CellType.MONEY)]


def _rows(n: int) -> Iterator[tuple]:
    regions = ["Kota Surabaya", "Kabupaten Malang", "Kabupaten Jember", "Kota Batu"]
    for i in range(n):
        yield (f"Usaha {i}", f"Pemilik {i}", regions[i % 4], f"{1100000000000 + i}",
               1_000_000 * (i % 500 + 1))


def _count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Umkm)) or 0)


def test_disk_full_during_import(db: Database, tmp_path: Path) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite-specific (PRAGMA max_page_count)")
    path = tmp_path / "umkm.xlsx"
    export_rows(path, "UMKM", COLUMNS, _rows(3000))
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()

    def limit(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 30}")

    event.listen(db.engine, "connect", limit)
    db.engine.dispose()
    try:
        with pytest.raises(UserError, match="disk is full"):
            run_import(db, "umkm", path)
        assert _count(db) == 0
    finally:
        event.remove(db.engine, "connect", limit)
        db.engine.dispose()
    small = tmp_path / "small.xlsx"
    export_rows(small, "UMKM", COLUMNS, _rows(5))
    assert run_import(db, "umkm", small)[1] is not None  # the program keeps working
    assert _count(db) == 5


@pytest.mark.slow
def test_kill_during_import_leaves_none_or_all(db: Database, tmp_path: Path) -> None:
    if db.path is None:
        pytest.skip("SQLite-specific (integrity_check of the file)")
    db_path = db.path
    db.dispose()
    n = 50_000
    path = tmp_path / "umkm.xlsx"
    export_rows(path, "UMKM", COLUMNS, _rows(n))
    proc = subprocess.Popen(
        [sys.executable, "-m", "wirausaha_app.cli.main", "import", "umkm", str(path),
         "--db", str(db_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy(),
    )
    time.sleep(random.uniform(1.0, 3.5))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        assert _count(db) in (0, n)
    finally:
        db.dispose()
