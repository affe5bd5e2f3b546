"""Export a database with full personal data, import the workbook into an empty database:
every record and relation comes back equal."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.core.xlsx.conftest import populate
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.models import (
    Cohort,
    Mentor,
    MentorAssignment,
    MentoringSession,
    Pairing,
    SeedFundEntry,
    SessionAttendance,
    Student,
    Team,
    TeamMember,
    TeamOutput,
    Umkm,
    UmkmSnapshot,
    University,
)
from wirausaha_app.core.xlsx.export import export_database
from wirausaha_app.core.xlsx.importer import run_import
from wirausaha_app.core.xlsx.kinds import KINDS, WORKBOOK_ORDER

SKIP = {"id", "created_at", "updated_at"}


def _snapshot(db: Database) -> dict[str, list[tuple]]:
    with db.session() as s:
        uni = {u.id: u.name for u in s.scalars(select(University))}
        cohort = {c.id: c.name for c in s.scalars(select(Cohort))}
        student = {st.id: (uni[st.university_id], st.nim) for st in s.scalars(select(Student))}
        team = {t.id: t.name for t in s.scalars(select(Team))}
        mentor = {m.id: m.name for m in s.scalars(select(Mentor))}

        def plain(obj, replace) -> tuple:
            cols = [c.key for c in obj.__table__.columns if c.key not in SKIP]
            return tuple(sorted((k, replace.get(k, lambda v: v)(getattr(obj, k))) for k in cols))

        ref = {
            "university_id": lambda v: uni.get(v), "host_university_id": lambda v: uni.get(v),
            "cohort_id": lambda v: cohort.get(v), "team_id": lambda v: team.get(v),
            "mentor_id": lambda v: mentor.get(v), "student_id": lambda v: student.get(v),
            "session_id": lambda v: v and "session",
        }
        out: dict[str, list[tuple]] = {}
        umkm = {u.id: u.name for u in s.scalars(select(Umkm))}
        ref["umkm_id"] = lambda v: umkm.get(v)
        models = (University, Cohort, Student, Mentor, Team, Umkm, MentoringSession, TeamMember,
                  SessionAttendance, MentorAssignment, SeedFundEntry, TeamOutput, Pairing,
                  UmkmSnapshot)
        for model in models:
            rows = [plain(o, ref) for o in s.scalars(select(model))]
            assert rows, model
            out[model.__tablename__] = sorted(rows, key=repr)
    return out


def test_round_trip(sample_db: Database, tmp_path: Path) -> None:
    workbook = tmp_path / "semua.xlsx"
    export_database(sample_db, workbook, full=True)
    target = open_database(tmp_path / "kosong.db")
    try:
        for kind in WORKBOOK_ORDER:
            plan, result = run_import(target, kind, workbook, sheet=KINDS[kind].title)
            assert plan.problems == [], (kind, plan.report_lines())
            assert result is not None and result.inserted > 0, kind
        assert _snapshot(target) == _snapshot(sample_db)
    finally:
        target.dispose()


def test_round_trip_of_umkm_keeps_snapshot_figures(db: Database, tmp_path: Path) -> None:
    populate(db)
    workbook = tmp_path / "umkm.xlsx"
    export_database(db, workbook, full=True)
    target = open_database(tmp_path / "t.db")
    try:
        run_import(target, "umkm", workbook, sheet="UMKM")
        with target.session() as s:
            umkm = s.scalars(select(Umkm)).one()
            assert umkm.scale_class == "mikro" and umkm.annual_sales == 150_000_000
            assert [snap.snapshot_date.isoformat() for snap in umkm.snapshots] == ["2023-12-01"]
    finally:
        target.dispose()


@pytest.mark.slow
def test_round_trip_of_demo_data(db: Database, tmp_path: Path) -> None:
    """The demo province year (1,200 students, 2,000 UMKM, 5,000 sessions) survives a full
    export and import: every count, including the outcome indicators, is equal."""
    from wirausaha_app.core.demo import generate
    from wirausaha_app.core.services.stats import entity_counts

    generate(db, "small", 7)
    workbook = tmp_path / "demo.xlsx"
    export_database(db, workbook, full=True)
    target = open_database(tmp_path / "kosong.db")
    try:
        for kind in WORKBOOK_ORDER:
            plan, _ = run_import(target, kind, workbook, sheet=KINDS[kind].title)
            assert plan.problems == [], (kind, plan.report_lines()[:5])
        with db.session() as a, target.session() as b:
            assert entity_counts(b) == entity_counts(a)
    finally:
        target.dispose()
