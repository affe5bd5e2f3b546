"""Small read-only queries behind the forms' pickers.

Short lists (regions, universities, cohorts, a cohort's students) are returned
whole; big tables (students, UMKM: up to a million rows) are searched by prefix
through their FTS5 index (a case-insensitive ``'prefix%'`` match elsewhere) with a
row limit.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, or_, select, text
from sqlalchemy.orm import Session

from wirausaha_app.core.db import fts
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.db.sqlfuncs import starts_with_icase
from wirausaha_app.core.models import Cohort, Mentor, Region, Student, TeamMember, Umkm, University

HOME_PROVINCE = "35"  # Jawa Timur: its regions come first in every region list


@dataclass(frozen=True)
class Choice:
    id: int | str
    label: str
    detail: str = ""


def regions(db: Database) -> list[Choice]:
    """Every kabupaten/kota, Jawa Timur first, then by province and name."""
    with db.session() as session:
        rows = session.execute(
            select(Region.code, Region.name, Region.province).order_by(
                case((Region.province_code == HOME_PROVINCE, 0), else_=1),
                Region.province_code,
                Region.name,
            )
        ).all()
    return [Choice(r.code, r.name, r.province) for r in rows]


def universities(db: Database) -> list[Choice]:
    with db.session() as session:
        rows = session.execute(
            select(University.id, University.name, University.short_name).order_by(University.name)
        ).all()
    return [Choice(r.id, r.name, r.short_name or "") for r in rows]


def cohorts(db: Database) -> list[Choice]:
    with db.session() as session:
        rows = session.execute(
            select(Cohort.id, Cohort.name, Cohort.year).order_by(Cohort.year.desc(), Cohort.name)
        ).all()
    return [Choice(r.id, r.name, str(r.year)) for r in rows]


@dataclass(frozen=True)
class StudentChoice:
    id: int
    name: str
    nim: str
    team_id: int | None


def students_of_cohort(db: Database, cohort_id: int) -> list[StudentChoice]:
    """A cohort's students (a few hundred at most) with the team each is in."""
    with db.session() as session:
        rows = session.execute(
            select(Student.id, Student.name, Student.nim, TeamMember.team_id)
            .outerjoin(TeamMember, TeamMember.student_id == Student.id)
            .where(Student.cohort_id == cohort_id)
            .order_by(Student.name, Student.id)
        ).all()
    return [StudentChoice(r.id, r.name, r.nim, r.team_id) for r in rows]


def _fts_ids(session: Session, index: fts.FtsIndex, query: str, limit: int) -> list[int] | None:
    """Ids whose words start with the typed words (FTS5, or PostgreSQL's word index)."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        words = fts.pg_query(query)
        if not words:
            return []
        statement = fts.pg_match_sql(index) + " LIMIT :n"
        return [int(r[0]) for r in conn.execute(text(statement), {"q": words, "n": limit})]
    if not fts.available(conn):
        return None
    match = fts.match_query(query)
    if not match:
        return []
    result = conn.execute(
        text(f"SELECT rowid FROM {index.name} WHERE {index.name} MATCH :q LIMIT :n"),
        {"q": match, "n": limit},
    )
    return [int(r[0]) for r in result]


def search_umkm(db: Database, query: str, limit: int = 50) -> list[Choice]:
    """UMKM whose name, owner or NIB start with the typed words."""
    with db.session() as session:
        ids = _fts_ids(session, fts.UMKM_FTS, query, limit)
        stmt = select(Umkm.id, Umkm.name, Umkm.owner_name, Umkm.nib, Region.name.label("region"))
        stmt = stmt.join(Region, Region.code == Umkm.region_code)
        if ids is None:
            typed = query.strip()
            if not typed:  # as an empty FTS match: nothing typed, nothing found
                return []
            stmt = stmt.where(
                or_(starts_with_icase(Umkm.name, typed), starts_with_icase(Umkm.nib, typed))
            ).limit(limit)
        else:
            stmt = stmt.where(Umkm.id.in_(ids))
        rows = session.execute(stmt.order_by(Umkm.name)).all()
    return [
        Choice(r.id, r.name, " · ".join(x for x in (r.owner_name, r.region, r.nib) if x))
        for r in rows
    ]


def search_students(
    db: Database, query: str, limit: int = 50, cohort_id: int | None = None
) -> list[StudentChoice]:
    """Students whose name or NIM start with the typed words."""
    with db.session() as session:
        stmt = select(Student.id, Student.name, Student.nim, TeamMember.team_id).outerjoin(
            TeamMember, TeamMember.student_id == Student.id
        )
        # Within a cohort the list is short: filter it directly; globally use the index.
        ids = None if cohort_id is not None else _fts_ids(session, fts.STUDENTS_FTS, query, limit)
        if ids is None:
            typed = query.strip()
            if not typed and cohort_id is None:  # as an empty FTS match
                return []
            stmt = stmt.where(
                or_(starts_with_icase(Student.name, typed), starts_with_icase(Student.nim, typed))
            )
            if cohort_id is not None:
                stmt = stmt.where(Student.cohort_id == cohort_id)
            stmt = stmt.limit(limit)
        else:
            stmt = stmt.where(Student.id.in_(ids))
        rows = session.execute(stmt.order_by(Student.name)).all()
    return [StudentChoice(r.id, r.name, r.nim, r.team_id) for r in rows]


def umkm_label(db: Database, umkm_id: int) -> str:
    with db.session() as session:
        return session.scalar(select(Umkm.name).where(Umkm.id == umkm_id)) or ""


def mentors(db: Database) -> list[Choice]:
    with db.session() as session:
        rows = session.execute(select(Mentor.id, Mentor.name).order_by(Mentor.name)).all()
    return [Choice(r.id, r.name) for r in rows]
