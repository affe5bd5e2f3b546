"""Teams (kelompok usaha), their members, seed funding and program outputs (luaran)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wirausaha_app.core.models.base import Base, Money, Timestamped, enum_check
from wirausaha_app.core.models.enums import KbliVersion, OutputStatus, SeedFundKind

if TYPE_CHECKING:
    from wirausaha_app.core.models.people import Student
    from wirausaha_app.core.models.program import Cohort


class Team(Timestamped, Base):
    __tablename__ = "teams"
    __table_args__ = (
        UniqueConstraint("cohort_id", "name"),
        enum_check("kbli_version", KbliVersion),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(
        ForeignKey("cohorts.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200), index=True)
    business_name: Mapped[str | None] = mapped_column(String(200))
    sector: Mapped[str | None] = mapped_column(String(100), index=True)  # bidang usaha
    kbli_code: Mapped[str | None] = mapped_column(String(5))
    kbli_version: Mapped[str | None] = mapped_column(String(4))
    region_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), index=True)
    business_plan_approved: Mapped[date | None]
    bank_account: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)

    cohort: Mapped[Cohort] = relationship(back_populates="teams")
    members: Mapped[list[TeamMember]] = relationship(
        back_populates="team", cascade="all, delete-orphan"
    )
    seed_funds: Mapped[list[SeedFundEntry]] = relationship(
        back_populates="team", cascade="all, delete-orphan"
    )
    outputs: Mapped[list[TeamOutput]] = relationship(
        back_populates="team", cascade="all, delete-orphan"
    )

    @property
    def leader(self) -> Student | None:
        return next((m.student for m in self.members if m.is_leader), None)


class TeamMember(Base):
    """A student belongs to at most one team; a team has exactly one leader (ketua)."""

    __tablename__ = "team_members"
    __table_args__ = (
        Index(
            "uq_team_members_one_leader",
            "team_id",
            unique=True,
            sqlite_where=text("is_leader = 1"),
            postgresql_where=text("is_leader"),
        ),
    )

    team_id: Mapped[int] = mapped_column(
        ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True
    )
    student_id: Mapped[int] = mapped_column(
        ForeignKey("students.id", ondelete="CASCADE"), primary_key=True, unique=True
    )
    is_leader: Mapped[bool] = mapped_column(Boolean, default=False)

    team: Mapped[Team] = relationship(back_populates="members")
    student: Mapped[Student] = relationship(back_populates="membership")


class SeedFundEntry(Timestamped, Base):
    """One line of a team's seed-funding ledger (bantuan dana usaha), in whole rupiah."""

    __tablename__ = "seed_fund_entries"
    __table_args__ = (
        enum_check("kind", SeedFundKind),
        CheckConstraint("amount >= 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    entry_date: Mapped[date]
    kind: Mapped[str] = mapped_column(String(10))
    amount: Mapped[int] = mapped_column(Money)
    note: Mapped[str | None] = mapped_column(Text)

    team: Mapped[Team] = relationship(back_populates="seed_funds")


class OutputKind(Base):
    """Configurable list of program outputs (produk, NIB, HKI, expo, uji kompetensi)."""

    __tablename__ = "output_kinds"

    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class TeamOutput(Timestamped, Base):
    __tablename__ = "team_outputs"
    __table_args__ = (UniqueConstraint("team_id", "kind_code"), enum_check("status", OutputStatus))

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    kind_code: Mapped[str] = mapped_column(ForeignKey("output_kinds.code", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(12), default=OutputStatus.PLANNED)
    status_date: Mapped[date | None]
    note: Mapped[str | None] = mapped_column(Text)

    team: Mapped[Team] = relationship(back_populates="outputs")
    kind: Mapped[OutputKind] = relationship()
