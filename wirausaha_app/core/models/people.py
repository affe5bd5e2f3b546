"""Students and mentors: the people of the program (personal data, see UU 27/2022)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wirausaha_app.core.models.base import Base, Timestamped, enum_check
from wirausaha_app.core.models.enums import Gender, MentorKind, StudentStatus

if TYPE_CHECKING:
    from wirausaha_app.core.models.program import Cohort, University
    from wirausaha_app.core.models.teams import TeamMember


class Student(Timestamped, Base):
    __tablename__ = "students"
    __table_args__ = (
        UniqueConstraint("university_id", "nim"),
        enum_check("status", StudentStatus),
        enum_check("gender", Gender),
        CheckConstraint("semester IS NULL OR semester BETWEEN 1 AND 14", name="semester_range"),
        CheckConstraint("nik IS NULL OR length(nik) = 16", name="nik_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    university_id: Mapped[int] = mapped_column(
        ForeignKey("universities.id", ondelete="RESTRICT"), index=True
    )
    cohort_id: Mapped[int | None] = mapped_column(
        ForeignKey("cohorts.id", ondelete="RESTRICT"), index=True
    )
    nim: Mapped[str] = mapped_column(String(30), index=True)
    name: Mapped[str] = mapped_column(String(200))
    study_program: Mapped[str | None] = mapped_column(String(200))  # prodi
    semester: Mapped[int | None] = mapped_column(Integer)
    gender: Mapped[str | None] = mapped_column(String(1))
    status: Mapped[str] = mapped_column(String(12), default=StudentStatus.REGISTERED, index=True)
    phone: Mapped[str | None] = mapped_column(String(20))  # E.164
    email: Mapped[str | None] = mapped_column(String(254))
    nik: Mapped[str | None] = mapped_column(String(16))  # optional, masked in exports
    notes: Mapped[str | None] = mapped_column(Text)

    university: Mapped[University] = relationship(back_populates="students")
    cohort: Mapped[Cohort | None] = relationship(back_populates="students")
    membership: Mapped[TeamMember | None] = relationship(back_populates="student")


Index("ix_students_name", Student.name)
Index("ix_students_cohort_name", Student.cohort_id, Student.name)


class Mentor(Timestamped, Base):
    """A DPL (academic mentor) or practitioner; capacity is a number of teams."""

    __tablename__ = "mentors"
    __table_args__ = (
        enum_check("kind", MentorKind),
        CheckConstraint("capacity >= 0", name="capacity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(15), default=MentorKind.DPL, index=True)
    university_id: Mapped[int | None] = mapped_column(
        ForeignKey("universities.id", ondelete="RESTRICT"), index=True
    )
    organisation: Mapped[str | None] = mapped_column(String(200))
    expertise: Mapped[str | None] = mapped_column(String(300))
    capacity: Mapped[int] = mapped_column(Integer, default=5)
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    notes: Mapped[str | None] = mapped_column(Text)

    university: Mapped[University | None] = relationship()
