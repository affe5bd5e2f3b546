"""Recaps of the mentoring logbook (all computed in SQL; results are plain rows).

- hours per team / per mentor: sum of session durations;
- hours per student: only sessions the student attended as ``present``;
- students never mentored: cohort students in a team with no ``present`` attendance;
- teams without a session in N weeks (as of a date): last session older than
  ``as_of - N weeks`` or none at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from wirausaha_app.core.models import (
    Mentor,
    MentoringSession,
    SessionAttendance,
    Student,
    Team,
    TeamMember,
)
from wirausaha_app.core.models.enums import AttendanceStatus


@dataclass(frozen=True)
class HoursRow:
    id: int
    name: str
    sessions: int
    minutes: int

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class IdleTeam:
    team_id: int
    name: str
    last_session: date | None


def _period(start: date | None, end: date | None) -> list[ColumnElement[bool]]:
    """Conditions keeping the sessions dated within [start, end] (a missing bound is open)."""
    conditions = []
    if start is not None:
        conditions.append(MentoringSession.session_date >= start)
    if end is not None:
        conditions.append(MentoringSession.session_date <= end)
    return conditions


def _per_person(person: type[Mentor] | type[Student]) -> Select:
    """Sessions and minutes per mentor or student, by name; the caller joins the sessions."""
    return (
        select(
            person.id,
            person.name,
            func.count(MentoringSession.id),
            func.sum(MentoringSession.duration_minutes),
        )
        .group_by(person.id, person.name)
        .order_by(person.name, person.id)
    )


def hours_per_team(
    session: Session,
    cohort_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[HoursRow]:
    """Every team of the cohort (zero when never mentored), by name."""
    minutes = func.coalesce(func.sum(MentoringSession.duration_minutes), 0)
    query = (
        select(Team.id, Team.name, func.count(MentoringSession.id), minutes)
        .outerjoin(
            MentoringSession, and_(MentoringSession.team_id == Team.id, *_period(start, end))
        )
        .group_by(Team.id, Team.name)
        .order_by(Team.name, Team.id)
    )
    if cohort_id is not None:
        query = query.where(Team.cohort_id == cohort_id)
    return [HoursRow(*row) for row in session.execute(query)]


def hours_per_mentor(
    session: Session,
    cohort_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[HoursRow]:
    """Mentors with at least one session in the period (and cohort), by name."""
    query = _per_person(Mentor).join(MentoringSession, MentoringSession.mentor_id == Mentor.id)
    if cohort_id is not None:
        query = query.join(Team, Team.id == MentoringSession.team_id).where(
            Team.cohort_id == cohort_id
        )
    return [HoursRow(*row) for row in session.execute(query.where(*_period(start, end)))]


def hours_per_student(
    session: Session,
    cohort_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[HoursRow]:
    """Students with present attendance: sessions and minutes they were there."""
    query = (
        _per_person(Student)
        .join(SessionAttendance, SessionAttendance.student_id == Student.id)
        .join(MentoringSession, MentoringSession.id == SessionAttendance.session_id)
        .where(SessionAttendance.status == AttendanceStatus.PRESENT.value)
    )
    if cohort_id is not None:
        query = query.where(Student.cohort_id == cohort_id)
    return [HoursRow(*row) for row in session.execute(query.where(*_period(start, end)))]


def students_never_mentored(
    session: Session, cohort_id: int | None = None
) -> list[tuple[int, str]]:
    """Team members who were never present at a session: (student id, name)."""
    present = select(SessionAttendance.student_id).where(
        SessionAttendance.status == AttendanceStatus.PRESENT.value
    )
    query = (
        select(Student.id, Student.name)
        .join(TeamMember, TeamMember.student_id == Student.id)
        .where(Student.id.not_in(present))
        .order_by(Student.name, Student.id)
    )
    if cohort_id is not None:
        query = query.join(Team, Team.id == TeamMember.team_id).where(Team.cohort_id == cohort_id)
    return [(int(i), str(n)) for i, n in session.execute(query)]


def teams_without_session(
    session: Session, weeks: int, as_of: date, cohort_id: int | None = None
) -> list[IdleTeam]:
    """Teams whose last session (on or before ``as_of``) is more than ``weeks`` weeks old."""
    since = as_of - timedelta(weeks=weeks)
    last = (
        select(MentoringSession.team_id, func.max(MentoringSession.session_date).label("last"))
        .where(MentoringSession.session_date <= as_of)
        .group_by(MentoringSession.team_id)
        .subquery()
    )
    query = (
        select(Team.id, Team.name, last.c.last)
        .outerjoin(last, last.c.team_id == Team.id)
        .where((last.c.last.is_(None)) | (last.c.last <= since))
        .order_by(last.c.last.is_not(None), last.c.last, Team.name)
    )
    if cohort_id is not None:
        query = query.where(Team.cohort_id == cohort_id)
    return [IdleTeam(int(i), str(n), d) for i, n, d in session.execute(query)]
