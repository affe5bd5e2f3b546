"""Read-only queries several reports share. Each returns plain tuples/dicts in one
or a few SQL statements (never one query per team), so a 400-student cohort is read
in milliseconds."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import false, func, select
from sqlalchemy.orm import Session

from wirausaha_app.core.models import (
    Mentor,
    MentorAssignment,
    MentoringSession,
    Student,
    Team,
    TeamMember,
    University,
)
from wirausaha_app.core.reports.labels import MENTOR_KIND


@dataclass(frozen=True)
class StudentRow:
    id: int
    name: str
    nim: str
    status: str
    university_id: int
    university: str
    university_short: str | None
    cohort_id: int | None
    team_id: int | None
    team: str | None
    is_leader: bool


def students(
    session: Session,
    *,
    cohort_id: int | None = None,
    university_id: int | None = None,
    team_id: int | None = None,
    statuses: Sequence[str] | None = None,
) -> list[StudentRow]:
    """Students with their university and team, ordered by name."""
    query = (
        select(
            Student.id,
            Student.name,
            Student.nim,
            Student.status,
            University.id,
            University.name,
            University.short_name,
            Student.cohort_id,
            Team.id,
            Team.name,
            func.coalesce(TeamMember.is_leader, false()),
        )
        .join(University, University.id == Student.university_id)
        .outerjoin(TeamMember, TeamMember.student_id == Student.id)
        .outerjoin(Team, Team.id == TeamMember.team_id)
        .order_by(Student.name, Student.id)
    )
    if cohort_id is not None:
        query = query.where(Student.cohort_id == cohort_id)
    if university_id is not None:
        query = query.where(Student.university_id == university_id)
    if team_id is not None:
        query = query.where(TeamMember.team_id == team_id)
    if statuses is not None:
        query = query.where(Student.status.in_(list(statuses)))
    # Rows unpack straight into the dataclass (is_leader coalesced in SQL): on a
    # 10,000-student roster per-row Python work shows up in the report's time.
    return [StudentRow(*row) for row in session.execute(query)]


def members_by_team(session: Session, cohort_id: int) -> dict[int, list[tuple[str, str, bool]]]:
    """team id → [(name, NIM, is leader)], the leader first."""
    found: dict[int, list[tuple[str, str, bool]]] = defaultdict(list)
    rows = session.execute(
        select(TeamMember.team_id, Student.name, Student.nim, TeamMember.is_leader)
        .join(Student, Student.id == TeamMember.student_id)
        .join(Team, Team.id == TeamMember.team_id)
        .where(Team.cohort_id == cohort_id)
        .order_by(TeamMember.team_id, TeamMember.is_leader.desc(), Student.name)
    )
    for team_id, name, nim, leader in rows:
        found[team_id].append((name, nim, bool(leader)))
    return found


def mentors_by_team(
    session: Session, team_ids: Sequence[int] | None = None, cohort_id: int | None = None
) -> dict[int, list[str]]:
    """team id → names of its mentors (current assignments first), "Name (DPL)"."""
    query = (
        select(MentorAssignment.team_id, Mentor.name, Mentor.kind, MentorAssignment.end_date)
        .join(Mentor, Mentor.id == MentorAssignment.mentor_id)
        .join(Team, Team.id == MentorAssignment.team_id)
        .order_by(MentorAssignment.team_id, MentorAssignment.end_date.is_not(None), Mentor.name)
    )
    if cohort_id is not None:
        query = query.where(Team.cohort_id == cohort_id)
    if team_ids is not None:
        query = query.where(MentorAssignment.team_id.in_(list(team_ids)))
    found: dict[int, list[str]] = defaultdict(list)
    for team_id, name, kind, _end in session.execute(query):
        text = f"{name} ({MENTOR_KIND.get(kind, kind)})"
        if text not in found[team_id]:
            found[team_id].append(text)
    return found


def session_minutes_by_date(session: Session, cohort_id: int) -> list[tuple[date, int]]:
    """(date, minutes) of every mentoring session of the cohort's teams."""
    rows = session.execute(
        select(MentoringSession.session_date, MentoringSession.duration_minutes)
        .join(Team, Team.id == MentoringSession.team_id)
        .where(Team.cohort_id == cohort_id)
    )
    return [(day, int(minutes)) for day, minutes in rows]


def week_buckets(
    sessions: Sequence[tuple[date, int]], start: date | None, *, limit: int = 26
) -> list[tuple[str, float]]:
    """Hours per program week ("M1", "M2", …) counted from ``start`` (or the first
    session); weeks past ``limit`` are folded into the last bar."""
    if not sessions:
        return []
    origin = start or min(day for day, _ in sessions)
    origin = min(origin, min(day for day, _ in sessions))
    minutes: dict[int, int] = defaultdict(int)
    for day, mins in sessions:
        minutes[min((day - origin).days // 7, limit - 1)] += mins
    last = max(minutes)
    return [(f"M{week + 1}", minutes.get(week, 0) / 60) for week in range(last + 1)]
