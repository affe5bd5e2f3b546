"""Benchmark of the demo data builder (``wirausaha demo``).

    python tests/benchmarks/bench_demo.py [--runs 3] [--dir /tmp]

Figures (median of ``--runs``), each beside a raw baseline measured in the same run:

- ``wirausaha demo --size large`` as a whole command (fresh file: create + migrate +
  1,002,000 UMKM + ~101,000 students + snapshots, indexes, FTS, commit), against
  (a) raw ``sqlite3.executemany`` of the same number of UMKM-, snapshot- and
  student-shaped rows into bare tables in one transaction, and (b) raw sqlite3 doing
  the same database work in the real schema (triggers and indexes off, executemany,
  snapshots by INSERT…SELECT, indexes rebuilt, FTS rebuilt, one commit). Rows are
  prepared before the clock starts, so (b) isolates the cost of the demo's Python;
- ``generate(db, "small")`` in process, against raw executemany of as many rows as
  the small demo writes.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks._common import Figure, print_table


def fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def raw_executemany_ms(path: Path, n_umkm: int, n_students: int) -> float:
    """Raw sqlite3: the same row counts into index-free tables, one transaction."""
    fresh(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE umkm (id INTEGER PRIMARY KEY, name, owner_name, region_code, "
                 "address, phone, kbli_code, kbli_version, nib, channels, needs, scale_class, "
                 "annual_sales, capital, employees)")
    conn.execute("CREATE TABLE snap (id INTEGER PRIMARY KEY, umkm_id, day, sales, capital, "
                 "employees, channels, has_nib)")
    conn.execute("CREATE TABLE students (id INTEGER PRIMARY KEY, university_id, cohort_id, "
                 "nim, name, study_program, semester, gender, status, phone)")
    umkm = [(i, f"Keripik Tempe Barokah {i % 977}", f"Sri Rahayu {i % 331}", "35.78",
             f"Jl. Darmo No. {i % 250}", "+6281234567890", "10794", "2020",
             f"{9_000_000_000_000 + i}" if i % 3 == 0 else None, "shop,social_media",
             "digital_marketing", "mikro", 150_000_000, 40_000_000, 3)
            for i in range(1, n_umkm + 1)]
    snaps = [(i, i, "2024-06-30", 150_000_000, 40_000_000, 3, "shop", 0)
             for i in range(1, n_umkm + 1)]
    students = [(i, 1 + i % 25, 1 + i % 12, f"2101{i:08d}", f"Dwi Rahayu {i % 97}",
                 "S1 Manajemen", 5, "P", "completed", "+6285712345678")
                for i in range(1, n_students + 1)]
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO umkm VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     umkm)
    conn.executemany("INSERT INTO snap VALUES (?, ?, ?, ?, ?, ?, ?, ?)", snaps)
    conn.executemany("INSERT INTO students VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", students)
    conn.execute("COMMIT")
    elapsed = (time.perf_counter() - start) * 1000
    conn.close()
    return elapsed


def raw_same_work_ms(path: Path, n_umkm: int, n_students: int) -> float:
    """Raw sqlite3, real schema: what the demo's bulk part asks of SQLite, nothing else."""
    from wirausaha_app.core.db.lifecycle import open_database

    open_database(fresh(path)).dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA cache_size = -262144")
    umkm = [(i, f"Keripik Tempe Barokah {i % 977}", f"Sri Rahayu {i % 331}", "35.78",
             f"Jl. Darmo No. {i % 250}", "+6281234567890", "10794",
             f"{9_000_000_000_000 + i}" if i % 3 == 0 else None, "shop,social_media",
             "digital_marketing", "mikro", 150_000_000, 40_000_000, 3)
            for i in range(1, n_umkm + 1)]
    students = [(i, 1, None, f"2101{i:08d}", f"Dwi Rahayu {i % 97}", "S1 Manajemen", 5, "P",
                 "registered", "+6285712345678") for i in range(1, n_students + 1)]
    start = time.perf_counter()
    conn.execute("BEGIN")
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
        "tbl_name IN ('umkm', 'umkm_snapshots', 'students')").fetchall()
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    conn.executemany(
        "INSERT INTO umkm (id, name, owner_name, region_code, address, phone, kbli_code, "
        "kbli_version, nib, channels, needs, scale_class, annual_sales, capital, employees) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, '2020', ?, ?, ?, ?, ?, ?, ?)", umkm)
    conn.execute("INSERT INTO umkm_snapshots (umkm_id, snapshot_date, annual_sales, capital, "
                 "employees, channels, has_nib) SELECT id, '2024-06-30', annual_sales, "
                 "capital, employees, channels, nib IS NOT NULL FROM umkm")
    conn.executemany(
        "INSERT INTO students (id, university_id, cohort_id, nim, name, study_program, "
        "semester, gender, status, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", students)
    for _, sql in indexes:
        conn.execute(sql)
    for table in ("umkm_fts", "students_fts"):
        conn.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
    for _, sql in triggers:
        conn.execute(sql)
    conn.execute("COMMIT")
    elapsed = (time.perf_counter() - start) * 1000
    conn.close()
    return elapsed


def cli_large_ms(path: Path) -> tuple[float, dict[str, int]]:
    fresh(path)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "wirausaha_app.cli.main", "demo", "--db",
                    str(path), "--size", "large"], check=True, capture_output=True,
                   text=True, env=os.environ.copy())
    elapsed = (time.perf_counter() - start) * 1000
    # Counted from the file, not read from the (translated) summary the command prints.
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("umkm", "students", "umkm_snapshots")}
    return elapsed, counts


def small_ms(path: Path) -> tuple[float, int]:
    from wirausaha_app.core.db.lifecycle import open_database
    from wirausaha_app.core.demo import generate

    db = open_database(fresh(path))
    try:
        start = time.perf_counter()
        generate(db, "small")
        elapsed = (time.perf_counter() - start) * 1000
        with db.engine.connect() as conn:
            tables = [r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'"
                " AND name NOT IN ('regions', 'alembic_version', 'app_settings', "
                "'scale_thresholds', 'value_chain_roles', 'output_kinds')")]
            rows = sum(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                       for t in tables)
    finally:
        db.dispose()
    return elapsed, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    os.environ.setdefault("WIRAUSAHA_DATA_DIR", str(args.dir / "bench-demo-data"))
    big, raw_big, same_big, small, raw_small = [], [], [], [], []
    counts: dict[str, int] = {}
    small_rows = 0
    for run in range(args.runs):
        ms, counts = cli_large_ms(args.dir / "bench-demo-large.db")
        big.append(ms)
        n_umkm, n_students = counts["umkm"], counts["students"]
        raw_big.append(raw_executemany_ms(args.dir / "bench-demo-raw.db", n_umkm, n_students))
        same_big.append(raw_same_work_ms(args.dir / "bench-demo-raw.db", n_umkm, n_students))
        ms, small_rows = small_ms(args.dir / "bench-demo-small.db")
        small.append(ms)
        raw_small.append(raw_executemany_ms(args.dir / "bench-demo-raw.db", small_rows // 2,
                                            small_rows - 2 * (small_rows // 2)))
        print(f"run {run + 1}: large {big[-1] / 1000:.1f} s (raw {raw_big[-1] / 1000:.1f} s, "
              f"raw same work {same_big[-1] / 1000:.1f} s), "
              f"small {small[-1]:.0f} ms (raw {raw_small[-1]:.0f} ms)", flush=True)
    print(f"\nlarge demo rows: umkm {counts['umkm']}, students {counts['students']}, "
          f"snapshots {counts['umkm_snapshots']}; small demo rows: {small_rows:,}")
    print_table("Demo data (median of runs)", [
        Figure("demo --size large (whole command)", statistics.median(big) / 1000,
               statistics.median(raw_big) / 1000, "raw executemany, same rows",
               "well under 60 s", unit="s"),
        Figure("demo --size large (whole command)", statistics.median(big) / 1000,
               statistics.median(same_big) / 1000, "raw sqlite3, same schema+work",
               "", unit="s"),
        Figure("generate(small) in process", statistics.median(small),
               statistics.median(raw_small), "raw executemany, same rows", "a few s"),
    ])
    for name in ("bench-demo-large.db", "bench-demo-raw.db", "bench-demo-small.db"):
        fresh(args.dir / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
