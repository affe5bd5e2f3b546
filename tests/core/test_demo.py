"""Demo data: sizes, internal consistency, valid identifiers, determinism, refusal."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from stdnum.id import nik as stdnum_nik

from wirausaha_app.core.db import fts
from wirausaha_app.core.db.backup import integrity_problems
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.demo import DemoRefusedError, database_is_empty, generate
from wirausaha_app.core.models import Umkm
from wirausaha_app.core.progress import Cancelled, Progress
from wirausaha_app.core.rules import contacts, ids
from wirausaha_app.core.rules.scale import PP_7_2021
from wirausaha_app.core.services.outcomes import outcome_counts


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[str, int]]]:
    database = open_database(tmp_path_factory.mktemp("demo") / "small.db")
    counts = generate(database, "small", seed=7)
    yield database, counts
    database.dispose()


def rows(db: Database, sql: str) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def scalar(db: Database, sql: str) -> int:
    return int(rows(db, sql)[0][0])


def test_counts_match_a_province_year(small: tuple[Database, dict[str, int]]) -> None:
    db, counts = small
    assert counts["universities"] >= 23
    assert scalar(db, "SELECT count(*) FROM universities WHERE kind IN ('host', 'both')") == 3
    assert counts["cohorts"] == 3
    assert 1100 <= counts["students"] <= 1300
    assert 270 <= counts["teams"] <= 330
    assert 80 <= counts["mentors"] <= 100
    assert 4500 <= counts["mentoring_sessions"] <= 5500
    assert counts["umkm"] == 2000
    assert 350 <= counts["pairings"] <= 450
    assert counts["umkm_snapshots"] >= counts["umkm"]
    regions = scalar(db, "SELECT count(DISTINCT u.region_code) FROM umkm u "
                         "JOIN regions r ON r.code = u.region_code WHERE r.province_code = '35'")
    assert regions == 38
    assert scalar(db, "SELECT count(*) FROM umkm u JOIN regions r ON r.code = u.region_code "
                      "WHERE r.province_code != '35'") == 0


def test_database_is_healthy(small: tuple[Database, dict[str, int]]) -> None:
    db, _ = small
    assert db.path is not None
    conn = sqlite3.connect(db.path)
    try:
        assert integrity_problems(conn) == []
    finally:
        conn.close()


def test_teams_have_one_leader_and_members_of_their_cohort(
    small: tuple[Database, dict[str, int]],
) -> None:
    db, _ = small
    bad = rows(db, """
        SELECT t.id, count(m.student_id), sum(m.is_leader)
        FROM teams t LEFT JOIN team_members m ON m.team_id = t.id
        GROUP BY t.id HAVING count(m.student_id) NOT BETWEEN 1 AND 5 OR sum(m.is_leader) != 1
    """)
    assert bad == []
    assert scalar(db, """
        SELECT count(*) FROM team_members m JOIN teams t ON t.id = m.team_id
        JOIN students s ON s.id = m.student_id
        WHERE s.cohort_id IS NOT t.cohort_id OR s.status NOT IN ('active', 'completed')
    """) == 0


def test_mentor_capacity_is_respected(small: tuple[Database, dict[str, int]]) -> None:
    db, _ = small
    over = rows(db, """
        SELECT m.id FROM mentors m JOIN mentor_assignments a ON a.mentor_id = m.id
        GROUP BY m.id HAVING count(*) > m.capacity
    """)
    assert over == []
    # Some teams changed mentor: the history keeps the ended assignment.
    assert scalar(db, "SELECT count(*) FROM mentor_assignments WHERE note IS NOT NULL") > 0


def test_sessions_fall_in_the_cohort_and_attendance_is_the_team(
    small: tuple[Database, dict[str, int]],
) -> None:
    db, _ = small
    assert scalar(db, """
        SELECT count(*) FROM mentoring_sessions s JOIN teams t ON t.id = s.team_id
        JOIN cohorts c ON c.id = t.cohort_id
        WHERE s.session_date < c.pre_immersion_start OR s.session_date > c.end_date
    """) == 0
    assert scalar(db, """
        SELECT count(*) FROM session_attendance a JOIN mentoring_sessions s ON s.id = a.session_id
        LEFT JOIN team_members m ON m.student_id = a.student_id AND m.team_id = s.team_id
        WHERE m.team_id IS NULL
    """) == 0


def test_identifiers_are_valid(small: tuple[Database, dict[str, int]]) -> None:
    db, _ = small
    students = rows(db, "SELECT nik, gender, phone, email, nim FROM students")
    niks = [r for r in students if r[0]]
    assert 0.2 < len(niks) / len(students) < 0.5  # only some students gave a NIK
    for nik, gender, *_ in niks:
        assert stdnum_nik.is_valid(nik), nik
        assert ids.nik(nik) == nik
        assert (int(nik[6:8]) > 40) == (gender == "P")
    for _, _, phone, email, nim in students:
        if phone:
            assert contacts.phone(phone) == phone
        assert contacts.email(email) == email
        assert ids.nim(nim) == nim
    for nib, pirt, code, version in rows(
        db, "SELECT nib, pirt_number, kbli_code, kbli_version FROM umkm"
    ):
        assert ids.nib(nib) == nib
        assert ids.pirt(pirt) == pirt
        assert ids.kbli(code, version) == (code, "2020")
    with_nib = scalar(db, "SELECT count(*) FROM umkm WHERE nib IS NOT NULL")
    assert 0.3 <= with_nib / 2000 <= 0.4


def test_umkm_mirror_their_latest_snapshot(small: tuple[Database, dict[str, int]]) -> None:
    db, _ = small
    latest = rows(db, """
        SELECT u.scale_class, u.annual_sales, u.capital, u.employees, u.channels,
               u.nib IS NOT NULL, s.annual_sales, s.capital, s.employees, s.channels, s.has_nib
        FROM umkm u JOIN umkm_snapshots s ON s.umkm_id = u.id
        WHERE s.snapshot_date = (SELECT max(snapshot_date) FROM umkm_snapshots x
                                 WHERE x.umkm_id = u.id)
    """)
    assert len(latest) == 2000
    for scale, sales, capital, employees, channels, has_nib, *snap in latest:
        assert (sales, capital, employees, channels, has_nib) == tuple(snap)
        assert scale == PP_7_2021.classify(annual_sales=sales, capital=capital)
    classes = dict(rows(db, "SELECT scale_class, count(*) FROM umkm GROUP BY 1"))
    assert classes["mikro"] > 1500 and classes["kecil"] > 50


def test_pairings_respect_cohort_and_capacity_and_show_outcomes(
    small: tuple[Database, dict[str, int]],
) -> None:
    db, _ = small
    assert scalar(db, """
        SELECT count(*) FROM pairings p JOIN teams t ON t.id = p.team_id
        JOIN cohorts c ON c.id = t.cohort_id
        WHERE p.start_date < c.pre_immersion_start OR p.end_date > c.end_date
    """) == 0
    assert scalar(db, "SELECT max(n) FROM (SELECT count(*) n FROM pairings "
                      "WHERE status = 'active' GROUP BY team_id)") <= 3
    assert scalar(db, "SELECT max(n) FROM (SELECT count(*) n FROM pairings "
                      "WHERE status = 'active' GROUP BY umkm_id)") <= 2
    statuses = dict(rows(db, "SELECT status, count(*) FROM pairings GROUP BY 1"))
    assert set(statuses) == {"proposed", "active", "finished", "cancelled"}
    # Outcomes: first vs last snapshot of paired UMKM that ran a pairing.
    outcome = rows(db, """
        WITH ends AS (
            SELECT umkm_id, min(snapshot_date) first_day, max(snapshot_date) last_day
            FROM umkm_snapshots GROUP BY umkm_id)
        SELECT sum(NOT a.has_nib AND b.has_nib),
               sum(a.annual_sales <= 2000000000 AND b.annual_sales > 2000000000),
               sum(instr(b.channels, 'marketplace') > 0 AND instr(a.channels, 'marketplace') = 0)
        FROM ends e
        JOIN umkm_snapshots a ON a.umkm_id = e.umkm_id AND a.snapshot_date = e.first_day
        JOIN umkm_snapshots b ON b.umkm_id = e.umkm_id AND b.snapshot_date = e.last_day
        WHERE e.umkm_id IN (SELECT umkm_id FROM pairings WHERE status IN ('finished', 'active'))
    """)[0]
    formalised, naik_kelas, digital = outcome
    assert formalised >= 20 and naik_kelas >= 10 and digital >= 20


def test_outcome_service_sees_the_three_transformations(
    small: tuple[Database, dict[str, int]],
) -> None:
    db, _ = small
    with db.session() as session:
        counts = outcome_counts(session)
    ran = scalar(db, "SELECT count(*) FROM pairings WHERE status IN ('active', 'finished')")
    assert 0.15 * ran <= counts["formalised"] <= 0.4 * ran
    assert 0.05 * ran <= counts["naik_kelas"] <= 0.2 * ran
    assert 0.3 * ran <= counts["digital"] <= 0.6 * ran


def test_seed_funds_only_for_approved_plans(small: tuple[Database, dict[str, int]]) -> None:
    db, _ = small
    assert scalar(db, """SELECT count(*) FROM seed_fund_entries f JOIN teams t ON t.id = f.team_id
                         WHERE t.business_plan_approved IS NULL""") == 0
    low, high = rows(db, "SELECT min(amount), max(amount) FROM seed_fund_entries "
                         "WHERE kind = 'granted'")[0]
    assert low >= 3_000_000 and high <= 5_000_000


def test_refuses_a_database_that_holds_records(small: tuple[Database, dict[str, int]]) -> None:
    db, counts = small
    assert not database_is_empty(db)
    with pytest.raises(DemoRefusedError, match="empty database"):
        generate(db, "small", seed=7)
    assert scalar(db, "SELECT count(*) FROM students") == counts["students"]


def _digest(db: Database) -> str:
    h = hashlib.sha256()
    for table in ("universities", "students", "teams", "team_members", "mentor_assignments",
                  "mentoring_sessions", "umkm", "umkm_snapshots", "pairings"):
        with db.engine.connect() as conn:
            cols = [c[1] for c in conn.exec_driver_sql(f"PRAGMA table_info({table})")
                    if c[1] not in ("created_at", "updated_at")]
            for row in conn.exec_driver_sql(f"SELECT {', '.join(cols)} FROM {table} ORDER BY 1"):
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def test_same_seed_same_data(small: tuple[Database, dict[str, int]], tmp_path: Path) -> None:
    db, _ = small
    again = open_database(tmp_path / "again.db")
    other = open_database(tmp_path / "other.db")
    try:
        generate(again, "small", seed=7)
        generate(other, "small", seed=8)
        assert _digest(again) == _digest(db)
        assert _digest(other) != _digest(db)
    finally:
        again.dispose()
        other.dispose()


def test_scaled_down_large_build_is_searchable(tmp_path: Path) -> None:
    db = open_database(tmp_path / "large.db")
    try:
        counts = generate(db, "large", seed=3, extra_umkm=20_000, extra_students=5_000)
        assert counts["umkm"] == 22_000
        assert counts["umkm_snapshots"] >= 22_000
        assert counts["students"] >= 5_000 + 1100
        assert scalar(db, "SELECT count(*) FROM umkm_fts") == 22_000
        assert scalar(db, "SELECT count(*) FROM students_fts") == counts["students"]
        # Every bulk row mirrors its snapshot too, and NIBs stay unique.
        assert scalar(db, """SELECT count(*) FROM umkm u JOIN umkm_snapshots s
                             ON s.umkm_id = u.id WHERE u.id > 2000 AND (s.annual_sales
                             IS NOT u.annual_sales OR s.has_nib != (u.nib IS NOT NULL))""") == 0
        owner = rows(db, "SELECT owner_name FROM umkm WHERE id = 21000")[0][0]
        hits = rows(db, f"SELECT rowid FROM umkm_fts WHERE umkm_fts MATCH "
                        f"'{fts.match_query(owner)}'")
        assert (21000,) in hits
        student = rows(db, "SELECT name, nim FROM students ORDER BY id DESC LIMIT 1")[0]
        hits = rows(db, f"SELECT rowid FROM students_fts WHERE students_fts MATCH "
                        f"'{fts.match_query(student[1])}'")
        assert len(hits) >= 1
        # The triggers are back: a new UMKM is searchable at once.
        with db.transaction() as session:
            session.execute(text("INSERT INTO umkm (name, region_code) "
                                 "VALUES ('Keripik Zzyzx Test', '35.78')"))
        assert rows(db, "SELECT count(*) FROM umkm_fts WHERE umkm_fts MATCH 'zzyzx'") == [(1,)]
        assert db.path is not None
        conn = sqlite3.connect(db.path)
        try:
            assert integrity_problems(conn) == []
        finally:
            conn.close()
    finally:
        db.dispose()


class _CancelAfter(Progress):
    def __init__(self, calls: int) -> None:
        super().__init__()
        self.calls = calls

    def report(self, done: int, total: int | None, text: str) -> None:
        self.calls -= 1
        if self.calls <= 0:
            self.cancel()


@pytest.mark.parametrize("calls", [4, 7])  # in the small part; in the bulk part
def test_cancel_leaves_nothing_behind(db: Database, calls: int) -> None:
    assert database_is_empty(db)
    schema = rows(db, "SELECT type, name, sql FROM sqlite_master ORDER BY name")
    cache_size = rows(db, "PRAGMA cache_size")
    with pytest.raises(Cancelled):
        generate(db, "large", extra_umkm=60_000, extra_students=0,
                 progress=_CancelAfter(calls))
    assert database_is_empty(db)
    assert scalar(db, "SELECT count(*) FROM umkm_snapshots") == 0
    # Dropped triggers and indexes are back: the schema is exactly as before.
    assert rows(db, "SELECT type, name, sql FROM sqlite_master ORDER BY name") == schema
    assert rows(db, "PRAGMA cache_size") == cache_size


def test_unknown_size_is_refused(db: Database) -> None:
    with pytest.raises(ValueError):
        generate(db, "huge")


@pytest.mark.postgres
@pytest.mark.skipif(not os.environ.get("WIRAUSAHA_TEST_PG_URL"),
                    reason="WIRAUSAHA_TEST_PG_URL is not set")
def test_demo_on_postgres_matches_sqlite(small: tuple[Database, dict[str, int]]) -> None:
    from tests.core.db.test_postgres import _reset_schema

    url = os.environ["WIRAUSAHA_TEST_PG_URL"]
    _reset_schema(url)
    pg = open_database(url)
    try:
        counts = generate(pg, "large", seed=7, extra_umkm=3_000, extra_students=500)
        _, small_counts = small
        assert counts["teams"] == small_counts["teams"]  # same seed, same data
        assert counts["umkm"] == small_counts["umkm"] + 3_000
        with pg.transaction() as session:  # sequences caught up with the explicit ids
            umkm = Umkm(name="Sesudah demo", region_code="35.78")
            session.add(umkm)
            session.flush()
            assert umkm.id == counts["umkm"] + 1
    finally:
        pg.dispose()
        _reset_schema(url)
