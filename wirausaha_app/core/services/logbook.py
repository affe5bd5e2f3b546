"""The mentoring logbook: sessions with per-student attendance, written in one transaction.

Attendance may only name members of the session's team; students left out of the
mapping simply have no attendance row (the form offers every member).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.models import (
    Mentor,
    MentoringSession,
    SessionAttendance,
    Team,
    TeamMember,
)
from wirausaha_app.core.models.enums import AttendanceStatus, SessionMethod, values
from wirausaha_app.core.services.mentoring_common import FieldError, delete_logged
from wirausaha_app.core.services.records.base import log_change

MAX_MINUTES = 720
_FIELDS = ("team_id", "mentor_id", "session_date", "duration_minutes", "topic", "attendance")


@dataclass
class SessionInput:
    team_id: int
    mentor_id: int
    session_date: date
    duration_minutes: int
    topic: str
    method: str = SessionMethod.OFFLINE
    start_time: time | None = None
    place: str | None = None  # address (offline) or meeting link (online)
    notes: str | None = None
    attendance: Mapping[int, str] = field(default_factory=dict)  # student id -> status


def team_member_ids(session: Session, team_id: int) -> list[int]:
    return list(session.scalars(select(TeamMember.student_id).where(TeamMember.team_id == team_id)))


def _validate(session: Session, data: SessionInput) -> None:
    if session.get(Team, data.team_id) is None:
        raise FieldError("team_id", msg(QT_TRANSLATE_NOOP("Logbook", "Choose a team.")))
    if session.get(Mentor, data.mentor_id) is None:
        raise FieldError("mentor_id", msg(QT_TRANSLATE_NOOP("Logbook", "Choose a mentor.")))
    if not (data.topic or "").strip():
        raise FieldError("topic", msg(QT_TRANSLATE_NOOP("Logbook", "Write the session's topic.")))
    if not 0 < data.duration_minutes <= MAX_MINUTES:
        raise FieldError(
            "duration_minutes",
            msg(
                QT_TRANSLATE_NOOP("Logbook", "The duration must be between 1 and {max} minutes."),
                max=MAX_MINUTES,
            ),
        )
    if data.method not in values(SessionMethod):
        raise FieldError("method", msg(QT_TRANSLATE_NOOP("Logbook", "Choose offline or online.")))
    members = set(team_member_ids(session, data.team_id))
    for student_id, status in data.attendance.items():
        if student_id not in members:
            raise FieldError(
                "attendance",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Logbook", "Student #{student} is not a member of this team."
                    ),
                    student=student_id,
                ),
            )
        if status not in values(AttendanceStatus):
            raise FieldError(
                "attendance",
                msg(
                    QT_TRANSLATE_NOOP("Logbook", "Unknown attendance status '{status}'."),
                    status=status,
                ),
            )


def _apply(row: MentoringSession, data: SessionInput) -> None:
    row.team_id = data.team_id
    row.mentor_id = data.mentor_id
    row.session_date = data.session_date
    row.start_time = data.start_time
    row.duration_minutes = data.duration_minutes
    row.method = str(data.method)
    row.place = (data.place or "").strip() or None
    row.topic = data.topic.strip()
    row.notes = (data.notes or "").strip() or None


def log_session(db: Database, data: SessionInput) -> int:
    """Save a new session with its attendance; returns the session id."""
    with db.transaction() as session:
        _validate(session, data)
        row = MentoringSession()
        _apply(row, data)
        row.attendance = [
            SessionAttendance(student_id=sid, status=str(st)) for sid, st in data.attendance.items()
        ]
        session.add(row)
        session.flush()
        log_change(session, "mentoring_sessions", row.id, "create", _FIELDS)
        return row.id


def update_session(db: Database, session_id: int, data: SessionInput) -> None:
    with db.transaction() as session:
        row = session.get(MentoringSession, session_id)
        if row is None:
            raise UserError(msg(QT_TRANSLATE_NOOP("Logbook", "The session no longer exists.")))
        _validate(session, data)
        _apply(row, data)
        row.attendance.clear()
        session.flush()  # delete old attendance rows before re-adding the same keys
        log_change(session, "mentoring_sessions", session_id, "update", _FIELDS)
        row.attendance.extend(
            SessionAttendance(student_id=sid, status=str(st)) for sid, st in data.attendance.items()
        )


def delete_session(db: Database, session_id: int) -> None:
    delete_logged(db, MentoringSession.id, "mentoring_sessions", [session_id])


def delete_sessions(db: Database, ids: Sequence[int]) -> None:
    """Delete sessions (and their attendance) in one transaction."""
    delete_logged(db, MentoringSession.id, "mentoring_sessions", ids)


def load_session(session: Session, session_id: int) -> SessionInput | None:
    """The stored session as the input the form edits (None when deleted)."""
    row = session.get(MentoringSession, session_id)
    if row is None:
        return None
    return SessionInput(
        team_id=row.team_id,
        mentor_id=row.mentor_id,
        session_date=row.session_date,
        duration_minutes=row.duration_minutes,
        topic=row.topic,
        method=row.method,
        start_time=row.start_time,
        place=row.place,
        notes=row.notes,
        attendance={a.student_id: a.status for a in row.attendance},
    )
