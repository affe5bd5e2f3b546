"""Pairings: a student team works as supply/value-chain partner of an UMKM."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wirausaha_app.core.models.base import Base, Timestamped, enum_check
from wirausaha_app.core.models.enums import PairingStatus
from wirausaha_app.core.models.teams import Team
from wirausaha_app.core.models.umkm import Umkm


class ValueChainRole(Base):
    """Configurable list of roles (raw-material supplier, reseller, digital marketing…)."""

    __tablename__ = "value_chain_roles"

    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    # KBLI prefixes (comma-separated) of UMKM sectors this role fits best; empty = any.
    kbli_prefixes: Mapped[str | None] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Pairing(Timestamped, Base):
    __tablename__ = "pairings"
    __table_args__ = (
        enum_check("status", PairingStatus),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="RESTRICT"), index=True)
    umkm_id: Mapped[int] = mapped_column(ForeignKey("umkm.id", ondelete="RESTRICT"), index=True)
    role_code: Mapped[str] = mapped_column(ForeignKey("value_chain_roles.code"), index=True)
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(10), default=PairingStatus.PROPOSED, index=True)
    notes: Mapped[str | None] = mapped_column(Text)

    team: Mapped[Team] = relationship()
    umkm: Mapped[Umkm] = relationship()
    role: Mapped[ValueChainRole] = relationship()


Index("ix_pairings_team_status", Pairing.team_id, Pairing.status)
Index("ix_pairings_umkm_status", Pairing.umkm_id, Pairing.status)
