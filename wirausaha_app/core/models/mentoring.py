"""Mentor assignments to teams and the mentoring logbook with attendance."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wirausaha_app.core.models.base import Base, Timestamped, enum_check
from wirausaha_app.core.models.enums import AttendanceStatus, SessionMethod
from wirausaha_app.core.models.people import Mentor, Student
from wirausaha_app.core.models.teams import Team


class MentorAssignment(Timestamped, Base):
    """A mentor looks after a team from start to end; ended rows are the history."""

    __tablename__ = "mentor_assignments"
    __table_args__ = (CheckConstraint("end_date IS NULL OR end_date >= start_date", name="period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mentor_id: Mapped[int] = mapped_column(
        ForeignKey("mentors.id", ondelete="RESTRICT"), index=True
    )
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    note: Mapped[str | None] = mapped_column(Text)

    mentor: Mapped[Mentor] = relationship()
    team: Mapped[Team] = relationship()


class MentoringSession(Timestamped, Base):
    __tablename__ = "mentoring_sessions"
    __table_args__ = (
        enum_check("method", SessionMethod),
        CheckConstraint("duration_minutes > 0 AND duration_minutes <= 720", name="duration_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    mentor_id: Mapped[int] = mapped_column(
        ForeignKey("mentors.id", ondelete="RESTRICT"), index=True
    )
    session_date: Mapped[date] = mapped_column(index=True)
    start_time: Mapped[time | None]
    duration_minutes: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(10), default=SessionMethod.OFFLINE)
    place: Mapped[str | None] = mapped_column(String(300))  # address or meeting link
    topic: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)

    team: Mapped[Team] = relationship()
    mentor: Mapped[Mentor] = relationship()
    attendance: Mapped[list[SessionAttendance]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )


Index("ix_mentoring_sessions_team_date", MentoringSession.team_id, MentoringSession.session_date)


class SessionAttendance(Base):
    __tablename__ = "session_attendance"
    __table_args__ = (enum_check("status", AttendanceStatus),)

    session_id: Mapped[int] = mapped_column(
        ForeignKey("mentoring_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    student_id: Mapped[int] = mapped_column(
        ForeignKey("students.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    status: Mapped[str] = mapped_column(String(10), default=AttendanceStatus.PRESENT)

    session: Mapped[MentoringSession] = relationship(back_populates="attendance")
    student: Mapped[Student] = relationship()
