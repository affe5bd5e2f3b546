"""Regions, university partners and cohorts (angkatan)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wirausaha_app.core.models.base import Base, Timestamped, enum_check
from wirausaha_app.core.models.enums import Semester, UniversityKind

if TYPE_CHECKING:
    from wirausaha_app.core.models.people import Student
    from wirausaha_app.core.models.teams import Team


class Region(Base):
    """A kabupaten/kota with its Kemendagri code (``35.78`` = Kota Surabaya)."""

    __tablename__ = "regions"

    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    province_code: Mapped[str] = mapped_column(String(2), index=True)
    province: Mapped[str] = mapped_column(String(60))
    area_km2: Mapped[float | None] = mapped_column(Float)
    population: Mapped[int | None] = mapped_column(Integer)


class University(Timestamped, Base):
    __tablename__ = "universities"
    __table_args__ = (
        enum_check("kind", UniversityKind),
        CheckConstraint(
            "mou_valid_until IS NULL OR mou_valid_from IS NULL"
            " OR mou_valid_until >= mou_valid_from",
            name="mou_period",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(10), default=UniversityKind.ORIGIN, index=True)
    region_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), index=True)
    address: Mapped[str | None] = mapped_column(Text)
    mou_number: Mapped[str | None] = mapped_column(String(100))
    mou_valid_from: Mapped[date | None]
    mou_valid_until: Mapped[date | None]
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    contact_email: Mapped[str | None] = mapped_column(String(254))

    region: Mapped[Region | None] = relationship()
    students: Mapped[list[Student]] = relationship(back_populates="university")
    cohorts: Mapped[list[Cohort]] = relationship(back_populates="host_university")


class Cohort(Timestamped, Base):
    """One semester of the program run by a host university."""

    __tablename__ = "cohorts"
    __table_args__ = (
        enum_check("semester", Semester),
        CheckConstraint("year BETWEEN 2020 AND 2100", name="year_range"),
        CheckConstraint("quota_total IS NULL OR quota_total >= 0", name="quota_positive"),
        CheckConstraint(
            "pre_immersion_start IS NULL OR immersion_start IS NULL"
            " OR immersion_start >= pre_immersion_start",
            name="stage_order",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    host_university_id: Mapped[int] = mapped_column(
        ForeignKey("universities.id", ondelete="RESTRICT"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    semester: Mapped[str] = mapped_column(String(10), default=Semester.GANJIL)
    pre_immersion_start: Mapped[date | None]
    immersion_start: Mapped[date | None]
    post_immersion_start: Mapped[date | None]
    end_date: Mapped[date | None]
    expo_date: Mapped[date | None]
    quota_total: Mapped[int | None] = mapped_column(Integer)
    quota_internal_percent: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)

    host_university: Mapped[University] = relationship(back_populates="cohorts")
    students: Mapped[list[Student]] = relationship(back_populates="cohort")
    teams: Mapped[list[Team]] = relationship(back_populates="cohort")


Index("ix_cohorts_year_semester", Cohort.year, Cohort.semester)
