"""The bulk part of the ``large`` demo: a million UMKM and 100,000 students.

Speed comes from three things (see performance.md): values are drawn from small
precomputed pools (names, addresses, figures with their scale class already
computed) with ``rng.choices(k=batch)``; rows go in as tuples through the driver's
``executemany`` in 50,000-row batches inside the caller's single transaction; and
the FTS triggers are off during the load (the caller rebuilds the indexes).
Each bulk UMKM gets one snapshot, written by one ``INSERT … SELECT``, so its
denormalised fields equal its latest snapshot like every other UMKM.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from wirausaha_app.core import demo_names as N
from wirausaha_app.core.demo_umkm import UmkmBuilder, channels_text, draw_figures, nib_number
from wirausaha_app.core.demo_umkm import roles_for as _roles_for
from wirausaha_app.core.models.enums import Semester
from wirausaha_app.core.progress import Progress

BATCH = 50_000
BULK_CACHE_KIB = 256 * 1024  # page cache while loading; restored afterwards
BULK_SNAPSHOT_DATE = date(2024, 6, 30)  # the province-wide UMKM census of the demo

_UMKM_SQL = (
    "INSERT INTO umkm (id, name, owner_name, region_code, address, phone, kbli_code, "
    "kbli_version, nib, channels, needs, scale_class, annual_sales, capital, employees) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, '2020', ?, ?, ?, ?, ?, ?, ?)"
)
_STUDENT_SQL = (
    "INSERT INTO students (id, university_id, cohort_id, nim, name, study_program, semester, "
    "gender, status, phone, email, nik) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)"
)


def add_bulk(conn: Connection, rng: random.Random, umkm: UmkmBuilder, *, n_umkm: int,
             n_students: int, progress: Progress, seed: int) -> None:
    total = n_umkm + n_students
    with _bulk_load(conn, ("umkm", "umkm_snapshots", "students")):
        if n_umkm:
            _add_umkm(conn, rng, umkm, n_umkm, progress, total, seed)
        if n_students:
            _add_students(conn, rng, n_students, progress, total, n_umkm)
        progress.step(total, total, "indexes")


@contextmanager
def _bulk_load(conn: Connection, tables: tuple[str, ...]) -> Iterator[None]:
    """Secondary indexes off during the load, rebuilt after; a bigger page cache meanwhile.

    Inserting a million rows into seven random-order B-trees thrashes the page cache;
    building each index once from the finished table is several times faster. The
    index definitions are read back from the schema, so later migrations' indexes are
    restored too. All of it runs in the caller's transaction: a failure restores them.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    marks = ", ".join(f"'{t}'" for t in tables)
    indexes = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name"
    ).all()
    old_cache = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    for name, _sql in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    try:
        yield
        for _name, sql in indexes:
            conn.exec_driver_sql(sql)
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(old_cache)}")


def _driver_sql(conn: Connection, sql: str) -> str:
    """The driver's own placeholders: ``?`` for sqlite3, ``%s`` for psycopg."""
    return sql.replace("?", "%s") if conn.dialect.paramstyle in ("format", "pyformat") else sql


def _max_id(conn: Connection, table: str) -> int:
    return int(conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one())


def _add_umkm(conn: Connection, rng: random.Random, umkm: UmkmBuilder, n: int,
              progress: Progress, total: int, seed: int) -> None:
    # Pools: a business (name, KBLI, needs), an owner, an address, a set of figures.
    fitting_by_kbli = {k: _roles_for(k, umkm.roles) for sector in N.SECTORS for k in sector.kbli}
    businesses = []
    for _ in range(20_000):
        sector = rng.choices(N.SECTORS, N.UMKM_SECTOR_WEIGHTS)[0]
        kbli = rng.choice(sector.kbli)
        fitting = fitting_by_kbli[kbli]
        needs = ",".join(rng.sample(fitting, k=min(len(fitting), rng.randint(1, 3))))
        businesses.append((umkm.business_name(sector), kbli, needs))
    owners = [N.person_name(rng, N.name_group(rng, "35"), rng.random() < 0.5)
              for _ in range(20_000)]
    addresses = [umkm.address("") for _ in range(5_000)]
    figures = []
    for _ in range(10_000):
        f = draw_figures(rng)
        scale = umkm.rules.classify(annual_sales=f.annual_sales, capital=f.capital)
        figures.append((channels_text(f.channels), scale, f.annual_sales, f.capital,
                        f.employees))
    first_id = _max_id(conn, "umkm") + 1
    done = 0
    while done < n:
        size = min(BATCH, n - done)
        regions = rng.choices(umkm.jatim_codes, umkm.jatim_weights, k=size)
        b_pick = rng.choices(businesses, k=size)
        o_pick = rng.choices(owners, k=size)
        a_pick = rng.choices(addresses, k=size)
        f_pick = rng.choices(figures, k=size)
        rows = []
        for i in range(size):
            uid = first_id + done + i
            name, kbli, needs = b_pick[i]
            r = rng.random()
            formal = rng.random() < 0.35
            rows.append((
                uid, name, o_pick[i], regions[i], a_pick[i],
                f"+62812{int(r * 10**16) % 10**8:08d}" if r < 0.6 else None,
                kbli, nib_number(uid, seed) if formal else None, *f_pick[i][:1], needs,
                *f_pick[i][1:],
            ))
        conn.exec_driver_sql(_driver_sql(conn, _UMKM_SQL), rows)
        done += size
        progress.step(done, total, "UMKM")
    conn.execute(
        text(
            "INSERT INTO umkm_snapshots (umkm_id, snapshot_date, annual_sales, capital, "
            "employees, channels, has_nib) SELECT id, :day, annual_sales, capital, employees, "
            "channels, nib IS NOT NULL FROM umkm WHERE id >= :first"
        ),
        {"day": BULK_SNAPSHOT_DATE.isoformat(), "first": first_id},
    )


def _add_students(conn: Connection, rng: random.Random, n: int, progress: Progress,
                  total: int, offset: int) -> None:
    hosts = conn.execute(text("SELECT id FROM universities WHERE kind != 'origin' ORDER BY id")
                         ).scalars().all()
    unis = conn.execute(text("SELECT id, name, region_code FROM universities ORDER BY id")).all()
    info_by_name = {u.name: u for u in (*N.HOSTS, *N.ORIGINS)}
    # Earlier program years, so the bulk students have somewhere realistic to belong.
    first_cohort = _max_id(conn, "cohorts") + 1
    cohort_rows: list[dict[str, Any]] = []
    for h_index, host_id in enumerate(hosts):
        short = N.HOSTS[h_index].short_name if h_index < len(N.HOSTS) else str(host_id)
        for year, sem in ((2021, Semester.GANJIL), (2022, Semester.GENAP),
                          (2022, Semester.GANJIL), (2023, Semester.GENAP)):
            month = 8 if sem == Semester.GANJIL else 2
            cohort_rows.append({
                "id": first_cohort + len(cohort_rows), "name": f"WMK {short} {year} "
                f"{sem.value.capitalize()}", "host": host_id, "year": year, "sem": sem.value,
                "pre": date(year, month, 16).isoformat(),
                "imm": date(year, month + 1, 13).isoformat(),
                "end": date(year + (month == 8), (month + 5) % 12 or 12, 12).isoformat(),
            })
    conn.execute(
        text("INSERT INTO cohorts (id, name, host_university_id, year, semester, "
             "pre_immersion_start, immersion_start, end_date, quota_total) "
             "VALUES (:id, :name, :host, :year, :sem, :pre, :imm, :end, 400)"),
        cohort_rows,
    )
    cohort_ids = [c["id"] for c in cohort_rows]
    taken: dict[int, set[str]] = {}
    for uni_id, nim in conn.execute(text("SELECT university_id, nim FROM students")):
        taken.setdefault(uni_id, set()).add(nim)
    pools = {}
    for u in unis:
        province = (u.region_code or "35")[:2]
        pools[u.id] = [(N.person_name(rng, N.name_group(rng, province), female), female)
                       for female in (rng.random() < 0.55 for _ in range(1500))]
    uni_ids = [u.id for u in unis]
    patterns = {}
    for u in unis:
        info = info_by_name.get(u.name)
        patterns[u.id] = (info.nim_pattern, info.polytechnic) if info else ("YY######", False)
    first_id = _max_id(conn, "students") + 1
    serials: dict[tuple[int, int], int] = {}
    done = 0
    while done < n:
        size = min(BATCH, n - done)
        u_pick = rng.choices(uni_ids, k=size)
        rows = []
        for i in range(size):
            uni_id = u_pick[i]
            pattern, polytechnic = patterns[uni_id]
            cohort = rng.choice(cohort_ids) if rng.random() < 0.85 else None
            entry = rng.randint(2017, 2021)
            # Serial numbers per intake, as campuses issue them; skip the few taken by
            # the small demo (random draws would loop forever on 2-digit patterns).
            seen = taken.setdefault(uni_id, set())
            key = (uni_id, entry)
            serial = serials.get(key, 0)
            while True:
                serial += 1
                nim = N.nim_serial(pattern, entry, serial)
                if nim not in seen:
                    break
            serials[key] = serial
            seen.add(nim)
            name, female = rng.choice(pools[uni_id])
            status = ("registered" if cohort is None else
                      "withdrawn" if rng.random() < 0.06 else "completed")
            rows.append((
                first_id + done + i, uni_id, cohort, nim, name,
                rng.choice(N.POLYTECHNIC_PROGRAMS if polytechnic
                           else N.UNIVERSITY_PROGRAMS),
                rng.choice((5, 6, 7)), "P" if female else "L", status,
                f"+62857{rng.randrange(10**8):08d}" if rng.random() < 0.5 else None,
            ))
        conn.exec_driver_sql(_driver_sql(conn, _STUDENT_SQL), rows)
        done += size
        progress.step(offset + done, total, "students")
