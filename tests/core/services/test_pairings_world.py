"""Hand-made data for the mentoring / pairing tests (builders, no tests of its own)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import (
    Cohort,
    Mentor,
    Student,
    Team,
    TeamMember,
    Umkm,
    UmkmSnapshot,
    University,
)

SURABAYA, SIDOARJO, MALANG, SUMENEP = "35.78", "35.15", "35.07", "35.29"


def university(db: Database, name: str = "Universitas Jember", region: str = "35.09") -> int:
    with db.transaction() as s:
        row = University(name=name, kind="both", region_code=region)
        s.add(row)
        s.flush()
        return row.id


def cohort(db: Database, host_id: int, name: str = "WMK 2025") -> int:
    with db.transaction() as s:
        row = Cohort(name=name, host_university_id=host_id, year=2025, semester="ganjil")
        s.add(row)
        s.flush()
        return row.id


def team(
    db: Database,
    cohort_id: int,
    name: str,
    *,
    members: Sequence[tuple[str, int]] = (),
    region: str | None = SURABAYA,
    kbli: str | None = None,
) -> tuple[int, list[int]]:
    """A team and its students ((name, university id) each; the first leads)."""
    with db.transaction() as s:
        row = Team(cohort_id=cohort_id, name=name, region_code=region, kbli_code=kbli)
        s.add(row)
        s.flush()
        ids = []
        for i, (student_name, uni) in enumerate(members):
            student = Student(
                university_id=uni, cohort_id=cohort_id, nim=f"{name}-{i}", name=student_name
            )
            s.add(student)
            s.flush()
            s.add(TeamMember(team_id=row.id, student_id=student.id, is_leader=i == 0))
            ids.append(student.id)
        return row.id, ids


def mentor(db: Database, name: str = "Dr. Sari", capacity: int = 2) -> int:
    with db.transaction() as s:
        row = Mentor(name=name, capacity=capacity)
        s.add(row)
        s.flush()
        return row.id


def umkm(
    db: Database,
    name: str,
    *,
    region: str = SURABAYA,
    kbli: str | None = None,
    needs: str | None = None,
    nib: str | None = None,
    snapshots: Sequence[dict[str, object]] = (),
) -> int:
    with db.transaction() as s:
        row = Umkm(name=name, region_code=region, kbli_code=kbli, needs=needs, nib=nib)
        s.add(row)
        s.flush()
        for snap in snapshots:
            s.add(UmkmSnapshot(umkm_id=row.id, **snap))
        return row.id


def d(text: str) -> date:
    return date.fromisoformat(text)
