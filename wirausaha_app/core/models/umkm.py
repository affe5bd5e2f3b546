"""UMKM, their dated snapshots, and the PP 7/2021 scale thresholds (as data)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wirausaha_app.core.models.base import Base, Money, Timestamped, enum_check
from wirausaha_app.core.models.enums import KbliVersion, ScaleClass
from wirausaha_app.core.models.program import Region


class Umkm(Timestamped, Base):
    """A micro/small/medium business.

    ``scale_class``, ``annual_sales``, ``capital``, ``employees`` and ``channels`` mirror
    the latest snapshot so that lists and filters over a million rows stay indexed;
    the snapshot service keeps them in step in the same transaction.
    """

    __tablename__ = "umkm"
    __table_args__ = (
        enum_check("kbli_version", KbliVersion),
        enum_check("scale_class", ScaleClass),
        CheckConstraint("nib IS NULL OR length(nib) = 13", name="nib_length"),
        CheckConstraint("kbli_code IS NULL OR length(kbli_code) = 5", name="kbli_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    owner_name: Mapped[str | None] = mapped_column(String(200))
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code", ondelete="RESTRICT"))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(20))
    kbli_code: Mapped[str | None] = mapped_column(String(5))
    kbli_version: Mapped[str | None] = mapped_column(String(4))
    nib: Mapped[str | None] = mapped_column(String(13), unique=True)
    pirt_number: Mapped[str | None] = mapped_column(String(30))
    pirt_valid_until: Mapped[date | None]
    halal_number: Mapped[str | None] = mapped_column(String(50))
    # Comma-separated SalesChannel codes of the latest snapshot, e.g. "marketplace,shop".
    channels: Mapped[str | None] = mapped_column(String(200))
    # Comma-separated value-chain role codes the UMKM asks help with (for suggestions).
    needs: Mapped[str | None] = mapped_column(String(300))
    scale_class: Mapped[str | None] = mapped_column(String(10))
    annual_sales: Mapped[int | None] = mapped_column(Money)
    capital: Mapped[int | None] = mapped_column(Money)
    employees: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)

    region: Mapped[Region] = relationship()
    snapshots: Mapped[list[UmkmSnapshot]] = relationship(
        back_populates="umkm", cascade="all, delete-orphan", order_by="UmkmSnapshot.snapshot_date"
    )


Index("ix_umkm_name", Umkm.name)
Index("ix_umkm_owner_name", Umkm.owner_name)
Index("ix_umkm_region_name", Umkm.region_code, Umkm.name)
Index("ix_umkm_scale_class", Umkm.scale_class)
Index("ix_umkm_kbli_code", Umkm.kbli_code)
Index("ix_umkm_annual_sales", Umkm.annual_sales)
# Narrow covering indexes for FTS hits joined back by id, and region sorting (0002).
Index("ix_umkm_id_name", Umkm.id, Umkm.name)
Index("ix_umkm_id_owner_name", Umkm.id, Umkm.owner_name)
Index("ix_umkm_region_code", Umkm.region_code)


class UmkmSnapshot(Timestamped, Base):
    __tablename__ = "umkm_snapshots"
    __table_args__ = (
        UniqueConstraint("umkm_id", "snapshot_date"),
        CheckConstraint("annual_sales IS NULL OR annual_sales >= 0", name="sales_positive"),
        CheckConstraint("capital IS NULL OR capital >= 0", name="capital_positive"),
        CheckConstraint("employees IS NULL OR employees >= 0", name="employees_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    umkm_id: Mapped[int] = mapped_column(ForeignKey("umkm.id", ondelete="CASCADE"))
    snapshot_date: Mapped[date]
    annual_sales: Mapped[int | None] = mapped_column(Money)
    capital: Mapped[int | None] = mapped_column(Money)
    employees: Mapped[int | None] = mapped_column(Integer)
    channels: Mapped[str | None] = mapped_column(String(200))
    has_nib: Mapped[bool | None]  # formal status on that date (NIB held)
    note: Mapped[str | None] = mapped_column(Text)

    umkm: Mapped[Umkm] = relationship(back_populates="snapshots")


class ScaleThreshold(Base):
    """Upper bounds of each scale class, with the regulation they come from.

    A class applies when the amount is <= its bound; the last class (besar) has no
    bound. Regulations change, so thresholds are rows, not constants.
    """

    __tablename__ = "scale_thresholds"
    __table_args__ = (UniqueConstraint("regulation", "scale_class"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    regulation: Mapped[str] = mapped_column(String(100))
    scale_class: Mapped[str] = mapped_column(String(10))
    rank: Mapped[int] = mapped_column(Integer)
    max_capital: Mapped[int | None] = mapped_column(Money)
    max_annual_sales: Mapped[int | None] = mapped_column(Money)
